"""Regression guard for the ninetieth generalisation probe: emergency-department and acute-ward flow text from
the United States, the United Kingdom, Ireland, Canada, Australia and New Zealand as it is typed under
pressure, built as an outside evaluator builds a held-out set -- other templates and, above all, other name
lists (English surnames that are English words and double-barrelled ones, old English given names, Irish O' /
Mc / Mac and Scottish Mc / Mac with Gaelic given names, Maori, Samoan, Tongan and Fijian, Tamil and Punjabi,
Yoruba, Igbo and Hausa, Filipino, Polish with feminine surname forms, Vietnamese). Kinds: ED tracking-board
export (fixed-width), ED tracking-board export (CSV), transcribed whiteboard photo, ISBAR / SBAR handover,
bed-management huddle note, ambulance offload delay log, security incident note, police / social-work liaison
entry, lost-property log, after-hours pharmacy request, porter job list, rostering messages, clinicians' chat
thread, discharge-lounge list, mortuary / bereavement note, IT service-desk ticket, ED event feed (JSON),
car-park and vehicle log. Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe90.run_probe --seed N --brief`, with --json for the detail; engine at commit
062c822, `git status --short src` empty before and after). It exposed one labelling flaw of the generator,
fixed before the figures below: the IT ticket's own number ("INC2546390", "RITM9025422") was labelled ID
although the written policy lists no IT record among the ID numbers (it names a fault, not a person); it is a
keep value now (seed 1 leaked was 5.59%, 40/715, with it). 36 documents in 18 kinds per seed, none
crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     5.33% (38/713)      5.75% (41/713)      7.63% (45/590)
    2     5.67% (41/723)      5.95% (43/723)      8.13% (47/578)
    3     6.48% (47/725)      7.03% (51/725)      8.30% (48/578)

Seed 1 by type (leaked / values): NAME 27/340, VEHICLE 6/14, ADDRESS 2/38, ID 2/32, AGE 1/19; none in DATE
(88), PHONE (52), MRN (46), HEALTH_PLAN (20), DEVICE (14), EMAIL (14), ZIP (14), LICENSE (10), SSN (4), IP
(4), ACCOUNT (2), URL (2). Seed 2: NAME 31, VEHICLE 6, ADDRESS 2, ID 2; seed 3: NAME 33, VEHICLE 6, ADDRESS 4,
ID 2, AGE 2. Worst kinds (seed 1): car-park log 9/33, bed huddle 8/47, fixed-width board 4/47, clinicians'
chat 4/30, whiteboard 3/35; none leaked in the CSV board, lost-property log, porter list, roster messages or
handover. What leaks (seed 1):
- NAME 27 of 340: names standing in a list line or a table cell with no label before them -- the huddle's
  bullets and action line ("- Vanathi G. (61) GI bleed", "Discharges pending: C. McSorley (St Brigid's Ward)",
  "Jothilingam Sabapathy - TTOs GTN", "Actions: Inuwa to escalate Ironmonger;"), a lounge list's rows ("2 Ù.
  MacKerracher  (44M)", "3  Tuathal O.  Larch Ward"), the car-park and offload columns ("| Inuwa A. (28) |",
  "[NAME]/W. Tollemache"), a whiteboard's RN column ("| Ladi |", "| Poongothai |", "| Vanathi |"), a nurse's
  initials on the fixed-width board ("ESI 4        CO   [NAME]", "BD", "KS", "LV"); chat senders and mentions
  ("[2025, 07:56] Vanathi G.: pt in ...", "Pennyfather in Resus 3 (38yo)", "FYI Florizel's NOK"); a JSON
  "clinician" value ("Vaimaila Fa'asalele"); names after a colon heading in the security note ("1) ABSCONDED:
  Florizel Greathead (over 89", "2) VISITOR BANNED: Cearbhall O'Flahavan"); "for S. McCorkindale".
- VEHICLE 6 of 14: every plate in the car-park log's PLATE / CALLSIGN column ("03:37 | 2TX-42H |", "5LK7XA",
  "208-ESR") -- the car model beside it is masked as [VEHICLE] instead; plates after "plate" or "car reg" are
  masked.
- ADDRESS 2, ID 2, AGE 1: towns without a street ("awaiting POC to Portlaw Quay", "[ADDRESS], Osprey Reach
  [ZIP]"), mortuary register numbers ("Register no. M38412", "M69751"), an age in a car-park cell ("Sìleas M.
  (91)").
Partial (seed 1, 3): the record links of the IT tickets keep host and path, only the MRN inside is masked
("https://emr.us-health.example.org/chart?mrn=[MRN]&tab=track"); "ove" of "Tacita Lovelock" is an alignment
artefact of the scorer (the name is masked, "over 89" follows). Over-masking (seed 1, 45 of 590): internal
extensions and bleeps (24: "ext 5098", "bleep 7797"), triage categories in the board columns beside a nurse's
initials (9: "ESI 2", "ATS 1", "MTS Orange", "MTS Red"), bed labels opening a board row ("Majors 12", "Resus
3", "Cubicle 14"), ages under 90 after a name in the porter list ("40F", "29F", "(66)", "(70)"), car models
after a plate ("grey Mazda 3", "white Hyundai i30"), an ambulance call-sign ("Unit 36"), a police service
("Cleveland Division of Police") and a role ("SpR"). Kept everywhere else: drugs and doses, abbreviations,
scores, wards, hospitals, times, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic (SSN,
SIN, Ontario health card, BC PHN, NHS, NI, PPSN, Australian Medicare, NZ NHI and IMEI valid under their
schemes; "FAMILY, Given", "Given F.", initials, double-barrelled and O' / Mc / Mac names; ages 90+ labelled as
written, younger ones kept; the keep values), and independence from the earlier probes (template kinds; name
words, towns and streets of their people tables with the kit's check; no name word in any string of those
tables -- run before the measurement). 13 of the 238 name words are in the engine's Python-Faker name lists
(in_engine_lexicon: Abdulkadir, Dearbháil, Ethne, Hào, Jerusha, Jhoana, Lubomira, Lại, McAleenan, McGilligan,
Oyinlola, Tèo, Văng); ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code
when the probe was written (found by `written_in_engine_code`: none).
Probes 88, 89 and 90 were written at the same time by three helpers, each against probes 1-87 only, and
measured once at the same engine (062c822) before any of them was seen; a check run when all three were in
the tree found that they share a few name words with one another (14 between 88 and 89, 9 between 88 and 90,
9 between 89 and 90: Kalenjin, Tamil, Igbo, Yoruba, Russian and Fijian names). They were left as written, so
that each probe's first measurement stays the honest one; the independence test below covers probes 1-87.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe90 import ids, people
from tests.engine.probe90.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe90.run_probe import crashes, run

LEAK_CEILING = 0.07  # first: 5.33% (38/713)
STRICT_CEILING = 0.07  # whole + partial: first 5.75% (41/713)
OVERMASK_CEILING = 0.09  # first: 7.63% (45/590)
CLEAN = {"DATE", "PHONE", "EMAIL", "SSN", "HEALTH_PLAN", "DEVICE", "ACCOUNT", "IP", "LICENSE", "URL", "MRN"}
CLEAN |= {"ZIP"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 88))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.FEMININE.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    """The street names of the address patterns, without numbers and Flat / Apt / Unit."""
    return {
        " ".join(w for w in re.split(r"[\s,/]+", s) if w.isalpha() and w not in ("Flat", "Apt", "Unit"))
        for loc in people.LOCS.values()
        for s in loc.streets
    }


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in _PRESENT:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict | set | frozenset):
                out |= name_words(strings_in(list(value) if isinstance(value, set | frozenset) else value))
    return out


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 600 and sum(len(d.keep) for d in corpus) >= 280
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}
    assert {d.loc for s in (1, 2, 3) for d in make_corpus(s)} == set(people.LOCS)


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes, written after the label staff use; names in the board shapes
    ("FAMILY, Given", "Given F.", initials); ages 90+ labelled as written, younger ages kept; the keep values
    of ED flow text (abbreviations, triage categories, scores, beds, wards, call-signs)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
        "SIN": (r"\d{3}[ -]?\d{3}[ -]?\d{3}", ids.sin_ok),
        "OHIP": (r"\d{4}[ -]\d{3}[ -]\d{3}[ -][A-Z]{2}", ids.ohip_ok),
        "PHN": (r"9\d{3} ?\d{3} ?\d{3}", ids.bc_phn_ok),
        "NHS": (r"\d{3} ?\d{3} ?\d{4}", ids.nhs_ok),
        "NI": (r"[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]", ids.nino_ok),
        "PPSN": (r"\d{7}[A-W]{1,2}", ids.ppsn_ok),
        "Medicare": (r"\d{4} ?\d{5} ?\d", ids.medicare_au_ok),
        "NHI": (r"[A-Z]{3}\d{4}", ids.nhi_ok),
        "IMEI": (r"\d{15}", ids.luhn_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v)
            and re.search(rf"\b{re.escape(label)}\b[^\d\n]{{0,14}}{re.escape(v)}", d.content)
        ]
        least = 1 if label in ("OHIP", "PHN") else 2  # Canadian provinces are drawn at random
        assert len(found) >= least and all(ok(v) for v in found), (label, found)
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    family_first = re.compile(r"[^\W\d_a-z][^\Wa-z\d_]+(?:[ '-][^\W\d_a-z]+)*, \w.*")  # "FAMILY, Given"
    assert sum(bool(family_first.fullmatch(v)) for v in names) >= 100
    assert sum(bool(re.fullmatch(r"\S.* \w\.", v)) for v in names) >= 40  # "Given F."
    assert sum(bool(re.fullmatch(r"[A-ZÀ-Ỹ]{2}", v)) for v in names) >= 20  # a nurse's initials
    assert sum(bool(re.search(r"[^\W\d_]-[^\W\d_]", v)) for v in names) >= 10  # double-barrelled
    gaelic = re.compile(r"(?:^|[ ,])(?:O'|Mc|Mac|MC|MAC)")
    assert sum(bool(gaelic.search(v)) for v in names) >= 30
    ages = [v for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 40 and all(int(re.sub(r"\D", "", v)) >= 90 for v in ages)
    assert any(v.endswith(("F", "M")) for v in ages) and any(v.endswith("yo") for v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert {"NOF#", "CP", "SOB", "?ACS", "UTI"} <= keeps
    assert sum(bool(re.fullmatch(r"(ESI|CTAS|ATS) \d|MTS \w+", k)) for k in keeps) >= 12
    assert {"GCS 14", "NEWS2 7"} <= keeps and any(k.startswith("Resus ") for k in keeps)
    assert sum(bool(re.fullmatch(r"\d\d?[FM]?", k)) and int(re.sub(r"\D", "", k)) < 90 for k in keeps) >= 40
    assert any(" mg" in k for k in keeps)
    assert any(k.startswith(("Car ", "Medic ", "Delta ", "Unit ")) for k in keeps)  # ambulance call-signs


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


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
        min_phi=600,
        min_keep=280,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
