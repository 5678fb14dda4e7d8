# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-ninth independent probe corpus: radiology and imaging text from the United States, Canada, the
United Kingdom, Australia and India -- reports, teleradiology reads, DICOM dumps, worklists, HL7 messages,
call logs, letters and QA logs as radiology departments, PACS / RIS systems and imaging centres write them,
with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a CT report with contrast and dose (US, Australia),
an MRI report (UK, Canada), an ultrasound report (India with the PCPNDT declaration, US), a chest X-ray
report (Australia, UK; patients aged 90+), a screening mammography report with BI-RADS (US, Canada), a
teleradiology preliminary read with the final addendum (US, India), a DICOM SR dump (dcmdump style; US,
UK), a DICOM header in the DICOM JSON model (Australia, Canada), a modality worklist listing (US, India;
four patients), a PACS / RIS exam queue (UK, Australia; four patients), an HL7 v2 ORM imaging order (US,
Canada), an HL7 v2 ORU imaging result (US, Australia), a critical-result call log (US, UK), a mammography
recall letter (UK NHS Breast Screening, BreastScreen Australia), a breast biopsy appointment letter (US,
Canada), an imaging prior-authorisation request (US), a peer-review / discrepancy log (US, Australia) and a
technologist's contrast-reaction note (India, Canada).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient, `r` a relative / emergency
contact, `d` the referrer, `e` the reporting radiologist, `q` a second radiologist (over-reader, attending),
`t` the technologist / radiographer / sonographer, `n` a nurse or clerk, `x` `y` `z` other patients of a
worklist or queue. Forms: `_n` "Given Family", `_g` given, `_g1` its first word, `_f` family, `_NC` capitals,
`_lf` "Family, Given", `_LF` "FAMILY, GIVEN", `_i` "G. Family", `_pn` the DICOM / HL7 person name
FAMILY^GIVEN (each component its own value), `_ph`, `_em`, `_line`, `_town`, `_pc`, `_addr`, `_region`
(keep), `_dob` (the country's order), `_dobdcm` YYYYMMDD, `_age` (keep, under 90), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, referrers, radiologists, residents, technologists,
  radiographers, sonographers, nurses, clerks, call recipients -- in every shape: full, given or family
  alone, capitals, "Family, Given", an initial + family ("C. Hutto": the initial is inside the value), the
  components of a DICOM PN / HL7 XPN ("HUTTO^CLARABELLE": family and given are two values, the caret plain
  text). Titles, credentials and role words (Dr, Dr., Mrs, MD, FRCR, FRANZCR, RT(R), RDMS, RN, DMRD) are plain.
- ADDRESS: street lines (with flat / unit / apartment / door and plot numbers), towns and localities. ZIP: US
  ZIP codes, Canadian and UK postcodes, Australian postcodes and Indian PIN codes.
- States, provinces, the UK's nations, Australian states, Indian states and countries are keep when written
  alone and plain text inside an address (state / province abbreviations plain).
- DATE: every date more specific than a year (birth, exam, order, report, call, appointment, prior study),
  in every form: 03/14/2024, 14/03/2024, 14-Mar-2024, 14 March 2024, March 14, 2024, 2024-03-14, the
  DICOM DA 20240314 and the HL7 TS 202403141522 (the whole timestamp is the value). Years alone keep.
  AGE: 90 and over (also the DICOM AS "092Y"); ages under 90 keep.
- PHONE (a clinician's direct line or pager too), EMAIL of any person. URL: a PACS viewer link carrying a
  study token. IP: a modality's or a reading workstation's address.
- SSN: US social security numbers. ID: accession numbers, study / series / SOP instance UIDs of the
  patient's study (an organisation root that embeds the study date, or a 2.25 UUID-derived UID), HL7 placer
  / filler order numbers, prior-authorisation and reference numbers, NHS numbers, Aadhaar numbers, PCPNDT
  Form F serials, peer-review case numbers. MRN: medical record, UR, hospital, UHID and patient ID numbers.
  ACCOUNT: visit / billing account numbers. HEALTH_PLAN: US insurance member IDs, Medicare (US MBI,
  Australian Medicare), Canadian health card numbers, ABHA numbers. LICENSE: NPI, GMC, AHPRA, CPSO / CMQ,
  state medical council, ARRT, HCPC and CAMRT numbers. DEVICE: scanner and coil serial numbers.
- Keep (must survive): hospital, imaging-centre and radiology-group names, scanner models and software
  versions, contrast agents and volumes, dose values (CTDIvol, DLP, mGy, mSv), measurements, BI-RADS,
  LI-RADS, TI-RADS, RADPEER scores, CPT / HCPCS, ICD-10 and RadLex codes, DICOM SOP class and transfer
  syntax UIDs, body parts and sequences, first-level regions and countries alone, ages under 90, years.
- Not scored (plain text): titles, role words and credentials, form and DICOM tag labels, AE titles,
  station names, department switchboards, times, room numbers, weights, heights, vitals, kV / mAs.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe59 import ids
from tests.engine.probe59.people import LOCS, NAMES, K, P, Person, Slot, address, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

CENTRES = {
    "US": ["Magnolia Regional Medical Center", "Piedmont Valley Imaging", "Tri-County Diagnostic Imaging", "Sweetwater Memorial Hospital"],
    "CA": ["Hôpital régional des Érables", "Lakeshore Health Imaging", "Centre de santé Baie-des-Phoques", "Fundy Shore Regional Hospital"],
    "GB": ["West Moors General Hospital", "Carrick Community Diagnostic Centre", "Calder Vale Hospital", "Penwith Imaging Centre"],
    "AU": ["Riverina Medical Imaging", "Coral Coast Radiology", "Gippsland Base Hospital", "Darling Downs Imaging"],
    "IN": ["Sparsh Diagnostic Centre", "Sri Venkateshwara Scan Centre", "Aarogya Imaging & Diagnostics", "Nirmala Multispeciality Hospital"],
}  # fmt: skip
GROUPS = {"US": ["NightWatch Teleradiology", "Southern Radiology Partners"], "IN": ["TeleScan Reporting Hub", "RadNet Reporting Services India"],
          "CA": ["Atlantic Imaging Consultants"], "GB": ["Everlight Reporting"], "AU": ["Outback Telerad"]}  # fmt: skip
CT = ["SOMATOM go.Top", "Revolution EVO", "Aquilion Prime SP", "Incisive CT", "SOMATOM Definition Edge"]
MR = ["MAGNETOM Sola 1.5T", "SIGNA Pioneer 3T", "Ingenia Ambition 1.5T", "Vantage Orian 1.5T"]
US_MACH = ["LOGIQ E10", "EPIQ Elite", "Aplio i800", "Voluson E8", "ACUSON Sequoia"]
MAMMO = ["Selenia Dimensions", "Senographe Pristina", "MAMMOMAT Revelation", "3Dimensions"]
XR = ["Ysio Max", "DigitalDiagnost C90", "Discovery XR656", "CXDI-710C"]
CONTRAST_CT = ["Omnipaque 350, 100 mL", "Visipaque 320, 80 mL", "Isovue-370, 90 mL", "Ultravist 300, 100 mL", "Iomeron 350, 95 mL"]
CONTRAST_MR = ["Gadavist 7.5 mL", "Dotarem 15 mL", "ProHance 15 mL", "Clariscan 14 mL"]
CPT = {"ct": ["74177", "71260", "74178"], "mr": ["70553", "73721", "72148"], "us": ["76700", "76856", "76805"], "xr": ["71046", "71045"],
       "mammo": ["77067", "77063"], "bx": ["19083", "19081"]}  # fmt: skip
ICD = ["R10.31", "R10.9", "K80.20", "N20.0", "R91.1", "C34.11", "R92.8", "N63.20", "M54.50", "G43.909", "K76.0", "R59.0", "I26.99"]
RADLEX = ["RPID144", "RPID16", "RPID145", "RPID2408", "RPID643"]


def dates(d: date, loc: str) -> dict[str, Slot]:
    us = loc in ("US", "CA")
    return {"": P("DATE", f"{d:%m/%d/%Y}" if loc == "US" else f"{d:%Y-%m-%d}" if loc == "CA" else f"{d:%d/%m/%Y}"),
            "dcm": P("DATE", f"{d:%Y%m%d}"), "iso": P("DATE", d.isoformat()),
            "long": P("DATE", f"{d:%B} {d.day}, {d.year}" if us else f"{d.day} {d:%B} {d.year}"),
            "mon": P("DATE", f"{d.day:02d}-{d:%b}-{d.year}"), "short": P("DATE", f"{d:%m/%d/%y}" if loc == "US" else f"{d:%d/%m/%y}"),
            "dm": P("DATE", f"{d:%b} {d.day}" if us else f"{d.day} {d:%b}")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date, loc: str) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    dob = dates(w.dob, loc)
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_g1": N(w.first), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_NC": N(w.full.upper()), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family}, {w.given}".upper()),
        f"{x}_i": N(f"{w.given[0]}. {w.family}"), f"{x}_pn": (N(w.family.upper()), "^", N(w.given.upper())),
        f"{x}_pnc": (N(w.family), "^", N(w.given)),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w),
        f"{x}_region": K(w.region), f"{x}_st": w.region, f"{x}_dob": dob[""], f"{x}_dobdcm": dob["dcm"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"],
        f"{x}_dobmon": dob["mon"], f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_as": P("AGE", f"{age:03d}Y") if age >= 90 else K(f"{age:03d}Y"),
        f"{x}_sex": "F" if w.female else "M", f"{x}_sexw": "female" if w.female else "male", f"{x}_mrs": "Mrs" if w.female else "Mr",
        f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his",
    }  # fmt: skip


Y = 365
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "rad59_chest_xray_report": {"p": (90 * Y + 30, 99 * Y)},
    "rad59_critical_result_call_log": {"p": (90 * Y + 30, 97 * Y)},
    "rad59_modality_worklist": {"y": (90 * Y + 30, 96 * Y)},
    "rad59_pacs_ris_exam_queue": {"z": (90 * Y + 30, 98 * Y)},
    "rad59_screening_mammo_birads": {"p": (42 * Y, 74 * Y)},
    "rad59_mammo_recall_letter": {"p": (50 * Y, 70 * Y)},
    "rad59_breast_biopsy_letter": {"p": (38 * Y, 76 * Y)},
    "rad59_ultrasound_report": {"p": (21 * Y, 36 * Y)},
}
FEMALE = {"rad59_screening_mammo_birads", "rad59_mammo_recall_letter", "rad59_breast_biopsy_letter", "rad59_ultrasound_report"}
URL_HOST = {"US": "magnoliarad.org", "CA": "fundyimaging.ca", "GB": "westmoors.nhs.example", "AU": "rivimaging.com.au", "IN": "sparshdx.in"}
UID_ROOT = {"US": "1.2.840.113711.4.2", "CA": "1.2.124.113532.7", "GB": "1.2.826.0.1.3680043.9.7133", "AU": "1.2.36.1.2001.1005.55", "IN": "1.2.356.110.42"}


def licences(rng: random.Random, loc: str) -> tuple[str, str]:
    """(physician licence, technologist licence) as the country writes them."""
    return {
        "US": (ids.npi(rng), fill(rng, "%######")),
        "CA": (fill(rng, "%####"), fill(rng, "%#####")),
        "GB": (fill(rng, "%######"), fill(rng, "RA%#####")),
        "AU": (fill(rng, "MED000%######"), fill(rng, "MRP000%######")),
        "IN": (fill(rng, "%####"), fill(rng, "%####")),
    }[loc]


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    ages = AGES.get(kind, {})
    ppl: dict[str, Person] = {}
    p = draw_person(rng, loc, used, d1, female=True if kind in FEMALE else None, age_days=ages.get("p", (24 * Y, 84 * Y)))
    ppl["p"] = p
    spouse = rng.random() < 0.5
    ppl["r"] = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if spouse else None, home=p,
                           female=not p.female if spouse else None, age_days=(20 * Y, 80 * Y))  # fmt: skip
    for x in ("d", "e", "q", "t", "n"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 66 * Y))
    for x in ("x", "y", "z"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=ages.get(x, (18 * Y, 86 * Y)))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, loc_code))
    r = ppl["r"]
    s["r_rel"] = ("wife" if r.female else "husband") if spouse else rng.choice(["daughter", "sister", "niece"] if r.female else ["son", "brother", "nephew"])
    for x in ("d", "e", "q"):
        lic, _ = licences(rng, loc_code)
        s[f"{x}_lic"] = P("LICENSE", lic)
        s[f"{x}_dr"] = "Dr" if loc_code in ("GB", "AU") else "Dr."
    s["t_lic"] = P("LICENSE", licences(rng, loc_code)[1])
    s["n_lic"] = P("LICENSE", licences(rng, loc_code)[1])
    d0 = d1 - timedelta(days=rng.randint(2, 20))
    d2 = d1 + timedelta(days=rng.randint(1, 6))
    d3 = d1 - timedelta(days=rng.randint(90, 700))
    d4 = d1 + timedelta(days=rng.randint(10, 40))
    for key, d in {"d0": d0, "d1": d1, "d2": d2, "d3": d3, "d4": d4}.items():
        s.update({f"{key}_{k}" if k else key: v for k, v in dates(d, loc_code).items()})
    hh, mm = rng.randint(7, 22), rng.randint(0, 59)
    s["ts1"] = P("DATE", f"{d1:%Y%m%d}{hh:02d}{mm:02d}")
    s["ts1s"] = P("DATE", f"{d1:%Y%m%d}{hh:02d}{mm:02d}{rng.randint(0, 59):02d}")
    s["ts0"] = P("DATE", f"{d0:%Y%m%d}{rng.randint(8, 17):02d}{rng.randint(0, 59):02d}")
    s["ts2"] = P("DATE", f"{d2:%Y%m%d}{rng.randint(8, 17):02d}{rng.randint(0, 59):02d}")
    s["time"] = f"{hh:02d}:{mm:02d}"
    s["time2"] = f"{(hh + 1) % 24:02d}:{(mm + 17) % 60:02d}"
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    mrn_pats = {"US": ("%#######", "MR%######", "E%#######"), "CA": ("%######", "HR%######"), "GB": ("@%######", "RJ%#####", "K%######"),
                "AU": ("%######", "UR%######"), "IN": ("UHID%#########", "NMH/%##/%#####", "%########")}[loc_code]  # fmt: skip
    for k in ("mrn", "mrn_x", "mrn_y", "mrn_z"):
        s[k] = F("MRN", *mrn_pats)
    for k in ("acc", "acc2", "acc_x", "acc_y", "acc_z", "acc_prior"):
        s[k] = F("ID", "%##########", f"CT{d1:%y}%######", "ACC%#######", f"{d1:%y%m%d}%####", "RA%########")
    root = UID_ROOT[loc_code]
    s["study_uid"] = P("ID", ids.uid_org(rng, root, f"{d1:%Y%m%d}"))
    s["series_uid"] = P("ID", ids.uid_org(rng, root + ".2", f"{d1:%Y%m%d}"))
    s["sop_uid"] = P("ID", ids.uid_225(rng))
    s["uid225"] = P("ID", ids.uid_225(rng))
    s["uid225b"] = P("ID", ids.uid_225(rng))
    s["placer"] = F("ID", "ORD%#######", "%#########", "PL%######")
    s["filler"] = F("ID", "RIS%#######", "F%########")
    s["auth"] = F("ID", "A%#########", "PA-%######", "%###-%###-%###")
    s["ref"] = F("ID", "REF-%######", "%#######", "CR-%#####")
    s["case"] = F("ID", f"PR-{d1.year}-%###", "QA%#####", "DISC-%####")
    s["formf"] = F("ID", "F/%###/" + str(d1.year), "PNDT-%#####")
    s["acct"] = F("ACCOUNT", "%#########", "V%########", "HAR%#######")
    s["serial"] = F("DEVICE", "SN %#####", "%######", "@@%#####", "SN-%####-@")
    s["serial2"] = F("DEVICE", "SN %#####", "%######", "@@%#####")
    s["ip"] = P("IP", f"10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}")
    s["ip2"] = P("IP", f"172.{rng.randint(16, 31)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}")
    s["url"] = P("URL", f"https://{rng.choice(['pacs', 'viewer', 'imagelink'])}.{URL_HOST[loc_code]}/share/"
                 + fill(rng, rng.choice(["@@%#@#%@@#", "s/%#######@@", "v?t=@%@%#@%#&u=%#####"])))  # fmt: skip
    # national / health-plan numbers
    if loc_code == "US":
        s["nid"] = P("SSN", fill(rng, "^##-%#-####"))
        s["plan"] = F("HEALTH_PLAN", "@@@%########", "%##########", "W%########", "ZGP%#######")
        s["mbi"] = P("HEALTH_PLAN", fill(rng, "%@@%-@@%-@@%%").replace("O", "P").replace("I", "J"))
    elif loc_code == "CA":
        s["nid"] = P("HEALTH_PLAN", ids.ontario_hcn(rng) if p.region == "Ontario" else fill(rng, "%## ### ###") if p.region != "Québec" else fill(rng, f"{p.family[:3].upper()}{p.given[0].upper()} %### %###"))
        s["plan"] = s["nid"]
        s["mbi"] = s["nid"]
    elif loc_code == "GB":
        s["nid"] = P("ID", ids.nhs_number(rng))
        s["plan"] = s["nid"]
        s["mbi"] = s["nid"]
    elif loc_code == "AU":
        s["nid"] = P("HEALTH_PLAN", ids.medicare_au(rng))
        s["plan"] = s["nid"]
        s["mbi"] = F("HEALTH_PLAN", "%########", "DVA Q%######")
    else:
        s["nid"] = P("ID", ids.aadhaar_like(rng))
        s["plan"] = P("HEALTH_PLAN", fill(rng, "91-%###-####-####"))
        s["mbi"] = s["plan"]
    s["nid_label"] = {"US": "SSN", "CA": "Health card", "GB": "NHS No.", "AU": "Medicare No.", "IN": "Aadhaar"}[loc_code]
    # keep values
    s["hosp"] = K(rng.choice(CENTRES[loc_code]))
    s["hosp2"] = K(rng.choice([c for c in CENTRES[loc_code] if c != s["hosp"].value]))
    s["group"] = K(rng.choice(GROUPS[loc_code]))
    s["ct"] = K(rng.choice(CT))
    s["mr"] = K(rng.choice(MR))
    s["usm"] = K(rng.choice(US_MACH))
    s["mammo"] = K(rng.choice(MAMMO))
    s["xr"] = K(rng.choice(XR))
    s["contrast"] = K(rng.choice(CONTRAST_CT))
    s["gad"] = K(rng.choice(CONTRAST_MR))
    s["ctdi"] = K(f"CTDIvol {rng.randint(45, 189) / 10:.1f} mGy")
    s["dlp"] = K(f"DLP {rng.randint(280, 1190)} mGy·cm")
    s["msv"] = K(f"{rng.randint(30, 160) / 10:.1f} mSv")
    for k, v in CPT.items():
        s[f"cpt_{k}"] = K(rng.choice(v))
    s["icd"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["radlex"] = K(rng.choice(RADLEX))
    s["m1"] = K(f"{rng.randint(11, 48) / 10:.1f} x {rng.randint(8, 39) / 10:.1f} cm")
    s["m2"] = K(f"{rng.randint(4, 19)} mm")
    s["m4"] = K(f"{rng.randint(4, 19)} mm")
    s["m3"] = K(f"{rng.randint(21, 96)} mm")
    s["birads"] = K(rng.choice(["BI-RADS 4A", "BI-RADS 4B", "BI-RADS 0", "BI-RADS 4C"]))
    s["lirads"] = K(rng.choice(["LR-4", "LR-5", "LR-3"]))
    s["tirads"] = K(rng.choice(["TI-RADS 3", "TI-RADS 4"]))
    s["radpeer"] = K(rng.choice(["RADPEER 2a", "RADPEER 2b", "RADPEER 3b"]))
    s["radpeer2"] = K(rng.choice(["Score 2b", "Score 3a"]))
    s["density"] = K(rng.choice(["heterogeneously dense (C)", "scattered fibroglandular (B)", "extremely dense (D)"]))
    s["ga"] = K(f"{rng.randint(11, 36)} weeks {rng.randint(0, 6)} days")
    s["efw"] = K(f"{rng.randint(900, 3100)} g")
    s["ver"] = K(rng.choice(["syngo.via VB60", "Centricity RIS-IC 10.4", "Sectra PACS 25.1", "Visage 7.1.18", "PowerScribe One 2023.1"]))
    s["sop_ct"] = K("1.2.840.10008.5.1.4.1.1.2")
    s["sop_sr"] = K(rng.choice(["1.2.840.10008.5.1.4.1.1.88.33", "1.2.840.10008.5.1.4.1.1.88.22"]))
    s["sop_mr"] = K("1.2.840.10008.5.1.4.1.1.4")
    s["ts_uid"] = K(rng.choice(["1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.70"]))
    s["year"] = K(f"FY{d1.year}")
    s["country"] = K(loc.country)
    s["weight"] = f"{rng.randint(48, 118)} kg"
    return s


CT_REPORT = """«hosp» — Department of Radiology
COMPUTED TOMOGRAPHY REPORT
Patient: «p_LF»        MRN: «mrn»        DOB: «p_dob» («p_age» y)        Sex: «p_sex»
Accession: «acc»       Exam date: «d1» «time»       Ordering: «d_dr» «d_n» (NPI «d_lic»)
Exam: ‹CT ABDOMEN AND PELVIS WITH IV CONTRAST› (CPT «cpt_ct»)
Scanner: «ct» (serial «serial»)      Contrast: «contrast» IV, no immediate reaction.
Dose: «ctdi», «dlp» (est. effective dose «msv»).      Technologist: «t_n»
CLINICAL INDICATION: Right lower quadrant pain, leukocytosis. «icd».
COMPARISON: CT abdomen «d3» (accession «acc_prior»).
FINDINGS:
Liver: Normal size. A «m2» hypodensity in segment 7 is too small to characterise. No biliary dilatation.
Appendix: Dilated to «m3» with periappendiceal fat stranding; ‹appendicolith›. No free air.
Kidneys: Non-obstructing «m4» calculus lower pole left kidney. Adrenals and pancreas normal.
Lymph nodes: Reactive ‹ileocolic nodes› up to «m2» short axis.
IMPRESSION:
1. ‹Acute uncomplicated appendicitis›.
2. Incidental left ‹nephrolithiasis›.
Findings discussed by telephone with «d_dr» «d_f» at «time2» on «d1_long»; read back confirmed.
Electronically signed: «e_dr» «e_n», MD — «d1» «time2»
"""

CT_REPORT_AU = """«hosp»
‹CT CHEST / ABDOMEN / PELVIS› — REPORT
Name: «p_n»     UR: «mrn»     D.O.B.: «p_dob»     Medicare: «nid»
Address: «p_addr»
Referring: «d_dr» «d_n», «d_ph» (Provider No. «d_lic»)     Copy to: «q_dr» «q_n»
Date of service: «d1_long»     Accession: «acc»     Item: ‹56807›
Technique: «ct», helical acquisition after «contrast» (portal venous). «ctdi»; «dlp».
Radiographer: «t_n» (AHPRA «t_lic»).
History: Weight loss, iron-deficiency anaemia. Known «icd».
Findings: «m1» spiculated mass in the right upper lobe abutting the oblique fissure. Ipsilateral hilar
node «m2». No ‹pleural effusion›. Liver: «lirads»-like arterial-phase lesion segment 6, «m2», indeterminate on
this single-phase study. Kidneys, adrenals and bowel unremarkable. Bones: no destructive lesion.
Conclusion: ‹Right upper lobe mass› with ‹hilar adenopathy›, highly suspicious for primary lung malignancy.
Recommend ‹PET-CT› and respiratory referral. Compared with «d3».
Reported by «e_dr» «e_n» FRANZCR, «d1_long» «time2». Images: «url»
"""

MRI_REPORT = {
    "GB": """«hosp» — Radiology Department
‹MRI HEAD WITH AND WITHOUT CONTRAST›
Name: «p_NC»      Hospital No: «mrn»      NHS No: «nid»      DOB: «p_dob»
Address: «p_addr»
Referrer: «d_dr» «d_n», Neurology (GMC «d_lic»)     Examination date: «d1»     Accession: «acc»
Scanner: «mr» — head/neck 20-channel coil (serial «serial»)
Sequences: sagittal T1, axial ‹T2›, ‹FLAIR›, ‹DWI/ADC›, SWI, post-contrast 3D T1 after «gad».
Radiographer: «t_n» (HCPC «t_lic»)
Clinical details: New left-sided headaches for six weeks, ‹papilloedema› on fundoscopy. «icd».
Findings: «m3» extra-axial dural-based enhancing lesion over the left frontal convexity with a dural
tail and mild adjacent ‹vasogenic oedema›. No midline shift. Ventricles normal. No restricted diffusion.
Conclusion: Appearances most in keeping with a ‹convexity meningioma›. Neurosurgical MDT referral advised.
Reported by «e_dr» «e_n» FRCR on «d2_long»; second read «q_dr» «q_i». Results copied to GP «n_n», «n_ph».
""",
    "CA": """«hosp» — Service d'imagerie médicale / Medical Imaging
‹MRI RIGHT KNEE WITHOUT CONTRAST›
Patient: «p_LF»      Chart #: «mrn»      Health card: «nid»      DOB: «p_dob»
Address: «p_addr»      Tel: «p_ph»
Requesting physician: «d_dr» «d_n» (CPSO/CMQ «d_lic»)      Exam: «d1»      Accession: «acc»
Scanner: «mr», 16-channel knee coil (serial «serial»)      MRT: «t_n» (CAMRT «t_lic»)
History: Twisting injury playing hockey «d3», locking and medial joint-line pain. «icd».
Findings: Complex tear of the posterior horn of the medial meniscus extending to the inferior articular
surface, with a «m2» displaced flap in the intercondylar notch. ‹ACL intact›. ‹Grade 2 MCL sprain›.
Moderate joint effusion. Bone bruise of the lateral femoral condyle measuring «m1».
Impression: ‹Displaced medial meniscal tear›. Orthopaedic referral suggested.
Dictated by «e_dr» «e_n», FRCPC — «d2» «time2». Transcribed by «n_n».
""",
}

US_REPORT = {
    "IN": """«hosp»
‹OBSTETRIC ULTRASOUND› REPORT                         Form F serial: «formf»
Name: «p_NC»      Age: «p_age» yrs      W/o: «r_n»
UHID: «mrn»      Aadhaar: «nid»      ABHA: «plan»
Address: «p_line», «p_town», «p_st» - «p_pc»      Mobile: «p_ph»
Referred by: «d_dr» «d_n», MS (OBG), Reg. No. «d_lic»      Date: «d1_mon»
Machine: «usm» (serial «serial»)      LMP: «d3»
Findings: Single live intrauterine fetus in ‹cephalic presentation›. ‹FHR 148 bpm›. Placenta posterior,
grade I. Liquor adequate (AFI «m3»). BPD, HC, AC and FL correspond to «ga». EFW «efw».
No gross anomaly seen at this gestation.
Impression: ‹Single live intrauterine gestation› of «ga».
DECLARATION (‹PC&PNDT Act, 1994›): I, «e_dr» «e_n», declare that while conducting ultrasonography on
Smt. «p_n» I have neither detected nor disclosed the sex of her foetus to anybody in any manner.
Signature of the sonologist: «e_n», MD, DMRD (Reg. «e_lic»)      Signature of the patient: «p_g»
""",
    "US": """«hosp» — Ultrasound
‹US ABDOMEN COMPLETE› (CPT «cpt_us»)
Patient: «p_n»      MRN: «mrn»      DOB: «p_dob»      Acct: «acct»
Ordering: «d_n», MD      Sonographer: «t_n», RDMS (ARRT «t_lic»)      Exam date: «d1»
Machine: «usm»      Indication: RUQ pain after fatty meals. «icd».
Liver: «m1» right lobe length within normal limits, increased echogenicity (‹steatosis›).
Gallbladder: Multiple mobile shadowing stones, the largest «m2». Wall «m4». Positive ‹sonographic Murphy sign›.
CBD: 4 mm. Pancreas: obscured by bowel gas. Spleen: normal. Kidneys: normal.
Thyroid incidentally imaged on the prior study «d3»: nodule «tirads» (see separate report).
IMPRESSION: ‹Cholelithiasis› with findings suspicious for acute cholecystitis. Surgical consultation.
Preliminary findings relayed to «d_f»'s office (spoke with «n_n», «n_ph»).
Interpreted by «e_dr» «e_n», «d1» «time2».
""",
}

XRAY = {
    "AU": """«hosp» — Medical Imaging
‹XR CHEST PA AND LATERAL›
Patient: «p_NC»      DOB: «p_dob» («p_old» yrs)      UR: «mrn»      Medicare: «nid»
Residential aged care: «p_line», «p_town» «p_pc»      NOK: «r_n» («r_rel»), «r_ph»
Requested by «d_dr» «d_n» (Provider «d_lic») on «d0»      Examined «d1» «time» on «xr»
Radiographer: «t_i»
History: «p_old» year old «p_sexw», increasing dyspnoea, fever. Known «icd».
Findings: Right lower zone consolidation with air bronchograms. Small right ‹pleural effusion›.
‹Cardiomegaly› (‹CTR 0.58›). Unfolded aorta. Old healed left rib fractures. No pneumothorax.
Comparison: «d3».
Conclusion: ‹Right lower lobe pneumonia› with parapneumonic effusion.
Reported: «e_dr» «e_i» FRANZCR, «d1» «time2».
""",
    "GB": """«hosp»       X-RAY REPORT
Patient: «p_LF»      DOB: «p_dob»      Age: «p_old»      NHS: «nid»      Hosp No: «mrn»
Ward: Elderly Care 4      Referrer: «d_dr» «d_i» (GMC «d_lic»)
Exam: ‹XR CHEST AP› (portable, «xr»)      Date: «d1»      Time: «time»      Accession: «acc»
Radiographer: «t_n»
Clinical: «p_old»-year-old «p_sexw» post fall, ?aspiration, ‹SpO2 89%› on air. NOK «r_n» on «r_ph».
Report: Rotated AP film. Patchy left basal airspace opacity, likely aspiration. Nasogastric tube tip
below the diaphragm in the stomach. Heart size cannot be assessed on an AP film. Left shoulder ‹hemiarthroplasty›.
Prior: «d3».  Impression: left basal ‹aspiration pneumonia›; ‹NG tube satisfactory›.
Reported by «e_dr» «e_n», Consultant Radiologist, «d1_long».
""",
}

MAMMO_REPORT = {
    "US": """«hosp» — Breast Imaging Center
‹SCREENING MAMMOGRAM, BILATERAL›, WITH TOMOSYNTHESIS (CPT «cpt_mammo»)
Patient: «p_LF»      DOB: «p_dob»      MRN: «mrn»      Accession: «acc»
Exam date: «d1»      Referring provider: «d_dr» «d_n» (NPI «d_lic»)      Insurance ID: «plan»
Unit: «mammo» (serial «serial»)      Technologist: «t_n», RT(R)(M)
History: Age «p_age». Mother with breast cancer at 52. Prior screening «d3», benign.
Breast density: The breasts are «density».
Findings: In the right breast upper outer quadrant at 10 o'clock, 6 cm from the nipple, there is a
«m2» irregular mass with indistinct margins, new since the prior study. Left breast: no suspicious findings.
IMPRESSION: Incomplete. «birads». Additional imaging needed: right diagnostic mammogram and ultrasound.
Patient notified by letter and phone («p_ph») on «d2»; callback scheduled «d4_long».
Interpreted by «e_dr» «e_n», ‹MQSA›-certified.
""",
    "CA": """«hosp» — Programme de dépistage du cancer du sein / Breast Screening Program
SCREENING MAMMOGRAPHY REPORT
Client: «p_n»      Date of birth: «p_dob»      Health card: «nid»      Client ID: «mrn»
Address: «p_addr»
Primary care provider: «d_dr» «d_n»      Screen date: «d1»      Accession: «acc»
Unit: «mammo»      MRT(M): «t_n»
Density: «density».      Previous screen: «d3» (outside, normal).
Findings: Grouped ‹fine pleomorphic calcifications›, left breast lower inner quadrant, spanning «m2».
No mass or architectural distortion. Right breast negative.
Assessment: «birads» — abnormal screen. Diagnostic work-up arranged at «hosp2». Images shared: «url»
Navigator: «n_n», «n_ph», «n_em».      Reading radiologist: «e_dr» «e_n» (CPSO «e_lic»)
""",
}

TELERAD = {
    "US": """«group» — PRELIMINARY INTERPRETATION (not a final report)
Received: «d1» «time»      Site: «hosp»      Station: ER-CT1 @ «ip»
Patient: «p_pn»      MRN: «mrn»      DOB: «p_dobdcm»      Acc: «acc»
Study: ‹CT HEAD WITHOUT CONTRAST / CTA HEAD AND NECK›      Study UID: «study_uid»
Ordering: «d_dr» «d_n» (ED), callback «d_ph»
Prelim read («e_n», MD, licensed in «p_region», NPI «e_lic»):
- No acute intracranial haemorrhage. ‹Hyperdense left MCA sign›.
- CTA: Occlusion of the proximal ‹left M1 segment›. Dose «dlp».
Called to «d_dr» «d_f» at «time2»; stroke team activated.
FINAL ADDENDUM («d2» 08:10, «q_dr» «q_n»): Agree with the preliminary interpretation. Additional finding: «m2»
left ‹thyroid nodule›, recommend non-urgent ultrasound. Discrepancy: minor, «radpeer».
""",
    "IN": """«group» — TELERADIOLOGY PRELIMINARY REPORT
Centre: «hosp»      Received: «d1_mon» «time»      Uploaded from: «ip» (PACS node)
Patient: «p_NC»      Age/Sex: «p_age»/«p_sex»      UHID: «mrn»      Ref. No.: «ref»
Referred by: «d_dr» «d_n»      Study: ‹CT ABDOMEN PLAIN + CONTRAST›      Scanner: «ct»
Study Instance UID: «study_uid»
Findings: Bulky oedematous pancreas with peripancreatic fluid; no necrosis. «m2» ‹CBD calculus› with
mild upstream dilatation. ‹Gallbladder calculi›. Liver: fatty infiltration. «dlp».
Impression: ‹Acute interstitial oedematous pancreatitis›, likely gallstone aetiology (‹CTSI 4›).
Key images: «url»
Reported remotely by «e_dr» «e_n», MD (Radiodiagnosis), Reg. «e_lic»
Final verified by «q_dr» «q_n» on «d2_mon» — no change. Report shared with «p_ph» by WhatsApp on request
of «r_n» («r_rel»).
""",
}

SR_DUMP = """# dcmdump -M +L SR_«acc».dcm
# Dicom-Meta-Information-Header
(0002,0002) UI =‹ComprehensiveSRStorage›                  # MediaStorageSOPClassUID
(0002,0003) UI [«sop_uid»]                              # MediaStorageSOPInstanceUID
(0002,0010) UI =‹LittleEndianExplicit›                    # TransferSyntaxUID
# Dicom-Data-Set
(0008,0016) UI [«sop_sr»]                              # SOPClassUID
(0008,0018) UI [«sop_uid»]                              # SOPInstanceUID
(0008,0020) DA [«d1_dcm»]                                # StudyDate
(0008,0050) SH [«acc»]                                   # AccessionNumber
(0008,0070) LO [‹Siemens Healthineers›]                    # Manufacturer
(0008,0080) LO [«hosp»]                                  # InstitutionName
(0008,0090) PN [«d_pn»]                                  # ReferringPhysicianName
(0008,1090) LO [«ct»]                                     # ManufacturerModelName
(0010,0010) PN [«p_pn»]                                  # PatientName
(0010,0020) LO [«mrn»]                                   # PatientID
(0010,0030) DA [«p_dobdcm»]                              # PatientBirthDate
(0010,0040) CS [«p_sex»]                                 # PatientSex
(0010,1000) LO [«nid»]                                   # OtherPatientIDs
(0018,1000) LO [«serial»]                                # DeviceSerialNumber
(0020,000d) UI [«study_uid»]                             # StudyInstanceUID
(0020,000e) UI [«series_uid»]                            # SeriesInstanceUID
(0040,a730) SQ (Sequence with explicit length #=4)       # ContentSequence
  (0040,a043) SQ CodeMeaning [‹CT Dose Length Product Total›]
  (0040,a30a) DS [«dlp»]  Units: mGy.cm
  (0040,a043) SQ CodeMeaning [‹Mean CTDIvol›]
  (0040,a30a) DS [«ctdi»]
  (0040,a160) UT [Irradiation event: «d1_iso» «time»; operator «t_pn»; protocol "‹Routine Abdomen›"]
(0040,a073) SQ VerifyingObserverSequence
  (0040,a075) PN [«e_pn»]                                # VerifyingObserverName
  (0040,a030) DT [«ts1s»]                                # VerificationDateTime
# exported by «n_n» for the dose registry; ticket raised from «ip2»
"""

DICOM_JSON = """{
  "00080005": {"vr": "CS", "Value": ["‹ISO_IR 192›"]},
  "00080016": {"vr": "UI", "Value": ["«sop_mr»"]},
  "00080018": {"vr": "UI", "Value": ["«uid225»"]},
  "00080020": {"vr": "DA", "Value": ["«d1_dcm»"]},
  "00080050": {"vr": "SH", "Value": ["«acc»"]},
  "00080060": {"vr": "CS", "Value": ["MR"]},
  "00080080": {"vr": "LO", "Value": ["«hosp»"]},
  "00080090": {"vr": "PN", "Value": [{"Alphabetic": "«d_pnc»"}]},
  "00081010": {"vr": "SH", "Value": ["MRC40211"]},
  "00081030": {"vr": "LO", "Value": ["‹MRI LUMBAR SPINE WITHOUT CONTRAST›"]},
  "00081070": {"vr": "PN", "Value": [{"Alphabetic": "«t_pnc»"}]},
  "00081090": {"vr": "LO", "Value": ["«mr»"]},
  "00100010": {"vr": "PN", "Value": [{"Alphabetic": "«p_pn»"}]},
  "00100020": {"vr": "LO", "Value": ["«mrn»"]},
  "00100030": {"vr": "DA", "Value": ["«p_dobdcm»"]},
  "00100040": {"vr": "CS", "Value": ["«p_sex»"]},
  "00101000": {"vr": "LO", "Value": ["«nid»"]},
  "00101010": {"vr": "AS", "Value": ["«p_as»"]},
  "00101040": {"vr": "LO", "Value": ["«p_line», «p_town»"]},
  "00102154": {"vr": "SH", "Value": ["«p_ph»"]},
  "00181000": {"vr": "LO", "Value": ["«serial»"]},
  "00181020": {"vr": "LO", "Value": ["«ver»"]},
  "0020000D": {"vr": "UI", "Value": ["«uid225b»"]},
  "0020000E": {"vr": "UI", "Value": ["«series_uid»"]},
  "00321032": {"vr": "PN", "Value": [{"Alphabetic": "«q_pnc»"}]},
  "00324000": {"vr": "LT", "Value": ["Referred «d0_iso» by «d_n» for «icd»; prior lumbar MRI «d3_iso»"]},
  "00400244": {"vr": "DA", "Value": ["«d1_dcm»"]},
  "00400254": {"vr": "LO", "Value": ["Sagittal T1/‹T2›/‹STIR›, axial ‹T2› L3-S1; «gad» not given"]},
  "0040A124": {"vr": "UI", "Value": ["«study_uid»"]}
}"""

WORKLIST = {
    "US": """MWL query — AE CT_ER_01 -> RIS_MWL @ «ip» — «d1» «time»
Scheduled Procedure Step list (Modality=CT, Station=CTER1, Date=«d1_dcm»)
#  PatientName                    PatientID    DOB        Sex  Accession     Requested Procedure            Referring
1  «p_pn»              «mrn»    «p_dobdcm»  «p_sex»    «acc»   CT ABD/PEL W CONTRAST («cpt_ct»)     «d_pn»
2  «x_pn»              «mrn_x»  «x_dobdcm»  «x_sex»    «acc_x» ‹CT HEAD WO CONTRAST›            «d_pn»
3  «y_pn»              «mrn_y»  «y_dobdcm»  «y_sex»    «acc_y» ‹CT CHEST PE› PROTOCOL («cpt_xr»)     «q_pn»
4  «z_pn»              «mrn_z»  «z_dobdcm»  «z_sex»    «acc_z» ‹CT KUB LOW DOSE›                «q_pn»
Step 3 comment: patient age «y_old», from nursing home, needs lift; NOK «r_n» «r_ph».
Step 1 comment: creatinine 0.9 on «d0»; premedication not required. Contrast «contrast». Scanner «ct».
Performing technologist: «t_n» (ARRT «t_lic»)      Requested by RIS user «n_n»
""",
    "IN": """«hosp» — RIS Worklist (USG/CT)      Date: «d1_mon»      Printed by: «n_n»
Sl  Patient Name                 UHID            Age/Sex   Mobile            Study                 Ref. Doctor
1   «p_NC»      «mrn»    «p_age»/«p_sex»   «p_ph»   ‹USG WHOLE ABDOMEN›      «d_dr» «d_f»
2   «x_NC»      «mrn_x»  «x_age»/«x_sex»   «x_ph»   CT BRAIN PLAIN          «d_dr» «d_f»
3   «y_NC»      «mrn_y»  «y_old»/«y_sex»   «y_ph»   ‹X-RAY CHEST PA›          «q_dr» «q_f»
4   «z_NC»      «mrn_z»  «z_age»/«z_sex»   «z_ph»   USG KUB                 «q_dr» «q_f»
Notes: Sl 1 — Aadhaar «nid», ABHA «plan», sample by «t_n». Sl 3 — bed-bound, attendant «r_n» («r_rel»).
Scanner: «ct»; USG room 2: «usm». Worklist server «ip».
""",
}

QUEUE = {
    "GB": """‹CRIS› — Reporting Worklist: «hosp» — Unreported CT/MR — exported «d1» «time»
Acc No      | Hosp No  | Patient                    | DOB        | Exam                     | Urgency | Assigned
«acc»   | «mrn»  | «p_LF»        | «p_dob» | ‹CT Thorax/Abdo/Pelvis C+› | 2WW     | «e_i»
«acc_x» | «mrn_x» | «x_LF»       | «x_dob» | ‹MR Lumbar Spine›          | Routine | «e_i»
«acc_y» | «mrn_y» | «y_LF»        | «y_dob» | CT Head                  | Urgent  | «q_i»
«acc_z» | «mrn_z» | «z_LF»        | «z_dob» | CT Chest ‹HRCT› (age «z_old») | Routine | «q_i»
Vetted by «e_dr» «e_n»; protocolled by radiographer «t_n». Scanner: «ct».
Comment on «acc_y»: inpatient Ward 7, contact «n_n» on «n_ph».
""",
    "AU": """‹Kestral RIS› — Exam Queue «hosp» — «d1» «time»
Status     Accession   UR No.    Patient                   DOB         Exam                      Radiologist
ARRIVED    «acc»    «mrn»   «p_NC»        «p_dob»  ‹CT Abdomen/Pelvis C+›       «e_dr» «e_f»
IN ROOM    «acc_x»  «mrn_x»  «x_NC»       «x_dob»  ‹MRI Knee›                   «e_dr» «e_f»
WAITING    «acc_y»  «mrn_y»  «y_NC»        «y_dob»  ‹US Carotid Doppler›         «q_dr» «q_f»
BOOKED     «acc_z»  «mrn_z»  «z_NC»        «z_dob»  ‹XR Hip› (age «z_old»)       «q_dr» «q_f»
Note «acc»: Medicare «nid», interpreter required; «r_rel» «r_n» «r_ph». Radiographer on CT: «t_n».
Note «acc_z»: transport from «z_line», «z_town» «z_pc».
""",
}

ORM = """MSH|^~\\&|‹EPIC›|«hosp»|RIS|RAD|«ts0»||‹ORM^O01›|MSG«placer»|P|2.3
PID|1||«mrn»^^^MRN^MR~«nid»^^^HC||«p_pn»^^^||«p_dobdcm»|«p_sex»|||«p_line»^^«p_town»^«p_st»^«p_pc»||«p_ph»|||||«acct»
NK1|1|«r_pn»|«r_rel»|||«r_ph»
PV1|1|O|RAD^^^«hosp»||||«d_lic»^«d_pn»^^^^MD|||||||||||«acct»
IN1|1|PPO|BCBS|Blue Cross|||||||||||«p_pn»|01|«p_dobdcm»||||||||||||||||||||«plan»
ORC|NW|«placer»|«filler»||SC||||«ts0»|«n_pn»^RN||«d_lic»^«d_pn»
OBR|1|«placer»|«filler»|«cpt_mr»^‹MRI BRAIN W WO CONTRAST›^CPT4|||«ts0»|||||||||«d_lic»^«d_pn»||«acc»|||||MR|||1^^^«ts1»^^R
DG1|1|I10|«icd»^Headache^I10
NTE|1||Pt claustrophobic; oral ‹lorazepam› per «d_f». Gadolinium: «gad». eGFR 78 on «d0_iso».
"""

ORU = {
    "US": """MSH|^~\\&|‹POWERSCRIBE›|«hosp»|‹EPIC›|«hosp»|«ts2»||‹ORU^R01›|«filler»|P|2.5.1
PID|1||«mrn»^^^MRN||«p_pn»||«p_dobdcm»|«p_sex»|||«p_line»^^«p_town»^«p_st»^«p_pc»||«p_ph»||||«acct»|«nid»
PV1|1|E|ED^^^«hosp»||||«d_lic»^«d_pn»
OBR|1|«placer»|«filler»|«cpt_ct»^‹CT ABD PELVIS W CONTRAST›|||«ts1»|||||||||«d_lic»^«d_pn»||«acc»||||«ts2»||CT|F|||||||«e_lic»&«e_pn»
OBX|1|TX|«radlex»^Findings^RADLEX||Contrast: «contrast». «ctdi»; «dlp».||||||F
OBX|2|TX|«radlex»^Findings^RADLEX||Liver «lirads» observation «m2» segment 8; recommend multiphase MRI.||||||F
OBX|3|TX|IMP^Impression||Obstructing «m2» left UVJ stone with moderate ‹hydronephrosis›. «icd».||||||F
OBX|4|TX|COMM^Communication||Discussed with «d_n» by «e_n» at «time2» on «d1»; callback «d_ph».||||||F
ZDS|«study_uid»^«ct»^Application^DICOM
""",
    "AU": """MSH|^~\\&|‹KARISMA›|«hosp»|HL7GW|GP|«ts2»||‹ORU^R01›^ORU_R01|«filler»|P|2.4|||AL|NE|AUS
PID|1||«mrn»^^^UR^MR~«nid»^^^AUSHIC^MC||«p_pn»^^^«p_mrs»||«p_dobdcm»|«p_sex»|||«p_line»^^«p_town»^«p_st»^«p_pc»^AUS||«p_ph»
PV1|1|O|||||«d_lic»^«d_pn»^^^DR
ORC|RE|«placer»|«filler»||CM
OBR|1|«placer»|«filler»|MRI^‹MRI SHOULDER RIGHT›^L|||«ts1»|||||||||«d_lic»^«d_pn»||«acc»||||«ts2»||MR|F|||||||«e_lic»&«e_pn»
OBX|1|FT|MRI^Report||Scanner «mr», serial «serial». ‹Full-thickness supraspinatus tear›, «m1», retraction «m2».\\.br\\Comparison «d3». Reported by «e_dr» «e_n» FRANZCR.||||||F
OBX|2|ED|PDF^Report PDF^L||^application^pdf^Base64^JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK||||||F
NTE|1||Copy to «q_dr» «q_n» («q_em»); patient contact «p_em».
""",
}

CRITICAL = {
    "US": """«hosp» — Radiology Critical / Urgent Results Communication Log
Log #  Date/Time        Patient (MRN)                 Exam / Acc               Finding                          Called to (role, number)              By      Read-back
«ref» «d1» «time»  «p_lf» («mrn»)   ‹CT CHEST PE› / «acc»  ‹Saddle pulmonary embolus›, ‹RV strain›  «d_dr» «d_n» (ED), «d_ph»   «e_i»   Y
Patient age «p_old»; DOB «p_dob». First attempt «time» to «d_f»'s pager «d_ph2»: no answer; escalated to charge RN «n_n» «n_ph».
Second result: «x_lf» («mrn_x»), ‹US DVT› / «acc_x» — ‹occlusive left femoral DVT› — called to «q_dr» «q_n», «q_ph» at «time2» by «t_n».
Per ‹ACR practice parameter›; logged in «ver». Reviewed by QA on «d2».
""",
    "GB": """«hosp» — Radiology: Unexpected and Critical Findings Alert Log
Alert ref: «ref»      Date: «d1»      Time flagged: «time»
Patient: «p_NC»      Hosp No: «mrn»      NHS No: «nid»      DOB: «p_dob» (aged «p_old»)
Exam: ‹CT Head non-contrast› (accession «acc»)      Reporter: «e_dr» «e_n» (GMC «e_lic»)
Finding: ‹Acute right subdural haematoma› «m2» with «m4» midline shift.
Communication: Telephoned «d_dr» «d_n», on-call registrar, bleep «d_ph» at «time2»; result read back.
Also informed: ward sister «n_n» (ext. «n_ph»). Family contact on record: «r_n», «r_rel», «r_ph».
‹Datix› not required. Closed by «t_n», PACS manager, on «d2_long».
""",
}

RECALL = {
    "GB": """‹NHS Breast Screening Programme› — «hosp»
«hosp2» Breast Screening Unit
«p_mrs» «p_n»
«p_line»
«p_town»
«p_pc»
Date: «d2_long»      NHS Number: «nid»      Screening ref: «ref»
Dear «p_mrs» «p_f»,
Thank you for attending for breast screening on «d1_long». Most women who attend do not need any
further tests, but we would like you to come back for some more tests at our ‹assessment clinic›.
Your appointment is on «d4_long» at 10:15 at «hosp2». The visit may take up to three hours and
may include more ‹mammograms›, an ultrasound scan and possibly a ‹core biopsy›.
If you cannot attend, please ring our office on «n_ph» quoting your screening ref.
Yours sincerely,
«e_dr» «e_n», Director of Breast Screening
cc: GP «d_dr» «d_n», «d_line», «d_town»
""",
    "AU": """‹BreastScreen› «p_region» — «hosp»
«p_mrs» «p_NC»
«p_line»
«p_town» «p_st» «p_pc»
Client ID: «mrn»      Medicare: «nid»      «d2_long»
Dear «p_g»,
Your recent screening mammogram on «d1_long» at «hosp» showed an area that needs further
assessment. This does not mean you have ‹breast cancer›: most women recalled do not.
An appointment has been made for you at the ‹Assessment Service› on «d4_long» at 9:30 am.
Please bring this letter and your ‹Medicare card›. If you need an interpreter or to change the time,
phone «n_n» on «n_ph» or email «n_em».
Kind regards,
«e_dr» «e_n», Designated Radiologist
Your GP, «d_dr» «d_n», has been sent a copy (Provider No. «d_lic»).
""",
}

BIOPSY = {
    "US": """«hosp» — Breast Imaging
«p_n»
«p_line»
«p_town», «p_st» «p_pc»
«d2_long»
RE: ‹Ultrasound-guided core needle biopsy›, right breast (CPT «cpt_bx»)      MRN: «mrn»      DOB: «p_dob»
Dear «p_mrs» «p_f»,
Your diagnostic mammogram and ultrasound on «d1_long» showed a «m2» mass assessed as «birads». As
discussed with «d_dr» «d_n», we have scheduled a biopsy on «d4_long» at 8:00 AM.
Please stop aspirin or blood thinners only if your prescriber agrees. Wear a two-piece outfit. You may
bring a driver; we have your contact «r_n» («r_rel», «r_ph») on file.
Insurance on file: member ID «plan»; prior authorization «auth» approved.
Questions: nurse navigator «n_n», RN, «n_ph», «n_em».
Sincerely, «e_dr» «e_n», Breast Imaging
""",
    "CA": """«hosp» — Breast Assessment Centre / Centre d'évaluation du sein
«d2_long»
«p_n»
«p_line»
«p_town» «p_st» «p_pc»
Health card: «nid»      Chart #: «mrn»
Dear «p_g»,
Following your screening mammogram of «d1_long» («birads»), a ‹stereotactic vacuum-assisted biopsy› of
the ‹left breast› has been booked for «d4_long» at 13:30 with «e_dr» «e_n».
Please arrive 20 minutes early at the main entrance; bring a list of your medications. If you take
‹anticoagulants›, contact your family physician «d_dr» «d_n» («d_ph»).
Patient navigator: «n_n», «n_ph». Interpreter (French / English) available on request.
""",
}

PRIOR_AUTH = """IMAGING PRIOR AUTHORIZATION REQUEST — Advanced Imaging (MRI/CT/PET)
Submitted: «d0» «time»      Request #: «auth»      Urgency: Standard
MEMBER
Name: «p_n»      DOB: «p_dob»      Member ID: «plan»      Medicare MBI: «mbi»
Address: «p_addr»      Phone: «p_ph»
ORDERING PROVIDER
«d_dr» «d_n», Family Medicine      NPI: «d_lic»      Phone: «d_ph»      Fax: «d_ph2»
Contact: «n_n», referral coordinator, «n_em»
RENDERING FACILITY: «hosp» — «mr» (Tax ID on file)
SERVICE: ‹MRI lumbar spine without contrast›, CPT «cpt_mr», 1 unit, requested date «d1»
DIAGNOSES: «icd», «icd2»
CLINICAL: «p_age» y/o «p_sexw», low back pain radiating to the left leg for 9 weeks, failed 6 weeks of
physical therapy and NSAIDs (documented «d3» to «d0»). New ‹left foot drop›, L5 numbness. No prior imaging
since lumbar radiograph «d3_long». Red flags: none besides neuro deficit.
DETERMINATION («d2» «time2»): APPROVED — auth «auth» valid «d1» through «d4». Reviewer: «q_dr» «q_n», MD.
"""

PEER = {
    "US": """«hosp» — Radiology Peer Review / Discrepancy Log («year» Q3)
Case #      Exam date   Acc          Patient (MRN)                 Original reader   Over-reader    Score           Category
«case»   «d1»   «acc»   «p_lf» («mrn»)    «e_i»      «q_i»    «radpeer»   Missed «m2» RUL nodule on CT abd
«ref»   «d3»   «acc2»   «x_lf» («mrn_x»)  «e_i»      «q_i»    «radpeer2»   ‹Overcall of appendicitis›
Notes: case 1 discussed at M&M «d2_long» (presenter «q_n»); patient «p_f» recalled for CT chest «d4».
Reader notified: «e_n» «e_em». Committee chair: «d_dr» «d_n». Tech factors: motion, «t_n» documented.
Protected peer-review document under state law.
""",
    "AU": """«hosp» — Radiology Discrepancy Meeting (RDM) minutes — «d2_long»
Chair: «q_dr» «q_n».  Present: «e_dr» «e_f», «d_dr» «d_f», registrar «n_n», MRI radiographer «t_n».
Case 1 — Ref «case» — «p_n», UR «mrn», DOB «p_dob»
Exam: ‹CT Brain› «d1» (acc «acc»), «ct». Original report missed a «m2» ‹left occipital infarct›; seen on MRI
«d2». «radpeer». Learning point: review ‹posterior fossa windows›.
Case 2 — Ref «ref» — «x_n», UR «mrn_x»
Exam: ‹XR Wrist› «d3» (acc «acc2»). ‹Scaphoid waist fracture› occult on initial films, «radpeer2».
Actions: feedback to «e_f» by email «e_em»; no open-disclosure letter needed for case 2.
""",
}

CONTRAST_NOTE = {
    "IN": """«hosp» — CT Department — ADVERSE CONTRAST REACTION RECORD
Date: «d1_mon»      Time: «time»      Patient: «p_NC»      UHID: «mrn»      Age/Sex: «p_age»/«p_sex»
Address: «p_line», «p_town», «p_st» - «p_pc»      Attendant: «r_n» («r_rel»), «r_ph»
Study: ‹CECT abdomen› (Acc «acc»)      Contrast: «contrast» via ‹20G› right antecubital, 3 mL/s
Scanner: «ct» (Sl. No. «serial»)
Event: 2 minutes after injection the patient developed ‹generalised urticaria›, hoarseness and wheeze.
BP 92/58, SpO2 91%. Injection stopped. Inj. ‹adrenaline 0.5 mg IM›, ‹hydrocortisone 200 mg IV›, O2 6 L/min.
Reviewed by «e_dr» «e_n» (Reg. «e_lic»); ‹ED physician› «d_dr» «d_n» informed.
Classification: ‹moderate allergic-like reaction›. Patient observed 4 h; discharged stable with advice.
Allergy alert added to HIS and Aadhaar-linked ABHA record («plan»). Recorded by «t_n», CT technologist.
""",
    "CA": """«hosp» — Medical Imaging — CONTRAST REACTION / EXTRAVASATION REPORT
Patient: «p_LF»      Chart #: «mrn»      DOB: «p_dob»      Health card: «nid»
Date/time: «d1» «time»      Accession: «acc»      Exam: ‹CT Chest PE protocol›
Contrast: «contrast» by ‹power injector›, 4 mL/s, ‹20G› left forearm (placed by «n_n», RN)
Event: ‹Extravasation› of approx. 50 mL into the left forearm; swelling, no blistering, cap refill normal.
Action: injection stopped, limb elevated, cold compress. Plastic surgery not required per «e_dr» «e_n».
Referring physician «d_dr» «d_n» notified at «time2» («d_ph»). Patient given instruction sheet; follow-up
call on «d2» to «p_ph» by «t_n» (CAMRT «t_lic»): swelling resolved.
Scanner: «ct», serial «serial». Incident number: «ref».
""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("rad59_ct_report_contrast_dose", ["US", "AU"], "text", {"US": CT_REPORT, "AU": CT_REPORT_AU}),
    ("rad59_mri_report", ["GB", "CA"], "text", MRI_REPORT),
    ("rad59_ultrasound_report", ["IN", "US"], "text", US_REPORT),
    ("rad59_chest_xray_report", ["AU", "GB"], "text", XRAY),
    ("rad59_screening_mammo_birads", ["US", "CA"], "text", MAMMO_REPORT),
    ("rad59_telerad_prelim_read", ["US", "IN"], "text", TELERAD),
    ("rad59_dicom_sr_dump", ["US", "GB"], "text", SR_DUMP),
    ("rad59_dicom_header_json", ["AU", "CA"], "json", DICOM_JSON),
    ("rad59_modality_worklist", ["US", "IN"], "text", WORKLIST),
    ("rad59_pacs_ris_exam_queue", ["GB", "AU"], "text", QUEUE),
    ("rad59_hl7_orm_imaging_order", ["US", "CA"], "text", ORM),
    ("rad59_hl7_oru_imaging_result", ["US", "AU"], "text", ORU),
    ("rad59_critical_result_call_log", ["US", "GB"], "text", CRITICAL),
    ("rad59_mammo_recall_letter", ["GB", "AU"], "text", RECALL),
    ("rad59_breast_biopsy_letter", ["US", "CA"], "text", BIOPSY),
    ("rad59_imaging_prior_auth", ["US", "US"], "text", PRIOR_AUTH),
    ("rad59_peer_review_discrepancy_log", ["US", "AU"], "text", PEER),
    ("rad59_contrast_reaction_note", ["IN", "CA"], "text", CONTRAST_NOTE),
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
        rng = random.Random(f"phigate-probe59:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
