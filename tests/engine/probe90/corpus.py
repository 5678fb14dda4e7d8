# ruff: noqa: E501  (hand-aligned templates)
"""Ninetieth independent probe corpus: emergency-department and acute-ward flow text from the United States, the
United Kingdom, Ireland, Canada, Australia and New Zealand as it is typed under pressure -- built the way an
outside evaluator builds a held-out set, with its own templates and its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each: an ED tracking-board export (fixed-width), an ED
tracking-board export (CSV), a transcribed whiteboard photo, an ISBAR / SBAR handover, a bed-management huddle
note, an ambulance offload delay log, a security incident note (an absconded patient, a banned visitor), a police
and social-work liaison entry, a lost-property log, an after-hours pharmacy request, a porter job list, staff
rostering messages, a clinicians' WhatsApp / Teams thread, a discharge-lounge list, a mortuary and bereavement
note, an IT service-desk ticket, an ED system's event feed (JSON) and a car-park and vehicle log. Heavy
abbreviation, initials, ALL CAPS headers, "FAMILY, Given" and "Given F." in pipe tables and column-aligned text,
ages written "94F", "(94)" and "94yo".

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the main patient (aged 90+ half the time), `r`
a relative (next of kin), `q1`-`q5` other patients, `n` `n2` nurses, `m` `m2` doctors, `s` a member of staff
(bed manager, security officer, porter, clerk), `o` a police officer or social worker, `v` a visitor. Forms: `_n`
full name, `_g` given, `_f` family, `_lf` "FAMILY, Given" (family in capitals), `_Lf` "Family, Given", `_gi`
"Given F.", `_i` "G. Family", `_ini` initials ("WH"), `_user` a login made of the name, `_ph` `_em`, `_line`
`_town` `_pc` `_addr`, `_dob` (the country's form) `_dobiso`, `_as` the age with sex ("94F") and `_age` the age
alone, `_mrn` `_hp` `_nat` `_dl` with their labels `_mrnl` `_hpl` `_natl`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- patient, relative, visitor, nurse, doctor, porter, security officer,
  police officer, social worker, funeral director: full, given alone, family alone, "FAMILY, Given", "Given F.",
  "G. Family", and a member of staff's initials in a board's RN column ("WH"), which identify them on the shift as
  well as a name does. A login made of a name ("whollowmere") is NAME. Titles and roles (Mrs, Dr, RN, NIC, SpR)
  are plain text; in "Mrs K. Hollowmere" the label is "K. Hollowmere".
- ADDRESS: street lines and towns; ZIP: ZIP codes, postal codes, postcodes, Eircodes, Australian and New Zealand
  postcodes. States, provinces, counties and regions are plain text.
- DATE: every date more specific than a year (day and month alone too, "12/3", "Mar 12"); years alone keep.
  AGE: 90 and over, labelled as written with its sex letter when glued to it ("94F", "91yo", "(93)" -> "93");
  ages under 90 keep in the same forms.
- PHONE: any person's number (staff mobiles too); EMAIL: any person's address. Internal extensions and bleeps
  ("ext 4412", "bleep 2231") and a department's shared line are plain text (keep).
- MRN: hospital record numbers (MRN, URN, hospital number). HEALTH_PLAN: national health and insurance numbers
  (NHS number, NZ NHI, Irish GMS medical card, Australian Medicare, Canadian health cards, US insurance member
  ids). SSN: US SSN, UK NI number, Irish PPSN, Canadian SIN. ACCOUNT: a US FIN (financial encounter number).
  ID: attendance / encounter numbers outside the US, Centrelink CRNs and MSD client numbers, incident (Datix,
  RiskMan), police, CAD, coroner, property-receipt, mortuary-register and badge numbers (an IT service-desk
  ticket's number names a fault, not a person: keep). LICENSE: driving licences
  and doctors' registration numbers (GMC, AHPRA, MCNZ, IMC, CPSO, NPI).
- DEVICE: a serial number of equipment assigned to a patient (infusion pump, syringe driver, bed-sensor, a
  patient's phone IMEI or hearing aid); a workstation's asset name on a hospital network is plain text.
  VEHICLE: the plate of a patient's or visitor's car; ambulance call-signs and fleet numbers keep (they name a
  crew of a service, not a person). IP: every IP address. URL: a link carrying a patient's record number.
- Keep (must survive): drugs and doses, abbreviations (NOF#, CP, SOB, ?ACS, UTI), triage categories, scores
  (GCS 14, NEWS2 7), bed, bay, cubicle and resus numbers, ward names, hospitals, ambulance services and call-signs,
  times, waiting times, years alone, ages under 90, staff roles, extensions and bleeps, headings marked ‹...›.
- A draw that makes a label ambiguous (a name word or PHI value also elsewhere in the document outside its
  spans, in any case) is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe90 import ids
from tests.engine.probe90.people import LOCS, K, P, Person, Slot, draw_person, fill, id_labels, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
Y = 365


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    us = loc == "US"
    return {
        "loc": D(f"{d:%m/%d/%Y}" if us else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "long": D(f"{mon} {d.day}, {d.year}" if us or loc == "CA" else f"{d.day} {mon} {d.year}"),
        "short": D(f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"),
        "dm": D(f"{mon[:3]} {d.day}" if us or loc == "CA" else f"{d.day} {mon[:3]}"),
        "iso": D(d.isoformat()),
        "yy": D(f"{d:%m/%d/%y}" if us else f"{d:%d/%m/%y}"),
        "mon": D(f"{d.day:02d}-{mon[:3].upper()}-{d.year}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, ab = w.loc.code, w.abbr
    if c in ("US", "CA", "AU"):
        return (A(w.line), ", ", A(w.town), f" {ab} ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {ab}, ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    sx = "F" if w.female else "M"
    A = (lambda v: P("AGE", v)) if age >= 90 else K
    ini = (w.given[0] + w.family.replace("Te ", "")[0]).upper()
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_lf": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_Lf": N(f"{w.family}, {w.given}"), f"{x}_gi": N(f"{w.given} {w.family[0]}."), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ini": N(ini), f"{x}_user": N((plain(w.given)[0] + plain(w.family))[:12]),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w), f"{x}_abbr": w.abbr,
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_dobmon": dob["mon"],
        f"{x}_as": A(f"{age}{sx}"), f"{x}_ayo": A(f"{age}yo"), f"{x}_age": A(str(age)), f"{x}_dl": P("LICENSE", w.ids["dl"]),
        f"{x}_sex": sx, f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
        f"{x}_His": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him", f"{x}_title": "Mrs" if w.female else "Mr", f"{x}_tl": "mrs" if w.female else "mr",
    }  # fmt: skip
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

HOSPITALS = {"US": ["Grady Memorial Hospital", "Denver Health Medical Center", "MetroHealth Medical Center", "Maine Medical Center"],
             "UK": ["Royal Stoke University Hospital", "Ninewells Hospital", "Queen Elizabeth Hospital Birmingham", "Royal Cornwall Hospital"],
             "IE": ["Beaumont Hospital", "Tallaght University Hospital", "University Hospital Galway", "Letterkenny University Hospital"],
             "CA": ["Vancouver General Hospital", "Foothills Medical Centre", "Kingston General Hospital", "Halifax Infirmary"],
             "AU": ["Royal Brisbane and Women's Hospital", "Westmead Hospital", "Flinders Medical Centre", "The Northern Hospital"],
             "NZ": ["Middlemore Hospital", "Christchurch Hospital", "Waikato Hospital", "Dunedin Hospital"]}  # fmt: skip
WARDS = {"US": ["4 West", "Tele 6N", "MICU", "Obs Unit", "5 South"], "UK": ["Ward 7B", "AMU", "Larch Ward", "Kingfisher Ward", "SAU"],
         "IE": ["St Brigid's Ward", "AMAU", "Ward 3A", "Medical 2"], "CA": ["7 Medicine", "CCU", "ED Obs", "4 North"],
         "AU": ["Ward 6C", "EMU", "SSU", "MAPU"], "NZ": ["Ward 27", "AMU", "ADU", "Ward 9"]}  # fmt: skip
TRIAGE = {"US": ["ESI 2", "ESI 3", "ESI 4", "ESI 1"], "UK": ["MTS Orange", "MTS Yellow", "MTS Red", "MTS Green"],
          "IE": ["MTS Orange", "MTS Yellow", "MTS Red", "MTS Green"], "CA": ["CTAS 2", "CTAS 3", "CTAS 4", "CTAS 1"],
          "AU": ["ATS 2", "ATS 3", "ATS 4", "ATS 1"], "NZ": ["ATS 2", "ATS 3", "ATS 4", "ATS 5"]}  # fmt: skip
COMPLAINTS = ["NOF#", "CP", "SOB", "?ACS", "UTI", "?sepsis", "PV bleed", "DKA", "?CVA", "collapse ?cause", "head inj", "abdo pain", "LRTI", "COPD exac",
              "syncope", "SVT", "cellulitis", "AKI", "?PE", "GI bleed", "OD", "#NOF", "back pain", "renal colic"]  # fmt: skip
SCORES = [
    "GCS 14",
    "NEWS2 7",
    "qSOFA 2",
    "GCS 15",
    "NEWS2 5",
    "CFS 6",
    "4AT 5",
    "Wells 4.5",
    "EWS 6",
    "CURB-65 3",
    "HEART 6",
]
BEDS = ["Resus 2", "Majors 7", "Cubicle 11", "Bay 4", "RAZ 3", "Corridor 2", "Fast Track 3", "Cubicle 6", "Resus 1", "Majors 12", "Bay 9", "Cubicle 14",
        "Resus 3", "Ambulatory 5", "Majors 3"]  # fmt: skip
DRUGS = ["paracetamol 1 g IV", "morphine 2.5 mg IV", "fentanyl 50 mcg IN", "ondansetron 4 mg", "ceftriaxone 2 g IV", "piperacillin-tazobactam 4.5 g",
         "enoxaparin 40 mg", "aspirin 300 mg", "GTN 400 mcg SL", "furosemide 40 mg IV", "actrapid 6 units", "salbutamol 5 mg neb", "prednisolone 40 mg",
         "haloperidol 2.5 mg IM", "midazolam 5 mg IM", "oxycodone 5 mg", "gentamicin 5 mg/kg", "metoprolol 25 mg", "tranexamic acid 1 g",
         "co-amoxiclav 1.2 g IV", "adenosine 6 mg", "apixaban 5 mg", "levetiracetam 1 g IV", "vancomycin 1.5 g"]  # fmt: skip
AMB = {"US": ("Cuyahoga EMS", ["Medic 14", "Medic 22", "Rescue 7", "Medic 31"]), "UK": ("West Midlands Ambulance Service", ["Delta 21", "Delta 44", "RRV 12", "Alpha 9"]),
       "IE": ("National Ambulance Service", ["Alpha 2", "Bravo 17", "Charlie 6"]), "CA": ("BC Emergency Health Services", ["Medic 9", "Unit 36", "Unit 41"]),
       "AU": ("NSW Ambulance", ["Car 311", "Car 127", "Car 402", "Car 88"]), "NZ": ("Hato Hone St John", ["Unit 36", "Unit 212", "Unit 59"])}  # fmt: skip
ROLES = {"US": ("charge nurse", "attending", "resident", "house supervisor"), "UK": ("NIC", "ED consultant", "SpR", "site manager"),
         "IE": ("CNM2", "ED consultant", "reg", "bed manager"), "CA": ("charge nurse", "ERP", "R2", "patient flow"),
         "AU": ("NUM", "FACEM", "reg", "patient flow manager"), "NZ": ("CCN", "SMO", "reg", "duty nurse manager")}  # fmt: skip
REG = {"US": ("NPI", "%#########"), "UK": ("GMC", "%######"), "IE": ("IMC", "%#####"), "CA": ("CPSO", "%#####"), "AU": ("AHPRA", "MED000%######"),
       "NZ": ("MCNZ", "%####")}  # fmt: skip
POLICE = {"US": "Cleveland Division of Police", "UK": "Staffordshire Police", "IE": "An Garda Síochána", "CA": "RCMP",
          "AU": "NSW Police Force", "NZ": "NZ Police"}  # fmt: skip
INCIDENT_SYS = {"US": "RL6", "UK": "Datix", "IE": "NIMS", "CA": "SafetyNet", "AU": "ims+", "NZ": "Safety1st"}
RELS = {
    True: ["daughter", "wife", "niece", "sister", "granddaughter"],
    False: ["son", "husband", "nephew", "brother", "grandson"],
}
CARS = [
    "silver Toyota Corolla",
    "blue Ford Focus",
    "white Hyundai i30",
    "grey Mazda 3",
    "red Kia Rio",
    "black Honda Civic",
    "green Subaru Forester",
]
YEARS = [str(y) for y in range(2009, 2024)]


# ---- templates ------------------------------------------------------------------------------------------------

BOARD_FW = """‹ED TRACKING BOARD› - «hospital» - export «d1_loc» «t1» - user «s_user»
BED          PATIENT                        AGE/SX  «mrnl»       COMPLAINT         TRIAGE       RN   DR                  WAIT   DISPO
«bed1»       «p_lf»                «p_as»     «p_mrn»    «cc1»              «tri1»        «n_ini»   Dr «m_f»          «wait1»  adm «ward1»
«bed2»       «q1_lf»              «q1_as»     «q1_mrn»    «cc2»              «tri2»        «n2_ini»   Dr «m2_f»         «wait2»  ?CDU
«bed3»       «q2_gi»                    «q2_as»     «q2_mrn»    «cc3»              «tri3»        «n_ini»   «m_f»             «wait3»  d/c
«bed4»       «q3_lf»              «q3_as»     «q3_mrn»    «cc4»              «tri2»        «n2_ini»   --                «wait4»  wtbs
«bed5»       «q4_gi»                 «q4_as»     «q4_mrn»    «cc5»              «tri4»        «n_ini»   Dr «m2_f»         «wait5»  ref «ward2»
--- 5 pts shown, 2 in WR ---  «role1» «n_n» ext «ext1»  |  «role2» Dr «m_n» bleep «bleep»
NOK «bed1»: «r_g» («r_rel») «r_ph»   |   «bed2» DOB «q1_dob», FIN/enc «q1_enc»
"""

BOARD_CSV = """bed,«mrnl»,patient,age,sex,complaint,triage,score,nurse,doctor,arrived,los,disposition
«bed1»,«p_mrn»,"«p_lf»",«p_age»,«p_sex»,«cc1»,«tri1»,«score1»,«n_ini»,«m_i»,«t1»,«wait1»,admit «ward1»
«bed2»,«q1_mrn»,"«q1_lf»",«q1_age»,«q1_sex»,«cc2»,«tri2»,«score2»,«n2_ini»,«m2_i»,«t2»,«wait2»,obs
«bed3»,«q2_mrn»,"«q2_lf»",«q2_age»,«q2_sex»,«cc3»,«tri3»,,«n_ini»,«m_i»,«t3»,«wait3»,home
«bed4»,«q3_mrn»,"«q3_lf»",«q3_age»,«q3_sex»,«cc4»,«tri2»,«score3»,«n2_ini»,,«t4»,«wait4»,WTBS
«bed5»,«q4_mrn»,"«q4_lf»",«q4_age»,«q4_sex»,«cc5»,«tri4»,,«n_ini»,«m2_i»,«t5»,«wait5»,ref «ward2»
# exported «d1_iso» by «s_user»; «hpl» for «bed1»: «p_hp»; DOB «bed2» «q1_dob»; NOK «bed3» «q2_ph»
"""

WHITEBOARD = """‹MAJORS WHITEBOARD› (photo transcribed by «s_n», «d1_short» «t1»)
| Bay | Pt                | Age   | Issue     | Plan / jobs                               | RN     |
| «bed1» | Mrs «p_i»     | «p_as» | «cc1»  | «drug1», XR done, ortho aware, «score1»    | «n_g» |
| «bed2» | «q1_gi»       | («q1_age») | «cc2»  | bloods x2, «drug2» - FALLS RISK, wanders   | «n2_g» |
| «bed3» | «q2_f»        | «q2_ayo» | «cc3» | «score2», r/v by «m_g» «t2»                 | «n_g» |
| «bed4» | «q3_i»        | «q3_as» | «cc4»  | awaiting «ward1» bed, «drug3»               | «n2_g» |
!! «r_rel» «r_g» coming «t3» - ph «r_ph» - wants call from Dr «m_f» re DNACPR
!! «q1_g» - «hpl» «q1_hp» not on system, clerk «s_g» chasing (DOB «q1_dob»)
Pump on «bed1» SN «pump» - «drug4» - do NOT move w/o «role1»
"""

ISBAR = """«hb» HANDOVER - «ward1» - «d1_loc» «t1» - from «n_n» («role1») to «n2_n»
I: «p_n», «p_as», «mrnl» «p_mrn», «hpl» «p_hp», «bed1». DOB «p_dob».
S: «cc1» - «tri1» at triage «t2», now «score1», «score2».
B: Lives «p_addr» with «p_his» «r_rel» «r_n» (NOK, «r_ph», «r_em»). GP Dr «m2_n». Usually independent, «drug1» at home.
A: Seen by Dr «m_n» («role2», «regl» «m_reg»). Bloods sent, «drug2» given «t3». Pump SN «pump» running «drug3».
R: Needs «ward2» bed - bed manager «s_n» aware (ext «ext1»). Repeat obs «t4». «r_g» visiting tonight.
Also: «q1_i» in «bed2», «q1_as», «cc2» - waiting on «ward1» since «d2_dm»; «q1_his» «hpl» «q1_hp».
"""

HUDDLE = """‹BED MANAGEMENT HUDDLE› «t1» «d1_long» - chaired «s_n» («role4»)
ED: 31 in dept, 9 awaiting beds, 3 x 12hr breaches:
  - «p_i» («mrnl» «p_mrn», «p_as») «cc1», DTA «d2_dm» «t2», «ward1» bed promised
  - «q1_lf» («q1_as») «cc2» - isolation needed (CPE), «q1_hpl» «q1_hp»
  - «q2_gi» («q2_age») «cc3» - MH bed sourced via «o_n», «o_ph»
Discharges pending: «q3_i» («ward2») awaiting POC to «q3_town» - family («q3_rel» «r_n», «r_ph») can collect after «t3».
«q4_n» - TTOs «drug1»; transport booked «d3_dm» to «q4_addr».
Actions: «n_g» to escalate «q2_f»; «m_i» («role2») to r/v «p_f» for step-down. Next huddle «t4».
"""

OFFLOAD = """«amb_service» - ‹AMBULANCE OFFLOAD DELAY LOG› - «hospital» - «d1_loc»
CALLSIGN  | CAD         | PATIENT              | AGE  | ARR   | HANDOVER | DELAY  | CREW            | NOTES
«cs1»   | «cad1» | «p_lf»      | «p_age» | «t1» | «t2»    | «wait1» | «c1_i»/«c2_i»   | «cc1», «score1», on «drug1»
«cs2»   | «cad2» | «q1_gi»        | «q1_age» | «t2» | «t3»    | «wait2» | «c3_i»          | «cc2» - «bed2»
«cs3»   | «cad3» | «q2_lf»      | «q2_age» | «t3» | --       | «wait3» | «c4_i»          | held in corridor, «cc3»
Escalated to «role1» «n_n» at «t4». «p_title» «p_f» DOB «p_dob», «mrnl» «p_mrn». Crew «c1_g» asked NOK «r_n» be rung: «r_ph».
"""

SECURITY = """SECURITY INCIDENT NOTE - «hospital» ED - «incsys» ref «inc»
Date/time: «d1_loc» «t1»        Officer: «s_n» (badge «badge»)
1) ABSCONDED: «p_n» («p_ayo», «mrnl» «p_mrn», DOB «p_dob») left «bed1» at approx «t2» while awaiting «cc1» r/v.
   Last seen car park B getting into «car» plate «plate». Address on file «p_addr». Home ph «p_ph».
   «police» notified («pref»), officer «o_n». NOK «r_n» («r_rel») informed on «r_ph».
2) VISITOR BANNED: «v_n» (DOB «v_dob») verbally abusive to «role1» «n_n» at «t3». «v_His» vehicle «car2» reg «plate2».
   Ban letter to «v_line», «v_town» - valid until «d3_long». Driving licence seen: «v_dl».
Staff involved: «n_g», «m_i» («role2»). CCTV requested by «s_g».
"""

LIAISON = """‹POLICE / SOCIAL WORK LIAISON› - «hospital» ED - entry «d1_loc» «t1»
Pt: «p_n» «p_as» («mrnl» «p_mrn») - «natl» «p_nat» - «cc1» (assault), «score1»
Police: «o_n», «police», collar no. «badge», ph «o_ph», occurrence «pref». Statement taken «t2».
SW: «s_n» (ED social worker, ext «ext1») - pt lives «p_addr» with partner «v_n» (alleged perpetrator, DOB «v_dob»).
Household: «q1_g» («q1_age») and «q2_g» («q2_age») - staying with «r_n», «r_line», «r_town» «r_pc», «r_ph».
Safety plan: not to be discharged to «p_line». Shelter bed confirmed «d2_dm» via «r_em».
Next review «d3_dm» «t3» w/ Dr «m_n».
"""

LOSTPROP = """LOST PROPERTY LOG - «hospital» ED - book «d1_iso»
Item                        | Owner / patient        | Found by      | Receipt     | Notes
iPhone 13, cracked case     | «p_lf» («bed1»)  | «n_g» «n_f»   | «rec1»  | IMEI «imei» - pt transferred «ward1»
wallet, brown               | «q1_gi»             | porter «s_n» | «rec2»  | contains DL «q1_dl», bank cards
hearing aid (L), beige      | «q2_lf» («q2_as»)  | «n2_g»        | «rec3»  | serial «hearing» - returned to «q2_rel» «r_n» «d2_dm»
car keys + fob              | «q3_n»              | security       | «rec4»  | car «plate» in drop-off bay, owner ph «q3_ph»
Collected: «d3_dm» «t2» by «r_g» (ID checked, «r_rel»). Logged by «s_g», «role1» «n2_n».
"""

PHARMACY = """AFTER-HOURS PHARMACY REQUEST - «hospital» - «d1_loc» «t1»
To: on-call pharmacist «s_n» (mob «s_ph»)
From: Dr «m_n», «role3», «regl» «m_reg», bleep «bleep»
Patient: «p_lf»  «mrnl» «p_mrn»  «hpl» «p_hp»  DOB «p_dob»  Wt 62 kg  «bed1»
Request: «drug1» - not stocked in ED imprest. Indication «cc1». Allergies: penicillin (rash).
Also «drug2» for «q1_i» («q1_mrn», «q1_as») - «cc2».
Collect by: porter / «n_g» «n_f» («role1»). Callback «m_ph».
Pharmacist reply «t2»: released from after-hours cupboard, signed «s_i».
"""

PORTER = """‹PORTER JOB LIST› «d1_dm» - ED hub - controller «s_n»
JOB   | FROM         | TO              | PATIENT                | MODE            | PORTER         | REQ
4412  | «bed1»       | CT              | «p_lf» «p_as»    | bed + O2        | «c1_n»   | «t1»
4413  | «bed2»       | «ward1»         | «q1_gi»             | chair           | «c2_n»   | «t2»
4417  | «bed3»       | Mortuary        | «q2_lf»        | concealment trolley | «c1_g»  | «t3»
4420  | X-ray        | «bed4»          | «q3_i» («q3_age»)  | bariatric bed   | «c3_n»   | «t4»
Notes: «p_g» «p_f» on pump SN «pump» - RN «n_n» to escort. «q1_g» «hpl» «q1_hp» wristband missing - reprint.
Controller mob «s_ph»; delays to «role4» ext «ext1».
"""

ROSTER = """[«d1_short» ‹07:02›] «n_n»: anyone swap my «d2_dm» night? «role1» short on «ward1» again
[«d1_short» ‹07:10›] «n2_g»: I can do it if you take my «d3_dm» late. ring me «n2_ph»
[«d1_short» ‹07:31›] «s_n» (Rostering): swap approved. «n_g» reminder your mandatory training «d3_long», bleep «bleep» is yours tonight
[«d1_short» ‹08:15›] Dr «m_f»: «role3» cover gap «d2_dm» - Dr «m2_n» («m2_em») has agreed, pls update ext «ext1»
[«d1_short» ‹08:40›] «m2_g»: confirmed. my personal mob «m2_ph», not the switch. «role2» «o_n» knows
[«d1_short» ‹09:02›] «n_g»: also «c1_n» off sick - cert sent to «s_em». «ward2» needs a float nurse «t4»
"""

CHAT = """[«d1_yy», «t1»] «m_gi»: pt in «bed1», «p_tl» «p_i» «p_as» «cc1», «r_rel» «r_g» on «r_ph», can u see «p_him» b4 «t2»?
[«d1_yy», «t1b»] «m2_g»: sure. «score1»? on «drug1»?
[«d1_yy», «t1c»] «m_gi»: yes. «mrnl» «p_mrn». lives alone at «p_line», «p_town» fyi
[«d1_yy», «t2»] «m2_g»: seen. «cc2» too. «q1_f» in «bed2» («q1_ayo») also needs u - «cc3»
[«d1_yy», «t3»] «n_n»: FYI «q1_g»'s NOK «v_n» at desk, ph «v_ph»
[«d1_yy», «t4»] «m_gi»: ta. send to «ward1», tell «s_g» in flow (ext «ext1»)
"""

DLOUNGE = """‹DISCHARGE LOUNGE› - «hospital» - «d1_dm»  (coordinator «s_n», ext «ext1»)
#  PATIENT                 FROM        TTO              TRANSPORT                      COLLECTING / NOTES
1  «p_lf»     «ward1»     «drug1»     family «t2»                   «r_rel» «r_n» «r_ph», car reg «plate»
2  «q1_i»  («q1_as»)      «ward2»     «drug2»     PTS booked «t3»              to «q1_addr»
3  «q2_gi»          «ward1»     awaiting         taxi voucher                   «q2_hpl» «q2_hp»; DOB «q2_dob»
4  «q3_lf» «q3_age»      «ward2»     «drug3»     own                            key safe code given to «v_n» («v_ph»)
Pharmacy query → «role3» «m_n», bleep «bleep». Lounge closes «t4».
"""

MORTUARY = """MORTUARY / BEREAVEMENT NOTE - «hospital»
Deceased: «p_n» («p_age»)  DOB «p_dob»  DOD «d1_loc» «t1»  «mrnl» «p_mrn»  «hpl» «p_hp»  «natl» «p_nat»
Place: ED «bed1», verified by Dr «m_n» («regl» «m_reg»). Coroner referral: yes, ref «coroner».
Register no. «morgue». Property: wedding ring (on), «car» keys, phone IMEI «imei» - handed to NOK.
NOK: «r_n» («r_rel»), «r_addr», «r_ph», «r_em». Viewing «d2_dm» «t2» with chaplain «c1_n».
Funeral director: «o_n», ph «o_ph». Bereavement pack given by «n_n» («role1»).
Cultural: «cultural» «t3».
"""

ITTICKET = """SERVICE DESK TICKET «ticket» - priority P2 - «d1_iso» «t1»
Caller: «n_n» («role1», ED), ext «ext1», login «n_user»
Summary: ED workstation «ws» («ip») cannot print wristbands; tracking board frozen for «bed1».
Detail: patient «p_lf» «mrnl» «p_mrn» - wristband reprint failed. Link «url»
Also: infusion pump SN «pump» (on «q1_i», «q1_mrn») not syncing to EMR, last seen from «ip2».
Logged by «s_n» «s_em». Resolved «t2»: print queue on «ws» restarted; user «m_user» (Dr «m_n») reset password.
"""

ED_JSON = """{"feed": "ed-events", "site": "«hospital»", "generated": "«d1_iso»T«t1»:00",
 "events": [
  {"at": "«t1»", "type": "arrival", "bed": "«bed1»", "patient": {"name": "«p_Lf»", "«mrnl»": "«p_mrn»", "«hpl»": "«p_hp»", "«natl»": "«p_nat»", "dob": "«p_dobiso»", "age": "«p_as»"}, "triage": "«tri1»", "complaint": "«cc1»", "by": "«n_user»"},
  {"at": "«t2»", "type": "assessment", "bed": "«bed1»", "clinician": "«m_n»", "note": "«score1», «drug1» given"},
  {"at": "«t3»", "type": "arrival", "bed": "«bed2»", "patient": {"name": "«q1_Lf»", "«mrnl»": "«q1_mrn»", "dob": "«q1_dobiso»", "age": "«q1_as»"}, "triage": "«tri2»", "complaint": "«cc2»"},
  {"at": "«t4»", "type": "nok_contact", "patient_bed": "«bed1»", "nok": "«r_n»", "relationship": "«r_rel»", "phone": "«r_ph»", "email": "«r_em»"},
  {"at": "«t5»", "type": "disposition", "bed": "«bed1»", "to": "«ward1»", "bed_manager": "«s_n»", "encounter": "«p_enc»"}]}
"""

CARPARK = """‹CAR PARK & VEHICLE LOG› - «hospital» ED forecourt - «d1_loc»
TIME  | PLATE / CALLSIGN | VEHICLE              | LINKED TO                   | ACTION
«t1» | «cs1»           | ambulance            | «p_lf» («bed1»)      | offloaded «t2»
«t2» | «plate»         | «car»                | pt «p_g» «p_f» - drove self   | left in drop-off, keys at desk
«t3» | «plate2»        | «car2»               | visitor «v_n»       | clamped, owner ph «v_ph»
«t4» | «cs2»           | ambulance            | «q1_gi» («q1_age»)     | «cc2»
«t5» | «plate3»        | «car3»               | «q2_lf», «bed2»  | permit to «d3_dm», «q2_rel» «r_n» «r_ph»
Logged: «s_n» (security). Disabled bay misuse reported to «role4» «o_n».
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p90_ed_board_fixedwidth", ["US", "AU"], "text", BOARD_FW),
    ("p90_ed_board_csv", ["UK", "CA"], "text", BOARD_CSV),
    ("p90_whiteboard_transcribed", ["UK", "NZ"], "text", WHITEBOARD),
    ("p90_isbar_sbar_handover", ["AU", "US"], "text", ISBAR),
    ("p90_bed_huddle_note", ["UK", "IE"], "text", HUDDLE),
    ("p90_ambulance_offload_log", ["UK", "AU"], "text", OFFLOAD),
    ("p90_security_incident_note", ["US", "IE"], "text", SECURITY),
    ("p90_police_socialwork_liaison", ["CA", "UK"], "text", LIAISON),
    ("p90_lost_property_log", ["AU", "IE"], "text", LOSTPROP),
    ("p90_afterhours_pharmacy_request", ["NZ", "CA"], "text", PHARMACY),
    ("p90_porter_job_list", ["UK", "AU"], "text", PORTER),
    ("p90_roster_messages", ["IE", "NZ"], "text", ROSTER),
    ("p90_clinician_chat", ["UK", "AU"], "text", CHAT),
    ("p90_discharge_lounge_list", ["UK", "CA"], "text", DLOUNGE),
    ("p90_mortuary_bereavement_note", ["NZ", "IE"], "text", MORTUARY),
    ("p90_it_service_ticket", ["US", "UK"], "text", ITTICKET),
    ("p90_ed_event_feed_json", ["US", "NZ"], "json", ED_JSON),
    ("p90_car_park_vehicle_log", ["AU", "CA"], "text", CARPARK),
]


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 5) + timedelta(days=rng.randrange(640))
    used: set[str] = set()
    old = (90 * Y + 30, 101 * Y)
    p = draw_person(rng, loc, used, d1, age_days=old if rng.random() < 0.5 else (18 * Y, 89 * Y))
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.4 else None,
                    age_days=(25 * Y, 70 * Y))  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("q1", "q2", "q3", "q4"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=old if rng.random() < 0.25 else (16 * Y, 89 * Y))
    for x in ("n", "n2", "m", "m2", "s", "o", "v", "c1", "c2", "c3", "c4"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(22 * Y, 66 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    reg_label, reg_pat = REG[loc_code]
    s["regl"], s["mrnl"], s["hpl"] = reg_label, s["p_mrnl"], s["p_hpl"]
    s["natl"] = s["p_natl"]
    s["q1_hpl"], s["q2_hpl"] = s["q1_hpl"], s["q2_hpl"]
    for x in ("m", "m2"):
        s[f"{x}_reg"] = P("LICENSE", fill(rng, reg_pat))
    for x in ("p", "q1"):
        s[f"{x}_enc"] = (
            P("ACCOUNT", fill(rng, "%#########"))
            if loc_code == "US"
            else P("ID", fill(rng, rng.choice(["E%#######", "%##-###-###"])))
        )
    for x in ("q2", "q3"):
        s[f"{x}_rel"] = rng.choice(RELS[r.female])
    s["r_rel"] = rng.choice(RELS[r.female])
    s["hospital"] = K(rng.choice(HOSPITALS[loc_code]))
    w1, w2 = rng.sample(WARDS[loc_code], 2)
    s["ward1"], s["ward2"] = K(w1), K(w2)
    beds = rng.sample(BEDS, 5)
    for i, b in enumerate(beds, 1):
        s[f"bed{i}"] = K(b)
    tri = TRIAGE[loc_code]
    for i in range(1, 5):
        s[f"tri{i}"] = K(tri[i - 1])
    for i, c in enumerate(rng.sample(COMPLAINTS, 5), 1):
        s[f"cc{i}"] = K(c)
    for i, c in enumerate(rng.sample(SCORES, 3), 1):
        s[f"score{i}"] = K(c)
    for i, c in enumerate(rng.sample(DRUGS, 4), 1):
        s[f"drug{i}"] = K(c)
    for i in range(1, 6):
        s[f"wait{i}"] = K(f"{rng.randint(0, 14)}h{rng.randint(0, 59):02d}")
    mins = sorted(rng.sample(range(0, 24 * 60, 7), 7))
    for i, m in enumerate(mins[:5], 1):
        s[f"t{i}"] = K(f"{m // 60:02d}:{m % 60:02d}")
    s["t1b"], s["t1c"] = (
        K(f"{mins[0] // 60:02d}:{mins[0] % 60:02d}:41"),
        K(f"{mins[0] // 60:02d}:{mins[0] % 60:02d}:58"),
    )
    roles = ROLES[loc_code]
    s["role1"], s["role2"], s["role3"], s["role4"] = K(roles[0]), K(roles[1]), K(roles[2]), K(roles[3])
    s["ext1"] = K(fill(rng, "^###"))
    s["bleep"] = K(fill(rng, "^###"))
    s["hb"] = K("ISBAR" if loc_code in ("AU", "NZ") else "SBAR")
    service, calls = AMB[loc_code]
    s["amb_service"] = K(service)
    cs = rng.sample(calls, 3)
    s["cs1"], s["cs2"], s["cs3"] = K(cs[0]), K(cs[1]), K(cs[2])
    for i in range(1, 4):
        s[f"cad{i}"] = P("ID", fill(rng, rng.choice(["%######", "CAD%#####", "%##-####"])))
    s["incsys"] = K(INCIDENT_SYS[loc_code])
    s["inc"] = P("ID", fill(rng, rng.choice(["W%#####", "RM%######", "%#####"])))
    s["badge"] = P("ID", fill(rng, rng.choice(["%###", "SO-%##", "%####"])))
    s["pref"] = P("ID", fill(rng, rng.choice(["%##########", "CR/%#####/##", "P%#######"])))
    s["police"] = K(POLICE[loc_code])
    cars = rng.sample(CARS, 3)
    s["car"], s["car2"], s["car3"] = K(cars[0]), K(cars[1]), K(cars[2])
    for k in ("plate", "plate2", "plate3"):
        s[k] = P("VEHICLE", ids.plate(rng, loc_code))
    for i in range(1, 5):
        s[f"rec{i}"] = P("ID", fill(rng, "LP-%####"))
    s["imei"] = P("DEVICE", ids.imei(rng))
    s["hearing"] = P("DEVICE", fill(rng, rng.choice(["%#########", "SN%#@####"])))
    s["pump"] = P("DEVICE", fill(rng, rng.choice(["%#######", "AL%#######", "%##@#####"])))
    s["coroner"] = P("ID", fill(rng, rng.choice(["COR-%###/##", "%##########", "CR%#####"])))
    s["morgue"] = P("ID", fill(rng, "M%####"))
    s["ticket"] = K(fill(rng, rng.choice(["INC%######", "RITM%######"])))  # an IT record, not a person's
    s["ws"] = K(fill(rng, rng.choice(["EDWS-%#", "WS-ED-%##", "EDPC%##"])))
    s["ip"], s["ip2"] = (
        P("IP", f"10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"),
        P("IP", ids.ipv4(rng)),
    )
    s["url"] = P(
        "URL", f"https://emr.{loc_code.lower()}-health.example.org/chart?mrn={p.ids['mrn']}&tab=track"
    )
    s["cultural"] = K(
        "whānau present, karakia before transfer"
        if loc_code == "NZ"
        else "family request priest, rosary on body"
    )
    s["year"] = K(rng.choice(YEARS))
    dd = {
        "d1": d1,
        "d2": d1 - timedelta(days=rng.randint(1, 20)),
        "d3": d1 + timedelta(days=rng.randint(2, 45)),
    }
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
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
        rng = random.Random(f"phigate-probe90:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
