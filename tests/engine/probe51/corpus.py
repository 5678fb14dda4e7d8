# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-first independent probe corpus: long-term care, home health, hospice and disability support paperwork
from the US, the UK, Canada, Australia, New Zealand and Ireland, as nursing homes, care homes, home-care
agencies, hospices, NDIS providers and equipment services write it, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an MDS 3.0 item listing, an OASIS-E start-of-care
assessment, a care home's day-to-night handover sheet, a falls incident report, a medication administration
record (MAR) with its signature list, a person-centred care plan ("This is me"), a support worker's shift
notes, a family communication log with its phone tree, a visiting schedule, a DoLS form / guardianship order,
an NDIS support plan, a home-care run roster (key-safe codes, door codes, alarm PINs), a hospice bereavement
letter, a wound photo index, an advance care plan (POLST / NZ ACP), a patient transport booking (JSON), a
community equipment delivery note and an interRAI Home Care summary.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the resident / client / participant, `r`
and `q` their children (next of kin, POA, guardian), `o` a grandchild, `v` a friend, neighbour or clergy,
`sp` a spouse, `s1`-`s4` carers and support workers, `n` `n2` nurses, `d` a doctor, `e` a therapist, assessor
or tribunal member, `m` a manager, `c` a coordinator or social worker, `x` `y` `z` other residents or clients
(`xr` `yr` `zr` their relatives). Forms: `_n` full, `_g` given, `_f` family, `_fi` "L. Sumague", `_NC`
"SCHOENFELD, MILDRED", `_rev` "Schoenfeld, Mildred", `_nick` the name the resident goes by, `_ph` landline,
`_mob` mobile, `_em`, `_line` `_loc` `_town` `_dist` `_pc` `_addr`, `_dob` (the country's date form), `_age`.

Labelling policy (decided before any measurement):
- NAME: every person's name -- residents, clients, participants, their relatives and friends, carers, support
  workers, nurses, doctors, therapists, managers, coordinators, assessors, tribunal members, drivers -- full,
  given or family alone, capitals, "Family, Given", inside a file path, and residents' nicknames ("Gertie",
  "Alf", "Spud"). An initial written apart ("L." of "L. Sumague") is plain text; staff initials in a MAR grid
  or signature list ("LS", "RV") are plain text (not scored). Titles (Mr, Mrs, Dr) are plain text.
- ADDRESS: house / flat / unit / lot lines with the street, towns, suburbs, villages, townlands, Irish counties
  ("Co. Leitrim": the county is the value). ZIP: ZIP codes, UK and Canadian postcodes, Australian and NZ
  postcodes, Eircodes. States, provinces, Australian states, NZ regions, Irish provinces and England / Wales /
  Scotland are keep when written alone; their abbreviations inside an address are plain text.
- DATE: every date more specific than a year (birth, admission, assessment, visit, death, review, delivery,
  booking; day-month without a year too); years alone keep; times of day plain text; a weekday before a
  date ("Thu" of "Thu 10 Jul") plain text (a label fixed after the first measurement: see test_probe51).
- AGE: ages 90 and over ("93", "age 97"); ages under 90 keep.
- PHONE, EMAIL of any person (staff work e-mails too). SSN: US Social Security numbers. HEALTH_PLAN: Medicare
  (MBI, Australian Medicare card), Medicaid numbers, Canadian provincial health cards (OHIP, RAMQ), DVA file
  numbers, Irish medical card numbers, NZ Community Services Card numbers. ID: NHS numbers, National Insurance
  numbers, NHI numbers, PPSNs, NDIS numbers, My Aged Care IDs, incident, DoLS, tribunal file, LPA,
  booking, order and photo numbers. MRN: a provider's resident, patient, client or chart number. LICENSE:
  nurses' and doctors' registration numbers (NMC PIN, AHPRA, NMBI, state licence). DEVICE: serial and asset
  numbers of beds, mattresses, hoists, pendant alarms, sensor mats, hearing aids, tablets. VEHICLE: vehicle
  registrations. ACCOUNT: fee and bank account numbers. URL: family portal and video-call links.
  CREDENTIAL: key-safe (lockbox) codes, door codes, alarm PINs, Wi-Fi passwords.
- Keep (must survive): facility, agency, hospice, hospital, tribunal and equipment-service names; room numbers
  ("Room 14", "Rm 7B"); drugs and doses; MDS / OASIS / interRAI item codes; assessment scores (Waterlow, MUST,
  BIMS, FRAT, Abbey); ICD-10 codes; NDIS line item numbers; equipment descriptions; money amounts; ages under 90;
  years; states, provinces, regions and countries alone.
- Not scored (plain text): titles, relationship words (daughter, POA, whanau), form labels, facilities' own
  provider numbers (NPI, CCN), times of day, staff initials.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe51 import ids
from tests.engine.probe51.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

FACILITIES = {
    "US": ["Prairie Hearth Health & Rehabilitation", "Maple Terrace Skilled Nursing Center", "Good Shepherd Lutheran Home", "Riverbend Care Center"],
    "GB": ["Larchfield House Nursing Home", "The Beeches Residential Home", "Heatherlea Care Centre", "Kingfisher Lodge"],
    "CA": ["Pinecrest Manor Long-Term Care", "Résidence Les Jardins du Ruisseau", "Birchwood Terrace LTC Home"],
    "AU": ["Banksia Gardens Aged Care", "Jacaranda Grove Residential Aged Care", "Sunhaven Lodge"],
    "NZ": ["Pōhutukawa Lodge Rest Home", "Harbourview Rest Home & Hospital", "Te Ao Mārama Care Home"],
    "IE": ["Ard na Gréine Nursing Home", "Cois Abhann Nursing Home", "Sacred Heart Residence"],
}
HOSPITALS = {
    "US": ["Mercy Regional Medical Center", "St. Luke's Community Hospital", "University Hospitals Geauga"],
    "GB": ["the Royal Infirmary", "Airedale General Hospital", "Princess Alexandra Hospital"],
    "CA": ["Hôpital régional de la Côte-du-Sud", "Ross Memorial Hospital", "Grand River Hospital"],
    "AU": ["Northern Hospital", "Royal Brisbane and Women's Hospital", "Flinders Medical Centre"],
    "NZ": ["Waikato Hospital", "Christchurch Hospital", "Whangārei Hospital"],
    "IE": ["Sligo University Hospital", "University Hospital Kerry", "Midland Regional Hospital"],
}
AGENCIES = {
    "US": ["Heartland Home Health", "Visiting Nurses of the Valley", "Cedar Vale Home Health Services"],
    "GB": ["Brightwater Domiciliary Care", "Bluebell Homecare Ltd", "Dales Home Support CIC"],
    "CA": ["Home and Community Care Support Services", "CLSC des Trois-Pignons", "Bayshore Home Health"],
    "AU": ["Open Door Disability Services", "Kinchela Community Supports", "Silverleaf Home Care"],
    "NZ": ["HomeWise Support Services", "Kaitiaki Home & Community Support", "Tōtara Health Homecare"],
    "IE": ["HSE Home Support Service", "Bluegrass Homecare", "Caring Hands Ireland"],
}
HOSPICES = {
    "US": ["Lighthouse Hospice", "Hospice of the Western Reserve", "Evergreen Hospice & Palliative Care"],
    "GB": ["St Aelred's Hospice", "Overgate Hospice", "Wolds Hospice at Home"],
    "CA": ["Maison de soins palliatifs du Littoral", "Hospice Kawartha"],
    "AU": ["Karingal Palliative Care Service", "Mater Hospice"],
    "NZ": ["Hospice Waikato", "Nurse Maude Hospice"],
    "IE": ["North West Hospice", "Milford Care Centre"],
}
EQUIP = {"GB": "Wolds & Vale Community Equipment Service", "CA": "Ontario Mobility Loans Program", "US": "Midwest Medical Supply",
         "AU": "Statewide Equipment Program", "NZ": "Enable New Zealand", "IE": "HSE Aids & Appliances Store"}  # fmt: skip
DRUGS = {
    "US": ["Donepezil 10 mg", "Lisinopril 5 mg", "Eliquis 2.5 mg", "Furosemide 20 mg", "Senna-S 8.6/50 mg", "Tylenol 650 mg", "Sertraline 25 mg",
           "Metoprolol tartrate 25 mg", "Levothyroxine 50 mcg", "MiraLAX 17 g", "Oxycodone 2.5 mg", "Seroquel 12.5 mg"],
    "GB": ["Paracetamol 1 g", "Adcal-D3", "Laxido 1 sachet", "Oramorph 2.5 mg/1.25 ml", "Memantine 10 mg", "Bisoprolol 2.5 mg",
           "Lansoprazole 15 mg", "Mirtazapine 15 mg", "Alendronic acid 70 mg", "Trimethoprim 100 mg", "Apixaban 2.5 mg", "Co-codamol 30/500"],
    "CA": ["Acetaminophen 650 mg", "Donepezil 5 mg", "Ramipril 2.5 mg", "PEG 3350 17 g", "Quetiapine 12.5 mg", "Hydromorphone 0.5 mg",
           "Vitamin D 1000 IU", "Metformin 500 mg", "Rivaroxaban 15 mg", "Sennosides 8.6 mg"],
    "AU": ["Panadol Osteo 665 mg", "Movicol 1 sachet", "Endone 5 mg", "Risperidone 0.25 mg", "Caltrate 600 mg", "Coversyl 5 mg",
           "Keppra 500 mg", "Midazolam 5 mg buccal", "Targin 5/2.5 mg", "Ostelin 1000 IU"],
    "NZ": ["Paracetamol 1 g", "Laxsol 2 tabs", "Cilazapril 2.5 mg", "Sodium valproate 200 mg", "Sevredol 5 mg", "Colecalciferol 1.25 mg",
           "Quetiapine 25 mg", "Metoprolol CR 23.75 mg", "Omeprazole 20 mg"],
    "IE": ["Paracetamol 1 g", "Calcichew D3 Forte", "Lactulose 10 ml", "Zispin 15 mg", "Lixiana 30 mg", "Nexium 20 mg", "Oxynorm 2.5 mg",
           "Movicol 1 sachet", "Ebixa 10 mg"],
}
END_OF_LIFE = ["Midazolam 2.5 mg s/c", "Morphine sulfate 2.5 mg s/c", "Levomepromazine 6.25 mg s/c", "Glycopyrronium 200 mcg s/c", "Haloperidol 0.5 mg s/c"]
ICD = ["F03.90", "G30.1", "I48.91", "L89.153", "E11.9", "I50.9", "N39.0", "M81.0", "R26.81", "F01.51", "C34.90", "J44.9", "I63.9", "G20"]
ROOMS = ["Room %#", "Rm %#", "Room %#@", "Rm %##", "Room %##"]
CURRENCY = {"US": "$", "GB": "£", "CA": "$", "AU": "$", "NZ": "$", "IE": "€"}
NATIONAL = {  # label, type: the person's main health / national number in the country
    "US": ("Medicare (MBI)", "HEALTH_PLAN"), "GB": ("NHS No.", "ID"), "CA": ("Health card", "HEALTH_PLAN"),
    "AU": ("Medicare No.", "HEALTH_PLAN"), "NZ": ("NHI", "ID"), "IE": ("PPSN", "ID"),
}  # fmt: skip
SECOND = {  # a second number: SSN, NI number, chart, DVA / My Aged Care, Community Services Card, medical card
    "US": ("SSN", "SSN"), "GB": ("NI No.", "ID"), "CA": ("Chart no.", "MRN"), "AU": ("DVA file no.", "HEALTH_PLAN"),
    "NZ": ("Community Services Card", "HEALTH_PLAN"), "IE": ("Medical Card No.", "HEALTH_PLAN"),
}  # fmt: skip
LICENCE = {"US": ("RN lic. #", "%######"), "GB": ("NMC PIN", "##@####@"), "CA": ("CNO reg. #", "%######"),
           "AU": ("AHPRA", "NMW000%######"), "NZ": ("NCNZ reg.", "%#####"), "IE": ("NMBI PIN", "%#####")}  # fmt: skip
NURSE = {"US": "RN", "GB": "RGN", "CA": "RN", "AU": "RN", "NZ": "RN", "IE": "CNM2"}
CARER = {"US": "CNA", "GB": "HCA", "CA": "PSW", "AU": "PCA", "NZ": "HCA", "IE": "HCA"}
WORDS = {  # the country's words
    "GP": {"US": "PCP", "CA": "family physician"},
}


def w(key: str, loc: str) -> str:
    return WORDS[key].get(loc, key)


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    if loc == "US":
        s, lg, dm = f"{d:%m/%d/%Y}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}"
    elif loc == "CA":
        s, lg, dm = d.isoformat(), f"{d:%B} {d.day}, {d.year}", f"{d:%b} {d.day}"
    else:
        s, lg, dm = f"{d:%d/%m/%Y}", f"{d.day} {d:%B %Y}", f"{d.day:02d}/{d.month:02d}"
    return {"s": P("DATE", s), "l": P("DATE", lg), "dm": P("DATE", dm), "iso": P("DATE", d.isoformat()),
            "mon": P("DATE", f"{d.day:02d}-{d:%b-%Y}"), "wd": (f"{d:%a} ", P("DATE", f"{d.day} {d:%b}"))}  # fmt: skip


def person_slots(x: str, pw: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - pw.dob).days * 100 // 36525
    loc = pw.loc.code
    dob = date_forms(pw.dob, loc)
    return {
        f"{x}_n": N(pw.full), f"{x}_g": N(pw.given), f"{x}_f": N(pw.family), f"{x}_fi": (f"{pw.given[0]}. ", N(pw.family)),
        f"{x}_NC": (N(pw.family.upper()), ", ", N(pw.given.upper())), f"{x}_rev": (N(pw.family), ", ", N(pw.given)),
        f"{x}_nick": N(pw.nick), f"{x}_i": pw.given[0] + pw.family[0].upper(), f"{x}_title": pw.title,
        f"{x}_ph": P("PHONE", pw.phone), f"{x}_mob": P("PHONE", pw.mobile), f"{x}_em": P("EMAIL", pw.email),
        f"{x}_line": A(pw.line), f"{x}_loc": A(pw.locality) if pw.locality else A(pw.town), f"{x}_town": A(pw.town),
        f"{x}_dist": A(pw.district) if pw.district else A(pw.town), f"{x}_pc": P("ZIP", pw.postcode), f"{x}_addr": pw.addr,
        f"{x}_block": block(pw), f"{x}_region": K(pw.region), f"{x}_abbr": pw.abbr, f"{x}_dob": dob["s"], f"{x}_dobl": dob["l"], f"{x}_dobiso": dob["iso"],
        f"{x}_age": P("AGE", str(age)) if age >= 90 else K(str(age)), f"{x}_sex": "F" if pw.female else "M",
        f"{x}_Sex": "Female" if pw.female else "Male", f"{x}_gcode": "2" if pw.female else "1",
        f"{x}_Kin": "Daughter" if pw.female else "Son", f"{x}_Nib": "Niece" if pw.female else "Nephew", f"{x}_she": "she" if pw.female else "he", f"{x}_She": "She" if pw.female else "He",
        f"{x}_her": "her" if pw.female else "his", f"{x}_Her": "Her" if pw.female else "His", f"{x}_hero": "her" if pw.female else "him",
    }  # fmt: skip


def block(pw: Person) -> tuple:
    """The address as a letter's address block, one part a line."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    if pw.loc.code in ("US", "CA", "AU"):
        return (A(pw.line), "\n", A(pw.town), f", {pw.abbr} ", P("ZIP", pw.postcode))
    if pw.loc.code == "IE":
        return (A(pw.line), "\n", A(pw.locality), "\n", A(pw.town), "\nCo. ", A(pw.district), "\n", P("ZIP", pw.postcode))
    loc = (A(pw.locality), "\n") if pw.locality else ()
    return (A(pw.line), "\n", *loc, A(pw.town.upper()), "\n", P("ZIP", pw.postcode))


Y = 365
# age ranges (days) of the resident / client where the kind's default (90-103) does not fit
AGES: dict[str, tuple[int, int]] = {
    "ltc51_ndis_support_plan": (19 * Y, 58 * Y),
    "ltc51_support_worker_shift_notes": (22 * Y, 61 * Y),
    "ltc51_interrai_home_care_summary": (78 * Y, 97 * Y),
    "ltc51_wound_photo_index": (81 * Y, 99 * Y),
    "ltc51_oasis_start_of_care": (86 * Y, 99 * Y),
}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 9) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    s: dict[str, Slot] = {}
    lo, hi = AGES.get(kind, (90 * Y + 30, 103 * Y))
    p = draw_person(rng, loc, used, d1, female=rng.random() < 0.65, age_days=(lo, hi))
    young = hi < 70 * Y
    # children (or, for a young participant, parent and sibling), a grandchild, a friend / neighbour, a spouse
    kid_age = (20 * Y, 48 * Y) if young else (52 * Y, 76 * Y)
    r_female = rng.random() < 0.6
    r_same = not r_female or rng.random() < 0.35 or young
    r = draw_person(rng, loc, used, d1, female=r_female, age_days=(44 * Y, 70 * Y) if young else kid_age,
                    family=p.family if r_same else None, home=None)  # fmt: skip
    q = draw_person(rng, loc, used, d1, female=not r_female, age_days=kid_age, family=p.family if rng.random() < 0.6 else None)
    o = draw_person(rng, loc, used, d1, age_days=(19 * Y, 45 * Y), family=r.family)
    v = draw_person(rng, loc, used, d1, age_days=(45 * Y, 85 * Y))
    sp = draw_person(rng, loc, used, d1, female=not p.female, age_days=(lo, hi), family=p.family, home=p)
    ppl: dict[str, Person] = {"p": p, "r": r, "q": q, "o": o, "v": v, "sp": sp}
    for x in ("s1", "s2", "s3", "s4"):
        ppl[x] = draw_person(rng, loc, used, d1, cultures=loc.workers)
    for x in ("n", "n2", "d", "e", "m", "c"):
        ppl[x] = draw_person(rng, loc, used, d1, cultures=loc.workers + loc.residents)
    for x in ("x", "y", "z"):
        ppl[x] = draw_person(rng, loc, used, d1, female=rng.random() < 0.6, age_days=(80 * Y, 101 * Y) if not young else (20 * Y, 60 * Y))
        ppl[f"{x}r"] = draw_person(rng, loc, used, d1, age_days=(40 * Y, 72 * Y), family=ppl[x].family if rng.random() < 0.5 else None)
    for x, pw in ppl.items():
        s.update(person_slots(x, pw, d1))
    s["p_old"] = P("AGE", str((d1 - p.dob).days * 100 // 36525))
    s["p_mi"] = rng.choice("ABCDEFGHJKLMRSTW")
    s["r_rel"] = ("daughter" if r.female else "son") if not young else ("mother" if r.female else "father")
    s["q_rel"] = ("daughter" if q.female else "son") if not young else ("sister" if q.female else "brother")
    s["o_rel"] = "granddaughter" if o.female else "grandson"
    s["p_parent"] = "mother" if p.female else "father"
    s["r_Rel"] = str(s["r_rel"]).capitalize()
    s["sp_rel"] = "husband" if p.female else "wife"
    # dates: d1 the document's day; d2 later; d3 earlier (admission, referral); d4 shortly before d1; d5 end of a cycle
    d2 = d1 + timedelta(days=rng.randint(5, 40))
    d3 = d1 - timedelta(days=rng.randint(60, 900))
    d4 = d1 - timedelta(days=rng.randint(1, 6))
    d5 = d1 + timedelta(days=27)
    d6 = d3 - timedelta(days=rng.randint(200, 2000))
    d7 = d1 + timedelta(days=rng.randint(1, 4))
    d8 = d1 - timedelta(days=rng.randint(82, 100))  # a death three months ago
    d9 = d1 + timedelta(days=7)
    d10 = d1 - timedelta(days=rng.randint(14, 60))
    d11 = d1 + timedelta(days=rng.randint(150, 200))
    d12 = d1 + timedelta(days=rng.randint(700, 1095))
    dates = {"d1": d1, "d2": d2, "d3": d3, "d4": d4, "d5": d5, "d6": d6, "d7": d7, "d8": d8, "d9": d9, "d10": d10, "d11": d11, "d12": d12}
    for key, d in dates.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    bd = date(d1.year, p.dob.month, min(p.dob.day, 28))
    s["p_bd"] = date_forms(bd, loc_code)["dm"]
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    # identifiers
    natl, natt = NATIONAL[loc_code]
    nat = {"US": lambda: ids.mbi(rng), "GB": lambda: ids.nhs_number(rng), "AU": lambda: ids.au_medicare(rng)[0],
           "NZ": lambda: ids.nhi(rng), "IE": lambda: ids.ppsn(rng),
           "CA": lambda: ids.ramq(rng, p.family, p.given, p.dob, p.female) if p.region == "Quebec" else ids.ontario_hcn(rng)}[loc_code]()  # fmt: skip
    if loc_code == "CA":
        natl = "RAMQ" if p.region == "Quebec" else ("OHIP" if p.region == "Ontario" else "Medicare (NB)")
        if p.region == "New Brunswick":
            nat = fill(rng, "%## ### ###")
    s["natl"], s["nat"] = natl, P(natt, nat)
    sl, st = SECOND[loc_code]
    second = {"US": lambda: ids.ssn(rng), "GB": lambda: fill(rng, rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ") + " ## ## ## ") + rng.choice("ABCD"),
              "CA": lambda: fill(rng, "%#####"), "AU": lambda: ids.dva(rng), "NZ": lambda: fill(rng, "%### #### ####"),
              "IE": lambda: fill(rng, "%######@")}[loc_code]()  # fmt: skip
    s["nat2l"], s["nat2"] = sl, P(st, second)
    s["ssn"] = P("SSN", ids.ssn(rng))
    s["mbi"] = P("HEALTH_PLAN", ids.mbi(rng))
    s["medicaid"] = P("HEALTH_PLAN", ids.medicaid(rng, p.abbr))
    s["ndis"] = P("ID", ids.ndis(rng))
    s["mac"] = P("ID", ids.my_aged_care(rng))
    s["nhi"] = P("ID", ids.nhi(rng))
    s["mrn"] = F("MRN", "%#####", "RES-%####", "%##-%###", "NH%#####", "MR%######", "%#######")
    s["mrn2"] = F("MRN", "%########", "H%######", "RX%######")
    s["inc"] = F("ID", "INC-%#####", "IR%######", "W%#####", f"{d1.year}-%####")
    s["ref"] = F("ID", "NEPT-%######", "BK%#######", "PTS/%#####/@", "TRN-%##-%####")
    s["order"] = F("ID", "CES/%######", "ORD-%#######", "%########/%")
    s["dols"] = F("ID", "DoLS/%####/" + str(d1.year), "GA-%####-" + str(d1.year % 100), "G%#####/" + str(d1.year), "DL%######")
    s["lpa"] = F("ID", "7000-%###-####", "M-%###-####-####")
    s["photo1"], s["photo2"], s["photo3"], s["photo4"] = (F("ID", f"WP-{d1:%y}-%####") for _ in range(4))
    ll, lp = LICENCE[loc_code]
    s["licl"], s["lic"], s["lic2"] = ll, P("LICENSE", fill(rng, lp)), P("LICENSE", fill(rng, lp))
    s["dev1"], s["dev2"], s["dev3"], s["dev4"] = (P("DEVICE", ids.serial(rng)) for _ in range(4))
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["acct"] = F("ACCOUNT", "%#######", "%### ####", "%##-%####-#")
    s["keysafe"], s["keysafe2"] = P("CREDENTIAL", ids.keysafe(rng)), P("CREDENTIAL", ids.keysafe(rng))
    s["door"], s["alarm"] = P("CREDENTIAL", ids.keysafe(rng)), P("CREDENTIAL", ids.alarm_pin(rng))
    s["wifi"] = P("CREDENTIAL", rng.choice(["bramble", "kettle", "sparrow", "meadow", "teapot", "harbour"]) + fill(rng, "%###") + rng.choice(["", "!", "#"]))
    s["url"] = P("URL", rng.choice(["https://family.carelink.example/r/", "https://meet.vidcall.example/", "https://portal.carehomeconnect.example/resident/"])
                 + fill(rng, rng.choice(["%#####", "@@@-%##-@@@"])).lower())  # fmt: skip
    s["url2"] = P("URL", "https://photos.familyshare.example/album/" + fill(rng, "@@%#@%#@@").lower())
    # keep values
    s["fac"], s["fac2"] = (K(v) for v in (rng.choice(FACILITIES[loc_code]), rng.choice(HOSPITALS[loc_code])))
    s["agency"], s["hospice"], s["equip"] = K(rng.choice(AGENCIES[loc_code])), K(rng.choice(HOSPICES[loc_code])), K(EQUIP[loc_code])
    rooms = set()
    while len(rooms) < 5:
        rooms.add(fill(rng, rng.choice(ROOMS)))
    for i, v in enumerate(sorted(rooms), 1):
        s[f"room{i}"] = K(v)
    for i, v in enumerate(rng.sample(DRUGS[loc_code], 5), 1):
        s[f"drug{i}"] = K(v)
    s["eol1"], s["eol2"] = (K(v) for v in rng.sample(END_OF_LIFE, 2))
    s["icd1"], s["icd2"], s["icd3"] = (K(v) for v in rng.sample(ICD, 3))
    cur = CURRENCY[loc_code]
    s["amt1"] = K(f"{cur}{rng.randint(900, 2400):,}.{rng.choice(['00', '50', '25'])}")
    s["amt2"] = K(f"{cur}{rng.randint(48, 78)}.{rng.randint(10, 99)}")
    s["country"] = K(loc.country)
    s["region"] = K(p.region)
    s["year"] = K(str(rng.randint(1958, 2016)))
    s["nurse"], s["carer"] = NURSE[loc_code], CARER[loc_code]
    s["GP"] = w("GP", loc_code)
    s["dayroom"] = "Whānau Room" if loc_code == "NZ" else "Day Room"
    s["chaplain"] = "kaumātua" if loc_code == "NZ" else "chaplain"
    s["tribunal"] = K(TRIBUNALS.get(p.region, "VCAT"))
    s["country2"] = K(rng.choice([c for c in ("Australia", "Canada", "England", "Scotland", "New Zealand") if c != loc.country]))
    s["cur"] = cur
    s["waterlow"] = K(f"Waterlow {rng.randint(10, 24)}")
    s["must"] = K(f"MUST {rng.randint(0, 3)}")
    s["frat"] = K(f"FRAT {rng.randint(12, 19)}")
    s["abbey"] = K(f"Abbey {rng.randint(3, 13)}")
    s["bims"] = K(f"BIMS {rng.randint(3, 14):02d}")
    s["wt"] = K(f"{rng.randint(41, 78)}.{rng.randint(0, 9)} kg")
    return s


# ---- templates -------------------------------------------------------------------------------------------

MDS = """«fac»                                         MDS 3.0 Item Listing   printed «d2_s» 14:12
Resident: «p_NC»   (MRN «mrn»)   Age: «p_old»   Room: «room1»   Unit: Sunflower Wing   Payer: ‹Medicare A›
=============================================================================================================
SECTION A  IDENTIFICATION INFORMATION
‹A0100›. Facility Provider Numbers   A. NPI: 1739205846   B. CMS Certification Number (CCN): 365217
‹A0310›. Type of Assessment   A. Federal OBRA Reason: 01. Admission assessment (required by day 14)
       B. PPS Assessment: 01. 5-day scheduled assessment   F. Entry/discharge reporting: 99. None of the above
A0500. Legal Name of Resident   A. First name: «p_g»   B. Middle initial: «p_mi»   C. Last name: «p_f»   D. Suffix: --
A0600. Social Security and Medicare Numbers   A. Social Security Number: «ssn»   B. Medicare number: «mbi»
A0700. Medicaid Number: «medicaid»   («region» Medicaid, pending redetermination)
A0800. Gender: «p_gcode». «p_Sex»
A0900. Birth Date: «p_dob»
A1110. Language   A. Preferred language: English   B. Interpreter needed? 0. No
A1200. Marital Status: 3. Widowed
A1300. Optional Resident Items   A. Medical record number: «mrn»   B. Room number: «room1»
       C. Name by which resident prefers to be addressed: «p_nick»
       D. Lifetime occupation(s): dairy farmer; school cook
A1600. Entry Date: «d3_s»      A1700. Type of Entry: 1. Admission      A1805. Entered From: 03. Hospital («fac2»)
A2300. Assessment Reference Date: «d1_s»
SECTION C  COGNITIVE PATTERNS
C0500. ‹BIMS› Summary Score: «bims»   (interview by «c_n», LSW, on «d4_s»; resident calls the aide "«s1_g»")
SECTION GG  FUNCTIONAL ABILITIES   ‹GG0130A› Eating: 05. Setup or clean-up   GG0170I Walk 10 feet: 03. Partial/moderate
SECTION I  ACTIVE DIAGNOSES   ‹I4800› Non-Alzheimer's Dementia: [X]   I8000 Additional: «icd1», «icd2»
SECTION J  HEALTH CONDITIONS   J1800 Any falls since admission: 1. Yes (see event «inc»)   J1900C Major injury: 0
SECTION M  SKIN CONDITIONS   ‹M0300B1› Stage 2 pressure ulcers: 1 (sacrum), present on admission: 1
SECTION N  MEDICATIONS   N0415E Anticoagulant: 1. Taking («drug1»)   N0415A Antipsychotic: 0
SECTION Z  ASSESSMENT ADMINISTRATION
Z0400. Signatures of Persons Completing the Assessment
   A. «n_n», RN                  Sections A, B, I, J, M, N     «d1_s»
   B. «c_n», LSW                 Sections C, D, E, F, Q        «d4_s»
   C. «e_n», PT, DPT             Section GG                    «d1_s»
Z0500. RN Assessment Coordinator verifying completion: «m_n», RN, RAC-CT   B. Date: «d2_s»
Responsible party: «r_n» («r_rel», health care POA)  «r_addr»  cell «r_mob»
Attending physician: «d_n», MD      Transmitted to iQIES: «d2_s» batch 0412
"""

OASIS = """«agency» -- OASIS-E START OF CARE (SOC)          Clinician: «n_n», RN    Visit «d1_s»   in 09:40 / out 11:25
(M0010) CMS Certification Number: 367128           (M0014) Branch State: «p_abbr»      (M0016) Branch ID: N
(M0020) Patient ID Number: «mrn»
(M0030) Start of Care Date: «d1_s»                  (M0032) Resumption of Care Date: [X] NA
(M0040) Patient Name: First «p_g»   MI «p_mi»   Last «p_f»
(M0050) Patient State of Residence: «p_abbr»       (M0060) Patient ZIP Code: «p_pc»
(M0063) Medicare Number: «mbi»                       (M0064) Social Security Number: «ssn»
(M0065) Medicaid Number: «medicaid»
(M0066) Birth Date: «p_dob»                         (M0069) Gender: «p_Sex»
(M0080) Discipline of Person Completing Assessment: 1 - RN      (M0090) Date Assessment Completed: «d1_s»
(M0102) Date of Physician-ordered SOC: «d4_s»      (M0104) Date of Referral: «d3_mon»
(M1000) Discharged within past 14 days from: 3 - Short-stay acute hospital («fac2»), discharged «d4_dm»
(‹M1021›) Primary Diagnosis: «icd1»     (M1023) Other Diagnoses: «icd2», «icd3»
(M1033) Risk for Hospitalization: 1, 2, 5, 8       (‹M1800›) Grooming: 2   (M1830) Bathing: 4   (M1860) Ambulation: 3
(GG0170C) Lying to sitting on side of bed: 03 - Partial/moderate assistance
(M2001) Drug Regimen Review: 1 - Yes, issues found («drug1» duplicated with «drug2»; PCP notified)
NARRATIVE: Pt is «p_age» y/o «p_Sex», seen at home, «p_addr». Lives alone in a two-story farmhouse; bedroom moved
downstairs. NOK «r_n» («r_rel») checks in daily (cell «r_mob», work «r_ph»). Lockbox on back porch railing, code «keysafe»;
please re-lock. Small dog, friendly. Emergency contact #2: «q_n» («q_rel») «q_mob», «q_em». PCP «d_n», MD.
Pt states she/he "wants to stay home till the end". Home safety: ‹throw rugs› removed, ‹grab bar› needed in tub.
PLAN: SN 2w3, 1w4; PT eval «d7_s» by «e_n», PT; HHA 2w4 («s1_n»). Next SN visit «d7_dm».
Electronically signed: «n_n», RN  «d1_s» 13:02     Agency MR# «mrn»
"""

HANDOVER = """«fac» -- HANDOVER  day to night   «d1_s»   Unit: Bluebell (memory care)
Nurse in charge (days): «n_n»   Handed to: «n2_n» (nights)   Night carers: «s1_g», «s2_g», «s3_n» (agency)
---------------------------------------------------------------------------------------------------------
«room1»  «p_n» ("«p_nick»"), «p_old» -- ‹DNACPR› in place. Poor intake, 1/4 of lunch, fluids 850 ml. «r_Rel» «r_g»
        visited pm, worried re weight («wt»). «drug1» given 14:00. Skin intact, 2-hrly repositioning, «waterlow».
«room2»  «x_g» -- settled, slept after lunch. ‹Podiatrist› seen. «xr_Kin» «xr_g» to ring back re glasses.
«room3»  «y_n» -- unwitnessed fall 16:40 in en-suite, no apparent injury, neuro obs 1/2-hrly until 22:40
        then 4-hrly. Incident «inc». «GP» Dr «d_f» informed, to review «d7_dm». «yr_Nib» «yr_n» aware.
«room4»  «z_title» «z_f» -- end of life, ‹anticipatory meds› in situ («eol1», «eol2»). Family («zr_g») staying over;
        please offer tea/blankets. Mouth care 2-hrly.
«room5»  «v_n» -- new admission «d4_dm» from «fac2». Bed rails assessed. ‹Hearing aid› charging in drawer. «drug2» at 22:00.
Hospital: «o_n» still on ward 23, expected back «d7_wd».
Tomorrow: «p_nick» hairdresser 10:00 (with «s4_g»); «x_g» optician; «m_g» (manager) in at 08:00.
Signed: «n_n» / «n2_n»      «abbey» recorded for «room3» at 18:00
"""

INCIDENT = """INCIDENT REPORT -- FALL                                  Ref: «inc»        Reported: «d1_s» 03:20
Service: «fac»        Location: «room1», en-suite bathroom
Person affected: «p_n»     DOB «p_dob» («p_old» yrs)     «natl»: «nat»     Resident no. «mrn»
Witnessed?  No -- found on floor by «s1_n» («carer») at approx. 03:05 during 2-hourly check.
What happened: «p_nick» was found sitting on the floor beside the bed. ‹Sensor mat› (serial «dev1») had not alarmed --
found unplugged at the wall. «p_She» said "I was getting up to let the cat in." No loss of consciousness reported.
Injuries: 3 cm ‹skin tear› left forearm, cleaned and ‹steri-stripped›. Small red area right hip, no shortening/rotation.
Obs 03:15: BP 142/78, P 88 irreg, SpO2 95% RA, T 36.4, BGL 7.9. Neuro obs commenced per policy (on «drug2»).
Actions: after-hours «GP» (Dr «d_n») phoned 03:40 -- continue obs, review «d7_dm». Hip X-ray if pain increases.
Family: «r_n» («r_rel», EPOA) informed 08:10 by «n_n» on «r_mob». Second contact «q_n» not called (per family wish).
Falls risk reassessed: «frat» (high). Care plan updated: ‹low-low bed›, sensor mat re-checked (new mat «dev2»),
night light on, ‹hip protectors›. Region: «region». Physio referral to «e_n».
Witness / staff statements attached: «s1_n», «s2_n».
Reported by: «s1_n»        Reviewed by: «m_n», Clinical Manager, «d7_s»        Closed: «d2_s»
"""

MAR = """MEDICATION ADMINISTRATION RECORD      «fac»      Cycle: «d1_s» to «d5_s» (28 days)
Resident: «p_rev»   «room1»   DOB «p_dob»   «natl» «nat»   Allergies: penicillin (rash), elastoplast
«GP»: Dr «d_n»        Pharmacy: ‹Keystone Pharmacy› (blister packs)      Weight «wt» on «d4_dm»      Photo on file: Y
-----------------------------------------------------------------------------------------------------------
Medication / directions                 Time   1   2   3   4   5   6   7   8   9   10  11  12  13  14
«drug1»  ONE daily                      08:00  «s1_i»  «s1_i»  «n_i»  «n_i»  R   «s2_i»  «s2_i»  «n_i»  «s1_i»  «s1_i»  H   H   «n_i»  «s2_i»
«drug2»  TWO at night                   22:00  «n2_i»  «n2_i»  «n2_i»  S   «n2_i»  «n2_i»  «n_i»  «n_i»  «n2_i»  «n2_i»  H   H   «n2_i»  «n2_i»
«drug3»  ONE twice daily                08:00  «s1_i»  «s1_i»  «n_i»  «n_i»  «s2_i»  «s2_i»  «s2_i»  «n_i»  «s1_i»  «s1_i»  H   H   «n_i»  «s2_i»
                                        18:00  «s2_i»  «s2_i»  «s1_i»  «s1_i»  «n_i»  «n_i»  «n_i»  «s2_i»  «s2_i»  «s1_i»  H   H   «s1_i»  «n_i»
«drug4»  PRN up to 4 times in 24 h      PRN    see reverse
Codes: R refused  S asleep  H hospital  L leave  N nausea/vomiting  O other (see reverse)
REVERSE  «d4_dm» 08:00 «drug1» refused x2, re-offered 08:40 by «s1_g», taken. -- «d7_dm» 22:10 «drug4» given for hip pain
(«abbey») by «n_g», effective at 23:00. -- Hospital «d1_dm»-«d7_dm» («fac2»), all meds returned to trolley.
‹Controlled drug register› p.14: witnessed by «n2_fi».
SIGNATURE LIST    Initials   Name                      Role                 «licl»
                  «n_i»         «n_n»          «nurse»
                  «n2_i»         «n2_n»         «nurse» (bank)        «lic2»
                  «s1_i»         «s1_n»         Senior «carer»
                  «s2_i»         «s2_n»         «carer»
Checked in by «n_n» («lic») and «s2_fi» on «d1_s».
"""

CAREPLAN = """«fac» -- PERSON-CENTRED CARE PLAN  ("This is me")                Reviewed «d1_s»  Next review «d2_s»
Name: «p_n»        Likes to be called: «p_nick»        «room1»        Date of birth: «p_dobl» (age «p_old»)
Admitted: «d3_l»    Key nurse: «n_n»    Key worker: «s1_n»    «GP»: Dr «d_n»
«natl»: «nat»      «nat2l»: «nat2»     Home address before admission: «p_addr»
About me: Grew up on a farm outside «v_town», one of eleven. Worked in the creamery office, then ran the post office
with my «sp_rel» «sp_g» (d. «year»). I love the rosary on the radio, a strong cup of tea, and a flutter on the horses.
People who matter: daughter «r_n» (next of kin, «r_mob», «r_em»); son «q_n», lives in «q_town», visits on Sundays;
grandchild «o_g» sends letters; my friend «v_n» brings the paper on Thursdays.
Communication: deaf in the left ear -- hearing aid in right (serial «dev1»), batteries changed Mondays. Glasses for reading.
Mobility: ‹Zimmer frame›, one to assist; 2 falls in last 6 months («frat»). Hip protectors.
Eating & drinking: «must», ‹fortified diet›, ‹soft & bite-sized›. Likes porridge with brown sugar. Weight «wt».
Skin: «waterlow», ‹pressure-relieving cushion›, heels checked each shift.
Medicines: «drug1», «drug2», «drug3» as per MAR.
Night time: door ajar, landing light on. If unsettled, «p_nick» likes to hear about «v_g»'s grandchildren.
Faith: Catholic, Eucharist brought by «e_n» on Fridays.
Consent / capacity: discussed with «p_nick» and with «r_g» on «d1_s». Signed: «n_n», «licl» «lic»; «r_n».
"""

SHIFTNOTES = """«agency» -- SUPPORT WORKER SHIFT NOTES
Participant: «p_n» («p_nick»)        «natl» «nat»        ID «mrn»
Address: «p_addr»    Access: key safe beside the meter box, code «keysafe»; back door deadlock key on hook.
Shift: «d1_wd» 07:00-15:00    Worker: «s1_n»    Ratio 1:1
07:05  Arrived, «p_g» still asleep. Checked ‹seizure monitor› -- no alerts overnight (log sent to «c_em»).
07:40  Assisted with shower and dressing. Chose own clothes. Breakfast: toast, juice. ‹Webster pack›: «drug1» 8am given, «drug2» with lunch.
09:30  Drove «p_g» to the library and then pool in my car («plate»), 14 km. ‹Community access›.
11:15  «p_She» bought lunch at the bakery, handled own money (‹EFTPOS›, PIN entered independently).
12:20  «r_Rel» («r_n») rang on «r_mob» -- asked that we practise the bus route again Thursday.
13:00  Home. Quiet time, music. Texted brother «q_g» photos for the album «url2».
14:30  Noticed redness on left heel, photo taken and sent to team leader. No pain reported.
14:55  Handover to «s2_n» (PM). Key returned to key safe, code scrambled.
Incidents: nil. ‹Behaviours of concern›: nil. ‹Restrictive practices› used: nil.
Signed: «s1_n»   15:04      Reviewed: «m_n», Team Leader, «d7_s»
"""

FAMILYLOG = """FAMILY COMMUNICATION LOG -- «fac»
Resident: «p_n» («p_nick»)   «room1»   Chart # «mrn»   DOB «p_dob»   «natl» «nat»
Substitute decision-maker / POA (personal care): «r_n» («r_rel»)
PHONE TREE
  1st call   «r_n» («r_rel», POA)    cell «r_mob»   home «r_ph»   «r_em»
  2nd call   «q_n» («q_rel»)          «q_mob»
  3rd call   «o_n» («o_rel», «o_town»)   «o_mob»   text only after 9 pm
Family portal: «url»   (login set up for «r_g» and «o_g» on «d3_s»)
Date        Time   Staff                   Contact   How     Summary
«d3_s»  10:12  «n_g» («nurse»)        «r_g»     phone   ‹Care conference› booked; ‹goals of care› reviewed. Prefers calls after 10 am.
«d4_s»  16:40  «s1_n» («carer»)       «o_g»     email   Sent photos of birthday tea (turned «p_old» on «p_bd»).
«d4_s»  20:05  «n2_n» («nurse»)       «r_g»     phone   UTI suspected, «drug1» started per Dr «d_f». «r_g» agreed.
«d1_s»  07:55  «n2_n» («nurse»)       «r_g»     phone   Fall overnight, no injury; neuro obs normal. Will visit at noon.
«d1_s»  12:30  «m_n» (DOC)            «r_g», «q_g»   in person   Met re ‹bed rails› / ‹restraint-free› plan. Copy of plan given.
«d7_s»  09:15  «c_n» (SW)              «q_g»     phone   «q_g» asked about respite for «r_g»; info on «agency» sent.
Preferences: no calls 23:00-07:00 unless end-of-life or hospital transfer. Interpreter not needed. Language: English. Province: «region».
"""

VISITS = """«fac» -- VISITING BOOKINGS    week of «d1_l»
Visits 10:00-11:30 and 14:00-16:30 in the «dayroom». ‹Max 2 visitors› per resident. Please sign in.
«d1_wd»  10:00   «x_n» («room2»)      visitors: «xr_n» + grandson            booked by «s1_g»
«d1_wd»  14:00   «p_n» ("«p_nick»", «room1»)   «r_n» and dog (pet visit approved)   booked by «s1_g»
«d7_wd»  10:30   «y_n» («room3»)      video call with «yr_n» in «country2» -- link «url»
«d7_wd»  14:00   «z_n» («room4»)           «zr_n» -- needs hoist to lounge, 2 staff («s2_g», «s3_g»)
«d2_wd»  15:00   «p_nick»                    «o_n» («o_rel») + great-grandchild
NOTES  «p_nick» («p_old») -- birthday «p_bd»: cake from the «fac» kitchen, family «r_g» & «q_g» coming, reserve the sunroom.
       «v_n» («chaplain») visiting all residents Thursday 11:00.
       Hairdresser «s4_n» Wednesdays, 09:30 onwards (residents' list at reception).
       Enquiries: «m_n», Facility Manager, «m_em».
"""

DOLS_GB = """DEPRIVATION OF LIBERTY SAFEGUARDS -- FORM 1: REQUEST FOR A STANDARD AUTHORISATION AND URGENT AUTHORISATION
Managing authority: «fac»                         Supervisory body: ‹Wolds & Vale Council› (‹Adult Social Care›)
1. THE RELEVANT PERSON
   Name: «p_n»         Date of birth: «p_dob»         Age: «p_old»        Sex: «p_Sex»
   NHS number: «nat»       Room: «room1»
   Usual address (if different): «p_addr»
   GP: Dr «d_n»
2. FAMILY / PEOPLE TO CONSULT
   «r_n» («r_rel») -- «r_addr», tel «r_mob», «r_em»
   «q_n» («q_rel») -- «q_mob»
   ‹Lasting Power of Attorney› (Health & Welfare): YES -- «r_n», registered «d6_s», OPG ref «lpa»
3. WHY A DEPRIVATION OF LIBERTY IS NEEDED
   «p_nick» has ‹mixed dementia› (‹F01.3›) and repeatedly tries to leave to "catch the bus home to «v_town»". The front door
   is keypad-locked, «p_she» is under continuous supervision and would be prevented from leaving. Covert medication
   is NOT used. ‹Sensor mat› at night; «drug2» at 20:00.
4. URGENT AUTHORISATION   Granted by the managing authority on «d1_s» for 7 days, expires «d9_s».
   Signed: «m_n», Registered Manager   «m_em»   «m_ph»
OFFICE USE   DoLS ref «dols»   BIA allocated: «c_n» («d7_s»)   Mental health assessor: Dr «e_n»   Priority: HIGH
"""

GUARDIAN_AU = """«tribunal» -- GUARDIANSHIP AND ADMINISTRATION
ORDER                                                                                   File no. «dols»
Represented person: «p_n»   DOB «p_dob» (aged «p_old»)   formerly of «p_addr»
Now residing at: «fac», «room1»              My Aged Care ID: «mac»       «natl»: «nat»
Applicant: «c_n», Social Worker, «fac2»
Hearing: «d4_s» (by telephone)   Jurisdiction: «region»   Present: the applicant, «r_n» («r_rel»), «q_n» («q_rel»)
THE TRIBUNAL ORDERS:
1. «r_n» of «r_addr» is appointed limited guardian of «p_n».
2. The guardian has the powers to make decisions about accommodation, access to services, health care and
   consent to ‹restrictive practices› (‹chemical restraint›: ‹Risperidone 0.5 mg› PRN as prescribed by Dr «d_n»).
3. «q_n» is appointed administrator; financial matters including the «amt1» per fortnight accommodation payment.
4. This order is to be reviewed by «d12_s».
Reasons: «p_nick» was assessed by Dr «d_n» (geriatrician) on «d10_s» as lacking capacity for these decisions. The
tribunal had regard to «p_her» wish, expressed at the hearing, "to go home to «p_town»" and to the views of
grandson «o_n» («o_em»).
Member: «e_n», Senior Member         Order made: «d1_s»
"""

NDIS = """«agency» -- NDIS SUPPORT PLAN (Core & Capacity Building)
Participant: «p_n»      NDIS number: «ndis»      DOB: «p_dob» (age «p_age»)
Plan dates: «d3_s» to «d2_s»      Plan-managed by ‹Clearline Plan Management›      Support Coordinator: «c_n» («c_mob», «c_em»)
Address: «p_addr»        Lives with: «r_rel» «r_n» and «q_rel» «q_g»
MY GOALS   1. "I want to catch the bus to TAFE on my own."   2. "I want to cook dinner for my family once a week."
SUPPORTS
  ‹01_011_0107_1_1›  Assistance with self-care, weekday daytime     «amt2»/hr   12 hrs/wk   «s1_g» / «s2_g»
  ‹04_104_0125_6_1›  Access community, social & rec activities      «amt2»/hr   6 hrs/wk    «s1_g»
  ‹15_037_0117_1_3›  Individual social skills development           --          fortnightly  OT «e_n»
RISKS  Epilepsy (tonic-clonic, last seizure «d4_s»). ‹Seizure plan›: ‹Midazolam 5 mg buccal› per plan; call 000 if > 5 min.
       Anxiety in crowds -- offer headphones. Allergy: nil known. Other meds: «drug1», «drug2».
HOME ACCESS  Key safe at the side gate, code «keysafe». Alarm panel PIN «alarm» (overnight staff only).
             Wi-Fi "TelstraA7F2" password «wifi».
EMERGENCY CONTACTS  «r_n» («r_rel») «r_mob»;  «q_n» («q_rel») «q_mob»
REIMBURSEMENTS  (plan manager) BSB 063-182  Account «acct»  Name: «r_n»
Consent: «p_n» / «r_n», signed «d1_s».   Plan written by «c_n» with «p_g» and «p_her» family.
"""

ROSTER = """«agency» -- ‹RUN SHEET› «d1_s» (AM run)                 Coordinator on call: «m_n» «m_mob»
visit,time,client,address,access,tasks,carers,mins
1,07:30,«p_n»,"«p_addr»","key safe «keysafe» left of front door",personal care + meds (‹blister pack›: «drug1»),«s1_n» & «s2_g»,45
2,08:30,«x_n»,"«x_addr»","door code «door», alarm PIN «alarm»",breakfast + meds prompt,«s1_g»,30
3,09:15,«y_n»,"«y_addr»","family lets in -- if no answer ring «yr_n» «yr_mob»",shower (Tues/Fri),«s3_n»,60
4,10:30,«z_n»,"«z_addr»","key safe «keysafe2» behind side gate; DOG in kitchen",lunch prep + pad check,«s2_n»,30
NOTES
- «p_nick» has a new ‹pendant alarm› (monitoring unit «dev1»); test it on each call. «r_Rel» «r_g» visits Weds.
- «x_g» at ‹day centre› Tues/Thurs -- no lunch call those days.
- «y_g» («y_age») low mood since spouse died; 5 mins extra, encourage fluids. GP Dr «d_f» aware.
- Mileage and timesheets to «m_em» by Friday. ‹Lone-worker› check-in: text «m_mob» after last call.
"""

BEREAVEMENT = """«hospice»
‹Bereavement Support Service›

«d1_l»

«r_title» «r_n»
«r_block»

Dear «r_g»,

It is now around three months since your «p_parent», «p_g», died on «d8_l». Everyone in the ‹community team› who cared for
«p_hero» at home -- especially «n_g» and «s1_g», who visited most days -- asked to be remembered to you. We know how
much «p_nick» loved the garden at «p_line».

Grief can come and go in waves. Our ‹bereavement volunteers› offer a listening ear by phone or in person, and our
coordinator, «c_n», will ring you on «r_ph» in the week of «d2_l» unless you would rather we did not.

Our ‹Service of Remembrance› is on «d7_l» at 7 pm in the ‹Garden Room›. Names are read aloud; if you would like «p_nick»'s
name included, please reply to «c_em» or call the bereavement line.

With warm wishes,

«c_n»
‹Bereavement Coordinator›
Ref: «mrn»     cc: Dr «d_n» («GP»)
"""

WOUNDS = """WOUND IMAGE INDEX -- «fac»                                   exported «d1_s» 16:02
Resident: «p_rev» (MRN «mrn»)   DOB «p_dob»   «room1»   Age «p_age»
Wound care nurse: «n_n», RN, CWCN          Imaging device: tablet asset «dev1»
Consent for photography: «r_n» («r_rel», POA) verbal «d10_s», witnessed by «n2_n»
Photo ID        Date        Site                 Type / stage            L x W x D (cm)     Taken by      File
«photo1»    «d10_s»  Sacrum               Pressure injury st 3    4.2 x 3.1 x 0.6    «n2_fi»     S:\\WoundImages\\«p_f»_«p_g»\\sacrum_1.jpg
«photo2»    «d4_s»  Sacrum               Pressure injury st 3    3.6 x 2.8 x 0.4    «n_fi»     S:\\WoundImages\\«p_f»_«p_g»\\sacrum_2.jpg
«photo3»    «d4_s»  L heel               Deep tissue injury      2.0 x 1.9          «n_fi»     S:\\WoundImages\\«p_f»_«p_g»\\heel_L_1.jpg
«photo4»    «d1_s»  R lower leg          Skin tear (ISTAP 2)     5.5 x 1.2          «s1_fi»     S:\\WoundImages\\«p_f»_«p_g»\\leg_R_1.jpg
Plan: «icd1». ‹Alternating-pressure mattress› (serial «dev2»), turning q2h. Dressings: ‹silicone foam›. ‹heel boots› in bed.
Dietitian «e_n» referred «d4_s» (albumin low, «wt»). Physician «d_n» updated «d1_s». Next photos due «d2_s».
"""

POLST = """PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) -- «region»
Patient last name: «p_f»     First: «p_g»     Middle initial: «p_mi»     DOB: «p_dob»     Gender: «p_sex»
Address: «p_addr»        Age «p_old»        Medicare «mbi»
A. CARDIOPULMONARY RESUSCITATION: [ ] Attempt Resuscitation/CPR   [X] ‹Do Not Attempt Resuscitation/DNR›
B. MEDICAL INTERVENTIONS: [X] ‹Comfort-focused treatment›  [ ] Selective treatment  [ ] Full treatment
   Additional orders: no transfer to hospital unless comfort cannot be achieved; «eol1» PRN via hospice.
C. ARTIFICIALLY ADMINISTERED NUTRITION: [X] ‹No artificial nutrition by tube›.
D. DISCUSSED WITH: [ ] Patient  [X] Health care agent: «r_n» («r_rel»), «r_mob»
   Alternate agent: «q_n» («q_rel»), «q_mob», «q_em»
E. SIGNATURE OF PRACTITIONER: «d_n», MD     License # «lic»     Phone «d_ph»     Date «d1_s»
   Signature of patient or agent: «r_n»      Date «d1_s»
Prepared with «c_n», MSW, «hospice» (hospice admission «d3_s», patient #«mrn»).
Goals of care note: «p_nick» wants to stay at «fac» with «p_her» cat; "no more ambulances". Review «d2_s».
"""

ACP_NZ = """ADVANCE CARE PLAN -- Tāku Mahere Tiaki                       «p_n»    NHI «nhi»    DOB «p_dob» (age «p_old»)
What matters to me: my mokopuna, my garden at «p_addr», and being near the awa. Please call me «p_nick».
My ‹EPA for personal care and welfare›: «r_n» («r_rel») «r_mob» -- activated «d3_s» after capacity assessment by
Dr «d_n». Property EPA: «q_n» («q_rel») «q_mob».
If I am dying I would like to be at home, or at «fac» («room1») if home is not possible. Call my whānau:
«r_g», «q_g», «o_n» («o_rel», «o_mob»). Karakia to be led by «v_n». No hospital transfer for treatment I would not want.
Resuscitation: I do not want ‹CPR›. Treatment: comfort care and symptom control only («eol1», «eol2» via ‹syringe driver›).
«nat2l»: «nat2»        «GP»: Dr «d_n», phone «d_ph»
Signed: «p_n»  «d1_s»        Witness: «n_n», «nurse», «licl» «lic»        Discussed with «hospice» («c_n»)
Copies: «fac2», «hospice», «r_n». Next review: «d2_s».
"""

TRANSPORT = """{
  "bookingRef": "«ref»",
  "service": "‹Non-emergency patient transport›",
  "status": "CONFIRMED",
  "requestedBy": {"name": "«n_n»", "role": "«nurse»", "facility": "«fac»", "email": "«n_em»"},
  "patient": {
    "name": "«p_n»",
    "preferredName": "«p_nick»",
    "dateOfBirth": "«p_dobiso»",
    "age": "«p_old»",
    "nationalId": {"type": "«natl»", "value": "«nat»"},
    "localId": "«mrn»",
    "pickupAddress": "«p_line», «p_town» «p_pc»",
    "phone": "«p_ph»"
  },
  "appointment": {"date": "«d7_iso»", "time": "10:30", "destination": "«fac2»", "clinic": "‹Fracture Clinic›"},
  "mobility": "‹wheelchair›; ‹hoist transfer› with own sling; «wt»",
  "clinical": {"oxygen": false, "dnacpr": true, "infection": "none", "meds": ["«drug1»", "«drug2»"]},
  "escort": {"name": "«r_n»", "relationship": "«r_rel»", "mobile": "«r_mob»"},
  "access": "Key safe by front door, code «keysafe». Carer «s1_n» on site until 09:00.",
  "vehicle": {"callSign": "PTS 14", "registration": "«plate»"},
  "crew": ["«s2_n»", "«s3_n»"],
  "booked": {"date": "«d1_iso»", "time": "14:02", "by": "«m_n»"}
}
"""

EQUIPMENT = """«equip» -- DELIVERY NOTE                  Order no. «order»        Delivery: «d1_s» (AM slot)
Client: «p_n»     DOB «p_dob»     «natl» «nat»
Delivery address: «p_addr»      Tel «p_ph»
Access: phone «r_n» («r_rel») on «r_mob» 30 mins before arrival; key safe «keysafe»; park on the drive.
Prescriber: «e_n», ‹Occupational Therapist›, ‹Community Rehab Team›    Authorised: «m_n», «d4_s»
Item code    Description                                   Qty   Serial / asset
‹BED-PR-03›    ‹Profiling bed, 4-section›, with side rails        1     «dev1»
‹MAT-AIR-2›    ‹Dynamic air mattress› (high risk)                 1     «dev2»
‹HST-MOB-1›    ‹Mobile hoist›, 150 kg SWL                         1     «dev3»
‹SLG-L›        Full body sling, size L                          2     --
‹COM-01›       Commode, static, padded                          1     --
Installed, bed rails risk-assessed and demonstrated to «r_g» and carer «s1_n». Client («p_nick») happy with position.
Collected: old divan bed (client's own) -- to go to «v_n», neighbour, at «v_line».
Service / LOLER inspection due «d2_s». Faults: call the equipment line quoting order «order».
Technician: «s2_n»   Vehicle «plate»   Signature of client / representative: «r_n»   10:52
"""

INTERRAI = """interRAI HOME CARE (HC) -- ASSESSMENT SUMMARY               «agency»
Assessor: «n_n», «nurse»     Assessment reference date (A8/A12): «d1_s»     Reason: 2 - Routine reassessment
A1 Name: «p_n»        A2 Gender: «p_Sex»        A3 Birth date: «p_dob»        Age: «p_age»
A5 Personal ID: «nat»          Case record no.: «mrn»          B2 Case opened: «d3_s»
A11 Residence: private home -- «p_addr»
A12 Living arrangement: with spouse «sp_n» (age «sp_age»)
A13 Time since last hospital stay: 31-90 days («fac2», discharged «d4_s»)
SCALES  CPS 2    ADL Hierarchy 3    IADL Capacity 18    CHESS 1    DRS 0    Pain 2    ‹MAPLe› 4 (high)
CAPs TRIGGERED  ‹Falls› (2 in 90 days), ‹Cognitive loss›, ‹Informal support›, ‹Pressure ulcer›
G1 INFORMAL HELPERS  Primary: «r_n» («r_rel»; lives in «r_town»; «r_mob») -- 14 h/wk, feels distressed.
                     Secondary: «v_n» (neighbour, «v_ph») -- shopping.
HOME ENVIRONMENT  Stairs to bedroom; grab rails needed; key safe fitted «d3_s» (code «keysafe», on file).
SERVICES  ‹Personal care› 7x/wk («s1_n», «s2_n»), ‹meals on wheels›, respite at «fac» -- 2 weeks from «d2_s».
MEDICATIONS  «drug1», «drug2», «drug3» (blister pack, «s1_g» prompts).
Care coordinator: «c_n» («c_em», «c_ph»)     Next reassessment: «d11_s»
"""

TRIBUNALS = {"Victoria": "VCAT", "New South Wales": "NCAT", "Queensland": "QCAT", "South Australia": "SACAT"}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("ltc51_mds_item_listing", ["US", "US"], "text", MDS),
    ("ltc51_oasis_start_of_care", ["US", "US"], "text", OASIS),
    ("ltc51_care_home_handover_sheet", ["GB", "AU"], "text", HANDOVER),
    ("ltc51_falls_incident_report", ["GB", "NZ"], "text", INCIDENT),
    ("ltc51_mar_with_signature_list", ["GB", "US"], "text", MAR),
    ("ltc51_person_centred_care_plan", ["IE", "GB"], "text", CAREPLAN),
    ("ltc51_support_worker_shift_notes", ["AU", "NZ"], "text", SHIFTNOTES),
    ("ltc51_family_communication_log", ["CA", "IE"], "text", FAMILYLOG),
    ("ltc51_visiting_schedule", ["NZ", "IE"], "text", VISITS),
    ("ltc51_dols_or_guardianship_order", ["GB", "AU"], "text", {"GB": DOLS_GB, "AU": GUARDIAN_AU}),
    ("ltc51_ndis_support_plan", ["AU", "AU"], "text", NDIS),
    ("ltc51_home_care_run_roster", ["GB", "IE"], "text", ROSTER),
    ("ltc51_hospice_bereavement_letter", ["GB", "US"], "text", BEREAVEMENT),
    ("ltc51_wound_photo_index", ["US", "CA"], "text", WOUNDS),
    ("ltc51_advance_care_plan", ["US", "NZ"], "text", {"US": POLST, "NZ": ACP_NZ}),
    ("ltc51_patient_transport_booking", ["AU", "GB"], "json", TRANSPORT),
    ("ltc51_equipment_delivery_note", ["GB", "CA"], "text", EQUIPMENT),
    ("ltc51_interrai_home_care_summary", ["CA", "NZ"], "text", INTERRAI),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc] if isinstance(template, dict) else template
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe51:{seed}:{kind}:{index}:{attempt}")
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
