# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-first independent probe corpus: maternity, neonatal, fertility and paediatric health text from the
United States, the United Kingdom (England, Wales, Scotland), Ireland, Canada (Ontario, Manitoba, Nunavut,
British Columbia), Australia and New Zealand -- as midwives, obstetricians, neonatal nurses, embryologists,
lactation consultants, health visitors, public health nurses, school nurses and safeguarding leads write it,
with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an antenatal booking assessment (England / Wales /
Scotland, Ireland: combined care), a hand-held pregnancy record (Australia; New Zealand: LMC maternity notes), an
obstetric ultrasound report (US, Canada), a labour and delivery summary (US; Canada: a Nunavut birth evacuation
to Winnipeg or an Ontario birth), a birth registration (Scotland's Form 1 draft, Ireland's BR1), a NICU / SCBU
nursing handover (twins and a third cot), a newborn bloodspot screening result (JSON: New Zealand, Ireland), a
postnatal discharge letter to the GP (Australia, England), a lactation consultation note (US, Canada: a rented
hospital-grade pump), a growth chart record (New Zealand Well Child, US), an immunisation visit (New Zealand
NIR, Ireland), a health visitor / public health nurse new-birth visit (a great-grandmother aged 90+ in the
household), an IVF embryology worksheet (US, UK: egg and embryo IDs, donor codes, witnesses), a fertility
clinic letter to the GP (Australia, Canada), a school nurse referral (US, Canada), a safeguarding / child
protection referral (England MASH, Queensland Child Safety), a community midwives' team chat (New Zealand,
England) and a prenatal patient-portal message thread (US, Canada).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template may be a dict by country. People: `p`
the mother (the patient), `r` her partner, `b` the baby (`c` a twin), `y` an older sibling, `g` the mother's
mother, `o` a great-grandmother (aged 90+ where the template says so), `d` `e` doctors, `s` `t` midwives /
nurses, `w` a social worker / health visitor / other staff member, `x` another person (a neighbour, a teacher, a
witness), `q` `k` `u` a second family (mother, baby, partner) in a shared document. Forms: `_n` the full name,
`_g` given, `_f` family, `_F` FAMILY, `_N` FULL NAME in capitals, `_lf` "FAMILY, Given", `_fc` "Family, Given",
`_i` "G. Family", `_ph` `_ph2` `_em`, `_line` `_town` `_county` `_pc` `_addr`, `_region` (keep), `_abbr` (plain),
`_dob` (the country's numeric date), `_dobl` (long), `_dobiso`, `_age` (keep, under 90), `_old` (AGE, 90+),
`_nid` (SSN, NHS / CHI number, PPSN, IHI, NHI, Canadian status / beneficiary number), `_hp` (Medicaid ID,
Medicare, provincial health number, medical card), `_lic` (a clinician's registration number). Dates `d0`
(birth) and `d1`-`d6`: `_n` numeric, `_l` long, `_s` short (14-Mar-2024, 3/14/24), `_iso`, `_w` with the weekday.

Labelling policy (decided before any measurement):
- NAME: every person's name -- mothers, partners, babies, twins, siblings, grandmothers, great-grandmothers,
  donors' recipients, obstetricians, neonatologists, GPs, midwives, health visitors, public health nurses,
  lactation consultants, embryologists and their witnesses, sonographers, school nurses, teachers,
  social workers, police officers, neighbours -- as written: full, given alone, family alone, capitals,
  "FAMILY, Given", "Family, Given", an initial and family name ("S. Ledingham": the initial inside the value),
  a maiden / birth surname. "Baby Girl", "Baby Boy", "Baby of", "Twin 1", "Twin 2" are plain text, the family
  name after them is NAME; honorifics and roles (Dr, Mrs, RM, RN, IBCLC, HV, Mum, Dad, Nana, Kuia) are plain.
- ADDRESS: street lines (house, flat, unit, lot, apartment, "House 1123", "Building 412"), towns, suburbs,
  townlands, communities, US counties, Irish counties ("Co." plain), a place of birth's town, a registration
  district. ZIP: US ZIP (+4), UK postcodes, Eircodes, Canadian postal codes, Australian and NZ postcodes.
- Keep when alone, plain text inside an address: US states, Canadian provinces and territories, Australian
  states, NZ regions, the UK nations; countries are keep. Abbreviations (OH, MB, NU, QLD, NSW) are plain.
- DATE: every date more specific than a year (birth, LMP, EDD, booking, scan, admission, delivery, discharge,
  collection, visit, registration, vaccination, due dates), in every form (14/03/2024, 03/14/2024, 2024-03-14,
  14 March 2024, March 14, 2024, 14-Mar-2024, 3/14/24, Thu 14 Mar, 14/03, 3/14); a baby's time of birth
  (03:42, 0342) is a DATE of its own. Years alone keep. Other clock times are plain text.
  AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person (a midwife's on-call mobile too). URL: a portal / video-visit link with its
  token. IP: a portal sign-in address.
- SSN: US social security numbers. ID: NHS and CHI numbers, PPSNs, IHIs, NHI numbers, Canadian status /
  beneficiary numbers, birth registration entry and file numbers, newborn screening card numbers, accession
  numbers, egg and embryo IDs, IVF cycle and clinic IDs, donor codes, WIC IDs, student IDs and UPNs, police
  and child protection case references, Centrelink CRNs, referral numbers. MRN: hospital / UR / chart numbers
  (the mother's and the baby's). ACCOUNT: hospital billing accounts. HEALTH_PLAN: Medicaid, Medicare,
  provincial health numbers, medical cards, private insurance member numbers. LICENSE: NMC PINs, GMC, IMC,
  NMBI, AHPRA, MCNZ, midwifery council, CPSO, CNO numbers and NPIs. DEVICE: a rented breast pump's serial, an
  infant security tag, a home apnoea monitor's serial. VEHICLE: a car's registration.
- Keep (must survive): hospital, unit and clinic names (Labour Ward, Delivery Suite, SCBU, NICU, Birth
  Suite, Postnatal Ward, Maternity Assessment Unit), gestational ages (27+3, 39+2 weeks), APGAR scores,
  weights, lengths and head circumferences, percentiles and centiles, drugs and doses, vaccine names and batch
  numbers (a product's, not a person's), procedures, blood groups, screening results, scores (EPDS, LATCH,
  Bishop), ICD-10 codes, first-level regions and countries alone, ages under 90, years.
- Not scored (plain text): honorifics, relationship words, form labels, school names, GP practice and
  switchboard numbers written as the practice's (the GP's number is PHONE), bed / cot / room numbers, clock
  times other than a time of birth, vital signs, gravida / parity, embryo grades, storage positions.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe61 import ids
from tests.engine.probe61.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = {
    "US": ["Mercy Women's Pavilion", "Saint Luke's Regional Medical Center", "Presbyterian Women's Hospital", "University Hospitals Birthing Center"],
    "GB": ["Princess Alexandra Maternity Unit", "St Hilda's Women's Hospital", "Royal Infirmary", "Queen Elizabeth University Hospital"],
    "IE": ["University Maternity Hospital", "Regional Maternity Unit", "Our Lady of Lourdes Hospital", "St Brigid's General Hospital"],
    "CA": ["Health Sciences Centre Women's Hospital", "Lakehead Regional Health Sciences Centre", "Royal Jubilee Hospital", "Children's Hospital of the North"],
    "AU": ["Royal Women's Hospital", "Mater Mothers' Hospital", "King Edward Memorial Hospital", "Base Hospital Maternity Unit"],
    "NZ": ["Waikato Hospital", "Christchurch Women's Hospital", "Whangārei Hospital", "Palmerston North Hospital"],
}  # fmt: skip
PRACTICES = {
    "US": ["Lakeside Pediatrics", "Women's Health Associates", "Bright Beginnings Pediatrics"],
    "GB": ["Parkview Medical Practice", "The Willows Surgery", "Abbey Medical Centre", "St Clement's Surgery"],
    "IE": ["Primary Care Centre", "The Medical Centre", "Harbour View Medical Practice"],
    "CA": ["Northern Family Health Team", "Inuit Health Centre", "Community Health Centre"],
    "AU": ["Family Medical Centre", "Riverside GP Super Clinic", "Aboriginal Medical Service"],
    "NZ": ["Te Whare Hauora Health Centre", "Family Health Centre", "Medical Centre"],
}  # fmt: skip
IVF_CLINICS = {"US": ["Midwest Fertility Specialists", "Center for Reproductive Medicine"], "GB": ["Assisted Conception Unit", "Centre for Reproductive Health"],
               "AU": ["City Fertility", "Reproductive Medicine Unit"], "CA": ["Centre for Fertility and Reproductive Health", "Fertility North"]}  # fmt: skip
DRUGS_AN = ["Folic acid 400 micrograms", "Aspirin 150 mg", "Ferrous fumarate 210 mg", "Labetalol 200 mg", "Nifedipine MR 20 mg", "Metformin 500 mg",
            "Enoxaparin 40 mg", "Levothyroxine 75 micrograms", "Pregnacare", "Vitamin D 10 micrograms", "Omeprazole 20 mg", "Sertraline 50 mg"]  # fmt: skip
DRUGS_PN = ["Paracetamol 1 g", "Ibuprofen 400 mg", "Dihydrocodeine 30 mg", "Lactulose 10 mL", "Enoxaparin 40 mg", "Ferrous sulfate 200 mg",
            "Cefalexin 500 mg", "Domperidone 10 mg", "Codeine 30 mg"]  # fmt: skip
DRUGS_NN = ["Caffeine citrate 5 mg/kg", "Gentamicin 5 mg/kg", "Benzylpenicillin 50 mg/kg", "Vitamin K 1 mg IM", "Dalivit 0.3 mL",
            "Sodium feredetate 1 mL", "Chloral hydrate 30 mg/kg", "Ranitidine 2 mg/kg"]  # fmt: skip
DRUGS_STIM = [
    "Gonal-f 225 IU",
    "Menopur 150 IU",
    "Gonal-f 300 IU",
    "Rekovelle 12 micrograms",
    "Pergoveris 150/75 IU",
    "Follistim 200 IU",
]
DRUGS_LUTEAL = [
    "Crinone 8% gel",
    "Progesterone pessaries 400 mg",
    "Estradiol valerate 2 mg",
    "Cyclogest 400 mg",
    "Prolutex 25 mg",
    "Utrogestan 200 mg",
]
DRUGS_TRIGGER = ["Ovitrelle 250 micrograms", "Decapeptyl 0.2 mg", "Pregnyl 10,000 IU"]
DRUGS_PEDS = ["Salbutamol 100 micrograms inhaler", "Cetirizine 5 mg", "Amoxicillin 250 mg/5 mL", "Methylphenidate 18 mg", "EpiPen Jr 0.15 mg",
              "Fluticasone 50 micrograms", "Melatonin 2 mg", "Insulin aspart"]  # fmt: skip
BLOOD = [
    "O RhD negative",
    "O RhD positive",
    "A RhD positive",
    "A RhD negative",
    "B RhD positive",
    "AB RhD positive",
]
VACCINES = {"NZ": [("Infanrix hexa", "A21CE%##@"), ("Prevenar 13", "@##%##"), ("Rotarix", "AROL@%##@@"), ("Priorix", "A69C@%##@")],
            "IE": [("6 in 1 (Hexyon)", "@#@%#"), ("MenB (Bexsero)", "@#%##@"), ("PCV (Prevenar 13)", "@##%##"), ("Rotavirus (Rotarix)", "AROL@%##@@")],
            "AU": [("Infanrix hexa", "A21CE%##@"), ("Prevenar 20", "@@%###"), ("Rotarix", "AROL@%##@@"), ("Bexsero", "@#%##@")]}  # fmt: skip
UNITS = {"lw": ["Labour Ward", "Delivery Suite", "Birth Suite", "Labor & Delivery"], "pn": ["Postnatal Ward", "Mother and Baby Unit", "Maternity Ward 4"],
         "nn": ["Special Care Baby Unit", "Neonatal Intensive Care Unit", "Neonatal Unit"], "an": ["Antenatal Clinic", "Maternity Assessment Unit",
         "Day Assessment Unit", "Fetal Medicine Unit", "Early Pregnancy Unit"]}  # fmt: skip
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
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    """The date in the forms a country writes it (every one a DATE)."""
    mon = MONTHS[d.month - 1]
    us = loc == "US"
    num = f"{d:%m/%d/%Y}" if us else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"
    long = f"{mon} {d.day}, {d.year}" if loc in ("US", "CA") else f"{d.day} {mon} {d.year}"
    short = f"{d.month}/{d.day}/{d:%y}" if us else f"{d.day:02d}-{mon[:3]}-{d.year}"
    dm = f"{d.month}/{d.day}" if us else f"{d.day:02d}/{d.month:02d}"
    wk = f"{DAYS[d.weekday()]} {d.month}/{d.day}" if us else f"{DAYS[d.weekday()]} {d.day} {mon[:3]}"
    return {"n": P("DATE", num), "l": P("DATE", long), "s": P("DATE", short), "iso": P("DATE", d.isoformat()), "dm": P("DATE", dm),
            "w": P("DATE", wk), "us": P("DATE", f"{d:%m/%d/%Y}"), "dmy": P("DATE", f"{d:%d/%m/%Y}")}  # fmt: skip


def licence(rng: random.Random, loc: str, doctor: bool) -> str:
    if loc == "US":
        return ids.npi(rng)
    patterns = {
        "GB": ("%######",) if doctor else ("%#@####@",),
        "IE": ("%#####", "%####") if doctor else ("%#####",),
        "CA": ("%#####", "%####") if doctor else ("%#######",),
        "AU": ("MED000%######",) if doctor else ("NMW000%######", "MID000%######"),
        "NZ": ("%#####",) if doctor else ("%####", "%#-%####"),
    }[loc]
    return fill(rng, rng.choice(patterns))


def person_slots(x: str, w: Person, ref: date, loc: str) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    df = date_forms(w.dob, loc)
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_N": N(w.full.upper()),
        f"{x}_lf": N(f"{w.family.upper()}, {w.given}"), f"{x}_fc": N(f"{w.family}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_county": A(w.county) if w.county else "", f"{x}_pc": P("ZIP", w.postcode),
        f"{x}_addr": w.addr, f"{x}_region": K(w.region), f"{x}_abbr": w.loc.abbr.get(w.region, ""),
        f"{x}_dob": df["n"], f"{x}_dobl": df["l"], f"{x}_dobiso": df["iso"], f"{x}_dobs": df["s"], f"{x}_dobus": df["us"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_nid": P("SSN" if loc == "US" else "ID", w.nid), f"{x}_hp": P("HEALTH_PLAN", w.hp) if w.hp else "",
        f"{x}_sexw": "Girl" if w.female else "Boy", f"{x}_sex": "F" if w.female else "M", f"{x}_he": "she" if w.female else "he",
        f"{x}_his": "her" if w.female else "his", f"{x}_son": "daughter" if w.female else "son",
    }  # fmt: skip


Y = 365
# per kind: (mother's age range in years, baby's age at d1 in days: None = not yet born)
BABY_AGE: dict[str, tuple[int, int] | None] = {
    "mat61_antenatal_booking": None, "mat61_pregnancy_handheld_record": None, "mat61_obstetric_ultrasound_report": None,
    "mat61_labour_delivery_summary": (0, 0), "mat61_birth_registration": (9, 40), "mat61_nicu_handover": (6, 24),
    "mat61_newborn_screening_result": (5, 12), "mat61_postnatal_discharge_letter": (2, 4), "mat61_lactation_consult_note": (3, 12),
    "mat61_growth_chart_record": (200, 420), "mat61_immunisation_visit": (56, 70), "mat61_health_visitor_check": (10, 16),
    "mat61_ivf_embryology_worksheet": None, "mat61_fertility_clinic_letter": None, "mat61_school_nurse_referral": (6 * Y, 13 * Y),
    "mat61_safeguarding_referral": (1 * Y, 4 * Y), "mat61_midwife_team_chat": (0, 0), "mat61_prenatal_portal_thread": None,
}  # fmt: skip
# kinds whose great-grandmother `o` is 90 or older
OLD = {
    "mat61_health_visitor_check",
    "mat61_birth_registration",
    "mat61_safeguarding_referral",
    "mat61_midwife_team_chat",
}


def ga(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi)}+{rng.randint(0, 6)}"


def gest(days: int) -> str:
    return f"{days // 7}+{days % 7}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# gestation (days) at the document's date, for the kinds written during a pregnancy
GA_AT_D1 = {"mat61_antenatal_booking": (8 * 7, 12 * 7 + 6), "mat61_pregnancy_handheld_record": (27 * 7, 34 * 7),
            "mat61_obstetric_ultrasound_report": (19 * 7, 23 * 7), "mat61_fertility_clinic_letter": (8 * 7, 10 * 7),
            "mat61_prenatal_portal_thread": (25 * 7, 36 * 7), "mat61_safeguarding_referral": (16 * 7, 30 * 7)}  # fmt: skip


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 5) + timedelta(days=rng.randrange(500))
    used: set[str] = set()
    school = kind == "mat61_school_nurse_referral"
    p_age = (
        (30 * Y, 47 * Y)
        if school
        else (22 * Y, 40 * Y)
        if kind == "mat61_safeguarding_referral"
        else (19 * Y, 43 * Y)
    )
    if kind in ("mat61_ivf_embryology_worksheet", "mat61_fertility_clinic_letter"):
        p_age = (31 * Y, 44 * Y)
    p = draw_person(rng, loc, used, d1, female=True, age_days=p_age)
    partner_female = rng.random() < 0.08
    r = draw_person(rng, loc, used, d1, female=partner_female, culture=p.culture if rng.random() < 0.7 else None, home=p,
                    age_days=(max(18 * Y, (d1 - p.dob).days - 4 * Y), (d1 - p.dob).days + 8 * Y))  # fmt: skip
    fam = r.family if not partner_female and rng.random() < 0.65 else p.family
    ba = BABY_AGE[kind]
    b_days = rng.randint(*ba) if ba else 0
    b_female = rng.random() < 0.5
    b = draw_person(
        rng, loc, used, d1, female=b_female, culture=p.culture, family=fam, home=p, age_days=(b_days, b_days)
    )
    c = draw_person(
        rng,
        loc,
        used,
        d1,
        female=rng.random() < 0.5,
        culture=p.culture,
        family=fam,
        home=p,
        age_days=(b_days, b_days),
    )
    y_lo = b_days + 400 if ba else 400
    y_hi = max(y_lo + 100, min(y_lo + 8 * Y, (d1 - p.dob).days - 17 * Y))  # the mother was 17 or older
    y = draw_person(rng, loc, used, d1, culture=p.culture, family=fam, home=p, age_days=(y_lo, y_hi))
    g = draw_person(
        rng,
        loc,
        used,
        d1,
        female=True,
        culture=p.culture,
        age_days=((d1 - p.dob).days + 18 * Y, (d1 - p.dob).days + 32 * Y),
    )
    o_age = (90 * Y + 30, 98 * Y) if kind in OLD else (70 * Y, 86 * Y)
    o_home = g if kind == "mat61_safeguarding_referral" or rng.random() < 0.5 else p
    o = draw_person(rng, loc, used, d1, female=True, culture=p.culture, home=o_home, age_days=o_age)
    ppl = {"p": p, "r": r, "b": b, "c": c, "y": y, "g": g, "o": o}
    for x in ("d", "e"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(32 * Y, 64 * Y))
    for x in ("s", "t", "w"):
        ppl[x] = draw_person(rng, loc, used, d1, female=rng.random() < 0.88, age_days=(24 * Y, 62 * Y))
    ppl["x"] = draw_person(
        rng,
        loc,
        used,
        d1,
        female=False if kind == "mat61_safeguarding_referral" else None,
        age_days=(25 * Y, 70 * Y),
    )
    q = draw_person(rng, loc, used, d1, female=True, age_days=(18 * Y, 42 * Y))
    u = draw_person(rng, loc, used, d1, female=False, culture=q.culture, home=q, age_days=(20 * Y, 45 * Y))
    k_days = rng.randint(1, 30)
    k = draw_person(rng, loc, used, d1, culture=q.culture, family=q.family, home=q, age_days=(k_days, k_days))
    ppl.update(q=q, u=u, k=k)
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, loc_code))
    s["p_maiden"] = P("NAME", rng.choice([f for f in NAMES[p.culture][2] if f not in used]))
    used.add(s["p_maiden"].value)  # type: ignore[union-attr]
    s["g_maiden"] = P("NAME", rng.choice([f for f in NAMES[p.culture][2] if f not in used]))
    s["g_maidenF"] = P("NAME", s["g_maiden"].value.upper())  # type: ignore[union-attr]
    s["p_maidenF"] = P("NAME", s["p_maiden"].value.upper())  # type: ignore[union-attr]
    for x in ("d", "e", "s", "t", "w"):
        s[f"{x}_lic"] = P("LICENSE", licence(rng, loc_code, x in ("d", "e")))
        s[f"{x}_dr"] = "Dr" if loc_code != "US" else "Dr."
    # dates: d0 the baby's birth, d1 the document's day, d2.. later / earlier events
    # the current pregnancy: gestation at d1 and its EDD (before a birth the baby's d0 is that EDD)
    ga_days = rng.randint(*GA_AT_D1.get(kind, (24 * 7, 34 * 7)))
    pedd = d1 + timedelta(days=280 - ga_days)
    d0 = d1 - timedelta(days=b_days) if ba else pedd
    edd = pedd if not ba else d0 + timedelta(days=rng.randint(-12, 12))
    lmp = edd - timedelta(days=280)
    d2 = d1 + timedelta(days=rng.randint(2, 9))
    d3 = d1 + timedelta(days=rng.randint(12, 40))
    d4 = d1 - timedelta(days=rng.randint(10, 60))
    d5 = d1 - timedelta(days=rng.randint(61, 120))
    d6 = d1 + timedelta(days=rng.randint(41, 90))
    for key, d in {
        "d0": d0,
        "d1": d1,
        "d2": d2,
        "d3": d3,
        "d4": d4,
        "d5": d5,
        "d6": d6,
        "edd": edd,
        "lmp": lmp,
        "pedd": pedd,
    }.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    hh, mm = rng.randint(0, 4 if kind == "mat61_midwife_team_chat" else 23), rng.randint(0, 59)
    s["tob"] = P("DATE", f"{hh:02d}:{mm:02d}")
    s["tob_mil"] = P("DATE", f"{hh:02d}{mm:02d}")
    s["tob_12"] = P("DATE", f"{(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}")
    t2 = (hh * 60 + mm + rng.randint(1, 9)) % 1440
    s["tob2"] = P("DATE", f"{t2 // 60:02d}:{t2 % 60:02d}")
    kh, km = rng.randint(0, 23), rng.randint(0, 59)
    s["k_tob"] = P("DATE", f"{kh:02d}:{km:02d}")
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    mrn_pat = {"US": ("%#######", "MR%######"), "GB": ("@%######", "RX%######", "%#######"), "IE": ("%######", "MN%#####"),
               "CA": ("%######", "M%#######", "HSC%######"), "AU": ("%######", "UR%######"), "NZ": ("%######", "@@%#####")}[loc_code]  # fmt: skip
    for key in ("mrn", "b_mrn", "c_mrn", "k_mrn", "q_mrn", "r_mrn"):
        s[key] = F("MRN", *mrn_pat)
    s["acct"] = F("ACCOUNT", "%#########", "HAR%#######", "%##-#####-#")
    s["accession"] = F("ID", "US%#######", "OB%########", f"{d1:%y}US%#####")
    s["card"] = F("ID", "%#######", "@%######", f"{d1:%y}-%#####")
    s["regno"] = F("ID", f"{d1.year}/%##/%####", "%####", f"%##-{d1.year}-%#####")
    s["ivf_id"], s["ivf_id2"] = (
        F("ID", "IVF%#####", "ACU-%####", "%######"),
        F("ID", "IVF%#####", "ACU-%####", "%######"),
    )
    s["cycle"] = F("ID", f"C{d1:%y}-%###", "CYC%######", f"%###-{d1.year}")
    s["donor"] = F("ID", "D%######", "#%###", "KD-%###@", "DNR%#####")
    cyc = fill(rng, "%###")
    for i in range(1, 7):
        s[f"egg{i}"] = P("ID", f"{cyc}-O{i:02d}")
        s[f"emb{i}"] = P("ID", f"{cyc}-E{i}")
    s["wic"] = F("ID", "%#########", "WIC%#######")
    s["student"] = F("ID", "%#######", "S%######", "%########")
    s["upn"] = P("ID", ids.upn(rng))
    s["police"] = F("ID", f"%###-{d1:%d%m%y}", f"%#/%####/{d1:%y}", f"QP{d1:%y}%#######")
    s["caseref"] = F("ID", "%#######", "CP-%######", "LCS%######", f"ROC-{d1:%y}-%#####")
    s["crn"] = F("ID", "%##%####@", "%########@")
    s["referral"] = F("ID", "REF%######", "%########", f"{d1:%y}-%#####")
    s["insurer_no"] = F("HEALTH_PLAN", "@@@%########", "%#########", "W%########", "%########-0#")
    s["b_hp"] = P("HEALTH_PLAN", ppl["b"].hp) if ppl["b"].hp else ""
    s["serial"] = F("DEVICE", "%########", "SYM%######", "@@%#######")
    s["hugs"] = F("DEVICE", "%#####", "HT-%#####")
    s["monitor"] = F("DEVICE", "SN %#######", "%###-%#####")
    s["rego"] = F("VEHICLE", "%@@%@@", "%##@@@", "@@@-%##")
    s["portal"] = P("URL", f"https://{rng.choice(['mychart', 'myhealth', 'portal'])}.{rng.choice(['mercywomens.org', 'uhbirth.org'] if loc_code == 'US' else ['hsc-mb.ca', 'northernhealth.ca'])}/"
                    + fill(rng, rng.choice(["visit/@@%#@%##", "v?room=%#####@@&t=%####", "tv/%#######"])))  # fmt: skip
    s["ip"] = P(
        "IP",
        f"{rng.choice([24, 67, 73, 98, 142, 174, 207])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
    )
    # keep values
    s["hosp"] = K(rng.choice(HOSPITALS[loc_code]))
    s["hosp2"] = K(rng.choice([h for h in HOSPITALS[loc_code] if h != s["hosp"].value]))  # type: ignore[union-attr]
    s["practice"] = K(rng.choice(PRACTICES[loc_code]))
    s["ivfclinic"] = K(rng.choice(IVF_CLINICS.get(loc_code, IVF_CLINICS["GB"])))
    for u_, names in UNITS.items():
        local = [n for n in names if ("Labor" in n) == (loc_code == "US")] or names
        s[f"u_{u_}"] = K(rng.choice(local))
    for key, pool in (("an", DRUGS_AN), ("pn", DRUGS_PN), ("nn", DRUGS_NN), ("peds", DRUGS_PEDS)):
        for i, v in enumerate(rng.sample(pool, 3), 1):
            s[f"drug_{key}{i}"] = K(v)
    s["drug_ivf1"], s["drug_ivf2"] = K(rng.choice(DRUGS_STIM)), K(rng.choice(DRUGS_TRIGGER))
    s["drug_ivf3"], s["drug_ivf4"] = (K(v) for v in rng.sample(DRUGS_LUTEAL, 2))
    s["blood"] = K(rng.choice(BLOOD))
    bw = rng.randint(2650, 4300)
    s["bw"] = K(f"{bw} g")
    s["bw_lb"] = K(f"{bw // 454} lb {round((bw % 454) / 28.35)} oz")
    s["bw_kg"] = K(f"{bw / 1000:.2f} kg")
    s["pre_bw"] = K(f"{rng.randint(640, 1480)} g")
    s["pre_bw2"] = K(f"{rng.randint(640, 1480)} g")
    s["ga_birth"] = K(gest(280 + (d0 - edd).days))
    s["ga_pre"] = K(ga(rng, 25, 31))
    s["ga_now"] = K(gest(ga_days))
    s["ga_d4"] = K(gest(280 - (pedd - d4).days))
    s["ga_d5"] = K(gest(280 - (pedd - d5).days))
    s["apgar"] = K(f"Apgars {rng.randint(6, 9)} and {rng.randint(8, 10)}")
    s["apgar1"], s["apgar5"] = K(str(rng.randint(5, 8))), K(str(rng.randint(8, 10)))
    s["centile"] = K(rng.choice(["9th", "25th", "50th", "75th", "91st", "2nd"]) + " centile")
    s["pctl"] = K(f"{ordinal(rng.randint(3, 97))} percentile")
    s["pctl2"] = K(f"{ordinal(rng.randint(3, 97))} percentile")
    s["hc"] = K(f"{rng.randint(320, 365) / 10:.1f} cm")
    s["length"] = K(f"{rng.randint(470, 545) / 10:.1f} cm")
    s["epds"] = K(f"EPDS {rng.randint(2, 14)}")
    s["latch"] = K(f"LATCH score {rng.randint(5, 9)}/10")
    s["p_grav"], s["p_para"] = str(rng.randint(2, 4)), str(rng.randint(1, 2))
    s["year"] = K(str(rng.randint(2015, 2022)))
    s["country"] = K(loc.country)
    s["region"] = K(p.region if loc_code != "IE" else "Ireland")
    s["p_rel"] = "wife" if not partner_female else "partner"
    s["r_rel"] = "partner" if partner_female or rng.random() < 0.5 else "husband"
    s["b_rel"] = "daughter" if b_female else "son"
    s["b_sexw"], s["b_sexl"] = ("Girl", "female") if b_female else ("Boy", "male")
    s["c_sexw"] = "Girl" if ppl["c"].female else "Boy"
    s["k_sexw"] = "Girl" if ppl["k"].female else "Boy"
    s["y_rel"] = "sister" if ppl["y"].female else "brother"
    s["b_she"], s["b_her"] = ("she", "her") if b_female else ("he", "his")
    s["r_dad"] = "Mum" if partner_female else "Dad"
    return s


def extra_slots(rng: random.Random, s: dict[str, Slot], loc_code: str, kind: str) -> None:
    """Dates, measurements and labels a few kinds need (added to the base slots in place)."""
    d1 = date.fromisoformat(s["d1_iso"].value)  # type: ignore[union-attr]
    d0 = date.fromisoformat(s["d0_iso"].value)  # type: ignore[union-attr]

    def add_date(key: str, d: date) -> None:
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})

    add_date("trig", d1 - timedelta(days=2))
    for n in (1, 3, 5):
        add_date(f"dd{n}", d1 + timedelta(days=n))
    pedd = date.fromisoformat(s["pedd_iso"].value)  # type: ignore[union-attr]
    fet = pedd - timedelta(days=261)  # a day-5 blastocyst: conception + 5 days
    add_date("fet", fet)
    vscan = fet + timedelta(days=rng.randint(24, 28))
    s["ga_vscan"] = K(gest(280 - (pedd - vscan).days))
    add_date("hcg", fet + timedelta(days=rng.randint(9, 12)))
    add_date("vscan", vscan)
    add_date("marr", d1 - timedelta(days=rng.randint(3 * Y, 12 * Y)))
    early = int(s["tob"].value[:2]) < 8  # type: ignore[union-attr]
    add_date("adm", d0 - timedelta(days=1 if early else rng.randint(0, 1)))
    for i, wk in enumerate((5, 9, 15, 26), 1):
        add_date(f"gc{i}", d0 + timedelta(days=wk * 7 + rng.randint(-3, 3)))
    bw = int(s["bw"].value.split()[0])  # type: ignore[union-attr]
    loss = rng.randint(5, 11)
    s["loss"] = K(f"{loss}%")
    s["wt_today"] = K(f"{round(bw * (100 - loss) / 100)} g")
    s["wt_hv"] = K(f"{bw + rng.randint(-80, 320)} g")
    growth = [bw / 1000]
    for inc in (1.05, 1.35, 1.8, 2.3):
        growth.append(growth[0] + inc * rng.uniform(0.75, 1.15))
    for i, kg in enumerate(growth):
        s[f"gw{i}"] = K(f"{kg:.2f} kg")
        s[f"gl{i}"] = K(f"{49.5 + 4.2 * i + rng.uniform(-1, 1):.1f} cm")
        s[f"gp{i}"] = K(rng.choice(["2nd", "9th", "25th", "50th", "75th", "91st"]))
    s["bpd"] = K(f"BPD {rng.randint(440, 620) / 10:.1f} mm")
    s["hcm"] = K(f"HC {rng.randint(165, 230)}.{rng.randint(0, 9)} mm")
    s["acm"] = K(f"AC {rng.randint(140, 210)}.{rng.randint(0, 9)} mm")
    s["flm"] = K(f"FL {rng.randint(300, 460) / 10:.1f} mm")
    s["efw"] = K(f"EFW {rng.randint(380, 1900)} g")
    s["fh"] = K(f"{rng.randint(22, 36)} cm")
    s["tsh"], s["irt"], s["phe"] = (
        K(f"TSH {rng.randint(2, 9)} mIU/L"),
        K(f"IRT {rng.randint(18, 52)} ng/mL"),
        K(f"Phe {rng.randint(40, 110)} µmol/L"),
    )
    for i, (name, pat) in enumerate(VACCINES.get(loc_code, VACCINES["NZ"]), 1):
        s[f"vac{i}"] = K(name)
        s[f"vb{i}"] = K(fill(rng, pat))
    us = loc_code == "US"
    s["nid_lbl"] = {"GB": "NHS No", "IE": "PPSN", "AU": "IHI", "NZ": "NHI", "US": "SSN", "CA": "Status no."}[
        loc_code
    ]
    if loc_code == "GB" and s["p_region"].value == "Scotland":  # type: ignore[union-attr]
        s["nid_lbl"] = "CHI"
    s["hp_lbl"] = {
        "US": "Medicaid ID",
        "CA": "Health card",
        "AU": "Medicare",
        "IE": "Medical card",
        "GB": "",
        "NZ": "",
    }[loc_code]
    s["insurer"] = K(rng.choice(["Anthem Blue Cross", "CareSource", "UnitedHealthcare Community Plan"] if us else ["Blue Cross", "Sun Life", "Manulife"]
                                if loc_code == "CA" else ["Medibank", "Bupa", "HCF"] if loc_code == "AU" else ["Vhi Healthcare", "Laya Healthcare", "Irish Life Health"]))  # fmt: skip
    s["sperm_bank"] = K(rng.choice(["Cascade Cryobank", "Northern Sperm Bank"]))
    s["centre"] = K(fill(rng, "0%##"))
    donor = s["donor"]
    s["sperm_src"] = (
        ("donor — HFEA donor code ", donor)
        if rng.random() < 0.5
        else "partner, fresh sample (normal parameters)"
    )
    s["school"] = rng.choice({"US": ["Ridgeview Elementary", "Lincoln Park Elementary"], "GB": ["St Anne's Catholic Primary", "Meadowbrook Primary School"],
                              "CA": ["Sacred Heart School", "Prairie Rose School"]}.get(loc_code, ["Meadowbrook Primary School"]))  # fmt: skip
    s["q_ga"] = K(gest(rng.randint(37 * 7, 41 * 7 + 3)))
    s["grade"] = str(max(1, (d1 - d0).days // Y - 5))
    s["dol"] = str((d1 - d0).days)


BOOKING = {
    "GB": """«hosp» — Maternity Services                                     ‹ANTENATAL BOOKING ASSESSMENT›
Booking date: «d1_n»     Gestation at booking: «ga_now» weeks     Venue: «practice» (community clinic)
Booked by: «s_n», Community Midwife — NMC PIN «s_lic»

Surname: «p_F»            Forename(s): «p_g»            Date of birth: «p_dob» (age «p_age»)
«nid_lbl»: «p_nid»         Hospital number: «mrn»
Address: «p_addr»
Mobile: «p_ph»      Email: «p_em»      OK to text appointment reminders: yes
Partner / next of kin: «r_n» («r_rel»), DOB «r_dob», mobile «r_ph»
Other emergency contact: «g_n» (her mother), «g_ph»
GP: «d_dr» «d_n», «practice» — GMC «d_lic»

LMP: «lmp_n» (certain, regular 28-day cycle)     EDD by LMP: «edd_s»     Dating scan: «d2_w», ‹Early Pregnancy Unit›
Obstetric history: G«p_grav» P«p_para». «y_g» born «y_dob» at 40+1, SVD, 3.4 kg, no complications. Miscarriage «year» (ERPC).
Medical history: hypothyroidism — ‹Levothyroxine 100 micrograms›; asthma (well controlled). BMI 31.4. Blood group «blood» — anti-D at 28 weeks.
Medications: «drug_an1», «drug_an2», «drug_an3»
Risk assessment: consultant-led care under «e_dr» «e_f» (‹Antenatal Clinic›, «hosp»): aspirin from 12 weeks, serial growth scans.
Social: lives with «r_g» and «y_g» (aged «y_age»). Ex-smoker, CO reading 1 ppm. Routine enquiry about domestic abuse: asked
alone — no concerns disclosed. Health visitor for the family: «w_n» (0-19 team), «w_ph».
Next appointment: «d3_w», 16-week review with «t_g» «t_f» RM at «practice».
Signed: «s_i», RM
""",
    "IE": """«hosp»                                         ‹MATERNITY SERVICES — ANTENATAL BOOKING VISIT›
Healthcare Record Number (MRN): «mrn»                            Booking date: «d1_s»
Model of care: Combined Care (GP / hospital)                       Gestation: «ga_now»
SURNAME: «p_F»      FIRST NAME: «p_g»      BIRTH SURNAME: «p_maidenF»
Date of birth: «p_dob»     Age: «p_age»     PPS No.: «p_nid»     Medical card no.: «p_hp»
Home address: «p_addr»
Mobile: «p_ph»       Email: «p_em»
Partner: «r_n», mobile «r_ph»         Next of kin if different: «g_n» (mother), «g_ph»
GP: «d_dr» «d_n», «practice», «d_town» — IMC Reg. No. «d_lic»
Booking midwife: «s_n» RM, NMBI PIN «s_lic»
Last menstrual period: «lmp_n»     EDD (dating scan, CRL 58 mm): «edd_l»
Previous pregnancies: G«p_grav» P«p_para» — «y_g», born «y_dobl» at «hosp2», ventouse delivery, 3.9 kg.
Blood group «blood»; rubella immune; HIV, hepatitis B and syphilis screening offered and accepted.
Medications: «drug_an1», «drug_an2»
Referrals: perinatal mental health midwife («t_n»), booking «epds»; dietitian (BMI 33).
Social: lives with «r_g» and their «y_son» «y_g»; her mother «g_g» minds «y_g» three days a week. Non-smoker.
Next visits: GP at 20 weeks on «d3_n»; hospital clinic «d6_n» (‹Consultant Obstetrician›: «e_dr» «e_n»).
""",
}

HANDHELD = {
    "AU": """‹PREGNANCY HEALTH RECORD› — «hosp»                                  UR No: «mrn»
Please bring this record to every visit.
Name: «p_n»          Date of birth: «p_dob» («p_age» yrs)          Medicare: «p_hp»          IHI: «p_nid»
Address: «p_addr»          Mobile: «p_ph»          Email: «p_em»
Interpreter required: No          Support person: «r_n» («r_rel»), «r_ph»
Model of care: Midwifery Group Practice — primary midwife «s_n» (AHPRA «s_lic»), mobile «s_ph»; back-up midwife «t_n», «t_ph»
GP: «d_dr» «d_n», «practice» (shared care)
LMP «lmp_s»      EDD «edd_s» (confirmed by 12-week scan)      Blood group: «blood»      G«p_grav» P«p_para»
ANTENATAL VISITS
Date          Gest        BP        Urine     FH (cm)   FHR    Presentation   Seen by
«d5_n»    «ga_d5»      112/68    NAD       -         160    -              «s_g»
«d4_n»    «ga_d4»      116/70    NAD       -         148    -              «t_g»
«d1_n»    «ga_now»      124/80    Prot +    «fh»     142    ceph           «d_i»
Notes «d1_w»: GTT fasting 5.3 — referred to the diabetes educator; start ‹Metformin 500 mg› nocte. Also on «drug_an3». Pertussis vaccine (Boostrix) given today.
Birth preferences: water immersion in the «u_lw» if low risk. Support people: «r_g» and her sister-in-law «x_g». Other children: «y_g» («y_age»).
""",
    "NZ": """‹MATERNITY CLINICAL NOTES› — Lead Maternity Carer (LMC)
Woman: «p_n»          NHI: «p_nid»          DOB: «p_dob»          Age: «p_age»
Address: «p_addr»          Cell: «p_ph»          Email: «p_em»
Partner / whānau support: «r_n» («r_ph»); her mother «g_n», «g_ph»
LMC midwife: «s_n», Midwifery Council reg. «s_lic», cell «s_ph» — backup «t_n», «t_ph»
Enrolled practice: «practice», «d_dr» «d_n»
EDD «edd_l» (by LMP «lmp_n»; dating scan agrees)        Booked «d5_n» at «ga_d5» weeks        Blood group «blood»
Visit «d4_w»: «ga_d4», BP 108/66, FH 21 cm, FHR 150s. Anatomy scan normal. Iron low (‹ferritin 11›) — start ‹ferrous fumarate 310 mg›. Also taking «drug_an1».
Visit «d1_w»: «ga_now», BP 138/88, FH «fh», trace protein. PET bloods taken. Referred to the obstetric clinic at «hosp» —
  consult with «e_dr» «e_n» booked for «d2_s» (‹Maternity Assessment Unit› if headache or visual disturbance).
Birth plan: hospital birth at «hosp»; wants to take the whenua home; «r_g» and «y_g» («y_age») at the birth.
Well Child provider chosen: Plunket. Referral to «w_n» (Tamariki Ora nurse) sent.
""",
}

ULTRASOUND = {
    "US": """«hosp» — ‹Maternal-Fetal Medicine› · Perinatal Ultrasound
OBSTETRIC ULTRASOUND REPORT — DETAILED FETAL ANATOMY (CPT 76811)
Patient: «p_lf»          MRN: «mrn»          DOB: «p_dob»          Age: «p_age»
Accession: «accession»      Exam date: «d1_n»      Referring: «d_n», MD (NPI «d_lic»)
Sonographer: «s_n», RDMS          Interpreting physician: «e_n», MD          Insurance: Medicaid «p_hp»
LMP: «lmp_n»      EDD by LMP: «edd_n»      GA by LMP: «ga_now»
BIOMETRY:  «bpd»   «hcm»   «acm»   «flm»   →   «efw» («pctl»)
AFI 14.2 cm. Placenta posterior, fundal, no previa. Cervical length 3.8 cm (transvaginal). FHR 148 bpm.
Fetal anatomy: intracranial structures, face, spine, four-chamber heart and outflow tracts, abdominal wall, kidneys and
bladder, extremities — all visualized and normal. Sex disclosed at patient's request.
IMPRESSION: 1. Single live intrauterine pregnancy at «ga_now». 2. Growth appropriate («pctl»). 3. No anomalies seen.
Follow-up growth scan on «d3_n». Results discussed with the patient by phone («p_ph») on «d2_s»; partner «r_n» on the call.
Electronically signed by «e_n», MD on «d1_s» 16:42.
""",
    "CA": """«hosp» — Diagnostic Imaging — Obstetrical Ultrasound
Patient: «p_N»          Chart: «mrn»          DOB: «p_dob»          Health card: «p_hp»
Home community: «p_town», «p_region» — travelled with escort «g_n»; staying at the boarding home
Requisitioned by: «d_dr» «d_n» (reg. «d_lic»), «practice»; cc «t_n», RN, community health nurse («t_ph»)
Exam: OB ultrasound ≥ 14 weeks, dating and growth        Date: «d1_l»        Accession: «accession»
Sonographer: «s_i»        Radiologist: «e_dr» «e_n»
Clinical: late booking, LMP «lmp_n» (unsure). G«p_grav» P«p_para».
Findings: single live intrauterine pregnancy, cephalic, FHR 152. «bpd», «hcm», «acm», «flm» — composite «ga_now».
«efw» («pctl»). Placenta anterior, clear of the os. Amniotic fluid normal.
Impression: EDD by this scan «edd_l». Growth appropriate. Recommend a follow-up growth scan in 4 weeks («d3_l»).
Patient contact for results: «p_ph» (cell), or through «g_g» («g_ph»).
""",
}

DELIVERY = {
    "US": """«hosp» — «u_lw»                                             DELIVERY SUMMARY
Mother: «p_lf»      MRN «mrn»      Acct «acct»      DOB «p_dob»      Age «p_age»
G«p_grav» P«p_para»   EDD «edd_n»   GA at delivery «ga_birth»   Blood type «blood», GBS negative, rubella immune
Admitted «adm_n» 0215 in spontaneous labor. SROM 0540, clear. Epidural 0610 (CRNA «t_n»).
DELIVERY: «d0_n» at «tob_mil» — NSVD, LOA, 2nd degree laceration repaired. EBL 350 mL. Pitocin 30 units/500 mL third stage.
Delivering provider: «d_n», MD (NPI «d_lic»)     L&D RN: «s_n», RN     Pediatrics: «e_n», MD
INFANT: Baby «b_sexw» «b_f»      MRN «b_mrn»      Security tag «hugs»
Birth weight «bw» («bw_lb»)   Length «length»   HC «hc»   «apgar» (1 and 5 minutes)   Cord pH 7.28
Newborn meds: Vitamin K 1 mg IM, erythromycin 0.5% eye ointment, hepatitis B vaccine (Engerix-B) — consent by «p_g».
Feeding: breastfeeding, skin-to-skin in the delivery room. Her «r_rel», «r_n», cut the cord.
Support person: «r_n», «r_ph».   Emergency contact: «g_n» («g_ph»).
Postpartum orders: «drug_pn1», «drug_pn2». Newborn to follow with «practice».
Birth certificate worksheet completed with «w_n» (birth registrar); mother's SSN «p_nid» on file for the infant's SSN request.
""",
    "CA": """‹RECORD OF LABOUR AND BIRTH› — «hosp», «u_lw»
Mother: «p_n»      DOB: «p_dob»      Chart: «mrn»      Health card: «p_hp»      Home: «p_town», «p_region»
Escort: «g_n» («g_ph»)          Home community nurse: «t_n», «practice»
Arrived «d4_l» on medical travel at 36 weeks; boarding with escort.
Birth: «d0_l» at «tob» — spontaneous vaginal birth at «ga_birth». Attended by «s_n», RM (reg. «s_lic»), and «d_dr» «d_n» (obstetrics on call).
Third stage: oxytocin 10 units IM. EBL 300 mL. Perineum intact.
Baby «b_sexw» «b_f» — chart «b_mrn»; «bw» («bw_lb»), length «length», HC «hc»; «apgar».
Skin to skin, breastfed within the first hour. Vitamin K and erythromycin given. Newborn screen to be collected at 24-48 h.
Baby's name: «b_g» «b_f» — chosen by «p_g»'s grandmother, «o_n».
Plan: return flight to «p_town» booked for «d2_l» with «g_g»; follow-up by public health nurse «w_n» («w_ph»).
""",
}

REGISTRATION = {
    "GB": """‹REGISTER OF BIRTHS — DRAFT ENTRY›  (please check every detail before the register is signed)
Registration district: «p_town»                              Entry No. «regno»
1. Date and place of birth: «d0_l», «hosp», «u_lw»          Time of birth: «tob»
2. Name and surname: «b_n»                                 3. Sex: «b_sexl»
4. Name and surname of father / parent: «r_n»
5. Place of birth: «w_town»                                6. Occupation: ‹electrician›
7. Name and surname of mother: «p_n»
8. Place of birth: «g_town»      9. (a) Maiden surname: «p_maiden»      (b) Surname at marriage if different: «p_f»
10. Usual address: «p_addr»
11. Informants: «p_g» and «r_g», parents — both attended
12. Date of registration: «d1_l»                           13. Registrar: «s_n»
Child's «nid_lbl» (from the birth notification): «b_nid»
Mother's date of birth: «p_dob»   Father's / parent's date of birth: «r_dob»   Previous live births: 1 («y_g», «y_dob»)
Great-grandmother present at the registration: «o_n» (aged «o_old»), who asked for a commemorative certificate.
Birth notification: «bw», «ga_birth» weeks, single birth, ‹spontaneous vaginal delivery›.
Contact for queries: «p_ph» / «p_em»
""",
    "IE": """‹BIRTH REGISTRATION FORM (BR1)› — Civil Registration Service                      Ref: «regno»
PART 1 — CHILD
Surname: «b_F»          Forename(s): «b_g»          Sex: «b_sexl»
Date of birth: «d0_n»          Time of birth: «tob»          Place of birth: «hosp»
PART 2 — MOTHER
Surname: «p_F»     Forename(s): «p_g»     Birth surname: «p_maidenF»
Mother's mother's birth surname: «g_maidenF»
Date of birth: «p_dob»     PPSN: «p_nid»     Occupation: ‹primary school teacher›
Address: «p_addr»
Civil status: married     Date of marriage / civil partnership: «marr_n»     Previous children: 1
PART 3 — FATHER / PARENT
Surname: «r_F»     Forename(s): «r_g»     Date of birth: «r_dob»     PPSN: «r_nid»     Occupation: ‹dairy farmer›
Address: as mother
PART 4 — INFORMANT(S): «p_n» and «r_n»          Contact: «p_ph»
Registrar: «s_n»          Date of registration: «d1_l»
For office use: PPSN allocated to child «b_nid»; birth notification received from «hosp» (midwife «t_n»): «bw», «ga_birth» weeks, «u_lw».
Note on file: the child's great-grandmother, «o_n», aged «o_old», is to be listed on the family's baptismal certificate only.
""",
}

NICU = """«hosp» — «u_nn» · NURSING HANDOVER (SBAR) · Night → Day · «d1_w» 07:30
Nurse in charge: «s_n»     Handing over: «t_g» → «w_g»     Registrar: «e_dr» «e_f»     Consultant: «d_dr» «d_n»
────────────────────────────────────────────────────────────────────────────────────────────
ITU 1 · Twin 1 «b_F» («b_g») · «b_sex» · «nid_lbl» «b_nid» · born «d0_n» at «tob» · GA at birth «ga_pre» · BW «pre_bw»
 S: day «dol». Settled night. Mum «p_g» («p_ph») here until 01:00, expressing 8 times a day — EBM in fridge labelled «b_mrn».
 B: Twin 1 of DCDA twins, Cat 2 LSCS for pre-eclampsia. RDS — ‹poractant alfa (Curosurf)› x2. Blood group mum «blood».
 A: CPAP 5, FiO2 0.23. «drug_nn1». Feeds 12 mL EBM 2-hourly via NGT, tolerating. SBR 142, below the line.
 R: cranial USS today. Parents to be updated by «e_f» after the ward round; «r_dad» «r_g» asked about kangaroo care.
ITU 2 · Twin 2 «c_F» («c_g») · «c_sex» · «nid_lbl» «c_nid» · born «tob2» · BW «pre_bw2»
 S: 2 desaturations with brady to 80 overnight, self-resolved.
 B: SGA, AEDF antenatally. «drug_nn2».
 A: high flow 6 L. Feeds 8 mL 2-hourly. Abdomen soft. Long line tip confirmed.
 R: blood culture pending. Please phone «p_g» on «p_ph» if anything changes — she asked for calls, not texts.
HDU 5 · Baby «k_sexw» «k_F» · MRN «k_mrn» · born «k_dob» at «k_tob» · term
 S: NAS scoring (Finnegan 6, 4). Mum «q_n» visits with partner «u_g»; lives «q_town».
 B: maternal methadone 60 mg. Child protection plan pre-birth — social worker «x_n» («x_ph»). Police ref «police».
 R: strategy meeting «d2_w» 10:00. Information to «q_g» and «u_g» only — NOT to be given to «u_g»'s family.
"""

SCREENING = {
    "NZ": """{"programme":"Newborn Metabolic Screening Programme","card":{"cardNumber":"«card»","collectedDate":"«d1_iso»","collectedTime":"06:10","receivedDate":"«d2_iso»","collectedBy":"«s_n»","lmc":{"name":"«t_n»","registration":"«t_lic»","phone":"«t_ph»"}},"baby":{"name":"«b_n»","nhi":"«b_nid»","sex":"«b_sex»","birthDate":"«d0_iso»","birthTime":"«tob»","birthWeight":"«bw»","gestation":"«ga_birth»","feeding":"breast","multipleBirth":false,"transfused":false},"mother":{"name":"«p_n»","nhi":"«p_nid»","dateOfBirth":"«p_dobiso»","phone":"«p_ph»","address":{"line1":"«p_line»","town":"«p_town»","postcode":"«p_pc»"}},"gp":{"practice":"«practice»","doctor":"«d_n»"},"results":[{"disorder":"Congenital hypothyroidism","value":"«tsh»","interpretation":"Screen negative"},{"disorder":"Cystic fibrosis","value":"«irt»","interpretation":"Screen negative"},{"disorder":"Amino acid disorders","value":"«phe»","interpretation":"Screen negative"},{"disorder":"Galactosaemia","interpretation":"Screen negative"}],"reportedBy":"«e_n»","reportedDate":"«d3_iso»","comment":"Sample collected from heel at 48 h; results sent to the LMC and to «w_n» (Well Child provider)."}""",
    "IE": """{"programme":"National Newborn Bloodspot Screening Programme","laboratory":"National Newborn Bloodspot Screening Laboratory","cardNumber":"«card»","maternityUnit":"«hosp»","baby":{"surname":"«b_F»","forename":"«b_g»","sex":"«b_sexl»","dateOfBirth":"«d0_n»","timeOfBirth":"«tob»","birthWeight":"«bw»","gestation":"«ga_birth»","mrn":"«b_mrn»"},"mother":{"surname":"«p_F»","forename":"«p_g»","dateOfBirth":"«p_dob»","mrn":"«mrn»","address":"«p_line», «p_town», Co. «p_county»","eircode":"«p_pc»","mobile":"«p_ph»"},"sampleTaken":"«d1_n»","takenBy":"«s_n» (RM)","publicHealthNurse":"«w_n»","gp":"«d_dr» «d_n», «practice»","results":{"PKU":"«phe» — not suspected","CHT":"«tsh» — not suspected","CF":"«irt» — not suspected","MSUD":"not suspected","GAL":"not suspected","HCU":"not suspected","MCADD":"not suspected"},"authorisedBy":"«e_n»","authorisedOn":"«d3_n»","note":"Repeat not required. Copy to PHN «w_g» for the primary visit."}""",
}

POSTNATAL = {
    "AU": """«hosp» — MATERNITY DISCHARGE SUMMARY (mother and baby)              UR «mrn» · Baby UR «b_mrn»
To: «d_dr» «d_n», «practice»          cc: Child Health Nurse «w_n»; MGP midwife «s_n»
Mother: «p_n»     DOB «p_dob»     Medicare «p_hp»     Address: «p_addr»     Ph «p_ph»
Admitted: «adm_s»          Discharged: «d1_s»          Ward: «u_pn»
BIRTH: «d0_l» at «tob», «ga_birth» weeks — emergency caesarean section (Category 2) for fetal distress, under spinal.
EBL 700 mL (PPH), iron infusion (Ferinject 1000 mg) on day 1. Hb 92 at discharge.
BABY: «b_n» («b_sexl») — «bw», length «length», HC «hc», «apgar». Vitamin K and hepatitis B vaccine given with consent.
Newborn hearing screen: pass both ears (SWISH). Newborn bloodspot screen collected. Hip check normal. Exclusively breastfed.
Medications on discharge: «drug_pn1», «drug_pn2», «drug_pn3».
Follow-up: MGP midwife home visit «d2_l» («s_g», «s_ph»). Child Health Nurse appointment «d3_n». GP 6-week check for mother and
baby on «d6_n». Wound review by «t_n» at the ‹Maternity Outpatients› on «d2_dm».
Support at home: «r_n» («r_rel», «r_ph») on parental leave; «g_n» staying for two weeks.
Discharging doctor: «e_dr» «e_n», Obstetrics and Gynaecology Registrar (AHPRA «e_lic»)
""",
    "GB": """«hosp» — Midwifery discharge to GP and Health Visitor                       «d1_n»
Mother: «p_n»      «nid_lbl» «p_nid»      DOB «p_dob»      Hospital No. «mrn»
Baby: «b_n»      «nid_lbl» «b_nid»      DOB «d0_n», «tob»      Hospital No. «b_mrn»
Address: «p_addr»          Tel: «p_ph»
GP: «d_dr» «d_n», «practice»          Health visitor: «w_n» («w_ph»)
Birth: «ga_birth» weeks, ventouse delivery in the «u_lw» for delay in the second stage; episiotomy, EBL 450 mL.
Baby: «bw», «apgar», «centile». Vitamin K IM. NIPE (newborn and infant physical examination) normal — done by «e_n», ANNP.
Feeding: breastfeeding with support; tongue-tie assessed, no division needed. Bloodspot due on day 5 («d2_n») — community midwife.
Mother: «drug_pn1», «drug_pn2». Contraception discussed. Mood: «epds». Partner «r_n» at home for two weeks.
Community midwife: «s_n» (NMC «s_lic»), first home visit «d2_w». Discharged from the «u_pn» by «t_n», RM.
""",
}

LACTATION = {
    "US": """«hosp» — Lactation Services · OUTPATIENT LACTATION CONSULTATION
Mother: «p_n»      DOB «p_dob»      MRN «mrn»      Insurance: «insurer», member «insurer_no»
Infant: «b_n»      DOB «d0_n» «tob_12»      MRN «b_mrn»      Pediatrician: «e_n», MD («practice»)
Consultant: «s_n», RN, IBCLC          Visit date: «d1_l»
Reason for referral: «loss» weight loss on day 3, sore nipples, sleepy at the breast.
Birth weight «bw» → today «wt_today». Output: 6 wet, 3 yellow seedy stools in 24 h.
Feeding assessment: «latch». Pre/post-feed weights: 38 mL transferred (L breast, 14 min).
Oral exam: restricted tongue elevation — referral to «d_n», MD (ENT) for frenotomy evaluation.
Plan: triple feeding for 48 h; pump after feeds with a hospital-grade rental pump (Medela Symphony, serial «serial»).
WIC breast pump program — WIC ID «wic»; WIC appointment «d2_s». Weight check at «practice» on «d2_w».
Return visit «d3_w» 10:30. Partner «r_g» present and supportive; grandmother «g_g» staying for two weeks.
Mother's cell «p_ph» (OK to text). Visit summary sent to «p_em».
""",
    "CA": """Public Health — Breastfeeding Clinic                                        ‹Healthy Baby Program›
Client: «p_n»          DOB: «p_dob»          Health card: «p_hp»          Phone: «p_ph»
Infant: «b_n»          DOB: «d0_l», «tob»          Infant health card: «b_hp»
Address: «p_addr»
Seen by: «s_n», RN, IBCLC (reg. «s_lic»)          Date: «d1_l»          Referred by: «w_n», public health nurse
Birth: «ga_birth», «bw»; discharged from «hosp» on day 2. Today «wt_today» («loss» below birth weight).
Assessment: shallow latch on the left, nipple trauma; «latch». Supply appears adequate; infant alert, jaundice resolving.
Plan: laid-back positioning, breast compressions; lanolin. Loaner hospital-grade pump from the program — serial «serial»,
signed out to «p_g» on «d1_n», return by «d3_n». Weigh again «d2_l» at the clinic.
Partner «r_n» («r_ph») attended. Family doctor: «d_dr» «d_n», «practice».
""",
}

GROWTH = {
    "NZ": """WELL CHILD TAMARIKI ORA — GROWTH RECORD (NZ-WHO charts)
Tamaiti / child: «b_n»        NHI: «b_nid»        DOB: «d0_n»        Sex: «b_sexl»
Parent / caregiver: «p_n» (māmā), «r_n»        Address: «p_addr»        Phone: «p_ph»
Well Child nurse: «w_n»        GP: «d_dr» «d_n», «practice»
Birth: «bw» at «ga_birth» weeks, length «length», HC «hc».
Contact              Date          Weight       Centile     Length      By
Birth                «d0_n»    «gw0»     «gp0»       «gl0»     «t_g» (LMC)
Core 1 (4-6 wk)      «gc1_n»    «gw1»     «gp1»       «gl1»     «w_g»
Core 2 (8-10 wk)     «gc2_n»    «gw2»     «gp2»       «gl2»     «w_g»
Core 3 (3-4 mo)      «gc3_n»    «gw3»     «gp3»       «gl3»     «w_g»
Core 4 (5-7 mo)      «gc4_n»    «gw4»     «gp4»       «gl4»     «s_n»
Comment «d1_n»: weight crossed two centile lines since core 3; solids started, still breastfed on demand. Discussed
with «p_g» and her mother «g_n». Referral to the paediatric outpatient clinic at «hosp» («e_dr» «e_n») — appointment «d3_n».
Older sibling «y_g» («y_age») due for the B4 School Check.
""",
    "US": """«practice» — PEDIATRIC GROWTH CHART (WHO 0-2 years) · printed «d1_s»
Patient: «b_lf»        DOB: «d0_n»        MRN: «b_mrn»        Sex: «b_sexl»        Medicaid: «b_hp»
Guardian: «p_n» (mother), «p_ph»        PCP: «e_n», MD        Address: «p_addr»
Date          Age        Weight      Wt %ile     Length      Note
«d0_n»    birth      «gw0»     «gp0»       «gl0»     «hosp»
«gc1_n»    1 mo       «gw1»     «gp1»       «gl1»     «e_g»
«gc2_n»    2 mo       «gw2»     «gp2»       «gl2»     «e_g»
«gc3_n»    4 mo       «gw3»     «gp3»       «gl3»     «d_n», NP
«gc4_n»    6 mo       «gw4»     «gp4»       «gl4»     «e_g»
«d1_n»    today      see vitals               «pctl»
Assessment: weight-for-length «pctl2». Growth faltering from 4 months — feeding history with «p_g»; WIC referral (WIC ID «wic»).
Sibling «y_g» (age «y_age») also a patient here. Next well visit «d6_n». Nurse: «s_n», RN.
""",
}

IMMUNISATION = {
    "NZ": """«practice» — IMMUNISATION ENCOUNTER (NIR)                                         «d1_w»
Child: «b_n»          NHI: «b_nid»          DOB: «d0_n»          Event: 6 weeks
Caregiver present: «p_n» (mother) — consent given. Address confirmed: «p_addr». Phone «p_ph».
Vaccinator: «s_n», RN, authorised vaccinator (reg. «s_lic»)
Vaccine                  Batch           Site                 Route
«vac1»           «vb1»       left thigh           IM
«vac2»             «vb2»          right thigh          IM
«vac3»                  «vb3»      —                    oral
Observed 20 minutes, no reaction. Paracetamol advice given for fever. Next due: 3 months — «d6_n».
Sibling «y_g» («y_age» years): MMR second dose outstanding — booked «d2_w» with «t_n».
NIR status: updated «d1_s»; copy to the Well Child provider («w_n»). GP: «d_dr» «d_n».
""",
    "IE": """HSE PRIMARY CHILDHOOD IMMUNISATION — 2 MONTHS VISIT                         «practice»
Child: «b_n»          DOB: «d0_n»          PPSN: «b_nid»
Address: «p_addr»
Parent / guardian: «p_n», «p_ph»          GP: «d_dr» «d_n» (IMC «d_lic»)          Practice nurse: «s_n»
Vaccines given «d1_l»:
  «vac1» — batch «vb1» — left thigh
  «vac2» — batch «vb2» — left thigh
  «vac3» — batch «vb3» — right thigh
  «vac4» — batch «vb4» — oral
Paracetamol 120 mg/5 mL, 2.5 mL given at the visit after MenB and two further doses at 4-6 h intervals advised.
Next visit: 4 months, «d6_l». Public health nurse: «w_n», «w_ph».
Immunisation returns sent to the HSE immunisation office «d1_s». Father «r_n» also present.
""",
}

HEALTH_VISITOR = {
    "GB": """0-19 Public Health Nursing Service — ‹NEW BIRTH VISIT›                    Date: «d1_n»     Seen at home
Child: «b_n»     «nid_lbl» «b_nid»     DOB «d0_n»     Sex «b_sex»
Mother: «p_n»     «nid_lbl» «p_nid»     DOB «p_dob»
Father / partner: «r_n»     DOB «r_dob»
Address: «p_addr»          Tel: «p_ph»
Household: mother, «r_g», baby, «y_rel» «y_n» (aged «y_age») and great-grandmother «o_n» («o_old»), who moved in
after a fall; she uses a walking frame and her own carer visits twice daily.
GP: «practice», «d_dr» «d_f»
Health visitor: «w_n», SCPHN (NMC «w_lic»), «w_ph»
Birth: «ga_birth» at «hosp», «bw». Feeding: mixed — breast and formula. Weight today «wt_hv» («centile»).
Red Book issued. Newborn hearing screen: clear response. NIPE normal. Bloodspot: results normal.
Maternal mood: «epds»; mother and «r_g» sleeping in shifts. Safer sleep discussed — Moses basket, no co-sleeping.
Plan: 6-8 week review «d6_w» in clinic with «t_n». Contact details for «u_pn» feeding support given.
""",
    "IE": """Public Health Nursing — PRIMARY VISIT                           «d1_l»
Baby: «b_n», born «d0_l» at «hosp» («ga_birth», «bw»)
Mother: «p_n», DOB «p_dob», medical card «p_hp»; father «r_n» («r_ph»)
Address: «p_addr»
PHN: «w_n» (NMBI «w_lic»), health centre phone «w_ph»
GP: «d_dr» «d_n», «practice»
Baby: weight «wt_hv» («centile»); cord off; mild jaundice resolving; «epds» for mother. Breastfeeding well.
Family: «y_g» (aged «y_age») at pre-school. Great-granny «o_g» «o_f», aged «o_old», lives across the road at «o_line»,
«o_town» and calls in daily; she is hard of hearing — contact her through «g_n» («g_ph»).
Developmental checks booked: 3 months at the health centre («d6_n»). Home safety checklist given.
Referrals: none. Next contact: phone call «d2_w».
""",
}

IVF = {
    "US": """«ivfclinic» — Embryology Laboratory                              ‹ICSI WORKSHEET›          Cycle «cycle»
Female partner: «p_lf»      DOB «p_dob»      Clinic ID «ivf_id»      Insurance «insurer» «insurer_no»
Male partner: «r_lf»        DOB «r_dob»      Clinic ID «ivf_id2»
Sperm source: donor — «sperm_bank» donor #«donor» (2 vials, ICI prep)
Stimulation: «drug_ivf1» x 10 days, antagonist ‹Cetrotide 0.25 mg› from day 6. Trigger: «drug_ivf2» «trig_s» 21:30          Egg retrieval: «d1_n» 09:10          Physician: «d_dr» «d_f»
Embryologist: «s_i»          Witness: «t_i»
Oocytes: 11 retrieved — 8 MII, 2 MI, 1 GV. ICSI 13:05 by «s_i» (witness «w_i»).
Oocyte IDs (MII): «egg1», «egg2», «egg3», «egg4», «egg5», «egg6»
Day 1 («dd1_n»): 2PN — «egg1», «egg2», «egg4», «egg5», «egg6»; 3PN — «egg3» (discarded, witnessed «t_i»)
Day 5 («dd5_n»):
   «emb1»   4AA   fresh single embryo transfer by «e_dr» «e_f», witness «t_i»
   «emb2»   4AB   vitrified — Dewar 3, canister B, cane 14
   «emb4»   3BB   vitrified — Dewar 3, canister B, cane 14
   «emb5»   arrested — discarded
Luteal support: ‹progesterone in oil 50 mg IM daily›. Serum hCG ordered for «d3_s»; results to «p_em».
Patient called with the embryology report on «dd5_s» at «p_ph»; partner «r_g» on speaker.
""",
    "GB": """«ivfclinic» — Embryology                                      ICSI LABORATORY RECORD          HFEA centre «centre»
Patient: «p_lf»      DOB «p_dob»      Clinic no. «ivf_id»      «nid_lbl» «p_nid»
Partner: «r_lf»      DOB «r_dob»      Clinic no. «ivf_id2»
Sperm: «sperm_src»          Cycle no. «cycle»          Drugs: «drug_ivf1»; trigger «drug_ivf2» («trig_s»)
Egg collection: «d1_n» at 08:40 — «d_dr» «d_f»          Embryologist: «s_i»          Witness: «t_i» (RI Witness)
Eggs collected: 10 — MII 8. ICSI at 12:50 («s_i», witness «w_i»).
Egg IDs: «egg1», «egg2», «egg3», «egg4», «egg5», «egg6»
Day 1 («dd1_n»): normal fertilisation (2PN) in «egg1», «egg2», «egg3», «egg5»; «egg4» 1PN, «egg6» unfertilised.
Day 3 («dd3_n»): «emb1» 8-cell, «emb2» 7-cell, «emb3» 6-cell, «emb5» 4-cell.
Day 5 («dd5_n»): «emb1» 4AA transferred (SET, «e_dr» «e_f»); «emb2» 4BB and «emb3» 3BB vitrified; «emb5» arrested.
Luteal support: «drug_ivf3». Culture: ‹G-TL› medium in the ‹EmbryoScope+› time-lapse incubator.
Storage consents (WT / MT) signed by «p_g» and «r_g»: 10 years. OTR pregnancy test on «d3_n»; call the unit on results.
Contact: «p_ph», «p_em».
""",
}

FERTILITY_LETTER = {
    "AU": """«ivfclinic»
«d1_l»

«d_dr» «d_n»
«practice»
(via secure messaging)

Dear Dr «d_f»,

Re: «p_n» (DOB «p_dob», Medicare «p_hp») and «r_n» (DOB «r_dob»)
    «p_addr»

Thank you for your ongoing care of «p_g» and «r_g». Following a frozen embryo transfer on «fet_l» (embryo «emb1»,
day 5, grade 4AB), serum beta-hCG was 412 IU/L on «hcg_l». The embryos were created with donor oocytes from our
known-donor program (donor code «donor»): the donor is «p_g»'s cousin, «x_n», who has consented to identification
to any child at 18. A viability scan on «vscan_l» showed a single live intrauterine pregnancy, CRL 9.8 mm, consistent
with «ga_vscan» weeks; EDD «edd_l».

Medications: please continue «drug_ivf3» until 10 weeks, then stop; «drug_ivf4» until 12 weeks.
We have referred «p_g» for obstetric care at «hosp» («w_dr» «w_n»). Two embryos remain in storage («emb2», «emb3»);
the storage account is «acct».

Please contact our nurse coordinator «s_n» on «s_ph» or «s_em» with any questions.

Yours sincerely,

«e_dr» «e_n», FRANZCOG CREI
AHPRA «e_lic»
""",
    "CA": """«ivfclinic»
«d1_l»

«d_dr» «d_n», «practice»
Fax: on file

Re: «p_n», DOB «p_dob», Health card «p_hp»; partner «r_n», DOB «r_dob»
    «p_addr»

Dear «d_dr» «d_f»,

I saw «p_g» and «r_g» in follow-up on «d1_n». They completed a frozen embryo transfer on «fet_n» (embryo «emb1»),
and the beta-hCG on «hcg_n» was 286 IU/L, rising appropriately. Their early pregnancy ultrasound on «vscan_n»
confirmed a single live intrauterine pregnancy (CRL 8.6 mm, «ga_vscan» weeks). EDD «edd_l».
Sperm was from an anonymous donor, «sperm_bank» donor ID «donor»; «r_g» has been counselled accordingly.

Please continue «drug_ivf3» and «drug_ivf4» until 10 weeks. I have referred «p_g» to «w_dr» «w_n» (obstetrics,
«hosp») — first visit «d3_l». Remaining embryos: 2 (storage renewal due «d6_l»).

Our nurse, «s_n», can be reached at «s_ph» or «s_em».

Sincerely,
«e_dr» «e_n», MD, FRCSC (REI) — CPSO «e_lic»
""",
}

SCHOOL = {
    "US": """HEALTH SERVICES — ‹SCHOOL NURSE REFERRAL TO HEALTH CARE PROVIDER›
Student: «b_lf»          DOB: «b_dob»          Grade: «grade»          Student ID: «student»
School: «school»          Date of referral: «d1_n»
Parent / guardian: «p_n» («p_ph», «p_em»); «r_n» («r_ph»)
Address: «p_addr»
Medicaid: «b_hp»          Primary care provider: «e_n», MD, «practice»
Referred by: «s_n», BSN, RN, licensed school nurse (NPI «s_lic»)
Reason for referral: failed vision screening — Spot Vision Screener on «d4_n» (R 20/50, L 20/40); rescreen today failed.
Also: used the rescue inhaler (‹Albuterol HFA 90 mcg›) 4 times in 2 weeks at school; asthma action plan on file expired.
Classroom teacher «x_n» reports squinting at the board and headaches after lunch.
BMI-for-age: «pctl». Allergies: peanut — ‹EpiPen Jr 0.15 mg› kept in the nurse's office. Also takes «drug_peds3» at home.
Parent reports an optometrist appointment on «d2_s». Please return the completed form to «s_em».
Parent signature: «p_n»          Date: «d1_n»
""",
    "CA": """School Health — PUBLIC HEALTH NURSE REFERRAL                                 «d1_l»
Student: «b_n»          DOB: «b_dob»          Grade «grade», «school»          Student no. «student»
Health card: «b_hp»          Status no.: «b_nid»
Parent / guardian: «p_n», «p_ph»; grandmother «g_n», «g_ph» (lives with the family)
Address: «p_addr»
Referred by: «s_n», public health nurse (reg. «s_lic»)          To: «e_dr» «e_n», «practice»
Concern: three episodes of hypoglycaemia at school since «d4_n» (type 1 diabetes, insulin pump); glucagon kit at school expired.
Teacher «x_n» to be trained in glucagon use. Other medication: «drug_peds1», «drug_peds2». Vision screening: pass. Hearing: referred (R ear 40 dB at 4 kHz).
Last ‹HbA1c 8.9%›. Plan: diabetes clinic follow-up at «hosp» — «d2_l»; meeting with «p_g» and the school team on «d3_l».
""",
}

SAFEGUARDING = {
    "GB": """‹MULTI-AGENCY REFERRAL FORM› — Children's Services Front Door / MASH
Date of referral: «d1_n»          Referrer: «w_n», Health Visitor (NMC «w_lic»), «w_ph», «w_em»
Parental consent: not sought — seeking consent could place the children at risk.
CHILDREN
  «y_n»      DOB «y_dob»      «nid_lbl» «y_nid»      «school», UPN «upn»
  «b_n»      DOB «b_dob»      «nid_lbl» «b_nid»      nursery (15 funded hours)
  Unborn     mother «ga_now» weeks pregnant, EDD «pedd_n», booked at «hosp» (consultant-led: ‹Fetal Medicine Unit›)
ADULTS
  Mother: «p_n», DOB «p_dob», mobile «p_ph»
  Mother's partner (not the children's father): «u_n», DOB «u_dob», usual address «u_addr»
  Children's father: «x_n» — no contact for two years, believed to live in «x_town»
  Maternal great-grandmother: «o_n», aged «o_old», «o_line», «o_town» — offers respite at weekends
Family address: «p_addr» (moved from «g_line», «g_town» three weeks ago)
CONCERNS: At the visit on «d4_w», «b_g» had a bruise to the left cheek; «p_g» said «b_she» fell from the sofa. «u_g» shouted
at «p_g» during the visit and left. Police attended the address on «d5_n» after a neighbour, «q_n», called 999 (CAD «police»).
GP: «d_dr» «d_n», «practice». Midwife: «t_n» («t_ph»). School nurse: «s_n».
Outcome requested: ‹strategy discussion›; ‹Child and Family Assessment›.
""",
    "AU": """Child Safety Services — ‹REPORT OF CONCERN (UNBORN CHILD)› — Regional Intake Service
Reporter: «s_n», Registered Midwife (AHPRA «s_lic»), «hosp», «u_an»; phone «s_ph»
Date of report: «d1_n» 14:20          Intake reference: «caseref»
Pregnant woman: «p_n», DOB «p_dob» («p_age»), UR «mrn», Medicare «p_hp», Centrelink CRN «crn»
Address: «p_addr»; previously couch-surfing at «g_line», «g_town»
EDD «pedd_n» (now «ga_now» weeks); booked late at 24 weeks.
Father of the unborn: «r_n», DOB «r_dob» — a domestic violence order names «p_g» as the aggrieved. His vehicle, a white Hilux,
registration «rego», was parked outside the clinic today.
Other children: «y_n» («y_dob») — in kinship care with the maternal grandmother, «g_n» («g_ph»), since «d5_n».
Support: great-grandmother «o_n», aged «o_old», phones daily but lives interstate.
Police: QPS reference «police», Senior Constable «x_n».
Concerns: missed 3 appointments; disclosed methamphetamine use; on «drug_an2»; ‹hepatitis C antibody positive›; «p_g» asked that «r_g» not be told of the birth plan.
Social worker: «w_n» («w_ph»). Obstetrician: «d_dr» «d_n».
""",
}

CHAT = {
    "NZ": """LMC backup group · «d1_l»
[05:48] «s_g»: Morena team. Baby «b_sexw» for «p_g» «p_f» born «tob» at home in the pool, «bw_kg». Mum well, no PPH. «r_g» did the cord 🥰
[05:50] «t_g»: Ka pai!! Who's doing the day-2? Address?
[05:51] «s_g»: Me. «p_line», «p_town» — gate code 4471, dogs friendly. Her cell is «p_ph»
[06:02] «w_g»: Can someone cover «q_g» «q_f» today? BP check at 10 (she's «ga_now», on «drug_an1»), she's at «q_line», «q_town». NHI «q_nid»
[06:05] «t_g»: I'll do «q_g». Is her GTT at «hosp» tomorrow?
[06:07] «w_g»: yes 8am, fasting. Partner «u_g» will drive her — his number «u_ph»
[06:30] «s_g»: FYI Kuia «o_g» («o_old» 😮) is staying with «p_g» — lovely, wants a photo with all the midwives lol
[08:40] «s_g»: Newborn exam done, all normal, «ga_birth» by dates, «apgar».
[08:41] «s_g»: Vit K given (‹Konakion 1 mg IM›). Bloodspot on «d2_w». NHI for pēpi came through: «b_nid»
[09:12] «x_g»: Hi all, «x_n» here (new grad, started with «e_g»'s practice) — can I shadow a homebirth follow-up?
[09:15] «s_g»: sure, come with me to «p_g»'s on «d2_w» 🙂
""",
    "GB": """Community Midwives — Team Amber (WhatsApp) · «d1_l»
[06:55] «s_g»: Morning all. Handover — «p_g» «p_f» had a BBA, baby «b_sexw» born «tob», paramedics attended, both transferred to the «u_pn» at «hosp» («bw_kg», «ga_birth»)
[06:56] «s_g»: home now, please can someone do the day-1 at «p_line», «p_town», «p_pc». Mob «p_ph»
[07:02] «t_g»: I'll take her. Any safeguarding?
[07:04] «s_g»: Known to «w_n» (HV). Her nan «o_g» («o_old») lives with them, and partner «r_g»'s mum is there most days
[07:30] «e_g»: Reminder: «q_n» induction booked «d2_w» (‹Propess 10 mg›, «q_ga», on «drug_an3») — «u_n» rang, she's anxious, could someone call her on «q_ph»?
[07:33] «t_g»: Will do after «p_g»'s.
[07:35] «e_g»: thanks. Birth notification for «p_g»'s baby done — «b_sexw», «d0_n» at «tob», «bw_kg»; GP is «d_dr» «d_n»
[08:10] «x_g»: Student «x_n» on placement with «t_g» this week — NHS number needed for the bloodspot form: «b_nid»
[08:12] «t_g»: Don't put NHS numbers on here please!! Use the record 🙏
""",
}

PORTAL = {
    "US": """MyChart® Message Thread — «hosp» OB/GYN
Patient: «p_n» (MRN «mrn») · DOB «p_dob»
────
From: «p_n»          Sent: «d1_w» 9:14 PM
Subject: headache and swelling??
Hi Dr. «d_f», I'm «ga_now» weeks (due «edd_s») and my feet are really swollen today, and I have a headache Tylenol
didn't help. Our home cuff says 146/94. «r_g» can drive me. Should I come in? My cell is «p_ph».
────
From: «s_n», RN          Sent: «d1_w» 9:31 PM
Hi «p_g», please go to OB triage in «u_lw» at «hosp» tonight to be checked for preeclampsia. If you have vision
changes or chest pain, call 911.
────
From: «p_n»          Sent: «d2_w» 8:02 AM
They kept me overnight, labs were normal (‹platelets 212›, ‹protein/creatinine ratio 0.18›). Sent home on ‹labetalol 200 mg twice a day›, still on «drug_an1». My mom «g_n» is staying with us («g_ph» if you can't reach me).
────
From: «d_n», MD          Sent: «d2_w» 10:15 AM
Glad you're OK. Video visit scheduled «d3_w» at 3:40 PM: «portal». Check your BP twice daily. Your Medicaid («p_hp»)
covers a home BP cuff — order sent.
Audit: thread viewed by patient on «d2_s» from «ip» (MyChart iOS).
""",
    "CA": """Patient portal — Secure message · «hosp» Prenatal Clinic
Patient: «p_n» · Health card «p_hp» · Chart «mrn»
──────
«d1_s» 21:14 · From: «p_n»
Subject: bleeding?
Hi, I'm «ga_now» weeks and had some spotting tonight after work, no cramps. Baby is moving. Should I go to
‹Obstetrical Triage›? «r_g» is on night shift at the mine, my sister can drive. Cell «p_ph».
──────
«d1_s» 21:40 · From: «s_n», RN
Hello «p_g», please come to ‹Obstetrical Triage› (beside the «u_lw») tonight. Bring your prenatal record. If the bleeding gets heavier, call 911.
──────
«d2_s» 09:05 · From: «d_dr» «d_n»
Everything looked reassuring overnight (placenta clear of the cervix, baby well, ‹Kleihauer negative›). Your blood group is «blood» so you had ‹anti-D 1500 IU›.
«r_n» called at 06:30 and I updated them with your permission. I booked a virtual follow-up for
«d3_l» — join here: «portal». Please keep taking «drug_an2».
──────
«d2_s» 10:20 · From: «p_n»
Thank you! Also we moved last month — new address «p_line», «p_town», «p_abbr» «p_pc». Email is «p_em» now.
──────
«d2_s» 10:48 · From: clinic clerk «t_n»
Updated. Your next prenatal visit is «d6_l» with «d_dr» «d_f».
──────
Sign-in history: «d2_s» 11:02 from «ip» (mobile app).
""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("mat61_antenatal_booking", ["GB", "IE"], "text", BOOKING),
    ("mat61_pregnancy_handheld_record", ["AU", "NZ"], "text", HANDHELD),
    ("mat61_obstetric_ultrasound_report", ["US", "CA"], "text", ULTRASOUND),
    ("mat61_labour_delivery_summary", ["US", "CA"], "text", DELIVERY),
    ("mat61_birth_registration", ["GB", "IE"], "text", REGISTRATION),
    ("mat61_nicu_handover", ["GB", "AU"], "text", NICU),
    ("mat61_newborn_screening_result", ["NZ", "IE"], "json", SCREENING),
    ("mat61_postnatal_discharge_letter", ["AU", "GB"], "text", POSTNATAL),
    ("mat61_lactation_consult_note", ["US", "CA"], "text", LACTATION),
    ("mat61_growth_chart_record", ["NZ", "US"], "text", GROWTH),
    ("mat61_immunisation_visit", ["NZ", "IE"], "text", IMMUNISATION),
    ("mat61_health_visitor_check", ["GB", "IE"], "text", HEALTH_VISITOR),
    ("mat61_ivf_embryology_worksheet", ["US", "GB"], "text", IVF),
    ("mat61_fertility_clinic_letter", ["AU", "CA"], "text", FERTILITY_LETTER),
    ("mat61_school_nurse_referral", ["US", "CA"], "text", SCHOOL),
    ("mat61_safeguarding_referral", ["GB", "AU"], "text", SAFEGUARDING),
    ("mat61_midwife_team_chat", ["NZ", "GB"], "text", CHAT),
    ("mat61_prenatal_portal_thread", ["US", "CA"], "text", PORTAL),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(
    seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]
) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc] if isinstance(template, dict) else template
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe61:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        extra_slots(rng, slots, loc, kind)
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
