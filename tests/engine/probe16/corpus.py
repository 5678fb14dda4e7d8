"""Sixteenth independent probe corpus: 36 labelled documents in 18 kinds none of probes 1-15 used.

English-speaking health systems outside the United States, and the ops/observability tooling a
hospital dev team there uses. Clinical: an NHS 111 Post Event Message to a GP practice, an NHS
electronic discharge summary (EDS) for a patient over 90, an Australian My Health Record event summary
(IHI, Medicare number and IRN), an Ontario OHIP-billed nursing-station clinic note (health card number
with its version code), a South African discharge summary (13-digit ID, medical-aid number), a Kenyan
MOH referral form (national ID, SHA number, P.O. Box), a Nigerian NHIA encounter/claim form (NIN,
enrolee number), an Irish GP referral letter (PPSN, GMS number, Eircode) and a New Zealand specialist
letter (NHI, a patient over 90). Ops: a Grafana Loki query_range response whose log lines are logfmt, an
Elastic APM intake NDJSON batch with user context, a PagerDuty incident timeline, a Kibana Discover CSV
export, a Google Sheets API values.get response, a Salesforce Health Cloud person-account record, an
Airtable list-records call (curl with a bearer token, then the JSON), a Datadog RUM view event with a
patient-portal user, and a Grafana Alertmanager webhook whose annotations quote a rejected HL7 message.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Conventions (as probes 12 and 15): clinicians' and developers' names are unlabelled (templates avoid
them; on-call responders are handles); a year alone, a weekday, an age under 90, a log line's or
event's own timestamp, a country, state, province, county or Nigerian state are not PHI; an NHS number,
IHI, SA identity number, Kenyan ID, NIN, PPSN and NHI are ID; Medicare (AU), OHIP, medical-aid, SHA,
NHIA, GMS and insurer numbers are HEALTH_PLAN; a P.O. Box is ADDRESS; passwords, API keys and tokens
are CREDENTIAL.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, Slot
from tests.engine.probe16.people import MED_AIDS, NAMES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "co-amoxiclav 625 mg TDS",
    "bisoprolol 2.5 mg OD",
    "furosemide 40 mg mane",
    "edoxaban 60 mg OD",
    "metformin 500 mg BD",
    "TLD 1 tab nocte",
    "artemether-lumefantrine 80/480",
    "salbutamol 100 mcg inhaler",
    "paracetamol 1 g QDS",
    "empagliflozin 10 mg",
    "doxycycline 100 mg BD",
]
LABS = [
    "Hb 94 g/L",
    "CRP 186 mg/L",
    "eGFR 38 mL/min",
    "Na 129 mmol/L",
    "troponin T 52 ng/L",
    "HbA1c 71 mmol/mol",
    "CD4 212 cells/uL",
    "lactate 3.4 mmol/L",
]
ICD = ["J18.9", "I50.0", "N39.0", "E11.65", "B54", "A15.0", "S72.00", "I48.9", "L03.115"]
CODE = ["pas-adt-bridge", "portal-bff", "referral-intake", "sms-reminder-svc", "bedflow-api", "eds-sender"]
VERSIONS = ["Loki 3.1.0", "elastic-apm 6.22.0", "Grafana 11.2.0", "browser-rum 5.28.0", "Kibana 8.15.1"]
HOSPITALS = {
    "gb": ["Royal Oldham Hospital", "Calderdale Royal Hospital", "Royal Blackburn Teaching Hospital"],
    "au": ["Royal Darwin Hospital", "Gove District Hospital"],
    "ca": ["Sioux Lookout Meno Ya Win Health Centre", "Thunder Bay Regional Health Sciences Centre"],
    "za": ["Prince Mshiyeni Memorial Hospital", "Cecilia Makiwane Hospital", "Chris Hani Baragwanath"],
    "ke": ["Thika Level 5 Hospital", "Jaramogi Oginga Odinga Teaching and Referral Hospital"],
    "ng": ["Lagos University Teaching Hospital", "Federal Medical Centre Ebute-Metta"],
    "ie": ["University Hospital Galway", "University Hospital Limerick", "Mayo University Hospital"],
    "nz": ["Waikato Hospital", "Whangārei Hospital", "Tauranga Hospital"],
}
PRACTICES = {
    "gb": ["Pennine Lanes Medical Practice", "Valley Brook Surgery", "Moorside Health Centre"],
    "ie": ["Ionad Sláinte an Chladaigh", "Riverside Family Practice"],
    "nz": ["Te Whare Hauora Medical Centre", "Harbourside Family Doctors"],
}
COUNTRY = {
    "gb": "United Kingdom",
    "au": "Australia",
    "ca": "Canada",
    "za": "South Africa",
    "ke": "Kenya",
    "ng": "Nigeria",
    "ie": "Ireland",
    "nz": "New Zealand",
}


def extras(rng: random.Random, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, hospitals...) and the wording that depends on the person."""
    region = str(p["region"])
    drugs = rng.sample(DRUGS, 2)
    labs = rng.sample(LABS, 2)
    icd = rng.sample(ICD, 2)
    female, rel_f = bool(p["female"]), bool(p["rel_female"])
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "code": K(rng.choice(CODE)),
        "ver": K(rng.choice(VERSIONS)),
        "hospital": K(rng.choice(HOSPITALS[region])),
        "gp": K(rng.choice(PRACTICES.get(region, PRACTICES["gb"]))),
        "country": K(COUNTRY[region]),
        "medaid": K(rng.choice(MED_AIDS)),
        "n": str(rng.randrange(1000, 99999)),
        "n2": str(rng.randrange(100000, 999999)),
        "irn": str(rng.randrange(1, 6)),
        "id32": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
        "hex16": "".join(rng.choice("0123456789abcdef") for _ in range(16)),
        "his": "her" if female else "his",
        "He": "She" if female else "He",
        "relword": "daughter" if rel_f else "son",
        "spouse": "wife" if rel_f else "husband",
    }


ALL = list(NAMES)

# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "nhs111_post_event_message",
        ["brit_bd_pk"],
        "text",
        2,
        "NHS 111 POST EVENT MESSAGE\nRecipient: «gp»\nCall received: «visit_ts» (NHS 111 North West)\n\n"
        "Patient: «name_up»   Sex: «sex»   DOB: «dob» (age «age»)\nNHS Number: «natid» (verified on PDS)\n"
        "Home address: «street», «town», «zip»\nCall back number: «mobile»\n\n"
        "Caller: «rel» («relword»), tel «rel_phone». Interpreter used (Sylheti).\n"
        "Pathways: chest pain, no red flags. Final disposition: ‹Dx05› - contact own GP practice "
        "within 2 hours.\nCurrent medication: «drug1». Care advice given; caller understood.\n",
    ),
    (
        "nhs_eds_electronic_discharge",
        ["brit_bd_pk"],
        "text",
        2,
        "ELECTRONIC DISCHARGE SUMMARY - «hospital»\nTo: «gp» (GP practice)\n\n"
        "Surname: «family_up»   Forename: «given»   Hospital No: «mrn»   NHS No: «natid»\n"
        "DOB: «dob»   Age: «age90»   Address: «street», «town» «zip»   Tel: «phone»\n"
        "Admitted: «visit»   Discharged: «visit2»   Spell: «account»\n\n"
        "Diagnosis: «icd» after a fall at home. Investigations: «lab1», «lab2».\n"
        "Medicines on discharge: «drug1» (new), «drug2» (dose changed).\n"
        "Actions for GP: repeat U&E in one week. Fracture clinic booked for «visit3_long».\n"
        "Next of kin: «rel» («relword»), «rel_phone». Package of care restarted ‹4 calls/day›.\n",
    ),
    (
        "au_mhr_event_summary",
        ["yolngu"],
        "text",
        2,
        "My Health Record - Event Summary\nAuthoring organisation: «hospital» (Remote Outreach)\n"
        "Individual: «name»   Sex: «sex»   DOB: «dob»\nIHI: «natid»\nMedicare card: «hplan»  IRN «irn»\n"
        "Address: «street», «town» NT «zip»\nPhone: «mobile»\n"
        "Indigenous status: Aboriginal but not Torres Strait Islander origin\n\n"
        "Event date: «visit»\nClinical synopsis: «icd», treated with «drug1»; «lab1». Interpreter: "
        "‹Djambarrpuyŋu›.\nFollow-up: Aboriginal Health Practitioner review «visit2». Contact «rel» "
        "(«relword») on «rel_phone».\n",
    ),
    (
        "on_ohip_nursing_station_note",
        ["anishinaabe", "filcan"],
        "text",
        2,
        "NURSING STATION / PHYSICIAN VISIT - OHIP\nHealth card: «hplan»   Fee code ‹A007A›   Dx ‹250›\n"
        "Name: «family_up», «given_up»   DOB: «dob»   Sex: «sex»\n"
        "Address: «street», «town», «state» «zip»   Tel: «phone»\nDate of service: «visit»\n\n"
        "S: «age»-year-old seen with «his» «spouse» «rel» for poorly controlled diabetes, «lab1».\n"
        "O: BP 148/92, foot exam - ulcer L hallux.\nA: «icd». P: start «drug1»; OTN telemedicine "
        "follow-up «visit2»; medevac only if spreading cellulitis. Cell «mobile».\n",
    ),
    (
        "za_discharge_summary_id_medaid",
        ["nguni"],
        "text",
        2,
        "DISCHARGE SUMMARY - «hospital»\nPatient: «name»   ID No: «natid»   Folder No: «mrn»\n"
        "Medical aid: «medaid», member no. «hplan»\nDate of birth: «dob»   Admitted: «visit»   "
        "Discharged: «visit2»\nResidential address: «street», «town», «zip»\nCell: «intl»\n\n"
        "Diagnoses: «icd»; «icd2». Bloods: «lab1», «lab2». Discharged on «drug1» and «drug2».\n"
        "Next of kin: «rel» («relword»), «rel_phone». Refer to local clinic for TB DOT; "
        "review in MOPD «visit3_long».\n",
    ),
    (
        "ke_moh_referral_form_sha",
        ["kikuyu_luo"],
        "text",
        2,
        "REPUBLIC OF KENYA - MINISTRY OF HEALTH\nREFERRAL FORM (‹MOH 100›)\nReferring facility: «hospital»\n"
        "Patient name: «name_up»   Age: «age» yrs   Sex: «sex»   DOB: «dob»\n"
        "National ID: «natid»   SHA No: «hplan»\nResidence: «street», «town»; «box»-«zip»\n"
        "Tel: «intl»; alternative «rel_phone» («rel», «relword»)\n\n"
        "Reason for referral: «icd», not responding to «drug1»; «lab1».\nDate of referral: «visit»\n",
    ),
    (
        "ng_nhia_encounter_claim",
        ["yoruba_hausa"],
        "text",
        2,
        "NATIONAL HEALTH INSURANCE AUTHORITY - ENCOUNTER / CLAIM FORM\nProvider: «hospital»\n"
        "Enrolee: «name»   NHIA No: «hplan»   NIN: «natid»\nDOB: «dob»   Sex: «sex»   Phone: «mobile»\n"
        "Address: «street», «town», «state» State «zip»\nDate of encounter: «visit»\n\n"
        "Diagnosis: «icd» (‹ICD-10›). Services: consultation; malaria RDT; «lab1».\n"
        "Drugs: «drug1» x1 course.\nNext of kin: «rel», «rel_phone».\n"
        "Enrolee thumbprint/signature: «name_up»\n",
    ),
    (
        "ie_gp_referral_eircode",
        ["gaeilge"],
        "text",
        2,
        "«gp»\n\nTo: Outpatients, «hospital»\nRe: «name», DOB «dob»\n«street», «town», «state», «zip»\n"
        "PPSN: «natid»   GMS (medical card) no.: «hplan»   Mobile: «mobile»\n\n"
        "A chara,\nI would be grateful if you would see this «age»-year-old who prefers to be seen as "
        "Gaeilge. «He» has had «lab1» and ongoing symptoms despite «drug1». Past history: «icd2».\n"
        "«He» is accompanied to appointments by «his» «relword» «rel» («rel_phone»).\n\nIs mise le meas,\n"
        "GP, «gp»\n",
    ),
    (
        "nz_nhi_older_persons_letter",
        ["maori"],
        "text",
        2,
        "«hospital» - Older Persons' Health\nTo: «gp»\n\nRe: «name»   NHI: «natid»   DOB: «dob» "
        "(«age90» years)\n«street», «town» «zip»   Ph «phone», mob «mobile»\nSouthern Cross no. «hplan»\n\n"
        "Tēnā koe. I saw «given» on «visit_long» with «his» mokopuna «rel», who is the main whānau "
        "contact («rel_phone»). Diagnosis: «icd». Plan: «drug1»; recheck «lab1» on «visit2».\n"
        "Ngā mihi.\n",
    ),
    (
        "loki_query_range_logfmt",
        ALL,
        "json",
        2,
        '{"status": "success", "data": {"resultType": "streams", "result": [{"stream": {"app": "«code»", '
        '"namespace": "clinical", "level": "info"}, "values": [["1760001843118000000", "level=info '
        'ts=2025-10-09T09:24:03.118Z msg=\\"patient lookup\\" mrn=«mrn» patient=\\"«name»\\" '
        'dob=«dob_iso» took=41ms"], ["1760001844530000000", "level=warn ts=2025-10-09T09:24:04.530Z '
        'msg=\\"address normalise failed\\" street=\\"«street»\\" town=\\"«town»\\" postcode=\\"«zip»\\""], '
        '["1760001845002000000", "level=error ts=2025-10-09T09:24:05.002Z msg=\\"sms send failed\\" '
        'to=«intl» err=\\"carrier rejected\\""], ["1760001846771000000", "level=info '
        'ts=2025-10-09T09:24:06.771Z msg=login user=«email» ip=«ip»"]]}], "stats": {"summary": '
        '{"bytesProcessedPerSecond": 1288121, "execTime": 0.21}}}}',
    ),
    (
        "elastic_apm_intake_ndjson",
        ALL,
        "ndjson",
        2,
        '{"metadata": {"service": {"name": "«code»", "environment": "production", "agent": {"name": '
        '"python", "version": "6.22.0"}}}}\n'
        '{"transaction": {"id": "«hex16»", "trace_id": "«id32»", "name": "GET /api/patients/{mrn}", '
        '"type": "request", "duration": 84.2, "result": "HTTP 2xx", "context": {"user": {"id": "«mrn»", '
        '"email": "«email»"}, "request": {"method": "GET", "url": {"full": '
        '"https://portal.example/api/patients/«mrn»?dob=«dob_iso»"}, "headers": {"x-patient-name": '
        '"«name»"}}, "custom": {"patient_town": "«town»", "patient_postcode": "«zip»"}}}}\n'
        '{"error": {"id": "«hex16»0", "trace_id": "«id32»", "exception": {"type": "ValidationError", '
        '"message": "phone «mobile» rejected for «name» (next of kin «rel»)"}, "culprit": '
        '"app.validators.phone"}}\n',
    ),
    (
        "pagerduty_incident_timeline",
        ALL,
        "text",
        2,
        "PagerDuty - Incident #«n» [P1] HL7 inbound queue stuck (service: «code»)\nStatus: Resolved\n\n"
        "Timeline\n09:02  Triggered by Grafana alert HL7RejectSpike\n09:04  Acknowledged by oncall-integ\n"
        "09:12  Note: poison message is the ADT^A08 for «name» (MRN «mrn»); PID-11 has a raw newline "
        "between «street» and «town» «zip»\n"
        "09:20  Note: replayed after fixing; ward says «his» «relword» «rel» rang on «rel_phone» asking "
        "why the bed board was wrong\n"
        "09:31  Note: DOB also differs - «dob_iso» in the feed, «dob» in the EHR\n"
        "09:40  Resolved. Follow-up ticket for the parser; running «ver».\n",
    ),
    (
        "kibana_discover_csv_export",
        ALL,
        "text",
        2,
        '"@timestamp","service.name","url.path","user.email","labels.patient_mrn","labels.patient_name",'
        '"client.ip","message"\n'
        '"Oct 9, 2025 @ 09:24:03.118","«code»","/api/appointments","«email»","«mrn»","«name»","«ip»",'
        '"booked «visit_iso»"\n'
        '"Oct 9, 2025 @ 09:25:11.402","«code»","/api/appointments","«p2_email»","«p2_mrn»","«p2_name»",'
        '"«p2_ip»","cancelled, rebook «p2_visit_iso»"\n'
        '"Oct 9, 2025 @ 09:26:40.007","«code»","/api/profile","«p3_email»","«p3_mrn»","«p3_name_comma»",'
        '"«p3_ip»","address changed to «p3_street», «p3_town»"\n',
    ),
    (
        "gsheets_values_get_response",
        ALL,
        "json",
        2,
        '{"range": "Clinic list!A1:H4", "majorDimension": "ROWS", "values": [["MRN", "Surname", '
        '"First name", "DOB", "Mobile", "Postcode", "Appt", "Meds"], ["«mrn»", "«family»", "«given»", '
        '"«dob»", "«mobile»", "«zip»", "«visit»", "«drug1»"], ["«p2_mrn»", "«p2_family»", "«p2_given»", '
        '"«p2_dob»", "«p2_mobile»", "«p2_zip»", "«p2_visit»", "«drug2»"], ["«p3_mrn»", "«p3_family»", '
        '"«p3_given»", "«p3_dob»", "«p3_mobile»", "", "«p3_visit»", "«drug1»"]]}',
    ),
    (
        "salesforce_health_cloud_person_account",
        ALL,
        "json",
        2,
        '{"attributes": {"type": "Account", "url": "/services/data/v61.0/sobjects/Account/001Hs00003Qx«n»"}, '
        '"Id": "001Hs00003Qx«n»", "IsPersonAccount": true, "FirstName": "«given»", "LastName": "«family»", '
        '"PersonBirthdate": "«dob_iso»", "PersonMobilePhone": "«intl»", "PersonEmail": "«email»", '
        '"PersonMailingStreet": "«street»", "PersonMailingCity": "«town»", "PersonMailingPostalCode": '
        '"«zip»", "PersonMailingCountry": "«country»", "HealthCloudGA__MedicalRecordNumber__c": "«mrn»", '
        '"National_Health_Identifier__c": "«natid»", "Emergency_Contact_Name__c": "«rel»", '
        '"Emergency_Contact_Phone__c": "«rel_phone»", "HealthCloudGA__PrimaryDiagnosis__c": "«icd»", '
        '"LastModifiedDate": "2025-10-09T08:12:55.000+0000"}',
    ),
    (
        "airtable_list_records_curl",
        ALL,
        "text",
        2,
        "$ curl -s 'https://api.airtable.com/v0/appR3ferra1s2025/Referrals?view=Grid%20view' \\\n"
        "    -H 'Authorization: Bearer «apikey»' | jq .\n"
        '{\n  "records": [\n    {\n      "id": "recA1b2C3d4E5f6G7",\n      "createdTime": '
        '"2025-10-02T22:14:09.000Z",\n      "fields": {\n        "Patient": "«name»",\n'
        '        "Date of birth": "«dob_iso»",\n        "Phone": "«mobile»",\n        "Town": "«town»",\n'
        '        "Postcode": "«zip»",\n        "Referral date": "«visit_iso»",\n        "Status": "Booked",\n'
        '        "Clinic": "«hospital»"\n      }\n    },\n    {\n      "id": "recH8i9J0k1L2m3N4",\n'
        '      "createdTime": "2025-10-03T01:40:51.000Z",\n      "fields": {\n'
        '        "Patient": "«p2_name»",\n        "Date of birth": "«p2_dob_iso»",\n'
        '        "Phone": "«p2_mobile»",\n        "Status": "Waitlist"\n'
        "      }\n    }\n  ]\n}\n",
    ),
    (
        "datadog_rum_view_event",
        ALL,
        "json",
        2,
        '{"type": "view", "date": 1760001843118, "application": {"id": "a1f3c2d4-portal"}, "service": '
        '"«code»", "session": {"id": "«id32»", "type": "user"}, "view": {"url": '
        '"https://portal.example/appointments?mrn=«mrn»&dob=«dob_iso»", "name": "/appointments", '
        '"loading_time": 1830000000}, "usr": {"id": "«hex16»", "name": "«name»", "email": "«email»"}, '
        '"geo": {"country": "«country»", "city": "«town»"}, "network": {"client": {"ip": "«ip»"}}, '
        '"context": {"patient_mobile": "«mobile»", "next_appointment": "«visit2_iso»", '
        '"proxy_for": "«rel»"}}',
    ),
    (
        "grafana_alertmanager_webhook",
        ALL,
        "json",
        2,
        '{"receiver": "clinical-oncall", "status": "firing", "alerts": [{"status": "firing", "labels": '
        '{"alertname": "HL7RejectSpike", "service": "«code»", "severity": "critical"}, "annotations": '
        '{"summary": "HL7 rejects above 5/min", "description": "last reject: PID «name_comma», DOB '
        '«dob_hl7», MRN «mrn», national id «natid»: postcode «zip» failed validation", '
        '"runbook_url": "https://wiki.internal/runbooks/hl7-rejects"}, "startsAt": '
        '"2025-10-09T09:02:00Z", "fingerprint": "«hex16»"}], "groupLabels": {"alertname": "HL7RejectSpike"}, '
        '"externalURL": "https://grafana.internal", "version": "1", "title": "[FIRING:1] HL7RejectSpike '
        '(«code»)"}',
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(30):
        rng = random.Random(f"phigate-probe16:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture, old="«age90" in template)
        slots: dict[str, Slot] = {**p, **extras(rng, p)}
        for tag in ("p2", "p3"):
            if f"«{tag}_" in template:
                q = person(rng, rng.choice(list(NAMES)))
                slots.update({f"{tag}_{k}": v for k, v in q.items()})
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe16 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (shifted by seed and
    template, so the ops kinds do not all draw the same two cultures)."""
    assert all(c in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed + 3 * k) % len(cultures)], fmt, t)
        for k, (kind, cultures, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
