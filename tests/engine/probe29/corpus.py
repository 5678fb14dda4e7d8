# ruff: noqa: E501  (hand-aligned templates)
"""Twenty-ninth independent probe corpus: what AI coding agents send while they work on health software.

36 labelled documents in 18 kinds per seed, two of each: code dense in identifiers that must survive, with
PHI inside fixtures, logs and data. A unified diff of a FHIR service with patient fixtures, a pytest module
with parametrised patient cases, a React/TypeScript component with sample props and its Jest test, a Kotlin
JUnit fixture builder, a Go table test, a GraphQL query with its variables, an OpenAPI schema with
`example:` values, a SQL migration with seed INSERTs, a dbt model with its schema.yml and seed CSV, a
Kubernetes/Helm values file and Dockerfile with env vars (a DSN with a password), a Jupyter cell with a
DataFrame print, a Python traceback with locals, NDJSON access logs of a patient portal, a git log with PR
review comments, a Makefile and CI workflow, a `git blame` of a C# test fixture, an agent's tool-call JSON
(read_file / run_command results embedding file contents) and a protobuf schema with a Rust test.
People of ten cultures (lists of our own, people.py); invented US towns and streets.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). Persons: `p` the patient, `q` a second patient, `r` a relative or
emergency contact, `d` a clinician.

Labelling policy (decided before any measurement):
- NAME: every patient, relative and clinician name in fixtures, logs, data and prose, full and every part
  written alone ("given": "X", family column, "Family, Given", a given name in a commit message).
- DATE: birth dates and patient event dates (admission, appointment, result, discharge) in any notation,
  Java `LocalDate.of(1984, 3, 17)` arguments included (label: the arguments). Log-line timestamps,
  CI job and commit timestamps are NEUTRAL (unlabelled, unscored): record metadata, not a fact about the
  person, and ambiguous enough that we neither demand nor forbid masking them.
- ADDRESS (street line, town), ZIP; a state code is plain text.
- PHONE, EMAIL, SSN, MRN, HEALTH_PLAN (member ids), URL (patient-portal links holding a patient's id), IP
  (public IPv4 of a patient's device in portal access logs), CREDENTIAL (passwords, the password of a DSN,
  API keys, bearer tokens; the DSN's user, host and database are neutral).
- Keep (labelled in every document): function, class, variable, column, table, field and type names
  (`patient_name`, `get_by_mrn`, `PatientSearchParams`, `Optional[str]`, `LocalDate`), eponymous algorithm
  and class names (Levenshtein, Jaro-Winkler, Soundex, Luhn, Dijkstra, Bloom, Kalman, Fisher, Wilson),
  library/framework names, versions and semver ranges, git SHAs, request/trace UUIDs (never a patient's),
  ports, image tags, HTTP status codes, header names, env var names, file paths, k8s resource names,
  regexes, FHIR paths, LOINC/ICD-10/SNOMED codes, drugs with doses.
- NEUTRAL (unlabelled): commit authors and LICENSE holders (people.AUTHORS, never a patient's name),
  localhost / cluster-internal IPs (10.x, 127.0.0.1), service hostnames, log timestamps, numbers that are
  neither (line numbers, counts).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).

Labelling fix after the one measurement (engine-independent, text unchanged): the referral number
"REF-<hex>" of the agent tool-result fixture had been labelled a keep value (it reused the git-SHA keep
slot), but a referral number identifies a patient's record; it is now neutral (2 keep values fewer per seed).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe29 import ids
from tests.engine.probe29.people import AUTHORS, STREETS, TOWNS, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

LIB_VERSIONS = ["fastapi==0.111.0", "pydantic>=2.7,<3", "fhir.resources==7.1.0", "\"react\": \"^18.3.1\"", "sqlalchemy~=2.0.30",
                "com.fasterxml.jackson.core:jackson-databind:2.17.1", "github.com/google/uuid v1.6.0", "tokio = \"1.38\"",
                "dbt-postgres==1.8.2", "hapi-fhir-structures-r4:7.2.0"]  # fmt: skip
LOINC = ["2345-7", "718-7", "4548-4", "2160-0", "8480-6", "39156-5", "2093-3", "6690-2"]
ICD = ["E11.9", "I10", "J45.40", "N18.3", "E78.5", "K21.9", "F41.1", "M54.50"]
SNOMED = ["44054006", "38341003", "195967001", "73211009", "271737000"]
DRUGS = ["metformin 500 mg", "lisinopril 10 mg", "atorvastatin 20 mg", "albuterol 90 mcg", "sertraline 50 mg",
         "levothyroxine 88 mcg", "amoxicillin 875 mg", "apixaban 5 mg"]  # fmt: skip
IMAGES = ["ghcr.io/wardline/fhir-gateway:2.8.1", "registry.internal/ehr/patient-api:1.14.0-rc.2",
          "postgres:16.3-alpine", "redis:7.2.5", "python:3.12.4-slim-bookworm"]  # fmt: skip
STATUS = ["404", "409", "422", "503"]
HEX = "0123456789abcdef"


def hexs(rng: random.Random, n: int) -> str:
    while True:
        s = "".join(rng.choice(HEX) for _ in range(n))
        if any(c.isalpha() for c in s[:4]) and any(c.isdigit() for c in s):
            return s


def uuid(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def person_slots(x: str, who: Person) -> dict[str, Slot]:
    b = who.born
    return {
        f"{x}_full": P("NAME", who.full),
        f"{x}_given": P("NAME", who.given),
        f"{x}_family": P("NAME", who.family),
        f"{x}_rev": P("NAME", f"{who.family}, {who.given}"),
        f"{x}_dob": P("DATE", b.isoformat()),
        f"{x}_dobus": P("DATE", f"{b.month:02d}/{b.day:02d}/{b.year}"),
        f"{x}_dobj": P("DATE", f"{b.year}, {b.month}, {b.day}"),
        f"{x}_ph": P("PHONE", who.phone),
        f"{x}_em": P("EMAIL", who.email),
    }


def base_slots(rng: random.Random) -> dict[str, Slot]:
    used: set[str] = set()
    p = draw_person(rng, used, age=(3, 88))
    q = draw_person(rng, used, age=(1, 88))
    r = draw_person(rng, used, age=(20, 80))
    d = draw_person(rng, used, age=(30, 70))
    s: dict[str, Slot] = {}
    for x, who in (("p", p), ("q", q), ("r", r), ("d", d)):
        s.update(person_slots(x, who))
    for suffix, (town, state, zp) in zip(("", "2"), rng.sample(TOWNS, 2), strict=True):
        s["st" + suffix] = P("ADDRESS", f"{rng.randint(12, 9800)} {rng.choice(STREETS)}")
        s["town" + suffix] = P("ADDRESS", town)
        s["zip" + suffix] = P("ZIP", fill(rng, zp))
        s["state" + suffix] = state
    s["mrn"], s["mrn2"] = P("MRN", ids.mrn(rng)), P("MRN", ids.mrn(rng))
    s["ssn"], s["ssn2"] = P("SSN", ids.ssn(rng)), P("SSN", ids.ssn(rng))
    s["member"] = P("HEALTH_PLAN", ids.member(rng))
    s["ip"], s["ip2"] = P("IP", ids.public_ip(rng)), P("IP", ids.public_ip(rng))
    s["url"], s["url2"] = P("URL", ids.portal_url(rng)), P("URL", ids.portal_url(rng))
    s["pw"], s["pw2"] = P("CREDENTIAL", ids.password(rng)), P("CREDENTIAL", ids.password(rng))
    s["key"], s["tok"] = P("CREDENTIAL", ids.api_key(rng)), P("CREDENTIAL", ids.bearer(rng))
    ev = date(2024, 1, 8) + timedelta(days=rng.randrange(300))
    ev2 = ev + timedelta(days=rng.randint(2, 40))
    s["ev"], s["ev2"] = P("DATE", ev.isoformat()), P("DATE", ev2.isoformat())
    s["evus"] = P("DATE", f"{ev.month:02d}/{ev.day:02d}/{ev.year}")
    s["evts"] = P("DATE", f"{ev.isoformat()}T{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:00Z")
    s["k_ver"], s["k_ver2"] = (K(v) for v in rng.sample(LIB_VERSIONS, 2))
    s["k_sha"], s["k_sha2"] = K(hexs(rng, 7)), K(hexs(rng, 7))
    s["k_sha40"] = K(hexs(rng, 40))
    s["ref"] = s["k_sha"].value  # a referral number of a patient: neutral (see the docstring's labelling fix)
    s["k_uuid"], s["k_uuid2"] = K(uuid(rng)), K(uuid(rng))
    s["k_port"] = K(str(rng.choice([8080, 8443, 9090, 3000, 50051])))
    s["k_loinc"], s["k_loinc2"] = (K(v) for v in rng.sample(LOINC, 2))
    s["k_icd"], s["k_icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["k_snomed"] = K(rng.choice(SNOMED))
    s["k_drug"], s["k_drug2"] = (K(v) for v in rng.sample(DRUGS, 2))
    s["k_img"] = K(rng.choice(IMAGES))
    s["k_status"] = K(rng.choice(STATUS))
    s["k_semver"] = K(f"v{rng.randint(1, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}")
    s["author"], s["author2"] = rng.sample(AUTHORS, 2)
    s["cidate"] = (
        f"2024-{rng.randint(1, 9):02d}-{rng.randint(10, 28)} {rng.randint(8, 19):02d}:{rng.randint(10, 59)}:0{rng.randint(1, 9)}"
    )
    s["hba1c"] = K(f"{rng.randint(55, 99) / 10:.1f}")
    return s


# ---- templates -------------------------------------------------------------------------------------------

DIFF = """diff --git a/‹services/fhir_gateway/tests/fixtures/patients.py› b/services/fhir_gateway/tests/fixtures/patients.py
index «k_sha»..«k_sha2» 100644
--- a/services/fhir_gateway/tests/fixtures/patients.py
+++ b/services/fhir_gateway/tests/fixtures/patients.py
@@ -12,9 +12,14 @@ from ‹fhir.resources.patient› import Patient
 def ‹make_patient›(**overrides) -> Patient:
-    name = [{"family": "«q_family»", "given": ["«q_given»"]}]
+    name = [{"family": "«p_family»", "given": ["«p_given»"], "use": "official"}]
     base = {
         "resourceType": "Patient",
-        "birthDate": "«q_dob»",
+        "birthDate": "«p_dob»",
+        "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "«ssn»"},
+                       {"system": "https://kestrel.example/mrn", "value": "«mrn»"}],
+        "telecom": [{"system": "phone", "value": "«p_ph»"}, {"system": "email", "value": "«p_em»"}],
+        "address": [{"line": ["«st»"], "city": "«town»", "state": "«state»", "postalCode": "«zip»"}],
     }
@@ -40,6 +45,9 @@ def test_‹merge_duplicates_by_levenshtein›(client):
-    resp = client.get("/Patient?name=«q_family»")
+    resp = client.get("‹/Patient?identifier=›«mrn»")
+    # ‹Patient.birthDate› must round-trip through ‹PatientSearchParams›
+    assert resp.status_code != ‹404›
+    assert ‹levenshtein_ratio›("«p_family»", "«r_family»") < ‹MERGE_THRESHOLD›
"""

PYTEST = """import pytest
from ‹ehr_core.matching› import ‹jaro_winkler_score›, ‹soundex_key›, ‹normalize_dob›
from ‹ehr_core.models› import ‹PatientRecord›, ‹HomeAddress›

CASES = [
    # (‹patient_name›, ‹dob_raw›, expected)
    ("«p_full»", "«p_dobus»", "«p_dob»"),
    ("«q_rev»", "«q_dob»", "«q_dob»"),
    ("«r_full»", "«r_dobus»", None),
]


@pytest.mark.parametrize("‹patient_name›, ‹dob_raw›, expected", CASES)
def ‹test_normalize_dob_accepts_us_and_iso›(‹patient_name›, ‹dob_raw›, expected):
    assert ‹normalize_dob›(‹dob_raw›) == expected


def ‹test_home_address_zip_code_is_string›():
    rec = ‹PatientRecord›(mrn="«mrn»", ‹home_address›=‹HomeAddress›(street="«st»", city="«town»", ‹zip_code›="«zip»"))
    assert isinstance(rec.‹home_address›.‹zip_code›, str)  # ‹Optional[str]› in the schema
    assert ‹soundex_key›("«p_family»") == ‹soundex_key›("«p_family»".upper())
    assert ‹jaro_winkler_score›("«p_given»", "«q_given»") < ‹0.85›
"""

REACT = """// ‹src/components/PatientBanner.tsx›
import React from 'react';
import { ‹formatPhone›, ‹ageFromBirthDate› } from '‹../lib/demographics›';

export interface ‹PatientBannerProps› {
  ‹patientName›: string;
  ‹birthDate›: string; // ‹ISO-8601›
  mrn: string;
  ‹primaryPhone›?: string;
  ‹careTeamLead›?: string;
}

export function ‹PatientBanner›({ ‹patientName›, ‹birthDate›, mrn, ‹primaryPhone› }: ‹PatientBannerProps›) {
  return <header className="‹banner--compact›">{‹patientName›} · {‹ageFromBirthDate›(‹birthDate›)} · {mrn}</header>;
}

// ‹src/components/__tests__/PatientBanner.test.tsx›
import { render, screen } from '‹@testing-library/react›';
const props: ‹PatientBannerProps› = {
  ‹patientName›: '«p_full»',
  ‹birthDate›: '«p_dob»',
  mrn: '«mrn»',
  ‹primaryPhone›: '«p_ph»',
  ‹careTeamLead›: 'Dr. «d_full»',
};
// second case copied from the QA ticket (screenshot of «url»)
const ‹siblingProps›: ‹PatientBannerProps› = { ‹patientName›: '«q_rev»', ‹birthDate›: '«q_dobus»', mrn: '«mrn2»', ‹primaryPhone›: '«q_ph»' };
it('‹renders the MRN next to the name›', () => {
  render(<‹PatientBanner› {...props} />);
  expect(screen.getByText(/«mrn»/)).toBeInTheDocument();
});
"""

KOTLIN = """package ‹org.wardline.intake.fixtures›

import ‹java.time.LocalDate›
import ‹org.junit.jupiter.api.Test›
import ‹org.assertj.core.api.Assertions.assertThat›

object ‹PatientFixtures› {
    val ‹primaryPatient› = ‹IntakePatient›(
        ‹givenName› = "«p_given»",
        ‹familyName› = "«p_family»",
        ‹birthDate› = LocalDate.of(«p_dobj»),
        ssn = "«ssn»",
        ‹memberId› = "«member»",
        ‹homeAddress› = ‹PostalAddress›("«st»", "«town»", "«state»", "«zip»"),
    )
    val ‹guarantor› = ‹IntakePatient›(‹givenName› = "«r_given»", ‹familyName› = "«r_family»",
        ‹birthDate› = LocalDate.of(«r_dobj»), ssn = "«ssn2»")
}

class ‹EligibilityCheckerTest› {
    @Test
    fun ‹luhnChecksumRejectsTransposedMemberId›() {
        assertThat(‹EligibilityChecker›.‹validate›(‹PatientFixtures›.‹primaryPatient›)).isTrue()
        // ‹Luhn› digit on ‹memberId› only; the ‹Wilson› interval lives in ‹StatsUtil›
    }
}
"""

GO = """package ‹scheduling_test›

import (
	"testing"
	"time"

	"‹github.com/wardline/scheduler/internal/slots›"
)

func ‹TestBookingConflicts›(t *testing.T) {
	cases := []struct {
		name      string
		‹patientID› string
		‹displayName› string
		‹appointmentAt› string
		phone     string
	}{
		{"‹overlap_same_room›", "«mrn»", "«p_full»", "«ev»", "«p_ph»"},
		{"‹back_to_back_ok›", "«mrn2»", "«q_full»", "«ev2»", "«q_ph»"},
		{"‹us_date_rejected›", "«member»", "«r_rev»", "«evus»", "«r_ph»"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			at, _ := time.Parse(‹time.DateOnly›, tc.‹appointmentAt›)
			got := ‹slots.FindConflict›(at, tc.‹patientID›) // ‹Dijkstra› over the room graph
			if got != nil && tc.name == "‹back_to_back_ok›" {
				t.Fatalf("unexpected conflict for %s (%s)", tc.‹displayName›, tc.‹patientID›)
			}
		})
	}
}
"""

GRAPHQL = """# ‹operations/findPatient.graphql›
query ‹FindPatient›($filter: ‹PatientFilterInput›!, $first: Int = 20) {
  ‹patientSearch›(filter: $filter, first: $first) {
    edges { node { id ‹fullName› ‹birthDate› mrn ‹primaryCareProvider› { ‹displayName› } } }
    ‹pageInfo› { ‹hasNextPage› ‹endCursor› }
  }
}

# variables (from the failing Apollo request, trace ‹x-trace-id›: «k_uuid»)
{
  "filter": {
    "‹familyName›": "«p_family»",
    "‹givenName›": "«p_given»",
    "‹birthDate›": "«p_dob»",
    "‹postalCode›": "«zip»",
    "‹email›": "«p_em»",
    "‹addressLine›": "«st»",
    "city": "«town»",
    "‹phoneticMatch›": "‹DOUBLE_METAPHONE›"
  }
}

# response excerpt
{"data":{"‹patientSearch›":{"edges":[{"node":{"id":"UGF0aWVudDo0","‹fullName›":"«q_full»","‹birthDate›":"«q_dob»","mrn":"«mrn2»",
 "‹primaryCareProvider›":{"‹displayName›":"«d_full», MD"}}}]}}}
"""

OPENAPI = """# ‹openapi/patient-api.yaml› (‹openapi: 3.1.0›)
components:
  schemas:
    ‹PatientSummary›:
      type: object
      required: [mrn, ‹family_name›, ‹birth_date›]
      properties:
        mrn:
          type: string
          pattern: '‹^[A-Z]{0,3}-?\\d{7,9}$›'
          example: "«mrn»"
        ‹family_name›: { type: string, example: "«p_family»" }
        ‹given_name›: { type: string, example: "«p_given»" }
        ‹birth_date›: { type: string, format: date, example: "«p_dob»" }
        ssn: { type: string, writeOnly: true, example: "«ssn»" }
        ‹contact_email›: { type: string, format: email, example: "«p_em»" }
        ‹emergency_contact›:
          $ref: '‹#/components/schemas/RelatedPerson›'
          example: { name: "«r_full»", phone: "«r_ph»" }
        ‹last_visit›: { type: string, format: date, example: "«ev»" }
paths:
  ‹/patients/{mrn}›:
    get:
      ‹operationId›: ‹getPatientByMrn›
      responses:
        '‹200›': { description: OK }
        '‹404›': { description: ‹PATIENT_NOT_FOUND› }
"""

SQL = """-- ‹migrations/V42__add_patient_contact.sql› (‹Flyway›)
ALTER TABLE ‹patient› ADD COLUMN ‹preferred_phone› VARCHAR(32);
ALTER TABLE ‹patient› ADD COLUMN ‹dob_column_legacy› DATE;
CREATE INDEX ‹ix_patient_soundex_family› ON ‹patient› (soundex(‹family_name›));
CREATE TABLE ‹encounter_diagnosis› (‹encounter_id› BIGINT REFERENCES ‹encounter›(id), ‹icd10_code› VARCHAR(8));

-- ‹seed/dev_patients.sql›
INSERT INTO ‹patient› (mrn, ‹family_name›, ‹given_name›, ‹birth_date›, ssn, ‹preferred_phone›, ‹street_line›, city, ‹zip_code›)
VALUES ('«mrn»', '«p_family»', '«p_given»', '«p_dob»', '«ssn»', '«p_ph»', '«st»', '«town»', '«zip»'),
       ('«mrn2»', '«q_family»', '«q_given»', '«q_dob»', '«ssn2»', '«q_ph»', '«st2»', '«town2»', '«zip2»');
INSERT INTO ‹encounter_diagnosis› VALUES (1001, '«k_icd»'), (1002, '«k_icd2»');
INSERT INTO ‹medication_order› (‹encounter_id›, ‹drug_text›, ‹ordered_on›) VALUES (1001, '«k_drug»', '«ev»');
"""

DBT = """-- ‹models/marts/dim_patient.sql›
{{ config(materialized='‹incremental›', ‹unique_key›='‹patient_sk›') }}
select
    {{ ‹dbt_utils.generate_surrogate_key›(['mrn']) }} as ‹patient_sk›,
    mrn,
    initcap(‹family_name›) as ‹family_name›,
    ‹date_trunc›('year', ‹birth_date›) as ‹birth_year›,
    ‹zip3›(‹zip_code›) as ‹zip3›
from {{ ref('‹stg_ehr__patients›') }}

# ‹models/marts/schema.yml›
models:
  - name: ‹dim_patient›
    columns:
      - name: ‹patient_sk›
        tests: [unique, ‹not_null›]
      - name: ‹birth_year›
        tests: [{‹dbt_expectations.expect_column_values_to_be_between›: {min_value: 1900}}]

# ‹seeds/stg_ehr__patients.csv›
mrn,‹family_name›,‹given_name›,‹birth_date›,‹zip_code›,‹hba1c_last›
«mrn»,«p_family»,«p_given»,«p_dob»,«zip»,«hba1c»
«mrn2»,«q_family»,«q_given»,«q_dob»,«zip2»,7.9
"""

HELM = """# ‹charts/patient-api/values-staging.yaml›
image:
  repository: ‹registry.internal/ehr/patient-api›
  tag: "‹1.14.0-rc.2›"
service:
  port: «k_port»
env:
  - name: ‹DATABASE_URL›
    value: "postgresql://ehr_app:«pw»@pg-primary.ehr.svc.cluster.local:5432/ehr"
  - name: ‹FHIR_BASE_URL›
    value: "http://hapi-fhir.ehr.svc:8080/fhir"
  - name: ‹SMOKE_TEST_PATIENT_MRN›
    value: "«mrn»"
  - name: ‹SMOKE_TEST_PATIENT_NAME›
    value: "«p_full»"
  - name: ‹SMOKE_TEST_PATIENT_EMAIL›
    value: "«p_em»"
  - name: ‹SMOKE_TEST_PATIENT_ADDRESS›
    value: "«st», «town», «state» «zip»"
  - name: ‹TWILIO_AUTH_TOKEN›
    value: "«key»"
resources:
  limits: { cpu: ‹500m›, memory: ‹512Mi› }
---
# ‹Dockerfile›
FROM ‹python:3.12.4-slim-bookworm›
ENV ‹PYTHONUNBUFFERED›=1 ‹DEMO_PATIENT_DOB›=«p_dob» ‹DEMO_PATIENT_PHONE›="«p_ph»"
COPY ‹requirements.lock› /app/
RUN pip install --no-cache-dir -r /app/requirements.lock
EXPOSE «k_port»
HEALTHCHECK CMD curl -f http://localhost:«k_port»/‹healthz› || exit 1
"""

JUPYTER = """In [14]: df = ‹pd.read_parquet›("‹data/extracts/readmissions_2024q2.parquet›")
         df[["mrn", "‹patient_name›", "dob", "‹discharge_date›", "‹zip_code›", "‹loinc›"]].head(3)
Out[14]:
          mrn          ‹patient_name›         dob  ‹discharge_date›  ‹zip_code›    ‹loinc›
0  «mrn»  «p_full»  «p_dob»      «ev»     «zip»  «k_loinc»
1  «mrn2»  «q_full»  «q_dob»      «ev2»     «zip2»  «k_loinc2»

In [15]: from ‹scipy.stats› import ‹fisher_exact›
         ‹fisher_exact›(table)   # ‹Fisher› exact test on readmitted vs not
Out[15]: ‹SignificanceResult›(statistic=2.41, pvalue=0.037)

In [16]: df.loc[df.mrn == "«mrn»", "‹pcp_name›"].item()
Out[16]: 'Dr. «d_full»'

In [17]: ‹KalmanFilter›(‹n_dim_obs›=1).smooth(df["‹heart_rate›"])   # ‹pykalman› «k_ver»
"""

TRACEBACK = """Traceback (most recent call last):
  File "‹/srv/app/ehr_core/matching/linker.py›", line 211, in ‹link_candidates›
    score = ‹jaro_winkler›(left.‹family_name›, right.‹family_name›)
  File "‹/srv/app/ehr_core/matching/distance.py›", line 48, in ‹jaro_winkler›
    raise ‹ValueError›(f"empty name component for {record_id}")
‹ValueError›: empty name component for «mrn2»

Locals at ‹link_candidates› (captured by ‹sentry-sdk› «k_semver»):
    left   = ‹PatientRecord›(mrn='«mrn»', ‹family_name›='«p_family»', ‹given_name›='«p_given»', dob=datetime.date(«p_dobj»), phone='«p_ph»')
    right  = ‹PatientRecord›(mrn='«mrn2»', ‹family_name›='', ‹given_name›='«q_given»', dob=datetime.date(«q_dobj»), phone=None)
    ‹request_id› = '«k_uuid»'
    ‹threshold› = 0.92
    ‹address› = '«st», «town» «zip»'
    ‹session_user› = '«r_em»'
    ‹blocking_key› = '‹soundex:family+dob_year›'
"""

NDJSON = """{"ts": "2024-06-03T08:14:22.481Z", "level": "info", "logger": "‹portal.access›", "method": "GET", "path": "«url»", "status": 200, "client_ip": "«ip»", "user_agent": "‹Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)›", "request_id": "«k_uuid»"}
{"ts": "2024-06-03T08:14:23.002Z", "level": "info", "logger": "‹portal.auth›", "event": "‹login_succeeded›", "user": "«p_em»", "client_ip": "«ip»", "mfa": "‹totp›"}
{"ts": "2024-06-03T08:15:40.117Z", "level": "warn", "logger": "‹portal.messages›", "event": "‹message_sent›", "patient": "«p_full»", "mrn": "«mrn»", "to_provider": "«d_full»", "appointment_date": "«ev»"}
{"ts": "2024-06-03T08:17:05.930Z", "level": "error", "logger": "‹portal.proxy›", "event": "‹upstream_error›", "status": ‹503›, "upstream": "‹fhir-gateway:8080›", "path": "‹/fhir/Observation?code=›«k_loinc»", "trace_id": "«k_uuid2»"}
{"ts": "2024-06-03T08:19:51.774Z", "level": "info", "logger": "‹portal.access›", "method": "GET", "path": "«url2»", "status": 200, "client_ip": "«ip2»", "user": "«q_em»", "referer": "‹https://portal.kestrelhealth.example/inbox›"}
{"ts": "2024-06-03T08:20:12.300Z", "level": "debug", "logger": "‹portal.profile›", "event": "‹address_updated›", "patient": "«q_full»", "address": "«st2», «town2», «state2» «zip2»", "phone": "«q_ph»"}
"""

COMMITS = """commit «k_sha40»
Author: «author» <dev@wardline.example>
Date:   «cidate» +0000

    fix(merge): «p_full»'s record merged twice by the ‹nightly-dedupe› job

    ‹DedupeJob› compared ‹birth_date› as a string, so «p_dobus» and «p_dob» looked
    different and the ‹Levenshtein› fallback linked «mrn» to a stale copy. Now
    ‹normalize_dob()› runs first. Refs ‹EHR-2291›.

commit «k_sha2»
Author: «author2» <dev@wardline.example>

    test: add ‹fixtures/ruby/patient_factory.rb› case for «q_given» (the hyphen bug)

--- PR #‹1187› review comments ---
«author2» on ‹spec/models/patient_spec.rb›:
  > let(:patient) { create(:patient, ‹family_name›: "«q_family»", phone: "«q_ph»", email: "«q_em»") }
  Please don't copy prod rows into specs: «q_given» «q_family» is a real chart from «town» (MRN «mrn2»),
  use ‹FactoryBot.build(:patient)› with ‹Faker::Name.last_name›.
«author» replied: good catch, it came from the ‹#support-escalations› ticket about her ‹Bloom› filter false positive.
"""

CI = """# ‹Makefile›
.PHONY: ‹test› ‹seed-dev› ‹migrate›
‹PG_URL› ?= postgresql://postgres:«pw»@localhost:5432/ehr_dev
‹seed-dev›:
\t‹psql› "$(‹PG_URL›)" -f ‹seed/dev_patients.sql›
\t‹python -m ehr_core.tools.make_demo› --name "«p_full»" --dob «p_dob» --mrn «mrn» --phone "«p_ph»"
‹test›:
\t‹pytest› -q --maxfail=1 ‹tests/unit›

# ‹.github/workflows/ci.yml›
name: ‹ci›
on: [push, ‹pull_request›]
jobs:
  ‹integration›:
    runs-on: ‹ubuntu-22.04›
    services:
      postgres: { image: "‹postgres:16.3-alpine›", ports: ["5432:5432"] }
    env:
      ‹EPIC_SANDBOX_TOKEN›: "«tok»"
      ‹E2E_PATIENT_EMAIL›: "«p_em»"
      ‹E2E_PATIENT_PASSWORD›: "«pw2»"
      ‹E2E_PATIENT_DOB›: "«p_dobus»"   # e2e user is «q_full»; inbox at «url»
    steps:
      - uses: ‹actions/checkout@v4›
      - uses: ‹actions/setup-python@v5›
      - run: make ‹seed-dev› && make ‹test›
"""

BLAME = """$ git blame -L 30,44 ‹tests/Wardline.Billing.Tests/ClaimFixtures.cs›
«k_sha» («author» «cidate» 30) public static ‹ClaimSubmission› ‹MedicaidClaim›() => new()
«k_sha» («author» «cidate» 31) {
«k_sha2» («author2» «cidate» 32)     ‹SubscriberName› = "«p_rev»",
«k_sha2» («author2» «cidate» 33)     ‹SubscriberDob› = new ‹DateOnly›(«p_dobj»),
«k_sha2» («author2» «cidate» 34)     ‹MemberId› = "«member»",
«k_sha» («author» «cidate» 35)     ‹PatientAccountNumber› = "«mrn»",
«k_sha» («author» «cidate» 36)     ‹ServiceDate› = ‹DateOnly.Parse›("«ev»"),
«k_sha2» («author2» «cidate» 37)     ‹RenderingProvider› = "«d_full»",
«k_sha2» («author2» «cidate» 38)     ‹DiagnosisCodes› = new[] { "«k_icd»", "«k_icd2»" },
«k_sha» («author» «cidate» 39)     ‹BillingAddress› = new ‹Address›("«st»", "«town»", "«state»", "«zip»"),
«k_sha» («author» «cidate» 40)     ‹PhoneNumber› = "«p_ph»",
«k_sha» («author» «cidate» 41) };
"""

AGENT = r"""{
  "type": "tool_result",
  "tool_use_id": "‹toolu_01HX7Q2patientsvc›",
  "tool": "read_file",
  "input": {"path": "‹services/intake/app/fixtures/sample_referral.json›"},
  "content": "{\n  'referralId': 'REF-«ref»',\n  'patient': {'name': '«p_full»', 'dob': '«p_dob»', 'mrn': '«mrn»', 'phone': '«p_ph»', 'email': '«p_em»'},\n  'address': '«st», «town», «state» «zip»',\n  'referringProvider': '«d_full»',\n  'reason': '‹R07.9› chest pain, on «k_drug»',\n  'insurance': {'memberId': '«member»'}\n}",
  "followup": {
    "tool": "run_command",
    "command": "‹python -m intake.cli validate --schema schemas/referral.schema.json›",
    "stdout": "‹ValidationError›: 'dob' «q_dob» for «q_full» (MRN «mrn2») fails ‹format: date› check in ‹$.patient.dob›\nchecked with ‹jsonschema 4.22.0›; ‹exit code 1›",
    "cwd": "‹/workspace/intake›"
  }
}
"""

PROTO = """// ‹proto/wardline/patient/v1/patient.proto›
syntax = "proto3";
package ‹wardline.patient.v1›;
import "‹google/protobuf/timestamp.proto›";

message ‹PatientDemographics› {
  string mrn = 1;
  string ‹family_name› = 2;
  string ‹given_name› = 3;
  ‹google.type.Date› ‹birth_date› = 4;
  repeated ‹ContactPoint› telecom = 5;
}

// ‹crates/patient-codec/tests/roundtrip.rs›
#[test]
fn ‹roundtrip_preserves_birth_date›() {
    let p = ‹PatientDemographics› {
        mrn: "«mrn»".into(),
        ‹family_name›: "«p_family»".into(),
        ‹given_name›: "«p_given»".into(),
        ‹birth_date›: Some(date(«p_dobj»)),
        telecom: vec![‹ContactPoint›::phone("«p_ph»"), ‹ContactPoint›::email("«p_em»")],
    };
    let bytes = p.‹encode_to_vec›();
    assert_eq!(‹PatientDemographics›::decode(&bytes[..]).unwrap(), p); // ‹prost› + ‹bloom_filter::BloomFilter› dedupe
    // from the bug report: «q_full», DOB «q_dobus», MRN «mrn2» fails the same way
    // next-of-kin «r_full» («r_ph») belongs in ‹RelatedPerson›, not here
}
"""

TEMPLATES: list[tuple[str, str, str]] = [
    ("dev29_fhir_service_unified_diff", "text", DIFF),
    ("dev29_pytest_parametrized_patients", "text", PYTEST),
    ("dev29_react_props_jest", "text", REACT),
    ("dev29_kotlin_junit_fixture_object", "text", KOTLIN),
    ("dev29_go_table_driven_test", "text", GO),
    ("dev29_graphql_query_variables", "text", GRAPHQL),
    ("dev29_openapi_schema_examples", "text", OPENAPI),
    ("dev29_sql_migration_seed_rows", "text", SQL),
    ("dev29_dbt_model_seed_csv", "text", DBT),
    ("dev29_helm_values_dockerfile_env", "text", HELM),
    ("dev29_jupyter_dataframe_outputs", "text", JUPYTER),
    ("dev29_traceback_with_locals", "text", TRACEBACK),
    ("dev29_portal_access_log_ndjson", "ndjson", NDJSON),
    ("dev29_git_log_pr_review", "text", COMMITS),
    ("dev29_makefile_ci_workflow_secrets", "text", CI),
    ("dev29_git_blame_csharp_fixture", "text", BLAME),
    ("dev29_agent_tool_result_json", "json", AGENT),
    ("dev29_protobuf_rust_roundtrip", "text", PROTO),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(80):
        rng = random.Random(f"phigate-probe29:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng), fmt)
        doc = Doc(f"{kind}-{index}", kind, "US", fmt, content, phi, keep, spans)
        if fmt == "json":
            json.loads(content)
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        if not problems(doc):
            return doc
    raise AssertionError(f"no unambiguous draw for {kind}-{index}: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
