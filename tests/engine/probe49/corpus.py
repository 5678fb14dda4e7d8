# ruff: noqa: E501  (hand-aligned templates)
"""Forty-ninth independent probe corpus: clinical-trial and research data management text -- CDISC SDTM and ADaM
datasets printed as text, EDC exports and audit trails, data clarification queries, monitoring reports, safety
narratives, site logs, IRB mail, participant payments and a pharmacovigilance E2B file -- from trial sites in the
United States, Romania, Bulgaria, Hungary, the Czech Republic, Japan, Thailand and Australia, with synthetic
participants' PHI leaking into it.

36 labelled documents in 18 kinds per seed, two of each: an SDTM DM domain as SAS PROC PRINT output, SDTM AE /
CM / CO rows as CSV in a shell session, VS / MH / DS domains dumped from XPT transport files, a central-lab
data-transfer test file (pipe-delimited, DTA) that carries real data, an ADaM ADSL disposition listing, an
OpenClinica ODM 1.3 XML export with define-style metadata, a Medidata Rave audit trail, a data clarification
query listing, a site monitoring visit report, an SAE narrative (CIOMS style), a protocol deviation log, a site
screening and enrollment log, an IWRS randomisation and kit report, a subject contact log, a REDCap API export
of the informed-consent tracker (JSON), an IRB correspondence thread with eTMF filing names, a participant
stipend / reimbursement log (IBAN, ClinCard, SSN) and an ICH E2B(R2) ICSR XML.

Template language: the kit's `«slot»` and `‹literal›`. People: participants `p` `q` (site 1), `u` `v` (site 2),
`w` (site 3); `i` the site-1 principal investigator, `j` a sub-investigator, `c` the study coordinator (CRC),
`h` and `g` the site-2 and site-3 investigators, `a` the CRA / monitor, `m` a sponsor / CRO data manager or
medical monitor, `k` another staff member (IRB analyst, safety officer, lab data manager), `r` a relative or
legally authorised representative of `p`, `t` one of `u`. Forms: `_n` full name as written (Hungarian family
first, Japanese "KUBOTA Sachiyo" at times), `_g`, `_f`, `_sas` ("Family, Given"), `_abbr` ("K. Fairchild"),
`_ini` subject initials ("K-F"), `_login` (EDC user name), `_em` `_wem` `_ph` `_ph2`, `_addr` `_line` `_town`
`_pc`, `_nid` `_hp` `_mrn` `_dev`, `_subj` `_usubj` `_scr` `_rand` `_kit`, and dates `_<event>_<form>` with event
dob / ic (consent) / scr / rand / v4 / v12 / ae / aee / adm / dis / call / eos and form iso / dt / d9 / dmy /
rave / loc / us / cmp / long / mdy.

Labelling policy (decided before any measurement):
- NAME: every person's name -- participants, relatives, legally authorised representatives, witnesses,
  investigators, coordinators, CRAs, data managers, medical monitors, IRB staff, safety officers, lab staff --
  as written: full, given or family alone, "Family, Given", family first, capitals, an initial with the family
  name ("K. Fairchild"), subject initials ("K-F", "KLF": an EDC field holding a participant's name), and EDC /
  e-mail user names made of a name ("kfairchild", OpenClinica UserID="kfairchild"). Titles (Dr., MUDr.,
  Khun, -san) are plain text outside the value.
- ADDRESS: house / street lines, towns, villages, suburbs, Japanese chō, Thai tambon and amphoe. ZIP: every
  postal code. First-level regions (US and Australian states, Romanian județe, Hungarian megyék, Czech kraje,
  Japanese prefectures) and countries are keep when written alone, plain text inside an address; Bulgarian
  oblasts and Thai provinces, which share their capital's name, are only written inside addresses.
- DATE: every date of a participant more specific than a year -- birth (full, or year-month "1941-03"),
  consent, screening, randomisation, dosing, visits, AE onset / end, hospital admission / discharge, contacts,
  withdrawal -- in every form (ISO 8601, the date part of an ISO date-time "2024-03-14T09:30" -- a time of day
  is plain text, a surviving whole date-time still scores by its digits --, DATE9 "14MAR2024", "14 MAR 2024", compact
  "20240314", local forms, a Thai Buddhist-era year). Years alone keep. AGE: 90 and over only; ages under 90
  are keep in text and plain in table columns.
- ID: subject IDs (SUBJID, USUBJID, OpenClinica SubjectKey), screening numbers, randomisation numbers (codes
  assigned to one participant), lab accession numbers, national IDs (SSN, CNP, EGN, rodné číslo, Thai ID), E2B
  safety-report and case IDs. MRN: hospital record numbers (HN, UR, file numbers). HEALTH_PLAN: Medicare MBI,
  Australian Medicare, Hungarian TAJ and Japanese insurance-card numbers. ACCOUNT: IBANs, bank accounts,
  ClinCard / prepaid card numbers. PHONE, EMAIL of any person. DEVICE: ePRO handsets, wearables, glucose
  sensors assigned to a participant. URL: e-consent links carrying a participant token. IP: IP addresses in audit
  trails. VEHICLE: a participant's number plate (parking reimbursement). LICENSE: driver's licence numbers.
- Keep (must survive): protocol / study numbers when written apart from subject IDs (labelled forms such as
  "Protocol NVT-4417-301"), sponsor, CRO, site and hospital names, site numbers written as "Site 2103", kit
  numbers and lot numbers (supply units, not people), query / deviation / IRB / NCT / EU CT numbers, MedDRA terms
  and codes, CDISC controlled terms (race, arm codes, visit names), drugs and doses, lab tests and values, money
  amounts, years, ages under 90 in text, regions and countries alone.
- Not scored (plain text): site numbers inside IDs and bare in table columns, study-day numbers, sex codes,
  dates that are not a participant's (data cut-off, program run, report and letter dates), column names, titles.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe49 import ids
from tests.engine.probe49.people import HP_LABEL, LOCS, NID_LABEL, K, Loc, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]


@dataclass(frozen=True, slots=True)
class Study:
    id: str
    sponsor: str
    product: str
    indication: str
    arms: tuple[tuple[str, str], ...]  # (ARMCD, ARM)
    subj: str  # SUBJID format ({site}, {n})
    rand: str  # randomisation number fill pattern
    nct: str
    euct: str


STUDIES = [
    Study("NVT-4417-301", "Novatrel Therapeutics", "NVT-4417", "heart failure with preserved ejection fraction",
          (("NVT10", "NVT-4417 10 mg"), ("PBO", "Placebo")), "{site}-{n:04d}", "R%####", "NCT05871234", "2023-503117-22-00"),
    Study("KRX-0982-204", "Kerrix Bio", "KRX-0982", "diabetic kidney disease",
          (("KRX40", "KRX-0982 40 mg"), ("KRX80", "KRX-0982 80 mg"), ("PBO", "Placebo")), "{site}-{n:04d}", "%#####", "NCT05920418", "2023-505602-31-00"),
    Study("LMT-7730-02", "Lumetra Neuroscience", "LMT-7730", "mild Alzheimer's disease",
          (("LMT2", "LMT-7730 2 mg"), ("PBO", "Placebo")), "{site}{n:03d}", "RND-%###", "NCT06014477", "2024-510448-19-00"),
    Study("ABP-615-303", "Abenpharm", "ABP-615", "moderate to severe knee osteoarthritis pain",
          (("ABP150", "ABP-615 150 mg"), ("PBO", "Placebo")), "{site}-{n:03d}", "A-%####", "NCT05760392", "2023-502981-40-00"),
]  # fmt: skip
CRO = ["Meridian Clinical Operations", "Halvard CRO", "Corvane Research Services"]
LAB = ["Meridian Central Laboratory", "Eurolabs Clinical Trials Services", "Pacific Rim Trial Labs"]

# (verbatim term, MedDRA PT, PT code, SOC, SOC code)
MEDDRA = [
    ("DIZZY SPELLS", "Dizziness", "10013573", "Nervous system disorders", "10029205"),
    ("NAUSEA", "Nausea", "10028813", "Gastrointestinal disorders", "10017947"),
    ("HIGH POTASSIUM", "Hyperkalaemia", "10020646", "Metabolism and nutrition disorders", "10027433"),
    ("UTI", "Urinary tract infection", "10046571", "Infections and infestations", "10021881"),
    ("HEADACHE", "Headache", "10019211", "Nervous system disorders", "10029205"),
    ("AFIB WITH RVR", "Atrial fibrillation", "10003658", "Cardiac disorders", "10007541"),
    ("LOW BP", "Hypotension", "10021097", "Vascular disorders", "10047065"),
    ("SWOLLEN ANKLES", "Oedema peripheral", "10030124", "General disorders and administration site conditions", "10018065"),
]
SAE_TERMS = [
    ("COMMUNITY ACQUIRED PNEUMONIA", "Pneumonia", "10035664", "Infections and infestations", "10021881"),
    ("FALL WITH HIP FRACTURE", "Femur fracture", "10016454", "Injury, poisoning and procedural complications", "10022117"),
    ("ACUTE KIDNEY INJURY", "Acute kidney injury", "10069339", "Renal and urinary disorders", "10038359"),
    ("WORSENING HEART FAILURE", "Cardiac failure", "10007554", "Cardiac disorders", "10007541"),
]
CMS = [("FUROSEMIDE", "40 mg", "ORAL", "Oedema"), ("METOPROLOL SUCCINATE", "50 mg", "ORAL", "Hypertension"),
       ("EMPAGLIFLOZIN", "10 mg", "ORAL", "Type 2 diabetes mellitus"), ("APIXABAN", "5 mg", "ORAL", "Atrial fibrillation"),
       ("ATORVASTATIN", "40 mg", "ORAL", "Hypercholesterolaemia"), ("SPIRONOLACTONE", "25 mg", "ORAL", "Heart failure"),
       ("PARACETAMOL", "500 mg", "ORAL", "Knee pain"), ("LEVOTHYROXINE", "50 ug", "ORAL", "Hypothyroidism")]  # fmt: skip
MH_TERMS = ["TYPE 2 DIABETES MELLITUS", "ESSENTIAL HYPERTENSION", "CHRONIC KIDNEY DISEASE STAGE 3B", "OSTEOARTHRITIS BOTH KNEES",
            "HYPOTHYROIDISM", "PERSISTENT ATRIAL FIBRILLATION", "GOUT", "CATARACT SURGERY LEFT EYE"]  # fmt: skip
LABS = ["Potassium 5.8 mmol/L", "eGFR 38 mL/min/1.73m2", "NT-proBNP 1240 pg/mL", "ALT 42 U/L", "HbA1c 7.9%", "Hemoglobin 11.2 g/dL",
        "Creatinine 1.6 mg/dL", "Sodium 133 mmol/L", "UACR 412 mg/g", "MMSE 22/30", "WOMAC pain 11/20"]  # fmt: skip
VISITS = ["SCREENING", "BASELINE", "WEEK 4", "WEEK 12", "WEEK 24", "UNSCHEDULED 1", "EARLY TERMINATION"]
RACES = {"US": ["WHITE", "BLACK OR AFRICAN AMERICAN", "AMERICAN INDIAN OR ALASKA NATIVE"], "JP": ["ASIAN"], "TH": ["ASIAN"]}
CURRENCY = {"US": ("$", "{:,.2f}"), "RO": ("RON ", "{:,.2f}"), "BG": ("BGN ", "{:,.2f}"), "HU": ("HUF ", "{:,.0f}"),
            "CZ": ("CZK ", "{:,.0f}"), "JP": ("JPY ", "{:,.0f}"), "TH": ("THB ", "{:,.0f}"), "AU": ("A$", "{:,.2f}")}  # fmt: skip
MRN_FMT = {"US": "E%#######", "RO": "%####/{y}", "BG": "%###/{y}", "HU": "%########", "CZ": "%#######", "JP": "00%#######",
           "TH": "%#-######", "AU": "UR%######"}  # fmt: skip
HOSPITALS = {"US": ["St. Agatha Regional Medical Center", "Baptist Memorial Hospital"], "RO": ["Spitalul Municipal", "Spitalul Clinic Județean de Urgență"],
             "BG": ["UMBAL Sveti Mina", "MBAL Zdrave"], "HU": ["Szent Lukács Kórház", "Megyei Oktatókórház"],
             "CZ": ["Nemocnice Sv. Anny", "Oblastní nemocnice"], "JP": ["Kanto Rosai Hospital", "Tohoku Heart Center"],
             "TH": ["Srinagarind Hospital", "Maharat Hospital"], "AU": ["St Kilian's Hospital", "Base Hospital"]}  # fmt: skip
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
Y = 365


def local_date(d: date, code: str) -> str:
    return {
        "US": f"{d:%m/%d/%Y}", "RO": f"{d:%d.%m.%Y}", "BG": f"{d:%d.%m.%Y}", "HU": f"{d:%Y.%m.%d}.",
        "CZ": f"{d.day}. {d.month}. {d.year}", "JP": f"{d:%Y/%m/%d}", "TH": f"{d:%d/%m}/{d.year + 543}", "AU": f"{d:%d/%m/%Y}",
    }[code]  # fmt: skip


def date_forms(key: str, d: date, code: str, rng: random.Random) -> dict[str, Slot]:
    D = lambda v: P("DATE", v)  # noqa: E731
    hh, mm = rng.randint(7, 17), rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 40, 45, 50])
    return {
        f"{key}_iso": D(d.isoformat()), f"{key}_dt": (D(d.isoformat()), f"T{hh:02d}:{mm:02d}"), f"{key}_d9": D(f"{d:%d%b%Y}".upper()),
        f"{key}_dmy": D(f"{d:%d-%b-%Y}"), f"{key}_rave": D(f"{d:%d %b %Y}".upper()), f"{key}_loc": D(local_date(d, code)),
        f"{key}_us": D(f"{d:%m/%d/%Y}"), f"{key}_cmp": D(f"{d:%Y%m%d}"), f"{key}_long": D(f"{d.day} {d:%B %Y}"),
        f"{key}_mdy": D(f"{d:%B} {d.day}, {d.year}"), f"{key}_nat": D(f"{d:%B} {d.day}, {d.year}" if code == "US" else f"{d.day} {d:%B %Y}"), f"{key}_ord": D(f"{d.day}{ORDINAL.get(d.day, 'th')} {d:%B}"),
    }  # fmt: skip


def person_slots(x: str, w: Person, ref: date, domain: str, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_sas": N(w.sas), f"{x}_NC": N(f"{w.given} {w.family}".upper()),
        f"{x}_abbr": N(f"{w.given[0]}. {w.family}"), f"{x}_ini": N(w.initials), f"{x}_login": N(w.login),
        f"{x}_em": P("EMAIL", w.email), f"{x}_wem": P("EMAIL", f"{w.login}@{domain}"), f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2),
        f"{x}_addr": w.addr, f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_TOWN": A(w.town.upper()), f"{x}_pc": P("ZIP", w.postcode),
        f"{x}_region": K(w.region) if w.loc.region_keep else w.region, f"{x}_country": K(w.loc.country), f"{x}_iso3": K(w.loc.iso3),
        f"{x}_age": P("AGE", str(age)) if age >= 90 else K(str(age)), f"{x}_agec": P("AGE", str(age)) if age >= 90 else str(age),
        f"{x}_sex": "F" if w.female else "M", f"{x}_Sex": "Female" if w.female else "Male", f"{x}_male": "female" if w.female else "male", f"{x}_she": "she" if w.female else "he",
        f"{x}_her": "her" if w.female else "his", f"{x}_She": "She" if w.female else "He", f"{x}_mrs": "Mrs" if w.female else "Mr",
        f"{x}_nid": P("ID", w.nid) if w.nid else "", f"{x}_uid": P("ID", w.nid) if w.nid else P("HEALTH_PLAN", w.hp), f"{x}_nidl": NID_LABEL.get(w.loc.code, ""),
        f"{x}_hp": P("HEALTH_PLAN", w.hp) if w.hp else "", f"{x}_hpl": HP_LABEL.get(w.loc.code, ""),
        f"{x}_mrn": P("MRN", fill(rng, MRN_FMT[w.loc.code].format(y=ref.year))), f"{x}_dev": P("DEVICE", ids.device_serial(rng)),
        f"{x}_yob": K(str(w.dob.year)), f"{x}_dob_ym": P("DATE", f"{w.dob:%Y-%m}"),
        f"{x}_race": rng.choice(RACES.get(w.loc.code, ["WHITE"])),
    }  # fmt: skip
    s.update(date_forms(f"{x}_dob", w.dob, w.loc.code, rng))
    return s


PARTICIPANTS = ("p", "q", "u", "v", "w")
STAFF = ("i", "j", "c", "h", "g", "a", "m", "k")
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "ct49_sdtm_dm_proc_print": {"u": (90 * Y + 30, 96 * Y)},
    "ct49_adam_adsl_listing": {"v": (90 * Y + 30, 95 * Y)},
    "ct49_sae_narrative_cioms": {"p": (90 * Y + 30, 97 * Y)},
    "ct49_e2b_icsr_xml": {"p": (90 * Y + 30, 96 * Y)},
    "ct49_site_screening_enrollment_log": {"q": (90 * Y + 30, 94 * Y)},
    "ct49_redcap_consent_tracker_json": {"q": (90 * Y + 30, 98 * Y)},
    "ct49_monitoring_visit_report": {"q": (90 * Y + 30, 95 * Y)},
}


SINGLE_SITE = {"ct49_site_screening_enrollment_log", "ct49_participant_payment_log", "ct49_subject_contact_log",
               "ct49_monitoring_visit_report", "ct49_edc_query_listing", "ct49_protocol_deviation_log",
               "ct49_redcap_consent_tracker_json"}  # one site's own records: every participant is the site's


def relative(rng: random.Random, base: Person, loc: Loc, used: set[str], ref: date) -> tuple[Person, str]:
    """A participant's spouse (sharing the home) or, for an older participant, a grown child living apart."""
    age = (ref - base.dob).days // Y
    share = rng.random() < 0.75
    if age >= 68:
        female = rng.random() < 0.5
        w = draw_person(rng, loc, used, ref, female=female, family=base.family_key if share else None,
                        age_days=((age - 36) * Y, (age - 24) * Y))  # fmt: skip
        return w, "daughter" if female else "son"
    w = draw_person(rng, loc, used, ref, female=not base.female, family=base.family_key if share else None, home=base,
                    age_days=(max(30, age - 6) * Y, (age + 6) * Y))  # fmt: skip
    return w, "wife" if w.female else "husband"


def base_slots(rng: random.Random, loc_code: str, kind: str) -> tuple[dict[str, Slot], dict[str, Person], Study]:
    L1 = LOCS[loc_code]
    L2, L3 = (LOCS[c] for c in rng.sample([c for c in LOCS if c != loc_code], 2))
    if kind in SINGLE_SITE:
        L2 = L3 = L1
    study = rng.choice(STUDIES)
    d0 = date(2023, 9, 4) + timedelta(days=rng.randrange(420))
    site = {"p": rng.choice(L1.sites), "u": rng.choice(L2.sites), "w": rng.choice(L3.sites)}
    if kind in SINGLE_SITE:
        site["u"] = site["w"] = site["p"]
    site["q"], site["v"] = site["p"], site["u"]
    loc = {"p": L1, "q": L1, "u": L2, "v": L2, "w": L3}
    ages = AGES.get(kind, {})
    used: set[str] = set()
    ppl: dict[str, Person] = {}
    for x in PARTICIPANTS:
        ppl[x] = draw_person(rng, loc[x], used, d0, age_days=ages.get(x, (48 * Y, 88 * Y)))
    for x, lc in (("i", L1), ("j", L1), ("c", L1), ("h", L2), ("g", L3), ("a", L1), ("m", rng.choice([LOCS["US"], L1, L2])), ("k", L1)):
        if x in "hg" and kind in SINGLE_SITE:
            ppl[x] = ppl["i"]  # one site: one principal investigator
            continue
        ppl[x] = draw_person(rng, lc, used, d0)
    rel: dict[str, str] = {}
    for x, of, lc in (("r", "p", L1), ("o", "q", L1), ("t", "u", L2)):
        ppl[x], rel[x] = relative(rng, ppl[of], lc, used, d0)
    s: dict[str, Slot] = {}
    domain = {"i": site["p"][2], "j": site["p"][2], "c": site["p"][2], "h": site["u"][2], "g": site["w"][2]}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d0, domain.get(x, rng.choice(["meridian-co.com", "halvard-cro.eu", "corvane.com"])), rng))
    for x, word in rel.items():
        s[f"{x}_rel"], s[f"{x}_REL"] = word, word.upper()
    s["p_town2"] = P("ADDRESS", rng.choice([t for ts in (v[1] for v in L1.regions.values()) for t in ts if t != ppl["p"].town]))
    # trial numbers and timelines of the participants
    taken: set[int] = set()
    for x in PARTICIPANTS:
        w, (site_no, site_name, _) = ppl[x], site[x]
        n = rng.choice([v for v in range(1, 60) if v not in taken])
        taken.add(n)
        subj = study.subj.format(site=site_no, n=n)
        s[f"{x}_subj"] = P("ID", subj)
        s[f"{x}_usubj"] = P("ID", f"{study.id}-{subj}")
        s[f"{x}_skey"] = P("ID", "SS_" + subj.replace("-", ""))
        s[f"{x}_scr"] = P("ID", rng.choice([f"S{site_no}-{n + rng.randint(3, 40):03d}", f"SCR-{site_no}-{n + rng.randint(3, 40):03d}"]))
        s[f"{x}_rand"] = P("ID", fill(rng, study.rand))
        s[f"{x}_kit"] = K(fill(rng, "%#####"))
        s[f"{x}_kit2"] = K(fill(rng, "%#####"))
        s[f"{x}_site"] = site_no
        s[f"{x}_siteK"] = K(f"Site {site_no}")
        s[f"{x}_sitename"] = K(site_name)
        arm = rng.choice(study.arms)
        s[f"{x}_armcd"], s[f"{x}_arm"] = K(arm[0]), K(arm[1])
        ic = d0 + timedelta(days=rng.randrange(150))
        scr = ic + timedelta(days=rng.randint(0, 5))
        rnd = scr + timedelta(days=rng.randint(14, 28))
        ev = {"ic": ic, "scr": scr, "rand": rnd, "v4": rnd + timedelta(days=28 + rng.randint(-3, 3)),
              "v12": rnd + timedelta(days=84 + rng.randint(-5, 5)), "ae": rnd + timedelta(days=rng.randint(9, 80))}  # fmt: skip
        ev["aee"] = ev["ae"] + timedelta(days=rng.randint(2, 21))
        ev["adm"] = ev["ae"] + timedelta(days=rng.randint(0, 1))
        ev["dis"] = ev["adm"] + timedelta(days=rng.randint(3, 9))
        ev["call"] = rnd + timedelta(days=rng.randint(30, 100))
        ev["ret"] = ev["call"] + timedelta(days=rng.randint(3, 10))
        ev["fu"] = ev["dis"] + timedelta(days=rng.randint(7, 14))
        ev["fu2"] = ev["fu"] + timedelta(days=rng.randint(30, 60))
        ev["eos"] = ev["v12"] + timedelta(days=rng.randint(20, 60))
        for key, d in ev.items():
            s.update(date_forms(f"{x}_{key}", d, w.loc.code, rng))
        s[f"{x}_aedy"] = str((ev["ae"] - rnd).days + 1)
        s[f"{x}_mhst"] = P("DATE", f"{d0.year - rng.randint(2, 15)}-{rng.randint(1, 12):02d}")
        s[f"{x}_hosp"] = K(rng.choice(HOSPITALS[w.loc.code]))
        s[f"{x}_inv"] = {"p": "i", "q": "i", "u": "h", "v": "h", "w": "g"}[x]
    for x in PARTICIPANTS:  # the investigator of the participant's site, by name
        inv = str(s[f"{x}_inv"])
        for form in ("n", "sas", "f", "abbr"):
            s[f"{x}_inv_{form}"] = s[f"{inv}_{form}"]
    # study-level keep values
    s["study"], s["sponsor"], s["product"] = study.id, K(study.sponsor), K(study.product)
    s["studyK"] = K(f"Protocol {study.id}")
    s["product_or"] = K(f"{study.product} or placebo")
    s["arms"] = tuple(x for n, (cd, arm) in enumerate(study.arms) for x in ((", " if n else ""), K(cd), " = ", K(arm)))
    s["study_lc"] = study.id.lower().replace("-", "")
    s["indication"] = K(study.indication)
    s["nct"], s["euct"] = K(study.nct), K(study.euct)
    s["cro"], s["lab"] = K(rng.choice(CRO)), K(rng.choice(LAB))
    irb = rng.choice([("IRB# ", "2023-0%##"), ("Pro000", "%####"), ("IRB-23-", "%###")])
    s["irbno"] = K(irb[0] + fill(rng, irb[1]))
    for i, t in enumerate(rng.sample(MEDDRA, 4), 1):
        s[f"ae{i}_term"], s[f"ae{i}_pt"], s[f"ae{i}_ptcd"], s[f"ae{i}_soc"], s[f"ae{i}_soccd"] = (K(v) for v in t)
    t = rng.choice(SAE_TERMS)
    s["sae_term"], s["sae_pt"], s["sae_ptcd"], s["sae_soc"], s["sae_soccd"] = (K(v) for v in t)
    for i, c in enumerate(rng.sample(CMS, 4), 1):
        s[f"cm{i}"], s[f"cm{i}_dose"], s[f"cm{i}_route"], s[f"cm{i}_indc"] = K(c[0]), c[1], c[2], K(c[3])
        s[f"cm{i}_full"] = K(f"{c[0].title()} {c[1]}")
        s[f"cm{i}_csv"] = c[1].replace(" ", ",")
    for i, v in enumerate(rng.sample(MH_TERMS, 4), 1):
        s[f"mh{i}"] = K(v)
    for i, v in enumerate(rng.sample(LABS, 4), 1):
        s[f"lab{i}"] = K(v)
    sym, f = CURRENCY[loc_code]
    for i, (lo, hi) in enumerate([(40, 150), (15, 90), (150, 400)], 1):
        amount = rng.randint(lo, hi) * {"HU": 400, "CZ": 25, "JP": 150, "TH": 35}.get(loc_code, 1)
        s[f"amt{i}"] = K(sym + f.format(amount))
    s["kit_r1"], s["kit_r2"] = K(fill(rng, "%#####")), K(fill(rng, "%#####"))
    s["lot"] = K(fill(rng, rng.choice(["LOT %###@", "Lot @%####-%#"])))
    s["ip"] = P("IP", f"{rng.choice([62, 81, 93, 133, 178, 193])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    s["ip2"] = P("IP", f"10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    s["country"], s["country2"] = K(L1.country), K(L2.country)
    s["year"] = K(str(d0.year - rng.randint(3, 14)))
    s["qid1"], s["qid2"], s["qid3"], s["qid4"] = (K(f"Q-{rng.randint(1000, 99999):06d}") for _ in range(4))
    s["pdid1"], s["pdid2"], s["pdid3"], s["pdid4"] = (K(f"PD-{site['p'][0]}-{rng.randint(1, 99):03d}") for _ in range(4))
    s["acc1"], s["acc2"], s["acc3"] = (P("ID", fill(rng, "%#######")) for _ in range(3))
    s["lic"] = P("LICENSE", fill(rng, {"US": "@%#-###-###", "RO": "@@%#####", "AU": "%#######"}.get(loc_code, "%########")))
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["iban"] = P("ACCOUNT", ids.iban(rng, loc_code) if loc_code in ("RO", "BG", "HU", "CZ") else fill(rng, "%#########"))
    s["iban2"] = P("ACCOUNT", ids.iban(rng, loc_code) if loc_code in ("RO", "BG", "HU", "CZ") else fill(rng, "%#######"))
    s["card"] = P("ACCOUNT", fill(rng, "5%##-####-####-####"))
    s["card2"] = P("ACCOUNT", fill(rng, "5%##-####-####-####"))
    s["routing"] = fill(rng, "0%#######")
    s["token"] = fill(rng, "@@%#@%#@@%#")
    s["url"] = P("URL", f"https://econsent.{rng.choice(['meridian-co.com', 'corvane.com'])}/s/{str(s['p_subj'].value).replace('-', '')}?t={s['token']}")  # type: ignore[union-attr]
    s["url2"] = P("URL", f"https://redcap.{site['p'][2]}/surveys/?s={fill(rng, '@@%#@%#@@%')}")
    s["safetyid"] = P("ID", f"{L1.code}-{study.id.split('-')[0]}-{d0.year}-{fill(rng, '0%####')}")
    s["caseid"] = P("ID", f"{L1.code}-{study.sponsor.split()[0].upper()}-{fill(rng, '%######')}")
    return s, ppl, study


# ---- fixed-width tables (SAS listings, XPT dumps, logs) ------------------------------------------------------


def _text(piece: object) -> str:
    return piece.value if isinstance(piece, P | K) else str(piece)  # type: ignore[union-attr]


def table(rows: list[list[Slot]], sep: str = "  ", rule: str = "") -> tuple:
    """Rows of cells (str, P, K or a tuple of them) padded to the widest cell of each column, as SAS prints."""
    cells = [[c if isinstance(c, tuple) else (c,) for c in row] for row in rows]
    widths = [max(sum(len(_text(x)) for x in row[n]) for row in cells if n < len(row)) for n in range(len(cells[0]))]
    out: list = []
    for r, row in enumerate(cells):
        for n, pieces in enumerate(row):
            out.extend(pieces)
            if n < len(row) - 1:
                out.append(" " * (widths[n] - sum(len(_text(x)) for x in pieces)) + sep)
        out.append("\n")
        if r == 0 and rule:
            out.append(rule * (sum(widths) + len(sep) * (len(widths) - 1)) + "\n")
    return tuple(out)


def b_dm(rng: random.Random, s: dict[str, Slot]) -> dict[str, Slot]:
    rows: list[list[Slot]] = [["Obs", "STUDYID", "DOMAIN", "USUBJID", "SUBJID", "SITEID", "INVNAM", "BRTHDTC", "AGE", "AGEU", "SEX",
                               "RACE", "COUNTRY", "ARMCD", "RFICDTC", "RFSTDTC"]]  # fmt: skip
    for n, x in enumerate(PARTICIPANTS, 1):
        old = isinstance(s[f"{x}_agec"], P)
        brth = s[f"{x}_dob_iso"] if old else rng.choice([s[f"{x}_dob_iso"], s[f"{x}_dob_ym"], s[f"{x}_dob_ym"], s[f"{x}_yob"]])
        rows.append([str(n), str(s["study"]), "DM", s[f"{x}_usubj"], s[f"{x}_subj"], s[f"{x}_site"], s[f"{x}_inv_sas"], brth,
                     s[f"{x}_agec"], "YEARS", s[f"{x}_sex"], K(str(s[f"{x}_race"])), s[f"{x}_iso3"], s[f"{x}_armcd"],
                     s[f"{x}_ic_iso"], s[f"{x}_rand_iso"]])  # fmt: skip
    return {"dm_table": table(rows, sep="    ")}


def b_xpt(rng: random.Random, s: dict[str, Slot]) -> dict[str, Slot]:
    vs: list[list[Slot]] = [["USUBJID", "VSSEQ", "VSTESTCD", "VSORRES", "VSORRESU", "VISIT", "VSDTC"]]
    for x, seq, test, val, unit, visit, key in [("p", 1, "SYSBP", "148", "mmHg", "SCREENING", "scr"), ("p", 2, "DIABP", "86", "mmHg", "SCREENING", "scr"),
                                                ("p", 9, "WEIGHT", "71.4", "kg", "WEEK 4", "v4"), ("q", 1, "SYSBP", "132", "mmHg", "BASELINE", "rand"),
                                                ("v", 14, "PULSE", "92", "beats/min", "WEEK 12", "v12")]:  # fmt: skip
        vs.append([s[f"{x}_usubj"], str(seq), test, val, unit, K(visit), s[f"{x}_{key}_dt"]])
    mh: list[list[Slot]] = [["USUBJID", "MHSEQ", "MHTERM", "MHSTDTC", "MHENRTPT"],
                            [s["p_usubj"], "1", s["mh1"], s["year"], "ONGOING"], [s["p_usubj"], "2", s["mh2"], s["p_mhst"], "ONGOING"],
                            [s["q_usubj"], "1", (K(str(s["mh3"].value)), " - DX AT ", s["q_hosp"], " BY DR ", s["j_NC"]), s["q_mhst"], "BEFORE"],  # type: ignore[union-attr]
                            [s["u_usubj"], "1", s["mh4"], s["u_mhst"], "ONGOING"]]  # fmt: skip
    ds: list[list[Slot]] = [["USUBJID", "DSSEQ", "DSCAT", "DSTERM", "DSSTDTC"],
                            [s["p_usubj"], "1", "PROTOCOL MILESTONE", "INFORMED CONSENT OBTAINED", s["p_ic_iso"]],
                            [s["p_usubj"], "2", "PROTOCOL MILESTONE", "RANDOMIZED", s["p_rand_iso"]],
                            [s["u_usubj"], "3", "DISPOSITION EVENT", ("WITHDRAWAL BY SUBJECT - MOVED TO ", s["t_TOWN"], f" WITH {s['t_REL']} ", s["t_NC"]), s["u_eos_iso"]],
                            [s["v_usubj"], "3", "DISPOSITION EVENT", "DEATH", s["v_eos_iso"]],
                            [s["w_usubj"], "3", "DISPOSITION EVENT", "COMPLETED", s["w_eos_iso"]]]  # fmt: skip
    return {"vs_table": table(vs), "mh_table": table(mh), "ds_table": table(ds)}


def b_adsl(rng: random.Random, s: dict[str, Slot]) -> dict[str, Slot]:
    rows: list[list[Slot]] = [["Site/Subject", "Age/Sex/Race", "Arm", "Rand No.", "Rand Date", "First Dose", "Last Dose", "Status", "Reason", "SAF", "ITT", "PP"]]
    for x in PARTICIPANTS:
        status, reason, last = rng.choice([("Completed", "", "v12"), ("Completed", "", "eos"), ("Discontinued", "Withdrawal by subject", "v4")])
        if x == "u":  # the footnote's participant
            status, reason, last = "Discontinued", "Adverse event", "ae"
        race = str(s[f"{x}_race"])[0]
        rows.append([(s[f"{x}_site"], "/", s[f"{x}_subj"]), (s[f"{x}_agec"], f"/{s[f'{x}_sex']}/{race}"), s[f"{x}_armcd"], s[f"{x}_rand"], s[f"{x}_rand_d9"], s[f"{x}_rand_d9"],
                     s[f"{x}_{last}_d9"], K(status), K(reason) if reason else "", "Y", "Y", rng.choice(["Y", "N"])])  # fmt: skip
    return {"adsl_table": table(rows, rule="-")}


def b_audit(rng: random.Random, s: dict[str, Slot]) -> dict[str, Slot]:
    c, i, a = (s[f"{x}_n"] for x in "cia")
    rows: list[list[Slot]] = [
        ["Date/Time (GMT)", "User", "Role", "Form / Field", "Audit Action", "Reason"],
        [(s["p_ic_rave"], " 08:02:11"), (c, " (", s["c_login"], ")"), "CRC", "ENROLLMENT / SUBJINIT", ("Data entered: ", s["p_ini"]), ""],
        [(s["p_ic_rave"], " 08:03:40"), (c, " (", s["c_login"], ")"), "CRC", "DEMOGRAPHICS / BRTHDAT", ("Data entered: ", s["p_dob_rave"]), ""],
        [(s["p_ic_rave"], " 08:03:41"), "System", "", "DEMOGRAPHICS / AGE", ("Derived: ", s["p_age"]), ""],
        [(s["p_scr_rave"], " 14:27:09"), (c, " (", s["c_login"], ")"), "CRC", "ICF / DSSTDAT", ("Data entered: ", s["p_ic_rave"]), ""],
        [(s["p_rand_rave"], " 10:15:52"), (i, " (", s["i_login"], ")"), "Investigator", "ELIGIBILITY / IEYN", "Data entered: Yes", ""],
        [(s["p_v4_rave"], " 16:40:03"), (c, " (", s["c_login"], ")"), "CRC", "VITAL SIGNS / VSDAT", ("Data changed: ", s["p_rand_rave"], " -> ", s["p_v4_rave"]), "Transcription error"],
        [(s["p_v4_rave"], " 17:02:45"), (a, " (", s["a_login"], ")"), "CRA", "VITAL SIGNS / VSDAT", "Source data verified", ""],
        [(s["p_v12_rave"], " 09:12:30"), (c, " (", s["c_login"], ")"), "CRC", "ADVERSE EVENTS / AETERM", ("Data entered: ", s["ae1_pt"]), ""],
        [(s["p_v12_rave"], " 09:12:30"), "", "", "", ("Session IP ", s["ip"]), ""],
        [(s["p_v12_rave"], " 15:31:02"), (a, " (", s["a_login"], ")"), "CRA", "LOGIN", ("Remote SDV session from ", s["ip2"]), ""],
        [(s["p_eos_rave"], " 11:48:19"), (i, " (", s["i_login"], ")"), "Investigator", "CASEBOOK", "Signature applied (21 CFR Part 11)", ""],
    ]  # fmt: skip
    return {"audit_table": table(rows, sep="   ", rule="-")}


def b_screen(rng: random.Random, s: dict[str, Slot]) -> dict[str, Slot]:
    rows: list[list[Slot]] = [["Scr No.", "Init.", "Name (site use only)", "DOB", "Age", "Screened", "Phone", "Outcome", "Subject No.", "Reason / comment"]]
    outcomes = [("Enrolled", "subj", ""), ("Screen fail", "", "I/E 4: eGFR < 25"), ("Enrolled", "subj", ""), ("Screen fail", "", "withdrew consent"),
                ("Enrolled", "subj", "")]  # fmt: skip
    rng.shuffle(outcomes)
    for x, (out, key, why) in zip(PARTICIPANTS, outcomes, strict=True):
        comment: Slot = why
        if x == "q":
            comment = ("LAR: ", s["o_n"], f" ({s['o_rel']}), ", s["o_ph"])
        rows.append([s[f"{x}_scr"], s[f"{x}_ini"], s[f"{x}_sas"], s[f"{x}_dob_loc"], s[f"{x}_agec"], s[f"{x}_scr_loc"], s[f"{x}_ph"], K(out),
                     s[f"{x}_subj"] if key else "--", comment])  # fmt: skip
    return {"screen_table": table(rows, sep=" | ", rule="=")}


def b_iwrs(rng: random.Random, s: dict[str, Slot]) -> dict[str, Slot]:
    rows: list[list[Slot]] = [["Rand No.", "Subject", "Site", "Stratum", "Randomized (site time)", "Kit(s) dispensed", "Visit", "User"]]
    for x in PARTICIPANTS:
        user = s["c_login"] if x in "pq" else s[f"{s[f'{x}_inv']}_login"]
        rows.append([s[f"{x}_rand"], s[f"{x}_subj"], s[f"{x}_site"], K(rng.choice(["eGFR <45 / T2DM Y", "eGFR >=45 / T2DM N", "Age >=75", "Age <75"])),
                     s[f"{x}_rand_dt"], (s[f"{x}_kit"], ", ", s[f"{x}_kit2"]), "Day 1", user])  # fmt: skip
    return {"iwrs_table": table(rows, sep="  ", rule="-")}


def b_pay(rng: random.Random, s: dict[str, Slot]) -> dict[str, Slot]:
    us = "$" in str(s["amt1"].value)  # type: ignore[union-attr]
    rows: list[list[Slot]] = [["Date", "Subject", "Payee", "Visit", "Type", "Amount", "Paid to", "Ref"]]
    acct_p = ("ClinCard ", s["card"]) if us else ("IBAN ", s["iban"])
    acct_r = ("ACH acct ", s["iban2"], " / RTN ", str(s["routing"])) if us else ("IBAN ", s["iban2"])
    acct_q = ("ClinCard ", s["card2"]) if us else ("cash, receipt ", K(fill(rng, "CH-%####")))
    for x, payee, visit, typ, amt, acct, key in [
        ("p", "p", "BASELINE", "Stipend", "amt1", acct_p, "rand"),
        ("p", "r", "BASELINE", "Travel (companion)", "amt2", acct_r, "rand"),
        ("q", "q", "WEEK 4", "Stipend", "amt1", acct_q, "v4"),
        ("p", "p", "WEEK 12", "Stipend + meal", "amt3", acct_p, "v12"),
        ("q", "q", "WEEK 12", "Parking", "amt2", ("plate ", s["plate"]), "v12"),
    ]:  # fmt: skip
        rows.append([s[f"{x}_{key}_loc"], s[f"{x}_subj"], s[f"{payee}_sas"], K(visit), typ, s[amt], acct, fill(rng, "PAY-%#####")])
    return {"pay_table": table(rows, sep=" | ", rule="-")}


BUILDERS = {
    "ct49_sdtm_dm_proc_print": b_dm,
    "ct49_sdtm_vs_mh_ds_xpt_dump": b_xpt,
    "ct49_adam_adsl_listing": b_adsl,
    "ct49_rave_audit_trail": b_audit,
    "ct49_site_screening_enrollment_log": b_screen,
    "ct49_iwrs_randomization_report": b_iwrs,
    "ct49_participant_payment_log": b_pay,
}


# ---- templates -------------------------------------------------------------------------------------------

DM = """«sponsor»                                                                                   ‹CONFIDENTIAL›
«studyK» -- SDTM DM (Demographics), QC print for the DMC data cut
                                                  The SAS System                 10:42 Thursday, October 3, 2024   1

«dm_table»
NOTE: There were 5 observations read from the data set SDTM.DM.
      WHERE SITEID in ('«p_site»', '«u_site»', '«w_site»');
NOTE: PROCEDURE PRINT used (Total process time):
      real time           0.04 seconds
      cpu time            0.03 seconds

/* QC «m_login» : «u_usubj» AGE = «u_agec» -> must print as '>89' in every TFL (SAP 9.2); BRTHDTC to be dropped
   from the «cro» transfer. «q_usubj»: RFICDTC («q_ic_iso») is before site activation of «p_siteK» --
   query to coordinator «c_n» («c_wem»). INVNAM for «w_siteK» («g_sas») to be checked against the 1572. */
"""

AECM = """[«m_login»@sdtm-qc01 «study_lc»]$ head -n 5 sdtm/ae.csv
STUDYID,DOMAIN,USUBJID,AESEQ,AETERM,AEDECOD,AEPTCD,AEBODSYS,AEBDSYCD,AESEV,AESER,AEREL,AESTDTC,AEENDTC,AESTDY
«study»,AE,«p_usubj»,1,«ae1_term»,«ae1_pt»,«ae1_ptcd»,"«ae1_soc»",«ae1_soccd»,MILD,N,NOT RELATED,«p_ae_iso»,«p_aee_iso»,«p_aedy»
«study»,AE,«p_usubj»,2,«sae_term» AT «p_TOWN» HOME,«sae_pt»,«sae_ptcd»,"«sae_soc»",«sae_soccd»,SEVERE,Y,UNLIKELY RELATED,«p_adm_dt»,«p_dis_iso»,
«study»,AE,«q_usubj»,1,«ae2_term»,«ae2_pt»,«ae2_ptcd»,"«ae2_soc»",«ae2_soccd»,MODERATE,N,POSSIBLY RELATED,«q_ae_iso»,,«q_aedy»
«study»,AE,«u_usubj»,1,«ae3_term»,«ae3_pt»,«ae3_ptcd»,"«ae3_soc»",«ae3_soccd»,MILD,N,NOT RELATED,«u_ae_dt»,«u_aee_iso»,«u_aedy»
[«m_login»@sdtm-qc01 «study_lc»]$ grep -h "«p_subj»" sdtm/co.csv
«study»,CO,«p_usubj»,1,AE,AESEQ,2,"Per «r_rel» «r_n» (tel «r_ph») subject was admitted to «p_hosp» on «p_adm_us» after a fall at «p_line»; discharge summary requested, hospital MRN «p_mrn».",«p_dis_iso»
[«m_login»@sdtm-qc01 «study_lc»]$ head -n 4 sdtm/cm.csv
STUDYID,DOMAIN,USUBJID,CMSEQ,CMTRT,CMDOSE,CMDOSU,CMROUTE,CMINDC,CMSTDTC,CMENDTC
«study»,CM,«p_usubj»,1,«cm1»,«cm1_csv»,«cm1_route»,«cm1_indc»,«year»,
«study»,CM,«p_usubj»,2,«cm2»,«cm2_csv»,«cm2_route»,«cm2_indc»,«p_adm_iso»,«p_dis_iso»
«study»,CM,«q_usubj»,1,«cm3»,«cm3_csv»,«cm3_route»,«cm3_indc»,«q_mhst»,
[«m_login»@sdtm-qc01 «study_lc»]$ # CO free text names the «r_rel» -- raising with «a_n» before the «cro» transfer
"""

XPT = """(trial) PS C:\\Users\\«k_login»\\studies\\«study_lc»> python xpt_peek.py sdtm\\vs.xpt sdtm\\mh.xpt sdtm\\ds.xpt --rows 6
== vs.xpt | SAS V5 XPORT | member VS | 1,482 obs x 14 vars | first 5 ==
«vs_table»
== mh.xpt | member MH | 611 obs x 11 vars | first 4 ==
«mh_table»
== ds.xpt | member DS | 96 obs x 9 vars | first 5 ==
«ds_table»
(trial) PS C:\\Users\\«k_login»\\studies\\«study_lc»> # «indication» study «studyK»; DSTERM of «u_usubj» names the «t_rel» -- ask «h_n» to re-enter as WITHDRAWAL BY SUBJECT
"""

DTA = """From: «k_n» <«k_wem»>
To: «m_n» <«m_wem»>
Cc: «a_wem»
Subject: «studyK» - central lab DTA v2.1 - test transfer #2 REJECTED

«m_g»,

the second test transfer from «lab» (file below, first rows) is not dummy data: it carries real
participants of «p_siteK» and «u_siteK» with initials and full dates of birth. Per DTA section 6.3 test files may
only hold dummy subjects 9999-xxxx. I have quarantined /inbound/test/ -- please ask the vendor to regenerate and
to confirm deletion. Accession «acc1» is subject «p_subj» («p_ini»), seen at ‹WEEK 4› on «p_v4_long».

HDR|MCL|«study»|TEST|20240611T081402|V2.1
COL|SITE|SUBJID|INIT|SEX|DOB|VISIT|COLLDT|COLLTM|ACCESSION|TESTCD|TEST|RESULT|UNIT|LO|HI|FLAG
RES|«p_site»|«p_subj»|«p_ini»|«p_sex»|«p_dob_cmp»|WEEK 4|«p_v4_cmp»|0812|«acc1»|K|‹Potassium›|5.8|mmol/L|3.5|5.1|H
RES|«p_site»|«p_subj»|«p_ini»|«p_sex»|«p_dob_cmp»|WEEK 4|«p_v4_cmp»|0812|«acc1»|CREAT|‹Creatinine›|1.6|mg/dL|0.6|1.1|H
RES|«q_site»|«q_subj»|«q_ini»|«q_sex»|«q_dob_cmp»|BASELINE|«q_rand_cmp»|0947|«acc2»|HBA1C|‹HbA1c›|7.9|%|4.0|5.6|H
RES|«u_site»|«u_subj»|«u_ini»|«u_sex»|«u_dob_cmp»|SCREENING|«u_scr_cmp»|1105|«acc3»|EGFR|‹eGFR (CKD-EPI 2021)›|38|mL/min/1.73m2|60||L
TRL|4

Regards,
«k_n»
Lab Data Manager, «cro» | «k_ph»
"""

ADSL = """«sponsor»                                                                                            Page 3 of 41
«studyK»
                                              Listing 16.2.1.2
                               Subject Disposition and Analysis Populations
                                         (All Randomized Subjects)

«adsl_table»
[a] Age is age at informed consent. Arms: «arms». SAF = safety, ITT = intent-to-treat, PP = per-protocol population.
[b] «u_subj» discontinued after hospitalisation at «u_hosp»; the site (Dr «h_f») reports the participant
    moved in with «t_n» in «t_town» and could not attend further visits.
Source: ADaM.ADSL (data cut-off 30SEP2024)   Program: l_16_2_1_2.sas   Run: 14NOV2024 09:12 (user «m_login»)
"""

ODM = """<?xml version="1.0" encoding="UTF-8"?>
<!-- OpenClinica 3.14 extract "«study_lc»_safety_full" (ODM 1.3 full with OpenClinica extensions), run by «k_login» -->
<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" xmlns:def="http://www.cdisc.org/ns/def/v2.0"
     xmlns:OpenClinica="http://www.openclinica.org/ns/odm_ext_v130/v3.1" ODMVersion="1.3" FileType="Snapshot"
     FileOID="Extract-«study_lc»-D20240611081402" CreationDateTime="2024-06-11T08:14:02">
  <Study OID="S_«study_lc»">
    <GlobalVariables><StudyName>«studyK»</StudyName><ProtocolName>«study»</ProtocolName></GlobalVariables>
    <MetaDataVersion OID="v1.0.0" Name="MetaDataVersion_v1.0.0">
      <ItemDef OID="I_DEMOG_BRTHDAT" Name="BRTHDAT" DataType="partialDate" SASFieldName="BRTHDAT">
        <def:CommentDef>Partial dates allowed (e.g. «q_dob_ym» for «q_subj»); ages above 89 are derived, never entered.</def:CommentDef>
      </ItemDef>
      <ItemDef OID="I_AE_AETERM" Name="AETERM" DataType="text" Length="200"><Alias Context="MedDRA" Name="«ae1_pt»"/></ItemDef>
    </MetaDataVersion>
  </Study>
  <ClinicalData StudyOID="S_«study_lc»" MetaDataVersionOID="v1.0.0">
    <SubjectData SubjectKey="«p_skey»" OpenClinica:StudySubjectID="«p_subj»" OpenClinica:UniqueIdentifier="«p_uid»"
                 OpenClinica:Status="signed" OpenClinica:DateOfBirth="«p_dob_iso»" OpenClinica:Sex="«p_sex»">
      <OpenClinica:AuditLogs>
        <OpenClinica:AuditLog ID="AL_118204" UserID="«c_login»" Name="«c_n»" DateTimeStamp="«p_ic_dt»:11" AuditType="Subject created"/>
        <OpenClinica:AuditLog ID="AL_118377" UserID="«i_login»" Name="«i_n»" DateTimeStamp="«p_v4_dt»:40" AuditType="Item data value updated" OldValue="«p_scr_iso»" NewValue="«p_rand_iso»"/>
      </OpenClinica:AuditLogs>
      <StudyEventData StudyEventOID="SE_SCREENING">
        <FormData FormOID="F_DEMOG_V2">
          <ItemGroupData ItemGroupOID="IG_DEMOG_UNGROUPED">
            <ItemData ItemOID="I_DEMOG_SUBJINIT" Value="«p_ini»"/>
            <ItemData ItemOID="I_DEMOG_BRTHDAT" Value="«p_dob_iso»"/>
            <ItemData ItemOID="I_DEMOG_CONSDAT" Value="«p_ic_iso»"/>
            <ItemData ItemOID="I_DEMOG_RACE" Value="‹WHITE›"/>
          </ItemGroupData>
        </FormData>
      </StudyEventData>
      <StudyEventData StudyEventOID="SE_AE" StudyEventRepeatKey="1">
        <FormData FormOID="F_AE_V1">
          <ItemGroupData ItemGroupOID="IG_AE_LOG" ItemGroupRepeatKey="1">
            <ItemData ItemOID="I_AE_AETERM" Value="«ae1_term»"/>
            <ItemData ItemOID="I_AE_AESTDAT" Value="«p_ae_iso»"/>
            <ItemData ItemOID="I_AE_AEDECOD" Value="«ae1_pt»"/>
            <ItemData ItemOID="I_AE_AESOC" Value="«ae1_soc»"/>
            <ItemData ItemOID="I_AE_AECOMM" Value="Reported by phone from «r_rel» «r_n» («r_ph»)"/>
          </ItemGroupData>
        </FormData>
      </StudyEventData>
    </SubjectData>
    <SubjectData SubjectKey="«q_skey»" OpenClinica:StudySubjectID="«q_subj»" OpenClinica:UniqueIdentifier="«q_uid»"
                 OpenClinica:Status="available" OpenClinica:DateOfBirth="«q_dob_iso»" OpenClinica:Sex="«q_sex»">
      <StudyEventData StudyEventOID="SE_WEEK12">
        <FormData FormOID="F_VS_V1">
          <ItemGroupData ItemGroupOID="IG_VS_UNGROUPED">
            <ItemData ItemOID="I_VS_VSDAT" Value="«q_v12_iso»"/>
            <ItemData ItemOID="I_VS_WEIGHT" Value="‹68.2›"/>
          </ItemGroupData>
        </FormData>
      </StudyEventData>
    </SubjectData>
  </ClinicalData>
</ODM>
"""

AUDIT = """Medidata Rave EDC -- Audit Trail Report                                         «studyK» (PROD)
Site: «p_siteK» - «p_sitename»          Subject: «p_subj»          Generated by «a_login» (CRA), extract for SDV
«audit_table»
Records 1-11 of 11.  Times are GMT.
CRA note («a_n»): DOB keyed on «p_ic_rave» matches the ID card seen on site; VSDAT change at ‹WEEK 4› explained.
"""

QUERIES = """Medidata Rave -- Query Detail Report        Study: «studyK» (PROD)        Site: «p_siteK» «p_sitename»
Generated by «a_login»  |  Status in (Open, Answered)  |  4 queries

Query «qid1»  [Answered]  Subject «p_subj» («p_ini»)  Folder: ‹SCREENING›  Form: DEMOGRAPHICS  Field: BRTHDAT
  System (edit check DM_003): "DOB «p_dob_loc» conflicts with age «p_age» at consent («p_ic_rave»), please verify
  with site coordinator «c_n»."
  Response («c_login»): "Checked against the ID card -- DOB is «p_dob_rave». «p_uidl» «p_uid» on file at site."

Query «qid2»  [Open]  Subject «q_subj» («q_ini»)  Folder: ‹WEEK 12›  Form: VITAL SIGNS  Field: VSDAT
  «a_n» (CRA): "Visit date «q_v12_rave» is outside the window (Day 84 +/- 7). Please confirm or explain."
  Response («c_login»): "Pt was an inpatient at «q_hosp» (MRN «q_mrn») «q_adm_loc» - «q_dis_loc», «o_rel» «o_g» called to move the
  visit. Source note on file."

Query «qid3»  [Answered]  Subject «p_subj» («p_ini»)  Folder: ‹UNSCHEDULED 1›  Form: ADVERSE EVENTS  Field: AESTDAT
  System (edit check AE_011): "AE start date «p_ae_rave» is before first dose «p_rand_rave»."
  Response («i_login», PI «i_n»): "Typo -- onset «p_aee_rave» confirmed with the participant by phone «p_ph»."

Query «qid4»  [Closed]  Subject «q_subj» («q_ini»)  Form: CONMEDS  Field: CMINDC
  «m_n» (Medical Monitor): "Please provide the indication for «cm2_full» started «q_mhst»."
  Response («c_login»): "«cm2_indc». Prescribed by the GP, Dr «j_f»."
"""

MONITORING = """«cro»                                            ‹INTERIM MONITORING VISIT REPORT›
«studyK» / «sponsor» / «indication»
Site: «p_siteK» - «p_sitename»       Principal Investigator: Dr. «i_n»
Visit type: on-site IMV #4          Monitor: «a_n» (CRA)          Report finalised by «m_abbr»

Attendees
  - Dr. «i_n», PI (first 30 minutes)
  - «c_n», Study Coordinator («c_wem», «c_ph»)
  - «j_abbr», Sub-Investigator

Subject status: 14 screened, 9 randomised, 1 withdrawn, 0 ongoing SAE.

Source data verification
  «p_subj» (initials «p_ini»): ‹SCREENING›, ‹BASELINE› and ‹WEEK 4› 100% SDV. Consent signed «p_ic_dmy», ICF v3.0.
      The hospital chart (MRN «p_mrn», «p_hpid») still lists the old address «p_line», «p_town»; eCRF updated.
  «q_subj» (initials «q_ini», age «q_age»): ICF v3.0 signed «q_ic_dmy» by the LAR, the participant's «o_rel»
      «o_n»; the LAR signature is not dated and the impartial witness («k_n») signed on «q_scr_dmy».
      Finding 4.1 (major).
  «u_subj» (initials «u_ini»): ePRO handset «u_dev» lost, replacement issued «u_v12_dmy»; diary gap «u_v4_dmy» to
      «u_v12_dmy» documented.

Investigational product
  Kits «p_kit» and «q_kit» dispensed and reconciled; «lot» temperature excursion file closed.

Action items
  4.1  Re-consent «q_subj» with ICF v4.0 at next visit (owner «c_g», due 2 weeks).
  4.2  File the referral letter for «p_subj» from «p_hosp» (dated «p_dis_dmy»).
  4.3  Update the delegation log: «j_abbr» started «p_ic_long» but was signed off by «i_abbr» later.
"""

SAE = """«sponsor» - Pharmacovigilance                                    SAE NARRATIVE (CIOMS I section 26)
«studyK»   «euct»   Case «safetyid»   Follow-up #2

Subject «p_usubj», a «p_age»-year-old «p_race_l» «p_Sex_l» enrolled at «p_siteK» (Dr «i_n»), was randomised on
«p_rand_dmy» (kit «p_kit») and received blinded study drug («product_or»). Relevant history: «mh1_l»,
«mh2_l» since «year». Concomitant: «cm1_full», «cm2_full».

On «p_ae_dmy» («p_aedy» days after first dose) the participant was found unwell by «p_her» neighbour, «k_n», at
«p_her» home in «p_town» and was taken by ambulance to «p_hosp» (hospital no. «p_mrn»), admitted on
«p_adm_dmy». Diagnosis: «sae_pt» (MedDRA PT «sae_ptcd», SOC «sae_soc»). Laboratory: «lab1», «lab2».
The event was assessed as serious (hospitalisation) and unlikely related by the investigator.

Study drug was interrupted from «p_adm_dmy». The participant was discharged on «p_dis_dmy» to the care of «p_her»
«r_rel» «r_n» («r_ph»), «p_addr». Outcome: recovering. Identifiers on the hospital face sheet («p_idline»)
have been redacted from the source copies sent to the sponsor.

Reporter: «i_n», MD. Narrative prepared by «a_abbr» (drug safety associate); medical review «m_n», «m_wem».
"""

DEVIATIONS = """Protocol Deviation Log -- «studyK» -- «p_siteK» («p_sitename»)
PD ID,Subject,Date of deviation,Category,Major/Minor,Description,Identified by,Date reported to IRB
«pdid1»,«p_subj»,«p_v4_loc»,‹Visit window›,‹Minor›,"Week 4 visit 9 days late: participant staying with family in «p_town2» after a fall (per «r_rel» «r_g»)",«a_n»,n/a
«pdid2»,«q_subj»,«q_ic_loc»,‹Informed consent›,‹Major›,"ICF v3.0 signed before IRB approval of v3.0; re-consented on «q_v4_loc» (witness «k_n»)",«a_n»,«q_v4_loc»
«pdid3»,«p_subj»,«p_v12_loc»,‹IP compliance›,‹Minor›,"Kit «p_kit» returned with 11 unused tablets, participant says «p_her» «r_rel» «r_n» was away",«c_n»,n/a
«pdid4»,«q_subj»,«q_ae_loc»,‹Eligibility›,‹Major›,"«lab3» at screening (exclusion 7) not reviewed by Dr «i_f» before randomisation on «q_rand_loc»",«m_n»,«q_v12_loc»
"""

SCREENING = """«p_sitename» («p_siteK») -- SUBJECT SCREENING AND ENROLLMENT LOG -- «studyK»
‹CONFIDENTIAL: site file only. Column 3 and phone numbers must not be sent to the sponsor or CRO.›
Version 2, maintained by «c_n»

«screen_table»
Totals: screened 5, enrolled 3, screen failures 2.  Reviewed by «a_n» (CRA), PI «i_n».
"""

IWRS = """«cro» IWRS -- Subject Randomization and Dispensation Report           ‹BLINDED›
«studyK»   Product: «product»   Cohort: all sites   Report generated by «m_login» (unblinded role: NO)

«iwrs_table»
Emergency unblinding (1): «u_subj» at «u_siteK» requested by Dr «h_n» («h_ph») for «sae_pt»; call ref
«u_rand», caller confirmed DOB «u_dob_rave». Treatment revealed to requester only.
Resupply: kits «kit_r1» and «kit_r2» shipped to «p_siteK», «lot».
"""

CONTACT = """SUBJECT CONTACT LOG | «studyK» | «p_siteK» «p_sitename»
Subject: «p_subj»   Initials: «p_ini»   Preferred contact: «p_ph» (mobile), «p_ph2» (home)
Family contact consented (ICF section 12): «r_n», «r_rel», «r_ph», «r_em»

Date / time | Staff | Method | Notes
«p_adm_loc» 09:15 | «c_abbr» | phone out | Reminder for next visit. No answer at «p_ph», voicemail left.
«p_adm_loc» 14:40 | «c_abbr» | phone in | «r_g» («p_her» «r_rel») called: pt admitted to «p_hosp» this morning (hospital no. «p_mrn»), «sae_pt». Visit to be moved; SAE form started, PI informed.
«p_dis_loc» 11:02 | «c_abbr» | e-mail | Discharged today. Sent rescheduling options to «p_em» (cc «r_em»).
«p_fu_loc» 08:30 | «j_abbr» | in person | Pt attended ‹UNSCHEDULED 1› with «r_n». New address given: «p_addr». ePRO handset «p_dev» swapped (battery); old device returned to «cro».
«p_fu2_loc» 16:20 | «c_abbr» | letter | Thank-you letter and «lab1» result summary posted to the new address.
"""

CONSENT = """[
 {"record_id": "«p_subj»", "redcap_event_name": "screening_arm_1", "redcap_data_access_group": "site_«p_site»",
  "participant_name": "«p_n»", "dob": "«p_dob_iso»", "consent_date": "«p_ic_iso»", "consent_time": "10:40",
  "icf_version": "‹v3.0›", "consent_obtained_by": "«c_n»", "pi_signature_date": "«p_scr_iso»",
  "lar_yn": "0", "interpreter_language": "", "optional_genetics": "1", "econsent_link": "«url»",
  "contact_phone": "«p_ph»", "mailing_address": "«p_addr»", "id_document": "«p_uidl» «p_uid»",
  "study_id": "«studyK»", "indication": "«indication»", "consent_tracker_complete": "2"},
 {"record_id": "«q_subj»", "redcap_event_name": "screening_arm_1", "redcap_data_access_group": "site_«q_site»",
  "participant_name": "«q_n»", "dob": "«q_dob_iso»", "age_at_consent": "«q_age»", "consent_date": "«q_ic_iso»",
  "icf_version": "‹v3.0›", "consent_obtained_by": "«j_n»", "lar_yn": "1", "lar_name": "«o_n»",
  "lar_relationship": "«o_relK»", "witness_name": "«k_n»", "reconsent_v4_date": "«q_v12_iso»",
  "econsent_link": "«url2»", "contact_email": "«o_em»", "lar_address": "«o_addr»", "irb_approval": "«irbno»", "site_name": "«q_sitename»", "consent_tracker_complete": "1"}
]
"""

IRB = """From: Dr. «i_n» <«i_wem»>
Sent: Tuesday 4:12 PM
To: «irbno» Reportable Events <rne@irb-central.example>
Cc: «c_n» <«c_wem»>
Subject: RNI - «studyK» («nct») / «irbno» - unanticipated problem, participant «p_subj»

Dear «k_g»,

As discussed by phone, I am reporting a possible breach of confidentiality. On «p_call_nat» our coordinator mailed
the ‹WEEK 12› results letter for participant «p_subj» («p_ini», DOB «p_dob_loc») to the wrong address: it went to
«q_line», «q_town» (another participant's home) instead of «p_addr». The recipient, «q_n»,
returned it unopened on «p_ret_nat». The letter showed the participant's name, «p_hpid» and the visit results.

Corrective action: address fields now double-checked against the contact log; staff retrained («c_abbr»,
«j_abbr»). The participant and «p_her» «r_rel» «r_n» were informed by phone («r_ph»).

Regards,
«i_n», Principal Investigator, «p_sitename»

> From: «k_n» <«k_wem»>
> Please submit via the RNI form and file in the eTMF as usual.

eTMF filing (zone 04 IRB/IEC):
  04.01.02  «study»_«p_site»_IRB-Corresp_RNI_«p_f»_«p_call_iso».pdf     uploaded by «c_login»
  04.01.02  «study»_«p_site»_IRB-Ack_«irbno_file».pdf                   uploaded by «c_login»
"""

PAYMENT = """«p_sitename» -- PARTICIPANT STIPEND AND REIMBURSEMENT LOG -- «studyK» («p_siteK»)
Prepared by «c_n» for finance; approved «i_abbr».  ‹Per visit stipend› «amt1», companion travel up to «amt2».

«pay_table»
Payee details on file (finance only):
  «p_sas» -- «p_addr» -- «p_nidl_pay» «p_nid_pay»
  «r_sas» (companion, «p_her» «r_rel») -- «r_addr» -- phone «r_ph»
  «q_sas» -- «q_addr» -- ID checked: driver's licence «lic»
Tax forms: collected for payees paid over «amt3» in a calendar year; filed with site finance.
"""

E2B = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE ichicsr SYSTEM "http://eudravigilance.ema.europa.eu/dtd/icsr21xml.dtd">
<ichicsr lang="en">
  <ichicsrmessageheader>
    <messagetype>ichicsr</messagetype><messageformatversion>2.1</messageformatversion>
    <messagenumb>«study_lc»-MSG-0412</messagenumb><messagesenderidentifier>«sponsor»</messagesenderidentifier>
  </ichicsrmessageheader>
  <safetyreport>
    <safetyreportid>«safetyid»</safetyreportid>
    <primarysourcecountry>«p_cc»</primarysourcecountry>
    <receivedate>«p_adm_cmp»</receivedate><receiptdate>«p_dis_cmp»</receiptdate>
    <serious>1</serious><seriousnesshospitalization>1</seriousnesshospitalization>
    <companynumb>«caseid»</companynumb>
    <primarysource>
      <reportertitle>Dr</reportertitle><reportergivename>«i_g»</reportergivename><reporterfamilyname>«i_f»</reporterfamilyname>
      <reporterorganization>«p_sitename»</reporterorganization><qualification>1</qualification>
      <studyname>«studyK»</studyname><sponsorstudynumb>«study»</sponsorstudynumb><observestudytype>1</observestudytype>
    </primarysource>
    <sender><sendertype>1</sendertype><senderorganization>«sponsor»</senderorganization>
      <sendergivename>«k_g»</sendergivename><senderfamilyname>«k_f»</senderfamilyname><senderemailaddress>«k_wem»</senderemailaddress></sender>
    <patient>
      <patientinitial>«p_ini»</patientinitial>
      <patientgpmedicalrecordnumb>«p_mrn»</patientgpmedicalrecordnumb>
      <patientinvestigationnumb>«p_subj»</patientinvestigationnumb>
      <patientbirthdateformat>102</patientbirthdateformat><patientbirthdate>«p_dob_cmp»</patientbirthdate>
      <patientonsetage>«p_age»</patientonsetage><patientonsetageunit>801</patientonsetageunit>
      <patientsex>«p_sexcode»</patientsex>
      <medicalhistoryepisode><patientepisodename>«mh1»</patientepisodename></medicalhistoryepisode>
      <reaction>
        <primarysourcereaction>«sae_term»</primarysourcereaction>
        <reactionmeddraversionllt>27.0</reactionmeddraversionllt><reactionmeddrallt>«sae_ptcd»</reactionmeddrallt>
        <reactionstartdateformat>102</reactionstartdateformat><reactionstartdate>«p_ae_cmp»</reactionstartdate>
        <reactionoutcome>2</reactionoutcome>
      </reaction>
      <drug>
        <drugcharacterization>1</drugcharacterization><medicinalproduct>«product»</medicinalproduct>
        <drugbatchnumb>«lot»</drugbatchnumb><drugstartdate>«p_rand_cmp»</drugstartdate>
        <actiondrug>5</actiondrug>
      </drug>
      <summary>
        <narrativeincludeclinical>«p_age»-year-old «p_male» participant («p_subj») of «p_siteK»; «sae_pt» on «p_ae_dmy», admitted to «p_hosp» «p_adm_dmy», discharged «p_dis_dmy» to the care of «r_n», «p_town». Study drug interrupted.</narrativeincludeclinical>
        <sendercomment>Reporter «i_abbr» assessed unlikely related. Further information requested from «c_n» («c_ph»).</sendercomment>
      </summary>
    </patient>
  </safetyreport>
</ichicsr>
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("ct49_sdtm_dm_proc_print", ["US", "RO"], "text", DM),
    ("ct49_sdtm_ae_cm_csv_shell", ["HU", "JP"], "text", AECM),
    ("ct49_sdtm_vs_mh_ds_xpt_dump", ["CZ", "TH"], "text", XPT),
    ("ct49_central_lab_dta_test_transfer", ["BG", "AU"], "text", DTA),
    ("ct49_adam_adsl_listing", ["JP", "US"], "text", ADSL),
    ("ct49_openclinica_odm_xml", ["RO", "TH"], "text", ODM),
    ("ct49_rave_audit_trail", ["US", "CZ"], "text", AUDIT),
    ("ct49_edc_query_listing", ["HU", "BG"], "text", QUERIES),
    ("ct49_monitoring_visit_report", ["RO", "AU"], "text", MONITORING),
    ("ct49_sae_narrative_cioms", ["US", "JP"], "text", SAE),
    ("ct49_protocol_deviation_log", ["CZ", "TH"], "text", DEVIATIONS),
    ("ct49_site_screening_enrollment_log", ["US", "HU"], "text", SCREENING),
    ("ct49_iwrs_randomization_report", ["AU", "BG"], "text", IWRS),
    ("ct49_subject_contact_log", ["US", "RO"], "text", CONTACT),
    ("ct49_redcap_consent_tracker_json", ["TH", "CZ"], "json", CONSENT),
    ("ct49_irb_correspondence_etmf", ["US", "AU"], "text", IRB),
    ("ct49_participant_payment_log", ["RO", "US"], "text", PAYMENT),
    ("ct49_e2b_icsr_xml", ["JP", "HU"], "text", E2B),
]


def extra_slots(rng: random.Random, s: dict[str, Slot], ppl: dict[str, Person]) -> dict[str, Slot]:
    """Slots that need the whole draw: lower-case wording, pay IDs, a relative's own town, E2B codes."""
    p = ppl["p"]
    out: dict[str, Slot] = {
        "p_race_l": {"WHITE": "white", "BLACK OR AFRICAN AMERICAN": "Black", "ASIAN": "Asian", "AMERICAN INDIAN OR ALASKA NATIVE": "American Indian"}[str(s["p_race"])],
        "p_Sex_l": "woman" if p.female else "man", "p_male": "female" if p.female else "male",
        "p_sexcode": "2" if p.female else "1",
        "p_cc": p.loc.code,
        "mh1_l": K(str(s["mh1"].value).lower()), "mh2_l": K(str(s["mh2"].value).lower()),  # type: ignore[union-attr]
        "irbno_file": str(s["irbno"].value).replace("# ", "").replace(" ", "-"),  # type: ignore[union-attr]
        "p_nidl_pay": s["p_nidl"] or s["p_hpl"], "p_nid_pay": s["p_nid"] or s["p_hp"],
        "p_idline": ((s["p_hpl"], " ", s["p_hp"]) if s["p_hp"] else ()) + ((" and " if s["p_hp"] else "", s["p_nidl"], " ", s["p_nid"]) if s["p_nid"] else ()),
        "o_relK": K(str(s["o_rel"]).title()),
        "p_uidl": s["p_nidl"] or s["p_hpl"],
        "p_hpid": (s["p_hpl"], " ", s["p_hp"]) if s["p_hp"] else (s["p_nidl"], " ", s["p_nid"]),
    }  # fmt: skip
    return out


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe49:{seed}:{kind}:{index}:{attempt}")
        try:
            slots, ppl, _study = base_slots(rng, loc, kind)
        except IndexError:  # a culture ran out of unused name words for this document's people: draw again
            continue
        slots.update(extra_slots(rng, slots, ppl))
        if kind in BUILDERS:
            slots.update(BUILDERS[kind](rng, slots))
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert Loc  # the table type is imported for the tests
