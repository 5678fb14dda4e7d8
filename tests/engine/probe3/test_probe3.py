"""Regression guard for the third generalisation probe: rates may only get better than when it was written.

Ceilings are the rates measured when the probe was added (seed 1), rounded up to the next whole percent
plus one point; lower them as the engine improves. The corpus's soundness (labels, check digits,
reproducibility) and its independence from the first two probes are checked too, so a broken or
recycled corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    name_words,
)
from tests.engine.probe3 import people
from tests.engine.probe3.corpus import DRUGS, HOSPITALS, LABS, TEMPLATES, make_corpus, problems
from tests.engine.probe3.run_probe import run

LEAK_CEILING = 0.045  # measured 3.21% (19/591) on seed 1 (13.20% when the probe was written)
STRICT_CEILING = 0.055  # whole + partial: measured 4.23% (14.04% when written)
OVERMASK_CEILING = 0.10  # measured 8.45% (24/284; 12.32% when written)


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) >= 50
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {
        "github_issue",
        "psql_expanded",
        "kafka_dump",
        "hl7_adt",
        "discharge_prose",
        "tricare_letter",
    } <= kinds


def test_corpus_shares_nothing_with_the_first_two_probes() -> None:
    """Probe 3 must measure generalisation: no template kind, locale, name, town or drug is reused."""
    from tests.engine.probe import corpus as c1
    from tests.engine.probe import people as p1
    from tests.engine.probe2 import corpus as c2
    from tests.engine.probe2 import people as p2

    old_kinds = {k for k, *_ in c1.TEMPLATES} | {k for k, *_ in c2.TEMPLATES}
    old_locs = set(p1.NAMES) | set(p2.NAMES)
    old_names = name_words(
        [n for f, m, fam in p1.NAMES.values() for n in f + m + fam]
        + [
            n
            for f, m, fam in p2.NAMES.values()
            for n in f + m + [x for y in fam for x in ([y] if isinstance(y, str) else y)]
        ]
    )
    old_towns = {t[1].split(",")[0] for v in p1.PLACES.values() for t in v[1]} | {
        t[1].split(",")[0] for v in p2.PLACES.values() for t in v[1]
    }
    old_keep = {x for v in c1.DRUGS.values() for x in v} | {x for v in c2.DRUGS.values() for x in v}
    old_keep |= {x for v in c1.LABS.values() for x in v} | {x for v in c2.LABS.values() for x in v}
    old_keep |= {x for v in c1.HOSPITALS.values() for x in v} | {x for v in c2.HOSPITALS.values() for x in v}
    new_names = name_words([n for f, m, fam, _ in people.NAMES.values() for n in f + m + fam])
    new_towns = {t[0] for t in people.US_TOWNS} | {t[1] for t in people.CA_PLACES}
    new_towns |= {t[1] for t in people.MX_PLACES} | {t[1] for t in people.BR_PLACES}
    docs = make_corpus(1)
    assert not ({k for k, *_ in TEMPLATES} & old_kinds)
    assert not ({d.loc for d in docs} & old_locs)
    assert not (new_names & old_names), new_names & old_names
    assert not (new_towns & old_towns), new_towns & old_towns
    assert not (set(DRUGS + LABS + HOSPITALS) & old_keep)


def test_identifiers_carry_valid_check_digits() -> None:
    """VINs, card numbers and GS1 UDIs are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(5)
    for _ in range(40):
        assert people.vin_ok(people.vin(rng))
        p = people.person(rng, rng.choice(sorted(people.NAMES)), "us")
        card = p["card"].value  # type: ignore[union-attr]
        assert card[-1] == people.luhn_digit(card[:-1])
        udi = p["udi"].value  # type: ignore[union-attr]
        gtin = re.fullmatch(r"\(01\)(\d{14})\(17\)\d{6}\(10\)\w+\(21\)\d+", udi)
        assert gtin and gtin.group(1)[-1] == people.gs1_check(gtin.group(1)[:-1])


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, and no leak in the types that had none when the probe was written."""
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=550,
        min_keep=250,
        clean={
            "CREDENTIAL",
            "SSN",
            "EMAIL",
            "HEALTH_PLAN",
            "IP",
            "URL",
            "ACCOUNT",
            "ID",
            "VEHICLE",
            "LICENSE",
        },
    )
