# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-second independent probe corpus: laboratory, pathology and genomics text from the United States, the
United Kingdom, Canada and Australia -- LIS result reports, specimen labels, blood bank and transfusion
records, cytology, histopathology and frozen-section reports, microbiology cultures, germline and somatic
molecular reports, biobank consent and sample manifests, chain-of-custody drug-screen forms, reference-lab
orders, critical-value call logs, HL7 result messages, newborn screening cards and wrong-blood-in-tube
incident reports -- as laboratories, their LIS, scientists, pathologists and clinicians write them, with
synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an LIS chemistry / haematology report (US, Canada),
a specimen label reprint / draw list (UK, US), a blood bank type-screen-crossmatch worksheet (US, Canada), a
transfusion administration record (UK; Australia, a patient aged 90+), a cervical screening report (UK HPV
primary; Australian CST), a surgical pathology report with a gross description (US breast; Australian colon,
a patient aged 90+), a frozen-section log (UK, Canada), a microbiology culture and susceptibility report (UK
blood culture; US urine culture, a nursing-home resident aged 90+), a germline genetics report with cascade
testing (UK BRCA2; Canada Lynch), a somatic tumour NGS report (US, Australia), a biobank consent form with an
e-consent audit trail (UK, Canada), a biobank sample manifest (NDJSON; US, Australia), a chain-of-custody drug
screen form (US federal CCF; Australian AS/NZS 4308), a reference-lab electronic order (JSON; US, Canada), a
critical-value call log (Canada, Australia), an HL7 v2 ORU result message (US, Canada), a newborn bloodspot
screening card (Australia, US) and a wrong-blood-in-tube incident with an amended report (UK, Australia).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template may be a dict by country. People:
`p` the patient (donor, participant, baby), `r` a relative (next of kin, spouse, the patient's mother or
daughter), `m` another relative (a sister or son in a family history, the newborn's mother), `y` a second
patient (a draw list, a WBIT) or a ward nurse, `d` the ordering / requesting clinician, `e` the laboratory
director, pathologist, microbiologist or MRO, `s` a scientist / technologist / BMS, `c` a collector
(phlebotomist, nurse, midwife, research nurse), `x` another clinician or staff member (surgeon, second
checker, ward manager, family physician), `z` a courier, a colleague at another laboratory or a witness.
Forms: `_n` "Given Family", `_g`, `_fam`, `_FAM`, `_GIV`, `_lf` "Family, Given", `_LF` "FAMILY, Given",
`_LFC` "FAMILY, GIVEN", `_LFM` "FAMILY, GIVEN M", `_fml` "Given M. Family", `_ini` "G. Family", `_ph`, `_em`,
`_wem` (a work e-mail), `_addr`, `_line`, `_town`, `_pc`, `_dob*`, `_hnum` (health number), `_age` (keep, under 90), `_old` (AGE).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, donors, research participants, babies (their family name; "BABY
  GIRL" is plain), relatives in a family history, ordering clinicians, surgeons, pathologists, laboratory and
  medical directors, scientists, technologists, BMS, phlebotomists, nurses, midwives, couriers, MROs,
  collectors, witnesses -- in every form (full, given alone, family alone, "FAMILY, GIVEN M" with its initial
  inside the value, "G. Family", capitals, HL7 components FAMILY^GIVEN: each component its own value, a name
  quoted inside a gross description). Titles and credentials (Dr, Mr, Mrs, MD, FRCPA, MLS(ASCP), RN, BMS,
  PA(ASCP)) and role words are plain text outside the value.
- ADDRESS: street lines and towns of patients, participants, donors and relatives. ZIP: US ZIP (and ZIP+4),
  UK postcodes, Canadian postal codes, Australian postcodes. States, provinces, territories and UK nations
  are keep when written alone, plain text inside an address (abbreviations plain); countries keep.
- DATE: every date more specific than a year (birth, collection, receipt, report, transfusion, expiry of a
  unit or a specimen, LMP, consent, previous tests) in every form (03/14/2024, 03/14/24, 14/03/2024,
  2024-03-14, 14-Mar-2024, 14 Mar 2024, March 14, 2024, HL7 20240314 / 202403140742 and ISO date-times with
  their time: the whole string is the value); years alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of patients, relatives and staff (a clinician's or counsellor's direct e-mail and mobile too;
  extensions, bleeps and switchboards are plain). URL: a results-portal or e-consent link with its token. IP:
  the address an e-consent was signed from.
- SSN: US social security numbers (a CCF donor's SSN). ID: accession / lab numbers, specimen and container
  IDs, sample and aliquot IDs, biobank participant IDs, ISBT 128 donation numbers of blood units, blood bank
  armband numbers, NHS and CHI numbers, Australian IHIs, requisition and order numbers, ICE request numbers,
  CCF specimen IDs, kit numbers of newborn screening cards, family numbers of a genetics service, incident
  and external (SHOT, STIR) report numbers, a referring laboratory's block accession, sample-taker codes, staff
  numbers. MRN: hospital numbers, MRNs, chart numbers, UR numbers. HEALTH_PLAN: US insurance member IDs,
  Medicare MBIs, Canadian provincial health numbers (OHIP, PHIN, HSN, PHN, RAMQ, Medicare NB), Australian
  Medicare numbers (the one-digit IRN plain). ACCOUNT: patient accounts and encounter numbers. LICENSE: NPI,
  GMC, HCPC registrations (BMS, clinical scientists), CPSO / CPSM / CPSA / CMQ numbers, MLT registrations,
  AHPRA numbers, Medicare provider numbers, an Australian donor's driver licence.
- Keep (must survive): laboratory, hospital, biobank, practice, MRO-service and programme names, CLIA, CAP, UKAS, NATA /
  APA numbers and practice codes of institutions (institution ids are keep), analyte names, results with
  units, reference ranges, organisms, antibiotics and their MICs, blood groups, antibodies and blood group
  systems (Kell, Duffy, Kidd), phenotypes, component names and product codes, gene names, transcripts, HGVS
  strings, genomic coordinates, tumour grades and stages, stains and markers, drug-test panels and cutoffs,
  LOINC codes, ICD-10 codes, drugs and doses, eponymous terms, first-level regions and countries alone,
  ages under 90, years.
- Not scored (plain text): titles, relationship words, form labels, times, room / bed / ward / bench
  numbers, extensions and bleeps, analyser and printer names, employers and collection sites of a drug
  screen, HL7 message ids and field separators, a middle initial written as its own HL7 component, tube
  colours, cassette and block designations (A1-A12), a manifest's shipment id and freezer positions, a
  practice's client account with the reference laboratory.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe62 import ids
from tests.engine.probe62.people import LOCS, NAMES, K, P, Person, Slot, address, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

LABS = {
    "US": ["Northern Lakes Regional Laboratory", "Upper Valley Medical Center Core Laboratory", "Lakeshore Health Clinical Laboratory",
           "St. Brendan's Hospital Laboratory", "Prairie Medical Center Laboratory"],
    "UK": ["Blood Sciences, Royal Eastfield Infirmary", "Pathology Department, Moorside General Hospital", "North Moors Pathology Network",
           "Blood Sciences, Western Vale University Hospital"],
    "CA": ["Prairie Diagnostic Laboratory Services", "Laboratoire de biologie médicale, Hôpital Sainte-Brigitte", "Northwestern Regional Health Centre Laboratory",
           "Lakehead Community Laboratory"],
    "AU": ["Southern Cross Pathology", "Eastern Metropolitan Pathology", "Harbourside Pathology Services", "Riverland Pathology"],
}  # fmt: skip
HOSPITALS = {
    "US": ["Upper Valley Medical Center", "St. Brendan's Hospital", "Lakeshore Health", "Prairie Medical Center", "Northfield Memorial Hospital"],
    "UK": ["Royal Eastfield Infirmary", "Moorside General Hospital", "Western Vale University Hospital", "St Aldhelm's Hospital"],
    "CA": ["Hôpital Sainte-Brigitte", "Northwestern Regional Health Centre", "Grace Lakeside Hospital", "Red River Valley Health Centre"],
    "AU": ["Eastern Hills Hospital", "St Columba's Private Hospital", "Northern Bays Hospital", "Royal Harbourside Hospital"],
}  # fmt: skip
CLINICS = {
    "US": ["North Shore Family Medicine", "Valley Internal Medicine", "Riverbend Women's Health", "Birch Lake Family Clinic"],
    "UK": ["Riverside Medical Practice", "The Old Forge Surgery", "Castle Street Health Centre", "Brookside Group Practice"],
    "CA": ["Clinique médicale du Vieux-Moulin", "Prairie Family Health Team", "Lakeview Medical Clinic", "Riverside Community Health Centre"],
    "AU": ["Harbourside Medical Centre", "Hills District Family Practice", "Bayside GP Clinic", "Northern Suburbs Medical Group"],
}  # fmt: skip
PAYERS = ["Medica", "Blue Cross Blue Shield of Minnesota", "UPMC Health Plan", "Humana Gold Plus", "Anthem Blue Cross", "Security Health Plan",
          "Medicare Part B", "Aetna Choice POS II"]  # fmt: skip
BIOBANKS = {"US": "Great Lakes Population Biobank", "UK": "Northern Genomes Biobank", "CA": "Biobanque Québec-Prairies",
            "AU": "Southern Cohort Biorepository"}  # fmt: skip
GENLABS = {"UK": "North Moors Genomic Laboratory Hub", "CA": "Prairie Molecular Genetics Laboratory", "US": "Northern Lakes Molecular Diagnostics",
           "AU": "Southern Cross Genomics"}  # fmt: skip
NBS_LABS = {"AU": "Southern Newborn Screening Programme"}
CCF_EMPLOYERS = {"US": ["Tri-County Freight Lines", "Northwoods Transit Authority", "Keystone Aggregate Haulers"],
                 "AU": ["Pilbara Ridge Mining Services", "Southern Rail Maintenance Pty Ltd"]}  # fmt: skip

# (name, unit, reference, low, high, decimals) -- a random result is drawn between low and high
CHEM_US = [("Sodium", "mmol/L", "135-145", 128, 149, 0), ("Potassium", "mmol/L", "3.5-5.1", 3.0, 6.6, 1), ("Chloride", "mmol/L", "98-107", 94, 110, 0),
           ("CO2", "mmol/L", "22-29", 17, 31, 0), ("BUN", "mg/dL", "7-20", 5, 48, 0), ("Creatinine", "mg/dL", "0.60-1.20", 0.52, 2.9, 2),
           ("Glucose", "mg/dL", "70-99", 64, 288, 0), ("Calcium", "mg/dL", "8.6-10.3", 7.9, 10.9, 1), ("Magnesium", "mg/dL", "1.7-2.2", 1.3, 2.6, 1)]  # fmt: skip
HEME_US = [("WBC", "x10^3/uL", "4.0-11.0", 2.1, 18.9, 1), ("Hemoglobin", "g/dL", "12.0-15.5", 7.2, 16.4, 1), ("Hematocrit", "%", "36.0-46.0", 23.0, 49.0, 1),
           ("Platelets", "x10^3/uL", "150-400", 61, 520, 0), ("MCV", "fL", "80-100", 71, 104, 0), ("RDW", "%", "11.5-14.5", 11.6, 19.9, 1)]  # fmt: skip
CHEM_SI = [("Sodium", "mmol/L", "135-145", 127, 149, 0), ("Potassium", "mmol/L", "3.5-5.2", 3.0, 6.7, 1), ("Urea", "mmol/L", "2.5-7.8", 2.1, 24.0, 1),
           ("Creatinine", "umol/L", "45-90", 41, 310, 0), ("eGFR", "mL/min/1.73m2", ">90", 12, 89, 0), ("Glucose (random)", "mmol/L", "3.6-7.8", 3.9, 16.2, 1),
           ("CRP", "mg/L", "<5", 6, 240, 0), ("Albumin", "g/L", "35-50", 24, 48, 0), ("ALT", "U/L", "<40", 9, 180, 0)]  # fmt: skip
HEME_SI = [("Haemoglobin", "g/L", "115-165", 71, 168, 0), ("WCC", "x10^9/L", "4.0-11.0", 1.8, 21.4, 1), ("Platelets", "x10^9/L", "150-400", 58, 540, 0),
           ("Neutrophils", "x10^9/L", "2.0-7.5", 0.4, 17.9, 1), ("MCV", "fL", "80-100", 70, 106, 0), ("INR", "", "0.8-1.2", 0.9, 3.4, 1)]  # fmt: skip
ORGS_GN = ["Escherichia coli", "Klebsiella pneumoniae", "Proteus mirabilis", "Klebsiella oxytoca", "Enterobacter cloacae complex"]
ABX_GN = [("Ampicillin", "R", ">=32"), ("Amoxicillin-clavulanate", "R", "16"), ("Piperacillin-tazobactam", "S", "<=4"), ("Ceftriaxone", "R", ">=64"),
          ("Ceftazidime", "R", "16"), ("Meropenem", "S", "<=0.25"), ("Gentamicin", "S", "<=1"), ("Ciprofloxacin", "R", ">=4"),
          ("Trimethoprim-sulfamethoxazole", "R", ">=320"), ("Nitrofurantoin", "S", "<=16"), ("Fosfomycin", "S", "<=16"), ("Amikacin", "S", "<=2"),
          ("Temocillin", "S", "8"), ("Ertapenem", "S", "<=0.5")]  # fmt: skip
ORGS_GP = ["Enterococcus faecalis", "Staphylococcus aureus", "Streptococcus agalactiae (group B)"]
ABX_GP = [("Vancomycin", "S", "1"), ("Linezolid", "S", "2"), ("Nitrofurantoin", "S", "<=16"), ("Ampicillin", "S", "<=2"), ("Tetracycline", "R", ">=16"),
          ("Daptomycin", "S", "1")]  # fmt: skip
ABO = ["O Rh(D) positive", "A Rh(D) positive", "B Rh(D) positive", "O Rh(D) negative", "A Rh(D) negative", "AB Rh(D) positive"]
ANTIBODIES = [("anti-K", "Kell", "K"), ("anti-Fya", "Duffy", "Fy(a)"), ("anti-Jka", "Kidd", "Jk(a)"), ("anti-E", "Rh", "E"), ("anti-c", "Rh", "c"),
              ("anti-S", "MNS", "S")]  # fmt: skip
PHENO = ["R1R1 (CDe/CDe), K-, Fy(a-b+), Jk(a+b+)", "R1r (CDe/cde), K-, Fy(a+b+), Jk(a-b+)", "R2r (cDE/cde), K-, Fy(a-b+), Jk(a+b-)",
         "rr (cde/cde), K-, Fy(a+b-), Jk(a+b+), S-s+"]  # fmt: skip
PRODUCT = {"US": "RBC, Leukocytes Reduced, AS-1 (E0382V00)", "CA": "Red Blood Cells, Leukocytes Reduced (CBS)",
           "UK": "Red cells in SAGM, leucocyte depleted", "AU": "Red cells, leucocyte depleted (Lifeblood)"}  # fmt: skip
GERMLINE = {
    "UK": [("BRCA2", "NM_000059.4", "c.5946del", "p.(Ser1982ArgfsTer22)", "R208 Inherited breast and ovarian cancer"),
           ("BRCA1", "NM_007294.4", "c.68_69del", "p.(Glu23ValfsTer17)", "R208 Inherited breast and ovarian cancer"),
           ("PALB2", "NM_024675.4", "c.3113G>A", "p.(Trp1038Ter)", "R208 Inherited breast and ovarian cancer")],
    "CA": [("MSH2", "NM_000251.3", "c.942+3A>T", "p.?", "Hereditary colorectal cancer / Lynch syndrome panel"),
           ("MLH1", "NM_000249.4", "c.1852_1854del", "p.(Lys618del)", "Hereditary colorectal cancer / Lynch syndrome panel"),
           ("PMS2", "NM_000535.7", "c.137G>T", "p.(Ser46Ile)", "Hereditary colorectal cancer / Lynch syndrome panel")],
}  # fmt: skip
SOMATIC = [("EGFR", "NM_005228.5", "c.2573T>G", "p.(Leu858Arg)", "chr7:55191822T>G", "osimertinib"),
           ("KRAS", "NM_004985.5", "c.34G>T", "p.(Gly12Cys)", "chr12:25245351C>A", "sotorasib"),
           ("BRAF", "NM_004333.6", "c.1799T>A", "p.(Val600Glu)", "chr7:140753336A>T", "dabrafenib + trametinib")]  # fmt: skip
CO_MUT = [("TP53", "NM_000546.6", "c.743G>A", "p.(Arg248Gln)"), ("STK11", "NM_000455.5", "c.109C>T", "p.(Gln37Ter)"),
          ("PIK3CA", "NM_006218.4", "c.3140A>G", "p.(His1047Arg)"), ("KEAP1", "NM_203500.2", "c.1000G>T", "p.(Gly334Cys)")]  # fmt: skip
HPV_UK = ["HPV 16", "HPV 18/45", "other high-risk HPV (not 16/18/45)"]
CYTO_UK = [("Low-grade dyskaryosis", "Refer to colposcopy (routine)"), ("Negative (no dyskaryosis)", "Repeat HPV test in 12 months"),
           ("High-grade dyskaryosis (moderate)", "Urgent referral to colposcopy (2-week wait)"), ("Borderline change in squamous cells", "Refer to colposcopy (routine)")]  # fmt: skip
HPV_AU = ["HPV 16", "HPV 18", "Oncogenic HPV (not 16/18)"]
ICD_US = ["D64.9", "N18.4", "E11.65", "I10", "R31.9", "N39.0", "Z12.4", "C50.412", "C34.90", "Z80.3", "E55.9", "K90.0"]
REF_TESTS = [("ANTI-MULLERIAN HORMONE", "AMH", "Serum, frozen"), ("Celiac Disease Comprehensive Panel", "CDCOM", "Serum, refrigerated"),
             ("Vitamin D, 25-Hydroxy, LC-MS/MS", "25OHD", "Serum, refrigerated"), ("Heavy Metals Screen, Blood", "HMBLD", "Whole blood, royal blue K2EDTA"),
             ("Alpha-1 Antitrypsin Phenotype", "A1APH", "Serum, refrigerated"), ("Paraneoplastic Autoantibody Panel", "PAVAL", "Serum, frozen")]  # fmt: skip
LOINC = [("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "212", "mg/dL", "<200", "H"),
         ("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "148", "mg/dL", "<150", "N"),
         ("2085-9", "HDL Cholesterol [Mass/volume] in Serum or Plasma", "41", "mg/dL", ">39", "N"),
         ("13457-7", "LDL Cholesterol calculated", "141", "mg/dL", "<100", "H"),
         ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "7.8", "%", "4.0-5.6", "H")]  # fmt: skip
LOINC_SI = [("2093-3", "Cholesterol [Moles/volume] in Serum or Plasma", "5.48", "mmol/L", "<5.20", "H"),
            ("14927-8", "Triglyceride [Moles/volume] in Serum or Plasma", "1.67", "mmol/L", "<1.70", "N"),
            ("14646-4", "HDL Cholesterol [Moles/volume] in Serum or Plasma", "1.06", "mmol/L", ">1.00", "N"),
            ("39469-2", "LDL Cholesterol calculated [Moles/volume]", "3.65", "mmol/L", "<3.50", "H"),
            ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "62", "mmol/mol", "20-42", "H")]  # fmt: skip
Y = 365


def rows(rng: random.Random, panel: list[tuple], n: int) -> tuple:
    """Aligned result rows: the analyte, result with unit and reference range are keep values; flags plain."""
    out: list[Slot] = []
    for name, unit, ref, lo, hi, dp in rng.sample(panel, n):
        v = round(rng.uniform(lo, hi), dp)
        val = f"{v:.{dp}f}" if dp else str(int(v))
        res = f"{val} {unit}".strip()
        flag = ""
        if "-" in ref:
            a, b = (float(x) for x in ref.split("-"))
            flag = "H" if v > b else "L" if v < a else ""
        elif ref.startswith("<"):
            flag = "H" if v >= float(ref[1:]) else ""
        elif ref.startswith(">"):
            flag = "L" if v <= float(ref[1:]) else ""
        out += ["  ", K(name), " " * max(2, 26 - len(name)), K(res), " " * max(2, 20 - len(res)), f"{flag:<5}", K(ref), "\n"]
    return tuple(out[:-1])


def date_forms(d: date, loc: str, rng: random.Random) -> dict[str, Slot]:
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    tz = {"US": "-05:00", "UK": "+00:00", "CA": "-06:00", "AU": "+10:00"}[loc]
    mon = f"{d:%b}"
    local = {"US": f"{d:%m/%d/%Y}", "UK": f"{d:%d/%m/%Y}", "CA": d.isoformat(), "AU": f"{d:%d/%m/%Y}"}[loc]
    return {"us": P("DATE", f"{d:%m/%d/%Y}"), "us2": P("DATE", f"{d:%m/%d/%y}"), "uk": P("DATE", f"{d:%d/%m/%Y}"), "iso": P("DATE", d.isoformat()),
            "hl7": P("DATE", f"{d:%Y%m%d}"), "hl7t": P("DATE", f"{d:%Y%m%d}{hh:02d}{mm:02d}"), "dmy": P("DATE", f"{d.day:02d}-{mon}-{d.year}"),
            "DMY": P("DATE", f"{d.day:02d}-{mon.upper()}-{d.year}"), "ukl": P("DATE", f"{d.day} {mon} {d.year}"), "en": P("DATE", f"{d:%B} {d.day}, {d.year}"),
            "isot": P("DATE", f"{d.isoformat()}T{hh:02d}:{mm:02d}:00{tz}"), "z": P("DATE", f"{d.isoformat()}T{hh:02d}:{mm:02d}:{rng.randint(10, 59)}Z"),
            "loc": P("DATE", local)}  # fmt: skip


WORK_MAIL = {"US": ["northernlakeslab.org", "uvmc.org", "lakeshorehealth.org"], "UK": ["nhs.net"], "CA": ["prairiedls.ca", "hsb.qc.ca", "nwrhc.ca"],
             "AU": ["southerncrosspath.com.au", "health.sa.gov.au", "easternhealth.org.au"]}  # fmt: skip


def work_email(w: Person, rng: random.Random) -> str:
    plain = str.maketrans("éèêëàâçôîïÉ'", "eeeeaacoiiE-")
    g, f = w.given.translate(plain).lower(), w.family.translate(plain).lower().replace("-", "")
    return rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}.{f}{rng.randint(1, 9)}"]) + "@" + rng.choice(WORK_MAIL[w.loc.code])


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    c = w.loc.code
    local = {"US": f"{w.dob:%m/%d/%Y}", "UK": f"{w.dob:%d/%m/%Y}", "CA": w.dob.isoformat(), "AU": f"{w.dob:%d/%m/%Y}"}[c]
    if c == "US":
        hnum, hlabel = P("HEALTH_PLAN", ids.mbi(rng) if age >= 65 else ids.us_member(rng)), ("Medicare MBI" if age >= 65 else "Member ID")
    elif c == "UK":
        scot = w.region == "Scotland"
        hnum, hlabel = P("ID", ids.chi(rng, w.dob, w.female) if scot else ids.nhs(rng)), ("CHI" if scot else "NHS No.")
    elif c == "CA":
        label = {"Ontario": "OHIP", "Manitoba": "PHIN", "Saskatchewan": "HSN", "Alberta": "PHN", "Québec": "RAMQ", "New Brunswick": "Medicare"}[w.region]
        hnum, hlabel = P("HEALTH_PLAN", ids.health_card(rng, w.region, w.family, w.given, w.dob, w.female)), label
    else:
        hnum, hlabel = P("HEALTH_PLAN", ids.medicare_au(rng)[0]), "Medicare"
    if c == "CA":
        lic = {"Ontario": ("CPSO", "%#####"), "Manitoba": ("CPSM", "%####"), "Alberta": ("CPSA", "%####"), "Québec": ("CMQ", "%-#####"),
               "Saskatchewan": ("CPSS", "%#####"), "New Brunswick": ("CPSNB", "%####")}[w.region]  # fmt: skip
    else:
        lic = {"US": ("NPI", ""), "UK": ("GMC", "%######"), "AU": ("AHPRA", "MED000%######")}[c]
    lic = (lic[0], ids.npi(rng) if c == "US" else fill(rng, lic[1]))
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_fam": N(w.family), f"{x}_FAM": N(w.family.upper()), f"{x}_GIV": N(w.given.upper()),
        f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family.upper()}, {w.given}"), f"{x}_LFC": N(f"{w.family.upper()}, {w.given.upper()}"),
        f"{x}_LFM": N(f"{w.family.upper()}, {w.given.upper()} {w.initial}"), f"{x}_fml": N(f"{w.given} {w.initial}. {w.family}"),
        f"{x}_ini": N(f"{w.given[0]}. {w.family}"), f"{x}_INI": N(f"{w.given[0]} {w.family.upper()}"), f"{x}_initial": w.initial,
        f"{x}_sex": "F" if w.female else "M", f"{x}_sexw": "female" if w.female else "male", f"{x}_hon": "Mrs" if w.female else "Mr",
        f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his", f"{x}_She": "She" if w.female else "He",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email), f"{x}_wem": P("EMAIL", work_email(w, rng)),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_abbr": w.loc.abbr.get(w.region, ""),
        f"{x}_dob": P("DATE", local), f"{x}_dobus": P("DATE", f"{w.dob:%m/%d/%Y}"), f"{x}_dobuk": P("DATE", f"{w.dob:%d/%m/%Y}"),
        f"{x}_dobiso": P("DATE", w.dob.isoformat()), f"{x}_dobhl7": P("DATE", f"{w.dob:%Y%m%d}"), f"{x}_dobdmy": P("DATE", f"{w.dob.day:02d}-{w.dob:%b}-{w.dob.year}"),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_hnum": hnum, f"{x}_hlabel": hlabel, f"{x}_liclabel": lic[0], f"{x}_lic": P("LICENSE", lic[1]),
        f"{x}_npi": P("LICENSE", ids.npi(rng)), f"{x}_gmc": P("LICENSE", fill(rng, "%######")), f"{x}_ahpra": P("LICENSE", fill(rng, "MED000%######")),
        f"{x}_hcpc": P("LICENSE", fill(rng, "BS%####")), f"{x}_hcpcs": P("LICENSE", fill(rng, "CS%####")), f"{x}_prov": P("LICENSE", fill(rng, "%######@")),
        f"{x}_mlt": P("LICENSE", fill(rng, "%####")), f"{x}_ssn": P("SSN", ids.ssn(rng)),
    }  # fmt: skip


# (kind, document index) -> the patient's age range in days (default 24-80 years)
AGES: dict[tuple[str, int], tuple[int, int]] = {
    ("lab62_transfusion_record", 1): (90 * Y + 30, 97 * Y), ("lab62_surgical_pathology", 1): (90 * Y + 30, 95 * Y),
    ("lab62_micro_culture", 1): (90 * Y + 30, 99 * Y), ("lab62_cervical_screening", 0): (25 * Y, 64 * Y), ("lab62_cervical_screening", 1): (25 * Y, 72 * Y),
    ("lab62_surgical_pathology", 0): (38 * Y, 78 * Y), ("lab62_germline_report", 0): (28 * Y, 44 * Y), ("lab62_germline_report", 1): (30 * Y, 44 * Y),
    ("lab62_drug_screen_ccf", 0): (21 * Y, 62 * Y), ("lab62_drug_screen_ccf", 1): (19 * Y, 60 * Y), ("lab62_newborn_screen_card", 0): (2, 2),
    ("lab62_newborn_screen_card", 1): (2, 2), ("lab62_reference_lab_order", 0): (45 * Y, 74 * Y), ("lab62_reference_lab_order", 1): (45 * Y, 74 * Y), ("lab62_biobank_consent", 0): (40 * Y, 69 * Y), ("lab62_biobank_consent", 1): (40 * Y, 69 * Y),
}  # fmt: skip
FEMALE = {"lab62_cervical_screening": True, "lab62_surgical_pathology": None, "lab62_germline_report": True}
OLD = {k for k, (lo, _) in AGES.items() if lo >= 90 * Y}
WARDS = {"UK": ["Ward 22 (Care of the Elderly)", "Acute Medical Unit", "Ward 9 (Haematology)", "Ward 31 (Surgical)"],
         "AU": ["4 North (General Medicine)", "Ward 6B (Haematology/Oncology)", "Emergency Short Stay Unit", "Ward 3A (Aged Care)"],
         "CA": ["5 North (Medicine)", "ICU", "3 West (Surgery)", "Emergency Department"], "US": ["5 West", "ICU", "4 South (Med/Surg)", "ED"]}  # fmt: skip


def base_slots(rng: random.Random, loc_code: str, kind: str, index: int) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(540))
    used: set[str] = set()
    ppl: dict[str, Person] = {}
    fem = FEMALE.get(kind)
    if kind == "lab62_surgical_pathology":
        fem = index == 0 or None
    p = draw_person(rng, loc, used, d1, female=fem, age_days=AGES.get((kind, index), (24 * Y, 80 * Y)))
    page = (d1 - p.dob).days
    if kind == "lab62_newborn_screen_card":  # m: the mother, r: the father
        m = draw_person(rng, loc, used, d1, female=True, culture=p.culture, family=p.family if rng.random() < 0.6 else None, home=None,
                        age_days=(19 * Y, 41 * Y))  # fmt: skip
        p.line, p.town, p.postcode, p.region = m.line, m.town, m.postcode, m.region
        p.addr = address(p)
        r = draw_person(rng, loc, used, d1, female=False, culture=p.culture, family=p.family, home=m, age_days=(21 * Y, 45 * Y))
    else:
        # r: a relative -- the patient's mother (young patients), spouse, or an adult daughter / son (old patients)
        if page < 45 * Y:
            r = draw_person(rng, loc, used, d1, female=True, culture=p.culture, family=p.family, age_days=(page + 19 * Y, page + 36 * Y))
        elif page < 75 * Y:
            r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, family=p.family if rng.random() < 0.7 else None, home=p,
                            age_days=(page - 6 * Y, page + 5 * Y))  # fmt: skip
        else:
            kid_female = rng.random() < 0.5
            r = draw_person(rng, loc, used, d1, female=kid_female, culture=p.culture, family=p.family if not kid_female or rng.random() < 0.4 else None,
                            age_days=(page - 40 * Y, page - 20 * Y))  # fmt: skip
        # m: a sister / brother (family history) or the patient's son / daughter
        m = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family, age_days=(max(18 * Y, page - 8 * Y), page + 8 * Y))
    ppl.update(p=p, r=r, m=m)
    ppl["y"] = draw_person(rng, loc, used, d1, age_days=(24 * Y, 88 * Y) if kind != "lab62_critical_value_log" else (90 * Y + 30, 96 * Y))
    for x in ("d", "e", "s", "c", "x", "z"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(26 * Y, 64 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
    s["age_p"] = s["p_old"] if (kind, index) in OLD else s["p_age"]
    s["r_rel"] = ("mother" if page < 45 * Y else ("wife" if r.female else "husband") if page < 75 * Y else ("daughter" if r.female else "son"))
    s["m_rel"] = "sister" if m.female else "brother"
    s["m_relkid"] = "daughter" if m.female else "son"
    d2 = d1 + timedelta(days=rng.randint(1, 6))
    d3 = d1 - timedelta(days=rng.randint(5, 200))
    d4 = d1 + timedelta(days=rng.randint(14, 90))
    d5 = d1 - timedelta(days=rng.randint(2 * Y, 10 * Y))
    d6 = d1 + timedelta(days=rng.randint(7, 13))
    d7 = d1 + timedelta(days=3)
    lmp = d1 - timedelta(days=rng.randint(9, 30))
    dn, d8 = d1 + timedelta(days=1), d1 + timedelta(days=rng.randint(15, 25))
    for key, d in {"d1": d1, "d2": d2, "d3": d3, "d4": d4, "d5": d5, "d6": d6, "d7": d7, "d8": d8, "dn": dn, "lmp": lmp}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code, rng).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    mrn_pats = {"US": ("%#######", "E%#######", "%########"), "UK": ("K%######", "RX%######", "%#######@", "H%######"),
                "CA": ("%######", "MR%######", "%#-##-##"), "AU": ("UR%######", "%######", "%#######")}[loc_code]  # fmt: skip
    s["mrn"], s["mrn2"], s["mrn3"] = (F("MRN", *mrn_pats) for _ in range(3))
    s["acct"] = F("ACCOUNT", "%#########", "V%########", "HAR%#######", "%###-#####-#")
    for sec in ("chem", "sp", "micro", "bb", "mol", "tox", "cyto"):
        s[f"acc_{sec}"] = P("ID", ids.accession(rng, loc_code, sec, d1.year))
    s["acc"], s["acc2"], s["acc3"] = s["acc_chem"], P("ID", ids.accession(rng, loc_code, "chem", d1.year)), P("ID", ids.accession(rng, loc_code, "chem", d1.year))
    s["acc4"] = P("ID", ids.accession(rng, loc_code, "chem", d1.year))
    s["acc_bb2"] = P("ID", ids.accession(rng, loc_code, "bb", d1.year))
    s["acc_micro2"] = P("ID", ids.accession(rng, loc_code, "micro", d1.year))
    s["stir"] = F("ID", f"STIR-{d1.year}-%###", "HV%#####")
    s["acc_sp2"] = P("ID", ids.accession(rng, loc_code, "sp", d1.year - 1))
    fac = ids.facility_id(rng)
    s["din1"], s["din2"] = P("ID", ids.isbt_din(rng, d1.year, fac)), P("ID", ids.isbt_din(rng, d1.year, fac))
    s["bbband"] = F("ID", "BB%######", "@@%#####", "%#######")
    s["ice"] = F("ID", "ICE%#######", "%##########")
    s["taker"] = F("ID", "@@%####", "%#####@")
    s["famno"] = F("ID", "F%#####", "FAM-%####", "%####/@")
    s["req"] = F("ID", "REQ-%########", "%#########", "RQ%#######")
    s["order"] = F("ID", "ORD%#######", "%#######")
    s["kit"] = F("ID", "%########", "NBS%#######")
    s["spec_id"] = F("ID", "%######", "%#######")
    s["emp_no"] = F("ID", "E%#####", "%######")
    s["incident"] = F("ID", "W%######", "INC-%#####", "RM%######")
    s["shot"] = F("ID", f"SHOT-{d1.year}-%####", "%#####")
    s["pid"] = F("ID", "@@@-%#####", "%#######-@", "P%######")
    s["pid2"] = F("ID", "@@@-%#####", "%#######-@", "P%######")
    for i in range(1, 7):
        s[f"sid{i}"] = F("ID", "S%########", f"{d1.year}-%#####-0{i}", "@@%#######")
    s["ihi"] = P("ID", ids.ihi(rng))
    s["ihi_m"] = P("ID", ids.ihi(rng))
    s["irn"] = str(rng.randint(1, 5))
    s["dl"] = P("LICENSE", fill(rng, rng.choice(["%#######", "%#########", "@%######"])))
    s["url"] = P("URL", rng.choice([f"https://results.{rng.choice(['northernlakeslab.com', 'lakeshorehealth.org', 'southerncrosspath.com.au'])}/r/",
                                    f"https://portal.{rng.choice(['uppervalleymc.org', 'prairiedls.ca', 'harbourpath.com.au'])}/view?token="])
                 + fill(rng, rng.choice(["@@%#@%@#%@", "%@#@%#@@%#@%"])))  # fmt: skip
    s["econsent"] = P("URL", f"https://consent.{'biobanque-qp.ca' if loc_code == 'CA' else 'northerngenomes.org.uk'}/e/" + fill(rng, "@%@#-%@#@-@%#%"))
    s["ip"] = P("IP", f"{rng.choice([81, 86, 92, 109, 24, 70, 142, 174])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    # keep values
    s["lab"], s["lab2"] = (K(v) for v in rng.sample(LABS[loc_code], 2))
    s["hosp"], s["hosp2"] = (K(v) for v in rng.sample(HOSPITALS[loc_code], 2))
    s["clinic"] = K(rng.choice(CLINICS[loc_code]))
    s["practice"] = s["clinic"]
    s["onc"] = K({"US": "Lakeside Oncology Associates", "AU": "Harbourside Cancer Centre"}.get(loc_code, "Regional Cancer Centre"))
    s["peds"] = K({"US": "Pine Ridge Pediatrics", "AU": "Northern Bays Child Health Clinic"}.get(loc_code, "Paediatric Clinic"))
    s["payer"] = K(rng.choice(PAYERS if page >= 65 * Y else [x for x in PAYERS if x not in ("Medicare Part B", "Humana Gold Plus")]))
    s["prac_code"] = K(fill(rng, "@%####"))
    s["biobank"] = K(BIOBANKS[loc_code])
    s["genlab"] = K(GENLABS[loc_code])
    s["nbs_lab"] = K(f"{p.region} Newborn Screening Program" if loc_code == "US" else NBS_LABS.get(loc_code, "Newborn Screening Laboratory"))
    s["employer"] = rng.choice(CCF_EMPLOYERS.get(loc_code, ["Northwoods Transit Authority"]))
    s["accred"] = K({"US": fill(rng, "CLIA %#D#######"), "UK": fill(rng, "UKAS %###"), "CA": fill(rng, "Lab licence %###"), "AU": fill(rng, "NATA %###")}[loc_code])
    s["cliaid"] = K(s["accred"].value.split()[-1])  # type: ignore[union-attr]
    s["cap"] = K(fill(rng, "CAP %######"))
    s["apa"] = K(fill(rng, "APA %####"))
    s["ward"] = rng.choice(WARDS[loc_code])
    s["year"] = K(str(rng.randint(2009, 2021)))
    s["state"] = K(p.region)
    s["country"] = K(loc.country)
    s["chem_rows"] = rows(rng, CHEM_US if loc_code == "US" else CHEM_SI, 6)
    s["heme_rows"] = rows(rng, HEME_US if loc_code == "US" else HEME_SI, 4)
    s["abo"], s["abo_x"] = (K(v) for v in rng.sample(ABO, 2))
    s["abo_unit"] = K(s["abo"].value.replace("Rh(D) positive", "Rh(D) negative") if "AB" not in s["abo"].value else "A Rh(D) negative")  # type: ignore[union-attr]
    ab = rng.choice(ANTIBODIES)
    s["antibody"], s["system"], s["agneg"] = K(ab[0]), K(ab[1]), K(f"{ab[2]}-negative")
    s["pheno"] = K(rng.choice(PHENO))
    s["product"] = K(PRODUCT[loc_code])
    s["hb"] = K(str(rng.randint(58, 79)))
    org = rng.choice(ORGS_GN)
    s["org"] = K(org)
    abx = rng.sample(ABX_GN, 7)
    s["abx_rows"] = tuple(x for name, sir, mic in abx for x in ("  ", K(name), " " * max(2, 32 - len(name)), K(mic), " " * max(2, 10 - len(mic)), sir, "\n"))[:-1]
    gp = rng.choice(ORGS_GP)
    s["org2"] = K(gp)
    s["abx_rows2"] = tuple(x for name, sir, mic in rng.sample(ABX_GP, 4) for x in ("  ", K(name), " " * max(2, 32 - len(name)), K(mic), " " * max(2, 10 - len(mic)), sir, "\n"))[:-1]
    s["icd1"], s["icd2"] = (K(v) for v in rng.sample(ICD_US, 2))
    if loc_code in GERMLINE:
        g = rng.choice(GERMLINE[loc_code])
        s["gene"], s["tx"], s["cdna"], s["prot"], s["panel"] = (K(v) for v in g)
    sm = rng.choice(SOMATIC)
    s["sgene"], s["stx"], s["scdna"], s["sprot"], s["scoord"], s["sdrug"] = (K(v) for v in sm)
    cm = rng.choice(CO_MUT)
    s["cgene"], s["ctx"], s["ccdna"], s["cprot"] = (K(v) for v in cm)
    s["vaf"], s["vaf2"] = K(f"{rng.randint(12, 48)}%"), K(f"{rng.randint(6, 40)}%")
    s["tmb"] = K(f"{rng.randint(2, 19)} mut/Mb")
    s["tpc"] = K(f"{rng.choice([30, 40, 50, 60, 70])}%")
    s["hpv"] = K(rng.choice(HPV_UK))
    cy = rng.choice(CYTO_UK)
    s["cyto"], s["mgmt"] = K(cy[0]), K(cy[1])
    s["hpv_au"] = K(rng.choice(HPV_AU))
    t1, t2 = rng.sample(REF_TESTS, 2)
    s["tname1"], s["tcode1"], s["tspec1"] = (K(v) for v in t1)
    s["tname2"], s["tcode2"], s["tspec2"] = (K(v) for v in t2)
    ln = rng.sample(LOINC if loc_code == "US" else LOINC_SI, 4)
    for i, (code, name, val, unit, ref, flag) in enumerate(ln, 1):
        s[f"ln{i}"], s[f"lnn{i}"], s[f"lnv{i}"], s[f"lnu{i}"], s[f"lnr{i}"], s[f"lnf{i}"] = K(code), K(name), K(val), unit, K(ref), flag
    s["s_mltlabel"] = {"Ontario": "CMLTO", "Québec": "OPTMQ", "Alberta": "CLPA", "Manitoba": "CMMLT", "Saskatchewan": "SSMLT",
                       "New Brunswick": "NBSMLT"}.get(ppl["s"].region, "CSMLS")  # fmt: skip
    s["hl7_hn_type"] = {"Ontario": "ON", "Manitoba": "MB", "Saskatchewan": "SK", "Alberta": "AB", "Québec": "QC", "New Brunswick": "NB"}.get(p.region, "")
    s["sex_fhir"] = "female" if p.female else "male"
    s["p_baby"] = "GIRL" if p.female else "BOY"
    s["r_relcode"] = {"mother": "MTH", "wife": "SPO", "husband": "SPO", "daughter": "CHD", "son": "CHD"}[str(s["r_rel"])]
    if loc_code == "CA":
        s["s_cred"] = ("MLT, ", s["s_mltlabel"], " ", s["s_mlt"])
    else:
        s["s_cred"] = ("senior scientist, staff no. ", P("ID", fill(rng, "%#####")))
    s["spec1"], s["spec2"], s["spec3"] = K("Plasma, K2EDTA"), K("Buffy coat"), K("Whole blood, PAXgene RNA")
    s["study"] = K(rng.choice(["HEARTS-2 cohort", "Healthy Ageing Study", "Rural Kidney Outcomes Study"]))
    return s


# ---- templates -------------------------------------------------------------------------------------------

LIS = {
    "US": """«lab»                                   «accred»    «cap»
Laboratory Director: «e_n», MD                         Client: «clinic»
==========================================================================================
PATIENT: «p_LFM»                     MRN: «mrn»            ACCT: «acct»
DOB: «p_dobus»    AGE: «age_p» Y    SEX: «p_sex»          LOC: ED-14   BED: 14B
ORDERING: «d_LF», MD (NPI «d_npi»)          ATTENDING: «x_LF», DO
INSURANCE: «payer» / «p_hlabel» «p_hnum»
ACCESSION: «acc»    COLLECTED: «d1_us» 06:42    RECEIVED: «d1_us» 07:05    REPORTED: «d1_us» 07:58
COLLECTED BY: «c_n», PBT(ASCP)
------------------------------------------------------------------------------------------
TEST                        RESULT              FLAG REFERENCE
BASIC METABOLIC PANEL
«chem_rows»
COMPLETE BLOOD COUNT
«heme_rows»
------------------------------------------------------------------------------------------
COMMENT: Specimen moderately hemolyzed (H-index 120); potassium may be falsely elevated.
Recollection requested: «c_g» notified 08:04; spoke with «y_n», RN (ext. 4417), read back OK.
Previous creatinine on «d3_us»: see cumulative report. Dx codes on order: «icd1», «icd2».
Patient address on file: «p_addr»     Home phone: «p_ph»
Released to the patient portal for «p_n» at 12:00 (release hold waived by Dr. «d_fam»).
Verified by: «s_fml», MLS(ASCP)CM
""",
    "CA": """«lab» -- CUMULATIVE LABORATORY REPORT                       «accred»
Medical Director: Dr. «e_n», FRCPC
Patient: «p_LF»          Chart #: «mrn»          «p_hlabel»: «p_hnum»
DOB: «p_dobiso» («age_p» y)    Sex: «p_sex»      Encounter: «acct»
Ordering provider: Dr. «d_n» («d_liclabel» «d_lic»)      cc: Dr. «x_n» (family physician), «clinic»
Specimen: «acc»    Collected: «d1_iso» 07:20 by «c_n»    Received: «d1_iso» 07:51    Final: «d1_iso» 09:36
Test                        Result              Flag Ref. interval
CHEMISTRY
«chem_rows»
HEMATOLOGY
«heme_rows»
Note: ‹eGFR calculated with the CKD-EPI 2021 equation›. No critical values.
Delta check on creatinine (previous «d3_iso»): reviewed by «s_n», MLT («s_mltlabel» «s_mlt»).
Results phoned to «y_n», RN at «clinic» 09:41 at Dr. «d_fam»'s request.
Patient mailing address: «p_addr»      Tel.: «p_ph»
""",
}

LABELS = {
    "UK": """LIMS LABEL REPRINT -- «lab» -- Specimen Reception, bench 3 -- printer ZD421-RCP2 -- «d1_uk» 09:14
Job requested by «s_n» (MLA): original labels smudged in transit (pneumatic tube)
------------------------------------------------------------
«p_LFC»                          «p_sex»   DOB «p_dobuk»
«p_hlabel» «p_hnum»        Hosp «mrn»
«acc»-01   EDTA 4 mL (lavender)     ‹FBC›, ‹HbA1c›
Coll «d1_uk» 08:52   by «c_ini»   Src: GP
------------------------------------------------------------
«p_LFC»                          «p_sex»   DOB «p_dobuk»
«p_hlabel» «p_hnum»        Hosp «mrn»
«acc»-02   SST 5 mL (gold)          ‹U&E›, ‹LFT›, ‹CRP›, ‹Lipid profile›
Coll «d1_uk» 08:52   by «c_ini»   Src: GP
------------------------------------------------------------
Reception notes:
- Request (ICE «ice») from Dr «d_n», «practice» (practice code «prac_code»); clinical details: ‹tired all the time›, ‹?hypothyroid›.
- Tube 02 also hand-labelled "«p_INI» «p_dobuk»" -- accepted (non-transfusion sample, minimum dataset met).
- Form for a second patient in the same bag: «y_LFC», DOB «y_dobuk», «y_hlabel» «y_hnum» -- no sample received;
  surgery informed, spoke to «x_n» (practice manager), tel. «x_ph».
- Bag delivered by courier «z_n», run 07, received 09:02.
""",
    "US": """SPECIMEN LABELS -- «lab» -- printed «d1_us» 04:31 -- AM draw list, «ward» -- phlebotomist «c_n»
[1] «p_LFC»    MRN «mrn»    DOB «p_dobus»    «p_sex»/«age_p»
    «acc»     LAV 3 mL     ‹CBC W/ DIFF›                  *«acc»*
    Draw «d1_us2» 0500    Rm 512-B    Fasting: Y
[2] «p_LFC»    MRN «mrn»    DOB «p_dobus»
    «acc2»     GOLD 5 mL    ‹CMP›, ‹MG›, ‹PHOS›                *«acc2»*
[3] «y_LFC»    MRN «mrn2»    DOB «y_dobus»    «y_sex»/«y_age»
    «acc3»     LT BLUE 2.7 mL   ‹PT/INR›, ‹APTT›             *«acc3»*
    Draw «d1_us2» 0500    Rm 514-A
Notes: [3] «y_g» declined the 05:20 draw; «x_n», RN informed; redraw ordered by «d_n», MD for 09:00.
Armbands checked against labels (name + DOB) by «c_fam». Tubes sent via tube station 12 at 05:44.
Dx on orders: «icd1» ([1], [2]); «icd2» ([3]). Ordering for [1]: «d_LF» (NPI «d_npi»).
""",
}

BLOODBANK = {
    "US": """«hosp» -- TRANSFUSION SERVICE                        «accred»    AABB accredited
TYPE & SCREEN / CROSSMATCH WORKSHEET                Specimen: «acc_bb»
Patient: «p_LFM»       MRN: «mrn»       DOB: «p_dobus»       BB armband: «bbband»
Ordering physician: «d_n», MD       Procedure: ‹total hip arthroplasty› on «d2_us» (OR 7, surgeon «x_n», MD)
Collected «d1_us» 05:30 by «c_n» -- two identifiers verified at bedside; specimen valid through «d7_us» 23:59
ABO/Rh: «abo»    (forward/reverse concordant; second specimen «acc_bb2» drawn 06:10 by «y_n» -- confirms)
Antibody screen (gel, SC I / SC II): POSITIVE -- SC I 2+ at AHG, SC II negative
Antibody identification (11-cell panel): «antibody» («system» system); rule-outs complete; DAT negative.
Patient phenotype: «pheno»
Units crossmatched (AHG phase, compatible), antigen-negative confirmed:
  «din1»    «product»    «abo_unit»    «agneg»
  «din2»    «product»    «abo_unit»    «agneg»
Issued: «din1» on «d2_us» 07:42 to «y_n», RN (OR 7); visual inspection acceptable; cooler #3.
History: transfused 2 units at «hosp2» in «year» (antibody history confirmed by phone with «z_n», «hosp2» blood bank, «d3_us»).
Antibody wallet card given; «p_g» informed and agreed to antigen-negative blood.
Tech: «s_fml», MLS(ASCP)CM        Medical Director review: «e_n», MD
""",
    "CA": """«hosp» -- Transfusion Medicine Laboratory            «accred»      Blood supplier: ‹Canadian Blood Services›
GROUP, SCREEN AND CROSSMATCH                                  Specimen: «acc_bb»
Patient: «p_LF»      Chart: «mrn»      «p_hlabel»: «p_hnum»      DOB: «p_dobiso»
Attending: Dr. «d_n» («d_liclabel» «d_lic»)     Requested: 2 units red cells for ‹hemicolectomy› «d2_iso» (surgeon Dr. «x_n»)
Sample collected «d1_iso» 06:05 by «c_n» (band verified)   Sample expiry: «d7_iso»
ABO/Rh: «abo»      Historical group («d3_iso», «hosp2»): concordant
Antibody screen: POSITIVE.   Identified: «antibody» («system» blood group system); DAT negative.
Phenotype: «pheno»
Crossmatch (IAT), antigen-negative units:
  «din1»   «product»   «abo_unit»   «agneg»   compatible
  «din2»   «product»   «abo_unit»   «agneg»   compatible
Units reserved until «d7_iso» 23:59. Issued «din1» «d2_iso» 08:15 to «y_n», RN (OR 3).
Reference testing confirmed by «z_n» (‹Canadian Blood Services› reference lab) by phone «d1_iso» 14:30.
Technologist: «s_n», MLT («s_mltlabel» «s_mlt»)     Medical Director: Dr. «e_n», FRCPC
""",
}

TRANSFUSION = {
    "UK": """«hosp» -- BLOOD COMPONENT ADMINISTRATION RECORD
Patient: «p_LFC»      DOB «p_dobuk»      Hosp No «mrn»      «p_hlabel» «p_hnum»      «ward»
Age: «age_p»     Weight: 54 kg     Consultant: Dr «d_n»
Prescribed by Dr «x_n» (GMC «x_gmc»), «d1_uk» 11:20 -- 1 unit red cells over 3 hours; ‹furosemide 20 mg› IV with the unit
Indication (‹NICE NG24›): Hb «hb» g/L, symptomatic; ‹myelodysplastic syndrome›. Special requirements: none.
Valid sample: «acc_bb» taken «d1_uk» 07:05 by «c_n» (phlebotomist)
UNIT 1: «din1»    Group «abo_unit»    Expiry «d4_uk»    «product»
Bedside check (single checker + wristband scan): «y_n», RN, 14:05 on «d1_uk»
Obs pre: T 36.6  P 88  BP 132/70  RR 16  SpO2 96%   15 min: T 36.8  P 90  BP 128/72   End: T 37.0  P 86
Started 14:12, completed 17:05. No adverse reaction. Traceability tag returned by «y_n».
Patient informed (leaflet ‹Will I need a blood transfusion?›); verbal consent from «p_g»; «r_rel» «r_n» present, tel. «r_ph».
Post-transfusion Hb due «d2_uk». Haematology registrar: Dr «e_n» (bleep 2241).
""",
    "AU": """«hosp» -- BLOOD AND BLOOD PRODUCTS ADMINISTRATION RECORD (MR 47/B)
UR: «mrn»     Surname: «p_FAM»     Given name: «p_g»     DOB: «p_dobuk»     Sex: «p_sex»     Age: «age_p»
IHI: «ihi»     «p_hlabel»: «p_hnum» (IRN «irn»)     Ward: «ward»
Consent for transfusion signed «d1_uk» by «p_n»; «r_rel» «r_n» (enduring guardian) present, mobile «r_ph»
Prescriber: Dr «x_n» (AHPRA «x_ahpra»)   Indication: Hb «hb» g/L, ‹symptomatic anaemia›, ‹chronic kidney disease›
Pre-transfusion sample «acc_bb» collected «d1_uk» 06:40 by «c_n» (RN)
Unit 1: «din1»   «product»   Group «abo_unit»   Expiry «d4_uk»   Started 10:05   Completed 13:10
Unit 2: «din2»   «product»   Group «abo_unit»   Expiry «d4_uk»   Started 13:25   Completed 16:30
Checked at bedside by «c_n» (RN) and «y_n» (EN) -- patient ID band, compatibility label and unit number concordant.
Obs: baseline T 36.4 P 76 BP 142/68; 15 min T 36.5 P 78; no reaction. ‹Furosemide 20 mg› oral before unit 2 (elderly, fluid overload risk).
Lifeblood fate: both units transfused, recorded by «s_n» (scientist) in the laboratory system on «d2_uk».
Treating haematologist: Dr «e_n».   Ward contact for family: 4-North, «d_n» (NUM).
""",
}

CERVICAL = {
    "UK": """CERVICAL SCREENING REPORT -- HPV PRIMARY                «lab»    «accred»
Lab no: «acc_cyto»        Sender's ref: «ice»
Surname: «p_FAM»      Forename: «p_g»      Previous surname: «z_fam»      DOB: «p_dobuk»
«p_hlabel»: «p_hnum»
Address: «p_addr»
Sample taker: «c_n» (practice nurse), sample-taker code «taker»
GP: Dr «d_n», «practice» («prac_code»)
Date taken: «d1_uk»     Received: «d2_uk»     Specimen: ThinPrep liquid-based cytology
Reason: routine recall     LMP: «lmp_uk»     Contraception: IUS     Clinical: post-coital bleeding
RESULT
  High-risk HPV: DETECTED -- «hpv»
  Cytology: «cyto»
  Management: «mgmt»
Previous test: «d5_uk» -- HPV not detected.
Screened by «s_n» (cytology screener); checked by «x_n», advanced practitioner (HCPC «x_hcpc»)
Authorised: Dr «e_n», Consultant Cytopathologist     Report date: «d6_uk»
Result letter to «p_hon» «p_fam» at the address above; colposcopy clinic at «hosp» notified.
""",
    "AU": """CERVICAL SCREENING TEST (CST) -- «lab»          «accred»    «apa»
Patient: «p_LFC»      DOB: «p_dobuk»      «p_hlabel»: «p_hnum» (IRN «irn»)      IHI: «ihi»
Address: «p_addr»      Phone: «p_ph»
Requesting practitioner: Dr «d_n», provider no. «d_prov», «clinic»
Copy to: ‹National Cancer Screening Register› (participant consented)
Collected: «d1_uk» -- self-collected vaginal swab (dry flocked), in clinic, supervised by «c_n» (RN)
Lab ref: «acc_cyto»      Received: «d2_uk»      Reported: «d6_uk»
Oncogenic HPV: «hpv_au» DETECTED
LBC: not performed on a self-collected sample -- a clinician-collected sample is required for LBC.
Risk: HIGHER RISK.  Recommendation: refer for colposcopy (‹National Cervical Screening Program guidelines›).
Previous: «d5_uk» CST, HPV not detected.   LMP: «lmp_uk»
Scientist: «s_n»     Pathologist: Dr «e_n», FRCPA
Result SMS reminder consent: yes, to «p_ph».  Next of kin: «r_n» («r_rel»).
""",
}

SURGPATH = {
    "US": """SURGICAL PATHOLOGY REPORT                                              «lab»
Accession: «acc_sp»                 Patient: «p_LFM»
MRN: «mrn»      DOB: «p_dobus»      Age: «age_p»      Sex: «p_sex»
Collected: «d1_us»      Received: «d1_us»      Signed out: «d6_us»
Surgeon: «x_n», MD      Referring: «d_n», MD      cc: «c_n», NP (breast navigator)
CLINICAL HISTORY: «age_p»-year-old with a 1.9 cm irregular mass, left breast 2:00, core biopsy «acc_sp2» («d3_us»): invasive carcinoma.
SPECIMENS: A. Left breast, wide local excision (short stitch superior, long stitch lateral). B. Sentinel lymph node #1, left axilla.
GROSS DESCRIPTION:
A. Received fresh and placed in formalin at 10:52 (cold ischemia < 1 h), labeled with the patient's name, "«p_LFC»", and
medical record number «mrn», and "left breast WLE". An oriented fibrofatty excision, 6.2 x 4.8 x 3.1 cm, inked (superior blue,
inferior green, medial yellow, lateral orange, anterior red, deep black). Serial sectioning reveals a firm stellate tan-white mass,
2.1 x 1.8 x 1.6 cm, 0.6 cm from the deep margin. Representative sections in A1-A12. Gross: «s_n», PA(ASCP).
B. Received in formalin labeled "«p_LFC»" and "SLN #1", a 1.4 cm lymph node, bisected, entirely submitted in B1-B2.
DIAGNOSIS:
A. ‹INVASIVE DUCTAL CARCINOMA›, ‹Nottingham grade 2› (3+2+1 = 6/9), 2.1 cm; margins negative (closest deep, 6 mm);
   ‹ER positive (95%, strong)›, ‹PR positive (40%)›, ‹HER2 negative (IHC 1+)›, ‹Ki-67 18%›.
B. One lymph node with isolated tumor cells (0/1); ‹pN0(i+)›.   ‹AJCC 8th edition›: ‹pT2 pN0(i+)›.
I have personally reviewed the slides. Electronically signed: «e_n», MD, «d6_us» 16:22
Tumor board: «d4_us», presented by «d_fam»; patient's «r_rel» «r_n» requested a copy (authorization on file).
""",
    "AU": """HISTOPATHOLOGY REPORT -- «lab»                         «accred»    «apa»
Lab no: «acc_sp»         Patient: «p_LFC»      DOB: «p_dobuk»      Age: «age_p»
UR: «mrn»      «p_hlabel»: «p_hnum»      Referred by: Dr «d_n» (provider no. «d_prov»), «hosp»
Copy to: Dr «x_n» (GP), «clinic»
Collected: «d1_uk»      Reported: «d6_uk»
CLINICAL NOTES: Anaemia, caecal mass on colonoscopy «d3_uk» (biopsy «acc_sp2»). Right hemicolectomy.
MACROSCOPIC: Specimen labelled "«p_LFC» «p_dobuk» right hemicolectomy" consists of terminal ileum 90 mm, caecum and
ascending colon 210 mm. An ulcerated tumour 48 x 40 mm in the caecum, 30 mm from the ileocaecal valve, extends into the
pericolic fat. Closest (mesenteric) margin 22 mm. 19 lymph nodes identified. Blocks A1-A24. (Cut-up: «s_n», «d1_uk»)
MICROSCOPIC: ‹Adenocarcinoma, moderately differentiated›, invading through the muscularis propria into pericolic fat.
‹Crohn-like lymphoid reaction› present. ‹Lymphovascular invasion› present. Tumour budding: low (Bd1).
MMR immunohistochemistry: ‹MLH1 and PMS2 lost›, ‹MSH2 and MSH6 retained› -- ‹BRAF V600E› testing to follow.
DIAGNOSIS: ‹pT3 pN1b› (2/19 nodes) -- ‹ACPS stage C1›; margins clear.
Reported by Dr «e_n», FRCPA; discussed with Dr «d_fam» at MDT on «d4_uk». Family contact: «r_n» («r_rel»), «r_ph».
""",
}

FROZEN = {
    "UK": """INTRAOPERATIVE CONSULTATION (FROZEN SECTION) LOG -- Cellular Pathology, «hosp»
Lab no: «acc_sp»     Patient: «p_LF»     Hosp no: «mrn»     DOB: «p_dobuk»
Theatre 6 -- Surgeon: Mr «x_n» (consultant ENT)     Anaesthetist: Dr «d_n»
Booked: «d1_uk» (booking made «d3_uk» by «c_n», theatre coordinator)
10:41  FS1 received: "thyroid nodule, left lobe" (‹hemithyroidectomy›), 22 g -- received by «s_n», BMS (HCPC «s_hcpc»)
10:58  FS1 result: ‹follicular lesion›; ‹Hurthle cell› change; capsule intact on sections examined -- DEFER TO PARAFFIN
       Phoned to theatre: «y_n» (ST5 registrar) -- read back correct
11:32  FS2 received: "level VI node" -- 11:44 result: ‹no evidence of malignancy› -- phoned to «y_fam», read back correct
Background: ‹lymphocytic (Hashimoto) thyroiditis›. Pathologist: Dr «e_n», Consultant Histopathologist (GMC «e_gmc»)
Remaining tissue fixed for paraffin; final report to Mr «x_fam» and GP Dr «z_n» («practice»).
Patient's «r_rel», «r_n», asked the ward to call with the result: «r_ph».
""",
    "CA": """CONSULTATION PEROPERATOIRE / INTRAOPERATIVE CONSULTATION -- «hosp», Pathology
No. de laboratoire / Lab no: «acc_sp»     Patient: «p_LF»     Dossier / Chart: «mrn»     «p_hlabel»: «p_hnum»
Date: «d1_iso»     Salle / OR: 4     Surgeon: Dr «x_n» («x_liclabel» «x_lic»)
09:12  Specimen 1 received by «s_n», MLT: "ovarian mass, right" (‹salpingo-oophorectomy›), 412 g, intact capsule
09:31  Diagnosis: ‹mucinous neoplasm, at least borderline›; ‹final classification deferred to permanent sections›
       Communicated to Dr «x_fam» by «e_n», pathologist; read back by «y_n» (circulating nurse)
09:55  Specimen 2: "omental biopsy" -- ‹no tumour seen› -- communicated 10:09, read back by «y_fam»
Gross notes: specimen bag labelled "«p_LFC» «p_dobiso»"; second identifier verified against the OR requisition («req»).
Referring gynaecologist: Dr «d_n», «clinic».  Next of kin waiting: «r_n» («r_rel»), «r_ph».
Final report expected by «d6_iso». Pathologist: Dr «e_n» («e_liclabel» «e_lic»)
""",
}

MICRO = {
    "UK": """MICROBIOLOGY REPORT -- «lab»                          «accred»
Patient: «p_LFC»     DOB: «p_dobuk»     «p_hlabel»: «p_hnum»     Hosp no: «mrn»
Location: «ward»     Consultant: Dr «d_n»
Specimen: BLOOD CULTURE (aerobic + anaerobic set)    Lab no: «acc_micro»
Taken: «d1_uk» 22:14 by «c_n» (peripheral, right antecubital fossa)    Received: «dn_uk» 00:40
Clinical details: rigors, T 38.9, ?urosepsis; on ‹co-amoxiclav 1.2 g IV› since «d1_uk»
GRAM STAIN (aerobic bottle, positive at 14.2 h): ‹Gram-negative bacilli›
  -- telephoned to Dr «y_n» (FY1, ward 22) at 13:02 on «dn_uk» by «s_n»; read back.
CULTURE: «org»
SUSCEPTIBILITY (EUCAST breakpoints)              MIC (mg/L)  S/I/R
«abx_rows»
COMMENT: ‹Extended-spectrum beta-lactamase (ESBL) producer›. Advise ‹meropenem 1 g IV 8-hourly›; discussed with Dr «y_fam».
Infection prevention informed: «x_n», IPC nurse (ext. 5530). Urine culture «acc_micro2» pending.
Reported by «s_n», BMS (HCPC «s_hcpc»)     Authorised: Dr «e_n», Consultant Microbiologist, «d2_uk»
""",
    "US": """MICROBIOLOGY -- FINAL REPORT                        «lab»     «accred»
Patient: «p_LFM»        MRN: «mrn»        DOB: «p_dobus»        Age: «age_p»
Facility: «hosp2» Skilled Nursing Unit, Rm 118      Ordering: «d_n», MD (NPI «d_npi»)
Specimen: URINE, straight catheter      Accession: «acc_micro»
Collected: «d1_us» 05:50 by «c_n», LPN      Received: «d1_us» 09:12      Final: «d6_us»
CULTURE, URINE:
  >100,000 CFU/mL «org»
  10,000-50,000 CFU/mL «org2»
SUSCEPTIBILITY («org», CLSI M100)                MIC (ug/mL) INTERP
«abx_rows»
SUSCEPTIBILITY («org2»)
«abx_rows2»
Preliminary called to «y_n», RN (skilled nursing unit) «d2_us» 10:05, read back verified by «s_ini».
Infection preventionist «x_n» notified (MDRO flag added to chart of «p_lf»).
POA for health care: «r_rel» «r_n», «r_ph» -- requested results by mail to «r_addr».
Medical Director: «e_n», MD, D(ABMM)
""",
}

GERMLINE_T = {
    "UK": """«genlab» -- GENOMIC TESTING REPORT                   «accred»
CONFIDENTIAL -- CONTAINS GENETIC INFORMATION
Patient: «p_n»        DOB: «p_dobuk»        «p_hlabel»: «p_hnum»        Lab no: «acc_mol»      Family no: «famno»
Referring clinician: Dr «d_n», Consultant in Clinical Genetics, «hosp»
Copy: «c_n», Genetic Counsellor («c_wem»); GP Dr «x_n», «practice»
Sample: blood (EDTA), received «d1_uk»     Report date: «d6_uk»
Test: «panel» -- ‹BRCA1›, ‹BRCA2›, ‹PALB2›, ‹RAD51C›, ‹RAD51D›, ‹ATM›, ‹CHEK2› (NGS + MLPA)
RESULT: HETEROZYGOUS PATHOGENIC VARIANT DETECTED
  Gene: «gene»     Transcript: «tx»     Variant: «cdna» «prot»     Zygosity: heterozygous
  Classification: Pathogenic (‹ACGS 2020 v4.01›: ‹PVS1›, ‹PM2_Supporting›, ‹PP5›)
INTERPRETATION: This result confirms a diagnosis of hereditary cancer predisposition in «p_g». Predictive testing for the
familial «gene» variant is available to at-risk relatives: her «m_rel» «m_n» (DOB «m_dobuk»), her «r_rel» «r_n» and, in time, her
children. The familial variant will be recorded under family number «famno».
Family history (from referral): «r_rel» -- ‹ovarian cancer› at 58; maternal aunt «z_n» -- ‹breast cancer› at 44.
Reported by: «s_n», Clinical Scientist (HCPC «s_hcpcs»)     Authorised by: «e_n», Consultant Clinical Scientist (HCPC «e_hcpcs»)
""",
    "CA": """«genlab» -- MOLECULAR GENETICS REPORT                 «accred»
Patient: «p_LF»       DOB: «p_dobiso»       «p_hlabel»: «p_hnum»       Lab no.: «acc_mol»
Ordering physician: Dr. «d_n» («d_liclabel» «d_lic»), Medical Genetics, «hosp»
Genetic counsellor: «c_n», CCGC («c_wem», «c_ph»)
Specimen: saliva, collected «d1_iso», received «d2_iso»      Reported: «d6_iso»
Indication: «panel»; tumour MMR IHC (‹MLH1›/‹PMS2› loss) on «acc_sp2»; ‹Amsterdam II criteria› met.
RESULT: POSITIVE -- ONE PATHOGENIC VARIANT IDENTIFIED
  «gene» («tx»): «cdna», «prot» -- heterozygous -- Pathogenic (‹InSiGHT class 5›)
  No other reportable variants in ‹MLH1›, ‹MSH2›, ‹MSH6›, ‹PMS2›, ‹EPCAM› (deletion/duplication analysis included).
Recommendations: colonoscopy every 1-2 years; consider ‹hysterectomy and bilateral salpingo-oophorectomy› after childbearing.
Cascade testing: site-specific testing recommended for «p_her» «m_rel» «m_n», «p_her» «r_rel» «r_n» and, in time,
«p_her» children. Family letter provided on «d6_iso». «p_She» asked that «r_g» be contacted at «r_ph».
Reviewed and approved: «e_n», PhD, FCCMG, Laboratory Director.   Analyst: «s_n», MLT («s_mltlabel» «s_mlt»)
""",
}

SOMATIC_T = """COMPREHENSIVE GENOMIC PROFILING -- SOLID TUMOR (DNA + RNA, 523 genes)            «genlab»    «accred»
Patient: «p_LFM»      DOB: «p_dob»      Sex: «p_sex»      MRN: «mrn»
Ordering physician: «d_n» («d_liclabel» «d_lic»), «onc»
Pathologist: «e_n»      Specimen: FFPE block A4 from «acc_sp2» (received from «hosp2», «d3_loc»)
Lab accession: «acc_mol»     Collected: «d3_loc»     Received: «d1_loc»     Reported: «d6_loc»
Diagnosis: ‹lung adenocarcinoma›, stage IVA     Tumour content: «tpc» (macrodissected by «s_n»)
BIOMARKER FINDINGS
  Tumour mutational burden: «tmb» (intermediate)        Microsatellite status: ‹MS-stable›        ‹PD-L1 (22C3) TPS 60%›
GENOMIC FINDINGS                                  VAF      TIER
  «sgene» «scdna» «sprot» («stx»; «scoord»)          «vaf»     IA -- ‹sensitivity to› «sdrug»
  «cgene» «ccdna» «cprot» («ctx»)                    «vaf2»    IIC
  ‹ALK›, ‹ROS1›, ‹RET›, ‹NTRK1-3›, ‹MET exon 14 skipping›: not detected
Germline note: «cgene» VAF consistent with somatic origin; no germline follow-up advised.
Clinical trial matches: none within 100 km of «p_town».
Report released to «d_fam» and to the patient portal of «p_n» («p_em»).
Laboratory director: «x_n», PhD, FACMG       Variant scientist: «z_n»
"""

CONSENT = {
    "UK": """«biobank» -- PARTICIPANT CONSENT FORM (version 4.2)        ‹REC ref 19/NW/0421›    ‹IRAS 254318›
Participant ID: «pid»        «p_hlabel»: «p_hnum»
Full name: «p_n»        Date of birth: «p_dobuk»
Address: «p_addr»
Email: «p_em»        Telephone: «p_ph»
Please initial each box:
 1. I confirm that I have read the participant information sheet (version 4.1) and have had the opportunity to ask questions.
 2. I agree to give samples of blood and saliva and for them to be stored for future research, including ‹whole-genome sequencing›.
 3. I agree that my GP, Dr «d_n» of «practice», may be informed of my participation.
 4. I agree to be re-contacted about findings of health importance (‹ACMG secondary findings v3.2›).
 5. I understand I can withdraw at any time by contacting «x_n», Biobank Manager («x_wem», «x_ph»).
Samples collected: 2 x EDTA («sid1», «sid2»), 1 x SST («sid3»), saliva (‹Oragene OG-600›) «sid4»
Participant: «p_n»        signed electronically        Date: «d1_uk»
Person taking consent: «c_n», Research Nurse        Date: «d1_uk»
Witness (participant registered sight-impaired; form read aloud): «r_n» («r_rel»)
E-CONSENT AUDIT: link «econsent» opened «d1_z» from IP «ip»; identity verified by SMS code to «p_ph».
""",
    "CA": """«biobank» -- FORMULAIRE DE CONSENTEMENT / CONSENT FORM (v. 3.0)          ‹Comité d'éthique de la recherche› ‹CER 2019-1187›
No. de participant / Participant ID: «pid»
Nom / Name: «p_n»      Date de naissance / DOB: «p_dobiso»      «p_hlabel»: «p_hnum»
Adresse / Address: «p_addr»
Courriel / Email: «p_em»      Tél. / Phone: «p_ph»
[X] I agree to donate blood (3 tubes) and urine for the biobank, and to the linkage of my data with ‹RAMQ›/provincial health records.
[X] I agree to ‹whole-genome sequencing› and ‹polygenic risk scores› on my samples.
[X] I agree to be re-contacted for future studies.      [ ] I wish to receive individual genetic results.
[X] My family physician may be informed: Dr «d_n», «clinic».
Samples / Échantillons: «sid1» (EDTA), «sid2» (EDTA), «sid3» (serum), «sid4» (urine)
Signature: «p_n» -- «d1_iso»
Consent obtained by / Consentement obtenu par: «c_n», research coordinator -- «d1_iso»
Substitute contact (if unable to be reached): «r_n» («r_rel»), «r_ph»
Withdrawal: contact «x_n», biobank coordinator, «x_wem».
E-consent audit: «econsent» signed «d1_z» from IP «ip»; second factor sent to «p_em».
""",
}

MANIFEST = """{"manifest":"«biobank»","shipment":"SHP-22-0417","record":1,"sample_id":"«sid1»","participant_id":"«pid»","subject":"«p_n»","dob":"«p_dobiso»","mrn":"«mrn»","specimen":"«spec1»","container":"‹Cryovial 2.0 mL›","volume_ul":500,"collected":"«d1_isot»","collected_by":"«c_n»","processed_by":"«s_n»","freezer":"F-12 (-80 C)","position":"R3/B07/C4","consent":"active","study":"«study»","zip":"«p_pc»"}
{"manifest":"«biobank»","shipment":"SHP-22-0417","record":2,"sample_id":"«sid2»","participant_id":"«pid»","subject":"«p_n»","dob":"«p_dobiso»","mrn":"«mrn»","specimen":"«spec2»","container":"‹Cryovial 2.0 mL›","volume_ul":250,"collected":"«d1_isot»","collected_by":"«c_n»","processed_by":"«s_n»","freezer":"F-12 (-80 C)","position":"R3/B07/C5","consent":"active","study":"«study»","zip":"«p_pc»"}
{"manifest":"«biobank»","shipment":"SHP-22-0417","record":3,"sample_id":"«sid3»","participant_id":"«pid2»","subject":"«y_n»","dob":"«y_dobiso»","mrn":"«mrn2»","specimen":"«spec1»","container":"‹Cryovial 2.0 mL›","volume_ul":500,"collected":"«d3_isot»","collected_by":"«x_n»","processed_by":"«s_n»","freezer":"F-09 (-80 C)","position":"R1/B02/A1","consent":"withdrawn «d2_iso» -- destroy","study":"«study»","zip":"«y_pc»"}
{"manifest":"«biobank»","shipment":"SHP-22-0417","record":4,"sample_id":"«sid4»","participant_id":"«pid2»","subject":"«y_n»","dob":"«y_dobiso»","mrn":"«mrn2»","specimen":"«spec3»","container":"‹PAXgene Blood RNA tube›","volume_ul":2500,"collected":"«d3_isot»","collected_by":"«x_n»","processed_by":"«z_n»","freezer":"LN2 tank 2","position":"Rack 6/Box 1/A3","consent":"withdrawn «d2_iso» -- destroy","study":"«study»","zip":"«y_pc»","note":"withdrawal requested by phone «y_ph»; «study» PI «e_n» approved"}
"""

CCF = {
    "US": """FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM                 SPECIMEN ID NO. «spec_id»        LAB ACCESSION NO. «acc_tox»
STEP 1: COMPLETED BY COLLECTOR OR EMPLOYER REPRESENTATIVE
A. Employer Name, Address, I.D. No.: «employer», DER: safety office, ID 71-0044
B. MRO Name, Address, Phone and Fax No.: «e_n», MD, ‹Keystone Medical Review Services›, Ph «e_ph»
C. Donor SSN or Employee I.D. No.: «p_ssn»
D. Specify DOT Agency: ‹FMCSA›     E. Reason for Test: Random     F. Drug Tests: ‹THC›, ‹COC›, ‹PCP›, ‹OPI›, ‹AMP›
G. Collection Site: ‹Occupational Health Center›, Collector Phone No. «c_ph»
STEP 2: COMPLETED BY COLLECTOR -- Read specimen temperature within 4 minutes. Between 32-38 C? [X] Yes   Split: [X]
STEP 3: Collector affixes bottle seals; donor initials bottle seals.
STEP 4: CHAIN OF CUSTODY -- I certify that the specimen given to me by the donor identified in Step 5 was collected,
labeled, sealed and released to the delivery service noted. Collector: «c_fml»     Date: «d1_us»     Time: 06:51 AM
Released to: FedEx Priority Overnight      RECEIVED AT LAB: «s_n», accessioner, «d2_us»; primary specimen bottle seal intact: Yes
STEP 5: COMPLETED BY DONOR -- I certify that I provided my urine specimen to the collector...
Donor: «p_n»     Daytime phone: «p_ph»     Evening phone: «p_ph2»     Date of birth: «p_dobus»     Date: «d1_us»
STEP 5A: Primary specimen reported results: NEGATIVE (immunoassay cutoffs: ‹THC 50 ng/mL›, ‹COC 150 ng/mL›, ‹OPI 2000 ng/mL›, ‹AMP 500 ng/mL›; ‹6-AM 10 ng/mL›)
Certifying scientist: «x_n»     Date: «d2_us»
STEP 6: MRO -- verified NEGATIVE on «d6_us» by «e_n», MD; donor interview not required.
""",
    "AU": """URINE DRUG SCREEN -- CHAIN OF CUSTODY (‹AS/NZS 4308:2008›)                  Specimen ID: «spec_id»
Employer / site: «employer» -- workplace testing, pre-shift (random)     Lab ref: «acc_tox»
DONOR: «p_n»      DOB: «p_dobuk»      Employee no.: «emp_no»      Mobile: «p_ph»
Photo ID sighted: driver licence «dl» («p_abbr»)      Address: «p_addr»
Medications declared: ‹paracetamol/codeine 500/30 mg› (2 days ago), ‹cetirizine 10 mg›
Collection: «d1_uk» 05:42 at site first aid room; temp 34 C; creatinine check at lab; split into A and B bottles
Collector: «c_n» (‹Certificate IV in Transport and Logistics› collector, accreditation «taker»)
Donor declaration signed: «p_n»   Witness: «z_n» (site supervisor)
Courier: TNT overnight -- received at «lab» «d2_uk» by «s_n»; seals intact
On-site screen: OPIATES presumptive positive -- referred for laboratory confirmation
LABORATORY RESULT: ‹codeine 1460 ug/L›, ‹morphine 210 ug/L› (LC-MS/MS) -- consistent with declared ‹codeine› use
MRO review: Dr «e_n» spoke to the donor on «d6_uk» at «p_ph» -- result NEGATIVE for non-medical use.
Report to «employer» (‹Medical Review Officer› summary only) on «d6_uk».
""",
}

REFORDER = {
    "US": """{"resourceType":"ServiceRequestBundle","requisition":"«req»","placed":"«d1_isot»","client":{"name":"«clinic»","account":"C-20418"},"patient":{"name":{"family":"«p_fam»","given":["«p_g»"]},"birthDate":"«p_dobiso»","sex":"«sex_fhir»","mrn":"«mrn»","address":{"line":["«p_line»"],"city":"«p_town»","state":"«p_abbr»","postalCode":"«p_pc»"},"phone":"«p_ph»","email":"«p_em»"},"billing":{"billTo":"insurance","payer":"«payer»","memberId":"«p_hnum»","subscriber":{"name":"«r_n»","relationship":"«r_rel»","birthDate":"«r_dobiso»"}},"orderingProvider":{"name":"«d_n»","npi":"«d_npi»","phone":"«d_ph»"},"tests":[{"code":"«tcode1»","name":"«tname1»","specimen":"«tspec1»"},{"code":"«tcode2»","name":"«tname2»","specimen":"«tspec2»"}],"diagnoses":["«icd1»","«icd2»"],"specimens":[{"id":"«sid1»","collected":"«d1_isot»","collector":"«c_n»"},{"id":"«sid2»","collected":"«d1_isot»","collector":"«c_n»"}],"notes":"Please send copy to «x_n», PA-C. Patient prefers results by email.","courier":{"pickup":"«d2_iso»","driver":"«z_n»"}}""",
    "CA": """{"resourceType":"ServiceRequestBundle","requisition":"«req»","placed":"«d1_isot»","client":{"name":"«clinic»","account":"C-77310"},"patient":{"name":{"family":"«p_fam»","given":["«p_g»"]},"birthDate":"«p_dobiso»","sex":"«sex_fhir»","chart":"«mrn»","healthCard":{"type":"«p_hlabel»","number":"«p_hnum»"},"address":{"line":["«p_line»"],"city":"«p_town»","province":"«p_abbr»","postalCode":"«p_pc»"},"phone":"«p_ph»"},"billing":{"billTo":"provincial plan","province":"«state»"},"orderingProvider":{"name":"«d_n»","licence":"«d_lic»","phone":"«d_ph»"},"copyTo":[{"name":"«x_n»","role":"family physician"}],"tests":[{"code":"«tcode1»","name":"«tname1»","specimen":"«tspec1»"},{"code":"«tcode2»","name":"«tname2»","specimen":"«tspec2»"}],"specimens":[{"id":"«sid1»","collected":"«d1_isot»","collector":"«c_n»"},{"id":"«sid2»","collected":"«d1_isot»","collector":"«c_n»"}],"notes":"Send-out to reference laboratory; contact «s_n» (send-outs bench) about stability.","emergencyContact":{"name":"«r_n»","relationship":"«r_rel»","phone":"«r_ph»"}}""",
}

CRITICAL = """CRITICAL / ALERT VALUE NOTIFICATION LOG -- «lab», Core Laboratory -- night shift «d1_loc»
Time   Accession         Patient (MRN)                         Result                        Notified (role)                Read-back
02:14  «acc»   «p_LF» («mrn»)        ‹Potassium 6.9 mmol/L› (critical)   «c_n», RN, «ward»        Y
02:31  «acc2»   «y_LF» («mrn2»), age «y_old»     ‹Sodium 118 mmol/L› (critical)      «x_n», RN, 3 West            Y
03:05  «acc3»   «m_LF» («mrn3»)        ‹Haemoglobin 54 g/L› (critical)      unable to reach ward -- see note
Note 03:40: no answer from ward for «m_LF»; paged Dr «d_n» (on-call resident) via switchboard 03:52; result
given, read back, Dr «d_fam» to review; 04:15 «m_g»'s nurse «z_n» confirmed transfusion ordered (sample «acc_bb»).
Note 04:30: «y_n» -- repeat ‹sodium 117 mmol/L› on «acc4»; Dr «d_fam» informed, ICU outreach called.
Delta check: «p_fam» potassium 4.2 mmol/L on «d3_loc»; specimen not haemolysed; ‹ECG advised›.
Shift lead: «s_n» («s_cred»)      Reviewed by: Dr «e_n», Medical Director, «d2_loc»
"""

HL7 = {
    "US": """MSH|^~\\&|LIS|NLRL^«cliaid»^CLIA|EPIC|UVMC|«d1_hl7t»||ORU^R01^ORU_R01|MSG00418822|P|2.5.1
PID|1||«mrn»^^^UVMC^MR~«p_ssn»^^^SSA^SS||«p_FAM»^«p_GIV»^«p_initial»^^^^L||«p_dobhl7»|«p_sex»|||«p_line»^^«p_town»^«p_abbr»^«p_pc»^USA^H||«p_ph»^PRN^PH|||||«acct»
PV1|1|O|«clinic»^^^UVMC||||«d_npi»^«d_FAM»^«d_GIV»^^^^MD^^^^NPI
ORC|RE|«order»^EPIC|«acc»^NLRL||CM||||«d1_hl7t»|||«d_npi»^«d_FAM»^«d_GIV»^^^^MD^^^^NPI
OBR|1|«order»^EPIC|«acc»^NLRL|24331-1^Lipid panel^LN|||«d1_hl7t»|||«c_FAM»^«c_GIV»||||«d1_hl7t»||«d_npi»^«d_FAM»^«d_GIV»||||||«d2_hl7t»|||F
OBX|1|NM|«ln1»^«lnn1»^LN||«lnv1»|«lnu1»|«lnr1»|«lnf1»|||F|||«d1_hl7t»||«s_FAM»^«s_GIV»
OBX|2|NM|«ln2»^«lnn2»^LN||«lnv2»|«lnu2»|«lnr2»|«lnf2»|||F|||«d1_hl7t»||«s_FAM»^«s_GIV»
OBX|3|NM|«ln3»^«lnn3»^LN||«lnv3»|«lnu3»|«lnr3»|«lnf3»|||F|||«d1_hl7t»||«s_FAM»^«s_GIV»
OBX|4|NM|«ln4»^«lnn4»^LN||«lnv4»|«lnu4»|«lnr4»|«lnf4»|||F|||«d1_hl7t»||«s_FAM»^«s_GIV»
NTE|1|L|Fasting 12 h per patient. Results released to portal «url» for «p_g».
NTE|2|L|Lab director: «e_n», MD. Performed at «lab», «accred».
NK1|1|«r_FAM»^«r_GIV»|«r_relcode»^«r_rel»^HL70063|||«r_ph»
""",
    "CA": """MSH|^~\\&|LIS|PDLS|OLIS|«hl7_hn_type»MOH|«d1_hl7t»||ORU^R01^ORU_R01|PDLS-000771|P|2.5.1
PID|1||«p_hnum»^^^«hl7_hn_type»^JHN~«mrn»^^^GLH^MR||«p_FAM»^«p_GIV»^«p_initial»^^^^L||«p_dobhl7»|«p_sex»|||«p_line»^^«p_town»^«p_abbr»^«p_pc»^CAN^H||«p_ph»^PRN^PH
PV1|1|O|«clinic»|||||«d_lic»^«d_FAM»^«d_GIV»^^^^^^^^^^«d_liclabel»
ORC|RE|«order»|«acc»^PDLS||CM||||«d1_hl7t»|||«d_lic»^«d_FAM»^«d_GIV»
OBR|1|«order»|«acc»^PDLS|LIPID^Lipid profile^L|||«d1_hl7t»|||«c_FAM»^«c_GIV»||||«d1_hl7t»||«d_lic»^«d_FAM»^«d_GIV»||||||«d2_hl7t»|||F|||«x_lic»^«x_FAM»^«x_GIV»
OBX|1|NM|«ln1»^«lnn1»^LN||«lnv1»|«lnu1»|«lnr1»|«lnf1»|||F|||«d1_hl7t»||«s_FAM»^«s_GIV»
OBX|2|NM|«ln2»^«lnn2»^LN||«lnv2»|«lnu2»|«lnr2»|«lnf2»|||F|||«d1_hl7t»||«s_FAM»^«s_GIV»
OBX|3|NM|«ln3»^«lnn3»^LN||«lnv3»|«lnu3»|«lnr3»|«lnf3»|||F|||«d1_hl7t»||«s_FAM»^«s_GIV»
OBX|4|NM|«ln4»^«lnn4»^LN||«lnv4»|«lnu4»|«lnr4»|«lnf4»|||F|||«d1_hl7t»||«s_FAM»^«s_GIV»
NTE|1|L|Non-fasting. Copy to family physician «x_n». Medical director: Dr. «e_n».
NK1|1|«r_FAM»^«r_GIV»|«r_relcode»^«r_rel»^HL70063|||«r_ph»
""",
}

NEWBORN = {
    "AU": """NEWBORN BLOODSPOT SCREENING CARD -- «nbs_lab»                    Card/kit no. «kit»
BABY: Surname «p_FAM»      Given name(s): (not yet named)      Sex: «p_sex»      Multiple birth: No
Baby's DOB: «p_dobuk»  time 03:17     Birth weight: 3240 g     Gestation: 39+2 weeks
Collected: «d1_uk» 06:30 (age 51 h) by «c_n» (RM)     Feeding: breast     Antibiotics: no     Transfusion: no
Hospital of birth: «hosp»      UR (baby): «mrn»      UR (mother): «mrn2»
MOTHER: «m_n»      DOB: «m_dobuk»      Medicare: «m_hnum»      IHI (baby): «ihi»
Address: «p_addr»      Phone: «m_ph»
Doctor / midwife responsible: «d_n»      GP for follow-up: Dr «x_n», «clinic»
RESULTS (reported «d6_uk»):
  ‹Phenylalanine› 68 umol/L -- not increased      ‹TSH› 4 mU/L (blood) -- not increased
  ‹Immunoreactive trypsinogen (IRT)› 96 ng/mL -- INCREASED (99.5th centile) -> ‹CFTR› variant panel:
  ‹c.1521_1523del p.(Phe508del)› heterozygous; second variant not detected
  ‹Galactosaemia›, ‹CAH (17-OHP)›, ‹SMA (SMN1 exon 7 deletion)›, ‹SCID (TREC)›: screen negative
CONCLUSION: CF screen positive (one ‹CFTR› variant) -- sweat test arranged «d8_uk» at «hosp2»; family notified by
«e_n» (genetic counsellor) on «d6_uk»; father «r_n» («r_ph») to attend.     Laboratory scientist: «s_n»
""",
    "US": """NEWBORN SCREENING SPECIMEN CARD -- «nbs_lab»                  Kit no. «kit»
INFANT: BABY «p_baby» «p_FAM»      Sex: «p_sex»      Birth date: «p_dobus»  time 21:44      Birth weight: 3180 g
Collection date: «d1_us» 04:10 (age 30 h)      Collected by: «c_n», RN      Gestational age: 38 wk
Birth facility: «hosp»      Infant MRN: «mrn»      NICU: No      TPN: No      Transfused: No
MOTHER: «m_LF»      DOB: «m_dobus»      Mother's MRN: «mrn2»      Phone: «m_ph»      Alt phone: «r_ph» (father, «r_n»)
Mother's address: «p_addr»
Medicaid / insurance ID (infant): «m_hnum»
Physician of record: «d_n», MD (NPI «d_npi»)      Follow-up clinic: «peds»
RESULTS (final «d6_us»):
  ‹Congenital hypothyroidism (TSH)›: normal        ‹PKU (Phe/Tyr)›: normal        ‹Biotinidase›: normal
  ‹MCAD (C8 acylcarnitine)›: normal    ‹Sickle cell (Hb FA)›: normal    ‹SCID (TREC)›: normal
  ‹Cystic fibrosis (IRT)›: normal    ‹Krabbe (GALC)›: normal    ‹Pompe (GAA)›: borderline -- repeat specimen requested
Repeat specimen requested by «s_n» (program nurse) by phone with «m_g» on «d6_us»; letter to Dr «d_fam».
Program contact: «e_n», PhD, Laboratory Director.
""",
}

WBIT = {
    "UK": """INCIDENT REPORT «incident» -- WRONG BLOOD IN TUBE (WBIT) -- Blood Transfusion Laboratory, «hosp»
Reported by: «s_n», Senior BMS (HCPC «s_hcpc»)     Date of incident: «d1_uk»     Area: «ward»
Description: sample «acc_bb» labelled as «p_LFC» (DOB «p_dobuk», Hosp no «mrn») grouped as «abo_x»; the
historical group on file for this patient (from «d5_uk») is «abo». A repeat sample, «acc_bb2», taken by «c_n» at 15:10,
grouped «abo». The first sample was taken by «x_n» (HCA) at 13:35 at the same time as a sample from the patient in
the next bay, «y_n» (Hosp no «mrn2», DOB «y_dobuk»), whose group is «abo_x»; both were labelled at the nurses' station.
Immediate actions: the results of «acc_bb» were removed from the record of «p_fam»; amended report issued; Dr «d_n»
(consultant) and the ward manager, «z_n», informed at 16:20; both patients' teams informed; no component issued.
Reported to ‹SHOT› (ref. «shot») and ‹MHRA SABRE› on «d2_uk» by «e_n», Transfusion Practitioner (ext. 4471).
AMENDED REPORT -- supersedes report issued «d1_uk» 13:58: Patient «p_LFC», «p_hlabel» «p_hnum»: group «abo» (repeat sample).
«abo_x» result withdrawn -- sample did not belong to this patient. ‹Two-sample rule (BSH 2022)› applies before issue; ‹ABO-incompatible transfusion› avoided.
""",
    "AU": """RISKMAN INCIDENT «incident» -- WRONG BLOOD IN TUBE -- «lab», Blood Bank, «hosp»
Notified by: «s_n» (senior scientist)     Incident date: «d1_uk»     Location: «ward»
Summary: Pre-transfusion sample «acc_bb» labelled «p_LFC», UR «mrn», DOB «p_dobuk», grouped «abo_x». Historical group
(«d5_uk», «hosp2») is «abo». Recollect «acc_bb2» (collected by «c_n», 17:05) confirms «abo». Investigation: the first sample was
collected by «x_n» (RN) from the patient in the adjacent bed, «y_n» (UR «mrn2», DOB «y_dobuk», group «abo_x»), and labelled
from a printed label sheet at the desk.
Actions: results of «acc_bb» deleted from the record of «p_fam» and corrected report issued; treating team (Dr «d_n») and
NUM «z_n» informed 18:20; open disclosure with «p_g» and «p_her» «r_rel» «r_n» («r_ph») on «d2_uk».
Reported to ‹Australian Red Cross Lifeblood› haemovigilance ‹STIR› on «d2_uk» (ref. «stir») by «e_n», Transfusion Nurse.
CORRECTED REPORT -- supersedes report of «d1_uk» 16:40: «p_LFC», «p_hlabel» «p_hnum» (IRN «irn»): group «abo» -- «abo_x» withdrawn.
""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("lab62_lis_result_report", ["US", "CA"], "text", LIS),
    ("lab62_specimen_label_reprint", ["UK", "US"], "text", LABELS),
    ("lab62_blood_bank_crossmatch", ["US", "CA"], "text", BLOODBANK),
    ("lab62_transfusion_record", ["UK", "AU"], "text", TRANSFUSION),
    ("lab62_cervical_screening", ["UK", "AU"], "text", CERVICAL),
    ("lab62_surgical_pathology", ["US", "AU"], "text", SURGPATH),
    ("lab62_frozen_section_log", ["UK", "CA"], "text", FROZEN),
    ("lab62_micro_culture", ["UK", "US"], "text", MICRO),
    ("lab62_germline_report", ["UK", "CA"], "text", GERMLINE_T),
    ("lab62_somatic_ngs_report", ["US", "AU"], "text", SOMATIC_T),
    ("lab62_biobank_consent", ["UK", "CA"], "text", CONSENT),
    ("lab62_biobank_manifest", ["US", "AU"], "ndjson", MANIFEST),
    ("lab62_drug_screen_ccf", ["US", "AU"], "text", CCF),
    ("lab62_reference_lab_order", ["US", "CA"], "json", REFORDER),
    ("lab62_critical_value_log", ["CA", "AU"], "text", CRITICAL),
    ("lab62_hl7_oru_message", ["US", "CA"], "text", HL7),
    ("lab62_newborn_screen_card", ["AU", "US"], "text", NEWBORN),
    ("lab62_wbit_incident", ["UK", "AU"], "text", WBIT),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc] if isinstance(template, dict) else template
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe62:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind, index)
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


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
