# ruff: noqa: E501  (hand-aligned templates)
"""Ninety-sixth independent probe corpus: EHR access-audit and privacy-monitoring text of US health systems --
what a hospital privacy office reads -- built the way an outside evaluator builds a held-out set, with its own
templates and its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each: an EHR access-audit log export (CSV), a break-the-glass
justification log, a privacy-monitoring alert queue (VIP, co-worker, family-member, same-last-name and
same-address rules), a privacy investigation report, an employee interview summary, a sanction letter, a
patient breach-notification letter, a four-factor breach risk assessment, an OCR breach-report worksheet, an
accounting of access sent to a patient who asked for it, SIEM login events (NDJSON), an Epic/Cerner-style
audit-trail printout (fixed-width), a patient-portal proxy / delegate access audit, a print and download log,
an e-mail thread between the privacy officer and a manager, a Teams chat, a training-attestation list and an HR
termination checklist with EHR deprovisioning. Names in the shapes these systems print them: "FAMILY,GIVEN"
(Epic and Cerner audit trails), "Family, Given", "Given Family", "G. Family", logins made of names
("kskouras", "SKOURASK", "kskouras2").

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the main patient (aged 90+ half the time),
`r` a relative or portal proxy, `q1`-`q4` other patients, `u1`-`u4` employees whose access is audited (`u1` is the
employee under investigation; in a same-last-name document `u1` shares `p`'s family name, in a same-address
document `u2` lives at `q1`'s address), `po` the privacy officer, `mg` the employee's manager, `hr` an HR
partner, `it` an IAM / IT analyst. Forms: `_n` full name, `_g` given, `_f` family, `_LF` "FAMILY,GIVEN",
`_lf` "FAMILY, Given", `_Lf` "Family, Given", `_i` "G. Family", `_user` the person's login, `_uid` employee
id, `_wem` work e-mail, `_em` personal e-mail, `_ph`, `_line` `_town` `_zip` `_addr`, `_dob` `_dobiso`,
`_age` (with "y/o"), `_mrn` `_hp` `_ssn` `_npi` `_csn`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- patient, relative, portal proxy, employee, manager, privacy officer,
  HR partner, IT analyst: full, given alone, family alone, "FAMILY,GIVEN", "Family, Given", "G. Family". A
  login made of a name ("kskouras", "SKOURASK", "kskouras2") is NAME. Titles and roles (Ms., Dr., RN, Privacy
  Officer) are plain text; in "Ms. Skouras" the label is "Skouras".
- ID: employee ids, privacy case numbers and monitoring-alert ids (they name an investigation of a person).
  MRN: medical record numbers. ACCOUNT: an encounter's CSN / FIN. HEALTH_PLAN: Medicare MBI and commercial
  member ids. SSN: social security numbers. LICENSE: a clinician's NPI. IP: every IP address (a hospital's
  workstation or a home connection). EMAIL, PHONE: any person's (work addresses and direct lines too); the
  organisation's call-centre and hotline numbers are plain text. URL: a link carrying a record number.
- ADDRESS: street lines and towns of patients and employees (the same-address alert shows one address twice:
  both labelled). ZIP: ZIP codes. States are plain text.
- DATE: every date more specific than a year; a timestamp (a date with its time, "2025-03-14 08:42:17",
  "03/14/2025 08:41:12", ISO "2025-03-14T08:42:17Z") is one DATE value. Years alone keep. AGE: 90 and over, as
  written ("93 y/o" -> "93"); ages under 90 keep in the same forms ("84 y/o").
- Keep (must survive): role names, department names, EHR module and activity names (Chart Review, In
  Basket, Results Review), action codes (ACCESS, PRINT, EXPORT, BTG), alert rule names, risk scores, policy
  numbers, HIPAA citations (45 CFR 164.312(b)), course names, years, workstation and printer names (they name
  a device of the hospital, no person), health-system and hospital names, EHR product names, IT ticket
  numbers (RITM / INC: a request, not a person), counts, headings marked ‹...›.
- A draw that makes a label ambiguous (a name word or PHI value also elsewhere in the document outside its
  spans, in any case) is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, datetime, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe96 import ids
from tests.engine.probe96.people import K, P, Person, Slot, draw_person, fill, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
Y = 365


def date_forms(d: date) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    return {
        "us": D(f"{d:%m/%d/%Y}"),
        "long": D(f"{mon} {d.day}, {d.year}"),
        "short": D(f"{d.month}/{d.day}"),
        "dm": D(f"{mon[:3]} {d.day}"),
        "iso": D(d.isoformat()),
        "yy": D(f"{d:%m/%d/%y}"),
        "mon": D(f"{d.day:02d}-{mon[:3].upper()}-{d.year}"),
    }


def stamp_forms(t: datetime) -> dict[str, P]:
    D = lambda v: P("DATE", v)  # noqa: E731
    h12 = t.hour % 12 or 12
    return {
        "sql": D(f"{t:%Y-%m-%d %H:%M:%S}"),
        "iso": D(f"{t:%Y-%m-%dT%H:%M:%S}Z"),
        "us": D(f"{t:%m/%d/%Y %H:%M:%S}"),
        "am": D(f"{t:%m/%d/%y} {h12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"),
        "hm": D(f"{t:%m/%d/%Y %H:%M}"),
    }


def person_slots(x: str, w: Person, ref: date, sys: dict[str, str], rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    A = (lambda v: P("AGE", v)) if age >= 90 else K
    g, f = plain(w.given), plain(w.family)
    login = rng.choice(
        [
            f"{g[0]}{f}"[:10],
            f"{g[0]}{f}"[:9] + str(rng.randint(2, 9)),
            f"{f}{g[0]}"[:10].upper(),
            f"{g[:2]}{f}"[:10],
        ]
    )
    dob = date_forms(w.dob)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_LF": N(f"{w.family.upper()},{w.given.upper()}"),
        f"{x}_lf": N(f"{w.family.upper()}, {w.given}"), f"{x}_Lf": N(f"{w.family}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_user": N(login), f"{x}_uid": P("ID", w.ids["emp"]), f"{x}_wem": P("EMAIL", f"{g}.{f.replace(' ', '')}@{sys['domain']}"),
        f"{x}_em": P("EMAIL", w.email), f"{x}_ph": P("PHONE", w.phone),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_zip": P("ZIP", w.zip),
        f"{x}_addr": (P("ADDRESS", w.line), ", ", P("ADDRESS", w.town), f", {w.abbr} ", P("ZIP", w.zip)),
        f"{x}_addr2": (P("ADDRESS", w.line), "\n", P("ADDRESS", w.town), f", {w.abbr} ", P("ZIP", w.zip)),
        f"{x}_dob": dob["us"], f"{x}_dobiso": dob["iso"], f"{x}_dobmon": dob["mon"],
        f"{x}_age": A(f"{age} y/o"), f"{x}_agey": A(f"{age}y"), f"{x}_sex": "F" if w.female else "M",
        f"{x}_mrn": P("MRN", w.ids["mrn"]), f"{x}_hp": P("HEALTH_PLAN", w.ids["hp"]), f"{x}_ssn": P("SSN", w.ids["ssn"]),
        f"{x}_npi": P("LICENSE", w.ids["npi"]), f"{x}_csn": P("ACCOUNT", w.ids["csn"]),
        f"{x}_title": "Ms." if w.female else "Mr.", f"{x}_he": "she" if w.female else "he", f"{x}_his": "her" if w.female else "his",
        f"{x}_him": "her" if w.female else "him",
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

SYSTEMS = {
    "Louisiana": {"system": "Acadiana Regional Health", "domain": "acadianarh.org", "ehr": "Epic Hyperspace", "hotline": "1-888-555-0142"},
    "Kentucky": {"system": "Cumberland Highlands Medical Center", "domain": "chmc-ky.org", "ehr": "Cerner PowerChart", "hotline": "1-877-555-0190"},
    "Massachusetts": {"system": "South Coast Harbor Health", "domain": "schh.org", "ehr": "Epic Hyperspace", "hotline": "1-866-555-0117"},
    "Illinois": {"system": "Northwest Lakeshore Hospital", "domain": "nwlakeshore.org", "ehr": "Epic Hyperspace", "hotline": "1-800-555-0163"},
    "California": {"system": "Valle Verde Community Health", "domain": "vvch.org", "ehr": "Oracle Health Millennium", "hotline": "1-855-555-0108"},
    "Minnesota": {"system": "Twin Rivers Health Partners", "domain": "trhp.org", "ehr": "Epic Hyperspace", "hotline": "1-844-555-0136"},
    "Arizona": {"system": "Four Corners Regional Medical Center", "domain": "fcrmc.org", "ehr": "Cerner PowerChart", "hotline": "1-888-555-0175"},
    "South Dakota": {"system": "Prairie Sky Health", "domain": "prairiesky.org", "ehr": "Epic Hyperspace", "hotline": "1-877-555-0129"},
    "Hawaii": {"system": "Leeward Coast Medical Center", "domain": "lcmc-hi.org", "ehr": "Epic Hyperspace", "hotline": "1-866-555-0151"},
}  # fmt: skip
ROLES = ["Registered Nurse", "Unit Secretary", "Patient Access Representative", "Medical Assistant", "Pharmacy Technician", "Respiratory Therapist",
         "Coding Specialist", "Central Scheduler", "Physician Assistant", "Revenue Cycle Analyst", "HIM Release of Information Specialist",
         "Case Manager", "Phlebotomist", "Nurse Practitioner", "Radiology Technologist"]  # fmt: skip
DEPTS = ["4 North Med-Surg", "Labor and Delivery", "Emergency Department", "Health Information Management", "Patient Financial Services",
         "Oncology Infusion", "Behavioral Health", "Pediatrics Clinic", "Cardiology Clinic", "Central Scheduling", "Medical ICU", "Outpatient Pharmacy",
         "Wound Care Center", "Family Medicine Clinic"]  # fmt: skip
MODULES = ["Chart Review", "In Basket", "Results Review", "Snapshot", "Demographics", "Media Manager", "Patient Lookup", "Storyboard", "Flowsheets",
           "Notes", "Medications", "Problem List", "Encounter Summary", "Care Everywhere"]  # fmt: skip
ACTIONS = ["ACCESS", "VIEW", "PRINT", "EXPORT", "MODIFY", "SEARCH", "BTG", "SIGN"]
RULES = ["Same Last Name", "Same Address", "VIP Patient Access", "Co-Worker Lookup", "Family Member Access", "Self Access",
         "Terminated User Activity", "Deceased Patient Access", "Excessive Record Access", "After-Hours Access"]  # fmt: skip
POLICIES = [
    "Policy PRV-204",
    "Policy PRV-311",
    "Policy HIM-3.12",
    "Policy IS-117",
    "Policy HR-508",
    "Policy PRV-118",
    "Policy IS-240",
]
CITES = ["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)", "45 CFR 164.530(e)", "45 CFR 164.402", "45 CFR 164.404", "45 CFR 164.528",
         "45 CFR 164.408", "45 CFR 164.514(d)"]  # fmt: skip
BTG_REASONS = [
    "Emergency treatment",
    "Direct patient care",
    "Coverage for colleague",
    "Consult request",
    "Billing inquiry",
    "Other",
]
VIPS = [
    "local news anchor",
    "state legislator",
    "professional athlete",
    "board member",
    "health-system executive",
    "employee's ex-spouse",
]
COURSES = [
    "HIPAA Privacy & Security Annual",
    "Minimum Necessary Refresher",
    "EHR Acceptable Use Attestation",
    "Privacy Remediation Module B",
]
PRINTERS = ["PRN-4N-NURSE01", "PRN-HIM-COLOR2", "PRN-ED-TRIAGE", "PRN-PFS-3RD", "PRN-LD-DESK", "PRN-ONC-INF1"]
YEARS = [str(y) for y in range(2012, 2023)]


def ws(rng: random.Random) -> str:
    return fill(
        rng,
        rng.choice(
            ["WS-4N-%##", "EDCOW%#", "HIMPC%#", "RCM-VDI-%##", "LD-NS-%#", "ONC-THIN-%#", "PFS-LT-%##"]
        ),
    )


# ---- templates ------------------------------------------------------------------------------------------------

AUDIT_CSV = """# «ehr» access audit export | «system» | report run «now_hm» by «po_user» | filter: MRN «p_mrn» («p_agey», «p_sex») | «d2_us» - «d1_us»
timestamp,user_id,user_name,login,role,department,patient_mrn,patient_name,action,module,workstation,ip_address
«ts1_sql»,«u1_uid»,"«u1_LF»",«u1_user»,«role1»,«dept1»,«p_mrn»,"«p_LF»",«act1»,«mod1»,«ws1»,«ip1»
«ts2_sql»,«u1_uid»,"«u1_LF»",«u1_user»,«role1»,«dept1»,«p_mrn»,"«p_LF»",«act2»,«mod2»,«ws1»,«ip1»
«ts3_sql»,«u2_uid»,"«u2_LF»",«u2_user»,«role2»,«dept2»,«p_mrn»,"«p_LF»",«act1»,«mod3»,«ws2»,«ip2»
«ts4_sql»,«u1_uid»,"«u1_LF»",«u1_user»,«role1»,«dept1»,«p_mrn»,"«p_LF»",«act3»,«mod4»,«ws1»,«ip3»
«ts5_sql»,«u3_uid»,"«u3_LF»",«u3_user»,«role3»,«dept3»,«p_mrn»,"«p_LF»",«act1»,«mod1»,«ws3»,«ip4»
# rows: 5 | exported under «cite1» audit-control review | case «case»
"""

BTG_LOG = """‹BREAK-THE-GLASS JUSTIFICATION LOG› -- «system» -- «ehr»
Review period «d2_long» to «d1_long» -- reviewer «po_n» (Privacy Officer)

[«ts1_us»] BTG user=«u1_user» («u1_n», «role1», «dept1») patient=«p_LF» («p_age») MRN=«p_mrn» reason="«btg1»" comment="pt from «p_town» seen in my clinic years ago, checking on «p_him»"
[«ts2_us»] BTG user=«u2_user» («u2_n», «role2», «dept2») patient=«q1_LF» («q1_agey») MRN=«q1_mrn» reason="«btg2»" comment="covering for «u3_g» today"
[«ts3_us»] BTG user=«u1_user» («u1_n», «role1», «dept1») patient=«q2_LF» («q2_age») MRN=«q2_mrn» reason="«btg3»" comment="needed «q2_his» DOB for a form"

Reviewer notes:
- «u2_i» (NPI «u2_npi»): appropriate, on the «dept2» roster «d3_dm». Closed.
- «u1_i»: two overrides without a care relationship; referred under «pol1» as case «case».
"""

ALERTS = """PRIVACY MONITORING - OPEN ALERTS (sorted by risk score) - «system» - exported «now_hm»
ALERT      RULE                      SCORE  EMPLOYEE                          PATIENT                              DETAIL
«alert1»   ‹Same Last Name›          «score1»     «u1_Lf» («u1_uid»)      «p_Lf», MRN «p_mrn», «p_agey»       shared surname; «n1» on «d2_dm», «mod1»
«alert2»   ‹Same Address›            «score2»     «u2_n» («u2_uid»)       «q1_n» («q1_agey»)          both at «q1_line», «q1_town» «q1_zip» / employee record: «u2_line», «u2_town»
«alert3»   «rule3»      «score3»     «u3_user»                  «q2_LF» «q2_mrn»              «vip»; accessed from «ip1»
«alert4»   «rule4»      «score4»     «u4_Lf»                    «q3_Lf» (DOB «q3_dob»)       «mod2» + «mod3»; «dept4»
Assigned: «po_n» | escalate to «mg_n» («dept1» manager) per «pol1»
"""

INVESTIGATION = """‹PRIVACY INVESTIGATION REPORT› -- CONFIDENTIAL, ATTORNEY-CLIENT PRIVILEGED
Case number: «case»          Opened: «d2_us»          Closed: «d1_us»
Investigator: «po_n», Privacy Officer, «system»
Subject employee: «u1_lf» (Employee ID «u1_uid»), «role1», «dept1», hired «year1»
Patient(s): «p_n», MRN «p_mrn», DOB «p_dob» («p_age»); «q1_n», MRN «q1_mrn» («q1_agey»)

1. Trigger. Alert «alert1» (rule «rule1», score «score1») on «d2_dm» showed «u1_user» opening «mod1» and «mod2» for «p_i» on «ts1_hm», from workstation «ws1» («ip1»).
2. Relationship. «p_f» is the employee's «rel»; both list «p_line», «p_town» «p_zip» as home address. The employee had no treatment, payment or operations role for this encounter (CSN «p_csn»).
3. Scope. Audit trail «d3_us» to «d1_us»: «n1» across «n2». A second patient, «q1_i», was opened «ts2_hm» (Snapshot only).
4. Interview held «d0_long» with «mg_n» («dept1» manager) and «hr_n» (HR Business Partner) present.
5. Finding: violation of «pol1» and «pol2» (minimum necessary, «cite1»). Sanction level 3 recommended.
Prepared by «po_i» | «po_wem» | «po_ph»
"""

INTERVIEW = """Employee Interview Summary -- «system» Privacy Office
Case «case» | Date: «d1_long» | Location: HR conference room B / Teams
Present: «u1_n» (employee, «role1», ID «u1_uid»); «mg_n» (manager); «hr_n» (HR); «po_n» (Privacy Officer, note-taker)

Q: Do you know the patient «p_n» («p_age»)?
A: «u1_g» said «p_g» is «u1_his» «rel» and that they live together at «p_line».
Q: Why did you open «mod1» on «d2_dm»?
A: "I wanted to see the results before «p_g» got home." «u1_g» said nobody asked «u1_him» to look.
Q: Did you look at anyone else?
A: Admitted looking up «q1_n» (a co-worker in «dept2») after hearing «q1_he» was admitted «d3_dm». Denied printing.
Audit shows a PRINT from «ws1» at «ts1_hm» -- shown to employee, who then said it was "by accident".
Employee acknowledged annual «course» attestation signed «d4_us».
Next steps: «hr_i» to draft sanction under «pol1»; «po_f» to complete «cite1» breach assessment.
"""

SANCTION = """«system»
Human Resources

«d1_long»

PERSONAL AND CONFIDENTIAL -- DELIVERED BY HAND AND BY MAIL
«u1_n»
«u1_addr2»

Re: Final Written Warning -- Employee ID «u1_uid»

Dear «u1_title» «u1_f»:

This letter confirms the outcome of privacy case «case». On «d2_long» you accessed the electronic health record of a family member, «p_i», without a work-related reason, and on «d3_long» you printed «mod1» from «ws1». This violates «pol1» (Confidentiality of Patient Information) and «pol2», and the HIPAA Privacy Rule («cite1»).

Sanction: Final Written Warning, «ehr» access restricted to your assigned «dept1» patients for 12 months, completion of the «course» module by «d4_long». A further violation will result in termination.

You may respond in writing to «hr_n» at «hr_wem» or «hr_ph» within 10 business days.

Sincerely,
«mg_n», Manager, «dept1»
cc: «hr_n», HR Business Partner; «po_n», Privacy Officer; personnel file
"""

NOTIFICATION = """«system»
Privacy Office

«d1_long»

«p_n»
«p_addr2»

Notice of a Privacy Incident Involving Your Health Information

Dear «p_title» «p_f»:

We are writing to tell you about an incident that involved some of your health information. On «d2_long», our monitoring system flagged that an employee in «dept1» («role1») had viewed your record in «ehr» without a work-related reason between «d5_long» and «d3_long». We confirmed this on «d0_long».

What information was involved: your name, date of birth («p_dob»), medical record number («p_mrn»), health plan member number («p_hp»), and notes from your visit on «d6_dm». Your Social Security number and financial information were not viewed.

What we are doing: the employee's access was removed and the employee was sanctioned under «pol1». We have retrained staff in «dept1». This notice is sent under «cite2».

For more information, call our privacy hotline at «hotline» (toll-free) or write to «po_n», Privacy Officer, at «po_wem».

Sincerely,
«po_n»
Privacy Officer
Reference: «case»
"""

RISK = """FOUR-FACTOR BREACH RISK ASSESSMENT («cite2») -- «system»
Case: «case»   Assessor: «po_n»   Date: «d1_iso»

Factor 1 - Nature and extent of PHI: demographics, «mod1», «mod2» for 3 patients; no SSN or financial data.
  a) «p_Lf» | MRN «p_mrn» | DOB «p_dob» | «p_age»
  b) «q1_Lf» | MRN «q1_mrn» | DOB «q1_dob» | «q1_age»
  c) «q2_Lf» | MRN «q2_mrn» | «q2_hp»
Factor 2 - Unauthorized person: «u1_n» («role1», ID «u1_uid»), a workforce member bound by «pol1».
Factor 3 - Acquired or viewed: viewed only; one PRINT at «ts1_hm» on «ws1», printout recovered «d2_dm».
Factor 4 - Mitigation: attestation of destruction signed «d3_us» by «u1_i»; access revoked by «it_n» at «ts2_hm».
Conclusion: low probability of compromise for (c); notification required for (a) and (b) -- letters mailed «d4_us» (Minor breach, under 500: log for annual OCR report).
Reviewed: «mg_n» / «hr_n»
"""

OCR = """OCR BREACH REPORT WORKSHEET (internal draft -- do not submit) -- «system»
Covered entity type: Healthcare Provider | Report type: Breach Affecting Fewer than 500 Individuals
Contact: «po_n», Privacy Officer | phone «po_ph» | email «po_wem»
Breach start: «d3_us»   Breach end: «d2_us»   Discovered: «d0_us»
Approximate number of individuals affected: «count»
Type of breach: Unauthorized Access/Disclosure | Location: Electronic Medical Record
Safeguards in place: Privacy Training, Security Incident Procedures, Sanctions Policy («cite1»)
Individual notice provided: «d4_us»   Substitute notice: not required   Media notice: not required
Actions taken: sanctions imposed («pol1», «pol2»), revised user access for «u1_user» («u1_n», «role1», «dept1»), staff retrained; notice per «cite2»
Business associate involved: no
Appendix A (first 4 of «count»): «p_LF» «p_mrn» «p_agey» | «q1_LF» «q1_mrn» «q1_agey» | «q2_LF» «q2_mrn» | «q3_LF» DOB «q3_dob»
Prepared «now_hm»; reviewed by «mg_n» (compliance) -- OCR transaction number to be entered after submission
"""

ACCOUNTING = """«system» - Health Information Management
Accounting of Access Report (requested under «cite1»)

Prepared for: «p_n»      DOB: «p_dob» («p_age»)      MRN: «p_mrn»
Mailing address: «p_addr»
Request received: «d2_us»      Period covered: «d3_us» to «d1_us»      Prepared by: «u4_n», «role4»

DATE/TIME               USER                        ROLE                              DEPARTMENT                   ACTION
«ts1_am»        «u1_n»              «role1»              «dept1»          «mod1»
«ts2_am»        «u2_n»               «role2»               «dept2»          «mod2»
«ts3_am»        «u1_n»              «role1»              «dept1»          «mod3»
«ts4_am»        «u3_n»               «role3»               «dept3»          «mod1»

Questions: call «hotline» or e-mail privacy@«domain». This report lists workforce access to your record in «ehr».
"""

SIEM = """{"@timestamp": "«ts1_iso»", "event": {"action": "ehr-login", "outcome": "success"}, "user": {"name": "«u1_user»", "full_name": "«u1_n»", "id": "«u1_uid»"}, "source": {"ip": "«ip1»"}, "host": {"name": "«ws1»"}, "app": "«ehr»"}
{"@timestamp": "«ts2_iso»", "event": {"action": "patient-open", "outcome": "success"}, "user": {"name": "«u1_user»"}, "ehr": {"patient_mrn": "«p_mrn»", "patient_name": "«p_LF»", "patient_age": "«p_age»", "activity": "«mod1»"}, "source": {"ip": "«ip1»"}}
{"@timestamp": "«ts3_iso»", "event": {"action": "ehr-login", "outcome": "failure", "reason": "bad password"}, "user": {"name": "«u2_user»", "full_name": "«u2_n»"}, "source": {"ip": "«ip2»", "geo": "remote VPN"}}
{"@timestamp": "«ts4_iso»", "event": {"action": "patient-open", "outcome": "success"}, "user": {"name": "«u2_user»"}, "ehr": {"patient_mrn": "«q1_mrn»", "patient_name": "«q1_LF»", "patient_age": "«q1_age»", "activity": "«mod2»"}, "source": {"ip": "«ip2»"}, "rule": "«rule1»"}
{"@timestamp": "«ts5_iso»", "event": {"action": "account-disable", "outcome": "success"}, "user": {"name": "«it_user»", "full_name": "«it_n»"}, "target_user": "«u2_user»", "ticket": "«ticket»"}
"""

FIXED = """«system»                                   ACCESS LOG - PATIENT                         PAGE 1
PATIENT: «p_LF»          MRN: «p_mrn»     DOB: «p_dob» («p_agey»)     CSN: «p_csn»
PRINTED: «now_hm»   BY: «po_user»   RANGE: «d2_us» - «d1_us»
DATE/TIME            USER                      USER ID   ACTIVITY                        WORKSTATION
«ts1_us»  «u1_LF»          «u1_uid»   «mod1»                   «ws1»
«ts2_us»  «u1_LF»          «u1_uid»   «mod2»                   «ws1»
«ts3_us»  «u2_LF»         «u2_uid»   «mod3»                   «ws2»
«ts4_us»  «u3_LF»          «u3_uid»   «mod1» (PRINT)           «ws3»
*** END OF REPORT *** 4 ROWS  *** CONFIDENTIAL - «cite1» ***
"""

PROXY = """Patient Portal Proxy / Delegate Access Audit -- «system» -- run «now_hm»
Patient            : «p_Lf» (MRN «p_mrn», DOB «p_dob», «p_age»)
Proxy              : «r_n» -- relationship: «rel» -- access level: Full Access
Proxy e-mail       : «r_em»      Proxy phone: «r_ph»
Proxy activated    : «d3_us» by «u1_n» («role1») after consent form scanned to «mod3»
Last proxy logins  : «ts1_am» from «ip1»; «ts2_am» from «ip2»
Second proxy       : «q1_n» -- relationship: friend -- access level: Limited (Appointments only) -- revoked «d2_us»
Flag               : «rule1» -- «r_f» address on file «r_line», «r_town» «r_zip» differs from patient's
Reviewed by        : «po_n» («po_user») «d1_us»; no concern, per «pol1»
"""

PRINTLOG = """PRINT AND DOWNLOAD LOG -- «system» -- HIM / Release of Information -- «d1_long»
time                 user          printer / target        pages  document
«ts1_hm»     «u1_user»    «printer1»          «pg1»     Face Sheet - «p_LF» - MRN «p_mrn»
«ts2_hm»     «u1_user»    «printer1»          «pg2»     «mod1» - «p_LF»
«ts3_hm»     «u2_user»    USB:KINGSTON-DT     n/a    EXPORT «q1_LF» encounter «q1_csn» (PDF, 2.1 MB)
«ts4_hm»     «u3_user»    «printer2»          «pg3»     Visit Summary - «q2_LF» («q2_agey») - DOB «q2_dob»
«ts5_hm»     «u2_user»    email:«q3_em»     n/a    ROI packet «q3_LF» (authorization on file)
DLP note: USB export by «u2_user» («u2_n», «dept2») from «ws2» / «ip1» blocked after 1 file; ticket «ticket».
"""

EMAIL = """From: «po_n» <«po_wem»>
To: «mg_n» <«mg_wem»>
Cc: «hr_n» <«hr_wem»>
Date: «d1_long» 9:12 AM
Subject: Case «case» - «u1_n» - access to co-worker record

Hi «mg_g»,

Our monitoring tool raised an alert («rule1») on «d2_dm». «u1_g» («u1_user») opened «q1_n»'s chart (MRN «q1_mrn», «q1_age») in «mod1» and «mod2» at «ts1_hm». «q1_g» works on your unit and was an inpatient that week.

Can you confirm whether «u1_g» had any assignment to «q1_f» that shift? I need to know before I interview «u1_him» on «d4_dm». Please don't discuss with the employee yet.

Thanks,
«po_g»
«po_ph»

> On «d0_long», «mg_n» wrote:
> «u1_g» floated to «dept2» on «d2_dm» but «q1_g» was in «dept1». No assignment. Call me on «mg_ph».
"""

TEAMS = """[«d1_yy» 10:02 AM] «po_Lf»
@«mg_n» quick one - do you know why «u1_n» was in «p_n»'s chart on «d2_dm»? alert «alert1» («rule1»)
[«d1_yy» 10:05 AM] «mg_Lf»
«u1_g» is the pt's «rel». not assigned to «u1_him», «u1_he» works «dept1» as «role1». ugh
[«d1_yy» 10:06 AM] «po_Lf»
ok. also seeing «u2_user» in the same chart from «ip1» -- is that «u2_g» from «dept2»?
[«d1_yy» 10:09 AM] «mg_Lf»
yes «u2_i», «u2_he» was legit, covering «mod1» and «mod2». the pt is «p_age» fyi, lives at «p_line» w/ «u1_g»
[«d1_yy» 10:11 AM] «po_Lf»
thx. opening case «case». can you send «u1_g»'s schedule for «d3_dm»-«d2_dm»? cc «hr_n»
"""

TRAINING = """«course» -- Attestation Status -- «system» -- «dept1» and «dept2» (curriculum rev. «year1»)
Employee ID | Name                        | Department               | Role                          | Completed      | Score | Attested
«u1_uid»    | «u1_Lf»          | «dept1»   | «role1»   | «d2_us»     | 92%   | Y
«u2_uid»    | «u2_Lf»          | «dept1»   | «role2»   | «d3_us»     | 88%   | Y
«u3_uid»    | «u3_Lf»          | «dept2»   | «role3»   | OVERDUE        | --    | N
«u4_uid»    | «u4_Lf»          | «dept2»   | «role4»   | «d4_us»     | 100%  | Y
«mg_uid»    | «mg_Lf»          | «dept1»   | Nurse Manager                 | «d5_us»     | 96%   | Y
Reminder sent to «u3_wem» on «d1_us» by «po_n». Overdue users lose «ehr» access after 30 days («pol1»).
"""

HRTERM = """HR TERMINATION CHECKLIST -- INVOLUNTARY -- «system»
Employee: «u1_lf»     Employee ID: «u1_uid»     SSN: «u1_ssn»
Home address: «u1_addr»     Personal phone: «u1_ph»     Personal e-mail: «u1_em»
Position: «role1», «dept1»     Manager: «mg_n»     HR partner: «hr_n»
Last day worked: «d2_us»     Separation effective: «d1_us» (privacy case «case»)
[x] «ehr» login «u1_user» disabled «ts1_hm» by «it_n» («ticket»)
[x] Active Directory / VPN / e-mail «u1_wem» disabled «ts2_hm»
[x] Badge deactivated; «ehr» security template removed; In Basket messages reassigned to «mg_user»
[x] Final audit of «u1_user» activity («d3_us» - «d1_us»): «n1» on patient records, report filed under «pol1»
[ ] Final pay and COBRA letter mailed to «u1_line», «u1_town» -- due «d4_us»
Completed by «hr_i», «d1_long». Rehire eligible: No.
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p96_ehr_access_audit_csv", ["Louisiana", "Illinois"], "text", AUDIT_CSV),
    ("p96_break_glass_justification_log", ["Arizona", "Massachusetts"], "text", BTG_LOG),
    ("p96_privacy_monitoring_alert_queue", ["Hawaii", "Kentucky"], "text", ALERTS),
    ("p96_privacy_investigation_report", ["Minnesota", "Louisiana"], "text", INVESTIGATION),
    ("p96_employee_interview_summary", ["South Dakota", "California"], "text", INTERVIEW),
    ("p96_privacy_sanction_letter", ["Massachusetts", "Hawaii"], "text", SANCTION),
    ("p96_breach_notification_letter", ["Kentucky", "Minnesota"], "text", NOTIFICATION),
    ("p96_four_factor_risk_assessment", ["Illinois", "Arizona"], "text", RISK),
    ("p96_ocr_breach_worksheet", ["California", "South Dakota"], "text", OCR),
    ("p96_accounting_of_access_report", ["Louisiana", "Hawaii"], "text", ACCOUNTING),
    ("p96_siem_ehr_login_events", ["Minnesota", "California"], "ndjson", SIEM),
    ("p96_audit_trail_fixed_width", ["Kentucky", "Massachusetts"], "text", FIXED),
    ("p96_portal_proxy_access_audit", ["Arizona", "Illinois"], "text", PROXY),
    ("p96_print_download_log", ["Hawaii", "South Dakota"], "text", PRINTLOG),
    ("p96_privacy_officer_email_thread", ["Massachusetts", "Louisiana"], "text", EMAIL),
    ("p96_privacy_teams_chat", ["California", "Kentucky"], "text", TEAMS),
    ("p96_training_attestation_list", ["Illinois", "Minnesota"], "text", TRAINING),
    ("p96_hr_termination_deprovisioning", ["South Dakota", "Arizona"], "text", HRTERM),
]

SAME_NAME = {"p96_privacy_monitoring_alert_queue", "p96_privacy_investigation_report", "p96_employee_interview_summary",
             "p96_privacy_teams_chat"}  # fmt: skip
SAME_ADDRESS = {"p96_privacy_monitoring_alert_queue"}
RELS = ["mother-in-law", "grandmother", "aunt", "ex-spouse", "cousin", "sister", "stepfather", "neighbor"]


def base_slots(rng: random.Random, state: str, kind: str) -> dict[str, Slot]:
    sysd = SYSTEMS[state]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(700))
    used: set[str] = set()
    old = (90 * Y + 30, 102 * Y)
    p = draw_person(rng, state, used, d1, age_days=old if rng.random() < 0.5 else (19 * Y, 89 * Y))
    ppl: dict[str, Person] = {"p": p}
    if kind in SAME_NAME:
        ppl["u1"] = draw_person(
            rng, state, used, d1, culture=p.culture, family=p.family, age_days=(22 * Y, 62 * Y)
        )
    ppl["r"] = draw_person(rng, state, used, d1, age_days=(25 * Y, 70 * Y))
    for x in ("q1", "q2", "q3", "q4"):
        ppl[x] = draw_person(rng, state, used, d1, age_days=old if rng.random() < 0.3 else (16 * Y, 89 * Y))
    for x in ("u1", "u2", "u3", "u4", "po", "mg", "hr", "it"):
        if x not in ppl:
            ppl[x] = draw_person(
                rng, state, used, d1, age_days=(22 * Y, 64 * Y), any_culture=rng.random() < 0.5
            )
    if kind in SAME_ADDRESS:
        u2, q1 = ppl["u2"], ppl["q1"]
        u2.line, u2.town, u2.zip = q1.line, q1.town, q1.zip
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, sysd, rng))
    s["system"], s["ehr"], s["hotline"] = K(sysd["system"]), K(sysd["ehr"]), K(sysd["hotline"])
    s["domain"] = sysd["domain"]
    for name, pool, n in (("role", ROLES, 4), ("dept", DEPTS, 4), ("mod", MODULES, 4), ("act", ACTIONS, 3), ("pol", POLICIES, 2),
                          ("cite", CITES, 2), ("btg", BTG_REASONS, 3), ("printer", PRINTERS, 2)):  # fmt: skip
        for i, v in enumerate(rng.sample(pool, n), 1):
            s[f"{name}{i}"] = K(v)
    rules = rng.sample([r for r in RULES if r not in ("Same Last Name", "Same Address")], 3)
    s["rule1"] = K("Same Last Name" if kind in SAME_NAME else rules[0])
    s["rule3"], s["rule4"] = K(rules[1]), K(rules[2])
    s["vip"] = K(rng.choice(VIPS))
    s["course"] = K(rng.choice(COURSES))
    s["rel"] = K(rng.choice(RELS))
    s["year1"] = K(rng.choice(YEARS))
    for i in range(1, 5):
        s[f"score{i}"] = K(f"{rng.randint(55, 99)}/100")
    for i in range(1, 4):
        s[f"pg{i}"] = str(rng.randint(1, 40))
    s["n1"] = K(f"{rng.randint(12, 90)} events")
    s["n2"] = K(f"{rng.randint(2, 9)} charts")
    s["count"] = K(f"{rng.randint(3, 480)} individuals")
    s["case"] = P("ID", fill(rng, rng.choice(["PRV-%###-####", "PC%#####", "PRIV-%####"])))
    for i in range(1, 5):
        s[f"alert{i}"] = P("ID", fill(rng, rng.choice(["A-%######", "ALR%#####", "%#######"])))
    s["ticket"] = K(fill(rng, rng.choice(["RITM%######", "INC%######"])))
    for i, w in enumerate([ws(rng) for _ in range(3)], 1):
        s[f"ws{i}"] = K(w)
    s["ip1"], s["ip2"] = P("IP", ids.private_ip(rng)), P("IP", ids.public_ip(rng))
    s["ip3"], s["ip4"] = P("IP", ids.private_ip(rng)), P("IP", ids.private_ip(rng))
    dd = {"d0": d1 - timedelta(days=1), "d1": d1, "d2": d1 - timedelta(days=rng.randint(3, 20)), "d3": d1 - timedelta(days=rng.randint(21, 60)),
          "d4": d1 + timedelta(days=rng.randint(2, 30)), "d5": d1 - timedelta(days=rng.randint(61, 90)), "d6": d1 - timedelta(days=rng.randint(91, 120))}  # fmt: skip
    for k, d in dd.items():
        for form, v in date_forms(d).items():
            s[f"{k}_{form}"] = v
    base = datetime(dd["d2"].year, dd["d2"].month, dd["d2"].day, 6, 0)
    stamps = sorted(
        base + timedelta(minutes=rng.randrange(0, 3 * 24 * 60), seconds=rng.randrange(60)) for _ in range(5)
    )
    for i, t in enumerate(stamps, 1):
        for form, v in stamp_forms(t).items():
            s[f"ts{i}_{form}"] = v
    now = datetime(d1.year, d1.month, d1.day, rng.randint(7, 17), rng.randrange(60))
    s["now_hm"] = stamp_forms(now)["hm"]
    return s


_WORD = re.compile(r"[^\W\d_]+")


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks, and the same case-blind: a name word (3+ letters) or a PHI value may not occur
    outside its spans in any casing (the scorer looks for upper and title case too)."""
    bad = _base_problems(doc)
    text = doc.content.casefold()
    inside = [False] * len(text)
    for a, b in doc.spans:
        for i in range(a, b):
            inside[i] = True
    checks = {w.casefold() for t, v in doc.phi if t == "NAME" for w in _WORD.findall(v) if len(w) >= 3}
    checks |= {v.casefold() for t, v in doc.phi if t not in ("AGE",)}
    for v in checks:
        for start in bounded(v, text):
            if not all(inside[start : start + len(v)]):
                bad.append(f"{doc.id}: {v!r} also outside PHI at {start} (case-blind)")
    return bad


def make_doc(seed: int, index: int, kind: str, states: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    state = states[index % len(states)]
    doc = None
    for attempt in range(400):
        rng = random.Random(f"phigate-probe96:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, state, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, state, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
