# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-fourth independent probe corpus: case-stripped English health text, where capitalisation gives no clue,
from the United States, Canada, the United Kingdom, Ireland, Australia and New Zealand -- built the way an outside
evaluator builds a held-out set, with its own templates and its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each. In capitals (legacy and printed output): an AS/400
registration inquiry screen, a batch of pharmacy labels, a teletype-style cumulative lab printout, an HL7 feed
with its upper-case rendering, an ambulance CAD incident log, a fax cover sheet, wristband and specimen labels,
an insurance EOB printout and a court order for records. In lower case (typed on phones or by hurried staff): a
patient SMS thread, a WhatsApp family-group export, chatbot prompts and search queries, nurse quick notes, git
commit messages with code comments, a Slack channel export (JSON) and a voice-assistant transcript (JSON). Mixed:
an EMS run sheet (printed fields in capitals, the crew's narrative typed in lower case) and a referral printed
in capitals with the receiving clinician's lower-case reply. Every value -- names, addresses, towns, dates,
phones, e-mails, identifiers, ages 90+ and the harmless vocabulary -- is written in the casing of the text
around it.

Template language: the kit's `«slot»` and `‹literal›`. In a capitals or lower-case template every slot takes
the template's casing; a mixed template writes `«U_x»` or `«L_x»`. People: `p` the patient (aged 90+ in the
CAD log, the EMS run sheet, the WhatsApp export, the chatbot prompts, the court order and the wristbands), `r`
a relative, `d` the physician, `n` a nurse, `s` a clerk, paramedic or developer, `c` another clinician, `w1`-`w3`
other patients or relatives. Forms: `_n` full name, `_g` given, `_f` family, `_lf` "Family, Given", `_i` "G.
Family", `_fi` "Family G", `_nick` the name the person goes by, `_ph` `_ph2` `_em`, `_line` `_town` `_pc`
`_addr`, `_dob` (the country's form) and `_dobyy` `_dobmon` `_dob8` `_dobiso`, `_age` (keep, under 90), `_old`
(AGE, 90+), `_nat` `_hp` `_hid` with their `_natl` `_hpl` `_hidl` labels, `_dl`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written, in whatever case: full, given alone, family alone, "FAMILY, GIVEN",
  "FAMILY G", an initial and the family name, a nickname; particles (Ó, Ní, Al-) inside the value.
  Honorifics, credentials and roles (DR, MRS, RN, PCP, medic) are plain text.
- ADDRESS street lines and towns; ZIP US ZIP codes, Canadian postal codes, UK postcodes, Eircodes, Australian and
  New Zealand postcodes; states, provinces, counties and regions plain text.
- DATE every date more specific than a year (DDMMMYY and YYYYMMDD too); years alone keep. AGE 90 and over; ages
  under 90 keep.
- PHONE, EMAIL of any person; the pharmacy's, lab's, court's and payer's numbers plain text. URL a link carrying a
  token; IP the address a message or a login came from.
- SSN US SSN, Canadian SIN, UK National Insurance number, Irish PPSN, Australian TFN, NZ IRD number. HEALTH_PLAN
  Medicare MBI, member and subscriber ids, Blue Cross, OHIP and RAMQ numbers, Bupa, VHI and GMS numbers,
  Australian Medicare, Southern Cross. ID NHS, CHI, IHI and NHI numbers, prescription numbers, specimen and
  accession numbers, claim, incident, case and ticket numbers. MRN hospital record numbers. ACCOUNT billing
  accounts and bank accounts. LICENSE NPI, DEA, GMC, AHPRA, MCNZ, CPSO and IMC numbers, driving licences. DEVICE a
  patient's device serial number. VEHICLE a plate and a VIN.
- Keep (must survive), in the document's casing: drugs and doses, lab values, ICD-10 and CPT codes, hospitals,
  wards, pharmacies and labs, payers, regulations and form numbers, times, ages under 90, years, headings marked
  ‹...›.
- A draw that makes a label ambiguous (a name word also elsewhere in the document, in any case) is re-drawn
  (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe84 import ids
from tests.engine.probe84.people import LOCS, K, P, Person, Slot, draw_person, fill, id_labels, plain

__all__ = ["CASE", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
Y = 365


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    return {
        "loc": D(f"{d:%m/%d/%Y}" if loc == "US" else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "long": D(f"{mon} {d.day}, {d.year}" if loc in ("US", "CA") else f"{d.day} {mon} {d.year}"),
        "short": D(
            f"{d.month}/{d.day}"
            if loc == "US"
            else f"{mon[:3]} {d.day}"
            if loc == "CA"
            else f"{d.day}/{d.month}"
        ),
        "mon": D(f"{d.day:02d}-{mon[:3]}-{d.year}"),
        "compact": D(f"{d.day:02d}{mon[:3]}{d.year % 100:02d}"),
        "yy": D(f"{d:%m/%d/%y}" if loc == "US" else f"{d:%d/%m/%y}"),
        "iso": D(d.isoformat()),
        "d8": D(f"{d:%Y%m%d}"),
        "dm": D(f"{d.day} {mon}" if loc not in ("US", "CA") else f"{mon} {d.day}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, ab = w.loc.code, w.abbr
    if c in ("US", "CA", "AU"):
        return (A(w.line), ", ", A(w.town), f" {ab} ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {ab}, ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_lf": N(f"{w.family}, {w.given}"),
        f"{x}_i": N(f"{w.given[0]}. {w.family}"), f"{x}_fi": N(f"{w.family} {w.given[0]}"), f"{x}_nick": N(w.nick or w.given),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w), f"{x}_abbr": w.abbr,
        f"{x}_dob": dob["loc"], f"{x}_dobyy": dob["yy"], f"{x}_dobmon": dob["mon"], f"{x}_dob8": dob["d8"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_dl": P("LICENSE", w.ids["dl"]),
        f"{x}_sex": "F" if w.female else "M", f"{x}_he": "she" if w.female else "he", f"{x}_his": "her" if w.female else "his",
        f"{x}_him": "her" if w.female else "him", f"{x}_title": "Mrs" if w.female else "Mr", f"{x}_mum": "mum" if w.female else "dad",
        f"{x}_gm": "grandmother" if w.female else "grandfather", f"{x}_goesby": (" - KNOWN AS ", N(w.nick)) if w.nick else "",
    }  # fmt: skip
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

HOSPITALS = {"US": ["Acadiana General Hospital", "Leeward Oahu Medical Center", "Wayne County Receiving Hospital", "Foothill Presbyterian Medical Center", "Iron Range Regional Hospital"],
             "CA": ["Qikiqtani General Hospital", "Hopital Fleury", "Sioux Lookout Meno Ya Win Health Centre", "Thompson General Hospital"],
             "UK": ["Balfour Hospital", "Royal Cornwall Hospital", "Northern General Hospital", "Leicester Royal Infirmary", "King's College Hospital"],
             "IE": ["University Hospital Galway", "Letterkenny University Hospital", "Tallaght University Hospital", "Tipperary University Hospital"],
             "AU": ["Liverpool Hospital", "Dandenong Hospital", "Lyell McEwin Hospital", "Logan Hospital", "Fiona Stanley Hospital"],
             "NZ": ["Middlemore Hospital", "Gisborne Hospital", "Bay of Islands Hospital", "Wellington Regional Hospital"]}  # fmt: skip
PHARMACIES = {"US": ["Walgreens #07219", "CVS Pharmacy #4418", "Rite Aid #10552", "Longs Drugs #9907"], "CA": ["Shoppers Drug Mart #1213", "Jean Coutu #088", "Northern Store Pharmacy"],
              "UK": ["Boots UK", "Lloydspharmacy", "Well Pharmacy"], "IE": ["McCabes Pharmacy", "Hickey's Pharmacy", "Boots Ireland"],
              "AU": ["Chemist Warehouse", "Priceline Pharmacy", "TerryWhite Chemmart"], "NZ": ["Unichem", "Life Pharmacy", "Countdown Pharmacy"]}  # fmt: skip
UNITS = [
    "4 WEST",
    "WARD 7B",
    "ACUTE MEDICAL UNIT",
    "CCU",
    "SHORT STAY UNIT",
    "REHAB 2",
    "ICU",
    "ED RESUS 3",
    "STROKE UNIT",
    "RENAL UNIT",
]
DRUGS = ["apixaban 5 mg BD", "metformin 500 mg", "furosemide 40 mg", "amlodipine 10 mg", "atorvastatin 40 mg", "levothyroxine 75 mcg", "tramadol 50 mg",
         "insulin glargine 22 units", "sertraline 100 mg", "omeprazole 20 mg", "prednisone 5 mg", "warfarin 3 mg", "gabapentin 300 mg", "salbutamol 100 mcg",
         "amoxicillin 500 mg", "donepezil 10 mg", "bisoprolol 2.5 mg", "ondansetron 4 mg", "quetiapine 25 mg", "allopurinol 300 mg", "morphine 2.5 mg", "spironolactone 25 mg"]  # fmt: skip
LABS = ["Na 131 mmol/L", "K 5.8 mmol/L", "Hb 94 g/L", "INR 3.6", "creatinine 168 umol/L", "eGFR 34", "CRP 112", "WBC 13.8", "troponin 48 ng/L", "HbA1c 8.7%",
        "glucose 19.2 mmol/L", "TSH 0.04 mIU/L", "lactate 3.2", "BNP 1240 pg/mL", "Mg 0.61 mmol/L", "ALT 88 U/L"]  # fmt: skip
ICD = {"I48.91": "atrial fibrillation", "J44.1": "COPD exacerbation", "E11.65": "type 2 diabetes with hyperglycaemia", "N17.9": "acute kidney injury",
       "S72.001A": "hip fracture", "I50.9": "heart failure", "R55": "syncope", "N39.0": "urinary tract infection", "F03.90": "dementia", "J18.9": "pneumonia",
       "I63.9": "stroke", "L03.115": "cellulitis of leg"}  # fmt: skip
CPT = ["99213", "99285", "93000", "80053", "71046", "36415", "85025", "97110"]
PAYERS = {"US": ["Humana Gold Plus", "Blue Cross Blue Shield of Louisiana", "HMSA", "Priority Health", "Medica", "Anthem Blue Cross"],
          "CA": ["NIHB", "Canada Life", "Manulife", "Pacific Blue Cross", "Alberta Blue Cross"], "UK": ["NHS England", "NHS Orkney", "Bupa"],
          "IE": ["HSE", "VHI Healthcare", "Laya Healthcare", "Irish Life Health"], "AU": ["Medicare", "HCF", "Bupa Australia", "DVA"],
          "NZ": ["ACC", "Te Whatu Ora", "Southern Cross"]}  # fmt: skip
REGS = {"US": ["HIPAA", "45 CFR 164.512(e)", "42 CFR Part 2", "Form CMS-1500", "UB-04"], "CA": ["PHIPA", "Form 1", "FIPPA", "Nunavut ATIPP Act"],
        "UK": ["Data Protection Act 2018", "CPR 31.17", "UK GDPR Article 15", "Form N244"], "IE": ["Data Protection Act 2018", "FOI Act 2014", "Section 8"],
        "AU": ["Privacy Act 1988", "Health Records Act 2001", "Form 2"], "NZ": ["Health Information Privacy Code 2020", "Privacy Act 2020", "HIPC Rule 11"]}  # fmt: skip
TIMES = ["0214", "0552", "0738", "1012", "1147", "1326", "1609", "1843", "2031", "2258"]
RELS = {
    True: ["daughter", "wife", "niece", "sister", "granddaughter"],
    False: ["son", "husband", "nephew", "brother", "grandson"],
}
RELCODE = {"daughter": "DTR", "wife": "SPO", "niece": "OTH", "sister": "SIB", "granddaughter": "GDC", "son": "SON", "husband": "SPO", "nephew": "OTH",
           "brother": "SIB", "grandson": "GDC"}  # fmt: skip
REG_LABEL = {"US": "NPI", "CA": "CPSO", "UK": "GMC", "IE": "IMC", "AU": "AHPRA", "NZ": "MCNZ"}


def reg_number(rng: random.Random, loc: str) -> str:
    return {"US": ids.npi(rng), "CA": fill(rng, "%#####"), "UK": fill(rng, "%######"), "IE": fill(rng, "%####"), "AU": fill(rng, "MED000%######"),
            "NZ": fill(rng, "%####")}[loc]  # fmt: skip


# ---- templates (capitals) -------------------------------------------------------------------------------------

AS400 = """PMS0110R              «HOSPITAL»                 «d1_mon»  «t1»
QPADEV00«ws»                   PATIENT REGISTRATION - INQUIRY            USER: «s_user»
 MRN: «mrn»        ACCT: «fin»         ADM: «d1_compact»   SVC: MED   RM: «room»
 NAME.........: «p_lf»                       SEX: «p_sex»   DOB: «p_dobyy»   AGE: «p_age»
 ADDR 1.......: «p_line»
 CITY/ST/ZIP..: «p_town» «p_abbr» «p_pc»
 HOME PH......: «p_ph»                 CELL: «p_ph2»
 EMAIL........: «p_em»
 «p_natl».........: «p_nat»          «p_hpl»: «p_hp»
 GUARANTOR....: «r_lf»                     REL: «r_relcode»   PH: «r_ph»
 EMERG CONT...: «w1_n»                  PH: «w1_ph»
 ATTENDING....: «d_lf» MD          NPI: «d_npi»
 PCP..........: «c_fi»                      PH: «c_ph»
 PRIM INS.....: «payer»      SUBSCR ID: «p_hid»
 DX...........: «icd» «icd_desc»
 ALLERGIES....: «allergy»
 COMMENTS.....: PT PREFERS «r_rel» «r_g» BE CALLED FIRST. OK TO LEAVE MSG. ON «drug1».
 LAST UPD.....: «d2_compact» BY «s_user»  FROM «ip»
F3=EXIT  F5=REFRESH  F10=HISTORY  F12=CANCEL  F21=PRINT            ‹PMS0110R›
"""

PHARMACY = """«pharmacy»          PH «pharm_ph»
RX# «rx1»                  DATE FILLED: «d1_loc»
«p_n»
«p_line»
«p_town» «p_abbr» «p_pc»
«drug1»  QTY: «qty»   REFILLS: 2
TAKE 1 TABLET BY MOUTH TWICE DAILY WITH FOOD
DR. «d_i»   «presc_label» «d_presc»       DOB: «p_dobyy»
«caution»
---------------------------------------------------------------
«pharmacy»          PH «pharm_ph»
RX# «rx2»                  DATE FILLED: «d1_loc»
«w1_n»   C/O «p_i»
«drug2»  QTY: 30   REFILLS: 0     DISCARD AFTER: «d4_loc»
USE AS DIRECTED. MAY CAUSE DROWSINESS.
DR. «c_i»   «c_reg_label» «c_reg»         PT PH: «w1_ph»
---------------------------------------------------------------
PICK-UP LOG «d1_short» «t2»: SIGNED BY «r_n» («r_rel»), ID CHECKED: DL «r_dl»
«aux»
INS: «payer»  «p_hpl» «p_hp»   COPAY $4.00   ACCT «acct»
"""

LABPRINT = """***** CUMULATIVE REPORT *****   «HOSPITAL» - DEPT OF CLINICAL BIOCHEMISTRY   PRINTED «d1_mon» «t1»
PATIENT: «p_lf»          DOB: «p_dob»   SEX: «p_sex»   «p_hidl»: «p_hid»
HOSP NO: «mrn»      LOCATION: «unit»      CONS: DR «d_f»      GP: DR «c_i», «gp_practice»
ADDRESS: «p_addr»
-------------------------------------------------------------------------------------------
SPEC NO      COLLECTED           TEST                    RESULT
«spec1»    «d2_mon» «t2»   «lab1_name»     «lab1»    H
«spec2»    «d3_mon» «t3»   «lab2_name»     «lab2»    L
-------------------------------------------------------------------------------------------
COMMENT: RESULT PHONED TO «n_n» (STAFF NURSE) AT «t4» ON «d3_compact» BY «s_i», BMS.
REPEAT SAMPLE REQUESTED. NOK «r_n» («r_rel») INFORMED ON «r_ph».
AUTHORISED: DR «c2_n» («c2_reg_label» «c2_reg»)   *** END OF REPORT ***   ‹PAGE 1 OF 1›
"""

HL7 = """MSH|^~\\&|LABSYS|«HOSPITAL»|HISRPT|«HOSPITAL»|«d1_d8»1432||ORU^R01|MSG«msgid»|P|2.3
PID|1||«mrn»^^^MRN~«p_hid»^^^«p_hidl»||«p_f»^«p_g»||«p_dob8»|«p_sex»|||«p_line»^^«p_town»^^«p_pc»||«p_ph»|||||«fin»|«p_nat»
NK1|1|«r_f»^«r_g»|«r_relcode»|||«r_ph»
PV1|1|I|«unit»^12^A||||«d_npi»^«d_f»^«d_g»|||MED
OBR|1|«placer»|«spec1»|CBC^COMPLETE BLOOD COUNT|||«d1_d8»0915
OBX|1|NM|HGB^HEMOGLOBIN||«hb»|G/L|115-155|L|||F
OBX|2|TX|COMMENT||PT ON «drug1». PREV «lab2».||||||F
-----------------------------------------------------------------
              RENDERED REPORT (UPPER CASE PER FEED SPEC «feedspec»)
PATIENT   : «p_n»«p_goesby»                 DOB: «p_dobmon»
MRN       : «mrn»             «p_hidl»: «p_hid»
ADDRESS   : «p_addr»
NEXT OF KIN: «r_n» («r_rel») «r_ph»
ORDERING  : «d_n», MD                  ACCOUNT: «fin»
COLLECTED : «d1_mon» 09:15     SPECIMEN: «spec1»
RESULT    : HEMOGLOBIN «hb» G/L (L)   «lab1»
DX        : «icd» «icd_desc»
"""

CAD = """«agency» CAD - INCIDENT DETAIL                      INC# «inc»     PRI: 2
«d1_yy» «m1»:07  CALL RCVD «emerg» FROM «r_ph»  CALLER: «r_n» («r_rel»)
«m1»:31  LOC: «p_line» «p_town»  XST: «xst»
«m1»:52  PT: «p_n»«p_goesby», «p_old» YO «p_sex», FALL, CONSCIOUS, BREATHING. ON «drug1»
«m2»:58  PT DOB «p_dobyy» PER CALLER. «p_hidl» «p_hid»
«m3»:04  UNIT «unit_no» ASSIGNED  CREW: «s_fi» / «c_fi»
«m4»:15  CALLER ADV NEIGHBOUR «w1_n» HAS KEY, PH «w1_ph»
«m5»:40  UNIT «unit_no» ON SCENE. PVT VEH «plate» BLOCKING DRIVEWAY - OWNER «w2_n»
«m6»:12  TRANSPORTING TO «HOSPITAL» ED, CAT 3
«m7»:55  AT HOSPITAL. HANDOVER TO «n_n» RN. PT «p_g» HAS PACEMAKER SN «dev_sn»
«m8»:20  CLOSED. DISP CODE 17A03.  OPERATOR «s_user» @ «ip»
"""

FAX = """*** FACSIMILE TRANSMITTAL ***                                  ‹PAGE 1 OF 4›
TO:      «HOSPITAL» - HEALTH RECORDS            FAX: «fax_to»
FROM:    «clinic»                                 FAX: «fax_from»
ATTN:    «c_n», CLINICAL COORDINATOR               DATE: «d1_long»
RE:      «p_lf»   DOB «p_dob»   «p_hidl» «p_hid»
         «p_addr»
         HOME «p_ph»   ALT («r_rel» «r_g») «r_ph»
URGENT - PLEASE SEND: DISCHARGE SUMMARY «d2_long», CT HEAD REPORT, MEDICATION LIST («drug1», «drug2»).
PT SEEN BY DR «d_n» («d_reg_label» «d_reg») ON «d3_dm». REFERRAL REF «ref» / FILE «mrn».
IF RECEIVED IN ERROR PLEASE CALL «s_n» ON «s_ph» OR EMAIL «s_em» AND DESTROY ALL COPIES.
‹THIS FACSIMILE MAY CONTAIN PERSONAL HEALTH INFORMATION PROTECTED UNDER› «reg».
"""

WRISTBAND = """LABEL PRINT JOB «job» - «HOSPITAL» - «unit» - PRINTED «d1_mon» «t1» BY «s_user»
[WRISTBAND - ADULT]
«p_lf»
DOB «p_dob» («p_old»Y)  «p_sex»      «p_hidl» «p_hid»
MRN «mrn»   ADM «d1_compact»   CONS «d_fi»
ALLERGY: «allergy»          ‹FALLS RISK›
[MEDICATION LABEL] «drug1» - «p_f» - BED 12
[SPECIMEN - LAV 4ML]  «spec1»
«p_f» «p_g»  «p_dobyy»  «mrn»  «d1_compact» «t2»  FBC
[SPECIMEN - SST 5ML]  «spec2»
«p_f» «p_g»  «p_dobyy»  «mrn»  «d1_compact» «t2»  U+E, LFT
[BED HEAD CARD]
«p_n»«p_goesby» - NOK «r_n» «r_ph»
[SPECIMEN - SST 5ML]  «spec3»
«w1_f» «w1_g»  «w1_dobyy»  «w1_mrn»  «d1_compact» «t3»  TROP
"""

EOB = """«payer_caps»                                   EXPLANATION OF BENEFITS
‹THIS IS NOT A BILL›                                   STATEMENT DATE: «d1_loc»
«p_n»
«p_line»
«p_town» «p_abbr» «p_pc»
MEMBER: «p_n»        MEMBER ID: «p_hid»      GROUP: «group»
CLAIM #: «claim»      PATIENT ACCT: «fin»      PROVIDER: «d_n» MD (NPI «d_npi»)
DATE(S) OF SERVICE   CPT     BILLED     ALLOWED    PLAN PAID   YOU OWE
«d2_loc»            «cpt1»   $245.00    $131.40    $105.12     $26.28
«d3_loc»            «cpt2»   $88.00     $42.17     $33.74      $8.43
DEPENDENT ON CLAIM: «w1_n» (DOB «w1_dob»)  - «d4_loc» - DENIED, CODE N130
PAYMENT ISSUED BY EFT TO ACCT «bank_acct» ROUTING «aba» ON «d4_loc»
FACILITY: «HOSPITAL»   DIAG: «icd»   ‹THIS NOTICE IS PROVIDED UNDER› «reg».
QUESTIONS? MEMBER SERVICES 1-800-555-0199.  SUBSCRIBER «p_natl»: «p_nat»  APPEALS: SEE FORM 10-2A.
"""

COURT = """IN THE «court_caps»                                              CASE NO: «case»
BETWEEN «p_n» (CLAIMANT) AND «defendant» (DEFENDANT)
ORDER FOR DISCLOSURE OF MEDICAL RECORDS
UPON THE APPLICATION OF «w1_n» OF «firm», SOLICITOR FOR THE CLAIMANT, AND UPON READING THE WITNESS STATEMENT OF
«r_n» DATED «d2_long», IT IS ORDERED THAT:
1. «HOSPITAL» SHALL DISCLOSE ALL RECORDS RELATING TO «p_n», BORN «p_doblong» (AGED «p_old»), OF «p_addr»,
   «p_hidl» «p_hid», HOSPITAL NUMBER «mrn», FOR THE PERIOD «d3_long» TO «d1_long».
2. THE RECORDS SHALL INCLUDE THE CARE PROVIDED BY DR «d_n» («d_reg_label» «d_reg») AND NURSE «n_n».
3. DISCLOSURE BY SECURE LINK ONLY (E.G. «url»), NOT BY POST TO «r_line».
4. THE CLAIM CONCERNS «icd_desc» WHILE ON «unit»; DEFENDANT TO PRODUCE THE «drug1» CHART.
5. COSTS RESERVED. PURSUANT TO «reg».
DATED «d1_long»     BY THE COURT          SEALED
SERVED ON: «w2_n», RECORDS MANAGER, BY EMAIL «w2_em»
"""

# ---- templates (lower case) -----------------------------------------------------------------------------------

SMS = """«p_ph» ▸ «clinic» reminders
[«d1_yy» «t1»] clinic: hi «p_g», reminder of your appt with dr «d_f» on «d2_dm» at «t2». reply y to confirm, n to cancel
[«d1_yy» «t1»] «p_nick»: n. cant make it, my «r_rel» «r_g» is in «HOSPITAL» since «d3_short». can you move it
[«d1_yy» «t3»] clinic: sorry to hear that. next avail «d4_dm» «t4» with «c_i». we have your address as «p_line» «p_town», still right?
[«d1_yy» «t3»] «p_nick»: no we moved, its «p_addr2» now. also new email «p_em»
[«d1_yy» «t3»] «p_nick»: «p_hpl» is «p_hp» if u need it. and can someone ring «r_g» on «r_ph» about «r_his» «drug1»
[«d1_yy» «t4»] clinic: done, booked «d4_dm». «r_g»'s ward is «unit», ph via switchboard. dont reply to this number pls
[«d1_yy» «t4»] «p_nick»: ta. tell dr «d_f» the «lab1» from last time was wrong lab, i'm «p_hidl» «p_hid»
"""

WHATSAPP = """[«d1_yy», «t1c»] «r_n»: «p_mum»'s been moved to «unit» at «HOSPITAL», bed 14
[«d1_yy», «t1c»] «r_n»: dr «d_f» said «p_his» «lab1» and they've started «drug1»
[«d1_yy», «t2c»] «w1_n»: omg. is «p_he» ok?? «p_he»'s «p_old» ffs they shouldn't have sent «p_him» home on «d2_dm»
[«d1_yy», «t2c»] «r_n»: nurse «n_g» said «p_he»'s settled. visiting 2-8pm. they want «p_his» «p_hidl» and gp details
[«d1_yy», «t2c»] «w1_n»: «p_hidl» is «p_hid», gp is dr «c_f» at «gp_practice». «p_his» «p_natl» is «p_nat» if they ask
[«d1_yy», «t3c»] «w2_n»: i can drive down saturday, reg «plate» if they need it for the car park permit
[«d1_yy», «t3c»] «r_n»: thx «w2_g». post for «p_him» still goes to «p_addr», can u check it
[«d1_yy», «t3c»] «w1_n»: will do. «w1_g» here btw new number «w1_ph»
[«d1_yy», «t4c»] «r_n»: ‹<Media omitted>›
[«d1_yy», «t4c»] «r_n»: that's the discharge letter from «d2_dm». born «p_dob», says «p_old» yrs. mrn «mrn». anyone know what «icd» is
"""

CHATBOT = """> is «drug1» safe for a «p_old» year old with kidney problems
> my «p_gm» «p_n» was born «p_doblong» and takes «drug2», «p_his» «lab1», should i worry
> «HOSPITAL» visiting hours «unit»
> write a complaint letter to «HOSPITAL» about my «p_gm» «p_n», mrn «mrn», who fell on «d2_long» on «unit». i'm «r_n», «r_line», «r_town» «r_abbr» «r_pc», phone «r_ph», email «r_em»
> dr «d_n» «d_town_q» reviews
> how to appeal denied claim «claim» member id «p_hid» medicare mbi «p_hp»
> can i claim mileage for driving «p_him» in my car, plate «plate», vin «vin»
> summarise this: pt «p_lf» dob «p_dob» «p_natl» «p_nat» seen «d3_dm» for «icd_desc», plan «drug1», f/u dr «c_f»
> what does «icd» mean
> is this a scam text from «w1_ph» asking for «p_his» «p_hidl» «p_hid»
> «lab2» meaning
> how to request records under «reg»
"""

NURSE_NOTES = """quick notes «unit» nights «d1_dm» - «n_g»
bed 3 «p_fi»«p_goesby» («p_age»y) - mrn «mrn» - «icd_desc», on «drug1». «lab1» at «t1», dr «d_f» aware. «r_rel» «r_n» wants call if any change «r_ph»
bed 5 «w1_g» «w1_f» «w1_hidl» «w1_hid» - wandering again, 1:1 from «t2». son says lives «w1_line» «w1_town» alone?? sw referral
bed 7 «w2_n» - insulin pump sn «dev_sn» alarming, biomed called. «w3_n» (family) brought spare set, bgl ok on «drug1»
bed 9 «p2_n» dob «p2_dob» - pain 7/10 post op, gave «drug2» at «t3». for d/c «d2_dm» if ok
handover to «c_g» «t4». ring «s_g» (bed mgr) «s_ph» re bed 5
"""

GITLOG = """commit «N_sha1»
Author: «L_s_n» <«L_s_em»>
Date:   «N_d1_wd» «N_d1_gitmd» «N_t1c»:12 «N_d1_year» +0000

    fix: dob parsing for legacy feed (was «L_p_dobyy» -> wrong century for «L_p_n»)

    repro with mrn «L_mrn», «L_p_hidl» «L_p_hid». reported by «L_n_n» on ward «L_unit_l»

commit «N_sha2»
Author: «L_c_n» <«L_c_em»>
Date:   «N_d2_wd» «N_d2_gitmd» «N_t2c»:40 «N_d2_year» +0000

    hotfix: stop emailing «L_w1_em» test results (prod data in staging!!)

diff --git a/app/sync/patient_match.py b/app/sync/patient_match.py
+    # todo: «L_w2_n» (dob «L_w2_dob», «L_w2_addr») gets merged with another chart - see ticket «L_ticket»
+    # legacy box at «L_ip» still sends «U_p_lf» as the name, ask «L_c_g» before removing
+    # sample: phone «L_p_ph», device sn «L_dev_sn», on «L_drug1», «L_lab1», dx «L_icd»
+    if mrn == "«L_w2_mrn»":  # hack, remove after «L_d3_dm»
"""

# ---- templates (JSON, lower case) -----------------------------------------------------------------------------

SLACK = """[{"type":"message","user":"U04QK7M2A","user_name":"«s_nick_l»","ts":"«ts1»","text":"anyone around? pt «p_n»«p_goesby» in «unit» says «p_his» portal login got reset, «p_he»'s on «p_ph». mrn «mrn»"},
{"type":"message","user":"U05ABX91C","user_name":"«c_nick_l»","ts":"«ts2»","text":"i can look. «p_natl» «p_nat», dob «p_dob», email on file «p_em»?"},
{"type":"message","user":"U04QK7M2A","user_name":"«s_nick_l»","ts":"«ts3»","text":"yep. logins came from «ip» which isn't «p_him» - «w1_n» («r_rel») maybe? they live at «p_addr» together"},
{"type":"message","user":"U05ABX91C","user_name":"«c_nick_l»","ts":"«ts4»","text":"reset link sent «url». also pls don't paste the «p_hidl» («p_hid») in here again lol"},
{"type":"message","user":"U03ZZQ0PL","user_name":"«n_nick_l»","ts":"«ts5»","text":"fyi dr «d_f» asked for «p_his» «drug1» to be held, «lab1». follow up «d2_dm» with «d_n»"}]"""

VOICE = """{"device":"echo-show-«devtail»","locale":"«lang»","session":"«sess»","turns":[
{"t":"«d1_iso»T«t1p»:02","asr":"call «r_g» mobile","resolved":"«r_ph»"},
{"t":"«d1_iso»T«t1p»:40","asr":"remind me to take «drug1» at «t2c»","resolved":"reminder set"},
{"t":"«d1_iso»T«t2p»:05","asr":"read my last message","tts":"message from «d_i» at «HOSPITAL»: your appointment is on «d2_long»; bring your «p_hpl» card «p_hp»"},
{"t":"«d1_iso»T«t2p»:30","asr":"note for the nurse my name is «p_n» i'm «p_old» i live at «p_line» «p_town» and my «r_rel» is «r_n»","resolved":"note saved"},
{"t":"«d1_iso»T«t3p»:02","asr":"add «drug2» to the shopping list","resolved":"added"},
{"t":"«d1_iso»T«t3p»:11","asr":"email «c_em» my blood sugar was high today «lab1» and i have «icd_desc»","resolved":"sent"},
{"t":"«d1_iso»T«t3p»:50","asr":"what's my «p_hidl» number","tts":"your «p_hidl» is «p_hid»"},
{"t":"«d1_iso»T«t4p»:05","asr":"what's my «p_natl» number","tts":"your «p_natl» is «p_nat»"}],
"account":{"owner":"«r_em»","linked_phone":"«p_ph2»","home":"«p_pc»"}}"""

# ---- templates (mixed) ----------------------------------------------------------------------------------------

EMS = """«U_agency» - ‹PATIENT CARE RECORD›                       ‹PCR #› «U_pcr»     INC «U_inc»
DATE: «U_d1_loc»   DISPATCH «U_m1»   AT PT «U_m4»   TRANSPORT «U_m6»   UNIT «U_unit_no»
PT NAME: «U_p_lf»«U_p_goesby»          DOB: «U_p_dob»   AGE: «U_p_old»   SEX: «U_p_sex»
HOME: «U_p_addr»           PH: «U_p_ph»
«U_p_hpl»: «U_p_hp»   «U_p_natl»: «U_p_nat»   DEST: «U_HOSPITAL»
CREW: «U_s_fi» (ATTEND), «U_c_fi» (DRIVER)   OFFICER LIC «U_s_dl»
NARRATIVE (crew tablet):
called by «L_r_rel» «L_r_n» («L_r_ph») - found pt «L_p_g» on bathroom floor approx 6 hrs, alert, c/o l hip pain. «L_p_g» is «L_p_old» and
lives at «L_p_line», neighbour «L_w1_n» let us in. meds: «L_drug1», «L_drug2». «L_lab_ems». gp dr «L_c2_f».
hx «L_icd_desc». walker + medical alarm pendant sn «L_dev_sn». family («L_r_g») to meet us at ed. handover to «L_n_n» rn «L_m8».
"""

REFERRAL = """«U_HOSPITAL» - OUTPATIENT REFERRAL                        ‹REF NO› «U_ref»
PATIENT: «U_p_lf»                DOB: «U_p_dob»       «U_p_hidl»: «U_p_hid»
ADDRESS: «U_p_addr»
PHONE: «U_p_ph»        NOK: «U_r_n» («U_r_rel») «U_r_ph»
REFERRER: DR «U_d_n», «U_gp_practice»      «U_d_reg_label»: «U_d_reg»
REASON: «U_icd_desc» («U_icd»). ON «U_drug1». «U_lab1» ON «U_d2_mon».
-----------------------------------------------------------------------------
reply typed by «L_c_n» («L_c_reg_label» «L_c_reg») «L_d1_yy»:
thanks «L_d_g». saw «L_p_g» today with «L_p_his» «L_r_rel» «L_r_g». «L_p_age»y, lives at «L_p_line», «L_p_town». agree «L_icd_desc»,
started «L_drug2», repeat «L_lab2» in 2/52. «L_p_he» asked us to use «L_p_em» + mobile «L_p_ph2» for letters. f/u «L_d4_dm».
scanned copy to «L_w1_n» (practice nurse) - «L_c_g»
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p84_as400_registration_screen", ["US", "CA"], "text", AS400),
    ("p84_pharmacy_label_batch", ["US", "AU"], "text", PHARMACY),
    ("p84_teletype_lab_printout", ["UK", "IE"], "text", LABPRINT),
    ("p84_hl7_feed_upper_render", ["US", "NZ"], "text", HL7),
    ("p84_ambulance_cad_log", ["AU", "NZ"], "text", CAD),
    ("p84_fax_cover_capitals", ["CA", "IE"], "text", FAX),
    ("p84_wristband_specimen_labels", ["UK", "NZ"], "text", WRISTBAND),
    ("p84_eob_printout", ["US", "US"], "text", EOB),
    ("p84_court_order_capitals", ["UK", "IE"], "text", COURT),
    ("p84_patient_sms_thread", ["AU", "NZ"], "text", SMS),
    ("p84_whatsapp_family_export", ["IE", "UK"], "text", WHATSAPP),
    ("p84_chatbot_search_prompts", ["US", "CA"], "text", CHATBOT),
    ("p84_nurse_quick_notes", ["AU", "IE"], "text", NURSE_NOTES),
    ("p84_git_log_code_comments", ["US", "UK"], "text", GITLOG),
    ("p84_slack_export_lower", ["CA", "NZ"], "json", SLACK),
    ("p84_voice_assistant_transcript", ["US", "AU"], "json", VOICE),
    ("p84_ems_run_sheet_mixed", ["US", "AU"], "text", EMS),
    ("p84_referral_caps_reply_lower", ["CA", "UK"], "text", REFERRAL),
]
CASE = {kind: "U" if i < 9 else "L" for i, (kind, *_) in enumerate(TEMPLATES)}
CASE |= {
    "p84_git_log_code_comments": "M",
    "p84_ems_run_sheet_mixed": "M",
    "p84_referral_caps_reply_lower": "M",
}
OLD_P = {"p84_ambulance_cad_log", "p84_ems_run_sheet_mixed", "p84_whatsapp_family_export", "p84_chatbot_search_prompts", "p84_court_order_capitals",
         "p84_wristband_specimen_labels", "p84_voice_assistant_transcript"}  # fmt: skip
AGENCY = {"US": "PARISH EMS", "AU": "AMBULANCE VICTORIA", "NZ": "HATO HONE ST JOHN"}
COURTS = {"UK": "COUNTY COURT AT SHEFFIELD", "IE": "CIRCUIT COURT, WESTERN CIRCUIT"}
DEFENDANTS = [
    "THE HEALTH SERVICE EXECUTIVE",
    "NORTHERN CARE HOMES LIMITED",
    "SEAVIEW NURSING LTD",
    "THE TRUST",
]
FIRMS = ["HARGREAVE & COLE LLP", "MCINERNEY SOLICITORS", "BRENNAN O'SHEA & CO"]
CLINICS = [
    "Kivalliq Health Centre",
    "Northside Family Medicine",
    "Lakeview Diabetes Clinic",
    "Riverside Community Health",
    "Harbourside GP",
]
GP = [
    "Stromness Surgery",
    "Firth Medical Centre",
    "Page Hall Medical Centre",
    "Belgrave Health Centre",
    "Eastgate Practice",
    "Clifden Medical Centre",
]
LAB_NAMES = {"Na 131 mmol/L": "SODIUM", "K 5.8 mmol/L": "POTASSIUM", "Hb 94 g/L": "HAEMOGLOBIN", "INR 3.6": "INR", "creatinine 168 umol/L": "CREATININE",
             "eGFR 34": "EGFR", "CRP 112": "CRP", "WBC 13.8": "WBC", "troponin 48 ng/L": "TROPONIN T", "HbA1c 8.7%": "HBA1C", "glucose 19.2 mmol/L": "GLUCOSE",
             "TSH 0.04 mIU/L": "TSH", "lactate 3.2": "LACTATE", "BNP 1240 pg/mL": "BNP", "Mg 0.61 mmol/L": "MAGNESIUM", "ALT 88 U/L": "ALT"}  # fmt: skip
LANG = {"US": "en-US", "AU": "en-AU"}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(650))
    used: set[str] = set()
    old = kind in OLD_P
    p = draw_person(
        rng,
        loc,
        used,
        d1,
        age_days=(90 * Y + 40, 99 * Y) if old else (31 * Y, 88 * Y),
        nick=rng.random() < 0.5,
    )
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.4 else None, home=p if rng.random() < 0.3 else None,
                    age_days=(40 * Y, 70 * Y) if old else (22 * Y, 85 * Y))  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("d", "n", "s", "c", "c2", "w1", "w2", "w3", "p2"):
        ppl[x] = draw_person(
            rng, loc, used, d1, age_days=(26 * Y, 66 * Y) if x[0] in "dnsc" else (20 * Y, 88 * Y)
        )
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
        s[f"{x}_mrn"] = P("MRN", fill(rng, rng.choice(["%#######", "M%######", "%##-##-##", "00%#####"])))
        s[f"{x}_reg"] = P("LICENSE", reg_number(rng, loc_code))
        s[f"{x}_reg_label"] = REG_LABEL[loc_code]
        s[f"{x}_user"] = P("NAME", (plain(w.given)[0] + plain(w.family))[:10])
        s[f"{x}_nick_l"] = P("NAME", plain(w.given) + "." + plain(w.family))
    rel = rng.choice(RELS[r.female])
    s["r_rel"], s["r_relcode"] = rel, RELCODE[rel]
    s["p_addr2"] = (P("ADDRESS", ppl["w3"].line), " ", P("ADDRESS", ppl["w3"].town))
    s["d_npi"] = P("LICENSE", ids.npi(rng))
    s["d_dea"] = P("LICENSE", ids.dea(rng, ppl["d"].family))
    s["d_town_q"] = P("ADDRESS", ppl["d"].town)
    s["mrn"] = s["p_mrn"]
    s["fin"] = P("ACCOUNT", fill(rng, rng.choice(["%#########", "%########", "V%########"])))
    s["acct"] = P("ACCOUNT", fill(rng, "%#####-##"))
    s["bank_acct"] = P("ACCOUNT", fill(rng, "%##########"))
    s["aba"] = K(ids.aba(rng))  # a bank's routing number is no one's identifier: keep
    for k in ("rx1", "rx2"):
        s[k] = P("ID", fill(rng, rng.choice(["%######", "%#######-####", "%##-####-#"])))
    for k in ("spec1", "spec2", "spec3"):
        s[k] = P("ID", fill(rng, rng.choice(["@##%######", "%#@######", "S%#-####"])))
    for k, pat in (("ref", "REF-%#####"), ("inc", "%########"), ("claim", "%##########@"), ("case", "@@%#@####"), ("ticket", "PHX-%###"), ("pcr", "%#######"),
                   ("job", "%#####"), ("placer", "ORD%######"), ("msgid", "%#########"), ("sess", "amzn1.ask.%#@##@#%#@#")):  # fmt: skip
        s[k] = P("ID", fill(rng, pat))
    s["job"] = K(fill(rng, "%#####"))  # a print job number identifies no one
    s["msgid"] = fill(rng, "%#########")
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["vin"] = P("VEHICLE", ids.vin(rng))
    s["dev_sn"] = P("DEVICE", fill(rng, rng.choice(["PJN%######S", "RMC%##%#####", "%#@@#####"])))
    s["ip"] = P("IP", ids.ipv4(rng))
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(24))
    s["url"] = P(
        "URL",
        f"https://{rng.choice(['records', 'portal', 'share'])}.{rng.choice(['healthdocs', 'mycarelink', 'patientsafe'])}.example.net/r/{token}",
    )
    s["sha1"] = K("".join(rng.choice("0123456789abcdef") for _ in range(40)))
    s["sha2"] = K("".join(rng.choice("0123456789abcdef") for _ in range(40)))
    s["ws"] = fill(rng, "%#")
    s["devtail"] = fill(rng, "%#@#").lower()
    s["room"] = K(fill(rng, "%##-@"))
    s["qty"] = K(str(rng.choice([60, 90, 100, 180])))
    s["hb"] = K(str(rng.randint(72, 104)))
    s["unit_no"] = K(rng.choice(["MEDIC 12", "AMB 412", "A217", "P04"]))
    s["xst"] = K(
        rng.choice(
            ["GREAT SOUTH RD", "STATE HIGHWAY 2"]
            if loc_code == "NZ"
            else ["HUME HWY", "STATION ST", "MAIN NORTH RD"]
        )
    )
    s["feedspec"] = K(rng.choice(["V2.3.1", "R12"]))
    s["group"] = fill(rng, "%#####")  # an employer's plan group: plain text
    office = {"UK": "0114 496 0###", "IE": "091 555 ###", "AU": "(03) 5550 ####", "NZ": "09-555 0###"}.get(
        loc_code, "(^##) 555-01##"
    )
    s["fax_to"], s["fax_from"], s["pharm_ph"] = (
        fill(rng, office) for _ in range(3)
    )  # offices' numbers: plain text
    s["presc_label"] = "DEA" if loc_code == "US" else "PRESCRIBER NO"
    s["d_presc"] = s["d_dea"] if loc_code == "US" else P("LICENSE", fill(rng, "%######"))
    s["caution"] = K(
        "CAUTION: FEDERAL LAW PROHIBITS THE TRANSFER OF THIS DRUG"
        if loc_code == "US"
        else "KEEP OUT OF REACH OF CHILDREN"
    )
    dd = {
        "d1": d1,
        "d2": d1 - timedelta(days=rng.randint(3, 40)),
        "d3": d1 - timedelta(days=rng.randint(41, 200)),
        "d4": d1 + timedelta(days=rng.randint(5, 60)),
    }
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
        s[f"{k}_wd"] = d.strftime("%a")
        s[f"{k}_gitmd"] = P("DATE", f"{d:%b} {d.day}")
        s[f"{k}_year"] = str(d.year)
    times = sorted(rng.sample(TIMES, 5))
    for i, t in enumerate(times, 1):
        s[f"t{i}"] = K(t)
        s[f"t{i}c"] = K(f"{t[:2]}:{t[2:]}")
        s[f"t{i}p"] = f"{t[:2]}:{t[2:]}"
    drugs = rng.sample(DRUGS, 2)
    s["drug1"], s["drug2"] = K(drugs[0]), K(drugs[1])
    labs = rng.sample(LABS, 3)
    s["lab1"], s["lab2"], s["lab_ems"] = K(labs[0]), K(labs[1]), K(labs[2])
    s["lab1_name"], s["lab2_name"] = K(LAB_NAMES[labs[0]]), K(LAB_NAMES[labs[1]])
    icd = rng.choice(list(ICD))
    s["icd"], s["icd_desc"] = K(icd), K(ICD[icd])
    cpts = rng.sample(CPT, 2)
    s["cpt1"], s["cpt2"] = K(cpts[0]), K(cpts[1])
    s["HOSPITAL"] = K(rng.choice(HOSPITALS[loc_code]))
    s["pharmacy"] = K(rng.choice(PHARMACIES[loc_code]))
    s["unit"] = K(rng.choice(UNITS))
    s["unit_l"] = K(rng.choice(["4w", "7b", "amu", "ccu", "ssu"]))
    s["payer"] = K(rng.choice(PAYERS[loc_code]))
    s["payer_caps"] = s["payer"]
    s["reg"] = K(rng.choice(REGS[loc_code]))
    s["clinic"] = K(rng.choice(CLINICS))
    s["gp_practice"] = K(rng.choice(GP))
    s["agency"] = K(AGENCY.get(loc_code, "PARISH EMS"))
    s["court_caps"] = K(COURTS.get(loc_code, "COUNTY COURT AT SHEFFIELD"))
    s["defendant"] = K(rng.choice(DEFENDANTS))
    s["firm"] = K(rng.choice(FIRMS))
    s["lang"] = K(LANG.get(loc_code, "en-US"))
    s["allergy"] = K(rng.choice(["PENICILLIN", "SULFA", "CODEINE", "LATEX", "NKDA", "ASPIRIN"]))
    s["aux"] = K(
        rng.choice(["DO NOT DRINK ALCOHOL", "AVOID GRAPEFRUIT JUICE", "TAKE WITH FOOD", "KEEP REFRIGERATED"])
    )
    hour, minute = rng.randint(0, 22), rng.randint(0, 30)
    for i in range(1, 9):
        minute += rng.randint(0, 5) if i < 4 else rng.randint(4, 19)
        s[f"m{i}"] = K(f"{hour + minute // 60:02d}:{minute % 60:02d}")
    base_ts = int((d1 - date(1970, 1, 1)).total_seconds()) + rng.randint(30000, 60000)
    for i in range(1, 6):
        base_ts += rng.randint(40, 900)
        s[f"ts{i}"] = K(f"{base_ts}.{rng.randint(100000, 999999)}")
    s["emerg"] = {"US": "911", "NZ": "111"}.get(loc_code, "000")
    return s


# ---- casing ---------------------------------------------------------------------------------------------------


def _cased(slot: Slot, how: str) -> Slot:
    f = str.upper if how == "U" else str.lower
    if isinstance(slot, tuple):
        return tuple(_cased(x, how) for x in slot)
    if isinstance(slot, P):
        return P(slot.type, f(slot.value))
    if isinstance(slot, K):
        return K(f(slot.value))
    return f(slot) if isinstance(slot, str) else slot


def cased_slots(slots: dict[str, Slot], mode: str) -> dict[str, Slot]:
    """The slots in the template's casing: all upper (U), all lower (L) or, in a mixed template, U_x, L_x and N_x
    (as drawn: the header of a git log)."""
    if mode == "M":
        return {
            **{f"U_{k}": _cased(v, "U") for k, v in slots.items()},
            **{f"L_{k}": _cased(v, "L") for k, v in slots.items()},
            **{f"N_{k}": v for k, v in slots.items()},
        }
    return {k: _cased(v, mode) for k, v in slots.items()}


_WORD = re.compile(r"[^\W\d_]+")


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks, and the same case-blind: in case-stripped text a name word (3+ letters) or a
    PHI value may not occur outside its spans in any casing (the scorer looks for upper and title case too)."""
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
        rng = random.Random(f"phigate-probe84:{seed}:{kind}:{index}:{attempt}")
        slots = cased_slots(base_slots(rng, loc, kind), CASE[kind])
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
