"""Regression guard for the second generalisation probe: rates may only get better than when it was written.

Ceilings are the rates measured when the probe was added (seed 1), rounded up to the next whole percent
plus one point; lower them as the engine improves. The corpus's own soundness (labels, check digits,
reproducibility) is checked too, so a broken corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse
from tests.engine.probe2 import ids
from tests.engine.probe2.corpus import make_corpus, problems
from tests.engine.probe2.run_probe import run

LEAK_CEILING = 0.035  # measured 2.18% (13/597) on seed 1 (22.78% when the probe was written)
STRICT_CEILING = 0.045  # whole + partial: measured 3.18% (25.13% when written)
OVERMASK_CEILING = 0.035  # measured 2.05% (6/293; 3.75% when written)


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) >= 50
    assert [p for d in docs for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {"sbar_handover", "greek_letter", "jupyter_dataframe", "ics_invite", "curl_query"} <= kinds


def test_corpus_shares_nothing_with_the_first_probe() -> None:
    """Probe 2 must measure generalisation: no template kind or locale of the first probe is reused."""
    from tests.engine.probe import corpus as first

    first_kinds = {k for k, *_ in first.TEMPLATES}
    # US and Vietnamese recur in new formats; probe 1 had Vietnamese names only inside English text
    first_locs = {loc for _, locs, *_ in first.TEMPLATES for loc in locs} - {"us", "vi"}
    docs = make_corpus(1)
    assert not ({d.kind for d in docs} & first_kinds)
    assert not ({d.loc for d in docs} & first_locs)


def test_identifiers_carry_valid_check_digits() -> None:
    """Independent re-checks: a checksum-aware detector must be probed with valid numbers."""
    rng = random.Random(11)
    for _ in range(40):
        dob = date(rng.randint(1930, 2010), rng.randint(1, 12), rng.randint(1, 28))
        female = rng.random() < 0.5
        assert ids.luhn_ok(ids.personnummer(rng, dob).replace("-", ""))
        h = ids.hetu(rng, dob)
        assert ids.HETU_CHECK[int(h[:6] + h[7:10]) % 31] == h[10]
        f = [int(c) for c in ids.fodselsnummer(rng, dob)]
        assert sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2, 1], f[:10], strict=True)) % 11 == 0
        assert sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1], f, strict=True)) % 11 == 0
        assert int(ids.rodne_cislo(rng, dob, female).replace("/", "")) % 11 == 0
        t = ids.taj(rng).replace(" ", "")
        assert sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(t[:8])) % 10 == int(t[8])
        c = ids.cnp(rng, dob, female)
        s = sum(int(a) * int(b) for a, b in zip(c[:12], "279146358279", strict=True)) % 11
        assert (1 if s == 10 else s) == int(c[12])
        assert ids.luhn_ok(ids.amka(rng, dob)) and ids.luhn_ok(ids.teudat_zehut(rng))
        assert ids.luhn_ok(ids.sa_id(rng, dob, female))
        th = ids.thai_id(rng).replace("-", "")
        assert (11 - sum(int(x) * (13 - i) for i, x in enumerate(th[:12])) % 11) % 10 == int(th[12])
        k = ids.tc_kimlik(rng)
        d = [int(x) for x in k]
        assert d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        assert d[10] == sum(d[:10]) % 10
        p = ids.ppsn(rng)
        assert "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(x) * (8 - i) for i, x in enumerate(p[:7])) % 23] == p[7]
        assert ids.luhn_ok("80840" + ids.npi(rng))


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, and no leak in the types that had none when the probe was written."""
    assert_not_worse(
        result, leak=LEAK_CEILING, strict=STRICT_CEILING, overmask=OVERMASK_CEILING,
        min_phi=550, min_keep=250,
        clean={"PHONE", "EMAIL", "ID", "HEALTH_PLAN", "ACCOUNT", "IP", "URL", "DEVICE", "AGE"},
    )
