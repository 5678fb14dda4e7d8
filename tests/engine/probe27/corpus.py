# ruff: noqa: E501  (hand-aligned templates)
"""Twenty-seventh independent probe corpus: dates, times and ages beside the numbers that must survive.

36 labelled documents in 18 kinds per seed, two of each: a geriatric consult, a medication administration
record, a clinic scheduling export (CSV), a lab report, an HL7 v2 ADT/ORU feed, log lines of a clinical app,
a patient-family chat thread, a referral e-mail, a pharmacy label, an insurer's coverage letter, an
obstetric dating note, a heart-failure clinic follow-up, a European transfer packet (de, fr, es, it, pt,
nl), an East Asian transfer packet (ja with the Reiwa era, zh, ko), translated summaries (ar, fa Solar
Hijri, he, hi, th Buddhist era, sv, pl), a hospice death note, a radiology file listing (dates inside file
names) and a JSON procedure schedule. Every date is written in many forms (dates.py): ordinals and words,
abbreviations with and without dots and in capitals, day-month without year, two-digit years, ISO with
time and zone, compact and HL7 stamps, ranges, weekday + date, ISO week and ordinal dates, month + year.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` patient (90-99), `s` spouse or sibling (90-104), `q` adult
child (age under 90: keep), `d`, `r` clinicians, `n` nurse/other. Dates: `b` p's birth, `b2` s's birth,
`a` admission/visit, `c` discharge, `e` procedure, `f` follow-up, `g` an earlier event, `h` death or a later
event; each in every form as `<key>_<form>` (dates.forms).

Labelling policy (decided before any measurement):
- DATE: every date of an individual's care or life more specific than a year, whatever its form: a day
  with or without year, a day-month ("seen 3/4", "on the 14th", "Mar. 5", "5-Mar"), weekday + day,
  stamps with time and zone (the whole stamp is the label), dates inside file names and identifiers
  ("scan_20240305_..."), and MONTH + YEAR ("March 2024", Safe Harbor keeps only the year). A range
  "12–15 March 2024" is one label. Timestamps of a clinical app's own system events (backups, cache,
  logins of staff) are not labelled and not kept.
- AGE: ages of 90 or more in every form; the label is the number where the kit can find it on its own
  ("93-year-old" -> "93", "aged 93", "F/93", "93 años") and the whole token where the number is glued to
  letters ("93yo", "93F", "93歳", "93세"); "mid-90s" / "late-90s" are AGE. "nonagenarian" and
  "centenarian" are words, not numbers: neither PHI nor keep. Ages under 90 in the same forms are keep.
- NAME, PHONE (an extension alone is PHONE too), EMAIL, MRN, ID (account, accession, prescription, claim),
  HEALTH_PLAN (member numbers).
- Keep: years alone, a month alone, a weekday alone, "Q3 2024", "FY2025", durations ("for 3 days", "x2
  weeks", "6/52", "3/7"), frequencies ("q6h", "BID"), times without a date ("08:00"), blood pressures,
  fractions and ratios ("2/3", "1:1000", "5/325 mg", "7/10", "GCS 14/15", "20/40", "6/12" vision),
  scores, versions, doses, lab values with reference ranges, ICD-10, CPT and LOINC codes, gestational age
  "32+4 weeks", Apgar "8/9", NYHA class, CFR section numbers. Room and bed numbers are plain text.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe27 import ids
from tests.engine.probe27.dates import ARABIC_DIGITS, decade_word, forms
from tests.engine.probe27.people import K, P, Person, Slot, draw_person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "April", "June", "July", "August", "October", "November", "December"]
ICD = ["I10", "E11.65", "N18.31", "J44.1", "M81.0", "G30.1", "I48.91", "Z79.01", "R41.82", "L89.153", "I50.22"]
CPT = ["85025", "80053", "99214", "93306", "99497", "36415", "71046"]
LOINC = ["2345-7", "718-7", "4548-4", "2160-0", "6690-2", "33914-3"]
SCORES = ["MMSE 18/30", "MoCA 21/30", "CHA2DS2-VASc 5", "Braden 14", "Morse 55", "ECOG 2", "Clinical Frailty Scale 6",
          "Barthel 65/100", "4AT score 2"]  # fmt: skip
SECTIONS = ["§164.514(b)(2)", "45 CFR 164.512(i)", "Section 4.2.1", "§ 1395y(b)"]
DURATIONS = ["for 3 days", "x2 weeks", "6/52", "10-day course", "over 72 hours", "for 6 weeks", "3/7", "2/12"]
FREQS = ["q6h", "BID", "TDS", "q8h PRN", "QHS", "every 4 hours", "once weekly"]
TIMES = ["08:00", "20:00", "12:00", "22:00", "06:00", "18:00"]
DOSES = ["2.5 mg", "40 units", "0.125 mg", "500 mL", "12.5 mg", "1 g", "0.4 mg SL"]
COMBOS = ["5/325 mg", "10/325 mg", "7.5/750 mg", "50/12.5 mg", "160/4.5 mcg"]
RATIOS = ["1:1000", "1:10 000", "2:1", "1:200"]
VERSIONS = ["v2.3.10", "3.12.1", "v11.4.2", "5.0.17", "v7.41"]
VISION = ["20/40", "20/25", "20/60", "6/9", "6/12"]
FRACS = ["2/3", "3/4", "1/2"]
DRUGS = ["apixaban 2.5 mg", "furosemide 40 mg", "donepezil 5 mg", "sacubitril/valsartan 24/26 mg", "levothyroxine 50 mcg",
         "metoprolol succinate 25 mg", "mirtazapine 7.5 mg", "oxycodone/acetaminophen 5/325 mg"]  # fmt: skip


def lab(rng: random.Random) -> str:
    name, lo, hi, unit = rng.choice([("WBC", 4.5, 11.0, "x10^9/L"), ("Hgb", 12.0, 15.5, "g/dL"), ("K", 3.5, 5.1, "mmol/L"),
                                     ("Creatinine", 0.6, 1.2, "mg/dL"), ("TSH", 0.4, 4.0, "mIU/L"), ("INR", 2.0, 3.0, "")])  # fmt: skip
    val = round(rng.uniform(lo * 0.6, hi * 1.5), 1)
    return f"{name} {val} {unit} ({lo}-{hi})".replace("  ", " ")


def age_forms(age: int, female: bool) -> dict[str, tuple[str, str, str]]:
    """(before, labelled core, after) of each age form."""
    a = str(age)
    return {
        "yo": ("", f"{a}yo", ""), "y_o": ("", a, " y/o"), "yrold": ("", a, "-year-old"), "aged": ("aged ", a, ""),
        "ym": ("", a, f" years {(age * 7) % 11 + 1} months"), "sex": ("", f"{a}{'F' if female else 'M'}", ""),
        "sl": ("F/" if female else "M/", a, ""), "colon": ("age: ", a, ""),
        "de": ("", a, "-jährige" if female else "-jähriger"), "fr": ("âgée de " if female else "âgé de ", a, " ans"),
        "es": ("", a, " años"), "it": ("di ", a, " anni"), "pt": ("", a, " anos"), "nl": ("", a, " jaar"),
        "sv": ("", a, " år"), "pl": ("", a, " lat"), "ja": ("", f"{a}歳", ""), "ko": ("", f"{a}세", ""),
        "zh": ("", f"{a}岁", ""), "ar": ("", a.translate(ARABIC_DIGITS), " عامًا"), "hi": ("", a, " वर्ष"),
        "th": ("อายุ ", a, " ปี"), "he": ("בת " if female else "בן ", a, ""), "mid": ("", decade_word(age), ""),
    }  # fmt: skip


def person_slots(x: str, who: Person) -> dict[str, Slot]:
    g, f = who.given, who.family
    return {
        f"{x}_full": P("NAME", who.full), f"{x}_given": P("NAME", g), f"{x}_family": P("NAME", f),
        f"{x}_caps": P("NAME", f"{f.upper()}, {g.upper()}"), f"{x}_init": P("NAME", f"{g[0]}. {f}"),
        f"{x}_lf": P("NAME", f"{f}, {g}"), f"{x}_hl7": (P("NAME", f.upper()), "^", P("NAME", g.upper())),
        f"{x}_low": P("NAME", f.lower()), f"{x}_ph": P("PHONE", who.phone), f"{x}_em": P("EMAIL", who.email),
        f"{x}_she": "she" if who.female else "he", f"{x}_her": "her" if who.female else "his",
        f"{x}_mrs": "Mrs" if who.female else "Mr", f"{x}_sex_letter": "F" if who.female else "M",
    }  # fmt: skip


def base_slots(rng: random.Random) -> dict[str, Slot]:
    used: set[str] = set()
    p, s, q, d, r, n = (draw_person(rng, used) for _ in range(6))
    s_: dict[str, Slot] = {}
    for x, who in (("p", p), ("s", s), ("q", q), ("d", d), ("r", r), ("n", n)):
        s_.update(person_slots(x, who))
    a = date(2021, 2, 1) + timedelta(days=rng.randrange(1500))
    ages = {"p": rng.randint(90, 99), "s": rng.randint(90, 104), "q": rng.randint(52, 74), "y": rng.randint(18, 89)}
    days = {"a": a, "c": a + timedelta(days=rng.randint(2, 12)), "e": a + timedelta(days=1),
            "f": a + timedelta(days=rng.randint(20, 70)), "g": a - timedelta(days=rng.randint(3, 60)),
            "h": a + timedelta(days=rng.randint(75, 140)),
            "b": a - timedelta(days=ages["p"] * 365 + rng.randint(40, 300)),
            "b2": a - timedelta(days=ages["s"] * 365 + rng.randint(40, 300))}  # fmt: skip
    for key, day in days.items():
        t = datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(1, 59), rng.randint(0, 59))
        zone = rng.choice(["+01:00", "-05:00", "Z", "+09:00", "-07:00", "+05:30"])
        s_.update({f"{key}_{k}": P("DATE", v) for k, v in forms(day, t, zone).items()})
    s_["rng_dm"] = P("DATE", f"{days['a'].day}–{days['c'].day} {days['c'].strftime('%B %Y')}") if days["a"].month == days["c"].month and days["a"].day < days["c"].day else P("DATE", f"{days['a'].strftime('%b %d')}–{days['c'].strftime('%b %d, %Y')}")
    for who, key in (("p", "p"), ("s", "s"), ("q", "q"), ("y", "y")):
        female = {"p": p.female, "s": s.female, "q": q.female, "y": rng.random() < 0.5}[who]
        for style, (pre, core, post) in age_forms(ages[key], female).items():
            if ages[key] >= 90:
                s_[f"{who}_age_{style}"] = (pre, P("AGE", core), post)
            else:
                s_[f"{who}_age_{style}"] = K(pre + core + post)
    s_["mrn"], s_["mrn2"] = P("MRN", ids.mrn(rng)), P("MRN", ids.mrn(rng))
    s_["acct"], s_["acc"], s_["acc2"] = P("ID", ids.account(rng)), P("ID", ids.accession(rng)), P("ID", ids.accession(rng))
    s_["rx"], s_["claim"], s_["member"] = P("ID", ids.rx(rng)), P("ID", ids.claim(rng)), P("HEALTH_PLAN", ids.member(rng))
    s_["ext"] = P("PHONE", str(rng.randint(2000, 8999)))
    # keep values
    pick = rng.sample
    for name, pool, k in (("k_icd", ICD, 3), ("k_cpt", CPT, 2), ("k_loinc", LOINC, 2), ("k_score", SCORES, 2),
                          ("k_sect", SECTIONS, 1), ("k_dur", DURATIONS, 3), ("k_freq", FREQS, 3), ("k_time", TIMES, 3),
                          ("k_dose", DOSES, 2), ("k_combo", COMBOS, 1), ("k_ratio", RATIOS, 1), ("k_ver", VERSIONS, 2),
                          ("k_vis", VISION, 1), ("k_frac", FRACS, 1), ("k_drug", DRUGS, 3), ("k_wd", WEEKDAYS, 2),
                          ("k_month", MONTHS, 2)):  # fmt: skip
        for i, v in enumerate(pick(pool, k)):
            s_[name + ("" if i == 0 else str(i + 1))] = K(v)
    s_["k_bp"], s_["k_bp2"] = (K(f"{rng.randint(104, 178)}/{rng.randint(52, 88)}") for _ in range(2))
    s_["k_pain"] = K(f"{rng.randint(2, 9)}/10")
    s_["k_gcs"] = K(f"GCS {rng.choice([13, 14, 15])}/15")
    s_["k_lab"], s_["k_lab2"], s_["k_lab3"] = (K(lab(rng)) for _ in range(3))
    s_["k_year"], s_["k_year2"] = K(str(rng.randint(2005, 2019))), K(str(rng.randint(1962, 1988)))
    s_["k_q"] = K(f"Q{rng.randint(1, 4)} {rng.randint(2022, 2025)}")
    s_["k_fy"] = K(f"FY{rng.randint(2022, 2026)}")
    s_["k_ga"] = K(f"{rng.randint(24, 40)}+{rng.randint(0, 6)} weeks")
    s_["k_apgar"] = K(f"{rng.randint(6, 8)}/{rng.randint(8, 9)}")
    s_["k_gp"] = K(f"G{rng.randint(2, 5)}P{rng.randint(0, 1)}")
    s_["k_nyha"] = K(f"NYHA class {rng.choice(['II', 'III', 'IV'])}")
    s_["k_ef"] = K(f"EF {rng.randint(20, 45)}%")
    s_["k_hr"] = K(f"HR {rng.randint(52, 88)}")
    s_["room"] = f"{rng.randint(2, 9)}{rng.randint(10, 48)}"
    return s_


# ---- templates -------------------------------------------------------------------------------------------

GERI = """GERIATRIC MEDICINE CONSULT — Room «room»
Pt: «p_caps» | MRN «mrn» | DOB «b_us» | «p_age_sex»
Referred by Dr. «d_family» on «a_abdot» for falls; first fall was on the «g_nth», a second one «g_mword».
HPI: «p_age_yo» widowed, lives with «p_her» sister «s_full» («s_age_y_o», b. «b2_dlong»). Her child «q_given» («q_age_yrold») visits every «k_wd».
Frailty: «k_score»; «k_score2». BP «k_bp» sitting, «k_bp2» standing. Pain «k_pain».
Meds: «k_drug» «k_freq», «k_drug2» at «k_time». Trial «k_drug3» «k_dur».
Hx: «k_icd», «k_icd2»; hip fracture in «k_year». Labs «a_md»: «k_lab».
A: «p_age_aged», «p_age_ym», in «p_her» «p_age_mid», cognitively a nonagenarian in good order.
Plan: review «f_ordy». — «d_init», pager ext. «ext»
"""

MAR = """MEDICATION ADMINISTRATION RECORD   Unit 4 West   Bed «room»
Patient «p_lf»   MRN «mrn»   DOB «b_caps»   Age «p_age_sex»   Admitted «a_caps»
Drug                          Freq     Due     «a_dmonyy»   «e_dmonyy»
«k_drug»               «k_freq»  «k_time»   given RN «n_init»   given RN «n_init»
«k_drug2»              «k_freq2»  «k_time2»   held («k_bp»)   given
‹heparin 5000 units› SC       q12h     «k_time3»   given      given
Stop date: «c_dmon». Course «k_dur». Pharmacist «r_full» verified «a_tsz».
Allergy noted «g_dmy2». Pump firmware «k_ver».
"""

SCHED_CSV = """appt_id,patient,mrn,dob,slot_start,clinic,provider,note
«acct»,"«p_lf»",«mrn»,«b_iso»,«a_tsz»,Memory Clinic,«d_init»,"reschedule from «g_md» — «k_wd» only"
«acc»,"«s_lf»",«mrn2»,«b2_usn»,«f_comp»,Cardiology,«r_init»,"«s_age_yo»; needs transport; «k_dur»"
«acc2»,"«p_lf»",«mrn»,«b_iso»,«h_monabbr» «k_time»,Audiology,«n_init»,"bring hearing aids; «k_vis» last time"
# export generated for «k_q» capacity review; report «k_ver»; «k_fy» budget line
"""

LAB = """CLINICAL LABORATORY REPORT
Name: «p_caps»    MRN: «mrn»    DOB: «b_dot»    Sex/Age: «p_age_sl»
Accession «acc»   Collected: «a_ts»   Received: «a_hl7»   Reported «c_wkl»
Ordering: «d_full»   Copy to: «r_full»
Test (LOINC)                Result / reference
CBC «k_cpt» («k_loinc»)        «k_lab»
BMP («k_loinc2»)              «k_lab2»
Thyroid                     «k_lab3»
Comment: previous sample «g_ordapo» haemolysed. Repeat «k_freq» «k_dur». Analyzer software «k_ver».
"""

HL7 = """MSH|^~\\&|ADT1|NORTHCAPE|LABADT|NORTHCAPE|«a_hl7»||ADT^A01|MSG«acct»|P|2.5.1
EVN|A01|«a_hl7»
PID|1||«mrn»^^^NC^MR||«p_hl7»||«b_ymd8»|«p_sex_letter»|||||«p_ph»
PV1|1|I|4W^«room»^1||||«d_hl7»|||||||||||«acct»|||||||||||||||||||||||||«a_comp»|«c_comp»
OBX|1|NM|«k_loinc»^Potassium^LN||4.3|mmol/L|3.5-5.1|N|||F|||«e_hl7»
NK1|1|«q_hl7»|CHD|||«q_ph»
NTE|1||patient «p_age_yrold», next of kin born «k_year2»; visit «k_wd» «k_time»
"""

APPLOG = """2024-01-01T00:00:03Z INFO  scheduler  nightly backup job started (build «k_ver»)
«a_ts» INFO  ehr.adt  patient mrn=«mrn» admitted ward=4W bed=«room» by user=«n_low»
«e_ts» WARN  ehr.mar  dose late pt=«mrn» drug="«k_drug»" due=«k_time» freq=«k_freq»
2024-01-01T00:05:10Z INFO  cache  evicted 1200 entries in 8 ms
«c_ts» INFO  ehr.adt  discharge mrn=«mrn» dob=«b_iso» «p_age_colon» dx=«k_icd»
«f_tsz» INFO  portal  appointment booked for «p_full» on «f_wk» («k_dur»)
2024-01-01T00:09:44Z DEBUG auth  token refresh ok for service account svc-report (window «k_q»)
"""

CHAT = """[Family group chat — exported]
«q_given»: Mum saw the GP «a_md», he wants bloods again on the «f_nth»
«n_given»: ok I can drive her. Is it «f_wk» or the week after?
«q_given»: «f_wk» at «k_time». Also Gran «s_given» turns «s_age_y_o» on «b2_ordof» 🎉
«n_given»: wow. Dad was only «q_age_yrold» at his party in «k_year»
«q_given»: Mum's tablets changed to «k_drug» «k_freq», «k_dur». BP was «k_bp»
«n_given»: Pain score still «k_pain»? Call «p_ph» if you're stuck
«q_given»: yes. Hospital said discharge was «c_abdot» but they kept her till «c_mword»
"""

EMAIL = """From: «d_full» <«d_em»>
To: «r_full» <«r_em»>
Subject: Referral — «p_full», «p_age_sex», DOB «b_long»

Dear «r_given»,
I'd be grateful if you could see «p_mrs» «p_family» (MRN «mrn») after «p_her» stay «rng_dm». «p_she» was seen in our
clinic on «a_wkl» with «k_icd»; echo «e_dlong» showed «k_ef», «k_nyha».
Ages of note: «p_age_aged»; husband/wife «s_full», «s_age_yrold». The family prefer «k_wd» mornings.
Current: «k_drug», «k_combo» «k_freq». Please ignore the «g_monY» letter, it was superseded.
Reachable on «d_ph» ext. «ext». Kind regards, «d_given»
"""

PHARM = """NORTHCAPE PHARMACY   «rx»
«p_full»   DOB «b_dmy»
«k_drug»  — take 1 tablet «k_freq» «k_dur»
Qty 28   Refills 2   Filled «a_usn»   Discard after «h_dmonyy»
Prescriber: «d_init»   Pharmacist: «n_full»
Caution: «k_combo» contains acetaminophen; max «k_dose» per dose. Ratio «k_ratio» solution not substituted.
Questions? «n_ph». Label software «k_ver». Age on file «p_age_y_o».
"""

INSURER = """CoverWell Health Plan — Coverage Determination
Member: «p_full»   Member ID: «member»   Date of birth: «b_long»
Claim «claim» for services «rng_dm» and from «g_md» to «g_us» was reviewed under «k_sect».
Procedure «k_cpt» on «e_ordy» is covered; «k_cpt2» on «e_usn» was a duplicate.
Diagnosis «k_icd», «k_icd2». The member, «p_age_yrold», meets the criteria for «k_fy» benefits.
This letter reflects «k_q» policy. Appeal by «h_long». Case manager «n_full», «n_ph», «n_em».
"""

OB = """OBSTETRIC DATING NOTE — «s_full» (MRN «mrn2»)
«k_gp» at «k_ga» by LMP «g_usn»; dating scan «a_dmy» agrees within «k_dur». EDD «h_long».
Grandmother-to-be «p_full» («p_age_yo», DOB «b_usn») will attend the birth; patient is «y_age_yrold».
Prior baby born «k_year» at 39 weeks, Apgar «k_apgar». BP «k_bp». Next visit «f_abdot»; GTT «f_md» at «k_time».
Fetal HR «k_hr». Sonographer «n_init»; obstetrician «d_full».
"""

CARDIO = """HEART FAILURE CLINIC — follow-up
«p_caps», «p_age_sl», MRN «mrn», DOB «b_caps»
Last admission «a_dmon» to «c_dmon» (diuresed «k_dur»). Device check «e_abdot»; pacer «k_ver».
«k_nyha», «k_ef», BP «k_bp», «k_hr». Weight stable since «g_wk».
Meds: «k_drug» «k_freq», «k_drug2» «k_freq2». Fluid limit «k_frac» of the usual. Epinephrine «k_ratio» for allergy kit.
Dx «k_icd»; «k_icd2». Echo due «k_month». Spouse «s_given» («s_age_mid») attends; son «q_given», «q_age_aged».
Seen «a_monabbr» by «d_init»; next «f_ordapo».
"""

EU = """TRANSFER PACKET — patient «p_full», MRN «mrn» (summaries from previous providers, original wording)
[DE] Die «p_age_de» Patientin/der Patient wurde am «a_de» aufgenommen und am «c_de» entlassen. Geburtsdatum: «b_dot».
[FR] Patient(e) «p_age_fr», hospitalisé(e) du «g_fr» au «e_fr»; contrôle le «f_fr». «k_drug» «k_freq».
[ES] Paciente de «p_age_es», nacido/a el «b_es», ingresó el «a_es»; alta «c_dmy».
[IT] Paziente «p_age_it», ricoverato/a il «e_it», dimesso/a il «c_it». PA «k_bp».
[PT] Doente com «p_age_pt», consulta em «f_pt»; filha «q_full», «q_age_pt».
[NL] Patiënt, «p_age_nl», opname «g_nl», ontslag «h_nl». Diagnose «k_icd».
Compiled by «n_full» («n_em»); translation tool «k_ver».
"""

ASIA = """TRANSFER PACKET (ASIA) — «p_full», MRN «mrn»
[JA] 患者 «p_age_ja»。«a_reiwa»入院、«c_ja»退院。生年月日 «b_ja»。
[JA] 次回受診 «f_zhmd»（«k_wd»）。処方 «k_drug» «k_freq»。
[ZH] 患者«p_age_zh»，«e_zh»手术，«g_zhmd»首次就诊。血压 «k_bp»。
[KO] 환자 «p_age_ko», «a_ko» 입원, «h_ko» 외래 예정. 보호자 «q_full» «q_ph».
Note: ISO week of surgery «e_isowk» (day of year «e_yday»). Dx «k_icd»; fiscal «k_fy».
Interpreter «n_full».
"""

TRANSL = """TRANSLATED SUMMARIES — «p_full», MRN «mrn», DOB «b_iso»
[AR] المريض «p_age_ar»، دخل المستشفى في «a_ar» وخرج في «c_arl».
[FA] تاریخ مراجعه: «f_fa». تاریخ عمل: «e_fa».
[HE] «p_age_he», אושפז ב-«g_he», שוחרר ב-«h_he».
[HI] रोगी «p_age_hi», भर्ती «a_hi», अगली जाँच «f_hi».
[TH] ผู้ป่วย«p_age_th» รับไว้วันที่ «e_th»
[SV] Patienten, «p_age_sv», skrevs in den «c_sv»; återbesök «f_sv» kl. «k_time».
[PL] Pacjent(ka), «p_age_pl», przyjęty/a «g_pl» r.; kontrola «h_dot» r. Lek «k_drug» «k_freq».
Translator «n_full», «n_ph». Pain «k_pain»; code «k_icd».
"""

HOSPICE = """HOSPICE NOTE — death pronouncement
«p_full» («p_age_aged», MRN «mrn») died peacefully on «h_wkl» at «k_time»; pronounced by RN «n_full».
Admitted to hospice «g_dlong»; last oral intake around the «h_nth». Daughter «q_full» («q_age_y_o») present, son-in-law called «q_ph».
«p_her» spouse «s_full» (born «b2_monY») was «s_age_yo» at death in «k_year».
Comfort meds: «k_drug» «k_freq»; «k_drug2» «k_dur». «k_score».
Funeral home notified «h_tsz». Certificate by «d_full», ICD «k_icd». A centenarian neighbour, «r_full», visited «k_wd».
"""

RADIOLOGY = """/pacs/export/«mrn»/
  scan_«a_ymd8»_«p_low».pdf              CT head, «k_cpt»
  «p_low»_cxr_«e_ymd8»-«k_time».dcm      CXR (StudyDate «e_ymd8»)
  us_carotid_«g_iso»_«p_low».dcm
  report_«c_ymd8»_final.txt        (software «k_ver»)
  README: images of «p_caps» (DOB «b_iso», «p_age_yrold»), ordered by «d_init»; series from «rng_dm».
  retention policy «k_sect»; archived «k_q»; viewer «k_ver2»; acuity «k_vis», «k_gcs».
"""

PROC_JSON = """{
 "schedule": "endoscopy",
 "version": "«k_ver»",
 "cases": [
  {"patient": "«p_full»", "mrn": "«mrn»", "dob": "«b_us»", "age": "«p_age_yo»", "procedure_date": "«e_iso»", "start": "«e_ts»", "cpt": "«k_cpt»", "dx": "«k_icd»", "sedation": "«k_dose» midazolam", "note": "prep «k_dur», NPO after «k_time»"},
  {"patient": "«s_full»", "mrn": "«mrn2»", "dob": "«b2_dmy»", "age": "«s_age_y_o»", "procedure_date": "«f_long»", "start": "«f_comp»", "cpt": "«k_cpt2»", "dx": "«k_icd2»", "note": "previous scope «g_monY»; «k_freq» PPI; BP «k_bp»"}
 ],
 "coordinator": "«n_full»", "phone": "«n_ph»", "window": "«k_q»", "reviewed": "«k_wd»"
}
"""

TEMPLATES: list[tuple[str, str, str]] = [
    ("dt27_geriatric_consult", "text", GERI),
    ("dt27_med_admin_record", "text", MAR),
    ("dt27_clinic_schedule_csv", "text", SCHED_CSV),
    ("dt27_lab_report_stamps", "text", LAB),
    ("dt27_hl7_adt_feed", "text", HL7),
    ("dt27_clinical_app_log", "text", APPLOG),
    ("dt27_family_chat", "text", CHAT),
    ("dt27_referral_email", "text", EMAIL),
    ("dt27_pharmacy_label", "text", PHARM),
    ("dt27_coverage_letter", "text", INSURER),
    ("dt27_obstetric_dating", "text", OB),
    ("dt27_heart_failure_clinic", "text", CARDIO),
    ("dt27_transfer_packet_eu", "text", EU),
    ("dt27_transfer_packet_asia", "text", ASIA),
    ("dt27_translated_summaries", "text", TRANSL),
    ("dt27_hospice_death_note", "text", HOSPICE),
    ("dt27_pacs_file_listing", "text", RADIOLOGY),
    ("dt27_procedure_schedule_json", "json", PROC_JSON),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(120):
        rng = random.Random(f"phigate-probe27:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng)
        content, phi, keep, spans = render(template, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, "multi", fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 120 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
