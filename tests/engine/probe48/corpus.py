# ruff: noqa: E501  (hand-aligned templates)
"""Forty-eighth independent probe corpus: English (and some bilingual English / Arabic-script) health text
from the Gulf, the Levant, North Africa, Turkey and Iran -- the UAE, Saudi Arabia, Qatar, Kuwait, Oman,
Bahrain, Jordan, Lebanon, Egypt, Morocco, Tunisia, Turkey and Iran -- as hospitals, insurers, clinics,
medical fitness centres, ambulance services and coordinators there write it, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a DHA eClaimLink claim (XML), a prior-approval
request with the payer's response, a discharge summary (a patient aged 90+; Hijri dates in Saudi Arabia), a
residence-visa medical fitness certificate (an expatriate worker: passport, unified number, visa file), a
bilingual sick-leave report (Arabic-script name, Hijri dates), a lab report, a radiology report (Solar
Hijri dates in Iran), a referral letter, an e-prescription (JSON, Arabic name), a medical-tourism
coordinator's WhatsApp chat (a kunya: "Abu Nawaf"), an ambulance patient care report (90+), maternity /
labour ward notes, a Hajj / Umrah pilgrim health certificate, an occupational-health periodic examination,
a teleconsultation transcript (link, IP), a Turkish e-Nabiz-style record summary, an Egyptian outpatient
clinic ticket (90+) and an SMS appointment log (CSV).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient, `r` a relative (father,
husband, son, companion: `p_rel` says which), `m` the patient's mother, `d` and `e` doctors, `s` a staff
member (coordinator, nurse, paramedic, insurance desk, group leader), `x` `y` other people (a neighbour, a
driver, a brother, a supervisor). Forms: `_n` the name as the country writes it ("Hessa Rashed Al Hosani",
"Salim bin Hamood Al Harthy", "Heba Mostafa El-Naggar", "Cemal Baris Ozkan"), `_ch` the chain of given,
father's, grandfather's and family names ("Wassim ben Bilel ben Lassaad Riahi"), `_pn` the passport form
("AL HOSANI, HESSA RASHED"), `_g`, `_f` (with its article: "Al-Harbi", "El Amrani"), `_fa` the father's
given name, `_call` the name after Mr. / Ms. / Dr., `_k` the kunya ("Abu «Bakheet»", "Umm «Rakan»"), `_ar`
the Arabic-script name, `_ph` `_ph2` `_em`, `_line` `_loc` `_mark` `_town` `_dist` `_pc` `_pobox`
`_makani` `_short` `_addr`, `_nid` (Emirates ID, Saudi ID / Iqama, QID, Civil ID, CPR, civil no.,
national no., ID card no., Egyptian national ID, CIN, T.C. Kimlik No, Iranian national code), `_pass`,
`_nat` (keep), `_dob` 05/03/1971, `_age` (keep, under 90).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, sponsors, companions, doctors, nurses, paramedics,
  coordinators, insurance staff, drivers, chat participants -- as written: full, chains of father's and
  grandfather's names, given or family alone, father's or mother's given name alone in a "Father's name"
  field, passport form (SURNAME, GIVEN), capitals, the Arabic-script name, the son's name of a kunya
  ("Abu Sager": "Abu" / "Umm" is plain text, like an honorific). Particles bin / bint / ben and articles
  Al- / El- are inside the value; honorifics (Mr., Mrs., Ms., Dr., Eng.) are plain text outside it.
- ADDRESS: villa / flat / building / house lines with their street, way, road, block, avenue, jadda and
  zone numbers, Saudi national address building and additional numbers, communities, districts,
  neighbourhoods, mahalles, hays, cites, douars, kafrs and ezbets, towns, wilayats, markaz, communes,
  delegations, ilces, cazas, landmarks, P.O. Box numbers and Makani numbers. ZIP: every postal code
  (Saudi, Omani PC, Jordanian, Moroccan, Tunisian, Turkish, Iranian).
- First-level regions are keep when written alone and plain text inside an address: emirates, Saudi
  regions, Qatari municipalities, governorates (Kuwait, Oman, Bahrain, Jordan, Egypt, Lebanon, Tunisia),
  Moroccan regions, Turkish provinces (il), Iranian provinces; countries and nationalities are keep.
  Big cities named as a hospital's seat ("Istanbul", "Riyadh") are plain text, not scored.
- DATE: every date more specific than a year, in any calendar (Gregorian, Hijri "05/09/1445", Solar Hijri
  "1402/12/25"); years alone keep (1445 H too). AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person. ID: national IDs, Iqama, QID, Civil ID, CPR, T.C. Kimlik No, CIN, passport
  numbers, UAE unified numbers, visa file numbers, fitness application and certificate numbers, claim,
  payer-claim, prior-approval, authorization, sick-leave, e-prescription, session, incident, Hajj permit,
  provision, employee, birth-notification and baby-band numbers, lab accession and SMS message IDs.
  MRN: hospital MRN / file / admission / protocol numbers. HEALTH_PLAN: insurance card, member and policy
  numbers. LICENSE: clinicians' licence / registration numbers (DHA, SCFHS, syndicate, diploma). VEHICLE:
  plates. DEVICE: implant serial numbers. URL: a teleconsultation's personal link. IP: a client's address.
- Keep (must survive): hospital, clinic, insurer, TPA and employer names, regions and countries alone,
  nationalities, drugs (brand names too) and doses, lab values and units, departments, ICD-10 and CPT
  codes, vaccine names, job titles, ages under 90, years, money amounts (AED, SAR, QAR, KWD, OMR, BHD, JOD,
  USD, EGP, MAD, TND, TL, IRR).
- Not scored (plain text): honorifics, relation words, facility licence and payer codes written in the
  template (MF1187, INS026), hospital phone numbers, form labels, Arabic labels.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe48 import ids
from tests.engine.probe48.people import (
    LOCS,
    NAMES,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = {
    "AE": ["Al Safeer Specialty Hospital", "Wahat Al Shifa Hospital", "Zahrat Al Madina Medical Centre", "Golden Palm Polyclinic"],
    "SA": ["Dar Al Salama General Hospital", "Rawdat Al Shifa Hospital", "Al Waha Specialist Medical Complex", "Sahara Medical Center"],
    "QA": ["Pearl Coast Medical Centre", "Lusail Crescent Hospital", "Gulf Dunes Medical Centre"],
    "KW": ["Sief Specialist Hospital", "Al Rumaila Medical Center", "Marina Bay Clinic"],
    "OM": ["Wadi Al Noor Hospital", "Muscat Pearl Polyclinic", "Al Hadaf Health Centre"],
    "BH": ["Dilmun Care Hospital", "Al Bahar Medical Centre", "Pearl Island Polyclinic"],
    "JO": ["Al Karmel Hospital", "Jordan Valley Medical Centre", "Petra Crown Hospital"],
    "LB": ["Notre Dame des Cèdres Hospital", "Mount Sannine Medical Center", "Saint Rafqa University Hospital"],
    "EG": ["El-Salam Central Hospital", "Nile Delta General Hospital", "El-Shefa Specialized Center", "Delta Star Medical Center"],
    "MA": ["Clinique Les Palmiers", "Centre Hospitalier Atlas", "Clinique Argana"],
    "TN": ["Clinique Carthage Médical", "Clinique El Menzah Sud", "Polyclinique Les Berges du Lac"],
    "TR": ["Özel Anadolu Şifa Hastanesi", "Bosphorus Vista Hospital", "Merkez Şehir Hastanesi"],
    "IR": ["Shafa Specialty Hospital", "Kowsar Medical Center", "Arya Day Clinic"],
}
INSURERS = {
    "AE": ["Daman", "Thiqa", "Sukoon Insurance", "Orient Insurance"], "SA": ["Bupa Arabia", "Tawuniya", "MedGulf"],
    "QA": ["QLM Life & Medical", "Seib Insurance"], "KW": ["GIG Kuwait", "Warba Insurance"], "OM": ["Dhofar Insurance", "National Life & General"],
    "BH": ["Solidarity Bahrain", "SNIC Insurance"], "JO": ["Jordan Insurance Company", "Civil Health Insurance"], "LB": ["NSSF", "Bankers Assurance"],
    "EG": ["Misr Insurance", "Health Insurance Organization"], "MA": ["CNSS - AMO", "CNOPS", "Wafa Assurance"], "TN": ["CNAM", "STAR Assurances"],
    "TR": ["SGK", "Anadolu Sigorta"], "IR": ["Tamin Ejtemaei", "Salamat Insurance"],
}  # fmt: skip
TPAS = ["NextCare", "NAS Administration Services", "MedNet UAE", "Neuron", "Globemed Gulf"]
CHAINS = ["Al Borg Diagnostics", "Al Mokhtabar Labs", "Unilabs", "Medlab Gulf", "Emirates Clinical Lab"]
EMPLOYERS = ["Gulf Horizon Contracting LLC", "Al Reef Facility Management", "Desert Falcon Logistics", "Blue Dune Catering Services",
             "Sands Steel Fabrication WLL", "Al Manara Trading Est.", "Coral Bay Hospitality"]  # fmt: skip
JOBS = ["electrician", "heavy-duty driver", "scaffolder", "site engineer", "cook", "accountant", "welder", "security guard", "pipe fitter", "sales executive"]
JOBS_F = ["staff nurse", "accountant", "sales executive", "housemaid", "cashier", "teacher", "receptionist", "lab technician"]
DRUGS = ["Panadol 500 mg", "Augmentin 1 g", "Nexium 40 mg", "Glucophage 850 mg", "Concor 5 mg", "Lipitor 20 mg", "Brufen 400 mg",
         "Zithromax 500 mg", "Voltaren 50 mg", "Ventolin inhaler", "Flagyl 500 mg", "Cataflam 50 mg", "Antinal 200 mg", "Ciprobay 500 mg",
         "Januvia 100 mg", "Amaryl 2 mg", "Exforge 5/160", "Lantus 20 units", "Klacid 500 mg", "Ceftriaxone 1 g IV", "Enoxaparin 40 mg SC",
         "Pantozol 40 mg", "Ferrous sulphate 200 mg"]  # fmt: skip
LABS = ["HbA1c 8.4 %", "Hb 10.2 g/dL", "WBC 13.6 x10^9/L", "CRP 86 mg/L", "Creatinine 142 µmol/L", "FBS 7.9 mmol/L", "TSH 4.8 mIU/L",
        "Vitamin D 11 ng/mL", "ALT 64 U/L", "Ferritin 9 ng/mL", "LDL 4.1 mmol/L", "Platelets 96 x10^9/L"]  # fmt: skip
ICD = ["J18.9", "N39.0", "E11.9", "I10", "M54.5", "K35.80", "J03.90", "E55.9", "N18.3", "I50.9", "D50.9", "M17.11"]
CPT = ["72148", "99213", "71046", "74177", "80053", "83036", "97110"]
DEPTS = ["Internal Medicine", "Orthopaedics", "Family Medicine", "Cardiology", "Emergency Medicine", "Nephrology", "General Surgery", "Endocrinology"]
VACCINES = ["Meningococcal ACWY", "Seasonal influenza", "COVID-19 booster", "Polio bOPV", "Pneumococcal PCV13", "Hepatitis B"]
CURRENCY = {"AE": "AED", "SA": "SAR", "QA": "QAR", "KW": "KWD", "OM": "OMR", "BH": "BHD", "JO": "JOD", "LB": "USD", "EG": "EGP",
            "MA": "MAD", "TN": "TND", "TR": "TL", "IR": "IRR"}  # fmt: skip
SCALE = {"KW": 0.08, "OM": 0.1, "BH": 0.1, "JO": 0.2, "LB": 0.27, "EG": 12, "MA": 2.7, "TN": 0.85, "TR": 8, "IR": 11000}
LICENSE = {"AE": "DHA-P-%######", "SA": "%#-R-%######", "QA": "QCHP-D-%####", "KW": "MOH-%#####", "OM": "OMSB-%####", "BH": "NHRA-%#####",
           "JO": "JMC-%####", "LB": "OML-%####", "EG": "Syndicate %#####", "MA": "CNOM %####", "TN": "CNOM-T %####", "TR": "Dip. Tescil %#####",
           "IR": "MC-%#####"}  # fmt: skip
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def date_forms(d: date) -> dict[str, Slot]:
    h, j = ids.hijri(d), ids.jalali(d)
    return {"dmy": P("DATE", f"{d:%d/%m/%Y}"), "eg": P("DATE", f"{d.day}/{d.month}/{d.year}"), "dash": P("DATE", f"{d:%d-%m-%Y}"),
            "mon": P("DATE", f"{d.day:02d}-{d:%b-%Y}"), "long": P("DATE", f"{d.day} {d:%B %Y}"), "iso": P("DATE", d.isoformat()),
            "dot": P("DATE", f"{d:%d.%m.%Y}"), "dm": P("DATE", f"{d.day} {d:%b}"), "hij": P("DATE", f"{h[2]:02d}/{h[1]:02d}/{h[0]}"),
            "jal": P("DATE", f"{j[0]}/{j[1]:02d}/{j[2]:02d}")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    h, j = ids.hijri(w.dob), ids.jalali(w.dob)
    dob = P("DATE", f"{w.dob:%d/%m/%Y}")
    alt: Slot = dob
    if w.loc.code == "SA":
        alt = (dob, " (", P("DATE", f"{h[2]:02d}/{h[1]:02d}/{h[0]}"), " H)")
    elif w.loc.code == "IR":
        alt = (dob, " (", P("DATE", f"{j[0]}/{j[1]:02d}/{j[2]:02d}"), ")")
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_ch": N(w.chain), f"{x}_pn": N(w.passport_name), f"{x}_g": N(w.given), f"{x}_f": N(w.family),
        f"{x}_fa": N(w.father), f"{x}_call": N(w.call), f"{x}_NC": N(w.full.upper()), f"{x}_hon": w.hon,
        f"{x}_k": ("Umm " if w.female else "Abu ", N(w.kunya)) if w.kunya else N(w.given), f"{x}_ar": N(w.arabic) if w.arabic else "",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_loc": A(w.locality) if w.locality else "", f"{x}_mark": A(w.landmark), f"{x}_town": A(w.town),
        f"{x}_dist": A(w.district), f"{x}_pc": P("ZIP", w.postcode) if w.postcode else "", f"{x}_pobox": A(w.pobox),
        f"{x}_makani": A(w.makani), f"{x}_short": A(w.short), f"{x}_addr": w.addr, f"{x}_region": K(w.region),
        f"{x}_nid": P("ID", w.nid), f"{x}_nidl": w.nid_label, f"{x}_pass": P("ID", w.passport), f"{x}_nat": K(w.nat),
        f"{x}_dob": dob, f"{x}_dobx": alt, f"{x}_dobd": P("DATE", f"{w.dob:%d.%m.%Y}"), f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_dobm": P("DATE", f"{w.dob.day:02d}-{w.dob:%b-%Y}"), f"{x}_age": K(str(age)), f"{x}_agey": K(f"{age}Y"),
        f"{x}_sex": "F" if w.female else "M", f"{x}_Sex": "Female" if w.female else "Male",
        f"{x}_he": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
    }  # fmt: skip
    return s


Y = 365
# kind -> the patient's age range in days, and whether the patient is a citizen or an expatriate worker
AGES: dict[str, tuple[int, int]] = {
    "me48_discharge_summary": (90 * Y + 40, 97 * Y),
    "me48_ambulance_patient_care_report": (90 * Y + 40, 96 * Y),
    "me48_egyptian_clinic_ticket": (90 * Y + 40, 95 * Y),
    "me48_maternity_labour_notes": (19 * Y, 41 * Y),
    "me48_hajj_umrah_health_certificate": (45 * Y, 78 * Y),
}
CITIZEN = {"me48_sick_leave_report", "me48_eprescription_json", "me48_coordinator_whatsapp"}
EXPAT = {"me48_visa_medical_fitness", "me48_occupational_health_exam"}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    s: dict[str, Slot] = {}
    abroad = [x for x in loc.cultures if x != loc.cultures[0]]
    culture = loc.cultures[0] if kind in CITIZEN else rng.choice(abroad) if kind in EXPAT and abroad else None
    culture = culture or rng.choice(loc.cultures)
    ages = AGES.get(kind, (18 * Y, 66 * Y))
    old = ages[0] >= 45 * Y  # the old patient (and the pilgrim) first; r is a son or a husband
    shares = culture in ("turkish", "malayali")  # a wife takes her husband's family name
    if old:
        p = draw_person(rng, loc, used, d1, culture=culture, age_days=ages)
        p_age = (d1 - p.dob).days
        if p.female and p_age < 80 * Y and rng.random() < 0.5:
            r = draw_person(rng, loc, used, d1, female=False, culture=culture, age_days=(p_age + Y, p_age + 6 * Y), home=p,
                            family=p.family if shares else None)  # fmt: skip
            rel = "husband"
        else:
            r = draw_person(rng, loc, used, d1, female=False, culture=culture, age_days=(p_age - 40 * Y, p_age - 20 * Y), home=p,
                            father=p.given if not p.female else None, family=p.family if not p.female or shares else None)  # fmt: skip
            r.grandfather = p.father if not p.female else r.grandfather
            rel = "son"
    else:
        r = draw_person(rng, loc, used, d1, female=False, culture=culture, age_days=(40 * Y, 75 * Y))
        female = True if kind == "me48_maternity_labour_notes" else False if kind == "me48_occupational_health_exam" else rng.random() < 0.5
        wife = female and (kind == "me48_maternity_labour_notes" or rng.random() < 0.4)
        if wife:
            p = draw_person(rng, loc, used, d1, female=True, culture=culture, age_days=ages, home=r,
                            family=r.family if shares else None)  # fmt: skip
            rel = "husband"
        else:
            lo, hi = ages
            hi = min(hi, (d1 - r.dob).days - 19 * Y)
            p = draw_person(rng, loc, used, d1, female=female, culture=culture, age_days=(min(lo, hi - Y), hi), home=r,
                            father=r.given, family=r.family)  # fmt: skip
            p.grandfather = r.father
            rel = "father"
        if kind in EXPAT:  # the worker's family is at home; the worker lives in camp / shared accommodation
            p = draw_person(rng, loc, used, d1, female=p.female, culture=culture, age_days=(24 * Y, 55 * Y),
                            father=p.father, family=p.family)  # fmt: skip
            p.grandfather = r.father if rel == "father" else p.grandfather
    r_age = (d1 - r.dob).days
    m = draw_person(rng, loc, used, d1, female=True, culture=culture, age_days=(r_age - 6 * Y, r_age), home=r,
                    family=r.family if shares else None)  # fmt: skip
    # b: r's brother
    b = draw_person(rng, loc, used, d1, female=False, culture=culture, age_days=(r_age - 8 * Y, r_age + 8 * Y), father=r.father,
                    grandfather=r.grandfather, family=r.family)  # fmt: skip
    ppl = {"p": p, "r": r, "m": m, "b": b}
    for x in ("d", "e", "s", "x", "y"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(26 * Y, 64 * Y))
    if kind == "me48_maternity_labour_notes":  # the midwife
        ppl["s"] = draw_person(rng, loc, used, d1, female=True, age_days=(26 * Y, 60 * Y))
    if kind == "me48_coordinator_whatsapp":  # the hospital abroad: a Turkish coordinator, surgeon and driver
        tr = LOCS["TR"]
        ppl["s"], ppl["d"] = (draw_person(rng, tr, used, d1, age_days=(26 * Y, 60 * Y)) for _ in range(2))
        ppl["y"] = draw_person(rng, tr, used, d1, female=False, age_days=(26 * Y, 60 * Y))
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    s["p_rel"] = rel
    s["p_old"] = P("AGE", str((d1 - p.dob).days * 100 // 36525))
    s["p_His"] = "Her" if p.female else "His"
    s["p_job"] = K(rng.choice(JOBS_F if p.female else JOBS))
    s["uid_l"], s["visa_l"] = ("Unified No.", "Visa file no.") if loc_code == "AE" else ("Residency file no.", "Work permit no.")
    s["p_child"] = ("daughter" if p.female else "son") if rel == "father" else ("wife" if rel == "husband" else ("mother" if p.female else "father"))
    d2 = d1 + timedelta(days=rng.randint(2, 9))
    s["ndays"] = str((d2 - d1).days + 1)
    d3 = d1 - timedelta(days=rng.randint(5, 60))
    d4 = d1 + timedelta(days=rng.randint(14, 70))
    for key, d in {"d1": d1, "d2": d2, "d3": d3, "d4": d4}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d).items()})
    lmp = d1 - timedelta(days=rng.randint(272, 285))
    s["lmp"], s["edd"] = P("DATE", f"{lmp:%d/%m/%Y}"), P("DATE", f"{lmp + timedelta(days=280):%d/%m/%Y}")
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["mrn"] = F("MRN", "%#######", "MR%######", "%##-##-##", "HN%#######", f"{d1.year % 100}-%#####")
    s["admno"] = F("MRN", f"IP{d1:%y}%#####", "ADM-%######", "%#######/1")
    s["claim"] = F("ID", f"INV-{d1.year}-%#####", "CLM%#########", "%###########")
    s["idpayer"] = F("ID", "%##########", "PC-%########")
    s["member"] = F("HEALTH_PLAN", "%-###-#######-#", "%###-####-####-####", "%#######", "BUP%#######", "QLM-%######-0%")
    s["policy"] = F("HEALTH_PLAN", "POL/%####/%###", "P-%#######-%#", "%##/%###/%#####")
    s["preauth"] = F("ID", "PA-%#######", f"PRA{d1:%y%m}%####")
    s["approval"] = F("ID", "AUTH%########", "APR-%#######")
    s["leave"] = P("ID", f"PSL{d1:%y%m%d}{fill(rng, '#####')}")
    s["rx"] = F("ID", "ERX-%########", "%##########", f"RX{d1:%y}%######")
    s["labno"] = F("ID", f"{d1:%y%m}%#####", "LAB%########", "L-%######")
    s["acc"] = F("ID", "ACC%########", f"RAD{d1:%y}%#####", "CT-%######")
    s["uid"] = F("ID", "%########", "%#########")
    s["visafile"] = P("ID", f"{rng.choice(['101', '201', '301'])}/{d1.year}/{rng.randint(1, 9)}/{fill(rng, '%#####')}")
    s["appno"] = F("ID", "MF%#########", f"MFC-{d1.year}-%######")
    s["cert"] = F("ID", "MFC%#######", "CRT-%######", f"HC/{d1.year}/%#####")
    s["incident"] = F("ID", f"{d1:%y%m%d}-%###", "INC-%########", "EMS%#######")
    s["hajj"] = F("ID", "%##########", "HP-%#########")
    s["empno"] = F("ID", "EMP-%#####", "%######", "E%#####")
    s["session"] = F("ID", "TC-%########", "%##########")
    s["proto1"], s["proto2"] = F("MRN", f"{d3.year}/%#####", "%########"), F("MRN", f"{d1.year}/%#####", "%########")
    s["provision"] = F("ID", "%###########", "T%#########")
    s["babyid"], s["birthno"] = F("ID", "NB-%######", "BB%#######"), F("ID", f"BN/{d1.year}/%#####", "%##########")
    s["sms1"], s["sms2"], s["sms3"], s["sms4"], s["sms5"] = (P("ID", fill(rng, "SM%#######")) for _ in range(5))
    s["lic_d"], s["lic_e"] = P("LICENSE", fill(rng, LICENSE[loc_code])), P("LICENSE", fill(rng, LICENSE[loc_code]))
    s["device"] = F("DEVICE", "PJN%######", "RLA%######S", "SN %########")
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["ip"] = P("IP", f"{rng.choice([5, 31, 37, 46, 78, 94, 185, 213])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
    s["url"] = P("URL", f"https://meet.{rng.choice(['sehatelehealth.com', 'doctoronline.me', 'tabib-now.net'])}/r/{token}")
    # keep values
    hosps = rng.sample(HOSPITALS[loc_code], 2)
    s["hosp"], s["hosp2"] = K(hosps[0]), K(hosps[1])
    s["hospTR"] = K(rng.choice(HOSPITALS["TR"][:2]))
    s["insurer"] = K(rng.choice(INSURERS[loc_code]))
    s["tpa"] = K(rng.choice(TPAS))
    s["chain"] = K(rng.choice(CHAINS))
    s["employer"] = K(rng.choice(EMPLOYERS))
    s["dept"], s["dept2"] = (K(v) for v in rng.sample(DEPTS, 2))
    for i, v in enumerate(rng.sample(DRUGS, 4), 1):
        s[f"drug{i}"] = K(v)
    for i, v in enumerate(rng.sample(LABS, 4), 1):
        s[f"lab{i}"] = K(v)
    s["icd1"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["cpt1"], s["cpt2"] = (K(v) for v in rng.sample(CPT, 2))
    s["vac1"], s["vac2"], s["vac3"] = (K(v) for v in rng.sample(VACCINES, 3))
    cur, k = CURRENCY[loc_code], SCALE.get(loc_code, 1)
    for i, (lo, hi) in enumerate([(2500, 18000), (600, 4000), (40, 300), (10, 120)], 1):
        v = rng.randint(lo, hi) * k
        s[f"amt{i}"] = K(f"{cur} {v:,.3f}" if loc_code in ("KW", "OM", "BH") else f"{cur} {round(v):,}")
    s["amtTR"] = K(f"EUR {rng.randint(60, 140) * 100:,}")
    s["fee"] = K(f"EGP {rng.choice([5, 10, 15, 20, 30])}")
    gross = rng.randint(300, 2400)
    s["gross"], s["net"], s["share"] = K(f"{gross}.00"), K(f"{gross - 50}.00"), K("50.00")
    s["country"], s["region"] = K(loc.country), K(p.region)
    s["year"] = K(str(rng.randint(2011, 2020)))
    s["hyear"] = K(str(ids.hijri(d1)[0]))
    return s


# ---- templates -------------------------------------------------------------------------------------------

ECLAIM = """<?xml version="1.0" encoding="utf-8"?>
<Claim.Submission xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://www.eclaimlink.ae/DataDictionary/CommonTypes/ClaimSubmission.xsd">
  <Header>
    <SenderID>MF1187</SenderID>
    <ReceiverID>INS026</ReceiverID>
    <TransactionDate>«d2_dmy» 16:42</TransactionDate>
    <RecordCount>1</RecordCount>
    <DispositionFlag>PRODUCTION</DispositionFlag>
  </Header>
  <Claim>
    <ID>«claim»</ID>
    <IDPayer>«idpayer»</IDPayer>
    <MemberID>«member»</MemberID>
    <PayerID>INS026</PayerID>
    <ProviderID>MF1187</ProviderID>
    <EmiratesIDNumber>«p_nid»</EmiratesIDNumber>
    <Gross>«gross»</Gross>
    <PatientShare>«share»</PatientShare>
    <Net>«net»</Net>
    <Encounter>
      <FacilityID>MF1187</FacilityID>
      <Type>1</Type>
      <PatientID>«mrn»</PatientID>
      <Start>«d1_dmy» 09:20</Start>
      <End>«d1_dmy» 10:05</End>
      <StartType>1</StartType>
      <EndType>1</EndType>
    </Encounter>
    <Diagnosis><Type>Principal</Type><Code>«icd1»</Code></Diagnosis>
    <Diagnosis><Type>Secondary</Type><Code>«icd2»</Code></Diagnosis>
    <Activity>
      <ID>1</ID><Start>«d1_dmy» 09:35</Start><Type>3</Type><Code>«cpt1»</Code><Quantity>1</Quantity>
      <Net>«net»</Net><Clinician>«lic_d»</Clinician>
    </Activity>
    <Activity>
      <ID>2</ID><Start>«d1_dmy» 09:58</Start><Type>5</Type><Code>B46-4387-00778-01</Code><Quantity>2</Quantity>
      <Net>0.00</Net><Clinician>«lic_d»</Clinician>
      <Observation><Type>Text</Type><Code>Dispensed</Code><Value>«drug1»</Value></Observation>
    </Activity>
    <Resubmission>
      <Type>correction</Type>
      <Comment>Member ID corrected per card copy. Pt «p_pn», DOB «p_dob», mob «p_ph». Seen by Dr «d_n» on referral from Dr «e_n» dated «d3_dmy».</Comment>
    </Resubmission>
    <Contract><PackageName>«insurer» Enhanced Silver</PackageName></Contract>
  </Claim>
</Claim.Submission>
<!-- batch uploaded by «s_em» from «ip» ; facility «hosp» -->
"""

PREAUTH = """«tpa» - ‹PRIOR AUTHORIZATION REQUEST›                       Ref: «preauth»
Payer: «insurer»      Provider: «hosp»      Submitted: «d1_dmy» 11:20 by «s_n» (insurance desk, «s_em»)
-----------------------------------------------------------------------------------------------
Member name      : «p_pn»
Card no.         : «member»              Policy: «policy»
«p_nidl»         : «p_nid»               Passport: «p_pass»
DOB / Age / Sex  : «p_dob» / «p_age» / «p_sex»                Nationality: «p_nat»
Mobile           : «p_ph»                Alt. contact: «r_n» («p_rel», «r_ph»)
Address          : «p_addr»
Employer         : «employer»
Clinician        : Dr. «d_n» (Lic. «lic_d»), «dept»
Encounter type   : Outpatient to Daycase          Expected date of service: «d2_dmy»
Diagnosis        : ‹M54.5› (principal), «icd2»
Clinical summary : «p_age»-year-old with low back pain radiating to the left leg x 6 weeks, failed
                   conservative treatment («drug1», «drug2», physiotherapy since «d3_dmy»). SLR positive at 40 deg.
Requested        : MRI lumbar spine without contrast (CPT «cpt1») - «amt1»
-----------------------------------------------------------------------------------------------
PAYER RESPONSE   : Approved            Authorization no.: «approval»
Valid until      : «d4_dmy»            Reviewed by: Dr. «e_n», medical reviewer («e_em»)
Remarks          : Co-pay «amt3» applicable. Re-submit with the MRI report for any surgical request.
"""

DISCHARGE = """«hosp»
‹DISCHARGE SUMMARY›
MRN: «mrn»        Admission No.: «admno»        Ward: Medical 3 / Bed 14
Patient: «p_ch»        «p_nidl»: «p_nid»
Age: «p_old» years     Sex: «p_Sex»      Nationality: «p_nat»      DOB: «p_dobx»
Admitted: «d1_dmy»     Discharged: «d2_dmy»
Attending: Dr. «d_n» («dept»)      Resident: Dr. «e_n»
Next of kin: «r_n» («p_rel»), mobile «r_ph»
Address: «p_addr»

Diagnoses: 1. Community-acquired pneumonia (‹J18.9›)  2. Chronic kidney disease stage 3 (‹N18.3›)  3. Known «icd1», «icd2»
History: Nonagenarian, mobile with a frame, permanent pacemaker since «year» (generator serial «device»).
Brought by «p_his» son with fever, cough and confusion for 3 days.
Investigations: «lab1»; «lab2»; CXR right lower zone consolidation. Blood cultures: no growth.
Course: Treated with «drug1» and «drug2»; delirium settled by day 3. Seen by physiotherapy.
Discharge medications: «drug3» once daily, «drug4» as before.
Follow-up: «dept» clinic on «d4_long» with Dr. «d_f». Home-care nurse «s_n» will visit «p_town».
Prepared by Dr. «e_f» («lic_e»), electronically signed «d2_dmy» 13:10.
"""

FITNESS = """«hosp» - ‹MEDICAL FITNESS CENTRE›
‹MEDICAL FITNESS CERTIFICATE - RESIDENCE VISA›
Application No.: «appno»        Date of examination: «d1_dmy»        Certificate No.: «cert»
Name (as in passport): «p_pn»
Passport No.: «p_pass»          Nationality: «p_nat»          Sex: «p_Sex»        Age: «p_age»
Date of birth: «p_dob»          «uid_l»: «uid»        «visa_l»: «visafile»
Occupation: «p_job»             Sponsor / Establishment: «employer»
Company PRO: «s_n», «s_ph»
Local address: «p_addr»         Mobile: «p_ph»
Visa type: Employment - New
SCREENING                       RESULT
Chest X-ray (PA view)           No active pulmonary TB (read by Dr. «e_n»)
HIV 1 & 2 Ag/Ab                 Non-reactive
HBsAg                           Non-reactive
VDRL / TPHA                     Non-reactive
Medical officer: Dr. «d_n» (Lic. «lic_d»)        RESULT: FIT
«p_nidl» application linked: «p_nid». Result uploaded «d2_dmy»; collected by PRO «s_g» on «d2_dmy».
Next of kin (home country): «r_n» («p_rel»)
"""

SICKLEAVE = """«hosp»
‹Sick Leave Report› / ‹تقرير إجازة مرضية›
Leave ID / رقم الإجازة: «leave»
Name / الاسم: «p_n» / «p_ar»
«p_nidl» / رقم الهوية: «p_nid»
Nationality / الجنسية: «p_nat»        Employer / جهة العمل: «employer»
Admission date / تاريخ الدخول: «d1_dmy» («d1_hij» هـ)
Leave duration / مدة الإجازة: «ndays» days / أيام, from «d1_dmy» to «d2_dmy» («d1_hij» - «d2_hij» هـ)
Diagnosis: Acute tonsillitis (‹J03.90›), background «icd1»        Clinic: «dept»
Physician name / اسم الطبيب: Dr. «d_n»        Position: Consultant        Licence: «lic_d»
Patient mobile: «p_ph»        MRN: «mrn»
Issued electronically on «d1_dmy» at 10:42. To verify, quote the leave ID at the hospital's patient affairs office
or ask «s_n» (patient relations, «s_em»). Treatment: «drug1», «drug2».
"""

LABREPORT = """«chain» - ‹CLINICAL LABORATORY REPORT›        Branch: «hosp»
Patient name : «p_n»                     Lab No.    : «labno»
Age / Sex    : «p_agey» / «p_Sex»        File No.   : «mrn»
Referred by  : Dr. «d_n»                 Mobile     : «p_ph»
Collected    : «d1_dmy» 08:10            Reported   : «d1_dmy» 14:45
«p_nidl»  : «p_nid»                       Insurance  : «insurer», card «member»
Home collection at: «p_addr» (near «p_mark»)

TEST                               RESULT           REFERENCE
«lab1»
«lab2»
«lab3»
«lab4»
Comment: HbA1c compared with the previous result of «d3_dmy». Repeat fasting sample advised.
Reviewed by: Dr. «e_n», Consultant Clinical Pathologist        Checked by: «s_n» (technologist)
Results sent by WhatsApp to «p_ph2» and by e-mail to «p_em».
"""

RADIOLOGY = """«hosp» - ‹Department of Medical Imaging›
Exam: CT abdomen and pelvis with IV contrast          Accession: «acc»
Patient: «p_n»        MRN: «mrn»        DOB: «p_dobx»        Tel: «p_ph»
Address: «p_addr»
Referring physician: Dr. «d_n»        Performed: «d1_dmy» 10:12        Technologist: «s_g»
Clinical information: right lower quadrant pain and fever since «d1_dm»; «lab1».
Comparison: ultrasound dated «d3_dmy» at «hosp2».
Technique: axial images after 80 mL ‹Omnipaque 350›; coronal and sagittal reformats.
Findings: The appendix is dilated to 11 mm with periappendiceal fat stranding. No free air, no collection.
Liver, spleen, pancreas and kidneys unremarkable. Small right ovarian cyst / prostate normal for age.
Impression: 1. Acute appendicitis without perforation (‹K35.80›). 2. No other acute finding. Surgical opinion («dept») advised.
Critical result communicated to Dr. «d_f» by telephone at 10:48 on «d1_dmy»; read-back confirmed.
Reported by: Dr. «e_n», Consultant Radiologist («lic_e»)
cc: family physician Dr. «y_n»
"""

REFERRAL = """«hosp»
‹Department of› «dept» - Outpatient Clinics
Date: «d1_long»

To: The Consultant, «dept2», «hosp2»
Subject: Referral of «p_hon» «p_ch», «p_agey», «p_nidl» «p_nid», File No. «mrn»

Dear Colleague,
I would be grateful if you could see «p_hon» «p_call», a «p_age»-year-old «p_job» from «p_town», who presented on
«d3_dmy» with exertional chest tightness. «p_he» is known to have «icd1» on «drug1» and «drug2»; «lab1» on «d3_dm».
ECG showed new T-wave inversion in V4-V6. «p_His» «p_rel» «r_n» accompanies and can be reached on «r_ph».
The family's address is «p_addr».
Insurance: «insurer», card no. «member».
Please contact me on «d_ph» or «d_em» if you need anything further.
Yours sincerely,
Dr. «d_n»
Specialist, «dept» («lic_d»)
cc: Dr. «e_n», family physician
"""

ERX = """{"prescription": {"id": "«rx»", "type": "ERX", "issuedAt": "«d1_iso»T10:15:00+04:00",
 "facility": {"name": "«hosp»", "license": "MF1187"},
 "prescriber": {"name": "Dr. «d_n»", "license": "«lic_d»", "specialty": "«dept»"},
 "patient": {"nameEn": "«p_n»", "nameAr": "«p_ar»", "nationalId": "«p_nid»", "mrn": "«mrn»", "dob": "«p_dobiso»",
   "gender": "«p_sex»", "nationality": "«p_nat»", "mobile": "«p_ph»", "email": "«p_em»",
   "address": {"line": "«p_line»", "area": "«p_town»", "region": "«p_region»", "addressCode": "«p_short»"}},
 "insurance": {"payer": "«insurer»", "memberId": "«member»", "policyNo": "«policy»"},
 "diagnoses": ["«icd1»", "«icd2»"],
 "items": [{"drug": "«drug1»", "qty": 30, "sig": "1 tab PO BID after food x 30 days"},
           {"drug": "«drug2»", "qty": 14, "sig": "1 tab PO OD x 14 days"}],
 "dispense": {"pharmacy": "«hosp2» Pharmacy", "collectedBy": "«r_n»", "relationship": "«p_rel»",
   "dispensedAt": "«d2_iso»T18:42:11+04:00", "pharmacist": "«s_n»", "note": "patient «p_g» counselled by phone"}}}
"""

WHATSAPP = """[«d1_dmy», 09:12] «s_n» (Intl Patient Coordinator): Good morning «r_k» 🌷 this is «s_g» from «hospTR» international office. Did you receive the quotation for «p_call»'s knee replacement?
[«d1_dmy», 09:20] «r_k»: Yes received, «amtTR» is ok. We can travel on «d2_dm». Passport of «p_g» is «p_pass», mine «r_pass»
[«d1_dmy», 09:22] «s_g»: Perfect. Please send the «p_nidl» copy also. Dr. «d_n» (Orthopaedics) will see «p_g» the morning after arrival
[«d1_dmy», 09:25] «r_k»: «p_nidl» «p_nid». The MRI was done at «hosp» on «d3_dmy», I will send the CD
[«d1_dmy», 09:26] «s_g»: 👍 Our driver «y_g» will pick you from the airport, his number «y_ph». Hotel is 5 min from the hospital
[«d1_dmy», 09:31] «r_k»: My brother «b_n» will come also, his mobile «b_ph». Send invoice to «r_em»
[«d1_dmy», 09:33] «s_g»: Noted. Patient file opened: «mrn». Cash deposit «amt3» on admission, rest after surgery
[«d2_dmy», 22:40] «r_k»: We landed ✈️
[«d2_dmy», 22:41] «s_g»: Hoş geldiniz! «y_g» is waiting at gate 3 with a sign "«p_f»"
[«d2_dmy», 22:43] «r_k»: 🙏 Dr. «e_f» from «hosp» said stop «drug1» 5 days before, is it ok?
[«d2_dmy», 22:45] «s_g»: Yes correct, Dr. «d_f» will confirm tomorrow. Hayırlı geceler
"""

AMBULANCE = """‹EMERGENCY MEDICAL SERVICES› - ‹PATIENT CARE REPORT (ePCR)›
Incident No.: «incident»      Date: «d1_dmy»      Unit: A-214
Call 03:12  Dispatched 03:13  On scene 03:24  Departed 03:41  At hospital 03:58
Crew: «s_n» (Paramedic, lead), «y_n» (EMT)
Caller: «r_k» («r_n», «p_rel»), «r_ph»
Scene address: «p_addr»  (P.O. Box «p_pobox»)
Patient: «p_n»      Age: «p_old»      Sex: «p_Sex»      «p_nidl»: «p_nid»
Chief complaint: sudden shortness of breath, orthopnoea. Known heart failure (‹I50.9›) and «icd1», ICD in situ (serial «device»).
Vitals 03:26: BP 168/96, HR 118 irregular, RR 30, SpO2 84% RA, GCS 15, glucose 9.1 mmol/L.
Interventions: O2 15 L NRB, CPAP 7.5 cmH2O, GTN 0.4 mg SL x2, «drug1». SpO2 93% on arrival.
Access: the family car «plate» was blocking the gate; moved by neighbour «x_n».
Handover: «hosp» ED, Dr. «d_n», 03:59. Family physician Dr. «e_n» to be informed («e_ph»).
"""

MATERNITY = """«hosp» - ‹Labour Ward Notes›
Name: «p_n»        Age: «p_age»        G3 P2        Blood group O Rh+
«p_nidl»: «p_nid»        Hospital No.: «mrn»
Husband: «r_n»        Mobile: «r_ph»        Own mobile: «p_ph»
Address: «p_addr»
LMP: «lmp»        EDD: «edd» (by dating scan on «d3_dmy»)
Antenatal care at «hosp2»; «lab1»; GDM diet-controlled.
«d1_dmy» 02:40  admitted in active labour, cervix 5 cm, membranes intact. CTG reactive.
«d1_dmy» 04:55  fully dilated. «d1_dmy» 05:20  SVD, live baby, 3.2 kg, Apgar 8 and 9.
Baby of «p_n», band no. «babyid»; skin-to-skin, breastfeeding initiated.
Delivered by midwife «s_n». Obstetrician on call: Dr. «d_n». Paediatrician Dr. «e_n» reviewed the baby.
Postnatal: «drug1», «drug2». Anti-D not required.
Birth notification no. «birthno» sent on «d2_dmy». Postnatal clinic on «d4_dmy».
"""

HAJJ = """‹MINISTRY OF HEALTH› - ‹HAJJ / UMRAH PILGRIM HEALTH CERTIFICATE›        Season «hyear» H
Pilgrim name: «p_pn»
Passport No.: «p_pass»        «p_nidl»: «p_nid»
Date of birth: «p_dob»        Sex: «p_Sex»        Nationality: «p_nat»
Address: «p_addr»        Mobile: «p_ph»
Group leader: «s_n» («s_ph»)
Mahram / companion: «r_n» («p_rel»), passport «r_pass»
VACCINATIONS
  «vac1»          given «d1_dmy», batch MN4472A
  «vac2»          given «d1_dmy»
  «vac3»          given «d3_dmy»
Chronic conditions: «icd1», controlled on «drug1» and «drug2». Fit to travel: YES
Examining physician: Dr. «d_n», «hosp» («lic_d»)
Hajj permit no.: «hajj»        Certificate no.: «cert»        Issued «d2_dmy»
"""

OCCHEALTH = """«employer» - ‹Occupational Health Clinic› (operated by «hosp»)
‹PERIODIC MEDICAL EXAMINATION› - noise and dust exposed workers
Employee: «p_n»        Emp. No.: «empno»        «p_nidl»: «p_nid»
Nationality: «p_nat»        Job title: «p_job»        DOB: «p_dob»        Age: «p_age»
Accommodation: «p_addr»        Mobile: «p_ph»
Supervisor: Eng. «x_n» («x_ph»)
Exposure: noise 88 dB(A) TWA, respirable silica. Hearing protection: yes.
Audiometry: mild bilateral notch at 4 kHz. Spirometry: FEV1/FVC 0.78. CXR (ILO): 0/0. «lab1».
Fitness: FIT with restriction (hearing protection mandatory; annual audiometry).
Examined by Dr. «d_n» («lic_d») on «d1_dmy»; OH nurse «s_n». Next examination due «d4_dmy».
Previous examination «d3_dmy»: «icd1», on «drug1».
Emergency contact in home country: «r_n» («p_rel»), «r_ph»
"""

TELECONSULT = """‹TELECONSULTATION TRANSCRIPT›        Session: «session»
Link: «url»        Started: «d1_dmy» 19:02        Client IP: «ip»
Participants: Dr. «d_n» (Internal Medicine, «lic_d»); patient «p_n»; «r_n» («p_rel») joined 19:06
[19:02] Dr. «d_f»: Good evening, can you hear me? Please confirm your full name and date of birth.
[19:02] «p_g»: Yes doctor, «p_n», born «p_dobx».
[19:03] Dr. «d_f»: And the number on your card?
[19:03] «p_g»: «p_nid»
[19:04] «p_g»: Since «d3_dm» I have burning when passing urine and fever. I took «drug1» that my neighbour «x_g» gave me.
[19:06] «r_g»: Sorry doctor, this is «r_g», «p_his» «p_rel». Sugar this morning was 240. We live in «p_town», the lab is far.
[19:08] Dr. «d_f»: I will send «drug2» for 7 days. Do a urine culture and a CBC at «chain» (last «lab2»). Follow-up with Dr. «e_n» on «d2_dm».
[19:09] «r_g»: Please send it to my WhatsApp «r_ph» or e-mail «r_em».
[19:10] Dr. «d_f»: Done, prescription code «rx». Go to the emergency department if vomiting or confusion.
Session ended 19:11.
"""

ENABIZ = """e-Nabız - ‹Personal Health Record Summary›        Printed: «d2_dot»
Name Surname: «p_n»        T.C. Kimlik No: «p_nid»
Date of birth: «p_dobd»        Gender: «p_Sex»        Blood type: A Rh(+)
Mother's name: «m_g»        Father's name: «p_fa»
Address: «p_addr»
Mobile: «p_ph»        E-mail: «p_em»
Family physician: Dr. «d_n» - Family Health Centre No. 3
VISITS
  «d3_dot»   «hosp»    Internal Medicine   Dr. «e_n»   Protocol no: «proto1»   Dx «icd1»
  «d1_dot»   «hosp2»   Emergency           Dr. «y_n»   Protocol no: «proto2»   Dx «icd2»
PRESCRIPTIONS
  «d1_dot»   e-prescription «rx»: «drug1», «drug2»
LAB RESULTS («d1_dot»): «lab1»; «lab2»
VACCINES: «vac1» «d2_dot»
Emergency contact: «r_n» («p_rel»), «r_ph»        SGK provision no.: «provision»
"""

EGTICKET = """‹Arab Republic of Egypt› - ‹Ministry of Health and Population›
«hosp» - ‹Outpatient Clinics Ticket› (تذكرة عيادات خارجية)
Serial: 0417        Date: «d1_eg»        Clinic: «dept»        Fee: «fee»
Patient name: «p_ch»
Age: «p_old»        Sex: «p_Sex»        National ID: «p_nid»
Address: «p_addr»
Phone: «p_ph»        Companion: «r_n» («p_rel»), «r_ph»
Complaint: dizziness and swelling of both legs x 2 weeks. BP 165/95, pulse 88.
Dx: «icd1»        Rx: «drug1» 1x2, «drug2» 1x1, «drug3» at night
Referred to «hosp2» for echocardiography, appointment «d4_eg».
Doctor: «d_n» («lic_d»)        Dispensed by pharmacist «s_n» on «d1_eg».
Health insurance no.: «member»
"""

SMSLOG = """msg_id,sent_at,to,status,text
«sms1»,«d1_iso» 08:00,«p_ph»,DELIVERED,"Bonjour «p_n», your appointment at «hosp» («dept») is on «d2_dmy» at 09:30. File «mrn». Reply 1 to confirm."
«sms2»,«d1_iso» 08:00,«x_ph»,FAILED,"Dear «x_n», reminder: «dept2» follow-up «d4_dmy». Bring your «insurer» card."
«sms3»,«d1_iso» 08:01,«y_ph»,DELIVERED,"«y_g», your results are ready («lab1»). Collect at «hosp2» or check «y_em»."
«sms4»,«d1_iso» 08:02,«r_ph»,DELIVERED,"«r_n»: «p_g» is admitted, file «mrn». Deposit «amt3» due by «d2_dmy»."
«sms5»,«d1_iso» 08:03,«e_ph»,DELIVERED,"Dr «e_f», your «dept» list for «d2_dmy» has 18 patients (first: «m_n», «drug1» review)."
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("me48_dha_eclaim_xml", ["AE", "AE"], "text", ECLAIM),
    ("me48_prior_approval_request", ["AE", "QA"], "text", PREAUTH),
    ("me48_discharge_summary", ["SA", "JO"], "text", DISCHARGE),
    ("me48_visa_medical_fitness", ["AE", "KW"], "text", FITNESS),
    ("me48_sick_leave_report", ["SA", "AE"], "text", SICKLEAVE),
    ("me48_lab_report", ["EG", "BH"], "text", LABREPORT),
    ("me48_radiology_report", ["LB", "IR"], "text", RADIOLOGY),
    ("me48_referral_letter", ["JO", "OM"], "text", REFERRAL),
    ("me48_eprescription_json", ["AE", "SA"], "json", ERX),
    ("me48_coordinator_whatsapp", ["KW", "QA"], "text", WHATSAPP),
    ("me48_ambulance_patient_care_report", ["AE", "BH"], "text", AMBULANCE),
    ("me48_maternity_labour_notes", ["OM", "TN"], "text", MATERNITY),
    ("me48_hajj_umrah_health_certificate", ["EG", "MA"], "text", HAJJ),
    ("me48_occupational_health_exam", ["QA", "SA"], "text", OCCHEALTH),
    ("me48_teleconsultation_transcript", ["IR", "LB"], "text", TELECONSULT),
    ("me48_enabiz_record_summary", ["TR", "TR"], "text", ENABIZ),
    ("me48_egyptian_clinic_ticket", ["EG", "EG"], "text", EGTICKET),
    ("me48_sms_appointment_log", ["TN", "MA"], "text", SMSLOG),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe48:{seed}:{kind}:{index}:{attempt}")
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
