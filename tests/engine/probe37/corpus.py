# ruff: noqa: E501  (hand-aligned templates)
"""Thirty-seventh independent probe corpus: pharmacovigilance, clinical research and correctional health text.

36 labelled documents in 18 kinds per seed, two of each: a MedWatch 3500 (voluntary) form with narrative, a
CIOMS I suspect-reaction form, an E2B(R3)-style ICSR XML excerpt, a journal case report ("Case presentation"),
an IRB serious-adverse-event report, a trial screening and enrolment log with the coordinator's pre-screening
call notes stapled on, a REDCap eCRF CSV export with terse field names, a DSMB closed-session SAE listing with
a death narrative, a pharmacy lot-recall patient call list, a VAERS-style report with the family's free text,
a poison-centre exposure call record, a correctional sick-call slip, a jail booking medical intake screen, a
medical examiner's report of investigation, a cancer genetic-counselling pedigree summary, a site/sponsor
query e-mail thread, a Python analysis script with a pasted pandas frame and an R console with a tibble.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` the patient / subject / inmate / decedent / proband, `q` and `r`
relatives or caregivers, `c` `s` `t` `u` `v` other subjects, patients or bystanders, and in the pedigree the
kin `fa` `mo` `gm` `pg` `au` `si` `br` `da` (sharing the proband's or the mother's family name). Forms: `_T`
"Given Family", `_G`, `_F`, `_FcG` "Family, Given", `_FCG` "FAMILY, GIVEN", `_N` "GIVEN FAMILY", `_GmF`
"Given M. Family", `_ini` "G.F." and `_INI` "GF" (initials: plain text, never labelled), `_ph`, `_em`, `_fax`,
`_sid` subject ID, `_mrn`, `_acct`, `_rx`, `_ip`, `_doc` inmate number, `_member`, `_st` `_ST` street,
`_town` `_TOWN`, `_zip`, `_age` (AGE when 90+, plain text under 90), `_agesex` ("93/F": AGE + text, or keep
"67/F"), dates `_dob_*` `_on_*` `_cons_*`. Document dates `d1` (event) `d2` `d3` (drug start) `d4` `d5`
(long before) `d6` (report) and `dob`, each as `_us` 03/14/2024, `_iso`, `_cioms` 14 MAR 2024, `_dmy`
14-Mar-2024, `_e2b` 20240314, `_long` March 14, 2024, `_dm` 14 March 2024, `_md` 3/14, `_lw` March 14.

Labelling policy (decided before any measurement):
- NAME: patients, subjects, inmates, decedents, relatives, caregivers, bystanders and consumer reporters, in
  every written form (an alias too). Clinicians, coordinators, monitors, investigators, sponsor staff,
  officers and pharmacists appear as roles only. A patient's initials ("J.K.") are left unlabelled.
- DATE: every date more specific than a year (birth, onset, dosing, consent, admission, death, report and
  receipt dates, fill dates, release dates). AGE: 90 or more. ADDRESS: street lines and the town a person
  lives in; ZIP. PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN (Medicaid and plan member IDs), ACCOUNT (pharmacy
  and inmate trust accounts), LICENSE (driver's licence), VEHICLE (plate, VIN), DEVICE (implant serial),
  URL (a relative's video link), IP (e-consent IP), CREDENTIAL (REDCap API token).
- ID: trial subject IDs, inmate (DOC) and booking numbers, Rx numbers, and case numbers that point at one
  person (safety-database / manufacturer control numbers, VAERS ID, poison-centre and ME case numbers).
- Keep: drug names and doses, vaccines, MedDRA terms and codes, lot and NDC numbers, protocol, NCT and site
  numbers, study-drug codes, arm codes, study days, query numbers, the sponsor, countries, US states, years
  alone ("since 2009"), weekdays, times of day, ages under 90 ("aged 58", "67/F"), housing units, lab values.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe37 import ids
from tests.engine.probe37.people import STREETS, TOWNS, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DRUGS = [("carbamazepine", "200 mg twice daily"), ("apixaban", "2.5 mg twice daily"), ("empagliflozin", "10 mg daily"),
         ("hydrochlorothiazide", "25 mg daily"), ("amiodarone", "200 mg daily"), ("allopurinol", "300 mg daily"),
         ("donepezil", "10 mg at night"), ("tramadol", "50 mg as needed"), ("ciprofloxacin", "500 mg twice daily"),
         ("sertraline", "50 mg daily"), ("mirtazapine", "15 mg at night"), ("digoxin", "125 mcg daily"),
         ("levetiracetam", "500 mg twice daily"), ("quetiapine", "25 mg at night"), ("metolazone", "2.5 mg daily"),
         ("spironolactone", "25 mg daily")]  # fmt: skip
VACCINES = [("Shingrix", "zoster vaccine recombinant, adjuvanted"), ("Fluzone High-Dose", "influenza vaccine"),
            ("Arexvy", "RSV vaccine, adjuvanted"), ("Prevnar 20", "pneumococcal conjugate vaccine"),
            ("Comirnaty", "COVID-19 vaccine, mRNA")]  # fmt: skip
MEDDRA = [("Hyponatraemia", "10021036"), ("Acute kidney injury", "10069339"), ("Syncope", "10042772"),
          ("Delirium", "10012218"), ("Hypoglycaemia", "10020993"), ("Angioedema", "10002424"),
          ("Thrombocytopenia", "10043554"), ("Drug-induced liver injury", "10072268"), ("Stevens-Johnson syndrome", "10042033"),
          ("Bradycardia", "10006093"), ("Atrial fibrillation", "10003658"), ("Gastrointestinal haemorrhage", "10017955")]  # fmt: skip
INDICATIONS = ["trigeminal neuralgia", "atrial fibrillation", "type 2 diabetes", "gout", "insomnia", "hypertension",
               "Alzheimer's disease", "urinary tract infection", "depression", "heart failure", "epilepsy"]  # fmt: skip
HISTORY = ["hypertension", "chronic kidney disease stage 3", "osteoporosis", "macular degeneration", "hypothyroidism",
           "COPD", "type 2 diabetes", "hip replacement", "atrial fibrillation", "glaucoma"]  # fmt: skip
LABS = ["sodium 117 mmol/L", "creatinine 2.9 mg/dL", "ALT 412 U/L", "platelets 31 x10^9/L", "glucose 38 mg/dL",
        "INR 4.8", "heart rate 38/min", "potassium 6.1 mmol/L", "haemoglobin 7.2 g/dL"]  # fmt: skip
COUNTRIES = ["Portugal", "Finland", "Greece", "Kazakhstan", "Nepal", "Mexico", "Japan", "Lithuania", "Ghana", "Peru",
             "Armenia", "Iceland", "Bulgaria", "Iran", "Sri Lanka", "Senegal"]  # fmt: skip
JOURNALS = ["J Geriatr Drug Saf Rep", "Clin Case Rep Pharmacother", "Ann Pharmacovigil Cases"]
HOUSING = ["Unit 4B, cell 12, lower bunk", "Dorm C, bunk 31", "Pod 2-West, bed 7", "Medical housing, room 3",
           "Block H, tier 2, cell 19"]  # fmt: skip
CAUSES = ["hypertensive and atherosclerotic cardiovascular disease", "complications of acute hyponatraemia",
          "combined drug toxicity (pending toxicology)", "cardiac arrhythmia due to bradycardia"]  # fmt: skip
CANCERS = ["colorectal cancer at 41", "pancreatic cancer at 63", "melanoma at 57", "ovarian cancer at 66",
           "prostate cancer at 68", "breast cancer at 52", "endometrial cancer at 49"]  # fmt: skip
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def date_forms(d: date) -> dict[str, str]:
    mon = d.strftime("%B")
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(), "cioms": f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}",
        "dmy": f"{d.day:02d}-{mon[:3]}-{d.year}", "e2b": d.strftime("%Y%m%d"), "long": f"{mon} {d.day}, {d.year}",
        "dm": f"{d.day} {mon} {d.year}", "md": f"{d.month}/{d.day}", "lw": f"{mon} {d.day}",
    }  # fmt: skip


def _dates(key: str, d: date) -> dict[str, Slot]:
    return {f"{key}_{k}": P("DATE", v) for k, v in date_forms(d).items()}


def _age(n: int) -> Slot:
    return P("AGE", str(n)) if n >= 90 else str(n)


def person_slots(x: str, w: Person, rng: random.Random, site: str, event: date, age: int) -> dict[str, Slot]:
    """Every form of one person: names, contacts, identifiers, address, dates, age and pronouns."""
    g, f = w.given, w.family
    fem = w.female
    town, state, zpat = rng.choice(TOWNS)
    street, suffix = rng.choice(STREETS)
    num = rng.randint(3, 9890)
    st = f"{num} {street} {suffix}" + rng.choice(["", "", f", Apt {rng.randint(1, 24)}{rng.choice('ABC')}"])
    dob = event - timedelta(days=int(365.25 * age) + rng.randint(5, 355))
    cons = event - timedelta(days=rng.randint(20, 400))
    sx = "F" if fem else "M"
    s: dict[str, Slot] = {
        f"{x}_T": P("NAME", w.full), f"{x}_G": P("NAME", g), f"{x}_F": P("NAME", f), f"{x}_FcG": P("NAME", f"{f}, {g}"),
        f"{x}_FCG": P("NAME", f"{f}, {g}".upper()), f"{x}_N": P("NAME", w.full.upper()), f"{x}_GmF": P("NAME", f"{g} {w.middle}. {f}"),
        f"{x}_ini": f"{g[0]}.{f[0]}.", f"{x}_INI": f"{g[0]}{f[0]}",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email), f"{x}_fax": P("FAX", fill(rng, "(%##) %##-####")),
        f"{x}_sid": P("ID", ids.subject_id(rng, site)), f"{x}_mrn": P("MRN", ids.mrn(rng)), f"{x}_acct": P("ACCOUNT", ids.account(rng)),
        f"{x}_rx": P("ID", ids.rx(rng)), f"{x}_ip": P("IP", ids.ip(rng)), f"{x}_doc": P("ID", ids.inmate_no(rng)),
        f"{x}_member": P("HEALTH_PLAN", ids.medicaid(rng)),
        f"{x}_st": P("ADDRESS", st), f"{x}_ST": P("ADDRESS", st.upper()), f"{x}_town": P("ADDRESS", town),
        f"{x}_TOWN": P("ADDRESS", town.upper()), f"{x}_zip": P("ZIP", fill(rng, zpat)), f"{x}_state": K(state),
        f"{x}_age": _age(age), f"{x}_agesex": (P("AGE", str(age)), f"/{sx}") if age >= 90 else K(f"{age}/{sx}"),
        f"{x}_S": sx, f"{x}_Sex": "Female" if fem else "Male", f"{x}_sexcode": "2" if fem else "1",
        f"{x}_she": "she" if fem else "he", f"{x}_She": "She" if fem else "He", f"{x}_her": "her" if fem else "his",
        f"{x}_Her": "Her" if fem else "His", f"{x}_him": "her" if fem else "him", f"{x}_woman": "woman" if fem else "man",
        f"{x}_kid": "daughter" if fem else "son", f"{x}_KID": "DAUGHTER" if fem else "SON", f"{x}_sp": "wife" if fem else "husband",
        f"{x}_sib": "sister" if fem else "brother", f"{x}_gkid": "granddaughter" if fem else "grandson",
        f"{x}_par": "mother" if fem else "father",
    }  # fmt: skip
    s.update(_dates(f"{x}_dob", dob))
    s.update(_dates(f"{x}_on", event))
    s.update(_dates(f"{x}_cons", cons))
    return s


def base_slots(rng: random.Random) -> dict[str, Slot]:
    used: set[str] = set()
    site = str(rng.randint(101, 489))
    d1 = date(2023, 1, 9) + timedelta(days=rng.randrange(880))
    s: dict[str, Slot] = {}
    people = {x: draw_person(rng, used) for x in ("p", "q", "r")}
    p = people["p"]
    people["c"] = draw_person(rng, used, female=p.female)  # also the cellmate
    people.update({x: draw_person(rng, used) for x in ("s", "t", "u", "v")})
    mo = draw_person(rng, used, female=True)
    people.update({"mo": mo, "fa": draw_person(rng, used, family=p.family, female=False),
                   "gm": draw_person(rng, used, family=mo.family, female=True), "au": draw_person(rng, used, family=mo.family, female=True),
                   "pg": draw_person(rng, used, family=p.family, female=True), "si": draw_person(rng, used, family=p.family, female=True),
                   "br": draw_person(rng, used, family=p.family, female=False), "da": draw_person(rng, used, family=p.family, female=True)})  # fmt: skip
    age = rng.randint(90, 104)
    for x, who in people.items():
        a = age if x == "p" else rng.randint(90, 103) if rng.random() < 0.3 else rng.randint(22, 89)
        ev = d1 if x == "p" else d1 + timedelta(days=rng.randint(-240, 240))
        s.update(person_slots(x, who, rng, site, ev, a))
    s["mo_mar"] = P("NAME", f"{mo.given} {p.family}")
    s["p_aka"] = P(
        "NAME",
        f"{rng.choice([g for g in ('Tenzing', 'Norbu', 'Dorje', 'Kanoa', 'Wiroj', 'Jasur', 'Grigor') if g not in used] or ['Yehuda'])} {p.family}".upper(),
    )
    # the patient's own timeline
    days = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(1, 12)), "d3": d1 - timedelta(days=rng.randint(9, 80)),
            "d5": d1 - timedelta(days=rng.randint(200, 2000))}  # fmt: skip
    days["d4"] = days["d2"] + timedelta(days=rng.randint(3, 30))
    days["d6"] = days["d4"] + timedelta(days=rng.randint(2, 30))
    for key, d in days.items():
        s.update(_dates(key, d))
    for k in list(s):
        if k.startswith("p_dob_"):
            s[k.removeprefix("p_")] = s[k]
    dob2 = date.fromisoformat(s["p_dob_iso"].value) + timedelta(
        days=rng.choice([-1, 1]) * rng.randint(300, 420)
    )  # type: ignore[union-attr]
    s.update(_dates("dob2", dob2))
    # a younger person's birth date (inmates, the pedigree's proband) and the pedigree's keep ages
    s.update(_dates("ydob", d1 - timedelta(days=int(365.25 * rng.randint(19, 58)) + rng.randint(5, 355))))
    s["k_age_fa"], s["k_age_mo"] = K(f"aged {rng.randint(62, 88)}"), K(f"aged {rng.randint(60, 87)}")
    s["k_age_si"], s["k_age_da"] = K(f"{rng.randint(21, 55)}-year-old"), K(f"aged {rng.randint(2, 17)}")
    s["age"] = P("AGE", str(age))
    s["age2"] = P("AGE", str(age + 1 if age < 100 else age - 1))
    s["age3"] = P("AGE", str(rng.choice([a for a in range(90, 106) if a not in (age, age + 1, age - 1)])))
    for k in ("st", "ST", "town", "TOWN", "zip", "state", "sid", "mrn", "acct", "doc", "member"):
        s[k] = s[f"p_{k}"]
    s["k_state"] = s["p_state"]
    s["caseid"], s["vaers"], s["pc_case"], s["me_case"] = (P("ID", ids.safety_case(rng)), P("ID", ids.vaers_id(rng)),
                                                           P("ID", ids.poison_case(rng)), P("ID", ids.me_case(rng)))  # fmt: skip
    s["booking"], s["ssn"], s["dl"] = (
        P("ID", ids.booking_no(rng)),
        P("SSN", ids.ssn(rng)),
        P("LICENSE", ids.licence(rng)),
    )
    s["plate"], s["vin"], s["dev"] = (
        P("VEHICLE", ids.plate(rng)),
        P("VEHICLE", ids.vin(rng)),
        P("DEVICE", ids.device_serial(rng)),
    )
    s["trust"], s["token"] = P("ACCOUNT", ids.account(rng)), P("CREDENTIAL", ids.api_token(rng))
    handle = f"{people['q'].given.lower()[:5]}{rng.randint(100, 999)}"
    s["url"] = P("URL", ids.video_url(rng, handle))
    # keep values
    a, b = fill(rng, "%###"), fill(rng, "%##")
    s["k_site"], s["k_dag"], s["k_sitenum"] = K(f"Site {site}"), K(f"site_{site}"), f"site{site}"
    s["k_proto"], s["k_code"], s["k_nct"] = K(f"ZNT-{a}-{b}"), K(f"ZNT-{a}"), K("NCT0" + fill(rng, "%######"))
    s["k_sponsor"] = K("Zenthera Pharmaceuticals, Inc.")
    s["k_lot1"], s["k_lot2"], s["k_ndc"] = (
        K(fill(rng, "@@%###")),
        K(fill(rng, "@%##@#")),
        K(fill(rng, "%####-###-##")),
    )
    s["k_query"], s["k_query2"] = K(fill(rng, "Q-%####")), K(fill(rng, "Q-%####"))
    for i, (name, dose) in enumerate(rng.sample(DRUGS, 3), 1):
        s[f"k_drug{i}"], s[f"k_dn{i}"] = K(f"{name} {dose}"), K(name)
    for i, (term, code) in enumerate(rng.sample(MEDDRA, 3), 1):
        s[f"k_pt{i}"], s[f"k_ptc{i}"] = K(term), K(code)
    vax, generic = rng.choice(VACCINES)
    s["k_vaxname"], s["k_vax"] = K(vax), K(f"{vax} ({generic})")
    s["k_ind"] = K(rng.choice(INDICATIONS))
    h1, h2 = rng.sample(HISTORY, 2)
    s["k_hx1"], s["k_hx2"] = (
        K(f"{h1} since {rng.randint(1994, 2012)}"),
        K(f"{h2} since {rng.randint(1994, 2012)}"),
    )
    s["k_lab1"], s["k_lab2"] = (K(v) for v in rng.sample(LABS, 2))
    c1, c2 = rng.sample(COUNTRIES, 2)
    s["k_country"], s["k_country2"], s["k_inyear"] = K(c1), K(c2), K(f"in {rng.randint(1961, 1989)}")
    w1, w2 = rng.sample(WEEKDAYS, 2)
    s["k_wd"], s["k_wd2"] = K(w1), K(w2)
    s["k_journal"], s["k_housing"], s["k_cod"] = (
        K(rng.choice(JOURNALS)),
        K(rng.choice(HOUSING)),
        K(rng.choice(CAUSES)),
    )
    n1, n2, n3 = rng.sample(range(24, 89), 3)
    s["k_age1"], s["k_age2"], s["k_age3"] = K(f"aged {n1}"), K(f"aged {n2}"), K(f"{n3}-year-old")
    for i, cancer in enumerate(rng.sample(CANCERS, 4), 1):
        s[f"k_ca{i}"] = K(cancer)
    for i, n in enumerate(sorted(rng.sample(range(8, 380), 5)), 1):
        s[f"k_day{i}"] = K(f"Day {n}")
    return s


# ---- templates -------------------------------------------------------------------------------------------

MEDWATCH = """MEDWATCH - FORM FDA 3500 (VOLUNTARY REPORTING) - transcribed into the safety database on «k_wd»
A. PATIENT INFORMATION
  1. Patient identifier: «p_ini»   (in confidence)
  2. Age: «age» years   or Date of birth: «dob_us»
  3. Sex: «p_Sex»   4. Weight: ‹58 kg›
B. ADVERSE EVENT, PRODUCT PROBLEM
  1. [x] Adverse event   [ ] Product problem   [ ] Product use/medication error
  2. Outcome attributed to adverse event: [x] Hospitalization - initial or prolonged
  3. Date of event: «d1_us»   4. Date of this report: «d6_us»
  5. Describe event or problem:
     A «age»-year-old «p_woman» from «town», «k_state» experienced «k_pt1» after starting «k_drug1» on «d3_long»
     for «k_ind». On «d1_long» «p_her» «q_kid» «q_T» found «p_him» confused on the kitchen floor at «st» and
     called 911; the neighbour, «r_T», had last seen «p_him» well the evening before. «k_lab1» on arrival.
     «k_dn1» was stopped and «p_she» was discharged home on «d4_long». ‹Dechallenge positive›.
  6. Relevant tests/laboratory data: «k_lab2» («d2_us»)
  7. Other relevant history, including preexisting medical conditions: «k_hx1»; «k_hx2»; ‹lives alone›
D. SUSPECT PRODUCT(S)
  1. Name, strength, manufacturer: «k_drug1»   NDC # «k_ndc»   Lot # «k_lot1»
  2. Dose or amount / frequency / route: ‹once daily, oral›
  3. Dates of use: from «d3_us» to «d1_us»   Concomitant: «k_drug2»
E. SUSPECT MEDICAL DEVICE (implanted, for context)
  Brand name: ‹Cardiolux SR› pacemaker   Serial #: «dev»   Implant date: «d5_us»
G. REPORTER
  1. Name and address: «q_T», «q_st», «q_town», «q_state» «q_zip»
     Phone: «q_ph»   Email: «q_em»
  2. Health professional? [ ] Yes [x] No   3. Occupation: ‹retired bus driver›
  4. Also reported to: [x] Manufacturer/Compounder
"""

CIOMS = """CIOMS FORM - SUSPECT ADVERSE REACTION REPORT                              Mfr control no. «caseid»
I. REACTION INFORMATION
1. PATIENT INITIALS (first, last): «p_INI»   1a. COUNTRY: «k_country»   2. DATE OF BIRTH: «dob_cioms»
2a. AGE: «age» Years   3. SEX: «p_S»   3a. WEIGHT: ‹64 kg›   4-6. REACTION ONSET: «d1_cioms»
7 + 13. DESCRIBE REACTION(S) (including relevant tests/lab data)
Spontaneous report from a consumer, the patient's «q_gkid» «q_T» («q_em»), concerning a «age»-year-old
«p_woman» who lived with «p_her» «r_sp» «r_T» at «st», «town». The patient started «k_drug1» on «d3_cioms»
for «k_ind». On «d1_cioms» «p_she» developed «k_pt1» (MedDRA PT, code «k_ptc1») and was admitted on «d2_cioms».
«k_lab1». The patient died on «d4_cioms»; no autopsy was performed. The reporter considered the event related.
8-12. CHECK ALL APPROPRIATE TO ADVERSE REACTION: [x] PATIENT DIED  [x] INVOLVED OR PROLONGED INPATIENT HOSPITALISATION
II. SUSPECT DRUG(S) INFORMATION
14. SUSPECT DRUG(S) (include generic name): «k_drug1» (batch «k_lot1»)
15. DAILY DOSE(S): ‹1 tablet›   16. ROUTE(S) OF ADMINISTRATION: ‹oral›   17. INDICATION(S) FOR USE: «k_ind»
18. THERAPY DATES (from/to): «d3_cioms» / «d1_cioms»   19. THERAPY DURATION: ‹unknown›
III. CONCOMITANT DRUG(S) AND HISTORY
22. CONCOMITANT DRUG(S) AND DATES OF ADMINISTRATION: «k_drug2»; «k_drug3»
23. OTHER RELEVANT HISTORY: «k_hx1»; «k_hx2»; moved from «k_country2» «k_inyear»
IV. MANUFACTURER INFORMATION
24a. NAME AND ADDRESS OF MANUFACTURER: «k_sponsor»
24b. MFR CONTROL NO.: «caseid»   24c. DATE RECEIVED BY MANUFACTURER: «d2_cioms»
24d. REPORT SOURCE: [ ] STUDY [ ] LITERATURE [ ] HEALTH PROFESSIONAL [x] CONSUMER
DATE OF THIS REPORT: «d6_cioms»   25a. REPORT TYPE: [x] INITIAL [ ] FOLLOWUP
Reporter contact (internal, not transmitted): «q_ph»; second contact «r_T» «r_ph»
"""

E2B = """<?xml version="1.0" encoding="UTF-8"?>
<!-- ICH E2B(R3)-style ICSR excerpt exported from the safety database on «k_wd» -->
<ichicsr lang="en">
 <safetyreport>
  <safetyreportid>«caseid»</safetyreportid>
  <receivedate dateformat="102">«d2_e2b»</receivedate>
  <primarysource>
   <reportergivename>«q_G»</reportergivename>
   <reporterfamilyname>«q_F»</reporterfamilyname>
   <reporterstreet>«q_st»</reporterstreet>
   <reportercity>«q_town»</reportercity>
   <reporterstate>«q_state»</reporterstate>
   <reporterpostcode>«q_zip»</reporterpostcode>
   <reportertel>«q_ph»</reportertel>
   <reporterfax>«q_fax»</reporterfax>
   <qualification>5</qualification>
  </primarysource>
  <patient>
   <patientinitial>«p_INI»</patientinitial>
   <patientmedicalrecordnumb>«mrn»</patientmedicalrecordnumb>
   <patientinvestigationnumb>«sid»</patientinvestigationnumb>
   <patientbirthdate dateformat="102">«dob_e2b»</patientbirthdate>
   <patientonsetage>«age»</patientonsetage>
   <patientonsetageunit>801</patientonsetageunit>
   <patientsex>«p_sexcode»</patientsex>
   <reaction>
    <primarysourcereaction>«k_pt1»</primarysourcereaction>
    <reactionmeddrapt>«k_ptc1»</reactionmeddrapt>
    <reactionstartdate dateformat="102">«d1_e2b»</reactionstartdate>
    <reactionoutcome>1</reactionoutcome>
   </reaction>
   <drug>
    <medicinalproduct>«k_drug1»</medicinalproduct>
    <drugbatchnumb>«k_lot1»</drugbatchnumb>
    <drugstartdate dateformat="102">«d3_e2b»</drugstartdate>
    <drugenddate dateformat="102">«d1_e2b»</drugenddate>
    <drugindication>«k_ind»</drugindication>
   </drug>
   <summary>
    <narrativeincludeclinical>Consumer report from «q_T», «q_kid» of the patient. «p_T», «age», who lives alone at «st», «town» «zip», started «k_drug1» on «d3_long» and developed «k_pt1» on «d1_long»; admitted to hospital on «d2_long» and recovered. Study «k_proto» participant. The patient's «r_kid» «r_T» can be reached at «r_em».</narrativeincludeclinical>
   </summary>
  </patient>
 </safetyreport>
</ichicsr>
"""

JOURNAL = """«k_journal» | Case Report | Open Access
‹Late-onset› «k_pt1» in a nonagenarian receiving «k_dn1»: a case report
Keywords: «k_dn1»; «k_pt1»; pharmacovigilance; nonagenarian; adverse drug reaction

Background
«k_pt1» is a recognised but rare reaction to «k_dn1». We describe a patient in whom it appeared after several
weeks of treatment, and review the cases reported to the ‹FAERS› database.

Case presentation
A «age»-year-old «p_woman» born in «k_country», living independently in «town», «k_state», was brought to our
emergency department on «d1_dm» by «p_her» «q_gkid», «q_T». «p_She» had started «k_drug1» on «d3_dm» for
«k_ind». «p_Her» history included «k_hx1» and «k_hx2». On admission: «k_lab1», «k_lab2». «k_dn1» was withdrawn.
«p_She» was discharged on «d2_dm» to the care of «p_her» «r_kid», «r_GmF», at «r_st», «r_town», and was well at
the follow-up visit on «d4_dm», by which time «p_she» had turned «age2».

Figure 1. Timeline of events. Burned-in label on the source image: "«p_FCG»  MRN «mrn»  DOB «dob_us»".

Consent for publication
Written informed consent was obtained from the patient and from «p_her» «q_gkid» «q_T» (correspondence: «q_em»).
"""

IRB_SAE = """INSTITUTIONAL REVIEW BOARD - SERIOUS ADVERSE EVENT / UNANTICIPATED PROBLEM REPORT
Protocol: «k_proto»   ClinicalTrials.gov: «k_nct»   «k_site»   Sponsor: «k_sponsor»
Submitted by: study coordinator on behalf of the site principal investigator   Submission date: «d6_us»
1. Subject ID: «sid»   Initials: «p_ini»   Date of birth: «dob_us»   Age at event: «age»
2. Date of consent: «d5_us»   Study drug: «k_code» (blinded)   Last dose before event: «d1_us»
3. Event term (MedDRA PT): «k_pt1» («k_ptc1»)   ‹CTCAE grade 3›   Onset: «d1_us»   Site aware: «d2_us»
4. Seriousness: [x] required hospitalisation   Expected: [ ] yes [x] no   Relatedness: ‹possibly related›
5. Narrative:
On «d1_long» the subject's «q_sp», «q_T», telephoned the coordinator from «q_ph» to say that the subject had
collapsed at home («st», «town» «zip»). EMS took «p_him» to the nearest emergency department, where «p_she» was
admitted under hospital MRN «mrn». «k_lab1». Study drug was interrupted on «d2_us» and restarted on «d4_us».
A second subject at this site, «s_sid» («s_T»), had a similar event on «s_on_us» and is reported separately.
6. Emergency contact on file: «r_T» («r_kid»), «r_ph», «r_em»
7. Does this event change the risk/benefit ratio? ‹No›   Consent form revision needed? ‹No›
"""

SCREENING = """SUBJECT SCREENING AND ENROLMENT LOG   Protocol «k_proto»   «k_site»   page 2 of 5
Instructions: list every person who signed consent, in order. Do not record names on this log.
Subject ID | Initials | Date of birth | Age | Consent    | Status         | Screen-fail reason
«p_sid» | «p_ini» | «p_dob_us» | «p_age» | «p_cons_us» | Enrolled       | -
«c_sid» | «c_ini» | «c_dob_us» | «c_age» | «c_cons_us» | Screen failure | ‹eGFR below 30›
«s_sid» | «s_ini» | «s_dob_us» | «s_age» | «s_cons_us» | Enrolled       | -
«t_sid» | «t_ini» | «t_dob_us» | «t_age» | «t_cons_us» | Withdrawn      | ‹withdrew consent›
«u_sid» | «u_ini» | «u_dob_us» | «u_age» | «u_cons_us» | Screen failure | ‹QTcF above 470 ms›
Pre-screening call notes (coordinator's scratch sheet, stapled to the log by mistake):
- «v_T», referred by the heart failure clinic, «v_ph»; lives in «v_town»; wants «k_wd» visits only
- «u_FcG» - voicemail twice, try «u_her» «q_sp» «q_G» on «q_ph»
- «c_T» (= «c_sid»): «c_her» «r_kid» «r_T» drives, call «r_ph» the day before
- «p_G» asked whether «p_her» «k_drug2» can continue; age «age», so check the ‹over-85 cohort› cap
"""

REDCAP = """# REDCap data export - project "«k_proto» eCRF" - report 'SAE + contacts' - exported on «k_wd» by the data manager
record_id,redcap_data_access_group,redcap_event_name,consent_dt,first_nm,last_nm,dob,age_cons,sex,zip_cd,cell_ph,email_addr,econsent_ip,ae_term,ae_meddra,ae_onset_dt,ae_grade,cm_name
«p_sid»,«k_dag»,screening_arm_1,«p_cons_iso»,«p_G»,«p_F»,«p_dob_iso»,«p_age»,«p_S»,«p_zip»,«p_ph»,«p_em»,«p_ip»,«k_pt1»,«k_ptc1»,«p_on_iso»,3,«k_drug1»
«c_sid»,«k_dag»,week_4_arm_1,«c_cons_iso»,«c_G»,«c_F»,«c_dob_iso»,«c_age»,«c_S»,«c_zip»,«c_ph»,«c_em»,«c_ip»,«k_pt2»,«k_ptc2»,«c_on_iso»,2,«k_drug2»
«s_sid»,«k_dag»,week_12_arm_1,«s_cons_iso»,«s_G»,«s_F»,«s_dob_iso»,«s_age»,«s_S»,«s_zip»,«s_ph»,«s_em»,«s_ip»,«k_pt3»,«k_ptc3»,«s_on_iso»,4,«k_drug3»
"""

DSMB = """DSMB CLOSED SESSION REPORT - Protocol «k_proto» («k_code») - ‹Listing 14.3.2.1› Serious adverse events
Arm codes remain blinded to the open session. Prepared by the unblinded statistician; sites identified by number only.
Subject ID  Age/Sex  Arm    Preferred term (code)                       Onset        Study day  Grade  Outcome
«p_sid»  «p_agesex»  ‹Arm A›  «k_pt1» («k_ptc1»)  «p_on_dmy»  «k_day3»  5  Fatal
«c_sid»  «c_agesex»  ‹Arm B›  «k_pt2» («k_ptc2»)  «c_on_dmy»  «k_day1»  3  Recovered
«s_sid»  «s_agesex»  ‹Arm A›  «k_pt3» («k_ptc3»)  «s_on_dmy»  «k_day4»  3  Recovering
«t_sid»  «t_agesex»  ‹Arm B›  «k_pt1» («k_ptc1»)  «t_on_dmy»  «k_day2»  4  Recovered with sequelae
«u_sid»  «u_agesex»  ‹Arm A›  «k_pt2» («k_ptc2»)  «u_on_dmy»  «k_day5»  3  Not recovered

Narrative, subject «p_sid» (death): the subject, a «age»-year-old «p_woman» from «town», «k_state», enrolled at
«k_site» on «d5_dmy», was found unresponsive at home by «p_her» «q_kid» «q_T» on «d1_dmy» and pronounced dead on
arrival. Last study-drug dose «d3_dmy». The family (contact «q_ph») declined autopsy; the medical examiner
(case «me_case») certified «k_cod». Investigator assessment: ‹not related›.
"""

RECALL = """RX RECALL NOTIFICATION - PATIENT-LEVEL CALL LIST                                 printed «k_wd»
Product: «k_drug1», NDC «k_ndc», LOT «k_lot1» (Class II - sub-potent)   Replacement lot: «k_lot2»
Pharmacist-in-charge to initial each call. Patients return unused tablets; do not discard.

Patient                      Acct         DOB          Phone             Rx#         Last fill     Outcome
«p_FcG»  «p_acct»  «p_dob_us»  «p_ph»  «p_rx»  «p_on_us»  LM x2
«c_FcG»  «c_acct»  «c_dob_us»  «c_ph»  «c_rx»  «c_on_us»  Spoke w/ pt
«s_FcG»  «s_acct»  «s_dob_us»  «s_ph»  «s_rx»  «s_on_us»  No answer
«t_FcG»  «t_acct»  «t_dob_us»  «t_ph»  «t_rx»  «t_on_us»  Transferred

Notes:
- «p_T» is «age»; «p_her» «q_kid» «q_T» manages the pill box, call «q_ph» first. Deliver replacement to «st», «town» «zip».
- «s_G» «s_F»: wrong number on file? try e-mail «s_em».
- «t_T» moved to mail order on «k_wd2»; plan member ID «t_member». Swap ‹90 tablets›.
"""

VAERS = """VACCINE ADVERSE EVENT REPORT (VAERS-style transcription)                   VAERS ID: «vaers»
Item 1. Patient name: «p_GmF»
Item 2. Address: «st», «town», «k_state» «zip»   Item 3. Telephone: «p_ph»
Item 4. Date of birth: «dob_us»   Item 5. Age at vaccination: «age» years   Item 6. Sex: «p_S»
Item 7. Date and time of vaccination: «d3_us» ‹10:40 AM›   Item 8. Date and time adverse event started: «d1_us»
Item 9. Vaccine: «k_vax», lot «k_lot1», dose 2, route IM, site ‹left deltoid›
Item 10. Vaccinated at: pharmacy (store number on file)
Item 18. Describe the adverse event(s), treatment, and outcome(s):
this is «p_her» «q_kid» «q_G» writing. my «p_par» got the «k_vaxname» shot on «k_wd» «d3_lw» and by the next morning «p_she»
could not lift «p_her» arm and was shaking with fever. my cousin «r_T» drove «p_him» to urgent care on «d1_lw», they
said «k_pt1» and sent «p_him» home on «k_drug2». «p_she» is «age» and lives by «p_him»self so «r_G» stayed over.
I uploaded a video of the shaking to «url» so the doctors can see it.
Item 21. Outcome: ‹recovered› on «d2_us»
Item 24. Form completed by: «q_T» («q_kid»), «q_em», «q_ph»
"""

POISON = """REGIONAL POISON CENTER - EXPOSURE CALL RECORD                  Case #: «pc_case»   SPI on duty (name on file)
Call date/time: «d1_us» ‹21:47›   Caller: «q_T» («p_her» «q_gkid»)   Callback: «q_ph»
Caller site: own residence - «st», «town» «zip»
Patient 1: «p_T», «age» y, «p_S», 48 kg    Patient 2: «c_G» «c_F», ‹aged 3›, ‹14 kg›
Substance(s): «k_drug1» (pt 1); same tablets, up to 2 (pt 2)   Route: ingestion
Reason: unintentional - therapeutic error (pt 1); unintentional - exploratory (pt 2)
History: pt 1's weekly pill organiser was filled on «k_wd» by «r_T» from the home-care agency; pt 1 took
«k_wd2»'s and today's doses together. Great-grandchild «c_G» was found at «c_her» feet with the organiser open.
Recommendations: pt 1 to ED by EMS for ECG and levels; pt 2 observe at home 6 h, call back if drowsy.
Follow-up 1 «d2_us» ‹02:10›: spoke with «q_G» - pt 1 in ED, «k_lab1», admitted for monitoring.
Follow-up 2 «d2_us» ‹09:30›: pt 2 asymptomatic; «c_her» parent «s_T» («s_ph») now at home with «c_him».
Outcome: pt 1 moderate effect, pt 2 no effect. Case closed «d4_us».
"""

SICK_CALL = """DEPARTMENT OF CORRECTIONS - HEALTH SERVICES REQUEST FORM ("SICK CALL SLIP")
Name (print): «p_FCG»   DOC #: «doc»   Housing unit / bed: «k_housing»   Date: «d1_us»
Describe your health problem (in your own words):
my back been hurting bad since «d3_md» and the «k_dn1» they give me at pill line aint helping. my celly «c_T»
(DOC «c_doc») says i was hollering in my sleep. my «q_par» «q_T» called the front office «k_wd» «q_she» has no car
and cant drive up here, please call «q_him» at «q_ph». i need the bottom bunk pass renewed.
Inmate signature: «p_T»          DOC #: «doc»
------------------------------- FOR HEALTH SERVICES USE ONLY -------------------------------
Received «d1_us» ‹0540› by the sick-call LPN. Triage: [x] routine  [ ] urgent  [ ] emergent
S: pain x 2 weeks, worse at night. «q_par» «q_G» also phoned; release of information on file.
O: ‹BP 142/88›, ‹T 98.4›, gait steady.   A: mechanical back pain; «k_hx1».   P: «k_drug2»; bottom bunk pass x 90 days.
Referred to the mid-level provider for «d2_us». Co-pay $5.00 debited from inmate trust account «trust».
DOB «ydob_us»   Booking #: «booking»   Projected release: «d6_us»
"""

JAIL_INTAKE = """COUNTY DETENTION CENTER - RECEIVING SCREENING / BOOKING MEDICAL
Booking #: «booking»   Arrest date/time: «d1_us» ‹23:10›   Arresting agency: Sheriff's Office
NAME: «p_N»   AKA: «p_aka»   SEX: «p_S»   DOB: «ydob_us»   SSN: «ssn»
DL #: «dl» («k_state»)   Medicaid ID: «member»
HOME ADDRESS: «ST», «TOWN», «k_state» «zip»   PHONE: «p_ph»
EMERGENCY CONTACT: «q_N» («q_KID») «q_ph»
1. Current medications (verified with outside pharmacy): «k_drug1»; «k_drug2»
2. Alcohol/drug use: last use «d1_md» evening; ‹CIWA 4›; withdrawal protocol not started
3. Suicide risk screen: negative   4. Chronic conditions: «k_hx1»; «k_hx2»
5. Prior incarceration: yes, state DOC #«doc» (released «d5_us»)
6. Vehicle at arrest: towed, plate «plate», VIN «vin»
Disposition: cleared for general population, housing «k_housing»
Screened by: intake RN   Booking officer: deputy (badge number on file)
"""

ME_REPORT = """OFFICE OF THE CHIEF MEDICAL EXAMINER - REPORT OF INVESTIGATION BY MEDICAL EXAMINER
ME case no.: «me_case»   Investigator: medicolegal death investigator (name on file)
Decedent: «p_FcG»   Age: «age»   Sex: «p_S»   DOB: «dob_us»
Residence: «st», «town», «k_state» «zip»
Date/time of death: «d1_us» ‹14:32› (pronounced)   Place: rest area, mile marker 117
Identification: visual, by «p_her» «q_kid» «q_T»; confirmed against driver's licence «dl».
Circumstances: the decedent was found unresponsive in the driver's seat of «p_her» car (plate «plate», VIN «vin»)
by a passer-by, «c_T» (tel. «c_ph»), who called 911. «p_She» had left home on «k_wd» to visit «p_her» «r_sib»,
«r_T», in «r_town», and was last heard from by phone on «d3_long».
Medications at scene: «k_drug1» (filled «d3_us», 27 of 30 remaining); «k_drug2».
Medical history (primary care records): «k_hx1»; «k_hx2». Pacemaker, serial «dev», interrogated: no arrhythmia logged.
Next of kin: «q_T» («q_kid»), «q_ph», notified «d1_us» ‹16:05›.
Autopsy: external examination only.   Cause of death: «k_cod».   Manner: ‹Natural›.
"""

PEDIGREE = """CANCER GENETIC COUNSELLING - PEDIGREE SUMMARY (three generations, standard nomenclature)
Session «d1_us»; results expected «d2_us». Counsellor and ordering physician: see the referral.
Proband (III-2): «p_T», DOB «ydob_us», «k_ca1»; referred for a hereditary cancer panel.
Contact: «p_em»; results letter to «st», «town» «zip».
Generation I:
  I-1 paternal grandmother «pg_T», died «d5_us» aged «age3», «k_ca2»
  I-3 maternal grandmother «gm_T», living, aged «age», nursing home in «gm_town»
Generation II:
  II-1 father «fa_T», «k_age_fa», «k_ca3», lives in «fa_town»
  II-2 mother «mo_mar» (née «mo_F»), «k_age_mo», no cancer
  II-4 maternal aunt «au_T», «k_ca4», tested elsewhere: ‹BRCA2 c.5946delT› positive (report of «d4_us»)
Generation III:
  III-1 sister «si_T», «k_age_si», no cancer, «si_ph»
  III-3 brother «br_T», declined testing; contact via «br_em»
Generation IV:
  IV-1 daughter «da_G» «da_F», «k_age_da»
Ancestry: maternal «k_country», paternal «k_country2». Plan: cascade-testing letters to «si_G» and «br_G» if the proband is positive.
"""

QUERY_EMAIL = """From: Study Coordinator, «k_site» <crc.«k_sitenum»@trialsite.example>
To: Clinical Research Associate (sponsor) <cra.team@zenthera.example>
Subject: RE: RE: Query «k_query» - Subject «sid» - DOB / age at consent
Date: «k_wd», 09:12

Hi,

Corrected in the EDC today. The source (clinic intake form) has DOB «dob_us»; the eCRF had «dob2_us», which made
the subject «age2» at consent instead of «age». Sorry also about the attachment yesterday -- the discharge summary
I uploaded was not redacted: it shows «p_T», MRN «mrn» and the home address («st», «town» «zip»). Please delete it
and the copy in the ‹eTMF›; the redacted version is re-uploaded.

On the SAE follow-up: the subject's «q_kid», «q_T», phoned on «d2_us» to say «p_she» was readmitted on «d4_us» with
«k_pt2». I will file the follow-up SAE form by end of day.

Thanks,
Study Coordinator

> -----Original Message-----
> From: Clinical Research Associate (sponsor)
> Sent: «k_wd2»
> Subject: RE: Query «k_query» - Subject «sid»
>
> Hi, two open items for «k_site» before the interim lock:
> 1. Demographics: DOB «dob2_us» does not match the age at consent («age») on the eligibility page.
> 2. Concomitant medications: «k_drug2» start date «d3_us» is after the first dose of «k_code» on «d5_us»; please confirm.
> Also, please don't paste subject names into query responses -- «s_T» (subject «s_sid») appeared in your reply
> to query «k_query2».
"""

PYTHON = """# sae_latency.py -- exploratory, do NOT commit (pulls identified source data)
import pandas as pd
import requests

REDCAP_URL = "https://redcap.trialsite.example/api/"
REDCAP_TOKEN = "«token»"  # TODO move to env before sharing with the sponsor
payload = {"token": REDCAP_TOKEN, "content": "record", "format": "json", "fields": "record_id,full_name,dob,ae_onset,age,zip"}
df = pd.DataFrame(requests.post(REDCAP_URL, data=payload, timeout=30).json())
df = df[df.redcap_data_access_group == "«k_dag»"]
df = df[df.cm_name != "«k_drug2»"]  # a concomitant, not «k_code»; lot «k_lot1» only
df["latency_d"] = (pd.to_datetime(df.ae_onset) - pd.to_datetime(df.first_dose)).dt.days

>>> df[["record_id", "full_name", "dob", "ae_onset", "age", "zip"]].head()
  record_id              full_name         dob    ae_onset  age    zip
0  «p_sid»  «p_T»  «p_dob_iso»  «p_on_iso»  «p_age»  «p_zip»
1  «c_sid»  «c_T»  «c_dob_iso»  «c_on_iso»  «c_age»  «c_zip»
2  «s_sid»  «s_T»  «s_dob_iso»  «s_on_iso»  «s_age»  «s_zip»
3  «t_sid»  «t_T»  «t_dob_iso»  «t_on_iso»  «t_age»  «t_zip»
>>> df.query("record_id == '«s_sid»'")[["full_name", "ae_term"]]
       full_name                ae_term
2  «s_T»  «k_pt2»
# NOTE: «q_T» («p_G»'s «q_kid») e-mailed from «q_em» that the onset was really «d2_iso» -- check before lock
>>> print(f"median latency {df.latency_d.median()} days over {len(df)} SAEs, protocol «k_proto»")
median latency 23.5 days over 4 SAEs, protocol «k_proto»
"""

R_CONSOLE = """R version ‹4.3.2› -- "Eye Holes"
> library(dplyr); library(readr)
> ae <- read_csv("~/Downloads/«k_dag»_ae_export.csv", show_col_types = FALSE)
> ae %>% filter(AESER == "Y") %>% select(SUBJID, SUBJNAME, BRTHDTC, AESTDTC, AEDECOD, AETOXGR) %>% print(width = 120)
# A tibble: 4 x 6
  SUBJID   SUBJNAME                 BRTHDTC    AESTDTC    AEDECOD                        AETOXGR
  <chr>    <chr>                    <date>     <date>     <chr>                            <dbl>
1 «p_sid»  «p_FcG»  «p_dob_iso»  «p_on_iso»  «k_pt1»  3
2 «c_sid»  «c_FcG»  «c_dob_iso»  «c_on_iso»  «k_pt2»  2
3 «s_sid»  «s_FcG»  «s_dob_iso»  «s_on_iso»  «k_pt3»  4
4 «t_sid»  «t_FcG»  «t_dob_iso»  «t_on_iso»  «k_pt1»  3
> ae %>% filter(SUBJID == "«p_sid»") %>% pull(AGE)
[1] «age»
> # «p_G» fell again on «d4_us» per «p_her» «q_kid» -- ask «q_T» («q_ph») for the discharge date
> # DSMB wants «k_code» exposure by arm; «k_drug2» is a concomitant, exclude
> writexl::write_xlsx(ae, "«p_F»_«k_proto»_sae.xlsx")
"""

TEMPLATES: list[tuple[str, str, str]] = [
    ("pv37_medwatch_3500_voluntary_form", "text", MEDWATCH),
    ("pv37_cioms_i_suspect_reaction_form", "text", CIOMS),
    ("pv37_e2b_r3_icsr_xml_excerpt", "text", E2B),
    ("pv37_journal_case_report_text", "text", JOURNAL),
    ("pv37_irb_serious_adverse_event_report", "text", IRB_SAE),
    ("pv37_trial_screening_enrolment_log", "text", SCREENING),
    ("pv37_redcap_ecrf_csv_export", "text", REDCAP),
    ("pv37_dsmb_closed_sae_listing", "text", DSMB),
    ("pv37_pharmacy_lot_recall_call_list", "text", RECALL),
    ("pv37_vaers_style_report_free_text", "text", VAERS),
    ("pv37_poison_center_exposure_record", "text", POISON),
    ("pv37_correctional_sick_call_slip", "text", SICK_CALL),
    ("pv37_jail_booking_medical_intake", "text", JAIL_INTAKE),
    ("pv37_medical_examiner_investigation", "text", ME_REPORT),
    ("pv37_genetic_counselling_pedigree", "text", PEDIGREE),
    ("pv37_sponsor_query_email_thread", "text", QUERY_EMAIL),
    ("pv37_python_script_pasted_frame", "text", PYTHON),
    ("pv37_r_console_tibble_output", "text", R_CONSOLE),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe37:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng), fmt)
        doc = Doc(f"{kind}-{index}", kind, "us", fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
