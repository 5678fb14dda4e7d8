"""Twenty-first independent probe corpus: the less-watched clauses of HIPAA Safe Harbor.

45 CFR 164.514(b)(2)(i) removes the 18 identifiers "of the individual or of relatives, employers, or
household members of the individual". An auditor testing a de-identification tool for full Safe Harbor
coverage builds documents where those clauses matter; this corpus is such a set: 36 labelled documents in
18 kinds per seed, two of each.

1. Relatives, household members and employers: spouses, children, in-laws, roommates, foster parents and
   guardians with their names, phones, e-mails and addresses; the names (and addresses and phones) of the
   patient's and relatives' employers -- trucking firms, dairies, diners, schools, feed stores, sawmills,
   water districts. Genres: a workers' compensation first report of injury, an occupational-health
   return-to-work note, a social-work psychosocial assessment, a home-health skilled-nursing visit, a
   school-nurse letter to parents, an EMS run report from a motor-vehicle crash, a police crash-report
   abstract attached to a claim, a billing dispute letter, a JSON explanation of benefits, a court-ordered
   custody evaluation, a vital-records request.
2. The rarer identifier types in many shapes: counties, townships, boroughs, parishes, precincts and
   neighbourhoods, rural routes and PO boxes, GPS coordinates (decimal, degrees-minutes-seconds, Plus Codes,
   what3words, census block groups); VINs with valid check digits and plates of US states, Canadian provinces,
   the UK, Australia, Ireland, Germany and the Netherlands; implant and pump serials, GS1 UDI strings with
   (01)(17)(10)(21) parts and valid GTIN check digits, MAC addresses of home monitors; driver's licences of
   several states and countries, birth and death certificate numbers, a patient's professional licence;
   billing accounts, IBANs (valid mod-97) and card numbers (valid Luhn); a patient's social-media profiles,
   handles, personal site and fundraiser page; IPv4 and IPv6 addresses in portal audit lines; claim, case,
   incident, docket, prescription, specimen, accession and parcel-tracking numbers. Kinds: an NDJSON device
   registry feed, a patient-portal audit extract, a fundraiser/social-media note, and four non-US documents
   (a UK occupational-health report, a Canadian workers' compensation form, an Australian certificate of
   capacity, an EU cross-border claim from Ireland, Germany or the Netherlands).

Template language: tests/engine/probe's `«slot»` (PHI or text) and `‹literal›` (harmless, must survive).
Slots: `p_` the patient, `r1_`..`r4_` relatives and household members, `e1_` the patient's employer, `e2_` a
relative's employer; see `case_slots`. The `render`, `Doc`, `bounded`, `name_parts` and `problems` of
tests/engine/probe are reused.

Labelling policy (decided before any measurement):
- PHI: every name of the patient, relatives and household members in every rendering (whole, given alone,
  "Mr. Surname", "SURNAME, GIVEN", initial + surname) and every employer's name (NAME; the whole name
  including its head noun, "Tamarack Feed & Seed", as Safe Harbor lists employers' names); their street
  lines, towns, counties, parishes, townships, boroughs, precincts, neighbourhoods, rural routes, PO boxes,
  GPS coordinates and geocodes (ADDRESS) and postcodes (ZIP); phones (PHONE) and fax numbers (FAX); e-mails
  (EMAIL); every date more specific than a year (DATE); an age over 89 (AGE); record numbers (MRN); member
  numbers (HEALTH_PLAN); billing accounts, IBANs and card numbers (ACCOUNT); driver's licences, birth and
  death certificates and professional licences (LICENSE); VINs and plates (VEHICLE); serials, UDIs and MAC
  addresses (DEVICE); URLs (URL); social-media handles and portal logins (USERNAME); IP addresses (IP);
  national numbers and every claim, case, incident, report, docket, prescription, specimen, accession and
  tracking number (ID).
- Keep (must survive): hospitals, clinics, insurers, TPAs and agencies acting as such (never as the
  patient's employer); vehicle makes, models and model years; device makes and models; drugs with doses,
  lab values, ICD-10, CPT and HCPCS codes; body sites; weekdays, a month alone, a year alone; ages under 90;
  US states, provinces and countries named in prose; occupations and industries.
- Plain text (not scored): a state or province abbreviation inside a postal address, times of day, the
  letters "WI", "ON" of an address line, clinicians and adjusters (they are roles, never named, so no
  unlabelled person name is left in a document).
- No name word, town or street is used by probes 1-20 (test_probe21), and no name word is a word of a keep
  value; a draw that makes a label ambiguous (a PHI value also outside its span) is re-drawn.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe21 import ids
from tests.engine.probe21.ids import fill
from tests.engine.probe21.people import (
    PLACES,
    K,
    P,
    Place,
    Slot,
    ascii_fold,
    date_forms,
    employer,
    person,
    postcode,
    street_line,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

# ---- harmless vocabulary (must survive) -------------------------------------------------------------------

HOSPITALS = {
    "US": [
        "Mercy Medical Center",
        "St. Luke's Regional Medical Center",
        "Sanford Medical Center",
        "Avera McKennan Hospital",
        "Intermountain Medical Center",
        "Baptist Health Medical Center",
        "Providence Regional Medical Center",
        "Essentia Health St. Mary's",
        "Bryan Medical Center",
        "Gundersen Lutheran Medical Center",
    ],
    "CA": ["Foothills Medical Centre", "Royal Victoria Regional Health Centre", "Aberdeen Regional Hospital"],
    "UK": ["Cumberland Infirmary", "Pilgrim Hospital", "Lorn and Islands Hospital", "Nevill Hall Hospital"],
    "AU": ["Westmead Hospital", "Royal Hobart Hospital", "Bendigo Health", "Gold Coast University Hospital"],
    "IE": ["Midland Regional Hospital", "University Hospital Galway"],
    "DE": ["Helios Klinikum", "Städtisches Klinikum"],
    "NL": ["Isala", "Treant Zorggroep"],
}
INSURERS = {
    "US": [
        "Liberty Mutual",
        "Travelers",
        "The Hartford",
        "Zenith Insurance",
        "Sedgwick",
        "Gallagher Bassett",
        "AmTrust",
        "Employers Holdings",
    ],
    "CA": ["WSIB", "WorkSafeBC", "WCB Alberta", "CNESST", "WCB Nova Scotia"],
    "UK": ["Aviva", "Zurich UK", "Allianz UK"],
    "AU": ["icare NSW", "WorkSafe Victoria", "WorkCover Queensland", "WorkSafe Tasmania"],
    "IE": ["the HSE", "Irish Life Health", "Laya Healthcare"],
    "DE": ["AOK", "Techniker Krankenkasse", "BG Bau"],
    "NL": ["Zilveren Kruis", "UWV", "CZ"],
}
HEALTH_PAYERS = [
    "Blue Cross Blue Shield",
    "UnitedHealthcare",
    "Humana",
    "Aetna",
    "Cigna",
    "Medicaid",
    "Wellmark",
    "Medica",
    "Anthem",
]
AUTO_INSURERS = ["Progressive", "State Farm", "GEICO", "Allstate", "Farmers", "USAA"]
AGENCIES = [
    "OSHA",
    "Child Protective Services",
    "Adult Protective Services",
    "the Department of Labor",
    "the Social Security Administration",
    "the Area Agency on Aging",
]
VEHICLES = [
    "2014 Ford F-150",
    "2019 Toyota Camry",
    "2008 Honda Accord",
    "2021 Subaru Outback",
    "2017 Kenworth T680",
    "2012 Dodge Grand Caravan",
    "2020 Hyundai Elantra",
    "2016 Chevrolet Silverado",
    "2011 Jeep Wrangler",
    "2018 Nissan Rogue",
    "2015 Freightliner Cascadia",
    "2022 Kia Telluride",
]
INTL_VEHICLES = [
    "2019 Volkswagen Golf",
    "2016 Vauxhall Corsa",
    "2020 Toyota HiLux",
    "2017 Skoda Octavia",
    "2021 Ford Ranger",
    "2013 Mazda3",
    "2018 Renault Clio",
]
DEVICES = [
    "Medtronic MiniMed 780G",
    "Tandem t:slim X2",
    "Dexcom G7",
    "ResMed AirSense 11",
    "Omnipod 5",
    "FreeStyle Libre 3",
    "Inspire IV",
    "Boston Scientific WaveWriter Alpha",
    "Cochlear Nucleus 8",
    "Philips DreamStation 2",
]
IMPLANTS = [
    "Zimmer Persona knee",
    "Stryker Triathlon knee",
    "Medtronic Micra AV",
    "Abbott Aveir VR",
    "Synthes LCP distal radius plate",
    "Arthrex SwiveLock anchor",
]
DRUGS = [
    "cyclobenzaprine 10 mg TID PRN",
    "naproxen 500 mg BID",
    "meloxicam 15 mg daily",
    "tramadol 50 mg q6h PRN",
    "ibuprofen 800 mg TID",
    "methocarbamol 750 mg QID",
    "lidocaine 5% patch",
    "hydrocodone-acetaminophen 5-325 mg",
    "cephalexin 500 mg QID",
    "Tdap 0.5 mL IM",
    "ondansetron 4 mg ODT",
    "diclofenac 1% gel",
    "buprenorphine-naloxone 8-2 mg",
    "quetiapine 50 mg qHS",
    "escitalopram 10 mg daily",
    "methylphenidate ER 36 mg",
    "fluticasone 50 mcg nasal spray",
    "EpiPen 0.3 mg",
    "insulin lispro via pump",
    "albuterol 90 mcg 2 puffs PRN",
]
LABS = [
    "CK 2,140 U/L",
    "BAC 0.00",
    "Hgb 12.8 g/dL",
    "lactate 2.1 mmol/L",
    "glucose 142 mg/dL",
    "ESR 22 mm/h",
    "HbA1c 7.4%",
    "TSH 2.3 mIU/L",
    "SpO2 97%",
    "urine drug screen negative",
    "creatinine 0.9 mg/dL",
]
ICD = [
    "S62.521A",
    "S83.511A",
    "M54.50",
    "S06.0X1A",
    "T67.01XA",
    "S52.531A",
    "V43.52XA",
    "Y99.0",
    "W11.XXXA",
    "F43.10",
    "Z62.21",
    "E10.65",
    "G47.33",
    "Z59.01",
    "S92.301A",
    "M75.121",
    "S39.012A",
]
CPT = ["99213", "97110", "29125", "73110", "99203", "97530", "72148", "90834", "99455", "96127", "99284"]
HCPCS = ["E0601", "A4253", "L3908", "E0114", "G0283", "A9276", "K0001", "J1885", "L1833"]
BODY = [
    "left distal radius",
    "right rotator cuff",
    "L4-L5 disc",
    "left medial meniscus",
    "right fifth metatarsal",
    "cervical spine",
    "left scaphoid",
    "right ankle",
    "left index finger",
    "lumbar paraspinals",
    "right lateral epicondyle",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_K = [
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
LANDS = [
    "Mexico",
    "Somalia",
    "the Philippines",
    "Vietnam",
    "Guatemala",
    "Honduras",
    "Poland",
    "Laos",
    "Ukraine",
    "Nigeria",
]
STATES_K = ["Texas", "Florida", "California", "Ohio", "Georgia", "Arizona", "Illinois", "Tennessee"]
CLINIC_ROLES = [
    "case manager",
    "medical social worker",
    "occupational health nurse",
    "claims adjuster",
    "home health aide",
    "physical therapist",
    "school nurse",
    "paramedic",
]

# ---- slot shapes -------------------------------------------------------------------------------------------

US_DL = {
    "WI": "@###-####-####-##",
    "PA": "## ### ###",
    "AR": "9########",
    "AL": "%######",
    "IA": "###@@####",
    "CO": "##-###-####",
    "NE": "@%#######",
    "NM": "%########",
    "MI": "@ ### ### ### ###",
    "KS": "K##-##-####",
    "WY": "######-###",
    "MT": "%############",
    "OR": "@%#####",
    "ND": "@@@######",
    "LA": "00%######",
    "SD": "%#######",
    "MN": "@############",
}
LANDLINE = {
    "US": "(%##) %##-####",
    "CA": "(%##) %##-####",
    "UK": "01### ######",
    "AU": "(0%) #### ####",
    "IE": "0%# ### ####",
    "DE": "0%### #####",
    "NL": "0%#-#######",
}
US_PLATES = ["@@@-####", "%@@@###", "@@@ %##", "%##-@@@", "@@% %###", "%@@%##", "@@@%##"]
PLATES = {
    "CA": ["@@@@ %##", "@@@-%##", "%@@@###"],
    "UK": ["@@%# @@@"],
    "AU": ["@@%#@@", "%@@-%#@", "%##-@@@"],
    "IE": ["%%#-@@-%###", "2%-@-%####"],
    "DE": ["@@-@@ %##", "@-@ %###"],
    "NL": ["@@-%##-@", "%-@@@-##"],
}
CA_DL = {
    "AB": "%#####-###",
    "QC": "@####-######-##",
    "NS": "@@@@@%#######",
    "ON": "@####-%####-#####",
    "BC": "%######",
}
INTL_DL = {"AU": "%#######", "IE": "%########", "DE": "@%##@@@%@##", "NL": "%#########"}
PLUS = "23456789CFGHJMPQRVWX"
W3W = [
    "amber",
    "lantern",
    "crisp",
    "folded",
    "tulips",
    "gravel",
    "sprinted",
    "mild",
    "outpost",
    "hunch",
    "basket",
    "novel",
    "ripple",
    "chisel",
    "meadow",
    "ladders",
    "quiet",
    "orbit",
    "velvet",
    "cranes",
]
REL = {
    "r1": {True: ["wife", "partner", "fiancée"], False: ["husband", "partner", "fiancé"]},
    "r2": {True: ["daughter", "stepdaughter"], False: ["son", "stepson"]},
    "r3": {
        True: ["mother-in-law", "roommate", "foster mother", "legal guardian", "sister-in-law"],
        False: ["father-in-law", "roommate", "foster father", "legal guardian", "brother-in-law"],
    },
    "r4": {
        True: ["grandmother", "great-aunt", "housemate"],
        False: ["grandfather", "great-uncle", "housemate"],
    },
}


def _prefixed(prefix: str, slots: dict[str, Slot]) -> dict[str, Slot]:
    return {f"{prefix}_{k}": v for k, v in slots.items()}


def _dates(prefix: str, d: date) -> dict[str, Slot]:
    return {f"{prefix}_{k}": P("DATE", v) for k, v in date_forms(d).items()}


def _gps(rng: random.Random, place: Place) -> dict[str, Slot]:
    lat = place.lat + rng.uniform(-0.09, 0.09)
    lon = place.lon + rng.uniform(-0.09, 0.09)

    def dms(v: float, pos: str, neg: str) -> str:
        a = abs(v)
        d, m = int(a), (a - int(a)) * 60
        return f"{d}°{int(m):02d}'{(m - int(m)) * 60:04.1f}\"{pos if v >= 0 else neg}"

    def dm(v: float, pos: str, neg: str) -> str:
        a = abs(v)
        return f"{pos if v >= 0 else neg}{int(a)} {(a - int(a)) * 60:06.3f}"

    return {
        "gps_dec": P("ADDRESS", f"{lat:.5f}, {lon:.5f}"),
        "gps_latlon": P("ADDRESS", f"lat {lat:.4f} / lon {lon:.4f}"),
        "gps_dms": P("ADDRESS", f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"),
        "gps_dm": P("ADDRESS", f"{dm(lat, 'N', 'S')}, {dm(lon, 'E', 'W')}"),
        "plus": P(
            "ADDRESS",
            "".join(rng.choice(PLUS) for _ in range(8)) + "+" + "".join(rng.choice(PLUS) for _ in range(2)),
        ),
        "w3w": P("ADDRESS", "///" + ".".join(rng.sample(W3W, 3))),
        "geoid": P("ADDRESS", fill(rng, "%##########") + str(rng.randint(1, 4))),
        "tract": P("ADDRESS", f"Census Tract {rng.randint(9501, 9612)}.{rng.choice(['00', '01', '02'])}"),
    }


def case_slots(rng: random.Random, loc: str, child: bool) -> dict[str, Slot]:
    """Everything a document of one case can write: the patient, four relatives or household members, two
    employers, places, identifiers of every rarer type, and the keep vocabulary."""
    today = date(rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
    used: set[str] = set()
    place = rng.choice(PLACES[loc])
    p = person(rng, loc, today, (7, 15) if child else (19, 63), used)
    s: dict[str, Slot] = _prefixed("p", p)
    fam = p["family"]
    assert isinstance(fam, P)
    ages = {"r1": (24, 66), "r2": (3, 30), "r3": (30, 80), "r4": (91, 98) if rng.random() < 0.5 else (66, 86)}
    if child:
        ages = {
            "r1": (28, 52),
            "r2": (28, 55),
            "r3": (35, 70),
            "r4": (91, 98) if rng.random() < 0.5 else (60, 85),
        }
    for r, span in ages.items():
        same = r in ("r1", "r2") and rng.random() < 0.5
        x = person(rng, loc, today, span, used, family=fam.value if same else None)
        s.update(_prefixed(r, x))
        s[f"{r}_rel"] = rng.choice(REL[r][bool(x["female"])])
        n = int(str(x["age"]))
        s[f"{r}_ageph"] = (P("AGE", str(n)), "-year-old") if n >= 90 else K(f"{n}-year-old")
        s[f"{r}_agey"] = (P("AGE", str(n)), " y/o") if n >= 90 else K(f"{n} y/o")
    if child:
        s["r1_rel"] = "mother" if s["r1_female"] else "father"
        s["r2_rel"] = (
            rng.choice(["stepfather", "foster father"])
            if not s["r2_female"]
            else rng.choice(["stepmother", "foster mother", "aunt"])
        )
    n = int(str(p["age"]))
    s["p_ageph"] = K(f"{n}-year-old")
    s["p_agey"] = K(f"{n} y/o")
    s["p_sex"] = "female" if p["female"] else "male"
    # places: home, a relative's home elsewhere, the employers
    s["p_street"] = P("ADDRESS", street_line(rng, loc))
    s["p_town"] = P("ADDRESS", place.town)
    s["p_county"] = P("ADDRESS", place.county)
    s["p_sub1"] = P("ADDRESS", place.subdivisions[0])
    s["p_sub2"] = P("ADDRESS", place.subdivisions[1])
    s["p_zip"] = P("ZIP", postcode(rng, place))
    s["region"] = place.region
    s["region_k"] = K(place.region_name)
    other = rng.choice([q for q in PLACES[loc] if q != place])
    for r in ("r1", "r2", "r3", "r4"):
        s[f"{r}_street"] = P("ADDRESS", street_line(rng, loc))
    s["r3_town"] = P("ADDRESS", other.town)
    s["r3_zip"] = P("ZIP", postcode(rng, other))
    s["r3_region"] = other.region
    s["r3_county"] = P("ADDRESS", other.county)
    s["pobox"] = P("ADDRESS", rng.choice(["PO Box ", "P.O. Box ", "P O Box "]) + str(rng.randint(12, 9890)))
    s["rr"] = P(
        "ADDRESS",
        rng.choice(
            [
                f"RR {rng.randint(1, 6)} Box {rng.randint(10, 480)}",
                f"Rural Route {rng.randint(1, 6)}, Box {rng.randint(10, 480)}",
                f"R.R. #{rng.randint(1, 6)}",
            ]
        ),
    )
    s["hwy"] = P(
        "ADDRESS",
        f"mile marker {rng.randint(12, 240)} on County Road {rng.choice('ABCDEGHJK')}"
        f"{rng.choice(['', str(rng.randint(2, 60))])}",
    )
    s.update(_gps(rng, place))
    avoid_emp: set[str] = set()
    for e in ("e1", "e2"):
        name, industry, job = employer(rng, avoid_emp)
        s[e] = P("NAME", name)
        s[f"{e}_ind"] = K(industry)
        s[f"{e}_job"] = K(job)
        s[f"{e}_street"] = P("ADDRESS", street_line(rng, loc).split(" Apt")[0].split(" Unit")[0])
        s[f"{e}_phone"] = P("PHONE", fill(rng, LANDLINE[loc]))
        s[f"{e}_fax"] = P("FAX", fill(rng, LANDLINE[loc]))
    # dates
    events = {
        "inj": today - timedelta(days=rng.randint(20, 60)),
        "visit": today,
        "rtw": today + timedelta(days=rng.randint(5, 30)),
        "hire": today - timedelta(days=rng.randint(400, 4000)),
        "prior": today - timedelta(days=rng.randint(70, 300)),
        "next": today + timedelta(days=rng.randint(31, 90)),
        "court": today + timedelta(days=rng.randint(14, 60)),
        "r4_dod": today - timedelta(days=rng.randint(9, 40)),
    }
    for name, d in events.items():
        s.update(_dates(name, d))
    for r in ("p", "r1", "r2", "r3", "r4"):
        born = s[f"{r}_born"]
        assert isinstance(born, date)
        s.update(_dates(f"{r}_dob", born))
    # identifiers
    region = place.region
    if loc == "US":
        dl = fill(rng, US_DL[region])
        plate = fill(rng, rng.choice(US_PLATES))
    elif loc == "CA":
        dl = fill(rng, CA_DL[region])
        plate = fill(rng, rng.choice(PLATES["CA"]))
    elif loc == "UK":
        surname = ascii_fold(fam.value.upper())[:5].ljust(5, "9")
        born = p["born"]
        assert isinstance(born, date)
        month = born.month + (50 if p["female"] else 0)
        given = s["p_given"]
        assert isinstance(given, P)
        dl = (
            f"{surname}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}{given.value[0]}9"
            + fill(rng, "#@@")
        )
        plate = fill(rng, PLATES["UK"][0])
    else:
        dl = fill(rng, INTL_DL[loc])
        plate = fill(rng, rng.choice(PLATES[loc]))
    s["dl"] = P("LICENSE", dl)
    s["r1_dl"] = P("LICENSE", fill(rng, US_DL[region]) if loc == "US" else fill(rng, "%########"))
    s["plate"] = P("VEHICLE", plate)
    s["plate2"] = P(
        "VEHICLE", fill(rng, rng.choice(US_PLATES if loc == "US" else PLATES.get(loc, US_PLATES)))
    )
    s["vin"] = P("VEHICLE", ids.vin(rng))
    s["vin2"] = P("VEHICLE", ids.vin(rng))
    s["vin_last"] = P("VEHICLE", str(s["vin2"].value)[-8:])  # type: ignore[union-attr]
    year = rng.randint(1968, 2004)
    s["birthcert"] = P(
        "LICENSE",
        rng.choice(
            [
                f"{rng.randint(101, 156)}-{year}-{fill(rng, '%#####')}",
                f"BC {fill(rng, '%########')}",
                f"{year}{fill(rng, '%#####')}",
            ]
        ),
    )
    s["deathcert"] = P(
        "LICENSE",
        rng.choice([f"{today.year}-{fill(rng, '%#####')}", f"DC{today.year % 100}-{fill(rng, '%####')}"]),
    )
    s["proflic"] = P(
        "LICENSE",
        {"AU": f"NMW000{fill(rng, '%######')}", "UK": fill(rng, "##@####@")}.get(loc)
        or rng.choice(
            [
                f"RN{fill(rng, '%######')}",
                f"LPN.0{fill(rng, '%#####')}",
                f"JE-{fill(rng, '%#####')}",
                f"CDL-A {fill(rng, '%#######')}",
                f"RN {fill(rng, '%######')}",
            ]
        ),
    )
    s["mrn"] = P("MRN", fill(rng, rng.choice(["%#######", "M%######", "%##-##-##", "00%######"])))
    s["member"] = P(
        "HEALTH_PLAN",
        fill(rng, "%### ##### #")
        if loc == "AU"
        else fill(rng, rng.choice(["@@@%########", "%##########", "W%########", "ZG@%#######"])),
    )
    s["group"] = P("HEALTH_PLAN", fill(rng, rng.choice(["%#####", "GRP-%####", "0%######"])))
    s["acct"] = P("ACCOUNT", fill(rng, rng.choice(["%########", "G%######", "%###-####-##", "PT%#######"])))
    s["acct2"] = P("ACCOUNT", fill(rng, rng.choice(["%#########", "%####-%###"])))
    s["card"] = P("ACCOUNT", ids.card(rng))
    s["iban"] = P("ACCOUNT", ids.iban(rng, {"UK": "GB", "IE": "IE", "DE": "DE", "NL": "NL"}.get(loc, "BE")))
    s["policy"] = P("ID", fill(rng, rng.choice(["%##-####-###", "@@%#######", "%#######-##"])))
    s["claim"] = P("ID", fill(rng, rng.choice(["WC%#-######", "%##-##-####-@", "CLM%#########", "%#######"])))
    s["claim2"] = P("ID", fill(rng, rng.choice(["%###########", "@%#-####-#####"])))
    s["incident"] = P("ID", f"{today.year}-{fill(rng, '%#####')}")
    s["report"] = P("ID", fill(rng, rng.choice(["%#-######", "@@%#######", "%###-####"])))
    s["case"] = P("ID", fill(rng, rng.choice(["%####-##", "C%#######", "%##-%###"])))
    s["docket"] = P("ID", f"{today.year % 100}{rng.choice(['DR', 'JC', 'FA', 'CV'])}{fill(rng, '%####')}")
    s["rx"] = P("ID", fill(rng, rng.choice(["%######", "%#######-##", "RX-%#####"])))
    s["specimen"] = P("ID", fill(rng, rng.choice(["S%#-#####", "SP-%#####", "%#-@@-####"])))
    s["accession"] = P("ID", fill(rng, rng.choice(["A%#######", "%##########", "ACC-%#####"])))
    s["tracking"] = P(
        "ID",
        rng.choice(
            [
                fill(rng, "1Z%@@%##%#########")[:18],
                fill(rng, "9400 #### #### #### #### ##"),
                fill(rng, "%### #### ####"),
            ]
        ),
    )
    s["natid"] = P(
        "ID",
        {"CA": ids.sin(rng), "UK": fill(rng, "@@ ## ## ## ") + rng.choice("ABCD")}.get(
            loc, fill(rng, "%##-##-####")
        ),
    )
    s["serial"] = P("DEVICE", fill(rng, rng.choice(["NG%######H", "SN %#######", "%##@@####", "PJ%######R"])))
    s["serial2"] = P("DEVICE", fill(rng, rng.choice(["%@####", "8@@@@@", "SM%########", "%#########"])))
    s["udi"] = P(
        "DEVICE",
        ids.udi(
            rng,
            f"{today.year % 100 + 2}{today.month:02d}{today.day:02d}",
            rng.choice(["hri", "hri", "plain"]),
        ),
    )
    s["mac"] = P("DEVICE", ids.mac(rng))
    s["ip4"] = P("IP", ids.ipv4(rng))
    s["ip4b"] = P("IP", ids.ipv4(rng))
    s["ip6"] = P("IP", ids.ipv6(rng))
    gv, fv = (str(s["p_given"].value).lower(), str(s["p_family"].value).lower())  # type: ignore[union-attr]
    gv, fv = ascii_fold(gv), ascii_fold(fv)
    handle = rng.choice(
        [
            f"{gv}{fv[:4]}{rng.randint(2, 99)}",
            f"{gv}_{rng.choice(['rides', 'bakes', 'fishes', 'lifts'])}",
            f"the_{fv}_{rng.choice(['farm', 'crew', 'house'])}",
            f"{gv[0]}{fv}.{today.year % 100}",
        ]
    )
    s["handle"] = P("USERNAME", f"@{handle}")
    s["login"] = P("USERNAME", f"{gv[:1]}{fv[:6]}{rng.randint(10, 99)}")
    s["r1_login"] = P("USERNAME", f"{ascii_fold(str(s['r1_given'].value).lower())}.{rng.randint(100, 999)}")  # type: ignore[union-attr]
    s["url_fund"] = P(
        "URL",
        f"https://www.gofundme.com/f/{rng.choice(['help', 'support', 'stand-with'])}-{gv}-"
        f"{fv}-{rng.choice(['recover', 'heal', 'get-home'])}",
    )
    s["url_ig"] = P("URL", f"instagram.com/{handle}")
    s["url_fb"] = P("URL", f"https://www.facebook.com/{gv}.{fv}.{rng.randint(10, 999)}")
    s["url_tt"] = P("URL", f"tiktok.com/@{handle}")
    s["url_site"] = P(
        "URL", f"https://www.{fv}{rng.choice(['woodworks', 'pottery', 'farmstand', 'tax'])}.com"
    )
    s["url_li"] = P("URL", f"linkedin.com/in/{gv}-{fv}-{ids.token(rng, 6)}")
    # keep vocabulary
    hospital = rng.sample(HOSPITALS[loc], 2)
    drugs, labs, body = rng.sample(DRUGS, 3), rng.sample(LABS, 3), rng.sample(BODY, 2)
    keep = {
        "hospital": hospital[0],
        "hospital2": hospital[1],
        "insurer": rng.choice(INSURERS[loc]),
        "payer": rng.choice(HEALTH_PAYERS),
        "autoins": rng.choice(AUTO_INSURERS),
        "agency": rng.choice(AGENCIES),
        "vehicle": rng.choice(VEHICLES if loc in ("US", "CA") else INTL_VEHICLES),
        "vehicle2": rng.choice(VEHICLES if loc in ("US", "CA") else INTL_VEHICLES),
        "device": rng.choice(DEVICES),
        "implant": rng.choice(IMPLANTS),
        "icd1": rng.choice(ICD[:9]),
        "icd2": rng.choice(ICD[9:]),
        "cpt": rng.choice(CPT),
        "hcpcs": rng.choice(HCPCS),
        "body": body[0],
        "body2": body[1],
        "weekday": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS_K),
        "year": str(rng.randint(1996, 2016)),
        "land": rng.choice(LANDS),
        "state_k": rng.choice(STATES_K),
        "role": rng.choice(CLINIC_ROLES),
    }
    s.update({k: K(v) for k, v in keep.items()})
    for i in range(3):
        s[f"drug{i + 1}"] = K(drugs[i])
        s[f"lab{i + 1}"] = K(labs[i])
    return s


# ---- templates ---------------------------------------------------------------------------------------------
# (kind, locales cycled over the two documents, format, options, body)

TEMPLATES: list[tuple[str, list[str], str, dict, str]] = [
    (
        "sh_employer_first_report_of_injury",
        ["US", "US"],
        "text",
        {},
        "EMPLOYER'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS\n"
        "Carrier/TPA: «insurer»      Carrier claim no.: «claim»      State file no.: «claim2»\n\n"
        "EMPLOYER: «e1»\nMailing address: «pobox», «p_town», «region»     Phone «e1_phone»   Fax «e1_fax»\n"
        "Nature of business: «e1_ind»\n\n"
        "EMPLOYEE: «p_INV»        DOB «p_dob_us»      Sex: «p_sex»\n"
        "Home: «p_street», «p_town», «region» «p_zip»  («p_county»)\nHome phone «p_phone»    "
        "Hired «hire_us»    Job title: «e1_job»\n"
        "Driver license «dl» («region»)\n\n"
        "DATE OF INJURY «inj_usn», a «weekday», 06:40.  Location: yard behind «e1_street».\n"
        "How it happened: employee slipped from a trailer step and fell onto an outstretched hand; injured "
        "«body». ICD-10 «icd1», ‹W11.XXXA›.\nInitial treatment: «hospital» emergency department, record "
        "«mrn»; splinted (CPT «cpt»), sent home on «drug1».\n"
        "Lost time: yes, since «inj_ab».   OSHA 300 log case «case».\n\n"
        "Spouse/emergency contact: «r1_rel» «r1_name», cell «r1_phone», employed at «e2» as «e2_job».\n"
        "Completed by the «role», «visit_us».\n",
    ),
    (
        "sh_return_to_work_clearance",
        ["US", "CA"],
        "text",
        {},
        "OCCUPATIONAL HEALTH - WORK STATUS / RETURN-TO-WORK NOTE\n\n"
        "Re: «p_name» (DOB «p_dob_iso»)   Claim «claim»   Employer: «e1»\n\n"
        "«p_mr» «p_family» is a «p_ageph» «e1_job» at «e1» («e1_ind») seen today, «visit_long», in follow-up "
        "of a «body» strain sustained on «inj_long». «p_He» lives in «p_sub1» outside «p_town» with "
        "«p_his» «r1_rel», «r1_given», who drives «p_him» to visits in the family's «vehicle» (plate "
        "«plate»).\n\n"
        "History: ORIF in «year» with a «implant» (UDI «udi»). "
        "Exam: tenderness of the «body2», strength 4/5. «lab1». Plan: «drug1»; PT twice weekly "
        "(CPT «cpt»), ‹97110›.\n\n"
        "WORK STATUS: modified duty from «rtw_usn»: no lifting over 20 lb, no ladders, no operating the "
        "forklift. Full duty anticipated in «month». Supervisor at «e1» may call the clinic; the employee "
        "asked that the «e1» HR line («e1_phone») not be given details. Next visit «next_ab». Insurer: "
        "«insurer». Copy to «p_email».\n",
    ),
    (
        "sh_psychosocial_household_assessment",
        ["US", "US"],
        "text",
        {},
        "MEDICAL SOCIAL WORK - PSYCHOSOCIAL ASSESSMENT\nPatient: «p_INV»   MRN «mrn»   Admit «visit_us»\n"
        "Referral: ‹Z59.01› housing instability; «icd2».\n\n"
        "HOUSEHOLD: Pt is a «p_ageph» «p_sex» who rents a trailer at «rr», «p_sub1», «p_county», with "
        "«p_his» «r1_rel» «r1_name» («r1_agey», works nights at «e2») and their «r2_rel» «r2_given» "
        "(«r2_agey»). A «r3_rel», «r3_name», stays with them on weekends; «r3_name» gets mail at "
        "«r3_street», "
        "«r3_town», «r3_region» «r3_zip». The «r4_rel», «r4_name», «r4_ageph», moved in after a fall "
        "in «month» and sleeps in the front room.\n\n"
        "EMPLOYMENT/INCOME: Pt worked «year»-present at «e1» as a «e1_job» (industry: «e1_ind»); on unpaid "
        "leave since «inj_ab». SSDI application pending with «agency».\n"
        "SUPPORTS: «r1_given» reachable at «r1_phone» or «r1_email». Church pantry in «p_sub2».\n"
        "SDOH screen: home in «tract» (block group GEOID «geoid»), a designated food desert.\n"
        "Safety: «r3_rel» reports no weapons in the home. Plan: «payer» application, follow-up call on "
        "«weekday».\n",
    ),
    (
        "sh_home_health_skilled_visit",
        ["US", "US"],
        "text",
        {},
        "HOME HEALTH - SKILLED NURSING VISIT NOTE\nClient: «p_name»   DOB «p_dob_ab»   Agency MR# «mrn»\n"
        "Visit «visit_dmab», «weekday», 10:15-11:05\n"
        "Directions: «p_street», «p_town» «p_zip»; gravel drive 0.4 mi past the «p_sub1» line, blue "
        "mailbox. GPS «gps_dec» (Plus Code «plus»). Dogs on property.\n\n"
        "Primary caregiver: «r1_rel» «r1_name» («r1_phone»); «r2_rel» «r2_name» lives next door and "
        "checks in after «r2_his» shift at «e2». Alt contact: «r3_name», «r3_rel», «r3_phone».\n\n"
        "Equipment: «device» (serial «serial»), home monitor hub MAC «mac», concentrator HCPCS «hcpcs». "
        "Reviewed «drug1» and «drug2». «lab1» on glucometer.\n"
        "Wound: «body» incision clean, dry. Teaching done with «r1_given».\n"
        "Plan: next visit «next_us». Payer «payer», member «member».\n",
    ),
    (
        "sh_school_nurse_parent_letter",
        ["US", "US"],
        "text",
        {"child": True},
        "Health Services Office\n\n«visit_long»\n\nTo the parent or guardian of «p_name», grade 4\n"
        "«p_street»\n«p_town», «region» «p_zip»\n\n"
        "Dear «r1_rel»/«r2_rel»,\n\nDuring recess on «inj_long» «p_given» fell from the climbing "
        "structure and "
        "hurt «p_his» «body». Ice was applied and «r1_name» was called at work («e1», «e1_phone») at 1:20. "
        "«r2_name» («r2_phone») was listed as second contact; «r2_his» employer, «e2», reached "
        "«r2_him» at 1:45.\n\nOn file: «p_given» carries an «drug1» for a peanut allergy and uses «drug2». "
        "Please return the medication authorization by «weekday». Immunization record shows ‹Tdap› due in "
        "«month». If you have questions, reply to the office or e-mail us from «r1_email».\n\n"
        "Emergency card also lists «r4_rel» «r4_name» («r4_phone»), «r4_street», and a babysitter "
        "neighbor in «p_sub2». Medicaid ID «member». Referred to «hospital» for X-ray.\n",
    ),
    (
        "sh_ems_patient_care_report",
        ["US", "US"],
        "text",
        {},
        "EMS PATIENT CARE REPORT    Incident #«incident»   Unit M-14\n"
        "Dispatched 17:02 for MVC, rollover. Scene: «hwy», «p_county»; GPS «gps_dm»; caller's what3words "
        "«w3w».\n"
        "Patient: «p_INV», «p_ageph» «p_sex», DOB «p_dob_usn», DL «dl» («region»).\n"
        "Vehicle 1: «vehicle», «region» plate «plate», VIN «vin», driver = patient; restrained.\n"
        "Vehicle 2: «vehicle2», tag «plate2», VIN ending «vin_last», driver («r3_name») declined "
        "transport.\n\n"
        "Pt states «p_he» was driving home from a shift at «e1». Complains of «body2» pain. GCS 15. "
        "BP 142/88, «lab1». C-collar applied. «drug3» not given.\n"
        "Passenger: «p_his» «r1_rel», «r1_name», minor abrasions, refused. «r1_given» asked us to call "
        "«r2_name» at «r2_phone».\n"
        "Transport to «hospital» trauma bay, arrived 17:48. ICD-10 «icd1». Home address per pt: «p_street», "
        "«p_town» «p_zip».\n",
    ),
    (
        "sh_crash_report_abstract_for_subrogation",
        ["US", "US"],
        "text",
        {},
        "SUBROGATION FILE - ABSTRACT OF STATE TRAFFIC CRASH REPORT\nReport no. «report»   Agency: "
        "«p_county» Sheriff   Date of crash: «inj_iso» («weekday»)\nLocation: «hwy», «p_sub1»; lat/long "
        "«gps_latlon» («gps_dms»).\n\n"
        "UNIT 1 (our member): «p_INV», «p_street», «p_town», «region» «p_zip». License «dl». "
        "«vehicle», VIN «vin», plate «plate». Insured by «autoins», policy «policy». Occupation: «e1_job», "
        "employer «e1».\n"
        "UNIT 2: «r3_INV» (no relation), «r3_street», «r3_town», «r3_region» «r3_zip». License «r1_dl». "
        "«vehicle2», VIN «vin2», plate «plate2».\n\n"
        "Health plan: «payer» member «member», group «group» (plan sponsor «e2»). Medical claims "
        "«claim», «claim2» for «body» injury (ICD-10 «icd1», ‹V43.52XA›). Billed CPT «cpt».\n"
        "Contact for member: «p_phone», «p_email».\n",
    ),
    (
        "sh_patient_billing_dispute_letter",
        ["US", "US"],
        "text",
        {},
        "Patient Financial Services\n«visit_long»\n\n«r1_name»\n«p_street»\n«pobox»\n«p_town», "
        "«region» «p_zip»\n\n"
        "RE: Guarantor account «acct» - patient «p_name» (DOB «p_dob_us»)\n\n"
        "Dear «r1_mr» «r1_family»,\n\nWe received your letter of «prior_long» disputing the charges for "
        "your «r1_rel»'s emergency visit of «inj_ab» at «hospital» (CPT «cpt», HCPCS «hcpcs»). "
        "The claim was first sent to «payer» under member «member»; it was denied because the plan "
        "through «e1» ended in «month». Coverage through your employer, «e2» (group «group»), has "
        "been billed as primary.\n\n"
        "The payment of $212.40 made with card «card» on «visit_usn» has been applied to account «acct2». "
        "For the balance, call us or write to «r1_email».\n\n"
        "Our records also list «r2_name» («r2_rel») at «r2_phone» as a responsible party; please let us know "
        "if this is no longer correct.\n",
    ),
    (
        "sh_eob_json_export",
        ["US", "US"],
        "json",
        {},
        '{"eob": {"claim_id": "«claim»", "payer": "«payer»", "plan_sponsor": "«e2»", "group_no": "«group»",\n'
        ' "subscriber": {"name": "«r1_name»", "relationship_of_patient": "«r1_rel»", "member_id": '
        '"«member»",\n'
        '   "employer": "«e2»", "address": "«p_street»", "city": "«p_town»", "zip": "«p_zip»", '
        '"phone": "«r1_phone»"},\n'
        ' "patient": {"name": "«p_INV»", "dob": "«p_dob_iso»", "account": "«acct»", "mrn": "«mrn»"},\n'
        ' "service": {"from": "«inj_iso»", "to": "«visit_iso»", "facility": "«hospital»", "cpt": "«cpt»",\n'
        '   "hcpcs": "«hcpcs»", "dx": ["«icd1»", "«icd2»"], "billed": 1840.00, "allowed": 910.22},\n'
        ' "rx": {"number": "«rx»", "drug": "«drug1»"},\n'
        ' "notes": "Pt works for «e1» («e1_ind»); workers comp carrier «insurer» claim «claim2» may '
        'be primary.",\n'
        ' "mailed_to": "«r1_email»", "portal_user": "«r1_login»", "paid_day": "«weekday»"}}\n',
    ),
    (
        "sh_custody_evaluation_report",
        ["US", "US"],
        "text",
        {"child": True},
        "CONFIDENTIAL - COURT-ORDERED CUSTODY EVALUATION\nIn re the minor child «p_name» (DOB «p_dob_us»)\n"
        "Case No. «docket», Circuit Court of «p_county»   Hearing «court_long»\n\n"
        "Parties: «r1_rel» «r1_INV», «r1_street», «p_town», «region» «p_zip», tel. «r1_phone», employed "
        "by «e1» as «e1_job» since «year»; «r2_rel» «r2_INV», «r3_street», «r3_town», «r3_region», employed "
        "at «e2» («e2_job»).\n\n"
        "Household members interviewed: «r3_rel» «r3_name» («r3_ageph»), «r4_rel» «r4_name» («r4_ageph»).\n"
        "«p_given» is a «p_ageph» who attends school in «p_sub1». Pediatric records from «hospital» (MRN "
        "«mrn») note «icd2» and prescriptions for «drug1» (Rx «rx»).\n"
        "A prior referral to «agency» (case «case») was closed unsubstantiated in «month».\n"
        "Collateral: a family Facebook page («url_fb») was reviewed with consent of «r1_name».\n"
        "Recommendation follows on page 4.\n",
    ),
    (
        "sh_vital_records_request",
        ["US", "US"],
        "text",
        {},
        "REQUEST FOR CERTIFIED COPIES - VITAL RECORDS\nOffice of the Registrar, «p_county», «region_k»\n\n"
        "Requester: «r2_name», «r2_rel» of the decedent; «r2_street», «r3_town», «r3_region» «r3_zip»; "
        "«r2_phone»; «r2_email». Requester's driver license «r1_dl».\n\n"
        "DECEDENT: «r4_name», «r4_ageph», date of death «r4_dod_long», at «hospital». Death certificate "
        "no. «deathcert». Usual occupation: «e2_job», last employer «e2».\n"
        "Also requested: birth certificate no. «birthcert» for «p_name», born «p_dob_long», for a "
        "passport application. Mother's maiden name: «r3_family».\n"
        "Residence of decedent: «rr», «p_sub1». Burial permit «case».\n"
        "Fee paid by card «card» on «weekday». Ship by UPS, tracking "
        "«tracking».\n",
    ),
    (
        "sh_device_registry_feed",
        ["US", "US"],
        "ndjson",
        {},
        '{"rec": 1, "patient": "«p_name»", "mrn": "«mrn»", "implant": "«implant»", "udi": "«udi»", '
        '"implanted": "«prior_iso»", "site": "«body»"}\n'
        '{"rec": 2, "patient_mrn": "«mrn»", "device": "«device»", "serial": "«serial»", '
        '"transmitter": "«serial2»", "hub_mac": "«mac»"}\n'
        '{"rec": 3, "event": "remote transmission", "at": "«visit_iso»", "from_ip": "«ip4»", "via": '
        '"home wifi", "hcpcs": "«hcpcs»"}\n'
        '{"rec": 4, "event": "caregiver linked", "caregiver": "«r1_name»", "relation": "«r1_rel»", '
        '"caregiver_email": "«r1_email»", "caregiver_login": "«r1_login»"}\n'
        '{"rec": 5, "event": "address update", "street": "«p_street»", "city": "«p_town»", '
        '"county": "«p_county»", "zip": "«p_zip»", "geo": "«gps_dec»"}\n'
        '{"rec": 6, "event": "recall notice mailed", "to": "«p_INV»", "tracking": "«tracking»", '
        '"payer": "«payer»", "member": "«member»"}\n'
        '{"rec": 7, "event": "clinic note", "text": "«p_given» works at «e1» as a «e1_job»; «lab1»; '
        'on «drug1»."}\n',
    ),
    (
        "sh_portal_access_audit",
        ["US", "US"],
        "text",
        {},
        "PATIENT PORTAL ACCESS AUDIT - privacy office extract\nPatient: «p_INV»  MRN «mrn»  Period: "
        "«month»\n\n"
        "«visit_iso» 07:12:44  login OK       user=«login»        src=«ip4»   ua=iOS app\n"
        "«visit_iso» 07:13:02  view results   user=«login»        src=«ip4»   item=«lab2»\n"
        "«visit_iso» 21:40:19  proxy login    user=«r1_login»     src=«ip6»   proxy_for=«p_name» "
        "(relation: «r1_rel»)\n"
        "«visit_iso» 21:41:55  download CCD   user=«r1_login»     src=«ip6»\n"
        "«next_iso» 02:03:11  login FAILED   user=«login»        src=«ip4b»  geo=«p_town», «region»\n\n"
        "Finding: the proxy account belongs to «r1_name» («r1_email»), the patient's «r1_rel»; "
        "access was approved on «prior_usn». The failed attempt came from an address registered to «e1», "
        "the patient's employer. Patient contacted at «p_phone» on «weekday». No ‹42 CFR Part 2› data "
        "viewed. Ticket «case».\n",
    ),
    (
        "sh_fundraiser_social_media_note",
        ["US", "US"],
        "text",
        {},
        "CASE MANAGEMENT NOTE\nPatient: «p_name», «p_ageph», admitted «inj_long» after a «body» crush injury "
        "at «e1» («e1_ind»). Financial counseling follow-up.\n\n"
        "Pt's «r1_rel», «r1_name», reports the family set up a fundraiser: «url_fund». The patient's "
        "Instagram («url_ig», handle «handle») and TikTok («url_tt») posted photos from the unit showing "
        "other patients; staff asked that they be removed. Pt also sells goods through «url_site».\n"
        "«p_His» «r2_rel» «r2_name» found the patient's LinkedIn profile, «url_li», still "
        "listing «p_his» job as «e1_job».\n"
        "Donations to be deposited to account «acct» at the credit union. «payer» notified; «agency» "
        "referral placed. Coworkers from «e1» organised a meal train at «p_street», «p_town».\n"
        "Current meds: «drug1», «drug2». ICD-10 «icd1».\n",
    ),
    (
        "sh_uk_occupational_health_report",
        ["UK", "UK"],
        "text",
        {},
        "OCCUPATIONAL HEALTH REPORT - CONFIDENTIAL\nPrepared for: HR, «e1»\nEmployee: «p_name», DOB "
        "«p_dob_dmy»   NI number «natid»\nAddress: «p_street», «p_sub1», «p_town» «p_zip» («p_county»)\n"
        "Referral date «prior_dmyl»; assessed «visit_dmyl».\n\n"
        "«p_mr» «p_family» works as a «e1_job» and has been absent since «inj_dmy» following a «body» "
        "injury treated at «hospital». «p_He» holds a «region_k» driving licence «dl» and drives a «vehicle» "
        "(registration «plate») for work; advice on the DVLA is given below. «p_His» «r1_rel», «r1_name», "
        "who works at «e2», attended with consent.\n\n"
        "Fitness: fit for adjusted duties from «rtw_dmyl». Medication «drug1». Review in «month». "
        "Pay enquiries: sick pay to be paid to «iban». Employee contact: «p_phone», «p_email».\n"
        "Insurer: «insurer».\n",
    ),
    (
        "sh_canada_wcb_employer_form",
        ["CA", "CA"],
        "text",
        {},
        "WORKERS' COMPENSATION - WORKER'S REPORT OF INJURY (Form 6 style)\nBoard: «insurer»   Claim no. "
        "«claim»\n\nWorker: «p_INV»   SIN «natid»   DOB «p_dob_iso»\nAddress: «p_street», «p_town», "
        "«region» «p_zip»  («p_county»)\nPhone «p_phone»   E-mail «p_email»\nDriver's licence «dl» "
        "(«region_k»)\n\n"
        "Employer: «e1», «e1_street», «p_town»   Tel. «e1_phone»\nOccupation: «e1_job»   Start date "
        "«hire_iso»\n\nDate of accident: «inj_long» («weekday»). Part of body: «body». Description: "
        "struck by a pallet while unloading a «vehicle» (licence plate «plate»). Seen at «hospital»; "
        "«drug1».\n\n"
        "Spouse: «r1_name» («r1_rel»), employer «e2». Dependants: «r2_given» («r2_agey»). Deposit: "
        "account «acct2». Returned to work: «rtw_long».\n",
    ),
    (
        "sh_au_certificate_of_capacity",
        ["AU", "AU"],
        "text",
        {},
        "CERTIFICATE OF CAPACITY / FITNESS\nScheme: «insurer»   Claim number: «claim»\n\n"
        "Worker: «p_name»   Date of birth: «p_dob_dmy»   Medicare no. «member»\nAddress: "
        "«p_street», «p_town» "
        "«region» «p_zip»   Mobile: «p_phone»\nEmployer: «e1», «e1_street», «p_sub1»   Phone «e1_phone»\n"
        "Occupation: «e1_job»\n\n"
        "Date of injury: «inj_dmy». Diagnosis: «body» sprain (ICD-10 «icd1»). Seen at «hospital» on "
        "«prior_dmyl».\n"
        "Capacity: suitable duties from «rtw_dmyl» to «next_dmyl», 4 hours per day, no driving of the work "
        "«vehicle» (rego «plate»).\nTreatment: «drug1»; physiotherapy.\n"
        "Worker's «r1_rel» «r1_name» («r1_phone») consents to be contacted; «r1_given» is employed at «e2». "
        "Professional registration of worker (nurse): «proflic».\nReview «weekday».\n",
    ),
    (
        "sh_eu_cross_border_claim",
        ["IE", "DE", "NL", "IE"],
        "text",
        {},
        "CROSS-BORDER HEALTHCARE CLAIM - SUPPORTING STATEMENT\nInsurer: «insurer»   Member «member»\n\n"
        "Claimant: «p_name», born «p_dob_de», «p_street», «p_zip» «p_town» («p_county»), «region_k».\n"
        "Tel. «p_phone», «p_email».\nEmployer: «e1» («e1_ind»).\n\n"
        "On «inj_dmyl» the claimant was treated at «hospital» after a road accident in «land» while "
        "driving a «vehicle», registration «plate», VIN «vin». Driving licence «dl». Invoice «claim2» "
        "(«cpt» equivalent) paid by card «card».\n\n"
        "Reimbursement to be paid to IBAN «iban» held jointly with «p_his» «r1_rel» «r1_name». "
        "«r1_given» («r1_phone») works at «e2». Household also includes «r4_rel» «r4_name», «r4_ageph».\n"
        "Prescription «rx»: «drug1». Next appointment «next_dmyl».\n",
    ),
]


# ---- documents ---------------------------------------------------------------------------------------------


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    unfilled = any(c in doc.content for c in "«‹»›")
    return out + ([f"{doc.id}: unfilled slot"] if unfilled else [])


def make_doc(seed: int, index: int, kind: str, loc: str, fmt: str, opts: dict, body: str) -> Doc:
    """Render one document; a draw that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(120):
        rng = random.Random(f"phigate-probe21:{seed}:{kind}:{index}:{attempt}")
        slots = case_slots(rng, loc, bool(opts.get("child")))
        content, phi, keep, spans = render(body, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 120 draws: problems() reports it (test_probe21 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every kind rendered twice, cycling through its locales (seed 2 and 3 shift the cycle)."""
    out = []
    for kind, locs, fmt, opts, body in TEMPLATES:
        for i in range(2):
            out.append(make_doc(seed, i, kind, locs[(i + seed - 1) % len(locs)], fmt, opts, body))
    return out
