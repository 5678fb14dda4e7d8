# ruff: noqa: E501  (hand-aligned data tables and templates)
"""Twenty-second independent probe corpus: health records as they arrive as text after conversion.

36 labelled documents in 18 kinds per seed, two of each, in three families:
1. OCR'd faxes and scans: a fax cover sheet, a referral form with underscores and tick boxes, a scanned
   multi-page letter whose page headers and footers repeat the patient's name and DOB, a lab requisition
   with letter-spaced labels, and an OCR'd CMS-1500 claim. OCR confusions ("Te1:", "D0B", "Narne") sit in
   the text around the values, never inside a labelled value.
2. PDF-to-text: two columns merged line by line, a consult letter with hyphenated line breaks and hard
   wraps (a name or an address spread over two lines: each line's part labelled on its own), and tables
   flattened to whitespace-separated columns.
3. Markup and exports: an HTML portal page with entities, a C-CDA fragment, a CSV roster, a TSV
   appointment export, a Markdown handoff table, a YAML fixture, an INI interface file, an e-mail thread
   with quoted replies, a forwarded e-mail with signatures and headers, and RTF leftovers.

Template language: tests/engine/probe's `«slot»` (a slot's pieces: P labelled PHI, K a keep value, plain
text) and `‹literal›` (a keep value written in the template). Slot prefixes: `p_` the patient, `r_` a
relative, `d1_`/`d2_` clinicians, `c_` the sending clinic, `q<i>_` the rows of a table, `k_` keep values.

Labelling policy (decided before any measurement):
- PHI: names of patients, relatives and clinicians (NAME; every rendering as written: "FAMILY, GIVEN",
  "Given Family", "Dr. Family"; a name split over two lines is two values); street lines and towns of
  patients, relatives and clinics (ADDRESS) and postcodes (ZIP); every date more specific than a year,
  including the CDA "20240312" form and the date of an e-mail header (DATE); ages over 89 (AGE); phones,
  faxes (PHONE, FAX), e-mails (EMAIL), URLs holding a patient's record id (URL), client IPs (IP), record
  numbers (MRN), SSNs (SSN), national numbers (ID), plan, member and health-card numbers (HEALTH_PLAN),
  account and encounter numbers (ACCOUNT).
- Keep (must survive): hospital, clinic, lab and payer names, departments; drugs with doses, lab values with
  units, ICD-10, CPT and LOINC codes; weekdays, a month alone, a year alone, ages under 90; states and
  countries named outside an address; software and form names (CMS-1500, UB-04); markup words (tag and
  attribute names, CSV/TSV headers, YAML and INI keys).
- Plain text (not scored): a state, region or country written inside a postal address, times, page counts,
  the "tel:"/"mailto:" prefixes, clinicians' NPIs and credentials.
- A draw that makes a label ambiguous (a PHI value also outside its spans, a keep value inside one) is
  re-drawn (`make_doc` tries further sub-seeds), so every label is unambiguous.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe22 import ids
from tests.engine.probe22.people import COUNTRIES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

# ---- harmless vocabulary (our own) -----------------------------------------------------------------------

CLINICS = {
    "US": ["Riverside Valley Medical Center", "Prairie Heart Institute", "Saint Hedda Regional Hospital",
           "Clearwater Family Health Clinic", "Northfork Community Hospital", "Bluegrass Kidney Associates"],
    "CA": ["Centre hospitalier régional du Bas-Fleuve", "Lakeshore Health Centre"],
    "UK": ["Wyndham Vale Community Hospital", "Fenland Road Surgery"],
    "IE": ["Midlands Regional Hospital Annex", "Shannonside Medical Practice"],
    "AU": ["Riverina Base Hospital", "Coastal Plains Medical Centre"],
    "DE": ["Kreisklinikum Talgrund", "Praxisgemeinschaft am Markt"],
    "FR": ["Centre Hospitalier du Val-Argent", "Maison de Santé des Tilleuls"],
    "ES": ["Hospital Comarcal de la Sierra", "Centro de Salud El Olivar"],
    "MX": ["Hospital General de Zona 47", "Clínica Familiar del Valle"],
    "BR": ["Hospital Regional do Cerrado", "Unidade Básica de Saúde Vila Nova"],
    "IN": ["Sri Ranga Multispeciality Hospital", "Lotus Diagnostic Centre"],
    "PH": ["Provincial Hospital of the North Coast", "Bayanihan Medical Clinic"],
    "NG": ["General Hospital Ring Road", "Crestview Specialist Clinic"],
}  # fmt: skip
DEPTS = ["Nephrology", "Cardiology Outpatients", "Endocrine Clinic", "Pulmonary Function Lab", "Wound Care",
         "Rheumatology", "Sleep Medicine", "Hepatology", "Pain Management", "Urology"]  # fmt: skip
DRUGS = ["losartan 50 mg", "metformin XR 750 mg", "rosuvastatin 10 mg", "tiotropium 18 mcg", "warfarin 3 mg",
         "empagliflozin 10 mg", "allopurinol 300 mg", "bumetanide 1 mg", "duloxetine 60 mg", "prednisolone 5 mg",
         "hydroxychloroquine 200 mg", "mirtazapine 15 mg", "sitagliptin 100 mg", "torsemide 20 mg"]  # fmt: skip
LABS = ["creatinine 2.1 mg/dL", "potassium 5.6 mmol/L", "HbA1c 8.3%", "ferritin 14 ng/mL", "TSH 6.8 mIU/L",
        "uric acid 9.4 mg/dL", "eGFR 38 mL/min/1.73m2", "hemoglobin 9.7 g/dL", "ALP 212 U/L",
        "vitamin D 11 ng/mL", "albumin 3.1 g/dL", "CK 1,840 U/L"]  # fmt: skip
ICD = ["N18.4", "E11.21", "I25.10", "J44.9", "M10.9", "E03.9", "K74.60", "G47.33", "M05.79", "N40.1",
       "I73.9", "D50.9"]  # fmt: skip
DX = ["chronic kidney disease stage 4", "gout", "obstructive sleep apnea", "iron deficiency anemia",
      "peripheral arterial disease", "rheumatoid arthritis", "hypothyroidism", "COPD"]  # fmt: skip
CPT = ["99214", "99204", "93000", "94010", "36415", "80053", "99243", "76770"]
LOINC = ["2160-0", "4548-4", "2823-3", "3016-3", "718-7", "2276-4", "14682-9", "33914-3"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
STATES = ["Wyoming", "Vermont", "Idaho", "Montana", "Delaware", "Alabama", "Iowa", "Utah"]
LANDS = ["Canada", "Ireland", "Mexico", "Brazil", "India", "Nigeria", "Germany", "Australia", "Spain"]
SOFTWARE = ["eClinicalWorks", "athenahealth", "Allscripts", "NextGen", "Adobe Acrobat", "ABBYY FineReader",
            "RightFax", "Kofax"]  # fmt: skip
PAYERS = ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Humana", "Cigna", "Medicaid"]
REL = {True: ["daughter", "wife", "sister", "niece"], False: ["son", "husband", "brother", "nephew"]}
CREDS = ["MD", "DO", "NP", "PA-C", "FNP-BC", "MBBS", "FRCP"]


def _dates(prefix: str, d: date) -> dict[str, Slot]:
    forms = {
        "us": f"{d:%m/%d/%Y}", "iso": f"{d:%Y-%m-%d}", "eu": f"{d:%d.%m.%Y}", "dmy": f"{d:%d/%m/%Y}",
        "long": f"{d:%B} {d.day}, {d:%Y}", "short": f"{d.day} {d:%b %Y}", "cda": f"{d:%Y%m%d}",
        "caps": f"{d:%d-%b-%Y}".upper(), "md": f"{d.month}/{d.day}/{d:%y}",
    }  # fmt: skip
    return {f"{prefix}_{k}": P("DATE", v) for k, v in forms.items()}


def person_slots(prefix: str, who: Person, rng: random.Random, clin: bool = False) -> dict[str, Slot]:
    s: dict[str, Slot] = {
        f"{prefix}_given": P("NAME", who.given), f"{prefix}_family": P("NAME", who.family),
        f"{prefix}_full": P("NAME", who.full), f"{prefix}_inv": P("NAME", who.inverted),
        f"{prefix}_caps": P("NAME", f"{who.family}, {who.given}".upper()),
        f"{prefix}_dr": ("Dr. ", P("NAME", who.family)),
        f"{prefix}_street": P("ADDRESS", who.street), f"{prefix}_town": P("ADDRESS", who.town),
        f"{prefix}_region": who.region, f"{prefix}_zip": P("ZIP", who.postcode),
        f"{prefix}_phone": P("PHONE", who.phone), f"{prefix}_email": P("EMAIL", who.email),
        f"{prefix}_fax": P("FAX", fill(rng, "(%##) %##-####" if who.country in ("US", "CA") else "+## ## #### ####")),
        f"{prefix}_cred": rng.choice(CREDS),
    }  # fmt: skip
    tail = (f"{who.region} " if who.region else "") + who.postcode
    s[f"{prefix}_addr"] = (P("ADDRESS", who.street), ", ", P("ADDRESS", who.town), ", ",
                           f"{who.region} " if who.region else "", P("ZIP", who.postcode))  # fmt: skip
    s[f"{prefix}_cityline"] = (P("ADDRESS", who.town), ", " if who.region else " ",
                               f"{who.region} " if who.region else "", P("ZIP", who.postcode))  # fmt: skip
    del tail
    s.update(_dates(f"{prefix}_dob", who.born))
    if not clin:
        type_, label, value = ids.national(rng, who.country, who.given, who.family, who.born, who.female)
        s[f"{prefix}_natlabel"] = label
        s[f"{prefix}_nat"] = P(type_, value)
        s[f"{prefix}_mrn"] = P("MRN", ids.mrn(rng))
        s[f"{prefix}_acct"] = P("ACCOUNT", ids.account(rng))
        s[f"{prefix}_member"] = P("HEALTH_PLAN", ids.member(rng))
        age = (date(2024, 6, 1) - who.born).days // 365
        s[f"{prefix}_age"] = P("AGE", str(age)) if age >= 90 else K(str(age))
        s[f"{prefix}_sex"] = "F" if who.female else "M"
        s[f"{prefix}_rel"] = rng.choice(REL[who.female])
    return s


def base_slots(rng: random.Random, country: str, old: bool, rows: int = 0) -> dict[str, Slot]:
    used: set[str] = set()
    pat = draw_person(rng, country, used, old=old)
    s = person_slots("p", pat, rng)
    s.update(person_slots("r", draw_person(rng, country, used), rng))
    s.update(
        person_slots("d1", draw_person(rng, rng.choice([country, "US"]), used, clin=True), rng, clin=True)
    )
    s.update(person_slots("d2", draw_person(rng, "US", used, clin=True), rng, clin=True))
    clinic = draw_person(rng, country, set(used), clin=True)  # only its address, phone and fax are used
    s.update({f"c_{k[3:]}": v for k, v in person_slots("cl", clinic, rng, clin=True).items()
              if k[3:] in ("street", "town", "region", "zip", "phone", "fax", "addr", "cityline")})  # fmt: skip
    for i in range(1, rows + 1):
        c = "US" if rng.random() < 0.6 else rng.choice(COUNTRIES)
        s.update(person_slots(f"q{i}", draw_person(rng, c, used, old=rng.random() < 0.15), rng))
        s.update(_dates(f"q{i}_vis", date(2024, 1, 2) + timedelta(days=rng.randrange(300))))
    visit = date(2023, 1, 5) + timedelta(days=rng.randrange(600))
    for name, delta in (("adm", 0), ("sent", rng.randint(1, 9)), ("fu", rng.randint(20, 90)),
                        ("lab", -rng.randint(1, 30))):  # fmt: skip
        s.update(_dates(name, visit + timedelta(days=delta)))
    s["sent_hdr"] = P("DATE", f"{visit:%d %b %Y}")
    s["sent_wd"] = f"{visit:%a}"
    s["reply_hdr"] = P("DATE", f"{visit + timedelta(days=1):%d %b %Y}")
    s["reply_wd"] = f"{visit + timedelta(days=1):%a}"
    s["c_clinic"] = K(rng.choice(CLINICS[country]))
    s["k_clinic2"] = K(rng.choice([c for c in CLINICS["US"] if c != s["c_clinic"].value]))
    s["k_dept"] = K(rng.choice(DEPTS))
    s["k_drug"], s["k_drug2"] = (K(x) for x in rng.sample(DRUGS, 2))
    s["k_lab"], s["k_lab2"] = (K(x) for x in rng.sample(LABS, 2))
    s["k_icd"], s["k_icd2"] = (K(x) for x in rng.sample(ICD, 2))
    s["k_dx"] = rng.choice(DX)
    s["k_cpt"] = K(rng.choice(CPT))
    s["k_loinc"] = K(rng.choice(LOINC))
    s["k_weekday"] = K(rng.choice(WEEKDAYS))
    s["k_month"] = K(rng.choice(MONTHS))
    s["k_year"] = K(str(rng.randint(1998, 2019)))
    s["k_state"] = K(rng.choice(STATES))
    s["k_land"] = K(rng.choice(LANDS))
    s["k_soft"] = K(rng.choice(SOFTWARE))
    s["k_payer"] = K(rng.choice(PAYERS))
    s["k_age"] = K(str(rng.randint(24, 88)))
    s["k_pages"] = str(rng.randint(3, 9))
    s["p_url"] = P("URL", f"https://portal.{rng.choice(['carelink-health', 'mychartplus', 'patientgate'])}"
                          f".example/records/{fill(rng, '%#######')}?view=summary")  # fmt: skip
    s["p_ip"] = P("IP", f"{rng.choice([73, 98, 174, 24, 71])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
                        f".{rng.randint(2, 254)}")  # fmt: skip
    s["d1_npi"] = ids.npi(rng)
    s["job"] = fill(rng, "%#####")
    return s


# ---- templates: (kind, locations, rows, template) ---------------------------------------------------------
# a location "X" draws the patient from the non-US countries

FAX = """«c_clinic»
«c_street» * «c_cityline»
Te1: «c_phone»      Fax: «c_fax»
_______________________________________________________________
F A C S I M I L E    T R A N S M I T T A L
DATE:  «sent_us»                 Pages (incl. cover): «k_pages»
TO:    «d2_full», «d2_cred»         FAX#: «d2_fax»
FROM:  «d1_full», «d1_cred»         PH0NE: «d1_phone»
RE:    «p_caps»   D0B «p_dob_us»   MRN# «p_mrn»
_______________________________________________________________
[ ] Urgent  [X] For Review  [ ] P1ease Comment  [ ] Reply ASAP
Pt seen «adm_long» in «k_dept». Dx «k_dx» («k_icd»). Started «k_drug»;
last «k_lab». Kindly schedule f/u on or after «fu_us» — any «k_weekday» am works.
Pt phone «p_phone» / «r_rel» «r_full» «r_phone».
This fax was sent via «k_soft». CONFlDENTIALITY NOTICE: the documents accompanying this
telecopy contain information that is legally privileged.
"""

REFERRAL = """REFERRAL / CONSULTATION REQUEST                 «c_clinic»
Referring provider: ___«d1_full»___________ NPl: «d1_npi»   Ph: «d1_phone»
Refer to: ____«d2_dr»______  Specialty: «k_dept»
PATIENT INFORMATION
Name (Last, First): ____«p_inv»_________   Sex: [«p_sex»]
DOB:__«p_dob_us»__  Age: «p_age»    «p_natlabel»: «p_nat»
Address: _____«p_street»______________
City/State/Zip: «p_cityline»___________
Home Ph: «p_phone»   Ema1l: «p_email»
Insurance: «k_payer»   Member ID: «p_member»
Emergency contact: «r_full» («r_rel»)  Ph «r_phone»
Reason for referral: «k_dx» «k_icd2» — «k_lab2» on «lab_us»
Urgency: [ ] Routine  [X] Within 2 weeks   Form REF-22 rev. «k_year»
"""

SCAN = """«c_clinic» · «k_dept»
«c_addr» · T «c_phone»

«sent_long»

Re: «p_full», DOB «p_dob_us»
«p_street», «p_cityline»

Dear «d2_dr»,
Thank you for seeing this pleasant «k_age»-year-old who came to cIinic on «adm_us»
with worsening «k_dx». Her last «k_lab» was drawn on «lab_long».
-----------------------------------------------------------------
Page 1 of 3 — «p_caps» — DOB «p_dob_us»
-----------------------------------------------------------------
«p_caps»   DOB: «p_dob_us»   MRN «p_mrn»          Page 2 of 3
Medications: «k_drug», «k_drug2». Coded «k_icd» (CPT «k_cpt»).
The patient lives with «r_rel» «r_full», who can be reached at «r_phone».
Plan to review in «k_month» with repeat labs.
-----------------------------------------------------------------
Page 2 of 3 — «p_caps» — DOB «p_dob_us»
-----------------------------------------------------------------
«p_caps»   DOB: «p_dob_us»   MRN «p_mrn»          Page 3 of 3
Yours sincerely,

«d1_full», «d1_cred»
Direct line «d1_phone» · fax «d1_fax»
Scanned «sent_us» by «k_soft»
"""

REQUISITION = """L A B O R A T O R Y   R E Q U I S I T I O N        «c_clinic»
P A T I E N T   N A M E :   «p_caps»
D A T E  O F  B I R T H :   «p_dob_caps»        S E X : «p_sex»
M R N :  «p_mrn»         A C C T :  «p_acct»
A D D R E S S :  «p_street»
                 «p_cityline»
P H O N E :  «p_phone»
O R D E R I N G  P H Y S I C I A N :  «d1_caps»    Te l: «d1_phone»
C O L L E C T E D :  «lab_caps»  07:45
T E S T S :  [X] CMP  (CPT «k_cpt»)   [X] LOINC «k_loinc»   [ ] Lipid
D I A G N O S I S :  «k_icd»  «k_icd2»
C O P Y  T O :  «d2_caps»   F A X  «d2_fax»
"""

CLAIM = """‹CMS-1500› HEALTH INSURANCE CLAIM FORM   APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12
1. MEDICARE  MEDICAID  TRICARE  [X]GROUP HEALTH PLAN        1a. INSURED'S I.D. NUMBER   «p_member»
2. PATIENT'S NAME (Last Name, First Name, Middle Initia1)   3. PATIENT'S BIRTH DATE  SEX
   «p_caps»                                          «p_dob_us»   «p_sex»
5. PATIENT'S ADDRESS (No., Street)                    4. INSURED'S NAME
   «p_street»                                          «r_caps»
CITY «p_town»            STATE «p_region»
ZIP CODE «p_zip»       TELEPHONE «p_phone»
11. INSURED'S POLICY GROUP OR FECA NUMBER   «k_payer» PPO
21. DIAGNOSIS OR NATURE OF ILLNESS  A. «k_icd»  B. «k_icd2»
24. A. DATE(S) OF SERVICE «adm_us»  D. PROCEDURES «k_cpt»   F. $ CHARGES 245 00
25. FEDERAL TAX I.D. NUMBER  26. PATIENT'S ACCOUNT NO. «p_acct»
31. SIGNATURE OF PHYSICIAN «d1_full» «d1_cred»   DATE «sent_us»
32. SERVICE FACILITY «c_clinic» «c_street» «c_cityline»
33. BILLING PROVIDER INFO & PH # «c_phone»
Also attached: ‹UB-04› facility claim («k_state» plan), OCR by «k_soft»
"""

TWO_COLUMN = """«c_clinic»                               DISCHARGE INSTRUCTIONS
Patient: «p_full»                                Attending: «d1_full», «d1_cred»
DOB: «p_dob_iso»   MRN: «p_mrn»                  Unit: «k_dept»
Admitted: «adm_iso»                              Your follow-up: «fu_long»
Discharged: «sent_iso»                           with «d2_dr» (phone «d2_phone»)
Home address on file:                            Medications to take:
«p_street»                                       • «k_drug» once daily
«p_cityline»                                     • «k_drug2» twice daily
Contact: «r_full» («r_rel»)                      Results pending: «k_lab»
Phone: «r_phone»                                 Diagnosis code: «k_icd»
Questions? Call the nurse line «c_phone» Monday to «k_weekday». Our fax: «c_fax»
"""

WRAPPED = """«c_clinic»  —  Department of «k_dept»
«c_addr»

«sent_long»

«d2_dr»
«d2_street»
«d2_cityline»

RE: «p_full» (DOB «p_dob_long»)

I had the pleasure of reviewing your patient in our consul-
tation clinic on «adm_long». As you know, this «k_age»-year-old man-
ages a long history of «k_dx» and was previously looked after by Dr. «d1_given»
«d1_family» at another practice. He now lives with his «r_rel» at «p_street»,
«p_town», and his «r_rel» «r_given»
«r_family» attends all appointments (mobile «r_phone»). Current medi-
cations include «k_drug» and «k_drug2»; his most recent «k_lab» is con-
sistent with progression. I have requested repeat testing (LOINC «k_loinc»).

With kind regards,
«d1_full», «d1_cred»                        Tel «d1_phone» | e-mail «d1_email»
page 1/1 — printed from «k_soft»
"""

FLAT_TABLE = """«c_clinic»    ENCOUNTER SUMMARY    printed «sent_dmy»
Patient   «p_inv»    DOB   «p_dob_dmy»    «p_natlabel»   «p_nat»
Date        Clinician              Service                 Code
«adm_dmy»  «d1_full»          «k_dept»           «k_cpt»
«lab_dmy»  «d2_full»          Laboratory              «k_loinc»
«fu_dmy»  «d1_full»          Review                  «k_icd»
Contacts
Relationship  Name                      Phone             Email
«r_rel»     «r_full»          «r_phone»   «r_email»
self          «p_full»          «p_phone»   «p_email»
Result            Value                  Flag
«k_lab»                  H
«k_lab2»                 H
"""

HTML = """<!DOCTYPE html>
<html><head><title>My Health Portal &ndash; Visit Summary</title></head>
<body>
<div class="‹patient-banner›"><span class="name">«p_full»</span> &middot; DOB <time>«p_dob_us»</time>
 &middot; MRN «p_mrn»</div>
<table class="‹demographics›">
<tr><th>Address</th><td>«p_street»<br/>«p_cityline»</td></tr>
<tr><th>Phone</th><td>«p_phone»</td></tr>
<tr><th>E&#8209;mail</th><td><a href="mailto:«p_email»">«p_email»</a></td></tr>
<tr><th>Care team</th><td>«d1_full», «d1_cred» &amp; «d2_full»</td></tr>
<tr><th>Proxy</th><td>«r_full» (&quot;«r_rel»&quot;)</td></tr>
</table>
<p>Your visit on «adm_long» at <b>«c_clinic»</b> &mdash; «k_dept».</p>
<ul><li>«k_drug»</li><li>«k_lab»</li><li>«k_icd» &ndash; «k_dx»</li></ul>
<p>Share this record: <a href="«p_url»">link</a> &middot; last login from «p_ip»</p>
<footer>&copy; «k_year» «k_soft» &#124; Next appointment «fu_us» (a «k_weekday»)</footer>
</body></html>
"""

CDA = """<ClinicalDocument xmlns="urn:hl7-org:v3">
 <effectiveTime value="«sent_cda»"/>
 <recordTarget><‹patientRole›>
  <id root="2.16.840.1.113883.19.5" extension="«p_mrn»"/>
  <addr use="HP"><‹streetAddressLine›>«p_street»</streetAddressLine><city>«p_town»</city>
   <state>«p_region»</state><‹postalCode›>«p_zip»</postalCode></addr>
  <telecom value="tel:«p_phone»" use="HP"/>
  <telecom value="mailto:«p_email»"/>
  <patient><name><given>«p_given»</given><family>«p_family»</family></name>
   <administrativeGenderCode code="«p_sex»"/><birthTime value="«p_dob_cda»"/>
   <guardian><guardianPerson><name>«r_full»</name></guardianPerson>
    <telecom value="tel:«r_phone»"/></guardian>
  </patient></patientRole></recordTarget>
 <author><time value="«adm_cda»"/><assignedAuthor><id extension="«d1_npi»"/>
  <assignedPerson><name><prefix>Dr.</prefix><given>«d1_given»</given><family>«d1_family»</family></name>
  </assignedPerson><representedOrganization><name>«c_clinic»</name></representedOrganization>
 </assignedAuthor></author>
 <component><section><code code="«k_loinc»" codeSystem="2.16.840.1.113883.6.1"/>
  <title>Results</title><text>«k_lab» («k_lab2»)</text>
  <entry><observation><effectiveTime value="«lab_cda»"/><value code="«k_icd»"/></observation></entry>
 </section></component>
</ClinicalDocument>
"""

CSV = """‹patient_mrn›,‹last_name›,‹first_name›,‹birth_date›,sex,street,city,zip,phone,‹payer_member_id›,dx
«q1_mrn»,«q1_family»,«q1_given»,«q1_dob_us»,«q1_sex»,«q1_street»,«q1_town»,«q1_zip»,«q1_phone»,«q1_member»,«k_icd»
«q2_mrn»,«q2_family»,«q2_given»,«q2_dob_us»,«q2_sex»,«q2_street»,«q2_town»,«q2_zip»,«q2_phone»,«q2_member»,«k_icd2»
«q3_mrn»,«q3_family»,«q3_given»,«q3_dob_us»,«q3_sex»,«q3_street»,«q3_town»,«q3_zip»,«q3_phone»,«q3_member»,E66.01
"""

TSV = """‹appt_date›\tappt_time\t‹patient›\tage\tprovider\tlocation\tcallback\tvisit_acct
«q1_vis_iso»\t08:30\t«q1_inv»\t«q1_age»\t«d1_inv»\t«k_dept»\t«q1_phone»\t«q1_acct»
«q2_vis_iso»\t09:15\t«q2_inv»\t«q2_age»\t«d1_inv»\t«k_dept»\t«q2_phone»\t«q2_acct»
«q3_vis_iso»\t10:00\t«q3_inv»\t«q3_age»\t«d2_inv»\t«c_clinic»\t«q3_phone»\t«q3_acct»
«q4_vis_iso»\t10:45\t«q4_inv»\t«q4_age»\t«d2_inv»\t«c_clinic»\t«q4_phone»\t«q4_acct»
# exported «sent_iso» from «k_soft»; «k_weekday» clinic list
"""

MARKDOWN = """## Night handoff — «k_dept» («k_weekday»)

| Bed | Patient | DOB | MRN | Issue | To do |
|-----|---------|-----|-----|-------|-------|
| 4A | «q1_full» | «q1_dob_us» | «q1_mrn» | «k_dx» | recheck «k_lab» |
| 4B | «q2_full» | «q2_dob_us» | «q2_mrn» | «k_icd» | hold «k_drug» |
| 6 | «q3_full» | «q3_dob_us» | «q3_mrn» | «k_icd2» | call «q3_rel» «r_full» «r_phone» |

**Attending:** «d1_full» (pager via operator) · **Fellow:** «d2_dr»
> Family of bed 4B asked for update; spoke with them «adm_md».
"""

YAML = """# fixtures/patients_«k_year».yaml — generated for «k_soft» import tests
patients:
  - ‹mrn›: "«q1_mrn»"
    ‹name›: {given: «q1_given», family: «q1_family»}
    ‹birthDate›: «q1_dob_iso»
    address: {line: "«q1_street»", city: «q1_town», postalCode: "«q1_zip»"}
    telecom: ["«q1_phone»", "«q1_email»"]
    notes: "«k_drug»; «k_lab»"
  - mrn: "«q2_mrn»"
    name: {given: «q2_given», family: «q2_family»}
    birthDate: «q2_dob_iso»
    address: {line: "«q2_street»", city: «q2_town», postalCode: "«q2_zip»"}
    telecom: ["«q2_phone»"]
    ‹conditions›: [«k_icd», «k_icd2»]
    ‹generalPractitioner›: "«d1_full»"
"""

INI = """; interface engine config exported «sent_us»
[sender]
facility=«c_clinic»
contact_name=«d1_full»
contact_phone=«d1_phone»
‹fax_number›=«c_fax»
street=«c_street»
city=«c_town»

[test_patient]
; copied from prod on «adm_us» for debugging — remove!
‹pid_3›=«p_mrn»
pid_5=«p_caps»
pid_7=«p_dob_cda»
pid_11=«p_street»^^«p_town»^«p_region»^«p_zip»
pid_13=«p_phone»
‹pid_19›=«p_nat»

[routing]
destination=«k_clinic2»
loinc_filter=«k_loinc»
"""

THREAD = """From: «d2_full» <«d2_email»>
Sent: «reply_wd», «reply_hdr» 08:12
To: «d1_email»
Subject: RE: «p_full» — «k_dept» referral

Thanks, I can see «p_given» on «fu_long» («k_weekday» clinic). Please have the «k_lab» repeated.

«d2_full», «d2_cred»
«k_clinic2» | direct «d2_phone»

On «sent_wd», «sent_hdr» at 16:40, «d1_full» <«d1_email»> wrote:
> Hi «d2_dr»,
> Could you see «p_full» (DOB «p_dob_us», MRN «p_mrn»)? «k_dx», on «k_drug».
> Home phone «p_phone»; «r_rel» «r_full» manages appointments («r_email»).
> Seen in «c_clinic» on «adm_us».
> --
> «d1_full» | «c_clinic»
> «c_addr»
"""

FORWARD = """---------- Forwarded message ---------
From: «p_full» <«p_email»>
Date: «sent_wd», «sent_hdr» at 21:03
Subject: question about my bill
To: billing-office@clinic-mail.example

Hello, I was seen on «adm_long» and got a bill for account «p_acct». My insurance is
«k_payer», member number «p_member». I moved to «p_street», «p_cityline» in «k_month».
My «r_rel» «r_full» can also answer at «r_phone».
Thanks, «p_given»

X-Originating-IP: [«p_ip»]

Begin forwarded text to «d1_full» («d1_email»):
Can you confirm CPT «k_cpt» was billed for «k_dx» («k_icd»)? Patient is «p_age».
--
«d1_full», «d1_cred» | «k_dept» | «c_clinic»
«c_addr» | Main «c_phone» | Fax «c_fax»
"""

RTF = r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\viewkind4\uc1\pard\f0\fs20
{\b «c_clinic»}\par «c_addr»\par
\pard\tx2160 {\b Patient:}\tab «p_full»\par {\b DOB:}\tab «p_dob_long»\par {\b MRN:}\tab «p_mrn»\par
{\b «p_natlabel»:}\tab «p_nat»\par {\b Address:}\tab «p_street», «p_cityline»\par
{\b Next of kin:}\tab «r_full» \'96 «r_phone»\par
\par {\b\ul ASSESSMENT}\par «k_dx» («k_icd»); continue «k_drug». «k_lab».\par
Electronically signed by «d1_full», «d1_cred» on «sent_long» \u8212? «k_soft» template «k_year»\par
{\*\generator Riched20 10.0.19041}}
"""

TEMPLATES: list[tuple[str, list[str], int, bool, str]] = [
    ("conv_fax_cover_ocr", ["US", "X"], 0, False, FAX),
    ("conv_referral_underscores", ["US", "X"], 0, True, REFERRAL),
    ("conv_scan_page_headers", ["US", "X"], 0, False, SCAN),
    ("conv_lab_req_spaced_caps", ["US", "X"], 0, False, REQUISITION),
    ("conv_cms1500_claim_ocr", ["US", "US"], 0, False, CLAIM),
    ("conv_pdf_two_column_merge", ["US", "X"], 0, False, TWO_COLUMN),
    ("conv_pdf_wrapped_letter", ["US", "X"], 0, False, WRAPPED),
    ("conv_pdf_flat_tables", ["X", "US"], 0, False, FLAT_TABLE),
    ("conv_html_portal_entities", ["US", "X"], 0, False, HTML),
    ("conv_ccda_fragment", ["US", "US"], 0, False, CDA),
    ("conv_csv_roster", ["US", "US"], 3, False, CSV),
    ("conv_tsv_appointments", ["US", "US"], 4, False, TSV),
    ("conv_md_handoff_table", ["US", "US"], 3, False, MARKDOWN),
    ("conv_yaml_patient_fixture", ["US", "US"], 2, False, YAML),
    ("conv_ini_interface", ["US", "X"], 0, False, INI),
    ("conv_email_quoted_reply", ["US", "X"], 0, False, THREAD),
    ("conv_email_forwarded", ["X", "US"], 0, True, FORWARD),
    ("conv_rtf_leftovers", ["US", "X"], 0, False, RTF),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], rows: int, old: bool, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    for attempt in range(60):
        rng = random.Random(f"phigate-probe22:{seed}:{kind}:{index}:{attempt}")
        loc = locs[index % len(locs)]
        country = rng.choice(COUNTRIES) if loc == "X" else loc
        slots = base_slots(rng, country, old and index == 0, rows)
        content, phi, keep, spans = render(template, slots, "text")
        doc = Doc(f"{kind}-{index}", kind, country, "text", content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 60 attempts: {problems(doc)}")


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
