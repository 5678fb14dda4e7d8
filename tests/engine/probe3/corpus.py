"""Third independent probe corpus: ~50 labelled documents shaped like what a coding agent sends or receives.

Formats no earlier probe used: a GitHub issue pasting a failing request, Django and Rails logs, Helm
values, terraform.tfvars, `.env` files with DSNs in JDBC / SQLAlchemy / libpq / ODBC / Azure syntax,
psql `\\x` output, a mongosh `find()` result, a kcat dump of Avro-JSON Kafka messages, an OpenAPI example,
a Sentry event, an LLM tool-use payload, an nginx access log, a device inventory CSV, HL7 v2 ADT, X12 270
EDI, a FHIR Patient, a WebVTT telehealth transcript, a Slack thread, an incident postmortem; clinical
notes in unlabelled US prose (discharge narrative, psychiatry, obstetrics, well-child, dental and eye
referrals, home-care rota, pharmacy label, CAD dispatch log, non-emergency transport booking, TRICARE
letter to an APO address, records release to Mexico, travel-insurance claim from Brazil). Same
`«slot»`/`‹keep›` template language and label classes as tests/engine/probe (whose `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every template, list and format here is new. Seeded.

Labelling conventions beyond the first two probes: business toll-free and vanity numbers (1-800-FLOWERS)
are keep; build/deploy timestamps in a postmortem timeline are keep (they describe a release, not a
patient); a Rails/Celery worker log timestamp is left unlabelled (neither PHI nor keep); surrogate row
keys (id 88213, ObjectId) are unlabelled, as in probe 1; an Avro `int` birth date (days since 1970) and
a Kafka CreateTime in epoch milliseconds are PHI dates.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, problems, render
from tests.engine.probe.people import K, Slot
from tests.engine.probe3.people import NAMES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "Entresto 24/26 mg",
    "Jardiance 10 mg",
    "Lithium carbonate 300 mg",
    "Quetiapine 50 mg",
    "Ferrous gluconate 324 mg",
    "Ondansetron 4 mg ODT",
    "Insulin lispro 6 units",
    "Buprenorphine/naloxone 8/2 mg",
    "Vitamin D3 1000 IU",
    "Prenatal multivitamin 1 tab",
    "Tamsulosin 0.4 mg",
    "Donepezil 10 mg",
]
LABS = [
    "Hgb A1c 9.4%",
    "LDL-C 142 mg/dL",
    "TSH 0.21 µIU/mL",
    "Lithium level 0.9 mEq/L",
    "beta-hCG 1,842 mIU/mL",
    "Potassium 5.6 mEq/L",
    "Platelets 98 K/µL",
    "Procalcitonin 0.8 ng/mL",
]
ICD = ["O09.523", "F31.2", "H40.1131", "K01.1", "Z00.121", "E11.3553", "I48.91", "S72.001A", "F10.239"]
CPT = ["59400", "92134", "90837", "99392", "D7240", "A0130", "99497"]
LOINC = ["2093-3", "13457-7", "3016-3", "14682-9"]
SNOMED = ["44054006", "73211009", "386661006"]
NDC = ["0002-8215-01", "50090-3414-0", "0078-0659-20"]
HOSPITALS = [
    "Queen's Medical Center",
    "Kapiolani Medical Center for Women & Children",
    "Henry Ford Hospital",
    "Geisinger Community Medical Center",
    "Doctors Hospital at Renaissance",
    "Essentia Health St. Mary's Medical Center",
    "North Mississippi Medical Center",
    "Community Regional Medical Center",
]
PAYERS = [
    "HMSA",
    "Tricare East",
    "Aetna Better Health",
    "Medi-Cal",
    "UnitedHealthcare Community Plan",
    "Priority Health",
]
STATES = ["Hawaii", "Texas", "Michigan", "Pennsylvania", "Minnesota", "Mississippi", "Florida", "California"]
VERSIONS = [
    "Django 4.2.11",
    "Rails 7.1.3",
    "helm v3.14.2",
    "terraform 1.7.4",
    "mongosh 2.1.5",
    "psql (16.2)",
    "kcat 1.7.1",
]
CODE = [
    "PatientIntakeForm",
    "encounters_controller.rb",
    "normalize_mrn()",
    "AdmitEventConsumer",
    "reminder-svc",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
YOUNG = ["34-year-old", "41 y/o", "27yo", "58-year-old", "62 y.o."]
RELATIVE = ["yesterday", "last week", "two days ago", "this morning"]
TIMES = ["14:22", "07:45", "23:10", "09:30"]


def extras(rng: random.Random, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes ...) and gendered wording for one document."""
    female = bool(p["female"])
    d, lab, icd = rng.sample(DRUGS, 2), rng.sample(LABS, 2), rng.sample(ICD, 2)
    return {
        "drug1": K(d[0]),
        "drug2": K(d[1]),
        "lab1": K(lab[0]),
        "lab2": K(lab[1]),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "cpt": K(rng.choice(CPT)),
        "loinc": K(rng.choice(LOINC)),
        "snomed": K(rng.choice(SNOMED)),
        "ndc": K(rng.choice(NDC)),
        "hospital": K(rng.choice(HOSPITALS)),
        "payer": K(rng.choice(PAYERS)),
        "state": K(rng.choice(STATES)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "ver": K(rng.choice(VERSIONS)),
        "code": K(rng.choice(CODE)),
        "young": K(rng.choice(YOUNG)),
        "reldate": K(rng.choice(RELATIVE)),
        "time": K(rng.choice(TIMES)),
        "she": "she" if female else "he",
        "She": "She" if female else "He",
        "her": "her" if female else "his",
        "mrs": "Mrs." if female else "Mr.",
        "sx": "F" if female else "M",
        "child": "daughter" if female else "son",
        "parent": "mother" if female else "father",
    }


# (kind, name cultures cycled over renders, address kind, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, str, int, str]] = [
    (
        "github_issue",
        ["mx", "zh"],
        "us",
        "text",
        2,
        "### `POST /api/v2/patients` returns 500 when `middleName` is empty\n\n"
        "**Environment:** staging, ‹Django 4.2.11›, started after the ‹Q1 2024› dependency bump.\n\n"
        "Repro:\n```\n$ curl -sS -X POST https://api.staging.example/api/v2/patients \\\n"
        "    -H 'Authorization: Bearer «jwt»' -H 'Content-Type: application/json' -d @patient.json\n```\n"
        "patient.json (copied from the chart of MRN «mrn» -- sorry, should have been synthetic):\n"
        '```json\n{"firstName": "«given»", "middleName": "", "lastName": "«family»", "dob": "«dob_iso»",\n'
        ' "ssn": "«ssn_dash»", "address": {"line1": "«street»", "city": "«town»", "state": "«st»", '
        '"zip": "«zip»"},\n "phone": "«mobile»"}\n```\nResponse:\n```\n‹HTTP/1.1 500 Internal Server Error›\n'
        '{"error": "TypeError in ‹PatientIntakeForm›.clean()", "trace_id": "‹4bf92f3577b34da6›"}\n```\n'
        "Expected 201. Also reproduces for a ‹34-year-old› test user, so it is not the age check.\n",
    ),
    (
        "django_log",
        ["pk", "lv"],
        "us",
        "text",
        2,
        "ERROR 2024-04-02 10:31:07,482 log 4127 140211 Internal Server Error: ‹/intake/submit/›\n"
        "Traceback (most recent call last):\n"
        '  File "/app/intake/views.py", line 88, in post\n'
        "    coverage = form.cleaned_data['insurance_member_id']\n‹KeyError: 'insurance_member_id'›\n"
        "POST: <QueryDict: {'csrfmiddlewaretoken': ['Xq9v2'], 'full_name': ['«name»'], "
        "'date_of_birth': ['«dob»'], 'phone': ['«ext»'], 'email': ['«email»'], "
        "'address': ['«street», «city» «zip»'], 'member_id': ['«member»'], 'emergency_contact': ['«rel»']}>\n"
        "META: {'REMOTE_ADDR': '«ipv4»', 'HTTP_X_FORWARDED_FOR': '«ipv6»', 'SERVER_NAME': '‹intake-7c9f›'}\n",
    ),
    (
        "rails_log",
        ["hw", "sm"],
        "us",
        "text",
        2,
        'Started POST "/encounters" for «ipv4» at 2024-04-09 08:14:55 -1000\n'
        "Processing by ‹EncountersController#create› as JSON\n"
        '  Parameters: {"encounter"=>{"patient_name"=>"«name»", "dob"=>"«dob_iso»", "complaint"=>"ankle '
        'swelling", "member_id"=>"«member»", "guardian"=>"«rel»", "guardian_phone"=>"«mobile»", '
        '"seen_on"=>"«visit_iso»"}}\n'
        '  Patient Load (0.6ms)  SELECT "patients".* FROM "patients" WHERE "patients"."mrn" = $1 LIMIT $2  '
        '[["mrn", "«mrn»"], ["LIMIT", 1]]\n'
        "  ↳ app/controllers/‹encounters_controller.rb›:31:in `create'\n"
        "‹Completed 422 Unprocessable Entity in 41ms› (ActiveRecord: 3.2ms | Allocations: 8812)\n",
    ),
    (
        "helm_values",
        ["ir", "sc"],
        "us",
        "text",
        2,
        "# values-staging.yaml for chart ehr-api (‹helm v3.14.2›)\nreplicaCount: 2\nimage:\n  tag: ‹2.31.0›\n"
        "env:\n  DATABASE_URL: postgresql+psycopg://ehr_app:«dbpw»@db-staging.internal:5432/ehr\n"
        "  BILLING_JDBC: jdbc:sqlserver://‹billing-db.internal:1433›;‹databaseName=Billing›;user=svc_billing;"
        "password=«dbpw2»;encrypt=true\n  TWILIO_AUTH_TOKEN: «twilio»\n"
        "seed:\n  testPatient:\n    name: «name»\n    dob: «dob_iso»\n    address: «street», «city» «zip»\n"
        '    mrn: "«mrn»"\n    coverage: { payer: ‹HMSA›, member: "«member»" }\n'
        "resources:\n  limits: { cpu: ‹500m›, memory: ‹512Mi› }\n",
    ),
    (
        "terraform_tfvars",
        ["wl", "po"],
        "us",
        "text",
        1,
        '# terraform.tfvars -- applied with ‹terraform 1.7.4›\nregion         = "‹us-west-2›"\n'
        'aws_access_key = "«awskey»"\naws_secret_key = "«awssecret»"\n'
        'db_conn        = "host=‹ehr-prod.cluster-c1x.us-west-2.rds.amazonaws.com› port=5432 dbname=ehr '
        'user=etl password=«dbpw» sslmode=verify-full"\n'
        "smoke_test_patient = {\n"
        '  given_name  = "«given»"\n  family_name = "«family»"\n  birth_date  = "«dob_iso»"\n'
        '  phone       = "«phone»"\n}\n'
        'allowed_cidrs = ["«ipv4»/32"]  # patient kiosk at home, remove after pilot\n',
    ),
    (
        "env_dsns",
        ["sc", "ta"],
        "us",
        "text",
        1,
        "# .env.local -- DO NOT COMMIT\n"
        "SQLALCHEMY_DATABASE_URI=mssql+pyodbc://reporting:«dbpw»@‹sqlsrv01.corp.internal›/Clinical"
        "?driver=ODBC+Driver+18+for+SQL+Server\n"
        "ODBC_CONN=Driver={‹ODBC Driver 18 for SQL Server›};Server=tcp:ehr-sql.database.windows.net,1433;"
        "Database=ehr;Uid=etl_reader;Pwd=«dbpw2»;Encrypt=yes;\n"
        "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;‹AccountName=ehrscans›;"
        "AccountKey=«azure_key»;EndpointSuffix=‹core.windows.net›\n"
        'GOOGLE_SA_JSON={"type": "service_account", "private_key_id": "«gcp_key_id»", '
        '"private_key": "-----BEGIN PRIVATE KEY-----\\n«pem»\\n-----END PRIVATE KEY-----\\n"}\n'
        "STRIPE_RESTRICTED_KEY=«stripe»\n"
        'E2E_PATIENT_NAME="«name»"\nE2E_PATIENT_DOB=«dob_iso»\nE2E_PATIENT_SSN=«ssn_bare»\n',
    ),
    (
        "psql_expanded",
        ["ta", "ng3"],
        "us",
        "text",
        2,
        "ehr=> \\x\nExpanded display is on.\n"
        "ehr=> SELECT * FROM patients WHERE last_name ILIKE '«family»%' LIMIT 1;\n"
        "-[ RECORD 1 ]-+--------------------------------\nid            | 88213\nmrn           | «mrn»\n"
        "first_name    | «given»\nlast_name     | «family»\nbirth_date    | «dob_iso»\nssn           "
        "| «ssn»\n"
        "street        | «street»\ncity          | «town»\nstate         | «st»\nzip           | «zip»\n"
        "email         | «email»\nphone         | «phone»\nregistered_at | «visit_ts»\n\n"
        "‹Time: 3.112 ms› (‹psql (16.2)›)\n",
    ),
    (
        "mongo_find",
        ["ph", "brz"],
        "us",
        "text",
        2,
        "rs0 [primary] clinic> db.patients.find({ 'telecom.value': '«mobile»' }).pretty()\n[\n  {\n"
        "    _id: ObjectId('65f1c2a9e4b0a1d2c3f4e5a6'),\n"
        "    name: { given: [ '«given»' ], family: '«family»' },\n"
        "    birthDate: ISODate('«dob_isoz»'),\n"
        "    telecom: [ { system: 'phone', value: '«mobile»' }, { system: 'email', value: '«email2»' } ],\n"
        "    address: { line: [ '«street»' ], city: '«town»', postalCode: '«zip»' },\n"
        "    nextOfKin: { name: '«rel»', phone: '«mobile2»' },\n"
        "    meds: [ '‹Jardiance 10 mg›', '«drug1»' ],\n    schemaVersion: NumberInt(3)\n  }\n]\n"
        "(‹mongosh 2.1.5›)\n",
    ),
    (
        "kafka_dump",
        ["zh", "hw"],
        "us",
        "text",
        2,
        "$ kcat -C -b ‹kafka-1:9092› -t ‹ehr.adt.v1› -o -2 -e -f 'ts=%T key=%k %s\\n'   # ‹kcat 1.7.1›\n"
        'ts=«visit_ms» key=«mrn» {"event":"A01","patient":{"mrn":"«mrn»","name":{"string":"«name»"},'
        '"birth_date":{"int":«dob_days»},"sex":"«sx»","address":{"Address":{"line1":"«street»",'
        '"city":"«town»","zip":{"string":"«zip»"}}},"phone":{"string":"«phone»"}},'
        '"consumer_hint":"‹AdmitEventConsumer›"}\n'
        'ts=«p2_visit_ms» key=«p2_mrn» {"event":"A03","patient":{"mrn":"«p2_mrn»",'
        '"name":{"string":"«p2_name»"},'
        '"birth_date":{"int":«p2_dob_days»},"sex":"«p2_sx»","address":null,"phone":null}}\n'
        "% Reached end of topic ehr.adt.v1 [3] at ‹offset 118824›: exiting\n",
    ),
    (
        "openapi_example",
        ["iu", "lv"],
        "us",
        "json",
        1,
        '{"openapi":"‹3.1.0›","info":{"title":"Intake API","version":"‹1.4.0›"},"paths":{"/patients/{mrn}":'
        '{"get":{"operationId":"‹getPatientByMrn›","parameters":[{"name":"mrn","in":"path","required":true,'
        '"example":"«mrn»"}],"responses":{"200":{"description":"OK","content":{"application/json":'
        '{"example":{"mrn":"«mrn»","fullName":"«name»","birthDate":"«dob_iso»","age":"«old_age»",'
        '"telecom":[{"system":"phone","value":"«mobile»"},{"system":"email","value":"«email»"}],'
        '"address":{"line":["«street»"],"city":"«town»","state":"«st»","postalCode":"«zip»"},'
        '"conditions":[{"code":"«icd»","system":"‹ICD-10-CM›"},'
        '{"code":"«snomed»","system":"‹SNOMED CT›"}]}}}}}}}}}',
    ),
    (
        "sentry_event",
        ["hw", "brz"],
        "us",
        "json",
        1,
        '{"event_id":"‹9b2e4c1d7f6a4e8b9c0d1e2f3a4b5c6d›","level":"error","platform":"python",'
        '"exception":{"values":[{"type":"‹ValidationError›",'
        '"value":"member id «member» not active for «name»"}]},'
        '"request":{"url":"«chart_url»","method":"GET","headers":{"Cookie":"sessionid=«session»",'
        '"X-Forwarded-For":"«ipv4»"}},"user":{"email":"«email»","ip_address":"«ipv4»"},'
        '"contexts":{"runtime":{"name":"CPython","version":"‹3.12.2›"}},'
        '"extra":{"patient_dob":"«dob»","callback":"«phone»"},"release":"‹reminder-svc›@‹3.8.0›"}',
    ),
    (
        "tool_use_payload",
        ["ng3", "po"],
        "us",
        "json",
        2,
        '{"model":"‹claude-sonnet-4›","max_tokens":1024,"messages":[{"role":"user","content":"Book a '
        'follow-up for the patient I just saw."},{"role":"assistant","content":[{"type":"tool_use",'
        '"id":"toolu_01A","name":"‹schedule_followup›","input":{"patient_name":"«name»","dob":"«dob»",'
        '"callback":"«mobile»","address":"«street», «city» «zip»","notes":"«old_words»-year-old, hard of '
        'hearing; «child» «rel_given» drives «her» on ‹Thursday›","icd10":"«icd»"}}]},{"role":"user",'
        '"content":[{"type":"tool_result","tool_use_id":"toolu_01A","content":"Booked «visit2» at ‹09:30› '
        'with Dr. Oyster, confirmation sent to «email»."}]}]}',
    ),
    (
        "nginx_access",
        ["hw", "zh"],
        "us",
        "text",
        1,
        '«ipv6z» - - [«visit_nginx»] "GET /portal/patients/«mrn»/labs?dob=«dob_iso» HTTP/2.0" 200 5120 '
        '"«chart_url»" "Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X)"\n'
        '«ipv4» - - [«visit_nginx»] "POST /api/v1/messages?to=«email_url» HTTP/1.1" 202 64 "-" '
        '"okhttp/4.12.0"\n'
        '127.0.0.1 - - [«visit_nginx»] "GET ‹/healthz› HTTP/1.1" 200 2 "-" "‹kube-probe/1.29›"\n',
    ),
    (
        "device_inventory",
        ["ta", "ph"],
        "us",
        "text",
        2,
        "asset_tag,device,serial,udi,mac,assigned_mrn,assigned_to,home_ip,issued\n"
        "‹BIO-0042›,‹Omnipod DASH PDM›,«serial»,«udi»,«mac»,«mrn»,«name»,«ipv6»,«visit_iso»\n"
        "‹BIO-0057›,‹Dexcom G7 "
        "receiver›,«p2_serial»,«p2_udi»,«p2_mac»,«p2_mrn»,«p2_name»,«p2_ipv6»,«p2_visit_iso»\n",
    ),
    (
        "hl7_adt",
        ["pk", "wl"],
        "us",
        "text",
        2,
        "MSH|^~\\&|EPIC|QMC|HIE|STATE|«visit_hl7»||‹ADT^A04›|‹MSG00012›|P|2.5.1\r"
        "EVN|A04|«visit_hl7»\r"
        "PID|1||«mrn»^^^QMC^MR||«FAMILY»^«GIVEN»^^^^^L||«dob_hl7»|«sx»|||«street»^^«town»^«st»^«zip»||"
        "«phone»|||||«account_bare»|«ssn_bare»\r"
        "NK1|1|«FAMILY»^«rel_given»|SPO||«mobile2»\r"
        "PV1|1|O|CLINIC4^^^QMC||||1234567890^Nakashima^Ellen|||||||||||«account»\r"
        "DG1|1|I10|«icd»^^I10\r",
    ),
    (
        "x12_270",
        ["ta", "mx"],
        "us",
        "text",
        1,
        "ST*270*0001*‹005010X279A1›~BHT*0022*13*10001234*«visit_x12»*1319~HL*1**20*1~"
        "NM1*PR*2*‹UNITEDHEALTHCARE›*****PI*87726~HL*2*1*21*1~NM1*1P*2*COMMUNITY CLINIC*****XX*‹1518273645›~"
        "HL*3*2*22*0~TRN*1*93175-012547*9877281234~NM1*IL*1*«FAMILY»*«GIVEN»****MI*«member»~"
        "DMG*D8*«dob_hl7»*«sx»~DTP*291*D8*«visit_x12»~EQ*30~SE*13*0001~\n",
    ),
    (
        "fhir_patient",
        ["lv", "ir"],
        "us",
        "json",
        2,
        '{"resourceType":"Patient","id":"pat-7781","meta":{"versionId":"3"},'
        '"text":{"status":"generated",'
        '"div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">«name», DOB «dob»</div>"},'
        '"identifier":[{"system":"‹http://hl7.org/fhir/sid/us-ssn›","value":"«ssn_dash»"},'
        '{"system":"‹urn:oid:1.2.840.114350›","value":"«mrn»"}],'
        '"name":[{"use":"official","family":"«family»","given":["«given»"]}],'
        '"telecom":[{"system":"phone","value":"«ext_flat»","use":"work"},{"system":"email","value":"«email2»"}],'
        '"birthDate":"«dob_iso»","address":[{"line":["«street»"],"city":"«town»","state":"«st»",'
        '"postalCode":"«zip»","country":"US"}],"contact":[{"name":{"text":"«rel»"},'
        '"telecom":[{"system":"phone","value":"«mobile2»"}]}]}',
    ),
    (
        "vtt_transcript",
        ["sm", "mx"],
        "us",
        "text",
        2,
        "WEBVTT\n\n‹00:00:04.120 --> 00:00:09.400›\n<v Dr. Ostrowe>Good morning, can you confirm your "
        "name and "
        "date of birth for me?\n\n00:00:09.900 --> 00:00:15.020\n<v «name»>Yes, «name», born "
        "«dob_spoken».\n\n"
        "00:00:15.300 --> 00:00:22.870\n<v Dr. Ostrowe>Thanks. I see you picked up the «drug1» on "
        "«visit». Any dizziness?\n\n00:00:23.100 --> 00:00:31.500\n<v «name»>A little. My «parent» is "
        "«old_age» now and I look after «her2» at our place on «street», so I'm on my feet a lot.\n",
    ),
    (
        "slack_thread",
        ["sm", "iu"],
        "us",
        "text",
        2,
        "‹#4west-devices›\n@charge-nurse-4w ‹14:02›\nbedside tablet in 412 keeps logging «given» out. pt is "
        "«old_age» y/o and gets confused, «her» «child» asked if we can fix it before they visit ‹tomorrow›\n"
        "@dev-oncall 14:05\ncan you send the serial + mac? and MRN so I can find the enrolment\n"
        "@charge-nurse-4w 14:07\nserial «serial», mac «mac», MRN «mrn». full name on the wristband is "
        "«name»\n"
        "@dev-oncall 14:11\nfound it: MDM kicked it after the DHCP lease for «ipv4» expired. fixed, noted in "
        "‹INC-20931›\n@charge-nurse-4w 14:12\n🙏 family callback is «mobile» if it acts up after "
        "discharge on "
        "«visit2»\n",
    ),
    (
        "postmortem",
        ["po", "ir"],
        "us",
        "text",
        2,
        "# Postmortem ‹PM-17›: SMS reminders sent to the wrong patient\n\n**Severity:** ‹SEV-2›   "
        "**Quarter:** ‹Q1 2024›   **Budget line:** ‹FY2023› carry-over\n\n## Timeline (UTC)\n"
        "- ‹2024-02-06 09:14› deploy of ‹reminder-svc› ‹v3.8.0› (build ‹2024-02-06T09:02:51Z›)\n"
        "- ‹10:02› first complaint: «name» (MRN «mrn») received a reminder meant for «other» for "
        "«visit»\n- 10:40 rollback to ‹v3.7.4›\n\n## Impact\n212 messages. The worst one included «given»'s "
        "date of birth («dob») and the clinic address; it was delivered to «mobile» instead of the "
        "number on file.\n\n## Root cause\nA join on `phone_last4` in ‹normalize_mrn()›; see ‹PR #4471›.\n",
    ),
    (
        "discharge_prose",
        ["mx", "lv"],
        "us",
        "text",
        2,
        "DISCHARGE SUMMARY\n\n«name» is a «old_words»-year-old retired seamstress who was brought in by "
        "«her» son, «rel», on «visit» after a fall in the kitchen of «her» home on «street» in «city». "
        "«She» was admitted to ‹Henry Ford Hospital› with a left hip fracture (‹S72.001A›) and underwent "
        "‹hemiarthroplasty› the next morning.\n\nMr. and Mrs. «family» (son and daughter-in-law) "
        "attended the "
        "family meeting on «visit2», where goals of care were discussed; «her» granddaughter «other» "
        "joined by "
        "phone from ‹Texas›. «She» was discharged home on «visit3» on «drug1» and «drug2». «lab1» on the day "
        "of discharge.\n\nHome health will call «phone» to arrange the first visit.\n",
    ),
    (
        "psych_note",
        ["wl", "ta"],
        "us",
        "text",
        2,
        "PSYCHIATRY PROGRESS NOTE (‹90837›, 53 min)\nPt is a ‹41 y/o› with bipolar I, current episode "
        "depressed (‹F31.2›). Seen «visit». Reports poor sleep since ‹last week›, when «her» ex-partner "
        "«other» posted «her» address («street») online. Grew up in «city» with «her» grandmother, aged "
        "«old_age», who still lives alone there.\nMSE: psychomotor slowing, passive SI without plan.\n"
        "Meds: ‹Lithium carbonate 300 mg› BID, ‹Quetiapine 50 mg› qHS. ‹Lithium level 0.9 mEq/L›.\n"
        "Safety plan reviewed; shared with «rel» («mobile»). RTC «visit2».\n",
    ),
    (
        "ob_note",
        ["ph", "brz"],
        "us",
        "text",
        2,
        "OB PRENATAL VISIT - ‹Kapiolani Medical Center for Women & Children›\n«name», ‹27yo› ‹G3P2002› at "
        "‹28w3d› by LMP «visit» (EDD «visit3»), consistent with 8-week US.\nRh negative, RhoGAM given "
        "«visit2». ‹beta-hCG 1,842 mIU/mL› was early dating only. GBS pending.\nFOB «rel» at bedside; "
        "«rel_given» works nights, best number «mobile». Prenatal labs sent to «email».\n"
        "Plan: ‹Prenatal multivitamin 1 tab› daily, ‹Ferrous gluconate 324 mg› daily; glucola next visit "
        "(‹O09.523›). Global OB billed under ‹59400›.\n",
    ),
    (
        "peds_growth",
        ["sc", "hw"],
        "us",
        "text",
        2,
        "WELL CHILD - 15 MONTHS (‹99392›)\nChild: «name»   DOB «dob_child»   Dx ‹Z00.121›\n"
        "Weight ‹11.2 kg (48th percentile)›, length ‹79 cm (55th percentile)›, OFC ‹46.5 cm›.\n"
        "Lives at «street», «city» «zip» with parents «rel» and «other» and a great-grandmother, who turned "
        "«old_age» in the spring.\nVaccines today: MMR, varicella, Hep A. Next visit at ‹18 months› "
        "(around «visit3»). Reminder texts go to «mobile».\n",
    ),
    (
        "dental_referral",
        ["ng3", "zh"],
        "us",
        "text",
        1,
        "REFERRAL - ORAL AND MAXILLOFACIAL SURGERY\nRe: «name» (DOB «dob»)   ‹MetLife Dental› ID «member»\n"
        "Please evaluate #32 horizontally impacted (‹K01.1›), extraction requested (‹D7240›). Pano taken "
        "«visit», sent via portal.\nPt works days; reach at «ext» or «email».\nPremedication: none. "
        "Allergies: NKDA.\n",
    ),
    (
        "eye_referral",
        ["iu", "iu"],
        "ca",
        "text",
        2,
        "EYE CARE REFERRAL - ‹Qikiqtani General Hospital› to ‹University of Ottawa Eye Institute›\n"
        "Patient: «name»   NU health card «nu_hc»   DOB «dob»\nAddress: «street», «city» «zip»\n"
        "Medical travel escort: «rel» («child»), «mobile»\n‹IOP 31 mmHg› OD / 18 mmHg OS, ‹cup-to-disc 0.8› "
        "OD. OCT (‹92134›) attached. Dx ‹H40.1131›.\nStarted ‹Latanoprost 0.005%› qHS «visit». Flight "
        "booked «visit2» via ‹Canadian North›; boarding home arranged.\n",
    ),
    (
        "homecare_rota",
        ["hw", "pk"],
        "us",
        "text",
        2,
        "## Home care visits - week of «visit»\n\n| Client | Address | Day | Time | Notes |\n"
        "|---|---|---|---|---|\n| «name» | «street», «city» | ‹Monday› | ‹07:45› | «drug1» reminder; "
        "«old_age» yrs, hard of hearing |\n| «p2_name» | «p2_street», «p2_city» | ‹Wednesday› | 13:30 | "
        "call «p2_phone» before arriving, dog |\n| «other» | «p2_street» | ‹Friday› | 16:00 | spouse of "
        "«p2_given», shower assist |\n",
    ),
    (
        "pharmacy_label",
        ["lv", "mx"],
        "us",
        "text",
        2,
        "‹WALGREENS #4471›\nRx# «rx»        ‹NDC 50090-3414-0›\n«FAMILY», «given»\n«street»\n«city» «zip»\n"
        "TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS\n‹Jardiance 10 mg›   ‹QTY: 60›   REFILLS: 2\n"
        "Filled: «visit»   Discard after: «visit3»\nQuestions? Call ‹1-800-WALGREENS› (‹1-800-925-4733›)\n",
    ),
    (
        "cad_dispatch",
        ["mx", "sm"],
        "us",
        "text",
        2,
        "CAD INCIDENT 24-018842   ‹EMS-ALS›   PRI 1\n‹14:22:05› CALL RCVD  caller «rel» cb «mobile»\n"
        "14:22:31 LOC      «street», «city»\n14:23:10 NATURE   «old_age» YOF ground-level fall, on "
        "‹Donepezil 10 mg›\n‹14:23:12› PT       «name» DOB «dob»\n‹14:29:44› ENRT     M14\n"
        "14:36:12 ONSC     M14; pt vehicle «plate» blocking drive\n14:58:03 TRANS    M14 to "
        "‹North Mississippi Medical Center›\n",
    ),
    (
        "nemt_booking",
        ["sm", "po"],
        "us",
        "text",
        1,
        "NON-EMERGENCY TRANSPORT - mileage reimbursement request\nMember: «name»   ‹Aetna Better Health› ID "
        "«member»\nTrip: «visit» from «street», «city» «zip» to dialysis (‹A0130›), round trip ‹38 mi›\n"
        "Driver: family member «rel», driver's licence «dl»\nVehicle: «plate», VIN «vin»\n"
        "Member signature on file «visit2».\n",
    ),
    (
        "tricare_letter",
        ["ir", "ng3"],
        "mil",
        "text",
        2,
        "‹Tricare East›\n‹PO Box 7981, Madison, WI 53707›\n\n«name»\n«street»\n«city» «zip»\n\n"
        "DoD Benefits Number: «dodid»\nDear «mrs» «family»,\n\nWe received the claim from ‹Landstuhl "
        "Regional Medical Center› for services on «visit». Your sponsor, «rel», must update DEERS before "
        "«visit3». Questions: call ‹1-800-444-5445›.\n",
    ),
    (
        "records_release_mx",
        ["mx", "mx"],
        "mx",
        "text",
        1,
        "AUTHORIZATION TO RELEASE RECORDS TO A PROVIDER IN ‹Mexico›\nPatient: «name»   CURP: «curp»\n"
        "IMSS NSS: «nss»   DOB: «dob»\nMailing address: «street», «city», C.P. «zip», ‹Mexico›\n"
        "Phone: «phone»   Email: «email»\nRelease to: ‹Hospital Civil Fray Antonio Alcalde›, records unit. "
        "Patient travels «visit2».\nSigned by «rel» («child») on «visit».\n",
    ),
    (
        "travel_claim_br",
        ["brz", "brz"],
        "br",
        "text",
        1,
        "TRAVEL MEDICAL CLAIM - policy holder resident in ‹Brazil›\nClaimant: «name»   RG: «rg»\n"
        "Home address: «street», «city», CEP «zip»\nMobile/WhatsApp: «mobile»   Email: «email2»\n"
        "Treated at ‹Community Regional Medical Center› on «visit» for ‹I48.91›. Paid by card «card»; "
        "refund to the same card.\n",
    ),
    (
        "billing_email",
        ["ir", "ph"],
        "us",
        "text",
        2,
        "From: «name» <«email2»>\nTo: patient-billing@clinic.example\nSubject: Statement «account» - "
        "charged twice?\n\nHi,\nMy statement for the visit on «visit» shows the copay twice. The letter says "
        "to call ‹1-800-FLOWERS›... sorry, ‹1-855-CARE-NOW›, but nobody picks up. My card ending 4471 was "
        "charged on «visit2». Please call me at «ext», or my wife «rel» on «mobile».\n\nThanks,\n"
        "«given»\nSSN for verification: «ssn»\n",
    ),
    (
        "sss_intake",
        ["ph", "ph"],
        "us",
        "text",
        1,
        "NEW PATIENT INTAKE (self-reported)\nName: «name»   Preferred: «given»\nSSS no. "
        "(Philippines): «sss»\n"
        "US address: «street», «city» «zip»\nCell: «mobile»   Alt: «ext»\nHusband/wife: «rel»\n"
        "Age: ‹58-year-old›; mother «other» is «old_words» and lives in ‹Philippines›\n"
        "Reason: ‹Hgb A1c 9.4%› on outside labs ‹two days ago›\n",
    ),
    (
        "pk_referral",
        ["pk", "pk"],
        "us",
        "text",
        1,
        "REFERRAL - CARDIOLOGY\nPt: «name»   CNIC (on file from visa): «cnic»   MRN «mrn»\n"
        "«young» presenting with AF (‹I48.91›) found on «visit». ‹Entresto 24/26 mg› started.\n"
        "Lives at «street», «city» «zip». Son «rel» translates (Urdu): «mobile».\n",
    ),
    (
        "nin_letter",
        ["ng3", "ng3"],
        "us",
        "text",
        1,
        "To whom it may concern,\n\nThis confirms that «name», NIN «nin», date of birth «dob», was seen at "
        "‹Essentia Health St. Mary's Medical Center› on «visit» and «visit2». Contact «her2» at «email» or "
        "«phone».\n",
    ),
]


def make_doc(seed: int, index: int, kind: str, culture: str, where: str, fmt: str, template: str) -> Doc:
    rng = random.Random(f"phigate-probe3:{seed}:{kind}:{index}")
    p = person(rng, culture, where)
    slots: dict[str, Slot] = {**p, **extras(rng, p)}
    slots["her2"] = "her" if rng.random() < 0.5 else "him"
    ext = p["ext"]
    assert isinstance(ext, tuple)
    from tests.engine.probe.people import P

    slots["ext_flat"] = P("PHONE", f"{ext[0].value}{ext[1]}{ext[2].value}")
    dob = str(p["dob_iso"].value)  # type: ignore[union-attr]
    y, m, d = (int(x) for x in dob.split("-"))
    from tests.engine.probe3.people import MONTHS, ordinal

    slots["dob_spoken"] = P(
        "DATE",
        rng.choice([f"{MONTHS[m - 1]} {ordinal(d)}, {y}", f"the {ordinal(d)} of {MONTHS[m - 1]} {y}"]),
    )
    if "«p2_" in template:
        p2 = person(rng, rng.choice([c for c in NAMES if c != culture]), where)
        slots.update({f"p2_{k}": v for k, v in p2.items()})
        slots["p2_sx"] = "F" if p2["female"] else "M"
    content, phi, keep, spans = render(template, slots, fmt)
    if fmt == "json":
        json.loads(content)  # a template typo must fail here, not in the engine
    return Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures."""
    return [
        make_doc(seed, i, kind, cultures[i % len(cultures)], where, fmt, t)
        for kind, cultures, where, fmt, n, t in TEMPLATES
        for i in range(n)
    ]
