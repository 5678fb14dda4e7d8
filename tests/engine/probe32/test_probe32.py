"""Regression guard for the thirty-second generalisation probe (people from naming traditions that US name
lists miss, in English health text: refugee screenings, interpreter requests, I-693 worksheets, CHW home
visits, IHS notes, Pacific Islander diabetes letters, TB contact lists, vaccine rosters, antenatal bookings,
school enrolment forms, pharmacy logs, dialysis schedules, transport bookings, mental-health intakes, a Slack
mix-up thread, a developer bug report, a GitHub issue with JSON, an SMS reminder log; 36 traditions with
their real shapes -- patronymic chains, Singh/Kaur, kyzy/uulu, qizi/oglu, ould/mint, bin/binti, family name
first, initialled fathers' names, mononyms, double and hyphenated family names, English-language family
names, ALL-CAPS surnames, diacritics and the same name without them): rates may only get better.

First and only measurement, once, as soon as the corpus was complete and the independence check passed
(`python -m tests.engine.probe32.run_probe --seed N`; engine at commit 40897ff, `git status --short src`
empty at that minute: no uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     14.02% (97/692)    15.17% (105/692)   6.99% (20/286)
    2     12.63% (87/689)    13.06% (90/689)    5.59% (16/286)
    3     14.33% (99/691)    15.20% (105/691)   5.94% (17/286)

Seed 1 by type (leaked / values): NAME 92/386, AGE 3/10, MRN 2/22; none in DATE (108), PHONE (66), ADDRESS
(54), ZIP (20), EMAIL (12), ID (8), HEALTH_PLAN (6). Seed 2: NAME 83, AGE 2, DATE 1, MRN 1. Seed 3: NAME 94,
ADDRESS 2, AGE 2, DATE 1. Worst kinds (seed 1): GitHub issue 14, TB contact list 10, vaccine roster 10, school
form 10, bug report 9; refugee screening, I-693 worksheet and antenatal booking 0. What leaks:
- NAME in table rows and short label fields with no person cue: "Chair 4   Kapua KAUWE", "Chair 7 J. Sailaja",
  "03  Ethmane ould AHMEDOU", "03  Bat-Erdene OTGONBAYAR", "2. Thamizharasan PALANISAMY -- child", "3. L.
  Kealamakia -- co-worker", "Scribe: Tahina", "Tech: Mathivanan", "Assignee: Gurdeep", "CHW: Rēweti Parāone",
  "Student: ROSNAH BINTI ZULKIFLI", "guardian 1: Gagik Khachatryan", "Interpreter assigned: Ladi Gwadabe";
  initialled forms ("Actual:   A. Hamawandi", "Clinician: F. Seumalo", "Signed G. Khachatryan", "Vaccinator:
  T. Gunawardena"); single names ("Walk-in: Koshan", "5. Zmarai (FNU Zmarai)"); a given name opening a
  sentence or after "that" ("Tumurbaatar missed", "Sailaja takes it", "Wideline is away", "asked that Ilgar
  not be told"); English-word family names ("Tasina Kills Crow's labs", "Dear Mr Two Eagles", "[NAME] Kills
  Crow", "[NAME] Sherzad"); ALL-CAPS parts left after the rest was masked ("[NAME] SEJDIĆ", "[NAME] PŌTAE",
  "[NAME] BIN KAMARULZAMAN", "TOKTOSUN [NAME]"); names in JSON arrays and backticks ("alias": ["Sejdo
  Jašarović", "Sejdo Jasarovic"], "Expected `Mackenson`"); @handles ("@ibironke opened this issue"); "the
  church minister Aizuddin bin Kamarulzaman"; SMS bodies ("Mahlet, the Hausa interpreter", "for Wanbli. Wanbli
  is", "meet Ovllá at the door"); nicknames after "ask for" ("ask for Sopo at the door").
- AGE: "Kapua is 103 and asks"; two of the three are the value 90 surviving inside the engine's own "90 or
  older" ("aged 90 or older", "is 90 or older"): the scorer counts them, they are left as measured. MRN: a
  transport booking "ref IHS-942738" (an MRN-shaped reference after "ref"). Seeds 2-3 add DATE "Return: 12/2"
  and ADDRESS "come with her from Twin Falls", "Delivery to [ADDRESS], Dodge City".
Partial (seed 1, 8): only the lower-case particles survive around a masked name ("Nurbek Kubat uulu",
"Sevinj Vugar qizi Huseynzade", "Khadijetou mint Cheikhna") -- by the labelling policy the particle is part
of the labelled full name.
Over-masking (seed 1, 20 of 286): languages and peoples after a name or label -- "Navajo" (twice), "Navajo
Nation", "Native Hawaiian", "Hawaiian", "iTaukei Fijian", "Fijian", "Malay", "Tibetan", "Hausa", "Somali",
"Northern Sámi" (twice), "Haitian Creole" (JSON value); festivals -- "Hari Raya" (twice), "Inti Raymi"
(twice), "Ramadan" (twice, "takes it after Ramadan fast breaks"). Seen but not scored: "Parent/guardian 1"
became "[NAME]/guardian 1". Kept everywhere: drugs with doses, clinical terms, organisations (USCIS, HIAS,
WIC, CDC), countries, weekdays, products, the word-name phrases (Koa Ward, Fiafia Night, Dashain tika).

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), the traditions' shapes, word names present both as names and as keep words, and
independence from probes 1-31 (template kinds; name words, nicknames, towns and streets of their people
tables: run before the measurement, one clash -- Killari -- replaced then). Particles and Singh/Kaur are
exempt from the name check by design. Names are not checked against the engine's lexicon or source: the
probe's author did not read them.
"""

from __future__ import annotations

import importlib

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe32 import people
from tests.engine.probe32.corpus import TEMPLATES, WORD_KEEP, make_corpus, problems
from tests.engine.probe32.run_probe import crashes, run

LEAK_CEILING = 0.10  # now 8.38% (58/692); first: 14.02% (97/692)
STRICT_CEILING = 0.11  # whole + partial: now 9.68%; first: 15.17% (105/692)
OVERMASK_CEILING = 0.08  # now 7.34% (21/286); first: 6.99% (20/286)
CLEAN = {"DATE", "PHONE", "ADDRESS", "ZIP", "EMAIL", "ID", "HEALTH_PLAN"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()
# particles and Sikh names: parts of the shapes the brief asked for, exempt from the independence check
PARTICLES = {"bin", "binti", "ould", "mint", "kyzy", "uulu", "qizi", "oglu", "singh", "kaur", "kumari",
             "bahadur"}  # fmt: skip
NAME_TABLES = ("NICK", "NAME", "FEMALE", "MALE", "FAMILY", "GIVEN", "SURNAME", "PEOPLE", "STAFF")
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 32))]


def _name_words() -> set[str]:
    names = [n for c in people.CULTURES.values() for n in c.female + c.male + c.family]
    return name_words(names + list(people.WORD_NAMES) + people.MONONYMS + people.NICKS) - PARTICLES


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
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ADDRESS", "ZIP", "ID", "HEALTH_PLAN"}


def test_traditions_and_shapes_are_present() -> None:
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert len(people.CULTURES) >= 14
    assert any(" kyzy" in n or " uulu" in n for n in names)
    assert any(" ould " in n or " mint " in n for n in names)
    assert any(" Kaur" in n or " Singh" in n for n in names)
    assert any(n.isupper() and "," not in n for n in names)
    assert any("," in n and n.split(",")[0].isupper() for n in names)  # "SURNAME, Given"
    assert any(n != people.plain(n) for n in names) and any(n in people.MONONYMS for n in names)


def test_word_names_are_names_and_keep_words() -> None:
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    as_name = {v for d in docs for t, v in d.phi if t == "NAME" and v in people.WORD_NAMES}
    as_keep = {k for d in docs for k in d.keep if k in WORD_KEEP}
    assert len(as_name) >= 4 and len(as_keep) >= 4
    for d in docs:  # never both in one document
        words = {w for t, v in d.phi if t == "NAME" for w in v.split()}
        assert not words & {w for k in d.keep if k in WORD_KEEP for w in k.split()}, d.id


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-31; no name word, nickname, town or street of their people tables."""
    kinds = {t[0] for t in TEMPLATES}
    towns = {t for t, _, _ in people.TOWNS}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), towns, set(people.STREETS)) == set()
    # nicknames and names kept in other tables of earlier probes (NICKS, FEMALE, MALE, FAMILY, ...)
    older: set[str] = set()
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        tables = [getattr(mod, a) for a in dir(mod) if a.isupper() and any(k in a for k in NAME_TABLES)]
        older |= name_words([s for s in strings_in(tables) if len(s) > 1])
    assert not (_name_words() & older), sorted(_name_words() & older)


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


# written in the engine's code before this probe existed: an earlier rule's example ("Lisiate Hufanga, 67")
# and vocabulary
ENGINE_WORDS_BEFORE = {
    "bien", "hufanga", "lisiate", "toks",
}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
