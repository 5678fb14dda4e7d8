# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-eighth independent probe corpus: home medical equipment, home infusion and specimen logistics text from
the United States, the United Kingdom, Canada and Australia -- built the way an outside evaluator builds a
held-out set, with its own templates and its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each: a DME / oxygen supplier delivery ticket with driver
notes, a CPAP and oxygen concentrator field service log, a home infusion pharmacy compounding and dispensing
record, a specimen courier chain-of-custody log, a lab pick-up manifest (CSV), a wheelchair and hospital-bed
fitting report, a returned-equipment reconciliation sheet, a dispatcher SMS thread with a driver and a patient, a
proof-of-delivery record, a complaint e-mail from a carer, a rental billing statement (HCPCS E1390, E0431, E0601),
a manufacturer warranty claim, a device recall letter to one patient, a driver's route sheet, a home oxygen risk
assessment, a dispatch platform order export (JSON), a home infusion nursing visit note and a technician's
after-hours on-call log. Patients have carers and relatives, gate codes and back lanes; drivers, technicians,
nurses, pharmacists, couriers and prescribers sign their work.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient (aged 90+ in the fitting report,
the recall letter and the oxygen risk assessment), `r` a carer or relative, `k` the delivery driver, `t` the
service technician, `n` a nurse, `h` and `h2` pharmacists, `d` the prescriber, `c` a specimen courier, `s` a
dispatcher or customer-service clerk, `m` a lab or warehouse clerk, `o` an occupational therapist, `w1`-`w3` other
patients. Forms: `_n` full name, `_g` given, `_f` family, `_lf` "Family, Given", `_i` "G. Family", `_user` a login
made of the name, `_ph` `_ph2` `_em`, `_line` `_town` `_pc` `_addr`, `_lane` (the back lane or service road),
`_access` (how to get in: the lane labelled, the gate code plain), `_dob` (the country's form) `_dobiso`
`_doblong`, `_age` (keep, under 90), `_old` (AGE, 90+), `_hp` with its label `_hpl`, `_ids2` (a second number with
its label), `_acct`, `_mrn`, `_plate`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- patient, carer, relative, driver, technician, nurse, pharmacist,
  courier, prescriber, clerk, therapist: full, given alone, family alone, "Family, Given", an initial and the
  family name, and a login made of a name ("kmouradian"). Titles and roles (Dr, RN, driver, tech) are plain text.
- ADDRESS: street lines, towns, and the back lane, service road or track a driver is sent round by ("go round by
  Hackberry Alley"). States, provinces and regions are plain text. ZIP: US ZIP codes, Canadian postal codes, UK
  postcodes, Australian postcodes. A gate code or key-safe code is plain text: it opens a door but names no one
  (neither PHI nor keep; a draw where it equals a PHI value is re-drawn).
- DATE: every date more specific than a year, delivery dates and windows' days included; years alone keep; the
  times of a delivery window keep. AGE: 90 and over; ages under 90 keep.
- PHONE and EMAIL of any person (drivers' and technicians' work mobiles too); a supplier's switchboard, dispatch
  or billing line and a shared mailbox are plain text. URL: a tracking or payment link carrying a token or an
  account number. IP: the address an order event came from.
- SSN: US SSN. HEALTH_PLAN: Medicare MBI and Medicaid ids, Canadian health cards (OHIP with version code, BC PHN,
  Manitoba PHIN, Nunavut), Australian Medicare numbers and DVA file numbers. ID: NHS numbers; order, delivery
  ticket, work order, RMA, prescription, compounding batch, manifest, bag seal, requisition, proof-of-delivery,
  return, job, claim, invoice and referral numbers (each names one patient's job). ACCOUNT: the supplier's
  patient account number. MRN: the hospital's record number. LICENSE: a prescriber's NPI and DEA number, a
  pharmacist's or nurse's registration. DEVICE: a device's serial number and its UDI (GS1: GTIN, expiry, serial)
  -- each unit is rented to one patient. VEHICLE: a patient's or carer's own car plate. A supplier's fleet van is
  the organisation's: its fleet number ("Van 14") keep, its plate plain text (neither PHI nor keep).
- Keep (must survive): drugs and doses, HCPCS, CPT and ICD-10 codes, equipment models (EverFlo, AirSense 11,
  Invacare Platinum 5, CADD-Solis ...), supplier, pharmacy, courier and lab names, hospitals, payers and
  programmes, tube types and test names, flow rates and pressures, times, years alone, ages under 90, fleet
  numbers, amounts, headings marked ‹...›.
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
from tests.engine.probe88 import ids
from tests.engine.probe88.people import LOCS, K, P, Person, Slot, draw_person, fill, id_labels, plain

__all__ = ["OLD_P", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
Y = 365


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    us_ca = loc in ("US", "CA")
    return {
        "loc": D(f"{d:%m/%d/%Y}" if loc == "US" else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "long": D(f"{mon} {d.day}, {d.year}" if us_ca else f"{d.day} {mon} {d.year}"),
        "dm": D(f"{mon} {d.day}" if us_ca else f"{d.day} {mon}"),
        "short": D(f"{d.month}/{d.day}" if loc == "US" else f"{mon[:3]} {d.day}" if loc == "CA" else f"{d.day}/{d.month}"),
        "iso": D(d.isoformat()),
        "mon": D(f"{d.day:02d}-{mon[:3]}-{d.year}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    if w.loc.code == "UK":
        return (A(w.line), ", ", A(w.town), " ", P("ZIP", w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.abbr} ", P("ZIP", w.postcode))


ACCESS = [
    ("go round by ", "", ", gate code {g}"),
    ("use the ", "", " entrance, key box {g}"),
    ("key safe {g} by side door; park on ", "", ""),
    ("back gate off ", "", " (code {g}), dog in yard"),
    ("side door via ", "", "; lockbox {g}"),
]


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    gate = fill(rng, rng.choice(["%###", "%#%#", "%##%"]))
    before, _, after = rng.choice(ACCESS)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w), f"{x}_abbr": w.abbr,
        f"{x}_lane": P("ADDRESS", w.lane), f"{x}_gate": gate, f"{x}_access": (before.format(g=gate), P("ADDRESS", w.lane), after.format(g=gate)),
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_acct": P("ACCOUNT", w.ids["acct"]), f"{x}_mrn": P("MRN", w.ids["mrn"]), f"{x}_plate": P("VEHICLE", w.ids["plate"]),
        f"{x}_He": "She" if w.female else "He", f"{x}_he": "she" if w.female else "he", f"{x}_his": "her" if w.female else "his",
        f"{x}_him": "her" if w.female else "him", f"{x}_title": "Mrs" if w.female else "Mr",
        f"{x}_user": P("NAME", (plain(w.given)[0] + plain(w.family))[:12]),
    }  # fmt: skip
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    if c == "US":
        s[f"{x}_nat"] = P("SSN", w.ids["nat"])
        s[f"{x}_ids2"] = ("Medicaid ID ", P("HEALTH_PLAN", w.ids["hp2"]))
    elif c == "AU":
        s[f"{x}_ids2"] = ("DVA file no. ", P("HEALTH_PLAN", w.ids["hp2"]))
    elif c == "CA":
        s[f"{x}_ids2"] = ("ADP ref ", P("ID", fill(rng, "ADP-%######")))
    else:
        s[f"{x}_ids2"] = ("HOOF ref ", P("ID", fill(rng, "HOOF%#####")))
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

SUPPLIERS = {"US": ["Lincare", "Apria Healthcare", "AdaptHealth", "Rotech Healthcare"], "CA": ["ProResp", "VitalAire", "Medigas"],
             "UK": ["Baywater Healthcare", "Dolby Vivisol", "Air Liquide Healthcare"], "AU": ["BOC Healthcare", "Air Liquide Healthcare", "Supagas Medical"]}  # fmt: skip
MOBILITY = {"US": "Numotion", "CA": "Motion Specialties", "UK": "Millbrook Healthcare", "AU": "Independent Living Centre"}
INFUSION = {"US": ["Option Care Health", "Coram CVS Specialty Infusion"], "CA": ["Bayshore Specialty Rx", "Calea Home Infusion"],
            "UK": ["Sciensus", "Baxter Healthcare homecare"], "AU": ["Slade Health", "Baxter Healthcare"]}  # fmt: skip
COURIERS = {"US": ["MedSpeed", "FedEx Custom Critical"], "CA": ["Purolator", "Dynamex"], "UK": ["CitySprint", "Royal Mail"], "AU": ["Toll Priority", "StarTrack"]}
LABS = {"US": ["Quest Diagnostics", "Labcorp"], "CA": ["LifeLabs", "Dynacare"], "UK": ["Royal Cornwall Hospital pathology", "Synnovis"],
        "AU": ["QML Pathology", "Sonic Healthcare", "Australian Clinical Labs"]}  # fmt: skip
HOSPITALS = {"US": ["Ochsner Medical Center", "Lancaster General Hospital", "The Queen's Medical Center", "Essentia Health St. Mary's"],
             "CA": ["Kootenay Boundary Regional Hospital", "Qikiqtani General Hospital", "Health Sciences Centre", "Health Sciences North"],
             "UK": ["Royal Cornwall Hospital", "Royal Oldham Hospital", "Sunderland Royal Hospital", "Balfour Hospital"],
             "AU": ["Ballarat Base Hospital", "Cairns Hospital", "Orange Health Service", "Fiona Stanley Hospital"]}  # fmt: skip
PAYERS = {"US": ["Humana Gold Plus", "Aetna Better Health", "UnitedHealthcare Dual Complete", "Louisiana Medicaid"],
          "CA": ["Ontario Assistive Devices Program", "BC PharmaCare", "NIHB", "Manitoba Health"],
          "UK": ["NHS Cornwall and Isles of Scilly ICB", "Home Oxygen Service", "NHS Greater Manchester ICB"],
          "AU": ["DVA", "NDIS", "Medibank", "Bupa"]}  # fmt: skip
MAKERS = {"EverFlo": "Philips Respironics", "AirSense 11": "ResMed", "Invacare Platinum 5": "Invacare", "SimplyGo Mini": "Philips Respironics",
          "Inogen One G5": "Inogen", "DreamStation 2": "Philips Respironics", "AirSense 10 AutoSet": "ResMed"}  # fmt: skip
CONCS = ["EverFlo", "Invacare Platinum 5", "SimplyGo Mini", "Inogen One G5"]
CPAPS = ["AirSense 11", "DreamStation 2", "AirSense 10 AutoSet"]
PUMPS = ["CADD-Solis", "Sapphire"]
BEDS = ["Drive Delta 1000", "Invacare Etude HC"]
CHAIRS = ["Quickie Nitrum", "Invacare Action 3NG", "Permobil M3 Corpus"]
DRUGS = ["vancomycin 1.25 g IV q12h", "ceftriaxone 2 g IV daily", "ertapenem 1 g IV daily", "cefazolin 2 g IV q8h", "daptomycin 500 mg IV daily",
         "meropenem 1 g IV q8h", "micafungin 100 mg IV daily", "flucloxacillin 8 g/24 h continuous", "teicoplanin 400 mg IV daily", "TPN 1800 mL over 12 h"]  # fmt: skip
FLUSH = ["sodium chloride 0.9% 10 mL flush", "heparin 10 units/mL lock 5 mL"]
TESTS = [("SST gold", "BMP"), ("lavender EDTA", "CBC"), ("light blue citrate", "PT/INR"), ("red top", "vancomycin trough"), ("grey fluoride", "glucose"),
         ("SST gold", "CRP"), ("lavender EDTA", "HbA1c")]  # fmt: skip
CPT = {"BMP": "80048", "CBC": "85025", "PT/INR": "85610", "vancomycin trough": "80202", "glucose": "82947", "CRP": "86140", "HbA1c": "83036"}
ICD = {"J96.11": "chronic respiratory failure with hypoxia", "G47.33": "obstructive sleep apnoea", "J44.9": "COPD", "Z99.81": "dependence on supplemental oxygen",
       "J84.10": "interstitial lung disease", "I50.22": "chronic systolic heart failure", "M86.171": "osteomyelitis of right ankle", "N39.0": "urinary tract infection",
       "K50.90": "Crohn disease", "T82.7XXA": "infected vascular device", "L03.116": "cellulitis of left lower limb"}  # fmt: skip
FLOWS = ["1 L/min", "1.5 L/min", "2 L/min", "2.5 L/min", "3 L/min", "4 L/min"]
PRESSURES = ["10 cmH2O", "APAP 6-14 cmH2O", "12 cmH2O", "APAP 8-16 cmH2O"]
TIMES = ["0645", "0710", "0805", "0840", "0915", "0950", "1030", "1105", "1140", "1225", "1300", "1345", "1420", "1510", "1545", "1630", "1715", "1800", "1950", "2130", "2245"]
RELS = {True: ["daughter", "wife", "sister", "niece", "granddaughter", "carer"], False: ["son", "husband", "brother", "nephew", "grandson", "carer"]}
YEARS = [str(y) for y in range(2009, 2023)]
OX_FORM = {"UK": "HOOF Part B", "AU": "Home Oxygen Program form HO2", "US": "CMS-484", "CA": "Home Oxygen Program form 4"}
REGISTRATION = {"US": ("RN license ", "RN%######"), "CA": ("CNO reg. ", "%#######"), "UK": ("NMC PIN ", "%#@####@"), "AU": ("AHPRA ", "NMW000%######")}
PHARM_REG = {"US": ("license PST.", "0%#####"), "CA": ("OCP #", "%#####"), "UK": ("GPhC ", "20%####"), "AU": ("AHPRA ", "PHA000%######")}
DISPATCH_LINE = {"US": "(800) 555-0143", "CA": "1-888-555-0178", "UK": "0800 555 0192", "AU": "1300 555 041"}


# ---- templates ------------------------------------------------------------------------------------------------

DELIVERY = """«supplier» - ‹DELIVERY TICKET› No. «ticket»                       «route» / «van» (reg «van_plate»)
Ship to: «p_n»     Acct «p_acct»     DOB «p_dob»
Address: «p_addr»
Access: «p_access»
Phone: «p_ph» (home) / «r_ph» («r_rel» «r_g»)
Window: «d1_loc» «t1c»-«t3c»     Order «order»     Prescriber: Dr «d_n», «d_npi»
Qty | HCPCS | Item                               | Serial / Lot
1   | ‹E1390› | «conc» concentrator             | «conc_sn»
4   | ‹E0431› | E cylinders, set at «flow1»          | lot «lot»
1   | «hc_hum» | heated humidifier                   | -
Payer: «payer» («p_hpl» «p_hp»)     Dx «icd» («icd_desc»)
Driver notes («k_n», «t4c»): «p_g» still at «hospital» since «d2_dm», «r_g» took delivery and signed. Old
unit «old_sn» collected. «r_g»'s car «r_plate» was on the drive, parked on street. Next cylinder run «d4_dm».
"""

SERVICE = """«supplier» ‹Field Service Log› - «conc» / «cpap»                         Work order «wo»
Technician: «t_n» (cell «t_ph», «t_em»)      Visit: «d1_long» «t2c»
Patient: «p_lf»     DOB «p_dob»     «p_hpl» «p_hp»     Acct «p_acct»
Site: «p_line», «p_town» «p_abbr» «p_pc» - «p_access»
Device                 | Serial         | UDI                                                 | Hours  | Result
«conc»         | «conc_sn»  | «conc_udi» | «hours1» | purity 94%, «flow1» OK
«cpap»         | «cpap_sn»  | «cpap_udi» | «hours2» | «pressure», mask leak high
Replaced ‹A7030› full face mask and ‹A7037› tubing; filters changed. Next PM due «d4_dm».
Spoke with «r_n» («r_rel», «r_ph»); patient's car «p_plate» across the drive, moved by «r_g».
Previous unit «old_sn» swapped out «d3_loc» (compressor fault), RMA «rma».
Signed «t_i»      Reviewed «s_n» «d1_iso»
"""

COMPOUND = """«infusion» - ‹COMPOUNDING AND DISPENSING RECORD›          Rx «rx»      Batch «batch»
Patient: «p_n»     DOB «p_dobiso»     MRN «p_mrn» («hospital»)     «p_hpl» «p_hp»
Deliver to: «p_addr»     Tel «p_ph»
Prescriber: Dr «d_n» («d_npi»«d_dea») - office «d_ph»
Order: «drug1» for «days» days via «pump» pump (‹E0781›, ‹S9500› per diem); PICC placed «d2_dm»
Compounded by «h_n» («h_reg») «d1_loc» «t1c» in ISO 5 hood; checked by «h2_n» at «t2c»
Also dispensed: «flush»; «flush2»
BUD «d4_loc», refrigerate. Weekly «test1» and «test2» drawn by «n_n» RN; results to «d_em».
Delivery: «courier», driver «k_n», «d1_loc» window «t3c»-«t5c»; cooler 4.2 C. Received by «r_n» («r_rel»).
Dx «icd» «icd_desc».
"""

CUSTODY = """«lab» - ‹SPECIMEN CHAIN OF CUSTODY›            Manifest «manifest»      Bag seal «seal»
Collected from: «p_n», «p_addr»
DOB «p_dob»     «p_hpl» «p_hp»     Hosp no. «p_mrn»     Request «req»
Collector: «n_n», «n_reg»      «d1_loc» «t1c»
Tubes: 1 x «tube1» («test1», CPT «cpt1»); 1 x «tube2» («test2», CPT «cpt2»)
Hand-offs:
  «t1c»  «n_i» -> courier «c_n» («courier», «c_ph»): sealed, 4 C
  «t3c»  «c_i» -> depot, received by «s_n»: seal intact
  «t5c»  depot -> «lab» reception, «m_n»: 5.1 C, accepted
Notes: «c_g» went in by «p_access». Carer «r_n» («r_ph») countersigned. Next draw «d4_dm».
"""

MANIFEST = """# «courier» lab pick-up manifest - «route» - «d1_iso» - driver «c_user» - for «lab»
Stop,Time,Patient,DOB,MRN,Address,Phone,Tubes,Tests,Notes
1,«t1c»,«p_n»,«p_dobiso»,«p_mrn»,"«p_line», «p_town»",«p_ph»,2,«test1»;«test2»,"gate «p_gate» via «p_lane»"
2,«t2c»,"«w1_lf»",«w1_dobiso»,«w1_mrn»,"«w1_line», «w1_town» «w1_pc»",«w1_ph»,1,«test3»,"ask for «w1_g»"
3,«t3c»,«w2_n»,«w2_dobiso»,«w2_mrn»,"«w2_line», «w2_town»",«w2_ph2»,3,«test1»;«test3»,"carer «r_g» «r_ph»"
4,«t4c»,«w3_i»,«w3_dobiso»,«w3_mrn»,"«w3_line»",«w3_ph»,1,«test2»,"req «req»"
# 4 stops; exported by «s_em» from «ip»; ‹temperature log attached›
"""

FITTING = """«mobility» - ‹Wheelchair and Bed Fitting Report›                 Job «job»
Client: «p_title» «p_n»     Age «p_old»     DOB «p_doblong»     «p_hpl» «p_hp»
Address: «p_addr»; «p_access»
Referrer: «o_n», OT («o_ph», «o_em»)     Funding: «payer»
Items: «chair» (seat 430 mm, serial «chair_sn»); «bed» with pressure-relief mattress (serial «bed_sn»)
«p_g» is «p_old» and lives with «p_his» «r_rel» «r_n» («r_ph»), who is the main carer.
Fitted by «t_n» on «d1_long» «t2c». Transfer assessed with the OT; hoist training given to «r_g».
Review at home on «d4_dm» at «t4c». Dx «icd» («icd_desc»).
Signed: «t_i» / client mark witnessed by «r_i»
"""

RETURNS = """«supplier» - ‹Returned Equipment Reconciliation› - week ending «d1_loc» - prepared by «s_n»
Ret#    | Patient              | Acct          | Item                | Serial        | Picked up   | By        | Status
«ret1» | «p_lf»       | «p_acct»  | «conc»       | «conc_sn»  | «d2_loc» | «k_i» | restocked
«ret2» | «w1_n»       | «w1_acct» | «cpap»       | «cpap_sn»  | «d3_loc» | «k_i» | pt deceased «d3_dm», sanitised
«ret3» | «w2_lf»       | «w2_acct» | «bed»        | «bed_sn»   | «d2_loc» | «t_i» | motor fault, RMA «rma»
«ret4» | «w3_n»       | «w3_acct» | E cylinders x6      | lot «lot»   | «d1_loc» | «k_i» | 1 missing, billed
Notes: «w3_g» says the missing cylinder is at «w3_line», «w3_town»; call «w3_ph». Totals: 4 returns, 1 open.
"""

SMS = """SMS thread - «supplier» dispatch («dispatch») - exported «d1_iso»
[«t1c»] Dispatch: Hi «k_g», add-on for today: «p_n», «p_line», «p_town» «p_pc». «conc» swap plus 2 E cyl. Window «t2c»-«t4c»
[«t1c»] «k_g»: ok. gate code?
[«t2c»] Dispatch: «p_gate», go round by «p_lane». «r_rel» «r_g» on «r_ph»
[«t2c»] To «p_ph»: «supplier»: your driver «k_g» is on the way, ETA «t3c». Track: «url»
[«t3c»] From «p_ph»: thank you. I'm in the back room, knock loud. Set at «flow1» still?
[«t4c»] «k_g»: delivered, POD signed by «r_g». Old unit «old_sn» on the van. Pt car «p_plate» in the bay so I parked on the road
[«t4c»] Dispatch: thanks. Next «w1_n», «w1_line», «w1_town», CPAP «cpap» mask refit, «w1_ph»
[«t5c»] «k_g»: «w1_g» not home, left card. Will retry «d4_dm»
"""

POD = """‹PROOF OF DELIVERY›     «supplier»     POD «pod»     Delivered «d1_loc» «t4c»
Consignee: «p_n» (acct «p_acct»)
«p_addr»
Items: «cpap» («hc_cpap») serial «cpap_sn», UDI «cpap_udi»; «conc» (‹E1390›) serial «conc_sn»
Received by: «r_n» - relationship: «r_rel» - signature captured - ID sighted
Driver: «k_n»     «van» (reg «van_plate»)
Left as instructed: «p_access».
Contact after delivery: «p_ph» / «p_em»     «p_hpl» «p_hp»
Set-up: «pressure», «flow1»; «p_g» shown mask fitting; follow-up call booked «d4_dm».
"""

COMPLAINT = """From: «r_n» <«r_em»>
To: customer.care@«supplier_dom»
Date: «d1_long» «t2c»
Subject: Complaint - missed oxygen delivery for «p_n» (account «p_acct»)

Dear «supplier» team,

My «p_rel» «p_n» (DOB «p_dob», «p_hpl» «p_hp») is on «flow1» oxygen around the clock and lives at
«p_line», «p_town» «p_pc». The cylinder delivery booked for «d2_dm» between «t1c» and «t3c» never came. Your
driver «k_g» phoned from «k_ph» to say the van could not find the gate, although the ticket says «p_access».
The engineer, «t_n», fitted the «conc» (serial «conc_sn») on «d3_dm» and it has alarmed twice since.
«p_g» is under Dr «d_n» at «hospital» and cannot be without oxygen. Please reply to me on «r_ph» or at this
address, not to «p_g»'s landline «p_ph».

Yours sincerely,
«r_g»
"""

BILLING = """«supplier» - ‹STATEMENT OF ACCOUNT›                            Statement date «d1_loc»
Patient: «p_n»     Account «p_acct»     DOB «p_dob»
Bill to: «r_n» («r_rel»), «r_addr»     Guarantor SSN «r_nat»
Primary: Medicare Part B, MBI «p_hp»     Secondary: «payer», «p_ids2»
Date of service | HCPCS    | Description                            | Billed  | Paid    | Pt resp
«d3_loc»      | ‹E1390› RR | «conc» rental, month 7 of 36   | ‹$187.42› | ‹$149.94› | ‹$37.48›
«d3_loc»      | ‹E0431› RR | portable gaseous O2, «flow1»        | ‹$31.80›  | ‹$25.44›  | ‹$6.36›
«d2_loc»      | ‹E0601› RR | «cpap», month 4 of 13          | ‹$96.10›  | ‹$76.88›  | ‹$19.22›
Balance due «bal» by «d4_loc». Pay online at «pay_url» or call billing «dispatch».
Claim questions: «s_n», «s_ph». Delivered to «p_line» by «k_i» on «d2_dm».
"""

WARRANTY = """‹Warranty Claim› to «maker» - dealer claim «claim»
Dealer: «supplier», technician «t_n» («t_em», «t_ph»)
Device: «cpap» serial «cpap_sn», UDI «cpap_udi», supplied «d3_loc» on invoice «inv»
End user: «p_n», «p_addr», tel «p_ph»
Fault: motor noise and «pressure» not reached; first reported by «r_rel» «r_n» on «d2_dm».
Loan unit «conc» serial «conc_sn» left with user «d1_loc» «t3c».
Prescriber: Dr «d_n» («hospital» sleep clinic). Dx «icd» («icd_desc»). Usage «hours2».
Return courier «courier», con note «connote». Submitted by «s_n» «d1_iso».
"""

RECALL = """«supplier»
«d1_long»

«p_title» «p_n»
«p_addr»

‹URGENT: Medical Device Recall - Action Required›
Account «p_acct»

Dear «p_title» «p_f»,

Our records show that the «cpap» (serial «cpap_sn», UDI «cpap_udi») delivered to you on «d3_dm» is affected
by a recall issued by «maker». Because you are «p_old» and live alone, we will not ask you to post it back: our
technician, «t_n», will visit on «d4_dm» between «t2c» and «t4c» to swap it for an «cpap2». Please leave the side
gate open (we have «p_access» on file). If «r_n», your «r_rel», will be there instead, call «s_n» on «s_ph».
Your prescriber, Dr «d_n», has been told. «p_hpl» «p_hp» is on your file for the replacement.

Yours sincerely,
«m_n», Patient Safety, «supplier»
"""

ROUTE = """«supplier» - ‹Driver Route Sheet› - «d1_loc» - driver «k_n» («k_ph») - «van» «van_plate»
#  | ETA   | Patient             | Address                                  | Access / notes                          | Job
1  | «t1c» | «p_n»      | «p_line», «p_town» «p_pc»           | «p_access»                     | «conc» + 2x E cyl, «flow1»
2  | «t2c» | «w1_lf»     | «w1_line», «w1_town» «w1_pc»        | ring «w1_ph» on arrival              | collect «cpap» serial «cpap_sn»
3  | «t3c» | «w2_n»      | «w2_line», «w2_town»                | carer «r_n» «r_ph»             | «bed» delivery, 2-person lift
4  | «t4c» | «w3_i»      | «w3_addr»                       | via «w3_lane»                       | 6x E cyl, lot «lot»
Back at depot by «t6c». Pre-start check done. Fuel card for «van» only.
"""

RISK = """‹HOME OXYGEN RISK MITIGATION ASSESSMENT› («ox_form»)                  Ref «job»
Patient: «p_n»     Age «p_old»     DOB «p_dob»     «p_hpl» «p_hp»
Address: «p_addr»
Assessor: «n_n», «n_reg» («n_ph»)     Date «d1_long»
Prescription: «flow1» at rest, «flow2» on exertion, 15 h/day; «conc» and «cyl_type».
Smoking: patient quit in «year»; «p_his» «r_rel» «r_n» («r_ph») smokes outside. Open fire in lounge.
Fire service home safety visit requested for «d4_dm». Supplier «supplier» informed, engineer «t_n».
«p_g» is «p_old», uses a frame; tubing trip risk on stairs. «p_ids2».
Outcome: continue oxygen; review «d4_long». Signed «n_i».
"""

PORTAL = """{"export": "dispatch-platform-order", "generated": "«d1_iso»T«t1p»:00Z", "supplier": "«supplier»",
 "order": {"id": "«order»", "ticket": "«ticket»", "payer": "«payer»", "hcpcs": ["‹E1390›", "‹E0431›", "«hc_cpap»"]},
 "patient": {"name": "«p_n»", "dob": "«p_dobiso»", "account": "«p_acct»", "phone": "«p_ph»", "email": "«p_em»",
             "address": "«p_line», «p_town» «p_abbr» «p_pc»", "access": "«p_access»", "«p_hpl»": "«p_hp»"},
 "contacts": [{"name": "«r_n»", "relationship": "«r_rel»", "phone": "«r_ph»"}],
 "items": [{"model": "«conc»", "serial": "«conc_sn»", "udi": "«conc_udi»"}, {"model": "«cpap»", "serial": "«cpap_sn»", "settings": "«pressure»"}],
 "events": [
  {"at": "«d2_iso»T«t2p»:14Z", "user": "«s_em»", "ip": "«ip»", "action": "created"},
  {"at": "«d1_iso»T«t3p»:41Z", "user": "«k_em»", "ip": "«ip2»", "action": "out_for_delivery", "vehicle": "«van»"},
  {"at": "«d1_iso»T«t4p»:02Z", "user": "«k_em»", "ip": "«ip2»", "action": "delivered", "note": "signed by «r_g»"}],
 "tracking_url": "«url»", "driver": {"name": "«k_n»", "phone": "«k_ph»"}}
"""

NURSE = """«infusion» Home Infusion Nursing - ‹Visit Note›
Patient: «p_lf»     DOB «p_dob»     MRN «p_mrn»     «p_hpl» «p_hp»
Visit «d1_long» «t2c»-«t3c» at «p_line», «p_town»; «p_access»
Nurse: «n_n», «n_reg»
PICC right basilic, placed «d2_dm» at «hospital»; dressing and needleless connector changed, external length 2 cm.
«pump» pump serial «pump_sn» reprogrammed for «drug1»; «flush» before and after.
Bloods («test1», «test2») drawn «t3c», handed to «courier» driver «c_n» at «t4c», requisition «req».
«r_rel» «r_n» («r_ph») taught to disconnect; «p_he» is «p_age» and managing well. Call Dr «d_n» on «d_ph» if temp over 38 C.
Next visit «d4_dm». Dx «icd» «icd_desc».
"""

ONCALL = """«supplier» ‹After-hours On-call Log› - technician «t_n» - «d1_loc»
«t1c»  VM from «r_n» («r_ph») re «r_his» «p_rel» «p_n», acct «p_acct»: «conc» alarming. «p_addr».
       Called back «t2c», talked through reset, «flow1» restored. «p_ids2».
«t3c»  «w1_n» («w1_ph»): «cpap» no power, serial «cpap_sn». Advised spare cable; visit booked «d4_dm».
«t4c»  Drove to «w2_line», «w2_town» (by «w2_lane»). Patient «w2_n», DOB «w2_dob», concentrator swap: old «old_sn»,
       new «conc_sn». «w2_g»'s son's car «w2_plate» blocking; he moved it. Backup «cyl_type» left.
«t5c»  Home. 86 miles, «van». Handover to «s_n» in the morning.
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p88_dme_delivery_ticket", ["US", "CA"], "text", DELIVERY),
    ("p88_cpap_concentrator_service_log", ["US", "AU"], "text", SERVICE),
    ("p88_infusion_compounding_record", ["US", "CA"], "text", COMPOUND),
    ("p88_specimen_chain_of_custody", ["UK", "AU"], "text", CUSTODY),
    ("p88_lab_pickup_manifest_csv", ["US", "UK"], "text", MANIFEST),
    ("p88_wheelchair_bed_fitting_report", ["UK", "AU"], "text", FITTING),
    ("p88_returned_equipment_reconciliation", ["CA", "AU"], "text", RETURNS),
    ("p88_dispatcher_sms_thread", ["US", "UK"], "text", SMS),
    ("p88_proof_of_delivery", ["CA", "AU"], "text", POD),
    ("p88_carer_complaint_email", ["UK", "CA"], "text", COMPLAINT),
    ("p88_rental_billing_statement", ["US", "US"], "text", BILLING),
    ("p88_warranty_claim", ["AU", "CA"], "text", WARRANTY),
    ("p88_device_recall_letter", ["US", "UK"], "text", RECALL),
    ("p88_driver_route_sheet", ["UK", "AU"], "text", ROUTE),
    ("p88_home_oxygen_risk_assessment", ["UK", "AU"], "text", RISK),
    ("p88_dispatch_order_json", ["US", "CA"], "json", PORTAL),
    ("p88_infusion_nursing_visit_note", ["CA", "AU"], "text", NURSE),
    ("p88_after_hours_oncall_log", ["US", "UK"], "text", ONCALL),
]
OLD_P = {"p88_wheelchair_bed_fitting_report", "p88_device_recall_letter", "p88_home_oxygen_risk_assessment"}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 5) + timedelta(days=rng.randrange(640))
    used: set[str] = set()
    old = kind in OLD_P
    p = draw_person(rng, loc, used, d1, age_days=(90 * Y + 40, 98 * Y) if old else (34 * Y, 88 * Y))
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.4 else None,
                    age_days=(30 * Y, 70 * Y) if old else (19 * Y, 80 * Y), home=p if rng.random() < 0.3 else None)  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("k", "t", "n", "h", "h2", "d", "c", "s", "m", "o"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(23 * Y, 66 * Y))
    for x in ("w1", "w2", "w3"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(30 * Y, 89 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
    s["r_rel"] = rng.choice(RELS[r.female])
    s["p_rel"] = rng.choice({True: ["mother", "aunt", "gran", "mum"], False: ["father", "uncle", "grandad", "dad"]}[p.female])
    s["r_his"] = "her" if r.female else "his"
    if loc_code == "US":
        s["d_npi"] = ("NPI ", P("LICENSE", ids.npi(rng)))
        s["d_dea"] = (", DEA ", P("LICENSE", ids.dea(rng, ppl["d"].family)))
    else:
        label, pat = {"CA": ("CPSO ", "%#####"), "UK": ("GMC ", "%######"), "AU": ("AHPRA ", "MED000%######")}[loc_code]
        s["d_npi"], s["d_dea"] = (label, P("LICENSE", fill(rng, pat))), ""
    label, pat = REGISTRATION[loc_code]
    s["n_reg"] = (label, P("LICENSE", fill(rng, pat)))
    label, pat = PHARM_REG[loc_code]
    s["h_reg"] = (label, P("LICENSE", fill(rng, pat)))
    for k, pat in (("ticket", "DT-%######"), ("order", "SO%#######"), ("wo", "WO-%#####"), ("rma", "RMA%######"), ("rx", "RX%######"), ("batch", "CB%##-%###"),
                   ("manifest", "MF%#######"), ("seal", "%########"), ("req", "RQ%#######"), ("pod", "POD-%#######"), ("job", "J%######"), ("claim", "WC-%#####"),
                   ("inv", "INV%######"), ("connote", "CN%#########"), ("ret1", "R%#####"), ("ret2", "R%#####"), ("ret3", "R%#####"), ("ret4", "R%#####")):  # fmt: skip
        s[k] = P("ID", fill(rng, pat))
    concs = rng.sample(CONCS, 1)
    cpaps = rng.sample(CPAPS, 2)
    conc, cpap = concs[0], cpaps[0]
    s["conc"], s["cpap"], s["cpap2"] = K(conc), K(cpap), K(cpaps[1])
    s["maker"] = K(MAKERS[cpap])
    for k, model in (("conc_sn", conc), ("old_sn", conc), ("cpap_sn", cpap)):
        s[k] = P("DEVICE", ids.serial(rng, model))
    s["conc_udi"] = P("DEVICE", ids.udi(rng, ids.serial(rng, conc)))
    s["cpap_udi"] = P("DEVICE", ids.udi(rng, ids.serial(rng, cpap)))
    pump, bed = rng.choice(PUMPS), rng.choice(BEDS)
    s["pump"], s["bed"], s["chair"] = K(pump), K(bed), K(rng.choice(CHAIRS))
    s["pump_sn"], s["bed_sn"] = P("DEVICE", ids.serial(rng, pump)), P("DEVICE", ids.serial(rng, bed))
    s["chair_sn"] = P("DEVICE", fill(rng, rng.choice(["WC%#######", "%##@#####", "PM%######"])))
    s["van"] = K(f"Van {rng.randint(2, 48)}")
    s["van_plate"] = ids.plate(rng, loc_code)  # the organisation's vehicle: plain text
    s["route"] = K(f"Route {rng.randint(1, 19)}")
    s["lot"] = K(fill(rng, "L%#@##"))
    s["supplier"] = K(rng.choice(SUPPLIERS[loc_code]))
    s["supplier_dom"] = {"US": "homecare-supplier.example.com", "CA": "respiratory.example.ca", "UK": "homeoxygen.example.co.uk",
                         "AU": "medicalgases.example.com.au"}[loc_code]  # fmt: skip
    s["mobility"] = K(MOBILITY[loc_code])
    s["infusion"] = K(rng.choice(INFUSION[loc_code]))
    s["courier"] = K(rng.choice(COURIERS[loc_code]))
    s["lab"] = K(rng.choice(LABS[loc_code]))
    s["hospital"] = K(rng.choice(HOSPITALS[loc_code]))
    s["payer"] = K(rng.choice(PAYERS[loc_code]))
    s["dispatch"] = DISPATCH_LINE[loc_code]
    s["ox_form"] = K(OX_FORM[loc_code])
    s["hc_hum"], s["hc_cpap"] = K("E0562"), K("E0601")
    s["cyl_type"] = K(rng.choice(["E cylinder", "M6 cylinder", "CD cylinder"]))
    s["ip"], s["ip2"] = P("IP", ids.ipv4(rng)), P("IP", ids.ipv4(rng))
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(20))
    s["url"] = P("URL", f"https://track.homecaredispatch.example.com/t/{token}")
    s["pay_url"] = P("URL", f"https://pay.dmebilling.example.com/acct/{p.ids['acct']}?src=stmt")
    s["bal"] = K(f"${rng.randint(40, 390)}.{rng.randint(10, 99)}")
    s["hours1"], s["hours2"] = K(f"{rng.randint(1200, 31000):,} h"), K(f"{rng.randint(300, 9000):,} h")
    s["days"] = K(str(rng.choice([14, 21, 28, 42])))
    flows = rng.sample(FLOWS, 2)
    s["flow1"], s["flow2"] = K(flows[0]), K(flows[1])
    s["pressure"] = K(rng.choice(PRESSURES))
    tests = rng.sample(TESTS, 3)
    s["tube1"], s["test1"], s["tube2"], s["test2"] = K(tests[0][0]), K(tests[0][1]), K(tests[1][0]), K(tests[1][1])
    s["test3"] = K(tests[2][1])
    s["cpt1"], s["cpt2"] = K(CPT[tests[0][1]]), K(CPT[tests[1][1]])
    dd = {"d1": d1, "d2": d1 - timedelta(days=rng.randint(3, 40)), "d3": d1 - timedelta(days=rng.randint(41, 300)), "d4": d1 + timedelta(days=rng.randint(5, 60))}
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
    times = sorted(rng.sample(TIMES, 6))
    for i, t in enumerate(times, 1):
        s[f"t{i}c"] = K(f"{t[:2]}:{t[2:]}")
        s[f"t{i}p"] = f"{t[:2]}:{t[2:]}"
    s["drug1"] = K(rng.choice(DRUGS))
    s["flush"], s["flush2"] = K(FLUSH[0]), K(FLUSH[1])
    icd = rng.choice(list(ICD))
    s["icd"], s["icd_desc"] = K(icd), K(ICD[icd])
    s["year"] = K(rng.choice(YEARS))
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
        rng = random.Random(f"phigate-probe88:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
