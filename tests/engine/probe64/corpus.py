# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-fourth independent probe corpus: digital-health and consumer health-tech text from the United States,
the United Kingdom, Canada, India and Australia -- what telehealth platforms, remote-patient-monitoring vendors,
wearable and health apps, patient portals, CRMs, call centres, help desks and app stores hold -- with synthetic
PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a telehealth visit audit trail (US, Australia), an
ambient-scribe video-consultation transcript (UK GP, Indian teleconsultation), a CGM urgent-low alert with its
follow / escalation log and RN note (US mg/dL, Canada mmol/L), a blood-pressure-cuff reading escalation and
triage call (US, UK), a virtual-ward / hospital-in-the-home pulse-oximetry review sheet (UK, Australia; patients
aged 90+), an app analytics event stream (Segment-style NDJSON; US, India), a patient-portal message thread with
a proxy (US, Canada), a Salesforce-style CRM case on a failed sensor (US, Australia), a device-support call-centre
script filled in by the agent (India, UK), a push-notification queue export (APNs / FCM JSON; US, Australia), a
help-desk ticket on login and double billing (Canada, UK), a live-chat transcript with a bot hand-off
(Australia, India), an app-store review export with developer replies (US, UK), digital diabetes-prevention
coach notes (US, Canada), an insulin-pump return-material authorisation (Australia, Canada), an RPM vendor's
FHIR webhook bundle (US, Canada), an RPM monthly billing summary (US, CPT 99453-99458) and an Indian
e-prescription from a teleconsultation (ABHA).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by country. People: `p` the
patient / app user, `r` a caregiver or relative (spouse, son, daughter), `m` another relative, `d` the
physician / prescriber, `e` a nurse or second clinician, `s` a support agent, coach or scheduler, `x` `y` other
people (a second agent, QA reviewer, GP, neighbour, other reviewers, other billed patients). Forms: `_n` full
name, `_g` given, `_f` family, `_F` FAMILY, `_NC` FULL NAME, `_lf` "Family, Given", `_LF` "FAMILY, Given", `_i`
"G. Family", `_gi` "Given F." (a reviewer's or chat visitor's display name), `_user` a username / handle,
`_ph` `_ph2`, `_em`, `_line` `_town` `_pc` `_addr`, `_nid` (SSN, NHS number, provincial health number, Aadhaar,
Australian Medicare number), `_dob` in the country's form, `_dobiso`, `_age` (keep, under 90), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, app users, caregivers and Care Circle followers, relatives, proxies,
  physicians, nurses, coaches, support agents, schedulers, QA reviewers, app-store reviewers -- as written:
  full, given alone, family alone, capitals, "Family, Given", an initial and the family name, a display name
  "Given F.", the given name inside a possessive ("Ramya's"). Honorifics, credentials and roles (Dr, Mrs, MD,
  RN, NP, CDCES, Coach, Tier 2) are plain text outside the value. A chat bot's name is plain text.
- ADDRESS: street lines (flat / unit / apartment / lot / door numbers inside the value), towns, suburbs,
  localities, villages; an Indian address's landmark ("opp. ..."). ZIP: US ZIP (and ZIP+4), UK postcodes,
  Canadian postal codes, Indian PIN codes, Australian postcodes. States, provinces, territories, UK nations and
  countries are keep when written alone and plain text inside an address (MN, QLD, Kerala inside an address).
- DATE: every date more specific than a year (birth, visit, reading, alert, sensor insertion, purchase,
  warranty, shipping, follow-up, message and log dates), in every form (03/14/2024, 14/03/2024, 2024-03-14,
  14 March 2024, March 14, 2024, 14 Mar 2024, Mar 14, 14 Mar, 14/03, 3/14, "the 14th of March, 1951"); an ISO
  date-time stamp 2024-03-14T09:02:11.512Z is one DATE value (a log line's "2024-03-14 09:02:11": the date is
  the value, the time plain text). Years alone keep; a service month ("March 2024") is a DATE. AGE: 90 and
  over; ages under 90 keep.
- PHONE (mobiles, landlines, a clinician's direct line or pager, a prescriber's fax), EMAIL of any person; the
  services' own help lines, short codes and role mailboxes are plain text. URL: a visit-room, deep or record
  link carrying a patient, visit or user token. IP: the client address of a patient, caregiver or clinician
  (IPv4 and IPv6).
- SSN: US social security numbers. ID: NHS numbers, Aadhaar and ABHA numbers and ABHA addresses, app user ids,
  anonymous ids and usernames / handles, FHIR patient resource ids, visit / consultation / call / conversation /
  thread ids, CRM case numbers and customer ids, ticket numbers, order, RMA, replacement and AWB / tracking /
  consignment numbers, alert ids, referral and complaint / adverse-event references, subscriber ids,
  participant ids, e-prescription ids, claim batch numbers, an agent's employee number, Stripe customer ids.
  MRN: clinic and hospital record numbers (MRN, UR / URN, hospital number, UHID, chart number). ACCOUNT:
  billing and subscription accounts, invoice numbers. HEALTH_PLAN: insurance member ids, Medicare MBIs,
  Canadian provincial health numbers, Australian Medicare numbers, NDSS registration numbers, Indian health
  insurance policy numbers. LICENSE: NPI, state RN licences, GMC, NMC PIN, provincial college numbers
  (CPSO, CPSM, CPSS, CPSA, CMQ, CPSNS, CRNM), AHPRA and Indian medical council registration numbers,
  Australian prescriber numbers (the register's label plain). DEVICE: serial numbers of CGM sensors and
  transmitters, glucose meters, BP cuffs, pulse oximeters, smart scales, watches and insulin pumps, cellular
  gateway IMEIs, app device ids (IDFV / Android ids) and APNs / FCM push tokens.
- Keep (must survive): app, platform and feature names (Care Circle, Time in Range, Urgent Low Soon),
  device and phone models (Dexcom G7, Omron Evolv, iPhone 15 Pro), metrics with units (54 mg/dL, 3.1 mmol/L,
  SpO2 89%, 168/98 mmHg, 7,412 steps, GMI 7.6%), error codes (ERR_BLE_TIMEOUT, E-217, HTTP 429), SDK and
  library names with versions (Twilio Video 2.28.1, analytics-ios 4.1.8, Health Connect), plan tiers and
  prices, insurers, programmes, hospitals, clinics, pharmacies, drugs and doses, ICD-10, SNOMED and CPT codes,
  conditions, ages under 90, years, regions and countries alone, headings marked ‹...›.
- Not scored (plain text): honorifics, credentials, relationship words, form and JSON labels, times of day,
  durations, device lot numbers, services' own phone numbers and short codes, message status words, OTP
  codes, event / message UUIDs, pharmacy store numbers, template names.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe64 import ids
from tests.engine.probe64.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NID_TYPE = {"US": "SSN", "UK": "ID", "CA": "HEALTH_PLAN", "IN": "ID", "AU": "HEALTH_PLAN"}
NID_LABEL = {"US": "SSN", "UK": "NHS No.", "CA": "Health card", "IN": "Aadhaar", "AU": "Medicare No."}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    mon = MONTHS[d.month - 1]
    us = loc == "US"
    return {
        "loc": P("DATE", f"{d:%m/%d/%Y}" if us else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "us": P("DATE", f"{d:%m/%d/%Y}"),
        "dmy": P("DATE", f"{d:%d/%m/%Y}"),
        "iso": P("DATE", d.isoformat()),
        "long": P("DATE", f"{mon} {d.day}, {d.year}" if us or loc == "CA" else f"{d.day} {mon} {d.year}"),
        "mon": P("DATE", f"{d.day} {mon[:3]} {d.year}"),
        "short": P("DATE", f"{mon[:3]} {d.day}" if us or loc == "CA" else f"{d.day} {mon[:3]}"),
        "sms": P("DATE", f"{d.month}/{d.day}" if us else f"{d:%d/%m}"),
        "ord": P("DATE", f"{_ordinal(d.day)} {mon}"),
        "my": P("DATE", f"{mon} {d.year}"),
        "wd": d.strftime("%A"),
    }


def stamp(rng: random.Random, d: date, z: bool = True) -> P:
    """An ISO date-time stamp (one DATE value)."""
    t = f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}"
    return P("DATE", t + ("Z" if z else rng.choice(["+05:30", "-05:00", "+10:00", "+00:00"])))


WORK_DOMAINS = ["careconnect-health.com", "rpmcare.io", "thrivehealth.co", "glucoguard.app", "pulsewell.co.uk", "mediconnect.in"]


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    g = ids.ascii_fold(w.given).lower().replace(" ", "").replace("-", "")
    f = ids.ascii_fold(w.family).lower().replace(" ", "")
    rng = random.Random(f"{w.email}:{w.phone}")
    user = rng.choice([f"{g}_{f[0]}{w.dob.year % 100:02d}", f"{g[:5]}{f[:4]}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}.{f[:3]}{rng.randint(1, 9)}"])
    dob = date_forms(w.dob, c)
    mon = MONTHS[w.dob.month - 1]
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_NC": N(w.full.upper()), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_i": N(f"{w.given[0]}. {w.family}"), f"{x}_gi": N(f"{w.given} {w.family[0]}."), f"{x}_user": P("ID", user),
        f"{x}_wem": P("EMAIL", f"{g}.{f}@{rng.choice(WORK_DOMAINS)}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_abbr": w.abbr or w.region,
        f"{x}_nid": P(NID_TYPE[c], w.nid), f"{x}_dob": dob["loc"], f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_doblong": dob["long"], f"{x}_dobspoken": P("DATE", f"{_ordinal(w.dob.day)} of {mon}, {w.dob.year}"),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_he": "she" if w.female else "he", f"{x}_his": "her" if w.female else "his", f"{x}_him": "her" if w.female else "him",
        f"{x}_sex": "F" if w.female else "M", f"{x}_sexword": "Female" if w.female else "Male",
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

PLATFORMS = {"US": ["CareConnect Video", "TeleVisit Now", "Amwell-style On Demand"], "AU": ["HealthDirect Video Call", "Coviu", "InstantScripts Video"]}
SERVICES = ["Urgent Care", "Primary Care follow-up", "Chronic Care Management", "Behavioral Health intake"]
COMPLAINTS = ["sore throat and fever 3 days", "UTI symptoms", "rash on forearm", "BP readings high on home cuff", "cough, worse at night"]
APP_CLIENTS = ["iOS app 6.4.2", "Android app 6.4.0", "web (Chrome 123)", "web (Safari 17.3)"]
VIDEO_SDKS = ["Twilio Video 2.28.1", "Agora RTC 4.2.6", "Vonage Video API 2.27", "Zoom Video SDK 1.10.5", "Amazon Chime SDK 3.19"]
MEDIA_ERRORS = ["ICE_CONNECTION_FAILED", "MEDIA_TRACK_ENDED", "ERR_NETWORK_CHANGED", "PEER_CONNECTION_TIMEOUT"]
DRUGS = {
    "US": ["Amoxicillin 500 mg", "Nitrofurantoin 100 mg", "Lisinopril 10 mg", "Amlodipine 5 mg", "Metformin 500 mg", "Losartan 50 mg",
           "Insulin glargine 18 units", "Insulin lispro", "Semaglutide 0.5 mg", "Empagliflozin 10 mg", "Atorvastatin 20 mg", "Chlorthalidone 12.5 mg"],
    "UK": ["Ramipril 2.5 mg", "Amlodipine 5 mg", "Indapamide 2.5 mg", "Metformin 500 mg", "Co-amoxiclav 625 mg", "Salbutamol 100 mcg",
           "Doxycycline 100 mg", "Prednisolone 30 mg", "Bisoprolol 2.5 mg", "Atorvastatin 20 mg"],
    "CA": ["Insulin glargine 18 units", "Insulin aspart", "Ramipril 5 mg", "Amlodipine 5 mg", "Metformin 500 mg", "Empagliflozin 10 mg",
           "Rosuvastatin 10 mg", "Perindopril 4 mg"],
    "IN": ["Tab. Paracetamol 650 mg", "Tab. Azithromycin 500 mg", "Tab. Metformin 500 mg SR", "Tab. Telmisartan 40 mg",
           "Tab. Glimepiride 1 mg", "Cap. Pantoprazole 40 mg", "Tab. Cetirizine 10 mg", "Syp. Ambroxol 30 mg/5 ml"],
    "AU": ["Perindopril 5 mg", "Amlodipine 5 mg", "Metformin XR 1000 mg", "Prednisolone 25 mg", "Doxycycline 100 mg", "Cefalexin 500 mg",
           "Atorvastatin 20 mg", "Insulin glargine 20 units"],
}  # fmt: skip
PHARMACIES = {"US": ["Walgreens", "CVS Pharmacy", "Hy-Vee Pharmacy", "Kroger Pharmacy"], "UK": ["Boots", "Lloyds Pharmacy", "Superdrug Pharmacy"],
              "CA": ["Shoppers Drug Mart", "Jean Coutu", "London Drugs"], "IN": ["Apollo Pharmacy", "MedPlus", "Netmeds"],
              "AU": ["Chemist Warehouse", "Priceline Pharmacy", "TerryWhite Chemmart"]}  # fmt: skip
ICD = ["J02.9", "N39.0", "I10", "E11.65", "E10.649", "J44.1", "I48.91", "U09.9", "E66.01", "R06.02", "I50.32", "E16.2"]
CGMS = ["Dexcom G7", "FreeStyle Libre 3", "Dexcom G6", "FreeStyle Libre 2 Plus", "Guardian 4"]
CUFFS = ["Omron Evolv", "Withings BPM Connect", "A&D UA-651BLE", "iHealth Track", "Omron 10 Series"]
OXIMETERS = ["Masimo MightySat Rx", "Nonin 3230", "Contec CMS50D-BT", "Wellue O2Ring"]
METERS = ["Contour Next One", "Accu-Chek Guide Me", "OneTouch Verio Reflect", "Dr Morepen BG-03", "Accu-Chek Instant"]
WATCHES = ["Apple Watch Series 9", "Fitbit Charge 6", "Samsung Galaxy Watch6", "Garmin Venu 3", "Oura Ring Gen3"]
SCALES = ["Withings Body+", "BodyTrace BT004", "Renpho ES-CS20M", "Eufy Smart Scale P2"]
PUMPS = ["Tandem t:slim X2", "Omnipod 5", "MiniMed 780G", "Ypsomed mylife YpsoPump"]
PHONES = ["iPhone 15 Pro", "iPhone 13", "Pixel 8", "Galaxy S23", "Galaxy A54", "Redmi Note 12", "OnePlus Nord CE 3"]
INTEGRATIONS = ["Apple Health", "Health Connect", "Google Fit", "Garmin Connect", "Samsung Health"]
SDK_LIBS = [("analytics-ios", "4.1.8"), ("analytics-android", "4.11.3"), ("analytics-react-native", "2.17.0"), ("analytics-next", "1.61.0")]
APP_ERRORS = ["ERR_BLE_TIMEOUT", "SYNC_CONFLICT_409", "HTTP 429", "E-217", "Sensor Error 3", "TRANSMITTER_NOT_FOUND", "ERR_TOKEN_EXPIRED", "Err 0x1F04"]
PUSH_ERRORS = ["BadDeviceToken", "Unregistered", "QUOTA_EXCEEDED", "SENDER_ID_MISMATCH"]
TIERS = {"US": ["Premium Plus", "Care+ Monthly", "Family plan", "Pro Annual"], "UK": ["Premium", "Plus Annual", "Family plan"],
         "CA": ["Premium Plus", "Care+ Monthly", "Pro Annual"], "IN": ["Gold Care Plan", "Plus Quarterly", "Free tier"],
         "AU": ["Premium", "Pro Annual", "Family plan"]}  # fmt: skip
PRICES = {"US": ["$39.99/month", "$14.99/month", "$119.00/year"], "UK": ["£7.99/month", "£59.99/year"], "CA": ["C$24.99/month", "C$149.99/year"],
          "IN": ["₹499/quarter", "₹1,299/year"], "AU": ["A$29.95/month", "A$179.00/year"]}  # fmt: skip
FEATURES = ["Time in Range report", "Care Circle", "Urgent Low Soon", "Weekly Summary", "Medication Reminders", "Smart Nudges",
            "Daily Check-in", "Vitals Trends", "Irregular Rhythm Notification", "Sleep Score", "Coach Chat", "Step Streaks"]  # fmt: skip
HOSPITALS = {"US": ["Prairie Lakes Health", "St. Brendan Medical Center", "Northfield Family Medicine", "Lakeside Endocrine Associates"],
             "UK": ["Riverside Surgery", "Elmtree Medical Practice", "St Aldhelm's Hospital", "Moorview Health Centre"],
             "CA": ["Health Sciences Centre", "Grace General Hospital", "Rideau Family Health Team", "CLSC des Moulins"],
             "IN": ["Lakeshore Multispeciality Hospital", "Sree Narayana Medical Mission", "Sanjeevani Heart Centre", "Amrutha Clinic"],
             "AU": ["Royal Wattle Hospital", "Bayview Family Practice", "Southern Cross Endocrine", "Gumtree Medical Centre"]}  # fmt: skip
PAYERS = {"US": ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Medicare Part B", "Humana Medicare Advantage"],
          "UK": ["NHS", "Bupa", "AXA Health"], "CA": ["Manitoba Health", "OHIP", "Alberta Blue Cross", "RAMQ"],
          "IN": ["Star Health", "Niva Bupa", "PM-JAY"], "AU": ["Medicare", "Bupa", "HCF", "Medibank"]}  # fmt: skip
BP_APPS = ["BP Diary", "Vitals Trends", "Heart Health Check"]
REPORTS = ["Time in Range report", "Weekly Summary", "Vitals Trends report", "90-day AGP report"]
WATCH_FEATURES = ["Irregular Rhythm Notification", "Sleep Score", "Step Streaks", "Vitals Trends"]
COACH_FEATURES = ["Daily Check-in", "Step Streaks", "Smart Nudges", "Meal Snap"]
RULES = ["Critical BP (≥180/110)", "Hypertensive trend 3 of 5", "SBP > 160 × 3 readings"]
BASALS = ["Insulin glargine 18 units", "Insulin degludec 22 units", "Insulin detemir 14 units"]
BOLUS = ["Insulin lispro", "Insulin aspart", "Fiasp"]
COND_IN = ["type 2 diabetes", "hypertension", "hypothyroidism", "bronchial asthma"]
ALARMS = ["Urgent Low Soon", "Urgent Low", "Rise Rate alert", "Signal Loss alert", "Low Glucose alarm"]
CONDITIONS = ["type 1 diabetes", "type 2 diabetes", "hypertension", "AFib", "COPD", "long COVID", "heart failure", "prediabetes"]
SNOMED = ["38341003", "59621000", "44054006", "49436004"]
LANGS = ["Malayalam", "Gujarati", "Bengali", "Marathi", "Tamil", "Telugu", "Kannada"]
CARRIERS = {"US": ["UPS", "FedEx", "USPS Priority"], "UK": ["Royal Mail Tracked 24", "DPD"], "CA": ["Canada Post Xpresspost", "Purolator"],
            "IN": ["Blue Dart", "Delhivery", "DTDC"], "AU": ["Australia Post Express", "StarTrack"]}  # fmt: skip
YEARS = [str(y) for y in range(2004, 2022)]

LIC = {
    "US": ("NPI", lambda rng: ids.npi(rng)),
    "UK": ("GMC", lambda rng: fill(rng, "%######")),
    "CA": ("CPSO", lambda rng: fill(rng, "%#####")),
    "IN": ("Reg. No.", lambda rng: fill(rng, rng.choice(["%####", "%#####", "MMC/%###/%####"]))),
    "AU": ("AHPRA", lambda rng: fill(rng, "MED000%######")),
}
CA_COLLEGE = {"ON": "CPSO", "MB": "CPSM", "SK": "CPSS", "QC": "CMQ", "AB": "CPSA", "NS": "CPSNS"}
NURSE_LIC = {"US": ("RN lic.", "RN%######"), "UK": ("NMC PIN", "%#@####@"), "CA": ("CRNM", "%#####"), "IN": ("KNC Reg.", "%#####"),
             "AU": ("AHPRA", "NMW000%######")}  # fmt: skip
MRN = {"US": ["%#######", "MRN%######", "E%#######"], "UK": ["RX%######", "@%######", "%##########"], "CA": ["%#######", "HSC-%######"],
       "IN": ["UHID%########", "MH.%#######"], "AU": ["%######", "UR%######"]}  # fmt: skip
MRN_LABEL = {"US": "MRN", "UK": "Hosp. no.", "CA": "Chart", "IN": "UHID", "AU": "URN"}
PLAN = {"US": ["@@@%########", "W%########", "%##########"], "UK": ["%########", "B%#######"], "CA": ["%######-##", "BC%#######"],
        "IN": ["P/%#####/01/2024/%#####", "%######-##-%####"], "AU": ["%########", "%#######-#"]}  # fmt: skip

Y = 365
AGES: dict[str, tuple[int, int]] = {
    "dh64_virtual_ward_oximetry": (90 * Y + 30, 97 * Y),
    "dh64_teleconsult_eprescription": (19 * Y, 72 * Y),
    "dh64_app_analytics_ndjson": (19 * Y, 58 * Y),
    "dh64_support_chat": (48 * Y, 82 * Y),
}
FEMALE = {"dh64_coach_session_notes": True, "dh64_bp_cuff_triage": True}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 15) + timedelta(days=rng.randrange(520))
    used: set[str] = set()
    p = draw_person(rng, loc, used, d1, female=FEMALE.get(kind), age_days=AGES.get(kind, (28 * Y, 84 * Y)))
    pa = (d1 - p.dob).days
    r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, home=p,
                    family=p.family if rng.random() < 0.7 else None, age_days=(max(20 * Y, pa - 7 * Y), max(21 * Y, pa + 4 * Y)))  # fmt: skip
    m = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.6 else None,
                    age_days=(max(18 * Y, pa - 36 * Y), max(19 * Y, pa - 20 * Y)))  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m}
    for x in ("d", "e", "s"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(26 * Y, 63 * Y))
    ppl["x"] = draw_person(rng, loc, used, d1, age_days=(90 * Y + 20, 96 * Y) if kind in OLD_X else (30 * Y, 70 * Y))
    ppl["y"] = draw_person(rng, loc, used, d1, female=True if kind == "dh64_coach_session_notes" else None, age_days=(90 * Y + 20, 95 * Y) if kind in OLD_Y else (24 * Y, 75 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    s["r_rel"] = "husband" if not r.female else "wife"
    s["m_rel"] = "daughter" if m.female else "son"
    s["mum"] = {"UK": "Mum", "AU": "Mum", "IN": "Amma"}.get(loc_code, "Mom")
    s["p_title"] = "Mrs" if p.female else "Mr"
    s["emerg"] = {"US": "911", "CA": "911", "UK": "999", "AU": "000", "IN": "108"}[loc_code]
    # dates
    d2 = d1 + timedelta(days=rng.randint(1, 6))
    d3 = d1 - timedelta(days=rng.randint(3, 12))
    d4 = d1 + timedelta(days=rng.randint(9, 45))
    d5 = d1 - timedelta(days=rng.randint(200, 600))
    d6 = d5 + timedelta(days=365 * 4)
    d7, d8 = d1 - timedelta(days=1), d1 - timedelta(days=2)
    for key, d in {"d1": d1, "d2": d2, "d3": d3, "d4": d4, "d5": d5, "d6": d6, "d7": d7, "d8": d8}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    stamps = sorted([stamp(rng, d1) for _ in range(3)], key=lambda v: v.value) + sorted([stamp(rng, d2) for _ in range(3)], key=lambda v: v.value)
    for i, v in enumerate(stamps, 1):
        s[f"ts{i}"] = v
    s["tsz"] = stamp(rng, d1, z=False)
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    # clinicians' registrations
    label, gen = LIC[loc_code]
    s["lic_label"] = CA_COLLEGE[ppl["d"].abbr] if loc_code == "CA" else label
    s["d_lic"] = P("LICENSE", gen(rng))
    s["presc_no"] = F("LICENSE", "%######")
    s["e_lic_label"], s["e_lic"] = NURSE_LIC[loc_code][0], F("LICENSE", NURSE_LIC[loc_code][1])
    s["d_cred"] = {"US": rng.choice(["MD", "DO", "NP", "PA-C"]), "UK": "GP", "CA": rng.choice(["MD", "MD, FRCPC", "NP"]),
                   "IN": "MBBS, MD", "AU": rng.choice(["MBBS, FRACGP", "MBBS", "FRACP"])}[loc_code]  # fmt: skip
    s["e_cred"] = {"US": rng.choice(["RN", "RN, CDCES", "LPN"]), "UK": rng.choice(["RN", "Community Matron", "ANP"]),
                   "CA": rng.choice(["RN", "RPN", "CDE"]), "IN": "Staff Nurse", "AU": rng.choice(["RN", "CNC", "RN, CDE"])}[loc_code]  # fmt: skip
    s["council"] = {"Kerala": "TCMC", "Gujarat": "GMC Gujarat", "West Bengal": "WBMC", "Maharashtra": "MMC", "Tamil Nadu": "TNMC",
                    "Telangana": "TSMC", "Karnataka": "KMC"}.get(ppl["d"].region, "NMC")  # fmt: skip
    # identifiers
    s["mrn"] = F("MRN", *MRN[loc_code])
    s["mrn_label"] = MRN_LABEL[loc_code]
    s["plan"] = P("HEALTH_PLAN", p.nid) if loc_code in ("AU", "CA") else F("HEALTH_PLAN", *PLAN[loc_code])
    s["plan2"] = F("HEALTH_PLAN", *PLAN[loc_code])
    s["mbi"] = P("HEALTH_PLAN", ids.mbi(rng))
    s["x_plan"] = P("HEALTH_PLAN", ids.mbi(rng))
    s["y_plan"] = P("HEALTH_PLAN", ids.mbi(rng))
    s["ndss"] = F("HEALTH_PLAN", "%#######", "%######-#")
    s["abha"] = P("ID", ids.abha(rng))
    s["abha_addr"] = P("ID", f"{str(s['p_g'].value).lower()}.{str(s['p_f'].value).lower()[:6]}{rng.randint(1, 99)}@abdm")  # type: ignore[union-attr]
    s["ihi"] = P("HEALTH_PLAN", ids.ihi(rng))
    s["visitid"] = F("ID", "V-%#######", "%#########", "TV%##-####-@@", "CNS-%######")
    s["url"] = P("URL", fill(rng, rng.choice(["https://visit.careconnect.example/r/~~~~~~~~~~~~?p=%######",
                                                "https://telehealth.example.org/room/@@%#-%###-@@?pid=%#####",
                                                "https://v.example.health/j/%#########?tok=~~~~~~~~~~~~~~~~"])))  # fmt: skip
    s["deeplink"] = P("URL", fill(rng, rng.choice(["careapp://readings/%########?uid=usr_~~~~~~~~", "https://app.example.health/u/~~~~~~~~/report/%######"])))
    s["deeplink2"] = P("URL", fill(rng, "careapp://visits/V-%#######/join?user=%######"))
    s["p_ip"] = P("IP", ids.ipv4(rng, loc_code))
    s["p_ip2"] = P("IP", ids.ipv4(rng, rng.choice(["US", "UK", "CA", "IN", "AU"])))
    s["p_ip6"] = P("IP", ids.ipv6(rng))
    s["d_ip"] = P("IP", ids.ipv4(rng, loc_code))
    s["r_ip"] = P("IP", ids.ipv6(rng))
    s["p_device"] = P("DEVICE", ids.device_uuid(rng, upper=rng.random() < 0.6))
    s["r_device"] = P("DEVICE", fill(rng, "~~~~~~~~~~~~~~~~"))
    s["tok1"], s["tok2"], s["tok3"] = (P("DEVICE", ids.push_token(rng)) for _ in range(3))
    s["cgm_sn"], s["cgm_sn2"] = P("DEVICE", ids.cgm_sensor_serial(rng)), P("DEVICE", ids.cgm_sensor_serial(rng))
    s["cgm_tx"] = P("DEVICE", ids.cgm_transmitter(rng))
    s["cuff_sn"] = P("DEVICE", ids.cuff_serial(rng))
    s["oxi_sn"] = P("DEVICE", ids.oximeter_serial(rng))
    s["meter_sn"] = F("DEVICE", "%##@#####", "GM%########", "@@%######")
    s["watch_sn"] = P("DEVICE", ids.watch_serial(rng))
    s["scale_sn"] = P("DEVICE", ids.scale_serial(rng))
    s["pump_sn"], s["pump_sn2"] = (F("DEVICE", "%###-%#####", "PU%#######", "@@%#######@") for _ in range(2))
    s["imei"] = P("DEVICE", fill(rng, "35%#############"))
    s["user_id"] = F("ID", "usr_~~~~~~~~~~~~", "u-%#######", "%#########")
    s["anon"] = P("ID", ids.device_uuid(rng, upper=False))
    s["alert_id"] = F("ID", "AL-%#######", "%########")
    s["case_no"] = F("ID", "0%#######", "%########")
    s["cust_id"] = F("ID", "CUST-%######", "C%########")
    s["ticket"] = F("ID", "%#####", "%######")
    s["order_no"] = F("ID", "ORD-%#######", "%##-%######-%######", "SO%########")
    s["rma"] = F("ID", "RMA-%######", "RMA%########", "R%##-%#####")
    s["tracking"] = F("ID", "1Z%##@%#@##########", "%###########", "@@%########@@", "%##########")
    s["tracking2"] = F("ID", "@@%########@@", "%###########")
    s["ref"] = F("ID", "RPM-%######", "ESC-%#####", "%#######")
    s["ae_ref"] = F("ID", "CMP-%######", "PE-%#####-##")
    s["qa_ref"] = F("ID", "QA%#######", "CMP-%######")
    s["thread"] = F("ID", "%#########", "th_~~~~~~~~~~")
    s["conv_id"] = F("ID", "%##########", "conv_~~~~~~~~~~~~")
    s["call_id"] = F("ID", "%##########", "CL-%########")
    s["emp_id"] = F("ID", "E%#####", "%######")
    s["sub_id"] = F("ID", "SUB-%#######", "sub_~~~~~~~~~~~~~~")
    s["stripe_cus"] = P("ID", "cus_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)))
    s["part_id"] = F("ID", "DPP-%######", "P%#######")
    s["rx_id"] = F("ID", "RX%##########", "ESP/%######")
    s["fhir_pid"] = P("ID", fill(rng, "~~~~~~~~-~~~~-4~~~-~~~~-~~~~~~~~~~~~"))
    s["batch"] = F("ID", "B%########", "CLM-%######")
    s["awb"] = F("ID", "%##########", "AWB%#########")
    s["label_ref"] = F("ID", "RL%#########", "%############")
    s["acct"] = F("ACCOUNT", "%########", "AC-%#######", "%###-%#####")
    s["inv1"], s["inv2"] = (F("ACCOUNT", "in_~~~~~~~~~~~~~~", "INV-%#######", "%####-####") for _ in range(2))
    s["d_fax"] = P("PHONE", fill(rng, rng.choice(loc.phones)))
    s["e_pager"] = P("PHONE", fill(rng, rng.choice(loc.phones)))
    # keep values
    s["platform"] = K(rng.choice(PLATFORMS.get(loc_code, PLATFORMS["US"])))
    s["service"] = K(rng.choice(SERVICES))
    s["complaint"] = K(rng.choice(COMPLAINTS))
    s["app_client"] = K(rng.choice(APP_CLIENTS))
    s["sdk"] = K(rng.choice(VIDEO_SDKS))
    s["media_err"] = K(rng.choice(MEDIA_ERRORS))
    for i, v in enumerate(rng.sample(DRUGS[loc_code], 3), 1):
        s[f"drug{i}"] = K(v)
    s["pharmacy"] = K(rng.choice(PHARMACIES[loc_code]))
    s["icd"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["snomed"] = K(rng.choice(SNOMED))
    s["cgm_model"] = K(rng.choice(CGMS))
    s["cuff_model"] = K(rng.choice(CUFFS))
    s["oxi_model"] = K(rng.choice(OXIMETERS))
    s["meter"] = K(rng.choice(METERS))
    s["watch_model"] = K(rng.choice(WATCHES))
    s["scale_model"] = K(rng.choice(SCALES))
    s["pump_model"] = K(rng.choice(PUMPS))
    s["phone_model"] = K(rng.choice(PHONES))
    s["integration"] = K(rng.choice(INTEGRATIONS))
    lib, ver = rng.choice(SDK_LIBS)
    s["lib"], s["lib_ver"] = K(lib), K(ver)
    s["err"], s["err2"] = (K(v) for v in rng.sample(APP_ERRORS, 2))
    s["push_err"] = K(rng.choice(PUSH_ERRORS))
    s["tier"] = K(rng.choice(TIERS[loc_code]))
    s["price"] = K(rng.choice(PRICES[loc_code]))
    s["feature"], s["feature2"] = (K(v) for v in rng.sample(FEATURES, 2))
    s["hospital"], s["hospital2"] = (K(v) for v in rng.sample(HOSPITALS[loc_code], 2))
    s["payer"] = K(rng.choice(PAYERS[loc_code]))
    s["cond"] = K(rng.choice(CONDITIONS))
    s["alarm"] = K(rng.choice(ALARMS))
    s["bp_app"] = K(rng.choice(BP_APPS))
    s["report"] = K(rng.choice(REPORTS))
    s["watch_feature"] = K(rng.choice(WATCH_FEATURES))
    s["coach_feature"] = K(rng.choice(COACH_FEATURES))
    s["rule"] = K(rng.choice(RULES))
    s["basal"] = K(rng.choice(BASALS))
    s["bolus"] = K(rng.choice(BOLUS))
    s["cond_in"] = K(rng.choice(COND_IN))
    s["lang"] = K(rng.choice(LANGS))
    s["carrier"] = K(rng.choice(CARRIERS[loc_code]))
    s["year"] = K(rng.choice(YEARS))
    s["country"] = K(loc.country)
    # metrics in the country's units
    mmol = loc_code in ("CA", "UK", "AU")
    low = rng.randint(42, 62)
    s["glucose_low"] = K(f"{low / 18:.1f} mmol/L" if mmol else f"{low} mg/dL")
    s["glucose_prev"] = K(f"{(low + 19) / 18:.1f} mmol/L" if mmol else f"{low + 19} mg/dL")
    s["glucose_recheck"] = K(f"{(low + 47) / 18:.1f} mmol/L" if mmol else f"{low + 47} mg/dL")
    hi = rng.randint(240, 390)
    s["glucose_hi"] = K(f"{hi / 18:.1f} mmol/L" if mmol else f"{hi} mg/dL")
    s["glucose_fs"] = K(f"{(hi - 120) / 18:.1f} mmol/L" if mmol else f"{hi - 120} mg/dL")
    s["glucose"] = K(f"{rng.randint(95, 260)} mg/dL")
    s["tir"] = K(f"{rng.randint(38, 81)}%")
    s["gmi"] = K(f"GMI {rng.randint(62, 89) / 10:.1f}%")
    s["a1c"] = K(f"HbA1c {rng.randint(57, 64) / 10:.1f}%")
    for i in range(1, 5):
        sys_ = rng.randint(142, 196) if i != 3 else rng.randint(181, 204)
        s[f"bp{i}"] = K(f"{sys_}/{rng.randint(88, 118)} mmHg")
    s["bp_avg"] = K(f"{rng.randint(138, 162)}/{rng.randint(84, 99)}")
    for i in range(1, 4):
        s[f"spo2_{i}"] = K(f"{rng.randint(86, 95)}%")
        s[f"hr{i}"] = K(f"{rng.randint(78, 121)} bpm")
    s["steps"] = K(f"{rng.randint(3, 11)},{rng.randint(100, 999)} steps")
    w0 = rng.randint(820, 1240) / 10
    w1 = w0 - rng.randint(20, 60) / 10
    kg = loc_code != "US"
    s["w0"] = K(f"{w0:.1f} kg" if kg else f"{w0 * 2.2:.1f} lb")
    s["w1"] = K(f"{w1:.1f} kg" if kg else f"{w1 * 2.2:.1f} lb")
    s["w2"] = K(f"{w1 - 0.4:.1f} kg" if kg else f"{(w1 - 0.4) * 2.2:.1f} lb")
    s["wpct"] = K(f"{100 * (w0 - w1) / w0:.1f}%")
    s["app_ver"] = K(rng.choice(["5.12.0", "6.4.2", "2.31.1", "8.0.3"]))
    return s


OLD_X = {"dh64_app_store_reviews"}
OLD_Y = {"dh64_rpm_billing_summary"}


# ---- templates -------------------------------------------------------------------------------------------

TELE_LOG = {
    "US": """«platform» — visit audit trail (export)                    generated «d2_iso» 18:40 by «s_wem»
Visit ID ......... «visitid»            Type: on-demand video · «service»
Patient .......... «p_LF»   DOB «p_dob»   «mrn_label» «mrn»
Coverage ......... «payer» · member ID «plan»
Clinician ........ «d_n», «d_cred» («lic_label» «d_lic»)
Room link ........ «url»
-----------------------------------------------------------------------------------------------------
«d1_iso» 09:02:11  visit.requested        source=«app_client»  reason="«complaint»"
«d1_iso» 09:02:15  sms.sent               to=«p_ph»  template=WAITING_ROOM_LINK  status=delivered
«d1_iso» 09:03:40  waiting_room.joined    device_id=«p_device»  ip=«p_ip»  sdk=«sdk»
«d1_iso» 09:03:41  precheck               camera=ok mic=ok bandwidth=2.4 Mbps
«d1_iso» 09:04:02  identity.confirmed     name="«p_n»" dob=«p_dob» address_on_file="«p_line», «p_town»"
«d1_iso» 09:11:57  clinician.joined       «d_i»  ip=«d_ip»
«d1_iso» 09:12:30  participant.added      «r_n» («r_rel») via dial-in «r_ph»
«d1_iso» 09:19:44  media.error            code=«media_err»  action=auto-reconnect  gap=11s
«d1_iso» 09:27:05  erx.transmitted        «drug1» #30 -> «pharmacy» (store #4471)
«d1_iso» 09:28:50  note.signed            by=«d_i»  dx=«icd»  pt-reported age «p_age»
«d1_iso» 09:29:03  visit.ended            duration=00:17:06  follow_up=«d4_loc» with «e_n», «e_cred» (PCP office)
«d2_iso» 07:00:00  survey.sent            to=«p_em»  NPS prompt
""",
    "AU": """«platform» — consult audit log (practice export)             exported «d2_iso» 18:40 by «s_wem»
Consult ID ....... «visitid»            Type: telehealth video · «service»
Patient .......... «p_LF»   DOB «p_dob»   «mrn_label» «mrn»
Medicare ......... «plan»   IHI «ihi»
Practitioner ..... «d_n», «d_cred» («lic_label» «d_lic»)  · prescriber no. «presc_no»
Room link ........ «url»
-----------------------------------------------------------------------------------------------------
«d1_iso» 09:02:11  consult.requested      source=«app_client»  reason="«complaint»"
«d1_iso» 09:02:15  sms.sent               to=«p_ph»  template=WAITING_AREA_LINK  status=delivered
«d1_iso» 09:03:40  waiting_area.joined    device_id=«p_device»  ip=«p_ip»  sdk=«sdk»
«d1_iso» 09:04:02  identity.confirmed     name="«p_n»" dob=«p_dob» address="«p_line», «p_town»"
«d1_iso» 09:11:57  practitioner.joined    «d_i»  ip=«d_ip»
«d1_iso» 09:12:30  participant.added      «r_n» («r_rel») by phone «r_ph»
«d1_iso» 09:19:44  media.error            code=«media_err»  action=auto-reconnect  gap=11s
«d1_iso» 09:27:05  escript.sent           «drug1» -> token SMS to «p_ph»; patient nominated «pharmacy»
«d1_iso» 09:28:50  note.signed            by=«d_i»  item 91800 (bulk-billed)  dx=«icd»  age «p_age»
«d1_iso» 09:29:03  consult.ended          duration=00:17:06  review=«d4_loc» with «e_n», «e_cred» (chronic care nurse)
«d2_iso» 07:00:00  survey.sent            to=«p_em»  PREMs prompt
""",
}

VIDEO_TRANSCRIPT = {
    "UK": """[Ambient scribe transcript — Heidi-style AI scribe — consultation «visitid»]
Practice: «hospital»   Clinician: Dr «d_n» («lic_label» «d_lic»)   Date: «d1_long»
Patient: «p_n»   DOB «p_dob»   «nid_label» «p_nid»   Joined via NHS App video on «phone_model» (IP «p_ip»)
00:00:03  DR «d_F»: Morning, can you see and hear me okay? Could you confirm your name and date of birth for me?
00:00:09  PATIENT: Yes — «p_n», the «p_dobspoken».
00:00:15  DR «d_F»: Lovely. And you're still at «p_line» in «p_town»?
00:00:19  PATIENT: That's right, «p_pc». My «m_rel» «m_g» is here with me, set the camera up for me.
00:00:26  «m_g»: Hiya. I've been putting «mum»'s readings in the «bp_app» bit of the app, last few were «bp1» and «bp2».
00:01:02  DR «d_F»: Thank you. Any headaches, chest pain, change in your vision?
00:01:08  PATIENT: Just tired. I'm «p_age» now, you know.
00:01:40  DR «d_F»: I'm going to start «drug1». I'll send it to «pharmacy» through the app. The practice nurse, «e_n», will ring you on «p_ph» for a check.
00:02:11  «m_g»: Can they ring my mobile instead? It's «m_ph». I'm off on the «d4_ord».
00:02:20  DR «d_F»: Of course, I'll put that on the record. Bloods and a BP check on «d4_long».
[Summary auto-generated · SNOMED «snomed» · ICD-10 «icd» · reviewed and signed by «d_i» 10:42 · error log: «err»]
""",
    "IN": """[Teleconsultation recording — auto transcript (English / «lang») — Consult ID «visitid»]
Platform: eSanjeevani-style OPD · Doctor: Dr. «d_n», «d_cred» («lic_label» «d_lic», «council») · Date: «d1_dmy»
Patient: «p_n» · «p_sexword» · DOB «p_dob» · ABHA «abha» · «nid_label» «p_nid» · Mobile «p_ph» · Joined from «phone_model» (IP «p_ip»)
00:00:04  DR. «d_F»: Namaste, am I audible? Please tell your full name and date of birth.
00:00:10  PATIENT: Yes doctor, «p_n», «p_doblong».
00:00:16  DR. «d_F»: Where are you calling from?
00:00:19  PATIENT: From home only — «p_line», «p_town», pin code «p_pc».
00:00:27  «r_g» («r_rel»): Doctor, I am «r_g», «p_his» «r_rel». Sugar is coming high in the «meter», fasting «glucose».
00:01:05  DR. «d_F»: How many years diabetes? Any tingling in feet?
00:01:10  PATIENT: Since «year». Little tingling. I am «p_age» years.
00:01:44  DR. «d_F»: I will add «drug1» and continue «drug2». Get HbA1c done. Prescription will come on WhatsApp to «r_ph».
00:02:09  «r_g»: Please also send to my email, «r_em».
00:02:16  DR. «d_F»: Okay. Review on «d4_dmy», same time. Staff «s_n» will call to confirm.
[Auto-summary · ICD-10 «icd» · «cond» · signed «d_i» · network: «err»]
""",
}

CGM_ALERT = {
    "US": """«cgm_model» · Clinic Remote Monitoring Dashboard · ALERT DETAIL                       Alert «alert_id»
Priority: URGENT LOW   Rule: «alarm»   Status: escalated → acknowledged
Patient: «p_lf» («p_sex», «p_age» y)   DOB «p_dob»   «mrn_label» «mrn»   Payer: «payer» «plan»
Sensor SN «cgm_sn» · transmitter «cgm_tx» · receiving phone «phone_model» (app «app_ver»)
Reading: «glucose_low» at «d1_iso» 02:47 (↓↓ falling fast)   Previous «glucose_prev» at 02:17
14-day: Time in Range «tir» · «gmi» · sensor inserted «d3_loc» (day 6 of 10)
--- notification log ---
02:47:12  push → «p_g»'s phone "Urgent Low «glucose_low». Treat now."                delivered
02:52:12  follow alert → «r_n» («r_rel», Care Circle) SMS «r_ph»                  delivered
03:02:40  follow alert acknowledged in app by «r_g» (device «r_device», ip «r_ip»)
03:05:00  escalation → on-call RN «e_n» (pager «e_pager»)                              ack 03:06
--- RN note («e_i», «e_cred», «e_lic_label» «e_lic») ---
Called pt at «p_ph», no answer. Reached «r_g» 03:09 who went to pt's bedroom; pt drowsy but answering, took 4 glucose tabs + juice.
Recheck 03:24 «glucose_recheck». Pt says took «basal» at 22:00 after skipping dinner. Advised hold «bolus» correction until seen.
Address confirmed for EMS if needed: «p_addr».
Message to «d_n», «d_cred» for titration review; appt booked «d4_loc». Summary e-mailed to «p_em».
""",
    "CA": """«cgm_model» · Diabetes Education Centre · Remote Monitoring · ALERT DETAIL                 Alert «alert_id»
Priority: URGENT LOW   Rule: «alarm»   Status: escalated → acknowledged
Patient: «p_lf» («p_sex», «p_age» y)   DOB «p_dob»   «mrn_label» «mrn»   Health card «plan»
Sensor SN «cgm_sn» · transmitter «cgm_tx» · receiving phone «phone_model» (app «app_ver»)
Reading: «glucose_low» at «d1_iso» 02:47 (↓↓ falling fast)   Previous «glucose_prev» at 02:17
14-day: Time in Range «tir» · «gmi» · sensor inserted «d3_loc» (day 6 of 10)
--- notification log ---
02:47:12  push → «p_g»'s phone "Urgent Low «glucose_low». Treat now."                delivered
02:52:12  follower alert → «r_n» («r_rel», Care Circle) SMS «r_ph»                delivered
03:02:40  follower alert acknowledged in app by «r_g» (device «r_device», ip «r_ip»)
03:05:00  escalation → on-call CDE «e_n» (pager «e_pager»)                             ack 03:06
--- nurse note («e_i», «e_cred», «e_lic_label» «e_lic») ---
Called pt at «p_ph», no answer. Reached «r_g» 03:09 who went to pt's bedroom; pt drowsy but answering, took 4 dextrose tabs + juice.
Recheck 03:24 «glucose_recheck». Pt says took «basal» at 22:00 after skipping supper. Advised hold «bolus» corrections until seen.
Address confirmed for EMS if needed: «p_addr».
Message to Dr «d_n» («d_cred», «lic_label» «d_lic») for titration; appt booked «d4_loc». Summary e-mailed to «p_em».
""",
}

BP_TRIAGE = {
    "US": """Remote Patient Monitoring — Hypertension Program · reading escalation                   Ref «ref»
Patient: «p_n» · DOB «p_dob» · «mrn_label» «mrn» · cell «p_ph» · «payer» «plan»
Cuff: «cuff_model» SN «cuff_sn» · cellular gateway IMEI «imei»
Readings (last 72 h)
  «d8_sms» 07:12   «bp1»   pulse 88   irregular heartbeat: no
  «d7_sms» 07:40   «bp2»   pulse 91
  «d1_sms» 06:58   «bp3»   pulse 97   ⚠ above threshold (≥180/110)
Triage call by «e_n», «e_cred» on «d1_long» at 08:20:
  Spoke with pt and «r_rel» «r_g». Denies chest pain, SOB, vision change. Mild headache. Took «drug1» late last night.
  Repeat reading on call «bp4». Same-day visit booked with «d_n», «d_cred» at 11:30. If symptoms → call «emerg».
  Pt asks that daytime calls go to «r_g»'s cell «r_ph». Lives at «p_addr»; «r_g» drives.
Escalated to: «d_i» (covering), cc care coordinator «s_n» <«s_wem»>
Outcome («d1_short»): «drug2» added. Readings twice daily × 7 days; review «d4_long». Age on file «p_age».
""",
    "UK": """Remote Monitoring Hub — Hypertension Pathway · reading escalation                      Ref «ref»
Patient: «p_n» · «nid_label» «p_nid» · DOB «p_dob» · mobile «p_ph»
Cuff: «cuff_model» SN «cuff_sn» · hub IMEI «imei» · app: «bp_app»
Readings (last 72 h)
  «d8_sms» 07:12   «bp1»   pulse 88   irregular heartbeat: no
  «d7_sms» 07:40   «bp2»   pulse 91
  «d1_sms» 06:58   «bp3»   pulse 97   ⚠ above red threshold (≥180/110)
Triage call by «e_n», «e_cred» («e_lic_label» «e_lic») on «d1_long» at 08:20:
  Spoke with pt and «r_rel» «r_g». Denies chest pain, SOB, visual change. Mild headache. Took «drug1» late last night.
  Repeat reading on call «bp4». Same-day appointment with Dr «d_n» at «hospital» 11:30. If symptoms → «emerg».
  Pt asks that daytime calls go to «r_g»'s mobile «r_ph». Lives at «p_addr»; «r_g» drives.
Escalated to: Dr «d_i» (duty doctor), cc care coordinator «s_n» <«s_wem»>
Outcome («d1_short»): «drug2» added. Readings twice daily × 7 days; review «d4_long». Age «p_age».
""",
}

VIRTUAL_WARD = {
    "UK": """«hospital2» Virtual Ward (Respiratory) — daily review sheet                          Day 6 of 14
Patient: «p_LF»   «nid_label» «p_nid»   «mrn_label» «mrn»   DOB «p_dob» (age «p_old»)
Address: «p_addr»     Key safe: yes (code held by «r_n», «r_rel»)
NOK: «r_n» «r_ph» / «r_em»      GP: Dr «x_n», «hospital»
Oximeter: «oxi_model» SN «oxi_sn» (loan — return by «d4_short»)   App: Doccla-style kit on iPad (hub «imei»)
#   Time   SpO2    HR        RR   Temp   Source
1   08:05  «spo2_1»  «hr1»    18   37.4   app auto
2   13:20  «spo2_2»  «hr2»    22   37.9   manual (carer «y_g»)
3   19:45  «spo2_3»  «hr3»    20   37.6   app auto
NEWS2 13:20 = 5 → clinician call. «e_n», «e_cred» 13:41: spoke to «p_title» «p_f» and carer «y_n» («y_ph»);
increased O2 to 2 L/min via concentrator. «drug1» course day 4. Consultant review Dr «d_i» on «d2_short».
Escalation: SpO2 < 92% on 2 L → ward hub; patient / carer may call «emerg».  Dx «icd».
Planned step-down to GP: «d4_long».  Error log: «err».
""",
    "AU": """Hospital in the Home — «hospital2» · daily review                                   Day 6 of 14
Patient: «p_LF»   «mrn_label» «mrn»   Medicare «plan»   DOB «p_dob» (age «p_old»)
Address: «p_addr»     Key safe: yes (code held by «r_n», «r_rel»)
NOK: «r_n» «r_ph» / «r_em»      GP: Dr «x_n», «hospital»
Oximeter: «oxi_model» SN «oxi_sn» (loan — return by «d4_short»)   App: remote monitoring kit on tablet (hub «imei»)
#   Time   SpO2    HR        RR   Temp   Source
1   08:05  «spo2_1»  «hr1»    18   37.4   app auto
2   13:20  «spo2_2»  «hr2»    22   37.9   manual (carer «y_g»)
3   19:45  «spo2_3»  «hr3»    20   37.6   app auto
Between the flags 13:20 → clinician call. «e_n», «e_cred» 13:41: spoke to «p_title» «p_f» and carer «y_n» («y_ph»);
O2 increased to 2 L/min via concentrator. «drug1» day 4. Geriatrician review Dr «d_i» on «d2_short».
Escalation: SpO2 < 92% on 2 L → HITH on-call; patient / carer may call «emerg».  Dx «icd».
Planned discharge to GP care: «d4_long».  Error log: «err».
""",
}

ANALYTICS = """{"type":"identify","messageId":"msg-0001","timestamp":"«ts1»","userId":"«user_id»","traits":{"name":"«p_n»","email":"«p_em»","phone":"«p_ph»","birthday":"«p_dobiso»","plan":"«tier»","city":"«p_town»","postal_code":"«p_pc»","condition":"«cond»"},"context":{"ip":"«p_ip»","device":{"id":"«p_device»","model":"«phone_model»"},"library":{"name":"«lib»","version":"«lib_ver»"}}}
{"type":"track","event":"Glucose Reading Logged","messageId":"msg-0002","timestamp":"«ts2»","userId":"«user_id»","properties":{"value":"«glucose»","meter":"«meter»","meter_serial":"«meter_sn»","tag":"before_breakfast"},"context":{"ip":"«p_ip»"}}
{"type":"track","event":"Care Circle Invite Sent","messageId":"msg-0003","timestamp":"«ts3»","userId":"«user_id»","properties":{"invitee_name":"«r_n»","invitee_email":"«r_em»","invitee_phone":"«r_ph»","relationship":"«r_rel»"}}
{"type":"track","event":"Coach Message Opened","messageId":"msg-0004","timestamp":"«ts4»","userId":"«user_id»","properties":{"coach_name":"«s_n»","feature":"«feature»","thread_id":"«thread»"}}
{"type":"track","event":"Wearable Sync Failed","messageId":"msg-0005","timestamp":"«ts5»","anonymousId":"«anon»","properties":{"error":"«err»","integration":"«integration»","device":"«watch_model»","watch_serial":"«watch_sn»"},"context":{"ip":"«p_ip6»"}}
{"type":"screen","name":"«feature2»","messageId":"msg-0006","timestamp":"«ts6»","userId":"«user_id»","properties":{"referrer":"push","deep_link":"«deeplink»","doctor":"«d_n»","next_visit":"«d4_iso»"}}
"""

PORTAL = {
    "US": """MyChart-style patient portal · Messages · conversation «thread»
Subject: Readings from my new cuff + refill question
Patient: «p_n» («mrn_label» «mrn») · proxy access: «r_n» («r_rel»)
----------------------------------------------------------------------------------------
From: «p_n»  ·  «d1_long» 7:42 PM
Hi Dr. «d_f», I started using the «cuff_model» you recommended and linked it through «integration». The app says my
average this week is «bp_avg» and I got «err» twice. Also I'm almost out of my «drug1», can you send it to «pharmacy»?
New cell is «p_ph2» (the «p_ph» number is my work line). I also moved last month: «p_addr».
Thanks, «p_g»
----------------------------------------------------------------------------------------
From: «e_n», «e_cred» (care team)  ·  «d2_long» 9:15 AM
Hi «p_g», thanks for the update. Dr. «d_f» reviewed your readings and sent the refill. Please also update your address
with registration; I flagged it for «s_n» at the front desk. Your last «a1c» was fine; keep taking «drug2». Can you come in on «d4_long» for a BP check and labs? Reply
YES to confirm.
----------------------------------------------------------------------------------------
From: «r_n» (proxy)  ·  «d2_long» 12:03 PM
YES, I'll drive «p_him». Please call me at «r_ph», or email «r_em».
----------------------------------------------------------------------------------------
Auto-reply: this inbox is monitored Mon–Fri 8–5. For emergencies call 911. · Plan on file: «payer» «plan»
""",
    "CA": """Patient portal · Secure messages · conversation «thread»
Subject: Readings from my new cuff + refill question
Patient: «p_n» («mrn_label» «mrn», health card «plan») · proxy access: «r_n» («r_rel»)
----------------------------------------------------------------------------------------
From: «p_n»  ·  «d1_long» 7:42 PM
Hi Dr. «d_f», I started using the «cuff_model» you recommended and linked it through «integration». The app says my
average this week is «bp_avg» and I got «err» twice. Also I'm almost out of my «drug1», can you fax it to «pharmacy»?
New cell is «p_ph2» (the «p_ph» number is my work line). I also moved last month: «p_addr».
Thanks, «p_g»
----------------------------------------------------------------------------------------
From: «e_n», «e_cred» (care team)  ·  «d2_long» 9:15 AM
Hi «p_g», thanks for the update. Dr. «d_f» reviewed your readings and sent the refill. Please also update your address
with «payer»; I flagged it for «s_n» at reception. Your last «a1c» was fine; keep taking «drug2». Can you come in on «d4_long» for a BP check and bloodwork? Reply
YES to confirm.
----------------------------------------------------------------------------------------
From: «r_n» (proxy)  ·  «d2_long» 12:03 PM
YES, I'll drive «p_him». Please call me at «r_ph», or email «r_em».
----------------------------------------------------------------------------------------
Auto-reply: this inbox is monitored Mon–Fri 8–4. For emergencies call 911. · Clinic: «hospital»
""",
}

CRM_CASE = {
    "US": """Case «case_no»  ·  Record type: Patient Support  ·  Status: Escalated  ·  Priority: High
Subject: Sensor fell off day 3 — replacement requested, customer says readings were off
Contact Name       «p_n»                          Account Name      «p_f» Household
Contact Phone      «p_ph»                         Contact Email     «p_em»
Mailing Address    «p_addr»
Birthdate          «p_dob»                        Customer ID       «cust_id»
Product            «cgm_model»                     Serial Number     «cgm_sn»
Insurance          «payer» · «plan»            Benefits check    SSN «p_nid»
Case Origin        Phone                          Case Owner        «s_n»
Opened             «d1_loc» 10:14 AM CT            Prescriber        «d_n», «d_cred» · NPI «d_lic» · fax «d_fax»
Description
Customer called re adhesive failure on «d3_loc». States sensor read «glucose_hi» while fingerstick on «meter» showed
«glucose_fs». No injury, did not seek treatment. Shares readings via ‹Care Circle› with «r_rel» «r_g» (secondary contact «r_ph»).
Case Comments
«d1_loc» «s_i»: replacement order «order_no» created, ships to address on file via «carrier», tracking «tracking».
«d2_loc» «x_i»: complaint assessed per MDR decision tree — not reportable. Complaint ref «ae_ref». Error «err».
«d2_loc» «x_i»: customer asked for callback after 5 pm on «p_ph2».
Activity history: email to «p_em» "Your replacement is on the way" (template REPL_SHIP_V2) · plan «tier»
""",
    "AU": """Case «case_no»  ·  Record type: Customer Care  ·  Status: Escalated  ·  Priority: High
Subject: Sensor fell off day 3 — replacement requested, customer says readings were off
Contact Name       «p_n»                          Account Name      «p_f» Household
Contact Mobile     «p_ph»                         Contact Email     «p_em»
Mailing Address    «p_addr»
Date of Birth      «p_dob»                        Customer ID       «cust_id»
Product            «cgm_model»                     Serial Number     «cgm_sn»
NDSS registration  «ndss»                         Medicare          «plan»
Case Origin        Phone                          Case Owner        «s_n»
Opened             «d1_loc» 10:14 AEST             Prescriber        Dr «d_n» · «lic_label» «d_lic»
Description
Customer called re adhesive failure on «d3_loc». States sensor read «glucose_hi» while fingerprick on «meter» showed
«glucose_fs». No injury, did not seek treatment. Shares readings via ‹Care Circle› with «r_rel» «r_g» (secondary contact «r_ph»).
Case Comments
«d1_loc» «s_i»: replacement order «order_no» created, ships to address on file via «carrier», con note «tracking».
«d2_loc» «x_i»: complaint assessed per TGA guidance — not reportable. Complaint ref «ae_ref». Error «err».
«d2_loc» «x_i»: customer asked for callback after 5 pm on «p_ph2».
Activity history: email to «p_em» "Your replacement is on the way" (template REPL_SHIP_V2) · plan «tier»
""",
}

CALL_SCRIPT = {
    "IN": """SUGARWISE HELPLINE — inbound call script v4.2 (Device & App Support)        Agent: «s_n» (emp «emp_id»)
Call ID «call_id» · «d1_dmy» 11:06 · ANI «r_ph» · Queue: Glucometer / App Sync · Language: English + «lang»
[1] GREETING  "Thank you for calling SugarWise care, my name is «s_g». May I know whom I am speaking with?"
    Caller: «r_n» («r_rel» of the patient)
[2] VERIFY (2 of 3)  Registered mobile ✔ «p_ph»   Patient DOB ✔ «p_dob»   PIN code ✔ «p_pc»
    Account holder: «p_n»   ABHA «abha»   Subscription account «acct» («tier»)
[3] ISSUE  "«err»" on «meter» (SN «meter_sn»); readings not syncing to the app since «d3_dmy». Last value «glucose».
[4] TROUBLESHOOT  Bluetooth reset, app cache clear (app «app_ver» on «phone_model»), re-pair → not resolved → replacement.
[5] REPLACEMENT  Ship to: «p_addr»
    Landmark: «landmark» · alternate contact «r_ph» · AWB «awb» («carrier») · ETA «d4_dmy»
[6] CLOSE  "Is there anything else I can help you with?" Caller asked to update email to «r_em». Done.
Wrap code: DEV-REPL · CSAT SMS sent · warranty check by L2 «x_n» (purchase «d5_dmy», warranty till «d6_dmy»)
""",
    "UK": """PULSEWELL UK — inbound call script v4.2 (Device & App Support)            Agent: «s_n» (emp «emp_id»)
Call ID «call_id» · «d1_dmy» 11:06 · CLI «r_ph» · Queue: BP Monitors / App Sync
[1] GREETING  "Thanks for calling PulseWell, you're speaking with «s_g». Who have I got on the line?"
    Caller: «r_n» («r_rel» of the account holder)
[2] DATA PROTECTION (2 of 3)  Postcode ✔ «p_pc»   DOB ✔ «p_dob»   Email ✔ «p_em»
    Account holder: «p_n»   Subscription account «acct» («tier», «price»)
[3] ISSUE  "«err»" on «cuff_model» (SN «cuff_sn»); readings not syncing to the app since «d3_dmy». Last reading «bp1».
[4] TROUBLESHOOT  Bluetooth reset, app cache clear (app «app_ver» on «phone_model»), re-pair → not resolved → replacement.
[5] REPLACEMENT  Ship to: «p_addr»
    Safe place: porch · alternate contact «r_ph» · tracking «tracking2» («carrier») · ETA «d4_dmy»
[6] CLOSE  "Anything else I can help with today?" Caller asked for letters to go to «r_em». Done.
Wrap code: DEV-REPL · CSAT SMS sent · warranty check by team leader «x_n» (purchase «d5_dmy», warranty to «d6_dmy»)
""",
}

PUSH_QUEUE = """{"queue":"notifications-prod","batch":"«batch»","exported_at":"«ts1»","items":[
 {"provider":"APNs","token":"«tok1»","user_id":"«user_id»","payload":{"aps":{"alert":{"title":"Medication reminder","body":"Hi «p_g», time for your «drug1»"},"sound":"default","badge":2},"deep_link":"«deeplink»"},"scheduled_for":"«ts2»"},
 {"provider":"FCM","token":"«tok2»","user_id":"«r_user»","payload":{"notification":{"title":"«alarm»","body":"«p_n»'s glucose is «glucose_low» and falling"},"data":{"patient_ref":"«mrn»","caregiver_email":"«r_em»"}},"scheduled_for":"«ts3»"},
 {"provider":"APNs","token":"«tok1»","user_id":"«user_id»","payload":{"aps":{"alert":{"title":"Video visit tomorrow","body":"With Dr «d_f» on «d4_short» at 10:30. Join: «url»"}}},"scheduled_for":"«ts4»"},
 {"provider":"SMS-fallback","to":"«p_ph»","body":"Your «platform» code is 482913. Not you? Ignore this message.","scheduled_for":"«ts5»"},
 {"provider":"FCM","token":"«tok3»","user_id":"«x_user»","payload":{"notification":{"title":"Weekly report ready","body":"«x_g», your Time in Range was «tir» this week"}},"error":"«push_err»","scheduled_for":"«ts6»"},
 {"provider":"email","to":"«x_em»","template":"weekly_report_v7","vars":{"first_name":"«x_g»","plan":"«tier»","sdk":"«lib» «lib_ver»","device":"«cgm_model»"}}
]}
"""

TICKET = {
    "CA": """Ticket #«ticket» — "Can't log in after phone change + charged twice"
Requester: «p_n» <«p_em»>        Assignee: «s_n» (Tier 1)        Group: Accounts & Billing
Priority: Normal   Channel: email   Plan: «tier» («price»)   Tags: login, mfa, double_charge
Created: «d1_long» 08:14
--- public reply from requester ---
Hello, I got a new phone and now the app keeps sending the code to my old number («p_ph2»). My new number is «p_ph».
I was also charged twice for «tier» this month. The account is actually under my «r_rel»'s email «r_em» — «r_n».
Subscriber ID «sub_id». I need my «report» for my appointment at «hospital» on «d4_long», please hurry.
«p_n»
«p_line»
«p_town», «p_abbr»  «p_pc»
--- internal note («s_g», «d1_long» 09:02) ---
Verified DOB «p_dob» + last 4 of card. Two charges: «inv1» and «inv2» (Stripe «stripe_cus»). Refunded «inv2». MFA reset;
device «p_device» removed. Logins from «p_ip» (ok) and «p_ip2» (flagged, VPN). Escalated to T2 «x_n» for account merge.
App «app_ver» logged «err2» on refresh.
--- public reply from agent ---
Hi «p_g», you're all set: the duplicate charge is refunded and you can sign in on your «phone_model» now. Your data syncs
from «integration» again («err» was the old token). — «s_g», Support
""",
    "UK": """Ticket #«ticket» — "Can't log in after phone change + charged twice"
Requester: «p_n» <«p_em»>        Assignee: «s_n» (Tier 1)        Group: Accounts & Billing
Priority: Normal   Channel: email   Plan: «tier» («price»)   Tags: login, mfa, double_charge
Created: «d1_long» 08:14
--- public reply from requester ---
Hello, I got a new phone and now the app keeps texting the code to my old number («p_ph2»). My new number is «p_ph».
I was also charged twice for «tier» this month. The account's actually under my «r_rel»'s email «r_em» — «r_n».
Subscriber ID «sub_id». I need my «report» for my appointment at «hospital» on «d4_long», please hurry.
«p_n»
«p_line»
«p_town»
«p_pc»
--- internal note («s_g», «d1_long» 09:02) ---
Verified DOB «p_dob» + last 4 of card. Two charges: «inv1» and «inv2» (Stripe «stripe_cus»). Refunded «inv2». MFA reset;
device «p_device» removed. Logins from «p_ip» (ok) and «p_ip2» (flagged, VPN). Escalated to T2 «x_n» for account merge.
App «app_ver» logged «err2» on refresh.
--- public reply from agent ---
Hi «p_g», you're all set: the duplicate charge is refunded and you can sign in on your «phone_model» now. Your data syncs
from «integration» again («err» was the old token). — «s_g», Support
""",
}

CHAT = {
    "AU": """Live chat transcript · HeartBeat+ Support · conversation «conv_id» · «d1_loc»
Visitor: «p_gi» (signed in as «p_em») · IP «p_ip» · page /account/devices · Chrome on Android 14
[10:02] Bot Kiri: G'day! I'm Kiri, the HeartBeat+ assistant. What can I help with?
[10:02] «p_g»: my watch stopped sending heart rate to the app since «d3_short»
[10:03] Bot Kiri: Sorry to hear that. Connecting you with a team member…
[10:05] «s_g» (Support): Hi «p_g», I'm «s_g». Could you confirm the email and date of birth on the account?
[10:05] «p_g»: «p_em» and «p_dob»
[10:06] «s_g» (Support): Thanks! I can see your «watch_model» (serial «watch_sn») last synced «d3_loc» 21:14 with «err».
[10:07] «s_g» (Support): Could you open «integration» and check permissions for Heart Rate and «watch_feature»?
[10:09] «p_g»: done. my cardiologist Dr «d_f» at «hospital» wants the alerts, I have «cond». I'm «p_age», not great with phones
[10:11] «s_g» (Support): No worries! The strap sensor looks faulty, I'll send a replacement to «p_addr»?
[10:11] «p_g»: send it to my «m_rel»'s place instead, «m_n», «m_line», «m_town» «m_abbr» «m_pc», home days. mobile «m_ph»
[10:13] «s_g» (Support): Done — order «order_no», tracking goes to «p_em». Anything else?
[10:14] «p_g»: no thanks love
Rating 5/5 · tags: sync, hardware · agent «s_n» · plan «tier» · app «app_ver» · entry point «feature2»
""",
    "IN": """Live chat transcript · FitSathi Support · conversation «conv_id» · «d1_loc»
Visitor: «p_gi» (logged in as «p_em») · IP «p_ip» · page /account/devices · Chrome on Android 14
[10:02] Bot Mitra: Hi! I am Mitra, your FitSathi assistant. How can I help?
[10:02] «p_g»: watch not sending heart rate to app from «d3_short»
[10:03] Bot Mitra: Sorry about that. Connecting you to an executive…
[10:05] «s_g» (Support): Hello «p_g», this is «s_g». Please confirm registered email and date of birth.
[10:05] «p_g»: «p_em», «p_dob»
[10:06] «s_g» (Support): Thank you. Your «watch_model» (serial «watch_sn») last synced «d3_loc» 21:14 with «err».
[10:07] «s_g» (Support): Kindly open «integration» and allow Heart Rate and «watch_feature» permissions.
[10:09] «p_g»: done. my cardiologist Dr «d_f» at «hospital» wants the alerts, I have «cond». I am «p_age», not very good with phone
[10:11] «s_g» (Support): No problem sir/madam. Strap sensor is faulty, I will send replacement to «p_addr», ok?
[10:11] «p_g»: send to my «m_rel»'s flat instead, «m_n», «m_line», «m_town», «m_abbr» «m_pc». mobile «m_ph»
[10:13] «s_g» (Support): Done — order «order_no», tracking will come to «p_em». Anything else?
[10:14] «p_g»: no thank you beta
Rating 5/5 · tags: sync, hardware · agent «s_n» · plan «tier» · app «app_ver» · entry point «feature2»
""",
}

REVIEWS = {
    "US": """App Store Connect — Ratings & Reviews export · GlucoGuard · storefront: United States · pulled «d1_iso»
★★☆☆☆  "Alarm woke the whole house but not me"  —  «p_gi» · «d2_long» · app «app_ver»
  Type 1 since «year», using it with my «cgm_model». The «alarm» went off at 3am and my «r_rel» «r_g» had to shake me
  awake. My endo Dr. «d_f» at «hospital» says to raise the volume, but it's maxed. Sensor «cgm_sn» died on day 2 too.
  Developer response («d2_long»): Hi «p_g», we're sorry. Please email us so we can look at your alert settings (case «ticket»).
★★★★★  "Saved my dad"  —  «r_user» · «d3_long»
  My dad «x_n» is «x_old» and still lives on his own in «x_town». The fall alert on his «watch_model» called me at 3am and I
  called his neighbor «y_n» to check on him. Worth every penny of «price».
★☆☆☆☆  "Billing nightmare"  —  «m_gi» · «d4_long»
  Charged «price» after I cancelled. Emailed from «m_em» three times. Nobody answers. «err» every time I try to restore.
  Developer response: Hi «m_g», I've refunded you and escalated to our billing lead, «s_n». — GlucoGuard team
★★★★☆  —  «y_user» · «d5_long»
  Great with «integration», the «feature2» screen is clear. Would be 5 stars if it worked with my «meter».
""",
    "UK": """App Store Connect — Ratings & Reviews export · GlucoGuard · storefront: United Kingdom · pulled «d1_iso»
★★☆☆☆  "Alarm woke the whole house but not me"  —  «p_gi» · «d2_long» · app «app_ver»
  Type 1 since «year», using it with my «cgm_model». The «alarm» went off at 3am and my «r_rel» «r_g» had to shake me
  awake. My consultant Dr «d_f» at «hospital» says turn the volume up, but it's maxed. Sensor «cgm_sn» died on day 2 as well.
  Developer response («d2_long»): Hi «p_g», we're sorry. Please email us so we can look at your alert settings (case «ticket»).
★★★★★  "Saved my dad"  —  «r_user» · «d3_long»
  My dad «x_n» is «x_old» and still lives on his own in «x_town». The fall alert on his «watch_model» rang me at 3am and I
  rang his neighbour «y_n» to check on him. Worth every penny of «price».
★☆☆☆☆  "Billing nightmare"  —  «m_gi» · «d4_long»
  Charged «price» after I cancelled. Emailed from «m_em» three times. Nobody answers. «err» every time I try to restore.
  Developer response: Hi «m_g», I've refunded you and escalated to our billing lead, «s_n». — GlucoGuard team
★★★★☆  —  «y_user» · «d5_long»
  Great with «integration», the «feature2» screen is clear. Would be 5 stars if it worked with my «meter».
""",
}

COACH = {
    "US": """Thrive DPP (CDC-recognized lifestyle program) · Coach Notes · participant «part_id»
Participant: «p_n» · cohort Spring-B · started «d5_long» · employer benefit via «payer» · plan «tier»
Coach: «s_n», CHES · supervising clinician: «e_n», «e_cred»
Connected devices: «scale_model» (SN «scale_sn»), «watch_model» via «integration»
Week 9 check-in — video, «d1_long»
  Weight «w1» (start «w0», −«wpct») · avg «steps»/day · active minutes 142/150
  S: «p_g» says the long weekend at her sister «y_g»'s place in «y_town» was hard; husband «r_g» is doing the walks with her now.
  O: 4 of 7 meals logged; «coach_feature» streak 12 days.
  A/P: swap soda for sparkling water; next session «d4_long» 6 pm; text reminders to «p_ph».
  Safety: participant reported «a1c» from Dr. «d_f»'s office (within program range 5.7–6.4%). Age «p_age».
Message log
  «d1_sms» 18:44  Coach → «p_g»: "Great job this week! Remember to weigh in Friday."
  «d2_sms» 07:02  «p_g» → Coach: "weighed in! «w2»"   [scale auto-sync ✓]
Incentive: $25 gift card mailed to «p_addr» (order «order_no»)
""",
    "CA": """Thrive Prevent (diabetes prevention program) · Coach Notes · participant «part_id»
Participant: «p_n» · cohort Fall-A · started «d5_long» · benefit via «payer» · plan «tier»
Coach: «s_n», RD · supervising clinician: «e_n», «e_cred»
Connected devices: «scale_model» (SN «scale_sn»), «watch_model» via «integration»
Week 9 check-in — video, «d1_long»
  Weight «w1» (start «w0», −«wpct») · avg «steps»/day · active minutes 142/150
  S: «p_g» says the long weekend at her sister «y_g»'s place in «y_town» was hard; husband «r_g» is doing the walks with her now.
  O: 4 of 7 meals logged; «coach_feature» streak 12 days.
  A/P: swap pop for sparkling water; next session «d4_long» 6 pm; text reminders to «p_ph».
  Safety: participant reported «a1c» from Dr. «d_f»'s office (within program range 5.7–6.4%). Age «p_age».
Message log
  «d1_short» 18:44  Coach → «p_g»: "Great job this week! Remember to weigh in Friday."
  «d2_short» 07:02  «p_g» → Coach: "weighed in! «w2»"   [scale auto-sync ✓]
Incentive: $25 gift card mailed to «p_addr» (order «order_no»)
""",
}

RMA = {
    "AU": """RETURN MATERIAL AUTHORISATION — insulin pump                                  ‹RMA› «rma»
Customer: «p_n»     Mobile «p_ph»     Email «p_em»
Delivery address: «p_addr»
Date of birth (warranty match): «p_dob»      NDSS «ndss»      Medicare «plan»
Device: «pump_model»   SN «pump_sn»   purchased «d5_dmy»   warranty to «d6_dmy»
Fault: occlusion alarms / «err» — first seen «d3_dmy» · CGM paired: «cgm_model» (transmitter «cgm_tx»)
Therapy: «bolus» via pump · last «a1c» · uploads via «integration» · firmware «app_ver»
Prescriber / clinic: Dr «d_n», «hospital» («lic_label» «d_lic») — diabetes educator «e_n» <«e_wem»>
Replacement: SN «pump_sn2» shipped «d2_dmy» via «carrier», con note «tracking»
Return satchel: prepaid, label «label_ref»
Authorised by: «s_n» (Customer Care) on «d1_dmy» · complaint no. «qa_ref»
Customer declaration: I, «p_n», confirm the faulty pump will be returned within 14 days.
Authorised carer: «r_n» («r_rel»), «r_ph»
""",
    "CA": """RETURN MATERIAL AUTHORIZATION — insulin pump                                  ‹RMA› «rma»
Customer: «p_n»     Phone «p_ph»     Email «p_em»
Delivery address: «p_addr»
Date of birth (warranty match): «p_dob»      Health card «plan»      Insulin Pump Program file «acct»
Device: «pump_model»   SN «pump_sn»   purchased «d5_loc»   warranty to «d6_loc»
Fault: occlusion alarms / «err» — first seen «d3_loc» · CGM paired: «cgm_model» (transmitter «cgm_tx»)
Therapy: «bolus» via pump · last «a1c» · uploads via «integration» · firmware «app_ver»
Prescriber / clinic: Dr «d_n», «hospital» («lic_label» «d_lic») — diabetes educator «e_n» <«e_wem»>
Replacement: SN «pump_sn2» shipped «d2_loc» via «carrier», tracking «tracking»
Return box: prepaid, label «label_ref»
Authorized by: «s_n» (Customer Care) on «d1_loc» · complaint no. «qa_ref»
Customer declaration: I, «p_n», confirm the faulty pump will be returned within 14 days.
Authorized caregiver: «r_n» («r_rel»), «r_ph»
""",
}

FHIR = {
    "US": """{"resourceType":"Bundle","type":"transaction","timestamp":"«ts1»","meta":{"source":"rpm-vendor webhook v3","software":"«lib» «lib_ver»","clientIp":"«p_ip»"},"entry":[
 {"resource":{"resourceType":"Patient","id":"«fhir_pid»","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.7712","value":"«mrn»"},{"system":"http://hl7.org/fhir/sid/us-mbi","value":"«mbi»"}],"name":[{"family":"«p_f»","given":["«p_g»"]}],"telecom":[{"system":"phone","value":"«p_ph»"},{"system":"email","value":"«p_em»"}],"birthDate":"«p_dobiso»","address":[{"line":["«p_line»"],"city":"«p_town»","state":"«p_abbr»","postalCode":"«p_pc»"}],"contact":[{"name":{"text":"«r_n»"},"telecom":[{"system":"phone","value":"«r_ph»"}]}]}},
 {"resource":{"resourceType":"Device","identifier":[{"system":"urn:rpm:serial","value":"«cuff_sn»"}],"deviceName":[{"name":"«cuff_model»","type":"model-name"}],"note":[{"text":"gateway IMEI «imei»"}]}},
 {"resource":{"resourceType":"Observation","status":"final","code":{"text":"Blood pressure panel"},"effectiveDateTime":"«ts2»","valueString":"«bp3»","interpretation":[{"text":"critical high"}],"performer":[{"display":"«d_n»"}],"note":[{"text":"Flagged by rule «rule». Nurse «e_n» called patient, callback «e_ph»."}]}},
 {"resource":{"resourceType":"Observation","status":"final","code":{"text":"Body weight"},"effectiveDateTime":"«ts3»","valueString":"«w1»","device":{"display":"«scale_model» «scale_sn»"}}},
 {"resource":{"resourceType":"Communication","sent":"«ts4»","payload":[{"contentString":"Reminder sent to «p_g» for visit on «d4_iso»; dx «icd» («cond»); last glucose «glucose»"}]}}
]}
""",
    "CA": """{"resourceType":"Bundle","type":"transaction","timestamp":"«ts1»","meta":{"source":"rpm-vendor webhook v3","software":"«lib» «lib_ver»","clientIp":"«p_ip»"},"entry":[
 {"resource":{"resourceType":"Patient","id":"«fhir_pid»","identifier":[{"system":"urn:clinic:chart","value":"«mrn»"},{"system":"urn:ca:phn","value":"«plan»"}],"name":[{"family":"«p_f»","given":["«p_g»"]}],"telecom":[{"system":"phone","value":"«p_ph»"},{"system":"email","value":"«p_em»"}],"birthDate":"«p_dobiso»","address":[{"line":["«p_line»"],"city":"«p_town»","state":"«p_abbr»","postalCode":"«p_pc»"}],"contact":[{"name":{"text":"«r_n»"},"telecom":[{"system":"phone","value":"«r_ph»"}]}]}},
 {"resource":{"resourceType":"Device","identifier":[{"system":"urn:rpm:serial","value":"«cuff_sn»"}],"deviceName":[{"name":"«cuff_model»","type":"model-name"}],"note":[{"text":"gateway IMEI «imei»"}]}},
 {"resource":{"resourceType":"Observation","status":"final","code":{"text":"Blood pressure panel"},"effectiveDateTime":"«ts2»","valueString":"«bp3»","interpretation":[{"text":"critical high"}],"performer":[{"display":"«d_n»"}],"note":[{"text":"Flagged by rule «rule». Nurse «e_n» called patient, callback «e_ph»."}]}},
 {"resource":{"resourceType":"Observation","status":"final","code":{"text":"Body weight"},"effectiveDateTime":"«ts3»","valueString":"«w1»","device":{"display":"«scale_model» «scale_sn»"}}},
 {"resource":{"resourceType":"Communication","sent":"«ts4»","payload":[{"contentString":"Reminder sent to «p_g» for visit on «d4_iso»; dx «icd» («cond»); last glucose «glucose»"}]}}
]}
""",
}

BILLING = {
    "US": """«hospital» — Remote Physiologic Monitoring · monthly billing summary · service month «d1_my»
Billing provider: «hospital» · rendering: «d_n», «d_cred», NPI «d_lic» · clinical staff: «e_n», «e_cred»
Patient                        DOB          MBI / member ID    Device (serial)                     Days  Min   CPT
«p_LF»         «p_dob»   «mbi»        «cuff_model» («cuff_sn»)           24    41    ‹99454›, ‹99457›, ‹99458›
«x_LF»         «x_dob»   «x_plan»        «scale_model» («scale_sn»)           19    23    ‹99454›, ‹99457›
«y_LF»         «y_dob»   «y_plan»        «oxi_model» («oxi_sn»)            14    22    ‹99457› (‹99454› not met: 14 < 16 days)
  note: «y_f» is «y_old», lives with daughter; readings entered by home health aide «s_n» («s_ph»)
Interactive communication log — «p_lf»
  «d8_us» 10:14  «e_i»: phone call with patient, 9 min — readings avg «bp_avg», adherence 24/30 days
  «d7_us» 15:30  «e_i»: video visit, 12 min — «drug1» side effects reviewed, BP goal discussed
  «d7_us» 15:52  «d_i»: reviewed; continue «drug2»; next check «d4_us». Dx «icd»
Claim batch «batch» · submitted «d4_us» · billing account «acct» · payer «payer» · ‹99453› billed previously «d5_us»
""",
}

ERX = {
    "IN": """MediConnect Teleconsult · e-Prescription                                          Rx ID «rx_id»
Dr. «d_n», «d_cred» (General Medicine) · «lic_label» «d_lic» («council») · «d_em»
Consultation: video · «d1_dmy» 19:42 · 11 min · Consult ID «visitid»
Patient: «p_n» · «p_sexword» · «p_age» y · Mobile «p_ph» · ABHA «abha» · ABHA address «abha_addr»
Address: «p_addr» · Landmark: «landmark»
Attendant on call: «r_n» («r_rel»), «r_ph» · ID verified: «nid_label» «p_nid»
Chief complaints: fever × 3 days, body ache, dry cough · Vitals (self-reported via «meter»): «glucose», SpO2 «spo2_1», pulse «hr1»
Diagnosis: acute viral fever on background «cond_in» («icd»)
Rx:
  1. «drug1» — 1-0-1 × 5 days, after food
  2. «drug2» — 0-0-1 × 5 days
  3. «drug3» — as advised
Investigations: CBC, HbA1c, dengue NS1 — home collection booked «d2_dmy», slot 7–8 am
Follow-up: «d4_dmy», or earlier if breathlessness / bleeding; emergency «emerg».
Medicines via «pharmacy» to the above address; order «order_no»; invoice «inv1» («price» plan «tier»)
Insurance: «payer» policy «plan»
Generated as per Telemedicine Practice Guidelines 2020. Digitally signed by Dr. «d_i» on «d1_dmy».
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("dh64_telehealth_visit_log", ["US", "AU"], "text", TELE_LOG),
    ("dh64_video_consult_transcript", ["UK", "IN"], "text", VIDEO_TRANSCRIPT),
    ("dh64_cgm_alert_escalation", ["US", "CA"], "text", CGM_ALERT),
    ("dh64_bp_cuff_triage", ["US", "UK"], "text", BP_TRIAGE),
    ("dh64_virtual_ward_oximetry", ["UK", "AU"], "text", VIRTUAL_WARD),
    ("dh64_app_analytics_ndjson", ["US", "IN"], "ndjson", {"US": ANALYTICS, "IN": ANALYTICS}),
    ("dh64_portal_message_thread", ["US", "CA"], "text", PORTAL),
    ("dh64_crm_case_record", ["US", "AU"], "text", CRM_CASE),
    ("dh64_call_centre_script", ["IN", "UK"], "text", CALL_SCRIPT),
    ("dh64_push_payload_queue", ["US", "AU"], "json", {"US": PUSH_QUEUE, "AU": PUSH_QUEUE}),
    ("dh64_helpdesk_ticket", ["CA", "UK"], "text", TICKET),
    ("dh64_support_chat", ["AU", "IN"], "text", CHAT),
    ("dh64_app_store_reviews", ["US", "UK"], "text", REVIEWS),
    ("dh64_coach_session_notes", ["US", "CA"], "text", COACH),
    ("dh64_device_rma_form", ["AU", "CA"], "text", RMA),
    ("dh64_rpm_fhir_webhook", ["US", "CA"], "json", FHIR),
    ("dh64_rpm_billing_summary", ["US", "US"], "text", BILLING),
    ("dh64_teleconsult_eprescription", ["IN", "IN"], "text", ERX),
]

LOC_SLOTS = {
    "nid_label": {"US": "SSN", "UK": "NHS No.", "CA": "Health card", "IN": "Aadhaar", "AU": "Medicare No."},
}


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe64:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        for key, by_loc in LOC_SLOTS.items():
            slots[key] = by_loc.get(loc, "")
        slots["landmark"] = P("ADDRESS", fill(rng, rng.choice(LANDMARKS[loc]))) if loc in LANDMARKS else ""
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


LANDMARKS = {
    "IN": ["opp. Sree Bhadra Kavu temple", "near Govt. LP School", "behind Vinayaka Kalyana Mandapam", "next to Gokul Sweets",
           "opp. Panchayat office", "near Ration Shop No. %#"],
}  # fmt: skip


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
