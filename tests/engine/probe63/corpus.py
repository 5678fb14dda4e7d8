# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-third independent probe corpus: hospital operations text from the United States, the United Kingdom,
Canada, Australia and Ireland -- what site managers, bed managers, theatre coordinators, schedulers, porters,
ward nurses, risk managers, PALS and patient-relations officers, interpreters' agencies, chaplains, social
workers, security officers, discharge coordinators, transport desks and environmental-services teams write
about patients as they move through a hospital -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each (a kind may be a dict by country): a bed-state / patient
flow board (UK, AU), a theatre operating list (UK, IE), a surgical case booking request (US, CA), a porter /
patient-services task log (UK, AU), a Datix / NIMS incident report (UK, IE), a patient safety event report (US,
CA), a PALS / consumer-liaison contact log (UK, AU), a grievance acknowledgement / patient-relations intake (US,
CA), an interpreter booking (US language services with a video link; AU TIS National), a chaplaincy /
spiritual-care referral (UK, CA), a social-work referral (US; IE medical social work), a security daily
occurrence log (US, UK), a lost-property / patient-valuables register (AU, CA), an MDT discharge-planning board
round (IE, AU), a patient transport booking (US NEMT, UK NEPTS), an environmental-services isolation / terminal
clean notice (US, CA), an after-hours site manager handover (AU, IE) and a transfer-centre log (US, CA).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` `q` `w` patients, `r` `m` relatives (next of
kin, a son, a daughter) of the patient a kind is about, `d` `c` doctors (consultant, surgeon, anaesthetist,
registrar, GP), `e` a nurse, `s` `y` staff (site manager, bed manager, porter, PALS officer, chaplain, social
worker, security officer, scheduler, EVS technician), `v` `x` someone else (another patient, a visitor, a
witness, a company rep, an interpreter, a driver, a neighbour, a contractor). Forms: `_n` "Given Family", `_g`, `_f`, `_F` FAMILY, `_lf` "FAMILY, Given", `_lfc` "Family,
Given", `_i` "G. Family", `_ph` `_ph2`, `_em` (personal), `_wem` (work), `_addr` `_line` `_town` `_cty` (an
Irish county) `_pc`, `_region` (keep), `_dob` (the country's style), `_age` (keep, under 90), `_old` (AGE, 90+),
`_mrn`, `_nid` (NHS number, SSN, PPSN, IHI), `_plan` (insurance / Medicare / provincial health card / medical
card), `_acct`, `_lic`, `_mr` / `_hon` (titles, plain).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, visitors, witnesses, clinicians, nurses, porters, site and
  bed managers, PALS officers, chaplains, social workers, security officers, interpreters, drivers, EVS
  technicians, company reps and contractors -- in every form: full, given alone, family alone ("Dr Quayle",
  "Mr Kinrade": the title plain), "FAMILY, Given", "Family, Given", "G. Family" (the initial inside the value),
  a possessive ("Lucner's": the "'s" plain). Titles (Dr, Mr, Mrs, Ms, Fr., Sr., Rev.) and relationship words
  (son, daughter, NOK, wife) are plain text outside the value.
- ADDRESS: street lines (house number, flat / unit / apartment inside the value), towns, suburbs, Nunavut
  communities, Irish townlands and counties ("Co. Kerry": the county is the value, "Co." plain). ZIP: US ZIP
  codes, UK postcodes, Canadian postal codes, Australian postcodes, Eircodes.
- First-level divisions are keep when written alone and plain text inside an address (", OH ", " VIC ", ", NB
  "): US states, Canadian provinces and territories, Australian states, UK nations; countries keep.
- DATE: every date more specific than a year, in every form (14/03/2024, 03/14/2024, 2024-03-14, 14 March 2024,
  March 14, 2024, 14-Mar-2024, 14/03, 3/14, 14 Mar); years alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person (a staff member's direct mobile and work address too; switchboards, bleeps and
  extensions plain). URL: a video-interpreting link with its session token. IP: a video endpoint's address.
- SSN: US social security numbers. ID: NHS numbers, PPS numbers, Australian IHIs, incident references (Datix,
  NIMS, RL6, SLS), PALS / complaint / grievance case numbers, interpreter and transport booking references, TIS
  job numbers, police and security incident numbers, lost-property receipt numbers, transfer-centre request
  numbers, prior-authorisation numbers. MRN: hospital / UR / medical record numbers. HEALTH_PLAN: US insurance
  member IDs and Medicaid / Medicare (MBI) numbers, Australian Medicare numbers, Canadian provincial health card
  numbers, Irish medical card numbers. ACCOUNT: FIN / encounter / visit numbers. LICENSE: GMC, NMC PIN, IMC,
  NMBI, AHPRA, CPSO, College of Nurses and NPI numbers, NAATI credentials, driver's licence numbers. VEHICLE:
  number plates. DEVICE: serial numbers of infusion pumps, beds and bed alarms, a UV disinfection robot, hearing
  aids, mobility aids, phones (IMEI).
- Keep (must survive): hospital, ward, unit and department names, specialties, procedure names, equipment and
  devices' type names, staff roles and grades (Clinical Site Manager, Porter, Staff Nurse, PALS Officer,
  Chaplain, Security Officer), languages, service names (Hospital in the Home, Discharge Lounge, NEPTS, TIS
  National), escalation levels and codes (OPEL 3, Code Grey), times of day (those marked; the rest plain),
  drugs, ages under 90, years, money amounts, first-level regions and countries alone.
- Not scored (plain text): titles, relationship words, form labels, bay / bed / room / theatre numbers, porter
  and PSA task numbers, insurance group numbers and agency client codes, bleeps, pagers, extensions and
  switchboard numbers, radio channels and call signs, vitals.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe63 import ids
from tests.engine.probe63.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = {
    "US": ["Mercy Ridge Medical Center", "Northgate Regional Hospital", "St. Anselm Medical Center", "Lakeshore General Hospital", "Piedmont Valley Medical Center"],
    "UK": ["Royal Eastmoor Infirmary", "Northfield General Hospital", "Queen Adelaide Hospital", "Riverside University Hospital", "Westbrook District General Hospital"],
    "CA": ["Harbourview Regional Health Centre", "Bayshore General Hospital", "Northern Lakes Regional Hospital", "Hôpital régional Sainte-Anne"],
    "AU": ["Eastern Bays Hospital", "Moreton Valley Hospital", "Southern Cross Base Hospital", "Coastal Regional Hospital"],
    "IE": ["Midland Regional Hospital", "South Western General Hospital", "University Hospital West", "St Declan's General Hospital"],
}  # fmt: skip
WARDS = {
    "US": ["4 West", "5 North Med-Surg", "MICU", "Telemetry 6E", "Observation Unit", "CVICU", "3 South Ortho", "Progressive Care Unit"],
    "UK": ["Ward 7B", "Larch Ward", "Kestrel Ward", "Acute Medical Unit", "Heron Ward", "Surgical Assessment Unit", "Ward 4A", "Ward 23 (Stroke)"],
    "CA": ["7 East Medicine", "4 North Surgery", "Unit 3B", "Transitional Care Unit", "Intensive Care Unit", "6 West Cardiology"],
    "AU": ["Ward 5 North", "Acute Medical Unit", "Ward 3B", "Short Stay Unit", "Rehabilitation Ward 2", "Ward 6 South"],
    "IE": ["St Ita's Ward", "Acute Medical Assessment Unit", "Surgical 2", "Medical 1", "Cardiology Day Ward", "St Enda's Ward"],
}  # fmt: skip
SPECIALTIES = {
    "US": ["General Surgery", "Orthopedics", "Hospital Medicine", "Cardiology", "Urology", "Gastroenterology", "Vascular Surgery", "Neurology"],
    "other": ["General Surgery", "Trauma and Orthopaedics", "Acute Medicine", "Care of the Elderly", "Respiratory Medicine", "Cardiology", "Urology",
              "Gastroenterology", "Vascular Surgery", "Stroke Medicine"],
}  # fmt: skip
PROCEDURES = {
    "US": ["laparoscopic cholecystectomy", "right total hip arthroplasty", "left total knee arthroplasty", "TURP", "EVAR", "lumbar laminectomy",
           "laparoscopic appendectomy", "ORIF left distal radius", "cystoscopy and stent insertion", "PEG tube placement"],
    "other": ["laparoscopic cholecystectomy", "right total hip replacement", "left hemiarthroplasty", "TURP", "EVAR", "open inguinal hernia repair",
              "laparoscopic appendicectomy", "ORIF left ankle", "flexible cystoscopy", "carpal tunnel release", "ERCP", "excision of skin lesion"],
}  # fmt: skip
DRUGS = {
    "US": ["Eliquis 5 mg", "metoprolol 25 mg", "insulin glargine 20 units", "vancomycin 1 g IV", "oxycodone 5 mg", "furosemide 40 mg"],
    "other": ["apixaban 5 mg", "co-amoxiclav 625 mg", "enoxaparin 40 mg", "paracetamol 1 g", "oramorph 5 mg", "furosemide 40 mg", "gentamicin",
              "tazocin 4.5 g"],
}  # fmt: skip
LANGUAGES = {"haitian": "Haitian Creole", "eritrean": "Tigrinya", "nepali": "Nepali", "somali": "Somali", "inuit": "Inuktitut", "tamil": "Tamil",
             "sinhala": "Sinhala", "filipino": "Tagalog", "keralan": "Malayalam", "acadian": "French", "irish": "Irish", "anglo": "English"}  # fmt: skip
FAITHS = {"haitian": "Roman Catholic", "eritrean": "Eritrean Orthodox", "nepali": "Hindu", "somali": "Muslim", "inuit": "Anglican", "tamil": "Hindu",
          "sinhala": "Buddhist", "filipino": "Roman Catholic", "keralan": "Syro-Malabar Catholic", "acadian": "Roman Catholic", "irish": "Roman Catholic",
          "anglo": "Church of England"}  # fmt: skip
INSURERS = ["Medical Mutual PPO", "UnitedHealthcare Choice Plus", "Aetna Medicare Advantage", "Anthem Blue Cross", "Ohio Medicaid (CareSource)",
            "Medica Choice", "Ambetter"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON = [m[:3] for m in MONTHS]


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    us = loc == "US"
    D = lambda v: P("DATE", v)  # noqa: E731
    return {
        "dmy": D(f"{d:%d/%m/%Y}"), "mdy": D(f"{d:%m/%d/%Y}"), "iso": D(d.isoformat()),
        "loc": D(f"{d:%m/%d/%Y}" if us else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "long": D(f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if us or loc == "CA" else f"{d.day} {MONTHS[d.month - 1]} {d.year}"),
        "mon": D(f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"), "dmon": D(f"{d.day} {MON[d.month - 1]} {d.year}"),
        "dm": D(f"{d.month}/{d.day}" if us else f"{d:%d/%m}"), "sh": D(f"{MON[d.month - 1]} {d.day}" if us else f"{d.day} {MON[d.month - 1]}"),
        "y2": D(f"{d:%m/%d/%y}" if us else f"{d:%d/%m/%y}"),
    }  # fmt: skip


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_lf": N(f"{w.family.upper()}, {w.given}"), f"{x}_lfc": N(f"{w.family}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_addr": w.addr, f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_cty": A(w.county) if w.county else "", f"{x}_pc": P("ZIP", w.postcode),
        f"{x}_region": K(w.region), f"{x}_abbr": w.abbr,
        f"{x}_dob": date_forms(w.dob, c)["loc"], f"{x}_dobl": date_forms(w.dob, c)["long"], f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_sex": "F" if w.female else "M", f"{x}_hon": "Mrs" if w.female else "Mr", f"{x}_mr": "Ms" if w.female else "Mr", f"{x}_she": "she" if w.female else "he",
        f"{x}_her": "her" if w.female else "his", f"{x}_lang": K(LANGUAGES[w.culture]), f"{x}_faith": K(FAITHS[w.culture]),
    }  # fmt: skip
    dom = {"US": "mercyridge.org", "UK": "nhs.net", "CA": "harbourviewhealth.ca", "AU": "health.example.gov.au", "IE": "hse.ie"}[c]
    g, f = _local(w.given), _local(w.family)
    s[f"{x}_wem"] = P("EMAIL", rng.choice([f"{g}.{f}", f"{g}.{f}{rng.randint(1, 9)}", f"{g[0]}{f}"]) + "@" + dom)
    mrn = {"US": ["%#######", "%########", "MR%######"], "UK": ["@%######", "RX@%#####", "%#######"], "CA": ["%######", "M%#######", "%##-##-##"],
           "AU": ["%######", "%#####", "MR%#####"], "IE": ["%######", "%#####", "%#######"]}[c]  # fmt: skip
    s[f"{x}_mrn"] = P("MRN", fill(rng, rng.choice(mrn)))
    if c == "US":
        s[f"{x}_nid"] = P("SSN", ids.ssn(rng))
        s[f"{x}_plan"] = P("HEALTH_PLAN", ids.mbi(rng) if age >= 65 else fill(rng, rng.choice(["@@@%########", "%#########", "W%########", "%########-0#"])))
        s[f"{x}_acct"] = P("ACCOUNT", fill(rng, rng.choice(["%#########", "FIN %########", "%########"])).removeprefix("FIN "))
    elif c == "UK":
        s[f"{x}_nid"] = P("ID", ids.nhs(rng))
        s[f"{x}_plan"] = ""
        s[f"{x}_acct"] = P("ACCOUNT", fill(rng, "%#########"))
    elif c == "CA":
        s[f"{x}_nid"] = ""
        s[f"{x}_plan"] = P("HEALTH_PLAN", {"Ontario": lambda: ids.ohip(rng), "New Brunswick": lambda: fill(rng, "%## ### ###"),
                                             "Nunavut": lambda: fill(rng, "1########"), "Nova Scotia": lambda: fill(rng, "%### ### ###")}[w.region]())  # fmt: skip
        s[f"{x}_acct"] = P("ACCOUNT", fill(rng, rng.choice(["V%########", "%#########", "E%#######"])))
    elif c == "AU":
        body = "800360" + fill(rng, "#########")
        ihi = body + ids.luhn_digit(body)
        s[f"{x}_nid"] = P("ID", f"{ihi[:4]} {ihi[4:8]} {ihi[8:12]} {ihi[12:]}")
        s[f"{x}_plan"] = P("HEALTH_PLAN", ids.medicare_au(rng))
        s[f"{x}_acct"] = P("ACCOUNT", fill(rng, "%########"))
    else:
        s[f"{x}_nid"] = P("ID", ids.ppsn(rng))
        s[f"{x}_plan"] = P("HEALTH_PLAN", fill(rng, rng.choice(["%######@", "%#######"])))
        s[f"{x}_acct"] = P("ACCOUNT", fill(rng, "%########"))
    return s


def _local(s: str) -> str:
    from tests.engine.probe63.people import plain

    return plain(s)


Y = 365
# ages by kind and person (days); unlisted people are 24-84
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "hosp63_bed_state_board": {"q": (90 * Y + 30, 99 * Y), "p": (55 * Y, 86 * Y)},
    "hosp63_theatre_operating_list": {"q": (90 * Y + 30, 97 * Y)},
    "hosp63_porter_task_log": {"q": (90 * Y + 30, 98 * Y)},
    "hosp63_datix_incident_report": {"p": (90 * Y + 30, 99 * Y)},
    "hosp63_pals_contact_log": {"p": (90 * Y + 30, 97 * Y)},
    "hosp63_lost_property_register": {"q": (90 * Y + 30, 96 * Y)},
    "hosp63_discharge_planning_board_round": {"p": (90 * Y + 30, 98 * Y), "q": (66 * Y, 88 * Y)},
    "hosp63_site_manager_handover": {"q": (90 * Y + 30, 99 * Y)},
    "hosp63_social_work_referral": {"p": (70 * Y, 89 * Y)},
    "hosp63_chaplaincy_referral": {"p": (60 * Y, 89 * Y)},
    "hosp63_patient_transport_booking": {"p": (66 * Y, 88 * Y)},
    "hosp63_patient_safety_event": {"p": (70 * Y, 89 * Y)},
}
# whose relatives `r` and `m` are (default: p), by kind and country
ANCHOR = {"hosp63_bed_state_board": "q", "hosp63_theatre_operating_list": "q", ("hosp63_porter_task_log", "AU"): "q",
          "hosp63_lost_property_register": "q", ("hosp63_discharge_planning_board_round", "IE"): "q", ("hosp63_site_manager_handover", "AU"): "q"}  # fmt: skip
NONENG = "noneng"  # a patient who needs an interpreter: a culture whose language is not English
# a person's culture by kind (and country): NONENG, a culture, or "=p" (the same as another person's: an interpreter
# who speaks the patient's language, a faith leader of the patient's community)
CULTURE = {"hosp63_interpreter_booking": {"p": NONENG, "x": "=p"}, "hosp63_surgical_case_booking": {"p": NONENG},
           "hosp63_theatre_operating_list": {"w": NONENG, "x": "=w"}, ("hosp63_patient_safety_event", "CA"): {"p": "inuit", "x": "=p"},
           ("hosp63_grievance_patient_relations", "CA"): {"p": "inuit", "x": "inuit"}, ("hosp63_chaplaincy_referral", "CA"): {"p": "inuit", "x": "=p"},
           ("hosp63_transfer_centre_log", "CA"): {"p": "inuit", "x": "=p"}, ("hosp63_lost_property_register", "CA"): {"v": "inuit"},
           ("hosp63_chaplaincy_referral", "UK"): {"p": NONENG, "x": "=p"}}  # fmt: skip
STAFF = ("d", "c", "e", "s", "y")
PUMPS = ["Alaris GP volumetric pump", "syringe driver", "PCA pump", "volumetric infusion pump"]
MOBILITY = ["wheelchair", "four-wheeled walker", "Zimmer frame", "power wheelchair", "rollator", "walking frame"]
HOME_EQUIP = ["shower chair", "over-toilet frame", "hospital bed", "bed stick", "pressure-relieving mattress", "commode chair", "standing hoist",
              "perching stool"]  # fmt: skip
THEATRE_KIT = ["arthroscopy stack", "laparoscopic stack", "Hana table", "cell saver", "bariatric operating table", "ultrasound machine",
               "Jackson table", "harmonic scalpel"]  # fmt: skip


def _lookup(table: dict, kind: str, loc: str, default: object) -> object:
    return table.get((kind, loc), table.get(kind, default))


def _culture(rng: random.Random, loc_code: str, want: str | None, ppl: dict[str, Person]) -> str | None:
    if want and want.startswith("="):
        return ppl[want[1:]].culture
    if want == NONENG:
        return rng.choice([c for c in LOCS[loc_code].cultures if c not in ("anglo", "irish")])
    return want


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    ages = AGES.get(kind, {})
    want: dict = _lookup(CULTURE, kind, loc_code, {})  # type: ignore[assignment]
    ppl: dict[str, Person] = {}
    for x in ("p", "q", "w", "v", "x"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=ages.get(x, (24 * Y, 84 * Y)), culture=_culture(rng, loc_code, want.get(x), ppl))
    a = ppl[str(_lookup(ANCHOR, kind, loc_code, "p"))]
    same = rng.random() < 0.7
    ppl["r"] = draw_person(rng, loc, used, d1, culture=a.culture, family=a.family if same else None, home=a if rng.random() < 0.4 else None,
                           age_days=(max(20 * Y, (d1 - a.dob).days - 34 * Y), max(21 * Y, (d1 - a.dob).days - 20 * Y)))  # fmt: skip
    ppl["m"] = draw_person(rng, loc, used, d1, culture=a.culture, family=a.family if not same else None,
                           age_days=(max(20 * Y, (d1 - a.dob).days - 36 * Y), max(21 * Y, (d1 - a.dob).days - 18 * Y)))  # fmt: skip
    for x in STAFF:
        ppl[x] = draw_person(rng, loc, used, d1, staff=True, age_days=(25 * Y, 64 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
    for x in ("r", "m"):
        s[f"{x}_rel"] = "daughter" if ppl[x].female else "son"
    for x in STAFF:
        s[f"{x}_lic"] = P("LICENSE", ids.licence(rng, loc_code, nurse=x in ("e", "s", "y")))
    s["x_lic"] = P("LICENSE", fill(rng, rng.choice(["%#####", "CPN%@%@%@%"])))  # NAATI credential (an interpreter)
    dn = d1 + timedelta(days=1)
    d0 = d1 - timedelta(days=rng.randint(1, 4))
    d2 = d1 + timedelta(days=rng.randint(1, 5))
    d3 = d1 - timedelta(days=rng.randint(6, 40))
    d4 = d1 + timedelta(days=rng.randint(8, 60))
    for key, d in {"d0": d0, "d1": d1, "dn": dn, "d2": d2, "d3": d3, "d4": d4}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["ref"] = F("ID", "%#####", "W%#####", f"{d1:%y}-%#####", "IR%######")
    s["ref2"] = F("ID", "%######", f"{d1.year}-%####", "C%#####", "%####/%#")
    s["ref3"] = F("ID", "%########", "BK%######", "%##-%####")
    s["police"] = F("ID", f"%###-{d1:%y}-%####", f"CAD %###/{d1:%d%m%y}", f"{d1:%y}-%######")
    s["auth"] = F("ID", "PA%########", "%##########", "A%#######")
    s["ser"] = P("DEVICE", ids.serial(rng))
    s["ser2"] = P("DEVICE", ids.serial(rng))
    s["imei"] = P("DEVICE", fill(rng, "35%#############"))
    s["veh"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["dl"] = P("LICENSE", fill(rng, {"US": "@%########", "UK": "@@@@@%#####@@%@@", "CA": "@%###-%####-#####", "AU": "%########", "IE": "%########"}[loc_code]))
    s["url"] = P("URL", f"https://{rng.choice(['vri', 'connect', 'lsvideo'])}.{rng.choice(['mercyridge.org', 'interpretcloud.net', 'languagelink.io'])}/"
                 + fill(rng, rng.choice(["join/%######", "s/@@%#@%##", "room?id=%########&pin=%###"])))  # fmt: skip
    s["ip"] = P("IP", f"{rng.choice([10, 172, 192, 66, 73])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}")
    # keep values
    key = "US" if loc_code == "US" else "other"
    s["hosp"], s["hosp2"] = (K(v) for v in rng.sample(HOSPITALS[loc_code], 2))
    s["ward1"], s["ward2"], s["ward3"] = (K(v) for v in rng.sample(WARDS[loc_code], 3))
    s["spec1"], s["spec2"] = (K(v) for v in rng.sample(SPECIALTIES[key], 2))
    s["proc1"], s["proc2"], s["proc3"] = (K(v) for v in rng.sample(PROCEDURES[key], 3))
    s["equip1"], s["equip2"] = (K(v) for v in rng.sample(HOME_EQUIP, 2))
    s["pump"], s["mob"], s["kit"] = K(rng.choice(PUMPS)), K(rng.choice(MOBILITY)), K(rng.choice(THEATRE_KIT))
    s["drug1"], s["drug2"] = (K(v) for v in rng.sample(DRUGS[key], 2))
    s["country"] = K(loc.country)
    s["ins"] = K(rng.choice(INSURERS))
    s["amt"] = K(f"£{rng.randint(40, 900)}.00" if loc_code == "UK" else f"€{rng.randint(40, 900)}" if loc_code == "IE" else f"${rng.randint(40, 900)}.{rng.randint(0, 99):02d}")
    s["grp"] = fill(rng, "%#####")
    return s


# ---- templates -------------------------------------------------------------------------------------------

BED_BOARD = {
    "UK": """«hosp» — ‹Clinical Site Team›                                          BED STATE «d1_dmy» ‹07:45›
Site lead (days): «s_n», ‹Clinical Site Manager›, bleep 4410          Bed manager: «y_n» (ext 6218, mob «y_ph»)
OPEL 3 · ED 41 in dept, 9 DTA · «ward1» closed to admissions (‹Norovirus›, bay 3) · ‹Discharge Lounge› opens 08:00

WARD: «ward2» (‹Care of the Elderly›)     NIC: «e_g» «e_f», ‹Ward Sister›     28 beds · 0 empty · 4 pending d/c
Bed    Patient                        Age  Hosp No     NHS No         Cons        EDD     Flags / actions
B1-2   «p_lf»                «p_age»   «p_mrn»  «p_nid»   Dr «d_f»    «d2_dm»   TTO ready; ‹hospital transport› 11:00 to «p_town»
B2-4   «q_lf»                «q_old»   «q_mrn»  «q_nid»   Dr «d_f»    «d4_dm»   ‹package of care› 4x daily awaited; SW «x_n»
SR6    «w_lf»                «w_age»   «w_mrn»  «w_nid»   Dr «c_f»    «d2_dm»   ‹MRSA› +ve, side room; «equip1» needed before d/c

Outliers: «v_lf» on «ward3» under Dr «c_f» (‹General Surgery›) — medically optimised, home to «v_addr».
Escalation: «q_g»'s «r_rel» «r_n» (NOK, «r_ph») unhappy re delay, PALS leaflet given; «e_f» to ring back by ‹16:00›.
Board round 09:30 · next bed meeting 12:00 · prepared by «y_i», «d1_dmy»
""",
    "AU": """PATIENT FLOW BOARD — «hosp»                                        «d1_dmy» · ‹14:00› huddle
‹Patient Flow Manager›: «s_n» (ph «s_ph»)       ‹After Hours Coordinator›: «y_n»
Capacity: ‹Code Yellow› stood down 11:20 · ED 6 pts access block > 8 h · ‹Hospital in the Home› 3 beds available

«ward2» — NUM «e_n»
Bed   Patient (UR)                              Age   Team / Cons                    EDD      Plan
4-1   «p_lf» (UR «p_mrn»)          «p_age»  ‹General Medicine› / Dr «d_f»   «d2_dm»   d/c today, ‹patient transport› 13:30, «r_rel» «r_g» to meet at «p_line», «p_town»
4-3   «q_lf» (UR «q_mrn»)          «q_old»  ‹Geriatric Medicine› / Dr «d_f»   «d4_dm»   awaiting RACF bed, ACAT done «d0_dm»; «m_rel» «m_n» «m_ph»
6-2   «w_lf» (UR «w_mrn»)          «w_age»  ‹Orthopaedics› / Dr «c_f»         «d2_dm»   post «proc1», needs «equip1» before d/c; Medicare «w_plan»
Transfers in: «x_lfc» from «hosp2» ICU — bed 7-4 allocated 15:00, IHI «x_nid»
Notes: «q_g» falls risk — sitter requested from ‹Nursing Resource Unit›; NOK «m_g» aware. Updated by «y_i», «d1_dm».
""",
}

THEATRE = {
    "UK": """«hosp» — ‹Main Theatres›                                             OPERATING LIST
Theatre 4 · «d1_long» · AM session 08:30–13:00 · ‹Trauma and Orthopaedics›
Surgeon: «d_mr» «d_n» (GMC «d_lic»)          Anaesthetist: Dr «c_n» (GMC «c_lic»)
Scrub: «e_n» (NMC PIN «e_lic»)           ‹ODP›: «s_n»          ‹Theatre Coordinator›: «y_n», ext 2231

#  Name / Hosp No                      DOB          Ward                    Procedure                          ASA  Notes
1  «p_lf» / «p_mrn»          «p_dob»   «ward1»         «proc1»          2    ‹latex allergy› — first on list
2  «q_lf» / «q_mrn»          «q_dob»   «ward2»         «proc2»          3    «q_old» yrs; consent form 4; NOK «r_n» «r_ph»
3  «w_lf» / «w_mrn»          «w_dob»   ‹Day Surgery Unit›     «proc3»          1    interpreter booked («w_lang») — «x_n»
Equipment: «kit» and ‹image intensifier› from Theatre 6; company rep «v_n» attending with loan kit.
Changes: «w_g» may move to «d4_dmy» PM list (bed pressures) — rang «w_ph» at ‹16:40› on «d0_dm».
List agreed «d0_dmy» by «d_i». Printed 07:12 by «y_i». WHO checklist and team brief ‹08:15›.
""",
    "IE": """«hosp» — THEATRE LIST                                         «d1_long» (elective, Theatre 2)
Consultant surgeon: «d_mr» «d_n», IMC «d_lic»        Consultant anaesthetist: Dr «c_n», IMC «c_lic»
CNM2 theatre: «e_n» (NMBI PIN «e_lic»)            Scrub / circulating: «s_n», «y_n»

Time   MRN        Patient                          DOB          Ward                     Procedure                         Comments
08:00  «p_mrn»   «p_lfc»               «p_dob»   «ward1»          «proc1»          fasting from 00:00, MRSA screen neg
09:45  «q_mrn»   «q_lfc»               «q_dob»   «ward2»          «proc2»          aged «q_old»; ‹frailty score› 6; «r_rel» «r_n» «r_ph» to be rung post-op
11:30  «w_mrn»   «w_lfc»               «w_dob»   ‹Day Ward›               «proc3»          «w_lang» interpreter «x_n» booked; lives «w_town», Co. «w_cty»
Kit: «kit», stack tower 2; «v_n» (company rep) in attendance.
Cancellations: «w_g» — if list overruns, rebook «d4_dmy»; GP Dr «c_f» to be informed.
List closed «d0_dmy» ‹15:30› by «y_i». Bed manager aware (3 post-op beds on «ward3»).
""",
}

OR_BOOKING = {
    "US": """SURGICAL CASE REQUEST — «hosp» ‹Perioperative Services›
Submitted «d3_mdy» ‹3:22 PM› by «y_n» (‹surgery scheduler›), «y_wem»
Patient: «p_F», «p_g»       MRN: «p_mrn»      FIN: «p_acct»      DOB: «p_dob»  («p_age» y/o «p_sex»)
Address: «p_addr»        Home «p_ph2»   Cell «p_ph»
Insurance: «ins» — Member ID «p_plan», Group «grp»; prior auth «auth» approved «d3_dm»
Surgeon: «d_n», MD (NPI «d_lic»)       Assistant: «c_n», PA-C
Requested date: «d1_mdy»   Start: 07:30 (first case)   Est. duration: 150 min   Location: Main OR 7
Procedure: «proc1» (laterality per consent)        Post-op bed: «ward2», «spec1»
Anesthesia: general + ‹adductor canal block›       Pre-admission testing «d0_mdy» 9:00 AM with «e_n», RN
Equipment / implants: «kit»; vendor rep «x_n» («x_ph») bringing loaner trays
Emergency contact: «r_n» («r_rel»), «r_ph», «r_em»
Notes: on «drug1» — hold 48 h; «p_lang» interpreter needed for consent; H&P from PCP «s_n» faxed «d3_dm».
""",
    "CA": """OR BOOKING FORM — «hosp» · ‹Surgical Services›                       Booked «d3_iso» by «y_n»
Patient: «p_lfc»        MRN «p_mrn»        Health card («p_region»): «p_plan»
DOB: «p_dob»   Sex: «p_sex»   Phone: «p_ph»   Alt: «p_ph2»
Address: «p_addr»
Surgeon: Dr «d_n» (lic. «d_lic»)     Referring: Dr «c_n»
Decision to treat: «d3_iso»     Priority: P3 (within 84 days)     Requested OR date: «d1_iso»
Procedure: «proc1»     Side: left     Est. time: 2 h 10 min     Anaesthesia: spinal
Admission: same-day admit to «ward1»      Pre-op clinic: «d0_iso» 10:20 with «e_n», RN
Special equipment: «kit»; rep «x_n» (cell «x_ph») to attend
Language: «p_lang» — interpreter required (family member «r_n» declined as interpreter)
Substitute decision-maker: «r_n», «r_rel», «r_ph»    Travel: from «p_town» (‹Medical Travel› booked)
""",
}

PORTER = {
    "UK": """PORTERING HELPDESK — JOB LOG           «hosp»           Early shift «d1_dmy»
‹Portering Supervisor›: «s_n» (radio ch 3)
Job      Time    From                  To                       Patient / item                                  Mode              Porter          Status
P-40213  06:52   «ward1»         ‹Radiology› CT              «p_lf» («p_mrn»)                              bed               «x_g» «x_f»      done 07:20
P-40219  07:05   ‹ED Majors› cub 6      «ward2»         «q_n», «q_old» y, O2 2 L, «pump»                 trolley           «y_n»      done 07:31
P-40226  07:40   ‹Pharmacy›             «ward1»         TTOs for «w_g» «w_f» (NHS «w_nid»)                     on foot           «x_g»          done
P-40231  08:15   «ward2»         ‹Mortuary›                  deceased: «v_lf», hosp no «v_mrn»               concealment trolley   «y_g» + «x_g»   done 08:55
P-40240  08:30   Main reception        «ward3»         property bag for «p_g» «p_f», left by «r_rel» «r_n»                  on foot   «x_g»   done
P-40252  09:10   «ward3»         ‹Discharge Lounge›          «w_g» «w_f» + «mob», family to collect (car reg «veh»)          wheelchair   «y_g»    delayed 35 min
Notes: «p_g»'s «r_rel» rang helpdesk 07:15 asking whether «p_she» was back from CT (tel «r_ph»); passed to «ward1» NIC «e_n».
Log closed ‹14:00› «s_i».
""",
    "AU": """PATIENT SERVICES ASSISTANT (PSA) TASK LOG — «hosp» — «d1_dmy»
‹PSA Team Leader›: «s_n» · dispatch ph «s_ph»
Task    Req'd   Pt / item                                       From → To                                        PSA                 Done
31877   06:40   «p_lfc», UR «p_mrn»                          «ward1» → ‹Medical Imaging›               «x_n»    07:05
31880   07:02   «q_lfc» («q_old»), UR «q_mrn», falls risk    ‹Emergency› → «ward2»                     «y_n»    07:30
31884   07:55   specimen (urgent) for «m_n» (UR «m_mrn»)                 «ward2» → ‹Pathology›                      «x_g»    08:02
31891   08:20   «v_n» — «mob»             «ward3» → ‹Transit Lounge›                 «y_g»    08:50
31897   09:15   deceased «w_lfc», UR «w_mrn»               «ward1» → ‹Mortuary›                        «x_g» + «y_g»   09:45
Issues: «q_g»'s «r_rel» «r_n» («r_ph») arrived ‹Emergency› 07:10 looking for «q_g» — escorted to «ward2».
Car park: «v_g»'s visitor's vehicle «veh» in the ambulance bay — Security (‹Code Brown› not called) asked to move it.
Completed «d1_dm» by «s_i».
""",
}

DATIX = {
    "UK": """DATIX — INCIDENT REPORT (IR1)                                      Ref: «ref»       Reported: «d1_dmy» 23:48
Organisation: «hosp»       Location: «ward1», bay 2, bed 5       Specialty: ‹Acute Medicine›
Incident date / time: «d1_dmy» ‹22:10›          Category: Slips, trips and falls — ‹fall from bed›
Person affected: «p_n»    DOB «p_dob»    NHS no. «p_nid»    Hosp no. «p_mrn»    Age «p_old»
Reporter: «e_n», ‹Staff Nurse› (NMC PIN «e_lic»), «e_wem»
Description: Patient found on floor beside bed by HCA «s_n» at 22:10. Bed rails down; ‹low-low bed› not in use as the
ward's only one was with «q_n» in bay 4. Call bell out of reach. «p_g» said «p_she» was trying to reach the commode.
Immediate action: NEWS2 3, neuro obs, reviewed by Dr «d_n» (FY2, GMC «d_lic») 22:35 — ‹CT head›, no injury found.
«r_rel» «r_n» informed by phone («r_ph») at 23:05 — duty of candour (verbal) given.
Equipment: bed sensor alarm, serial «ser», sent to ‹EBME›.
Witness: «x_n» (visitor, bed 6), «x_ph», «x_addr»
Harm: Low       Handler: «y_n», ‹Matron› — investigation due «d4_dmy».
""",
    "IE": """NIMS — NATIONAL INCIDENT REPORT FORM (NIRF-01 Person)                          Ref: «ref»
Service: «hosp», «ward1»                   Date of incident: «d1_dmy»   Time: ‹03:40›
Incident type: ‹Medication› — wrong rate (infusion)        Category: Clinical care
Person affected: «p_lfc»     MRN «p_mrn»     DOB «p_dob»     Age: «p_old»
Address: «p_addr»
What happened: «drug1» infusion running at 10x prescribed rate on «pump» (serial «ser»), found by
«e_n», ‹Staff Nurse› (NMBI «e_lic»), at 03:40 during safety checks. Pump had been set up at 01:15 by agency
nurse «s_n» (PIN «s_lic»). Stopped immediately; NCHD Dr «d_n» (IMC «d_lic») reviewed at 03:55.
Outcome: no harm detected; obs stable. Open disclosure to «r_rel» «r_n» («r_ph») on «d2_dmy» by Dr «c_n».
Pump quarantined and sent to ‹Clinical Engineering›; second pump serial «ser2» on same ward checked.
Reported by: «e_n», «e_wem», «d1_dmy» 04:30        Reviewed: «y_n», ‹CNM2›, «d2_dmy»
""",
}

SAFETY_EVENT = {
    "US": """PATIENT SAFETY EVENT REPORT — «hosp» (RL6)                         File #: «ref»
Event type: ‹Elopement / patient left unit›       Severity: Near miss       Date / time of event: «d1_mdy» 02:25
Unit: «ward1»       Room 512-B       Reported by: «e_n», RN («e_wem»)
Patient: «p_n»       MRN «p_mrn»       FIN «p_acct»       DOB «p_dob»       Age «p_age»
Summary: pt on ‹elopement precautions› (dementia, wandering) found by ‹Security Officer› «s_n» at 02:25 in parking
garage level 2 near vehicle «veh». Bed alarm did not sound — bed serial «ser» taken out of service.
Pt returned to unit via wheelchair, no injury. Hospitalist «d_n», MD notified 02:40. ‹Sitter› assigned («y_n», PCT).
Family: «r_rel» «r_n» notified at 06:10 at «r_ph»; states pt had been asking to go home to «p_addr».
Witness: visitor «x_n», room 514, phone «x_ph».
Follow-up: manager «c_n» to review staffing; Biomed ticket «ref3» for bed alarm. Report entered «d1_mdy» 06:45.
""",
    "CA": """SAFETY LEARNING SYSTEM (SLS) — Incident Report                         File #: «ref»
Facility: «hosp»      Unit: «ward1»      Date / time discovered: «d1_iso» 09:10
Incident category: ‹Skin / pressure injury› — stage 3 sacral, hospital-acquired
Patient: «p_lfc»      MRN «p_mrn»      Health card «p_plan»      DOB «p_dob»      Age «p_age»
Home community: «p_town», «p_region»        Language: «p_lang»
Description: wound found by «e_n», RN (CNO reg. «e_lic») during bath. No turning documented from «d0_iso» to «d1_iso»;
«equip1» requested «d0_iso» but not delivered (‹Central Supply› backorder).
Immediate action: wound care RN «s_n» consulted; ‹air mattress› placed; MRP Dr «d_n» (CPSO «d_lic») notified.
Disclosure: to «r_rel» «r_n» by phone «r_ph» on «d1_iso», interpreter «x_n» («p_lang») on the line.
Reporter: «e_n», «e_wem»      Manager review: «y_n», ‹Patient Care Manager›, by «d4_iso»
""",
}

PALS = {
    "UK": """PALS — ‹Patient Advice and Liaison Service› · CONTACT LOG                 «hosp»
Case «ref2»     Opened «d1_dmy» 10:14     Officer: «s_n», ‹PALS Officer›     Method: telephone
Enquirer: «r_n» («r_rel»)    Tel «r_ph»    Email «r_em»
Enquirer address: «r_addr»
Patient: «p_n», DOB «p_dob» (age «p_old»), NHS «p_nid», currently on «ward1»
Concerns: (1) «p_g» moved three times at night, most recently to «ward2» at 02:30 on «d0_dm». (2) Hearing aids
(both) missing since the move. (3) Nobody rang the family about the fall on «d0_dmy».
Actions: «d1_dm» 11:05 — spoke to ‹Ward Manager› «e_n», who will ring «r_g» by ‹17:00›. Hearing aids logged with
‹Lost Property›; description passed to Security («y_n»). Consultant Dr «d_n» aware.
«d2_dmy» 09:40 — «r_g» rang back: aids found in «ward3» locker (serial «ser» matches). Still unhappy about
communication; wishes to make a formal complaint — consent form posted to «r_line», «r_town».
Also mentioned: neighbour «x_n» («x_ph») has been feeding «p_g»'s cat.
""",
    "AU": """CONSUMER LIAISON — FEEDBACK RECORD (RiskMan)                      ID «ref2»
Received: «d1_dmy» ‹11:20› by phone        ‹Consumer Liaison Officer›: «s_n»
Consumer: «r_n» («r_rel» of patient)    Mob «r_ph»    Email «r_em»    Address «r_addr»
Patient: «p_n»   UR «p_mrn»   DOB «p_dob»   Age «p_old»   Medicare «p_plan»   Ward: «ward1»
Issue: «p_g» waited 19 h in ‹Emergency› on a trolley before a bed on «ward1»; glasses and dentures lost between ED
and the ward; «r_rel» «r_g» not told about the transfer.
Action log:
  «d1_dm» 14:00 — NUM «e_n» contacted; apology given; dentures found in ED resus (labelled «p_lfc»).
  «d2_dm» 10:30 — ED director Dr «d_n» to write; glasses still missing — ex gratia up to «amt» approved by «y_n».
  «d4_dm» — follow-up call booked. Consumer prefers email; after-hours contact: «m_n» «m_ph».
Category: ‹Communication›, ‹Access›       Severity: 2       Closed: pending
""",
}

GRIEVANCE = {
    "US": """«hosp» · ‹Patient Relations›                                       «d2_long»

«r_n»
«r_addr»

RE: Grievance «ref2» — «p_n» (DOB «p_dob», MRN «p_mrn»)

Dear «r_hon» «r_f»,

Thank you for contacting ‹Patient Relations› on «d1_long» about the care of your parent, «p_g», on «ward1»
between «d3_sh» and «d0_sh». You told our ‹Patient Advocate›, «s_n», that a call light went unanswered for over
40 minutes on the night of «d0_mdy», that «p_g»'s glasses and phone (IMEI «imei») were lost during the move to
«ward2», and that nobody explained the discharge plan to you.

We have shared your concerns with the ‹Nurse Manager›, «e_n», and with Dr «d_n», the attending physician. Under
our grievance policy you will receive a written response within 7 days, by «d4_long». If you have questions
before then, please call «s_n» directly at «s_ph» or write to «s_wem».

If you are not satisfied with our response, you may contact the «p_region» Department of Health.

Sincerely,
«y_n», ‹Director, Patient Experience›
cc: «p_n»; account «p_acct»
""",
    "CA": """PATIENT RELATIONS — CONCERN INTAKE                      «hosp»
File: «ref2»        Received: «d1_iso» by phone        Intake: «s_n», ‹Patient Relations Specialist›
Caller: «r_n», «r_rel» and substitute decision-maker     Phone: «r_ph»     Email: «r_em»
Mailing address: «r_addr»
Patient: «p_lfc»     MRN «p_mrn»     Health card «p_plan»     DOB «p_dob»
Admitted «d3_iso» to «ward1»; transferred to «ward2» «d0_iso».
Concerns: 1) «p_lang» interpreter not offered at consent for «proc1»; «p_g» signed in English. 2) Traditional food
brought by family («m_n») was thrown out. 3) Medical travel escort («m_g») not booked for the flight home to «p_town».
Staff named: «e_n» (RN), Dr «d_n», unit clerk «y_n».
Next steps: acknowledgement letter «d1_iso»; meeting with ‹Patient Care Manager› «c_n» booked «d2_iso» 14:00;
‹Indigenous Patient Navigator› «x_n» to attend. Response due «d4_iso».
""",
}

INTERPRETER = {
    "US": """LANGUAGE SERVICES — INTERPRETER REQUEST / CONFIRMATION          «hosp»
Request ID: «ref3»      Entered «d0_mdy» 4:05 PM by «y_n» («ward1»)
Language: «p_lang»      Modality: ‹video remote (VRI)›, in-person backup      Duration: 60 min
Appointment: «d1_mdy» ‹10:30 AM› — family meeting / goals of care, «ward1» conference room
Patient: «p_n»      MRN «p_mrn»      DOB «p_dob»      Preferred name: «p_g»
Requesting clinician: «d_n», MD (pager 4471)     Social work: «s_n», LICSW
Family attending: «r_n» («r_rel», «r_ph»), «m_n» (joins by phone «m_ph»)
Interpreter assigned: «x_n», ID «ref», certified medical interpreter, mobile «x_ph»
VRI session: «url»    Cart endpoint IP «ip» (‹iPad cart› 3)
Notes: please do not use family as interpreters; patient prefers a female interpreter. Confirmation sent to «d_wem».
""",
    "AU": """TIS National — BOOKING CONFIRMATION                         Job no. «ref3»
Client: «hosp» — «ward1»       Client code C«grp»       Booked by: «y_n» («y_wem»)
Service: ‹onsite interpreting›      Language: «p_lang»      Date: «d1_dmy»      Time: ‹09:00› – ‹10:30›
Non-English speaker: «p_n»       UR «p_mrn»       DOB «p_dob»       Medicare «p_plan»
Purpose: discharge planning meeting with Dr «d_n» (‹Geriatric Medicine›) and ‹Social Worker› «s_n»
Interpreter: «x_n», NAATI credential «x_lic», mobile «x_ph»
Location: Level 4, «ward1» family room. Parking: permit for vehicle «veh» left at front desk.
Family: «r_n» («r_rel»), «r_ph»; «m_n» joining from «m_town» by phone.
Cancellation less than 24 h before «d1_dm» is charged. Confirmation sent «d0_dmy» ‹16:12›.
""",
}

CHAPLAINCY = {
    "UK": """‹Chaplaincy and Spiritual Care› — REFERRAL                        «hosp»
Referral «d1_dmy» ‹19:40› by «e_n», ‹Staff Nurse›, «ward1» (ext 5512)
Patient: «p_n»     Hosp no «p_mrn»     NHS «p_nid»     DOB «p_dob»     Age «p_age»
Faith / belief: «p_faith»      Language: «p_lang»
Reason: end of life — patient and «r_rel» «r_n» asking for a faith leader of their own tradition for prayers
tonight. Family gathering; «m_n» travelling from «m_town» (ETA ‹22:00›).
Contact for family: «r_ph»     Own faith leader (if known): «x_n», «x_ph»
On-call chaplain paged 19:45: Rev. «s_n» (‹Chaplain›), mob «s_ph». Attended 20:30; contacted «x_g» who will attend
in person. ‹Multi-faith room› opened for family. Bereavement leaflet given.
Follow-up: «y_n» (‹Lead Chaplain›) to visit «d2_dmy»; notify ‹Bereavement Office› if patient dies.
Home address (for funeral director liaison, with consent): «p_addr»
""",
    "CA": """‹Spiritual Care› REFERRAL — «hosp»                           Received «d1_iso» ‹08:55›
Referred by: «e_n», RN, «ward1»       Patient: «p_lfc»      MRN «p_mrn»      DOB «p_dob»
Home community: «p_town», «p_region»       Health card «p_plan»       Language: «p_lang»
Faith / tradition: «p_faith»     Family present: «r_n» («r_rel»), «r_ph»; «m_n» flying in «d2_iso»
Request: patient homesick, not eating; asks for an Elder or someone who speaks «p_lang»; family asks for prayer
before «proc1» on «d2_iso».
Assigned: «s_n», ‹Spiritual Care Practitioner›, pager 2290. Visited «d1_iso» 14:10 with ‹Indigenous Patient
Navigator› «y_n»; arranged country food through family friend «x_n» («x_ph»). Community minister «c_n» phoned.
Plan: daily visits; update MRP Dr «d_n»; ‹smudging› request forwarded to facilities.
""",
}

SOCIAL_WORK = {
    "US": """CASE MANAGEMENT / SOCIAL WORK REFERRAL — «hosp»                 «d1_mdy»
Patient: «p_n»     MRN «p_mrn»     FIN «p_acct»     DOB «p_dob» («p_age» y)     Unit: «ward1»
Address: «p_addr»     Phone: «p_ph»
Payer: «ins», ID «p_plan»      SSN (for Medicaid application): «p_nid»
Referred by: «e_n», RN      Attending: «d_n», MD      Assigned SW: «s_n», LICSW, «s_ph»
Reason: unsafe discharge — lives alone, second fall in a month; «r_rel» «r_n» («r_ph», «r_em») lives out of state;
concern for self-neglect (no food in home per EMS). Possible APS report.
Assessment («d1_mdy»): pt wants to return home; ‹PT› recommends SNF; needs «equip1» and «equip2».
Plan: family meeting «d2_mdy» 2:00 PM with «r_g» by phone; SNF referrals sent to 3 facilities; ‹Medicaid› application
started with «y_n» (financial counselor); neighbour «x_n» («x_ph») has spare key.
""",
    "IE": """MEDICAL SOCIAL WORK — REFERRAL FORM                   «hosp»
Date: «d1_dmy»      Ward: «ward1»      Referrer: «e_n», ‹CNM1›, bleep 341
Patient: «p_lfc»      MRN «p_mrn»      DOB «p_dob»      Age «p_age»
Address: «p_addr»
PPSN: «p_nid»      Medical card no.: «p_plan»      GP: Dr «c_n»
NOK: «r_n» («r_rel»), «r_ph», «r_em»
Reason for referral: delayed discharge; patient's home unsuitable (no heating, stairs); family not able to
provide care; query ‹Nursing Home Support Scheme› (Fair Deal) application; ‹Home Support Service› hours.
Social worker allocated: «s_n», ‹Medical Social Worker›, «s_wem»
Notes «d2_dmy»: met «p_g» and «r_g»; «p_g» wishes to go home to «p_town». PHN «y_n» (‹Public Health Nurse›)
contacted re home visit. Family conference «d4_dmy» with Dr «d_n».
""",
}

SECURITY = {
    "US": """SECURITY DAILY ACTIVITY REPORT — «hosp»                 «d1_mdy» (Nights 1900–0700)
Supervisor: «s_n»       Officers: «y_n», «x_n»
Incident «ref»  ‹21:14›  ‹Code Gray› «ward1» rm 7: pt «p_n» (MRN «p_mrn») combative, striking RN «e_n».
                 Restraints ordered by «d_n», MD. «y_g» stood by until 22:05. No injuries.
Incident «ref3»  ‹23:40›  ED lobby: visitor «v_n» refused to leave, verbally abusive. Trespass warning issued; DOB
                 «v_dob», address «v_addr». Police case «police».
‹01:10›  Vehicle «veh» parked in ambulance bay — owner «r_n» («p_g»'s «r_rel») located in ED waiting room, moved vehicle.
‹03:25›  Found property: wallet with driver's license «dl» (name «q_n») — logged to ‹Lost & Found›.
‹05:50›  Patient watch, «ward2»: «w_n» (elopement risk) — checks every 15 min by «x_g».
Report by «s_i», «d1_mdy» 06:55.
""",
    "UK": """SECURITY INCIDENT LOG — «hosp»                          Shift: nights «d1_dmy»
Duty ‹Security Supervisor›: «s_n»       Officers on shift: «y_n», «x_n»
‹22:05›  «ward1» — patient «p_n» (hosp no «p_mrn») attempting to leave with cannula in situ; «y_g» attended,
         persuaded to return. Nurse in charge «e_n» informed; DoLS in place per Dr «d_n».
‹23:50›  ‹ED› waiting room — aggressive visitor «v_n» (DOB «v_dob», of «v_addr»). Police attended, ref «police».
         ‹Body-worn camera› footage retained.
‹01:30›  Car park B — vehicle «veh» with window smashed; keeper «r_n» («r_ph», «p_g»'s «r_rel») informed. CCTV reviewed by «x_g».
‹03:15›  Found: mobile phone (IMEI «imei») in ‹Outpatients›; owner «q_n» traced via «ward2».
‹05:40›  «ward3»: contractor «w_n» (‹Estates› electrician) signed in for lift repair, badge checked.
Log closed 07:00 «s_i».
""",
}

LOST_PROPERTY = {
    "AU": """LOST PROPERTY / PATIENT VALUABLES REGISTER — «hosp» · Security Office
Receipt   Date         Item                                         Owner / patient                     Found by / where                   Returned
«ref»    «d0_dmy»   upper denture (labelled)                      «q_lfc» («q_old»), UR «q_mrn»      «x_n», ‹Emergency› resus 3        «d1_dmy» to «r_n» («r_rel»), licence «dl»
«ref2»    «d1_dmy»   hearing aid (left), serial «ser»        «p_lfc», UR «p_mrn»                «y_n», «ward1» bathroom        held
«ref3»    «d1_dmy»   wallet: Medicare card «w_plan», $45         «w_n»                              «x_g», car park level 2             «d2_dmy» to owner, ph «w_ph»
Valuables safe deposit: «v_lfc» — rings x2, watch; witnessed by «e_n» (‹Nurse Unit Manager›) and «y_g», ‹12:40›.
Unclaimed after 3 months to ‹Property Office›. Contact for «p_g»'s hearing aid: «p_ph» (home «p_addr»).
Register checked «d2_dmy» by «s_n», ‹Security Supervisor›.
""",
    "CA": """LOST & FOUND / PATIENT BELONGINGS LOG — «hosp»                          Security Services
Log #     Date            Item description                              Owner                                  Found at / by                      Disposition
«ref»    «d0_iso»     hearing aids (pair), serial «ser»          «q_lfc», MRN «q_mrn», age «q_old»   «ward1», «x_n»                returned «d1_iso» to «r_n» («r_rel»)
«ref2»    «d1_iso»     iPhone, IMEI «imei»               «p_lfc», MRN «p_mrn»            ED triage, «y_n»                    held — owner called «p_ph»
«ref3»    «d1_iso»     «mob», tag «ser2»                «w_n»                          main lobby, «x_g»                  to «ward2»
Belongings bag (‹Medical Travel›): «v_lfc», from «v_town», health card «v_plan» — clothes, «v_lang» Bible,
boarding pass; signed out to «v_g»'s escort «m_n» «d2_iso» ‹06:15› (ID seen: driver's licence «dl»).
Verified by «s_n», ‹Security Supervisor›, «d2_iso». Contact for enquiries: «e_n», ‹Unit Clerk›, ext 4410.
""",
}

DISCHARGE = {
    "IE": """INTEGRATED DISCHARGE PLANNING — MDT BOARD ROUND            «hosp»       «ward1»       «d1_dmy» ‹09:30›
Chair: «s_n», ‹Patient Flow Coordinator›      Present: Dr «d_n» (Reg), «e_n» (CNM2), OT, PT, MSW «y_n»
Bed   Patient / MRN                             Age   PDD         Barriers / actions
3     «p_lfc» / «p_mrn»             «p_old»  «d2_dm»    home support 3 calls/day approved; PHN «c_n» to visit «d2_dm»; lives «p_town», Co. «p_cty»
7     «q_lfc» / «q_mrn»             «q_age»  «d4_dm»    Fair Deal application with NOK «r_n» («r_ph»); ‹Transitional Care Bed› requested
12    «w_lfc» / «w_mrn»             «w_age»  «d2_dm»    needs «equip1» (‹Aids and Appliances› ordered «d0_dm»); GP Dr «x_n» letter
Delayed transfer of care: «q_g» — «d1_dmy» day 14 post medically fit. ‹CIT› referral for «p_g» IV antibiotics at home (Eircode «p_pc»).
Family meeting «d2_dmy» 15:00 with «r_g» and «m_n» («m_ph»). Notes by «y_i».
""",
    "AU": """DISCHARGE PLANNING — MDT MEETING NOTES                «hosp» · «ward1»        «d1_dmy»
Chair: «s_n», ‹Discharge Coordinator›     Attending: Dr «d_n», NUM «e_n», OT «y_n», SW «c_n»
Patient: «p_lfc»   UR «p_mrn»   Age «p_old»   EDD «d2_dmy»
  Home: «p_addr» — lives alone, steps x 4. ‹My Aged Care› referral «ref», ACAT booked «d2_dm».
  Plan: ‹Transition Care Program› bed or home with «equip1» and ‹Meals on Wheels›; «r_rel» «r_n» («r_ph») to confirm.
Patient: «q_lfc»   UR «q_mrn»   Age «q_age»   EDD «d4_dmy»
  NDIS participant (plan manager «x_n», «x_ph»); home mods pending; «mob» hire through ‹Equipment Library›.
Patient: «w_lfc»   UR «w_mrn»   Medicare «w_plan»   EDD «d2_dmy»
  Ready; ‹patient transport› to «w_town» 10:00; neighbour «v_n» meeting at home, «v_ph».
Actions by «d1_dm» COB: «y_g» (OT home visit), «c_g» (guardianship query for «q_g»).
""",
}

TRANSPORT = {
    "US": """NON-EMERGENCY MEDICAL TRANSPORTATION (NEMT) — TRIP REQUEST      Confirmation # «ref3»
Requested «d0_mdy» by «y_n», case manager, «hosp» («y_ph»)
Member: «p_n»      DOB «p_dob»      Medicaid ID «p_plan»      Phone «p_ph»
Pick-up: «hosp», main entrance, «d1_mdy» ‹11:00 AM›       Level of service: ‹wheelchair van›
Drop-off: «p_addr»
Return trip: none       Escort: «r_n» («r_rel»), «r_ph»
Mobility: «mob», needs ‹lift›; O2 2 L/min portable tank
Vendor: ‹Safe Ride Medical Transport›   Driver: «x_n»   Vehicle: white Ford Transit, plate «veh»
Dispatch note: driver arrived ‹11:12 AM›; pt discharged late (pharmacy), departed 12:05 PM; dropped 12:41 PM.
Follow-up appointment transport booked for «d4_mdy» to «hosp2» clinic, trip «ref».
""",
    "UK": """NON-EMERGENCY PATIENT TRANSPORT SERVICE (NEPTS) — BOOKING               Booking ref «ref3»
Booked «d0_dmy» 15:42 by «y_n», ‹Discharge Coordinator›, «hosp»
Patient: «p_n»    NHS no. «p_nid»    DOB «p_dob»    Tel «p_ph»
Eligibility: medical condition — ‹stretcher› (S1), oxygen 2 L
Collect from: «ward1», «hosp», «d1_dmy» ‹10:30› (ready time)
Take to: «p_addr» — key safe code held by «r_rel» «r_n» («r_ph»)
Escort: none       Carer at home: «v_n», ‹Reablement› team, «v_ph»
Equipment: «pump» to travel with patient; ‹DNACPR› form original to travel.
Crew: «x_n» / «c_n»      Vehicle call sign 4D12, reg «veh»
Outcome: collected 11:55 (crew delayed); handed over at home 12:40 to «v_g». Booking closed «d1_dmy» by «y_i».
""",
}

ISOLATION = {
    "US": """ENVIRONMENTAL SERVICES — ISOLATION / TERMINAL CLEAN REQUEST       «hosp»
Request #: «ref3»     Entered «d1_mdy» ‹14:32› by «e_n», RN («ward1»)
Room: 622-A     Patient: «p_lfc»     MRN «p_mrn»     Discharged to: «p_town» (home), «d1_mdy»
Isolation: ‹Contact Enteric Precautions› — ‹C. difficile› (toxin +ve «d0_mdy»)
Clean type: ‹terminal bleach clean› + ‹UV disinfection›     Priority: STAT (ED boarding 4 pts)
EVS tech: «s_n»  start ‹14:50›  finish ‹15:40›     UV robot «ser» operated by «y_n» 15:45–16:05
Infection Preventionist: «c_n», RN, CIC — sign-off «d1_mdy» 16:10, «c_wem»
Next patient: «q_lfc» (MRN «q_mrn») from ED, bed assigned by «x_n» (‹House Supervisor›) 16:15
Notes: privacy curtains changed; «pump» (serial «ser2») sent to equipment processing; visitor «r_n» advised on
hand hygiene (soap and water) before visiting «p_g» at home.
""",
    "CA": """ADDITIONAL PRECAUTIONS NOTICE — ‹Infection Prevention and Control› — «hosp»
Issued «d1_iso» ‹10:05› by «c_n», ICP («c_wem»)
Patient: «p_lfc»      MRN «p_mrn»      Unit «ward1», room 4112
Organism: ‹CPE› (screen +ve «d0_iso»)      Precautions: ‹Contact Plus› — private room, dedicated equipment
Roommate exposed: «q_lfc» (MRN «q_mrn») — screen x3; moved to «ward2» «d1_iso».
Housekeeping: discharge clean of 4112-B + ‹hydrogen peroxide vapour› requested to «s_n» (‹Environmental Services
Supervisor›), ticket «ref3»; done by «y_n» ‹13:20›–‹15:00›.
Family / visitors: «r_n» («r_rel», «r_ph») and «m_n» informed by «e_n», RN; gown and gloves.
Equipment: «pump» (serial «ser») quarantined. Flag added to chart; home care (‹Home and Community Care›) notified
for discharge to «p_addr».
""",
}

HANDOVER = {
    "AU": """AFTER HOURS HOSPITAL MANAGER — HANDOVER            «hosp»        «d1_dmy» 21:30 → «dn_dmy» 07:00
From: «s_n» (‹After Hours Manager›)      To: «y_n»
Capacity: ED 28 pts, 6 admitted awaiting beds; «ward1» 1 bed (female); ICU full — «x_lfc» ventilated, ‹retrieval›
to «hosp2» declined.
Deaths: «q_lfc», UR «q_mrn», aged «q_old», «ward2» 02:14 — expected; family («r_n», «r_ph») attended; funeral director
to collect; coroner not required per Dr «d_n».
MET calls: «ward3» 23:10 — «p_lfc» (UR «p_mrn»), hypotension, stayed on ward; 04:50 «ward1» — «w_n», ‹Code Blue›
not called.
‹Code Grey›: ED 01:30, pt «v_n» (UR «v_mrn») — ‹Security Officer› «e_n» attended; «v_g» sedated per ED consultant Dr «c_n».
Staffing: «ward2» short 1 RN — agency shift unfilled, ‹Nursing Resource Unit› covered 23:00–07:00. On-call pharmacist rang 03:00
re «drug1» supply.
Outstanding: update «p_g»'s family on «p_ph» after 08:00; «q_g»'s «m_rel» «m_n» to collect belongings («m_ph»).
""",
    "IE": """NIGHT NURSE MANAGER REPORT — «hosp»                   «d1_dmy» 20:00 → «dn_dmy» 08:00
Night Nurse Manager: «s_n», ‹ADON›       Handover to: «y_n»
ED: 34 patients, 17 awaiting admission (trolley count 08:00); 5 > 24 h incl. «q_lfc», «q_old» yrs, MRN «q_mrn».
Bed management: «ward1» 2 beds opened (surge); «p_lfc» (MRN «p_mrn») transferred to «hosp2» at 01:10 for PCI —
NOK «r_n» informed («r_ph»).
Deaths: «w_lfc», MRN «w_mrn», «ward2» 03:35 — Dr «d_n» pronounced; family («v_n», «v_ph») present; remains to
mortuary 05:10.
Incidents: fall, «ward3» 02:20 — «x_lfc», no injury, NIMS to be completed by «e_n». Security called to ED 23:45
(‹Garda› in attendance, visitor removed).
Staffing: «ward2» — agency nurse «c_n» did not arrive; CNM «e_g» covered. One porter on sick leave from 04:00.
""",
}

TRANSFER = {
    "US": """TRANSFER CENTER — INCOMING TRANSFER REQUEST LOG           «hosp»            Case «ref»
Call received: «d1_mdy» ‹03:12›     Transfer RN: «s_n»     Recorded line ext 7700
Sending facility: «hosp2» ED      Sending MD: «c_n», MD, cell «c_ph»
Patient: «p_n»      DOB «p_dob»      Age «p_age»      Sex «p_sex»
Insurance: «ins», ID «p_plan»      SSN «p_nid»
Dx: STEMI, post-thrombolysis      Level of care requested: ‹CVICU›
Accepting physician: «d_n», MD (‹Interventional Cardiology›), accepted 03:26
Bed: «ward1» bed 12, assigned by «y_n» (‹House Supervisor›) 03:31
Transport: ‹critical care ground›, ETA 04:40; crew lead «x_n»
Family: «r_rel» «r_n», «r_ph», driving from «p_town»; pt home address «p_addr»
EMTALA: accepted, records faxed. Arrived «d1_mdy» 04:52, handed off to «e_n», RN. MRN assigned «p_mrn», FIN «p_acct».
""",
    "CA": """PATIENT FLOW / TRANSFER DESK — INTER-FACILITY TRANSFER LOG       «hosp»        Request «ref»
Received «d1_iso» ‹06:40› from «hosp2» (nursing station), caller «c_n», RN, «c_ph»
Patient: «p_lfc»      Health card «p_plan»      DOB «p_dob»      Home community: «p_town», «p_region»
Reason: sepsis, needs ‹ICU› and general surgery consult      Language: «p_lang»
Accepting MD: Dr «d_n» (‹Critical Care›), 07:05      Bed: «ward1», bed 9, by «y_n», ‹Patient Flow Coordinator›
Transport: ‹air ambulance› (fixed wing) — ETA 13:30; ‹Medical Travel› escort «r_n» («r_rel», «r_ph»)
Interpreter: «x_n» («p_lang» interpreter, «x_ph») to meet at ‹ICU›
Escort lodging: ‹boarding home› booked «d1_iso» to «d4_iso»; escort health card «r_plan».
On arrival: MRN «p_mrn», encounter «p_acct»; handed over 13:55 to «e_n», RN.
Logged by «s_n», ‹Transfer Desk Nurse›.
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("hosp63_bed_state_board", ["UK", "AU"], "text", BED_BOARD),
    ("hosp63_theatre_operating_list", ["UK", "IE"], "text", THEATRE),
    ("hosp63_surgical_case_booking", ["US", "CA"], "text", OR_BOOKING),
    ("hosp63_porter_task_log", ["UK", "AU"], "text", PORTER),
    ("hosp63_datix_incident_report", ["UK", "IE"], "text", DATIX),
    ("hosp63_patient_safety_event", ["US", "CA"], "text", SAFETY_EVENT),
    ("hosp63_pals_contact_log", ["UK", "AU"], "text", PALS),
    ("hosp63_grievance_patient_relations", ["US", "CA"], "text", GRIEVANCE),
    ("hosp63_interpreter_booking", ["US", "AU"], "text", INTERPRETER),
    ("hosp63_chaplaincy_referral", ["UK", "CA"], "text", CHAPLAINCY),
    ("hosp63_social_work_referral", ["US", "IE"], "text", SOCIAL_WORK),
    ("hosp63_security_occurrence_log", ["US", "UK"], "text", SECURITY),
    ("hosp63_lost_property_register", ["AU", "CA"], "text", LOST_PROPERTY),
    ("hosp63_discharge_planning_board_round", ["IE", "AU"], "text", DISCHARGE),
    ("hosp63_patient_transport_booking", ["US", "UK"], "text", TRANSPORT),
    ("hosp63_isolation_clean_notice", ["US", "CA"], "text", ISOLATION),
    ("hosp63_site_manager_handover", ["AU", "IE"], "text", HANDOVER),
    ("hosp63_transfer_centre_log", ["US", "CA"], "text", TRANSFER),
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
        rng = random.Random(f"phigate-probe63:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(text, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
