"""Twentieth independent probe corpus: what an outside evaluator of a de-identification tool would build.

36 labelled documents in 18 kinds per seed, two of each, in two families.

1. i2b2 / n2c2-style clinical notes (ten kinds), the shape of the classic de-identification benchmark:
   US hospital notes with dictation headers ("ADMISSION DATE:", "Record date: 2091-03-14"), all-caps
   headings, "DR. SURNAME", "Given M. Surname, M.D.", signature blocks, "cc:" lines, dictation trailers
   ("DD: ... DT: ... JOB#: ..."), pagers, device serials, plan numbers. Dates are shifted into the future
   (years 2068-2140) the way the i2b2/n2c2 surrogates shift them. Kinds: a dictated discharge summary,
   a longitudinal clinic visit ("Record date:"), a chest CT report, a surgical pathology report, a consult
   letter ("Dear Dr. ..."), an ED attending note for a patient over 89, a pacemaker device-clinic note, an
   operative report with implants, a case-management discharge plan and a telephone encounter.
2. PII-benchmark-style short texts (eight kinds), like template-based PII evaluation sets adapted to
   health care: member-services messages, a JSONL file of single sentences, web intake forms, chatbot
   transcripts with lower-case and ALL-CAPS names, voicemail speech-to-text (spoken dates and numbers),
   short e-mails with signatures, a JSON array of intake records, and a call-centre verification log.
   Each document holds several people drawn independently (own name lists, tests/engine/probe20/people.py)
   with addresses, phones and identifiers in 23 countries' local formats; every message is drawn from a
   pool of sentence templates of our own, so a seed draws other wordings.

Template language: tests/engine/probe's `«slot»` (PHI or text) and `‹literal›` (harmless, must survive);
`⟦pool⟧` is first replaced by a phrase drawn from POOLS (itself written with ‹...› and «...»). Slots of a
person carry a prefix: `p_` the patient, `r1_`..`r3_` relatives or contacts, `d1_`..`d4_` clinicians, and
in the short texts `m<i>_` the person of message i. Date slots are `<event>_<format>` (people.date_forms).
The `render`, `Doc`, `bounded`, `name_parts` and `problems` of tests/engine/probe are reused.

Labelling policy (decided before any measurement):
- PHI (i2b2 categories mapped to the kit's types): patients', relatives', contacts' AND clinicians' names
  (NAME, as i2b2 labels DOCTOR; every rendering labelled as it appears: "SURNAME, GIVEN", "Given M.
  Surname", a surname after "Dr."/"Mr.", lower-case and ALL-CAPS forms in the short texts); usernames and
  transcriptionists' initials (USERNAME); phones, pagers (PHONE) and fax numbers (FAX); e-mail addresses
  (EMAIL); record and unit numbers (MRN); national numbers, SSNs, accession, job, dictation and account
  numbers (ID, ACCOUNT); plan and member numbers, Medicare MBIs (HEALTH_PLAN); device serial and lot numbers
  (DEVICE); every date more specific than a year, including a month with its year ("March 2091") and a
  day without a year ("3/14", "March 14th") (DATE); an age over 89 in digits or words (AGE); the street
  line, town and landmark of a patient, relative, clinic or practice (ADDRESS, as i2b2 labels STREET, CITY
  and LOCATION-OTHER) and the postcode (ZIP).
- Keep (must survive): hospital, clinic, nursing-home, pharmacy, insurer and software names
  (Safe Harbor lets organisations stay; i2b2 would label hospitals, this probe does not); departments and
  services; drugs with doses, lab values, ICD-10 and CPT codes; diagnoses, clinical eponyms, device makes
  and models; weekdays, a month alone, a year alone; ages under 90; US states and countries named in prose.
- Plain text (not scored): a state or region, county or country written inside a postal address (part of
  an address line; neither leak nor loss), times of day, ticket and queue numbers of the short texts.
- No name word, town or street is used by probes 1-17 or 19 (test_probe20), and no name word is a word of a
  keep value, so each label is unambiguous; a draw that makes a label ambiguous is re-drawn.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe20 import ids
from tests.engine.probe20.people import (
    COUNTRIES,
    K,
    P,
    Slot,
    address,
    date_forms,
    fill,
    person,
    us_person_short,
)

__all__ = ["POOLS", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

_POOL = re.compile(r"⟦(\w+)⟧")

# ---- harmless vocabulary -----------------------------------------------------------------------------------

DRUGS = [
    "metoprolol succinate 50 mg daily", "lisinopril 40 mg daily", "atorvastatin 80 mg qHS",
    "furosemide 40 mg IV BID", "insulin glargine 22 units qHS", "aspirin 81 mg daily",
    "clopidogrel 75 mg daily", "apixaban 5 mg BID", "pantoprazole 40 mg daily", "levothyroxine 88 mcg daily",
    "metformin 1000 mg BID", "gabapentin 600 mg TID", "tamsulosin 0.4 mg qHS", "sertraline 100 mg daily",
    "albuterol MDI 2 puffs q4h PRN", "vancomycin 1 g IV q12h", "ceftriaxone 1 g IV q24h",
    "oxycodone 5 mg q6h PRN", "heparin 5000 units SC TID", "KCl 20 mEq PO daily",
    "enoxaparin 40 mg SC daily", "prednisone 40 mg daily", "Lasix 80 mg PO daily", "Coumadin 5 mg qPM",
    "NPH insulin 14 units BID", "amiodarone 200 mg daily", "donepezil 10 mg qHS", "Eliquis 2.5 mg BID",
    "carvedilol 6.25 mg BID", "spironolactone 25 mg daily",
]  # fmt: skip
LABS = [
    "Na 134", "K 5.2", "creatinine 1.8", "BUN 42", "WBC 14.6", "Hct 31.2", "platelets 412", "INR 2.7",
    "troponin I 0.31", "BNP 2,215", "HbA1c 9.6%", "LDL 142", "TSH 0.02", "lactate 3.4", "glucose 287",
    "ALT 88", "lipase 1,120", "ESR 64", "albumin 2.9", "Mg 1.6",
]  # fmt: skip
ICD = [
    "I21.4", "N17.9", "E11.22", "J96.01", "I50.23", "K85.10", "C34.11", "M48.06", "Z95.0", "I48.91", "J44.1",
    "L03.116", "K56.609", "R55",
]  # fmt: skip
CPT = [
    "99223", "93306", "71260", "33208", "47562", "88305", "27130", "93288", "99285", "88307",
]  # fmt: skip
DX = [
    "Non-ST elevation myocardial infarction", "Acute on chronic diastolic heart failure",
    "Community-acquired pneumonia", "Type 2 diabetes mellitus with nephropathy",
    "Atrial fibrillation with rapid ventricular response",
    "Chronic obstructive pulmonary disease exacerbation", "Acute kidney injury", "Small bowel obstruction",
    "Gallstone pancreatitis", "Cellulitis of the left lower extremity", "Urosepsis",
    "Symptomatic bradycardia",
]  # fmt: skip
EPONYMS = [
    "Crohn's disease", "Graves' disease", "Barrett's esophagus", "Parkinson's disease",
    "Alzheimer's dementia", "Raynaud's phenomenon", "Sjögren's syndrome", "Hodgkin lymphoma",
    "Paget's disease of bone", "Dupuytren's contracture", "Meniere's disease", "Addison's disease",
    "Cushing's syndrome", "Guillain-Barré syndrome", "Wolff-Parkinson-White syndrome", "Mallory-Weiss tear",
    "Zenker's diverticulum", "Charcot foot", "Hashimoto's thyroiditis", "Takayasu arteritis",
]  # fmt: skip
PROCEDURES = [
    "Roux-en-Y gastric bypass", "Whipple procedure", "Nissen fundoplication", "CABG x3", "TAVR",
    "laparoscopic cholecystectomy", "ERCP with sphincterotomy", "Hartmann's procedure",
]  # fmt: skip
HOSPITALS = [
    "Massachusetts General Hospital", "Beth Israel Deaconess Medical Center", "Tufts Medical Center",
    "Boston Medical Center", "South Shore Hospital", "Lowell General Hospital", "Baystate Medical Center",
    "UMass Memorial Medical Center", "Newton-Wellesley Hospital", "Rhode Island Hospital",
    "Dartmouth Hitchcock Medical Center", "Maine Medical Center", "Hartford Hospital",
    "Mount Auburn Hospital", "Emerson Hospital", "Sturdy Memorial Hospital",
    "Lahey Hospital & Medical Center", "Anna Jaques Hospital", "Signature Healthcare Brockton Hospital",
    "Melrose-Wakefield Hospital",
]  # fmt: skip
FACILITIES = [
    "Hebrew SeniorLife", "Spaulding Rehabilitation Hospital", "Whittier Rehabilitation Hospital",
    "Youville House", "New England Sinai Hospital", "Quincy Bay Skilled Nursing",
]  # fmt: skip
DEPTS = [
    "Cardiology", "Cardiac Surgery", "Interventional Radiology", "General Medicine", "Orthopaedic Surgery",
    "Endocrinology", "Gastroenterology", "Pulmonary and Critical Care", "Neurology", "Infectious Disease",
    "Hematology/Oncology", "Geriatrics", "Nephrology",
]  # fmt: skip
WEEKDAYS = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
]  # fmt: skip
# no "May": a modal verb as often as a month
MONTHS = [
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December",
]  # fmt: skip
STATES = [
    "Florida", "Arizona", "South Carolina", "Ohio", "Texas", "New Mexico", "Puerto Rico", "North Carolina",
    "Pennsylvania", "Nevada",
]  # fmt: skip
LANDS = [
    "Portugal", "Cape Verde", "Haiti", "Vietnam", "Guatemala", "Italy", "Ghana", "El Salvador", "Brazil",
    "Dominican Republic", "Cambodia", "Greece",
]  # fmt: skip
SOFTWARE = [
    "Epic", "LMR", "Cerner PowerChart", "MEDITECH", "Dragon Medical One", "PACS", "MyChart", "UpToDate",
]  # fmt: skip
EMPLOYERS = [
    "Raytheon", "General Dynamics", "Market Basket", "Stop & Shop", "Fidelity Investments", "the MBTA",
    "Polaroid", "Gillette",
]  # fmt: skip
PHARMACIES = [
    "CVS Pharmacy", "Walgreens", "Rite Aid", "Costco Pharmacy",
]  # fmt: skip
LANDMARKS = [
    "Lake Winnipesaukee", "Martha's Vineyard", "the Berkshires", "Nantucket", "Block Island",
    "Mount Monadnock", "Walden Pond", "Crane Beach",
]  # fmt: skip
PACERS = [
    "Medtronic Azure XT DR MRI", "Boston Scientific Accolade MRI", "Abbott Assurity MRI",
    "Biotronik Enitra 8 DR-T",
]  # fmt: skip
LEADS = [
    "Medtronic CapSureFix Novus 5076", "Boston Scientific Ingevity+", "Abbott Tendril STS",
]  # fmt: skip
REMOTES = [
    "CareLink", "LATITUDE", "Merlin.net", "Home Monitoring",
]  # fmt: skip
IMPLANTS = [
    "Stryker Accolade II", "DePuy Pinnacle", "Zimmer Biomet Taperloc", "Smith & Nephew R3",
]  # fmt: skip
# hospitals of the short texts' countries
INTL_HOSPITALS = {
    "UK": ["Royal Lancaster Infirmary", "Furness General Hospital", "Musgrove Park Hospital",
           "Derriford Hospital"],
    "IE": ["Sligo University Hospital", "University Hospital Kerry", "Portiuncula University Hospital"],
    "CA": ["Royal Inland Hospital", "Kingston Health Sciences Centre", "Hôtel-Dieu de Lévis"],
    "AU": ["Royal Darwin Hospital", "Townsville University Hospital", "Flinders Medical Centre"],
    "NZ": ["Dunedin Hospital", "Palmerston North Hospital", "Hutt Hospital"],
    "IN": ["Apollo Hospitals", "Narayana Health City", "JSS Hospital", "KEM Hospital"],
    "NG": ["Lagos University Teaching Hospital", "University of Nigeria Teaching Hospital"],
    "KE": ["Moi Teaching and Referral Hospital", "Coast General Teaching and Referral Hospital"],
    "ZA": ["Chris Hani Baragwanath Academic Hospital", "Livingstone Hospital", "Tygerberg Hospital"],
    "PH": ["Vicente Sotto Memorial Medical Center", "Southern Philippines Medical Center"],
    "BR": ["Hospital Moinhos de Vento", "Santa Casa de Misericórdia", "Hospital Israelita Albert Einstein"],
    "MX": ["Hospital Star Médica Morelia", "Hospital Ángeles Metropolitano"],
    "DE": ["Universitätsklinikum Freiburg", "Klinikum Oldenburg"],
    "FR": ["CHU de Rennes", "Hôpital Lariboisière"],
    "JP": ["Kameda Medical Center", "Kurume University Hospital"],
    "KR": ["Ajou University Hospital", "Chonnam National University Hospital"],
    "PL": ["Szpital Uniwersytecki w Krakowie"],
    "NL": ["Radboudumc", "Maastricht UMC+"],
    "ES": ["Hospital Universitario Virgen del Rocío", "Hospital Clínic de Barcelona"],
    "JO": ["Prince Hamzah Hospital", "Jordan University Hospital"],
    "TR": ["Hacettepe Üniversitesi Hastanesi"],
}  # fmt: skip
INTL_DRUGS = [
    "amlodipine 2.5 mg", "paracetamol 500 mg", "salbutamol 100 mcg via spacer", "esomeprazole 40 mg",
    "insulin aspart", "losartan 25 mg", "cetirizine 10 mg", "amoxicillin 500 mg", "levetiracetam 500 mg",
    "Ventolin Evohaler", "Januvia 100 mg", "Ozempic 1 mg", "Synthroid 50 mcg", "Crestor 10 mg",
]  # fmt: skip
INTL_DX = ["asthma", "type 1 diabetes", "hypertension", "epilepsy", "COPD", "hypothyroidism", "migraine",
           "Crohn's disease", "sickle cell disease", "Graves' disease"]  # fmt: skip
APPS = ["MyChart", "the NHS App", "WhatsApp", "Zoom", "Teams", "FollowMyHealth", "Healow"]

# phrases drawn per document (`⟦name⟧`), each written in the template language
POOLS: dict[str, list[str]] = {
    "exam_cv": [
        "JVP 9 cm, bibasilar crackles, 2+ pitting edema to the knees",
        "irregularly irregular, no murmur, lungs clear, trace edema",
        "S4 present, soft systolic murmur at the apex, lungs with scattered wheezes",
    ],
    "ct_finding": [
        "Filling defects in the right lower lobe segmental arteries consistent with acute pulmonary "
        "embolism. "
        "RV/LV ratio 1.1",
        "A 2.3 cm spiculated mass in the right upper lobe with ipsilateral hilar adenopathy",
        "Bilateral lower lobe consolidation with small pleural effusions; no pulmonary embolism",
    ],
    "path_dx": [
        "Prostatic adenocarcinoma, ‹Gleason score 4+3=7› (Grade Group 2), involving 4 of 12 cores",
        "Invasive ductal carcinoma, ‹Nottingham grade 3›, 1.6 cm, margins negative",
        "Tubular adenoma with low-grade dysplasia; no ‹Barrett› mucosa identified",
        "Chronic cholecystitis with cholelithiasis; ‹Rokitansky-Aschoff sinuses› present",
    ],
    "ed_exam": [
        "‹GCS 14›, oriented to self only, 4 cm scalp laceration over the left occiput",
        "‹GCS E4V5M6›, shortening and external rotation of the right leg, neurovascularly intact",
        "‹GCS E3V4M6›, dry mucous membranes, ecchymosis over the left hip",
    ],
}


def _pool_fill(rng: random.Random, template: str) -> str:
    return _POOL.sub(lambda m: rng.choice(POOLS[m.group(1)]), template)


# ---- numbers in words (ages over 89, spoken dates and phones) -------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
"nine": "ninth",
        "twelve": "twelfth"}  # fmt: skip


def words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    return f"{_ONES[n // 100]} hundred" + (f" and {words(n % 100)}" if n % 100 else "")


def ordinal_words(n: int) -> str:
    w = words(n)
    last = w.split("-")[-1]
    head = w[: len(w) - len(last)]
    if last in _ORD:
        return head + _ORD[last]
    return head + (last[:-1] + "ieth" if last.endswith("y") else last + "th")


def year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return f"two thousand {_ONES[y - 2000]}" if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return f"{words(hi)} {'oh ' + _ONES[lo] if 0 < lo < 10 else words(lo) if lo else 'hundred'}"


def spoken_date(d: date, with_year: bool = True) -> str:
    month = date_forms(d)["dmyl"].split()[1].lower()
    return f"{month} {ordinal_words(d.day)}" + (f" {year_words(d.year)}" if with_year else "")


def spoken_digits(s: str) -> str:
    names = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
    "7": "seven",
             "8": "eight", "9": "nine"}  # fmt: skip
    return " ".join(names[c] for c in s if c.isdigit())


# ---- templates -------------------------------------------------------------------------------------------
# (kind, family, format, options, body). i2b2 bodies are one template; the short texts' bodies are pools of
# message templates (slots without prefix: the message's own person), `options["n"]` messages per document
# and `options["wrap"]` the frame of each message ({i} its number, {msg} the message).

I2B2: list[tuple[str, str, str, dict, str]] = [
    (
        "n2c2_discharge_summary_dictated",
        "i2b2",
        "text",
        {},
        "«HOSPITAL_UP»\n\n‹DISCHARGE SUMMARY›\n\nPATIENT: «p_NAME_INV»                UNIT NO: «mrn»\n"
        "ADMISSION DATE: «adm_us»             DISCHARGE DATE: «dis_us»\n"
        "DATE OF BIRTH: «p_dob_us»            ACCT #: «acct»\n"
        "ATTENDING: «d1_NAME_INV», M.D.\nSERVICE: «dept»\n\n"
        "PRINCIPAL DIAGNOSIS: «dx1»\nASSOCIATED DIAGNOSES: «dx2»; «epon1».\n\n"
        "HISTORY OF PRESENT ILLNESS: The patient is a «agephrase» «p_sexword» from «p_town» with «epon1» "
        "who was in "
        "«p_his» usual state of health until «onset_mdth», when «p_he» noted progressive dyspnea on "
        "exertion. «p_He» "
        "was seen by «p_his» primary care physician, Dr. «d2_family», on «prior1_usn» and «drug1» was "
        "started. "
        "«p_He» presented to the «hospital» Emergency Department on «adm_long» with «lab1» and «lab2».\n\n"
        "HOSPITAL COURSE: «p_He» was diuresed and on hospital day 3 («proc_md») underwent TTE (CPT «cpt»). "
        "Dr. «d3_family» of ‹Cardiology› was consulted. Discharge «lab3».\n\n"
        "SOCIAL HISTORY: Lives with «p_his» «r1_rel» «r1_name» at «p_addr». Worked for «employer» until "
        "«year». "
        "Family is originally from «land».\n\n"
        "DISCHARGE MEDICATIONS: «drug1»; «drug2»; «drug3»; «drug4».\n\n"
        "FOLLOW-UP: Dr. «d2_family» on «fu_mdth», telephone «clinic_phone». ‹Cardiology› clinic with DR. "
        "«d3_FAMILY» on «fu2_abbr».\n\nCONDITION ON DISCHARGE: Stable.\n\n"
        "________________________________\n«d1_name_mi», M.D.\n\n"
        "DICTATED BY: «d4_NAME_INV», M.D.\nDD: «dd_us»\nDT: «dt_us»\nJOB#: «job»\nTR: «tr»\n"
        "eScription document: «escr»\n\ncc: «d2_name_mi», M.D.\n    «d3_init_family», M.D., «hospital2»\n",
    ),
    (
        "n2c2_record_date_longitudinal_visit",
        "i2b2",
        "text",
        {},
        "Record date: «rec_iso»\n\n«hospital»\n‹General Internal Medicine Practice›\n«clinic_addr»\n"
        "Tel «clinic_phone»\n\n                                        «p_name»\n"
        "                                        MRN «mrn»\n                                        "
        "«rec_uss»\n\n"
        "«p_mr» «p_family» returns for follow-up of «dx1» and «epon1». Since «p_his» last visit on "
        "«prior1_md» "
        "«p_he» has been checking fingersticks twice a day. «p_He» spent most of «month» in «state» with "
        "«p_his» "
        "«r1_rel», «r1_given», and ran out of «drug2» there.\n\n"
        "PMH: «epon1»; «dx2»; s/p «proc_k» («year»).\nMeds: «drug1»; «drug2»; «drug3».\n"
        "Exam: BP 142/78, HR 76, Wt 203 lb. ⟦exam_cv⟧.\nLabs «prior2_uss»: «lab1», «lab2», «lab3».\n\n"
        "A/P:\n1. «dx1»: increase «drug1». Recheck «lab4» before next visit.\n"
        "2. Foot care: referred to Dr. «d2_name» (podiatry, «clinic2_phone»), appointment «fu_md».\n"
        "3. HCM: flu shot given today. ‹ICD-10› «icd1».\n\n"
        "______________________________\n«d1_name_mi», M.D.\nPager «pager»\n"
        "Transcribed by: «tr»  «dt_uss»\n",
    ),
    (
        "n2c2_radiology_chest_ct_signed",
        "i2b2",
        "text",
        {},
        "«HOSPITAL_UP» - ‹DEPARTMENT OF RADIOLOGY›\n\n"
        "Patient: «p_NAME_INV»     MRN: «mrn»     DOB: «p_dob_us»     Age/Sex: «age_y»/«p_sexletter»\n"
        "Exam: CT CHEST WITH CONTRAST (CTPA)     Accession #: «accession»\nExam date: «proc_us» 14:12\n"
        "Ordering physician: «d2_NAME_INV», MD  (Pager «pager»)\nLocation: ‹Medical ICU› / Bed 12\n\n"
        "CLINICAL INDICATION: «agephrase» with «dx1», new hypoxia. Evaluate for PE.\n\n"
        "COMPARISON: «prior2_us». Outside CT from «hospital2» dated «prior1_dmy» (images in «software»).\n\n"
        "TECHNIQUE: Axial images from the thoracic inlet through the adrenals after 80 mL ‹Isovue 370›. "
        "DLP 412 mGy-cm.\n\nFINDINGS: ⟦ct_finding⟧. ‹Hampton hump› in the right lower zone. Coronary "
        "calcification.\n\n"
        "IMPRESSION:\n1. See findings.\n2. Discussed by telephone with Dr. «d2_family» at 15:40 on "
        "«proc_mdth» "
        "by DR. «d3_FAMILY».\n\nTechnologist: «tech»\nDictated by: «d3_name», M.D.\n"
        "Electronically signed: «d1_name_mi», M.D. «esign_abbr» 16:02\n",
    ),
    (
        "n2c2_surgical_pathology_accession",
        "i2b2",
        "text",
        {},
        "‹SURGICAL PATHOLOGY REPORT›                        «HOSPITAL_UP»\n"
        "Accession No: «accession»              Received: «proc_us»\n"
        "Patient: «p_NAME_INV»                  MRN: «mrn»\nDOB: «p_dob_usn» («age_y»)   Sex: «p_sexletter»\n"
        "Submitting physician: «d2_name_mi», M.D. (‹General Surgery›)\n"
        "Copy to: «d3_name_mi», M.D., «hospital2»\n\n"
        "CLINICAL HISTORY: «agephrase» «p_sexword» with «epon1»; procedure on «proc_longth».\n\n"
        "GROSS DESCRIPTION: Received in formalin in two containers labeled with the patient's name "
        "(«p_NAME_UP») and medical record number. Gross by «tr».\n\n"
        "MICROSCOPIC DESCRIPTION: Sections examined; see diagnosis. Intradepartmental consultation with Dr. "
        "«d4_family», who agrees.\n\n"
        "FINAL DIAGNOSIS:\n⟦path_dx⟧.\n\nCPT: «cpt»   ‹ICD-10›: «icd1»\n\n"
        "Pathologist: «d1_name», M.D.\nSigned out «esign_longth»\n"
        "Slides returned to «hospital2» per request of «p_init_family» on «fu_dmy».\n",
    ),
    (
        "n2c2_consult_letter_dear_dr",
        "i2b2",
        "text",
        {},
        "«hospital»\n‹Division of› «dept»\n«clinic_addr»\nTel «clinic_phone»   Fax «clinic_fax»\n\n"
        "«letter_long»\n\n«d2_name_mi», M.D.\n«gp_addr»\n\n"
        "Re: «p_name»\nDOB: «p_dob_us»\nMRN: «mrn»\n\nDear Dr. «d2_family»:\n\n"
        "Thank you for asking me to see «p_mr» «p_family», a «agephrase» retired machinist from «p_town», in "
        "consultation on «visit_long» regarding «epon1». «p_He» was first told of this in «year» while "
        "living in «land», and was last seen by Dr. «d3_name» at «hospital2» on «prior2_abbr».\n\n"
        "«p_He» lives with «p_his» «r1_rel», «r1_given», and «p_his» «r2_rel» «r2_name» (a nurse at "
        "«hospital2») "
        "came with «p_him» today. Current medications: «drug1», «drug2», «drug3».\n\n"
        "Examination was notable for a positive ‹Hoover sign› on the left. «lab1»; «lab2».\n\n"
        "I have asked «p_him» to return on «fu_abbr» after repeat labs. Please feel free to call me at "
        "«clinic_phone2» or e-mail «d1_email».\n\nSincerely,\n\n\n«d1_name», M.D.\n\n"
        "cc: «p_name»\n    «p_addr»\n",
    ),
    (
        "n2c2_ed_attending_note_elderly",
        "i2b2",
        "text",
        {"old": True},
        "ED ATTENDING NOTE\n«hospital» ‹Emergency Department›\n"
        "Patient: «p_name_inv_mi»    MRN: «mrn»    Arrival: «adm_us» 02:41\n"
        "PCP: «d2_name_mi», MD      Insurance: ‹Medicare› «mbi»\n\n"
        "I saw and evaluated the patient with Dr. «d4_family» (resident) and agree with «d4_his» findings "
        "except as noted.\n\n"
        "HPI: «age_words» «p_sexword» (DOB «p_dob_us») from «facility» brought in by ambulance after an "
        "unwitnessed fall at about midnight. Per «p_his» «r1_rel» «r1_name» (HCP, «r1_phone»), «p_he» has "
        "been "
        "more confused since «weekday». Staff report «p_he» was last normal at 21:00 «adm_mdth».\n\n"
        "PMH: «epon1», «dx2», ‹CKD stage 4›.\nMeds per facility list: «drug1», «drug2», «drug3».\n"
        "Exam: ⟦ed_exam⟧.\n"
        "ED course: CT head and C-spine negative. «lab1», «lab2». UA positive; «drug4» given.\n\n"
        "Impression: «age_yo» «p_sexletter» with fall, delirium, UTI.\n"
        "Dispo: admit to ‹General Medicine›, Dr. «d3_name» accepting. DNR/DNI confirmed with HCP by phone "
        "(«r1_phone»); «p_his» «r2_rel» «r2_name» also called from «state».\n\n"
        "«d1_name», MD   ‹Attending Physician›   pager «pager»\n",
    ),
    (
        "n2c2_cardiology_device_clinic",
        "i2b2",
        "text",
        {},
        "«HOSPITAL_UP» ‹CARDIAC ELECTROPHYSIOLOGY› - DEVICE CLINIC NOTE\nDate of visit: «visit_abbr»\n"
        "Patient: «p_name»   MRN: «mrn»   DOB: «p_dob_uss»\n"
        "Referring: «d2_init_family», MD («d2_office»)\n"
        "Insurance: «p_plan_label» «p_plan»; secondary ‹Medicare› «mbi»\n\n"
        "Device: «pacer» dual-chamber pacemaker, SN «dev1», implanted «prior2_us» by Dr. «d3_family» at "
        "«hospital2» for «dx_brady».\nLeads: RA «lead» SN «dev2»; RV «lead» SN «dev3».\n"
        "Remote monitoring: «remote» transmitter, serial «dev4»; last transmission «prior1_md».\n\n"
        "Interrogation: battery 8.5 years; RA 0.7 V @ 0.4 ms, RV 0.9 V @ 0.4 ms; AP 62%, VP 3%; 2 mode "
        "switches, longest 4 min on «prior1_mdth».\n\n"
        "Social: drives; lives with «p_his» «r1_rel» «r1_name» in «p_town». Cell «p_phone».\n"
        "«drug1»; «drug2». «lab1».\n\n"
        "Plan: remote check in 3 months («remote»), device clinic «fu2_longth». ‹CPT› «cpt».\n\n"
        "«d1_name_mi», MD, FHRS\nNote authored by: «d1_username»\n",
    ),
    (
        "n2c2_operative_report_implant",
        "i2b2",
        "text",
        {},
        "OPERATIVE REPORT\n«hospital»\n\nPATIENT NAME: «p_NAME_INV»        MEDICAL RECORD #: «mrn»\n"
        "DATE OF OPERATION: «proc_us»\nSURGEON: «d1_name_mi», M.D.\nASSISTANT: «d4_name», M.D.\n"
        "ANESTHESIOLOGIST: «d3_name», M.D.\nANESTHESIA: General endotracheal.\n\n"
        "PREOPERATIVE DIAGNOSIS: Right hip osteoarthritis; «epon1».\nPROCEDURE: Right total hip arthroplasty "
        "(CPT «cpt»).\n\nIMPLANTS: «implant» femoral stem size 5, lot «lot1»; «implant2» acetabular shell "
        "54 mm, "
        "lot «lot2»; ceramic head 36 mm, SN «dev1».\n\n"
        "INDICATIONS: This «agephrase» «p_sexword» has had progressive pain since «year». After discussion "
        "with "
        "the patient and «p_his» «r1_rel», «r1_name», in clinic on «prior1_mdth», «p_he» elected to "
        "proceed.\n\n"
        "DESCRIPTION OF PROCEDURE: A ‹Foley catheter› was placed. Through a ‹Watson-Jones› approach... "
        "The wound was closed in layers. Estimated blood loss 350 mL.\n\n"
        "DISPOSITION: To PACU in stable condition. Dr. «d2_family» (PCP) to be notified at "
        "«clinic_phone».\n\n"
        "«d1_name_mi», M.D.\nD: «dd_uss»  T: «dt_uss»  J#: «job»\ncc: «d2_name_mi», M.D.\n",
    ),
    (
        "n2c2_case_management_home_plan",
        "i2b2",
        "text",
        {},
        "CASE MANAGEMENT / DISCHARGE PLANNING NOTE   «dis_abbr»\nPt: «p_name» (MRN «mrn»)   Unit: ‹7 "
        "North›\n\n"
        "Met with pt and «p_his» «r1_rel» «r1_name» at bedside. Pt lives alone in a second-floor apartment "
        "at "
        "«p_addr» (14 stairs, no elevator); spends summers at «landmark». Retired from «employer».\n\n"
        "Insurance: «p_plan_label» «p_plan»; secondary ‹Medicare› «mbi».\n"
        "Services: ‹Partners HealthCare at Home› to start «fu_md»; agency phone «vna_phone», fax «vna_fax». "
        "‹Arjo› sit-to-stand lift and hospital bed ordered from ‹Lincare›.\n"
        "HCP: «p_his» «r2_rel» «r2_name», cell «r2_phone», work «r2_phone2», e-mail «r2_email».\n"
        "Alternate contact: neighbor «r3_name», «r3_phone».\n"
        "PCP: Dr. «d2_name» - updated by phone «weekday». Rehab screen by «facility» declined by pt.\n"
        "Meds to bed from «pharmacy»: «drug1», «drug2».\n\n"
        "«d1_name», RN, BSN   Case Manager   pager «pager»\n",
    ),
    (
        "n2c2_telephone_encounter_fax",
        "i2b2",
        "text",
        {},
        "TELEPHONE ENCOUNTER   «rec_usn» 10:14 AM\nCaller: «r1_name» («p_his» «r1_rel») - callback "
        "«r1_phone»\n"
        "Patient: «p_name_inv_mi»   DOB: «p_dob_us»   MRN: «mrn»\nPCP: «d2_name», MD\n\n"
        "Reason for call: «r1_given» reports «p_mr» «p_family» has been more confused since «weekday» and "
        "is not "
        "eating. Started on «drug1» «prior1_md» by Dr. «d3_family» at «hospital2» urgent care.\n"
        "Action: called «pharmacy» at «pharm_phone» (fax «pharm_fax») to hold «drug1». Last «lab1» on "
        "«prior2_usn». Med list faxed to the «facility» intake line, fax «vna_fax».\n"
        "Advised ED if worse; «r1_given» verbalized understanding. «software» message sent to «p_email».\n"
        "Routed to Dr. «d2_family» for review.\n\n-- «d1_name_mi», RN (login «d1_username»)\n\n"
        "Addendum «rec2_usn»: agree, will see «p_him» «fu_abbr». -- «d2_initials»\n",
    ),
]

_JSONL = '{{"id": "p20-{i:04d}", "source": "synthetic-eval", "text": "{msg}"}}\n'

SHORT: list[tuple[str, str, str, dict, list[str]]] = [
    (
        "piibench_member_services_inbox",
        "pii",
        "text",
        {"n": 6, "wrap": "---\nTicket {i:03d} (web form)\n{msg}\n"},
        [
            "Hello, my name is «name» and I need to update my mailing address to «addr» before my «dx» "
            "review. "
            "My member ID is «plan».",
            "Hi, this is «name» (date of birth «dob»). Could someone call me back at «phone» about my «drug» "
            "refill? I'm free after 3 on «weekday».",
            "Please change the e-mail on my «app» account from «email» to «email2». Thanks, «given».",
            "I was charged twice for a visit to «hospital» on «visit». Policy holder: «name_inv», "
            "«plan_label» "
            "«plan».",
            "My «y_parent», «y_name», was discharged from «hospital» last «weekday». I look after «y_him»; "
            "my "
            "number is «phone».",
            "Can you confirm you received the referral to «dept_k» for «name»? DOB «dob», «natid_label» "
            "«natid». "
            "It was sent on «visit».",
            "I'm «agek» and newly diagnosed with «dx». Is «drug» covered under plan «plan»? - «name»",
            "We have moved! New address for «name» and «y_name»: «addr». Phone stays «phone». Still with "
            "«hospital».",
            "Dr. «dr_family» asked me to send my «natid_label» («natid») so the «dept_k» claim from «visit» "
            "can "
            "be reprocessed. «name»",
            "URGENT: «NAME_UP» - «drug» supplies were never delivered to «addr». Call «phone» or «phone2».",
            "Good afternoon, I'm writing for my «y_parent» «y_name» (born «y_dob») who cannot use «app». "
            "Please "
            "send «y_his» letters to «email».",
            "Appointment request for «given» «family»: «dx» review in «month», any day except «weekday». "
            "Reach me "
            "at «email».",
        ],
    ),
    (
        "piibench_jsonl_single_sentences",
        "pii",
        "ndjson",
        {"n": 8, "wrap": _JSONL},
        [
            "«name» was born on «dob» and can be reached at «phone» about the «dx» clinic.",
            "Please send the discharge papers from «hospital» for «name_lower» to «email».",
            "The patient «NAME_UP» lives at «addr» and takes «drug».",
            "«name»'s «natid_label» is «natid»; referred to «dept_k».",
            "Contact: «name» | «phone» | «email» | prefers «app»",
            "«name_inv» (DOB: «dob») - «plan_label»: «plan» - «dx»",
            "My «y_child» «y_given» and I moved to «town» in «month».",
            "Bill «plan» for the «dx» visit at «hospital» on «visit».",
            "«given» called from «phone» on «weekday» asking whether «drug» can be taken with food.",
            "Ship the «drug» pen needles to «name», «addr».",
            "Emergency contact for «name» («dx»): «y_name», «y_phone».",
            "Username «username» belongs to «name», registered on «visit» via «app».",
            "«name» («agek») was seen at «hospital» for «dx».",
            "«His» «natid_label» «natid» and «his» date of birth «dob» do not match the «hospital» records.",
            "Reminder sent to «email» for the «dept_k» appointment of «name» on «visit».",
        ],
    ),
    (
        "piibench_web_intake_form_intl",
        "pii",
        "text",
        {"n": 3, "wrap": "=== Intake form submission {i} ===\n{msg}\n\n"},
        [
            "Full name: «name»\nPreferred name: «given»\nDate of birth: «dob»\nHome address: «addr»\n"
            "Country of residence: «country_k»\nMobile: «phone»\nEmail: «email»\n«natid_label»: «natid»\n"
            "Reason for visit: «dx», currently taking «drug»\nPreferred hospital: «hospital»",
            "Surname: «FAMILY»\nGiven name(s): «given»\nDOB: «dob»\nAddress line: «street»\nTown/City: "
            "«town»\n"
            "Telephone: «phone»\nNext of kin: «y_name» («y_rel»), «y_phone»\nRegistered with: «hospital»\n"
            "Allergies: none known\nMedication: «drug»",
            "Patient: «name_mi»\nBorn: «dob»\nPhone (home): «phone»   Phone (work): «phone2»\nE-mail: "
            "«email»\n"
            "Insurance: «plan_label» «plan»\nEmergency contact: «y_name», «y_phone»\nAge: «agek»\n"
            "Consent to «app» messages: yes\nReferred to: «dept_k»",
        ],
    ),
    (
        "piibench_chatbot_lowercase_caps",
        "pii",
        "text",
        {"n": 3, "wrap": "--- chat session {i} ---\n{msg}\n"},
        [
            "bot: Hi! I'm the «hospital» virtual assistant. What's your full name?\nuser: «name_lower»\n"
            "bot: Thanks. And your date of birth?\nuser: «dob»\nuser: i need to move my «dx» appointment, "
            "can "
            "someone text me at «phone»",
            "user: HELLO MY NAME IS «NAME_UP» AND I HAVE BEEN WAITING 3 WEEKS FOR MY «DRUG_UP»\n"
            "bot: I'm sorry about the delay. Can you confirm the address we have on file?\nuser: «addr»\n"
            "user: and my email is «email»",
            "user: hey its «given_lower» again\nbot: Welcome back. For security, what is your "
            "«natid_label»?\n"
            "user: «natid»\nbot: Thank you. How can I help?\nuser: my «y_child» «y_given_lower» has had a "
            "fever "
            "since «weekday», do we go to «hospital»?",
            "user: can u update my phone to «phone» pls\nbot: Sure. Please confirm your name and date of "
            "birth.\n"
            "user: «name_lower», «dob»\nbot: Done. Anything else?\nuser: also my «y_spouse» «y_name_lower» "
            "needs a "
            "refill of «drug»",
            "user: I AM «NAME_UP», MEMBER «plan», WHY WAS MY CLAIM FROM «visit» DENIED\n"
            "bot: Let me check. I can see a «dx» claim at «hospital».\nuser: call me «phone»",
        ],
    ),
    (
        "piibench_voicemail_asr",
        "pii",
        "text",
        {"n": 4, "wrap": "Voicemail {i} (transcribed automatically)\n{msg}\n\n"},
        [
            "hi this is «name_lower» calling about my «dx» appointment um my date of birth is «dob_spoken» "
            "you can "
            "call me back on «phone_spoken» thanks bye",
            "yeah hello it's «given_lower» «family_lower» i live at «street_lower» in «town_lower» and "
            "nobody "
            "has come about the «drug» delivery my number is «phone»",
            "good morning this message is for doctor «dr_family_lower» it's «name_lower» my «natid_label» is "
            "«natid_spoken» and i'm calling because the «drug» isn't helping",
            "hi it's «y_name_lower» calling for my «parent_inf» «name_lower» «he» was born «dob_spoken» and "
            "«he» "
            "fell on «weekday_lower» can someone from «hospital» call me at «y_phone»",
            "hello this is «name_lower» returning your call about the «dx» results from «visit_spoken» my "
            "cell "
            "is «phone» or email me at «email_spoken»",
        ],
    ),
    (
        "piibench_short_emails_signatures",
        "pii",
        "text",
        {"n": 3, "wrap": "========== message {i} ==========\n{msg}\n\n"},
        [
            "From: «email»\nTo: records@clinic.example\nSubject: records request\n\nHello, I am requesting "
            "a copy "
            "of my records from «hospital» from «visit» to «visit2». Please post them to "
            "«addr».\n\nRegards,\n"
            "«name»\n«phone»",
            "From: «name» <«email»>\nSubject: Re: your «dept_k» appointment\n\nHi, I can't make «weekday». "
            "Could "
            "we do «visit» instead? My «plan_label» is «plan».\n\n-- \n«given»\nSent from my phone",
            "Subject: prescription\n\nDear Dr. «dr_family», my «drug» ran out and the pharmacy in «town» has "
            "none. I'm «agek» and have «dx».\nBest,\n«name_mi» (DOB «dob»)",
            "From: «y_email»\nSubject: for my «parent_inf»\n\nHello, my «parent» «name» (born «dob») was "
            "admitted to «hospital» on «visit». I'm «his» next of kin, «y_name», mobile «y_phone».\n\n"
            "Kind regards,\n«y_given»",
            "Subject: change of details\n\nPlease update my phone to «phone», my e-mail to «email2» and my "
            "address to «addr» for «app». Name on file: «name_inv». «natid_label»: «natid». Thank you!",
        ],
    ),
    (
        "piibench_json_records_intake",
        "pii",
        "json",
        {"n": 3, "wrap": "{msg}", "frame": '{{"dataset": "intake-sample-v2", "records": [{body}]}}',
        "join": ", "},
        [
            '{"full_name": "«name»", "dob": "«dob_iso»", "address": "«addr»", "phone": "«phone»", '
            '"email": "«email»", "notes": "«given» reports «dx»; takes «drug». Seen at «hospital»."}',
            '{"patient": {"first": "«given»", "last": "«family»"}, "birth_date": "«dob»", '
            '"national_id": {"type": "«natid_label»", "value": "«natid»"}, "contact": {"mobile": "«phone»"}, '
            '"comment": "Next of kin «y_name» («y_phone»). Prefers «app»."}',
            '{"name": "«NAME_INV»", "insurance": {"plan": "«plan_label»", "member_id": "«plan»"}, '
            '"visit_date": "«visit»", "summary": "«agek», «dx», referred to «dept_k»."}',
            '{"display_name": "«name_lower»", "username": "«username»", "city": "«town»", '
            '"street": "«street»", "email": "«email»", "note": "asked for «drug» refill on «weekday»"}',
        ],
    ),
    (
        "piibench_call_centre_verification_log",
        "pii",
        "text",
        {"n": 7, "wrap": "[{hh:02d}:{mm:02d}] {msg}\n"},
        [
            "agent 214: caller verified as «name», DOB «dob», «natid_label» ending «natid_tail»; «dx» case.",
            "agent 214: «y_name» («y_rel») calling for «name» about «hospital»; authorised representative on "
            "file. Callback «y_phone».",
            "agent 087: address updated to «addr» at the caller's request; old number «phone» replaced with "
            "«phone2». «app» updated.",
            "agent 087: member «plan» asked about prior authorisation for «drug»; pharmacy at «hospital» "
            "notified.",
            "agent 310: «NAME_INV» failed verification (DOB given «dob» differs from file). Escalated to "
            "«dept_k».",
            "agent 310: e-mail for «name_mi» corrected to «email»; «app» user «username» unlocked.",
            "agent 122: «given» said the «visit» appointment with Dr. «dr_family» was missed because of a "
            "«dx» "
            "flare.",
            "agent 122: caller «name» («agek») asked for «app» access; sent link to «email».",
        ],
    ),
]

TEMPLATES = [*I2B2, *SHORT]


# ---- slots -------------------------------------------------------------------------------------------------

MRN_SHAPES = ["#######", "0###-##-##", "########", "@@ ###-##-##", "E#######", "###-##-##-#", "00#######"]
DEVICE_SHAPES = ["PJN######H", "@@@######@", "######-###", "SN########", "RNA######R"]
LOT_SHAPES = ["####-####", "@########", "##@####-##"]
PAGER_SHAPES = ["#####", "#-####", "(%##) %##-####"]
DOCTOR_MAIL = ["nehealth.org", "baystatemed.example", "lahey.example", "ri-hosp.example", "mmc.example"]
REL = {True: ["wife", "daughter", "sister", "niece", "granddaughter"],
       False: ["husband", "son", "brother", "nephew", "grandson"]}  # fmt: skip
REL_SHORT = {True: ["daughter", "wife", "mother", "sister"], False: ["son", "husband", "father", "brother"]}


def _prefixed(prefix: str, slots: dict[str, Slot]) -> dict[str, Slot]:
    return {f"{prefix}_{k}": v for k, v in slots.items()}


def _dates(prefix: str, d: date) -> dict[str, Slot]:
    return {f"{prefix}_{k}": P("DATE", v) for k, v in date_forms(d).items()}


def _plain_lower(s: str) -> str:
    return s.lower()


def _age_slots(n: int) -> dict[str, Slot]:
    """Ages in the note's phrasings: kept under 90, labelled AGE from 90 on."""
    if n < 90:
        return {"agephrase": K(f"{n}-year-old"), "age_yo": K(f"{n} yo"), "age_y": K(f"{n}Y"),
                "age_words": K(f"{words(n)}-year-old")}  # fmt: skip
    return {
        "agephrase": (P("AGE", str(n)), "-year-old"),
        "age_yo": (P("AGE", str(n)), " yo"),
        "age_y": (P("AGE", str(n)), "Y"),
        "age_words": (P("AGE", words(n)), "-year-old"),
    }


def i2b2_slots(rng: random.Random, old: bool) -> dict[str, Slot]:
    """Everything an i2b2-style note can write: patient, three relatives or contacts, four clinicians,
    dates around a shifted admission, identifiers, a clinic, and the keep vocabulary."""
    base = date(rng.randint(2068, 2140), rng.randint(1, 12), rng.randint(1, 28))
    country = rng.choice(["US_MA", "US_NE"])
    used: set[str] = set()  # name words of the note: every person is told apart by every word
    p = person(rng, country, today=base, age=(91, 99) if old else (38, 88), avoid=used)
    female = bool(p["female"])
    s: dict[str, Slot] = _prefixed("p", p)
    s["p_sexword"] = "woman" if female else "man"
    s["p_sexletter"] = "F" if female else "M"
    s.update(_age_slots(int(str(p["age"]))))
    fam = p["family"]
    assert isinstance(fam, P)
    for i in (1, 2, 3):
        same = i == 1 and rng.random() < 0.5
        r = person(rng, country, today=base, age=(24, 70), family=fam.value if same else None, avoid=used)
        s.update(_prefixed(f"r{i}", r))
        s[f"r{i}_rel"] = rng.choice(REL[bool(r["female"])])
    for i in (1, 2, 3, 4):
        d = us_person_short(rng, avoid=used)
        s.update(_prefixed(f"d{i}", d))
    g1, f1 = (s["d1_given"], s["d1_family"])
    assert isinstance(g1, P) and isinstance(f1, P)
    local = f"{g1.value[0]}{f1.value}".lower().replace(" ", "").replace("'", "").replace("-", "")
    from tests.engine.probe20.people import ascii_fold

    local = ascii_fold(local)
    s["d1_email"] = P("EMAIL", f"{local}@{rng.choice(DOCTOR_MAIL)}")
    s["d1_username"] = P("USERNAME", f"{local[:6]}{rng.randrange(2, 9)}")
    s["d2_office"] = P("PHONE", fill(rng, "(%##) %##-####"))
    events = {
        "adm": base,
        "dis": base + timedelta(days=rng.randint(3, 12)),
        "proc": base + timedelta(days=rng.randint(1, 2)),
        "prior1": base - timedelta(days=rng.randint(10, 120)),
        "prior2": base - timedelta(days=rng.randint(200, 1500)),
        "onset": base - timedelta(days=rng.randint(2, 9)),
        "rec": base,
        "rec2": base + timedelta(days=rng.randint(1, 3)),
        "visit": base,
        "letter": base + timedelta(days=rng.randint(2, 6)),
    }
    events["dd"] = events["dis"]
    events["dt"] = events["dis"] + timedelta(days=1)
    events["esign"] = events["proc"] + timedelta(days=rng.randint(0, 1))
    events["fu"] = events["dis"] + timedelta(days=rng.randint(7, 21))
    events["fu2"] = events["dis"] + timedelta(days=rng.randint(30, 120))
    for name, d in events.items():
        s.update(_dates(name, d))
    clinic = address(rng, country)
    s["clinic_addr"] = clinic["addr"]
    gp = address(rng, country)
    s["gp_addr"] = gp["addr"]
    for key in ("clinic_phone", "clinic2_phone", "clinic_phone2", "vna_phone", "pharm_phone"):
        s[key] = P("PHONE", fill(rng, rng.choice(("(%##) %##-####", "%##-%##-####", "%##.%##.####"))))
    for key in ("clinic_fax", "vna_fax", "pharm_fax"):
        s[key] = P("FAX", fill(rng, rng.choice(("(%##) %##-####", "%##-%##-####"))))
    s["pager"] = P("PHONE", fill(rng, rng.choice(PAGER_SHAPES)))
    s["mrn"] = P("MRN", fill(rng, rng.choice(MRN_SHAPES)))
    s["acct"] = P("ACCOUNT", fill(rng, "%#########"))
    s["job"] = P("ID", fill(rng, "%####"))
    s["escr"] = P("ID", fill(rng, "%-#######"))
    s["accession"] = P("ID", f"{rng.choice('SCH')}{base:%y}-{fill(rng, '%####')}")
    s["mbi"] = P("HEALTH_PLAN", ids.mbi(rng))
    s["tr"] = P("USERNAME", "".join(rng.choice("abcdefghjklmnprstw") for _ in range(3)))
    s["tech"] = P("USERNAME", "".join(rng.choice("abcdefghjklmnprstw") for _ in range(2)) + fill(rng, "%#"))
    for i in (1, 2, 3, 4):
        s[f"dev{i}"] = P("DEVICE", fill(rng, rng.choice(DEVICE_SHAPES)))
    for i in (1, 2):
        s[f"lot{i}"] = P("DEVICE", fill(rng, rng.choice(LOT_SHAPES)))
    s["landmark"] = P("ADDRESS", rng.choice(LANDMARKS))
    hospitals = rng.sample(HOSPITALS, 2)
    drugs, labs, epon = rng.sample(DRUGS, 4), rng.sample(LABS, 4), rng.sample(EPONYMS, 2)
    keep = {
        "hospital": hospitals[0], "hospital2": hospitals[1], "HOSPITAL_UP": hospitals[0].upper(),
        "dept": rng.choice(DEPTS), "dx1": rng.choice(DX[:6]), "dx2": rng.choice(DX[6:]), "epon1": epon[0],
        "epon2": epon[1], "proc_k": rng.choice(PROCEDURES), "icd1": rng.choice(ICD), "cpt": rng.choice(CPT),
        "weekday": rng.choice(WEEKDAYS), "month": rng.choice(MONTHS),
        "year": str(base.year - rng.randint(7, 20)),
        "state": rng.choice(STATES), "land": rng.choice(LANDS), "software": rng.choice(SOFTWARE),
        "employer": rng.choice(EMPLOYERS), "pharmacy": rng.choice(PHARMACIES),
        "facility": rng.choice(FACILITIES),
        "pacer": rng.choice(PACERS), "lead": rng.choice(LEADS), "remote": rng.choice(REMOTES),
        "implant": rng.choice(IMPLANTS[:2]), "implant2": rng.choice(IMPLANTS[2:]),
        "dx_brady": "sick sinus syndrome",
    }  # fmt: skip
    s["employer"] = P("NAME", keep.pop("employer"))  # relabelled 2026-11-27 (test_probe20's docstring)
    s.update({k: K(v) for k, v in keep.items()})
    for i in range(4):
        s[f"drug{i + 1}"] = K(drugs[i])
        s[f"lab{i + 1}"] = K(labs[i])
    return s


def message_slots(rng: random.Random, used: set[str]) -> dict[str, Slot]:
    """One short text's person (and a relative, a doctor), in a country of their own, and its keep words;
    `used` holds the name words of the document so far (no two people share one)."""
    country = rng.choice([*COUNTRIES, "US_MA", "US_NE"])
    today = date(2025, rng.randint(1, 12), rng.randint(1, 28))
    old = rng.random() < 0.12
    x = person(rng, country, today=today, age=(91, 99) if old else (19, 84), avoid=used)
    y = person(rng, country, today=today, age=(19, 84), avoid=used)
    s: dict[str, Slot] = dict(x)
    s.update(_prefixed("y", y))
    dr = us_person_short(rng, avoid=used)
    s["dr_family"] = dr["family"]
    fam = dr["family"]
    assert isinstance(fam, P)
    s["dr_family_lower"] = P("NAME", fam.value.lower())
    for key in ("family", "street", "town", "name"):
        v = x[key]
        assert isinstance(v, P)
        s[f"{key}_lower"] = P(v.type, v.value.lower())
    for key in ("name", "given"):
        v = y[key]
        assert isinstance(v, P)
        s[f"y_{key}_lower"] = P("NAME", v.value.lower())
    yf = bool(y["female"])
    s["y_rel"] = rng.choice(REL_SHORT[yf])
    s["y_parent"], s["y_parent_inf"] = ("mother", "mum") if yf else ("father", "dad")
    s["y_child"], s["y_spouse"] = ("daughter", "wife") if yf else ("son", "husband")
    s["parent"], s["parent_inf"] = ("mother", "mum") if x["female"] else ("father", "dad")
    email = x["email"]
    assert isinstance(email, P)
    s["email2"] = P("EMAIL", email.value.replace("@", f"{rng.randrange(1, 9)}@", 1).replace("@", ".alt@", 1))
    s["email_spoken"] = P("EMAIL", email.value.replace(".", " dot ").replace("@", " at ").replace("_",
    " underscore "))
    c_dob = x["born"]
    born = date.fromisoformat(str(c_dob))
    s["dob_spoken"] = P("DATE", spoken_date(born).replace("-", " "))
    visit = today - timedelta(days=rng.randint(3, 200))
    visit2 = visit + timedelta(days=rng.randint(20, 90))
    from tests.engine.probe20.people import PLACES

    styles = [*PLACES[country].dob, "dmyl" if country not in ("US_MA", "US_NE", "PH", "CA") else "long"]
    s["visit"] = P("DATE", date_forms(visit)[rng.choice(styles)])
    s["visit2"] = P("DATE", date_forms(visit2)[rng.choice(styles)])
    s["visit_spoken"] = P("DATE", spoken_date(visit, with_year=False))
    phone = x["phone"]
    natid = x["natid"]
    assert isinstance(phone, P) and isinstance(natid, P)
    s["phone_spoken"] = P("PHONE",
    spoken_digits(phone.value) if rng.random() < 0.5 else _regroup(phone.value))
    s["natid_spoken"] = P("ID", spoken_digits(natid.value))
    digits = [c for c in natid.value if c.isalnum()]
    s["natid_tail"] = P("ID", "".join(digits[-4:]))
    n = int(str(x["age"]))
    s["agek"] = (P("AGE", str(n)), " years old") if n >= 90 else K(f"{n} years old")
    hospital = rng.choice(INTL_HOSPITALS.get(country, HOSPITALS))
    drug = rng.choice(INTL_DRUGS)
    keep = {
        "hospital": hospital, "drug": drug, "DRUG_UP": drug.upper(), "dx": rng.choice(INTL_DX),
        "weekday": rng.choice(WEEKDAYS), "weekday_lower": rng.choice(WEEKDAYS).lower(),
        "month": rng.choice(MONTHS), "app": rng.choice(APPS), "country_k": PLACES[country].name,
        "dept_k": rng.choice(DEPTS),
    }  # fmt: skip
    s.update({k: K(v) for k, v in keep.items()})
    return s


def _regroup(phone: str) -> str:
    """A phone number as speech-to-text writes it: its digits in groups of three and four."""
    ds = "".join(c for c in phone if c.isdigit())
    return " ".join([ds[: len(ds) - 7], ds[-7:-4], ds[-4:]]).strip()


# ---- documents ---------------------------------------------------------------------------------------------


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot or pool."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    unfilled = any(c in doc.content for c in "«‹⟦»›⟧")
    return out + ([f"{doc.id}: unfilled slot"] if unfilled else [])


def _short_template(rng: random.Random, opts: dict, pool: list[str]) -> tuple[str, dict[str, Slot]]:
    """The document's template: `n` messages drawn from the pool (each template once before any repeats),
    every slot prefixed with its message's number, and the slots of every message's person."""
    n = opts["n"]
    order = rng.sample(pool, len(pool))
    picks = [order[i % len(order)] for i in range(n)]
    parts, slots, used = [], {}, set()
    for i, msg in enumerate(picks, start=1):
        body = re.sub(r"«(\w+)»", lambda m, i=i: f"«m{i}_{m.group(1)}»", msg)
        hh, mm = 8 + i, rng.randrange(60)
        parts.append(opts["wrap"].format(i=i, n=n, msg=body, hh=hh, mm=mm))
        slots.update(_prefixed(f"m{i}", message_slots(rng, used)))
    body = opts.get("join", "").join(parts)
    if "frame" in opts:
        body = opts["frame"].format(body=body)
    return body, slots


def make_doc(seed: int, index: int, kind: str, family: str, fmt: str, opts: dict, body: object) -> Doc:
    """Render one document; a draw that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(80):
        rng = random.Random(f"phigate-probe20:{seed}:{kind}:{index}:{attempt}")
        if family == "i2b2":
            assert isinstance(body, str)
            old = opts.get("old", rng.random() < 0.2)
            slots = i2b2_slots(rng, old)
            template = _pool_fill(rng, body)
        else:
            assert isinstance(body, list)
            template, slots = _short_template(rng, opts, body)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        loc = "US" if family == "i2b2" else "multi"
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 80 draws: problems() reports it (test_probe20 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every kind rendered twice."""
    return [
        make_doc(seed, i, kind, family, fmt, opts, body)
        for kind, family, fmt, opts, body in TEMPLATES
        for i in range(2)
    ]
