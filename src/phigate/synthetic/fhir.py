"""Synthetic FHIR R4 resources and searchset Bundles, with every PHI value labelled by JSON path.

Structured PHI (Patient.name, telecom, address, identifiers, birthDate, dates of service) carries
its `path` (`$.entry[0].resource.name[0].family`), so the benchmark can tell a schema miss from a
free-text miss; narratives (`text.div`), notes and base64 text attachments are labelled by value.
"""

from __future__ import annotations

import base64
import json
import random
import uuid
from datetime import datetime, time, timedelta
from typing import Any

from phigate.api.identifiers import IdentifierType as T
from phigate.synthetic import vocab
from phigate.synthetic.identity import Person, Split, make_person
from phigate.synthetic.labels import Labelled, Phi, conflicts, dedupe_phi, render
from phigate.synthetic.notes import note_for
from phigate.synthetic.slots import person_slots

XHTML_NS = "http://www.w3.org/1999/xhtml"
MRN_SYSTEM = "http://hospital.example.org/identifiers/mrn"
SSN_SYSTEM = "http://hl7.org/fhir/sid/us-ssn"
PLAN_SYSTEM = "http://payer.example.com/member-id"
LOINC_SYSTEM = "http://loinc.org"
SNOMED_SYSTEM = "http://snomed.info/sct"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM_SYSTEM = "http://www.nlm.nih.gov/research/umls/rxnorm"
BASE_URL = "https://fhir.example.org/r4"


class Resource:
    """A resource under construction: its JSON and its labels (paths relative to the resource)."""

    def __init__(self, resource_type: str, rid: str) -> None:
        self.json: dict[str, Any] = {"resourceType": resource_type, "id": rid}
        self.phi: list[Phi] = []
        self.keep: list[str] = []
        self.ambiguous = False  # a narrative repeats a PHI value outside its label: regenerate

    def phi_field(self, path: str, type_: T, value: str) -> str:
        self.phi.append(Phi(type_, value, "$" + path))
        return value

    def keep_value(self, value: str) -> str:
        self.keep.append(value)
        return value

    def take(self, text: Labelled) -> str:
        if text.stray():
            self.ambiguous = True
        self.phi.extend(text.phi)
        self.keep.extend(text.keep)
        return text.text

    def narrative(self, text: Labelled) -> None:
        self.keep.append(XHTML_NS)
        div = f'<div xmlns="{XHTML_NS}"><p>{self.take(text)}</p></div>'
        self.json["text"] = {"status": "generated", "div": div}


def _rid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def _iso(rng: random.Random, d: Any) -> str:
    return datetime.combine(d, time(rng.randint(6, 20), rng.choice([0, 15, 30, 45]))).isoformat() + "Z"


def decode_attachment(obj: dict[str, Any]) -> str | None:
    """The text of a FHIR Attachment with a text/* contentType and base64 `data`, else None."""
    ctype, data = obj.get("contentType"), obj.get("data")
    if not (isinstance(ctype, str) and ctype.startswith("text/") and isinstance(data, str)):
        return None
    try:
        return base64.b64decode(data, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def patient(rng: random.Random, person: Person, pid: str) -> Resource:
    r = Resource("Patient", pid)
    j = r.json
    slots = person_slots(rng, person)
    j["identifier"] = [
        {
            "use": "usual",
            "system": r.keep_value(MRN_SYSTEM),
            "value": r.phi_field(".identifier[0].value", T.MRN, person.mrn),
        },
        {"system": r.keep_value(SSN_SYSTEM), "value": r.phi_field(".identifier[1].value", T.SSN, person.ssn)},
        {
            "system": r.keep_value(PLAN_SYSTEM),
            "value": r.phi_field(".identifier[2].value", T.HEALTH_PLAN, person.plan_id),
        },
    ]
    j["active"] = True
    j["name"] = [
        {
            "use": "official",
            "family": r.phi_field(".name[0].family", T.NAME, person.family),
            "given": [r.phi_field(".name[0].given[0]", T.NAME, person.given)],
        }
    ]
    j["telecom"] = [
        {"system": "phone", "value": r.phi_field(".telecom[0].value", T.PHONE, person.phone), "use": "home"},
        {
            "system": "phone",
            "value": r.phi_field(".telecom[1].value", T.PHONE, person.mobile),
            "use": "mobile",
        },
        {"system": "email", "value": r.phi_field(".telecom[2].value", T.EMAIL, person.email)},
    ]
    j["gender"] = person.sex
    j["birthDate"] = r.phi_field(".birthDate", T.DATE, person.birth_date.isoformat())
    addr: dict[str, Any] = {
        "use": "home",
        "line": [r.phi_field(".address[0].line[0]", T.ADDRESS, person.street)],
        "city": r.phi_field(".address[0].city", T.ADDRESS, person.city),
        "postalCode": r.phi_field(".address[0].postalCode", T.ZIP, person.zip),
        "country": r.keep_value(person.country),
    }
    if person.state:
        addr["state"] = r.keep_value(person.state)
    j["address"] = [addr]
    rel = person.relatives[0]
    j["contact"] = [
        {
            "relationship": [{"text": rel.relation}],
            "name": {
                "family": r.phi_field(".contact[0].name.family", T.NAME, rel.family),
                "given": [r.phi_field(".contact[0].name.given[0]", T.NAME, rel.given)],
            },
            "telecom": [
                {"system": "phone", "value": r.phi_field(".contact[0].telecom[0].value", T.PHONE, rel.phone)}
            ],
        }
    ]
    j["managingOrganization"] = {"display": r.keep_value(str(slots["hospital"].value))}  # type: ignore[union-attr]
    r.narrative(render("{name}, born {dob}, MRN {mrn}. Lives at {address}. Phone {phone}.", slots))
    return r


def related_person(rng: random.Random, person: Person, pid: str) -> Resource:
    rel = person.relatives[1]
    r = Resource("RelatedPerson", _rid(rng))
    j = r.json
    j["patient"] = {
        "reference": f"Patient/{pid}",
        "display": r.phi_field(".patient.display", T.NAME, person.name),
    }
    j["relationship"] = [{"text": rel.relation}]
    j["name"] = [
        {
            "family": r.phi_field(".name[0].family", T.NAME, rel.family),
            "given": [r.phi_field(".name[0].given[0]", T.NAME, rel.given)],
        }
    ]
    j["telecom"] = [{"system": "phone", "value": r.phi_field(".telecom[0].value", T.PHONE, rel.phone)}]
    j["address"] = [
        {
            "line": [r.phi_field(".address[0].line[0]", T.ADDRESS, person.street)],
            "city": r.phi_field(".address[0].city", T.ADDRESS, person.city),
            "postalCode": r.phi_field(".address[0].postalCode", T.ZIP, person.zip),
        }
    ]
    r.narrative(
        render(
            "{rel}, {relation} of {name}; phone {phone}.",
            {
                "rel": Phi(T.NAME, rel.name),
                "relation": rel.relation,
                "name": Phi(T.NAME, person.name),
                "phone": Phi(T.PHONE, rel.phone),
            },
        )
    )
    return r


def _subject(r: Resource, person: Person, pid: str) -> dict[str, str]:
    return {"reference": f"Patient/{pid}", "display": r.phi_field(".subject.display", T.NAME, person.name)}


def encounter(rng: random.Random, person: Person, pid: str) -> Resource:
    r = Resource("Encounter", _rid(rng))
    slots = person_slots(rng, person)
    start = person.today - timedelta(days=rng.randint(1, 300))
    j = r.json
    j["status"] = "finished"
    j["class"] = {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"}
    j["subject"] = _subject(r, person, pid)
    j["period"] = {
        "start": r.phi_field(".period.start", T.DATE, _iso(rng, start)),
        "end": r.phi_field(".period.end", T.DATE, _iso(rng, start + timedelta(days=rng.randint(1, 9)))),
    }
    icd = rng.choice(vocab.ICD10)
    j["reasonCode"] = [
        {
            "coding": [{"system": r.keep_value(ICD10_SYSTEM), "code": r.keep_value(icd[0])}],
            "text": r.keep_value(icd[1]),
        }
    ]
    j["serviceProvider"] = {"display": r.keep_value(str(slots["hospital"].value))}  # type: ignore[union-attr]
    r.narrative(render("Inpatient stay of {name} ({age}) from {admit}; admitted with {dx}.", slots))
    return r


def observation(rng: random.Random, person: Person, pid: str) -> Resource:
    r = Resource("Observation", _rid(rng))
    slots = person_slots(rng, person)
    code, display = rng.choice(vocab.LOINC)
    j = r.json
    j["status"] = "final"
    j["category"] = [{"coding": [{"code": "laboratory"}]}]
    j["code"] = {
        "coding": [
            {
                "system": r.keep_value(LOINC_SYSTEM),
                "code": r.keep_value(code),
                "display": r.keep_value(display),
            }
        ]
    }
    j["subject"] = _subject(r, person, pid)
    when = person.today - timedelta(days=rng.randint(1, 200))
    j["effectiveDateTime"] = r.phi_field(".effectiveDateTime", T.DATE, _iso(rng, when))
    j["valueQuantity"] = {"value": round(rng.uniform(0.5, 180), 1), "unit": "mg/dL"}
    j["note"] = [
        {
            "text": r.take(
                render(
                    rng.choice(
                        [
                            "Drawn at home visit; {given} fasting since {word1}. "
                            "Result phoned to {rel1_rel} at {rel1_phone}.",
                            "Repeat for {name} per {specialty}; compare with {lab1}.",
                            "Specimen labelled {mrn}; {title} {family} reports taking {drug1}.",
                        ]
                    ),
                    slots,
                )
            )
        }
    ]
    return r


def condition(rng: random.Random, person: Person, pid: str) -> Resource:
    r = Resource("Condition", _rid(rng))
    slots = person_slots(rng, person)
    code, display = rng.choice(vocab.SNOMED)
    j = r.json
    j["clinicalStatus"] = {"coding": [{"code": "active"}]}
    j["code"] = {
        "coding": [
            {
                "system": r.keep_value(SNOMED_SYSTEM),
                "code": r.keep_value(code),
                "display": r.keep_value(display),
            }
        ]
    }
    j["subject"] = _subject(r, person, pid)
    onset = person.today - timedelta(days=rng.randint(30, 3000))
    j["onsetDateTime"] = r.phi_field(".onsetDateTime", T.DATE, _iso(rng, onset))
    j["note"] = [
        {
            "text": r.take(
                render(
                    rng.choice(
                        [
                            "{given} first noticed symptoms while living in {city}; diagnosed at {hospital}.",
                            "Family history: {rel2_rel} {rel2} had the same condition. Patient is {age}.",
                        ]
                    ),
                    slots,
                )
            )
        }
    ]
    return r


def medication_request(rng: random.Random, person: Person, pid: str) -> Resource:
    r = Resource("MedicationRequest", _rid(rng))
    slots = person_slots(rng, person)
    code, display = rng.choice(vocab.RXNORM)
    j = r.json
    j["status"] = "active"
    j["intent"] = "order"
    j["medicationCodeableConcept"] = {
        "coding": [
            {
                "system": r.keep_value(RXNORM_SYSTEM),
                "code": r.keep_value(code),
                "display": r.keep_value(display),
            }
        ]
    }
    j["subject"] = _subject(r, person, pid)
    authored = person.today - timedelta(days=rng.randint(1, 100))
    j["authoredOn"] = r.phi_field(".authoredOn", T.DATE, _iso(rng, authored))
    j["dosageInstruction"] = [
        {
            "text": r.keep_value(
                rng.choice(
                    [
                        "Take 1 tablet by mouth twice daily",
                        "Take 1 tablet every morning",
                        "Inject 20 units at bedtime",
                    ]
                )
            )
        }
    ]
    j["note"] = [
        {
            "text": r.take(
                render(
                    rng.choice(
                        [
                            "Pharmacy to call {given} at {mobile} when ready; deliver to {address}.",
                            "Prior auth with {payer}, member {plan}. Patient {name}.",
                        ]
                    ),
                    slots,
                )
            )
        }
    ]
    return r


def document_reference(rng: random.Random, person: Person, pid: str) -> Resource:
    r = Resource("DocumentReference", _rid(rng))
    j = r.json
    note = note_for(rng, person, sections=2)
    j["status"] = "current"
    j["type"] = {"text": "Clinical note"}
    j["subject"] = _subject(r, person, pid)
    j["date"] = r.phi_field(".date", T.DATE, _iso(rng, person.today - timedelta(days=rng.randint(1, 60))))
    data = base64.b64encode(r.take(note).encode("utf-8")).decode("ascii")
    j["content"] = [
        {
            "attachment": {
                "contentType": rng.choice(["text/plain", "text/plain; charset=utf-8"]),
                "data": data,
                "title": "note.txt",
            }
        }
    ]
    return r


RESOURCE_MAKERS = [encounter, observation, observation, condition, medication_request, document_reference]


def patient_resources(rng: random.Random, person: Person, extra: int) -> list[Resource]:
    """A Patient, a RelatedPerson and `extra` clinical resources about them."""
    pid = _rid(rng)
    out = [patient(rng, person, pid), related_person(rng, person, pid)]
    out.extend(rng.choice(RESOURCE_MAKERS)(rng, person, pid) for _ in range(extra))
    return out


class FhirDoc:
    """A labelled FHIR JSON document: `json`, `phi` (structured ones carry `path`), `keep`."""

    def __init__(self, json_value: dict[str, Any], phi: list[Phi], keep: list[str]) -> None:
        self.json, self.phi, self.keep = json_value, phi, keep


def single_resource(rng: random.Random, split: Split = "dev", resource_type: str | None = None) -> FhirDoc:
    """One resource of `resource_type` (Patient, RelatedPerson, Encounter, ...) about a new person.

    Regenerated until its labels are unambiguous (no keep value overlaps a PHI value)."""
    makers = {
        "Patient": patient,
        "RelatedPerson": related_person,
        "Encounter": encounter,
        "Observation": observation,
        "Condition": condition,
        "MedicationRequest": medication_request,
        "DocumentReference": document_reference,
    }
    resource_type = resource_type or rng.choice(sorted(makers))
    if resource_type not in makers:
        raise ValueError(f"unknown resource type {resource_type!r}: {sorted(makers)}")
    for _ in range(50):
        res = makers[resource_type](rng, make_person(rng, split), _rid(rng))
        if not res.ambiguous and not conflicts(res.phi, res.keep):
            return FhirDoc(res.json, res.phi, res.keep)
    raise RuntimeError(f"could not generate an unambiguous {resource_type} in 50 attempts")


def bundle(
    rng: random.Random, split: Split = "dev", size_bytes: int = 20_000, per_patient: int = 6
) -> FhirDoc:
    """A searchset Bundle of several patients' resources, grown until it is about `size_bytes`."""
    entries: list[dict[str, Any]] = []
    phi: list[Phi] = []
    keep: list[str] = []
    phi_seen: dict[str, Phi] = {}
    keep_seen: set[str] = set()
    size, failures = 200, 0
    while size < size_bytes or not entries:
        if failures > 50:
            raise RuntimeError("could not generate an unambiguous patient group in 50 attempts")
        group = patient_resources(rng, make_person(rng, split), per_patient)
        group_phi = dedupe_phi(p for res in group for p in res.phi)
        group_keep = set(k for res in group for k in res.keep)
        # a keep value of any group must not overlap a PHI value of any other: check only what is new
        if (
            any(res.ambiguous for res in group)
            or conflicts(group_phi, keep_seen | group_keep)
            or conflicts(phi_seen.values(), group_keep - keep_seen)
        ):
            failures += 1
            continue
        keep_seen |= group_keep
        phi_seen.update((p.value, p) for p in group_phi)
        failures = 0
        for res in group:
            i = len(entries)
            rt, rid = res.json["resourceType"], res.json["id"]
            entry = {
                "fullUrl": f"{BASE_URL}/{rt}/{rid}",
                "resource": res.json,
                "search": {"mode": "match" if rt == "Patient" else "include"},
            }
            entries.append(entry)
            size += len(json.dumps(entry, ensure_ascii=False)) + 2
            for p in res.phi:
                path = p.path.replace("$", f"$.entry[{i}].resource", 1) if p.path else None
                phi.append(Phi(p.type, p.value, path))
            keep.extend(res.keep)
            if size >= size_bytes:
                break
    doc = {
        "resourceType": "Bundle",
        "id": _rid(rng),
        "type": "searchset",
        "total": len(entries),
        "link": [{"relation": "self", "url": f"{BASE_URL}/Patient?_count={len(entries)}"}],
        "entry": entries,
    }
    return FhirDoc(doc, phi, keep)
