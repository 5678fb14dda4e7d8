"""Free-text detection: one test per identifier type, plus things that must NOT be masked."""

from __future__ import annotations

import pytest

from phigate.engine import Masker

LEAKS = [
    # (type, text containing the value, the value)
    ("NAME", "Patient: Chukwuemeka Obi was admitted.", "Chukwuemeka Obi"),
    ("NAME", "Seen with her son Olumide today.", "Olumide"),
    ("NAME", "Mr. Okonkwo reports chest pain.", "Okonkwo"),
    ("NAME", "Electronically signed by Anna Kowalska, MD", "Anna Kowalska"),
    ("NAME", "Discussed with Maria Schneider at bedside.", "Maria Schneider"),
    ("NAME", "Dear Nguyen Van An,", "Nguyen Van An"),
    ("NAME", "PATIENT: SMITH, JOHN", "SMITH, JOHN"),
    ("ADDRESS", "Lives at 4521 Lake Shore Drive, Apt 4B.", "4521 Lake Shore Drive"),
    ("ADDRESS", "Adresse: Hauptstraße 12, 10115 Berlin", "Hauptstraße 12"),
    ("ADDRESS", "Dirección: Calle Mayor 5, 28013 Madrid", "Calle Mayor 5"),
    ("ADDRESS", "Domicile: 12 rue de la Paix, 75002 Paris", "12 rue de la Paix"),
    ("ADDRESS", "Home in Springfield, IL 62704", "Springfield"),
    ("ADDRESS", "Lives at 571 Hope Mountain Suite 741, North Grace.", "North Grace"),
    ("ADDRESS", "address Số 9/31/294 đường số 4, thành phố Huế", "9/31/294"),
    ("ADDRESS", "Wohnort: Kleinmachnow", "Kleinmachnow"),
    ("NAME", "Patient: Keith Lane. DOB unknown", "Keith Lane"),
    ("NAME", "Carolina Tamburi called about refills", "Carolina"),
    ("ZIP", "Home in Springfield, IL 62704", "62704"),
    ("DATE", "Admitted March 3rd, 2021 for CHF.", "March 3rd, 2021"),
    ("DATE", "DOB 03/04/21", "03/04/21"),
    ("DATE", "Collected 2021-03-04T10:22:00Z", "2021-03-04T10:22:00Z"),
    ("DATE", "Seen on 3 Mar for follow-up", "3 Mar"),
    ("DATE", "Geboren am 3. März 1950", "3. März 1950"),
    ("AGE", "A 92-year-old woman presents", "92-year-old"),
    ("AGE", "age: 97, ambulatory", "97"),
    ("PHONE", "Call (555) 123-4567 after 5pm", "(555) 123-4567"),
    ("PHONE", "Tel.: +49 30 12345678", "+49 30 12345678"),
    ("FAX", "Fax: 555.987.6543", "555.987.6543"),
    ("EMAIL", "Reach me at olu.adeyemi@example-mail.com please", "olu.adeyemi@example-mail.com"),
    ("SSN", "SSN 123-45-6789 on file", "123-45-6789"),
    ("SSN", "ssn: 123 45 6789", "123 45 6789"),
    ("MRN", "MRN: 00A88213344", "00A88213344"),
    ("HEALTH_PLAN", "Member ID: XJ-99231-K", "XJ-99231-K"),
    ("HEALTH_PLAN", "Medicare MBI 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("ACCOUNT", "Account #: 4402-11-9981", "4402-11-9981"),
    ("ACCOUNT", "card 4111 1111 1111 1111 declined", "4111 1111 1111 1111"),
    ("LICENSE", "Driver's license no. D1234-5678-9012", "D1234-5678-9012"),
    ("VEHICLE", "VIN 1HGCM82633A004352 registered", "1HGCM82633A004352"),
    ("VEHICLE", "license plate: 7ABC123", "7ABC123"),
    ("DEVICE", "Pacemaker serial number: PMX-4471-A9", "PMX-4471-A9"),
    ("DEVICE", "UDI (01)00844588003288(17)141120(10)7654321D", "(01)00844588003288(17)141120(10)7654321D"),
    ("URL", "Portal: https://mychart.example-health.net/u/88213?tok=1", "https://mychart.example-health.net/u/88213?tok=1"),
    ("IP", "login from 203.0.113.77 failed", "203.0.113.77"),
    ("IP", "client 2001:db8:85a3::8a2e:370:7334 connected", "2001:db8:85a3::8a2e:370:7334"),
    ("ID", "claim 884213377120 denied", "884213377120"),
    ("CREDENTIAL", "DATABASE_URL=postgres://admin:s3cretpw@db.internal:5432/phi", "s3cretpw"),
    ("CREDENTIAL", "OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz123456", "sk-proj-abcdefghijklmnopqrstuvwxyz123456"),  # noqa: E501
    ("CREDENTIAL", "aws AKIAIOSFODNN7EXAMPLE key", "AKIAIOSFODNN7EXAMPLE"),
    ("CREDENTIAL", "token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"),  # noqa: E501
    ("CREDENTIAL", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl", "eyJhbGciOiJIUzI1NiJ9"),  # noqa: E501
    ("CREDENTIAL", "PASSWORD=hunter2isbad", "hunter2isbad"),
]


@pytest.mark.parametrize(("kind", "text", "value"), LEAKS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(LEAKS)])  # noqa: E501
def test_value_is_masked(masker: Masker, kind: str, text: str, value: str) -> None:
    res = masker.mask_text(text)
    assert value not in res.document, res.document
    assert kind in res.types, (res.types, res.document)
    for f in res.findings:  # findings locate, never carry, the value
        assert value not in repr(f)


HARMLESS = [
    "Metformin 500 mg PO BID, lisinopril 10 mg daily.",
    "ICD-10 E11.9, LOINC 2345-7, SNOMED 44054006, CPT 99213.",
    "Hemoglobin A1c 7.2 %, glucose 142 mg/dL, WBC 11.2.",
    "Transferred from Mercy General Hospital to Mayo Clinic.",
    "Patient is from Germany; lives in California.",
    "Seen on Monday morning; follow up in March.",
    "Chief Complaint: chest pain. Review of Systems negative.",
    "def parse_config(self, user_id): return self.cache[user_id]",
    "Blood Pressure 120/80, Heart Rate 72, Temp 98.6 F.",
    "A 45-year-old man with hypertension.",
    "Graves disease and Parkinson disease are unrelated.",
    "Will follow up with cardiology.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_text_is_untouched(masker: Masker, text: str) -> None:
    res = masker.mask_text(text)
    assert res.document == text, res.findings


def test_offsets_point_into_the_original(masker: Masker) -> None:
    text = "Mr. Okonkwo, SSN 123-45-6789."
    res = masker.mask_text(text)
    spans = {str(f.type): text[f.start : f.end] for f in res.findings}
    assert spans == {"NAME": "Okonkwo", "SSN": "123-45-6789"}


def test_name_learned_in_one_place_masked_everywhere(masker: Masker) -> None:
    res = masker.mask_text("Patient: Oluwaseun Adebayo. Later Adebayo asked for water.")
    assert "Adebayo" not in res.document


def test_email_local_part_teaches_names(masker: Masker) -> None:
    res = masker.mask_text("Contact: grace.whitfield@example.org. Whitfield agreed.")
    assert "Whitfield" not in res.document


def test_fax_is_told_apart_from_phone(masker: Masker) -> None:
    res = masker.mask_text("Phone 555-123-4567, fax 555-123-9999")
    assert sorted(res.types) == ["FAX", "PHONE"]


def test_url_query_string_is_decoded_before_scanning(masker: Masker) -> None:
    text = "GET /Patient?name=Priya%20Raghunathan&birthdate=1953-02-04&ssn=123%2D45%2D6789"
    res = masker.mask_text(text)
    for value in ("Raghunathan", "1953-02-04", "123%2D45%2D6789"):
        assert value not in res.document
