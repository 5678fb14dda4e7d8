"""Regression guard for the generalisation probe: rates may only get better than when it was written.

Ceilings are the rates measured when the probe was added, rounded up to the next 5 points; lower
them as the engine improves. The probe's own soundness (labels, check digits, reproducibility) is
checked too, so a broken corpus cannot pass as a good engine.
"""

from __future__ import annotations

import re

import pytest

from tests.engine.probe import ids
from tests.engine.probe.corpus import make_corpus, problems
from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, run

LEAK_CEILING = 0.035  # measured 2.04% (14/686) on seed 1 (8.89% before the fixes this probe prompted)
STRICT_CEILING = 0.05  # whole + partial: measured 3.21% (11.08% before)
OVERMASK_CEILING = 0.05  # measured 3.31% (10/302; 18.87% before)


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) >= 60
    assert [p for d in docs for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {"arztbrief", "compte_rendu", "graphql_response", "ndjson_export", "sms_swahili"} <= kinds


def _iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_identifiers_carry_valid_check_digits() -> None:
    """Independent validators: a checksum-aware detector must be probed with valid numbers."""
    import random

    rng = random.Random(7)
    for _ in range(50):
        nhs = ids.nhs_number(rng).replace(" ", "")
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(nhs[:9])) % 11
        assert (0 if c == 11 else c) == int(nhs[9])
        b = ids.bsn(rng)
        assert (sum(int(x) * (9 - i) for i, x in enumerate(b[:8])) - int(b[8])) % 11 == 0
        for cc in ("DE", "NL", "FR", "GB", "ES", "IT", "PT"):
            assert _iban_ok(ids.iban(rng, cc))
        nir = ids.nir(rng, 1, 1960, 5).replace(" ", "")
        assert 97 - int(nir[:13]) % 97 == int(nir[13:])
        assert _luhn_ok(ids.imei(rng))
        assert _luhn_ok(ids.ontario_hcn(rng)[:12].replace("-", ""))
        d = ids.dni(rng)
        assert d[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(d[:8]) % 23]
        assert re.fullmatch(r"\d{4} \d{4} \d{4}", ids.aadhaar_like(rng))


def test_verhoeff_catches_what_it_promises() -> None:
    """The shared Verhoeff (every probe's Aadhaar and Luxembourg numbers): the published example, and on
    long numbers every single-digit error and every adjacent transposition is caught (hand-typed
    tables that were wrong past the fourth digit passed the 4-digit example alone)."""
    import random

    from tests.engine.probe.checkdigits import verhoeff_digit, verhoeff_valid

    assert verhoeff_digit("236") == "3" and verhoeff_digit("12345") == "1" and verhoeff_valid("2363")
    rng = random.Random(7)
    for _ in range(200):
        body = "".join(rng.choice("0123456789") for _ in range(11))
        good = body + verhoeff_digit(body)
        assert verhoeff_valid(good)
        for i in range(12):
            for x in "0123456789":
                if x != good[i]:
                    assert not verhoeff_valid(good[:i] + x + good[i + 1 :])
        for i in range(11):
            if good[i] != good[i + 1]:
                assert not verhoeff_valid(good[:i] + good[i + 1] + good[i] + good[i + 2 :])


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, and no leak in the types that had none when the probe was written."""
    assert_not_worse(
        result, leak=LEAK_CEILING, strict=STRICT_CEILING, overmask=OVERMASK_CEILING,
        min_phi=600, min_keep=250,
        clean={"PHONE", "EMAIL", "SSN", "MRN", "CREDENTIAL", "IP", "URL", "ACCOUNT", "HEALTH_PLAN", "DEVICE"},
    )
