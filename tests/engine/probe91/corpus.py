# ruff: noqa: E501  (hand-aligned templates)
"""Ninety-first independent probe corpus: health information management (HIM) and release-of-information text,
mostly from the United States and Canada, some from the United Kingdom, Ireland and Australia -- built the way an
outside evaluator builds a held-out set, with its own templates and its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each: a release-of-information request worklist (CSV), a
patient's authorization to disclose (a filled-in form), an attorney's or solicitor's records request letter, a
subpoena duces tecum with the records office's handling note, a disability insurer's records request, an
accounting-of-disclosures report, a patient's amendment request and the response, a physician chart-deficiency
report, a clinical documentation (CDI) query to a physician, a duplicate-record (EMPI) merge / unmerge worklist, a
medical-identity-theft privacy case note, a records-destruction certificate with its legal-hold exceptions, a
scanning / indexing QA log of misfiled documents, a patient-portal proxy-access request, an invoice for copies of
records, a fax cover sheet with its misdirected-fax incident, an HIM e-mail thread and an MPI search-result
export (JSON). Names in the registration shapes ("FAMILY, GIVEN", "FAMILY, GIVEN M", "Family, Given M."), in
letters and signatures, in CSV cells and JSON fields, clerks' logins and initials.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient (aged 90+ half the time), `r` a
relative, guardian or holder of a power of attorney, `a` an attorney / solicitor, `l` a paralegal, `c1` `c2` HIM
clerks (ROI specialist, scanning technician, analyst), `m` `m2` physicians, `k` a coder / CDI specialist, `s` the
HIM supervisor or privacy officer, `j` a claims adjuster or court clerk, `o` a police officer, `v` another party
(a plaintiff, an impostor, the wrong fax recipient), `q1`-`q4` other patients, `x` lends a family name for an
alias. Forms: `_n` full, `_nm` "Given M. Family", `_g` given, `_f` family, `_LF` "FAMILY, GIVEN", `_LFm`
"FAMILY, GIVEN M", `_lf` "FAMILY, Given", `_Lfm` "Family, Given M.", `_gi` "Given F.", `_i` "G. Family", `_ini`
initials ("KB"), `_user` a login made of the name, `_ph` `_em`, `_line` `_town` `_pc` `_addr`, `_dob` (the
country's form) `_dobiso`, `_age`, `_mrn` `_hp` `_nat` `_dl` with their labels `_mrnl` `_hpl` `_natl`, `_fin`
an encounter / account number.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- patient, relative, guardian, attorney, solicitor, paralegal, HIM clerk,
  physician, coder, privacy officer, adjuster, clerk of court, police officer, a plaintiff, an impostor: full,
  with a middle initial, given alone, family alone, "FAMILY, GIVEN", "Family, Given M.", "G. Family", an alias
  ("also known as"), and a clerk's or patient's initials ("KB", written in a released-by column or beside a
  tick box), which identify them as well as a name does. A login made of a name ("kvosgerchian") is NAME. Titles,
  credentials and roles (Mrs, Dr, Esq., MD, RHIT, CCDS, ROI Specialist) are plain text.
- ADDRESS: street lines and towns of any person (patient, relative, attorney's office); ZIP: ZIP codes, postal
  codes, postcodes, Eircodes, Australian postcodes. States, provinces, counties and regions are plain text.
- DATE: every date more specific than a year (day and month alone too); years alone keep. AGE: 90 and over as
  written; ages under 90 keep.
- PHONE: any person's telephone or fax number (an attorney's fax, the wrong fax recipient's number too); the HIM
  department is reached by extension only, and extensions keep. EMAIL: any person's address.
- MRN: hospital record numbers (MRN, UR, hospital number), surviving and non-surviving ones of a merge.
  HEALTH_PLAN: insurance member ids, Medicare MBIs, Canadian health cards, NHS numbers, Irish GMS medical cards,
  Australian Medicare. SSN: US SSN, Canadian SIN, UK NI number, Irish PPSN. ACCOUNT: a US encounter / account
  (FIN, HAR) number. ID: encounter numbers outside the US, Australian DVA file numbers, and the numbers of a
  request, case, claim, policy, query, task, invoice, incident, court docket, police or FTC report and a law
  firm's file about a person. LICENSE: driving licences, NPIs, DEA registrations, bar and SRA numbers.
  URL: a link carrying a patient's record number. IP: every IP address.
- Keep (must survive): hospitals, insurers, law firms, agencies, courts, vendors; laws and rules (HIPAA,
  45 CFR 164.508, PHIPA, 42 CFR Part 2); document types (H&P, Discharge Summary, Operative Report); diagnosis and
  procedure codes (ICD-10-CM, DRG); lab values and drugs; statuses, purposes, page counts, fees and totals;
  retention periods; storage box, batch and destruction-certificate numbers (they name a carton of many
  patients' records, not a person); staff roles and credentials; extensions; times; years alone; ages under
  90; headings marked ‹...›.
- A draw that makes a label ambiguous (a name word or PHI value also elsewhere in the document outside its
  spans, in any case) is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe91 import ids
from tests.engine.probe91.people import LOCS, K, P, Person, Slot, draw_person, fill, id_labels, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
Y = 365


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    us = loc == "US"
    return {
        "loc": D(f"{d:%m/%d/%Y}" if us else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "long": D(f"{mon} {d.day}, {d.year}" if us or loc == "CA" else f"{d.day} {mon} {d.year}"),
        "dm": D(f"{mon[:3]} {d.day}" if us or loc == "CA" else f"{d.day} {mon[:3]}"),
        "iso": D(d.isoformat()),
        "yy": D(f"{d:%m/%d/%y}" if us else f"{d:%d/%m/%y}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, ab = w.loc.code, w.abbr
    if c in ("US", "CA", "AU"):
        return (A(w.line), ", ", A(w.town), f", {ab} " if c == "CA" else f" {ab} ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {ab}, ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, w.loc.code)
    G, F = w.given.upper(), w.family.upper()
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_nm": N(f"{w.given} {w.middle}. {w.family}"), f"{x}_g": N(w.given), f"{x}_f": N(w.family),
        f"{x}_LF": N(f"{F}, {G}"), f"{x}_LFm": N(f"{F}, {G} {w.middle}"), f"{x}_lf": N(f"{F}, {w.given}"),
        f"{x}_Lfm": N(f"{w.family}, {w.given} {w.middle}."), f"{x}_gi": N(f"{w.given} {w.family[0]}."), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ini": N((plain(w.given)[0] + plain(w.family)[0]).upper()), f"{x}_user": N((plain(w.given)[0] + plain(w.family))[:12]),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w), f"{x}_abbr": w.abbr,
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"],
        f"{x}_age": P("AGE", str(age)) if age >= 90 else K(str(age)), f"{x}_dl": P("LICENSE", w.ids["dl"]),
        f"{x}_sex": "F" if w.female else "M", f"{x}_title": "Mrs." if w.female else "Mr.", f"{x}_her": "her" if w.female else "his",
        f"{x}_Her": "Her" if w.female else "His",
    }  # fmt: skip
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

HOSPITALS = {"US": ["Ochsner Lafayette General", "Baptist Health Corbin", "Regions Hospital", "Saint Anne's Hospital", "Holland Hospital", "Adventist Health Glendale"],
             "CA": ["Toronto Western Hospital", "Royal Columbian Hospital", "Health Sciences Centre Winnipeg", "QEII Health Sciences Centre"],
             "UK": ["Salford Royal Hospital", "Lister Hospital"], "IE": ["Cork University Hospital", "University Hospital Limerick"],
             "AU": ["Monash Medical Centre", "Royal Hobart Hospital", "Cairns Hospital"]}  # fmt: skip
LAW = {
    "US": "HIPAA, 45 CFR 164.508",
    "CA": "PHIPA, s. 29",
    "UK": "UK GDPR Art. 15",
    "IE": "GDPR Art. 15",
    "AU": "Health Records Act 2001",
}
ACCOUNTING_LAW = {"US": "45 CFR 164.528", "CA": "PHIPA s. 52"}
AMEND_LAW = {"US": "45 CFR 164.526", "CA": "PHIPA s. 55"}
DOCTYPES = ["H&P", "Discharge Summary", "Operative Report", "ED Physician Record", "Radiology Report", "Progress Notes", "Consultation Note",
            "Pathology Report", "Medication Administration Record", "Nursing Flowsheet", "Physical Therapy Evaluation", "Anesthesia Record"]  # fmt: skip
PURPOSES = ["continuity of care", "litigation", "disability claim", "personal use", "workers' compensation", "insurance underwriting",
            "SSA disability determination", "second opinion"]  # fmt: skip
STATUSES = [
    "Pending authorization",
    "Released",
    "In QA",
    "Invalid auth - returned",
    "Awaiting payment",
    "Logged",
    "On hold - legal review",
]
FIRMS = {"US": ["Broussard Law Group LLC", "Morgan & Morgan", "Hughes Injury Law PLLC", "Lakeshore Trial Lawyers"],
         "CA": ["Oatley Vigmond LLP", "Diamond & Diamond Lawyers", "McLeish Orlando LLP"], "UK": ["Slater and Gordon", "Irwin Mitchell LLP", "Thompsons Solicitors"],
         "IE": ["Ronan Daly Jermyn", "Holmes O'Malley Sexton"], "AU": ["Maurice Blackburn", "Slater and Gordon"]}  # fmt: skip
INSURERS = {"US": ["Unum Group", "The Hartford", "MetLife Disability", "Lincoln Financial Group", "Guardian Life"],
            "CA": ["Sun Life Financial", "Manulife", "Canada Life", "Desjardins Insurance"], "UK": ["Aviva", "Legal & General"],
            "IE": ["Irish Life", "Zurich Life"], "AU": ["TAL Life", "AIA Australia"]}  # fmt: skip
EMPLOYERS = ["Acadiana Seafood Co-op", "Toyota Motor Manufacturing Kentucky", "Target Corporation", "Fall River Public Schools", "Herman Miller",
             "Metro Transit", "Walmart Inc.", "Loblaw Companies"]  # fmt: skip
ROLES = (
    "ROI Specialist",
    "HIM Director",
    "CDI Specialist, CCDS",
    "Privacy Officer",
    "Coding Manager, CCS",
    "Scanning Technician",
    "HIM Analyst, RHIT",
)
CODES = [
    "ICD-10-CM J18.9",
    "ICD-10-CM N17.9",
    "ICD-10-CM E87.1",
    "ICD-10-CM I50.23",
    "ICD-10-CM A41.9",
    "ICD-10-CM E43",
    "ICD-10-CM D62",
    "ICD-10-CM J96.01",
]
DRGS = [
    "DRG 193",
    "DRG 194",
    "DRG 195",
    "DRG 291",
    "DRG 292",
    "DRG 871",
    "DRG 872",
    "DRG 683",
    "DRG 640",
    "DRG 177",
]
LABS = [
    "Hgb 7.8 g/dL",
    "lactate 3.1 mmol/L",
    "WBC 16.2",
    "creatinine 2.4 mg/dL",
    "albumin 2.1 g/dL",
    "BNP 1,840 pg/mL",
    "SpO2 86% RA",
    "Na 128 mmol/L",
]
DRUGS = [
    "furosemide 40 mg IV",
    "ceftriaxone 1 g IV",
    "pantoprazole 40 mg IV",
    "vancomycin 1.25 g",
    "metoprolol 25 mg",
    "enoxaparin 40 mg",
    "2 units PRBC",
]
QUERIES = [("acute respiratory failure", "acute hypoxic respiratory failure", "hypoxemia only"), ("anemia", "acute blood loss anemia", "chronic anemia"),
           ("malnutrition", "severe protein-calorie malnutrition", "moderate malnutrition"), ("sepsis", "sepsis due to pneumonia", "SIRS, non-infectious"),
           ("heart failure", "acute on chronic diastolic heart failure", "chronic diastolic heart failure")]  # fmt: skip
SERVICES = [
    "Hospitalist",
    "General Surgery",
    "Orthopaedics",
    "Cardiology",
    "Obstetrics",
    "Emergency Medicine",
]
VENDORS = ["Iron Mountain", "Shred-it", "Recall Secure Destruction", "Access Information Management"]
ROI_VENDORS = ["Verisma", "MRO Corp", "Datavant (Ciox)", "Sharecare ROI"]
RETENTION = [
    "adults: 10 years after last discharge",
    "minors: until age 21 plus 7 years",
    "15 years after last encounter",
    "8 years after last attendance",
]
SENSITIVE = [
    "substance use disorder records (42 CFR Part 2)",
    "psychotherapy notes",
    "genetic testing results",
    "HIV test results",
]
AGENCIES = {"US": ["Louisiana Department of Health", "Kentucky Cancer Registry", "Minnesota Department of Health", "Social Security Administration"],
            "CA": ["Public Health Ontario", "WorkSafeBC", "Manitoba Health", "Service Canada"]}  # fmt: skip
POLICE = {"US": "Lafayette Police Department", "CA": "Toronto Police Service"}
COURTS = {
    "US": "DISTRICT COURT, PARISH OF LAFAYETTE, STATE OF LOUISIANA",
    "IE": "THE HIGH COURT (Personal Injuries List)",
}
ID_TYPES = {
    "US": "state driver's license",
    "CA": "driver's licence",
    "UK": "photocard driving licence",
    "IE": "driving licence",
    "AU": "driver licence",
}
LEGAL_DOCS = [
    "Durable Power of Attorney for Health Care",
    "Letters of Guardianship",
    "Court order of conservatorship",
    "Health care proxy (MOLST on file)",
]
PROXY_TYPES = ["full access", "view only - no messaging", "billing only", "scheduling and messaging"]
RELS = {
    True: ["daughter", "wife", "niece", "sister", "granddaughter", "mother"],
    False: ["son", "husband", "nephew", "brother", "grandson", "father"],
}
REG = {
    "US": ("NPI", ""),
    "CA": ("CPSO", "%#####"),
    "UK": ("GMC", "%######"),
    "IE": ("IMC", "%#####"),
    "AU": ("AHPRA", "MED000%######"),
}
SCANNERS = ["Kodak i4250", "Fujitsu fi-7600", "Canon DR-G2140"]
YEARS = [str(y) for y in range(2009, 2024)]


# ---- templates ------------------------------------------------------------------------------------------------

ROI_LOG = """request_no,received,requester,requester_type,patient,dob,«mrnl»,dos_from,dos_to,purpose,pages,status,assigned_to
«roi1»,«d1_loc»,"«a_n», «firm»",attorney,"«p_LF»",«p_dob»,«p_mrn»,«d2_loc»,«d3_loc»,«purpose1»,«pages1»,«status1»,«c1_user»
«roi2»,«d4_loc»,«insurer»,insurer,"«q1_LF»",«q1_dob»,«q1_mrn»,«d5_loc»,«d5_loc»,«purpose2»,«pages2»,«status2»,«c2_user»
«roi3»,«d4_loc»,"«r_n» («r_rel»)",personal rep,"«q2_LFm»",«q2_dob»,«q2_mrn»,«d6_loc»,«d7_loc»,«purpose3»,,«status3»,«c1_user»
«roi4»,«d6_loc»,self,patient,"«q3_LF»",«q3_dob»,«q3_mrn»,,,personal use,«pages3»,«status1»,«c2_user»
«roi5»,«d7_loc»,«agency»,government,"«q4_LF»",«q4_dob»,«q4_mrn»,«d8_loc»,«d3_loc»,«purpose2»,«pages4»,«status2»,«c1_user»
# queue export «d1_iso» «t1» by «s_user» - «hospital» HIM/ROI - 5 rows - next QA «c2_ini»
"""

AUTH_FORM = """«hospital» - Health Information Management
‹AUTHORIZATION TO USE OR DISCLOSE HEALTH INFORMATION› («law»)
Patient name: «p_nm»                        Date of birth: «p_dob»          «mrnl»: «p_mrn»
Address: «p_addr»
Phone: «p_ph»                         E-mail: «p_em»          «hpl»: «p_hp»
1. I authorize «hospital» to release the information below to:
   Name: «a_n»                       Organization: «firm»
   Address: «a_addr»           Fax: «a_ph»
2. Information to be released:  [x] «doctype1»  [x] «doctype2»  [ ] Psychotherapy notes  [x] Itemized billing
   Dates of service: from «d2_loc» to «d3_loc»
   I specifically authorize release of «sens»:  YES  initials: «p_ini»
3. Purpose of disclosure: «purpose1»
4. This authorization expires on «d4_long» or when claim «claim» is closed, whichever is first.
5. I may revoke this authorization in writing to the HIM Department (ext «ext1»), except where action has been taken.
Signature of patient: /s/ «p_n»                 Date signed: «d1_loc»
If signed by a personal representative: «r_n», «r_rel», authority: «legal_doc»
Office use: ID verified («idtype» «p_dl») by «c1_n», «role1» - logged as «roi1»
"""

ATTY_LETTER = """«firm»
«a_addr»
Tel. «a_ph»  |  «a_em»

«d1_long»

VIA FAX AND CERTIFIED MAIL
Custodian of Records, Health Information Management
«hospital»

Re:   Our client:        «p_n»
      Date of birth:     «p_dob»
      «natl»:               «p_nat»
      Date of incident:  «d2_long»
      Our file no.:      «afile»

Dear Sir or Madam:

This office represents «p_title» «p_f» in connection with injuries sustained on «d2_long». Please provide a
complete certified copy of all records, including the «doctype1», «doctype2», imaging on CD and itemized billing,
for dates of service «d2_loc» through «d3_loc». An authorization signed by our client on «d4_loc» is enclosed
(«law»). Please invoice this office; we will pay reasonable copy charges.

Questions may be directed to my paralegal, «l_n», at «l_ph» or «l_em».

Very truly yours,

«a_nm», «a_suffix»
«barl» «a_bar»
cc: «p_nm» (client); file
"""

SUBPOENA = """«court»

«v_n»,                                                   Case No. «docket»
                Plaintiff,
      v.                                                 ‹SUBPOENA DUCES TECUM›
«defendant»,                                             (RECORDS ONLY)
                Defendant.

TO: Custodian of Records, «hospital»

YOU ARE COMMANDED to produce the records described below on «d5_long» at 10:00 a.m. at the offices of
«a_n», «a_addr», or to deliver certified copies with an affidavit of custodian before that date.

RECORDS OF: «p_n» (also known as «p_aka»), date of birth «p_dob», «natl» «p_nat», all «doctype1» and
«doctype2» from «d2_loc» to the present, billing ledgers and «sens» only upon separate court order.

Issued «d1_loc».                          «j_n», Deputy Clerk of Court
Requesting attorney: «a_n», «barl» «a_bar», tel «a_ph», counsel for plaintiff «v_n».

--- HIM handling note (internal) ---
Received «d1_dm» «t1» by «c1_n» («role1»). Satisfactory assurance of notice to patient: «status1».
Forwarded to Risk / Privacy («s_n», ext «ext1»). Page count «pages1»; sealed «sens» pulled.
"""

INSURER_REQ = """«insurer» - Disability Claims Unit
‹REQUEST FOR MEDICAL RECORDS›
Date: «d1_loc»          Claim No.: «claim»          Policy No.: «policy»
Claimant: «p_LF»          DOB: «p_dob»          «natl»: «p_nat»          Employer: «employer»
Claimant address: «p_addr»
Treating physician: Dr. «m_n» («regl» «m_npi»)
Records requested: «doctype1», «doctype2», office notes and functional capacity evaluations from «d2_loc» to present.
Date last worked: «d3_loc»       Date of disability: «d6_loc»       Occupation: warehouse lead
Send to: «j_n», Claims Specialist, fax «j_ph», «j_em»
A signed authorization dated «d4_loc» is enclosed. We will pay copy charges up to «fee1» without prior approval.

---- HIM intake ----
Logged «roi1» by «c1_i» («c1_ini») on «d1_dm»; «pages1» pp.; status «status1»; purpose «purpose2».
"""

ACCOUNTING = """‹ACCOUNTING OF DISCLOSURES› («acclaw») - «hospital»
Patient: «p_LF»     «mrnl» «p_mrn»     DOB «p_dob»     Request received «d1_loc»
Period covered: «d8_loc» - «d1_loc»     Requested by: «p_n» (self)     Mail to: «p_addr»

DATE        | RECIPIENT                              | DESCRIPTION            | PURPOSE / AUTHORITY                 | BY
«d2_loc»  | «agency»                             | «doctype1»           | public health reporting             | «c1_ini»
«d3_loc»  | «a_n», «firm»             | «doctype2»           | subpoena, case «docket»           | «c2_ini»
«d5_loc»  | «insurer»                            | claim file copies       | «purpose2»                           | «c1_ini»
«d6_loc»  | Det. «o_n», «police»        | ED record              | law enforcement, report «pref»     | «c2_ini»
«d7_loc»  | «v_n» (sent in error)               | «doctype3»           | misdirected fax, incident «inc»    | «c2_ini»

Prepared by «s_n», «role4», «d1_long». First accounting in 12 months - no fee. Disclosures for treatment,
payment and operations are not listed.
"""

AMENDMENT = """‹REQUEST TO AMEND HEALTH INFORMATION› («amendlaw») - «hospital»
Patient: «p_n»        DOB: «p_dob»        «mrnl»: «p_mrn»        Phone: «p_ph»
Record to amend: «doctype1» dated «d2_loc», author Dr. «m_f»
What is wrong: "It says I smoke a pack a day and that my emergency contact is «v_n». I never smoked.
My contact is my «r_rel» «r_n», «r_ph». My date of birth is also wrong in the portal («dob_wrong»)."
Signed «p_n», «d1_loc».   Tracking: «amd»

‹RESPONSE TO YOUR REQUEST FOR AMENDMENT›                                   «d5_long»
Dear «p_title» «p_f»:
Your request received «d1_loc» has been [x] accepted in part  [x] denied in part.
Accepted: the emergency contact is now «r_nm» and your date of birth reads «p_dob» in the master patient index.
Denied: Dr. «m_n», who wrote the «doctype1», reviewed the entry on «d5_loc» and states it was recorded accurately
from your interview. You may file a statement of disagreement with the Privacy Officer, «s_n» («s_em»),
and it will be appended to your record and sent with any future disclosure of it.
Reviewed by: «m_n», MD; «k_n», «role3»
"""

DEFICIENCY = """‹INCOMPLETE RECORDS - PHYSICIAN DEFICIENCY REPORT› - «hospital» - run «d1_loc» «t1»
Physician: «m_LF» («regl» «m_npi»«dea»)   Service: «service»   Suspension warning in «days1» days
ENC/ACCT       PATIENT                            DISCH       DEFICIENCY                         DOC TYPE                 DAYS
«q1_fin»     «q1_LF»                       «d2_loc»  signature required                 «doctype1»               «days2»
«q2_fin»     «q2_LFm»                      «d4_loc»  dictation missing                  Discharge Summary        «days3»
«p_fin»      «p_LF»                        «d7_loc»  verbal order not authenticated     Orders                   «days4»
«q3_fin»     «q3_LF»                       «d6_loc»  H&P update > 24h                    «doctype2»               «days5»
Co-signature also pending for resident Dr «m2_n» (3 items).  Analyst: «c1_n» («c1_user»), ext «ext1»
Notice e-mailed to «m_em» on «d1_dm»; copy to «s_n», «role2».
"""

CDI_QUERY = """‹CLINICAL DOCUMENTATION QUERY› - query «qid» - sent «d1_loc»
To: Dr. «m_n» (attending, «service»)        From: «k_n», «role3» <«k_em»>
Patient: «p_LF»     «mrnl» «p_mrn»     Acct «p_fin»     «hpl» «p_hp»     Admit «d7_loc»     Age «p_age»
Clinical indicators: «lab1» on «d1_dm»; «lab2»; treated with «drug1» and «drug2».
Question: Based on your clinical judgment, can the «cond» documented on «d1_dm» be further specified?
  [ ] «opt1»   [ ] «opt2»   [ ] Other: ________   [ ] Unable to determine
Working «drg1» (principal «code1»); no financial impact is implied by this query.
Response «d5_loc» «t2», Dr «m_f»: «opt1» - documented in the progress note.
No response in 48h goes to the physician advisor, Dr. «m2_n».
"""

MPI_MERGE = """EMPI DUPLICATE / OVERLAY WORKLIST - «hospital» - «d1_iso» - «algo» - threshold 18.5 - analyst «c1_user»
TASK       SCORE  SURVIVOR    NAME                          DOB          «natl»          NON-SURVIVOR  NAME                          DOB          ACTION
«task1»  22.4   «p_mrn»   «p_LF»                 «p_dob»   «p_nat»   «px_mrn»    «p_LFm»                «p_dob»   ‹MERGE - same SSN, middle initial added›
«task2»  19.1   «q1_mrn»  «q1_LF»                «q1_dob»  «q1_nat»  «q2_mrn»    «q2_LF»                «q1_dob»  ‹NOT DUP - twins, same DOB›
«task3»  --     «q3_mrn»  «q3_LF»                «q3_dob»  «q3_nat»  --            --                              --           UNMERGE - overlay with «q4_LF» «q4_dob»
Task «task3»: encounter «q4_fin» of «q4_LF» was registered to «q3_mrn» on «d2_loc»; requested by «c2_n», approved «s_n» («role2»).
Linked «hpl» on «px_mrn»: «p_hp» (source «sys1»; the survivor's from «sys2», paper chart before «year»). Next review «d3_dm».
"""

ID_THEFT = """‹MEDICAL IDENTITY THEFT - PRIVACY CASE NOTE›     Case «case»     Opened «d1_loc» by «s_n», «role4»
Reporting patient: «p_n», DOB «p_dob», «mrnl» «p_mrn», «hpl» «p_hp»
Patient received a collection notice (account «p_fin») for an ED visit on «d2_loc» at «hospital»; was out of state then.
Registration for that visit: «idtype» «p_dl» shown by a man, phone given «v_ph», address given «v_line», «v_town».
Portal: login from IP «ip» on «d3_dm», e-mail changed to «v_em» - account locked «t2».
Clinical: ED physician Dr «m_n»; allergy list (NKDA) and blood type from that visit are NOT the patient's -
encounter sequestered, not deleted; alert on the MPI; «drug1» order flagged.
Police: «police» report «pref», Officer «o_n» («o_ph»). FTC IdentityTheft.gov report «ftc».
Suspect per patient: former tenant «v_n» (DOB «v_dob»), last known «v_addr».
Letter to patient at «p_addr» sent «d4_loc»; credit monitoring offered 24 months. Case reviewed with «c1_n».
"""

DESTRUCTION = """«vendor» - ‹CERTIFICATE OF DESTRUCTION› - certificate «cert»
Client: «hospital», Health Information Management      Retention rule applied: «retention»
Method: cross-cut shredding, then pulped (NAID AAA certified)        Date destroyed: «d1_loc» «t1»
Boxes: «box1», «box2», «box3»  (approx. «pages1» pages, record years «year» and earlier)
Witnessed by: «c1_n» («role1») and «j_n» (vendor driver)
Pulled before destruction (legal hold / minors / research):
  - «p_LF», «mrnl» «p_mrn», «hpl» «p_hp», DOB «p_dob» - litigation hold per «a_n», «firm»
  - «q1_LF», DOB «q1_dob» - minor at discharge, retain until «d5_loc»
  - «q2_LFm», «mrnl» «q2_mrn» - died «d3_loc»; estate request from «r_n», «r_ph»
  - «q3_Lfm», DOB «q3_dob» - research hold, PI Dr. «m_n»
Authorized: «s_n», «role2», «d1_long».
"""

SCAN_QA = """[«d1_iso» «t1»] QA-FAIL batch «batch1» img 0042: «doctype1» of «q1_LF» («q1_mrn») indexed to «q2_LF» («q2_mrn») - moved by «c1_user»
[«d1_iso» «t2»] QA-WARN batch «batch1» img 0107: barcode unreadable; label reads «p_LF» DOB «p_dob» «hpl» «p_hp» - manual index to enc «p_fin»
[«d1_iso» «t3»] QA-FAIL batch «batch2» img 0011: outside record from Dr «m_n» (fax «m_ph») filed to «q3_fin» of «q3_LF»; correct enc «q3_fin2»
[«d1_iso» «t4»] QA-OK   batch «batch2» 212 images, 0 errors, scanner «scanner»
[«d7_iso» «t5»] QA-FAIL batch «batch3» img 0230: «doctype2» dated «d3_loc» belongs to «q4_n» (age «q4_age»), not «p_n»
summary «d7_iso»: 4 misfiles / 1,204 images = 0.33% - reviewer «c2_n» («c2_ini») - reported to «s_n», «role2»
"""

PROXY = """‹PATIENT PORTAL - PROXY ACCESS REQUEST› («portal»)
Section A - Patient
  Name: «p_nm»      DOB: «p_dob»      «mrnl»: «p_mrn»      Age: «p_age»
  «hpl»: «p_hp»
Section B - Proxy (person requesting access)
  Name: «r_n»      Relationship: «r_rel»      DOB: «r_dob»
  Phone: «r_ph»      E-mail: «r_em»
  Address: «r_addr»
  Access requested: «proxy_type»
  Legal authority: «legal_doc» dated «d2_loc» (copy attached, 3 pages)
Section C - Office use
  ID checked: «idtype» «r_dl» by «c1_n» («role1») on «d1_loc»; activation code sent «t1» to «r_em»
  Request came from IP «ip»; verification link «url»
  Prior proxy «q1_n» (revoked «d3_loc» at patient's request). Approved «s_n», «role2», «d4_loc».
"""

INVOICE = """«roi_vendor» on behalf of «hospital»
‹INVOICE› «inv»                 Invoice date: «d1_loc»                 Due: «d5_loc»
Bill to: «a_n», «firm»
         «a_addr»
Attn:    «l_n» («l_em»)
Re:      patient «p_LF», DOB «p_dob», request «roi1», your ref «afile»

DESCRIPTION                                   QTY      RATE       AMOUNT
Basic retrieval fee                             1      «fee1»     «fee1»
Paper copies, pages 1-«pages1»                  1      «fee2»     «fee2»
Certification / affidavit of custodian          1      «fee3»     «fee3»
Postage (certified)                             1      $8.95      $8.95
TOTAL DUE                                                         «total»

Records released «d2_loc» by «c1_n». Questions: «c2_n», «c2_ph». Federal tax ID on request. Year «year» rates.
"""

FAX = """‹FAX COVER SHEET› - «hospital» - Health Information Management / Release of Information
To: «a_n», «firm»            Fax: «a_ph»
From: «c1_n», «role1»            Ext. «ext1»
Date: «d1_loc» «t1»            Pages (incl. cover): «days1»
Re: «p_LF», DOB «p_dob», request «roi1»
CONFIDENTIAL: this facsimile holds protected health information. If received in error, call the sender and destroy it.

=== PRIVACY INCIDENT «inc» - MISDIRECTED FAX ===
Reported «d1_loc» «t2» by «c1_n». The fax above went to «wrong_ph» (two digits transposed) instead of «a_ph».
Recipient: «v_n», who called back at «t3» and confirmed the pages were shredded; attestation e-mailed from
«v_em» on «d2_loc». Content: «doctype1», «doctype2» for «p_n» («mrnl» «p_mrn»), no «sens».
"""

EMAIL = """From: «c1_n» <«c1_em»>
To: «s_n» <«s_em»>
Cc: «c2_n» <«c2_em»>
Date: «d1_long» «t2»
Subject: RE: STAT request - «p_LF» - «mrnl» «p_mrn»

«s_g» - the «purpose2» request for «p_g» «p_f» covers «d2_loc» to «d3_loc». The chart has a «sens_short»
encounter, so I pulled those pages. There is also a second chart, «px_mrn», which looks like an overlay with
«q1_n» (DOB «q1_dob»); I sent it to the MPI team under «task1».
- «c1_g»

-----Original Message-----
From: «s_n» <«s_em»>
Sent: «d4_long» «t1»
To: «c1_n»
Subject: STAT request - «p_LF» - «mrnl» «p_mrn»

«p_Her» «r_rel» «r_n» called again («r_ph») and says there is a «legal_doc». Can we release to «r_g»?
Please check the scan from «d7_loc» and call «r_g» back before 4 pm. Thanks, «s_i» (ext «ext1»)
"""

MPI_JSON = """{"query": {"family": "«p_f»", "given": "«p_g»", "dob": "«p_dobiso»", "by": "«c1_user»", "at": "«d1_iso» «t1»", "facility": "«hospital»"},
 "algorithm": "«algo»", "threshold": 0.75,
 "results": [
  {"score": 0.97, "mrn": "«p_mrn»", "name": "«p_LF»", "dob": "«p_dobiso»", "sex": "«p_sex»", "natid": "«p_nat»", "address": "«p_line»", "city": "«p_town»", "postal": "«p_pc»", "phone": "«p_ph»", "last_visit": "«d2_iso»", "status": "active"},
  {"score": 0.88, "mrn": "«px_mrn»", "name": "«p_LFm»", "dob": "«p_dobiso»", "sex": "«p_sex»", "natid": "", "address": "«p_line»", "city": "«p_town»", "postal": "«p_pc»", "phone": "«q2_ph»", "last_visit": "«d3_iso»", "status": "active", "note": "probable duplicate"},
  {"score": 0.61, "mrn": "«q1_mrn»", "name": "«q1_LF»", "dob": "«q1_dobiso»", "sex": "«q1_sex»", "natid": "«q1_nat»", "address": "«q1_line»", "city": "«q1_town»", "postal": "«q1_pc»", "phone": "«q1_ph»", "last_visit": "«d4_iso»", "status": "deceased", "age": "«q1_age»"}],
 "contact": {"name": "«r_n»", "relationship": "«r_rel»", "phone": "«r_ph»"},
 "audit": {"user": "«c1_user»", "reason": "«purpose1»", "reviewed_by": "«s_n»"}}
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p91_roi_request_worklist_csv", ["US", "CA"], "text", ROI_LOG),
    ("p91_disclosure_authorization_form", ["US", "CA"], "text", AUTH_FORM),
    ("p91_attorney_records_request_letter", ["US", "UK"], "text", ATTY_LETTER),
    ("p91_subpoena_duces_tecum_records", ["US", "IE"], "text", SUBPOENA),
    ("p91_disability_insurer_records_request", ["US", "CA"], "text", INSURER_REQ),
    ("p91_accounting_of_disclosures_report", ["US", "CA"], "text", ACCOUNTING),
    ("p91_amendment_request_and_response", ["US", "CA"], "text", AMENDMENT),
    ("p91_physician_chart_deficiency_report", ["US", "AU"], "text", DEFICIENCY),
    ("p91_cdi_physician_query", ["US", "CA"], "text", CDI_QUERY),
    ("p91_empi_merge_unmerge_worklist", ["US", "CA"], "text", MPI_MERGE),
    ("p91_medical_identity_theft_case", ["US", "US"], "text", ID_THEFT),
    ("p91_records_destruction_certificate", ["US", "UK"], "text", DESTRUCTION),
    ("p91_scanning_indexing_qa_log", ["US", "AU"], "text", SCAN_QA),
    ("p91_portal_proxy_access_request", ["US", "CA"], "text", PROXY),
    ("p91_records_copy_invoice", ["US", "IE"], "text", INVOICE),
    ("p91_misdirected_fax_incident", ["US", "CA"], "text", FAX),
    ("p91_him_email_thread", ["US", "UK"], "text", EMAIL),
    ("p91_mpi_search_export_json", ["US", "CA"], "json", MPI_JSON),
]


def money(rng: random.Random, lo: float, hi: float) -> str:
    return f"${rng.uniform(lo, hi):,.2f}"


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(680))
    used: set[str] = set()
    old = (90 * Y + 30, 102 * Y)
    p = draw_person(rng, loc, used, d1, age_days=old if rng.random() < 0.5 else (19 * Y, 89 * Y))
    ppl: dict[str, Person] = {"p": p}
    ppl["r"] = draw_person(
        rng,
        loc,
        used,
        d1,
        culture=p.culture,
        family=p.family if rng.random() < 0.4 else None,
        age_days=(24 * Y, 72 * Y),
    )
    for x in ("q1", "q2", "q3", "q4"):
        twin = (
            x == "q2" and kind == "p91_empi_merge_unmerge_worklist"
        )  # a twin of q1: same family name and birthday
        ppl[x] = draw_person(rng, loc, used, d1, age_days=old if rng.random() < 0.3 else (1 * Y, 89 * Y),
                             culture=ppl["q1"].culture if twin else None, family=ppl["q1"].family if twin else None)  # fmt: skip
        if twin:
            ppl[x].dob = ppl["q1"].dob
    for x in ("a", "l", "c1", "c2", "m", "m2", "k", "s", "j", "o", "v"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(23 * Y, 67 * Y))
    x = draw_person(rng, loc, used, d1, culture=p.culture, age_days=(30 * Y, 60 * Y))
    s: dict[str, Slot] = {}
    for k, w in ppl.items():
        s.update(person_slots(k, w, d1))
    s["p_aka"] = P("NAME", f"{p.given} {x.family}")
    s["mrnl"], s["hpl"], s["natl"] = s["p_mrnl"], s["p_hpl"], s["p_natl"]
    # numbers
    mrn_pat = {"US": "%#######", "CA": "@%######", "UK": "@%######", "IE": "%######", "AU": "%######"}[
        loc_code
    ]
    s["px_mrn"] = P("MRN", fill(rng, mrn_pat))
    for w in ("p", "q1", "q2", "q3", "q4"):
        s[f"{w}_fin"] = (
            P("ACCOUNT", fill(rng, rng.choice(["%#########", "HAR%#######"])))
            if loc_code == "US"
            else P("ID", fill(rng, rng.choice(["E%#######", "%##-###-###"])))
        )
    s["q3_fin2"] = (
        P("ACCOUNT", fill(rng, "%#########")) if loc_code == "US" else P("ID", fill(rng, "E%#######"))
    )
    for i in range(1, 6):
        s[f"roi{i}"] = P("ID", fill(rng, rng.choice([f"ROI-{d1.year}-%#####", "R%#######", "RQ%######"])))
    s["claim"] = P("ID", fill(rng, rng.choice(["%##########", "CL-%######", "%########-###"])))
    s["policy"] = P("ID", fill(rng, rng.choice(["LTD-%#####", "%#######", "GP%######"])))
    s["afile"] = P("ID", fill(rng, rng.choice(["%###.%##", "PI-%####", "%##/%###"])))
    s["docket"] = P("ID", fill(rng, {"US": "C-%#####", "IE": "%###/%###P"}.get(loc_code, "CV-%#-%#####")))
    s["qid"] = P("ID", fill(rng, "CDI-%#####"))
    for i in (1, 2, 3):
        s[f"task{i}"] = P("ID", fill(rng, "T%######"))
    s["case"] = P("ID", fill(rng, rng.choice(["PRIV-%####", "%#####"])))
    s["inc"] = P("ID", fill(rng, rng.choice(["INC-%####", "PI%#####", "%####-P"])))
    s["amd"] = P("ID", fill(rng, "AMD-%####"))
    s["inv"] = P("ID", fill(rng, rng.choice(["%#######", "INV-%######"])))
    s["pref"] = P("ID", fill(rng, rng.choice(["%#-######", "%##########", "GO %######"])))
    s["ftc"] = P("ID", fill(rng, "%########"))
    s["dob_wrong"] = P(
        "DATE", date_forms(p.dob + timedelta(days=rng.choice([-366, 31, 365, 1])), loc_code)["loc"].value
    )
    s["wrong_ph"] = P("PHONE", fill(rng, rng.choice(loc.phones)))
    regl, regpat = REG[loc_code]
    s["regl"], s["m_npi"] = regl, P("LICENSE", ids.npi(rng) if loc_code == "US" else fill(rng, regpat))
    s["dea"] = ("; DEA ", P("LICENSE", ids.dea(rng, plain(ppl["m"].family)))) if loc_code == "US" else ""
    s["barl"], s["a_suffix"] = {
        "US": ("Bar No.", "Esq."),
        "UK": ("SRA ID", "Solicitor"),
        "IE": ("Law Society No.", "Solicitor"),
    }.get(loc_code, ("LSO No.", "Barrister & Solicitor"))
    s["a_bar"] = P("LICENSE", fill(rng, {"UK": "%#####", "IE": "S%####"}.get(loc_code, "%######")))
    s["ip"] = P("IP", ids.ipv4(rng))
    s["url"] = P(
        "URL",
        f"https://portal.{loc_code.lower()}-health.example.org/proxy/verify?mrn={p.ids['mrn']}&token="
        + fill(rng, "@@%#@#%@"),
    )
    # keep vocabulary
    s["hospital"] = K(rng.choice(HOSPITALS[loc_code]))
    s["law"] = K(LAW[loc_code])
    s["acclaw"] = K(ACCOUNTING_LAW.get(loc_code, "45 CFR 164.528"))
    s["amendlaw"] = K(AMEND_LAW.get(loc_code, "45 CFR 164.526"))
    for i, v in enumerate(rng.sample(DOCTYPES, 3), 1):
        s[f"doctype{i}"] = K(v)
    for i, v in enumerate(rng.sample(PURPOSES, 3), 1):
        s[f"purpose{i}"] = K(v)
    for i, v in enumerate(rng.sample(STATUSES, 3), 1):
        s[f"status{i}"] = K(v)
    for i in range(1, 5):
        s[f"pages{i}"] = K(str(rng.randint(12, 1480)))
    s["firm"] = K(rng.choice(FIRMS[loc_code]))
    s["insurer"] = K(rng.choice(INSURERS[loc_code]))
    s["employer"] = K(rng.choice(EMPLOYERS))
    s["agency"] = K(rng.choice(AGENCIES.get(loc_code, AGENCIES["US"])))
    s["police"] = K(POLICE.get(loc_code, POLICE["US"]))
    s["court"] = K(COURTS.get(loc_code, COURTS["US"]))
    s["defendant"] = K(
        rng.choice(["Acadiana Grocers, Inc.", "Bluegrass Freight Lines LLC", "Dunnes Stores", "Walmart Inc."])
    )
    s["idtype"] = K(ID_TYPES[loc_code])
    s["legal_doc"] = K(rng.choice(LEGAL_DOCS))
    s["proxy_type"] = K(rng.choice(PROXY_TYPES))
    s["portal"] = K(rng.choice(["MyChart", "FollowMyHealth", "MyHealthPortal"]))
    sens = rng.choice(SENSITIVE)
    s["sens"], s["sens_short"] = K(sens), K(rng.choice(["42 CFR Part 2", "behavioral health", "HIV testing"]))
    roles = list(ROLES)
    s["role1"], s["role2"], s["role3"], s["role4"] = K(roles[0]), K(roles[1]), K(roles[2]), K(roles[3])
    s["ext1"] = K(fill(rng, "^###"))
    s["service"] = K(rng.choice(SERVICES))
    for i in range(1, 6):
        s[f"days{i}"] = K(str(rng.randint(3, 45)))
    cond, o1, o2 = rng.choice(QUERIES)
    s["cond"], s["opt1"], s["opt2"] = K(cond), K(o1), K(o2)
    s["lab1"], s["lab2"] = (K(v) for v in rng.sample(LABS, 2))
    s["drug1"], s["drug2"] = (K(v) for v in rng.sample(DRUGS, 2))
    s["drg1"], s["code1"] = K(rng.choice(DRGS)), K(rng.choice(CODES))
    s["vendor"] = K(rng.choice(VENDORS))
    s["roi_vendor"] = K(rng.choice(ROI_VENDORS))
    s["cert"] = K(fill(rng, "COD-%#####"))
    for i in (1, 2, 3):
        s[f"box{i}"] = K(fill(rng, "BX-%####"))
        s[f"batch{i}"] = K(fill(rng, "B%####"))
    s["retention"] = K(rng.choice(RETENTION))
    s["sys1"], s["sys2"] = (
        K(v)
        for v in rng.sample(
            ["Epic ADT", "Cerner Millennium", "MEDITECH Expanse", "Sunquest LIS", "Cerner PowerChart"], 2
        )
    )
    s["scanner"] = K(rng.choice(SCANNERS))
    s["algo"] = K(rng.choice(["probabilistic v4.2", "Verato referential", "deterministic + fuzzy"]))
    fees = [rng.uniform(6, 30), rng.uniform(10, 180), rng.uniform(5, 25)]
    for i, f in enumerate(fees, 1):
        s[f"fee{i}"] = K(f"${f:,.2f}")
    s["total"] = K(f"${sum(fees) + 8.95:,.2f}")
    s["year"] = K(rng.choice(YEARS))
    mins = sorted(rng.sample(range(7 * 60, 19 * 60, 7), 5))
    for i, m in enumerate(mins, 1):
        s[f"t{i}"] = K(f"{m // 60:02d}:{m % 60:02d}")
    s["r_rel"] = rng.choice(RELS[ppl["r"].female])
    d2 = d1 - timedelta(days=rng.randint(200, 700))
    dd = {"d1": d1, "d2": d2, "d3": d2 + timedelta(days=rng.randint(1, 150)), "d4": d1 - timedelta(days=rng.randint(1, 60)),
          "d5": d1 + timedelta(days=rng.randint(10, 90)), "d6": d1 - timedelta(days=rng.randint(30, 180)),
          "d7": d1 - timedelta(days=rng.randint(2, 29)), "d8": d1 - timedelta(days=rng.randint(365, 380))}  # fmt: skip
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
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


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(400):
        rng = random.Random(f"phigate-probe91:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
