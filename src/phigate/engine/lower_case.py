"""PHI in text typed without capitals: chat and texts typed on a phone, speech-to-text, search logs.

Capitals are what the name and place detectors lean on; here they are gone ("told <name> rn by phone",
"deliver to: <given> <family> 12 quillow ct apt 2 <town> 60614"). What still says "person" or
"place" is the vocabulary and the neighbourhood:

- a given name of the name lists that no English dictionary holds, then a word no dictionary holds
  either (its family name, "mc <name>" and "o <name>" as speech-to-text splits them);
- such a given name alone beside what people do or are told ("<name> pls bring", "told <name>",
  "says <name> no <name>");
- a house number, one to three words and a street suffix, all in lower case ("12 quillow ct apt 2");
- a word no dictionary holds right before a ZIP code ("<town> 60614", "<town> delaware 19904").

Dictionary words never count, so the many given names that are also words ("will", "grace", "frank",
"rob") stay: a lower-case text gives no other way to tell them apart.
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.names import DRUG_SHAPE
from phigate.engine.patterns import ENGLISH_MONTHS, PLACE_SUFFIXES, US_STATES
from phigate.engine.scanner import Hit

_WORD = r"[a-z][a-z'\-]{2,}"
_PARTICLE = r"(?:mc|mac|o|de la|de los|de|del|da|dos|das|van der|van den|van|von|al|el|bin|binti|ben|le|la)"
_PARTICLE_WORDS = frozenset(["van", "von", "del", "dos", "das", "der", "den", "bin", "ben", "mac", "los"])
_GAP = re.compile(rf"[ \t](?:{_PARTICLE}[ \t])?")  # between a given and a family name (a wider gap: columns)
_FIRST_INITIAL = re.compile(r"[a-z]{3,}[ \t][a-z](?=[ \t]*(?:$|[\n,.!?:;(\[]|[0-9+]))", re.M)
# a given name no list holds and the initial of the family name, said of a person: "neighbor <name> p may
# take her", "whos got <name> m??", "<name> b dob 1985"
_INITIAL_SAID = re.compile(
    r"[a-z]{3,}[ \t][a-z](?:[ \t]*(?:\?|$)|[ \t]+(?:dob|d\.o\.b|may|will|says|said|is|was|has|wants|called"
    r"|came|can|needs)\b|[ \t]+(?=[+(]?[0-9]{3}))",  # "neighbor <given> o 555 0134": the number is theirs
    re.M,
)
_GIVEN_INITIAL = re.compile(r"[a-z]{3,}[ \t][a-z](?![a-z])")
_RELATION_BEFORE = re.compile(
    r"(?:\b(?:neighbou?r|friend|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|grandkid|caregiver|carer"
    r"|got|see|saw|visit from|for)[ \t]+)$"
)
_ALONE = re.compile(rf"(?<![\w@./'\-])(?P<a>{_WORD})(?![\w@'\-]|\.\w)")
# what people do or are told, right after or right before a bare given name
_VERB_AFTER = re.compile(
    r"[ \t,]+(?:said|says|wants|wanted|asked|asks|called|calls|texted|rang|visited|brought|came|is coming"
    r"|will|pls|please|thinks|knows|needs|agreed|refused|left|arrived|picked|dropped|no\b|from the)\b"
)
# what only a person does, after a word no list holds: "<name> says hi", "<name> visited yesterday"
_SAID_AFTER = re.compile(r"[ \t]+(?:says|said|visited|asked|texted|rang|phoned|brought)\b")
_CUE_BEFORE = re.compile(
    r"(?:\b(?:told|tell|ask|asked|call|called|text|texted|ring|rang|page|paged|thanks|thx|thank you|hi|hey"
    r"|dear|with|for|means|and|no|sorry|cc|fyi|ping|spoke to|spoke w/|talked to|message|msg)[ \t,]+)$"
)
# endings of clinical words no dictionary holds ("esophageal", "fibrillation", "tachycardic")
_SPECIALTY = re.compile(r"(?:ology|iatry|iatrics|ologist)$")
_CLINICAL_ENDING = re.compile(
    r"(?:al|ation|itis|osis|emia|ic|ous|oma|pathy|plasty|ectomy|otomy|gram|ology|iatry|iatrics|ologist)$"
)
# a relation or a role in brackets right after the name: "<name> (daughter)", "<name> (coordinator)"
_ROLE_AFTER = re.compile(
    r"[ \t]?\((?:(?:practice|district|community|school|charge|night|day|home|ward|bed)[ \t])?"
    r"(?:daughter|son|wife|husband|mom|mum|mother|dad|father|sister|brother|niece|nephew|grandson"
    r"|granddaughter|aunt|uncle|cousin|neighbou?r|friend|partner|carer|caregiver|coordinator|aide|nurse|rn"
    r"|np|pa|md|do|social worker|sw|chaplain|interpreter|pharmacist|driver|dispatcher|supervisor|manager"
    r"|nights|days|on call|case manager|cm|family|relative|kin|nok|visitor|guardian|proxy)"
    r"(?:\)|[,;][^()\n]{1,40}\))"  # "(daughter, lives in vermont)", "(family) brought"
)
# where a person lies, right after the name: "is <given> <family> still in rm 318b", "<name> in bed 4"
_ROOM_AFTER = re.compile(
    r"[ \t]+(?:is[ \t]+)?(?:still[ \t]+)?in[ \t]+(?:rm|room|bed|bay|cubicle|cube)[ \t]*#?[0-9]"
)
# words before a person's full name that do not come before a lone given name as often
_PAIR_CUE = re.compile(
    r"(?:\b(?:sent to|deliver to|delivered to|signed|caller|client|pt|patient|resident|aide|rn|lpn|np|dr|mr"
    r"|mrs|ms|miss|son|daughter|wife|husband|mom|dad|mum|sister|brother|dialing|dialled|dialed|contact|from"
    # "my grandfather <given> <family> was born", "my nephew is <name>", "i'm <given> <family>", "reported by
    # <name>", "handover to <name>", "copy to <name>", "follow up with <name>", "bed 5 <given> <family>"
    r"|(?:grand)?(?:father|mother|son|daughter)|grandma|grandpa|nephew|niece|cousin|uncle|aunt|partner"
    r"|(?:nephew|niece|cousin|son|daughter|husband|wife|partner|name|this)[ \t]+is|i'm|im|i am|reported by"
    r"|handover to|handed over to|copy to|with|bed[ \t]*[0-9]{1,3}[a-z]?)"
    r"[ \t]*:?[ \t]+)$"
)
# a word before one unknown word that makes it a person: "dr <family> aware", "ring <name> on", "handover to
# <name> 1843", "call <name> mobile", "nurse <name> said"
_SINGLE_CUE = re.compile(
    r"(?:\b(?:dr|doctor|nurse|ring|rang|call|called|handover to|handed over to|text|texted|page|paged"
    r"|spoke to|spoke with|told|ask|asked|reported by|seen by|message from)[ \t]+"
    r"(?P<p>(?:o|ni|nic|mac|mc|ua|van|von|de|da|di|du|le|la|al|el)[ \t]+)?)$"
)
# hospital services said as a word no dictionary holds: "page neuro", "call ortho", "ring gastro"
_SERVICE_WORDS = frozenset([
    "neuro", "ortho", "gastro", "cardio", "onc", "psych", "nephro", "pulm", "endo", "heme", "surg",
    "uro", "gyn", "obgyn", "ent", "resus", "icu", "ccu", "nicu", "picu", "hdu", "itu", "pacu", "rapid", "ems",
    "neurosurg", "vascular", "plastics", "anaes", "anesthesia", "radiology", "rads", "ir", "cath", "cathlab",
    "pharm", "biomed", "security", "switchboard", "porter", "porters", "bedside", "ward", "triage", "ortho's",
    "hospice", "palliative", "palliatives", "physio", "ot", "slt", "salt", "dietetics", "stroke", "medreg",
    "healthdirect", "healthline", "telehealth", "nhs", "medicare", "medicaid", "centrelink",
])
# days and months as notes abbreviate them: "- tues", "- thurs"
_DAY_WORDS = frozenset(["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
                        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
# a message's sender after its time stamp, typed in lower case: "[13/02/2025, 10:12] <given> <family>: omg"
_STAMPED_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[[0-9][^\]\n]{3,24}\][ \t]*(?:-[ \t]*)?"
    r"(?P<v>[a-z][a-z'\-]+(?:[ \t][a-z][a-z'\-]+){0,2}):[ \t]"
)
_NOT_SPEAKER = frozenset(["you", "me", "system", "bot", "admin", "messages", "message", "nurse", "doctor",
                          "dr", "mum", "mom", "dad", "son", "daughter", "the", "a", "an", "and", "to"])
# a note's author after a dash at the end of its line: "... f/u 15 may. - <name>"
_DASH_AUTHOR = re.compile(r"(?m)[ \t]-[ \t]+(?P<v>[a-z][a-z'\-]{3,})[ \t]*$")
# the first words of Latin anatomy and dermatology terms, some of them given names too ("vena contracta",
# "livedo reticularis", "tinea corporis", "erythema migrans")
_LATIN_HEADS = frozenset([
    "vena", "venae", "arteria", "ductus", "corpus", "pars", "fossa", "plexus", "nervus", "musculus", "tunica",
    "lamina", "sinus", "processus", "situs", "pectus", "genu", "hallux", "pes", "vasa", "cauda", "pia",
    "dura", "linea", "ramus", "livedo", "tinea", "erythema", "lichen", "pityriasis", "alopecia", "verruca",
    "cutis", "molluscum", "acanthosis", "abruptio", "placenta", "torsades", "lupus", "herpes", "morbus",
    "status",
])
# chat shorthand no dictionary holds, never a family name: "<name> pls bring"
_CHAT_WORDS = frozenset([
    "pls", "plz", "thx", "thnx", "rn", "lpn", "asap", "btw", "fyi", "lol", "omg", "ok", "okay", "yest",
    "tmrw", "tmr", "pt", "pts", "bc", "cb", "ppl", "msg", "txt", "abt", "appt", "appts", "meds", "hx", "dx",
    "tx", "rx", "sx", "fx", "vs", "bp", "hr", "rr", "temp", "sats", "sob", "cp", "abd", "idk", "imo", "tbh",
    "brb", "ttyl", "ur", "nite", "tho", "thru", "yep", "yup", "nope", "gonna", "wanna", "gotta", "lemme",
    "dunno", "dob", "mrn", "dod", "ssn", "nhs", "adm",
])
_STREET = re.compile(
    r"(?<![\w.\-])(?P<v>[0-9]{1,6}[a-z]?[ \t]+(?P<words>(?:[a-z][a-z'\-]+[ \t]+){1,3})"
    r"(?:st|street|rd|road|ave|avenue|ln|lane|dr|drive|ct|court|way|trl|trail|blvd|boulevard|pl|place|cir"
    r"|circle|ter|terrace|pkwy|parkway|hwy|highway|loop|close|crescent|cres|row|pike|path|grove|walk|mews"
    r"|parade|rise|gardens|line)\b\.?"
    r"(?:,?[ \t]+(?:(?:apt|unit|ste|suite|no)\b\.?|#)[ \t]*#?[0-9a-z]{1,5}\b)?)"  # ("now" is no "no w")
)
# words of dosing and scheduling, never a street's name: "take 2 tabs by mouth", "seen 3 times by dr"
_NOT_STREET_WORD = frozenset([
    "to", "by", "for", "of", "the", "and", "with", "from", "at", "in", "on", "times", "mg", "mcg", "ml",
    "units", "tabs", "tab", "pills", "days", "weeks", "hrs", "mins", "per", "every", "each", "or", "a",
    "an", "then", "now", "x", "q", "prn", "po", "bid", "tid", "qid", "am", "pm",
])
_TOWN_ZIP = re.compile(
    r"(?<![\w@./'\-])(?P<v>[a-z][a-z'\-]{3,}(?:[ \t][a-z][a-z'\-]{3,})?)[ \t,]+"
    r"(?:(?P<st>[a-z]{2,14}(?:[ \t][a-z]{4,8})?)[ \t,]+)?(?P<zip>[0-9]{5}(?:-[0-9]{4})?)(?![\w\-])"
)


def find(text: str, learned: set[str] | None = None) -> list[Hit]:
    """Names, streets and towns written in lower case (offsets into the ASCII scan text). `learned`: name
    words the document names elsewhere ("Ada Obi" in its header): masked where they recur in lower case."""
    if _LOWER_RUN.search(text) is None:
        return []
    common = lexicon.common_words()
    out = [h for h in (*_names(text, common), *_streets(text, common), *_towns(text, common),
                                 *_said_places(text, common), *_speakers(text, common), *_initialled(text))
           if english_around(text, h.start, h.end, common,
                             share=0.4 if h.detector in _STRUCTURED_DETECTORS else 0.6)]
    words = {w for h in out if h.type is T.NAME for w in text[h.start : h.end].split() if len(w) > 3}
    words.update(w for w in learned or () if len(w) > 3 and w.isalpha())
    # a specialty is no one's name wherever a name was learned from ("per nephrology", "- pulmonology")
    words = {w for w in words if _unknown(w, common) and not _SPECIALTY.search(w)}
    seen = {h.start for h in out}
    if len(words) > 24:  # a Bundle's joined free text names hundreds: one pass, not a search per word
        out.extend(Hit(m.start(), m.end(), T.NAME, "lower:learned") for m in _ALONE.finditer(text)
                   if m.group() in words and m.start() not in seen)
        return out
    for w in words:  # a few words: str.find beats a pass over every word of the text
        i = text.find(w)
        while i >= 0:
            e = i + len(w)
            alone = _ALONE.match(text, i) if i not in seen else None
            if alone is not None and alone.end() == e:
                out.append(Hit(i, e, T.NAME, "lower:learned"))
            i = text.find(w, e)
    return out


def _unknown(w: str, common: frozenset[str]) -> bool:
    """In no dictionary, no exclusion list and no chat shorthand, and no drug by its stem."""
    return (w not in common and w not in _CHAT_WORDS and w not in lexicon.excluded()
            and not DRUG_SHAPE.search(w))


def _names(text: str, common: frozenset[str]) -> list[Hit]:
    """One pass over the lower-case words: each word and the next (overlapping pairs), cheap set lookups
    first, the cue regexes and the drug shapes only for the few candidates left."""
    first, last, cities = lexicon.first_names(), lexicon.last_names(), lexicon.cities()
    words = [(m.start(), m.end(), m.group("a")) for m in _ALONE.finditer(text)]
    out: list[Hit] = []
    skip_to = -1
    for i, (s, e, a) in enumerate(words):
        if s < skip_to or a in common or a in _LATIN_HEADS:
            continue
        if i + 1 < len(words):  # a pair: "<given> <family>", "<given> mc <family>", "<given> van <family>"
            j = i + 1
            while j < min(len(words) - 1, i + 3) and words[j][2] in _PARTICLE_WORDS:
                j += 1
            s2, e2, tail = words[j]
            if tail not in common and tail not in cities and _GAP.fullmatch(text, e, s2):
                listed = a in first or tail in last
                if (listed or _pair_cued(text, s, e2, a, tail)) \
                        and _unknown(a, common) and _unknown(tail, common):
                    out.append(Hit(s, e2, T.NAME, "lower:name-pair"))
                    skip_to = e2
                    continue
        if a in first:
            ini = _FIRST_INITIAL.match(text, s)  # "thx so much\n<name> b", "neighbor <name> h <phone>"
            if ini is None:  # "neighbor <given> k may take him"
                ini = _INITIAL_SAID.match(text, s)
                if ini is not None and not (ini.group().endswith("dob") or _said_of_a_person(text, s)):
                    ini = None
                elif ini is not None:
                    ini = _GIVEN_INITIAL.match(text, s)
            if ini is not None and _unknown(a, common):
                out.append(Hit(s, ini.end(), T.NAME, "lower:name-pair"))
                continue
            if not (a in last and a in cities) and _unknown(a, common) and (
                    _VERB_AFTER.match(text, e) or _CUE_BEFORE.search(text, max(0, s - 24), s)):
                out.append(Hit(s, e, T.NAME, "lower:name"))
                continue
        elif _unknown(a, common) and not _CLINICAL_ENDING.search(a) and a not in cities:
            ini = _INITIAL_SAID.match(text, s)  # the cue regexes only for the few words an initial follows
            if ini is not None and (ini.group().endswith("dob") or _said_of_a_person(text, s)):
                out.append(Hit(s, s + len(a) + 2, T.NAME, "lower:name-pair"))
                continue
        cue = _SINGLE_CUE.search(text, max(0, s - 28), s) if a not in first and _unknown(a, common) \
            and a not in _SERVICE_WORDS and a not in cities and not _CLINICAL_ENDING.search(a) else None
        if cue is not None:  # "dr <family> aware", "ring <name> on", "dr o <family>" with its particle
            out.append(Hit(cue.start("p") if cue.group("p") else s, e, T.NAME, "lower:name"))
            continue
        if a not in first and len(a) >= 4 and _SAID_AFTER.match(text, e) and _unknown(a, common) \
                and a not in cities and a not in _SERVICE_WORDS and not _CLINICAL_ENDING.search(a) \
                and sum(c in "aeiouy" for c in a) >= 2:  # no test's acronym ("ecg said", "cxr said")
            out.append(Hit(s, e, T.NAME, "lower:name"))  # "client says <name> visited", "<name> says hi"
            continue
        if text[e : e + 2].lstrip(" \t")[:1] == "(" and _ROLE_AFTER.match(text, e) and _unknown(a, common):
            out.append(Hit(s, e, T.NAME, "lower:name"))  # "leave w/ <name> (daughter)"
        elif text.startswith(" the ", e) and _THE_ROLE.match(text, e) and _unknown(a, common) \
                and not _CLINICAL_ENDING.search(a):
            out.append(Hit(s, e, T.NAME, "lower:name"))  # "seen by <name> the np"
    return out


_AFTER_WITH = re.compile(r"\bwith[ \t]+$")
def _speakers(text: str, common: frozenset[str]) -> list[Hit]:
    """A chat line's sender after its time stamp (any words: "<word name> <word name>: omg" names two
    people's words as often as not), and a note's author signing with a dash at the line's end."""
    out: list[Hit] = []
    if "[" in text:
        for m in _STAMPED_SPEAKER.finditer(text):
            words = m.group("v").split()
            if any(w in _NOT_SPEAKER or w in _CHAT_WORDS for w in words):
                continue
            if len(words) == 1 and not _unknown(words[0], common):
                continue  # "[10:12] mum: ..." is a relation; an unknown single word is a name
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "lower:speaker"))
    for m in _DASH_AUTHOR.finditer(text):
        w = m.group("v")
        if _unknown(w, common) and not _CLINICAL_ENDING.search(w) and w not in lexicon.cities() \
                and w not in _SERVICE_WORDS and w not in _DAY_WORDS:
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "lower:dash-author"))
    return out


# an initial and a family name after a word that introduces a person: "next avail 22 may with s. <family>",
# "message from p. <family> at", "dr k. <family>"; not a species ("with e. coli", "grew s. aureus")
_INITIALLED = re.compile(
    r"\b(?:with|from|by|dr|nurse|to|cc|ask|call|ring|see|seen by|copy to)[ \t]+"
    r"(?P<v>[a-z]\.[ \t]?[a-z][a-z'\-]{2,})(?![\w'\-]|\.\w)"
)
_SPECIES = re.compile(
    r"(?:ae|ii|um|us|is|ella|occus|bacter|monas|ans|ens|ata|ica|ia|oides|coli|diff|pylori)$"
)


def _initialled(text: str) -> list[Hit]:
    if "." not in text:
        return []
    return [Hit(m.start("v"), m.end("v"), T.NAME, "lower:initial-family") for m in _INITIALLED.finditer(text)
            if not _SPECIES.search(m.group("v"))]


# a role after "the", right after a name: "seen by <name> the np", "<name> the night nurse said"
_THE_ROLE = re.compile(
    r" the[ \t]+(?:(?:night|day|charge|home|visiting|hospice|school|new)[ \t]+)?(?:np|rn|lpn|pa|md|nurse"
    r"|nurse practitioner|doctor|doc|physician|therapist|pt|ot|pharmacist|aide|social worker|sw|chaplain"
    r"|midwife|resident|intern|driver|interpreter|receptionist|tech|coordinator|case manager)\b"
)


def _said_of_a_person(text: str, s: int) -> bool:
    """A cue, a person's word or a relation right before `s` ("told", "pt", "neighbor")."""
    before = max(0, s - 24)
    return bool(_CUE_BEFORE.search(text, before, s) or _PAIR_CUE.search(text, before, s)
                or _RELATION_BEFORE.search(text, before, s))


def _pair_cued(text: str, s: int, e: int, a: str, tail: str) -> bool:
    """Two unknown words after "with" or "and" are as often a diagnosis ("and gastro-esophageal reflux"): a
    pair no name list holds needs a person's cue before it or a role after it, and no clinical ending."""
    if _CLINICAL_ENDING.search(a) or _CLINICAL_ENDING.search(tail):
        return False
    if ("-" in a or "-" in tail) and _AFTER_WITH.search(text, max(0, s - 8), s):
        return False  # "with low-flow low-gradient AS": a description
    return bool(_PAIR_CUE.search(text, max(0, s - 24), s) or _ROLE_AFTER.match(text, e)
                or _ROOM_AFTER.match(text, e))


# the town right after a street line: "12 quillow ct in <town>", "44 pine rd, <town>"
_TOWN_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t]+in[ \t]+|[ \t]+)(?P<t>[a-z][a-z'\-]{3,}(?:[ \t](?P<suffix>[a-z]{3,9}))?)"
    r"(?![\w'\-@]|\.\w)"
)


def _streets(text: str, common: frozenset[str]) -> list[Hit]:
    out: list[Hit] = []
    for m in _STREET.finditer(text):
        if any(w in _NOT_STREET_WORD or w.isdigit() for w in m.group("words").split()):
            continue
        out.append(Hit(m.start("v"), m.end("v"), T.ADDRESS, "lower:street"))
        town = _TOWN_AFTER.match(text, m.end("v"))
        if town is None:
            continue
        end = town.end("t")
        if town.group("suffix") is not None and town.group("suffix") not in PLACE_SUFFIXES:
            end = town.start("suffix") - 1  # "in <town> okay": the next word is no part of it
        t = text[town.start("t") : end]
        if _unknown(t, common) and t not in _CHAT_WORDS:
            out.append(Hit(town.start("t"), end, T.ADDRESS, "lower:street-town"))
    return out


# where someone is, said in speech: "over by <town> commons", "out in <town> falls", "back in <town>"
_SAID_PLACE = re.compile(
    r"(?:\b(?:over|out|up|down|back)[ \t]+(?:in|by|near)[ \t]+"
    # "d/c home to <town> bed 20", "goin home tmrw to <town>?", "is over 89 from <town> he fell"
    r"|\bhome[ \t]+(?:[a-z0-9/]+[ \t]+){0,2}to[ \t]+|\bfrom[ \t]+(?=[a-z'\-]{4,}[ \t]+(?:he|she|they)\b))"
    r"(?P<t>[a-z][a-z'\-]{3,})"
    r"(?:[ \t](?P<sfx>[a-z]{3,9}))?(?![\w'\-])"
)


def _said_places(text: str, common: frozenset[str]) -> list[Hit]:
    out: list[Hit] = []
    for m in _SAID_PLACE.finditer(text):
        if not _unknown(m.group("t"), common) or m.group("t") in lexicon.first_names():
            continue
        end = m.end("sfx") if m.group("sfx") in PLACE_SUFFIXES else m.end("t")
        out.append(Hit(m.start("t"), end, T.ADDRESS, "lower:said-place"))
    return out


def _towns(text: str, common: frozenset[str]) -> list[Hit]:
    out: list[Hit] = []
    if _FIVE_DIGITS.search(text) is None:
        return out
    for m in _TOWN_ZIP.finditer(text):
        st = m.group("st")
        if st is not None and not _STATE.fullmatch(st):
            continue  # "the sat-nav is 51738": no state between, no town before
        words = m.group("v").split()
        if len(words) == 2 and not _unknown(words[1], common):
            words = words[:1]  # "<town> delaware 19904": the state stays
        if all(_unknown(w, common) for w in words):
            s = m.start("v")
            out.append(Hit(s, s + len(" ".join(words)), T.ADDRESS, "lower:town-zip"))
            out.append(Hit(m.start("zip"), m.end("zip"), T.ZIP, "lower:town-zip"))
    return out


_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]{2,}(?![\w'])")


def english_around(text: str, s: int, e: int, common: frozenset[str], share: float = 0.6) -> bool:
    """Most lower-case words around the value are English ones: in Swedish, Portuguese or Italian text
    every word is unknown to the English dictionary ("fullmakt", "socorro", "delle vie"). A street with its
    number and suffix needs less (`share`): the names and towns around an address are no English words."""
    words, english = _english_words(text, s, e, common)
    if words < 3:  # a form's line of labels and values: the document around it says what language it is in
        words, english = _english_words(text, s, e, common, reach=400)
    if words < 3:
        return False  # "Klinikum rechts der Isar": too little text to say it is English
    return english >= share * words


def foreign_around(text: str, s: int, e: int, common: frozenset[str]) -> bool:
    """Most lower-case words around are no English ones ("le patient a été vu avec son gendre"), so an
    English cue word there is another language's ("son": his)."""
    words, english = _english_words(text, s, e, common)
    return words >= 4 and english < 0.4 * words


def _english_words(text: str, s: int, e: int, common: frozenset[str], reach: int = 100) -> tuple[int, int]:
    """(lower-case words within `reach` characters around the value, how many of them are English)."""
    words = _LOWER_WORD.findall(text, max(0, s - reach), s) + _LOWER_WORD.findall(text, e, e + reach)
    return len(words), sum(w in common or w in _CHAT_WORDS or w in _ENGLISH_EXTRA for w in words)


# English words the dictionary leaves out (months are given names too) and record abbreviations
_ENGLISH_EXTRA = ENGLISH_MONTHS | {"mrn", "dob", "com", "org", "net"}
_STRUCTURED_DETECTORS = frozenset(["lower:street", "lower:street-town"])


_STATE = re.compile(US_STATES, re.I)
_FIVE_DIGITS = re.compile(r"(?<![0-9])[0-9]{5}(?![0-9])")
_LOWER_RUN = re.compile(r"(?<![\w'])[a-z]{3,}[ \t]+[a-z]{3,}(?![\w'])")
