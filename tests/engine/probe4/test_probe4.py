"""Regression guard for the fourth generalisation probe: rates may only get better than when it was written.

First measurement (engine as of 2026-11-26, before any fix prompted by this probe), corpus as committed:

    seed  leaked            whole + partial   over-masking
    1     8.58% (61/711)    10.13%            2.62% (8/305)
    2     8.58% (61/711)     9.70%            2.62% (8/305)
    3     8.45% (60/710)     9.44%            2.95% (9/305)

(The very first run, before two label fixes that do not depend on the engine -- an age of exactly 90 is
allowed to read "90 or older", and three name words shared with earlier probes were replaced -- gave
8.72% / 10.27% / 2.62% on seed 1.) Names none of whose words are in the engine's Faker-derived lexicon
leaked 37/127 on seed 1; names fully in it 0/9.

Ceilings are the seed-1 rates rounded up to the next whole percent plus one point; lower them as the
engine improves. The corpus's soundness (labels, check digits, reproducibility) and its independence
from the engine's word lists and from the first three probes are checked too, so a broken or recycled
corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    in_engine_lexicon,
    name_words,
    people_name_words,
)
from tests.engine.probe4 import ids, people
from tests.engine.probe4.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe4.run_probe import run

LEAK_CEILING = 0.02  # measured 0.70% (5/711) on seed 1 (8.58% when the probe was written)
STRICT_CEILING = 0.025  # whole + partial: measured 1.13% (10.13% when written)
OVERMASK_CEILING = 0.02  # measured 0.66% (2/305; 2.62% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "DATE",
    "MRN",
    "SSN",
    "PHONE",
    "FAX",
    "EMAIL",
    "ACCOUNT",
    "LICENSE",
    "HEALTH_PLAN",
    "DEVICE",
    "VEHICLE",
    "ID",
    "IP",
    "URL",
    "CREDENTIAL",
}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) >= 60
    assert sum(len(d.phi) for d in docs) >= 500 and sum(len(d.keep) for d in docs) >= 250
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {
        "hl7_oru",
        "x12_837",
        "ipynb_output",
        "slack_export",
        "pg_log",
        "nl_ontslagbericht",
        "ru_napravlenie",
        "he_michtav",
        "ar_native_report",
        "hi_parcha",
        "gr_vevaiosi",
        "br_atestado",
    } <= kinds
    assert {d.format for d in docs} == {"text", "json", "ndjson"}


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at least half of the name words must be unknown to the engine's word lists
    (measured: 35 of 203 are in them, 17%)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 150
    assert len(inside) <= len(words) // 2, sorted(inside)


def test_corpus_shares_nothing_with_the_first_three_probes() -> None:
    """No template kind, name word or town of probes 1-3 is reused."""
    from tests.engine.probe import corpus as c1
    from tests.engine.probe import people as p1
    from tests.engine.probe2 import corpus as c2
    from tests.engine.probe2 import people as p2
    from tests.engine.probe3 import corpus as c3
    from tests.engine.probe3 import people as p3

    old_kinds = {k for k, *_ in c1.TEMPLATES} | {k for k, *_ in c2.TEMPLATES} | {k for k, *_ in c3.TEMPLATES}
    old_names = name_words(
        [n for f, m, fam in p1.NAMES.values() for n in f + m + fam]
        + [
            n
            for f, m, fam in p2.NAMES.values()
            for n in f + m + [x for y in fam for x in ([y] if isinstance(y, str) else y)]
        ]
        + [n for f, m, fam, _ in p3.NAMES.values() for n in f + m + fam]
    )
    old_towns = {t[1].split(",")[0] for v in p1.PLACES.values() for t in v[1]}
    old_towns |= {t[1].split(",")[0] for v in p2.PLACES.values() for t in v[1]} | {t[0] for t in p3.US_TOWNS}
    new_towns = {t for v in people.PLACES.values() for t, _, _ in v[1]}
    assert not ({k for k, *_ in TEMPLATES} & old_kinds)
    ours = people_name_words(people.NAMES)
    assert not (ours & old_names), ours & old_names
    assert not (new_towns & old_towns), new_towns & old_towns


def test_identifiers_carry_valid_check_digits() -> None:
    """National and US identifiers are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(4)
    for _ in range(60):
        p = people.person(rng, rng.choice(sorted(people.NAMES)))
        value = {k: str(v.value) for k, v in p.items() if hasattr(v, "value")}
        assert ids.bsn_ok(value["bsn"]) and ids.pesel_ok(value["pesel"]) and ids.cpf_ok(value["cpf"])
        assert ids.tckn_ok(value["tckn"]) and ids.snils_ok(value["snils"]) and ids.tz_ok(value["tz"])
        assert (
            ids.luhn_ok(value["amka"]) and ids.luhn_ok(value["saudi_id"]) and ids.aadhaar_ok(value["aadhaar"])
        )
        assert ids.npi_ok(value["npi"]) and ids.dea_ok(value["dea"]) and ids.vin_ok(value["vin"])
        assert re.fullmatch(
            r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
            r"[AC-HJKMNP-RT-Y]{2}\d\d",
            value["mbi"],
        )
    # a known-good value of each scheme, so the validators themselves are checked
    assert ids.bsn_ok("111222333") and ids.cpf_ok("529.982.247-25") and ids.tckn_ok("10000000146")
    assert ids.pesel_ok("44051401359") and ids.snils_ok("112-233-445 95") and ids.npi_ok("1234567893")
    assert ids.vin_ok("1M8GDM9AXKP042788") and ids.tz_ok("000000018") and ids.dea_ok("AB1234563")
    assert ids.verhoeff_valid("2363") and ids.aadhaar_ok("2341 2341 2346")  # Verhoeff: 236 -> check 3


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, and no leak in the types that had none when the probe was written."""
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=500,
        min_keep=250,
        clean=CLEAN,
    )
