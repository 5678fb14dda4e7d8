"""Names made of words no list holds, known by what surrounds them: what a person is also called.

Capitalised words inside the brackets right after a masked name ("[NAME] (Kea)", "[NAME] (we call him
Kea)", in any language), the word before "(pt's nickname)" or "(as everyone knew her)", a word before a
phone in brackets, and capitalised words before ", her grandson". A nickname is as identifying as the
name. The word lists say what is no name (`unknown_word`); the Hyperscan patterns for initials and
"calls her"/"known as" (patterns.INITIALS, patterns.AKA) use them too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.form_names import family_in_capitals
from phigate.engine.names import DEPARTMENT, LABELS, ORG_WORDS, TITLES
from phigate.engine.normalize import fold_token
from phigate.engine.relatives import RELATIONS
from phigate.engine.scanner import Hit

# a pathogen's abbreviated genus is no initial: "S. Aureus", "H. Pylori" (patterns.INITIALS)
SPECIES = frozenset(
    ["aureus", "coli", "pylori", "diff", "difficile", "pneumoniae", "aeruginosa", "faecalis", "faecium",
     "epidermidis", "pyogenes", "agalactiae", "albicans", "influenzae", "trachomatis", "gonorrhoeae",
     "vivax", "falciparum", "typhi", "jejuni", "cholerae", "pertussis", "tuberculosis", "marcescens",
     "cloacae", "mirabilis", "vulgaris", "perfringens", "tetani", "botulinum", "monocytogenes", "gondii"]
)
_BRACKET = re.compile(r"[ \t]?\((?P<in>[^()\n\[\]]{2,48})\)")
# a clinician's registration after their name: "(Ordre 40721)", "(Reg. 558103)", "(GMC 7012345)"; a year
# in brackets ("(2019)") and an age ("(67)") are not one
_REGISTRATION = re.compile(
    r"(?!(?i:since|in|from|born|age|aged|class|b\.|dob|d\.o\.b\.?|dod|year|yr)(?![A-Za-z]))"
    r"(?:[A-Za-z][A-Za-z.]{1,14}[ \t]+(?:no\.?[ \t]*)?)?"
    r"(?:[A-Z]{1,6}[-/ ])*(?=[0-9]{5,8}\b|(?<=[A-Za-z][ \t])[0-9]{4}\b"
    r"|(?<=[A-Z]{2}/)(?!(?:19|20)[0-9]{2}\b)[0-9]{4}\b)[0-9]{4,8}"
)
# the same after words no cue points at: a regulator's acronym and a number ("(<ACR>/6031)", "(<ACR> 06123)");
# the capitalised words before it are the clinician ("Kalkaaliso: <Given> <Father> <Grandfather> (<ACR>/27)")
_REG_INNER = re.compile(
    r"(?!(?:ISO|IEC|EN|DIN|BS|ASTM|ANSI|NFPA|IEEE|RFC|ICD|DSM|CPT|HL7)\b)[A-Z]{2,6}(?:/[A-Z]{1,4})?"
    r"(?:[/\-](?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{4,8}|[ \t][A-Z]?[0-9]{5,8}|[ \t][0-9]{2}-[0-9]{3})"
)
_REG_BRACKET = re.compile(rf"[ \t]\((?P<in>{_REG_INNER.pattern})\)")
_NAME_BEFORE_REG = re.compile(
    r"(?<![\w'’\-])(?P<v>[^\W\d_][\w'’\-]{1,24}(?:[ \t][^\W\d_][\w'’\-]{1,24}){1,2})$"
)
_INITIALS_AFTER = re.compile(r"[ \t]?\((?P<v>(?P<hy>[A-Z]-[A-Z](?:-[A-Z])?)|[A-Z]{2,3})\)")
_SUBJECT_BEFORE = re.compile(r"(?i)\b(?:subject|subj|participant|pt|patient)\b[^\n]{0,12}$")
_WHOSE_NUMBER = re.compile(r"[^\W\d_a-z][\w'’\-]{1,24}(?:[ \t][^\W\d_a-z][\w'’\-]{1,24}){0,2}")
_SAID_NICKNAME = re.compile(
    r"(?i:nickname|nick|aka|a\.k\.a\.?|called|known as|goes by|palayaw|panggilan)[:,]?[ \t]+"
    r"([^\W\d_][\w'’\-]{0,20}[^\W\d_])"
)
_QUOTED_NICKNAME = re.compile(r"[\"“'‘]([^\W\d_][\w'’\- ]{0,20}[^\W\d_])[\"”'’]")
_BRACKET_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# (each found from its bracket or comma, then the words before it: a scan that starts at a letter would try
# every position of the text; "calls her", "known as" and initials are Hyperscan patterns in patterns.py)
_CALLED_NOTE = re.compile(
    r"\((?=[^()\n]{0,30}?\b(?i:nickname|known|knew|called|calls|call|goes by)\b[^()\n]{0,30}\))"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<v>[^\W\d_a-z][\w'’\-]{1,24})[ \t]+\($")
_REL_AFTER = re.compile(
    r",[ \t]+(?:(?i:her|his|their|the patient's|the pt's|pt's|patient's|my|our)[ \t]+(?P<r>[\w\-]{3,16})\b"
    # or the relation alone, closing the item: "Substitute decision-maker: <given> <family>, daughter"
    r"|(?P<r2>[A-Za-z\-]{3,16})(?=[ \t]*(?:[,.;)\r\n]|$)))"
)
_WORDS_BEFORE = re.compile(
    r"(?<![\w'’\-])(?P<v>[^\W\d_a-z][\w'’\-]{1,24}(?:[ \t][^\W\d_a-z][\w'’\-]{1,24})?)$"
)
_RELATIONS = frozenset(r.lower() for r in RELATIONS if r.isascii())


@cache
def _lists() -> tuple[frozenset[str], ...]:
    return (lexicon.common_words(), lexicon.excluded(), lexicon.proper_nouns(), lexicon.first_names(),
            lexicon.last_names())


# what one capitalised word in brackets after a name says about the person or the number, when no nickname
_BRACKET_STATUS = frozenset(str.split("""
deceased retired home work mobile cell primary alternate alt self paternal maternal estranged
divorced widowed adopted proxy poa emergency contact main other preferred day night office business
landline private personal hospital clinic ward unit male female unknown twin baby infant child minor
adult senior junior sr jr deaf blind verified unverified active inactive pending confirmed declined
none nil yes no new old former current late casualty outpatients outpatient inpatient theatre theatres
triage admissions reception records billing security maternity labour labor physiotherapy dietetics
"""))


_DIALLED = re.compile(r"\+?[0-9][0-9 \-]{6,}[0-9]")
# after a message's number, a column's gap, then whom it greets: "<number>  <Given> <Family>, ..."
_ADDRESSEE_AFTER_NUMBER = re.compile(
    r"[ \t]{2,}(?P<v>[A-Z][a-z'’\-]{2,}(?:[ \t][A-Z][a-z'’\-]{2,})?),[ \t]"
)


def _word_nickname(inner: str, name: str) -> bool:
    """One capitalised word, even an ordinary one, in brackets after a whole name: what the person is called
    ("<Given> <Family> (<word>)"); never a relation, role, label, status, department, language or country."""
    if len(name.split()) < 2 or not re.fullmatch(r"[A-Z][a-z]{2,14}", inner):
        return False
    k = inner.lower()
    return not (k in _RELATIONS or k in _BRACKET_STATUS or k in LABELS or k in TITLES or k in ORG_WORDS
                or DEPARTMENT(k) or k in lexicon.languages() or k in lexicon.countries()
                or k in lexicon.excluded() or _names_a_country(inner))


def unknown_word(word: str) -> bool:
    """No dictionary word, heading, label or place (a listed name that is no ordinary word counts)."""
    common, excluded, proper, first, last = _lists()
    k = fold_token(word)
    if k in common or k in excluded or k in TITLES or k in LABELS or k in ORG_WORDS:
        return False
    return k in first or k in last or k not in proper


def is_listed_surname(word: str) -> bool:
    return fold_token(word) in _lists()[4]


def _names_a_country(words: str) -> bool:
    countries = lexicon.countries()
    parts = [p.strip().lower() for p in words.split(",")]
    return any(p in countries for p in parts)


def _names_an_org(inner: str) -> bool:
    """"(<town> Cardiology Associates)", "(St Olave's Hospital)": where the person works, no nickname."""
    return any(fold_token(w) in ORG_WORDS or DEPARTMENT(fold_token(w)) for w in inner.split())


def aliases(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """Nicknames in the brackets after a NAME hit or before "(pt's nickname)", a word before a phone in
    brackets, capitalised words before ", her grandson" (offsets into `text`)."""
    out: list[Hit] = []
    for c in _CALLED_NOTE.finditer(text):
        m = _WORD_BEFORE.search(text, max(0, c.start() - 28), c.start() + 1)
        if m is not None and not m.group("v").isupper() and unknown_word(m.group("v")):
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:alias"))
    for h in hits:
        if h.type is T.PHONE and (b := _BRACKET.match(text, h.end)) is not None \
                and _WHOSE_NUMBER.fullmatch(b.group("in")) \
                and all(unknown_word(w) and not w.isupper() for w in b.group("in").split()):
            # whose number it is: "WhatsApp <phone> (<Given>)", "<phone> (<Given> <Family>)"
            out.append(Hit(b.start("in"), b.end("in"), T.NAME, "names:after-phone"))
        if h.type in (T.PHONE, T.ID) and (g := _ADDRESSEE_AFTER_NUMBER.match(text, h.end)) is not None \
                and _DIALLED.fullmatch(text, h.start, h.end) \
                and all(unknown_word(w) for w in g.group("v").split()):
            # an SMS log's line: "<stamp>  TO: <number>  <Given>, your results are ready"
            out.append(Hit(g.start("v"), g.end("v"), T.NAME, "names:addressee"))
        if h.type is T.PHONE and text[h.start - 1 : h.start] == "(":  # "ride is Kea (555-201-3344)"
            m = _WORD_BEFORE.search(text, max(0, h.start - 28), h.start)
            if m is not None and not m.group("v").isupper() and unknown_word(m.group("v")):
                out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:before-phone"))
        elif h.type in (T.ID, T.MRN) and (b := _INITIALS_AFTER.match(text, h.end)) is not None \
                and (b.group("hy") or _SUBJECT_BEFORE.search(text, max(0, h.start - 24), h.start)):
            # a trial subject's initials after the number: "subject <number> (R-M)", "Subject <number> (QLV)"
            out.append(Hit(b.start("v"), b.end("v"), T.NAME, "names:initials"))
        elif h.type is T.NAME and (b := _BRACKET.match(text, h.end)) is not None:
            inner = b.group("in")
            if _REGISTRATION.fullmatch(inner) or _REG_INNER.fullmatch(inner):
                # "Dr <name> (Ordre 40721)", "(<ACR> A84009)": the clinician's registration
                out.append(Hit(b.start("in"), b.end("in"), T.LICENSE, "names:registration"))
            elif (q := _QUOTED_NICKNAME.fullmatch(inner) or _SAID_NICKNAME.fullmatch(inner)) is not None:
                # '<name> ("Biscuit")', "<name> (nickname <Word>)", "(a.k.a. <Word>)": even a word
                out.append(Hit(b.start("in") + q.start(1), b.start("in") + q.end(1), T.NAME, "names:alias"))
            elif not any(c.isdigit() for c in inner) and not _names_a_country(inner) \
                    and not _names_an_org(inner):
                # a nickname; not "(83 Jahre alt)", "(MRN 12)", "(Bavaria, DE)", "(<town> Associates)"
                if _word_nickname(inner, text[h.start : h.end]):
                    out.append(Hit(b.start("in"), b.end("in"), T.NAME, "names:alias"))
                    continue
                languages = lexicon.languages()  # an interpreter's language: "<name> (<language> ↔ English)"
                for w in _BRACKET_WORD.finditer(inner):
                    word = w.group()
                    if word[0].isupper() and not word.isupper() and unknown_word(word) \
                            and fold_token(word) not in languages:
                        s = b.start("in") + w.start()
                        out.append(Hit(s, s + len(word), T.NAME, "names:alias"))
    if "(" in text:
        out.extend(_before_registration(text))
        out.extend(_children_with_ages(text))
    for r in _REL_AFTER.finditer(text):
        if (r.group("r") or r.group("r2")).lower() not in _RELATIONS:
            continue
        m = _WORDS_BEFORE.search(text, max(0, r.start() - 52), r.start())
        if m is not None and all(not w.isupper() and unknown_word(w) for w in m.group("v").split()):
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:relative"))
    return out


def _before_registration(text: str) -> list[Hit]:
    """Two or three capitalised words no list holds right before a regulator's number in brackets: the
    clinician it registers, and the number, in any language ("Mfamasia: <Given> <Family> (<ACR>/51290)")."""
    out: list[Hit] = []
    for b in _REG_BRACKET.finditer(text):
        m = _NAME_BEFORE_REG.search(text, max(0, b.start() - 80), b.start())
        if m is None:
            continue
        words = m.group("v").split()
        if all(_person_word(w) for w in words) and not all(w.isupper() for w in words):
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:registered"))
            out.append(Hit(b.start("in"), b.end("in"), T.LICENSE, "names:registration"))
    return out


def _person_word(word: str) -> bool:
    """Capitalised, or a family name in capitals that is a word and no acronym ("<FAMILY>", not "NHIF")."""
    if not word[0].isupper() or not unknown_word(word) or _names_an_org(word):
        return False
    return not word.isupper() or family_in_capitals(word)


# children listed with their ages: "a dad to <Given> (6) and <Given> (3)", "<Given> (10), <Given> (8)"
_CHILD_AGE = r"[ \t]\((?:aged?[ \t])?[0-9]{1,2}(?:[ \t]?(?:yrs?|y|mo|months?))?\)"
_CHILD_AGE_SEEN = re.compile(r"\((?:aged?[ \t])?[0-9]{1,2}(?:[ \t]?(?:yrs?|y|mo|months?))?\)[,]?[ \t]")
_CHILDREN = re.compile(
    rf"(?<![\w'’\-])(?P<a>[^\W\d_a-z][\w'’\-]{{1,24}}){_CHILD_AGE}"
    r"(?:,[ \t]|,?[ \t](?:and|&|und|et|y|e|en|og|och)[ \t])"
    rf"(?P<b>[^\W\d_a-z][\w'’\-]{{1,24}}){_CHILD_AGE}"
)


def _children_with_ages(text: str) -> list[Hit]:
    """Two capitalised words each with a child's age in brackets, in a list: children, by name (any word no
    dictionary holds; "Type (2) and Grade (3)" stay)."""
    out: list[Hit] = []
    if _CHILD_AGE_SEEN.search(text) is None:  # (the list's regex tries every capital; the age is rarer)
        return out
    for m in _CHILDREN.finditer(text):
        for g in ("a", "b"):
            if unknown_word(m.group(g)) and not m.group(g).isupper():
                out.append(Hit(m.start(g), m.end(g), T.NAME, "names:children"))
    return out

