"""Fourth independent probe corpus: ~66 labelled documents in kinds no earlier probe used.

Kinds: HL7 v2 ORU^R01 results (PID/NK1/PV1/OBR/OBX with ^ and | separators), a C-CDA recordTarget, a
headed US discharge summary, a pharmacy refill fax with SIG lines, a CT report, an X12 837P claim, a
durable-equipment order, an ED note after a car crash, a call-centre transcript, appointment SMS batches,
a Celery traceback with locals, PostgreSQL log lines, a TOML config, docker-compose YAML, a Jupyter
notebook (JSON) with a pandas repr, a Slack export (JSON), CSV with terse headers, a git diff of SQL
seeds, an LLM chat request (JSON), NDJSON application logs; and letters in Dutch (BSN), Polish (PESEL),
Turkish (TC Kimlik), Vietnamese (CCCD), Nigerian English with Yoruba names (NIN), Brazilian Portuguese
(CPF, CNS), Indian English (Aadhaar) and Devanagari, Gulf English and Arabic script (Saudi ID), Greek
(AMKA), Russian (SNILS, OMS) and Hebrew (Teudat Zehut). Same `«slot»`/`‹keep›` template language and
label classes as tests/engine/probe (whose `render`, `Doc`, `bounded`, `name_parts` and `problems` are
reused); every list, template and identifier generator here is new. Seeded: same seed, same corpus.

Labelling conventions: a clinician's name is unlabelled (not the patient's PHI), but a prescriber's
NPI and DEA number are labelled LICENSE (Safe Harbor 11; the engine is expected to mask licence numbers
whoever holds them); log-line and message timestamps that are not patient dates (a fixed server time
in a template) are unlabelled; a year alone, a month without a day, a weekday, a duration and a dosing
clock time (08:00) are keep values; region names above city level (state, province, voivodeship,
oblast) are plain text.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, problems, render
from tests.engine.probe.people import K, Slot
from tests.engine.probe4.people import NAMES, person

__all__ = ["DRUGS", "KEEP_LISTS", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = {
    "en": [
        "Clopidogrel 75 mg",
        "Rosuvastatin 20 mg",
        "Empagliflozin 10 mg",
        "Levetiracetam 500 mg",
        "Hydrochlorothiazide 12.5 mg",
        "Spironolactone 25 mg",
        "Allopurinol 100 mg",
        "Nitrofurantoin 100 mg",
        "Carvedilol 6.25 mg",
        "Gabapentin 300 mg",
        "Semaglutide 0.5 mg",
        "Cefuroxime 500 mg",
    ],
    "nl": ["Acenocoumarol 1 mg", "Metoclopramide 10 mg", "Macrogol 13,7 g", "Furosemide 40 mg"],
    "pl": ["Polprazol 20 mg", "Bisocard 5 mg", "Xarelto 20 mg", "Metformax 850 mg"],
    "tr": ["Coraspin 100 mg", "Beloc Zok 50 mg", "Glifor 1000 mg", "Arveles 25 mg"],
    "vi": ["Amlodipin 5 mg", "Metformin 500 mg", "Omeprazol 20 mg", "Paracetamol 500 mg"],
    "br": ["Losartana potássica 50 mg", "Dipirona 1 g", "Sinvastatina 40 mg", "Amoxicilina 500 mg"],
    "gr": ["Depon 500 mg", "Lonarid 400 mg", "Salospir 100 mg"],
    "ru": ["Эналаприл 10 мг", "Бисопролол 5 мг", "Аторвастатин 20 мг"],
    "he": ['אקמול 500 מ"ג', "Cardiloc 5 mg", "Micropirin 75 mg"],
    "ar": ["Panadol 500 mg", "Concor 5 mg", "Glucophage 850 mg"],
    "in": ["Telma 40", "Ecosprin 75 mg", "Pan-D", "Glycomet GP 1"],
}
LABS = {
    "en": [
        "Troponin I 0.04 ng/mL",
        "BNP 412 pg/mL",
        "Sodium 131 mmol/L",
        "ALT 64 U/L",
        "Ferritin 18 ng/mL",
        "WBC 12.4 x10^9/L",
        "Lactate 2.8 mmol/L",
        "D-dimer 0.9 mg/L FEU",
        "Magnesium 1.6 mg/dL",
        "CK 1,240 U/L",
    ],
    "nl": ["Hb 6,8 mmol/l", "CRP 112 mg/l", "kreatinine 141 µmol/l"],
    "pl": ["CRP 87 mg/l", "troponina T 54 ng/l", "glukoza 214 mg/dl"],
    "tr": ["HbA1c %8,7", "kreatinin 1,6 mg/dL", "TSH 5,9 mIU/L"],
    "vi": ["Glucose 11,2 mmol/L", "HbA1c 8,4%", "Creatinin 118 µmol/L"],
    "br": ["Hb 10,1 g/dL", "PCR 64 mg/L", "Glicemia 188 mg/dL"],
    "gr": ["Hb 11,2 g/dL", "CRP 38 mg/L"],
    "ru": ["Гемоглобин 104 г/л", "СОЭ 38 мм/ч"],
    "he": ["Hb 10.4 g/dL", "CRP 7.1 mg/dL"],
    "ar": ["HbA1c 9.1%", "Vitamin D 11 ng/mL"],
    "in": ["Hb 9.2 g/dL", "FBS 168 mg/dL", "TSH 7.8 µIU/mL"],
}
ICD = [
    "N39.0",
    "J44.1",
    "I21.4",
    "K35.80",
    "G40.909",
    "E87.1",
    "A41.9",
    "L03.115",
    "M54.16",
    "R55",
    "Z79.01",
    "C50.911",
    "J11.1",
    "I63.9",
]
LOINC = ["2160-0", "6690-2", "718-7", "2951-2", "1742-6", "33762-6", "10839-9", "4548-4"]
CPT = ["99285", "71046", "93000", "36415", "80053", "74177", "99214", "20610", "E0601", "G0439"]
DEPTS = {
    "en": [
        "Emergency Department",
        "Cardiology Outpatient Clinic",
        "Interventional Radiology",
        "Medical ICU",
        "Oncology Day Unit",
        "Nuclear Medicine",
        "Wound Care Center",
        "Sleep Lab",
    ],
    "nl": ["afdeling Cardiologie", "Spoedeisende Hulp", "polikliniek Longziekten"],
    "pl": ["Oddział Chorób Wewnętrznych", "Poradnia Kardiologiczna", "Szpitalny Oddział Ratunkowy"],
    "tr": ["Kardiyoloji Polikliniği", "Acil Servis", "Dahiliye Servisi"],
    "vi": ["Khoa Nội Tim mạch", "Khoa Cấp cứu", "Khoa Nội tiết"],
    "br": ["Pronto-Socorro", "Ambulatório de Cardiologia", "UTI Adulto"],
    "gr": ["Καρδιολογική Κλινική", "Τμήμα Επειγόντων Περιστατικών"],
    "ru": ["Кардиологическое отделение", "Приёмное отделение"],
    "he": ["מחלקה פנימית ב", "חדר מיון"],
    "ar": ["Emergency Department", "قسم الطوارئ", "Diabetes Center"],
    "in": ["OPD Medicine", "Casualty", "Cardiology OPD", "हृदय रोग विभाग"],
}
PAYERS = {
    "en": [
        "Humana Gold Plus",
        "Molina Healthcare",
        "WellCare",
        "Ambetter",
        "Louisiana Medicaid",
        "Cigna",
        "Oscar Health",
    ],
    "nl": ["Zilveren Kruis", "CZ", "Menzis"],
    "pl": ["NFZ"],
    "tr": ["SGK"],
    "vi": ["BHXH"],
    "br": ["SUS", "Unimed", "Hapvida"],
    "gr": ["ΕΟΠΥΥ"],
    "ru": ["ОМС"],
    "he": ["כללית", "Maccabi"],
    "ar": ["Bupa Arabia", "Tawuniya"],
    "in": ["CGHS", "Star Health"],
}
COUNTRIES = [
    "Netherlands",
    "Poland",
    "Türkiye",
    "Vietnam",
    "Nigeria",
    "Brazil",
    "India",
    "Saudi Arabia",
    "Greece",
    "Israel",
    "Canada",
    "Germany",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS_ALONE = ["in March", "since November", "last August", "every January", "in early June"]
VERSIONS = [
    "v3.2.1",
    "HAPI 2.5",
    "psycopg 3.1.18",
    "pandas 2.2.1",
    "Python 3.11.8",
    "OpenSSL 3.0.13",
    "celery 5.3.6",
    "PostgreSQL 16.2",
    "Mirth Connect 4.4.1",
]
HTTP = ["HTTP 502 Bad Gateway", "404 Not Found", "429 Too Many Requests", "503 Service Unavailable"]
DURATIONS = ["for 5 days", "x 10 days", "48 hours", "q8h", "for 3 weeks", "2 weeks"]
DOSE_TIMES = ["08:00", "20:00", "22:00", "13:00", "06:30"]
YEARS = [str(y) for y in range(2008, 2023)]
KEEP_LISTS = {"DRUGS": DRUGS, "LABS": LABS, "DEPTS": DEPTS, "PAYERS": PAYERS}

LANG = {
    "us": "en",
    "nl": "nl",
    "pl": "pl",
    "tr": "tr",
    "vi": "vi",
    "yo": "en",
    "br": "br",
    "hi": "in",
    "ar": "ar",
    "el": "gr",
    "ru": "ru",
    "hi_dev": "in",
    "he": "he",
    "ar_nat": "ar",
}


def extras(rng: random.Random, culture: str, english: bool) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, calendar words ...) in the document's language."""
    lang = "en" if english else LANG[culture]
    drugs = rng.sample(DRUGS[lang] + (DRUGS["en"] if lang != "en" else []), 3)
    labs = rng.sample(LABS[lang] + (LABS["en"] if lang != "en" else []), 2)
    icd, loinc, cpt = rng.sample(ICD, 2), rng.sample(LOINC, 2), rng.sample(CPT, 2)
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug3": K(drugs[2]),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "loinc": K(loinc[0]),
        "loinc2": K(loinc[1]),
        "cpt": K(cpt[0]),
        "cpt2": K(cpt[1]),
        "dept": K(rng.choice(DEPTS[lang])),
        "payer": K(rng.choice(PAYERS[lang])),
        "country": K(rng.choice(COUNTRIES)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "month": K(rng.choice(MONTHS_ALONE)),
        "ver": K(rng.choice(VERSIONS)),
        "commit": K("".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40])))),
        "http": K(rng.choice(HTTP)),
        "dur": K(rng.choice(DURATIONS)),
        "dose_time": K(rng.choice(DOSE_TIMES)),
        "year": K(rng.choice(YEARS)),
    }


# (kind, name cultures cycled over renders, region (None: the culture's home), format, renders, template)
TEMPLATES: list[tuple[str, list[str], str | None, str, int, str]] = [
    (
        "hl7_oru",
        ["us", "vi", "yo", "pl"],
        "us",
        "text",
        3,
        "MSH|^~\\&|‹Mirth Connect 4.4.1›|WSH_LAB|EHR|RIDGEVIEW|«visit2_hl7»||‹ORU^R01›|MX88213|P|2.5.1\r"
        "PID|1||«mrn»^^^WSH^MR~«ssn_bare»^^^SSA^SS||«FAMILY»^«GIVEN»^^^^^L||«dob_hl7»|U|||"
        "«street»^^«town»^LA^«zip»^USA^H||«us_phone»^PRN^PH~^NET^Internet^«email»|||||«account»\r"
        "NK1|1|«family»^«rel_given»|SPO^Spouse|||«phone»\r"
        "PV1|1|O|‹Cardiology Outpatient "
        "Clinic›^^^WSH||||«npi»^Boudreaux^Amos^^^MD^^^NPI||||||||||||||||||||||"
        "||||||||||||||||«visit_hl7»\r"
        "OBR|1||LAB-4471|‹24331-1›^Lipid panel^LN|||«visit_hl7»\r"
        "OBX|1|NM|‹2093-3›^Cholesterol^LN||212|mg/dL|<200|H|||F\r"
        "OBX|2|NM|«loinc»^^LN||7.9||||||F\r"
        "NTE|1||Drawn ‹08:00› fasting. Pt takes «drug1»; ‹Z79.01›.\r",
    ),
    (
        "ccda_record_target",
        ["br", "tr", "us"],
        "us",
        "text",
        2,
        '<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <templateId root="‹2.16.840.1.113883.10.20.22.1.1›"/>\n'
        "  <recordTarget>\n    <patientRole>\n"
        '      <id root="2.16.840.1.113883.19.5" extension="«mrn»"/>\n'
        '      <id root="2.16.840.1.113883.4.1" extension="«ssn»"/>\n'
        '      <addr use="HP"><streetAddressLine>«street»</streetAddressLine><city>«town»</city>'
        "<state>LA</state><postalCode>«zip»</postalCode><country>US</country></addr>\n"
        '      <telecom use="MC" value="tel:«us_phone»"/>\n      <telecom value="mailto:«email»"/>\n'
        '      <patient>\n        <name use="L"><given>«given»</given><family>«family»</family></name>\n'
        '        <administrativeGenderCode code="‹UN›" codeSystem="‹2.16.840.1.113883.5.1›"/>\n'
        '        <birthTime value="«dob_hl7»"/>\n'
        "        <guardian><guardianPerson><name><given>«rel_given»</given><family>«family»</family></name>"
        '</guardianPerson><telecom value="tel:«phone»"/></guardian>\n'
        "      </patient>\n    </patientRole>\n  </recordTarget>\n"
        '  <component><section><code code="‹11450-4›" codeSystem="‹2.16.840.1.113883.6.1›" '
        'displayName="Problem list"/><text>«icd» -- ‹Hypertension›; «drug1» '
        "daily</text></section></component>\n"
        "</ClinicalDocument>\n",
    ),
    (
        "discharge_sections",
        ["tr", "hi", "ar", "us"],
        "us",
        "text",
        2,
        "DISCHARGE SUMMARY\n\nPATIENT: «name»\n"
        + "MRN: «mrn»     DOB: «dob_us»\nADMISSION DATE: «visit_us»\nDISCHARGE DATE: «visit2»\n"
        + "ATTENDING: Odile Landry, MD\n\nHISTORY OF PRESENT ILLNESS:\n"
        "The patient lives at «street», «town», LA «zip» with her husband «rel». Presented to the "
        + "‹Emergency Department› with chest pressure ‹48 hours›. Initial «lab1».\n\n"
        "HOSPITAL COURSE:\nDiagnosed with NSTEMI (‹I21.4›). Cath via ‹Interventional Radiology› on "
        "‹Tuesday›. "
        "Mother («old_age» years old) was at bedside.\n\nDISCHARGE MEDICATIONS:\n"
        "1. «drug1» daily at ‹08:00›\n2. «drug2» twice daily\n3. «drug3» ‹for 5 days›\n\n"
        "FOLLOW-UP:\n‹Cardiology Outpatient Clinic› in ‹2 weeks›; call «us_phone» or e-mail «email».\n",
    ),
    (
        "rx_refill_fax",
        ["us", "yo", "ar"],
        "us",
        "text",
        2,
        "*** REFILL AUTHORIZATION REQUEST *** Page 1 of 1\nTo: Dr. Amos Boudreaux   Fax: «fax»\n"
        "From: Bayou Teche Pharmacy #0412\n\nPatient: «FAMILY», «GIVEN»   DOB: «dob»\nAddr: «street», «town» "
        "LA "
        "«zip»\nPh: «phone»   Rx#: 6044817\n"
        + "Drug: «drug1»   Qty: 90   Refills remaining: 0\nSIG: TAKE 1 TABLET BY MOUTH EVERY MORNING AT "
        "‹08:00›\n"
        "Drug: «drug2»\nSIG: 1 PO BID ‹x 10 days›, THEN STOP\nLast filled: «visit»\n"
        "Prescriber NPI: «npi»   DEA: «dea»\nPlan: ‹Humana Gold Plus›  Member ID: «member»\n",
    ),
    (
        "ct_report",
        ["us", "hi", "pl"],
        "us",
        "text",
        2,
        "EXAM: CT ABDOMEN PELVIS W CONTRAST (CPT ‹74177›)\nPATIENT: «name»  SEX: U  AGE: «old_age» Y\n"
        "DOB: «dob_us»  MRN: «mrn»  ACC#: «mrn2»\nDATE OF SERVICE: «visit»\nREFERRING: Odile Landry, MD\n\n"
        "CLINICAL INDICATION: RLQ pain, r/o appendicitis (‹K35.80›).\n"
        "COMPARISON: CT of «visit3».\nTECHNIQUE: 100 mL Omnipaque 350 IV. ‹Nuclear Medicine› not involved.\n"
        "FINDINGS: Appendix 11 mm, periappendiceal fat stranding. No free air.\n"
        "IMPRESSION: Acute appendicitis. Findings called to Dr. Landry at «phone» on «visit_md».\n",
    ),
    (
        "x12_837",
        ["us", "br"],
        "us",
        "text",
        2,
        "ISA*00*          *00*          *ZZ*RIDGEVIEW      *ZZ*LAMEDICAID     "
        "*250211*0314*^*00501*000004417*0*P*:~\n"
        "GS*HC*RIDGEVIEW*LAMEDICAID*20250211*0314*4417*X*‹005010X222A1›~\nST*837*0001*‹005010X222A1›~\n"
        "NM1*85*2*BAYOU TECHE FAMILY MEDICINE*****XX*«npi»~\n"
        "NM1*IL*1*«FAMILY»*«GIVEN»****MI*«member»~\nN3*«street»~\nN4*«town»*LA*«zip»~\n"
        "DMG*D8*«dob_hl7»*F~\nCLM*«account»*185***11:B:1*Y*A*Y*Y~\nHI*ABK:I214*ABF:E871~\n"
        "NM1*82*1*LANDRY*ODILE****XX*1093817265~\nLX*1~\nSV1*HC:‹99214›*185*UN*1***1~\n"
        "DTP*472*D8*«visit2_iso»~\nSE*14*0001~\n",
    ),
    (
        "dme_order",
        ["us", "nl"],
        "us",
        "text",
        2,
        "DURABLE MEDICAL EQUIPMENT ORDER\nBeneficiary: «name»   Medicare MBI: «mbi»\n"
        "Delivery address: «street», «town», LA «zip»   Phone: «us_phone»\n"
        "Item: CPAP (HCPCS ‹E0601›) with heated humidifier; serial no. «serial»\n"
        "AHI 31 on ‹Sleep Lab› study of «visit». Compliance download via modem IMEI «imei».\n"
        "Ordering NPI: «npi»   Date of order: «visit2»\nLength of need: 99 months. Payer: ‹Louisiana "
        "Medicaid›\n",
    ),
    (
        "mvc_ed_note",
        ["us", "tr"],
        "us",
        "text",
        2,
        "ED PROVIDER NOTE -- ‹Emergency Department›\n«name» is a «old_age»-year-old restrained passenger in "
        "a "
        + "2016 sedan (plate «plate», VIN «vin») struck at low speed on «visit». Driver, son «rel», DL «dl», "
        + "uninjured. Auto insurer claim «claim».\nMeds: «drug1», «drug2». Exam: seat-belt sign. "
        + "CT chest (‹71046›) negative.\nDispo: home with son to «street», «town». Return ‹for 3 weeks› "
        "PRN.\n",
    ),
    (
        "call_transcript",
        ["us", "hi", "yo"],
        "us",
        "text",
        2,
        "[00:00:03] AGENT (Kiera): Thank you for calling ‹Molina Healthcare›, this call may be recorded.\n"
        "[00:00:09] CALLER: Hi, yeah, I'm calling for my mom, «name».\n"
        "[00:00:14] AGENT (Kiera): Sure. Can I have her member ID?\n[00:00:19] CALLER: It's «member».\n"
        "[00:00:31] AGENT (Kiera): And date of birth?\n[00:00:35] CALLER: «dob».\n"
        "[00:00:52] CALLER: She's «old_age» now, she can't do the phone. She lives at «street» in «town».\n"
        "[00:01:10] AGENT (Kiera): I see a denied claim for ‹93000›. Best callback number?\n"
        "[00:01:15] CALLER: «mobile», or my work line «phone».\n"
        "[00:01:40] AGENT (Kiera): Okay, I'll escalate; expect a call ‹Thursday›.\n",
    ),
    (
        "celery_traceback",
        ["pl", "vi"],
        "us",
        "text",
        2,
        "[2025-02-11 03:14:07,412: ERROR/ForkPoolWorker-3] Task reminders.send_sms[9f1c2e] raised "
        "unexpected: "
        "ValueError('invalid phone')\nTraceback (most recent call last):\n"
        '  File "/srv/app/.venv/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task\n'
        '  File "/srv/app/reminders/tasks.py", line 61, in send_sms\n    to = normalize(patient.phone)\n'
        "ValueError: invalid phone\n\nLocals:\n"
        "    patient = <Patient mrn='«mrn»' name='«name»' dob=datetime.date(«dob_year», ...)>\n"
        "    patient.phone = '«us_phone»'\n    patient.email = '«email»'\n"
        "    appointment = {'when': '«visit_ts»', 'clinic': '‹Wound Care Center›', 'address': '«street», "
        "«town»'}\n"
        "    retry = 3   # ‹celery 5.3.6› / ‹Python 3.11.8›\n",
    ),
    (
        "pg_log",
        ["tr", "us", "ar"],
        "us",
        "text",
        2,
        "2025-02-11 03:16:44.091 UTC [21877] app@ehr LOG:  duration: 1841.227 ms  execute <unnamed>: "
        "SELECT * FROM patients WHERE last_name = $1 AND birth_date = $2\n"
        "2025-02-11 03:16:44.091 UTC [21877] app@ehr DETAIL:  parameters: $1 = '«family»', $2 = '«dob_iso»'\n"
        "2025-02-11 03:16:45.310 UTC [21877] app@ehr ERROR:  duplicate key value violates unique constraint "
        '"patients_ssn_key"\n'
        "2025-02-11 03:16:45.310 UTC [21877] app@ehr DETAIL:  Key (ssn)=(«ssn») already exists.\n"
        "2025-02-11 03:16:45.310 UTC [21877] app@ehr STATEMENT:  INSERT INTO patients (first_name, "
        "last_name, "
        "ssn, zip, phone) VALUES ('«given»', '«family»', '«ssn»', '«zip»', '«us_phone»')\n"
        "2025-02-11 03:16:46.002 UTC [21880] replicator@[local] LOG:  connection received: host=«ipv4» "
        "port=50412\n"
        "-- server ‹PostgreSQL 16.2›\n",
    ),
    (
        "toml_config",
        ["nl", "us"],
        "us",
        "text",
        2,
        '# ehr-sync config (‹v3.2.1›)\n[database]\nurl = "postgresql://ehr_sync:«dbpw»@«ipv4»:5432/ehr"\n'
        'pool_size = 8\n\n[openai]\napi_key = "«apikey»"\nmodel = "gpt-4o-mini"\n\n'
        "[fixtures.patient]\n# copied from prod to reproduce ticket -- remove!\n"
        'name = "«name»"\nbirth_date = «dob_iso»\nmrn = "«mrn»"\naddress = "«street», «town» LA «zip»"\n'
        'portal = "«portal_url»"\n\n[schedule]\nsend_at = "‹08:00›"\ndays = ["‹Monday›", "‹Thursday›"]\n',
    ),
    (
        "compose_yaml",
        ["yo", "hi"],
        "us",
        "text",
        2,
        "services:\n  fhir-bridge:\n    image: ghcr.io/ridgeview/fhir-bridge:‹v3.2.1›\n    environment:\n"
        "      GOOGLE_OAUTH_TOKEN: «bearer»\n      DB_DSN: mysql://bridge:«dbpw»@db:3306/fhir\n"
        "      SMOKE_TEST_PATIENT: '«name»|«dob_us»|«mrn»'\n      SMOKE_TEST_CONTACT: «email»\n"
        "      ALLOWED_CLIENT: «ipv6»\n    healthcheck:\n      interval: 30s\n",
    ),
    (
        "ipynb_output",
        ["us", "nl", "yo"],
        "us",
        "json",
        2,
        '{"cells": [{"cell_type": "code", "execution_count": 7, "metadata": {}, '
        '"source": ["df = pd.read_sql(q, conn)\\n", "df.head(3)"], '
        '"outputs": [{"output_type": "execute_result", "execution_count": 7, "metadata": {}, "data": '
        '{"text/plain": ["          name   birth_date    zip       mrn    dx\\n", '
        '"0  «name»  «dob_iso»  «zip»  «mrn»  ‹N39.0›\\n", '
        '"1  «p2_name»  «p2_dob_iso»  «p2_zip»  «p2_mrn»  ‹J44.1›\\n", '
        '"2  «p3_name»  «p3_dob_iso»  «p3_zip»  «p3_mrn»  ‹E87.1›"]}}]}], '
        '"metadata": {"kernelspec": {"name": "python3"}, "language_info": {"version": "3.11.8"}}, '
        '"nbformat": 4, "nbformat_minor": 5}',
    ),
    (
        "slack_export",
        ["ar", "pl", "us"],
        "us",
        "json",
        2,
        '[{"type": "message", "user": "U04QX7TR2", "ts": "1739243647.001900", "text": '
        '"anyone know why the portal shows ‹404 Not Found› for «name»? MRN «mrn», DOB «dob_us»"}, '
        '{"type": "message", "user": "U02LM9KQ1", "ts": "1739243702.002100", "text": '
        '"her chart link «portal_url» works for me. she called from «us_phone» -- '
        'address on file is «street», «town» «zip»"}, '
        '{"type": "message", "user": "U04QX7TR2", "ts": "1739243790.002300", "text": '
        '"thx. also her daughter «rel» (email «email2») wants records from «visit». '
        '‹Humana Gold Plus› member «member»"}]',
    ),
    (
        "csv_terse",
        ["us", "tr", "br"],
        "us",
        "text",
        2,
        "pt_nm,brth_dt,addr_ln1,cty,st,pstl,tel_no,ins_mbr,dx1,rx1,last_enc\n"
        '"«family», «given»",«dob_us»,"«street»",«town»,LA,«zip»,«us_phone»,«member»,‹I63.9›,'
        + '"«drug1»",«visit_us»\n'
        '"«p2_family», «p2_given»",«p2_dob_us»,"«p2_street»",«p2_town»,LA,«p2_zip»,«p2_us_phone»,'
        + '«p2_member»,‹R55›,"«drug2»",«p2_visit_us»\n',
    ),
    (
        "git_diff_sql",
        ["us", "vi"],
        "us",
        "text",
        2,
        "commit «commit»\nAuthor: ci-bot <ci@ridgeview.example>\n\n    fixtures: refresh demo patients "
        "(‹v3.2.1›)\n\n"
        "diff --git a/db/seeds/patients.sql b/db/seeds/patients.sql\nindex 3f2a9c1..b81e0d4 100644\n"
        "--- a/db/seeds/patients.sql\n+++ b/db/seeds/patients.sql\n@@ -12,3 +12,4 @@\n"
        " INSERT INTO patients VALUES (101, 'Test', 'Patient', '1900-01-01', '00000');\n"
        "-INSERT INTO patients VALUES (102, '«given»', '«family»', '«dob_iso»', '«zip»');\n"
        "+INSERT INTO patients VALUES (102, '«given»', '«family»', '«dob_iso»', '«zip»', '«ssn»');\n"
        "+INSERT INTO patients VALUES (103, '«p2_given»', '«p2_family»', '«p2_dob_iso»', '«p2_zip»', "
        "'«p2_ssn»');\n",
    ),
    (
        "llm_chat_json",
        ["hi", "tr", "us"],
        "us",
        "json",
        2,
        '{"model": "gpt-4o", "temperature": 0.2, "messages": [{"role": "system", "content": '
        '"You are a prior-authorization assistant. Cite CPT and ICD-10 codes."}, {"role": "user", "content": '
        '"Draft a PA letter for this patient:\\nName: «name»\\nDOB: «dob»\\nMember ID: «member» '
        "(‹WellCare›)\\nAddress: «street», «town», LA «zip»\\nPhone: «us_phone»\\n"
        + "Dx: ‹G40.909›; failed «drug1» and «drug2»\\nRequested: EEG (‹95816›) and «drug3»\\n"
        'Seen «visit» and «visit2» at ‹Sleep Lab›."}]}',
    ),
    (
        "ndjson_applog",
        ["us", "br", "nl"],
        "us",
        "ndjson",
        2,
        '{"ts": "2025-02-11T03:20:01.118Z", "level": "info", "svc": "intake", "msg": "form submitted", '
        '"patient": {"name": "«name»", "dob": "«dob_iso»", "phone": "«us_phone»"}, "client_ip": "«ipv4»"}\n'
        '{"ts": "2025-02-11T03:20:01.502Z", "level": "warn", "svc": "intake", "msg": "address not geocoded: '
        '«street», «town» «zip»", "http": "‹429 Too Many Requests›"}\n'
        '{"ts": "2025-02-11T03:20:02.044Z", "level": "error", "svc": "eligibility", "msg": "payer timeout '
        'for member «member» (SSN «ssn4»)", "upstream": "‹503 Service Unavailable›", "build": "«commit»"}\n',
    ),
    (
        "sms_batch",
        ["tr", "pl", "us", "vi"],
        None,
        "text",
        2,
        "outbound_sms.csv (gateway ‹v3.2.1›)\nto,body\n"
        '«mobile»,"«given»: reminder -- «dept» on «visit» at ‹08:00›. Reply C to confirm."\n'
        '«phone»,"Hi «rel_given», «given»\'s ride is booked from «street». Questions? «fax»"\n',
    ),
    (
        "nl_ontslagbericht",
        ["nl", "nl"],
        None,
        "text",
        2,
        "ONTSLAGBERICHT ‹afdeling Cardiologie›\n\nGeachte collega,\n\nUw patiënt(e) «name», geboren «dob», "
        + "BSN «bsn», wonende «street», «zip» «town», werd opgenomen van «visit» tot «visit2».\n"
        "Reden: atriumfibrilleren (‹I48.0›). Lab: «lab1». Medicatie bij ontslag: «drug1», «drug2».\n"
        + "Contactpersoon: «rel», tel. «mobile». Zorgverzekeraar: ‹Zilveren Kruis›.\n"
        "Controle op de polikliniek over ‹2 weeks› (op een ‹Wednesday›).\n\nMet collegiale groet,\nH. "
        "Veenstra, cardioloog\n",
    ),
    (
        "pl_skierowanie",
        ["pl", "pl"],
        None,
        "text",
        2,
        "SKIEROWANIE do ‹Poradnia Kardiologiczna›\nPacjent: «name»\nPESEL: «pesel»\n"
        "Adres: «street», «zip» «town» («region_text»)\nTel.: «phone»\n"
        "Rozpoznanie: ‹I21.4› -- zawał NSTEMI, hospitalizowany od «visit» r.\nWyniki: «lab1», «lab2».\n"
        + "Leki: «drug1», «drug2». Opiekun: «rel» (córka/syn), e-mail «email».\nPłatnik: ‹NFZ›. "
        "Data wystawienia: «visit2» r.\nlek. med. Anna Wiśniewska\n",
    ),
    (
        "tr_recete",
        ["tr", "tr"],
        None,
        "text",
        2,
        "e-REÇETE\nHasta Adı Soyadı: «name»\nT.C. Kimlik No: «tckn»\nDoğum Tarihi: «dob»\n"
        "Adres: «street» «zip» «town»/«region_text»\nCep: «mobile»\nKurum: ‹SGK›  Tanı: ‹E11.9›\n"
        + "1) «drug1» -- günde 1 x 1, sabah ‹08:00›\n2) «drug2» -- ‹for 5 days›\nReçete No: «claim»  Tarih: "
        "«visit»\n"
        "Yakını: «rel» («phone»)\n",
    ),
    (
        "vi_don_thuoc",
        ["vi", "vi"],
        None,
        "text",
        2,
        "ĐƠN THUỐC\nHọ tên: «name»    Ngày sinh: «dob»\nCCCD: «cccd»    Mã thẻ BHYT: «member»\n"
        + "Địa chỉ: «street», «town», «region_text»\nĐiện thoại: «mobile»\n"
        "Chẩn đoán: ‹E11.9› -- Đái tháo đường type 2; «lab1»\n1. «drug1» -- uống ‹08:00›\n2. «drug2»\n"
        "Ngày khám: «visit»    Tái khám: «visit3»\nNgười nhà: «rel», SĐT «phone»\n",
    ),
    (
        "br_atestado",
        ["br", "br"],
        None,
        "text",
        2,
        "ATESTADO MÉDICO\n\nAtesto, para os devidos fins, que o(a) Sr(a). «name», CPF «cpf», CNS «cns», "
        + "residente à «street», «town»/«region_text», CEP «zip», esteve sob meus cuidados no "
        + "‹Pronto-Socorro› em «visit», devendo afastar-se de suas atividades ‹for 3 weeks›. CID ‹J11.1›.\n"
        "Contato: «mobile» / «email».\n\n«town», «visit2».\nDr. Paulo Mendes -- CRM-CE 12044\n",
    ),
    (
        "ng_clinic_card",
        ["yo", "yo"],
        None,
        "text",
        2,
        "OUTPATIENT CLINIC CARD -- General Outpatient Department\nHospital No: «mrn»   NHIS No: «nhis»\n"
        + "NIN: «nin»\nName: «FAMILY», «given»\nDate of Birth: «dob»\nAddress: «street», «town», "
        "«region_text»\n"
        "Phone: «mobile»\nNext of Kin: «rel» («phone»)\nVisit «visit»: BP 168/102, «lab1». Rx «drug1», "
        "«drug2» ‹x 10 days›. Review on a ‹Friday›.\n",
    ),
    (
        "in_opd_card",
        ["hi", "hi"],
        None,
        "text",
        2,
        "OPD CARD -- ‹Cardiology OPD›\nUHID: «mrn»   Aadhaar: «aadhaar»   PM-JAY ID: «ayushman»\n"
        "Name: «name»   D/o-S/o: «rel»\nDOB: «dob»   Mob: «mobile»\n"
        "Addr: «street», «town», «region_text» - «zip»\nC/o chest pain ‹48 hours›. «lab1», «lab2».\n"
        + "Adv: «drug1» OD, «drug2» HS. Review «visit3».\n",
    ),
    (
        "hi_parcha",
        ["hi_dev", "hi_dev"],
        None,
        "text",
        2,
        "पर्चा -- ‹हृदय रोग विभाग›\nनाम: «name»\nपिता/पति का नाम: «rel»\nजन्म तिथि: «dob»\n"
        "पता: «street», «town», «region_text» «zip»\nमोबाइल: «mobile»\nआधार: «aadhaar»\n"
        "निदान: ‹I10› ; दवा: «drug1»\nदिनांक: «visit»\n",
    ),
    (
        "sa_referral",
        ["ar", "ar"],
        None,
        "text",
        2,
        "REFERRAL -- ‹Diabetes Center›\nPatient: «name»   National ID: «saudi_id»\nFile No.: «mrn»   "
        "Insurance: ‹Bupa Arabia› policy «member»\nDOB: «dob»   Mobile: «mobile»\n"
        "National address: «street», «town» «zip», «region_text»\nGuardian: «rel» («phone»)\n"
        "Uncontrolled T2DM, «lab1», «lab2». On «drug1» + «drug2». Seen «visit».\n",
    ),
    (
        "ar_native_report",
        ["ar_nat", "ar_nat"],
        None,
        "text",
        2,
        "تقرير طبي\nالاسم: «name»\nرقم الهوية: «saudi_id»\nتاريخ الميلاد: «dob»\n"
        "العنوان: «street»، «town» «zip»\nالجوال: «mobile»\nولي الأمر: «rel»\n"
        + "التشخيص: ‹E11.9› -- «drug1»\nتاريخ الزيارة: «visit»\n",
    ),
    (
        "gr_vevaiosi",
        ["el", "el"],
        None,
        "text",
        2,
        "ΙΑΤΡΙΚΗ ΒΕΒΑΙΩΣΗ -- ‹Καρδιολογική Κλινική›\nΟνοματεπώνυμο: «name»\nΑΜΚΑ: «amka»\n"
        "Ημερομηνία γέννησης: «dob»\nΔιεύθυνση: «street», ΤΚ «zip», «town»\nΤηλ.: «mobile»\n"
        "Νοσηλεύτηκε από «visit» έως «visit2» με διάγνωση ‹I48.0›. Αγωγή: «drug1», «drug2».\n"
        + "Συγγενής: «rel», τηλ. «phone». Ασφάλιση: ‹ΕΟΠΥΥ›.\n",
    ),
    (
        "ru_napravlenie",
        ["ru", "ru"],
        None,
        "text",
        2,
        "НАПРАВЛЕНИЕ на госпитализацию (‹Кардиологическое отделение›)\nФИО: «name»\nДата рождения: «dob»\n"
        "СНИЛС: «snils»\nПолис ‹ОМС›: «oms»\nАдрес: «zip», «town», «street»\nТел.: «mobile»\n"
        + "Диагноз: ‹I21.4›. «lab1». Принимает «drug1».\nДата направления: «visit»\n"
        + "Контактное лицо: «rel», «phone»\n",
    ),
    (
        "he_michtav",
        ["he", "he"],
        None,
        "text",
        2,
        "מכתב שחרור -- ‹מחלקה פנימית ב›\nשם המטופל: «name»\nת.ז.: «tz»\nתאריך לידה: «dob»\n"
        "כתובת: «street», «town» «zip»\nטלפון: «mobile»\nקרוב משפחה: «rel», «phone»\n"
        + "אבחנה: ‹J18.9›. טיפול: «drug1». תאריך קבלה: «visit», שחרור: «visit2».\n",
    ),
]


def make_doc(
    seed: int, index: int, kind: str, culture: str, region: str | None, fmt: str, template: str
) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    for attempt in range(20):
        rng = random.Random(f"phigate-probe4:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture, region)
        english = region == "us" or culture in ("yo", "hi", "ar", "us")
        slots: dict[str, Slot] = {**p, **extras(rng, culture, english)}
        for extra in ("p2", "p3"):
            if f"«{extra}_" in template:
                q = person(
                    rng,
                    rng.choice(
                        [c for c in NAMES if c != culture and NAMES[c][4] in ("us", "nl", "ng", "pl", "tr")]
                    ),
                    region,
                )
                slots.update({f"{extra}_{k}": v for k, v in q.items()})
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    return doc  # still ambiguous after 20 draws: problems() reports it (test_probe4 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures."""
    return [
        make_doc(seed, i, kind, cultures[i % len(cultures)], region, fmt, t)
        for kind, cultures, region, fmt, n, t in TEMPLATES
        for i in range(n)
    ]
