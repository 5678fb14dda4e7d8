"""Thirteenth independent probe corpus: 52 labelled documents in 26 kinds none of probes 1-12 used.

The most common text a US health-tech team and its AI coding agents handle, written by new hands.
Clinical: an ED provider note, a hospitalist progress note, a discharge summary, a cardiology consult
on a pacemaker patient, a CT report with a comparison line, a behavioural-health intake, a PT/OT
evaluation, a home-health skilled-nursing visit, a hospice IDT note (a patient over 90), a
prior-authorization letter, a claim-denial appeal, a nurse-line triage call and a secure-message thread
between a patient, a relative and the clinic. Dev: Python logging with `extra=` dicts next to structlog
JSON lines, SQLAlchemy echo with bound parameters, a Rails console session, a Jest snapshot of a React
patient card, `go test` failure output printing a struct, Datadog/CloudWatch JSON log events (NDJSON),
a Slack incident thread, a git diff of a fixtures YAML, a dbt seed CSV, a Spark `df.show()` table, a
Snowflake SQL API result (positional rows), an Anthropic Messages API request whose user turn pastes a
chart, and an MCP `tools/call` result.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Conventions (as probes 4-12): clinicians' and developers' names are unlabelled (templates avoid them); a
provider's NPI and DEA number and a driver's licence are LICENSE; a year alone, a weekday, an age under
90, a log line's own timestamp and a country or US state are not PHI; a US SSN is SSN; insurer member
IDs and Medicare MBIs are HEALTH_PLAN; claim, prior-auth, accession and encounter (CSN) numbers are ID;
hospital accounts (HAR, FIN) are ACCOUNT; API keys, bearer tokens and passwords are CREDENTIAL; a
pacemaker serial is DEVICE; the IP a patient's browser logged from is IP. A generational suffix ("Jr.",
"III") is written next to the labelled name, not inside it.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, Slot
from tests.engine.probe13.people import NAMES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "lisinopril 20 mg daily",
    "metoprolol succinate 50 mg",
    "Eliquis 5 mg BID",
    "atorvastatin 80 mg qhs",
    "Lasix 40 mg PO",
    "Zofran 4 mg ODT",
    "Norco 5/325",
    "gabapentin 300 mg TID",
    "Trulicity 1.5 mg weekly",
    "Keppra 750 mg BID",
    "sertraline 100 mg",
    "Seroquel 50 mg qhs",
    "Xarelto 20 mg",
    "Suboxone 8/2 mg film",
    "Augmentin 875 mg",
    "Protonix 40 mg",
]
PA_DRUGS = ["Dupixent 300 mg", "Humira 40 mg/0.4 mL", "Mounjaro 5 mg", "Repatha 140 mg", "Entyvio 300 mg"]
LABS = [
    "trop 0.42",
    "BNP 1,840",
    "K 5.9",
    "Cr 2.31",
    "A1c 11.2%",
    "lactic 4.1",
    "Hgb 6.8",
    "plt 47K",
    "INR 3.9",
    "Na 126",
    "WBC 18.4",
    "glucose 412",
]
ICD = ["I21.4", "I50.33", "N17.9", "E11.65", "F33.2", "F10.239", "J96.01", "R07.89", "I48.91", "K56.609"]
CPT = ["93306", "71260", "97161", "97165", "99223", "99285", "74177", "99349"]
SCORES = [
    "HEART score 6",
    "NIHSS 4",
    "GCS 14",
    "PHQ-9 of 19",
    "GAD-7 of 15",
    "Berg 38/56",
    "TUG 22 sec",
    "CHA2DS2-VASc 5",
    "EF 25-30%",
    "Braden 13",
]
EPONYMS = [
    "Parkinson's disease",
    "Crohn's disease",
    "Alzheimer's dementia",
    "Bell's palsy",
    "Hashimoto's thyroiditis",
    "Barrett's esophagus",
    "Sjögren's syndrome",
    "Raynaud's phenomenon",
]
DEPTS = [
    "Cardiology",
    "Med-Surg 4 West",
    "Behavioral Health",
    "Rehab Services",
    "Endocrinology",
    "Pulmonology",
]
VERSIONS = ["v2.14.3", "v3.0.0-rc.2", "release-2025.07.1", "v1.42.7", "v0.19.4"]  # our services' tags
CODE = ["PatientCard", "intake_normalizer", "EligibilityClient", "claims_loader", "referral_router"]
TICKETS = ["PAYER-812", "EHR-3390", "MOBILE-1207", "DATA-558", "SRE-2144", "RX-917"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
NATIONAL_PAYERS = ["UnitedHealthcare", "Aetna", "Humana Gold Plus", "Cigna"]
# region: (hospital, regional payer)
LOCAL: dict[str, tuple[str, str]] = {
    "tx": ("Valley Baptist Medical Center", "Superior HealthPlan"),
    "ga": ("Phoebe Putney Memorial Hospital", "Peach State Health Plan"),
    "ky": ("Pikeville Medical Center", "Passport Health Plan"),
    "ca": ("Highland Hospital", "Alameda Alliance for Health"),
    "hou": ("Ben Taub Hospital", "Community Health Choice"),
    "nj": ("Hackensack University Medical Center", "Horizon NJ Health"),
    "mi": ("Henry Ford Hospital", "Meridian Health Plan of Michigan"),
    "fl": ("Jackson Memorial Hospital", "Sunshine Health"),
    "mn": ("Hennepin County Medical Center", "UCare"),
    "az": ("Northern Navajo Medical Center", "AHCCCS Complete Care"),
    "pa": ("Geisinger Medical Center", "Highmark Wholecare"),
}


def extras(rng: random.Random, region: str, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, versions...) and the wording that depends on the person."""
    hospital, payer = LOCAL[region]
    drugs = rng.sample(DRUGS, 3)
    labs = rng.sample(LABS, 2)
    icd = rng.sample(ICD, 2)
    scores = rng.sample(SCORES, 2)
    female, rel_f = bool(p["female"]), bool(p["rel_female"])
    relation = rng.choice(["wife", "daughter", "sister", "niece"] if rel_f else ["husband", "son", "brother"])
    hexd = "0123456789abcdef"
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug3": K(drugs[2]),
        "drug_pa": K(rng.choice(PA_DRUGS)),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "cpt": K(rng.choice(CPT)),
        "score": K(scores[0]),
        "score2": K(scores[1]),
        "eponym": K(rng.choice(EPONYMS)),
        "dept": K(rng.choice(DEPTS)),
        "hospital": K(hospital),
        "payer": K(payer if rng.random() < 0.6 else rng.choice(NATIONAL_PAYERS)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "ver": K(rng.choice(VERSIONS)),
        "code": K(rng.choice(CODE)),
        "ticket": K(rng.choice(TICKETS)),
        "n": str(rng.randrange(1000, 99999)),
        "uuid": "-".join("".join(rng.choice(hexd) for _ in range(k)) for k in (8, 4, 4, 4, 12)),
        "he": "she" if female else "he",
        "he_cap": "She" if female else "He",
        "his": "her" if female else "his",
        "him": "her" if female else "him",
        "mr": "Ms." if female else "Mr.",
        "gender": "female" if female else "male",
        "sexletter": "F" if female else "M",
        "relation": relation,
        "relation_cap": relation.capitalize(),
    }


# (kind, format, template). `p2_x`/`p3_x` name slot x of a second/third person of the same culture.
TEMPLATES: list[tuple[str, str, str]] = [
    (
        "ed_provider_note_chest_pressure",
        "text",
        "ED PROVIDER NOTE\n«name_inv»   MRN «mrn»   CSN «csn»   DOB «dob» («age»y «sexletter»)\n"
        "Arrival: «visit» 02:14 via EMS\n\nCC: chest pressure\n"
        "HPI: «age» yo «gender» w/ hx of «icd2» presents w substernal CP radiating to L arm x2h, started "
        "while carrying groceries up the stairs. «relation» «rel_given» at bedside states pt was sweaty and "
        "gray, pt goes by «nick». denies SOB. got 324 ASA by EMS.\n"
        "ROS: neg except per HPI\nLabs: «lab1», «lab2». ECG ST dep V4-V6. «score».\n"
        "MDM: likely NSTEMI («icd»). heparin gtt, cards consulted.\n"
        "Dispo: admit tele. «relation_cap» «rel» («rel_phone») updated.\n"
        "Home: «street», «town», «state» «zip»\n",
    ),
    (
        "hospitalist_daily_progress",
        "text",
        "Hospitalist Progress Note -- HD#3\nPt: «name_sfx» | «age»«sexletter» | Rm 4W-12 | MRN: «mrn» | "
        "Adm «visit_md»\n\nS: feels 'a little better', ate half of breakfast. Overnight RRT for soft BPs, "
        "got 1L LR. «relation» «rel_given» called x3 overnight asking for updates -- is HCP per paperwork on "
        "file (HCPOA: «rel», cell «rel_phone»).\nO: T 37.9 HR 96 BP 104/62 SpO2 95% 2L\n"
        "Labs «lab1», «lab2»\nA/P:\n# «icd» - cont «drug1», hold «drug2»\n# «eponym» - home regimen\n"
        "# dispo: SNF vs home w HH, CM following, PT rec «score». pt wants to go home to «town» bc "
        "«his» dog is there\ncode status FULL (confirmed w pt and «rel_given» «visit2_md»)\n",
    ),
    (
        "discharge_summary_course",
        "text",
        "DISCHARGE SUMMARY\n\nPatient Name: «name_comma_mi»\nMRN: «mrn»        Account #: «account»\n"
        "DOB: «dob_abbr»\nAdmission Date: «visit_abbr»      Discharge Date: «visit2»\n"
        "Service: Hospital Medicine\n\nDischarge Diagnoses:\n1. «icd» \n2. «eponym»\n\nHospital Course:\n"
        "«name_mi» is a «age»-year-old «gender» who came in with «lab1» and was found to have «icd2», "
        "treated with «drug1» and diuresed and improved and was seen by «dept» who signed off, "
        "«his» «lab2» on the day of discharge.\n\n"
        "Disposition: home with «his» «relation» at «street», «town», «state» «zip9»\n"
        "Follow up: «dept» clinic «visit2_md» at 10:40am, call «phone» if you need to reschedule\n"
        "Discharge meds: «drug1»; «drug3»\n",
    ),
    (
        "cardiology_consult_pacemaker",
        "text",
        "CARDIOLOGY CONSULTATION\nReason for consult: syncope, known PPM\n"
        "Patient: «name» (prefers «nick»)   DOB «dob_short»   MRN «mrn»\n\n"
        "HPI: «mr» «family» is a pleasant «age» y/o «gender» who was at church in «town» on «weekday» when "
        "«he» had a witnessed syncopal episode, per «his» «relation» «rel» who drove «him» in. "
        "No prodrome. «eponym» on problem list.\n"
        "Device: dual-chamber PPM implanted «prior» at OSH, serial «device», interrogation today normal "
        "function, no arrhythmia logged.\nEcho (CPT «cpt»): «score».\n"
        "Impression: «icd». Rec: orthostatics, «drug1», enroll in remote monitoring - link sent to "
        "«email».\n",
    ),
    (
        "ct_abdomen_report_comparison",
        "text",
        "EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST\nACCESSION: «accession»    MRN: «mrn»\n"
        "PATIENT: «name_inv»    DOB: «dob»    SEX: «sexletter»\nDATE OF SERVICE: «visit» 14:22\n\n"
        "CLINICAL HISTORY: RLQ pain, r/o appendicitis. «icd».\n"
        "TECHNIQUE: Axial images with coronal/sagittal reformats, CPT «cpt». 100 mL Omnipaque 350.\n"
        "COMPARISON: CT abdomen/pelvis «prior».\n\nFINDINGS: Dilated appendix measuring 11 mm with "
        "periappendiceal fat stranding. No free air. Liver, spleen, pancreas unremarkable.\n\n"
        "IMPRESSION:\n1. Acute uncomplicated appendicitis.\n2. Stable 4 mm RLL nodule since «prior».\n\n"
        "Critical result called to the ordering provider at 14:58 on «visit_short», read back confirmed.\n",
    ),
    (
        "behavioral_health_intake",
        "text",
        "BH INTAKE ASSESSMENT - «dept»\nClient: «name»   AKA/preferred: «nick»   DOB: «dob»   Age: «age»\n"
        "ID verified: «state» DL «dl»\nAddress: «street», «town» «state» «zip»  (lives w/ «relation» + 2 "
        "kids)\nPhone: «mobile» (ok to leave msg: Y)   Emergency contact: «rel», «rel_phone»\n"
        "Referral source: self, after ED visit at «hospital»\n\nPresenting problem: client reports 'i cant "
        "sleep and i keep replaying the accident' since last spring, missed work x2 wks. «score», «score2». "
        "Hx «icd».\nSubstance use: 4-5 beers/night on weekends, denies other.\n"
        "Safety: denies SI/HI today, safety plan completed w client.\n"
        "Plan: weekly CBT, psych eval «weekday». cont «drug1».\nInsurance: «payer» member «member»\n",
    ),
    (
        "pt_ot_initial_evaluation",
        "text",
        "PHYSICAL THERAPY INITIAL EVALUATION (CPT «cpt»)\nPt name: «name_up»    DOB: «dob»    MRN «mrn»\n"
        "Date of eval: «visit»    Referring dx: «icd2», s/p R TKA «prior»\n\n"
        "Subjective: pt lives w «relation» «rel_given» in a mobile home at «street», «town» - 4 steps to "
        "enter no rails, tub/shower combo. pt's goal is 'get back to fishing at the lake'. pain 6/10 w "
        "«drug1».\nObjective: «score». «score2». AROM knee flex 78 deg, ext -8.\n"
        "Assessment: pt is a «age» y/o «gender» w impaired gait and transfers, good rehab potential.\n"
        "Plan: 2x/wk x 6 wks. HEP issued. next visit «weekday» «visit2_md».\n"
        "OT: ADL eval pending, «relation» to be present for DME training - call «rel_phone» to set up.\n",
    ),
    (
        "home_health_skilled_visit",
        "text",
        "HOME HEALTH SKILLED NURSING VISIT\nPatient: «name_comma»    SOC: «visit»    MRN: «mrn»\n"
        "Visit address: «street», «town», «state» «zip»\n"
        "Directions: past the feed store, 2nd gravel drive on left, blue mailbox says «family_up». dog on "
        "property, friendly.\nTime in 09:12  time out 10:05\n\n"
        "S: pt states «he» has been taking «drug1» most days, «relation» «rel» helps w pill box "
        "(ph «rel_phone»).\nO: BP 158/88, wound L heel 2.1 x 1.4 cm, «score». «lab1» per fingerstick.\n"
        "A/P: wound improving, reinforced offloading. next SN visit «visit2_md».\n"
        "Medicare MBI «mbi» - episode auth «auth».\n",
    ),
    (
        "hospice_idt_note",
        "text",
        "HOSPICE IDT NOTE - «weekday»\nPt: «name» («age90» yo)   DOB «dob_long»   Hospice dx: «icd»\n"
        "Level of care: routine home care at «relation»'s home, «street», «town»\n"
        "«score». FAST 7c, PPS 30%.\n\nRN: comfort meds reviewed, «drug1» given 2x this wk for "
        "dyspnea, effective. skin intact.\nSW: «relation» «rel» is primary cg and exhausted, respite "
        "discussed. other family: grandson «rel2_given» visits Sundays.\n"
        "Chaplain: pt asked for communion, arranged.\nBereavement risk: high. Contact for all updates: "
        "«rel_phone» (cell) or «phone» (house)\n",
    ),
    (
        "prior_auth_request_letter",
        "text",
        "«payer» - Utilization Management\n\nRE: Request for prior authorization - «drug_pa»\n"
        "Member: «name»\nMember ID: «member»\nDOB: «dob»\nPrescriber NPI: «npi»    DEA: «dea»\n"
        "Dx: «icd», «icd2»\n\nTo whom it may concern,\n\nI am writing on behalf of my patient, «name_mi», "
        "to request coverage of «drug_pa». The patient has failed «drug1» (6 months) and «drug2» "
        "(3 months) with persistent symptoms and «lab1» as recently as «visit». Continued delay is likely "
        "to result in an ED visit.\n\nThe patient can be reached at «phone» for any scheduling. "
        "Thank you for your prompt review.\n\nSincerely,\n\n(signed electronically)\n",
    ),
    (
        "claim_denial_appeal_letter",
        "text",
        "«visit2»\n\n«payer» Appeals Unit\n\nRe: Level 1 provider appeal\nPatient: «name_sfx»\n"
        "DOB: «dob»\nClaim #: «claim»\nMember ID: «member»\nDate of service: «visit_abbr»\n"
        "Patient account: «account»\n\nDear Appeals Reviewer,\n\nWe received a denial (CARC ‹CO-50›, not "
        "medically necessary) for the inpatient stay of the above patient. «mr» «family» presented to "
        "«hospital» with «lab1» and «lab2», met ‹InterQual› acute criteria on day 1, and required «drug1» "
        "IV. We respectfully request that the denial be overturned.\n\nThe patient's authorized "
        "representative, «rel» («relation»), has signed the AOR on file and may be reached at "
        "«rel_phone».\n\nRespectfully,\nPatient Financial Services\n",
    ),
    (
        "nurse_line_triage_call",
        "text",
        "NURSE TRIAGE CALL  «visit» 21:47\nCaller: «rel» (pt's «relation»)   cb# «rel_phone»\n"
        "Patient: «name», DOB «dob_short», MRN «mrn»\n"
        "Reason: fever 103.1, chills, burning w urination x2d. hx «icd». on «drug1».\n"
        "Protocol: Urinary Symptoms - Adult (‹Schmitt-Thompson›)\n"
        "Disposition: see HCP within 4 hrs -> office closed, advised urgent care or ED at «hospital», "
        "pt lives about 20 min away in «town». Caller verbalized understanding.\n"
        "Alt # «phone»   callback in AM if not seen. «weekday» clinic to follow up.\n",
    ),
    (
        "secure_message_patient_proxy",
        "text",
        "--- «weekday» 7:42 AM, «name» wrote:\nhey its «nick» again. the «drug1» is making me nauseous, "
        "can i take it at night instead?? also my «relation» «rel_given» will be calling for me bc i go "
        "back to work tomorrow\n\n--- 9:15 AM, «dept» RN wrote:\nHi «given», yes you may take it with "
        "dinner. For us to talk with «rel_given» about your care we need the proxy form signed.\n\n"
        "--- 9:58 AM, «rel» (proxy) wrote:\nThis is «rel_given», «given»'s «relation». form is signed. "
        "my number is «rel_phone» and email «rel_email». «he» moved, new address is «street» «town» «zip»\n\n"
        "--- 10:20 AM, «dept» RN wrote:\nThank you, updated. Ref «ticket».\n",
    ),
    (
        "python_logging_structlog_mix",
        "text",
        "2025-07-14 09:02:11,481 INFO [intake.worker] normalized patient extra={'patient_id': '«mrn»', "
        "'first_name': '«given»', 'last_name': '«family»', 'dob': '«dob_iso»', 'phone': '«mobile»'}\n"
        "2025-07-14 09:02:11,502 WARNING [intake.worker] USPS returned no match for '«street_up», "
        "«town_up», «state» «zip»'\n"
        '{"event": "eligibility.checked", "level": "info", "timestamp": "2025-07-14T09:02:12.118Z", '
        '"member_id": "«member»", "payer": "«payer»", "subscriber": "«rel»", "dependent": "«name»", '
        '"logger": "«code»"}\n'
        "2025-07-14 09:02:12,930 DEBUG [httpx] HTTP Request: POST https://eligibility.example/v1/271 "
        'headers={"Authorization": "Bearer «bearer»"}\n'
        '{"event": "sms.sent", "to": "«mobile_e164»", "template": "appt_reminder", "appt_date": '
        '"«visit2_iso»", "level": "info", "timestamp": "2025-07-14T09:02:13.004Z"}\n',
    ),
    (
        "sqlalchemy_echo_bound_params",
        "text",
        "2025-07-14 09:14:03,221 INFO sqlalchemy.engine.Engine BEGIN (implicit)\n"
        "2025-07-14 09:14:03,222 INFO sqlalchemy.engine.Engine INSERT INTO patients (mrn, first_name, "
        "last_name, birth_date, phone, address_line1, city, state, zip) VALUES (%(mrn)s, %(first_name)s, "
        "%(last_name)s, %(birth_date)s, %(phone)s, %(address_line1)s, %(city)s, %(state)s, %(zip)s) "
        "RETURNING patients.id\n2025-07-14 09:14:03,222 INFO sqlalchemy.engine.Engine [generated in "
        "0.00031s] {'mrn': '«mrn»', 'first_name': '«given»', 'last_name': '«family»', 'birth_date': "
        "datetime.date(«dob_py»), 'phone': '«phone»', 'address_line1': '«street»', 'city': '«town»', "
        "'state': '«state»', 'zip': '«zip»'}\n"
        "2025-07-14 09:14:03,240 INFO sqlalchemy.engine.Engine SELECT coverage.id, coverage.payer FROM "
        "coverage WHERE coverage.member_id = %(member_id_1)s\n"
        "2025-07-14 09:14:03,240 INFO sqlalchemy.engine.Engine [cached since 12.4s ago] "
        "{'member_id_1': '«member»'}\n2025-07-14 09:14:03,251 INFO sqlalchemy.engine.Engine COMMIT\n"
        "# «ver», «code»\n",
    ),
    (
        "rails_console_patient_lookup",
        "text",
        'irb(main):001> pt = Patient.find_by(mrn: "«mrn»")\n'
        '  Patient Load (1.2ms)  SELECT "patients".* FROM "patients" WHERE "patients"."mrn" = $1 LIMIT $2  '
        '[["mrn", "«mrn»"], ["LIMIT", 1]]\n'
        '=> #<Patient id: «n», mrn: "«mrn»", first_name: "«given»", last_name: "«family»", preferred_name: '
        '"«nick»", date_of_birth: "«dob_iso»", phone: "«mobile»", email: "«email»", created_at: '
        '"2025-03-02 14:11:09.123456000 +0000">\n'
        "irb(main):002> pt.emergency_contacts.pluck(:name, :phone)\n"
        '=> [["«rel»", "«rel_phone»"]]\n'
        'irb(main):003> pt.update!(address_line1: "«street»", city: "«town»", zip: "«zip»")\n'
        '  TRANSACTION (0.3ms)  BEGIN\n  Patient Update (0.9ms)  UPDATE "patients" SET ... \n'
        "  TRANSACTION (1.1ms)  COMMIT\n=> true\nirb(main):004> # «ticket» dup fixed, «ver»\n",
    ),
    (
        "jest_snapshot_patient_card",
        "text",
        "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
        'exports[`«code» renders banner with allergies 1`] = `\n<div\n  className="patient-card"\n'
        '  data-testid="patient-card-«mrn»"\n>\n  <h2\n    className="patient-card__name"\n  >\n'
        "    «name_inv»\n  </h2>\n  <span>\n    DOB: \n    «dob»\n    (\n    «age»\n    y)\n  </span>\n"
        '  <span\n    className="pill"\n  >\n    MRN \n    «mrn»\n  </span>\n  <ul>\n'
        "    <li>\n      Allergies: penicillin\n    </li>\n    <li>\n      Dx: «icd»\n    </li>\n"
        "    <li>\n      Preferred: \n      «nick»\n"
        "    </li>\n    <li>\n      «mobile»\n    </li>\n  </ul>\n  <address>\n    «street»\n    <br />\n"
        "    «town»\n    , \n    «state»\n     \n    «zip»\n  </address>\n</div>\n`;\n",
    ),
    (
        "go_test_struct_mismatch",
        "text",
        "=== RUN   TestNormalizeDemographics\n=== RUN   TestNormalizeDemographics/hyphen_and_apostrophe\n"
        "    normalize_test.go:88:\n        \tError Trace:\tnormalize_test.go:88\n"
        "        \tError:      \tNot equal:\n"
        '        \t            \texpected: models.Patient{ID:"«mrn»", Given:"«given»", Family:"«family»", '
        'BirthDate:time.Date(«dob_go», 0, 0, 0, 0, time.UTC), Phone:"«phone»", Line1:"«street»", '
        'City:"«town»", State:"«state»", Zip:"«zip9»"}\n'
        '        \t            \tactual  : models.Patient{ID:"«mrn»", Given:"«given_up»", '
        'Family:"«family_up»", '
        'BirthDate:time.Date(«dob_go», 0, 0, 0, 0, time.UTC), Phone:"«phone»", Line1:"«street_up»", '
        'City:"«town_up»", State:"«state»", Zip:"«zip9»", SSN:"«ssn»"}\n'
        "--- FAIL: TestNormalizeDemographics (0.00s)\n"
        "    --- FAIL: TestNormalizeDemographics/hyphen_and_apostrophe (0.00s)\nFAIL\n"
        "FAIL\tgithub.com/acme-health/intake/internal/normalize\t0.412s\n# «ver»\n",
    ),
    (
        "datadog_cloudwatch_events",
        "ndjson",
        '{"@timestamp": "2025-07-14T09:02:11.481Z", "service": "«code»", "status": "error", "message": '
        '"eligibility 271 mismatch for member «member»", "usr": {"id": "«mrn»", "name": "«name»", '
        '"email": "«email»"}, "network": {"client": {"ip": "«ip»"}}, "ddtags": "env:prod,version:«ver»"}\n'
        '{"@timestamp": "2025-07-14T09:02:12.004Z", "service": "notify", "status": "info", "message": '
        '"sms queued", "attributes": {"to": "«mobile_e164»", "patient_dob": "«dob_iso»", "appt": '
        '"«visit2_iso»", "ticket": "«ticket»"}}\n'
        '{"timestamp": 1720948933221, "logGroup": "/aws/lambda/referral-router", "logStream": '
        '"2025/07/14/[$LATEST]«n»", "message": "referral accepted for «name_comma» at «street», «town», '
        '«state» «zip» (referring NPI «npi»)"}\n',
    ),
    (
        "slack_incident_thread_merge",
        "text",
        "#inc-portal-chart-merge\nincident-bot  9:02 AM\n:rotating_light: SEV2 declared by on-call, "
        "tracking in «ticket»\n\noncall-sre  9:05 AM\nlooks like the dedupe job merged two charts. example: "
        "«name» (MRN «mrn», dob «dob_short») got merged into «p2_name» (MRN «p2_mrn»)\n\n"
        "oncall-sre  9:07 AM\nboth listed at «street» so the matcher fired lol\n\n"
        "support-lead  9:11 AM\nfwiw «p2_given»'s «relation» already called the front desk from «rel_phone», "
        "pretty upset\n\noncall-sre  9:30 AM\nrolled back «code» to the previous image («ver»). unmerged. "
        "also whoever pasted the prod db pw «dbpw» in the runbook pls rotate it\n",
    ),
    (
        "git_diff_fixtures_yaml",
        "text",
        "diff --git a/spec/fixtures/patients.yml b/spec/fixtures/patients.yml\n"
        "index 3f2a9c1..8b7e4d0 100644\n--- a/spec/fixtures/patients.yml\n+++ b/spec/fixtures/patients.yml\n"
        '@@ -12,9 +12,14 @@ demo_patient:\n-dup_case:\n-  mrn: "«p2_mrn»"\n-  first_name: «p2_given»\n'
        '-  last_name: «p2_family»\n+copied_from_prod_do_not_commit:\n+  mrn: "«mrn»"\n'
        '+  first_name: «given»\n+  last_name: "«family»"\n+  dob: «dob_iso»\n+  phone: "«mobile»"\n'
        '+  address: "«street»"\n+  city: «town»\n+  zip: "«zip»"\n+  ssn: "«ssn»"\n'
        "   status: active\n   payer: «payer»\n",
    ),
    (
        "dbt_seed_referrals_csv",
        "text",
        "-- seeds/referral_patients.csv («ver»)\n"
        "member_id,pt_last,pt_first,birth_dt,addr1,city,st,zip5,cell,pcp_npi,dx1\n"
        '«member»,«family»,«given»,«dob_iso»,"«street»",«town»,«state»,«zip»,«mobile»,«npi»,«icd»\n'
        '«p2_member»,«p2_family»,«p2_given»,«p2_dob_iso»,"«p2_street»",«p2_town»,«p2_state»,«p2_zip»,'
        "«p2_mobile»,«p2_npi»,«icd2»\n\n$ dbt seed --select referral_patients\n"
        "09:14:03  1 of 1 START seed file analytics.referral_patients ........ [RUN]\n"
        "09:14:04  1 of 1 OK loaded seed file analytics.referral_patients ..... [INSERT 2 in 0.41s]\n",
    ),
    (
        "spark_df_show_readmits",
        "text",
        "SparkSession available as 'spark' (‹Spark 3.5.1›).\n>>> # «ticket» readmission cohort check\n"
        ">>> df.filter(col('readmit_30d') == 1).select('mrn', 'patient_name', 'dob', 'zip', 'phone', "
        "'los').show(3, truncate=False)\n"
        "+----------+----------------------+----------+-----+----------------+---+\n"
        "|mrn       |patient_name          |dob       |zip  |phone           |los|\n"
        "+----------+----------------------+----------+-----+----------------+---+\n"
        "|«mrn»|«name_up»|«dob_iso»|«zip»|«mobile»|4  |\n"
        "|«p2_mrn»|«p2_name_up»|«p2_dob_iso»|«p2_zip»|«p2_mobile»|11 |\n"
        "|«p3_mrn»|«p3_name_up»|«p3_dob_iso»|«p3_zip»|«p3_mobile»|2  |\n"
        "+----------+----------------------+----------+-----+----------------+---+\n"
        "only showing top 3 rows\n",
    ),
    (
        "snowflake_sql_api_result",
        "json",
        '{"resultSetMetaData": {"numRows": 2, "format": "jsonv2", "rowType": [{"name": "MRN", "type": '
        '"text"}, {"name": "PATIENT_NAME", "type": "text"}, {"name": "DOB", "type": "date"}, {"name": '
        '"ADDRESS", "type": "text"}, {"name": "CITY", "type": "text"}, {"name": "ZIP", "type": "text"}, '
        '{"name": "PHONE", "type": "text"}, {"name": "DX", "type": "text"}]}, "data": [["«mrn»", '
        '"«name_comma»", "«dob_iso»", "«street»", "«town»", "«zip»", "«phone»", "«icd»"], ["«p2_mrn»", '
        '"«p2_name_comma»", "«p2_dob_iso»", "«p2_street»", "«p2_town»", "«p2_zip»", "«p2_phone»", '
        '"«icd2»"]], "code": "090001", "statementStatusUrl": "/api/v2/statements/«uuid»", "sqlState": '
        '"00000", "statementHandle": "«uuid»", "message": "Statement executed successfully."}',
    ),
    (
        "anthropic_messages_chart_paste",
        "json",
        '{"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": "You are a clinical documentation '
        'assistant. Write a concise night-team handoff.", "messages": [{"role": "user", "content": '
        '[{"type": "text", "text": "summarize this for the night team pls\\n\\n«name_up» «age»«sexletter» '
        "MRN «mrn» DOB «dob»\\nadm «visit_md» for «icd», «lab1», «lab2»\\nmeds «drug1», «drug2»\\n"
        "lives w «relation» «rel» in «town», cell «mobile». HCP is «rel_given». goes by «nick»"
        '"}]}], "metadata": {"user_id": "«uuid»"}}',
    ),
    (
        "mcp_tools_call_patient_search",
        "json",
        '{"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": "Found 1 patient:'
        "\\nName: «name»\\nMRN: «mrn»\\nDOB: «dob»\\nPhone: «phone»\\nAddress: «street», «town», «state» "
        "«zip»\\nPCP NPI: «npi»\\nActive meds: «drug1»; «drug2»\\nLast visit: «visit»"
        '"}], "structuredContent": {"patient": {"mrn": "«mrn»", "name": {"given": "«given»", "family": '
        '"«family»"}, "birthDate": "«dob_iso»", "insurance": {"payer": "«payer»", "memberId": "«member»"}}}, '
        '"isError": false}}',
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


CULTURES = list(NAMES)


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    region = NAMES[culture][3]
    for attempt in range(30):
        rng = random.Random(f"phigate-probe13:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture, old="«age90" in template)
        slots: dict[str, Slot] = {**p, **extras(rng, region, p)}
        for tag in ("p2", "p3"):
            if f"«{tag}_" in template:
                q = person(rng, rng.choice(CULTURES))
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
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe13 fails)


RENDERS = 2


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered twice, cycling through the name cultures (shifted by seed and template,
    so each kind meets different cultures)."""
    return [
        make_doc(seed, i, kind, CULTURES[(i + seed + 3 * k) % len(CULTURES)], fmt, t)
        for k, (kind, fmt, t) in enumerate(TEMPLATES)
        for i in range(RENDERS)
    ]
