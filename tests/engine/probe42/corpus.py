# ruff: noqa: E501  (hand-aligned templates)
"""Forty-second independent probe corpus: the revenue cycle -- US health-care billing, insurance and collections
text as a hospital's billing office, a payer's call centre and a collections agency write it, with synthetic
PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each (each in its own US state): an Explanation of Benefits
rendered as text, a patient statement with its detachable payment stub, a claim denial letter, a first-level
appeal letter written by a parent, a prior-authorisation approval fax, a payer call-centre log (the member
verifies DOB, address and the last four of the SSN), a collections agency dunning letter (original creditor,
account and reference numbers, FDCPA notice), an automatic-bank-draft payment-plan agreement, a charity-care
application (household table with ages, employers, incomes), a coordination-of-benefits questionnaire (the
spouse's employer and plan), a workers'-compensation billing note (employer, adjuster, attorney, claim number),
a hospital lien notice (court, case number, attorney, at-fault driver), an 835 remittance excerpt and an 837P
claim excerpt (X12 segments), a Medicaid 271 eligibility response (text and raw segments, a dual-eligible
member aged 90+), a refund-request e-mail (a card's last four and the full card number typed by mistake), a
CSV export of an A/R aging report, and a billing-chatbot session exported as JSON (with an audit IP).

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `g` the guarantor / subscriber (head of household), `q` the spouse,
`c1` `c2` dependent children (the head's family name and address), `p` a patient on their own account, `h`
another relative or person (grandparent, supervisor, at-fault driver), `s` the billing / payer / collections
staff member, `r` the rendering or primary-care physician, `a` a second staff member (adjuster, appeals
coordinator), `t` an attorney. Person forms: `_n` "Given Family", `_g`, `_f`, `_F` FAMILY, `_G` GIVEN, `_FcG`
"Family, Given", `_FCG` "FAMILY, GIVEN", `_NC` "GIVEN FAMILY", `_gl` `_fl` lower-case, `_dr` "Dr. Family", `_md`
"Given Family" before ", MD", `_ph` `_ph2` phones, `_em`, `_st` street line, `_STU` upper-case, `_town`,
`_TOWN`, `_zip`, `_county`, `_addr` the whole address, `_emp` employer (`_EMP`), `_ssn`, `_ssn4` the last four
(`_ssn4s` read aloud), `_mem` member ID, `_dob` 03/04/1971, `_dob8` 19710304, `_dobl` "March 4, 1971", `_dobsh`
3/4/71. Dates `d1` (date of service) to `d6`: `_us` 03/04/2025, `_long` "March 4, 2025", `_x12` 20250304, `_sh`
3/4/25, `_iso`, `_md` "March 4", `_mdy` "Mar 4, 2025".

Labelling policy (decided before any measurement):
- NAME: every name of a person -- patient, guarantor, subscriber, spouse, dependant, relative, billing and
  payer staff, adjusters, attorneys, physicians (i2b2-style, as probes 20, 22, 23 and 40) -- as written:
  full, given or family alone, "Dr. Family" (the "Dr." plain text), capitals, "FAMILY, GIVEN", lower-case
  typed names, and X12 name elements (family and given each their own value). Employers' names (Safe Harbor
  lists them) are NAME, whole ("Retortline Cannery"), in capitals too; a law firm named after its partners is
  NAME.
- ADDRESS: street lines (with apartment / lot), towns, counties, an intersection; ZIP: ZIP codes. States
  are plain text inside an address and keep values alone. An employer's street address is ADDRESS too.
- DATE: every date more specific than a year: birth dates, dates of service, of injury, statement, due,
  processing, letter and coverage dates, X12 CCYYMMDD dates. Years alone are keep. AGE: 90 and over;
  ages under 90 in a household table are keep.
- PHONE and EMAIL of any person (payer toll-free numbers are keep, see below); SSN: full and the last four
  ("last 4 SSN 4417", also read aloud); HEALTH_PLAN: member, subscriber, Medicaid and Medicare (MBI) IDs --
  and group numbers: an employer group number names the employer's plan by code, and the employer is an
  identifier under Safe Harbor, so group numbers are HEALTH_PLAN, not keep; MRN: hospital medical record
  numbers; ACCOUNT: patient account, bank account and card numbers, and a card's last four ("Visa ending in
  0127"); ID: claim, authorisation, call reference, ticket, collection reference, court case, workers'-comp
  claim, trace, certified-mail and confirmation numbers, and a call-centre agent's ID (a staff member's
  identifier; this item of the list was written out after the measurement, the label was there before); URL: payment-portal addresses carrying the person's account or id;
  IP: the address in an audit line.
- Keep (must survive): amounts and currency, CPT / HCPCS / ICD-10 / revenue codes, CARC and RARC codes
  (CO-45, PR-1, N130) and their descriptions, X12 segment keep pieces (HC:99214, CAS*CO*45*42.10), payer,
  plan, Medicaid programme and managed-care names, payer IDs, hospital, clinic, collection-agency, bank and
  carrier names, NPIs (a provider's NPI is public in the NPPES registry: keep, individual and organisation
  alike), ABA routing numbers (they identify a bank, published, shared by all its customers: keep), payers'
  and agencies' toll-free numbers (an organisation's line, not a person's), years alone, page numbers,
  percentages, states alone, department names, service descriptions, ages under 90, the chatbot's own name.
- Not scored (plain text): organisations' P.O. boxes, clinic fax numbers, X12 envelope values, a card's
  expiry, salutations and form labels.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe42 import ids
from tests.engine.probe42.people import ADULT, STATES, STREETS, K, P, Person, Slot, draw_person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

PAYERS = [("Cordillera Mutual Health", "CMH41"), ("Bluewater Benefit Trust", "77310"), ("Tri-River Health Alliance", "TRH24"),
          ("Northern Plains Health Partners", "58122"), ("Evercrest Life & Health", "ECL09"), ("Harborline Health Plan", "31560")]  # fmt: skip
PLANS = [
    "Silver Choice PPO 3000",
    "Gold Access HMO",
    "Bronze Saver HSA 6500",
    "Platinum Open Access POS",
    "Select Network EPO",
]
MCOS = ["Sunward Community Care", "Plainsong Health Plan", "Canyonlands Family Care"]
HOSPITALS = ["Tallgrass Regional Medical Center", "Silverleaf Community Hospital", "Harbor Pines Medical Center",
             "Cottonwood Valley Hospital", "Red Mesa General Hospital", "Lakeview Ambulatory Surgery Center"]  # fmt: skip
CLINICS = ["Three Forks Orthopedic Associates", "Riverbend Imaging", "High Plains Cardiology Clinic", "Sagebrush Family Medicine",
           "Bayou Pediatrics", "Northstar Urgent Care"]  # fmt: skip
AGENCIES = ["Meridian Recovery Group", "Allied Crest Receivables", "Summit Ledger Collections"]
BANKS = ["Heartland Farmers Bank", "Coastal Keel Credit Union", "Ridgeline Savings Bank"]
WC_CARRIERS = ["Ironbridge Casualty Company", "Granite Shield Mutual"]
AUTO_CARRIERS = ["Roadway Indemnity Insurance", "Lakeland Auto Mutual"]
DEPTS = ["Patient Financial Services", "Central Business Office", "Financial Counseling", "Revenue Integrity"]
CPT = [("99213", "Office visit, established, low"), ("99214", "Office visit, established, moderate"),
       ("99284", "Emergency dept visit, moderate"), ("99285", "Emergency dept visit, high"), ("71046", "Chest X-ray, 2 views"),
       ("73610", "X-ray ankle, 3 views"), ("73721", "MRI knee without contrast"), ("74177", "CT abdomen/pelvis with contrast"),
       ("80053", "Comprehensive metabolic panel"), ("85025", "CBC with differential"), ("93000", "Electrocardiogram, complete"),
       ("97110", "Therapeutic exercise, 15 min"), ("29881", "Knee arthroscopy with meniscectomy"), ("43239", "Upper GI endoscopy with biopsy"),
       ("45380", "Colonoscopy with biopsy"), ("96372", "Therapeutic injection, IM/SC"), ("12002", "Simple wound repair, 2.6-7.5 cm"),
       ("G0439", "Annual wellness visit, subsequent"), ("J1885", "Ketorolac tromethamine, 15 mg"), ("A0427", "Ambulance service, ALS emergency")]  # fmt: skip
REV = [("0450", "Emergency room"), ("0320", "Radiology - diagnostic"), ("0300", "Laboratory"), ("0250", "Pharmacy"),
       ("0360", "Operating room services"), ("0420", "Physical therapy"), ("0610", "MRI"), ("0730", "EKG/ECG")]  # fmt: skip
ICD = ["S93.401A", "M54.50", "R07.9", "J20.9", "K80.20", "E11.9", "S52.501A", "M17.11", "N39.0", "R10.31", "S83.241A", "J45.909",
       "I10", "R55", "S01.81XA"]  # fmt: skip
CARC = [("CO-45", "Charge exceeds fee schedule/maximum allowable"), ("PR-1", "Deductible amount"), ("PR-2", "Coinsurance amount"),
        ("PR-3", "Co-payment amount"), ("CO-97", "Payment is included in the allowance for another service"),
        ("CO-197", "Precertification/authorization/notification absent"), ("CO-50", "Non-covered: not deemed a medical necessity"),
        ("CO-16", "Claim lacks information or has billing errors"), ("CO-29", "The time limit for filing has expired"),
        ("PI-204", "Service not covered under the current benefit plan")]  # fmt: skip
DENIALS = [c for c in CARC if c[0] in ("CO-197", "CO-50", "CO-16", "CO-29", "PI-204", "CO-97")]
RARC = ["N130", "MA130", "M127", "N290", "MA04", "N115", "M15"]
BODY = ["left ankle", "right wrist", "lower back", "right knee", "left shoulder", "right hand"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
Y = 365


def money(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 2)


def usd(v: float) -> str:
    return f"${v:,.2f}"


def date_forms(d: date) -> dict[str, Slot]:
    return {
        "us": P("DATE", f"{d:%m/%d/%Y}"), "long": P("DATE", f"{d:%B} {d.day}, {d.year}"), "x12": P("DATE", f"{d:%Y%m%d}"),
        "sh": P("DATE", f"{d.month}/{d.day}/{d:%y}"), "iso": P("DATE", d.isoformat()), "md": P("DATE", f"{d:%B} {d.day}"),
        "mdy": P("DATE", f"{d:%b} {d.day}, {d.year}"),
    }  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_G": N(w.given.upper()),
        f"{x}_FcG": N(f"{w.family}, {w.given}"), f"{x}_FCG": N(f"{w.family}, {w.given}".upper()), f"{x}_NC": N(w.full.upper()),
        f"{x}_gl": N(w.given.lower()), f"{x}_fl": N(w.family.lower()), f"{x}_dr": ("Dr. ", N(w.family)), f"{x}_md": (N(w.full), ", MD"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_st": A(w.street), f"{x}_STU": A(w.street.upper()), f"{x}_town": A(w.town), f"{x}_TOWN": A(w.town.upper()),
        f"{x}_zip": P("ZIP", w.zip), f"{x}_county": A(w.county), f"{x}_addr": w.addr, f"{x}_stab": w.state.abbr, f"{x}_state": w.state.name,
        f"{x}_emp": N(w.employer), f"{x}_EMP": N(w.employer.upper()), f"{x}_ssn": P("SSN", w.ssn), f"{x}_ssn4": P("SSN", w.ssn[-4:]),
        f"{x}_ssn4s": P("SSN", ids.digits_spoken(w.ssn[-4:])), f"{x}_agek": K(str(age)), f"{x}_agey": K(f"{age} years old"),
        f"{x}_sexl": "F" if w.female else "M", f"{x}_mr": "Ms." if w.female else "Mr.", f"{x}_kid": "daughter" if w.female else "son",
        f"{x}_sp": "wife" if w.female else "husband", f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his",
        f"{x}_Her": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him",
        f"{x}_mi": w.given[0],
        f"{x}_dob": P("DATE", f"{w.dob:%m/%d/%Y}"), f"{x}_dob8": P("DATE", f"{w.dob:%Y%m%d}"),
        f"{x}_dobl": P("DATE", f"{w.dob:%B} {w.dob.day}, {w.dob.year}"), f"{x}_dobsh": P("DATE", f"{w.dob.month}/{w.dob.day}/{w.dob:%y}"),
    }  # fmt: skip
    return s


# the sex and age of some people are fixed by the template
SEX: dict[str, dict[str, bool]] = {
    "rc42_charity_care_application": {"h": True},
}
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "rc42_medicaid_271_response": {"p": (90 * Y + 30, 99 * Y)},
    "rc42_charity_care_application": {"h": (90 * Y + 30, 98 * Y)},
}
PEOPLE = ("g", "q", "c1", "c2", "p", "h", "s", "r", "a", "t")


def base_slots(rng: random.Random, st_abbr: str, kind: str) -> dict[str, Slot]:
    st = STATES[st_abbr]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(540))
    used: set[str] = set()
    s: dict[str, Slot] = {}
    ppl: dict[str, Person] = {}
    for x in PEOPLE:
        age = AGES.get(kind, {}).get(x)
        female = SEX.get(kind, {}).get(x)
        if x == "g":
            ppl[x] = draw_person(rng, st, used, d1, female=female, age_days=age or (29 * Y, 62 * Y))
        elif x == "q":
            fam = ppl["g"].family if rng.random() < 0.6 else None
            ppl[x] = draw_person(
                rng,
                st,
                used,
                d1,
                female=not ppl["g"].female,
                age_days=age or (28 * Y, 64 * Y),
                family=fam,
                home=ppl["g"],
            )
        elif x in ("c1", "c2"):
            ppl[x] = draw_person(
                rng,
                st,
                used,
                d1,
                female=female,
                age_days=age or ((3 if x == "c1" else 1) * Y, 16 * Y),
                family=ppl["g"].family,
                home=ppl["g"],
            )
        else:
            ppl[x] = draw_person(rng, st, used, d1, female=female, age_days=age or ADULT)
        s.update(person_slots(x, ppl[x], d1))
    # member IDs: the subscriber's; dependants carry it with a suffix
    sub = ids.fill(rng, rng.choice(["@@@%########", "W%########", "%########", "@%#######"]))
    s["g_mem"] = P("HEALTH_PLAN", sub + rng.choice(["01", "-01", ""]))
    s["q_mem"] = P("HEALTH_PLAN", ids.fill(rng, rng.choice(["@@@%########", "%##@#####", "U%########"])))
    s["c1_mem"] = P("HEALTH_PLAN", sub + rng.choice(["03", "-03", "*03"]))
    s["c2_mem"] = P("HEALTH_PLAN", sub + rng.choice(["04", "-04", "*04"]))
    s["p_mem"] = P(
        "HEALTH_PLAN", ids.fill(rng, rng.choice(["@@@%########", "W%########", "%#######-00", "@%#######"]))
    )
    s["p_mcd"] = P("HEALTH_PLAN", ids.fill(rng, rng.choice(["%#########", "@########", "%########@"])))
    m = ids.mbi(rng)
    s["p_mbi"] = P("HEALTH_PLAN", rng.choice([m, f"{m[:4]}-{m[4:7]}-{m[7:]}"]))
    s["grp"] = P(
        "HEALTH_PLAN", ids.fill(rng, rng.choice(["%######", "G%#####-0##", "%####M%##", "GRP%#####"]))
    )
    s["grp2"] = P("HEALTH_PLAN", ids.fill(rng, rng.choice(["%#####", "%####-%##", "@%####"])))
    # dates: d1 service, d2 processing / payment, d3 statement / letter, d4 earlier (injury, prior service,
    # coverage start), d5 a few days after d1 (discharge, through), d6 after d3 (due date, plan start)
    d3 = d1 + timedelta(days=rng.randint(46, 120))
    days = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(10, 45)), "d3": d3, "d4": d1 - timedelta(days=rng.randint(30, 400)),
            "d5": d1 + timedelta(days=rng.randint(1, 6)), "d6": d3 + timedelta(days=rng.randint(21, 30))}  # fmt: skip
    for key, d in days.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d).items()})
    s["d3_dow"] = K(WEEKDAYS[d3.weekday()])
    # identifiers
    F = lambda t, *pats: P(t, ids.fill(rng, rng.choice(pats)))  # noqa: E731
    s["acct"] = F("ACCOUNT", "%#######", "V%########", "%###-####-##", "HAR%########")
    s["acct2"] = F("ACCOUNT", "%#######", "V%########", "%###-####-##")
    s["acct3"] = F("ACCOUNT", "%########", "GA%######")
    s["acct4"] = F("ACCOUNT", "%#######", "V%########")
    s["acct5"] = F("ACCOUNT", "%#######", "%###-####-##")
    s["bankacct"] = F("ACCOUNT", "%#########", "%##########", "%###########")
    c = ids.card(rng)
    s["card_full"] = P("ACCOUNT", rng.choice([c, ids.card_spaced(c), c.replace(" ", "")]))
    s["card4"] = P("ACCOUNT", c[-4:])
    s["mrn"] = F("MRN", "%#######", "E%######", "00%#####")
    s["clm1"] = F("ID", "%#############", "E%#########", "%###@#######", "2%##%#######00")
    s["clm2"] = F("ID", "%#############", "E%#########", "%###@#######")
    s["auth"] = F("ID", "%##########", "PA-%#######", "@@%#######")
    s["callref"] = F("ID", "%###########", "CR-%#######-@@", "I-%########")
    s["ticket"] = F("ID", "SR-%######", "TKT%#######")
    s["collref"] = F("ID", "@@%#######", "%###-%####-##")
    s["case"] = F("ID", f"CI {d3:%y}-%####", f"{d3:%Y}-SC-%#####", f"CV-{d3:%y}-%#####")
    s["case_mcd"] = F("ID", "%#########", "C%########")
    s["wc_claim"] = F("ID", "WC%########", "%##-%#####-@@", "%#@%######")
    s["clm_auto"] = F("ID", "%#-%######-%#", "AU%########")
    s["trace"] = F("ID", "%##########", "TRN%########")
    s["conf"] = F("ID", "%##########", "PMT-%#######")
    s["ref"] = F("ID", "%#######", "CB-%######")
    s["cert"] = F("ID", "9407 1%## #### #### #### ##")
    s["agent"] = F("ID", "AG%####", "%#####")
    s["url"] = P("URL", ids.fill(rng, rng.choice([
        "https://pay.myhospitalbill.example/guest?acct=" + str(s["acct"].value).replace(" ", "") + "&zip=" + ppl["g"].zip,  # type: ignore[union-attr]
        "https://portal.carebill.example/account/%#######/statement",
        "https://billpay.example/p/@@%##%@#?g=%######"])))  # fmt: skip
    s["url_coll"] = P(
        "URL",
        ids.fill(
            rng,
            rng.choice(
                ["https://paymyaccount.example/ref/@@%#######", "https://collect.example/pay?r=%#########"]
            ),
        ),
    )
    s["ip"] = P(
        "IP",
        f"{rng.choice([24, 47, 68, 73, 98, 108, 174, 184])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
    )
    old = (d1 - (ppl["p"] if "271" in kind else ppl["h"]).dob).days * 100 // 36525
    s["old"] = P("AGE", str(old))
    s["emp_st"] = P(
        "ADDRESS",
        f"{rng.randint(100, 9900)} {rng.choice(['Industrial Park Drive', 'Depot Spur Road', 'Rail Yard Lane', 'Elevator Road', 'Commerce Loop'])}",
    )
    a, b = rng.sample([x for x in STREETS if x not in used], 2)
    s["crash"] = P("ADDRESS", f"{a} and {b}")
    s["emp_town"] = P("ADDRESS", rng.choice([t for t in st.towns if t not in used] or st.towns))
    # keep values
    payer, payer_id = rng.choice(PAYERS)
    payer2 = rng.choice([x for x in PAYERS if x[0] != payer])
    s["payer"], s["payerid"], s["PAYER_U"], s["payer2"] = (
        K(payer),
        K(payer_id),
        K(payer.upper()),
        K(payer2[0]),
    )
    s["plan"], s["plan2"] = (K(x) for x in rng.sample(PLANS, 2))
    s["mco"] = K(rng.choice(MCOS))
    s["MCO_U"] = K(str(s["mco"].value).upper())  # type: ignore[union-attr]
    s["medicaid"] = K(st.medicaid)
    s["state"] = K(st.name)
    hosp = rng.choice(HOSPITALS)
    s["hospital"], s["HOSP_U"] = K(hosp), K(hosp.upper())
    clinic = rng.choice(CLINICS)
    s["clinic"], s["CLINIC_U"] = K(clinic), K(clinic.upper())
    s["agency"], s["bank"] = K(rng.choice(AGENCIES)), K(rng.choice(BANKS))
    s["wc_carrier"], s["auto_carrier"] = K(rng.choice(WC_CARRIERS)), K(rng.choice(AUTO_CARRIERS))
    s["dept"] = K(rng.choice(DEPTS))
    s["npi"], s["npi2"], s["npi_r"] = (K(ids.npi(rng)) for _ in range(3))
    s["routing"] = K(ids.routing(rng))
    s["tollfree"] = K(
        f"1-{rng.choice(['800', '833', '844', '855', '866', '877', '888'])}-{ids.fill(rng, '%##-####')}"
    )
    s["year"] = K(str(rng.randint(2015, 2023)))
    s["body"] = K(rng.choice(BODY))
    cpts = rng.sample(CPT, 4)
    for i, (code, desc) in enumerate(cpts, 1):
        s[f"cpt{i}"], s[f"cpt{i}_desc"], s[f"cpt{i}_hc"] = K(code), K(desc), K(f"HC:{code}")
    rev = rng.sample(REV, 2)
    for i, (code, desc) in enumerate(rev, 1):
        s[f"rev{i}"], s[f"rev{i}_desc"] = K(code), K(desc)
    icds = rng.sample(ICD, 2)
    s["icd1"], s["icd2"] = K(icds[0]), K(icds[1])
    s["icd1_x"], s["icd2_x"] = K(icds[0].replace(".", "")), K(icds[1].replace(".", ""))
    den = rng.choice(DENIALS)
    s["carc_d"], s["carc_d_text"] = K(den[0]), K(den[1])
    s["rarc"] = K(rng.choice(RARC))
    # amounts: billed, allowed, paid, patient responsibility for two lines
    for i in (1, 2, 3):
        billed = money(rng, 90, 2400)
        allowed = round(billed * rng.uniform(0.35, 0.8), 2)
        pr = round(min(allowed * 0.6, rng.uniform(20, 400)), 2)
        paid = round(allowed - pr, 2)
        s[f"b{i}"], s[f"a{i}"], s[f"pd{i}"], s[f"pr{i}"] = (
            K(usd(billed)),
            K(usd(allowed)),
            K(usd(paid)),
            K(usd(pr)),
        )
        s[f"b{i}x"], s[f"pd{i}x"] = K(f"{billed:.2f}"), K(f"{paid:.2f}")
        s[f"adj{i}"] = K(f"CAS*CO*45*{billed - allowed:.2f}")
        s[f"ded{i}"] = K(f"CAS*PR*1*{pr:.2f}")
        s[f"co{i}"] = K(f"-{usd(billed - allowed)}")
    s["bal"], s["bal2"], s["amt"], s["amt2"], s["inc1"], s["inc2"], s["inc3"] = (K(usd(money(rng, lo, hi))) for lo, hi in
        ((180, 4800), (60, 900), (25, 350), (40, 600), (1400, 4200), (900, 3800), (700, 1400)))  # fmt: skip
    s["balx"], s["bal2x"] = (K(str(v.value).replace("$", "").replace(",", "")) for v in (s["bal"], s["bal2"]))  # type: ignore[union-attr]
    s["monthly"] = K(usd(rng.choice([25, 40, 50, 75, 100, 125, 150])))
    s["pct"] = K(f"{rng.choice([40, 60, 75, 100])}%")
    s["fpl"] = K(f"{rng.randint(120, 290)}%")
    s["ded"], s["dedmax"] = (
        K(usd(rng.choice([500, 750, 1000, 1500, 2000]) * rng.uniform(0.2, 0.95))),
        K(usd(rng.choice([2500, 3000, 6500]))),
    )
    return s


# ---- templates -------------------------------------------------------------------------------------------

EOB = """«payer»
EXPLANATION OF BENEFITS - THIS IS NOT A BILL                                   ‹Page 1 of 2›
Statement date: «d3_long»

«g_NC»
«g_STU»
«g_TOWN», «g_stab» «g_zip»

Member: «g_n»                    Member ID: «g_mem»
Group: «grp» («g_EMP»)           Plan: «plan»
Patient: «c1_n» (dependent)      Patient ID: «c1_mem»      Patient account: «acct»
Claim number: «clm1»             Received: «d2_us»         Processed: «d3_us»
Provider: «r_md», «clinic»   NPI «npi»

Date of service  Service                                     Code    Billed      Allowed     Plan paid   You owe  Remark
«d1_us»       «cpt1_desc»             «cpt1»   «b1»    «a1»    «pd1»   «pr1»  ‹CO-45›
«d1_us»       «cpt2_desc»             «cpt2»   «b2»    «a2»    «pd2»   «pr2»  ‹PR-1›
«d5_us»       «cpt3_desc»             «cpt3»   «b3»    «a3»    «pd3»   «pr3»  ‹PR-2›, «rarc»

Remark codes: ‹CO-45› Charge exceeds fee schedule/maximum allowable. ‹PR-1› Deductible amount. ‹PR-2› Coinsurance amount.
Family deductible, plan year «d4_us» to «d6_us»: «ded» met of «dedmax».
Other members on this plan: «q_n» («q_sp», «q_mem»), «c2_g» («c2_mem»).
Questions? Call ‹Member Services› at «tollfree» (TTY 711). To appeal, write to us within 180 days of «d3_md».
"""

STATEMENT = """«hospital» - ‹Patient Financial Services›
STATEMENT OF ACCOUNT                                   Statement date: «d3_us»
Guarantor: «g_n»                                       Account #: «acct»
Patient: «c1_n»    DOB: «c1_dob»    MRN: «mrn»

Date        Description                                       Charges      Credits
«d1_us»  «rev1_desc» (REV «rev1», CPT «cpt1»)              «b1»
«d1_us»  «cpt2_desc» (CPT «cpt2»)                      «b2»
«d2_us»  Insurance payment - «payer»                                    -«pd1»
«d2_us»  Contractual adjustment ‹CO-45›                                 «co1»

BALANCE DUE: «bal»            PLEASE PAY BY: «d6_us»

Your insurance («payer», member ID «c1_mem») processed this visit on «d2_long». The balance is your share.
Pay online at «url» or call «tollfree». Ask ‹Financial Counseling› about assistance.
- - - - - - - - - - - - - - - - DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT - - - - - - - - - - - - - - - -
«g_NC»                                         ACCOUNT NUMBER    «acct»
«g_STU»                                        AMOUNT DUE        «bal»
«g_TOWN» «g_stab» «g_zip»                       DUE DATE          «d6_us»
                                               AMOUNT ENCLOSED   $__________
[x] Check here if your address or insurance has changed:  «h_st», «h_town»
Pay by card: [ ]VISA [ ]MC [ ]DISCOVER   Cardholder: «g_n»   Phone: «g_ph»   E-mail: «g_em»
"""

DENIAL = """«payer» - ‹Appeals and Grievances› - P.O. Box 30418
«d3_long»

«p_n»
«p_st»
«p_town», «p_stab» «p_zip»

RE: Notice of claim denial
Member: «p_n»      Member ID: «p_mem»      Group: «grp»
Claim #: «clm1»    Date of service: «d1_us»
Provider: «r_dr», «hospital»
Service: «cpt1_desc» (CPT «cpt1»), billed «b1»

Dear «p_mr» «p_f»,

We reviewed the claim above and cannot pay it. Reason: «carc_d» - «carc_d_text». Our records show no
prior authorization on file for the date of service. The group plan your employer, «p_emp», chose («plan»)
requires prior authorization for this service.

You have the right to appeal within 180 days of this notice. Send a letter with your member ID and claim
number to ‹Appeals and Grievances›. If you need help, call «tollfree». You may name someone to act for you,
for example your «h_kid» «h_n».

This decision was made by «s_n», RN, on «d2_long», after review of the records (diagnosis «icd1», «icd2»).

Sincerely,
«a_n»
Appeals Coordinator, «payer»
cc: «r_md», «hospital» (NPI «npi»)
"""

APPEAL = """«g_n»
«g_st»
«g_town», «g_state» «g_zip»
«g_ph» | «g_em»

«d3_long»

«payer»
Attn: ‹Appeals and Grievances›

RE: First-level appeal - claim «clm1»
Patient: «c1_n», DOB «c1_dob»
Member ID: «c1_mem» (subscriber: «g_n», «g_mem»)
Date of service: «d1_long»

To whom it may concern,

I am writing to appeal the denial of my «c1_kid» «c1_g»'s emergency visit at «hospital» on «d1_long». Your
letter dated «d2_long» says the visit was not medically necessary («carc_d»). «c1_g» is «c1_agey» and fell
off a trampoline; «c1_her» «body» was swollen and «c1_she» could not walk on it. Dr. «r_f» saw «c1_her» that night
(CPT «cpt1») and diagnosed a fracture («icd1»).

I work for «g_emp» and we have had this plan since «year». My «q_sp» «q_n» called «tollfree» on «d2_md» and
spoke to «s_g», who gave us reference number «callref» and said the claim would be reprocessed. It was not.

Please reconsider. I have enclosed the ER record and the itemized bill (account «acct», balance «bal»).

Sincerely,
«g_n»
Enclosures: ER record, itemized bill, denial letter
"""

PA_FAX = """FAX                                                                            ‹Page 1 of 3›
TO:   «r_dr»'s office, «clinic»             FAX: 555-0147
FROM: «payer» - ‹Utilization Management›
DATE: «d2_us» 14:52

PRIOR AUTHORIZATION - APPROVED
Authorization #:     «auth»
Member:              «p_FCG»          DOB: «p_dob»          Member ID: «p_mem»
Address on file:     «p_addr»
Plan:                «plan»           Group: «grp»
Requesting provider: «r_md»   NPI «npi_r»
Servicing facility:  «hospital»   NPI «npi2»
Service:             «cpt1_desc» (CPT «cpt1») x1    Dx: «icd1»
Approved dates:      «d1_us» through «d5_us»
Case manager:        «s_n», RN   direct «s_ph»   «s_em»
Notes: Member reports other coverage through «p_her» spouse «q_n» (employer «q_emp»); COB on file «d4_us».
Hospital MRN «mrn» supplied by the requesting office. This authorization is not a guarantee of payment;
eligibility must be verified on the date of service.
CONFIDENTIALITY NOTICE: this facsimile contains protected health information.
"""

CALL_NOTE = """CALL LOG - ‹Member Services› - «payer»
Call ref: «callref»   Date/time: «d1_us» 10:14 CT   Agent: «s_n» (ID «agent»)
Inbound ANI: «p_ph»
Caller: «p_n», self (member)   Member ID: «p_mem»
IDENTITY VERIFIED: DOB «p_dob» - ok. Address «p_st», «p_town» «p_stab» «p_zip» - ok. Last 4 SSN «p_ssn4» - ok
(caller read it as "«p_ssn4s»").
Caller asked why claim «clm1» for DOS «d4_us» at «hospital» processed to patient responsibility «pr1» (‹PR-1›
deductible). Explained plan-year deductible: «ded» met of «dedmax». Caller disputed; states «p_her» «c1_kid» «c1_g»
(DOB «c1_dob», member «c1_mem») was also seen on «d4_md» and that claim paid in full.
Caller updated e-mail to «p_em» and added alternate phone «p_ph2» (work, «p_emp»).
Authorized representative on file: «q_n» («q_sp»), expires «d6_us».
Outcome: reprocessing request to ‹Claims›, ticket «ticket». Advised of appeal rights, TAT 30 days. AHT 14:32.
"""

DUNNING = """«agency»
P.O. Box 7720
«d3_long»

«g_NC»
«g_STU»
«g_TOWN» «g_stab» «g_zip»

Re:  Original creditor:        «hospital»
     Creditor account no.:     «acct»
     Our reference no.:        «collref»
     Patient:                  «c1_n»
     Date(s) of service:       «d1_us» - «d5_us»
     Balance due:              «bal»

Dear «g_n»:

The above account has been placed with our office for collection. As of «d3_md», you owe «bal». Unless you
notify this office within 30 days after receiving this notice that you dispute the validity of this debt or
any portion of it, this office will assume this debt is valid.

We have tried to reach you at «g_ph» and through your employer on file, «g_emp». Mail sent to your previous
address, «h_st», «h_town», was returned. To pay or set up a plan, call «tollfree» and ask for «s_g», or pay
online at «url_coll».

This communication is from a debt collector. This is an attempt to collect a debt and any information obtained
will be used for that purpose.

Sincerely,
«s_n», Account Representative
«state» residents: this collection agency is licensed by the Department of Banking and Finance.
"""

PAYMENT_PLAN = """«hospital» - PAYMENT PLAN AGREEMENT (AUTOMATIC BANK DRAFT)

Guarantor: «g_n»        DOB: «g_dob»        SSN (last 4): «g_ssn4»
Address: «g_addr»
Home phone: «g_ph»      Cell: «g_ph2»      E-mail: «g_em»
Employer: «g_emp»
Patient accounts: «acct» («c1_n»), «acct2» («g_n»)
Total balance: «bal»     Down payment: «amt» received «d1_us»
Monthly payment: «monthly» on the 5th of each month beginning «d6_long», ‹0% interest›.

BANK DRAFT AUTHORIZATION
Bank name: «bank»     Routing number (ABA): «routing»     Account number: «bankacct»     [x] Checking
Name(s) on account: «g_n» and «q_n»
I authorize «hospital» to initiate debit entries to the account above. A returned draft may cancel this plan.

Signature: /s/ «g_n»          Date: «d1_us»
Co-signer: /s/ «q_n»          Date: «d1_us»
Financial counselor: «s_n», ‹Financial Counseling›, ext. 2206
Note: prior plan on account «acct3» defaulted «d4_us»; guarantor agrees to keep «g_em» current for notices.
"""

CHARITY = """FINANCIAL ASSISTANCE APPLICATION - «hospital»

SECTION 1 - APPLICANT
Name: «g_n»     Date of birth: «g_dob»     SSN: «g_ssn»
Address: «g_addr»     County: «g_county»
Phone: «g_ph»     E-mail: «g_em»
Hospital account numbers: «acct», «acct2»     Dates of service: «d1_us», «d4_us»

SECTION 2 - HOUSEHOLD (everyone who lives in your home)
Name                   Relationship     Age    Employer or school                 Monthly gross income
«g_n»           Self             «g_agek»     «g_emp»           «inc1»
«q_n»           Spouse           «q_agek»     «q_emp»           «inc2»
«c1_n»           Child            «c1_agek»      student                            $0.00
«c2_n»           Child            «c2_agek»      student                            $0.00
«h_n»           Grandmother      «old»     retired                            «inc3»
Total monthly household income: «bal»     Household size: 5     «fpl» of the Federal Poverty Level

SECTION 3 - OTHER RESOURCES
Applied for «medicaid»? [x] Yes - denied «d3_us», case number «case_mcd».

I certify that the information above is true. Signature: «g_n»     Date: «d2_us»
FOR OFFICE USE: approved for a «pct» discount. Reviewed by «s_n», ‹Financial Counseling›.
"""

COB = """«payer» - COORDINATION OF BENEFITS QUESTIONNAIRE
Please complete and return within 30 days; claims for your family may be denied (‹CO-22›) until we hear from you.

Subscriber: «g_n»     Member ID: «g_mem»     DOB: «g_dob»
Address: «g_addr»

1. Is anyone in your family covered by another health plan?  [x] Yes  [ ] No
2. Name of the other policy holder: «q_n»     Relationship: spouse     DOB: «q_dob»
   Employer: «q_emp», «emp_st», «emp_town»
   Other insurance: «payer2»     Plan: «plan2»     ID: «q_mem»     Group: «grp2»
   Coverage effective: «d4_us»
3. Dependents covered by both plans: «c1_n» (DOB «c1_dob»), «c2_n» (DOB «c2_dob»)
4. Is the patient entitled to Medicare?  [ ] Yes  [x] No
5. Is a court order or divorce decree in effect?  [ ] Yes  [x] No
Signature: «g_n»     Date: «d2_us»     Daytime phone: «g_ph»

Questions? Call ‹Member Services› at «tollfree», or write to ‹Coordination of Benefits Unit›, P.O. Box 2290.
OFFICE USE: COB updated «d3_us» by «s_g»; claims «clm1» and «clm2» reprocessed under the birthday rule.
"""

WORKERS_COMP = """BILLING NOTE - WORKERS' COMPENSATION - «hospital» ‹Central Business Office›
Account: «acct»   Patient: «p_FcG»   DOB: «p_dob»   SSN: «p_ssn»   MRN: «mrn»
Date of injury: «d4_us»   Dates of service: «d1_us», «d5_us»
Employer at time of injury: «p_emp», «emp_st», «emp_town», «p_stab»; supervisor «h_n», ph «h_ph»
Carrier: «wc_carrier»   Claim #: «wc_claim»   Adjuster: «a_n», «a_ph», «a_em»
Injury: «body»; Dx «icd1»; CPT «cpt1», «cpt2».

«d2_us» 09:12 «s_g»: Called adjuster «a_g», left a message re bill review. Billed «b1» per the «state» WC fee schedule.
«d2_us» 15:40 «s_g»: Adjuster returned call; claim accepted; payment «pd1» issued with CARC ‹W1›.
«d3_us» 11:05 «s_g»: Patient called from «p_ph» asking why «p_she» got a bill; told «p_him» not to pay, WC claim
«wc_claim». «p_Her» attorney «t_n» of «t_f» Law Group (ph «t_ph») requested records; authorization scanned.
"""

LIEN = """NOTICE OF HOSPITAL LIEN
In the District Court of «p_county» County, «state»          Case No. «case»

«hospital», Lienholder
v.
«p_NC», Patient/Claimant

TO:      «t_n», Esq., «t_f» Law Group, «t_st», «t_town», «t_stab» «t_zip»
AND TO:  «auto_carrier», insurer of «h_n», claim no. «clm_auto»

Notice is hereby given that «hospital» claims a lien in the amount of «bal» for emergency and hospital care
provided to «p_n», DOB «p_dob», residing at «p_st», «p_town», from «d1_long» through «d5_long», for injuries
sustained in a motor vehicle collision on «d4_long» at «crash».

Hospital account: «acct»     Charges: «b1» (REV «rev1»), «b2» (REV «rev2»)

Dated «d3_long».
«s_n», Lien Coordinator, «dept»
CERTIFICATE OF SERVICE: mailed to each party above by certified mail no. «cert» on «d3_us».
"""

ERA_835 = """ERA 835 - rendered for cash posting - «payer» - ‹Page 1 of 1›
ST*835*0001~
BPR*I*«pd1x»*C*CHK************«d3_x12»~
N1*PR*«PAYER_U»~
N1*PE*«HOSP_U»*XX*«npi»~
LX*1~
CLP*«acct»*1*«b1x»*«pd1x»**12*«clm1»*11*1~
NM1*QC*1*«c1_F»*«c1_G»****MI*«c1_mem»~
NM1*IL*1*«g_F»*«g_G»****MI*«g_mem»~
NM1*82*1*«r_F»*«r_G»****XX*«npi_r»~
DTM*232*«d1_x12»~
DTM*233*«d5_x12»~
SVC*«cpt1_hc»*«b1x»*«pd1x»**1~
«adj1»~
«ded1»~
LQ*HE*«rarc»~
CLP*«acct2»*4*«b2x»*0**12*«clm2»*11*1~
NM1*QC*1*«q_F»*«q_G»****MI*«q_mem»~
DTM*232*«d4_x12»~
SVC*«cpt2_hc»*«b2x»*0**1~
CAS*‹CO*197›*«b2x»~
SE*19*0001~
Posted by «s_g» «s_f» on «d3_us»; patient statements released to «g_NC».
"""

CLAIM_837 = """837P - outbound batch - ‹Page 1 of 1›
ST*837*0001*005010X222A1~
BHT*0019*00*BAT00412*«d3_x12»*1130*CH~
NM1*40*2*«PAYER_U»*****46*«payerid»~
HL*1**20*1~
NM1*85*2*«CLINIC_U»*****XX*«npi»~
HL*2*1*22*1~
SBR*P**«grp»******CI~
NM1*IL*1*«g_F»*«g_G»*«g_mi»***MI*«g_mem»~
N3*«g_STU»~
N4*«g_TOWN»*«g_stab»*«g_zip»~
DMG*D8*«g_dob8»*«g_sexl»~
NM1*PR*2*«PAYER_U»*****PI*«payerid»~
HL*3*2*23*0~
PAT*19~
NM1*QC*1*«c1_F»*«c1_G»~
DMG*D8*«c1_dob8»*«c1_sexl»~
CLM*«acct»*«b1x»***11:B:1*Y*A*Y*Y~
DTP*431*D8*«d4_x12»~
REF*G1*«auth»~
HI*ABK:«icd1_x»*ABF:«icd2_x»~
NM1*82*1*«r_F»*«r_G»****XX*«npi_r»~
PRV*PE*PXC*‹207Q00000X›~
LX*1~
SV1*«cpt1_hc»*«b1x»*UN*1***1~
DTP*472*D8*«d1_x12»~
LX*2~
SV1*«cpt2_hc»*«b2x»*UN*1***1~
DTP*472*D8*«d2_x12»~
NTE*ADD*SUBSCRIBER EMPLOYED BY «g_EMP» - NOT WORK RELATED~
SE*29*0001~
"""

MEDICAID_271 = """ELIGIBILITY AND BENEFIT RESPONSE (X12 271) - «medicaid»
Inquiry from: «hospital», NPI «npi»     Trace: «trace»     Inquiry date: «d1_us»
SUBSCRIBER
  Name: «p_FCG»     Medicaid ID: «p_mcd»     Medicare MBI: «p_mbi» (dual eligible)
  DOB: «p_dob»     Gender: «p_sexl»     Age: «old»
  Address: «p_STU», «p_TOWN», «p_stab» «p_zip»
  Case number: «case_mcd»     Authorized representative: «g_n» («g_ph»)
ELIGIBILITY
  Active coverage - «medicaid» - managed care plan «mco» from «d4_us»
  Other payer: Medicare Part A and B (primary)
  Member services: «tollfree»
  PCP assigned: «r_md», NPI «npi_r», phone «r_ph»
  Spend-down: «amt» met «d2_us»     Copay: $0.00
RAW
NM1*IL*1*«p_F»*«p_G»****MI*«p_mcd»~
N3*«p_STU»~
N4*«p_TOWN»*«p_stab»*«p_zip»~
DMG*D8*«p_dob8»*«p_sexl»~
DTP*291*D8*«d1_x12»~
EB*1*IND*30**«MCO_U»~
MSG*AUTH REP «g_NC» PHONE «g_ph»~
"""

REFUND_EMAIL = """From: «g_n» <«g_em»>
To: ‹Patient Financial Services›
Date: «d3_dow», «d3_long» 9:14 PM
Subject: Refund request - overpayment on account «acct»

Hi,

I paid «amt» on «d2_md» with my Visa ending in «card4» for my «c1_kid» «c1_n»'s visit on «d1_us». Then
«payer» paid too (member ID «c1_mem») and my statement now shows a credit of «amt2». Can you refund it to the
same card? In case you need it the number is «card_full» exp 09/28 (sorry, I know I shouldn't email this).

If it's easier to mail a check, our new address is «g_st», «g_town», «g_stab» «g_zip» (we moved from
«h_town»).

Thanks,
«g_g»
«g_ph»

> On «d2_long», ‹Patient Financial Services› wrote:
> Dear «g_n», thank you for your payment of «amt» (confirmation «conf»). Please allow 3-5 business days.
> «s_n» | Patient Account Representative | «hospital»
"""

AGING_CSV = """# «hospital» - A/R aging by guarantor - run «d3_us» 06:00 - ‹Central Business Office› - ‹Page 1 of 4›
acct_no,guarantor,patient,pt_dob,last_dos,fin_class,primary_payer,balance,last_pmt_dt,phone,collector
«acct»,"«g_FcG»","«c1_FcG»",«c1_dob»,«d1_us»,COMMERCIAL,«payer»,«b1x»,«d2_us»,«g_ph»,«s_g»
«acct2»,"«p_FcG»","«p_FcG»",«p_dob»,«d4_us»,MEDICAID,«medicaid»,«b2x»,,«p_ph»,«s_g»
«acct3»,"«h_FcG»","«h_FcG»",«h_dob»,«d5_us»,SELF PAY,,«balx»,«d6_us»,«h_ph»,«a_g»
«acct4»,"«t_FcG»","«t_FcG»",«t_dob»,«d2_sh»,COMMERCIAL,«payer2»,«b3x»,,«t_ph»,«a_g»
«acct5»,"«r_FcG»","«q_FcG»",«q_dob»,«d4_sh»,SELF PAY,,«bal2x»,«d3_sh»,«r_ph»,«s_g»
# 5 rows shown of 1,284; totals 0-30 «pct» / 31-60 / 61-90 / 91-120 / 120+ by fin_class on ‹Page 4 of 4›
"""

CHATBOT = """{"session": "web-7f3a", "channel": "patient-portal", "started": "«d3_iso»T19:02:11Z", "audit": "login from «ip» as «g_em»",
 "messages": [
  {"from": "bot", "text": "Hi! I'm ‹Penny›, the virtual billing assistant for «hospital». I can help with balances, payment plans and insurance."},
  {"from": "user", "text": "i got a bill for «bal» and i already paid some of it"},
  {"from": "bot", "text": "I can look that up. Please enter the guarantor's full name and date of birth."},
  {"from": "user", "text": "«g_gl» «g_fl» «g_dobsh»"},
  {"from": "bot", "text": "Thanks! Do you have the account number or the patient's name?"},
  {"from": "user", "text": "acct «acct» its for my «c1_kid» «c1_g», dos «d1_sh»"},
  {"from": "bot", "text": "I found 1 account. Balance: «bal». Last payment «amt» on «d2_mdy»."},
  {"from": "user", "text": "can i use the card ending «card4» thats on file? also new phone «g_ph» and email «g_em»"},
  {"from": "bot", "text": "For your security I can't see saved cards here. You can pay at «url» or set up a payment plan from «monthly» a month."},
  {"from": "user", "text": "also insurance changed, its «payer» now, member id «g_mem» group «grp» thru my job at «g_emp»"},
  {"from": "bot", "text": "Got it. A representative will call you at «g_ph» within 2 business days. Your reference is «ref»."},
  {"from": "user", "text": "my address is «g_st» «g_town» «g_zip» if they need to mail anything"}
 ],
 "handoff": {"assigned_to": "«s_n»", "queue": "‹Customer Service›"}}
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("rc42_eob_text", ["NE", "WA"], "text", EOB),
    ("rc42_patient_statement_stub", ["GA", "MN"], "text", STATEMENT),
    ("rc42_claim_denial_letter", ["TX", "MI"], "text", DENIAL),
    ("rc42_patient_appeal_letter", ["NM", "NC"], "text", APPEAL),
    ("rc42_prior_auth_approval_fax", ["OK", "HI"], "text", PA_FAX),
    ("rc42_payer_call_centre_log", ["AZ", "ND"], "text", CALL_NOTE),
    ("rc42_collections_dunning_letter", ["MI", "GA"], "text", DUNNING),
    ("rc42_payment_plan_bank_draft", ["NC", "NE"], "text", PAYMENT_PLAN),
    ("rc42_charity_care_application", ["TX", "NM"], "text", CHARITY),
    ("rc42_cob_questionnaire", ["WA", "OK"], "text", COB),
    ("rc42_workers_comp_billing_note", ["ND", "TX"], "text", WORKERS_COMP),
    ("rc42_hospital_lien_notice", ["MN", "AZ"], "text", LIEN),
    ("rc42_era_835_excerpt", ["HI", "NC"], "text", ERA_835),
    ("rc42_claim_837p_excerpt", ["GA", "OK"], "text", CLAIM_837),
    ("rc42_medicaid_271_response", ["AZ", "MI"], "text", MEDICAID_271),
    ("rc42_refund_request_email", ["NE", "HI"], "text", REFUND_EMAIL),
    ("rc42_aging_ar_csv_export", ["MN", "WA"], "text", AGING_CSV),
    ("rc42_billing_chatbot_json", ["ND", "NM"], "json", CHATBOT),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    st = locs[index % len(locs)]
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe42:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, st, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, st, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
