"""FHIR JSON beyond Patient: search URLs in Bundle plumbing, meta tags, display-only references under a
person's role, the mother's maiden name extension, device serials and lots, masterIdentifier, and an app's
own "resourceType" read as generic JSON. Values of our own."""

from __future__ import annotations

import json

from phigate.engine import Masker


def _bundle() -> dict:
    return {
        "resourceType": "Bundle",
        "type": "transaction",
        "link": [
            {
                "relation": "self",
                "url": "https://fhir.example/Condition?patient.identifier=MR5550123&_count=5",
            }
        ],
        "entry": [
            {
                "resource": {
                    "resourceType": "Patient",
                    "meta": {
                        "tag": [
                            {
                                "system": "urn:x",
                                "code": "mrn-MR5550123",
                                "display": "imported for Odessa Quenby",
                            },
                            {"system": "urn:x", "code": "RCM-2614"},
                        ]
                    },
                    "extension": [
                        {
                            "url": "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
                            "valueString": "Vantrell",
                        }
                    ],
                },
                "request": {
                    "method": "PUT",
                    "url": "Patient?identifier=urn:oid:1.2.3|MR5550123&birthdate=1979-08-14",
                    "ifNoneExist": "identifier=http://payer.example/member|KXP418705392",
                },
                "response": {"status": "200", "lastModified": "2024-05-21T11:42:07Z"},
            },
            {
                "resource": {
                    "resourceType": "Coverage",
                    "subscriber": {"display": "Odessa Quenby"},
                    "payor": [{"display": "Acme Health Plan", "type": "Organization"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Observation",
                    "performer": [{"display": "Tamsin Quenby", "telecom": "(931) 555-0147"}],
                }
            },
            {
                "resource": {
                    "resourceType": "Device",
                    "manufacturer": "Corvantis Medical",
                    "lotNumber": "LOT-4471",
                    "serialNumber": "SN998877",
                    "deviceName": [{"name": "Aurel DR pacemaker"}],
                }
            },
            {
                "resource": {
                    "resourceType": "DocumentReference",
                    "masterIdentifier": {
                        "system": "urn:ietf:rfc:3986",
                        "value": "urn:oid:1.3.6.1.4.1.25.3207",
                    },
                }
            },
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "medicationCodeableConcept": {"text": "Atorvastatin 40 MG Oral Tablet"},
                }
            },
        ],
    }


def test_fhir_plumbing_and_display_only_people_are_masked(masker: Masker) -> None:
    out = masker.mask_json(_bundle()).document
    text = json.dumps(out)
    for value in (
        "MR5550123",
        "1979-08-14",
        "KXP418705392",
        "Odessa",
        "Quenby",
        "Vantrell",
        "LOT-4471",
        "SN998877",
        "3207",
        "555-0147",
        "06-16",
    ):
        assert value not in text, value
    entry = out["entry"]
    assert entry[0]["request"]["url"].startswith("Patient?identifier=urn:oid:1.2.3|")
    assert entry[0]["resource"]["meta"]["tag"][1]["code"] == "RCM-2614"  # a short code stays
    assert entry[1]["resource"]["payor"][0]["display"] == "Acme Health Plan"
    assert entry[3]["resource"]["manufacturer"] == "Corvantis Medical"
    assert entry[3]["resource"]["deviceName"] == [{"name": "Aurel DR pacemaker"}]
    assert entry[5]["resource"]["medicationCodeableConcept"]["text"] == "Atorvastatin 40 MG Oral Tablet"
    assert out["link"][0]["url"].endswith("&_count=5")


def test_an_apps_own_resource_type_is_generic_json(masker: Masker) -> None:
    doc = {
        "resourceType": "NewbornScreeningRecord",
        "infant": {"name": "BG Quenby", "dob": "2017-07-22", "mrn": "95107428"},
        "mother": {"name": "Odessa Quenby", "dob": "1994-03-27", "phone": "744-555-0161"},
    }
    out = masker.mask_json(doc).document
    assert out["infant"]["name"] == "[NAME]" and out["mother"]["name"] == "[NAME]"
    assert "05-09" not in json.dumps(out) and out["mother"]["phone"] == "[PHONE]"
