"""Regression guard for the tenth generalisation probe: rates may only get better than when it was written.

First measurement (engine as of the working tree shared with the lead when the probe was written; before
any fix prompted by this probe), 64 documents in 32 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial   over-masking
    1     20.64% (136/659)    21.85%            5.19% (14/270)
    2     20.73% (136/656)    21.49%            5.19% (14/270)
    3     20.06% (132/658)    21.28%            6.67% (18/270)

Seed 1 by type: NAME 63/143, ADDRESS 44/115, ZIP 13/45, DATE 8/138, AGE 4/14, ID 2/20, DEVICE 2/6; none in
PHONE, SSN, IP, MRN, EMAIL, URL, VEHICLE, HEALTH_PLAN, ACCOUNT, CREDENTIAL, LICENSE. Worst kinds: the
Tibetan referral (16 of 22 values: names joined by a tsheg, "ཕྱི་ལོ་YYYY ཟླ་M ཚེས་D" dates in Tibetan digits,
town, street, Tibetan-digit postcode and age all survive), the SAS PROC PRINT listing (12/21: uppercase
names, towns and ZIPs in padded columns; DATE9 dates are masked), the Tifinagh and Syriac letters (10/22
each: names, streets, towns, Moroccan and Iraqi postcodes), the UB-04 OCR (10/22: "FAMILY, GIVEN" in
capitals, the town in capitals, ZIP, MMDDYY statement dates after FROM/THROUGH), the Adlam, N'Ko and Cree
syllabic letters (8 each: every name, street and town; their native-digit dates are masked, the syllabic
month names survive in part). Elsewhere: names in a BigQuery {"v": ...} cell, a Dexcom Clarity
"FirstName,,<name>" row, a VCF ##SAMPLE Individual="..." field, a pytest assert of a name against its
uppercase, POLST "Patient Last Name:" capitals and the decisionmaker; towns as R str() values, Stata
cells and a Perl Data::Dumper list; the Bolivian "1234567 LP" identity number; a Dexcom transmitter id;
ages over 89 in a REDCap CSV cell and in Tibetan digits. Names in Gurmukhi and Kannada survive too (the
dates, addresses and postcodes around them are masked); the Occitan and isiXhosa letters, the IIS log,
SCIM, OData, JSON:API, Node util.inspect, inspect.lua and Zoom chat lose nothing. Over-masking: eponyms
("Guillain-Barré syndrome", "Wilson disease"), GRCh38 and an rsID in a VCF, a module name after
"tests/test_", "EMERGENCY ROOM" and a CPT code on the UB-04.

After the general rules it prompted the same day (pinned with values of our own in
tests/engine/test_generalisation_rules.py: padded "Label      : Several Capitalised Words", surrogate and
decision-maker labels, identity-card numbers after CI/DNI/RUT/CURP, MMDDYY claim periods after FROM/THROUGH,
Perl `=>` lists, address_line1 keys, R str() columns, a blank line after a SAS listing's header, and for
scripts no list knows an address by its shape (three comma-separated parts, a number among them) and the
person named right before a phone number), seeds 1/2/3 measured 11.38% / 11.74% / 11.09% leaked (whole +
partial 12.29% / 12.20% / 11.85%), over-masking unchanged. A second round (result sets typed by position:
BigQuery schema.fields + rows of {"f": [{"v": ...}]}, columns + data; key/value rows of CSV exports; a VCF
sample's Individual; capitalised single names after last/first-name labels; "Date of Birth" as a label,
never a name; dbSNP ids, genome builds, contig headers and chromosome loci vetoed): 8.50% / 8.99% / 8.21%
leaked (whole + partial 9.41% / 9.45% / 8.97%), over-masking 3.70% / 3.70% / 5.19%. A third round (a
later session: "name" and "address" labels in Kannada, Malayalam, Gurmukhi, Marathi, Syriac, Tifinagh, N'Ko,
Adlam, Cherokee, Cree and Tibetan, the Tibetan and Ethiopic label marks as colons, those scripts' letters
in the script gate; year, month and day each with a unit word of any script, and the age in brackets
after such a date; boxed listings; age columns named by their first word; "N°" house numbers): 2.28% /
2.74% / 2.28% leaked (whole + partial 3.03% / 3.05% / 2.89%), over-masking 1.11% / 0.74% / 0.74%. Still
leaking: the UB-04's OCR'd boxes (a "SURNAME, GIVEN" after the box letter, city, state and ZIP in boxes
b/c/d), names in pytest assert lines, a Dexcom transmitter serial in an unnamed CSV column.

Ceilings: the seed-1 rates (after the fixes) rounded up to the next whole percent plus one point; lower them
as the engine improves. The corpus's soundness (labels, check digits, reproducibility) and its
independence from the engine's word lists and source and from probes 1-9 are checked too, so a broken
or recycled corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
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
from tests.engine.probe10 import ids, people
from tests.engine.probe10.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe10.run_probe import crashes, run

LEAK_CEILING = 0.04  # 2.28% (15/659) on seed 1 after the third fixes (20.64% when written)
STRICT_CEILING = 0.05  # whole + partial: 3.03% (21.85% when written)
OVERMASK_CEILING = 0.03  # 1.11% (3/270) after the third fixes (5.19% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "PHONE",
    "SSN",
    "IP",
    "MRN",
    "EMAIL",
    "URL",
    "VEHICLE",
    "HEALTH_PLAN",
    "ACCOUNT",
    "CREDENTIAL",
    "LICENSE",
}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# script: (first code point of its block, block size, first native digit or None)
SCRIPTS = {
    "Adlam": (0x1E900, 96, 0x1E950),
    "N'Ko": (0x07C0, 64, 0x07C0),
    "Tifinagh": (0x2D30, 80, None),
    "Canadian syllabics": (0x1400, 640, None),
    "Syriac": (0x0700, 80, None),
    "Tibetan": (0x0F00, 256, 0x0F20),
    "Gurmukhi": (0x0A00, 128, 0x0A66),
    "Kannada": (0x0C80, 128, 0x0CE6),
}


def _towns() -> set[str]:
    return {t for r in people.PLACES.values() for t, _, _ in r.towns}


def _streets() -> set[str]:
    return {s for r in people.PLACES.values() for s in r.streets}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 64 and len({d.kind for d in docs}) == 32
    assert sum(len(d.phi) for d in docs) >= 600 and sum(len(d.keep) for d in docs) >= 230
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(6 <= p <= 13 and 3 <= k <= 6 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {
        "bo_tibt_skyel_dren_yige",
        "ff_adlm_bataake_jokkondiral",
        "cr_cans_maskihkiy_masinahikan",
    } <= kinds
    assert {"iis_w3c_log", "bigquery_json_rows", "mongoexport_extjson", "ub04_claim_ocr"} <= kinds
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ID"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "VEHICLE", "IP", "CREDENTIAL", "URL", "LICENSE", "DEVICE"}
    text = "".join(d.content for d in docs)
    for name, (start, size, digit) in SCRIPTS.items():  # every native script (and its digits) is present
        assert any(start <= ord(c) < start + size for c in text), name
        if digit is not None:
            assert any(digit <= ord(c) < digit + 10 for c in text), f"{name} digits"
    assert "$numberLong" in text and '{"f": [{"v": ' in text and "#Fields:" in text and "race___1" in text
    assert "%2F" in text and "E9" in text  # a URL-encoded date, a BigQuery Java-double timestamp


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a quarter of the name words may be in the engine's name lists
    (measured when written: 0 of 255; the native-script ones can be in none)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 240
    assert len(inside) <= 0.25 * len(words), sorted(inside)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    overlap = engine_overlap(people_name_words(people.NAMES), _towns() | _streets())
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_nine_probes() -> None:
    """No template kind, name word, town or street of probes 1-9 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 10))]
    overlap = earlier_probe_overlap(mods, kinds, people_name_words(people.NAMES), _towns(), _streets())
    assert not overlap, sorted(overlap)


def test_transliteration_is_letter_for_letter() -> None:
    """The Latin-orthography sources map to their scripts as written (a capital Adlam initial, the
    lengthener for a long vowel, N'Ko's nasal mark, Cree syllables and finals, Tifinagh letters)."""
    assert people.adlam("baa") == "\U0001e904\U0001e922\U0001e944"
    assert people.nko("sitan") == "ߛߌߕߊ\u07f2"
    assert people.syllabics("maskwa") == "ᒪᐢᑲᐧ" and people.syllabics("mînis") == "ᒦᓂᐢ"
    assert people.tifinagh("azru") == "ⴰⵣⵔⵓ"


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(10)
    for _ in range(200):
        born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
        female = rng.random() < 0.5
        z = ids.za_id(rng, born, female)
        assert ids.za_id_valid(z) and z.startswith(f"{born:%y%m%d}") and (int(z[6]) < 5) == female
        assert ids.sin_valid(ids.sin(rng))
        c = ids.cn_id(rng, "540102", born, female)
        assert ids.cn_id_valid(c) and c[6:14] == f"{born:%Y%m%d}" and (int(c[16]) % 2 == 0) == female
        n = ids.nir(rng, born, female, "12")
        assert ids.nir_valid(n) and n[0] == ("2" if female else "1") and n[2:7] == f"{born:%y %m}"
        assert (
            ids.verhoeff_valid(ids.aadhaar(rng))
            and ids.npi_valid(ids.npi(rng))
            and ids.vin_valid(ids.vin(rng))
        )
        assert not ids.ssn(rng).startswith(("000", "666", "9"))
    # published example values, so the validators themselves are checked
    assert ids.za_id_valid("8001015009087") and not ids.za_id_valid("8001015009088")
    assert ids.luhn_valid("046454286") and not ids.luhn_valid("046454287")  # the sample SIN
    assert ids.cn_id_valid("11010519491231002X") and not ids.cn_id_valid("110105194912310021")
    assert ids.nir_valid("2 55 08 14 168 025 38") and not ids.nir_valid("255081416802539")
    assert ids.npi_valid("1234567893") and ids.vin_valid("1M8GDM9AXKP042788") and ids.verhoeff_valid("2363")
    checks = {
        "xh": ("ID", ids.za_id_valid),
        "cr_cans": ("SSN", ids.sin_valid),
        "bo_tibt": ("ID", ids.cn_id_valid),
        "oc": ("SSN", ids.nir_valid),
        "pa_guru": ("ID", ids.verhoeff_valid),
    }
    seen: set[str] = set()
    for d in make_corpus(1):  # the identifiers in the corpus itself
        for type_, value in d.phi:
            if d.loc in checks and type_ == checks[d.loc][0] and d.kind.startswith(d.loc.split("_")[0]):
                assert checks[d.loc][1](value), (d.id, value)
                seen.add(d.loc)
            if type_ == "LICENSE" and value.isdigit():
                assert ids.npi_valid(value), (d.id, value)
            if type_ == "VEHICLE" and len(value) == 17:
                assert ids.vin_valid(value), (d.id, value)
    assert seen == set(checks)


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
