# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-second independent probe corpus: ambient clinical documentation ("AI scribe") text in English from the
United States, Canada, the United Kingdom, Ireland, Australia, New Zealand, South Africa, India and the
Philippines, built the way an outside evaluator builds a held-out set -- its own templates and its own name lists
(people.py) -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: diarised visit transcripts as speech-to-text writes them
(a GP visit with "Speaker 1:" labels and timestamps, a geriatric visit with "[CLINICIAN]" / "[PATIENT]" /
"[FAMILY]" and a patient aged 90+, a telehealth call with "Dr:" / "Pt:", an ED paramedic handover, a home visit)
-- fillers, false starts, mis-heard names, numbers, dates, addresses and e-mail addresses said aloud, names spelled
letter by letter, phone numbers read digit by digit or in pairs -- and what the scribe product builds from them:
the AI-drafted SOAP note and H&P, the after-visit summary, patient instructions, a referral letter, the vendor's
JSON payloads (transcript segments with speaker / start / end / text; the note with its metadata), the clinician's
edit log, a coding-suggestion list, a pre-charting summary pulled from the chart, a QA review of transcript
errors, a consent and audit log and an AI-drafted reply to a patient message.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient (aged 90+ in the geriatric visit
and the H&P), `r` a relative (spouse, child, sibling), `m` a grandchild or other relative, `d` the clinician, `n`
a nurse or medical assistant, `s` a member of staff (scribe QA reviewer, coder, admin), `c` the consultant
referred to, `w1`-`w3` others (neighbour, paramedic, pharmacist, another patient; `w2` aged 90+ in the home visit
and the pre-charting summary). Forms as probe 81's (`_n` `_g` `_f` `_F` `_lf` `_i` `_nick` `_ph` `_em` `_line`
`_town` `_pc` `_addr` `_dob` `_age` `_old` `_nat` `_hp` `_hid` with `l` labels, `_dl`) and the spoken ones:
`_sph` a phone number read out, `_sdob` a date of birth said aloud, `_spell` the family name spelled, `_asr`
the family name as the ASR mis-heard it, `_sem` an e-mail address said aloud, `_sline` a street line said aloud,
`_oldw` an age of 90+ in words (AGE), `_agew` an age under 90 in words (keep).

Labelling policy (decided before any measurement):
- NAME: every person's name as written or as the ASR wrote it -- full, given alone, family alone, capitals,
  "Family, Given", an initial and family name, a pet name, spelled letter by letter ("S-H-E-Z-I"), mis-heard
  ("Kloete" for Cloete). Honorifics, credentials, roles and speaker labels ("Speaker 2", "[FAMILY]") plain text.
- ADDRESS street lines (written or said) and towns; ZIP every postal code; states, provinces and countries plain.
- DATE every date more specific than a year, written or said ("fourth of July sixty-two"); years alone keep.
  AGE 90 and over, in digits or words ("ninety-three"); ages under 90 keep.
- PHONE, EMAIL of any person, written or said aloud. URL a link carrying a token. IP a client address.
- SSN US SSN, SIN, NI number, PPSN, Centrelink CRN, IRD number, SA identity number, Aadhaar, SSS number.
  HEALTH_PLAN Medicare MBI, Medicaid, Blue Cross, OHIP, private-insurer member numbers, Irish medical card,
  Australian Medicare, medical aid, ABHA, PhilHealth. ID NHS number, IHI, NHI, PAN, TIN, encounter, session,
  recording and job ids. MRN hospital and folder numbers. ACCOUNT billing accounts. LICENSE clinicians'
  registrations (NPI, CPSO, GMC, IMC, AHPRA, MCNZ, HPCSA, state medical council, PRC) and driving licences.
  DEVICE a patient's device serial number. VEHICLE a plate or VIN.
- Keep (must survive): drugs and doses (written or said), eponymous diseases, lab values, scores, ICD-10, CPT and
  SNOMED codes, hospitals, clinics and units, insurers and schemes, regulations and form numbers, scribe
  products and model versions, times and transcript timestamps, ages under 90, years, headings marked ‹...›.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe82 import ids, spoken
from tests.engine.probe82.people import ID_LABELS, LOCS, K, P, Person, Slot, draw_person, fill, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = spoken.MONTHS


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    written = {
        "US": f"{d:%m/%d/%Y}",
        "PH": f"{d:%m/%d/%Y}",
        "CA": d.isoformat(),
        "ZA": f"{d:%Y/%m/%d}",
        "IN": f"{d:%d-%m-%Y}",
    }
    us = loc in ("US", "CA", "PH")
    return {
        "loc": P("DATE", written.get(loc, f"{d:%d/%m/%Y}")),
        "long": P("DATE", f"{mon} {d.day}, {d.year}" if us else f"{d.day} {mon} {d.year}"),
        "short": P(
            "DATE",
            f"{d.month}/{d.day}"
            if loc in ("US", "PH")
            else f"{mon[:3]} {d.day}"
            if loc == "CA"
            else f"{d.day}/{d.month}",
        ),
        "mon": P("DATE", f"{d.day:02d}-{mon[:3]}-{d.year}" if not us else f"{mon[:3]} {d.day}, {d.year}"),
        "iso": P("DATE", d.isoformat()),
        "dm": P(
            "DATE", f"{mon} {spoken.ordinal(d.day)}" if us else f"the {spoken.ordinal(d.day)} of {mon}"[4:]
        ),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, ab = w.loc.code, w.abbr
    if c in ("US", "CA"):
        return (A(w.line), ", ", A(w.town), f", {ab} ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {ab}, ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {ab} ", Z(w.postcode))
    if c in ("ZA", "PH"):
        return (A(w.line), ", ", A(w.town), f", {w.region}, ", Z(w.postcode))
    if c == "IN":
        return (A(w.line), ", ", A(w.town), f", {w.region} - ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))


def said_phone(said: str) -> Slot:
    """A phone number read out; a leading "plus" (the spoken "+") is plain text, as "+" is in a written one."""
    return ("plus ", P("PHONE", said[5:])) if said.startswith("plus ") else P("PHONE", said)


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family.upper()}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_nick": N(w.nick or w.given), f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2),
        f"{x}_em": P("EMAIL", w.email), f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode),
        f"{x}_addr": address(w), f"{x}_dob": date_forms(w.dob, c)["loc"], f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_doblong": date_forms(w.dob, c)["long"], f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_dl": P("LICENSE", w.ids["dl"]), f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He",
        f"{x}_his": "her" if w.female else "his", f"{x}_His": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him",
        f"{x}_sex": "F" if w.female else "M", f"{x}_title": ("Mrs" if w.female else "Mr") + ("." if c in ("US", "CA", "PH") else ""),
        f"{x}_sexword": "woman" if w.female else "man",
        # said aloud, as the ASR writes it
        f"{x}_sph": said_phone(spoken.spoken_phone(w.phone, c, rng)), f"{x}_sdob": P("DATE", spoken.spoken_date(w.dob, c, rng)),
        f"{x}_spell": N(spoken.spelled(w.family, rng)), f"{x}_asr": N(spoken.misheard(w.family)), f"{x}_sem": P("EMAIL", spoken.spoken_email(w.email)),
        f"{x}_sline": A(spoken.spoken_line(w.number, w.street)), f"{x}_oldw": P("AGE", spoken.words(age)), f"{x}_agew": K(spoken.words(age)),
    }  # fmt: skip
    for key, (label, type_) in ID_LABELS[c].items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

HOSPITALS = {"US": ["Ochsner Lafayette General", "Tuba City Regional Health Care", "Boston Medical Center", "Glendale Adventist Medical Center"],
             "CA": ["Qikiqtani General Hospital", "Hôpital Maisonneuve-Rosemont", "Royal Alexandra Hospital", "Scarborough Health Network"],
             "UK": ["Royal Cornwall Hospital", "Royal London Hospital", "Milton Keynes University Hospital", "Ysbyty Gwynedd"],
             "IE": ["University Hospital Galway", "Connolly Hospital Blanchardstown", "Naas General Hospital"],
             "AU": ["Alice Springs Hospital", "Townsville University Hospital", "Westmead Hospital"],
             "NZ": ["Middlemore Hospital", "Christchurch Hospital", "Wellington Regional Hospital"],
             "ZA": ["Inkosi Albert Luthuli Central Hospital", "Frere Hospital", "Chris Hani Baragwanath Hospital", "Groote Schuur Hospital", "Tshilidzini Hospital"],
             "IN": ["Amrita Institute of Medical Sciences", "Government General Hospital Guntur", "SCB Medical College", "Civil Hospital Aizawl", "Goa Medical College"],
             "PH": ["Philippine Heart Center", "Vicente Sotto Memorial Medical Center", "Amai Pakpak Medical Center", "Jose B. Lingad Memorial Hospital"]}  # fmt: skip
SCRIBES = [
    "DAX Copilot",
    "Abridge",
    "Heidi Health",
    "Nabla",
    "Tortus",
    "Suki Assistant",
    "Freed",
    "Lyrebird Health",
]
MODELS = ["scribe-llm-2025.06", "asr-med-en-v4.2", "note-gen 3.1.7", "whisper-med-large-v3"]
DRUGS = ["metformin 500 mg BD", "amlodipine 5 mg daily", "atorvastatin 40 mg nocte", "furosemide 40 mg mane", "apixaban 2.5 mg BD", "levothyroxine 75 mcg",
         "tenofovir/lamivudine/dolutegravir", "isoniazid 300 mg", "losartan 50 mg", "empagliflozin 10 mg", "salbutamol inhaler PRN", "donepezil 5 mg",
         "bisoprolol 2.5 mg", "pantoprazole 40 mg", "insulin glargine 22 units", "gliclazide 80 mg", "telmisartan 40 mg", "carvedilol 6.25 mg BD",
         "sacubitril/valsartan 49/51 mg", "allopurinol 100 mg", "colchicine 0.5 mg", "prednisolone 30 mg", "tiotropium 18 mcg"]  # fmt: skip
SAID_DRUGS = ["metformin five hundred twice a day", "amlodipine five milligram", "atorvastatin forty at night", "furosemide forty in the morning",
              "water tablet", "insulin, twenty-two units at night", "Eliquis two point five", "Ventolin puffer", "blood pressure tablet"]  # fmt: skip
EPONYMS = ["Parkinson's disease", "Alzheimer's dementia", "Graves' disease", "Hashimoto's thyroiditis", "Bell's palsy", "Crohn's disease", "Cushing's syndrome",
           "Dupuytren's contracture", "Osgood-Schlatter disease", "Kaposi sarcoma", "Buerger's disease", "Still's disease", "Addison's disease", "Ménière's disease"]  # fmt: skip
LABS = ["HbA1c 8.2%", "eGFR 41", "creatinine 148 µmol/L", "K 5.4", "Hb 96 g/L", "CD4 212", "viral load <50", "TSH 7.9", "INR 2.6", "LDL 3.9 mmol/L",
        "NT-proBNP 2140", "ferritin 11", "CRP 64", "Na 131"]  # fmt: skip
SAID_LABS = [
    "sugar was eight point two",
    "kidney number forty-one",
    "the haemoglobin ninety-six",
    "potassium five point four",
]
ICD = [
    "E11.65",
    "I10",
    "I48.91",
    "N18.32",
    "B20",
    "A15.0",
    "J44.1",
    "E03.9",
    "F03.90",
    "M10.9",
    "I50.22",
    "R26.81",
    "Z79.4",
    "E78.5",
    "L89.152",
]
ICD_DESC = {"E11.65": "type 2 diabetes with hyperglycaemia", "I10": "essential hypertension", "I48.91": "atrial fibrillation", "N18.32": "CKD stage 3b",
            "B20": "HIV disease", "A15.0": "pulmonary tuberculosis", "J44.1": "COPD with exacerbation", "E03.9": "hypothyroidism", "F03.90": "dementia",
            "M10.9": "gout", "I50.22": "chronic systolic heart failure", "R26.81": "unsteady gait", "Z79.4": "long-term insulin use", "E78.5": "hyperlipidaemia",
            "L89.152": "sacral pressure injury"}  # fmt: skip
CPT = ["99214", "99215", "99204", "G2211", "99497", "1160F", "3044F", "99354"]
SNOMED = ["44054006", "38341003", "49436004", "13645005", "86406008", "56265001"]
SCORES = [
    "PHQ-9 of 12",
    "MoCA 21/30",
    "CFS 6",
    "Wells score 1",
    "CHA2DS2-VASc 4",
    "NEWS2 3",
    "GCS 15",
    "Barthel 60/100",
]
PAYERS = {"US": ["Medicare Advantage", "Louisiana Medicaid", "AHCCCS", "MassHealth"], "CA": ["OHIP", "NIHB", "RAMQ", "Alberta Blue Cross"],
          "UK": ["NHS England", "AXA Health", "Bupa"], "IE": ["HSE", "Irish Life Health", "Laya Healthcare"], "AU": ["Medicare", "DVA", "NDIS"],
          "NZ": ["ACC", "Te Whatu Ora", "nib"], "ZA": ["Discovery Health", "GEMS", "Bonitas"], "IN": ["Ayushman Bharat PM-JAY", "CGHS", "Star Health"],
          "PH": ["PhilHealth", "Maxicare", "Intellicare"]}  # fmt: skip
REGS = {"US": ["HIPAA", "45 CFR 164.508"], "CA": ["PHIPA", "Health Information Act"], "UK": ["UK GDPR", "Data Protection Act 2018"],
        "IE": ["GDPR Article 9", "Health Act 2004"], "AU": ["Privacy Act 1988", "APP 11"], "NZ": ["Health Information Privacy Code 2020", "HIPC Rule 5"],
        "ZA": ["POPIA", "National Health Act 61 of 2003"], "IN": ["DPDP Act 2023", "ABDM Health Data Management Policy"], "PH": ["Data Privacy Act of 2012", "RA 10173"]}  # fmt: skip
REG_LABEL = {
    "US": "NPI",
    "CA": "CPSO #",
    "UK": "GMC",
    "IE": "IMC",
    "AU": "AHPRA",
    "NZ": "MCNZ",
    "ZA": "HPCSA MP",
    "IN": "Reg. No.",
    "PH": "PRC Lic. No.",
}
CLINICS = {"US": "Family Medicine", "CA": "Family Health Team", "UK": "GP Surgery", "IE": "GP Practice", "AU": "Medical Centre", "NZ": "Medical Centre",
           "ZA": "Community Health Centre", "IN": "OPD", "PH": "Rural Health Unit"}  # fmt: skip
DEVICES = [
    "CGM sensor",
    "insulin pump",
    "pacemaker",
    "CPAP machine",
    "hearing aid",
    "cochlear implant processor",
]
TIMES = ["08:05", "08:40", "09:15", "10:20", "11:35", "13:50", "14:25", "15:10", "16:45"]
REL_F = ["wife", "daughter", "sister", "niece"]
REL_M = ["husband", "son", "brother", "nephew"]
OCC = [
    "retired teacher",
    "taxi driver",
    "domestic worker",
    "farmer",
    "nurse aide",
    "security guard",
    "fisherman",
    "seamstress",
    "miner",
]
Y = 365


# ---- templates ---------------------------------------------------------------------------------------------

GP_VISIT = """Transcript — «scribe» — «clinic», «hospital» — recorded «d1_loc» «t1» — session «sess»
[00:00:02] Speaker 1: Okay so it's recording now, is that, is that alright with you?
[00:00:05] Speaker 2: «yes», that's fine doctor.
[00:00:07] Speaker 1: Good. Um, can you just confirm your full name and date of birth for me?
[00:00:11] Speaker 2: «p_n». Born «p_sdob».
[00:00:16] Speaker 1: And the surname, how do you spell that?
[00:00:18] Speaker 2: «p_spell».
[00:00:22] Speaker 1: Thank you. And uh the best number, is it still the one on file?
[00:00:25] Speaker 2: No, no, it changed. It's «p_sph».
[00:00:31] Speaker 1: Okay. So what brings you in today, «p_title» «p_asr»?
[00:00:34] Speaker 2: The sugar, doctor. My «r_rel» «r_g» says I'm always tired, I'm, I'm going to the toilet at night like five times.
[00:00:42] Speaker 3: «yes», and «p_he» is not taking the «said_drug» properly, I keep telling «p_him».
[00:00:47] Speaker 1: Okay. And you are?
[00:00:48] Speaker 3: Sorry, I'm «r_n», the «r_rel». I live with «p_him» at «p_sline», in «p_town».
[00:00:55] Speaker 1: Right. So your «lab_said», that's up from last time. When did you last see Doctor «c_f»?
[00:01:02] Speaker 2: I think it was «d2_dm». At the clinic.
[00:01:06] Speaker 1: Okay. We'll do bloods today, «lab1» and «lab2», and I'll see you again on the «d3_dm».
[00:01:12] Speaker 3: Can the results go to my phone, «r_sph»? «p_He» doesn't check the messages.
[00:01:19] Speaker 1: Sure. And the «p_natl», for the script, it's «p_nat»?
[00:01:23] Speaker 2: Yes. And the «p_hpl» is «p_hp».
[00:01:27] Speaker 1: Lovely. I'm increasing to «drug1». Any chest pain? No? Okay.
--- end of recording («t2») · speaker 1 = Dr «d_n» («d_regl» «d_reg») · diarisation confidence ‹0.91›
"""

GERIATRIC = """[«scribe»] Ambient transcript · «hospital» · «d1_long» · Encounter «enc»
[CLINICIAN] Hello again «p_nick», and who's this with you today?
[PATIENT] This is my «r_rel», «r_g». «r_He» drove me in.
[FAMILY] Hi doctor, «r_n». I'm «p_his» «r_rel», I'm the, the next of kin on the chart.
[CLINICIAN] Lovely. So «p_nick», how old are you now, remind me?
[PATIENT] I'm «p_oldw». «p_oldw_cap» last «p_bmon».
[FAMILY] «p_He» turned «p_old» in «p_bmon», we had a big party at the «venue».
[CLINICIAN] Wonderful. And date of birth for the record?
[PATIENT] Born «p_sdob». I was born at home in «p_town».
[CLINICIAN] Any falls since we saw you on «d2_dm»?
[FAMILY] One, um, one fall. In the bathroom. Our neighbour «w1_n» found «p_him», «w1_he» rang me on «r_sph».
[CLINICIAN] Okay. Did «p_he» hit «p_his» head? And is «p_he» still on the «said_drug»?
[FAMILY] No head. And yes, but «p_he» forgets. My «m_kin» «m_g», «m_g» «m_f», does the pill box on Sundays.
[PATIENT] «m_nick» is very good to me.
[CLINICIAN] Good. So «eponym» is stable. I'd like the district nurse, «n_n», to visit at home, that's «p_sline»?
[FAMILY] Yes. «p_line» — it's the house with the green gate. «p_pc».
[CLINICIAN] And «p_hpl», do you have it there?
[FAMILY] It's «p_hp». And the «p_natl» is «p_nat».
[CLINICIAN] Perfect. «score» today. We'll stop «drug2» and review in six weeks.
— Clinician: Dr «d_n» («d_regl» «d_reg») · MRN «mrn» · audio retained 30 days per «reg»
"""

TELEHEALTH = """Video consult transcript (auto) — «scribe» version ‹4.18› — «d1_loc» — Visit ID «enc»
Dr: Hi, can you hear me? You're, you're a bit frozen.
Pt: Hello? Yes yes I can hear you now doc.
Dr: Great. So just to confirm, I'm speaking with «p_n»?
Pt: Yes, that's me, «p_nick». Birthday «p_sdob».
Dr: Thank you. And where are you right now, for the record, in case we get cut off?
Pt: At home«po», «p_sline», «p_town».
Dr: Okay and if we drop out I'll call you back on, um, «p_sph»?
Pt: Yes that one. Or my «r_rel» «r_g», «r_sph».
Dr: Perfect. So you said the cough is back since «d2_dm»?
Pt: Since «d2_dm». And there's the fever at night. My «r_rel» «r_nick» also has the cough.
Dr: Any weight loss? Night sweats? You finished the «drug1» course in «year»?
Pt: Yes, I finished. Dr «c_f» in «hospital» gave me.
Dr: Okay. I'm going to send a request for a chest x-ray and sputum, «lab1». I'll email it to you, what's the email?
Pt: It's «p_sem».
Dr: Got it, «p_em». And the «p_hpl» so the lab can bill it?
Pt: «p_hp».
Dr: Thanks. «eponym2» — no, sorry, scratch that, that's from your old history. Okay. Follow-up «d3_long».
[system] call ended «t2» · clinician «d_n» · client IP «ip» · link «url»
"""

ED_HANDOVER = """AMBIENT CAPTURE — ED Resus 2 — «hospital» — «d1_loc» «t1» — rec «rec»
Paramedic: Right, this is «p_n», um, «p_agew»-year-old, MVC, restrained driver, car versus pole on «p_street_only».
Paramedic: GCS fifteen throughout, obs stable, complaining of left chest wall pain. Vehicle plate was «plate», police have it.
Nurse: Do we have ID? Date of birth?
Patient: Uh, «p_sdob». My licence is in my wallet... it's «p_dl».
Paramedic: Next of kin is «p_his» «r_rel», «r_n», we rang «r_ph», «r_he»'s on «r_his» way.
Doctor: Hi «p_nick», I'm Dr «d_f», one of the emergency doctors. Can you tell me what happened?
Patient: I just, I didn't see it, I swerved for a dog. I was coming from my «m_kin»'s place in «m_town».
Doctor: Okay. Any meds? Blood thinners?
Patient: Just the «said_drug». And I've got the «device», the, the serial's on the card, «dev».
Nurse: Card says «dev». Pacing clinic is Dr «c_n».
Doctor: «p_hidl»?
Nurse: «p_hid». MRN «mrn», the old one, we'll merge.
Paramedic: Handover done, I'm «w1_n», that's «w1_spell» on the form. Callback «w1_ph».
Doctor: Thanks «w1_g». CT chest, «lab1», «lab2». Tetanus up to date?
Patient: In «year», I think.
[auto] speakers: Paramedic («w1_f»), Nurse («n_f»), Doctor («d_f», «d_regl» «d_reg») · insurer on file «payer» · VIN from police report «vin»
"""

HOME_VISIT = """Home visit — ambient notes captured by «scribe» — «d1_long» «t1»
Location: «p_addr»
[00:00:03] NURSE: Morning «p_nick»! It's «n_g» from the community team, and this is «s_g», she's, um, shadowing today.
[00:00:08] PATIENT: Come in, come in. Mind the dog. «r_g»'s just making tea.
[00:00:14] NURSE: How's the leg? Still weeping?
[00:00:17] PATIENT: Better. I've been doing the «said_drug» like you said.
[00:00:22] RELATIVE: I'm «r_n», «p_his» «r_rel». Can I ask about «gran»? Sorry, Granny, «w2_n», she lives with us too, in the back room.
[00:00:29] NURSE: Of course. How old is she now?
[00:00:31] RELATIVE: She's «w2_oldw». «w2_oldw_cap» in «w2_bmon»! Date of birth «w2_sdob».
[00:00:38] NURSE: Wow. And she's under Dr «c_f» at «hospital»?
[00:00:41] RELATIVE: Yes, folder number «w2_mrn». Her phone is «w2_sph», but she doesn't answer it.
[00:00:48] NURSE: Okay, I'll put in a referral for her. What's your email, for the letter?
[00:00:51] RELATIVE: «r_sem».
[00:00:56] NURSE: And «p_nick», your wound, «lab1» came back, I'll tell Dr «d_f».
[00:01:02] PATIENT: The «device» beeped last night, the number on the back is «dev».
[00:01:07] NURSE: I'll log that. «score» today, and keep the «drug2». Next visit «d3_dm», same time.
Staff: «n_n» (RN) · «s_n» (student) · «p_hpl» «p_hp» · «p_natl» «p_nat»
"""

SOAP = """AI-DRAFTED NOTE — «scribe» (model «model») — PENDING CLINICIAN REVIEW
Patient: «p_lf»   DOB: «p_dob»   MRN: «mrn»   Visit: «d1_loc» «t1»   Encounter: «enc»
Clinician: «d_n», MD («d_regl» «d_reg»)

S: «p_age»-year-old «p_sexword» («p_occ») presents with «p_his» «r_rel» «r_n» for follow-up of «icd_desc». Reports polyuria and fatigue since approx. «d2_mon». Pt states "I ran out of the «said_drug» after «d2_dm»". «r_g» reports patient lives with family at «p_line», «p_town». Lost to follow-up with Dr. «c_n» (endocrinology) last year.
O: BP 152/94, HR 88. «lab1». «lab2». Weight 91 kg. Monofilament intact. «score».
A: 1. «icd_desc» («icd») — suboptimally controlled. 2. «eponym», stable.
P: Increase to «drug1». Continue «drug2». Repeat labs in 3 months. Diabetes education with «n_n», RN. Return «d3_long». Patient prefers contact via «p_ph» or «p_em»; «r_g» may also be called on «r_ph» per patient consent.
Billing: «cpt» · Acct «acct» · «p_hpl» «p_hp» · «p_natl» «p_nat»
[AI flag] Transcript named a second clinician "Dr «c_asr»" — verify spelling (chart has «c_f»).
"""

HP = """HISTORY & PHYSICAL (AI draft, «scribe») — «hospital» — Admission «d1_loc»
Name: «p_LF»   Age: «p_old»   Sex: «p_sex»   DOB: «p_dob»   MRN: «mrn»   Acct: «acct»
Source: patient, «p_his» «r_rel» «r_n» (at bedside), and transfer notes from «clinic».
CC: "I'm «p_oldw», doc, my legs just gave way."
HPI: «p_oldw_cap»-year-old «p_sexword» with «eponym» and «icd_desc» admitted after a fall at home («p_addr») on «d2_long». Found by neighbour «w1_n». «r_g» says «p_he» "was fine at «p_his» ninetieth in «year2»".
PMH: «eponym», «icd_desc», «eponym2». Meds: «drug1», «drug2», «drug3».
Social: widowed; late spouse «w3_n». Lives with «m_kin» «m_n» («m_ph»). Ex-smoker. Driver's licence «p_dl» surrendered «d0_iso».
Exam: «score». Bruising L hip. «lab1». «lab2».
Assessment/Plan: Mechanical fall, r/o occult fracture. Geriatrics consult (Dr «c_n»). DVT prophylaxis. PT/OT. Goals of care discussed; «p_he» wishes for «r_g» to be decision-maker.
Insurance: «payer» · «p_hpl» «p_hp» · «p_hidl» «p_hid»
Attending: «d_n» («d_regl» «d_reg»)   Scribe review: «s_n»   Dictated «t1», signed «t2»
"""

AVS = """AFTER VISIT SUMMARY — «hospital», «clinic»
«p_n» · DOB «p_dob» · «p_hidl» «p_hid» · Visit «d1_long» with Dr. «d_n»
This summary was written with help from «scribe» and checked by your clinician.
What we talked about today
- Your «icd_desc» and your heart. Your ankles are more swollen since «d2_short».
- Your «r_rel» «r_g» asked about the «said_drug». Please keep taking it.
Your medicines
- START «drug1»  - CONTINUE «drug2»  - STOP «drug3»
Tests: «lab1» (done today). Next blood test on «d3_long».
Your next appointments
- «d3_long» at «t2» with «n_n», heart failure nurse
- «d4_long» with Dr. «c_n», cardiology, «hospital2»
Contact details we have for you: «p_addr» · home «p_ph» · mobile «p_ph2» · «p_em»
Emergency contact: «r_n» («r_rel») «r_ph»
View online: «url» (code expires in 7 days). Account number «acct».
"""

INSTRUCTIONS = """Patient instructions (generated by «scribe» from today's conversation, reviewed by «d_i»)
For: «p_nick» («p_n»), «p_dob»                         Clinic: «clinic», «hospital»
Hi «p_nick», here is what we agreed today, «d1_long»:
1. Take «drug1» every day with food. Your «r_rel» «r_g» will help with the pill box.
2. Check your sugar before breakfast. Write it in the book. If it's over 15 twice, phone the clinic or «n_n» on «n_ph».
3. Your blood test: «lab1». We will repeat it on «d3_long».
4. Keep your «device» on. Serial number (for the supplier): «dev».
5. You told us you moved to «p_addr». We updated your file. New phone: «p_ph».
6. Your «p_hpl»: «p_hp». Your «p_natl»: «p_nat».
Danger signs: chest pain, confusion, vomiting. Go to «hospital» emergency.
Next visit: «d4_long» with Dr «d_f». Questions: «d_wem».
Prepared under «reg». Form ‹PI-07›.
"""

REFERRAL = """AI-drafted referral letter («scribe») — please review before sending
«clinic», «hospital»
«d1_long»
Dear Dr «c_f»,
Re: «p_n», DOB «p_dob», «p_addr»
«p_hidl»: «p_hid»   Hospital no.: «mrn»   Tel: «p_ph»
Thank you for seeing this «p_age»-year-old «p_occ» whom I saw today with «p_his» «r_rel» «r_g» «r_f». «p_He» describes a tremor of the right hand since around «d2_long», worse when writing; «p_his» «r_rel» noticed «p_he» was "shuffling" at a family wedding on «d0_dm». I wonder about early «eponym».
Background: «icd_desc» («icd»), «eponym2». Medications: «drug1», «drug2». «lab1».
Social: lives at home with «r_g»; drives a «car» (registration «plate»); I have advised no driving pending review. Works for «employer».
[scribe note: in the recording the patient spelled «p_his» surname as «p_spell»; «p_his» daughter-in-law was named as «m_n».]
Kind regards,
Dr «d_n»
«d_regl» «d_reg» · «d_wem» · cc: «p_title» «p_f» (patient), «p_em»
"""

SEGMENTS = """{"vendor":"«scribe»","schema":"transcript.v2","session_id":"«sess»","encounter":"«enc»","recorded_at":"«d1_iso»","recorded_time":"«t1»","language":"«lang_tag»","model":"«model»","client_ip":"«ip»","segments":[{"speaker":"clinician","start":0.4,"end":3.9,"text":"Morning, come sit. So you're «p_n»?"},{"speaker":"patient","start":4.1,"end":8.7,"text":"Yes, «p_g», and this is my «r_rel» «r_g»."},{"speaker":"clinician","start":9.0,"end":12.2,"text":"And your date of birth?"},{"speaker":"patient","start":12.4,"end":16.0,"text":"It's «p_sdob»."},{"speaker":"family","start":16.3,"end":24.8,"text":"Doctor, «p_he» was admitted on «d2_dm» at «hospital2», they changed the «said_drug»."},{"speaker":"clinician","start":25.0,"end":29.1,"text":"Okay. Can I get a number to reach you?"},{"speaker":"family","start":29.3,"end":36.0,"text":"«r_sph». I'm «r_n»."},{"speaker":"clinician","start":36.2,"end":41.5,"text":"And «p_his» «p_natl», for the records?"},{"speaker":"patient","start":41.7,"end":47.2,"text":"«p_nat»."},{"speaker":"clinician","start":47.5,"end":55.0,"text":"Thanks. We'll start «drug1» and check «lab1». See you «d3_dm»."}],"review":{"status":"draft","assigned_to":"«d_n»","qa":"«s_n»","recording_url":"«url»"}}"""

NOTE_JSON = """{"note_id":"«enc»","generator":"«scribe»","model_version":"«model»","patient":{"name":"«p_lf»","dob":"«p_dobiso»","mrn":"«mrn»","«p_hpk»":"«p_hp»","«p_natk»":"«p_nat»","phone":"«p_ph»","email":"«p_em»","address":{"line":"«p_line»","city":"«p_town»","postal":"«p_pc»"}},"author":{"name":"«d_n»","license":"«d_reg»"},"sections":{"chief_complaint":"«drug2» side effects","hpi":"«p_age» y/o seen with «r_rel» «r_n» («r_ph»). Symptoms since «d2_long». Previously under Dr «c_n».","assessment":"«icd_desc» («icd»); «eponym»","plan":"Switch to «drug1». «lab1». Review «d3_iso»."},"codes":{"icd10":["«icd»"],"cpt":["«cpt»"]},"billing_account":"«acct»","audio":{"url":"«url»","retention_days":30},"device_ip":"«ip»","compliance":"«reg»"}"""

EDIT_LOG = """Note edit history — «scribe» — encounter «enc» («p_LF», MRN «mrn»)
time      user                 action     field        before → after
«t1»     ai:«model»  create     note         draft v1 (1,284 words)
«t2»     «d_n»        edit       HPI          "«p_asr»" → "«p_f»" (name mis-heard)
«t2»     «d_n»        edit       HPI          "daughter «m_asr»" → "daughter «m_g» «m_f»"
«t2»     «d_n»        edit       Meds         "«said_drug»" → "«drug1»"
«t3»     «d_n»        edit       Social       removed "«p_he» lives at «p_sline»"; added "lives with family at «p_line», «p_town» «p_pc»"
«t3»     «d_n»        edit       Demogr.      DOB "«p_sdob»" → «p_dob»
«t3»     «d_n»        edit       Contacts     «r_rel» «r_n» phone "«r_sph»" → «r_ph»
«t4»     «d_n»        edit       Plan         follow-up "«d3_dm»" → «d3_loc»
«t4»     «n_n»        comment    —            "pt's «p_hpl» is «p_hp», please add to demographics"
«t5»     «d_n»        sign       note         signed («d_regl» «d_reg»); login from «ip»
Source audio: «url» · clinic «clinic», «hospital» · «reg» audit
"""

CODING = """CODING SUGGESTIONS — «scribe» Coding Assist — encounter «enc» — «d1_loc»
Patient «p_lf» («p_age» y, «p_sex») · MRN «mrn» · «p_hpl» «p_hp» · Account «acct» · Rendering «d_n» («d_regl» «d_reg»)
#  Code      Description                              Confidence  Evidence (transcript)
1  «icd»    «icd_desc»                 0.94        "my «r_rel» «r_g» says the «said_drug» isn't working" [00:02:41]
2  «icd2»    «icd2_desc»                 0.81        "«lab1»" [00:04:03]
3  «cpt»     E/M visit, established                  0.88        total time 32 min; «score»
4  «cpt2»     add-on / quality                      0.62        «p_n» counselled on «drug1»
5  Z63.6     dependent relative needing care        0.55        "I look after my «w2_par» «w2_n», «w2_he»'s «w2_oldw»" [00:06:12]
Rejected: «eponym» (history only). Coder: «s_n» («s_em»). Reviewed «d2_loc». SNOMED «snomed».
Notes: patient address on claim «p_addr»; claim to «payer».
"""

PRECHART = """PRE-CHARTING SUMMARY (auto-generated from the record by «scribe», for Dr «d_f», clinic «d1_loc» «t1»)
Patient: «p_n» («p_nick») · «p_sex» · DOB «p_dob» · «p_age» y · «p_hidl» «p_hid» · MRN «mrn»
Contacts: «p_ph» · «p_em» · NOK «r_n» («r_rel») «r_ph»
Address: «p_addr»
Problems: «icd_desc» («icd»); «eponym»; «eponym2»
Recent: ED visit «d2_loc» at «hospital2» («lab1»); letter from Dr «c_n» dated «d2_long»; «lab2» on «d2_short».
Meds: «drug1»; «drug2»; «drug3»
Care gaps: retinal screen overdue since «year»; flu vaccine due.
Household: cares for grandmother «w2_n» («w2_old» y, DOB «w2_dob», «w2_hidl» «w2_hid»), who has «device» serial «dev».
Insurance: «p_hpl» «p_hp» · «payer»
Last transcript (excerpt): "...she's «w2_oldw» now, she can't be alone, my cousin «w3_n» helps on «d3_wd»s..."
"""

QA_REVIEW = """Transcript QA review — «scribe» — batch «batch» — reviewer «s_n» — «d1_loc»
Session «sess» · encounter «enc» · patient «p_LF» («p_age»«p_sex») · MRN «mrn»
#   time      ASR wrote                          should be                        type        severity
1   00:00:12  "«p_asr»"                         «p_f»                            name        high
2   00:00:15  "«p_sdob»"                  «p_dob»                          date        high
3   00:01:40  "«said_drug»"                      «drug1»                          medication  high
4   00:02:05  "«r_asr»"                         «r_f» («r_rel»)                  name        medium
5   00:02:33  "«r_sph»"      «r_ph»                           phone       medium
6   00:03:10  "«p_sline»"                «p_line», «p_town»               address     medium
7   00:04:52  "«lab_said»"                   «lab1»                           lab         high
8   00:05:30  "«p_sem»"               «p_em»                           email       low
9   00:06:02  "Dr «d_asr»"                      Dr «d_f»                         name        low
Summary: 9 errors / 1,912 words (WER 4.1%). Accent tag: «lang_tag». Escalated to «c_n» (vendor QA lead). ASR model «model»; site «hospital».
"""

CONSENT = """AMBIENT SCRIBE CONSENT & AUDIT LOG — «hospital» — «clinic»
«d1_loc» «t1»  consent  patient «p_n» (DOB «p_dob», MRN «mrn») verbal consent to recording obtained by «d_n»
«d1_loc» «t1»  witness  «n_n»; interpreter not required; relative present: «r_n» («r_rel», «r_ph»)
«d1_loc» «t2»  record   session «sess» started on clinic device ‹iPad-CLN-07›; client «ip»
«d1_loc» «t3»  record   session «sess» stopped; duration 00:14:52; recording «rec»
«d1_loc» «t3»  note     draft created by «model»; link «url»
«d1_loc» «t4»  access   «s_n» (health information officer) viewed transcript; reason: QA
«d3_loc» «t5»  request  patient asked for a copy by email to «p_em»; «p_hpl» «p_hp» verified; «p_natl» «p_nat»
«d3_loc» «t5»  delete   audio purged per «reg»; transcript retained in EHR
Transcript line 14 (verbatim): "yeah you can record, my name is «p_g», «p_spell», I live at «p_sline»"
"""

DRAFT_REPLY = """«scribe» Inbox — AI-drafted reply (not sent)
Original message from «p_n» («p_hidl» «p_hid») · received «d1_loc» «t1» · via patient app from «ip»
> hi doctor this is «p_nick» from «p_town». since the visit on «d2_dm» the «said_drug» gives me bad dreams. my «r_rel» «r_g» thinks i should stop. also can you send the forms to my new email «p_em» and my new address is «p_addr». ph «p_ph» after 5. thanks
Suggested reply (edit before sending):
Dear «p_nick»,
Thank you for your message. Please don't stop «drug1» suddenly. I have asked «n_n», our practice nurse, to call you on «p_ph» on «d3_long» to talk about the dose. I've updated your address to «p_line», «p_town» and your email. Your «lab1» from «d2_long» was okay.
If you have chest pain or fainting, call «emerg» or go to «hospital».
Kind regards,
Dr «d_f» («d_regl» «d_reg»)
[draft context: last visit transcript mentioned «r_n», phone «r_ph»; «p_hpl» «p_hp»]
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p82_scribe_gp_visit_transcript", ["ZA", "US"], "text", GP_VISIT),
    ("p82_scribe_geriatric_family_transcript", ["IE", "IN"], "text", GERIATRIC),
    ("p82_scribe_telehealth_transcript", ["PH", "AU"], "text", TELEHEALTH),
    ("p82_scribe_ed_handover_transcript", ["NZ", "CA"], "text", ED_HANDOVER),
    ("p82_scribe_home_visit_transcript", ["UK", "ZA"], "text", HOME_VISIT),
    ("p82_ai_drafted_soap_note", ["US", "IN"], "text", SOAP),
    ("p82_ai_drafted_history_and_physical", ["AU", "PH"], "text", HP),
    ("p82_scribe_after_visit_summary", ["CA", "NZ"], "text", AVS),
    ("p82_scribe_patient_instructions", ["ZA", "IE"], "text", INSTRUCTIONS),
    ("p82_ai_drafted_referral_letter", ["UK", "AU"], "text", REFERRAL),
    ("p82_vendor_transcript_segments_json", ["IN", "US"], "json", SEGMENTS),
    ("p82_vendor_note_payload_json", ["NZ", "PH"], "json", NOTE_JSON),
    ("p82_clinician_edit_log", ["CA", "UK"], "text", EDIT_LOG),
    ("p82_ai_coding_suggestions", ["US", "ZA"], "text", CODING),
    ("p82_pre_charting_summary", ["IE", "NZ"], "text", PRECHART),
    ("p82_transcript_qa_review", ["IN", "CA"], "text", QA_REVIEW),
    ("p82_scribe_consent_audit_log", ["PH", "UK"], "text", CONSENT),
    ("p82_ai_drafted_patient_reply", ["AU", "IE"], "text", DRAFT_REPLY),
]

OLD_P = {"p82_scribe_geriatric_family_transcript", "p82_ai_drafted_history_and_physical"}
OLD_W2 = {"p82_scribe_home_visit_transcript", "p82_pre_charting_summary", "p82_ai_coding_suggestions"}
LANG_TAG = {
    "US": "en-US",
    "CA": "en-CA",
    "UK": "en-GB",
    "IE": "en-IE",
    "AU": "en-AU",
    "NZ": "en-NZ",
    "ZA": "en-ZA",
    "IN": "en-IN",
    "PH": "en-PH",
}
EMERG = {
    "US": "911",
    "CA": "911",
    "UK": "999",
    "IE": "112",
    "AU": "000",
    "NZ": "111",
    "ZA": "10177",
    "IN": "108",
    "PH": "911",
}
GRAN = {"ZA": "Gogo", "IN": "Ammamma", "PH": "Lola", "NZ": "Nana", "AU": "Nanna"}
CARS = [
    "Toyota Corolla",
    "Nissan Navara",
    "Honda City",
    "Mitsubishi Mirage",
    "Hyundai i10",
    "Ford Ranger",
    "Suzuki Swift",
    "VW Polo Vivo",
]
EMPLOYERS = [
    "the municipality",
    "a logistics firm",
    "the district school board",
    "a call centre",
    "the port authority",
    "a sugar mill",
]
VENUES = ["community hall", "bowls club", "parish hall", "church hall", "marae", "rugby club"]


def reg_number(rng: random.Random, loc: str) -> str:
    return {"US": ids.npi(rng), "CA": fill(rng, "%#####"), "UK": fill(rng, "%######"), "IE": fill(rng, "%#####"), "AU": fill(rng, "MED000%######"),
            "NZ": fill(rng, "%####"), "ZA": fill(rng, "0%#####"), "IN": fill(rng, "%#####"), "PH": fill(rng, "0%#####")}[loc]  # fmt: skip


def key_of(label: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in label.lower()).strip("_").replace("__", "_")


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2025, 1, 6) + timedelta(days=rng.randrange(300))
    used: set[str] = set()
    old = kind in OLD_P
    p = draw_person(
        rng,
        loc,
        used,
        d1,
        age_days=(90 * Y + 40, 98 * Y) if old else (32 * Y, 86 * Y),
        nick=rng.random() < 0.6,
    )
    pa = (d1 - p.dob).days
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.5 else None, home=p if rng.random() < 0.6 else None,
                    age_days=(max(45 * Y, pa - 40 * Y), max(50 * Y, pa - 22 * Y)) if old else (24 * Y, 84 * Y))  # fmt: skip
    m = draw_person(rng, loc, used, d1, culture=p.culture, age_days=(20 * Y, 60 * Y))
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m}
    for x in ("d", "n", "s", "c"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 64 * Y))
    for i in range(1, 4):
        ppl[f"w{i}"] = draw_person(
            rng,
            loc,
            used,
            d1,
            age_days=(90 * Y + 40, 99 * Y) if kind in OLD_W2 and i == 2 else (19 * Y, 88 * Y),
        )
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
        s[f"{x}_mrn"] = P("MRN", fill(rng, rng.choice(["%#######", "M%######", "%##-##-##", "%######"])))
        s[f"{x}_wem"] = P(
            "EMAIL",
            f"{plain(w.given)}.{plain(w.family)}@{rng.choice(['health.example.org', 'clinic.example.net', 'hospital.example.com'])}",
        )
        s[f"{x}_bmon"] = MONTHS[w.dob.month - 1]
        s[f"{x}_street_only"] = P("ADDRESS", w.street)
    for x in ("p", "w2"):
        s[f"{x}_oldw_cap"] = P("AGE", spoken.words((d1 - ppl[x].dob).days * 100 // 36525).capitalize())
    s["p_occ"] = K(rng.choice(OCC))
    s["r_rel"] = rng.choice(REL_F if r.female else REL_M)
    s["r_Rel"] = s["r_rel"].capitalize()
    s["m_kin"] = "daughter" if m.female else "son"
    s["w2_par"] = "mother" if ppl["w2"].female else "father"
    s["p_hpk"], s["p_natk"] = key_of(ID_LABELS[loc_code]["hp"][0]), key_of(ID_LABELS[loc_code]["nat"][0])
    s["d_reg"], s["d_regl"] = P("LICENSE", reg_number(rng, loc_code)), REG_LABEL[loc_code]
    s["mrn"] = s["p_mrn"]
    s["acct"] = P("ACCOUNT", fill(rng, rng.choice(["%#########", "AC-%#######", "%########"])))
    s["enc"] = P("ID", fill(rng, rng.choice(["ENC-%#######", "%##########", "V%########"])))
    s["sess"] = P(
        "ID",
        "".join(rng.choice("0123456789abcdef") for _ in range(8))
        + "-"
        + "".join(rng.choice("0123456789abcdef") for _ in range(4)),
    )
    s["rec"] = P("ID", fill(rng, "REC-%######"))
    s["batch"] = fill(rng, "QA-%###")
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["vin"] = P("VEHICLE", ids.vin(rng))
    s["dev"] = P(
        "DEVICE", fill(rng, rng.choice(["SN%#######@", "PJN%######H", "%##-###-####", "DX@@%#####"]))
    )
    s["ip"] = P("IP", ids.ipv4(rng))
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(20))
    s["url"] = P(
        "URL",
        f"https://{rng.choice(['app.scribe-example.com/v', 'avs.healthportal.example.org/s', 'rec.ambient.example.net/a'])}/{token}",
    )
    dd = {"d0": d1 - timedelta(days=rng.randint(40, 160)), "d1": d1, "d2": d1 - timedelta(days=rng.randint(3, 30)),
          "d3": d1 + timedelta(days=rng.randint(5, 25)), "d4": d1 + timedelta(days=rng.randint(30, 90))}  # fmt: skip
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
        s[f"{k}_wd"] = d.strftime("%A")
    times = sorted(rng.sample(TIMES, 5))
    for i, t in enumerate(times, 1):
        s[f"t{i}"] = K(t)
    drugs = rng.sample(DRUGS, 3)
    s["drug1"], s["drug2"], s["drug3"] = K(drugs[0]), K(drugs[1]), K(drugs[2])
    s["said_drug"], s["lab_said"] = K(rng.choice(SAID_DRUGS)), K(rng.choice(SAID_LABS))
    ep = rng.sample(EPONYMS, 2)
    s["eponym"], s["eponym2"] = K(ep[0]), K(ep[1])
    labs = rng.sample(LABS, 2)
    s["lab1"], s["lab2"] = K(labs[0]), K(labs[1])
    icd = rng.sample(ICD, 2)
    s["icd"], s["icd_desc"], s["icd2"], s["icd2_desc"] = (
        K(icd[0]),
        K(ICD_DESC[icd[0]]),
        K(icd[1]),
        K(ICD_DESC[icd[1]]),
    )
    cpt = rng.sample(CPT, 2)
    s["cpt"], s["cpt2"], s["snomed"] = K(cpt[0]), K(cpt[1]), K(rng.choice(SNOMED))
    s["score"], s["device"] = K(rng.choice(SCORES)), rng.choice(DEVICES)
    hs = rng.sample(HOSPITALS[loc_code], 2)
    s["hospital"], s["hospital2"], s["clinic"] = K(hs[0]), K(hs[1]), K(CLINICS[loc_code])
    s["scribe"], s["model"] = K(rng.choice(SCRIBES)), K(rng.choice(MODELS))
    s["payer"], s["reg"] = K(rng.choice(PAYERS[loc_code])), K(rng.choice(REGS[loc_code]))
    s["year"] = K(str(d1.year - rng.randint(2, 12)))
    s["year2"] = K(str(p.dob.year + 90))
    s["car"], s["employer"], s["venue"] = K(rng.choice(CARS)), K(rng.choice(EMPLOYERS)), K(rng.choice(VENUES))
    s["lang_tag"], s["emerg"] = LANG_TAG[loc_code], EMERG[loc_code]
    s["yes"] = "Ja" if loc_code == "ZA" else "Yeah"
    s["po"] = " po" if loc_code == "PH" else ""
    s["gran"] = GRAN.get(loc_code, "Nan")
    return s


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe82:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
