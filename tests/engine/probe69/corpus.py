# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-ninth independent probe corpus: dental, optometry / ophthalmology, audiology, podiatry, chiropractic
and private physiotherapy practice text from the United States, the United Kingdom, Ireland, Canada,
Australia and New Zealand -- what dentists, hygienists, orthodontists, dental laboratories, optometrists,
dispensing opticians, retinal screeners, audiologists, podiatrists, chiropractors, physiotherapists and their
practice-management systems write -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a dental charting note (US Universal numbering;
Australian FDI), an orthodontic treatment plan (UK Palmer notation with IOTN and a private payment plan;
Canadian parent letter), a dental laboratory prescription (New Zealand; US implant crown), a dental claim (US
ADA 2019 claim form; Australian Child Dental Benefits Schedule), a periodontal chart as a table (Ireland; New
Zealand), a practice-management appointment book (Australian CSV day list; Canadian JSON export), a recall
list and patient ledger (UK with FP17 status; US with insurance payments), a spectacle prescription (UK GOS
sight test; Australian optometrist), a contact-lens order (US prescription verification fax; New Zealand
online order as JSON), a diabetic eye screening report (UK DESP; Irish RetinaScreen; a patient aged 90+), an
OCT / visual-field report (US; British Columbia), a hearing-aid fitting report (Australian Hearing Services
Program; NHS audiology, a patient aged 90+), a tinnitus questionnaire (Ireland THI; New Zealand TFI), an
orthotic prescription and gait report (UK podiatry, a patient aged 90+; Australian DVA), a chiropractic SOAP
note (US auto-injury claim; New Brunswick), a physiotherapy discharge letter (Ireland; New Zealand ACC), patient
recall SMS and e-mails (Australia; UK) and an online booking confirmation (Canada e-mail; New Zealand JSON
webhook).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by country. People: `p`
the patient, `r` a parent or spouse, `d` the clinician, `e` a second clinician (hygienist, orthoptist,
technician, assistant), `s` the receptionist / practice manager, `x` the referring GP or another clinician,
`w1`-`w5` other patients of a list. Forms: `_n` full name, `_g` given, `_f` family, `_F` FAMILY, `_NC` FULL
NAME, `_lf` "Family, Given", `_LF` "FAMILY, Given", `_i` "G. Family", `_ph` `_ph2`, `_em`, `_line` `_town`
`_pc` `_addr`, `_nid` (SSN, provincial health number, NHS / H&C number, PPS number, Medicare number, NHI),
`_dob` in the country's form, `_age` (keep under 90, AGE at 90 and over).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, parents, spouses, clinicians, hygienists, technicians, opticians,
  receptionists, referring GPs, other patients in a list -- as written: full, given alone, family alone,
  capitals, "Family, Given", an initial and the family name, a typed signature. Honorifics, credentials and
  roles (Dr, Mr, Ms, DDS, BDS, MCOptom, RN) are plain text outside the value. Practices, laboratories,
  suppliers, funds and insurers are keep.
- ADDRESS: street lines (unit, bay, apartment and lot numbers inside the value), towns, townlands, suburbs.
  ZIP: US ZIP (and ZIP+4), Canadian postal codes, UK postcodes, Eircodes, Australian and NZ postcodes.
  States, provinces, counties, regions and countries are plain text inside an address. Practices' own
  addresses and phone numbers are plain text.
- DATE: every date more specific than a year, in every form; years alone keep. AGE: 90 and over; ages under
  90 keep.
- PHONE, EMAIL of any person (a practice's general line and mailbox are plain text). URL: a booking,
  portal or tracking link carrying a patient token. IP: the address a booking or order came from.
- SSN: US social security numbers. ID: NHS and H&C numbers, PPS numbers, NHI numbers, IHI numbers, claim and
  voucher numbers, lab case numbers, order and booking references, Invisalign and ACC claim numbers, patient
  numbers of a screening programme. MRN: a practice's or hospital's chart / record number. HEALTH_PLAN:
  insurance member ids, Canadian provincial health numbers, Australian Medicare numbers, health-fund
  membership numbers, DVA file numbers, medical card numbers. ACCOUNT: a ledger account, a direct-debit bank
  account. LICENSE: clinicians' registrations (NPI, state licence, GDC, GOC, HCPC, Dental Council, CORU,
  AHPRA, Medicare provider number, HPI CPN, provincial colleges). DEVICE: the serial number of a patient's
  hearing aid, sound generator, CPAP or TENS unit. VEHICLE: a plate or VIN.
- Keep (must survive): tooth numbers in Universal, FDI and Palmer notation, surfaces, CDT codes and ADA item
  numbers, perio depths, UDA bands, refraction values (sphere, cylinder, axis, prism, add, PD), lens
  parameters and brands, retinopathy grades, OCT and visual-field values, audiogram thresholds, hearing-aid
  models, questionnaire scores, gait and orthotic measurements, spinal levels, CPT and ICD-10 codes, drugs
  and doses, practices, laboratories, funds, regulations and form numbers, ages under 90, years, headings
  marked ‹...›.
- Not scored (plain text): honorifics, credentials, relationship words, form labels, practices' addresses and
  general lines, times of day, durations, fees, chair and room numbers, shade tabs, lot numbers.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe69 import ids
from tests.engine.probe69.people import (
    LOCS,
    NAMES,
    REGION_PHONES,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
    phone,
)

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
NID_TYPE = {"US": "SSN", "CA": "HEALTH_PLAN", "UK": "ID", "IE": "ID", "AU": "HEALTH_PLAN", "NZ": "ID"}
Y = 365


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    mon = MONTHS[d.month - 1]
    us = loc == "US"
    return {
        "loc": P("DATE", f"{d:%m/%d/%Y}" if us else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "us": P("DATE", f"{d:%m/%d/%Y}"),
        "dmy": P("DATE", f"{d:%d/%m/%Y}"),
        "dot": P("DATE", f"{d:%d.%m.%y}"),
        "iso": P("DATE", d.isoformat()),
        "long": P("DATE", f"{mon} {d.day}, {d.year}" if us or loc == "CA" else f"{d.day} {mon} {d.year}"),
        "mon": P("DATE", f"{d.day:02d}-{mon[:3]}-{d.year}"),
        "short": P("DATE", f"{mon[:3]} {d.day}" if us or loc == "CA" else f"{d.day} {mon[:3]}"),
        "sms": P("DATE", f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"),
        # a weekday written before a date is plain text, not part of the value
        "ord": (f"{d.strftime('%A')} ", P("DATE", f"{_ordinal(d.day)} {mon}")),
        "wd": d.strftime("%A"),
        "wdd": (f"{d.strftime('%a')} ", P("DATE", f"{d.day} {mon[:3]}" if not us else f"{mon[:3]} {d.day}")),
    }


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_NC": N(w.full.upper()), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_i": N(f"{w.given[0]}. {w.family}"), f"{x}_gi": N(f"{w.given} {w.family[0]}."),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_abbr": w.abbr or w.region,
        f"{x}_nid": P(NID_TYPE[c], w.nid),
        f"{x}_dob": dob["loc"], f"{x}_dobiso": P("DATE", w.dob.isoformat()), f"{x}_doblong": dob["long"], f"{x}_dobmon": dob["mon"],
        f"{x}_dobdot": dob["dot"], f"{x}_dobus": dob["us"],
        f"{x}_age": P("AGE", str(age)) if age >= 90 else K(str(age)),
        f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
        f"{x}_him": "her" if w.female else "him", f"{x}_sex": "F" if w.female else "M", f"{x}_sexword": "Female" if w.female else "Male",
        f"{x}_title": ("Ms" if w.female else "Mr") + ("." if c in ("US", "CA") else ""),
    }  # fmt: skip


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

PRACTICES = {
    "dental": {"US": ["Midway Family Dental", "Como Park Dental Arts", "Whaling City Dental Group"], "CA": ["Clare Shore Dental Centre", "Yarmouth Smiles Dentistry"],
               "UK": ["Quoile Dental Practice", "Belgrave Smile Studio"], "IE": ["Eyre Square Dental", "Laggan Dental Surgery"],
               "AU": ["Riverina Family Dental", "Waiben Dental Clinic"], "NZ": ["Far North Dental Centre", "Manukau Family Dentists"]},
    "eye": {"US": ["Eagle Eye Vision Center", "Phalen Eye Associates"], "CA": ["Yarmouth Family Eye Care", "Panorama Ridge Optometry"],
            "UK": ["Aber Eye Care", "Quoile Opticians"], "IE": ["Corrib Eye Care", "Laggan Opticians"], "AU": ["Griffith Eyecare", "Prospect Optometrists"],
            "NZ": ["Otara Optometrists", "Taieri Eyecare"]},
    "hearing": {"AU": ["Prospect Hearing", "Riverina Hearing Centre"], "UK": ["Aber Audiology", "Belgrave Hearing Centre"], "IE": ["Letterkenny Hearing Clinic", "Corrib Hearing"],
                "NZ": ["Counties Hearing", "Taieri Hearing Clinic"]},
    "feet": {"UK": ["Downpatrick Podiatry Clinic", "Quoile Foot Clinic"], "AU": ["Southside Podiatry", "Waiben Foot & Ankle"]},
    "chiro": {"US": ["Lakes Chiropractic & Rehab", "Whaling City Chiropractic"], "CA": ["Kent County Chiropractic", "Bouctouche Chiropractic Centre"]},
    "physio": {"IE": ["Shannonside Physiotherapy", "Corrib Physio & Sports Injury"], "NZ": ["Taieri Physio", "Manukau Physio & Rehab"], "CA": ["Panorama Ridge Physio"]},
}  # fmt: skip
DISCIPLINE = {"ahp69_spectacle_prescription": "eye", "ahp69_contact_lens_order": "eye", "ahp69_diabetic_retinal_screening": "eye",
              "ahp69_oct_visual_field_report": "eye", "ahp69_hearing_aid_fitting": "hearing", "ahp69_tinnitus_questionnaire": "hearing",
              "ahp69_orthotic_gait_report": "feet", "ahp69_chiropractic_soap_note": "chiro", "ahp69_physio_discharge_letter": "physio",
              ("ahp69_online_booking_confirmation", "CA"): "eye", ("ahp69_online_booking_confirmation", "NZ"): "physio"}  # fmt: skip
# where the patient of a country's document lives (the practice's province, state or nation)
KIND_REGION = {("ahp69_oct_visual_field_report", "CA"): "British Columbia", ("ahp69_online_booking_confirmation", "CA"): "British Columbia",
               ("ahp69_chiropractic_soap_note", "CA"): "New Brunswick", ("ahp69_orthodontic_treatment_plan", "CA"): "Nova Scotia",
               ("ahp69_practice_appointment_book", "CA"): "Nova Scotia", ("ahp69_dental_claim_form", "AU"): "Queensland",
               ("ahp69_orthotic_gait_report", "UK"): "Northern Ireland", ("ahp69_recall_ledger_export", "UK"): "England",
               ("ahp69_recall_ledger_export", "US"): "Massachusetts", ("ahp69_dental_charting_note", "US"): "Minnesota",
               ("ahp69_dental_claim_form", "US"): "Minnesota", ("ahp69_diabetic_retinal_screening", "IE"): "Galway",
               ("ahp69_physio_discharge_letter", "IE"): "Galway", ("ahp69_practice_appointment_book", "AU"): "New South Wales"}  # fmt: skip
GP_DOMAINS = {"US": "allinahealth.example.org", "CA": "nshealth.example.ca", "UK": "nhs.net", "IE": "hse.ie", "AU": "gpclinic.example.com.au",
              "NZ": "healthcentre.example.org.nz"}  # fmt: skip
LABS = {
    "US": ["Northstar Dental Lab", "Bay State Dental Ceramics"],
    "NZ": ["Kiwi Crown & Bridge Ltd", "Northland Dental Lab"],
}
INSURERS = {"US": ["Delta Dental of Minnesota", "HealthPartners Dental", "Blue Cross Blue Shield of Massachusetts", "MetLife Dental PPO", "Cigna Dental PPO"],
            "CA": ["Medavie Blue Cross", "Sun Life Financial", "Canada Life", "Pacific Blue Cross"],
            "IE": ["VHI Healthcare", "Laya Healthcare", "Irish Life Health"],
            "AU": ["Bupa", "HCF", "Medibank", "nib"],
            "NZ": ["Southern Cross Health Society", "nib NZ", "AIA NZ"],
            "UK": ["Denplan", "Simplyhealth", "Bupa"]}  # fmt: skip
CDT = [("D0120", "periodic oral evaluation"), ("D0274", "bitewings, four films"), ("D1110", "prophylaxis, adult"), ("D2391", "resin composite, one surface, posterior"),
       ("D2392", "resin composite, two surfaces, posterior"), ("D2740", "crown, porcelain/ceramic"), ("D2950", "core buildup"), ("D4341", "SRP, four or more teeth per quadrant"),
       ("D4910", "periodontal maintenance"), ("D3330", "endodontic therapy, molar"), ("D7140", "extraction, erupted tooth")]  # fmt: skip
ADA_AU = [("011", "comprehensive oral examination"), ("114", "removal of calculus"), ("121", "topical fluoride"), ("022", "intraoral periapical radiograph"),
          ("531", "adhesive restoration, one surface, posterior"), ("532", "adhesive restoration, two surfaces, posterior"), ("311", "removal of a tooth")]  # fmt: skip
SURFACES = ["MO", "DO", "MOD", "OL", "B", "MODB", "O"]
ANAESTHETICS = [
    "Lidocaine 2% with epinephrine 1:100,000",
    "Articaine 4% 1:100,000",
    "Mepivacaine 3% plain",
    "Prilocaine 3% with felypressin",
]
DRUGS_DENT = [
    "Amoxicillin 500 mg",
    "Chlorhexidine 0.12% rinse",
    "Ibuprofen 600 mg",
    "Duraphat 22,600 ppm",
    "Metronidazole 400 mg",
]
MEDS = [
    "Metformin 500 mg",
    "Apixaban 5 mg",
    "Alendronate 70 mg weekly",
    "Amlodipine 5 mg",
    "Atorvastatin 20 mg",
    "Levothyroxine 50 mcg",
    "Warfarin 3 mg",
]
FRAMES = [
    "Ray-Ban RB5154 Clubmaster 49□21",
    "Oakley Crosslink OX8118 56□18",
    "Lindberg Strip 9704 52□19",
    "Specsavers Osiris 54□17",
]
LENSES = [
    "1.67 varifocal, anti-reflection",
    "1.6 single vision, blue-light filter",
    "polycarbonate single vision",
    "1.5 bifocal D28",
]
CL_BRANDS = [("Acuvue Oasys 1-Day", "8.5", "14.3"), ("Dailies Total1", "8.5", "14.1"), ("Biofinity Toric", "8.7", "14.5"), ("MyDay daily disposable", "8.4", "14.2"),
             ("Precision1 for Astigmatism", "8.5", "14.5")]  # fmt: skip
AIDS = [("Oticon Intent 1 miniRITE R", "85 receiver"), ("Phonak Audéo Lumity L90-R", "M receiver"), ("Signia Pure Charge&Go 7AX", "S receiver"),
        ("ReSound Nexia 9 RIE", "MP receiver"), ("Widex Moment Sheer 440 sRIC", "M receiver")]  # fmt: skip
ORTHOSES = ["3/4 length EVA orthoses, 4° medial rearfoot post", "full-length polypropylene device, 2 mm heel raise", "Formthotics Medical dual-density, met dome",
            "custom 3D-printed nylon shell, 6° varus wedge"]  # fmt: skip
ICD_MSK = [("M54.2", "cervicalgia"), ("M54.50", "low back pain, unspecified"), ("S13.4XXA", "cervical sprain (whiplash)"), ("M72.2", "plantar fasciitis"),
           ("M25.561", "pain in right knee"), ("M75.11", "rotator cuff tear")]  # fmt: skip
REGIONS_KEEP = {
    "US": "Minnesota",
    "CA": "Nova Scotia",
    "UK": "Northern Ireland",
    "IE": "Connacht",
    "AU": "Queensland",
    "NZ": "Northland",
}

# kinds whose patient is a child, an older adult, or aged 90+
AGES: dict[str, tuple[int, int]] = {
    "ahp69_orthodontic_treatment_plan": (11 * Y, 15 * Y), "ahp69_dental_claim_form": (22 * Y, 64 * Y),
    "ahp69_hearing_aid_fitting": (90 * Y + 20, 97 * Y), "ahp69_orthotic_gait_report": (90 * Y + 20, 96 * Y),
    "ahp69_diabetic_retinal_screening": (90 * Y + 20, 95 * Y), "ahp69_oct_visual_field_report": (58 * Y, 84 * Y),
}  # fmt: skip
CHILD_LOC = {
    ("ahp69_dental_claim_form", "AU"),
    ("ahp69_orthodontic_treatment_plan", "UK"),
    ("ahp69_orthodontic_treatment_plan", "CA"),
}
YOUNG_AGES = {("ahp69_dental_claim_form", "AU"): (6 * Y, 16 * Y)}
# only one document of a kind holds the 90+ patient (the other country's patient is younger)
OLD_ONLY = {
    "ahp69_hearing_aid_fitting": "UK",
    "ahp69_orthotic_gait_report": "UK",
    "ahp69_diabetic_retinal_screening": "IE",
}


def work_email(w: Person, domain: str) -> P:
    g = ids.ascii_fold(w.given).lower().replace(" ", "")
    f = ids.ascii_fold(w.family).lower().replace(" ", "").replace("'", "")
    return P("EMAIL", f"{g[0]}{f}@{domain}")


def _tooth_forms(rng: random.Random) -> dict[str, Slot]:
    """A quadrant and tooth in the three notations (keep): Universal (#1-#32), FDI (11-48), Palmer (UR6)."""
    quad = rng.randint(1, 4)
    tooth = rng.randint(4, 7)
    fdi = f"{quad}{tooth}"
    uni = {1: 9 - tooth, 2: 8 + tooth, 3: 25 - tooth, 4: 24 + tooth}[quad]
    palmer = ["UR", "UL", "LL", "LR"][quad - 1] + str(tooth)
    return {"fdi": fdi, "uni": f"#{uni}", "palmer": palmer}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 5) + timedelta(days=rng.randrange(520))
    used: set[str] = set()
    ages = YOUNG_AGES.get((kind, loc_code)) or AGES.get(kind, (19 * Y, 78 * Y))
    if kind in OLD_ONLY and OLD_ONLY[kind] != loc_code:
        ages = (66 * Y, 86 * Y)
    p = draw_person(rng, loc, used, d1, age_days=ages, region=KIND_REGION.get((kind, loc_code)))
    pa = (d1 - p.dob).days
    here = p.region
    child = (kind, loc_code) in CHILD_LOC
    if child:
        r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.75 else None, home=p,
                        age_days=(pa + 22 * Y, pa + 40 * Y))  # fmt: skip
    elif pa >= 85 * Y:  # a son or daughter who brings the patient
        r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.6 else None, region=here,
                        age_days=(pa - 40 * Y, pa - 22 * Y))  # fmt: skip
    else:
        r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, home=p, family=p.family if rng.random() < 0.5 else None,
                        age_days=(max(19 * Y, pa - 6 * Y), max(20 * Y, pa + 5 * Y)))  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("d", "e", "s", "x"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(26 * Y, 64 * Y))
    for i in range(1, 6):
        ppl[f"w{i}"] = draw_person(rng, loc, used, d1, region=here if rng.random() < 0.7 else None,
                                   age_days=(91 * Y, 96 * Y) if i == 5 else (8 * Y, 84 * Y))  # fmt: skip
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    s["r_rel"] = (
        ("father" if not r.female else "mother")
        if child
        else ("son" if not r.female else "daughter")
        if pa >= 85 * Y
        else ("husband" if not r.female else "wife")
    )
    s["r_Rel"] = str(s["r_rel"]).capitalize()
    discipline = DISCIPLINE.get((kind, loc_code)) or DISCIPLINE.get(kind, "dental")
    practice = rng.choice(PRACTICES[str(discipline)][loc_code])
    s["practice"] = K(practice)
    domain = (
        "".join(c for c in ids.ascii_fold(practice).lower() if c.isalnum())[:18]
        + {"US": ".com", "CA": ".ca", "UK": ".co.uk", "IE": ".ie", "AU": ".com.au", "NZ": ".co.nz"}[loc_code]
    )
    s["domain"] = domain
    for x, w in ppl.items():
        s[f"{x}_wem"] = work_email(w, GP_DOMAINS[loc_code] if x == "x" else domain)
    # dates
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(7, 20)), "d3": d1 - timedelta(days=rng.randint(20, 60)),
          "d4": d1 + timedelta(days=rng.randint(28, 50)), "d5": d1 - timedelta(days=rng.randint(300, 900)),
          "d6": d1 + timedelta(days=rng.randint(170, 200)), "d7": d1 - timedelta(days=rng.randint(2, 6)),
          "d8": d1 + timedelta(days=rng.randint(60, 100)), "d9": d1 + timedelta(days=rng.randint(360, 380))}  # fmt: skip
    dd["d10"] = d1 + timedelta(days=rng.randint(1, 5))
    for key, d in list(dd.items()):
        if d.weekday() >= 5:  # practices book and write on weekdays
            dd[key] = d + timedelta(days=7 - d.weekday()) if d >= d1 else d - timedelta(days=d.weekday() - 4)
    for i in range(1, 6):
        dd[f"e{i}"] = d1 - timedelta(days=rng.randint(150 + 31 * i, 170 + 31 * i))
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    s["year"] = str(d1.year)
    y1, y2 = sorted(rng.sample(range(max(p.dob.year + 2, 1990), d1.year - 1), 2))
    s["p_yr"], s["p_yr2"] = K(str(y1)), K(str(y2))
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    # clinicians' registrations
    s["d_npi"], s["e_npi"], s["x_npi"] = (P("LICENSE", ids.npi(rng)) for _ in range(3))
    s["d_state"] = F("LICENSE", {"US": "D%####", "CA": "%####"}.get(loc_code, "%#####"))
    s["e_state"] = F("LICENSE", "RDH%####", "H%#####")
    s["d_gdc"], s["e_gdc"] = F("LICENSE", "%#####", "%####"), F("LICENSE", "%######")
    s["d_goc"], s["e_goc"] = F("LICENSE", "01-%####"), F("LICENSE", "D-%####", "01-%####")
    s["d_hcpc"] = P(
        "LICENSE",
        fill(
            rng,
            {"ahp69_orthotic_gait_report": "CH%####", "ahp69_hearing_aid_fitting": "HAD%####"}.get(
                kind, "PH%####"
            ),
        ),
    )
    s["d_coru"] = F("LICENSE", "PT%#####", "PT0%####")
    s["d_dcireg"] = F("LICENSE", "%####", "%###")
    prof = {"ahp69_dental_charting_note": "dentist", "ahp69_dental_claim_form": "dentist", "ahp69_spectacle_prescription": "optometrist",
            "ahp69_orthotic_gait_report": "podiatrist", "ahp69_hearing_aid_fitting": "audiologist", "ahp69_recall_sms_email": "dentist",
            "ahp69_practice_appointment_book": "dentist"}.get(kind, "physio")  # fmt: skip
    s["d_ahpra"], s["e_ahpra"] = P("LICENSE", ids.ahpra(rng, prof)), P("LICENSE", ids.ahpra(rng, "hygienist"))
    s["d_prov"], s["e_prov"] = P("LICENSE", ids.provider_number(rng)), P("LICENSE", ids.provider_number(rng))
    s["d_cpn"], s["e_cpn"] = F("LICENSE", "%#@@@@"), F("LICENSE", "%#@@@@")
    s["d_dcnz"] = F("LICENSE", "%####", "%#####")
    s["d_coll"] = F("LICENSE", "%###", "%####")
    # identifiers
    s["mrn"] = F("MRN", "%####", "%#####", "PT-%#####")
    s["hosp_mrn"] = F("MRN", "%######", "H%######", "MRN%######")
    s["acct"] = F("ACCOUNT", "%#####", "A%#####", "%###-%###")
    for i in range(1, 6):
        s[f"w{i}_mrn"] = F("MRN", "%####", "%#####")
        s[f"w{i}_acct"] = F("ACCOUNT", "%#####", "A%#####")
    s["member"] = F("HEALTH_PLAN", "@@@%########", "%#########", "W%########")
    s["member2"] = F("HEALTH_PLAN", "%########", "@@%######")
    s["fund_no"] = F("HEALTH_PLAN", "%#######", "%#######-%#")
    s["dva"] = P(
        "HEALTH_PLAN",
        fill(rng, rng.choice(["W@%#####", "N@%#####", "Q@%#####"])).replace("WI", "WX").replace("NO", "NX"),
    )
    s["medcard"] = F("HEALTH_PLAN", "%######@", "%########")
    s["claim"] = F("ID", "%##########", "%#-####-####", "CLM%#######")
    s["voucher"] = F("ID", "%#######", "V%######")
    s["case"], s["case2"] = F("ID", "%#####", "LC-%####", "%####/%#"), F("ID", "%#####", "LC-%####")
    s["order"] = F("ID", "%#######", "CL-%######", "ORD%######")
    s["booking"] = F("ID", "@@%###@", "%#######", "BK-%#####")
    s["invis"] = F("ID", "%########", "%#######")
    s["acc_claim"] = F("ID", "%##########", "@@%#####")
    s["screen_id"] = F("ID", "%#######", "DES%######", "RS%######")
    s["ihi"] = P("ID", ids.ihi(rng))
    s["rx_no"] = F("ID", "%######", "RX-%#####")
    s["bank"] = P("ACCOUNT", fill(rng, rng.choice(["%#######", "%#######"])))
    s["sort"] = fill(rng, "%#-##-##")
    s["aid_l"], s["aid_r"] = (
        F("DEVICE", "%#@#####", "%#########", "%###@####"),
        F("DEVICE", "%#@#####", "%#########", "%###@####"),
    )
    s["sg_sn"] = F("DEVICE", "SG%#######", "%########")
    s["tens_sn"] = F("DEVICE", "%########", "TN%######")
    s["cpap_sn"] = F("DEVICE", "%###########", "@@%########")
    s["plate"] = P(
        "VEHICLE",
        fill(
            rng,
            {
                "US": "%@@%##",
                "CA": "@@@ %##",
                "UK": "@@%# @@@",
                "IE": "%##-@@-%###",
                "AU": "%@@@%#",
                "NZ": "@@@%##",
            }[loc_code],
        ),
    )
    s["vin"] = P("VEHICLE", ids.vin(rng))
    s["ip"], s["ip2"] = P("IP", ids.ipv4(rng)), P("IP", ids.ipv4(rng))
    tok = fill(rng, "~~~~~~~~~~~~~~~~")
    s["url"] = P("URL", f"https://book.{domain}/a/{tok}")
    s["url2"] = P("URL", fill(rng, "https://portal.example-pms.com/p/%#####?t=~~~~~~~~~~~~"))
    s["url_track"] = P("URL", fill(rng, "https://track.example-lens.co/o/~~~~~~~~~~~~~~"))
    s["d_ph"] = P("PHONE", phone(rng, loc, here))
    for key in ("d_fax", "x_fax"):  # fax machines are landlines
        s[key] = P("PHONE", fill(rng, rng.choice(REGION_PHONES[here])))
    # keep values
    t = _tooth_forms(rng)
    t2 = _tooth_forms(rng)
    while t2["fdi"][0] == t["fdi"][0]:
        t2 = _tooth_forms(rng)
    s["fdi"], s["uni"], s["palmer"] = K(t["fdi"]), K(t["uni"]), K(t["palmer"])
    s["fdi2"], s["uni2"], s["palmer2"] = K(t2["fdi"]), K(t2["uni"]), K(t2["palmer"])
    s["surf"], s["surf2"] = (K(v) for v in rng.sample(SURFACES, 2))
    cdts = rng.sample(CDT, 4)
    for i, (code, desc) in enumerate(cdts, 1):
        s[f"cdt{i}"], s[f"cdt{i}_desc"] = K(code), desc
    ada = rng.sample(ADA_AU, 4)
    for i, (code, desc) in enumerate(ada, 1):
        s[f"ada{i}"], s[f"ada{i}_desc"] = K(code), desc
    s["la"], s["drug2"] = K(rng.choice(ANAESTHETICS)), K(rng.choice(DRUGS_DENT))
    s["med1"], s["med2"] = (K(v) for v in rng.sample(MEDS, 2))
    s["insurer"] = K(rng.choice(INSURERS[loc_code]))
    s["auto_insurer"] = K(
        rng.choice(
            [
                "Progressive",
                "Safety Insurance",
                "Plymouth Rock Assurance",
                "State Farm",
                "Auto-Owners Insurance",
            ]
        )
    )
    s["lab"] = K(rng.choice(LABS.get(loc_code, LABS["US"])))
    s["frame"], s["lens"] = K(rng.choice(FRAMES)), K(rng.choice(LENSES))
    cl, bc, dia = rng.choice(CL_BRANDS)
    s["cl"], s["bc"], s["dia"] = K(cl), bc, dia
    aid, receiver = rng.choice(AIDS)
    s["aid"], s["receiver"] = K(aid), receiver
    s["orthosis"] = K(rng.choice(ORTHOSES))
    icd, icd_desc = rng.choice(ICD_MSK)
    s["icd"], s["icd_desc"] = K(icd), icd_desc

    # refraction (keep)
    def sph() -> str:
        v = rng.choice([-1, 1]) * rng.randint(1, 24) * 0.25
        return f"{v:+.2f}"

    s["r_sph"], s["l_sph"] = K(sph()), K(sph())
    s["r_cyl"], s["l_cyl"] = K(f"-{rng.randint(1, 8) * 0.25:.2f}"), K(f"-{rng.randint(1, 8) * 0.25:.2f}")
    s["r_axis"], s["l_axis"] = K(str(rng.choice(range(5, 180, 5)))), K(str(rng.choice(range(5, 180, 5))))
    s["add"] = K(f"+{rng.choice([1.00, 1.50, 1.75, 2.00, 2.25, 2.50]):.2f}")
    s["pd"] = K(f"{rng.randint(29, 34)}/{rng.randint(29, 34)}")
    s["va_r"], s["va_l"] = (
        K(rng.choice(["6/6", "6/9", "6/5", "6/7.5"])),
        K(rng.choice(["6/6", "6/12", "6/9", "6/6-2"])),
    )
    s["iop_r"], s["iop_l"] = K(f"{rng.randint(12, 24)} mmHg"), K(f"{rng.randint(12, 24)} mmHg")
    return s


def _perio(rng: random.Random) -> K:
    return K(" ".join(str(rng.choice([2, 3, 3, 3, 4, 4, 5, 6])) for _ in range(3)))


def _thresholds(rng: random.Random, base: int) -> list[K]:
    out = []
    level = base
    for _ in range(6):
        level = min(110, level + rng.choice([0, 5, 5, 10, 10, 15]))
        out.append(K(str(level)))
    return out


# ---- templates -------------------------------------------------------------------------------------------

CHARTING = {
    "US": """Clinical Note — «practice»                                     Chart # «mrn»
Pt: «p_lf»   DOB «p_dob»   Age «p_age»   Prov: «d_n», DDS   Hyg: «e_n», RDH
Appt «d1_loc» 8:00a  Op 3
Med hx reviewed, no changes; takes «med1», «med2». NKDA. BP 132/84.
CC: "food getting stuck lower right" x 2 wks.
Exam: «cdt1» «cdt1_desc». Recurrent decay «uni» «surf» under existing amalgam; «uni2» «surf2» incipient, monitor.
Perio: generalized 2-3 mm, BOP LR. Rads: «cdt2» «cdt2_desc».
Tx today: «la», 1.7 mL, «cdt3» («cdt3_desc») «uni» «surf», shade A2, Tofflemire. Pt tolerated well.
Rx: «drug2» — pt to call «d_ph» if any swelling.
NV: «cdt4» «cdt4_desc» on «d2_loc»; pt prefers texts to «p_ph» (cell), spouse «r_n» «r_ph2» can also confirm.
Ins: «insurer», member ID «member», subscriber «r_n».
Note signed electronically by «d_i», DDS (NPI «d_npi», MN lic. «d_state») «d1_short» 9:14a; hyg note co-signed «e_i», RDH («e_state»)
""",
    "AU": """TREATMENT NOTES — «practice»                     Patient: «p_NC»   File no. «mrn»
DOB «p_dob» («p_age» y)   Medicare «p_nid»   Health fund «insurer» «fund_no»
Address: «p_addr»   Mob «p_ph»   Email «p_em»
«d1_dmy» — Dr «d_n» (AHPRA «d_ahpra») / DA «e_g»
  MH: «med1»; no allergies. Presents: sensitivity UL cold.
  Exam: «ada1» «ada1_desc». «fdi» «surf» caries into dentine, «fdi2» «surf2» secondary caries; gingivae healthy.
  Radiographs: 2 BW — no further lesions.
  Tx: «la» 2.2 mL buccal infiltration, rubber dam, «ada2» («ada2_desc») «fdi» «surf», ‹Filtek Z350› A3.
  Pt happy. Next: «ada3» «fdi2» on «d2_dmy»; pt's «r_rel» «r_n» ({r_ph}) to drive.
«d3_dmy» — phone call from «p_g» re appointment, moved from «d7_dmy». «s_i» (reception)
""".replace("{r_ph}", "«r_ph»"),
}

ORTHO = {
    "UK": """«practice» — ORTHODONTIC ASSESSMENT AND TREATMENT PLAN                      Patient ref «mrn»
Patient: «p_n»   DOB «p_dob» (aged «p_age»)   H&C / NHS no. «p_nid»
Parent / guardian: «r_n» («r_rel»)   Tel «r_ph»   Email «r_em»
Address: «p_addr»
Referred by: «x_n», GDP, «x_wem»   Assessed «d1_dmy» by «d_n», specialist orthodontist (GDC «d_gdc»)

Findings: Class II division 1 incisor relationship, overjet 8 mm, «palmer» palatally displaced, «palmer2» mesially tipped.
‹IOTN DHC 4d›, ‹AC 7› — eligible for NHS treatment (‹FP17O› claim, IOTN 4).
Plan: upper and lower fixed appliances (‹Damon Q›, 0.022"), ‹Twin Block› phase first; extraction of «palmer2» only if space
analysis at 6 months shows crowding > 4 mm. Estimated 24 months. Retention: upper Essix + lower bonded 3-3.
Records: OPG, lateral ceph, intraoral scans («d1_mon»). Bond-up booked «d4_ord» with «e_n» (orthodontic therapist, GDC «e_gdc»).
Private lingual option declined. «r_n» is also in treatment here (self-funding aligners, Invisalign case «invis»), paying by direct debit:
sort code «sort», account «bank», first collection «d8_dmy».
Consent discussed with «r_g» and «p_g» on «d1_dmy»; leaflet «‹BOS: Fixed Appliances›» given.
""".replace("«‹BOS: Fixed Appliances›»", "‹BOS: Fixed Appliances›"),
    "CA": """«practice»                                                           «d1_long»
Dear «r_title» «r_f»,

Re: «p_n» (born «p_dob», chart «mrn»), orthodontic treatment plan

Thank you for bringing «p_g» in on «d1_long». As discussed, «p_he» has a ‹Class II› malocclusion with a deep bite (overbite
90%) and crowding of the lower incisors; the upper right canine (tooth ‹13›, FDI) is impacted. We recommend:
  Phase 1 — exposure of ‹13› by Dr «x_n» (oral surgeon, fax «x_fax») and a ‹Nance button›;
  Phase 2 — full fixed braces, about 22 months, then retainers. Fee ‹$6,850›, insurance estimate sent to «insurer».
Your plan: «insurer», certificate «member», group 40178; lifetime ortho maximum $2,500.
Patient's MSI health card «p_nid» is on file for the hospital exposure appointment («d4_long»).
Questions: call «s_n», treatment coordinator, «s_ph», or e-mail «s_wem». Retainer check with «e_g» at the
«year» recall.

Sincerely,
Dr «d_n», DDS, MSc(Ortho), Certified Specialist in Orthodontics (PDBNS licence «d_coll»)
cc: «x_i» · «r_em»
""",
}

LAB_RX = {
    "NZ": """«lab» — LABORATORY PRESCRIPTION / WORK DOCKET                      Lab case «case»
From: Dr «d_n», «practice» (DCNZ reg. «d_dcnz», HPI-CPN «d_cpn»)   Ph «d_ph»
Patient: «p_n»      NHI «p_nid»      Sex «p_sex»   Age «p_age»
Date sent «d1_dmy»   Return for fit «d2_wdd» (try-in not required)
Work: single crown «fdi» — lithium disilicate (‹IPS e.max Press›), shade ‹A3› / stump ‹ND4›
Prep: 1.5 mm occlusal, shoulder margin, digital scan uploaded (‹3Shape Trios›, scan ID «rx_no»)
Opposing: full arch scan. Bite: MIP. Contacts: medium mesial, light distal.
Notes: bruxist — please keep occlusal contacts on centric stops, no working-side contacts.
Patient is fitting on «d2_dmy» at 2pm; if any delay phone «e_n» (dental assistant) «e_ph» or email «e_wem».
Billing: «practice» account 4471 (ACC not applicable). Previous crown «fdi2» case «case2» remade «d5_dmy».
Technician: «w2_n»          QC: «w3_i»          Dispatched courier «d2_dmy»
""",
    "US": """«lab»   ·   IMPLANT CROWN PRESCRIPTION                                  Pan # «case»
Doctor: «d_n», DDS   NPI «d_npi»   «practice»   Ph «d_ph»   Fax «d_fax»
Patient: «p_LF»   Age: «p_age»   Sex: «p_sex»   Chart: «mrn»
Date sent: «d1_us»    Due date: «d2_us»    Seat appt: «d2_wdd» 10:30am
Tooth «uni» (Universal) — screw-retained zirconia crown on ‹Straumann BLX RB 4.5 x 10 mm›, Variobase abutment
Shade: A2 body, B1 incisal; stump shade n/a. Emergence: natural, slight ridge lap.
Scan body: Straumann CARES mono; iTero scan order «order».
Opposing «uni2» has a gold onlay — please reduce antagonist wear. Occlusion: light in MIP, none in excursions.
Implant placed «d5_us» by Dr «x_n» (periodontist, NPI «x_npi»); placement report faxed from «x_fax».
Insurance pre-auth: «insurer» ID «member». Pt cell «p_ph» (only for remake scheduling).
Rx signature: «d_i», DDS  license «d_state»       Lab tech: «w2_n», CDT     Received by «w3_n» «d1_short»
""",
}

CLAIM = {
    "US": """ADA American Dental Association® Dental Claim Form (2019)
1. Type of transaction: [X] Statement of Actual Services   2. Predetermination / Preauthorization number: «claim»
3. Company / plan name, address: «insurer», PO Box 9304, Minneapolis MN 55440
4. Dental? No   12. Policyholder/Subscriber name, address: «r_NC»
    «r_addr»
13. Date of birth: «r_dobus»   14. Gender: «r_sex»   15. Policyholder/Subscriber ID (SSN or ID#): «r_nid»
16. Plan/group number: 7720-41   17. Employer name: Ramsey County
18. Relationship to policyholder: Spouse   20. Name: «p_NC», «p_addr»
21. Date of birth: «p_dobus»   22. Gender: «p_sex»   23. Patient ID/account # (assigned by dentist): «acct»
24. Procedure date   25. Area   26. Sys   27. Tooth   28. Surface   29. Code   29a. Diag ptr   31. Fee
    «d1_us»                        JP      «uni»    «surf»     «cdt3»     A       $215.00
    «d1_us»                        JP               «cdt1»     A       $64.00
    «d1_us»                        JP               «cdt2»     A       $88.00
34a. Diagnosis codes: A ‹K02.52›   35. Remarks: «uni» fractured cusp, see narrative; x-rays sent by fax «d_fax».
36. Patient/guardian signature: Signature on file «p_i»  Date «d1_us»
37. Subscriber signature: «r_i»   Date «d1_us»
48. Billing dentist: «practice», 1100 Snelling Ave N, St Paul MN 55108   49. NPI «d_npi»   50. License «d_state»
53. Treating dentist: «d_n», DDS — NPI «d_npi», license «d_state», phone «d_ph»
""",
    "AU": """CHILD DENTAL BENEFITS SCHEDULE — ‹Bulk bill payment› claim                       Voucher / claim ref «voucher»
Patient: «p_lf»   Date of birth: «p_dob»   Age: «p_age»
Medicare card no.: «p_nid»   Patient IRN: 2   IHI: «ihi»
Parent / guardian: «r_n», «r_ph», «r_em»   Address «p_addr»
Eligibility confirmed «d3_dmy» (CDBS cap $1,095 over two calendar years; balance $«cap»)
Service date   Item   Tooth   Description                                     Fee
«d1_dmy»       «ada1»             «ada1_desc»
«d1_dmy»       «ada4»     «fdi»      «ada4_desc»
«d1_dmy»       «ada2»     «fdi2»     «ada2_desc»
Servicing provider: Dr «d_n»   Provider no. «d_prov»   AHPRA «d_ahpra»
Practice: «practice» — Thursday Island, QLD   Minor consent: signed by «r_g» «d1_dmy»
Patient's declaration: I agree to assign my right to benefit to the provider. Signed: «r_i» on «d1_dmy»
Interpreter required: no (‹Kala Lagaw Ya› at home). Next school dental visit: «d6_dmy»
""",
}

PERIO = {
    "IE": """«practice» — PERIODONTAL CHART (full-mouth 6-point)                    Chart «mrn»
Patient: «p_n»   DOB «p_dob»   PPS «p_nid»   Medical card «medcard»   DTBS claim «claim»
Examined «d1_dmy» by «d_n» BDentSc (Dental Council reg. «d_dcireg»); charted by «e_n», RDH
Tooth   PD buccal (D/B/M)   PD palatal/lingual (D/L/M)   BOP   Rec   Mob   Furc
17      «pd1»               «pd2»                       +     1     0     I
16      «pd3»               «pd4»                       +     2     I     II
11      «pd5»               «pd6»                       -     0     0     -
26      «pd7»               «pd8»                       +     1     0     I
36      «pd9»               «pd10»                      +     2     I     II
46      «pd11»              «pd12»                      -     1     0     -
BPE: ‹4 4 3 / 3 4 3›    Plaque 38%   Bleeding 41%   Smoker 10/day; ‹HbA1c 58 mmol/mol› (GP: Dr «x_n», «x_fax»)
Diagnosis: Periodontitis ‹Stage III, Grade B›, generalised (2017 AAP/EFP classification).
Plan: RSD under LA («la») over 2 visits («d2_dmy», «d4_dmy»); re-evaluate at 3 months.
Contact: «p_ph» / «p_em»   Next of kin: «r_n» («r_rel») «r_ph»
""",
    "NZ": """PERIO CHART EXPORT — «practice» (Exact v13)              Printed «d1_dot» by «s_i»
Patient «p_LF»   NHI «p_nid»   Pt no. «mrn»   Age «p_age»
Clinician: «d_n» (DCNZ «d_dcnz»)   Hygienist: «e_n» (HPI-CPN «e_cpn»)
Exam date «d1_dmy»   Previous «d5_dmy»
| Tooth | MB-B-DB   | ML-L-DL   | BOP | Recession | Mobility |
|-------|-----------|-----------|-----|-----------|----------|
| 16    | «pd1»     | «pd2»     | Y   | 1         | 0        |
| 21    | «pd3»     | «pd4»     | N   | 0         | 0        |
| 24    | «pd5»     | «pd6»     | Y   | 2         | 1        |
| 37    | «pd7»     | «pd8»     | Y   | 1         | 0        |
| 44    | «pd9»     | «pd10»    | N   | 0         | 0        |
| 47    | «pd11»    | «pd12»    | Y   | 3         | 1        |
Summary: generalised moderate periodontitis, worst «fdi»; smoking cessation discussed (‹Quitline› referral).
Funding: «insurer» member «fund_no» (pre-approval «claim»)
Next: root debridement «d2_dmy», «d4_dmy». Reminder texts to «p_ph»; address on file «p_addr»
""",
}

APPT_BOOK = {
    "AU": """Appointment Book Export — «practice» — «d1_wd» «d1_dmy» — Chair 1 («d_n») / Chair 2 («e_n», OHT)
Time,Chair,Patient,DOB,Mobile,Item/Reason,Fund,Notes
08:00,1,"«w1_lf»",«w1_dob»,«w1_ph»,«ada1» + «ada3»,«insurer» «fund_no»,new pt
08:45,2,"«w2_lf»",«w2_dob»,«w2_ph»,«ada2» «fdi»,CDBS,bring Medicare card
09:30,1,"«p_lf»",«p_dob»,«p_ph»,«ada4» «fdi2»,DVA «dva»,"«p_age» yrs, wheelchair, «r_rel» «r_g» brings"
10:30,2,"«w3_lf»",«w3_dob»,«w3_ph»,«ada1»,private,"FTA «e2_dmy», «e3_dmy» — deposit"
11:15,1,"«w4_lf»",«w4_dob»,«w4_ph»,review «fdi2»,«insurer»,email «w4_em»
13:30,1,"«w5_lf»",«w5_dob»,«w5_ph»,denture ease,DVA,aged «w5_age» — nursing home bus
Printed by «s_n» «d1_dmy» 07:52 — 6 appointments, 1 FTA flag
""",
    "CA": """{"export":"appointments","practice":"«practice»","generated":"«d1_iso»T07:10:09-03:00","operator":"«s_wem»",
"provider":{"name":"Dr «d_n»","licence":"«d_coll»","role":"DMD"},
"appointments":[
{"time":"08:00","patient":{"last":"«w1_f»","first":"«w1_g»","dob":"«w1_dobiso»","chart":"«w1_mrn»","cell":"«w1_ph»"},"codes":["‹01202›","‹11101›"],"insurer":"«insurer»","note":"recall"},
{"time":"09:00","patient":{"last":"«p_f»","first":"«p_g»","dob":"«p_dobiso»","chart":"«mrn»","cell":"«p_ph»","email":"«p_em»","health_card":"«p_nid»"},"codes":["23312"],"tooth":"«fdi»","insurer":"«insurer»","cert":"«member»","note":"«la»; «r_rel» «r_n» picks up"},
{"time":"10:30","patient":{"last":"«w2_f»","first":"«w2_g»","dob":"«w2_dobiso»","chart":"«w2_mrn»","cell":"«w2_ph»"},"codes":["39202"],"tooth":"«fdi2»","insurer":"‹NIHB›","note":"NIHB predetermination «claim»"},
{"time":"13:00","patient":{"last":"«w3_f»","first":"«w3_g»","dob":"«w3_dobiso»","chart":"«w3_mrn»","cell":"«w3_ph»"},"codes":["11101","12101"],"note":"hygiene with «e_n» RDH"},
{"time":"14:00","patient":{"last":"«w5_f»","first":"«w5_g»","dob":"«w5_dobiso»","chart":"«w5_mrn»","age":"«w5_age»"},"codes":["‹51101›"],"note":"denture reline, home address «w5_addr»"}
]}
""",
}

RECALL = {
    "UK": """«practice» — RECALL LIST (overdue > 6 months) and FP17 status       run «d1_dmy» by «s_n»
Patient                 DOB          NHS / H&C no.    Last exam    Band / UDA     ‹FP17› status      Contact
«w1_LF»       «w1_dob»   «w1_nid»     «e1_dmy»   ‹Band 1› / 1.0   accepted         «w1_ph»
«w2_LF»       «w2_dob»   «w2_nid»     «e2_dmy»   ‹Band 2› / 3.0   accepted         «w2_ph»
«p_LF»        «p_dob»    «p_nid»      «e3_dmy»   ‹Band 3› / 12.0  query (CoT)      «p_ph» / «p_em»
«w3_LF»       «w3_dob»   «w3_nid»     «e4_dmy»   Urgent / 1.2   accepted         «w3_em»
«w5_LF»       «w5_dob»   «w5_nid»     «e5_dmy»   ‹Band 1› / 1.0   exempt (age «w5_age», ‹HC2›)   home visit: «w5_addr»
Actions: letters to all; «p_g»'s «r_rel» «r_n» rang «d7_dmy» — wants «p_g» seen by «d_n» (GDC «d_gdc») not the associate.
«w3_g» «w3_f» moved away (new address «w3_line», «w3_town»), remove from list after «d2_dmy».
""",
    "US": """PATIENT LEDGER — «practice»                         Account «acct»   Guarantor: «r_LF»
Guarantor address: «r_addr»   Home «r_ph»   SSN on file xxx-xx-«ssn4»
Patient: «p_lf»   DOB «p_dob»   Chart «mrn»   Primary ins: «insurer», ID «member»   Secondary: MassHealth Dental «member2»
Date         Code     Tooth  Description                           Charge    Ins paid   Pt paid   Balance
«e2_us»   «cdt1»                «cdt1_desc»                     64.00                           64.00
«e2_us»   «cdt2»                «cdt2_desc»                     88.00                          152.00
«e3_us»   INS PMT               «insurer» EOB «claim»                     120.00                32.00
«d1_us»   «cdt3»    «uni»       «cdt3_desc»                    215.00                          247.00
«d1_us»   PT PMT                Visa ****4417                                          50.00   197.00
Recall: 6 mo hygiene with «e_n», RDH, due «d6_us»; text reminders to «p_ph2». Collections note by «s_n» «d7_us»:
sent statement to «r_em»; family member «w1_n» (acct «w1_acct») on same guarantor from «e4_us».
""",
}

SPECS = {
    "UK": """«practice» — SIGHT TEST RECORD and SPECTACLE PRESCRIPTION (GOS 1 / GOS 3 voucher)
Patient: «p_n»   DOB «p_dob»   NHS no. «p_nid»   Record «mrn»
Address: «p_addr»   Tel «p_ph»
Eligibility: ‹Universal Credit› (claimant «r_n», «r_rel»)   ‹GOS 1› signed «d1_dmy»
History: last test «d5_dmy» at another practice; diabetic (type 2, «med1»); blurred near vision.
            Sph      Cyl      Axis   Prism     Add      VA
  R         «r_sph»    «r_cyl»    «r_axis»     —         «add»    «va_r»
  L         «l_sph»    «l_cyl»    «l_axis»     0.5Δ BI   «add»    «va_l»
IOP (NCT) «iop_r» / «iop_l» at 10:20. Fundus: no diabetic retinopathy seen; attends DESP.
Dispensed: «frame», «lens»; GOS 3 voucher value band E. Collection «d2_dmy».
Optometrist: «d_n» MCOptom (GOC «d_goc»)   Dispensing optician: «e_n» FBDO (GOC «e_goc»)
Recall 24 months; notes to GP Dr «x_n» on request. Email copy to «p_em».
""",
    "AU": """«practice» — Optometrist's prescription for spectacles                        «d1_dmy»
Patient: «p_NC»   DOB «p_dob»   Medicare «p_nid»
Address «p_addr»   Mobile «p_ph»
         SPH      CYL      AXIS    ADD      PD (mono)
  R      «r_sph»    «r_cyl»    «r_axis»     «add»    «pd»
  L      «l_sph»    «l_cyl»    «l_axis»     «add»
VA with Rx: R «va_r», L «va_l». IOP «iop_r» / «iop_l» (iCare). Medicare item ‹10910› bulk-billed.
Recommended: «lens», «frame». Not for driving without correction (licence class C, condition ‹S›).
Prescription valid 2 years. Health fund «insurer» membership «fund_no» (extras, optical $250/yr).
Optometrist: «d_n» (AHPRA «d_ahpra», provider no. «d_prov»)
Referred to Dr «x_n», ophthalmologist, for cataract review — referral faxed to «x_fax» on «d2_dmy».
""",
}

CL_ORDER = {
    "US": """FAX — CONTACT LENS PRESCRIPTION VERIFICATION REQUEST (‹16 CFR Part 315›)     Sent «d1_us» 3:41 PM
To: «d_n», OD — «practice»          Fax «d_fax»   Phone «d_ph»
From: 1-800 contact lens seller, verification dept., agent «s_n»
Patient: «p_NC»   DOB: «p_dob»   Address: «p_addr»   Phone: «p_ph»
Lens: «cl»   BC «bc»   DIA «dia»
  OD PWR «r_sph» CYL «r_cyl» AX «r_axis»     OS PWR «l_sph» CYL «l_cyl» AX «l_axis»
Quantity: 4 boxes (90-pack)   Order no. «order»   Rx expiration on file: «d9_us»
Prescriber NPI: «d_npi»   State license: «d_state»
If the prescription is invalid, expired, or inaccurate, reply within 8 business hours.
REPLY (office): ☐ Valid  ☒ Invalid — Rx expired «d3_us»; last CL fit «d5_us». Pt needs exam; appt offered
«d2_us». Signed «e_n» (optometric technician) for «d_i», OD. Tracking: «url_track»
""",
    "NZ": """{"order_id":"«order»","created":"«d1_iso»T21:03:17+13:00","channel":"web","client_ip":"«ip»",
"customer":{"name":"«p_n»","email":"«p_em»","mobile":"«p_ph»","dob":"«p_dobiso»","nhi":"«p_nid»",
"ship_to":{"line1":"«p_line»","suburb":"«p_town»","postcode":"«p_pc»","country":"NZ"}},
"prescription":{"optometrist":"«d_n»","practice":"«practice»","cpn":"«d_cpn»","issued":"«d5_iso»","expires":"«d9_iso»",
"od":{"brand":"«cl»","bc":"«bc»","dia":"«dia»","sph":"«r_sph»","cyl":"«r_cyl»","axis":"«r_axis»"},
"os":{"brand":"«cl»","bc":"«bc»","dia":"«dia»","sph":"«l_sph»","cyl":"«l_cyl»","axis":"«l_axis»"}},
"items":[{"sku":"CL-90","qty":2}],"payment":{"method":"card","last4":"4417"},
"notes":"Gift for her husband «r_n» too? No - Rx for «p_g» only. Rx verified by «e_n» «d2_iso»",
"tracking_url":"«url_track»","status":"dispatched"}
""",
}

RETINA = {
    "UK": """DIABETIC EYE SCREENING PROGRAMME — RESULT LETTER                           Screening ID «screen_id»
«d2_long»
Private and confidential
«p_title» «p_n»
«p_addr»

Dear «p_title» «p_f»,
Your diabetic eye screening on «d1_long» at «practice» (screener: «e_n») has been graded.
  Right eye: «gr_r»     Left eye: «gr_l»     Photographs: adequate (mydriasis, ‹tropicamide 1%›)
Outcome: «outcome». This is not a full eye examination — see your optometrist for other eye problems.
Your GP, Dr «x_n», «x_wem», has been sent a copy. NHS number «p_nid». Date of birth «p_dob».
If you need to change an appointment telephone the programme office or text «s_ph».
Grader: «d_n» (senior grader); arbitration by «w1_n» on «d10_long».
""",
    "IE": """RetinaScreen — National Diabetic Retinal Screening Programme                    Client ID «screen_id»
Client: «p_LF»   DOB «p_dob»   Age «p_age»   PPS «p_nid»   Medical card «medcard»
Address: «p_addr»   Phone «p_ph»   Next of kin «r_n» («r_rel»), «r_ph»
Screened «d1_dmy» at «practice», screener «e_n»; images graded «d10_dmy» by «d_n»
  R: «gr_r»   L: «gr_l»   VA R «va_r» L «va_l» (pinhole)
Result: «outcome». Referral to Galway University Hospital eye clinic (hospital no. «hosp_mrn»), urgent — letter faxed
«d10_dmy» to «x_fax». GP Dr «x_n» informed. Client lives in a nursing home since «p_yr2»; transport arranged with «r_g».
""",
}

OCT = {
    "US": """ZEISS CIRRUS HD-OCT 5000 — Macular Cube 512x128 / ONH and RNFL OU Analysis         Device SN 5000-23818
Patient: «p_LF»   ID: «mrn»   DOB: «p_dobus»   Gender: «p_sexword»   Exam date: «d1_us»   Technician: «e_n»
Ordering: «d_n», MD (NPI «d_npi»)   Referring: «x_n», OD, fax «x_fax»
               OD          OS
Avg RNFL       «rnfl_r»      «rnfl_l»
Cup/disc       «cd_r»        «cd_l»
CST            «cst_r»      «cst_l»
HUMPHREY FIELD ANALYZER 3 — ‹24-2 SITA Standard›, «d1_us»
  OD: MD «md_r», PSD «psd_r», VFI «vfi_r», GHT outside normal limits; FL 1/13, FP 2%
  OS: MD «md_l», PSD «psd_l», VFI «vfi_l», GHT borderline
Impression: primary open-angle glaucoma OU, moderate OD (‹H40.1121›). Start «drug_eye». Return «d4_us».
Pt contact «p_ph», «p_addr»; insurance «insurer» ID «member»; Medicare MBI on file; driver «r_n» («r_rel»).
""".replace("«drug_eye»", "‹Latanoprost 0.005% qhs OU›"),
    "CA": """«practice» — OCT / VISUAL FIELD SUMMARY for referral                          Printed «d1_iso»
Patient: «p_n»   PHN «p_nid»   DOB «p_dobiso»   Age «p_age»   Chart «mrn»
Address: «p_addr»   Ph «p_ph»
Optometrist: Dr «d_n» (College of Optometrists of BC reg. «d_coll»)   Tech: «e_n»
OCT (Maestro2): RNFL OD «rnfl_r», OS «rnfl_l»; C/D OD «cd_r», OS «cd_l»; CST OD «cst_r», OS «cst_l»
Visual field ‹24-2 SITA Fast›: OD MD «md_r», PSD «psd_r», VFI «vfi_r»; OS MD «md_l», PSD «psd_l», VFI «vfi_l»
IOP (GAT) «iop_r» / «iop_l»; pachymetry ‹528 µm› / ‹531 µm›.
Referral to Dr «x_n», glaucoma clinic (fax «x_fax») sent «d2_iso». MSP billing code ‹02015›.
Patient's «r_rel» «r_n» ({r_ph}) requests the appointment letter by e-mail: «r_em»
""".replace("{r_ph}", "«r_ph»"),
}

HEARING = {
    "AU": """HEARING SERVICES PROGRAM — FITTING REPORT                               Voucher «voucher»
Client: «p_n»   DOB «p_dob»   Age «p_age»   Medicare «p_nid»   DVA «dva»
Address: «p_addr»   Phone «p_ph»   Carer: «r_n» («r_rel») «r_ph»
Audiologist: «d_n», MAudSA (CCP)   Provider «practice»   Fitting date «d1_dmy»
Audiogram (dB HL)  250  500  1k   2k   4k   8k
  Right AC        «ar1»   «ar2»   «ar3»   «ar4»   «ar5»   «ar6»
  Left  AC        «al1»   «al2»   «al3»   «al4»   «al5»   «al6»
Devices: «aid» ×2, «receiver», fully subsidised (‹Category 1›)
  Serial L «aid_l»   Serial R «aid_r»   Domes: vented 8 mm
Verification: REM to ‹NAL-NL2› within 5 dB 500-4k; COSI goals set (TV, grandchildren on phone).
Follow-up «d4_dmy». Claim lodged via the HSP portal «d1_dmy» by «s_n». Batteries: rechargeable (no battery claim).
""",
    "UK": """NHS AUDIOLOGY — HEARING AID FITTING RECORD                                Hospital no. «hosp_mrn»
Patient: «p_NC»   DOB «p_dob»   Age «p_age»   NHS no. «p_nid»
Address: «p_addr»   Tel «p_ph»   Accompanied by «r_n» («r_rel»), mobile «r_ph2»
Referral: GP Dr «x_n» «d5_dmy» — bilateral gradual hearing loss, no red flags.
PTA «d3_dmy» (‹BSA› procedure), dB HL:
          0.25  0.5   1     2     4     8 kHz
  R AC    «ar1»    «ar2»    «ar3»    «ar4»    «ar5»    «ar6»
  L AC    «al1»    «al2»    «al3»    «al4»    «al5»    «al6»
Fitted «d1_dmy»: «aid» (NHS contract), «receiver»; serials L «aid_l», R «aid_r». Open domes.
REM: ‹NAL-NL2›, SII 48% → 71%. ‹GHABP› baseline completed. Dexterity poor — «r_g» shown how to change domes.
Audiologist: «d_n» (HCPC «d_hcpc»)   Assistant: «e_n»   Follow-up phone call «d2_dmy» to «r_ph2»
""",
}

TINNITUS = {
    "IE": """«practice» — TINNITUS HANDICAP INVENTORY (THI) and case history         File «mrn»
Name: «p_n»   DOB «p_dob»   Age «p_age»   PPS «p_nid»   Date completed «d1_dmy»
Address «p_addr»   Mobile «p_ph»   Email «p_em»
Referred by: Dr «x_n» (GP), «x_fax»   Health insurer: «insurer» «fund_no»
Onset «p_yr2», right > left, constant high-pitched ringing; worse at night. Noise exposure: piping in a marching band.
THI functional 26, emotional 22, catastrophic 10 — TOTAL «thi» (‹Grade 4›, severe)
Audiogram «d1_dmy»: R 4 kHz notch «ar5» dB HL, L «al5» dB HL; tympanometry ‹Type A› both.
Trial ‹Oticon Xceed› sound generator «sg_sn» issued «d1_dmy», return by «d4_dmy». ‹CBT-i› information given.
Audiologist: «d_n» (IAHAA reg. «d_dcireg»)   Copy to «p_g» by email.
""",
    "NZ": """TINNITUS FUNCTIONAL INDEX — «practice»                               Client no. «mrn»
Client: «p_LF»   NHI «p_nid»   DOB «p_dob»   Age «p_age»   Completed «d1_dmy» (paper, scanned by «s_g»)
ACC claim «acc_claim» (noise-induced hearing loss, occupational) — case owner «w1_n», «w1_wem»
Contact: «p_ph», «p_em», «p_addr»
TFI subscales: Intrusive ‹72›, Sense of control 64, Cognitive 55, Sleep 80, Auditory 47, Relaxation 70,
Quality of life 41, Emotional 50 — overall «tfi» (moderate-severe problem)
Hearing aids: «aid», serials «aid_l» / «aid_r», fitted «d5_dmy»; tinnitus program ‹Zen› enabled.
Plan: ‹progressive tinnitus management› sessions «d2_dmy», «d4_dmy». Partner «r_n» to attend.
Audiologist «d_n» MNZAS (HPI-CPN «d_cpn»)
""",
}

GAIT = {
    "UK": """«practice» — BIOMECHANICAL ASSESSMENT, GAIT REPORT and ORTHOTIC PRESCRIPTION
Patient: «p_n»   DOB «p_dob» («p_age» years)   H&C no. «p_nid»   Clinic no. «mrn»
Home: «p_addr»   Tel «p_ph»   Daughter / son: «r_n», «r_ph»
Referred by Dr «x_n», «x_fax», «d5_dmy» — falls ×2 in 6 months, painful corns
Assessment «d1_dmy» (domiciliary, «r_g» present):
  ‹FPI-6›: R ‹+8›, L ‹+7›   Navicular drop R ‹11 mm›, L ‹9 mm›   Ankle DF (knee ext) R 4°, L 6°
  Gait: antalgic, reduced stride 0.42 m, cadence 84 steps/min; 10 m walk 18.2 s; ‹TUG 21 s› (falls risk)
  Skin: HD 1st MPJ both feet; nails onychauxic 1/1; pulses DP / PT palpable; monofilament ‹10/10›
Prescription: «orthosis»; extra-depth footwear (‹Cosyfeet›). Casting by «e_n», podiatry assistant.
Podiatrist: «d_n» (HCPC «d_hcpc»)   Next visit «d4_dmy»; district nurse «w1_n» informed.
""",
    "AU": """«practice» — ORTHOTIC PRESCRIPTION & GAIT ANALYSIS                    «d1_dmy»
Patient: «p_NC»   DOB «p_dob»   Age «p_age»   DVA Gold Card «dva»   Medicare «p_nid»
Address: «p_addr»   Mobile «p_ph»   Email «p_em»
GP referral: Dr «x_n» (EPC / CDM, item ‹10962›) «d3_dmy»
Dx: plantar fasciitis (‹M72.2›) R > L; ‹LEFS 52/80›; VAS 7/10 first step
Gait (treadmill video, 4 km/h): prolonged rearfoot eversion R, early heel lift, ‹FPI-6› R ‹+9› / L ‹+6›
Orthoses: «orthosis». Scan by «e_n» (Orthotic Lab). Fitting «d2_dmy».
Footwear: ‹ASICS Gel-Kayano 30› (2E). Home exercise: calf stretch 3×30 s, towel curls.
Podiatrist «d_n» (AHPRA «d_ahpra», provider «d_prov»)   Claim: DVA «dva», «claim»
""",
}

SOAP = {
    "US": """«practice» — CHIROPRACTIC DAILY NOTE (SOAP)                        Visit 6 of 12   DOS «d1_us»
Patient: «p_LF»   DOB «p_dob»   Acct «acct»   Cell «p_ph»
Claim: auto PIP — «auto_insurer», claim «claim», DOI «d5_us»; insured vehicle plate «plate» («p_abbr»), VIN «vin»
Attorney: «x_n», fax «x_fax»
S: Neck pain 5/10 (was 8/10), HA 2x/wk, L arm tingling resolved. ‹NDI 34%›.
O: Cervical ROM flex 40°, ext 45°, L rot 60°; hypertonic upper trapezius; subluxation ‹C5-C6›, ‹T4›, ‹L5-S1›.
A: ‹S13.4XXA› cervical sprain (whiplash); ‹S33.5XXA› lumbar sprain — improving.
P: CMT 3-4 regions (‹98941›), manual therapy ‹97140› x1, therex ‹97110› x2. Home TENS unit serial «tens_sn».
Re-exam «d4_us». «d_n», DC (NPI «d_npi», lic. «d_state»). Scribe: «e_n».
""",
    "CA": """«practice» — SOAP / visit note                                        Chart «mrn»
Patient: «p_n»   DOB «p_dobiso»   NB Medicare «p_nid»   Age «p_age»
Address «p_addr»   Phone «p_ph»   Work: «p_em»
Visit «d1_iso» — Dr «d_n», DC (NBCA licence «d_coll»)
S — low back pain after hauling lobster traps «d7_long», 7/10, no bowel/bladder change. ‹Oswestry 38%›.
O — SLR neg bilat; ‹L4-L5› restricted, SI joint fixation R; lumbar flex 50%.
A — ‹M54.50› low back pain, mechanical.
P — ‹diversified HVLA› ‹L4-L5›, SI R; ‹IFC› 15 min; home ex. F/u «d2_iso», then weekly x3.
Benefits: «insurer» ID «member» (chiro $500/yr). Spouse «r_n» also booked «d2_iso» (chart «w1_mrn»).
Receipt e-mailed by «s_n».
""",
}

PHYSIO = {
    "IE": """«practice»
«d1_long»

Dr «x_n»
‹Tuam Road Medical Centre›, Galway

Re: «p_n», DOB «p_dob», «p_addr»
Mobile «p_ph»   Insurer «insurer», policy «fund_no»

Dear Dr «x_f»,

Thank you for referring «p_g», who has now been discharged from physiotherapy after 7 sessions (first seen «d5_long»).
«p_He» presented with mechanical low back pain (‹M54.50›) following a fall at home; Oswestry improved from ‹46%› to ‹14%›, lumbar
flexion now full, and «p_he» is back to driving the van (reg. «plate»). Home programme: ‹McKenzie extensions›, walking
30 min daily. Should symptoms recur please re-refer; «p_his» «r_rel» «r_n» («r_ph») has our number.

Yours sincerely,

«d_n» ‹MISCP›, Chartered Physiotherapist (CORU «d_coru»)
cc: «p_em»
""",
    "NZ": """«practice» — ACC DISCHARGE REPORT (‹ACC32› / end of treatment)                  «d1_dmy»
Client: «p_n»   NHI «p_nid»   DOB «p_dob»   ACC claim «acc_claim»   Date of injury «d5_dmy»
Address: «p_addr»   Phone «p_ph»   Email «p_em»
Employer: ‹Sanford Ltd› (fish processing)   Vehicle in accident: «plate» (rear-ended, Great South Road)
Diagnosis: «icd_desc» («icd») — ACC read code ‹S572.›
Treatment: 11 of 12 approved sessions («d3_dmy» – «d1_dmy»); manual therapy, graded exercise, return-to-work plan
with case owner «w1_n» («w1_wem»). PSFS ‹3.1› → ‹8.4›. Fit for full duties from «d2_dmy».
GP notified: Dr «x_n», fax «x_fax».
Physiotherapist: «d_n» (HPI-CPN «d_cpn», Physiotherapy Board reg. «d_dcnz»)
""",
}

SMS = {
    "AU": """SMS / email log — «practice» (exported «d1_dmy» by «s_n»)
«d7_dmy» 09:00 → «w1_ph» «w1_g»: Hi «w1_g», your ‹6-month› check-up at «practice» is due. Book: «url» Reply STOP to opt out (‹Item 011› + ‹Item 114›)
«d7_dmy» 09:00 → «w2_ph» Hi «w2_g», reminder: appt with Dr «d_n» Thu 10:30am for ‹fissure sealants› («fdi»). Reply Y to confirm.
«d7_dmy» 09:14 ← «w2_ph» Y
«d7_dmy» 09:20 ← «p_ph» Its «p_g» «p_f» can i move tmrw to next week? Kids sick
«d7_dmy» 09:31 → «p_ph» No worries «p_g», moved to «d2_wdd» 3:15pm with «e_n» (‹OHT›). See you then!
«d1_dmy» 08:02 email → «w3_em»: Dear «w3_n», your ‹CDBS› eligibility for «w4_n» ends «d6_dmy». Medicare card «w4_nid».
«d1_dmy» 08:02 email → «w5_em»: Dear «w5_g», aged «w5_age», home visit confirmed at «w5_addr».
Bounced: «w3_em» (mailbox full) — call «w3_ph» instead.
""",
    "UK": """From: «practice» <reception@«domain»>
To: «p_em»
Cc: «r_em»
Subject: Your dental recall — please book (‹NHS Band 1› check-up)
Date: «d7_wd» «d7_dmy» 08:15

Dear «p_g»,
Our records show your examination with «d_n» was due on «e1_dmy». Book online at «url», or call us.
If you are exempt from NHS charges please bring proof (‹HC2› / ‹MatEx›).
Kind regards, «s_n», practice manager

-----Reply-----
From: «r_n» <«r_em»>   Sent «d1_dmy» 19:40
Hi «s_g», «p_g» is in hospital (‹Royal Victoria Hospital›, ward 6C, hospital no «hosp_mrn») until at least «d2_dmy».
Please book «p_him» with «d_n» after that, and «w1_n» (DOB «w1_dob», H&C «w1_nid») at the same time.
My mobile is «r_ph». Thanks, «r_g»
""",
}

BOOKING = {
    "CA": """From: «practice» Online Booking <no-reply@«domain»>
To: «p_em»
Subject: Booking confirmed — «d2_wd», «d2_long» at 4:20 PM

Hi «p_g»,
Your appointment is confirmed.
  Service: ‹Comprehensive eye exam› (‹MSP› not applicable — private fee ‹$125›)
  With: Dr «d_n», Optometrist
  When: «d2_long», 4:20 PM (arrive 10 min early for pre-testing with «e_g»)
  Booking ref: «booking»
  Patient: «p_n», born «p_dobiso», PHN «p_nid»
  Reminder by text to «p_ph»
Need to change? «url»
Please bring your glasses, a list of medicines (e.g. «med1») and your ‹Pacific Blue Cross› card.
Bringing someone? Family member «r_n» (born «r_dobiso») is booked right after you, ref «voucher».
Booked from IP «ip» on «d1_long». Questions: reply to «s_wem».
""",
    "NZ": """{"event":"booking.created","id":"evt_«booking»","created_at":"«d1_iso»T08:41:09+12:00","source_ip":"«ip»",
"data":{"booking_ref":"«booking»","clinic":"«practice»","practitioner":{"name":"«d_n»","cpn":"«d_cpn»"},
"service":"‹Physio initial consult (ACC)›","start":"«d2_iso»T07:30:00+12:00","duration_min":45,"funder":"‹ACC›","item":"‹PI01›",
"client":{"first_name":"«p_g»","last_name":"«p_f»","dob":"«p_dobiso»","nhi":"«p_nid»","mobile":"«p_ph»","email":"«p_em»",
"address":"«p_line», «p_town» «p_pc»","acc_claim":"«acc_claim»","injury_date":"«d5_iso»"},
"parking":{"plate":"«plate»","note":"‹car park B›, register with reception"},
"manage_url":"«url»","consent":{"sms":true,"email":true},"booked_by":"«r_n»","referrer":"«x_n»"}}
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("ahp69_dental_charting_note", ["US", "AU"], "text", CHARTING),
    ("ahp69_orthodontic_treatment_plan", ["UK", "CA"], "text", ORTHO),
    ("ahp69_dental_lab_prescription", ["NZ", "US"], "text", LAB_RX),
    ("ahp69_dental_claim_form", ["US", "AU"], "text", CLAIM),
    ("ahp69_periodontal_chart", ["IE", "NZ"], "text", PERIO),
    ("ahp69_practice_appointment_book", ["AU", "CA"], "mixed", APPT_BOOK),
    ("ahp69_recall_ledger_export", ["UK", "US"], "text", RECALL),
    ("ahp69_spectacle_prescription", ["UK", "AU"], "text", SPECS),
    ("ahp69_contact_lens_order", ["US", "NZ"], "mixed", CL_ORDER),
    ("ahp69_diabetic_retinal_screening", ["UK", "IE"], "text", RETINA),
    ("ahp69_oct_visual_field_report", ["US", "CA"], "text", OCT),
    ("ahp69_hearing_aid_fitting", ["AU", "UK"], "text", HEARING),
    ("ahp69_tinnitus_questionnaire", ["IE", "NZ"], "text", TINNITUS),
    ("ahp69_orthotic_gait_report", ["UK", "AU"], "text", GAIT),
    ("ahp69_chiropractic_soap_note", ["US", "CA"], "text", SOAP),
    ("ahp69_physio_discharge_letter", ["IE", "NZ"], "text", PHYSIO),
    ("ahp69_recall_sms_email", ["AU", "UK"], "text", SMS),
    ("ahp69_online_booking_confirmation", ["CA", "NZ"], "mixed", BOOKING),
]
JSON_DOCS = {
    ("ahp69_practice_appointment_book", "CA"),
    ("ahp69_contact_lens_order", "NZ"),
    ("ahp69_online_booking_confirmation", "NZ"),
}
GRADES = [("R0M0", "R0M0", "routine digital screening in 12 months"), ("R1M0", "R0M0", "routine digital screening in 12 months"),
          ("R2M0", "R1M0", "referral to hospital eye service (routine)"), ("R1M1", "R1M0", "referral to hospital eye service (maculopathy)"),
          ("R3AM1", "R2M0", "urgent referral to hospital eye service")]  # fmt: skip


def kind_slots(rng: random.Random, s: dict[str, Slot], loc: str) -> None:
    """Measurements a kind's template needs (all keep)."""
    for i in range(1, 13):
        s[f"pd{i}"] = _perio(rng)
    base_r, base_l = rng.choice([15, 20, 25, 30]), rng.choice([15, 20, 25, 30])
    for i, v in enumerate(_thresholds(rng, base_r), 1):
        s[f"ar{i}"] = v
    for i, v in enumerate(_thresholds(rng, base_l), 1):
        s[f"al{i}"] = v
    gr, gl, outcome = rng.choice(GRADES)
    if loc == "IE":
        gr, gl, outcome = rng.choice(
            [
                ("R2M1", "R1M0", "refer to ophthalmology treatment centre"),
                ("R3M1", "R2M0", "urgent referral to ophthalmology"),
            ]
        )
    s["gr_r"], s["gr_l"], s["outcome"] = K(gr), K(gl), K(outcome)
    s["rnfl_r"], s["rnfl_l"] = K(f"{rng.randint(62, 88)} µm"), K(f"{rng.randint(70, 96)} µm")
    s["cd_r"], s["cd_l"] = K(f"0.{rng.randint(62, 85)}"), K(f"0.{rng.randint(45, 70)}")
    s["cst_r"], s["cst_l"] = K(f"{rng.randint(235, 290)} µm"), K(f"{rng.randint(235, 290)} µm")
    s["md_r"], s["md_l"] = (
        K(f"-{rng.randint(400, 1100) / 100:.2f} dB"),
        K(f"-{rng.randint(80, 350) / 100:.2f} dB"),
    )
    s["psd_r"], s["psd_l"] = (
        K(f"{rng.randint(400, 900) / 100:.2f} dB"),
        K(f"{rng.randint(150, 400) / 100:.2f} dB"),
    )
    s["vfi_r"], s["vfi_l"] = K(f"{rng.randint(70, 88)}%"), K(f"{rng.randint(90, 98)}%")
    s["thi"] = K(str(rng.choice([58, 62, 66, 70, 74])))
    s["tfi"] = K(f"{rng.randint(52, 68)}.{rng.randint(0, 9)}")
    s["cap"] = f"{rng.randint(200, 900)}.{rng.choice(['00', '35', '60'])}"
    p_ssn = str(getattr(s.get("r_nid"), "value", ""))
    s["ssn4"] = P("SSN", p_ssn[-4:]) if loc == "US" else ""


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    fmt = "json" if (kind, loc) in JSON_DOCS else "text"
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe69:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        kind_slots(rng, slots, loc)
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
