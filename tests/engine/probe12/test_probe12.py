"""Regression guard for the twelfth generalisation probe: rates may only get better than when it was written.

First and only measurement (engine as of the working tree shared with the lead on 2026-11-26, before any
fix prompted by this probe; measured once, as soon as the corpus was complete), 52 documents in 26 kinds
per seed, none crashes the engine, none refused:

    seed  leaked            whole + partial   over-masking
    1     7.86% (40/509)    9.04%             4.44% (11/248)
    2     7.48% (38/508)    9.06%             5.24% (13/248)
    3     7.66% (39/509)    10.22%            2.82% (7/248)

Seed 1 by type: NAME 26/114, ADDRESS 7/87, ZIP 5/42, MRN 2/46; none in DATE (96), PHONE (60), EMAIL,
HEALTH_PLAN, ID, CREDENTIAL, IP, ACCOUNT, AGE, SSN, LICENSE, DEVICE (partly masked: "BPM-" device-serial
prefixes, "ACC-" account prefixes, the last word of towns such as "New Calvary Springs", "Pruitt
Hollow", "Coldharbour St Wynn"). Worst kinds (seed 1): the CSV export with unusual headers (11 of 31:
"Pt Surname,Given Nm" columns leak both names and the ZIP, on seeds 2 and 3 too, and Chilean
seven-digit postcodes), the operative note and the Indian discharge card (an upper-case "GIVEN FAMILY"
after "Patient:"/"Name:" and a relative after "Family (" or "S/o or W/o:"), patient-portal messages (a
lower-case "hi doc its given family" and the lower-case sign-off), the Postgres slow-query log (surname
and postcode in "parameters: $1 = '...', $3 = '...'"), FHIR Observation subject references
"Patient/<mrn>". Elsewhere: the given name after "FAMILY, " in the pathology addendum, a Chilean
upper-case family name after a masked given name, UK towns and streets in a GP letter's, a telehealth
note's and a pytest assertion's address lines ("Lowther Fold", "Upper Swarthgill"), a German street
after "wohnhaft", a Chilean street in a Django shell tuple. Nothing leaks from the H&P with social
history, nursing shift note, case-management note, Brazilian evolução, French compte rendu, Java
toString() trace, Node console.log, Kubernetes Secret, .env, OpenAI messages JSON, Jupyter df.head()
or HL7 ORU with NTE comments. Over-masking: the Morse fall score ("Morse 65"), German "Morbus
Basedow"/"Morbus Parkinson" and a weekday ("Freitag"), ticket keys (LIS-4407, RCM-1503) and class
names (LabResultMapper, PatientAdmin) in dev artefacts, "Laboratorio Clínico". Also seen: an NHS number
masked under the PHONE label (masked, so not a leak).

After the general rules it prompted the same day (pinned with values of our own in
tests/engine/test_generalisation_rules.py: CSV headers with dotted abbreviations ("D.O.B.") and "Twn";
PostgreSQL bind parameters typed by the column they are compared with, set to or inserted into; a name
label's value in capitals; Indian relation labels (S/o, W/o); a relative in brackets ("Family (...)"); a
name right before "(dob"; the given name after a labelled "Surname,"; the Morse fall scale and "see
<issue key>" vetoed; "Age", "Sex", "Male" are no names), seeds 1/2/3 measured 2.36% / 3.54% / 3.54% leaked
(whole + partial 3.54% / 5.31% / 5.50%), over-masking 1.61% / 3.63% / 2.42%.

A second round in a later session (the rules prompted by probes 13 and 14, none by this probe: towns ending
in a place word before a state, "FAMILY, GIVEN" in capitals, names before a phone or "(MR#", relatives in
brackets, e-mail display names, "Addr Ln" columns...): seeds 1/2/3 1.57% / 2.56% / 2.95% leaked (whole +
partial 2.36% / 3.54% / 4.13%, partial survivals now scored without a placeholder's own letters), over-
masking 1.61% / 3.63% / 2.42%.

Ceilings: the seed-1 rates (after those fixes) rounded up to the next whole percent plus one point; lower
them as the engine improves. The corpus's soundness (labels, check digits, reproducibility) and its
independence from the engine's word lists and source and from probes 1-11 are checked too, so a broken
or recycled corpus cannot pass as a good engine.
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
from tests.engine.probe12 import ids, people
from tests.engine.probe12.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe12.run_probe import crashes, run

LEAK_CEILING = 0.03  # 1.57% (8/509) on seed 1 after the second round (7.86% when written)
STRICT_CEILING = 0.04  # whole + partial: 2.36% (9.04% when written)
OVERMASK_CEILING = 0.03  # 1.61% (4/248) after the fixes (4.44% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "DATE",
    "PHONE",
    "EMAIL",
    "HEALTH_PLAN",
    "ID",
    "CREDENTIAL",
    "IP",
    "ACCOUNT",
    "AGE",
    "SSN",
    "LICENSE",
    "DEVICE",
}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# the checksummed identifiers each clinical kind carries: (label type, validator)
KIND_IDS: dict[str, list[tuple[str, Callable[[str], bool]]]] = {
    "gp_referral_letter_uk": [("ID", ids.nhs_valid)],
    "in_discharge_card_english": [("ID", ids.verhoeff_valid)],
    "cl_informe_laboratorio": [("ID", ids.rut_valid)],
    "br_evolucao_clinica_enfermaria": [("ID", ids.cpf_valid), ("HEALTH_PLAN", ids.cns_valid)],
    "de_kurzarztbrief_hausarzt": [("HEALTH_PLAN", ids.kvnr_valid)],
    "fr_compte_rendu_consultation": [("ID", ids.nir_valid)],
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
    assert len(docs) == 52 and len({d.kind for d in docs}) == 26
    assert sum(len(d.phi) for d in docs) >= 450 and sum(len(d.keep) for d in docs) >= 170
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(6 <= p <= 16 and 2 <= k <= 9 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {
        "hp_social_history_admission",
        "portal_message_from_patient",
        "gp_referral_letter_uk",
        "cl_informe_laboratorio",
        "br_evolucao_clinica_enfermaria",
        "fr_compte_rendu_consultation",
    } <= kinds
    assert {
        "java_entity_tostring_trace",
        "k8s_secret_stringdata",
        "openai_messages_paste",
        "csv_unusual_headers",
        "hl7_oru_nte_comments",
        "fhir_observation_bundle",
    } <= kinds
    assert {d.format for d in docs} == {"text", "json"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ID"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "IP", "CREDENTIAL", "LICENSE", "DEVICE"}
    text = "".join(d.content for d in docs)
    assert "Pt Surname,Given Nm,D.O.B.,Addr Ln,Twn,Postal Cd" in text and "stringData:" in text
    assert "NTE|1|L|" in text and "DETAIL:  parameters: $1 = '" in text and "LogEntry" in text
    assert re.search(r"\b[A-Z]{1,2}\d{1,2} \d[A-Z]{2}\b", text)  # a UK postcode
    assert re.search(r"\bhi doc its [a-zà-ÿ]+ [a-zà-ÿ]+ \(dob", text)  # a patient typing in lower case


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a quarter of the name words may be in the engine's name lists
    (measured when written: 18 of 169)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 150
    assert len(inside) <= 0.25 * len(words), sorted(inside)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    overlap = engine_overlap(people_name_words(people.NAMES), _towns() | _streets())
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_eleven_probes() -> None:
    """No template kind, name word, town or street of probes 1-11 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 12))]
    overlap = earlier_probe_overlap(mods, kinds, people_name_words(people.NAMES), _towns(), _streets())
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid and encode what they should, so a checksum-aware detector is
    probed fairly."""
    rng = random.Random(12)
    for _ in range(200):
        born = date(1938, 1, 1) + timedelta(days=rng.randrange(365 * 62))
        female = rng.random() < 0.5
        assert ids.nhs_valid(ids.nhs(rng)) and ids.kvnr_valid(ids.kvnr(rng)) and ids.rut_valid(ids.rut(rng))
        n = ids.nir(rng, born, female, "29")
        assert ids.nir_valid(n) and n[0] == ("2" if female else "1") and n[2:7] == f"{born:%y} {born:%m}"
        assert ids.cpf_valid(ids.cpf(rng)) and ids.cns_valid(ids.cns(rng))
        assert ids.verhoeff_valid(ids.aadhaar(rng)) and ids.npi_valid(ids.npi(rng))
    # published example values, so the validators themselves are checked
    assert ids.nhs_valid("943 476 5919") and not ids.nhs_valid("943 476 5918")
    assert ids.kvnr_valid("A123456780") and not ids.kvnr_valid("A123456781")
    assert ids.nir_valid("2 55 08 14 168 025 38") and not ids.nir_valid("2 55 08 14 168 025 39")
    assert ids.rut_valid("12.345.678-5") and not ids.rut_valid("12.345.678-4")
    seen: set[str] = set()
    for d in make_corpus(1):  # the identifiers in the corpus itself
        for type_, value in d.phi:
            for want, valid in KIND_IDS.get(d.kind, []):
                if type_ == want:
                    assert valid(value), (d.id, value)
                    seen.add(f"{d.kind}:{want}")
            if type_ == "LICENSE":
                assert ids.npi_valid(value), (d.id, value)
    assert seen == {f"{k}:{t}" for k, checks in KIND_IDS.items() for t, _ in checks}


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
        min_phi=450,
        min_keep=170,
        clean=CLEAN,
    )
