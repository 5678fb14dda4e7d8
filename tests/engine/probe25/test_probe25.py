"""Regression guard for the twenty-fifth generalisation probe (what an outside evaluator would build: FHIR
JSON as servers and apps emit it, beyond a bare Patient: RelatedPerson/Person, Practitioner(Role), Coverage,
Claim, ExplanationOfBenefit with `contained` resources, Encounter, Observation components and notes,
Condition/AllergyIntolerance notes, MedicationRequest dosage text, DocumentReference and DiagnosticReport
with base64 notes, Communication payloads, QuestionnaireResponse answers, Consent/Provenance/AuditEvent,
Appointment/CareTeam, Device/Specimen/ImagingStudy, a document Bundle with narrative, an STU3-shaped
transaction-response with an OperationOutcome echoing PHI; extensions of every value type, `_birthDate`,
`meta.tag`, `assigner.display`, searchset/transaction/batch/history bundles with identifiers in `request.url`,
`link.url` and `ifNoneExist`): rates may only get better than when it was written.

First and only measurement (engine as of the working tree shared with the lead: commit 4016843, WITH
uncommitted edits under src/ at that minute (`git status --short src`: M engine/employers.py, names.py,
patterns.py, textmask.py, vetoes.py); before any fix prompted by this probe; measured once with
`python -m tests.engine.probe25.run_probe --seed N` through `mask_bytes(..., "application/fhir+json")`, as
soon as the corpus was complete), 36 documents in 18 kinds per seed, none crashes the engine, none refused,
no JSON structure violation (every masked document parses, same keys, same array lengths):

    seed  leaked             whole + partial    over-masking
    1     9.88% (57/577)     9.88% (57/577)     5.08% (16/315)
    2     10.73% (62/578)    10.73% (62/578)    5.06% (16/316)
    3     10.73% (62/578)    10.73% (62/578)    5.71% (18/315)

Seed 1 by type: NAME 18/196, MRN 12/18, DATE 6/150, ADDRESS 5/77, ID 4/24, SSN 2/12, EMAIL 2/16, ZIP 2/20,
HEALTH_PLAN 2/8, AGE 2/6, DEVICE 2/4; none in PHONE (40), ACCOUNT (2), USERNAME (2), IP (2). Seeds 2 and 3
alike (NAME 22, ADDRESS 6, the rest identical). Nothing leaks from base64 notes (attachment.data,
presentedForm, contentAttachment, AuditEvent query), HumanName/telecom/address/birthDate fields, contained
resources, `_birthDate` extensions, narratives, reference displays of Patient/Practitioner, EOB, claims'
member ids in `insurance.identifier`. What leaks, in every seed:
- identifiers in URLs: `request.url` "Patient?identifier=<oid>|<MRN>&birthdate=<DOB>", "Person?identifier=
  <ssn system>|<SSN>", "Claim?identifier=CLM-...", "CareTeam?subject:Patient.identifier=<MRN>",
  `request.ifNoneExist` "identifier=<system>|<member id>", searchset `link.url` "...?patient.identifier=<MRN>"
  and "Practitioner?family=<surname>";
- OperationOutcome `issue.diagnostics`: "... <oid>|<MRN> already assigned to Surname, Given (DOB 1979-09-14)",
  "Patient.telecom[1].value '<email>' failed validation; postalCode '<zip>' does not match city '<town>'";
- `meta.tag` code "mrn-<MRN>" and display "imported for <Given Surname>";
- extension patient-mothersMaidenName `valueString` (the maiden name);
- `Coverage.subscriber.display`, `CareTeam.participant.member.display` without a reference (display only);
- `DocumentReference.masterIdentifier.value` (urn:oid with a document number), `Device.lotNumber`;
- history `response.lastModified` timestamps; ages over 89 in free text "(92 y)"; a town after "Lives with
  husband [NAME] in <town>" and `Encounter.hospitalization.origin.display` "home, <town>".
No partial survival in any seed. Over-masking (seed 1, 16 of 315): RxNorm drug display terms in free text
"Atorvastatin 40 MG Oral Tablet" -> "Atorvastatin 40 MG [NAME] Tablet" (in medicationCodeableConcept.text,
questionnaire answers, narrative div; the same term in `coding.display` survives), UDI device identifier
(DI, a model number) -> "[PHONE]", `Coverage.class.value` "GRP-88410" -> "[ID]", a manufacturer and model
"Corvantis Medical", "Corvantis Aurel DR pacemaker" -> "[NAME] ...", "Cardiology Clinic Room 12" ->
"Cardiology Clinic [ADDRESS]"; seed 3 also a SNOMED code "73761001".

Labelling decisions are in corpus.py's docstring (dates: every date directly related to the patient incl.
history/provenance timestamps, year and time of day may stay; meta.lastUpdated and device manufacture dates
unlabelled; UDI-DI kept, device serial and lot labelled DEVICE; logical ids neither).

After the general rules it prompted the same day (structured.py: FHIR search parameters in Bundle
request.url, ifNoneExist and link.url typed by name; a history entry's lastModified; meta.tag display (and a
code with six digits or more) scanned; a display-only Reference under a person's role; the mother's maiden
name extension; masterIdentifier; Device serial and lot numbers; an unknown "resourceType" read as generic
JSON; and, kept, Device.manufacturer and deviceName, RxNorm dose forms ("40 MG Oral Tablet"); pinned with
values of our own in tests/engine/test_fhir_variety.py), seeds 1/2/3 measure 3.64% / 4.67% / 4.67% leaked
(whole + partial the same) and 4.44% over-masked. Still leaking: ages in a valueString ("(92 y)"), a town in
a note ("Lives with husband ... in <town>"), OperationOutcome diagnostics with a surname-first name no list
holds. Still over-masked: the UDI device identifier (a model's, masked as a number: fail-closed),
Coverage.class values, a room number after a clinic.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1 when the probe was written.
"""

from __future__ import annotations

import json

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe25 import people
from tests.engine.probe25.corpus import TEMPLATES, decoded_notes, make_corpus, problems
from tests.engine.probe25.run_probe import crashes, run

LEAK_CEILING = 0.05  # 3.64% (21/577) on seed 1 after the fixes (9.88% when written)
STRICT_CEILING = 0.05  # whole + partial: 3.64% (9.88% when written)
OVERMASK_CEILING = 0.06  # 4.44% (14/315) after the fixes (5.08% when written)
CLEAN = {"PHONE", "ACCOUNT", "USERNAME", "IP"}
KNOWN_CRASHES: set[str] = set()


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


@pytest.fixture(scope="module")
def measured() -> tuple[ProbeResult, list[str]]:
    res, _, violations = run(seed=1)
    return res, violations


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 150
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 10 and len(d.keep) >= 3 for d in corpus)
        for d in corpus:
            assert d.format == "json" and json.loads(d.content)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ID"}
    assert types >= {"HEALTH_PLAN", "DEVICE", "ACCOUNT", "USERNAME", "IP"}


def test_fhir_shapes_are_covered() -> None:
    text = "".join(d.content for d in make_corpus(1))
    markers = [
        '"contained"',
        '"_birthDate"',
        "patient-mothersMaidenName",
        "patient-birthPlace",
        "us-core-race",
        '"valueHumanName"',
        '"valueAddress"',
        '"valueContactPoint"',
        '"valueIdentifier"',
        '"presentedForm"',
        '"div"',
        '"assigner"',
        '"tag"',
        "/_history/2",
        "Patient?identifier=",
        '"OperationOutcome"',
        '"udiCarrier"',
        '"ImagingStudy"',
        '"Specimen"',
        '"QuestionnaireResponse"',
        '"valueDate"',
    ]
    for marker in markers:
        assert marker in text, marker
    bundle_types = {
        j["type"] for d in make_corpus(1) if (j := json.loads(d.content))["resourceType"] == "Bundle"
    }
    assert bundle_types >= {
        "searchset",
        "transaction",
        "batch",
        "history",
        "document",
        "transaction-response",
    }
    notes = [n for d in make_corpus(1) for n in decoded_notes(d.content)]
    assert len(notes) >= 8 and any("MRN" in n for n in notes)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-23 is reused, and no name word, town or street of probes 1-17, 19-23."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18}
    mods = ["probe", *(f"probe{i}" for i in range(2, 18)), *(f"probe{i}" for i in range(19, 24))]
    towns = {t for t, _, _ in people.US_TOWNS}
    overlap = earlier_probe_overlap(mods, kinds, _name_words(), towns, set(people.STREETS))
    assert not overlap, sorted(overlap)


def test_names_never_look_like_keep_words_or_places() -> None:
    words = _name_words()
    keep = name_words([k for s in (1, 2, 3) for d in make_corpus(s) for k in d.keep])
    assert not words & keep, sorted(words & keep)
    places = name_words([t for t, _, _ in people.US_TOWNS] + people.STREETS + people.DISTRICTS)
    assert not words & places, sorted(words & places)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    assert crashes(seed) == {}


def test_masked_json_keeps_its_structure(measured: tuple[ProbeResult, list[str]]) -> None:
    """Every masked document parses as JSON with the same keys and array lengths (none violated at first)."""
    assert measured[1] == []


def test_rates_and_clean_types_not_worse(measured: tuple[ProbeResult, list[str]]) -> None:
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        measured[0],
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=500,
        min_keep=150,
        clean=CLEAN,
    )
