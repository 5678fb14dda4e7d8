# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-eighth independent probe corpus: occupational health, workers' compensation, school health and public-
service medicals from the United States, Canada, the United Kingdom, Ireland and Australia -- what employers,
insurers, claims adjusters, occupational-health clinics, medical examiners, collectors, MROs, school nurses,
camps, sports clubs and recruiting services write -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an employer's first report of injury (US IA-1 style
EDI report; a Canadian board's Form 7), workers' compensation claim file notes (US adjuster diary; Australian
WorkCover case manager notes), a return-to-work functional abilities form / plan (Canada, Australia), an
occupational-health management referral with the OH reply (UK, Ireland; a parent aged 90+ the worker cares
for), a commercial driver medical (US MCSA-5875; Canadian NSC driver medical), an aviation medical (FAA 8500-8
MedXPress; UK CAA Class 1), a seafarer medical (UK ENG1; US CG-719K), a drug-testing chain-of-custody form (US
Federal CCF; Australian AS/NZS 4308), an MRO verified-result report (US; Canadian cross-border carrier), an
audiometric surveillance log with a standard threshold shift letter (US OSHA; UK HSE categories), a silica /
flour-dust spirometry surveillance record (Australia, UK), a sharps / blood and body fluid exposure report (US
OSHA; Irish HSE; a source patient aged 90+), a school nurse's daily visit log (US, Canada), an immunisation
medical exemption (US letter; Australian IM011), a sports pre-participation evaluation (US PPE; Irish GAA
cardiac screening), a summer-camp health form (US, Canada), a firefighter / police recruit medical (US NFPA
1582; UK police) and an injury register extract (US OSHA 300 / 301; Irish HSA IR1; a care-home resident aged
90+).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by country. People: `p` the
worker / applicant / student, `r` a spouse or (for a student) a parent, `m` another relative (the other parent;
a parent aged 90+ in an OH referral), `d` the physician / examiner, `e` a nurse or second clinician, `s` the
supervisor / adjuster / designated employer representative / coach, `x` `y` other people (a witness, collector,
MRO, source patient, care-home resident, GP, preparer), `w1`-`w4` other workers or students in a log and
`v1`-`v4` those students' parents. Forms: `_n` full name, `_g` given, `_f` family, `_F` FAMILY, `_NC` FULL
NAME, `_lf` "Family, Given", `_LF` "FAMILY, Given", `_i` "G. Family", `_ph` `_ph2`, `_em` personal email, `_wem`
work email, `_line` `_town` `_pc` `_addr`, `_nid` (SSN, provincial health number, NHS number, PPS number,
Medicare number), `_nid2` (SIN, National Insurance number), `_dl` driving licence, `_dob` in the country's
form, `_age` (keep, under 90), `_old` (AGE, 90+), `_grade` (keep).

Labelling policy (decided before any measurement):
- NAME: every person's name -- workers, claimants, donors, applicants, students, parents, spouses, supervisors,
  designated employer representatives, adjusters, case managers, HR staff, witnesses, collectors, MROs,
  physicians, nurses, audiometric technicians, coaches, camp staff, source patients and residents -- as
  written: full, given alone, family alone, capitals, "Family, Given", an initial and the family name, a
  typed signature; Irish names with their Ó / Ní particle inside the value. Honorifics, credentials and roles
  (Dr, Mr, RN, MD, MRO, DER, Sgt, Coach) are plain text outside the value. Employer names are keep (none is a
  person's name).
- ADDRESS: street lines (unit, apartment, box, lot and house numbers inside the value), towns, townlands,
  outports, reserves and suburbs, a place of birth. ZIP: US ZIP (and ZIP+4), Canadian postal codes, UK
  postcodes, Irish Eircodes, Australian postcodes. States, provinces, territories, UK nations, Irish counties
  and countries are keep when written alone and plain text inside an address (KY, NL, Co. Galway, VIC).
  Employers', clinics', laboratories' and collection sites' own addresses are plain text.
- DATE: every date more specific than a year (birth, injury, hire, report, examination, collection,
  certificate issue and expiry, vaccination, visit, follow-up and log dates), in every form (03/14/2024,
  14/03/2024, 2024-03-14, March 14, 2024, 14 March 2024, 14-Mar-2024, 14 Mar, 3/14, 14th March); years alone
  keep. AGE: 90 and over; ages under 90 keep.
- PHONE (home, mobile, work direct lines, a DER's or MRO's fax, a physician's direct line), EMAIL of any
  person; employers' and services' general lines and role mailboxes are plain text. URL: a results-portal
  link carrying a case or donor token. IP: the address an online report was submitted from.
- SSN: US social security numbers (also the last four). ID: claim numbers (jurisdiction, carrier, board,
  WorkCover), an employer's case file number, OH and incident references, employee / payroll / staff numbers,
  specimen ids, laboratory accessions, MRO case numbers, collector ids, prescription numbers, NHS numbers, PPS
  numbers, Canadian SINs, UK National Insurance numbers, FAA MedXPress confirmation numbers, CAA references,
  ENG1 certificate, discharge book, MMC reference and passport numbers, candidate numbers, immunisation
  registry ids, EDI batch numbers, health-monitoring report numbers. MRN: hospital and clinic record numbers.
  ACCOUNT: a worker's bank account for compensation payments, a clinic's billing account. HEALTH_PLAN:
  Canadian provincial health numbers, Australian Medicare numbers, insurance member ids. LICENSE: driving
  licences (CDL, Class 1), pilot certificates and licences, clinicians' registrations (NPI, state licences,
  National Registry, FAA AME and CAA AME numbers, MCA approved-doctor numbers, MROCC, CAOHC, GMC, NMC, IMC,
  NMBI, AHPRA, Medicare provider numbers, provincial colleges). DEVICE: the serial number of a worker's or
  student's own medical device (CPAP, insulin pump, hearing aid). VEHICLE: a vehicle's plate and VIN.
- Keep (must survive): employers, job titles, departments, body parts, injury types and mechanisms, OSHA /
  ICD-10 codes and form numbers, restrictions, test panels, analytes and cut-off levels, dB / Hz / litre /
  percent values, ILO classifications, vaccines, drugs and doses, school grades, sports, clubs, schools,
  camps, hospitals, clinics, laboratories, programmes, first-level regions and countries alone, ages under
  90, years, headings marked ‹...›.
- Not scored (plain text): honorifics, credentials, relationship words, form labels, employers' and clinics'
  addresses and general phone numbers, times of day, durations, hours, wages, vitals, plant and unit names,
  courier names, seal and lot numbers.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe68 import ids
from tests.engine.probe68.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill, phone

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NID_TYPE = {"US": "SSN", "CA": "HEALTH_PLAN", "UK": "ID", "IE": "ID", "AU": "HEALTH_PLAN"}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    mon = MONTHS[d.month - 1]
    us = loc == "US"
    return {
        "loc": P("DATE", f"{d:%m/%d/%Y}" if us else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "us": P("DATE", f"{d:%m/%d/%Y}"),
        "dmy": P("DATE", f"{d:%d/%m/%Y}"),
        "iso": P("DATE", d.isoformat()),
        "long": P("DATE", f"{mon} {d.day}, {d.year}" if us or loc == "CA" else f"{d.day} {mon} {d.year}"),
        "mon": P("DATE", f"{d.day:02d}-{mon[:3]}-{d.year}"),
        "short": P("DATE", f"{mon[:3]} {d.day}" if us or loc == "CA" else f"{d.day} {mon[:3]}"),
        "sms": P("DATE", f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"),
        "ord": P("DATE", f"{_ordinal(d.day)} {mon}"),
        "wd": d.strftime("%A"),
    }


def grade(loc: str, age: int) -> str:
    if loc == "US":
        return "Kindergarten" if age <= 5 else _ordinal(age - 5)
    if loc == "IE":
        return f"{age - 5}th class" if age <= 12 else ["1st Year", "2nd Year", "3rd Year", "Transition Year", "5th Year", "6th Year"][min(age - 13, 5)]
    if loc == "AU":
        return "Prep" if age <= 5 else f"Year {age - 5}"
    return "K" if age <= 5 else f"Grade {age - 5}"


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_NC": N(w.full.upper()), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_abbr": w.abbr or w.region,
        f"{x}_nid": P(NID_TYPE[c], w.nid), f"{x}_nid2": P("ID", w.nid2) if w.nid2 else "", f"{x}_ssn4": P("SSN", w.nid[-4:]),
        f"{x}_dl": P("LICENSE", w.dl), f"{x}_dob": dob["loc"], f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_doblong": dob["long"], f"{x}_dobmon": dob["mon"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_grade": K(grade(c, age)) if age < 19 else "",
        f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
        f"{x}_him": "her" if w.female else "him", f"{x}_sex": "F" if w.female else "M", f"{x}_sexword": "Female" if w.female else "Male",
        f"{x}_title": ("Ms" if w.female else "Mr") + ("" if c in ("UK", "IE", "AU") else "."),
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

EMPLOYERS = {
    "US": [("Tri-County Poultry Processing", ["Poultry deboner", "Evisceration line worker", "Sanitation crew lead"], "tcpoultry.com"),
           ("Big Sandy Coal Company", ["Roof bolter", "Shuttle car operator", "Underground electrician"], "bigsandycoal.com"),
           ("Gulf Coast Marine Services", ["Deckhand", "Galley hand", "Crane operator"], "gulfcoastmarine.net"),
           ("North Star Pork Packers", ["Loin boner", "Kill floor worker", "Sanitation crew lead"], "northstarpork.com"),
           ("Riverbend Home Health", ["Home health aide", "Certified nursing assistant"], "riverbendhh.org"),
           ("Lumber River Electric Cooperative", ["Lineworker", "Meter technician"], "lumberriver.coop"),
           ("Lakeland Distribution Center", ["Warehouse associate", "Forklift operator"], "lakelanddc.com")],
    "CA": [("Atlantic Seafood Processors", ["Fish plant cutter", "Crab processor", "Forklift operator"], "atlanticseafood.ca"),
           ("Interlake Fisheries Co-op", ["Deckhand", "Fish packer"], "interlakefish.ca"),
           ("Northern Roads Maintenance", ["Snow plow operator", "Heavy equipment operator"], "nroads.ca"),
           ("Kenogami Housing Authority", ["Housing maintenance worker", "Carpenter"], "kenogamihousing.ca"),
           ("Transport Boréal inc.", ["Class 1 driver", "Dock worker"], "transportboreal.qc.ca")],
    "UK": [("Harbourside Care Homes Ltd", ["Care assistant", "Senior carer"], "harbourside-care.co.uk"),
           ("Fenland Fresh Produce", ["Packhouse operative", "Forklift driver"], "fenlandfresh.co.uk"),
           ("Orkney Salmon Ltd", ["Fish processing operative", "Site diver"], "orkneysalmon.co.uk"),
           ("Southern Counties Scaffolding", ["Scaffolder", "Yard operative"], "scscaffolding.co.uk"),
           ("Eastside Logistics", ["HGV driver", "Warehouse operative"], "eastsidelogistics.co.uk")],
    "IE": [("Connemara Seafoods Teoranta", ["Fish factory operative", "Forklift driver"], "connemaraseafoods.ie"),
           ("Slieve Meats Ltd", ["Meat boner", "Slaughter line operative"], "slievemeats.ie"),
           ("Western Quarries Ltd", ["Quarry operative", "Crusher operator"], "westernquarries.ie"),
           ("Sliabh Mushrooms", ["Mushroom harvester", "Packer"], "sliabhmushrooms.ie"),
           ("Ard Aoibhinn Nursing Home", ["Healthcare assistant", "Staff nurse"], "ardaoibhinn.ie")],
    "AU": [("Geraldton Cray Co-op", ["Deckhand (rock lobster)", "Factory hand"], "geraldtoncray.com.au"),
           ("Corio Bay Stone & Benchtops", ["Stonemason", "Benchtop fabricator", "CNC operator"], "coriobaystone.com.au"),
           ("Goulburn Valley Meats", ["Boning room operator", "Slaughter floor worker"], "gvmeats.com.au"),
           ("Illawarra Steel Fabrication", ["Boilermaker", "Welder"], "illawarrasteel.com.au"),
           ("Sunbury Aged Care", ["Aged care worker", "Personal care assistant"], "sunburyagedcare.org.au")],
}  # fmt: skip
_E = {loc: {e[0]: e for e in entries} for loc, entries in EMPLOYERS.items()}
# the employers a kind's documents come from (default: any of the country's)
KIND_EMPLOYERS = {
    "ohs68_commercial_driver_medical": {"US": [("Cumberland Fuel Haulers", ["CDL-A tanker driver"], "cumberlandfuel.com"),
                                               ("Bayou Freight Lines", ["CDL-A OTR driver"], "bayoufreight.com")],
                                        "CA": [("Transport Boréal inc.", ["Class 1 driver"], "transportboreal.qc.ca"),
                                               ("Atlantic Seafood Processors", ["Class 1 reefer driver"], "atlanticseafood.ca")]},
    "ohs68_seafarer_medical": {"US": [_E["US"]["Gulf Coast Marine Services"]], "UK": [_E["UK"]["Orkney Salmon Ltd"]]},
    "ohs68_audiometric_surveillance_log": {"US": [_E["US"][e] for e in ("Tri-County Poultry Processing", "Big Sandy Coal Company", "North Star Pork Packers", "Lakeland Distribution Center")],
                                           "UK": [_E["UK"][e] for e in ("Fenland Fresh Produce", "Orkney Salmon Ltd", "Eastside Logistics")]},
    "ohs68_spirometry_surveillance": {"AU": [_E["AU"]["Corio Bay Stone & Benchtops"]],
                                      "UK": [("Riverside Craft Bakery", ["Baker", "Mixer operative", "Dough room operative"], "riversidebakery.co.uk")]},
    "ohs68_sharps_exposure_report": {"US": [("Lakeside Medical Center", ["Staff nurse (RN)"], "lakesidemc.org")], "IE": [_E["IE"]["Ard Aoibhinn Nursing Home"]]},
    "ohs68_injury_register": {"US": [("Cypress Grove Nursing Center", ["Certified nursing assistant", "Dietary aide", "Laundry aide"], "cypressgrovenc.com")],
                              "IE": [("Ard Aoibhinn Nursing Home", ["Healthcare assistant"], "ardaoibhinn.ie")]},
    "ohs68_recruit_medical": {"US": [("Lake County Fire Rescue", ["Firefighter recruit"], "lakecountyfire.gov")],
                              "UK": [("Northshire Police", ["Student police constable"], "northshire.police.uk")]},
    "ohs68_aviation_medical": {"US": [("Bluegrass Regional Airlines", ["First officer"], "flybluegrass.com")],
                               "UK": [("Northern Isles Airways", ["Captain"], "northernislesairways.co.uk")]},
}  # fmt: skip
SCHOOL_DOMAINS = {"US": "k12.example.us", "CA": "schools.example.ca", "IE": "gaa-club.example.ie", "AU": "earlylearning.example.com.au", "UK": "example.sch.uk"}
SERVICE_DOMAINS = {"US": ["bluegrassmutual.com", "occmedpartners.com"], "CA": ["workcomp-services.ca"], "UK": ["healthworks-oh.co.uk"],
                   "IE": ["hse.ie"], "AU": ["rehabpartners.com.au", "workfitmedical.com.au"]}  # fmt: skip
# (how it happened, nature, body part, ICD-10, cause)
INCIDENTS = [
    ("Lifting a full case from the chiller onto the line and felt a pull", "strain", "lower back", "S39.012A", "lifting"),
    ("Knife slipped while trimming and cut through the mesh glove", "laceration", "left hand", "S61.412A", "hand tool"),
    ("Stepped off the edge of the loading dock plate and rolled the foot", "sprain", "right ankle", "S93.401A", "slip / trip"),
    ("Struck by a falling bundle while unstrapping a load", "contusion", "right shoulder", "S40.011A", "struck by object"),
    ("Twisted stepping down from the cab and felt a pop", "sprain", "left knee", "S83.512A", "fall from vehicle"),
    ("Repetitive trimming on the line; numbness and tingling over six weeks", "carpal tunnel syndrome", "right wrist", "G56.01", "repetitive motion"),
]
BODY_EXTRA = ["lower back", "right shoulder", "left wrist", "neck", "both ears", "right index finger"]
RESTRICTIONS = ["no lifting over 10 lb, no repetitive bending", "seated work only, elevate foot", "no use of left hand, keep dressing dry",
                "no overhead reaching with the right arm", "no climbing ladders or stairs", "splint on at all times, no knife work"]
TREATMENTS = ["First aid and clinic evaluation", "Sutures (6) and tetanus booster", "X-ray negative, ACE wrap, crutches", "Ice, NSAIDs, physical therapy 2x/week"]
CLINICS = {"US": ["Appalachian Occupational Medicine", "Acadiana WorkCare Clinic", "Lumber River Occupational Health", "North Star Occupational Medicine", "Glades Employer Health"],
           "CA": ["Interlake Occupational Health", "Eastern Health Occupational Health Unit", "Sioux Lookout OH Clinic", "Clinique de médecine du travail Saint-Michel"],
           "UK": ["Health Works OH", "Northern Isles Occupational Health", "Fenland Occupational Health Service"],
           "IE": ["HSE Occupational Health Department", "Workplace Health Ireland", "Galway Occupational Health Clinic"],
           "AU": ["WorkFit Medical Geelong", "Midwest Occupational Health", "Illawarra WorkHealth"]}  # fmt: skip
HOSPITALS = {"US": ["Appalachian Regional Hospital", "Our Lady of Lourdes Regional Medical Center", "Southeastern Regional Medical Center", "CentraCare Hospital", "Lakeside Medical Center"],
             "CA": ["Health Sciences Centre", "Carbonear General Hospital", "Meno Ya Win Health Centre", "Hôpital Jean-Talon", "Qikiqtani General Hospital"],
             "UK": ["Royal London Hospital", "Frimley Park Hospital", "Pilgrim Hospital", "Balfour Hospital"],
             "IE": ["University Hospital Galway", "Letterkenny University Hospital", "University Hospital Kerry", "Wexford General Hospital"],
             "AU": ["University Hospital Geelong", "Geraldton Health Campus", "Wollongong Hospital", "Goulburn Valley Health"]}  # fmt: skip
CRED_D = {"US": ["MD", "DO", "MD, MPH"], "CA": ["MD, CCFP", "MD"], "UK": ["MBChB, MFOM", "MB BS, AFOM"], "IE": ["MB, MICGP", "MB, LFOM"],
          "AU": ["MBBS, FAFOEM", "MBBS, FRACGP"]}  # fmt: skip
CRED_E = {"US": ["RN, COHN-S", "RN", "LPN"], "CA": ["RN, COHN(C)", "RN"], "UK": ["RGN, SCPHN (OH)", "RN"], "IE": ["RGN", "CNM2"], "AU": ["RN", "CNC"]}
LIC_D = {"US": ("NPI", lambda rng: ids.npi(rng)), "CA": ("", lambda rng: fill(rng, "%####")), "UK": ("GMC", lambda rng: fill(rng, "%######")),
         "IE": ("IMC no.", lambda rng: fill(rng, "%####")), "AU": ("AHPRA", lambda rng: fill(rng, "MED000%######"))}  # fmt: skip
CA_COLLEGE = {"ON": "CPSO", "MB": "CPSM", "NL": "CPSNL", "QC": "CMQ", "NU": "NU licence"}
LIC_E = {"US": ("RN lic.", "RN%######"), "CA": ("reg.", "%#####"), "UK": ("NMC PIN", "%#@####@"), "IE": ("NMBI PIN", "%#####"), "AU": ("AHPRA", "NMW000%######")}
BOARDS = {"ON": ("WSIB Ontario", "Employer's Report of Injury/Illness (Form 7)"), "MB": ("WCB Manitoba", "Employer Incident Report"),
          "NL": ("WorkplaceNL", "Form 7 — Employer's Report of Injury"), "QC": ("CNESST", "Avis de l'employeur et demande de remboursement"),
          "NU": ("WSCC Nunavut", "Employer's Report of Injury")}  # fmt: skip
DRUG_PANELS = ["DOT 5-panel (THC, COC, AMP, OPI, PCP)", "DOT 5-panel (THC, COC, AMP, OPI, PCP) + EBT alcohol", "DOT 5-panel urine"]
REASONS = ["Pre-employment", "Random", "Post-accident", "Reasonable suspicion", "Return-to-duty", "Follow-up"]
POSITIVES = [("Amphetamine", "1,240 ng/mL", "500 ng/mL", "Adderall XR 20 mg", "NEGATIVE (legitimate medical explanation)"),
             ("Oxycodone", "410 ng/mL", "100 ng/mL", "Oxycodone 5 mg", "NEGATIVE (legitimate medical explanation)"),
             ("Marijuana metabolite (THC-COOH)", "88 ng/mL", "15 ng/mL confirmation", "no prescription", "POSITIVE"),
             ("Hydrocodone", "655 ng/mL", "300 ng/mL", "Hydrocodone-acetaminophen 5/325 mg", "NEGATIVE (legitimate medical explanation)")]  # fmt: skip
AU_DRUGS = ["Cannabinoids (THC)", "Amphetamine-type substances", "Opiates", "Benzodiazepines", "Cocaine"]
AU_CUTOFF = ["THC-COOH 15 µg/L", "Methylamphetamine 300 µg/L", "Morphine 300 µg/L", "Oxazepam 200 µg/L"]
LABS = {"US": ["Quest Diagnostics — Lenexa", "LabCorp — Southaven", "Clinical Reference Laboratory"], "CA": ["Dynacare Kasper Laboratory", "Psychemedics Canada"],
        "AU": ["Australian Clinical Labs — Toxicology", "Safework Laboratories"]}  # fmt: skip
HPD = ["foam plugs NRR 33", "flanged plugs NRR 27", "earmuffs NRR 25", "custom moulded plugs"]
SCHOOLS = {"Kentucky": "Caney Valley Consolidated School", "Louisiana": "Acadiana Parish K-12 Academy", "North Carolina": "Lumber Bridge School",
           "Minnesota": "Cold Spring Area Public School", "Florida": "Glades Community School", "Manitoba": "Gimli Collegiate Institute",
           "Newfoundland and Labrador": "Holy Trinity All Grade", "Ontario": "Kenogami Memorial School", "Québec": "École des Cèdres",
           "Nunavut": "Qikiqtaq Ilinniarvik", "Galway": "Coláiste Chonamara", "Donegal": "Pobalscoil Ghaoth Dobhair", "Kerry": "St. Senan's Community College",
           "Wexford": "St. Mogue's College", "Dublin": "Coláiste Bhríde", "Victoria": "Corio Bay Early Learning Centre",
           "New South Wales": "Illawarra Kids Early Learning", "Western Australia": "Dongara Early Learning Centre", "Queensland": "Gympie Kindy & Childcare"}  # fmt: skip
GP_PRACTICES = {"US": ["Caney Valley Pediatrics", "Bayou Teche Family Medicine", "Lumber Bridge Community Health", "Cold Spring Family Clinic"],
                "CA": ["Interlake Community Health Centre", "Carbonear Medical Clinic", "CLSC des Érables", "Nunavut Community Health Centre"],
                "UK": ["Riverside Surgery", "Harbour Medical Practice", "The Old Forge Surgery"], "IE": ["St. Brendan's Medical Centre", "Ionad Sláinte an Chaladh"],
                "AU": ["Bayside Family Practice", "Southern Cross Medical Clinic", "Wattle Paediatrics"]}  # fmt: skip
INHALERS = ["Albuterol HFA 90 mcg", "Levalbuterol HFA 45 mcg", "Salbutamol 100 mcg"]
MEDS_AM = ["Methylphenidate ER 18 mg", "Guanfacine ER 1 mg", "Dexmethylphenidate 5 mg"]
MEDS_PM = ["Cetirizine 10 mg", "Fluticasone 44 mcg", "Melatonin 3 mg"]
LANG_OF = {"somali": "Somali", "haitian": "Haitian Creole", "cree": "Cree", "inuit": "Inuktitut", "bangladeshi": "Sylheti", "romanian": "Romanian",
           "nepali": "Nepali", "zimbabwean": "Shona", "gaeltacht": "Irish", "lithuanian": "Lithuanian", "macedonian": "Macedonian",
           "croatian": "Croatian", "sinhalese": "Sinhala", "south_sudanese": "Dinka"}  # fmt: skip
NATIONALITY = {"gaeltacht": "Irish", "irish": "Irish", "lithuanian": "Lithuanian"}
SPORTS = {"US": ["wrestling", "football", "volleyball", "cross-country", "softball", "basketball"], "IE": ["hurling", "Gaelic football", "camogie", "ladies' football"]}
CLUBS = ["CLG Naomh Anna", "Cumann Iomána an Cheathrú Rua", "Lisselton GAA", "Rathnure St Anne's GAA"]
CAMPS = {"US": ["Camp Wildcat Hollow", "Camp Bayou Bend", "Camp Ten Lakes"], "CA": ["Camp Arnes", "Camp Gaudet", "Camp Kinasao"]}
VACCINES = {"US": ["MMR", "Tdap", "MenACWY", "Varicella", "IPV", "Hepatitis B", "HPV"], "AU": ["MMRV", "DTPa-IPV", "Hepatitis B", "Meningococcal ACWY", "Influenza"]}
ALLERGIES = ["peanut (anaphylaxis)", "penicillin (hives)", "bee stings", "tree nuts", "latex", "none known"]

Y = 365
CHILD = {"ohs68_school_nurse_visit_log", "ohs68_immunisation_exemption", "ohs68_sports_preparticipation", "ohs68_camp_health_form"}
AGES: dict[str, tuple[int, int]] = {
    "ohs68_school_nurse_visit_log": (6 * Y, 16 * Y), "ohs68_immunisation_exemption": (4 * Y, 12 * Y),
    "ohs68_sports_preparticipation": (14 * Y + 30, 17 * Y), "ohs68_camp_health_form": (8 * Y, 15 * Y),
    "ohs68_recruit_medical": (21 * Y, 34 * Y), "ohs68_aviation_medical": (28 * Y, 61 * Y),
}  # fmt: skip
OLD_M = {"ohs68_oh_management_referral"}
OLD_X = {"ohs68_sharps_exposure_report"}
OLD_Y = {"ohs68_injury_register"}


def work_email(w: Person, domain: str) -> P:
    g = ids.ascii_fold(w.given).lower().replace(" ", "")
    f = ids.ascii_fold(w.family).lower().replace(" ", "").replace("'", "")
    return P("EMAIL", f"{g[0]}{f}@{domain}")


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 15) + timedelta(days=rng.randrange(500))
    used: set[str] = set()
    child = kind in CHILD
    p = draw_person(rng, loc, used, d1, age_days=AGES.get(kind, (20 * Y, 62 * Y)))
    pa = (d1 - p.dob).days
    here = p.region  # neighbours, co-workers, schoolmates and local staff live in the patient's region
    if child:
        r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.8 else None, home=p,
                        age_days=(pa + 20 * Y, pa + 40 * Y))  # fmt: skip
        m = draw_person(rng, loc, used, d1, female=not r.female, culture=p.culture, family=p.family, home=p if rng.random() < 0.6 else None,
                        region=here, age_days=(pa + 20 * Y, pa + 42 * Y))  # fmt: skip
    else:
        r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, home=p,
                        family=p.family if rng.random() < 0.6 else None, age_days=(max(20 * Y, pa - 6 * Y), max(21 * Y, pa + 5 * Y)))  # fmt: skip
        m_age = (90 * Y + 20, 96 * Y) if kind in OLD_M else (max(17 * Y, pa - 34 * Y), max(18 * Y, pa - 18 * Y))
        m = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.6 else None, region=here, age_days=m_age)
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m}
    for x in ("d", "e"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 64 * Y))
    ppl["s"] = draw_person(rng, loc, used, d1, region=here, age_days=(27 * Y, 64 * Y))
    ppl["x"] = draw_person(rng, loc, used, d1, region=here, age_days=(90 * Y + 20, 97 * Y) if kind in OLD_X else (24 * Y, 66 * Y))
    ppl["y"] = draw_person(rng, loc, used, d1, region=here, age_days=(90 * Y + 20, 98 * Y) if kind in OLD_Y else (26 * Y, 66 * Y))
    for i in range(1, 5):
        w = ppl[f"w{i}"] = draw_person(rng, loc, used, d1, region=here, age_days=AGES[kind] if child else (19 * Y, 63 * Y))
        ppl[f"v{i}"] = draw_person(rng, loc, used, d1, culture=w.culture, family=w.family if rng.random() < 0.7 else None, home=w,
                                   age_days=((d1 - w.dob).days + 20 * Y, (d1 - w.dob).days + 40 * Y))  # fmt: skip
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    # employer (keep) and the addresses people write from
    employer, jobs, domain = rng.choice(KIND_EMPLOYERS.get(kind, {}).get(loc_code) or EMPLOYERS[loc_code])
    s["employer"], s["job"], s["x_job"] = K(employer), K(rng.choice(jobs)), K(rng.choice(jobs))
    service = rng.choice(SERVICE_DOMAINS[loc_code])
    for x, w in ppl.items():
        s[f"{x}_wem"] = work_email(w, SCHOOL_DOMAINS[loc_code] if child else domain)
        s[f"{x}_cem"] = work_email(w, service)
    s["r_rel"] = ("father" if not r.female else "mother") if child else ("husband" if not r.female else "wife")
    s["m_rel"] = ("father" if not m.female else "mother") if child or kind in OLD_M else ("son" if not m.female else "daughter")
    # dates
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(1, 6)), "d3": d1 - timedelta(days=rng.randint(3, 12)),
          "d4": d1 + timedelta(days=rng.randint(9, 45)), "d5": d1 - timedelta(days=rng.randint(300, 3000)),
          "d6": d1 + timedelta(days=rng.randint(50, 120)), "d7": d1 - timedelta(days=rng.randint(380, 700)),
          "d8": d1 + timedelta(days=rng.randint(130, 170)), "d9": d1 + timedelta(days=rng.randint(330, 400))}  # fmt: skip
    dd["c1"] = date(d1.year + (d1.month >= 6), 7, rng.randint(1, 20))  # a summer camp session
    dd["c2"] = dd["c1"] + timedelta(days=rng.choice([6, 13]))
    for i in range(1, 5):
        dd[f"e{i}"] = d1 - timedelta(days=rng.randint(30 * i, 30 * i + 25))
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    s["log_year"] = str(d1.year)
    # years in the patient's own past (keep): an old injury, a vaccination, the start of an exposure
    first = p.dob.year + (16 if not child else 1)
    y1, y2 = sorted(rng.sample(range(first, d1.year - 1), 2))
    s["p_yr"], s["p_yr2"] = K(str(y1)), K(str(y2))
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    # clinicians
    label, gen = LIC_D[loc_code]
    s["lic_label"] = CA_COLLEGE[ppl["d"].abbr] if loc_code == "CA" else label
    for x in ("d", "x", "y"):
        s[f"{x}_lic"] = P("LICENSE", gen(rng))
        s[f"{x}_npi"] = P("LICENSE", ids.npi(rng))
        s[f"{x}_cred"] = rng.choice(CRED_D[loc_code])
    s["d_state_lic"] = F("LICENSE", "%####", "MD%#####", "C%####")
    s["d_nr"] = P("LICENSE", fill(rng, "%#########"))
    s["d_prov"] = F("LICENSE", "%######@", "%#####@")
    s["e_lic_label"], s["e_lic"] = LIC_E[loc_code][0], F("LICENSE", LIC_E[loc_code][1])
    s["e_cred"] = rng.choice(CRED_E[loc_code])
    s["tech_lic"] = F("LICENSE", "%#####", "C-%####")
    s["board"], s["form_title"] = BOARDS.get(p.abbr, ("", ""))
    # identifiers
    s["claim"] = F("ID", "%##-###-####", "WC%########", "%#########", "%#######-###")
    s["claim2"] = F("ID", "%##@%#####", "%##-##-#####")
    s["emp_file"] = F("ID", "HR-%####", f"{d1.year}-%###")
    s["emp_id"] = F("ID", "E%#####", "%######", "%####")
    for i in range(1, 5):
        s[f"w{i}_emp"] = F("ID", "E%#####", "%######")
    s["batch"] = F("ID", "FROI%########", "%##########")
    s["oh_ref"] = F("ID", "OH/%#####", "OHR-%######", "%#####/%#")
    s["incident"] = F("ID", "EXP-%#####", "IR-%######", "%#######")
    s["spec_id"] = F("ID", "%######", "%#######")
    s["lab_acc"] = F("ID", "%#########", "@@%#######")
    s["mro_case"] = F("ID", "MRO-%######", "%########")
    s["coll_id"] = F("ID", "C%####", "%#####")
    s["rx_no"] = F("ID", "%######", "RX%######")
    s["mx_conf"] = F("ID", "@@%#####", "%########")
    s["caa_ref"] = F("ID", "%######", "MED%#####")
    s["cert_no"] = F("ID", "%######", "@%#######")
    s["dis_book"] = F("ID", "R%#####", "%######")
    s["passport"] = F("ID", "%########", "@%#######")
    s["mmc_ref"] = F("ID", "%######", "%#######")
    s["cand"] = F("ID", "FF-%####", "%#####") if loc_code == "US" else F("ID", "PR/%####/%#", "R%#####")
    s["iis_id"] = F("ID", "%#########", "IIS%#######")
    s["hm_ref"] = F("ID", "HM-%#####", "%#######")
    s["osha_case"] = fill(rng, "%#")  # plain: the log's running case number
    s["mrn"] = F("MRN", "%#######", "H%######", "E%#######")
    s["bank"] = P("ACCOUNT", fill(rng, "BSB 0^#-### account %#######"))
    s["bill_acct"] = F("ACCOUNT", "%########", "AC-%#######", "%###-%#####")
    s["member"] = F("HEALTH_PLAN", "@@@%########", "W%########", "%##########")
    s["pilot_cert"] = F("LICENSE", "%#######", "3%######")
    s["caa_lic"] = P("LICENSE", fill(rng, "UK.FCL.%#######"))
    s["ame_no"] = F("LICENSE", "%####", "%####-#")
    s["caa_ame"] = P("LICENSE", fill(rng, "UK.AME.%###"))
    s["mca_ad"] = F("LICENSE", "%###", "AD%###")
    s["mroc"] = F("LICENSE", "%####", "MRO-%####")
    s["cpap_sn"] = F("DEVICE", "%#########", "@@%#########", "%###########")
    s["pump_sn"] = F("DEVICE", "PDM-%#######", "@@%########")
    s["aid_sn"] = F("DEVICE", "%#######", "%#@######")
    s["plate"] = P("VEHICLE", fill(rng, {"US": "@@@ %###", "CA": "@@@ %##", "UK": "@@%# @@@", "IE": "%##-@-%####", "AU": "%@@-%##"}[loc_code]))
    s["vin"] = P("VEHICLE", fill(rng, "%@@@@##@#@@%#####").replace("I", "J").replace("O", "P").replace("Q", "R"))
    s["ip"] = P("IP", ids.ipv4(rng))
    s["url"] = P("URL", fill(rng, rng.choice(["https://results.mroportal.example/case/MRO%######?token=~~~~~~~~~~~~",
                                              "https://ccf.example-mro.com/r/~~~~~~~~~~~~~~~~?donor=%#####"])))  # fmt: skip
    for key in ("d_fax", "s_fax", "y_fax", "d_ph"):
        s[key] = P("PHONE", phone(rng, loc, here))
    # keep values
    how, nature, body, icd, cause = rng.choice(INCIDENTS)
    s["how"], s["nature"], s["body"], s["icd"], s["cause"] = K(how), K(nature), K(body), K(icd), K(cause)
    s["restriction"] = K(rng.choice(RESTRICTIONS))
    s["treatment"] = K(rng.choice(TREATMENTS))
    s["clinic"], s["clinic2"] = (K(v) for v in rng.sample(CLINICS[loc_code], 2))
    s["gp_practice"] = K(rng.choice(GP_PRACTICES[loc_code]))
    s["hospital"] = K(rng.choice(HOSPITALS[loc_code]))
    s["lang"] = K(LANG_OF.get(p.culture, "French" if p.culture == "haitian" and loc_code == "CA" else "English"))
    s["nationality"] = K(NATIONALITY.get(p.culture, loc.country))
    s["panel"] = K(rng.choice(DRUG_PANELS))
    s["reason"] = K(rng.choice(REASONS))
    s["analyte"], s["level"], s["cutoff"], s["rx_drug"], s["verdict"] = (K(v) for v in rng.choice(POSITIVES))
    s["lab"] = K(rng.choice(LABS.get(loc_code, LABS["US"])))
    s["au_drug"] = K(rng.choice(AU_DRUGS))
    s["au_cutoff"] = K(rng.choice(AU_CUTOFF))
    s["hpd"] = K(rng.choice(HPD))
    s["school"] = K(SCHOOLS.get(p.region, "Lakeview School"))
    s["sport"], s["sport2"] = (K(v) for v in rng.sample(SPORTS.get(loc_code, SPORTS["US"]), 2))
    s["club"] = K(rng.choice(CLUBS))
    s["camp"] = K(rng.choice(CAMPS.get(loc_code, CAMPS["US"])))
    s["vacc1"], s["vacc2"], s["vacc3"] = (K(v) for v in rng.sample(VACCINES.get(loc_code, VACCINES["US"]), 3))
    s["allergy"] = K(rng.choice(ALLERGIES[:-1]))
    s["inhaler"] = K(rng.choice(INHALERS[2:] if loc_code in ("UK", "IE", "AU") else INHALERS[:2]))
    s["med_am"], s["med_pm"] = K(rng.choice(MEDS_AM)), K(rng.choice(MEDS_PM))
    s["country"] = K(loc.country)
    s["wage"] = f"${rng.randint(14, 31)}.{rng.choice(['00', '25', '40', '50', '75'])}"
    s["bp"] = K(f"{rng.randint(118, 152)}/{rng.randint(72, 96)}")
    s["bmi"] = K(f"BMI {rng.randint(21, 34)}.{rng.randint(0, 9)}")
    fvc = rng.randint(330, 560) / 100
    ratio = rng.randint(62, 82) / 100
    s["fvc"], s["fev1"], s["ratio"] = K(f"{fvc:.2f} L"), K(f"{fvc * ratio:.2f} L"), K(f"{ratio:.2f}")
    s["fev1_pct"] = K(f"{rng.randint(61, 104)}% predicted")
    s["glucose"] = K(f"{rng.randint(52, 68)} mg/dL" if loc_code == "US" else f"{rng.randint(29, 38) / 10:.1f} mmol/L")
    return s


# ---- templates -------------------------------------------------------------------------------------------

FIRST_REPORT = {
    "US": """EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS                                   ‹Form IA-1 (EDI FROI 00)›
Jurisdiction: «p_region»     Jurisdiction claim no. «claim»     Carrier claim no. «claim2»     Employer file no. «emp_file»
Date reported to carrier: «d2_us»     Employer: «employer»     Location: main site, second shift

EMPLOYEE
  Name (last, first): «p_LF»                SSN: «p_nid»                Employee ID: «emp_id»
  Home address: «p_addr»
  Home phone: «p_ph»     Date of birth: «p_dob»     Age: «p_age»     Sex: «p_sexword»     Primary language: «lang»
  Occupation / job title: «job»     Date of hire: «d5_us»     Wage: «wage» per hour, 40 hrs/week, paid weekly

INJURY / ILLNESS
  Date of injury: «d1_us»     Time of injury: 06:40 AM     Time employee began work: 05:00 AM     Last day worked: «d1_us»
  Date employer notified: «d1_us»     Reported to: «s_n» (line supervisor, direct «s_ph»)
  How the injury occurred: «how».
  Nature of injury: «nature»     Part of body: «body»     Cause: «cause»     OSHA 300 log case no. «osha_case»
  Witness: «x_n» («x_job»), cell «x_ph»

TREATMENT
  Initial treatment: «treatment» at «clinic» on «d1_us» (clinic chart no. «mrn»)
  Treating physician: «d_n», «d_cred» (NPI «d_npi»)     Diagnosis: «icd»     Hospitalized overnight: no
  Return to work: restricted duty from «d2_us» — «restriction»
  Emergency contact: «r_n» («r_rel»), «r_ph»

Prepared by: «y_n», HR generalist · «y_wem» · «y_ph» · signed «d2_us»
EDI transmission: FROI accepted «d2_iso» 16:02 CT, batch «batch», submitted from «ip»
""",
    "CA": """«board» — ‹Employer's report›: «form_title»                                Claim no. «claim»
A. WORKER INFORMATION
   Job title / occupation: «job»                              Worker's first language: «lang»
   Last name: «p_f»          First name: «p_g»          Date of birth: «p_dobiso»          Sex: «p_sex»
   Address: «p_line»          City/Town: «p_town»          Province: «p_abbr»          Postal code: «p_pc»
   Telephone: «p_ph»          Social Insurance Number: «p_nid2»          Health card no.: «p_nid»
   Date of hire: «d5_iso»          Employee no.: «emp_id»          Apprentice: no
B. EMPLOYER: «employer» — plant office, general line on file
C. ACCIDENT / ILLNESS DETAILS
   Date and hour of accident: «d1_iso» 14:15          Date reported to employer: «d1_iso»
   Reported to: «s_n», lead hand, «s_ph»
   Area of injury: «body»          Nature: «nature»          Cause: «cause»
   Describe what happened: «how».
   Witnesses: «x_n» («x_job»), tel. «x_ph»; «w1_n», tel. «w1_ph»
D. HEALTH CARE: first received «d1_iso» at «clinic» — «d_n», «d_cred» («lic_label» «d_lic»); referred to «hospital» for imaging (chart «mrn»)
E. LOST TIME / RETURN TO WORK: modified work offered «d2_iso» and accepted — «restriction»
F. NET EARNINGS: «wage»/hour, 4 on / 4 off rotation
G. COMPLETED BY: «y_n», safety coordinator · «y_wem» · direct «y_ph» · signed «d2_iso»
   Worker's copy mailed to «p_addr»
""",
}

CLAIM_NOTES = {
    "US": """CLAIM FILE NOTES — Workers' Compensation                                     Claim «claim» · jurisdiction «p_abbr»
Claimant: «p_n» (DOB «p_dob», SSN ending «p_ssn4»)   Employer: «employer»   DOI: «d1_us»   Adjuster: «s_n», ext. 4417
Body part: «body» · Nature: «nature» · Cause: «cause» · Occupation: «job»
-------------------------------------------------------------------------------------------------------
«d2_us» 09:14  «s_i»   3-point contact. Claimant reached at «p_ph»; lives at «p_line», «p_town». Confirms: «how».
                       «r_rel» «r_g» answered first; claimant prefers calls after 3 pm.
«d2_us» 10:02  «s_i»   Employer contact «x_n» (safety manager, «x_ph»). Light duty available: sorting, seated.
«d2_us» 11:30  «s_i»   Medical: «d_n», «d_cred» at «clinic» (NPI «d_npi»). Dx «icd». Work status: «restriction».
«d4_us» 08:50  «s_i»   AWW verified from wage statement; TTD set, first check mailed to «p_addr».
«d4_us» 09:40  «s_i»   Clinic bill (patient account «bill_acct», chart «mrn») sent to bill review. Mileage log set up for claimant's own car, plate «plate».
«d4_us» 14:20  «s_i»   Recorded statement taken. Prior «body» complaint in «p_yr» (softball) — index search no prior claims.
«d6_us» 09:05  «s_i»   Nurse case manager «e_n», «e_cred» («e_cem») assigned; PT 2x/week x 4 weeks approved.
«d6_us» 16:40  «e_i»   Spoke with claimant's «m_rel» «m_n» («m_ph») re: transportation to PT; cab arranged.
«d8_us» 10:10  «s_i»   IME scheduled with «y_n», «y_cred» (orthopedics) on «d9_us» 09:00. Attorney: none. MMI not reached.
Reserve review: medical / indemnity reserves adjusted. Next diary «d9_us». Supervisor review: «w1_n».
""",
    "AU": """WORKCOVER CLAIM FILE NOTES                                                     Claim no. «claim»
Worker: «p_n» · DOB «p_dob» · Medicare «p_nid» · Occupation: «job»
Employer: «employer» · Date of injury «d1_dmy» · «nature», «body» («icd») · Mechanism: «cause»
Case manager: «s_n» · Injury management: certificates of capacity from Dr «d_n» (AHPRA «d_lic»)
-------------------------------------------------------------------------------------------------------
«d2_dmy» 09:14  «s_i»   Initial contact with worker on «p_ph». Lives at «p_line», «p_town» with partner «r_g». Interpreter
                        offered (preferred language «lang», TIS National). Mechanism confirmed: «how».
«d2_dmy» 10:02  «s_i»   Employer contact «x_n» (WHS coordinator, «x_ph»): suitable duties available — «restriction».
«d2_dmy» 11:30  «s_i»   Certificate of capacity received: modified duties from «d2_dmy» to «d4_dmy». Dx «icd».
«d4_dmy» 13:45  «s_i»   PIAWE calculated from 52 weeks' payslips; weekly payments to «bank».
«d6_dmy» 09:20  «s_i»   Referred to occupational rehabilitation provider — consultant «y_n» («y_cem»).
«d6_dmy» 15:05  «s_i»   Worker's «m_rel» «m_n» phoned from «m_ph» re: travel reimbursement for physio at «clinic» (own car, rego «plate»).
«d8_dmy» 11:00  «s_i»   IME booked with Dr «e_n» (orthopaedic surgeon) on «d9_dmy» 10:30; worker notified by SMS.
Next review: «d9_dmy». File reviewed by team leader «w1_n».
""",
}

RTW = {
    "CA": """‹FUNCTIONAL ABILITIES FORM› for Planning Early and Safe Return to Work                   Claim no. «claim»
Worker: «p_n»          Date of birth: «p_dobiso»          Health card: «p_nid»          Tel.: «p_ph»
Address: «p_addr»
Employer: «employer» — RTW contact «s_n», «s_wem», «s_ph»
Job: «job»          Date of accident / illness: «d1_iso»          Board: «board»
Health professional: «d_n», «d_cred», «clinic» («lic_label» «d_lic»), direct line «d_ph»
Date of assessment: «d2_iso»
ABILITIES (check all that apply)
  Walking: ‹up to 100 metres›      Standing: ‹up to 15 minutes›      Sitting: full abilities
  Lifting floor to waist: ‹up to 5 kg›      Lifting waist to shoulder: none      Stair climbing: up to 5 steps
  Injured area: «body» — limited use      Exposure to cold: avoid (fish plant / outdoor work)
RESTRICTIONS: «restriction». The restrictions apply for approximately 14 days, starting «d2_iso».
Recommended date of next appointment: «d4_iso»
Worker signature (typed): «p_i»          Union steward present: «x_n» (Local 1252)
Copy sent to «employer» RTW coordinator «y_n» («y_wem») on «d2_iso»; worker's spouse «r_n» to drive to work.
""",
    "AU": """RETURN TO WORK PLAN — «employer»                                                 Claim number «claim»
Worker: «p_n» · Date of birth «p_dob» · Phone «p_ph» · Email «p_em»
Address: «p_addr»
Injury: «nature», «body» (date of injury «d1_dmy») · Pre-injury role: «job», 38 hrs/week
Treating practitioner: Dr «d_n», «clinic» (AHPRA «d_lic») — certificate of capacity dated «d2_dmy», valid to «d4_dmy»
Return to work coordinator: «s_n», «s_ph» · Supervisor: «x_n» (leading hand)
Preferred language: «lang» (TIS National if needed) · Support person: «r_n» («r_rel»)
SUITABLE DUTIES
  Week 1–2: 4 hrs/day, 4 days/week — «restriction»; quality checks and paperwork in the office
  Week 3–4: 6 hrs/day, 5 days/week — as per certificate; no «cause» tasks
  Not to perform: forklift, knives, heavy lifting
Medical appointments in work time: physiotherapy at «clinic2» Tue/Thu
Review date: «d4_dmy». Plan agreed by worker (signed «p_i») on «d2_dmy»; copy to case manager «y_n», «y_cem»
""",
}

OH_REFERRAL = {
    "UK": """OCCUPATIONAL HEALTH MANAGEMENT REFERRAL — «employer»                              OH ref: «oh_ref»
Employee: «p_n»     Payroll no.: «emp_id»     Date of birth: «p_dob»     NI number: «p_nid2»
Home address: «p_addr»
Mobile: «p_ph»     Personal email: «p_em»     Job title: «job»     Start date: «d5_dmy»
Referring manager: «s_n», site manager, «s_wem», «s_ph»     HR adviser (cc): «y_n»
Reason for referral: «p_g» has been absent since «d3_dmy» (fit note from Dr «x_n», «x_ph»: «nature» of the «body»,
"may be fit for work with amended duties"). «p_He» also cares for «p_his» «m_rel», «m_n», who is «m_old» and lives with them.
Questions for OH: 1. Is «p_g» fit for «p_his» role? 2. Adjustments under the ‹Equality Act 2010›? 3. Likely return date?
Consent to referral signed by the employee («p_i») on «d2_dmy».
---------------------------------------------------------------------------------------------------
OH REPORT — telephone consultation «d4_dmy» with «e_n», «e_cred» («e_lic_label» «e_lic»)
Opinion: temporarily unfit for full duties; fit for a ‹phased return over 4 weeks› from «d6_dmy» — «restriction».
Carer's leave / flexible hours would support attendance while «p_his» «m_rel» («m_old») awaits a care package.
Review with OH physician Dr «d_n» (GMC «d_lic») if not back to contracted hours by «d8_dmy».
""",
    "IE": """HSE OCCUPATIONAL HEALTH — ‹MANAGEMENT REFERRAL FORM›                              OH ref: «oh_ref»
Employee: «p_n»     Staff no.: «emp_id»     Date of birth: «p_dob»     PPS no.: «p_nid»
Home address: «p_addr»
Mobile: «p_ph»     Email: «p_em»     Grade / post: «job», «employer»     Start date: «d5_dmy»
Line manager: «s_n», «s_wem», «s_ph»     HR (cc): «y_n»
Reason: certified sick leave since «d3_dmy» (GP: Dr «x_n», IMC no. «x_lic», «x_ph») — «nature» of the «body».
«p_g» is also the main carer for «p_his» «m_rel», «m_n» («m_old»), at home in «m_town».
Questions: fitness for «p_his» post; reasonable accommodation (‹Employment Equality Acts›); ‹Employee Assistance Programme›.
Employee informed of referral and consented on «d2_dmy» — signed «p_i».
---------------------------------------------------------------------------------------------------
OH REPORT — seen «d4_dmy» by «e_n», «e_cred» («e_lic_label» «e_lic»), and Dr «d_n» (IMC no. «d_lic»)
Opinion: fit for a graded return from «d6_dmy»: «restriction». Carer's leave under the ‹Carer's Leave Act› would help.
Review in OH on «d8_dmy». Preferred language: «lang».
""",
}

DRIVER_MEDICAL = {
    "US": """MEDICAL EXAMINATION REPORT FORM (for Commercial Driver Medical Certification)            ‹MCSA-5875›
SECTION 1. DRIVER INFORMATION (to be filled out by the driver)
  Last name: «p_f»          First name: «p_g»          Date of birth: «p_dob»          Age: «p_age»          Sex: «p_sex»
  Street address: «p_line»          City: «p_town»          State: «p_abbr»          Zip code: «p_pc»
  Driver's license no.: «p_dl»          Issuing state: «p_abbr»          Phone: «p_ph»          E-mail: «p_em»
  CLP/CDL applicant/holder: Yes          Driver ID verified by: CDL          Employer: «employer» («job»), assigned tractor VIN «vin»
  Health history: sleep apnea — uses CPAP nightly (‹ResMed AirSense 11›, SN «cpap_sn»; 90-day compliance 87%);
  high blood pressure, on ‹Lisinopril 20 mg›; «body» injury «p_yr», full duty since.
  Driver signature: «p_i»          Date: «d1_us»
SECTION 2. EXAMINATION REPORT
  Hearing: forced whisper test ≥ 5 ft both ears          Vision: 20/25 right, 20/20 left, 20/20 both (corrective lenses)
  Blood pressure: «bp», pulse 78 regular          Urinalysis: SG 1.020, protein negative, blood negative, sugar negative
  Findings: BMI and neck circumference noted; CPAP compliance report reviewed with the driver's «r_rel» «r_g».
SECTION 3. DETERMINATION
  Meets standards, but periodic monitoring required — hypertension: 1-year certificate; wearing corrective lenses.
  Medical examiner: «d_n», «d_cred»          Medical examiner's license no.: «d_state_lic» («p_abbr»)
  National Registry no.: «d_nr»          Phone: «d_ph»          Date of certificate: «d1_us»          Expiration: «d9_us»
  Copy to motor carrier safety director «s_n» («s_wem», fax «s_fax»)
""",
    "CA": """DRIVER'S MEDICAL EXAMINATION REPORT — Commercial (Class 1 / NSC)                    ‹CCMTA Medical Standards›
Driver: «p_n»          Date of birth: «p_dobiso»          Driver's licence no.: «p_dl» («p_abbr»), Class 1
Address: «p_addr»
Telephone: «p_ph»          Health card: «p_nid»          Employer: «employer» (cross-border carrier)
Medical history (driver): sleep apnea on CPAP (device SN «cpap_sn»), «body» injury «p_yr», no seizures, no insulin.
Driver's declaration signed «p_i» on «d1_iso»
EXAMINATION «d1_iso» — «clinic»
  Visual acuity: ‹6/6 right›, ‹6/9 left›, 6/6 both (with correction); fields ≥ 150° horizontal
  Blood pressure «bp»; hearing: conversational voice at 1 m; urinalysis negative
  Cardiac: no history; ECG not indicated. ‹Epworth score 7›.
Physician's opinion: meets the NSC standard for Class 1 — condition: corrective lenses; CPAP compliance report in 12 months.
Examining physician: «d_n», «d_cred» («lic_label» «d_lic»), «d_ph»
Report forwarded to the licensing authority on «d2_iso». Carrier safety contact: «s_n», «s_wem».
Next medical due: «d9_iso». Emergency contact: «r_n», «r_ph».
""",
}

AVIATION = {
    "US": """FAA MedXPress — Application for Airman Medical Certificate (‹FAA Form 8500-8›)          Confirmation no. «mx_conf»
1. Application for: First Class                 2. Name: «p_NC»
3. Address: «p_addr»          Phone: «p_ph»          E-mail: «p_em»
4. Date of birth: «p_dob»          5. Sex: «p_sexword»          Citizenship: United States
6. Type of airman certificate held: ‹Airline Transport Pilot› — certificate no. «pilot_cert»
7. Occupation: «job»          Employer: «employer»          Total pilot time: 4,210 hrs
8. Date of last FAA medical application: «d7_us»          Certificate denied, suspended or revoked: no
9. Visits to health professionals within last 3 years:
   «e4_us» — «x_n», «x_cred» (dermatology, Bluegrass Skin & Cancer Center): excision of a ‹basal cell carcinoma›, healed
   «d3_us» — «y_n», «y_cred» (urgent care): «body» strain after a fall, 1 visit
Applicant's signature (electronic): «p_NC», «d3_us»
EXAMINATION — «d1_us» by AME «d_n», «d_cred», AME serial no. «ame_no», «d_ph»
  Distant vision ‹20/20 each eye› with correction; near 20/40 uncorrected; colour: ‹Ishihara 14/14›
  Hearing: conversational voice at 6 ft, back turned; ECG (age 40+): ‹normal sinus rhythm›
  Blood pressure «bp»; urinalysis negative
Issued: First Class — limitation: must wear corrective lenses for distant vision. Copy e-mailed to «p_em».
""",
    "UK": """UK CIVIL AVIATION AUTHORITY — ‹Application for a Class 1 Medical Certificate›         CAA medical ref: «caa_ref»
Surname: «p_F»          Forenames: «p_g»          Date of birth: «p_dob»          Sex: «p_sexword»
Place of birth: «p_town»          Nationality: British
Address: «p_addr»
Mobile: «p_ph»          E-mail: «p_em»
Licence held: «caa_lic» (‹ATPL(A)›)          Employer: «employer» («job»)          Hours flown: 6,870
Previous examination: «d7_dmy» (Class 1, limitation VNL)
General practitioner: Dr «x_n», «x_ph» (summary of records received «d3_dmy»); NHS number «p_nid»
EXAMINATION «d1_dmy» — AME Dr «d_n», «d_cred» (AME approval «caa_ame»)
  Audiogram: ‹≤ 20 dB at 500–2000 Hz›, ‹35 dB at 3000 Hz› right          Spirometry: FEV1 «fev1», FVC «fvc»
  Resting ECG: normal          ‹Hb 14.1 g/dL›          Blood pressure «bp»
Assessment: FIT ‹Class 1› — limitation ‹VNL› (shall have available corrective spectacles for near vision).
Certificate issued «d1_dmy», valid until «d9_dmy». Next-of-kin on file: «r_n», «r_ph».
""",
}

SEAFARER = {
    "UK": """MARITIME AND COASTGUARD AGENCY — ‹ENG1 Seafarer Medical Examination Record (MSF 4100)›
Certificate no.: «cert_no»          Approved doctor: Dr «d_n», «d_cred» (MCA approved doctor no. «mca_ad»), «clinic»
Seafarer: «p_n»          Date of birth: «p_dob»          Discharge book no.: «dis_book»          Passport no.: «passport»
Address: «p_addr»          Mobile: «p_ph»
Department: Deck          Capacity: AB / deckhand, MV Skerry Lass (workboat, fish farm support, «employer»)
Hearing: conversational voice at 2 m each ear, audiogram within standard          Hearing aid: none
Vision: ‹6/6 each eye› unaided; colour vision ‹Ishihara 17/17›          Blood pressure «bp»; urinalysis NAD
History: «nature» of the «body» «p_yr», full recovery; no medication.
Decision: FIT for look-out duties — FIT without restrictions, worldwide.          Examination date: «d1_dmy»
Certificate expires: «d9_dmy»          Previous ENG1: Dr «x_n», «d7_dmy», fit (T) near coastal
Next of kin: «r_n» («r_rel»), «r_ph»
Seafarer's declaration signed «p_i» on «d1_dmy»; copy e-mailed to «p_em»
""",
    "US": """U.S. COAST GUARD — ‹Merchant Mariner Medical Evaluation Report (CG-719K)›
Applicant: «p_n»          Date of birth: «p_dob»          MMC reference no.: «mmc_ref»          Passport no.: «passport»
Address: «p_addr»          Phone: «p_ph»          E-mail: «p_em»
Position applied for: able seaman / tankerman — «employer»
Section II: Medical history — sleep apnea on CPAP (SN «cpap_sn»), «nature» «body» «p_yr», no seizures.
Medications: ‹Lisinopril 20 mg›, ‹Atorvastatin 20 mg›
Section III: Examination («d1_us»)
  Vision: ‹20/20 each eye› corrected; color vision: ‹Ishihara 14/14›          Hearing: audiometer, ≤ 30 dB 500–2000 Hz
  Blood pressure «bp»; pulse 72          Physical ability: meets the demonstration of physical ability guidelines
Section IV: Medical practitioner — «d_n», «d_cred», license no. «d_state_lic» («p_abbr»), «clinic», «d_ph»
Recommendation: meets medical standards; no waiver required. Signed «d1_us».
Applicant's signature: «p_i», «d1_us».          Emergency contact: «r_n» («r_rel»), «r_ph»
Submitted to the NMC with application on «d2_us»; company DPA «s_n», «s_wem»
""",
}

CCF = {
    "US": """FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM                                SPECIMEN ID NO. «spec_id»
STEP 1: COMPLETED BY COLLECTOR OR EMPLOYER REPRESENTATIVE
  A. Employer: «employer» · DER: «s_n», «s_ph», fax «s_fax»
  B. MRO: «y_n», «y_cred» · phone «y_ph» · fax «y_fax»
  C. Donor SSN or Employee ID no.: «p_nid»
  D. Specify DOT agency: ‹FMCSA›          E. Reason for test: «reason»
  F. Drug tests to be performed: «panel»
  G. Collection site: «clinic», collector phone «x_ph»
STEP 2: Temperature ‹between 90° and 100° F› within 4 minutes: yes · ‹Split specimen› · Observed: no
STEP 4: CHAIN OF CUSTODY — I certify that the specimen was collected, labeled, sealed and released in accordance
  with ‹49 CFR Part 40›. Collector: «x_n» (collector ID «coll_id») · Date «d1_us» · Time 07:12 · Released to courier
  Received at lab: «lab», accession «lab_acc», «d2_us»; primary specimen bottle seal intact
STEP 5: DONOR — I certify that I provided my urine specimen to the collector...
  Donor name: «p_NC»          Daytime phone: «p_ph»          Evening phone: «p_ph2»
  Date of birth: «p_dob»          Date: «d1_us»          Signature: «p_i»
  Medications (optional, for MRO): ‹Adderall›, ‹ibuprofen›
""",
    "AU": """URINE DRUG SCREEN — CHAIN OF CUSTODY (‹AS/NZS 4308:2008›)                      Specimen / seal no. «spec_id»
Company: «employer» · Requested by: «s_n» (WHS manager), «s_ph»
Donor: «p_n» · DOB «p_dob» · Employee no. «emp_id» · ID sighted: driver licence «p_dl» («p_abbr»)
Address: «p_addr» · Mobile: «p_ph»
Reason for test: «reason» · Medications declared (last 14 days): ‹Panadeine Forte›, ‹Valium 5 mg›
On-site screen «d1_dmy» 06:35: NON-NEGATIVE — «au_drug»; all other classes negative. Temperature ‹34 °C›.
Specimen split, sealed in donor's presence and sent for confirmation to «lab».
Collector: «x_n» (collector ID «coll_id»), mobile «x_ph» · Witness: «w1_n» (supervisor)
Donor declaration: I consent to the collection and testing — signed «p_i», «d1_dmy»
Laboratory: accession «lab_acc», received «d2_dmy»; confirmatory GC-MS cut-off «au_cutoff»
Result to MRO Dr «y_n» («y_ph»); donor stood down pending result — «s_n» to phone «p_ph2».
""",
}

MRO_REPORT = {
    "US": """MEDICAL REVIEW OFFICER — VERIFIED RESULT REPORT                                  MRO case «mro_case»
To (DER): «s_n», «employer» · secure fax «s_fax» · «s_wem»
Donor: «p_NC»          SSN: «p_nid»          DOB: «p_dob»          Phone: «p_ph»
Specimen ID: «spec_id»          Collected: «d1_us»          Lab received: «d2_us»          Lab: «lab» (accession «lab_acc»)
Reason: «reason»          Test: «panel»          DOT agency: FMCSA
Laboratory result: POSITIVE — «analyte» «level» (cut-off «cutoff»)
‹MRO interview›: «d4_us» by telephone at «p_ph2». Donor reported «rx_drug», prescribed by «d_n», «d_cred» («d_ph»),
  filled at Walgreens #4471 on «d3_us», Rx #«rx_no». Prescription verified with the pharmacy and the prescriber's office.
VERIFIED RESULT: «verdict»
‹Safety concern›: none reported to the employer. Split specimen: not requested.
MRO: «y_n», «y_cred», MROCC certification «mroc» · «y_ph» · signed «d4_us»
Result posted to the employer portal: «url»
""",
    "CA": """MEDICAL REVIEW OFFICER — VERIFIED RESULT REPORT (cross-border, 49 CFR Part 40)           MRO case «mro_case»
To (DER): «s_n», «employer» · «s_wem» · fax «s_fax»
Donor: «p_NC»          Employee no.: «emp_id»          Date of birth: «p_dobiso»          Telephone: «p_ph»
Driver's licence: «p_dl» («p_abbr»), Class 1          Specimen ID: «spec_id»          Collected: «d1_iso» at «clinic»
Laboratory: «lab», accession «lab_acc», received «d2_iso»
Reason: «reason»          Panel: «panel»
Laboratory result: POSITIVE — «analyte» «level» (cut-off «cutoff»)
MRO interview «d4_iso» (donor reached at «p_ph2»; preferred language «lang»): donor reported «rx_drug»
  prescribed by «d_n» («lic_label» «d_lic»), pharmacy Rx #«rx_no» filled «d3_iso».
VERIFIED RESULT: «verdict»
MRO: «y_n», «y_cred», MROCC «mroc», tel. «y_ph» · report signed «d4_iso»
Secure results link (DER only): «url»
""",
}

AUDIOMETRY = {
    "US": """HEARING CONSERVATION PROGRAM — AUDIOMETRIC TEST LOG (‹29 CFR 1910.95›)             «employer»
Test date: «d1_us»     Mobile test unit: booth 2     Technician: «e_n», CAOHC certification «tech_lic»
Reviewing audiologist: «d_n», «d_cred», license «d_state_lic»     Area TWA: 91 dBA (production floor), 88 dBA (shipping)
---------------------------------------------------------------------------------------------------------------
Employee                 Emp. ID    DOB          Job               Baseline      L 2/3/4 kHz     R 2/3/4 kHz     STS
«p_LF»        «emp_id»   «p_dob»   «job»     «d5_us»    «aud_p_l»    «aud_p_r»    YES (L)
«w1_LF»       «w1_emp»   «w1_dob»  «x_job»   «e3_us»    «aud_1_l»    «aud_1_r»    no
«w2_LF»       «w2_emp»   «w2_dob»  «job»     «e2_us»    «aud_2_l»    «aud_2_r»    no
«w3_LF»       «w3_emp»   «w3_dob»  «x_job»   «e4_us»    «aud_3_l»    «aud_3_r»    retest
---------------------------------------------------------------------------------------------------------------
STS LETTER (mailed within 21 days)                                                                   «d2_us»
Dear «p_title» «p_f»: Your hearing test on «d1_us» showed a standard threshold shift in the left ear (an average
change of 10 dB or more at 2000, 3000 and 4000 Hz compared with your baseline of «d5_us»). You have been refitted
with «hpd» and retrained (‹OSHA 300› review). A retest is scheduled for «d4_us». If the shift is confirmed, it will be recorded on the
OSHA 300 log as a hearing loss case. Questions: «e_n» at «e_ph» or «e_wem».
Mailed to: «p_addr»          cc: supervisor «s_n»; safety manager «x_n»
""",
    "UK": """HEALTH SURVEILLANCE — HEARING (‹Control of Noise at Work Regulations 2005›)          «employer»
Surveillance date: «d1_dmy»     OH technician: «e_n» («e_lic_label» «e_lic»)     Audiometer calibrated (certificate on file)
OH physician review: Dr «d_n», «d_cred» (GMC «d_lic»)     Daily exposure LEP,d: 87 dB(A) — hearing protection zone
---------------------------------------------------------------------------------------------------------------
Employee               Payroll    DOB           Role                  Sum 1,2,3,4 kHz (L / R)     HSE category
«p_LF»     «emp_id»   «p_dob»    «job»        «aud_p_l» / «aud_p_r»    Referral (Cat 3)
«w1_LF»    «w1_emp»   «w1_dob»   «x_job»      «aud_1_l» / «aud_1_r»    Acceptable (Cat 1)
«w2_LF»    «w2_emp»   «w2_dob»   «job»        «aud_2_l» / «aud_2_r»    Warning (Cat 2)
«w3_LF»    «w3_emp»   «w3_dob»   «x_job»      «aud_3_l» / «aud_3_r»    Acceptable (Cat 1)
---------------------------------------------------------------------------------------------------------------
Individual outcome letter — «p_n», «p_addr»
Your hearing test on «d1_dmy» places you in HSE category 3 (referral). Please see your GP, Dr «x_n», who will
receive a copy (NHS number «p_nid»). Your manager «s_n» has been told you need «hpd», not your test results.
Hearing aid in use (left): serial «aid_sn», NHS audiology at «hospital». Next test: «d9_dmy».
""",
}

SPIROMETRY = {
    "AU": """RESPIRABLE CRYSTALLINE SILICA — HEALTH MONITORING REPORT (‹WHS Regulations r 368–378›)      Report «hm_ref»
PCBU: «employer» · Contact for health monitoring: «s_n», WHS adviser, «s_wem», «s_ph»
Worker: «p_n» · DOB «p_dob» · Medicare «p_nid» · Mobile «p_ph»
Address: «p_addr»
Occupation: «job» · Engineered stone exposure since «p_yr»; dry cutting without water suppression until «p_yr2»
Previous monitoring: «d7_dmy» (normal)
SPIROMETRY «d1_dmy» (ATS/ERS 2019, GLI-2012 reference): FEV1 «fev1» («fev1_pct»), FVC «fvc», FEV1/FVC «ratio»
CHEST X-RAY «d2_dmy» — ILO classification by B reader Dr «x_n»: ‹1/0 q/q›, upper zones
Respiratory questionnaire: dry cough 6 months, breathless on two flights of stairs, non-smoker
Recommendation: low-dose HRCT; referral to respiratory physician Dr «e_n» at «hospital» — appointment «d4_dmy»
Registered medical practitioner supervising: Dr «d_n», «d_cred» (AHPRA «d_lic»), «clinic»
Worker consent to release to PCBU signed «p_i» on «d1_dmy». Next monitoring due: «d9_dmy»
Copy to worker's GP Dr «y_n» («y_ph»)
""",
    "UK": """HEALTH SURVEILLANCE RECORD — RESPIRATORY (flour dust, ‹COSHH Regulation 11›)                 «employer»
Surveillance date: «d1_dmy»     OH nurse: «e_n», «e_cred» («e_lic_label» «e_lic»)     Spirometer: calibration verified 3 L syringe
Responsible OH physician: Dr «d_n» (GMC «d_lic»)
---------------------------------------------------------------------------------------------------------------
Employee               Payroll    DOB           Role          FEV1        FVC        Ratio    Symptoms           Outcome
«p_LF»     «emp_id»   «p_dob»    «job»     «fev1»    «fvc»    «ratio»   work-related wheeze   refer
«w1_LF»    «w1_emp»   «w1_dob»   «x_job»   —           —          —        none                  normal
«w2_LF»    «w2_emp»   «w2_dob»   «job»     —           —          —        rhinitis              annual
---------------------------------------------------------------------------------------------------------------
Referral: «p_n» (NI «p_nid2», «p_addr», «p_ph») — FEV1 fall > 15% since «d7_dmy» with «fev1_pct»; ‹serial peak flow›
for 4 weeks; refer to the occupational lung disease clinic at «hospital». GP: Dr «x_n», «x_ph».
Manager informed of fitness outcome only: «s_n». Employee signed consent «p_i», «d1_dmy». Recall: «d8_dmy»
""",
}

SHARPS = {
    "US": """BLOODBORNE PATHOGEN EXPOSURE INCIDENT REPORT (‹OSHA 29 CFR 1910.1030›)                   Incident «incident»
Employee: «p_n»          Employee ID: «emp_id»          DOB: «p_dob»          Cell: «p_ph»
Department / job: Medical-Surgical 4 West / «job», «employer»          Hire date: «d5_us»
Exposure: «d1_us» 03:20, room 412 — percutaneous, ‹left index finger›, ‹21G safety butterfly› (‹BD Vacutainer Push Button›)
  during a ‹blood draw›; safety feature not activated; gloves worn; wound washed 2 min.
Source patient: «x_n», MRN «mrn», «x_old»-year-old resident admitted from ‹Cypress Grove Nursing Center›.
  Source consent obtained by «e_n», RN; ‹rapid HIV Ag/Ab› non-reactive «d1_us» 04:10; HBsAg, HCV Ab pending.
Employee baseline: HIV Ag/Ab, HBsAb (immune, 3-dose series «p_yr»), HCV Ab drawn «d1_us».
PEP: not indicated after source rapid test; counselled. Tetanus: ‹Tdap› «p_yr2».
Employee Health: «d_n», «d_cred» — follow-up «d4_us», «d6_us» and «d8_us»
Supervisor: «s_n» (charge nurse), notified 03:25, «s_ph»
Sharps injury log: device brand and type recorded; entered by «y_n», infection prevention, «y_wem»
""",
    "IE": """HSE — ‹BLOOD AND BODY FLUID EXPOSURE (BBFE) — OCCUPATIONAL HEALTH RECORD›             NIMS ref: «incident»
Employee: «p_n»          Staff no.: «emp_id»          DOB: «p_dob»          Mobile: «p_ph»
Grade: «job» («employer»)          PPS no.: «p_nid»
Exposure: «d1_dmy» at 14:50 — needlestick from an ‹insulin pen needle› while assisting a resident;
  safety pen needle not used; bled and washed immediately.
Source: resident «x_n», aged «x_old», MRN «mrn»; source bloods (‹HBsAg›, ‹HCV Ab›, ‹HIV Ag/Ab›) with consent via the GP, Dr «y_n».
Employee bloods: baseline serum saved «d1_dmy»; hepatitis B immune (‹anti-HBs > 100 mIU/mL›, «p_yr»).
Risk assessment: low risk — PEP not indicated. Follow-up at 6 and 12 weeks: «d4_dmy», «d6_dmy».
Seen by: «e_n», «e_cred» («e_lic_label» «e_lic»), Occupational Health, «hospital»; OH physician Dr «d_n» (IMC no. «d_lic»)
Line manager «s_n» informed «d1_dmy» (PIC on duty, «s_ph»). Employee's partner «r_n» collected «p_him» from work.
""",
}

SCHOOL_LOG = {
    "US": """«school» — HEALTH OFFICE DAILY LOG                     School nurse: «e_n», «e_cred»          «d1_wd», «d1_long»
Time   Student (last, first)        Gr   Complaint / reason              Assessment / intervention                          Disp.   Parent contact
07:52  «p_LF»         «p_grade»    low blood sugar (CGM alarm)     CGM «glucose», 15 g carbs, recheck in 15 min, OK       RTC     «r_rel» «r_g» «r_ph»
08:30  «w1_LF»        «w1_grade»   asthma — scheduled inhaler      «inhaler», 2 puffs, ‹peak flow 310 → 360›                   RTC     —
09:15  «w2_LF»        «w2_grade»   fall at recess, knee abrasion   cleaned, dressing, ice 10 min                          RTC     «v2_n» — left message «v2_ph»
10:40  «w3_LF»        «w3_grade»   headache, T 100.9 °F           sent home per fever policy; picked up 11:20            Home    «v3_n» «v3_ph»
12:05  «w4_LF»        «w4_grade»   ADHD medication (noon dose)     «med_am» given per MAR                                   RTC     —
---------------------------------------------------------------------------------------------------------------------------------
Note — «p_n» (DOB «p_dob»): ‹type 1 diabetes›, ‹Omnipod 5› (PDM serial «pump_sn»). Pump site came loose at lunch; «r_rel»
«r_n» brought a new pod at 12:40 and changed it in the health office. Diabetes care plan renewed «d3_us», signed by
«d_n», «d_cred» (NPI «d_npi»). Second parent «m_n» («m_ph») on the emergency card.
Immunization follow-up: «w3_n» missing «vacc1» — exclusion letter mailed to «v3_addr» on «d1_us»; due by «d4_us».
""",
    "CA": """«school» — SCHOOL HEALTH NURSE VISIT LOG                       Community health nurse: «e_n», «e_cred»          «d1_long»
Time   Student                      Grade       Reason                          Care provided                                       Outcome      Parent / guardian
08:10  «p_n»          «p_grade»   asthma flare after gym          «inhaler» 2 puffs via spacer, SpO2 97%                  class        «r_n», «r_ph»
09:05  «w1_n»         «w1_grade»  earache, 2 days                 otoscope: red TM left; referred to health centre     home         «v1_n», «v1_ph»
10:20  «w2_n»         «w2_grade»  HPV / hep B catch-up (consent)   «vacc1» given left deltoid, observed 15 min          class        consent signed by «v2_n»
11:45  «w3_n»         «w3_grade»  nosebleed                       pressure 10 min, resolved                           class        —
13:30  «w4_n»         «w4_grade»  anxiety, stomach ache           quiet room, called home                             home         «v4_n», «v4_ph»
---------------------------------------------------------------------------------------------------------------------------------
Follow-up — «p_n» (DOB «p_dobiso», health card «p_nid»): second asthma visit this month; «r_rel» agrees to an appointment
with «d_n», «d_cred» at the health centre on «d4_iso». Action plan updated; spare inhaler kept in the office.
Consent forms returned for the grade 7 clinic on «d3_iso»: «w2_n» (yes), «w4_n» (no). Records to «x_n», school principal.
""",
}

EXEMPTION = {
    "US": """«gp_practice»
«d1_long»

To: School Nurse, «school»
RE: MEDICAL EXEMPTION FROM SCHOOL IMMUNIZATION REQUIREMENTS
Student: «p_n»          Date of birth: «p_dob»          Grade: «p_grade»
Parent/guardian: «r_n», «r_addr», «r_ph»

I am the licensed physician caring for «p_g». In my professional opinion the following vaccine(s) are medically
contraindicated: «vacc1» and «vacc2». Reason: severe combined immunodeficiency under evaluation at «hospital»
(live vaccines contraindicated); a previous dose of «vacc3» on «e4_us» was followed by anaphylaxis.
Type of exemption: temporary, until «d9_us», when it will be reviewed.
Vaccines received to date are recorded in the state immunization information system, client ID «iis_id».
«d_n», MD, FAAP          State medical license «d_state_lic»          NPI «d_npi»
Office «d_ph» · fax «d_fax»
cc: «p_f» family; «e_n», RN, district nurse coordinator («e_wem»)
""",
    "AU": """Australian Immunisation Register — ‹IMMUNISATION MEDICAL EXEMPTION FORM (IM011)›
CHILD'S DETAILS
  Name: «p_n»          Date of birth: «p_dob»          Medicare card number: «p_nid»
  Address: «p_addr»
PARENT / GUARDIAN: «r_n» («r_rel») · «r_ph» · «r_em»
VACCINE(S) AND REASON
  «vacc1» — medical contraindication: ‹anaphylaxis› following a previous dose (given «e4_dmy»)
  «vacc2» — significant immunocompromise (live vaccine); chemotherapy at «hospital»
  Exemption: temporary, until «d9_dmy»
RECOGNISED PRACTITIONER
  Dr «d_n», MBBS, FRACP (paediatrician) · Medicare provider number «d_prov» · AHPRA «d_lic»
  Practice: «gp_practice» · Phone «d_ph»
  Signature and date: «d_i», «d1_dmy»
For the early learning service (‹No Jab No Play›): «p_g» enrolled «d3_dmy» at «school» — director «s_n», «s_wem».
""",
}

PPE = {
    "US": """PREPARTICIPATION PHYSICAL EVALUATION — HISTORY FORM & MEDICAL ELIGIBILITY FORM
Name: «p_n»          Sex: «p_sex»          Age: «p_age»          Date of birth: «p_dob»          Grade: «p_grade»
School: «school»          Sport(s): «sport», «sport2»
Home address: «p_addr»          Home phone: «r_ph»
Parent/guardian: «r_n» («r_em»)          Other contact: «m_n», «m_ph»
Personal physician: «d_n», «d_cred», «d_ph»
Has a doctor ever denied or restricted participation? No          Fainting during exercise? No
Concussion history: yes — «sport» practice «e4_us», cleared by «y_n», «y_cred» after graded return to play
Family history of sudden death before 50: «m_rel»'s brother, age 46 (‹HCM›)
Medicines: «med_am»          Allergies: «allergy»
Signature of athlete: «p_i»          Signature of parent: «r_n»          Date: «d1_us»
EXAMINATION «d1_us» — height 5'6", BP «bp», vision 20/20 R, 20/25 L; heart: no murmur standing or supine; ECG ordered
(family history) — «d2_us»: normal.
MEDICAL ELIGIBILITY: cleared for all sports without restriction.
Examiner: «d_n», «d_cred», license «d_state_lic», «gp_practice» · Athletic trainer: «s_n» («s_wem»)
""",
    "IE": """«club» — ‹PRE-PARTICIPATION CARDIAC SCREENING› (ECG programme for players aged 14–35)
Player: «p_n»          Date of birth: «p_dob»          Age: «p_age»          Code: «sport»
School / year: «school», «p_grade»          County board panel: minor
Home: «p_addr»
Parent / guardian: «r_n» («r_rel»), «r_ph», «r_em»
Team mentor: «s_n», «s_ph»          Club officer (medical): «x_n»
Symptom questionnaire: chest pain on exertion — no; palpitations — occasional after training; syncope — no
Family history: «m_rel» «m_g»'s cousin died suddenly aged 33 (cause unknown)
Screening «d1_dmy» — 12-lead ECG reviewed by Dr «d_n» (IMC no. «d_lic»), cardiologist, «hospital»:
  ‹incomplete RBBB›, ‹early repolarisation› — normal athletic variant. Echo not required.
Blood pressure «bp». Outcome: cleared to play; rescreen in 12 months (by «d9_dmy»).
Consent: «r_n» for «p_g», «d3_dmy»; result posted to «r_addr»
""",
}

CAMP = {
    "US": """«camp» — ‹CAMPER HEALTH HISTORY FORM›                          Session 2: «c1_short» – «c2_short»
Camper: «p_n»          Date of birth: «p_dob»          Age: «p_age»          Grade completed: «p_grade»
Home address: «p_addr»
Parent/guardian 1: «r_n» — cell «r_ph» — «r_em»
Parent/guardian 2: «m_n» — cell «m_ph»
Alternate emergency contact: «x_n» (family friend), «x_ph»
Health insurance: BlueCross BlueShield, member ID «member»          Policy holder: «r_n»
Primary care physician: «d_n», «d_cred», «gp_practice», «d_ph»
Allergies: «allergy» — EpiPen Jr 0.15 mg (two pens sent)          Dietary: no peanut products
Medications to be given at camp: «med_am» (morning), «med_pm» (bedtime)
Conditions: ‹type 1 diabetes› — ‹Omnipod 5› pump, PDM serial «pump_sn»; Dexcom G7 shared with «r_rel»'s phone
Immunizations: «vacc1» «e4_us», «vacc2» «e3_us»; tetanus within 5 years: yes
Physical exam (within 12 months): «d3_us» by «d_n»
Permission to treat signed by «r_n» on «d2_us». Camp health director: «e_n», «e_cred»; cabin counselor «s_n»
""",
    "CA": """«camp» — ‹CAMPER HEALTH FORM› / Fiche santé du campeur                Session: «c1_iso» to «c2_iso»
Camper: «p_n»          Date of birth: «p_dobiso»          Age: «p_age»          Grade (Sept.): «p_grade»
Provincial health card: «p_nid»          Address: «p_addr»
Parent/guardian: «r_n» («r_rel»), «r_ph», «r_em»          Second contact: «m_n», «m_ph»
If parents cannot be reached: «x_n», «x_ph»
Family doctor / nurse practitioner: «d_n», «d_cred», «gp_practice», «d_ph»
Allergies: «allergy»          Epinephrine auto-injector: 2 × EpiPen Jr
Medication: «inhaler» before swimming and sport, «med_pm» (bedtime)
Medical conditions: asthma (exercise-induced); hearing aid (right), serial «aid_sn» — remove for swimming
Swimming: non-swimmer, buddy system and PFD at waterfront
Last tetanus: «e4_iso»          Immunizations up to date per the provincial registry
Consent to treatment signed by «r_n» on «d2_iso». Camp nurse: «e_n», «e_cred». Counsellor: «s_n»
""",
}

RECRUIT = {
    "US": """FIRE DEPARTMENT ENTRANCE MEDICAL EVALUATION (‹NFPA 1582›, Chapter 6)          Candidate no. «cand»
Candidate: «p_n»          DOB: «p_dob»          Age: «p_age»          Sex: «p_sexword»
Address: «p_addr»          Cell: «p_ph»          E-mail: «p_em»
Driver's license: «p_dl» («p_abbr»)          Department: «employer», recruit academy
History: «nature» of the «body» in «p_yr2» (recreational «sport»), full recovery; no asthma since childhood.
Evaluation «d1_us» — «clinic»
  Vision: 20/20 each eye uncorrected; color vision normal (Ishihara)     Hearing: pure-tone ≤ 40 dB 500–3000 Hz
  Spirometry: FVC «fvc», FEV1 «fev1», FEV1/FVC «ratio»                    Treadmill: ‹13.5 METs›, ‹Bruce protocol›
  Blood pressure «bp»; «bmi»; drug screen negative (specimen «spec_id»)
  Respirator fit test: ‹3M 7500 half-mask›, medium — pass; SCBA facepiece medium — pass
Category A conditions: none.  Category B: history of «body» injury — no functional limitation.
DETERMINATION: medically qualified to perform the essential job tasks. Fire physician: «d_n», «d_cred» (NPI «d_npi»)
Report to the department's HR liaison «s_n» («s_wem») on «d2_us»; emergency contact «r_n», «r_ph».
""",
    "UK": """POLICE RECRUITMENT — ‹PRE-APPOINTMENT MEDICAL ASSESSMENT›                       Candidate ref: «cand»
Candidate: «p_n»          Date of birth: «p_dob»          NI number: «p_nid2»
Address: «p_addr»          Mobile: «p_ph»          E-mail: «p_em»
Driving licence: «p_dl» (full, category B)
Health questionnaire: «nature» of the «body» «p_yr2» (rugby), physiotherapy, no ongoing symptoms; childhood asthma.
GP: Dr «x_n», «x_ph» (report requested with consent «d3_dmy»)
Assessment «d1_dmy» — «clinic», OH adviser «e_n», «e_cred» («e_lic_label» «e_lic»)
  Vision: 6/6 each eye; Ishihara 17/17          Hearing: audiometry H1 (HSE category 1)
  Spirometry: FEV1 «fev1», FVC «fvc», ratio «ratio»          Blood pressure «bp»; «bmi»
  Job-related fitness test: ‹5.4 (bleep)› — passed on «d2_dmy»
Outcome: FIT for appointment as a «job» («employer»), without adjustments.
OH physician: Dr «d_n», «d_cred» (GMC «d_lic»)          Communicated to recruitment officer «s_n», «s_wem»
Next of kin on file: «r_n» («r_rel»), «r_ph»
""",
}

INJURY_REGISTER = {
    "US": """OSHA'S FORM 300 — LOG OF WORK-RELATED INJURIES AND ILLNESSES (extract)     «employer», «log_year» log
Case  Employee's name          Job title                 Date of injury   Where                Describe injury                           Days away / restricted
1     «w1_n»         «x_job»       «e4_sms»            dock 4               strain, lower back — lifting              0 / 12
2     «w2_n»         «job»         «e2_sms»            resident room 118    bite, right forearm — combative resident  3 / 0
3     «p_n»          «job»         «d1_sms»            resident room 226    strain, «body» — transfer                 pending
4     «w3_n»         «x_job»       «e1_sms»            laundry              burn, left hand — hot press               0 / 5
---------------------------------------------------------------------------------------------------------------------------
OSHA'S FORM 301 — INJURY AND ILLNESS INCIDENT REPORT — case 3
Employee: «p_n», «p_addr»          Date of birth: «p_dob»          Date hired: «d5_us»          «p_sexword»
Physician: «d_n», «d_cred», «clinic» · ER: no · Hospitalized: no
Date of injury «d1_us», time began work 06:00, time of event 07:35
What was the employee doing: assisting resident «y_n» (age «y_old», room 226) from bed to wheelchair without the
  ‹ceiling lift›; resident's knees buckled and the employee took the weight — «nature» of the «body».
Completed by «s_n», director of nursing, «s_ph», on «d2_us». Witness: «x_n», CNA.
""",
    "IE": """HEALTH AND SAFETY AUTHORITY — ‹Report of an Accident (IR1)›                               Employer ref: «emp_file»
Employer: «employer» · Sector: nursing home · Employees on site: 64
Injured person: «p_n»          Date of birth: «p_dob»          PPS no.: «p_nid»          Occupation: «job»
Home address: «p_addr»          Mobile: «p_ph»          Nationality: «nationality»          First language: «lang»
Date of accident: «d1_dmy» at 07:35          Absent from work more than 3 days: yes (from «d2_dmy»)
Description: moving resident «y_n» (aged «y_old») from bed to chair with a ‹stand aid›; resident lost footing, «p_g» took the
  weight and felt a sharp pain — «nature» of the «body».
Injury: «nature», «body»          Treated by: Dr «d_n» (IMC no. «d_lic»), «hospital» ED
Witness: «x_n», healthcare assistant, «x_ph»
Reported by: «s_n», person in charge, «s_wem», «s_ph» · submitted online «d2_dmy» from «ip»
Corrective action: second carer for all stand-aid transfers; moving-and-handling refresher for «w1_n» and «w2_n».
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("ohs68_wc_first_report_injury", ["US", "CA"], "text", FIRST_REPORT),
    ("ohs68_wc_claim_file_notes", ["US", "AU"], "text", CLAIM_NOTES),
    ("ohs68_rtw_functional_abilities", ["CA", "AU"], "text", RTW),
    ("ohs68_oh_management_referral", ["UK", "IE"], "text", OH_REFERRAL),
    ("ohs68_commercial_driver_medical", ["US", "CA"], "text", DRIVER_MEDICAL),
    ("ohs68_aviation_medical", ["US", "UK"], "text", AVIATION),
    ("ohs68_seafarer_medical", ["UK", "US"], "text", SEAFARER),
    ("ohs68_drug_test_custody_form", ["US", "AU"], "text", CCF),
    ("ohs68_mro_verification_report", ["US", "CA"], "text", MRO_REPORT),
    ("ohs68_audiometric_surveillance_log", ["US", "UK"], "text", AUDIOMETRY),
    ("ohs68_spirometry_surveillance", ["AU", "UK"], "text", SPIROMETRY),
    ("ohs68_sharps_exposure_report", ["US", "IE"], "text", SHARPS),
    ("ohs68_school_nurse_visit_log", ["US", "CA"], "text", SCHOOL_LOG),
    ("ohs68_immunisation_exemption", ["US", "AU"], "text", EXEMPTION),
    ("ohs68_sports_preparticipation", ["US", "IE"], "text", PPE),
    ("ohs68_camp_health_form", ["US", "CA"], "text", CAMP),
    ("ohs68_recruit_medical", ["US", "UK"], "text", RECRUIT),
    ("ohs68_injury_register", ["US", "IE"], "text", INJURY_REGISTER),
]


def audiogram(rng: random.Random, loc: str, shift: bool) -> tuple[K, K]:
    """A row's thresholds: dB at 2, 3 and 4 kHz (US) or the HSE sum over 1-4 kHz (UK)."""
    out = []
    for ear in (0, 1):
        base = [rng.choice([5, 10, 15, 20]), rng.choice([10, 15, 20, 25]), rng.choice([15, 20, 25, 30, 35])]
        if shift and ear == 0:
            base = [b + rng.choice([10, 15, 20]) for b in base]
        if loc == "US":
            out.append(K("/".join(str(b) for b in base)))
        else:
            out.append(K(f"{sum(base) + rng.choice([5, 10, 15]) * 2} dB"))
    return out[0], out[1]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe68:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        for key, shift in (("p", True), ("1", False), ("2", rng.random() < 0.3), ("3", False)):
            slots[f"aud_{key}_l"], slots[f"aud_{key}_r"] = audiogram(rng, loc, shift)
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
