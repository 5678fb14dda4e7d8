# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-fifth independent probe corpus: health-IT integration and support text as interface engineers, analysts,
HIM staff and billers see it -- engine logs, error queues, raw HL7 v2 with its ACK / NACK, tickets, database
dumps, query output, X12 EDI, scrubber logs, worklists, mapping spreadsheets and on-call chat -- from eight
invented US health systems (Kentucky, Georgia, Louisiana, Pennsylvania, Minnesota, California, Illinois, New
Mexico; two VA medical centres for VistA), with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a Mirth Connect server log (a transformer exception,
a database-writer duplicate key) with the raw message, an HL7 exchange with its ACK / NACK (MSA AE / AR, ERR)
and the offending ORU, a Rhapsody error-queue export, a Cloverleaf error database dump (hcidbdump) with the
thread's error log, a ServiceNow incident on Epic (kiosk check-in, Bridges results), a Jira ticket on Cerner
Millennium (a wrong person combine, a results-routing bug) with CCL and its output, VistA (a FileMan inquiry,
an error trap) with the ^DPT global, a Cerner CCL program with its output grid, an Epic Clarity / Caboodle SQL
result grid, an X12 270 / 271 eligibility exchange (active coverage; an AAA reject and the re-query), an X12
276 / 277 claim-status exchange, a claim scrubber batch log, an X12 834 enrollment file (a family add; a
termination with an address change) with the load log, an EMPI potential-duplicate worklist, an interface
mapping spreadsheet (CSV) with sample values copied from production, an on-call incident chat, an
eligibility API JSON response and an integration engine's NDJSON audit log.

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a string, a list of two
(document 0 and 1) or a function of the slots (grids aligned to the values drawn). People: `p` the patient,
`q` `r` `t` `u` further patients (grid rows, the wrong patient, a father / son or twins in the worklist), `k`
a relative of `p` (spouse / next of kin, household address), `j` a child of `p` (household), `a` a registrar
/ ticket caller / biller, `b` `c` interface analysts / engineers, `d` a physician, `e` a nurse, `h` an HIM /
MPI analyst. Forms: `_n` "Given Family", `_g` `_f`, `_G` `_F` capitals, `_lf` "Family, Given", `_LF`
"FAMILY,GIVEN" (VistA / Epic), `_LFs` "FAMILY, GIVEN", `_hl7` FAMILY^GIVEN^M, `_x12` FAMILY*GIVEN*M (the
middle initial plain), `_dob` mm/dd/yyyy, `_dob8` yyyymmdd, `_dobfm` FileMan internal (2480412), `_dobfmx`
FileMan external (APR 12,1948), `_dobccl` dd-MON-yyyy, `_dobsql` SQL datetime, `_ph` `_cell` `_phh`
(HL7 (606)437-2291) `_phd` (digits), `_line` `_town` `_county` `_zip` (`_LINE` `_TOWN` capitals), `_ssn`
`_ssn9` `_ssn4`, `_npi`, `_USER` `_user` logins.

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, subscribers and dependants, registrars, analysts,
  engineers, physicians, nurses, HIM staff, ticket callers and assignees, chat members -- in every form the
  systems write: "Given Family", "Family, Given", "FAMILY,GIVEN" (VistA, Epic PAT_NAME), HL7 XPN / XCN
  components (FAMILY and GIVEN labelled separately between carets), X12 NM1 elements (between asterisks),
  separate JSON fields, given or family alone, capitals, a registration typo of a family name on an MPI
  worklist. A middle initial, "Jr." / "Sr.", honorifics and role words (Dr., RN, MD) are plain text.
- ADDRESS: street lines (with apartment / lot / unit, HC boxes, PO boxes), towns, counties and parishes, in
  HL7 XAD components, X12 N3 / N4, VistA nodes and grids. ZIP: 5-digit ZIPs and ZIP+4 written as nine digits.
  States are keep when written alone and plain text inside an address (HL7 XAD-4, N4-02, "KY" after the
  town); VistA's state pointer (21) is plain.
- DATE: dates of a person -- birth, admission, discharge, service, collection, result, appointment, coverage
  begin / end, employment, person combine, claim adjudication -- in every system form (mm/dd/yyyy, yyyymmdd,
  yyyymmddHHMM with the time inside the value, yyyy-mm-dd, SQL "yyyy-mm-dd 00:00:00.000", dd-MON-yyyy,
  FileMan internal 2480412 and external APR 12,1948, VistA's 4-12-48, X12 D8 / RD8 pieces). System timestamps
  -- log lines, MSH-7 / EVN-2, ISA / GS / BHT / BGN dates and times, ticket created / work-note times, chat
  times, query run times -- are plain text, not scored (they date a processing event, not the person's care,
  and every labelled date differs from the processing day). Years alone keep. AGE: 90 and over (VistA AGE,
  worklist age, a note's "91 y/o"); ages under 90 keep.
- PHONE (home, cell, work numbers of patients, relatives and staff, a physician's pager), EMAIL (personal and
  staff addresses), SSN (full, nine digits, last four), MRN (every system's medical record number, the
  lab system's and the old MRN of a merge), ACCOUNT (HAR, FIN, patient account / control numbers, X12 CLM01 /
  REF*EJ), HEALTH_PLAN (member, subscriber, Medicaid and MBI numbers, group numbers), ID (Epic PAT_ID and
  CSN, Cerner PERSON_ID and ENCNTR_ID, VistA DFN and ICN with its checksum, EMPI enterprise IDs, Caboodle
  durable keys, order and accession numbers, X12 TRN trace numbers, payer claim numbers), LICENSE (NPIs of
  physicians), USERNAME (staff logins, Epic / Cerner user IDs, MyChart logins), IP (the address a patient's
  MyChart login came from), DEVICE (a telemetry transmitter on a patient), CREDENTIAL (a service account
  password or token pasted into chat or a log), URL (a FHIR query URL carrying a patient's MRN).
- Keep (must survive): software names and versions (Mirth Connect 4.4.2, Rhapsody 6.7.1, Cloverleaf, Epic
  February 2024, Cerner Millennium 2018.01, VA FileMan 22.2), server host names without person data, channel,
  route, thread and connection names, message types (ADT^A08, ORU^R01), HL7 versions, error and status codes
  (207, HL70357, AAA reject 72, STC F2:88, scrubber edit codes), segment and field names (PID-7, NM1*IL),
  table and column names (PAT_MRN_ID, name_full_formatted), ICD-10 and CPT / LOINC codes, counts, money
  amounts, hospitals, clinics and health systems, payers and their payer IDs, plan descriptions, states alone.
- Not scored (plain text): message control IDs and Mirth / Rhapsody / Cloverleaf message IDs, ISA / GS / ST
  control numbers and sender IDs, ticket, task and incident numbers, facility mnemonics, workstation and kiosk
  names, organisation NPIs and tax IDs, server IP addresses and ports, a VistA user's DUZ, process IDs,
  extensions, units, rooms and beds, times, lab values, sex codes, relationship words, middle initials.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe55 import ids
from tests.engine.probe55.people import (
    NAMES,
    SITES,
    K,
    P,
    Person,
    Site,
    Slot,
    draw_person,
    fill,
    person_slots,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
VA = {"KY": ("Big Sandy VA Medical Center", "596", "BIG SANDY VAMC"), "NM": ("Four Corners VA Health Care System", "501", "FOUR CORNERS VAHCS")}
ICD = ["E11.65", "I10", "J18.9", "N17.9", "I50.23", "J44.1", "E78.5", "N39.0", "I48.91", "M17.11", "Z79.4", "R07.9", "K21.9", "F41.1"]
CPT = ["99214", "99213", "99285", "93000", "36415", "80053", "85025", "71046", "97110", "97530", "G0439", "83036"]
UNITS = ["4 WEST", "ED", "3N MED", "PACU", "ICU2", "5S ONC", "L&D", "MED SURG 2"]
PLAN_DESC = {"aetna": ["OPEN ACCESS MANAGED CHOICE", "AETNA CHOICE POS II"], "uhc": ["CHOICE PLUS", "NAVIGATE HMO"], "cigna": ["OPEN ACCESS PLUS"],
             "humana": ["GOLD PLUS HMO"], "bcbs": ["BLUE PREFERRED PPO", "BASIC OPTION PPO"], "medicaid": ["MEDICAID FEE FOR SERVICE"],
             "mco": ["MEDICAID MANAGED CARE"], "mbi": ["MEDICARE PART B"]}  # fmt: skip
LOINC = [("2345-7", "Glucose", "mg/dL", "70-99", "412", "HH"), ("2823-3", "Potassium", "mmol/L", "3.5-5.1", "6.4", "HH"),
         ("2160-0", "Creatinine", "mg/dL", "0.6-1.2", "3.8", "H"), ("6690-2", "WBC", "10*3/uL", "4.0-11.0", "23.1", "H"),
         ("718-7", "Hemoglobin", "g/dL", "12.0-16.0", "6.2", "LL"), ("10839-9", "Troponin I", "ng/mL", "0.00-0.04", "1.84", "HH")]  # fmt: skip
LAB_CPT = [("80053", "COMPREHENSIVE METABOLIC PANEL"), ("80048", "BASIC METABOLIC PANEL"), ("85025", "CBC W AUTO DIFF"), ("84484", "TROPONIN QUANT")]


def dforms(key: str, d: date, rng: random.Random) -> dict[str, Slot]:
    """A person's date in the systems' forms (every one labelled DATE)."""
    D = lambda v: P("DATE", v)  # noqa: E731
    hh, mm = rng.randint(0, 23), rng.choice(range(0, 60))
    mon = d.strftime("%b").upper()
    return {f"{key}_us": D(f"{d:%m/%d/%Y}"), f"{key}_8": D(f"{d:%Y%m%d}"), f"{key}_12": D(f"{d:%Y%m%d}{hh:02d}{mm:02d}"),
            f"{key}_14": D(f"{d:%Y%m%d}{hh:02d}{mm:02d}{rng.randint(0, 59):02d}"), f"{key}_ccl": D(f"{d.day:02d}-{mon}-{d.year}"),
            f"{key}_sql": D(f"{d.isoformat()} 00:00:00.000"), f"{key}_iso": D(d.isoformat()), f"{key}_long": D(f"{d:%B} {d.day}, {d.year}"),
            f"{key}_short": D(f"{d.month}/{d.day}/{d:%y}"), f"{key}_md": D(f"{d.month}/{d.day}"), f"{key}_fm": D(f"{d.year - 1700}{d:%m%d}"),
            f"{key}_hm": f"{hh:02d}:{mm:02d}"}  # fmt: skip


def typo(word: str, rng: random.Random) -> str:
    """A registration typo of a family name: two inner letters swapped, or a letter doubled / dropped."""
    if len(word) >= 5:
        i = rng.randrange(1, len(word) - 2)
        if word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word + word[-1] if len(word) < 5 else word[:-2] + word[-1]


def dob_typo(d: date) -> date:
    """The date a registrar keys by mistake: month and day swapped, the year's last two digits swapped, or the
    wrong decade."""
    if d.day <= 12 and d.day != d.month:
        return date(d.year, d.day, d.month)
    y = d.year // 100 * 100 + (d.year % 10) * 10 + (d.year % 100) // 10
    y = y if y != d.year and y < 2024 else d.year - 10
    return date(y, d.month, 28 if (d.month, d.day) == (2, 29) else d.day)


def _hosts(site: Site) -> dict[str, Slot]:
    f = site.fac.lower()
    return {"k_host_mirth": K(f"{f}-mirth-prd02"), "k_host_rhap": K(f"{f}-rhap-prd01"), "k_host_clv": K(f"{f}-clvr-adt-p1"),
            "k_host_sql": K(f"{f}-clarity-sql03"), "k_host_cab": K(f"{f}-caboodle-p01"), "k_host_edi": K(f"{f}-edi-gw02"),
            "k_host_ccl": K(f"{f}-mill-app07"), "k_host_engine": K(f"{f}-intg-p01"), "k_host_vista": K("vista-prd-cache1")}  # fmt: skip


PATIENT_AGES: dict[str, dict[str, tuple[int, int]]] = {
    "hit55_vista_fileman_global": {"p": (90 * Y + 30, 99 * Y)},
    "hit55_mpi_duplicate_worklist": {"t": (1 * Y, 16 * Y), "q": (66 * Y, 97 * Y)},
    "hit55_hl7_ack_nack_exchange": {"p": (55 * Y, 97 * Y)},
    "hit55_cloverleaf_error_db": {"p": (40 * Y, 96 * Y)},
    "hit55_edi_834_enrollment": {"p": (27 * Y, 55 * Y)},
    "hit55_eligibility_api_json": {"p": (26 * Y, 60 * Y)},
    "hit55_x12_276_277_claim_status": {"p": (26 * Y, 60 * Y)},
    "hit55_claim_scrubber_log": {"r": (90 * Y + 30, 97 * Y)},
    "hit55_cerner_ccl_output": {"u": (90 * Y + 30, 98 * Y)},
}


def base_slots(rng: random.Random, site: Site, kind: str, index: int) -> dict[str, Slot]:
    d0 = date(2024, 1, 8) + timedelta(days=rng.randrange(560))  # the processing day (system timestamps)
    used: set[str] = set()
    ages = PATIENT_AGES.get(kind, {})
    ppl: dict[str, Person] = {}
    for x in ("p", "q", "r", "t", "u"):
        male = kind == "hit55_mpi_duplicate_worklist" and x in ("q", "r")
        ppl[x] = draw_person(rng, site, used, d0, female=False if male else None, age_days=ages.get(x, (1 * Y, 88 * Y)))
    p = ppl["p"]
    if kind == "hit55_mpi_duplicate_worklist":  # r: q's son of the same name (Jr.); u: t's twin
        q, t = ppl["q"], ppl["t"]
        r = draw_person(rng, site, used, d0, female=False, family=q.family, home=q, culture=q.culture, age_days=(26 * Y, (d0 - q.dob).days - 19 * Y))
        r.given, r.culture = q.given, q.culture
        ppl["r"] = r
        ppl["u"] = draw_person(rng, site, used, d0, family=t.family, home=t, culture=t.culture, age_days=((d0 - t.dob).days, (d0 - t.dob).days))
    page = (d0 - p.dob).days
    grown = page > 20 * Y
    spouse = grown and (page < 40 * Y or rng.random() < 0.6)
    if spouse:
        same = rng.random() < 0.8
        ppl["k"] = draw_person(rng, site, used, d0, female=not p.female, family=p.family if same else None, home=p,
                               culture=p.culture if same else None, age_days=(max(19 * Y, page - 8 * Y), page + 8 * Y))  # fmt: skip
        rel = "SPOUSE"
    elif grown:  # an adult son or daughter
        ppl["k"] = draw_person(rng, site, used, d0, family=p.family, home=p, culture=p.culture, age_days=(max(19 * Y, page - 42 * Y), page - 19 * Y))
        rel = "DAUGHTER" if ppl["k"].female else "SON"
    else:  # a child patient's parent
        ppl["k"] = draw_person(rng, site, used, d0, family=p.family, home=p, culture=p.culture, age_days=(page + 19 * Y, page + 42 * Y))
        rel = "MOTHER" if ppl["k"].female else "FATHER"
    ppl["j"] = draw_person(rng, site, used, d0, family=p.family, home=p, culture=p.culture, age_days=(1 * Y, min(17 * Y, max(2 * Y, page - 18 * Y))))
    for x in ("a", "b", "c", "d", "e", "h"):
        ppl[x] = draw_person(rng, site, used, d0, age_days=(24 * Y, 64 * Y), staff=True)
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d0, rng))
    s["k_rel"], s["k_relc"], s["k_rell"] = rel, rel.title(), rel.lower()
    s["j_rel"] = "DAUGHTER" if ppl["j"].female else "SON"
    for x in ("d", "h"):
        s[f"{x}_dr"] = "Dr."
    payer, payer_id, shape = site.payers[index % len(site.payers)] if kind != "hit55_vista_fileman_global" else site.payers[-1]
    for x in ("p", "q", "r", "t", "u", "k", "j"):
        w = ppl[x]
        F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
        s[f"{x}_mrn"] = F("MRN", "%#######", "0%#######", "E%######", f"{site.fac[0]}%######")
        s[f"{x}_mrn2"] = F("MRN", "%######", "L%#######", "00%######")
        s[f"{x}_csn"] = F("ID", "1%#########", "2%########", "%##########")
        s[f"{x}_har"] = F("ACCOUNT", "%#########", "7%########", "HAR%#######")
        s[f"{x}_fin"] = F("ACCOUNT", "%#########", "%##########", "9%#######")
        s[f"{x}_pid"] = F("ID", "1%#######", "%#######")
        s[f"{x}_eid"] = F("ID", "%########", "1%########")
        s[f"{x}_patid"] = F("ID", "Z%######", "Z%#######")
        s[f"{x}_empi"] = F("ID", "%#########", "E%########", "100%######")
        s[f"{x}_dur"] = F("ID", "%#######", "%########")
        s[f"{x}_dfn"] = F("ID", "%####", "%#####", "%######")
        icn = ids.icn(rng)
        s[f"{x}_icn"] = P("ID", icn)
        s[f"{x}_icnn"], s[f"{x}_icnc"] = P("ID", icn[:10]), P("ID", icn[11:])
        s[f"{x}_member"] = P("HEALTH_PLAN", ids.mbi(rng) if shape == "mbi" else ids.member(rng, shape))
        s[f"{x}_member2"] = P("HEALTH_PLAN", ids.mbi(rng, dashed=True) if shape == "mbi" else ids.member(rng, shape))
        s[f"{x}_pcn"] = F("ACCOUNT", "%#########", "%######A%##", "%##########")
        s[f"{x}_claim"] = F("ID", "%##########", "E%#########", "%####%#####%###")
        s[f"{x}_mcuser"] = P("USERNAME", rng.choice([f"{w.given.lower()}{w.family[:3].lower()}{rng.randint(1, 99)}", f"{w.given[0].lower()}{w.family.lower()}", f"{w.family.lower()}.{w.dob.year}"]).replace("'", ""))
        s[f"{x}_ip"] = P("IP", f"{rng.choice([68, 71, 97, 99, 107, 174, 172, 24])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
        s[f"{x}_ord"] = F("ID", "%########", "ORD%#######")
        s[f"{x}_acc"] = F("ID", f"{d0:%y}-CH-%#####", f"{d0:%y}%#######", f"R{d0:%y}%######")
        s[f"{x}_trn"] = F("ID", "%#########", f"{d0:%y}%########", "TRN%########")
        s[f"{x}_fhirurl"] = P("URL", f"https://fhir.{site.domain}/api/FHIR/R4/Patient?identifier=MRN%7C{s[f'{x}_mrn'].value}")  # type: ignore[union-attr]
        s[f"{x}_device"] = F("DEVICE", "TX-%#######", "%##@%######")
        # events of this person's care: never on the processing day d0
        adm = d0 - timedelta(days=rng.randint(3, 12))
        events = {"adm": adm, "dis": adm + timedelta(days=rng.randint(1, 2)), "svc": d0 - timedelta(days=rng.randint(14, 60)),
                  "appt": d0 + timedelta(days=rng.randint(2, 30)), "coll": d0 - timedelta(days=rng.randint(1, 2)),
                  "cov": date(d0.year, rng.choice([1, 1, 1, 2, 4, 7]), 1) if d0.month > 7 else date(d0.year - 1, rng.choice([1, 7, 10]), 1),
                  "hire": d0 - timedelta(days=rng.randint(60, 3000)), "adj": d0 - timedelta(days=rng.randint(3, 10))}  # fmt: skip
        events["svc2"] = events["svc"] + timedelta(days=rng.randint(0, 3))
        events["end"] = date(d0.year, d0.month, 1) - timedelta(days=1)
        for key, d in events.items():
            s.update(dforms(f"{x}_{key}", d, rng))
        s[f"{x}_Fvar"] = P("NAME", typo(w.family, rng).upper())
        dt = dob_typo(w.dob)
        s[f"{x}_dobtypo"] = P("DATE", f"{dt:%m/%d/%Y}")
        old = draw_person(rng, site, set(used), d0)
        s[f"{x}_oline"], s[f"{x}_otown"], s[f"{x}_ozip"] = P("ADDRESS", old.line), P("ADDRESS", old.town), P("ZIP", old.zip)
        s[f"{x}_OLINE"], s[f"{x}_OTOWN"] = P("ADDRESS", old.line.upper()), P("ADDRESS", old.town.upper())
    s["group"] = P("HEALTH_PLAN", ids.group(rng))
    s["payer"], s["payer_id"], s["PAYER"] = K(payer), K(payer_id), K(payer.upper())
    s["plan_desc"] = K(rng.choice(PLAN_DESC[shape]))
    s["system"], s["SYSTEM"] = K(site.system), K(site.system.upper())
    s["hosp"], s["hosp2"] = (K(h) for h in site.hospitals)
    s["HOSP"] = K(site.hospitals[0].upper())
    s["clinic"] = K(rng.choice(site.clinics))
    s["fac"], s["domain"] = site.fac, site.domain
    s["state"] = K(site.state)
    if site.code in VA:
        s["va"], s["station"], s["VA"] = K(VA[site.code][0]), K(VA[site.code][1]), K(VA[site.code][2])
    s.update(_hosts(site))
    s["icd1"], s["icd2"], s["icd3"] = (K(v) for v in rng.sample(ICD, 3))
    s["cpt1"], s["cpt2"], s["cpt3"] = (K(v) for v in rng.sample(CPT, 3))
    lo = rng.sample(LOINC, 2)
    for i, (code, name, unit, rng_, val, flag) in enumerate(lo, 1):
        s[f"loinc{i}"], s[f"lname{i}"], s[f"lunit{i}"], s[f"lref{i}"], s[f"lval{i}"], s[f"lflag{i}"] = K(code), name, unit, rng_, val, flag
    labcpt = rng.choice(LAB_CPT)
    s["labcpt"], s["labname"] = K(labcpt[0]), labcpt[1]
    s["unit"] = rng.choice(UNITS)
    s["room"], s["bed"] = str(rng.randint(201, 548)), rng.choice("AB")
    s["org_npi"] = ids.npi(rng)
    s["count"] = K(f"{rng.randint(1, 3)},{rng.randint(0, 999):03d}")
    s["count2"] = K(str(rng.randint(12, 480)))
    amounts = [f"{rng.randint(90, 4800)}.{rng.randint(0, 99):02d}" for _ in range(4)]
    for i, a in enumerate(amounts, 1):
        s[f"amt{i}"], s[f"amt{i}n"] = K(f"${a}"), K(a)
    s["cred"] = P("CREDENTIAL", rng.choice(["Sp", "Wn", "Rh", "Tx"]) + fill(rng, "@@") + rng.choice(["!", "#", "$"]) + fill(rng, "####") + rng.choice(["qz", "mv", "kp"]))
    s["token"] = P("CREDENTIAL", "eyJhbGciOiJSUzI1NiJ9." + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(36)))
    s["inc"] = fill(rng, "INC00%#####")
    s["jira"] = fill(rng, "%###")
    s["msgid"] = str(rng.randint(10000, 990000))
    s["msgid2"] = str(rng.randint(10000, 990000))
    s["msgctl"] = fill(rng, rng.choice(["%#########", "%##########", f"{d0:%Y%m%d}%#####"]))
    s["msgctl2"] = fill(rng, "%########")
    s["ackctl"] = fill(rng, "ACK%#######")
    s["isactl"] = fill(rng, "0000%####")
    s["gsctl"] = str(rng.randint(1000, 99999))
    s["fein"] = fill(rng, "%########")
    # system timestamps on the processing day d0 (plain text)
    t = datetime(d0.year, d0.month, d0.day, rng.randint(0, 3), rng.randint(0, 59), rng.randint(0, 59))
    for i in range(1, 9):
        s[f"ts{i}"] = f"{t:%Y-%m-%d %H:%M:%S}"
        s[f"tsh{i}"] = f"{t:%H:%M}"
        s[f"tsms{i}"] = f"{rng.randint(0, 999):03d}"
        s[f"tsiso{i}"] = f"{t:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z"
        s[f"tsus{i}"] = f"{t:%m/%d/%Y %H:%M:%S}"
        s[f"tsclv{i}"] = f"{t:%m/%d/%Y %H:%M:%S}"
        s[f"msh{i}"] = f"{t:%Y%m%d%H%M%S}"
        t += timedelta(minutes=rng.randint(1, 50), seconds=rng.randint(0, 59))
    s["day"] = f"{d0:%Y-%m-%d}"
    s["isadate"], s["gsdate"], s["isatime"] = f"{d0:%y%m%d}", f"{d0:%Y%m%d}", f"{t:%H%M}"
    s["weekday"] = f"{d0:%A}"
    return s


# ---- grids ---------------------------------------------------------------------------------------------------

_SLOT = re.compile(r"«(\w+)»")


def _len(s: dict[str, Slot], text: str) -> int:
    """Rendered length of a template fragment (slots replaced by their values)."""

    def one(m: re.Match[str]) -> str:
        v = s[m.group(1)]
        pieces = v if isinstance(v, tuple) else (v,)
        return "".join(x.value if isinstance(x, P | K) else x for x in pieces)

    return len(_SLOT.sub(one, text).replace("‹", "").replace("›", ""))


def row(s: dict[str, Slot], cells: list[tuple[str, int]], sep: str = " ") -> str:
    """One grid line: each cell padded to its width (at least one separator after it)."""
    out = []
    for text, width in cells:
        out.append(text + " " * max(0, width - _len(s, text)) + sep)
    return "".join(out).rstrip() + "\n"


def widths(s: dict[str, Slot], columns: list[list[str]], floor: list[int]) -> list[int]:
    return [max(f, *(_len(s, c) for c in col)) for col, f in zip(columns, floor, strict=True)]


def grid(s: dict[str, Slot], header: list[str], rows: list[list[str]], dash: bool = True, sep: str = " ") -> str:
    cols = [[r[i] for r in rows] for i in range(len(header))]
    w = widths(s, cols, [len(h) for h in header])
    out = row(s, [(h, x) for h, x in zip(header, w, strict=True)], sep)
    if dash:
        out += sep.join("-" * x for x in w) + "\n"
    for r in rows:
        out += row(s, list(zip(r, w, strict=True)), sep)
    return out


# ---- templates -----------------------------------------------------------------------------------------------

MIRTH = [r"""==> /opt/mirthconnect/logs/mirth.log <==        host «k_host_mirth» · ‹Mirth Connect 4.4.2› · OpenJDK 17.0.10
[«ts1»,«tsms1»]  INFO  (com.mirth.connect.donkey.server.channel.Channel:1391): Channel ‹ADT_EPIC_TO_BEAKER› deployed (8c2f0e41-77a1-4f0b-9d2e-51c7b0a3e6d9)
[«ts2»,«tsms2»]  ERROR (com.mirth.connect.server.transformers.JavaScriptFilterTransformer:166): Error evaluating transformer
com.mirth.connect.server.MirthJavascriptTransformerException:
CHANNEL:        ADT_EPIC_TO_BEAKER
CONNECTOR:      ‹Destination 2 - Beaker LLP›
SCRIPT SOURCE:  TRANSFORMER
SOURCE CODE:
64:   // Beaker wants yyyyMMdd; Bridges has sent it that way since go-live
65:   tmp['PID']['PID.7']['‹PID.7.1›'] = DateUtil.convertDate('yyyyMMdd', 'yyyyMMdd', msg['PID']['PID.7']['PID.7.1'].toString());
LINE NUMBER:    65
DETAILS:        Wrapped ‹java.text.ParseException›: Unparseable date: "«p_dob»"
    at com.mirth.connect.server.userutil.‹DateUtil.convertDate›(DateUtil.java:87)
[«ts2»,«tsms3»]  ERROR (com.mirth.connect.donkey.server.channel.Channel:1847): Error processing message «msgid» in channel ADT_EPIC_TO_BEAKER; status set to ERROR
-- raw content, message «msgid» --
MSH|^~\&|EPIC|«fac»|BEAKER|«fac»|«msh2»||‹ADT^A08›|«msgctl»|P|2.3
EVN|A08|«msh2»|||«a_USER»^«a_F»^«a_G»^^^^^^EPIC
PID|1||«p_mrn»^^^EPI^MR~«p_ssn9»^^^SSA^SS||«p_hl7»||«p_dob»|«p_sex»|||«p_LINE»^^«p_TOWN»^«p_st»^«p_zip»^USA^P^^«p_COUNTY»||«p_phh»^P^PH^^^^^^^^^«p_em»~«p_cellh»^P^CP|||||«p_har»|«p_ssn»
NK1|1|«k_hl7»|«k_rel»||«k_phh»^P^PH
PV1|1|O|«unit»^^^«fac»||||«d_npi»^«d_F»^«d_G»^«d_mi»^^^MD^^^NPI||||||||||«p_csn»|||||||||||||||||||||||||«p_coll_12»
IN1|1|PPO1|«payer_id»|«PAYER»|||||«group»|||||||«p_hl7»|01|«p_dob»|||||||||||||||||«p_member»
[«ts3»,«tsms4»]  WARN  (com.mirth.connect.server.controllers.DefaultAlertController:211): Alert "ADT transformer errors" sent to «b_em», «c_em»
[«ts4»,«tsms5»]  INFO  (com.mirth.connect.server.controllers.DonkeyMessageController:508): User «b_user» reprocessed 1 message(s) in channel ADT_EPIC_TO_BEAKER (message «msgid», overwrite=true)
[«ts4»,«tsms6»]  INFO  (com.mirth.connect.donkey.server.queue.DestinationQueue:319): Destination 2 - Beaker LLP: «count» queued messages released
""",
r"""==> /opt/mirthconnect/logs/mirth.log <==        host «k_host_mirth» · ‹Mirth Connect 3.12.0›
[«ts1»,«tsms1»]  INFO  (com.mirth.connect.connectors.jdbc.DatabaseDispatcher:97): Destination ‹LAB_PATIENT_UPSERT› connected (jdbc:postgresql://10.41.8.22:5432/labint)
[«ts2»,«tsms2»]  ERROR (com.mirth.connect.connectors.jdbc.DatabaseDispatcher:172): Error writing to database.
CHANNEL:        ‹ADT_A04_REGISTRATION_IN›
CONNECTOR:      LAB_PATIENT_UPSERT
ERROR MESSAGE:  Failed to write to database
org.postgresql.util.‹PSQLException›: ERROR: duplicate key value violates unique constraint "‹lab_patient_pkey›"
  Detail: Key (mrn)=(«p_mrn») already exists.
  SQL: INSERT INTO lab_patient (mrn, last_name, first_name, dob, sex, ssn, home_phone, addr1, city, zip) VALUES ('«p_mrn»', '«p_F»', '«p_G»', '«p_dobiso»', '«p_sex»', '«p_ssn»', '«p_phd»', '«p_LINE»', '«p_TOWN»', '«p_zip»')
[«ts2»,«tsms3»]  INFO  (com.mirth.connect.donkey.server.channel.Channel:1902): source message «msgid» (‹ADT^A04›):
MSH|^~\&|EPIC|«fac»|REGLINK|«fac»|«msh2»||ADT^A04|«msgctl»|P|‹2.5.1›
PID|1||«p_mrn»^^^«fac»^MR||«p_hl7»||«p_dob8»|«p_sex»|||«p_LINE»^^«p_TOWN»^«p_st»^«p_zip»||«p_phh»|||||«p_fin»|«p_ssn»
PV1|1|E|ED^^^«fac»||||«d_npi»^«d_F»^«d_G»^^^^MD|||||||||||«p_fin»|||||||||||||||||||||||||«p_adm_12»
[«ts5»,«tsms4»]  WARN  (com.mirth.connect.donkey.server.channel.Channel:1933): 14 more messages for ADT_A04_REGISTRATION_IN errored on lab_patient_pkey
-- pasted by «b_n» («b_user») into the channel notes, «ts6» --
‹labint›=> select mrn, last_name, first_name, dob, city, updated_at from lab_patient where mrn = '«p_mrn»';
   mrn    | last_name | first_name |    dob     |    city    | updated_at
----------+-----------+------------+------------+------------+---------------------
 «p_mrn» | «q_F» | «q_G» | «q_dobiso» | «q_TOWN» | «ts1»
(1 row)
MRN was reused after HIM merged «q_n» into a new record; the lab DB still has the old row. Paging «c_n» («c_cell»).
"""]

HL7ACK = [r"""# ‹Rhapsody 6.7.1› comm point ‹TCP_BEAKER_TO_HIE› → state HIE gateway (MLLP 10.60.2.41:6661)   «ts1»
>>> SENT  control ID «msgctl»
MSH|^~\&|BEAKER|«fac»|HIEGW|STATEHIE|«msh1»||‹ORU^R01^ORU_R01›|«msgctl»|P|‹2.5.1›|||AL|NE
PID|1||«p_mrn»^^^«fac»^MR~«p_empi»^^^EMPI^PI||«p_hl7»^^^L||«p_dob8»|«p_sex»|||«p_LINE»^^«p_TOWN»^«p_st»^«p_zip9»^USA^H||«p_phh»^PRN^PH|||||«p_har»
PV1|1|I|«unit»^«room»^«bed»^«fac»||||«d_npi»^«d_F»^«d_G»^^^^MD^^^^NPI|||||||||||«p_har»|||||||||||||||||||||||||«p_adm_12»
ORC|RE|«p_ord»^EPIC|«p_acc»^BEAKER||CM
OBR|1|«p_ord»^EPIC|«p_acc»^BEAKER|«labcpt»^«labname»^CPT4|||«p_coll_12»|||||||«p_coll_12»|BLD|«d_npi»^«d_F»^«d_G»
OBX|1|NM|«loinc1»^«lname1»^LN||«lval1»|«lunit1»|«lref1»|«lflag1»|||F
OBX|2|NM|«loinc2»^«lname2»^LN||«lval2»|«lunit2»|«lref2»|«lflag2»|||F
NTE|1|L|Critical value called to and read back by «e_g» «e_f», RN at «p_coll_hm» by «a_USER»
<<< RECEIVED «ts2» (712 ms)
MSH|^~\&|HIEGW|STATEHIE|BEAKER|«fac»|«msh2»||‹ACK^R01^ACK›|«ackctl»|P|2.5.1
MSA|AE|«msgctl»|Patient not found: PID-3 has no match in HIE patient index
ERR||‹PID^1^3^1›|‹204^Unknown key identifier^HL70357›|E||||Unknown MRN «p_mrn» (last ADT on file: ‹A34› merge to «p_mrn2»)
# note «b_n» («ts3»): the HIE still has «p_F», «p_G» under the old MRN «p_mrn2», DOB «p_dob». Resent the A34 from Bridges, then the ORU; MSA|AA at «tsh4».
# «c_n»: «count2» more ORUs for merged patients are sitting in the AE queue since the weekend; will bulk-resend after the A34s.
""",
r"""# ‹Mirth Connect 4.4.2› channel ‹POC_GLUCOSE_TO_EPIC› → Epic Bridges (MLLP «k_host_engine»:7010)   «ts1»
>>> SENT «msgctl»
MSH|^~\&|RALS|«fac»|EPIC|«fac»|«msh1»||‹ORU^R01›|«msgctl»|P|‹2.3.1›
PID|1||«p_mrn»^^^^MR||«p_hl7»||«p_dob8»|«p_sex»
PV1|1|I|«unit»^«room»^«bed»||||||||||||||||«p_csn»
OBR|1||«p_acc»|‹GLU-POC›^Glucose POC^L|||«p_coll_14»|||||||||«d_npi»^«d_F»^«d_G»
OBX|1|NM|GLU-POC^Glucose POC^L||38|mg/dL|70-110|LL|||F|||«p_coll_14»||«e_USER»^«e_F»^«e_G»
NTE|1||Repeat 38. Pt wears a home ‹Dexcom› (receiver serial «p_device»), CGM read 41. Notified «d_dr» «d_f»; D50 given per protocol by «e_n», RN.
<<< RECEIVED «ts2»
MSH|^~\&|EPIC|«fac»|RALS|«fac»|«msh2»||ACK|«ackctl»|P|2.3.1
MSA|AR|«msgctl»|OBX-3 code GLU-POC not built in result component table
ERR|OBX^1^3^‹103&Table value not found&HL70357›
# «b_n» («b_user»), «ts3»: Epic renamed the component to GLUCOSE-POC in the last SU; «count2» POC results for «unit» rejected since «tsh1».
#   First one is «p_lf» (MRN «p_mrn», «p_age» y/o) in «room»-«bed». Added alias in Bridges, resending all AR'd messages now.
# «c_n»: please also call «e_g» on «unit» («e_cell»); their glucose flowsheet for «p_g» shows nothing since «p_coll_hm».
"""]

RHAPSODY = [r"""Rhapsody IDE › Management Console › Error Queue            engine «k_host_rhap» (‹Rhapsody 6.7.1›)
Locker: ‹Radiology› · Route: ‹ORM to PACS (Synapse)› · last 24 h · «count2» messages in error

 Msg ID     Received               Input comm point       Error
 «msgid»     «tsus1»    ‹TCP_EPIC_ORM_IN›        Mapper 'ORM_EPIC_TO_SYNAPSE': PID-7 is not a valid TS
 «msgid2»     «tsus2»    TCP_EPIC_ORM_IN        ‹TCP_SYNAPSE_OUT›: connection refused (10.22.4.18:5150), retry 5/5

── Message «msgid» ───────────────────────────────────────────────
Properties
  PatientName ........ «p_lf»
  MRN ................ «p_mrn»
  AccessionNumber .... «p_acc»
  OrderingProvider ... «d_n» (NPI «d_npi»)
  ErrorInfo .......... IllegalArgumentException: Unparseable TS "«p_dobts»" at PID-7
Body
MSH|^~\&|EPIC|«fac»|SYNAPSE|«fac»|«msh1»||‹ORM^O01›|«msgctl»|P|2.3
PID|1||«p_mrn»^^^«fac»^MR||«p_hl7»||«p_dobts»|«p_sex»|||«p_LINE»^^«p_TOWN»^«p_st»^«p_zip»||«p_phh»
PV1|1|O|RAD^^^«fac»||||«d_npi»^«d_F»^«d_G»^^^^MD
ORC|NW|«p_ord»|«p_acc»||SC||^^^«p_appt_12»^^R||«msh1»|«a_USER»^«a_F»^«a_G»||«d_npi»^«d_F»^«d_G»^^^^MD
OBR|1|«p_ord»|«p_acc»|IMG110^‹XR CHEST 2 VIEWS›^EAP|||||||||‹R07.9›^Chest pain, unspecified|||«d_npi»^«d_F»^«d_G»^^^^MD|«d_phh»||«p_acc»|||||||^^^«p_appt_12»

Audit
  «ts3»  «b_user»  Moved «msgid» to Hold (Bridges sends TS with a UTC offset since the February SU)
  «ts4»  «c_user»  Edited PID-7 to «p_dob8», resubmitted; delivered to TCP_SYNAPSE_OUT
""",
r"""Rhapsody › Error Queue     engine «k_host_rhap» (‹Rhapsody 7.1.2›)
Locker: ‹ADT Distribution› · Route: ‹ADT to CBORD (Dietary)› · «count2» in error since «tsus1»

 Msg ID     Received               Error
 «msgid»     «tsus2»    JavaScript filter '‹DietOrderFilter›' line 31: TypeError: Cannot read property "split" of null (PV1-3 empty)

── Message «msgid» ───────────────────────────────────────────────
Properties
  MessageType .......... ADT^A02
  PatientName .......... «p_LFs»
  PatientClass ......... I
  DietOrder ............ ‹NPO after midnight›
  Allergies ............ shellfish; peanuts per «k_rell» «k_n» («k_cell»)
Body
MSH|^~\&|EPIC|«fac»|CBORD|«fac»|«msh2»||‹ADT^A02›|«msgctl»|P|2.5.1
EVN|A02|«msh2»|||«e_USER»^«e_F»^«e_G»
PID|1||«p_mrn»^^^«fac»^MR~«p_har»^^^«fac»^AN||«p_hl7»||«p_dob8»|«p_sex»|||«p_LINE»^^«p_TOWN»^«p_st»^«p_zip»^^^^«p_COUNTY»||«p_phh»|«p_cellh»
PV1|1|I|^^^«fac»|E|||«d_npi»^«d_F»^«d_G»^^^^MD||||||||||«p_har»|||||||||||||||||||||||||«p_adm_12»
AL1|1|FA|‹SHELLFISH›

Audit
  «ts3»  «b_user»  Root cause: the transfer A02 fired before bed assignment, so PV1-3 was blank. Filter now skips A02 with empty PV1-3.
  «ts4»  «b_user»  Resubmitted «msgid» (1 of 1) → sent. Dietary (ext 4410) re-entered the tray for «p_g» «p_f».
"""]

CLOVERLEAF = [r"""clvr@«k_host_clv»:/hci/cis20.1/integrator/adt_prod $ hcidbdump -e -L | tail -3        (‹Cloverleaf 20.1›)
MID                 SrcThread        DestThread        State  Time                  Error
[0.0.«msgid»]     ‹ib_epic_adt›      ‹ob_pyxis_adt›      14     «tsclv1»   Tcl callback error
[0.0.«msgid2»]     ib_epic_adt      ob_mpi_adt        14     «tsclv2»   Reply timeout (30s) from 10.40.12.7:5088
clvr@«k_host_clv»:/hci/cis20.1/integrator/adt_prod $ hcidbdump -e -m 0.0.«msgid» -F
[pd  :PDTM:ERR /0:ob_pyxis_adt:«tsclv1»] Tcl error:
        msgId = message0
        proc = '‹tps_pyxis_fixup›'
        result = 'can't use non-numeric string as operand of "&&"'
        errorInfo: 'while executing "if {$age < 18 && $weight_kg} ..." (procedure "tps_pyxis_fixup" line 41)'
message : 'MSH|^~\&|EPIC|«fac»|PYXIS|«fac»|«msh1»||‹ADT^A02›|«msgctl»|P|2.3\r
EVN|A02|«msh1»\r
PID|1||«p_mrn»^^^^MR||«p_hl7»||«p_dob8»|«p_sex»|||«p_LINE»^^«p_TOWN»^«p_st»^«p_zip»||«p_phh»|||||«p_fin»\r
PV1|1|I|«unit»^«room»^«bed»^«fac»||||«d_npi»^«d_F»^«d_G»^^^^MD|||||||||||«p_fin»|||||||||||||||||||||||||«p_adm_12»\r
OBX|1|NM|WT^Weight^L||unknown|kg\r
AL1|1|DA|^Penicillins\r'
# «b_n» «tsh3»: weight OBX came from Epic as 'unknown' for «p_g» «p_f» (age «p_age», bed «room»-«bed»). Patched tps_pyxis_fixup to default
#   weight_kg to 0 and resent 0.0.«msgid»: OK. The ob_mpi_adt timeout is the EMPI host again, «c_g» has a ticket open.
clvr@«k_host_clv»:/hci/cis20.1/integrator/adt_prod $ hcicmd -p ob_pyxis_adt -c 'ob_pyxis_adt pstat'
ob_pyxis_adt: UP  msgs out: «count»  errors: 1  last read «tsclv3»
""",
r"""clvr@«k_host_clv»:/hci/cis22.1/integrator/lab_prod $ hcismat -f ‹ib_lab_orders›.smatdb -q 'PID.3.1 = "«p_mrn»"'      (‹Cloverleaf 22.1›)
Found 3 messages
#1  «tsclv1»  ‹ORM^O01›  ctl «msgctl2»   PID-5 «p_F»^«p_G»   delivered
#2  «tsclv2»  ORM^O01  ctl «msgctl»   PID-5 «p_F»^«p_G»   ERROR ‹ob_sunquest_orm›: NAK AR "Invalid physician code"
#3  «tsclv3»  ‹ORM^O01›  ctl «msgctl2»7  PID-5 «p_F»^«p_G»   delivered (resend)
clvr@«k_host_clv»:/hci/cis22.1/integrator/lab_prod $ hcismat -f ib_lab_orders.smatdb -m 2 -F
MSH|^~\&|EPIC|«fac»|SUNQUEST|«fac»|«msh2»||ORM^O01|«msgctl»|P|2.3
PID|1||«p_mrn»^^^^MR||«p_hl7»||«p_dob8»|«p_sex»|||«p_LINE»^^«p_TOWN»^«p_st»^«p_zip»||«p_phh»|||||«p_fin»
PV1|1|O|LAB^^^«fac»||||«d_npi»^«d_F»^«d_G»^^^^MD^^^^^^^^^NPI|||||||||||«p_fin»
ORC|NW|«p_ord»||||||||«msh2»|||«d_npi»^«d_F»^«d_G»^^^^MD^^^^^^^^^NPI
OBR|1|«p_ord»||‹85025›^CBC W AUTO DIFF^CPT|||«p_coll_12»|||||||||«d_npi»^«d_F»^«d_G»
DG1|1||«icd2»^^I10
NTE|1||Draw with AM labs per «d_dr» «d_f»; pt's «k_rell» «k_n» («k_cell») wants a call with results
# «c_n» («c_user»): Sunquest's doctor dictionary still has «d_F», «d_G» under the retired code instead of NPI «d_npi».
#   Added the NPI crosswalk in xlate ‹ORM_sunquest.xlt› and resent #2 as #3. Order «p_ord» is now in Sunquest, accession «p_acc».
"""]

SNOW = ["""Number          «inc»                                  State           Resolved
Caller          «a_n» («a_USER»)                          Impact          2 - Medium
Caller phone    «a_ph»                                 Urgency         2 - Medium
Location        «clinic»                               Assignment grp  ‹Epic Cadence / Welcome›
Category        Software > Epic                        Assigned to     «b_n»
CI              ‹Epic Hyperspace PRD›                     Opened          «ts1»

Short description
  Kiosk checked in the wrong patient / MyChart shows the other patient's visit

Description
  Pt «p_n» (MRN «p_mrn», DOB «p_dob») came in on «p_coll_us» for «p_her» «p_coll_hm» appt with «d_dr» «d_f», but the Welcome kiosk
  arrived «q_n» (MRN «q_mrn») instead. Both charts have «p_ph» as home phone. Pt upset; please call «p_him» back at «p_cell».

Work notes
  «ts2» - «b_n» (Work notes)
    ‹Chronicles›: EPT «p_patid» and EPT «q_patid» share ‹HOME_PHONE› and a ‹MyChart› proxy link. Welcome match rule "PHONE + DOB MONTH"
    returned 2 candidates and the kiosk took the first. Audit trail: arrival by kiosk «fac»-KIOSK-03 at «tsh2».
  «ts3» - «b_n» (Work notes)
    Spoke with pt. Confirmed address «p_addr». MyChart user «p_mcuser» was locked after 5 failed logins from «p_ip»; unlocked.
  «ts4» - «c_n» (Work notes)
    Moved CSN «p_csn» to the correct EPT and re-pointed HAR «p_har». HIM («h_n», «h_ph») is correcting the chart for «q_lf».

Resolution
  Code: ‹Solved (Permanently)› · Welcome match rule changed to full DOB + last name (‹Epic February 2024›). Related: PRB0040117
""",
"""Number «inc»  ·  Priority 2 - High  ·  State In Progress  ·  Assignment group ‹Epic Bridges / Interfaces›
Caller: «d_dr» «d_n» (logged by Service Desk, «a_n»)      Callback: «d_cell»      Opened: «ts1»
Configuration item: ‹Epic Bridges PRD› · ‹Results - Outside Lab›

Short description: Outside lab results not filing to the chart (‹Interface Error WQ›)

Description:
«d_dr» «d_f» says results for «p_n» (DOB «p_dob») drawn «p_coll_us» at a Quest patient service center never reached «d_her» ‹In Basket›.

Work notes:
 «ts2»  «b_n»: Found «count2» messages in Bridges Interface Error WQ ‹2031›: "Patient not found: PID-3=«p_mrn2», PID-5=«p_F»^«p_G»,
        PID-7=«p_dob8»". Quest sent the MRN from before the merge on «p_adj_us».
 «ts3»  «b_n»: Manually matched to EPT «p_patid» (MRN «p_mrn»), filed all results. Order «p_ord», accession «p_acc».
 «ts4»  «c_n»: FHIR check after filing: GET «p_fhirurl» → 200, 1 entry. Token used: «token» (expires in 1 h, not reused)
 «ts5»  «b_n»: Asked Quest to refresh their patient cache; «p_g» also has a visit «p_appt_us» so new orders will carry «p_mrn».

Resolution (proposed): match rule change request CHG0031552 - fall back to name + DOB when PID-3 is an MRN retired by a merge.
"""]

JIRA0_HEAD = """[CERN-«jira»] Wrong person combine: two patients merged, uncombine + encounter move needed
Type: Incident    Priority: Highest    Status: In Progress    Component/s: ‹PM Combine›, HIM
Reporter: «h_n»    Assignee: «b_n»    Labels: combine, him, patient-safety
Environment: ‹Cerner Millennium 2018.01› · domain P671 (PROD) · app node «k_host_ccl»

*Description*
On «p_adj_us» HIM (login «h_user») ran Person Combine FROM person_id «q_pid» («q_lf», DOB «q_dob», MRN «q_mrn») TO person_id
«p_pid» («p_lf», DOB «p_dob», MRN «p_mrn»). They are *not* the same patient: the EMPI suggested the pair because «q_g»'s old
registration has SSN «p_ssn» keyed on it. Encounter FIN «q_fin» (encntr_id «q_eid») now hangs off «p_f»'s chart and a med rec was
done on the wrong chart by «e_n», RN.

{code:sql}
select p.person_id, p.name_full_formatted, p.birth_dt_tm, pa.alias mrn, e.encntr_id, ea.alias fin, e.reg_dt_tm
  from person p, person_alias pa, encounter e, encntr_alias ea
  plan p where p.person_id in («p_pid», «q_pid»)
  join pa where pa.person_id = p.person_id and pa.‹person_alias_type_cd› = value(4, "MRN") and pa.active_ind = 1
  join e where e.person_id = outerjoin(p.person_id)
  join ea where ea.encntr_id = outerjoin(e.encntr_id) and ea.encntr_alias_type_cd = outerjoin(value(319, "‹FIN NBR›"))
with format(date, ";;q"), time = 30 go
{code}
{noformat}
"""
JIRA0_TAIL = """{noformat}

*Comments*
«b_n» added a comment - «ts3»
  Uncombine done (‹PMUncombine›); encounter «q_eid» moved back with ‹ENCNTR_MOVE›. MRN «q_mrn» is active again on «q_pid».
«h_n» added a comment - «ts4»
  Called «q_g» «q_f» at «q_cell» and told «d_dr» «d_f» (PCP for both). SSN on «q_lf»'s record corrected to «q_ssn». Incident report filed.
"""

JIRA1_HEAD = """[CERN-«jira»] Micro results posting to the previous encounter (FIN mismatch in inbound ORU)
Type: Bug · Priority: Major · Status: In Review · Component/s: ‹Millennium / PowerChart›, Interfaces
Reporter: «a_n» (Lab) · Assignee: «c_n» · Environment: ‹Oracle Health Millennium 2022.01›, node «k_host_ccl»

*Description*
Urine culture for «p_N» (MRN «p_mrn») collected «p_coll_us» on FIN «p_fin» posted to the older FIN «p_har» (discharged «p_dis_us»).
The ORU from the reference lab carries PV1-19 = «p_har»; ESI matched the FIN literally instead of choosing the active encounter.
Clinician «d_dr» «d_n» noticed when the result was not on today's results review.

{code:sql}
select e.encntr_id, ea.alias fin, e.reg_dt_tm, e.disch_dt_tm, ce.event_tag, pr.name_full_formatted verified_by
  from ‹clinical_event› ce, encounter e, encntr_alias ea, prsnl pr
  plan ce where ce.person_id = «p_pid» and ce.event_cd = value(72, "‹URINECULTURE›") and ce.valid_until_dt_tm > sysdate
  join e where e.encntr_id = ce.encntr_id
  join ea where ea.encntr_id = e.encntr_id and ea.encntr_alias_type_cd = value(319, "FIN NBR")
  join pr where pr.person_id = ce.verified_prsnl_id
with format, separator = " " go
{code}
{noformat}
"""
JIRA1_TAIL = """{noformat}

*Comments*
«c_n» added a comment - «ts3»
  ESI alias pool for FIN is set to "match exact"; changing to "most recent active" in ‹ESI_DEFAULT_ENCNTR›. Moved the result with ‹CHART_CORRECTION›.
«a_n» added a comment - «ts4»
  Lab re-verified the result on FIN «p_fin». «p_g»'s «k_rell» «k_n» had called the lab (at «k_cell») asking why the portal was empty.
"""


def jira(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        rows = [["«p_pid»", "«p_lf» «p_mi»", "«p_dobccl»", "«p_mrn»", "«p_eid»", "«p_fin»", "«p_adm_ccl» «p_adm_hm»"],
                ["«p_pid»", "«p_lf» «p_mi»", "«p_dobccl»", "«p_mrn»", "«q_eid»", "«q_fin»", "«q_svc_ccl» «q_svc_hm»"],
                ["«q_pid»", "«q_lf» «q_mi»", "«q_dobccl»", "«q_mrn»", "", "", ""]]  # fmt: skip
        head = ["PERSON_ID", "NAME_FULL_FORMATTED", "BIRTH_DT_TM", "MRN", "ENCNTR_ID", "FIN", "REG_DT_TM"]
        return JIRA0_HEAD + grid(s, head, rows) + JIRA0_TAIL
    rows = [["«p_eid»", "«p_fin»", "«p_coll_ccl»", "", "‹Urine Culture›", "«e_lf»"],
            ["«q_eid»", "«p_har»", "«p_adm_ccl»", "«p_dis_ccl»", "Urine Culture", "«a_lf»"]]  # fmt: skip
    head = ["ENCNTR_ID", "FIN", "REG_DT_TM", "DISCH_DT_TM", "EVENT_TAG", "VERIFIED_BY"]
    return JIRA1_HEAD + grid(s, head, rows) + JIRA1_TAIL


VISTA = ["""VISTA> D ^XUP
Setting up programmer environment
This is a PRODUCTION account.   Station «station» - «VA»
Select OPTION NAME: DIUSER       VA FileMan
‹VA FileMan 22.2›

Select OPTION: ‹INQUIRE TO FILE ENTRIES›
OUTPUT FROM WHAT FILE: PATIENT//
Select PATIENT NAME: «p_LF»
     1   «p_LF» «p_mi»        «p_dobvista»    «p_ssn9»     YES     SC VETERAN
ANOTHER ONE:
STANDARD CAPTIONED OUTPUT? Yes//   (Yes)
Include COMPUTED fields:  (N/Y/R/B): NO//  BOTH Computed Fields and Record Number (IEN)

NUMBER: «p_dfn»                          NAME: «p_LF» «p_mi»
  SEX: «p_SEX»                            DATE OF BIRTH: «p_dobfmx»
  AGE: «p_age»                                 MARITAL STATUS: WIDOWED
  SOCIAL SECURITY NUMBER: «p_ssn9»        TYPE: SC VETERAN
  STREET ADDRESS [LINE 1]: «p_LINE»
  CITY: «p_TOWN»                          STATE: «p_STATE»
  ZIP+4: «p_zip9»                         COUNTY: «p_COUNTY»
  PHONE NUMBER [RESIDENCE]: «p_phh»      PHONE NUMBER [CELLULAR]: «p_cellh»
  K-NAME OF PRIMARY NOK: «k_LF» «k_mi»   K-RELATIONSHIP TO PATIENT: «k_rel»
  K-PHONE NUMBER: «k_phh»
  INTEGRATION CONTROL NUMBER: «p_icnn»   ICN CHECKSUM: «p_icnc»
  COORDINATING MASTER OF RECORD: «VA»
  PRIMARY ELIGIBILITY CODE: ‹SC LESS THAN 50%›      PERIOD OF SERVICE: ‹KOREAN›

VISTA> D ^%G

Global ^DPT(«p_dfn»
^DPT(«p_dfn»,0)="«p_LF» «p_mi»^«p_sex»^«p_dobfm»^^^^^^«p_ssn9»^^^^^^^^^^^^^^^^^^"
^DPT(«p_dfn»,.11)="«p_LINE»^^^«p_TOWN»^21^«p_zip»^^^^^^^^^^^«p_zip9»"
^DPT(«p_dfn»,.13)="«p_phh»^^^^^^^^^^^^^«p_cellh»"
^DPT(«p_dfn»,.21)="«k_LF» «k_mi»^«k_rel»^«k_LINE»^^^«k_TOWN»^21^«k_zip»^«k_phh»"
^DPT(«p_dfn»,"MPI")="«p_icnn»^«p_icnc»^«station»^^"
^DPT("B","«p_LF» «p_mi»",«p_dfn»)=""
^DPT("SSN","«p_ssn9»",«p_dfn»)=""

-- «h_n» (ADPAC), pasted into the VA national help desk ticket: ADT-A08 to the MPI rejects this record with "ZIP+4 does not match
   CITY"; the .11 node was edited by «a_USER» on «p_adj_fm». Vet lives with «p_her» «k_rell», same address. Call back «h_ph».
""",
"""VISTA> D ^XTER

                              ERROR LOG           ‹VA Kernel 8.0›
Display entries for what date: T-1//  («p_coll_fm»)
There were 3 errors on «p_coll_us».
   1) <UNDEFINED>‹EN+22^VAFCQRY› *VAFPID   ‹#17›   «tsh1»
   2) <UNDEFINED>EN+22^VAFCQRY *VAFPID   «tsh2»
   3) <SUBSCRIPT>‹PARSE+9^HLOPRS› ^TMP("HLA",$J)   «tsh3»
Which Error: 1

Process ID:  8931 (8931)    «p_coll_us»  «tsh1»
Username:    «b_USER»       (‹VA FileMan 22.2›, Kernel 8.0, ‹HL*1.6›)
Last Global: ^DPT(«p_dfn»,.11)
Line Code:   S VAFPID=$$EN^VAFHLPID(DFN,"2,3,5,7,8,11,13,19")

Local Variables:
DFN=«p_dfn»
DUZ=«b_duz»
VADM(1)="«p_LF» «p_mi»"
VADM(2)="«p_ssn9»^«p_ssn»"
VADM(3)="«p_dobfm»^«p_dobfmx»"
VADM(4)=«p_age»
VADM(5)="«p_sex»^«p_SEX»"
VAPA(1)="«p_LINE»"
VAPA(4)="«p_TOWN»"
VAPA(5)="21^«p_STATE»"
VAPA(6)="«p_zip»"
VAPA(8)="«p_phh»"
VAFHLREQ="MPI^«p_icn»"

-- «b_n»: the patient's .13 node is missing so ‹VAFHLPID› quits before setting VAFPID. Filed FileMan fix for DFN «p_dfn»; «h_n» confirmed
   the phone with the vet's «k_rell» «k_n» («k_cell»). Re-queued the A08; MPI ICN «p_icn» updated.
"""]


def ccl(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        head = "\n".join(["drop program 1_hit_adt_a03_gap go", "create program 1_hit_adt_a03_gap",
                          ";; discharged encounters in the last 7 days with no A03 in the outbound HIE queue",
                          "select into $outdev", "  p.person_id", ", name = substring(1, 30, p.name_full_formatted)",
                          ', dob = format(p.birth_dt_tm, "dd-mmm-yyyy;;d")', ", mrn = pa.alias", ", fin = ea.alias", ", e.encntr_id",
                          ', disch = format(e.disch_dt_tm, "dd-mmm-yyyy;;d")',
                          "from encounter e, person p, person_alias pa, encntr_alias ea",
                          "plan e where e.disch_dt_tm between cnvtdatetime(curdate-7, 0) and cnvtdatetime(curdate, 0)",
                          "  and not exists (select 1 from ‹cqm_fsieso_que› q where q.encntr_id = e.encntr_id and q.class = \"ADT03\")",
                          "join p where p.person_id = e.person_id", "join pa where pa.person_id = p.person_id and pa.person_alias_type_cd = value(4, \"MRN\")",
                          "join ea where ea.encntr_id = e.encntr_id and ea.encntr_alias_type_cd = value(319, \"‹FIN NBR›\")",
                          "with format, separator = \" \", maxrec = 100, time = 60", "end go", "", "1_hit_adt_a03_gap \"MINE\" go",
                          "Executing ‹1_hit_adt_a03_gap› on «k_host_ccl» (‹Cerner Millennium 2018.01›, ‹CCL 8.14.3›)", ""])  # fmt: skip
        rows = [[f"«{x}_pid».00", f"«{x}_lf» «{x}_mi»", f"«{x}_dobccl»", f"«{x}_mrn»", f"«{x}_fin»", f"«{x}_eid»", f"«{x}_dis_ccl»"]
                for x in ("p", "q", "r", "t", "u")]  # fmt: skip
        body = grid(s, ["PERSON_ID", "NAME", "DOB", "MRN", "FIN", "ENCNTR_ID", "DISCH"], rows)
        return head + "\n" + body + "\n5 row(s) selected\n\n" + (
            "-- «b_n»: sent A03s by hand from ‹ESO› for FIN «p_fin» and «q_fin». «u_lf» («u_age» y/o) was a transfer to\n"
            "   «hosp2», their A03 went via the transfer feed. «t_f» and «r_f» look like charge-only encounters; asking «a_n».\n")
    head = "\n".join(["; 1_hit_lab_corr_audit - corrected lab results last 24 h, who corrected them (asked by «a_n», lab QA)",
                      "select into $outdev", "  name = p.name_full_formatted, mrn = pa.alias, fin = ea.alias",
                      ", result = ce.result_val, ce.event_tag, corrected_by = pr.name_full_formatted",
                      ', corr_dt = format(ce.verified_dt_tm, "dd-mmm-yyyy hh:mm;;d")',
                      "from ‹clinical_event› ce, person p, person_alias pa, encntr_alias ea, prsnl pr",
                      "plan ce where ce.result_status_cd = value(8, \"MODIFIED\") and ce.updt_dt_tm > cnvtlookbehind(\"1,D\")",
                      "join p where p.person_id = ce.person_id", "join pa where pa.person_id = p.person_id and pa.person_alias_type_cd = value(4, \"MRN\")",
                      "join ea where ea.encntr_id = ce.encntr_id and ea.encntr_alias_type_cd = value(319, \"FIN NBR\")",
                      "join pr where pr.person_id = ce.verified_prsnl_id", "with format, separator = \" \", time = 60 go",
                      "‹Oracle Health Millennium 2022.01› · «k_host_ccl» · ‹Discern Visual Developer›", ""])  # fmt: skip
    rows = [[f"«{x}_lf»", f"«{x}_mrn»", f"«{x}_fin»", v, tag, f"«{y}_lf»", f"«{x}_coll_ccl» «{x}_coll_hm»"]
            for x, v, tag, y in (("p", "5.9", "‹Potassium›", "e"), ("q", "1.42", "‹Creatinine›", "e"), ("r", "11.8", "Hemoglobin", "h"),
                                 ("t", "0.61", "‹Troponin I›", "h"), ("u", "138", "Sodium", "e"))]  # fmt: skip
    body = grid(s, ["NAME", "MRN", "FIN", "RESULT", "EVENT_TAG", "CORRECTED_BY", "CORR_DT"], rows)
    return head + "\n" + body + "\n5 row(s) selected\n\n" + (
        "-- «c_n»: «p_g» «p_f»'s potassium was a hemolysed redraw; the other four are unit changes after the ‹LIS 8.2› upgrade.\n"
        "   Sent the list to «a_n» and to «d_dr» «d_f» («d_ph») for the troponin on «t_lf» («t_age» y/o).\n")


def clarity(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        head = ("-- «k_host_sql»\\CLARITY_PRD  (‹SQL Server 2019›)   run by «b_user»   for «inc»: MyChart activation letters sent to old addresses\n"
                "SELECT TOP 25 pat.PAT_ID, pat.‹PAT_MRN_ID›, pat.‹PAT_NAME›, pat.‹BIRTH_DATE›, pat.‹ADD_LINE_1›, pat.CITY, pat.ZIP, pat.‹HOME_PHONE›,\n"
                "       enc.‹PAT_ENC_CSN_ID›, enc.‹CONTACT_DATE›\n"
                "FROM CLARITY.dbo.PATIENT pat\n"
                "JOIN CLARITY.dbo.PAT_ENC enc ON enc.PAT_ID = pat.PAT_ID\n"
                "WHERE enc.DEPARTMENT_ID = 10501002 AND enc.ENC_TYPE_C = 101 AND pat.PAT_STATUS_C = 1\n"
                "  AND enc.CONTACT_DATE >= DATEADD(DAY, -14, CAST(GETDATE() AS date))\n"
                "ORDER BY enc.CONTACT_DATE;\n\n")
        rows = [[f"«{x}_patid»", f"«{x}_mrn»", f"«{x}_LF» «{x}_mi»", f"«{x}_dobsql»", f"«{x}_LINE»", f"«{x}_TOWN»", f"«{x}_zip»",
                 f"«{x}_phdash»", f"«{x}_csn»", f"«{x}_adm_sql»"] for x in ("p", "q", "r", "t", "u")]  # fmt: skip
        body = grid(s, ["PAT_ID", "PAT_MRN_ID", "PAT_NAME", "BIRTH_DATE", "ADD_LINE_1", "CITY", "ZIP", "HOME_PHONE", "PAT_ENC_CSN_ID", "CONTACT_DATE"], rows)
        return head + body + ("\n(5 rows affected)\n\nCompletion time: «day»T08:12:44.5150000-05:00\n\n"
                              "-- «b_n»: ADD_LINE_1 is current for all five, so the letters used the address cached in ‹MYC_PAT_ACTIVATION›.\n"
                              "   «q_g» «q_f» called the clinic at «q_cell»; letter went to «q_oline», «q_otown». Sent to «c_n» for the fix.\n")
    head = ("-- Caboodle DQ check on «k_host_cab» (CABOODLE_PRD, ‹SQL Server 2019›), ‹PatientDim› with two current rows per DurableKey\n"
            "SELECT pd.‹DurableKey›, pd.‹PatientEpicId›, pd.‹PrimaryMrn›, pd.Name, pd.BirthDate, pd.Address, pd.City, pd.PostalCode, pd.‹IsCurrent›\n"
            "FROM dbo.PatientDim pd\n"
            "WHERE pd.DurableKey IN (SELECT DurableKey FROM dbo.PatientDim WHERE IsCurrent = 1 GROUP BY DurableKey HAVING COUNT(*) > 1)\n"
            "ORDER BY pd.DurableKey, pd._LastUpdatedInstant;\n\n")
    rows = []
    for x in ("p", "q", "r"):
        rows.append([f"«{x}_dur»", f"«{x}_patid»", f"«{x}_mrn»", f"«{x}_lf» «{x}_mi»", f"«{x}_dobiso»", f"«{x}_oline»", f"«{x}_otown»", f"«{x}_ozip»", "1"])
        rows.append([f"«{x}_dur»", f"«{x}_patid»", f"«{x}_mrn»", f"«{x}_lf» «{x}_mi»", f"«{x}_dobiso»", f"«{x}_line»", f"«{x}_town»", f"«{x}_zip»", "1"])
    body = grid(s, ["DurableKey", "PatientEpicId", "PrimaryMrn", "Name", "BirthDate", "Address", "City", "PostalCode", "IsCurrent"], rows)
    return head + body + ("\n(6 rows affected)\n\n"
                          "-- «c_n»: type-2 history rows for the address change never got IsCurrent = 0; the ETL package ‹PatientDim_Epic› failed\n"
                          "   on «day» after the SU. 3 patients, «count2» rows in ‹EncounterFact› point at both keys. Ticket to «b_n».\n")

X12_ENV = "ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*«isadate»*«isatime»*^*00501*«isactl»*0*P*:~\n"
E270_REQ = """ST*270*0001*‹005010X279A1›~
BHT*0022*13*«msgctl»*«gsdate»*«isatime»~
HL*1**20*1~
NM1*PR*2*«PAYER»*****PI*«payer_id»~
HL*2*1*21*1~
NM1*1P*2*«HOSP»*****XX*«org_npi»~
HL*3*2*22*0~
TRN*1*«p_trn»*9«fein»~
‹NM1*IL›*1*«p_x12»***MI*«p_member»~
DMG*D8*«p_dob8»*«p_sex»~
‹DTP*291›*D8*«p_appt_8»~
‹EQ*30›~
SE*13*0001~
"""
X12_270 = ["-- ‹Availity› real-time eligibility via «k_host_edi» · request/response pair for «a_n» (registration, «clinic») · «ts1»\n"
           + X12_ENV.format(snd="CRHPRD", rcv="AVAILITY") + "GS*HS*CRHPRD*AVAILITY*«gsdate»*«isatime»*«gsctl»*X*005010X279A1~\n" + E270_REQ
           + """GE*1*«gsctl»~
IEA*1*«isactl»~
-- 271 received «ts2» --
ST*271*0001*005010X279A1~
BHT*0022*11*«msgctl»*«gsdate»*«isatime»~
HL*1**20*1~
NM1*PR*2*«PAYER»*****PI*«payer_id»~
HL*2*1*21*1~
NM1*1P*2*«HOSP»*****XX*«org_npi»~
HL*3*2*22*0~
TRN*2*«p_trn»*9«fein»~
NM1*IL*1*«p_x12»***MI*«p_member»~
REF*6P*«group»*«plan_desc»~
N3*«p_LINE»~
N4*«p_TOWN»*«p_st»*«p_zip9»~
DMG*D8*«p_dob8»*«p_sex»~
INS*Y*18*001*25~
DTP*346*D8*«p_cov_8»~
EB*1*IND*30**‹Active Coverage›~
EB*C*IND*30***23*2500*****Y~
EB*B*IND*98^UC*HM**27*35*****Y~
EB*A*IND*30***27**0.2****Y~
LS*2120~
NM1*P3*1*«d_x12»***XX*«d_npi»~
PER*IC**TE*«d_phd»~
LE*2120~
SE*24*0001~
-- note «a_n» («a_USER»): coverage active, but the payer's PCP for «p_g» «p_f» is «d_dr» «d_f», not ours; told pt at «p_cell» before the «p_appt_us» visit.
""",
           "-- ‹Change Healthcare› eligibility, «k_host_edi» · 270 sent «ts1» by «a_user» («clinic»)\n"
           + X12_ENV.format(snd="ABHPRD", rcv="CHC") + "GS*HS*ABHPRD*CHC*«gsdate»*«isatime»*«gsctl»*X*005010X279A1~\n" + E270_REQ
           + """-- 271 received «ts2» --
ST*271*0001*005010X279A1~
HL*3*2*22*0~
TRN*2*«p_trn»*9«fein»~
NM1*IL*1*«p_x12»***MI*«p_member»~
‹AAA*Y**72*C›~
DMG*D8*«p_dob8»*«p_sex»~
SE*9*0001~
-- «b_n» («b_user»): ‹AAA 72› = invalid/missing subscriber ID. Card photo in Media shows «p_member2»; registration typed «p_member».
   Re-sent with the card number and DOB «p_dob»; 271 came back active (‹EB*1*IND*30›), «payer», group «group». «count2» other 72s today.
-- re-query 271 excerpt --
NM1*IL*1*«p_x12»***MI*«p_member2»~
N3*«p_LINE»~
N4*«p_TOWN»*«p_st»*«p_zip»~
DTP*346*D8*«p_cov_8»~
EB*1*IND*30**Active Coverage~
"""]

X12_276 = ["""-- claim status (276/277) for «a_n», «clinic» billing office · «k_host_edi» · «ts1»
ST*276*0001*‹005010X212›~
BHT*0010*13*«msgctl»*«gsdate»*«isatime»~
HL*1**20*1~
NM1*PR*2*«PAYER»*****PI*«payer_id»~
HL*2*1*21*1~
NM1*41*2*«HOSP»*****46*«fein»~
HL*3*2*19*1~
NM1*1P*2*«HOSP»*****XX*«org_npi»~
HL*4*3*22*0~
DMG*D8*«p_dob8»*«p_sex»~
NM1*IL*1*«p_x12»***MI*«p_member»~
TRN*1*«p_trn»~
REF*EJ*«p_pcn»~
AMT*T3*«amt1n»~
DTP*472*RD8*«p_svc_8»-«p_svc2_8»~
SE*15*0001~
-- 277 --
ST*277*0001*005010X212~
HL*4*3*22*0~
NM1*IL*1*«p_x12»***MI*«p_member»~
TRN*2*«p_trn»~
STC*‹F2:88›*«p_adj_8»**«amt1n»*0~
‹REF*1K›*«p_claim»~
REF*EJ*«p_pcn»~
DTP*472*RD8*«p_svc_8»-«p_svc2_8»~
SVC*HC:«cpt1»*«amt1n»*0~
STC*F2:88*«p_adj_8»~
SE*11*0001~
-- «a_n»: F2:88 = finalized/denied, not eligible on the DOS («p_svc_us»). «p_g» «p_f» moved to Medicaid; new ID from «p_her» card: «p_member2».
   Payer claim «p_claim». Rebilling as «pcn_new» after the 270 comes back active. Pt phone «p_ph».
""",
"""-- claim status (276/277), dependent patient · «k_host_edi» · requested by «a_n» · «ts1»
ST*276*0001*‹005010X212›~
HL*3*2*19*1~
NM1*1P*2*«HOSP»*****XX*«org_npi»~
HL*4*3*22*1~
NM1*IL*1*«p_x12»***MI*«p_member»~
HL*5*4*23~
DMG*D8*«j_dob8»*«j_sex»~
‹NM1*QC›*1*«j_x12»~
TRN*1*«j_trn»~
REF*EJ*«j_pcn»~
AMT*T3*«amt2n»~
DTP*472*D8*«j_svc_8»~
SE*12*0001~
-- 277 --
NM1*QC*1*«j_x12»~
TRN*2*«j_trn»~
STC*‹A7:21›*«j_adj_8»**«amt2n»~
STC*A7:35~
REF*1K*«j_claim»~
REF*EJ*«j_pcn»~
DTP*472*D8*«j_svc_8»~
-- «b_n»: ‹A7:21› missing/invalid info + ‹A7:35› = subscriber DOB. Our 837 sent the child's DOB («j_dob») in the subscriber loop.
   Subscriber is «p_n», DOB «p_dob», member «p_member»; «j_g» is the dependent. Fixed the ‹2010BA› mapping, resubmitted «j_pcn».
"""]


def scrubber(s: dict[str, Slot]) -> str:
    out = ("«SYSTEM» ‹ClaimScrub 9.4› · batch «gsdate»-02 · host «k_host_edi» · run «ts1»\n"
           "Payer: «payer» («payer_id»)   Claims in: 214   Passed: 187   Held: 23   Rejected: 4\n" + "-" * 96 + "\n")
    edits = {
        "p": ("99214-25 x1 · 93000 x1 · 36415 x1", "«icd1», «icd2»",
              "  [HOLD] ‹E1042› NCCI PTP: 36415 bundles into 99214 for payer «payer_id»; remove line 3 or append modifier 59\n"
              "  [WARN] E2201 Subscriber N3 has no apartment; pulled «p_line» from registration\n"),
        "q": ("97110 x2 · 97530 x2", "«icd3»",
              "  [REJ]  ‹E0107› Member ID «q_member» fails payer format; card on file shows «q_member2»\n"),
        "r": ("G0439 x1 · 83036 x1", "‹Z00.00›, «icd1»",
              "  [HOLD] ‹E3310› Patient age «r_age» on DOS; confirm Medicare primary (MSP questionnaire blank)\n"
              "  [INFO] Guarantor on file: self, «r_ph», «r_addr»\n"),
        "t": ("99285 x1 · 71046 x1", "‹R07.9›",
              "  [REJ]  ‹E0450› Patient DOB «t_dob» does not match payer's subscriber file («t_dobtypo»); verify with card\n"
              "  [WARN] E0612 Rendering NPI «e_npi» not enrolled with payer «payer_id»\n"),
    }
    for x, (lines, dx, msgs) in edits.items():
        out += (f"CLAIM «{x}_pcn»  837P  Pt: «{x}_LFs»  DOB: «{x}_dob»  Sub ID: «{x}_member»  DOS: «{x}_svc_us»  Total: «amt{1 + 'pqrt'.find(x)}»\n"
                f"  Rendering: «d_LFs» NPI «d_npi» · Billing: «hosp» · Lines: {lines} · Dx: {dx}\n" + msgs)
    return out + ("-" * 96 + "\nHeld claims routed to ‹WQ 1127› (Coding review), assigned to «a_n» («a_user»). Rejected claims e-mailed to «b_em».\n")


E834 = ["""-- inbound 834 from «SYSTEM» benefits (file ‹BEN834_ANTHEM_FULL›) loaded on «k_host_edi» «ts1»
ST*834*0001*‹005010X220A1›~
BGN*00*«msgctl»*«gsdate»*«isatime»****2~
REF*38*«group»~
DTP*007*D8*«p_cov_8»~
N1*P5*«SYSTEM»*FI*«fein»~
N1*IN*«PAYER»*FI*«org_npi»~
INS*Y*18*021*28*A***FT~
‹REF*0F›*«p_member»~
REF*1L*«group»~
DTP*336*D8*«p_hire_8»~
NM1*IL*1*«p_x12»***34*«p_ssn9»~
PER*IP**HP*«p_phd»*EM*«p_em»~
N3*«p_LINE»~
N4*«p_TOWN»*«p_st»*«p_zip»~
DMG*D8*«p_dob8»*«p_sex»*M~
HD*021**HLT*«plan_desc»*FAM~
‹DTP*348›*D8*«p_cov_8»~
INS*N*01*021*28*A~
REF*0F*«p_member»~
NM1*IL*1*«k_x12»***34*«k_ssn9»~
DMG*D8*«k_dob8»*«k_sex»*M~
HD*021**HLT*«plan_desc»*FAM~
DTP*348*D8*«p_cov_8»~
INS*N*19*021*28*A~
REF*0F*«p_member»~
NM1*IL*1*«j_x12»***34*«j_ssn9»~
DMG*D8*«j_dob8»*U~
HD*021**HLT*«plan_desc»*FAM~
DTP*348*D8*«p_cov_8»~
SE*31*0001~
-- load log --
  3 members (1 subscriber, 2 dependents) · 1 warning
  WARN 2100A ‹DMG03› 'U' not accepted for member «j_n» (DOB «j_dob»); defaulted per mapping rule 14, pended for «h_n» to call «p_g» at «p_cell»
  INFO subscriber «p_lf» matched EMPI «p_empi» on SSN + DOB
""",
"""-- inbound 834 change file from «payer» («payer_id»), ‹005010X220A1›, on «k_host_edi» «ts1» · reviewed by «h_n»
ST*834*0001*005010X220A1~
BGN*00*«msgctl»*«gsdate»*«isatime»****4~
REF*38*«group»~
INS*Y*18*001*AI*A***FT~
REF*0F*«p_member»~
REF*1L*«group»~
NM1*IL*1*«p_x12»***34*«p_ssn9»~
PER*IP**HP*«p_phd»~
N3*«p_LINE»~
N4*«p_TOWN»*«p_st»*«p_zip»~
DMG*D8*«p_dob8»*«p_sex»~
NM1*70*1*«p_x12»~
N3*«p_OLINE»~
N4*«p_OTOWN»*«p_st»*«p_ozip»~
HD*001**HLT*«plan_desc»*IND~
DTP*348*D8*«p_cov_8»~
INS*Y*18*024*07*A***TE~
REF*0F*«q_member»~
NM1*IL*1*«q_x12»***34*«q_ssn9»~
DMG*D8*«q_dob8»*«q_sex»~
HD*024**HLT*«plan_desc»*IND~
‹DTP*349›*D8*«q_end_8»~
SE*23*0001~
-- load log --
  ‹INS03› 001 change: «p_lf» new address «p_line», «p_town» (was «p_oline», «p_otown»); updated EPT address, «count2» open claims re-pointed
  INS03 024 termination: «q_lf», coverage ends «q_end_us» (‹INS04› 07 = termination of employment); COBRA letter queued to «q_em»
"""]


def mpi(s: dict[str, Slot]) -> str:
    head = ["Src", "EID", "MRN", "Name", "DOB", "Age", "SSN", "Address", "Phone"]

    def block(x: str, rows: list[list[str]], task: str, score: str, status: str, detail: str, note: str) -> str:
        return (f"Task «msgid»-{task}   Score {score}   Status: {status}   Assigned: «h_n»\n" + grid(s, head, rows)
                + f"  Match detail: {detail}\n  Comment («h_user», «ts{2 + 'pqt'.find(x)}»): {note}\n\n")

    out = ("‹IBM InfoSphere MDM 11.6› (Initiate) · Potential Duplicate Task worklist · queue ‹HIM-MPI-REVIEW› · exported by «h_user» «ts1»\n"
           "Thresholds: autolink >= 19.0 · clerical review 11.0-18.9 · 3 tasks shown of «count2»\n" + "=" * 100 + "\n")
    out += block("p", [["EPIC", "«p_empi»", "«p_mrn»", "«p_LFs»", "«p_dob»", "«p_age»", "xxx-xx-«p_ssn4»", "«p_ADDR»", "«p_ph»"],
                       ["LAB", "«p_eid»", "«p_mrn2»", "«p_Fvar», «p_G»", "«p_dobtypo»", "", "xxx-xx-«p_ssn4»", "«p_OLINE», «p_OTOWN»", "«p_cell»"]],
                 "1", "16.8", "OPEN", "name 3.1 (typo), DOB 2.2 (transposed), SSN4 4.0, phone 0.0, address 1.9",
                 "Called pt at «p_cell»: same person, lab registration keyed «p_Fvar» and «p_dobtypo». MERGE «p_mrn2» -> «p_mrn».")  # fmt: skip
    out += block("q", [["EPIC", "«q_empi»", "«q_mrn»", "«q_LFs»", "«q_dob»", "«q_age»", "xxx-xx-«q_ssn4»", "«q_ADDR»", "«q_ph»"],
                       ["EPIC", "«r_empi»", "«r_mrn»", "«r_LFs»", "«r_dob»", "«r_age»", "xxx-xx-«r_ssn4»", "«r_ADDR»", "«r_ph»"]],
                 "2", "15.2", "CLOSED - NOT A DUPLICATE", "name 6.0 (exact), DOB 0.0, SSN4 0.0, phone 4.2, address 5.0",
                 "Father and son (Sr. / Jr.) at the same address; added a do-not-link rule. «r_g» Jr.'s cell is «r_cell».")  # fmt: skip
    out += block("t", [["EPIC", "«t_empi»", "«t_mrn»", "«t_LFs»", "«t_dob»", "«t_age»", "", "«t_ADDR»", "«t_ph»"],
                       ["EPIC", "«u_empi»", "«u_mrn»", "«u_LFs»", "«u_dob»", "«u_age»", "", "«u_ADDR»", "«t_ph»"]],
                 "3", "12.4", "CLOSED - NOT A DUPLICATE", "name 1.8 (family exact), DOB 4.5 (exact), phone 4.2, address 5.0",
                 "Twins («t_g» and «u_g»), one household phone. Linked as siblings; pediatric clinic told by «e_n».")  # fmt: skip
    return out + "Merges this week: «count2» · next review «h_n» / «b_n» (backup) · questions to «h_em»\n"


CSV = ["""Interface,«iface0» (Epic Bridges ADT outbound),Spec v3.2,Owner,«b_n»,Reviewed,«c_n»
Seq,Segment,Field,Comp,HL7 name,Req,Epic item,Target table,Target column,Transform / rule,Sample value (PROD msg «msgctl»)
1,MSH,9,,Message type,R,,,,A01/A03/A04/A08 only,‹ADT^A04›
2,PID,3,1,Patient identifier,R,EPT .2,PATIENT,MRN,pad left with 0 to 10,«p_mrn»
3,PID,5,1,Family name,R,EPT .1,PATIENT,‹LAST_NAME›,UPPER,«p_F»
4,PID,5,2,Given name,R,EPT .1,PATIENT,FIRST_NAME,UPPER,«p_G»
5,PID,7,,Date of birth,R,EPT 110,PATIENT,‹DOB›,yyyyMMdd -> DATE,«p_dob8»
6,PID,8,,Administrative sex,R,EPT 130,PATIENT,SEX,table 0001,«p_sex»
7,PID,11,1,Street address,O,EPT 50,‹PATIENT_ADDR›,ADDR1,,«p_LINE»
8,PID,11,3,City,O,EPT 60,PATIENT_ADDR,CITY,,«p_TOWN»
9,PID,11,5,Zip,O,EPT 80,PATIENT_ADDR,ZIP,first 5 digits,«p_zip»
10,PID,13,1,Home phone,O,EPT 90,PATIENT,‹HOME_PHONE›,digits only,«p_phd»
11,PID,13,4,Email,O,EPT 85,PATIENT,EMAIL,lowercase,«p_em»
12,PID,19,,SSN,C,EPT 160,PATIENT,‹SSN_LAST4›,last 4 only (min necessary),«p_ssn»
13,PV1,3,,Assigned location,R,,VISIT,LOCATION,map via ‹DEPT_XWALK›,«unit»
14,PV1,7,1,Attending ID,R,SER .1,VISIT,‹ATTENDING_NPI›,,«d_npi»
15,PV1,7,2,Attending family,R,SER .2,VISIT,ATTENDING_LAST,,«d_F»
16,PV1,19,,Visit number,R,HSP .1,VISIT,CSN,,«p_csn»
17,PV1,44,,Admit date/time,R,HSP 1.1,VISIT,‹ADMIT_DTTM›,yyyyMMddHHmm,«p_adm_12»
18,IN1,36,,Policy number,O,CVG 200,INSURANCE,MEMBER_ID,,«p_member»
19,NK1,2,,Next of kin name,O,EPT 3000,CONTACT,NOK_NAME,FAMILY^GIVEN,«k_F»^«k_G»
20,NK1,5,,NOK phone,O,EPT 3010,CONTACT,NOK_PHONE,digits only,«k_phd»
Open issue,«vendor» asks for full SSN in PID-19 (sample above is a real one!); «c_n»: send last 4 only e.g. «p_ssn4»; scrub samples before sharing
""",
"""Interface,«iface1» (lab results outbound),Spec v1.7,Owner,«c_n»,Analyst,«b_n»
Seq,Segment,Field,Comp,HL7 name,Req,Source,Target table,Target column,Transform / rule,Sample value
1,MSH,9,,Message type,R,,,,,‹ORU^R01›
2,PID,3,1,MRN,R,EPT .2,LAB_PATIENT,MRN,,«p_mrn»
3,PID,5,,Patient name,R,EPT .1,LAB_PATIENT,PAT_NAME,"FAMILY^GIVEN^MI","«p_F»^«p_G»^«p_mi»"
4,PID,7,,Date of birth,R,EPT 110,LAB_PATIENT,‹BIRTH_DT›,yyyyMMdd,«p_dob8»
5,PID,18,,Account number,R,HAR,LAB_PATIENT,ACCT_NO,,«p_har»
6,ORC,2,,Placer order number,R,ORD .1,LAB_ORDER,PLACER_NO,,«p_ord»
7,OBR,3,,Filler order number,R,,LAB_ORDER,‹ACCESSION_NO›,,«p_acc»
8,OBR,7,,Collection date/time,R,ORD 160,‹LAB_ORDER›,‹COLLECT_DTTM›,yyyyMMddHHmm,«p_coll_12»
9,OBR,16,1,Ordering provider NPI,R,SER 3100,LAB_ORDER,ORDERING_NPI,,«d_npi»
10,OBR,16,2,Ordering provider family,R,SER .2,LAB_ORDER,ORDERING_LAST,,«d_F»
11,OBX,3,,Observation ID,R,LRR .1,LAB_RESULT,‹LOINC_CODE›,LOINC,«loinc1»
12,OBX,5,,Observation value,R,ORD 2000,LAB_RESULT,RESULT_VAL,,7.9
13,OBX,14,,Observation date/time,R,ORD 2040,LAB_RESULT,RESULT_DTTM,yyyyMMddHHmm,«p_coll_12»
14,OBX,16,,Responsible observer,O,EMP .1,‹LAB_RESULT›,‹VERIFIED_BY›,FAMILY^GIVEN,«e_F»^«e_G»
15,NTE,3,,Comment,O,ORD 2100,LAB_RESULT,COMMENT,free text (can hold PHI),Called to «d_dr» «d_f» by «e_n» RN
Note,"«b_n»: sample row from «p_LFs» (DOB «p_dob», phone «p_ph») was used in the vendor test; vendor ticket «inc» has it too"
"""]

CHAT = ["""#interfaces-oncall · Microsoft Teams export · «weekday» night
[«tsh1»] PagerDuty: Triggered #PD-48213 "Rhapsody route ‹ADT_to_Pyxis› queue depth «count» > 500" on «k_host_rhap»
[«tsh1»] «b_g» «b_f»: ack, looking
[«tsh2»] «b_g» «b_f»: one poisoned msg. A08 for «p_n», MRN «p_mrn»: PID-11 has a raw tab in the street («p_line») and Pyxis chokes on it
[«tsh2»] «c_g» «c_f»: lol of course. can we not paste MRNs in here pls
[«tsh2»] «b_g» «b_f»: sorry. it's also blocking ED meds, charge nurse «e_n» called: «q_g» «q_f» in ED 14 (DOB «q_dob») has no ‹Pyxis› profile
[«tsh3»] «c_g» «c_f»: skip it, let the queue drain, hand-fix the A08 in the morning
[«tsh3»] «b_g» «b_f»: skipped msg «msgid». queue «count» -> 0 in 40 s
[«tsh3»] «c_g» «c_f»: fyi the rhap-svc password is still «cred» in the runbook, rotating it after this 😬
[«tsh4»] «e_n» (guest): Pyxis shows «q_g» now, thank you!!
[«tsh5»] «a_g» «a_f»: postmortem note: registration pasted the street from «p_her» «k_rell»'s email («k_em») into ‹Prelude›. Fixed in EPT, A08 resent
[«tsh5»] «a_g» «a_f»: also «p_g»'s DOB is «p_dob» in the A08 but «p_dobtypo» on the wristband; «h_n» from HIM is checking
""",
"""#lab-interfaces · Slack · thread started «ts1»
«b_user»  [«tsh1»] ‹Sunquest› -> Epic results feed is backed up, «count2» ORUs queued on «k_host_engine». ‹LIS_RESULTS_OUT› thread is UP but no ACKs
«c_user»  [«tsh1»] ED is screaming. «d_dr» «d_f» (pager «d_ph») wants the troponin on «p_LF» «p_mi», bed ED-7, drawn «p_coll_hm»
«b_user»  [«tsh2»] found it: ACK timeout since ‹Bridges› restarted, socket half-open. bouncing the connection
«c_user»  [«tsh2»] ok. tele box «p_device» on «p_g» «p_f» is also not sending to Epic, same engine?
«b_user»  [«tsh3»] different channel (‹TELE_ADT_IN›), but yes same host. «count2» results flowed in 2 min. troponin for MRN «p_mrn» filed at «tsh3»
«e_user»  [«tsh3»] «e_g» here (ED charge): confirmed on the board. also «q_n» in ED-12 (DOB «q_dob») had a CBC stuck, it's there now
«c_user»  [«tsh4»] root cause: Bridges SU restart at «tsh1», keepalive off on our side. adding a 60 s keepalive. «h_user» pls close INC0052290
«b_user»  [«tsh4»] runbook updated. test token for the FHIR check was «token», revoked
"""]

ELIG_JSON = [
    '{"controlNumber":"«msgctl»","tradingPartnerServiceId":"«payer_id»","provider":{"organizationName":"«hosp»","npi":"«org_npi»"},'
    '"subscriber":{"memberId":"«p_member»","firstName":"«p_G»","lastName":"«p_F»","middleName":"«p_mi»","gender":"«p_sex»","dateOfBirth":"«p_dob8»",'
    '"address":{"address1":"«p_LINE»","city":"«p_TOWN»","state":"«p_st»","postalCode":"«p_zip»"},"groupNumber":"«group»"},'
    '"dependents":[{"firstName":"«j_G»","lastName":"«j_F»","gender":"«j_sex»","dateOfBirth":"«j_dob8»","relationToSubscriber":"Child","relationToSubscriberCode":"19"}],'
    '"payer":{"name":"«PAYER»","payorIdentification":"«payer_id»"},'
    '"planInformation":{"groupNumber":"«group»","groupDescription":"«plan_desc»"},'
    '"planDateInformation":{"planBegin":"«p_cov_8»","eligibilityBegin":"«p_cov_8»"},'
    '"planStatus":[{"statusCode":"1","status":"‹Active Coverage›","planDetails":"«plan_desc»","serviceTypeCodes":["30"]}],'
    '"benefitsInformation":[{"code":"1","name":"Active Coverage","serviceTypeCodes":["30"],"serviceTypes":["‹Health Benefit Plan Coverage›"],"insuranceType":"‹Preferred Provider Organization (PPO)›"},'
    '{"code":"C","name":"Deductible","coverageLevel":"Individual","benefitAmount":"2500","timeQualifier":"‹Calendar Year›"},'
    '{"code":"A","name":"Co-Insurance","benefitPercent":"0.2","inPlanNetworkIndicator":"Yes"},'
    '{"code":"P","name":"Primary Care Provider","benefitsRelatedEntity":{"entityIdentifier":"Primary Care Provider","entityName":"«d_F»","entityFirstname":"«d_G»","entityIdentificationValue":"«d_npi»","contactInformation":{"contacts":[{"communicationMode":"Telephone","communicationNumber":"«d_phd»"}]}}}],'
    '"errors":[],"meta":{"applicationMode":"‹production›","traceId":"«p_trn»","senderId":"«k_host_edi»","submitterId":"«a_USER»"},'
    '"x-debug":{"requestedBy":"«a_em»","patientPhone":"«p_phd»","patientEmail":"«p_em»","workstation":"«fac»-REG-07"}}',
    '{"controlNumber":"«msgctl»","tradingPartnerServiceId":"«payer_id»","provider":{"organizationName":"«hosp»","npi":"«org_npi»"},'
    '"subscriber":{"memberId":"«p_member»","firstName":"«p_G»","lastName":"«p_F»","gender":"«p_sex»","dateOfBirth":"«p_dob8»","ssn":"«p_ssn9»",'
    '"address":{"address1":"«p_LINE»","address2":"","city":"«p_TOWN»","state":"«p_st»","postalCode":"«p_zip9»"}},'
    '"payer":{"name":"«PAYER»","payorIdentification":"«payer_id»"},'
    '"errors":[{"field":"AAA","code":"75","description":"‹Subscriber/Insured Not Found›","followupAction":"‹Please Correct and Resubmit›","location":"‹Loop 2100C›",'
    '"possibleResolutions":"Check the member ID against the card; payer has «p_LFs» on file with DOB «p_dobtypo»"}],'
    '"meta":{"applicationMode":"production","traceId":"«p_trn»","senderId":"«k_host_edi»","submitterId":"«a_USER»"},'
    '"x-debug":{"requestedBy":"«a_em»","encounter":"«p_csn»","mrn":"«p_mrn»","appointment":"«p_appt_iso»","note":"registrar «a_n» re-ran with the old address «p_oline», «p_otown» too"}}',
]

NDJSON = [
    '{"ts":"«tsiso1»","level":"ERROR","engine":"‹InterSystems HealthShare 2023.1›","host":"«k_host_engine»","component":"‹HL7.In.EpicADT›","msgType":"ADT^A04","controlId":"«msgctl»","mrn":"«p_mrn»","patient":"«p_F»^«p_G»","dob":"«p_dob8»","error":"PV1-3 location «unit» not in ‹LocationXref›"}\n'
    '{"ts":"«tsiso2»","level":"WARN","component":"‹EMPI.Matcher›","mrn":"«q_mrn»","patient":"«q_F»^«q_G»","dob":"«q_dob8»","message":"possible duplicate of EID «q_empi» (score 17.2): «q_LFs» vs «q_Fvar», «q_G»"}\n'
    '{"ts":"«tsiso3»","level":"AUDIT","event":"message.view","user":"«b_user»","mrn":"«r_mrn»","reason":"troubleshooting «inc»"}\n'
    '{"ts":"«tsiso4»","level":"ERROR","component":"‹HL7.Out.StateHIE›","mrn":"«r_mrn»","patientName":"«r_n»","ssn":"«r_ssn»","phone":"«r_phdash»","address":"«r_line», «r_town», «r_st» «r_zip»","error":"HIE rejected: SSN must be 9 digits without dashes"}\n'
    '{"ts":"«tsiso5»","level":"INFO","event":"resend","user":"«b_user»","count":«count2»,"component":"HL7.Out.StateHIE"}\n'
    '{"ts":"«tsiso6»","level":"ERROR","component":"‹FHIR.Out.Payer›","url":"«t_fhirurl»","status":401,"error":"token expired","token":"«token»"}\n'
    '{"ts":"«tsiso7»","level":"AUDIT","event":"message.export","user":"«c_user»","mrn":"«t_mrn»","patient":"«t_F»^«t_G»","dob":"«t_dob8»","target":"/tmp/«t_mrn».hl7"}\n',
    '{"ts":"«tsiso1»","level":"INFO","engine":"‹Iguana 6.1.5›","host":"«k_host_engine»","channel":"‹LAB_RESULTS_TO_EPIC›","event":"started"}\n'
    '{"ts":"«tsiso2»","level":"ERROR","channel":"LAB_RESULTS_TO_EPIC","msgType":"‹ORU^R01›","mrn":"«p_mrn»","patient":"«p_F»^«p_G»^«p_mi»","dob":"«p_dob8»","accession":"«p_acc»","error":"Epic ACK AE: ordering provider «d_npi» not found"}\n'
    '{"ts":"«tsiso3»","level":"ERROR","channel":"LAB_RESULTS_TO_EPIC","msgType":"ORU^R01","mrn":"«q_mrn»","patient":"«q_F»^«q_G»^«q_mi»","dob":"«q_dob8»","accession":"«q_acc»","error":"Epic ACK AE: ordering provider «d_npi» not found"}\n'
    '{"ts":"«tsiso4»","level":"WARN","channel":"‹ADT_FROM_EPIC›","msgType":"ADT^A31","mrn":"«r_mrn»","patient":"«r_F»^«r_G»","phone":"«r_phh»","email":"«r_em»","message":"PID-13 has 3 repetitions, only 2 mapped"}\n'
    '{"ts":"«tsiso5»","level":"AUDIT","event":"‹translator.edit›","user":"«b_user»","channel":"LAB_RESULTS_TO_EPIC","note":"map NPI «d_npi» («d_lf») to Epic ‹SER› id; ask «c_n»"}\n'
    '{"ts":"«tsiso6»","level":"ERROR","channel":"ADT_FROM_EPIC","msgType":"ADT^A08","mrn":"«u_mrn»","patient":"«u_F»^«u_G»","dob":"«u_dob8»","address":"«u_LINE»^^«u_TOWN»^«u_st»^«u_zip»","error":"PID-11 city not in ‹ZipCityXref› for ZIP «u_zip»"}\n'
    '{"ts":"«tsiso7»","level":"INFO","event":"resend","user":"«c_user»","count":«count2»,"channel":"LAB_RESULTS_TO_EPIC"}\n',
]

TEMPLATES: list[tuple[str, list[str], str, str | list[str] | Callable[[dict[str, Slot]], str]]] = [
    ("hit55_mirth_channel_log", ["KY", "CA"], "text", MIRTH),
    ("hit55_hl7_ack_nack_exchange", ["GA", "MN"], "text", HL7ACK),
    ("hit55_rhapsody_error_queue", ["LA", "PA"], "text", RHAPSODY),
    ("hit55_cloverleaf_error_db", ["IL", "KY"], "text", CLOVERLEAF),
    ("hit55_servicenow_epic_incident", ["GA", "CA"], "text", SNOW),
    ("hit55_jira_cerner_ticket", ["PA", "NM"], "text", jira),
    ("hit55_vista_fileman_global", ["KY", "NM"], "text", VISTA),
    ("hit55_cerner_ccl_output", ["LA", "IL"], "text", ccl),
    ("hit55_clarity_caboodle_sql", ["MN", "GA"], "text", clarity),
    ("hit55_x12_270_271_eligibility", ["KY", "LA"], "text", X12_270),
    ("hit55_x12_276_277_claim_status", ["IL", "CA"], "text", X12_276),
    ("hit55_claim_scrubber_log", ["PA", "GA"], "text", scrubber),
    ("hit55_edi_834_enrollment", ["MN", "IL"], "text", E834),
    ("hit55_mpi_duplicate_worklist", ["CA", "LA"], "text", mpi),
    ("hit55_interface_mapping_csv", ["NM", "PA"], "text", CSV),
    ("hit55_oncall_incident_chat", ["MN", "KY"], "text", CHAT),
    ("hit55_eligibility_api_json", ["GA", "NM"], "json", ELIG_JSON),
    ("hit55_engine_audit_ndjson", ["CA", "IL"], "ndjson", NDJSON),
]
VENDORS = ["PYXIS", "CBORD", "VOCERA", "TELETRACKING", "SUNQUEST", "STATEHIE", "MUSE"]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | list[str] | Callable[[dict[str, Slot]], str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe55:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, SITES[loc], kind, index)
        vendor = rng.choice(VENDORS)
        slots["vendor"], slots["iface0"], slots["iface1"] = vendor, K(f"ADT_EPIC_TO_{vendor}"), K(f"ORU_BEAKER_TO_{vendor}")
        slots["pcn_new"] = P("ACCOUNT", fill(rng, "%#########"))
        slots["b_duz"] = str(rng.randint(10000, 999999))
        slots["variant"] = index  # type: ignore[assignment]
        text = template(slots) if callable(template) else template[index] if isinstance(template, list) else template
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
