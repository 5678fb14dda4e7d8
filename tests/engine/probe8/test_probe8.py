"""Regression guard for the eighth generalisation probe: rates may only get better than when it was written.

First measurement (engine as of 2026-11-26 ~13:00 UTC, working tree shared with the lead; before any fix
prompted by this probe), 80 documents in 40 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial   over-masking
    1     18.28% (136/744)    21.24%            5.13% (16/312)
    2     18.32% (137/748)    20.86%            6.09% (19/312)
    3     19.76% (148/749)    22.70%            7.37% (23/312)

Seed 1 by type: ADDRESS 57/142, NAME 41/149, ZIP 20/43, DATE 6/140, AGE 6/10, PHONE 4/116,
HEALTH_PLAN 2/10; none in ID, MRN, IP, VEHICLE, LICENSE, ACCOUNT, EMAIL, FAX, SSN, URL, CREDENTIAL, DEVICE.
Worst kinds: the native-script Uyghur discharge note (14 of 20 values leaked), Dhivehi referral (10/20)
and Odia discharge summary (10/20), the pg_dump COPY block (10/22), the FHIR XML bundle (8/20), jq
--stream paths (7/14), the MIME mail with RFC 2047 encoded words (7/18), the Tajik and Belarusian
Cyrillic letters (6/20, 6/22: town after "ш."/"г." and street with "хонаи"/"д."/"кв." survive), Lingala
(6/20) and Faroese (6/22). Towns and streets the gazetteer lacks survive in value positions (FHIR
city attribute, jq path "city", HTML <td>, .properties continuation line, mail signature); names
survive in FHIR XML value attributes, tab-separated COPY rows, rST grid cells, SpreadsheetML <Data>,
Teams HTML <strong>, GraphQL "displayName", DICOMweb PN; native-script Uyghur/Dhivehi/Odia names and
addresses survive whole; Uyghur "YYYY-يىلى DD-month" dates survive. Over-masking: eponyms
("Guillain-Barré syndrome", "Hashimoto thyroiditis", "Graves disease", "Foley catheter"), a DICOMweb
study description ("MR BRAIN WO CONTRAST") and study UID, SNOMED codes in FHIR XML, an NDC after "NDC"
(as PHONE), a lab value under a "last_lab" key (as NAME), Lingala and Setswana department names.

After the fixes it prompted the same day (general rules, each pinned with values of our own in
tests/engine/test_generalisation_rules.py: FHIR XML value attributes and jq path/value streams typed by
element or path; DICOM JSON by value representation and patient tags; pg_dump COPY rows by the column
list; RFC 2047 display names in mail headers; API display names; Uyghur, Dhivehi and Odia labels and
months (and Pashto, Sorani, Sindhi, Tigrinya, Tibetan, Tajik, Kyrgyz labels); West African letters read
as their Latin look-alikes; plot and allotment addresses; country-prefixed three-digit postcodes;
address labels in more languages; "age | 94" in vertical tables; eponyms before disease and procedure
words), seeds 1/2/3 measured 5.24% / 5.08% / 6.54% leaked (whole + partial 7.39% / 7.35% / 8.68%),
over-masking 3.53% / 3.53% / 4.81%.

Ceilings: the seed-1 rates after those fixes rounded up to the next whole percent plus one point;
lower them as the engine improves. The corpus's soundness (labels, check digits, reproducibility) and
its independence from the engine's word lists and source and from probes 1-7 are checked too, so a
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
from tests.engine.probe8 import ids, people
from tests.engine.probe8.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe8.run_probe import crashes, run

ROOT = Path(__file__).resolve().parents[3]
LEAK_CEILING = 0.06  # 4.70% (35/744) on seed 1 after the fixes (18.28% when written)
STRICT_CEILING = 0.09  # whole + partial: 7.39% (21.24% when written)
OVERMASK_CEILING = 0.05  # 3.53% (11/312) after the first fixes (5.13% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "ID",
    "MRN",
    "IP",
    "VEHICLE",
    "LICENSE",
    "ACCOUNT",
    "EMAIL",
    "FAX",
    "SSN",
    "URL",
    "CREDENTIAL",
    "DEVICE",
}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written


def _towns() -> set[str]:
    return {t for r in people.PLACES.values() for t, _, _ in r.towns}


def _streets() -> set[str]:
    return {s for r in people.PLACES.values() for s in r.streets}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 80 and len({d.kind for d in docs}) == 40
    assert sum(len(d.phi) for d in docs) >= 700 and sum(len(d.keep) for d in docs) >= 250
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(6 <= p <= 12 and 3 <= k <= 6 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {"ug_nat_chiqish_xatirisi", "dv_nat_referral", "or_nat_discharge", "be_nat_vypiska"} <= kinds
    assert {"ncpdp_d0_claim", "x12_835_remittance", "fhir_xml_bundle", "pgdump_copy_block"} <= kinds
    assert {d.format for d in docs} == {"text", "json"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN"}
    assert types >= {
        "HEALTH_PLAN",
        "ACCOUNT",
        "LICENSE",
        "VEHICLE",
        "DEVICE",
        "URL",
        "IP",
        "ID",
        "CREDENTIAL",
    }
    text = "".join(d.content for d in docs)
    scripts = {"Thaana": "\u0780", "Odia": "\u0b00", "Arabic": "\u0600", "Cyrillic": "\u0400"}
    for name, start in scripts.items():  # every native script really is in the corpus
        assert any(ord(start) <= ord(c) < ord(start) + 128 for c in text), name
    assert "\x1c" in text and "\\u00" in text and "=?UTF-8?Q?" in text  # NCPDP separators, escapes


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a quarter of the name words may be in the engine's name lists
    (measured when written: 22 of 332, 7%; the native-script ones are in none)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 300
    assert len(inside) <= 0.25 * len(words), sorted(inside)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    towns, streets = _towns(), _streets()
    overlap = engine_overlap(people_name_words(people.NAMES), towns | streets)
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_seven_probes() -> None:
    """No template kind, name word, town or street of probes 1-7 is reused."""
    towns, streets = _towns(), _streets()
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7"]
    overlap = earlier_probe_overlap(mods, kinds, people_name_words(people.NAMES), towns, streets)
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated national and US identifiers are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(8)
    for _ in range(200):
        born = date(1921, 1, 1) + timedelta(days=rng.randrange(365 * 78))
        female = rng.random() < 0.5
        c = ids.cpr(rng, born, female)
        assert ids.cpr_valid(c) and c.startswith(f"{born:%d%m%y}") and (int(c[-1]) % 2 == 0) == female
        j = ids.jmbg(rng, born, female, [71, 45])
        assert ids.jmbg_valid(j) and (int(j[9:12]) >= 500) == female
        assert ids.cn_id_valid(ids.cn_id(rng, born, female, "653101"))
        assert ids.verhoeff_valid(ids.aadhaar(rng))
        assert (
            ids.npi_valid(ids.npi(rng)) and ids.dea_valid(ids.dea(rng, "K")) and ids.vin_valid(ids.vin(rng))
        )
        assert ids.aba_valid(ids.aba(rng)) and ids.imei_valid(ids.imei(rng))
        assert ids.gtin_valid(ids.udi(rng)[4:18])
        assert ids.omang(rng, female)[4] == ("2" if female else "1")
        assert not ids.ssn(rng).startswith(("000", "666", "9"))
    # published example values, so the validators themselves are checked
    assert ids.cpr_valid("070761-4285") and not ids.cpr_valid("070761-4286")
    assert ids.cn_id_valid("11010519491231002X") and not ids.cn_id_valid("110105194912310021")
    assert ids.npi_valid("1234567893") and ids.dea_valid("AB1234563") and ids.vin_valid("1M8GDM9AXKP042788")
    assert ids.aba_valid("011000015") and ids.imei_valid("490154203237518")
    assert ids.gtin_valid("00012345600012") and ids.verhoeff_valid("2363")
    for d in make_corpus(1):  # the identifiers in the corpus itself
        for type_, value in d.phi:
            if type_ == "ID" and re.fullmatch(r"\d{6}-\d{4}", value):
                assert ids.cpr_valid(value), value
            if type_ == "ID" and re.fullmatch(r"\d{17}[\dX]", value):
                assert ids.cn_id_valid(value), value
            if type_ == "ID" and re.fullmatch(r"\d{13}", value) and d.loc in ("sr_nat", "mk_nat"):
                assert ids.jmbg_valid(value), value


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
        min_phi=700,
        min_keep=250,
        clean=CLEAN,
    )
