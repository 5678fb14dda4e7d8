"""Column-header context (CSV/TSV/Markdown, SQL INSERT, HL7 v2) and values the structure vouches for.

Values are synthetic (Faker-style); the point is that a cell is masked because of its column, and a
value masked by FHIR schema is masked again wherever the document's free text repeats it.
"""

from __future__ import annotations

import json

import pytest

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import Masker, tabular
from phigate.engine.normalize import normalize


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("first_name", T.NAME), ("LastName", T.NAME), ("zip code", T.ZIP), ("postcode", T.ZIP),
        ("PatientID", T.MRN), ("plan_id", T.HEALTH_PLAN), ("dob", T.DATE), ("mobile", T.PHONE),
        ("licence", T.LICENSE), ("vehicle", T.VEHICLE), ("emergency_contact_name", T.NAME),
        ("drug_name", None), ("file_name", None), ("pipeline", None), ("dx_code", None),
        ("status", None), ("hospital_name", None), ("state", None), ("country", None),
    ],
)
def test_column_type_reads_words_not_substrings(header: str, expected: T | None) -> None:
    assert tabular.column_type(header) is expected


def test_csv_cells_are_masked_by_their_column(masker: Masker) -> None:
    text = (
        "Why does the import fail?\n```\nmrn,last_name,first_name,dob,zip,dx_code\n"
        "03018218,Quillfeather,Brettany,1998-08-12,39468,E11.9\n"
        "MR7618335,Okonkwo-Lind,Carolyn,1961-10-10,57363,F32.9\n```\n"
    )
    out = masker.mask_text(text).document
    for value in ("03018218", "Quillfeather", "Brettany", "39468", "MR7618335", "Okonkwo-Lind", "57363"):
        assert value not in out, out
    assert "E11.9" in out and "F32.9" in out and "dx_code" in out  # codes and the header survive
    assert out.count("\n") == text.count("\n")


def test_tsv_with_non_ascii_keeps_its_rows(masker: Masker) -> None:
    text = (
        "chart\tsurname\tforename\tpostcode\n"
        "H043122039\tPreiß\tHenri\t12027\nK-2819-27\tŁabaj\tGemma\t67014\n"
    )
    out = masker.mask_text(text).document
    for value in ("H043122039", "Preiß", "Henri", "12027", "K-2819-27", "Łabaj", "Gemma", "67014"):
        assert value not in out, out
    assert [len(line.split("\t")) for line in out.strip().split("\n")] == [4, 4, 4]


def test_normalisation_keeps_ascii_whitespace() -> None:
    n = normalize("a\tb\nc ß\u00a0d")
    assert n.text == "a\tb\nc ß d" and n.scan.startswith("a\tb\nc ")


def test_markdown_table(masker: Masker) -> None:
    text = "| name | postcode | diagnosis |\n|---|---|---|\n| Wendeline Arkwright | 24-189 | asthma |\n"
    out = masker.mask_text(text).document
    assert "Wendeline" not in out and "Arkwright" not in out and "24-189" not in out
    assert "asthma" in out and "|---|---|---|" in out


def test_sql_insert_values_follow_the_column_list(masker: Masker) -> None:
    text = (
        "INSERT INTO patients (mrn, first_name, last_name, zip, dx_code) VALUES\n"
        "  ('98241384', 'Chloe', 'Martin', '41123', 'M81.0'),\n"
        "  (30075669, 'O''Brien', 'Day', NULL, 'F32.9');\n"
    )
    out = masker.mask_text(text).document
    for value in ("98241384", "Chloe", "Martin", "41123", "30075669", "O''Brien"):
        assert value not in out, out
    assert "'Day'" not in out
    assert "M81.0" in out and "F32.9" in out and "NULL" in out


def test_hl7_pid_and_nk1_fields(masker: Masker) -> None:
    text = (
        "MSH|^~\\&|ADT|Mercy|PHIGATE|LAB|202403141022||ADT^A04|MSG00001|P|2.5.1\r"
        "PID|1||H079506648^^^HOSP^MR~157-08-0233^^^SSA^SS||Albuquerque^João||19790611|M|||"
        "Recanto Montenegro, 398^^Garcia^SP^98549537||1-236-837-6411\r"
        "NK1|1|Leandro Albuquerque|legal guardian|||+55 85 5407-2630\r"
    )
    out = masker.mask_text(text).document
    for value in ("H079506648", "157-08-0233", "Albuquerque", "João", "19790611", "Recanto Montenegro",
                  "Garcia", "98549537", "1-236-837-6411", "5407-2630"):
        assert value not in out, out
    assert "^^^HOSP^MR" in out and "^SP^" in out and "ADT^A04" in out  # codes and the state stay


def test_lower_case_cells_under_a_name_column_are_not_people(masker: Masker) -> None:
    text = "name,version,license\nrequests,2.31.0,Apache-2.0\nAda Quillfeather,1.0,MIT\n"
    out = masker.mask_text(text).document
    assert "requests,2.31.0,Apache-2.0" in out and ",MIT" in out and "Quillfeather" not in out


def test_prose_with_commas_is_not_a_table(masker: Masker) -> None:
    text = "Name, address, phone were verified.\nStable, afebrile, eating well.\n"
    assert tabular.find(text) == []
    assert masker.mask_text(text).document == text


def test_key_value_bare_names_and_plates(masker: Masker) -> None:
    out = masker.mask_text(
        "PatientQuery[family=Warzybok, given=Julita] level=warn vehicle=EBD 911JH\n"
        "vehicle=DW-252-VS level=info\n"
    ).document
    assert "Warzybok" not in out and "EBD 911JH" not in out and "DW-252-VS" not in out
    assert "level=warn" in out and "level=info" in out


def test_address_value_keeps_its_state(masker: Masker) -> None:
    out = masker.mask_text('{"address": "0833 Jeremiah Light, Timothyville, Kansas 31245"}').document
    assert "Jeremiah" not in out and "Timothyville" not in out and "31245" not in out
    assert "Kansas" in out


def test_schema_known_values_are_masked_in_the_notes_too(masker: Masker) -> None:
    bundle = {
        "resourceType": "Bundle",
        "entry": [
            {"resource": {
                "resourceType": "Patient",
                "identifier": [{"system": "http://payer.example.com/member-id", "value": "VR/7911732"}],
                "name": [{"family": "Ward", "given": ["Vi"]}],
                "address": [{"line": ["08, Saraf Circle"], "city": "Mango", "postalCode": "158190"}],
            }},
            {"resource": {
                "resourceType": "MedicationRequest",
                "note": [{"text": "Prior auth, member VR/7911732. Vi Ward lives in Mango (158190); "
                                  "moved to the ward, likes mango."}],
            }},
        ],
    }
    out = json.dumps(masker.mask_json(bundle).document)
    for value in ("VR/7911732", "Vi Ward", "Mango", "158190", "Saraf"):
        assert value not in out, out
    assert "the ward" in out and "likes mango" in out  # the lower-case words are not the name or city


def test_known_values_that_nest_deeply_still_compile() -> None:
    from phigate.engine import known

    values = {"1" * i + "9": T.ID for i in range(2, 200)}  # 119, 1119, ...: one trie level per value
    hits = known.find(values, "ids 1119 and " + "1" * 50 + "9 end")
    assert [(h.end - h.start) for h in hits] == [4, 51]


def test_malformed_sql_is_no_table_and_no_hang(masker: Masker) -> None:
    text = "INSERT INTO patients (first_name, zip) VALUES ('Quillfeather" + " " * 100_000 + "\nzip 90210"
    out = masker.mask_text(text).document
    assert "90210" not in out and out.endswith("zip [ZIP]")
