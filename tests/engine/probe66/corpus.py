# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-sixth independent probe corpus: oncology, transplant, dialysis and chronic-disease programme text from the
United States, the United Kingdom, Canada, Australia and New Zealand -- what tumour boards, cancer registrars,
oncology pharmacists, chemotherapy nurses, radiation therapists, MDT coordinators, transplant coordinators, organ
procurement staff, dialysis nurses, nephrologists, diabetes educators, palliative-care teams, patient navigators
and research nurses write -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each (a kind's template is a dict by country): tumour-board
minutes (US GI tumor board, AU lung MDM; a case aged 90+), a cancer-registry abstract (US NAACCR XML record, a
Manitoba registry abstract), a chemotherapy order set (US mFOLFOX6 treatment plan, UK SACT prescription), a SACT
cycle log (UK, AU eviQ), a radiotherapy prescription and plan approval (Canada, New Zealand), an MDT outcome form
(UK lung, NZ colorectal), a transplant waitlist registration (US UNOS TCR, UK NHSBT), an organ-offer log with the
donor family's contact (US, Canada), a haemodialysis run sheet (US, AU remote), a CKD clinic letter (UK, NZ; a
patient aged 90+), a diabetes education group log (Canada, AU), a palliative-care note (AU, Canada; patients aged
90+), patient-navigator call notes (US, Canada), a clinical-trial eligibility screen exported from REDCap as JSON
(US, UK), a living kidney donor assessment (UK, AU), a peritoneal-dialysis home visit (NZ, Canada), an urgent
suspected-cancer referral (UK two-week wait, NZ FCT) and an oncology helpline triage log (UK UKONS, AU).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient, `r` the patient's spouse / partner,
`m` an adult son or daughter, `q` `w` other patients (tumour boards, group logs, screens, offers), `u` a relative of
`q`, `v` a relative of `w`, `d` `c` `x` `y` clinicians (oncologists, surgeons, nephrologists, radiation
oncologists, physicists, pharmacists), `e` a nurse, `s` a coordinator / navigator / registrar / educator, `z` the
GP or PCP. Forms: `_n` "Given Family", `_g`, `_f`, `_F` FAMILY, `_G` GIVEN, `_NF` "GIVEN FAMILY", `_lf` "FAMILY,
Given", `_lfc` "Family, Given", `_LFC` "FAMILY, GIVEN", `_i` "G. Family", `_ph` `_ph2` `_wph` (a staff member's
direct line), `_em` `_wem` (work), `_addr` `_line` `_town` `_pc` (`_LINE` `_TOWN` capitals), `_region` (keep),
`_dob` (the country's style), `_dobiso`, `_dobn` (NAACCR YYYYMMDD), `_age` (keep, under 90), `_old` (AGE, 90+),
`_mrn`, `_nid` (SSN, NHS number, IHI, NHI), `_plan` (Medicare MBI, provincial health number, Australian Medicare),
`_lic`, `_lang` (the household's language, keep), `_hcl` (the province's health-card label: PHIN, PHN, HSN; plain),
`_dr` / `_hon` / `_surg` (titles, plain); `p_ph10` and `p_ssn9` (digits only, a NAACCR record's way). Dates `d0`..`d7`
(in time order d3 < d1 < d2 < d6 < d0 < d7 < d4 < d5), `t1`..`t6` (a contact log's days), `k1`..`k6` (treatment
cycles; `k1d` a pump disconnect, `k3b` an admission): `_dmy` (the country's style), `_iso`, `_long`, `_mon`, `_MON`,
`_short`, `_dm`, `_dmon`, `_n` (YYYYMMDD), `_my` (month and year).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, spouses, sons and daughters, donors' families, navigators, oncologists,
  surgeons, nephrologists, radiation oncologists, physicists, dosimetrists, pharmacists, nurses, registrars,
  coordinators, educators, social workers, GPs, interpreters -- in every form: full, given alone, family alone
  ("Dr Kneebone", "Mrs Vekaria": the title plain), "FAMILY, Given", "Family, Given", "FAMILY, GIVEN", "G. Family"
  (the initial inside the value), capitals, separate NAACCR name fields. Skin names used as family names
  (Nampijinpa, Jupurrurla) are names. Titles (Dr, Mr, Mrs, Ms, Sr), credentials (RN, MD, CTR, OCN, PharmD, CNS)
  and relationship words (wife, son, NOK, whānau) are plain text outside the value.
- ADDRESS: street lines (house / flat / unit / lot / box number inside the value), towns, communities, colonies,
  outstations and islands. ZIP: US ZIP codes, UK postcodes, Canadian postal codes, Australian and New Zealand
  postcodes.
- First-level divisions are keep when written alone and plain text inside an address (", AZ ", " NT ", ", MB "):
  US states, Canadian provinces, Australian states and territories, New Zealand regions; countries keep.
- DATE: every date more specific than a year, in every form (03/14/2024, 14/03/2024, 2024-03-14, March 14, 2024,
  14 March 2024, 14-Mar-2024, 3/14/24, 14/03/24, 3/14, 14/03, Mar 14, 14 Mar, 20240314, March 2024); years alone
  keep. AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person (a staff member's direct line and work address too; switchboards, helplines, unit
  numbers, pagers, bleeps and extensions plain). URL: a REDCap e-consent link with its survey hash. IP: the
  address an e-consent was signed from.
- SSN: US social security numbers (also written without dashes). ID: NHS numbers, NHI numbers, Australian IHIs,
  UNOS / NHSBT waitlist and recipient IDs, donor IDs, match-run IDs, registry patient IDs and accession numbers,
  provincial registry numbers, trial screening and subject IDs, prior-authorisation, ride and case references,
  e-RS UBRNs, NDSS numbers, Indian status registry numbers, supply order numbers. MRN: hospital / UR / chart /
  unit numbers. HEALTH_PLAN: US Medicare MBIs and Medicaid / insurance member IDs, Canadian provincial health
  numbers (PHIN, PHN), Australian Medicare numbers. ACCOUNT: FIN / encounter numbers. LICENSE: NPI, GMC, NMC,
  GPhC, CPSM, CPSS, CPSA, CPSBC, AHPRA and MCNZ numbers. DEVICE: serial numbers of dialysis machines, PD cyclers, ambulatory
  infusion pumps and CGM sensors.
- Keep (must survive): hospitals, cancer centres, dialysis units, transplant centres, OPOs and programmes,
  departments and specialties, regimens (FOLFOX, R-CHOP), drugs and doses, cycle and fraction numbers, staging
  (TNM, stage groups, ECOG, AKPS, Gleason), histology and ICD codes, lab values with units, HLA types and blood
  groups, cPRA / KDPI / EPTS, protocol and trial names (NCT numbers), device type names, years, ages under 90,
  first-level regions and countries alone.
- Not scored (plain text): titles, credentials, relationship words, form labels, times of day, chair / station /
  bay / room numbers, switchboard and helpline numbers, bleeps and pagers, vitals, weights and heights, doses
  written inside labelled keep values' neighbours, NAACCR code values (sex, race, site codes).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe66 import ids
from tests.engine.probe66.people import (
    LOCS,
    NAMES,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
    national_ids,
    plain,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
HOSP = {
    "US": ["Mercy Crest Medical Center", "Good Samaritan Regional Medical Center", "Riverbend Regional Hospital", "St. Raphael Medical Center"],
    "UK": ["Riverside University Hospital", "Moorview General Hospital", "Harbourside Hospital"],
    "CA": ["Northern Lights Regional Health Centre", "Boreal Lakes Hospital", "Lakeview Health Centre"],
    "AU": ["Coral Sea Hospital", "Riverlands Hospital", "Bayside Hospital"],
    "NZ": ["Harbourview Hospital", "Kingfisher Bay Hospital"],
}  # fmt: skip
CANCER = {"US": ["Sacred Heart Cancer Institute", "Mercy Crest Cancer Center"], "UK": ["Kingsmead Cancer Centre"],
          "CA": ["Prairie Regional Cancer Centre"], "AU": ["Bayside Cancer Centre"], "NZ": ["Northern Regional Cancer Centre"]}  # fmt: skip
DIALYSIS = {"US": ["Desert Sage Dialysis", "Riverbend Kidney Center", "Sunrise Dialysis Unit"], "UK": ["Westgate Renal Unit"],
            "CA": ["Westbrook Renal Program"], "AU": ["Spinifex Renal Service"], "NZ": ["Pacific Home Dialysis Unit"]}  # fmt: skip
TXCENTER = {"US": ["Good Samaritan Transplant Institute"], "UK": ["Northfield Transplant Centre"], "CA": ["Prairie Transplant Program"],
            "AU": ["Southern Cross Transplant Unit"], "NZ": ["Harbourview Renal Transplant Service"]}  # fmt: skip
WORK_MAIL = {"US": ["mercycrest.org", "goodsamhealth.org", "sacredheartci.org"], "UK": ["nhs.net"], "CA": ["sharedhealthmb.ca", "prairiecancer.ca"],
             "AU": ["baysidehealth.org.au", "nt.gov.au"], "NZ": ["tewhatuora.govt.nz", "harbourview.org.nz"]}  # fmt: skip
MONTH3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date_forms(d: date, c: str) -> dict[str, Slot]:
    us, ca = c == "US", c == "CA"
    D = lambda v: P("DATE", v)  # noqa: E731
    m3, ml = MONTH3[d.month - 1], MONTH[d.month - 1]
    return {
        "dmy": D(f"{d:%m/%d/%Y}" if us else d.isoformat() if ca else f"{d:%d/%m/%Y}"), "iso": D(d.isoformat()),
        "long": D(f"{ml} {d.day}, {d.year}" if us or ca else f"{d.day} {ml} {d.year}"), "mon": D(f"{d.day:02d}-{m3}-{d.year}"),
        "MON": D(f"{d.day:02d}-{m3.upper()}-{d.year}"), "short": D(f"{d.month}/{d.day}/{d:%y}" if us else f"{d:%d/%m/%y}"),
        "dm": D(f"{d.month}/{d.day}" if us else f"{d:%d/%m}"), "dmon": D(f"{m3} {d.day}" if us or ca else f"{d.day} {m3}"),
        "n": D(f"{d:%Y%m%d}"), "my": D(f"{ml} {d.year}"),
    }  # fmt: skip


def mrn(rng: random.Random, c: str) -> str:
    return fill(rng, rng.choice({"US": ["%#######", "MR%######", "E%#######"], "UK": ["@%#####", "RX%######", "%#######"],
                                 "CA": ["%######", "MB%#######", "%##-###-###"], "AU": ["%######", "%#######", "%######"],
                                 "NZ": ["%#######", "HV%######"]}[c]))  # fmt: skip


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    nid, plan = national_ids(rng, w)
    dom = rng.choice(WORK_MAIL[c])
    wem = rng.choice([f"{plain(w.given)}.{plain(w.family)}", f"{plain(w.given)[0]}{plain(w.family)}", f"{plain(w.family)}.{plain(w.given)[0]}"]) + "@" + dom
    reg = w.loc.regions[w.region]
    dob = date_forms(w.dob, c)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_G": N(w.given.upper()),
        f"{x}_NF": N(w.full.upper()), f"{x}_lf": N(f"{w.family.upper()}, {w.given}"), f"{x}_lfc": N(f"{w.family}, {w.given}"),
        f"{x}_LFC": N(f"{w.family.upper()}, {w.given.upper()}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email), f"{x}_wem": P("EMAIL", wem),
        f"{x}_wph": P("PHONE", fill(rng, rng.choice(reg.phones))),
        f"{x}_addr": w.addr, f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode),
        f"{x}_LINE": A(w.line.upper()), f"{x}_TOWN": A(w.town.upper()), f"{x}_region": K(w.region), f"{x}_abbr": w.abbr,
        f"{x}_dob": dob["dmy"], f"{x}_dobiso": dob["iso"], f"{x}_dobn": dob["n"], f"{x}_doblong": dob["long"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_mrn": P("MRN", mrn(rng, c)), f"{x}_nid": nid, f"{x}_plan": plan,
        f"{x}_dr": "Dr." if c in ("US", "CA") else "Dr", f"{x}_hon": ("Mrs" if w.female else "Mr") + ("." if c in ("US", "CA") else ""),
        f"{x}_sex": "F" if w.female else "M", f"{x}_sexw": "female" if w.female else "male", f"{x}_he": "she" if w.female else "he",
        f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his", f"{x}_His": "Her" if w.female else "His",
        f"{x}_him": "her" if w.female else "him",
    }  # fmt: skip
    return s


# ---- templates ---------------------------------------------------------------------------------------------

TB = {
    "US": """«hosp» · «cancer»
‹GI Multidisciplinary Tumor Board› — minutes
Date: «d0_long», 07:00   Location: Cancer Pavilion Conf Rm 2 + Teams
Chair: «d_dr» «d_n», ‹Medical Oncology›      Recorder: «s_n», CTR
Present: «c_dr» «c_n» (‹Surgical Oncology›); «x_dr» «x_n» (‹Radiation Oncology›); «y_dr» «y_f» (Pathology); «e_n», RN, OCN (nurse navigator)

CASE 1   «p_LFC»   MRN «p_mrn»   DOB «p_dob»   «p_age» y/o «p_sexw»   Presenter: «c_dr» «c_f»
Referred by PCP «z_dr» «z_n» («z_town») after a positive FIT on «d1_dmy». Colonoscopy «d2_dmy» at «hosp2»: friable
circumferential mass at 22 cm. Path: ‹invasive adenocarcinoma, moderately differentiated›, ‹MMR proficient›. CT C/A/P «d6_short»:
no distant disease. ‹CEA 8.4 ng/mL›.
Clinical stage: ‹cT3 N1 M0›, ‹Stage IIIB›. ‹ECOG 1›.
Discussion: «c_f» favors upfront sigmoid colectomy; «d_f» agrees, adjuvant ‹CAPOX› x 3 months if node positive.
Recommendation: surgery, then ‹CAPOX›. Navigator «e_g» to call pt at «p_ph» and «m_rel» «m_n» («m_ph»); pt lives in
«p_town», 160 miles from the Infusion Center — lodging referral. ‹NCT05874123› — not eligible (prior cancer ‹2016›).

CASE 2   «q_lfc»   MRN «q_mrn»   DOB «q_dob»   Presenter: «x_dr» «x_f»
«q_age»-year-old «q_sexw» with rectal bleeding since «d3_my». MRI pelvis «d2_dmy»: ‹mrT3c N1›, ‹EMVI positive›, MRF clear.
Recommendation: total neoadjuvant therapy — ‹mFOLFOX6› x 8 then long-course chemoradiation ‹50.4 Gy in 28 fractions› with
‹capecitabine›. Port placement with «c_dr» «c_f» «d4_dm». Pt's «u_rel» «u_n» asks that calls go to «u_ph» (pt is hard of hearing).

CASE 3   «w_LFC»   MRN «w_mrn»   DOB «w_dob»   Age «w_old»
Painless jaundice; CT «d1_dmy» at «hosp2»: 3.1 cm pancreatic head mass abutting the SMV; EUS-FNA «d6_dm»: ‹adenocarcinoma›. ‹ECOG 3›.
Lives with «v_rel» «v_n» at «w_addr». Not a surgical or chemotherapy candidate — biliary stent, palliative care referral.
Family meeting with «d_dr» «d_f» and «e_g» on «d4_dmon».

Next tumor board «d5_long». Minutes reviewed by «d_i», MD.
""",
    "AU": """«cancer» — ‹Thoracic Multidisciplinary Meeting (MDM)›
Meeting: «d0_dmy», 16:00 (videoconference with «hosp2»)
Chair: «d_dr» «d_n» (‹Respiratory Medicine›)     Lung Cancer Nurse Coordinator: «s_n» («s_wph»)
Attending: «c_dr» «c_f» (‹Thoracic Surgery›), «x_dr» «x_n» (‹Radiation Oncology›), «y_dr» «y_n» (‹Medical Oncology›), «e_n» (CNC)

1. «p_n» — UR «p_mrn» — DOB «p_dob» («p_age») — Medicare «p_plan»
   GP: «z_dr» «z_n», «z_town». Language: «p_lang»; «m_rel» «m_n» («m_ph») attends appointments.
   PET-CT «d1_dmy»: ‹RUL mass 38 mm, SUVmax 14›, avid 4R and 7. EBUS-TBNA «d2_dmy» (Dr «d_f»): station 7 positive,
   ‹squamous cell carcinoma›, ‹PD-L1 TPS 70%›. ‹cT2b N2 M0›, ‹Stage IIIA (AJCC 8th)›. ‹ECOG 1›.
   Outcome: concurrent ‹carboplatin/paclitaxel› with ‹60 Gy in 30 fractions›, then ‹durvalumab› consolidation. RT planning
   with Dr «x_f» «d4_dmy». Accommodation support — travels from «p_town».

2. «q_n» — UR «q_mrn» — DOB «q_dob» — Medicare «q_plan»
   Incidental LLL nodule 19 mm on CT «d3_dmy»; ‹adenocarcinoma, EGFR exon 19 deletion›. ‹cT1c N0 M0›, ‹Stage IA3›.
   Outcome: VATS left lower lobectomy with Dr «c_f» — pre-admission clinic «d4_dmon». Contact: «u_rel» «u_n», «u_ph».

3. «w_n» — UR «w_mrn» — DOB «w_dob» — age «w_old»
   Lives at «w_addr» with «v_n» («v_rel», carer). ‹Small cell lung cancer, extensive stage›, ‹ECOG 2›.
   Outcome: ‹carboplatin/etoposide› discussed; family prefer comfort-focused care. Referral to ‹Palliative Care›.

Next MDM: «d5_dmy».   Minutes: «s_n», «d0_dmon».
""",
}

REG = {
    "US": """<?xml version="1.0" encoding="UTF-8"?>
<NaaccrData baseDictionaryUri="http://naaccr.org/naaccrxml/naaccr-dictionary-250.xml" recordType="A" specificationVersion="1.8">
  <Item naaccrId="registryId">0000040012</Item>
  <Patient>
    <Item naaccrId="patientIdNumber">«pidn»</Item>
    <Item naaccrId="nameLast">«p_F»</Item>
    <Item naaccrId="nameFirst">«p_G»</Item>
    <Item naaccrId="nameSpouseParent">«r_NF»</Item>
    <Item naaccrId="socialSecurityNumber">«p_ssn9»</Item>
    <Item naaccrId="dateOfBirth">«p_dobn»</Item>
    <Item naaccrId="sex">«sexcode»</Item>
    <Item naaccrId="race1">«racecode»</Item>
    <Item naaccrId="addrCurrentNoStreet">«p_LINE»</Item>
    <Item naaccrId="addrCurrentCity">«p_TOWN»</Item>
    <Item naaccrId="addrCurrentState">«p_abbr»</Item>
    <Item naaccrId="addrCurrentPostalCode">«p_pc»</Item>
    <Item naaccrId="telephone">«p_ph10»</Item>
    <Item naaccrId="medicareBeneficiaryIdentifier">«p_plan»</Item>
    <Item naaccrId="followUpContactName">«m_NF»</Item>
    <Item naaccrId="dateOfLastContact">«d0_n»</Item>
    <Item naaccrId="vitalStatus">1</Item>
    <Tumor>
      <Item naaccrId="medicalRecordNumber">«p_mrn»</Item>
      <Item naaccrId="accessionNumberHosp">«accession»</Item>
      <Item naaccrId="sequenceNumberHospital">00</Item>
      <Item naaccrId="addrAtDxNoStreet">«p_LINE»</Item>
      <Item naaccrId="addrAtDxCity">«p_TOWN»</Item>
      <Item naaccrId="addrAtDxPostalCode">«p_pc»</Item>
      <Item naaccrId="dateOfDiagnosis">«d1_n»</Item>
      <Item naaccrId="primarySite">«site»</Item>
      <Item naaccrId="histologicTypeIcdO3">«histo»</Item>
      <Item naaccrId="behaviorCodeIcdO3">3</Item>
      <Item naaccrId="tnmClinT">«cT»</Item>
      <Item naaccrId="tnmClinN">«cN»</Item>
      <Item naaccrId="tnmClinM">cM0</Item>
      <Item naaccrId="tnmClinStageGroup">«stg»</Item>
      <Item naaccrId="npiPhysicianManaging">«d_lic»</Item>
      <Item naaccrId="npiPhysicianFollowUp">«z_lic»</Item>
      <Item naaccrId="rxDateSurgery">«d2_n»</Item>
      <Item naaccrId="rxDateChemo">«d6_n»</Item>
      <Item naaccrId="textDxProcPe">«d1_dmy» H&amp;P at «hosp2», «z_dr» «z_n»: «pe_text»</Item>
      <Item naaccrId="textDxProcPath">«d1_short» «path_text» Read by «y_dr» «y_n».</Item>
      <Item naaccrId="textRemarks">Pt seen by «d_dr» «d_f» («cancer»); «rx_text». Follow-up contact is «m_rel» «m_g», «m_ph». Abstracted «d7_dmy» by «s_i», CTR.</Item>
    </Tumor>
  </Patient>
</NaaccrData>
""",
    "CA": """‹Manitoba Cancer Registry› — CASE ABSTRACT                         Registry no. «regno»
Reporting facility: «cancer»          Abstractor: «s_n» («s_wem»)          Abstracted: «d7_iso»
SURNAME: «p_F»          GIVEN NAME(S): «p_G»          Sex: «p_sex»
«p_hcl»: «p_plan»          MHSC registration no.: «mhsc»          Chart no.: «p_mrn»
Date of birth: «p_dobiso»          Age at diagnosis: «p_age»
Residence at diagnosis: «p_addr»
Next of kin: «r_n» («r_rel»), «r_ph»
Date of diagnosis: «d1_iso»          Basis: histology          Topography: «site_text» («site»)
Morphology: «histo_text» («histo»/3)          Stage (AJCC 8th): «cT» «cN» cM0 — «stg»
First course: «rx_text»; surgery «d2_iso» at «hosp2» (Dr «c_f»), systemic therapy from «d6_long».
Managing physician: «d_dr» «d_n» («lic_body» «d_lic»)          Family physician: «z_dr» «z_n», «z_town»
Vital status: alive at last contact «d0_iso»
Remarks: «pe_text» Pt travelled from «p_town» for all visits (‹Northern Patient Transportation Program›); «m_rel» «m_n»
(«m_ph») is the contact for follow-up letters.
""",
}

CHEMO = {
    "US": """«cancer» — Infusion Center
‹ONCOLOGY TREATMENT PLAN / ORDERS›     Plan: ‹mFOLFOX6› (q14 days)     ‹Cycle 3›, Day 1
Patient: «p_LFC»   MRN: «p_mrn»   FIN: «acct»   DOB: «p_dob»   Sex: «p_sex»   Age: «p_age»
Home: «p_addr»   Ph: «p_ph»
Insurance: «insurer» — member ID «p_plan2»; prior auth «auth» approved «d1_dmy», valid through «d5_dmy»
Dx: ‹C18.7› sigmoid colon adenocarcinoma, ‹pT3 N1b M0›, ‹Stage IIIB›; adjuvant intent. ‹ECOG 0›.
Ht 168 cm   Wt 81.6 kg («d0_dm»)   BSA 1.92 m² (Mosteller)
Treatment parameters (hold and call MD if not met): ‹ANC ≥ 1.5 K/uL›, ‹Plt ≥ 75 K/uL›, ‹total bilirubin ≤ 1.5 mg/dL›
Labs «d0_dmy» 07:10: «lab1», «lab2», «lab3».
Premedications: ‹ondansetron 16 mg PO›, ‹dexamethasone 12 mg IV› 30 min prior.
Chemotherapy:
  ‹oxaliplatin 85 mg/m2› = 163 mg IV in D5W 500 mL over 2 h
  ‹leucovorin 400 mg/m2› = 768 mg IV over 2 h (concurrent, Y-site)
  ‹fluorouracil 400 mg/m2› = 768 mg IV push
  ‹fluorouracil 2400 mg/m2› = 4608 mg CIVI over 46 h via ambulatory pump (‹CADD-Solis› SN «pump_sn»)
Pump disconnect: «d7_dmy» ~10:30 — home health RN «x_n» («agency»), «x_wph».
Grade 1 cold dysesthesia after C2; no dose change. Next cycle: «d4_dmy».
Ordering provider: «d_n», MD   NPI «d_lic»   e-signed «d6_dmy» 16:48
Pharmacist verification: «y_n», PharmD, BCOP   «d0_dm» 08:02
Independent double check: «e_n», RN, OCN and «s_n», RN
Education: chemo teaching done «d6_dmy» with «p_g» and «r_rel» «r_n»; 24/7 triage line given. Emergency contact: «r_n» «r_ph».
""",
    "UK": """«trust» — ‹Systemic Anti-Cancer Therapy (SACT) Prescription›          Printed «d0_dmy» 09:14
Patient: «p_lf»   NHS No: «p_nid»   Hospital No: «p_mrn»   DOB: «p_dob»
Address: «p_addr»
Consultant: «d_dr» «d_n» (‹Clinical Oncology›)     Team: Lower GI
Regimen: ‹CAPOX› (adjuvant)   Cycle: ‹3 of 4›   Cycle length: 21 days   Intent: curative
Diagnosis: ‹adenocarcinoma of the rectosigmoid junction›, ‹pT3 N1a M0 (TNM 8)›   PS: ‹WHO PS 1›
Height 171 cm   Weight 74.0 kg   BSA 1.86 m²   CrCl (Cockcroft-Gault) 82 mL/min
Bloods «d6_dmy»: «lab1», «lab2», «lab3» — OK to proceed.
Day 1 («d7_dmy»):
  ‹Oxaliplatin 130 mg/m²› = 242 mg in glucose 5% 500 mL over 2 hours
  ‹Capecitabine 1000 mg/m² BD› days 1–14 = 1500 mg BD (TTO)
  ‹Ondansetron 8 mg› oral pre-chemo; ‹Dexamethasone 8 mg› oral
Dose modification: capecitabine at 80% from C3 (PPE grade 2) — agreed with Dr «c_f» on «d6_dm».
Prescriber: «c_dr» «c_n», ST6 Clinical Oncology   GMC «c_lic»   signed «d6_dmy»
Clinical verification: «y_n», Oncology Pharmacist   GPhC «y_plic»   «d0_dmy»
Administered by: «e_n», Chemotherapy Nurse   NMC PIN «e_lic»   Chair 6
‹DPYD› genotype: no variant detected («d2_dmy»). Acute oncology 24h line given; NOK «r_n» («r_rel») «r_ph».
Next appointment: «d4_dmy» with CNS «s_n» («s_wph»).
""",
}

CYCLE = {
    "UK": """‹SACT CYCLE LOG› — «cancer», Chemotherapy Day Unit
Patient: «p_lfc»     NHS: «p_nid»     Hosp No: «p_mrn»     DOB: «p_dob»
Regimen: ‹R-CHOP-21› x 6 (‹diffuse large B-cell lymphoma›, ‹stage IIIA›, ‹IPI 2›)     Consultant: «d_dr» «d_f» (‹Haematology›)
Key worker: «s_n», Lymphoma CNS — «s_wph»

Cycle  Date          Dose    Toxicity (CTCAE v5)                                   Nurse
C1     «k1_dmy»    100%    ‹rituximab› infusion reaction G1 (rigors), settled   «e_i»
C2     «k2_dmy»    100%    peripheral neuropathy G1                              «x_i»
C3     «k3_dmy»    100%    ‹febrile neutropenia› day 9, admitted «k3b_dm»        «e_i»
C4     «k4_dmy»    85%     ‹pegfilgrastim› added; mucositis G1                   «y_i»
C5     «k5_dmy»    85%     nil new                                               «e_i»
Interim PET-CT «d2_dmy»: ‹Deauville 2› (complete metabolic response).
Notes:
«k3b_dm» — AOS triage call from «r_rel» «r_g» («r_ph»): temp 38.6. Advised ED; admitted under Dr «c_f».
«k4_dm» — pt asks that letters go to «m_rel» «m_n» at «m_addr» while staying there.
«k5_dm» — Macmillan benefits adviser «o_n» saw pt in the day unit.
Next: C6 «k6_dmy»; end-of-treatment PET «d5_my».
""",
    "AU": """«cancer» — Day Oncology — ‹Treatment Record›
Name: «p_n»     URN: «p_mrn»     DOB: «p_dob»     Medicare: «p_plan»
Protocol: ‹eviQ ID 1512› — ‹modified FOLFIRINOX›, pancreatic adenocarcinoma (‹borderline resectable›)
Medical oncologist: «d_dr» «d_n»     Cancer Care Coordinator: «s_n» («s_wph»)
Language: «p_lang» — interpreter booked for each visit

Cycle | Date        | Dose level          | Pump off   | Toxicity                        | Nurse
1     | «k1_dmy»  | 100%                | «k1d_dm»  | nausea G1                       | «e_n»
2     | «k2_dmy»  | 100%                | «k2d_dm»  | diarrhoea G2, ‹loperamide›      | «x_n»
3     | «k3_dmy»  | ‹irinotecan› 80%    | «k3d_dm»  | neutropenia G3, ‹G-CSF› added   | «e_n»
4     | «k4_dmy»  | deferred 1 week     | —          | ‹ANC 0.9›                       | «y_n»
4     | «k5_dmy»  | 80%                 | «k5d_dm»  | fatigue G2                      | «e_n»
‹CA 19-9› 1840 → 412 kU/L. Restaging CT «d2_dmy»: partial response; surgical review with «c_dr» «c_n» on «d4_dmy».
Transport: «m_rel» «m_n» drives from «p_town» («m_ph»). Pump disconnects at home by community nurse «o_n».
""",
}

RT = {
    "CA": """«cancer» — Department of ‹Radiation Oncology›
‹RADIATION TREATMENT PRESCRIPTION AND PLAN APPROVAL›
Patient: «p_lf»   Chart: «p_mrn»   «p_hcl»: «p_plan»   DOB: «p_dobiso»   Sex: «p_sex»
Referring: «c_dr» «c_n» (Urology, «hosp2»)     Family physician: «z_dr» «z_n», «z_town»
Diagnosis: ‹adenocarcinoma of prostate›, ‹cT3a N0 M0›, ‹Gleason 4+4=8›, ‹ISUP Grade Group 4›, ‹PSA 23.4 µg/L› («d1_iso»). High risk.
Intent: radical     Technique: ‹VMAT›, 2 full arcs, 10 MV     Unit: ‹TrueBeam› LA3     IGRT: daily CBCT + fiducials
Prescription: ‹78 Gy in 39 fractions› to PTV_7800 (prostate + proximal SV); ‹56 Gy› to PTV_5600 (pelvic nodes), SIB, 5 fx/week
OAR: ‹Rectum V70 < 20%› (achieved 11.8%), ‹Bladder V65 < 25%› (9.4%), femoral heads Dmax 41.2 Gy
Fiducials inserted «d2_iso» (3 gold seeds) by Dr «c_f»; CT simulation «d6_iso», full-bladder protocol.
ADT: ‹leuprolide 22.5 mg› q3 months from «d3_iso», planned 24 months.
Planned start «d4_iso»; planned completion «d5_long».
Prescribed by: «d_dr» «d_n», Radiation Oncologist, «lic_body» «d_lic»     Approved «d0_iso» 15:02
Physics plan check: «x_n», MCCPM («d0_dmon»)     Dosimetry: «y_n», RTT
Accommodation: ‹Cancer Patient Lodge› Monday to Friday; home is «p_addr» (5 h drive). Medical transportation
through ‹Northern Patient Transportation Program›; escort «r_n» («r_rel»), cell «r_ph».
""",
    "NZ": """«cancer» — ‹Radiation Oncology› — RT PRESCRIPTION
NHI: «p_nid»     Name: «p_F», «p_g»     DOB: «p_dob»     Domicile: «p_town»
Address: «p_addr»     Phone: «p_ph»
Referrer: «c_dr» «c_n», ‹Breast and Endocrine Surgery› («hosp2»)     GP: «z_dr» «z_n»
Diagnosis: ‹left breast invasive ductal carcinoma›, ‹pT2 pN1a (2/14) M0›, ‹ER 8/8, PR 6/8, HER2 negative›. Mastectomy «d3_dmy».
Adjuvant ‹AC-T› completed «d2_dmy».
Prescription: ‹40 Gy in 15 fractions› to left chest wall and SCF, ‹DIBH›
Technique: ‹3D conformal›, 6 MV / 10 MV, bolus alternate days     Linac: ‹Elekta Versa HD›
Heart: ‹mean heart dose 1.9 Gy›; ipsilateral lung ‹V17 < 35%› (achieved 27%)
CT sim «d6_dmy» 08:40; first fraction «d4_dmy». ‹FCT 62-day› target «d5_dmy» — on track.
Prescribing Radiation Oncologist: «d_dr» «d_n» (MCNZ «d_lic»), signed «d0_dmy»
Plan checked: «x_n» (Medical Physicist); «y_n», MRT (planning)
Travel and accommodation (‹NTA›): travelling from «p_town» with «m_rel» «m_n» («m_ph»); staying at ‹Whānau House›.
Pacific navigator: «s_n», «s_wph».
""",
}

MDT = {
    "UK": """«trust»
‹LUNG CANCER MDT — OUTCOME FORM›                                   Meeting: «d0_dmy»
Patient: «p_n»     DOB: «p_dob»     NHS No: «p_nid»     Hospital No: «p_mrn»
Address: «p_addr»     Tel: «p_ph»
GP: «z_dr» «z_n», «gp_practice», «z_addr»
Referrer: «c_dr» «c_n» (‹Respiratory Medicine›)     Key worker: «s_n», Lung CNS — «s_wph» / «s_wem»
Clinical summary: ex-smoker (40 pack-years, quit ‹2015›), haemoptysis since «d3_my». CT «d1_dmy»: 4.2 cm RUL mass. PET-CT «d2_dmy»:
avid mass and 4R / 7 nodes. EBUS «d6_dmy» (Dr «c_f»): station 7 — ‹squamous cell carcinoma›, ‹PD-L1 TPS 60%›.
Performance status: ‹WHO PS 1›     Lung function: ‹FEV1 1.62 L (64%)›, ‹TLCO 58%›
Staging (TNM 8): ‹T2b N2 M0›, ‹stage IIIA›
MDT outcome: concurrent chemoradiotherapy — ‹cisplatin/vinorelbine› with ‹60 Gy in 30 fractions›, then ‹durvalumab›.
Refer «x_dr» «x_n», ‹Clinical Oncology› — clinic «d4_dmy».
Patient aware of diagnosis: yes — told by Dr «c_f» on «d6_dmon» with «m_rel» «m_n» present. Language: «p_lang»; «m_g» («m_ph»)
is the main contact. Holistic needs assessment offered by «s_g».
62-day pathway: referral received «d1_dmy», breach date «d5_dmy».
MDT lead: «d_dr» «d_n»     MDT coordinator: «y_n», «y_wph»
""",
    "NZ": """«hosp» — ‹Colorectal Multidisciplinary Meeting (MDM)› — Outcome
MDM date: «d0_dmy»     FCT category: ‹62-day (high suspicion)›     FCT referral received: «d1_dmy»
Patient: «p_F», «p_g»   NHI: «p_nid»   DOB: «p_dob»   Ethnicity: «eth»
Address: «p_addr»     Contact: «p_ph»; whānau «m_n» («m_rel») «m_ph»
GP: «z_dr» «z_n» («gp_practice»)
Presentation: iron-deficiency anaemia (‹Hb 84 g/L›, ‹ferritin 6 µg/L›); colonoscopy «d2_dmy» (Dr «c_f»): ascending colon tumour.
Histology: ‹adenocarcinoma›, ‹dMMR (MLH1/PMS2 loss)›, ‹BRAF V600E› pending. CT C/A/P «d6_dmy»: ‹cT3 N1 M0›.
Discussion: «d_f» and «c_f» — right hemicolectomy; genetics referral after MLH1 promoter methylation.
Outcome: surgery — pre-admission clinic «d4_dmy»; planned operation «d5_dmy» with «c_dr» «c_n».
Key contact: «s_n», Colorectal CNS, «s_wph». Pacific navigator «e_n» to support travel from «p_town».
Chair: «d_dr» «d_n»     Recorded by: «y_n», MDM coordinator, «d0_dm».
""",
}

WL = {
    "US": """UNet — ‹Transplant Candidate Registration (TCR)› — Kidney          Center: «txcenter»
Candidate: «p_LFC»        SSN: «p_nid»        DOB: «p_dob»        Gender: «p_sex»
Waitlist ID (WLID): «wlid»        Center MRN: «p_mrn»
Permanent address: «p_addr»
Phone (home): «p_ph»     (cell): «p_ph2»     Email: «p_em»
Primary payer: ‹Medicare›, MBI «p_plan»     Secondary: «insurer» member «p_plan2»
Listing date: «d1_dmy»     Date of first dialysis: «d2_dmy» (in-center HD, «dialysis»)
ABO: ‹B›   Ht 178 cm   Wt 92.4 kg   ‹cPRA 42%›   HLA: ‹A1, A24; B8, B35; DR3, DR11›
‹EPTS 38%›   Accept ‹KDPI > 85%›: Y   Accept ‹HCV NAT+› donor: Y (consent signed «d6_dmy»)
Primary diagnosis: ‹Diabetes, Type II› (‹E11.22›)     Previous transplants: none     Functional status: ‹KPS 80%›
Nephrologist: «d_dr» «d_n», NPI «d_lic»     Pre-transplant coordinator: «s_n», RN, CCTC — «s_wph», «s_wem»
Emergency contacts: «r_n» («r_rel») «r_ph»; «m_n» («m_rel») «m_ph»
Psychosocial evaluation «d3_dmy» by «x_n», LCSW: caregiver plan «r_rel» + «m_rel»; 3.5 h each way from «p_town».
Potential living donor «k_n» («k_rel») evaluated «d2_dmy» — ruled out (‹HbA1c 7.9%›).
Status: Active since «d6_dmy»; waiting time accrues from first dialysis.
""",
    "UK": """«txcenter» — Renal Transplant Unit
‹NHSBT ODT — Kidney Transplant List Registration›     ‹National Kidney Offering Scheme›
Recipient: «p_lf»     ODT recipient ID: «wlid»     NHS No: «p_nid»     Unit no: «p_mrn»
DOB: «p_dob»     Sex: «p_sex»     Ethnicity: «eth»
Address: «p_addr»
Offer contact numbers: «p_ph» (mobile), «p_ph2»; if unreachable: «m_n» («m_rel») «m_ph»
Blood group: ‹O›   HLA: ‹A2, A11; B51, B52; DR4, DR15›   ‹cRF 85%›   Matchability: ‹10 (difficult to match)›   ‹Tier B›
Date first dialysis: «d2_dmy» (haemodialysis, «dialysis»)     Date registered (active): «d1_dmy»
Primary renal disease: ‹diabetic nephropathy›     Co-morbidity: ‹ischaemic heart disease›
Suspended «d6_dmy» until «d4_dmy» (infected foot ulcer) by Dr «d_f».
Consultant nephrologist: «d_dr» «d_n», GMC «d_lic»     Recipient coordinator: «s_n», «s_wph»
Named nurse at referring unit: «e_n», «dialysis»
Language: «p_lang» (telephone interpreting for offers); «r_rel» «r_n» speaks English, «r_ph».
""",
}

OFFER = {
    "US": """«txcenter» — ‹Kidney Organ Offer Log›     OPO: «opo»
DonorNet Donor ID: «donorid»     Match Run ID: «matchid»     Offer received «d0_dmy» 01:52 ET
Donor: ‹DBD›, cause of death ‹anoxia›, ‹KDPI 34%›, terminal ‹creatinine 1.1 mg/dL›, ‹HCV Ab negative›
Seq   Candidate                  WLID         MRN           Notes
  4   «p_LFC»   «wlid»   «p_mrn»   ‹cPRA 98%›, 0 ABDR mismatch, virtual XM negative — PRIMARY
  9   «q_LFC»   «wlid2»   «q_mrn»   ‹cPRA 0%›; backup
01:58 On-call coordinator «s_n» paged surgeon «c_dr» «c_f» and nephrologist «d_dr» «d_f».
02:15 Called «p_g» at «p_ph» — no answer. Called «r_rel» «r_n» at «r_ph»; reached pt 02:31. Last HD «d6_dm» at «dialysis»;
      no fever, no transfusion since listing.
02:40 Provisional yes; crossmatch tubes by courier. Pt to arrive 06:00 — lives in «p_town» (2 h).
03:05 Backup «q_g» notified via «u_rel» «u_n» («u_ph»).
09:40 Final flow crossmatch negative; accepted. OR «d7_dmon» 14:00.
OPO family services note («y_n», Family Care Coordinator): authorization by the donor's «fam_rel» «o_n» («o_ph»); the family
requests updates through the OPO only; correspondence to «o_addr».
""",
    "CA": """«txcenter» — ‹Organ Offer and Acceptance Record› (deceased donor, kidney)
Donor ID: «donorid»     Offer from: ‹Gift of Life› organ donation organization     Offer date: «d0_iso» 23:10
Donor: ‹DCD›, ‹KDPI 55%› equivalent; ‹HLA A2, A3; B7, B44; DR4, DR13›
Recipient selected: «p_lf» (waitlist «wlid»), chart «p_mrn», «p_hcl» «p_plan», ‹blood group A›, ‹cPRA 21%›
23:20 Transplant coordinator «s_n» phoned recipient at «p_ph»; pt at home in «p_town». Air transfer arranged (‹Lifeflight›).
23:45 Dr «c_f» (transplant surgery) and Dr «d_f» (nephrology) accept pending crossmatch. Alternate: «q_lf» («wlid2»), «q_ph».
«d7_iso» 04:30 Virtual crossmatch compatible; recipient admitted 07:15, ‹Transplant Unit›.
Donor family: next of kin «o_n» («fam_rel»), «o_ph», «o_addr». Consent confirmed by ODO coordinator «y_n» on «d6_iso».
The family would like an anonymous thank-you letter; forwarded to ‹Donor Family Support› «d5_my».
""",
}

HD = {
    "US": """«dialysis» — ‹Hemodialysis Treatment Flowsheet›        Station 14   Shift 2 (MWF)
Patient: «p_LFC»    MRN: «p_mrn»    Acct: «acct»    DOB: «p_dob»    Tx date: «d0_dmy»    Tx # 412
Payer: ‹Medicare ESRD›, MBI «p_plan»
Machine: ‹Fresenius 2008T› SN «hd_sn»    Dialyzer: ‹Optiflux F180NR›    Bath: ‹2K/2.5Ca›, Na 138, HCO3 35
Access: ‹L upper arm AV fistula› — thrill and bruit present; cannulated 15G x 2 by «e_n», RN
Rx: 4 h 0 min, Qb 400, Qd 600, EDW 78.5 kg     Heparin: ‹2000 units bolus›, ‹1000 units/h›, off 1 h before end
Pre: wt 81.2 kg, BP 168/92, HR 84, T 97.8 F     Post: wt 78.9 kg, BP 142/80, HR 78
Time   BP       Qb    VP    AP     UFR    Note
12:35  164/90   400   170   -190   0.68   started
13:35  138/76   400   180   -200   0.68
14:20  96/54    350   160   -180   0.00   cramping; UF off, NS 200 mL; BP 118/66 after 10 min («e_i»)
15:35  142/80   400   175   -195   0.50   ended; hemostasis 8 min
Meds: ‹epoetin alfa 4000 units IV›, ‹calcitriol 0.5 mcg IV›, ‹iron sucrose 100 mg IV›
Monthly labs drawn: «dlab1», «dlab2», ‹spKt/V 1.41›, ‹URR 74%›
Transport: «transport» van — pickup at «p_addr»; «r_rel» «r_n» («r_ph») meets the van.
Primary RN: «e_n»   PCT: «y_n», CCHT   Charge RN: «s_n»   Rounding: «d_dr» «d_n»
Missed treatment «d6_dm» (no ride) — social worker «x_n» notified. Next treatment «d7_dmy».
""",
    "AU": """«dialysis» — ‹Haemodialysis Run Sheet›          Chair 3     «d0_dmy»     Morning shift
Name: «p_n»     UR: «p_mrn»     DOB: «p_dob»     Medicare: «p_plan»     IHI: «p_nid»
Community: «p_town»     Language: «p_lang» (interpreter: «o_n», ‹Aboriginal Interpreter Service›)
Machine: ‹Fresenius 5008S› serial «hd_sn»     Dialyser: ‹FX80›     Dialysate: ‹K 2.0, Ca 1.5›
Access: ‹R brachiocephalic AVF› — 16G buttonhole; cannulated by «e_n» (RN)
Target weight 64.0 kg   Pre 67.3 kg   Post 64.4 kg   UF goal 3.3 L   Achieved 2.9 L (stopped early, cramps)
Pre BP 172/98   Post BP 138/84   Duration 4 h 30 min   Blood flow 350 mL/min
Anticoagulation: ‹heparin 3000 units› loading, ‹1000 units/h›
Bloods: «dlab1», ‹K+ 6.1 mmol/L› (pre), ‹phosphate 2.3 mmol/L›, ‹Hb 96 g/L›
Notes: «p_g» back from sorry business at «m_town»; missed two runs («d2_dm», «d6_dm»). Fluid overloaded, short of breath
lying flat — extra run booked «d7_dmy». Stays at the ‹renal hostel› until then; bush bus back to «p_town» «d4_dmon».
Contacts: «m_rel» «m_n» «m_ph»; ‹Renal Liaison Officer› «s_n» («s_wph»).
Nephrologist (visiting): «d_dr» «d_n», AHPRA «d_lic»     Nurse in charge: «y_n»
""",
}

CKD = {
    "UK": """«trust»
‹Department of Renal Medicine› — Low Clearance Clinic, «hosp»
Switchboard 0300 303 1573
Clinic date: «d0_dmy»     Typed: «d7_dmy»

«z_dr» «z_n»
«gp_practice»
«z_addr»

Dear «z_dr» «z_f»,

Re: «p_hon» «p_n»     DOB: «p_dob»     NHS No: «p_nid»     Hospital No: «p_mrn»
«p_addr»

Diagnoses:
1. ‹CKD G4 A3› — presumed diabetic and hypertensive nephropathy
2. ‹Type 2 diabetes› since ‹1998›, on insulin since ‹2011›
3. ‹Heart failure with preserved ejection fraction›
4. ‹Atrial fibrillation›, anticoagulated
Medication: ‹Humulin I 18 units mane›, ‹apixaban 2.5 mg bd›, ‹furosemide 80 mg mane›, ‹sodium bicarbonate 500 mg tds›
Results «d2_dmy»: ‹creatinine 248 µmol/L›, ‹eGFR 17 mL/min/1.73m²›, ‹uACR 142 mg/mmol›, ‹K+ 5.4 mmol/L›, ‹Hb 101 g/L›,
‹HbA1c 58 mmol/mol›, ‹PTH 24.1 pmol/L›.

I reviewed «p_hon» «p_f» today. «p_He» is «p_old» and came with «p_his» «m_rel», «m_n», and a «p_lang» interpreter,
«o_n». «p_He» and the family are clear that «p_he» does not want dialysis, and we agreed on conservative kidney
management. «p_He» still manages stairs with a stick and sleeps downstairs since «d3_my».
Plan:
- continue ‹sodium bicarbonate›; reduce ‹furosemide› to 40 mg if postural
- start ‹darbepoetin 20 mcg› fortnightly if Hb below 100 g/L (district nurse «e_n» to give at home)
- ReSPECT form completed today; «m_g» holds lasting power of attorney for health and welfare
- review in clinic («d5_my»); bloods at the surgery one week before
Low clearance CNS: «s_n», «s_wph».

Yours sincerely,

«d_dr» «d_n»
Consultant Nephrologist     GMC «d_lic»

cc: «p_hon» «p_n», «p_addr»
cc: «m_n», «m_addr»
""",
    "NZ": """«hosp» — ‹Renal Service› — ‹Kidney Care Clinic›
Department phone 09 307 4949
«d0_dmy»

«z_dr» «z_n»
«gp_practice»
«z_addr»

Tēnā koe «z_dr» «z_f»,

RE: «p_n» — NHI «p_nid» — DOB «p_dob»
Address: «p_addr»     Phone: «p_ph»

Thank you for your ongoing care of «p_g», whom I saw today with «p_his» «m_rel» «m_n» and Pacific navigator «s_n».
«p_He» is «p_old» and has lived with «m_g»'s family in «p_town» since «d3_my».
Problems: ‹CKD stage 5›, ‹gout›, ‹type 2 diabetes›, ‹hypertension›
Bloods «d2_dmy»: ‹creatinine 356 µmol/L›, ‹eGFR 12 mL/min/1.73m²›, ‹urea 28.4 mmol/L›, ‹K 5.1 mmol/L›, ‹Hb 94 g/L›, ‹urate 0.52 mmol/L›
We talked as a family about dialysis. «p_g» has decided against it, and «p_his» children support this. We will
continue conservative kidney care with the community team; «e_n» (renal nurse specialist) will visit at home.
Plan: ‹allopurinol 100 mg› daily; stop ‹naproxen›; ‹furosemide 40 mg› mane; review «d5_my».
Whānau contact: «m_n» «m_ph»; «k_rel» «k_n» (in «k_town») «k_ph».
Ngā mihi,
«d_dr» «d_n», Nephrologist (MCNZ «d_lic»)
cc: «s_n», ‹Pacific Health Team›, «s_wem»
""",
}

DM = {
    "CA": """«hosp» — ‹Diabetes Education Resource› — Group Session Log
Program: ‹Type 2 Diabetes: Taking Charge›, session 2 of 4 (‹carbohydrate counting›, ‹hypoglycemia›)
Date: «d0_long», 13:30–16:00     Site: community hall, «p_town»
Facilitators: «e_n», RD, CDE («e_wph»); «s_n», RN, CDE
Attendance:
 1. «p_lfc» — «p_hcl» «p_plan» — DOB «p_dobiso» — ‹A1C 8.9%› («d1_iso») — came with «r_rel» «r_g»
 2. «q_lfc» — «q_hcl» «q_plan» — DOB «q_dobiso» — ‹A1C 7.4%› — on ‹gliclazide MR 60 mg›
 3. «w_lfc» — «w_hcl» «w_plan» — DOB «w_dobiso» — ‹A1C 10.2%› — language «w_lang»; «v_rel» «v_n» interpreted
 4. «o_lfc» — no-show; voicemail left at «o_ph», rebooked «d4_iso»
Follow-up:
- «p_g»: two lows (‹2.9 mmol/L›) last week on ‹glyburide 5 mg BID› — note faxed to «z_dr» «z_n» («z_town»).
- «q_g»: wants a ‹FreeStyle Libre 2›; sensor «cgm_sn» started in session; coverage via provincial ‹Pharmacare›.
- «w_g»: foot check — callus left 1st MTP; referred to foot care nurse «x_n».
Next session: «d4_long». Summary to ‹Diabetes Integration Project›.
""",
    "AU": """«hosp» — ‹Diabetes Education Service› — Group Program Attendance
Program: ‹Living Well with Type 2 Diabetes›, session 3 (‹healthy eating and medicines›)
Date: «d0_dmy»     Educators: «e_n» (RN, CDE), «s_n» (APD)     On-site interpreter: «x_n»
Participants:
- «p_n» | UR «p_mrn» | Medicare «p_plan» | NDSS «p_ndss» | ‹HbA1c 8.1%› | language «p_lang»
- «q_n» | UR «q_mrn» | Medicare «q_plan» | NDSS «q_ndss» | ‹HbA1c 7.2%›
- «w_n» | UR «w_mrn» | Medicare «w_plan» | NDSS «w_ndss» | ‹HbA1c 9.6%› | brought by «v_rel» «v_n» («v_ph»)
Apologies: «o_n» (SMS reminder sent to «o_ph»; rebooked «d4_dmy»)
Notes:
- «p_g»: injection technique reviewed, ‹insulin glargine 24 units› at night; rotating sites; pen needles 4 mm.
- «q_g»: started ‹empagliflozin 10 mg› on «d1_dmy»; sick-day rules given.
- «w_g»: hypo on «d6_dmon» (‹3.1 mmol/L›); ‹gliclazide MR 60 mg› — letter to GP.
GP letters sent to «z_dr» «z_n» («gp_practice») on «d7_dmy».
""",
}

PALL = {
    "AU": """«pall» — ‹Community Palliative Care› — Home Visit Assessment
Visit: «d0_dmy» 10:30, at «p_addr»
Patient: «p_n»   UR: «p_mrn»   DOB: «p_dob» («p_old» yrs)   Medicare: «p_plan»
Referred by: «c_dr» «c_n» (‹Medical Oncology›, «hosp»), referral «d1_dmy»     GP: «z_dr» «z_n», «gp_practice»
Diagnosis: ‹metastatic pancreatic adenocarcinoma› (liver, peritoneum); stopped ‹gemcitabine› after two cycles («d3_my»).
Phase: ‹deteriorating›   ‹AKPS 40›   ‹RUG-ADL 10›   Symptoms (PCOC SAS): pain 6, nausea 4, fatigue 8, bowels 5 (no BO 4 days)
Present: patient, «r_rel» «r_n», «m_rel» «m_n» (substitute decision-maker, «m_ph»), «e_n» (CNC)
Medications: ‹hydromorphone SR 8 mg BD›, ‹hydromorphone 2 mg PRN›, ‹metoclopramide 10 mg TDS›, ‹Movicol 2 sachets BD›
Goals of care: home. Advance Care Directive completed «d3_dmy», witnessed by «y_n» (JP). ‹Not for CPR›.
Plan:
 1. ‹CSCI hydromorphone 12 mg/24 h› if unable to swallow; anticipatory medicines in the home
 2. Hospital bed and air mattress delivered «d4_dmon» (equipment loan)
 3. CNC «e_g» to review «d7_dmon»; 24-hour palliative line given to the family
 4. Bereavement risk high: «m_g» has been the carer for six months; «k_rel» «k_n» in «k_town» flies home «d5_dmon»
Signed: «d_dr» «d_n», Palliative Medicine Physician, AHPRA «d_lic»
""",
    "CA": """«hosp» — ‹Palliative Care Program› — Consultation Note
Date: «d0_iso»     Location: home visit, «p_addr»; «k_rel» joined by video from «k_town»
Patient: «p_lf»   «p_hcl»: «p_plan»   MRN: «p_mrn»   DOB: «p_dobiso»   Age: «p_old»
Referral: «c_dr» «c_n», ‹Medical Oncology›, «cancer»
Diagnosis: ‹metastatic non-small cell lung cancer› (bone, adrenal), ‹PD-L1 < 1%›; stopped ‹carboplatin/pemetrexed› after cycle 3 («d2_iso»).
‹PPS 40%›   ‹ESAS-r›: pain 7, tiredness 8, drowsiness 4, nausea 2, appetite 9, shortness of breath 5, anxiety 6
Goals of Care designation: ‹C2›. Health Care Directive names «m_n» («m_rel») as proxy, «m_ph».
Family: «r_rel» «r_n» (also frail); «k_rel» «k_n» («k_ph»); spiritual care visitor «x_n» comes weekly.
Medications: ‹HYDROmorphone 1 mg PO q4h PRN›, ‹dexamethasone 4 mg daily›, ‹sennosides 17.2 mg HS›, ‹LORazepam 0.5 mg SL PRN›
MAID: raised by patient; information given; not requesting an assessment now.
Plan: ‹8 Gy in 1 fraction› to left hip, booked «d4_iso»; home care nurse «e_n» daily; ‹Palliative Care Drug Access Program› enrolment.
Palliative care physician: «d_dr» «d_n» («lic_body» «d_lic»)     Follow-up call «d7_iso» with «m_g».
""",
}

NAV = {
    "US": """«cancer» — ‹Patient Navigation Program› — Contact Log
Patient: «p_n»   MRN: «p_mrn»   DOB: «p_dob»   Phone: «p_ph» (home), «p_ph2» (cell)   Language: «p_lang»
Address: «p_addr»
Navigator: «s_n», BSN, RN, ‹Oncology Nurse Navigator›     PCP: «z_dr» «z_n»
Referral: ‹BI-RADS 5› screening mammogram «d1_dmy»; core biopsy «d2_dmy».
Barriers: transportation (no car, 140 miles), cost, caregiving (raising a grandson).
«t1_short» 09:12  OUT to pt. Explained biopsy: ‹invasive ductal carcinoma›, ‹ER+/PR+/HER2−›. Surgical consult with «c_dr» «c_f» «t2_dm» 10:30.
«t1_short» 09:40  Booked ‹Medicaid NEMT› ride, trip no. «nemt»; pickup 6:15 AM at home.
«t1_short» 14:05  IN from «m_rel» «m_n» «m_ph»: FMLA forms; faxed to her employer at her request.
«t2_short» 16:20  Consult done; plan ‹lumpectomy and sentinel node biopsy›, then ‹Oncotype DX›. Surgery «t5_dmy».
«t3_short» 11:00  OUT to pt, voicemail. OUT to «r_rel» «r_n» «r_ph»: pt not sleeping; referred to social worker «x_n».
«t3_short» 11:25  Gas-card application to «foundation» — case «case»; SSN «p_nid» verified for the application.
«t4_short» 08:50  Insurance «insurer», member «p_plan2» — precertification «auth» approved for surgery.
Next call «t6_dm» (post-op day 2).
""",
    "CA": """«hosp» — ‹Indigenous Patient Navigator Program› — Contact Notes
Client: «p_n»   MRN: «p_mrn»   «p_hcl»: «p_plan»   Registry (status) no.: «status»   DOB: «p_dobiso»
Home community: «p_town» (fly-in)   Phone: «p_ph»   Language: «p_lang», English
Navigator: «s_n» («s_wph», «s_wem»)
«t1_iso»  Met «p_g» and «r_rel» «r_n» (escort) at the ‹medical boarding home›. New diagnosis ‹diffuse large B-cell lymphoma›;
         ‹R-CHOP› planned, 6 cycles. Explained the port insertion on «t2_iso».
«t1_iso»  ‹NIHB medical transportation› approved for cycles 1-6 — travel ref «nemt»; escort approved for «r_g».
«t3_iso»  Call from the nursing station (nurse in charge «z_n», «z_wph»): «p_g» has a fever of 38.2 at home — advised medevac to ED.
«t4_iso»  Smudging requested on the unit — spiritual care «x_n» booked the room; Elder «y_n» visited.
«t5_iso»  Cycle 2 done. Added «m_rel» «m_n» («m_ph») as a contact — consent signed.
Next flight home «t6_iso»; return for cycle 3 «d5_iso».
""",
}

TRIAL = {
    "US": """[
 {"record_id": "«scr1»", "redcap_event_name": "screening_arm_1", "protocol": "«protocol»", "site": "«cancer»",
  "screen_date": "«d0_iso»", "mrn": "«p_mrn»", "pt_name": "«p_n»", "dob": "«p_dobiso»", "age": "«p_age»", "sex": "«p_sex»",
  "ecog": "1", "diagnosis": "‹metastatic colorectal adenocarcinoma, KRAS G12C›", "line_of_therapy": "2",
  "inc_measurable_disease": "1", "inc_organ_function": "1", "labs": "«lab1»; «lab2»", "exc_prior_kras_inhibitor": "0",
  "exc_active_cns_mets": "0", "eligible": "1", "consent_date": "«d7_iso»", "econsent_link": "«url»", "econsent_ip": "«ip»",
  "subject_id": "«subj1»", "screened_by": "«s_n»", "pi": "«d_n»", "pi_email": "«d_wem»",
  "comments": "Consented with «r_rel» «r_n» present. C1D1 booked «d4_iso». Pt prefers texts to «p_ph»."},
 {"record_id": "«scr2»", "redcap_event_name": "screening_arm_1", "protocol": "«protocol»", "screen_date": "«d3_iso»",
  "mrn": "«q_mrn»", "pt_name": "«q_n»", "dob": "«q_dobiso»", "age": "«q_age»", "ecog": "2", "eligible": "0",
  "ineligible_reason": "‹ECOG 2›; ‹creatinine clearance 38 mL/min›", "screened_by": "«e_n»",
  "comments": "Discussed with «d_f». Called pt at «q_ph» on «d1_iso» to explain; referred back to «c_dr» «c_n»."},
 {"record_id": "«scr3»", "redcap_event_name": "screening_arm_1", "protocol": "«protocol»", "screen_date": "«d2_iso»",
  "mrn": "«w_mrn»", "pt_name": "«w_lfc»", "dob": "«w_dobiso»", "eligible": "0", "ineligible_reason": "declined",
  "screened_by": "«s_n»", "comments": "«v_rel» «v_n» («v_ph») says the travel from «w_town» is too much."}
]
""",
    "UK": """[
 {"record_id": "«scr1»", "redcap_event_name": "prescreen_arm_1", "study": "«protocol»", "site": "«trust»",
  "prescreen_date": "«d0_iso»", "hospital_no": "«p_mrn»", "nhs_number": "«p_nid»", "name": "«p_n»", "dob": "«p_dob»",
  "age": "«p_age»", "ecog": "0", "diagnosis": "‹HER2-low metastatic breast cancer›", "prior_lines": "1",
  "inc_1_her2_low": "1", "inc_2_lvef_50": "1", "exc_1_ild": "0", "exc_2_brain_mets": "0", "bloods": "«lab1»; «lab2»",
  "eligible": "1", "pis_given": "«d7_iso»", "consent_date": "«d4_iso»", "econsent_link": "«url»", "econsent_ip": "«ip»",
  "trial_id": "«subj1»", "research_nurse": "«s_n»", "pi": "«d_n»", "pi_email": "«d_wem»",
  "notes": "PIS in «p_lang»; «m_rel» «m_n» («m_ph») helped. Screening echo «d5_iso»."},
 {"record_id": "«scr2»", "redcap_event_name": "prescreen_arm_1", "study": "«protocol»", "prescreen_date": "«d1_iso»",
  "hospital_no": "«q_mrn»", "nhs_number": "«q_nid»", "name": "«q_n»", "dob": "«q_dob»", "ecog": "1", "eligible": "0",
  "ineligible_reason": "‹HER2 IHC 0›", "research_nurse": "«e_n»",
  "notes": "Letter to «q_hon» «q_f» at «q_addr» explaining the result; copy to Dr «c_f»."},
 {"record_id": "«scr3»", "redcap_event_name": "prescreen_arm_1", "study": "«protocol»", "prescreen_date": "«d2_iso»",
  "hospital_no": "«w_mrn»", "name": "«w_lf»", "dob": "«w_dob»", "eligible": "0", "ineligible_reason": "‹LVEF 45%›",
  "research_nurse": "«s_n»", "notes": "Discussed with «v_rel» «v_n» on «v_ph»."}
]
""",
}

LD = {
    "UK": """«txcenter» — ‹Living Kidney Donor Assessment› — summary for the ‹HTA› Independent Assessor
Donor: «m_n»     DOB: «m_dob»     NHS No: «m_nid»     Hospital No: «m_mrn»
Address: «m_addr»     Mobile: «m_ph»     Email: «m_em»
Recipient: «p_n» («m_par» of the donor)     NHS No: «p_nid»     Hospital No: «p_mrn»     ‹eGFR 9›, pre-emptive
Relationship: genetically related (‹parent›); no financial reward declared (signed «d1_dmy»)
Blood group: donor ‹A›, recipient ‹A›     HLA mismatch: ‹1-1-0›     Crossmatch (CDC and flow, «d2_dmy»): negative
Donor work-up:
  ‹mGFR 98 mL/min/1.73m²› (51Cr-EDTA); ‹DMSA split function L 51% / R 49%›
  CT angiogram «d3_dmy»: single artery each side; ‹left kidney› preferred
  ‹ABPM mean 128/79›; ‹BMI 27.4›; ‹HbA1c 38 mmol/mol›; ‹uPCR 9 mg/mmol›
  Psychology review «d6_dmy» («x_dr» «x_n»): no concerns; donor not under pressure
Independent Assessor: «y_n» — interviews «d4_dmy» (donor and recipient separately; «p_lang» interpreter for the recipient).
Surgery: provisional «d5_dmy» — donor nephrectomy, «c_surg» «c_n»; recipient transplant the same day.
Living donor coordinator: «s_n», «s_wph», «s_wem»
Consultant nephrologist: «d_dr» «d_n», GMC «d_lic»
""",
    "AU": """«txcenter» — ‹Living Donor Kidney Transplant Program› — Donor Work-up Summary
Donor: «m_n»     UR: «m_mrn»     DOB: «m_dob»     Medicare: «m_plan»
Address: «m_addr»     Mobile: «m_ph»
Intended recipient: «p_n» («m_par»)     UR: «p_mrn»     DOB: «p_dob»     Dialysis since «d3_my»
Blood groups: donor ‹B›, recipient ‹O› — ABO incompatible; registered with ‹Australian and New Zealand Paired Kidney Exchange (ANZKX)›
Paired exchange match run «d2_dmy»: potential 3-way exchange, donor to travel; crossmatch «d6_dmy» negative.
Donor assessment: ‹GFR 104 mL/min/1.73m²› (nuclear), ‹24-h urine protein 0.08 g›, CT angiogram «d1_dmy» — two right renal arteries.
Psychosocial: social worker «x_n» («d6_dmon»); independent clinician «y_dr» «y_n». Partner «k_n» supportive.
Planned surgery: «d5_dmy», donor nephrectomy with «c_dr» «c_n»; recipient admitted the day before.
Transplant nurse coordinator: «s_n», «s_wph»     Nephrologist: «d_dr» «d_n» (AHPRA «d_lic»)
""",
}

PD = {
    "NZ": """«dialysis» — ‹Home Dialysis› — ‹PD Home Visit›
Patient: «p_n»   NHI: «p_nid»   DOB: «p_dob»   Address: «p_addr»
Visit date: «d0_dmy»   By: «e_n», Home Dialysis Nurse, with «s_n» (Pacific Renal Navigator, «s_wph»)
Modality: ‹APD›, started «d1_dmy»   Cycler: ‹Baxter HomeChoice Claria› serial «pd_sn» (‹Sharesource› connected)
Prescription: ‹4 x 2.0 L› overnight, ‹Dianeal 1.5%› / ‹2.5%›, last fill ‹1.5 L Extraneal›; 9 h total
Sharesource review (last 7 nights): one alarm night «d6_dmon» (drain pain); UF 900 to 1200 mL
Exit site clean (‹ESA 0›); catheter inserted «d3_dmy» by «c_dr» «c_f».
Home: supplies stored in the garage; ‹medically dependent consumer› registration confirmed; hand-washing observed.
Whānau: lives with «r_rel» «r_n» and grandson; emergency contact «m_rel» «m_n» «m_ph». Church minister «o_n» visits.
Supplies: next Baxter delivery «d4_dmon» (order «order»).
Bloods «d2_dmy»: ‹Kt/V 1.9›, ‹albumin 29 g/L›, ‹K 3.4 mmol/L› — dietitian «x_n» to review.
Next home visit «d5_dmy»; renal clinic with «d_dr» «d_n» on «d4_dmy».
""",
    "CA": """«dialysis» — ‹Home Peritoneal Dialysis› — Home Visit Record
Client: «p_lf»   «p_hcl»: «p_plan»   MRN: «p_mrn»   DOB: «p_dobiso»
Home: «p_addr» (farm, 2 km of gravel)     Phone: «p_ph» / «p_ph2»     Email: «p_em»
Visit: «d0_iso» 10:00–11:40     Nurse: «e_n», RN (Home Dialysis)     Nursing student: «y_n»
Modality: ‹CAPD›, 4 exchanges a day (‹Dianeal 1.5%› x 3, ‹icodextrin 2 L› overnight); moving to ‹APD› — cycler serial «pd_sn» delivered «d1_iso»
Training at the unit «d2_iso» and «d6_iso»; home set-up checked today.
Peritonitis «d3_iso» (‹Staphylococcus epidermidis›, ‹cefazolin IP›); technique retraining done.
Weight 82.1 kg   BP 146/88   Edema trace   Exit site: no crust, no erythema
Supply room: basement, dry, 40 boxes. Well water — hand hygiene with sanitizer reviewed.
Emergency contacts: «r_n» («r_rel») «r_ph»; neighbour «o_n» «o_ph» (has a key)
Clinic with «d_dr» «d_n» on «d5_iso»; next home visit «d4_iso».
""",
}

REF = {
    "UK": """‹Urgent Suspected Cancer Referral› — ‹Lower Gastrointestinal› (‹NICE NG12›)          e-RS UBRN: «ubrn»
Referral date: «d0_dmy»     Priority: ‹2WW›
Patient: «p_n»     DOB: «p_dob»     NHS No: «p_nid»     Sex: «p_sex»
Address: «p_addr»
Phone: «p_ph», mobile «p_ph2»     Email: «p_em»
Preferred language: «p_lang» — interpreter required     NOK: «r_n» («r_rel»), «r_ph»
Registered GP: «z_dr» «z_n»     Practice: «gp_practice», «z_addr»     Practice code: C82047
Referring clinician: «z_dr» «z_f» (GMC «z_lic»)     Direct line for the 2WW team: «z_wph»
Reason: ‹FIT 187 µg Hb/g› («d1_dmy») with change in bowel habit for 8 weeks and 6 kg weight loss since «d3_my».
‹Hb 98 g/L›, ‹MCV 74 fL›, ‹ferritin 8 µg/L› («d1_dmy»). No rectal mass on examination. ‹WHO PS 1›.
PMH: ‹type 2 diabetes›, ‹hypertension›. Medication: ‹metformin 1 g bd›, ‹amlodipine 10 mg od›. Anticoagulants: none.
Safety-netting: patient told this is an urgent suspected cancer referral; leaflet in «p_lang» given. Not available «d4_dmy»
(at «m_rel»'s in «m_town»). Suitable for straight-to-test colonoscopy.
""",
    "NZ": """‹eReferral› — «hosp» — ‹Faster Cancer Treatment (FCT): high suspicion of cancer› — Breast
Sent: «d0_dmy» 15:42     ERMS referral ID: «ubrn»
Patient: «p_F», «p_g»   NHI: «p_nid»   DOB: «p_dob»   Gender: «p_sexw»   Ethnicity: «eth»
Address: «p_addr»   Home: «p_ph»   Mobile: «p_ph2»
Referring GP: «z_dr» «z_n», «gp_practice», «z_addr» — «z_wph»
Support person: «m_n» («m_rel»), «m_ph». Pacific navigator: «s_n».
Clinical: 4 cm hard mass, left breast upper outer quadrant, noticed «d3_my»; palpable left axillary node. Mammogram and US
«d2_dmy» at ‹Harbour Radiology›: ‹BI-RADS 5›. ‹ECOG 0›. No prior breast history.
Whānau would like «p_g» seen before «d4_dmy» (travelling to the ‹Cook Islands› for a family unveiling).
Medications: ‹cilazapril 2.5 mg›, ‹metformin 500 mg bd›. Allergies: nil known.
""",
}

TRI = {
    "UK": """«trust» — ‹Acute Oncology 24-Hour Triage Log› (‹UKONS Triage Tool›)
Call received: «d0_dmy» 02:47     Taken by: «e_n», Band 6, NMC PIN «e_lic»
Caller: «m_n» («m_rel») on «m_ph»     Patient: «p_n»     DOB: «p_dob»     Hospital No: «p_mrn»     NHS No: «p_nid»
Diagnosis and regimen: ‹early breast cancer›, ‹FEC-T› — ‹cycle 2›, day 9 (last SACT «d6_dmy»)     Consultant: «d_dr» «d_f»
Assessment: temperature 38.4 °C at 02:20, rigors; no diarrhoea; eating little.
UKONS grading: ‹pyrexia 37.5 °C or above› → ‹RED›; ‹neutropenic sepsis› suspected.
Action: advised to attend ED now; ambulance called by the caller for «p_addr»; ED and on-call SpR «c_dr» «c_n» informed 02:55 (bleep 4412).
Follow-up «d7_dmy» 09:10 («s_n», Acute Oncology CNS): admitted to ‹Ward 30 (Oncology)›; ‹neutrophils 0.3 x10^9/L›;
‹piperacillin–tazobactam› within one hour. ‹G-CSF› for C3 (Dr «d_f»). Copy to GP: «z_dr» «z_n», «gp_practice».
""",
    "AU": """«cancer» — ‹Cancer Nurse Helpline› — Telephone Triage Record
Date/time: «d0_dmy» 19:22     Nurse: «e_n» (RN, AHPRA «e_lic»)
Caller: patient «p_n» on «p_ph»     UR: «p_mrn»     DOB: «p_dob»     Medicare: «p_plan»
Treatment: ‹carboplatin/pemetrexed/pembrolizumab›, ‹cycle 4› given «d2_dmy»     Oncologist: «d_dr» «d_f»
Problem: diarrhoea seven times a day since «d6_dmon», cramping, dizzy on standing; no fever (36.9). Possible ‹immune-related colitis›.
Triage: ‹CTCAE grade 3 diarrhoea› → ‹RED›: present to ED.
Action: «r_rel» «r_n» to drive «p_g» to «hosp» ED from «p_town» (45 min); ED notified; registrar «c_dr» «c_n» aware.
Follow-up «d7_dmy» (Cancer Care Coordinator «s_n», «s_wph»): ‹methylprednisolone 1 mg/kg IV›; ‹pembrolizumab› withheld.
Interpreter used: «p_lang», «x_n» (‹TIS National›).
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("onc66_tumour_board_minutes", ["US", "AU"], "text", TB),
    ("onc66_cancer_registry_abstract", ["US", "CA"], "text", REG),
    ("onc66_chemotherapy_order_set", ["US", "UK"], "text", CHEMO),
    ("onc66_sact_cycle_log", ["UK", "AU"], "text", CYCLE),
    ("onc66_radiotherapy_prescription", ["CA", "NZ"], "text", RT),
    ("onc66_mdt_outcome_form", ["UK", "NZ"], "text", MDT),
    ("onc66_transplant_waitlist_registration", ["US", "UK"], "text", WL),
    ("onc66_organ_offer_log", ["US", "CA"], "text", OFFER),
    ("onc66_dialysis_run_sheet", ["US", "AU"], "text", HD),
    ("onc66_ckd_clinic_letter", ["UK", "NZ"], "text", CKD),
    ("onc66_diabetes_education_log", ["CA", "AU"], "text", DM),
    ("onc66_palliative_care_note", ["AU", "CA"], "text", PALL),
    ("onc66_patient_navigator_notes", ["US", "CA"], "text", NAV),
    ("onc66_trial_eligibility_screen", ["US", "UK"], "json", TRIAL),
    ("onc66_living_donor_assessment", ["UK", "AU"], "text", LD),
    ("onc66_pd_home_visit", ["NZ", "CA"], "text", PD),
    ("onc66_urgent_cancer_referral", ["UK", "NZ"], "text", REF),
    ("onc66_oncology_triage_log", ["UK", "AU"], "text", TRI),
]

# ---- keep vocabulary and per-country wording -----------------------------------------------------------------

LANG = {"dine": "Navajo", "cajun": "English", "gullah": "English", "azorean": "Portuguese", "armenian": "Armenian", "gujarati": "Gujarati",
        "mirpuri": "Pahari-Pothwari", "sylheti": "Sylheti", "akan": "Twi", "english": "English", "mennonite": "Plautdietsch", "hutterite": "Hutterisch",
        "icelandic": "English", "ukrainian": "Ukrainian", "cree": "Cree", "punjabi": "Punjabi", "greek": "Greek", "maltese": "Maltese", "dinka": "Dinka",
        "warlpiri": "Warlpiri", "torres": "Kala Lagaw Ya", "cook": "Cook Islands Māori", "niuean": "Vagahau Niue", "fijian": "Fijian",
        "dalmatian": "Croatian", "maori": "te reo Māori"}  # fmt: skip
ETH = {"gujarati": "Indian", "mirpuri": "Pakistani", "sylheti": "Bangladeshi", "akan": "Black African", "english": "White British",
       "cook": "Cook Islands Māori", "niuean": "Niuean", "fijian": "Fijian", "dalmatian": "European", "maori": "Māori"}  # fmt: skip
HEALTH_CARD = {"Manitoba": "PHIN", "Saskatchewan": "HSN", "Alberta": "PHN", "British Columbia": "PHN"}
LIC_BODY = {"Manitoba": "CPSM", "Saskatchewan": "CPSS", "Alberta": "CPSA", "British Columbia": "CPSBC"}
RACE = {"dine": "03", "gullah": "02"}
LABS = {
    "US": ["Hgb 11.8 g/dL", "ANC 2.9 K/uL", "Plt 211 K/uL", "Creatinine 0.87 mg/dL", "Total bilirubin 0.6 mg/dL", "ALT 22 U/L", "WBC 5.4 K/uL", "Mg 1.9 mg/dL"],
    "SI": ["Hb 121 g/L", "Neutrophils 3.1 x10^9/L", "Platelets 214 x10^9/L", "Creatinine 78 µmol/L", "Bilirubin 9 µmol/L", "ALT 27 U/L",
           "eGFR 81 mL/min/1.73m²", "WCC 5.8 x10^9/L"],
}  # fmt: skip
DLABS = {"US": ["Albumin 3.7 g/dL", "Phosphorus 6.2 mg/dL", "Hgb 10.6 g/dL", "PTH 486 pg/mL", "Ferritin 612 ng/mL"],
         "AU": ["Albumin 31 g/L", "PTH 61 pmol/L", "Ferritin 540 µg/L", "Bicarbonate 19 mmol/L"]}  # fmt: skip
REG_CASES = [
    {"site": "C504", "site_text": "breast, upper outer quadrant", "histo": "8500", "histo_text": "infiltrating duct carcinoma", "cT": "cT2", "cN": "cN1",
     "stg": "2B", "pe_text": "palpable 3 cm breast mass and one firm axillary node.", "path_text": "core biopsy: infiltrating duct carcinoma, grade 2, ER 95%, PR 60%, HER2 IHC 1+.",
     "rx_text": "neoadjuvant dose-dense AC-T then lumpectomy"},
    {"site": "C341", "site_text": "upper lobe, lung", "histo": "8070", "histo_text": "squamous cell carcinoma", "cT": "cT2b", "cN": "cN2", "stg": "3A",
     "pe_text": "hemoptysis for 6 weeks, 40 pack-years.", "path_text": "EBUS station 7: squamous cell carcinoma, PD-L1 TPS 60%.",
     "rx_text": "concurrent chemoradiation then durvalumab"},
    {"site": "C187", "site_text": "sigmoid colon", "histo": "8140", "histo_text": "adenocarcinoma", "cT": "cT3", "cN": "cN1", "stg": "3B",
     "pe_text": "iron deficiency anemia and a positive FIT.", "path_text": "colon biopsy at 22 cm: adenocarcinoma, MMR proficient.",
     "rx_text": "sigmoid colectomy then CAPOX"},
    {"site": "C619", "site_text": "prostate gland", "histo": "8140", "histo_text": "acinar adenocarcinoma", "cT": "cT2c", "cN": "cN0", "stg": "3C",
     "pe_text": "PSA 14.2 ng/mL, firm right lobe on DRE.", "path_text": "prostate biopsy: acinar adenocarcinoma, Gleason 4+4=8, 7 of 12 cores.",
     "rx_text": "radiation with 24 months of ADT"},
]  # fmt: skip
KEEP_POOLS = {
    "insurer": ["Humana Gold Plus (HMO)", "Aetna Better Health", "UnitedHealthcare Community Plan", "Blue Cross Blue Shield PPO", "Cigna Open Access Plus"],
    "foundation": ["American Cancer Society Road To Recovery", "CancerCare Co-Payment Assistance Foundation", "Pink Fund"],
    "transport": ["MedRide", "Ride Connect"], "agency": ["Sunrise Home Health Services", "Heartwood Home Health"],
    "opo": ["Southwest Donor Alliance", "Gulf Coast Donor Network"], "pall": ["Bayside Community Palliative Care Service"],
    "trust": ["Northfield Teaching Hospitals NHS Foundation Trust"],
}  # fmt: skip
GP_PRACTICE = {"UK": ["Highfield Medical Centre", "Belvoir Health Centre", "Willowbrook Surgery", "Riverside Medical Practice"],
               "NZ": ["Pacific Family Health Centre", "Harbourside Medical Centre", "Southgate Family Doctors"],
               "AU": ["Seaview Family Medical", "Central Medical Clinic"], "CA": ["Prairie Family Clinic"], "US": ["Mesa Family Practice"]}  # fmt: skip
PROTOCOL = {"US": ["SHC-GI-2023-014 (LUMEN-2)", "SHC-GI-2024-003 (KESTREL)"], "UK": ["PROMISE-HER2 (ISRCTN48213377)", "ARDEN-B2 (ISRCTN20457718)"]}  # fmt: skip
REDCAP = {"US": ["sacredheartci.org", "goodsamhealth.org"], "UK": ["northfield-research.nhs.uk", "ctu.northfield.ac.uk"]}
FAM_REL = {True: ["mother", "wife", "sister", "daughter"], False: ["father", "husband", "brother", "son"]}

# who a kind is about (patients' ages in days; (kind, country) may fix the sex, the region or the culture)
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "onc66_palliative_care_note": {"p": (90 * Y + 40, 97 * Y)},
    "onc66_ckd_clinic_letter": {"p": (90 * Y + 40, 96 * Y)},
    "onc66_tumour_board_minutes": {"w": (90 * Y + 40, 95 * Y)},
    "onc66_trial_eligibility_screen": {"p": (35 * Y, 78 * Y), "q": (35 * Y, 78 * Y), "w": (35 * Y, 78 * Y)},
    "onc66_organ_offer_log": {"p": (24 * Y, 68 * Y), "q": (24 * Y, 68 * Y)},
    "onc66_transplant_waitlist_registration": {"p": (30 * Y, 70 * Y)},
    "onc66_living_donor_assessment": {"p": (48 * Y, 72 * Y)},
}
FEMALE = {("onc66_radiotherapy_prescription", "CA"): False, ("onc66_radiotherapy_prescription", "NZ"): True,
          ("onc66_patient_navigator_notes", "US"): True, ("onc66_urgent_cancer_referral", "NZ"): True,
          ("onc66_oncology_triage_log", "UK"): True, ("onc66_trial_eligibility_screen", "UK"): True}  # fmt: skip
REGION = {("onc66_cancer_registry_abstract", "CA"): ["Manitoba"], ("onc66_patient_navigator_notes", "CA"): ["Manitoba"],
          ("onc66_pd_home_visit", "CA"): ["Manitoba", "Saskatchewan", "Alberta"], ("onc66_dialysis_run_sheet", "AU"): ["Northern Territory"],
          ("onc66_dialysis_run_sheet", "US"): ["Arizona", "New Mexico", "Louisiana", "South Carolina"],
          ("onc66_diabetes_education_log", "CA"): ["Manitoba", "British Columbia"], ("onc66_diabetes_education_log", "AU"): ["Victoria", "New South Wales"],
          ("onc66_radiotherapy_prescription", "CA"): ["Manitoba", "Saskatchewan"], ("onc66_pd_home_visit", "NZ"): ["Auckland"],
          ("onc66_palliative_care_note", "CA"): ["Manitoba", "Alberta", "British Columbia"]}  # fmt: skip
CULTURE = {("onc66_patient_navigator_notes", "CA"): "cree"}
# culture -> the towns its households live in, where a region holds several communities
HOME_TOWNS = {"cree": ["Kinosao Lake", "Wapiskow Narrows", "Mistik Rapids"], "mennonite": ["Gruenweide", "Schoenfeld Siding"],
              "icelandic": ["Vidir Narrows", "Hekla Landing"], "ukrainian": ["Zoria Siding", "Sich Valley", "Zelena Hill"],
              "hutterite": ["Stillbrook Colony", "Clearwell Colony", "Bright Meadow Colony"], "gujarati": ["Kirkbrook Vale", "Humberbrook"],
              "mirpuri": ["Heaton Clough", "Girlington Moor"], "sylheti": ["Poplar Reach", "Bromley Vale"], "akan": ["Poplar Reach", "Bromley Vale"],
              "english": ["Wheal Ember", "Polventon"]}  # fmt: skip


def _rel(w: Person, spouse: bool) -> str:
    return ("wife" if w.female else "husband") if spouse else ("daughter" if w.female else "son")


def _draw_patient(rng: random.Random, loc_code: str, used: set[str], d0: date, kind: str, key: str, *, female: bool | None = None,
                  culture: str | None = None, regions: list[str] | None = None, age: tuple[int, int] = (40 * Y, 84 * Y)) -> Person:  # fmt: skip
    """A patient: a region the kind allows, a culture that lives there, a home town of that culture."""
    loc = LOCS[loc_code]
    region = rng.choice(regions or list(loc.regions))
    culture = culture or rng.choice(loc.regions[region].cultures)
    p = draw_person(rng, loc, used, d0, female=female, culture=culture, region=region, age_days=age)
    towns = [t for t in HOME_TOWNS.get(culture, []) if t in loc.regions[region].towns]
    if towns and p.town not in towns:  # move the household to a town of its community
        p.town = rng.choice(towns)
        p.postcode = _postal_of(rng, loc_code, region, p.town)
        used.add(plain(p.town))
        p.addr = _address(p)
    return p


def _postal_of(rng: random.Random, loc_code: str, region: str, town: str) -> str:
    from tests.engine.probe66.people import _postal

    return _postal(rng, LOCS[loc_code].regions[region].towns[town], loc_code)


def _address(w: Person) -> tuple:
    from tests.engine.probe66.people import address

    return address(w)


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d0 = date(2024, 1, 8) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    ages = AGES.get(kind, {})
    regions = REGION.get((kind, loc_code))
    p = _draw_patient(rng, loc_code, used, d0, kind, "p", female=FEMALE.get((kind, loc_code)), culture=CULTURE.get((kind, loc_code)),
                      regions=regions, age=ages.get("p", (40 * Y, 84 * Y)))  # fmt: skip
    pa = (d0 - p.dob).days
    fam = lambda w: w.family if rng.random() < 0.8 else None  # noqa: E731
    r = draw_person(rng, loc, used, d0, female=not p.female, culture=p.culture, family=fam(p), home=p,
                    age_days=(max(20 * Y, pa - 7 * Y), pa + 5 * Y))  # fmt: skip
    kid = (max(19 * Y, pa - 42 * Y), max(20 * Y, pa - 20 * Y))
    m = draw_person(rng, loc, used, d0, culture=p.culture, family=fam(p), home=p if rng.random() < 0.4 else None, region=p.region, age_days=kid)
    k = draw_person(rng, loc, used, d0, culture=p.culture, family=fam(p), region=p.region, age_days=kid)
    q = _draw_patient(rng, loc_code, used, d0, kind, "q", regions=regions, age=ages.get("q", (40 * Y, 84 * Y)))
    u = draw_person(rng, loc, used, d0, female=not q.female, culture=q.culture, family=fam(q), home=q)
    w = _draw_patient(rng, loc_code, used, d0, kind, "w", regions=regions, age=ages.get("w", (40 * Y, 84 * Y)))
    wa = (d0 - w.dob).days
    v = draw_person(rng, loc, used, d0, culture=w.culture, family=fam(w), home=w, age_days=(max(19 * Y, wa - 40 * Y), max(20 * Y, wa - 20 * Y)))
    o = draw_person(rng, loc, used, d0, region=p.region, age_days=(25 * Y, 75 * Y))
    ppl = {"p": p, "r": r, "m": m, "k": k, "q": q, "u": u, "w": w, "v": v, "o": o}
    for x in ("d", "c", "x", "y", "e", "s", "z"):
        ppl[x] = draw_person(rng, loc, used, d0, staff=True, region=p.region, age_days=(28 * Y, 64 * Y))
    s: dict[str, Slot] = {}
    for x, who in ppl.items():
        s.update(person_slots(x, who, d0, rng))
        s[f"{x}_lang"] = K(LANG[who.culture])
        s[f"{x}_surg"] = "Ms" if who.female else "Mr"
        s[f"{x}_hcl"] = HEALTH_CARD.get(who.region, "PHIN")
    s["r_rel"], s["u_rel"] = _rel(r, True), _rel(u, True)
    s["m_rel"], s["k_rel"], s["v_rel"] = _rel(m, False), _rel(k, False), _rel(v, False)
    s["m_par"] = "mother" if p.female else "father"
    s["fam_rel"] = rng.choice(FAM_REL[o.female])
    s["eth"] = K(ETH.get(p.culture, "Other"))
    s["lic_body"] = LIC_BODY.get(p.region, "")
    s["sexcode"] = "2" if p.female else "1"
    s["racecode"] = RACE.get(p.culture, "01")
    digits = "".join(ch for ch in p.phone if ch.isdigit())
    s["p_ph10"] = P("PHONE", digits[-10:])
    nid = s["p_nid"]
    s["p_ssn9"] = P("SSN", nid.value.replace("-", "")) if isinstance(nid, P) else ""
    for x in ("p", "q", "w"):
        s[f"{x}_plan2"] = P("HEALTH_PLAN", fill(rng, rng.choice(["@@@%########", "%########", "W%########", "@%#######-01"])))
        s[f"{x}_ndss"] = P("ID", fill(rng, "%#######"))
    for x in ("d", "c", "x", "y", "z"):
        s[f"{x}_lic"] = P("LICENSE", ids.licence(rng, loc_code, "doctor"))
    for x in ("e", "s"):
        s[f"{x}_lic"] = P("LICENSE", ids.licence(rng, loc_code, "nurse"))
    s["y_plic"] = P("LICENSE", ids.licence(rng, loc_code, "pharmacist"))
    s["d_i"] = P("NAME", f"{ppl['d'].given[0]}. {ppl['d'].family}")
    # dates: d1..d6 around d0; t1..t6 in order (contact logs); k1..k6 treatment cycles three weeks apart
    # in time order: d3 < d1 < d2 < d6 < d0 < d7 < d4 < d5
    offsets = {"d3": -rng.randint(60, 120), "d1": -rng.randint(31, 59), "d2": -rng.randint(13, 30), "d6": -rng.randint(1, 12),
               "d7": rng.randint(1, 6), "d4": rng.randint(7, 30), "d5": rng.randint(31, 75)}  # fmt: skip
    dates = {"d0": d0} | {key: d0 + timedelta(days=n) for key, n in offsets.items()}
    t = d0
    for i in range(1, 7):
        dates[f"t{i}"] = t
        t += timedelta(days=rng.randint(1, 8))
    for i in range(1, 7):
        dates[f"k{i}"] = d0 - timedelta(days=(5 - i) * 21 + rng.randint(0, 2))
        dates[f"k{i}d"] = dates[f"k{i}"] + timedelta(days=2)
    dates["k3b"] = dates["k3"] + timedelta(days=9)
    for key, d in dates.items():
        s.update({f"{key}_{form}": v for form, v in date_forms(d, loc_code).items()})
    F = lambda t_, *pats: P(t_, fill(rng, rng.choice(pats)))  # noqa: E731
    s["acct"] = F("ACCOUNT", "%#########", "FIN%#######", "%##-#####-#")
    s["auth"] = F("ID", "PA%########", "%##########", "A%#######")
    s["wlid"], s["wlid2"] = P("ID", ids.waitlist_id(rng, loc_code)), P("ID", ids.waitlist_id(rng, loc_code))
    s["donorid"] = P("ID", ids.donor_id(rng, loc_code))
    s["matchid"] = F("ID", "%######")
    s["accession"] = P("ID", f"{d0.year}{fill(rng, '%####')}")
    s["pidn"] = F("ID", "%#######")
    s["regno"] = F("ID", "%#-#####", "MCR%######")
    s["mhsc"] = F("ID", "%#####")
    for i in (1, 2, 3):
        s[f"scr{i}"] = F("ID", "SCR-%###", "%##-%##")
    s["subj1"] = F("ID", "%##-%###", "@@-%##-%#")
    s["ubrn"] = P("ID", fill(rng, "0000 #### ####") if loc_code == "UK" else fill(rng, "ERMS%#######"))
    s["nemt"] = F("ID", "T%#######", "%##-%####", "TR%######")
    s["case"] = F("ID", "%#######", "CS-%######")
    s["order"] = F("ID", "%#######", "SO%######")
    s["status"] = F("ID", "%#########")
    s["hd_sn"], s["pd_sn"] = P("DEVICE", ids.serial(rng, "hd")), P("DEVICE", ids.serial(rng, "pd"))
    s["pump_sn"], s["cgm_sn"] = P("DEVICE", ids.serial(rng, "pump")), P("DEVICE", ids.serial(rng, "cgm"))
    s["url"] = P("URL", f"https://redcap.{rng.choice(REDCAP.get(loc_code, ['ctu-ops.org']))}/surveys/?s="
                 + fill(rng, rng.choice(["@@@%@@%@@%", "%@@@@%@@@%"])))  # fmt: skip
    s["ip"] = P("IP", f"{rng.choice([24, 67, 73, 86, 98, 174])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    # keep values
    s["hosp"], s["hosp2"] = (K(h) for h in rng.sample(HOSP[loc_code], 2))
    s["cancer"], s["dialysis"] = K(rng.choice(CANCER[loc_code])), K(rng.choice(DIALYSIS[loc_code]))
    s["txcenter"] = K(rng.choice(TXCENTER[loc_code]))
    s["gp_practice"] = K(rng.choice(GP_PRACTICE[loc_code]))
    s["protocol"] = K(rng.choice(PROTOCOL.get(loc_code, ["n/a"])))
    for key, pool in KEEP_POOLS.items():
        s[key] = K(rng.choice(pool))
    labs = rng.sample(LABS["US" if loc_code == "US" else "SI"], 3)
    s.update({f"lab{i + 1}": K(v) for i, v in enumerate(labs)})
    s.update({f"dlab{i + 1}": K(v) for i, v in enumerate(rng.sample(DLABS.get(loc_code, DLABS["AU"]), 2))})
    case = rng.choice([c for c in REG_CASES if c["site"] != ("C619" if p.female else "C504")])
    s.update({key: K(v) for key, v in case.items()})
    return s


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe66:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(template[loc], slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
