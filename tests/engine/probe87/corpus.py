# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-seventh independent probe corpus: code-switched health text, where two languages mix inside one
sentence as multilingual staff, patients and families really write -- built the way an outside evaluator builds
a held-out set, with its own templates and its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each: a ward WhatsApp group and ASHA visit notes in Hinglish
(India), a telehealth chat and a family group chat about an admitted lola in Taglish (Philippines), a pharmacy
counter chat and patient-portal messages (JSON) in Spanglish (New York, Massachusetts), a nurse handover
voice-note transcript in Singlish and appointment-reminder replies in Manglish (Singapore, Malaysia), a
lab-result call log and a clinic's Facebook-page inbox export (JSON) in Arabizi with French (Morocco), community
health worker SMS and a discharge summary with a family note in Sheng (Kenya), a CLSC telehealth chat in Québec
Franglais, a Camfranglais / Ivorian nouchi clinic WhatsApp (Cameroon, Côte d'Ivoire), border-clinic notes in
Portuñol (Rio Grande do Sul / Rivera), a KakaoTalk chat in Konglish (Korea), a LINE chat in Japanglish (Japan),
a Welsh-English ward handover (Gwynedd, Ceredigion) and clinic SMS in Kaaps (Western and Northern Cape). The
cue words ("naam", "pangalan", "se llama", "address", "rumah", "nakaa", "anakaa", "born", "ipinanganak",
"call", "piga simu", "appelle", "mi hijo", "anak ko", "beta", "doktor", "ward", "kesho", "bukas", "mañana",
"demain", "yfory", "môre") come from either language, often the other one than the value.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient (aged 90+ in the family chat,
the Franglais chat, the Kaaps SMS, the Welsh handover, the Japanglish chat and the ASHA notes), `r` a relative,
`d` the physician, `n` a nurse, `s` a clerk, pharmacist or health worker, `c` another clinician, `w1`-`w2`
other patients or relatives. Forms: `_n` full name (family first for Hokkien and Korean names), `_g` given,
`_f` family, `_nick` the name the family uses, `_ph` `_ph2` `_em`, `_line` `_town` `_pc` `_addr`, `_dob`
(the place's numeric form), `_dobl` (long, in the place's other language), `_dobiso`, `_age` (keep, under 90),
`_old` (AGE, 90+), `_nat` `_hp` `_tax` with their `_natl` `_hpl` `_taxl` labels, `_mrn`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written: full, given alone, family alone, a nickname, with a kinship or
  politeness word of either language outside the value ("Lola", "Nani", "Tita", "Ah Ma", "Shosho", "Tannie",
  "Mamie", "-san", "-ssi", "Nain", "Sister", "Dr", "Madame" are plain text). A chat handle made of a name is a
  NAME.
- ADDRESS street lines, house and plot numbers with their lane, and towns, villages, barangays, kampungs,
  estates and douars; ZIP PIN codes, ZIP codes, postcodes of Singapore, Malaysia, Morocco, Kenya, Québec,
  Brazil (CEP), Korea, Japan (with 〒), Wales and South Africa. States, provinces, regions, districts and
  countries are plain text.
- DATE every date more specific than a year, in either language and in era form ("S16.03.14"), and chat
  timestamps' dates; years alone keep; times keep. AGE 90 and over, in either language ("93 na", "94 saal",
  "miaka 95", "97 jaar", "92 ans", "98-sai"); ages under 90 keep.
- PHONE, EMAIL of any person; a hospital's, clinic's or pharmacy's own numbers plain text. URL a link carrying a
  token; IP the address a message or a login came from.
- SSN US SSN, Canadian SIN / NAS, PAN, TIN, LHDN, CNSS, KRA PIN, NIU, CPF, UK National Insurance number, South
  African tax number. ID Aadhaar, PhilSys, CURP, NRIC and FIN, MyKad, CIN, Kenyan ID, CNI, RG, RRN, My Number,
  NHS number, South African ID; prescription, sample, case and ticket numbers. HEALTH_PLAN ABHA, PhilHealth,
  Medicaid, MediShield, PERKESO, AMO, SHA, RAMQ, CNPS, Cartão SUS, NHIS, hokensho, Bupa and Discovery
  numbers. MRN hospital numbers (UHID, HRN, dossier). ACCOUNT bills and mobile-money or bank accounts. LICENSE a
  clinician's registration number and driving licences. DEVICE a patient's device serial. VEHICLE a plate.
- Keep (must survive): drugs and doses in either language, lab values, ICD-10 codes, hospitals, wards, clinics,
  pharmacies, payers and programmes, times, ages under 90, years alone, food and everyday words of both
  languages, headings marked ‹...›.
- A draw that makes a label ambiguous (a name word also elsewhere in the document, case-blind) is re-drawn
  (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe87 import ids
from tests.engine.probe87.people import LOCS, K, P, Person, Slot, draw_person, fill, id_labels, plain

__all__ = ["OLD_P", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
MONTHS = {
    "IN": EN,
    "PH": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
    "US": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "SG": EN,
    "MY": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
    "MA": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "KE": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"],
    "QC": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "CM": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "BR": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "KR": EN,
    "JP": EN,
    "WL": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    "ZA": ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"],
}  # fmt: skip


def _era(d: date) -> str:
    for start, letter in (
        (date(2019, 5, 1), "R"),
        (date(1989, 1, 8), "H"),
        (date(1926, 12, 25), "S"),
        (date(1912, 7, 30), "T"),
    ):
        if d >= start:
            return f"{letter}{d.year - start.year + 1}.{d.month:02d}.{d.day:02d}"
    return d.isoformat()


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[loc][d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    numeric = {"US": f"{d:%m/%d/%Y}", "PH": f"{d:%m/%d/%Y}", "QC": d.isoformat(), "KR": f"{d:%Y.%m.%d}", "JP": f"{d:%Y/%m/%d}", "ZA": f"{d:%Y/%m/%d}",
               "IN": f"{d:%d.%m.%Y}"}.get(loc, f"{d:%d/%m/%Y}")  # fmt: skip
    long = {"US": f"{d.day} de {mon} de {d.year}", "BR": f"{d.day} de {mon} de {d.year}", "PH": f"{mon} {d.day}, {d.year}",
            "KR": f"{EN[d.month - 1]} {d.day}, {d.year}", "JP": _era(d)}.get(loc, f"{d.day} {mon} {d.year}")  # fmt: skip
    short = {"US": f"{d.day} de {mon}", "BR": f"{d.day} de {mon}", "PH": f"{mon} {d.day}", "KR": f"{d.month}/{d.day}", "JP": f"{d.month}/{d.day}",
             "KE": f"{d.day} {mon}"}.get(loc, f"{d.day} {mon}")  # fmt: skip
    chat = (
        f"{d:%m/%d/%y}"
        if loc in ("US", "PH")
        else f"{d:%d/%m/%y}"
        if loc not in ("KR", "JP", "QC")
        else f"{d:%Y-%m-%d}"
    )
    return {
        "loc": D(numeric),
        "long": D(long),
        "short": D(short),
        "chat": D(chat),
        "iso": D(d.isoformat()),
        "en": D(f"{d.day} {EN[d.month - 1]}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if not w.postcode:
        return (A(w.line), ", ", A(w.town), f", {w.region}")
    if c in ("IN", "KE"):
        return (A(w.line), ", ", A(w.town), f", {w.region} - " if c == "IN" else ", ", Z(w.postcode))
    if c in ("MA", "BR", "MY", "ZA", "JP", "KR"):
        return (A(w.line), ", ", A(w.town), " ", Z(w.postcode), f" {w.region}")
    return (A(w.line), ", ", A(w.town), f", {w.region} " if c != "SG" else " Singapore ", Z(w.postcode))


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_nick": N(w.nick or w.given),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode) if w.postcode else "", f"{x}_addr": address(w),
        f"{x}_region": w.region, f"{x}_dob": dob["loc"], f"{x}_dobl": dob["long"], f"{x}_dobiso": dob["iso"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_handle": N(plain(w.given) + "_" + plain(w.family)[:4]),
        f"{x}_dl": P("LICENSE", fill(random.Random(w.email), "@%#-####-#####")),
    }  # fmt: skip
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

HOSPITALS = {"IN": ["District Hospital Banda", "KGMU Trauma Centre", "CHC Mahoba", "Bundelkhand Medical College"], "PH": ["Jose B. Lingad Memorial Hospital", "Batangas Medical Center", "Philippine General Hospital"],
             "US": ["Lincoln Medical Center", "Lawrence General Hospital", "NYC Health + Hospitals/Jacobi"], "SG": ["Changi General Hospital", "Tan Tock Seng Hospital", "Ng Teng Fong General Hospital"],
             "MY": ["Hospital Tengku Ampuan Rahimah", "Hospital Pulau Pinang", "Hospital Sungai Buloh"], "MA": ["CHU Hassan II", "Hôpital Ibn Rochd", "Hôpital Al Ghassani"],
             "KE": ["Kenyatta National Hospital", "Mama Lucy Kibaki Hospital", "Bungoma County Referral Hospital"], "QC": ["Hôpital du Sacré-Coeur", "CHUM", "Hôtel-Dieu de Lévis"],
             "CM": ["Hôpital Laquintinie", "Hôpital Général de Douala", "CHU de Cocody"], "BR": ["Santa Casa de Livramento", "Hospital de Clínicas de Porto Alegre"],
             "KR": ["Severance Hospital", "Seoul National University Hospital", "Pusan National University Hospital"], "JP": ["Tokyo Medical Center", "Osaka City General Hospital"],
             "WL": ["Ysbyty Gwynedd", "Bronglais Hospital", "Ysbyty Alltwen"], "ZA": ["Groote Schuur Hospital", "Tygerberg Hospital", "Victoria Hospital Wynberg"]}  # fmt: skip
WARDS = [
    "Ward 5 Medicine",
    "female medical ward",
    "ICU",
    "Ward 3B",
    "surgical ward",
    "maternity",
    "CCU",
    "Ward Dewi",
    "Ward Aneurin",
    "Ward 12",
]
DRUGS = {"IN": ["Dolo 650", "Metformin 500 mg", "Telma 40", "Pan 40", "Ecosprin 75", "ORS ka packet", "Amlokind 5"],
         "PH": ["Biogesic 500 mg", "losartan 50 mg", "metformin 500 mg", "amlodipine 5 mg", "Solmux 500 mg", "cefuroxime 500 mg"],
         "US": ["metformina 850 mg", "lisinopril 10 mg", "Tylenol 500 mg", "insulina Lantus 20 unidades", "amoxicilina 500 mg", "atorvastatin 40 mg"],
         "SG": ["Panadol 500 mg", "metformin 850 mg", "amlodipine 5 mg", "Augmentin 625 mg", "frusemide 40 mg"],
         "MY": ["Panadol 500 mg", "metformin 500 mg", "ubat darah tinggi amlodipine 10 mg", "insulin Mixtard 30 unit", "simvastatin 20 mg"],
         "MA": ["Doliprane 1000 mg", "Glucophage 850 mg", "Amlor 5 mg", "Augmentin 1 g", "Lasilix 40 mg"],
         "KE": ["Panadol 500 mg", "Metformin 500 mg", "Amoxil 500 mg", "nifedipine 20 mg", "ARVs (TLD)", "coartem"],
         "QC": ["Tylenol 500 mg", "Eliquis 5 mg", "metformine 500 mg", "Lasix 40 mg", "Coversyl 4 mg"],
         "CM": ["Doliprane 1000 mg", "Coartem 80/480", "artésunate 120 mg", "Flagyl 500 mg", "Amlor 5 mg"],
         "BR": ["Losartana 50 mg", "Metformina 850 mg", "dipirona 500 mg", "omeprazol 20 mg", "AAS 100 mg"],
         "KR": ["Tylenol 500 mg", "metformin 500 mg", "amlodipine 5 mg", "Crestor 10 mg"],
         "JP": ["Loxonin 60 mg", "Amlodin 5 mg", "Mucosta 100 mg", "Calonal 200 mg", "Warfarin 1 mg"],
         "WL": ["paracetamol 1 g", "apixaban 5 mg", "co-amoxiclav 625 mg", "furosemide 40 mg", "Oramorph 2.5 mg"],
         "ZA": ["Panado 500 mg", "enalapril 10 mg", "metformin 850 mg", "TB pille (Rifafour)", "hydrochlorothiazide 12.5 mg"]}  # fmt: skip
LABS = ["Hb 8.9 g/dL", "RBS 312 mg/dL", "HbA1c 9.4%", "creatinine 2.1 mg/dL", "K 5.9", "Na 128", "SpO2 88%", "BP 180/100", "CRP 96", "INR 3.8",
        "WBC 14.2", "platelets 62,000", "TSH 7.9", "eGFR 38", "glucose 16.4 mmol/L", "troponin 0.42"]  # fmt: skip
ICD = {"E11.9": "sugar (diabetes)", "I10": "BP", "J18.9": "pneumonia", "A90": "dengue", "B54": "malaria", "N39.0": "UTI", "I50.9": "heart failure",
       "A15.0": "TB", "S72.0": "hip fracture", "I63.9": "stroke", "J44.1": "COPD", "N18.4": "CKD"}  # fmt: skip
PAYERS = {"IN": ["Ayushman Bharat PM-JAY", "ESIC", "Janani Suraksha Yojana"], "PH": ["PhilHealth Konsulta", "Malasakit Center", "PCSO"], "US": ["Medicaid", "MassHealth", "Fidelis Care"],
          "SG": ["MediSave", "CHAS", "Pioneer Generation"], "MY": ["PeKa B40", "mySalam", "SOCSO"], "MA": ["AMO Tadamon", "CNOPS", "RAMED"],
          "KE": ["SHA", "Linda Mama", "Edu Afya"], "QC": ["RAMQ", "CLSC", "Info-Santé 811"], "CM": ["CNPS", "Chèque Santé", "CMU"], "BR": ["SUS", "Farmácia Popular", "ASSE"],
          "KR": ["NHIS", "Medical Aid"], "JP": ["Kokumin Kenko Hoken", "Kaigo Hoken"], "WL": ["NHS Wales", "Betsi Cadwaladr UHB", "Hywel Dda UHB"], "ZA": ["Discovery Health", "GEMS", "Bonitas"]}  # fmt: skip
FOOD = {"IN": ["roti", "dal-chawal", "khichdi", "chai"], "PH": ["lugaw", "sinigang", "pandesal", "tinola"], "US": ["arroz con habichuelas", "sancocho", "mangú", "café con leche"],
        "SG": ["kopi-o", "porridge", "chicken rice", "teh tarik"], "MY": ["nasi lemak", "bubur", "teh tarik", "roti canai"], "MA": ["harira", "msemen", "atay", "couscous"],
        "KE": ["ugali", "sukuma wiki", "uji", "chapati"], "QC": ["poutine", "soupe aux pois", "tourtière", "pâté chinois"], "CM": ["ndolé", "koki", "bouillie", "attiéké"],
        "BR": ["chimarrão", "churrasco", "arroz com feijão", "mate"], "KR": ["juk", "kimchi jjigae", "miyeokguk", "bibimbap"], "JP": ["okayu", "miso soup", "onigiri", "udon"],
        "WL": ["cawl", "bara brith", "paned", "tost"], "ZA": ["bobotie", "pap", "rooibos", "koeksister"]}  # fmt: skip
CLINICS = {"IN": ["PHC Naraini", "Anganwadi Kendra 14"], "PH": ["RHU Mabalacat", "Barangay Health Station 3"], "US": ["Urban Health Plan", "Greater Lawrence Family Health Center"],
           "SG": ["Bedok Polyclinic", "Ang Mo Kio Polyclinic"], "MY": ["Klinik Kesihatan Sungai Buloh", "Klinik 1Malaysia"], "MA": ["Centre de santé Hay Hassani", "Dispensaire Sidi Othmane"],
           "KE": ["Kayole Level 4", "Chwele Sub-County Hospital"], "QC": ["CLSC Villeray", "GMF Lacordaire"], "CM": ["Centre de santé de Bonamoussadi", "CSU de Yopougon"],
           "BR": ["UBS Prado", "Posto de Saúde do Armour"], "KR": ["Mangwon Family Clinic", "Yeongdo Public Health Center"], "JP": ["Kita Clinic", "Tsuruhashi Naika"],
           "WL": ["Meddygfa Pen-y-Groes", "Canolfan Iechyd Aberaeron"], "ZA": ["Bonteheuwel Clinic", "Elsies River CHC"]}  # fmt: skip
TIMES = [
    "06:40",
    "07:15",
    "08:05",
    "09:30",
    "10:45",
    "11:20",
    "12:10",
    "13:35",
    "14:50",
    "16:05",
    "17:25",
    "18:40",
    "20:15",
    "21:30",
    "22:55",
]
REL = {
    "IN": {"f": "beti", "m": "beta"}, "PH": {"f": "anak ko", "m": "anak ko"}, "US": {"f": "su hija", "m": "su hijo"},
    "SG": {"f": "my daughter", "m": "my son"}, "MY": {"f": "anak perempuan", "m": "anak lelaki"}, "MA": {"f": "bent", "m": "weldha"},
    "KE": {"f": "msichana wake", "m": "kijana wake"}, "QC": {"f": "sa fille", "m": "son gars"}, "CM": {"f": "sa fille", "m": "son fils"},
    "BR": {"f": "a filha", "m": "o filho"}, "KR": {"f": "ttal", "m": "adeul"}, "JP": {"f": "musume", "m": "musuko"},
    "WL": {"f": "merch", "m": "mab"}, "ZA": {"f": "dogter", "m": "seun"},
}  # fmt: skip


# ---- templates ------------------------------------------------------------------------------------------------

WA_HINGLISH = """‹WhatsApp Chat with› «HOSPITAL» «WARD» Sisters 🏥
[«d1_chat», «t1»] Sister «n_n»: Good morning sabko 🙏 Bed 12 pe kal raat «p_n» admit hui hai, age «p_age», «icd_desc» ka case. UHID «mrn»
[«d1_chat», «t1»] «s_n»: Ji sister. Unka «r_rel» «r_g» bahar baitha hai, «r_ph» pe call kar lena agar dawai chahiye
[«d1_chat», «t2»] Sister «n_g»: Dr «d_f» sir ne bola «drug1» start karo aur «lab1» repeat. Patient ka Aadhaar «p_nat» file mein laga do
[«d1_chat», «t2»] «s_g»: Ayushman card nahi hai, ABHA number «p_hp» hai. Address likho: «p_addr»
[«d1_chat», «t3»] «c_n»: Bed 14 wale «w1_n» ka DOB «w1_dob» hai, discharge «d4_short» ko plan hai, gaadi no. «plate» gate pe khadi hai
[«d1_chat», «t3»] Sister «n_g»: «p_g» ji ko «food» diya, sugar «lab2». Family bol rahi hai janam tithi «p_dob» hai, Aadhaar pe bhi wahi
[«d3_chat», «t4»] «r_n»: Namaste madam, main «r_g» bol raha hoon, mummy ka report mail kar dijiye «r_em» pe 🙏
[«d3_chat», «t5»] «d_n»: OK. Follow up «d4_en» OPD mein. Referral ke liye «c_g» ko bolo, number «c_ph»
"""

ASHA_NOTES = """‹ASHA GRIH BHRAMAN REGISTER› - «clinic», «p_region»   ASHA: «s_n» (mob «s_ph»)
Visit date: «d1_loc»   ‹HOUSEHOLD›: «p_addr»
1. «p_n», umar «p_old» saal, ‹mukhiya› ki maa. Janam «p_dobl» (Aadhaar pe). Aadhaar «p_nat». Ghutno mein dard, BP «lab1», «drug1» chal rahi hai.
   Beta «r_n» ne bola ki «d4_short» ko «HOSPITAL» le jayenge, unka number «r_ph». PAN «r_tax» (PM-JAY ke form ke liye).
2. «w1_n» («w1_age» saal) - ANC 3rd visit, EDD «d4_loc», Hb «hb» g/dL, «drug2» diya. Pati «w2_g» «w2_f» mazdoori ke liye Surat gaye, phone «w2_ph».
3. Bachcha «w3_n», janam «w3_dob», teeka «d2_short» ko lagna hai. ‹Payer›: «payer».
Khana: «food». Agli visit kal subah «t2» baje. Supervisor «d_n» ko report WhatsApp kiya «d1_en».
"""

TELE_TAGLISH = """‹Konsulta Telehealth› - «clinic» - session «case»
[«t1»] Dr. «d_f»: Good afternoon po! Ano po pangalan ng patient at birthday?
[«t1»] «r_handle»: Hi doc, yung lola ko po, «p_n». Born siya «p_dobl», so «p_old» na po siya 🙏
[«t2»] Dr. «d_f»: Noted po. PhilHealth number niya po?
[«t2»] «r_handle»: «p_hp» po. PhilSys «p_nat». Kami nakatira sa «p_line», «p_town», «p_region».
[«t2»] «r_handle»: Ako po si «r_n», «r_rel» niya, number ko «r_ph», email «r_em»
[«t3»] Dr. «d_f»: Salamat. May «icd_desc» po ba siya? Ano po yung huling «lab1»?
[«t3»] «r_handle»: Opo doc, «drug1» maintenance niya. Kumakain pa ng «food» pero konti lang.
[«t4»] Dr. «d_f»: Sige po, i-refer ko kayo kay Dr. «c_n» sa «HOSPITAL». Punta kayo bukas, «d3_long», ng «t5».
[«t4»] Dr. «d_f»: E-prescription: «url» (reseta ni «p_g»). Login IP niyo «ip» naka-record.
"""

GC_TAGLISH = """‹Family GC 💚› «p_f» ‹Fam› (exported «d1_chat»)
«d1_chat» «t1» - «r_g»: guys si Lola «p_nick» na-admit sa «HOSPITAL», «WARD» bed 7. «p_old» years old na siya kaya mahina na
«d1_chat» «t1» - «w1_g»: omg 😭 ano daw sabi ng doctor?
«d1_chat» «t2» - «r_g»: «icd_desc» daw, «lab1». Si Dr. «d_n» yung attending. Hospital no. niya «mrn»
«d1_chat» «t2» - «w2_n»: pa-send ng PhilHealth ni lola, «p_hp» ba? Yung senior ID niya nasa bahay sa «p_addr»
«d1_chat» «t3» - «r_g»: oo yan. Birthday niya «p_dob» pa rin sa record. Tita «w1_g» pakidala ng «food» bukas
«d3_chat» «t4» - «w1_g»: nasa parking na ko, plate «plate». Text niyo ko «w1_ph»
«d3_chat» «t4» - «w2_g»: pinapa-GCash ng billing yung deposit sa account ni kuya «w3_n», «acct»
«d3_chat» «t5» - «r_g»: update: «drug1» na siya. Discharge daw «d4_short». Salamat po sa lahat 🙏 - «r_n» («r_ph»)
"""

PHARM_SPANGLISH = """«pharmacy» - counter chat log «d1_loc»
[«t1»] Customer: Hi, vengo a recoger la receta de mi mamá, «p_n». Su date of birth es «p_dob»
[«t1»] Pharmacist «s_g»: Ok, let me check... ¿me confirma el address?
[«t1»] Customer: «p_line», «p_town», «p_region» «p_pc». Yo soy «r_rel», «r_n». My cell is «r_ph»
[«t2»] Pharmacist «s_g»: Perfecto. Tiene Medicaid? I need el ID number
[«t2»] Customer: Sí, «p_hp». Y su SSN es «p_tax» por si lo necesita
[«t2»] Pharmacist «s_g»: Rx «rx» - «drug1» y «drug2». El Dr. «d_n» lo mandó ayer. Copay $0
[«t3»] Customer: Ok. Ah, también la CURP de ella de México, «p_nat», porque el seguro de allá pide
[«t3»] Pharmacist «s_g»: Listo. Tómelo con comida, no con «food» 😄. Te mando el reminder al «p_em»
"""

PORTAL_SPANGLISH = """{"portal":"MyChart","clinic":"«clinic»","thread":"«case»","messages":[
{"from":"«p_n»","sent":"«d1_iso» «t1»","body":"Hola Dr. «d_f», I have been feeling mareada since «d2_short». El azúcar me salió «lab1». ¿Subo la «drug1»?"},
{"from":"«d_n», MD","sent":"«d1_iso» «t2»","body":"Hola «p_g», no cambie la dosis todavía. Venga mañana «d3_short» a las «t4». Bring your Medicaid card («p_hp»)."},
{"from":"«p_n»","sent":"«d1_iso» «t3»","body":"Ok doctor. Mi hijo «r_n» me lleva, su cel es «r_ph». Me mudé, nueva dirección: «p_line», «p_town», «p_region» «p_pc»"},
{"from":"«n_n», RN","sent":"«d3_iso» «t5»","body":"Updated. Para la forma de «payer» necesito DOB («p_dob») y el SSN «p_tax». Login from «ip»"}],
"patient":{"mrn":"«mrn»","dob":"«p_dobiso»","email":"«p_em»","lang":"es/en"}}"""

HANDOVER_SINGLISH = """‹Voice note transcript (auto)› - «HOSPITAL» «WARD» handover «d1_loc» «t1»
Staff nurse «n_n» speaking ah. Ok bed 21 is Ah Ma «p_n», «p_age» this year, NRIC «p_nat», came in from A&E lah, «icd_desc», «lab1». Her son
«r_n» very kan cheong one, he call three times already, number «r_ph». Don't anyhow give out info ok, must verify DOB «p_dob» first.
Bed 22 uncle «w1_n», the FIN one «w1_tax», «drug1» already given at «t2». He stay at «w1_addr», alone, so MSW «s_n» say must
arrange home help. Bed 23 «w2_n» can go home tomorrow, daughter «w2_g» come fetch, car plate «plate». MediShield «w2_hp».
Dr «d_f» say «drug2» still can continue. Ok that's all lah, any problem call me «n_ph». Thank you ah.
"""

REMIND_MANGLISH = """‹SMS log› - «clinic» appointment reminders, sent «d1_loc»
> To «p_ph»: Peringatan temujanji: «p_n», «d4_loc» «t3», Klinik Pakar. Reply Y to confirm.
< From «p_ph»: Y. Tapi boleh tukar ke «d4_short»? My daughter «r_g» can only send me that day lah
> To «p_ph»: Ok boleh. Sila bawa MyKad «p_nat» dan kad «payer».
< From «r_ph»: Hi, this is «r_n», anak dia. Address rumah dah tukar: «p_addr». Mak punya DOB «p_dob»
> To «w1_ph»: Peringatan: «w1_n», «d4_loc» «t4», ambil ubat «drug1».
< From «w1_ph»: Cannot la, I outstation. Suami saya «w2_n» will collect, his MyKad «w2_nat»
< From «w1_ph»: Also my PERKESO no «w1_hp», the HR say need for claim 🙏 email me «w1_em»
> To «w1_ph»: Noted. Sila bawa surat. Terima kasih - «s_n», «clinic»
"""

CALL_ARABIZI = """‹Journal des appels - résultats labo› «HOSPITAL» / «d1_loc»
«t1» - Appel sortant vers «p_ph» (Mme «p_n», dossier «mrn»). Répondu par «r_rel» «r_g»: "salam, mama mrida, ana «r_n», 3tini résultats 3afak"
      -> Vérif identité: date de naissance «p_dob», CIN «p_nat». OK. Résultat: «lab1», «lab2». Dit: lazm tji ghedda l «clinic».
«t2» - «r_g» rappelle depuis «r_ph»: "wach nzid f «drug1»? tbib «d_f» gal liya n9es lmel7". Transmis au Dr «d_n».
«t3» - Appel vers «w1_n» («w1_ph»), né(e) le «w1_dobl», CIN «w1_nat». Pas de réponse. SMS: "3endek rendez-vous nhar «d4_short» m3a «t4»".
«t4» - «w1_n» rappelle: "ana f «w1_town», safi ghadi nji. Sift lia résultat 3la «w1_em» 3afak". AMO «w1_hp».
Note: mme «p_f» habite «p_addr». «payer». Manger: «food» sans sel. Saisie: «s_n».
"""

FB_ARABIZI = """{"page":"«clinic» - page officielle","export":"«d1_iso»","conversations":[
{"from":"«p_handle»","ts":"«d1_iso» «t1»","text":"salam doktor, ana «p_n», 3ndi «icd_desc» w kan9lb 3la rendez-vous. Tel dyali «p_ph»"},
{"from":"«clinic»","ts":"«d1_iso» «t2»","text":"Wa3alaykoum salam. 3tina smitek kamla, date de naissance w CIN svp"},
{"from":"«p_handle»","ts":"«d1_iso» «t2»","text":"«p_n», mzyoda «p_dob», CIN «p_nat». Saken f «p_line», «p_town»"},
{"from":"«r_handle»","ts":"«d3_iso» «t3»","text":"bonjour, ana «r_n», khti «w1_g» kat7taj «drug1», wach kayn? Numéro AMO dyalha «w1_hp», 3afak 3ayto liya «r_ph»"},
{"from":"«clinic»","ts":"«d3_iso» «t4»","text":"Oui, «drug1» disponible. Dr «d_n» consulte lundi. Envoyez ordonnance à «s_em»"},
{"from":"«r_handle»","ts":"«d3_iso» «t4»","text":"merci bzaf. Lien dyal résultats: «url» (IP «ip»)"}]}"""

CHW_SHENG = """‹CHP SMS log› - «clinic» «d1_loc»
From CHP «s_n» («s_ph»): Boss, nimetembelea mama «p_n» pale «p_line», «p_town». Ako na «p_age» yrs, BP iko juu «lab1», ameishiwa «drug1».
From CHP «s_g»: ID yake «p_nat», SHA no «p_hp». Kijana wake «r_n» anasema atampeleka «HOSPITAL» kesho «d3_short», namba yake «r_ph».
From «d_n» (CO): Poa. Mwambie asikose. Pia check «w1_n» wa «w1_line», alizaliwa «w1_dob», TB clinic defaulter. Mpigie «w1_ph».
From CHP «s_g»: «w1_g» amesema yuko sawa, anakula «food» tu. KRA PIN «w1_tax» ndio aregister SHA. M-Pesa ya fare: «acct».
From «d_n» (CO): Sawa. Report ya «d1_en» tuma kwa «d_em». «payer» itacover.
"""

DISCH_SHENG = """«HOSPITAL» - ‹DISCHARGE SUMMARY›
Name: «p_n»   IP No: «mrn»   DOB: «p_dob» (Age «p_old»)   ID No: «p_nat»   SHA: «p_hp»
Residence: «p_addr»   Tel: «p_ph»
Admitted: «d2_loc»   Discharged: «d1_loc»   Ward: «WARD»
Diagnosis: «icd» «icd_desc»   Labs: «lab1», «lab2»
Discharge meds: «drug1», «drug2»
Doctor: Dr «d_n» (KMPDC «d_reg»)   Nurse i/c: «n_n»
‹NOTE FROM FAMILY (typed by relative)›:
Sisi ni familia ya Shosho «p_g». Mimi ni «r_n», «r_rel», niko «r_town» lakini nitakuja kumchukua. Akiwa home atakula «food» na
ataendelea na «drug1». Bill imelipwa na cousin «w1_n» (M-Pesa «w1_ph»). Any issue piga «r_ph» ama email «r_em». Asanteni sana nurse «n_g»!
"""

CLSC_FRANGLAIS = """‹Clavardage Info-Santé / CLSC› - «clinic» - «d1_loc» «t1»
Infirmière «n_n»: Bonjour! C'est pour qui la consultation?
Client: Allo, c'est pour ma mère, «p_n». Elle a «p_old» ans, pis elle est full confuse depuis «d2_short», genre vraiment pas correcte.
Infirmière «n_g»: OK. Sa carte RAMQ svp, pis sa date de naissance?
Client: «p_hp», née le «p_dobl». On reste au «p_line», «p_town», «p_region» «p_pc».
Client: Moi c'est «r_n», «r_rel», my cell c'est le «r_ph». Tu peux m'envoyer le summary à «r_em»?
Infirmière «n_g»: Est-ce qu'elle prend «drug1»? Son «lab1» était high la dernière fois.
Client: Yes, pis «drug2» aussi. Son médecin de famille c'est Dr «d_n», mais il est en vacances jusqu'au «d4_short».
Infirmière «n_g»: Je vous réfère à l'urgence de «HOSPITAL». Dossier «mrn». Apportez la liste de pilules. Bonne soirée!
"""

CAMFRANGLAIS = """‹WhatsApp› «clinic» - groupe des infirmiers
[«d1_chat» «t1»] «n_n»: Les gars, le pater de «r_g» est back à l'hosto. «p_n», il a «p_age» ans, «icd_desc» encore. CNI «p_nat»
[«d1_chat» «t1»] «s_n»: On dit quoi? Il ndem le traitement ou bien? Dossier «mrn»
[«d1_chat» «t2»] «n_g»: Il avait stoppé «drug1» parce que pas le do. La go «r_n» a call depuis «r_ph», elle va come avec le do demain «d3_short»
[«d1_chat» «t2»] «c_n»: Je gère. Le mbom «w1_n» là de bed 4 aussi, sa CNPS c'est «w1_hp», il sort le «d4_loc»
[«d1_chat» «t3»] «n_g»: Adresse du pater: «p_addr». Né le «p_dob». Son taxi est parké devant, plaque «plate» 😂
[«d3_chat» «t4»] «d_n»: Dr ici. «lab1» ce matin, on continue «drug2». Mettez le mbom à «food» léger. Rapport à «d_em»
[«d3_chat» «t5»] «s_g»: Noted chef. Orange Money pour la caution: «r_ph2», compte au nom de «r_n»
"""

PORTUNOL = """«clinic» - ‹Livro de atendimentos / Libro de consultas› - fronteira Livramento/Rivera
«d1_loc» «t1» - Paciente «p_n», «p_age» años/anos, mora en «p_line», «p_town» «p_pc». Cartão SUS «p_hp», CPF «p_tax».
   Vino con «r_rel» «r_n» (cel «r_ph»), que fala portuñol: "ela tá com «icd_desc» hace três dias, no come nada, solo «food»".
   PA «lab1». Dr «d_n» receitou «drug1». Retorno «d4_short». Nascida «p_dobl», RG «p_nat».
«d1_loc» «t3» - «w1_n», uruguayo, cédula «w1_nat», mora en Rivera, «w1_line». Tel «w1_ph». Dor no peito, ECG ok, «drug2».
   Encaminhado ao «HOSPITAL» con la hija «w2_n» («w2_ph»). Transporte: auto placa «plate».
«d3_loc» «t4» - Ligação de «r_g» desde «r_ph»: "a mãe piorou, vamos pro hospital amanhã". Anotado por «s_n», e-mail «s_em».
"""

KONGLISH = """‹KakaoTalk chat export› - «p_f» family room  (saved «d1_loc»)
«r_n»: 오늘 hospital 다녀왔어. 엄마 «p_n» 님 «icd_desc» 때문에 «HOSPITAL» admit 하셨어 ㅠㅠ
«r_n»: 병동 «WARD», 담당 doctor 는 «d_n» 선생님. 등록번호 «mrn»
«w1_n»: 헐 ㅠ 엄마 생신 «p_dobl» 이잖아 그 전에 퇴원 가능?
«r_n»: 몰라 ㅠ 일단 «drug1» IV 맞고 있고 «lab1». 주민번호 «p_nat» 로 보험 처리했어. NHIS «p_hp»
«w1_n»: ok 내가 내일 «d3_short» 갈게. 집 주소 «p_addr» 맞지? 엄마 옷 챙겨갈게
«r_n»: 응 내 번호 바뀌었어 «r_ph». 간호사 «n_n» 선생님 번호 «n_ph» 저장해
«w2_n»: 나도 갈께. «food» 사갈까? 차 번호 «plate» 로 주차 등록해줘
"""

JAPANGLISH = """‹LINE talk history› - «p_f» family  (saved «d1_loc» «t1»)
«t1» «r_n»: Obaachan «p_n» ga «HOSPITAL» ni admit sareta yo. «p_old»-sai dakara chotto shinpai 😢
«t2» «w1_n»: Eh?! Nani ga atta no?
«t2» «r_n»: «icd_desc» tte. Doctor wa «d_n»-sensei. Room wa «WARD». Patient ID «mrn»
«t3» «r_n»: Hokensho bangou «p_hp», My Number «p_nat», seinengappi «p_dobl» (= «p_dob»). Hospital no uketsuke de kikareta kara memo
«t3» «w1_n»: OK. Ashita «d3_short» ni iku ne. Obaachan no ie «p_addr» ni yotte pajama toru
«t4» «r_n»: Arigato! Kusuri wa «drug1» to «drug2». «lab1» datta. Tabemono wa «food» dake
«t5» «w1_n»: Nurse no «n_n»-san no contact «n_ph» ne. Watashi no atarashii mail «w1_em»
"""

WELSH_HANDOVER = """«HOSPITAL» - «WARD» - ‹Trosglwyddo / Handover› «d1_loc» «t1»
Gwely 4: «p_n», «p_old» oed, NHS no «p_nat», hosp no «mrn». Admitted «d2_loc» with «icd_desc». Mae hi'n ddryslyd heno.
   Byw yn «p_addr». Next of kin: «r_rel» «r_n», ffôn «r_ph» - mae o isio galwad bore fory.
   Meds: «drug1», «drug2». «lab1» bore 'ma. Nain yn hoffi «food» - dim problem.
Gwely 5: «w1_n», DOB «w1_dob», «w1_age» oed, from «w1_town». Discharge fory («d3_short») os OT yn hapus. Ei ferch «w2_n» yn dod i'w nôl, car «plate».
Gwely 6: «w3_n» - Bupa no «w3_hp», NI no «w3_tax» ar y ffurflen. Dr «d_n» i adolygu.
Nyrs: «n_n» (ext 4417). Diolch!
"""

KAAPS = """‹SMS thread› - «clinic» - «d1_loc»
«t1» From «r_ph»: Hallo sister, dis «r_n», my ouma «p_n» is gister opgeneem by «HOSPITAL». Sy is «p_old» jaar oud, sy het «icd_desc»
«t1» From «r_ph»: Haar ID no is «p_nat», gebore «p_dobl». Sy bly in «p_addr». Kan julle haar file vir die dokter stuur?
«t2» To «r_ph»: Goeie môre. Ons sal dit stuur. Wat is haar folder no by die clinic?
«t2» From «r_ph»: «mrn». Die dokter daar is Dr «d_n». Sy drink nog «drug1» en «drug2»
«t3» To «r_ph»: Dankie. Sister «n_n» sê «lab1». Discovery no? Sy moet ook nie te veel «food» eet nie 🙂
«t3» From «r_ph»: «p_hp». My oom «w1_n» sal haar môre («d3_short») kom haal, sy nommer is «w1_ph»
«t4» From «w1_ph»: Hi sister dis «w1_g». Ek's al hier by die gate met die kar, «plate». Stuur asseblief die discharge letter na «w1_em»
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p87_ward_whatsapp_hinglish", ["IN"], "text", WA_HINGLISH),
    ("p87_asha_visit_register_hinglish", ["IN"], "text", ASHA_NOTES),
    ("p87_telehealth_chat_taglish", ["PH"], "text", TELE_TAGLISH),
    ("p87_family_gc_lola_taglish", ["PH"], "text", GC_TAGLISH),
    ("p87_pharmacy_counter_spanglish", ["US"], "text", PHARM_SPANGLISH),
    ("p87_patient_portal_spanglish", ["US"], "json", PORTAL_SPANGLISH),
    ("p87_handover_voicenote_singlish", ["SG"], "text", HANDOVER_SINGLISH),
    ("p87_reminder_replies_manglish", ["MY"], "text", REMIND_MANGLISH),
    ("p87_lab_call_log_arabizi", ["MA"], "text", CALL_ARABIZI),
    ("p87_fb_inbox_arabizi_json", ["MA"], "json", FB_ARABIZI),
    ("p87_chw_sms_sheng", ["KE"], "text", CHW_SHENG),
    ("p87_discharge_family_note_sheng", ["KE"], "text", DISCH_SHENG),
    ("p87_clsc_chat_franglais", ["QC"], "text", CLSC_FRANGLAIS),
    ("p87_clinic_whatsapp_camfranglais", ["CM"], "text", CAMFRANGLAIS),
    ("p87_border_clinic_portunol", ["BR"], "text", PORTUNOL),
    ("p87_kakaotalk_konglish", ["KR"], "text", KONGLISH),
    ("p87_line_chat_japanglish", ["JP"], "text", JAPANGLISH),
    ("p87_welsh_english_handover", ["WL"], "text", WELSH_HANDOVER),
    ("p87_clinic_sms_kaaps", ["ZA"], "text", KAAPS),
]
OLD_P = {"p87_asha_visit_register_hinglish", "p87_telehealth_chat_taglish", "p87_family_gc_lola_taglish", "p87_clsc_chat_franglais",
         "p87_line_chat_japanglish", "p87_welsh_english_handover", "p87_clinic_sms_kaaps", "p87_discharge_family_note_sheng"}  # fmt: skip


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 5) + timedelta(days=rng.randrange(620))
    used: set[str] = set()
    old = kind in OLD_P
    sex = (
        None if kind == "p87_patient_portal_spanglish" else kind != "p87_clinic_whatsapp_camfranglais"
    )  # the templates say "she" or "he"
    p = draw_person(
        rng, loc, used, d1, age_days=(90 * Y + 40, 99 * Y) if old else (34 * Y, 88 * Y), female=sex
    )
    r = draw_person(
        rng,
        loc,
        used,
        d1,
        culture=p.culture,
        family=p.family if rng.random() < 0.4 else None,
        age_days=(30 * Y, 70 * Y) if old else (20 * Y, 60 * Y),
    )
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("d", "n", "s", "c", "w1", "w2", "w3"):
        ppl[x] = draw_person(
            rng,
            loc,
            used,
            d1,
            age_days=(26 * Y, 66 * Y) if x in "dnsc" else (1 * Y, 88 * Y) if x == "w3" else (19 * Y, 85 * Y),
        )
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
        s[f"{x}_rel"] = REL[loc_code]["f" if w.female else "m"]
    s["p_addr"] = address(p)
    mrn_pat = {"IN": "UHID%#######", "PH": "%##-##-##", "US": "MRN %#######", "SG": "%####-##-@", "MY": "RN%######", "MA": "%####/%#", "KE": "%###/%#",
               "QC": "%#######", "CM": "%####/%#", "BR": "%#######", "KR": "%#######", "JP": "%#-###-###", "WL": "@%######", "ZA": "%#######"}[loc_code]  # fmt: skip
    s["mrn"] = P("MRN", fill(rng, mrn_pat))
    s["d_reg"] = P("LICENSE", fill(rng, "A%####"))
    s["case"] = P("ID", fill(rng, "TC-%######"))
    s["rx"] = P("ID", fill(rng, "%######"))
    s["acct"] = P("ACCOUNT", fill(rng, rng.choice(["09%########", "%###-###-####", "07########"])))
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["ip"] = P("IP", ids.ipv4(rng))
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(22))
    s["url"] = P(
        "URL",
        f"https://{rng.choice(['rx', 'lab', 'share'])}.{rng.choice(['konsulta-docs', 'clinicdrive', 'medlink'])}.example.org/v/{token}",
    )
    s["hb"] = K(f"{rng.randint(7, 11)}.{rng.randint(1, 9)}")
    dd = {
        "d1": d1,
        "d2": d1 - timedelta(days=rng.randint(2, 30)),
        "d3": d1 + timedelta(days=rng.randint(1, 3)),
        "d4": d1 + timedelta(days=rng.randint(4, 40)),
    }
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
    times = sorted(rng.sample(TIMES, 5))
    for i, t in enumerate(times, 1):
        s[f"t{i}"] = K(t)
    drugs = rng.sample(DRUGS[loc_code], 2)
    s["drug1"], s["drug2"] = K(drugs[0]), K(drugs[1])
    labs = rng.sample(LABS, 2)
    s["lab1"], s["lab2"] = K(labs[0]), K(labs[1])
    icd = rng.choice(list(ICD))
    s["icd"], s["icd_desc"] = K(icd), K(ICD[icd])
    s["HOSPITAL"] = K(rng.choice(HOSPITALS[loc_code]))
    s["WARD"] = K(rng.choice(WARDS))
    s["payer"] = K(rng.choice(PAYERS[loc_code]))
    s["food"] = K(rng.choice(FOOD[loc_code]))
    s["clinic"] = K(rng.choice(CLINICS[loc_code]))
    s["pharmacy"] = K(
        rng.choice(["Farmacia La Económica", "CVS Pharmacy #2231", "Walgreens #11904", "Farmacia Caridad"])
    )
    return s


_WORD = re.compile(r"[^\W\d_]+")


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks, and the same case-blind: a name word (3+ letters) or a PHI value may not occur
    outside its spans in any casing (the scorer looks for upper and title case too)."""
    bad = _base_problems(doc)
    text = doc.content.casefold()
    inside = [False] * len(text)
    for a, b in doc.spans:
        for i in range(a, b):
            inside[i] = True
    checks = {w.casefold() for t, v in doc.phi if t == "NAME" for w in _WORD.findall(v) if len(w) >= 3}
    checks |= {v.casefold() for t, v in doc.phi if t not in ("AGE",)}
    for v in checks:
        for start in bounded(v, text):
            if not all(inside[start : start + len(v)]):
                bad.append(f"{doc.id}: {v!r} also outside PHI at {start} (case-blind)")
    return bad


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(400):
        rng = random.Random(f"phigate-probe87:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
