# ruff: noqa: E501  (hand-aligned templates)
"""Seventy-first independent probe corpus: developer-collaboration and incident artefacts around health
software -- what an AI coding agent reads or is pasted when it works on a health-care product -- from teams in
the United States, the United Kingdom and New Zealand, with synthetic PHI of patients and their relatives
inside.

36 labelled documents in 18 kinds per seed, two of each (the locales cycled): a raw RFC 822 e-mail thread
(headers, quoted replies at two '>' levels, signatures), a forwarded e-mail (the forwarded message's header
block inside), a Slack channel export (JSON), a Microsoft Teams channel export (Graph chatMessage JSON with
HTML bodies), a telehealth calendar invite (iCalendar with ORGANIZER / ATTENDEE lines and line folding), a
PagerDuty / Opsgenie incident timeline, a Sentry event (JSON: user, request data, breadcrumbs), Kubernetes
pod logs mixed with journald lines, CloudWatch Logs Insights results (JSON lines), Terraform plan output, a
Postman collection (JSON with raw bodies), a HAR file excerpt (JSON), Elasticsearch / OpenSearch search
results (JSON), Redis MONITOR and redis-cli output, a Kafka console-consumer dump (headers, key, HL7 v2 and
FHIR values), a Confluence page in storage-format XML, a Zendesk ticket export (JSON) and the transcript of
a screen recording of a support call, and a git format-patch e-mail whose fixture holds a real-looking record.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient, `r` and `m` relatives
(parent, spouse, adult child), `q` another patient whose record shows up in the same artefact, `o` a patient
aged 90 or over; `a` `b` `c` `e` are staff (developers, SREs, support agents: plain text). Forms: `_n` full
name, `_g` given, `_f` family, `_F` FAMILY, `_NC` FULL NAME, `_lf` "Family, Given", `_ph` `_ph2`, `_em`,
`_line` `_town` `_pc` `_addr`, `_nid` (SSN, NHS number, NHI number), `_hp` (Medicare MBI, plan or insurer
membership), `_dl` driving licence, `_dob` in the country's form, `_dobiso`, `_doblong`, `_dobhl7`, `_age`
(keep, under 90), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: patients and relatives, as written (full, given alone, family alone, capitals, "Family, Given",
  HL7 "FAMILY^GIVEN" as two values, inside e-mail display names and iCalendar CN parameters). Staff names --
  developers, SREs, on-call engineers, support agents, clinicians named as colleagues -- are plain text (the
  PHI belongs to patients and their relatives), as are their work e-mails, Slack handles and extensions.
- ADDRESS: street lines and towns / suburbs of patients and relatives. ZIP: US ZIP (and ZIP+4), UK
  postcodes, NZ postcodes. States and regions alone are keep; inside an address plain text.
- DATE: birth, appointment, admission, discharge, service and visit dates of patients in every form (also
  HL7 / FHIR / iCalendar compact forms); log, e-mail header and commit timestamps, incident times and
  deployment dates are plain text (never the same day as a labelled date). AGE: 90 and over; under 90 keep.
- PHONE, EMAIL of patients and relatives. URL: a patient-portal or document link carrying the patient's
  token. IP: a patient's client address in request logs and events (service and pod addresses are plain).
- SSN: US social security numbers. ID: NHS and NHI numbers, portal user ids, claim and referral numbers,
  document ids of a patient's record. MRN: hospital record numbers. HEALTH_PLAN: Medicare MBIs, plan
  member ids, insurer membership numbers. ACCOUNT: billing / guarantor accounts, a stored card number.
  LICENSE: a patient's driving licence (ID verification). DEVICE: serials of a patient's pump, CGM
  transmitter or cardiac device. VEHICLE: plate and VIN of a patient-transport or parking booking.
- Keep (must survive): service and host names, versions, commit SHAs, ticket keys, error codes, UUIDs of
  non-patient objects (traces, requests, deployments, messages), metric values, cron expressions, HTTP
  status codes, drugs and doses, LOINC / ICD-10 codes, lab values, clinics and organisations, regulations,
  years alone, ages under 90, headings marked ‹...›.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe71 import ids
from tests.engine.probe71.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill, plain, staff

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NID_TYPE = {"US": "SSN", "UK": "ID", "NZ": "ID"}
NID_LABEL = {"US": "SSN", "UK": "NHS no.", "NZ": "NHI"}
HP_LABEL = {"US": "Medicaid/Medicare ID", "UK": "insurer membership", "NZ": "Southern Cross member no."}
Y = 365
# the patient's age by kind (default an adult): a dependant in the portal incident, anyone in the reminder threads
AGES = {"dev71_confluence_storage_xml": (3 * Y, 15 * Y), "dev71_email_thread_rfc822": (4 * Y, 84 * Y), "dev71_slack_channel_export": (4 * Y, 84 * Y),
        "dev71_telehealth_ics_invite": (4 * Y, 84 * Y)}


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    us = loc == "US"
    return {
        "loc": P("DATE", f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"),
        "iso": P("DATE", d.isoformat()),
        "long": P("DATE", f"{mon} {d.day}, {d.year}" if us else f"{d.day} {mon} {d.year}"),
        "hl7": P("DATE", f"{d:%Y%m%d}"),
        "short": P("DATE", f"{mon[:3]} {d.day}" if us else f"{d.day} {mon[:3]}"),
        "dmy": P("DATE", f"{d.day} {mon[:3]} {d.year}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "UK":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f", {w.region} ", Z(w.postcode))


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_G": N(w.given.upper()),
        f"{x}_NC": N(w.full.upper()), f"{x}_lf": N(f"{w.family}, {w.given}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w),
        f"{x}_state": w.abbr or w.region,
        f"{x}_nid": P(NID_TYPE[c], w.nid), f"{x}_hp": P("HEALTH_PLAN", w.hp), f"{x}_dl": P("LICENSE", w.dl),
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"], f"{x}_dobhl7": dob["hl7"], f"{x}_dobdmy": dob["dmy"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_sex": "F" if w.female else "M",
        f"{x}_gender": "female" if w.female else "male", f"{x}_he": "she" if w.female else "he", f"{x}_his": "her" if w.female else "his",
    }  # fmt: skip


def staff_slots(x: str, w: Person, corp: str) -> dict[str, Slot]:
    g, f = plain(w.given), plain(w.family)
    return {f"{x}_n": w.full, f"{x}_g": w.given, f"{x}_f": w.family, f"{x}_wem": f"{g}.{f}@{corp}", f"{x}_h": f"{g[:1]}{f}"}


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

CORPS = {"US": [("Northwind Care Systems", "northwindcare.io"), ("Prairie Health Cloud", "prairiehealth.dev")],
         "UK": [("Meridian Clinical Software", "meridian-clinical.co.uk"), ("Tidewater EPR Ltd", "tidewater-epr.co.uk")],
         "NZ": [("Kōwhai Health Tech", "kowhaihealth.co.nz"), ("Pōhutukawa Systems", "pohutukawa.nz")]}  # fmt: skip
SERVICES = ["sched-api", "rx-router", "portal-web", "fhir-proxy", "claims-worker", "notify-svc", "lab-ingest", "ehr-gateway", "intake-forms", "billing-sync"]
CLINICS = {"US": ["Pediatric Endocrinology", "Cardiology Device Clinic", "Family Medicine Annex", "Renal Dialysis Unit"],
           "UK": ["Diabetes Day Centre", "Anticoagulation Clinic", "Renal Outpatients", "Cardiac Physiology"],
           "NZ": ["Diabetes Service", "Renal Dialysis Unit", "Cardiology Outpatients", "Respiratory Clinic"]}  # fmt: skip
DRUGS = ["metformin 500 mg", "apixaban 5 mg", "insulin lispro 100 units/mL", "amlodipine 10 mg", "empagliflozin 10 mg", "furosemide 40 mg", "levothyroxine 75 mcg"]
LABS = [("HbA1c 8.1%", "4548-4"), ("eGFR 38", "62238-1"), ("INR 2.6", "6301-6"), ("K+ 5.9 mmol/L", "2823-3"), ("Hb 9.4 g/dL", "718-7")]
ICD = ["E11.65", "I48.91", "N18.4", "E10.9", "I50.22", "Z95.0"]
ERRORS = ["ERR_FHIR_VALIDATION", "E_SLOT_CONFLICT", "ECONNRESET", "SQLSTATE 23505", "PGRST116", "ETIMEDOUT"]
DEVICES = [("insulin pump", "PDM-%#######"), ("CGM transmitter", "8G%@@#@"), ("pacemaker", "PJN%######H"), ("home dialysis cycler", "CYC-%######")]
REGS = {"US": ["HIPAA §164.514(b)", "45 CFR 164.312"], "UK": ["DSPT standard 1", "DCB0129"], "NZ": ["HIPC 2020 rule 5", "HISO 10029:2022"]}
CRONS = ["*/15 * * * *", "0 2 * * 1-5", "30 6 * * *", "5 */4 * * *"]


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d0 = date(2026, 1, 12) + timedelta(days=rng.randrange(300))  # the day of the incident / thread
    used: set[str] = set()
    p = draw_person(rng, loc, used, d0, age_days=AGES.get(kind, (18 * Y + 30, 84 * Y)))
    pa = (d0 - p.dob).days
    child = pa < 18 * Y
    if child:
        r = draw_person(rng, loc, used, d0, culture=p.culture, family=p.family, home=p, age_days=(pa + 20 * Y, pa + 38 * Y))
        m = draw_person(rng, loc, used, d0, culture=p.culture, family=p.family if rng.random() < 0.6 else None, female=not r.female,
                        age_days=(pa + 20 * Y, pa + 40 * Y))  # fmt: skip
    else:
        r = draw_person(rng, loc, used, d0, culture=p.culture, female=not p.female, home=p, family=p.family if rng.random() < 0.6 else None,
                        age_days=(max(19 * Y, pa - 6 * Y), max(20 * Y, pa + 6 * Y)))  # fmt: skip
        m = draw_person(rng, loc, used, d0, culture=p.culture, family=p.family if rng.random() < 0.5 else None,
                        age_days=(max(18 * Y, pa - 40 * Y), max(19 * Y, pa - 18 * Y)))  # fmt: skip
    q = draw_person(rng, loc, used, d0, age_days=(19 * Y, 80 * Y))
    o = draw_person(rng, loc, used, d0, age_days=(90 * Y + 20, 99 * Y))
    s: dict[str, Slot] = {}
    for x, w in (("p", p), ("r", r), ("m", m), ("q", q), ("o", o)):
        s.update(person_slots(x, w, d0))
    s["r_rel"] = ("mother" if r.female else "father") if child else ("wife" if r.female else "husband")
    s["m_rel"] = ("mother" if m.female else "father") if child else ("daughter" if m.female else "son")
    corp, domain = rng.choice(CORPS[loc_code])
    s["corp_name"], s["corp"] = K(corp), domain
    s["corp_slug"] = domain.split(".")[0]
    for x in ("a", "b", "c", "e"):
        s.update(staff_slots(x, staff(rng, used, d0), domain))
    # plain timestamps of the artefact (the incident day), never a labelled date
    base = rng.randint(7 * 3600, 15 * 3600)
    for i in range(1, 10):
        t = base + i * rng.randint(40, 600)
        base = t
        hh, mm, ss = t // 3600, t // 60 % 60, t % 60
        s[f"t{i}"] = f"{d0.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}.{rng.randint(0, 999):03d}Z"
        s[f"h{i}"] = f"{hh:02d}:{mm:02d}:{ss:02d}"
        s[f"e{i}"] = str(int((date(d0.year, d0.month, d0.day) - date(1970, 1, 1)).total_seconds()) + t)
    s["day"] = d0.isoformat()
    s["hdr_date"] = f"{d0:%a}, {d0.day} {d0:%b} {d0.year}"
    s["hdr_prev"] = f"{(d0 - timedelta(days=1)):%a}, {(d0 - timedelta(days=1)).day} {(d0 - timedelta(days=1)):%b} {d0.year}"
    s["ics_stamp"] = f"{d0:%Y%m%d}T{rng.randint(7, 11):02d}0000Z"
    # labelled dates (never the incident day)
    dd = {"a1": d0 + timedelta(days=rng.randint(2, 20)), "a2": d0 + timedelta(days=rng.randint(21, 60)),
          "v1": d0 - timedelta(days=rng.randint(2, 25)), "v2": d0 - timedelta(days=rng.randint(26, 200)),
          "v3": d0 - timedelta(days=rng.randint(201, 600))}  # fmt: skip
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    hh = rng.choice([9, 10, 11, 14, 15])
    s["a1_ics"] = P("DATE", f"{dd['a1']:%Y%m%d}T{hh:02d}{rng.choice(['00', '30'])}00")
    s["a1_fhir"] = P("DATE", f"{dd['a1'].isoformat()}T{hh:02d}:00:00{'-05:00' if loc_code == 'US' else 'Z' if loc_code == 'UK' else '+13:00'}")
    s["v1_hl7"] = P("DATE", f"{dd['v1']:%Y%m%d}{rng.randint(8, 17):02d}{rng.randint(0, 59):02d}")
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    # patient identifiers
    s["mrn"] = F("MRN", "%#######", "MRN%######", "E%#######")
    s["mrn2"] = F("MRN", "%#######", "MRN%######")
    s["mrn_o"] = F("MRN", "%#######", "H%######")
    s["pid"] = F("ID", "pt_%#######", "PAT-%######", "u%########")
    s["pid2"] = F("ID", "pt_%#######", "u%########")
    s["claim"] = F("ID", "CLM-%#######", "%##-######-##", "REF/%######")
    s["docid"] = F("ID", "DOC-%#######", "%########")
    s["acct"] = F("ACCOUNT", "GA-%#######", "%#########", "ACC%######")
    s["card"] = P("ACCOUNT", ids.card_account(rng))
    dev_name, pat = rng.choice(DEVICES)
    s["dev_name"], s["dev_sn"] = K(dev_name), P("DEVICE", fill(rng, pat))
    s["dev_sn2"] = P("DEVICE", fill(rng, "SN%#########"))
    plates = {"US": rng.choice(["@@@ %###", "%@@ %##", "%##-@@@"]), "UK": "@@%# @@@", "NZ": rng.choice(["@@@%##", "%@@%##"])}
    s["plate"] = P("VEHICLE", fill(rng, plates[loc_code]))
    s["vin"] = P("VEHICLE", fill(rng, "%@@@@##@#@@%#####").replace("I", "J").replace("O", "P").replace("Q", "R"))
    s["ip"], s["ip2"] = P("IP", ids.ipv4(rng)), P("IP", ids.ipv4(rng))
    s["token"] = fill(rng, "~~~~~~~~~~~~~~~~~~~~~~")
    s["url"] = P("URL", f"https://portal.{domain}/p/{fill(rng, '&&&&&&&&&&&&')}/results?t={fill(rng, '~~~~~~~~~~~~~~~~')}")
    s["url2"] = P("URL", f"https://files.{domain}/share/{fill(rng, '~~~~~~~~~~~~~~~~~~~~')}/{plain(p.family)}_letter.pdf")
    s["npi"] = ids.npi(rng)  # a clinician's: plain
    s["pdno"] = str(rng.randint(40000, 99999))
    # keep values
    svc = rng.sample(SERVICES, 3)
    s["svc"], s["svc2"], s["svc3"] = K(svc[0]), K(svc[1]), K(svc[2])
    s["pod"] = K(f"{svc[0]}-{fill(rng, '~~~~~~~~~')}-{fill(rng, '&&&&&')}")
    s["ver"], s["ver2"] = K(fill(rng, "v%.%#.%")), K(fill(rng, "%.%#.#"))
    s["sha"] = K(ids.sha(rng))
    s["sha7"] = K(ids.sha(rng)[:7])
    s["sha7b"] = K(ids.sha(rng)[:7])
    proj = {"US": "PLAT", "UK": "EPR", "NZ": "KHT"}[loc_code]
    s["ticket"], s["ticket2"] = K(f"{proj}-{rng.randint(1000, 9999)}"), K(f"SUP-{rng.randint(10000, 99999)}")
    s["inc"] = K(f"INC-{rng.randint(100, 999)}")
    s["err"], s["err2"] = (K(v) for v in rng.sample(ERRORS, 2))
    s["uuid"], s["uuid2"], s["uuid3"] = K(ids.uuid(rng)), K(ids.uuid(rng)), K(ids.uuid(rng))
    s["trace"] = K(fill(rng, "~" * 32))
    s["p99"] = K(f"p99 {rng.randint(1200, 9800)} ms")
    s["errrate"] = K(f"{rng.randint(3, 40)}.{rng.randint(1, 9)}%")
    s["cron"] = K(rng.choice(CRONS))
    s["drug"], s["drug2"] = (K(v) for v in rng.sample(DRUGS, 2))
    (lab, loinc), (lab2, loinc2) = rng.sample(LABS, 2)
    s["lab"], s["loinc"], s["lab2"], s["loinc2"] = K(lab), K(loinc), K(lab2), K(loinc2)
    s["icd"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["clinic"] = K(rng.choice(CLINICS[loc_code]))
    s["reg"], s["reg2"] = K(REGS[loc_code][0]), K(REGS[loc_code][1])
    s["year"] = K(str(d0.year - rng.randint(2, 9)))
    s["nid_label"], s["hp_label"] = NID_LABEL[loc_code], HP_LABEL[loc_code]
    s["region"] = K(p.region)
    s["tz"] = {"US": "America/Chicago", "UK": "Europe/London", "NZ": "Pacific/Auckland"}[loc_code]
    s["cc"] = {"US": "+1", "UK": "+44", "NZ": "+64"}[loc_code]
    return s


# ---- templates ---------------------------------------------------------------------------------------------

EMAIL_THREAD = """Return-Path: <«a_wem»>
Received: from mail-gw2.int.«corp» (10.20.4.17) by mx1.int.«corp» with ESMTPS id 4Zk9fP1qzvz2x;
        «hdr_date» «h5» +0000
Message-ID: <CAF«token»@mail.«corp»>
In-Reply-To: <CAG«e3»@mail.«corp»>
From: «a_n» <«a_wem»>
To: «b_n» <«b_wem»>
Cc: clinical-safety@«corp»
Subject: Re: [«ticket»] Appointment reminder sent to the wrong contact
Date: «hdr_date» «h5» +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hi «b_g»,

Reproduced on staging with a copy of the record (unscrubbed, sorry -- the dump is deleted now).
The reminder for «p_n» (MRN «mrn», DOB «p_dob») went to «q_n»'s mobile «q_ph» instead of
the «r_rel», «r_n» («r_ph»). Root cause: the contact join in ‹reminder_worker› ignores
the effective date of the relationship row. Fix is «sha7» on branch fix/«ticket»-contact-join,
‹notify-svc› «ver» goes out with the «cron» batch tomorrow.

«a_g»

On «hdr_prev» at 16:52, «b_n» <«b_wem»> wrote:
> Can you take this one? The family rang the front desk twice. Contact on file is
> «r_n» <«r_em»>, home address «p_addr».
> The appointment was «a1_long», «clinic».
>
> On «hdr_prev» at 11:03, Patient Support <support@«corp»> wrote:
>> Caller «r_g», surname «r_F», says a text arrived about «q_g»'s «lab» result, not
>> about their own family. Call-back number «r_ph2». Patient's «hp_label» «p_hp».
>> Logged as «ticket2».
>>
>> --
>> «c_n» | Patient Support, Tier 2 | ext. 4471
>
> --
> «b_n», Product Owner, Scheduling

--
«a_n»
Senior Software Engineer, Scheduling | «corp_name»
"""

EMAIL_FORWARD = """From: «b_n» <«b_wem»>
To: dev-escalations@«corp»
Subject: Fwd: complaint - my dad's letter went to a stranger
Date: «hdr_date» «h3» +0000
Content-Type: text/plain; charset=utf-8

Forwarding for the on-call dev. This came in via the contact form, PDF link generator looks broken
(«svc» «ver», error «err» in the logs around «h2»). Please treat as a data incident, «reg» applies (ticket «ticket2»).

---------- Forwarded message ---------
From: «m_n» <«m_em»>
Date: «hdr_prev» at 21:40
Subject: my dad's letter went to a stranger
To: <help@«corp»>

Hello,

I am writing about my father «o_n» (born «o_doblong», he is «o_old» now). He lives with me at
«m_addr». Yesterday a lady called «q_n» phoned us - she had received the clinic letter meant for Dad
through your patient app, with the link «url2». She read out his «nid_label» «o_nid» and
his hospital number «mrn_o» to prove it.

His letter should only go to me. My numbers are «m_ph» and «m_ph2». His «dev_name» (serial «dev_sn») is in it too, and
the letter had all its settings. He has been with the «clinic» since «year». His next appointment is «a1_dmy».

I want to know who else can see his records. Please reply to this address.

«m_g» «m_F»

> Sent from my phone
"""

SLACK = """[
  {"type": "message", "subtype": "channel_join", "user": "U04«e2»", "text": "<@U04«e2»> has joined the channel", "ts": "«e1».000100"},
  {"type": "message", "user": "U02J7Q1RT", "user_profile": {"real_name": "«a_n»", "display_name": "«a_h»"},
   "text": "anyone else seeing «err» from «svc»? «p99» on /appointments since «h2»", "ts": "«e2».004200",
   "thread_ts": "«e2».004200", "reply_count": 3},
  {"type": "message", "user": "U03KX88PL", "user_profile": {"real_name": "«b_n»", "display_name": "«b_h»"},
   "text": "yeah it's one record looping. payload from the dead-letter queue:\\n```{\\"patient\\": \\"«p_n»\\", \\"dob\\": \\"«p_dobiso»\\", \\"mrn\\": \\"«mrn»\\", \\"phone\\": \\"«p_ph»\\", \\"guarantor\\": \\"«r_n»\\", \\"guarantor_acct\\": \\"«acct»\\"}```",
   "ts": "«e3».001900", "thread_ts": "«e2».004200"},
  {"type": "message", "user": "U02J7Q1RT", "user_profile": {"real_name": "«a_n»", "display_name": "«a_h»"},
   "text": "pls don't paste PHI here :grimacing: but thanks. the address is the problem - «p_line», «p_town» «p_pc» has a tab in it from the kiosk import", "ts": "«e4».000300", "thread_ts": "«e2».004200"},
  {"type": "message", "user": "U05PP02ZZ", "user_profile": {"real_name": "«c_n»", "display_name": "«c_h»"},
   "text": "also «q_lf» (MRN «mrn2») in the same batch, email «q_em». both booked «a1_iso» at «clinic», «q_g» is on «q_ph» and has a follow-up «a2_short». I'll reprocess after «sha7» is deployed",
   "ts": "«e5».000800", "thread_ts": "«e2».004200", "reactions": [{"name": "eyes", "users": ["U02J7Q1RT"], "count": 1}]},
  {"type": "message", "user": "U03KX88PL", "user_profile": {"real_name": "«b_n»", "display_name": "«b_h»"},
   "text": "heads-up the «r_rel» («r_em», «r_ph2») already called support, ticket «ticket2». deploy of «svc» «ver» done, error rate back under 0.5%", "ts": "«e6».002300"},
  {"type": "message", "subtype": "bot_message", "username": "Datadog", "text": "[Recovered] «svc» 5xx rate «errrate» -> 0.4% (trace «trace»)", "ts": "«e7».000001"}
]
"""

TEAMS = """{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#teams('«uuid»')/channels('19%3Ameeting_«token»%40thread.tacv2')/messages",
  "value": [
    {"id": "«e1»123", "messageType": "message", "createdDateTime": "«t1»", "importance": "high",
     "from": {"user": {"id": "«uuid2»", "displayName": "«c_n»", "userIdentityType": "aadUser"}},
     "subject": "Duplicate patient merge - «ticket»",
     "body": {"contentType": "html", "content": "<p>Merge job <b>«ticket»</b> joined two records that are NOT the same person:</p><ul><li>«p_NC» - «nid_label» «p_nid» - DOB «p_dob» - «p_town»</li><li>«q_NC» - «q_nid» - DOB «q_dob»</li></ul><p>Match score 0.91 came from the shared landline «p_ph». Rule <code>dedupe_v3</code>, job «uuid3».</p>"},
     "mentions": []},
    {"id": "«e2»456", "messageType": "message", "createdDateTime": "«t2»", "replyToId": "«e1»123",
     "from": {"user": {"id": "«uuid»", "displayName": "«a_n»", "userIdentityType": "aadUser"}},
     "body": {"contentType": "html", "content": "<p>Split done in prod. <at id=\\"0\\">«e_n»</at> can you check the «clinic» list? «p_g»'s «drug» script was attached to the merged chart on «v1_dmy».</p>"},
     "mentions": [{"id": 0, "mentionText": "«e_n»", "mentioned": {"user": {"displayName": "«e_n»", "userIdentityType": "aadUser"}}}]},
    {"id": "«e3»789", "messageType": "message", "createdDateTime": "«t3»", "replyToId": "«e1»123",
     "from": {"user": {"id": "«uuid2»", "displayName": "«e_n»", "userIdentityType": "aadUser"}},
     "body": {"contentType": "html", "content": "<p>Checked. I rang «p_g»'s «r_rel» «r_n» on «r_ph» to explain; «r_he» asked for a copy of the corrected record by email to «r_em». The «hp_label» «p_hp» is back on the right patient, follow-up «a2_dmy» kept, «lab» result re-filed. «q_g»'s own chart has «drug2» again. Closing «ticket» with ‹HTTP 200› from /merge/undo («svc» «ver»).</p>"}}
  ],
  "@odata.nextLink": null
}
"""

ICS = """BEGIN:VCALENDAR\r
PRODID:-//«corp_name»//Telehealth Scheduler «ver»//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:«tz»\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:«uuid»@telehealth.«corp»\r
DTSTAMP:«ics_stamp»\r
DTSTART;TZID=«tz»:«a1_ics»\r
DURATION:PT30M\r
SUMMARY:Video visit - «p_n» - «clinic»\r
ORGANIZER;CN=«a_n»:mailto:«a_wem»\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;\r
 CN=«r_n»:mailto:«r_em»\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=«e_n»:mailt\r
 o:«e_wem»\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=«m_n»:\r
 mailto:«m_em»\r
DESCRIPTION:Patient: «p_n» (DOB «p_dob»\\, MRN «mrn»)\\nCall-back if video fails: \r
 «p_ph» or «r_ph2» («r_rel»)\\nAddress on file: «p_addr» («region»)\\nRe\r
 ason: review of «lab» and «drug» dose («icd»)\\nJoi\r
 n link for the family: «url»\\nInterpreter booked. Do not reply\\, this mailbox is \r
 not monitored («svc»).\r
LOCATION:Video - «clinic»\r
COMMENT:Second contact «m_ph». Booked by «svc2» «ver2»\r
X-MS-OLK-CONFTYPE:0\r
BEGIN:VALARM\r
TRIGGER:-PT15M\r
ACTION:DISPLAY\r
DESCRIPTION:Reminder\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
"""

PAGERDUTY = """PagerDuty  ·  Incident #«pdno»  ·  [SEV-2] «svc» - appointment confirmations failing («err»)
Service: «svc» (production)   Urgency: High   Escalation policy: Clinical Platform - 24x7   Priority: P2
Status: Resolved   Duration: 1h 42m   Related: «inc», «ticket»

TIMELINE
«h1»  Triggered via Datadog monitor "5xx rate > 5% on «svc»" ({{value}} = «errrate»)
«h1»  Notified «a_n» via push, SMS                          (escalation level 1)
«h2»  Acknowledged by «a_n»
«h2»  Note by «a_n»: single message poisoning the queue. Payload shows patient «p_n», MRN «mrn»,
        appt «a1_loc» «clinic». Phone field «p_ph» has an extension "x" the parser rejects.
«h3»  Responder request: «b_n» (Database) added by «a_n»
«h4»  Note by «b_n»: same pattern for «q_n» (DOB «q_dob», MRN «mrn2»). Both came from the kiosk check-in,
        kiosk client «ip» and «ip2».
«h5»  Status update posted to Statuspage: "Some appointment confirmations are delayed."
«h6»  Note by «a_n»: hotfix «sha7» deployed, «svc» «ver». Replayed 212 messages, 0 failures.
«h7»  Note by «c_n» (Patient Support): «p_g»'s «r_rel» «r_n» called asking why no confirmation came;
        told them the visit on «a1_short» stands. Callback on «r_ph», confirmation resent to «r_em».
«h7»  Note by «a_n»: patient's DOB «p_dob» matches (age «p_age»); no other field affected. Runbook: «svc2» / replay
«h8»  Resolved by «a_n»
«h9»  Postmortem scheduled: «inc» ("Kiosk phone-extension parsing"), owner «b_n»

Opsgenie alias: «svc»-5xx  ·  Datadog monitor id 8812734  ·  Trace «trace»
"""

SENTRY = """{
  "event_id": "«token»",
  "project": "«svc»",
  "release": "«svc»@«ver2»",
  "environment": "production",
  "level": "error",
  "timestamp": "«t4»",
  "platform": "python",
  "exception": {"values": [{"type": "ValidationError", "value": "1 validation error for PatientUpdate\\nphone\\n  value is not a valid phone number [type=value_error, input_value='«p_ph»']",
    "module": "pydantic_core._pydantic_core", "stacktrace": {"frames": [{"filename": "app/routes/patients.py", "function": "update_patient", "lineno": 214}]}}]},
  "user": {"id": "«pid»", "email": "«p_em»", "ip_address": "«ip»", "username": "«p_f».«p_g»"},
  "request": {
    "url": "https://api.«corp»/v2/patients/«pid»",
    "method": "PATCH",
    "headers": {"User-Agent": "PatientApp/«ver» (iPhone; iOS 18.4)", "X-Request-Id": "«uuid»", "X-Forwarded-For": "«ip», «ip2»"},
    "data": {"given_name": "«p_g»", "family_name": "«p_f»", "birth_date": "«p_dobiso»", "phone": "«p_ph»",
             "address": {"line": "«p_line»", "city": "«p_town»", "postal_code": "«p_pc»", "state": "«p_state»"},
             "emergency_contact": {"name": "«m_n»", "relationship": "«m_rel»", "phone": "«m_ph»"},
             "insurance": {"member_id": "«p_hp»", "group": "GRP-44120"}}
  },
  "breadcrumbs": {"values": [
    {"timestamp": "«t1»", "category": "navigation", "data": {"from": "/profile", "to": "/profile/edit"}},
    {"timestamp": "«t2»", "category": "http", "data": {"method": "GET", "url": "/v2/patients/«pid»/devices", "status_code": "200"}},
    {"timestamp": "«t2»", "category": "console", "message": "device «dev_sn» paired, last sync «v1_iso»"},
    {"timestamp": "«t3»", "category": "ui.input", "message": "input[name=phone] changed"},
    {"timestamp": "«t4»", "category": "http", "data": {"method": "PATCH", "url": "/v2/patients/«pid»", "status_code": "422"}}
  ]},
  "tags": {"http.status_code": "422", "error.code": "«err»", "trace_id": "«trace»", "runtime": "CPython 3.12.4", "upstream": "«svc2»", "transaction_id": "«uuid2»", "lab_panel": "«loinc»"},
  "contexts": {"trace": {"trace_id": "«trace»", "op": "http.server"}, "app": {"build": "«sha7»"}},
  "sdk": {"name": "sentry.python.fastapi", "version": "«ver2»"}
}
"""

POD_LOGS = """{"time": "«t1»", "stream": "stdout", "log": "INFO  [«svc»] starting worker «ver», commit «sha», schedule «cron»", "kubernetes": {"pod_name": "«pod»", "namespace_name": "clinical", "host": "ip-10-42-7-19.ec2.internal", "container_image": "registry.«corp»/«svc»:«ver»"}}
{"time": "«t2»", "stream": "stdout", "log": "INFO  [«svc»] processing referral «claim» for patient «p_n» (MRN «mrn»)", "kubernetes": {"pod_name": "«pod»", "namespace_name": "clinical"}}
{"time": "«t2»", "stream": "stderr", "log": "WARN  [«svc»] address normalisation failed: '«p_line», «p_town» «p_pc»' -> no geocode match", "kubernetes": {"pod_name": "«pod»", "namespace_name": "clinical"}}
{"time": "«t3»", "stream": "stdout", "log": "DEBUG [«svc»] outbound SMS to «p_ph2» template=appt_reminder appt=«a1_iso» clinic='«clinic»'", "kubernetes": {"pod_name": "«pod»", "namespace_name": "clinical"}}
{"time": "«t4»", "stream": "stderr", "log": "ERROR [«svc»] «err»: POST https://fhir.«corp»/r4/Patient returned ‹HTTP 409› (identifier «nid_label» «p_nid» already linked to «q_lf»)", "kubernetes": {"pod_name": "«pod»", "namespace_name": "clinical"}}
{"time": "«t5»", "stream": "stderr", "log": "ERROR [«svc»] payload={'name': '«p_NC»', 'birthDate': '«p_dobiso»', 'licence': '«p_dl»', 'next_of_kin': '«r_n» «r_ph»'}", "kubernetes": {"pod_name": "«pod»", "namespace_name": "clinical"}}
{"time": "«t6»", "stream": "stdout", "log": "«hdr_date» «h6» ip-10-42-7-19 kubelet[1187]: I0412 Killing container with id containerd://«sha7» (OOMKilled), restarts=4", "systemd": {"unit": "kubelet.service", "boot_id": "«uuid»"}}
{"time": "«t7»", "stream": "stdout", "log": "INFO  [«svc»] retry 1/5 referral «claim» patient_email=«p_em» requested_by=«r_em»", "kubernetes": {"pod_name": "«pod»", "namespace_name": "clinical"}}
{"time": "«t8»", "stream": "stdout", "log": "INFO  [«svc»] done in 2841 ms, «p99», queue depth 0", "kubernetes": {"pod_name": "«pod»", "namespace_name": "clinical"}}
"""

TERRAFORM = """Terraform used the selected providers to generate the following execution plan. Resource actions are
indicated with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_cloudwatch_event_rule.synthetic_canary will be updated in-place
  ~ resource "aws_cloudwatch_event_rule" "synthetic_canary" {
        id                  = "«svc»-canary"
      ~ schedule_expression = "cron(0 * * * ? *)" -> "cron(«cron»)"
        tags                = {
            "Service" = "«svc»"
            "Ticket"  = "«ticket»"
        }
    }

  # aws_dynamodb_table_item.canary_patient will be created
  + resource "aws_dynamodb_table_item" "canary_patient" {
      + hash_key   = "patient_id"
      + id         = (known after apply)
      + item       = jsonencode(
            {
              + address    = { S = "«p_line», «p_town» «p_pc»" }
              + birth_date = { S = "«p_dobiso»" }
              + email      = { S = "«p_em»" }
              + full_name  = { S = "«p_n»" }
              + mrn        = { S = "«mrn»" }
              + national   = { S = "«p_nid»" }
              + patient_id = { S = "«pid»" }
              + phone      = { S = "«p_ph»" }
            }
        )
      + table_name = "«svc»-fixtures-prod"
    }

  # aws_lambda_function.canary will be updated in-place
  ~ resource "aws_lambda_function" "canary" {
        function_name = "«svc»-canary"
      ~ environment {
          ~ variables = {
              ~ "CANARY_MRN"        = "«mrn2»" -> "«mrn»"
              + "CANARY_PLAN_ID"    = "«p_hp»"
              + "CANARY_GUARDIAN"   = "«r_n»"
              + "CANARY_SMS_TO"     = "«r_ph»"
                "LOG_LEVEL"         = "info"
                "RELEASE"           = "«ver»"
            }
        }
        # (18 unchanged attributes hidden)
    }

  # aws_s3_object.seed_letter will be created
  + resource "aws_s3_object" "seed_letter" {
      + bucket  = "«svc»-letters-prod"
      + key     = "letters/«docid».pdf"
      + etag    = "«sha»"
      + tags    = {
          + "patient" = "«q_n»"
          + "dob"     = "«q_dobiso»"
          + "sms"     = "«q_ph»"
          + "owner"   = "«svc2»"
        }
    }

Plan: 2 to add, 2 to change, 0 to destroy.

Saved the plan to: tfplan-«uuid3».out (run by CI job for «ticket»)

Warning: Argument is deprecated (‹hashicorp/aws› «ver2»)
"""

POSTMAN = """{
  "info": {"_postman_id": "«uuid»", "name": "«svc» - regression «ticket»", "description": "Reproduces «err» on «svc2» «ver2» (‹HTTP 409› on re-create); run daily «cron»", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "variable": [{"key": "baseUrl", "value": "https://api-staging.«corp»"}, {"key": "patientId", "value": "«pid»"}],
  "item": [
    {"name": "Create patient (copy of prod record)",
     "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/fhir+json"}, {"key": "X-Client-IP", "value": "«ip»"}],
       "url": {"raw": "{{baseUrl}}/fhir/r4/Patient", "host": ["{{baseUrl}}"], "path": ["fhir", "r4", "Patient"]},
       "body": {"mode": "raw", "raw": "{\\n  \\"resourceType\\": \\"Patient\\",\\n  \\"identifier\\": [{\\"system\\": \\"urn:mrn\\", \\"value\\": \\"«mrn»\\"}, {\\"system\\": \\"urn:national\\", \\"value\\": \\"«p_nid»\\"}],\\n  \\"name\\": [{\\"family\\": \\"«p_f»\\", \\"given\\": [\\"«p_g»\\"]}],\\n  \\"birthDate\\": \\"«p_dobiso»\\",\\n  \\"telecom\\": [{\\"system\\": \\"phone\\", \\"value\\": \\"«p_ph»\\"}, {\\"system\\": \\"email\\", \\"value\\": \\"«p_em»\\"}],\\n  \\"address\\": [{\\"line\\": [\\"«p_line»\\"], \\"city\\": \\"«p_town»\\", \\"postalCode\\": \\"«p_pc»\\"}],\\n  \\"contact\\": [{\\"name\\": {\\"text\\": \\"«r_n»\\"}, \\"telecom\\": [{\\"value\\": \\"«r_ph»\\"}]}]\\n}"}},
     "response": [{"name": "201 Created", "code": 201, "status": "Created", "body": "{\\"id\\": \\"«pid»\\", \\"meta\\": {\\"versionId\\": \\"1\\"}}"}]},
    {"name": "Book transport",
     "request": {"method": "POST", "url": {"raw": "{{baseUrl}}/transport/bookings"},
       "body": {"mode": "raw", "raw": "{\\"patient\\": \\"{{patientId}}\\", \\"pickup\\": \\"«p_line», «p_town»\\", \\"date\\": \\"«a2_iso»\\", \\"vehicle\\": {\\"plate\\": \\"«plate»\\", \\"vin\\": \\"«vin»\\"}, \\"escort\\": \\"«m_n»\\"}"}},
     "event": [{"listen": "test", "script": {"exec": ["pm.test('status 201', () => pm.response.to.have.status(201));", "pm.expect(pm.response.json().error).to.not.eql('«err»');"]}}]},
    {"name": "Get claim",
     "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/billing/claims/«claim»?account=«acct»"}},
     "response": [{"name": "404", "code": 404, "status": "Not Found", "body": "{\\"error\\": \\"«err»\\", \\"trace\\": \\"«trace»\\"}"}]}
  ]
}
"""

HAR = """{
  "log": {
    "version": "1.2",
    "creator": {"name": "WebInspector", "version": "537.36"},
    "comment": "exported for «ticket» by support; trace «trace»; upstream «svc2»",
    "pages": [{"startedDateTime": "«t1»", "id": "page_3", "title": "Patient portal - «corp_name»", "pageTimings": {"onLoad": 2231.4}}],
    "entries": [
      {"pageref": "page_3", "startedDateTime": "«t2»", "time": 812.7, "serverIPAddress": "10.0.8.41",
       "request": {"method": "GET", "url": "https://portal.«corp»/api/v3/search?name=«p_f»,+«p_g»&dob=«p_dobiso»",
         "httpVersion": "HTTP/2", "headers": [{"name": "x-forwarded-for", "value": "«ip»"}, {"name": "x-request-id", "value": "«uuid»"}, {"name": "referer", "value": "«url2»"}],
         "queryString": [{"name": "name", "value": "«p_lf»"}, {"name": "dob", "value": "«p_dobiso»"}], "cookies": [], "headersSize": -1, "bodySize": 0},
       "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2", "headers": [{"name": "server-timing", "value": "db;dur=640"}],
         "content": {"size": 512, "mimeType": "application/json", "text": "{\\"results\\": [{\\"mrn\\": \\"«mrn»\\", \\"name\\": \\"«p_NC»\\", \\"phone\\": \\"«p_ph»\\", \\"portal_link\\": \\"«url»\\"}]}"}}},
      {"pageref": "page_3", "startedDateTime": "«t3»", "time": 95.2,
       "request": {"method": "POST", "url": "https://portal.«corp»/api/v3/payments", "httpVersion": "HTTP/2",
         "postData": {"mimeType": "application/json", "text": "{\\"account\\": \\"«acct»\\", \\"card\\": \\"«card»\\", \\"payer\\": \\"«r_n»\\", \\"payer_email\\": \\"«r_em»\\", \\"billing_zip\\": \\"«r_pc»\\"}"},
         "headers": [{"name": "content-type", "value": "application/json"}], "cookies": [], "headersSize": -1, "bodySize": 188},
       "response": {"status": 502, "statusText": "Bad Gateway", "httpVersion": "HTTP/2", "headers": [],
         "content": {"size": 61, "mimeType": "application/json", "text": "{\\"error\\": \\"«err»\\", \\"service\\": \\"«svc»\\", \\"version\\": \\"«ver»\\"}"}}},
      {"pageref": "page_3", "startedDateTime": "«t4»", "time": 41.0,
       "request": {"method": "GET", "url": "https://portal.«corp»/api/v3/patients/«pid»/contacts", "httpVersion": "HTTP/2", "headers": [], "cookies": [], "headersSize": -1, "bodySize": 0},
       "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2", "headers": [],
         "content": {"size": 230, "mimeType": "application/json", "text": "[{\\"name\\": \\"«m_n»\\", \\"relationship\\": \\"«m_rel»\\", \\"mobile\\": \\"«m_ph»\\", \\"email\\": \\"«m_em»\\"}]"}}}
    ]
  }
}
"""

ELASTIC = """{
  "took": 38,
  "timed_out": false,
  "_shards": {"total": 6, "successful": 6, "skipped": 0, "failed": 0},
  "hits": {
    "total": {"value": 3, "relation": "eq"},
    "max_score": 14.2,
    "hits": [
      {"_index": "patients-v7-«ver2»", "_id": "«pid»", "_score": 14.2,
       "_source": {"mrn": "«mrn»", "name": {"given": "«p_g»", "family": "«p_f»"}, "dob": "«p_dobiso»", "age": "«p_age»", "gender": "«p_gender»",
         "phones": ["«p_ph»", "«p_ph2»"], "email": "«p_em»", "address": {"line": "«p_line»", "city": "«p_town»", "postcode": "«p_pc»", "region": "«region»"},
         "conditions": ["«icd»", "«icd2»"], "last_visit": "«v1_iso»", "devices": [{"type": "«dev_name»", "serial": "«dev_sn»"}]}},
      {"_index": "patients-v7-«ver2»", "_id": "«pid2»", "_score": 9.7,
       "_source": {"mrn": "«mrn2»", "name": {"given": "«q_g»", "family": "«q_f»"}, "dob": "«q_dobiso»", "gender": "«q_gender»",
         "phones": ["«q_ph»"], "email": "«q_em»", "conditions": ["«icd»"], "last_visit": "«v2_iso»"}},
      {"_index": "patients-v7-«ver2»", "_id": "«docid»", "_score": 6.1,
       "_source": {"mrn": "«mrn_o»", "name": {"given": "«o_g»", "family": "«o_f»"}, "dob": "«o_dobiso»", "age": "«o_old»", "first_seen": "«year»",
         "next_of_kin": {"name": "«r_n»", "phone": "«r_ph»"}, "conditions": ["«icd2»"], "last_visit": "«v3_iso»", "note": "«drug» started, recheck «lab» (LOINC «loinc»)"}}
    ]
  },
  "profile": {"query": "multi_match fuzziness=AUTO on name.given, name.family", "request_id": "«uuid»", "cluster": "os-clinical-prod"}
}
"""

REDIS = """$ redis-cli -h cache-01.«svc».prod.internal -p 6379 MONITOR
OK
«e2».104233 [0 10.42.3.88:51544] "HGETALL" "session:«uuid»"
«e2».104901 [0 10.42.3.88:51544] "HSET" "session:«uuid»" "patient_id" "«pid»" "display_name" "«p_n»" "dob" "«p_dobiso»" "last_ip" "«ip»"
«e2».105377 [0 10.42.3.88:51544] "EXPIRE" "session:«uuid»" "1800"
«e3».220118 [0 10.42.5.12:40210] "SET" "otp:«p_ph»" "448120" "EX" "300"
«e3».220907 [0 10.42.5.12:40210] "LPUSH" "sms:outbox" "{\\"to\\":\\"«p_ph»\\",\\"body\\":\\"Hi «p_g», your code is 448120\\"}"
«e4».001562 [0 10.42.3.91:38862] "GET" "appt:next:«pid»"
«e4».002014 [0 10.42.3.91:38862] "SET" "appt:next:«pid»" "{\\"date\\":\\"«a1_iso»\\",\\"clinic\\":\\"«clinic»\\",\\"with\\":\\"«r_n»\\"}" "EX" "86400"
«e5».331870 [0 10.42.5.12:40222] "ZADD" "rate:«svc»" "«e5»" "«ip2»"
^C
$ redis-cli -h cache-01.«svc».prod.internal HGETALL "patient:«pid»:profile"
 1) "name"
 2) "«p_NC»"
 3) "email"
 4) "«p_em»"
 5) "address"
 6) "«p_line», «p_town», «p_pc»"
 7) "mrn"
 8) "«mrn»"
 9) "guarantor"
10) "«r_lf»"
11) "guarantor_account"
12) "«acct»"
13) "schema"
14) "«ver»"
$ redis-cli INFO stats | grep -E 'keyspace|evicted'
keyspace_hits:8823104
keyspace_misses:120433
evicted_keys:0
# «ticket» / «inc»: cache keeps PHI in clear after logout, TTL ignored on «svc» «ver2» («err»)
"""

KAFKA = """$ kafka-console-consumer.sh --bootstrap-server b-1.msk-clinical.«corp»:9096 --topic adt.inbound.v2 \\
    --from-beginning --max-messages 4 --property print.key=true --property print.headers=true \\
    --property print.timestamp=true --consumer.config /etc/kafka/client.properties
CreateTime:«e1»123	source:hl7-bridge,traceparent:00-«trace»-01,schema:«ver2»	«mrn»	MSH|^~\\&|EPIC|«clinic»|«svc»|CORE|«v1_hl7»||ADT^A04|«e1»|P|2.5.1
PID|1||«mrn»^^^HOSP^MR~«p_nid»^^^NATIONAL^NI||«p_F»^«p_G»^^^^^L||«p_dobhl7»|«p_sex»|||«p_line»^^«p_town»^^«p_pc»||«p_ph»^PRN^PH~^NET^Internet^«p_em»
NK1|1|«r_F»^«r_G»|«r_rel»|||«r_ph»
IN1|1|PLAN01|||||||||||||||||||||||||||||||||||«p_hp»
CreateTime:«e2»456	source:hl7-bridge,traceparent:00-«trace»-02,schema:«ver2»	«mrn2»	MSH|^~\\&|EPIC|«clinic»|«svc»|CORE|«v1_hl7»||ADT^A08|«e2»|P|2.5.1
PID|1||«mrn2»^^^HOSP^MR||«q_F»^«q_G»^^^^^L||«q_dobhl7»|«q_sex»|||||«q_ph»^PRN^CP
CreateTime:«e3»789	source:fhir-sync,schema:«ver2»	«pid»	{"resourceType":"Appointment","id":"«uuid»","status":"booked","start":"«a1_fhir»","participant":[{"actor":{"reference":"Patient/«pid»","display":"«p_n»"}}],"serviceType":[{"text":"«clinic»"}]}
CreateTime:«e4»012	source:fhir-sync,schema:«ver2»	«pid»	{"resourceType":"Device","id":"«uuid2»","serialNumber":"«dev_sn»","type":{"text":"«dev_name»"},"patient":{"reference":"Patient/«pid»"}}
Processed a total of 4 messages
[«day» «h9»,112] WARN [Consumer clientId=console-consumer-«e9», groupId=console-consumer-«e8»] Offset commit failed («err2»)
"""

CONFLUENCE = """<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>
<h1>Post-incident review: «inc» - portal showed another family's child</h1>
<ac:structured-macro ac:name="info" ac:schema-version="1"><ac:rich-text-body><p>Status: <strong>Final</strong> · Owner: <ac:link><ri:user ri:account-id="«uuid2»" /></ac:link> «a_n» · Jira: «ticket»</p></ac:rich-text-body></ac:structured-macro>
<h2>Summary</h2>
<p>Between «h1» and «h5» UTC the portal's dependant switcher returned the wrong child for 14 accounts after
release «ver» of <code>«svc»</code>. Escalated by an account holder, «r_n» («r_em»), who saw «q_n» listed under their
account instead of their own dependant «p_n» (aged «p_age»).</p>
<h2>Impact</h2>
<table><tbody>
<tr><th>Account holder</th><th>Dependant shown</th><th>Should have been</th><th>Contact</th></tr>
<tr><td>«r_n»</td><td>«q_n» (DOB «q_dob»)</td><td>«p_n» (DOB «p_dob»)</td><td>«r_ph»</td></tr>
<tr><td>«m_n»</td><td>«o_n», aged «o_old»</td><td>none (the account has no dependants)</td><td>«m_ph»</td></tr>
</tbody></table>
<h2>Timeline</h2>
<ul><li>«h1» - deploy «sha7» ("cache dependant list per household")</li><li>«h3» - support call from «r_g», ticket «ticket2»</li><li>«h5» - rollback, cache flushed</li></ul>
<h2>Evidence</h2>
<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">json</ac:parameter><ac:plain-text-body><![CDATA[{"household": "«acct»", "members": [{"id": "«pid»", "name": "«p_n»", "nhs_or_ssn": "«p_nid»"}, {"id": "«pid2»", "name": "«q_n»"}], "address": "«p_line», «p_town» «p_pc»"}]]></ac:plain-text-body></ac:structured-macro>
<h2>Actions</h2>
<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Key the cache on account id, not «region» household address (<ac:link><ri:page ri:content-title="«ticket»" /></ac:link>)</ac:task-body></ac:task></ac:task-list>
<p>Notified under «reg». Metric at peak: error budget burn «errrate».</p>
</ac:layout-cell></ac:layout-section></ac:layout>
"""

ZENDESK = """{
  "ticket": {
    "id": «pdno», "url": "https://«corp_slug».zendesk.com/api/v2/tickets/«pdno».json", "created_at": "«t1»", "updated_at": "«t6»",
    "subject": "Can't log in - app says my details don't match", "status": "pending", "priority": "high", "tags": ["login", "identity", "«svc»", "«inc»"],
    "requester": {"name": "«p_n»", "email": "«p_em»", "phone": "«p_ph»"},
    "custom_fields": [{"id": 360001, "value": "«mrn»"}, {"id": 360002, "value": "«p_dobiso»"}, {"id": 360003, "value": "«p_dl»"}, {"id": 360004, "value": "«ticket»"}],
    "via": {"channel": "web", "source": {"from": {"ip_address": "«ip»"}}}
  },
  "comments": [
    {"id": 1, "author": "«p_n»", "public": true, "created_at": "«t1»",
     "body": "Hi, I keep getting «err» when I try to log in. I uploaded my driving licence («p_dl») like the app asked. My date of birth is «p_doblong» and I live at «p_addr». I'm «p_age» and have had the app since «year». My «r_rel» «r_n» set the account up for me, the email is «r_em»."},
    {"id": 2, "author": "«c_n»", "public": false, "created_at": "«t3»",
     "body": "Internal: identity check fails because the record has DOB «p_dob» but the licence OCR read «v3_loc». Also note the account is linked to card «card». Escalating to «svc» team («ticket»)."},
    {"id": 3, "author": "«c_n»", "public": true, "created_at": "«t4»",
     "body": "Thanks «p_g». We've found the issue and the fix goes out in version «ver». In the meantime you can call us; we have your number as «p_ph2»."},
    {"id": 4, "author": "«a_n»", "public": false, "created_at": "«t6»",
     "body": "Deployed «sha7». OCR date parser was reading dd/mm as mm/dd for «region». Closing once «p_g» confirms."}
  ]
}
"""

TRANSCRIPT = """Screen recording - "«ticket» repro with support" - «corp_name» - auto-transcript (Loom), «hdr_date»
Duration 06:41 · Recorded by «c_n» · Viewers: «a_n», «b_n»

00:00:03  «c_n»: Okay, recording. So this is the call with the family contact, I'm sharing the admin console.
00:00:11  «c_n»: On screen you can see the patient search. I type «o_F», comma, «o_g»... there he is,
          «o_n», date of birth «o_doblong». He's «o_old», so the age shows as ninety plus, which is right.
00:00:34  «m_n» (caller): Yes that's Dad. The app keeps saying his «dev_name» isn't registered.
00:00:41  «c_n»: Can you read me the serial on the back of the unit?
00:00:45  «m_n» (caller): It's «dev_sn». And the old one was «dev_sn2».
00:01:02  «c_n»: Right, and the system has... the old one. On screen: device list, status "retired", error «err».
00:01:20  «c_n»: Can I confirm your details as the nominated contact? Mobile «m_ph», email «m_em»?
00:01:28  «m_n» (caller): The mobile is right, the email is «m_em», yes. Address is still «o_line», «o_town».
00:01:45  «c_n»: And his «nid_label» is «o_nid», hospital number «mrn_o». Okay.
00:02:30  «c_n»: [pauses recording to open the device registry; resumes] Now the registry API returns ‹HTTP 409›.
00:03:12  «c_n»: For the devs watching: the request goes to «svc», build «ver», trace «trace».
00:04:05  «m_n» (caller): He's also got the transport booked on «a1_long», will that still come? The car was «plate».
00:04:19  «c_n»: Yes, transport is a different system. I'll note it on «ticket».
00:05:50  «c_n»: Thanks «m_g», we'll call you back on «m_ph» once it's fixed. Stopping the recording.
[Auto-generated summary] Caller reported the «dev_name» not registered; replacement serial rejected with «err».
"""

GIT_PATCH = """From «sha» Mon Sep 17 00:00:00 2001
From: «a_n» <«a_wem»>
Date: «hdr_date» «h2» +0000
Subject: [PATCH v2 2/3] «svc»: handle apostrophes and macrons in family names

Reported in «ticket»: names like the one in the new fixture were rejected by
the HL7 PID-5 parser with «err». The fixture is copied from the failing
prod message (to be replaced with synthetic data before merge -- TODO).

Reviewed-by: «b_n» <«b_wem»>
Signed-off-by: «a_n» <«a_wem»>
---
 «svc»/parsers/pid.py                     | 12 +++++++++---
 «svc»/tests/fixtures/adt_a04_«ticket».hl7 |  4 ++++
 «svc»/tests/test_pid.py                  | 19 +++++++++++++++++++
 3 files changed, 32 insertions(+), 3 deletions(-)

diff --git a/«svc»/tests/fixtures/adt_a04_«ticket».hl7 b/«svc»/tests/fixtures/adt_a04_«ticket».hl7
new file mode 100644
index 0000000..«sha7»
--- /dev/null
+++ b/«svc»/tests/fixtures/adt_a04_«ticket».hl7
@@ -0,0 +1,4 @@
+MSH|^~\\&|EPIC|«clinic»|«svc»|CORE|«v1_hl7»||ADT^A04|88120|P|2.5.1
+PID|1||«mrn»^^^HOSP^MR||«p_F»^«p_G»||«p_dobhl7»|«p_sex»|||«p_line»^^«p_town»^^«p_pc»||«p_ph»
+NK1|1|«r_F»^«r_G»|«r_rel»|||«r_ph»
+PV1|1|O|«clinic»||||«npi»^CLINICIAN^A|||||||||||«acct»
diff --git a/«svc»/tests/test_pid.py b/«svc»/tests/test_pid.py
index «sha7b»..4e1d2a9 100644
--- a/«svc»/tests/test_pid.py
+++ b/«svc»/tests/test_pid.py
@@ -40,6 +40,25 @@ def test_pid_basic():
+def test_pid_family_name_with_apostrophe():
+    msg = load_fixture("adt_a04_«ticket».hl7")
+    pid = parse_pid(msg)
+    assert pid.family == "«p_f»"
+    assert pid.given == "«p_g»"
+    assert pid.birth_date == "«p_dobiso»"
+    assert pid.identifiers["MR"] == "«mrn»"
+
+
+def test_next_of_kin_phone_is_normalised():
+    nk1 = parse_nk1(load_fixture("adt_a04_«ticket».hl7"))
+    assert nk1.name == "«r_n»"
+    assert nk1.phone_e164.startswith("«cc»")
+    # second patient seen in the same prod batch: «q_n», «q_nid», «q_em»
+
--\x20
2.47.1 («svc2» CI: «err2» expected before the fix)
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("dev71_email_thread_rfc822", ["US", "UK"], "text", EMAIL_THREAD),
    ("dev71_forwarded_complaint_email", ["NZ", "UK"], "text", EMAIL_FORWARD),
    ("dev71_slack_channel_export", ["US", "NZ"], "json", SLACK),
    ("dev71_teams_channel_export", ["UK", "NZ"], "json", TEAMS),
    ("dev71_telehealth_ics_invite", ["US", "UK"], "text", ICS),
    ("dev71_pagerduty_incident_timeline", ["US", "NZ"], "text", PAGERDUTY),
    ("dev71_sentry_event_json", ["UK", "US"], "json", SENTRY),
    ("dev71_eks_pod_logs_cloudwatch", ["NZ", "US"], "ndjson", POD_LOGS),
    ("dev71_terraform_plan_output", ["US", "UK"], "text", TERRAFORM),
    ("dev71_postman_collection", ["NZ", "US"], "json", POSTMAN),
    ("dev71_har_file_excerpt", ["UK", "NZ"], "json", HAR),
    ("dev71_opensearch_query_results", ["US", "NZ"], "json", ELASTIC),
    ("dev71_redis_monitor_cli", ["UK", "US"], "text", REDIS),
    ("dev71_kafka_console_consumer", ["US", "UK"], "text", KAFKA),
    ("dev71_confluence_storage_xml", ["NZ", "UK"], "text", CONFLUENCE),
    ("dev71_zendesk_ticket_export", ["US", "UK"], "json", ZENDESK),
    ("dev71_support_call_recording_transcript", ["UK", "NZ"], "text", TRANSCRIPT),
    ("dev71_git_format_patch_email", ["NZ", "US"], "text", GIT_PATCH),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe71:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
