"""Regression guard for the eighty-eighth generalisation probe: home medical equipment, home infusion and
specimen logistics text from the United States, the United Kingdom, Canada and Australia, built as an outside
evaluator builds a held-out set -- other templates and, above all, other name lists (Louisiana Cajun and
Appalachian given names, Western Armenian, Ilocano, Native Hawaiian, Garifuna, Doukhobor -off families with
old Russian given names, Inuit, Newfoundland and Métis, Cornish, Orkney and Icelandic, Gambian, Yoruba and
Igbo, Kalenjin, Tamil, Sinhala, Nepali and Bengali, Frisian, Fijian, Maltese, Greek and Lebanese Australian,
Central Australian skin names), invented towns and the back lanes drivers are sent round by. Kinds: DME
delivery ticket, CPAP / concentrator field service log, infusion compounding record, specimen chain of
custody, lab pick-up manifest (CSV), wheelchair and bed fitting report, returned-equipment reconciliation,
dispatcher SMS thread, proof of delivery, carer complaint e-mail, rental billing statement, warranty claim,
device recall letter, driver route sheet, home oxygen risk assessment, dispatch order export (JSON), infusion
nursing visit note, after-hours on-call log. Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe88.run_probe --seed N --brief`, with --json for the detail; engine at commit
062c822, `git status --short src` empty before and after). It exposed one labelling flaw of the generator,
fixed before the figures below (no label changed type, no draw changed): one UK back lane was written "Wheal
Trevassack lane", a lower-case descriptive word inside the labelled value, so the engine masking the name and
leaving "lane" counted as a partial survival; it is now "Wheal Trevassack Lane" like the other lanes (seed 1
whole + partial was 3.52%, 29/825; seed 2 2.78%; seed 3 3.39%; leaked seed 2 1.93%, seed 3 2.54%). 36
documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     2.42% (20/825)      3.39% (28/825)      6.31% (26/412)
    2     1.69% (14/827)      2.54% (21/827)      5.83% (24/412)
    3     2.30% (19/827)      3.26% (27/827)      5.83% (24/412)

Seed 1 by type (leaked / values): ADDRESS 12/127, NAME 5/220, AGE 2/6, URL 1/6; none in DATE (127), PHONE
(78), DEVICE (60), ID (55), ZIP (36), ACCOUNT (24), HEALTH_PLAN (23), EMAIL (20), MRN (14), LICENSE (13),
VEHICLE (8), IP (6), SSN (2). Seed 2: ADDRESS 7, NAME 5, AGE 2; seed 3: ADDRESS 11, NAME 4, AGE 2, URL 2.
Worst kinds (seed 1): lab pick-up manifest 4/66, carer complaint e-mail 3/44, recall letter 3/40, proof of
delivery 2/36; none leaks in the compounding record, billing statement, warranty claim, fitting report,
returns reconciliation or risk assessment.
What leaks (seed 1):
- ADDRESS 12, the probe's finding: the back lane or service road named in an access note, with no house
  number ("side door via Mulga Firebreak; lockbox", "back gate off Pilchard Ope (code 3061)", "gate 5027 via
  Chinquapin Loop" in a CSV cell, "park on Gidgee Track", "via Gidgee Track" in a route-sheet cell, "use the
  Stannary Mews entrance", JSON "back gate off Hackberry Alley (code 1975)"), and a town after a masked street
  line ("[ADDRESS], Chinook Bench [ADDRESS]" in an e-mail, "Drove to [ADDRESS], Saddlers Bank (by ...").
- NAME 5: driver logins in a manifest header ("driver esagucio", "driver hcursiter"), a consignee line
  ("Consignee: Calliope Manolakos (acct"), and the family name after a given name read as a place ("Ship to:
  [ADDRESS] Nolasco" -- Ravenna).
- AGE 2: "Because you are 97 and live alone", "you are 93" in the recall letter (the fitting report's and
  risk assessment's "Age 9x" and "is 9x and lives with" are masked). URL 1: a tracking link in an SMS
  ("Track: https://track.homecaredispatch...").
Partial (seed 1, 8): five URLs with host and path kept and the token or account masked, and the road-type word
of a lane ("Firebreak" of "Mulga Firebreak" twice, "Mews" of "Stannary Mews").
Over-masking (seed 1, 26 of 412): a supplier's fleet number read as a Dutch particle ("Van 36 (reg ...)" ->
"[NAME] 36", ten times), equipment models ("AirSense 10 AutoSet" -> [DEVICE], "Drive Delta 1000" -> "[NAME]
Delta 1000" three times, "EverFlo" and "DreamStation 2" in an SMS), a supplier and heading ("Lincare Field
Service Log" -> "[NAME] Service Log"), a courier ("Royal Mail"), hospitals ("Health Sciences North" twice,
"Essentia Health St. Mary's" -> "St. [NAME]'s"), the time after a delivery date ("Delivered 15/09/2025 15:10")
and a flow rate read as a date ("on 1.5 L/min" -> "[DATE] L/min"). Kept everywhere else: drugs and doses,
HCPCS, CPT and ICD-10 codes, most models, suppliers, payers, tube types and tests, pressures, amounts, times,
years, ages under 90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic (SSN,
MBI, NPI, DEA, OHIP, BC PHN, NHS, Australian Medicare and the GTIN inside each UDI valid under their schemes;
lanes labelled, fleet plates unlabelled, ages 90+ only in the three old-patient kinds, the keep values), and
independence from the earlier probes (template kinds; name words, towns and streets of their people tables
with the kit's check; no name word in any string of those tables -- run before the measurement). 41 of the 340
name words are in the engine's Python-Faker name lists (in_engine_lexicon: most of the Kalenjin names, some
Cajun, Gambian and Nordic ones); ENGINE_WORDS_BEFORE pins the name words that were already words of the
engine's code when the probe was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe88 import ids, people
from tests.engine.probe88.corpus import OLD_P, TEMPLATES, make_corpus, problems
from tests.engine.probe88.run_probe import crashes, run

LEAK_CEILING = 0.04  # first: 2.42% (20/825)
STRICT_CEILING = 0.05  # whole + partial: first 3.39% (28/825)
OVERMASK_CEILING = 0.08  # first: 6.31% (26/412)
CLEAN = {"DATE", "PHONE", "DEVICE", "ID", "ZIP", "ACCOUNT", "HEALTH_PLAN", "EMAIL", "MRN", "LICENSE"}
CLEAN |= {"VEHICLE", "IP", "SSN"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 88))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    lines = {s for loc in people.LOCS.values() for s in loc.streets}
    return lines | {s for loc in people.LOCS.values() for s in loc.lanes}


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


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 800 and sum(len(d.keep) for d in corpus) >= 400
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}
    assert {d.loc for s in (1, 2, 3) for d in make_corpus(s)} == set(people.LOCS)


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes, written after the label staff use; lanes labelled, fleet plates
    not; ages 90+ only where the patient is that old; the keep values of home-equipment and infusion text."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
        "MBI": (r"[1-9][0-9A-Z-]{10,12}", ids.mbi_ok),
        "NPI": (r"\d{10}", ids.npi_ok),
        "DEA": (r"[A-Z]{2}\d{7}", ids.dea_ok),
        "OHIP": (r"\d{4}[ -]\d{3}[ -]\d{3}[ -][A-Z]{2}", ids.ohip_ok),
        "PHN": (r"9\d{3} ?\d{3} ?\d{3}", ids.bc_phn_ok),
        "NHS No": (r"\d{3} ?\d{3} ?\d{4}", ids.nhs_ok),
        "Medicare": (r"\d{4} ?\d{5} ?\d", ids.medicare_au_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v)
            and re.search(rf"\b{re.escape(label)}\b[^\d\n]{{0,14}}{re.escape(v)}", d.content)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    udis = [v for d in docs for t, v in d.phi if t == "DEVICE" and v.startswith("(01)")]
    assert len(udis) >= 30 and all(ids.gtin_ok(v[4:18]) for v in udis)
    assert sum(t == "DEVICE" for d in docs for t, _ in d.phi) >= 150
    lanes = {lane for loc in people.LOCS.values() for lane in loc.lanes}
    assert sum(v in lanes for d in docs for t, v in d.phi if t == "ADDRESS") >= 40
    phi_values = {v for d in docs for _, v in d.phi}
    fleet = [m.group(1) for d in docs for m in re.finditer(r"\(reg ([^)]+)\)", d.content)]
    assert len(fleet) >= 12 and not set(fleet) & phi_values  # the organisation's vans: plain text
    ages = [(d.kind, v) for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 12 and all(int(v) >= 90 and k in OLD_P for k, v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert {"E0431", "E0601", "E1390", "EverFlo", "AirSense 11", "Invacare Platinum 5"} <= keeps
    assert sum(bool(re.fullmatch(r"[A-TV-Z]\d\d(\.\w+)?", k)) for k in keeps) >= 6  # ICD-10
    assert sum(bool(re.fullmatch(r"\d(\.\d)? L/min", k)) for k in keeps) >= 4
    nursing = [d for d in docs if d.kind == "p88_infusion_nursing_visit_note"]
    ages_kept = [k for d in nursing for k in d.keep if k.isdigit()]
    assert len(ages_kept) >= 6 and all(int(k) < 90 for k in ages_kept)  # "she is 67 and managing well"
    assert any(" mg " in k or k.endswith(" mg") for k in keeps) and any(k.startswith("Van ") for k in keeps)
    assert any(re.fullmatch(r"20(09|1\d|2[0-2])", k) for k in keeps)  # years alone


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
        min_phi=800,
        min_keep=400,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"jobe"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
