"""What dictated hospital notes carry besides the patient: the clinicians who signed them, the typists'
initials and logins, pagers, job numbers, and dates written without their year.

- a name before a degree ("Ana Lima, M.D.", "K. Obi, RN, BSN"): a clinician, as de-identification
  corpora label them;
- a given name, a middle initial, a surname ("Tui R. Faleolo"): a person, even when both words are words;
- initials or a login after the role that typed or signed ("TR: qkd", "Transcribed by: zhr", "Gross by
  vnm", "Note authored by: jdoe4", "MyChart user ab12", a line "-- xqm" closing an addendum);
- a pager ("Pager 4-1207", "pgr 51840") and a dictation's job number ("J#: 40218");
- a month and day with no year: unambiguous when the day is over 12 ("qHS 5/27"), otherwise after a word
  that introduces a date ("last transmission 3/9", "to start 6/6", "hospital day 3 (2/19)"); fractions,
  titres, scores and doses stay ("pain 7/10", "1/160", "5/20 mg").
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.patterns import PatternSpec, _is_region, _span, _v_not_ordinary

_DEGREES = (
    r"M\.D\.?|MD|D\.O\.?|DO|R\.N\.?|RN|BSN|MSN|NP|ANP|FNP|DNP|APRN|CNM|CRNA|LPN|PA-C|PA|Ph\.D\.?|PhD|PharmD"
    r"|Pharm\.D\.?|MBBS|MBChB|FRCP|FRCS|FRACP|FACP|FACC|FACS|FHRS|MPH|MRCP|LCSW|MSW|RD|PT|DPT|OTR|RRT"
    # nurses', therapists', radiographers', physicists' and pharmacists' post-nominals in the US, UK,
    # Canada, Australia and New Zealand
    r"|RGN|RMN|RSCN|RM|CNS|CNC|CNM|CDE|CDCES|CCRN|OCN|CHPN|IBCLC|RDN|MRT|RTT|RT|CMD|MCCPM|RPh|BPharm|MPharm"
    r"|CPhT|SLP|CCC-SLP|OT|OTD|PsyD|LPC|LMFT|LMHC|CADC|EMT|EMT-P|NRP|DDS|DMD|DPM|AuD|MSc|BSc|DipHE"
    # Indonesia's and Malaysia's academic titles after a name: "<given>, S.Kep., Ns.", "<given>, Amd.Keb"
    r"|S\.Kep|S\.Ked|S\.ST|S\.Tr\.Keb|S\.Farm|S\.KM|S\.Gz|S\.Psi|A\.?Md\.?[ \t]?Ke[bp]|Amd\.Keb|M\.Kes|M\.Kep"
    r"|Sp\.[A-Z][A-Za-z]{0,3}|Apt|Ns"
)
_LOGIN = r"[a-z](?:[a-z0-9._]{0,14}[a-z0-9])?"
_PERSON = r"(?:[A-Z]\.[ \t]?)?[A-Z][a-z'’\-]+(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][a-z'’\-]+){0,2}"
_TYPED_BY = (
    r"transcribed|dictated|typed|entered|authored|signed|reviewed|verified|gross(?:ed)?|prepared|edited"
    r"|created|modified|updated|grossing|cut"
)
_FRACTION_BEFORE = re.compile(
    r"(?i:pain|score|scored|strength|power|grade|titre|titer|ratio|dilution|rate|ratio of|tabs?|tablets?"
    r"|apgar|gcs|sats?|bp|ef|fev1|of|in|x|about|approx|approximately|vision|va|acuity)[ \t:]*$"
)
_UNIT_AFTER = re.compile(r"[ \t]*(?:mg|mcg|ug|g|ml|mL|mmol|units?|tabs?|%|mm|cm|mmHg|bpm|score|scale)\b")
_DATE_CUE = (
    r"on|since|until|till|through|thru|starting|start|started|dated|transmission|due|next|last|from|as of"
    r"|seen|visit|admitted|discharged|effective|expires|before|after|by|qHS|q\.?d|daily"
)

SPECS = [
    PatternSpec(
        "name-degree",
        T.NAME,
        rf"(?<![\w'’\-.])(?P<v>{_PERSON}),[ \t]?(?:{_DEGREES})(?![\w\-])",
        validator=lambda text, m: _v_not_ordinary(m),
        hs=rf"[A-Za-z'\-],[ \t]?(?:{_DEGREES})",
        window=60,
    ),
    PatternSpec(
        "name-middle-initial",
        T.NAME,
        r"(?<![\w'’\-.])(?P<v>[A-Z][a-z'’\-]{1,20}[ \t][A-Z]\.[ \t][A-Z][a-z'’\-]{1,25})(?![\w'’\-])",
        validator=lambda text, m: _v_middle_initial(m),
        hs=r"[A-Z][a-z'\-]{1,20}[ \t][A-Z]\.[ \t][A-Z][a-z]",
    ),
    PatternSpec(
        "typist",
        T.ID,
        rf"(?i:\b(?:{_TYPED_BY})[ \t]+by)[ \t]*:?[ \t]*(?P<v>{_LOGIN})(?![\w@])"
        r"|\b(?:TR|Tech|Technologist|Scribe|Transcriptionist|Typist|Sonographer|Radiographer)"
        rf"[ \t]*:[ \t]*(?P<w>{_LOGIN})(?![\w@])"
        rf"|(?i:\b(?:mychart|portal|app|account))[ \t]+user[ \t]+(?P<u>{_LOGIN})(?![\w@])"
        r"|--[ \t]?(?P<i>[a-z]{2,4})[ \t]*(?=\r?\n|$)",
        validator=lambda text, m: _v_login(m),
        hs=rf"(?i:\b(?:{_TYPED_BY})[ \t]+by)|\b(?:TR|Tech|Technologist|Scribe|Transcriptionist|Typist"
        r"|Sonographer|Radiographer)[ \t]*:|(?i:\b(?:mychart|portal|app|account))[ \t]+user|--[ \t]?[a-z]",
    ),
    PatternSpec(
        "pager",
        T.PHONE,
        r"(?i:\b(?:pager|beeper|bleep|pgr|page)\b)[ \t#:.]*(?:no\.?[ \t]*)?"
        r"(?P<v>[0-9]{1,3}-[0-9]{4}|[0-9]{4,7})(?![0-9\-])",
        hs=r"(?i:\b(?:pager|beeper|bleep|pgr|page)\b)[ \t#:.]*(?:no\.?[ \t]*)?[0-9]",
    ),
    # where the patient comes from, in the history's first line: "a 61-year-old man from <town>"
    PatternSpec(
        "origin",
        T.ADDRESS,
        r"\b[0-9]{1,3}[- ](?:year|yr)s?[- ]old(?:[ \t][a-z]+){0,4}[ \t]from[ \t]"
        r"(?P<v>[A-Z][a-z'\-]+(?:[ \t][A-Z][a-z'\-]+)?)",
        validator=lambda text, m: _v_origin(m),
    ),
    PatternSpec("job-number", T.ID, r"\bJ[ \t]?#[ \t]?:?[ \t]*(?P<v>[0-9]{3,9})\b"),
    # the end of a number given in part: "SSN ending 6844", "card ending in 4421", "last four 0931"
    PatternSpec(
        "number-ending",
        T.ID,
        r"(?i:\b(?:ending(?:[ \t]in)?|last[ \t](?:4|four)(?:[ \t]digits)?(?:[ \t]of[ \t][a-z ]{1,20})?))"
        r"[ \t:]*(?P<v>[0-9]{3,6})\b",
        validator=lambda text, m: _v_ending(text, m),
    ),
    PatternSpec(
        "date-month-day",
        T.DATE,
        r"(?<![\w/.\-])(?P<v>(?:1[0-2]|0?[1-9])/(?:1[3-9]|2[0-9]|3[01]))(?![\w/\-]|[.:][0-9])",
        validator=lambda text, m: _v_month_day(text, m),
        hs=r"(?:1[0-2]|[1-9])/(?:1[3-9]|2[0-9]|3[01])",
    ),
    PatternSpec(
        "date-month-day-cue",
        T.DATE,
        rf"(?i:\b(?:{_DATE_CUE}))[ \t]+(?P<v>(?:1[0-2]|0?[1-9])/(?:[12][0-9]|3[01]|0?[1-9]))"
        r"(?![\w/\-]|[.:][0-9])"
        r"|(?i:\bday)[ \t][0-9]{1,2}[ \t]\((?P<w>(?:1[0-2]|0?[1-9])/(?:[12][0-9]|3[01]|0?[1-9]))\)",
        validator=lambda text, m: _v_month_day(text, m),
        hs=rf"(?i:\b(?:{_DATE_CUE}))[ \t]+[0-9]{{1,2}}/[0-9]|(?i:\bday)[ \t][0-9]{{1,2}}[ \t]\([0-9]",
    ),
]


def _v_middle_initial(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Given name, initial, surname; "Hepatitis B. Patient" is a sentence break, not a person."""
    common, first, last = lexicon.common_words(), lexicon.first_names(), lexicon.last_names()
    given, _, family = m.group("v").split()
    g, f = given.lower(), family.lower()
    if g in common and g not in first:
        return None
    if f in common and f not in last and g not in first:
        return None
    return _span(m, T.NAME)


def _v_origin(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A town, not a country or state ("from Texas" stays) nor an organisation ("from Mercy Hospital")."""
    v = m.group("v")
    if _is_region(v) or any(w.lower() in lexicon.excluded() for w in v.split()):
        return None
    return _span(m, T.ADDRESS)


def _v_login(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A login or initials: no dictionary word unless it holds a digit ("by: the" stays)."""
    for g in ("v", "w", "u", "i"):
        if m.group(g) is not None:
            v = m.group(g)
            if not any(c.isdigit() for c in v) and v.lower() in lexicon.common_words():
                return None
            return m.start(g), m.end(g), T.ID
    return None


_ID_WORD_BEFORE = re.compile(
    r"(?i:ssn|social|pesel|card|account|acct|member|id|mrn|number|no\.?|nr\.?|phone|mobile|nhs|medicare"
    r"|passport|licen[cs]e|policy|insurance|visa|mastercard|amex|discover|maestro|debit|credit)\b\.?"
    r"[^\n0-9;]{0,14}$"
)


def _v_ending(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Only the end of an identifier: "the year ending 2024" stays."""
    if _ID_WORD_BEFORE.search(text, max(0, m.start() - 32), m.start()) is None:
        return None
    return _span(m, T.ID)


def _v_month_day(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    g = "v" if m.group("v") is not None else "w"
    s, e = m.start(g), m.end(g)
    if g == "v" and m.start() == s and _FRACTION_BEFORE.search(text, max(0, s - 16), s) is not None:
        return None  # "pain 7/10", "titre 1/20", "tabs 1/2"
    if _UNIT_AFTER.match(text, e) is not None:
        return None  # "5/20 mg", "3/4 cm"
    return s, e, T.DATE
