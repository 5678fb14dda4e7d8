"""Shapes that make words a person's name whatever the words are: a nickname in quotes between a
given name and a surname ('Kadi "Sunbeam" Yesil'), the register's "Surname, Given I." with a middle
initial, and a surname in capitals before a capitalised given name ("KONTOS, Charalampos"). The words need
no list: the shape is the evidence. Ordinary words in every slot ("Heart, Failure A.") are no name.
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.patterns import PatternSpec, _span

_CAP = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_Q = "[\"“”']"

_KIN = (
    r"brother|sister|mother|father|son|daughter|wife|husband|partner|aunt|uncle|cousin|niece|nephew"
    r"|grandmother|grandfather|grandson|granddaughter|grandchildren|boyfriend|girlfriend|fianc[eé]e?"
    r"|stepfather|stepmother|stepson|stepdaughter|guardian|children|kids|baby|twins?|siblings?|parents"
)

# what a person's record holds: "Wendell Ashcombe's record merged twice", "Ana Obi's chart"
_RECORD = (
    r"record|records|chart|file|account|mrn|dob|appointment|visit|labs|results|encounter|claim|referral"
    r"|admission|discharge|prescription|data|details|profile|case|notes|imaging|scans?"
)

SPECS = [
    PatternSpec(
        "name-nickname",
        T.NAME,
        rf"(?<![\w])(?P<v>{_CAP}(?:[ \t]{_CAP})?[ \t]{_Q}[A-Z][A-Za-z'’\-]{{1,20}}{_Q}[ \t]{_CAP})"
        r"(?![\w'’])",
        validator=lambda text, m: _v_not_all_words(m, 1),
        hs=rf"[A-Z][a-z'\-]+[ \t]{_Q}[A-Z][A-Za-z'\-]{{1,20}}{_Q}[ \t][A-Z][a-z]",
        window=40,
    ),
    PatternSpec(
        "name-surname-given-initial",
        T.NAME,
        rf"(?<![\w])(?P<v>{_CAP},[ \t]{_CAP}[ \t][A-Z]\.)(?![\w])",
        validator=lambda text, m: _v_not_all_words(m, 2),
        hs=r"[A-Z][a-z'\-]+,[ \t][A-Z][a-z'\-]+[ \t][A-Z]\.",
    ),
    PatternSpec(
        "name-caps-surname-given",
        T.NAME,
        rf"(?<![\w])(?P<v>[A-Z]{{2}}[A-Z'’]+(?:-[A-Z]{{2,}})?,[ \t]{_CAP}(?:[ \t][A-Z]\.)?)(?![\w'’])",
        validator=lambda text, m: _v_caps_surname(m),
        hs=r"[A-Z]{3,}(?:-[A-Z]{2,})?,[ \t][A-Z][a-z]",
    ),
    # a name before a relative it owns: "Steinthor's brother", "Ana Obi's daughter"
    PatternSpec(
        "name-possessive-kin",
        T.NAME,
        rf"(?<![\w])(?P<v>{_CAP}(?:[ \t]{_CAP})?)['’]s[ \t]+(?:{_KIN})\b",
        validator=lambda text, m: _v_not_all_words(m, 1),
        hs=rf"[A-Za-z]['’]s[ \t]+(?:{_KIN})\b",
        window=48,
    ),
    # a relative by the role, the name in brackets: "Mum (<given> <family>) rang back", "Son (<name>)"
    PatternSpec(
        "name-kin-bracket",
        T.NAME,
        r"\b(?:Mum|Mom|Mam|Dad|Mother|Father|Son|Daughter|Wife|Husband|Sister|Brother|Grandma|Grandad|Grandpa"
        r"|Nana|Aunt|Uncle|Partner|Carer|Caregiver|Guardian|Stepmum|Stepdad)[ \t]*\((?P<v>" + _CAP
        + r"(?:[ \t]" + _CAP + r"){0,2})\)",
        validator=lambda text, m: _v_not_all_words(m, 1),
    ),
    # a full name before the record it owns (a commit message, a ticket): both words no dictionary's
    PatternSpec(
        "name-possessive-record",
        T.NAME,
        rf"(?<![\w])(?P<v>{_CAP}[ \t]{_CAP})['’]s[ \t]+(?:{_RECORD})\b",
        validator=lambda text, m: _v_not_all_words(m, 2),
        hs=rf"[A-Za-z]['’]s[ \t]+(?:{_RECORD})\b",
        window=48,
    ),
]

_VOWELS = re.compile(r"[AEIOUY]")


def _v_not_all_words(m: re.Match[str], need: int) -> tuple[int, int, T] | None:
    """Enough words no dictionary knows (or that a name list holds) to be a person."""
    common, excluded = lexicon.common_words(), lexicon.excluded()
    first, last = lexicon.first_names(), lexicon.last_names()
    words = [w.strip("\"“”'.,").lower() for w in m.group("v").replace(",", " ").split()]
    named = sum(1 for w in words if len(w) > 1 and (w in first or w in last or w not in common))
    if any(w in excluded for w in words) or named < need:
        return None
    return _span(m, T.NAME)


def _v_caps_surname(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A surname in capitals, not an acronym ("COPD, Asthma", "HTN, Diabetes"): vowels, no dictionary."""
    surname, given = m.group("v").split(",", 1)
    s, g = surname.lower(), given.split()[0].lower()
    common, excluded = lexicon.common_words(), lexicon.excluded()
    if len(_VOWELS.findall(surname)) < 2 or s in common or s in excluded or g in excluded:
        return None
    if any(len(p) < 4 and p.lower() not in lexicon.last_names() for p in surname.split("-")):
        return None  # "MALDI-TOF, Bruker": an acronym's part
    if g in common and g not in lexicon.first_names():
        return None
    return _span(m, T.NAME)
