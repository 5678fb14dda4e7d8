"""Regression guard for the thirty-third generalisation probe (Western European clinical running text with
no cues: a German Pflegebericht, an Austrian Hausarztbrief in prose, a Swiss Spitex visit log, French
transmissions ciblées, a Belgian kiné report, a Québec CLSC note, an Italian diario clinico, a Spanish
evolutivo de enfermería, a Catalan informe d'alta, a Portuguese nota de enfermagem, a Brazilian prontuário
evolução, a Dutch overdracht e-mail, a Flemish huisarts letter, a Swedish journalanteckning, a Norwegian
epikrise, a Danish sygeplejenotat, a Luxembourgish family WhatsApp chat and an Irish-English IT helpdesk
ticket; people named mid-sentence, towns after prepositions, dates and ages over 89 in each language's
words, national phones, postcodes and identifiers with valid check digits): rates may only get better.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe33.run_probe --seed N`; engine at commit 40897ff, `git status --short src`
empty at that minute: no uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     11.42% (74/648)    12.50% (81/648)    7.03% (18/256)
    2     12.04% (78/648)    13.43% (87/648)    6.64% (17/256)
    3     12.19% (79/648)    13.58% (88/648)    5.86% (15/256)

Seed 1 by type (leaked / values): NAME 25/244, ADDRESS 22/108, AGE 20/36, ZIP 7/36; none in DATE (106),
PHONE (50), EMAIL (18), ID (28), HEALTH_PLAN (12), MRN (8), SSN (2). Seeds 2 and 3: NAME 28 and 27,
ADDRESS 23 and 24, AGE 20 and 20, ZIP 7 and 8. Worst kinds (seed 1): Brazilian evolução 9, Swedish
journal 8, Norwegian epikrise 7, Belgian kiné 6, Italian diario 6; Swiss Spitex and Danish note 0. What leaks:
- AGE: every age written as a word, in every language ("ist dreiundneunzig Jahre alt", "a nonante-quatre
  ans", "ha novantasette anni", "de noranta-cinc anys", "noventa e cinco anos", "Ze is vijfennegentig",
  "nittiotre år", "er nittifire år gammel", "She's ninety-six"), and the ordinal "im 94. Lebensjahr"; ages
  in digits ("95 ans", "de 95 años", "97 år") are masked.
- ADDRESS: a town after a preposition of coming or living ("venue en voiture depuis Autun", "desde Llerena",
  "da Nardò", "natural de Garanhuns", "il reste à Rimouski", "som bor i Brumunddal", "bor i Ljungby",
  "in Castlerea", "Ech sinn haut zu Redange"), a town before its postcode in brackets ("Hudiksvall (824
  31)", "montée [..], Amqui (G5J 4D7)"), Belgian and Catalan street lines ("domicilié chemin de la
  Sablière 35 à 6460", "al passatge de les Oliveres 6, 1r 2a").
- ZIP: the postcode after "à" (Belgian "à 6460"), Dutch and Swedish postcodes in brackets ("(4304 XD)",
  "(824 31)") and an Irish Eircode ("V31 M4L1").
- NAME: a family name after a title in the language ("dott.ssa Zanchetta", "dokter Nijenhuis", "a vizinha,
  D. Sequeira", "Beste collega Deschuytter"), a given name after a relation word or role ("a filha Lucimar",
  "a nora, Ednalva,", "la senyora Pepeta", "Su nieto Teodomiro", "ergoterapeut Torunn", "Datteren Torunn
  Stensrud"), a given name opening a sentence ("Burglinde hat den Verband"), a sign-off ("Enf. Neuza
  Parente", "Handzeichen Burglinde Wolfsteller", "IDE : Ghyslaine Pelletreau"), a chat speaker ("Gusty:").
Partial (seed 1, 7): street lines of which the generic part stays ("vicolo del [..]", "carrer del … , 5r
2a", "860, montée [NAME]"), the letters of a RAMQ number ("OUEJ" of "OUEJ 3259 0146") and an Irish area
code "(065)". Over-masking (seed 1, 18 of 256): German nouns that are also names or look like them
("Die Rose auf dem Nachttisch", "auf den Sommer im Garten" twice, "mit Ernst und Humor", "Im Winter",
"Kontrolle der Nierenwerte" twice, "im Jänner"), "Landesklinikum Waldviertel" (twice), "Krankenkasse
Helsana" (twice), "Wit-Gele Kruis" (twice), "St. Brigid's Ward", the Dutch "Roos op de hoofdhuid" and the
drug "Ben-u-ron 1 g" after "Administrado". Seeds 2-3 alike ("Serena", "Dolores", "Croce Rossa", "Castilla
y León", "Zilveren Kruis", "Techniker Krankenkasse", "Summer"). Unlabelled ordinary words were also masked
(not counted): "seit dem Tod" -> [ADDRESS], "Nota de enfermagem", "Esteve cá", "Alta prevista", "De
thuisverpleegkundige", "Der Enkel", "Die Nachbarin", "ED", "ext. 4417" -> [PHONE]. Kept everywhere:
dates in every form, phones, e-mails, all national identifiers, most drugs, clinical terms, departments,
weekdays, regions and countries.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility) and independence from probes 1-31 (template kinds of all; name words, towns and streets
of those with a NAMES table: run before the measurement, clashes -- one given name, two streets --
replaced then). Names are not checked against the engine's lexicon or source: the probe's author did not
read them.
"""

from __future__ import annotations

import importlib

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    written_in_engine_code,
)
from tests.engine.probe33 import people
from tests.engine.probe33.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe33.run_probe import crashes, run

LEAK_CEILING = 0.05  # now 3.24% (21/648); first: 11.42% (74/648)
STRICT_CEILING = 0.06  # whole + partial: now 4.32%; first: 12.50% (81/648)
OVERMASK_CEILING = 0.09  # now 7.03% (18/256)
CLEAN = {"DATE", "PHONE", "EMAIL", "ID", "HEALTH_PLAN", "MRN", "SSN"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 450 and sum(len(d.keep) for d in corpus) >= 200
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 4 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID", "HEALTH_PLAN", "ADDRESS", "ZIP"}
    assert all(int(v) > 89 for d in docs for t, v in d.phi if t == "AGE" and v.isdigit())


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-31; no name word, town or street of those with a NAMES table."""
    kinds = {t[0] for t in TEMPLATES}
    corpora = [importlib.import_module(f"tests.engine.probe{i}.corpus") for i in ["", *range(2, 32)]]
    old_kinds = {t[0] for c in corpora for t in getattr(c, "TEMPLATES", ())}
    assert not kinds & old_kinds
    mods = [m for m in ["probe", *(f"probe{i}" for i in range(2, 32))]
            if hasattr(importlib.import_module(f"tests.engine.{m}.people"), "NAMES")]  # fmt: skip
    towns = {t for ts in people.TOWNS.values() for t, _ in ts}
    streets = {s for ss in people.STREETS.values() for s in ss}
    assert earlier_probe_overlap(mods, kinds, _name_words(), towns, streets) == set()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=450,
        min_keep=200,
        clean=CLEAN,
    )


# written in the engine's code before this probe existed: an eponym (Kayser-Fleischer) and relation words
# ("parente", "père")
ENGINE_WORDS_BEFORE = {
    "kayser", "parente", "pere",
}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
