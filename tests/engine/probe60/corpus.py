# ruff: noqa: E501  (hand-aligned templates)
"""Sixtieth independent probe corpus: military and veterans' health text from the United States (DoD: DD
Forms 2795 / 2796, MEDEVAC 9-line requests with MIST reports, TRAC2ES patient movement requests, DA Form 2173
line-of-duty statements, TRICARE referrals for dependants; VA: 21-526EZ claims, C&P examination DBQs, VBMS
rating decision letters, CPRS progress notes), the United Kingdom (MoD: FMed 23 medical boards, DMICP
consultations with service numbers and ZAP numbers; Veterans UK AFCS / War Pension letters), Canada (CAF CF 98
injury reports, Veterans Affairs Canada decision letters, a Military Family Resource Centre message) and
Australia (ADF medical employment classification reviews with PMKeyS numbers, DVA claims and Gold Cards), as
units, medics, military treatment facilities, VA and DVA staff and families write it, with synthetic PHI
planted in it.

36 labelled documents in 18 kinds per seed, two of each (a kind may hold two variants: a young service
member and a veteran aged 90+). Template language: the kit's `«slot»` and `‹literal›`; a kind's template may
be a dict by country or a list by document index. People: `p` the service member / veteran (a widow in
one DVA variant), `r` a spouse, `m` a dependant child (or an adult child caring for an old veteran), `c` a
commander or supervisor, `d` `e` clinicians, `s` staff (EFMP coordinator, VSO representative, case manager,
decision maker), `x` `y` other soldiers (a casualty, a witness, a buddy). Forms: `_n` "Given Family", `_fml`
"Given I. Family", `_LFM` "FAMILY, GIVEN I", `_lf` "Family, Given", `_UKN` "FAMILY G I" (UK style), `_g`,
`_fam`, `_FAM`, `_rk` a rank (plain), `_ph`, `_em`, `_mil` (a .mil / mod.gov.uk / forces.gc.ca /
defence.gov.au address), `_addr`, `_line`, `_town`, `_base`, `_pc`, `_ssn`, `_x4` (initial + last four),
`_brn` (battle roster number), `_zap` (UK ZAP number), `_edipi`, `_sn`, `_dob*`, `_age` (keep, under 90),
`_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- service members, veterans, spouses, dependants, commanders, medics,
  clinicians, examiners, VSO representatives, case managers, decision makers, witnesses, troopers -- in every
  form (full, given alone, family alone, "FAMILY, GIVEN I" with its initial inside the value, "FAMILY G I",
  capitals, a name inside a signature line). Ranks and grades (SGT, SSgt, LCpl, Pte, Capt, Flt Lt, E-5,
  O-3), honorifics (Mr., Mrs., Ms.) and role words (spouse, sponsor, NOK) are plain text outside the value.
- ADDRESS: street lines, towns and cities, military bases, barracks, posts, air stations, wings, lines and
  ships named as a place (Fort ..., Camp ..., Joint Base ..., RAF ..., HMS ..., CFB ..., RAAF Base ...),
  deployed sites (FOB, camp, tactical base), training areas, MGRS grid references and landing-zone grids.
  ZIP: US ZIP (and ZIP+4), UK postcodes, Canadian postal codes, Australian postcodes.
- First-level divisions are keep when written alone and plain text inside an address: US states, UK
  nations, Canadian provinces, Australian states and territories (abbreviations plain); countries (Iraq,
  Kuwait, Latvia, Afghanistan ...) are keep.
- DATE: every date more specific than a year in every form (03/14/2024, 14 MAR 2024, 14MAR2024, 14 Mar 24,
  2024-03-14, 20240314, March 14, 2024, 14 March 2024, "MAR 14, 2024@10:32", a date-time group
  141412ZMAR24); years alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person (a clinician's or commander's direct line and .mil address too; DSN switchboards
  and national call centres are plain). URL: a VA Video Connect link with its conference token. IP: an
  address in a telehealth log.
- SSN: US social security numbers, their last four, "initial + last four" (S1234). ID: DoD ID / EDIPI,
  service numbers (US legacy, UK, CAF, PMKeyS), battle roster and ZAP numbers, VA file and claim numbers,
  TRAC2ES PMR numbers, line-of-duty case numbers, TRICARE authorisation numbers, Veterans UK, VAC and DVA
  file and claim references, NHS numbers, police report numbers. MRN: VA ICNs, MHS GENESIS and DMICP
  record numbers. HEALTH_PLAN: DoD Benefits Numbers, DVA Gold / White Card numbers, Medicare (AU) and
  provincial health card numbers. ACCOUNT: a bank account for direct deposit, a VA copay account.
  LICENSE: NPI, GMC, AHPRA and provincial licence numbers. VEHICLE: a private vehicle's plate and VIN.
  DEVICE: serial numbers of issued medical devices (a patient monitor, hearing aids, a CPAP).
- Keep (must survive): unit designations (2nd Battalion, 504th Parachute Infantry Regiment; 1 RAR; 3rd
  Battalion, The Royal Regiment of Scotland), operations, military treatment facilities, VA / DVA / VAC
  programmes, forms (DD Form 2796, FMed 23, CF 98), diagnoses and ICD-10 codes, disability percentages and
  combined ratings, tariff levels, JMES / MEC / PULHES codes, drugs and doses, equipment and vehicles' type
  names (MRAP, CH-47F, Bushmaster PMV, LAV 6.0), MOS codes, countries and first-level regions alone, ages
  under 90, years, money amounts.
- Not scored (plain text): ranks, honorifics, relationship words, form labels, call signs, radio
  frequencies, 9-line precedence codes, DSN numbers and toll-free numbers, agency mailing addresses, times,
  vitals.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe60.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

UNITS = {
    "US": ["2nd Battalion, 504th Parachute Infantry Regiment", "1st Brigade Combat Team, 82nd Airborne Division", "3rd Battalion, 7th Marines",
           "1st Special Forces Group (Airborne)", "2nd Stryker Brigade Combat Team, 2nd Infantry Division", "3rd Battalion, 187th Infantry Regiment",
           "10th Mountain Division", "Naval Mobile Construction Battalion 133", "1st Armored Brigade Combat Team, 3rd Infantry Division"],
    "UK": ["1st Battalion The Rifles", "3rd Battalion, The Royal Regiment of Scotland", "2nd Battalion The Parachute Regiment",
           "16 Air Assault Brigade", "1st Battalion Irish Guards", "Royal Logistic Corps", "22 Field Hospital", "3 Commando Brigade"],
    "CA": ["1st Battalion, The Royal Canadian Regiment", "2nd Battalion, Princess Patricia's Canadian Light Infantry", "3e Bataillon, Royal 22e Régiment",
           "1 Canadian Field Hospital", "2 Canadian Mechanized Brigade Group", "The Royal Canadian Dragoons"],
    "AU": ["1st Battalion, Royal Australian Regiment", "5th Battalion, Royal Australian Regiment", "2nd Cavalry Regiment",
           "1st Close Health Battalion", "3rd Combat Engineer Regiment", "No. 2 Squadron RAAF"],
}  # fmt: skip
OPS = {"US": ["Operation INHERENT RESOLVE", "Operation SPARTAN SHIELD", "Operation ENDURING FREEDOM", "Operation IRAQI FREEDOM", "Operation ATLANTIC RESOLVE"],
       "UK": ["Op SHADER", "Op HERRICK", "Op TORAL", "Op CABRIT", "Op TELIC"],
       "CA": ["Op REASSURANCE", "Op IMPACT", "Op ATHENA", "Op UNIFIER"],
       "AU": ["Op OKRA", "Op SLIPPER", "Op HIGHROAD", "Op ACCORDION"]}  # fmt: skip
COUNTRIES = {"US": ["Iraq", "Kuwait", "Syria", "Afghanistan", "Jordan", "Djibouti", "Poland"], "UK": ["Afghanistan", "Iraq", "Estonia", "Cyprus"],
             "CA": ["Latvia", "Iraq", "Afghanistan", "Ukraine"], "AU": ["Afghanistan", "Iraq", "Timor-Leste", "Solomon Islands"]}  # fmt: skip
SITES = ["FOB Halberd", "Camp Ironhorn", "Tactical Base Quarry Point", "Forward Operating Base Saltmarsh", "Camp Adder Springs",
         "Patrol Base Juniper Wadi", "Combat Outpost Redcliff", "Camp Tenmile Dunes", "Forward Site Cobalt Ridge"]  # fmt: skip
AREAS = {"US": ["Range 47, Tallowell Training Area", "Drop Zone Hollins Field", "Sicily Glen Drop Zone"],
         "UK": ["Cheviot Fell Training Area", "Castlemartin Heath Ranges", "Warcop Moor Training Area"],
         "CA": ["Range 9, Meaford Flats Training Area", "Wainwright Ridge Training Area"],
         "AU": ["High Range Creek Training Area", "Mount Bundey Flats Training Area", "Shoalwater Bend Training Area"]}  # fmt: skip
MTF = {"US": ["Walter Reed National Military Medical Center", "Brooke Army Medical Center", "Womack Army Medical Center", "Naval Medical Center Portsmouth",
              "Madigan Army Medical Center", "Carl R. Darnall Army Medical Center", "Landstuhl Regional Medical Center"],
       "UK": ["Royal Centre for Defence Medicine", "Defence Medical Rehabilitation Centre Stanford Hall", "Queen Elizabeth Hospital Birmingham"],
       "CA": ["Canadian Forces Health Services Centre", "1 Canadian Field Hospital", "Canadian Forces Health Services Centre (Atlantic)"],
       "AU": ["Joint Health Unit", "Defence Health Centre", "2nd Health Battalion Role 2E"]}  # fmt: skip
VAMC = ["James A. Haley Veterans' Hospital", "Audie L. Murphy Memorial VA Hospital", "Michael E. DeBakey VA Medical Center",
        "Durham VA Health Care System", "Charlie Norwood VA Medical Center", "Hunter Holmes McGuire VA Medical Center"]  # fmt: skip
EQUIP = {"US": ["MRAP", "M1151 HMMWV", "M2 Bradley", "Stryker ICV", "JLTV"], "UK": ["Foxhound", "Jackal", "Mastiff", "Warrior"],
         "CA": ["LAV 6.0", "TAPV", "LAV III"], "AU": ["Bushmaster PMV", "ASLAV", "Hawkei PMV"]}  # fmt: skip
AIRFRAMES = [
    "HH-60M",
    "CH-47F Chinook",
    "UH-60 Black Hawk",
    "C-17 Globemaster III",
    "C-130J Super Hercules",
    "KC-135",
]
DRUGS = ["sertraline 100 mg", "prazosin 2 mg", "topiramate 50 mg", "meloxicam 15 mg", "sumatriptan 50 mg", "trazodone 50 mg",
         "propranolol 20 mg", "gabapentin 300 mg", "naproxen 500 mg", "cyclobenzaprine 10 mg", "lisinopril 20 mg", "amlodipine 5 mg",
         "tamsulosin 0.4 mg", "atorvastatin 40 mg", "metformin 1000 mg"]  # fmt: skip
DX = ["PTSD, chronic (F43.12)", "mild TBI with loss of consciousness (S06.0X1A)", "tinnitus, bilateral (H93.13)", "lumbosacral strain (S39.012A)",
      "obstructive sleep apnea (G47.33)", "migraine without aura (G43.009)", "patellofemoral pain syndrome, right knee (M22.2X1)",
      "plantar fasciitis, bilateral (M72.2)", "sensorineural hearing loss, bilateral (H90.3)", "major depressive disorder, recurrent (F33.1)",
      "essential hypertension (I10)", "cervical radiculopathy (M54.12)"]  # fmt: skip
PCT = ["10%", "20%", "30%", "40%", "50%", "70%"]
MOS = {"US": ["11B Infantryman", "68W Combat Medic Specialist", "12B Combat Engineer", "88M Motor Transport Operator", "0311 Rifleman",
              "HM 8404 Field Medical Service Technician", "3E0X1 Electrical Systems"],
       "UK": ["Infantry soldier", "Combat Medical Technician", "Royal Engineers Combat Engineer"], "CA": ["Infantry soldier (00010)", "Medical Technician (00334)"],
       "AU": ["ECN 343 Rifleman", "ECN 254 Medical Technician"]}  # fmt: skip
RANKS = {
    "US": [("SPC", "E-4"), ("SGT", "E-5"), ("SSG", "E-6"), ("SFC", "E-7"), ("PFC", "E-3"), ("CPL", "E-4"), ("1LT", "O-2"), ("CPT", "O-3")],
    "USMC": [("LCpl", "E-3"), ("Cpl", "E-4"), ("Sgt", "E-5"), ("SSgt", "E-6")],
    "UK": [("Pte", "OR-2"), ("LCpl", "OR-3"), ("Cpl", "OR-4"), ("Sgt", "OR-6"), ("SSgt", "OR-7"), ("Capt", "OF-2"), ("Tpr", "OR-2"), ("Spr", "OR-2")],
    "CA": [("Pte", "Pte"), ("Cpl", "Cpl"), ("MCpl", "MCpl"), ("Sgt", "Sgt"), ("WO", "WO"), ("Capt", "Capt"), ("Lt", "Lt")],
    "AU": [("PTE", "PTE"), ("LCPL", "LCPL"), ("CPL", "CPL"), ("SGT", "SGT"), ("CAPT", "CAPT"), ("LAC", "LAC"), ("FLTLT", "FLTLT")],
}  # fmt: skip
OFFICER = {
    "US": ["MAJ", "LTC", "CPT"],
    "UK": ["Maj", "Lt Col", "Capt"],
    "CA": ["Maj", "LCol", "Capt"],
    "AU": ["MAJ", "LTCOL", "CAPT"],
}
MIL_MAIL = {"US": ["army.mil", "us.navy.mil", "usmc.mil", "us.af.mil", "health.mil"], "UK": ["mod.gov.uk"], "CA": ["forces.gc.ca"],
            "AU": ["defence.gov.au"]}  # fmt: skip
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def date_forms(d: date) -> dict[str, Slot]:
    m = MON[d.month - 1]
    return {"us": P("DATE", f"{d:%m/%d/%Y}"), "mil": P("DATE", f"{d.day:02d} {m} {d.year}"), "milc": P("DATE", f"{d.day:02d}{m}{d.year}"),
            "dtg": P("DATE", f"{d.day:02d}{random.Random(d.toordinal()).randint(0, 23):02d}{random.Random(-d.toordinal()).randint(0, 59):02d}Z{m}{d.year % 100:02d}"),
            "iso": P("DATE", d.isoformat()), "uk": P("DATE", f"{d:%d/%m/%Y}"), "ukl": P("DATE", f"{d.day} {d:%B %Y}"),
            "en": P("DATE", f"{d:%B} {d.day}, {d.year}"), "ymd": P("DATE", f"{d:%Y%m%d}"), "short": P("DATE", f"{d.day} {d:%b %y}"),
            "cprs": P("DATE", f"{m} {d.day:02d}, {d.year}"), "slash": P("DATE", f"{d.month}/{d.day}")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    c = w.loc.code
    g = w.given.lower().replace("é", "e").replace("ë", "e").replace("ç", "c")
    f = w.family.lower()
    mil = {
        "US": f"{g}.{w.initial.lower()}.{f}.mil",
        "UK": f"{g}.{f}{rng.randint(100, 999)}",
        "CA": f"{g}.{f}",
        "AU": f"{g}.{f}{rng.randint(1, 9)}",
    }[c]
    l4 = w.ssn[-4:]
    marine = c == "US" and rng.random() < 0.25
    rank, grade = rng.choice(RANKS["USMC" if marine else c])
    branch = {
        "US": "Marine Corps" if marine else "Army",
        "UK": "British Army",
        "CA": "Canadian Army",
        "AU": "Australian Army",
    }[c]
    domain = (
        ("usmc.mil" if marine else rng.choice(["army.mil", "health.mil"])) if c == "US" else MIL_MAIL[c][0]
    )
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_fam": N(w.family), f"{x}_FAM": N(w.family.upper()),
        f"{x}_fml": N(f"{w.given} {w.initial}. {w.family}"), f"{x}_LFM": N(f"{w.family.upper()}, {w.given.upper()} {w.initial}"),
        f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_UKN": N(f"{w.family.upper()} {w.given[0]} {w.initial}"), f"{x}_NC": N(w.full.upper()),
        f"{x}_ini": N(f"{w.given[0]}. {w.family}"), f"{x}_initial": w.initial,
        f"{x}_rk": rank, f"{x}_grade": grade, f"{x}_hon": "Ms." if w.female else "Mr.", f"{x}_ukhon": "Mrs" if w.female else "Mr",
        f"{x}_sex": "F" if w.female else "M", f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email), f"{x}_mil": P("EMAIL", f"{mil}@{domain}"), f"{x}_branch": branch,
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_base": A(w.base), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_abbr": w.loc.abbr.get(w.region, ""),
        f"{x}_ssn": P("SSN", w.ssn), f"{x}_l4": P("SSN", l4), f"{x}_x4": P("SSN", f"{w.family[0].upper()}{l4}"),
        f"{x}_brn": P("ID", f"{w.given[0]}{w.family[0]}{l4}".upper()), f"{x}_zap": P("ID", f"{w.family[:2].upper()}{w.sn[-4:]}"),
        f"{x}_edipi": P("ID", w.edipi), f"{x}_sn": P("ID", w.sn),
        f"{x}_dobus": P("DATE", f"{w.dob:%m/%d/%Y}"), f"{x}_dobmil": P("DATE", f"{w.dob.day:02d} {MON[w.dob.month - 1]} {w.dob.year}"),
        f"{x}_dobiso": P("DATE", w.dob.isoformat()), f"{x}_dobuk": P("DATE", f"{w.dob:%d/%m/%Y}"), f"{x}_dobymd": P("DATE", f"{w.dob:%Y%m%d}"),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
    }  # fmt: skip


Y = 365
# (kind, document index) -> the patient's age range in days (default a serving member, 20-44)
AGES: dict[tuple[str, int], tuple[int, int]] = {
    ("mil60_va_cp_exam_dbq", 1): (90 * Y + 40, 96 * Y), ("mil60_cprs_progress_note", 1): (90 * Y + 40, 97 * Y),
    ("mil60_uk_afcs_war_pension_letter", 1): (95 * Y, 101 * Y), ("mil60_vac_decision_letter", 1): (90 * Y + 40, 95 * Y),
    ("mil60_dva_claim_gold_card", 1): (90 * Y + 40, 99 * Y),
    ("mil60_va_526ez_claim_extract", 0): (28 * Y, 52 * Y), ("mil60_va_526ez_claim_extract", 1): (30 * Y, 58 * Y),
    ("mil60_vbms_rating_decision_letter", 0): (26 * Y, 60 * Y), ("mil60_vbms_rating_decision_letter", 1): (40 * Y, 76 * Y),
    ("mil60_va_cp_exam_dbq", 0): (26 * Y, 48 * Y), ("mil60_cprs_progress_note", 0): (38 * Y, 78 * Y),
    ("mil60_uk_afcs_war_pension_letter", 0): (24 * Y, 50 * Y), ("mil60_vac_decision_letter", 0): (28 * Y, 60 * Y),
    ("mil60_dva_claim_gold_card", 0): (26 * Y, 55 * Y),
}  # fmt: skip
OLD_VETERAN = {k for k, (lo, _) in AGES.items() if lo >= 90 * Y}
# the patient's sex where the text fixes it (a widow; a deployed husband; a wounded soldier in a 9-liner)
FEMALE = {("mil60_dva_claim_gold_card", 1): True, ("mil60_family_readiness_messages", 0): False}


def base_slots(rng: random.Random, loc_code: str, kind: str, index: int) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(540))
    used: set[str] = set()
    ppl: dict[str, Person] = {}
    p = draw_person(rng, loc, used, d1, age_days=AGES.get((kind, index), (20 * Y, 44 * Y)),
                    female=FEMALE.get((kind, index), False if (kind, index) in OLD_VETERAN else None))  # fmt: skip
    page = (d1 - p.dob).days
    r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, family=p.family if rng.random() < 0.7 else None, home=p,
                    age_days=(max(19 * Y, page - 5 * Y), page + 4 * Y))  # fmt: skip
    child_lo = max(2 * Y, page - 40 * Y) if page < 80 * Y else 56 * Y
    m = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family, home=p if page < 80 * Y else None,
                    age_days=(child_lo, max(child_lo + Y, page - 19 * Y)))  # fmt: skip
    ppl.update(p=p, r=r, m=m)
    for x in ("c", "d", "e", "s", "x", "y"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(24 * Y, 58 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
    s["r_rel"] = "wife" if r.female else "husband"
    s["m_rel"] = "daughter" if m.female else "son"
    s["p_rel_to_r"] = "wife" if p.female else "husband"
    d2 = d1 + timedelta(days=rng.randint(2, 9))
    d3 = d1 - timedelta(days=rng.randint(20, 200))
    d4 = d1 + timedelta(days=rng.randint(14, 90))
    d5 = d1 - timedelta(days=rng.randint(3 * Y, 12 * Y))
    d6 = d3 - timedelta(days=rng.randint(20, 120))
    for key, d in {"d1": d1, "d2": d2, "d3": d3, "d4": d4, "d5": d5, "d6": d6}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["grid"] = P(
        "ADDRESS",
        fill(
            rng,
            rng.choice(["38S M@ ##### #####", "42S W@ #### ####", "38S L@ ##### #####", "37S E@ #### ####"]),
        ),
    )
    s["grid2"] = P("ADDRESS", fill(rng, rng.choice(["38S M@ ### ###", "42S V@ #### ####"])))
    s["ukgrid"] = P("ADDRESS", fill(rng, rng.choice(["NY ### ###", "SN #### ####", "NT #### ####"])))
    s["site1"], s["site2"], s["site3"] = (P("ADDRESS", v) for v in rng.sample(SITES, 3))
    s["area"] = P("ADDRESS", rng.choice(AREAS[loc_code]))
    s["base2"] = P("ADDRESS", rng.choice([b for rg in loc.regions.values() for b in rg[0] if b != p.base]))
    s["vafile"] = F("ID", "%#######", "%########", "C-%#######")
    s["claim"] = F("ID", "6########", "%#########")
    s["icn"] = P("MRN", fill(rng, "10%#######V%#####"))
    s["mrn"] = F("MRN", "%#######", "%#########")
    s["dmicp"] = F("MRN", "DM%#######", "%########")
    s["pmr"] = P("ID", f"PMR-{d1:%y%m%d}-" + fill(rng, "%###@"))
    s["lod"] = P("ID", f"LOD-{d1:%y}-" + fill(rng, "%####"))
    s["auth"] = F("ID", "%#########", "R%#########", "%###-%######")
    s["police"] = F("ID", f"{d1.year}-%#####", "HP%#######")
    s["afcs"] = F("ID", "AFCS/%######", "WP/%#######/@")
    s["vac"] = F("ID", "%########", "K%#######")
    s["dvafile"] = P(
        "ID", rng.choice(["N", "Q", "V", "W", "S"]) + fill(rng, rng.choice(["X######", "SM####@", "KM#####"]))
    )
    s["dvaclaim"] = F("ID", "CLM-%########", "D%#######")
    s["dvacard"] = F("HEALTH_PLAN", "%@######", "%X#######")
    s["nhs"] = P("ID", nhs(rng))
    s["asn"] = P("ID", fill(rng, rng.choice(["RA 1# ### ###", "US 5# ### ###", "ER 2# ### ###"])))
    s["dbn"] = F("HEALTH_PLAN", "%##########")
    s["medicare"] = P("HEALTH_PLAN", fill(rng, "^### ##### %") + fill(rng, "-%"))
    s["hcard"] = P("HEALTH_PLAN", fill(rng, "%###-###-### @@"))
    s["acct"] = F("ACCOUNT", "%##########", "%########")
    s["copay"] = F("ACCOUNT", "%####-#########", "%###########")
    for x in ("d", "e"):
        s[f"{x}_npi"] = P("LICENSE", fill(rng, "1%########"))
        s[f"{x}_gmc"] = P("LICENSE", fill(rng, "%######"))
        s[f"{x}_ahpra"] = P("LICENSE", fill(rng, "MED000%######"))
        s[f"{x}_cpso"] = P("LICENSE", fill(rng, "%#####"))
    s["plate"] = P("VEHICLE", fill(rng, rng.choice(["@@@-####", "@@@ ####", "%@@-%##"])))
    s["vin"] = P(
        "VEHICLE", fill(rng, "1@@@@####@@######").replace("I", "J").replace("O", "P").replace("Q", "R")
    )
    s["device"] = P("DEVICE", fill(rng, rng.choice(["@@%######", "%####-####", "SN%#######@"])))
    s["device2"] = P("DEVICE", fill(rng, rng.choice(["%#########", "@%@#######"])))
    s["url"] = P(
        "URL",
        "https://care.va.gov/vvc-app/?conference=" + fill(rng, "VVC%#######") + "&pin=" + fill(rng, "%#####"),
    )
    s["ip"] = P(
        "IP",
        f"{rng.choice([24, 73, 98, 174, 207])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
    )
    # keep values
    s["unit"] = K(rng.choice(UNITS[loc_code]))
    s["op"], s["op2"] = (K(v) for v in rng.sample(OPS[loc_code], 2))
    s["country"], s["country2"] = (K(v) for v in rng.sample(COUNTRIES[loc_code], 2))
    s["mtf"], s["mtf2"] = (K(v) for v in rng.sample(MTF[loc_code], 2))
    s["vamc"] = K(rng.choice(VAMC))
    s["equip"] = K(rng.choice(EQUIP[loc_code]))
    s["air"] = K(rng.choice(AIRFRAMES))
    for i, v in enumerate(rng.sample(DRUGS, 4), 1):
        s[f"drug{i}"] = K(v)
    for i, v in enumerate(rng.sample(DX, 4), 1):
        s[f"dx{i}"] = K(v)
    for i, v in enumerate(rng.sample(PCT, 4), 1):
        s[f"pct{i}"] = K(v)
    s["mos"] = K(rng.choice(MOS[loc_code]))
    s["year"] = K(str(rng.randint(2004, 2016)))
    s["year2"] = K(str(rng.randint(1950, 1953)))
    s["state"] = K(p.region)
    s["o_rk"] = rng.choice(OFFICER[loc_code])
    s["branch"] = s["p_branch"]
    s["age_p"] = s["p_old"] if (kind, index) in OLD_VETERAN else s["p_age"]
    return s


def nhs(rng: random.Random) -> str:
    """A ten-digit NHS number with a valid mod-11 check digit, written 3-3-4."""
    while True:
        body = [rng.randint(4, 6)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(dg * (10 - i) for i, dg in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            digits = "".join(map(str, [*body, check]))
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


# ---- templates -------------------------------------------------------------------------------------------

DD2795 = """PRE-DEPLOYMENT HEALTH ASSESSMENT — ‹DD FORM 2795› (MHS GENESIS, electronic)
Last name, first name, MI: «p_LFM»             DoD ID (EDIPI): «p_edipi»
Date of birth: «p_dobmil»     Age: «p_age»     Gender: «p_sex»     Rank/Grade: «p_rk» / «p_grade»
Component: Active Duty        Service: «branch»        Unit: «unit»
Home station: «p_base», «state»       Deploying to: «country» («op»), expected «d2_mil» to «d4_mil»
Unit POC: «c_rk» «c_n», DSN 236-4410 / comm «c_ph», «c_mil»
Home address: «p_addr»       Cell: «p_ph»       Personal e-mail: «p_em»
Emergency contact (DD 93 on file): «r_n» («r_rel»), «r_ph»
1. Overall health: Very good.   2. Medical problems: «dx1»; currently taking «drug1».
3. Profile: none (‹PULHES 111111›).   4. Dental class: 1.   5. Immunizations current (‹Anthrax›, ‹Smallpox›, ‹Influenza›).
6. Mental health: PHQ-2 negative; PC-PTSD-5 score 1. Prior deployment: «country2», «year».
7. MOS: «mos». Will carry 90-day supply of «drug1» (deployment pharmacy).
Health care provider: «d_n», PA-C (NPI «d_npi»)        Date of assessment: «d1_mil»
Member signature: «p_fml»        Date: «d1_us»
"""

DD2796 = """‹DD FORM 2796› — POST-DEPLOYMENT HEALTH ASSESSMENT (PDHA)
Name: «p_LFM»        SSN: «p_ssn»        DoD ID: «p_edipi»
DOB: «p_dobiso»   Rank: «p_rk»   Unit: «unit»   Home station: «p_base»
Deployed location(s): «site1» and «site2», «country» («op»)
Dates of deployment: «d3_milc» – «d1_milc»     Redeployment processing: «site3»
Exposures reported: burn pit smoke, ‹JP-8› vapor, blast overpressure (‹M3 Carl Gustaf›, ~40 rounds).
Blast/IED events: 2. Was dazed after an IED strike on «d6_mil» at grid «grid» while in the lead «equip».
TBI screen (‹MACE 2›) positive; PC-PTSD-5: 3 of 5; AUDIT-C: 5.
Symptoms: ringing in ears, headaches 3x/week, poor sleep. Assessment: «dx2»; «dx3».
Gunner in the same vehicle, «x_rk» «x_fml», also screened (see «x_her» PDHA).
Referral: TBI clinic, «mtf», appointment «d4_us» with «e_rk» «e_n» («e_mil»).
Reviewing provider: «d_n», «d_ph».   Interview completed «d1_mil» 0930.
Spouse «r_g» (cell «r_ph») will attend the follow-up; home address «p_addr».
"""

NINE_LINE = {
    "US": """MEDEVAC REQUEST — 9-LINE (transcribed from «unit» battalion net log)
DTG: «d1_dtg»
LINE 1: «grid»
LINE 2: 38.90 / DUSTOFF 24, call sign WARHAWK 3
LINE 3: 1A 1B 1C
LINE 4: A – NONE
LINE 5: 2L 1A
LINE 6: N – NO ENEMY TROOPS IN AREA
LINE 7: C – SMOKE (GREEN)
LINE 8: A – US MIL (2), C – NON-US (1)
LINE 9: FLAT, WIRES 200M NORTH; alternate LZ «grid2», 300 m N of «site1»
MIST:
  Z: «p_brn» — «p_rk» «p_LFM», «unit»
  M: IED strike on «equip», «d1_mil» 1412
  I: traumatic amputation L leg below knee, frag wounds R arm
  S: HR 132, RR 26, SpO2 90%, GCS 14
  T: TQ L thigh 1415, ‹TXA 2 g› IV, fentanyl ‹OTFC 800 mcg›
  Z: «x_brn» — «x_rk» «x_LFM»: GSW R forearm, ambulatory. T: pressure dressing.
  Z: local national interpreter «y_n» (badge «y_sn»): blast, ruptured TM, ambulatory.
Receiving: ‹Role 2› at «site2» then «mtf»; airframe «air».
Requested by: «c_rk» «c_n», RTO «s_rk» «s_fam»; medic «d_rk» «d_fml» (68W), «d_mil»
""",
    "UK": """CASEVAC — 9-LINER / MIST AT (ops log, «unit»)
DTG: «d1_dtg»
1. Location: grid «grid»
2. Callsign and freq: 31A on 45.650
3. Precedence: A1 B1
4. Special equipment: A
5. Patient type: L1 A1
6. Security at HLS: N — no enemy
7. HLS marking: C — smoke, red
8. Nationality: A (UK) 2
9. HLS terrain: sloping, loose sand; alternate HLS «grid2»
MIST AT:
  ZAP «p_zap» — «p_sn» «p_rk» «p_UKN», «unit»
  Age: «p_age»   Time of wounding: 0935   Mechanism: IED strike on «equip» near «site1»
  Injuries: open # R tib/fib, blast to face   Signs: RR 24, HR 118, BP 104/70, AVPU A
  Treatment: CAT tourniquet R thigh 0938, ‹TXA 1 g›, ‹ketamine 50 mg IM›
  ZAP «x_zap» — «x_sn» «x_rk» «x_UKN»: shrapnel L shoulder, walking wounded
MERT ‹CH-47› to ‹Role 3› «mtf»; reported by «c_rk» «c_fml», Pl Sgt «s_rk» «s_fam»; CMT «d_rk» «d_fml»
Next of kin of «p_fam» to be informed by JCCC: «r_n» («r_rel»), «p_town».
""",
}

TRAC2ES = """TRAC2ES — PATIENT MOVEMENT REQUEST (PMR)                PMR ID: «pmr»
Patient: «p_LFM»       EDIPI: «p_edipi»       FMP/SSN: 20/«p_ssn»
DOB: «p_dobmil»   Age: «p_age»   Sex: «p_sex»   Status: AD «branch»   Grade: «p_grade»   Unit: «unit»
Originating MTF: ‹Role 3› «site1», «country»      Destination MTF: «mtf» → «mtf2»
Precedence: PRIORITY    Classification: 2A (litter)    Ready date: «d2_mil»    Mission: «air»
Diagnosis: «dx1»; «dx2». Stable for flight; cabin altitude restriction 8000 ft.
Equipment: ‹Propaq MD› monitor S/N «device», ‹Zoll› suction unit S/N «device2»
Non-medical attendant: «r_n» («r_rel»), DoD ID «r_edipi», cell «r_ph»
Originating physician: «d_rk» «d_n», «d_mil»      Validating flight surgeon: «e_rk» «e_n» (DSN 314-480-2120)
Home of record: «p_addr»       Patient cell: «p_ph»
Remarks: PRMC ‹TPMRC-East› validated «d1_dtg». Unit liaison «c_rk» «c_fam» to meet at «mtf2».
"""

VA526 = """‹VA FORM 21-526EZ› — APPLICATION FOR DISABILITY COMPENSATION AND RELATED COMPENSATION BENEFITS (VBMS data extract)
Claim ID: «claim»        Date of claim: «d1_us»        Received via: VA.gov (intent to file «d3_us»)
Veteran: «p_fml»        VA file number: «vafile»        SSN: «p_ssn»
Date of birth: «p_dobus»        Sex: «p_sex»
Mailing address: «p_addr»
Phone: «p_ph»        Email: «p_em»
Service: «branch», entered active duty «d5_us», released «d6_us»; character of discharge: Honorable
Deployments: «country» («op», «year»); Gulf War hazard exposure: yes (‹PACT Act›)
Conditions claimed:  1) «dx1»  2) «dx2»  3) «dx3» (secondary)  4) hypertension (‹PACT Act› presumptive)
Treatment: «vamc», «year» to present; private provider «d_n», MD (NPI «d_npi»)
Direct deposit: checking account «acct», routing 053000219
Dependents: spouse «r_n», DOB «r_dobus», SSN «r_ssn»; child «m_n», DOB «m_dobus»
Accredited representative: «s_n», ‹Disabled American Veterans› (POA code 083), «s_em»
Signature: «p_fml»    «d1_us»
"""

CP = [
    """‹Disability Benefits Questionnaire› — Initial PTSD Examination (contract examination)
Examiner: «d_n», PsyD     Veteran: «p_n»     VA file number: «vafile»     Claim: «claim»
Exam date: «d1_us»     Location: contract clinic, «d_line», «d_town»     Age: «age_p»
Records reviewed: VBMS e-folder, STRs, ‹DD Form 214›, VA treatment records from «vamc».
1. Diagnosis: «dx1»; alcohol use disorder, mild (F10.10).
2. Military history: «branch», «d5_mil» – «d6_mil», MOS «mos»; deployed to «country» («op», «year»).
   Stressor: convoy IED near «site1» on «d3_mil»; «x_rk» «x_n» was killed and the veteran gave aid.
   Stressor verified (JSRRC), consistent with the veteran's unit «unit».
3. Social history: lives in «p_town», «state», with «p_her» «r_rel» «r_g»; two children («m_g» is 9). Works nights.
4. Symptoms: nightmares 4x/week, hypervigilance, avoidance of crowds; on «drug1» and «drug2».
5. Occupational and social impairment with reduced reliability and productivity.
Examiner signature: «d_fml», Licensed Psychologist (license «d_cpso»)    «d2_us»
""",
    """‹Disability Benefits Questionnaire› — Hearing Loss and Tinnitus
Examiner: «d_n», Au.D.     Veteran: «p_n»     VA file number: «vafile»     Claim: «claim»
Exam date: «d1_us»     Facility: Audiology, «vamc»     Age: «age_p»
Service: «branch», Korean War, «year2»; service number «asn»; artillery (105 mm howitzer), no hearing protection.
Accompanied by «m_rel» «m_n» (phone «m_ph»), who holds power of attorney; the veteran lives with «m_g» in «m_town», «m_region».
Puretone thresholds (dB): R 40/55/70/80/85, L 45/60/70/85/90; Maryland CNC: R 64%, L 56%.
Diagnosis: «dx3»; recurrent tinnitus since service.
Current hearing aids: ‹Phonak› S/N «device» (R), «device2» (L), issued «d3_us».
Opinion: at least as likely as not (50% or greater probability) caused by military noise exposure.
Examiner signature: «d_fml», CCC-A     «d1_us»     cc: ‹Veterans Service Office›, «s_n»
""",
]

VBMS = """DEPARTMENT OF VETERANS AFFAIRS
Evidence Intake Center, P.O. Box 4444, Janesville, WI 53547-4444
«d1_en»
«p_NC»
«p_line»
«p_town», «p_abbr» «p_pc»
                                                          In Reply Refer To: 27/RVSR
                                                          File Number: «vafile»
                                                          Claim ID: «claim»
Dear «p_hon» «p_fam»:
We made a decision on your claim for service-connected compensation received on «d3_en». This letter
tells you what we decided, how we decided it and what evidence we used.
What We Decided
  «dx1» — service connected, evaluated at ‹70 percent› effective «d3_us»
  «dx2» — service connected, ‹10 percent›
  «dx4» — not service connected
Your combined evaluation is ‹80 percent›. Your monthly entitlement is $2,004.91, which includes an
additional amount for your spouse, «r_g», and your child, «m_g».
Evidence used: VA examination of «d6_us» by «e_n»; buddy statement from «x_fml»; treatment records from «vamc».
Your payment will begin «d4_en». If you have questions, call us at 1-800-827-1000 or contact your
representative, «s_n» (‹The American Legion›).
Sincerely yours,
Regional Office
cc: «s_n»
"""

CPRS = [
    """LOCAL TITLE: PRIMARY CARE NOTE
STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: «d1_cprs»@10:32     ENTRY DATE: «d1_cprs»@10:32
      AUTHOR: «d_LFM»     EXP COSIGNER: «e_LFM»
     URGENCY:                     STATUS: COMPLETED
Patient: «p_LFM» («p_x4»)     ICN: «icn»     Age: «age_p»     PACT: Green 2
SC 70%: ‹PTSD 50%›, ‹tinnitus 10%›, ‹lumbosacral strain 20%›
CC: follow-up hypertension, chronic low back pain, PTSD symptoms.
Vet lives with «p_her» «r_rel» «r_g» in «p_town»; drives himself. Deployed «country» «year» («unit»).
Meds: «drug1», «drug2», «drug3».   BP 142/88.
A/P: «dx1»; «dx2». Continue meds. Refer to ‹Whole Health› coaching; community care consult (MISSION Act)
for physical therapy near «p_town». VA Video Connect visit in 6 weeks: «url»
Copay account: «copay» (exempt, SC > 50%).
/es/ «d_fml», NP
Signed: «d1_cprs»@11:04
Receipt acknowledged by: «e_fml»  «d2_cprs»@08:15
""",
    """LOCAL TITLE: HOME BASED PRIMARY CARE NOTE
STANDARD TITLE: PRIMARY CARE HOME VISIT NOTE
DATE OF NOTE: «d1_cprs»@14:10     ENTRY DATE: «d1_cprs»@16:42
      AUTHOR: «d_LFM»     EXP COSIGNER: «e_LFM»
     URGENCY:                     STATUS: COMPLETED
Patient: «p_LFM» («p_x4»)     ICN: «icn»     Age: «age_p»     Korean War veteran, ‹Purple Heart›
Home visit at «p_addr». Primary caregiver: «m_rel» «m_n» (‹PCAFC› approved), cell «m_ph».
Vet «age_p» y/o, frail, uses walker; fell on «d3_slash» without injury.
Meds reviewed with «m_g»: «drug1», «drug2». Hearing aid S/N «device» needs new battery door.
Dx: «dx3»; ‹dementia, mild (F03.90)›.
Plan: PT for gait; Meals on Wheels; respite 30 days/yr; telehealth tablet (log from «ip»).
/es/ «d_fml», RN, HBPC
Signed: «d1_cprs»@16:50
""",
]

TRICARE = """‹TRICARE Prime› REFERRAL / AUTHORIZATION — ‹Humana Military› (East Region)
Authorization #: «auth»        Referral date: «d1_us»        Valid through: «d4_us»
Beneficiary: «m_n» (dependent «m_rel»)      DOB: «m_dobus»      DoD Benefits Number: «dbn»
Sponsor: «p_rk» «p_fml», DoD ID «p_edipi», «unit», «p_base»
Address: «p_addr»        Phone: «r_ph»
Parent/guardian: «r_n», «r_em»
PCM: «d_n», MD, Pediatrics, «mtf» (NPI «d_npi»)
Referred to: «e_n», PhD, BCBA-D — Carolina Pediatric Behavioral Health, «e_line», «e_town»; phone «e_ph»
Diagnosis: autism spectrum disorder (‹F84.0›); ‹EFMP› enrolled «d3_us».
Services: ‹ABA therapy› under the ‹Autism Care Demonstration›, 20 hours/week, 6 months.
Note: sponsor deploying to «country» «d2_mil»; family relocating per PCS orders to «base2» in «year».
"""

LOD = """STATEMENT OF MEDICAL EXAMINATION AND DUTY STATUS — ‹DA FORM 2173›            LOD case: «lod»
1. TO: Commander, «unit»      2. FROM: Emergency Department, «mtf»
3. NAME: «p_LFM»      4. SSN: «p_ssn»      5. GRADE: «p_grade»      6. ORGANIZATION AND STATION: «unit», «p_base»
7. DATE AND HOUR OF INJURY: «d1_mil» 2215      8. PLACE: US 87 westbound near «p_town», «state»
9. Nature: POV motorcycle accident, private vehicle plate «plate» (VIN «vin»); closed fracture left clavicle,
   abrasions, mild concussion («dx1»).
10. Treated by: «d_n», MD, on «d1_mil» at 2304; BAC 0.00; UDS negative.
11. Responding trooper: «x_n», State Highway Patrol, report no. «police».
12. Duty status: PASS (approved DA 31 on file).  In line of duty: YES (informal).
13. Statement taken by: «c_rk» «c_fml», «c_mil», DSN 236-1170
14. Emergency contact notified: «r_n» («r_rel»), «r_ph»; home «p_addr».
"""

FMED = """‹FMED 23› — MEDICAL BOARD REPORT / JMES REVIEW (DMICP extract)
Service number: «p_sn»      Rank: «p_rk»      Name: «p_UKN»      Forenames: «p_g»
DOB: «p_dobuk»      NHS number: «nhs»      DMICP ID: «dmicp»      Unit: «unit»      Location: «p_base»
Home address: «p_addr»      Tel: «p_ph»
Date of board: «d1_uk»      President: «d_rk» «d_n» (GMC «d_gmc»)      Member: «e_n», Physiotherapist
Condition: «dx4»; injured on «d3_uk» during Ex IRON STRIKE on «area» (‹tab march 40 lb›).
Treatment to date: ‹PCRF› and ‹RRU› courses, «drug1», «drug2». ‹DCMH› review: no mental health concerns.
JMES: current ‹MLD (A4 L3 M3 E1)›; recommended ‹MND (A4 L3 M3 E2)› for 6 months. Next review due «d4_uk».
Employment limitations: no running, no load carriage > 15 kg, fit for ‹Op TORAL› support roles only.
Next of kin: «r_n» («r_rel»), «r_ph»
Unit Medical Officer: «c_rk» «c_n», «c_mil»      Board clerk: «s_n»
"""

DMICP = """DMICP — CONSULTATION RECORD          «d1_uk» 08:40          «p_base» Medical Centre
Patient: «p_rk» «p_UKN» (Service No «p_sn»)      ZAP «p_zap»      DOB «p_dobuk»      Age «p_age»
Seen by: «d_rk» «d_n», Civilian Medical Practitioner (GMC «d_gmc»)
History: returned from «country» («op») on «d3_short»; since then poor sleep, irritability, drinking 30 units/week.
Partner «r_g» (SFA, «p_line», «p_town» «p_pc») called the welfare office on «d6_short».
Examination: PHQ-9 16, GAD-7 12, AUDIT 18. No suicidal intent. «dx1».
Plan: referral to ‹DCMH› «base2» (routine); ‹Light duties› 14 days; «drug1».
Chain of command informed with consent: OC «o_rk» «c_n»; Welfare: «s_rk» «s_n», «s_ph».
Buddy ‹TRiM› assessment done by «x_rk» «x_fam» on «d6_short».
Next appointment: «d4_uk» with Nurse «e_n».
"""

AFCS = [
    """Veterans UK, Norcross, Thornton-Cleveleys, FY5 3WP
«d1_ukl»
«p_ukhon» «p_n»
«p_line»
«p_town»
«p_pc»
Our reference: «afcs»          Service number: «p_sn»
Dear «p_ukhon» «p_fam»,
‹ARMED FORCES COMPENSATION SCHEME› — DECISION ON YOUR CLAIM
We have decided your claim received on «d3_ukl» for the following conditions:
  1. «dx1» — ‹Table 3, Item 7›, ‹Level 8› — lump sum ‹£60,000›
  2. «dx2» — ‹Table 6, Item 31›, ‹Level 12› — lump sum ‹£13,900›
A ‹Guaranteed Income Payment› has not been awarded. We considered records from your unit («unit»), from your
GP «d_n» and from «mtf», and the report of «e_n» dated «d6_ukl».
You served in «country» («op») in «year». If you disagree, ask for reconsideration within 12 months.
You can also contact ‹Op COURAGE› (the NHS veterans' mental health service).
Yours sincerely,
«s_n», Decision Maker
""",
    """Veterans UK, Norcross, Thornton-Cleveleys, FY5 3WP
«d1_ukl»
«p_ukhon» «p_n»
c/o «m_n» («m_rel»)
«m_line»
«m_town»
«m_pc»
Our reference: «afcs»          Former service number: «p_sn»
Dear «p_ukhon» «p_fam»,
‹WAR PENSIONS SCHEME› — REVIEW OF ASSESSMENT
We have reviewed your war pension following the report of «d_n» of «d6_ukl». You are «age_p» years old
and served with the ‹Royal Artillery› in ‹Korea›, «year2».
  Noise-induced hearing loss — assessment increased from ‹40%› to ‹60%›
  Gunshot wound, left thigh — ‹20%› (no change)
Your ‹Constant Attendance Allowance› continues. Payments will be made to your account from «d4_ukl».
Your «m_rel», «m_g», can ring our helpline on 0808 1914 218. Welfare Manager: «s_n».
Yours sincerely,
«e_n», War Pensions Decision Maker
""",
]

CF98 = """‹CF 98› — REPORT ON INJURIES OR EXPOSURE TO TOXIC SUBSTANCES ATTRIBUTABLE TO MILITARY SERVICE
Service number: «p_sn»      Rank: «p_rk»      Surname: «p_FAM»      Given names: «p_g»
Unit: «unit»      Base/Wing: «p_base»      DOB: «p_dobiso»      Age: «p_age»
Date and time of injury: «d1_iso» 14:20      Place: «area», grid «ukgrid»
Description: during ‹Ex MAPLE RESOLVE›, dismounted from «equip» on uneven ground; inversion injury R ankle.
Witness: «x_rk» «x_n», SN «x_sn», phone «x_ph»
Medical: seen at «mtf» by «d_rk» «d_n» on «d2_iso»; X-ray: no fracture. Dx: ‹ankle sprain, grade II (S93.401A)›.
Treatment: ‹Aircast›, crutches, «drug1»; ‹temporary medical category› 30 days.
Supervisor: «c_rk» «c_n», «c_mil»
Member's home address: «p_addr»      Personal phone: «p_ph»
Previous CF 98 on file: «d5_iso» («country» deployment, «op»).
Member signature: «p_n»      Date: «d2_iso»
"""

VAC = [
    """Veterans Affairs Canada / Anciens Combattants Canada
«d1_en»
«p_n»
«p_line»
«p_town» «p_abbr» «p_pc»
VAC file number: «vac»          Service number: «p_sn»
Dear «p_hon» «p_fam»:
Re: ‹Pain and Suffering Compensation› — decision
We have reviewed your application received «d3_en» with the information from «mtf» and from your
physician, «d_n» (CPSO «d_cpso»).
  «dx1» — entitlement 5/5; disability assessment ‹30%›
  «dx2» — entitlement 4/5; disability assessment ‹10%›
Your case manager, «s_n», can be reached at «s_ph» or through My VAC Account. You served with
«unit» in «country» («op», «year»).
Sincerely,
«e_n», Disability Adjudicator
""",
    """Veterans Affairs Canada / Anciens Combattants Canada
«d1_en»
«p_n»
c/o «m_n»
«m_line»
«m_town» «m_abbr» «m_pc»
VAC file number: «vac»          Regimental number: «p_sn»
Dear «p_hon» «p_fam»:
Re: ‹Veterans Independence Program› and ‹Disability Pension› review
You are «age_p» years old and served in ‹Korea› in «year2» with the ‹Royal Canadian Regiment›. Your
‹Disability Pension› for hearing loss increases to ‹45%› from «d4_en».
Housekeeping and grounds maintenance grants continue; your «m_rel» «m_g» (phone «m_ph») is listed as your
authorized representative. Provincial health card on file: «hcard».
Area Office contact: «s_n», «s_ph».
Sincerely,
«e_n», Veterans Service Agent
""",
]

ADF = """DEFENCE HEALTH — ‹MEDICAL EMPLOYMENT CLASSIFICATION REVIEW› (‹PM 516›)
PMKeyS: «p_sn»      Rank: «p_rk»      Surname: «p_FAM»      Given names: «p_g» «p_initial»
DOB: «p_dobuk»      Age: «p_age»      Unit: «unit»      Location: «p_base»
Medicare: «medicare»      Residential: «p_addr»      Mobile: «p_ph»      Email: «p_mil»
Current MEC: ‹MEC 2›      Proposed: ‹MEC 3› (12 months)
Injury: «dx4»; ACL reconstruction R knee on «d3_uk» after a fall from a «equip» during ‹Ex TALISMAN SABRE› at «area».
Rehabilitation: ‹Joint Health Command› rehab cell; «drug1» PRN. Deployable: no (‹Op RESOLUTE› excluded).
Treating: «d_rk» «d_n», SMO (AHPRA «d_ahpra»); physiotherapist «e_n»
NOK: «r_n» («r_rel»), «r_ph»
Chain of command: «c_rk» «c_fam», OC; welfare officer «s_rk» «s_n», «s_mil»
Reviewed «d1_uk»; next review «d4_uk». ‹Open Arms› details given.
"""

DVA = [
    """Department of Veterans' Affairs — ‹MyService› CLAIM SUMMARY
DVA file number: «dvafile»      Claim ID: «dvaclaim»      Lodged: «d3_uk»
Veteran: «p_n»      DOB: «p_dobuk»      PMKeyS: «p_sn»      Age: «age_p»
Address: «p_addr»      Mobile: «p_ph»      Email: «p_em»
Service: «branch», «unit»; «op» («country», «year»).
Conditions claimed (‹MRCA›): «dx1»; «dx2»; «dx3».
Initial liability accepted «d1_uk»; ‹Non-Liability Health Care› for mental health; ‹Veteran White Card› no. «dvacard».
Treating GP: «d_n» (AHPRA «d_ahpra»), Medicare «medicare».
Advocate: «s_n» (‹RSL Queensland›), «s_em». Delegate: «e_n».
Partner «r_g» eligible for ‹Open Arms› counselling.
""",
    """Department of Veterans' Affairs — ‹VETERAN GOLD CARD› / ‹WAR WIDOW(ER)'S PENSION›
DVA file number: «dvafile»      Gold Card no.: «dvacard»
Widow: «p_n»      DOB: «p_dobuk»      Age: «age_p»
Late husband: «r_n», «branch», ‹Korea› «year2», service number «asn», died «d6_uk».
Address: «p_addr»      Phone: «p_ph»
Pension granted from «d4_uk»; ‹Gold Card› covers all conditions.
Carer («m_rel»): «m_n», «m_ph»; «m_em».
Community nursing: «e_n», RN; GP «d_n» (AHPRA «d_ahpra»).
Delegate: «s_n», Processing Officer, «d1_uk».
""",
]

FAMILY = {
    "US": """From: «r_n» <«r_em»>
To: «s_fml» <«s_mil»>
Sent: «d1_en» 9:14 PM
Subject: RE: EFMP enrollment — «m_g»'s evaluation

Hi «s_hon» «s_fam»,
Thanks for calling me back. «p_rk» «p_fam» (my «p_rel_to_r») is still at «site1» until «d4_mil» so I'm doing all the
paperwork. We PCS from «p_base» to «base2» this summer and I'm scared we lose our spot for ABA.
«m_g»'s DOB is «m_dobus» and «m_her» DoD benefits number is «dbn». Dr. «d_fam» at «mtf» diagnosed
‹F84.0› and ‹F80.2› and wants ‹speech therapy› twice a week.
Our address is «p_addr». Cell «r_ph» is best, I have «m_g» at OT on «d2_slash».
Thank you!!
«r_g»

-----Original Message-----
From: «s_fml», EFMP Family Support, ‹Army Community Service›, «p_base»
Sent: «d3_en»
«s_fam» here — please send «m_g»'s ‹DD Form 2792› signed by «d_n» and the sponsor's DoD ID («p_edipi»).
Office: «s_ph»
""",
    "CA": """MFRC — Military Family Resource Centre, «p_base» — client message log
«d1_iso» 10:12  «r_n» («r_rel» of «p_rk» «p_n», «unit») called re: family care plan.
  «p_fam» deployed to «country» («op») until «d4_iso». «r_g» asks for emergency child care for «m_g»
  (born «m_dobiso», health card «hcard»), who sees the ‹Family Health Clinic› for asthma (‹Ventolin›).
  Address: «p_addr».  Cell: «r_ph».  Email: «r_em».
«d1_iso» 10:40  Call back by «s_n» (Family Liaison Officer), «s_ph». Referred to the ‹Family Information Line›.
«d2_iso» 16:05  Rear party contact «c_rk» «c_n» («c_mil») confirmed the member's leave dates.
«d2_iso» 16:30  Neighbour «x_n» will be the emergency back-up (phone «x_ph»). File closed by «s_fam».
""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str] | list[str]]] = [
    ("mil60_dd2795_pre_deployment", ["US", "US"], "text", DD2795),
    ("mil60_dd2796_post_deployment", ["US", "US"], "text", DD2796),
    ("mil60_medevac_9line_mist", ["US", "UK"], "text", NINE_LINE),
    ("mil60_trac2es_patient_movement", ["US", "US"], "text", TRAC2ES),
    ("mil60_va_526ez_claim_extract", ["US", "US"], "text", VA526),
    ("mil60_va_cp_exam_dbq", ["US", "US"], "text", CP),
    ("mil60_vbms_rating_decision_letter", ["US", "US"], "text", VBMS),
    ("mil60_cprs_progress_note", ["US", "US"], "text", CPRS),
    ("mil60_tricare_dependant_referral", ["US", "US"], "text", TRICARE),
    ("mil60_line_of_duty_da2173", ["US", "US"], "text", LOD),
    ("mil60_uk_fmed23_medical_board", ["UK", "UK"], "text", FMED),
    ("mil60_uk_dmicp_consultation", ["UK", "UK"], "text", DMICP),
    ("mil60_uk_afcs_war_pension_letter", ["UK", "UK"], "text", AFCS),
    ("mil60_caf_cf98_injury_report", ["CA", "CA"], "text", CF98),
    ("mil60_vac_decision_letter", ["CA", "CA"], "text", VAC),
    ("mil60_adf_medical_employment_review", ["AU", "AU"], "text", ADF),
    ("mil60_dva_claim_gold_card", ["AU", "AU"], "text", DVA),
    ("mil60_family_readiness_messages", ["US", "CA"], "text", FAMILY),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(
    seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str] | list[str]
) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = (
        template[loc]
        if isinstance(template, dict)
        else template[index]
        if isinstance(template, list)
        else template
    )
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe60:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind, index)
        content, phi, keep, spans = render(text, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
