# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-seventh independent probe corpus: mental-health and substance-use treatment text -- records under
42 CFR Part 2 and the mental-health acts -- from the United States, Canada, the United Kingdom, Ireland and
Australia, as therapists, counsellors, crisis lines, psychiatric units, opioid-treatment programmes, drug
courts, recovery residences and eating-disorder services write it, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a psychotherapy progress note (DAP / SOAP; US,
Canada), an intensive-outpatient group-therapy attendance roster with a process note (US, Australia), a
crisis-line call log (Ireland, Australia), a California 5150 application (WIC 5150, police officer,
badge), an Ontario Mental Health Act Form 1, an English / Scottish Mental Health Act Section 2 / 3
application (AMHP, nearest relative), a community treatment order (England CTO1, Victoria), a peer-support
chat transcript (US warm line, Irish text service), an opioid-treatment-programme dosing log with its
take-home schedule (US, Canada), a drug-court progress letter (US, New South Wales), a sober-living /
recovery-residence intake (US, Canada), an eating-disorder meal-support log (UK, Australia), a Stanley-Brown
safety plan with emergency contacts (US, Ireland), a 42 CFR Part 2 consent to disclose (US), an alcohol
detox CIWA-Ar flowsheet (Ireland, UK), an Irish Mental Health Act 2001 application and recommendation, a
GP referral to talking therapies / a Mental Health Treatment Plan (UK, Australia) and an inpatient
psychiatric discharge summary (Canada, Australia).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the client / patient, `r` a partner or
parent (the nearest relative), `m` a second emergency contact (sibling, adult child, friend), `sp` a sponsor
or peer, `d` a psychiatrist / physician / prescriber, `e` a counsellor, nurse or therapist, `s` a staff
member (case manager, AMHP, peer worker, house manager, crisis-line worker, dispensing nurse), `x` a police
officer or probation officer, `j` a judge or court coordinator, `y` `z` `u` `v` group members or other
callers. Forms: `_n` "Given Family", `_g` given, `_f` family, `_F` FAMILY, `_lf` "Family, Given", `_LF`
"FAMILY, Given", `_ph` `_ph2` `_em`, `_line` `_town` `_pc` `_addr`, `_region` (keep), `_nid` (SSN, SIN,
NI number, PPSN), `_plan` (Medicaid, OHIP / provincial card, NHS / CHI, medical card, Medicare), `_dob`,
`_age` (keep, "34-year-old"), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- clients, relatives, emergency contacts, sponsors, peers, group members,
  counsellors, therapists, psychiatrists, nurses, AMHPs, case managers, house managers, crisis-line and
  chat workers, police officers, probation officers, judges and court coordinators -- in every form: full,
  given alone, family alone ("Dr Hislop", "Officer Bergin", "Judge Scully": the title plain), capitals,
  "Family, Given" and "FAMILY, Given". Honorifics, titles and role words (Mr, Ms, Dr, Officer, Sgt,
  Judge, Hon., sponsor, mum) are plain text outside the value.
- ADDRESS: street lines (with apartment / flat / unit), towns, suburbs, townlands. ZIP: US ZIP codes,
  Canadian postal codes, UK postcodes, Irish Eircodes, Australian postcodes. States, provinces, UK
  nations and Irish counties are first-level divisions: keep when written alone, plain text inside an
  address ("Co. Kerry", ", OH "); countries keep.
- DATE: every date more specific than a year (birth, session, admission, hold, hearing, dosing, take-home,
  consent expiry, follow-up) in every form (03/14/2024, 14/03/2024, March 14, 2024, 14 March 2024,
  2024-03-14, 14-Mar-2024, 3/14, 14/03); years alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person (a clinician's direct line and a sponsor's mobile too). URL: a chat session /
  telehealth link with its token. IP: a chat client's address. VEHICLE: a number plate.
- SSN: US social security numbers. ID: SIN, NI numbers, PPSNs, client / programme-client IDs, crisis-line
  call and chat IDs, court case / docket / information numbers, police incident numbers and badge
  numbers, hold / form / section reference numbers, bed-board and referral numbers, residence IDs. MRN:
  hospital and clinic record numbers, OTP chart numbers, UR numbers. HEALTH_PLAN: Medicaid IDs, OHIP /
  provincial health cards, NHS and CHI numbers, GMS medical cards, Medicare (AU) numbers. ACCOUNT: a
  residence's rent / fee account. LICENSE: clinicians' NPI, DEA, state licence, CPSO, GMC, NMC, IMC,
  NMBI and AHPRA numbers, driver's licences.
- Keep (must survive): treatment programmes, services, hospitals, crisis lines, charities and courts
  (names that hold no town), medications and doses (methadone, buprenorphine, antipsychotics, ...), scores
  (PHQ-9, GAD-7, AUDIT, COWS, CIWA-Ar, C-SSRS, EDE-Q, BMI), DSM-5 / ICD-10 codes, first-level divisions
  and countries alone, ages under 90 ("34-year-old"), years.
- Not scored (plain text): honorifics, relationship words, form labels, switchboard and national helpline
  numbers (988, 116 123, 13 11 14), times, vitals, weights, bed and room numbers, section numbers of acts.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe57 import ids
from tests.engine.probe57.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MEDS = ["Sertraline 100 mg", "Fluoxetine 40 mg", "Escitalopram 10 mg", "Venlafaxine XR 150 mg", "Mirtazapine 15 mg", "Quetiapine 100 mg",
        "Olanzapine 10 mg", "Aripiprazole 15 mg", "Lithium carbonate 800 mg", "Lamotrigine 200 mg", "Risperidone 2 mg", "Lorazepam 1 mg",
        "Naltrexone 50 mg", "Acamprosate 666 mg", "Prazosin 2 mg", "Hydroxyzine 25 mg", "Trazodone 50 mg", "Gabapentin 300 mg",
        "Clozapine 300 mg", "Bupropion XL 300 mg", "Duloxetine 60 mg", "Zopiclone 7.5 mg", "Propranolol 40 mg", "Melatonin 2 mg"]  # fmt: skip
OTP_MEDS = {"US": ["Methadone 85 mg", "Methadone 110 mg", "Buprenorphine/naloxone 16 mg/4 mg", "Methadose 95 mg"],
            "CA": ["Methadone 90 mg", "Buprenorphine/naloxone 12 mg/3 mg", "Kadian 600 mg", "Methadone 70 mg"],
            "GB": ["Methadone 1 mg/mL oral solution 60 mL", "Buprenorphine 16 mg", "Espranor 8 mg"],
            "IE": ["Methadone 1 mg/mL 75 mL", "Suboxone 8 mg/2 mg"], "AU": ["Biodone Forte 80 mg", "Suboxone 16 mg/4 mg", "Buvidal 128 mg weekly"]}  # fmt: skip
ICD = {"dep": ["F32.2", "F33.1", "F32.1", "F33.2"], "anx": ["F41.1", "F43.10", "F41.0", "F43.23"], "bip": ["F31.2", "F31.4", "F20.9", "F25.0", "F23"],
       "alc": ["F10.20", "F10.239", "F10.230"], "opi": ["F11.20", "F11.23", "F11.21"], "stim": ["F15.20", "F12.20", "F14.20"],
       "ed": ["F50.01", "F50.02", "F50.2", "F50.8"], "pd": ["F60.3", "F43.12"], "si": ["R45.851", "Z91.5"]}  # fmt: skip
CRISIS = {"US": "988 Suicide & Crisis Lifeline", "CA": "9-8-8 Suicide Crisis Helpline", "GB": "Samaritans", "IE": "Pieta", "AU": "Lifeline"}
PROGRAMS = {
    "US": ["Cedar Hollow Recovery Center", "Meridian Behavioral Health", "Beacon Opioid Treatment Program", "Lantern House Treatment Services", "Bridgeway Counseling Associates"],
    "CA": ["Northern Lights Addiction Services", "Waypoint Community Mental Health", "Harbourview Opioid Agonist Therapy Clinic", "Sweetgrass Healing Lodge"],
    "GB": ["Northfell NHS Foundation Trust", "Riverside Recovery Partnership", "Kinharvie Community Mental Health Team", "Hollins Eating Disorders Service"],
    "IE": ["HSE Community Mental Health Team", "Cuan Mhuire", "Aiséirí Treatment Centre", "St Declan's Approved Centre"],
    "AU": ["Orana Mental Health Service", "Cornerstone Pharmacotherapy Clinic", "Wattlebird Alcohol and Other Drug Service", "Saltwater Eating Disorders Program"],
}  # fmt: skip
WARDS = {"CA": ["Schedule 1 Facility, Inpatient Psychiatry", "Acute Mental Health Unit 4B"], "AU": ["Acute Inpatient Unit (Ward 6)", "Banksia Unit"]}
US_STATES = ["California", "Ohio", "Oregon", "Kentucky", "Minnesota", "New Mexico"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date_forms(d: date, us: bool) -> dict[str, Slot]:
    mon = MONTHS[d.month - 1]
    return {"dmy": P("DATE", f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"), "long": P("DATE", f"{mon} {d.day}, {d.year}" if us else f"{d.day} {mon} {d.year}"),
            "iso": P("DATE", d.isoformat()), "dm": P("DATE", f"{d.month}/{d.day}" if us else f"{d.day:02d}/{d.month:02d}"),
            "mon": P("DATE", f"{d.day:02d}-{mon[:3]}-{d.year}"), "wd": (f"{d:%a} ", P("DATE", f"{d.month}/{d.day}" if us else f"{d.day:02d}/{d.month:02d}"))}  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    c = w.loc.code
    us = c == "US"
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_NF": N(w.full.upper()),
        f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_hon": ("Ms" if w.female else "Mr") + ("." if c in ("US", "CA") else ""), f"{x}_he": "she" if w.female else "he",
        f"{x}_his": "her" if w.female else "his", f"{x}_He": "She" if w.female else "He", f"{x}_His": "Her" if w.female else "His", f"{x}_sex": "F" if w.female else "M",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_nid": P("SSN" if us else "ID", w.nid) if w.nid else "", f"{x}_plan": P("HEALTH_PLAN", w.plan),
        f"{x}_dob": date_forms(w.dob, us)["dmy"], f"{x}_dobl": date_forms(w.dob, us)["long"], f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_age": K(f"{age}-year-old"), f"{x}_agey": K(f"{age} y/o"), f"{x}_old": P("AGE", str(age)),
    }  # fmt: skip


Y = 365
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "mh57_crisis_line_call_log": {"m": (90 * Y + 30, 96 * Y)},
    "mh57_eating_disorder_meal_support_log": {"p": (15 * Y, 24 * Y), "r": (40 * Y, 55 * Y)},
    "mh57_psychiatric_discharge_summary": {"m": (90 * Y + 30, 97 * Y)},
    "mh57_safety_plan_emergency_contacts": {"u": (90 * Y + 30, 95 * Y)},
}
REGION = {"mh57_involuntary_hold_5150": "California", "mh57_ontario_mha_form1": "Ontario"}
FEMALE = {"mh57_eating_disorder_meal_support_log": True}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    ages = AGES.get(kind, {})
    region = REGION.get(kind)
    if kind == "mh57_community_treatment_order" and loc_code == "AU":
        region = "Victoria"
    if kind == "mh57_mha_section_application" and loc_code == "GB":
        region = rng.choice(["England", "Scotland"]) if rng.random() < 0.4 else "England"
    p = draw_person(rng, loc, used, d1, female=FEMALE.get(kind), age_days=ages.get("p", (19 * Y, 68 * Y)), region=region)
    ppl: dict[str, Person] = {"p": p}
    ppl["r"] = draw_person(rng, loc, used, d1, culture=None, home=p if rng.random() < 0.6 else None, age_days=ages.get("r", (20 * Y, 75 * Y)),
                           family=p.family if rng.random() < 0.5 else None, region=p.region)  # fmt: skip
    for x in ("m", "sp", "d", "e", "s", "x", "j", "y", "z", "u", "v"):
        female = True if x in ages and ages[x][0] >= 90 * Y else None
        ppl[x] = draw_person(rng, loc, used, d1, female=female, age_days=ages.get(x, (22 * Y, 66 * Y)),
                             region=p.region if x in ("m", "sp", "y", "z", "u", "v") else None)
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    us = loc_code == "US"
    dates = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(1, 6)), "d3": d1 - timedelta(days=rng.randint(7, 60)),
             "d4": d1 + timedelta(days=rng.randint(14, 60)), "d5": d1 + timedelta(days=rng.randint(90, 360))}  # fmt: skip
    for key, d in dates.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, us).items()})
    for i in range(7):  # a dosing week
        s.update({f"w{i}_{k}": v for k, v in date_forms(d1 + timedelta(days=i), us).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["mrn"] = F("MRN", "%######", "%#######", "MR%######", "UR%#####", "E%######")
    s["client"] = F("ID", "CL-%#####", "%######", "C%#####-#", "%####-%###")
    s["call"] = F("ID", "%##########", "CL%#########", f"{d1:%Y%m%d}-%####")
    s["case"] = F("ID", f"{d1:%y}-DC-%####", f"CR-{d1.year}-%#####", f"%###-{d1:%y}", f"{d1.year}/%#####")
    s["docket"] = F("ID", "%#########", "DTC-%#####")
    s["incident"] = F("ID", f"{d1:%y}-%######", "%#########", f"P{d1:%y}%#####")
    s["badge"] = F("ID", "%####", "#%###")
    s["ref"] = F("ID", "REF-%######", "%#######", "MHA-%####")
    s["resid"] = F("ID", "R-%####", "%#####")
    s["acct"] = F("ACCOUNT", "%#######", "AC-%######", "%###-####")
    s["plate"] = P("VEHICLE", fill(rng, {"US": rng.choice(["^@@@###", "#@@@###", "^###@@"]), "CA": "@@@@ ###", "GB": "@@## @@@", "IE": "%##-@@-%###", "AU": "%@@^@@"}[loc_code]))
    s["dl"] = P("LICENSE", fill(rng, {"US": "@#######", "CA": "@####-#####-#####", "GB": "@@@@@%#####@@#@@", "IE": "%########", "AU": "%#######"}[loc_code]))
    for x in ("d", "e"):
        s[f"{x}_reg"] = P("LICENSE", ids.registration(rng, loc_code, nurse=x == "e"))
    s["d_npi"] = P("LICENSE", ids.npi(rng))
    s["e_npi"] = P("LICENSE", ids.npi(rng))
    s["d_dea"] = P("LICENSE", ids.dea(rng, ppl["d"].family))
    s["url"] = P("URL", f"https://{rng.choice(['chat.warmline-connect.org', 'peer.textsupport.net', 'join.recoverylink.app'])}/s/" + fill(rng, rng.choice(["@@%#@%#@", "%#######", "@%@%@%@%@%"])))
    s["ip"] = P("IP", f"{rng.choice([24, 73, 86, 109, 142, 203])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    # keep values
    meds = rng.sample(MEDS, 4)
    for i, m in enumerate(meds, 1):
        s[f"med{i}"] = K(m)
    s["otp"] = K(rng.choice(OTP_MEDS[loc_code]))
    s["otp_low"] = K(rng.choice(OTP_MEDS[loc_code]))
    for key, vals in ICD.items():
        s[f"icd_{key}"] = K(rng.choice(vals))
    s["phq"] = K(f"PHQ-9: {rng.randint(10, 26)}")
    s["phq2"] = K(f"PHQ-9 {rng.randint(4, 15)}")
    s["gad"] = K(f"GAD-7: {rng.randint(8, 20)}")
    s["audit"] = K(f"AUDIT score {rng.randint(16, 36)}")
    s["cows"] = K(f"COWS {rng.randint(5, 24)}")
    s["cows2"] = K(f"COWS = {rng.randint(2, 6)}")
    s["ciwa"] = [K(f"CIWA-Ar {n}") for n in sorted(rng.sample(range(4, 28), 4), reverse=True)]
    s["bmi"] = K(f"BMI {rng.randint(14, 17)}.{rng.randint(0, 9)}")
    s["edeq"] = K(f"EDE-Q global {rng.randint(3, 5)}.{rng.randint(10, 99)}")
    s["cssrs"] = K(rng.choice(["C-SSRS screen positive", "C-SSRS moderate risk", "C-SSRS high risk"]))
    s["crisis"] = K(CRISIS[loc_code])
    s["prog"] = K(rng.choice(PROGRAMS[loc_code]))
    s["prog2"] = K(rng.choice([x for x in PROGRAMS[loc_code] if x != s["prog"].value]))
    s["ward"] = K(rng.choice(WARDS.get(loc_code, ["Acute Admissions Ward"])))
    s["region"] = K(p.region)
    s["country"] = K(loc.country)
    s["year"] = K(str(d1.year - rng.randint(2, 12)))
    s["p_rel"] = "wife" if ppl["r"].female else "husband"
    s["r_rel"] = ("wife" if ppl["r"].female else "husband") if ppl["r"].family == p.family else ("partner" if rng.random() < 0.6 else ("mother" if ppl["r"].female else "father"))
    if kind == "mh57_eating_disorder_meal_support_log":
        s["r_rel"] = "mum" if ppl["r"].female else "dad"
    s["m_rel"] = rng.choice(["sister" if ppl["m"].female else "brother", "friend", "cousin"])
    for i, (a, b) in enumerate([(0, 6), (0, 10), (1, 5)]):
        s[f"n{i}"] = str(rng.randint(a + 1, b))
    return s


# ---- templates ---------------------------------------------------------------------------------------------

THERAPY = {
    "US": """«prog» — Outpatient Psychotherapy                   CONFIDENTIAL: ‹42 CFR Part 2› / HIPAA
PROGRESS NOTE (DAP)                                             Session #14, 53 min (CPT 90837)
Client: «p_LF»      DOB: «p_dob»      MRN: «mrn»      Medicaid ID: «p_plan»
Date of service: «d1_dmy»      Clinician: «e_n», LCSW (NPI «e_npi»)      Telehealth: no
D: Client reports a hard week after «p_his» «r_rel» «r_g» moved out on «d3_dm». Sleeping 4-5 h, "can't shut my brain off".
   Scores today: «phq» (was «phq2» at intake on «d3_long»), «gad». Denies SI/HI; «cssrs» at intake, none today.
   Still attending ‹Narcotics Anonymous›; sponsor «sp_n» (cell «sp_ph») checks in daily. Cravings 3/10, last use reported «year».
A: Presentation consistent with «icd_dep» and «icd_anx»; stimulant use disorder «icd_stim», in sustained remission.
   Worked on ‹cognitive restructuring› re: "I ruin everything"; client identified two counter-examples.
P: Continue weekly ‹CBT›. Psychiatry f/u with Dr. «d_f» on «d4_dmy» re «med1» (client asks about «med2»).
   Client consented to call «p_his» «m_rel» «m_n» at «m_ph» if «p_he» misses two sessions. Next session «d2_wd» 4 pm.
   Home address confirmed for mailed statements: «p_addr». Signed: «e_n», LCSW, «d1_dmy» 17:40
""",
    "CA": """«prog» — Counselling Services                                  CLINICAL NOTE (SOAP)
Client: «p_n»   Chart #: «mrn»   Health card: «p_plan»   DOB: «p_dobiso»
Session date: «d1_long», individual, 50 min — Counsellor: «e_n», RSW (OCSWSSW «e_reg»)
S: «p_g» says the panic attacks are "less often but worse". Off work (‹short-term disability›) since «d3_dmy». Lives with «p_his» «r_rel», «r_n».
   Drinking "a few beers most nights"; «audit» at intake. Mother «m_n» («m_ph») is «p_his» main support.
O: Tearful early, settled by mid-session. «phq», «gad». No psychotic features.
A: «icd_anx» with «icd_dep»; alcohol use disorder «icd_alc} — moderate.
P: Continue ‹interoceptive exposure›. Referred to Dr «d_n» (CPSO «d_reg») for a «med1» review; currently on «med3».
   Crisis plan reviewed: «crisis» and the local mobile crisis team. Next appointment «d4_long».
   Client's address for the referral: «p_addr». Email reminders to «p_em».
""",
}
THERAPY["CA"] = THERAPY["CA"].replace("«icd_alc}", "«icd_alc»")

GROUP = {
    "US": """«prog» — ‹Intensive Outpatient Program› (IOP), Track B          Week of «w0_dmy»
GROUP THERAPY ATTENDANCE / PROCESS NOTE — Relapse Prevention, 3 h          ‹ASAM level 2.1›
Facilitator: «e_n», LADC      Co-facilitator: «s_n», CPRS (peer recovery specialist)
 Client                     Client ID    «w0_wd»  «w2_wd»  «w4_wd»   Notes
 «p_lf»                     «client»      P        P        L (20m) UDS neg x2
 «y_lf»                     «resid»       P        A        P       excused — court («x_f»)
 «z_lf»                     «docket»      P        P        P
 «u_lf»                     «ref»         A        A        P       called «u_ph»
Process note («w2_dmy»): Topic "‹high-risk situations›". «p_g» shared that «p_his» brother-in-law «v_n» keeps offering
pills at family dinners; group role-played refusal skills. «y_g» was absent; «z_g» challenged «u_g» about minimising
use ("it's only weed"). «p_g» disclosed a lapse on «d3_dm» (alcohol), «p_he» called sponsor «sp_g» before it went further.
Current meds discussed in group by clients' choice: «med1», «otp». Diagnoses on file: «icd_alc», «icd_opi», «icd_stim».
Plan: «p_g» to bring the relapse-prevention worksheet; next group «w4_wd». «e_f» to update the Part 2 consent for the
probation officer «x_n» (case «case»).
""",
    "AU": """«prog» — Day Program, Group 2 (AOD Relapse Prevention)                  Week commencing «w0_dmy»
ATTENDANCE REGISTER + GROUP NOTE             Facilitators: «e_n» (Clinical Psychologist), «s_n» (Peer Worker)
 Participant                UR No.       «w0_wd»  «w1_wd»  «w3_wd»   Comment
 «p_LF»                     «mrn»         ✓        ✓        ✓        «cows2» on arrival «w1_dm»
 «y_LF»                     «client»      ✓        ✗        ✓        unwell, text from «y_ph»
 «z_LF»                     «resid»       ✓        ✓        ✗        at ‹Drug Court of New South Wales› «w3_dm»
 «u_LF»                     «ref»         ✗        ✓        ✓
Group note («w1_dmy»): Theme "‹urge surfing›". «p_g» spoke about the anniversary of «p_his» mate «v_n»'s overdose and
about moving back in with «p_his» «r_rel» «r_g» in «p_town». «z_g» and «u_g» offered support; «y_g» absent.
«p_g» currently on «otp» (dosed at the pharmacy) and «med1»; diagnoses «icd_opi», «icd_dep». ‹K10› not repeated this week.
Follow-up: «e_f» to phone GP Dr «d_n» re script; «p_g»'s preferred contact «p_ph». Next review «d4_dmy».
""",
}

CRISIS_LOG = {
    "IE": """«crisis» — Crisis Helpline · Call Record                            Call ID: «call»
Received: «d1_dmy» 02:47 (duration 41 min)     Counsellor on duty: «s_n»     Clinical lead on call: «e_n»
Caller: «p_n» (gave first name «p_g» at first, full name later), «p_age»
Callback number: «p_ph»       Address given for safety check: «p_addr»
Summary: caller drinking since afternoon, took approx. 10 x «med4» at 01:30. Thoughts of ending life, «cssrs».
States «p_his» «r_rel» «r_n» is away; «p_his» grandmother «m_n» («m_old», lives with «p_him_her» at the same address) is asleep upstairs.
Protective factors (‹Columbia Protocol›): dog, «p_his» «m_rel» «sp_n» (mob «sp_ph»). Previous contact with service «d3_dmy» (call ref «ref»).
Action: with consent, ambulance requested 03:05 (‹National Ambulance Service›); ‹An Garda Síochána› attended (Garda «x_n», Badge «badge»). Caller conveyed to ED.
Follow-up: therapist «e_g» to phone «p_g» on «d2_dmy» at 11:00. GP: Dr «d_n», Medical card «p_plan».
Risk codes: «icd_si», «icd_alc».
""",
    "AU": """«crisis» · Crisis Support Line — Contact Record                       Contact ID: «call»
Contact date/time: «d1_iso» 23:18 AEST      Crisis Supporter: «s_n» (ID «resid»)      Shift supervisor: «e_n»
Help seeker: «p_n», «p_age»   Phone: «p_ph»   Location given: «p_addr»
Reason for contact: relationship breakdown with «p_his» «r_rel» «r_n»; drinking; thoughts of suicide with a plan (car).
Help seeker's car: rego «plate», parked at «m_line», «m_town» («p_his» nan «m_n»'s house — nan is «m_old» and unaware).
Risk: «cssrs». ‹Means restriction› discussed — agreed to give keys to «p_his» friend «sp_n» («sp_ph»).
Supports: GP Dr «d_n»; previous admission to «prog» ending «d3_long». Medicare «p_plan».
Outcome: safety plan made; «p_g» agreed to call back or go to ED. Warm referral to «prog2» for «d2_dmy».
Notes: «icd_si»; reported meds «med1», «med2».
""",
}
for _k in CRISIS_LOG:
    CRISIS_LOG[_k] = CRISIS_LOG[_k].replace("«p_him_her»", "them")

HOLD_5150 = """STATE OF CALIFORNIA — ‹HEALTH AND HUMAN SERVICES AGENCY›                 ‹DEPARTMENT OF HEALTH CARE SERVICES›
APPLICATION FOR ASSESSMENT, EVALUATION, AND CRISIS INTERVENTION OR PLACEMENT FOR EVALUATION AND TREATMENT
W&I Code, section 5150 / 5585                                                      DHCS 1801 (02/2023)
Detained person: «p_NF»          DOB: «p_dob»         Sex: «p_sex»
Address: «p_addr»          Phone: «p_ph»
Date and time of detainment: «d1_dmy» 21:35          Location: outside «x_line», «x_town»
Incident / report no.: «incident»
ADVISEMENT: My name is Officer «x_f». I am a peace officer with the ‹Sheriff's Department›. You are not under criminal arrest,
but I am taking you for an examination by mental health professionals at ‹Crestview Psychiatric Emergency Services›.
Advisement completed by «x_n», Badge «badge»        ☒ Advisement completed
Based upon the above information, there is probable cause to believe that the person is, as a result of a mental health
disorder: ☒ ‹a danger to self›   ☐ ‹a danger to others›   ☒ ‹gravely disabled›.
Circumstances: Per «p_his» «r_rel» «r_n» («r_ph»), the person has not slept in 4 days, stopped «med1» on «d3_dmy», and was found
on the freeway overpass saying «p_he» "had to leave". Neighbour «m_n» («m_ph») called 911. «cssrs» on arrival at ED.
Vehicle left at scene: plate «plate», towed per «incident».
Signature: «x_n»    Title: Deputy Sheriff    Agency: Sheriff's Department    Phone: «x_ph»    Date: «d1_dmy»
Facility: ‹Crestview Psychiatric Emergency Services› — accepted by «d_n», MD (CA lic. «d_reg»)   Admit dx: «icd_bip»     MRN «mrn»
"""

FORM1 = """‹Ministry of Health› — ‹Mental Health Act›                                              Form 1
‹APPLICATION BY PHYSICIAN FOR PSYCHIATRIC ASSESSMENT›        Mental Health Act, R.S.O. 1990, c. M.7, subsection 15(1) and (1.1)
I, «d_n» (print name of physician), physician, CPSO «d_reg»,
«d_line», «d_town», ON «d_pc» (physician's address), phone «d_ph»,
on «d1_long» (date), personally examined «p_n» (print name of person), whose address is «p_addr».
Box A — I have reasonable cause to believe that the person has threatened / is threatening to cause bodily harm to
himself or herself, ☒ has attempted to cause bodily harm to himself or herself.
Facts I observed: «p_g» presented to the ED by ambulance after cutting both forearms; states "I'll finish it when I'm out".
«cssrs». Known «icd_pd»; recent discontinuation of «med1».
Facts communicated by others: «p_his» «r_rel» «r_n» (tel. «r_ph») reports «p_he» wrote goodbye notes on «d3_dmy»; roommate
«m_n» found pills (approx. 30 x «med4») and ‹Naloxone› hidden in «p_his» room. Police: Cst. «x_n», badge «badge», occurrence «incident».
This form authorizes, for a period of 7 days including the day of signature, the apprehension of the person named above.
Date and time of signing: «d1_dmy» 16:05.    Health card: «p_plan»    DOB «p_dobiso»    Hospital MRN: «mrn»
‹Form 42› given to patient by «e_n», RN, on «d1_dmy».  ‹Rights adviser› notified: «s_n».
Next assessment (Form 3 or release) due by «d4_dmy». Facility: ‹Lakeshore Regional Health Centre›, «ward».
"""

SECTION = {
    "GB": """‹MENTAL HEALTH ACT 1983› — FORM A2       Regulation 4(1)(a)(ii)
Section 2 — application by an approved mental health professional for admission for assessment
To the managers of «prog» (Acute Admissions Ward)
I, «s_n», AMHP, of «prog2», «s_line», «s_town», «s_pc», apply for the admission of
«p_n», of «p_addr», for assessment in accordance with Part 2 of the ‹Mental Health Act 1983›.
I am acting on behalf of the local social services authority. NHS number: «p_plan». DOB «p_dob».
Nearest relative: to the best of my knowledge and belief, «r_n» («p_his» «r_rel») of «r_addr» is the nearest relative.
I informed that person on «d1_dmy» at 14:20 by telephone («r_ph») that this application is to be made.
I last saw the patient on «d1_long» at 13:05, which was within the period of 14 days ending on the day this application is completed.
Medical recommendations: Dr «d_n» (‹s12 approved›, GMC «d_reg»), and the patient's GP Dr «e_n».
Background: «icd_bip}; stopped «med1» in «year». Police (PC «x_n», collar «badge») attended at «p_line» on «d3_dmy».
Sister «m_n» («m_ph») has been the main carer. Signed «s_n», «d1_dmy».  Ref «ref»
""",
    "SC": """‹MENTAL HEALTH (CARE AND TREATMENT) (SCOTLAND) ACT 2003› — Short-term detention certificate (section 44)
Patient: «p_n»            CHI: «p_plan»            DOB: «p_dob»
Address: «p_addr»
Approved medical practitioner: Dr «d_n» (GMC «d_reg»), «prog»
Mental Health Officer consulted: «s_n», MHO, «s_ph» — consent given «d1_dmy» 15:40
Named person: «r_n» («r_rel»), «r_addr», tel. «r_ph»
Date of examination: «d1_long». Detention in «prog2» begins «d1_dmy», ends «d4_dmy» unless revoked.
Grounds: «icd_bip»; significant deterioration after stopping «med1»; «p_he» assaulted «p_his» flatmate «m_n» on «d3_dmy»
(‹Police Scotland›, PC «x_n», incident «incident»). Risk to self and others. Currently on «med2».
‹Mental Health Tribunal for Scotland› notified; MWC ref «ref». Copy to GP Dr «e_n».
""",
}
SECTION["GB"] = SECTION["GB"].replace("«icd_bip}", "«icd_bip»")

CTO = {
    "GB": """‹MENTAL HEALTH ACT 1983› — FORM CTO1          Regulation 6(1)(a), 6(2)(a) and 6(3)(a)
‹Community treatment order›
PART 1 (To be completed by the responsible clinician)
Patient: «p_n»     NHS no. «p_plan»     DOB «p_dob»     Address on discharge: «p_addr»
In my opinion, the patient is suffering from mental disorder («icd_bip») of a nature which makes it appropriate to receive
medical treatment; it is necessary for «p_his» health and for the protection of others that «p_he» should receive such treatment.
Conditions: (a) accept depot «med2» every 14 days at the ‹depot clinic›; (b) reside at the address above; (c) see the care
co-ordinator «e_n» (NMC «e_reg», tel. «e_ph») at least fortnightly; (d) no contact with «m_n» without staff present.
Responsible clinician: Dr «d_n», GMC «d_reg»          Signed «d1_dmy»
PART 2 (AMHP) I, «s_n», AMHP, agree that the patient meets the criteria. Nearest relative «r_n» («r_rel») consulted
by phone «r_ph» on «d1_dmy». Effective date: «d2_long». Expires «d5_dmy» unless extended. Ref «ref».
""",
    "AU": """‹MENTAL HEALTH AND WELLBEING ACT 2022› (Vic) — ‹COMMUNITY TREATMENT ORDER›                        MHWA 17
Patient: «p_n»                 UR: «mrn»                 DOB: «p_dob»       Medicare: «p_plan»
Residential address: «p_addr»          Phone: «p_ph»
Designated mental health service: «prog»
Authorised psychiatrist: Dr «d_n» (AHPRA «d_reg»)     Case manager: «e_n» (AHPRA «e_reg»), «e_ph»
Order made: «d1_dmy»      Duration: 26 weeks, expires «d5_dmy»      ‹Mental Health Tribunal› hearing: «d4_long»
Treatment: «med2» fortnightly at the clinic; «med3» nocte. Diagnosis «icd_bip»; comorbid «icd_stim».
Nominated support person: «r_n» («r_rel»), «r_ph», «r_em».  ‹Independent Mental Health Advocacy› notified: «s_n».
Carer: «m_n» («m_rel»), «m_addr». Previous inpatient stay ended «d3_long»; police (Sen. Const. «x_n», reg. «badge») assisted.
""",
}

CHAT = {
    "US": """‹Warmline Peer Support Chat› — transcript export                     session «url»
Session ID «call» · started «d1_iso» 19:02 · client IP «ip» · peer: «s_g» (CPS)
[19:02] «s_g»: Hi, I'm «s_g}, a peer specialist — I've been in recovery 9 years. What's going on tonight?
[19:03] guest: hey. my name is «p_g». its my 90 days tmrw and i feel like i'm gonna blow it
[19:04] «s_g»: 90 days is huge, «p_g}. What's pulling at you?
[19:05] guest: my ex «r_g» texted. and my old dealer lives like 2 blocks away on «m_line»
[19:07] guest: my sponsor «sp_n» isnt picking up. her number is «sp_ph» if that matters lol
[19:09] «s_g»: Thanks for telling me. Are you safe right now? Any thoughts of hurting yourself?
[19:10] guest: no not like that. just want to use. im on «otp} from «prog», dose was «d1_dm}
[19:12] «s_g»: Want to try a meeting? There's an 8pm ‹Narcotics Anonymous› meeting at the church on «e_line», «e_town». I can stay on with you.
[19:14] guest: ok. if i dont make it can you email me the list? «p_em}
[19:15] guest: full name «p_n} in case you need it for the program, dob «p_dob}
[19:21] «s_g»: Sent. You've got this. Call «crisis» anytime, or ‹SAMHSA National Helpline›. Follow-up text from us on «d2_dm».
""",
    "IE": """‹Text About It› support service — conversation log (exported for clinical review)       Conversation «call»
Texter: «p_ph» · start «d1_dmy» 22:14 · Volunteer: «s_g» · Supervisor: «e_n» · client IP «ip» (web chat)
22:14 Texter: hi is this the text line
22:15 «s_g»: Hi, you're through to the text support service, I'm «s_g». What's on your mind tonight?
22:17 Texter: im «p_g». my «r_rel» «r_n» found my stuff and threw me out. im in the car outside «m_n»s in «p_town}
22:19 Texter: been on «otp» from the ‹HSE› clinic in «d_town» since «year», missed today
22:21 «s_g»: That sounds really hard, «p_g». Are you safe in the car right now?
22:23 «s_g»: Thanks for telling me. Is anyone with you? ‹Narcotics Anonymous› has a meeting finder too.
22:24 Texter: ya. my key worker is «sp_n», shes off til «d2_dmy». dont want the guards
22:26 «s_g»: Would you be ok with us sharing your number with «prog» so someone rings you tomorrow?
22:27 Texter: ok. my email is «p_em} if thats easier. its «p_n» by the way. dob «p_dob}
22:30 «s_g»: Thanks «p_g». If things get worse text back or ring 112 or ‹Samaritans›. Link to today's chat: «url»
""",
}
for _k in CHAT:
    CHAT[_k] = CHAT[_k].replace("}", "»")

OTP = {
    "US": """«prog» — Opioid Treatment Program                   ‹SAMHSA›-certified · DEA «d_dea»
MEDICATION DOSING LOG & TAKE-HOME SCHEDULE       (‹42 CFR 8.12›; confidential under ‹42 CFR Part 2›)
Patient: «p_LF»     OTP #: «mrn»     DOB: «p_dob»     Phase: 3 (days in treatment: 214)
Medical director: «d_n», MD (NPI «d_npi»)     Counselor: «e_n», CADC     Nurse: «s_n», RN
Current order: «otp» daily (last titration «d3_dmy»)      Diagnosis: «icd_opi»
 Date         Dose                Type        Nurse   COWS   UDS
 «w0_dmy»   «otp»   observed    «s_f»   «cows»   (+) fentanyl? pending
 «w1_dmy»   take-home x1        take-home   «s_f»          —
 «w2_dmy»   observed            observed    «x_f»   «cows2»  neg
 «w3_dmy»   take-homes x3 («w4_dm», «w5_dm», «w6_dm»)  lockbox verified by «s_g»
Take-home eligibility reviewed by «d_f» on «d2_dmy»: 8 criteria met except employment — waived (caregiver for «p_his» «r_rel» «r_n»).
Emergency contact: «m_n» («m_rel»), «m_ph». Pharmacy courier address: «p_addr».
Next counselor session «d4_wd». Medicaid ID «p_plan». ‹Naloxone 4 mg nasal spray› kit issued «d1_dm».
""",
    "CA": """«prog» — Opioid Agonist Therapy (OAT) Dispensing Record                Chart «mrn»
Patient: «p_n»     PHN / Health card: «p_plan}     DOB: «p_dobiso»     Pharmacy: Hillside Pharmacy #2
Prescriber: Dr «d_n» (CPSO «d_reg»)     Rx #: «ref»     Valid «w0_dmy» to «d4_dmy»
Dose: «otp»  (carries per ‹CPSO Opioid Agonist Treatment Standard›, Level 3)
 «w0_wd»  witnessed            initials «s_f»    COWS pre-dose: «cows»
 «w1_wd»  witnessed            initials «s_f»
 «w2_wd»  carry x2 («w3_dm», «w4_dm») locked box checked
 «w5_wd»  MISSED — called «p_ph», no answer; «m_rel» «m_n» («m_ph») says «p_he» was at «p_his» mother's
 «w6_wd»  witnessed, dose NOT reduced («cows2»)
Note: 3 missed doses = reassess. Urine drug screen «w2_dmy»: fentanyl negative, benzodiazepines positive (prescribed «med4»); ‹Naloxone› kit renewed.
Case manager «e_n» (cell «e_ph») to book f/u with «d_f} on «d2_dmy». Diagnosis «icd_opi».
Mailing address: «p_addr}. Probation: PO «x_n», «x_ph».
""",
}
for _k in OTP:
    OTP[_k] = OTP[_k].replace("}", "»")

COURT = {
    "US": """«prog»
‹Adult Drug Treatment Court Program› — Treatment Provider Progress Report                       «d1_long»
The Honorable «j_n}
‹Adult Treatment Court, Fourth Judicial District›, State of «region»
Re: «p_n» · DOB «p_dob» · Case No. «case» · Docket «docket» · Phase II
Dear Judge «j_f»,
I am writing to update the Court on «p_n»'s participation since the last status hearing on «d3_dmy». «p_hon» «p_f» has attended
11 of 12 scheduled IOP groups and weekly individual sessions with me. Of 9 random urine screens, 8 were negative; the positive
screen on «d3_dm» (alcohol, ‹EtG›) was self-reported before the result. «p_He» remains on «otp» and «med1».
«p_He» has moved into recovery housing at «p_line», «p_town», and is employed part-time. «p_His» sponsor, «sp_n», attends
court with «p_his».
We recommend advancing to Phase III at the hearing on «d4_dmy». Probation officer «x_n» («x_ph») concurs.
Diagnoses: «icd_opi», «icd_alc». This disclosure is made under a 42 CFR Part 2 consent signed «d3_dmy».
Respectfully, «e_n», LPC, LADC — «e_ph» — «e_em»
cc: Court coordinator «s_n»; Defense counsel «v_n»
""",
    "AU": """«prog»
                                                                                                   «d1_long»
‹Drug Court of New South Wales›
Attention: «s_n», Program Coordinator, and His/Her Honour Judge «j_f»
RE: «p_NF»  (DOB «p_dob»)   Matter no. «case»   Drug Court ID «client»
Progress report — Phase 2 (Consolidation)
«p_g» has engaged well since the last report dated «d3_dmy». «p_He» attended 10/10 case-management appointments with me and
2 sessions/week of ‹SMART Recovery›. Urinalysis: 14 clear, 1 positive for methylamphetamine (collected «d3_dm»), discussed openly.
Pharmacotherapy: «otp» via the «prog2» dosing point; also «med1». Diagnoses «icd_stim», «icd_opi».
Accommodation: residing with «p_his» «r_rel» «r_n» at «p_addr». «p_He» has re-enrolled at ‹TAFE NSW›.
‹Community Corrections› officer «x_n» («x_em») reports compliance with curfew.
Recommendation: progression to Phase 3 at the report-back on «d4_dmy».
Yours sincerely, «e_n», AOD Clinician, «e_ph»
""",
}
for _k in COURT:
    COURT[_k] = COURT[_k].replace("}", "»")

SOBER = {
    "US": """«prog2» Recovery Residences — ‹NARR Level II›                  RESIDENT INTAKE FORM           Resident ID «resid»
Full legal name: «p_n»      Preferred name: «p_g»      DOB: «p_dob»      SSN: «p_nid»
Previous address: «p_addr»      Cell: «p_ph»      Email: «p_em»
Driver's license #: «dl» («region»)     Vehicle on property: plate «plate»
Referred by: «e_n», «prog» (discharged «d3_dmy»)      Sobriety date: «d3_long»
Drug(s) of choice: alcohol, opioids — «icd_alc», «icd_opi}       MAT: «otp» (dosed at clinic)
Current prescriptions (kept in locked box): «med1», «med2»
Sponsor / home group: «sp_n», «sp_ph»       Probation / court: «x_n», case «case»
Emergency contact: «r_n» («r_rel»), «r_ph»; second contact «m_n», «m_em»
Move-in date: «d1_dmy}   Weekly fee $185 due Fridays, account «acct»   House manager: «s_n» («s_ph»)
I agree to random drug screens, 10 pm curfew for the first 30 days, and 5 ‹Alcoholics Anonymous› or ‹Narcotics Anonymous› meetings per week.
Resident signature: «p_n»     Date: «d1_dmy»     Witness: «s_n»
""",
    "CA": """«prog2» — ‹Supportive Recovery Home›                      INTAKE / ADMISSION                  File «resid»
Resident: «p_LF»          DOB: «p_dobiso»        SIN (for income assistance): «p_nid»
Health card: «p_plan»     Last address: «p_addr»     Phone: «p_ph»
Referral: «e_n», «prog» — completed withdrawal management «d3_long»
Substances: alcohol (daily, «audit»), cocaine — «icd_alc», «icd_stim}
Meds brought in: «med1», «med3» (‹Naloxone› kit on site)
Emergency contact 1: «r_n», «r_rel}, «r_ph»      Emergency contact 2: «m_n», «m_ph»
Support worker / sponsor: «sp_n», «sp_em»       Band / Nation contact: «v_n», «v_ph»
Admission date: «d1_long»      Program length 90 days      Rent via income assistance, account «acct»
House lead: «s_n»      Intake completed by «u_n»
Next medical appointment with Dr «d_n» on «d4_dmy».
""",
}
for _k in SOBER:
    SOBER[_k] = SOBER[_k].replace("}", "»")

MEAL = {
    "GB": """‹Hollins Eating Disorders Service› — ‹Meal Support Log› (Day Programme)                         Patient: «p_n»   NHS no. «p_plan»
DOB «p_dob» · Dx «icd_ed» · «bmi» on admission «d3_dmy» · «edeq» · Keyworker: «e_n»
 Date        Meal         Plan                    Completed   Support   Compensatory behaviour / notes
 «w0_dm»      Breakfast    Full plan + 200 ml milk   100%        «s_g»      cutting food small; prompted ×3
 «w0_dm»      Lunch        Plan + dessert            75%         «s_g»      refused yoghurt, replaced w/ ‹Fortisip Compact›
 «w1_dm»      Snack        Plan                      100%        «u_g»      —
 «w2_dm»      Dinner       Plan                      50%         «u_g»      distressed after call from «r_rel» «r_g»
 «w3_dm»      Breakfast    Plan                      100%        «s_g»      pacing after — 30 min post-meal supervision
Family meal with «m_rel» «m_n» booked «d2_dmy»; mobile «m_ph». Medication: «med1»; ‹Thiamine 100 mg›.
Weight (blind weighing «w3_dmy»): up 0.6 kg. Physical health: Dr «d_n» (GMC «d_reg»). Review «d4_long».
Home address (for transport): «p_addr». School liaison: «v_n», «v_em».
""",
    "AU": """‹Saltwater Eating Disorders Program› — ‹Meal Support Record›                                       UR: «mrn»
Name: «p_n» (DOB «p_dob») · Diagnosis «icd_ed» · «bmi» · Medicare «p_plan» · Dietitian: «e_n»
 Day            Meal              Support person     % eaten    Notes
 «w0_wd»        Breakfast         «s_g»              100        ate with peers, good
 «w0_wd»        Morning tea       «s_g»              50         hid muesli bar in sleeve
 «w1_wd»        Lunch             «u_g»              100        post-meal rest 45 min
 «w2_wd»        Dinner            «u_g»              25         upset after FaceTime with «r_rel» «r_g»
 «w4_wd»        Supper            «s_g»              100        «med1» given with supper
Parent contact: «r_n» «r_ph»; «m_rel» «m_n» «m_ph». Home: «p_addr».
Medical: Dr «d_n» (AHPRA «d_reg»); bloods «w4_dmy» — phosphate low, ‹Phosphate Sandoz› given. ‹Family-based treatment› session «d4_dmy».
Outpatient follow-up with the ‹Butterfly Foundation› peer program after discharge. Next «edeq» due «d5_dmy».
""",
}

SAFETY = {
    "US": """MY SAFETY PLAN (‹Stanley-Brown›)                «prog»                 Completed «d1_dmy»
Name: «p_n»   DOB: «p_dob»   MRN: «mrn»   Clinician: «e_n», PhD
Step 1 — Warning signs: not sleeping, skipping «med1», isolating in my room, thinking "everyone's better off".
Step 2 — Things I can do on my own: run the trail behind «p_line»; playlist; cold shower.
Step 3 — People and places that distract me: «m_n» («m_rel», «m_ph»); the coffee shop on «v_line», «v_town}.
Step 4 — People I can ask for help: «r_n» («r_rel») «r_ph»; my grandma «u_n» («u_old» — call the landline «u_ph»);
         sponsor «sp_n» «sp_ph».
Step 5 — Professionals: therapist «e_n» «e_ph»; psychiatrist Dr. «d_n» «d_ph»; «crisis» — call or text 988; ‹Crisis Text Line›.
Step 6 — Making the environment safe: «r_g» will keep the medication (including «med2») locked; firearm stored at «x_n}'s.
Reason for living: my daughter. ‹Lethal means counseling› done. Risk: «cssrs» on «d3_dmy»; «phq». Dx «icd_dep», «icd_si».
Reviewed again on «d4_dmy».
""",
    "IE": """‹SAFETY PLAN› — «prog»                                      Date: «d1_long»
Name: «p_n»       Date of birth: «p_dob»       PPSN: «p_nid»
Address: «p_addr»          Mobile: «p_ph»
My warning signs: drinking alone, not answering the phone, giving things away.
Things I can do: walk the dog to «v_town» pier; ring «p_his» «m_rel} «m_g».
People I can talk to: «m_n» «m_ph» · «r_n» («r_rel») «r_ph» · Nana «u_n» («u_old») «u_ph»
Professionals: Key worker «e_n» «e_ph» · Consultant Dr «d_n» (IMC «d_reg») · out of hours: «crisis» 1800 247 247, ‹Samaritans› 116 123
Keeping safe: «r_g» holds my tablets («med1», «med3»); weekly pick-up only.
Reasons to live: my nephews, the band. Scores: «phq»; «audit». Dx «icd_dep», «icd_alc».
Next review «d4_dmy» with «e_g».
""",
}
for _k in SAFETY:
    SAFETY[_k] = SAFETY[_k].replace("}", "»")

PART2 = """CONSENT FOR THE RELEASE OF CONFIDENTIAL SUBSTANCE USE DISORDER PATIENT RECORDS (‹42 CFR Part 2›)
Patient name: «p_n»      Date of birth: «p_dob»      Client ID: «client»      SSN (last 4 not accepted): «p_nid»
I authorize: «prog» (Part 2 program), «e_n», LCADC, NPI «e_npi»
To disclose to: «x_n», Probation Officer, «x_line», «x_town», «x_pc» · fax n/a · «x_em»
              and to «j_n», Drug Court Coordinator (case «case»)
Information to be disclosed: attendance, urine drug screen results, diagnosis («icd_opi», «icd_stim»), medication («otp»),
treatment recommendations and discharge summary.
Purpose: compliance with conditions of probation / treatment court.
This consent expires on: «d5_long» or upon my discharge from probation, whichever is later.
I understand I may revoke this consent at any time except to the extent action has been taken in reliance on it.
Patient signature: «p_n»          Date: «d1_dmy»
Witness: «s_n», Intake Coordinator          Date: «d1_dmy»
If signed by a guardian: «r_n» («r_rel»), «r_ph»
NOTICE TO RECIPIENT: ‹42 CFR Part 2› prohibits unauthorized use or disclosure of these records. Redisclosure is not permitted.
Revoked? ☐   Re-sent to «m_em» at client's request on «d2_dmy».
"""
PART2_B = """«prog» — ‹42 CFR Part 2› · Multi-party consent (‹TPO›) and disclosure log
Patient: «p_LF»    MRN «mrn»    DOB «p_dobiso»    Medicaid «p_plan»
Address: «p_addr»
Consent 1 (signed «d3_dmy»): all my future uses and disclosures for treatment, payment and health care operations.
Consent 2 (signed «d1_dmy»): to «m_n» (my «m_rel», «m_ph») — attendance only. Expires «d5_dmy».
Disclosure log:
  «d1_dmy»  to Dr. «d_n» (primary care, NPI «d_npi») — medication list («otp», «med1»), dx «icd_opi»
  «d2_dmy»  to «x_n», probation — attendance, UDS («cows2» at intake not released)
  «d4_dmy»  to «sp_n» — REFUSED (no valid consent on file); patient informed by «e_n»
Revocation: patient may revoke in writing; sent copies to «p_em». ‹Part 2 notice› attached. ‹HIPAA Privacy Rule› applies to redisclosure.
Staff completing: «s_n», Privacy Officer, «s_ph». Client ID «client»
"""

CIWA = {
    "IE": """«prog» — Alcohol Withdrawal Management (Inpatient Detox)        Chart «mrn»
Patient: «p_LF»   DOB «p_dob»   PPSN «p_nid»   Medical card «p_plan»
Admitted «d1_dmy» by Dr «d_n» (IMC «d_reg»). Last drink «d3_dm» approx. 23:00. «audit». Dx «icd_alc».
Regimen: «med4»? no — symptom-triggered ‹Chlordiazepoxide 20 mg›; ‹Pabrinex IV› x3 days; ‹Thiamine 100 mg TDS›.
 Date/time           CIWA-Ar   BP       HR   Temp   Dose given             Nurse
 «w0_dm» 08:00     «ciwa»   152/94   112  37.6   Chlordiazepoxide 20 mg  «e_f»
 «w0_dm» 12:00                      144/90   104  37.4   Chlordiazepoxide 20 mg  «e_f»
 «w1_dm» 08:00                      136/84   92   37.1   —                       «s_f»
Next of kin: «r_n» («r_rel»), «r_ph», «r_addr».
GP: Dr «v_n», «v_line», «v_town». Counsellor «u_n» to start aftercare referral to «prog2» on «d2_dmy».
Nurse in charge: «e_n», NMBI PIN «e_reg».
""",
    "GB": """«prog» — Medically Assisted Alcohol Withdrawal — CIWA-Ar Flowsheet       Hospital no. «mrn»
Name: «p_n}   NHS «p_plan»   DOB «p_dob»   Ward: Detox Unit, bed 4
Admitted «d1_long» via GP Dr «d_n» (GMC «d_reg»). Units/week ~180. «audit». «icd_alc}. History of seizures «year».
‹Fixed-dose reducing Chlordiazepoxide› + PRN; ‹Pabrinex I&II›; «med3».
 «w0_dmy»  06:00  «ciwa»  nurse «e_g» «e_f}
 «w1_dmy»  06:00  (see chart)  nurse «s_n}
 «w2_dmy»  06:00  —  nurse «s_n}
Family: «r_n» («r_rel»), «r_ph»; daughter «m_n», «m_em».
Discharge planning: ‹community alcohol team› keyworker «u_n» («u_ph»), first appointment «d4_dmy»; «med1» started for relapse prevention.
Address on discharge: «p_addr».
""",
}
for _k in CIWA:
    CIWA[_k] = CIWA[_k].replace("}", "»").replace("«med4»? no — ", "")

IE_MHA = """‹MENTAL HEALTH ACT 2001› — FORM 2 / FORM 5                          ‹Mental Health Commission›
APPLICATION BY A SPOUSE OR CIVIL PARTNER OR RELATIVE FOR A RECOMMENDATION THAT A PERSON BE INVOLUNTARILY ADMITTED
I, «r_n», of «r_addr», being the «r_rel» of «p_n», of «p_addr},
hereby apply for a recommendation that «p_g» be involuntarily admitted to an approved centre. I observed «p_g» on «d1_dmy}.
Applicant's phone: «r_ph»          Applicant's signature: «r_n»          Date: «d1_dmy»
RECOMMENDATION BY A REGISTERED MEDICAL PRACTITIONER (Form 5)
I, Dr «d_n», registered medical practitioner (IMC «d_reg»), «d_line», «d_town», examined «p_n} (DOB «p_dob», PPSN «p_nid»)
on «d1_long» at 18:10 and am of the opinion that the person is suffering from a mental disorder.
Findings: «icd_bip}; not sleeping for a week, spending savings, believes neighbour «m_n» is monitoring «p_him»; stopped «med1» («year»).
Recommended approved centre: «prog».   Garda assistance requested: Garda «x_n», Badge «badge».
Admission order (Form 6) by consultant psychiatrist Dr «e_n» on «d2_dmy». Ref «ref}. ‹Mental Health Tribunal› within 21 days; solicitor «v_n».
"""
IE_MHA = IE_MHA.replace("}", "»").replace("«p_him»", "them")

REFERRAL = {
    "GB": """«prog» — Referral to ‹NHS Talking Therapies› (step 3)                    Received «d1_dmy»
From: Dr «d_n», GP (GMC «d_reg»), «d_line», «d_town», «d_pc»
Patient: «p_n», «p_age»   DOB «p_dob»   NHS «p_plan»
Address: «p_addr»     Mobile: «p_ph» (OK to leave a message)     Email: «p_em»
Dear colleague,
I would be grateful if you could see «p_hon» «p_f», who has had low mood and panic for about six months after «p_his» «r_rel» «r_g»
was made redundant. «phq»; «gad». Started «med1» on «d3_dmy», some benefit. Drinks 30 units/week («audit»).
No current suicidal intent; «cssrs». Supportive friend «m_n» («m_ph»).
«p_He» would prefer an appointment after 4 pm due to work. Working diagnosis «icd_dep», «icd_anx».
Yours sincerely, Dr «d_f}
""",
    "AU": """‹GP MENTAL HEALTH TREATMENT PLAN› (‹Better Access›; ‹MBS item 2715›)                          Date: «d1_dmy»
Patient: «p_n»     DOB: «p_dob»     Medicare: «p_plan»     Address: «p_addr»     Ph: «p_ph»
GP: Dr «d_n» (AHPRA «d_reg»; provider no. «ref»)
Referred to: «e_n», Clinical Psychologist, «e_line», «e_town» — 6 sessions (review after session 6)
Presenting issue: PTSD symptoms after «p_his» workplace assault («d3_long»). «phq»; ‹K10 32›; «gad».
Diagnosis: «icd_anx»; alcohol use «icd_alc». Medication: «med1», «med2».
Emergency contacts: «r_n» («r_rel», «r_ph»); «m_n» («m_rel», «m_ph»).
Crisis: «crisis» 13 11 14; ‹Beyond Blue›. Review appointment «d4_dmy}.
Support: «p_g» attends «prog2» weekly with peer worker «s_n».
""",
}
for _k in REFERRAL:
    REFERRAL[_k] = REFERRAL[_k].replace("}", "»")

DISCHARGE = {
    "CA": """«prog2» — «ward»                                   DISCHARGE SUMMARY
Patient: «p_LF»     MRN «mrn»     Health card «p_plan»     DOB «p_dobiso»
Admission: «d3_dmy» (Form 1 → Form 3, ‹certificate of involuntary admission›)     Discharge: «d1_dmy»
Attending psychiatrist: Dr «d_n» (CPSO «d_reg»)     Social worker: «s_n»     Primary nurse: «e_n»
Dx: «icd_bip»; «icd_stim»; «icd_si» on admission.
Course: «p_He» was brought in by police (Cst. «x_n») after a 911 call from «p_his» «r_rel» «r_n». Treated with «med1», titrated;
«med2» added. Mood stable over 10 days (‹YMRS 6›); no SI at discharge («cssrs» on admission only). Family meeting with «r_g» and «p_his»
grandmother «m_n» («m_old», lives with them) on «d2_dmy» — the old house on «m_line» is being sold.
Discharge meds: «med1», «med2», «med3». Follow-up: «prog» outreach worker «u_n» «u_ph» on «d4_dmy».
Discharge address: «p_addr». Phone «p_ph».
""",
    "AU": """«prog» — Discharge Summary (Acute Inpatient Unit)                                UR «mrn»
Patient: «p_n»     DOB: «p_dob»     Medicare: «p_plan»     Legal status: ‹Involuntary› → ‹Voluntary› «d2_dmy»
Admitted «d3_long»  Discharged «d1_long»  Consultant: Dr «d_n» (AHPRA «d_reg»)  Registrar: Dr «e_n»
Diagnoses: «icd_bip», «icd_opi» (on «otp»). Presentation: «p_age», brought by police (Sen. Const. «x_n») from «p_town}
after threats to self; «p_his» nan «m_n» («m_old») raised the alarm from «m_line», «m_town}.
Management: «med1» → «med2»; ‹ORT› continued via «prog2». Leave x2 uneventful.
Carer / nominated person: «r_n» («r_rel»), «r_ph», «r_em».
Follow-up: community case manager «s_n» «s_ph» within 7 days («d4_dmy»); GP Dr «u_n».
Home address: «p_addr».
""",
}
for _k in DISCHARGE:
    DISCHARGE[_k] = DISCHARGE[_k].replace("}", "»")

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("mh57_psychotherapy_progress_note", ["US", "CA"], "text", THERAPY),
    ("mh57_iop_group_attendance_process_note", ["US", "AU"], "text", GROUP),
    ("mh57_crisis_line_call_log", ["IE", "AU"], "text", CRISIS_LOG),
    ("mh57_involuntary_hold_5150", ["US", "US"], "text", HOLD_5150),
    ("mh57_ontario_mha_form1", ["CA", "CA"], "text", FORM1),
    ("mh57_mha_section_application", ["GB", "GB"], "text", SECTION),
    ("mh57_community_treatment_order", ["GB", "AU"], "text", CTO),
    ("mh57_peer_support_chat", ["US", "IE"], "text", CHAT),
    ("mh57_otp_dosing_take_home_log", ["US", "CA"], "text", OTP),
    ("mh57_drug_court_progress_letter", ["US", "AU"], "text", COURT),
    ("mh57_sober_living_intake", ["US", "CA"], "text", SOBER),
    ("mh57_eating_disorder_meal_support_log", ["GB", "AU"], "text", MEAL),
    ("mh57_safety_plan_emergency_contacts", ["US", "IE"], "text", SAFETY),
    ("mh57_part2_consent_disclosure", ["US", "US"], "text", {"US": PART2, "US2": PART2_B}),
    ("mh57_alcohol_detox_ciwa_flowsheet", ["IE", "GB"], "text", CIWA),
    ("mh57_ireland_mha_application", ["IE", "IE"], "text", IE_MHA),
    ("mh57_talking_therapy_referral", ["GB", "AU"], "text", REFERRAL),
    ("mh57_psychiatric_discharge_summary", ["CA", "AU"], "text", DISCHARGE),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks, and no slot left unfilled."""
    bad = _base_problems(doc)
    if "«" in doc.content or "»" in doc.content:
        bad.append(f"{doc.id}: unfilled slot")
    return bad


def _template(template: str | dict[str, str], loc: str, index: int, rng: random.Random) -> str:
    if isinstance(template, str):
        return template
    if "US2" in template:
        return template["US" if index == 0 else "US2"]
    if "SC" in template and loc == "GB":
        return template["SC" if index == 1 else "GB"]
    return template[loc]


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe57:{seed}:{kind}:{index}:{attempt}")
        text = _template(template, loc, index, rng)
        slots = base_slots(rng, loc, kind)
        if "«ciwa»" in text:
            slots["ciwa"] = slots["ciwa"][0]
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
