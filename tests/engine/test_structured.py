"""JSON and FHIR: schema fields masked without scanning, free text scanned, attachments handled."""

from __future__ import annotations

import base64
import json

from phigate.engine import Masker

from .conftest import make

PATIENT = {
    "resourceType": "Patient",
    "id": "p1",
    "identifier": [{"system": "http://hospital.example/mrn", "type": {"coding": [{"code": "MR"}]}, "value": "77-1"}],  # noqa: E501
    "name": [{"use": "official", "family": "Quilliam", "given": ["Zebedee", "Q"], "prefix": ["Mr."]}],
    "telecom": [{"system": "phone", "value": "555-0100"}, {"system": "email", "value": "zq@mail.test"}],
    "gender": "male",
    "birthDate": "1931-04-03",
    "deceasedDateTime": "2020-01-02T03:04:05Z",
    "address": [{"line": ["9 Nowhere Ln"], "city": "Tinytown", "state": "NH", "postalCode": "03601",
                 "country": "US"}],
    "contact": [{"name": {"family": "Quilliam", "given": ["Ysolde"]}, "telecom": [{"system": "phone",
                                                                                 "value": "555-0199"}]}],
    "photo": [{"contentType": "image/jpeg", "data": base64.b64encode(b"\xff\xd8\xff").decode()}],
    "text": {"status": "generated", "div": "<div>Zebedee Quilliam, born 3 April 1931</div>"},
}
VALUES = ["Quilliam", "Zebedee", "555-0100", "zq@mail.test", "1931-04-03", "9 Nowhere Ln", "Tinytown", "03601",  # noqa: E501
          "77-1", "Ysolde", "555-0199", "2020-01-02"]


def _dump(doc: object) -> str:
    return json.dumps(doc)


def test_patient_fields_are_masked_by_schema(masker: Masker) -> None:
    res = masker.mask_json(PATIENT)
    out = _dump(res.document)
    for v in VALUES:
        assert v not in out, v
    doc = res.document
    assert doc["gender"] == "male" and doc["address"][0]["state"] == "NH"
    assert doc["id"] == "[ID]"  # the patient's logical id links every resource to them
    assert "data" not in doc["photo"][0]  # withheld image
    assert "IMAGE" in res.types
    dets = {f.detector for f in res.findings}
    assert "fhir:Patient.name.family" in dets
    assert PATIENT["name"][0]["family"] == "Quilliam"  # input not mutated


def test_bundle_entries_and_references(masker: Masker) -> None:
    obs = {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "2345-7", "display": "Glucose"}]},
        "subject": {"reference": "Patient/p1", "display": "Zebedee Quilliam"},
        "performer": [{"reference": "Organization/o1", "display": "Mercy General Hospital"}],
        "effectiveDateTime": "2021-03-04T10:00:00Z",
        "valueQuantity": {"value": 95, "unit": "mg/dL", "system": "http://unitsofmeasure.org"},
        "note": [{"text": "Mr. Quilliam called from 555 222 3333"}],
    }
    bundle = {"resourceType": "Bundle", "type": "searchset",
              "entry": [{"fullUrl": "http://x/Patient/p1", "resource": PATIENT}, {"resource": obs}]}
    res = masker.mask_json(bundle)
    out = _dump(res.document)
    for v in [*VALUES, "555 222 3333", "2021-03-04"]:
        assert v not in out, v
    o = res.document["entry"][1]["resource"]
    assert o["performer"][0]["display"] == "Mercy General Hospital"
    assert o["code"]["coding"][0]["code"] == "2345-7" and o["valueQuantity"]["value"] == 95
    assert any(f.path == "$.entry[1].resource.subject.display" for f in res.findings)
    # the patient's id is masked wherever it points at the patient; other resources' ids stay
    assert o["subject"]["reference"] == "Patient/[ID]" and o["performer"][0]["reference"] == "Organization/o1"
    assert res.document["entry"][0]["fullUrl"] == "http://x/Patient/[ID]"


def test_a_hashed_patient_id_keeps_the_bundle_linked() -> None:
    m = make(defaultAction="hash", hash_key=b"k" * 32)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "http://x/Patient/p1", "resource": {"resourceType": "Patient", "id": "p1"}},
        {"resource": {"resourceType": "Encounter", "id": "e9", "subject": {"reference": "Patient/p1"}}},
        {"resource": {"resourceType": "Patient", "id": "p2"}},
    ]}
    doc = m.mask_json(bundle).document
    token = doc["entry"][0]["resource"]["id"]
    assert token != "p1" and doc["entry"][0]["fullUrl"] == f"http://x/Patient/{token}"
    assert doc["entry"][1]["resource"]["subject"]["reference"] == f"Patient/{token}"
    assert doc["entry"][2]["resource"]["id"] not in (token, "p2")
    assert doc["entry"][1]["resource"]["id"] == "e9"


def test_partial_action_keeps_safe_harbor_parts() -> None:
    m = make(defaultAction="partial")
    doc = m.mask_json(PATIENT).document
    assert doc["birthDate"] == "1931"
    assert doc["address"][0]["postalCode"] == "000"  # 036 is a restricted ZIP3
    res = m.mask_text("ZIP 10115-1234, SSN 123-45-6789, a 93 year old")
    assert "101" in res.document and "***-**-6789" in res.document and "over 89" in res.document


def test_text_attachment_is_decoded_masked_reencoded(masker: Masker) -> None:
    note = "Patient: Zebedee Quilliam, SSN 123-45-6789"
    doc = {"resourceType": "DocumentReference", "status": "current",
           "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(note.encode()).decode()}}]}  # noqa: E501
    res = masker.mask_json(doc)
    data = base64.b64decode(res.document["content"][0]["attachment"]["data"]).decode()
    assert "Quilliam" not in data and "123-45-6789" not in data and "[SSN]" in data


def test_uninspectable_binary_is_withheld_or_passed_by_policy() -> None:
    b = {"resourceType": "Binary", "contentType": "application/pdf", "data": "JVBERi0xLjQ="}
    assert "data" not in make().mask_json(b).document
    assert make(withholdBinary=False).mask_json(b).document["data"] == "JVBERi0xLjQ="


def test_field_rules_resource_rooted_and_bare_key() -> None:
    m = make(fields=[{"path": "ssn", "type": "SSN"}, {"path": "Patient.gender", "type": "ID", "action": "drop"}])  # noqa: E501
    res = m.mask_json({"user": {"ssn": 123456789, "nick": "ok"}})
    assert res.document == {"user": {"ssn": "[SSN]", "nick": "ok"}}
    assert "gender" not in m.mask_json(PATIENT).document


def test_secret_keys_and_generic_json_strings(masker: Masker) -> None:
    res = masker.mask_json({"password": "hunter2", "log": "login by Mr. Okonkwo from 203.0.113.9", "n": 3})
    assert res.document["password"] == "[CREDENTIAL]"
    assert "Okonkwo" not in res.document["log"] and "203.0.113.9" not in res.document["log"]
    assert res.document["n"] == 3


def test_hash_and_tokenize_actions() -> None:
    m = make(defaultAction="hash", hash_key=b"k" * 32)
    a = m.mask_text("SSN 123-45-6789").document
    b = m.mask_text("SSN 123 45 6789").document
    assert a == b and a.startswith("SSN SSN_")
    other = make(defaultAction="hash", hash_key=b"j" * 32).mask_text("SSN 123-45-6789").document
    assert other != a
    from phigate.api.policy import Masking
    from phigate.engine import TokenVault, compile_plan

    vault = TokenVault()
    tm = Masker(compile_plan(Masking(defaultAction="tokenize")), vault)
    out = tm.mask_text("Mr. Okonkwo called; Mr. Okonkwo left.").document
    assert out.count("<NAME_1>") == 2
    assert vault.reveal("<NAME_1>") == "Okonkwo"
    assert vault.reveal_text(out) == "Mr. Okonkwo called; Mr. Okonkwo left."
    vault.destroy()
    assert vault.reveal("<NAME_1>") is None


def test_allow_list_and_keep_action() -> None:
    m = make(allow=["555-123-0000"], detectors=[{"type": "EMAIL", "action": "keep"}])
    res = m.mask_text("Clinic 555-123-0000, me 555-123-4567, mail a@b.org")
    assert "555-123-0000" in res.document and "555-123-4567" not in res.document and "a@b.org" in res.document
    assert any(f.type == "EMAIL" and f.action == "keep" for f in res.findings)


def test_drop_action_removes_json_member_and_text_span() -> None:
    m = make(defaultAction="drop")
    assert "telecom" in PATIENT and m.mask_text("SSN 123-45-6789.").document == "SSN ."
    doc = m.mask_json(PATIENT).document
    assert "birthDate" not in doc


def test_repeated_free_text_is_masked_and_recorded_at_every_place(masker: Masker) -> None:
    """Identical strings are detected once per document; each copy is still masked and has its findings."""
    note = "Seen by Dr. Quilliam, call 555 222 3333"
    obs = [{"resourceType": "Observation", "status": "final", "note": [{"text": note}]} for _ in range(3)]
    res = masker.mask_json({"resourceType": "Bundle", "entry": [{"resource": o} for o in obs]})
    texts = [e["resource"]["note"][0]["text"] for e in res.document["entry"]]
    assert len(set(texts)) == 1 and "Quilliam" not in texts[0] and "3333" not in texts[0]
    for i in range(3):
        path = f"$.entry[{i}].resource.note[0].text"
        assert {f.type for f in res.findings if f.path == path} == {"NAME", "PHONE"}, path
    paths = [f.path for f in res.findings]
    assert paths == sorted(paths)  # findings stay in document order


def test_nested_lists_inside_a_resource_are_still_masked(masker: Masker) -> None:
    """Arrays of arrays are not FHIR, but a resource that carries one must not pass it unscanned."""
    res = masker.mask_json({"resourceType": "Patient", "extra": [["Call 555 222 3333"]],
                            "name": [[{"family": "Quilliam", "given": ["Zebedee"]}]]})
    out = _dump(res.document)
    assert "Quilliam" not in out and "Zebedee" not in out and "3333" not in out


def test_bytes_round_trip_keeps_values_json_would_keep(masker: Masker) -> None:
    """The fast parser refuses NaN and lone surrogates; such bodies go through json (a lone surrogate is
    written back escaped: it has no UTF-8 form)."""
    body = b'{"resourceType": "Observation", "valueDecimal": 1e-5, "big": 123456789012345678901234567890,' \
           b' "ratio": NaN, "effectiveDateTime": "2021-03-04", "note": [{"text": "\\ud800 x"}]}'
    out = masker.mask_bytes(body, "application/fhir+json").document
    doc = json.loads(out)
    assert doc["valueDecimal"] == 1e-5 and doc["big"] == 123456789012345678901234567890
    assert doc["ratio"] != doc["ratio"] and doc["effectiveDateTime"] == "[DATE]"  # NaN kept, date masked
    assert doc["note"][0]["text"] == "\ud800 x"
    clean = body.replace(b"NaN", b"0.5").replace(b"\\ud800 ", b"")
    assert b"ud800" not in clean and b"NaN" not in clean
    fast = json.loads(masker.mask_bytes(clean, "application/fhir+json").document)
    assert fast["valueDecimal"] == 1e-5 and fast["ratio"] == 0.5 and fast["big"] == doc["big"]
