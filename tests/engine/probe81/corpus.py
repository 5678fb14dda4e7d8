# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-first independent probe corpus: English clinical and operational text from the United States, Canada,
the United Kingdom, Ireland, Australia and New Zealand, built the way an outside evaluator builds a held-out set --
its own templates and, above all, its own name lists (people.py) -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each, few of them with a "Patient name:" label: a patient-portal
message thread, a phone-encounter note, a nurse triage call note, discharge instructions, a care-coordination
huddle note, a social-work note, an ED tracking-board export, MAR and flowsheet comments, a consult reply, an
I-PASS / SBAR handoff, a case-management e-mail, an appointment no-show list, a chaplaincy note, a release-of-
information log, an incident report, an In Basket message export (JSON), a message-centre CSV export and a
transcribed dictation with its "dictated by" and "cc:" lines.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient (aged 90+ in the consult
reply and the chaplaincy note), `r` a relative (spouse, sibling, child, niece or nephew), `m` a son or daughter,
`d` the physician, `n` a nurse, `s` a social worker / case manager / clerk, `c` another member of staff
(chaplain, pharmacist, interpreter), `w1`-`w4` other patients or relatives of a list (`w2` aged 90+ on the ED
board and in the handoff). Forms: `_n` full name, `_g` given, `_f` family, `_F` FAMILY, `_LF` "FAMILY,
Given", `_lf` "Family, Given", `_i` "G. Family", `_nick` the name the person goes by (the given name when there is
no nickname), `_sfx` a suffix (Jr., III; plain text), `_ph` `_ph2` `_em`, `_line` `_town` `_pc` `_addr`, `_dob`
(the country's form), `_dobiso`, `_age` (keep, under 90), `_old` (AGE, 90+), `_nat` `_hp` `_hid` with their
`_natl` `_hpl` `_hidl` labels, `_dl`.

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, clinicians, nurses, chaplains, clerks, interpreters and other
  patients of a list -- as written: full, given alone, family alone, capitals, "FAMILY, Given", an initial and the
  family name, a nickname; particles (Montes de Oca, op de Beeck, Ó Laoghaire, Te Aho, El-Amin) inside the value.
  Honorifics, credentials, suffixes and roles (Dr, Mrs, RN, Jr., III, chaplain) are plain text.
- ADDRESS street lines and towns; ZIP US ZIP codes, Canadian postal codes, UK postcodes, Eircodes, Australian and
  New Zealand postcodes; states, provinces, nations and counties plain text inside an address.
- DATE every date more specific than a year; years alone keep. AGE 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person; the hospital's switchboard and role mailboxes plain text. URL a portal or ROI link
  carrying a token; IP the address a message came from.
- SSN US SSN, Canadian SIN, UK National Insurance number, Irish PPSN, Australian Centrelink CRN, NZ IRD number.
  HEALTH_PLAN Medicare MBI, Medicaid, Canadian health card and Blue Cross ids, Bupa, VHI and GMS numbers,
  Australian Medicare, Southern Cross. ID NHS number, IHI, NHI, Epic CSN, ROI and incident request numbers,
  interpreter and employee ids. MRN hospital record numbers. ACCOUNT FIN / HAR billing accounts. LICENSE NPI, DEA,
  GMC, IMC, AHPRA, MCNZ, CPSO / CPSBC numbers, driving licences. DEVICE a patient's device serial number.
  VEHICLE a plate and a VIN.
- Keep (must survive): drugs and doses, eponymous diseases, signs and devices (Parkinson's disease, Babinski sign,
  Foley catheter), scores, lab values, ICD-10 codes, hospitals, wards and units, payers, programmes, regulations
  and form numbers, times, ages under 90, years, headings marked ‹...›.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe81 import ids
from tests.engine.probe81.people import ID_LABELS, LOCS, K, P, Person, Slot, draw_person, fill, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    us = loc in ("US", "CA")
    return {
        "loc": P(
            "DATE", f"{d:%m/%d/%Y}" if loc == "US" else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"
        ),
        "long": P("DATE", f"{mon} {d.day}, {d.year}" if us else f"{d.day} {mon} {d.year}"),
        "short": P(
            "DATE",
            f"{d.month}/{d.day}"
            if loc == "US"
            else f"{mon[:3]} {d.day}"
            if loc == "CA"
            else f"{d.day}/{d.month}",
        ),
        "mon": P("DATE", f"{d.day:02d}-{mon[:3]}-{d.year}" if not us else f"{mon[:3]} {d.day}, {d.year}"),
        "iso": P("DATE", d.isoformat()),
    }


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    labels = ID_LABELS[c]
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_LF": N(f"{w.family.upper()}, {w.given}"), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_nick": N(w.nick or w.given), f"{x}_sfx": f" {w.suffix}" if w.suffix else "", f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2),
        f"{x}_em": P("EMAIL", w.email), f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode),
        f"{x}_addr": address(w), f"{x}_dob": date_forms(w.dob, c)["loc"], f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_doblong": date_forms(w.dob, c)["long"], f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_dl": P("LICENSE", w.ids["dl"]), f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He",
        f"{x}_his": "her" if w.female else "his", f"{x}_him": "her" if w.female else "him", f"{x}_sex": "F" if w.female else "M",
        f"{x}_title": ("Mrs" if w.female else "Mr") + ("." if c in ("US", "CA") else ""),
    }  # fmt: skip
    for key, (label, type_) in labels.items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    return s


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, ab = w.loc.code, w.abbr
    if c in ("US", "CA"):
        return (A(w.line), ", ", A(w.town), f", {ab} ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {ab}, ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {ab} ", Z(w.postcode))
    if c == "NZ":
        return (A(w.line), ", ", A(w.town), ", " + (f"{ab} " if ab else ""), Z(w.postcode))
    return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

HOSPITALS = {"US": ["Rio Grande Regional Medical Center", "Mesa Verde General Hospital", "Harbor-Eastside Medical Center", "Lakeshore Community Hospital"],
             "CA": ["Humber River Health", "Royal Columbian Hospital", "Foothills Medical Centre", "Health Sciences Centre Winnipeg"],
             "UK": ["Bradford Royal Infirmary", "University Hospital of Wales", "Queen Elizabeth University Hospital", "Manchester Royal Infirmary"],
             "IE": ["Cork University Hospital", "Mayo University Hospital", "Tallaght University Hospital", "University Hospital Limerick"],
             "AU": ["Bankstown-Lidcombe Hospital", "Monash Medical Centre", "Royal Darwin Hospital", "Logan Hospital"],
             "NZ": ["Middlemore Hospital", "Waikato Hospital", "Christchurch Hospital", "Whangārei Hospital"]}  # fmt: skip
UNITS = [
    "4 West",
    "Ward 7B",
    "Acute Medical Unit",
    "CCU",
    "Short Stay Unit",
    "Rehab 2",
    "5 North Med-Surg",
    "Ward 22",
    "Stroke Unit",
    "ICU",
]
DRUGS = ["apixaban 5 mg BD", "metoprolol succinate 25 mg daily", "furosemide 40 mg IV", "enoxaparin 40 mg SC", "levetiracetam 500 mg BID",
         "oxycodone 5 mg PRN", "ondansetron 4 mg IV", "ceftriaxone 1 g IV", "insulin glargine 18 units", "sertraline 50 mg", "carbidopa-levodopa 25/100",
         "mesalamine 1.2 g", "prednisolone 25 mg", "paracetamol 1 g QID", "tramadol 50 mg", "amoxicillin-clavulanate 875 mg", "haloperidol 0.5 mg",
         "quetiapine 25 mg nocte", "methotrexate 15 mg weekly", "lithium carbonate 400 mg", "warfarin 3 mg", "digoxin 62.5 mcg"]  # fmt: skip
EPONYMS = ["Parkinson's disease", "Crohn's disease", "Alzheimer's dementia", "Hashimoto's thyroiditis", "Bell's palsy", "Guillain-Barré syndrome",
           "Ménière's disease", "Raynaud's phenomenon", "Addison's disease", "Cushing's syndrome", "Sjögren's syndrome", "Hodgkin lymphoma",
           "Graves' disease", "Huntington's disease", "Paget's disease of bone", "Wernicke's encephalopathy"]  # fmt: skip
SIGNS = [
    "Babinski sign",
    "Murphy's sign",
    "Kernig's sign",
    "Romberg test",
    "Trousseau's sign",
    "Chvostek's sign",
    "Tinel's sign",
    "Brudzinski sign",
]
DEVICES = [
    "Foley catheter",
    "PICC line",
    "Hickman line",
    "Jackson-Pratt drain",
    "Yankauer suction",
    "Guedel airway",
    "Swan-Ganz catheter",
]
SCORES = [
    "GCS 14",
    "Braden 13",
    "Morse 65",
    "NEWS2 5",
    "qSOFA 2",
    "Waterlow 18",
    "CURB-65 3",
    "PHQ-9 17",
    "Barthel 45/100",
]
LABS = ["Na 128 mmol/L", "K 5.9 mmol/L", "Hb 82 g/L", "INR 3.4", "lactate 4.1", "troponin 212 ng/L", "eGFR 38", "CRP 186", "WCC 14.2",
        "glucose 21.4 mmol/L", "HbA1c 9.1%", "Mg 0.58"]  # fmt: skip
ICD = [
    "I63.9",
    "N39.0",
    "J44.1",
    "E87.1",
    "R55",
    "I50.9",
    "K50.90",
    "G20",
    "F03.90",
    "S72.001A",
    "L89.152",
    "T42.4X1A",
]
PAYERS = {"US": ["UnitedHealthcare Community Plan", "Molina Healthcare", "Aetna Better Health", "Humana Gold Plus", "Superior HealthPlan"],
          "CA": ["OHIP", "MSP", "Alberta Health Care Insurance Plan", "Manitoba Health"], "UK": ["NHS England", "NHS Wales", "NHS Greater Glasgow and Clyde"],
          "IE": ["HSE", "VHI Healthcare", "Laya Healthcare"], "AU": ["Medicare Australia", "DVA Gold Card", "HCF"], "NZ": ["ACC", "Te Whatu Ora", "Southern Cross Health Insurance"]}  # fmt: skip
REGS = {"US": ["45 CFR 164.508", "HIPAA", "42 CFR Part 2"], "CA": ["PHIPA", "FIPPA", "Health Information Act"], "UK": ["UK GDPR Article 15", "Data Protection Act 2018", "Access to Health Records Act 1990"],
        "IE": ["GDPR Article 15", "FOI Act 2014", "Data Protection Act 2018"], "AU": ["Privacy Act 1988", "APP 12", "Health Records Act 2001"],
        "NZ": ["Health Information Privacy Code 2020", "Privacy Act 2020", "HIPC Rule 6"]}  # fmt: skip
LANGS = {"mexican": "Spanish", "puerto_rican": "Spanish", "vietnamese": "Vietnamese", "filipino": "Tagalog", "korean": "Korean", "chinese": "Cantonese",
         "south_asian": "Punjabi", "nigerian": "Yoruba", "ghanaian": "Twi", "somali": "Somali", "habesha": "Tigrinya", "arab_persian": "Farsi",
         "polish": "Polish", "ukrainian": "Ukrainian", "greek": "Greek", "sicilian": "Italian", "irish": "Irish", "scottish": "Gaelic", "welsh": "Welsh",
         "maori": "te reo Māori", "pacific": "Tongan", "blackfoot_cree": "Cree", "native_us": "Kiowa", "aboriginal": "Tiwi", "jewish": "Yiddish",
         "dutch": "Dutch", "english": "English"}  # fmt: skip
TIMES = ["0215", "0740", "1105", "1330", "1620", "1945", "2210", "2350"]
# the patient's faith and the rite asked for, by culture (default: the Protestant churches)
FAITHS = {"mexican": [("Catholic", "anointing of the sick")], "puerto_rican": [("Pentecostal", "prayers in Spanish")], "filipino": [("Catholic", "Holy Communion")],
          "sicilian": [("Catholic", "anointing of the sick")], "irish": [("Catholic", "the Sacrament of the Sick")], "polish": [("Catholic", "Holy Communion")],
          "habesha": [("Orthodox Tewahedo", "prayers with a priest")], "greek": [("Greek Orthodox", "Holy Unction")], "ukrainian": [("Ukrainian Catholic", "Holy Communion")],
          "somali": [("Sunni Muslim", "a Qur'an recitation")], "arab_persian": [("Shia Muslim", "a Qur'an recitation")], "nigerian": [("Anglican", "Holy Communion"), ("Sunni Muslim", "a Qur'an recitation")],
          "ghanaian": [("Methodist", "Holy Communion")], "jewish": [("Orthodox Jewish", "a visit from the community rabbi")], "maori": [("Ringatū", "karakia")],
          "pacific": [("Free Wesleyan", "prayers in Tongan")], "south_asian": [("Sikh", "Ardas")], "korean": [("Presbyterian", "prayers in Korean")],
          "vietnamese": [("Buddhist", "chanting")], "chinese": [("Buddhist", "chanting")]}  # fmt: skip
DEFAULT_FAITH = [("Anglican", "a blessing"), ("Methodist", "Holy Communion"), ("Baptist", "prayers")]


# ---- templates ---------------------------------------------------------------------------------------------

PORTAL = """MyChart Message Thread — «hospital» Patient Portal
Subject: ‹Medication question› (re: «drug1»)
---
From: «p_n»«p_sfx»   Sent: «d1_loc» «t1»
hi «p_itsme». the «drug1» is making me dizzy since «d2_short». my «r_rel» «r_g» says my feet are swollen, can I skip a dose?? you can call me on «p_ph» or text «r_g» on «r_ph»
---
From: «n_g» «n_f», RN   Sent: «d1_loc» «t2»
Hi «p_nick», thanks for reaching out. Please don't stop «drug1» without talking to Dr «d_f». I have sent this to «d_g» and booked you a nurse visit on «d3_long». Bring your log (BP, weight) and the «device» supply list.
---
From: «p_n»«p_sfx»   Sent: «d1_loc» «t3»
ok. new address btw, we moved in with «r_g»: «r_addr». my email is «p_em» now
---
Routed to: «d_i», MD (PCP) · Chart: MRN «mrn» · DOB «p_dob» · logged from «ip»
Visit link sent: «url» · Pool: «unit» · ‹Priority: Routine› · ‹Hx› «eponym»
"""

PHONE_NOTE = """PHONE ENCOUNTER · «hospital» Family Medicine · «d1_loc» «t1»
Caller: «r_n» («r_rel» of pt), cb «r_ph»
Re: «p_LF» · DOB «p_dob» · MRN «mrn» · «p_hidl» «p_hid» · «p_natl» on file «p_nat»
Reason: caller says «p_g» "not herself/himself" x2 days, more confused at night, poor oral intake. Hx «eponym», on «drug1» and «drug2».
Denies falls. Last «lab1» on «d2_short». Pt lives at «p_addr» with «r_g»; neighbour «w1_n» checks in daily (home «w1_ph»).
Advised: ED if new weakness, slurred speech or fever. Appt with Dr. «d_f» «d3_long» «t2». Caller verbalised understanding.
Interpreter: «lang» via line, interpreter ID «interp».
Routed to «d_n», MD (NPI «d_npi») for review. — «s_n», «s_role» ext 4471
"""

TRIAGE = """NURSE TRIAGE CALL — after-hours line
Call rec'd «d1_mon» «t1» from mobile «p_ph» (caller = patient). Triage RN: «n_n».
Pt: «p_n», «p_age» y, «p_hpl» «p_hp», lives «p_town». GP: Dr «d_n».
Presenting: R calf pain + swelling since «d2_short», flew home from «city» on «d3_long». On «drug1». Hx «eponym».
Protocol: Leg Pain/Swelling (adult). Disposition: ED within 1 hour — «hospital». Pt declined ambulance; partner «r_n» driving (plate «plate»).
Pt aware to call 000/999/111 if SOB or chest pain. Callback number verified: «p_ph». Also gave alt contact «r_ph».
Summary e-mailed to patient at «p_em» with pt consent, ref «ref». ID check: «p_natl» «p_nat».
‹Wells score› 4 · «score» · ‹Healthdirect protocol v12.3›
"""

DISCHARGE = """«hospital» — DISCHARGE INSTRUCTIONS                    «unit»
Prepared for: «p_n»  (goes by "«p_nick»")      Date of birth: «p_doblong»      Hospital no.: «mrn»
Admitted «d2_long» · Discharged «d1_long» · Attending: Dr «d_n» · Encounter/FIN «fin»
You were treated for: «eponym» flare and «icd_desc» («icd»).
Your medicines: START «drug1». CHANGE «drug2» — see list. STOP ibuprofen.
Follow-up: Dr «d_i» clinic on «d3_long» at «t2». Bloods («lab1») at your GP on «d4_short».
Your «device» was removed before you left. Home nursing (Jennings Home Care) will visit «p_line», «p_town».
Your carer «r_n» («r_rel») is listed as your contact: «r_ph», «r_em».
Questions: call the ward, or your nurse «n_g» on the ward line. Your «p_hidl»: «p_hid».
"""

HUDDLE = """Care Coordination Huddle — «unit», «hospital» — «d1_loc» «t1»
Attending: «d_i» · Charge: «n_n» · SW: «s_n» · Pharm: «c_g» «c_f»
1. «w1_LF» (bed 4) — «eponym», medically fit; awaiting «payer» approval. Family («w2_n») to bring clothes.
2. «p_LF» (bed 11) — «icd_desc» day 3, «lab1». «r_Rel» «r_g» asked for family meeting «d3_short». Needs interpreter («lang»). Barriers: stairs at «p_line».
3. «w3_lf» (bed 16) — «sign» positive yesterday, neuro review pending. DNACPR in place. «drug1».
4. «w4_n» (bed 19) — AMA risk, lives «w4_town»; ask «s_g» re shelter bed. Phone «w4_ph».
Actions: «c_g» to reconcile «drug2» for bed 11; «s_g» to call «r_g» on «r_ph» before «t2».
"""

SOCIAL_WORK = """SOCIAL WORK PSYCHOSOCIAL ASSESSMENT — «hospital»
Pt «p_n» («p_age» y, «faith») seen on «unit» «d1_long». Referral from Dr «d_f» re unsafe discharge.
Living situation: rents «p_addr». Lives with partner «r_n» («r_ph»). Estranged from «m_kin» «m_n» (last contact «year»).
Income: benefits, «p_natl» «p_nat» confirmed. Drives a 2011 Corolla, reg «plate», VIN «vin» — car due to be repossessed.
Supports: cousin «w1_n» in «w1_town», «w1_ph». Church: «faith» community, Pastor «c_n».
Risk: PHQ-9 17, «eponym» limits mobility; «device» at home. Safeguarding: none identified.
Plan: referral to «payer» community link worker; SW «s_n» to follow up by phone «d3_short». Pt email for forms: «p_em».
"""

ED_BOARD = """ED TRACKING BOARD EXPORT  «hospital»  printed «d1_mon» «t1»
Rm   Patient                 Age/Sex   CC                         ESI  Prov        RN          Dispo     MRN
A3   «p_LF»        «p_age» «p_sex»    chest pain                  2    «d_f»       «n_g»        Adm CCU   «mrn»
A7   «w1_LF»       «w1_age» «w1_sex»   «eponym» - fall             3    «d_f»       «n_g»        Obs       «w1_mrn»
B2   «w2_LF»       «w2_old» «w2_sex»   confusion, «lab1»           2    «c_f»       «s_g»       Adm MAU   «w2_mrn»
B5   «w3_LF»       «w3_age» «w3_sex»   laceration L hand           4    «c_f»       «s_g»       Home      «w3_mrn»
HALL «w4_LF»       «w4_age» «w4_sex»   ETOH, «drug1» given         3    «d_f»       «n_g»        Pending   «w4_mrn»
Comments: A3 «r_rel» «r_n» in waiting room, «r_ph». B2 NOK grand«m_kin» «m_n» «m_ph». HALL BIBA, found outside «w4_line».
"""

MAR = """MAR / FLOWSHEET COMMENTS — «unit» — «p_LF» — MRN «mrn» — DOB «p_dob»
«d1_loc» «t1»  «drug1» HELD — SBP 88. Dr «d_i» notified by page. — «n_g» «n_f», RN
«d1_loc» «t2»  «drug2» given late (pt at CT). Foley drained 350 mL. — «n_i», RN
«d2_loc» «t3»  Pt refused «drug3», states «p_his» «r_rel» «r_g» brings «p_his» own from home. Pharmacist «c_n» reviewed, «lab1».
«d2_loc» «t4»  «score». Bed alarm on. «m_Kin»-in-law «m_n» at bedside, asked for updates to «m_ph».
«d2_loc» «t5»  Insulin pump (serial «pump_sn») removed per policy, bagged & labelled to «r_g».
Flowsheet: «sign» negative. «device» in situ, day 3. Cosigned «s_n», CNM.
"""

CONSULT = """CONSULT REPLY — Geriatric Medicine                         «hospital»
To: Dr «d_n», «unit»      From: Dr «c_n», «c_reg_label» «c_reg»      Date: «d1_long»
Re: «p_title» «p_n», a «p_old» yo «p_sexword», «p_hidl» «p_hid», hospital no. «mrn»
Thank you for asking me to see this «p_old»-year-old with «eponym» and a fall at home («p_town») on «d2_long».
Collateral from «r_rel» «r_n» («r_ph») and GP Dr «n_n»: independent until «d3_short», now «score».
Exam: «sign» present; no focal deficit. Pacemaker (serial «bed_sn») interrogated «d1_short». «lab1», «lab2».
Impression: delirium on a background of «eponym2». Recommend stop «drug1», start «drug2», falls review.
I will see «p_g» again «d4_short». Happy to discuss: «c_em», bleep 2291.
"""

HANDOFF = """I-PASS HANDOFF — «unit» — night team — «d1_loc»
I: Watcher. «p_LF»«p_sfx», «p_age»yo, bed 12, MRN «mrn», FIN «fin».
P: Admitted «d2_short» with «icd_desc» («icd»). «eponym» at baseline. Code status: full. Goes by «p_nick».
A: «lab1» this AM, «drug1» started «t1». «device» in place. «score».
   «r_Rel» «r_n» stays overnight, is the HCP, mobile «r_ph». «m_Kin» «m_n» (in «m_town»; also cares for «m_his» grandmother, aged «w2_old») wants a call if anything changes: «m_ph».
S: If SBP < 90, bolus 500 mL and page Dr «d_n» (pager via switchboard). Recheck «lab2» at «t2».
   Sitter requested — ticket «ref». Interpreter («lang»): «c_n», ID «interp».
Handed off by «n_n», RN to «s_n», RN at «t3».
SBAR addendum («d1_loc» «t4»): pt asking for «p_his» Rabbi / spiritual care; chaplain «w1_n» paged.
"""

CM_EMAIL = """From: «s_n» <«s_wem»>
Sent: «d1_wd», «d1_long» «t1»
To: «w1_n» <«w1_wem»>; Intake - «payer»
Cc: «n_n» <«n_wem»>
Subject: Auth needed - SNF placement - «p_LF» (DOB «p_dob»)

Hi «w1_g»,
Following up on our call. Member «p_n», «p_hpl» «p_hp», «p_hidl» «p_hid», was admitted «d2_long» to «hospital» («unit»).
Dx: «icd_desc» («icd») w/ «eponym». «lab1». HAR «fin». «p_natl» (for the benefits application): «p_nat». PT/OT recommend SNF; pt accepted at Mesa Ridge Post-Acute, bed hold until «d3_short».
«r_Rel»/POA «r_n» agrees («r_ph», «r_em»). Pt's home: «p_addr» — not accessible (3 steps, no rail).
Attending: «d_n», NPI «d_npi». Please fax determination to 555-0148. Ref «reg».
Meds on d/c: «drug1», «drug2».
Thanks,
«s_g»
«s_n», RN CCM | Case Management | «hospital» | direct «s_ph»
"""

NOSHOW = """Outpatient DNA / No-Show Report — «clinic» — week of «d1_long»
Appt date   Time   NHI/No.            Patient                 Contact           Reason code   Action
«d1_short»  «t1»   «w1_hid»    «w1_LF»       «w1_ph»     DNA           Letter + text
«d2_short»  «t2»   «w2_hid»    «w2_LF»       «w2_ph»     DNA x2        Call «w2_g»; escalate to Dr «d_f»
«d3_short»  «t3»   «p_hid»    «p_LF»       «p_ph»     Cancelled <24h  Rebook
«d4_short»  «t4»   «w3_hid»    «w3_LF»       «w3_ph»     DNA           Whānau contact: «r_n» «r_ph»
Notes: «p_g» says «p_his» «r_rel» had no car (WOF expired); offered taxi voucher. «w3_g» aged «w3_age» — check «payer» transport.
Run by «s_n», admin, «s_wem». Clinic: «clinic», «hospital». ‹DNA policy OPD-14›
"""

CHAPLAIN = """SPIRITUAL CARE NOTE — «hospital» — «d1_long» «t1»
Visited «p_n» («p_nick»), aged «p_old», «unit», at request of «p_his» «r_rel» «r_n». Faith: «faith».
Pt is «p_old» and reflective; spoke of «p_his» late spouse «w1_n» and of growing up in «p_birthplace». Pt asked for «ritual».
Family present: «r_g» and grand«m_kin» «m_n» (from «m_town»). Family prefer calls to «r_ph».
Pt aware of «eponym» diagnosis. Expressed peace; fear of pain. Shared with «n_n», RN; pain review requested (on «drug1»).
Plan: «ritual» «d3_short» at «t2» with «c_n» of «faith» community («c_ph»). Chaplain «s_n», «d1_loc».
"""

ROI = """RELEASE OF INFORMATION LOG — HIM Dept — «hospital»
Req #       Rec'd        Patient              DOB          Requester                        Purpose        Records              Status
«roi1»   «d2_loc»   «p_LF»    «p_dob»   «r_n» («r_rel», POA)           Continuity     Discharge summary    Released «d1_loc»
«roi2»   «d1_loc»   «w1_LF»    «w1_dob»   «w2_n», Esq. (attorney)          Legal          Full chart («reg»)  Pending auth
«roi3»   «d3_loc»   «w3_LF»    «w3_dob»   «payer»                          Claims         ED note, labs        Released
Notes: «roi1» — verified requester ID (licence «r_dl»); sent via secure link «url» (expires 14 days) to «r_em».
«roi2» — authorization missing signature; called «w2_g» at «w2_ph» «d3_short». MRN «mrn» for «roi1».
«roi3» — «w3_g» «p_natl» verified «w3_nat»; billing acct «fin» flagged for copy fee ($6.50 first page).
Processed by «s_n», RHIT, at «t1» per ‹HIM-ROI-02› and «reg». Audit trail IP «ip».
"""

INCIDENT = """INCIDENT REPORT (Riskman) #«ref»   Severity: SAC 3   Date/time of incident: «d1_loc» «t1»
Location: «unit», «hospital»       Reported by: «n_n» (RN, employee no. «emp»)
Person affected: «p_n», «p_title», «p_age» y, UR «mrn», «p_hpl» «p_hp», «p_hidl» «p_hid»
What happened: pt found on floor beside bed, bed alarm off. «score». Hx «eponym», on «drug1». Witness: «w1_n» (visitor of bed 8).
Immediate action: Dr «d_n» (AHPRA/reg «d_reg») reviewed at «t2»; CT head NAD. «lab1».
Next of kin «r_n» informed by phone («r_ph») at «t3»; open disclosure meeting set «d3_long».
Equipment: bed sensor serial «bed_sn» sent to biomed. Pt's «device» intact.
Manager review: «s_n», NUM. Open disclosure per Australian Open Disclosure Framework; reportable under «reg»: no.
"""

INBASKET = """{"export":"InBasket","generated":"«d1_iso»T«t1h»","pool":"«unit» Clinical Pool","messages":[{"id":"«csn»","type":"Patient Medical Advice Request","from":"«p_n»","patient":{"name":"«p_LF»","mrn":"«mrn»","dob":"«p_dobiso»","phone":"«p_ph»","email":"«p_em»"},"subject":"refill «drug1»","body":"Hi, this is «p_nick». My «r_rel» «r_g» will pick up the refill. Also Dr «d_f» wanted me to check «lab1» before «d2_short».","assigned":"«n_n»","status":"Open","hospital":"«hospital»","dx":"«icd»"},{"id":"«csn2»","type":"Result Note","from":"«d_n»","patient":{"name":"«w1_LF»","mrn":"«w1_mrn»","dob":"«w1_dobiso»"},"body":"Please tell «w1_g» the «lab2» is improved; continue «drug2». Call «w1_ph».","status":"Done","client_ip":"«ip»"},{"id":"«csn3»","type":"Staff Message","from":"«s_n»","body":"«w2_n» (MRN «w2_mrn») asked to change pharmacy; «eponym» f/u with «c_n» on «d3_short».","to":"«c_em»"}]}"""

MSG_CSV = """msg_id,received,from_name,patient_name,patient_dob,health_no,callback,category,message,assigned_to
«ref»,«d1_loc» «t1»,«r_n»,"«p_LF»",«p_dob»,«p_hid»,«r_ph»,Rx refill,"«r_rel» calling for «drug1» refill; pt «p_g» out of tabs since «d2_short»",«n_n»
«ref2»,«d1_loc» «t2»,«w1_n»,"«w1_LF»",«w1_dob»,«w1_hid»,«w1_ph»,Results,"wants «lab1» result; prefers email «w1_em»",«d_f»
«ref3»,«d1_loc» «t3»,«w2_n»,"«w2_LF»",«w2_dob»,«w2_hid»,«w2_ph»,Clinical,"«eponym» - worse tremor on «drug2», «w2_age» y.o.",«d_f»
«ref4»,«d2_loc» «t4»,Pharmacy (ext),"«w3_LF»",«w3_dob»,«w3_hid»,«w3_ph»,Admin,"new address «w3_line», «w3_town» «w3_pc»",«s_n»
"""

DICTATION = """TRANSCRIBED DICTATION — Outpatient Letter — «hospital»
Clinic date: «d1_long»        Typed: «d2_loc»        Job «job»
Dear Dr «c_f»,
Re: «p_n», DOB «p_dob», «p_addr», «p_hidl» «p_hid», «p_natl» «p_nat», hospital no. «mrn»
I reviewed this «p_age»-year-old «p_occ» today with «p_his» «r_rel» «r_g». «p_He» has «eponym» diagnosed in «year», currently on «drug1» and «drug2». Since «d3_long» «p_he» has had falls; «sign» was positive.
«p_He» still drives (licence «p_dl») and I have advised «p_him» to stop and inform the licensing authority. Plan: «lab1», review «d4_long». DBS IPG serial «pump_sn» checked, battery 2.9 V. «p_g» prefers to be contacted on «p_ph».
Dictated by: Dr «d_n», Consultant Neurologist («d_reg_label» «d_reg»)      Transcribed by: «s_i»
cc: Dr «c_n», «gp_practice» · «p_title» «p_n» (patient) · «r_n»
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p81_portal_message_thread", ["US", "NZ"], "text", PORTAL),
    ("p81_phone_encounter_note", ["US", "CA"], "text", PHONE_NOTE),
    ("p81_nurse_triage_call", ["AU", "UK"], "text", TRIAGE),
    ("p81_discharge_instructions", ["US", "IE"], "text", DISCHARGE),
    ("p81_care_coordination_huddle", ["CA", "NZ"], "text", HUDDLE),
    ("p81_social_work_assessment", ["NZ", "AU"], "text", SOCIAL_WORK),
    ("p81_ed_tracking_board", ["US", "AU"], "text", ED_BOARD),
    ("p81_mar_flowsheet_comments", ["CA", "UK"], "text", MAR),
    ("p81_geriatric_consult_reply", ["IE", "NZ"], "text", CONSULT),
    ("p81_ipass_sbar_handoff", ["US", "AU"], "text", HANDOFF),
    ("p81_case_management_email", ["US", "CA"], "text", CM_EMAIL),
    ("p81_no_show_list", ["NZ", "UK"], "text", NOSHOW),
    ("p81_chaplaincy_note", ["US", "IE"], "text", CHAPLAIN),
    ("p81_release_of_information_log", ["US", "CA"], "text", ROI),
    ("p81_incident_report", ["AU", "NZ"], "text", INCIDENT),
    ("p81_in_basket_export", ["US", "NZ"], "json", INBASKET),
    ("p81_message_centre_csv", ["CA", "AU"], "text", MSG_CSV),
    ("p81_transcribed_dictation", ["UK", "IE"], "text", DICTATION),
]

OLD_P = {"p81_geriatric_consult_reply", "p81_chaplaincy_note"}
OLD_W2 = {"p81_ed_tracking_board", "p81_ipass_sbar_handoff"}
ICD_DESC = {"I63.9": "ischaemic stroke", "N39.0": "urosepsis", "J44.1": "COPD exacerbation", "E87.1": "hyponatraemia", "R55": "syncope",
            "I50.9": "decompensated heart failure", "K50.90": "Crohn's flare", "G20": "parkinsonism", "F03.90": "dementia with BPSD",
            "S72.001A": "fractured neck of femur", "L89.152": "sacral pressure injury", "T42.4X1A": "benzodiazepine overdose"}  # fmt: skip
REG_LABEL = {"US": "NPI", "CA": "CPSO", "UK": "GMC", "IE": "IMC", "AU": "AHPRA", "NZ": "MCNZ"}
REL_F = ["wife", "daughter", "sister", "niece"]
REL_M = ["husband", "son", "brother", "nephew"]
ROLES = ["MOA", "CMA", "LPN", "PSR"]
OCC = ["retired welder", "bus driver", "school cleaner", "farmer", "taxi driver", "carer", "electrician"]
CITIES = [
    "Manila",
    "Lagos",
    "Accra",
    "Addis Ababa",
    "Mogadishu",
    "Seoul",
    "Hanoi",
    "Tehran",
    "Kraków",
    "Lviv",
    "Athens",
    "Catania",
    "Nuku'alofa",
]
GP = ["Riverside Medical Practice", "Harbourview Family Clinic", "Westgate Health Centre", "Ashgrove Surgery"]
CLINICS = [
    "Diabetes Outpatients",
    "Respiratory Clinic",
    "Renal Outpatients",
    "Fracture Clinic",
    "Memory Clinic",
    "Cardiology OPD",
]
Y = 365


def reg_number(rng: random.Random, loc: str) -> str:
    return {"US": ids.npi(rng), "CA": fill(rng, "%#####"), "UK": fill(rng, "%######"), "IE": fill(rng, "%####"),
            "AU": fill(rng, "MED000%######"), "NZ": fill(rng, "%####")}[loc]  # fmt: skip


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 1) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    old = kind in OLD_P
    p = draw_person(
        rng,
        loc,
        used,
        d1,
        age_days=(90 * Y + 30, 98 * Y) if old else (30 * Y, 86 * Y),
        nick=rng.random() < 0.6,
    )
    pa = (d1 - p.dob).days
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.5 else None, home=p if rng.random() < 0.5 else None,
                    age_days=(max(24 * Y, pa - 40 * Y), max(25 * Y, pa - 20 * Y)) if old else (24 * Y, 84 * Y))  # fmt: skip
    m = draw_person(rng, loc, used, d1, culture=p.culture, age_days=(20 * Y, 60 * Y))
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m}
    for x in ("d", "n", "s", "c"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 64 * Y))
    for i in range(1, 5):
        ppl[f"w{i}"] = draw_person(
            rng,
            loc,
            used,
            d1,
            age_days=(90 * Y + 30, 97 * Y) if kind in OLD_W2 and i == 2 else (19 * Y, 88 * Y),
        )
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
        s[f"{x}_mrn"] = P("MRN", fill(rng, rng.choice(["%#######", "M%######", "%##-##-##", "E%######"])))
        s[f"{x}_wem"] = P(
            "EMAIL",
            f"{plain(w.given)}.{plain(w.family)}@{rng.choice(['health.example.org', 'hospital.example.net', 'payer.example.com'])}",
        )
        s[f"{x}_sexword"] = "woman" if w.female else "man"
        s[f"{x}_birthplace"] = ""
    s["p_occ"] = K(rng.choice(OCC))
    s["p_birthplace"] = K(rng.choice(CITIES))
    s["r_rel"] = rng.choice((REL_F if r.female else REL_M)[1:] if old else REL_F if r.female else REL_M)
    s["r_Rel"] = s["r_rel"].capitalize()
    s["m_kin"] = "daughter" if m.female else "son"
    s["m_Kin"] = s["m_kin"].capitalize()
    s["p_itsme"] = (
        (
            "its ",
            P("NAME", p.nick),
            " (",
            P("NAME", p.given),
            " is my legal name but everyone calls me ",
            P("NAME", p.nick),
            ")",
        )
        if p.nick
        else ("its ", P("NAME", p.given))
    )
    s["s_role"] = rng.choice(ROLES)
    # clinicians' registrations
    s["d_npi"] = P("LICENSE", ids.npi(rng))
    s["d_reg"], s["c_reg"] = P("LICENSE", reg_number(rng, loc_code)), P("LICENSE", reg_number(rng, loc_code))
    s["d_reg_label"] = s["c_reg_label"] = REG_LABEL[loc_code]
    s["c_em"] = s["c_wem"]
    # encounter identifiers
    s["mrn"] = s["p_mrn"]
    s["fin"] = P("ACCOUNT", fill(rng, rng.choice(["%#########", "%########", "%#######"])))
    s["csn"], s["csn2"], s["csn3"] = (P("ID", fill(rng, "%##########")) for _ in range(3))
    s["ref"], s["ref2"], s["ref3"], s["ref4"] = (
        P("ID", fill(rng, rng.choice(["%######", "INC-%#####", "TKT%######"]))) for _ in range(4)
    )
    s["roi1"], s["roi2"], s["roi3"] = (P("ID", fill(rng, "ROI-%######")) for _ in range(3))
    s["interp"] = P("ID", fill(rng, "%#####"))
    s["emp"] = P("ID", fill(rng, "%######"))
    s["job"] = P("ID", fill(rng, "%#######"))
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["vin"] = P("VEHICLE", ids.vin(rng))
    s["pump_sn"] = P("DEVICE", fill(rng, rng.choice(["NG%######H", "PUMP-%#######", "%#####-##"])))
    s["bed_sn"] = P("DEVICE", fill(rng, "SN %#######@"))
    s["ip"] = P("IP", ids.ipv4(rng))
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(22))
    s["url"] = P(
        "URL",
        f"https://roi.{rng.choice(['healthrecords', 'him-share', 'recordsportal'])}.example.com/d/{token}",
    )
    # dates and times
    dd = {
        "d1": d1,
        "d2": d1 - timedelta(days=rng.randint(2, 9)),
        "d3": d1 + timedelta(days=rng.randint(3, 20)),
        "d4": d1 + timedelta(days=rng.randint(22, 60)),
    }
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
        s[f"{k}_wd"] = d.strftime("%A")
    times = rng.sample(TIMES, 5)
    for i, t in enumerate(times, 1):
        s[f"t{i}"] = K(t if loc_code != "US" or i % 2 else f"{t[:2]}:{t[2:]}")
    s["t1h"] = f"{times[0][:2]}:{times[0][2:]}:00"
    # keep vocabulary
    drugs = rng.sample(DRUGS, 3)
    s["drug1"], s["drug2"], s["drug3"] = K(drugs[0]), K(drugs[1]), K(drugs[2])
    ep = rng.sample(EPONYMS, 2)
    s["eponym"], s["eponym2"] = K(ep[0]), K(ep[1])
    s["sign"], s["device"], s["score"] = K(rng.choice(SIGNS)), K(rng.choice(DEVICES)), K(rng.choice(SCORES))
    labs = rng.sample(LABS, 2)
    s["lab1"], s["lab2"] = K(labs[0]), K(labs[1])
    icd = rng.choice(ICD)
    s["icd"], s["icd_desc"] = K(icd), ICD_DESC[icd]
    s["hospital"], s["unit"] = K(rng.choice(HOSPITALS[loc_code])), K(rng.choice(UNITS))
    s["payer"], s["reg"] = K(rng.choice(PAYERS[loc_code])), K(rng.choice(REGS[loc_code]))
    faith, ritual = rng.choice(FAITHS.get(p.culture, DEFAULT_FAITH))
    s["lang"], s["faith"], s["ritual"] = K(LANGS[p.culture]), K(faith), K(ritual)
    s["year"] = K(str(d1.year - rng.randint(2, 15)))
    s["city"] = K(rng.choice(CITIES))
    s["gp_practice"], s["clinic"] = K(rng.choice(GP)), K(rng.choice(CLINICS))
    return s


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe81:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
