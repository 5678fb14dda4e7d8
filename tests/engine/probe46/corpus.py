# ruff: noqa: E501  (hand-aligned templates)
"""Forty-sixth independent probe corpus: clinical documents the way an evaluator generates them by prompting
a large language model ("write a realistic discharge summary with patient details") -- the house style of
such output: a one-line preamble ("Here's a realistic ..."), Markdown headings (#, ##, ###), bold labels
("**Patient Name:** ...", "**DOB:** ..."), label variants of every kind ("Pt:", "Name of patient", "Full
name", "Guardian", "Emergency Contact", "Referring Physician", "Attending", "Next of Kin"), bullet lists,
Markdown tables of demographics, medications and notifications, horizontal rules, closing disclaimers
("*This is a fictional record ...*"), and the structured outputs the same models produce: JSON with
arbitrary, inconsistent key names (patient_full_name, contactInfo.phoneNumber, addr_line1,
emergencyContacts[].relationship, insurance.memberId) as a whole document or in a ```json fence, YAML in a
```yaml fence, and a CSV block in a ```csv fence. US documents mostly; British, Canadian and Australian ones
with their own identifiers (NHS numbers, postcodes, OHIP / RAMQ / AHCIP health cards, Medicare cards and IHIs,
GMC / CPSO / provider numbers).

36 labelled documents in 18 kinds per seed, two of each: discharge summary, SOAP note, history and physical
(trauma), referral letter, radiology report, lab report (CSV fence), prescription, surgical consent form (with
an e-signature audit trail), insurance prior authorization (JSON fence), patient intake form (a JSON
document), care plan (YAML fence), nursing handoff (SBAR), mental-health intake, well-child note,
appointment confirmation e-mail (with a quoted reply), after-visit summary, death summary, clinical-trial
screening note.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient, `r` a relative (spouse,
daughter / son; the emergency contact, healthcare proxy, guardian, subscriber), `m` a second relative (a
child's mother, a sibling, a son), `d` the responsible clinician (attending, PCP, prescriber, PI), `e` a
second clinician (consultant, radiologist, night hospitalist), `s` a nurse / coordinator / staff member, `x`
`y` further clinicians, witnesses, interpreters, case managers. Forms: `_n` "Given Family", `_nmi` with a
middle initial, `_lf` "Family, Given", `_NC` capitals, `_g`, `_f`, `_hon` (plain), `_ph` `_ph2`, `_em`,
`_line` `_loc` `_town` `_county` `_zip` `_addr`, `_state` (keep), `_abbr` (plain), `_natid` (SSN / NHS
number / health card / Medicare card), `_dl` (driver's licence), `_dob` in the country's style, `_age`
(keep, under 90), `_old` (AGE, 90 and over).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, guardians, emergency contacts, subscribers, healthcare
  proxies, clinicians of every kind (attending, consultant, resident, PCP / GP, radiologist, pathologist,
  prescriber, nurses, therapists, coordinators, interpreters, witnesses, schedulers, probation
  officer) -- as written: full, with a middle initial (the initial inside the value), "Family, Given",
  capitals, given or family alone, a preferred name. Honorifics (Mr., Mrs, Ms, Dr) and credentials (MD,
  RN, FRCR, MBBS, LCSW) are plain text outside the value.
- ADDRESS: house number + street (a unit / flat / apartment inside the value), villages, neighbourhoods,
  towns, cities, suburbs, counties -- also a town alone ("lives in Kessling", a pharmacy "location").
  ZIP: US ZIP and ZIP+4, UK postcodes, Canadian postal codes, Australian postcodes. State / province
  abbreviations inside an address are plain text; states, provinces, England / Scotland / Wales and countries
  written alone are keep.
- DATE: every date more specific than a year tied to the person (birth, admission, discharge, visit,
  procedure, collection, death, signature, follow-up, month + year too), in every format (03/14/2024,
  14/03/2024, March 14, 2024, 14 March 2024, 14-Mar-2024, 2024-03-14, "Mar 14", "March 2024"), also inside
  an ISO timestamp or a file name; years alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE: any person's number (patients, relatives, clinicians' direct lines). EMAIL, URL (a personal
  appointment / portal link with its token), IP (an e-signature's or intake form's source address),
  USERNAME (a patient-portal user name).
- SSN: US social security numbers. ID: NHS numbers, Australian individual healthcare identifiers (IHI),
  accession, specimen, requisition, prescription (Rx), prior-authorization, claim and reference numbers,
  EMS run numbers, medical-examiner and organ-donor referral numbers, care-plan, screening and appointment
  reference numbers, interpreter IDs. MRN: medical record, hospital, chart and UR numbers. ACCOUNT: billing
  account, encounter / FIN and episode numbers. HEALTH_PLAN: insurance member IDs, Medicare (US MBI,
  Australian Medicare card numbers), Medicaid IDs, OHIP / RAMQ / AHCIP / MSI / PHIN health-card numbers,
  private health-fund membership numbers. LICENSE: driver's licences and clinicians' NPI, DEA, GMC, CPSO and
  Medicare provider numbers. VEHICLE: licence plates. DEVICE: implant, pump and hearing-aid serial numbers.
- Keep (must survive): hospital, practice, laboratory, pharmacy, insurer, sponsor and funeral-home names;
  drugs and doses; lab values and units; ICD-10 and CPT codes; vaccine names; screening instruments and
  scores; clinical-trial names, NCT and protocol numbers; states, provinces, nations and countries alone;
  ages under 90; years; headings and disclaimers marked ‹...›.
- Not scored (plain text): honorifics, credentials, relationship words, section labels, facility switchboard,
  fax and toll-free numbers, group numbers, subject initials, room / bed numbers, times of day, a document
  version date, lot numbers, weights and vitals.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe46 import ids
from tests.engine.probe46.people import (
    LOCS,
    NAMES,
    NATID,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
    natid_label,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = {
    "US": ["Lakeshore Regional Medical Center", "Saint Adelaide Hospital", "Pinecrest Community Hospital", "Northbrook University Health", "Mercy Valley Medical Center", "Riverbend Memorial Hospital"],
    "GB": ["St Cuthbert's General Hospital", "Queen Adelaide Hospital", "Royal Wessex County Hospital", "Northern Fells NHS Foundation Trust"],
    "CA": ["Lakehead Regional Health Centre", "Hôpital Saint-Barnabé", "Prairie Rose General Hospital", "Harbourview Health Centre"],
    "AU": ["Bayside Private Hospital", "Northern Rivers Base Hospital", "Southern Cross Health Campus", "Greenvale Public Hospital"],
}
CLINICS = {
    "US": ["Lakeshore Primary Care", "Pinecrest Family Medicine", "Blue Heron Internal Medicine", "Prairie Oak Family Practice"],
    "GB": ["The Orchard Surgery", "Westgate Medical Practice", "Abbey Lane Health Centre"],
    "CA": ["Harbourview Family Health Team", "Clinique médicale des Pins", "Northgate Medical Clinic"],
    "AU": ["Bayside Family Medical Centre", "Southside GP Clinic", "Greenvale Medical Group"],
}
INSURERS = {
    "US": ["Aetna", "UnitedHealthcare", "Cigna", "Blue Cross Blue Shield", "Humana Medicare Advantage", "Ambetter"],
    "GB": ["Bupa", "AXA Health", "Vitality Health"],
    "CA": ["Sun Life", "Manulife", "Canada Life", "Green Shield Canada"],
    "AU": ["Medibank", "Bupa", "HCF", "nib"],
}
PHARMACIES = {"US": ["CVS Pharmacy", "Walgreens", "Rite Aid", "Kroger Pharmacy"], "GB": ["Boots", "Superdrug Pharmacy", "Well Pharmacy"],
              "CA": ["Shoppers Drug Mart", "Jean Coutu", "Rexall"], "AU": ["Chemist Warehouse", "Priceline Pharmacy", "TerryWhite Chemmart"]}  # fmt: skip
LABCOS = {"US": ["Quest Diagnostics", "Labcorp"], "GB": ["Pathology Department"], "CA": ["LifeLabs", "Dynacare"], "AU": ["Laverty Pathology", "QML Pathology"]}
# keep vocabulary by clinical use, "US" and international ("INT": British, Australian; Canada takes some of each)
DRUGS: dict[str, dict[str, list[str]]] = {
    "hf": {"US": ["Furosemide 40 mg", "Sacubitril-valsartan 49/51 mg", "Spironolactone 25 mg", "Metoprolol succinate 50 mg", "Empagliflozin 10 mg"],
           "INT": ["Furosemide 40 mg", "Bisoprolol 2.5 mg", "Spironolactone 25 mg", "Sacubitril/valsartan 49/51 mg", "Dapagliflozin 10 mg"]},
    "diab": {"US": ["Metformin ER 500 mg", "Insulin glargine 18 units", "Semaglutide 0.5 mg", "Glipizide 5 mg"],
             "INT": ["Metformin 500 mg", "Gliclazide MR 30 mg", "Insulin glargine 18 units", "Semaglutide 0.5 mg"]},
    "htn": {"US": ["Lisinopril 10 mg", "Amlodipine 5 mg", "Losartan 50 mg", "Hydrochlorothiazide 25 mg"],
            "INT": ["Ramipril 5 mg", "Amlodipine 5 mg", "Perindopril 5 mg", "Indapamide 2.5 mg"]},
    "statin": {"US": ["Atorvastatin 40 mg", "Rosuvastatin 10 mg"], "INT": ["Atorvastatin 20 mg", "Rosuvastatin 10 mg"]},
    "anticoag": {"US": ["Apixaban 5 mg", "Rivaroxaban 20 mg", "Warfarin 5 mg"], "INT": ["Apixaban 5 mg", "Edoxaban 60 mg", "Rivaroxaban 20 mg"]},
    "abx": {"US": ["Ceftriaxone 1 g IV", "Azithromycin 500 mg", "Piperacillin-tazobactam 4.5 g IV", "Ampicillin-sulbactam 3 g IV"],
            "INT": ["Co-amoxiclav 1.2 g IV", "Clarithromycin 500 mg", "Doxycycline 100 mg", "Piperacillin/tazobactam 4.5 g IV"]},
    "resp_rel": {"US": ["Albuterol HFA 90 mcg"], "INT": ["Salbutamol 100 micrograms", "Ventolin 100 micrograms"]},
    "resp_ctl": {"US": ["Fluticasone-salmeterol 250/50 mcg", "Budesonide-formoterol 160/4.5 mcg"], "INT": ["Fostair 100/6", "Symbicort 200/6", "Seretide 250"]},
    "pain": {"US": ["Acetaminophen 1 g", "Naproxen 500 mg", "Ibuprofen 600 mg"], "INT": ["Paracetamol 1 g", "Naproxen 500 mg", "Ibuprofen 400 mg"]},
    "opioid": {"US": ["Oxycodone 5 mg", "Hydrocodone-acetaminophen 5/325 mg"], "INT": ["Oxycodone 5 mg", "Morphine sulfate 10 mg MR"]},
    "neuro": {"US": ["Gabapentin 300 mg", "Pregabalin 75 mg"], "INT": ["Gabapentin 300 mg", "Pregabalin 75 mg"]},
    "psych": {"US": ["Sertraline 50 mg", "Escitalopram 10 mg", "Bupropion XL 150 mg"], "INT": ["Sertraline 50 mg", "Mirtazapine 15 mg", "Citalopram 20 mg"]},
    "dementia": {"US": ["Donepezil 10 mg", "Memantine 10 mg"], "INT": ["Donepezil 10 mg", "Rivastigmine 4.6 mg/24 h patch"]},
    "thyroid": {"US": ["Levothyroxine 88 mcg"], "INT": ["Levothyroxine 75 micrograms"]},
    "ppi": {"US": ["Omeprazole 20 mg", "Pantoprazole 40 mg"], "INT": ["Lansoprazole 30 mg", "Omeprazole 20 mg"]},
    "steroid": {"US": ["Prednisone 10 mg"], "INT": ["Prednisolone 10 mg"]},
    "vitd": {"US": ["Vitamin D3 1000 IU"], "INT": ["Colecalciferol 800 units"]},
    "metf": {"US": ["Metformin 1000 mg"], "INT": ["Metformin 1 g"]},
}  # fmt: skip
LABS: dict[str, dict[str, list[str]]] = {
    "hf": {"US": ["BNP 842 pg/mL", "Troponin I 0.04 ng/mL"], "INT": ["NT-proBNP 2,840 ng/L", "Troponin T 48 ng/L"]},
    "ntpro": {"US": ["NT-proBNP 2,840 pg/mL", "NT-proBNP 1,310 pg/mL"], "INT": ["NT-proBNP 2,840 ng/L", "NT-proBNP 1,310 ng/L"]},
    "renal": {"US": ["Creatinine 1.6 mg/dL", "BUN 38 mg/dL", "eGFR 41 mL/min/1.73m2"], "INT": ["Creatinine 142 umol/L", "Urea 11.2 mmol/L", "eGFR 41"]},
    "egfr": {"US": ["eGFR 41 mL/min/1.73m2", "eGFR 33 mL/min/1.73m2"], "INT": ["eGFR 41", "eGFR 33"]},
    "el": {"US": ["Sodium 131 mmol/L", "Potassium 5.3 mmol/L"], "INT": ["Sodium 131 mmol/L", "Potassium 5.4 mmol/L"]},
    "cbc": {"US": ["Hemoglobin 10.8 g/dL", "Platelets 412 K/uL"], "INT": ["Haemoglobin 108 g/L", "Platelets 412 x10^9/L"]},
    "inf": {"US": ["WBC 14.2 K/uL", "CRP 86 mg/L", "Procalcitonin 1.9 ng/mL"], "INT": ["WCC 15.1 x10^9/L", "CRP 86 mg/L", "Procalcitonin 1.9 ug/L"]},
    "lac": {"US": ["Lactate 2.8 mmol/L"], "INT": ["Lactate 2.9 mmol/L"]},
    "diab": {"US": ["HbA1c 8.4%", "Glucose 212 mg/dL"], "INT": ["HbA1c 69 mmol/mol", "Glucose 11.8 mmol/L"]},
    "lipid": {"US": ["LDL-C 132 mg/dL", "Triglycerides 245 mg/dL"], "INT": ["LDL-C 3.4 mmol/L", "Triglycerides 2.8 mmol/L"]},
    "ra": {"US": ["ESR 48 mm/hr", "CRP 31 mg/L"], "INT": ["ESR 48 mm/h", "CRP 31 mg/L"]},
    "child": {"US": ["Hemoglobin 11.9 g/dL", "Lead <3.3 mcg/dL"], "INT": ["Haemoglobin 119 g/L", "Ferritin 24 ug/L"]},
}  # fmt: skip
DRUG_STYLE = {"US": "US", "CA": "US", "GB": "INT", "AU": "INT"}
VACCINES = {"US": ["DTaP", "IPV", "Hib", "PCV20", "MMR", "Varicella", "Hep A", "Hep B", "Influenza (IIV4)"],
            "AU": ["Infanrix hexa", "Prevenar 13", "Priorix", "Nimenrix", "Bexsero", "Priorix-Tetra", "Vaxelis"]}  # fmt: skip
VACCINES["GB"] = VACCINES["CA"] = VACCINES["US"]
TRIALS = [("HEARTLIGHT-HF", "NCT05518342", "HLX-301-04", "Corvalent Therapeutics"), ("SOLACE-HF", "NCT06120957", "SLC-2207", "Meridian Cardiorenal Sciences"),
          ("ATRIUM-HF2", "NCT05873166", "ATR-218-3", "Halcyon Cardio Inc.")]  # fmt: skip
FUNERAL = {"US": ["Hollis & Sons Funeral Home", "Evergreen Memorial Chapel"], "GB": ["Co-op Funeralcare", "A. Marsh & Sons Funeral Directors"]}
OPO = {"US": "Great Lakes Donor Network", "GB": "NHS Blood and Transplant"}

ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    us = loc in ("US", "CA")
    num = {"US": f"{d:%m/%d/%Y}", "CA": d.isoformat()}.get(loc, f"{d:%d/%m/%Y}")
    long = f"{d:%B} {d.day}, {d.year}" if us else f"{d.day} {d:%B %Y}"
    return {"": P("DATE", num), "long": P("DATE", long), "iso": P("DATE", d.isoformat()), "us": P("DATE", f"{d:%m/%d/%Y}"),
            "mon": P("DATE", f"{d.day:02d}-{d:%b-%Y}"), "dm": P("DATE", f"{d:%b} {d.day}" if us else f"{d.day} {d:%b}"),
            "my": P("DATE", f"{d:%B %Y}"), "wd": (f"{d:%A}, " if us else f"{d:%A} ", P("DATE", long)),
            "dmy": P("DATE", f"{d:%d%b%Y}".upper())}  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    dot = "." if w.loc.code in ("US", "CA") else ""
    dob = date_forms(w.dob, w.loc.code)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_nmi": N(w.full_mi), f"{x}_lf": N(w.last_first), f"{x}_NC": N(w.full.upper()),
        f"{x}_LF": N(f"{w.family.upper()}, {w.given}"), f"{x}_g": N(w.given), f"{x}_f": N(w.family),
        f"{x}_hon": ("Ms." if w.female else "Mr.") if dot else ("Mrs" if w.female else "Mr"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_loc": A(w.locality), f"{x}_town": A(w.town), f"{x}_county": A(w.county),
        f"{x}_zip": P("ZIP", w.postcode), f"{x}_addr": w.addr, f"{x}_state": K(w.region), f"{x}_abbr": w.abbr,
        f"{x}_natid": P(NATID[w.loc.code][1], w.natid), f"{x}_natidl": natid_label(w), f"{x}_irn": w.irn,
        f"{x}_dl": P("LICENSE", w.licence), f"{x}_dob": dob[""], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"],
        f"{x}_dobus": dob["us"], f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_sex": "F" if w.female else "M", f"{x}_Sex": "Female" if w.female else "Male", f"{x}_sexl": "female" if w.female else "male",
        f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
        f"{x}_His": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him", f"{x}_sexw": "woman" if w.female else "man",
        f"{x}_mi": w.middle,
    }  # fmt: skip
    return s


Y = 365
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "llm46_death_summary": {"p": (90 * Y + 40, 99 * Y)},
    "llm46_care_plan_yaml": {"p": (90 * Y + 40, 98 * Y)},
    "llm46_surgical_consent_form": {"p": (90 * Y + 40, 95 * Y)},
    "llm46_well_child_note": {"p": (300, 420)},
    "llm46_mental_health_intake": {"p": (24 * Y, 52 * Y)},
    "llm46_specialist_referral_letter": {"p": (58 * Y, 84 * Y)},
    "llm46_trauma_history_and_physical": {"p": (36 * Y, 58 * Y)},
    "llm46_trial_screening_note": {"p": (45 * Y, 84 * Y)},
    "llm46_discharge_summary": {"p": (45 * Y, 88 * Y)},
    "llm46_sbar_nursing_handoff": {"p": (50 * Y, 88 * Y)},
}
SPOUSE = {"llm46_mental_health_intake", "llm46_trauma_history_and_physical"}  # the contact is a spouse

LABELS: dict[str, list[str]] = {
    "L_name": ["Patient Name", "Name", "Full Name", "Patient", "Name of Patient", "Pt", "Patient Full Name"],
    "L_dob": ["DOB", "Date of Birth", "D.O.B.", "Birth Date", "Birthdate"],
    "L_addr": ["Address", "Home Address", "Residence", "Mailing Address", "Address of Record"],
    "L_phone": ["Phone", "Phone Number", "Tel", "Contact Number", "Cell", "Mobile"],
    "L_ec": ["Emergency Contact", "Next of Kin", "NOK", "Emergency Contact Person", "Contact Person"],
    "L_att": ["Attending Physician", "Attending", "Attending Provider", "Physician of Record"],
    "L_ref": ["Referring Physician", "Referring Provider", "Referred by", "Ordering Physician"],
    "L_guard": ["Guardian", "Parent/Guardian", "Legal Guardian", "Accompanied by"],
    "L_ins": ["Insurance", "Insurer", "Payer", "Coverage", "Health Plan"],
}
LOC_LABELS: dict[str, dict[str, list[str]]] = {
    "US": {"L_pcp": ["PCP", "Primary Care Physician", "Primary Care Provider"], "L_mrn": ["MRN", "Medical Record #", "Medical Record Number", "Chart #"],
           "L_zip": ["ZIP", "ZIP Code", "Zip"], "L_acct": ["Account #", "Encounter #", "FIN", "HAR"], "ed": ["ED", "Emergency Department", "ER"]},
    "GB": {"L_pcp": ["GP", "General Practitioner", "Registered GP"], "L_mrn": ["Hospital No.", "Hospital Number", "MRN", "Unit No."],
           "L_zip": ["Postcode", "Post Code"], "L_acct": ["Spell No.", "Episode No.", "Encounter No."], "ed": ["A&E", "ED", "Emergency Department"]},
    "CA": {"L_pcp": ["Family Physician", "Family Doctor", "Primary Care Provider"], "L_mrn": ["MRN", "Chart #", "Medical Record Number"],
           "L_zip": ["Postal Code", "Postal code"], "L_acct": ["Visit #", "Account #", "Encounter #"], "ed": ["ED", "Emergency Department", "ER"]},
    "AU": {"L_pcp": ["GP", "Usual GP", "Nominated GP"], "L_mrn": ["UR Number", "URN", "MRN", "UR No."],
           "L_zip": ["Postcode", "P/code"], "L_acct": ["Episode No.", "Visit No.", "Account No."], "ed": ["ED", "Emergency Department"]},
}  # fmt: skip
CREDS = {"US": (["MD", "DO", "MD, FACP", "MD, PhD"], ["RN", "RN, BSN", "LPN"], ["MD"]), "GB": (["MBChB MRCP", "MBBS FRCP", "MB BCh MRCGP", "BM BS"], ["RN", "RGN", "Staff Nurse"], ["FRCR"]),
         "CA": (["MD CCFP", "MD FRCPC", "MD"], ["RN", "IA", "RPN"], ["MD FRCPC"]), "AU": (["MBBS FRACP", "MBBS FRACGP", "MBBS"], ["RN", "CN", "EN"], ["FRANZCR"])}  # fmt: skip


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2023, 9, 4) + timedelta(days=rng.randrange(620))
    used: set[str] = set()
    ages = AGES.get(kind, {})
    child = "p" in ages and ages["p"][1] < 2 * Y
    old = "p" in ages and ages["p"][0] > 89 * Y
    p = draw_person(rng, loc, used, d1, age_days=ages.get("p", (30 * Y, 84 * Y)))
    if child:  # the child's parents: r the father or second parent, m the mother
        r = draw_person(rng, loc, used, d1, female=False, culture=p.culture, family=p.family, home=p, age_days=(24 * Y, 45 * Y))
        m = draw_person(rng, loc, used, d1, female=True, culture=p.culture, family=p.family if rng.random() < 0.6 else None, home=p, age_days=(21 * Y, 42 * Y))
        rel = "father"
    elif old or (kind not in SPOUSE and (d1 - p.dob).days > 52 * Y and rng.random() < 0.5):  # a daughter / son as contact, another child
        rf = rng.random() < 0.6
        r = draw_person(rng, loc, used, d1, female=rf, culture=p.culture, family=p.family if rng.random() < 0.5 else None,
                        age_days=((p.dob - d1).days * -1 - 40 * Y, (p.dob - d1).days * -1 - 22 * Y))  # fmt: skip
        m = draw_person(rng, loc, used, d1, female=not rf, culture=p.culture, family=p.family, age_days=(max(19 * Y, (d1 - p.dob).days - 40 * Y), max(20 * Y, (d1 - p.dob).days - 20 * Y)))
        rel = "daughter" if rf else "son"
    else:  # a spouse as contact, a sibling
        r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, family=p.family if rng.random() < 0.6 else None, home=p,
                        age_days=(max(20 * Y, (d1 - p.dob).days - 6 * Y), (d1 - p.dob).days + 6 * Y))  # fmt: skip
        m = draw_person(rng, loc, used, d1, female=rng.random() < 0.5, culture=p.culture, family=p.family, age_days=(max(19 * Y, (d1 - p.dob).days - 8 * Y), (d1 - p.dob).days + 8 * Y))
        rel = "wife" if r.female else "husband"
    ppl = {"p": p, "r": r, "m": m}
    for x in ("d", "e", "s", "x", "y"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 66 * Y))
    if child:  # y: an older sibling
        ppl["y"] = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family, home=p, age_days=(3 * Y, 8 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    p_slots = s
    s["r_rel"], s["r_Rel"] = rel, rel.capitalize()
    s["m_rel"] = {"father": "mother", "daughter": "son" if not m.female else "daughter", "son": "daughter" if m.female else "son"}.get(rel, "sister" if m.female else "brother")
    s["Dr"] = "Dr." if loc_code in ("US", "CA") else "Dr"
    creds = CREDS[loc_code]
    for x in ("d", "e", "y"):
        s[f"{x}_cred"] = rng.choice(creds[0])
    s["e_rcred"] = creds[2][0]
    s["s_cred"], s["x_cred"] = rng.choice(creds[1]), rng.choice(creds[1])
    for key, vals in {**LABELS, **LOC_LABELS[loc_code]}.items():
        s[key] = rng.choice(vals)
    # dates: d1 the visit / admission / death, d2 after it, d3 before it, d4 d5 follow-ups, d0 the e-mail
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(2, 8)), "d3": d1 - timedelta(days=rng.randint(3, 60)),
          "d4": d1 + timedelta(days=rng.randint(10, 45)), "d5": d1 + timedelta(days=rng.randint(50, 120)),
          "d6": d1 - timedelta(days=rng.randint(400, 2400)), "d0": d1 - timedelta(days=rng.randint(10, 30))}  # fmt: skip
    dd["d7"] = d1 + timedelta(days=rng.randint(1, (dd["d2"] - d1).days))  # during the stay
    if old or kind == "llm46_death_summary":
        dd["d3"] = d1 - timedelta(days=rng.randint(4, 12))
        dd["d2"] = d1 - timedelta(days=rng.randint(1, 3))
    for key, d in dd.items():
        s.update({(f"{key}_{k}" if k else key): v for k, v in date_forms(d, loc_code).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["mrn"] = {"US": F("MRN", "%#######", "00%######", "E%########", "MR-%######"), "GB": F("MRN", "RX%######", "K%######", "H%#######"),
                "CA": F("MRN", "%######", "MRN-%#######", "C%#######"), "AU": F("MRN", "%######", "UR%######", "%#-##-##")}[loc_code]  # fmt: skip
    s["acct"] = {"US": F("ACCOUNT", "%#########", "HAR-%########", "%#######", "%##-####-####"), "GB": F("ACCOUNT", "SP%#######", "%########"),
                 "CA": F("ACCOUNT", "V%########", "%#########"), "AU": F("ACCOUNT", "EP%#######", "%########")}[loc_code]  # fmt: skip
    s["accn"] = F("ID", "ACC%#########", "CT%#-%######", "RAD-%########")
    s["spec"] = F("ID", f"S{d1:%y}-%######", "%@%#######", "SPC%########")
    s["req"] = F("ID", "REQ%#######", "%########", "RQ-%######")
    s["rxno"] = F("ID", "%######", "%#######-####")
    s["authid"] = F("ID", "PA-%#######", "%##########", "AUTH%########")
    s["authref"] = F("ID", "REF%##########", "%@@%######")
    s["ems"] = F("ID", f"{d1:%y}-%#####", "%#######", "EMS-%######")
    s["mecase"] = F("ID", f"ME{d1:%y}-0%###", "%####-ME", f"{d1.year}-%####")
    s["opo"] = F("ID", "DN-%######", "%#######", "REF-%#####@")
    s["planid"] = F("ID", "CP-%#####", "%########")
    s["scrid"] = F("ID", "SCR-014-0%#", "S014-%##", "%##-%###")
    s["interp"] = F("ID", "%####", "INT-%###")
    s["apptref"] = F("ID", "%@%#-%###", "APT%#######", "%########")
    s["sin"] = P("ID", ids.sin(rng))
    s["ihi"] = P("ID", ids.ihi(rng))
    s["member"] = {"US": F("HEALTH_PLAN", "@@@%########", "W%########", "%########-01", "U%#######0%"), "GB": F("HEALTH_PLAN", "%########", "@%#######"),
                   "CA": F("HEALTH_PLAN", "%#######", "%######-##"), "AU": F("HEALTH_PLAN", "%#######", "%########")}[loc_code]  # fmt: skip
    s["medicaid"] = F("HEALTH_PLAN", "%##########", "@@%#######@")
    s["mbi"] = P("HEALTH_PLAN", ids.mbi(rng))
    s["d_npi"], s["e_npi"] = P("LICENSE", ids.npi(rng)), P("LICENSE", ids.npi(rng))
    s["d_dea"] = P("LICENSE", ids.dea(rng, ppl["d"].family))
    lic = {"US": lambda: ids.npi(rng), "GB": lambda: fill(rng, "%######"), "CA": lambda: fill(rng, rng.choice(["%####", "%#####"])),
           "AU": lambda: fill(rng, "%#####") + rng.choice("ABCDFHJKLTWXY") + rng.choice("ABCDFHJKLTWXY")}[loc_code]  # fmt: skip
    s["d_lic"], s["e_lic"], s["y_lic"] = P("LICENSE", lic()), P("LICENSE", lic()), P("LICENSE", lic())
    s["d_licl"] = {"US": "NPI", "GB": "GMC No.", "CA": "CPSO #" if ppl["p"].abbr != "QC" else "Permis CMQ", "AU": "Provider No."}[loc_code]
    s["plate"], s["plate2"] = P("VEHICLE", ids.plate(rng, loc_code)), P("VEHICLE", ids.plate(rng, loc_code))
    s["serial"] = P("DEVICE", ids.serial(rng))
    s["ip1"] = P("IP", f"{rng.choice([73, 98, 174, 24, 68])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}")
    s["ip2"] = P("IP", f"10.{rng.randint(10, 250)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}")
    tok = fill(rng, "@#@@#%@#").lower()
    s["url"] = P("URL", {"US": rng.choice([f"https://mychart.lakeshorehealth.org/MyChart/appt/confirm?token={tok}", f"https://appointments.example-health.org/c/{tok}"]),
                         "GB": f"https://www.patientportal-nhs.example/appointments/manage/{tok}", "CA": f"https://rendezvous.example-sante.ca/c/{tok}",
                         "AU": f"https://bookings.baysidehealth.example.au/a/{tok}"}[loc_code])  # fmt: skip
    s["username"] = P("USERNAME", rng.choice([f"{p.given.lower()}{p.family[:3].lower()}{p.dob.year % 100:02d}", f"{p.given[0].lower()}{p.family.lower()}{rng.randint(1, 99)}"])
                      .replace("é", "e").replace("è", "e").replace("-", ""))  # fmt: skip
    # keep values
    s["hosp"], s["hosp2"] = (K(v) for v in rng.sample(HOSPITALS[loc_code], 2))
    s["clinic"] = K(rng.choice(CLINICS[loc_code]))
    s["insurer"] = K(rng.choice(INSURERS[loc_code]))
    s["peds"] = K({"US": "Summit Pediatrics", "AU": "Bayside Child & Family Health Centre", "GB": "The Orchard Surgery", "CA": "Harbourview Family Health Team"}[loc_code])
    s["language"] = rng.choice(["Spanish", "Greek", "Arabic", "Vietnamese", "Punjabi", "Polish", "Cantonese"])
    us_rx = loc_code == "US"
    s["dea_part"] = ("   **DEA:** ", s["d_dea"]) if us_rx else ""
    s["sched"] = "Schedule II" if us_rx else "Schedule 2 CD"
    s["disp60"] = "Disp: #60 (sixty)   Refills: 3" if us_rx else "Supply: 56 tablets (fifty-six)   Repeats: none"
    s["disp12"] = "Disp: #12 (twelve)   Refills: 0" if us_rx else "Supply: 12 (twelve) tablets"
    s["rx_cover"] = (f"**{s['L_ins']}:** ", s["insurer"], " — ID ", s["member"]) if us_rx else (f"**{natid_label(p)}:** ", p_slots["p_natid"])
    s["pharmacy"] = K(rng.choice(PHARMACIES[loc_code]))
    s["labco"] = K(rng.choice(LABCOS[loc_code]))
    style = DRUG_STYLE[loc_code]
    for cat, table in DRUGS.items():
        vals = rng.sample(table["INT" if loc_code == "CA" and cat in ("resp_rel", "resp_ctl", "abx") else style], 2 if len(table[style]) > 1 else 1)
        s[cat], s[f"{cat}2"] = K(vals[0]), K(vals[-1])
    for cat, table in LABS.items():
        s[f"lab_{cat}"] = K(rng.choice(table["INT" if loc_code == "CA" else style]))
    s["vac1"], s["vac2"], s["vac3"] = (K(v) for v in rng.sample(VACCINES["AU" if loc_code == "AU" else "US"], 3))
    t = rng.choice(TRIALS)
    s["trial"], s["nct"], s["protocol"], s["sponsor"] = K(t[0]), K(t[1]), K(t[2]), K(t[3])
    s["funeral"] = K(rng.choice(FUNERAL.get(loc_code, FUNERAL["US"])))
    s["opo_name"] = K(OPO.get(loc_code, OPO["US"]))
    s["country"] = K(loc.country)
    y1, y2 = rng.sample(range(max(min(p.dob.year + 18, d1.year - 6), 1990), d1.year), 2)
    s["year"], s["year2"] = K(str(max(y1, y2))), K(str(min(y1, y2)))
    s["bookline"] = {"GB": "0300 555 0100", "CA": "1-888-555-0142"}.get(loc_code, "1-800-555-0117")
    s["m_Rel"] = str(s["m_rel"]).capitalize()
    hc = {"US": ("medicare_mbi", s["mbi"], "ssn", p_slots["p_natid"]), "AU": ("medicare_number", p_slots["p_natid"], "ihi", s["ihi"]),
          "GB": ("nhs_number", p_slots["p_natid"], "hospital_number", s["mrn"]), "CA": ("health_card", p_slots["p_natid"], "sin", s["sin"])}[loc_code]
    s["hc_key"], s["hc"], s["id2_key"], s["id2"] = hc
    s["cov"] = {"US": (p_slots["p_state"], " Medicaid, ID ", s["medicaid"]), "AU": ("Medicare No. ", p_slots["p_natid"], f" (IRN {p.irn})")}.get(
        loc_code, (f"{natid_label(p)} ", p_slots["p_natid"]))
    s["p_a"] = "an" if str(s["p_age"].value).startswith("8") or s["p_age"].value in ("11", "18") else "a"  # type: ignore[union-attr]
    s["fund_extra"] = (" and the ", s["country"], " Government aged-care subsidy") if loc_code == "AU" else (" and ", p_slots["p_state"], " Medicaid long-term care")
    s["privacy_auth"] = "HIPAA authorization" if loc_code == "US" else "Privacy consent"
    s["d_lick"] = "npi" if loc_code == "US" else "provider_number"
    s["initials"] = p.given[0] + (p.middle or "-") + p.family[0]
    s["crisis"] = "988 Suicide & Crisis Lifeline" if loc_code == "US" else "9-8-8 Suicide Crisis Helpline"
    s["fence"] = "```"
    return s


# ---- templates -------------------------------------------------------------------------------------------

DISCHARGE = """Here's a realistic discharge summary with complete patient details:

---

# DISCHARGE SUMMARY

**«hosp»**
Department of Medicine — Hospitalist Service

## Patient Information

| Field | Details |
|-------|---------|
| **«L_name»** | «p_n» |
| **«L_dob»** | «p_dob» (Age: «p_age») |
| **Sex** | «p_Sex» |
| **«L_mrn»** | «mrn» |
| **«L_acct»** | «acct» |
| **«L_addr»** | «p_addr» |
| **«L_phone»** | «p_ph» |
| **«p_natidl»** | «p_natid» |
| **«L_ins»** | «insurer» — Member ID «member» |
| **«L_ec»** | «r_n» («r_rel») — «r_ph» |

**Admission Date:** «d1_long»
**Discharge Date:** «d2_long»
**«L_att»:** «Dr» «d_n», «d_cred»
**Consultants:** «Dr» «e_n» (Cardiology); «Dr» «x_f» (Nephrology)
**«L_pcp»:** «Dr» «y_n»

---

## Admitting Diagnosis
Acute decompensated heart failure with reduced ejection fraction (‹ICD-10› ‹I50.23›)

## Discharge Diagnoses
1. **Acute on chronic systolic heart failure** (‹I50.23›)
2. Acute kidney injury, resolving (‹N17.9›)
3. Type 2 diabetes mellitus (‹E11.65›)

## Hospital Course
«p_hon» «p_f» is «p_a» «p_age»-year-old «p_sexw» with ischemic cardiomyopathy (EF 30% in «year») who presented to the «ed» on «d1_long» with three days of progressive dyspnea, orthopnea and 4 kg of weight gain. Initial labs were notable for «lab_hf» and «lab_el». «p_He» was started on IV diuresis and net 6.2 L negative over the admission.

Cardiology («Dr» «e_f») was consulted on hospital day 2; echocardiogram showed EF 25-30% with moderate functional MR. Renal function peaked on «d7_dm» with «lab_renal» and improved with a brief diuretic holiday. «p_His» «r_rel», «r_g», was present for the family meeting and will help with daily weights at home. Physical therapy («s_n», PT) cleared «p_him» for discharge home without services.

## Discharge Medications

| Medication | Instructions | Status |
|------------|--------------|--------|
| «hf» | Once daily in the morning | **NEW** |
| «hf2» | Twice daily | CHANGED (dose increased) |
| «diab» | Once daily | Continue |
| «anticoag» | As directed | Continue |

## Follow-Up Appointments
- **«Dr» «y_n»** («L_pcp») — «d4_long» at 9:15 AM
- **Heart Failure Clinic**, «Dr» «e_n» — within 14 days; the clinic will call «p_ph2»
- Repeat renal panel on «d5_long»

## Discharge Condition
Stable. Discharge weight 82.4 kg (new dry weight).

## Patient Instructions
- Weigh yourself every morning; call if you gain more than 1 kg in a day or 2 kg in a week
- Limit fluids to 1.5 L/day and salt to 2 g/day

**Discharging physician:** «d_n», «d_cred»
*Electronically signed «d2» 14:32*

---
*‹This is a fictional discharge summary created for illustrative purposes. Any resemblance to real persons is coincidental.›*
"""

SOAP = """**SOAP NOTE — «clinic»**

**Date of Service:** «d1»  |  **Visit Type:** Follow-up, in person
**«L_name»:** «p_lf»  |  **«L_dob»:** «p_dob»  |  **«L_mrn»:** «mrn»
**Provider:** «d_n», «d_cred»  |  **Medical assistant:** «s_g»
**«p_natidl»:** «p_natid»

---

### S — Subjective
«p_age»-year-old «p_sexw» presenting for follow-up of type 2 diabetes and hypertension. Reports fasting sugars of 160-210 "most mornings". Ran out of «htn» about two weeks ago and did not refill. Lives with «p_his» «r_rel» «r_g» in «p_town»; works night shifts at a distribution centre. «p_His» «m_rel» «m_n» (ph «m_ph») helps with medications and attends some visits.

Denies chest pain, dyspnea, polyuria or visual change. No hypoglycemia.

### O — Objective
- **Vitals:** BP 152/94 | HR 88 | Temp 36.8 °C | SpO2 97% RA | BMI 34.2
- **Labs (drawn «d3»):** «lab_diab»; «lab_renal»
- **Exam:** Well-appearing. Monofilament sensation reduced bilateral great toes. No edema.

### A — Assessment
1. Type 2 diabetes mellitus with hyperglycemia (‹E11.65›)
2. Essential hypertension, not at goal (‹I10›)
3. Medication non-adherence (cost)
4. Hyperlipidemia on «statin» (‹E78.5›)

### P — Plan
- Restart «htn»; increase «diab»
- Referral to diabetes educator «x_n», CDE
- Repeat HbA1c in 3 months (around «d5_my»)
- Return visit «d4»; patient prefers text reminders to «p_ph»
- Portal message with today's plan sent to «p_em»

*Note dictated by «Dr» «d_f»; reviewed and signed «d1» 17:05.*

*‹Disclaimer: this SOAP note is entirely fictional.›*
"""

HANDP = """# HISTORY AND PHYSICAL

**«hosp» — Emergency Department / Trauma Service**

**Name:** «p_NC»   **Age/Sex:** «p_age» «p_sex»   **DOB:** «p_dob»
**«L_mrn»:** «mrn»   **Arrival:** «d1» 22:47 by ambulance (run # «ems»)
**Source of history:** patient, paramedics, and «p_his» «r_rel» («r_n», at bedside)
**«L_pcp»:** «Dr» «y_n»

## Chief Complaint
"My chest hurts when I breathe" — restrained driver, two-vehicle collision.

## History of Present Illness
«p_hon» «p_f» is «p_a» «p_age»-year-old «p_sexw» who was the restrained driver of a 2017 Subaru Outback (plate «plate») struck on the driver's side at speed near «p_his» home on «p_line». Airbags deployed. No loss of consciousness per bystanders. The other driver (vehicle «plate2») was taken to «hosp2». Complains of left lateral chest wall pain 8/10, worse with inspiration.

## Past Medical History
- Hypertension (since «year»)
- Left knee arthroscopy («year2»)

## Medications
- «htn»
- «statin»

## Allergies
**Penicillin** (hives)

## Social History
Lives at «p_addr» with «p_his» «r_rel» and two teenage children. Former smoker, quit in «year». Drinks 2-3 beers on weekends. Driver's licence (scanned at registration): «p_dl», «p_state».

## Family History
Father died of MI at 61. «p_His» «m_rel», «m_n», has type 1 diabetes.

## Physical Exam
- **Vitals:** BP 146/88, HR 112, RR 24, SpO2 93% RA, GCS 15
- **Chest:** Seatbelt sign left; point tenderness ribs 5-7 laterally; decreased breath sounds left base
- **Abdomen:** Soft, mild LUQ tenderness; FAST negative

## Labs / Imaging
«lab_cbc»; «lab_lac». CT chest/abdomen/pelvis: left ribs 5-7 fractures, small left hemothorax, no solid organ injury.

## Assessment & Plan
1. Left rib fractures 5-7 with small hemothorax (‹S22.42XA›) — multimodal analgesia, incentive spirometry, repeat CXR in 6 h
2. Tachycardia — likely pain; trend
3. Admit to trauma step-down under «Dr» «d_f»

**Trauma attending:** «d_n», «d_cred»   **Resident:** «e_n», «e_cred»   **Primary RN:** «s_n»
"""

REFERRAL = """**«clinic»**

«d1_long»

**PRIVATE & CONFIDENTIAL**

«Dr» «e_n»
Consultant Rheumatologist
«hosp»

Dear «Dr» «e_f»,

**Re: «p_hon» «p_n»  |  «L_dob»: «p_dob»  |  «p_natidl»: «p_natid»**
**«L_addr»:** «p_addr»
**«L_phone»:** «p_ph» (mobile) / «p_ph2» (home)

Thank you for seeing this «p_age»-year-old retired school secretary with a four-month history of symmetrical small-joint polyarthritis and early-morning stiffness lasting about two hours. Despite «pain» and a short course of «steroid» «p_he» remains limited: «p_he» can no longer manage buttons or open jars.

**Relevant history**
- Hypothyroidism (diagnosed «year»)
- Osteopenia on DEXA, «d6_my»
- «p_His» mother had rheumatoid arthritis

**Current medications**
- «thyroid»
- «pain»
- «vitd»

**Recent investigations («d3»)**
- «lab_ra», «lab_cbc»
- Rheumatoid factor positive; anti-CCP 212 U/mL

«p_His» «r_rel», «r_n», usually attends appointments with «p_him» and is happy to be contacted on «r_ph» or «r_em». «p_He» would prefer to be seen at «hosp» as «p_he» no longer drives.

Kind regards,

«Dr» «d_n»
«d_cred»
«clinic»
«d_licl»: «d_lic»

cc: «p_hon» «p_f» (patient copy); «x_n», Practice Nurse
"""

RADIOLOGY = """# RADIOLOGY REPORT

**Patient:** «p_lf»  |  **«L_mrn»:** «mrn»  |  **DOB:** «p_dob»  |  **Sex:** «p_sex»
**Exam:** CT CHEST WITH IV CONTRAST (CPT ‹71260›)
**Accession #:** «accn»
**Exam Date/Time:** «d1» 08:12
**«L_ref»:** «d_n», «d_cred» («d_licl» «d_lic»)
**Copy to:** «Dr» «y_n» («L_pcp»)
**Location:** «hosp», Outpatient Imaging

---

### CLINICAL INDICATION
Persistent cough for six weeks; 40 pack-year smoker, quit in «year». Evaluate for mass. ‹ICD-10›: ‹R05.3›. Renal function before contrast: «lab_renal».

### COMPARISON
Chest radiograph «d3»; outside CT chest dated «d6» (report only, images unavailable).

### TECHNIQUE
Axial CT of the chest after 75 mL Omnipaque 350 IV. Multiplanar reformats. DLP 412 mGy·cm.

### FINDINGS
**Lungs/Airways:** 2.3 x 1.9 cm spiculated nodule in the right upper lobe (series 4, image 62) abutting the fissure. Mild centrilobular emphysema.
**Mediastinum/Hila:** 1.4 cm right paratracheal node (station 4R).
**Pleura:** No effusion.
**Devices:** Left chest wall dual-chamber pacemaker (serial «serial» per device card, implanted «d6_my»); leads in expected position.
**Upper abdomen:** Left adrenal 1.1 cm nodule, indeterminate.

### IMPRESSION
1. **2.3 cm spiculated right upper lobe nodule with ipsilateral paratracheal adenopathy — highly suspicious for primary lung malignancy.** Recommend PET-CT and tissue sampling.
2. Indeterminate 1.1 cm left adrenal nodule.
3. ‹Lung-RADS 4B›; findings discussed at the thoracic multidisciplinary meeting.

**Critical result communicated** to «Dr» «d_f» by telephone at 09:05 on «d1»; read-back confirmed (call-back «d_ph»).

*Dictated by:* «e_n», «e_rcred»
*Electronically signed:* «e_n» on «d1» 09:14

---
*‹All patient information above is fictional and for demonstration only.›*
"""

LABREPORT = """Here is a realistic lab report, with the results also exported as CSV:

## Laboratory Report — «labco»

**Patient:** «p_n»   **DOB:** «p_dob»   **Sex:** «p_Sex»
**Patient ID / MRN:** «mrn»   **Specimen ID:** «spec»   **Requisition #:** «req»
**Ordering Provider:** «d_n», «d_cred» («d_licl»: «d_lic»)
**Collected:** «d1» 07:42   **Received:** «d1» 09:10   **Reported:** «d2» 15:26
**Patient Address:** «p_addr»   **Phone:** «p_ph»
**Bill to:** «insurer», member «member»

### Results (CSV export)

«fence»csv
patient_id,patient_name,dob,test,result,units,reference_range,flag,collected_at
«mrn»,"«p_lf»",«p_dobiso»,Hemoglobin A1c,8.4,%,4.0-5.6,H,«d1_iso» 07:42
«mrn»,"«p_lf»",«p_dobiso»,Glucose (fasting),182,mg/dL,70-99,H,«d1_iso» 07:42
«mrn»,"«p_lf»",«p_dobiso»,Creatinine,1.31,mg/dL,0.57-1.00,H,«d1_iso» 07:42
«mrn»,"«p_lf»",«p_dobiso»,eGFR,47,mL/min/1.73m2,>59,L,«d1_iso» 07:42
«mrn»,"«p_lf»",«p_dobiso»,Potassium,5.6,mmol/L,3.5-5.2,H,«d1_iso» 07:42
«mrn»,"«p_lf»",«p_dobiso»,TSH,2.14,uIU/mL,0.45-4.50,,«d1_iso» 07:42
«fence»

### Summary table

| Test | Result | Flag |
|------|--------|------|
| «lab_diab» | see above | H |
| «lab_renal» | see above | H |

### Interpretation
Hyperglycemia with HbA1c above goal; mild hyperkalemia — possibly hemolyzed (moderate hemolysis index). Recommend repeat potassium. Patient is taking «diab» and «htn»; earlier results on file: «lab_lipid», «lab_el».

**Critical/abnormal value call:** potassium called to «x_n», «x_cred» at 10:02 on «d1»; read back.
**Verified by:** «s_n», MLS(ASCP)   **Medical Director:** «e_n», MD

*‹Generated sample report — not for clinical use.›*
"""

PRESCRIPTION = """**PRESCRIPTION**

**«clinic»**
**Prescriber:** «Dr» «d_n», «d_cred»
**«d_licl»:** «d_lic»«dea_part»
**Direct line:** «d_ph»

---

**Patient:** «p_nmi»
**«L_dob»:** «p_dob»   **Age:** «p_age»
**«L_addr»:** «p_addr»
**«L_phone»:** «p_ph»
«rx_cover»
**Allergies:** Sulfa (rash)

**Date:** «d1»   **Diagnosis:** ‹E11.9›
**Current medications:** «htn», «statin»

---

℞ **«metf»**
Sig: Take 1 tablet by mouth twice daily with meals.
«disp60»

℞ **«opioid»**
Sig: Take 1 tablet by mouth every 6 hours as needed for severe pain. Max 4 tablets/day.
«disp12»   *Controlled substance — «sched»*

---

**Pharmacy:** «pharmacy» (e-prescribed), Rx# «rxno»
Substitution permitted: ☑
Collected by: «r_n» («r_rel»), ID checked by «s_n» on «d2»

Signature: ______________________  «d_n», «d_cred»

*‹This prescription is a fictional example and not valid for dispensing.›*
"""

CONSENT = """# INFORMED CONSENT FOR SURGICAL PROCEDURE

**Facility:** «hosp»
**«L_name»:** «p_n»     **«L_dob»:** «p_dob»     **«L_mrn»:** «mrn»
**Age:** «p_old»

I, **«p_n»**, hereby authorize **«Dr» «d_n»** and such assistants as may be selected to perform the following procedure:

> **Left hip hemiarthroplasty** (fractured neck of femur; CPT ‹27125›)

1. The nature of the procedure, the expected benefits, the material risks (including bleeding, infection, dislocation, blood clots, anesthesia risks and death) and the alternatives, including non-operative management, have been explained to me by «Dr» «d_f».
2. I consent to the administration of anesthesia by «Dr» «e_n» or a designee.
3. I consent to the transfusion of blood products if needed. ☑ Yes ☐ No
4. I understand no guarantee has been made about the result.
5. I understand that my «anticoag» has been withheld before surgery and that my pre-operative «lab_cbc» was reviewed.

**Diagnosis:** Closed fracture of neck of femur (‹S72.001A›)   **Anticipated length of stay:** 5-7 days   **Funding:** «insurer»

**Patient Signature:** /s/ «p_n»     **Date:** «d1»     **Time:** 06:41
**Substitute decision-maker (if applicable):** «r_n», «r_rel» — «r_ph»
**Witness:** «s_n», «s_cred»     **Date:** «d1»
**Interpreter used:** ☑ Yes — «x_n» («language»), interpreter ID «interp»
**Physician attestation:** I have explained the procedure and answered all questions. — «d_n», «d_cred», «d1» 07:02

---

### E-signature audit trail

| Event | Timestamp (UTC) | Signer | IP address |
|-------|-----------------|--------|------------|
| Consent viewed | «d1_iso»T06:38:11Z | «p_em» | «ip1» |
| Signed | «d1_iso»T06:41:52Z | «p_n» | «ip1» |
| Witnessed | «d1_iso»T06:43:05Z | «s_n» | «ip2» |

*‹Document ID and audit trail generated automatically. This is a fictional record.›*
"""

PRIORAUTH = """Below is a sample prior authorization request, first as a human-readable summary and then as the JSON payload you could send to the payer's API.

### Prior Authorization Request — MRI Lumbar Spine

**Payer:** «insurer»
**Request type:** Outpatient advanced imaging — standard (non-urgent)
**Submitted:** «d1_long» by «s_n», Prior Authorization Coordinator («s_ph»)
**Member:** «p_n» (DOB «p_dobus»), ID «member»
**Requesting provider:** «d_n», «d_cred» — NPI «d_npi»

«fence»json
{
  "requestId": "«authid»",
  "submittedAt": "«d1_iso»T15:04:22Z",
  "patient": {
    "firstName": "«p_g»",
    "lastName": "«p_f»",
    "dateOfBirth": "«p_dobiso»",
    "gender": "«p_sexl»",
    "address": {"line1": "«p_line»", "city": "«p_town»", "state": "«p_abbr»", "zip": "«p_zip»"},
    "phone": "«p_ph»"
  },
  "subscriber": {"name": "«r_n»", "relationship": "«r_rel»", "dob": "«r_dobiso»", "memberId": "«member»", "groupNumber": "GRP-40718"},
  "insurance": {"payerName": "«insurer»", "memberId": "«member»", "planType": "PPO", "secondary": {"payerName": "«p_state» Medicaid", "memberId": "«medicaid»"}},
  "requestingProvider": {"name": "«d_n», «d_cred»", "npi": "«d_npi»", "phone": "(800) 555-0199", "fax": "(800) 555-0198"},
  "renderingProvider": {"name": "«e_n», MD", "npi": "«e_npi»"},
  "diagnosisCodes": ["‹M54.16›", "‹M51.26›"],
  "procedureCodes": [{"cpt": "‹72148›", "units": 1, "modifier": null}],
  "clinicalSummary": "«p_age» y/o with 8 weeks of L5 radicular pain; failed 6 weeks of PT, «pain» and «neuro»; intermittent back pain since «year»; prior lumbar x-ray «d3_iso» unremarkable.",
  "attachments": ["PT_progress_note_«d3_iso».pdf", "xray_lumbar_«d3_iso».pdf"],
  "urgency": "standard"
}
«fence»

**Status:** Pending clinical review — payer reference «authref». Expected determination by «d2_long».
**Case manager:** «x_n», RN — «x_ph»

*‹Note: all data in this example are synthetic.›*
"""

INTAKE = """{
  "form": "New Patient Intake",
  "clinic": "«clinic»",
  "submitted_at": "«d1_iso»T14:22:05-05:00",
  "patient_full_name": "«p_nmi»",
  "preferredName": "«p_g»",
  "DOB": "«p_dob»",
  "age": "«p_age»",
  "sex_assigned_at_birth": "«p_Sex»",
  "contactInfo": {"phoneNumber": "«p_ph»", "alt_phone": "«p_ph2»", "Email": "«p_em»", "preferred_contact": "text"},
  "addr_line1": "«p_line»",
  "addr_city": "«p_town»",
  "addr_state": "«p_state»",
  "ZIP": "«p_zip»",
  "country": "«country»",
  "govId": {"type": "«p_natidl»", "value": "«p_natid»"},
  "driversLicense": {"number": "«p_dl»", "issuingState": "«p_state»"},
  "emergencyContacts": [
    {"name": "«r_n»", "relationship": "«r_rel»", "phone": "«r_ph»"},
    {"fullName": "«m_n»", "relationship": "«m_rel»", "contact": {"mobile": "«m_ph»", "email": "«m_em»"}}
  ],
  "insurance": {
    "primary": {"carrier": "«insurer»", "memberId": "«member»", "subscriber": "«p_n»", "subscriber_dob": "«p_dobiso»"},
    "secondary": null
  },
  "pcp": {"name": "«Dr» «d_n»", "phone": "«d_ph»"},
  "referredBy": "«y_n»",
  "pharmacy": {"name": "«pharmacy»", "location": "«p_town»"},
  "medications": [{"drug": "«htn»", "freq": "daily"}, {"drug": "«ppi»", "freq": "BID"}, {"drug": "«statin»", "freq": "nightly"}],
  "allergies": ["penicillin", "latex"],
  "conditions": ["hypertension (‹I10›)", "GERD (‹K21.9›)"],
  "consent": {"privacy_ack": true, "signed_by": "«p_n»", "signature_date": "«d1»"},
  "_meta": {"source_ip": "«ip1»", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}
}
"""

CAREPLAN = """Sure — here's the care plan as YAML so it can be loaded straight into your system:

«fence»yaml
care_plan:
  plan_id: «planid»
  facility: «hosp»
  created: «d1_iso»
  review_due: «d4_iso»
  resident:
    name: «p_n»
    preferred_name: «p_g»
    dob: «p_dob»
    age: «p_old»
    room: West Wing 14
    «hc_key»: "«hc»"
    «id2_key»: "«id2»"
    previous_address:
      street: «p_line»
      locality: «p_town»
      state: «p_abbr»
      postcode: "«p_zip»"
  substitute_decision_maker:
    name: «r_n»
    relationship: «r_rel»
    phone: "«r_ph»"
    email: «r_em»
  gp:
    name: «Dr» «d_n»
    practice: «clinic»
    «d_lick»: "«d_lic»"
  care_team:
    - role: Registered Nurse (care manager)
      name: «s_n»
    - role: Physiotherapist
      name: «x_n»
    - role: Dietitian
      name: «y_n»
  diagnoses:
    - "Alzheimer's dementia, moderate (‹G30.1›)"
    - "Chronic kidney disease stage 3b (‹N18.32›)"
    - Osteoarthritis, both knees
    - "Heart failure (‹I50.9›)"
  latest_bloods: "«lab_renal»"
  devices:
    - "Hearing aid (left), serial «serial»"
  falls:
    last_fall: «d3_long»
    injuries: skin tear left forearm
  goals:
    - goal: Reduce falls risk
      interventions:
        - Sensor mat at bedside; hourly intentional rounding
        - Hip protectors when mobilising
        - "Review «htn» with GP (postural drop)"
      target_date: «d4_iso»
    - goal: Maintain weight above 52 kg
      interventions:
        - Fortified diet; weekly weights
  medications:
    - «dementia»
    - «pain»
    - «htn»
  advance_care_directive: "Not for CPR; signed «d6» with «r_g» present"
«fence»

A few notes: funding is via «insurer»«fund_extra»; the resident is «p_old» years old, so the falls goal is the priority; «r_g» asked to be phoned after any fall.
"""

SBAR = """**SBAR NURSING HANDOFF — Medical Ward**
**From:** «s_n», «s_cred» (day shift) → **To:** «x_n», «x_cred» (night shift)
**Time:** «d1» 19:00

---

**S – Situation**
«p_n» (Bed 12B), «p_age» «p_sex», «L_mrn» «mrn», admitted «d3» with community-acquired pneumonia. Today: new-onset confusion and temperature 38.6 °C at 16:00.

**B – Background**
- PMH: COPD (‹J44.1›), type 2 diabetes on insulin pump (‹E10.65›), atrial fibrillation on «anticoag»; home «htn» held
- Code status: Full code. Allergies: NKDA
- «L_att»: «Dr» «d_n»; on-call registrar/hospitalist tonight: «Dr» «e_n»
- «L_ec»: «r_rel» «r_n» — «r_ph» (healthcare proxy); «m_rel» «m_n» is driving in from «m_town» tonight
- «p_natidl»: «p_natid»

**A – Assessment**
- Vitals 18:30: BP 98/56, HR 118 irregular, RR 26, SpO2 89% on 2 L NC
- Labs: «lab_inf»; «lab_lac»; «lab_renal»
- IV: 20G left forearm, patent. Fluids: 0.9% saline 1 L over 4 h
- Insulin pump (patient's own, serial «serial») suspended per diabetes team; sliding scale started
- Oriented to person only (baseline: fully oriented)

**R – Recommendation**
- Blood cultures x2 drawn 16:40; first dose «abx» given 17:15 — next dose due 05:15
- Call «Dr» «e_f» if MAP < 65 or SpO2 < 88% on 4 L
- Repeat lactate at 22:00
- «r_g» requests a phone call with any change, even overnight

Handoff acknowledged: «x_g» (read-back done)
"""

MHINTAKE = """# Behavioral Health Intake Assessment

**Client:** «p_n» (preferred name: «p_g»)
**«L_dob»:** «p_dob»   **Age:** «p_age»
**Intake Date:** «d1_long»
**Clinician:** «d_n», LCSW
**Referral Source:** Self-referred after an «ed» visit at «hosp» on «d3_long»
**«L_ins»:** «insurer» | ID «member»
**«L_phone»:** «p_ph» (OK to leave a message: yes)

## Presenting Problem
Client reports six months of low mood, early-morning waking, poor concentration and passive thoughts of death following a job loss in «d6_my». Increased alcohol use (4-6 drinks/night).

## Psychosocial History
- **Living situation:** Rents an apartment at «p_line», «p_town», with «p_his» «r_rel» «r_n».
- **Family:** «m_rel» «m_n» lives nearby and is supportive.
- **Children:** none.
- **Legal:** DUI in «year2»; completed probation (former probation officer «x_n», «x_ph»).
- **Supports:** «p_His» «r_rel» and a friend from church.

## Risk Assessment (C-SSRS screen)
Passive ideation in past month: yes. Active ideation, plan, intent, preparatory behavior: denied. No access to firearms (confirmed with «r_g» by phone, «r_ph»).

## Screening Scores

| Instrument | Score | Interpretation |
|------------|-------|----------------|
| ‹PHQ-9› | 19 | Moderately severe |
| ‹GAD-7› | 14 | Moderate |
| ‹AUDIT-C› | 7 | Positive |

## Diagnostic Impression
- Major depressive disorder, recurrent, moderate (‹F33.1›)
- Generalized anxiety disorder (‹F41.1›)
- Alcohol use disorder, mild (provisional)

## Safety Plan (summary)
1. Warning signs: isolating, not answering the phone
2. Contacts: «r_g» («r_ph»); «m_g» («m_ph»); «crisis»
3. Means safety: alcohol removed from home; partner holds medications

## Plan
- Weekly CBT with «d_g» starting «d4_long»
- Psychiatry referral: «Dr» «e_n» — first available «d5_long»
- Release of information signed for «L_pcp» «Dr» «y_n»
- Continue «psych»; discuss with psychiatry

*Signed:* «d_n», LCSW — «d1»
"""

WELLCHILD = """## Well-Child Visit — 12 Months

**Patient:** «p_n»   **«L_dob»:** «p_dob»   **Sex:** «p_Sex»
**«L_mrn»:** «mrn»
**«L_guard»:** «m_n» (mother) — «m_ph»
**Father:** «r_n» — «r_ph», «r_em»
**Home address:** «p_addr»
**«L_pcp»:** «d_n», «d_cred»
**Coverage:** «cov»

### Interval History
Doing well. Whole milk introduced «d3_dm»; drinks about 500 mL/day. Sleeping 11 hours with one waking. Attends family day care three days a week. Mother reports a cold last month, no fevers since.

### Growth

| Measure | Value | Percentile |
|---------|-------|------------|
| Weight | 9.8 kg | 52nd |
| Length | 75.5 cm | 61st |
| Head circumference | 45.9 cm | 58th |

### Development
Pulls to stand, cruises, says "mama" and "dada" specifically, pincer grasp, waves bye-bye. No concerns on ‹ASQ-3›. Anticipatory guidance per ‹Bright Futures›.

### Immunizations Given Today

| Vaccine | Site | Given by |
|---------|------|----------|
| «vac1» | L thigh | «s_n», «s_cred» |
| «vac2» | R thigh | «s_n», «s_cred» |
| «vac3» | L thigh | «x_n», «x_cred» |

Vaccine information given to «m_g» on «d1».

### Plan
- Next well visit at 15 months — «d4_long»
- Anaemia screen today: «lab_child»
- Older sibling «y_g» is due for the flu vaccine; booked with «s_g» on «d4»
- Dental home: referral sent

*«d_n», «d_cred» — «d1»*

*‹This note is a fictional example.›* Clinic: «peds».
"""

APPTEMAIL = """**Subject:** Appointment Confirmation — Respiratory Clinic — «d1_wd»

**From:** «hosp» Outpatient Bookings <no-reply@bookings.example.org>
**To:** «p_n» <«p_em»>
**Date:** «d0_long»

Dear «p_hon» «p_f»,

This email confirms your upcoming appointment:

| | |
|---|---|
| **Patient** | «p_n» |
| **Date of birth** | «p_dob» |
| **Appointment** | «d1_wd» at 10:40 AM (please arrive 15 minutes early) |
| **Clinic** | ‹Respiratory Medicine›, «hosp», Level 3 |
| **Clinician** | «Dr» «d_n» |
| **Reference** | «apptref» |
| **«p_natidl»** | «p_natid» |

**Manage your appointment:** «url»

If you need to reschedule, please call the booking line on «bookline». We have «p_ph» as your contact number — if this has changed, reply to this email.

Your appointment letter has also been posted to:

«p_line»
«p_town»
«p_zip»

Please bring a list of your current medications (including «htn» and your «resp_rel» inhaler) and any recent results. Stop «resp_ctl» 48 hours before your breathing tests unless told otherwise. A copy of this letter has been sent to your practice, «clinic».

Kind regards,
«s_n»
Outpatient Booking Team, «hosp»

---
*‹This email and any attachments are confidential and intended solely for the addressee.›*

> On «d0_long», «p_n» <«p_em»> wrote:
> Hi, I need to move my appointment on «d2_long» because my «r_rel» «r_g» has «r_his» own hospital appointment that day. Could someone call me on «p_ph2»? Thanks, «p_g»
"""

AVS = """# After Visit Summary

**«p_n»**  |  DOB: «p_dobus»  |  MRN: «mrn»
«d1_long» · «clinic» · Visit with «d_n», «d_cred»

## Today's Visit
You were seen for: **Acute bronchitis** and **Asthma, mild persistent** (‹J45.30›)

### Vitals
BP 128/78 · Pulse 92 · Temp 99.1 °F · SpO2 96% · Weight 187 lb

## What's Next

| Appointment | Date & Time | Provider | Location |
|-------------|-------------|----------|----------|
| Follow-up | «d4_us» 2:20 PM | «d_n», «d_cred» | «clinic» |
| Spirometry | «d5_us» 8:00 AM | «e_n», RRT | Pulmonary Function Lab, «hosp» |

## Your Medication List
**START taking:**
- «resp_rel» — 2 puffs every 4-6 hours as needed for wheeze
**CHANGE how you take:**
- «resp_ctl» — now 2 puffs twice a day
**CONTINUE:**
- «ppi»

## Instructions
- Rest, fluids, honey for cough
- Return or call if fever > 101 °F for more than 3 days, or you feel short of breath at rest

## Your Care Team
- **«L_pcp»:** «d_n», «d_cred»
- **Care coordinator:** «s_n» — «s_ph»
- **«L_ec» on file:** «r_n» («r_rel») — «r_ph»

## MyChart
Your MyChart username: **«username»**
View your results and message your care team: «url»
Preferred pharmacy: «pharmacy»
Billing questions: account «acct» («L_ins»: «insurer», ID «member»)

*Printed «d1_us» 11:52 AM by «x_n», MA*
"""

DEATH = """# DEATH SUMMARY

**Patient:** «p_n»
**Age:** «p_old» years   **«L_dob»:** «p_dob»
**«L_mrn»:** «mrn»   **«L_acct»:** «acct»
**Date of Admission:** «d3_long»
**Date/Time of Death:** «d1_long» at 03:22
**Pronounced by:** «e_n», «e_cred» (night physician)
**«L_att»:** «d_n», «d_cred»

## Cause of Death
- **Immediate cause:** Aspiration pneumonia (‹J69.0›)
- **Due to:** Dysphagia following acute ischaemic stroke (‹I63.9›)
- **Contributing:** Chronic kidney disease stage 4; atrial fibrillation

## Hospital Course
«p_old»-year-old «p_sexw» from «p_town», previously living independently with support, admitted on «d3_long» with right-sided weakness and aphasia. Not a thrombolysis candidate («lab_renal» on arrival). Developed aspiration pneumonia on day 3 despite NG feeding; treated with «abx»; «anticoag» stopped. Background of heart failure (‹I50.9›). Goals-of-care discussion with «p_his» «r_rel» and healthcare proxy «r_n» on «d2_long» (palliative care: «x_n»). Transitioned to comfort measures on «d2_dm». Died peacefully with «r_g» at the bedside.

## Notifications

| Notified | Name / Contact | Time | By |
|----------|----------------|------|----|
| Next of kin («r_rel») | «r_n» — «r_ph» | 03:40 | «e_f» |
| «m_Rel» | «m_n» — «m_ph» | 04:05 | «s_n», «s_cred» |
| Medical examiner / coroner | Case declined — ref «mecase» | 04:30 | «e_f» |
| Organ & tissue donation («opo_name») | Referral «opo» — not a candidate | 03:55 | «s_n» |
| «L_pcp» | «Dr» «y_n» | next business day | ward clerk |
| Funeral director | «funeral» | family to arrange | — |

**Autopsy:** declined by family.
**Death certificate:** to be completed by «Dr» «d_f». Decedent's usual residence: «p_addr» («p_county»).
**Personal effects:** wedding ring and glasses released to «r_g» at 05:10.

*‹Fictional death summary written for documentation training.›*
"""

TRIAL = """### Clinical Trial Screening Note

**Study:** «trial» (‹ClinicalTrials.gov› «nct»), Protocol «protocol»
**Sponsor:** «sponsor»
**Site:** «hosp» — Site 014
**Principal Investigator:** «d_n», «d_cred»
**Study Coordinator:** «s_n», CCRC — «s_ph» / «s_em»
**Screening Date:** «d1_long»
**Screening ID:** «scrid»   **Subject initials:** «initials»
**Participant:** «p_n»  |  **DOB:** «p_dob»  |  **«L_mrn»:** «mrn»
**«L_ref»:** «Dr» «y_n» (heart failure clinic)

#### Informed Consent
ICF version 4.0 (dated 02AUG2023) reviewed with the participant. Consent obtained by «s_n» on «d1» at 10:12, before any study-specific procedures. «p_His» «r_rel», «r_n», was present. «privacy_auth» signed; copy given to the participant.

#### Eligibility Checklist

| # | Criterion | Met? | Source |
|---|-----------|------|--------|
| I1 | Age 18 or older | Yes («p_age») | ID verified |
| I2 | LVEF 40% or less | Yes (32%, echo «d3») | Echo report |
| I3 | NT-proBNP 600 pg/mL or more | Yes («lab_ntpro») | Local lab «d1_dmy» |
| E1 | eGFR below 20 | No («lab_egfr») | Local lab |
| E4 | MI or stroke within 90 days | No | Chart review |

#### Outcome
**Eligible.** Randomization visit scheduled for «d4_long». Travel reimbursement to be mailed to «p_addr». Participant prefers calls after 5 pm at «p_ph».

*Source documents filed in the subject binder. — «s_n», «d1»*
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("llm46_discharge_summary", ["US", "GB"], "text", DISCHARGE),
    ("llm46_soap_note", ["US", "AU"], "text", SOAP),
    ("llm46_trauma_history_and_physical", ["US", "CA"], "text", HANDP),
    ("llm46_specialist_referral_letter", ["GB", "CA"], "text", REFERRAL),
    ("llm46_ct_radiology_report", ["US", "AU"], "text", RADIOLOGY),
    ("llm46_lab_report_csv_fence", ["US", "CA"], "text", LABREPORT),
    ("llm46_prescription", ["US", "GB"], "text", PRESCRIPTION),
    ("llm46_surgical_consent_form", ["US", "AU"], "text", CONSENT),
    ("llm46_prior_authorization_json_fence", ["US", "US"], "text", PRIORAUTH),
    ("llm46_patient_intake_json", ["US", "CA"], "json", INTAKE),
    ("llm46_care_plan_yaml", ["AU", "US"], "text", CAREPLAN),
    ("llm46_sbar_nursing_handoff", ["US", "GB"], "text", SBAR),
    ("llm46_mental_health_intake", ["US", "CA"], "text", MHINTAKE),
    ("llm46_well_child_note", ["US", "AU"], "text", WELLCHILD),
    ("llm46_appointment_confirmation_email", ["CA", "GB"], "text", APPTEMAIL),
    ("llm46_after_visit_summary", ["US", "US"], "text", AVS),
    ("llm46_death_summary", ["US", "GB"], "text", DEATH),
    ("llm46_trial_screening_note", ["US", "CA"], "text", TRIAL),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe46:{seed}:{kind}:{index}:{attempt}")
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
