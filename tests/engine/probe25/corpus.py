"""Probe 25's corpus: FHIR JSON (R4, a few R5- and STU3-shaped resources) as servers and apps emit it.

Every document is built as a Python structure whose strings are plain (neither PHI nor keep), `P` (a PHI
value), `K` (a keep value), `T` (free text made of pieces) or `B64` (a text note carried base64-encoded in
`attachment.data`); `serialise` writes it exactly like `json.dumps(..., ensure_ascii=False)` and records
each visible PHI value's span. PHI inside base64 has no span: run_probe decodes `data` strings to score it.

Labelling decisions (made before any measurement):
- NAME: every part of every person's name (patient, relatives, clinicians, subscribers, authors) wherever it
  appears: HumanName parts, `text`, reference `display`, narrative, notes. Organisation, hospital and payer
  names are keep values.
- DATE: every date or dateTime directly related to the patient (Safe Harbor removes all of them but the
  year): birthDate, deceasedDateTime, encounter/coverage/claim periods, effective/issued/authoredOn/onset/
  recorded/sent/collected/started/created dates, appointment start/end, answers' valueDate, dates in notes,
  history and provenance timestamps. The label is the whole value; the year may stay, and (run_probe's
  `time_allowed`) so may the time of day and zone left over when day and month are gone. Not labelled and
  not kept: meta.lastUpdated, device manufacture/expiry dates (not about the individual). Years alone in
  text are keep values.
- AGE: ages over 89 in text; ages under 90 are keep values.
- Logical ids (`Patient/p25-...`) are opaque server keys, neither PHI nor keep; identifier values (MRN, SSN,
  member, subscriber, claim, accession, NPI of a clinician...) are PHI, also inside `request.url`s.
"""

from __future__ import annotations

import base64
import contextlib
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from tests.engine.probe.corpus import Doc
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe25 import people as pp


@dataclass(frozen=True)
class P:
    type: str
    value: str


@dataclass(frozen=True)
class K:
    value: str


def _flat(pieces: tuple) -> tuple:
    """Nested free text (a T inside a T) is spliced in."""
    return tuple(x for p in pieces for x in (p.pieces if isinstance(p, T) else (p,)))


@dataclass(frozen=True)
class T:
    pieces: tuple

    def __init__(self, *pieces: Any) -> None:
        object.__setattr__(self, "pieces", _flat(pieces))


@dataclass(frozen=True)
class B64:
    pieces: tuple

    def __init__(self, *pieces: Any) -> None:
        object.__setattr__(self, "pieces", _flat(pieces))


@dataclass
class _Out:
    chunks: list[str] = field(default_factory=list)
    pos: int = 0
    phi: list[tuple[str, str]] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def add(self, s: str) -> None:
        self.chunks.append(s)
        self.pos += len(s)


def _esc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _emit(v: Any, o: _Out) -> None:
    if isinstance(v, dict):
        o.add("{")
        for i, (k, x) in enumerate(v.items()):
            o.add((", " if i else "") + json.dumps(k, ensure_ascii=False) + ": ")
            _emit(x, o)
        o.add("}")
    elif isinstance(v, list):
        o.add("[")
        for i, x in enumerate(v):
            if i:
                o.add(", ")
            _emit(x, o)
        o.add("]")
    elif isinstance(v, P | K | T | str):
        o.add('"')
        for piece in v.pieces if isinstance(v, T) else (v,):
            text = _esc(piece.value if isinstance(piece, P | K) else piece)
            if isinstance(piece, P):
                o.phi.append((piece.type, piece.value))
                o.spans.append((o.pos, o.pos + len(text)))
            elif isinstance(piece, K):
                o.keep.append(piece.value)
            o.add(text)
        o.add('"')
    elif isinstance(v, B64):
        text = "".join(p.value if isinstance(p, P | K) else p for p in v.pieces)
        o.phi.extend((p.type, p.value) for p in v.pieces if isinstance(p, P))
        o.add('"' + base64.b64encode(text.encode()).decode() + '"')
    else:
        o.add(json.dumps(v))


def serialise(obj: Any) -> tuple[str, list[tuple[str, str]], list[str], list[tuple[int, int]]]:
    o = _Out()
    _emit(obj, o)
    return "".join(o.chunks), list(dict.fromkeys(o.phi)), list(dict.fromkeys(o.keep)), o.spans


# ---- people --------------------------------------------------------------------------------------------


class Person:
    """One invented person with every field a FHIR resource may carry (each a P label)."""

    def __init__(self, rng: random.Random, old: bool = False, used: set[str] | None = None) -> None:
        used = used if used is not None else set()
        origin = rng.choice(sorted(pp.NAMES))
        fem, mal, fams = pp.NAMES[origin]
        self.female = rng.random() < 0.5
        while True:
            g = rng.choice(fem if self.female else mal)
            m = rng.choice(fem if self.female else mal)
            f = rng.choice(fams)
            if not {g, m, f} & used and g != m:
                break
        used |= {g, m, f}
        self.given, self.middle, self.family = g, m, f
        self.full = f"{g} {f}"
        age = rng.randrange(91, 99) if old else rng.randrange(19, 80)
        self.born = date(2025 - age, 1, 1) + timedelta(days=rng.randrange(365))
        self.age = age
        town, state, zip3 = rng.choice(pp.US_TOWNS)
        self.city, self.state = town, state
        self.zip = zip3 + f"{rng.randrange(10, 99)}"
        self.line = f"{rng.randrange(12, 9800)} {rng.choice(pp.STREETS)}"
        self.unit = f"Apt {rng.randrange(2, 40)}{rng.choice('ABCD')}"
        self.district = rng.choice(pp.DISTRICTS)
        self.phone = f"({rng.randrange(201, 989)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
        self.mobile = f"+1 {rng.randrange(201, 989)} {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}"
        user = f"{g[:1]}{f.split()[0].split('-')[0]}{rng.randrange(10, 99)}".lower()
        self.email = f"{_ascii(user)}@{rng.choice(pp.EMAIL_DOMAINS)}"
        self.mrn = f"{rng.choice(['MR', 'E', ''])}{rng.randrange(1000000, 99999999)}"
        self.ssn = f"{rng.randrange(101, 665):03d}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
        self.member = f"{rng.choice(['XQH', 'WDM', 'BNZ'])}{rng.randrange(100000000, 999999999)}"

    def name(self, use: str = "official") -> dict[str, Any]:
        return {
            "use": use,
            "family": P("NAME", self.family),
            "given": [P("NAME", self.given), P("NAME", self.middle)],
        }

    def address(self, rng: random.Random) -> dict[str, Any]:
        return {
            "use": "home",
            "type": "physical",
            "line": [P("ADDRESS", self.line), P("ADDRESS", self.unit)],
            "city": P("ADDRESS", self.city),
            "district": P("ADDRESS", self.district),
            "state": self.state,
            "postalCode": P("ZIP", self.zip),
            "country": "US",
        }

    def telecom(self) -> list[dict[str, Any]]:
        return [
            {"system": "phone", "value": P("PHONE", self.phone), "use": "home"},
            {"system": "phone", "value": P("PHONE", self.mobile), "use": "mobile", "rank": 1},
            {"system": "email", "value": P("EMAIL", self.email)},
        ]


def _ascii(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


def iso(d: date) -> P:
    return P("DATE", d.isoformat())


def ts(rng: random.Random, d: date, zone: str = "-05:00") -> P:
    t = datetime(d.year, d.month, d.day, rng.randrange(6, 20), rng.randrange(60), rng.randrange(60))
    return P("DATE", t.isoformat() + zone)


def when(rng: random.Random, back: int = 400) -> date:
    return date(2024, 6, 1) + timedelta(days=rng.randrange(back))


def human_date(d: date) -> P:
    return P("DATE", f"{d:%B} {d.day}, {d.year}")


def us_date(d: date) -> P:
    return P("DATE", f"{d.month}/{d.day}/{d.year}")


def ref(kind: str, rid: str, display: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {"reference": f"{kind}/{rid}"}
    if display is not None:
        out["display"] = display
    return out


def rid(rng: random.Random) -> str:
    return "p25-" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(6))


def npi(rng: random.Random) -> str:
    return f"1{rng.randrange(100000000, 999999999)}"


def dr(c: Person) -> T:
    return T("Dr. ", P("NAME", c.given), " ", P("NAME", c.family))


def pname(c: Person) -> T:
    return T(P("NAME", c.given), " ", P("NAME", c.family))


def div(*pieces: Any) -> dict[str, Any]:
    return {"status": "generated", "div": T('<div xmlns="http://www.w3.org/1999/xhtml">', *pieces, "</div>")}


def coding(system: str, code: str, display: str) -> dict[str, Any]:
    return {"system": K(system), "code": K(code), "display": K(display)}


HOSPITALS = ["Brackenridge Valley Medical Center", "Saint Odilia Regional Hospital", "Larchmont Bay Health"]
PAYERS = ["Keystone Meridian Health Plan", "Tri-River Mutual Insurance", "Northgate Community Health Plan"]
CONDITIONS = [
    ("44054006", "Type 2 diabetes mellitus"),
    ("38341003", "Hypertensive disorder"),
    ("195967001", "Asthma"),
    ("13645005", "Chronic obstructive lung disease"),
    ("49436004", "Atrial fibrillation"),
]
DRUGS = [
    ("860975", "Metformin hydrochloride 500 MG Oral Tablet"),
    ("314076", "Lisinopril 10 MG Oral Tablet"),
    ("617312", "Atorvastatin 40 MG Oral Tablet"),
    ("855332", "Warfarin Sodium 5 MG Oral Tablet"),
]
LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
OID_MRN = "urn:oid:2.16.840.1.113883.3.7125.1"
SSN_SYS = "http://hl7.org/fhir/sid/us-ssn"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"


def mrn_ident(p: Person, hospital: str) -> dict[str, Any]:
    return {
        "use": "usual",
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
        "system": OID_MRN,
        "value": P("MRN", p.mrn),
        "assigner": {"display": K(hospital)},
    }


# ---- the documents -------------------------------------------------------------------------------------
# Each builder takes (rng, new_person) and returns one FHIR JSON structure.


def patient_extensions(rng: random.Random, np: Any) -> dict[str, Any]:
    p, mother, son = np(old=rng.random() < 0.5), np(), np()
    h = rng.choice(HOSPITALS)
    died = when(rng)
    born_town, _, _ = rng.choice(pp.US_TOWNS)
    ext = "http://hl7.org/fhir/StructureDefinition/"
    return {
        "resourceType": "Patient",
        "id": rid(rng),
        "meta": {
            "lastUpdated": "2025-03-02T11:04:52Z",
            "tag": [
                {
                    "system": "urn:p25:tags",
                    "code": T("mrn-", P("MRN", p.mrn)),
                    "display": T("imported for ", P("NAME", p.given), " ", P("NAME", p.family)),
                }
            ],
        },
        "text": div(
            "<p><b>",
            P("NAME", p.given),
            " ",
            P("NAME", p.family),
            "</b>, born ",
            us_date(p.born),
            ", MRN ",
            P("MRN", p.mrn),
            "</p><p>",
            P("ADDRESS", p.line),
            ", ",
            P("ADDRESS", p.city),
            " ",
            p.state,
            " ",
            P("ZIP", p.zip),
            "</p>",
        ),
        "extension": [
            {
                "url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                "extension": [
                    {
                        "url": "ombCategory",
                        "valueCoding": {
                            "system": "urn:oid:2.16.840.1.113883.6.238",
                            "code": K("2106-3"),
                            "display": K("White"),
                        },
                    },
                    {"url": "text", "valueString": K("White")},
                ],
            },
            {"url": ext + "patient-mothersMaidenName", "valueString": P("NAME", mother.family)},
            {
                "url": ext + "patient-birthPlace",
                "valueAddress": {"city": P("ADDRESS", born_town), "state": "NE"},
            },
            {
                "url": "https://fhir.example-ehr.net/ext/emergency-contact-name",
                "valueHumanName": {"family": P("NAME", son.family), "given": [P("NAME", son.given)]},
            },
            {
                "url": "https://fhir.example-ehr.net/ext/previous-address",
                "valueAddress": {
                    "line": [P("ADDRESS", son.line)],
                    "city": P("ADDRESS", son.city),
                    "postalCode": P("ZIP", son.zip),
                },
            },
            {
                "url": "https://fhir.example-ehr.net/ext/pager",
                "valueContactPoint": {"system": "pager", "value": P("PHONE", son.phone)},
            },
            {
                "url": "https://fhir.example-ehr.net/ext/legacy-id",
                "valueIdentifier": {
                    "system": "urn:oid:2.16.840.1.113883.3.7125.9",
                    "value": P("MRN", son.mrn),
                },
            },
            {"url": "https://fhir.example-ehr.net/ext/preferred-name", "valueString": P("NAME", p.middle)},
        ],
        "identifier": [mrn_ident(p, h), {"system": SSN_SYS, "value": P("SSN", p.ssn)}],
        "active": True,
        "name": [{**p.name(), "text": pname(p)}, {"use": "maiden", "family": P("NAME", mother.given)}],
        "telecom": p.telecom(),
        "gender": "female" if p.female else "male",
        "birthDate": iso(p.born),
        "_birthDate": {"extension": [{"url": ext + "patient-birthTime", "valueDateTime": ts(rng, p.born)}]},
        "deceasedDateTime": ts(rng, died),
        "address": [p.address(rng)],
        "maritalStatus": {
            "coding": [coding("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "W", "Widowed")]
        },
        "managingOrganization": {"display": K(h)},
    }


def related_person_batch(rng: random.Random, np: Any) -> dict[str, Any]:
    p, r1, r2 = np(), np(), np()
    pid = rid(rng)
    return {
        "resourceType": "Bundle",
        "type": "batch",
        "entry": [
            {
                "fullUrl": "urn:uuid:5f2c7a10-25aa-4e1b-9c0d-1b2c3d4e5f60",
                "resource": {
                    "resourceType": "RelatedPerson",
                    "id": rid(rng),
                    "active": True,
                    "patient": ref("Patient", pid, pname(p)),
                    "relationship": [
                        {
                            "coding": [
                                coding(
                                    "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                    "DAU",
                                    "natural daughter",
                                )
                            ]
                        }
                    ],
                    "name": [{**r1.name(), "text": pname(r1)}],
                    "telecom": r1.telecom(),
                    "birthDate": iso(r1.born),
                    "address": [r1.address(rng)],
                    "period": {"start": iso(when(rng))},
                },
                "request": {"method": "POST", "url": "RelatedPerson"},
            },
            {
                "resource": {
                    "resourceType": "Person",
                    "id": rid(rng),
                    "name": [r2.name()],
                    "telecom": [{"system": "email", "value": P("EMAIL", r2.email)}],
                    "birthDate": iso(r2.born),
                    "gender": "unknown",
                    "link": [{"target": ref("Patient", pid, pname(p)), "assurance": "level3"}],
                },
                "request": {"method": "PUT", "url": T("Person?identifier=", SSN_SYS, "|", P("SSN", r2.ssn))},
            },
            {"request": {"method": "GET", "url": T("Patient?identifier=", OID_MRN, "|", P("MRN", p.mrn))}},
        ],
    }


def practitioner_role(rng: random.Random, np: Any) -> dict[str, Any]:
    c, c2 = np(), np()
    h = rng.choice(HOSPITALS)
    cid = rid(rng)
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": 2,
        "link": [
            {
                "relation": "self",
                "url": T(
                    "https://fhir.example-ehr.net/r4/Practitioner?family=",
                    P("NAME", c.family),
                    "&_revinclude=PractitionerRole:practitioner",
                ),
            }
        ],
        "entry": [
            {
                "fullUrl": f"https://fhir.example-ehr.net/r4/Practitioner/{cid}",
                "resource": {
                    "resourceType": "Practitioner",
                    "id": cid,
                    "identifier": [
                        {"system": NPI_SYS, "value": P("ID", npi(rng))},
                        {
                            "system": "urn:oid:2.16.840.1.113883.4.814",
                            "value": P("ID", f"MD{rng.randrange(10000, 99999)}"),
                        },
                    ],
                    "name": [
                        {
                            "family": P("NAME", c.family),
                            "given": [P("NAME", c.given)],
                            "prefix": ["Dr."],
                            "suffix": ["MD"],
                        }
                    ],
                    "telecom": [
                        {"system": "phone", "value": P("PHONE", c.phone), "use": "work"},
                        {"system": "email", "value": P("EMAIL", c.email), "use": "work"},
                    ],
                    "address": [
                        {
                            "use": "home",
                            "line": [P("ADDRESS", c.line)],
                            "city": P("ADDRESS", c.city),
                            "postalCode": P("ZIP", c.zip),
                        }
                    ],
                    "qualification": [
                        {
                            "code": {"text": K("Doctor of Medicine")},
                            "issuer": {"display": K("Vermont Board of Medical Practice")},
                        }
                    ],
                },
                "search": {"mode": "match"},
            },
            {
                "fullUrl": "https://fhir.example-ehr.net/r4/PractitionerRole/" + rid(rng),
                "resource": {
                    "resourceType": "PractitionerRole",
                    "id": rid(rng),
                    "active": True,
                    "practitioner": ref("Practitioner", cid, dr(c)),
                    "organization": {"display": K(h)},
                    "code": [{"coding": [coding(SCT, "17561000", "Cardiologist")]}],
                    "telecom": [{"system": "pager", "value": P("PHONE", c2.phone)}],
                    "availabilityExceptions": T(
                        "Covered by ", dr(c2).pieces[1], " ", P("NAME", c2.family), " on leave weeks"
                    ),
                },
                "search": {"mode": "include"},
            },
        ],
    }


def coverage_claim_transaction(rng: random.Random, np: Any) -> dict[str, Any]:
    p, sub = np(), np()
    payer = rng.choice(PAYERS)
    d = when(rng)
    claim_no = f"CLM-{rng.randrange(10**9, 10**10)}"
    drug = rng.choice(DRUGS)
    return {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": "urn:uuid:0c8a9d2e-7b41-4f7e-8d6a-25aa00000001",
                "resource": {
                    "resourceType": "Coverage",
                    "status": "active",
                    "identifier": [
                        {
                            "system": "https://keystone-meridian.example/member",
                            "value": P("HEALTH_PLAN", p.member),
                        }
                    ],
                    "subscriber": {"display": pname(sub)},
                    "subscriberId": P("HEALTH_PLAN", sub.member),
                    "beneficiary": {"reference": "Patient/" + rid(rng), "display": pname(p)},
                    "relationship": {
                        "coding": [
                            coding(
                                "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                                "spouse",
                                "Spouse",
                            )
                        ]
                    },
                    "period": {"start": iso(d), "end": iso(d + timedelta(days=364))},
                    "payor": [{"display": K(payer)}],
                    "class": [
                        {"type": {"text": K("Group")}, "value": K("GRP-88410"), "name": K("Bronze PPO 5000")}
                    ],
                },
                "request": {
                    "method": "POST",
                    "url": "Coverage",
                    "ifNoneExist": T(
                        "identifier=https://keystone-meridian.example/member|", P("HEALTH_PLAN", p.member)
                    ),
                },
            },
            {
                "fullUrl": "urn:uuid:0c8a9d2e-7b41-4f7e-8d6a-25aa00000002",
                "resource": {
                    "resourceType": "Claim",
                    "status": "active",
                    "use": "claim",
                    "identifier": [
                        {"system": "https://tri-river.example/claims", "value": P("ID", claim_no)}
                    ],
                    "type": {
                        "coding": [
                            coding("http://terminology.hl7.org/CodeSystem/claim-type", "pharmacy", "Pharmacy")
                        ]
                    },
                    "patient": {"display": pname(p)},
                    "created": iso(d + timedelta(days=20)),
                    "billablePeriod": {
                        "start": iso(d + timedelta(days=3)),
                        "end": iso(d + timedelta(days=4)),
                    },
                    "provider": {"display": K(rng.choice(HOSPITALS))},
                    "priority": {"coding": [{"code": "normal"}]},
                    "insurance": [
                        {
                            "sequence": 1,
                            "focal": True,
                            "coverage": {"reference": "urn:uuid:0c8a9d2e-7b41-4f7e-8d6a-25aa00000001"},
                            "identifier": {"value": P("HEALTH_PLAN", p.member)},
                        }
                    ],
                    "item": [
                        {
                            "sequence": 1,
                            "productOrService": {"coding": [coding(RXN, *drug)]},
                            "net": {"value": 42.17, "currency": "USD"},
                        }
                    ],
                },
                "request": {"method": "PUT", "url": T("Claim?identifier=", P("ID", claim_no))},
            },
        ],
    }


def eob_contained(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(), np()
    d = when(rng)
    eob_no = f"EOB{rng.randrange(10**8, 10**9)}"
    return {
        "resourceType": "ExplanationOfBenefit",
        "id": rid(rng),
        "status": "active",
        "outcome": "complete",
        "contained": [
            {
                "resourceType": "Patient",
                "id": "pat",
                "name": [p.name()],
                "identifier": [{"system": SSN_SYS, "value": P("SSN", p.ssn)}],
                "birthDate": iso(p.born),
                "address": [p.address(rng)],
            },
            {
                "resourceType": "Practitioner",
                "id": "prov",
                "name": [{"text": dr(c)}],
                "identifier": [{"system": NPI_SYS, "value": P("ID", npi(rng))}],
            },
        ],
        "identifier": [{"system": "https://tri-river.example/eob", "value": P("ID", eob_no)}],
        "type": {
            "coding": [
                coding("http://terminology.hl7.org/CodeSystem/claim-type", "institutional", "Institutional")
            ]
        },
        "use": "claim",
        "patient": {"reference": "#pat"},
        "created": iso(d + timedelta(days=30)),
        "insurer": {"display": K(rng.choice(PAYERS))},
        "provider": {"reference": "#prov"},
        "billablePeriod": {"start": iso(d), "end": iso(d + timedelta(days=2))},
        "insurance": [{"focal": True, "coverage": {"display": T("member ", P("HEALTH_PLAN", p.member))}}],
        "diagnosis": [
            {"sequence": 1, "diagnosisCodeableConcept": {"coding": [coding(SCT, *rng.choice(CONDITIONS))]}}
        ],
        "payment": {"date": iso(d + timedelta(days=45)), "amount": {"value": 1180.5, "currency": "USD"}},
        "processNote": [
            {
                "number": 1,
                "text": T(
                    "Adjusted after call with ",
                    pname(p),
                    " on ",
                    us_date(d + timedelta(days=40)),
                    "; callback ",
                    P("PHONE", p.phone),
                ),
            }
        ],
    }


def encounter_hospitalization(rng: random.Random, np: Any) -> dict[str, Any]:
    p, att, nurse = np(), np(), np()
    d = when(rng)
    h = rng.choice(HOSPITALS)
    return {
        "resourceType": "Encounter",
        "id": rid(rng),
        "status": "finished",
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": K("IMP"),
            "display": K("inpatient encounter"),
        },
        "identifier": [
            {
                "system": "urn:oid:2.16.840.1.113883.3.7125.4",
                "value": P("ACCOUNT", f"V{rng.randrange(10**7, 10**8)}"),
            }
        ],
        "subject": ref("Patient", rid(rng), pname(p)),
        "participant": [
            {
                "type": [
                    {
                        "coding": [
                            coding(
                                "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                "ATND",
                                "attender",
                            )
                        ]
                    }
                ],
                "individual": ref("Practitioner", rid(rng), dr(att)),
                "period": {"start": ts(rng, d)},
            },
            {
                "type": [{"text": K("primary nurse")}],
                "individual": {"display": T(pname(nurse).pieces[0], " ", P("NAME", nurse.family), ", RN")},
            },
        ],
        "period": {"start": ts(rng, d), "end": ts(rng, d + timedelta(days=3))},
        "reasonCode": [
            {
                "coding": [coding(SCT, "233604007", "Pneumonia")],
                "text": T(
                    "Pneumonia; brought in by neighbour ",
                    P("NAME", nurse.middle),
                    " from ",
                    P("ADDRESS", p.line),
                ),
            }
        ],
        "hospitalization": {
            "preAdmissionIdentifier": {"value": P("ID", f"PA-{rng.randrange(10**6, 10**7)}")},
            "origin": {"display": T("home, ", P("ADDRESS", p.city))},
            "admitSource": {
                "coding": [{"code": K("emd"), "display": K("From accident/emergency department")}]
            },
            "dischargeDisposition": {"coding": [{"code": K("home"), "display": K("Home")}]},
            "destination": {"display": T(P("ADDRESS", p.line), ", ", P("ADDRESS", p.unit))},
        },
        "location": [
            {
                "location": {"display": K("Ward 4 West")},
                "status": "completed",
                "period": {"start": ts(rng, d)},
            }
        ],
        "serviceProvider": {"display": K(h)},
    }


def observation_components(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(old=True), np()
    d = when(rng)
    sys_, dia = rng.randrange(118, 165), rng.randrange(68, 96)
    return {
        "resourceType": "Observation",
        "id": rid(rng),
        "status": K("final"),
        "category": [
            {
                "coding": [
                    coding(
                        "http://terminology.hl7.org/CodeSystem/observation-category",
                        "vital-signs",
                        "Vital Signs",
                    )
                ]
            }
        ],
        "code": {"coding": [coding(LOINC, "85354-9", "Blood pressure panel with all children optional")]},
        "subject": ref("Patient", rid(rng), pname(p)),
        "effectiveDateTime": ts(rng, d),
        "issued": ts(rng, d, "Z"),
        "performer": [ref("Practitioner", rid(rng), dr(c))],
        "component": [
            {
                "code": {"coding": [coding(LOINC, "8480-6", "Systolic blood pressure")]},
                "valueQuantity": {
                    "value": sys_,
                    "unit": "mmHg",
                    "system": "http://unitsofmeasure.org",
                    "code": "mm[Hg]",
                },
            },
            {
                "code": {"coding": [coding(LOINC, "8462-4", "Diastolic blood pressure")]},
                "valueQuantity": {
                    "value": dia,
                    "unit": "mmHg",
                    "system": "http://unitsofmeasure.org",
                    "code": "mm[Hg]",
                },
            },
            {
                "code": {"text": K("Position")},
                "valueString": T("seated, taken by ", P("NAME", c.middle), " at home visit"),
            },
        ],
        "valueString": T(
            "Home reading by patient ",
            P("NAME", p.given),
            " (",
            P("AGE", str(p.age)),
            " y) at ",
            P("ADDRESS", p.line),
            "; daughter ",
            P("NAME", c.family),
            " present",
        ),
        "note": [
            {
                "authorString": pname(c),
                "time": ts(rng, d),
                "text": T(
                    "Repeat in 2 weeks. Pt can be reached at ",
                    P("PHONE", p.mobile),
                    " or ",
                    P("EMAIL", p.email),
                    ". DOB ",
                    us_date(p.born),
                    ".",
                ),
            }
        ],
    }


def condition_allergy_searchset(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(), np()
    cond = rng.choice(CONDITIONS)
    pid = rid(rng)
    on = when(rng, 900)
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": 2,
        "link": [
            {
                "relation": "self",
                "url": T(
                    "https://fhir.example-ehr.net/r4/Condition?patient.identifier=",
                    P("MRN", p.mrn),
                    "&_include=AllergyIntolerance:patient",
                ),
            }
        ],
        "entry": [
            {
                "fullUrl": "https://fhir.example-ehr.net/r4/Condition/" + rid(rng),
                "resource": {
                    "resourceType": "Condition",
                    "clinicalStatus": {"coding": [{"code": K("active")}]},
                    "code": {"coding": [coding(SCT, *cond)], "text": K(cond[1])},
                    "subject": ref("Patient", pid, pname(p)),
                    "onsetDateTime": iso(on),
                    "recordedDate": ts(rng, on + timedelta(days=2)),
                    "recorder": {"display": dr(c)},
                    "note": [
                        {
                            "text": T(
                                "Diagnosed ",
                                human_date(on),
                                " at ",
                                K(rng.choice(HOSPITALS)),
                                "; first symptoms in ",
                                K(str(on.year - 2)),
                                ". Lives with husband ",
                                P("NAME", c.middle),
                                " ",
                                P("NAME", p.family),
                                " in ",
                                P("ADDRESS", p.city),
                                ".",
                            )
                        }
                    ],
                },
                "search": {"mode": "match"},
            },
            {
                "fullUrl": "https://fhir.example-ehr.net/r4/AllergyIntolerance/" + rid(rng),
                "resource": {
                    "resourceType": "AllergyIntolerance",
                    "clinicalStatus": {"coding": [{"code": K("active")}]},
                    "criticality": K("high"),
                    "code": {"coding": [coding(SCT, "91936005", "Allergy to penicillin")]},
                    "patient": ref("Patient", pid, pname(p)),
                    "recordedDate": iso(on + timedelta(days=30)),
                    "reaction": [
                        {
                            "manifestation": [{"coding": [coding(SCT, "271807003", "Eruption of skin")]}],
                            "onset": iso(on - timedelta(days=400)),
                            "note": [
                                {
                                    "text": T(
                                        "Reported by mother ",
                                        P("NAME", c.given),
                                        " ",
                                        P("NAME", c.family),
                                        " (",
                                        P("PHONE", c.phone),
                                        ")",
                                    )
                                }
                            ],
                        }
                    ],
                },
                "search": {"mode": "include"},
            },
        ],
    }


def medication_request(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(), np()
    drug = rng.choice(DRUGS)
    d = when(rng)
    return {
        "resourceType": "MedicationRequest",
        "id": rid(rng),
        "status": K("active"),
        "intent": K("order"),
        "identifier": [
            {
                "system": "urn:oid:2.16.840.1.113883.3.7125.7",
                "value": P("ID", f"RX{rng.randrange(10**7, 10**8)}"),
            }
        ],
        "medicationCodeableConcept": {"coding": [coding(RXN, *drug)], "text": K(drug[1])},
        "subject": ref("Patient", rid(rng), pname(p)),
        "authoredOn": iso(d),
        "requester": ref("Practitioner", rid(rng), dr(c)),
        "dosageInstruction": [
            {
                "sequence": 1,
                "text": T(
                    "Take 1 tablet by mouth twice daily with meals. Pharmacy to call ",
                    P("NAME", p.given),
                    " at ",
                    P("PHONE", p.phone),
                    " when ready.",
                ),
                "timing": {
                    "repeat": {
                        "frequency": 2,
                        "period": 1,
                        "periodUnit": "d",
                        "boundsPeriod": {"start": iso(d)},
                    }
                },
                "doseAndRate": [{"doseQuantity": {"value": 1, "unit": K("tablet")}}],
            }
        ],
        "dispenseRequest": {
            "validityPeriod": {"start": iso(d), "end": iso(d + timedelta(days=180))},
            "numberOfRepeatsAllowed": 3,
            "quantity": {"value": 60, "unit": "tablet"},
        },
        "note": [
            {
                "text": T(
                    "Deliver to ",
                    P("ADDRESS", p.line),
                    ", ",
                    P("ADDRESS", p.city),
                    " ",
                    P("ZIP", p.zip),
                    "; neighbour ",
                    P("NAME", c.middle),
                    " may sign. Patient is ",
                    K("67"),
                    " and uses a pill box.",
                )
            }
        ],
    }


def document_reference_b64(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(old=True), np()
    d = when(rng)
    h = rng.choice(HOSPITALS)
    return {
        "resourceType": "DocumentReference",
        "id": rid(rng),
        "status": K("current"),
        "masterIdentifier": {
            "system": "urn:ietf:rfc:3986",
            "value": P("ID", f"urn:oid:1.3.6.1.4.1.25.{rng.randrange(10**6, 10**7)}"),
        },
        "identifier": [mrn_ident(p, h)],
        "type": {"coding": [coding(LOINC, "11506-3", "Progress note")]},
        "subject": ref("Patient", rid(rng), pname(p)),
        "date": ts(rng, d),
        "author": [ref("Practitioner", rid(rng), dr(c))],
        "custodian": {"display": K(h)},
        "description": T("Progress note for ", pname(p), ", visit of ", us_date(d)),
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain",
                    "language": "en-US",
                    "title": K("Progress note"),
                    "data": B64(
                        "PROGRESS NOTE\nPatient: ",
                        P("NAME", p.family),
                        ", ",
                        P("NAME", p.given),
                        "  MRN: ",
                        P("MRN", p.mrn),
                        "\nDOB: ",
                        us_date(p.born),
                        "  Age: ",
                        P("AGE", str(p.age)),
                        "\nAddress: ",
                        P("ADDRESS", p.line),
                        ", ",
                        P("ADDRESS", p.city),
                        " ",
                        P("ZIP", p.zip),
                        "\nPhone: ",
                        P("PHONE", p.phone),
                        "\n\nSeen today for follow-up of atrial fibrillation. Warfarin continued.\nSigned: ",
                        P("NAME", c.given),
                        " ",
                        P("NAME", c.family),
                        ", MD\n",
                    ),
                    "creation": ts(rng, d),
                }
            }
        ],
        "context": {"period": {"start": ts(rng, d)}, "facilityType": {"text": K("Outpatient clinic")}},
    }


def diagnostic_report_presented(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(), np()
    d = when(rng)
    acc = f"RAD{rng.randrange(10**6, 10**7)}"
    return {
        "resourceType": "DiagnosticReport",
        "id": rid(rng),
        "status": K("final"),
        "identifier": [
            {
                "type": {"text": "Accession"},
                "system": "urn:oid:2.16.840.1.113883.3.7125.5",
                "value": P("ID", acc),
            }
        ],
        "category": [
            {"coding": [coding("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")]}
        ],
        "code": {"coding": [coding(LOINC, "36643-5", "XR Chest 2 Views")]},
        "subject": ref("Patient", rid(rng), pname(p)),
        "effectiveDateTime": ts(rng, d),
        "issued": ts(rng, d + timedelta(days=1), "Z"),
        "resultsInterpreter": [ref("Practitioner", rid(rng), dr(c))],
        "conclusion": T(
            "No acute cardiopulmonary process. Compared with film of ",
            us_date(d - timedelta(days=200)),
            ". Discussed with ",
            P("NAME", p.given),
            "'s wife ",
            P("NAME", p.middle),
            " by phone ",
            P("PHONE", p.mobile),
            ".",
        ),
        "conclusionCode": [{"coding": [coding(SCT, "17621005", "Normal")]}],
        "presentedForm": [
            {
                "contentType": "text/plain",
                "title": K("Radiology report"),
                "data": B64(
                    "XR CHEST 2 VIEWS   Accession ",
                    P("ID", acc),
                    "\nName: ",
                    P("NAME", p.given),
                    " ",
                    P("NAME", p.family),
                    "   SSN: ",
                    P("SSN", p.ssn),
                    "\nExam date: ",
                    us_date(d),
                    "\nFINDINGS: Lungs clear. Heart size normal.\n",
                    "Electronically signed by ",
                    dr(c).pieces[1],
                    " ",
                    P("NAME", c.family),
                    " on ",
                    us_date(d + timedelta(days=1)),
                    "\n",
                ),
            }
        ],
    }


def communication_payload(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c, r = np(), np(), np()
    d = when(rng)
    return {
        "resourceType": "Communication",
        "id": rid(rng),
        "status": K("completed"),
        "category": [
            {
                "coding": [
                    coding(
                        "http://terminology.hl7.org/CodeSystem/communication-category",
                        "notification",
                        "Notification",
                    )
                ]
            }
        ],
        "subject": ref("Patient", rid(rng), pname(p)),
        "sent": ts(rng, d),
        "received": ts(rng, d),
        "sender": ref("Practitioner", rid(rng), dr(c)),
        "recipient": [ref("RelatedPerson", rid(rng), pname(r))],
        "payload": [
            {
                "contentString": T(
                    "Hi ",
                    P("NAME", r.given),
                    ", your father ",
                    P("NAME", p.given),
                    " was moved to ",
                    K("Ward 4 West"),
                    " on ",
                    human_date(d),
                    ". Call me back on ",
                    P("PHONE", c.phone),
                    ". - ",
                    P("NAME", c.given),
                )
            },
            {
                "contentString": T(
                    "Please bring his insurance card (member ",
                    P("HEALTH_PLAN", p.member),
                    ") and the key to ",
                    P("ADDRESS", p.line),
                    ", ",
                    P("ADDRESS", p.unit),
                    ".",
                )
            },
            {
                "contentAttachment": {
                    "contentType": "text/plain",
                    "data": B64(
                        "Visitor pass: ",
                        P("NAME", r.given),
                        " ",
                        P("NAME", r.family),
                        " / valid ",
                        us_date(d),
                        " / e-mail ",
                        P("EMAIL", r.email),
                    ),
                }
            },
        ],
        "note": [{"text": T("Sent via patient portal to ", P("EMAIL", r.email))}],
    }


def questionnaire_response(rng: random.Random, np: Any) -> dict[str, Any]:
    p, e = np(), np()
    d = when(rng)
    return {
        "resourceType": "QuestionnaireResponse",
        "id": rid(rng),
        "status": K("completed"),
        "questionnaire": "https://forms.example-ehr.net/Questionnaire/new-patient-intake|3.1",
        "subject": ref("Patient", rid(rng), pname(p)),
        "authored": ts(rng, d),
        "author": {"display": pname(p)},
        "item": [
            {
                "linkId": "1",
                "text": "Patient details",
                "item": [
                    {
                        "linkId": "1.1",
                        "text": "Full legal name",
                        "answer": [
                            {
                                "valueString": T(
                                    P("NAME", p.given), " ", P("NAME", p.middle), " ", P("NAME", p.family)
                                )
                            }
                        ],
                    },
                    {"linkId": "1.2", "text": "Date of birth", "answer": [{"valueDate": iso(p.born)}]},
                    {
                        "linkId": "1.3",
                        "text": "Social Security number",
                        "answer": [{"valueString": P("SSN", p.ssn)}],
                    },
                    {
                        "linkId": "1.4",
                        "text": "Home address",
                        "answer": [
                            {
                                "valueString": T(
                                    P("ADDRESS", p.line),
                                    ", ",
                                    P("ADDRESS", p.city),
                                    ", ",
                                    p.state,
                                    " ",
                                    P("ZIP", p.zip),
                                )
                            }
                        ],
                    },
                    {"linkId": "1.5", "text": "Age", "answer": [{"valueInteger": p.age}]},
                ],
            },
            {
                "linkId": "2",
                "text": "Emergency contact",
                "item": [
                    {
                        "linkId": "2.1",
                        "text": "Name",
                        "answer": [{"valueString": T(P("NAME", e.given), " ", P("NAME", e.family))}],
                    },
                    {"linkId": "2.2", "text": "Phone", "answer": [{"valueString": P("PHONE", e.mobile)}]},
                    {"linkId": "2.3", "text": "E-mail", "answer": [{"valueString": P("EMAIL", e.email)}]},
                ],
            },
            {
                "linkId": "3",
                "text": "Medical history",
                "item": [
                    {
                        "linkId": "3.1",
                        "text": "Date of last tetanus shot",
                        "answer": [{"valueDate": iso(when(rng, 2000) - timedelta(days=2500))}],
                    },
                    {
                        "linkId": "3.2",
                        "text": "Current medications",
                        "answer": [{"valueString": K(rng.choice(DRUGS)[1])}],
                    },
                    {
                        "linkId": "3.3",
                        "text": "Smoker",
                        "answer": [{"valueCoding": coding(SCT, "8517006", "Ex-smoker")}],
                    },
                    {
                        "linkId": "3.4",
                        "text": "Anything else?",
                        "answer": [
                            {
                                "valueString": T(
                                    "My sister ",
                                    P("NAME", e.middle),
                                    " had breast cancer in ",
                                    K(str(rng.randrange(2001, 2019))),
                                    ". I work nights so text ",
                                    P("PHONE", p.mobile),
                                )
                            }
                        ],
                    },
                ],
            },
        ],
    }


def consent_provenance_history(rng: random.Random, np: Any) -> dict[str, Any]:
    p, w, c = np(), np(), np()
    pid = rid(rng)
    d = when(rng)
    return {
        "resourceType": "Bundle",
        "type": "history",
        "total": 3,
        "entry": [
            {
                "fullUrl": f"https://fhir.example-ehr.net/r4/Consent/{rid(rng)}",
                "resource": {
                    "resourceType": "Consent",
                    "status": K("active"),
                    "scope": {
                        "coding": [
                            coding(
                                "http://terminology.hl7.org/CodeSystem/consentscope",
                                "patient-privacy",
                                "Privacy Consent",
                            )
                        ]
                    },
                    "category": [{"coding": [coding(LOINC, "59284-0", "Patient Consent")]}],
                    "patient": ref("Patient", pid, pname(p)),
                    "dateTime": ts(rng, d),
                    "performer": [{"display": T(pname(p).pieces[0], " ", P("NAME", p.family), " (self)")}],
                    "organization": [{"display": K(rng.choice(HOSPITALS))}],
                    "sourceAttachment": {
                        "title": T("Signed HIPAA release - ", P("NAME", p.family), " - ", us_date(d))
                    },
                    "verification": [
                        {
                            "verified": True,
                            "verifiedWith": {"display": T("witness ", pname(w))},
                            "verificationDate": ts(rng, d),
                        }
                    ],
                },
                "request": {"method": "PUT", "url": f"Consent/{rid(rng)}"},
                "response": {"status": "200 OK", "lastModified": ts(rng, d, "Z")},
            },
            {
                "resource": {
                    "resourceType": "Provenance",
                    "target": [{"reference": f"Patient/{pid}/_history/2", "display": pname(p)}],
                    "recorded": ts(rng, d, "Z"),
                    "agent": [
                        {
                            "type": {"coding": [{"code": K("author")}]},
                            "who": ref("Practitioner", rid(rng), dr(c)),
                            "onBehalfOf": {"display": K(rng.choice(HOSPITALS))},
                        }
                    ],
                    "entity": [
                        {
                            "role": K("source"),
                            "what": {
                                "identifier": {"system": OID_MRN, "value": P("MRN", p.mrn)},
                                "display": T("paper chart of ", P("NAME", p.family)),
                            },
                        }
                    ],
                },
                "request": {"method": "POST", "url": "Provenance"},
            },
            {
                "resource": {
                    "resourceType": "AuditEvent",
                    "type": {"code": K("rest")},
                    "action": "R",
                    "recorded": ts(rng, d, "Z"),
                    "outcome": "0",
                    "agent": [
                        {
                            "who": {
                                "identifier": {
                                    "system": "urn:p25:users",
                                    "value": P(
                                        "USERNAME",
                                        _ascii(c.given).lower()
                                        + "."
                                        + _ascii(c.family.split()[0].split("-")[0]).lower(),
                                    ),
                                },
                                "display": pname(c),
                            },
                            "requestor": True,
                            "network": {
                                "address": P(
                                    "IP",
                                    f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(2, 250)}",
                                ),
                                "type": "2",
                            },
                        }
                    ],
                    "source": {"observer": {"display": K("ehr-api-gateway")}},
                    "entity": [
                        {
                            "what": {"reference": f"Patient/{pid}/_history/2"},
                            "name": pname(p),
                            "query": B64(
                                "GET /Patient?birthdate=", iso(p.born), "&family=", P("NAME", p.family)
                            ),
                        }
                    ],
                },
                "request": {
                    "method": "GET",
                    "url": T(
                        "Patient?identifier=", OID_MRN, "|", P("MRN", p.mrn), "&birthdate=", iso(p.born)
                    ),
                },
            },
        ],
    }


def appointment_careteam_batch(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c, n, r = np(), np(), np(), np()
    d = when(rng)
    pid = rid(rng)
    start = datetime(d.year, d.month, d.day, rng.randrange(8, 16), rng.choice([0, 15, 30, 45]))
    return {
        "resourceType": "Bundle",
        "type": "batch",
        "entry": [
            {
                "resource": {
                    "resourceType": "Appointment",
                    "status": K("booked"),
                    "serviceType": [{"coding": [coding(SCT, "394579002", "Cardiology")]}],
                    "description": T(
                        "Follow-up for ", pname(p), ", needs interpreter; son ", P("NAME", r.given), " drives"
                    ),
                    "start": P("DATE", start.isoformat() + "-04:00"),
                    "end": P("DATE", (start + timedelta(minutes=30)).isoformat() + "-04:00"),
                    "created": iso(d - timedelta(days=12)),
                    "comment": T("Reminder SMS to ", P("PHONE", p.mobile)),
                    "participant": [
                        {"actor": ref("Patient", pid, pname(p)), "status": "accepted"},
                        {"actor": ref("Practitioner", rid(rng), dr(c)), "status": "accepted"},
                        {"actor": {"display": K("Cardiology Clinic Room 12")}, "status": "accepted"},
                    ],
                },
                "request": {"method": "POST", "url": "Appointment"},
            },
            {
                "resource": {
                    "resourceType": "CareTeam",
                    "status": K("active"),
                    "name": K("Heart failure team"),
                    "subject": ref("Patient", pid, pname(p)),
                    "period": {"start": iso(d - timedelta(days=90))},
                    "participant": [
                        {
                            "role": [{"text": K("Primary cardiologist")}],
                            "member": ref("Practitioner", rid(rng), dr(c)),
                        },
                        {
                            "role": [{"text": K("Heart failure nurse")}],
                            "member": {"display": pname(n)},
                            "period": {"start": iso(d - timedelta(days=80))},
                        },
                        {
                            "role": [{"text": K("Caregiver")}],
                            "member": ref("RelatedPerson", rid(rng), pname(r)),
                        },
                    ],
                    "telecom": [{"system": "phone", "value": P("PHONE", n.phone)}],
                    "note": [
                        {
                            "text": T(
                                "Caregiver ",
                                P("NAME", r.given),
                                " ",
                                P("NAME", r.family),
                                " lives at ",
                                P("ADDRESS", r.line),
                                ", ",
                                P("ADDRESS", r.city),
                            )
                        }
                    ],
                },
                "request": {
                    "method": "PUT",
                    "url": T("CareTeam?subject:Patient.identifier=", P("MRN", p.mrn)),
                },
            },
        ],
    }


def device_specimen_imaging(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(), np()
    d = when(rng)
    serial = f"{rng.choice(['PJN', 'RXB', 'MKS'])}{rng.randrange(10**6, 10**7)}"
    udi_di = "00643169" + f"{rng.randrange(10**5, 10**6)}"
    lot = f"L{rng.randrange(10**4, 10**5)}"
    acc = f"SP-{d.year % 100}-{rng.randrange(10**4, 10**5)}"
    study = f"A{rng.randrange(10**7, 10**8)}"
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "resource": {
                    "resourceType": "Device",
                    "id": rid(rng),
                    "status": "active",
                    "udiCarrier": [
                        {
                            "deviceIdentifier": K(udi_di),
                            "issuer": "http://hl7.org/fhir/NamingSystem/gs1-di",
                            "carrierHRF": T(
                                "(01)",
                                K(udi_di),
                                "(11)",
                                d.strftime("%y%m%d"),
                                "(10)",
                                P("DEVICE", lot),
                                "(21)",
                                P("DEVICE", serial),
                            ),
                        }
                    ],
                    "serialNumber": P("DEVICE", serial),
                    "lotNumber": P("DEVICE", lot),
                    "manufacturer": K("Corvantis Medical"),
                    "manufactureDate": "2023-02-10",
                    "deviceName": [{"name": K("Corvantis Aurel DR pacemaker"), "type": "user-friendly-name"}],
                    "patient": ref("Patient", rid(rng), pname(p)),
                    "note": [
                        {
                            "text": T(
                                "Implanted ",
                                us_date(d),
                                " by ",
                                dr(c),
                                "; remote monitoring ID ",
                                P("DEVICE", serial),
                            )
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Specimen",
                    "id": rid(rng),
                    "status": "available",
                    "accessionIdentifier": {
                        "system": "urn:oid:2.16.840.1.113883.3.7125.6",
                        "value": P("ID", acc),
                    },
                    "type": {
                        "coding": [
                            coding("http://terminology.hl7.org/CodeSystem/v2-0487", "BLD", "Whole blood")
                        ]
                    },
                    "subject": ref("Patient", rid(rng), pname(p)),
                    "receivedTime": ts(rng, d),
                    "collection": {
                        "collector": {"display": pname(c)},
                        "collectedDateTime": ts(rng, d),
                        "quantity": {"value": 6, "unit": K("mL")},
                    },
                    "note": [
                        {
                            "text": T(
                                "Label checked against wristband: ",
                                P("NAME", p.family),
                                ", DOB ",
                                us_date(p.born),
                            )
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "ImagingStudy",
                    "id": rid(rng),
                    "status": "available",
                    "identifier": [
                        {"type": {"text": "Accession"}, "value": P("ID", study)},
                        {
                            "system": "urn:dicom:uid",
                            "value": P("ID", f"urn:oid:2.25.{rng.randrange(10**15, 10**16)}"),
                        },
                    ],
                    "subject": ref("Patient", rid(rng), pname(p)),
                    "started": ts(rng, d),
                    "referrer": {"display": dr(c)},
                    "numberOfSeries": 1,
                    "numberOfInstances": 2,
                    "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": K("CR")}],
                    "description": K("Chest radiograph for lead position"),
                    "series": [
                        {
                            "uid": "2.25.1122334455",
                            "number": 1,
                            "modality": {"code": "CR"},
                            "performer": [
                                {"actor": {"display": T("RT ", pname(c).pieces[0], " ", P("NAME", c.family))}}
                            ],
                        }
                    ],
                }
            },
        ],
    }


def document_bundle(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(old=True), np()
    d = when(rng)
    h = rng.choice(HOSPITALS)
    cond = rng.choice(CONDITIONS)
    drug = rng.choice(DRUGS)
    return {
        "resourceType": "Bundle",
        "type": "document",
        "timestamp": ts(rng, d, "Z"),
        "identifier": {
            "system": "urn:ietf:rfc:3986",
            "value": "urn:uuid:9a1f0c2b-25ee-4d7a-8d3c-0a0b0c0d0e0f",
        },
        "entry": [
            {
                "fullUrl": "urn:uuid:9a1f0c2b-25ee-4d7a-8d3c-000000000001",
                "resource": {
                    "resourceType": "Composition",
                    "status": K("final"),
                    "type": {"coding": [coding(LOINC, "18842-5", "Discharge summary")]},
                    "subject": {
                        "reference": "urn:uuid:9a1f0c2b-25ee-4d7a-8d3c-000000000002",
                        "display": pname(p),
                    },
                    "date": ts(rng, d),
                    "author": [{"display": dr(c)}],
                    "title": T("Discharge summary - ", P("NAME", p.family), ", ", P("NAME", p.given)),
                    "attester": [{"mode": "legal", "time": ts(rng, d), "party": {"display": dr(c)}}],
                    "custodian": {"display": K(h)},
                    "section": [
                        {
                            "title": K("Hospital course"),
                            "code": {"coding": [coding(LOINC, "8648-8", "Hospital course Narrative")]},
                            "text": div(
                                "<p>",
                                P("NAME", p.given),
                                " ",
                                P("NAME", p.family),
                                ", a ",
                                P("AGE", str(p.age)),
                                "-year-old, was admitted on ",
                                us_date(d - timedelta(days=5)),
                                " with ",
                                K(cond[1]),
                                ". Home: ",
                                P("ADDRESS", p.line),
                                ", ",
                                P("ADDRESS", p.city),
                                ".</p>",
                            ),
                        },
                        {
                            "title": K("Discharge medications"),
                            "text": div(
                                "<ul><li>",
                                K(drug[1]),
                                "</li></ul><p>Follow-up with ",
                                dr(c),
                                " at ",
                                P("PHONE", c.phone),
                                "</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "fullUrl": "urn:uuid:9a1f0c2b-25ee-4d7a-8d3c-000000000002",
                "resource": {
                    "resourceType": "Patient",
                    "identifier": [mrn_ident(p, h)],
                    "name": [p.name()],
                    "birthDate": iso(p.born),
                    "telecom": p.telecom()[:1],
                    "address": [p.address(rng)],
                },
            },
        ],
    }


def operation_outcome_stu3(rng: random.Random, np: Any) -> dict[str, Any]:
    p, c = np(), np()
    d = when(rng)
    return {
        "resourceType": "Bundle",
        "type": "transaction-response",
        "entry": [
            {
                "response": {
                    "status": "422 Unprocessable Entity",
                    "outcome": {
                        "resourceType": "OperationOutcome",
                        "issue": [
                            {
                                "severity": "error",
                                "code": K("business-rule"),
                                "diagnostics": T(
                                    "Duplicate patient: identifier ",
                                    OID_MRN,
                                    "|",
                                    P("MRN", p.mrn),
                                    " already assigned to ",
                                    P("NAME", p.family),
                                    ", ",
                                    P("NAME", p.given),
                                    " (DOB ",
                                    iso(p.born),
                                    ")",
                                ),
                                "location": ["Patient.identifier[0]"],
                            },
                            {
                                "severity": "warning",
                                "code": K("invalid"),
                                "diagnostics": T(
                                    "Patient.telecom[1].value '",
                                    P("EMAIL", p.email),
                                    "' failed validation; postalCode '",
                                    P("ZIP", p.zip),
                                    "' does not match city '",
                                    P("ADDRESS", p.city),
                                    "'",
                                ),
                                "expression": ["Patient.telecom[1]"],
                            },
                        ],
                    },
                }
            },
            {
                "response": {
                    "status": "201 Created",
                    "location": "ProcedureRequest/" + rid(rng) + "/_history/1",
                    "etag": 'W/"1"',
                },
                "resource": {
                    "resourceType": "ProcedureRequest",
                    "status": K("active"),
                    "intent": "order",
                    "code": {"coding": [coding(SCT, "73761001", "Colonoscopy")]},
                    "subject": ref("Patient", rid(rng), pname(p)),
                    "authoredOn": ts(rng, d),
                    "requester": {"agent": {"display": dr(c)}},
                    "context": {"display": T("visit of ", us_date(d))},
                    "note": [
                        {
                            "authorString": pname(c),
                            "text": T(
                                "Prep instructions mailed to ",
                                P("ADDRESS", p.line),
                                " ",
                                P("ADDRESS", p.unit),
                                "; SSN on file ",
                                P("SSN", p.ssn),
                                ". Sedation with midazolam 2 mg.",
                            ),
                        }
                    ],
                },
            },
        ],
    }


TEMPLATES: list[tuple[str, Any]] = [
    ("fhir25_patient_extensions_narrative", patient_extensions),
    ("fhir25_relatedperson_person_batch", related_person_batch),
    ("fhir25_practitioner_role_searchset", practitioner_role),
    ("fhir25_coverage_claim_transaction", coverage_claim_transaction),
    ("fhir25_eob_contained_patient", eob_contained),
    ("fhir25_encounter_hospitalization", encounter_hospitalization),
    ("fhir25_observation_components_note", observation_components),
    ("fhir25_condition_allergy_searchset", condition_allergy_searchset),
    ("fhir25_medicationrequest_dosage_note", medication_request),
    ("fhir25_documentreference_base64", document_reference_b64),
    ("fhir25_diagnosticreport_presentedform", diagnostic_report_presented),
    ("fhir25_communication_payload", communication_payload),
    ("fhir25_questionnaire_response", questionnaire_response),
    ("fhir25_consent_provenance_history", consent_provenance_history),
    ("fhir25_appointment_careteam_batch", appointment_careteam_batch),
    ("fhir25_device_specimen_imaging", device_specimen_imaging),
    ("fhir25_document_bundle_composition", document_bundle),
    ("fhir25_stu3_operationoutcome", operation_outcome_stu3),
]
RENDERS = 2


def decoded_notes(text: str) -> list[str]:
    """The text of every base64 `data` string of a JSON document (what run_probe also scores)."""
    out: list[str] = []

    def walk(v: Any, key: str = "") -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, k)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)
        elif isinstance(v, str) and key in ("data", "query"):
            with contextlib.suppress(ValueError):
                out.append(base64.b64decode(v, validate=True).decode())

    walk(json.loads(text))
    return out


def problems(doc: Doc) -> list[str]:
    """The kit's label checks, plus: no empty value, every base64 PHI value in its decoded note."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    notes = "\n".join(decoded_notes(doc.content))
    visible = {(t, v) for (a, b) in doc.spans for t, v in doc.phi if json.loads(f'"{doc.content[a:b]}"') == v}
    out += [f"{doc.id}: {t} {v!r} nowhere" for t, v in doc.phi if (t, v) not in visible and v not in notes]
    return out


def make_doc(seed: int, index: int, kind: str, build: Any) -> Doc:
    """Render one document; a collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(40):
        rng = random.Random(f"phigate-probe25:{seed}:{kind}:{index}:{attempt}")
        used: set[str] = set()

        def new_person(old: bool = False, rng: random.Random = rng, used: set[str] = used) -> Person:
            return Person(rng, old=old, used=used)

        content, phi, keep, spans = serialise(build(rng, new_person))
        json.loads(content)
        doc = Doc(f"{kind}-{index}", kind, "US", "json", content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, kind, build) for kind, build in TEMPLATES for i in range(RENDERS)]
