"""Regression guard for the sixteenth generalisation probe (health systems outside the US and the ops
tooling of their dev teams): rates may only get better than when it was written.

First and only measurement (engine as of the working tree shared with the lead, after a day of engine
changes, before any fix prompted by this probe; measured once, as soon as the corpus was complete), 36
documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial   over-masking
    1     11.85% (50/422)    12.56%            6.45% (8/124)
    2     11.43% (48/420)    12.62%            6.45% (8/124)
    3     12.56% (53/422)    13.03%            6.45% (8/124)

Seed 1 by type: NAME 35/88, ZIP 9/34, ADDRESS 3/60, MRN 3/28; none in DATE (86), PHONE (60), ID (20),
HEALTH_PLAN (14), EMAIL (14), IP (10), AGE (4), ACCOUNT (2), CREDENTIAL (2). Leaks on seeds 2 and 3:
NAME 34 and 34, ZIP 7 and 7, MRN 5 and 6, ADDRESS 2 and 6; still none in the other types.
Worst kinds (seed 1): the Google Sheets values.get response (16 of 40: bare cell strings with no key --
single family and given names "Mgquba", "Nomvuzo", 7-digit MRNs "2927580", 4-5 digit postcodes
"5099", "10106"; all seeds), the Kibana Discover CSV export (whole names in the "labels.patient_name"
column, "Bacani, Jennylyn" inverted, a bare 7-digit MRN), the New Zealand NHI letter ("Re: Hineāmaru
Paewai   NHI: ..." and the town and 4-digit postcode after a masked street: "[ADDRESS], Kaiwhare Bay
0183"; all seeds), the Nigerian NHIA claim form (the enrolee's name after "Enrolee:" and again upper
case after "thumbprint/signature:"; the NHIA number's state code "KDS/" kept), the Irish GP letter
("Re: Antaine Ó Gairbhí, DOB", the Eircode "F12 H5X4", the street "20 Ard na Gaoithe", "Gleann na" of
the town), the Alertmanager webhook ("PID Paewai, Tūmanako" inverted in an annotation; a bare Eircode
after "postcode"), the My Health Record summary ("Individual: Marrpalawuy Ganambarr"; all seeds), the
Kenyan referral (a relative "(Wacuka Wachiuri, daughter)"; all seeds), PagerDuty notes (town and
postcode after a masked street, "and Ōruapaka 3880"), the Salesforce person account (the relative under
"Emergency_Contact_Name__c", a 7-digit MRN under "HealthCloudGA__MedicalRecordNumber__c") and the
Datadog RUM event (the patient's whole name under "usr.name"). Nothing leaks from
the NHS 111 message, the NHS EDS (age 91+ masked), the OHIP note, the Loki logfmt lines, the Elastic APM
NDJSON or the Airtable curl + JSON (bearer token masked). Over-masking (seed 1): GP practice "Valley
Brook Surgery", the hospitals "Gove District Hospital" and "Chris Hani Baragwanath", the interpreter
language "Djambarrpuyŋu", the Irish practice "Ionad Sláinte an Chladaigh", the country "New Zealand"
in Salesforce's PersonMailingCountry; seeds 2-3 add "Jaramogi Oginga Odinga Teaching and Referral
Hospital". Not scored: a relative's Kenyan mobile masked as "[ID]" and an SA ID number masked as
"[ACCOUNT]" (masked, wrong label).

After the general rules it prompted the same day (pinned with values of our own: a header row first in
a JSON rows list (Google Sheets' values); Salesforce field names (Namespace__Field__c); proxy, dependant
and emergency-contact keys; Kibana/Elastic CSV headers ("@timestamp", dotted names); a letter's "Re:" line;
"PID Family, Given, DOB"; a relative inside the brackets before the relation; Eircodes; "Enrolee:" and
"Individual:" labels; a UK GP "Surgery" is an organisation), seeds 1/2/3 measured 2.37% / 2.62% / 3.32%
leaked (whole + partial 3.08% / 3.81% / 3.79%), over-masking 5.65% / 4.84% / 6.45%. Still leaking: a town
and 4-digit postcode after "and" or a masked street in NZ text, Irish-language street names, a bare MRN
in a Kibana cell without a matching header word.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. The corpus's soundness (labels, check digits, reproducibility) and its independence from the
engine's word lists and source and from probes 1-15 are checked too, so a broken or recycled corpus
cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    engine_overlap,
    in_engine_lexicon,
    people_name_words,
)
from tests.engine.probe16 import ids, people
from tests.engine.probe16.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe16.run_probe import crashes, run

LEAK_CEILING = 0.04  # 2.37% (10/422) on seed 1 after the fixes (11.85% when written)
STRICT_CEILING = 0.05  # whole + partial: 3.08% (12.56% when written)
OVERMASK_CEILING = 0.07  # 5.65% (7/124) after the fixes (6.45% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"DATE", "PHONE", "ID", "HEALTH_PLAN", "EMAIL", "IP", "AGE", "ACCOUNT", "CREDENTIAL"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# identifier shapes the corpus writes and the validator each must pass
SHAPES: dict[str, tuple[str, str, Callable[[str], bool]]] = {
    "nhs": ("ID", r"\d{3} \d{3} \d{4}", ids.nhs_valid),
    "ihi": ("ID", r"8003 60\d\d \d{4} \d{4}", ids.luhn_valid),
    "za_id": ("ID", r"\d{13}", ids.luhn_valid),
    "nhi": ("ID", r"[A-Z]{3}\d{4}", ids.nhi_valid),
    "ppsn": ("ID", r"\d{7}[A-W]A?", ids.ppsn_valid),
    "medicare_au": ("HEALTH_PLAN", r"\d{4} \d{5} \d", ids.medicare_au_valid),
    "ohip": ("HEALTH_PLAN", r"\d{4} \d{3} \d{3} [A-Z]{2}", ids.luhn_valid),
}


def _towns() -> set[str]:
    return {str(t[0]) for r in people.PLACES.values() for t in r["towns"]}  # type: ignore[attr-defined]


def _streets() -> set[str]:
    return {str(s) for r in people.PLACES.values() for s in r["streets"]}  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    assert sum(len(d.phi) for d in docs) >= 400 and sum(len(d.keep) for d in docs) >= 110
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(5 <= p <= 22 and 1 <= k <= 9 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "IP", "CREDENTIAL"}
    text = "".join(d.content for d in docs)
    for marker in ("NHS 111 POST EVENT MESSAGE", "My Health Record", "OHIP", "MOH 100", "NHIA No", "PPSN"):
        assert marker in text, marker
    assert '"resultType": "streams"' in text and '"majorDimension": "ROWS"' in text and '"usr": {' in text
    # each country's postcode shape
    assert re.search(r"\b[A-Z]{1,2}\d{1,2} \d[A-Z]{2}\b", text)  # UK outward + inward
    assert re.search(r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b", text)  # Canada
    assert re.search(r"\b[A-Z]\d[0-9W] [ACDEFHKNPRTVWXY][0-9ACDEFHKNPRTVWXY]{3}\b", text)  # Eircode
    assert re.search(r"P\.O\. Box \d+-\d{5}\b", text)  # Kenya


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a tenth of the name words may be in the engine's name lists
    (measured when written: 6 of 234, all Irish surnames' unlenited male forms)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 200
    assert len(inside) <= 0.1 * len(words), sorted(inside)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    overlap = engine_overlap(people_name_words(people.NAMES), _towns() | _streets())
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_fifteen_probes() -> None:
    """No template kind, name word, town or street of probes 1-15 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 16))]
    overlap = earlier_probe_overlap(mods, kinds, people_name_words(people.NAMES), _towns(), _streets())
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid and encode what they should, so a checksum-aware detector is
    probed fairly."""
    rng = random.Random(16)
    for _ in range(200):
        born = date(1942, 1, 1) + timedelta(days=rng.randrange(365 * 62))
        female = rng.random() < 0.5
        z = ids.za_id(rng, born, female)
        assert ids.luhn_valid(z) and z[:6] == f"{born:%y%m%d}" and (int(z[6]) < 5) == female
        assert ids.medicare_au_valid(ids.medicare_au(rng)) and ids.luhn_valid(ids.ihi(rng))
        assert ids.luhn_valid(ids.ohip_vc(rng)) and ids.nhi_valid(ids.nhi(rng))
        assert ids.ppsn_valid(ids.ppsn(rng)) and ids.nhs_valid(ids.nhs(rng))
    # published example values, so the validators themselves are checked
    assert ids.nhs_valid("943 476 5919") and not ids.nhs_valid("943 476 5918")
    assert ids.ppsn_valid("1234567T") and not ids.ppsn_valid("1234567A")
    assert ids.nhi_valid("ZAC5361") and not ids.nhi_valid("ZAC5362")
    assert ids.medicare_au_valid("2123 45670 1") and not ids.medicare_au_valid("2123 45671 1")
    assert ids.luhn_valid("8001015009087") and not ids.luhn_valid("8001015009088")  # SA ID example
    seen: set[str] = set()
    for seed in (1, 2, 3):  # the identifiers in the corpus itself
        for d in make_corpus(seed):
            for type_, value in d.phi:
                for shape, (want, pattern, valid) in SHAPES.items():
                    if type_ == want and re.fullmatch(pattern, value):
                        assert valid(value), (d.id, shape, value)
                        seen.add(shape)
                        break
    assert seen == set(SHAPES), seen


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
        min_phi=400,
        min_keep=110,
        clean=CLEAN,
    )
