"""Regression guard for the thirteenth generalisation probe: rates may only get better than when written.

First measurement (engine as of the working tree shared with the lead, before any fix prompted by this
probe; measured once, as soon as the corpus was complete), 52 documents in 26 kinds per seed, none
crashes the engine, none refused:

    seed  leaked             whole + partial   over-masking
    1     10.18% (58/570)    11.93%            3.88% (8/206)
    2     10.16% (58/571)    11.03%            5.34% (11/206)
    3     10.66% (61/572)    11.54%            4.37% (9/206)

Seed 1 by type: NAME 26/154, ADDRESS 18/90, ZIP 6/40, DATE 4/102, MRN 2/50, CREDENTIAL 2/4; none in
PHONE (66), HEALTH_PLAN (20), LICENSE (14, NPI and DEA), ID (8), EMAIL, SSN, ACCOUNT, DEVICE, AGE, IP
(partly masked: an "ACCT-" account prefix; the last word of towns such as "Kessler Bend", "Alvarado
Slough", "Juniper Tank"; "Upper", "Rear" and "Lot 125" after a masked street). Worst kinds (seed 1):
the Snowflake SQL API result (12 of 28: positional rows with the column names only in rowType, so
"Family, Given", the town, the ZIP and a "9-630-827" MRN all survive), Python logging next to structlog
JSON (a "dependent" name in a JSON line, an upper-case "RR 1 BOX 1874, LOBLOLLY GAP" in a USPS
warning), the Jest snapshot ("FAMILY, GIVEN" alone inside an <h2>, the nickname after "Preferred:", the
town on its own line), Datadog/CloudWatch events ("referral accepted for Family, Given at ..." and a
bare seven-digit MRN in usr.id). Elsewhere: an upper-case "FAMILY, GIVEN" heading an ED note; the
surname of a relative after "HCPOA:" in a hospitalist note and its "confirmed w pt and <name> 9/7" date;
a nickname after "AKA/preferred:", "(prefers ...)", "hey its ... again"; an emergency contact in a Rails
`pluck(:name, :phone)` result; a capitalised "GIVEN FAMILY" pasted into an Anthropic Messages request;
a bare town after "in" ("was at church in Red Mesa Junction", "lives about 20 min away in Coralbloom")
or after a masked street; a ZIP after a town with no comma; a Go `time.Date(1992, time.September, 22`
birth date; a database password in a Slack message. Nothing leaks from the CT report, PT evaluation,
home-health visit, prior-auth letter, claim appeal, SQLAlchemy echo, git diff of fixtures, dbt seed
CSV, Spark show() table or MCP tools/call result. Over-masking: lab values read as a name or address
("Na 126" -> "[NAME] 126", "Cr 2.31, Hgb 6.8. ECG ST" -> "Cr 2.[ADDRESS]"), the triage protocol
"Schmitt-Thompson", ticket keys (EHR-3390) and a release tag "release-2025.07.1" (cut to its year); on
seeds 2-3 also "Med-Surg 4 West", "Berg 38/56" and "Hennepin County Medical Center". Unscored but
seen: log lines' own timestamps cut to the year, a Jest className masked as [SSN].

After the general rules it prompted the same day (pinned with values of our own in
tests/engine/test_generalisation_rules.py: towns ending in a place word (Station, Gap, Junction...) before
", <state>"; "lives ... in", "go home to" and "at church in" places; Upper/Rear/Lot after a street suffix; a
town and postcode after a street with no comma; no street out of lab decimals; "FAMILY, GIVEN" in capitals
opening a line or element; a name before age and sex ("23M"); AKA/preferred/prefers; dependent and
subscriber keys; a name before a list's phone; a password in prose; Go's time.Date; Snowflake's rowType;
"Family, Given" after "for"), seeds 1/2/3 measured 1.93% / 1.58% / 2.10% leaked (whole + partial 2.11% /
1.58% / 2.10%), over-masking 2.91% / 5.34% / 3.40%. Still leaking: a relative's name after a masked given
name with no cue, nicknames in a Jest snapshot's list items, "its <nickname> again", "RR 1 BOX n" rural
routes, a bare M/D after a name, a Datadog usr.id.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the
engine improves. The corpus's soundness (labels, check digits, reproducibility) and its independence
from the engine's word lists and source and from probes 1-12 are checked too, so a broken or recycled
corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    engine_overlap,
    in_engine_lexicon,
    name_words,
    people_name_words,
)
from tests.engine.probe13 import ids, people
from tests.engine.probe13.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe13.run_probe import crashes, run

LEAK_CEILING = 0.03  # 1.93% (11/570) on seed 1 after the fixes (10.18% when written)
STRICT_CEILING = 0.04  # whole + partial: 2.11% (11.93% when written)
OVERMASK_CEILING = 0.04  # 2.91% (6/206) after the fixes (3.88% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"PHONE", "HEALTH_PLAN", "LICENSE", "ID", "EMAIL", "SSN", "ACCOUNT", "DEVICE", "AGE", "IP"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# the checked identifiers: label type, validator, and a value shape that picks them out
CHECKED: list[tuple[str, Callable[[str], bool], str]] = [
    ("LICENSE", ids.npi_valid, r"\d{10}"),
    ("LICENSE", ids.dea_valid, r"[A-Z]{2}\d{7}"),
    ("HEALTH_PLAN", ids.mbi_valid, r"[1-9][A-Z][A-Z\d]\d-?[A-Z][A-Z\d]\d-?[A-Z]{2}\d\d"),
    ("SSN", ids.ssn_valid, r"\d{3}-\d{2}-\d{4}"),
]


def _words() -> set[str]:
    """Every name word: given, family and nickname lists."""
    return people_name_words(people.NAMES) | name_words([n for v in people.NAMES.values() for n in v[4]])


def _towns() -> set[str]:
    return {t for r in people.PLACES.values() for t, _ in r[2]}


def _streets() -> set[str]:
    return {s for r in people.PLACES.values() for s in r[3]}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 52 and len({d.kind for d in docs}) == 26
    assert sum(len(d.phi) for d in docs) >= 520 and sum(len(d.keep) for d in docs) >= 190
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(7 <= p <= 18 and 1 <= k <= 9 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    assert len({d.loc for d in docs}) == len(people.NAMES)  # every culture is drawn
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ID"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "IP", "CREDENTIAL", "LICENSE", "DEVICE"}
    text = "".join(d.content for d in docs)
    assert "exports[`" in text and "--- FAIL: TestNormalizeDemographics" in text and "irb(main):001>" in text
    assert '"resultSetMetaData"' in text and '"jsonrpc": "2.0"' in text and "sqlalchemy.engine.Engine" in text
    assert re.search(r"\b(?:RR|HC) \d Box \d+", text) or re.search(r"\bPO Box \d+", text)
    assert re.search(r"\bhey its [A-Z][a-z]+ again", text)  # a patient writing informally
    assert re.search(r"[A-Z][a-z]+'[A-Z][a-z]+", text)  # an apostrophe name


def test_names_are_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a tenth of the name words may be in the engine's name lists
    (measured when written: 1 of 324), so names must be found by context, not looked up."""
    words = _words()
    inside = in_engine_lexicon(words)
    assert len(words) >= 300
    assert len(inside) <= 0.1 * len(words), sorted(inside)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    overlap = engine_overlap(_words(), _towns() | _streets())
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_twelve_probes() -> None:
    """No template kind, name word, town or street of probes 1-12 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 13))]
    overlap = earlier_probe_overlap(mods, kinds, _words(), _towns(), _streets())
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(13)
    for _ in range(200):
        assert ids.npi_valid(ids.npi(rng)) and ids.dea_valid(ids.dea(rng, "Kwok"))
        assert ids.mbi_valid(ids.mbi(rng)) and ids.mbi_valid(ids.mbi(rng, dashed=True))
        assert ids.ssn_valid(ids.ssn(rng))
    # published example values, so the validators themselves are checked
    assert ids.npi_valid("1234567893") and not ids.npi_valid("1234567890")
    assert ids.dea_valid("AB1234563") and not ids.dea_valid("AB1234564")
    assert ids.mbi_valid("1EG4-TE5-MK73") and not ids.mbi_valid("1EG4-TS5-MK73")  # S is never used
    assert not ids.ssn_valid("666-12-3456") and not ids.ssn_valid("123-00-4567")
    seen: set[str] = set()
    for d in make_corpus(1):  # the identifiers in the corpus itself
        for type_, value in d.phi:
            for want, valid, shape in CHECKED:
                if type_ == want and re.fullmatch(shape, value):
                    assert valid(value), (d.id, value)
                    seen.add(valid.__name__)
    assert seen == {v.__name__ for _, v, _ in CHECKED}


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
        min_phi=520,
        min_keep=190,
        clean=CLEAN,
    )
