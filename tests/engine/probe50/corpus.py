# ruff: noqa: E501  (hand-aligned templates)
"""Fiftieth independent probe corpus: health information inside legal, HR, insurance and law-enforcement
paperwork in English -- from the United States, the United Kingdom, Ireland, Canada, Australia and South Africa
-- as employers, insurers, lawyers, courts, police, coroners, housing officers and immigration doctors write it,
with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an FMLA health-care-provider certification (WH-380-E),
an ADA accommodation / Equality Act reasonable-adjustment request with the occupational-health referral, a fit
note (medical certificate) with the employer's return-to-work letter, a short-term disability claim form (three
parts), a long-term disability / income-protection decision letter, a life insurer's attending physician
statement with underwriting notes, a subpoena duces tecum for medical records, a HIPAA authorisation (with an
e-signature audit line), a court order for a competency / fitness evaluation, a custody evaluation / family
report excerpt, a police incident report with injuries (SAPS, UK force), a traffic crash report (a passenger aged
90+), a medical examiner's / coroner's summary (the deceased aged 90+, a pacemaker serial), a workers'
compensation decision letter, a solicitors' letter of claim for clinical negligence, a housing medical-priority
assessment (a household member aged 90+), an immigration medical examination (I-693 / IRCC IME) and an
occupational-health pre-employment questionnaire.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the subject (patient, employee, claimant,
insured, defendant, child, victim, driver, decedent, applicant, candidate), `r` a relative (spouse, parent, next of
kin, the other parent), `d` the treating doctor, `e` a second clinician (independent examiner, evaluator,
pathologist, physiotherapist, occupational therapist), `a` a lawyer (attorney, solicitor, union or advocacy
representative), `o` an organisation's person (HR contact, adjuster, underwriter, police officer, case manager,
assessment officer), `j` a judge, magistrate or coroner, `s` a staff member (clerk, nurse, paramedic,
interpreter, teacher), `x` `y` other people (the other parent, a suspect, the other driver, a witness, a
manager, a landlord, an agent, a second child, a passenger, a medical director). Forms: `_n` the full name (a US
middle initial inside it), `_g`, `_f`, `_NC` ("WOFFORD, Kendra"), `_cl` ("Wofford, Kendra L."), `_in` ("K.
Wofford"), `_up`, `_hon` (plain), `_ph` `_ph2` `_fax` `_em`, `_line` `_town` `_cty` `_pc` `_addr`, `_nid`
(SSN, NI number, PPSN, SIN, Medicare no., SA identity number), `_hp` (health plan, NHS number), `_lic` (driving
licence), `_dob` (the country's short form) and `_dobl` (long), `_age` (keep, under 90), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- subjects, relatives, children, physicians, examiners, nurses, paramedics,
  attorneys, solicitors, union representatives, adjusters, underwriters, HR contacts, managers, police officers,
  judges, coroners, clerks, process servers, interpreters, witnesses, landlords, agents -- as written: full,
  given or family alone, "FAMILY, Given", initial + family, capitals; a previous (maiden) surname. The name of
  the subject's employer (Safe Harbor lists identifiers of the individual's employers) is NAME too, without
  its legal suffix (LLC, Ltd, (Pty) Ltd: plain text). Honorifics and post-nominals (Mr, Ms, Dr, Esq., M.D.,
  Ph.D., RN, PT, Const., PC, Sgt) are plain text outside the value.
- ADDRESS: street lines, flats / units / stands, towns, suburbs, townlands, an Irish county inside an address,
  a crash or incident location (an intersection, a street), an employer's worksite. ZIP: ZIP and ZIP+4 codes,
  UK postcodes, Eircodes, Canadian postal codes, Australian and South African postcodes.
- States, provinces, the UK's nations and Irish provinces are keep values when written alone ("State of
  Tennessee v.", "licence state: Victoria") and plain text (not scored) as the abbreviation inside an address
  ("TN", "QC", "VIC"); countries are keep.
- DATE: every date more specific than a year (birth, injury, incapacity, admission, service, hearing, death,
  issue, signature, return-to-work, review dates); years alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE: a person's phone and mobile numbers and a named person's direct line; FAX: a named person's fax.
  EMAIL: any person's address. Organisations' switchboards, PO boxes and business addresses are plain text
  (not scored).
- SSN: US Social Security numbers, also as "xxx-xx-1234" (the last four digits are the value). ID: NI numbers,
  PPSNs, SINs, South African identity numbers, NHS numbers, claim, docket / case / court file, report, incident,
  crime-reference, CAS, OB, badge / collar / force numbers, booking, citation, medical-examiner and coroner case,
  toxicology, employee, application, certificate-of-fitness and chain-of-custody numbers, NPIs, A-numbers,
  USCIS online account and receipt numbers, UCIs, IME numbers, passport numbers, housing application
  references, firm numbers, lawyers' file references. MRN: hospital, chart and patient numbers. HEALTH_PLAN:
  health insurance member numbers, MBI, provincial health numbers, RAMQ, Medicare (AU), medical-card (GMS) and
  medical-aid numbers, private-fund membership numbers. ACCOUNT: life, disability and group policy and
  certificate numbers, motor insurance policy numbers. LICENSE: driving licences, medical licences (state
  licence, GMC, IMC, CPSO, AHPRA, HPCSA), bar numbers, nursing and process-server registrations. VEHICLE:
  plates and VINs. DEVICE: implant serial numbers. URL: a person's upload / tracking link. IP: an
  e-signature's IP address.
- Keep (must survive): courts, law firms, insurers, TPAs, hospitals, clinics, police services, agencies,
  councils and occupational-health providers (all invented or generic), diagnoses, ICD-10 codes, drugs and
  doses, injuries, job titles, money amounts, statutes and form numbers, states / provinces alone, countries,
  years, ages under 90.
- Not scored (plain text): honorifics, post-nominals, form labels, times of day, organisations' addresses and
  switchboards, the abbreviation of a state or province inside an address.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe50 import ids
from tests.engine.probe50.people import (
    EMPLOYERS,
    LOCS,
    NAMES,
    K,
    P,
    Person,
    Slot,
    draw_person,
    draw_place,
    fill,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

# ---- keep vocabulary (organisations invented or generic) ------------------------------------------------

INSURERS = {
    "US": ["Cordova Mutual Life", "Keystone Benefit Services", "Pinecrest Life & Disability", "Northbank Assurance Company"],
    "CA": ["Laurentian Benefit Life", "Northbank Assurance Company", "Aspenline Group Benefits"],
    "AU": ["Bluegum Life Insurance", "Harbourline Income Protection", "Coastline Super"],
    "ZA": ["Umhlaba Life Assurance", "Fynbos Life", "Veld & Vlei Assurance"],
    "UK": ["Harbourline Insurance", "Pennant Mutual"],
    "IE": ["Shannonside Assurance", "Harbourline Insurance"],
}
MOTOR = {"US": ["Piedmont Casualty", "Lone Oak Insurance", "Bluebonnet Mutual"], "AU": ["Southern Star Motor Insurance", "Wombat Motor Cover"],
         "CA": ["Aspenline General"], "UK": ["Pennant Mutual"], "IE": ["Shannonside Assurance"], "ZA": ["Fynbos Life"]}  # fmt: skip
LAWFIRMS = {
    "US": ["Hartigan Voss LLP", "Mercer, Oyelaran & Platt, P.C.", "Delacroix Bremer PLLC", "Stanwick & Ruelas LLP"],
    "CA": ["Beaulac Thériault avocats", "Kovacs Brandt LLP"],
    "AU": ["Marrable Quinlan Lawyers", "Tindall Ashcroft Legal"],
    "ZA": ["Van Tonder Mabena Inc.", "Ebrahim Coetsee Attorneys"],
    "UK": ["Ashworth Penrose Solicitors", "Kellaway Strode LLP", "Harkness Yeoman Solicitors"],
    "IE": ["Mac Gréil Dunne Solicitors", "O'Flaherty Keogh Solicitors"],
}
HOSPITALS = {
    "US": ["Hollister Ridge Medical Center", "Saint Brendan Regional Hospital", "Tri-Valley Orthopaedic Associates", "Mercy Lakes Hospital"],
    "CA": ["Hôpital régional du Haut-Pays", "Prairie Sky General Hospital", "Aspen Parkland Health Centre"],
    "AU": ["Ironbark Base Hospital", "Southern Districts Private Hospital", "Riverina Coast Health"],
    "ZA": ["Sekhukhu Provincial Hospital", "Kuilsrivier Mediclinic", "Sunmed Day Hospital"],
    "UK": ["Pennine Valley Hospital", "St Aldhelm's Hospital", "Ynys Wen General Hospital"],
    "IE": ["University Hospital Mid-West", "St Finian's General Hospital", "South Coast Regional Hospital"],
}
CLINICS = {
    "US": ["Riverbend Family Medicine", "Blue Ridge Spine & Pain", "Hollister Ridge Neurology"],
    "CA": ["Clinique médicale des Cèdres", "Prairie Sky Family Practice"],
    "AU": ["Mallee Medical Centre", "Coastal Sports & Spine"],
    "ZA": ["Medicross Family Practice", "Protea Medical Suites"],
    "UK": ["Riverside Surgery", "The Old Forge Medical Practice"],
    "IE": ["Abbey Street Medical Centre", "Quay Family Practice"],
}
COURTS_CIV = {"US": ["Circuit Court for the Sixth Judicial Circuit", "District Court, Fourth Judicial District", "Court of Common Pleas, Civil Division"]}
COURTS_FAM = {"US": ["Superior Court, Family Division", "Court of Common Pleas, Domestic Relations Section"],
              "AU": ["Federal Circuit and Family Court of Australia (Division 2)"]}
COURTS_CR = {"US": ["Criminal Court for the Sixth Judicial District", "Circuit Court, Criminal Division"],
             "CA": ["Ontario Court of Justice", "Provincial Court, Criminal Division"]}
POLICE = {"ZA": "South African Police Service", "UK": "Western Dales Police", "US": "Sheriff's Office, Patrol Division", "AU": "State Highway Patrol",
          "IE": "An Garda Síochána", "CA": "Rural Detachment"}  # fmt: skip
CONDS = [("lumbar radiculopathy", "M54.16"), ("major depressive disorder, recurrent, moderate", "F33.1"), ("rotator cuff tear, right shoulder", "M75.121"),
         ("post-concussion syndrome", "F07.81"), ("type 2 diabetes mellitus with neuropathy", "E11.40"), ("relapsing-remitting multiple sclerosis", "G35"),
         ("Crohn's disease of small intestine", "K50.00"), ("generalised anxiety disorder", "F41.1"), ("bilateral carpal tunnel syndrome", "G56.03"),
         ("primary osteoarthritis, left knee", "M17.12"), ("chronic obstructive pulmonary disease", "J44.9"), ("fibromyalgia", "M79.7"),
         ("chronic migraine without aura", "G43.709"), ("paroxysmal atrial fibrillation", "I48.0"), ("post-traumatic stress disorder", "F43.10")]  # fmt: skip
DRUGS = ["gabapentin 300 mg three times daily", "sertraline 100 mg daily", "duloxetine 60 mg daily", "meloxicam 15 mg daily", "cyclobenzaprine 10 mg at night",
         "metformin 1000 mg twice daily", "ocrelizumab 600 mg IV six-monthly", "adalimumab 40 mg fortnightly", "apixaban 5 mg twice daily",
         "sumatriptan 50 mg as needed", "naproxen 500 mg twice daily", "tiotropium 18 mcg inhaled daily", "pregabalin 75 mg twice daily",
         "prazosin 2 mg at night", "venlafaxine XR 150 mg"]  # fmt: skip
INJURIES = ["laceration to the left forearm (approx. 6 cm)", "swelling and bruising to the right eye socket", "suspected fractured left wrist",
            "abrasions to both knees", "bite mark to the right hand", "blunt trauma to the back of the head", "whiplash-type neck pain",
            "fractured right clavicle", "bruising to the upper arms consistent with gripping"]  # fmt: skip
JOBS = ["forklift operator", "certified nursing assistant", "line cook", "dental lab technician", "CDL truck driver", "care assistant", "HGV driver",
        "warehouse operative", "machine setter", "accounts payable clerk", "site supervisor", "general labourer", "packhouse supervisor", "security officer"]  # fmt: skip
SPECS = ["orthopaedic surgery", "neurology", "psychiatry", "family medicine", "rheumatology", "pain medicine", "occupational medicine", "gastroenterology"]
MONEY = {"US": "$", "CA": "C$", "AU": "A$", "ZA": "R ", "UK": "£", "IE": "€"}

LOCALE: dict[str, dict[str, str]] = {
    "US": {"mdreg": "State license no.", "doc": "Dr.", "adj": "a reasonable accommodation", "law": "Americans with Disabilities Act (ADA)",
           "hrtitle": "HR Business Partner", "fit_title": "STATEMENT OF FITNESS FOR WORK", "benefit": "long-term disability",
           "appeal": "Under Section 503 of ERISA you may request a review of this decision within 180 days of receipt of this letter.",
           "vs": "State of", "prosecutor": "Assistant District Attorney", "order": "ORDER FOR COMPETENCY EVALUATION", "statute": "the applicable competency statute",
           "eval": "custody evaluation", "lic": "DL#", "rego": "plate", "wc": "Bureau of Workers' Compensation", "f7": "Employer's First Report of Injury",
           "f8": "Physician's Report (Form C-4)", "nurse": "RN", "badge": "badge", "rank1": "Dep.", "rank2": "Sgt."},
    "CA": {"mdreg": "CPSO no.", "doc": "Dr.", "adj": "an accommodation", "law": "Human Rights Code", "hrtitle": "HR Advisor",
           "fit_title": "MEDICAL CERTIFICATE", "benefit": "long-term disability", "appeal": "You may appeal this decision in writing within 90 days.",
           "vs": "R. v.", "prosecutor": "Crown counsel", "order": "ASSESSMENT ORDER (FITNESS TO STAND TRIAL)", "statute": "s. 672.11(a) of the Criminal Code",
           "eval": "custody and access assessment", "lic": "Licence no.", "rego": "plate", "wc": "WSIB - Workplace Safety and Insurance Board",
           "f7": "Employer's Report of Injury (Form 7)", "f8": "Health Professional's Report (Form 8)", "nurse": "RN", "badge": "regimental no.",
           "rank1": "Cst.", "rank2": "Cpl."},
    "AU": {"mdreg": "AHPRA reg.", "doc": "Dr", "adj": "reasonable adjustments", "law": "Disability Discrimination Act 1992", "hrtitle": "People & Culture Advisor",
           "fit_title": "WORK CAPACITY CERTIFICATE", "benefit": "income protection",
           "appeal": "If you disagree, you may ask us for an internal review within 60 days, and then contact the Australian Financial Complaints Authority.",
           "vs": "R v", "prosecutor": "Crown prosecutor", "order": "ORDER FOR ASSESSMENT", "statute": "s 62G of the Family Law Act 1975",
           "eval": "family report", "lic": "Licence no.", "rego": "rego", "wc": "WorkSafe Victoria (claims agent)", "f7": "Employer Injury Claim Report",
           "f8": "Certificate of Capacity", "nurse": "RN", "badge": "reg. no.", "rank1": "Sen. Const.", "rank2": "Sgt"},
    "ZA": {"mdreg": "HPCSA no.", "doc": "Dr", "adj": "reasonable accommodation", "law": "Employment Equity Act", "hrtitle": "HR Practitioner",
           "fit_title": "MEDICAL CERTIFICATE", "benefit": "disability income",
           "appeal": "You may lodge an appeal with our Claims Review Committee within 90 days, or approach the Ombudsman for Long-term Insurance.",
           "vs": "The State v", "prosecutor": "Senior Public Prosecutor", "order": "ORDER FOR OBSERVATION", "statute": "s 77 of the Criminal Procedure Act 51 of 1977",
           "eval": "forensic report", "lic": "Licence no.", "rego": "reg. no.", "wc": "Compensation Fund", "f7": "W.Cl.2", "f8": "W.Cl.4",
           "nurse": "Sr", "badge": "force no.", "rank1": "Const.", "rank2": "W/O"},
    "UK": {"mdreg": "GMC no.", "doc": "Dr", "adj": "reasonable adjustments", "law": "Equality Act 2010", "hrtitle": "People Partner",
           "fit_title": "STATEMENT OF FITNESS FOR WORK", "benefit": "group income protection", "appeal": "You may appeal within 12 weeks.",
           "vs": "R v", "prosecutor": "CPS lawyer", "order": "ORDER FOR PSYCHIATRIC REPORT", "statute": "s 35 of the Mental Health Act 1983",
           "eval": "section 7 report", "lic": "Licence no.", "rego": "VRM", "wc": "Industrial Injuries Disablement Benefit", "f7": "RIDDOR report",
           "f8": "fit note", "nurse": "RGN", "badge": "collar no.", "rank1": "PC", "rank2": "DS"},
    "IE": {"mdreg": "IMC no.", "doc": "Dr", "adj": "reasonable accommodation", "law": "Employment Equality Acts 1998-2015", "hrtitle": "HR Manager",
           "fit_title": "MEDICAL CERTIFICATE (ILLNESS BENEFIT)", "benefit": "income protection", "appeal": "You may appeal within 21 days.",
           "vs": "The DPP v", "prosecutor": "State solicitor", "order": "ORDER FOR ASSESSMENT", "statute": "s 4 of the Criminal Law (Insanity) Act 2006",
           "eval": "section 32 report", "lic": "Licence no.", "rego": "reg.", "wc": "Injuries Resolution Board", "f7": "Form IR1", "f8": "Form B",
           "nurse": "RGN", "badge": "Garda no.", "rank1": "Garda", "rank2": "Sgt"},
}  # fmt: skip
MDREG = {"US": "MD%#####", "CA": "%#####", "AU": "MED000%######", "ZA": "MP %######", "UK": "%######", "IE": "%#####"}


def street_name(pattern: str) -> str:
    """The street of an address pattern without its numbers: "%## Redbud Terrace, Unit %@" -> "Redbud Terrace"."""
    name = re.sub(r"^(?:(?:Flat|Unit|Stand) [%#@]+, )?[%#@/]*\s*", "", pattern)
    return re.sub(r", (?:Apt|Unit) .*$", "", name)


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    short = {"US": f"{d:%m/%d/%Y}", "CA": d.isoformat(), "ZA": f"{d:%Y/%m/%d}"}.get(loc, f"{d:%d/%m/%Y}")
    long = f"{d:%B} {d.day}, {d.year}" if loc in ("US", "CA") else f"{d.day} {d:%B %Y}"
    return {"s": P("DATE", short), "l": P("DATE", long), "iso": P("DATE", d.isoformat()), "m3": P("DATE", f"{d.day:02d}-{d:%b-%Y}"),
            "md": P("DATE", f"{d:%B} {d.day}" if loc in ("US", "CA") else f"{d.day} {d:%B}")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    us = w.loc.code
    dobs = date_forms(w.dob, us)
    mid = f" {w.middle}" if w.middle else ""
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family_cap), f"{x}_NC": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_cl": N(f"{w.family_cap}, {w.given}{mid}"), f"{x}_in": N(f"{w.given[0]}. {w.family}"), f"{x}_up": N(w.full.upper()),
        f"{x}_hon": w.hon, f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email), f"{x}_fax": P("FAX", w.fax),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr, f"{x}_region": K(w.region),
        f"{x}_nid": P(w.loc.nid_type, w.nid), f"{x}_nidl": w.loc.nid_label, f"{x}_hp": P("ID" if us == "UK" else "HEALTH_PLAN", w.hplan),
        f"{x}_lic": P("LICENSE", w.licence), f"{x}_dob": dobs["s"], f"{x}_dobl": dobs["l"], f"{x}_age": K(str(age)),
        f"{x}_old": P("AGE", str(age)), f"{x}_sex": "F" if w.female else "M", f"{x}_Sex": "Female" if w.female else "Male",
        f"{x}_child": "daughter" if w.female else "son", f"{x}_sib": "sister" if w.female else "brother", f"{x}_his": "her" if w.female else "his", f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He",
    }  # fmt: skip
    return s


PEOPLE = ("p", "r", "d", "e", "a", "o", "j", "s", "x", "y")
Y = 365
# per kind: age ranges (days) for some people; "p" young -> a child
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "lg50_custody_evaluation_excerpt": {"p": (6 * Y, 12 * Y), "y": (2 * Y, 4 * Y)},
    "lg50_crash_report": {"y": (90 * Y + 30, 97 * Y)},
    "lg50_coroner_me_summary": {"p": (90 * Y + 30, 101 * Y)},
    "lg50_housing_medical_priority": {"y": (90 * Y + 30, 98 * Y)},
}
FEMALE_P = {"lg50_police_incident_report", "lg50_clinical_negligence_letter_of_claim"}
FEMALE_Y = {"lg50_housing_medical_priority"}  # the applicant's mother


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2023, 9, 4) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    ages = AGES.get(kind, {})
    s: dict[str, Slot] = {}
    ppl: dict[str, Person] = {}
    if kind == "lg50_immigration_medical_exam":  # the applicant comes from another of the probe's countries
        other = LOCS[rng.choice([c for c in LOCS if c != loc_code])]
        ppl["p"] = draw_person(rng, loc, used, d1, culture=rng.choice(other.cultures))
        s["cob"] = K(other.country)
    else:
        female = True if kind in FEMALE_P else None
        ppl["p"] = draw_person(rng, loc, used, d1, female=female, age_days=ages.get("p", (24 * Y, 62 * Y)))
    p = ppl["p"]
    if "p" in ages and ages["p"][1] < 18 * Y:  # a child: r is a parent sharing the family name, x the other parent
        ppl["r"] = draw_person(rng, loc, used, d1, female=True, culture=p.culture, age_days=(26 * Y, 45 * Y))
        ppl["x"] = draw_person(rng, loc, used, d1, female=False, culture=p.culture, family=p.family, age_days=(28 * Y, 50 * Y))
    elif "p" in ages:  # a very old subject: r is a son or daughter
        ppl["r"] = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family, age_days=(55 * Y, 70 * Y))
    else:  # r is a spouse sharing the household and (often) the family name
        same = rng.random() < 0.6
        ppl["r"] = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, family=p.family if same else None,
                               home=p, age_days=(24 * Y, 66 * Y))  # fmt: skip
    for x in PEOPLE:
        if x not in ppl:
            female = True if x == "y" and kind in FEMALE_Y else None
            ppl[x] = draw_person(rng, loc, used, d1, female=female, age_days=ages.get(x, (26 * Y, 66 * Y)))
    if kind == "lg50_custody_evaluation_excerpt":  # the second child shares the family name and home
        ppl["y"] = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family, home=ppl["r"], age_days=ages["y"])
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    # dates: d1 the document's date; d2.. around it (before: history; after: deadlines)
    offsets = {"d2": rng.randint(5, 25), "d3": -rng.randint(20, 60), "d4": -rng.randint(61, 120), "d5": -rng.randint(3, 18),
               "d6": rng.randint(30, 90), "d7": -rng.randint(121, 400)}  # fmt: skip
    offsets["d8"] = offsets["d4"] + rng.randint(1, 3)
    for key, off in {"d1": 0, **offsets}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d1 + timedelta(days=off), loc_code).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    c = loc_code
    s["claim"] = F("ID", {"US": "CLM-%#######", "CA": "%#######", "AU": "IP%#######", "ZA": "CL%#######", "UK": "GIP/%#####", "IE": "IPC-%#####"}[c], "%##-#####-##")
    yy, yyyy = f"{d1:%y}", str(d1.year)
    s["docket"] = F("ID", {"US": yy + "-CV-%####", "CA": "CV-" + yy + "-%#####", "AU": "BRC%####/" + yyyy, "ZA": "RC %##/" + yyyy, "UK": "KB-" + yyyy + "-00%###",
                           "IE": yyyy + " %###P"}[c])  # fmt: skip
    s["docket_fam"] = F("ID", {"US": yy + "-DR-%###", "AU": "BRC%####/" + yyyy}.get(c, "FC-" + yy + "-%###"))
    s["docket_cr"] = F("ID", {"US": yy + "-CR-%###", "CA": yyyy + "-%#####"}.get(c, "CR-" + yy + "-%####"))
    s["policy"] = F("ACCOUNT", "LTD-%######", "%#########", "P%##-###-###")
    s["group"] = F("ACCOUNT", "%#####", "GRP-%####", "%####-00#")
    s["cert"] = F("ACCOUNT", "%########", "C-%######")
    s["mpolicy"] = F("ACCOUNT", "%##-####-###", "PA%########")
    s["mpolicy2"] = F("ACCOUNT", "%##-####-###", "MV%#######")
    s["empid"] = F("ID", "E%#####", "%######", "EMP-%####")
    s["mrn"] = F("MRN", {"US": "%#######", "CA": "H%######", "AU": "UR%######", "ZA": "%#########", "UK": "K%######", "IE": "%######"}[c])
    s["npi"] = P("ID", ids.npi(rng))
    s["mdlic"] = P("LICENSE", fill(rng, MDREG[c]))
    s["mdlic2"] = P("LICENSE", fill(rng, MDREG[c]))
    s["bar"] = F("LICENSE", "%#####", "%######")
    s["psl"] = F("LICENSE", "PS-%####", "%###")
    s["sanc"] = F("LICENSE", "%#######", "%######")
    s["badge"] = F("ID", {"US": "%###", "CA": "%####", "AU": "%#####", "ZA": "%######-#", "UK": "%###", "IE": "%####@"}[c])
    s["badge2"] = F("ID", {"US": "%###", "CA": "%####", "AU": "%#####", "ZA": "%######-#", "UK": "%###", "IE": "%####@"}[c])
    s["report"] = F("ID", {"US": "%###-######", "AU": "E%########"}.get(c, "%#-######"))
    s["casref"] = P("ID", f"CAS {rng.randint(11, 899)}/{d1:%m}/{d1.year}") if c == "ZA" else F("ID", "%#/#####/" + f"{d1:%y}", "CR-%#######-" + f"{d1:%y}")
    s["obno"] = F("ID", "OB %##/" + f"{d1:%m}/{d1.year}", "LOG-%#####")
    s["booking"] = F("ID", "%#-######", "BK%#######")
    s["citation"] = F("ID", "@%######", "%########")
    s["mecase"] = F("ID", {"US": f"ME{d1:%y}-%####", "IE": f"CR %##/{d1.year}"}.get(c, "%####/" + str(d1.year)))
    s["toxno"] = F("ID", "TX-%#####", "T%######")
    s["device"] = F("DEVICE", "PJN%######", "RLA%######", "%########S")
    s["houseref"] = F("ID", "HR/%#####", "HA-%######", "%#####/MP")
    s["firmno"] = F("ID", "%#######", "%######")
    s["a_ref"] = F("ID", "MED/%#####", "%####.%##", "CN-%####-##")
    s["coc"] = F("ID", "COC %######", "%#######")
    s["prevclaim"] = F("ID", "%#########", "WC%#######")
    s["appno"] = F("ID", "APP-%#######", "%########")
    s["appno2"] = F("ID", "APP-%#######", "%########")
    s["anum"] = P("ID", rng.choice([fill(rng, "A%########"), fill(rng, "A-%##-###-###"), fill(rng, "A%## ### ###")]))
    s["uoan"] = F("ID", "%###-####-####")
    s["receipt"] = F("ID", "IOE%#########", "MSC%#########")
    s["uci"] = F("ID", "%#-####-####", "%###-####")
    s["ime"] = F("ID", "%#########")
    s["passport"] = F("ID", "%########", "@%#######", "@@%######")
    s["plate"] = P("VEHICLE", ids.plate(rng, c))
    s["plate2"] = P("VEHICLE", ids.plate(rng, c))
    s["vin"] = P("VEHICLE", ids.vin(rng))
    s["vin2"] = P("VEHICLE", ids.vin(rng))
    s["ssn4"] = P("SSN", fill(rng, "%###"))
    s["url"] = P("URL", f"https://upload.{rng.choice(['claimsportal', 'mybenefits', 'securedocs'])}.example/c/{fill(rng, '@@%#@#%@')}".lower())
    s["ip"] = P("IP", f"{rng.choice([24, 67, 73, 98, 108, 174])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    emp, sfx = rng.choice(EMPLOYERS[c])
    emp2, sfx2 = rng.choice([e for e in EMPLOYERS[c] if e[0] != emp])
    s["emp"], s["emp_sfx"], s["emp2"], s["emp2_sfx"] = P("NAME", emp), sfx, P("NAME", emp2), sfx2
    # the employer's worksite: a street of another town of the country
    line, town, _, site_addr = draw_place(rng, loc, used)
    s["site_line"], s["site_town"], s["site_addr"] = P("ADDRESS", line), P("ADDRESS", town), site_addr
    st1, st2 = (street_name(x) for x in rng.sample(loc.streets, 2))
    s["x_st1"], s["x_st2"] = P("ADDRESS", st1), P("ADDRESS", st2)
    # keep values
    hosp = rng.sample(HOSPITALS[c], 2)
    s["hosp"], s["hosp2"] = K(hosp[0]), K(hosp[1])
    s["clinic"] = K(rng.choice(CLINICS[c]))
    ins = rng.sample(INSURERS[c], 2)
    s["insurer"], s["insurer2"] = K(ins[0]), K(ins[1])
    mot = rng.sample(MOTOR[c], min(2, len(MOTOR[c])))
    s["motor"], s["motor2"] = K(mot[0]), K(mot[-1])
    s["lawfirm"] = K(rng.choice(LAWFIRMS[c]))
    for key, table in (("court_civ", COURTS_CIV), ("court_fam", COURTS_FAM), ("court_cr", COURTS_CR)):
        s[key] = K(rng.choice(table.get(c, ["Regional Court"])))
    s["police"] = K(POLICE[c])
    (c1, i1), (c2, i2) = rng.sample(CONDS, 2)
    s["cond"], s["icd"], s["cond2"], s["icd2"] = K(c1), K(i1), K(c2), K(i2)
    for i, v in enumerate(rng.sample(DRUGS, 3), 1):
        s[f"drug{i}"] = K(v)
    inj = rng.sample(INJURIES, 2)
    s["inj"], s["inj2"] = K(inj[0]), K(inj[1])
    s["job"] = K(rng.choice(JOBS))
    s["spec"], s["spec2"] = (K(v) for v in rng.sample(SPECS, 2))
    cur = MONEY[c]
    for i, (lo, hi) in enumerate([(400, 1800), (20000, 250000), (150, 900)], 1):
        s[f"money{i}"] = K(f"{cur}{rng.randint(lo, hi):,}" + (".00" if i == 1 else ""))
    s["country"] = K(loc.country)
    s["year"] = K(str(rng.randint(2009, 2021)))
    s["wage"] = K(f"{cur}{rng.randint(24, 61)}.{rng.choice(['00', '50', '25', '75'])}")
    for k, v in LOCALE[c].items():
        s[f"L_{k}"] = v
    s["L_lawk"] = K(LOCALE[c]["law"])
    s["L_evalk"] = K(LOCALE[c]["eval"].upper())
    s["L_orderk"] = K(LOCALE[c]["order"])
    s["speed"] = K("35 mph" if c == "US" else "60 km/h")
    s["car1"], s["car2"] = ("2016 Ford F-150", "2021 Toyota Camry") if c == "US" else ("2016 Ford Ranger", "2021 Mazda CX-5")
    s["L_fitk"] = K(LOCALE[c]["fit_title"])
    s["prosecution"] = ("State of ", K(p.region)) if c == "US" else "His Majesty the King"
    s["me_office"] = K({"US": "Office of the Chief Medical Examiner"}.get(c, "Coroner's Office"))
    s["coroner_title"] = {"US": "Chief Medical Examiner"}.get(c, "Coroner")
    s["council"] = K({"IE": "Housing Allocations Unit"}.get(c, "Housing Options Service"))
    s["advocacy"] = K({"IE": "Threshold"}.get(c, "Citizens Advice"))
    s["protocol"] = K({"IE": "Civil Liability and Courts Act 2004"}.get(c, "Pre-Action Protocol for the Resolution of Clinical Disputes"))
    s["ohp"] = K({"ZA": "Amandla OccuHealth", "AU": "WorkFit Health"}.get(c, "Fellside Occupational Health"))
    us = c == "US"
    s["imm_form"] = K("Form I-693, Report of Immigration Medical Examination and Vaccination Record" if us else "IMM 1017 - Medical Report: Client Identification and Summary")
    s["imm_id1_label"], s["imm_id1"] = ("A-Number", s["anum"]) if us else ("UCI", s["uci"])
    s["imm_id2_label"], s["imm_id2"] = ("USCIS Online Account Number", s["uoan"]) if us else ("IME number", s["ime"])
    s["imm_role"] = "civil surgeon" if us else "panel physician"
    s["hp_label"] = {"UK": "NHS number", "IE": "Medical card no.", "AU": "Private health fund no."}.get(c, "Health plan no.")
    if kind == "lg50_coroner_me_summary" and c == "US":  # the very old decedent's Medicare Beneficiary Identifier
        s["hp_label"], s["p_hp"] = "Medicare no. (MBI)", P("HEALTH_PLAN", ids.mbi(rng))
    s["L_wck"] = K(LOCALE[c]["wc"])
    return s


# ---- templates -------------------------------------------------------------------------------------------

FMLA = """U.S. Department of Labor                                   ‹DOL Form WH-380-E›
Wage and Hour Division                                     OMB Control Number: 1235-0003
‹CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION›
(Family and Medical Leave Act)

SECTION I - For completion by the EMPLOYER
Employer name and contact: «emp» «emp_sfx», attn. «o_n», Leave & Absence Specialist
  Phone «o_ph» | Fax «o_fax» | «o_em»
Employee's job title: «job»          Regular work schedule: 4 x 10 hrs, Mon-Thu, nights
Employee name: «p_n»                  Employee ID: «empid»
Please return this certification to the employee by «d2_s» (15 calendar days, ‹29 C.F.R. § 825.305›).

SECTION II - For completion by the HEALTH CARE PROVIDER
Your patient has requested leave under the FMLA. Answer fully and completely all applicable parts.
Provider's name and business address: «d_n», M.D., «clinic», Suite 210, 400 Medical Park Dr.
Type of practice / medical specialty: «spec»
Telephone: «d_ph»     Fax: «d_fax»     E-mail: «d_em»
«L_mdreg»: «mdlic»    NPI: «npi»

PART A: MEDICAL INFORMATION
1. Approximate date condition commenced: «d4_s»      Probable duration of condition: 8-12 weeks
   Inpatient care: [X] Yes  admitted «d4_s», discharged «d8_s», «hosp».
   Date(s) you treated the patient for this condition: «d4_s», «d3_s», «d5_s»
   Was medication, other than over-the-counter medication, prescribed? [X] Yes: «drug1»
   Referred to other health care provider(s)? [X] Yes - «e_n», PT (physical therapy), first visit «d2_md».
2. Relevant medical facts: «cond» («icd»); «cond2» («icd2») also under treatment.
   Patient reports pain ‹7/10› and is unable to lift more than ‹10 lb› or stand longer than ‹20 minutes›.

PART B: AMOUNT OF LEAVE NEEDED
3. Continuous incapacity: from «d3_s» through «d6_s».
4. Follow-up treatment: every 2 weeks, ~3 hours per visit incl. travel, through «d6_s».
5. Episodic flare-ups: 1-2 times per month, 1-3 days per episode. Employee's home number on file: «p_ph».

Signature of Health Care Provider: /s/ «d_n»                        Date: «d1_s»
"""

ACCOMMODATION = """From: «p_n» <«p_em»>
To: «o_n» <«o_em»>
Cc: «a_n» <«a_em»>
Date: «d1_l»
Subject: Request for «L_adj» - «job»

Hi «o_g»,

Following my appointment with Dr «d_f» at «hosp» on «d5_l», I'm formally asking for «L_adj» under the «L_lawk».
As you know I have «cond», and the new medication («drug1») makes mornings difficult. What would help:
  1. a sit-stand desk and an ergonomic chair at my workstation;
  2. starting at 10:00 on infusion / treatment days (every other ‹Thursday›);
  3. working from home on Tuesdays - my home address is «p_line», «p_town», if IT needs it for the equipment.
Dr «d_n»'s letter is attached; «d_his» secretary said Occupational Health can reach the clinic on «d_ph».
My employee number is «empid» and the best number for me is «p_ph». «a_g» (my union rep) is copied in.

Thanks,
«p_g»

------------------------------------------------------------------------------------------------
«emp» «emp_sfx» - ‹OCCUPATIONAL HEALTH REFERRAL› (management referral, confidential)
Employee: «p_NC»        DOB: «p_dob»        Manager: «x_n»
Home address: «p_addr»
Referred by: «o_n», «L_hrtitle», on «d1_s»; worksite «site_line», «site_town»
Questions for OH: (a) Is the employee likely to be covered by the «L_lawk»? (b) Which adjustments do you
recommend, and for how long? (c) Is a phased return needed after the absence from «d3_s» to «d5_s»?
OH adviser: «e_n», «L_nurse» - appointment «d2_s» 09:30 (telephone, «p_ph2»).
Current medication: «drug1», «drug2». Diagnosis code on the GP letter: «icd».
"""

FITNOTE = """«L_fitk»
Patient's name: «p_hon» «p_n»                Date of birth: «p_dob»
«p_nidl»: «p_nid»
I assessed your case on: «d5_l»
and, because of the following condition(s): «cond»
I advise you that: [ ] you are not fit for work.
                   [X] you may be fit for work taking account of the following advice:
                   [X] a phased return to work   [X] amended duties   [ ] altered hours   [X] workplace adaptations
Comments, including functional effects of your condition(s): On «drug1» - no driving of company vehicles and no
work at heights. Avoid lifting over ‹10 kg›. Phased hours over ‹4 weeks› suggested («icd»).
This will be the case from «d5_s» to «d6_s».
Doctor's signature: «d_n»        Date of statement: «d5_s»
«clinic» - «L_mdreg» «mdlic»

------------------------------------------------------------------------------------------------
«emp» «emp_sfx»
PRIVATE & CONFIDENTIAL
«p_hon» «p_n»
«p_addr»

«d1_l»

Dear «p_g»,

Return to work meeting - «d2_l» at 10:00

Thank you for sending the certificate dated «d5_s» from Dr «d_f». As discussed when I rang you on «p_ph» on
«d1_md», I would like to meet with you and «x_n» (your line manager) on «d2_l», together with «e_n» from our
occupational health provider, to agree a phased return and the adjustments your doctor recommends. Our records show
you have been absent since «d3_s». You may bring a work colleague or a trade union representative; «a_n» has
already been in touch on your behalf.

Your sick pay entitlement remains «money1» per week until «d6_s». Your job title («job») and pay are unchanged.

Yours sincerely,

«o_n»
«L_hrtitle», «emp» «emp_sfx» - direct dial «o_ph», «o_em»
"""

STDCLAIM = """«insurer»                                         ‹SHORT-TERM DISABILITY CLAIM›
Claim number: «claim»     Received: «d1_s»     Group policy no.: «group»     Certificate no.: «cert»

PART 1 - EMPLOYEE'S STATEMENT
Name (last, first, MI): «p_cl»                  «p_nidl»: «p_nid»
Date of birth: «p_dob»    Sex: «p_sex»    Marital status: married (spouse: «r_n»)
Home address: «p_addr»
Home phone: «p_ph»    Mobile: «p_ph2»    E-mail: «p_em»
Employer: «emp» «emp_sfx»     Occupation: «job»     Date last worked: «d3_s»
Hourly wage: «wage»    Hours per week: ‹40›    Medical plan member ID: «p_hp»
How did your disability occur? «cond»; symptoms began «d4_s»; off work since «d3_s».
Is your condition work-related? [ ] Yes [X] No     Workers' compensation claim filed? [ ] Yes [X] No
Track your claim and upload documents: «url»
I authorize any physician, hospital or employer to release to «insurer» information about my claim.
Signature: «p_n»                                        Date: «d1_s»

PART 2 - EMPLOYER'S STATEMENT
Completed by: «o_n», Benefits Administrator   Phone «o_ph»   «o_em»
Employee ID: «empid»   Date of hire: «d7_s»   Work location: «site_addr»
Last day worked: «d3_s»   Salary continuation: none   Weekly earnings: «money1»

PART 3 - ATTENDING PHYSICIAN'S STATEMENT
Patient: «p_n»    Chart no.: «mrn»
Diagnosis: «cond» (ICD-10 «icd»)   Secondary: «cond2» («icd2»)
First visit for this condition: «d4_s»    Most recent visit: «d5_s»    Next visit: «d2_s»
Medications: «drug1»; «drug2»
Restrictions: no lifting over ‹20 lb›, no repetitive bending; seated work only. Prognosis: ‹fair›.
Estimated return-to-work date: «d6_s»
Physician: «d_n», «spec»    Phone «d_ph»   Fax «d_fax»   «L_mdreg» «mdlic»
"""

DECISION = """«insurer»
Claims Services - PO Box 4419

«d1_l»

PERSONAL AND CONFIDENTIAL
«p_hon» «p_n»
«p_addr»

Claim number: «claim»
Policy number: «policy»
Employer / plan sponsor: «emp» «emp_sfx»

Dear «p_hon» «p_F»,

We have completed our review of your claim for «L_benefit» benefits. We are unable to approve benefits
beyond «d2_l», for the reasons explained below.

Information we reviewed:
  - Attending physician statement from Dr «d_n» dated «d3_l»
  - Office notes from «hosp», «d7_s» to «d5_s»
  - Independent medical examination by Dr «e_n» («spec2») on «d4_l»
  - Our telephone interview with you on «d5_l» (you called from «p_ph»)
  - The job description for «job» provided by «x_n» of «emp»

Dr «e_f» found that your «cond» («icd») does not prevent you from performing the material and substantial duties of
your own occupation as a «job». Your monthly benefit of «money1» has been paid to «d2_s». Dr «d_f» agreed with light duties from «d2_s» in «d_his» letter to us.

«L_appeal»

Your representative, «a_n» of «lawfirm» (file ref. «a_ref»), has been sent a copy of this letter at
«a_em». Your spouse «r_g» asked us to call «r_ph» with any questions; please confirm in writing that we may do so.

Sincerely,

«o_n»
Senior Claims Consultant - direct line «o_ph» | «o_em»
"""

APS = """«insurer» - ‹ATTENDING PHYSICIAN'S STATEMENT› (Life New Business)
Proposed insured: «p_n»          Date of birth: «p_dob»          «p_nidl»: «p_nid»
Application no.: «appno»        Plan: 20-year term life, face amount «money2»
Policy no. (if issued): «policy»
Financial adviser / agent: «x_n», «x_ph»
To the physician: please complete and return to Underwriting, attention «o_n» (fax «o_fax»).
Physician: Dr «d_n»   «L_mdreg» «mdlic»   Tel «d_ph»
1. How long have you known the proposed insured? Since «year».
2. Dates of consultation in the last 5 years: «d7_s», «d4_s», «d3_s»
3. Diagnoses: «cond» («icd»); ‹essential hypertension› (‹I10›)
4. Current medications: «drug1»; «drug2»
5. Last blood pressure: ‹138/86› on «d3_s». ‹BMI 31.2›. Smoker: no (quit «year»).
6. Referrals: «e_n» («spec2»), «hosp», report dated «d5_s»
7. Your file / chart number: «mrn»
Signed: «d_n»                                            Date: «d5_s»

UNDERWRITING NOTES (internal - do not disclose to applicant)
«d1_m3» «o_in»: APS received from Dr «d_f». Applicant «p_F» disclosed «cond» on Part II; MIB code hit, consistent.
«d1_m3» «o_in»: Rx history shows «drug1» filled «d4_s». Spouse «r_n» also applying (app «appno2»), same household.
«d2_m3» «y_in» (medical director): agree rating ‹Table B (+50%)›; re-consider in 3 years. Offer letter to agent «x_f».
"""

SUBPOENA = """«court_civ»

«p_up»,                                                    )
                Plaintiff,                                 )    Case No. «docket»
        v.                                                 )
«x_up» and «emp2» «emp2_sfx»,                              )
                Defendants.                                )

‹SUBPOENA DUCES TECUM FOR PRODUCTION OF MEDICAL RECORDS›

TO: Custodian of Records, «hosp»

YOU ARE COMMANDED to produce the documents described below on or before «d2_l» at 10:00 a.m. at the offices
of «lawfirm», 1200 Commerce Street, Suite 900, or by certified mail with a custodian's affidavit.

Records of:     «p_n»
Date of birth:  «p_dob»          SSN: xxx-xx-«ssn4»
MRN:            «mrn»
Dates:          «d7_s» through the present
Documents:      all records of treatment for «cond» and «cond2», including emergency department records of «d4_s», imaging, billing
                statements, and correspondence with «e_n», M.D. and «d_n», M.D.

Issued at the request of:
«a_n», Esq. (Bar No. «bar»)
«lawfirm» - Attorneys for Plaintiff
Tel. «a_ph»   «a_em»

Date issued: «d1_l»                    «s_n», Clerk of Court      By: «y_n», Deputy Clerk

NOTICE TO PATIENT (‹45 C.F.R. § 164.512(e)(1)(ii)›): written notice was mailed to «p_n» in care of counsel on
«d5_s»; the time to object expired without objection.
PROOF OF SERVICE: served on the custodian on «d1_s» by «o_n», registered process server no. «psl».
"""

HIPAA = """«hosp» - ‹AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION›
Patient name: «p_n»                 Date of birth: «p_dob»            MRN: «mrn»
Other names used: «p_g» «x_f» (previous surname)
Address: «p_addr»
Phone: «p_ph»

1. I authorize: «hosp» and Dr «d_n»
2. to disclose my health information to: «a_n», «lawfirm»; fax «a_fax»; e-mail «a_em»
3. Purpose: legal - personal injury claim (claim no. «claim» with «motor»)
   Insurance member ID: «p_hp»   Treating unit: «spec», ‹Emergency Department›
4. Information to be disclosed: [X] discharge summaries [X] imaging reports [X] billing records
   [X] records dated «d4_s» to «d1_s» only
   Specially protected information (separate initials required): [ ] HIV/AIDS  [ ] psychotherapy notes
   [X] substance use disorder records (‹42 C.F.R. Part 2›)   [X] mental health records
5. This authorization expires on «d6_s» or at the close of the claim, whichever is earlier.
6. I may revoke this authorization in writing at any time, except to the extent action has already been taken.

Signature of patient or personal representative: «r_n»                  Date: «d1_s»
Representative's authority: spouse and health care agent under power of attorney dated «d7_s»
Representative's phone / e-mail: «r_ph» / «r_em»
Witness: «s_n», Health Information Management

[e-signature audit] signed «d1_iso» 14:22:07 UTC by «r_em» from IP «ip»; envelope sent by «s_em»
"""

COURT_ORDER = """«court_cr»

«prosecution»
        v.                                               Case No. «docket_cr»
«p_up»,
        Defendant.

«L_orderk»

This matter came before the Court on «d1_l» on the motion of defense counsel, «a_n» (Bar No. «bar»), with
«L_prosecutor» «x_n» appearing. Having considered the motion, the report of Dr «d_n» dated «d3_s», and the
Court's own observations of the Defendant, the Court finds reasonable grounds to believe the Defendant may be
incompetent to proceed, and ORDERS under «L_statute»:

1. The Defendant, «p_n» (DOB «p_dob»; booking no. «booking»), shall be evaluated by «e_n», Ph.D., licensed
   forensic psychologist, on or before «d2_l».
2. The detaining authority shall transport the Defendant to and from the evaluation.
3. The evaluator shall have access to the Defendant's records at «hosp» (MRN «mrn»), including the admission of
   «d4_s» for «cond», and to the records of «clinic». The Defendant's spouse, «r_n» («r_ph»), may be interviewed.
4. The written report shall be filed under seal no later than «d6_l», with copies to counsel only.
5. This matter is set for a status hearing on «d6_s» at 9:00 a.m. in ‹Courtroom 4B›.
6. Pending the report the Defendant shall continue «drug1» as prescribed by «clinic».

SO ORDERED this «d1_l».

                                                    ______________________________
                                                    «j_n», Judge
Prepared by: «s_n», judicial assistant to Judge «j_f»
"""

CUSTODY = """«L_evalk» - CONFIDENTIAL: NOT TO BE SHOWN TO THE CHILDREN
«court_fam»                                  File no.: «docket_fam»
Parties: «r_n» (mother) and «x_n» (father)
Judicial officer: Judge «j_n»
Children: «p_n», born «p_dobl» (age «p_age»); «y_n», born «y_dobl»
Evaluator: «e_n», clinical psychologist
Children's lawyer / guardian ad litem: «a_n», «lawfirm»

2. SOURCES OF INFORMATION
  - Interviews with the mother on «d4_s» and «d3_s»; with the father on «d3_s» and «d5_s»
  - Home visits: the mother's home at «r_line», «r_town» (ground-floor unit) and the father's home at «x_line», «x_town» («d5_s»)
  - Observation of each parent with the children at the evaluator's rooms
  - Collateral contacts: «s_n» (class teacher); Dr «d_n», the children's family doctor («d_ph»); the father's treating
    psychiatrist «o_n»
  - Records: «hosp», emergency attendance of «p_g» on «d7_s» (arm fracture, fall from trampoline)

4.3 Mental health of the parents
Mr «x_f» reported a diagnosis of «cond» in «year», treated with «drug1». «o_n» confirmed he has attended
regularly since «d7_s» and that there have been no admissions. The mother, Ms «r_f», reported «cond2», for
which she sees Dr «d_f»; she has had no time off work for it since «year».

5. THE CHILDREN'S VIEWS
«p_g» said: "I like Dad's house because of the dog, but I want to stay at my school." «y_g» was too young to
give a view.

6. RECOMMENDATION
Shared parental responsibility; the children to live with the mother, with the father on alternate weekends
and for half of the school holidays; the father to continue treatment for «cond» and to provide «clinic»'s
letters to the children's lawyer every ‹6 months›.
"""

POLICE_REPORT = """«police» - ‹INCIDENT REPORT / STATEMENT OF INJURIES›
Reference: «casref»      OB / log no.: «obno»
Reported: «d1_s» 21:47      Incident: «d1_s» approx. 21:15
Location: outside «x_line», «x_town»
Reporting officer: «L_rank1» «o_n», «L_badge» «badge»

COMPLAINANT / VICTIM
Name: «p_n»      Sex: «p_Sex»      Age: «p_age»      DOB: «p_dob»
«p_nidl»: «p_nid»
Address: «p_addr»      Contact: «p_ph»

SUSPECT
Name: «x_n» (known to victim - former partner), DOB «x_dob», of the same address as the incident location

WITNESS
«y_n», neighbour, «y_ph»

Injuries observed: «inj»; «inj2».   Alcohol: suspect smelled of alcohol.

NARRATIVE
On arrival found the complainant seated on the pavement, conscious and distressed, with «inj» and
«inj2». States she was struck by the suspect with a bottle after an argument about access to their son.
Complainant's «r_sib» «r_n» (tel. «r_ph») arrived at 21:58. Paramedic «s_n» (ambulance on scene 21:52) treated
the complainant at the scene and conveyed her to «hosp» for suturing and X-ray.
Medico-legal examination completed by Dr «d_n» on «d1_s» at «hosp»; injuries recorded as consistent with the
complainant's account. Photographs taken with consent.
Suspect arrested «d1_s» 22:30 and detained. Case handed to investigating officer «L_rank2» «e_n», «L_badge» «badge2»,
tel. «e_ph».
"""

CRASH = """‹TRAFFIC CRASH REPORT›        Agency: «police»        Report no.: «report»
Crash date: «d1_s»     Time: 17:42     Weather: ‹clear›     Road surface: ‹dry›     Speed limit: «speed»
Location: intersection of «x_st1» and «x_st2», «x_town»

UNIT 1 - Driver: «p_n»     DOB: «p_dob»     «L_lic» «p_lic» («p_region»)
  Address: «p_addr»     Phone: «p_ph»
  Vehicle: «car1», «L_rego» «plate», VIN «vin»
  Insurer: «motor», policy «mpolicy»
  Injury: (B) suspected minor injury - complained of neck pain; transported to «hosp» by ambulance.

UNIT 2 - Driver: «x_n»     DOB: «x_dob»     «L_lic» «x_lic»
  Address: «x_addr»     Phone: «x_ph»
  Vehicle: «car2», «L_rego» «plate2», VIN «vin2»
  Insurer: «motor2», policy «mpolicy2»
  Injury: (C) possible injury - chest pain from the seatbelt; declined transport.
  Passenger (front seat): «y_n», age «y_old», «y_addr»
  Injury: (A) suspected serious injury - fractured left hip; transported to «hosp» (paramedic «s_n»).

NARRATIVE: Unit 2 was travelling east on «x_st2» and failed to yield to Unit 1 turning left from «x_st1».
Driver of Unit 2 stated «x_he» did not see Unit 1 because of the low sun. Witness «r_n» («r_ph») confirmed Unit 1
had a green arrow. Unit 2 driver cited for failure to yield (citation no. «citation»).
Investigating officer: «L_rank1» «o_n», «L_badge» «badge»       Reviewed by «L_rank2» «e_n» on «d2_s».
"""

CORONER = """«me_office» - ‹SUMMARY OF FINDINGS›                     Case no.: «mecase»
Deceased: «p_NC»          Sex: «p_Sex»          Age: «p_old»          Date of birth: «p_dob»
Date of death: «d1_l» (pronounced 06:12)
Residence: «p_addr»
Place of death: at home; found by «p_his» carer «s_n» at 05:40, who called emergency services from «s_ph».
Next of kin: «r_n» («r_child»), «r_ph», «r_em»
Identification: visual, by «r_n», on «d1_s».
Usual doctor: Dr «d_n», «clinic»; last seen «d5_s» for «cond2».
Investigator: «o_n», «L_badge» «badge»

HISTORY: The deceased lived alone with daily carer visits. «hp_label»: «p_hp». Known «cond2», on «drug1», with a permanent pacemaker
(serial «device», explanted at post-mortem and returned to the manufacturer). Fall at home on «d3_s», treated
at «hosp» (hospital no. «mrn») for a fractured neck of femur, discharged «d5_s».

POST-MORTEM: performed on «d2_s» by Dr «e_n», consultant pathologist. Toxicology lab no. «toxno»: therapeutic
levels only («drug1», ‹paracetamol›). Heart weight ‹480 g›.
CAUSE OF DEATH: Ia bronchopneumonia; Ib immobility following fractured neck of femur; II «cond2».
MANNER / VERDICT: Accident (misadventure). Reviewed / inquest held on «d6_l» before «j_n», «coroner_title».
"""

WORKCOMP = """«L_wck»
Claims Services - PO Box 2100

«d1_l»

«p_hon» «p_n»
«p_addr»

Claim number: «claim»              Worker: «p_n»           Date of injury: «d4_l»
Employer: «emp» «emp_sfx» (firm no. «firmno»)          «p_nidl»: «p_nid»

Dear «p_hon» «p_F»:

Re: Decision - entitlement to benefits

I have reviewed your claim for a back injury you reported while working as a «job» at «emp»'s site at
«site_line», «site_town» on «d4_s». In making my decision I considered:
  - «L_f7» completed by «o_n», your supervisor, on «d3_s»
  - your statement, taken by telephone on «d5_s» (you called from «p_ph»)
  - «L_f8» from Dr «d_n», «clinic», dated «d3_s»
  - a physiotherapy report from «e_n», PT, dated «d5_s»

DECISION: Your claim is allowed for a ‹lumbar strain› (‹S39.012A›). Your «cond» («icd») is not accepted as
work-related. Loss of earnings benefits are payable from «d4_s» at «money1» per week. Health care: up to 12 physiotherapy sessions with «e_n» and «drug1» are approved.
You are expected to return to modified duties on «d6_s»; «o_g» has confirmed that suitable work is available.
If you disagree with this decision you may object in writing within six months.

Your union representative «a_n» (tel. «a_ph») has your consent to receive copies of this letter.

«s_n», Case Manager
Tel. «s_ph»   E-mail «s_em»
"""

LETTER_OF_CLAIM = """«lawfirm»
Our ref: «a_ref»

«d1_l»

BY EMAIL AND POST
Legal Services Manager
«hosp»

Dear Sirs,

‹LETTER OF CLAIM›
Our client: «p_n»           Date of birth: «p_dob»
«p_nidl»: «p_nid»     Hospital no.: «mrn»     «hp_label»: «p_hp»
Address: «p_addr»

We are instructed by the above-named in connection with a claim for clinical negligence arising from her care at
«hosp» between «d4_l» and «d3_l». This letter is sent in accordance with the «protocol».

SUMMARY OF FACTS
On «d4_l» our client attended the emergency department with right-sided abdominal pain and vomiting. She was seen
by Dr «d_n» (registrar), who diagnosed gastroenteritis and discharged her. She re-attended by ambulance on
«d8_l» with generalised peritonitis.

ALLEGATIONS
It is alleged that Dr «d_f» failed to examine the abdomen adequately and failed to arrange blood tests or
imaging (‹CRP› and ‹white cell count›); had «d_he» done so, ‹acute appendicitis› would have been diagnosed on «d4_s» and our client would have
avoided perforation, peritonitis and a laparotomy performed by «e_hon» «e_n», consultant general surgeon, on «d8_s».
She remained an inpatient until «d3_s».

CAUSATION AND LOSS
We have obtained a report from Dr «x_n», consultant in emergency medicine, dated «d5_s». Our client was off work
from «emp» «emp_sfx» for ‹14 weeks› and has been diagnosed with «cond» («icd»). Special damages to date: «money2». Her husband, «r_n», gave up paid work to
care for her.

Please acknowledge this letter within 14 days, identify who will be dealing with the matter, and provide copies
of our client's records (authority enclosed). Please also confirm your indemnifier's reference.

Yours faithfully,

«a_n», Partner
«lawfirm» - direct line «a_ph» - «a_em»
"""

HOUSING = """«council» - ‹HOUSING REGISTER›: MEDICAL ASSESSMENT FORM
Application ref.: «houseref»

SECTION A - APPLICANT
Name: «p_n»             Date of birth: «p_dob»             «p_nidl»: «p_nid»
Current address: «p_addr»
Tenure: private rented; landlord «x_n», tel. «x_ph»
Phone: «p_ph»          E-mail: «p_em»
Household: «r_n» (partner, DOB «r_dob»); «y_n» (mother, aged «y_old»)

SECTION B - HOW IS HEALTH AFFECTED BY THE CURRENT HOME?
Person affected: «y_n»       Condition(s): «cond»; «cond2»
Second-floor flat with no lift; ‹28 steps› to the front door. Mobility: ‹walking frame›, «drug1». «y_g» has not left the flat since a fall on
«d3_s» and was admitted to «hosp» from «d3_s» to «d5_s». Bathroom too small for the walking frame.
GP: Dr «d_n», «clinic»
Supporting evidence: occupational therapy report from «e_n» dated «d5_s»; letter from Dr «d_f» dated «d4_s».

SECTION C - ASSESSMENT (officer use only)
Assessed by: «o_n», Medical Assessment Officer, on «d1_s».
Outcome: medical priority awarded (ground-floor or lift access, level-access shower). Review date: «d6_s».
Copy to: «a_n», «advocacy» (applicant's advocate), «a_em».
"""

IMMIGRATION = """«imm_form»
Part 1. Information about the applicant
Family name: «p_f»        Given name: «p_g»        Date of birth: «p_dob»        Sex: «p_sex»
Country of birth: «cob»        «imm_id1_label»: «imm_id1»        «imm_id2_label»: «imm_id2»
Passport no.: «passport»
Mailing address: «p_addr»
Daytime phone: «p_ph»        E-mail: «p_em»

Part 2. Interpreter: «s_n», «s_ph» (the applicant did not require one for the history)

Part 3. Examining physician
«d_n», M.D. - «imm_role»        Phone: «d_ph»        E-mail: «d_em»
Examination dates: «d5_s» and «d1_s»

Part 4. Findings
Tuberculosis: interferon-gamma release assay (QuantiFERON) negative, collected «d5_s»; chest X-ray not required.
Syphilis: ‹RPR non-reactive› («d5_s»).   Gonorrhea: ‹NAAT negative›.   Hansen's disease: no signs.
Class B conditions: «cond» - stable, treated with «drug1».
Vaccinations: MMR dose 2 given «d1_s»; Tdap given «d1_s»; varicella - immune by titre; influenza - not in season.
Previous records reviewed: immunisation record from «clinic», and a letter from Dr «e_n» («spec2») dated «d4_s».
Applicant's spouse «r_n» examined the same day (separate report).

Certification: I certify that I performed this examination in accordance with the technical instructions.
Signature: «d_n»        Date: «d1_s»        Sealed envelope handed to the applicant on «d1_s».
"""

PREEMPLOYMENT = """«ohp» - ‹PRE-EMPLOYMENT MEDICAL QUESTIONNAIRE› (medical in confidence)
Prospective employer: «emp» «emp_sfx»      Position: «job»       Site: «site_town»
Candidate: «p_n»            «p_nidl»: «p_nid»            Date of birth: «p_dob»
Address: «p_addr»
Mobile: «p_ph»        E-mail: «p_em»
Emergency contact: «r_n» (spouse), «r_ph»
Medical aid / health fund no.: «p_hp»        Driver's licence: «p_lic» (heavy vehicle)

1. Do you have, or have you ever had: high blood pressure [N]  epilepsy or blackouts [N]  diabetes [N]
   back or neck injury [Y] - ‹lumbar disc prolapse› («year»)   hearing loss [N]   asthma [Y] - mild, ‹salbutamol inhaler›
   other: «cond» («icd»)
2. Current medication: «drug1»
3. Previous injury at work or compensation claim? [Y] - claim «prevclaim» with «emp2» «emp2_sfx», injury «d7_s».
4. Treating doctor: Dr «d_n», «clinic», tel. «d_ph»
Declaration: I, «p_n», declare that the answers above are true. Signed «d1_s».

OCCUPATIONAL HEALTH ASSESSMENT (for clinic use)
Nurse: «s_n», «L_nurse» (registration «sanc»)      Date: «d1_s»
Audiometry: ‹PLH 2.1%›. Spirometry: ‹FEV1/FVC 0.81›. Vision ‹6/6› both eyes, colour normal. BP ‹132/84›.
Urine drug screen: negative (chain-of-custody no. «coc»).
Outcome: FIT WITH RESTRICTIONS - no work at heights pending review by Dr «e_n» («L_mdreg» «mdlic2») on «d2_s».
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("lg50_fmla_wh380e_certification", ["US", "US"], "text", FMLA),
    ("lg50_accommodation_adjustment_request", ["US", "UK"], "text", ACCOMMODATION),
    ("lg50_fit_note_return_to_work", ["UK", "IE"], "text", FITNOTE),
    ("lg50_std_claim_form", ["US", "CA"], "text", STDCLAIM),
    ("lg50_disability_decision_letter", ["US", "AU"], "text", DECISION),
    ("lg50_life_aps_underwriting", ["US", "ZA"], "text", APS),
    ("lg50_subpoena_duces_tecum", ["US", "US"], "text", SUBPOENA),
    ("lg50_hipaa_authorization", ["US", "US"], "text", HIPAA),
    ("lg50_court_ordered_evaluation", ["US", "CA"], "text", COURT_ORDER),
    ("lg50_custody_evaluation_excerpt", ["US", "AU"], "text", CUSTODY),
    ("lg50_police_incident_report", ["ZA", "UK"], "text", POLICE_REPORT),
    ("lg50_crash_report", ["US", "AU"], "text", CRASH),
    ("lg50_coroner_me_summary", ["US", "IE"], "text", CORONER),
    ("lg50_workers_comp_decision", ["CA", "US"], "text", WORKCOMP),
    ("lg50_clinical_negligence_letter_of_claim", ["UK", "IE"], "text", LETTER_OF_CLAIM),
    ("lg50_housing_medical_priority", ["UK", "IE"], "text", HOUSING),
    ("lg50_immigration_medical_exam", ["US", "CA"], "text", IMMIGRATION),
    ("lg50_occ_health_preemployment", ["ZA", "AU"], "text", PREEMPLOYMENT),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe50:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
