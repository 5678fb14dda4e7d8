# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-sixth independent probe corpus: specialty outpatient and allied-health text -- dentistry and
orthodontics, optometry and ophthalmology, audiology and hearing-aid dispensing, podiatry, chiropractic,
physiotherapy, speech and language therapy, dietetics, dermatology photography, appointment reminders,
recall letters and practice-management exports -- from the United Kingdom, Ireland, Canada, Australia, New
Zealand and the United States, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a dental chart and treatment plan (UK FDI / Palmer
notation and NHS bands; US Universal numbering and CDT codes), an orthodontic progress note (Australia,
Canada), an optometry sight-test record (UK GOS, Ireland), an ophthalmology glaucoma clinic letter (New
Zealand, Australia), a spectacle lab order (Canada, US), an audiology assessment report (Ireland, Australia),
a hearing-aid fitting record with device serials (UK, New Zealand), a podiatry foot review (UK, Ireland), a
chiropractic SOAP note (US auto-injury claim, Canada), a physiotherapy injury assessment (New Zealand ACC,
Australian CTP), a speech and language therapy report on a child (UK, Canada), a dietitian consult (Australia,
US, with a CGM / pump serial), a dermatology photo log (New Zealand, UK), an appointment-reminder SMS log
(Australia, Ireland), a recall letter (Ireland, New Zealand), a practice-management CSV export (Canada, UK), a
booking-platform JSON payload (US, New Zealand) and an allied-health claim / invoice (Australia, Canada).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by country. People: `p`
the patient, `r` a relative (spouse; a child patient's parent), `m` a second relative (an adult child; a
child patient's other parent), `d` the treating clinician, `e` a second clinician (hygienist, optician,
assistant, therapist, nurse), `s` a staff member (receptionist, practice manager, dental nurse), `x` a
referrer (GP, paediatrician, ophthalmologist) and `y` another person (interpreter, carer, teacher, driver).
Forms: `_n` "Given Family", `_g`, `_f`, `_lfc` "Family, Given", `_LFU` "FAMILY, Given", `_FU` "FAMILY",
`_NC` "GIVEN FAMILY", `_i` "G. Family", `_title` (plain), `_ph` `_ph2`, `_em`, `_line` `_loc` `_town`
`_county` `_pc`, `_addr` (the whole address), `_region` (keep), `_abbr` (plain), `_nid` (NHS / CHI / PPS /
NHI number, provincial health card, Medicare card, SSN), `_dob` (the country's numeric form), `_dobl` (long),
`_age` (keep, under 90), `_old` (AGE, 90+); clinicians `_reg` (the register's label, plain) and `_lic`.
Dates `d0` (weeks before) `d3` (days before) `d1` (the visit) `d2` (days after) `d4` (the next visit or
recall): `_dmy` `_long` `_iso` `_dm` `_sms` `_my` `_ord` `_abbr` `_compact` (20250314, in a file name); `_wd`
`_wdl` the weekday (plain).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, parents of a child patient, subscribers, carers,
  dentists, hygienists, dental nurses, orthodontists, optometrists, dispensing opticians, ophthalmologists,
  audiologists, podiatrists, chiropractors, physiotherapists, speech and language therapists, dietitians,
  dermatologists, medical photographers, GPs and other referrers, receptionists, practice managers,
  interpreters, teachers -- as written: full, given or family alone, "Family, Given", capitals, an initial
  with the family name ("S. Gillies": the initial inside the value). Titles (Dr, Mr, Mrs, Ms, M., Mme) and
  credentials (BDS, MCOptom, AuD, DC, MCSP, RD) are plain text outside the value.
- ADDRESS: house number + street (a flat / unit / apartment, a named house, an RD or RR number inside the
  value), villages, suburbs, townlands, estates, neighbourhoods, towns and cities, Irish counties ("Co.
  Sligo": the value without "Co."), also a town or suburb alone (a GP's "Coldstoke Health Centre": the town
  is the value, "Health Centre" plain text). ZIP: UK postcodes, Eircodes, Canadian postal codes, Australian
  and New Zealand postcodes, US ZIP codes.
- First-level regions are keep when written alone and plain text inside an address: England, Scotland,
  Wales, Irish provinces, Canadian provinces, Australian states, New Zealand regions, US states (their
  abbreviations plain); countries are keep.
- DATE: every date more specific than a year -- birth, examination, treatment, fitting, photograph, booking,
  reminder, recall (month + year too: "due March 2026"), claim, injury -- in every form (14/03/2025,
  03/14/2025, 2025-03-14, 14 March 2025, March 14, 2025, 14-Mar-2025, 14 Mar, 14/03 in an SMS, 14th March),
  also inside a photograph's file name or an ISO timestamp; years alone keep. AGE: 90 and over; ages under 90
  keep.
- PHONE (mobiles, landlines, a clinician's direct line), EMAIL of any person; URL: a booking / confirmation /
  intake link carrying a patient token; IP: the client address of an online booking.
- SSN: US social security numbers (the last four too). ID: NHS, CHI, PPS and NHI numbers, Australian IHIs,
  ACC and CTP / auto claim numbers, FP17 / GOS / HICAPS and insurance claim references, referral, order and
  job numbers, booking references, image (photo) IDs. MRN: practice patient / chart / file numbers,
  hospital and UR numbers. ACCOUNT: patient account and invoice numbers. HEALTH_PLAN: Medicare (Australian
  card numbers, US MBI), Irish medical card (GMS) numbers, Canadian provincial health numbers, dental and
  health insurance member / policy / certificate numbers, private health fund membership numbers. LICENSE:
  clinicians' registration numbers (GDC, GOC, GMC, HCPC, NMC, CORU, IMC, AHPRA, RCDSO, CPSO, CASLPO, MCNZ,
  HPI-CPN, state licences), NPIs and Australian Medicare provider numbers (the register's label plain).
  DEVICE: hearing-aid, CGM and insulin-pump serial numbers. VEHICLE: registration plates.
- Keep (must survive): every clinical measurement -- tooth numbers and surfaces ("36 DO", "UR6", "#19 MOD"),
  CDT / item / fee codes, BPE scores, visual acuities (6/9, 20/40), refractions in dioptres, IOPs in mmHg,
  pachymetry, cup-disc ratios, hearing thresholds in dB HL, tympanometry, ranges of motion in degrees,
  outcome scores, BMI, HbA1c, weights, standardised test scores; device and lens models; practice, clinic,
  hospital, laboratory, insurer and fund names; drugs and doses; ICD-10 codes; money amounts; ages under 90;
  years; regions and countries alone; headings marked ‹...›.
- Not scored (plain text): titles, credentials, relationship words, register labels, practices' own phone
  numbers, e-mail addresses and web sites, group numbers, times, room / surgery numbers, SMS sender IDs and
  message status words.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe56 import ids
from tests.engine.probe56.people import LOCS, NAMES, NID_TYPE, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DMY = ("GB", "IE", "AU", "NZ")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    mon = MONTHS[d.month - 1]
    dmy = loc in DMY
    return {
        "dmy": P("DATE", f"{d:%d/%m/%Y}" if dmy else f"{d:%m/%d/%Y}" if loc == "US" else d.isoformat()),
        "long": P("DATE", f"{d.day} {mon} {d.year}" if dmy else f"{mon} {d.day}, {d.year}"),
        "iso": P("DATE", d.isoformat()),
        "dm": P("DATE", f"{d.day} {mon[:3]}" if dmy else f"{mon[:3]} {d.day}"),
        "sms": P("DATE", f"{d:%d/%m}" if dmy else f"{d.month}/{d.day}"),
        "my": P("DATE", f"{mon} {d.year}"),
        "ord": P("DATE", f"{_ordinal(d.day)} {mon}" if dmy else f"{mon} {_ordinal(d.day)}"),
        "abbr": P("DATE", f"{d.day:02d}-{mon[:3]}-{d.year}"),
        "compact": P("DATE", f"{d:%Y%m%d}"),
        "wd": d.strftime("%a"),
        "wdl": d.strftime("%A"),
    }


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = w.dob
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_lfc": N(f"{w.family}, {w.given}"),
        f"{x}_LFU": N(f"{w.family.upper()}, {w.given}"), f"{x}_FU": N(w.family.upper()), f"{x}_NC": N(w.full.upper()),
        f"{x}_i": N(w.initial), f"{x}_title": w.title,
        f"{x}_ph": P("PHONE", w.mobile), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_loc": A(w.locality), f"{x}_town": A(w.town), f"{x}_county": A(w.county) if w.county else "",
        f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr, f"{x}_region": K(w.region.name), f"{x}_abbr": w.region.abbr,
        f"{x}_nid": P(NID_TYPE[c], w.nid), f"{x}_ssn4": P("SSN", w.nid[-4:]) if c == "US" else "",
        f"{x}_dob": date_forms(dob, c)["dmy"], f"{x}_dobl": date_forms(dob, c)["long"], f"{x}_dobiso": P("DATE", dob.isoformat()),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
        f"{x}_His": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him", f"{x}_sex": "F" if w.female else "M",
    }  # fmt: skip
    return s


Y = 365
# kind -> patient's age range (days); CHILD kinds have a child patient (r, m: the parents)
AGES: dict[str, tuple[int, int]] = {
    "sp56_orthodontic_progress_note": (11 * Y, 16 * Y),
    "sp56_speech_language_report": (3 * Y + 60, 8 * Y),
    "sp56_hearing_aid_fitting_record": (90 * Y + 30, 97 * Y),
    "sp56_podiatry_foot_review": (90 * Y + 30, 96 * Y),
    "sp56_ophthalmology_clinic_letter": (90 * Y + 30, 95 * Y),
    "sp56_dietitian_consult_note": (19 * Y, 62 * Y),
    "sp56_physio_injury_assessment": (19 * Y, 66 * Y),
}
CHILD = {"sp56_orthodontic_progress_note", "sp56_speech_language_report"}
# kind -> professions of d, e, x (ids.REG keys)
PROF: dict[str, tuple[str, str, str]] = {
    "sp56_dental_chart_treatment_plan": ("dent", "dent", "dent"),
    "sp56_orthodontic_progress_note": ("ortho", "dent", "dent"),
    "sp56_optometry_sight_test_record": ("optom", "optom", "med"),
    "sp56_ophthalmology_clinic_letter": ("med", "optom", "med"),
    "sp56_spectacle_lab_order": ("optom", "optom", "optom"),
    "sp56_audiology_assessment_report": ("aud", "aud", "med"),
    "sp56_hearing_aid_fitting_record": ("aud", "aud", "med"),
    "sp56_podiatry_foot_review": ("pod", "nurse", "med"),
    "sp56_chiropractic_soap_note": ("chiro", "physio", "med"),
    "sp56_physio_injury_assessment": ("physio", "physio", "med"),
    "sp56_speech_language_report": ("slt", "slt", "med"),
    "sp56_dietitian_consult_note": ("diet", "nurse", "med"),
    "sp56_dermatology_photo_log": ("med", "nurse", "med"),
    "sp56_appointment_sms_log": ("physio", "dent", "pod"),
    "sp56_recall_letter": ("dent", "optom", "dent"),
    "sp56_pms_csv_export": ("physio", "pod", "diet"),
    "sp56_booking_api_json": ("optom", "optom", "med"),
    "sp56_allied_claim_invoice": ("physio", "pod", "med"),
}

# ---- keep vocabulary --------------------------------------------------------------------------------------

PRACTICES = {
    "sp56_dental_chart_treatment_plan": {"GB": ["Abbeygate Dental Practice", "Market Cross Dental Care", "Heathfield Family Dentistry"],
                                         "US": ["Bluegrass Family Dentistry", "Cumberland Smiles Dental Group", "Pine Ridge Dental Associates"]},
    "sp56_orthodontic_progress_note": {"AU": ["Southern Highlands Orthodontics", "Coastline Orthodontic Specialists"],
                                       "CA": ["Maple Leaf Orthodontics", "Riverside Orthodontic Centre"]},
    "sp56_optometry_sight_test_record": {"GB": ["Holloway & Finch Opticians", "Castle Street Eyecare"], "IE": ["Shannonside Optometrists", "Corrib Eye Care"]},
    "sp56_ophthalmology_clinic_letter": {"NZ": ["Waikato Eye Clinic", "Eye Institute Remuera"], "AU": ["Hunter Valley Eye Centre", "Bayside Eye Specialists"]},
    "sp56_spectacle_lab_order": {"CA": ["Lumière Optical Lab", "Prairie Rx Lens Lab"], "US": ["Ohio Valley Optical Lab", "Keystone Rx Laboratory"]},
    "sp56_audiology_assessment_report": {"IE": ["Midwest Hearing Centre", "Atlantic Audiology"], "AU": ["Harbourside Hearing", "Outback Audiology Services"]},
    "sp56_hearing_aid_fitting_record": {"GB": ["Dales Hearing Care", "Northern Isles Audiology"], "NZ": ["Hearing Matters Waikato", "Te Taringa Audiology"]},
    "sp56_podiatry_foot_review": {"GB": ["Community Podiatry Service", "Footcare Clinic"], "IE": ["HSE Community Podiatry", "Primary Care Centre Podiatry"]},
    "sp56_chiropractic_soap_note": {"US": ["Appalachian Spine & Wellness", "Tri-County Chiropractic"], "CA": ["Northshore Chiropractic", "Bayview Spine Centre"]},
    "sp56_physio_injury_assessment": {"NZ": ["Active Physio Hamilton East", "Peak Physiotherapy"], "AU": ["Coastal Sports Physio", "Ironbark Physiotherapy"]},
    "sp56_speech_language_report": {"GB": ["Children's Speech and Language Therapy Service"], "CA": ["Early Words Speech Clinic", "Preschool Speech and Language Program"]},
    "sp56_dietitian_consult_note": {"AU": ["Nourish Dietetics", "Diabetes Centre Outpatients"], "US": ["Heartland Nutrition Clinic", "Diabetes Self-Management Education Program"]},
    "sp56_dermatology_photo_log": {"NZ": ["Skin Check Clinic", "Dermatology Outpatients"], "GB": ["Dermatology Medical Photography", "Skin Cancer MDT Clinic"]},
    "sp56_appointment_sms_log": {"AU": ["Bellbird Allied Health", "Kookaburra Physio & Podiatry"], "IE": ["Smile Dental Clinic", "Quayside Dental"]},
    "sp56_recall_letter": {"IE": ["Riverview Dental", "Lakeside Dental Surgery"], "NZ": ["Kōwhai Dental Centre", "Pūriri Family Dental"]},
    "sp56_pms_csv_export": {"CA": ["Core Rehab Clinic", "Kinetic Physiotherapy & Foot Clinic"], "GB": ["Moorside Physio & Podiatry", "Clinic 7 Allied Health"]},
    "sp56_booking_api_json": {"US": ["Clearview Eye Associates", "Lakeshore Family Eye Care"], "NZ": ["Coastal Eyecare", "Matariki Optometrists"]},
    "sp56_allied_claim_invoice": {"AU": ["Kookaburra Physio & Podiatry", "Ironbark Physiotherapy"], "CA": ["Core Rehab Clinic", "Northern Lights Physiotherapy"]},
}  # fmt: skip
DRUGS = {
    "GB": ["Amlodipine 5 mg", "Metformin 500 mg", "Ramipril 2.5 mg", "Atorvastatin 20 mg", "Omeprazole 20 mg", "Levothyroxine 75 micrograms",
           "Apixaban 5 mg", "Amitriptyline 10 mg", "Sertraline 50 mg", "Latanoprost 0.005%"],
    "IE": ["Lipitor 20 mg", "Nexium 20 mg", "Eltroxin 50 mcg", "Metformin 850 mg", "Coversyl 5 mg", "Xarelto 20 mg", "Lyrica 75 mg"],
    "CA": ["Metformin 500 mg", "Ramipril 5 mg", "Rosuvastatin 10 mg", "Pantoprazole 40 mg", "Synthroid 100 mcg", "Celebrex 200 mg"],
    "AU": ["Metformin XR 1000 mg", "Perindopril 5 mg", "Rosuvastatin 10 mg", "Pantoprazole 40 mg", "Panadol Osteo 665 mg", "Jardiance 10 mg"],
    "NZ": ["Cilazapril 2.5 mg", "Metoprolol 47.5 mg", "Simvastatin 40 mg", "Omeprazole 20 mg", "Allopurinol 300 mg", "Latanoprost 0.005%"],
    "US": ["Lisinopril 10 mg", "Metformin 1000 mg", "Atorvastatin 40 mg", "Gabapentin 300 mg", "Levothyroxine 88 mcg", "Ozempic 0.5 mg"],
}  # fmt: skip
INSURERS = {"US": ["Humana", "Anthem Blue Cross", "Aetna", "UnitedHealthcare"], "US-dental": ["Delta Dental", "MetLife Dental", "Cigna Dental PPO"],
            "US-eye": ["VSP Vision Care", "EyeMed"], "US-auto": ["State Farm", "Progressive", "GEICO", "Allstate"],
            "CA": ["Sun Life", "Manulife", "Canada Life", "Blue Cross", "Desjardins Insurance"],
            "AU": ["Bupa", "Medibank", "HCF", "nib", "HBF"], "AU-auto": ["NRMA Insurance", "Allianz", "QBE", "Suncorp"],
            "NZ": ["Southern Cross", "nib NZ"], "IE": ["VHI", "Laya Healthcare", "Irish Life Health"], "GB": ["Bupa", "AXA Health", "Vitality", "Simplyhealth"]}  # fmt: skip
INSURER_DOMAIN = {"sp56_dental_chart_treatment_plan": "dental", "sp56_spectacle_lab_order": "eye", "sp56_booking_api_json": "eye",
                  "sp56_chiropractic_soap_note": "auto", "sp56_physio_injury_assessment": "auto"}  # fmt: skip
FDI = ["16 MO", "26 DO", "36 MOD", "46 DO", "17 O", "27 MO", "37 B", "47 MOD", "15 DO", "25 MO", "35 DO", "45 O", "14 MO", "24 DO"]
PALMER = ["UR6", "UL6", "LL6", "LR6", "UR7", "UL7", "LL7", "LR7", "UR5", "LL5", "UL5", "LR5"]
UNIVERSAL = ["#3 MOD", "#14 O", "#19 DO", "#30 MO", "#18 B", "#31 MOD", "#2 DO", "#15 MO", "#12 DO", "#20 MO"]
BPE = ["2/2/3 3/2/2", "1/2/2 2/2/1", "3/2/3 3/3/2", "2/1/2 2/2/2", "3/3/4 3/2/3"]
VA_M = ["6/5", "6/6", "6/9", "6/12", "6/18", "6/24", "6/36"]
VA_US = ["20/20", "20/25", "20/30", "20/40", "20/60", "20/80"]
SPH = ["-0.75", "-1.25", "-2.25", "-3.50", "-4.75", "+0.75", "+1.50", "+2.25", "+3.00", "-6.00"]
CYL = ["-0.25", "-0.50", "-0.75", "-1.00", "-1.25", "-1.75"]
ADDS = ["Add +1.75", "Add +2.00", "Add +2.25", "Add +2.50"]
IOP = ["IOP 14 mmHg", "IOP 16 mmHg", "IOP 18 mmHg", "IOP 21 mmHg", "IOP 24 mmHg", "IOP 27 mmHg", "IOP 19 mmHg"]
CDR = ["C/D 0.4", "C/D 0.55", "C/D 0.6", "C/D 0.7", "C/D 0.8", "C/D 0.85"]
LENSES = ["Varilux Comfort Max 1.60 Crizal Sapphire", "Zeiss SmartLife Progressive 1.67 DuraVision", "Hoya MiyoSmart 1.59", "Shamir Autograph III 1.67",
          "Essilor Eyezen Start 1.50 Crizal Rock", "Hoya Sync III 1.60 Hi-Vision LongLife"]  # fmt: skip
FRAMES = ["Ray-Ban RB5154 Clubmaster 51-21-145", "Silhouette Momentum 5529 53-17-140", "Oakley Pitchman R OX8105 50-19-143", "Lindberg Strip 9704 52-18-140",
          "Tom Ford FT5401 54-18-145"]  # fmt: skip
AIDS = [("Phonak", "Phonak Audéo Lumity L90-R"), ("Oticon", "Oticon Intent 1 miniRITE R"), ("Signia", "Signia Pure Charge&Go 7IX"),
        ("ReSound", "ReSound Nexia 9 RIE"), ("Widex", "Widex Moment Sheer 440 sRIC R D"), ("Starkey", "Starkey Genesis AI 24 RIC RT")]  # fmt: skip
PTA = ["4FA 38 dB HL", "4FA 46 dB HL", "4FA 53 dB HL", "4FA 61 dB HL", "4FA 29 dB HL"]
WRS = ["WRS 92% at 65 dB HL", "WRS 84% at 70 dB HL", "WRS 76% at 75 dB HL", "WRS 64% at 80 dB HL"]
TYMP = ["Type A", "Type As", "Type B", "Type C"]
ROM_SPINE = ["cervical rotation L 45° / R 70°", "cervical extension 30°", "lumbar flexion 40°", "lumbar extension 10°", "thoracic rotation R 25°",
             "cervical lateral flexion L 20°", "lumbar flexion fingertips to mid-shin"]
ROM_SHOULDER = ["shoulder abduction 95°", "shoulder flexion 120°", "shoulder ER 30°", "shoulder IR to L3"]
ROM_ANKLE = ["ankle dorsiflexion 8°", "weight-bearing lunge 6 cm", "ankle plantarflexion 35°"]
OUT_SPINE = ["NDI 36%", "NDI 22%", "ODI 42%", "ODI 28%", "NPRS 7/10", "NPRS 4/10"]
OUT_LIMB = ["QuickDASH 45.5", "LEFS 38/80", "SPADI 52%", "FAAM ADL 61%", "PSFS 3.7/10"]
SLT_SCORES = ["CELF-P3 Core Language 78", "PLS-5 Auditory Comprehension 84", "PLS-5 Expressive Communication 72", "DEAP PCC 61%",
              "Renfrew Action Picture Test information 22", "%SS 6.4", "SSI-4 total 24 (moderate)", "CELF-5 Core Language 81"]  # fmt: skip
DIET_MEASURES = (["BMI 34.2", "BMI 41.7", "BMI 28.9", "BMI 37.5"], ["HbA1c 8.4%", "HbA1c 9.1%", "HbA1c 7.6%", "HbA1c 10.2%"],
                 ["weight 96.4 kg", "weight 118.2 kg", "weight 84.7 kg", "waist 112 cm"], ["TIR 48%", "GMI 7.9%", "TIR 61%", "1600 kcal/day"])
LESIONS = [("left scapula", "D22.5", "compound naevus"), ("right temple", "L57.0", "actinic keratosis"), ("nasal tip", "C44.311", "nodular BCC"),
           ("left shin", "C44.712", "SCC in situ"), ("upper back", "D48.5", "atypical naevus"), ("right forearm", "L82.1", "seborrhoeic keratosis"),
           ("left cheek", "C43.39", "lentigo maligna"), ("right calf", "D23.7", "dysplastic naevus")]  # fmt: skip
ICD_FOOT = ["E11.621", "E11.42", "L84", "L60.0", "M20.1", "I73.9"]
MONEY = {"GB": "£", "IE": "€", "CA": "$", "AU": "$", "NZ": "$", "US": "$"}


def money(loc: str, lo: int, hi: int, rng: random.Random) -> K:
    return K(f"{MONEY[loc]}{rng.randint(lo, hi)}.{rng.choice(['00', '50', '80', '95'])}")


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 5) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    age = AGES.get(kind, (24 * Y, 84 * Y))
    ppl: dict[str, Person] = {}
    if kind in CHILD:
        pa = rng.randint(*age)
        r = draw_person(rng, loc, used, d1, female=True, age_days=(pa + 22 * Y, pa + 42 * Y))
        m = draw_person(rng, loc, used, d1, female=False, culture=r.culture, home=r, age_days=(pa + 24 * Y, pa + 46 * Y))
        fam = m.family if rng.random() < 0.75 else r.family
        p = draw_person(rng, loc, used, d1, culture=r.culture, family=fam, home=r, age_days=(pa, pa))
        ppl.update(p=p, r=r, m=m)
    else:
        p = draw_person(rng, loc, used, d1, age_days=age)
        pa = (d1 - p.dob).days
        r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, home=p,
                        family=p.family if rng.random() < 0.6 else None, age_days=(max(19 * Y, pa - 8 * Y), pa + 5 * Y))  # fmt: skip
        m = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.7 else None,
                        home=p if rng.random() < 0.3 else None, age_days=(max(18 * Y, pa - 38 * Y), max(19 * Y, pa - 20 * Y)))  # fmt: skip
        ppl.update(p=p, r=r, m=m)
    for x in ("d", "e", "s", "x", "y"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(25 * Y, 64 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    # relationship words
    if kind in CHILD:
        s["r_rel"], s["m_rel"] = "mother", "father"
        s["child"] = "daughter" if p.female else "son"
    else:
        s["r_rel"] = "wife" if r.female else "husband"
        s["m_rel"] = ("daughter" if m.female else "son") if (d1 - m.dob).days < (d1 - p.dob).days - 15 * Y else ("sister" if m.female else "brother")
    # clinicians' registrations
    profs = PROF[kind]
    for x, prof in zip(("d", "e", "x"), profs, strict=True):
        label, number = ids.registration(rng, loc_code, prof, p.region.abbr)
        s[f"{x}_reg"], s[f"{x}_lic"] = label, P("LICENSE", number)
        s[f"{x}_npi"] = P("LICENSE", ids.npi(rng))
        s[f"{x}_prov"] = P("LICENSE", ids.provider_au(rng))
    for x in ("d", "x"):
        s[f"{x}_dr"] = "Dr" if loc_code in DMY else "Dr."
    # dates
    d0 = d1 - timedelta(days=rng.randint(20, 120))
    d3 = d1 - timedelta(days=rng.randint(2, 12))
    d2 = d1 + timedelta(days=rng.randint(3, 20))
    d4 = d1 + timedelta(days=rng.randint(150, 380))
    for key, d in {"d0": d0, "d1": d1, "d2": d2, "d3": d3, "d4": d4}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["mrn"] = F("MRN", "%#####", "%####", "P%#####", "%#-####", "UR%######", "%#######")
    s["mrn2"], s["mrn3"], s["mrn4"] = (F("MRN", "%######", "H%######", "%#####") for _ in range(3))
    s["acct"] = F("ACCOUNT", "%#######", "AC-%#####", "%####-%##")
    s["invoice"] = F("ACCOUNT", "INV-%#####", "%######", "%#####/%#")
    s["ref"] = F("ID", "REF-%#####", "%#######", "R%######", "%####-@")
    s["claim"] = F("ID", "%#########", "CLM-%######", "%######@", "@@%#######")
    s["order"] = F("ID", "JOB %######", "%#######", "ORD-%#####", "%#####-%#")
    s["booking"] = F("ID", "BK-%######", "@@@%##@", "%#########")
    s["member"] = F("HEALTH_PLAN", "%########", "@@@%#######", "%#######-##", "%##########", "W%########")
    s["member2"] = F("HEALTH_PLAN", "%########", "@@%#######", "%#######-##")
    s["fund"] = F("HEALTH_PLAN", "%#######", "%#########", "@%#######")
    s["ihi"] = P("ID", ids.ihi(rng))
    s["gms"] = P("HEALTH_PLAN", ids.gms(rng))
    s["mbi"] = P("HEALTH_PLAN", ids.mbi(rng))
    s["acc"] = P("ID", ids.acc_claim(rng))
    s["ctp"] = F("ID", "%##-%######", "CTP%#######", "%########")
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["photoid"], s["photoid2"], s["photoid3"] = (F("ID", "IMG-%######", "MP%#####", "%########") for _ in range(3))
    brand, model = rng.choice(AIDS)
    s["aid_model"] = K(model)
    s["serial_l"], s["serial_r"] = (P("DEVICE", ids.hearing_aid_serial(rng, brand)) for _ in range(2))
    s["serial_old"] = P("DEVICE", ids.hearing_aid_serial(rng, rng.choice(AIDS)[0]))
    s["cgm"] = P("DEVICE", ids.cgm_serial(rng))
    s["pump"] = P("DEVICE", ids.pump_serial(rng))
    token = fill(rng, rng.choice(["@@%#@@%#", "%#@@%#@@%#", "@%#@%#@%#@"])).lower()
    site = {"GB": "book.clinicpatientportal.co.uk", "IE": "booking.dentalhub.ie", "CA": "portal.cliniconnect.ca", "AU": "bookings.alliedhealthhub.com.au",
            "NZ": "book.healthbookings.co.nz", "US": "portal.mypracticeconnect.com"}[loc_code]  # fmt: skip
    s["url"] = P("URL", f"https://{site}/c/{token}")
    s["url2"] = P("URL", f"https://{site}/forms/intake?pid={fill(rng, '%#####')}&t={fill(rng, '@%#@%#').lower()}")
    s["ip"] = P("IP", f"{rng.choice([86, 109, 203, 115, 24, 71, 125, 142])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    # keep values
    s["practice"] = K(rng.choice(PRACTICES[kind][loc_code]))
    drugs = rng.sample(DRUGS[loc_code], 3)
    s["drug1"], s["drug2"], s["drug3"] = (K(v) for v in drugs)
    domain = f"{loc_code}-{INSURER_DOMAIN.get(kind)}"
    s["insurer"] = K(rng.choice(INSURERS.get(domain, INSURERS[loc_code])))
    t = rng.sample(FDI, 3)
    s["fdi1"], s["fdi2"], s["fdi3"] = (K(v) for v in t)
    s["palmer"] = K(rng.choice(PALMER))
    u = rng.sample(UNIVERSAL, 3)
    s["uni1"], s["uni2"], s["uni3"] = (K(v) for v in u)
    s["bpe"] = K(rng.choice(BPE))
    va = VA_US if loc_code in ("US", "CA") else VA_M
    v = rng.sample(va, 4)
    s["va_r"], s["va_l"], s["va_rc"], s["va_lc"] = (K(x) for x in v)
    for side in ("r", "l"):
        s[f"rx_{side}"] = K(f"{rng.choice(SPH)} / {rng.choice(CYL)} x {rng.choice(range(5, 181, 5))}")
    s["add"] = K(rng.choice(ADDS))
    iop = rng.sample(IOP, 2)
    s["iop_r"], s["iop_l"] = K(f"R {iop[0]}"), K(f"L {iop[1]}")
    cdr = rng.sample(CDR, 2)
    s["cdr_r"], s["cdr_l"] = K(cdr[0]), K(cdr[1])
    s["cct"] = K(f"CCT {rng.randint(498, 586)} µm")
    s["md"] = K(f"MD -{rng.randint(2, 14)}.{rng.randint(0, 9)}{rng.randint(0, 9)} dB")
    s["lens"] = K(rng.choice(LENSES))
    s["frame"] = K(rng.choice(FRAMES))
    s["pd"] = K(f"PD {rng.randint(29, 34)}/{rng.randint(29, 34)}")
    s["pta"], s["wrs"], s["tymp"] = K(rng.choice(PTA)), K(rng.choice(WRS)), K(rng.choice(TYMP))
    r2 = rng.sample(ROM_SPINE, 2)
    s["rom1"], s["rom2"] = (K(x) for x in r2)
    s["rom3"], s["rom4"] = K(rng.choice(ROM_SHOULDER)), K(rng.choice(ROM_ANKLE))
    s["out1"], s["out2"] = K(rng.choice(OUT_SPINE)), K(rng.choice(OUT_LIMB))
    sl = rng.sample(SLT_SCORES, 3)
    s["slt1"], s["slt2"], s["slt3"] = (K(x) for x in sl)
    s["diet1"], s["diet2"], s["diet3"], s["diet4"] = (K(rng.choice(x)) for x in DIET_MEASURES)
    les = rng.sample(LESIONS, 3)
    for i, (site_, icd, dx) in enumerate(les, 1):
        s[f"site{i}"], s[f"icd{i}"], s[f"dx{i}"] = K(site_), K(icd), K(dx)
    s["icd_foot"] = K(rng.choice(ICD_FOOT))
    for i, (lo, hi) in enumerate([(45, 95), (60, 140), (180, 420), (700, 1400)], 1):
        s[f"amt{i}"] = money(loc_code, lo, hi, rng)
    s["country"] = K(loc.country)
    s["region"] = K(p.region.name)
    s["year"] = K(str(rng.randint(2009, 2021)))
    s["nid_label"] = {"GB": "CHI" if p.region.name == "Scotland" else "NHS No.", "IE": "PPSN", "CA": "Health card", "AU": "Medicare",
                      "NZ": "NHI", "US": "SSN"}[loc_code]  # fmt: skip
    s["p_irn"] = str(rng.randint(1, 5))
    return s


# ---- templates -------------------------------------------------------------------------------------------

DENTAL = {
    "GB": """«practice»                                   ‹Clinical record — examination and treatment plan›
Patient: «p_title» «p_n»        DOB: «p_dob»        «nid_label»: «p_nid»        Patient no.: «mrn»
Address: «p_addr»
Mobile: «p_ph»     Home: «p_ph2»     Email: «p_em»
Exemption: none, pays NHS charges.    Medical history reviewed and signed «d1_dmy»: «drug1», «drug2»; no allergies.
Date: «d1_dmy»    Clinician: «d_dr» «d_n» BDS («d_reg» «d_lic»)    Nurse: «s_n»
C/O «palmer» sensitive to cold for 3/52, lingers; no swelling, no night pain.
E/O NAD.  I/O soft tissues NAD, BPE «bpe», OH fair, plaque ++ lower anteriors.
Radiographs: 2 BW + 1 PA (justified, grade 1). Report: distal caries «fdi1», deep occlusal caries «fdi2»,
periapical radiolucency «fdi3».
Caries risk HIGH: dry mouth on «drug2», 5 sugar intakes a day.
Treatment plan — ‹NHS Band 3› (‹£326.70›), FP17DC signed:
  1. OHI, ‹Duraphat 5000 ppm› toothpaste, fluoride varnish
  2. «fdi1» composite (failure risk vs amalgam explained)
  3. «fdi2» composite, possible pulp exposure — consented
  4. «fdi3» RCT then crown; alternatives (XLA, no treatment) discussed
Next appointment: «d2_long» 08:40 (40 min) with «d_dr» «d_f».   Hygienist: «e_n» («e_reg» «e_lic»), 6-monthly.
Recall due «d4_my». «p_His» «r_rel» «r_g» will drive «p_him» in — contact «r_ph».
FP17 claim «claim» submitted «d1_dmy» by «s_g» (reception).
""",
    "US": """«practice» — Clinical Note / Treatment Plan
Patient: «p_lfc»        Chart #: «mrn»        DOB: «p_dob»        Age: «p_age»
Address: «p_addr»
Cell: «p_ph»      Email: «p_em»      Preferred contact: text      Meds: «drug1», «drug2»
Primary dental: «insurer» — Member ID «member»; subscriber «r_n» («r_rel»), SSN ending «r_ssn4»
Provider: «d_n», DDS (NPI «d_npi»; «d_reg» «d_lic»)      Assistant: «s_g» «s_f», EFDA
DOS: «d1_dmy»
CC: "my bottom left tooth hurts when I chew"
Exam: D0150 comprehensive oral evaluation, D0210 FMX. «uni1» fractured MB cusp; «uni2» recurrent decay under
old amalgam; «uni3» deep caries, TTP, PARL on FMX. Perio: generalized 4-5 mm, BOP 28%, ‹Stage II Grade B periodontitis›.
Treatment plan, phase 1 (est. patient portion «amt4»):
  D4341 SRP 4+ teeth, UR + LR ......... «amt3» per quad
  D2393 resin 3 surf posterior «uni2»
  D2950 core buildup + D2740 crown «uni1»
  D3330 endo «uni3» — refer to «x_dr» «x_n», endodontist, «x_town» office (referral «ref»)
Pt signed tx plan and financial agreement «d1_dmy». Next visit «d2_long» 9:00 AM, SRP with «e_n», RDH.
Emergency contact: «m_n» («m_rel») «m_ph»
Statement / pay link texted to pt: «url»
""",
}

ORTHO = {
    "AU": """«practice»                                         ‹Orthodontic progress note›
Patient: «p_n»      DOB: «p_dob» (age «p_age»)      File no.: «mrn»
Parents: «r_n» («r_rel») mob «r_ph», «r_em»;  «m_rel» «m_n» «m_ph»
Address: «p_addr»
Referring dentist: «x_dr» «x_n», «x_loc» («x_reg» «x_lic»)
Health fund: «insurer», membership «fund»      Medicare: «p_nid» (IRN «p_irn»)
Dx: Class II div 1, overjet 7 mm, overbite 60%, upper crowding 4 mm; «palmer» ectopic.
Appliances: upper and lower ‹3M Clarity Advanced› brackets bonded «d0_dmy».
Visit «d1_dmy» — «d_dr» «d_n», specialist orthodontist («d_reg» «d_lic»); OHT «e_n»
  Archwires U ‹0.016 x 0.022 NiTi› / L ‹0.016 NiTi›; Class II elastics 3/16" 4.5 oz full-time.
  OH fair, mild gingivitis upper anteriors — OHI repeated with «r_g» present.
  Elastic wear poor per «p_g» ("forgot at sleepovers") — motivational chat, chart given.
Next: «d2_long» 3:40 pm (after school), then 6-weekly.   Fees: «amt4» paid of ‹$7,450.00› plan.
SMS confirmation to «r_ph2» declined; prefers email.
""",
    "CA": """«practice»                                        ‹Orthodontic Treatment Record›
Patient: «p_lfc»      DOB: «p_dob»      Chart: «mrn»      Age: «p_age»
Parents: «r_n» (cell «r_ph», «r_em») / «m_n» (work «m_ph2»)
Address: «p_addr»
Health card: «p_nid»      Insurance: «insurer», cert. «member» (plan member: «m_rel», «m_LFU»)
Referred by «x_dr» «x_i», general dentist, «x_town»
Records «d0_dmy»: ceph, pano, iTero scan. Dx: ‹Class II div 1›, ‹OJ 6 mm›, deep bite, ‹lower midline 2 mm left›.
Tx: ‹Invisalign Comprehensive›, 34 aligners + refinements; Class II elastics from aligner 8.
  «d0_dmy»   Records / consult — «d_i»
  «d3_dmy»   IPR 0.3 mm between upper 4s and 3s — «e_g», CDA
  «d1_dmy»   Aligner 12/34 delivered, tracking well; «p_g» wearing 20-22 h/day per «r_g»
Next: «d2_long» 4:15 PM. Contract «amt4» monthly x 24; «child» of «m_n» covered at 50%.
Treating orthodontist: «d_dr» «d_n» («d_reg» «d_lic»)      Photos uploaded by «s_n»
""",
}

OPTOM = {
    "GB": """«practice»                                         ‹Sight test record› (GOS 1)
Patient: «p_title» «p_n»      DOB: «p_dob»      Age: «p_age»      Patient ID: «mrn»
Address: «p_addr»
Tel: «p_ph»      Email: «p_em»      «nid_label»: «p_nid»
GP: «x_dr» «x_n», «x_town» Health Centre
Date of test: «d1_dmy»      Previous test: «year», elsewhere      GOS claim: «claim»
Symptoms: blur at distance when driving at night, glare from headlights; reading fine with readers.
Unaided VA: R «va_r»   L «va_l»
Rx: R «rx_r»   L «rx_l»   «add»
Corrected VA: R «va_rc»   L «va_lc»
Pupils PERRL, no RAPD. Cover test ortho D and N. Motility full.
Tonometry (NCT, 10:40): «iop_r», «iop_l»
Fundus (dilated, tropicamide 1%): «cdr_r» R, «cdr_l» L; early nuclear sclerosis R > L.
Fields: FDT full. OCT: RNFL within normal limits.
Outcome: new Rx issued; letter to GP re R cataract sent «d2_dmy».   Dispensed by: «e_n», FBDO
Optometrist: «d_n» MCOptom («d_reg» «d_lic»)      Recall 2 years — due «d4_my».
""",
    "IE": """«practice» — ‹Eye examination record›
Name: «p_n»      DOB: «p_dob»      PPSN: «p_nid»      Client no.: «mrn»
Address: «p_addr»
Mobile: «p_ph»      Landline: «p_ph2»
Scheme: PRSI Treatment Benefit — claim «claim»;  medical card «gms»
Exam date: «d1_long»      Optometrist: «d_n» («d_reg» «d_lic»)
History: headaches after reading, 8 h/day on screens; «p_his» «m_rel» «m_g» has glaucoma.
VA unaided R «va_r» L «va_l»; Rx R «rx_r» L «rx_l» «add»; best corrected R «va_rc» L «va_lc».
«iop_r», «iop_l» (iCare, 11:15); discs «cdr_r» / «cdr_l»; «cct».
Plan: varifocals; family history of glaucoma — fields in 12 months. Referred to «x_dr» «x_n», consultant
ophthalmologist, ‹University Hospital Galway› (routine).
Next of kin: «r_n» («r_rel»), «r_ph»
Glasses ready «d2_ord» — text sent to «p_ph».   Dispensing optician: «e_n»
""",
}

OPHTH = {
    "NZ": """«practice»
‹Glaucoma clinic›

«d1_long»

«x_dr» «x_n»
«x_town» Medical Centre

Dear «x_dr» «x_f»,

Re: «p_n», DOB «p_dob», NHI «p_nid»
«p_addr»

I reviewed «p_title» «p_f», now «p_old» years old, in the glaucoma clinic today with «p_his» «m_rel» «m_g». «p_He»
has primary open-angle glaucoma, worse on the right.
Visual acuity R «va_r», L «va_l». «iop_r», «iop_l» on ‹Xalacom› at night; «cct»; «cdr_r» R, «cdr_l» L;
24-2 field «md» R, stable L.
Plan: selective laser trabeculoplasty R booked for «d2_long»; continue drops. Review «d4_my».
Driving: does not meet the NZTA field standard. «p_He» has agreed to stop; «m_g» will sell the car (rego «plate»).
Yours sincerely,

«d_dr» «d_n» FRANZCO («d_reg» «d_lic»)
cc: «p_title» «p_n»;  «e_n», optometrist («e_reg» «e_lic»)      Typed by «s_i» «d1_dmy»
""",
    "AU": """«practice»
‹Ophthalmology consultation›

«d1_long»

«x_dr» «x_n»
«x_loc» Family Practice

Dear «x_dr» «x_f»,

Re: «p_n», DOB «p_dob», UR «mrn»
Medicare «p_nid» (IRN «p_irn»)   IHI «ihi»
«p_addr»

Thank you for referring «p_title» «p_f» («p_old») on «d0_dmy». «p_He» came with «p_his» carer «y_n» («y_ph»).
Findings: VA R «va_r», L «va_l»; «iop_r», «iop_l»; «cdr_r» / «cdr_l»; «cct»; dense cataract L.
Assessment: pseudoexfoliation glaucoma, cataract L. Start ‹Cosopt› twice daily both eyes.
Plan: cataract surgery L, waitlisted Category 2, ‹Hunter Valley Day Surgery›; review «d2_dm» with fields.
Please continue «drug1». Next of kin: «m_n» («m_rel»), «m_ph».

Kind regards,
«d_dr» «d_n» FRANZCO (provider no. «d_prov»)
cc: «e_n», «e_loc» Optometrists («e_reg» «e_lic»)
""",
}

LABORDER = {
    "CA": """«practice»                                       ‹RX LENS ORDER›
Job: «order»      Account: «acct»      Entered: «d1_dmy» 14:22 by «s_g»
Ordering office: Dr «d_n», Optometrist («d_reg» «d_lic»)
Patient: «p_LFU»      DOB: «p_dob»      Patient #: «mrn»
Ship to patient: «p_addr»      Phone: «p_ph»
Plan: «insurer» — cert. «member», plan member «r_n» («r_rel»)
Rx (exam «d3_dmy», expires «d4_dmy»):
  OD «rx_r»      OS «rx_l»      «add»      «pd»      Seg ht 22 / 22
Lens: «lens»
Frame: «frame» — supply frame, tracing on file
Notes: REMAKE of job «ref» dispensed «d0_dmy» — non-adapt (swim in periphery). Fitter: «e_n»
Promised: «d2_dm» — call «p_g» at «p_ph2» when in.
""",
    "US": """«practice»                                       ‹RX ORDER TICKET›
Job #: «order»      Acct: «acct»      Received: «d1_dmy» 10:07      Due: «d2_dmy»
Doctor: «d_n», OD (NPI «d_npi»)      Optician: «e_n», ABO
Patient: «p_LFU»      DOB: «p_dob»      Pt #: «mrn»
Phone: «p_ph»      Email: «p_em»
Insurance: «insurer» — member «member», subscriber «r_n» («r_rel»), auth «claim»
Rx date «d3_dmy»:
  OD «rx_r»      OS «rx_l»      «add»      «pd»      OC ht 24 / 24
Lens: «lens»          Frame: «frame»
Drop ship to: «p_addr»
Special instructions: pt is a commercial driver — blue light coat; 2nd pair Rx sunglasses for «m_n» («m_rel»),
job «ref».
""",
}

AUDIO = {
    "IE": """«practice»                                         ‹Audiological assessment report›
Client: «p_n»      DOB: «p_dob»      Client ref: «mrn»      PPSN: «p_nid»
Address: «p_addr»      Mobile: «p_ph»
Referred by: «x_dr» «x_n», GP, «x_town»; referral dated «d0_dmy»
Date of assessment: «d1_long»      Audiologist: «d_n» MSc («d_reg» «d_lic»)
Accompanied by «p_his» «r_rel», «r_n».
History: gradual bilateral hearing loss over 5 years, worse in company and on the phone; tinnitus L > R.
Noise: 30 years on the farm and in the mart, no protection. Now «p_age»; retired «year».
Otoscopy: clear canals, intact TMs. Tympanometry: «tymp» bilaterally.
Pure-tone audiometry: bilateral sloping sensorineural loss, «pta» R, asymmetry of 15 dB at 2-4 kHz L.
Speech: «wrs». ‹Acoustic reflexes absent L›.
Old aid brought in (serial «serial_old»), 9 years old, not worn.
Recommendations: bilateral hearing aids under the HSE scheme (medical card «gms»); ENT referral re asymmetry to
‹University Hospital Limerick›.
Copy: «x_dr» «x_i»;  «p_title» «p_n».   Hearing aid audiologist: «e_n» («e_reg» «e_lic»)
""",
    "AU": """«practice»                                         ‹Audiology report›
Client: «p_n»      DOB: «p_dob»      Client no.: «mrn»
Medicare: «p_nid»      Hearing Services Program voucher: «claim»
Address: «p_addr»      Mobile: «p_ph»      Email: «p_em»
Referral: «x_dr» «x_n» («x_loc»), «d0_dmy»
Assessment «d1_dmy» by «d_n» («d_reg» «d_lic»), with «p_his» «m_rel» «m_n» present.
Case history: difficulty in noisy cafés, TV loud; FIFO mining 14 years; tinnitus R. Age «p_age»; on «drug1».
Otoscopy clear. Tympanometry «tymp». Acoustic reflexes present. ‹Tinnitus Functional Index 38›.
Audiometry: mild-moderate sloping SNHL, «pta»; «wrs».
COSI goals: (1) grandchildren's voices, (2) meetings at work, (3) TV.
Plan: trial of «aid_model» under the voucher; fitting «d2_long» with «e_n» («e_reg» «e_lic»).
Report sent to «x_dr» «x_f» and to client at «p_em».
""",
}

HAFIT = {
    "GB": """«practice» — ‹Hearing aid fitting record›
Patient: «p_title» «p_n»     DOB: «p_dob»     Age: «p_old»     «nid_label»: «p_nid»     Hosp no.: «mrn»
Address: «p_addr»      Tel: «p_ph2»
Next of kin: «m_n» («m_rel»), «m_ph», «m_em»
Fitted «d1_dmy» by «d_n» («d_reg» «d_lic»); assistant «e_n»
Devices: «aid_model» — LEFT serial «serial_l», RIGHT serial «serial_r»; ‹8 mm closed domes›, size 1 receivers.
Previous aid returned for disposal: serial «serial_old».
REM verified to ‹NAL-NL2›. Programs: universal, speech in noise. Volume control enabled. Unaided ‹SRT 55 dB HL›, aided ‹SRT 35 dB HL›.
Handling: struggles with domes (arthritis) — «m_g» shown charging and cleaning; lives alone, warden «y_n».
Outcome: «pta» aided improvement good.
Follow-up: «d2_long» 10:00, ‹Audiology Department›; repairs by post, battery-free (rechargeable).
""",
    "NZ": """«practice» — ‹Hearing aid fitting and subsidy record›
Client: «p_n»      NHI: «p_nid»      DOB: «p_dob»      Age: «p_old»
Address: «p_addr»      Phone: «p_ph2»
Whānau contact: «m_n» («m_rel»), «m_ph»
ACC noise-induced hearing loss claim: «acc» — approved «d0_dmy»
Fitted «d1_dmy» by «d_n», audiologist («d_reg» «d_lic»)
Aids: «aid_model» — L «serial_l», R «serial_r»   Charger: desktop
Old aids (bought «year») kept as spares: serial «serial_old». Meds: «drug1».
Verification: REM to ‹NAL-NL2›, ‹SII 62% aided›. «pta». Unaided «wrs».
Notes: «p_old»-year-old, sharp; drives to bowls; «m_g» to help with app pairing.
Next: «d2_long» 2 pm (two-week check) — «e_n».
""",
}

PODIATRY = {
    "GB": """«practice»                                        ‹Diabetic foot review — annual›
Name: «p_n»      DOB: «p_dob»      Age: «p_old»      «nid_label»: «p_nid»
Address: «p_addr»      Tel: «p_ph2»
GP: «x_dr» «x_n»      Housebound — domiciliary visit «d1_dmy»
Present: «m_rel» «m_g», who lives with «p_him»; carer «y_n» (visits twice daily)
Diabetes type 2 since «year»; «drug1», «drug2».
Vascular: DP palpable R, absent L; PT absent L. Doppler L biphasic. ‹ABPI R 1.02 / L 0.78›
Neuro: ‹10 g monofilament› 7/10 R, 4/10 L; vibration absent to the ankles.
Skin / nails: callus 1st MPJ L, no ulceration; onychauxis both halluces; tinea pedis interdigital.
Footwear: worn slippers — advised; referral to orthotics sent today.
Risk: HIGH («icd_foot»).  Treatment: nails reduced, callus debrided, ‹Flexitol 25% urea› emollient.
Review: «d2_long».   Podiatrist: «d_n» («d_reg» «d_lic»)
Copy to practice nurse «e_n» («e_reg» «e_lic»).
""",
    "IE": """«practice»                                        ‹Podiatry assessment›
Name: «p_n»      DOB: «p_dob»      «p_old» years      Medical card: «gms»
Address: «p_addr»
Phone: «p_ph2» (landline; may not hear it — ring «m_rel» instead)
Referral: «x_dr» «x_n», GP, «x_town» — referral received «d0_dmy»
Seen «d1_long» at ‹Primary Care Centre›; brought by «m_rel» «m_n» («m_ph»).
PMH: T2DM («icd_foot»), AF on «drug1», hypothyroid. Lives alone, home help «y_n» mornings.
Vascular: pedal pulses weak bilaterally, ‹ABPI 0.84 R / 0.91 L›. Neuro: ‹10 g monofilament› 5/10 bilaterally.
Skin: fissured heels, corn 5th toe R. Nails: thickened, involuted hallux L.
Treatment: debridement, nails, silicone toe prop; heel balm. Education given to «m_g».
Next: «d2_long», home visit if transport not possible.
Podiatrist: «d_n» («d_reg» «d_lic»)      Public health nurse: «e_n»
""",
}

CHIRO = {
    "US": """«practice» — ‹Chiropractic SOAP note›
Patient: «p_n»      DOB: «p_dob»      Acct: «acct»      SSN: «p_nid»      Visit 6 of 12
Address: «p_addr»      Cell: «p_ph»
Case: auto / PIP — «insurer» claim «claim», adjuster «y_n» («y_ph»); DOI «d0_dmy», rear-ended at a light,
driver's vehicle «plate». Attorney lien on file.
PCP: «x_dr» «x_n»
DOS «d1_dmy»
S: neck pain 5/10 (8/10 at intake), headaches 2x/week, low back stiff mornings.
O: «rom1»; «rom2». Hypertonicity upper trapezius B, L5 spinous tender. «out1».
A: ‹S13.4XXA› cervical sprain; ‹S33.5XXA› lumbar sprain — improving. «out2».
P: CMT 3-4 regions (98941), EMS 15 min (97014), ther ex (97110). HEP reviewed.
Next: «d2_dm». Re-exam «d4_dmy».      Provider: «d_n», DC («d_reg» «d_lic»; NPI «d_npi»)
Scribe: «s_n»
""",
    "CA": """«practice»                                       ‹Chiropractic daily note›
Patient: «p_n»      DOB: «p_dob»      File: «mrn»
Address: «p_addr»      Cell: «p_ph»      Email: «p_em»
MVA «d0_dmy» — auto insurer claim «claim» (OCF-18 approved); plate «plate»
Extended health: «insurer», cert. «member»
Date: «d1_dmy»      Chiropractor: «d_dr» «d_n» («d_reg» «d_lic»)
S: mid-back pain down to 3/10, neck stiff after shifts at the plant; sleeping better.
O: «rom1»; «rom2». T4-T6 restricted, paraspinal spasm L.
A: WAD II, thoracic sprain — responding. «out1»; «out2».
P: diversified adjustment T-spine, soft tissue, ‹ice 15 min›; exercises with «e_n», physiotherapist («e_reg» «e_lic»).
Progress report faxed to «x_dr» «x_i» «d2_dmy». Next: «d2_sms».
""",
}

PHYSIO = {
    "NZ": """«practice» — ‹Initial assessment›
Client: «p_n»      NHI: «p_nid»      DOB: «p_dob»      Client ID: «mrn»
Address: «p_addr»      Mobile: «p_ph»      Email: «p_em»
ACC claim: «acc»      Date of injury: «d0_long»
Mechanism: rear-ended at lights on «d0_dm», car (rego «plate») written off; also rolled ankle at netball.
Referred: self; GP «x_dr» «x_n», «x_town» informed.
Assessment «d1_dmy», «d_n» («d_reg» «d_lic»):
  «rom1»; «rom2».  «out1»; «out2».
  Neuro intact. Ankle: ATFL tender, anterior drawer +, «rom4».  Meds: «drug1».
Plan: ACC-funded 12 sessions; manual therapy, graded exercise; return to work (retail) on light duties.
Next: «d2_dm» 7:30 am.      Emergency contact: «r_n» («r_rel»), «r_ph»
""",
    "AU": """«practice»                                        ‹Physiotherapy initial assessment›
Patient: «p_n»      DOB: «p_dob»      Patient ID: «mrn»
Address: «p_addr»      Mobile: «p_ph»
CTP claim: «ctp» — insurer «insurer»; accident «d0_dmy», vehicle «plate»
Medicare: «p_nid» (IRN «p_irn»)
Referred by «x_dr» «x_n» (provider no. «x_prov»)
Assessment «d1_dmy» — «d_n», physiotherapist («d_reg» «d_lic»)
Hx: passenger, side impact; neck and L shoulder pain 6/10; pins and needles L thumb intermittently.
O/E: «rom1»; «rom2»; «rom3». Spurling's -ve. «out1».
Dx: whiplash-associated disorder grade II; L shoulder strain. «out2». Taking «drug1».
Plan: 6 sessions then review; hydro with «e_n» on «d2_dm»; certificate of capacity to «x_dr» «x_f».
""",
}

SLT = {
    "GB": """«practice»
‹Speech and Language Therapy — initial assessment report›

Name: «p_n»      DOB: «p_dob»      «nid_label»: «p_nid»      Age at assessment: «p_age»
Address: «p_addr»
Parents: «r_n» («r_rel»), «r_ph»;  «m_n» («m_rel»), «m_ph»
Nursery: ‹Little Acorns Day Nursery›, key worker «y_n»
Referred by: «x_dr» «x_n», community paediatrician, «d0_dmy»
Date of assessment: «d1_long»      Therapist: «d_n» («d_reg» «d_lic»)
Background: «p_g» was born at 34 weeks; first words at 2;6. Hearing test «d3_dmy»: normal.
Assessment: «slt1»; «slt2»; «slt3».
«p_g» uses 2-3 word phrases, fronting (/k/ → /t/), cluster reduction. Play and attention age-appropriate.
Impression: expressive language delay with phonological disorder (‹F80.1›, ‹F80.0›).
Plan: block of 6 sessions from «d2_long»; nursery programme via «y_g»; review «d4_my».
Copies: «r_n»; «x_dr» «x_i»; health visitor «e_n».
""",
    "CA": """«practice»
‹Speech-Language Pathology Assessment Report›

Client: «p_n»      Date of birth: «p_dob»      Chronological age: «p_age»
Health card: «p_nid»      File: «mrn»
Address: «p_addr»
Parents: «r_n» («r_rel», cell «r_ph», «r_em») and «m_n» («m_rel»)
Referral source: «x_dr» «x_n», pediatrician (received «d0_dmy»)
Assessment dates: «d3_dmy» and «d1_dmy»      S-LP: «d_n» («d_reg» «d_lic»)
Daycare: ‹Les Petits Pas› (educator «y_n»)
Concerns: stuttering since age 3, blocks and prolongations, avoids speaking at daycare (‹F80.81›). Severity rating ‹SR 6›.
Results: «slt1»; «slt2»; «slt3».
Recommendations: Lidcombe Program, weekly, starting «d2_long»; parent training with «r_g».
Report prepared by «d_i», S-LP(C), with communicative disorders assistant «e_n».
""",
}

DIET = {
    "AU": """«practice» — ‹Dietitian consultation›
Patient: «p_n»      DOB: «p_dob»      UR: «mrn»
Medicare: «p_nid» (IRN «p_irn»)      IHI: «ihi»
Address: «p_addr»      Mobile: «p_ph»
Referral: chronic disease management plan, «x_dr» «x_n» (provider no. «x_prov»); visit 2 of 5
Date: «d1_dmy»      Dietitian: «d_n», «d_reg» «d_lic» (provider no. «d_prov»)
Dx: T2DM, fatty liver, OSA on CPAP. Meds: «drug1», «drug2».
Measures: «diet1», «diet2», «diet3», «diet4».
CGM: ‹FreeStyle Libre 2› sensor, serial «cgm», applied «d3_dmy».
Diet history: skips breakfast, takeaway 4 nights, 1.5 L soft drink/day; shift work (mine site).
Goals: swap soft drink to zero-sugar, plate model, 30 min walk after dinner with «r_g» («r_rel»).
Next: «d2_long» (telehealth). Letter to «x_dr» «x_f».
""",
    "US": """«practice» — ‹Medical Nutrition Therapy Note›
Patient: «p_n»      DOB: «p_dob»      MRN: «mrn»      Age: «p_age»      SSN (last 4): «p_ssn4»
Address: «p_addr»      Phone: «p_ph»
Insurance: «insurer» member «member»; secondary Medicaid «member2»
Referring: «x_dr» «x_n» (NPI «x_npi»)
Date of service: «d1_dmy»      RD: «d_n», RD, LDN («d_reg» «d_lic»; NPI «d_npi»)
Dx: type 1 diabetes on pump, gastroparesis. ‹Omnipod 5› pod serial «pump»; Dexcom receiver linked.
Data: «diet1»; «diet2»; «diet3».
Assessment: carb counting inconsistent; late boluses at dinner; weekends eating out with «m_n» («m_rel»).
Plan: carb-counting refresher, pre-bolus 15 min, small frequent low-fat meals; follow up «d2_long».
CDCES: «e_n»
""",
}

DERM = {
    "NZ": """«practice» — ‹Clinical photography log›
Patient: «p_LFU»      NHI: «p_nid»      DOB: «p_dob»      Hospital no.: «mrn»
Referrer: «x_dr» «x_n» (GP, «x_town»)
Consent: clinical record and teaching (de-identified) — signed «d1_dmy», witness «e_n»
Photographer: «s_n»      Dermatologist: «d_dr» «d_n»
 #  Image ID      File                                Site               Dx / ICD-10
 1  «photoid»   «mrn»_«d1_compact»_01.jpg        «site1»       «dx1» («icd1»)
 2  «photoid2»   «mrn»_«d1_compact»_02.jpg        «site2»       «dx2» («icd2»)
 3  «photoid3»   «mrn»_«d0_compact»_03.jpg        «site3»       «dx3» («icd3») — comparison
Equipment: ‹FotoFinder Vexia›, ‹Canon EOS R6›, polarised dermoscopy.
Comparison with images of «d0_long»: new asymmetry at «site1». Plan: excision booked «d2_long».
Images to be shared with «p_title» «p_f» by secure link: «url»
""",
    "GB": """«practice»
‹Medical photography request and log›
Patient: «p_NC»      DOB: «p_dob»      «nid_label»: «p_nid»      Hosp no.: «mrn»
Address: «p_addr»
Requested by: «d_dr» «d_n», consultant dermatologist («d_reg» «d_lic»)      Date: «d1_dmy»
Clinical details: 2WW referral from «x_dr» «x_i» — ?«dx1», «site1»; also «dx2», «site2».
Consent: form 3, «d1_dmy», witnessed by «e_n», clinical nurse specialist.
Images:
  «photoid»   «site1»   overview + dermoscopy   file «mrn»_«d1_compact»_A.tif
  «photoid2»   «site2»   close-up                file «mrn»_«d1_compact»_B.tif
  «photoid3»   «site3»   previous, taken «d0_dmy» («icd3»)
Photographer: «s_n»      Chaperone: «y_n»
Outcome: MDT «d2_dmy»; ‹Skin Cancer MDT›. Patient's «m_rel» «m_n» asked for copies — declined (policy).
""",
}

SMS = {
    "AU": """‹SMS reminder log› — «practice» — exported «d1_dmy» 17:02 by «s_n»
Sent                  To                  Patient                Message
«d3_dmy» 09:00   «p_ph»   «p_n»   "Hi «p_g», reminder of your physio appt with «d_g» on «d1_wd» «d1_sms» at 10:30. Reply Y to confirm or N to cancel."
«d3_dmy» 09:41   «p_ph»   (reply)   "Y. Can my «r_rel» «r_g» park in the staff lot? Car is «plate»"
«d3_dmy» 09:00   «r_ph»   «r_n»   "Hi «r_g», your podiatry appt with «e_g» is «d2_wd» «d2_sms» 2:15pm. Please bring your Medicare card. Late cancellation fee «amt2» applies."
«d3_dmy» 09:00   «m_ph»   «m_n»   "Hi «m_g», it's time for your annual ‹diabetes foot check› (3 of 5 ‹CDM› visits left this year). Book online: «url»"
«d3_dmy» 09:02   «y_ph»   «y_n»   "«y_g», your claim for «d0_sms» has been processed by «insurer». Gap paid: «amt1»."
«d3_dmy» 11:13   «y_ph»   (reply)   "wrong person?? this is «x_g» not «y_g», «y_g» moved to «y_town»"
Failed: 1 (landline «p_ph2»).   Sender ID: CLINIC   ‹Reply STOP to opt out›
""",
    "IE": """‹Text message history› — «practice» — «d1_long»
[«d3_dmy» 10:00] To «p_ph» («p_n»): Hi «p_g», this is a reminder of your dental appointment with «d_dr» «d_f» on «d1_wdl» «d1_ord» at 11:20. Reply C to confirm.
[«d3_dmy» 10:14] From «p_ph»: C. Can my «m_rel» «m_g» come in with me, «m_he» has a PRSI check due too. «m_His» PPSN is «m_nid»
[«d3_dmy» 10:31] To «p_ph»: Thanks «p_g», we've booked «m_g» for the same morning with «e_g» (hygienist). ‹Scale and polish› is «amt1» under ‹PRSI›.
[«d3_dmy» 12:05] To «r_ph» («r_n»): Hi «r_g», your medical card («gms») has expired on our system. Please bring the new one on «d2_sms».
[«d3_dmy» 12:40] From «r_ph»: Grand, I'll bring it. Parking at the back? reg «plate»
[«d3_dmy» 12:44] To «r_ph»: Yes, spaces 4-6. Please take your «drug1» as normal before the extraction.
[«d1_dmy» 08:02] To «y_ph» («y_n»): Hi «y_g», you are due your 6-month check (last X-rays «year»). Book here: «url». ‹Reply STOP to opt out›
[«d1_dmy» 16:48] From «y_ph»: This is «x_g» «x_f», «y_g» passed away last month. Please take the name off your list.
""",
}

RECALL = {
    "IE": """«practice»
‹Dental & Hygiene›

«p_title» «p_n»
«p_line»
«p_loc»
«p_town»
Co. «p_county»
«p_pc»

«d1_long»

Dear «p_title» «p_f»,

Our records show that you are now due your routine examination. Your last visit was on «d0_long» with
«d_dr» «d_n» («d_reg» «d_lic»).
Under the ‹PRSI Treatment Benefit Scheme› your free examination and a contribution towards a scale and polish
are available once a year (scale and polish: you pay «amt1»); we will need your PPS number («p_nid») and date of birth («p_dob») to check this.
Your «r_rel» «r_g» is also due a check-up. To book, reply to this letter, call us, or use «url».
Your last radiographs were taken in «year». Our hygienist «e_n» has a late clinic on Tuesdays.
We are members of the ‹Irish Dental Association›. Medical card holders: ‹DTSS› examination is free.

Kind regards,
«s_n»
Practice Manager
""",
    "NZ": """«practice»
‹Recall reminder›

«p_n»
«p_line»
«p_loc»
«p_town» «p_pc»

«d1_long»

Kia ora «p_g»,

It's time for your regular check-up and clean. You were last seen by «d_dr» «d_n» on «d0_long», and
«d_g» recommended a recall in 12 months and a bitewing X-ray this time (last taken «year»).
If you hold a ‹Community Services Card›, please bring it. Adults on a low income may be eligible for a
‹Special Needs Grant› through ‹Work and Income›. An adult check-up and clean is «amt2»; bitewings «amt1».
Book online at «url» or reply to this letter. Your whānau members «m_g» and «y_g» are also
due — we can book you all on the same morning.
Our NHI reference for you: «p_nid».

Ngā mihi,
«s_n», Practice Coordinator
for «d_dr» «d_f» («d_reg» «d_lic»)
""",
}

PMS = {
    "CA": """# «practice» — Appointments export (Practice Perfect), generated «d1_iso» 18:05 by «s_i»
patient_id,last_name,first_name,dob,phone,email,address,postal_code,health_card,practitioner,appt_date,service,fee,status
«mrn»,«p_f»,«p_g»,«p_dobiso»,«p_ph»,«p_em»,"«p_line», «p_town»",«p_pc»,«p_nid»,«d_n»,«d1_iso» 09:00,‹Physio initial assessment›,«amt2»,Arrived
«mrn2»,«r_f»,«r_g»,«r_dobiso»,«r_ph»,«r_em»,"«r_line», «r_town»",«r_pc»,«r_nid»,«d_n»,«d1_iso» 09:45,‹Physio treatment›,«amt1»,Arrived
«mrn3»,«m_f»,«m_g»,«m_dobiso»,«m_ph»,«m_em»,"«m_line», «m_town»",«m_pc»,«m_nid»,«e_n»,«d1_iso» 10:30,‹Custom orthotics casting›,«amt3»,No show
«mrn4»,«y_f»,«y_g»,«y_dobiso»,«y_ph»,«y_em»,"«y_line», «y_town»",«y_pc»,«y_nid»,«e_n»,«d2_iso» 14:00,‹Foot care›,«amt1»,Booked
# rows: 4   practitioners: «d_n» («d_reg» «d_lic»), «e_n» («e_reg» «e_lic»)
""",
    "GB": """Report: Day list export — «practice» — «d1_dmy» — user «s_g».«s_f»
"PatientID","Surname","Forename","DOB","NHSNumber","Mobile","Postcode","Clinician","ApptTime","Type","Funding","Notes"
"«mrn»","«p_FU»","«p_g»","«p_dob»","«p_nid»","«p_ph»","«p_pc»","«d_n»","09:00","‹Physio FU›","Private","«insurer» auth «claim»"
"«mrn2»","«r_FU»","«r_g»","«r_dob»","«r_nid»","«r_ph»","«r_pc»","«d_n»","09:40","‹Physio NP›","Self-pay","«out1»"
"«mrn3»","«m_FU»","«m_g»","«m_dob»","«m_nid»","«m_ph»","«m_pc»","«e_n»","11:00","‹Podiatry›","NHS","Lives at «m_line», «m_town»"
"«mrn4»","«y_FU»","«y_g»","«y_dob»","«y_nid»","«y_ph»","«y_pc»","«e_n»","11:45","‹Nail surgery›","Self-pay","‹Phenol 89%›; escort «x_n» «x_ph»"
Total: 4 appointments. Clinicians: «d_n» («d_reg» «d_lic»); «e_n» («e_reg» «e_lic»).
""",
}

BOOKING = {
    "US": """{"event": "appointment.created", "created_at": "«d3_iso»T21:14:07Z", "practice": {"name": "«practice»", "location_id": "loc_3"},
 "appointment": {"id": "«booking»", "start": "«d1_iso»T09:30:00-05:00", "type": "‹Comprehensive eye exam + contact lens fit›", "patient_age": "«p_age»",
   "provider": {"name": "«d_n», OD", "npi": "«d_npi»"}, "room": "Exam 2"},
 "patient": {"id": "«mrn»", "first_name": "«p_g»", "last_name": "«p_f»", "dob": "«p_dobiso»", "phone": "«p_ph»", "email": "«p_em»",
   "address": {"line1": "«p_line»", "city": "«p_town»", "state": "«p_abbr»", "zip": "«p_pc»"},
   "insurance": {"carrier": "«insurer»", "member_id": "«member»", "subscriber_name": "«r_n»", "relationship": "«r_rel»"}},
 "intake_url": "«url2»", "client": {"ip": "«ip»", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"},
 "notes": "Pt's «m_rel» «m_n» may drive «p_him» — call «m_ph» if running late. Prior Rx: OD «rx_r», OS «rx_l». Uses «drug1». Last exam «year»."}
""",
    "NZ": """{"type": "booking.confirmed", "timestamp": "«d3_iso»T08:02:51+13:00", "clinic": {"name": "«practice»", "branch": "Main"},
 "booking": {"ref": "«booking»", "start": "«d1_iso»T15:45:00+13:00", "service": "‹Eye examination (over 65)›", "practitioner": "«d_n»",
   "practitioner_reg": "«d_lic»", "dispensing_optician": "«e_n»"},
 "client": {"id": "«mrn»", "given_name": "«p_g»", "family_name": "«p_f»", "date_of_birth": "«p_dobiso»", "nhi": "«p_nid»",
   "mobile": "«p_ph»", "email": "«p_em»", "address": {"street": "«p_line»", "suburb": "«p_loc»", "city": "«p_town»", "postcode": "«p_pc»"},
   "emergency_contact": {"name": "«r_n»", "relationship": "«r_rel»", "phone": "«r_ph»"}, "acc_claim": "«acc»"},
 "source": {"channel": "online", "ip": "«ip»", "form": "«url2»"},
 "notes": "Last Rx R «rx_r» L «rx_l» «add»; «iop_r» last time («year»). Uses «drug1». Prefers «d_g»."}
""",
}

CLAIM = {
    "AU": """«practice»                                       ‹TAX INVOICE / RECEIPT›
Invoice: «invoice»      Date: «d1_dmy»      Account: «acct»
Patient: «p_n»      DOB: «p_dob»      Medicare: «p_nid» (IRN «p_irn»)
Address: «p_addr»
Health fund: «insurer» — membership «fund»; HICAPS claim «claim» approved, benefit «amt1»
Practitioner: «d_n», physiotherapist («d_reg» «d_lic»; provider no. «d_prov»)
Item    Service                              Date          Fee
500     Initial consultation                 «d3_dmy»      «amt3»
505     Subsequent consultation              «d1_dmy»      «amt2»
Referral: «x_dr» «x_n» (provider no. «x_prov»), chronic disease management plan dated «d0_dmy»
Paid EFTPOS — gap «amt1». Card holder: «r_n» («r_rel»). Taking «drug1».
Podiatry review booked with «e_n» («e_reg» «e_lic») on «d2_dmy».
""",
    "CA": """«practice»                                      ‹Official Receipt — Extended Health Claim›
Receipt: «invoice»      Date: «d1_dmy»      Account: «acct»
Patient: «p_n»      DOB: «p_dob»      Relationship to plan member: spouse
Plan member: «r_n» («r_rel»)      Insurer: «insurer»      Certificate: «member»      Group: 47113
Address: «p_addr»      Phone: «p_ph»
Provider: «d_n», Registered Physiotherapist («d_reg» «d_lic»)
Services:
  «d0_dmy»   Initial assessment                 «amt3»
  «d3_dmy»   Treatment (30 min)                 «amt2»
  «d1_dmy»   Treatment (30 min) + taping        «amt2»
Diagnosis: ‹M75.1› rotator cuff syndrome; «rom3», «out2». Physician referral: «x_dr» «x_n» («x_reg» «x_lic»).
Paid in full by Visa. Direct billing submitted «d1_dmy», claim «claim».
Orthotics assessment with «e_n», chiropodist («e_reg» «e_lic») on «d2_dmy».
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("sp56_dental_chart_treatment_plan", ["GB", "US"], "text", DENTAL),
    ("sp56_orthodontic_progress_note", ["AU", "CA"], "text", ORTHO),
    ("sp56_optometry_sight_test_record", ["GB", "IE"], "text", OPTOM),
    ("sp56_ophthalmology_clinic_letter", ["NZ", "AU"], "text", OPHTH),
    ("sp56_spectacle_lab_order", ["CA", "US"], "text", LABORDER),
    ("sp56_audiology_assessment_report", ["IE", "AU"], "text", AUDIO),
    ("sp56_hearing_aid_fitting_record", ["GB", "NZ"], "text", HAFIT),
    ("sp56_podiatry_foot_review", ["GB", "IE"], "text", PODIATRY),
    ("sp56_chiropractic_soap_note", ["US", "CA"], "text", CHIRO),
    ("sp56_physio_injury_assessment", ["NZ", "AU"], "text", PHYSIO),
    ("sp56_speech_language_report", ["GB", "CA"], "text", SLT),
    ("sp56_dietitian_consult_note", ["AU", "US"], "text", DIET),
    ("sp56_dermatology_photo_log", ["NZ", "GB"], "text", DERM),
    ("sp56_appointment_sms_log", ["AU", "IE"], "text", SMS),
    ("sp56_recall_letter", ["IE", "NZ"], "text", RECALL),
    ("sp56_pms_csv_export", ["CA", "GB"], "text", PMS),
    ("sp56_booking_api_json", ["US", "NZ"], "json", BOOKING),
    ("sp56_allied_claim_invoice", ["AU", "CA"], "text", CLAIM),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe56:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
