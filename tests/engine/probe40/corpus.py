# ruff: noqa: E501  (hand-aligned templates)
"""Fortieth independent probe corpus: doctor-patient conversations and medical transcription in US, UK,
Canadian and Australian English, in the shapes of public clinical-conversation and transcription datasets
(ACI-bench / MTS-Dialog visit dialogues, mtsamples-style transcribed reports, ambient-scribe output, nurse
triage and answering-service transcripts), with synthetic PHI planted in them.

36 labelled documents in 18 kinds per seed, two of each (each in its own country): an ACI-bench-style
primary-care dialogue (lower-case, tokenised, "[doctor]"/"[patient]"), a "DOCTOR:"/"PATIENT:"/"GUEST_FAMILY:"
transcript, an ED triage conversation with a family member, a telehealth video visit with connection chatter,
a paediatric visit where the parent answers, a geriatric visit with the daughter (the patient is 90+), a nurse
triage phone call (callback number read out, name spelled letter by letter, address and DOB spoken), a
pharmacy counselling call, a physiotherapy session, a behavioural-health intake interview, an ambient-scribe
note generated from a dialogue (HPI/ROS/Exam/Assessment/Plan), an mtsamples-style consult report, an
mtsamples-style operative report, a discharge-summary dictation with dictated-by / transcribed-by trailers, a
letter dictated to a referring physician, an interpreter-mediated visit, a prior-authorisation call between
clinic staff and an insurer, and an answering-service voicemail transcription (ASR: no capitals, no commas).

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` the patient, `q` and `r` relatives or household members, `c` the
clinician speaking or dictating, `d` the referring / primary-care clinician, `e` other staff (nurse,
pharmacist, interpreter, insurer's agent, transcriptionist), `f` a neighbour or friend, `g` the person a
speaker first names wrongly before correcting themself. Person forms: `_n` "Given Family", `_g`, `_f`, `_F`
FAMILY, `_FcG` "Family, Given", `_NC` "GIVEN FAMILY", `_gl` `_fl` lower-case given / family, `_gsp` `_fsp`
spelled "M-A-R-G-U-E-R-I-T-E" (`_fspl` "w a l c z a k" in ASR text), `_dr` "Dr. Family", `_drl` "dr. family", `_ph` written phone, `_phs` phone read
aloud ("four one four, eight seven two, three three nine one"), `_em` e-mail, `_ems` e-mail spoken ("j dot
alvarez at mailbox dot org"), `_st` "42 Larkspur Lane", `_sts` "forty-two Larkspur Lane", `_stl` lower-case,
`_hood` neighbourhood, `_town` (`_townl` lower-case), `_zip`, `_addr` a whole address, `_emp` employer,
`_school`, `_plan` member / NHS / health-card / Medicare number, `_mrn`, `_mrns` the MRN read aloud, `_pet`,
`_dob_*` date forms. Dates `d1` (the visit) to `d5`: `_us` 03/14/2024, `_uk` 14/03/2024, `_long` "March 14,
2024", `_dl` "14 March 2024", `_md` "March 14", `_short` 3/14, `_spk` "March fourteenth" (US, CA) or
"fourteenth of March" (UK, AU; "the" is plain text).

Labelling policy (decided before any measurement):
- NAME: every name of a patient, relative, household member, neighbour AND clinician or other staff member
  (as probes 20, 22 and 23 label clinicians, i2b2-style; no person is left unnamed and unlabelled), as
  written: full, given alone, family alone, "Dr. Family" (the "Dr." is plain text), FAMILY in capitals,
  lower-case in ASR text (given and family then labelled separately, each its own value), and a name said
  wrongly and then corrected (both are names). Employers' names (Safe Harbor lists the names of employers;
  the whole name, "Hollisport Cannery", as probe 21) and pets' names (a household's names: "who's feeding
  Biscuit") are NAME too.
- Spelled names: "M-A-R-G-U-E-R-I-T-E" is its own NAME value, labelled as written (the spelled letters, next
  to the plain name, which is a separate value). The kit's scorer counts it as leaked only when the whole
  spelled sequence survives (verbatim or upper/title-cased); letters of it surviving around a partial mask
  are not scored (`fragments` needs a 3-letter word, and single letters are none) -- a limitation stated
  here, not worked around.
- ADDRESS: street lines (number written or spoken), towns, suburbs, neighbourhoods, estates and reserves, and
  schools (a named place smaller than a state); ZIP: ZIP codes and postcodes. States, provinces, counties and
  countries are plain text inside an address and keep values alone.
- DATE: every date more specific than a year, written or spoken. A spoken birth date is labelled without its
  year ("March third" / "third of March"; the year words after it are plain text Safe Harbor lets stay),
  written dates whole (their year digits may stay). AGE: 90 and over, digits or words ("ninety-two").
- PHONE written or read aloud; EMAIL written or spoken; MRN (written or read aloud); HEALTH_PLAN (member IDs,
  NHS numbers, provincial health-card and Medicare numbers); ID (a prior-authorisation reference number).
- Keep: symptoms, drugs and doses, vitals, lab values, durations ("for three weeks"), turn-opening words and
  interjections ("Okay", "Sure", "Right", "Mm-hmm"), body parts, eponyms (Bell's palsy, Crohn's), weekdays,
  months and years alone, ages under 90, departments, insurers, states / provinces alone.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe40 import ids
from tests.engine.probe40.people import ADULT, COUNTRIES, K, P, Person, Slot, draw_person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "April", "June", "August", "September", "October", "November"]
SYMPTOMS = ["shortness of breath", "chest tightness", "pins and needles", "night sweats", "heartburn", "a dry cough",
            "dizzy spells", "lower back pain", "swollen ankles", "blurry vision", "ringing in my ears", "a pounding headache",
            "tingling in my feet", "stomach cramps", "trouble sleeping"]  # fmt: skip
DRUGS = ["lisinopril 10 mg", "metformin 500 mg", "atorvastatin 40 mg", "amlodipine 5 mg", "sertraline 50 mg",
         "omeprazole 20 mg", "levothyroxine 75 mcg", "prednisone 40 mg", "amoxicillin 500 mg", "apixaban 5 mg",
         "gabapentin 300 mg", "furosemide 40 mg", "tamsulosin 0.4 mg", "naproxen 500 mg", "montelukast 10 mg"]  # fmt: skip
LABS = ["A1c of 8.2", "potassium of 3.4", "hemoglobin of 10.9", "creatinine of 1.4", "TSH of 6.8", "LDL of 162",
        "white count of 13.2", "sodium of 131", "ferritin of 11", "vitamin D of 18"]  # fmt: skip
DURATIONS = ["for three weeks", "for about two months", "for ten days", "for about a year", "for six weeks",
             "for the last four days", "since Christmas"]  # fmt: skip
BODY = ["left knee", "right shoulder", "lower back", "left calf", "right hip", "left wrist", "right ankle", "neck"]
EPONYMS = ["Bell's palsy", "Crohn's disease", "Parkinson's", "Raynaud's", "Graves' disease", "a Baker's cyst",
           "Addison's disease", "Barrett's esophagus", "Meniere's disease", "Sjogren's"]  # fmt: skip
DEPTS = ["Cardiology", "Orthopaedics", "Neurology", "Gastroenterology", "Rheumatology", "Endocrinology", "Urology"]
ADULT_AGES = (38 * 365, 79 * 365)


def date_forms(d: date, cc: str) -> dict[str, Slot]:
    spk = f"{d:%B} {ids.ORD[d.day]}" if cc in ("us", "ca") else f"{ids.ORD[d.day]} of {d:%B}"
    the = "the " if cc not in ("us", "ca") else ""
    return {
        "us": P("DATE", f"{d.month:02d}/{d.day:02d}/{d.year}"), "uk": P("DATE", f"{d.day:02d}/{d.month:02d}/{d.year}"),
        "long": P("DATE", f"{d:%B} {d.day}, {d.year}"), "dl": P("DATE", f"{d.day} {d:%B} {d.year}"),
        "md": P("DATE", f"{d:%B} {d.day}"), "short": P("DATE", f"{d.month}/{d.day}"),
        "spk": (the, P("DATE", spk)), "spkl": (the, P("DATE", spk.lower())), "iso": P("DATE", d.isoformat()),
        "loc": P("DATE", f"{d.month:02d}/{d.day:02d}/{d.year}" if cc in ("us", "ca") else f"{d.day:02d}/{d.month:02d}/{d.year}"),
    }  # fmt: skip


def person_slots(x: str, w: Person) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_FcG": N(f"{w.family}, {w.given}"), f"{x}_NC": N(w.full.upper()), f"{x}_gl": N(w.given.lower()),
        f"{x}_fl": N(w.family.lower()), f"{x}_gsp": N(ids.spelled(w.given)), f"{x}_fsp": N(ids.spelled(w.family)), f"{x}_fspl": N(ids.spelled(w.family, " ").lower()),
        f"{x}_dr": ("Dr. ", N(w.family)), f"{x}_drl": ("dr. ", N(w.family.lower())),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_phs": P("PHONE", w.phone_spoken), f"{x}_phsn": P("PHONE", w.phone_spoken.replace(",", "")), f"{x}_em": P("EMAIL", w.email),
        f"{x}_ems": P("EMAIL", w.email_spoken), f"{x}_st": A(w.street), f"{x}_sts": A(f"{ids.cardinal(w.house_no)} {w.street_name}"),
        f"{x}_stl": A(w.street.lower()), f"{x}_stsl": A(f"{ids.cardinal(w.house_no)} {w.street_name}".lower()), f"{x}_hood": A(w.hood), f"{x}_hoodl": A(w.hood.lower()), f"{x}_town": A(w.town),
        f"{x}_townl": A(w.town.lower()), f"{x}_zip": P("ZIP", w.zip), f"{x}_addr": w.addr, f"{x}_emp": N(w.employer),
        f"{x}_empl": N(w.employer.lower()), f"{x}_school": A(w.school), f"{x}_schooll": A(w.school.lower()), f"{x}_plan": P("HEALTH_PLAN", w.plan),
        f"{x}_mrn": P("MRN", w.mrn), f"{x}_mrns": P("MRN", ids.digits_spoken(w.mrn, (3, 3, 3))), f"{x}_pet": N(w.pet),
        f"{x}_petl": N(w.pet.lower()), f"{x}_region": K(w.region), f"{x}_regp": w.region,
        f"{x}_she": "she" if w.female else "he", f"{x}_She": "She" if w.female else "He", f"{x}_her": "her" if w.female else "his",
        f"{x}_Her": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him", f"{x}_mr": "Mrs." if w.female else "Mr.",
        f"{x}_kid": "daughter" if w.female else "son", f"{x}_sp": "wife" if w.female else "husband",
        f"{x}_sib": "sister" if w.female else "brother", f"{x}_par": "mom" if w.female else "dad",
        f"{x}_yob": ids.year_words(w.dob.year), f"{x}_sexw": "female" if w.female else "male",
        f"{x}_Ms": "Ms." if w.female else "Mr.",
    }  # fmt: skip
    for k, v in date_forms(w.dob, w.cc).items():
        s[f"{x}_dob_{k}"] = v
    return s


# the sex of some people is fixed by the template
SEX: dict[str, dict[str, bool]] = {
    "cv40_mts_speaker_transcript": {"p": False},
    "cv40_ed_triage_with_family": {"p": True, "q": True},
    "cv40_telehealth_video_visit": {"r": False},
    "cv40_paediatric_visit_parent_answers": {"p": False, "q": True, "r": False, "f": True, "g": True},
    "cv40_geriatric_visit_with_daughter": {"p": True, "q": True, "r": False},
    "cv40_nurse_triage_phone_call": {"q": False},
    "cv40_pharmacy_counselling_call": {"q": True, "r": False},
    "cv40_physio_session_summary": {"q": True, "r": False, "g": False},
    "cv40_behavioural_health_intake": {"q": True, "f": False, "g": True},
    "cv40_ambient_scribe_note": {"q": True},
    "cv40_mtsamples_consult_report": {"r": True},
    "cv40_interpreter_mediated_visit": {"p": True, "q": False, "r": True},
    "cv40_prior_auth_insurer_call": {"p": True},
    "cv40_answering_service_voicemail": {"p": True, "q": True, "r": False},
}
Y = 365
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "cv40_paediatric_visit_parent_answers": {"p": (3 * Y, 9 * Y), "q": (26 * Y, 44 * Y), "r": (26 * Y, 48 * Y)},
    "cv40_geriatric_visit_with_daughter": {"q": (55 * Y, 68 * Y)},
}


def base_slots(rng: random.Random, cc: str, kind: str) -> dict[str, Slot]:
    d1 = date(2023, 2, 6) + timedelta(days=rng.randrange(860))
    old = rng.randint(90, 101)
    used: set[str] = set()
    s: dict[str, Slot] = {}
    people: dict[str, Person] = {}
    for x in ("p", "q", "r", "c", "d", "e", "f", "g"):
        age = AGES.get(kind, {}).get(x, ADULT_AGES if x == "p" else ADULT)
        people[x] = draw_person(rng, cc, used, d1, female=SEX.get(kind, {}).get(x), age_days=age)
        s.update(person_slots(x, people[x]))
    if kind == "cv40_geriatric_visit_with_daughter":  # the patient is 90+: born `old` years before the visit
        p = people["p"]
        p.dob = d1 - timedelta(days=old * 365 + old // 4 + rng.randint(20, 340))
        s.update(person_slots("p", p))
    days = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(5, 45)), "d3": d1 - timedelta(days=rng.randint(4, 60)),
            "d4": d1 - timedelta(days=rng.randint(61, 400)), "d5": d1 + timedelta(days=rng.randint(1, 4))}  # fmt: skip
    for key, d in days.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, cc).items()})
    s["old"], s["old_w"] = P("AGE", str(old)), P("AGE", ids.cardinal(old))
    s["pa_ref"] = P("ID", ids.fill(rng, rng.choice(["PA-%#######", "%##########", "@@%######"])))
    # keep values
    c = COUNTRIES[cc]
    age = (d1 - people["p"].dob).days * 100 // 36525
    s["k_age"], s["k_agey"] = K(f"{age}-year-old"), K(f"{age} years old")
    s["k_agew"] = K(f"{ids.cardinal(age)} years old")
    s["k_qage"] = K(f"{(d1 - people['q'].dob).days * 100 // 36525}-year-old")
    s["k_wd"], s["k_wd2"] = (K(w) for w in rng.sample(WEEKDAYS, 2))
    s["k_wdl"] = K(str(s["k_wd"].value).lower())  # type: ignore[union-attr]
    s["k_month"] = K(rng.choice(MONTHS))
    s["k_year"] = K(str(rng.randint(2008, 2020)))
    s["k_country"] = K(c.name)
    s["k_region"] = K(rng.choice(c.regions))
    s["k_ins"] = K(rng.choice(c.insurers))
    for i, v in enumerate(rng.sample(SYMPTOMS, 3), 1):
        s[f"k_sym{i}"] = K(v)
    for i, v in enumerate(rng.sample(DRUGS, 3), 1):
        s[f"k_drug{i}"], s[f"k_DRUG{i}"] = K(v), K(v.upper())
    for i, v in enumerate(rng.sample(LABS, 2), 1):
        s[f"k_lab{i}"] = K(v)
    for i, v in enumerate(rng.sample(DURATIONS, 2), 1):
        s[f"k_dur{i}"] = K(v)
    s["k_body"], s["k_body2"] = (K(b) for b in rng.sample(BODY, 2))
    s["k_epo"], s["k_epo2"] = (K(e) for e in rng.sample(EPONYMS, 2))
    s["k_dept"], s["k_dept2"] = (K(e) for e in rng.sample(DEPTS, 2))
    s["k_bp"] = K(f"{rng.randint(112, 178)}/{rng.randint(64, 99)}")
    s["k_hr"] = K(f"heart rate {rng.randint(58, 118)}")
    s["k_temp"] = K(f"{rng.choice(['37.', '38.', '36.'])}{rng.randint(1, 9)}")
    s["k_sat"] = K(f"{rng.randint(91, 99)}% on room air")
    s["k_wt"] = K(f"{rng.randint(48, 131)} kg")
    s["k_pain"] = K(f"{rng.randint(3, 9)} out of 10")
    return s


# ---- templates -------------------------------------------------------------------------------------------

ACI_DIALOGUE = """[doctor] hi «p_gl» , how are you ? i'm «c_drl» , nice to meet you .
[patient] hi , nice to meet you too . my «q_kid» «q_gl» drove me , «q_she»'s just parking the car .
[doctor] ‹okay› . so i have here that you're «k_agew» and «d_drl» over in «d_townl» sent you in about your sugars . can you confirm your date of birth for me ?
[patient] yeah it's «p_dob_spkl» , «p_yob» .
[doctor] and we have you at «p_stl» in «p_townl» , is that still right ?
[patient] no , we moved in ‹august› . it's «p_stsl» now , over by «p_hoodl» . and my e-mail changed too , it's «p_ems» .
[doctor] ‹okay› , and the best number to reach you ?
[patient] «p_phs» . or my «q_kid»'s cell .
[doctor] ‹alright› . so tell me what's been going on .
[patient] well i've had ‹pins and needles› in my feet «k_dur1» and i'm still taking the ‹metformin› , the «k_drug1» .
[doctor] ‹mm-hmm› . and are you still working at «p_empl» ?
[patient] yeah , nights mostly . my «r_sp» «r_gl» «r_fl» works there too , «r_she»'s the one with the ‹crohn's› .
[doctor] ‹okay› . and your «k_lab1» from «d3_spkl» , we'll recheck that today .
[patient] ‹sure› . oh and «d_drl» wanted you to look at my «k_body» .
[doctor] let's do that . any ‹chest pain› or ‹shortness of breath› ?
[patient] no , just ‹heartburn› .
[doctor] ‹alright› . i'll see you back on «d2_spkl» , that's a «k_wdl» . and the nurse , «e_gl» , will call you at «p_phs» with the labs .
[patient] thank you . «q_gl» says hi , «q_she» used to go to school with your nurse at «q_schooll» .
[doctor] small world . and your chart number is «p_mrns» , just so you have it for the lab .
[patient] ‹okay› . oh and «p_petl» , our dog , knocked the pill box over on «d4_spkl» , so i missed a few days .
"""

MTS_TRANSCRIPT = """DOCTOR: Good morning, come on in. I'm «c_dr», I'll be looking after you today. And who's this with you?
PATIENT: This is my «q_kid», «q_g». «q_She»'s the one who made me come.
GUEST_FAMILY: Hi. «q_n». I'm down as his emergency contact, my number's «q_ph».
DOCTOR: Lovely. ‹Okay›, so can I just confirm your full name and date of birth?
PATIENT: «p_n». Born «p_dob_long».
DOCTOR: And you're still at «p_st» in «p_town»?
PATIENT: That's right, «p_zip».
DOCTOR: ‹Right›. So what brings you in?
PATIENT: I've had «k_sym1» «k_dur1», and it's worse when I climb the stairs at work. I do deliveries for «p_emp».
GUEST_FAMILY: He gets «k_sym2» too. He won't tell you that. Mum noticed it at «r_g»'s birthday, didn't she, «p_g»?
DOCTOR: ‹Okay›. Any history of heart trouble in the family?
PATIENT: My «r_sib» «r_n» had a stent. And my dad had ‹Parkinson's›.
DOCTOR: And what are you taking at the moment?
PATIENT: «k_drug1» and «k_drug2». «d_dr» started the second one in «k_month».
DOCTOR: ‹Sure›. Your «k_lab1» on «d3_md» was a little off. I'd like to refer you to ‹Cardiology›, and I'll send a copy to «d_dr».
GUEST_FAMILY: Can they call me instead? He never answers. «q_ph», or e-mail «q_em».
DOCTOR: ‹Of course›. We'll book you for «d2_md», it's a «k_wd». And your hospital number is «p_mrn», if anyone asks.
PATIENT: My old GP was «f_dr» in «f_town», before we moved to «p_hood».
"""

ED_TRIAGE = """[Triage, «k_dept» side - recorded for the ambient documentation pilot]
NURSE: Hi there, I'm «e_g», I'm the triage nurse. What's your name, love?
PATIENT: «p_g»... «p_n».
NURSE: And your date of birth, «p_g»?
DAUGHTER: It's «p_dob_loc». Sorry, I'm «q_n», I'm her daughter. She's a bit muddled.
NURSE: That's fine. What happened today?
DAUGHTER: She had a fall at her place, «p_st», the ‹kitchen›. The neighbour, «f_g» «f_f», heard her calling out and rang me at work at «q_emp».
NURSE: ‹Okay›. Any pain, «p_g»?
PATIENT: My «k_body». It's about «k_pain».
NURSE: Did she hit her head? Is she on blood thinners?
DAUGHTER: She's on «k_drug1», and «k_drug2» for the heart. «d_dr» at the surgery in «d_town» manages it.
NURSE: ‹Right›. Obs: BP «k_bp», «k_hr», temp «k_temp», sats «k_sat».
DAUGHTER: Oh, and her cat «p_pet» is locked in the house, my husband «r_g» is going round.
NURSE: We'll get the doctor to see her. Is «q_ph» the best number for you?
DAUGHTER: Yes, or my husband, «r_ph». Or e-mail me, «q_em».
NURSE: And her «p_planl»?
DAUGHTER: «p_plan». She's registered with «d_dr», been there since «k_year».
"""

TELEHEALTH = """[Video visit - auto transcript]
CLINICIAN: Hi, can you hear me? You're frozen... ‹okay›, there you are. I'm «c_dr». Is this «p_g»?
PATIENT: Yes, hi, sorry, the wifi here is terrible. I'm at my «q_sib»'s, «q_g»'s, in «q_town» this week.
CLINICIAN: No problem. For the record, can you state your full name and date of birth?
PATIENT: «p_n», «p_dob_spk», «p_yob».
CLINICIAN: And your current address, in case we need to send an ambulance?
PATIENT: So I'm at «q_st», «q_town». My home address is «p_st» in «p_town».
CLINICIAN: Got it. And a callback number if we drop?
PATIENT: «p_ph». Or my «q_sib»'s, «q_phs».
CLINICIAN: And your «p_planl», while I have you?
PATIENT: «p_plan».
CLINICIAN: ‹Great›. So your message said «k_sym1».
PATIENT: Yeah, «k_dur1». And my eyelid's drooping, I was worried it was ‹Bell's palsy›.
CLINICIAN: Can you tilt the camera up? ‹Okay›. Smile for me. Raise your eyebrows... you're breaking up again.
PATIENT: Sorry, my nephew «r_g» is streaming something. «r_g»! Pause it!
CLINICIAN: ‹Alright›, that's better. Still on «k_drug1»?
PATIENT: Yes. The pharmacy on «f_st» fills it.
CLINICIAN: I'm going to send a lab slip to «p_em» and have «e_n» from our office call you on «d2_md» to book bloods. Follow-up with me on «d2_long».
PATIENT: ‹Thanks›. Oh - my work, «p_emp», need a note for «d1_md» and «d5_md».
"""

PAEDIATRIC = """«k_dept2» follow-up - Paediatric clinic - transcript
DR: Hi! You must be «p_g». I'm «c_dr». And you're Mum?
MOTHER: Yes, «q_n». And this is his dad, «r_g».
DR: Nice to meet you both. How old is «p_g» now?
MOTHER: He just turned ‹six›. His birthday was «p_dob_md».
DR: And he's at «p_school» now?
MOTHER: Yes, year one. His teacher, «f_dr»... sorry, «f_Ms» «f_f», she's the one who noticed the wheezing at ‹sports day›.
DR: ‹Okay›. How often is he using the ‹blue inhaler›?
FATHER: Maybe three times a week. Worse at my mum's, «g_n»'s, she's got a dog, «g_pet».
DR: ‹Right›, that might be it. Any night-time cough?
MOTHER: Yes, «k_dur1». He coughed all night on «d3_md».
DR: I'd like to start «k_drug1» and see him back on «d2_md». We'll send the plan to the school nurse.
MOTHER: Can you e-mail it to me? «q_em». And our address changed, it's «q_st», «q_town» «q_zip».
DR: ‹Sure›. And best number?
FATHER: Mine's «r_ph». «q_g»'s is «q_ph».
DR: ‹Perfect›. And he's still covered under your plan, «p_plan»?
MOTHER: Yes, through «q_emp». Oh, and his chart number from the hospital is «p_mrn».
"""

GERIATRIC = """Geriatric medicine clinic - visit transcript («k_dept»)
DOCTOR: Good afternoon, «p_mr» «p_f». I'm «c_dr». And you must be the daughter?
DAUGHTER: Yes, «q_n». Mum's hard of hearing, I'll help.
DOCTOR: Of course. «p_mr» «p_f», how old are you now?
PATIENT: I'm «old_w», dear. I had the flu jab in «k_month».
DAUGHTER: She was born «p_dob_long». She still lives on her own at «p_st», in «p_hood».
DOCTOR: ‹Okay›. And who's at home with you?
PATIENT: Just me and «p_pet». My husband «r_g» passed, oh, years ago.
DAUGHTER: Her neighbour «f_n» checks in on her every morning. And «d_dr» comes out from «d_town» once a month.
DOCTOR: ‹Right›. Any falls?
DAUGHTER: One on «d3_md». She was on the floor for an hour till «f_g» found her.
DOCTOR: I see. Her «k_lab1» is low, and she's on «k_drug1» and «k_drug2».
PATIENT: I don't like the water pills, dear.
DOCTOR: ‹Understood›. For a «old»-year-old you're doing remarkably well. I'm going to ask the falls team to visit.
DAUGHTER: Can they call me rather than Mum? «q_ph». I work at «q_emp» till three.
DOCTOR: ‹Sure›. We'll see you on «d2_md», it's a «k_wd».
DAUGHTER: And can the letter go to my e-mail? «q_em». Her «p_planl» is «p_plan».
"""

NURSE_TRIAGE = """NURSE ADVICE LINE - call recording transcript - «d1_long»
NURSE: Nurse advice line, this is «e_g». Can I start with the patient's name?
CALLER: Yes, it's «p_g», «p_gsp». Last name «p_f», that's «p_fsp».
NURSE: Thank you. And date of birth?
CALLER: «p_dob_spk», «p_yob».
NURSE: And a callback number in case we get disconnected?
CALLER: Sure, it's «p_phs».
NURSE: ‹Okay›, let me read that back: «p_ph». And your home address?
CALLER: «p_sts», in «p_town». Zip... postcode is «p_zip».
NURSE: ‹Got it›. What's going on today?
CALLER: I've had «k_sym1» «k_dur1», and since last night my «k_body» is really swollen and hot.
NURSE: Any fever?
CALLER: «k_temp» this morning. My husband «q_g»... sorry, my partner, «r_g», took it.
NURSE: Are you on any medications?
CALLER: «k_drug1», and I finished «k_drug2» on «d3_spk».
NURSE: ‹Alright›. Based on what you're telling me, I'd like you to be seen within four hours. Your clinic is «d_dr»'s?
CALLER: Yes, in «d_town».
NURSE: I'll send this to them. Do you want a copy e-mailed?
CALLER: Please. It's «p_ems».
NURSE: And do you have your medical record number handy?
CALLER: Um, «p_mrns».
"""

PHARMACY = """Pharmacy counselling call - recorded for quality
PHARMACIST: Hi, this is «e_n» calling from the pharmacy. Am I speaking with «p_n»?
PATIENT: Speaking.
PHARMACIST: ‹Great›. Before we go on, can you confirm your date of birth?
PATIENT: «p_dob_spk», «p_yob».
PHARMACIST: Thanks. «d_dr» sent over a new prescription for «k_drug1», and I wanted to go over it with you.
PATIENT: ‹Okay›. Is that instead of the «k_drug2»?
PHARMACIST: In addition. Take it once a day with food. The common side effects are ‹nausea› and ‹dizziness›.
PATIENT: ‹Right›. My wife «q_g» handles my pills, can she pick it up?
PHARMACIST: ‹Sure›, we'll just need her to show ID. Is the address still «p_st», «p_town»?
PATIENT: Yes. Oh, and could you deliver instead? I'm off work, «p_emp» has me on leave till «d2_md».
PHARMACIST: We can deliver on «k_wd». We'll text «p_ph» when the driver's on the way.
PATIENT: Put my son's number too, «r_ph». That's «r_g».
PHARMACIST: ‹Done›. Your insurance, «k_ins», member «p_plan», covers it with a small copay.
PATIENT: ‹Thank you›. Last time, «e_g»... no, «g_g», the other pharmacist, said the same.
PHARMACIST: Noted. I'll also e-mail the leaflet to «p_em». Your profile number here is «p_mrn».
"""

PHYSIO = """Physiotherapy session - dictated summary with patient quotes
Patient: «p_n»   DOB: «p_dob_loc»   Referred by: «d_dr», «d_town»   «p_planl»: «p_plan»
Address: «p_addr»
Session 4 of 8, «d1_long». Therapist: «c_n».
«p_g» reports «k_body» pain «k_pain», better than last week. "I did the exercises every day except «k_wd», when I was looking after my grandson «r_g»."
Works as a warehouse picker at «p_emp»; "my supervisor «f_g» «f_f» has me on light duties."
Goniometry: flexion 0-115, extension lag 5. Gait: independent, no aid. Swelling reduced.
"I walk «p_pet» round «p_hood» now, about twenty minutes."
Plan: progress to ‹step-ups› and ‹mini squats›. Continue «k_drug1» PRN before sessions.
Next session «d2_md». Home exercise sheet e-mailed to «p_em». Patient asks that reminders go to «p_ph», not the landline.
Wife («q_n», «q_ph») attended the first half; she asked about ‹Osgood-Schlatter› in their son «g_g».
"""

BH_INTAKE = """Behavioural health intake - transcribed interview
CLINICIAN: Thanks for coming in. I'm «c_n», I'm a social worker with the team. Can you tell me your name?
CLIENT: «p_n». People call me «p_g».
CLINICIAN: And who do you live with, «p_g»?
CLIENT: My partner, «q_n», and her kid, «r_g». And the dog, «p_pet». We're at «p_st», in «p_town».
CLINICIAN: ‹Okay›. And work?
CLIENT: I was at «p_emp» till «d4_md». They let me go after I missed too many shifts.
CLINICIAN: I'm sorry. How has your mood been?
CLIENT: Low. «k_dur1» maybe. I stopped going to my brother «f_g»'s on Sundays.
CLINICIAN: Any thoughts of harming yourself?
CLIENT: Not really. Sometimes at night. «q_g» knows.
CLINICIAN: ‹Right›. I'm going to ask you some questions from the ‹PHQ-9›. Your GP, «d_dr», mentioned you tried «k_drug1»?
CLIENT: For about a month, in «k_year». It made me feel flat.
CLINICIAN: ‹Understood›. If things get worse, call the crisis line or come to ‹Emergency›. Is «p_ph» the best number?
CLIENT: Yeah. Or text. My e-mail's «p_em».
CLINICIAN: Next appointment is «d2_long» with «e_dr», our psychiatrist. Your file number is «p_mrn».
CLIENT: ‹Okay›. Can letters go to my mum's instead? «g_n», «g_st», «g_town».
"""

AMBIENT_NOTE = """AMBIENT SCRIBE DRAFT - generated from visit audio «d1_loc» - clinician to review
Patient: «p_n» | DOB «p_dob_loc» | MRN «p_mrn» | Clinician: «c_n»

HISTORY OF PRESENT ILLNESS
«p_g» is a «k_age» who presents with «k_sym1» «k_dur1». «p_She» states it began after «p_she» helped «p_her» daughter «q_g» move house to «q_town» on «d3_md». «p_She» also reports «k_sym2». «p_She» works at «p_emp» and has been on reduced hours since «d4_md». «p_Her» spouse, «r_n», is present and adds that «p_she» has been snoring.

REVIEW OF SYSTEMS
Constitutional: Denies fevers. Reports fatigue.
Cardiovascular: Endorses «k_sym3». Denies palpitations.
Gastrointestinal: History of «k_epo», quiescent.

PHYSICAL EXAM
BP «k_bp». «k_hr». Weight «k_wt». Tenderness over the «k_body».

ASSESSMENT AND PLAN
1. «k_sym1» - likely musculoskeletal. Start «k_drug1».
2. «k_lab1» - repeat in 6 weeks; results to patient portal («p_em»).
3. Patient asks that «d_dr» (PCP, «d_town») be copied.
Follow-up «d2_loc». Patient prefers calls to «p_ph»; «p_her» address is now «p_addr».
[Speaker attribution uncertain: "tell «f_g» I said hi" - not clinically relevant.]
"""

CONSULT = """REASON FOR CONSULTATION: «k_epo» versus ‹inflammatory arthritis›.

REQUESTING PHYSICIAN: «d_dr»

HISTORY OF PRESENT ILLNESS: The patient is a «k_age» «p_sexw», «p_NC», who was seen in the «k_dept» clinic on «d1_long». «p_She» reports «k_body» pain and swelling «k_dur1». «p_She» was seen at an urgent care in «q_town» on «d3_long» and given «k_drug1» with partial relief. «p_She» works as a cashier at «p_emp».

PAST MEDICAL HISTORY: Hypertension since «k_year». ‹Hashimoto's thyroiditis›.

MEDICATIONS: «k_DRUG1», «k_DRUG2».

SOCIAL HISTORY: Lives at «p_st», «p_town», with «p_her» «q_kid», «q_n». Never smoker.

FAMILY HISTORY: Mother with ‹rheumatoid arthritis›; sister «r_n» with ‹psoriasis›.

LABORATORY DATA: «k_lab1», «k_lab2». MRN «p_mrn»; DOB «p_dob_loc».

IMPRESSION AND PLAN: Findings favor an inflammatory process. Will obtain imaging and see «p_mr» «p_f» again on «d2_long». Thank you, «d_dr», for this consultation. Copy to «e_dr».

«c_n», M.D.
"""

OPERATIVE = """DATE OF PROCEDURE: «d1_long»

PATIENT: «p_FcG»     MEDICAL RECORD #: «p_mrn»     DOB: «p_dob_loc»

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis, «k_lab1» on «d3_loc».

POSTOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.

PROCEDURE: Laparoscopic cholecystectomy.

SURGEON: «c_dr»
ASSISTANT: «e_dr»
ANESTHESIA: General endotracheal, «f_dr». ‹Cefazolin 2 g IV› prior to incision.
HOME MEDICATIONS: «k_drug1», «k_drug2» (held since «k_wd»).

INDICATIONS: This «k_age» was referred by «d_dr» of «d_town» after an episode of biliary colic on «d3_long» requiring a visit to the ‹Emergency Department›.

DESCRIPTION OF PROCEDURE: After informed consent was obtained, the patient was brought to the operating room and placed supine. Pneumoperitoneum was established via a Hasson technique. The ‹gallbladder› was retracted cephalad, the cystic duct and artery were clipped and divided, and the gallbladder was removed in an Endo Catch bag. Estimated blood loss 20 mL.

DISPOSITION: To PACU in stable condition. Post-op instructions reviewed with the patient's husband/wife, «q_n», who can be reached at «q_ph». Follow-up in clinic on «d2_md». «p_g» asked that «p_her» employer, «p_emp», be sent a work note.

«c_NC», M.D.
D: «d1_loc»   T: «d5_loc»   Transcriptionist: «g_n»
cc: «d_dr», «d_st», «d_town» «d_zip»
"""

DISCHARGE = """DISCHARGE SUMMARY

PATIENT NAME: «p_NC»
MRN: «p_mrn»
ADMISSION DATE: «d3_loc»
DISCHARGE DATE: «d1_loc»
ATTENDING: «c_dr»
PRIMARY CARE: «d_dr», «d_town»

HOSPITAL COURSE: This is a «k_age» admitted with ‹community-acquired pneumonia›. «p_She» was treated with «k_drug1» and improved. «k_lab1» on admission. «p_Her» «q_kid» «q_n» was at the bedside daily and will be staying with «p_him» at «p_st», «p_town», for the first week.

DISCHARGE MEDICATIONS: «k_drug2», «k_drug3».

FOLLOW-UP: «d_dr» within 1 week. ‹Pulmonology› clinic on «d2_long».

CONDITION ON DISCHARGE: Stable. «p_Her» neighbour «g_n» will feed «p_pet». Contact number on file «p_ph»; alternate «q_ph» («q_g»).

Dictated by: «c_n», M.D.
Transcribed by: «e_n»
D: «d1_loc» 14:22   T: «d5_loc» 09:10
cc: «d_dr»; «f_dr», «k_dept»
"""

REFERRAL_LETTER = """«d1_long»

«d_dr»
«d_st»
«d_town», «d_regp» «d_zip»

RE: «p_n»
DOB: «p_dob_loc»

Dear «d_dr»,

Thank you for referring «p_n» to the «k_dept» clinic. I saw «p_him» today, accompanied by «p_her» «q_sp»... pardon me, «p_her» partner, «q_n».

As you know, «p_g» is a «k_age» with «k_epo», diagnosed in «k_year». Over the last few months «p_she» has had «k_sym1». «p_She» works at «p_emp» and tells me «p_her» colleague «f_n» has covered several of «p_her» shifts. «p_Her» «k_lab1» today was reassuring.

I have started «k_drug1» and asked «p_him» to keep a symptom diary. I will see «p_him» again on «d2_long». Should «p_she» deteriorate, «p_she» can reach our nurse, «e_n», directly.

«p_She» asked that correspondence go to «p_em» rather than «p_her» old address in «g_town».

Yours sincerely,

«c_n»
Consultant, «k_dept»
cc: «p_n», «p_addr»
"""

INTERPRETER = """Clinic visit via telephone interpreter - transcript
CLINICIAN: Hello, I'm «c_dr». Interpreter, could you introduce yourself for the record?
INTERPRETER: Yes, interpreter «e_g», ID 4471, for Spanish... sorry, for Ukrainian today.
CLINICIAN: Thank you. Please ask the patient to state their full name.
INTERPRETER: She says her name is «p_n», «p_g» is the first name, and the family name is spelled «p_fsp».
CLINICIAN: And date of birth?
INTERPRETER: She says «p_dob_spk», «p_yob».
CLINICIAN: Who is with her today?
INTERPRETER: Her husband, «q_n», and her niece «r_g», who usually translates but had school at «r_school».
CLINICIAN: ‹Okay›. What brings her in?
INTERPRETER: She says she has had «k_sym1» «k_dur1». She thinks it started after she began working at «p_emp».
CLINICIAN: Any ‹chest pain›? ‹Fever›?
INTERPRETER: No chest pain. She says she had fever on «d3_md»... she is not sure of the date.
CLINICIAN: ‹Alright›. I'd like to check her «k_lab1» and start «k_drug1». Can the interpreter confirm her address for the lab slip?
INTERPRETER: She says «p_st», «p_town», and the phone is «p_ph». Her husband's phone is «q_ph».
CLINICIAN: Thank you. We'll see her on «d2_md» and book an interpreter again. Her «p_planl» is «p_plan»?
INTERPRETER: Yes. And she asks that letters go to her e-mail, «p_em».
"""

PRIOR_AUTH = """PRIOR AUTHORIZATION CALL - clinic staff to insurer - transcript
AGENT: Thank you for calling «k_ins» provider services, my name is «e_g». Who am I speaking with?
STAFF: Hi, this is «c_n», I'm the referral coordinator at «d_dr»'s office.
AGENT: And what's the member ID?
STAFF: «p_plan».
AGENT: And the member's name and date of birth?
STAFF: «p_NC», last name «p_fsp», date of birth «p_dob_loc».
AGENT: I show an address of «p_st», «p_town». Is that current?
STAFF: Actually she moved, it's «q_st» now, «q_town», «q_zip». She's living with her «q_par», «q_n».
AGENT: ‹Okay›, the member will need to update that. What are we requesting?
STAFF: An MRI of the «k_body», CPT ‹73721›. She's failed six weeks of ‹physical therapy› and «k_drug1».
AGENT: Any imaging on file?
STAFF: X-ray on «d3_md», done at the imaging centre in «f_town».
AGENT: ‹Alright›. I've opened the request, reference number «pa_ref». A decision within 72 hours; we'll fax the office and call the member at «p_ph».
STAFF: Thank you. If you need clinicals, call me back on «c_ph», or e-mail «c_em». The patient's chart number with us is «p_mrn».
AGENT: Is there anything else? ... ‹Great›, thanks, «c_g». Have a good «k_wd».
"""

VOICEMAIL = """answering service transcription - «d1_loc» 07:42 - mailbox 3
hi this message is for «c_drl» this is «p_gl» «p_fl» that's «p_fspl» date of birth «p_dob_spkl» «p_yob» i'm calling because my «k_body» is still really swollen it's been «k_dur1» and the pain is like «k_pain» and the «k_drug1» isn't helping um my daughter «q_gl» said i should call before the weekend you can reach me at «p_phsn» or by email at «p_ems» or at my work that's «p_empl» and ask for me um if i'm not there my husband «r_gl» can take a message also i think the pharmacy on «f_stl» has my old address it should be «p_stl» in «p_townl» okay thanks bye
---
answering service transcription - «d1_loc» 08:15 - mailbox 3
yeah hi it's «q_gl» «p_fl» again the daughter of «p_gl» «p_fl» just wanted to add she's on ‹warfarin› too sorry my number is «q_phsn» and mom's chart number is «p_mrns» she sees «d_drl» too on «k_wdl» mornings thanks
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("cv40_aci_primary_care_dialogue", ["us", "ca"], "text", ACI_DIALOGUE),
    ("cv40_mts_speaker_transcript", ["gb", "us"], "text", MTS_TRANSCRIPT),
    ("cv40_ed_triage_with_family", ["au", "gb"], "text", ED_TRIAGE),
    ("cv40_telehealth_video_visit", ["ca", "au"], "text", TELEHEALTH),
    ("cv40_paediatric_visit_parent_answers", ["gb", "au"], "text", PAEDIATRIC),
    ("cv40_geriatric_visit_with_daughter", ["us", "gb"], "text", GERIATRIC),
    ("cv40_nurse_triage_phone_call", ["us", "au"], "text", NURSE_TRIAGE),
    ("cv40_pharmacy_counselling_call", ["ca", "us"], "text", PHARMACY),
    ("cv40_physio_session_summary", ["au", "ca"], "text", PHYSIO),
    ("cv40_behavioural_health_intake", ["gb", "ca"], "text", BH_INTAKE),
    ("cv40_ambient_scribe_note", ["us", "au"], "text", AMBIENT_NOTE),
    ("cv40_mtsamples_consult_report", ["us", "ca"], "text", CONSULT),
    ("cv40_mtsamples_operative_report", ["us", "gb"], "text", OPERATIVE),
    ("cv40_discharge_dictation", ["ca", "us"], "text", DISCHARGE),
    ("cv40_dictated_referral_reply", ["gb", "au"], "text", REFERRAL_LETTER),
    ("cv40_interpreter_mediated_visit", ["ca", "us"], "text", INTERPRETER),
    ("cv40_prior_auth_insurer_call", ["us", "ca"], "text", PRIOR_AUTH),
    ("cv40_answering_service_voicemail", ["us", "au"], "text", VOICEMAIL),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    cc = locs[index % len(locs)]
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe40:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, cc, kind)
        slots["p_planl"] = COUNTRIES[cc].plan_label
        content, phi, keep, spans = render(template, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, cc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
