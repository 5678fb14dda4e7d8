# ruff: noqa: E501  (hand-aligned templates)
"""Forty-seventh independent probe corpus: health text written by patients, families and the public rather than
by clinicians -- informal English prose from the United States, the United Kingdom, Ireland, Canada, Australia
and New Zealand where names, towns and dates appear without labels -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an online review of a clinic with the owner's reply, a
health forum / subreddit thread, a crowdfunding appeal for treatment, an obituary / death notice naming the
survivors (rip.ie style for Ireland, a newspaper obituary for the US), a caregiver's blog post with comments, a
formal complaint letter to a hospital (PALS, HSE Your Service Your Say), an e-mail thread with a practice's front
desk, a family group chat (WhatsApp export) about a hospital stay, a school newsletter about an injured child, a
village / community newsletter ("get well", a 90th birthday), a local news story about a road accident, a support
group's meeting notes with a phone tree, a GP practice's Facebook comment thread, automatic voicemail
transcripts, a tenant's letter to a housing provider about a neighbour's welfare, a pharmacy delivery complaint,
a patient's symptom diary and a parish bulletin's prayer list.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient; `r` the writer or main relative;
`s` `k` `k2`.. `m` `u` relatives; `d` `dd` doctors, `e` `e2` nurses and other clinicians, `w` `w2` staff
(receptionists, practice managers, housing officers, pharmacy staff), `f` `g` `h` `i` `j` friends,
commenters, neighbours, members; `x` `y` `z` others named in passing (neighbours, parishioners). Forms: `_g`
given, `_f` family, `_n` full, `_FU` family in capitals, `_nk` nickname (the given name when none), `_gl` the
given name in lower case, `_dbl` a double-barrelled family name ("Cronin-Spargo"), `_user` a forum handle,
`_ph` `_ph2`, `_em`, `_line` (house number and street), `_st` (street), `_sub`, `_town`, `_county` (Ireland),
`_pc`, `_addr` (the whole address as the country writes it), `_natid` (the country's health number), `_mrn`,
`_land` a landline, `_dob` `_dobsp` (as spoken) `_dobfull`, `_age` (keep, under 90), `_age90` `_ageth` `_agebd`
(AGE, 90+). Dates `db` (weeks before) `d0` `dp` (a day or two before) `d1` (the document's day) .. `d7`: `_dm` "3 March" / "March 3", `_dmo`
"3rd March" / "March 3rd", `_ord` "14th" (as in "Tuesday the 14th"), `_full`, `_num`, `_abbr` "3 Mar",
`_wa` a chat export's date, `_wd` the weekday (keep).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, children, neighbours, friends, commenters, carers, doctors
  (also double-barrelled: any part surviving is a leak), nurses, receptionists, practice managers, housing
  officers, pharmacists, drivers, councillors, priests, journalists' bylines, police officers -- as written: full,
  given or family alone, nicknames ("Bazza", "Derm"), lower case in a chat, capitals in a death notice, maiden
  names after "née", before a possessive ("Sinéad's": the value without "'s"). Titles (Dr, Mr, Mrs, Ms, Sister,
  Fr, Nurse, Sgt) and relation words (mum, nana, brother-in-law, Koro, Aunty) are plain text outside the value.
- ADDRESS: house number + street lines, streets alone ("on Pawpaw St"), suburbs, neighbourhoods, townlands,
  housing estates, towns and cities where a person lives, was born, was found or was injured, road names of an
  accident scene, Irish counties ("Co. Mayo": the value without "Co."). ZIP: ZIP codes, postcodes, Eircodes,
  Canadian postal codes (four-digit Australian and New Zealand postcodes too).
- First-level regions are keep when written alone and plain text inside an address: US states, Canadian
  provinces, Australian states (and their abbreviations NSW, QLD), New Zealand regions, England / Wales /
  Scotland, Irish provinces; countries are keep.
- DATE: every date more specific than a year, however casual: "3rd March", "March 3", "the 3rd of March" (the
  value "3rd of March"), "Tuesday the 14th" (the value "14th"), "3/3/25", a chat export's date stamps, dates of
  birth, death, marriage, admission, appointments, updates and bulletin dates; years alone keep; weekdays keep.
- AGE: 90 and over ("96", "aged 91", "in her 94th year": "94th", "her 92nd birthday": "92nd"); ages under 90
  keep ("she's 84", "a 71-year-old").
- PHONE (mobiles, landlines, in prose), FAX, EMAIL of any person; URL: crowdfunding, memorial, condolence and
  blog addresses that carry a person's name; USERNAME: forum and social media handles.
- ID: NHS numbers, PPS numbers, NHI numbers, complaint / case / incident references, prescription (Rx) numbers,
  pharmacy order numbers; MRN: hospital numbers; HEALTH_PLAN: US insurance member IDs, Australian Medicare
  and Canadian health card (OHIP) numbers; ACCOUNT: bank account numbers and IBANs given for donations;
  VEHICLE: registration plates; DEVICE: a glucose sensor's serial number.
- Keep (must survive): hospital, hospice, practice, clinic, pharmacy chain, charity, care agency, church, parish,
  cemetery, funeral home, school, club, housing provider and newspaper names, drugs and doses, conditions
  (eponyms too: "Parkinson's", "Bell's palsy"), money amounts, years, ages under 90, weekdays, regions and
  countries alone, insurers, car models, the emergency number.
- Not scored (plain text): titles and relation words, practices' and hospitals' own phone numbers and e-mail
  addresses, a surname's initial after a given name ("Bronte K."), times, ward and bed numbers.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe47 import ids
from tests.engine.probe47.people import LOCS, NAMES, K, P, Person, Slot, ascii_fold, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = {
    "US": ["Mercy Valley Regional Medical Center", "Saint Aldric Hospital", "Riverbend Community Hospital", "Good Shepherd Medical Center", "Lakeshore Memorial Hospital"],
    "GB": ["Royal Calder Infirmary", "St Wilfrith's Hospital", "Moorside General Hospital", "Pennine Vale Hospital"],
    "IE": ["St Finnian's University Hospital", "Mercy Lakeside Hospital", "St Ita's Regional Hospital", "Bon Secours Glenmore"],
    "CA": ["Hôpital Sainte-Clothilde", "Northumberland Strait Regional Hospital", "Trillium Lakes Health Centre", "Grand River Valley General"],
    "AU": ["Wattle Grove Base Hospital", "St Brigid's Private Hospital", "Southern Cross Regional Hospital", "Red Gum District Hospital"],
    "NZ": ["Harbourside Base Hospital", "Te Puna Ora Hospital", "Kōrimako Hospital", "St Columba's Hospital"],
}
PRACTICES = {
    "US": ["Cedar Creek Family Medicine", "Tri-County Primary Care", "Prairie View Internal Medicine"],
    "GB": ["The Ridings Medical Practice", "Beckside Health Centre", "Old Mill Surgery"],
    "IE": ["Abbey Medical Practice", "Greenfields Family Practice", "Riverside Medical Centre"],
    "CA": ["Riverside Family Health Team", "Clinique Médicale des Érables", "Maple Grove Medical Clinic"],
    "AU": ["Goldfields Family Medical", "Seaview Medical Centre", "Sunhaven Family Practice"],
    "NZ": ["Kahikatea Medical Centre", "Harbour View Health", "Totara Family Doctors"],
}
PHARMACIES = {"US": ["Walgreens", "CVS Pharmacy"], "GB": ["Boots", "Lloydspharmacy"], "IE": ["McCabes Pharmacy", "Hickey's Pharmacy"],
              "CA": ["Shoppers Drug Mart", "Jean Coutu"], "AU": ["Chemist Warehouse", "Priceline Pharmacy"], "NZ": ["Unichem", "Life Pharmacy"]}  # fmt: skip
CHARITIES = {"US": ["the Alzheimer's Association", "St. Jude Children's Research Hospital", "the American Heart Association"],
             "GB": ["Macmillan Cancer Support", "Marie Curie", "Age UK"], "IE": ["the Irish Hospice Foundation", "Pieta", "ALONE"],
             "CA": ["the Heart & Stroke Foundation", "Parkinson Canada", "the Canadian Cancer Society"],
             "AU": ["Cancer Council", "Beyond Blue", "the Heart Foundation"], "NZ": ["the Cancer Society", "Hospice New Zealand", "St John"]}  # fmt: skip
DRUGS = {
    "US": ["Eliquis 5 mg", "metoprolol 25 mg", "Lasix 40 mg", "gabapentin 300 mg", "Tylenol", "Norco", "Zofran", "Synthroid 75 mcg", "Keppra 500 mg"],
    "GB": ["co-codamol 30/500", "apixaban", "lansoprazole", "amitriptyline 10mg", "Oramorph", "sertraline 50mg", "Adcal-D3", "Movicol"],
    "IE": ["Solpadeine", "Nexium", "Lyrica 75mg", "Eliquis", "Difene", "Zimovane", "Motilium"],
    "CA": ["Tylenol #3", "ramipril 5 mg", "Pradaxa", "Dilaudid", "Lasix", "Restoril", "Senokot"],
    "AU": ["Panadeine Forte", "Endone", "Targin", "Norspan patch", "Panadol Osteo", "Somac", "Coloxyl"],
    "NZ": ["Panadol", "tramadol", "cilazapril", "Laxsol", "Sevredol", "Losec", "Cartia"],
}
CONDITIONS = ["Parkinson's", "COPD", "type 2 diabetes", "atrial fibrillation", "heart failure", "Crohn's disease", "Bell's palsy",
              "vascular dementia", "Addison's disease", "Hashimoto's", "Ménière's disease", "rheumatoid arthritis", "macular degeneration",
              "emphysema", "chronic kidney disease"]  # fmt: skip
ACUTE = ["a UTI", "pneumonia", "sepsis", "cellulitis", "shingles", "a chest infection", "delirium", "a bowel obstruction"]
INSURERS = ["Blue Cross", "Aetna", "Humana Medicare Advantage", "UnitedHealthcare", "Medicaid"]
LEX = {
    "US": dict(mum="mom", Mum="Mom", gp="doctor", ae="the ER", cur="$", natid_label="insurance member ID", emerg="911", mobile="cell"),
    "GB": dict(mum="mum", Mum="Mum", gp="GP", ae="A&E", cur="£", natid_label="NHS number", emerg="999", mobile="mobile"),
    "IE": dict(mum="mam", Mum="Mam", gp="GP", ae="A&E", cur="€", natid_label="PPS number", emerg="112", mobile="mobile"),
    "CA": dict(mum="mom", Mum="Mom", gp="family doctor", ae="the ER", cur="$", natid_label="health card number", emerg="911", mobile="cell"),
    "AU": dict(mum="mum", Mum="Mum", gp="GP", ae="ED", cur="$", natid_label="Medicare number", emerg="000", mobile="mobile"),
    "NZ": dict(mum="mum", Mum="Mum", gp="GP", ae="ED", cur="$", natid_label="NHI", emerg="111", mobile="mobile"),
}
ORDINAL = {1: "st", 2: "nd", 3: "rd"}
MONTH_FIRST = {"US", "CA"}


def ordinal(n: int) -> str:
    return f"{n}{'th' if n % 100 in (11, 12, 13) else ORDINAL.get(n % 10, 'th')}"


def date_forms(key: str, d: date, loc: str) -> dict[str, Slot]:
    D = lambda v: P("DATE", v)  # noqa: E731
    us = loc in MONTH_FIRST
    o = ordinal(d.day)
    return {
        f"{key}_dm": D(f"{d:%B} {d.day}" if us else f"{d.day} {d:%B}"),
        f"{key}_dmo": D(f"{d:%B} {o}" if us else f"{o} {d:%B}"),
        f"{key}_of": D(f"{o} of {d:%B}"),
        f"{key}_ord": D(o),
        f"{key}_full": D(f"{d:%B} {d.day}, {d.year}" if us else f"{d.day} {d:%B} {d.year}"),
        f"{key}_num": D(f"{d.month}/{d.day}/{d:%y}" if us else f"{d.day}/{d.month}/{d:%y}"),
        f"{key}_abbr": D(f"{d:%b} {d.day}" if us else f"{d.day} {d:%b}"),
        f"{key}_wa": D(f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"),
        f"{key}_wd": K(f"{d:%A}"),
    }


def natid(rng: random.Random, loc: str) -> Slot:
    return {
        "US": lambda: P("HEALTH_PLAN", fill(rng, rng.choice(["@@@#########", "W#########", "@##########"]))),
        "GB": lambda: P("ID", ids.nhs(rng)),
        "IE": lambda: P("ID", ids.ppsn(rng)),
        "CA": lambda: P("HEALTH_PLAN", ids.ohip(rng)),
        "AU": lambda: P("HEALTH_PLAN", ids.medicare(rng)),
        "NZ": lambda: P("ID", ids.nhi(rng)),
    }[loc]()


LANDLINES = {"US": ["(^##) ^##-####", "^##-^##-####"], "GB": ["01^## ^#####", "01^##-^#####", "0161 ^## ####"], "IE": ["0%# ^#####", "(0%#) ^## ###"],
             "CA": ["(^##) ^##-####", "^##-^##-####"], "AU": ["(02) ^### ####", "(03) ^### ####", "(07) ^### ####", "(08) ^### ####"],
             "NZ": ["(03) ^## ####", "(06) ^## ####", "(07) ^## ####", "(09) ^## ####"]}  # fmt: skip


def mrn(rng: random.Random, loc: str) -> Slot:
    pats = {"US": ["00%#######", "MRN %#######"], "GB": ["K%######", "RXH%#######"], "IE": ["%######", "MRN%#####"],
            "CA": ["%########", "H%#######"], "AU": ["UR%######", "%#######"], "NZ": ["%#######"]}  # fmt: skip
    return P("MRN", fill(rng, rng.choice(pats[loc])))


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces, the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "GB":
        return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.suburb), ", ", A(w.town), ", Co. ", A(w.county), ", ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f" {w.abbr}  ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))
    return (A(w.line), ", ", A(w.suburb), ", ", A(w.town), " ", Z(w.postcode))


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    handle = rng.choice([f"{ascii_fold(w.given).lower()}{rng.randint(70, 99)}", f"{ascii_fold(w.family).lower()}_{fill(rng, '%#')}",
                         f"{ascii_fold(w.nick).lower()}{ascii_fold(w.family)[:1].lower()}{rng.randint(1, 9)}",
                         f"{rng.choice(['tired', 'just', 'nana', 'not', 'lurking'])}_{ascii_fold(w.given).lower()}"])  # fmt: skip
    s: dict[str, Slot] = {
        f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_n": N(w.full), f"{x}_nk": N(w.nick), f"{x}_gl": N(w.given.lower()),
        f"{x}_FU": N(w.family.upper()), f"{x}_dbl": N(f"{w.family}-{w.other}"), f"{x}_i": w.family[0] + ".", f"{x}_user": P("USERNAME", handle),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_st": A(w.street), f"{x}_sub": A(w.suburb), f"{x}_town": A(w.town), f"{x}_county": A(w.county),
        f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w), f"{x}_region": K(w.region), f"{x}_abbr": w.abbr,
        f"{x}_age": K(str(age)) if age < 90 else P("AGE", str(age)), f"{x}_age90": P("AGE", str(age)), f"{x}_ageth": P("AGE", ordinal(age + 1)),
        f"{x}_agebd": P("AGE", ordinal(age)), f"{x}_yo": K(f"{age}-year-old"),
        f"{x}_dob": P("DATE", f"{w.dob:%m/%d/%Y}" if w.loc.code in MONTH_FIRST else f"{w.dob:%d/%m/%Y}"),
        f"{x}_dobsp": P("DATE", f"{w.dob:%B} {ordinal(w.dob.day)}, {w.dob.year}" if w.loc.code in MONTH_FIRST else f"{ordinal(w.dob.day)} of {w.dob:%B} {w.dob.year}"),
        f"{x}_dobfull": P("DATE", f"{w.dob:%B} {w.dob.day}, {w.dob.year}" if w.loc.code in MONTH_FIRST else f"{w.dob.day} {w.dob:%B} {w.dob.year}"),
        f"{x}_natid": natid(rng, w.loc.code), f"{x}_land": P("PHONE", fill(rng, rng.choice(LANDLINES[w.loc.code]))),
        f"{x}_a": "an" if str(age).startswith("8") or age in (11, 18) else "a", f"{x}_A": "An" if str(age).startswith("8") or age in (11, 18) else "A",
        f"{x}_she": "she" if w.female else "he", f"{x}_She": "She" if w.female else "He", f"{x}_mrn": mrn(rng, w.loc.code), f"{x}_her": "her" if w.female else "his", f"{x}_him": "her" if w.female else "him", f"{x}_Her": "Her" if w.female else "His",
        f"{x}_sib": "sister" if w.female else "brother", f"{x}_kid": "daughter" if w.female else "son",
        f"{x}_sp": "wife" if w.female else "husband", f"{x}_par": ("mum" if w.loc.code not in MONTH_FIRST else "mom") if w.female else "dad",
        f"{x}_nana": "Nana" if w.female else "Grandad", f"{x}_Ms": "Ms" if w.female else "Mr", f"{x}_Mrs": "Mrs" if w.female else "Mr",
    }  # fmt: skip
    return s

# organisation names, services and labels a kind needs (keep values unless noted); "*" for any locale
EXTRA: dict[str, dict[str, list[str]]] = {
    "sub": {"GB": ["AskUK", "NHSstories"], "CA": ["CanadaHealth", "eldercare"]},
    "pals": {"GB": ["PALS"], "IE": ["Your Service Your Say"], "CA": ["Patient Relations"]},
    "pals_long": {"GB": ["Patient Advice and Liaison Service"], "IE": ["Your Service Your Say (HSE complaints)"]},
    "ombudsman": {"GB": ["Parliamentary and Health Service Ombudsman"], "IE": ["Office of the Ombudsman"], "CA": ["Patient Ombudsman"]},
    "club": {"IE": ["Round Tower GAA", "Sarsfields Cycling Club"], "NZ": ["Harbour City Cycling Club", "Eastern Suburbs Rugby Club"]},
    "agency": {"GB": ["Bluebell Home Care", "Caremark"], "CA": ["Bayshore HomeCare", "VON"], "NZ": ["Access Community Health", "HealthCare NZ"]},
    "regulator": {"GB": ["the CQC"], "CA": ["the Ministry of Health"]},
    "blog": {"*": ["Tea and Tablets", "The Long Goodbye Diaries", "Notes from the Granny Flat"]},
    "funeral_home": {"IE": ["Riverside Funeral Home", "Abbey Funeral Directors"], "US": ["Heritage Memorial Chapel", "Peaceful Valley Funeral Home"]},
    "church": {"IE": ["the Church of St Brendan the Navigator", "St Colman's Church"], "US": ["First Methodist Church", "Grace Lutheran Church"]},
    "cemetery": {"IE": ["the Old Abbey Cemetery", "St Colman's New Cemetery"], "US": ["Maple Hill Cemetery", "Evergreen Memorial Gardens"]},
    "hospice": {"*": ["Hospice of the Valley", "Sunset Ridge Hospice"]},
    "school": {"IE": ["Scoil Naomh Ciarán", "Gaelscoil an Chnoic"], "NZ": ["Kaikōura Road School", "Te Kura o Tūmanako"]},
    "class": {"IE": ["4th class", "Rang a Trí"], "NZ": ["Room 9", "Year 4"]},
    "sport": {"IE": ["camogie", "hurling"], "NZ": ["netball", "touch rugby"]},
    "ngb": {"IE": ["the Camogie Association", "the GAA"], "NZ": ["Netball New Zealand", "ACC"]},
    "pa": {"IE": ["Parents' Association"], "NZ": ["PTA"]},
    "newsletter": {"*": ["THE GRAPEVINE", "VILLAGE VOICE", "THE PARISH PUMP"]},
    "venue": {"*": ["the Memorial Hall", "the Legion hall", "the Scout hut"]},
    "outlet": {"AU": ["The Western Advocate", "Coastal Daily"], "US": ["The County Ledger", "Valley Courier-Times"]},
    "rescue": {"AU": ["CareFlight", "the Westpac Rescue Helicopter"], "US": ["Life Flight", "CareFlite"]},
    "car": {"*": ["Toyota Corolla", "Holden Commodore", "Ford Ranger", "Mazda CX-5", "Chevy Silverado"]},
    "police": {"AU": ["Highway Patrol", "Crime Stoppers"], "US": ["State Highway Patrol", "County Sheriff's Office"]},
    "group": {"CA": ["Parkinson Wellness Circle", "Caregivers' Coffee Club"], "NZ": ["Stroke Club", "Parkinson's Support Group"]},
    "ltc": {"CA": ["Maple Grove Manor", "Résidence Les Jardins"], "NZ": ["Rosewood Rest Home", "Kowhai Lodge"]},
    "urgent": {"GB": ["NHS 111"], "AU": ["13 HEALTH", "healthdirect"]},
    "housing": {"GB": ["Calder Valley Homes", "Moorside Housing Association"], "NZ": ["Kāinga Ora", "City Housing"]},
    "homecare": {"US": ["Visiting Angels", "Amedisys Home Health"], "IE": ["Home Instead", "Bluebird Care"]},
    "store": {"CA": ["Shoppers Drug Mart"], "AU": ["Chemist Warehouse"]},
    "parish": {"CA": ["Our Lady of the Assumption Parish", "St. Anselm's Parish"], "IE": ["Parish of St Fiacre", "Holy Cross Parish"]},
    "nursing_home": {"CA": ["Villa Sainte-Marthe", "Sunnybrook Lodge"], "IE": ["St Clare's Nursing Home", "Ashgrove Care Centre"]},
    "labtest": {"*": ["MRI", "colonoscopy", "blood tests", "CT scan", "ultrasound"]},
}


def extra(rng: random.Random, key: str, loc: str) -> K:
    table = EXTRA[key]
    return K(rng.choice(table.get(loc) or table["*"]))


Y = 365


def base_slots(rng: random.Random, loc_code: str, kind: str, keys: list[str]) -> dict[str, Slot]:
    """Every slot a template of `kind` may name: its people (only those it uses), dates, numbers, keep values."""
    loc = LOCS[loc_code]
    spec = KINDS[kind]
    d1 = date(2024, 2, 1) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    ppl: dict[str, Person] = {}

    def draw(x: str) -> Person:
        if x not in ppl:
            fam_of = spec.get("family", {}).get(x)
            home_of = spec.get("home", {}).get(x)
            kin = draw(fam_of) if fam_of else None
            home = draw(home_of) if home_of else None
            ppl[x] = draw_person(rng, loc, used, d1, female=spec.get("female", {}).get(x), culture=kin.culture if kin else None,
                                 family=kin.surname if kin else None, home=home, age_days=spec.get("ages", {}).get(x, (25 * Y, 75 * Y)))  # fmt: skip
        return ppl[x]

    for x in keys:
        draw(x)
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
    d0 = d1 - timedelta(days=rng.randint(3, 20))
    dates = {"db": d1 - timedelta(days=rng.randint(24, 60)), "d0": d0, "dp": d1 - timedelta(days=rng.randint(1, 2)), "d1": d1}
    prev = d1
    for i in range(2, 8):
        prev = prev + timedelta(days=rng.randint(1, 7))
        dates[f"d{i}"] = prev
    for key, d in dates.items():
        s.update(date_forms(key, d, loc_code))
    lex = LEX[loc_code]
    s.update({k: v for k, v in lex.items() if k != "natid_label"})
    s["natid_label"] = lex["natid_label"]
    s["ae_k"] = K(lex["ae"])
    cur = lex["cur"]
    for i, (lo, hi) in enumerate([(20, 95), (120, 900), (1500, 9000), (15000, 60000), (60000, 150000)], 1):
        s[f"amt{i}"] = K(f"{cur}{rng.randint(lo, hi):,}")
    s["year"], s["year2"] = (K(str(y)) for y in rng.sample(range(2009, 2023), 2))
    s["hosp"], s["hosp2"] = (K(v) for v in rng.sample(HOSPITALS[loc_code], 2))
    s["practice"] = K(rng.choice(PRACTICES[loc_code]))
    s["pharmacy"] = K(rng.choice(PHARMACIES[loc_code]))
    s["charity"] = K(rng.choice(CHARITIES[loc_code]))
    for i, v in enumerate(rng.sample(DRUGS[loc_code], 3), 1):
        s[f"drug{i}"] = K(v)
    s["cond"], s["cond2"] = (K(v) for v in rng.sample(CONDITIONS, 2))
    s["acute"] = K(rng.choice(ACUTE))
    s["insurer"] = K(rng.choice(INSURERS))
    s["country"] = K(loc.country)
    for key in EXTRA:
        if loc_code in EXTRA[key] or "*" in EXTRA[key]:
            s[key] = extra(rng, key, loc_code)
    # identifiers
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["ref"] = F("ID", {"US": "CASE-%######", "GB": "CMP/%####/" + f"{d1:%y}", "IE": "YSYS %#####", "CA": "PR-%#####",
                        "AU": "FB%######", "NZ": "CMP-%#####"}[loc_code])  # fmt: skip
    s["ref2"] = F("ID", "INC-%######", "%#####-@", "IR%#####")
    s["rx1"], s["rx2"] = F("ID", "%######", "RX%#######"), F("ID", "%######-##", "%#######")
    s["order"] = F("ID", "#%########", "ORD-%#######", "%##-%######")
    for i in (1, 2, 3):
        s[f"plate{i}"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["acct"] = {"IE": P("ACCOUNT", ids.iban_ie(rng)), "NZ": F("ACCOUNT", "%#-####-0######-0#"), "GB": F("ACCOUNT", "%#######"),
                 "AU": F("ACCOUNT", "%### ####"), "US": F("ACCOUNT", "%#########"), "CA": F("ACCOUNT", "%######")}[loc_code]  # fmt: skip
    s["acct_label"] = {"IE": "IBAN", "NZ": "bank account", "GB": "account no.", "AU": "account", "US": "account", "CA": "account"}[loc_code]
    s["cgm"] = F("DEVICE", "3MH0%#@@#@@", "0M0%##@@@#", "SN %######@@")
    s["fax"] = P("FAX", fill(rng, rng.choice(LANDLINES[loc_code])))
    born = ppl["p"].dob.year if "p" in ppl else 1930
    s["grad"] = K(str(born + 18))
    s["wed_full"] = P("DATE", f"{rng.choice(['June', 'September', 'April', 'October'])} {rng.randint(1, 28)}, {born + rng.randint(19, 24)}")
    s["raised"], s["goal"] = K(f"{cur}{rng.randint(8000, 30000):,}"), K(f"{cur}{rng.randint(40, 80) * 1000:,}")
    s.update(kind_urls(rng, kind, loc_code, ppl, d1))
    return s


def kind_urls(rng: random.Random, kind: str, loc: str, ppl: dict[str, Person], d1: date) -> dict[str, Slot]:
    """URLs that carry a person's name: a fundraiser, a death notice, condolences, a blog."""
    slug = lambda w: ascii_fold(w).lower().replace(" ", "-")  # noqa: E731
    out: dict[str, Slot] = {}
    if "p" in ppl:
        p = ppl["p"]
        out["url_fund"] = P("URL", {"IE": f"https://www.gofundme.com/f/help-{slug(p.given)}-get-home", "NZ": f"https://givealittle.co.nz/cause/bring-{slug(p.given)}-home-{fill(rng, '%##')}"}.get(loc, f"https://gofund.me/{fill(rng, '@@@@####').lower()}"))  # fmt: skip
        out["url_rip"] = P("URL", f"https://rip.ie/death-notice/{slug(p.given)}-{slug(p.family)}-{slug(p.town)}-{slug(p.county)}/{fill(rng, '5#####')}")
        out["url_obit"] = P("URL", f"www.{rng.choice(['heritagememorial', 'peacefulvalleyfh'])}.com/obituaries/{slug(p.given)}-{slug(p.family)}")
    if "r" in ppl:
        r = ppl["r"]
        out["url_blog"] = P("URL", f"https://{slug(r.given)}{slug(r.family)}.{rng.choice(['wordpress.com', 'blogspot.com', 'substack.com'])}")
    return out


# ---- templates -------------------------------------------------------------------------------------------

REVIEW = """«practice»  ·  ‹Medical clinic›  ·  4.1 ★ (212)

★★☆☆☆  «f_g» «f_i»  ·  Local Guide · 31 reviews · 118 photos
«d3_abbr»
Honestly torn about this place. Took my «mum» («p_g», she's «p_age» and has «cond») in on «d1_wd» «d1_dmo» for what turned out to be «acute». The girl on the front desk, «w_g», told us the earliest they had was the «d6_ord» -- WEEKS away -- so we ended up in «ae_k» at «hosp» that night. Dr «d_f» there was fantastic, sorted her out with «drug1» and a referral.
Then we come back here for the follow-up and they've lost the referral AGAIN, and her «natid_label» was typed wrong on the form («p_natid» is the right one, I checked the card twice) so «hosp2» bounced it. Only reason for 2 stars and not 1 is nurse «e_g», who rang «mum» at home on «p_ph» the next day to check on her and got the «drug2» script sorted.
If the owner actually wants to fix this you can reach me on «f_ph» or «f_em».

    Response from the owner  «d4_abbr»
    Hi «f_g», thank you for taking the time to write this and I'm so sorry about «p_g»'s experience. I'm «w2_n», the practice manager. I'd really like to look into what happened with the referral -- could you call me directly on «w2_ph» or email «w2_em», quoting «ref»? I've passed your kind words on to «e_g» and spoken with «w_g».

★★★★★  «g_n»  ·  4 reviews
«d5_abbr»
Dr «dd_dbl» is hands down the best «gp» we've had since we moved to «g_town» in «year». Saw my son «h_g» (he's 7) the same day for an ear infection, and «h_g»'s grandad «i_n» the week after. «billing» Parking on «g_st» is a nightmare though.
"""

FORUM = """r/«sub»  ·  Posted by u/«f_user»  ·  «d3_abbr»
Dad discharged at 2am in a taxi with no coat - is this normal?? (long, sorry)

Long time lurker, first post. My dad («p_g», «p_age», «cond») went into «hosp» on «d1_dmo» after a fall on the stairs at his place on «p_st». We're in «p_town», so it's about 40 minutes for me and my sister «s_g».
He was on ward 7 under Dr «d_f», who was honestly brilliant. But on the night of the «d2_ord» they discharged him at 2am, into a taxi, in his pyjamas, with «drug1» and no «drug2». Nobody rang us. The only reason we found out was a lovely nurse called «e_g» rang «s_g» on «s_ph» the next morning to ask if he'd "got home OK".
I've emailed «pals» twice (ref «ref») and heard nothing. His «natid_label» is «p_natid» and his hospital number is «p_mrn» in case anyone from the hospital reads this (I know, I know).
What do I do next? Do I go straight to the «ombudsman»?

EDIT: thank you all. u/«g_user»'s advice worked - I emailed the ward manager directly («w_n», «w_em») and she rang me within the hour.

    ▲ 214  u/«g_user» · «d3_abbr»
    So sorry. Exact same thing happened to my nan in «g_town» last winter. Email the ward manager, not «pals» - the name's usually on the board by the nurses' station. And ask for a copy of the discharge summary.
        ▲ 61  u/«h_user»
        Is that the Dr «d_f» who used to be at «hosp2»? He did my husband «h2_g»'s hip in «year» and was lovely. Sorry about your dad x
            ▲ 12  u/«f_user» (OP)
            @«h_user» yes same one! Dad's back in on «d4_dmo» for his follow-up so I'll mention it.
"""

CROWDFUND = """Help «p_g» get home 💚
«raised» raised of «goal» goal  ·  412 donations

«r_n» is organising this fundraiser on behalf of «s_n».

On the night of «d1_dmo», my brother-in-law «p_g» was knocked off his bike on «p_st», just outside «p_town», on his way home from training with «club». He spent three weeks in ICU in «hosp» under Mr «d_f» and his team, and he's now in «hosp2» for rehab.
«p_nk» is «p_age», a carpenter, a dad to «k_g» (6) and «k2_g» (3), and the kind of man who'd give you his last fiver. His partner «s_g» hasn't left his side.
The doctors say it's a traumatic brain injury and it'll be a long road. The money will go towards a wheelchair-accessible van, adapting their house in «p_sub», and «s_g»'s fuel and parking for the daily trips (it's «amt1» a week just to park at «hosp2»!).

Updates
«d3_abbr» - «p_g» squeezed «k_g»'s hand today!!! We're all in bits.
«d4_abbr» - Huge thanks to «f_n» and everyone at «club» for the quiz night, you raised «amt3»!
«d5_abbr» - Home visit from the OT booked for the «d6_ord». Fingers crossed.

If you'd rather give directly: «acct_label» «acct» (account name: «s_n»).
Questions? Email «r_em» or text me on «r_ph». Please share: «url_fund»
"""

OBIT = {
    "IE": """«p_FU» (née «z_f»), «p_g»
«p_sub», «p_town», Co. «p_county», and formerly of «o_town», Co. «o_county»

«d1_full». Peacefully, in the loving care of the staff at «hosp», in «p_her» «p_ageth» year. Predeceased by «p_her» «r_sp» «r_g», «p_her» son «k3_g» and «p_her» brother «s_g». Sadly missed by «p_her» loving family, sons «k_g» and «k2_g», daughter «k4_g» («k4_f»), daughters-in-law, son-in-law «k5_g», «p_her» adored grandchildren and great-grandchildren, «p_her» sister «s2_g» («s2_town»), nieces, nephews, neighbours and friends, especially «p_her» devoted carers «e_g» and «e2_g».

May «p_she» rest in peace.

Reposing at «funeral_home», «x_town», on «d2_wd» evening («d2_dmo») from 5pm to 7pm. Funeral Mass on «d3_wd» («d3_dmo») at 11am in «church», followed by burial in «cemetery». House private on the morning of the funeral, please. Family flowers only; donations, if desired, to «charity».

The family would like to thank Dr «d_f» and all at «practice», and the staff of «hosp».
Condolences: «url_rip»
""",
    "US": """«p_n»

«p_n», «p_age90», of «p_town», passed away peacefully on «d1_full», at «hosp», surrounded by «p_her» family.
«p_She» was born on «p_dobfull» in «o_town», «o_region», the youngest of nine children of the late «z_g» and «z2_g» («o_f») «z_f». «p_g» graduated from high school in «grad» and married the love of «p_her» life, «r_n», on «wed_full». They farmed on «p_st» for fifty-one years, and «p_she» was a lifelong member of «church», where «p_she» taught Sunday school for four decades.
«p_She» is survived by «p_her» daughter «m_n» (husband «k5_g») of «m_town»; «p_her» son «k2_n» (wife «k6_g») of «k2_town», «k2_region»; eleven grandchildren; and «p_her» sister «s2_n», «s2_age90», of «s2_town». «p_She» was preceded in death by «p_her» «r_sp» «r_g» in «year», and a grandson, «h_g».
The family wishes to thank Dr. «d_n» and the nurses of «hospice», especially «e_g» and «e2_g».
Visitation will be held «d2_wd», «d2_dm», from 4 to 7 p.m. at «funeral_home», with the funeral service at 10:30 a.m. on «d3_wd» at «church». Burial will follow at «cemetery». Memorials may be made to «charity».
Online condolences may be shared at «url_obit».
""",
}

BLOG = """«blog» -- notes from a daughter who didn't sign up for this (but would again)
«url_blog»

Day 212: the one where the agency forgot us (again)
Posted on «d1_full» by «r_g»

If you're new here: this blog is about my «mum», «p_g», who is «p_age» and has «cond». Since «year» she's lived with us -- me, my husband «h_g» and our two teenagers -- in the granny flat at the back of our place on «r_st» in «r_town».
This morning her carer «e_g» from «agency» didn't turn up. Third time this month. I rang the office at 8:15 and got voicemail; by 9:30 I got through to «w_g», who is the only person there who ever seems to know anything, and she said «e_g» had been "reallocated". Nobody told us. «p_nk» was sitting in her coat waiting to be taken to the day centre.
The good news: the new geriatrician, Dr «d_dbl», finally agreed on «d0_dmo» to switch her from «drug1» to «drug2», and the hallucinations are much better. The bad news: her purse has gone missing again with her «natid_label» in it, and the replacement form wants her old address too (it's «p_line», «p_town» «p_pc», for anyone wondering how much of my life is forms).
My brother «s_g» lives in «s_town», three hours away, and comes up one weekend a month. I love him, but.
Next appointment with the memory clinic at «hosp» is on «d3_dmo». If anyone has tips on getting a diagnosis onto a care plan faster, my email is «r_em».

3 comments

«f_n»  ·  «d4_abbr»
Sending so much love from «f_town». The carers' group at «hosp2» meets on Thursdays -- ask for «f2_g», she's brilliant with forms. x

    «r_g»  ·  «d4_abbr»
    Thank you «f_g»! Might see you there.

«g_user»  ·  «d5_abbr»
Same agency did exactly this to my dad in «g_town» in «year2». Put it in writing and copy in «regulator». Don't let them fob you off.
"""

COMPLAINT = """«r_n»
«r_line»
«r_town»
«r_pc»
«r_ph»  ·  «r_em»

«d6_full»

«pals_long»
«hosp»

Dear Sir or Madam,

Formal complaint: the care of my «p_par», «p_n» (date of birth «p_dob»; «natid_label» «p_natid»; hospital number «p_mrn»)

I am writing to make a formal complaint about the care my «p_par» received at «hosp» between «d1_full» and «d3_full».

1. On the evening of «d1_dmo», «p_she» waited nine hours on a trolley in «ae_k» without pain relief. «p_She» is «p_age», has «cond» and takes «drug1».
2. On «d3_dmo» the nurse in charge, «e_title» «e_f», told my «s_sib» «s_n» («p_her» next of kin, «s_ph») that «p_she» was "fine to go home". «p_She» was readmitted less than 48 hours later with «acute».
3. The discharge letter sent to «p_her» «gp», Dr «dd_n» at «practice», gave «p_her» address as «o_line», «o_town». «p_She» has lived at «p_line», «p_town» since «year», and takes «drug2» every night.
4. The registrar, Dr «d_g» «d_f», agreed to ring me on «d4_dmo» to discuss «p_her» medication. Nobody rang.

I raised all of this with the ward manager, «w_n», in person on «d5_dmo» and was given reference «ref». I would like a written response to each point, a copy of my «p_par»'s records for this admission, and a meeting with the consultant. If I have not had a response within twenty working days, I will take this to the «ombudsman».

Yours faithfully,

«r_n»
"""

FRONTDESK = """From: «r_n» <«r_em»>
Sent: «d1_wd», «d1_full» 7:14 AM
To: «practice» Reception <reception@clinic-mail.example>
Subject: RE: Appointment reminder - «p_n»

Hi «w_g»,

Sorry to be a pain again! My husband «p_g» («p_n», DOB «p_dob») is booked in with Dr «d_f» on «d2_wd» the «d2_ord» at 10:40 for his «cond» review, but he's just been given a specialist appointment at «hosp» the same morning (the letter came from Dr «dd_dbl»'s rooms yesterday).
Could we move him to Thursday the «d3_ord», or anything the following week? He's happy to see Dr «e_g» «e_f» if she has space.
Also, his «drug1» script has run out -- could it be sent as an e-script to my «mobile», «r_ph»? (His «mobile» is «p_ph» but he never looks at it.)
We've moved since his last visit, so the new address is «p_line», «p_sub», «p_town» «p_abbr» «p_pc» -- we used to be over in «o_sub». His «natid_label» is «p_natid».
And while I've got you -- our granddaughter «k_n» is staying with us for the school holidays and needs her «vaccine». Her mum «m_g» is happy for me to bring her in; «m_g»'s number is «m_ph».

Thanks so much,
«r_g»

Sent from my iPhone

On «d0_full», at 9:02 am, «practice» Reception <reception@clinic-mail.example> wrote:
> Hi «p_g», this is a reminder of your appointment with Dr «d_f» on «d2_full» at 10:40am.
> Please reply Y to confirm or call us to reschedule. Standard consultation fee: «amt1».
"""

GROUPCHAT = """[«d1_wa», 4:52 pm] «r_g»: «p_nana»'s been taken into «hosp» 😢 ambulance picked «p_him» up from «p_st» about 3
[«d1_wa», 4:53 pm] «s_nk»: omg what happened?? is «p_she» ok
[«d1_wa», 4:55 pm] «r_g»: fell in the garden. «x_g» from next door found «p_him» and rang «emerg_k». «p_she»'s in ED, bay 14
[«d1_wa», 4:55 pm] «k_g»: on my way from «k_sub», be there by 6
[«d1_wa», 5:40 pm] «u_n»: Just seen this. Can someone ring me, I'm on «u_ph» now, old number's dead
[«d1_wa», 9:12 pm] «k_g»: Dr «d_f» came round, they think «p_she»'s broken «p_her» hip. on «drug1», pretty out of it
[«d2_wa», 8:03 am] «r_g»: Surgery's «d3_wd» the «d3_ord» if theatre's free. «p_Her» «natid_label» is «p_natid» if anyone gets asked for it at the desk
[«d2_wa», 8:05 am] «s_nk»: I'll take «p_gl»'s pyjamas and glasses in at lunch. which ward?
[«d2_wa», 8:06 am] «r_g»: Ward 6, room 3. visiting 2-8. nurse is «e_g», she's lovely
[«d2_wa», 8:07 am] «u_n»: make sure they know about the «cond», and «p_she»'s on «drug3» too. parking is «amt1» a day btw
[«d2_wa», 8:30 am] «u_n»: Flying up from «u_town» on the «d4_ord». Can someone grab me from the airport?
[«d2_wa», 8:31 am] «k_g»: I'll get you uncle «u_g» 👍
[«d2_wa», 12:15 pm] «s_nk»: «p_she»'s asking for «y_g» and the dog 😂 also the lady in the next bed («z_n») is from «z_town» and knows aunty «y2_g»
[«d3_wa», 7:48 pm] «r_g»: Out of surgery ✅ the surgeon (Dr «dd_dbl») says it went well. «drug2» for the pain. Love you all ❤️
[«d3_wa», 7:50 pm] «s_nk»: 🙏🙏🙏 should we ring «x_g» to say thanks? her number is «x_ph»
[«d3_wa», 7:52 pm] «k_g»: already did, she's dropping a lasagne round to «r_g»'s tmrw lol
"""

SCHOOL = """«school» -- Newsletter
Week beginning «d1_dm»

From the Principal
Get well soon, «k_g»!
As many of you will know, «k_n» from «class» («t_Ms» «t_f»'s class) broke her wrist at «sport» training on «d0_wd» the «d0_ord». She had surgery in «hosp» and is home now. Her mum «r_g» says thank you for all the cards, and especially to «c_n», our first-aider, who stayed with her until the ambulance came. «k_g» will be back on «d2_dmo» with a cast, so please go easy in the yard!
As required, an incident report has gone to «ngb» (ref «ref2»). Any parent who saw what happened can contact the coach, «c2_n», on «c2_ph». Please don't share photos of «k_g» on social media.

Fundraiser
The «pa» is running a cake sale on «d3_dmo» for the «k2_f» family -- «k2_g»'s dad «r2_g» is in «hosp2» having treatment for leukaemia. Donations can also be dropped to «j_n» at «j_line», «j_sub», or ring her on «j_ph».

Birthdays this week
Happy birthday to «k3_g» «k3_f» (10 on the «d4_ord») and «k4_g» (8)!

Lost property
A navy hoodie with «k5_n» written on the label. Please collect from the office.

Dates for your diary
«d6_dmo» -- Sports day (rain date «d7_dmo»)

«signoff»,
«t2_n», Principal
"""

NEWSLETTER = """«newsletter»  ·  news from around the village
Issue 214  ·  «d3_full»

GET WELL SOON
Our thoughts are with «p_n» of «p_st», who was taken into «hosp» on «d1_dmo» after a stroke. «p_g»'s wife «r_g» says he's sitting up and grumbling about the food, which can only be a good sign. Cards can go to the hospital or through «r_g»'s door.

HAPPY BIRTHDAY
Congratulations to «x_n», who celebrated her «x_agebd» birthday on «d2_dmo» with a party at «venue». «x_g» was born in «x_town» and has lived on «x_st» since «year»; she still walks to the shop every morning. Her son «x2_g» and granddaughter «x3_n» flew in from «country_far» for the occasion.

WELCOME
A warm welcome to «y_n» and «y2_g», who have moved into «y_line». «y_g» is a retired nurse from «hosp2» and has kindly offered to help with the blood pressure checks at the coffee morning.

THANK YOU
From «z_n»: "Thank you to everyone who sent cards and flowers after my hip operation, and special thanks to «z2_g» next door and to Dr «d_f» and the team at «practice». I'm back on my feet, slowly!"

LIFTS TO HOSPITAL APPOINTMENTS
The volunteer lift scheme is running again. Ring «v_n» on «v_ph» (or email «v_em») at least two days before. Please have your appointment letter handy.

DATES
Blood donor session at «venue», «d4_wd» «d4_dmo». Flu jabs at «practice» on «d5_wd» «d5_dmo».

Editor: «ed_n», «ed_em»  ·  Copy deadline for the next issue: «d6_dmo»
"""

NEWS = """«outlet»  ·  Local News  ·  «d1_full»

Grandfather airlifted after crash near «o_town»; driver charged
By «jr_n»

«p_A» «p_yo» «p_town» man is in a serious but stable condition in «hosp» after a two-car crash on «o_st» on «d1_wd» afternoon.
Emergency services were called to the intersection of «o_st» and «c_st» about 3.40pm on «d1_dmo». The man, named by family as «p_n», was trapped in his «ute» for more than an hour before being freed by firefighters and flown to «hosp» by «rescue».
The other driver, «q_a» «q_yo» «q_town» woman, was taken to «hosp2» with minor injuries. Police allege her car, registration «plate1», ran a stop sign. She has been charged and will appear in court on «d2_dmo».
«p_g»'s daughter, «k_n», said the family were "just so grateful" to the passers-by who stopped to help, including off-duty nurse «e_n», who lives nearby on «e_st».
"Dad's a tough old bugger -- he's already asking about «footy»," Ms «k_f» said.
A fundraiser has been set up by family friend «f_n» to help with costs while «p_g» recovers.
«police» investigators are asking anyone with dashcam footage, or who saw a «car» with registration «plate2» in the area before the crash, to contact «cop_title» «cop_n».
Mr «p_f»'s «ute», registration «plate3», was towed from the scene.
"""

SUPPORT = """«group» -- meeting notes, «d1_full»
Where: «venue», «fa_town» (upstairs room -- the lift is working again)
Facilitator: «fa_n» («fa_em», «fa_ph»)
Present: «a1_g» «a1_i», «a2_g», «a3_n», «a4_g» and «a4b_g» (new -- welcome!), «a5_g» «a5_i», and «e_g» from the «hosp» rehab team. Apologies: «a6_g» (in hospital, see below), «a7_n».

1. Check-in
«a1_g» said the new «drug1» is helping with the tremor but she's still not driving. «a2_g» has a date for his assessment at «hosp2» on «d2_dmo» -- we'll all be thinking of him. «a3_g» shared that her husband «a3h_g» moved into «ltc» on «db_dmo»; it's been a hard month.

2. Speaker
«e_g» talked about swallowing and speech therapy. She's happy for people to email her at «e_em».

3. News
«a6_n» had a fall on «d0_wd» and is in «hosp» with a broken hip. «a6_g»'s daughter «a6k_g» says cards can go to «a6_line», «a6_town» «a6_pc»; she's hoping to be home by the «d5_ord».

4. Phone tree (please keep this list private)
«a1_g» «a1_f» -- «a1_ph»
«a2_n» -- «a2_ph»
«a5_n» -- «a5_ph» (text only)

5. Next meeting
«d6_wd» «d6_dmo», 1.30pm, same place. «a4_g» has offered to bring the scones.
"""

FACEBOOK = """«practice»
«d1_abbr» at 09:02  ·  🌐
⚠️ Our phone lines are down this morning due to a fault with our provider. For urgent issues please use the online form or call «urgent». Sorry for the inconvenience!
👍 23   💬 14 comments

«f_n»
Been trying since 8am to get an appointment for my daughter «k_g», she's had a temp of 39 since «dp_wd». Can someone ring me on «f_ph» please
    «practice»  Hi «f_g», please send us a private message with «k_g»'s date of birth and we'll call you back.
        «f_n»  Sent. DOB is «k_dob» for whoever reads it 🙄

«g_n»
Third time this month. My dad «g2_n» has been waiting since «d0_dmo» for his «drug1» prescription to go through to «pharmacy» on «g_st». He's «g2_age» and can't keep walking up there.
    «h_n»  @«g_g» same with my «mum»'s repeat, I ended up taking her to «ae_k» at «hosp»

«i_n»
Just want to say Dr «d_f» and nurse «e_g» have been amazing with my husband «i2_g» since his diagnosis, thank you 💙 (and «w_g» on reception always remembers his name)

«j_n»
Is the «j_town» branch open today? I've got a smear booked with «e2_g» at 11.
    «practice»  Hi «j_g», yes the branch is open as normal.

«y_n»
Can you email the fit note for my partner «y2_n» to «y_em»? He's been off work since the «db_ord» with «acute» and his boss is on at him.
    «practice»  Hi «y_g», we can't send that to a third party I'm afraid -- «y2_g» can request it himself through the app.
"""

VOICEMAIL = """Voicemail transcript (automatic)  ·  «practice» main line
Received «d1_wd» «d1_num» 7:48 PM  ·  1 min 12 s  ·  From: «r_ph»

"Hi, um, this is «r_n» calling, I'm «p_n»'s daughter, she's a patient of Dr. «d_f». Her date of birth is «p_dobsp». So «mum» was discharged from «hosp» on «d0_wd» and they told us she needs to see Dr. «d_f» within a week, and nobody's called to book it. Also the pharmacy, the «pharmacy» on «ph_st», says they never got the «drug1» prescription, and she can't be without it with her «cond». Her «natid_label» is «p_natid» if you need it. You can call me back at «r_ph2», that's my «mobile», or my husband «h_n» at «h_ph». Oh, and she's moved in with us, so the address is «r_line», «r_town». Thanks, bye."

Voicemail transcript (automatic)  ·  «practice» main line
Received «d2_wd» «d2_num» 8:05 AM  ·  32 s  ·  From: Unknown

"Yeah hi, it's «e_n» from «homecare», I'm the nurse going out to «p_n», um, at her daughter's place. I'm there on the «d3_ord» and I need the wound care orders faxed to «fax» before then. My number is «e_ph». Thank you."

Voicemail transcript (automatic)  ·  «practice» main line
Received «d2_wd» «d2_num» 9:31 AM  ·  18 s  ·  From: «x_ph»

"Hi, it's «x_g» «x_f», date of birth «x_dobsp», just ringing to cancel my appointment with Dr «dd_f» on «d4_dm», I'll ring back to rebook. Thanks."
"""

TENANT = """«r_line»
«r_sub»
«r_town»
«r_pc»

«d6_full»

«housing» -- Tenancy Services

Dear «w_Ms» «w_f»,

Re: Welfare concern -- my neighbour at «x_line»

I am the tenant at «r_line» and I am writing about my neighbour across the landing, «x_Mrs» «x_n», who is «x_age90». I have spoken to your office twice by phone (on «d2_dmo», and again on «d3_dmo», when I spoke to «w2_g») but nothing seems to have happened.
Since the heating failed on «d2_dmo», «x_g» has been sitting in «x_her» coat with the oven door open. «x_She» has «cond» and takes «drug1», and «x_she» had a fall in the stairwell on «d4_wd» the «d4_ord» and was taken to «hosp»; they sent «x_her» home the next day. The lift has been out of order since «d0_dmo», so «x_she» cannot get down to the shop or to «x_her» «gp» appointments at «practice». «x_Her» only family is a nephew, «u_n», who lives in «u_town» and rings on Sundays.
«x_Her» district nurse, «e_n», has also raised this, and «x_her» carer («e2_g» from «agency») told me she had been asked to "log it".
I would ask you to (1) repair the heating and the lift as an emergency, (2) contact «x_g» directly -- «x_her» landline is «x_land» -- and (3) consider whether «x_she» should be referred to adult social care. I have copied this letter to our councillor, «cl_n».
I can be reached on «r_ph» or at «r_em».

Yours sincerely,

«r_n»
"""

PHARMACY = """Subject: Complaint -- home delivery order «order» (missed twice)
From: «r_n» <«r_em»>
To: Customer Care <customercare@pharmacy-mail.example>
Date: «d4_full»

To whom it may concern,

I'm writing about home delivery for my father, «p_n» (DOB «p_dob»), from your «store» store in «w_town».
His prescriptions (Rx «rx1», «drug1»; Rx «rx2», «drug2»; and his «drug3») were due to be delivered on «d1_wd», «d1_dm», between 2 and 6pm. Nobody came. I rang and spoke to «w_g», who said the driver («dr_g») had "attempted delivery" -- my father is «p_age», has «cond» and was home all day. The card left in his letterbox had the wrong address: «o_line» instead of «p_line».
It was rebooked for «d2_dmo» and the same thing happened. He went without his «drug1» for three days and had to be seen by Dr «d_f» at «practice» on «d3_dmo».
His details are: «p_n», «p_addr». Phone «p_land» (landline -- he doesn't have a «mobile»). «natid_label»: «p_natid».
I'd like a refund of the «amt1» delivery fee, an explanation, and a guarantee that his next delivery on «d6_dmo» will arrive. The pharmacist who knows him, «ph_n», has always been very helpful.

Regards,
«r_n»
«r_ph»
"""

DIARY = """«p_g»'s symptom diary -- for Dr «d_f» (appt «d6_dm»)
Meds: «drug1» (started «d0_dmo»), «drug2» morning, «drug3» as needed

«d1_wd» «d1_dm» -- Bad night. Pain 7/10 lower right side. Took «drug3» at 2am. BP 148/92. «r_g» drove me to work because I couldn't concentrate.
«d2_wd» «d2_dm» -- Nausea after breakfast. Called the nurse line, spoke to «e_g» -- she said keep a log and come in if I get a fever. Temp 37.9.
«d3_wd» «d3_dm» -- Better. Weight 81.4 kg. New sensor on (serial «cgm»), readings 6-11 all day.
«d4_wd» «d4_dm» -- Flare. Missed work again, «b_g» was fine about it. Rang «practice» for a sick note, they said Dr «dd_dbl» will sign it. «s_g» came over with soup.
«d5_wd» «d5_dm» -- Physio («e2_n») at «hosp» outpatients. Parking on «hs_st» was a nightmare, 40 min late.
Questions to ask:
- is the «drug1» making the dizziness worse?
- can the «labtest» results from «db_dm» be emailed to me («p_em»)?
- «Mum» («m_g») says her sister «m2_g» had the same thing at my age (I'm «p_age») -- ask about genetics?
Emergency contact: «r_n» «r_ph»  ·  my «mobile» «p_ph»  ·  «natid_label» «p_natid»
"""

PRAYER = """«parish» -- Weekly Bulletin
«d1_full»
Parish Priest: Fr «pp_n»

PLEASE PRAY FOR THE SICK OF THE PARISH, ESPECIALLY:
«a1_n» («a1_sub»), recovering at home after surgery
«a2_g» «a2_f», in «hosp»
Baby «a4_g», born «db_dmo» and in the neonatal unit at «hosp2»; parents «a4m_g» and «a4f_g» ask for your prayers
«a5_g» («a5r_g»'s «mum»), in «nursing_home»

OUR RECENTLY DECEASED: «x_n», late of «x_st», aged «x_age90», who died on «d0_dm» (Funeral Mass was celebrated here on «dp_wd»); and «y_n», «y_town», formerly of «y2_town».
ANNIVERSARIES: «z_n» (Month's Mind, «d3_wd» 10am); «z2_n» and «z3_n».

HOSPITAL VISITS: if a family member is in «hosp» and would like a visit from the chaplain, please ring «ch_n» on «ch_ph».
COMMUNION TO THE HOUSEBOUND: Eucharistic ministers «m1_g» and «m2_n» will visit on «d4_dmo». Please let the office know by «d3_wd».
LIFT TO MASS: «v_n» («v_ph») can collect from «v_sub» and «v_town».
Collection last weekend: «amt3». Thank you for your generosity. Second collection next Sunday for «charity».
"""

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("pub47_clinic_review", ["US", "AU"], "text", REVIEW),
    ("pub47_health_forum_thread", ["GB", "CA"], "text", FORUM),
    ("pub47_crowdfunding_appeal", ["IE", "NZ"], "text", CROWDFUND),
    ("pub47_obituary_death_notice", ["IE", "US"], "text", OBIT),
    ("pub47_caregiver_blog_post", ["CA", "GB"], "text", BLOG),
    ("pub47_hospital_complaint_letter", ["GB", "IE"], "text", COMPLAINT),
    ("pub47_practice_front_desk_email", ["AU", "US"], "text", FRONTDESK),
    ("pub47_family_group_chat", ["NZ", "AU"], "text", GROUPCHAT),
    ("pub47_school_newsletter_injury", ["IE", "NZ"], "text", SCHOOL),
    ("pub47_community_newsletter", ["GB", "CA"], "text", NEWSLETTER),
    ("pub47_local_news_accident", ["AU", "US"], "text", NEWS),
    ("pub47_support_group_notes", ["CA", "NZ"], "text", SUPPORT),
    ("pub47_gp_facebook_comments", ["GB", "AU"], "text", FACEBOOK),
    ("pub47_voicemail_transcripts", ["US", "IE"], "text", VOICEMAIL),
    ("pub47_tenant_welfare_letter", ["GB", "NZ"], "text", TENANT),
    ("pub47_pharmacy_delivery_complaint", ["CA", "AU"], "text", PHARMACY),
    ("pub47_symptom_diary", ["US", "GB"], "text", DIARY),
    ("pub47_parish_prayer_list", ["CA", "IE"], "text", PRAYER),
]

# per kind: who shares whose family name ("family") and home ("home"), fixed sexes ("female"), age ranges in days
KINDS: dict[str, dict] = {
    "pub47_clinic_review": {"female": {"p": True, "w": True, "w2": True, "e": True, "h": False}, "ages": {"p": (62 * Y, 88 * Y), "h": (5 * Y, 9 * Y)},
                            "family": {"f": "p"}},
    "pub47_health_forum_thread": {"female": {"p": False, "s": True, "e": True, "w": True, "d": False, "h2": False},
                                  "ages": {"p": (68 * Y, 88 * Y)}, "family": {"s": "p"}},
    "pub47_crowdfunding_appeal": {"female": {"p": False, "s": True, "d": False}, "ages": {"p": (29 * Y, 44 * Y), "k": (5 * Y, 7 * Y), "k2": (2 * Y, 4 * Y)},
                                  "family": {"k": "p", "k2": "p"}},
    "pub47_obituary_death_notice": {"female": {"p": True, "r": False, "s": False, "s2": True, "k": False, "k2": False, "k3": False, "k4": True,
                                               "k5": False, "k6": True, "m": True, "z": False, "z2": True},
                                    "ages": {"p": (90 * Y + 30, 99 * Y), "s2": (90 * Y + 30, 98 * Y)},
                                    "family": {"r": "p", "k": "p", "k2": "p", "k3": "p", "s": "z", "s2": "z", "z2": "z"}},
    "pub47_caregiver_blog_post": {"female": {"p": True, "r": True, "h": False, "s": False, "e": True, "w": True, "f2": True},
                                  "ages": {"p": (72 * Y, 88 * Y)}, "family": {"s": "p"}},
    "pub47_hospital_complaint_letter": {"ages": {"p": (70 * Y, 89 * Y)}, "family": {"r": "p"}, "female": {"e": True}},
    "pub47_practice_front_desk_email": {"female": {"p": False, "r": True, "k": True, "m": True, "e": True}, "ages": {"p": (60 * Y, 85 * Y), "k": (4 * Y, 12 * Y)},
                                        "family": {"r": "p", "k": "m"}, "home": {"r": "p"}},
    "pub47_family_group_chat": {"female": {"x": True, "e": True, "u": False, "y2": True, "z": True}, "ages": {"p": (78 * Y, 89 * Y)},
                                "family": {"r": "p", "u": "p", "k": "r"}},
    "pub47_school_newsletter_injury": {"female": {"k": True, "r": True, "j": True, "k2": None, "r2": False},
                                       "ages": {"k": (8 * Y, 10 * Y), "k2": (6 * Y, 11 * Y), "k3": (9 * Y + 300, 10 * Y - 5), "k4": (7 * Y + 300, 8 * Y - 5), "k5": (6 * Y, 12 * Y)},
                                       "family": {"r": "k", "r2": "k2"}},
    "pub47_community_newsletter": {"female": {"p": False, "r": True, "x": True, "x2": False, "x3": True, "y2": None, "d": None},
                                   "ages": {"x": (90 * Y + 5, 97 * Y)}, "family": {"r": "p", "x2": "x", "y2": "y"}, "home": {"y2": "y"}},
    "pub47_local_news_accident": {"female": {"p": False, "q": True, "k": True}, "ages": {"p": (66 * Y, 82 * Y), "q": (19 * Y, 30 * Y)},
                                  "family": {"k": "p"}},
    "pub47_support_group_notes": {"female": {"a1": True, "a2": False, "a3": True, "a3h": False, "e": True, "a6": True, "a6k": True},
                                  "family": {"a3h": "a3", "a6k": "a6", "a4b": "a4"}},
    "pub47_gp_facebook_comments": {"female": {"f": True, "k": True, "y2": False, "g2": False, "e": True, "e2": True, "i2": False},
                                   "ages": {"k": (2 * Y, 9 * Y), "g2": (76 * Y, 89 * Y)}, "family": {"k": "f", "g2": "g", "i2": "i"}},
    "pub47_voicemail_transcripts": {"female": {"p": True, "r": True, "h": False}, "ages": {"p": (70 * Y, 89 * Y)}},
    "pub47_tenant_welfare_letter": {"female": {"x": True, "e2": True, "u": False}, "ages": {"x": (90 * Y + 10, 96 * Y)}},
    "pub47_pharmacy_delivery_complaint": {"female": {"p": False}, "ages": {"p": (72 * Y, 89 * Y)}, "family": {"r": "p"}},
    "pub47_symptom_diary": {"ages": {"p": (28 * Y, 55 * Y)}, "female": {"m": True, "m2": True, "e": True}, "family": {"m": "p", "s": "p"}},
    "pub47_parish_prayer_list": {"female": {"a5": True, "a4m": True, "a4f": False, "pp": False}, "ages": {"x": (90 * Y + 10, 99 * Y), "a4": (3, 20)},
                                 "family": {"a4m": "a4", "a4f": "a4", "a5r": "a5"}},
}  # fmt: skip

PERSON_SUFFIXES = {"g", "f", "n", "nk", "gl", "FU", "dbl", "i", "user", "ph", "ph2", "em", "line", "st", "sub", "town", "county", "pc",
                   "addr", "region", "abbr", "age", "age90", "ageth", "agebd", "yo", "dob", "dobsp", "dobfull", "natid", "mrn", "she",
                   "She", "her", "him", "Her", "sib", "kid", "sp", "par", "nana", "Ms", "Mrs", "aka", "land", "a", "A"}  # fmt: skip
NOT_PEOPLE = {f"d{i}" for i in range(8)} | {"db", "dp", "url", "natid", "pals", "ae", "acct"}
FAR = {"US": "Germany", "GB": "Australia", "IE": "Boston", "CA": "France", "AU": "Greece", "NZ": "Samoa"}


def people_in(template: str) -> list[str]:
    """The people a template names, the patient and the writer first, then in order of appearance."""
    keys: list[str] = []
    for m in re.finditer(r"«(\w+?)_(\w+)»", template):
        x, suffix = m.group(1), m.group(2)
        if suffix in PERSON_SUFFIXES and x not in NOT_PEOPLE and x not in keys:
            keys.append(x)
    return sorted(keys, key=lambda k: (k != "p", k != "r", keys.index(k)))


def kind_slots(rng: random.Random, kind: str, loc: str, s: dict[str, Slot], female: dict[str, bool]) -> dict[str, Slot]:
    """Slots a few kinds phrase by sex or locale."""
    out: dict[str, Slot] = {}
    out["billing"] = "Bulk billed, no fuss." if loc == "AU" else ("They took our ", s["insurer"], " with no problem.")
    out["e_title"] = "Sister" if loc == "GB" else "CNM"
    out["cop_title"] = "Senior Constable" if loc == "AU" else "Deputy"
    out["vaccine"] = K(rng.choice(["MMR booster", "flu shot", "HPV vaccine", "whooping cough booster"]))
    out["country_far"] = K(FAR[loc])
    out["signoff"] = "Le meas" if loc == "IE" else "Ngā mihi"
    out["ute"] = "ute" if loc == "AU" else "pickup"
    out["footy"] = "the footy" if loc == "AU" else "the ballgame"
    out["emerg_k"] = K(LEX[loc]["emerg"])
    return out


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc] if isinstance(template, dict) else template
    keys = people_in(text)
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe47:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind, keys)
        female = {x: slots[f"{x}_she"] == "she" for x in keys}  # type: ignore[comparison-overlap]
        slots.update(kind_slots(rng, kind, loc, slots, female))
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
