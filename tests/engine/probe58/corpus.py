# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-eighth independent probe corpus: pharmacy and pharmacy-benefit text -- what community, specialty
and mail-order pharmacies, PBMs, prescribers' offices and state prescription-monitoring programmes write --
from the United States (mostly), Canada and the United Kingdom, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a prescription label with its will-call bag tag,
an NCPDP SCRIPT NewRx message (XML), an NCPDP SCRIPT RxRenewalRequest / RxRenewalResponse (XML), an NCPDP
D.0 claim with its reject / paid response (field-coded segments), a PDMP patient report, a refill-request
fax to a prescriber (US, Canada), a pharmacist intervention note (US, UK), an MTM comprehensive medication
review with the patient take-away, a compounding worksheet (US, Canada), a controlled-substance (C-II)
perpetual log and DEA Form 222 excerpt, a specialty-pharmacy intake / onboarding note, a PBM prior-
authorisation determination letter, a prescriber's PA appeal letter to a PBM, a pharmacy vaccine
administration record (US, Canada), a pharmacy chat and an IVR call transcript, an NHS EPS dispensing
record with its token (UK), a Canadian pharmacy record (Ontario MedsCheck, Québec pharmacist's
prescription) and a pharmacy-management-system dispensing export (JSON).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient, `c` a caregiver or
relative (a parent for a child patient), `d` the prescriber, `e` a second clinician (PBM reviewer,
covering prescriber, nurse), `r` the pharmacist, `t` a pharmacy technician, `s` another staff member
(intake coordinator, chat / call agent, PDMP analyst, receiving clerk). Forms: `_n` "Given Family",
`_g`, `_f`, `_G` `_F` (capitals), `_lf` "FAMILY, GIVEN", `_lfc` "Family, Given", `_ini` "G. Family"; `_mi`
(middle initial: plain), `_hon` (plain), `_ph` `_ph2`, `_em`, `_line` `_town` `_pc` `_addr`, `_region`
(keep), `_dob` (US mm/dd/yyyy, CA yyyy-mm-dd, UK dd/mm/yyyy), `_dob8` (CCYYMMDD), `_age` (keep, under
90), `_old` (AGE, 90+), `_npi` `_dea` `_lic` (LICENSE).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, caregivers, prescribers, pharmacists, technicians, PBM clinical
  reviewers, intake coordinators, chat and call agents, PDMP analysts, receiving clerks -- in every form:
  full, given alone, family alone, capitals, "FAMILY, GIVEN", "Family, Given", "G. Family", the separate
  first / last name elements of an XML message or claim segment. Honorifics, credentials (RPh, PharmD,
  CPhT, MD, NP, PA-C) and a lone middle initial are plain text outside the value.
- ADDRESS: street lines (with apartment / unit), towns and cities, counties; ZIP: US ZIP (and ZIP+4),
  Canadian postal codes, UK postcodes. States, provinces and UK nations are keep when written alone and
  plain text inside an address; countries keep.
- DATE: every date more specific than a year -- birth, fill, written, expiry of a prescription, refill
  due, service, claim, PA decision, appeal, vaccination, next dose -- in every form (03/14/2024,
  2024-03-14, 20240314 in NCPDP fields, March 14, 2024, 14/03/2024, 14-Mar-2024, 3/14). A drug lot's
  expiry (a month and year of the product, not the person) and years alone are plain text / keep. AGE: 90
  and over; ages under 90 keep.
- PHONE (fax numbers too) and EMAIL of any person or prescriber's office; a pharmacy's own store number
  and main line are plain text (not scored). URL: a refill or tracking link with its token. IP: a chat
  session's client address. DEVICE: a CGM / pump serial number. VEHICLE: a drive-through / curbside
  pickup licence plate.
- ID: Rx numbers, NCPDP message IDs and relates-to IDs, claim reference / authorisation numbers, PA case
  and appeal numbers, PDMP request numbers, EPS prescription IDs, NHS numbers, DEA Form 222 order-form
  numbers, copay-card IDs, chat / call reference numbers, specialty referral numbers. MRN: clinic and
  hospital MRNs and a pharmacy's patient profile number. HEALTH_PLAN: member / cardholder IDs, Medicare
  MBIs, Medicaid IDs, Ontario health numbers, RAMQ numbers. ACCOUNT: a pharmacy charge account, a payment
  card's last four. LICENSE: prescriber NPI and DEA numbers, pharmacist licence / GPhC / OCP / OPQ
  registration numbers.
- Keep (must survive): pharmacy chains and PBM names, plan names, BIN, PCN and group numbers (plan
  routing), drug names with strengths, NDC and DIN codes, SIG text, reject codes and messages, ICD-10 and
  CPT codes, vaccine products and lot numbers, money amounts, ages under 90, years, states / provinces /
  nations alone, countries.
- Not scored (plain text): honorifics, credentials, form labels and NCPDP field codes, quantities, days
  supply and refill counts, store numbers, pharmacy main lines and NCPDP / pharmacy NPIs of a store, times.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe58 import ids
from tests.engine.probe58.people import LOCS, NAMES, K, P, Person, Slot, address, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

CHAINS = {"US": ["CVS Pharmacy", "Walgreens", "Rite Aid", "Walmart Pharmacy", "Kroger Pharmacy", "Publix Pharmacy", "Meijer Pharmacy", "Hy-Vee Pharmacy", "H-E-B Pharmacy", "Giant Eagle Pharmacy"],
          "CA": ["Shoppers Drug Mart", "Jean Coutu", "Pharmaprix", "Rexall", "London Drugs", "Uniprix"],
          "UK": ["Boots", "LloydsPharmacy", "Well Pharmacy", "Superdrug Pharmacy", "Rowlands Pharmacy"]}  # fmt: skip
SPECIALTY = ["Accredo", "CVS Specialty", "Optum Specialty Pharmacy", "AllianceRx Walgreens Pharmacy", "Walgreens Specialty Pharmacy"]
# PBM, BIN, PCN, plan name
PBMS = [("Express Scripts", "003858", "A4", "Cigna Healthcare Open Access Plus"), ("CVS Caremark", "004336", "ADV", "Aetna Choice POS II"),
        ("OptumRx", "610097", "9999", "UnitedHealthcare Choice Plus"), ("Prime Therapeutics", "610455", "PRIME", "Blue Cross Blue Shield PPO"),
        ("MedImpact", "003585", "ASPROD1", "Kaiser Permanente Added Choice"), ("Navitus Health Solutions", "610602", "NVT", "Quartz Health Plan"),
        ("Humana Pharmacy Solutions", "610649", "03200000", "Humana Gold Plus (HMO)"), ("Express Scripts", "610014", "MEDDPRIME", "SilverScript Choice (PDP)")]  # fmt: skip
# drug, NDC, SIG, qty, days
MAINT = [("Atorvastatin 40 mg tablet", "00093-5057-98", "Take 1 tablet by mouth at bedtime", 90, 90),
         ("Lisinopril 20 mg tablet", "68180-0515-03", "Take 1 tablet by mouth once daily", 90, 90),
         ("Metformin ER 500 mg tablet", "00378-6001-91", "Take 2 tablets by mouth with evening meal", 180, 90),
         ("Levothyroxine 75 mcg tablet", "00074-4341-90", "Take 1 tablet by mouth every morning on an empty stomach", 90, 90),
         ("Amlodipine 10 mg tablet", "69097-0128-05", "Take 1 tablet by mouth daily", 30, 30),
         ("Sertraline 100 mg tablet", "16729-0217-01", "Take 1 tablet by mouth daily", 30, 30),
         ("Losartan 50 mg tablet", "31722-0701-90", "Take 1 tablet by mouth twice daily", 60, 30),
         ("Eliquis 5 mg tablet", "00003-0894-21", "Take 1 tablet by mouth every 12 hours", 60, 30),
         ("Jardiance 25 mg tablet", "00597-0153-30", "Take 1 tablet by mouth every morning", 30, 30),
         ("Montelukast 10 mg tablet", "00006-0117-31", "Take 1 tablet by mouth every evening", 30, 30),
         ("Albuterol HFA 90 mcg inhaler", "00173-0682-20", "Inhale 2 puffs every 4 to 6 hours as needed for wheezing", 18, 25),
         ("Gabapentin 300 mg capsule", "27241-0078-50", "Take 1 capsule by mouth three times daily", 90, 30),
         ("Omeprazole DR 40 mg capsule", "62175-0136-37", "Take 1 capsule by mouth 30 minutes before breakfast", 30, 30),
         ("Warfarin 5 mg tablet", "00093-1721-01", "Take 1 tablet by mouth daily or as directed by anticoagulation clinic", 30, 30),
         ("Insulin glargine 100 units/mL pen", "00088-5020-05", "Inject 24 units under the skin once daily at bedtime", 15, 30)]  # fmt: skip
CONTROLLED = [("Oxycodone-acetaminophen 5-325 mg tablet", "CII", "00406-0512-01", "Take 1 tablet by mouth every 6 hours as needed for pain"),
              ("Hydrocodone-acetaminophen 10-325 mg tablet", "CII", "00406-0365-01", "Take 1 tablet by mouth every 6 hours as needed for severe pain"),
              ("Amphetamine-dextroamphetamine 20 mg tablet", "CII", "00555-0768-02", "Take 1 tablet by mouth every morning"),
              ("Methylphenidate ER 36 mg tablet", "CII", "00591-2718-01", "Take 1 tablet by mouth every morning"),
              ("Morphine sulfate ER 15 mg tablet", "CII", "00406-8315-01", "Take 1 tablet by mouth every 12 hours"),
              ("Alprazolam 0.5 mg tablet", "CIV", "00228-2029-10", "Take 1 tablet by mouth three times daily as needed for anxiety"),
              ("Zolpidem 10 mg tablet", "CIV", "00093-0074-01", "Take 1 tablet by mouth at bedtime as needed for sleep"),
              ("Buprenorphine-naloxone 8-2 mg film", "CIII", "12496-1208-03", "Dissolve 1 film under the tongue daily")]  # fmt: skip
SPEC_DRUGS = [("Humira Pen 40 mg/0.4 mL", "00074-0554-02", "Inject 40 mg under the skin every 14 days", "M05.79", "rheumatoid arthritis"),
              ("Dupixent 300 mg/2 mL pen", "00024-5915-02", "Inject 300 mg under the skin every 2 weeks", "L20.9", "atopic dermatitis"),
              ("Enbrel SureClick 50 mg/mL", "58406-0032-04", "Inject 50 mg under the skin once weekly", "L40.50", "psoriatic arthritis"),
              ("Skyrizi 150 mg/mL pen", "00074-2100-01", "Inject 150 mg under the skin every 12 weeks", "L40.0", "plaque psoriasis"),
              ("Biktarvy 50-200-25 mg tablet", "61958-2501-01", "Take 1 tablet by mouth daily", "B20", "HIV-1 infection"),
              ("Ozempic 1 mg/dose pen", "00169-4130-13", "Inject 1 mg under the skin once weekly", "E11.65", "type 2 diabetes with hyperglycemia")]  # fmt: skip
ALTERNATIVE = {"Humira Pen 40 mg/0.4 mL": "Hydroxychloroquine 200 mg tablet", "Dupixent 300 mg/2 mL pen": "Triamcinolone 0.1% cream",
               "Enbrel SureClick 50 mg/mL": "Sulfasalazine 500 mg tablet", "Skyrizi 150 mg/mL pen": "Otezla 30 mg tablet",
               "Biktarvy 50-200-25 mg tablet": "Dovato 50-300 mg tablet", "Ozempic 1 mg/dose pen": "Metformin 1000 mg tablet"}  # fmt: skip
UK_DRUGS = [("Amlodipine 5mg tablets", "One tablet once a day"), ("Ramipril 2.5mg capsules", "One capsule each morning"),
            ("Sertraline 50mg tablets", "One tablet daily"), ("Co-codamol 30mg/500mg tablets", "One or two tablets up to four times a day when required"),
            ("Salbutamol 100micrograms/dose inhaler", "Two puffs when required"), ("Metformin 500mg tablets", "One tablet twice a day with food"),
            ("Atorvastatin 20mg tablets", "One tablet at night"), ("Lansoprazole 30mg capsules", "One capsule daily before breakfast")]  # fmt: skip
CA_DRUGS = [("Apo-Atorvastatin 20 mg", "02295261", "Take 1 tablet daily at bedtime"), ("Jamp-Metformin 500 mg", "02380196", "Take 1 tablet twice daily with meals"),
            ("Teva-Ramipril 5 mg", "02247917", "Take 1 capsule once daily"), ("Synthroid 0.1 mg", "02172070", "Take 1 tablet daily before breakfast"),
            ("Apo-Amoxi 500 mg", "00628123", "Take 1 capsule three times daily for 7 days"), ("Mint-Rosuvastatin 10 mg", "02438984", "Take 1 tablet daily"),
            ("Sandoz Bisoprolol 5 mg", "02267470", "Take 1 tablet each morning"), ("Nitrofurantoin 100 mg (Macrobid)", "02231015", "Take 1 capsule twice daily for 5 days")]  # fmt: skip
VACCINES = {"US": [("Fluzone High-Dose 2024-2025", "UT8421KA", "90662"), ("Shingrix", "3R7GX", "90750"), ("Arexvy", "R4K92", "90679"),
                   ("Prevnar 20", "LL6109", "90677"), ("Comirnaty 2024-2025", "LP0418", "91320"), ("Boostrix", "7T2FA", "90715")],
            "CA": [("Fluzone High-Dose Quadrivalent", "UJ774AA", ""), ("Shingrix", "2K9HR", ""), ("Comirnaty Omicron KP.2", "LK4417", ""),
                   ("Prevnar 20", "LJ2205", ""), ("Arexvy", "R7P31", "")]}  # fmt: skip
ICD = ["E11.9", "I10", "E78.5", "J45.909", "F41.1", "G47.00", "M54.50", "F90.0", "N39.0", "I48.91", "E03.9", "K21.9", "G89.29", "F11.20"]
REJECTS = [("75", "Prior Authorization Required"), ("79", "Refill Too Soon"), ("70", "Product/Service Not Covered - Plan/Benefit Exclusion"),
           ("MR", "Product Not On Formulary"), ("76", "Plan Limitations Exceeded"), ("88", "DUR Reject Error")]  # fmt: skip
RPH_CRED = ["RPh", "PharmD", "PharmD, BCACP", "RPh, CDCES", "PharmD, BCPS"]
RX_CRED = ["MD", "DO", "NP", "PA-C", "MD", "FNP-C"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONFR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
Y = 365


def money(lo: float, hi: float, rng: random.Random, cur: str = "$") -> K:
    v = rng.uniform(lo, hi)
    return K(f"{cur}{v:,.2f}")


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    dflt = {"US": f"{d:%m/%d/%Y}", "CA": d.isoformat(), "UK": f"{d:%d/%m/%Y}"}[loc]
    return {"d": P("DATE", dflt), "us": P("DATE", f"{d:%m/%d/%Y}"), "n8": P("DATE", f"{d:%Y%m%d}"), "iso": P("DATE", d.isoformat()),
            "en": P("DATE", f"{d:%B} {d.day}, {d.year}"), "uk": P("DATE", f"{d:%d/%m/%Y}"), "ukl": P("DATE", f"{d.day} {d:%B} {d.year}"),
            "mon": P("DATE", f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"), "sh": P("DATE", f"{d.month}/{d.day}/{d:%y}"),
            "md": P("DATE", f"{d.month}/{d.day}"), "fr": P("DATE", f"{d.day} {MONFR[d.month - 1]} {d.year}"),
            "wk": P("DATE", f"{d:%A}, {d:%B} {d.day}")}  # fmt: skip


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    dob = {"US": f"{w.dob:%m/%d/%Y}", "CA": w.dob.isoformat(), "UK": f"{w.dob:%d/%m/%Y}"}[w.loc.code]
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_G": N(w.given.upper()), f"{x}_F": N(w.family.upper()),
        f"{x}_NC": N(w.full.upper()), f"{x}_lf": N(w.lf), f"{x}_lfc": N(w.lfc), f"{x}_ini": N(f"{w.given[0]}. {w.family}"),
        f"{x}_mi": w.initial, f"{x}_hon": w.hon, f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2),
        f"{x}_em": P("EMAIL", w.email), f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_county": A(w.county),
        f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w), f"{x}_region": K(w.region), f"{x}_abbr": w.loc.abbr.get(w.region, ""),
        f"{x}_dob": P("DATE", dob), f"{x}_dob8": P("DATE", f"{w.dob:%Y%m%d}"), f"{x}_dobus": P("DATE", f"{w.dob:%m/%d/%Y}"),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_sex": "F" if w.female else "M",
        f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his", f"{x}_She": "She" if w.female else "He",
        f"{x}_phd": P("PHONE", "".join(ch for ch in w.phone if ch.isdigit())), f"{x}_ph2d": P("PHONE", "".join(ch for ch in w.phone2 if ch.isdigit())),
        f"{x}_LINE": A(w.line.upper()), f"{x}_TOWN": A(w.town.upper()), f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_sexn": "2" if w.female else "1", f"{x}_fi": w.family[0],
        f"{x}_dob_spoken": P("DATE", f"{w.dob:%B} {_ordinal(w.dob.day)}, {w.dob.year}"),
    }  # fmt: skip


AGES: dict[str, tuple[int, int]] = {
    "rx58_mtm_comprehensive_review": (90 * Y + 30, 97 * Y),
    "rx58_vaccine_administration_record": (90 * Y + 30, 96 * Y),
    "rx58_controlled_substance_log": (24 * Y, 70 * Y),
    "rx58_compounding_worksheet": (1 * Y, 9 * Y),
    "rx58_specialty_intake": (28 * Y, 66 * Y),
}
CHILD = {"rx58_compounding_worksheet"}
# Canadian documents whose wording fixes the province (French forms: Québec)
REGION = {("rx58_canadian_pharmacy_record", 0): "Ontario", ("rx58_canadian_pharmacy_record", 1): "Québec",
          ("rx58_refill_request_fax", 1): "Québec", ("rx58_compounding_worksheet", 1): "Québec"}  # fmt: skip


def base_slots(rng: random.Random, loc_code: str, kind: str, index: int) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(540))
    used: set[str] = set()
    region = REGION.get((kind, index)) if loc_code == "CA" else None
    p = draw_person(rng, loc, used, d1, age_days=AGES.get(kind, (19 * Y, 86 * Y)), region=region)
    if kind in CHILD:
        c = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family, home=p, age_days=((d1 - p.dob).days + 20 * Y, (d1 - p.dob).days + 40 * Y))
    elif (d1 - p.dob).days > 80 * Y:
        c = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.6 else None, age_days=(48 * Y, 68 * Y))
    else:
        c = draw_person(rng, loc, used, d1, culture=p.culture, home=p if rng.random() < 0.5 else None)
    ppl = {"p": p, "c": c}
    for x in ("d", "e", "r", "t", "s"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(25 * Y, 64 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    if kind in CHILD:
        s["c_rel"] = "mother" if c.female else "father"
    elif (d1 - p.dob).days > 80 * Y:
        s["c_rel"] = rng.choice(["daughter", "niece", "granddaughter"] if c.female else ["son", "nephew", "grandson"])
    else:
        s["c_rel"] = rng.choice((["wife", "sister"] if c.female else ["husband", "brother"]) + ["spouse", "partner"])
    for x in ("d", "e"):
        s[f"{x}_npi"] = P("LICENSE", ids.npi(rng))
        s[f"{x}_dea"] = P("LICENSE", ids.dea(rng, ppl[x].family, mid_level=rng.random() < 0.2))
        s[f"{x}_cred"] = rng.choice(RX_CRED)
        s[f"{x}_dr"] = "Dr."
        s[f"{x}_lic"] = P("LICENSE", fill(rng, rng.choice(["%####", "%#####", "%#-###"])))
    for x in ("r", "t"):
        s[f"{x}_lic"] = P("LICENSE", fill(rng, {"US": rng.choice(["RPH.0%#####", "PST.0%####", "%#####", "RP-%####"]), "CA": rng.choice(["%#####", "%#-####"]), "UK": "2%######"}[loc_code]))
    s["r_cred"] = rng.choice(RPH_CRED) if loc_code == "US" else {"CA": "pharmacien", "UK": "MRPharmS"}[loc_code]
    d2 = d1 + timedelta(days=rng.randint(2, 9))
    d3 = d1 - timedelta(days=rng.randint(20, 80))
    d4 = d1 + timedelta(days=rng.randint(25, 95))
    d5 = d1 - timedelta(days=rng.randint(100, 300))
    for key, d in {"d1": d1, "d2": d2, "d3": d3, "d4": d4, "d5": d5}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    for i in ("", "2", "3"):
        s[f"rx{i}"] = F("ID", "%######", "%######-#####", "#%######", "RX%######")
    s["msgid"] = F("ID", "%#########@@##", "@@%##########", "%###@#%##@##")
    s["msgid2"] = F("ID", "%#########@@##", "@@%##########")
    s["claimref"] = F("ID", "%##########", "%####@#####", "%#########")
    s["claimref2"] = F("ID", "%##########", "%####@#####", "%#########")
    s["pacase"] = F("ID", "PA-%#######", "%#########", f"{d1:%y}-%######", "@@%#######")
    s["appeal"] = F("ID", "APL-%######", "%##########", "AP%#######")
    s["pdmpreq"] = F("ID", "%#########", "RQ-%#######")
    s["f222"] = F("ID", "%########", "1%########")
    s["copay"] = F("ID", "%##########", "CP%########")
    s["chatref"] = F("ID", "CHT-%########", "%###-%###-####", "INC%#######")
    s["referral"] = F("ID", "REF-%######", "%#######", "SP%########")
    s["mrn"] = F("MRN", "%#######", "E%#######", "MR%######", "%######")
    s["profile"] = F("MRN", "%#######", "P%######", "%######")
    s["member"] = F("HEALTH_PLAN", "@@@%########", "%##########", "W%#########", "ZG@%#######", "@%########-0%")
    s["member2"] = F("HEALTH_PLAN", "@@@%########", "%##########", "W%#########")
    s["mbi"] = P("HEALTH_PLAN", ids.mbi(rng))
    s["medicaid"] = F("HEALTH_PLAN", "%##########", "@@%#######@", "%########")
    s["acct"] = F("ACCOUNT", "%#######", "HC-%#####", "%###-%####")
    s["card4"] = F("ACCOUNT", "%###")
    s["url"] = P("URL", f"https://{rng.choice(['rx.example-refills.com', 'refill.pharmnotify.net', 'track.rxdeliver.io'])}/"
                 + fill(rng, rng.choice(["r/@@%#@#%@", "t?id=%########&k=@@%#@", "s/%#@%@#%@#"])))  # fmt: skip
    s["ip"] = P("IP", f"{rng.choice([24, 68, 73, 98, 107, 172, 174])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    s["device"] = P("DEVICE", fill(rng, rng.choice(["8G%###@", "@@%##@#@##", "SN %########"])))
    s["plate"] = P("VEHICLE", fill(rng, rng.choice(["%@@@###", "@@@-####", "%#@-@##", "@@@ %###"])))
    if loc_code == "UK":
        s["nhs"] = P("ID", ids.nhs_number(rng))
        s["eps"] = P("ID", ids.eps_id(rng))
    if loc_code == "CA":
        s["hcn"] = P("HEALTH_PLAN", ids.ramq(rng, p.family, p.given, p.dob.year, p.dob.month, p.dob.day, p.female) if p.region == "Québec" else ids.ohip(rng))
        s["prov_plan"] = K("RAMQ" if p.region == "Québec" else "ODB" if p.region == "Ontario" else "Pharmacare")
    # keep values
    s["chain"] = K(rng.choice(CHAINS[loc_code]))
    s["chain2"] = K(rng.choice([c for c in CHAINS[loc_code] if c != s["chain"].value]))  # type: ignore[union-attr]
    s["spec"] = K(rng.choice(SPECIALTY))
    pbm, bin_, pcn, plan = rng.choice(PBMS)
    s["pbm"], s["bin"], s["pcn"], s["plan"] = K(pbm), K(bin_), K(pcn), K(plan)
    s["group"] = K(fill(rng, rng.choice(["RX%###", "@@@RX%#", "%####@@", "GRP%####"])))
    for i, (drug, ndc, sig, qty, ds) in enumerate(rng.sample(MAINT, 4), 1):
        s[f"drug{i}"], s[f"ndc{i}"], s[f"sig{i}"] = K(drug), K(ndc), K(sig)
        s[f"qty{i}"], s[f"ds{i}"] = str(qty), str(ds)
        s[f"ndc{i}_raw"] = K(ndc.replace("-", ""))
    cs = rng.choice(CONTROLLED)
    s["cdrug"], s["csched"], s["cndc"], s["csig"] = K(cs[0]), cs[1], K(cs[2]), K(cs[3])
    s["cndc_raw"] = K(cs[2].replace("-", ""))
    sp = rng.choice(SPEC_DRUGS)
    s["sdrug"], s["sndc"], s["ssig"], s["sicd"], s["sdx"] = K(sp[0]), K(sp[1]), K(sp[2]), K(sp[3]), sp[4]
    s["alt"] = K(ALTERNATIVE[sp[0]])
    for i, (drug, sig) in enumerate(rng.sample(UK_DRUGS, 3), 1):
        s[f"ukdrug{i}"], s[f"uksig{i}"] = K(drug), K(sig)
    for i, (drug, din, sig) in enumerate(rng.sample(CA_DRUGS, 3), 1):
        s[f"cadrug{i}"], s[f"din{i}"], s[f"casig{i}"] = K(drug), K(din), K(sig)
    vac = rng.sample(VACCINES["CA" if loc_code == "CA" else "US"], 2)
    for i, (v, lot, cpt) in enumerate(vac, 1):
        s[f"vac{i}"], s[f"lot{i}"], s[f"cpt{i}"] = K(v), K(lot), K(cpt) if cpt else ""
    s["icd1"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    rj = rng.choice(REJECTS)
    s["rej"], s["rejmsg"] = K(rj[0]), K(rj[1])
    cur = {"US": "$", "CA": "$", "UK": "£"}[loc_code]
    s["copay1"], s["copay2"] = money(0, 45, rng, cur), money(45, 180, rng, cur)
    s["ucr"] = money(180, 950, rng, cur)
    s["spcost"] = money(5200, 8900, rng)
    s["region"] = K(p.region)
    s["country"] = K(loc.country)
    s["year"] = K(str(rng.randint(2012, 2022)))
    s["store"] = fill(rng, "%####")
    s["store_ph"] = fill(rng, {"US": "(800) ^##-####", "CA": "(%##) ^##-####", "UK": "0%## ### ####"}[loc_code])
    s["lotexp"] = f"{rng.randint(1, 12):02d}/{rng.randint(2025, 2027)}"
    return s


# ---- templates -------------------------------------------------------------------------------------------

LABEL = """«chain» #«store»  ·  ‹Pharmacist on duty›: «r_n», «r_cred»  ·  Store «store_ph»
Rx# «rx»                                              Date filled: «d1_d»
«p_lf»
«p_addr»
«drug1»   NDC «ndc1»
«sig1».
Qty: «qty1»    Days supply: «ds1»    Refills: 3 before «d4_d»
Prescriber: «d_dr» «d_n», «d_cred»      Orig. written: «d3_d»
Mfr: generic (see back)    Discard after: «d4_d»    CAUTION: Federal law prohibits the transfer of this drug to any person other than the patient for whom it was prescribed.
------------------------------------------------------------------------------------------------
WILL-CALL BAG TAG     Bin B-14     Bag 1 of 2
«p_lf» «p_mi»        DOB «p_dob»       Profile «profile»
Ph «p_ph»   ☐ Counsel required (NEW)   ☒ Signature required
Rx «rx» «drug1» ............ copay «copay1»
Rx «rx2» «drug2» ............ copay «copay2»   (billed «pbm», BIN «bin» PCN «pcn»)
Filled by: «t_ini», CPhT   Verified: «r_ini»     Auto-refill enrolled · next due «d4_md»
Pick-up: «c_n» («c_rel»), ID checked — drive-thru lane 2, plate «plate»
"""

NEWRX = """<?xml version="1.0" encoding="UTF-8"?>
<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">
  <Header>
    <To Qualifier="P">«store»</To>
    <From Qualifier="C">«d_npi»</From>
    <MessageID>«msgid»</MessageID>
    <SentTime>«d1_iso»T14:22:07Z</SentTime>
    <PrescriberOrderNumber>«rx2»</PrescriberOrderNumber>
  </Header>
  <Body>
    <NewRx>
      <Patient>
        <HumanPatient>
          <Identification><MedicalRecordIdentificationNumberEHR>«mrn»</MedicalRecordIdentificationNumberEHR></Identification>
          <Name><LastName>«p_f»</LastName><FirstName>«p_g»</FirstName><MiddleName>«p_mi»</MiddleName></Name>
          <Gender>«p_sex»</Gender>
          <DateOfBirth><Date>«p_dobiso»</Date></DateOfBirth>
          <Address><AddressLine1>«p_line»</AddressLine1><City>«p_town»</City><StateProvince>«p_abbr»</StateProvince><PostalCode>«p_pc»</PostalCode><CountryCode>US</CountryCode></Address>
          <CommunicationNumbers><PrimaryTelephone><Number>«p_phd»</Number></PrimaryTelephone><ElectronicMail>«p_em»</ElectronicMail></CommunicationNumbers>
        </HumanPatient>
      </Patient>
      <BenefitsCoordination>
        <PayerIdentification><PayerID>«bin»</PayerID><ProcessorIdentificationNumber>«pcn»</ProcessorIdentificationNumber></PayerIdentification>
        <PayerName>«plan»</PayerName>
        <CardholderID>«member»</CardholderID>
        <GroupID>«group»</GroupID>
      </BenefitsCoordination>
      <Prescriber>
        <NonVeterinarian>
          <Identification><NPI>«d_npi»</NPI><DEANumber>«d_dea»</DEANumber></Identification>
          <Name><LastName>«d_f»</LastName><FirstName>«d_g»</FirstName></Name>
          <PracticeLocation><BusinessName>«d_f» Family Medicine</BusinessName></PracticeLocation>
          <Address><AddressLine1>«d_line»</AddressLine1><City>«d_town»</City><StateProvince>«d_abbr»</StateProvince><PostalCode>«d_pc»</PostalCode></Address>
          <CommunicationNumbers><PrimaryTelephone><Number>«d_phd»</Number></PrimaryTelephone><Fax><Number>«d_ph2d»</Number></Fax></CommunicationNumbers>
        </NonVeterinarian>
      </Prescriber>
      <MedicationPrescribed>
        <DrugDescription>«cdrug»</DrugDescription>
        <DrugCoded><ProductCode><Code>«cndc_raw»</Code><Qualifier>ND</Qualifier></ProductCode><DEASchedule><Code>C48675</Code></DEASchedule></DrugCoded>
        <Quantity><Value>28</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>C48542</Code></QuantityUnitOfMeasure></Quantity>
        <DaysSupply>7</DaysSupply>
        <WrittenDate><Date>«d1_iso»</Date></WrittenDate>
        <Substitutions>0</Substitutions>
        <NumberOfRefills>0</NumberOfRefills>
        <Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>«icd1»</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis>
        <Note>Pt seen «d1_md» s/p procedure. PDMP reviewed. Do not fill before «d2_iso». Caregiver «c_n» may pick up.</Note>
        <Sig><SigText>«csig»</SigText></Sig>
      </MedicationPrescribed>
    </NewRx>
  </Body>
</Message>
"""

RENEWAL = """<?xml version="1.0" encoding="UTF-8"?>
<!-- «chain» store «store» — outbound RxRenewalRequest and the prescriber system's response -->
<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" TransactionVersion="20170715">
  <Header><To Qualifier="C">«d_npi»</To><From Qualifier="P">«store»</From><MessageID>«msgid»</MessageID><SentTime>«d1_iso»T09:04:51Z</SentTime></Header>
  <Body><RxRenewalRequest>
    <Patient><HumanPatient>
      <Name><LastName>«p_F»</LastName><FirstName>«p_G»</FirstName></Name><Gender>«p_sex»</Gender>
      <DateOfBirth><Date>«p_dobiso»</Date></DateOfBirth>
      <Address><AddressLine1>«p_line»</AddressLine1><City>«p_town»</City><StateProvince>«p_abbr»</StateProvince><PostalCode>«p_pc»</PostalCode></Address>
    </HumanPatient></Patient>
    <Pharmacy><Identification><NCPDPID>«store»21</NCPDPID></Identification><BusinessName>«chain»</BusinessName>
      <Pharmacist><LastName>«r_f»</LastName><FirstName>«r_g»</FirstName></Pharmacist></Pharmacy>
    <Prescriber><NonVeterinarian><Identification><NPI>«d_npi»</NPI></Identification><Name><LastName>«d_f»</LastName><FirstName>«d_g»</FirstName></Name></NonVeterinarian></Prescriber>
    <MedicationDispensed>
      <DrugDescription>«drug2»</DrugDescription><DrugCoded><ProductCode><Code>«ndc2»</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>
      <Quantity><Value>«qty2»</Value></Quantity><DaysSupply>«ds2»</DaysSupply><WrittenDate><Date>«d5_iso»</Date></WrittenDate>
      <LastFillDate><Date>«d3_iso»</Date></LastFillDate><Sig><SigText>«sig2»</SigText></Sig>
      <PharmacyRequestedRefills>3</PharmacyRequestedRefills>
      <Note>Rx «rx» out of refills. Pt adherent (PDC 0.94). Dx «icd1». Plan «plan» («pbm»). Last BP 128/76 per pt. Please renew.</Note>
    </MedicationDispensed>
  </RxRenewalRequest></Body>
</Message>
<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" TransactionVersion="20170715">
  <Header><To Qualifier="P">«store»</To><From Qualifier="C">«d_npi»</From><MessageID>«msgid2»</MessageID><RelatesToMessageID>«msgid»</RelatesToMessageID><SentTime>«d2_iso»T16:40:12Z</SentTime></Header>
  <Body><RxRenewalResponse><Response><ApprovedWithChanges><Note>Renewed x 3 by «e_n», «e_cred», covering for «d_dr» «d_f». Labs due «d4_us» — pt to call «e_ph».</Note></ApprovedWithChanges></Response>
    <MedicationPrescribed><DrugDescription>«drug2»</DrugDescription><Quantity><Value>«qty2»</Value></Quantity><Sig><SigText>«sig2»</SigText></Sig><NumberOfRefills>3</NumberOfRefills></MedicationPrescribed>
  </RxRenewalResponse></Body>
</Message>
"""

D0 = """=== NCPDP D.0 B1 CLAIM BILLING — transmission log, «chain» #«store» ===
HDR  101-A1 BIN: «bin»  102-A2 VER: D0  103-A3 TXN: B1  104-A4 PCN: «pcn»  109-A9 CNT: 1  202-B2 SVC PROV ID QUAL: 01  401-D1 DOS: «d1_n8»
AM04 INSURANCE      302-C2 CARDHOLDER ID: «member»   301-C1 GROUP ID: «group»   303-C3 PERSON CODE: 01   306-C6 REL CODE: 1
                    312-CC CARDHOLDER FIRST NAME: «p_G»   313-CD CARDHOLDER LAST NAME: «p_F»
AM01 PATIENT        304-C4 DOB: «p_dob8»   305-C5 GENDER: «p_sexn»   310-CA FIRST NAME: «p_G»   311-CB LAST NAME: «p_F»
                    322-CM STREET: «p_LINE»   323-CN CITY: «p_TOWN»   324-CO STATE: «p_abbr»   325-CP ZIP: «p_pc»   326-CQ PHONE: «p_phd»
AM07 CLAIM          455-EM RX QUAL: 1   402-D2 RX NBR: «rx»   442-E7 QTY: «qty1».000   405-D5 DAYS SUPPLY: «ds1»   403-D3 FILL NBR: 02
                    407-D7 PRODUCT ID: «ndc1_raw»   414-DE DATE WRITTEN: «d3_n8»   415-DF REFILLS AUTH: 05
AM03 PRESCRIBER     466-EZ QUAL: 01   411-DB PRESCRIBER ID: «d_npi»   427-DR LAST NAME: «d_F»
AM11 PRICING        409-D9 INGRED COST: «ucr»   426-DQ U&C: «ucr»
--- RESPONSE  «d1_n8» 11:42:09 ---
AM21 STATUS         112-AN TXN STATUS: R (REJECTED)   503-F3 AUTH NBR: «claimref»
                    510-FA REJECT CNT: 01   511-FB REJECT CODE: «rej» «rejmsg»
AM20 MESSAGE        504-F4: «rejmsg». CALL «pbm» HELP DESK. MBR «p_G» «p_F» DOB «p_dob8». PA FAX «s_ph»
--- REVERSAL/RESUBMIT «d2_n8» after override ---
AM21 STATUS         112-AN TXN STATUS: P (PAID)   503-F3 AUTH NBR: «claimref2»   505-F5 PT PAY AMT: «copay2»
Notes (tech «t_ini»): called plan «d2_sh», spoke w/ «s_g» (ref «pacase»). Pt «p_ini» notified at «p_ph2».
"""

PDMP = """«region» Prescription Drug Monitoring Program — PATIENT RX HISTORY REPORT
Request ID: «pdmpreq»     Requested by: «r_n», «r_cred» (delegate: «t_n»)     Run: «d1_us» 10:16 AM
Search criteria: Last name «p_F»   First name «p_G»   DOB «p_dobus»   ZIP «p_pc»   Range «d5_us» – «d1_us»
Patient match: «p_lf», «p_addr»      Other addresses on file: «c_line», «c_town»
Summary: 4 prescribers · 3 pharmacies · MME/day (current) 45 · overlapping benzodiazepine and opioid: YES
  Filled        Written       Drug                                         Qty  Days  Prescriber                   Pharmacy                 Rx#
  «d1_us»    «d3_us»    «cdrug»         28    7  «d_lfc»            «chain»             «rx»
  «d3_us»    «d3_us»    ‹Alprazolam 0.25 mg tablet›                           30   15  «e_lfc»            «chain2»            «rx2»
  «d5_us»    «d5_us»    ‹Tramadol 50 mg tablet›                               20    5  «s_lfc»            «chain»             «rx3»
Payment: commercial («pbm»), cash x1.   Patient phone on file: «p_ph».
Pharmacist note: contacted «d_dr» «d_f» at «d_ph»; prescriber aware of alprazolam from «e_ini». Counselled on naloxone; ‹Narcan 4 mg nasal spray› dispensed.
Report reviewed with technician «t_g» under delegate policy. Disclaimer: data as reported by dispensers; verify before clinical decisions.
"""

FAX = {
    "US": """FAX — REFILL AUTHORIZATION REQUEST                         «chain» #«store»
To: «d_dr» «d_n», «d_cred»                Fax: «d_ph2»      Phone: «d_ph»
From: «chain» — «r_n», «r_cred»      Date sent: «d1_us»   Pages: 1
Patient: «p_n»      DOB: «p_dob»      Phone: «p_ph»
Address: «p_addr»
Rx #: «rx»      Last filled: «d3_us»      Original date: «d5_us»
Medication: «drug1»    NDC «ndc1»
Directions: «sig1»      Qty: «qty1»    Refills remaining: 0
Insurance: «plan» («pbm»)      Member ID: «member»
[ ] APPROVED  Refills: ____   [ ] DENIED — reason: ____________   [ ] Patient must be seen — appt scheduled: ______
Prescriber signature: _______________________   NPI «d_npi»    Date: ____________
Also due: «drug2» (Rx «rx2»), last filled «d3_md».  Pt states «p_she» has an appointment «d4_us».
CONFIDENTIALITY NOTICE: this facsimile contains protected health information. If received in error call «r_ph».
""",
    "CA": """TÉLÉCOPIE — DEMANDE DE RENOUVELLEMENT / RENEWAL REQUEST          «chain» — succursale «store»
À / To: «d_dr» «d_n»        Télécopieur: «d_ph2»       Tél.: «d_ph»
De / From: «r_n», «r_cred», permis OPQ «r_lic»          Date: «d1_iso»
Patient: «p_lfc»       Date de naissance: «p_dob»       Tél.: «p_ph»
Adresse: «p_addr»
No carte «prov_plan»: «hcn»
No Rx: «rx»   Dernier service / Last fill: «d3_iso»
Médicament: «cadrug1» (DIN «din1»)   Posologie: «casig1»   Qté: 90
Médicament: «cadrug2» (DIN «din2»)   Posologie: «casig2»   Qté: 180   No Rx: «rx2»
[ ] Renouveler x ___ mois   [ ] Refuser   [ ] Rendez-vous requis
Note du pharmacien: prolongation de 30 jours faite le «d1_fr» (ordonnance prolongée par le pharmacien). Prochain suivi: «d4_iso».
Signature du prescripteur: ______________   Licence CMQ: «d_lic»
Confidentialité: ce document contient des renseignements personnels de santé.
""",
}

INTERVENTION = {
    "US": """PHARMACIST INTERVENTION NOTE — «chain» #«store»                 Documented: «d1_us» 3:47 PM
Patient: «p_lfc»    DOB: «p_dob»    Profile: «profile»    Age: «p_age»
Intervention type: Drug–drug interaction (DUR hard stop: DD)   Severity: major
Rx «rx»: «drug1» — new, prescribed by «d_dr» «d_n» («d_ph»)
Interacting: «drug2» (Rx «rx2», last fill «d3_md») — additive risk; «icd1» on problem list.
Action: Called prescriber office at 3:05 PM, spoke with nurse «e_g» «e_f»; Dr. «d_f» returned call 3:31 PM.
Outcome: prescriber changed to «drug3» «sig3». Original Rx «rx» inactivated; new Rx «rx3» received via eRx.
Patient counselled at pickup; «p_she» prefers texts at «p_ph». Caregiver «c_n» present.
Time spent: 18 min.  CMR scheduled: «d4_us».  Billing: CPT 99605 (outcomes via «pbm»).
Pharmacist: «r_n», «r_cred» (lic. «r_lic»)   Technician: «t_n»
""",
    "UK": """CLINICAL INTERVENTION RECORD — «chain» (community pharmacy, «region»)
Date: «d1_uk»    Pharmacist: «r_n», «r_cred» (GPhC «r_lic»)
Patient: «p_n»    DOB: «p_dob»    NHS no: «nhs»
Address: «p_addr»    Tel: «p_ph»
Prescription: EPS, prescription ID «eps», from «d_dr» «d_n» at the surgery (tel. «d_ph»)
Issue: «ukdrug1» — «uksig1»; patient also buying ibuprofen 400mg OTC; eGFR 41 on summary care record.
Action: phoned the surgery 11:20, spoke to «e_n» (practice pharmacist); advised paracetamol instead of
ibuprofen, «ukdrug2» dose reviewed («uksig2»). Patient's daughter «c_n» informed (mobile «c_ph» unreachable, left message on «c_ph2»).
Outcome: prescriber accepted; new EPS item issued «d2_uk». Recorded on PharmOutcomes (NMS referral, follow-up «d4_uk»).
Dispensed by: «t_n» (pharmacy technician, GPhC «t_lic»)
""",
}

MTM = """MEDICATION THERAPY MANAGEMENT — COMPREHENSIVE MEDICATION REVIEW (CMR)
Conducted by: «r_n», «r_cred», «chain» MTM Center      Date: «d1_en»      Mode: telephonic (caregiver present)
Plan sponsor: «plan» — Medicare Part D MTM program      MBI: «mbi»      Member ID: «member»
Beneficiary: «p_n»      DOB: «p_dob»      Age: «p_old»      Phone: «p_ph»
Address: «p_addr»
Caregiver / authorized representative: «c_n» («c_rel»), «c_ph», «c_em»
Prescribers: «d_dr» «d_n» (PCP, «d_ph»); «e_dr» «e_n» (cardiology)
Medication list reviewed (14 items). Problems identified:
 1. «drug1» — «sig1»; patient taking only every other day (cost). Copay «copay2» → switched to 90-day mail via «pbm».
 2. «drug2» — duplicate fill found at «chain2» (Rx «rx2»), discussed with «c_g».
 3. Fall risk: at «p_old» on «drug3»; recommend prescriber review (faxed «d2_us»).
Vaccines: «vac1» due. A1c 7.8% («d3_us»). Diagnoses: «icd1», «icd2».
Patient take-away: Personal Medication List and Medication Action Plan mailed to «p_line», «p_town» on «d2_us».
Follow-up targeted medication review: «d4_us».     Documentation ref: «chatref»
"""

COMPOUND = {
    "US": """COMPOUNDING RECORD / MASTER FORMULATION WORKSHEET — «chain» #«store» (‹USP <795>› non-sterile)
Rx #: «rx»        Patient: «p_n»        DOB: «p_dob»        Weight: 14.2 kg
Parent/guardian: «c_n» («c_rel»), «c_ph»
Prescriber: «d_dr» «d_n», «d_cred» (NPI «d_npi»)      Date written: «d3_us»
Formulation: ‹Omeprazole 2 mg/mL oral suspension› in sodium bicarbonate 8.4%, 100 mL   Dx: ‹K21.9›
  Ingredient                 Lot        Exp        Qty         Wt. checked
  ‹Omeprazole 20 mg capsules›  OM2231     «lotexp»    10 caps     «t_ini»
  ‹Sodium bicarbonate 8.4%›    SB0917     «lotexp»    qs 100 mL   «t_ini»
Procedure: open capsules, dissolve pellets in bicarbonate with stirring 20 min; final volume 100 mL.
BUD: 30 days refrigerated (discard after «d4_us»). Label: "Shake well. Refrigerate. Give 2.5 mL by mouth once daily 30 minutes before breakfast."
Compounded by: «t_n», CPhT    Date: «d1_us»    Verified by: «r_n», «r_cred»
Counselled: «c_g» on «d1_md», oral syringe provided; delivery to «p_line», «p_town» «p_pc».
""",
    "CA": """FICHE DE PRÉPARATION MAGISTRALE / COMPOUNDING LOG — «chain» succursale «store» (‹NAPRA› non stérile)
No Rx: «rx»       Patient: «p_lfc»       Né(e) le: «p_dob»       Poids: 16 kg
Parent: «c_n», tél. «c_ph»       Adresse: «p_addr»
Prescripteur: «d_dr» «d_n» (permis «d_lic»)       Ordonnance du «d3_iso»
Préparation: ‹Hydrocortisone 1% in Glaxal Base›, 100 g (eczéma, ‹L30.9›)
  Ingrédient                  Lot       Exp.        Quantité
  ‹Hydrocortisone powder USP›   HC1184    «lotexp»     1 g
  Glaxal Base                 GB5520    «lotexp»     qs 100 g
Date limite d'utilisation: «d4_iso».  Préparé par: «t_n» (ATP)   Vérifié par: «r_n», «r_cred» (permis «r_lic»)
Régime: «prov_plan», carte «hcn».   Conseils donnés à «c_g» le «d1_fr».
""",
}

CII_LOG = """C-II PERPETUAL INVENTORY — «cdrug» (NDC «cndc»)        «chain» #«store»   DEA reg. on file
Date        Type        Rx# / Form 222       Patient / Supplier                     Prescriber              In    Out   Balance  Init
«d5_us»  RECEIVED    222 #«f222»       ‹McKesson› (CSOS)                        —                      100     —     148     «s_ini»
«d3_us»  DISPENSED   «rx3»             «c_lfc»                 «e_lfc» («e_dea»)       —     30    118     «r_ini»
«d1_us»  DISPENSED   «rx»              «p_lfc»                 «d_lfc» («d_dea»)       —     28     90     «r_ini»
«d2_us»  RETURN-TO-STOCK «rx2»         «p_lfc» (not picked up)                           —                       28     —    118     «t_ini»
‹Biennial inventory› («year» cycle; «region» Board of Pharmacy rules) reconciled «d4_us» by «r_n», «r_cred» (lic. «r_lic») and «t_n», CPhT.
Discrepancy note: none. Red-flag check for «p_f»: address «p_line», «p_town» — 24 mi from store; PDMP ref «pdmpreq»; ID verified («p_abbr» DL).
Receiving clerk: «s_n»   Patient callback: «p_ph»   Co-dispensed: ‹Narcan 4 mg nasal spray› (standing order)   Dx on Rx: «icd1»
"""

SPECIALTY_INTAKE = """«spec» — NEW PATIENT INTAKE / ONBOARDING                       Referral #: «referral»
Received: «d1_us» via ePA + eRx from «d_dr» «d_n», «d_cred» (NPI «d_npi»), office contact «e_n», «e_ph», fax «d_ph2»
Patient: «p_n»     DOB: «p_dob»     Sex: «p_sex»     Preferred language: English
Address (ship-to): «p_addr»      Delivery: signature required, cold chain
Phone: «p_ph» (mobile, OK to text)   Alt: «c_n» («c_rel»), «c_ph»      Email: «p_em»
Therapy: «sdrug»   NDC «sndc»   SIG: «ssig»   Dx: «sicd» («sdx»)
Benefits: «plan» · PBM «pbm» · BIN «bin» · PCN «pcn» · Group «group» · ID «member»
PA: approved «d2_us» – «d4_us» (case «pacase»)   Est. cost per fill: «spcost»   Copay before assistance: «copay2»
Manufacturer copay card: ID «copay», BIN 610020, group 99992031 → patient pays $5.00. Card on file ending «card4».
E-consent signed in the patient portal from «ip». Clinical: latent TB screen negative («d3_us»). CGM on file (Dexcom G7, serial «device») for glucose monitoring.
Welcome call: «d2_us» by «s_n», patient care coordinator; first shipment scheduled «d2_wk».
Track shipment: «url»
Pharmacist clinical assessment: «r_n», «r_cred» — injection training completed with «p_g», sharps container sent.
"""

PA_LETTER = """«pbm»
Clinical Review Department · P.O. Box 7120 · Coverage Determinations
«d2_en»

«p_NC»
«p_line»
«p_town», «p_abbr» «p_pc»

RE: Coverage Determination — Request #«pacase»
Member: «p_n»      Member ID: «member»      Date of birth: «p_dob»
Plan: «plan»    BIN «bin» / PCN «pcn» / Group «group»
Medication requested: «sdrug» (NDC «sndc»)
Prescriber: «d_dr» «d_n», «d_cred»    Prescriber fax: «d_ph2»

Dear «p_hon» «p_f»:

We received a request from «d_dr» «d_f» on «d1_en» for coverage of «sdrug». After review by «e_n», PharmD, clinical
pharmacist, and «s_n», MD, medical director, we have DENIED this request. Your plan covers this drug when the member has
tried and failed two formulary alternatives (step therapy). Our records show a claim for «alt» filled «d5_us» but no
second alternative. Diagnosis submitted: «sicd».

You have the right to ask for a redetermination (appeal) within 65 days of «d2_en». Call us at 1-800-555-0142 (TTY 711), or
write to the address above. Your prescriber may ask for an expedited appeal by fax. Reference your request number «pacase».

cc: «d_dr» «d_n», fax «d_ph2»; «chain» #«store»
"""

APPEAL = """«d_f» Family & Internal Medicine
«d_line», «d_town», «d_abbr» «d_pc»  ·  Tel «d_ph» · Fax «d_ph2»

«d1_en»

«pbm» — Appeals / Redeterminations
Via fax

RE: Request for Redetermination (Level 1 Appeal) — Denial #«pacase»; Appeal #«appeal»
Patient: «p_lfc»      DOB: «p_dobus»      Member ID: «member»      Plan: «plan»

To the reviewing pharmacist,

I am writing on behalf of my patient, «p_n», to appeal the denial dated «d3_en» for «sdrug» («ssig»).
«p_g» was diagnosed with «sdx» («sicd») in «year». «p_She» has failed «alt» (from «d5_us», stopped for
intolerance) and methotrexate 15 mg weekly (hepatotoxicity, ALT 3x ULN on «d3_us»). Continued disease activity limits
«p_her» work. Step therapy requirements have therefore been met. Attached: chart notes, labs, and the prior claims
from «chain» (Rx «rx», Rx «rx2»).

Please contact my nurse, «e_n», RN, at «e_ph» or «e_em» with questions. I request an expedited review.

Sincerely,
«d_n», «d_cred»
NPI «d_npi» · DEA «d_dea»
"""

VACCINE = {
    "US": """IMMUNIZATION ADMINISTRATION RECORD — «chain» #«store»
Patient: «p_n»       DOB: «p_dob»       Age: «p_old»       Phone: «p_ph»
Address: «p_addr»
Insurance: Medicare Part B/D — MBI «mbi»; secondary «plan» (ID «member»)
Screening: no fever, no prior reaction, not immunocompromised. VIS given (dated 08/06/2021). Consent by: patient with
«c_rel» «c_n» present (healthcare POA, «c_ph»).
  Vaccine                       Lot        Exp.      Site          Route   Dose     CPT     Given            Administered by
  «vac1»                   «lot1»    «lotexp»   L deltoid     IM      0.5 mL   «cpt1»   «d1_us» 10:42  «r_ini», «r_cred»
  «vac2»                   «lot2»    «lotexp»   R deltoid     IM      0.5 mL   «cpt2»   «d1_us» 10:46  «t_ini», CPhT (certified immunizer)
Reported to state IIS («region»): «d1_us».  Notified PCP «d_dr» «d_n» (fax «d_ph2»).
Next dose due: «d4_us» (series 2 of 2).  Observation 15 min, no adverse event. VAERS: n/a.
""",
    "CA": """DOSSIER DE VACCINATION / IMMUNIZATION RECORD — «chain» (pharmacie «store»)
Nom / Name: «p_lfc»       Date de naissance: «p_dob»       Âge: «p_old»
Adresse: «p_addr»      Tél.: «p_ph»
Carte santé / Health card («prov_plan»): «hcn»
Consentement: aidant «c_n» («c_rel»), «c_ph»
  Produit                        Lot        Exp.       Site        Date              Vaccinateur
  «vac1»            «lot1»    «lotexp»    deltoïde G   «d1_iso»    «r_n», «r_cred» (permis «r_lic»)
  «vac2»            «lot2»    «lotexp»    deltoïde D   «d1_iso»    «r_n», «r_cred»
Inscrit au registre provincial («region») le «d1_iso». Médecin de famille avisé: «d_dr» «d_n».
Prochaine dose: «d4_fr».
""",
}

CHAT_IVR = {
    "chat": """[Pharmacy app chat — «chain» · session «chatref» · client «ip» · «d1_us»]
11:02:14 Bot: Hi! I can help with refills, order status and pickups. What's your date of birth?
11:02:40 Customer: «p_dobus»
11:02:41 Bot: Thanks. And your last name?
11:02:47 Customer: «p_f»
11:03:05 Bot: I found 3 prescriptions. Rx «rx» («drug1») is ready for pickup. Rx «rx2» needs a new prescription from «d_dr» «d_f».
11:03:30 Customer: can my «c_rel» get it? name is «c_n». and can someone call the dr, office # is «d_ph»
11:03:52 Agent («s_g» «s_fi».): Hi «p_g», this is «s_g» from the pharmacy team. Yes, «c_g» can pick up with a photo ID. I also see a transfer from «chain2» last year.
11:04:20 Agent: I sent a refill request to «d_dr» «d_f» for «drug2». You'll get a text at «p_ph» when it's ready.
11:05:02 Customer: also my card ending «card4» got charged twice for the «copay1» copay on «d3_md»??
11:05:40 Agent: I see the duplicate charge — refund issued to the card ending «card4». Reference «claimref».
11:06:11 Customer: ok. we'll use curbside, grey ‹Honda CR-V›, plate «plate»
11:06:30 Agent: Noted. Order tracking: «url»
""",
    "ivr": """IVR + AGENT CALL TRANSCRIPT — «pbm» Member Services (auto-transcribed) — call «chatref», «d1_us» 4:18 PM
IVR: Thank you for calling «pbm» for «plan». Please enter or say your member ID.
CALLER: «member»
IVR: Please say your date of birth.
CALLER: «p_dob_spoken»
IVR: Thank you. Connecting you to a representative.
AGENT: This is «s_g», may I have your full name?
CALLER: «p_n». I'm calling about my «sdrug». The pharmacy said it was rejected, code «rej», «rejmsg».
AGENT: I see a claim from «chain» on «d1_md». Prior authorization request «pacase» was approved «d2_us», so please ask the
  pharmacy to resubmit with BIN «bin» and PCN «pcn».
CALLER: My doctor is «d_dr» «d_n». Their office number is «d_ph». Can you fax them the approval?
AGENT: Yes. And I'll update your phone, is it still «p_ph»?
CALLER: No, use «p_ph2». And my new address is «p_line», «p_town», «p_abbr» «p_pc».
AGENT: Updated. Your copay will be «copay2» for a 30-day supply. Anything else, «p_hon» «p_f»?
""",
}

EPS = """NHS Electronic Prescription Service — DISPENSING RECORD / TOKEN (FP10DT)
Dispenser: «chain» (ODS FQ4«store»), «region»      Pharmacist: «r_n» (GPhC «r_lic»)
Prescription ID: «eps»        Type: acute + repeat dispensing (batch 2 of 6)
Patient: «p_F», «p_g» «p_hon»       NHS number: «nhs»       DOB: «p_dob»
Address: «p_addr»
Prescriber: «d_dr» «d_n», «d_town» Surgery (tel. «d_ph»)       Date issued: «d1_uk»
Items:
  1. «ukdrug1» — 56 tablet — «uksig1»
  2. «ukdrug2» — 28 — «uksig2»
  3. «ukdrug3» — 1 — «uksig3»
Exemption: F (aged 60 or over)        Collected by: representative «c_n» («c_rel»), «c_ph»
Dispensed: «d2_uk» by «t_n» (accuracy-checking technician)     Next issue due: «d4_uk»
Endorsements: none. Claim submitted to NHSBSA «d2_ukl».   Barcode: ||| «eps» |||
"""

CANADA = {
    "Ontario": """MEDSCHECK ANNUAL — PHARMACIST'S MEDICATION REVIEW (Ontario)         «chain» #«store»
Patient: «p_n»       DOB: «p_dob»       Health number: «hcn»
Address: «p_addr»       Phone: «p_ph»
Primary care: «d_dr» «d_n» (CPSO «d_lic»), fax «d_ph2»
Review date: «d1_iso»      Pharmacist: «r_n», OCP «r_lic»
Conditions: «icd1», «icd2». Current medications:
  - «cadrug1» (DIN «din1») — «casig1»
  - «cadrug2» (DIN «din2») — «casig2»
  - «cadrug3» (DIN «din3») — «casig3»
Issues: nonadherence with «cadrug2» (refill gaps since «d3_iso»); «p_g» reports dizziness.
Plan: blister packs weekly; spouse/caregiver «c_n» («c_ph») to pick up. Notified prescriber on «d2_iso».
Billing: ODB, recipient ID «hcn». Follow-up: «d4_iso».  Patient signature: «p_n»
""",
    "Québec": """ORDONNANCE DU PHARMACIEN / PHARMACIST PRESCRIPTION (Loi 31 — prescription d'un médicament)    «chain» — succursale «store»
Patient: «p_lfc»       Né(e) le: «p_dob»       No RAMQ: «hcn»
Adresse: «p_addr»       Tél.: «p_ph»
Situation: infection urinaire non compliquée (‹N39.0›), symptômes depuis le «d3_iso».
Ordonnance: «cadrug3» (DIN «din3») — «casig3»
Pharmacien prescripteur: «r_n», «r_cred», permis OPQ «r_lic»       Date: «d1_fr»
Avis transmis au médecin traitant: «d_dr» «d_n» (GMF «d_town»), télécopieur «d_ph2», le «d1_iso».
Personne jointe en cas de besoin: «c_n», «c_ph». Suivi téléphonique le «d2_iso» par «t_n».
Régime public: «prov_plan».  No dossier pharmacie: «profile»
""",
}

JSON_EXPORT = {
    "US": """{"export": "«chain» pharmacy management system — dispensing extract", "store": "«store»", "generated": "«d2_iso»T06:00:00Z",
 "records": [
  {"rx_number": "«rx»", "fill_date": "«d1_iso»", "status": "SOLD",
   "patient": {"profile_id": "«profile»", "last_name": "«p_F»", "first_name": "«p_G»", "dob": "«p_dob8»", "gender": "«p_sex»",
               "phone": "«p_phd»", "email": "«p_em»", "address": {"line1": "«p_line»", "city": "«p_town»", "state": "«p_abbr»", "zip": "«p_pc»"}},
   "drug": {"name": "«drug1»", "ndc": "«ndc1_raw»", "sig": "«sig1»", "qty": «qty1», "days_supply": «ds1»},
   "prescriber": {"name": "«d_lfc»", "npi": "«d_npi»", "dea": "«d_dea»", "phone": "«d_ph»"},
   "claim": {"bin": "«bin»", "pcn": "«pcn»", "group": "«group»", "cardholder_id": "«member»", "auth_number": "«claimref»", "patient_pay": "«copay1»"},
   "workflow": {"typed_by": "«t_ini»", "verified_by": "«r_n», «r_cred»", "pos_signature": "«c_n»", "relationship": "«c_rel»", "signed_at": "«d2_iso»T17:32:10"}},
  {"rx_number": "«rx2»", "fill_date": "«d1_iso»", "status": "RTS",
   "patient": {"profile_id": "«profile»", "last_name": "«p_F»", "first_name": "«p_G»"},
   "drug": {"name": "«drug2»", "ndc": "«ndc2_raw»", "sig": "«sig2»", "qty": «qty2», "days_supply": «ds2»},
   "claim": {"bin": "«bin»", "pcn": "«pcn»", "reject": "«rej»", "reject_text": "«rejmsg»"},
   "notes": "RTS after 14 days; left voicemail for «p_g» at «p_ph» on «d3_us»."}
 ]}
""",
    "CA": """{"export": "«chain» Kroll dispensing extract", "store": "«store»", "generated": "«d2_iso»T06:00:00Z",
 "records": [
  {"rx_number": "«rx»", "fill_date": "«d1_iso»", "status": "PICKED_UP",
   "patient": {"profile_id": "«profile»", "surname": "«p_f»", "given_name": "«p_g»", "birth_date": "«p_dobiso»",
               "health_card": "«hcn»", "phone": "«p_ph»", "email": "«p_em»",
               "address": {"street": "«p_line»", "city": "«p_town»", "province": "«p_abbr»", "postal_code": "«p_pc»"}},
   "drug": {"name": "«cadrug1»", "din": "«din1»", "sig": "«casig1»", "qty": 90, "days_supply": 90},
   "prescriber": {"name": "«d_n»", "licence": "«d_lic»", "fax": "«d_ph2»"},
   "adjudication": {"plan": "«prov_plan»", "carrier_id": "«member»", "paid": "«copay2»", "patient_pays": "«copay1»"},
   "workflow": {"entered_by": "«t_n»", "checked_by": "«r_n»", "picked_up_by": "«c_n»", "relationship": "«c_rel»"}},
  {"rx_number": "«rx2»", "fill_date": "«d3_iso»", "status": "ON_HOLD",
   "drug": {"name": "«cadrug2»", "din": "«din2»", "sig": "«casig2»"},
   "notes": "Awaiting renewal from «d_dr» «d_f»; patient «p_g» notified «d1_iso»."}
 ]}
""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("rx58_label_and_bag_tag", ["US", "US"], "text", LABEL),
    ("rx58_ncpdp_script_newrx", ["US", "US"], "text", NEWRX),
    ("rx58_ncpdp_script_rxrenewal", ["US", "US"], "text", RENEWAL),
    ("rx58_ncpdp_d0_claim_reject", ["US", "US"], "text", D0),
    ("rx58_pdmp_patient_report", ["US", "US"], "text", PDMP),
    ("rx58_refill_request_fax", ["US", "CA"], "text", FAX),
    ("rx58_pharmacist_intervention_note", ["US", "UK"], "text", INTERVENTION),
    ("rx58_mtm_comprehensive_review", ["US", "US"], "text", MTM),
    ("rx58_compounding_worksheet", ["US", "CA"], "text", COMPOUND),
    ("rx58_controlled_substance_log", ["US", "US"], "text", CII_LOG),
    ("rx58_specialty_intake", ["US", "US"], "text", SPECIALTY_INTAKE),
    ("rx58_pbm_pa_determination_letter", ["US", "US"], "text", PA_LETTER),
    ("rx58_prescriber_pa_appeal_letter", ["US", "US"], "text", APPEAL),
    ("rx58_vaccine_administration_record", ["US", "CA"], "text", VACCINE),
    ("rx58_pharmacy_chat_ivr_transcript", ["US", "US"], "text", CHAT_IVR),
    ("rx58_nhs_eps_dispensing_token", ["UK", "UK"], "text", EPS),
    ("rx58_canadian_pharmacy_record", ["CA", "CA"], "text", CANADA),
    ("rx58_pms_dispensing_export", ["US", "CA"], "json", JSON_EXPORT),
]

LOC_SLOTS: dict[str, dict[str, Slot]] = {}


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def _template(kind: str, index: int, loc: str, template: str | dict[str, str]) -> str:
    if not isinstance(template, dict):
        return template
    if kind == "rx58_pharmacy_chat_ivr_transcript":
        return template[("chat", "ivr")[index % 2]]
    if kind == "rx58_canadian_pharmacy_record":
        return template[("Ontario", "Québec")[index % 2]]
    return template[loc]


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = _template(kind, index, loc, template)
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe58:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind, index)
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
