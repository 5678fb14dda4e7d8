# ruff: noqa: E501, W291  (hand-aligned templates; the Slack template keeps a trailing space as measured)
"""Thirty-second independent probe corpus: people from naming traditions that US name lists miss, in English
health text.

36 labelled documents in 18 kinds per seed, two of each: a refugee health screening, an interpreter-services
request, an immigration medical exam (I-693 style) worksheet, a community-health-worker home-visit report, an
Indian Health Service clinic note, a Pacific Islander diabetes clinic letter, a tuberculosis contact-tracing
list, a vaccine clinic roster, a maternity booking note, a school enrolment health form, a pharmacy
counselling log, a dialysis unit schedule, a patient-transport booking, a mental-health intake, a Slack
thread about a patient mix-up, a developer bug report pasting a patient record, a GitHub issue with a JSON
payload and an SMS appointment-reminder log (NDJSON). People of 36 traditions (people.py): Yoruba, Igbo,
Akan, Zulu/Xhosa, Ethiopian/Eritrean, Somali, Hausa, Malagasy, Tamil, Telugu, Sikh, Sinhala, Nepali,
Pashto/Dari, Kurdish, Armenian, Georgian, Azerbaijani, Kazakh, Kyrgyz, Mongolian, Tibetan, Samoan, Tongan,
Fijian, Māori, Hawaiian, Diné/Lakota/Cree, Haitian, Garifuna, Quechua/Aymara, Roma, Sámi, Hassaniya,
Malay, and Afghan single names. Cue strength varies: after labels ("Patient:"), after titles and relations
("Mrs", "Ato", "her husband"), and none in prose ("Ozioma brought her son Ekene in").

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` patient, `q` relative, `a`, `b` staff, `c` and `r` other people,
`d` a person whose name has diacritics (also written without them, `_plain`), `w` a person whose given name is
an ordinary word elsewhere (people.WORD_NAMES), `m_mono` a person with one name only. Forms: `_full`, `_given`,
`_family`, `_formal` ("FAMILY, Given"), `_caps` ("Given FAMILY"), `_init` (initialled), `_title` (title + name),
`_nick`, `_plain`, `_ph`, `_intl`, `_em`; `_lang`, `_nat`, `_country` are keep values of the person's tradition.

Labelling policy (decided before any measurement):
- NAME: every name of a person as written (full, given alone, family alone, initialled, nickname, with or
  without diacritics) -- patients, relatives, staff and developers alike. Titles (Mr, Mrs, Ato, W/ro, Dr),
  lower-case particles around a name (kyzy, uulu, qizi, oglu, ould, mint, bin, binti) when they stand
  outside the labelled string, "FNU" and relationship words are plain text.
- DATE: days more specific than a year. AGE: 90 or more (the number). PHONE, EMAIL, MRN. ID: A-Numbers,
  passport and tribal enrolment numbers. HEALTH_PLAN: Medicaid IDs. ADDRESS: a street line and the town a
  person lives in; ZIP: a five-digit ZIP. The state is keep.
- Keep: drugs with doses, clinical terms, languages ("Tigrinya interpreter"), peoples and nationalities,
  countries, organisations and programmes, weekdays, products, culture words (marae, Losar, Newroz, kava
  ceremony, ...) and the WORD_KEEP phrases, capitalised sentence-initial ordinary words.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe32 import ids
from tests.engine.probe32.people import (
    CULTURES,
    MONONYMS,
    STREETS,
    TOWNS,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
    plain,
)

__all__ = ["TEMPLATES", "WORD_KEEP", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
DRUGS = ["isoniazid 300 mg", "rifapentine 900 mg", "pyridoxine 25 mg", "metformin 500 mg", "insulin detemir 14 units", "albendazole 400 mg",
         "ivermectin 12 mg", "ferrous sulfate 325 mg", "prenatal vitamin 1 tab", "sertraline 25 mg", "prazosin 1 mg", "sevelamer 800 mg",
         "calcitriol 0.25 mcg", "epoetin alfa 4000 units", "lisinopril 10 mg", "empagliflozin 10 mg", "folic acid 400 mcg", "praziquantel 600 mg"]  # fmt: skip
TERMS = ["latent TB infection", "hepatitis B surface antigen", "strongyloidiasis", "iron-deficiency anaemia", "gestational diabetes",
         "post-traumatic stress disorder", "end-stage renal disease", "diabetic retinopathy", "vitamin D deficiency", "rheumatic heart disease",
         "hypertension", "dental caries", "eosinophilia", "thalassaemia trait", "peripheral neuropathy", "chronic hepatitis B"]  # fmt: skip
ORGS = ["International Rescue Committee", "Catholic Charities", "Lutheran Community Services", "HIAS", "Church World Service", "UNHCR",
        "Indian Health Service", "Navajo Nation", "Pacific Islander Health Board", "LanguageLine Solutions", "USCIS", "CDC", "WIC"]  # fmt: skip
CULTURE_WORDS = ["the marae hui", "a whānau hui", "Ngāti Porou kapa haka", "gurdwara langar", "Vaisakhi", "Losar", "Naadam", "Newroz",
                 "Timkat", "Meskel", "Avurudu", "Pongal", "Nowruz", "a kava ceremony", "ʻohana night", "Inti Raymi", "Yurumein",
                 "famadihana", "a joik evening", "Sallah", "Hari Raya", "the Kreyòl church service", "the injera fundraiser", "Ubuntu choir"]  # fmt: skip
# ordinary uses of the word names (people.WORD_NAMES: Tika, Rumi, Koa, Fiafia, Selam)
WORD_KEEP = ["Dashain tika", "Rumi poetry circle", "Koa Ward", "Fiafia Night", "Selam Ethiopian Market"]
PRODUCTS = ["Epic", "Slack", "Jira", "GitHub", "Twilio", "Postgres", "Sentry"]
# relation words agreeing with the person named after them ("her son «q_given»": «q_son»)
KIN = {"son": ("son", "daughter"), "gson": ("grandson", "granddaughter"), "bro": ("brother", "sister"), "unc": ("uncle", "aunt"),
       "neph": ("nephew", "niece"), "gm": ("grandfather", "grandmother"), "mom": ("father", "mother"), "sp": ("husband", "wife"),
       "dil": ("son-in-law", "daughter-in-law")}  # fmt: skip
DIACRITIC = ["maori", "hawaiian", "sami", "roma", "garifuna"]
TITLES = {"habesha": ("W/ro", "Ato"), "malay": ("Puan", "Encik"), "hausa": ("Hajiya", "Malam")}


def date_forms(d: date) -> dict[str, str]:
    return {"long": f"{d.strftime('%B')} {d.day}, {d.year}", "us": d.strftime("%m/%d/%Y"), "iso": d.isoformat(),
            "dmy": f"{d.day} {d.strftime('%b')} {d.year}", "md": f"{d.month}/{d.day}"}  # fmt: skip


def person_slots(x: str, who: Person, rng: random.Random) -> dict[str, Slot]:
    c = CULTURES[who.culture]
    title = TITLES.get(who.culture, ("Mrs", "Mr"))[0 if who.female else 1]
    dob = date(1948, 1, 1) + timedelta(days=rng.randrange(365 * 60))
    s: dict[str, Slot] = {
        f"{x}_full": P("NAME", who.full), f"{x}_given": P("NAME", who.given), f"{x}_family": P("NAME", who.family),
        f"{x}_formal": P("NAME", who.formal), f"{x}_caps": P("NAME", who.caps), f"{x}_init": P("NAME", who.init),
        f"{x}_title": (f"{title} ", P("NAME", who.title_name)), f"{x}_nick": P("NAME", who.nick), f"{x}_plain": P("NAME", who.plain),
        f"{x}_low": P("NAME", plain(who.given).lower()),
        f"{x}_ph": P("PHONE", who.phone), f"{x}_intl": P("PHONE", who.intl), f"{x}_em": P("EMAIL", who.email),
        f"{x}_she": "she" if who.female else "he", f"{x}_her": "her" if who.female else "his", f"{x}_She": "She" if who.female else "He",
        f"{x}_sex": "F" if who.female else "M", f"{x}_him": "her" if who.female else "him", **{f"{x}_{k}": v[who.female] for k, v in KIN.items()}, f"{x}_lang": K(c.lang), f"{x}_nat": K(c.nat), f"{x}_country": K(c.country),
    }  # fmt: skip
    for k, v in date_forms(dob).items():
        s[f"{x}_dob_{k}"] = P("DATE", v)
    return s


def base_slots(rng: random.Random) -> dict[str, Slot]:
    used: set[str] = set()
    people = {x: draw_person(rng, used) for x in ("p", "q", "a", "b", "c", "r")}
    for _ in range(50):
        d = draw_person(rng, set(used), cultures=DIACRITIC)
        if d.plain != d.full:
            break
    used |= d.words | {d.nick}
    people["d"] = d
    people["w"] = draw_person(rng, used, word=True)
    s: dict[str, Slot] = {}
    for x, who in people.items():
        s.update(person_slots(x, who, rng))
    s["m_mono"] = P("NAME", rng.choice(MONONYMS))
    d1 = date(2022, 1, 10) + timedelta(days=rng.randrange(1000))
    for key, dd in (("d1", d1), ("d2", d1 + timedelta(days=rng.randint(3, 40))), ("d3", d1 - timedelta(days=rng.randint(20, 300)))):
        s.update({f"{key}_{k}": P("DATE", v) for k, v in date_forms(dd).items()})
    s["age"] = P("AGE", str(rng.randint(90, 104)))
    s["mrn"], s["mrn2"] = P("MRN", ids.mrn(rng)), P("MRN", ids.mrn(rng))
    s["anum"], s["anum2"] = P("ID", ids.a_number(rng)), P("ID", ids.a_number(rng))
    s["passport"], s["tribal"] = P("ID", ids.passport(rng)), P("ID", ids.tribal_id(rng))
    s["medicaid"] = P("HEALTH_PLAN", ids.medicaid(rng))
    town, state, zpat = rng.choice(TOWNS)
    s["street"] = P("ADDRESS", f"{rng.randint(12, 9899)} {rng.choice(STREETS)}")
    s["town"], s["zip"], s["k_state"] = P("ADDRESS", town), P("ZIP", fill(rng, zpat)), K(state)
    for name, pool, k in (("k_drug", DRUGS, 3), ("k_term", TERMS, 2), ("k_org", ORGS, 2), ("k_wd", WEEKDAYS, 2),
                          ("k_cw", CULTURE_WORDS, 2), ("k_prod", PRODUCTS, 2)):  # fmt: skip
        for i, v in enumerate(rng.sample(pool, k)):
            s[name + ("" if i == 0 else str(i + 1))] = K(v)
    words = [w for w in WORD_KEEP if not set(w.split()) & used]
    s["k_w"] = K(rng.choice(words))
    return s


# ---- templates -------------------------------------------------------------------------------------------

REFUGEE = """REFUGEE DOMESTIC HEALTH SCREENING -- ‹County Health Department›
Patient: «p_formal»          DOB: «p_dob_us»          Sex: «p_sex»
A-Number: «anum»     Medicaid ID: «medicaid»     US arrival: «d3_us»
Country of origin: «p_country»     Preferred language: «p_lang» (in-person interpreter «a_full»)
Resettlement agency: «k_org», caseworker «b_full», cell «b_ph»
Home: «street», «town», «k_state» «zip»
Household: «q_sp» «q_full», children «r_given» and «c_given» (screened separately).
HPI: «p_given» reports cough for 3 weeks. «q_title» adds that «p_she» lost weight in the camp. Screening shows «k_term»; «k_term2» ruled out.
Plan: «k_drug» daily, «k_drug2» once. Recheck «d2_long» with Dr «b_family»'s team. «k_w». ‹Nutrition› referral to ‹WIC›.
Signed: «a_init» (interpreter) / «b_caps» RN
"""

INTERPRETER = """Interpreter Services Request
Requested by: «a_full», RN, «k_wd» clinic          Callback: «a_ph»
Patient name (as registered): «p_caps»
Preferred name: «p_nick»          MRN: «mrn»          DOB: «p_dob_iso»
Language: «p_lang» -- please no family members as interpreters. Dialect note from «q_title» («q_son»): "«p_given» understands «p_nat» speakers from the north best."
Modality: in person preferred; video via ‹LanguageLine Solutions› as back-up.
Appointment: «d1_long», 9:40, ‹Endocrinology›. Second visit «d2_us».
Interpreter assigned: «b_full» («b_em»). If «b_given» is unavailable, «c_full» is certified for «p_lang» too.
Notes: «p_given» prefers a female interpreter; «q_given» will come with «p_her» from «town». «k_cw» falls that week -- avoid «k_wd2» afternoon. «k_w».
"""

I693 = """IMMIGRATION MEDICAL EXAMINATION WORKSHEET (Form I-693 support)
Civil surgeon: Dr. «a_formal»     Office phone «a_ph»
Applicant family name: «p_family»     Given name(s): «p_given»     A-Number: «anum»
Other names used: «p_plain» / «p_init»
Date of birth: «p_dob_dmy»     Passport no.: «passport»     Country of birth: «p_country»
Mailing address: «street», «town», «k_state» «zip»     Applicant tel.: «p_ph»
Exam dates: «d3_iso» (history, IGRA drawn), «d1_iso» (results reviewed).
IGRA positive; chest X-ray clear: class B2 «k_term». «k_drug» and «k_drug2» started by «b_full».
Vaccines: MMR, Tdap given; varicella titre pending. Interpreter: «c_full» (‹USCIS› rules followed; relative «q_full» waited outside).
Applicant signature: «p_full»    Sealed envelope handed to applicant on «d2_iso».
"""

CHW = """Community Health Worker home visit -- «k_org»
CHW: «a_full»        Date: «d1_us»
Visited «p_full» at «street», «town». «p_given» was cooking for «k_cw» and «p_her» «q_dil» «q_given» let me in.
«p_given» says «q_given»'s «c_sp» «c_full» drives «p_him» to dialysis but works «k_wd». Neighbour «r_full» («r_ph») can help.
Also «d_gson» «d_given» («d_full» on the school list, «d_plain» at the pharmacy) reads the letters to «p_him».

Meds checked: «k_drug», «k_drug2». «p_given» is «age» and still walks to «k_cw2». BP 148/92.
Follow-up «d2_md», will bring «p_lang» leaflets. Called «b_given» at the clinic («b_ph»). «k_w».
"""

IHS = """INDIAN HEALTH SERVICE -- ‹Chinle Service Unit› outpatient note
Patient: «p_caps»    Chart #: «mrn»    Tribal enrollment no.: «tribal»    DOB «p_dob_us»
Seen with «p_her» «q_gm» «q_full» (aged «age») and «c_unc» «c_given». Ride from «d_full» of ‹CHR program›.
S: «p_given» reports foot numbness since «d3_long». Uses «k_drug». Speaks English and «p_lang»; «q_given» prefers ‹Navajo›.
O: «k_term», monofilament reduced. A1c 9.1%.
P: add «k_drug2»; podiatry with «b_full»; return «d2_us». Home: «street», «town», «k_state» «zip».
Phone on file «p_ph»; «q_given» asked us to call «c_given» on «c_ph» instead. «k_w». «k_org» transport voucher given.
Provider: «a_init», FNP
"""

PACIFIC = """‹Pacific Islander Diabetes Clinic› -- letter to GP
«d1_long»

Dear Dr «a_family»,

Re: «p_formal», DOB «p_dob_long», MRN «mrn»
Address: «street», «town» «zip»

I saw «p_title» today with «p_her» «q_son» «q_full» and the church minister «c_full». «p_given» is «p_nat» and prefers «p_lang»; «q_given» interpreted.
«p_She» has «k_term» and «k_term2». We increased «k_drug» and added «k_drug2». «p_given» is worried about «k_cw» and the «k_w» food.
Please could your nurse «b_given» check «p_her» feet. «q_given»'s mobile is «q_ph»; family in «p_country» can be reached on «q_intl».
Next review «d2_long».

Yours sincerely,
«b_full» for the diabetes team (cc «d_full»)
"""

TB = """TB CONTACT INVESTIGATION -- index case «p_formal» («mrn»), smear+, diagnosed «d3_us»
Public health nurse: «a_full» («a_em»)
Contact list:
1. «q_full» -- «q_sp», household, IGRA pos, CXR «d1_us», start «k_drug»
2. «r_caps» -- child, household, window prophylaxis
3. «c_init» -- co-worker at the poultry plant, IGRA neg; repeat 8 weeks
4. «d_plain» (also written «d_full») -- neighbour, declined testing, «d_ph»
5. «m_mono» (FNU «m_mono») -- roommate, moved to «town», phone «r_ph»
Index patient lives at «street», «town» «zip»; speaks «p_lang»; ‹DOT› by video on «k_prod». «p_given» asked that «b_given» not be told.
Notes: «k_term»; «k_drug2» for contacts under 5. «k_org» notified «d2_us». «k_w».
"""

VACCINE = """‹Mobile Vaccine Clinic› roster -- «k_wd», «d1_long», ‹mosque hall› and ‹gurdwara› sites
Lead: «a_full»      Vaccinator: «b_init»      Scribe: «c_given»
#   Name                       DOB             Vaccine            Notes
01  «p_formal»         «p_dob_us»      Tdap, «k_term»-risk   «p_lang» speaker
02  «q_formal»         «q_dob_us»      MMR #2             brought by «p_given»
03  «r_caps»           «r_dob_us»      HepB #3            «k_drug» pre-med
04  «d_plain»          «d_dob_us»      influenza          name in passport: «d_full»
05  «w_full»           «w_dob_us»      COVID-19 booster   callback «w_ph»
Walk-in: «m_mono» (single name; entered as FNU «m_mono»), age «age», flu only.
Issues: «r_given» fainted after HepB, observed 30 min by «b_given». «k_w». Supplies from ‹CDC›.
"""

MATERNITY = """Antenatal booking -- ‹Midwifery› «d1_dmy»
Name: «p_full»   (registered as «p_formal»)   DOB: «p_dob_dmy»   MRN: «mrn»
G3P2, LMP «d3_dmy», EDD «d2_dmy». Partner: «q_full», «q_ph». Interpreter: «p_lang» («a_full» by phone).
Social: lives at «street», «town» «zip» with partner and children «r_given» and «c_given». Mother-in-law «d_full» visits for «k_cw».
Obstetric hx: both births in «p_country»; second baby delivered by «p_her» «w_unc» «w_given» at home. «k_term».
Plan: «k_drug», «k_drug2». GTT at 26 weeks. ‹Hb› 10.2. «p_given» declines male clinicians -- noted for «b_full».
Booked by midwife «b_given» «b_family» («b_em»). «k_w».
"""

SCHOOL = """SCHOOL ENROLMENT HEALTH FORM -- ‹Newcomer Academy›
Student: «r_formal»          Goes by: «r_nick»          DOB: «r_dob_us»
Parent/guardian 1: «p_full», cell «p_ph»        Parent/guardian 2: «q_full», «q_em»
Home address: «street», «town», «k_state» «zip»
Home language: «p_lang»     Country of birth: «p_country»     Medicaid #: «medicaid»
Immunisations: records from «d3_us» (camp clinic) -- catch-up by «a_full», school nurse.
Health concerns: «k_term». Takes «k_drug» at home. Older sibling «c_given» attends the same school.
Emergency contact if parents unreachable: «d_full» («d_unc»), «d_ph».
Signed «p_init»  «d1_us»    Received by «b_full», registrar
Notes: «r_given» is away for «k_cw»; «k_w».
"""

PHARMACY = """Pharmacy counselling log -- ‹Outpatient Pharmacy›
«d1_us» 10:12  «p_caps» (DOB «p_dob_us», Rx for «k_drug») counselled by «a_full», PharmD, via «p_lang» phone interpreter #41872.
  Pt's «q_son» «q_given» picked up. «p_given» takes it after ‹Ramadan› fast breaks. Warned re «k_term».
«d1_us» 11:05  «r_full» -- «k_drug2»: how to use pen. «r_given» asked for «r_her» cousin «c_full» to be the contact («c_ph»).
«d2_us» 09:30  Mr «m_mono» (one name; FNU on the script) -- refill. Said «d_given» from the mosque would collect; ID shown as «d_plain».
«d2_us» 14:48  «w_given» «w_family»'s carer called about «k_drug3»; spoke with «b_given». Callback «w_ph».
Reviewed by «b_full». «k_w». Delivery to «street», «town» on «k_wd».
"""

DIALYSIS = """‹Dialysis Unit› chair schedule -- week of «d1_us»
MWF 06:00   Chair 3   «p_formal»   (transport: «k_org»)   EDW 71.5 kg
MWF 06:00   Chair 4   «q_caps»     («q_nat», interpreter «q_lang» on «k_wd»)
TTS 11:30   Chair 7   «r_init»     «k_drug» post-run
TTS 11:30   Chair 8   «d_full»     chart shows «d_plain»; same person, merge pending
TTS 16:00   Chair 2   «c_full»     new start «d2_us», consent witnessed by «c_her» «w_neph» «w_full»
Charge nurse: «a_full» ext 4471   Tech: «b_given»
Notes: «p_given» missed «d3_us»; «q_given» is «age» and asks for the early chair. «k_drug2» on «k_wd2». «k_term». «k_w».
"""

TRANSPORT = """NON-EMERGENCY TRANSPORT BOOKING -- ref «mrn2»
Passenger: «p_full»         DOB: «p_dob_long»      Medicaid: «medicaid»
Pickup: «street», «town», «k_state» «zip»     Phone: «p_ph» (or «q_gson» «q_given», «q_ph»)
Destination: ‹Dialysis Unit›, ‹Building C›     Date: «d1_long», ready 05:20
Mobility: wheelchair; escort «q_full» rides along. Language «p_lang» -- driver «a_given» speaks some.
Return: «d1_md» after 11:00. Booked by «b_full» for Dr «c_family». «p_given» is «age», do not leave at kerb.
Driver notes: ask for «p_nick» at the door; «r_full» next door has a key. «k_w». «k_cw» this week.
"""

MENTAL = """Behavioural health intake -- ‹Refugee Wellness Program›
Client: «p_formal»     Preferred name: «p_given»     DOB: «p_dob_iso»     MRN: «mrn»
Referred by «a_full» (primary care) on «d3_long». Interpreter: «b_full», «p_lang».
«p_given» fled «p_country» with «p_her» «q_bro» «q_given»; «q_full» now lives in «town» and calls daily from «q_ph».
Reports nightmares, startle, low mood. Lost «p_her» «d_mom» «d_full» and cousin «c_given» on the journey. Faith: attends «k_cw».
Screen: PHQ-9 19, PCL-5 52. Impression: «k_term». Plan: trauma-focused therapy; «k_drug» at night; ‹safety plan› shared with «q_given».
Emergency contact: «r_full», «r_ph». Next session «d1_long». «k_w».
Clinician: «c_init»
"""

SLACK = """#clinic-ops (Slack export)
«a_low» 08:02  heads up -- we scanned «p_full»'s labs into «q_full»'s chart yesterday. both are «p_nat», both born «p_dob_md»?? 
«b_low» 08:04  which MRN? «p_given» is «mrn», «q_given» is «mrn2»
«a_low» 08:05  the one with «k_drug». «q_title» was at the desk on «d1_md» and saw the wrong name on the printout
«c_low» 08:07  ugh. «k_prod» search for «p_family» brings up «d_plain» too, spelling w/o the accents vs «d_full»
«b_low» 08:09  I'll ask «r_given» «r_family» in HIM to fix. also «p_given»'s «w_son» «w_given» called, «w_ph»
«a_low» 08:12  thanks «b_given». «k_w». filing an incident in «k_prod2»
«c_low» 08:15  fyi «p_given» goes by «p_nick» at home, that's how «q_given» ended up on the list
"""

BUGREPORT = """[BUG] Patient banner truncates multi-part family names (ticket HEALTH-2231)
Reporter: «a_full»   Assignee: «b_given»
Steps: open chart «mrn» in staging (copied from prod, sorry) and compare banner with demographics.
Expected: «p_formal»
Actual:   «p_init»
Record as pasted:
  name.family  = "«p_family»"
  name.given   = "«p_given»"
  birthDate    = «p_dob_iso»
  telecom      = «p_ph», «p_em»
  address      = «street», «town» «zip»
  contact      = «q_full» («q_sp»), «q_ph»
Also broken for «d_full» (shows «d_plain»), «r_formal» and «c_caps». «k_term» in the problem list renders fine.
Env: «k_prod», build 4.18.2. cc «c_given» -- can you scrub this before «k_wd»? «k_w».
"""

GITHUB = """### Name normaliser drops particles and okina (#882)
@«a_low» opened this issue on «d1_long»

The importer turned these records into garbage. Payload from the «k_org» feed (real data, will rotate):

```json
{"patient": {"id": "«mrn»", "name": "«p_full»", "legal": "«p_formal»", "dob": "«p_dob_iso»", "phone": "«p_ph»",
 "email": "«p_em»", "language": "«p_lang»", "address": {"line": "«street»", "city": "«town»", "zip": "«zip»"}},
 "guardian": {"name": "«q_full»", "phone": "«q_ph»"},
 "alias": ["«d_full»", "«d_plain»"], "meds": ["«k_drug»", "«k_drug2»"]}
```

Expected `«p_given»` to stay `«p_given»`; got an empty given name. @«b_low» says «r_full» and «c_full» broke the same way on «d2_long».
Labels: bug, «k_prod». «k_w».
"""

SMS = """{"ts": "«d1_iso» 08:00", "to": "«p_ph»", "body": "Hi «p_given», reminder: «k_wd» at 9:30 with «a_full». Reply C to confirm. «k_w»."}
{"ts": "«d1_iso» 08:03", "from": "«p_ph»", "body": "C. my «q_son» «q_given» will bring me. thank you"}
{"ts": "«d1_iso» 09:10", "to": "«q_ph»", "body": "«q_given», the «p_lang» interpreter «b_full» will meet «p_given» at the door."}
{"ts": "«d2_iso» 08:00", "to": "«r_ph»", "body": "Dear «r_title», your «k_drug» refill is ready at ‹Outpatient Pharmacy›."}
{"ts": "«d2_iso» 08:40", "from": "«r_ph»", "body": "this is «c_full» for «r_given». «r_given» is at «k_cw» today, I collect"}
{"ts": "«d2_iso» 10:12", "to": "«d_ph»", "body": "«d_full», please call «a_given» on «a_ph» about your results."}
{"ts": "«d2_iso» 10:30", "to": "«w_ph»", "body": "Hello «w_given», «k_org» van pickup at «street» confirmed for «k_wd2»."}
"""

TEMPLATES: list[tuple[str, str, str]] = [
    ("nt32_refugee_health_screening", "text", REFUGEE),
    ("nt32_interpreter_services_request", "text", INTERPRETER),
    ("nt32_i693_civil_surgeon_worksheet", "text", I693),
    ("nt32_chw_home_visit_report", "text", CHW),
    ("nt32_ihs_service_unit_note", "text", IHS),
    ("nt32_pacific_diabetes_clinic_letter", "text", PACIFIC),
    ("nt32_tb_contact_investigation_list", "text", TB),
    ("nt32_mobile_vaccine_clinic_roster", "text", VACCINE),
    ("nt32_antenatal_booking_note", "text", MATERNITY),
    ("nt32_school_enrolment_health_form", "text", SCHOOL),
    ("nt32_pharmacy_counselling_log", "text", PHARMACY),
    ("nt32_dialysis_chair_schedule", "text", DIALYSIS),
    ("nt32_nonemergency_transport_booking", "text", TRANSPORT),
    ("nt32_behavioural_health_intake", "text", MENTAL),
    ("nt32_slack_patient_mixup_thread", "text", SLACK),
    ("nt32_dev_bug_report_record_paste", "text", BUGREPORT),
    ("nt32_github_issue_json_payload", "text", GITHUB),
    ("nt32_sms_reminder_log", "ndjson", SMS),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe32:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, "en", fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
