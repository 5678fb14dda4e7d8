"""Regression guard for the ninth generalisation probe: rates may only get better than when it was written.

First measurement (engine as of 2026-11-26 ~12:55 UTC, working tree shared with the lead; before any fix
prompted by this probe), 64 documents in 32 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial   over-masking
    1     18.61% (115/618)    18.77%            5.69% (14/246)
    2     17.50% (108/617)    18.15%            6.50% (16/246)
    3     16.75% (103/615)    17.24%            6.10% (15/246)

Seed 1 by type: ADDRESS 35/125, NAME 34/124, DATE 33/126, ZIP 9/45, AGE 4/6; none in ID, PHONE, SSN,
HEALTH_PLAN, MRN, EMAIL, CREDENTIAL, IP, VEHICLE, ACCOUNT. Worst kinds: the Meitei Mayek referral (14 of
20 values leaked: names, dates, addresses and postcodes in Meitei script and digits all survive), the
Sakha letter (12/22: "YYYY с. <month> D к." dates, "уулусса" streets, towns, 5-6 digit postcodes), the
Santali Ol Chiki letter (10/20: names, streets, towns, Ol Chiki postcodes; its dates are masked), sqlcmd
fixed-width rows (10/22: names and towns in padded columns), the lowercase nursing handover (10/18:
lowercase names, streets, towns, "adm 25/8"), the Excel CSV (9/23: "Family, Given" in quotes, bare
town cells), a Jira comment quoting a "{code}mrn | name | dob | address{code}" row (7/22). Dates that
survive: Tatar "YYYY елның D <month>", Chechen "YYYY шеран D <month> бутт", Cherokee-syllabary months,
Gaelic months with a hyphenated t- ("an t-Samhain"), Wolof short months ("19 Ut 2024", "17 Me 1971"),
C# "new DateTime(1973, 12, 12)". Names survive after a label in an XHTML narrative ("<b>Lebitso</b>:"),
as a DynamoDB {"S": ...} value inside a JSON string (Terraform state), as a Redis MONITOR argument after
"name", and in a CLI argument (--patient "..."). Ages survive after a non-English unit ("(104 jier)",
"(dilemo 101)"). Over-masking: eponyms ("Addison disease", "Barrett esophagus", "Sjögren syndrome"
as NAME), a Python dataclass repr whose "address=Address(" swallows the rest of the line (dx, drug,
allergy), NDCs in a Redis key cut to "500-0" (read as ZIP+4), hex pod-name suffixes (as NAME), "Burns
Unit" (as NAME), ICD codes after a phone in a pandas row.

After the fixes it prompted the same day (general rules, pinned with values of our own in
tests/engine/test_generalisation_rules.py: no masked span crosses a line break; constructor calls in
reprs are no values and an address label's constructor masks its arguments only; pandas non-null counts
and NDC shapes vetoed; the ZIP3 rule for US ZIP shapes only; tables under a dashed rule cut at the rule's
columns; Excel ="..." literals read as quoted cells; a CSV header's words are no names; Sakha, Tatar,
Chechen and Kazakh year-first dates, Sakha address words), seeds 1/2/3 measured 13.43% / 12.80% /
12.36% leaked (whole + partial 15.21% / 15.07% / 14.47%), over-masking 2.44% / 3.25% / 3.25%.

A second round of general rules the same day (pinned the same way: a month word of any script between a day
and a year, a short or hyphenated month, an address line ending in an Indian PIN, an age in brackets after
the birth year, command-line flags and Redis/DynamoDB arguments typed by their name, handover shorthand
(bed, next of kin, "adm 25/8", "lives alone @"), CRLF table headers, a pasted pipe row's name cell, a
person's sex in brackets, constructor dates in C#/Java, more languages' street words, FHIR's "line" in
pasted JSON): seeds 1/2/3 measured 2.91% / 3.24% / 3.41% leaked (whole + partial 4.69% / 5.35% / 5.69%),
over-masking 2.44% / 3.25% / 3.25%. What still leaks: names and addresses behind labels in Meitei Mayek
and Ol Chiki and in languages whose label words no list holds (Sesotho "Lebitso", Tetum "Naran"), Sesotho
and Tetum towns after a house number, a URL's free-text search parameter.

Ceilings: the seed-1 rates after those fixes rounded up to the next whole percent plus one point;
lower them as the engine improves. The corpus's soundness (labels, check digits, reproducibility) and
its independence from the engine's word lists and source and from probes 1-8 are checked too, so a
broken or recycled corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
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
from tests.engine.probe9 import ids, people
from tests.engine.probe9.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe9.run_probe import crashes, run

ROOT = Path(__file__).resolve().parents[3]
LEAK_CEILING = 0.04  # 2.91% (18/618) on seed 1 after the second fixes (18.61% when written)
STRICT_CEILING = 0.06  # whole + partial: 4.69% (18.77% when written)
OVERMASK_CEILING = 0.04  # 2.44% (6/246) after the first fixes (5.69% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "ID",
    "PHONE",
    "SSN",
    "HEALTH_PLAN",
    "MRN",
    "EMAIL",
    "CREDENTIAL",
    "IP",
    "VEHICLE",
    "ACCOUNT",
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
    assert len(docs) == 64 and len({d.kind for d in docs}) == 32
    assert sum(len(d.phi) for d in docs) >= 600 and sum(len(d.keep) for d in docs) >= 230
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(6 <= p <= 12 and 3 <= k <= 6 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {"mni_nat_referral", "sat_nat_chithi", "chr_nat_clinic_card", "sah_nat_suruk"} <= kinds
    assert {"sqlcmd_fixed_width", "hl7_siu_escapes", "terraform_state_json", "redis_monitor"} <= kinds
    assert {d.format for d in docs} == {"text", "json"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ID"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "VEHICLE", "IP", "CREDENTIAL"}
    text = "".join(d.content for d in docs)
    scripts = {"Meitei": "\uabc0", "Ol Chiki": "\u1c50", "Cherokee": "\u13a0", "Cyrillic": "\u0400"}
    for name, start in scripts.items():  # every native script really is in the corpus
        assert any(ord(start) <= ord(c) < ord(start) + 48 for c in text), name
    assert "\ufeff" in text and "\\T\\" in text and "%C3" in text  # BOM, HL7 escape, URL-encoded street
    assert any("\u1c50" <= c <= "\u1c59" for c in text) and any("\uabf0" <= c <= "\uabf9" for c in text)


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a quarter of the name words may be in the engine's name lists
    (measured when written: 26 of 282, 9%; the native-script ones are in none)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 250
    assert len(inside) <= 0.25 * len(words), sorted(inside)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    towns, streets = _towns(), _streets()
    overlap = engine_overlap(people_name_words(people.NAMES), towns | streets)
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_eight_probes() -> None:
    """No template kind, name word, town or street of probes 1-8 is reused."""
    towns, streets = _towns(), _streets()
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8"]
    overlap = earlier_probe_overlap(mods, kinds, people_name_words(people.NAMES), towns, streets)
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated national and US identifiers are valid, so a checksum-aware detector is probed fairly."""
    rng = random.Random(9)
    for _ in range(200):
        born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
        female = rng.random() < 0.5
        assert ids.bsn_valid(ids.bsn(rng))
        n = ids.nir(rng, born, female, "29")
        assert ids.nir_valid(n) and n[0] == ("2" if female else "1") and n[2:7] == f"{born:%y %m}"
        c = ids.chi(rng, born, female)
        assert ids.chi_valid(c) and c.startswith(f"{born:%d%m%y}") and (int(c[8]) % 2 == 0) == female
        p = ids.pesel(rng, born, female)
        assert ids.pesel_valid(p) and (int(p[9]) % 2 == 0) == female
        assert ids.snils_valid(ids.snils(rng)) and ids.verhoeff_valid(ids.aadhaar(rng).replace(" ", ""))
        assert ids.npi_valid(ids.npi(rng)) and ids.vin_valid(ids.vin(rng))
        assert not ids.ssn(rng).startswith(("000", "666", "9"))
    # published example values, so the validators themselves are checked
    assert ids.bsn_valid("111222333") and not ids.bsn_valid("111222334")
    assert ids.nir_valid("2 55 08 14 168 025 38") and not ids.nir_valid("255081416802539")
    assert ids.chi_valid("9434765919") and not ids.chi_valid("9434765918")  # NHS-number example, same rule
    assert ids.pesel_valid("44051401359") and not ids.pesel_valid("44051401358")
    assert ids.snils_valid("112-233-445 95") and not ids.snils_valid("112-233-445 96")
    assert ids.npi_valid("1234567893") and ids.vin_valid("1M8GDM9AXKP042788") and ids.verhoeff_valid("2363")
    checks = {"fy": ids.bsn_valid, "gd": ids.chi_valid, "csb": ids.pesel_valid, "bre": ids.nir_valid}
    for d in make_corpus(1):  # the identifiers in the corpus itself
        for type_, value in d.phi:
            if type_ in ("ID", "SSN") and d.loc in checks and d.kind.startswith(d.loc):
                assert checks[d.loc](value), (d.id, value)
            if type_ == "SSN" and d.loc in ("tt_nat", "ce_nat", "sah_nat"):
                assert ids.snils_valid(value), (d.id, value)


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
