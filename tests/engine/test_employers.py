"""The employer of a patient or relative is PHI under Safe Harbor (45 CFR 164.514(b)(2)(i) removes the names
"of the individual or of relatives, employers, or household members"): employers.py masks an organisation
that a cue says someone works for, and nothing else. Values of our own."""

from __future__ import annotations

import pytest

from phigate.engine import Masker


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Employer: Quillfeather Roofing LLC\nPhone: none", "Quillfeather Roofing LLC"),
        ("Employer (current): Dunmore Feed & Seed", "Dunmore Feed & Seed"),
        ("Place of employment: Harrowgate Cold Storage", "Harrowgate Cold Storage"),
        ("Social: works as a night stocker at Pellham Grocers and smokes.", "Pellham Grocers"),
        ("He retired in 2019 from Tessaly Aerospace after 30 years.", "Tessaly Aerospace"),
        ("Was laid off by Corvane Textile Co. last spring.", "Corvane Textile Co."),
        ("Daughter is employed as a cashier at Brindlemart and visits daily.", "Brindlemart"),
        ("She volunteers at the Oxhollow Food Pantry on weekends.", "the Oxhollow Food Pantry"),
        ("Occupation: welder at Marrowby Steelworks", "Marrowby Steelworks"),
        ("He is an employee of Vantrell Logistics.", "Vantrell Logistics"),
        ("Er arbeitet bei Kolbrand Maschinenbau in der Montage.", "Kolbrand Maschinenbau"),
        ("Elle travaille chez Fromagerie Duvalcourt depuis 2010.", "Fromagerie Duvalcourt"),
        ("Trabaja en Conservas Ribamar desde hace dos años.", "Conservas Ribamar"),
        ("Hij werkt bij Zandvoort Tegelhandel als chauffeur.", "Zandvoort Tegelhandel"),
        # an organisation the vetoes would keep elsewhere is still the employer here
        ("Works at Boston Scientific as a line technician.", "Boston Scientific"),
    ],
)
def test_an_employer_after_a_work_cue_is_masked(masker: Masker, text: str, employer: str) -> None:
    r = masker.mask_text(text)
    assert employer not in r.document, r.document
    assert any(f.type.value == "NAME" for f in r.findings)  # merged with a name hit, either may name it


@pytest.mark.parametrize(
    "text",
    [
        "Works at home three days a week.",
        "works for a living, no complaints.",
        "Works with PT twice weekly on gait.",
        "Started with Metformin 500 mg BID.",
        "Employer: Retired",
        "Employer: N/A",
        "Worked in Texas for ten years, then in Mexico.",
        "He works as a nurse at this hospital.",
        "Retired from the job on Monday.",
        "Quit at 5 PM after the shift.",
    ],
)
def test_no_employer_without_an_organisation_after_the_cue(masker: Masker, text: str) -> None:
    r = masker.mask_text(text)
    assert not [f for f in r.findings if f.detector.startswith("regex:employer")], r.document


def test_a_sentence_ends_the_employer_and_the_next_cue_still_counts(masker: Masker) -> None:
    text = "Employed since 2015 as a cashier at Brindlemart. Retired in 2019 from Tessaly Aerospace."
    r = masker.mask_text(text)
    assert r.document == "Employed since 2015 as a cashier at [NAME]. Retired in 2019 from [NAME]."


def test_an_employer_field_is_masked_in_json_and_in_a_table(masker: Masker) -> None:
    doc = {"patient": {"employer": "Quillfeather Roofing LLC", "occupation": "welder"}}
    out = masker.mask_json(doc).document
    assert out == {"patient": {"employer": "[NAME]", "occupation": "welder"}}
    table = masker.mask_text("mrn,employer,dx\n4471,Dunmore Feed & Seed,E11.9\n").document
    assert "Dunmore" not in table and "E11.9" in table and "mrn,employer,dx" in table


def test_a_fhir_patient_contacts_organisation_is_masked_whole(masker: Masker) -> None:
    patient = {
        "resourceType": "Patient",
        "contact": [{
            "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131",
                                          "code": "E", "display": "Employer"}]}],
            "organization": {"reference": "Organization/77", "display": "Quillfeather Roofing LLC"},
        }],
        "managingOrganization": {"reference": "Organization/1", "display": "Harbourview General Hospital"},
    }
    out = masker.mask_json(patient).document
    assert out["contact"][0]["organization"] == {"reference": "Organization/77", "display": "[NAME]"}
    assert out["contact"][0]["relationship"] == patient["contact"][0]["relationship"]
    assert out["managingOrganization"]["display"] == "Harbourview General Hospital"  # the provider stays


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Driving home from a shift at Gorsemoor Orchards when the pain began.", "Gorsemoor Orchards"),
        ("Spouse (33 y/o, works nights at Tamberlin Freight) and son (7).", "Tamberlin Freight"),
        ("Pt worked 2004-present at Quenby Precast as a forklift operator.", "Quenby Precast"),
        ("Occupation: roofer, employer Halloway Roofing & Siding.", "Halloway Roofing & Siding"),
        ("Coverage through your employer, Brackwater Dairy (group 418265), has lapsed.", "Brackwater Dairy"),
        ("Prepared for: HR, Fennick Poultry", "Fennick Poultry"),
        ("Logged in from an address registered to Ostry Brewing Company, the patient's employer.",
         "Ostry Brewing Company"),
        ("Mother was called at work (Pellow Bakehouse, 555-201-3344) at 1:20.", "Pellow Bakehouse"),
        ("a 44-year-old lube technician at Tarrant Tire & Lube seen today", "Tarrant Tire & Lube"),
        ("Supervisor at Tarrant Tire & Lube may call the clinic.", "Tarrant Tire & Lube"),
        ("Medical claims under plan sponsor Wendle Diner.", "Wendle Diner"),
    ],
)
def test_an_employer_named_by_the_words_around_it_is_masked(masker: Masker, text: str, employer: str) -> None:
    assert employer not in masker.mask_text(text).document


@pytest.mark.parametrize(
    "text",
    ["Seen by a nurse at Harbourview General Hospital.", "Employer ID 12-3456789 on file.",
     "Follow up with social work at Harbourview General Hospital on Monday.", "Lab work at Quellby Labs.",
     "Cleared to return to work at Harbourview General Hospital next week.",
     "The employer Health Plan pays first.", "Age group 18-65; group 2 therapy."],
)
def test_no_employer_in_a_hospital_s_staff_or_a_plan_s_words(masker: Masker, text: str) -> None:
    assert not [f for f in masker.mask_text(text).findings if f.detector.startswith("regex:employer")]


def test_an_employer_named_once_is_masked_where_it_recurs(masker: Masker) -> None:
    text = "Supervisor at Tarrant Tire & Lube may call; the Tarrant Tire & Lube HR line stays private."
    out = masker.mask_text(text).document
    assert out == "Supervisor at [NAME] may call; the [NAME] HR line stays private."
