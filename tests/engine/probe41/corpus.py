# ruff: noqa: E501  (hand-aligned templates)
"""Forty-first independent probe corpus: technical clinical and health-IT text in US, UK, Canadian and
Australian English, dense in capitalised words that are not people -- genes and variants, drugs and invented
brands, invented trial acronyms, scanner, analyser and implant models, manufacturers, organisms, stains and
immunohistochemistry markers, scores and scales, eponymous signs and classifications, chemotherapy regimens,
protocol / NCT / NDC numbers, EHR module names, HL7 messages and server hostnames -- with patients, relatives,
clinicians, addresses, dates, MRNs, phones, e-mails, the patient's own implant serial and ages over 89 still in
them. The probe is about over-masking: every document carries many more harmless capitalised values than usual.

36 labelled documents in 18 kinds per seed, two of each (each in its own country): a molecular tumour board
summary, a genomic lab report (HGVS), a radiology report with named protocols and scanner, a cardiac device
clinic note (pacemaker / ICD interrogation), an echocardiogram report, a surgical pathology report (stains,
IHC markers), an oncology infusion flowsheet (regimens), a microbiology culture and susceptibility report, an
ICU nursing / medical handover with scores, a neurology clinic note (eponymous signs and scales), an EHR
helpdesk ticket, a lab analyser error log, a sterile compounding record, a clinical-trial eligibility note, a
research lab notebook entry (cell lines, mouse strains, antibodies), a device recall letter sent to a patient,
a dental chart note, and a sports-medicine / orthopaedic clinic note.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` the patient, `q` and `r` relatives, `c`, `d` and `f` clinicians,
`e` other staff (nurse, scientist, pharmacist, analyst). Person forms: `_n` "Given Family", `_g`, `_f`, `_NC`
"GIVEN FAMILY", `_FcG` "Family, Given", `_dr` "Dr Family" ("Dr " is plain text), `_ph`, `_em`, `_st`, `_town`,
`_zip`, `_addr` (street, town, region, postcode), `_mrn`, `_plan`, `_user` (a staff login), `_dob_*`. Dates
`d1` (the visit) to `d4` in forms `_loc` (the country's numeric form), `_iso`, `_long` "March 14, 2024" /
"14 March 2024", `_md` "March 14" / "14 March". Pools of technical keep values are drawn per document
(`«gene1»`, `«org2»` ...).

Labelling policy (decided before any measurement):
- NAME: every name of a patient, relative AND clinician or other staff member (as probes 20, 22, 23 and 40
  label clinicians, i2b2-style), as written: full, given or family alone, "Dr Family" (the title is plain
  text), in capitals, "Family, Given".
- Not names (keep): eponyms of signs, tests, scales, stains and classifications (Babinski, Romberg, Lachman,
  McMurray, Simpson's biplane, Ziehl-Neelsen, Hoehn and Yahr, Salter-Harris, Weber B, Ellis, Gleason),
  manufacturer, vendor, brand, model and software names (all invented here except generic drug and organism
  names), cell lines and mouse strains, trial acronyms, hospitals and departments.
- ADDRESS: street lines and towns; ZIP: ZIP codes and postcodes. States, provinces and countries are plain text
  inside an address.
- DATE: every date of a person or of their care more specific than a year (visits, births, collection, report
  and implant dates; written dates whole, their year digits may stay). No template carries a date that is
  not about the patient (reagent expiry and similar are written as month/year-free lot codes or left out).
  AGE: 90 and over (the patient's or a relative's); ages under 90 are keep values.
- PHONE, EMAIL, MRN, HEALTH_PLAN (member IDs, NHS, provincial health-card and Medicare numbers).
- ID: numbers that point at this patient's records or specimens -- specimen / pathology / microbiology
  accession numbers, a trial subject (screening) number, an order or encounter number, a helpdesk ticket's
  patient encounter (CSN). DEVICE: the serial number of the patient's own implant or assigned device
  (pacemaker, ICD, DBS generator, home infusion pump, recalled implant). USERNAME: a staff member's login.
- Keep (must survive): genes, variants and HGVS strings, drugs, doses and regimens, brands, devices' makers,
  models, model numbers and catalogue (REF) numbers, lead names, scanner and analyser models and their serial
  numbers (equipment, not the patient), reagent and control lot numbers (a batch, not a person), organisms,
  antibiotics, MICs, stains, markers, scores, scales, signs and classifications, protocol IDs, NCT numbers,
  NDC codes, USP chapters, EHR module names, HL7 message types, interface and server hostnames, printer
  queues, helpdesk ticket numbers (they identify the ticket, not the patient), units and lab values, ages
  under 90, hospitals, departments, weekdays.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe41.ids import fill
from tests.engine.probe41.people import ADULT, COUNTRIES, K, P, Person, Slot, draw_person

__all__ = ["POOLS", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

# ---- technical keep pools (drawn per document; brands, trials, models and makers are invented) -------------

POOLS: dict[str, list[str]] = {
    "gene": ["EGFR exon 19 deletion", "EGFR L858R", "KRAS G12C", "TP53 p.R273H", "BRAF V600E", "PIK3CA H1047R",
             "ALK fusion", "MET exon 14 skipping", "ERBB2 amplification", "IDH1 R132H", "FGFR2 fusion", "NTRK1 fusion",
             "STK11 loss", "KEAP1 G333C", "RET fusion", "ROS1 rearrangement"],
    "odrug": ["osimertinib 80 mg", "sotorasib 960 mg", "pembrolizumab 200 mg", "nivolumab 480 mg", "olaparib 300 mg",
              "trastuzumab deruxtecan", "carboplatin AUC 5", "pemetrexed 500 mg/m2", "alectinib 600 mg", "capmatinib 400 mg",
              "selpercatinib 160 mg", "durvalumab 1500 mg"],
    "brand": ["Veltrana", "Orivexa", "Kestralta", "Zorvicla", "Dumentra", "Pellagrix", "Solvantra", "Tremzio", "Axilvane"],
    "trial": ["KESTREL-208", "PALISADE-14", "HALCYON-2", "MERIDIAN-512", "VANGUARD-Lung 3", "TIDEWATER-01", "CORONIS-7",
              "LODESTAR-301", "SENTINEL-IO 4"],
    "nct": ["NCT05518233", "NCT04922871", "NCT06103349", "NCT05387702", "NCT04770185", "NCT06241196"],
    "hgvs": ["NM_000059.4(BRCA2):c.5946delT (p.Ser1982ArgfsTer22)", "NM_000546.6(TP53):c.818G>A (p.Arg273His)",
             "NM_004333.6(BRAF):c.1799T>A (p.Val600Glu)", "NM_000249.4(MLH1):c.350C>T (p.Thr117Met)",
             "NM_007294.4(BRCA1):c.68_69del (p.Glu23ValfsTer17)", "NM_000251.3(MSH2):c.942+3A>T",
             "NM_024675.4(PALB2):c.3113G>A (p.Trp1038Ter)", "NM_000051.4(ATM):c.7271T>G (p.Val2424Gly)"],
    "scanner": ["Veritome Axion 3T", "Lumetra CT 256", "Veritome Solenne 1.5T", "Radiance Helix 128", "Lumetra Opaline MR 3T"],
    "rads": ["BI-RADS 4B", "LI-RADS LR-5", "PI-RADS 4", "TI-RADS TR4", "Lung-RADS 4A", "Bosniak IIF", "O-RADS 3"],
    "crm": ["Corvantis Solace DR MRI", "Ardentis Vigil VR ICD", "Heliotrope Cadenza CRT-D", "Corvantis Aurelle SR",
            "Ardentis Pulsara DR", "Heliotrope Brevis DR-T"],
    "lead": ["FlexiTine 4592-52", "Sentra Quad LV 4398", "Tethra RA 5076-45", "Durasense DF-4 6947", "Helix-Lock RV 3830"],
    "echo": ["LVEF 38% (Simpson's biplane)", "E/A 0.7", "E/e' 16", "TAPSE 14 mm", "RVSP 48 mmHg", "LVOT VTI 17 cm",
             "GLS -13%", "AVA 0.9 cm2 (continuity equation)", "LA volume index 46 mL/m2", "PASP 52 mmHg"],
    "stain": ["H&E", "PAS", "PAS-D", "Ziehl-Neelsen", "Grocott", "Congo red", "Masson trichrome", "Gram stain", "Perls' Prussian blue"],
    "marker": ["CD20", "CD3", "CD10", "BCL2", "BCL6", "MUM1", "Ki-67 80%", "CK7", "CK20", "TTF-1", "p40", "GATA3",
               "ER 95%", "PR 10%", "SOX10", "CDX2", "PAX8", "WT1", "p16"],
    "regimen": ["FOLFOX", "R-CHOP", "AC-T", "FOLFIRINOX", "FLOT", "CAPOX", "ABVD", "BEP", "Pola-R-CHP"],
    "org": ["Klebsiella pneumoniae", "Enterococcus faecium", "Candida auris", "Pseudomonas aeruginosa",
            "Staphylococcus aureus (MRSA)", "Escherichia coli (ESBL)", "Acinetobacter baumannii", "Enterobacter cloacae complex",
            "Stenotrophomonas maltophilia", "Streptococcus pneumoniae"],
    "abx": ["meropenem", "ceftazidime-avibactam", "vancomycin", "linezolid", "daptomycin", "piperacillin-tazobactam",
            "micafungin", "cefiderocol", "trimethoprim-sulfamethoxazole", "ciprofloxacin"],
    "score": ["APACHE II 24", "SOFA 9", "RASS -2", "CAM-ICU negative", "GCS E3V4M6", "Braden 12", "CPOT 3", "NEWS2 7",
              "qSOFA 2", "Murray score 2.5"],
    "sign": ["Babinski sign", "Romberg test", "Hoffmann's sign", "Lhermitte's sign", "Tinel's sign", "Phalen's test",
             "Dix-Hallpike", "Brudzinski's sign", "Kernig's sign", "Chvostek's sign"],
    "scale": ["NIHSS 7", "modified Rankin Scale 2", "Hoehn and Yahr stage 2.5", "MDS-UPDRS Part III 34", "MoCA 22/30",
              "Epworth 14", "EDSS 3.5", "ALSFRS-R 38", "Mini-Cog 3/5"],
    "module": ["Orchard Scheduling", "Lumen MAR", "Keystone Results Review", "BridgePoint Inbox", "Tesserae Chart Review",
               "Halyard ADT", "Quire Note Writer", "Cobalt Orders"],
    "hl7": ["ADT^A08", "ORU^R01", "ORM^O01", "SIU^S12", "MDM^T02", "ADT^A40", "VXU^V04"],
    "host": ["ehrprd-app07.corp.local", "hl7-ie-02.corp.local", "ctx-sf-04", "sql-rpt-11.corp.local", "ehrtst-web03",
             "lis-gw-01.lab.local", "pacs-arc-02"],
    "analyser": ["Chemora 8100", "Hemavance HX-550", "Coagix CS-25", "Immunova i2400", "Gasline ABG-9", "Uritrak U700"],
    "analyte": ["hs-troponin I", "ALT", "HbA1c", "TSH", "ferritin", "D-dimer", "procalcitonin", "lactate", "CRP"],
    "ndc": ["0338-0049-04", "0409-4888-02", "63323-0284-10", "0143-9876-25", "70860-0117-41", "25021-0158-67"],
    "csp": ["vancomycin 1.25 g in 250 mL 0.9% Sodium Chloride", "cefazolin 2 g in 100 mL D5W",
            "morphine 1 mg/mL PCA syringe 30 mL", "norepinephrine 8 mg in 250 mL 0.9% Sodium Chloride",
            "magnesium sulfate 2 g in 50 mL D5W", "fluorouracil 2400 mg/m2 elastomeric pump"],
    "cellline": ["HeLa", "HEK293T", "A549", "MCF-7", "PC-9", "NCI-H1975", "Jurkat E6-1", "U-87 MG", "HCT116"],
    "strain": ["C57BL/6J", "BALB/c", "NOD scid gamma", "NSG-SGM3", "FVB/N", "129S6/SvEv", "DBA/2J"],
    "antibody": ["anti-CD45 (clone 30-F11)", "anti-GAPDH (clone 6C5)", "anti-pERK1/2 (Thr202/Tyr204)", "anti-EGFR (clone D38B1)",
                 "anti-Ki-67 (clone SolA15)", "anti-beta-actin (clone AC-15)", "anti-PD-L1 (clone 28-8)"],
    "vendor": ["Norvane Biosciences", "Keldermann Scientific", "Tessaract Reagents", "Ophira Life Sciences", "Halvorsen BioTools"],
    "tooth": ["#19", "#30", "#14", "#3", "tooth 36", "tooth 46", "tooth 16", "UL6"],
    "dental": ["Miller class II", "Kennedy class II", "Angle class II div 1", "Black's class V", "Kennedy class III", "Angle class III"],
    "cdt": ["D2393", "D3330", "D2740", "D7140", "D4341", "D0220", "D2950"],
    "ortho": ["anterior drawer positive", "posterior sag sign negative", "dial test negative", "Ely test positive",
              "Ober test positive", "FABER positive", "Hawkins-Kennedy positive", "Neer sign positive", "Speed's test negative",
              "Finkelstein's test negative", "Trendelenburg sign negative", "Kellgren-Lawrence grade 3"],
    "dept": ["Cardiology", "Oncology", "Neurology", "Microbiology", "Biochemistry", "Haematology", "Radiology", "Orthopaedics"],
}  # fmt: skip

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS_US = ("us", "ca")


def date_forms(d: date, cc: str) -> dict[str, Slot]:
    us = cc in MONTHS_US
    return {
        "loc": P(
            "DATE", f"{d.month:02d}/{d.day:02d}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}"
        ),
        "iso": P("DATE", d.isoformat()),
        "long": P("DATE", f"{d:%B} {d.day}, {d.year}" if us else f"{d.day} {d:%B} {d.year}"),
        "md": P("DATE", f"{d:%B} {d.day}" if us else f"{d.day} {d:%B}"),
        "dmy": P("DATE", f"{d.day:02d}-{d:%b}-{d.year}".upper()),
    }


def person_slots(x: str, w: Person) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_NC": N(w.full.upper()),
        f"{x}_FcG": N(f"{w.family}, {w.given}"), f"{x}_FCG": N(f"{w.family.upper()}, {w.given}"), f"{x}_dr": ("Dr ", N(w.family)),
        f"{x}_drn": ("Dr ", N(w.full)), f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email),
        f"{x}_st": A(w.street), f"{x}_town": A(w.town), f"{x}_zip": P("ZIP", w.zip), f"{x}_addr": w.addr,
        f"{x}_mrn": P("MRN", w.mrn), f"{x}_plan": P("HEALTH_PLAN", w.plan),
        f"{x}_user": P("USERNAME", f"{w.given[0].lower()}{w.family.lower()}{len(w.family) % 10}"),
        f"{x}_She": "She" if w.female else "He", f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his",
        f"{x}_Her": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him", f"{x}_mr": "Mrs" if w.female else "Mr",
        f"{x}_kid": "daughter" if w.female else "son", f"{x}_sp": "wife" if w.female else "husband",
        f"{x}_par": "mother" if w.female else "father", f"{x}_sib": "sister" if w.female else "brother",
        f"{x}_sex": "F" if w.female else "M", f"{x}_sexw": "female" if w.female else "male",
    }  # fmt: skip
    for k, v in date_forms(w.dob, w.cc).items():
        s[f"{x}_dob_{k}"] = v
    return s


Y = 365
# the 90+ person of each kind: the patient ("p") or a relative ("q"/"r") whose age is written
OLD: dict[str, str] = {
    "tk41_echo_report": "p", "tk41_icu_handover": "p", "tk41_device_recall_letter": "p", "tk41_dental_chart_note": "p",
    "tk41_lab_analyser_error_log": "p", "tk41_microbiology_report": "p",
}  # fmt: skip


# the patient's sex where the text fixes it (a prostate MRI, a triple-negative breast cancer)
SEX_OF_PATIENT = {"tk41_radiology_protocol_report": False, "tk41_genomic_lab_report": True}


def base_slots(rng: random.Random, cc: str, kind: str) -> dict[str, Slot]:
    d1 = date(2023, 1, 9) + timedelta(days=rng.randrange(900))
    old = rng.randint(90, 102)
    used: set[str] = set()
    s: dict[str, Slot] = {}
    people: dict[str, Person] = {}
    for x in ("p", "q", "r", "c", "d", "e", "f"):
        female = SEX_OF_PATIENT.get(kind) if x == "p" else None
        people[x] = draw_person(
            rng, cc, used, d1, female=female, age_days=(40 * Y, 79 * Y) if x == "p" else ADULT
        )
        s.update(person_slots(x, people[x]))
    who = OLD.get(kind, "r")
    w = people[who]
    w.dob = d1 - timedelta(days=old * 365 + old // 4 + rng.randint(20, 340))
    s.update(person_slots(who, w))
    days = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(5, 45)), "d3": d1 - timedelta(days=rng.randint(3, 60)),
            "d4": d1 - timedelta(days=rng.randint(61, 700))}  # fmt: skip
    for key, d in days.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, cc).items()})
    s["old"] = P("AGE", str(old))
    # identifiers of this patient's records, specimens and devices
    s["acc"] = P("ID", fill(rng, rng.choice(["@@##-######", "@##-#####", "%#@@######"])))
    s["acc2"] = P("ID", fill(rng, rng.choice(["M##-#####", "%########", "@@%######"])))
    s["csn"] = P("ID", fill(rng, "%#########"))
    s["subj"] = P("ID", fill(rng, rng.choice(["%##-%###", "@@%-##-###"])))
    s["dev"] = P("DEVICE", fill(rng, rng.choice(["@@@%#####@", "%#######", "@@%######@@"])))
    # keep values
    c = COUNTRIES[cc]
    age = (d1 - people["p"].dob).days * 100 // 36525
    s["k_age"] = K(f"{age}-year-old")
    s["k_agey"] = K(f"{age} years")
    s["hosp"], s["hosp2"] = (K(h) for h in rng.sample(c.hospitals, 2))
    s["k_wd"] = K(rng.choice(WEEKDAYS))
    for pool, values in POOLS.items():
        for i, v in enumerate(rng.sample(values, 4), 1):
            s[f"{pool}{i}"] = K(v)
    s["tmb"] = K(f"TMB {rng.randint(2, 31)} mut/Mb")
    s["pdl1"] = K(f"PD-L1 TPS {rng.choice([0, 1, 5, 20, 50, 60, 80, 95])}%")
    s["lot"] = K(fill(rng, rng.choice(["LOT %#@###", "Lot %##%#@", "LOT @%####"])))
    s["lot2"] = K(fill(rng, rng.choice(["QC LOT %####", "Lot C%##%#"])))
    s["inst_sn"] = K(fill(rng, "SN %##-@@####"))
    s["ref"] = K(fill(rng, "REF %###-##"))
    s["ticket"] = K(fill(rng, "INC0%######"))
    s["protocol"] = K(fill(rng, "@@-%###-%0#"))
    s["p_planl"] = c.plan_label
    s["crm_maker"] = K(f"{str(s['crm1'].value).split()[0]} CRM")  # type: ignore[union-attr]
    s["state"] = K(rng.choice(c.regions))
    return s


# ---- templates -------------------------------------------------------------------------------------------

TUMOUR_BOARD = """MOLECULAR TUMOUR BOARD - «hosp» - ‹Thoracic Oncology› - «d1_long»
Chair: «c_dr» (‹Medical Oncology›). Presenting: «d_n», ‹Molecular Pathology›. Minutes: «e_n».

CASE 4 - «p_NC»   MRN «p_mrn»   DOB «p_dob_loc»   «p_planl»: «p_plan»
«k_age» never-smoker, ‹Stage IVA› lung ‹adenocarcinoma› (‹TTF-1› positive, ‹Napsin A› positive), diagnosed «d3_loc».
Address: «p_addr». Next of kin: «q_n» («p_her» partner), «q_ph». «p_Her» «r_par» «r_n», aged «old», lives with them.
NGS: ‹OncoSpan 523› on specimen «acc»: «gene1», co-mutation «gene2». «tmb», ‹MSS›, «pdl1».
Germline ‹HeredaPanel 84›: ‹BRCA2› wild type; ‹ATM› ‹VUS›, not actionable. ‹ctDNA› (‹Guardline 74›) concordant.
Prior therapy: «odrug1» x 4 cycles, best response ‹RECIST 1.1› ‹PR›; progression on ‹CT› «d4_loc».
Options: «odrug2»; or «trial1» («nct1») at «hosp2», which ‹ESMO› ‹ESCAT tier I› supports.
Recommendation: start «brand1» (generic «odrug3»); ‹dual-IO› combination deferred. ‹ECOG 1›.
Action: «e_g» to phone «p_g» on «p_ph» and e-mail «p_em». Re-present at ‹MDT› «d2_loc». Coordinator «f_n» («f_em»).
"""

GENOMIC_REPORT = """GENOMIC LABORATORY REPORT - «hosp» ‹Molecular Diagnostics›
Patient: «p_FCG»   Sex: «p_sex»   DOB: «p_dob_iso»   MRN: «p_mrn»   Lab no.: «acc»
Requesting clinician: «c_drn», ‹Clinical Genetics›   Copy: «d_dr»   Collected: «d3_iso»   Reported: «d1_iso»
Indication: «k_age» with ‹triple-negative breast cancer›; «p_her» «q_par» «q_n» had ‹BRCA1›-associated cancer; maternal grandmother, «old», alive.
Test: ‹HeredaPanel 84› (hybrid capture, ‹GRCh38›), sequenced on ‹SequaLine X9› with ‹GenoTrak v4.2› pipeline; ‹MLPA› for ‹CNV›.
RESULT: PATHOGENIC VARIANT DETECTED
  «hgvs1» - heterozygous - ‹ACMG› class 5 (‹PVS1›, ‹PM2›, ‹PP5›). ‹ClinVar› and ‹gnomAD› v4 reviewed.
Variant of uncertain significance: «hgvs2» (‹VUS›, ‹PM2_Supporting›), not used for management.
No reportable variants in ‹PALB2›, ‹CHEK2›, ‹RAD51C›, ‹CDH1›, ‹PTEN›. ‹Sanger› confirmation done.
Cascade testing offered to relatives: «r_n» («p_her» «r_sib», «r_ph») and «q_n» («q_em»).
Patient contact: «p_st», «p_town» «p_zip»; «p_ph».
Analysed by «e_n», ‹Clinical Scientist›; authorised by «f_drn», ‹FRCPath›, «d1_loc».
"""

RADIOLOGY = """DEPARTMENT OF ‹Radiology› - «hosp»
EXAM: ‹MRI› prostate, multiparametric (‹PI-RADS v2.1› protocol)   Scanner: ‹Lumetra Opaline MR 3T› (‹T2W›, ‹DWI› b1400, ‹ADC›, ‹DCE›)
Patient: «p_FcG»   MRN: «p_mrn»   DOB: «p_dob_loc»   Accession: «acc»   Date: «d1_loc»
Referrer: «c_dr», ‹Urology›. Implant check by «e_n»: ‹MR Conditional› sacral neuromodulator (serial «dev», implanted «d4_loc»), ‹SAR› limited to 2.0 W/kg.
Contrast: ‹gadobutrol› 7.5 mL. ‹PSA› 9.4 ng/mL, ‹PSA density› 0.21. Prior: «scanner1» study «d3_loc».
FINDINGS: 14 mm lesion left peripheral zone, mid gland: ‹PI-RADS 4›. Incidental ‹Bosniak IIF› left renal cyst; liver ‹LI-RADS LR-3›. «rads1» lesion reported elsewhere.
IMPRESSION: ‹PI-RADS 4›; recommend ‹MRI›-targeted biopsy (‹TRUS› fusion on ‹FuseTrak›). ‹Gleason› grading to follow.
Reported by «d_drn», ‹FRANZCR› / ‹ABR›. Patient contact «p_ph», «p_em»; lives with «q_n» («p_her» «q_sp», «q_ph») at «p_st», «p_town». «p_Her» «r_par», «r_n», is «old».
"""

DEVICE_CLINIC = """‹Cardiology› ‹Device Clinic› - «hosp» - «d1_long»
Patient: «p_n»   DOB «p_dob_loc»   MRN «p_mrn»   Physician: «c_dr»   Physiologist: «e_n»
Device: «crm1», serial «dev», made by «crm_maker», implanted «d4_loc» by «d_dr». Leads: «lead1» (‹RA›), «lead2» (‹RV›).
Mode ‹DDDR› 60/130, ‹AV delay› 180 ms. Battery 9.1 years to ‹ERI›. ‹RV pacing› 41%, ‹AP› 12%.
‹RA›: sensing 2.8 mV, threshold 0.75 V @ 0.4 ms, impedance 512 ohms. ‹RV›: ‹R-wave› 9.8 mV, threshold 1.0 V, impedance 640 ohms.
Events: 3 ‹AHRE› episodes (longest 6 h, «d3_md»), ‹AF burden› 3.2%; ‹CHA2DS2-VASc› 4, on ‹apixaban› 5 mg. ‹Mode switch› appropriate.
‹Holter› and ‹CardiaPatch 14-day› monitor reviewed; remote monitoring via ‹HomeLink Relay›; «crm2» not indicated.
Plan: ‹MRI›-conditional settings documented. Next remote download «d2_loc». ‹NYHA II›.
Contact: «p_ph», «p_em». Home: «p_addr». «p_Her» «q_kid» «q_n» («q_ph») drives; «r_n», «p_her» «r_par», «old», also on the clinic list.
"""

ECHO = """TRANSTHORACIC ECHOCARDIOGRAM - «hosp» ‹Echocardiography Laboratory›
Name: «p_NC»   ‹Age›: «old»   DOB: «p_dob_loc»   MRN: «p_mrn»   Study date: «d1_loc»   Machine: ‹Sonarix EX9›
Sonographer: «e_n»   Reporting cardiologist: «c_drn»   Referring: «d_dr»
Indication: ‹dyspnoea›, ‹NT-proBNP› 2140 ng/L. Image quality: fair; ‹Lumivue› contrast used for ‹LV opacification›.
LV: «echo1»; «echo2»; ‹LVIDd› 5.9 cm. Regional: ‹hypokinesis› ‹LAD› territory.
Diastology: «echo3», «echo4». ‹Grade II diastolic dysfunction›.
Valves: ‹aortic stenosis› moderate-severe, ‹Vmax› 3.9 m/s, mean gradient 36 mmHg, ‹DVI› 0.24; ‹mitral regurgitation› ‹Carpentier› type IIIb, ‹vena contracta› 0.5 cm.
RV: ‹TAPSE› and ‹S'› reduced; ‹Doppler› ‹RVSP› estimate limited. ‹IVC› 2.3 cm, <50% collapse.
Conclusion: ‹HFrEF› with ‹low-flow low-gradient› ‹AS›; ‹TAVI› work-up (‹CT› ‹TAVI› protocol) at «hosp2».
Next of kin: «q_n» («q_kid»), «q_ph», «q_em». Address «p_st», «p_town» «p_zip». Results sent «d2_loc».
"""

PATHOLOGY = """SURGICAL PATHOLOGY REPORT - «hosp» ‹Anatomical Pathology›
Accession: «acc»   Patient: «p_FcG»   MRN: «p_mrn»   DOB: «p_dob_loc»   Collected «d3_loc»   Received «d3_md»
Surgeon: «c_drn» (‹General Surgery›)   cc: «d_dr»
SPECIMEN: A. Right axillary lymph node, core biopsy; B. Skin punch, left forearm.
MICROSCOPY (A): sheets of large atypical lymphoid cells, diffuse pattern. «stain1» and «stain2»: no organisms. ‹Ziehl-Neelsen›: no acid-fast bacilli.
‹IHC›: ‹CD20› positive, ‹PAX5› positive, ‹CD10› negative, ‹BCL6› positive, ‹MUM1› positive (‹Hans algorithm›: non-‹GCB›), ‹BCL2› 90%, ‹MYC› 50%, ‹Ki-67› 85%. «marker1», «marker2» as expected.
‹EBER-ISH› negative. ‹FISH› (‹Cytora› break-apart probe): no ‹MYC› rearrangement.
(B): ‹H&E›: interface dermatitis; ‹PAS-D› negative for fungi; ‹Masson trichrome› not required.
DIAGNOSIS: ‹Diffuse large B-cell lymphoma›, ‹NOS›, non-‹GCB› type (‹WHO-HAEM5›). ‹Ann Arbor› staging pending ‹PET-CT›.
Verified by «f_drn», ‹FRCPA›, «d1_loc». Discussed with «c_dr» by phone. Block A2 sent to «hosp2» for ‹NGS›.
Patient: «p_addr»; «p_ph»; «p_em». «p_Her» «q_sp» «q_n» is ‹Enduring Power of Attorney›; «p_her» «r_par» «r_n», «old», lives with them.
"""

INFUSION = """‹Oncology Day Unit› - INFUSION FLOWSHEET - «hosp»
Patient: «p_NC»   MRN «p_mrn»   DOB «p_dob_loc»   «p_planl» «p_plan»   Date «d1_loc»
Regimen: «regimen1» ‹Cycle 3 Day 1› (previous «regimen2» stopped «d4_loc»). ‹BSA› 1.82 m2, ‹ECOG› 1, ‹CTCAE v5.0› neuropathy grade 1.
Consultant: «c_dr». Nurse: «e_n». Pharmacist check: «f_n».
08:40 ‹Implanted port› accessed (‹VitaPort› 8 Fr), flush ‹heparin› 500 units.
08:55 ‹ondansetron› 8 mg IV, ‹dexamethasone› 12 mg IV, ‹fosaprepitant› 150 mg.
09:30 ‹oxaliplatin› 85 mg/m2 in 500 mL ‹D5W› over 2 h; ‹leucovorin› 400 mg/m2.
11:40 ‹5-FU› bolus 400 mg/m2; ‹5-FU› 2400 mg/m2 over 46 h via ‹Infusa Ambit› home pump, serial «dev».
Labs: ‹ANC› 1.9, ‹PLT› 142, ‹Hb› 104 g/L, ‹CEA› 12.4. ‹DPYD› genotype: normal metaboliser.
Pump disconnect «d2_md» by ‹District Nursing› at «p_st», «p_town». Escort: «q_n» («q_ph»); emergency contact «r_n», «old», «r_ph».
Patient e-mail «p_em». Next cycle «d2_loc» (‹Cycle 4›).
"""

MICRO = """‹Microbiology› REPORT - «hosp» ‹Pathology Services›
Patient: «p_FCG»   ‹Age›: «old»   DOB: «p_dob_loc»   MRN: «p_mrn»   Ward: ‹ICU› Bed 6
Lab no.: «acc2»   Specimen: blood culture x2 (‹Culturex› aerobic/anaerobic) collected «d3_loc» 02:10   Requested by «c_dr»
Gram stain: ‹Gram-negative bacilli› in 1/2 sets, time to positivity 11 h. ‹MALDI-TOF› (‹Bactalis 3D›): «org1».
Susceptibility (‹CLSI M100›, ‹Microvex ID/AST›):
  «abx1»  R   |  «abx2»  S  (‹MIC› 0.5 mg/L)  |  ‹amikacin› S  |  ‹colistin› I
‹Carba-R› ‹PCR›: ‹KPC› detected, ‹NDM›, ‹OXA-48›, ‹VIM› not detected. Infection control («e_n», ‹IPC›) informed «d3_md».
Also: urine «org2» >10^8 CFU/L; rectal screen ‹VRE› (‹Enterococcus faecium›) positive.
Comment: discussed with «d_drn» (‹Infectious Diseases›), recommend «abx3» per ‹IDSA› guidance.
Reported «d1_loc» by «f_n», ‹Biomedical Scientist›. Results phoned to ward and to «p_her» «q_kid» «q_n» («q_ph») at patient's request.
Home address «p_addr». Contact «p_em».
"""

ICU = """‹ICU› HANDOVER (‹ISBAR›) - «hosp» ‹Intensive Care Unit› - Bed 14 - «d1_loc» 19:00
S: «p_NC», «old» y/o, MRN «p_mrn», DOB «p_dob_loc», day 4 ‹septic shock› / ‹ARDS›. Intensivist «c_dr»; outgoing nurse «e_n», incoming «f_n».
B: admitted «d3_loc» from «hosp2». ‹COPD› (‹GOLD› 3), ‹CKD› stage 3b.
A: «score1», «score2», «score3», «score4». ‹Glasgow Coma Scale› 10T. ‹RASS› target 0 to -1.
   Vent: ‹Pneumatix Ventra 900›, ‹VC-AC›, ‹PEEP› 10, ‹FiO2› 0.45, ‹P/F ratio› 168, ‹ARDSnet› low tidal volume.
   ‹noradrenaline› 0.12 mcg/kg/min, ‹vasopressin› 0.03 units/min, ‹MAP› > 65. ‹CRRT› (‹CVVHDF›), ‹citrate› anticoagulation.
   Micro: «org1» on ‹BAL›, on «abx1». ‹Propofol› and ‹fentanyl›; ‹CAM-ICU› check 2-hourly.
R: ‹SBT› if ‹FiO2› < 0.4. Family meeting «d2_md» 11:00 with «q_n» («p_her» «q_kid», «q_ph», «q_em») and «r_n».
Home: «p_st», «p_town». ‹ACP›: ‹NFR›/‹DNACPR› discussed with «d_dr».
"""

NEURO = """‹Neurology› Clinic Letter - «hosp» ‹Movement Disorders Clinic›
«d1_long»
Dear «d_dr»,
RE: «p_n», DOB «p_dob_loc», MRN «p_mrn», «p_addr»
I saw «p_g», a «k_age», with «p_her» «q_sp» «q_n», about ‹Parkinson's disease› (diagnosed 2016) with ‹DBS› (bilateral ‹STN›, ‹Neurovance Helios› generator serial «dev», implanted «d4_loc»).
Examination: «sign1» negative, «sign2» positive, ‹Romberg› negative, ‹Babinski› absent bilaterally, ‹Myerson's sign› present. ‹Hoehn and Yahr› stage 3; «scale1»; «scale2».
Medication: ‹levodopa-carbidopa› 25/100 five times daily, ‹LCIG› not indicated, ‹rasagiline› 1 mg. ‹LEDD› 780 mg.
‹MRI› brain (‹Veritome Axion 3T›): no ‹Lewy›-type changes beyond expected; ‹ioflupane› ‹SPECT› «d3_loc» reduced putaminal uptake.
Plan: ‹DBS› reprogramming with «e_n» (‹Clinical Nurse Specialist›) on «d2_md»; ‹MDS-UPDRS› at next visit; ‹Epworth› and ‹NMSQuest› questionnaires.
«p_Her» «r_par», «r_n», «old», has ‹Alzheimer's disease› and lives with them; «q_g» can be reached on «q_ph».
Yours sincerely, «c_drn», ‹Consultant Neurologist›. cc «p_n» («p_em»)
"""

HELPDESK = """‹Service Desk› ticket «ticket» - Priority ‹P2› - Assignment group: ‹EHR Clinical Apps›
Opened «d1_iso» 07:14 by «e_n» (login «e_user», ‹Ward 7B›, workstation ‹WS-7B-03›) via ‹TapLogin SSO› on ‹Citrix Workspace› («host1»)
Short description: «module1» shows wrong patient after ‹Halyard ADT› merge; «hl71» not processed
Details: Patient «p_NC» (MRN «p_mrn», CSN «csn», DOB «p_dob_iso») appears under the encounter of «q_FcG» (MRN «q_mrn») in «module2».
‹HL7› feed «hl72» from ‹Conduit Interface Engine› on «host2» queued 214 messages; ‹ACK› code ‹AE›, error ‹ERR-4012›.
Printing to ‹PRN-ICU4-01› fails with ‹Kerberos› error; ‹TapLogin› badge tap OK. ‹MFA› via ‹Keyward Verify› push.
Work notes: «f_n» («f_user») restarted ‹Conduit› channel ‹LAB_RESULTS_IN›, cleared ‹MSH-10› duplicates, reran ‹ADT^A40› merge.
Caller callback: «e_ph», «e_em». Patient's «r_par» «r_n» («old») phoned the ward at «r_ph» about the wrong letter sent to «p_st», «p_town».
Resolution: corrected in «module3»; ‹RCA› to ‹Clinical Safety Officer› «c_dr». ‹Change› ‹CHG0041127› raised for «d2_iso».
"""

ANALYSER_LOG = """‹LIS› EVENT LOG - «hosp» ‹Core Laboratory› - analyser «analyser1» («inst_sn», firmware ‹v7.4.2›)
«d1_iso» 03:12:07 WARN  «lot2» «analyte1» ‹Level 2› outside ‹Westgard› ‹1-3s› rule (‹Levey-Jennings› chart)
«d1_iso» 03:14:51 INFO  reagent «analyte1» «lot» loaded, calibration ‹CAL-OK›, ‹RGT› pack 2
«d1_iso» 03:20:33 ERROR sample «acc» («p_FCG», MRN «p_mrn», DOB «p_dob_iso») ‹H-index› 180: «analyte2» result withheld, ‹hemolysed›
«d1_iso» 03:21:02 INFO  ‹potassium› 6.8 mmol/L flagged ‹CRITICAL›; rerun on «analyser2» same value
«d1_iso» 03:26:40 INFO  critical result phoned to «e_n» (‹Ward 12›, ext 4471) by «f_n», read-back confirmed
«d1_iso» 03:40:11 WARN  ‹HL7› ‹ORU^R01› to ‹EHR› delayed via «host1», retry 2
«d1_iso» 04:02:19 INFO  add-on «analyte4» requested by «c_dr» for «p_NC», patient aged «old»
«d1_iso» 04:10:45 INFO  recollection booked «d2_md», ‹Outpatient Phlebotomy›; patient phone «p_ph», «p_em»
«d1_iso» 04:11:02 NOTE  ‹Home collection› address «p_st», «p_town» «p_zip»; «p_her» «q_kid» «q_n» («q_ph») present
"""

COMPOUNDING = """STERILE COMPOUNDING RECORD - «hosp» ‹Pharmacy› ‹Aseptic Unit› (‹USP <797>› / ‹USP <800>›)
Patient: «p_FcG»   MRN «p_mrn»   DOB «p_dob_loc»   Ward: ‹Oncology› 4   Prescriber: «c_dr»   Order no. «csn»
Preparation: «csp1» ‹Category 2 CSP›. ‹BUD› 9 days refrigerated.
Components: «ndc1» (‹NDC›) «lot»; diluent ‹0.9% Sodium Chloride› 250 mL ‹NDC› «ndc2»; ‹Sealock› closed-system transfer device (‹CSTD›).
Environment: ‹ISO Class 5› ‹PEC› (‹BSC Class II› type A2) in ‹ISO Class 7› buffer room; ‹gloved fingertip› sampling pass.
Compounded by «e_n» («e_user»); verified by «f_n», ‹RPh›; final check «d_n» on «d1_loc».
Label: «p_NC» | «csp2» | ‹Do not refrigerate› ignored (see ‹ISMP›) | deliver to «p_st», «p_town» (‹Home Infusion›).
Caregiver: «q_n» («q_ph»). Patient e-mail «p_em». «p_Her» «r_par» «r_n» («old») receives the same service.
"""

TRIAL = """‹Clinical Trials Unit› - ELIGIBILITY CHECKLIST - «hosp»
Protocol «protocol» («trial1», ‹Phase 3›, «nct1»)   Sponsor: ‹Kestrel Therapeutics›   ‹PI›: «c_dr»
Subject: «p_NC»   Screening no. «subj»   MRN «p_mrn»   DOB «p_dob_loc»   Consented «d3_loc» (‹ICF› v4.0) by «e_n»
Inclusion: 1 ‹histologically confirmed› «gene1» ‹NSCLC› - yes; 2 ‹RECIST 1.1› measurable disease - yes; 3 ‹ECOG 0-1› - yes (1);
  4 ‹ANC› 1.5 x 10^9/L or more - yes (2.3); 5 ‹eGFR› 45 or more (‹CKD-EPI›) - yes (61); 6 prior «odrug1» - yes.
Exclusion: ‹ILD›/pneumonitis - no; untreated ‹CNS› metastases - no (‹MRI› «d4_loc»); ‹QTcF› > 470 ms - no (438); ‹HBV›/‹HCV› - no.
Washout from «brand1» (14 days) completes «d1_md». Randomisation via ‹IWRS› (‹Tessera IRT›), arm ‹A› «odrug2» vs ‹B› ‹docetaxel›.
Source verified by «f_n» (‹CRA›, ‹Halden CRO›). ‹IRB›/‹HREC› approval ref ‹HREC/22/QRBW/418›.
Contact: «p_ph», «p_em», «p_st», «p_town». Travel support for «q_n» («p_her» «q_sp»); «p_her» «r_par» «r_n», «old», needs respite.
"""

NOTEBOOK = """ELN entry - ‹Translational Oncology Lab› - «hosp» - «d1_iso»
Author: «e_n»   Witness: «f_n»   PI: «c_dr»   Project ‹PDX-LUNG-07› (‹IACUC› ‹AUP-2291›, ‹HREC› consent)
Donor linkage (restricted, ‹Biobank› only): «p_NC», MRN «p_mrn», biopsy «acc» on «d3_loc», consenting clinician «d_dr»; donor contact «p_ph».
Cell culture: «cellline1» and «cellline2» in ‹DMEM› + 10% ‹FBS›, passage 14; «cellline3» in ‹RPMI-1640›. ‹Mycoplasma› ‹PCR›: negative.
Transfection: ‹TransKite 3000›, ‹CRISPR-Cas9› ‹sgRNA› targeting «gene1»; ‹puromycin› 2 ug/mL selection.
Western blot: «antibody1» 1:1000 and «antibody2» 1:5000 (‹Norvane Biosciences›, ‹Cat# NB-4471›, ‹RRID:AB_2893317›); loading ‹GAPDH›.
In vivo: «strain1» and «strain2» mice, n=8/arm, ‹PDX› passage P3 implanted «d4_iso»; dosing «odrug1» by ‹oral gavage›.
‹qPCR› (‹QuantiLume 96›): ‹ACTB› reference, ‹ddCt› method. ‹Flow cytometry› on ‹Cytavio Lumen 5L›: «antibody3».
Note: donor's «q_kid» «q_n» («q_em») asked about the study; donor's «r_par» «r_n», «old», co-signed. Shipping address of donor kit: «p_st», «p_town».
"""

RECALL = """«hosp» ‹Cardiology› - URGENT FIELD SAFETY NOTICE - patient letter
«d1_long»
«p_n»
«p_addr»
Dear «p_mr» «p_f»,
«crm_maker» has issued a ‹Class I› recall (‹FSN-2024-017›; ‹FDA›, ‹Health Canada›, ‹MHRA› and ‹TGA› notified) for the «crm1» model ‹AV-3310›, catalogue «ref», built between ‹lot range› ‹VG2207›-‹VG2311›.
Our records show your device, serial number «dev», implanted on «d4_loc» by «c_dr», is affected. The fault concerns premature battery depletion (‹ERI› alert) and is not related to your «lead1» lead.
What to do: keep your ‹HomeLink Relay› bedside monitor plugged in; attend ‹Device Clinic› on «d2_loc» («k_wd») at «hosp»; ‹MRI› scans remain ‹MR Conditional›.
You are «old» years of age and live alone, so we have also written to your «q_kid» «q_n» («q_em»).
Questions: ‹Device Clinic› nurse «e_n» on «e_ph», or the «crm_maker» patient line. Your hospital number is «p_mrn»; «p_planl» «p_plan».
Yours sincerely, «d_drn», ‹Electrophysiology›
"""

DENTAL = """DENTAL CHART NOTE - «hosp» ‹Oral and Maxillofacial Surgery› / ‹Special Care Dentistry›
Pt: «p_FcG»   DOB «p_dob_loc» («old» y/o)   Chart «p_mrn»   DOS «d1_loc»   Provider: «c_dr», ‹DDS›   Assist: «e_n»
CC: fractured «tooth1» after fall; ‹Ellis class II› «tooth2»; «dental1». Hx ‹bisphosphonate› (‹alendronate›), ‹MRONJ› risk.
Radiographs: ‹PA› and ‹BWX› (‹Radiolux S2› sensor), ‹CBCT› not indicated.
Tx: «tooth1» ‹MOD› composite ‹Duracomp Z3› shade ‹A2› («cdt1»); «tooth3» ‹MTA› pulpotomy («cdt2»); ‹IRM› temp on «tooth4».
Anesthetic: ‹Articaine 4% 1:100,000› 1.7 mL infiltration; ‹Lidocaine 2% 1:100,000› for block.
Perio: ‹Miller class I› mobility, ‹Glickman› grade II furcation; ‹CDT› «cdt3» planned.
Next: «d2_loc» (‹Oral Surgery›, «d_dr»). Pt lives with «q_kid» «q_n» («q_ph») at «p_st», «p_town»; send recall text to «p_ph».
‹Dentalcare PPO› claim «csn»; «p_planl» «p_plan». Email receipts «q_em».
"""

ORTHO = """‹Sports Medicine› Clinic - «hosp» - «d1_loc»
Patient: «p_n» («p_sexw», «k_age», ‹Tegner 7› before injury), MRN «p_mrn», DOB «p_dob_loc»   Clinician: «c_drn»   ‹Physiotherapist›: «e_n»
HPI: non-contact twisting injury right knee playing netball «d3_md»; ‹Ottawa knee rules› negative.
Exam: effusion 2+, ‹Lachman› grade 2 with soft endpoint, ‹pivot shift› grade 1, ‹McMurray› positive medially, ‹Thessaly› positive, ‹Apley› negative. ‹MCL› grade 1.
Also: left ankle ‹Weber B› fracture (2019, ‹ORIF›), healed. Son's wrist: ‹Salter-Harris II› - separate note.
Imaging: ‹MRI› (‹Lumetra Opaline MR 3T›): ‹ACL› complete tear, ‹Segond fracture›, medial meniscus bucket-handle; ‹Kellgren-Lawrence grade 1›; ‹Outerbridge grade II› patellar cartilage.
Scores: ‹Lysholm› 54, ‹KOOS› pain 58, ‹IKDC› 41, ‹Beighton 4/9›. «ortho1»; «ortho2».
Plan: ‹ACL› reconstruction (‹BTB› autograft) with «f_dr»; ‹Stridelock› hinged brace; ‹prehab› with «e_g». Listed «d2_loc».
Contact «p_ph», «p_em», «p_addr». Emergency: «q_n» («q_ph»). «p_Her» «r_par» «r_n» («old») is a fall risk at home.
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("tk41_molecular_tumour_board", ["au", "us"], "text", TUMOUR_BOARD),
    ("tk41_genomic_lab_report", ["gb", "ca"], "text", GENOMIC_REPORT),
    ("tk41_radiology_protocol_report", ["us", "au"], "text", RADIOLOGY),
    ("tk41_cardiac_device_clinic", ["gb", "us"], "text", DEVICE_CLINIC),
    ("tk41_echo_report", ["ca", "gb"], "text", ECHO),
    ("tk41_surgical_pathology", ["au", "ca"], "text", PATHOLOGY),
    ("tk41_infusion_flowsheet", ["gb", "au"], "text", INFUSION),
    ("tk41_microbiology_report", ["us", "gb"], "text", MICRO),
    ("tk41_icu_handover", ["au", "ca"], "text", ICU),
    ("tk41_neurology_clinic_letter", ["gb", "us"], "text", NEURO),
    ("tk41_ehr_helpdesk_ticket", ["us", "ca"], "text", HELPDESK),
    ("tk41_lab_analyser_error_log", ["ca", "au"], "text", ANALYSER_LOG),
    ("tk41_sterile_compounding_record", ["us", "ca"], "text", COMPOUNDING),
    ("tk41_trial_eligibility_checklist", ["au", "gb"], "text", TRIAL),
    ("tk41_research_lab_notebook", ["us", "gb"], "text", NOTEBOOK),
    ("tk41_device_recall_letter", ["ca", "us"], "text", RECALL),
    ("tk41_dental_chart_note", ["us", "au"], "text", DENTAL),
    ("tk41_sports_ortho_clinic", ["au", "gb"], "text", ORTHO),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    cc = locs[index % len(locs)]
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe41:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, cc, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, cc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
