"""Regression guard for the fifth generalisation probe: rates may only get better than when it was written.

First measurement (engine as of 2026-11-26, working tree shared with the lead; before any fix prompted by
this probe), 124 documents per seed:

    seed  leaked              whole + partial   over-masking
    1     10.50% (129/1229)   11.96%            5.66% (25/442)
    2     11.45% (141/1231)   12.92%            6.56% (29/442)
    3     10.56% (130/1231)   12.10%            5.88% (26/442)

Seed 1 by type: ADDRESS 52/228, NAME 39/258, ZIP 18/98, DATE 14/220, PHONE 2/183, ID 2/53, AGE 2/10;
none in MRN, SSN, EMAIL, LICENSE, HEALTH_PLAN, ACCOUNT, IP, URL, CREDENTIAL, DEVICE, VEHICLE. Worst kinds:
native-script Georgian, Tamil, Armenian and Amharic documents, the unpunctuated voice note, vCards.
After three label fixes that do not depend on the engine (a registry id's year, a webhook signature and a
patient's e-mail Message-ID are no longer keep values), the same masked output scores 4.36% (19/436)
over-masking on seed 1; leak rates are unchanged.

Ceilings are the first seed-1 rates rounded up to the next whole percent plus one point; lower them as
the engine improves. The corpus's soundness (labels, check digits, reproducibility) and its independence
from the engine's word lists and from probes 1-4 are checked too, so a broken or recycled corpus cannot
pass as a good engine.
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
    strings_in,
)
from tests.engine.probe5 import ids, people
from tests.engine.probe5.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe5.run_probe import run

LEAK_CEILING = 0.12  # measured 10.50% (129/1229) on seed 1 when the probe was written
STRICT_CEILING = 0.13  # whole + partial: measured 11.96%
OVERMASK_CEILING = 0.07  # measured 5.66% (25/442; 4.36% after the label fixes above)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "MRN",
    "SSN",
    "EMAIL",
    "LICENSE",
    "HEALTH_PLAN",
    "ACCOUNT",
    "IP",
    "URL",
    "CREDENTIAL",
    "DEVICE",
    "VEHICLE",
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
        "epic_style_json",
        "openehr_flat",
        "agent_tool_calls",
        "voice_note_nopunct",
        "ocr_referral",
        "pdf_text_extract",
        "ka_cnoba",
        "ta_discharge",
        "am_ge_ez_referral",
        "zh_menzhen",
    } <= kinds
    assert {d.format for d in docs} == {"text", "json"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN"}
    assert types >= {"ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID", "CREDENTIAL"}


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at least 60% of the name words must be unknown to the engine's name lists
    (measured when written: 119 of 380 are in them, 31%)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 300
    assert len(inside) <= 0.4 * len(words), sorted(inside)


def test_corpus_shares_nothing_with_the_first_four_probes() -> None:
    """No template kind, name word or town of probes 1-4 is reused."""
    from tests.engine.probe import corpus as c1
    from tests.engine.probe import people as p1
    from tests.engine.probe2 import corpus as c2
    from tests.engine.probe2 import people as p2
    from tests.engine.probe3 import corpus as c3
    from tests.engine.probe3 import people as p3
    from tests.engine.probe4 import corpus as c4
    from tests.engine.probe4 import people as p4

    old_kinds = {t[0] for c in (c1, c2, c3, c4) for t in c.TEMPLATES}
    old_names = name_words([s for p in (p1, p2, p3, p4) for s in strings_in(p.NAMES) if len(s) > 1])
    old_places = {
        s
        for p in (p1, p2, p3, p4)
        for attr in ("PLACES", "US_TOWNS")
        for s in strings_in(getattr(p, attr, {}))
    }
    new_towns = {t for v in people.PLACES.values() for t, _, _ in v[1]}
    assert not ({t[0] for t in TEMPLATES} & old_kinds)
    ours = people_name_words(people.NAMES)
    assert not (ours & old_names), sorted(ours & old_names)
    reused = {t for t in new_towns if any(t == s or t in s.split(", ") for s in old_places)}
    assert not reused, reused


def test_identifiers_carry_valid_check_digits() -> None:
    """National and US identifiers are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(5)
    for _ in range(60):
        p = people.person(rng, rng.choice(sorted(people.NAMES)))
        v = {k: str(s.value) for k, s in p.items() if hasattr(s, "value")}
        assert ids.hetu_valid(v["hetu"]) and ids.isikukood_valid(v["isikukood"])
        assert ids.rodne_cislo_valid(v["rodne"]) and ids.cnp_valid(v["cnp"]) and ids.taj_valid(v["taj"])
        assert ids.rrn_valid(v["rrn"]) and ids.ahv_valid(v["ahv"]) and ids.fnr_valid(v["fnr"])
        assert ids.il_id_valid(v["il_id"]) and ids.nhi_valid(v["nhi"]) and ids.ppsn_valid(v["ppsn"])
        assert ids.dni_valid(v["dni"]) and ids.th_id_valid(v["th_id"]) and ids.cn_id_valid(v["cn_id"])
        assert ids.my_number_valid(v["my_number"]) and ids.nhs_valid(v["nhs_wales"])
        assert ids.npi_valid(v["npi"]) and ids.dea_valid(v["dea"]) and ids.vin_valid(v["vin"])
        assert ids.luhn_valid(v["card"]) and ids.luhn_valid(v["imei"]) and ids.iban_valid(v["iban"])
        assert ids.udi_valid(v["udi"])
        assert re.fullmatch(
            r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
            r"[AC-HJKMNP-RT-Y]{2}\d\d",
            v["mbi"],
        )
    # published example values, so the validators themselves are checked
    assert ids.hetu_valid("131052-308T") and ids.isikukood_valid("37605030299")
    assert ids.rodne_cislo_valid("736028/5163") and ids.taj_valid("111 111 110")
    assert ids.ahv_valid("756.9217.0769.85") and ids.il_id_valid("000000018") and ids.nhi_valid("ZZZ0016")
    assert ids.ppsn_valid("1234567T") and ids.ppsn_valid("1234567FA") and ids.dni_valid("12345678Z")
    assert ids.cn_id_valid("11010519491231002X") and ids.my_number_valid("123456789018")
    assert ids.nhs_valid("943 476 5919") and ids.npi_valid("1234567893") and ids.dea_valid("AB1234563")
    assert ids.vin_valid("1M8GDM9AXKP042788") and ids.luhn_valid("4111 1111 1111 1111")
    assert ids.fnr_valid("15076500565")
    for iban in (
        "GB82 WEST 1234 5698 7654 32",
        "CH93 0076 2011 6238 5295 7",
        "RO49 AAAA 1B31 0075 9384 0000",
    ):
        assert ids.iban_valid(iban)
    assert (
        not ids.hetu_valid("131052-308U") and not ids.dni_valid("12345678A") and not ids.nhi_valid("ZZZ0017")
    )


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
