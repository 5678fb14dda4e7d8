"""Regression guard for the sixth generalisation probe: rates may only get better than when it was written.

First measurement (engine as of 2026-11-26 07:30 UTC, working tree shared with the lead; before any fix
prompted by this probe), 64 documents per seed of which 2 crash the engine (below) and 62 are scored:

    seed  leaked              whole + partial   over-masking
    1     26.37% (168/637)    26.69%            4.96% (12/242)
    2     23.58% (150/636)    24.69%            5.81% (14/241)
    3     25.16% (161/640)    26.09%            6.20% (15/242)

(The very first seed-1 run had a template bug -- 26 `‹«slot»›` keep fields rendered as literal slot
names -- and scored 2.48% (6/242) over-masking with the same leak rates; the table is after that fix.)
Seed 1 by type: NAME 54/129, ADDRESS 52/125, DATE 43/111, ZIP 13/52, AGE 4/8, PHONE 2/92; none in MRN,
SSN, EMAIL, HEALTH_PLAN, URL, ID, ACCOUNT, LICENSE, VEHICLE, IP, DEVICE, CREDENTIAL. Worst kinds: the
native-script Khmer, Mongolian Cyrillic, Sinhala and Gujarati documents (14 leaks each, of 18-20), the
Lithuanian CSV, Maltese and Malagasy letters.

Engine crash: both `llm_prompt_sheet` documents (a Markdown table pasted in an LLM request, followed by
a line without pipes) raised ValueError in phigate.engine.tabular._delimited instead of masking or
refusing. Fixed the same day; with them scored, seed 1 measured 25.42% (168/661) leaked, 5.60% (14/250)
over-masked before any other fix. `test_engine_does_not_crash` now requires no crash on seeds 1-3.

Ceilings are the first seed-1 rates rounded up to the next whole percent plus one point; lower them as
the engine improves. The corpus's soundness (labels, check digits, reproducibility) and its independence
from the engine's word lists and from probes 1-5 are checked too, so a broken or recycled corpus cannot
pass as a good engine.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from tests.engine.probe.checkdigits import verhoeff_valid
from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    in_engine_lexicon,
    name_words,
    people_name_words,
    strings_in,
)
from tests.engine.probe6 import ids, people
from tests.engine.probe6.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe6.run_probe import crashes, run

LEAK_CEILING = 0.06  # measured 4.69% (31/661) on seed 1 (26.37% of 637 when the probe was written)
STRICT_CEILING = 0.075  # whole + partial: measured 6.05% (26.69% when written)
OVERMASK_CEILING = 0.06  # measured 4.96% (12/242)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "MRN",
    "SSN",
    "EMAIL",
    "HEALTH_PLAN",
    "URL",
    "ID",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "IP",
    "DEVICE",
    "CREDENTIAL",
}
KNOWN_CRASHES: set[str] = set()  # none since the Markdown-table fix


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) >= 60
    assert sum(len(d.phi) for d in docs) >= 600 and sum(len(d.keep) for d in docs) >= 240
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert not [d.id for d in docs if "«" in d.content or "‹" in d.content]  # every slot was filled
    kinds = {d.kind for d in docs}
    assert {"km_nat_referral", "mn_nat_lavlagaa", "si_nat_discharge", "gu_nat_opd", "is_csv_export"} <= kinds
    assert {"lt_csv_export", "go_struct_debug", "rust_debug", "win_event_log", "printer_spool"} <= kinds
    assert {d.format for d in docs} == {"text", "json"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN"}
    assert types >= {"ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID", "CREDENTIAL"}


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at least 60% of the name words must be unknown to the engine's name lists
    (measured when written: 98 of 389 are in them, 25%)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 300
    assert len(inside) <= 0.4 * len(words), sorted(inside)


def test_corpus_shares_nothing_with_the_first_five_probes() -> None:
    """No template kind, name word, town or street of probes 1-5 is reused."""
    from tests.engine.probe import corpus as c1
    from tests.engine.probe import people as p1
    from tests.engine.probe2 import corpus as c2
    from tests.engine.probe2 import people as p2
    from tests.engine.probe3 import corpus as c3
    from tests.engine.probe3 import people as p3
    from tests.engine.probe4 import corpus as c4
    from tests.engine.probe4 import people as p4
    from tests.engine.probe5 import corpus as c5
    from tests.engine.probe5 import people as p5

    old_kinds = {t[0] for c in (c1, c2, c3, c4, c5) for t in c.TEMPLATES}
    old_names = name_words([s for p in (p1, p2, p3, p4, p5) for s in strings_in(p.NAMES) if len(s) > 1])
    old_places = {
        s
        for p in (p1, p2, p3, p4, p5)
        for attr in ("PLACES", "US_TOWNS")
        for s in strings_in(getattr(p, attr, {}))
    }
    towns = {t for v in people.PLACES.values() for t, _, _ in v[0]}
    streets = {s for v in people.PLACES.values() for s in v[1]}
    assert not ({t[0] for t in TEMPLATES} & old_kinds)
    ours = people_name_words(people.NAMES)
    assert not (ours & old_names), sorted(ours & old_names)
    assert not {t for t in towns if any(t == s or t in s.split(", ") for s in old_places)}
    assert not {s for s in streets if any(s in o for o in old_places)}


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated national and US identifiers are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(6)
    for _ in range(200):
        born = date(1921, 1, 1) + timedelta(days=rng.randrange(365 * 100))
        female = rng.random() < 0.5
        assert ids.kennitala_valid(ids.kennitala(rng, born))
        assert ids.asmens_kodas_valid(ids.asmens_kodas(rng, born, female))
        assert ids.personas_kods_valid(ids.personas_kods(rng, born))
        assert ids.oib_valid(ids.oib(rng)) and ids.emso_valid(ids.emso(rng, born, female))
        assert ids.iin_valid(ids.iin(rng, born, female)) and verhoeff_valid(ids.aadhaar(rng))
        assert ids.npi_valid(ids.npi(rng)) and ids.dea_valid(ids.dea(rng, "Kowal"))
        assert ids.vin_valid(ids.vin(rng)) and ids.iban_valid(ids.iban(rng, "LT", "7300010123456789"))
        assert re.fullmatch(
            r"[A-W]\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])\d{5}[A-W]", ids.al_nid(rng, born, female)
        )
        assert not ids.ssn(rng).startswith(("000", "666", "9"))
    # published example values, so the validators themselves are checked
    assert ids.kennitala_valid("120174-3399") and ids.asmens_kodas_valid("33309240064")
    assert ids.oib_valid("69435151530") and ids.emso_valid("0101006500006") and verhoeff_valid("2363")
    assert ids.npi_valid("1234567893") and ids.dea_valid("AB1234563") and ids.vin_valid("1M8GDM9AXKP042788")
    assert ids.iban_valid("LT12 1000 0111 0100 1000") and ids.iban_valid("HR12 1001 0051 8630 0016 0")
    assert not ids.kennitala_valid("120174-3389") and not ids.oib_valid("69435151531")
    assert not ids.emso_valid("0101006500007") and not verhoeff_valid("2364")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    """Every document is masked or refused with EngineError; none raises anything else (the crash this
    probe found is fixed: a Markdown table ended by a line without pipes)."""
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
