# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-third independent probe corpus: pre-hospital and emergency text from the United States, Canada, the
United Kingdom and Australia -- 911 / 999 / 000 dispatch, ambulance crews, receiving emergency departments,
poison centres, trauma registries, retrieval and air-medical services, fire and rescue -- as their systems and
people write it, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a CAD incident detail report with ANI/ALI and an
event chronology (US, Canada), an ePCR SOAP narrative (US, Australia), a DCHART narrative / ambulance call
report (Canada, US), a NEMSIS 3.5 XML fragment (US), an ATMIST radio pre-alert to an ED (UK, Australia), a
medic-to-base-hospital medical-control patch transcript (US, Canada), a trauma registry abstract (US,
Canada), a poison-centre call record (US; Australia: an elderly double dose), a mass-casualty triage / tracking
tag list (US bus crash, UK major incident), an interfacility / critical-care transfer request (Canada, US), an
air-medical flight log (Australia, Canada: coordinates in degrees and decimal minutes, landing zones, station
airstrips), a fire incident report (US, Canada), a road crash rescue report (Australia, UK: plates, VINs, driver
licences), a 999 call-handling log (UK: what3words, NHS / CHI numbers), an IMIST-AMBO handover (Australia), an
ePCR JSON export (Canada, US), a refusal-of-transport form (US, Canada) and an adult / child safeguarding
referral e-mail from a paramedic (UK, Australia).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template may be a dict by country. People:
`p` the patient, `r` a relative / next of kin, `c` the caller, `b` a bystander or witness, `m1` `m2` `m3` crew
members, `d` a physician, `n` a nurse, `k` `k2` call takers / dispatchers, `o` a police officer, `f` a fire
officer or pilot, `a` an abstractor / specialist, `x` `y` other people (a second driver, a carer, a GP), `t1`..
`t7` casualties of a mass-casualty incident, `s` the scene (a person-less address drawn like a person's).
Forms: `_n` full name, `_g` given, `_f` family, `_F` FAMILY, `_NC` FULL NAME in capitals, `_lf` "Family,
Given", `_LF` "FAMILY, GIVEN", `_i` "G. Family", `_spell` the family name spelled letter by letter
(K-A-H-L-O-N), `_ph` `_ph2` `_phd` (digits only, as an ANI shows it), `_em`, `_wem` (a work address), `_line`
`_town` `_county` `_pc` `_addr`, `_ll` `_lat` `_lon` `_dms` `_ddm` (coordinates), `_w3w`, `_os`, `_nid`
(SSN, NHS or CHI number), `_plan`, `_dl`, `_plate`, `_vin`, `_lic` (a crew registration), `_dlic` (a
physician's), `_emp` (an employee / operator number), `_dob` in the country's form, `_age` (keep, under 90),
`_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, callers, neighbours, bystanders, witnesses, carers,
  paramedics, EMTs, technicians, pilots, flight nurses, call takers, dispatchers, physicians, nurses, poison
  specialists, abstractors, police officers, firefighters, GPs -- as written: full, given alone, family alone,
  capitals, "Family, Given", "FAMILY, GIVEN", an initial and the family name, and a family name spelled out
  letter by letter over the radio. Honorifics, ranks and roles (Mr, Mrs, Ms, Dr, Capt., Lt., PC, SC, Sgt,
  Paramedic, RN) are plain text outside the value.
- ADDRESS: street lines (with unit / apartment / lot numbers), rural addresses (Range Road, Township Road,
  Concession, Sideroad, County Road, State Route), towns, counties, townships, municipal districts, First
  Nations communities, cattle stations and farms, cross streets and intersections, highway locations (a route
  with a mile marker, kilometre post, exit or junction, or "12 km north of" a town), GPS coordinates in every
  form (decimal pairs, separate latitude / longitude values, degrees-minutes-seconds, degrees and decimal
  minutes), what3words addresses, OS grid references, and coded places (GNIS city codes, county FIPS codes).
  ZIP: US ZIP codes, Canadian postal codes, UK postcodes, Australian postcodes.
- States, provinces, territories and the nations of the UK are keep when written alone and plain text inside an
  address (OH, AB, NSW); countries are keep.
- DATE: every date more specific than a year (incident, birth, admission, discharge, follow-up, abstraction,
  the date part of a date-time stamp; a NEMSIS stamp 2024-03-14T14:32:07-05:00 is one DATE value), in every form (03/14/2024, 14/03/2024, 2024-03-14, 2024/03/14,
  20240314, 14 Mar 2024, 14-MAR-2024, March 14, 2024). Years alone keep. Times of day written alone (14:32,
  14:32:07) keep; the time part of a date-time stamp plain text. AGE: 90 and over; ages under 90 keep.
- PHONE and EMAIL of any person (a crew member's or physician's work address too); agency numbers (911, 999,
  000, 111, a poison centre's line) and role mailboxes are plain text.
- SSN: US social security numbers. ID: NHS and CHI numbers, CAD incident, ePCR / ACR / PCR numbers, NEMSIS
  UUIDs, poison-centre case numbers, trauma registry numbers, triage tag numbers, transfer and mission
  references, medical-control order numbers, police event and collar / badge numbers, fire incident numbers,
  call-taker / dispatcher / crew employee numbers. MRN: hospital MRN / UR / URN / hospital numbers. ACCOUNT:
  hospital account and EMS billing numbers. HEALTH_PLAN: insurance member IDs, Medicare MBIs, Medicaid IDs,
  provincial health card numbers (Ontario, Alberta, BC, Nova Scotia), Australian Medicare numbers, IHIs and DVA
  file numbers. LICENSE: crew certifications and registrations (NREMT, state EMS, HCPC, AHPRA, Canadian
  paramedic registrations), physicians' NPI, CPSO / CPSA, GMC and AHPRA numbers, driver's licence numbers.
  VEHICLE: the plates and VINs of private vehicles and of the bus in a crash. DEVICE: serial numbers of
  monitors / defibrillators and of a patient's implanted or worn device. URL: a record link with its record
  identifier.
- Keep (must survive): unit call signs (Medic 7, Engine 41, Car 402, Helimed 61), hospitals, agencies and
  programmes, drugs and doses, vital signs, GCS, blood glucose, pain scores, ISS / AIS / RTS scores, MPDS
  determinants, CTAS / ESI / triage categories, ICD-10 codes, monitor models, vehicle makes and models and
  years, first-level regions and countries alone, ages under 90, years, times of day alone.
- Not scored (plain text): honorifics, relationship words, form and XML labels (also a label written in front of
  a number: ACR, CAD, SN, EMT-, ACP- -- put inside the value by mistake at first, fixed after the measurement
  with the texts unchanged; see test_probe53), NEMSIS code values, agency
  and hospital switchboards, aircraft registrations, bed / bay / resus numbers, weights, map pages, radio
  channels, a key-safe code.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
import uuid
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe53 import ids
from tests.engine.probe53.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = {
    "US": ["Mercy Regional Medical Center", "St. Anselm Level I Trauma Center", "Good Shepherd Community Hospital",
           "University Medical Center", "Valley Children's Hospital"],
    "CA": ["Sacred Heart General Hospital", "Northern Lakes Regional Health Centre", "University Hospital Trauma Centre",
           "Queen Alexandra Regional Hospital"],
    "GB": ["Royal County Infirmary", "St Aldhelm's Hospital", "Princess Beatrice District General Hospital", "Queen's Major Trauma Centre"],
    "AU": ["Royal Southern Hospital", "St Columba's Base Hospital", "Princess Margaret Base Hospital", "Mater Private Hospital"],
}  # fmt: skip
AGENCY = {
    "US": ["County EMS", "Township Fire & EMS", "Valley Ambulance District", "Regional Fire-Rescue"],
    "CA": ["Alberta Health Services EMS", "Emergency Health Services", "District Paramedic Service", "BC Emergency Health Services"],
    "GB": ["East of England Ambulance Service", "South Western Ambulance Service", "Welsh Ambulance Service", "Scottish Ambulance Service"],
    "AU": ["NSW Ambulance", "Ambulance Victoria", "Queensland Ambulance Service", "St John WA", "SA Ambulance Service"],
}  # fmt: skip
DRUGS = {
    "US": ["Aspirin 324 mg PO", "Nitroglycerin 0.4 mg SL", "Fentanyl 50 mcg IV", "Ondansetron 4 mg IV", "Naloxone 2 mg IN",
           "Epinephrine 1 mg IV", "Albuterol 2.5 mg neb", "Ketamine 50 mg IV", "Midazolam 5 mg IM", "Dextrose 10% 250 mL IV",
           "Diphenhydramine 50 mg IV", "Methylprednisolone 125 mg IV"],
    "CA": ["ASA 160 mg PO", "Nitroglycerin 0.4 mg SL", "Salbutamol 5 mg neb", "Dimenhydrinate 50 mg IV", "Glucagon 1 mg IM",
           "Epinephrine 0.5 mg IM", "Fentanyl 50 mcg IV", "Ketorolac 15 mg IV", "Ondansetron 4 mg IV", "Naloxone 0.4 mg IM",
           "Ketamine 20 mg IV"],
    "GB": ["Paracetamol 1 g IV", "Morphine sulphate 5 mg IV", "Salbutamol 5 mg neb", "Ipratropium 500 mcg neb", "Tranexamic acid 1 g IV",
           "GTN 400 mcg SL", "Aspirin 300 mg PO", "Adrenaline 1:1000 0.5 mg IM", "Naloxone 400 mcg IM", "Ondansetron 4 mg IV",
           "Hydrocortisone 100 mg IM"],
    "AU": ["Methoxyflurane 3 mL inh", "Adrenaline 1 mg IV", "Salbutamol 5 mg neb", "GTN 400 mcg SL", "Aspirin 300 mg PO",
           "Fentanyl 100 mcg IN", "Morphine 5 mg IV", "Ondansetron 4 mg IV", "Ketamine 20 mg IV", "Glucagon 1 mg IM", "Droperidol 10 mg IM"],
}  # fmt: skip
HOME_MEDS = ["Metoprolol 25 mg", "Furosemide 40 mg", "Metformin 500 mg", "Atorvastatin 40 mg", "Levothyroxine 50 mcg",
             "Sertraline 50 mg", "Ramipril 5 mg", "Donepezil 10 mg", "Tamsulosin 400 mcg", "Amlodipine 5 mg"]  # fmt: skip
MONITORS = ["LIFEPAK 15", "LIFEPAK 35", "ZOLL X Series", "corpuls3", "Philips HeartStart MRx"]
VEHICLES = {
    "US": ["Ford F-150", "Chevrolet Silverado 1500", "Honda CR-V", "Toyota Camry", "Jeep Grand Cherokee", "Ram 2500"],
    "CA": ["Ford F-250", "GMC Sierra 1500", "Toyota RAV4", "Subaru Outback", "Hyundai Elantra", "Dodge Grand Caravan"],
    "GB": ["Vauxhall Corsa", "Ford Fiesta", "Volkswagen Golf", "Nissan Qashqai", "Skoda Octavia", "Ford Transit Custom"],
    "AU": ["Toyota HiLux", "Holden Commodore", "Ford Ranger", "Mazda CX-5", "Toyota LandCruiser 200", "Mitsubishi Triton"],
}  # fmt: skip
AGENCY_BY_REGION = {
    "England": ["East of England Ambulance Service", "South Western Ambulance Service"], "Wales": ["Welsh Ambulance Service"],
    "Scotland": ["Scottish Ambulance Service"], "Alberta": ["Alberta Health Services EMS"], "Nova Scotia": ["Emergency Health Services"],
    "British Columbia": ["BC Emergency Health Services"], "Ontario": ["District Paramedic Service"], "New South Wales": ["NSW Ambulance"],
    "Victoria": ["Ambulance Victoria"], "Queensland": ["Queensland Ambulance Service"], "Western Australia": ["St John WA"],
    "South Australia": ["SA Ambulance Service"], "Northern Territory": ["St John NT"],
}  # fmt: skip
AMBULANCES = {"US": ["Medic %", "Medic %#", "Ambulance %#"], "CA": ["Unit %##", "Unit %###", "Medic %##"],
              "GB": ["Ambulance %###", "RRV %##", "DCA %###"], "AU": ["Car %##", "MICA %", "Unit %##"]}  # fmt: skip
APPARATUS = {"US": ["Engine %#", "Rescue %", "Squad %#", "Ladder %", "Truck %#"], "CA": ["Engine %#", "Rescue %", "Pumper %#", "Tanker %#"],
             "GB": ["Pump %#", "Rescue %#", "Appliance %#"], "AU": ["Pumper %#", "Rescue %#", "Tanker %#"]}  # fmt: skip
STATE_FIPS = {"Ohio": "39", "Kentucky": "21", "Minnesota": "27", "Colorado": "08", "Pennsylvania": "42"}
UTC_OFFSET = {"Ohio": "-05:00", "Kentucky": "-05:00", "Minnesota": "-06:00", "Colorado": "-07:00", "Pennsylvania": "-05:00"}
CPS = {"Alberta": "CPSA", "Ontario": "CPSO", "Nova Scotia": "CPSNS", "British Columbia": "CPSBC"}
# the drugs a kind's scenario calls for (drug1, drug2), by country
SCENARIO_DRUGS = {
    ("ems53_epcr_soap_narrative", "US"): ("Aspirin 324 mg PO", "Nitroglycerin 0.4 mg SL"),
    ("ems53_epcr_soap_narrative", "AU"): ("Methoxyflurane 3 mL inh", "Fentanyl 100 mcg IN"),
    ("ems53_dchart_call_report", "CA"): ("Fentanyl 50 mcg IV", "Ondansetron 4 mg IV"),
    ("ems53_dchart_call_report", "US"): ("Naloxone 2 mg IN", "Naloxone 1 mg IV"),
    ("ems53_nemsis_xml_fragment", "US"): ("Dextrose 10% 250 mL IV", "Ondansetron 4 mg IV"),
    ("ems53_atmist_radio_prealert", "GB"): ("Morphine sulphate 5 mg IV", "Tranexamic acid 1 g IV"),
    ("ems53_atmist_radio_prealert", "AU"): ("Fentanyl 100 mcg IN", "Ketamine 20 mg IV"),
    ("ems53_medical_control_patch", "US"): ("Naloxone 2 mg IN", "Naloxone 0.4 mg IV"),
    ("ems53_medical_control_patch", "CA"): ("Naloxone 0.4 mg IM", "Naloxone 0.8 mg IV"),
    ("ems53_air_medical_flight_log", "AU"): ("Paracetamol 1 g PO", "Methoxyflurane 3 mL inh"),
    ("ems53_air_medical_flight_log", "CA"): ("Ketamine 100 mg IV", "Fentanyl 50 mcg IV"),
    ("ems53_imist_ambo_handover", "AU"): ("Fentanyl 25 mcg IV", "Amiodarone 300 mg IV"),
    ("ems53_epcr_json_export", "CA"): ("Glucagon 1 mg IM", "Dextrose 10% 100 mL IV"),
    ("ems53_epcr_json_export", "US"): ("Dextrose 10% 250 mL IV", "Ondansetron 4 mg IV"),
}
RXCUI = {"Dextrose 10% 250 mL IV": "4850", "Ondansetron 4 mg IV": "26225"}
ICD = ["I21.19", "I21.4", "R55", "S72.001A", "S06.0X1A", "T40.2X1A", "T39.1X1A", "J44.1", "E16.2", "I48.91", "R56.9", "S32.810A"]
MPDS = ["17-B-1", "10-D-1", "09-E-1", "26-A-1", "12-D-2", "06-D-1", "29-D-2", "23-C-1"]
PAYERS = {"US": ["Medicare", "Medicaid", "Anthem Blue Cross", "UnitedHealthcare", "Humana Gold Plus", "Aetna"],
          "CA": ["AHCIP", "OHIP", "MSP", "MSI"], "GB": ["NHS"], "AU": ["Medicare", "DVA"]}  # fmt: skip
DOMAINS = {"US": "countyems.org", "CA": "ahs-ems.ca", "GB": "nhs.net", "AU": "ambulance.example.au"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date_forms(d: date, country: str) -> dict[str, Slot]:
    us = country == "US"
    local = f"{d:%m/%d/%Y}" if us else d.isoformat() if country == "CA" else f"{d:%d/%m/%Y}"
    return {
        "loc": P("DATE", local), "us": P("DATE", f"{d:%m/%d/%Y}"), "dmy": P("DATE", f"{d:%d/%m/%Y}"), "iso": P("DATE", d.isoformat()),
        "slash": P("DATE", f"{d:%Y/%m/%d}"), "compact": P("DATE", f"{d:%Y%m%d}"), "mon": P("DATE", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"),
        "MON": P("DATE", f"{d:%d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"),
        "long": P("DATE", f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if us else f"{d.day} {MONTHS[d.month - 1]} {d.year}"),
        "short": P("DATE", f"{d.month}/{d.day}/{d:%y}" if us else f"{d:%d/%m/%y}"),
        "dm": P("DATE", f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"),
    }  # fmt: skip


def _dms(v: float, pos: str, neg: str) -> str:
    a = abs(v)
    deg = int(a)
    mins = int((a - deg) * 60)
    sec = ((a - deg) * 60 - mins) * 60
    return f"{deg}°{mins:02d}'{sec:04.1f}\"{pos if v >= 0 else neg}"


def _ddm(v: float, pos: str, neg: str, width: int) -> str:
    a = abs(v)
    deg = int(a)
    return f"{pos if v >= 0 else neg}{deg:0{width}d}°{(a - deg) * 60:06.3f}'"


def _label_prefix(slot: Slot, prefixes: tuple[str, ...] = ("ACR ", "CAD ", "SN ", "EMT-", "ACP-")) -> Slot:
    """A form label written in front of a number (ACR 12345678, CAD 79576-78, SN 96362057, EMT-12345) is plain
    text; the number alone is the value."""
    if isinstance(slot, P):
        for pre in prefixes:
            if slot.value.startswith(pre):
                return (pre, P(slot.type, slot.value[len(pre) :]))
    return slot


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    c = w.loc.code
    digits = "".join(ch for ch in w.phone if ch.isdigit())
    lat, lon = w.lat, w.lon
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_NC": N(w.full.upper()),
        f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family.upper()}, {w.given.upper()}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_spell": N("-".join(ch for ch in ids.plain(w.family))),
        f"{x}_hon": ("Mrs." if w.female else "Mr.") if c == "US" else ("Mrs" if w.female else "Mr"),
        f"{x}_sex": "F" if w.female else "M", f"{x}_SEX": "FEMALE" if w.female else "MALE", f"{x}_sexw": "female" if w.female else "male",
        f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
        f"{x}_His": "Her" if w.female else "His", f"{x}_gc": "granddaughter" if w.female else "grandson",
        f"{x}_child": "daughter" if w.female else "son", f"{x}_spouse": "wife" if w.female else "husband",
        f"{x}_par": "mother" if w.female else "father", f"{x}_Par": "Mom" if w.female else "Dad",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_phd": P("PHONE", digits),
        f"{x}_em": P("EMAIL", w.email),
        f"{x}_wem": P("EMAIL", f"{ids.plain(w.given).lower()}.{ids.plain(w.family).lower()}@{DOMAINS[c]}"),
        f"{x}_line": A(w.line), f"{x}_LINE": A(w.line.upper()), f"{x}_town": A(w.town), f"{x}_TOWN": A(w.town.upper()),
        f"{x}_county": A(w.county), f"{x}_COUNTY": A(w.county.upper()), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_abbr": w.abbr,
        f"{x}_ll": A(f"{lat:.5f}, {lon:.5f}"), f"{x}_lat": A(f"{lat:.6f}"), f"{x}_lon": A(f"{lon:.6f}"),
        f"{x}_llc": A(f"{lat:.6f},{lon:.6f}"),
        f"{x}_dms": A(f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"),
        f"{x}_ddm": A(f"{_ddm(lat, 'N', 'S', 2)} {_ddm(lon, 'E', 'W', 3)}"),
        f"{x}_w3w": A(w.w3w), f"{x}_os": A(w.osgrid),
        f"{x}_nid": P("SSN" if c == "US" else "ID", w.nid) if w.nid else "",
        f"{x}_nidd": P("SSN", w.nid.replace("-", "")) if c == "US" else "",
        f"{x}_plan": P("HEALTH_PLAN", w.plan) if w.plan else "",
        f"{x}_dl": P("LICENSE", w.dl), f"{x}_plate": P("VEHICLE", w.plate), f"{x}_vin": P("VEHICLE", w.vin),
        f"{x}_lic": _label_prefix(P("LICENSE", ids.crew_licence(rng, c, w.region))), f"{x}_dlic": P("LICENSE", ids.doctor_licence(rng, c)),
        f"{x}_emp": P("ID", fill(rng, rng.choice(["%###", "%####", "E%####"]))),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
    }  # fmt: skip
    for k, v in date_forms(w.dob, c).items():
        s[f"{x}_dob{'' if k == 'loc' else k}"] = v
    return s


Y = 365
# who is in a kind's documents, and how old (days); the default: every person 18-85
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "ems53_cad_incident_log": {"p": (90 * Y + 30, 99 * Y)},
    "ems53_nhs_999_call_log": {"p": (90 * Y + 30, 101 * Y)},
    "ems53_safeguarding_referral_email": {"p": (90 * Y + 30, 97 * Y)},
    "ems53_refusal_of_transport_form": {"p": (90 * Y + 30, 96 * Y)},
    "ems53_mci_triage_tag_list": {"t7": (90 * Y + 30, 98 * Y), "t6": (6 * Y, 11 * Y)},
    "ems53_poison_centre_call": {"p": (90 * Y + 30, 95 * Y)},
}
CHILD_POISON = (1 * Y + 60, 4 * Y)


def base_slots(rng: random.Random, country: str, kind: str, index: int) -> dict[str, Slot]:
    loc = LOCS[country]
    d0 = date(2023, 2, 1) + timedelta(days=rng.randrange(640))
    used: set[str] = set()
    ages = AGES.get(kind, {})
    if kind == "ems53_poison_centre_call" and country == "US":
        ages = {"p": CHILD_POISON}
    region = rng.choice(list(loc.regions))
    ppl: dict[str, Person] = {}
    p = draw_person(rng, loc, used, d0, age_days=ages.get("p", (19 * Y, 85 * Y)), region=region)
    ppl["p"] = p
    # r: next of kin (shares the family name two times in three, and the home)
    same = rng.random() < 0.67
    ppl["r"] = draw_person(rng, loc, used, d0, culture=p.culture, family=p.family if same else None, home=p if same else None,
                           age_days=(20 * Y, 80 * Y), region=region)  # fmt: skip
    for x in ("c", "b", "m1", "m2", "m3", "d", "n", "k", "k2", "o", "f", "a", "a2", "x", "y"):
        ppl[x] = draw_person(rng, loc, used, d0, age_days=ages.get(x, (21 * Y, 68 * Y)), region=region)
    ppl["s"] = draw_person(rng, loc, used, d0, region=region)  # the scene: a nearby address
    if kind == "ems53_poison_centre_call" and country == "US":  # the caller is the child's mother
        ppl["c"] = draw_person(rng, loc, used, d0, female=True, culture=p.culture, family=p.family, home=p, age_days=(22 * Y, 40 * Y))
    if kind == "ems53_safeguarding_referral_email":  # "a man called ..."
        ppl["x"] = draw_person(rng, loc, used, d0, female=False, age_days=(24 * Y, 50 * Y), region=region)
    if kind == "ems53_mci_triage_tag_list":
        for i in range(1, 8):
            ppl[f"t{i}"] = draw_person(rng, loc, used, d0, age_days=ages.get(f"t{i}", (16 * Y, 84 * Y)), region=region)
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d0, rng))
    r = ppl["r"]
    if same:
        rel = rng.choice([("wife" if r.female else "husband"), ("daughter" if r.female else "son")])
    else:
        rel = rng.choice(["partner", ("daughter" if r.female else "son"), ("sister" if r.female else "brother")])
    s["r_rel"], s["r_Rel"], s["r_REL"] = rel, rel.capitalize(), rel.upper()
    # dates: d0 the incident, d1 the next day, d2 discharge / outcome, d3 an earlier date, d4 a follow-up
    d1 = d0 + timedelta(days=1)
    d2 = d0 + timedelta(days=rng.randint(3, 21))
    d3 = d0 - timedelta(days=rng.randint(10, 200))
    d4 = d2 + timedelta(days=rng.randint(7, 40))
    for key, d in {"d0": d0, "d1": d1, "d2": d2, "d3": d3, "d4": d4}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, country).items()})
    # a timeline: t (HH:MM keep), T (HH:MM:SS keep), tp / th (HH:MM:SS / HH:MM plain, in date-time stamps)
    minute = rng.randint(0, 24 * 60 - 1)
    for i in range(0, 17):
        minute += rng.randint(1, 9)
        hh, mm = divmod(minute % (24 * 60), 60)
        ss = rng.randint(0, 59)
        s[f"t{i}"] = K(f"{hh:02d}:{mm:02d}")
        s[f"T{i}"] = K(f"{hh:02d}:{mm:02d}:{ss:02d}")
        s[f"tp{i}"] = f"{hh:02d}:{mm:02d}:{ss:02d}"
        s[f"th{i}"] = f"{hh:02d}:{mm:02d}"
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    yy = f"{d0:%y}"
    s["inc"] = F("ID", f"{yy}-0%####", f"{d0:%Y}-%#####", f"E{yy}%######", f"F{yy}0%####")
    s["inc2"] = F("ID", f"{yy}-%#####", f"{d0:%Y}%#####")
    s["pcr"] = F("ID", "PCR-%#######", "%#########", f"{d0:%Y}-%######", "ACR %#######")
    s["mrn"] = F("MRN", "%#######", "M%#######", "%##-##-##", "RX%######", "%######")
    s["mrn2"] = F("MRN", "%#######", "K%######")
    s["acct"] = F("ACCOUNT", "%#########", "V%########", "%###-%######")
    s["case"] = F("ID", f"{yy}-%######", "PC%########", "%#######")
    s["reg"] = F("ID", f"{d0:%Y}-%####", "TR%######", "%#####")
    s["ref"] = F("ID", "CC-%#######", "TC%######", f"{yy}%#######")
    s["mission"] = F("ID", f"{yy}-%####", "M%######", "%#####-%#")
    s["order"] = F("ID", "MC-%#####", "%######")
    s["event"] = F("ID", "E %########", "%##/%######/%#", "CAD %####-%#")
    s["event2"] = F("ID", "%########", "INC-%#######")
    s["fdid"] = F("ID", f"{yy}-00%####", f"{d0:%Y}-%#####")
    s["uuid"] = P("ID", str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    s["dev"] = F("DEVICE", "%########", "44%######", "AR%#######", "X%##-######")
    s["dev2"] = F("DEVICE", "P@@%######H", "SN %#######", "@@@%######R")
    for key in ("pcr", "event", "dev2"):
        s[key] = _label_prefix(s[key])
    s["gnis"] = P("ADDRESS", fill(rng, "%######"))
    s["gnis2"] = P("ADDRESS", fill(rng, "%######"))
    s["state_fips"] = STATE_FIPS.get(region, "")
    s["fips"] = P("ADDRESS", s["state_fips"] + fill(rng, "0%#"))
    s["url"] = P("URL", f"https://{rng.choice(['epcr.imagetrend.example', 'records.emscloud.example', 'portal.zollonline.example'])}/"
                 + fill(rng, rng.choice(["incident/%#######/pcr", "pcr?id=%########&view=print", "r/@@%#####"])))  # fmt: skip
    tag = rng.choice(["MT%######", "%#######", "T-%#####"])
    for i in range(1, 8):
        s[f"tag{i}"] = F("ID", tag)
    for x in ("m1", "m2", "m3", "k", "k2", "a", "n"):
        s[f"{x}_badge"] = F("ID", "%###", "%####")
    s["o_collar"] = F("ID", "%###", "%####")
    # places that are not a person's home
    s["road1"] = P("ADDRESS", rng.choice(loc.roads))
    s["road2"] = P("ADDRESS", rng.choice([r for r in loc.roads if r != s["road1"].value]))  # type: ignore[union-attr]
    s["hwy"] = P("ADDRESS", fill(rng, rng.choice(loc.highways)).replace("{town}", ppl["s"].town))
    # keep values
    hosp = rng.sample(HOSPITALS[country], 2)
    s["hosp"], s["hosp2"] = K(hosp[0]), K(hosp[1])
    s["agency"] = K(rng.choice(AGENCY_BY_REGION.get(region, AGENCY[country])))
    amb = rng.sample(AMBULANCES[country], 3)
    app = rng.sample(APPARATUS[country], 2)
    s["unit1"], s["unit3"], s["unit5"] = (K(fill(rng, u)) for u in amb)
    s["unit2"], s["unit4"] = (K(fill(rng, u)) for u in app)
    s["UNIT1"] = K(s["unit1"].value.upper())  # type: ignore[union-attr]
    for i, v in enumerate(rng.sample(DRUGS[country], 4), 1):
        s[f"drug{i}"] = K(v)
    for i, v in enumerate(rng.sample(HOME_MEDS, 3), 1):
        s[f"med{i}"] = K(v)
    s["icd1"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["mpds"] = K(rng.choice(MPDS))
    s["monitor"] = K(rng.choice(MONITORS))
    vehs = rng.sample(VEHICLES[country], 2)
    s["veh1"], s["veh2"] = K(vehs[0]), K(vehs[1])
    s["vyear1"], s["vyear2"] = K(str(rng.randint(2004, 2022))), K(str(rng.randint(2004, 2022)))
    s["payer"] = K(rng.choice(PAYERS[country]))
    s["country"] = K(loc.country)
    s["region"] = K(region)
    mmol = country != "US"
    bps = [(rng.randint(84, 188), rng.randint(46, 112)) for _ in range(3)]
    s["bp1"], s["bp2"], s["bp3"] = (K(f"{a}/{b}") for a, b in bps)
    s["sbp1"], s["dbp1"] = K(str(bps[0][0])), K(str(bps[0][1]))
    hr, spo2 = rng.randint(48, 148), rng.randint(84, 100)
    s["hr1"], s["hr1n"], s["hr2"] = K(f"HR {hr}"), K(str(hr)), K(f"HR {rng.randint(52, 136)}")
    s["rr1"] = K(f"RR {rng.randint(10, 34)}")
    s["spo2"], s["spo2n"] = K(f"SpO2 {spo2}%"), K(str(spo2))
    gcs = rng.choice([(4, 5, 6), (3, 4, 6), (4, 4, 6), (2, 2, 5), (3, 5, 6)])
    s["gcs"], s["gcsn"] = K(f"GCS {sum(gcs)} (E{gcs[0]}V{gcs[1]}M{gcs[2]})"), K(str(sum(gcs)))
    s["gcs15"] = K("GCS 15")
    s["gcs_low"] = K(rng.choice(["GCS 3 (E1V1M1)", "GCS 6 (E1V1M4)", "GCS 7 (E2V1M4)"]))
    s["bgl_low"] = K(f"BGL {rng.randint(12, 29) / 10:.1f} mmol/L" if mmol else f"BGL {rng.randint(22, 52)} mg/dL")
    s["rr2"] = K(f"RR {rng.randint(12, 20)}")
    s["bgl"] = K(f"BGL {rng.randint(38, 160) / 10:.1f} mmol/L" if mmol else f"BGL {rng.randint(48, 290)} mg/dL")
    s["temp"] = K(f"{rng.randint(355, 394) / 10:.1f} °C" if mmol else f"{rng.randint(960, 1030) / 10:.1f} °F")
    s["etco2"] = K(f"EtCO2 {rng.randint(22, 52)} mmHg")
    s["pain"] = K(f"{rng.randint(3, 10)}/10")
    s["iss"] = K(f"ISS {rng.choice([9, 13, 17, 22, 26, 29, 34, 41])}")
    s["dr"] = "Dr." if country in ("US", "CA") else "Dr"
    s["nat_label"] = {"US": "SSN", "CA": "Health card", "GB": "NHS number", "AU": "Medicare no."}[country]
    s["nat"] = s["p_nid"] if country in ("US", "GB") else s["p_plan"]
    if country == "GB" and ppl["p"].region == "Scotland":
        s["nat_label"] = "CHI number"
    s["where"] = s["s_w3w"] if country == "GB" else s["s_ll"]
    s["dva"] = P("HEALTH_PLAN", ids.dva(rng, region)) if country == "AU" else ""
    s["ihi"] = P("HEALTH_PLAN", ids.ihi(rng)) if country == "AU" else ""
    s["state_word"] = {"US": "state", "CA": "province", "GB": "nation", "AU": "state"}[country]
    s["home_region"] = K(ppl["p"].region)
    return s


# ---- templates -------------------------------------------------------------------------------------------

CAD = """==== CAD INCIDENT DETAIL REPORT ====   Regional Emergency Communications Centre         ‹Page 1 of 2›
Incident #: «inc»          Date: «d0_slash»          Pri: 1E          Nature: FALL / ‹SICK PERSON›
Determinant: «mpds»                                    Disposition: TRANSPORTED
Location: «s_LINE», «s_TOWN»                            Area: «s_COUNTY»
Cross Sts: «road1» / «road2»
ALI: ANI «c_phd»  CLASS WPH2  CPF ‹CELLCO›  «c_LF»  LAT «s_lat»  LON «s_lon»  UNC 14M  CONF 90
Caller: «c_n» (neighbour)                                Callback: «c_ph»
Units: «unit1»  «unit2»
--------------------------------- EVENT CHRONOLOGY ---------------------------------
«T1»  CALL RCVD 911 WIRELESS - POS 04 [«k_emp»]
«T2»  CALLER IS NEIGHBOUR, FOUND «p_NC» ON KITCHEN FLOOR, «p_old» YOA, CONSCIOUS, CANNOT GET UP
«T3»  PT ON BLOOD THINNERS (‹ELIQUIS›), STRUCK HEAD; NO BLEEDING NOTED PER CALLER
«T4»  «unit1» DISP / «unit2» DISP (LIFT ASSIST)
«T5»  «unit1» ENRT
«T6»  PREMISE NOTE: SIDE DOOR UNLOCKED; SMALL DOG. ALT CONTACT «r_REL» «r_n» «r_ph»
«T7»  «unit2» ONSC
«T8»  «unit1» ONSC
«T9»  ** PT INFO PER «unit1» ** «p_LF»  DOB «p_dobus»  «p_old» YO «p_SEX»
«T10»  «unit1» TRANSPORTING 1 PT TO «hosp» - NON-EMERGENT
«T11»  «unit2» CLEAR / AVAIL
«T12»  «unit1» AT DEST
«T13»  «unit1» AVAIL - «r_g» NOTIFIED BY CREW
Call taker: «k_n» («k_emp»)          Dispatcher: «k2_i» («k2_emp»)          Supervisor review: «a_n»
"""

CAD_CA = CAD.replace("«d0_slash»", "«d0_iso»").replace("DOB «p_dobus»", "DOB «p_dobiso»").replace("NEIGHBOUR, FOUND", "NEIGHBOUR, FOUND")

SOAP = {
    "US": """«agency» — PATIENT CARE REPORT (ePCR)                                  PCR #: «pcr»
Incident #: «inc»     Unit: «unit1»     Date of service: «d0_us»     Response: Emergent (lights/sirens)
Crew: «m1_n», Paramedic (cert. «m1_lic»); «m2_n», EMT-B (cert. «m2_lic»)
Patient: «p_LF»     DOB: «p_dobus»     Age: «p_age»     Sex: «p_sex»     Weight: 92 kg
Home address: «p_addr»     Phone: «p_ph»
Incident location: «s_line», «s_town» (private residence)     SSN: «p_nid»
Payer: «payer», member ID «p_plan»
Times: PSAP «t1» | Disp «t2» | Enroute «t3» | On scene «t4» | Pt contact «t5» | Depart «t8» | At dest «t10»

S: Dispatched for chest pain. On arrival found «p_age» y/o «p_sexw» seated in recliner c/o substernal pressure radiating
to L arm, onset approx «t0» while shoveling. «p_His» «r_rel», «r_g», called 911. PMHx HTN, HLD, T2DM. Home meds: «med1»,
«med2». NKDA.
O: Pale, diaphoretic. BP «bp1», «hr1», «rr1», «spo2» RA, «gcs15», «bgl». 12-lead at «t6»: STE II, III, aVF with reciprocal
depression I/aVL. STEMI alert called to «hosp» at «t7».
A: Inferior STEMI (‹I21.19›).
P: «drug1»; «drug2» x1, second dose held for SBP < 100; 18 g L AC, NS TKO; pads applied. Monitor «monitor» S/N «dev».
   Repeat BP «bp2», «hr2» at «t9». Report to «dr» «d_n» (cath lab activated). Care transferred to «n_n», RN, at «t11».
   Pt's glasses and phone handed to «r_n» («r_ph»).
Narrative by «m1_n» («m1_wem»)
""",
    "AU": """«agency» — PATIENT CARE RECORD (ePCR)                                   Case no.: «pcr»
CAD incident: «inc»     Vehicle: «unit1»     Date: «d0_dmy»     Priority: P1
Crew: «m1_n», Paramedic (AHPRA «m1_lic»); «m2_n», Paramedic (AHPRA «m2_lic»)
Patient: «p_F», «p_g»     DOB: «p_dob»     Age: «p_age»     Sex: «p_sex»
Address: «p_addr»     Ph: «p_ph»
Medicare: «p_plan»     Pension / DVA: «dva»     Hospital URN (on arrival): «mrn»
Scene: «s_line», «s_town» — backyard of residence
Times: call «t1», dispatched «t2», at scene «t4», at patient «t5», departed «t8», at hospital «t10»

S: «p_age» y/o «p_sexw» fell approx 2 m from a ladder while cleaning gutters at a friend's house («s_line»), landed on L side.
   Friend «b_n» witnessed, no LOC. C/o L hip and wrist pain «pain». Hx AF on ‹Apixaban 5 mg BD›, also «med2». Allergy: penicillin.
O: Alert, «gcs15». BP «bp1», «hr1» irregular, «rr1», «spo2», «bgl», temp «temp». L leg shortened and externally rotated.
   L wrist deformity, radial pulse present.
A: ?#NOF L, ?# distal radius L (‹S72.001A›), on anticoagulant.
P: «drug1», «drug2»; splinted, scoop to stretcher. Reassessed at «t9»: BP «bp2», pain 4/10.
   Pre-notified «hosp» at «t7»; handed over to «n_n» (RN) at «t11». NOK «r_n» informed on «r_ph».
Author: «m1_i» — «m1_wem»
""",
}

DCHART = {
    "CA": """AMBULANCE CALL REPORT — «agency»                    Call #: «inc»        ACR #: «pcr»
Date: «d0_iso»      Vehicle: «unit1»      Crew: «m1_i» (ACP, reg. «m1_lic») / «m2_i» (PCP, reg. «m2_lic»)
Patient: «p_F», «p_g»      DOB: «p_dobiso»      Age: «p_age»      Sex: «p_sex»
Health card: «p_plan»      Tel: «p_ph»
Home: «p_addr»
Pick-up location: «hwy» («s_ll»)

D: Dispatched Code 4 at «t2» to a single-vehicle rollover, «hwy». Arrived «t4»; RCMP (Cst. «o_n») and «unit2» on scene.
C: «p_age» y/o «p_sexw», restrained driver of a «vyear1» «veh1» (plate «p_plate», VIN «p_vin»), self-extricated, c/o neck and chest pain.
H: Vehicle left roadway ~90 km/h, rolled once. Airbags deployed. PMHx asthma; meds «med1». NKDA. Last oral intake 2 h prior.
A: «gcs15». BP «bp1», «hr1», «rr1», «spo2». Seatbelt sign L chest, no crepitus. C-spine tenderness midline. Pelvis stable.
   Repeat at «t7»: BP «bp2», «hr2». Pain «pain».
R: Spinal motion restriction, O2 4 L/min NC, «drug1», «drug2». Patched to «hosp2» BHP «dr» «d_f» at «t6» — advised to
   bypass to «hosp» (trauma centre).
T: Transported Code 4 to «hosp»; transfer of care to «n_n», RN at «t10». «r_Rel» «r_n» notified by RCMP, phone «r_ph».
""",
    "US": """«agency» — RUN REPORT NARRATIVE (DCHART)              Run #: «pcr»      Incident: «inc»
Date: «d0_us»      Unit: «unit1»      Crew: «m1_n» (P, «m1_lic»), «m2_n» (EMT, «m2_lic»), «m3_n» (EMT-A, «m3_lic»)
Pt: «p_NC»      DOB «p_dobus»      «p_age» yo «p_sex»      Ph «p_ph»
Address: «p_addr»

D: «unit1» dispatched emergent at «t2» to «s_line», «s_town» (cross «road1» / «road2») for an unresponsive male.
   Arrived «t4», «unit2» (engine) already on scene with bystander CPR in progress by neighbor «b_n».
C: Unresponsive, agonal respirations, pinpoint pupils. Empty syringes in bathroom per PD (Ofc. «o_f», badge «o_collar»).
H: Per «r_rel» «r_g» «r_f», pt last seen normal at «t0»; hx opioid use disorder, recently released. Meds unknown.
A: «gcs_low», ‹RR 4›, «spo2» on BVM, BP «bp1», «hr1», «bgl». No trauma.
R: BVM with OPA, «drug1», «drug2». Resp improved to «rr2» spontaneous by «t6»; «etco2». Monitor «monitor» S/N «dev».
T: Transported priority 2 to «hosp». Pt refused to give further info; name confirmed from «home_region» ID (DL «p_dl»).
   Report to «n_n», RN at «t9». Narrative: «m1_i».
""",
}

NEMSIS = """<?xml version="1.0" encoding="UTF-8"?>
<EMSDataSet xmlns="http://www.nemsis.org" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Header>
    <PatientCareReport UUID="«uuid»">
      <eRecord><eRecord.01>«pcr»</eRecord.01><eRecord.SoftwareApplicationGroup><eRecord.02>ImageTrend</eRecord.02></eRecord.SoftwareApplicationGroup></eRecord>
      <eResponse>
        <eResponse.AgencyGroup><eResponse.01>«agency»</eResponse.01></eResponse.AgencyGroup>
        <eResponse.03>«inc»</eResponse.03>
        <eResponse.13>«unit1»</eResponse.13>
        <eResponse.14>«unit1»</eResponse.14>
      </eResponse>
      <eCrew>
        <eCrew.CrewGroup><eCrew.01>«m1_lic»</eCrew.01><eCrew.02>9925007</eCrew.02><!-- «m1_n» --></eCrew.CrewGroup>
        <eCrew.CrewGroup><eCrew.01>«m2_lic»</eCrew.01><eCrew.02>9925001</eCrew.02><!-- «m2_n» --></eCrew.CrewGroup>
      </eCrew>
      <eTimes>
        <eTimes.01>«stamp1»</eTimes.01>
        <eTimes.03>«stamp2»</eTimes.03>
        <eTimes.06>«stamp4»</eTimes.06>
        <eTimes.07>«stamp5»</eTimes.07>
        <eTimes.11>«stamp10»</eTimes.11>
      </eTimes>
      <ePatient>
        <ePatient.PatientNameGroup><ePatient.02>«p_f»</ePatient.02><ePatient.03>«p_g»</ePatient.03></ePatient.PatientNameGroup>
        <ePatient.05>«p_line»</ePatient.05>
        <ePatient.06>«gnis»</ePatient.06>
        <ePatient.07>«fips»</ePatient.07>
        <ePatient.08>«state_fips»</ePatient.08>
        <ePatient.09>«p_pc»</ePatient.09>
        <ePatient.12>«p_nidd»</ePatient.12>
        <ePatient.13>9906001</ePatient.13>
        <ePatient.AgeGroup><ePatient.15>«p_age»</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup>
        <ePatient.17>«p_dobiso»</ePatient.17>
        <ePatient.18 PhoneNumberType="9913009">«p_ph»</ePatient.18>
        <ePatient.19 EmailAddressType="9904001">«p_em»</ePatient.19>
        <ePatient.20>«home_region»</ePatient.20>
        <ePatient.21>«p_dl»</ePatient.21>
      </ePatient>
      <ePayment>
        <ePayment.01>2601009</ePayment.01>
        <ePayment.InsuranceGroup><ePayment.10>«payer»</ePayment.10><ePayment.19>«p_plan»</ePayment.19></ePayment.InsuranceGroup>
        <ePayment.ClosestRelativeGroup><ePayment.59>«r_f»</ePayment.59><ePayment.60>«r_g»</ePayment.60><ePayment.67>«r_ph»</ePayment.67></ePayment.ClosestRelativeGroup>
      </ePayment>
      <eScene>
        <eScene.11>«s_llc»</eScene.11>
        <eScene.15>«s_line»</eScene.15>
        <eScene.17>«gnis2»</eScene.17>
        <eScene.19>«s_pc»</eScene.19>
      </eScene>
      <eSituation><eSituation.09>«icd1»</eSituation.09><eSituation.11>«icd2»</eSituation.11></eSituation>
      <eVitals>
        <eVitals.VitalGroup><eVitals.01>«stamp6»</eVitals.01><eVitals.BloodPressureGroup><eVitals.06>«sbp1»</eVitals.06><eVitals.07>«dbp1»</eVitals.07></eVitals.BloodPressureGroup><eVitals.10>«hr1n»</eVitals.10><eVitals.12>«spo2n»</eVitals.12><eVitals.GlasgowScoreGroup><eVitals.23>«gcsn»</eVitals.23></eVitals.GlasgowScoreGroup></eVitals.VitalGroup>
      </eVitals>
      <eMedications>
        <eMedications.MedicationGroup><eMedications.01>«stamp7»</eMedications.01><eMedications.03>«rx1»</eMedications.03><!-- «drug1» --><eMedications.09>«m1_lic»</eMedications.09></eMedications.MedicationGroup>
        <eMedications.MedicationGroup><eMedications.01>«stamp8»</eMedications.01><eMedications.03>«rx2»</eMedications.03><!-- «drug2» --></eMedications.MedicationGroup>
      </eMedications>
      <eDevice><eDevice.DeviceGroup><eDevice.01>«dev»</eDevice.01><eDevice.03>«monitor»</eDevice.03></eDevice.DeviceGroup></eDevice>
      <eNarrative><eNarrative.01>Called by «r_rel» «r_n» for «p_g» found on bathroom floor. «bgl_low». Pt alert after treatment; transported to «hosp». Receiving RN «n_n».</eNarrative.01></eNarrative>
      <eDisposition><eDisposition.01>«hosp»</eDisposition.01><eDisposition.21>4221003</eDisposition.21></eDisposition>
    </PatientCareReport>
  </Header>
</EMSDataSet>
"""

ATMIST = """PRE-ALERT LOG — «hosp», Emergency Department (recorded line)          Date: «d0_dmy»
Taken by: «n_n», nurse in charge          Crew: «m1_n», Paramedic («natreg» «m1_lic»), «unit1», «agency»

[«t3»] «m1_g»: Hi, it's «m1_g» on «unit1», trauma pre-alert for you, ATMIST to follow.
A — «p_age»-year-old «p_sexw», «p_n», date of birth «p_dob», «nat_label» «nat».
T — Time of injury about «t0».
M — Driver of a «veh1» («p_plate»), head-on with a «veh2» at around «speed» on the «hwy». Prolonged extrication, roof off
    by «unit2». Other driver, «x_n», walking wounded, going to «hosp2».
I — Open # R tib/fib, chest wall tenderness R, abdo soft. Small scalp lac.
S — «rr1», «spo2» on 15 L, «hr1», BP «bp1», «gcs», «pain» pain. Cap refill 3 s.
T — «drug1», «drug2», splinted, pelvic binder applied as a precaution, wound dressed.
ETA «t6», about twenty minutes. «r_Rel» «r_n» is following by car, mobile «r_ph».
[«t4»] ED: Thanks «m1_g», trauma team will be waiting, «dr» «d_f» leading. Resus 2.
Scene location: «where». Police log «event», «o_rank» «o_n» (collar «o_collar») at scene.
"""

PATCH = """[Medical Control — recorded line — «hosp» base station — «d0_long»]
«T1»  MEDCOM («k_n»): «unit1», go ahead for «hosp» base.
«T2»  «UNIT1» («m1_g»): Base, «unit1», we're en route to your facility priority one, requesting orders.
«T3»  BASE («dr» «d_f»): Go ahead «unit1», «dr» «d_f» on the line.
«T4»  «UNIT1»: Doc, we have a «p_age»-year-old «p_sexw» found down by a neighbor, «b_n», at «s_line» in «s_town», suspected opioid
       overdose. On our arrival ‹RR 4›, pinpoint pupils, «spo2». Given «drug1» with partial response, now «rr2» and «gcs».
«T5»  BASE: Copy. Any trauma? And for registration, what's the name and date of birth?
«T6»  «UNIT1»: No trauma. Last name «p_f», that's «p_spell», first name «p_g», date of birth «p_dob». Card in the wallet says
       «payer», member number «p_plan».
«T7»  BASE: Okay. You can repeat «drug2» if resp drops below eight, and get a BGL.
«T8»  «UNIT1»: «bgl», BP «bp1», «hr1». «r_Rel» is «r_n», «r_he»'s on «r_his» way to you, cell «r_ph».
«T9»  BASE: Copy all. Order number «order», «dr» «d_n». See you in ten.
«T10»  MEDCOM: «unit1», order «order» logged at «T10» by «k_i».
"""

TRAUMA = """TRAUMA REGISTRY ABSTRACT — «hosp»                                     Registry #: «reg»
Patient: «p_LF»      MRN: «mrn»      Acct: «acct»      DOB: «p_dob»      Age: «p_age»      Sex: «p_sex»
Residence: «p_addr»
Injury date: «d0_loc»      Injury time: «t0»      Place: street / highway («hwy»)
Injury GPS: «s_ll»      Injury ZIP / postal code: «s_pc»
Mechanism: MVC, occupant — driver, restrained, airbag deployed (‹V43.52XA›). Vehicle: «vyear1» «veh1», plate «p_plate», VIN «p_vin».
Prehospital: «agency», «unit1», PCR «pcr». Scene arrival «t2», departure «t4». Field vitals BP «bp1», «hr1», «rr1», «gcs».
Interfacility: none. ED arrival «d0_loc» «th5»; trauma activation level 1 at «t6»; trauma attending «d_n», MD (lic. «d_dlic»).
Injuries (AIS 2005): spleen laceration grade III (AIS 3); L femur shaft fracture (AIS 3); L pneumothorax (AIS 3). «iss».
Procedures: chest tube L «d0_loc»; ex-lap / splenectomy «d1_loc»; IMN L femur «d1_loc».
ICU days 3, ventilator days 1. Discharge «d2_loc» to inpatient rehabilitation. Outcome: alive.
Next of kin on file: «r_n» («r_rel»), «r_ph», «r_em».
Abstracted by «a_n», CSTR — «d4_loc». Validated: «a2_n».
"""

POISON = {
    "US": """POISON CENTER — CASE RECORD                           Case #: «case»      Date: «d0_us»      Time of call: «t1»
Caller: «c_n» (mother)          Phone: «c_ph»          Alt: «c_ph2»          Caller ZIP: «c_pc»
Caller site: own residence          Exposure site: own residence («p_line», «p_town»)
Patient: «p_g» «p_f»          Age: «child_age»          Sex: «p_sex»          Weight: 14 kg
Substance(s): ‹Acetaminophen 500 mg tablets›, up to 12 tablets unaccounted for (max 6 g = 428 mg/kg)
Route: ingestion          Reason: unintentional — general          Time of exposure: approx «t0»
Clinical effects: none at time of call.           Management site: referred to HCF
History: Child found by older sibling «x_g» with open bottle belonging to a grandparent, «r_n». Caller drove to «hosp».
Recommendations: 4-hour APAP level, LFTs; NAC if level above treatment line. Called ED charge RN «n_n» at «t3».
Follow-up 1 («t6»): 4-h level 162 mcg/mL, NAC started per ED physician «dr» «d_f».
Follow-up 2 («d1_us» «th8»): NAC completed, LFTs normal. Medical outcome: no effect. Case closed.
SPI: «a_n», RN, CSPI          Reviewed: «a2_n», PharmD
""",
    "AU": """POISONS INFORMATION CENTRE — CALL RECORD                  Call ID: «case»      Date: «d0_dmy»      Time: «t1»
Caller: «c_n» (carer, «carer_org»)          Callback: «c_ph»
Patient: «p_n»          Age: «p_old»          DOB: «p_dob»          Sex: «p_sex»
Residence: «p_addr» (independent living unit)
Exposure: therapeutic error — given double dose of evening medications from the Webster-pak at «t0»:
  «med1» x2, «med2» x2, ‹Digoxin 62.5 mcg› x2.
Hx: AF, CCF, CKD 3. Usual GP: «dr» «y_n» («y_ph»). Lives alone; «r_rel» «r_n» («r_ph») visits daily.
Assessment: low risk for all except digoxin in an «p_old»-year-old with renal impairment.
Advice: ambulance transport for ECG and level; ambulance (000) called by PIC at «t2», «unit1» attended.
Follow-up («d1_dmy», «t9»): spoke with «n_n», RN at «hosp»: digoxin 1.9 nmol/L, HR 58, observed overnight, discharged.
Specialist in poisons information: «a_n»          Clinical toxicologist on call: «dr» «d_n»
""",
}

MCI = {
    "US": """MASS CASUALTY INCIDENT — TRIAGE / TRACKING LOG (START)                Incident: «inc»      Date: «d0_us»
Event: charter bus rollover, «hwy». Bus plate «x_plate», VIN «x_vin» (driver «x_n», DL «x_dl»).
Command post GPS: «s_ll»        Triage officer: «f_n»        Transport officer: «m3_n» («m3_badge»)
Staging: «road1» at «road2»       MCI declared «t1»       Last patient transported «t12»

TAG #      CAT      NAME                       AGE  SEX   INJURIES                          UNIT        DESTINATION
«tag1»  RED      «t1_LF»            «t1_age»   «t1_sex»     open femur fx, shock             «unit1»     «hosp»
«tag2»  RED      «t2_LF»            «t2_age»   «t2_sex»     head inj, «gcs»           «unit3»     «hosp»
«tag3»  YELLOW   «t3_LF»            «t3_age»   «t3_sex»     L wrist fx, scalp lac            «unit5»     «hosp2»
«tag4»  YELLOW   «t4_n»             «t4_age»   «t4_sex»     chest wall pain, «spo2»     Bus 12 (MCI)    «hosp2»
«tag5»  GREEN    «t5_n»             «t5_age»   «t5_sex»     abrasions                         Bus 12 (MCI)    «hosp2»
«tag6»  GREEN    «t6_g» «t6_f» (travelling with «t3_g»)    «t6_age»   «t6_sex»     minor lac chin        Bus 12 (MCI)    «hosp2»
«tag7»  YELLOW   «t7_LF»            «t7_old»   «t7_sex»     hip pain, on warfarin             «unit1» (2nd trip)   «hosp»
UNK     BLACK    unknown male, approx 60                    —     —                                 remains on scene (ME)
Family reunification: «r_n» called for «t7_g», «r_ph». Tracking scribe: «a_n». Radio log «event».
""",
    "GB": """MAJOR INCIDENT — CASUALTY TRACKING LIST (TRIAGE SIEVE / SORT)           Incident: «inc»      Date: «d0_dmy»
Incident: coach v HGV on the «hwy». Coach registration «x_plate», VIN «x_vin»; driver «x_n» (licence «x_dl»).
Forward command point: «s_w3w» (grid «s_os»)     Ambulance commander: «f_n»     Casualty clearing officer: «m3_n» («m3_badge»)
Rendezvous point: junction of «road1» and «road2»       Major incident declared «t1»       Stand down «t12»

TRIAGE LABEL   PRI   NAME                        AGE   SEX   INJURIES                         CONVEYED BY   RECEIVING
«tag1»         P1    «t1_LF»             «t1_age»    «t1_sex»     traumatic amputation L leg      «unit1»       «hosp»
«tag2»         P1    «t2_LF»             «t2_age»    «t2_sex»     head injury, «gcs»       «unit3»       «hosp»
«tag3»         P2    «t3_LF»             «t3_age»    «t3_sex»     # L humerus                     «unit5»       «hosp2»
«tag4»         P2    «t4_n»              «t4_age»    «t4_sex»     chest injury, «spo2»        coach (walking)     «hosp2»
«tag5»         P3    «t5_n»              «t5_age»    «t5_sex»     lacerations                      coach (walking)     «hosp2»
«tag6»         P3    «t6_g» «t6_f» (travelling with «t3_g»)   «t6_age»    «t6_sex»     bruised shoulder       coach (walking)     «hosp2»
«tag7»         P2    «t7_LF»             «t7_old»    «t7_sex»     # NOF ?, anticoagulated          «unit1» (2nd)     «hosp»
DEAD           —     unidentified male, approx 60         —     —                              remains at scene (coroner)
Survivor reception centre: «r_n» enquiring for «t7_g», «r_ph». Loggist: «a_n». Police log «event».
""",
}

TRANSFER = {
    "CA": """CRITICAL CARE TRANSFER REQUEST — Provincial Transfer Centre            Reference: «ref»
Request received: «d0_iso» «th1»          Call-back: «dr» «d_n», emergency physician, «hosp2» — cell «d_ph» («cps» «d_dlic»)
Accepting: «dr» «y_n», ICU, «hosp» (accepted «t4»)
Patient: «p_F», «p_g»          DOB: «p_dobiso»          Age: «p_age»          Sex: «p_sex»
Health number: «p_plan»          Sending MRN: «mrn»          Home: «p_addr»
Diagnosis: septic shock, source ? cholangitis; AKI. Allergies: sulfa.
Current status («t3»): intubated, FiO2 0.5, PEEP 10. BP «bp1» on ‹Norepinephrine 0.12 mcg/kg/min›, «hr1», «temp».
Lines: R IJ CVC, L radial art line. Infusions: ‹Propofol 30 mcg/kg/min›, ‹Fentanyl 75 mcg/h›. Last lactate 4.8 mmol/L.
Imaging: CT abdo done «d0_iso», images pushed via PACS share — «url».
Transport: critical care land (CCP crew «m1_n» / «m2_n»), ETA at bedside «t8». Weather hold on rotor wing.
Family: «r_rel» «r_n», «r_ph», travelling separately; «r_he» has been told the patient may be transferred again.
Coordinator: «a_n» (ext. 3307)          Logged by «k_n» at «t2»
""",
    "US": """TRANSFER CENTER — INTERFACILITY TRANSFER REQUEST (EMTALA)                Transfer #: «ref»
Date/time requested: «d0_us» «th1»          Sending facility: «hosp2», ED          Sending MD: «d_n», MD (NPI «d_dlic»), «d_ph»
Receiving facility: «hosp»          Accepting MD: «y_n», MD, Cardiothoracic Surgery          Accepted: «t4»
Patient: «p_LF»          DOB: «p_dobus»          Age: «p_age»          Sex: «p_sex»          MRN (sending): «mrn»
Address: «p_addr»          Phone: «p_ph»
Insurance: «payer» — member «p_plan»          Guarantor acct: «acct»
Reason: Type A aortic dissection on CTA «d0_us»; no CT surgery at sending facility.
Vitals at «t3»: BP R arm «bp1», L arm «bp2», «hr1», «spo2» 2 L. ‹Esmolol 150 mcg/kg/min›, ‹Nicardipine 5 mg/h›.
Mode: rotor wing requested «t5» (Lifeflight 4, crew «m1_n» / «m2_n»); ground backup «unit1».
Patient aware and consents; spouse «r_n» («r_ph», «r_em») will drive.
Transfer coordinator: «a_n», RN          Record: «url»
""",
}

FLIGHT = {
    "AU": """AEROMEDICAL RETRIEVAL — FLIGHT / MISSION LOG                   Mission: «mission»          Date: «d0_dmy»
Aircraft: VH-FXT (King Air B200C)          Base: western operations          Tasked by: «k_n» (coordinator) at «t1»
Crew: pilot «f_n» · flight nurse «m1_n» («m1_lic») · retrieval doctor «dr» «d_n» («d_dlic»)
Pick-up: «s_county» airstrip («s_ddm»), dirt, 1,100 m, kangaroos reported — station manager «c_n», sat phone «c_ph»
Patient: «p_n»          DOB: «p_dob»          Age: «p_age»          Medicare: «p_plan»          IHI: «ihi»
Home: «p_addr»
Clinical: crush injury R leg under a bull catcher, 4 h prior. «hr1», BP «bp1», «spo2», «pain». «drug1», «drug2» given by station staff per phone advice.
Times: wheels up «t2» · on ground «t5» · at patient «t6» · wheels up «t9» · on ground at base «t12» · handover «t14»
Destination: «hosp» via road ambulance «unit1». Handover to «n_n», RN. NOK: «r_n» («r_rel»), «r_ph», flying down tomorrow.
Notes: fuel uplift 620 L. Strip lights arranged by «b_n». Next of kin to be met by social worker «a_n».
""",
    "CA": """AIR MEDICAL TRANSPORT — FLIGHT LOG                             Mission #: «mission»          Date: «d0_iso»
Aircraft: C-GSTR (AW139)          Base: north          Dispatched by: «k_n» at «t1»
Crew: pilot «f_n» / co-pilot «x_n» · flight paramedic «m1_n» («m1_lic») · flight nurse «m2_n» («m2_lic»)
Scene LZ: «hwy» — «s_ddm»; LZ marked by «unit2» (Capt. «o_n»). Wires to the north.
Patient: «p_n»          DOB: «p_dobiso»          Age: «p_age»          Health card: «p_plan»
Home: «p_addr»          Contact: «p_ph»
Clinical: snowmobile vs tree, found by riding partner «b_n» («b_ph»). «gcs», BP «bp1», «hr1», «spo2». Suspected pelvic fx.
Interventions: RSI («drug1», ‹Rocuronium 100 mg›), «drug2», pelvic binder, 2 units O-neg PRBC.
Times: lift «t2» · on scene «t4» · pt contact «t5» · lift «t9» · land «hosp» helipad «t12» · handover «t13»
Receiving: trauma team lead «dr» «d_n»; handover to «n_n». Family: «r_n» («r_rel»), «r_ph».
""",
}

FIRE = {
    "US": """FIRE INCIDENT REPORT (NFIRS-1 / NFIRS-3 summary)                 FDID 39041     Incident #: «fdid»     Exposure 000
Date: «d0_us»      Alarm: «t1»      Arrival: «t4»      Controlled: «t9»      Last unit cleared: «t13»
Incident type: 111 Building fire          Aid: none          Shift: B
Location: «s_LINE», «s_TOWN» «s_pc»          Census tract: 9512.01          Cross: «road1»
Property owner: «x_n», «x_line», «x_town» («x_ph»)          Occupant: «p_n» («p_ph»)
Apparatus: «unit2» (first due), «unit4», «unit1»
Officer in charge: Capt. «f_n» («f_emp»)          Member making report: Lt. «m3_n» («m3_emp»)
Narrative: Arrived to a 1½-story wood-frame single family dwelling with smoke showing from the C side. Occupant «p_g»
«p_f», «p_age», met crews in the driveway and reported «p_his» «r_rel» «r_g» still inside. Primary search located «r_g» in
the rear bedroom; removed via window by «unit4» at «t6». Patient care to «agency» «unit1»: «r_age» y/o, «spo2», CO-oximetry
SpCO 18%, «gcs»; transported to «hosp» for hyperbaric evaluation. Fire confined to the kitchen; cause under investigation,
unattended cooking suspected. Vehicle in driveway (a «vyear1» «veh1», plate «p_plate», VIN «p_vin») moved by PD.
Civilian casualty: «r_n», DOB «r_dobus», smoke inhalation — moderate. Firefighter casualty: none.
Fire marshal notified: «o_n» at «t11». Red Cross caseworker «a_n» assisting occupants.
""",
    "CA": """FIRE DEPARTMENT INCIDENT REPORT                          Incident #: «fdid»          Dept: ‹County Fire Services›
Date: «d0_iso»      Dispatched: «t1»      On scene: «t4»      Under control: «t9»      Cleared: «t13»
Type: Vehicle fire / MVC with entrapment          Responding: «unit2», «unit4», «unit1»
Location: «hwy» (GPS «s_dms»), near «s_line»
Incident commander: Capt. «f_n» (#«f_emp»)          Report by: FF «m3_n» (#«m3_emp»)
Narrative: Crews arrived to a «vyear1» «veh1» (plate «p_plate», VIN «p_vin») in the ditch, engine compartment on fire, driver
«p_n» trapped by the dash. Fire knocked down with 1¾" line by «t5»; dash roll and door removal completed at «t7».
Patient («p_age» y/o «p_sexw», «gcs», BP «bp1») handed to «agency» «unit1» crew «m1_n» / «m2_n».
Passenger «b_n» self-extricated, assessed, declined transport (signed refusal). Second vehicle «vyear2» «veh2»
(plate «x_plate», driver «x_n», licence «x_dl») stopped to assist, no damage.
RCMP file «event» — Cst. «o_n». Tow: ‹Highway Towing›. Owner of vehicle: «r_n», «r_addr», «r_ph».
""",
}

CRASH = {
    "AU": """ROAD CRASH RESCUE — INCIDENT REPORT                    Incident no.: «fdid»          Police event: «event»
Date: «d0_dmy»      Paged: «t1»      Arrived: «t4»      Last casualty released: «t9»      Returned: «t14»
Location: «hwy» (GPS «s_ll»)
Units: «unit2», «unit4», «unit1»          Officer in charge: «f_n» (#«f_emp»)          Police: SC «o_n»
V1: «vyear1» «veh1», rego «p_plate» («p_region»), VIN «p_vin». Driver «p_n», DOB «p_dob», licence «p_dl», «p_addr».
V2: «vyear2» «veh2», rego «x_plate», VIN «x_vin». Driver «x_n», licence «x_dl», «x_addr».
Casualties: V1 driver trapped by the legs, conscious («gcs15»); V2 driver walking, neck pain; V2 passenger «b_n» (L wrist).
Actions: scene made safe, battery isolated, glass management, B-pillar rip and dash roll, released at «t9» to «agency» (Paramedic «m1_n»).
Casualty transport: V1 driver by CareFlight to «hosp»; V2 occupants by road to «hosp2».
Witness: «c_n» («c_ph»), travelling behind V2. Vehicle V1 towed to ‹Council depot›; owner notified — «r_n», «r_ph».
""",
    "GB": """FIRE AND RESCUE SERVICE — INCIDENT RECORDING SYSTEM (RTC)          Incident: «fdid»          Police log: «event»
Date: «d0_dmy»      Call: «t1»      Mobile: «t2»      In attendance: «t4»      Casualty released: «t9»      Stop: «t11»
Location: «hwy», «s_w3w» (grid «s_os»)
Appliances: «unit2», «unit4»          Incident commander: Watch Manager «f_n»          Police: PC «o_n» («o_collar»)
Vehicle 1: «veh1», registration «p_plate», VIN «p_vin», on its roof in the verge. Driver «p_n», DOB «p_dob», licence «p_dl».
Vehicle 2: «veh2», registration «x_plate», VIN «x_vin». Driver «x_n» («x_ph»), licence «x_dl», of «x_addr».
Casualties: V1 driver trapped, «gcs», complaining of back pain; released by roof removal at «t9» onto a long board to
«agency» crew «m1_n» / «m2_n» («unit1») — conveyed to «hosp». V2 driver uninjured.
Witness: «c_n», «c_ph», «c_addr». Next of kin for V1: «r_n» («r_rel»), «r_ph», informed by police at «t12».
""",
}

NHS999 = """999 CALL HANDLING LOG — «agency» EOC                       Incident: «inc»          Date: «d0_dmy»
Call connected «T1»   Line: BT 999   CLI «c_ph»   Location (AML): «c_ll» ±12 m
Caller: «c_n» — relationship: neighbour / key holder
Incident address: «p_addr»          what3words: «p_w3w»
Patient: «p_n»   Age: «p_old»   DOB: «p_dob»   «nat_label»: «nat»   GP: «dr» «y_n», ‹Castle Lane Surgery›
NHS Pathways: Dx0122 — fall, long lie (> 1 h), unable to get up; no priority symptoms.   Category: C3 → upgraded C2 at «T8»
«T2»  Caller: «p_g» has been on the bathroom floor since last night, «p_he» is «p_old», cold, says «p_his» hip hurts.
«T3»  Key safe at front door, code given to crew only (not recorded). Dog shut in kitchen.
«T4»  Worsening care advice given; caller to stay with patient, cover with blanket, nothing to eat or drink.
«T6»  Clinical validation by «m3_n», paramedic clinician (HCPC «m3_lic»): long lie, on «med1», possible # NOF.
«T8»  Upgraded to C2; «unit1» assigned. Family: «r_rel» «r_n» «r_ph», lives in «r_town».
«T9»  Welfare call to «c_g» on «c_ph2»: patient breathing, talking, «gcs15» per caller description.
«T11»  «unit1» at scene (crew «m1_n», «m2_n»). Call closed by call handler «k_n» («k_emp»). Reviewed by «a_n».
"""

IMIST = """IMIST-AMBO HANDOVER — «hosp» Emergency Department                 Case: «pcr»      Date: «d0_dmy»      Arrived: «t8»
Crew: «m1_n» («m1_lic») and «m2_n» («m2_lic»), «unit1»          Received by: «n_n» (triage RN), «dr» «d_n» (ED reg)
I  — Identification: «p_n», «p_age» y/o «p_sexw», DOB «p_dob». Medicare «p_plan». URN on file «mrn».
M  — Mechanism / medical complaint: collapse while mowing at home («p_line», «p_town»), found by «p_his» «r_rel» «r_g» at «t0».
I  — Injuries / information: facial abrasion, no other injury. Brief LOC reported. Episode of palpitations before collapse.
S  — Signs: initial «hr1» (VT on monitor «monitor»), BP «bp1», «rr1», «spo2», «bgl», «temp». Current: «hr2», BP «bp2», «gcs15».
T  — Treatment: synchronised cardioversion 100 J at «t3» → sinus rhythm; «drug1», «drug2». IV 20 G L ACF.
A  — Allergies: NKDA.
M  — Medications: «med1», «med2», «med3».
B  — Background: IHD, CABG «year_cabg»; implanted device (pacemaker) serial «dev2». Cardiologist «dr» «y_n» at «hosp2».
O  — Other: lives with «p_his» «r_rel» «r_n» («r_ph»); «r_he» is following by car. DVA gold card «dva». Dog at home — neighbour
     «b_n» («b_ph») looking after it. Belongings: wallet, phone. IHI «ihi».
Handover completed «t10». Signed «m1_i».
"""

JSON_EXPORT = {
    "CA": """{"export":{"system":"ePCR","version":"4.2","generated":"«d1_iso» «tp1»"},"incident":{"number":"«inc»","acr":"«pcr»","date":"«d0_iso»","unit":"«unit1»","priority":"Code 4","determinant":"«mpds»","location":{"address":"«s_line»","municipality":"«s_town»","district":"«s_county»","postal":"«s_pc»","lat":"«s_lat»","lon":"«s_lon»"}},"patient":{"lastName":"«p_f»","firstName":"«p_g»","dob":"«p_dobiso»","age":"«p_age»","sex":"«p_sex»","healthCard":"«p_plan»","phone":"«p_ph»","email":"«p_em»","homeAddress":{"line1":"«p_line»","city":"«p_town»","postal":"«p_pc»"},"nextOfKin":{"name":"«r_n»","relation":"«r_rel»","phone":"«r_ph»"}},"crew":[{"name":"«m1_n»","level":"ACP","regNo":"«m1_lic»","employee":"«m1_emp»"},{"name":"«m2_n»","level":"PCP","regNo":"«m2_lic»","employee":"«m2_emp»"}],"vitals":[{"time":"«t4»","bp":"«bp1»","hr":"«hr1»","rr":"«rr1»","spo2":"«spo2»","gcs":"«gcs»"},{"time":"«t7»","bp":"«bp2»","hr":"«hr2»","bgl":"«bgl»"}],"medications":[{"time":"«t5»","drug":"«drug1»"},{"time":"«t6»","drug":"«drug2»"}],"device":{"model":"«monitor»","serial":"«dev»"},"destination":{"facility":"«hosp»","receivingNurse":"«n_n»","transferOfCare":"«t9»"},"narrative":"Pt found by «c_n» outside «s_line». «gcs» on arrival, improved after «drug1». «r_n» informed by phone."}""",
    "US": """{"export":{"system":"ePCR","version":"7.1","generated":"«d1_iso» «tp1»"},"incident":{"number":"«inc»","pcr":"«pcr»","dateOfService":"«d0_us»","unit":"«unit1»","response":"Emergent","determinant":"«mpds»","scene":{"address":"«s_line»","city":"«s_town»","county":"«s_county»","zip":"«s_pc»","gps":"«s_llc»"}},"patient":{"name":{"last":"«p_F»","first":"«p_g»"},"dob":"«p_dobus»","age":"«p_age»","gender":"«p_sex»","ssn":"«p_nid»","phone":"«p_ph»","email":"«p_em»","address":{"street":"«p_line»","city":"«p_town»","zip":"«p_pc»"},"insurance":{"payer":"«payer»","memberId":"«p_plan»"},"emergencyContact":{"name":"«r_n»","relationship":"«r_rel»","phone":"«r_ph»"}},"crew":[{"name":"«m1_n»","role":"Paramedic","stateCert":"«m1_lic»"},{"name":"«m2_n»","role":"EMT","stateCert":"«m2_lic»"}],"vitals":[{"time":"«t4»","bp":"«bp1»","pulse":"«hr1»","resp":"«rr1»","spo2":"«spo2»","gcs":"«gcs»"},{"time":"«t7»","bp":"«bp2»","pulse":"«hr2»","glucose":"«bgl»"}],"medications":[{"time":"«t5»","medication":"«drug1»"},{"time":"«t6»","medication":"«drug2»"}],"cardiacMonitor":{"model":"«monitor»","serialNumber":"«dev»"},"disposition":{"destination":"«hosp»","receivedBy":"«n_n»","time":"«t9»"},"billing":{"account":"«acct»"},"narrative":"Called by «c_n» («c_ph») for «p_g». «gcs» on arrival. Transported to «hosp»."}""",
}

REFUSAL = """«agency» — REFUSAL OF TREATMENT AND/OR TRANSPORT (AMA)                     PCR #: «pcr»      Incident: «inc»
Date: «d0_loc»      Time: «t6»      Unit: «unit1»
Patient: «p_n»      DOB: «p_dob»      Age: «p_old»      Phone: «p_ph»
Address: «p_addr»
Reason for call: «p_He» fell getting out of bed at «t0», called by «p_his» «c_gc» «c_n» («c_ph»).
Assessment: A&O x4, «gcs15», BP «bp1», «hr1», «spo2», «bgl». No head strike, no anticoagulants, full ROM all extremities.
Decision-making capacity: patient understands the nature of the condition, the risks of refusal including serious injury or
death, and the alternatives offered. Online medical control consulted: «dr» «d_n» at «t4» (order «order»).
Patient's statement: "I'm «p_old», I've fallen before, I'm not going to any hospital tonight."
Advised to call 911 again for any new symptoms; «r_rel» «r_n» («r_ph») will stay overnight.
Patient signature: «p_n»        Witness: «b_n» (police officer, badge «o_collar»)
Crew: «m1_n» (lic. «m1_lic»), «m2_n» (lic. «m2_lic»)        Time signed: «t7»
"""

SAFEGUARD = {
    "GB": """From: «m1_n» <«m1_wem»>
To: Adult Safeguarding Hub <safeguarding.referrals@council.example.gov.uk>
Cc: «m3_n» <«m3_wem»>
Date: «d0_mon» «th12»
Subject: Adult safeguarding referral — «p_n», DOB «p_dob» — incident «inc»

Hello,

I attended «p_n» («p_old», «nat_label» «nat») at «p_addr» today at «t4» with my crewmate «m2_n» («unit1») after a
fall. I'm raising a concern about self-neglect and possible financial abuse:
- the house was cold (no heating), very little food, and «p_he» had been wearing the same clothes for some days;
- «p_he» told us a man called «x_n» has been "looking after the money" and has «p_his» bank card; «x_g» drives a
  «veh1» («x_plate») and was at the property when we arrived but left before we could speak to them;
- care calls from ‹Bluebell Homecare› (carer «y_n») stopped on «d3_mon» according to the neighbour «b_n», «b_ph».
«p_He» has capacity for the decision about conveyance and declined hospital. GP informed: «dr» «d_n», ‹Castle Lane Surgery›.
Next of kin: «r_n» («r_rel»), «r_ph», «r_em» — I have not shared this referral with them.
Vitals for the record: BP «bp1», «hr1», «temp», «gcs15».

Regards,
«m1_n», Paramedic (HCPC «m1_lic») — staff no. «m1_emp»
""",
    "AU": """From: «m1_n» <«m1_wem»>
To: Elder Abuse Helpline intake <intake@elderabuse.example.org.au>
Date: «d0_mon» «th12»
Subject: Referral — «p_n» (DOB «p_dob») — case «pcr»

Hi team,

Today at «t4» my partner «m2_n» and I («unit1») attended «p_n», «p_old», at «p_addr» (Medicare «p_plan»,
DVA «dva») after a fall. Concerns:
- «p_He» lives with «p_his» «x_gc» «x_n» («x_ph»), who appeared intoxicated and would not let us speak to «p_n» alone;
- bruising of different ages on both upper arms, which «p_he» explained as "knocking into things";
- pension card and bank card held by «x_g»; «p_he» said there is "never any money for food".
Declined transport to «hosp» but accepted a GP home visit. GP: «dr» «d_n» («d_ph»).
«r_Rel» (next of kin): «r_n», lives in «r_town», «r_ph», «r_em». Neighbour «b_n» («b_ph») checks in most days.
Obs: BP «bp1», «hr1», «spo2», «bgl», «gcs15».

Cheers,
«m1_n», Paramedic (AHPRA «m1_lic») — employee «m1_emp»
""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("ems53_cad_incident_log", ["US", "CA"], "text", {"US": CAD, "CA": CAD_CA}),
    ("ems53_epcr_soap_narrative", ["US", "AU"], "text", SOAP),
    ("ems53_dchart_call_report", ["CA", "US"], "text", DCHART),
    ("ems53_nemsis_xml_fragment", ["US", "US"], "text", NEMSIS),
    ("ems53_atmist_radio_prealert", ["GB", "AU"], "text", ATMIST),
    ("ems53_medical_control_patch", ["US", "CA"], "text", PATCH),
    ("ems53_trauma_registry_abstract", ["US", "CA"], "text", TRAUMA),
    ("ems53_poison_centre_call", ["US", "AU"], "text", POISON),
    ("ems53_mci_triage_tag_list", ["US", "GB"], "text", MCI),
    ("ems53_interfacility_transfer_request", ["CA", "US"], "text", TRANSFER),
    ("ems53_air_medical_flight_log", ["AU", "CA"], "text", FLIGHT),
    ("ems53_fire_incident_report", ["US", "CA"], "text", FIRE),
    ("ems53_road_crash_rescue_report", ["AU", "GB"], "text", CRASH),
    ("ems53_nhs_999_call_log", ["GB", "GB"], "text", NHS999),
    ("ems53_imist_ambo_handover", ["AU", "AU"], "text", IMIST),
    ("ems53_epcr_json_export", ["CA", "US"], "json", JSON_EXPORT),
    ("ems53_refusal_of_transport_form", ["US", "CA"], "text", REFUSAL),
    ("ems53_safeguarding_referral_email", ["GB", "AU"], "text", SAFEGUARD),
]

_TIME = re.compile(r"\d{1,2}:\d{2}(:\d{2})?")


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI), plus:
    every PHI value occurs in the document, and no time of day kept as a keep value sits right after a
    labelled date (the time of a date-time stamp is plain text, not keep)."""
    bad = _base_problems(doc)
    text = doc.content
    if doc.format == "json":
        text = "\n".join(_json_strings(json.loads(doc.content)))
    for type_, value in doc.phi:
        if not bounded(value, text):
            bad.append(f"{doc.id}: {type_} {value!r} not found")
    dates = {v for t, v in doc.phi if t == "DATE"}
    ends = {b for a, b in doc.spans if doc.content[a:b] in dates}
    for k in doc.keep:
        if _TIME.fullmatch(k):
            for start in bounded(k, doc.content):
                if any(0 <= start - e <= 2 and not doc.content[e:start].strip(" T") for e in ends):
                    bad.append(f"{doc.id}: keep time {k!r} right after a date at {start}")
    return bad


def _json_strings(v: object) -> list[str]:
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):
        return [s for x in v.values() for s in _json_strings(x)]
    if isinstance(v, list):
        return [s for x in v for s in _json_strings(x)]
    return []


def extra_slots(rng: random.Random, country: str, kind: str, s: dict[str, Slot]) -> dict[str, Slot]:
    """Country wording and the few keep values only some kinds use."""
    age = int(s["p_age"].value)  # type: ignore[union-attr]
    return {
        "natreg": {"GB": "HCPC", "AU": "AHPRA", "US": "cert.", "CA": "reg."}[country],
        "o_rank": {"GB": "PC", "AU": "SC", "US": "Ofc.", "CA": "Cst."}[country],
        "child_age": K(f"{age} yr") if age < 18 else "",
        "carer_org": K(rng.choice(["Wattle Home Support", "Bluegum Community Care", "Southern Cross Care"])),
        "year_cabg": K(str(rng.randint(1998, 2019))),
        "speed": "50 mph" if country == "GB" else "80 km/h",
        "cps": CPS.get(str(s["home_region"].value), "CPSO"),  # type: ignore[union-attr]
        **({"drug1": K(SCENARIO_DRUGS[kind, country][0]), "drug2": K(SCENARIO_DRUGS[kind, country][1])} if (kind, country) in SCENARIO_DRUGS else {}),
        "rx1": K(RXCUI.get(SCENARIO_DRUGS.get((kind, country), ("", ""))[0], "1191")),
        "rx2": K(RXCUI.get(SCENARIO_DRUGS.get((kind, country), ("", ""))[1], "7242")),
        # a NEMSIS date-time stamp: one DATE value (its time of day is plain text inside it)
        **{f"stamp{i}": P("DATE", f"{s['d0_iso'].value}T{s[f'tp{i}']}{UTC_OFFSET.get(str(s['region'].value), '-05:00')}") for i in range(17)},  # type: ignore[union-attr]
    }


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    country = locs[index % len(locs)]
    text = template[country] if isinstance(template, dict) else template
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe53:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, country, kind, index)
        slots.update(extra_slots(rng, country, kind, slots))
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, country, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
