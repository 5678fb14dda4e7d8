"""A form line in any language: `<label>: <Given> <Family>` with a label the engine has no word for.

The name finder anchors on labels and titles it knows ("Patient:", "Dr") and on listed names; a form in
a language nobody wrote lists for (`Mgonjwa: Zawadi Mwakalinga`, `Jina la mzazi: Baraka Kimaro`)
gives neither. What such a line does give, in any language with letter case: a short label, a colon,
then two or three capitalised words ending the line (or followed by a phone number), none of them a
dictionary word. That shape is a
person's name far more often than anything else; it is accepted only when the label is not a known
non-person field (a diagnosis, a drug, a department) and no value word is an ordinary word, an
organisation word or drug-shaped (`Amlodipine Besylate`).
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.names import DEPARTMENT, DRUG_SHAPE, ORG_WORDS, TITLES
from phigate.engine.normalize import fold_token
from phigate.engine.scanner import Hit

# \u0300-\u036f: tone marks with no precomposed letter stay combining after NFC ("Adérọ̀nkẹ́", "Ìyábọ̀")
_LINE = re.compile(
    # (a label may gloss itself in brackets: "Ingoa (name):")
    # (or after a sentence on the same line: "... 2024. Ungozoma: <Given> <Family> (lasisi RN 4410).")
    # (or in a form's next column: "<time>  <role>: <Given> <Family>", "... — <role>: <Given> <Family>")
    r"(?m)(?:^[ \t]*|(?<=[.;] )|(?<=[ \t]{2})|(?<=[—·|] ))"
    r"(?P<label>[^\W\d_][\w'’.\-\u0300-\u036f ()/]{0,40}?)[ \t]*[:：][ \t]*"
    r"(?P<v>[^\W\d_][\w'’\-\u0300-\u036f]{1,24}(?:[ \t]+[^\W\d_][\w'’\-\u0300-\u036f]{1,24}){1,2})[ \t]*"
    # "Hama: Baraka Kimaro, 0772 123 456", "... (+27 82 555 0199)": up to the line's end or the next column
    r"(?P<tail>[(,](?:(?![ \t]{3})[^\r\n]){0,160})?[ \t]*(?:"
    # a form printed in columns: the next field after a gap ("Mgonjwa: Zawadi Mwakalinga      Umri: 54")
    # (looked at, not taken: that field's label may hold a name too, "Nome do pai: ...   Nome da mãe: ...")
    r"\.?\r?$|(?<=[ \t]{2})(?=(?P<gap>[^\W\d_][^:：\r\n]{0,30}[:：][^\r\n]*)))"  # (or a full stop)
)
# stems of care settings in the languages of Europe's forms: a clinic, an outpatient department, a hospital,
# a health centre, a practice, a pharmacy
_CARE_PLACE = re.compile(
    r"klini|clinic|ambulat|hospital|spital|sjukhus|sykehus|sygehus|ziekenhuis|sairaala|haigla|slimnic"
    r"|terveysasema|vardcentral|legekontor|laegehus|praktijk|apotek|apteek|aptiek|szpital|nemocnic|korhaz"
    # and Africa's: Somali, Swahili, Kinyarwanda, Yoruba
    r"|isbitaal|hospitali|zahanati|kliniki|ibitaro|ileiwosan"
)
# labels whose value is a thing, not a person (English and the common international forms)
_NOT_PERSON = frozenset(
    {
        "diagnosis", "diagnoses", "dx", "impression", "assessment", "problem", "condition", "medication",
        "medications", "medicine", "drug", "drugs", "rx", "allergy", "allergies", "procedure", "surgery",
        "operation", "department", "dept", "division", "hospital", "clinic", "ward", "unit", "service",
        "facility", "organisation", "organization", "org", "company", "employer", "insurance", "insurer",
        "plan", "payer", "product", "device", "model", "make", "test", "result", "specimen", "sample",
        "status", "type", "category", "subject", "re", "title", "location", "site", "room", "bed",
        "specialty", "speciality", "team", "program", "programme", "project", "course", "class", "country",
        "nationality", "language", "religion", "ethnicity", "race", "gender", "sex", "occupation", "job",
        "position", "role", "manufacturer", "brand", "vendor", "pharmacy", "lab", "laboratory", "destination",
        "source", "vaccine", "immunization", "immunisation", "route", "frequency", "dose", "form",
        "strength", "indication", "reason", "complaint", "finding", "findings", "outcome", "priority",
        "severity", "channel", "environment", "env", "region", "zone", "cluster", "namespace", "branch",
        "repository", "repo", "component", "module", "package", "library", "framework", "version", "tag",
        "label", "kind", "event", "level", "state", "city", "town", "county", "district", "province",
        "street", "address", "village", "municipality", "sector", "cell", "suburb", "neighbourhood",
        "coverage", "carrier", "scheme", "fund",
        # "country" in other languages (folded)
        "strana", "drzava", "land", "pays", "pais", "paese", "kraj", "ulke", "chora", "valtio", "riik",
        "orszag", "страна", "држава", "χωρα",
    }
)


# a list of people to follow up: "1. <FAMILY> <Given>, <number>, given ...", "- <Given> <Family>, DOB 2013"
_LIST_ITEM = re.compile(
    r"(?m)^[ \t]*(?:[0-9]{1,3}[.)]|[-*•])[ \t]+"
    r"(?P<v>[^\W\d_][\w'’\-\u0300-\u036f]{1,24}(?:[ \t]+[^\W\d_][\w'’\-\u0300-\u036f]{1,24}){1,2}),[ \t]*"
    r"(?=[0-9+(#]|(?i:dob|d\.o\.b|born|b\.|aged?|mrn|id|nhs|tel|ph|phone|mob|cell|hosp|uhid|nin|file)\b)"
)


def find(text: str) -> list[Hit]:
    """NAME hits for form lines with an unknown label and for lists of people with their numbers (offsets
    into `text`, the normalised copy)."""
    out: list[Hit] = []
    common = lexicon.common_words()
    for m in _LIST_ITEM.finditer(text):
        words = m.group("v").split()
        keys = [fold_token(w) for w in words]
        # (one word of the name may be a word too: "<FAMILY-that-is-a-dish> <Given>", "<Given> <Hinds>")
        if _name_shaped(words) and sum(k in common for k in keys) <= len(keys) - 1 - (len(keys) == 3) \
                and not any(k in ORG_WORDS or k in TITLES or DRUG_SHAPE.search(k) or DEPARTMENT(k)
                            or _CARE_PLACE.search(k) for k in keys):
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:list-item"))
    if ":" not in text and "：" not in text:
        return out
    cities = lexicon.cities()
    for m in _LINE.finditer(text):
        label = [fold_token(w) for w in m.group("label").replace("-", " ").split()]
        if not label or len(label) > 4 or any(w in _NOT_PERSON for w in label):
            continue
        tail = m.group("tail")
        words = m.group("v").split()
        given = _GIVEN_AFTER.fullmatch(tail) if tail is not None and all(w.isupper() for w in words) else None
        if tail is not None and given is None and not any(c.isdigit() for c in tail) and "@" not in tail:
            continue  # "Diagnosis: Foo Bar, unspecified": only a phone number or an e-mail may follow
        if not _name_shaped(words) or any(c.isdigit() for c in m.group("v")):
            continue  # ("Voorgeschiedenis: ICPC T90 (2010)": a code)
        keys = [fold_token(w) for w in words]
        if any(k in common or k in ORG_WORDS or k in TITLES or DRUG_SHAPE.search(k) or DEPARTMENT(k)
               or _CARE_PLACE.search(k) for k in keys):
            continue  # "Toimipiste: Kardiologian Poliklinikka": a department, in any language
        if all(k in cities for k in keys):
            continue  # "Kigali: Nyarugenge Gasabo"-like place lists
        if given is not None and not given.group(1).isupper():
            # a register's "<FAMILY> <FAMILY>, <Given>": the given name too, even one that is a word (the
            # family names, no words, vouch for it)
            s = m.start("tail")
            out.append(Hit(s + given.start(1), s + given.end(1), T.NAME, "names:form"))
        out.append(Hit(m.start("v"), m.end("v"), T.NAME, "names:form"))
    return out


_GIVEN_AFTER = re.compile(r",[ \t]*([^\W\d_][\w'’\-]{1,24}(?:[ \t][^\W\d_][\w'’\-]{1,24})?)[ \t]*")


def _name_shaped(words: list[str]) -> bool:
    """Capitalised words (or all in capitals, as forms print surnames), none a single letter; or a family
    name in capitals beside capitalised given names ("<FAMILY> <Given>", "<Given> <FAMILY>"), as French,
    Belgian and Central African records write them."""
    if all(w.isupper() and len(w) >= 3 for w in words):
        return True
    if all(w[:1].isupper() and not w.isupper() and len(w) >= 2 for w in words):
        return True
    return family_given(words)


def family_given(words: list[str]) -> bool:
    """"<FAMILY> <Given>" or "<Given> <FAMILY>": one word in capitals that is a word, not an acronym or a
    model ("BPJS", "HPV", "BT004" are no family names), first or last, beside capitalised words."""
    caps = [w for w in words if w.isupper()]
    if len(caps) != 1 or not (words[0] is caps[0] or words[-1] is caps[0]):
        return False
    return family_in_capitals(caps[0]) and all(w[:1].isupper() and len(w) >= 2 for w in words)


def family_in_capitals(word: str) -> bool:
    """A family name printed in capitals: a word of four letters or more, not an acronym or a model."""
    return len(word) >= 4 and word.isalpha() and _ACRONYM.search(word) is None


_ACRONYM = re.compile(r"^[^AEIOUYÀ-ÝĀ-ž]+$|[^AEIOUYÀ-ÝĀ-ž]{4}")  # no vowel, or four consonants running
