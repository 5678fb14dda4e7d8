# ruff: noqa: E501  (hand-aligned templates)
"""Seventy-fifth independent probe corpus: health data files and exports that analysts and AI agents open --
what a phone, a watch, a ring, a sequencer, a PACS, a FHIR server, an EHR, a research database, a statistics
package, an interface engine, a benefits system and an e-prescribing network write -- from the United States,
the United Kingdom, Australia and New Zealand, with synthetic PHI planted where these formats carry it.

36 labelled documents in 18 kinds per seed, two of each: an Apple Health export.xml (Me element, Records with
the watch's owner in sourceName, a cuff's serial in metadata, a Workout with its route file, a Health Records
FHIR file and an ECG CSV), a Fitbit Takeout (profile, account access events, paired devices, family members,
sleep score CSV), a Garmin Connect export (user profile, device, emergency contacts, activities named after
places) and an Oura export (personal info, ring configuration, tags with comments) as JSON, a Health Connect /
Google Fit record dump (JSON), a VCF header (fileDate, command lines with output paths, ##SAMPLE and
##PEDIGREE meta lines) with its first variant rows, a BAM / CRAM header (@RG with SM, DT and DS, @PG command
lines, @CO comments), an Illumina SampleSheet (v1 with Investigator Name and Description), a DICOM JSON
(PS3.18) instance metadata, a DICOMweb QIDO-RS studies response, FHIR Bulk Data NDJSON (Patient, Encounter,
Observation, Coverage), a C-CDA header (recordTarget with guardian, author, informant, participant, a short
narrative), an openEHR composition (canonical JSON; flat format), an OMOP CDM CSV extract (person, location,
provider, visit_occurrence, note with note_text), a REDCap data dictionary with its raw export and rows of
redcap_log_event, statistics output (SAS PROC PRINT / PROC FREQ; Stata describe, list and codebook), an HL7 v2
batch file (FHS / BHS / BTS / FTS around ORU^R01 messages), an X12 834 enrolment file and an NCPDP SCRIPT
NewRx.

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by country. People: `p`
the patient / participant / subscriber, `r` a relative (guardian, next of kin, spouse, emergency contact), `m`
a second relative, `d` the clinician (referrer, prescriber, author), `e` a second clinician (reporting
radiologist, performer, composer), `s` staff (investigator, data manager, analyst), `w1`-`w4` other patients in
a list. Forms: `_n` full name, `_g` given, `_f` family, `_G` `_F` capitals, `_NC` FULL NAME, `_lf` "Family,
Given", `_LF` "FAMILY, Given", `_ph` `_ph2`, `_phd` digits only, `_em`, `_line` `_town` `_pc` `_addr`, `_nid`
(SSN, NHS number, Medicare number, NHI), `_nid2` (National Insurance number, IHI), dates of birth `_dob`
(the country's form) `_dobiso` `_dobda` (YYYYMMDD) `_dobsas` (12MAR1947) `_dobsta` (12mar1947), `_age` (keep,
under 90), `_old` (AGE, 90+), `_dage` / `_dold` (DICOM AS: 047Y keep, 093Y AGE).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, participants, subscribers and dependants, relatives, guardians,
  emergency contacts, clinicians, investigators, analysts -- as written: full, given alone (the owner of
  "Rouba's Apple Watch"), family alone, capitals, "Family, Given", DICOM and HL7 components (FAMILY and GIVEN
  each a value, the ^ plain), X12 NM1 elements, file-name parts (TESFAGIORGIS_MEHRETAB). Titles, credentials
  and relationship words are plain text outside the value.
- ADDRESS: street lines, towns, suburbs and homelands (also a Garmin activity named after a town). ZIP: US
  ZIP (+4), UK postcodes, Australian and New Zealand postcodes. States, nations, territories and countries
  are keep when written alone and plain text inside an address.
- DATE: every date more specific than a year, in every form of these formats (1947-03-12, 19470312,
  12/03/1947, 03/12/1947, 12MAR1947, 12mar1947, March 14, 2024, 240314 in an ISA segment, timestamps with the
  time glued to the date -- 202403140712, 2024-03-14T07:12:44Z -- whole; a space-separated time is plain
  text); birth, service, collection, run, export, enrolment, coverage and message dates alike. Years alone
  keep (or plain); in a ctime stamp ("Wed Feb 14 20:19:11 UTC 2024") the month and day are the value, the
  weekday, time and year plain. AGE: 90 and over (93, 093Y); ages under 90 keep.
- PHONE (home, mobile, direct lines; also digits only in X12 and NCPDP), EMAIL, URL (a profile or survey link
  that carries a person), IP (a login or REDCap log address).
- SSN: US social security numbers. ID: NHS numbers, NZ NHI numbers, Australian IHIs, UK National Insurance
  numbers, accession numbers, visit and admission numbers, placer / filler order numbers, prescriber order
  numbers, a Fitbit user id. MRN: hospital record numbers (PatientID, PID-3, person_source_value). ACCOUNT:
  patient account numbers (PID-18, a FHIR Encounter account). HEALTH_PLAN: insurance member and subscriber
  ids, Australian Medicare numbers, NCPDP cardholder ids, X12 REF*0F. LICENSE: NPI, DEA, state licences, GMC,
  AHPRA and MCNZ numbers. DEVICE: serial numbers of a person's own devices (watch, ring, blood-pressure cuff,
  CGM sensor). VEHICLE: a plate or VIN in a free-text note.
- Keep (must survive): codes (LOINC, SNOMED CT, RxNorm, NDC, ICD-10, OMOP concept_ids, DICOM SOP classes and
  transfer syntaxes, HL7 and X12 code values), units, device models, reference genome builds, contigs and
  positions, variant ids and HGVS, sample barcodes and index sequences that are not patient-derived, software
  and file-format versions, quality metrics, drugs and doses, study and project names, first-level regions
  and countries alone, ages under 90, headings marked ‹...›.
- Not scored (plain text): field names, JSON keys, UIDs, reference ids, control numbers, times of day,
  organisations' own addresses and lines, usernames of service accounts, years of birth in OMOP.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe75 import ids
from tests.engine.probe75.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill, phone

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NID_TYPE = {"US": "SSN", "UK": "ID", "AU": "HEALTH_PLAN", "NZ": "ID"}
TZ = {"US": ("-0700", "-07:00"), "UK": ("+0000", "Z"), "AU": ("+1000", "+10:00"), "NZ": ("+1300", "+13:00")}
Y = 365


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    mon = MONTHS[d.month - 1]
    us = loc == "US"
    return {
        "loc": P("DATE", f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"),
        "iso": P("DATE", d.isoformat()),
        "da": P("DATE", f"{d:%Y%m%d}"),
        "yymmdd": P("DATE", f"{d:%y%m%d}"),
        "long": P("DATE", f"{mon} {d.day}, {d.year}" if us else f"{d.day} {mon} {d.year}"),
        "sas": P("DATE", f"{d.day:02d}{mon[:3].upper()}{d.year}"),
        "sta": P("DATE", f"{d.day:02d}{mon[:3].lower()}{d.year}"),
        "wd": d.strftime("%A"),
    }


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    digits = "".join(ch for ch in w.phone if ch.isdigit())
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_G": N(w.given.upper()),
        f"{x}_NC": N(w.full.upper()), f"{x}_i": N(f"{w.given[0]}. {w.family}"), f"{x}_year": str(w.dob.year), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_phd": P("PHONE", digits), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_abbr": w.abbr or w.region,
        f"{x}_nid": P(NID_TYPE[c], w.nid), f"{x}_nidd": P(NID_TYPE[c], w.nid.replace("-", "")), f"{x}_nid2": P("ID", w.nid2) if w.nid2 else "",
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_dobda": dob["da"], f"{x}_doblong": dob["long"],
        f"{x}_dobsas": dob["sas"], f"{x}_dobsta": dob["sta"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_dage": K(f"{age:03d}Y"), f"{x}_dold": P("AGE", f"{age:03d}Y"),
        f"{x}_sex": "F" if w.female else "M", f"{x}_Sex": "Female" if w.female else "Male", f"{x}_gender": "female" if w.female else "male", f"{x}_GENDER": "FEMALE" if w.female else "MALE",
        f"{x}_concept": K("8532") if w.female else K("8507"), f"{x}_title": "Ms" if w.female else "Mr",
        f"{x}_his": "her" if w.female else "his", f"{x}_He": "She" if w.female else "He",
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

HOSPITALS = {"US": ["Cascade Valley Medical Center", "Verdugo Hills Regional Hospital", "Ozark Northwest Medical Center", "Leeward Queen's Clinic"],
             "UK": ["Northwick Park Hospital", "St George's Hospital", "Western Isles Hospital"],
             "AU": ["Westmead Hospital", "Monash Medical Centre", "Gove District Hospital"],
             "NZ": ["Middlemore Hospital", "Waikato Hospital", "Whakatane Hospital"]}  # fmt: skip
LAB_ORGS = {"US": "Cascadia Clinical Genomics", "UK": "North Thames Genomic Laboratory Hub", "AU": "Harbour Genomics Pathology", "NZ": "Te Whatu Ora Genomics Laboratory"}
LIC = {"US": ("NPI", lambda rng, f: ids.npi(rng)), "UK": ("GMC", lambda rng, f: fill(rng, "%######")),
       "AU": ("AHPRA", lambda rng, f: fill(rng, "MED000%######")), "NZ": ("MCNZ", lambda rng, f: fill(rng, "%####"))}  # fmt: skip
PAYERS = {"US": ["Evergreen Cascade Health Plan", "Pacific Crest Medicaid MCO", "Razorback Benefit Trust"], "UK": ["NHS"],
          "AU": ["Medibank Private", "HCF", "Bupa HI Pty Ltd"], "NZ": ["Southern Cross Health Society", "ACC"]}  # fmt: skip
# (LOINC, display, value, unit)
VITALS = [("8867-4", "Heart rate", "72", "/min"), ("8480-6", "Systolic blood pressure", "142", "mm[Hg]"), ("29463-7", "Body weight", "81.4", "kg"),
          ("59408-5", "Oxygen saturation by pulse oximetry", "96", "%"), ("2339-0", "Glucose [Mass/volume] in Blood", "142", "mg/dL")]  # fmt: skip
LABS = [("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "7.4", "%"), ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "1.21", "mg/dL"),
        ("33914-3", "Glomerular filtration rate/1.73 sq M.predicted", "52", "mL/min/{1.73_m2}"), ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "212", "mg/dL")]  # fmt: skip
PROBLEMS = [("44054006", "Diabetes mellitus type 2", "E11.9"), ("38341003", "Hypertensive disorder", "I10"), ("49436004", "Atrial fibrillation", "I48.91"),
            ("195967001", "Asthma", "J45.909"), ("431855005", "Chronic kidney disease stage 1", "N18.1")]  # fmt: skip
DRUGS = [("861007", "metFORMIN hydrochloride 500 MG Oral Tablet", "00093-1048-01"), ("314076", "lisinopril 10 MG Oral Tablet", "68180-0513-01"),
         ("1364430", "apixaban 5 MG Oral Tablet", "00003-0894-21"), ("197361", "amLODIPine besylate 5 MG Oral Tablet", "00069-1520-68"),
         ("259255", "atorvastatin 40 MG Oral Tablet", "00378-2077-77")]  # fmt: skip
SIGS = ["Take 1 tablet by mouth twice daily with meals", "Take 1 tablet by mouth once daily", "Take 1 tablet by mouth every 12 hours"]
VARIANTS = [("chr7", "140753336", "rs113488022", "A", "T", "BRAF", "NM_004333.6:c.1799T>A", "p.Val600Glu"),
            ("chr17", "7674220", "rs28934576", "C", "T", "TP53", "NM_000546.6:c.818G>A", "p.Arg273His"),
            ("chr13", "32338104", "rs80359550", "T", "TC", "BRCA2", "NM_000059.4:c.5946del", "p.Ser1982fs"),
            ("chr12", "25245350", "rs121913529", "C", "A", "KRAS", "NM_004985.5:c.35G>T", "p.Gly12Val"),
            ("chr19", "44908822", "rs7412", "C", "T", "APOE", "NM_000041.4:c.526C>T", "p.Arg176Cys")]  # fmt: skip
STUDIES = {"US": ("CHEST", "CT CHEST WO CONTRAST", "SOMATOM go.Top"), "UK": ("HEAD", "MR HEAD WITHOUT CONTRAST", "MAGNETOM Vida"),
           "AU": ("CHEST", "CT CHEST PULMONARY ANGIOGRAM", "Revolution Apex"), "NZ": ("ABDOMEN", "US ABDOMEN COMPLETE", "LOGIQ E10")}  # fmt: skip
WATCHES = {"US": ("Watch6,2", "Apple Watch Series 6"), "NZ": ("Watch7,3", "Apple Watch Series 9")}
CUFFS = ["Omron HEM-7361T", "Withings BPM Connect", "QardioArm A100"]
FITBITS = [("Charge 6", "FB421"), ("Sense 2", "FB521"), ("Inspire 3", "FB424")]
GARMINS = ["Forerunner 265", "Venu 3", "fenix 7 Pro"]
CGMS = [("Dexcom", "G7"), ("Abbott", "FreeStyle Libre 3")]
ENGINES = ["DRAGEN 4.2.4", "GATK 4.5.0.0", "DeepVariant 1.6.0"]
INDEXES = ["ATCACGTTAG", "CGATGTACCT", "TTAGGCATGC", "TGACCACTGA", "ACAGTGGTCA", "GCCAATGTAC", "CAGATCTGCA", "ACTTGAAGTC"]
NOTES = ["Fall at home, found on floor by neighbour; hip pain.", "Shortness of breath on exertion for two weeks.", "Routine follow-up, glucose log reviewed.",
         "Chest pain after carrying groceries, resolved with rest."]  # fmt: skip


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 15) + timedelta(days=rng.randrange(500))
    used: set[str] = set()
    p_age = (90 * Y + 20, 97 * Y) if kind in OLD_P else (24 * Y, 86 * Y)
    p = draw_person(rng, loc, used, d1, age_days=p_age)
    pa = (d1 - p.dob).days
    here = p.region
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.6 else None, home=p if rng.random() < 0.5 else None,
                    age_days=(max(20 * Y, pa - 40 * Y), max(22 * Y, pa - 18 * Y)) if pa > 45 * Y else (pa + 18 * Y, pa + 35 * Y))  # fmt: skip
    m = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.5 else None, region=here, age_days=(20 * Y, 70 * Y))
    c = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family, home=p, age_days=(Y, max(2 * Y, pa - 19 * Y)))
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m, "c": c}
    for x in ("d", "e", "s"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(28 * Y, 66 * Y))
    for i in range(1, 5):
        old = kind in OLD_W and i == 2
        ppl[f"w{i}"] = draw_person(rng, loc, used, d1, age_days=(90 * Y + 20, 98 * Y) if old else (19 * Y, 88 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    s["r_rel"] = ("daughter" if r.female else "son") if pa > 45 * Y else ("mother" if r.female else "father")
    s["m_kid"] = "daughter" if m.female else "son"
    s["m_Kid"] = s["m_kid"].capitalize()
    s["r_relcode"] = {"daughter": "DAU", "son": "SON", "mother": "MTH", "father": "FTH"}[s["r_rel"]]
    # dates
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(1, 6)), "d3": d1 - timedelta(days=rng.randint(3, 12)),
          "d4": d1 + timedelta(days=rng.randint(9, 45)), "d5": d1 - timedelta(days=rng.randint(300, 3000)),
          "d6": d1 + timedelta(days=rng.randint(50, 120)), "d7": d1 - timedelta(days=rng.randint(380, 700)),
          "d8": d1 - timedelta(days=rng.randint(15, 28)), "d9": d1 + timedelta(days=rng.randint(130, 170))}  # fmt: skip
    for i in range(1, 5):
        dd[f"e{i}"] = d1 - timedelta(days=rng.randint(30 * i, 30 * i + 25))
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
        hh, mm, ss = rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)
        tz, tzc = TZ[loc_code]
        s[f"{key}_ts"] = P("DATE", f"{d:%Y%m%d}{hh:02d}{mm:02d}")  # HL7 TS
        s[f"{key}_tss"] = P("DATE", f"{d:%Y%m%d}{hh:02d}{mm:02d}{ss:02d}")  # REDCap ts, DICOM DT
        s[f"{key}_fhir"] = P("DATE", f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}{tzc}")
        s[f"{key}_z"] = P("DATE", f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z")
        s[f"{key}_t"] = f" {hh:02d}:{mm:02d}:{ss:02d} {tz}"  # plain: a space-separated time
        s[f"{key}_hm"] = f"{hh:02d}{mm:02d}"
        # ctime: the month and day are the date; weekday, time and the year apart from them are plain text
        s[f"{key}_ctime"] = (f"{d:%a} ", P("DATE", f"{d:%b} {d.day}"), f" {hh:02d}:{mm:02d}:{ss:02d} UTC {d.year}")
    s["year"] = str(d1.year)
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    # clinicians
    label, gen = LIC[loc_code]
    s["lic_label"] = label
    for x in ("d", "e"):
        s[f"{x}_lic"] = P("LICENSE", gen(rng, ppl[x].family))
        s[f"{x}_npi"] = P("LICENSE", ids.npi(rng))
        s[f"{x}_dea"] = P("LICENSE", ids.dea(rng, ppl[x].family))
        s[f"{x}_stlic"] = F("LICENSE", "MD%#####", "%#####", "C%####")
    # identifiers
    for x in ("p", "r", "m", "w1", "w2", "w3", "w4"):
        s[f"{x}_mrn"] = F("MRN", "%#######", "%######", "H%######")
        s[f"{x}_member"] = F("HEALTH_PLAN", "@@@%########", "W%########", "%##########") if loc_code != "AU" else P("HEALTH_PLAN", ppl[x].nid)
        s[f"{x}_acc"] = F("ID", "@@%#######", "%#########", "A%########")
    s["acct"] = F("ACCOUNT", "%#########", "AC%#######", "%####-%####")
    s["acct2"] = F("ACCOUNT", "%#########", "%##########")
    s["visit"] = F("ID", "V%########", "%#########", "ENC%#######")
    s["visit2"] = F("ID", "V%########", "%#########")
    s["admit"] = F("ID", "A%#######", "%########")
    s["placer"] = F("ID", "PO%#######", "%########")
    s["filler"] = F("ID", "LAB%#######", "%#########")
    s["rxorder"] = F("ID", "RX%########", "%##########")
    s["fitbit_id"] = P("ID", fill(rng, "%@@@@@").replace("0", "7"))
    s["group"] = K(fill(rng, "GRP%####"))
    # devices and online traces
    s["watch_hw"], s["watch_name"] = (K(v) for v in WATCHES.get(loc_code, WATCHES["US"]))
    s["cuff"] = K(rng.choice(CUFFS))
    s["cuff_sn"] = F("DEVICE", "%#########", "@@%########", "%###@%######")
    s["watch_sn"] = F("DEVICE", "@@@@%####@@@@", "@%#@@%##@#@@")
    s["ring_sn"] = F("DEVICE", "%#@%######", "@@%########")
    s["band_sn"] = F("DEVICE", "%##########", "@@%########")
    s["mac"] = P("DEVICE", ":".join(fill(rng, "~~").upper() for _ in range(6)))
    s["cgm_maker"], s["cgm_model"] = (K(v) for v in rng.choice(CGMS))
    s["cgm_sn"] = F("DEVICE", "@@%#####@@", "%@%@%@%@%@")
    s["fitbit_model"], s["fitbit_code"] = (K(v) for v in rng.choice(FITBITS))
    s["garmin_model"] = K(rng.choice(GARMINS))
    s["garmin_sn"] = F("DEVICE", "%#########", "%###########")
    s["ip"] = P("IP", ids.ipv4(rng))
    s["ip2"] = P("IP", ids.ipv4(rng))
    s["plate"] = P("VEHICLE", fill(rng, {"US": "%@@@%##", "UK": "@@%# @@@", "AU": "@@@-%##", "NZ": "@@@%##"}[loc_code]))
    s["vin"] = P("VEHICLE", fill(rng, "%@@@@##@#@@%#####").replace("I", "J").replace("O", "P").replace("Q", "R"))
    s["survey_url"] = P("URL", fill(rng, "https://redcap.example-research.org/surveys/?s=@@@@@@@@@@").replace("I", "K"))
    s["garmin_url"] = P("URL", f"https://connect.garmin.com/modern/profile/{ids.ascii_fold(ppl['p'].given).lower()}{fill(rng, '###')}")
    s["avatar_url"] = P("URL", fill(rng, "https://static0.fitbit.com/images/profile/~~~~~~~~-~~~~-~~~~-~~~~-~~~~~~~~~~~~/avatar_150.jpg"))
    for key in ("d_ph", "s_ph", "e_ph"):
        s[key] = P("PHONE", phone(rng, loc, here))
    # keep values
    s["hospital"], s["hospital2"] = (K(v) for v in rng.sample(HOSPITALS[loc_code], 2))
    s["lab_org"] = K(LAB_ORGS[loc_code])
    s["payer"] = K(rng.choice(PAYERS[loc_code]))
    v1, v2 = rng.sample(VITALS, 2)
    s["v1_code"], s["v1_name"], s["v1_val"], s["v1_unit"] = K(v1[0]), K(v1[1]), v1[2], K(v1[3])
    s["v2_code"], s["v2_name"], s["v2_val"], s["v2_unit"] = K(v2[0]), K(v2[1]), v2[2], K(v2[3])
    lab = rng.choice(LABS)
    s["lab_code"], s["lab_name"], s["lab_val"], s["lab_unit"] = K(lab[0]), K(lab[1]), lab[2], K(lab[3])
    pr, pr2 = rng.sample(PROBLEMS, 2)
    s["sct"], s["sct_name"], s["icd"] = (K(v) for v in pr)
    s["sct2"], s["sct2_name"], s["icd2"] = (K(v) for v in pr2)
    drug = rng.choice(DRUGS)
    s["rxcui"], s["drug"], s["ndc"] = (K(v) for v in drug)
    s["ndc11"] = K(drug[2].replace("-", ""))
    s["sig"] = K(rng.choice(SIGS))
    var = rng.choice(VARIANTS)
    for k, v in zip(("chrom", "pos", "rsid", "ref", "alt", "gene", "hgvs", "prot"), var, strict=True):
        s[k] = K(v) if k not in ("ref", "alt", "chrom") else v
    s["engine"] = K(rng.choice(ENGINES))
    for i, ix in enumerate(rng.sample(INDEXES, 6)):
        s[f"ix{i}"] = K(ix)
    s["bodypart"], s["study_desc"], s["scanner"] = (K(v) for v in STUDIES[loc_code])
    s["note"] = K(rng.choice(NOTES))
    s["country"] = K(loc.country)
    s["hr"] = str(rng.randint(54, 96))
    s["steps"] = str(rng.randint(800, 14000))
    return s


OLD_P = {"p75_ccda_fragment", "p75_dicom_json_instance"}
OLD_W = {"p75_omop_extract", "p75_stats_listing", "p75_dicomweb_qido", "p75_redcap_export"}


# ---- templates -------------------------------------------------------------------------------------------

_APPLE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
]>
<HealthData locale="{locale}">
 <ExportDate value="«d2_iso»«d2_t»"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="«p_dobiso»" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSex{sex}" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>
 <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="«p_g»’s Apple Watch" sourceVersion="10.3" device="&lt;&lt;HKDevice: 0x3021e8f40&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:«watch_hw», software:10.3&gt;" unit="‹count/min›" creationDate="«d1_iso»«d1_t»" startDate="«d1_iso»«d1_t»" endDate="«d1_iso»«d1_t»" value="«hr»">
  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>
 </Record>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="«p_g»’s iPhone" sourceVersion="17.4" device="&lt;&lt;HKDevice: 0x3021ea2b0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:‹iPhone15,3›, software:17.4&gt;" unit="count" creationDate="«d3_iso»«d3_t»" startDate="«d3_iso»«d3_t»" endDate="«d3_iso»«d3_t»" value="«steps»"/>
 <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="Health Mate" sourceVersion="6.3.2" device="&lt;&lt;HKDevice: 0x3021e9a80&gt;, name:«cuff», manufacturer:OMRON, localIdentifier:«mac»&gt;" unit="‹mmHg›" creationDate="«d8_iso»«d8_t»" startDate="«d8_iso»«d8_t»" endDate="«d8_iso»«d8_t»" value="142">
  <MetadataEntry key="HKMetadataKeyDeviceSerialNumber" value="«cuff_sn»"/>
 </Record>
 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="«p_g»’s Apple Watch" sourceVersion="10.3" creationDate="«d4_iso»«d4_t»" startDate="«d4_iso»«d4_t»" endDate="«d4_iso»«d4_t»" value="HKCategoryValueSleepAnalysisAsleepDeep"/>
 <Workout workoutActivityType="‹HKWorkoutActivityTypeWalking›" duration="41.5" durationUnit="min" sourceName="«p_g»’s Apple Watch" sourceVersion="10.3" device="&lt;&lt;HKDevice: 0x3021eb4c0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:«watch_hw», software:10.3&gt;" creationDate="«e1_iso»«e1_t»" startDate="«e1_iso»«e1_t»" endDate="«e1_iso»«e1_t»">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <MetadataEntry key="HKTimeZone" value="{tzname}"/>
  <WorkoutRoute sourceName="«p_g»’s Apple Watch" sourceVersion="10.3" creationDate="«e1_iso»«e1_t»" startDate="«e1_iso»«e1_t»" endDate="«e1_iso»«e1_t»">
   <FileReference path="/workout-routes/route_«e1_iso»_7.12am.gpx"/>
  </WorkoutRoute>
 </Workout>
 <ClinicalRecord type="HKClinicalTypeIdentifierLabResultRecord" identifier="3F2C6A70-9B1D" sourceName="«hospital»" sourceURL="https://fhir.example-health.org/api/FHIR/R4" fhirVersion="‹4.0.1›" receivedDate="«e2_iso»«e2_t»" resourceFilePath="/clinical-records/Observation-3F2C6A70-9B1D.json"/>
</HealthData>

--- apple_health_export/clinical-records/Patient-7C1E02D4.json (first 12 lines) ---
{{"resourceType": "Patient", "identifier": [{{"type": {{"text": "MRN"}}, "value": "«p_mrn»"}}],
 "name": [{{"use": "official", "text": "«p_n»", "family": "«p_f»", "given": ["«p_g»"]}}],
 "telecom": [{{"system": "phone", "value": "«p_ph»", "use": "mobile"}}, {{"system": "email", "value": "«p_em»"}}],
 "gender": "{gender}", "birthDate": "«p_dobiso»",
 "address": [{{"line": ["«p_line»"], "city": "«p_town»", "postalCode": "«p_pc»"}}],
 "contact": [{{"relationship": [{{"text": "«r_rel»"}}], "name": {{"text": "«r_n»"}}, "telecom": [{{"system": "phone", "value": "«r_ph»"}}]}}]}}

--- apple_health_export/electrocardiograms/ecg_«d8_iso».csv (header) ---
Name,«p_n»
Date of Birth,«p_doblong»
Recorded Date,«d8_iso» 21:40:17 {tz}
Classification,‹Sinus Rhythm›
Symptoms,Rapid pounding or fluttering heartbeat
Software Version,2
Device,«watch_hw»
Sample Rate,512 hertz
Lead,Lead I
Unit,µV
"""


def _apple(loc: str) -> str:
    tz, _ = TZ[loc]
    return (_APPLE.replace("{locale}", "en_US" if loc == "US" else "en_NZ").replace("{tzname}", "America/Los_Angeles" if loc == "US" else "Pacific/Auckland")
            .replace("{tz}", tz).replace("{{", "{").replace("}}", "}").replace("{sex}", "«p_Sex»").replace("{gender}", "«p_gender»"))  # fmt: skip


APPLE = {"US": _apple("US"), "NZ": _apple("NZ")}

FITBIT = {
    "AU": """$ unzip -l takeout-20240318T0712Z-001.zip | grep -c csv
214
$ head -n 2 "Takeout/Fitbit/Your Profile/Profile.csv"
id,full_name,first_name,last_name,display_name_setting,display_name,username,email_address,date_of_birth,child,country,state,city,timezone,locale,member_since,about_me,start_of_week,sleep_tracking,time_display_format,gender,height,weight,stride_length_walk,stride_length_run,weight_unit,distance_unit,height_unit,avatar
«fitbit_id»,«p_n»,«p_g»,«p_f»,name,«p_g» Z.,,«p_em»,«p_dobiso»,false,AU,NSW,«p_town»,‹Australia/Sydney›,en_AU,«d7_iso»,,MONDAY,Normal,24hour,«p_GENDER»,165.0,71.4,68.6,98.2,‹METRIC›,METRIC,METRIC,«avatar_url»
$ cat "Takeout/Fitbit/Account Access Events/Account_Access_Events_1.csv"
timestamp,event_name,email,location,ip,outcome,reason,application,device_info
«d1_ctime»,‹LOGIN›,«p_em»,Sydney NSW AU,«ip»,SUCCESS,,‹Fitbit Android App›,‹Pixel 8›
«d2_ctime»,PASSWORD_CHANGE,«p_em»,Sydney NSW AU,«ip2»,SUCCESS,,Fitbit Android App,Pixel 8
$ cat "Takeout/Fitbit/Paired Devices/Devices.csv"
device_id,device_type,device_name,serial_number,mac_address,firmware,last_sync_time
2914377082,‹TRACKER›,«fitbit_model»,«band_sn»,«mac»,«fitbit_code».214.33,«d3_z»
$ cat "Takeout/Fitbit/Family/family_members.csv"
member_id,first_name,last_name,date_of_birth,role,email
«fitbit_id»,«p_g»,«p_f»,«p_dobiso»,PARENT,«p_em»
7GQ2LM,«r_g»,«r_f»,«r_dobiso»,CHILD,
$ head -n 4 "Takeout/Fitbit/Sleep Score/sleep_score.csv"
sleep_log_entry_id,timestamp,overall_score,composition_score,revitalization_score,duration_score,deep_sleep_in_minutes,resting_heart_rate,restlessness
44321978120,«e1_z»,81,20,19,42,‹84›,61,0.0712
44337218842,«e2_z»,76,19,18,39,71,63,0.0844
44351120395,«e3_z»,69,17,17,35,52,64,0.0921
""",
    "US": """$ unzip -l takeout-20240318T0712Z-001.zip | grep -c csv
188
$ head -n 2 "Takeout/Fitbit/Your Profile/Profile.csv"
id,full_name,first_name,last_name,display_name_setting,display_name,username,email_address,date_of_birth,child,country,state,city,timezone,locale,member_since,about_me,start_of_week,sleep_tracking,time_display_format,gender,height,weight,stride_length_walk,stride_length_run,weight_unit,distance_unit,height_unit,avatar
«fitbit_id»,«p_n»,«p_g»,«p_f»,name,«p_g» Z.,,«p_em»,«p_dobiso»,false,US,«p_abbr»,«p_town»,‹America/Los_Angeles›,en_US,«d7_iso»,,SUNDAY,Sensitive,12hour,«p_GENDER»,66.0,182.6,27.0,38.6,‹US›,US,US,«avatar_url»
$ cat "Takeout/Fitbit/Account Access Events/Account_Access_Events_1.csv"
timestamp,event_name,email,location,ip,outcome,reason,application,device_info
«d1_ctime»,‹LOGIN›,«p_em»,«p_town» «p_abbr» US,«ip»,SUCCESS,,‹Fitbit iOS App›,‹iPhone 14›
«d2_ctime»,EMAIL_CHANGE,«p_em»,«p_town» «p_abbr» US,«ip2»,SUCCESS,,Fitbit iOS App,iPhone 14
$ cat "Takeout/Fitbit/Paired Devices/Devices.csv"
device_id,device_type,device_name,serial_number,mac_address,firmware,last_sync_time
2791645310,‹TRACKER›,«fitbit_model»,«band_sn»,«mac»,«fitbit_code».214.33,«d3_z»
$ cat "Takeout/Fitbit/Family/family_members.csv"
member_id,first_name,last_name,date_of_birth,role,email
«fitbit_id»,«p_g»,«p_f»,«p_dobiso»,PARENT,«p_em»
8KQ4ZT,«r_g»,«r_f»,«r_dobiso»,CHILD,«r_em»
$ head -n 4 "Takeout/Fitbit/Sleep Score/sleep_score.csv"
sleep_log_entry_id,timestamp,overall_score,composition_score,revitalization_score,duration_score,deep_sleep_in_minutes,resting_heart_rate,restlessness
44321978120,«e1_z»,78,19,18,41,‹77›,58,0.0688
44337218842,«e2_z»,83,21,19,43,92,57,0.0612
44351120395,«e3_z»,71,18,16,37,60,60,0.0905
""",
}

WEARABLE_JSON = {
    "UK": """{"exportInfo": {"source": "Garmin Connect data export", "requestedOn": "«d2_z»", "format": "DI_CONNECT v2"},
 "DI-Connect-User/user_profile.json": {"userName": "«p_em»", "firstName": "«p_g»", "lastName": "«p_f»", "emailAddress": "«p_em»",
   "birthDate": "«p_dobiso»", "gender": "«p_GENDER»", "location": "«p_town», United Kingdom", "profileUrl": "«garmin_url»",
   "measurementSystem": "metric", "timeZone": "‹Europe/London›", "locale": "en_GB", "createdDate": "«d7_iso»"},
 "DI-Connect-User/emergency_contacts.json": [{"name": "«r_n»", "relationship": "«r_rel»", "phoneNumber": "«r_ph»", "email": "«r_em»"},
   {"name": "«m_n»", "relationship": "friend", "phoneNumber": "«m_ph»"}],
 "DI-Connect-Device/devices.json": [{"productDisplayName": "«garmin_model»", "partNumber": "‹006-B4257-00›", "serialNumber": "«garmin_sn»",
   "softwareVersion": "‹19.18›", "registeredDate": "«d7_iso»", "lastSyncTime": "«d3_z»"}],
 "DI-Connect-Fitness/summarizedActivities.json": [
   {"activityName": "«p_town» Running", "activityType": "‹running›", "startTimeLocal": "«d1_iso» 07:12:44", "distance": "‹5.21 km›", "averageHR": "‹148 bpm›",
    "locationName": "«p_town»", "vO2MaxValue": "‹47.0›"},
   {"activityName": "«m_town» Walking", "activityType": "walking", "startTimeLocal": "«e1_iso» 18:40:02", "distance": "3.10 km", "averageHR": "102 bpm",
    "locationName": "«m_town»"}],
 "DI-Connect-Wellness/sleepData.json": [{"calendarDate": "«d4_iso»", "sleepScores": {"overall": "79"}, "avgSleepStress": "18.2", "hrvStatus": "‹BALANCED›"}],
 "DI-Connect-Aggregator/UDSFile.json": [{"calendarDate": "«d5_iso»", "totalSteps": "«steps»", "restingHeartRate": "«hr»", "wellnessDescription": "Walked to «p_line» and back"}]}""",
    "US": """{"source": "Oura data export (membership)", "exported_at": "«d2_z»",
 "personal_info": {"id": "6f3b2c1e-81d7-4a0e-9f55-1b2d9c0e7a44", "email": "«p_em»", "biological_sex": "«p_gender»", "date_of_birth": "«p_dobiso»",
   "weight": "‹84.2 kg›", "height": "‹1.74 m›", "name": "«p_n»", "shipping_address": "«p_line», «p_town», «p_abbr» «p_pc»", "phone": "«p_ph»"},
 "ring_configuration": [{"id": "9a1e", "color": "stealth_black", "design": "heritage", "firmware_version": "‹2.9.21›", "hardware_type": "‹gen3›",
   "serial_number": "«ring_sn»", "set_up_at": "«d7_z»", "size": "10"}],
 "daily_sleep": [{"day": "«d1_iso»", "score": "82", "contributors": {"deep_sleep": "77", "efficiency": "88", "latency": "91", "rem_sleep": "64"}},
   {"day": "«d3_iso»", "score": "74", "contributors": {"deep_sleep": "69", "efficiency": "85", "latency": "73", "rem_sleep": "58"}}],
 "daily_readiness": [{"day": "«d4_iso»", "score": "‹71›", "temperature_deviation": "0.41"}],
 "enhanced_tag": [{"tag_type_code": "tag_generic_nocaffeine", "start_time": "«e1_fhir»", "comment": "dinner at «r_g» and «m_g»'s in «m_town»"},
   {"tag_type_code": "tag_generic_sick", "start_time": "«e2_fhir»", "comment": "«r_rel» drove me to urgent care, «hospital»"}],
 "sessions": [{"type": "breathing", "start_datetime": "«e3_fhir»", "heart_rate": "‹58 bpm›", "hrv": "‹42 ms›"}]}""",
}

HEALTH_CONNECT = {
    "NZ": """{"exportedBy": "hc-export 1.4.2 (com.example.hcexport)", "exportedAt": "«d2_fhir»", "healthConnectVersion": "‹2024.06.01›",
 "owner": {"displayName": "«p_n»", "googleAccount": "«p_em»", "dateOfBirth": "«p_dobiso»", "phone": "«p_ph»"},
 "records": [
  {"recordType": "HeartRateRecord", "startTime": "«d1_fhir»", "samples": [{"beatsPerMinute": "«hr»"}],
   "metadata": {"id": "1d0c8a7e", "dataOrigin": {"packageName": "‹com.google.android.apps.fitness›"}, "device": {"manufacturer": "Google", "model": "‹Pixel Watch 2›", "type": "WATCH"}, "clientRecordId": "hr-8812"}},
  {"recordType": "BloodGlucoseRecord", "time": "«d3_fhir»", "level": {"inMillimolesPerLiter": "7.8"}, "specimenSource": "INTERSTITIAL_FLUID", "relationToMeal": "AFTER_MEAL",
   "metadata": {"dataOrigin": {"packageName": "com.dexcom.g7"}, "device": {"manufacturer": "«cgm_maker»", "model": "«cgm_model»", "type": "UNKNOWN", "sensorSerial": "«cgm_sn»"}}},
  {"recordType": "ExerciseSessionRecord", "startTime": "«e1_fhir»", "exerciseType": "EXERCISE_TYPE_WALKING", "title": "Walk «p_line» to «m_town»", "notes": "with «r_g» and the mokopuna"},
  {"recordType": "WeightRecord", "time": "«e2_fhir»", "weight": {"inKilograms": "96.4"}},
  {"recordType": "MedicalResource", "medicalResourceType": "MEDICAL_RESOURCE_TYPE_VACCINES", "dataSourceName": "«hospital»",
   "fhirResource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"coding": [{"system": "http://snomed.info/sct", "code": "‹871751006›", "display": "‹Hepatitis A vaccine›"}]},
     "patient": {"display": "«p_n» (NHI «p_nid»)"}, "occurrenceDateTime": "«e3_iso»", "performer": [{"actor": {"display": "«d_n», «lic_label» «d_lic»"}}], "lotNumber": "B4412K"}}]}""",
    "AU": """{"exportedBy": "hc-export 1.4.2 (com.example.hcexport)", "exportedAt": "«d2_fhir»", "healthConnectVersion": "‹2024.06.01›",
 "owner": {"displayName": "«p_n»", "googleAccount": "«p_em»", "dateOfBirth": "«p_dobiso»", "phone": "«p_ph»"},
 "records": [
  {"recordType": "HeartRateRecord", "startTime": "«d1_fhir»", "samples": [{"beatsPerMinute": "«hr»"}],
   "metadata": {"id": "1d0c8a7e", "dataOrigin": {"packageName": "‹com.sec.android.app.shealth›"}, "device": {"manufacturer": "Samsung", "model": "‹SM-R960›", "type": "WATCH"}, "clientRecordId": "hr-8812"}},
  {"recordType": "BloodGlucoseRecord", "time": "«d3_fhir»", "level": {"inMillimolesPerLiter": "9.1"}, "specimenSource": "INTERSTITIAL_FLUID", "relationToMeal": "FASTING",
   "metadata": {"dataOrigin": {"packageName": "com.freestylelibre3.app.au"}, "device": {"manufacturer": "«cgm_maker»", "model": "«cgm_model»", "type": "UNKNOWN", "sensorSerial": "«cgm_sn»"}}},
  {"recordType": "ExerciseSessionRecord", "startTime": "«e1_fhir»", "exerciseType": "EXERCISE_TYPE_WALKING", "title": "Walk «p_line» to «m_town»", "notes": "with «r_g», slow pace"},
  {"recordType": "WeightRecord", "time": "«e2_fhir»", "weight": {"inKilograms": "78.9"}},
  {"recordType": "MedicalResource", "medicalResourceType": "MEDICAL_RESOURCE_TYPE_VACCINES", "dataSourceName": "«hospital»",
   "fhirResource": {"resourceType": "Immunization", "status": "completed", "vaccineCode": {"coding": [{"system": "http://snomed.info/sct", "code": "‹1119349007›", "display": "‹SARS-CoV-2 mRNA vaccine›"}]},
     "patient": {"display": "«p_n» (Medicare «p_nid»)"}, "occurrenceDateTime": "«e3_iso»", "performer": [{"actor": {"display": "«d_n», «lic_label» «d_lic»"}}], "lotNumber": "FK8891"}}]}""",
}

VCF = {
    "UK": """##fileformat=‹VCFv4.2›
##fileDate=«d2_da»
##source=«engine»
##reference=file:///staging/ref/‹GRCh38›/Homo_sapiens_assembly38.fasta
##contig=<ID=chr1,length=248956422>
##contig=<ID=chr7,length=159345973>
##contig=<ID=chr13,length=114364328>
##contig=<ID=chr17,length=83257441>
##INFO=<ID=DP,Number=1,Type=Integer,Description="Approximate read depth">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
##DRAGENCommandLine=<ID=dragen,Version="SW: 07.021.645.4.2.4",Date="«d2_ctime»",CommandLineOptions="--ref-dir /staging/ref/GRCh38 --fastq-list /data/runs/R24-118/fastq_list.csv --output-directory /data/out/«p_F»_«p_G»_«p_dobiso» --output-file-prefix «p_mrn» --vc-sample-name «p_F»_«p_G» --enable-variant-caller true">
##SAMPLE=<ID=«p_mrn»,Individual="«p_n»",DOB=«p_dobiso»,NHSNumber=«p_nid»,Sex=«p_gender»,Referrer="Dr «d_n» (GMC «d_lic»)",Indication="Inherited cancer (R208)">
##SAMPLE=<ID=«r_mrn»,Individual="«r_n»",Relationship=«r_rel»,DOB=«r_dobiso»>
##PEDIGREE=<ID=«p_mrn»,Original=«p_mrn»,Mother=«m_mrn»>
##bcftools_viewCommand=view -s «p_mrn» -Oz -o /home/shared/cases/«p_f»/«p_mrn».‹GRCh38›.vcf.gz; Date=«d4_ctime»
##laboratory=«lab_org»; reported by «e_n», clinical scientist, «e_ph»
#CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	«p_mrn»
«chrom»	«pos»	«rsid»	«ref»	«alt»	812.4	PASS	DP=97;GENE=«gene»;HGVS=«hgvs»	GT:AD	0/1:50,47
chr1	‹11794419›	rs1801133	G	A	1045.6	PASS	DP=88;GENE=MTHFR	GT:AD	0/1:41,47
""",
    "US": """##fileformat=‹VCFv4.2›
##fileDate=«d2_da»
##source=«engine»
##reference=file:///ref/‹GRCh38›/GRCh38_full_analysis_set_plus_decoy_hla.fa
##contig=<ID=chr7,length=159345973>
##contig=<ID=chr12,length=133275309>
##contig=<ID=chr19,length=58617616>
##INFO=<ID=DP,Number=1,Type=Integer,Description="Approximate read depth">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##GATKCommandLine=<ID=HaplotypeCaller,CommandLine="HaplotypeCaller --input /mnt/cases/«p_F»_«p_G»/«p_mrn».cram --output /mnt/cases/«p_F»_«p_G»/«p_mrn».g.vcf.gz --sample-name «p_F»_«p_G» --reference /ref/Homo_sapiens_assembly38.fasta",Version="4.5.0.0",Date="«d2_ctime»">
##SAMPLE=<ID=«p_mrn»,Individual="«p_n»",DOB=«p_dob»,MRN=«p_mrn»,SSN=«p_nid»,Sex=«p_gender»,OrderingPhysician="«d_n», MD (NPI «d_npi»)">
##SAMPLE=<ID=«r_mrn»,Individual="«r_n»",Relationship=«r_rel»,DOB=«r_dob»>
##PEDIGREE=<ID=«p_mrn»,Father=«r_mrn»,Mother=«m_mrn»>
##clinical_note=Proband «p_n», family history reported by «r_rel» «r_g» (cell «r_ph»); sample collected «d3_loc»
##laboratory=«lab_org»; variant review «e_n», PhD, «e_em»
#CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	«p_mrn»
«chrom»	«pos»	«rsid»	«ref»	«alt»	640.2	PASS	DP=81;GENE=«gene»;HGVS=«hgvs»	GT:AD	0/1:44,37
chr19	‹44908684›	rs429358	T	C	910.8	PASS	DP=76;GENE=APOE	GT:AD	0/1:39,37
""",
}

SAM = {
    "AU": """$ samtools view -H /data/cases/«p_mrn»/«p_F»_«p_G».cram
@HD	VN:‹1.6›	SO:coordinate
@SQ	SN:chr1	LN:248956422	M5:6aef897c3d6ff0c78aff06ac189178dd	AS:‹GRCh38›	UR:file:///ref/GRCh38_full_analysis_set_plus_decoy_hla.fa
@SQ	SN:chr2	LN:242193529	M5:f98db672eb0993dcfdabafe2a882905c	AS:GRCh38
@RG	ID:H7KLMDSXC.2	PL:ILLUMINA	PM:‹NovaSeq 6000›	PU:H7KLMDSXC.2.«ix0»	LB:LIB-24-0871	SM:«p_F»_«p_G»	DT:«d3_iso»	CN:«lab_org»	DS:proband; DOB «p_dobiso»; MRN «p_mrn»; IHI «p_nid2»
@RG	ID:H7KLMDSXC.3	PL:ILLUMINA	PM:NovaSeq 6000	PU:H7KLMDSXC.3.«ix0»	LB:LIB-24-0871	SM:«p_F»_«p_G»	DT:«d3_iso»	CN:«lab_org»
@PG	ID:bwa	PN:bwa	VN:‹0.7.17-r1188›	CL:bwa mem -K 100000000 -t 32 -Y -R @RG\\tID:H7KLMDSXC.2\\tSM:«p_F»_«p_G» /ref/GRCh38.fa /data/fastq/«p_g»_«p_f»_S1_L002_R1_001.fastq.gz /data/fastq/«p_g»_«p_f»_S1_L002_R2_001.fastq.gz
@PG	ID:samtools	PN:samtools	PP:bwa	VN:‹1.19.2›	CL:samtools view -C -T /ref/GRCh38.fa -o /data/cases/«p_mrn»/«p_F»_«p_G».cram
@CO	LIMS: received «d8_iso» from Dr «d_n» (AHPRA «d_lic»), «hospital»; Medicare «p_nid»
@CO	LIMS: sample is a buccal swab, collected at home «p_line», «p_town» by «r_rel» «r_n» («r_ph»)
@CO	QC: mean coverage ‹38.2x›, Q30 ‹91.4%›, contamination 0.3%
""",
    "UK": """$ samtools view -H /nas/wgs/«p_mrn»/«p_F»_«p_G».bam
@HD	VN:‹1.6›	SO:coordinate
@SQ	SN:chr1	LN:248956422	M5:6aef897c3d6ff0c78aff06ac189178dd	AS:‹GRCh38›	UR:file:///ref/Homo_sapiens_assembly38.fasta
@SQ	SN:chrX	LN:156040895	M5:2b3a55ff7f58eb308420c8a9b11cac50	AS:GRCh38
@RG	ID:HWTN2DSX5.1	PL:ILLUMINA	PM:‹NovaSeq X Plus›	PU:HWTN2DSX5.1.«ix0»	LB:WGS-24-1204	SM:«p_F»_«p_G»	DT:«d3_iso»	CN:«lab_org»	DS:NHS «p_nid»; DOB «p_dob»; NI «p_nid2»
@PG	ID:bwa-mem2	PN:bwa-mem2	VN:‹2.2.1›	CL:bwa-mem2 mem -t 48 -R @RG\\tID:HWTN2DSX5.1\\tSM:«p_F»_«p_G» /ref/Homo_sapiens_assembly38.fasta /scratch/«p_g»_«p_f»_R1.fastq.gz /scratch/«p_g»_«p_f»_R2.fastq.gz
@PG	ID:MarkDuplicates	PN:MarkDuplicates	PP:bwa-mem2	VN:‹Version:4.5.0.0›	CL:MarkDuplicates --INPUT «p_mrn».raw.bam --OUTPUT «p_mrn».bam --METRICS_FILE «p_mrn».dup_metrics.txt
@CO	Referral «d8_loc» from Dr «d_n» (GMC «d_lic»), «hospital»; family: «r_rel» «r_n», «r_em»
@CO	Patient address on request form: «p_line», «p_town», «p_pc»; tel «p_ph»
@CO	QC: mean coverage ‹34.7x›, Q30 ‹93.1%›, duplicate rate 8.2%
""",
}

SAMPLESHEET = {
    "US": """[Header]
IEMFileVersion,5
Investigator Name,«s_n»
Experiment Name,ONC-SOLID-0412
Date,«d1_loc»
Workflow,GenerateFASTQ
Application,‹FASTQ Only›
Instrument Type,‹NextSeq 2000›
Assay,‹TruSight Oncology 500›
Index Adapters,IDT-ILMN TruSeq DNA UD Indexes
Description,Run for «lab_org»; questions to «s_em» / «s_ph»
Chemistry,Amplicon

[Reads]
151
151

[Data]
Sample_ID,Sample_Name,Sample_Plate,Sample_Well,I7_Index_ID,index,I5_Index_ID,index2,Sample_Project,Description
‹TSO24-0412-01›,«p_mrn»,P1,A01,UDI0001,«ix0»,UDI0001,«ix1»,SOLID,«p_LF» DOB «p_dob» FFPE lung
TSO24-0412-02,«w1_mrn»,P1,B01,UDI0002,«ix2»,UDI0002,«ix3»,SOLID,«w1_LF» DOB «w1_dob» FFPE colon
TSO24-0412-03,«w2_mrn»,P1,C01,UDI0003,«ix4»,UDI0003,«ix5»,SOLID,«w2_LF» DOB «w2_dob» bone marrow
TSO24-0412-04,«w3_mrn»,P1,D01,UDI0004,ATTACTCGAT,UDI0004,AGGCTATAGC,SOLID,«w3_LF» DOB «w3_dob» FFPE melanoma
‹NTC-0412›,NTC,P1,E01,UDI0005,TCCGGAGAGT,UDI0005,GCCTCTATCT,SOLID,no template control
""",
    "NZ": """[Header]
FileFormatVersion,2
RunName,RUN-24-0088
InstrumentPlatform,‹NovaSeqXSeries›
InstrumentType,‹NovaSeqXPlus›
IndexOrientation,Forward
RunDescription,Germline panel run «d1_iso», set up by «s_n» («s_em»)

[Reads]
Read1Cycles,151
Read2Cycles,151
Index1Cycles,10
Index2Cycles,10

[BCLConvert_Settings]
SoftwareVersion,‹4.2.7›
FastqCompression,gzip

[BCLConvert_Data]
Lane,Sample_ID,Index,Index2
1,‹GP24-0088-01›,«ix0»,«ix1»
1,GP24-0088-02,«ix2»,«ix3»
1,GP24-0088-03,«ix4»,«ix5»

[Cloud_Data]
Sample_ID,ProjectName,LibraryName,LibraryPrepKitName,IndexAdapterKitName
GP24-0088-01,«p_F»_«p_G»_«p_nid»,LIB01,‹Illumina DNA Prep›,IDT for Illumina UD Indexes
GP24-0088-02,«w1_F»_«w1_G»_«w1_nid»,LIB02,Illumina DNA Prep,IDT for Illumina UD Indexes
GP24-0088-03,«w3_F»_«w3_G»_«w3_nid»,LIB03,Illumina DNA Prep,IDT for Illumina UD Indexes

[Sample_Notes]
Sample_ID,Received,Requester,Note
GP24-0088-01,«d3_iso»,Dr «d_n» (MCNZ «d_lic»),DOB «p_dob»; whanau contact «r_n» «r_ph»
GP24-0088-02,«d8_iso»,Dr «d_n» (MCNZ «d_lic»),DOB «w1_dob»; «w1_line», «w1_town»
GP24-0088-03,«e1_iso»,Dr «e_n» (MCNZ «e_lic»),DOB «w3_dob»
""",
}

_DICOM = """[{"00080005": {"vr": "CS", "Value": ["‹ISO_IR 192›"]},
  "00080016": {"vr": "UI", "Value": ["{sop}"]},
  "00080018": {"vr": "UI", "Value": ["1.2.826.0.1.3680043.10.1175.3.20240314.771204"]},
  "00080020": {"vr": "DA", "Value": ["«d1_da»"]},
  "00080021": {"vr": "DA", "Value": ["«d1_da»"]},
  "00080030": {"vr": "TM", "Value": ["071244"]},
  "00080050": {"vr": "SH", "Value": ["«p_acc»"]},
  "00080060": {"vr": "CS", "Value": ["{modality}"]},
  "00080080": {"vr": "LO", "Value": ["«hospital»"]},
  "00080090": {"vr": "PN", "Value": [{"Alphabetic": "«d_F»^«d_G»^^Dr"}]},
  "00081030": {"vr": "LO", "Value": ["«study_desc»"]},
  "00081050": {"vr": "PN", "Value": [{"Alphabetic": "«e_F»^«e_G»"}]},
  "00081070": {"vr": "PN", "Value": [{"Alphabetic": "«s_F»^«s_G»"}]},
  "00081090": {"vr": "LO", "Value": ["«scanner»"]},
  "00100010": {"vr": "PN", "Value": [{"Alphabetic": "«p_F»^«p_G»"}]},
  "00100020": {"vr": "LO", "Value": ["«p_mrn»"]},
  "00100021": {"vr": "LO", "Value": ["{issuer}"]},
  "00100030": {"vr": "DA", "Value": ["«p_dobda»"]},
  "00100040": {"vr": "CS", "Value": ["«p_sex»"]},
  "00101000": {"vr": "LO", "Value": ["«p_nid»"]},
  "00101010": {"vr": "AS", "Value": ["«p_dold»"]},
  "00101040": {"vr": "LO", "Value": ["«p_line», «p_town», «p_pc»"]},
  "00101050": {"vr": "LO", "Value": ["{plan}"]},
  "00101060": {"vr": "PN", "Value": [{"Alphabetic": "«m_F»^«m_G»"}]},
  "00102154": {"vr": "SH", "Value": ["«p_ph»"]},
  "00102160": {"vr": "SH", "Value": ["{ethnic}"]},
  "00104000": {"vr": "LT", "Value": ["Lives with «r_rel» «r_n» («r_ph»). Hard of hearing, please call «r_g» before the appointment."]},
  "00180015": {"vr": "CS", "Value": ["«bodypart»"]},
  "0020000D": {"vr": "UI", "Value": ["1.2.826.0.1.3680043.10.1175.1.20240314.440198"]},
  "0020000E": {"vr": "UI", "Value": ["1.2.826.0.1.3680043.10.1175.2.20240314.440199"]},
  "00321032": {"vr": "PN", "Value": [{"Alphabetic": "«d_F»^«d_G»"}]},
  "00380010": {"vr": "LO", "Value": ["«admit»"]},
  "00400244": {"vr": "DA", "Value": ["«d1_da»"]},
  "00400253": {"vr": "SH", "Value": ["«placer»"]},
  "7FE00010": {"vr": "OB", "BulkDataURI": "https://pacs.example.net/dicomweb/studies/1.2.826.0.1.3680043.10.1175.1.20240314.440198/bulk/7FE00010"}}]"""


DICOM_JSON = {
    "UK": _DICOM.replace("{sop}", "‹1.2.840.10008.5.1.4.1.1.4›").replace("{modality}", "MR").replace("{issuer}", "‹NHS›")
    .replace("{plan}", "NHS").replace("{ethnic}", "‹Not stated›"),
    "AU": _DICOM.replace("{sop}", "‹1.2.840.10008.5.1.4.1.1.2›").replace("{modality}", "CT").replace("{issuer}", "‹WSLHD›")
    .replace("«p_nid»", "«p_nid2»").replace("{plan}", "«p_member»").replace("{ethnic}", "‹Aboriginal›"),
}

_QIDO_STUDY = """ {"00080020": {"vr": "DA", "Value": ["«X_date»"]}, "00080030": {"vr": "TM", "Value": ["0{n}1530"]},
  "00080050": {"vr": "SH", "Value": ["«X_acc»"]}, "00080061": {"vr": "CS", "Value": ["{mods}"]},
  "00080090": {"vr": "PN", "Value": [{"Alphabetic": "«R_F»^«R_G»"}]},
  "00081030": {"vr": "LO", "Value": ["{desc}"]},
  "00100010": {"vr": "PN", "Value": [{"Alphabetic": "«X_F»^«X_G»"}]},
  "00100020": {"vr": "LO", "Value": ["«X_id»"]}, "00100030": {"vr": "DA", "Value": ["«X_dobda»"]},
  "00100040": {"vr": "CS", "Value": ["«X_sex»"]}, "00101010": {"vr": "AS", "Value": ["«X_dAGE»"]},
  "0020000D": {"vr": "UI", "Value": ["1.2.826.0.1.3680043.10.1175.1.{n}4471{n}"]},
  "00201206": {"vr": "IS", "Value": [{n}]}, "00201208": {"vr": "IS", "Value": [{m}]},
  "00081190": {"vr": "UR", "Value": ["https://pacs.example.net/dicomweb/studies/1.2.826.0.1.3680043.10.1175.1.{n}4471{n}"]}}"""
_QIDO_ROWS = [("p", "d", "e1", "‹CT›", "{d0}", 3, 412), ("w1", "e", "e2", "‹MR›", "MR LUMBAR SPINE WO CONTRAST", 6, 1180),
              ("w2", "d", "e3", "‹DX›", "‹XR CHEST 2 VIEWS›", 1, 2), ("w3", "e", "e4", "US", "US RENAL", 2, 64)]  # fmt: skip


def _qido(id_slot: str) -> str:
    rows = []
    for i, (x, ref, dkey, mods, desc, _nser, ninst) in enumerate(_QIDO_ROWS, 1):
        age = "dold" if x == "w2" else "dage"
        rows.append(_QIDO_STUDY.replace("«X_date»", f"«{dkey}_da»").replace("«X_acc»", f"«{x}_acc»").replace("«R_", f"«{ref}_")
                    .replace("«X_id»", f"«{x}_{id_slot}»").replace("«X_dAGE»", f"«{x}_{age}»").replace("«X_", f"«{x}_")
                    .replace("{mods}", mods).replace("{desc}", desc).replace("{n}", str(i)).replace("{m}", str(ninst)))  # fmt: skip
    return "[\n" + ",\n".join(rows).replace("{d0}", "«study_desc»") + "\n]"


QIDO = {"US": _qido("mrn"), "NZ": _qido("nid")}

_FHIR_PATIENT = """{"resourceType":"Patient","id":"pt-{n}","meta":{"lastUpdated":"«d2_z»"},"identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"system":"urn:oid:2.16.840.1.113883.3.7204.1","value":"«X_mrn»"},{NID}],"name":[{"use":"official","family":"«X_f»","given":["«X_g»"]}],"telecom":[{"system":"phone","value":"«X_ph»","use":"mobile"},{"system":"email","value":"«X_em»"}],"gender":"«X_gender»","birthDate":"«X_dobiso»","address":[{"use":"home","line":["«X_line»"],"city":"«X_town»","state":"{state}","postalCode":"«X_pc»","country":"{cc}"}]{EXTRA}}"""
_FHIR_REST = """{"resourceType":"Encounter","id":"enc-1","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"‹AMB›"},"identifier":[{"use":"official","system":"urn:oid:2.16.840.1.113883.3.7204.2","value":"«visit»"}],"subject":{"reference":"Patient/pt-1","display":"«p_n»"},"participant":[{"individual":{"display":"«d_n»"}}],"period":{"start":"«d1_fhir»","end":"«d2_fhir»"},"reasonCode":[{"coding":[{"system":"http://snomed.info/sct","code":"«sct»","display":"«sct_name»"}]}],"account":[{"identifier":{"value":"«acct»"}}],"serviceProvider":{"display":"«hospital»"}}
{"resourceType":"Encounter","id":"enc-2","status":"finished","class":{"code":"EMER"},"identifier":[{"value":"«visit2»"}],"subject":{"reference":"Patient/pt-2","display":"«w1_n»"},"participant":[{"individual":{"display":"«e_n»"}}],"period":{"start":"«e1_fhir»"},"serviceProvider":{"display":"«hospital2»"}}
{"resourceType":"Observation","id":"obs-1","status":"final","category":[{"coding":[{"code":"vital-signs"}]}],"code":{"coding":[{"system":"http://loinc.org","code":"«v1_code»","display":"«v1_name»"}]},"subject":{"reference":"Patient/pt-1","display":"«p_n»"},"encounter":{"reference":"Encounter/enc-1"},"effectiveDateTime":"«d1_fhir»","valueQuantity":{"value":«v1_val»,"unit":"«v1_unit»","system":"http://unitsofmeasure.org"},"performer":[{"display":"«d_n»"}]}
{"resourceType":"Observation","id":"obs-2","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"«lab_code»","display":"«lab_name»"}]},"subject":{"reference":"Patient/pt-1"},"effectiveDateTime":"«d3_fhir»","valueQuantity":{"value":«lab_val»,"unit":"«lab_unit»"},"note":[{"text":"Result phoned to «r_rel» «r_g» on «r_ph», pt hard of hearing. Repeat in 3 months."}]}
{"resourceType":"Coverage","id":"cov-1","status":"active","subscriberId":"«p_member»","beneficiary":{"reference":"Patient/pt-1"},"subscriber":{"display":"«p_n»"},"relationship":{"coding":[{"code":"self"}]},"period":{"start":"«d5_iso»"},"payor":[{"display":"«payer»"}],"class":[{"type":{"coding":[{"code":"group"}]},"value":"«group»"}]}
{"resourceType":"Coverage","id":"cov-2","status":"active","subscriberId":"«w1_member»","beneficiary":{"reference":"Patient/pt-2"},"subscriber":{"display":"«w1_n»"},"relationship":{"coding":[{"code":"self"}]},"period":{"start":"«d7_iso»","end":"«d9_iso»"},"payor":[{"display":"«payer»"}]}"""


def _fhir(loc: str) -> str:
    nid = {"US": '{"system":"http://hl7.org/fhir/sid/us-ssn","value":"«X_nid»"}',
           "AU": '{"type":{"text":"IHI"},"system":"http://ns.electronichealth.net.au/id/hi/ihi/1.0","value":"«X_nid2»"},{"type":{"text":"Medicare"},"system":"http://ns.electronichealth.net.au/id/medicare-number","value":"«X_nid»"}'}[loc]  # fmt: skip
    extra = ',"contact":[{"relationship":[{"text":"«r_rel»"}],"name":{"text":"«r_n»"},"telecom":[{"system":"phone","value":"«r_ph»"}]}],"generalPractitioner":[{"display":"«d_n»"}]'
    state, cc = ("WA", "US") if loc == "US" else ("NSW", "AU")
    pats = []
    for n, x in ((1, "p"), (2, "w1")):
        t = _FHIR_PATIENT.replace("{NID}", nid).replace("{EXTRA}", extra if x == "p" else "").replace("{state}", "«X_abbr»").replace("{cc}", cc)
        pats.append(t.replace("«X_", f"«{x}_").replace("{n}", str(n)))
    del state
    return "\n".join(pats) + "\n" + _FHIR_REST


FHIR_NDJSON = {"US": _fhir("US"), "AU": _fhir("AU")}

_CCDA = """<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="‹2.16.840.1.113883.10.20.22.1.2›" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="TT988"/>
  <code code="‹34133-9›" codeSystem="2.16.840.1.113883.6.1" displayName="‹Summarization of Episode Note›"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="«d2_tss»-0700"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.4.1" extension="«p_nid»"/>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="«p_mrn»"/>
      <addr use="HP"><streetAddressLine>«p_line»</streetAddressLine><city>«p_town»</city><state>«p_abbr»</state><postalCode>«p_pc»</postalCode><country>US</country></addr>
      <telecom value="tel:+1-«p_phd»" use="HP"/>
      <telecom value="mailto:«p_em»"/>
      <patient>
        <name use="L"><given>«p_g»</given><family>«p_f»</family></name>
        <administrativeGenderCode code="«p_sex»" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="«p_dobda»"/>
        <raceCode code="‹2131-1›" codeSystem="2.16.840.1.113883.6.238" displayName="Other Race"/>
        <guardian>
          <code code="«r_relcode»" codeSystem="2.16.840.1.113883.5.111"/>
          <addr use="HP"><streetAddressLine>«r_line»</streetAddressLine><city>«r_town»</city><state>«r_abbr»</state><postalCode>«r_pc»</postalCode></addr>
          <telecom value="tel:+1-«r_phd»" use="MC"/>
          <guardianPerson><name><given>«r_g»</given><family>«r_f»</family></name></guardianPerson>
        </guardian>
        <languageCommunication><languageCode code="‹{lang}›"/><preferenceInd value="true"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="«d2_ts»"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="«d_npi»"/>
      <telecom value="tel:«d_ph»" use="WP"/>
      <assignedPerson><name><prefix>Dr.</prefix><given>«d_g»</given><family>«d_f»</family></name></assignedPerson>
      <representedOrganization><name>«hospital»</name></representedOrganization>
    </assignedAuthor>
  </author>
  <informant><relatedEntity classCode="PRS"><code code="«r_relcode»"/><relatedPerson><name>«r_n»</name></relatedPerson></relatedEntity></informant>
  <participant typeCode="IND"><associatedEntity classCode="ECON"><telecom value="tel:«m_ph»"/><associatedPerson><name><given>«m_g»</given><family>«m_f»</family></name></associatedPerson></associatedEntity></participant>
  <documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="«d5_da»"/><high value="«d2_da»"/></effectiveTime>
    <performer typeCode="PRF"><assignedEntity><id root="2.16.840.1.113883.4.6" extension="«e_npi»"/><assignedPerson><name>«e_n», NP</name></assignedPerson></assignedEntity></performer>
  </serviceEvent></documentationOf>
  <component><structuredBody><component><section>
    <templateId root="‹2.16.840.1.113883.10.20.22.2.5.1›"/>
    <code code="‹11450-4›" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
    <text>«p_old»-year-old with «sct_name» («sct»), «sct2_name»; seen with «r_rel» «r_g» on «d1_long». Medication: «drug» (RxNorm «rxcui»). Lives at home in «p_town» with «r_g».</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""
CCDA = {"US": _CCDA.replace("{lang}", "en")}

OPENEHR = {
    "UK": """{"_type": "COMPOSITION", "name": {"_type": "DV_TEXT", "value": "Vital signs"}, "archetype_node_id": "‹openEHR-EHR-COMPOSITION.encounter.v1›",
 "uid": {"_type": "OBJECT_VERSION_ID", "value": "8849182c-82ad-4088-a07f-48ead4180515::nhs-ehrbase::1"},
 "language": {"_type": "CODE_PHRASE", "terminology_id": {"_type": "TERMINOLOGY_ID", "value": "‹ISO_639-1›"}, "code_string": "en"},
 "territory": {"_type": "CODE_PHRASE", "terminology_id": {"_type": "TERMINOLOGY_ID", "value": "‹ISO_3166-1›"}, "code_string": "GB"},
 "category": {"_type": "DV_CODED_TEXT", "value": "event", "defining_code": {"terminology_id": {"value": "openehr"}, "code_string": "433"}},
 "composer": {"_type": "PARTY_IDENTIFIED", "name": "Dr «d_n»", "identifiers": [{"_type": "DV_IDENTIFIER", "id": "«d_lic»", "issuer": "GMC", "assigner": "GMC", "type": "GMC number"}]},
 "context": {"_type": "EVENT_CONTEXT", "start_time": {"_type": "DV_DATE_TIME", "value": "«d1_fhir»"}, "end_time": {"_type": "DV_DATE_TIME", "value": "«d2_fhir»"},
   "setting": {"_type": "DV_CODED_TEXT", "value": "home", "defining_code": {"terminology_id": {"value": "openehr"}, "code_string": "225"}},
   "health_care_facility": {"_type": "PARTY_IDENTIFIED", "name": "«hospital»"},
   "participations": [{"_type": "PARTICIPATION", "function": {"_type": "DV_TEXT", "value": "informant"},
     "performer": {"_type": "PARTY_RELATED", "name": "«r_n»", "relationship": {"_type": "DV_CODED_TEXT", "value": "«r_rel»"}}},
    {"_type": "PARTICIPATION", "function": {"_type": "DV_TEXT", "value": "recorder"}, "performer": {"_type": "PARTY_IDENTIFIED", "name": "«e_n», community nurse"}}]},
 "content": [
  {"_type": "OBSERVATION", "name": {"_type": "DV_TEXT", "value": "Blood pressure"}, "archetype_node_id": "‹openEHR-EHR-OBSERVATION.blood_pressure.v2›",
   "subject": {"_type": "PARTY_SELF", "external_ref": {"_type": "PARTY_REF", "id": {"_type": "GENERIC_ID", "value": "«p_nid»", "scheme": "NHS"}, "namespace": "demographic", "type": "PERSON"}},
   "data": {"_type": "HISTORY", "origin": {"_type": "DV_DATE_TIME", "value": "«d1_fhir»"}, "events": [{"_type": "POINT_EVENT", "time": {"_type": "DV_DATE_TIME", "value": "«d1_fhir»"},
     "data": {"_type": "ITEM_TREE", "items": [{"_type": "ELEMENT", "name": {"value": "Systolic"}, "archetype_node_id": "at0004", "value": {"_type": "DV_QUANTITY", "magnitude": 142, "units": "‹mm[Hg]›"}},
       {"_type": "ELEMENT", "name": {"value": "Diastolic"}, "archetype_node_id": "at0005", "value": {"_type": "DV_QUANTITY", "magnitude": 88, "units": "mm[Hg]"}}]}}]}},
  {"_type": "EVALUATION", "name": {"_type": "DV_TEXT", "value": "Clinical synopsis"}, "archetype_node_id": "‹openEHR-EHR-EVALUATION.clinical_synopsis.v1›",
   "subject": {"_type": "PARTY_SELF"},
   "data": {"_type": "ITEM_TREE", "items": [{"_type": "ELEMENT", "name": {"value": "Synopsis"}, "value": {"_type": "DV_TEXT",
     "value": "Home visit at «p_line», «p_town» «p_pc». «p_title» «p_f» (DOB «p_dob», NI «p_nid2») seen with «r_rel» «r_g»; BP raised, «icd» on the problem list. Review by «d_i» in 2 weeks; «r_g» to ring the surgery on «s_ph»."}}]}}]}""",
    "AU": """{"ctx/language": "en", "ctx/territory": "AU", "ctx/composer_name": "«d_n»", "ctx/composer_id": "«d_lic»",
 "ctx/id_namespace": "‹WSLHD-PMI›", "ctx/id_scheme": "WSLHD-PMI", "ctx/health_care_facility|name": "«hospital»", "ctx/health_care_facility|id": "HCF-0412",
 "ctx/participation_name": "«e_n»", "ctx/participation_function": "performer", "ctx/participation_mode": "‹face-to-face communication›",
 "ctx/time": "«d1_fhir»", "ctx/end_time": "«d2_fhir»",
 "vital_signs_encounter/_uid": "b2c9c0a1-3f11-4a77-9d0e-5f1f2aa7e9c1::au.ehrbase::1",
 "vital_signs_encounter/context/patient_details/name": "«p_n»",
 "vital_signs_encounter/context/patient_details/date_of_birth": "«p_dobiso»",
 "vital_signs_encounter/context/patient_details/medicare_number": "«p_nid»",
 "vital_signs_encounter/context/patient_details/ihi": "«p_nid2»",
 "vital_signs_encounter/context/patient_details/mrn": "«p_mrn»",
 "vital_signs_encounter/context/patient_details/address": "«p_line», «p_town» «p_abbr» «p_pc»",
 "vital_signs_encounter/context/patient_details/mobile": "«p_ph»",
 "vital_signs_encounter/context/next_of_kin": "«r_n» («r_rel») «r_ph»",
 "vital_signs_encounter/blood_pressure/any_event:0/systolic|magnitude": "138", "vital_signs_encounter/blood_pressure/any_event:0/systolic|unit": "‹mm[Hg]›",
 "vital_signs_encounter/blood_pressure/any_event:0/time": "«d1_fhir»",
 "vital_signs_encounter/pulse_oximetry/any_event:0/spo_|numerator": "96", "vital_signs_encounter/pulse_oximetry/any_event:0/spo_|denominator": "100",
 "vital_signs_encounter/body_weight/any_event:0/weight|magnitude": "81.4", "vital_signs_encounter/body_weight/any_event:0/weight|unit": "‹kg›",
 "vital_signs_encounter/problem_diagnosis:0/problem_diagnosis_name|code": "«sct»", "vital_signs_encounter/problem_diagnosis:0/problem_diagnosis_name|value": "«sct_name»",
 "vital_signs_encounter/problem_diagnosis:0/problem_diagnosis_name|terminology": "‹SNOMED-CT›",
 "vital_signs_encounter/clinical_synopsis:0/synopsis": "Seen at the «p_town» clinic with «r_rel» «r_g». Next review «d4_loc» with «e_n»."}""",
}

OMOP = {
    "US": """-- OMOP CDM v5.4 extract for cohort AFIB_ANTICOAG_2024 (run by «s_n», «s_em»)
-- person.csv
person_id,gender_concept_id,year_of_birth,birth_datetime,race_concept_id,ethnicity_concept_id,location_id,provider_id,person_source_value,gender_source_value
1001,«p_concept»,«p_year»,«p_dobiso» 00:00:00,‹8527›,38003564,31,207,«p_mrn»,«p_sex»
1002,«w1_concept»,«w1_year»,«w1_dobiso» 00:00:00,8516,38003564,32,207,«w1_mrn»,«w1_sex»
1003,«w2_concept»,«w2_year»,«w2_dobiso» 00:00:00,8527,‹38003563›,33,208,«w2_mrn»,«w2_sex»
-- location.csv
location_id,address_1,address_2,city,state,zip,county,location_source_value
31,«p_line»,,«p_town»,«p_abbr»,«p_pc»,,«p_line»|«p_town»
32,«w1_line»,,«w1_town»,«w1_abbr»,«w1_pc»,,
33,«w2_line»,,«w2_town»,«w2_abbr»,«w2_pc»,,
-- provider.csv
provider_id,provider_name,npi,dea,specialty_concept_id,care_site_id,year_of_birth,gender_concept_id,provider_source_value
207,«d_n»,«d_npi»,«d_dea»,‹38004451›,12,,,«d_npi»
208,«e_n»,«e_npi»,,38004451,12,,,«e_npi»
-- visit_occurrence.csv
visit_occurrence_id,person_id,visit_concept_id,visit_start_date,visit_start_datetime,visit_end_date,visit_type_concept_id,provider_id,care_site_id,visit_source_value
50011,1001,‹9203›,«d1_iso»,«d1_iso» 07:12:44,«d1_iso»,‹32817›,207,12,«visit»
50012,1002,9202,«e2_iso»,«e2_iso» 10:05:00,«e2_iso»,32817,207,12,«visit2»
50013,1003,‹9201›,«e3_iso»,«e3_iso» 22:40:00,«e2_iso»,32817,208,12,«admit»
-- note.csv
note_id,person_id,note_date,note_datetime,note_type_concept_id,note_class_concept_id,note_title,note_text,encoding_concept_id,language_concept_id,provider_id,visit_occurrence_id
9001,1001,«d1_iso»,«d1_iso» 08:30:00,32831,‹44814640›,ED Provider Note,"«p_title» «p_f» presented with palpitations; «sct2_name». Brought by «r_rel» «r_n» (cell «r_ph»). Driving restriction discussed, car plate «plate» noted by security. Start «drug».",‹32678›,‹4180186›,207,50011
9002,1003,«e3_iso»,«e3_iso» 23:10:00,32831,44814640,Admission H&P,"«w2_old» y/o «w2_sex», lives alone at «w2_line». «m_Kid» «m_n» is POA, reach at «m_ph». «note»",32678,4180186,208,50013
""",
    "UK": """-- OMOP CDM v5.4 extract, Trusted Research Environment project TRE-0412 (prepared by «s_n», «s_em»)
-- person.csv
person_id,gender_concept_id,year_of_birth,birth_datetime,race_concept_id,ethnicity_concept_id,location_id,provider_id,person_source_value,gender_source_value
1001,«p_concept»,«p_year»,«p_dobiso» 00:00:00,0,0,31,207,«p_nid»,«p_sex»
1002,«w1_concept»,«w1_year»,«w1_dobiso» 00:00:00,0,0,32,207,«w1_nid»,«w1_sex»
1003,«w2_concept»,«w2_year»,«w2_dobiso» 00:00:00,0,0,33,208,«w2_nid»,«w2_sex»
-- location.csv
location_id,address_1,address_2,city,state,zip,county,location_source_value
31,«p_line»,,«p_town»,,«p_pc»,,«p_pc»
32,«w1_line»,,«w1_town»,,«w1_pc»,,«w1_pc»
33,«w2_line»,,«w2_town»,,«w2_pc»,,«w2_pc»
-- provider.csv
provider_id,provider_name,npi,dea,specialty_concept_id,care_site_id,year_of_birth,gender_concept_id,provider_source_value
207,«d_n»,,,‹38004446›,12,,,GMC «d_lic»
208,«e_n»,,,38004446,12,,,GMC «e_lic»
-- visit_occurrence.csv
visit_occurrence_id,person_id,visit_concept_id,visit_start_date,visit_start_datetime,visit_end_date,visit_type_concept_id,provider_id,care_site_id,visit_source_value
50011,1001,‹9202›,«d1_iso»,«d1_iso» 09:20:00,«d1_iso»,‹32827›,207,12,«visit»
50012,1002,9202,«e2_iso»,«e2_iso» 11:45:00,«e2_iso»,32827,207,12,«visit2»
50013,1003,‹9201›,«e3_iso»,«e3_iso» 19:05:00,«e2_iso»,32827,208,12,«admit»
-- note.csv
note_id,person_id,note_date,note_datetime,note_type_concept_id,note_class_concept_id,note_title,note_text,encoding_concept_id,language_concept_id,provider_id,visit_occurrence_id
9001,1001,«d1_iso»,«d1_iso» 09:40:00,32831,‹44814637›,Clinic letter,"Dear Dr «d_f», I reviewed «p_title» «p_f» today with «p_his» «r_rel» «r_n» (mobile «r_ph»). «sct2_name» («icd2»). Plan: «drug».",‹32678›,‹4180186›,207,50011
9002,1003,«e3_iso»,«e3_iso» 19:30:00,32831,44814637,Admission clerking,"«w2_old» year old, from «w2_line», «w2_town». NOK «m_n» («m_ph»). Fell at the bus stop, taxi reg «plate». «note»",32678,4180186,208,50013
""",
}


REDCAP = {
    "AU": """$ head -n 12 DiabetesFootCohort_DataDictionary_«d2_iso».csv
"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max",Identifier?,"Branching Logic (Show field only if...)","Required Field?"
record_id,enrolment,,text,"Record ID",,,,,,,,
first_name,enrolment,"Participant details",text,"First name",,,,,,y,,y
last_name,enrolment,,text,"Surname",,,,,,y,,y
dob,enrolment,,text,"Date of birth",,,‹date_dmy›,,,y,,y
medicare,enrolment,,text,"Medicare number (10 digits + IRN)",,,,,,y,,
mobile,enrolment,,text,"Mobile",,,‹phone_australia›,,,y,,
hba1c,baseline,,text,"HbA1c (‹mmol/mol›)",,"LOINC ‹59261-8›",number,20,200,,,
foot_ulcer,baseline,,radio,"‹Active foot ulcer›","1, Yes | 0, No",,,,,,,
$ head -n 4 DiabetesFootCohort_DATA_«d2_iso»_1712.csv
record_id,redcap_event_name,first_name,last_name,dob,medicare,mobile,email,address,suburb,postcode,gp_name,nok_name,nok_phone,enrol_date,hba1c,foot_ulcer,notes,survey_link
DF-001,‹baseline_arm_1›,«p_g»,«p_f»,«p_dob»,«p_nid»,«p_ph»,«p_em»,«p_line»,«p_town»,«p_pc»,Dr «d_n»,«r_n»,«r_ph»,«d1_iso»,‹64›,1,"Interpreter needed; «r_rel» «r_g» attends",«survey_url»
DF-002,baseline_arm_1,«w1_g»,«w1_f»,«w1_dob»,«w1_nid»,«w1_ph»,«w1_em»,«w1_line»,«w1_town»,«w1_pc»,Dr «d_n»,,,«e1_iso»,58,0,,
DF-003,baseline_arm_1,«w2_g»,«w2_f»,«w2_dob»,«w2_nid»,«w2_ph»,,«w2_line»,«w2_town»,«w2_pc»,Dr «e_n»,«m_n»,«m_ph»,«e2_iso»,71,1,"aged «w2_old», consent by person responsible",
$ sqlite3 -header -csv redcap_mirror.db "select ts, user, ip, page, description, data_values from redcap_log_event where project_id = 412 order by ts limit 3"
ts,user,ip,page,description,data_values
«d1_tss»,site_coord_02,«ip»,DataEntry/index.php,Create record,"record_id = 'DF-001', first_name = '«p_g»', last_name = '«p_f»', dob = '«p_dobiso»'"
«d3_tss»,[survey respondent],«ip2»,surveys/index.php,Update survey response,"mobile = '«p_ph»', consent_complete = '2'"
«e2_tss»,site_coord_02,«ip»,DataEntry/index.php,Create record,"record_id = 'DF-003', last_name = '«w2_f»'"
""",
    "US": """$ head -n 10 STROKE_REGISTRY_DataDictionary_«d2_iso».csv
"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max",Identifier?
record_id,demographics,,text,"Record ID",,,,,,
name_first,demographics,,text,"First name",,,,,,y
name_last,demographics,,text,"Last name",,,,,,y
dob,demographics,,text,"Date of birth",,,‹date_mdy›,,,y
mrn,demographics,,text,"MRN",,,integer,,,y
nihss,arrival,,text,"‹NIHSS at arrival›",,,integer,0,42,
tpa_given,treatment,,yesno,"‹Alteplase given›",,"‹RxNorm 1804799›",,,,
$ head -n 4 ‹STROKE_REGISTRY›_DATA_«d2_iso»_0930.csv
record_id,name_first,name_last,dob,mrn,phone,address,city,state,zip,arrival_date,nihss,tpa_given,lkw_notes,consent_ip,survey_link
SR-0141,«p_g»,«p_f»,«p_dob»,«p_mrn»,«p_ph»,«p_line»,«p_town»,«p_abbr»,«p_pc»,«d1_loc»,‹14›,1,"LKW per «r_rel» «r_n» («r_ph»), found in car «plate»",«ip»,«survey_url»
SR-0142,«w1_g»,«w1_f»,«w1_dob»,«w1_mrn»,«w1_ph»,«w1_line»,«w1_town»,«w1_abbr»,«w1_pc»,«e1_loc»,6,0,"wake-up stroke",«ip2»,
SR-0143,«w2_g»,«w2_f»,«w2_dob»,«w2_mrn»,,«w2_line»,«w2_town»,«w2_abbr»,«w2_pc»,«e2_loc»,21,0,"«w2_old» yo, «m_kid» «m_n» at bedside",,
$ sqlite3 -header -csv redcap_mirror.db "select ts, user, ip, description, data_values from redcap_log_event where project_id = 88 order by ts limit 2"
ts,user,ip,description,data_values
«d1_tss»,strokecoord1,«ip»,Create record,"record_id = 'SR-0141', name_first = '«p_g»', name_last = '«p_f»', mrn = '«p_mrn»'"
«e1_tss»,strokecoord1,«ip2»,Update record,"record_id = 'SR-0142', dob = '«w1_dobiso»'"
""",
}

STATS = {
    "US": """                                   The SAS System                     07:12 {wd}, «d2_long»   1

                        AFIB cohort -- analytic file check (N=4 shown)

 Obs    MRN         LNAME            FNAME         DOB          AGE    SEX    ZIP       CHA2DS2VASC    DOAC
   1    «p_mrn»    «p_F»    «p_G»    «p_dobsas»     «p_age»     «p_sex»     «p_pc»           ‹4›        «drug»
   2    «w1_mrn»    «w1_F»    «w1_G»    «w1_dobsas»     «w1_age»     «w1_sex»     «w1_pc»           2        none
   3    «w2_mrn»    «w2_F»    «w2_G»    «w2_dobsas»     «w2_old»     «w2_sex»     «w2_pc»           6        apixaban 2.5 MG
   4    «w3_mrn»    «w3_F»    «w3_G»    «w3_dobsas»     «w3_age»     «w3_sex»     «w3_pc»           3        none

                                   The SAS System                     07:12 {wd}, «d2_long»   2

                                 The FREQ Procedure

                                                     Cumulative    Cumulative
            ENROLL_DT    Frequency     Percent     Frequency      Percent
            -----------------------------------------------------------------
            «e1_sas»             1       25.00             1        25.00
            «e2_sas»             2       50.00             3        75.00
            «e3_sas»             1       25.00             4       100.00

NOTE: The data set WORK.AFIB_CHECK has 4 observations and 11 variables.
NOTE: PROCEDURE PRINT used (Total process time): real time 0.04 seconds
NOTE: File '/sasdata/afib/extract_«d2_iso».csv' written by «s_n» («s_em»).
NOTE: ‹SAS 9.4 (TS1M8)› on host with ICD-10 filter ‹I48.91›, RxNorm ‹1364430›.
""",
    "UK": """. use "/tre/project0412/cohort_«d2_iso».dta", clear
(HF readmissions -- extract prepared by «s_n»)

. describe nhs_no surname forename dob age postcode gp_name

Variable      Storage   Display    Value
    name         type    format    label      Variable label
-----------------------------------------------------------------------------------
nhs_no          str10   %10s                  NHS number
surname         str24   %24s                  Surname
forename        str20   %20s                  Forename
dob             float   %td                   Date of birth
age             byte    %8.0g                 Age at index admission
postcode        str8    %8s                   Postcode
gp_name         str30   %30s                  Registered GP

. list nhs_no surname forename dob age postcode in 1/4, clean noobs

        nhs_no          surname       forename          dob   age   postcode
    «p_nid»    «p_f»    «p_g»    «p_dobsta»    «p_age»    «p_pc»
    «w1_nid»    «w1_f»    «w1_g»    «w1_dobsta»    «w1_age»    «w1_pc»
    «w2_nid»    «w2_f»    «w2_g»    «w2_dobsta»    «w2_old»    «w2_pc»
    «w3_nid»    «w3_f»    «w3_g»    «w3_dobsta»    «w3_age»    «w3_pc»

. codebook gp_name

-----------------------------------------------------------------------------------
gp_name                                                              Registered GP
-----------------------------------------------------------------------------------
                  Type: String (str30)
         Unique values: 2                         Missing "": 0/412
              Examples: "Dr «d_n»"
                        "Dr «e_n»"

. tabulate icd10_primary if age >= ‹80›

 icd10_primary |      Freq.     Percent        Cum.
---------------+-----------------------------------
        ‹I50.0› |         31       62.00       62.00
        ‹I50.1› |         19       38.00      100.00

. * checked by «s_n» on «d2_long», ‹Stata/MP 18.0›
""",
}

_HL7_MSG = """MSH|^~\\&|{app}|{fac}|CLINICALPORTAL|{fac2}|«X_ts»||‹ORU^R01^ORU_R01›|{ctl}|P|‹2.4›|||AL|NE|{cc}
PID|1||{pid3}||«P_F»^«P_G»^^^{title}||«P_dobda»|«P_sex»|||«P_line»^^«P_town»^^«P_pc»^{cc}^H||«P_ph»^PRN^CP~^NET^Internet^«P_em»|||||«ACCT»
PV1|1|O|{ward}^^^{fac}||||{doc}
ORC|RE|«PLACER»|«FILLER»||CM||||«X_ts»
OBR|1|«PLACER»|«FILLER»|‹{lab_code}›^{lab_name}^LN|||«X_ts»||||||||{doc}||||||«X_ts2»|||F
OBX|1|NM|{lab_code}^{lab_name}^LN||{lab_val}|{lab_unit}|||||F|||«X_ts2»
NTE|1||{note}"""


def _hl7(loc: str) -> str:
    if loc == "NZ":
        app, fac, fac2, cc, ward = "EclairLab", "‹LABTESTS-AKL›", "CMDHB", "NZL", "OPD3"
        pid = ("«P_nid»^^^NHI^NHI~«P_mrn»^^^CMDHB^MR", "«P_nid»^^^NHI^NHI")
    else:
        app, fac, fac2, cc, ward = "AUSLAB", "‹WSLHD-PATH›", "WSLHD", "AUS", "CL4"
        pid = ("«P_mrn»^^^WSLHD^MR~«P_nid»^^^AUSHIC^MC~«P_nid2»^^^AUSHIC^NI", "«P_mrn»^^^WSLHD^MR~«P_nid»^^^AUSHIC^MC")
    msgs = []
    for i, (x, dkey, ctl, acct, placer, filler, doc, note) in enumerate(
        [("p", "d1", "MSG00041", "«acct»", "«placer»", "«filler»", "«d_lic»^«d_F»^«d_G»^^^DR",
          "Phoned to «r_rel» «r_n» («r_ph») «d2_iso» 14:05 as patient not answering"),
         ("w1", "e1", "MSG00042", "«acct2»", "«w1_acc»", "«w2_acc»", "«e_lic»^«e_F»^«e_G»^^^DR", "Specimen slightly haemolysed")]):
        t = _HL7_MSG.replace("{pid3}", pid[i]).replace("«P_", f"«{x}_").replace("«X_ts»", f"«{dkey}_ts»").replace("«X_ts2»", f"«{dkey}_tss»")
        t = t.replace("«ACCT»", acct).replace("«PLACER»", placer).replace("«FILLER»", filler).replace("{doc}", doc).replace("{note}", note)
        t = t.replace("{title}", "«p_title»" if x == "p" else "«w1_title»").replace("{ctl}", ctl)
        lab = ("«lab_code»", "«lab_name»", "«lab_val»", "«lab_unit»") if i == 0 else ("2160-0", "Creatinine", "1.34", "mg/dL")
        t = t.replace("‹{lab_code}›", lab[0] if i == 0 else "‹2160-0›").replace("{lab_code}", lab[0] if i == 0 else "2160-0")
        t = t.replace("{lab_name}", lab[1]).replace("{lab_val}", lab[2]).replace("{lab_unit}", lab[3])
        msgs.append(t.replace("{app}", app).replace("{fac}", fac, 1).replace("{fac}", fac.strip("‹›")).replace("{fac2}", fac2).replace("{cc}", cc).replace("{ward}", ward))
    header = f"FHS|^~\\&|{app}|{fac.strip('‹›')}|CLINICALPORTAL|{fac2}|«d2_ts»||results_«d2_da»_0412.hl7|batch of 2 from {app}|BF0412\n"
    header += f"BHS|^~\\&|{app}|{fac.strip('‹›')}|CLINICALPORTAL|{fac2}|«d2_ts»||||BH0412\n"
    return header + "\n".join(msgs) + "\nBTS|2\nFTS|1\n"


HL7_BATCH = {"NZ": _hl7("NZ"), "AU": _hl7("AU")}

X12_834 = {
    "US": """ISA*00*          *00*          *ZZ*NWMFGHR        *ZZ*EVERGREENHP    *«d2_yymmdd»*0712*^*00501*000004121*0*P*:~
GS*BE*NWMFGHR*EVERGREENHP*«d2_da»*0712*4121*X*‹005010X220A1›~
ST*834*0001*005010X220A1~
BGN*00*ENR0412*«d2_da»*0712****2~
REF*38*«group»~
DTP*007*D8*«d6_da»~
N1*P5*‹Northwind Cabinetry Inc›*FI*941234567~
N1*IN*«payer»*FI*911234567~
INS*Y*18*021*28*A***FT~
REF*0F*«p_member»~
REF*1L*«group»~
DTP*336*D8*«d5_da»~
NM1*IL*1*«p_F»*«p_G»****34*«p_nidd»~
PER*IP**HP*«p_phd»*CP*«r_phd»*EM*«p_em»~
N3*«p_line»~
N4*«p_town»*«p_abbr»*«p_pc»~
DMG*D8*«p_dobda»*«p_sex»*M~
HD*021**‹HLT›*‹PPO-GOLD-2500›*FAM~
DTP*348*D8*«d6_da»~
INS*N*01*021*28*A***N~
REF*0F*«p_member»~
NM1*IL*1*«r_F»*«r_G»****34*«r_nidd»~
DMG*D8*«r_dobda»*«r_sex»~
HD*021**HLT*PPO-GOLD-2500*FAM~
DTP*348*D8*«d6_da»~
INS*N*19*021*28*A***F*N~
REF*0F*«p_member»~
NM1*IL*1*«c_F»*«c_G»~
DMG*D8*«c_dobda»*«c_sex»~
HD*021**HLT*PPO-GOLD-2500*FAM~
DTP*348*D8*«d6_da»~
INS*Y*18*024*07*A***FT~
REF*0F*«w1_member»~
DTP*357*D8*«d4_da»~
NM1*IL*1*«w1_F»*«w1_G»****34*«w1_nidd»~
N3*«w1_line»~
N4*«w1_town»*«w1_abbr»*«w1_pc»~
DMG*D8*«w1_dobda»*«w1_sex»~
HD*024**HLT*‹HMO-SILVER›*EMP~
DTP*349*D8*«d4_da»~
SE*38*0001~
GE*1*4121~
IEA*1*000004121~
""",
}

NCPDP = {
    "US": """<?xml version="1.0" encoding="UTF-8"?>
<Message DatatypesVersion="‹20170715›" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">
  <Header>
    <To Qualifier="P">7701234</To>
    <From Qualifier="C">8812345</From>
    <MessageID>5c1e9a1f2b7d4e08</MessageID>
    <SentTime>«d1_z»</SentTime>
    <PrescriberOrderNumber>«rxorder»</PrescriberOrderNumber>
  </Header>
  <Body>
    <NewRx>
      <BenefitsCoordination>
        <PayerIdentification><PayerID>EVG01</PayerID><ProcessorIdentificationNumber>‹610014›</ProcessorIdentificationNumber><IINNumber>003858</IINNumber></PayerIdentification>
        <PayerName>«payer»</PayerName>
        <CardholderID>«p_member»</CardholderID>
        <GroupID>«group»</GroupID>
      </BenefitsCoordination>
      <Patient>
        <HumanPatient>
          <Identification><MedicalRecordIdentificationNumberEHR>«p_mrn»</MedicalRecordIdentificationNumberEHR><SocialSecurity>«p_nid»</SocialSecurity></Identification>
          <Name><LastName>«p_f»</LastName><FirstName>«p_g»</FirstName></Name>
          <Gender>«p_sex»</Gender>
          <DateOfBirth><Date>«p_dobiso»</Date></DateOfBirth>
          <Address><AddressLine1>«p_line»</AddressLine1><City>«p_town»</City><StateProvince>«p_abbr»</StateProvince><PostalCode>«p_pc»</PostalCode><CountryCode>US</CountryCode></Address>
          <CommunicationNumbers><PrimaryTelephone><Number>«p_phd»</Number></PrimaryTelephone><ElectronicMail>«p_em»</ElectronicMail></CommunicationNumbers>
        </HumanPatient>
      </Patient>
      <Pharmacy>
        <Identification><NCPDPID>7701234</NCPDPID><NPI>1234567893</NPI></Identification>
        <BusinessName>Harborview Community Pharmacy</BusinessName>
        <CommunicationNumbers><PrimaryTelephone><Number>2065550100</Number></PrimaryTelephone></CommunicationNumbers>
      </Pharmacy>
      <Prescriber>
        <NonVeterinarian>
          <Identification><StateLicenseNumber>«d_stlic»</StateLicenseNumber><DEANumber>«d_dea»</DEANumber><NPI>«d_npi»</NPI></Identification>
          <Name><LastName>«d_f»</LastName><FirstName>«d_g»</FirstName></Name>
          <PracticeLocation><BusinessName>«hospital» Primary Care</BusinessName></PracticeLocation>
          <CommunicationNumbers><PrimaryTelephone><Number>«d_phd»</Number></PrimaryTelephone><DirectTelephone><Number>«d_ph»</Number></DirectTelephone></CommunicationNumbers>
        </NonVeterinarian>
      </Prescriber>
      <MedicationPrescribed>
        <DrugDescription>«drug»</DrugDescription>
        <DrugCoded><ProductCode><Code>«ndc11»</Code><Qualifier>ND</Qualifier></ProductCode><DrugDBCode><Code>«rxcui»</Code><Qualifier>SCD</Qualifier></DrugDBCode></DrugCoded>
        <Quantity><Value>180</Value><CodeListQualifier>38</CodeListQualifier><QuantityUnitOfMeasure><Code>‹C48542›</Code></QuantityUnitOfMeasure></Quantity>
        <DaysSupply>90</DaysSupply>
        <WrittenDate><Date>«d1_iso»</Date></WrittenDate>
        <Substitutions>0</Substitutions>
        <NumberOfRefills>3</NumberOfRefills>
        <Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>«icd»</Code><Qualifier>ABF</Qualifier><Description>«sct_name»</Description></Primary></Diagnosis>
        <Note>Pt's «r_rel» «r_n» picks up; call «r_ph» if any issue. Pt moving to «m_town» after «d4_long».</Note>
        <Sig><SigText>«sig»</SigText></Sig>
      </MedicationPrescribed>
    </NewRx>
  </Body>
</Message>
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("p75_apple_health_export_xml", ["US", "NZ"], "text", APPLE),
    ("p75_fitbit_takeout_csv", ["AU", "US"], "text", FITBIT),
    ("p75_garmin_oura_export_json", ["UK", "US"], "json", WEARABLE_JSON),
    ("p75_health_connect_records_json", ["NZ", "AU"], "json", HEALTH_CONNECT),
    ("p75_vcf_header", ["UK", "US"], "text", VCF),
    ("p75_sam_cram_header", ["AU", "UK"], "text", SAM),
    ("p75_illumina_samplesheet", ["US", "NZ"], "text", SAMPLESHEET),
    ("p75_dicom_json_instance", ["UK", "AU"], "json", DICOM_JSON),
    ("p75_dicomweb_qido", ["US", "NZ"], "json", QIDO),
    ("p75_fhir_bulk_ndjson", ["US", "AU"], "ndjson", FHIR_NDJSON),
    ("p75_ccda_fragment", ["US"], "text", CCDA),
    ("p75_openehr_composition", ["UK", "AU"], "json", OPENEHR),
    ("p75_omop_extract", ["US", "UK"], "text", OMOP),
    ("p75_redcap_export", ["AU", "US"], "text", REDCAP),
    ("p75_stats_listing", ["US", "UK"], "text", STATS),
    ("p75_hl7v2_batch", ["NZ", "AU"], "text", HL7_BATCH),
    ("p75_x12_834_enrollment", ["US"], "text", X12_834),
    ("p75_ncpdp_script_newrx", ["US"], "text", NCPDP),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe75:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
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
