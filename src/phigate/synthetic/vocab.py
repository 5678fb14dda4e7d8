"""Harmless clinical and technical vocabulary: values a masker must leave alone (labelled `keep`).

Over-masking these (drug doses, codes, lab values, organisations, countries, weekdays, versions)
is what makes a de-identified note useless, so the benchmark counts every one that is lost.
"""

from __future__ import annotations

import random

DRUGS = [
    "metformin 500 mg",
    "lisinopril 10 mg",
    "atorvastatin 40 mg",
    "amlodipine 5 mg",
    "apixaban 5 mg",
    "furosemide 40 mg",
    "levothyroxine 75 mcg",
    "insulin glargine 20 units",
    "sertraline 50 mg",
    "omeprazole 20 mg",
    "warfarin 2.5 mg",
    "prednisone 10 mg",
    "albuterol 90 mcg",
    "gabapentin 300 mg",
    "ceftriaxone 1 g",
    "vancomycin 1.25 g",
    "heparin 5000 units",
    "aspirin 81 mg",
    "clopidogrel 75 mg",
    "tamsulosin 0.4 mg",
    "donepezil 10 mg",
    "carvedilol 6.25 mg",
    "spironolactone 25 mg",
    "empagliflozin 10 mg",
    "ondansetron 4 mg",
    "acetaminophen 650 mg",
    "hydrochlorothiazide 25 mg",
]
ROUTES = ["PO daily", "PO BID", "IV q12h", "subcut nightly", "PO TID", "inhaled PRN", "IV once"]

ICD10 = [
    ("E11.9", "type 2 diabetes mellitus without complications"),
    ("I10", "essential hypertension"),
    ("I50.9", "heart failure, unspecified"),
    ("J44.1", "COPD with acute exacerbation"),
    ("N18.3", "chronic kidney disease, stage 3"),
    ("I48.91", "atrial fibrillation"),
    ("J18.9", "pneumonia, unspecified organism"),
    ("F32.9", "major depressive disorder"),
    ("E78.5", "hyperlipidemia"),
    ("M81.0", "age-related osteoporosis"),
    ("G30.9", "Alzheimer disease"),
    ("K21.9", "gastro-esophageal reflux disease"),
    ("N39.0", "urinary tract infection"),
]
LOINC = [
    ("4548-4", "Hemoglobin A1c"),
    ("2345-7", "Glucose"),
    ("718-7", "Hemoglobin"),
    ("2160-0", "Creatinine"),
    ("2951-2", "Sodium"),
    ("2823-3", "Potassium"),
    ("6690-2", "Leukocytes"),
    ("8480-6", "Systolic blood pressure"),
    ("8462-4", "Diastolic blood pressure"),
    ("8867-4", "Heart rate"),
    ("2093-3", "Cholesterol"),
    ("33914-3", "eGFR"),
    ("1742-6", "ALT"),
]
SNOMED = [
    ("44054006", "Diabetes mellitus type 2"),
    ("38341003", "Hypertensive disorder"),
    ("49436004", "Atrial fibrillation"),
    ("233604007", "Pneumonia"),
    ("84114007", "Heart failure"),
    ("195967001", "Asthma"),
    ("13645005", "Chronic obstructive lung disease"),
]
RXNORM = [
    ("860975", "metformin 500 MG Oral Tablet"),
    ("314076", "lisinopril 10 MG Oral Tablet"),
    ("617312", "atorvastatin 40 MG Oral Tablet"),
    ("197361", "amlodipine 5 MG Oral Tablet"),
    ("1364430", "apixaban 5 MG Oral Tablet"),
    ("313988", "furosemide 40 MG Oral Tablet"),
]
LABS = [
    "HbA1c 7.4%",
    "creatinine 1.3 mg/dL",
    "potassium 4.1 mmol/L",
    "sodium 138 mmol/L",
    "WBC 11.2 K/uL",
    "hemoglobin 10.9 g/dL",
    "platelets 245 K/uL",
    "troponin < 0.01 ng/mL",
    "BNP 612 pg/mL",
    "INR 2.4",
    "eGFR 48 mL/min/1.73m2",
    "LDL 131 mg/dL",
    "TSH 2.8 mIU/L",
    "lactate 1.9 mmol/L",
    "SpO2 94% on room air",
    "BP 142/88",
    "HR 96 bpm",
    "temp 38.4 C",
    "RR 22",
]
HOSPITALS = [
    "Mercy General Hospital",
    "Riverside Community Hospital",
    "St. Luke's Medical Center",
    "Lakeview Regional Medical Center",
    "Northside Heart Institute",
    "Good Samaritan Hospital",
    "Valley Children's Hospital",
    "Providence Rehabilitation Center",
    "Mayo Clinic",
    "Cleveland Clinic",
    "Johns Hopkins Hospital",
    "Kaiser Permanente",
    "Charité",
    "Hôpital Necker",
]
PAYERS = ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Medicare Part B", "Cigna", "Humana"]
COUNTRIES = ["Canada", "Mexico", "Germany", "India", "Nigeria", "Brazil", "Japan", "Kenya", "Poland"]
STATES = ["Ohio", "Texas", "California", "Oregon", "Vermont", "Arizona", "Michigan", "Florida", "Maine"]
COMMON_WORDS = [
    "morning",
    "evening",
    "Monday",
    "Tuesday",
    "Friday",
    "weekend",
    "tonight",
    "yesterday",
    "overnight",
    "afternoon",
    "Saturday",
    "bedtime",
    "spring",
    "winter",
]
SPECIALTIES = [
    "cardiology",
    "nephrology",
    "endocrinology",
    "physical therapy",
    "palliative care",
    "wound care",
    "social work",
    "pulmonology",
    "geriatrics",
]
CODE_IDENTIFIERS = [
    "get_patient_by_id",
    "PatientRepository",
    "fhir_client.search",
    "handle_request",
    "MaskingPlan",
    "user_id",
    "encounter_id",
    "HTTPError",
    "KeyError",
    "asyncio.TimeoutError",
    "np.float64",
    "ValidationError",
    "retry_backoff",
    "process_batch",
    "ObservationSerializer",
    "to_dict",
]
VERSIONS = [
    "v2.3.1",
    "1.26.4",
    "Python 3.12.4",
    "FHIR R4",
    "4.0.1",
    "node v20.11.0",
    "HL7 v2.5.1",
    "PostgreSQL 16.2",
    "Django 5.0.6",
    "nginx/1.25.4",
    "TLSv1.3",
    "HTTP/1.1",
    "gzip",
]

# Clinicians are not the patient: unlabelled, and named from this invented list (no Faker locale has
# these surnames) so a clinician never shares a patient's surname and fakes a "leak".
CLINICIANS = [
    "Ashgrove",
    "Kestrelmoor",
    "Vantreight",
    "Quillon",
    "Durnstable",
    "Merrowfield",
    "Pellaway",
    "Thornquist",
    "Olsteady",
    "Wrenfield",
    "Harrowgate",
    "Calloway-Finch",
    "Brightwater",
    "Sandiford",
    "Elmsworth",
    "Fenwright",
]


def pick(rng: random.Random, items: list, n: int = 1) -> list:
    return rng.sample(items, min(n, len(items)))
