# ruff: noqa: E501  (hand-aligned templates)
"""Forty-fourth independent probe corpus: English health text from South Asia and Southeast Asia's
English-writing countries -- India, Pakistan, Bangladesh, Sri Lanka, Nepal, the Philippines, Malaysia and
Singapore -- as their hospital, clinic, insurance, public-health and ambulance staff write it, with synthetic
PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an OPD slip, a private hospital's discharge summary,
an ABDM-linked e-prescription (JSON, ABHA number), a TPA cashless pre-authorisation form, a diagnostic chain's
lab report, a referral letter, a WhatsApp group of residents, an ASHA / lady-health-worker visit register, an
immunisation card, a PhilHealth claim form, a Singapore polyclinic memo (NRIC/FIN), a Malaysian MyKad-based
admission form, a Sri Lankan clinic-book entry, a Nepali district hospital referral, a Pakistani CNIC-based lab
requisition, a Bangladeshi NID-based birth registration note, an SMS appointment-reminder log and an ambulance
(108 / 1122) call sheet.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient, `r` the patient's father or
husband (S/O, D/O, W/O), `m` a mother (a baby's), `d` and `e` doctors, `s` a staff member (ASHA, LHW, nurse,
call-taker, TPA executive), `x` `y` other patients. Forms: `_n` the name as the country writes it (Tamil "K.
Vasanthi", Malay "Rosli bin Zainal", Chinese "Chng Teck Huat" or "Teck Huat Chng", Filipino "Rogelio T.
Santiago" + "Jr."), `_g`, `_f`, `_call` (the name after an honorific), `_NC` capitals, `_hon` the honorific
(plain), `_ph` `_ph2`, `_em`, `_line` `_loc` `_mark` `_town` `_dist` `_pc` `_addr`, `_nid` (Aadhaar, CNIC,
NID, NIC, citizenship no., PhilHealth PIN, MyKad, NRIC/FIN), `_dob` 05/03/1971, `_age` (keep, under 90).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives (after S/O, D/O, W/O, C/O, "Baby of"), doctors, nurses,
  ASHA / LHW workers, call-takers, TPA executives, residents in a chat -- as written: full, given or family
  alone, initial + given (the initial itself is plain text when it stands apart), bin / binti names (the
  particle inside the value), capitals. Honorifics (Shri, Smt., Kumari, Master, Begum, Mst., Engr., Dr., Puan,
  Encik, Mdm) and suffixes (Jr., III) are plain text outside the value.
- ADDRESS: house / plot / flat / block lines, localities (Nagar, Colony, Layout, Sector, Mohalla, village,
  barangay, purok, sitio, taman, jalan, lorong, estate), named landmarks after "near", towns, tehsils, taluks,
  mandals, upazilas, municipalities, districts (below the first level) and Philippine provinces (below the
  region). ZIP: PIN codes and every postal code (6-digit Singapore codes too).
- First-level regions are keep when written alone and plain text inside an address: Indian states, Pakistani
  provinces, Bangladeshi divisions, Sri Lankan and Nepali provinces, Philippine regions (Region III,
  CALABARZON), Malaysian states; countries are keep.
- DATE: every date more specific than a year (birth, visit, admission, discharge, due, dose dates); years
  alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person. ID: Aadhaar, PAN, ABHA number, CNIC, NID, NIC, citizenship number, SSS number,
  MyKad, NRIC/FIN, birth-registration, claim, pre-auth, call and lab-requisition numbers, ASHA / LHW IDs.
  MRN: UHID, IP, OP and hospital registration numbers, clinic-book numbers, lab sample / accession IDs
  are ID. HEALTH_PLAN: policy, TPA card, member and PhilHealth numbers. VEHICLE: vehicle registrations.
- Keep (must survive): hospital, polyclinic, diagnostic chain, TPA and insurer names, regions and countries
  alone, drugs (brand names too) and doses, lab values and units, departments, ages under 90, years, money
  amounts (Rs., PKR, Tk, LKR, NPR, PHP, RM, S$), ICD-10 codes, vaccine names.
- Not scored (plain text): honorifics, relation markers, hospital phone numbers, form labels.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe44 import ids
from tests.engine.probe44.people import (
    LOCS,
    NAMES,
    NID_LABEL,
    NID_TYPE,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = {
    "IN": ["Sanjeevani Multispeciality Hospital", "Arogya Nidhi Hospital", "Sushrut Heart Institute", "Kamakshi Superspeciality Hospital"],
    "PK": ["Al-Shifa Trust Hospital Gujrat", "Noor Welfare Hospital", "DHQ Hospital"],
    "BD": ["Upazila Health Complex", "Popular Diagnostic Centre", "Sheba General Hospital"],
    "LK": ["Base Hospital", "Durdans Hospital", "Asiri Surgical Hospital"],
    "NP": ["District Hospital", "Bir Hospital", "Manipal Teaching Hospital"],
    "PH": ["Bulacan Medical Center", "Our Lady of Mercy General Hospital", "Rural Health Unit"],
    "MY": ["Hospital Sultanah Aminah", "KPJ Damansara Specialist Hospital", "Klinik Kesihatan"],
    "SG": ["Sengkang Polyclinic", "Bukit Panjang Polyclinic", "Khoo Teck Puat Hospital"],
}
CHAINS = ["Dr. Lal PathLabs", "Thyrocare", "Metropolis Healthcare", "Chughtai Lab", "Excel Lab", "SRL Diagnostics"]
TPAS = ["Medi Assist TPA", "Paramount Health Services TPA", "Health India TPA", "Vidal Health TPA"]
INSURERS = ["Star Health and Allied Insurance", "Niva Bupa Health Insurance", "Care Health Insurance", "New India Assurance"]
DRUGS = ["Dolo 650 mg", "Pan 40 mg", "Augmentin 625 Duo", "Telma 40 mg", "Glycomet GP 1", "Ecosprin 75 mg", "Shelcal 500 mg",
         "Zerodol SP", "Montair LC", "Calpol 500 mg", "Biogesic 500 mg", "Panadol 500 mg", "Amlodipine 5 mg", "Metformin 500 mg",
         "Azithral 500 mg", "Ceftriaxone 1 g IV", "ORS sachet", "Zinc 20 mg", "Iron Folic Acid tab", "Losartan 50 mg"]  # fmt: skip
LABS = ["Hb 9.8 g/dL", "TLC 11,400 /cumm", "Platelets 1.2 lakh/cumm", "HbA1c 8.1 %", "FBS 162 mg/dL", "S. Creatinine 1.4 mg/dL",
        "NS1 Antigen Positive", "Widal TO 1:160", "TSH 6.2 uIU/mL", "SGPT 68 U/L", "Dengue IgM Reactive", "ESR 42 mm/1st hr"]  # fmt: skip
ICD = ["A90", "A01.0", "E11.9", "I10", "J18.9", "O80", "A09", "B54", "J45.9", "N39.0", "K35.80", "E86.0"]
DEPTS = ["General Medicine", "Paediatrics", "Obstetrics & Gynaecology", "Orthopaedics", "Cardiology", "Casualty"]
VACCINES = ["BCG", "OPV-1", "Pentavalent-1", "Rotavirus-1", "PCV-1", "fIPV-1", "Measles-Rubella 1", "Vitamin A"]
CURRENCY = {"IN": "Rs.", "PK": "PKR", "BD": "Tk", "LK": "LKR", "NP": "NPR", "PH": "PHP", "MY": "RM", "SG": "S$"}
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def date_forms(d: date, us: bool = False) -> dict[str, Slot]:
    dmy = f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"
    return {"dmy": P("DATE", dmy), "dash": P("DATE", f"{d:%d-%m-%Y}"), "mon": P("DATE", f"{d.day:02d} {d:%b %Y}"),
            "long": P("DATE", f"{d.day}{ORDINAL.get(d.day, 'th')} {d:%B %Y}"), "iso": P("DATE", d.isoformat()),
            "us": P("DATE", f"{d:%B} {d.day}, {d.year}"), "dm": P("DATE", f"{d.day} {d:%b}")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    full = (N(w.full), f" {w.suffix}") if w.suffix else N(w.full)
    us = w.loc.code == "PH"
    s: dict[str, Slot] = {
        f"{x}_n": full, f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_call": N(w.call), f"{x}_NC": N(w.full.upper()),
        f"{x}_hon": w.hon, f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_loc": A(w.locality), f"{x}_mark": A(w.landmark), f"{x}_town": A(w.town),
        f"{x}_dist": A(w.district), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr, f"{x}_region": K(w.region),
        f"{x}_nid": P(NID_TYPE.get(w.loc.code, "ID"), w.nid), f"{x}_nidl": NID_LABEL[w.loc.code],
        f"{x}_dob": P("DATE", f"{w.dob:%m/%d/%Y}" if us else f"{w.dob:%d/%m/%Y}"), f"{x}_dobm": P("DATE", f"{w.dob.day:02d}-{w.dob:%b-%Y}"),
        f"{x}_dobiso": P("DATE", w.dob.isoformat()), f"{x}_age": K(str(age)), f"{x}_agey": K(f"{age} Y"),
        f"{x}_sex": "F" if w.female else "M", f"{x}_Sex": "Female" if w.female else "Male",
        f"{x}_mid": N(w.middle) if w.middle else "", f"{x}_sfx": w.suffix,
    }  # fmt: skip
    return s


PEOPLE = ("p", "r", "m", "d", "e", "s", "x", "y")
Y = 365
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "sa44_immunisation_card": {"p": (40, 300)},
    "sa44_bd_nid_birth_registration_note": {"p": (3, 30)},
    "sa44_ambulance_call_sheet": {"p": (90 * Y + 40, 97 * Y)},
    "sa44_private_discharge_summary": {"p": (90 * Y + 40, 96 * Y)},
    "sa44_asha_lhw_visit_register": {"x": (90 * Y + 40, 98 * Y)},
}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(540))
    used: set[str] = set()
    s: dict[str, Slot] = {}
    ages = AGES.get(kind, {})
    young = "p" in ages and ages["p"][1] < 2 * Y
    # the father / husband first, the patient takes his family name (or his given name as initial / bin)
    r = draw_person(rng, loc, used, d1, female=False, age_days=(30 * Y, 70 * Y))
    pf = r.given if r.culture in ("tamil", "malay") else r.family
    female = True if young else rng.random() < 0.5
    if young:
        female = rng.random() < 0.5
    p = draw_person(rng, loc, used, d1, female=female, culture=r.culture, family=pf, home=r,
                    age_days=ages.get("p", (8 * Y, 60 * Y) if r.dob.year < 1985 else (1 * Y, 12 * Y)))  # fmt: skip
    if "p" in ages and not young:  # the very old patient: r is a son
        p = draw_person(rng, loc, used, d1, female=rng.random() < 0.5, culture=r.culture, family=pf, home=r, age_days=ages["p"])
    m = draw_person(rng, loc, used, d1, female=True, culture=r.culture, family=None if r.culture in ("tamil", "malay", "chinese_sg") else r.family,
                    home=r, age_days=(20 * Y, 38 * Y))  # fmt: skip
    ppl = {"p": p, "r": r, "m": m}
    for x in ("d", "e", "s", "x", "y"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=ages.get(x, (24 * Y, 64 * Y)))
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    rel_father = not young and (not p.female or rng.random() < 0.5 or p.dob.year > 2000)
    s["p_rel"] = ("S/O" if not p.female else "D/O") if (rel_father or young) else "W/O"
    if "p" in ages and not young:
        s["p_rel"] = "C/O"
    s["late"] = rng.choice(["Late ", "", ""]) if s["p_rel"] in ("S/O", "D/O") else ""
    s["p_title"] = ("Master" if not p.female else "Kumari") if (d1 - p.dob).days < 16 * Y else p.hon
    s["p_old"] = P("AGE", str((d1 - p.dob).days * 100 // 36525))
    s["x_old"] = P("AGE", str((d1 - ppl["x"].dob).days * 100 // 36525))
    us = loc_code == "PH"
    d2 = d1 + timedelta(days=rng.randint(2, 9))
    d3 = d1 - timedelta(days=rng.randint(3, 40))
    d4 = d1 + timedelta(days=rng.randint(14, 60))
    for key, d in {"d1": d1, "d2": d2, "d3": d3, "d4": d4}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, us).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["uhid"] = F("MRN", "UHID%#########", "SMH%######", f"{d1:%y}%#######", "MRD/%#/######")
    s["ipno"] = F("MRN", f"IP/{d1:%y}/%####", "IPD-%######", f"IP{d1:%y}%#####")
    s["opno"] = F("MRN", f"OP/{d1:%y}/%#####", "OPD%#######", "%######/@")
    s["regno"] = F("MRN", "%#######", "HRN-%######", "CB/%####/" + str(d1.year))
    s["policy"] = F("HEALTH_PLAN", "%###/@@/%######/##/###", "P/%#####/01/%###/######", "%#######%###")
    s["tpacard"] = F("HEALTH_PLAN", "MA%########", "PHS-%#######", "%##########-01")
    s["member"] = F("HEALTH_PLAN", "%#-#########-#", "%###-####-####")
    s["preauth"] = F("ID", "PA/%######/" + str(d1.year), "CL%#########", "RR-%#######")
    s["claim"] = F("ID", "CLM-%#########", "%###########")
    s["labno"] = F("ID", "SID %#########", "%##@%######", "LAB/%#/######")
    s["callid"] = F("ID", f"{d1:%y%m%d}%#####", "EMRI-%########", "RES-%#######")
    s["worker"] = F("ID", "ASHA/%##/####", "LHW-%####", "HW%#####")
    s["brn"] = F("ID", f"{d1.year}%#############", "BR-%#########")
    s["abha"] = P("ID", ids.abha(rng))
    s["abha_addr"] = P("ID", f"{p.given.lower().replace(' ', '')}{fill(rng, '%##')}@abdm")
    s["pan"] = P("ID", ids.pan(rng, r.family))
    s["sss"] = P("ID", ids.sss(rng))
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["plate2"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["mcr"] = F("ID", "M%####@")
    s["ip"] = P("IP", f"{rng.choice([49, 103, 117, 182, 202])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    # keep values
    s["hosp"] = K(rng.choice(HOSPITALS[loc_code]))
    s["hosp2"] = K(rng.choice([h for h in HOSPITALS[loc_code] if h != s["hosp"].value]))  # type: ignore[union-attr]
    s["chain"] = K(rng.choice(CHAINS))
    s["tpa"], s["insurer"] = K(rng.choice(TPAS)), K(rng.choice(INSURERS))
    s["dept"], s["dept2"] = (K(v) for v in rng.sample(DEPTS, 2))
    for i, v in enumerate(rng.sample(DRUGS, 4), 1):
        s[f"drug{i}"] = K(v)
    for i, v in enumerate(rng.sample(LABS, 4), 1):
        s[f"lab{i}"] = K(v)
    s["icd1"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["vac1"], s["vac2"], s["vac3"] = (K(v) for v in rng.sample(VACCINES, 3))
    cur = CURRENCY[loc_code]
    for i, (lo, hi) in enumerate([(20000, 180000), (5000, 60000), (300, 4500), (100, 1500)], 1):
        s[f"amt{i}"] = K(f"{cur} {rng.randint(lo, hi):,}")
    s["country"] = K(loc.country)
    s["region"] = K(p.region)
    s["year"] = K(str(rng.randint(2016, 2023)))
    return s


# ---- templates -------------------------------------------------------------------------------------------

OPD = """«hosp»                           ‹OUT-PATIENT DEPARTMENT›
OPD SLIP       UHID: «uhid»     OP No: «opno»     Date: «d1_dmy»   Token: 41
Patient Name : «p_title» «p_n» «p_rel» «late»«r_n»
Age/Sex      : «p_agey» / «p_sex»          Mobile: «p_ph»
Address      : «p_addr»
«p_nidl»     : «p_nid»
Dept         : «dept»        Consultant: Dr. «d_n»
Complaints   : fever with chills x 4 days, body ache. BP 124/80, SpO2 97%.
Investigations: «lab1», «lab2»
Rx  1) «drug1»  1-0-1 x 5 days   2) «drug2»  0-0-1 x 5 days
Review after 5 days («d2_dmy») with reports. Attendant: «m_n» («m_ph»)
Fee paid: «amt4»   (Reg. counter: «s_g»)   Provisional dx: «icd1»
"""

DISCHARGE = """«hosp»                ‹DISCHARGE SUMMARY›
Name: «p_n»   «p_rel» «r_n»     Age: «p_old» yrs   Sex: «p_Sex»
IP No: «ipno»    UHID: «uhid»    Bed: ICU-7 / 412
DOA: «d1_mon»    DOD: «d2_mon»    Consultant: Dr. «d_n», «dept»
Address: «p_addr»
Contact: «r_ph», «r_em»
Final diagnosis: Community acquired pneumonia («icd1»), type 2 diabetes («icd2»).
Course in hospital: Nonagenarian admitted with breathlessness; treated with «drug1» and «drug2». «lab1» on «d1_dm»,
repeat «lab2» on «d3_dm» (outside report). Seen by Dr. «e_n» («dept2») on «d2_dm».
Advice on discharge: «drug3» x 7 days, «drug4» OD. Review in OPD on «d4_long». Bill settled: «amt1».
Summary prepared by Dr. «e_f»; patient's son «r_call» counselled. Emergency: «r_ph2»
"""

EPRESCRIPTION = """{"resourceType": "Bundle", "type": "document", "timestamp": "«d1_iso»T11:42:09+05:30",
 "source": {"hip": "«hosp»", "hipId": "IN2710004417", "ip": "«ip»"},
 "patient": {"name": "«p_n»", "abhaNumber": "«abha»", "abhaAddress": "«abha_addr»", "gender": "«p_sex»", "birthDate": "«p_dobiso»",
   "mobile": "«p_ph»", "address": {"line": "«p_line», «p_loc»", "city": "«p_town»", "district": "«p_dist»", "state": "«p_region»", "pincode": "«p_pc»"},
   "identifiers": [{"type": "UHID", "value": "«uhid»"}, {"type": "PAN", "value": "«pan»"}]},
 "practitioner": {"name": "Dr. «d_n»", "department": "«dept»"},
 "prescription": [{"medication": "«drug1»", "dosage": "1-0-1 after food", "days": 5}, {"medication": "«drug2»", "dosage": "0-0-1", "days": 10}],
 "conditions": [{"code": "«icd1»"}], "followUp": "«d4_iso»", "guardian": "«r_n» («p_rel»)", "note": "Consent given by «r_g» on «d1_mon»"}
"""

PREAUTH = """«tpa»                                   ‹REQUEST FOR CASHLESS HOSPITALISATION›
Insurer: «insurer»        Pre-auth No: «preauth»
Part A (to be filled by insured / patient)
a) Name of the patient: «p_n»                 b) Gender: «p_Sex»    c) Age: «p_age» years
d) Date of birth: «p_dob»                     e) Contact no.: «p_ph»
f) Insured card ID no.: «tpacard»             g) Policy no. / Name of corporate: «policy»
h) Name of the proposer: «r_n» («p_rel»), PAN «pan»
i) Address: «p_addr»
j) Occupation of insured: Engr. «r_call» is a site engineer; e-mail «r_em»
Part B (to be filled by hospital): «hosp», UHID «uhid», IP no. «ipno»
Department: «dept»
Treating doctor: Dr. «d_n»   Contact: «d_ph»   Provisional diagnosis: acute appendicitis («icd1»)
Date of admission: «d1_dmy»  Expected length of stay: 3 days  Room: twin sharing
Estimated cost: room «amt3»/day, OT «amt2», total «amt1»
TPA executive: «s_n», «s_ph»       Remarks: documents of «p_g» received on «d1_mon»
"""

LABREPORT = """«chain» - ‹NATIONAL REFERENCE LAB›
Name     : «p_title» «p_NC»               Sample ID: «labno»
Age/Sex  : «p_agey»/«p_sex»               Collected: «d1_dash» 08:14
Ref. By  : Dr. «d_n»                       Reported: «d2_dash» 17:40
Patient ID: «uhid»    «p_nidl»: «p_nid»
Collected at: home, «p_line», «p_loc», «p_town» (phlebotomist «s_g», «s_ph»)
TEST                    RESULT
«lab1»
«lab2»
«lab3»
«lab4»
Interpretation: correlate clinically. Previous report dated «d3_dmy» on file.
Report e-mailed to «p_em»; copy to «hosp».
Dr. «e_n», MD (Path.)   -- End of report --
"""

REFERRAL = """«hosp»
‹Department of› «dept»
Date: «d1_long»

To: The Consultant, «dept2», «hosp2»

Dear Doctor,
Re: «p_title» «p_n», «p_agey» / «p_sex», «p_rel» «r_n», Reg. No. «regno»
«p_nidl»: «p_nid»   Address: «p_addr»

Kindly see this patient referred with «lab1» and «lab2». Known case of hypertension («icd1»),
on «drug1» and «drug2» since «year». Admitted here from «d3_dmy» to «d1_dmy». Attendant «r_call» can be reached at «r_ph»;
the family prefers contact via «p_em».
Thanking you,
Dr. «d_n», Medical Officer (contact «d_ph»)
cc: Dr. «e_n»
"""

WHATSAPP = """[«d1_dmy», 10:02 pm] «d_g» MedRes: guys who has bed 14 tonight?
[«d1_dmy», 10:03 pm] «e_g»: me. that's «p_n» right, «p_agey»/«p_sex», «icd1» ?
[«d1_dmy», 10:04 pm] «d_g» MedRes: yes. husband/father «r_n» keeps calling from «r_ph». told him to wait for rounds
[«d1_dmy», 10:05 pm] «s_n» (Staff Nurse): «lab1» sent. IP no «ipno». relatives from «p_town» asking for «d_f» sir
[«d1_dmy», 10:07 pm] «e_g»: ok started «drug1». also bed 9 «x_n» from «x_loc» discharged with «lab2», pls send summary to «x_em»
[«d1_dmy», 10:09 pm] «d_g» MedRes: 👍 and PGY2 «y_g» is on call tmrw «d2_dm», not me
[«d1_dmy», 10:12 pm] «s_n» (Staff Nurse): ok. «hosp» pharmacy has «drug2» only
"""

ASHA = """‹HOME VISIT REGISTER› - «hosp»    Worker: «s_n» (ID «worker»), mobile «s_ph»
Area: «s_loc», «s_town», District «s_dist», «region»
Sl | Date        | Name of beneficiary                | Age | Visit purpose                 | Remarks
1  | «d1_dmy»  | «m_hon» «m_n» W/O «r_n»            | «m_age»  | ANC 3rd visit, IFA given     | Hb 9.6, «drug1», EDD «d4_dmy», ph «m_ph»
2  | «d1_dmy»  | «p_title» «p_n» («p_rel» «r_g»)     | «p_age»   | fever, RDT for malaria       | «lab1», referred «hosp2»
3  | «d2_dmy»  | «x_hon» «x_n», house of «x_line»    | «x_old»  | bedridden, bedsore dressing, «drug2» | son «y_n» («y_ph»)
Next meeting at «s_mark» on «d4_dm». Supervisor: «e_n»
"""

IMMUNISATION = """‹MOTHER AND CHILD PROTECTION CARD› / ‹IMMUNISATION CARD›    «country»
Child: Baby of «m_n»  (name given later: «p_g»)    Sex: «p_Sex»    DOB: «p_dob»
Father: «r_n»     Mother: «m_n»     Mobile: «m_ph»
Address: «p_addr»
Registration no.: «regno»     «m_nidl» (mother): «m_nid»
Vaccine           Due date        Given on        Batch / by
«vac1»            at birth        «p_dob»         Lot 0412K / «s_g»
«vac2»            6 weeks         «d1_dmy»        «s_n»
«vac3»            10 weeks        «d4_dmy»        next due
Weight at birth 2.9 kg. Mother on «drug1». Place of vaccination: «hosp», session site «s_mark»
"""

PHILHEALTH = """PHILHEALTH ‹CLAIM FORM 2› (CF2)     «hosp»
PART I - PATIENT / MEMBER INFORMATION
PhilHealth Identification No. (PIN) of member: «r_nid»      PIN of patient: «member»
Name of member: «r_NC» «r_sfx»   Relationship to member: dependent («p_rel»)
Name of patient: «p_n», «p_mid» (middle name)     Birthdate: «p_dob»    Sex: «p_Sex»
Mailing address: «p_addr»
Contact no.: «r_ph»    E-mail: «r_em»    SSS No.: «sss»
PART II - CONFINEMENT
Date admitted: «d1_dmy»   Date discharged: «d2_dmy»   Final dx: dengue fever («icd1»)
Attending physician: Dr. «d_n», PRC/Accreditation ‹1402-8876541›
Case rate: «amt2»; hospital charges «amt1»; professional fee «amt3»
Region: «region»   Discharge meds: «drug1», «drug2»
Certified by: «s_n», Billing Clerk, «d2_us»
"""

SGMEMO = """«hosp» - ‹MEDICAL MEMO›
Date: «d1_mon»
To: Whom It May Concern

Name: «p_NC»    NRIC/FIN: «p_nid»    DOB: «p_dob»
Address: «p_addr»     HP: «p_ph»

This is to certify that the above-named was seen at our clinic on «d1_mon» for acute gastroenteritis («icd1»).
He/She is unfit for duty from «d1_dmy» to «d2_dmy» (inclusive). Medications: «drug1», «drug2».
Next of kin: «r_n» (NRIC «r_nid»), «r_ph»
Dr «d_n» (MCR «mcr»), Family Physician, «dept»
Please contact «e_n» at «e_em» for memo verification. CHAS Blue subsidy «amt4» applied. «country»
"""

MYADMIT = """«hosp» - ‹BORANG KEMASUKAN WAD› / WARD ADMISSION FORM
Nama / Name: «p_NC»      No. MyKad: «p_nid»      Tarikh lahir: «p_dob»
No. Pendaftaran (RN): «regno»      Wad: 7B      Tarikh masuk: «d1_dmy»
Alamat / Address: «p_addr»
Telefon: «p_ph»      Emel: «p_em»
Waris / Next of kin: «r_n», MyKad «r_nid», «r_ph» («p_rel»)
Majikan / Employer: Kilang Perabot «x_f» Sdn Bhd ‹Negeri›: «region»
Doktor: Dr. «d_n» («dept»)      Deposit: «amt3»
Diagnosis: «icd1», «lab1». Ubat: «drug1», «drug2».
Disahkan oleh «s_n», Jururawat, «d1_mon»
"""

LKBOOK = """Clinic book - «hosp» / ‹Medical Clinic›     Clinic No.: «regno»
«d1_dmy»  Pt: «p_hon» «p_n»  «p_agey»  NIC «p_nid»
  Add: «p_addr»
  T.P. «p_ph»
  c/o: giddiness x 2/7, «lab1». BP 150/94.
  Dx «icd1». Rx: «drug1» mane, «drug2» nocte x 2/52
  Next clinic: «d4_dmy». Bring husband/son «r_n» (T.P. «r_ph»)
  Dr. «d_f» (MO)
«d3_dmy»  FBS done at «chain» -> «lab2». Seen by Dr. «e_n». Referred to «hosp2» «dept».
"""

NPREFERRAL = """«hosp», «p_dist» - ‹REFERRAL SLIP›
Date: «d1_dmy» (B.S. 2081)     Reg. No.: «regno»
Name: «p_hon» «p_n»     Age/Sex: «p_agey»/«p_sex»
Father/Husband: «r_n»     Citizenship No.: «p_nid»
Address: «p_addr»      Mobile: «p_ph»
Referred to: «hosp2», Kathmandu, «dept» («region», «country»)
Reason: obstructed labour / severe anaemia («lab1»). Given «drug1» before transfer.
Referred by: Dr. «d_n», MDGP (NMC No. «mcr»)     Accompanied by: «s_n» (ANM), «s_ph»
Ambulance no.: «plate», driver «y_g»
"""

PKREQ = """«chain» - ‹LAB REQUISITION SLIP›     Collection centre: «p_town»
Patient: «p_hon» «p_n» «p_rel» «r_n»      CNIC: «p_nid»
Guardian CNIC: «r_nid»      Cell: «p_ph»
Age: «p_agey»   Gender: «p_Sex»   Address: «p_addr»
Referring doctor: Dr. «d_n» («hosp»)   Panel/Insurance: «member»
Tests: CBC, LFTs, HBsAg, Anti-HCV; previous «lab1», «lab2». Fasting: yes. Requisition no.: «labno»
Sample collected by «s_g» on «d1_mon» 09:10. Amount received «amt4» (cash).
Report to be collected by «r_call» on «d2_dm», or SMS to «r_ph».
"""

BDBIRTH = """‹BIRTH REGISTRATION NOTE› - Union Parishad / «hosp»
Birth registration no.: «brn»
Child: Baby of «m_n» («p_Sex»)    Date of birth: «p_dob»    Place: «hosp», «p_dist»
Mother: «m_hon» «m_n», NID «m_nid», mobile «m_ph»
Father: «r_hon» «r_n», NID «r_nid»
Permanent address: «p_addr»
Delivery attended by «s_n» (FWV), «dept». Birth weight 2.6 kg, mother given «drug1» and «drug2».
Division: «region», «country». «vac1» given «d1_dmy».
Informant: «y_n» (maternal uncle), «y_ph». Entered by «e_n», Secretary, on «d2_dmy».
"""

SMSLOG = """msg_id,sent_at,to,status,text
«callid»,«d1_dmy» 09:00,«p_ph»,DELIVERED,"Dear «p_n», your appointment at «hosp» «dept» is on «d2_mon» 10:30. UHID «uhid»."
«labno»,«d1_dmy» 09:00,«x_ph»,FAILED,"Dear «x_n», reminder: «dept2» follow-up «d4_mon». Reply Y to confirm."
«claim»,«d1_dmy» 09:01,«y_ph»,DELIVERED,"Hi «y_g», your report «lab1» is ready. Collect from «chain» or view «y_em»."
«preauth»,«d1_dmy» 09:02,«r_ph»,DELIVERED,"«r_n»: «p_g» admitted, IP «ipno». Deposit «amt3» due by «d2_dm»."
«opno»,«d1_dmy» 09:02,«e_ph»,DELIVERED,"Dr «e_f», your «dept» clinic list for «d2_dm» has 14 patients (first: «x_g», «drug1» review)."
«worker»,«d1_dmy» 09:03,«m_ph»,DELIVERED,"«m_n», «vac1» for your baby due on «d4_dmy». «s_n», «hosp2»"
"""

AMBULANCE = """‹EMERGENCY RESPONSE› - «hosp» dispatch    Call ID: «callid»    Received: «d1_dmy» 02:17
Caller: «r_n» («p_rel» of patient), «r_ph»
Patient: «p_n», Age: «p_old» years, «p_Sex»
Pick-up: «p_addr»   Landmark given by caller: near «p_mark»
Chief complaint («icd1»): fall at home, unresponsive briefly. GCS 13. «lab1» (glucometer).
Vehicle: «plate»   Pilot: «s_n»   EMT: «y_n»
En route vitals: BP 96/60, SpO2 91%. Given «drug1». Destination: «hosp2» «dept».
Patient's own vehicle «plate2» left at scene. Handover to Dr. «d_n» at 03:05; family doctor Dr. «e_f» informed.
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("sa44_opd_slip", ["IN", "NP"], "text", OPD),
    ("sa44_private_discharge_summary", ["IN", "LK"], "text", DISCHARGE),
    ("sa44_abdm_eprescription_json", ["IN", "IN"], "json", EPRESCRIPTION),
    ("sa44_tpa_preauth_cashless", ["IN", "IN"], "text", PREAUTH),
    ("sa44_diagnostic_chain_lab_report", ["IN", "PK"], "text", LABREPORT),
    ("sa44_referral_letter", ["BD", "MY"], "text", REFERRAL),
    ("sa44_residents_whatsapp_group", ["IN", "PH"], "text", WHATSAPP),
    ("sa44_asha_lhw_visit_register", ["IN", "PK"], "text", ASHA),
    ("sa44_immunisation_card", ["BD", "NP"], "text", IMMUNISATION),
    ("sa44_philhealth_claim_form", ["PH", "PH"], "text", PHILHEALTH),
    ("sa44_sg_polyclinic_memo", ["SG", "SG"], "text", SGMEMO),
    ("sa44_mykad_admission_form", ["MY", "MY"], "text", MYADMIT),
    ("sa44_lk_clinic_book_entry", ["LK", "LK"], "text", LKBOOK),
    ("sa44_np_district_referral", ["NP", "NP"], "text", NPREFERRAL),
    ("sa44_pk_cnic_lab_requisition", ["PK", "PK"], "text", PKREQ),
    ("sa44_bd_nid_birth_registration_note", ["BD", "BD"], "text", BDBIRTH),
    ("sa44_sms_reminder_log", ["SG", "PH"], "text", SMSLOG),
    ("sa44_ambulance_call_sheet", ["IN", "PK"], "text", AMBULANCE),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe44:{seed}:{kind}:{index}:{attempt}")
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


assert NAMES  # the tables are imported for the tests
