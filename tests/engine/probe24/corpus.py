# ruff: noqa: E501  (hand-aligned templates)
"""Twenty-fourth independent probe corpus: records dense in family members and newborns.

36 labelled documents in 18 kinds per seed, two of each: labour and delivery notes (mother, partner, baby;
G/P notation, LMP and EDD), a twin delivery summary ("Twin A"/"Twin B", "Baby Boy <Surname>"), NICU and
nursery notes ("Infant of <mother>", "BG <Surname>", mother's and baby's record numbers), a well-child visit
with parents and siblings, genetic counselling pedigrees in prose (generation/individual numbers such as
"II-4"), adoption home study, foster placement, child-protection and custody reports, an ICU family meeting,
a hospice bereavement call, birth and death registration worksheets, a school-nurse/daycare form, a
multi-generational social history, a postpartum visit and a JSON newborn-screening record. People of
fourteen cultures, each named the culture's own way (two Hispanic surnames, "bin"/"bint", Icelandic
-dóttir/-son, Russian patronymics, East Asian family name first, Filipino middle names, "née" maiden names,
hyphenated surnames, nicknames); places in the US (most), UK, Canada, Australia, Ireland, India, the
Philippines, Mexico, Spain, Germany, France and Iceland.

Template language: the kit's `«slot»` (pieces: P labelled PHI, K a keep value, plain text) and
`‹literal›` (a keep value written in the template). Person prefixes: `m` mother, `f` father/partner, `b`
baby (`b2` its twin), `s` older sibling, `gm` maternal grandmother, `gp` paternal grandfather, `gg`
great-grandparent (always 90+), `a` aunt/uncle, `d` physician, `n` nurse, social worker or caseworker.

Labelling policy (decided before any measurement):
- NAME: every person's name as written, in full and every part that is written alone (given name alone,
  surname alone, nickname, maiden name after "née", "FAMILY, GIVEN", "G. Family"). In "Baby Boy Zamudio",
  "BG Kuwabara", "Infant of <mother>", "Twin A (<given>)" only the name is labelled; "Baby Boy", "BG",
  "Infant of", "Twin A" are plain text. Clinicians, caseworkers and guardians are NAME too.
- AGE: ages of 90 or more (digits only; "-year-old", "aged" stay outside). Ages under 90 are keep values.
- DATE: births, deaths, LMP, EDD, visits, admissions, placements, hearings (full dates); a year alone is a
  keep value. Times of birth are plain text (not scored).
- ADDRESS: street line and town; ZIP: postcode; a state/province/county inside an address is plain text.
- PHONE, EMAIL, SSN; MRN: mother's and baby's record numbers; ID: case, docket and certificate numbers;
  HEALTH_PLAN: insurance member numbers.
- Keep: G/P notation, gestational ages ("38+2 weeks"), Apgar scores ("8/9"), weights, drugs with doses,
  lab values, ICD-10 and CPT codes, weekdays, months alone, years alone, ages under 90, hospital names,
  relationship and pedigree words ("maternal aunt", "proband", "foster mother") and pedigree positions
  ("II-4", "III-2": positions within the drawn pedigree, not identifiers of a person outside it).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe24 import ids
from tests.engine.probe24.people import (
    LOCAL_STREETS,
    PLACES,
    STREETS,
    K,
    P,
    Person,
    Slot,
    child_of,
    draw_person,
    fill,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

TODAY = date(2024, 9, 1)
HOSPITALS = ["Bellwether Women's Hospital", "Saint Brigid's Maternity Unit", "Tamarind Coast Children's Hospital",
             "Grayrock Valley Medical Center", "Holy Innocents Neonatal Unit", "Ridgefield Memorial Birthing Center",
             "Copperleaf Family Health Centre", "Lantern Bay Hospice"]  # fmt: skip
OB_DRUGS = ["oxytocin 10 units IM", "magnesium sulfate 4 g IV", "betamethasone 12 mg IM", "penicillin G 5 million units IV",
            "ibuprofen 600 mg", "ferrous sulfate 325 mg", "nifedipine 20 mg", "labetalol 200 mg", "Rho(D) immune globulin 300 mcg"]  # fmt: skip
NB_DRUGS = ["vitamin K 1 mg IM", "erythromycin 0.5% ophthalmic ointment", "ampicillin 100 mg/kg", "gentamicin 4 mg/kg",
            "caffeine citrate 20 mg/kg", "hepatitis B vaccine 0.5 mL", "surfactant 200 mg/kg", "amoxicillin 250 mg/5 mL"]  # fmt: skip
LABS = ["bilirubin 11.8 mg/dL", "glucose 38 mg/dL", "hemoglobin 9.6 g/dL", "cord pH 7.21", "TSH 4.1 mIU/L",
        "CRP 14 mg/L", "platelets 96 K/uL", "ferritin 8 ng/mL", "HbA1c 6.9%"]  # fmt: skip
ICD = ["O80", "Z38.00", "P07.34", "O24.410", "P59.9", "Z63.5", "Z62.21", "Q21.1", "O14.13", "Z31.5"]
CPT = ["59400", "99460", "99468", "96040", "59510", "99391", "99497"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November"]
MON = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]  # fmt: skip
DMY = {"UK", "AU", "IE", "IN", "PH", "MX", "ES", "DE", "FR", "IS"}


def fmt_date(d: date, country: str, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "words":
        return f"{MON[d.month]} {d.day}, {d.year}" if country in ("US", "CA") else f"{d.day} {MON[d.month]} {d.year}"
    if country == "DE":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if country in DMY:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def person_slots(x: str, who: Person, country: str) -> dict[str, Slot]:
    fam = who.family
    s: dict[str, Slot] = {
        f"{x}_full": P("NAME", who.full),
        f"{x}_given": P("NAME", who.given),
        f"{x}_family": P("NAME", fam),
        f"{x}_caps": P("NAME", f"{fam.upper()}, {who.given.upper()}"),
        f"{x}_init": P("NAME", f"{who.given[0]}. {fam}"),
        f"{x}_nick": P("NAME", who.nick),
        f"{x}_dob": P("DATE", fmt_date(who.born, country, "num")),
        f"{x}_dobw": P("DATE", fmt_date(who.born, country, "words")),
        f"{x}_dobi": P("DATE", fmt_date(who.born, country, "iso")),
        f"{x}_ph": P("PHONE", who.phone),
        f"{x}_ph2": P("PHONE", who.phone2),
        f"{x}_em": P("EMAIL", who.email),
        f"{x}_he": "she" if who.female else "he",
        f"{x}_his": "her" if who.female else "his",
    }
    years = (TODAY - who.born).days // 365
    s[f"{x}_yo"] = (P("AGE", str(years)), "-year-old") if years >= 90 else K(f"{years}-year-old")
    s[f"{x}_aged"] = ("aged ", P("AGE", str(years))) if years >= 90 else K(f"aged {years}")
    s[f"{x}_age"] = P("AGE", str(years)) if years >= 90 else K(f"{years} years")
    return s


def address_slots(x: str, rng: random.Random, country: str) -> dict[str, Slot]:
    pl = rng.choice(PLACES[country])
    street = rng.choice(LOCAL_STREETS.get(country, STREETS))
    n = rng.randint(2, 4800) if country in ("US", "CA", "AU") else rng.randint(1, 140)
    line = f"{street} {n}" if country in ("DE", "IS") else f"{street}, No. {n}" if country in ("MX", "ES") else f"{n} {street}"
    return {f"{x}_street": P("ADDRESS", line), f"{x}_town": P("ADDRESS", pl.town), f"{x}_zip": P("ZIP", fill(rng, pl.postcode)),
            f"{x}_region": pl.region}  # fmt: skip


def base_slots(rng: random.Random, country: str) -> dict[str, Slot]:
    used: set[str] = set()
    m = draw_person(rng, used, country, age=(19, 43), female=True)
    f = draw_person(rng, used, country, age=(20, 50), female=False, culture=m.culture if rng.random() < 0.8 else None)
    ga_w, ga_d = rng.randint(24, 41), rng.randint(0, 6)
    bdate = date(2024, 1, 4) + timedelta(days=rng.randrange(220))
    lmp = bdate - timedelta(days=ga_w * 7 + ga_d)
    b = child_of(rng, used, m, f, country, bdate, rng.random() < 0.5)
    b2 = child_of(rng, used, m, f, country, bdate, rng.random() < 0.5)
    s_ = child_of(rng, used, m, f, country, bdate - timedelta(days=rng.randint(700, 4000)), rng.random() < 0.5)
    gm = draw_person(rng, used, country, age=(45, 82), female=True, culture=m.culture)
    gp = draw_person(rng, used, country, age=(55, 86), female=False, culture=f.culture)
    gg = draw_person(rng, used, country, age=(90, 103), culture=m.culture)
    a = draw_person(rng, used, country, age=(25, 70), culture=rng.choice([m.culture, f.culture]))
    d = draw_person(rng, used, "US" if country not in ("UK", "IE", "AU", "CA") else country)
    n = draw_person(rng, used, country)
    s: dict[str, Slot] = {}
    for x, who in (("m", m), ("f", f), ("b", b), ("b2", b2), ("s", s_), ("gm", gm), ("gp", gp), ("gg", gg),
                   ("a", a), ("d", d), ("n", n)):  # fmt: skip
        s.update(person_slots(x, who, country))
    # a Hispanic maiden name is the first surname; a surname with a particle ("Ó ...", "Mag ...") stays whole
    s["m_maiden"] = P("NAME", gm.family if gm.family.split()[0] in ("Ó", "Mag") else gm.family.split()[0])
    for x in ("h", "h2", "h3"):
        s.update(address_slots(x, rng, country))
    mm = ids.mother_mrn(rng)
    s["mrn_m"], s["mrn_b"], s["mrn_b2"] = P("MRN", mm), P("MRN", ids.baby_mrn(rng, mm)), P("MRN", ids.baby_mrn(rng, mm + "0"))
    s["mrn_x"] = P("MRN", ids.mother_mrn(rng))
    s["ssn_m"], s["ssn_f"], s["ssn_x"] = (P("SSN", ids.ssn(rng)) for _ in range(3))
    s["case"], s["case2"] = P("ID", ids.case_number(rng)), P("ID", ids.case_number(rng))
    s["cert"] = P("ID", ids.certificate(rng))
    s["member"] = P("HEALTH_PLAN", ids.member(rng))
    for key, day in (("bd", bdate), ("lmp", lmp), ("edd", lmp + timedelta(days=280)),
                     ("v", bdate + timedelta(days=rng.randint(1, 40))), ("v2", bdate + timedelta(days=rng.randint(41, 200))),
                     ("pl", bdate - timedelta(days=rng.randint(30, 900))), ("dd", TODAY - timedelta(days=rng.randint(10, 300))),
                     ("dd2", date(2024, 1, 1) - timedelta(days=rng.randint(400, 8000)))):  # fmt: skip
        s[key] = P("DATE", fmt_date(day, country, "num"))
        s[key + "w"] = P("DATE", fmt_date(day, country, "words"))
        s[key + "i"] = P("DATE", fmt_date(day, country, "iso"))
    g, p = rng.randint(2, 6), rng.randint(1, 3)
    s["k_gp"] = K(f"G{g}P{min(p, g - 1)}")
    s["k_gtpal"] = K(f"G{g}P{min(p, g - 1)}0{g - 1 - min(p, g - 1)}{min(p, g - 1)}")
    s["k_ga"] = K(f"{ga_w}+{ga_d} weeks")
    s["k_gaw"] = K(f"{ga_w} weeks {ga_d} days")
    s["k_apgar"] = K(f"{rng.randint(2, 8)}/{rng.randint(8, 9)}")
    s["k_apgar2"] = K(f"{rng.randint(3, 7)} and {rng.randint(7, 9)}")
    grams = rng.randint(620, 4400) if ga_w < 34 else rng.randint(2300, 4500)
    s["k_wt"] = K(f"{grams:,} g")
    s["k_wt2"] = K(f"{rng.randint(1, 4)}.{rng.randint(10, 99)} kg")
    s["k_wtlb"] = K(f"{rng.randint(5, 9)} lb {rng.randint(1, 15)} oz")
    s["k_ob"], s["k_ob2"] = (K(x) for x in rng.sample(OB_DRUGS, 2))
    s["k_nb"], s["k_nb2"] = (K(x) for x in rng.sample(NB_DRUGS, 2))
    s["k_lab"], s["k_lab2"] = (K(x) for x in rng.sample(LABS, 2))
    s["k_icd"], s["k_icd2"] = (K(x) for x in rng.sample(ICD, 2))
    s["k_cpt"] = K(rng.choice(CPT))
    s["k_day"], s["k_day2"] = (K(x) for x in rng.sample(WEEKDAYS, 2))
    s["k_month"] = K(rng.choice(MONTHS))
    s["k_year"], s["k_year2"] = K(str(rng.randint(1962, 1999))), K(str(rng.randint(2003, 2021)))
    s["k_hosp"], s["k_hosp2"] = (K(x) for x in rng.sample(HOSPITALS, 2))
    s["k_age"], s["k_age2"] = K(f"{rng.randint(31, 88)}-year-old"), K(f"age {rng.randint(40, 89)}")
    s["k_time"] = K(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    s["boygirl"] = "Baby Boy" if b.female is False else "Baby Girl"
    s["bg"] = "BB" if b.female is False else "BG"
    s["b_sex"] = "female" if b.female else "male"
    return s


# ---- templates -------------------------------------------------------------------------------------------

LABOUR = """LABOR & DELIVERY ADMISSION H&P — «k_hosp»
Patient: «m_full» (née «m_maiden»)   MRN «mrn_m»   DOB «m_dob»
«m_yo» «k_gp» at «k_ga» by LMP «lmp» (EDD «edd», confirmed by 8-week scan).
Presented «k_day» in spontaneous labor with SROM at «k_time». GBS negative, Rh positive.
Support person: husband «f_full», cell «f_ph». Doula «n_given» «n_family» also at bedside.
Her mother «gm_full» is on the way from «h2_town» and asked to be called at «gm_ph».
Meds on admission: «k_ob»; plan «k_ob2» after delivery. Labs: «k_lab».
Attending: Dr. «d_family». Prenatal care at «k_hosp2»; insurance member «member».
"""

TWINS = """DELIVERY SUMMARY — DICHORIONIC TWINS
Mother: «m_caps», MRN «mrn_m», «k_gtpal», delivered at «k_gaw» on «bdw».
Twin A: «boygirl» «b_family» (to be named «b_given»), MRN «mrn_b», born «k_time», weight «k_wt», Apgars «k_apgar».
Twin B: «b2_given», MRN «mrn_b2», vertex after internal version, Apgars «k_apgar2», weight «k_wt2».
Father of the babies, «f_full» (DOB «f_dob»), cut both cords; paternal grandfather «gp_full» present.
Both infants received «k_nb» and «k_nb2». Mother: «k_ob», estimated blood loss 650 mL.
Delivering physician: «d_full». Pediatric team: «n_full». Code «k_icd».
"""

NICU = """NICU ADMISSION NOTE
«bg» «b_family» (Infant of «m_full»), MRN «mrn_b»; mother's MRN «mrn_m».
Born «bd» at «k_ga» to a «m_yo» «k_gp» mother, birth weight «k_wt». Apgars «k_apgar».
Started on «k_nb» and «k_nb2»; admission «k_lab».
Parents: mother «m_given», father «f_given» «f_family» (phone «f_ph2»). Older brother/sister «s_given» at home with grandma «gm_given».
Family lives at «h_street», «h_town», «h_region» «h_zip». Social work: «n_init» to see family «k_day».
Neonatologist: «d_init». Dx «k_icd».
"""

NURSERY = """Newborn Nursery Discharge Summary — «k_hosp»
Infant: «b_full», «b_sex», DOB «bdw» at «k_time», MRN «mrn_b»
Mother: «m_full», «m_yo», MRN «mrn_m», blood type O positive; father: «f_full».
Birth weight «k_wtlb», discharge weight «k_wt2». Hearing screen passed; «k_lab» at 36 hours.
Received «k_nb»; first dose «k_nb2» given «k_day».
Follow-up with «d_full» at «k_hosp2» on «v». Home: «h_street», «h_town» «h_region» «h_zip»; phone «m_ph».
Grandmother «gm_full» will stay to help; she can be reached at «gm_ph2».
"""

WELLCHILD = """Well-child visit, «k_cpt» — «s_full» (DOB «s_dob»), accompanied by mother «m_given» and new baby brother/sister «b_given»
Father «f_given» works nights; «s_nick» is what the family calls «s_his» older cousin, not the patient.
Patient attends Little Acorns daycare; daycare contact «n_full» «n_ph».
Maternal grandmother «gm_full» lives with them at «h_street», «h_town» «h_zip».
Growth: weight «k_wt2»; «k_lab» follow-up only. Vaccines up to date, next visit «k_month».
Siblings: «b_given» (born «bdw»), no others. Parent e-mail «m_em». Seen by «d_full».
"""

PEDIGREE = """GENETIC COUNSELLING — PEDIGREE NARRATIVE ({k_cpt})
Proband: «m_full» (‹III-2›), DOB «m_dob», referred by Dr. «d_family» for family history of «k_icd».
The ‹proband›'s ‹maternal aunt› «a_given» (‹II-4›) was diagnosed at ‹age 41› and died in «k_year2».
The proband's mother «gm_full» (‹II-3›, née «m_maiden») is living, «k_age2».
The ‹maternal grandmother› «gg_full» (‹I-2›) is «gg_aged», cognitively intact, and lives at «h2_street», «h2_town».
Her partner «f_full» (‹III-3›) has no relevant history; his father «gp_given» had a stroke in «k_year».
The couple's son «b_given» (‹IV-1›) was born «bd»; testing offered. Contact: «m_ph», «m_em».
""".replace("{k_cpt}", "«k_cpt»")

ADOPTION = """ADOPTION HOME STUDY — «case»
Prospective adoptive parents: «m_full» (DOB «m_dobw») and «f_full» (DOB «f_dobw»), of «h_street», «h_town», «h_region» «h_zip».
Home phone «m_ph»; e-mail «f_em». Household also includes «f_his» mother «gp_full»? — correction: «f_his» father «gp_full», «k_age».
Child: «b_full», born «bd» at «k_hosp», placed with the family on «pl».
Birth mother «a_full» (SSN «ssn_x») relinquished rights; biological father unknown.
Referees: «n_full» («n_ph») and «gm_full» («gm_ph»). Caseworker «d_full», Lantern Family Services, «k_day» visits.
"""

FOSTER = """Foster Placement Note — case «case»
Child: «s_caps», DOB «s_dob», placed «pl» with foster parents «a_full» and «gp_full» at «h3_street», «h3_town» «h3_zip».
Biological mother «m_full» (‹aged› under supervision) may call «k_day» evenings from «m_ph»; biological father «f_full» has no contact order.
Sibling «b_given» remains in kinship care with maternal grandmother «gm_full», «h2_street», «h2_town».
Medication: «k_nb». Dx «k_icd2»; school: Hollyfield Primary. Caseworker «n_full», «n_ph2», «n_em».
Next review hearing «v2w».
"""

CPS = """CHILD PROTECTION REFERRAL — CONFIDENTIAL
Intake no. «case»   Related case «case2»
Alleged victim: «b_full» («b_sex», DOB «bd»), sibling «s_full» (DOB «s_dob»).
Mother: «m_full», SSN «ssn_m», phone «m_ph». Mother's boyfriend «a_full», goes by «a_nick».
Father «f_full» lives at «h2_street», «h2_town» «h2_zip»; phone «f_ph».
Reporter: «n_full», school nurse. Concern first noted «k_day» «vw»; bruising «k_lab» normal.
Great-grandmother «gg_full» («gg_yo») is the only safe adult named by the children.
Assigned worker «d_full». ICD «k_icd2».
"""

CUSTODY = """In the matter of the custody of «s_given» and «b_given» «b_family» — Docket «case»
Custody evaluator's report to the Family Court, «k_month» session.
Petitioner: «f_caps», of «h_street», «h_town», «h_region» «h_zip». Respondent: «m_full» (née «m_maiden»), of «h2_street», «h2_town».
Interviews: «f_given» on «vi», «m_given» on «v2i», paternal grandfather «gp_full» («k_age») and aunt «a_full» by phone («a_ph»).
«s_given», «s_age», asked to live with «s_his» father; «b_given», an infant, was not interviewed.
Guardian ad litem: «n_full», «n_em». Medication noted: «k_nb». Evaluator: «d_full».
"""

FAMILY_MEETING = """ICU FAMILY MEETING — «k_hosp»
Patient: «gg_full», «gg_yo», MRN «mrn_x», DOB «gg_dob», admitted «dd» with «k_icd».
Present: daughter «gm_full» (health care proxy, «gm_ph»), granddaughter «m_full», grandson-in-law «f_given»,
great-grandchildren «s_given» and «b_given» in the waiting room with «n_given».
By phone from «h2_town»: son «gp_full» («gp_ph»).
Discussed «k_lab», «k_lab2», comfort-focused care, «k_ob2» stopped. Code status DNR as of «k_day».
Family asked that pastor «a_full» visit. Facilitator: «d_full», «k_cpt».
"""

BEREAVEMENT = """Hospice bereavement follow-up call — «k_hosp2»
Decedent: «gg_full», died «ddw» at home, «gg_aged». Primary griever: spouse «gp_full», «gp_yo».
Spoke with daughter «gm_given» «gm_family» at «gm_ph» on «k_day»; she says Dad is not eating.
Grandchildren «m_full» and «a_full» stay in turns; great-grandchild «s_given» drew a card.
Address on file: «h2_street», «h2_town», «h2_region» «h2_zip». Memorial planned for «vw».
Referred «gp_given» to the «k_month» grief group. Bereavement coordinator «n_full»; chaplain «d_family».
"""

BIRTH_REG = """CERTIFICATE OF LIVE BIRTH — WORKSHEET
Certificate no.: «cert»
Child's name: «b_full»   Sex: «b_sex»   Date of birth: «bd»   Time: «k_time»
Facility: «k_hosp»   Plurality: single   Weight: «k_wt»
Mother's current legal name: «m_full»   Mother's name prior to first marriage: «m_maiden»
Mother's date of birth: «m_dob»   Mother's SSN: «ssn_m»   Mother's MRN: «mrn_m»
Residence: «h_street», «h_town», «h_region» «h_zip»
Father's name: «f_full»   Father's date of birth: «f_dob»   Father's SSN: «ssn_f»
Informant: «m_given»; certifier «d_full». Date filed: «vi». Obstetric estimate of gestation: «k_ga».
"""

DEATH_REG = """Death certificate worksheet (funeral home copy)
Decedent: «gg_full»   Age: «gg_age»   DOB: «gg_dobw»   Date of death: «ddw»
Place of death: «k_hosp2»; residence «h2_street», «h2_town», «h2_region» «h2_zip». SSN «ssn_x».
Marital status: widowed; surviving spouse: none (late spouse «gp_full», d. «dd2»).
Father's name: «a_full»   Mother's maiden name: «m_maiden»
Informant: «gm_full», relationship daughter, «gm_ph». Certifier: «d_full», «k_icd».
Cause: «k_lab» noted; manner natural. Disposition: burial, «k_day».
"""

SCHOOL = """Daycare / School Nurse Health Form — «k_year2» enrolment
Child: «s_full»   DOB: «s_dobi»   Allergies: peanuts. Medication at school: «k_nb».
Parent/guardian 1: «m_full», «m_ph», «m_em»
Parent/guardian 2: «f_full», «f_ph2»
Also authorized to pick up: grandma «gm_nick» («gm_full», «gm_ph») and uncle «a_given».
NOT authorized: «f_given»'s brother «gp_given» (court order).
Home address: «h_street», «h_town» «h_zip». Pediatrician «d_full», «k_hosp2». Insurance «member».
Signed «vi»; reviewed by nurse «n_family» on «k_day».
"""

SOCIAL_HX = """SOCIAL HISTORY
Lives in a three-generation household at «h_street», «h_town», «h_region»: patient «m_full» («m_yo», MRN «mrn_m»), «m_his» husband «f_full»,
their children «s_given» («s_age») and «b_given» (born «bdw»), «m_his» mother «gm_full» («k_age2») and grandmother «gg_full» («gg_yo»).
«gg_given» was born «gg_dob» and still makes tortillas every «k_day».
Sister-in-law «a_full» helps; her number is «a_ph». Patient quit smoking in «k_year»; on «k_ob».
Emergency contact: «f_given», «f_ph». Last visit «vw».
"""

POSTPARTUM = """Postpartum visit, 6 weeks — «m_full», MRN «mrn_m», DOB «m_dob»
Delivered «bdw» at «k_hosp» (SVD, «k_ga»), baby «b_given» feeding well, weight «k_wt2».
Partner «f_given» back at work; «m_his» sister «a_given» helping. Mum «gm_given» visits from «h2_town».
EPDS 7. On «k_ob» and «k_ob2». «k_lab». Contraception discussed. «k_icd».
Midwife «n_full»; GP «d_full». Next: «v2». Phone «m_ph2»; e-mail «m_em».
"""

NBS_JSON = """{
 "resourceType": "NewbornScreeningRecord",
 "kitNumber": "«cert»",
 "infant": {"name": "«bg» «b_family»", "dob": "«bdi»", "sex": "«b_sex»", "mrn": "«mrn_b»", "weightAtCollection": "«k_wt»", "gestationalAge": "«k_ga»"},
 "mother": {"name": "«m_full»", "dob": "«m_dobi»", "mrn": "«mrn_m»", "phone": "«m_ph»", "address": "«h_street», «h_town» «h_zip»"},
 "alternateContact": {"name": "«gm_full»", "relationship": "maternal grandmother", "phone": "«gm_ph»"},
 "submitter": "«d_full»", "facility": "«k_hosp»", "collected": "«vi»",
 "notes": "Collected after «k_nb»; transfusion none. Repeat «k_lab» on «k_day». Result letter to «m_em»."
}
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("fam24_labour_admission_hp", ["US", "IE"], "text", LABOUR),
    ("fam24_twin_delivery_summary", ["US", "UK"], "text", TWINS),
    ("fam24_nicu_infant_of", ["US", "CA"], "text", NICU),
    ("fam24_nursery_discharge", ["US", "PH"], "text", NURSERY),
    ("fam24_well_child_siblings", ["US", "AU"], "text", WELLCHILD),
    ("fam24_pedigree_prose", ["US", "IS"], "text", PEDIGREE),
    ("fam24_adoption_home_study", ["US", "CA"], "text", ADOPTION),
    ("fam24_foster_placement", ["US", "UK"], "text", FOSTER),
    ("fam24_cps_referral", ["US", "MX"], "text", CPS),
    ("fam24_custody_evaluation", ["US", "IN"], "text", CUSTODY),
    ("fam24_icu_family_meeting", ["US", "DE"], "text", FAMILY_MEETING),
    ("fam24_hospice_bereavement", ["US", "AU"], "text", BEREAVEMENT),
    ("fam24_birth_registration", ["US", "US"], "text", BIRTH_REG),
    ("fam24_death_registration", ["US", "FR"], "text", DEATH_REG),
    ("fam24_daycare_pickup_form", ["US", "ES"], "text", SCHOOL),
    ("fam24_multigen_social_hx", ["US", "MX"], "text", SOCIAL_HX),
    ("fam24_postpartum_visit", ["UK", "IE"], "text", POSTPARTUM),
    ("fam24_newborn_screen_json", ["US", "DE"], "json", NBS_JSON),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(80):
        rng = random.Random(f"phigate-probe24:{seed}:{kind}:{index}:{attempt}")
        country = locs[index % len(locs)]
        content, phi, keep, spans = render(template, base_slots(rng, country), fmt)
        doc = Doc(f"{kind}-{index}", kind, country, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 80 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
