"""Regression guard for the fifty-first generalisation probe: long-term care, home health, hospice and
disability support paperwork from the US, the UK, Canada, Australia, New Zealand and Ireland with synthetic
PHI planted in it. Kinds: MDS 3.0 item listing (SSN, MBI, Medicaid), OASIS-E start of care (lockbox code),
care-home day-to-night handover sheet (residents by room and first name, nicknames), falls incident report,
MAR with its signature list (initials, NMC PIN / licence numbers), person-centred care plan ("This is me"),
NDIS / home-support worker shift notes, family communication log with its phone tree and portal link,
visiting schedule, DoLS Form 1 / guardianship order, NDIS support plan (key-safe code, alarm PIN, Wi-Fi
password, bank account), home-care run roster (CSV: clients' addresses, key-safe and door codes), hospice
bereavement letter, wound photo index (file paths holding the resident's name), advance care plan (POLST /
NZ ACP), patient transport booking (JSON), community equipment delivery note (serial numbers, vehicle) and
interRAI Home Care summary: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe51.run_probe --seed N --brief`; engine at commit bb3d093, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     7.77% (72/927)     7.98% (74/927)     7.37% (28/380)
    2     7.72% (72/933)     7.93% (74/933)     6.68% (25/374)
    3     8.14% (76/934)     8.14% (76/934)     7.73% (29/375)

One labelling bug was fixed after that run and re-scored on the same engine output (the documents' text did
not change, only a label): the "Thu 10 Jul" form had the weekday inside its DATE value, against the policy (a
weekday is no date element), so every surviving "Thu" scored as a partial leak. As first run, whole + partial
was 9.06% (84/927), 9.00% (84/933) and 9.21% (86/934); leaked and over-masking are unchanged.

Seed 1 by type (leaked / values): NAME 29/395, CREDENTIAL 22/24, DATE 6/162, AGE 4/19, ID 3/37, MRN 2/19,
LICENSE 2/8, VEHICLE 2/6, ADDRESS 2/95; none in PHONE (58), ZIP (32), EMAIL (24), HEALTH_PLAN (18), DEVICE
(18), URL (6), SSN (4), ACCOUNT (2). Seed 2: NAME 30, CREDENTIAL 24, ADDRESS 5, DATE 4, AGE 3, LICENSE 2,
VEHICLE 2, ID 1, MRN 1; seed 3: NAME 31, CREDENTIAL 22, AGE 6, DATE 6, ADDRESS 5, ID 2, LICENSE 2, VEHICLE 2.
Worst kinds (seed 1): care-home handover sheet 13/50, home-care run roster 12/83, support worker shift notes
6/41, visiting schedule 6/52, MAR 5/40, NDIS plan 5/52, transport booking JSON 5/46; best: family
communication log 0/60, care plan 1/61, DoLS / guardianship 1/55, advance care plan 1/49, incident report
1/44.
What leaks (seed 1):
- CREDENTIAL 22 of 24: every key-safe / lockbox code, door code and alarm PIN ("key safe 6374; park on the
  drive", "Lockbox on back porch railing, code 9084", "door code 7265, alarm PIN 63891", "Alarm panel PIN
  014924", "key safe fitted 2024 (code 8817, on file)", the JSON's "Key safe by front door, code 3758"); only
  the two Wi-Fi passwords were masked.
- NAME 29: carers' given names in lists and role slots ("Night carers: Soly, Nkoyo, [NAME] (agency)",
  "Rajwinder, Davinder", "hairdresser 10:00 (with Joven)", "Fungai (manager) in at 08:00", "2 staff (Surjit,
  Baljinder)", an NDIS worker column "[NAME] / Davinder", 'resident calls the aide "Ubong"', a letter's
  "especially Joylyn and Kumbirai"); nicknames ('[NAME] ("Butch"), 93', "(Tiny)", "Spud has a new pendant
  alarm"); "Family (Wystan) staying over"; whole names after Dr in the MAR header ("GP: Dr Ivor Wetherall",
  "PCP: Dr Ernest Arneson"), after "BIA allocated:" and "visitors:" ("Rongomai Rangitaawa + grandson"), in a
  JSON crew list ("Nabin Sunuwar"); the resident's name in a file path ("S:/WoundImages/Brenneman_Ottis/" with
  backslashes: 4 values in 2 documents); "Úna (96) low mood" (the given name, and so the full name).
- DATE 6: day-month without a year ("REVERSE  27/11 08:00", US "4/8", "birthday 25/08"), and one scorer
  coincidence: the JSON booking's "2024-10-30" was masked to "2024", but the next value is the appointment
  time "10:30", so its digits "20241030" reappear squashed (no real leak; left as scored).
- AGE 4: the bare age after a resident's name in the handover ('[NAME] ("Butch"), 93 --', "100"), "Úna (96)";
  "(90 or older)" for a resident aged exactly 90 (the kit scores the bare "90").
- ID 3: "Incident INC-946322" (2, handover sheets), the JSON's "bookingRef": "PTS/239326/U". MRN 2: six-digit
  numbers after "Resident no." and "ID". LICENSE 2: "NMBI PIN 670971", "NCNZ reg. 917992". VEHICLE 2: a
  worker's car "(HRD-287)", "(ZZH44)". ADDRESS 2: a post town in capitals in a letter's address block
  ("PONTYBEREM UCHAF"), a Quebec street line in lower case after "at" ("325-92 chemin des Bouleaux").
Partial (seed 1, 2): "Great" of "Great Salbury"; "ROCC" of a RAMQ number "ROCC 3660 0446" (seed 2: "LEAR",
"STRK"). Seen but not scored: an Australian Medicare card's issue digit left ("[ID] 3"), NHS numbers masked
as [PHONE], "Thu 10 Jul  10:00" masked to "Thu [DATE]:00" (the hour eaten).
Over-masking (seed 1, 28 of 380): MDS item codes GG0130A and M0300B1 as [ID] (4); ICD-10 codes after "Plan:"
as [HEALTH_PLAN] ("Plan: M81.0", "Plan: I63.9"); facility and provider names ("[ADDRESS] Lodge" of "Sunhaven
Lodge" 2, "[NAME] Home" of "Good Shepherd Lutheran Home", "[ADDRESS] Terrace LTC Home" 2, "[NAME] Plan
Management" 2, "Wolds & [NAME] [NAME]" of the council); care words ("[NAME] frame" of "Zimmer frame" 2,
"[NAME] pack" of "Webster pack" 2, "Garden Room" 2, the "Abbey 8" pain score 2); room numbers in brackets
after a name ("([NAME] 73)", 3); regions alone ("Region: Northland", "Province: Munster", "Jurisdiction:
Victoria").
Seen, not scored: "sacrum_1.jpg" as "[NAME]_1.jpg", "Eucharist" and "Whānau Room" as [NAME]. Kept everywhere
else: drugs and doses, most facility, hospital, hospice and agency names, NDIS line items, Waterlow / MUST /
FRAT / BIMS scores, most ICD-10 codes, amounts, ages under 90, most room numbers.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is long-term care text (every country, a JSON booking, NHS numbers valid under
modulus 11, NHI numbers, PPSNs and Australian Medicare numbers valid under their checks, 40+ ages of 90 and
over, 20+ nicknames, 60+ key-safe / door / alarm codes, room numbers kept), and independence from probes 1-48
(template kinds; name words, towns and streets of their people tables with the kit's check; no name word in
any string of those tables -- run before the measurement; name words equal to earlier ones once accents are
dropped, "Irène" / "Irene", were replaced then too, and Irish counties used by earlier probes were swapped).
Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already
words of the engine's code when the probe was written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import json
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe51 import ids, people
from tests.engine.probe51.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe51.run_probe import crashes, run

LEAK_CEILING = 0.05  # now 3.78% (35/927); first: 7.77% (72/927)
STRICT_CEILING = 0.05  # whole + partial: now 3.99%; first 7.98% (74/927)
OVERMASK_CEILING = 0.09  # now 7.37% (28/380); first: 7.37% (28/380)
CLEAN = {"PHONE", "ZIP", "EMAIL", "HEALTH_PLAN", "DEVICE", "URL", "SSN", "ACCOUNT"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 49))]


def _name_words() -> set[str]:
    names = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(names + list(people.NICK.values()) + people.MALE_NICK)


def _towns() -> set[str]:
    return {
        t
        for loc in people.LOCS.values()
        for reg in loc.regions.values()
        for t in reg.towns + reg.localities + reg.districts
    }


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict):
                out |= name_words(strings_in(value))
    return out


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN"}
    assert types >= {"CREDENTIAL", "DEVICE", "VEHICLE", "LICENSE", "URL", "ACCOUNT"}


def test_corpus_is_long_term_care_text() -> None:
    """Every country; a JSON booking; NHS numbers pass modulus 11, NHI numbers their check digit, PPSNs
    their check letter, Australian Medicare numbers their check digit; residents aged 90+; nicknames;
    key-safe codes, door codes and alarm PINs; room numbers kept."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    values = [(t, v) for d in docs for t, v in d.phi]
    gb = [v for d in docs if d.loc == "GB" for t, v in d.phi if t == "ID"]
    nhs = [v for v in gb if re.fullmatch(r"\d{3}[ -]?\d{3}[ -]?\d{4}", v)]
    assert len(nhs) >= 10 and all(ids.nhs_ok(v) for v in nhs)
    nhi = [v for t, v in values if t == "ID" and re.fullmatch(r"[A-Z]{3}\d{4}", v)]
    assert len(nhi) >= 6 and all(ids.nhi_ok(v) for v in nhi)
    ie = [v for d in docs if d.loc == "IE" for t, v in d.phi if t == "ID"]
    pps = [v for v in ie if re.fullmatch(r"\d{7}[A-W]A?", v)]
    assert len(pps) >= 3 and all(ids.ppsn_ok(v) for v in pps)
    medicare = [v for t, v in values if t == "HEALTH_PLAN" and re.fullmatch(r"\d{4} \d{5} \d", v)]
    assert len(medicare) >= 6 and all(ids.au_medicare_ok(v) for v in medicare)
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 40
    nicks = set(people.NICK.values()) | set(people.MALE_NICK)
    assert sum(t == "NAME" and v in nicks for t, v in values) >= 20
    text = "\n".join(d.content for d in docs)
    assert sum(t == "CREDENTIAL" for t, _ in values) >= 60
    assert "key safe" in text and "alarm PIN" in text
    assert sum(bool(re.fullmatch(r"(Room|Rm) \d+[A-Z]?", k)) for d in docs for k in d.keep) >= 80


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-48, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=650,
        min_keep=300,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"idara", "lol", "sefa", "sheehan"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
