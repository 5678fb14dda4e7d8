"""Regression guard for the seventh generalisation probe: rates may only get better than when it was written.

First measurement (engine as of 2026-11-26 10:00 UTC, working tree shared with the lead; before any fix
prompted by this probe), 76 documents in 38 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial   over-masking
    1     24.54% (161/656)    25.15%            3.31% (8/242)
    2     24.20% (159/657)    24.81%            4.55% (11/242)
    3     24.70% (162/656)    25.76%            4.13% (10/242)

(A run minutes earlier, before 15 name words were swapped for ones absent from the engine's dictionary
lists so that test_words_are_not_in_the_engine_source holds, scored 24.39% / 25.00% / 3.31% on seed 1.)

Seed 1 by type: NAME 62/128, DATE 47/130, ADDRESS 34/124, ZIP 12/48, ID 4/40, AGE 2/4; none in PHONE,
MRN, EMAIL, HEALTH_PLAN, SSN, ACCOUNT, LICENSE, IP, DEVICE, URL, CREDENTIAL, VEHICLE. Worst kinds: the
native-script Burmese (16 of 20 values leaked), Lao (14/20), Nepali (14/22) and Urdu (12/20) documents,
the Kinyarwanda health-worker report (12/16), the Azerbaijani referral (9/20), the Shona letter (8/18),
the Yoruba letter (7/20), sqlite3 box output (7/16) and an LDIF entry (7/18). Dates in other month
vocabularies (Azerbaijani, Galician, Hausa, Kinyarwanda, Shona, Slovak, Yoruba; native digits; Solar
Hijri) survive whole; Pacific (Marshallese, Chamorro) names survive in DICOM PN, ASTM, LDIF, sqlite,
redis, PHP and syslog values. Over-masking: a Yoruba department name, logfmt trace ids, NDC codes.
Partial survivals also count a native-digit year (Safe Harbor allows a year; the shared scorer only
exempts ASCII years), which inflates the partial figure for the Persian/Burmese/Nepali/Bengali dates.

After the fixes it prompted the same day (general rules, tested with values of their own in
tests/engine/test_generalisation_rules.py: box-drawing tables, any XML element named like a column,
DICOM values by VR, a day-word-year date in any language, Burmese/Lao/Nepali/Urdu/Persian/Telugu/
Bengali/Kannada/Malayalam/Gurmukhi labels and months, Indic vowel signs kept inside words in the scan
copy, form lines with an unknown label, LDIF, ASTM E1394, PHP dumps, redis hashes, key="value" pairs),
seeds 1/2/3 measured 4.42% / 4.87% / 4.57% leaked (whole + partial 6.25% / 6.54% / 6.25%), over-masking
unchanged (3.31% / 4.55% / 4.13%).

A second round (2026-11-26 12:30 UTC: name/value pair objects in JSON typed by the pair's name, more
languages' address labels, form-line names keeping combining tone marks, drug-shaped suffixes narrowed
so that given names ending in -ide/-ine count as names) measured seeds 1/2/3 at 2.13% / 2.44% / 2.44%
leaked (whole + partial 3.66% / 3.96% / 3.96%), over-masking unchanged.

Ceilings: the seed-1 rates after those fixes rounded up to the next whole percent plus one point;
lower them as the engine improves. The corpus's soundness (labels, check digits, reproducibility) and
its independence from the engine's word lists and source and from probes 1-6 are checked too, so a
broken or recycled corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    engine_overlap,
    in_engine_lexicon,
    people_name_words,
)
from tests.engine.probe7 import ids, people
from tests.engine.probe7.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe7.run_probe import crashes, run

ROOT = Path(__file__).resolve().parents[3]
LEAK_CEILING = 0.04  # 2.13% (14/656) on seed 1 after the second round (24.54% when written)
STRICT_CEILING = 0.05  # whole + partial: 3.66% (25.15% when written)
OVERMASK_CEILING = 0.05  # measured 3.31% (8/242)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "PHONE",
    "MRN",
    "EMAIL",
    "HEALTH_PLAN",
    "SSN",
    "ACCOUNT",
    "LICENSE",
    "IP",
    "DEVICE",
    "URL",
    "CREDENTIAL",
    "VEHICLE",
}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) >= 70 and len({d.kind for d in docs}) >= 30
    assert sum(len(d.phi) for d in docs) >= 600 and sum(len(d.keep) for d in docs) >= 230
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {"my_nat_clinic_card", "lo_nat_referral", "fa_nat_lab_report", "bn_nat_birth_notice"} <= kinds
    assert {"dicom_dcmdump", "astm_e1394_result", "x12_834_enrollment", "sqs_message_json"} <= kinds
    assert {d.format for d in docs} == {"text", "json"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN"}
    assert types >= {"ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID", "CREDENTIAL"}
    scripts = {"Myanmar": "\u1000", "Lao": "\u0e80", "Devanagari": "\u0900", "Arabic": "\u0600"}
    scripts |= {"Bengali": "\u0980", "Telugu": "\u0c00", "Cyrillic": "\u0400"}
    text = "".join(d.content for d in docs)
    for name, start in scripts.items():  # every native script really is in the corpus
        assert any(ord(start) <= ord(c) < ord(start) + 128 for c in text), name


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a quarter of the name words may be in the engine's name lists
    (measured when written: 51 of 317 are in them, 16%; the native-script ones are in none)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 300
    assert len(inside) <= 0.25 * len(words), sorted(inside)


def _towns() -> set[str]:
    return {t for v in people.PLACES.values() for t, _, _ in v[0]}


def _streets() -> set[str]:
    return {s for v in people.PLACES.values() for s in v[1]}


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    towns, streets = _towns(), _streets()
    overlap = engine_overlap(people_name_words(people.NAMES), towns | streets)
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_six_probes() -> None:
    """No template kind, name word, town or street of probes 1-6 is reused."""
    towns, streets = _towns(), _streets()
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", "probe2", "probe3", "probe4", "probe5", "probe6"]
    overlap = earlier_probe_overlap(mods, kinds, people_name_words(people.NAMES), towns, streets)
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated national and US identifiers are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(7)
    for _ in range(200):
        born = date(1921, 1, 1) + timedelta(days=rng.randrange(365 * 100))
        female = rng.random() < 0.5
        assert ids.egn_valid(ids.egn(rng, born, female)) and ids.za_id_valid(ids.za_id(rng, born, female))
        assert ids.code_meli_valid(ids.code_meli(rng)) and ids.matricule_valid(ids.matricule(rng, born))
        assert ids.dni_valid(ids.dni(rng)) and ids.nhi_valid(ids.nhi(rng))
        assert ids.rodne_valid(ids.rodne(rng, born, female)) and ids.zw_id_valid(ids.zw_id(rng))
        assert (
            ids.npi_valid(ids.npi(rng)) and ids.dea_valid(ids.dea(rng, "K")) and ids.vin_valid(ids.vin(rng))
        )
        assert ids.aba_valid(ids.aba(rng)) and ids.imei_valid(ids.imei(rng))
        assert ids.gtin_valid(ids.udi(rng)[4:18])
        assert ids.iban_valid(ids.iban(rng, "LU", "001" + ids.digits(rng, 13)))
        assert int(ids.cnic(rng, female)[-1]) % 2 == (0 if female else 1)
        assert not ids.ssn(rng).startswith(("000", "666", "9"))
    # published example values, so the validators themselves are checked
    assert ids.npi_valid("1234567893") and ids.dea_valid("AB1234563") and ids.vin_valid("1M8GDM9AXKP042788")
    assert ids.nhi_valid("ZZZ0016") and ids.nhi_valid("ZZZ0024") and not ids.nhi_valid("ZZZ0017")
    assert ids.dni_valid("12345678Z") and not ids.dni_valid("12345678A")
    assert ids.aba_valid("011000015") and ids.imei_valid("49-015420-323751-8")
    assert ids.iban_valid("LU28 0019 4006 4475 0000") and ids.verhoeff_valid("2363")
    assert ids.gtin_valid("00012345600012") and ids.rodne_valid("736028/5163")
    assert ids.egn_valid("7523169263") and not ids.egn_valid("7523169264")
    for d in make_corpus(1):  # the identifiers in the corpus itself
        for type_, value in d.phi:
            if type_ == "ID" and re.fullmatch(r"\d{3}-\d{6}-\d", value):
                assert ids.code_meli_valid(value), value
    assert people.jalali(date(2024, 3, 20)) == (1403, 1, 1) and people.jalali(date(1979, 2, 11)) == (
        1357,
        11,
        22,
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    """Every document is masked or refused with EngineError; none raises anything else."""
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, no leak in the types that had none when the probe was written, no new crash."""
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=600,
        min_keep=230,
        clean=CLEAN,
    )
