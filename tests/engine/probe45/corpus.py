# ruff: noqa: E501  (hand-aligned templates)
"""Forty-fifth independent probe corpus: data shaped like what Synthea (the open-source synthetic patient
generator) writes and what people build from it -- the kind of text outside evaluators most often test a
de-identification engine with -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: patients.csv as written (the v2 and the v3 header);
encounters.csv + conditions.csv + providers.csv grepped for one patient; medications / immunizations /
observations / devices CSV heads; a psql join of payer_transitions and payers; a FHIR R4 Patient resource
(JSON); a FHIR Bundle of Encounter, Condition, Observation, Practitioner and Organization (JSON); a C-CDA
XML document with its narrative tables; an LLM-written progress note that keeps Synthea's digits; an
LLM-written discharge summary that strips them (a patient aged 90+); SQL INSERTs loading the CSVs; a Jupyter
notebook printing pandas frames; a data-engineering Slack thread; the run_synthea console and its
output/fhir listing; a pytest fixture module; a dbt / Great Expectations data-quality report; an HL7 v2
ADT message converted from a Synthea record; an instruction-tuning JSONL built from records (NDJSON); a
research cohort preview in Markdown.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient, `g` a parent (the plan's
guardian), `s` a spouse, `m` the mother (FHIR mothersMaidenName), `d` and `e` clinicians, `x` `y` `z` `u` `v`
other patients, `a` `b` `c` data engineers / analysts. Name forms: `_first` `_last` `_n` `_mid` `_maiden`
as Synthea writes them (given, middle, family and maiden name each with its one-to-three-digit suffix:
"Cleora604", "Kuykendall83"), `_G` `_F` `_N` `_Mid` `_Maiden` with the digits stripped, `_f1` `_l1` `_nm`
the document's own choice (a cleaned table strips them, a raw one keeps them). About half of the NAME values
carry the suffix.

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, parents, spouses, mothers' maiden names, clinicians (Synthea's
  "Dr. Leland721 Kincaid430"), plan owners, data engineers and analysts in a chat -- as written: with or
  without Synthea's digits (the digits belong to the value: a masked name whose digits survive,
  "[NAME]604", is partly leaked), full, given or family alone, a maiden name alone, in a file name
  ("Cleora604_Kuykendall83_<uuid>.json": given, family and UUID each a value). Prefixes (Mr., Mrs., Ms.,
  Dr.) and suffixes (MD, PhD, JD) are plain text outside the value.
- ADDRESS: street lines with their unit ("318 Vollrath Gateway Unit 42"), towns (CITY, birthplace towns,
  the town in a console line), counties ("Tamsworth County"), five-digit county FIPS codes (25009; pandas'
  float "25009.0" too), and geocodes below the state: LAT and LON as written in text (Synthea's fourteen
  decimals, pandas' six). FHIR geolocation extensions are JSON numbers: the kit scores JSON strings only,
  so they are plain text there. ZIP: every ZIP code, also with its leading zero lost ("1843" of 01843).
- States are keep when written alone (STATE column, FHIR birthPlace state, "Location: Ohio"); inside a
  birthplace ("Quillhaven Massachusetts US") or an address they are plain text, as are two-letter codes.
- DATE: every date more specific than a year tied to the patient: BIRTHDATE, DEATHDATE, encounter and
  condition, medication, immunization and observation dates; a timestamp is one value, time included
  ("2019-05-02T13:45:12Z", "20190502134512", "2019-05-02 13:45:12"); years alone keep. AGE: 90 and over
  (the console's "(93 y/o M)", "a 94-year-old"); ages under 90 keep ("57 y/o", "57-year-old", "57").
- SSN: Synthea's 999-xx-xxxx. LICENSE: driver's licences (S999.....). ID: passports (X........X), encounter
  UUIDs, clinicians' NPIs, claim / sample / message ids of a patient. MRN: the patient's UUID (Synthea's
  Id, FHIR id and "MR" identifier, urn:uuid references, PID-3). HEALTH_PLAN: payer_transitions MEMBERID and
  HL7 IN1 policy numbers. DEVICE: UDIs. PHONE: the patient's and relatives' 555 numbers. EMAIL: clinicians'
  Synthea e-mails (Leland721.Kincaid430@example.com) and engineers' work addresses.
- Keep (must survive): RACE / ETHNICITY values and displays ("white", "nonhispanic", "Not Hispanic or
  Latino"), marital displays ("Married"), HEALTHCARE_EXPENSES / HEALTHCARE_COVERAGE / INCOME and every cost,
  SNOMED, LOINC, RxNorm and CVX codes and their descriptions, organisation names, payer names (Medicaid,
  Blue Cross Blue Shield ...), states alone, ages under 90, years, specialties, Synthea's run seed and
  population counts, file and table names, model and tool versions.
- Not scored (plain text): GENDER / MARITAL letters, prefixes, organisation, provider and payer UUIDs,
  organisation addresses and phone numbers (a facility's, not a person's), Synthea person seeds, times of
  day on their own, column names, JSON numbers.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe45 import ids
from tests.engine.probe45.people import (
    ENGINEER_DOMAINS,
    NAMES,
    ORG_TOWNS,
    ORGS,
    RACE,
    SPECIALTIES,
    STATES,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

ENCOUNTERS = [("185349003", "Encounter for check up (procedure)", "wellness"), ("162673000", "General examination of patient (procedure)", "wellness"),
              ("185345009", "Encounter for symptom (procedure)", "ambulatory"), ("50849002", "Emergency room admission (procedure)", "emergency"),
              ("390906007", "Follow-up encounter (procedure)", "ambulatory"), ("183452005", "Emergency hospital admission (procedure)", "inpatient"),
              ("698314001", "Consultation for treatment (procedure)", "ambulatory"), ("439740005", "Postoperative follow-up visit (procedure)", "ambulatory")]  # fmt: skip
CONDITIONS = [("44054006", "Diabetes mellitus type 2 (disorder)"), ("59621000", "Essential hypertension (disorder)"), ("15777000", "Prediabetes (finding)"),
              ("162864005", "Body mass index 30+ - obesity (finding)"), ("195662009", "Acute viral pharyngitis (disorder)"), ("10509002", "Acute bronchitis (disorder)"),
              ("444814009", "Viral sinusitis (disorder)"), ("431855005", "Chronic kidney disease stage 1 (disorder)"), ("55822004", "Hyperlipidemia (disorder)"),
              ("49436004", "Atrial fibrillation (disorder)"), ("271737000", "Anemia (disorder)"), ("68496003", "Polyp of colon (disorder)"),
              ("840539006", "COVID-19 (disorder)"), ("233678006", "Childhood asthma (disorder)"), ("82423001", "Chronic pain (finding)")]  # fmt: skip
MEDS = [("314076", "lisinopril 10 MG Oral Tablet"), ("860975", "24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet"),
        ("310965", "Ibuprofen 200 MG Oral Tablet"), ("313782", "Acetaminophen 325 MG Oral Tablet"), ("834061", "Penicillin V Potassium 250 MG Oral Tablet"),
        ("308182", "Amoxicillin 250 MG Oral Capsule"), ("849574", "Naproxen sodium 220 MG Oral Tablet"), ("259255", "Atorvastatin 80 MG Oral Tablet"),
        ("895994", "120 ACTUAT Fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler"), ("562251", "Amoxicillin 250 MG / Clavulanate 125 MG Oral Tablet")]  # fmt: skip
IMMS = [("140", "Influenza, seasonal, injectable, preservative free"), ("113", "Td (adult) preservative free"), ("133", "Pneumococcal conjugate PCV 13"),
        ("115", "Tdap"), ("121", "zoster"), ("62", "HPV, quadrivalent"), ("52", "Hep A, adult")]  # fmt: skip
OBS = [("8302-2", "Body Height", "cm", (150, 190)), ("29463-7", "Body Weight", "kg", (52, 118)), ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", (19, 38)),
       ("8462-4", "Diastolic Blood Pressure", "mm[Hg]", (62, 96)), ("8480-6", "Systolic Blood Pressure", "mm[Hg]", (104, 158)), ("8867-4", "Heart rate", "/min", (58, 99)),
       ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", (5, 9)), ("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", (72, 190)),
       ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", (150, 260))]  # fmt: skip
LABS = {"4548-4", "2339-0", "2093-3"}
DEVICES = [("337414009", "Blood glucose meter (physical object)"), ("706180003", "Respiratory humidifier (physical object)"),
           ("702172008", "Home continuous positive airway pressure unit (physical object)")]  # fmt: skip
PAYERS = [
    "Medicaid",
    "Medicare",
    "Blue Cross Blue Shield",
    "Aetna",
    "Cigna Health",
    "Humana",
    "UnitedHealthcare",
    "Anthem",
    "Dual Eligible",
]
MARITAL = {"M": "Married", "S": "Never Married", "D": "Divorced", "W": "Widowed"}
MODELS = [
    "gpt-4o-mini-2024-07-18",
    "claude-3-5-haiku-20241022",
    "llama-3.1-8b-instruct",
    "mistral-small-2409",
]
VERSIONS = ["v3.2.0", "v3.3.0", "v3.1.1"]
Y = 365


def years(ref: date, dob: date) -> int:
    return (ref - dob).days * 100 // 36525


def money(rng: random.Random, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.2f}"


def stamp(rng: random.Random, d: date) -> datetime:
    return datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def t_z(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def t_off(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}-0{4 if 4 <= t.month <= 10 else 5}:00"


def long(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def person_slots(x: str, w: Person, ref: date, plain: bool, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    D = lambda v: P("DATE", v)  # noqa: E731
    age = years(ref, w.dob)
    old = age >= 90
    race = RACE[w.race]
    s: dict[str, Slot] = {
        f"{x}_first": N(w.first), f"{x}_last": N(w.last), f"{x}_n": N(f"{w.first} {w.last}"),
        f"{x}_G": N(w.given), f"{x}_F": N(w.family), f"{x}_N": N(f"{w.given} {w.family}"),
        f"{x}_mid": N(w.middle + w.md) if w.middle else "", f"{x}_Mid": N(w.middle) if w.middle else "",
        f"{x}_maiden": N(w.maiden + w.maid) if w.maiden else "", f"{x}_Maiden": N(w.maiden) if w.maiden else "",
        f"{x}_f1": N(w.given if plain else w.first), f"{x}_l1": N(w.family if plain else w.last),
        f"{x}_nm": N(f"{w.given} {w.family}" if plain else f"{w.first} {w.last}"),
        f"{x}_FU": N(w.family.upper()), f"{x}_pre": w.prefix, f"{x}_pre_": f"{w.prefix} " if w.prefix else "", f"{x}_sfx": w.suffix,
        f"{x}_sex": "F" if w.female else "M", f"{x}_gender": "female" if w.female else "male",
        f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his", f"{x}_Her": "Her" if w.female else "His",
        f"{x}_child": "daughter" if w.female else "son", f"{x}_woman": "woman" if w.female else "man",
        f"{x}_uuid": P("MRN", w.uuid), f"{x}_ssn": P("SSN", w.ssn), f"{x}_dl": P("LICENSE", w.drivers) if w.drivers else "",
        f"{x}_pp": P("ID", w.passport) if w.passport else "",
        f"{x}_dob": D(w.dob.isoformat()), f"{x}_dobc": D(f"{w.dob:%Y%m%d}"), f"{x}_dobus": D(f"{w.dob:%m/%d/%Y}"), f"{x}_doblong": D(long(w.dob)),
        f"{x}_line": A(w.line), f"{x}_city": A(w.town), f"{x}_county": A(w.county), f"{x}_fips": A(w.fips), f"{x}_fipsf": A(w.fips + ".0"),
        f"{x}_zip": P("ZIP", w.zip), f"{x}_zipi": P("ZIP", str(int(w.zip))),
        f"{x}_lat": A(w.lat), f"{x}_lon": A(w.lon), f"{x}_lat6": A(f"{float(w.lat):.6f}"), f"{x}_lon6": A(f"{float(w.lon):.6f}"),
        f"{x}_state": K(w.state.name), f"{x}_State": w.state.name, f"{x}_st": w.state.abbr, f"{x}_btown": A(w.birth_town),
        f"{x}_bp": (A(w.birth_town), f" {w.birth_state} US"), f"{x}_bstate": K(w.birth_state),
        f"{x}_race": K(race[0]), f"{x}_Race": K(race[1]), f"{x}_racecode": race[2],
        f"{x}_eth": K("hispanic" if w.hispanic else "nonhispanic"), f"{x}_Eth": K("Hispanic or Latino" if w.hispanic else "Not Hispanic or Latino"),
        f"{x}_ethcode": "2135-2" if w.hispanic else "2186-5", f"{x}_marital": w.marital,
        f"{x}_Marital": K(MARITAL[w.marital]) if w.marital else "",
        f"{x}_age": P("AGE", str(age)) if old else K(str(age)), f"{x}_yo": (P("AGE", str(age)), " y/o") if old else K(f"{age} y/o"),
        f"{x}_yr": (P("AGE", str(age)), "-year-old") if old else K(f"{age}-year-old"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_phx": P("PHONE", f"({w.phone[:3]}) {w.phone[4:]}"),
        f"{x}_exp": K(money(rng, 2500, 1_600_000)), f"{x}_cov": K(money(rng, 800, 90_000)), f"{x}_inc": K(str(rng.randint(18, 190) * 1000 + rng.randint(1, 999))),
        f"{x}_em": P("EMAIL", f"{w.first}.{w.last}@example.com"), f"{x}_wem": P("EMAIL", f"{w.given.lower()}.{w.family.lower()}@{rng.choice(ENGINEER_DOMAINS)}"),
        f"{x}_npi": P("ID", ids.npi(rng)), f"{x}_spec": K(rng.choice(SPECIALTIES)),
    }  # fmt: skip
    if w.dod:
        s.update({f"{x}_dod": D(w.dod.isoformat()), f"{x}_dodz": D(t_z(stamp(rng, w.dod)))})
    else:
        s.update({f"{x}_dod": "", f"{x}_dodz": ""})
    return s


# ---- tables --------------------------------------------------------------------------------------------


def _text(c: Slot) -> str:
    if isinstance(c, tuple):
        return "".join(_text(x) for x in c)
    return c.value if isinstance(c, P | K) else c


def flat(pieces: list[Slot]) -> tuple:
    """A template slot's pieces, nested tuples (a birthplace) spliced in."""
    out: list[Slot] = []
    for x in pieces:
        out += flat(list(x)) if isinstance(x, tuple) else [x]
    return tuple(out)


def csv_rows(rows: list[list[Slot]]) -> tuple:
    """CSV lines; a cell holding a comma is quoted, as Synthea's writer does."""
    out: list[Slot] = []
    for row in rows:
        for i, c in enumerate(row):
            if i:
                out.append(",")
            q = "," in _text(c)
            out += ['"', c, '"'] if q else [c]
        out.append("\n")
    return flat(out)


def psql(headers: list[str], rows: list[list[Slot]], right: set[int] = frozenset()) -> tuple:  # type: ignore[assignment]
    widths = [max([len(h)] + [len(_text(r[i])) for r in rows]) for i, h in enumerate(headers)]
    out: list[Slot] = [
        " " + " | ".join(h.center(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n"
    ]
    out.append("-" + "-+-".join("-" * w for w in widths) + "-\n")
    for r in rows:
        for i, (c, w) in enumerate(zip(r, widths, strict=True)):
            pad = " " * (w - len(_text(c)))
            last = i == len(widths) - 1
            out += [" | " if i else " "] + ([pad, c] if i in right else [c] if last else [c, pad])
        out.append("\n")
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return flat(out)


def pandas(headers: list[str], rows: list[list[Slot]], index: list[str] | None = None) -> tuple:
    idx = index or [str(i) for i in range(len(rows))]
    iw = max(len(i) for i in idx)
    widths = [max([len(h)] + [len(_text(r[i])) for r in rows]) for i, h in enumerate(headers)]
    out: list[Slot] = [
        " " * iw + "".join("  " + h.rjust(w) for h, w in zip(headers, widths, strict=True)) + "\n"
    ]
    for i, r in zip(idx, rows, strict=True):
        out.append(i.ljust(iw))
        for c, w in zip(r, widths, strict=True):
            out += ["  " + " " * (w - len(_text(c))), c]
        out.append("\n")
    return flat(out)


def markdown(headers: list[str], rows: list[list[Slot]]) -> tuple:
    out: list[Slot] = ["| " + " | ".join(headers) + " |\n", "|" + "|".join("---" for _ in headers) + "|\n"]
    for r in rows:
        out.append("| ")
        for i, c in enumerate(r):
            out += [" | " if i else "", c]
        out.append(" |\n")
    return flat(out)


# ---- the record: people, encounters, conditions, medications ... -----------------------------------------

PEOPLE = ("p", "g", "s", "m", "d", "e", "x", "y", "z", "u", "v", "a", "b", "c")
# per kind: the patient's age range in days, whether she is a married woman, who is 90+, and name form
OLD = (90 * Y + 40, 99 * Y)
KINDS: dict[str, dict] = {
    "syn45_patients_csv": {"dead": "xy"},
    "syn45_fhir_patient_json": {"p_female": True, "p_married": True, "p": (30 * Y, 70 * Y)},
    "syn45_payer_transitions_psql": {"p": (40 * Y, 66 * Y), "p_married": True},
    "syn45_llm_discharge_summary_plain": {"p": OLD},
    "syn45_run_synthea_console": {"old": "y", "dead": "yz"},
    "syn45_cohort_markdown": {"old": "xz"},
    "syn45_dq_report": {"dead": "x"},
    "syn45_pandas_notebook": {"dead": "y"},
    "syn45_sql_inserts": {"dead": "x"},
}
# which renders write names as Synthea does (True) and which strip the digits (False), per index
PLAIN: dict[str, tuple[bool, bool]] = {
    "syn45_pandas_notebook": (False, True), "syn45_sql_inserts": (False, True), "syn45_hl7v2_adt": (True, True),
    "syn45_dq_report": (True, True), "syn45_slack_thread": (True, False), "syn45_instruction_jsonl": (True, True),
    "syn45_cohort_markdown": (True, True), "syn45_pytest_fixture": (False, True), "syn45_llm_discharge_summary_plain": (True, True),
    "syn45_payer_transitions_psql": (False, True),
}  # fmt: skip


def base_slots(rng: random.Random, state_name: str, kind: str, plain: bool) -> dict[str, Slot]:
    cfg = KINDS.get(kind, {})
    state = STATES[state_name]
    ref = date(2023, 1, 9) + timedelta(days=rng.randrange(880))
    used: set[str] = set()
    female = cfg.get("p_female", rng.random() < 0.5)
    p = draw_person(
        rng,
        state,
        used,
        ref,
        female=female,
        married=cfg.get("p_married"),
        age_days=cfg.get("p", (19 * Y, 84 * Y)),
    )
    birth_family = p.maiden or p.family
    g = draw_person(rng, state, used, ref, female=rng.random() < 0.5, family=birth_family, group=p.group,
                    home=p, age_days=((ref - p.dob).days + 20 * Y, (ref - p.dob).days + 38 * Y))  # fmt: skip
    s = draw_person(
        rng,
        state,
        used,
        ref,
        female=not p.female,
        family=p.family if p.marital == "M" else None,
        home=p,
        age_days=(25 * Y, 80 * Y),
        married=True,
    )
    m = draw_person(
        rng,
        state,
        used,
        ref,
        female=True,
        group=p.group,
        age_days=((ref - p.dob).days + 18 * Y, (ref - p.dob).days + 40 * Y),
    )
    ppl = {"p": p, "g": g, "s": s, "m": m}
    for x in ("d", "e"):
        ppl[x] = draw_person(rng, state, used, ref, age_days=(30 * Y, 66 * Y))
    for x in ("x", "y", "z", "u", "v"):
        ppl[x] = draw_person(
            rng, state, used, ref, age_days=OLD if x in cfg.get("old", "") else (1 * Y, 86 * Y)
        )
    for x in ("a", "b", "c"):
        ppl[x] = draw_person(rng, state, used, ref, age_days=(24 * Y, 55 * Y))
    for x in cfg.get("dead", ""):
        w = ppl[x]
        w.dod = ref - timedelta(days=rng.randint(30, max(31, min(20 * Y, (ref - w.dob).days - 400))))
    sl: dict[str, Slot] = {}
    for x, w in ppl.items():
        sl.update(person_slots(x, w, ref, plain and x not in "abc", rng))
    sl["mm_n"] = P("NAME", f"{m.first} {m.maiden + m.maid if m.maiden else m.last}")  # FHIR mothersMaidenName
    # encounters of p, oldest first
    start = max(p.dob + timedelta(days=400), ref - timedelta(days=9 * Y))
    days = sorted(rng.sample(range((ref - start).days - 2), 6))
    for i, dd in enumerate(days, 1):
        d = start + timedelta(days=dd)
        t0 = stamp(rng, d)
        t1 = t0 + timedelta(minutes=rng.choice([15, 15, 30, 45, 60, 74]))
        code, desc, cls = rng.choice(ENCOUNTERS)
        rc, rd = rng.choice(CONDITIONS)
        sl.update({f"e{i}_id": P("ID", ids.uuid4(rng)), f"e{i}_start": P("DATE", t_z(t0)), f"e{i}_stop": P("DATE", t_z(t1)),
                   f"e{i}_fstart": P("DATE", t_off(t0)), f"e{i}_fstop": P("DATE", t_off(t1)), f"e{i}_c": P("DATE", f"{t0:%Y%m%d%H%M%S}"),
                   f"e{i}_date": P("DATE", d.isoformat()), f"e{i}_long": P("DATE", long(d)), f"e{i}_us": P("DATE", f"{d:%m/%d/%Y}"),
                   f"e{i}_sp": P("DATE", f"{t0:%Y-%m-%d %H:%M:%S}"), f"e{i}_code": K(code), f"e{i}_desc": K(desc), f"e{i}_class": cls,
                   f"e{i}_base": K(money(rng, 70, 180)), f"e{i}_total": K(money(rng, 180, 2400)), f"e{i}_paid": K(money(rng, 40, 160)),
                   f"e{i}_rcode": K(rc), f"e{i}_rdesc": K(rd), f"e{i}_year": K(str(d.year))})  # fmt: skip
    for i, (code, desc) in enumerate(rng.sample(CONDITIONS, 4), 1):
        sl.update({f"c{i}_code": K(code), f"c{i}_desc": K(desc)})
    for i, (code, desc) in enumerate(rng.sample(MEDS, 3), 1):
        sl.update({f"rx{i}_code": K(code), f"rx{i}_desc": K(desc), f"rx{i}_cost": K(money(rng, 3, 60)), f"rx{i}_n": str(rng.randint(1, 24)),
                   f"rx{i}_total": K(money(rng, 61, 900))})  # fmt: skip
    for i, (code, desc) in enumerate(rng.sample(IMMS, 2), 1):
        sl.update(
            {
                f"im{i}_code": K(code),
                f"im{i}_desc": K(desc),
                f"im{i}_csv": ('"', K(desc), '"') if "," in desc else K(desc),
            }
        )
    for i, (code, desc, unit, (lo, hi)) in enumerate(rng.sample(OBS, 4), 1):
        sl.update(
            {
                f"ob{i}_code": K(code),
                f"ob{i}_desc": K(desc),
                f"ob{i}_unit": unit,
                f"ob{i}_val": f"{rng.uniform(lo, hi):.1f}",
                f"ob{i}_cat": "laboratory" if code in LABS else "vital-signs",
            }
        )
    dv = rng.choice(DEVICES)
    sl.update(
        {
            "dev_code": K(dv[0]),
            "dev_desc": K(dv[1]),
            "udi": P("DEVICE", ids.udi(rng, start + timedelta(days=days[2] - 30))),
        }
    )
    for i, name in enumerate(rng.sample(PAYERS, 4), 1):
        sl[f"payer{i}"] = K(name)
        sl[f"mem{i}"] = P("HEALTH_PLAN", ids.uuid4(rng))
        sl[f"pay_uuid{i}"] = ids.uuid4(rng)
    for i, org in enumerate(rng.sample(ORGS, 3), 1):
        sl[f"org{i}"] = K(org)
        sl[f"Org{i}"] = K(org.title().replace(" Pc", " PC").replace(" Llc", " LLC"))
        sl[f"org_uuid{i}"] = ids.uuid4(rng)
        sl[f"org_addr{i}"] = (
            f"{rng.randint(10, 990)} {rng.choice(['Medical Park Drive', 'Hospital Road', 'Clinic Way', 'Commerce Boulevard'])}"
        )
        sl[f"org_town{i}"] = rng.choice(ORG_TOWNS)
        sl[f"org_zip{i}"] = f"{rng.randint(*state.zips):03d}{rng.randint(1, 99):02d}"
        sl[f"org_ph{i}"] = fill(rng, "(%##) %##-####")
    sl["prov_uuid"], sl["prov_uuid2"] = ids.uuid4(rng), ids.uuid4(rng)
    sl["claim"] = P("ID", ids.uuid4(rng))
    sl["seed"] = K(str(rng.randint(1_600_000_000_000, 1_740_000_000_000)))
    sl["pseed"] = str(rng.randint(-9_000_000_000_000_000_000, 9_000_000_000_000_000_000))
    sl["ver"] = K(rng.choice(VERSIONS))
    sl["model"] = K(rng.choice(MODELS))
    sl["state"] = K(state.name)
    sl["st"] = state.abbr
    pop = rng.choice([250, 500, 1000, 2500, 10000])
    sl["pop"], sl["total"] = K(str(pop)), K(str(pop + 8))
    sl["ref"] = P("DATE", ref.isoformat())
    sl["ref_long"] = P("DATE", long(ref))
    sl["ref_c"] = P("DATE", f"{stamp(rng, ref):%Y%m%d%H%M%S}")
    adm = ref - timedelta(days=rng.randint(10, 60))
    dis = adm + timedelta(days=rng.randint(2, 9))
    sl.update(
        {
            "adm_long": P("DATE", long(adm)),
            "dis_long": P("DATE", long(dis)),
            "adm_us": P("DATE", f"{adm:%m/%d/%Y}"),
            "dis_us": P("DATE", f"{dis:%m/%d/%Y}"),
        }
    )
    sl["msgid"] = fill(rng, "%#######")
    sl["lat_lo"], sl["lat_hi"] = f"{state.center[0] - 0.8:.1f}", f"{state.center[0] + 0.8:.1f}"
    sl["stfips"] = state.fips
    sl["org_lat"], sl["org_lon"] = f"{state.center[0] + 0.1:.4f}", f"{state.center[1] - 0.2:.4f}"
    return sl


# ---- documents built in code (tables) --------------------------------------------------------------------

PAT_V2 = "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE"
PAT_V3 = "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME"


def patient_row(s: dict[str, Slot], x: str, v3: bool) -> list[Slot]:
    row = [
        s[f"{x}_uuid"],
        s[f"{x}_dob"],
        s[f"{x}_dod"],
        s[f"{x}_ssn"],
        s[f"{x}_dl"],
        s[f"{x}_pp"],
        s[f"{x}_pre"],
        s[f"{x}_first"],
    ]
    row += [s[f"{x}_mid"]] if v3 else []
    row += [s[f"{x}_last"], s[f"{x}_sfx"], s[f"{x}_maiden"], s[f"{x}_marital"], s[f"{x}_race"], s[f"{x}_eth"], s[f"{x}_sex"],
            s[f"{x}_bp"], s[f"{x}_line"], s[f"{x}_city"], s[f"{x}_state"], s[f"{x}_county"], s[f"{x}_fips"], s[f"{x}_zip"],
            s[f"{x}_lat"], s[f"{x}_lon"], s[f"{x}_exp"], s[f"{x}_cov"]]  # fmt: skip
    return row + ([s[f"{x}_inc"]] if v3 else [])


def computed(kind: str, index: int, s: dict[str, Slot], rng: random.Random) -> dict[str, Slot]:
    """Slots that are whole tables, built from the record."""
    out: dict[str, Slot] = {}
    if kind == "syn45_patients_csv":
        v3 = index == 0
        out["pat_header"] = PAT_V3 if v3 else PAT_V2
        out["pat_rows"] = csv_rows([patient_row(s, x, v3) for x in ("p", "x", "y")])
    if kind == "syn45_payer_transitions_psql":
        adult = s["p_dob"].value  # type: ignore[union-attr]
        by = int(adult[:4])
        t = [
            f"{by}-{adult[5:10]}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        ]
        for yy in (by + 18, by + 26, by + 34):
            t.append(
                f"{yy}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
            )
        t.append(s["ref"].value + "T00:00:00Z")  # type: ignore[union-attr]
        owner = [(s["g_nm"], "Guardian"), (s["p_nm"], "Self"), (s["p_nm"], "Self"), (s["s_nm"], "Spouse")]
        rows = []
        for i in range(4):
            rows.append(
                [
                    s["p_f1"],
                    s["p_l1"],
                    s[f"mem{i + 1}"],
                    P("DATE", t[i]),
                    P("DATE", t[i + 1]),
                    s[f"payer{i + 1}"],
                    owner[i][1],
                    owner[i][0],
                ]
            )
        out["pt_table"] = psql(
            ["first", "last", "memberid", "start_date", "end_date", "payer", "plan_ownership", "owner_name"],
            rows,
        )
        covered = sorted((money(rng, 1e6, 9e8) for _ in range(3)), key=float, reverse=True)
        prow = [
            [
                s[f"payer{i}"],
                K(covered[i - 1]),
                K(money(rng, 1e5, 9e7)),
                str(rng.randint(800, 90000)),
                str(rng.randint(80, 4000)),
            ]
            for i in (1, 2, 3)
        ]
        out["payers_table"] = psql(
            ["name", "amount_covered", "amount_uncovered", "covered_encounters", "unique_customers"],
            prow,
            right={1, 2, 3, 4},
        )
    if kind == "syn45_pandas_notebook":
        pl = index == 1
        f = "_G" if pl else "_first"
        la = "_F" if pl else "_last"
        rows = [[s[x + f], s[x + la], s[x + "_dob"], s[x + "_city"], s[x + "_county"], s[x + "_fipsf"], s[x + "_zipi"], s[x + "_lat6"], s[x + "_lon6"]]
                for x in ("p", "x", "y", "z")]  # fmt: skip
        out["df_head"] = pandas(
            ["FIRST", "LAST", "BIRTHDATE", "CITY", "COUNTY", "FIPS", "ZIP", "LAT", "LON"], rows
        )
        out["df_dead"] = pandas(
            ["FIRST", "LAST", "DEATHDATE", "HEALTHCARE_EXPENSES"],
            [[s["y" + f], s["y" + la], s["y_dod"], s["y_exp"]]],
            index=["2"],
        )
        rows2 = [[s[x + "_race"], s[x + "_eth"], s[x + "_age"]] for x in ("p", "x", "y", "z")]
        out["df_race"] = pandas(["RACE", "ETHNICITY", "AGE"], rows2)
    if kind == "syn45_cohort_markdown":
        rows = []
        for i, x in enumerate(("p", "x", "y", "z", "u"), 1):
            rows.append(
                [
                    s[x + "_nm"],
                    s[x + "_age"],
                    s[x + "_sex"],
                    s[x + "_county"],
                    s[x + "_fips"],
                    s[x + "_zip"],
                    s[f"e{i}_date"],
                    s[f"payer{(i % 4) + 1}"],
                ]
            )
        out["cohort"] = markdown(
            ["patient", "age", "sex", "county", "FIPS", "ZIP", "index date", "payer"], rows
        )
    if kind == "syn45_run_synthea_console":
        lines: list[Slot] = []
        for i, x in enumerate(("p", "x", "y", "z", "u", "v", "g"), 1):
            dead = " DECEASED" if s[x + "_dod"] else ""
            lines += [
                f"{i} -- ",
                s[x + "_n"],
                " (",
                s[x + "_yo"],
                f" {s[x + '_sex']}) ",
                s[x + "_city"],
                ", ",
                s[x + "_State"],
                dead,
                "\n",
            ]
        out["run_lines"] = flat(lines)
        files: list[Slot] = []
        for x in sorted(("p", "x", "y", "z"), key=lambda x: _text(s[x + "_first"])):
            files += [s[x + "_first"], "_", s[x + "_last"], "_", s[x + "_uuid"], ".json\n"]
        out["fhir_files"] = flat(files)
    return out


# ---- templates -------------------------------------------------------------------------------------------

PATIENTS_CSV = """$ head -n 4 output/csv/patients.csv
«pat_header»
«pat_rows»$ wc -l output/csv/patients.csv
«pop» output/csv/patients.csv
$ grep -c ',«p_state»,' output/csv/patients.csv
«pop»
"""

ENC_COND = """$ grep «p_uuid» output/csv/encounters.csv | head -5
«e1_id»,«e1_start»,«e1_stop»,«p_uuid»,«org_uuid1»,«prov_uuid»,«pay_uuid1»,«e1_class»,«e1_code»,«e1_desc»,«e1_base»,«e1_total»,«e1_paid»,,
«e2_id»,«e2_start»,«e2_stop»,«p_uuid»,«org_uuid1»,«prov_uuid»,«pay_uuid1»,«e2_class»,«e2_code»,«e2_desc»,«e2_base»,«e2_total»,«e2_paid»,«e2_rcode»,«e2_rdesc»
«e3_id»,«e3_start»,«e3_stop»,«p_uuid»,«org_uuid2»,«prov_uuid2»,«pay_uuid1»,«e3_class»,«e3_code»,«e3_desc»,«e3_base»,«e3_total»,«e3_paid»,«e3_rcode»,«e3_rdesc»
«e4_id»,«e4_start»,«e4_stop»,«p_uuid»,«org_uuid1»,«prov_uuid»,«pay_uuid2»,«e4_class»,«e4_code»,«e4_desc»,«e4_base»,«e4_total»,«e4_paid»,,
«e5_id»,«e5_start»,«e5_stop»,«p_uuid»,«org_uuid1»,«prov_uuid»,«pay_uuid2»,«e5_class»,«e5_code»,«e5_desc»,«e5_base»,«e5_total»,«e5_paid»,«e5_rcode»,«e5_rdesc»
$ grep «p_uuid» output/csv/conditions.csv
«e2_date»,«e4_date»,«p_uuid»,«e2_id»,«c1_code»,«c1_desc»
«e3_date»,,«p_uuid»,«e3_id»,«c2_code»,«c2_desc»
«e5_date»,,«p_uuid»,«e5_id»,«c3_code»,«c3_desc»
$ grep -h -e «prov_uuid» -e «prov_uuid2» output/csv/providers.csv
«prov_uuid»,«org_uuid1»,«d_n»,«d_sex»,«d_spec»,«org_addr1»,«org_town1»,«st»,«org_zip1»,«org_lat»,«org_lon»,1128,0
«prov_uuid2»,«org_uuid2»,«e_n»,«e_sex»,«e_spec»,«org_addr2»,«org_town2»,«st»,«org_zip2»,«org_lat»,«org_lon»,874,0
# «org_uuid1» = «org1», «org_uuid2» = «org2» (organizations.csv)
"""

CLIN_CSV = """$ for f in medications immunizations observations devices; do head -1 output/csv/$f.csv; grep «p_uuid» output/csv/$f.csv | head -4; echo; done
START,STOP,PATIENT,PAYER,ENCOUNTER,CODE,DESCRIPTION,BASE_COST,PAYER_COVERAGE,DISPENSES,TOTALCOST,REASONCODE,REASONDESCRIPTION
«e2_start»,«e4_start»,«p_uuid»,«pay_uuid1»,«e2_id»,«rx1_code»,«rx1_desc»,«rx1_cost»,0.0,«rx1_n»,«rx1_total»,«c1_code»,«c1_desc»
«e3_start»,,«p_uuid»,«pay_uuid1»,«e3_id»,«rx2_code»,«rx2_desc»,«rx2_cost»,0.0,«rx2_n»,«rx2_total»,,

DATE,PATIENT,ENCOUNTER,CODE,DESCRIPTION,BASE_COST
«e1_start»,«p_uuid»,«e1_id»,«im1_code»,«im1_csv»,136.00
«e4_start»,«p_uuid»,«e4_id»,«im2_code»,«im2_csv»,118.37

DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE
«e5_start»,«p_uuid»,«e5_id»,«ob1_cat»,«ob1_code»,«ob1_desc»,«ob1_val»,«ob1_unit»,numeric
«e5_start»,«p_uuid»,«e5_id»,«ob2_cat»,«ob2_code»,«ob2_desc»,«ob2_val»,«ob2_unit»,numeric
«e5_start»,«p_uuid»,«e5_id»,«ob3_cat»,«ob3_code»,«ob3_desc»,«ob3_val»,«ob3_unit»,numeric
«e6_start»,«p_uuid»,«e6_id»,«ob4_cat»,«ob4_code»,«ob4_desc»,«ob4_val»,«ob4_unit»,numeric

START,STOP,PATIENT,ENCOUNTER,CODE,DESCRIPTION,UDI
«e3_start»,,«p_uuid»,«e3_id»,«dev_code»,«dev_desc»,«udi»

"""

PAYER_PSQL = """synthea=> \\x off
synthea=> SELECT p.first, p.last, pt.memberid, pt.start_date, pt.end_date, py.name AS payer, pt.plan_ownership, pt.owner_name
synthea->   FROM payer_transitions pt JOIN patients p ON p.id = pt.patient JOIN payers py ON py.id = pt.payer
synthea->  WHERE pt.patient = '«p_uuid»' ORDER BY pt.start_date;
«pt_table»
synthea=> SELECT name, amount_covered, amount_uncovered, covered_encounters, unique_customers FROM payers ORDER BY amount_covered DESC LIMIT 3;
«payers_table»
synthea=> -- «p_pre_»«p_l1»'s «payer2» years line up with «c1_desc» (first seen «e2_date»)
"""

FHIR_PATIENT = """{"resourceType": "Patient", "id": "«p_uuid»",
 "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},
 "text": {"status": "generated", "div": "<div xmlns='http://www.w3.org/1999/xhtml'>Generated by <a href='https://github.com/synthetichealth/synthea'>Synthea</a>.Version identifier: «ver»-14-g5b5fd10 .   Person seed: «pseed»  Population seed: «seed»</div>"},
 "extension": [
  {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race", "extension": [{"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": "«p_racecode»", "display": "«p_Race»"}}, {"url": "text", "valueString": "«p_Race»"}]},
  {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity", "extension": [{"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": "«p_ethcode»", "display": "«p_Eth»"}}, {"url": "text", "valueString": "«p_Eth»"}]},
  {"url": "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName", "valueString": "«mm_n»"},
  {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", "valueCode": "«p_sex»"},
  {"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace", "valueAddress": {"city": "«p_btown»", "state": "«p_bstate»", "country": "US"}},
  {"url": "http://synthetichealth.github.io/synthea/disability-adjusted-life-years", "valueDecimal": 0.3412},
  {"url": "http://synthetichealth.github.io/synthea/quality-adjusted-life-years", "valueDecimal": 41.25}],
 "identifier": [
  {"system": "https://github.com/synthetichealth/synthea", "value": "«p_uuid»"},
  {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR", "display": "Medical Record Number"}], "text": "Medical Record Number"}, "system": "http://hospital.smarthealthit.org", "value": "«p_uuid»"},
  {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SS", "display": "Social Security Number"}], "text": "Social Security Number"}, "system": "http://hl7.org/fhir/sid/us-ssn", "value": "«p_ssn»"},
  {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "DL", "display": "Driver's license number"}], "text": "Driver's license number"}, "system": "urn:oid:2.16.840.1.113883.4.3.«stfips»", "value": "«p_dl»"},
  {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PPN", "display": "Passport Number"}], "text": "Passport Number"}, "system": "http://standardhealthrecord.org/fhir/StructureDefinition/passportNumber", "value": "«p_pp»"}],
 "name": [{"use": "official", "family": "«p_last»", "given": ["«p_first»"], "prefix": ["«p_pre»"]},
  {"use": "maiden", "family": "«p_maiden»", "given": ["«p_first»"], "prefix": ["«p_pre»"]}],
 "telecom": [{"system": "phone", "value": "«p_ph»", "use": "home"}],
 "gender": "«p_gender»", "birthDate": "«p_dob»",
 "address": [{"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/geolocation", "extension": [{"url": "latitude", "valueDecimal": 42.2841}, {"url": "longitude", "valueDecimal": -71.3622}]}],
   "line": ["«p_line»"], "city": "«p_city»", "state": "«p_st»", "postalCode": "«p_zip»", "country": "US"}],
 "maritalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "code": "M", "display": "«p_Marital»"}], "text": "«p_Marital»"},
 "multipleBirthBoolean": false,
 "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "en-US", "display": "English (United States)"}], "text": "English (United States)"}}]}
"""

FHIR_BUNDLE = """{"resourceType": "Bundle", "type": "transaction", "entry": [
 {"fullUrl": "urn:uuid:«e4_id»", "resource": {"resourceType": "Encounter", "id": "«e4_id»", "status": "finished",
   "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
   "type": [{"coding": [{"system": "http://snomed.info/sct", "code": "«e4_code»", "display": "«e4_desc»"}], "text": "«e4_desc»"}],
   "subject": {"reference": "urn:uuid:«p_uuid»", "display": "«p_pre» «p_n»"},
   "participant": [{"type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "PPRF", "display": "primary performer"}], "text": "primary performer"}],
     "period": {"start": "«e4_fstart»", "end": "«e4_fstop»"}, "individual": {"reference": "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|«d_npi»", "display": "Dr. «d_n»"}}],
   "period": {"start": "«e4_fstart»", "end": "«e4_fstop»"},
   "reasonCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "«c1_code»", "display": "«c1_desc»"}]}],
   "serviceProvider": {"reference": "Organization?identifier=https://github.com/synthetichealth/synthea|«org_uuid1»", "display": "«org1»"}},
  "request": {"method": "POST", "url": "Encounter"}},
 {"fullUrl": "urn:uuid:«claim»", "resource": {"resourceType": "Condition", "id": "«claim»",
   "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
   "code": {"coding": [{"system": "http://snomed.info/sct", "code": "«c1_code»", "display": "«c1_desc»"}], "text": "«c1_desc»"},
   "subject": {"reference": "urn:uuid:«p_uuid»"}, "encounter": {"reference": "urn:uuid:«e4_id»"},
   "onsetDateTime": "«e2_fstart»", "recordedDate": "«e4_fstart»"}, "request": {"method": "POST", "url": "Condition"}},
 {"fullUrl": "urn:uuid:«e5_id»", "resource": {"resourceType": "Observation", "id": "«e5_id»", "status": "final",
   "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "«ob1_cat»"}]}],
   "code": {"coding": [{"system": "http://loinc.org", "code": "«ob1_code»", "display": "«ob1_desc»"}], "text": "«ob1_desc»"},
   "subject": {"reference": "urn:uuid:«p_uuid»"}, "encounter": {"reference": "urn:uuid:«e4_id»"},
   "effectiveDateTime": "«e4_fstart»", "issued": "«e4_fstop»", "valueQuantity": {"value": 71.4, "unit": "«ob1_unit»", "system": "http://unitsofmeasure.org"}},
  "request": {"method": "POST", "url": "Observation"}},
 {"fullUrl": "urn:uuid:«prov_uuid»", "resource": {"resourceType": "Practitioner", "id": "«prov_uuid»",
   "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "«d_npi»"}], "active": true,
   "name": [{"family": "«d_last»", "given": ["«d_first»"], "prefix": ["Dr."]}],
   "telecom": [{"extension": [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-direct", "valueBoolean": true}], "system": "email", "value": "«d_em»", "use": "work"}],
   "address": [{"line": ["«org_addr1»"], "city": "«org_town1»", "state": "«st»", "postalCode": "«org_zip1»", "country": "US"}], "gender": "«d_gender»"},
  "request": {"method": "POST", "url": "Practitioner", "ifNoneExist": "identifier=http://hl7.org/fhir/sid/us-npi|«d_npi»"}},
 {"fullUrl": "urn:uuid:«org_uuid1»", "resource": {"resourceType": "Organization", "id": "«org_uuid1»", "active": true,
   "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": "prov", "display": "Healthcare Provider"}], "text": "Healthcare Provider"}],
   "name": "«org1»", "telecom": [{"system": "phone", "value": "«org_ph1»"}],
   "address": [{"line": ["«org_addr1»"], "city": "«org_town1»", "state": "«st»", "postalCode": "«org_zip1»", "country": "US"}]},
  "request": {"method": "POST", "url": "Organization"}}]}
"""

CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5" extension="«claim»"/>
  <code code="34133-9" displayName="Summarization of episode note" codeSystem="2.16.840.1.113883.6.1"/>
  <title>C-CDA R2.1 Patient Record: «p_n»</title>
  <effectiveTime value="«ref_c»"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5" extension="«p_uuid»" assigningAuthorityName="https://github.com/synthetichealth/synthea"/>
      <addr use="HP">
        <streetAddressLine>«p_line»</streetAddressLine>
        <city>«p_city»</city>
        <state>«p_st»</state>
        <postalCode>«p_zip»</postalCode>
      </addr>
      <telecom use="HP" value="tel:«p_ph»"/>
      <patient>
        <name><prefix>«p_pre»</prefix><given>«p_first»</given><family>«p_last»</family></name>
        <administrativeGenderCode code="«p_sex»" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="«p_dobc»"/>
        <raceCode code="«p_racecode»" displayName="«p_Race»" codeSystem="2.16.840.1.113883.6.238"/>
        <ethnicGroupCode code="«p_ethcode»" displayName="«p_Eth»" codeSystem="2.16.840.1.113883.6.238"/>
        <languageCommunication><languageCode code="en-US"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="«ref_c»"/><assignedAuthor><id nullFlavor="NA"/><assignedAuthoringDevice><softwareName>Synthea «ver»</softwareName></assignedAuthoringDevice></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id nullFlavor="NA"/><name>«org1»</name></representedCustodianOrganization></assignedCustodian></custodian>
  <documentationOf><serviceEvent classCode="PCPR"><performer typeCode="PRF"><assignedEntity><id root="2.16.840.1.113883.4.6" extension="«d_npi»"/>
    <assignedPerson><name><prefix>Dr.</prefix><given>«d_first»</given><family>«d_last»</family></name></assignedPerson></assignedEntity></performer></serviceEvent></documentationOf>
  <component><structuredBody>
    <component><section><title>‹Encounters›</title><text><table border="1" width="100%">
      <thead><tr><th>Start</th><th>Stop</th><th>Description</th><th>Code</th></tr></thead>
      <tbody>
        <tr><td>«e3_start»</td><td>«e3_stop»</td><td>«e3_desc»</td><td>«e3_code»</td></tr>
        <tr><td>«e5_start»</td><td>«e5_stop»</td><td>«e5_desc»</td><td>«e5_code»</td></tr>
      </tbody></table></text></section></component>
    <component><section><title>‹Problems›</title><text><table border="1" width="100%">
      <thead><tr><th>Start</th><th>Stop</th><th>Description</th><th>Code</th></tr></thead>
      <tbody>
        <tr><td>«e3_date»</td><td></td><td>«c2_desc»</td><td>«c2_code»</td></tr>
        <tr><td>«e5_date»</td><td></td><td>«c3_desc»</td><td>«c3_code»</td></tr>
      </tbody></table></text></section></component>
    <component><section><title>‹Medications›</title><text><table border="1" width="100%">
      <tbody><tr><td>«e5_start»</td><td></td><td>«rx1_desc»</td><td>«rx1_code»</td></tr></tbody></table></text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""

NOTE_DIGITS = """<!-- generated with «model» from Synthea record «p_uuid» (output/fhir) -->
## Progress Note

**Patient:** «p_n» («p_pre»)   **DOB:** «p_dobus»   **Sex:** «p_sex»
**MRN:** «p_uuid»
**Address:** «p_line», «p_city», «p_st» «p_zip» («p_county»)
**Phone:** «p_phx»
**PCP:** Dr. «d_n», «org1»
**Date of service:** «e6_long»

### Subjective
«p_first» is a «p_yr» «p_Race», «p_Eth» «p_woman» presenting for «e6_desc». Since the last visit on «e5_us» with Dr. «e_last»,
«p_she» reports adherence to «rx1_desc». History is notable for «c1_desc» (onset «e2_us») and «c2_desc».
«p_Her» spouse, «s_n», attended and can be reached at «s_ph».

### Objective
«ob1_desc»: «ob1_val» «ob1_unit»; «ob2_desc»: «ob2_val» «ob2_unit»; «ob3_desc»: «ob3_val» «ob3_unit».

### Assessment and Plan
1. «c1_desc» -- continue «rx1_desc»; recheck «ob3_desc» in 3 months.
2. «c3_desc» -- discussed; «im1_desc» given today.
Follow-up with Dr. «d_last» in 12 weeks. Coverage: «payer1».

*Electronically signed by Dr. «d_n» on «e6_us».*
"""

DISCHARGE_PLAIN = """DISCHARGE SUMMARY  (synthetic record -- «model» output; Synthea's numeric name suffixes removed)

Patient: «p_pre_»«p_N»          MRN: «p_uuid»
DOB: «p_doblong»          Age: «p_age»          Sex: «p_sex»
Home: «p_line», «p_city», «p_st» «p_zip»
Admitted: «adm_long»          Discharged: «dis_long»
Attending: Dr. «d_N»          Consultant: Dr. «e_N» («e_spec»)
Facility: «Org1»

HOSPITAL COURSE
«p_pre_»«p_F» is a «p_yr» «p_woman» with «c1_desc» and «c2_desc» who was admitted through the emergency
department on «adm_us» for «e5_rdesc». «p_She_cap» was treated with «rx1_desc» and «rx2_desc». Repeat «ob1_desc» on
«dis_us» was «ob1_val» «ob1_unit». Dr. «e_F» recommended outpatient follow-up.

DISPOSITION
Discharged home with «p_her» «v_child», «v_N» (phone «v_phx»), who lives nearby in «x_city». Home health referral sent.
Primary insurance: «payer1»; secondary: «payer2».

FOLLOW-UP
Dr. «d_F», «Org2», within 7 days. Please bring this summary and the medication list.
Case management: «b_N», RN.  Dictated by «c_N», PA-C, for Dr. «d_F».
"""

SQL_INSERTS = """-- load_synthea.sql  (generated by csv2sql from output/csv, Synthea «ver», population «pop»)
BEGIN;
INSERT INTO synthea.patients (id, birthdate, deathdate, ssn, drivers, passport, prefix, first, last, maiden, marital, race, ethnicity, gender, address, city, state, county, fips, zip, lat, lon, healthcare_expenses, healthcare_coverage) VALUES
  ('«p_uuid»', '«p_dob»', NULL, '«p_ssn»', '«p_dl»', '«p_pp»', '«p_pre»', '«p_f1»', '«p_l1»', '«p_maiden»', '«p_marital»', '«p_race»', '«p_eth»', '«p_sex»', '«p_line»', '«p_city»', '«p_state»', '«p_county»', «p_fips», '«p_zip»', «p_lat», «p_lon», «p_exp», «p_cov»),
  ('«x_uuid»', '«x_dob»', '«x_dod»', '«x_ssn»', '«x_dl»', '«x_pp»', '«x_pre»', '«x_f1»', '«x_l1»', '«x_maiden»', '«x_marital»', '«x_race»', '«x_eth»', '«x_sex»', '«x_line»', '«x_city»', '«x_state»', '«x_county»', «x_fips», '«x_zip»', «x_lat», «x_lon», «x_exp», «x_cov»);
INSERT INTO synthea.encounters (id, start, stop, patient, organization, provider, encounterclass, code, description, total_claim_cost) VALUES
  ('«e1_id»', '«e1_start»', '«e1_stop»', '«p_uuid»', '«org_uuid1»', '«prov_uuid»', '«e1_class»', «e1_code», '«e1_desc»', «e1_total»),
  ('«e2_id»', '«e2_start»', '«e2_stop»', '«p_uuid»', '«org_uuid1»', '«prov_uuid»', '«e2_class»', «e2_code», '«e2_desc»', «e2_total»);
INSERT INTO synthea.conditions (start, stop, patient, encounter, code, description) VALUES
  ('«e2_date»', NULL, '«p_uuid»', '«e2_id»', «c1_code», '«c1_desc»');
INSERT INTO synthea.providers (id, organization, name, gender, speciality) VALUES
  ('«prov_uuid»', '«org_uuid1»', '«d_nm»', '«d_sex»', '«d_spec»');
COMMIT;
-- psql:load_synthea.sql:14: INSERT 0 2
"""

PANDAS_NB = """In [1]: import pandas as pd
   ...: df = pd.read_csv("output/csv/patients.csv")
«strip»
In [2]: df[["FIRST", "LAST", "BIRTHDATE", "CITY", "COUNTY", "FIPS", "ZIP", "LAT", "LON"]].head(4)
Out[2]:
«df_head»
In [3]: df.loc[df.DEATHDATE.notna(), ["FIRST", "LAST", "DEATHDATE", "HEALTHCARE_EXPENSES"]].head(1)
Out[3]:
«df_dead»
In [4]: df.assign(AGE=lambda d: (pd.Timestamp("today") - pd.to_datetime(d.BIRTHDATE)).dt.days // 365)[["RACE", "ETHNICITY", "AGE"]].head(4)
Out[4]:
«df_race»
In [5]: df.STATE.unique()
Out[5]: array(['«state»'], dtype=object)
"""

SLACK = """#data-eng-synthea
«a_N»  9:41 AM
nightly load of the «state» synthea drop failed again :red_circle: `stg_patients` unique test on (first, last, birthdate)
«a_N»  9:42 AM
culprit is «p_nm» (id `«p_uuid»`, born «p_dob») -- same person twice because the dedupe strips digits before comparing
«b_N»  9:45 AM
that's not a dupe though, the row it matched is «x_nm» from «x_city», different SSN («x_ssn» vs «p_ssn»)
«b_N»  9:46 AM
also the address line `«p_line»` carries the unit in the same column, our geocoder chokes on those. LAT/LON in the file is «p_lat», «p_lon» anyway
«c_N»  9:52 AM
fwiw «p_F»'s deathdate is empty but there's an encounter on «e6_date» with Dr. «d_nm» after «e5_date» -- looks fine
«a_N»  9:58 AM
ok. I'll key on Id instead. ping me («a_wem») if the «payer1» feed breaks again. county is «p_county» btw, FIPS «p_fips»
«b_N»  10:03 AM
:+1: reran with «ver», «pop» patients loaded, ‹dbt build› green. «c1_desc» counts match the ‹synthea_qa› dashboard
"""

CONSOLE = """$ ./run_synthea -p «pop» -s «seed» «state»
Scanned 71 modules and 144 submodules.
Running with options:
Population: «pop»
Seed: «seed»
Provider Seed:«seed»
Reference Time: «seed»
Location: «state»
Min Age: 0
Max Age: 140
«run_lines»...
{alive=«pop», dead=8}
Records: total=«total», alive=«pop», dead=8
$ ls output/fhir | head -4
«fhir_files»"""

PYTEST = """# tests/fixtures/test_synthea_loader.py
import pytest

from loader.clean import ‹strip_synthea_digits›, ‹load_patients›
from loader.schema import ‹SYNTHEA_PATIENT_COLUMNS›

PATIENT_ROW = {
    "Id": "«p_uuid»",
    "BIRTHDATE": "«p_dob»",
    "SSN": "«p_ssn»",
    "DRIVERS": "«p_dl»",
    "FIRST": "«p_first»",
    "LAST": "«p_last»",
    "ADDRESS": "«p_line»",
    "CITY": "«p_city»",
    "STATE": "«p_state»",
    "COUNTY": "«p_county»",
    "ZIP": "«p_zip»",
    "RACE": "«p_race»",
    "HEALTHCARE_EXPENSES": "«p_exp»",
    "ETHNICITY": "«p_eth»",
}


@pytest.fixture
def patients_csv(tmp_path):
    path = tmp_path / "patients.csv"
    path.write_text(
        "Id,BIRTHDATE,SSN,FIRST,LAST,CITY,STATE,ZIP\\n"
        "«x_uuid»,«x_dob»,«x_ssn»,«x_first»,«x_last»,«x_city»,«x_state»,«x_zip»\\n"
    )
    return path


def test_strip_digits():
    assert strip_synthea_digits(PATIENT_ROW["FIRST"]) == "«p_G»"
    assert strip_synthea_digits("«x_last»") == "«x_F»"


def test_load_keeps_leading_zero(patients_csv):
    df = load_patients(patients_csv)
    assert df.loc[0, "ZIP"] == "«x_zip»"
    assert df.loc[0, "FIRST"] == "«x_f1»"
"""

DQ = """$ dbt test --select stg_patients stg_encounters   (‹synthea_dbt› on «ver», target: dev)
12:04:51  Running with ‹dbt=1.8.2›
12:04:53  Found 14 models, 38 data tests, 9 sources, 0 exposures
12:05:10  1 of 4 FAIL 2 ‹not_null_stg_patients_county› .................................. [FAIL 2 in 0.31s]
12:05:10  2 of 4 FAIL 1 assert_deathdate_after_birthdate ............................... [FAIL 1 in 0.22s]
12:05:11  3 of 4 PASS unique_stg_patients_id ............................................ [PASS in 0.19s]
12:05:11  4 of 4 WARN 1 accepted_values_stg_patients_marital ............................. [WARN 1 in 0.20s]
12:05:11  Failure in test not_null_stg_patients_county (models/staging/schema.yml)
12:05:11    Got 2 results, configured to fail if != 0
  select id, first, last, address, city, zip from stg_patients where county is null
  «p_uuid» | «p_f1» | «p_l1» | «p_line» | «p_city» | «p_zip»
  «y_uuid» | «y_f1» | «y_l1» | «y_line» | «y_city» | «y_zip»
12:05:11  Failure in test assert_deathdate_after_birthdate (tests/assert_deathdate_after_birthdate.sql)
  «x_uuid» | «x_f1» «x_l1» | birthdate «x_dob» | deathdate «x_dod»
12:05:11  Warning in test accepted_values_stg_patients_marital: got 'W ' (trailing space) for «z_nm» («z_uuid», race «z_race»), expected one of M, S, D, W
12:05:12  Done. PASS=1 WARN=1 ERROR=0 FAIL=2 SKIP=0 TOTAL=4

Great Expectations checkpoint synthea_patients: 11 of 12 expectations met
  expect_column_values_to_be_between(LAT, «lat_lo», «lat_hi»): unexpected «z_lat» (row «z_uuid», «z_county»)
  expect_column_values_to_match_regex(SSN, ^999-\\d{2}-\\d{4}$): 100% success
  HEALTHCARE_EXPENSES sample: «p_exp», «x_exp»
"""

HL7 = """MSH|^~\\&|SYNTHEA2HL7|SYNTHEA|ADT|«org1»|«e6_c»||ADT^A04^ADT_A01|MSG«msgid»|P|2.5.1
EVN|A04|«e6_c»
PID|1||«p_uuid»^^^SYNTHEA^MR~«p_ssn»^^^USSSA^SS~«p_dl»^^^«p_st»^DL||«p_l1»^«p_f1»^^^«p_pre»||«p_dobc»|«p_sex»|«p_maiden»|«p_racecode»^«p_Race»^CDCREC|«p_line»^^«p_city»^«p_st»^«p_zip»^USA^H^^«p_county»||«p_phx»^PRN^PH|||«p_marital»||||||«p_ethcode»^«p_Eth»^CDCREC
NK1|1|«s_l1»^«s_f1»|SPO^Spouse^HL70063|«p_line»^^«p_city»^«p_st»^«p_zip»|«s_phx»
PV1|1|O|^^^«org1»||||«d_npi»^«d_l1»^«d_f1»^^^Dr.|||||||||||«e6_id»|||||||||||||||||||||||||«e6_c»
DG1|1||«c1_code»^«c1_desc»^SCT||«e2_c»|F
DG1|2||«c2_code»^«c2_desc»^SCT||«e3_c»|F
IN1|1|«payer1»|«pay_uuid1»|«payer1»|||||||||||«p_l1»^«p_f1»|SEL|«p_dobc»|||||||||||||||||«mem1»
OBX|1|NM|«ob1_code»^«ob1_desc»^LN||«ob1_val»|«ob1_unit»|||||F|||«e6_c»
"""

JSONL = """{"id": "syn-«e1_id»", "instruction": "Summarize this patient's record for a referral letter.", "input": "Name: «p_n». DOB: «p_dob». Address: «p_line», «p_city», «p_st» «p_zip». Phone: «p_ph». Conditions: «c1_desc» («e2_date»), «c2_desc» («e3_date»). Medications: «rx1_desc».", "output": "«p_pre_»«p_N» is a «p_yr» «p_woman» from «p_city» with «c1_desc» diagnosed on «e2_long» and «c2_desc». «p_She_cap» takes «rx1_desc». Please see «p_her» at your earliest convenience."}
{"id": "syn-«e2_id»", "instruction": "Extract the demographics as JSON.", "input": "«x_n», born «x_dob», SSN «x_ssn», lives at «x_line», «x_city» («x_county»). Race: «x_race»; ethnicity: «x_eth».", "output": "{'name': '«x_N»', 'birth_date': '«x_dob»', 'ssn': '«x_ssn»', 'street': '«x_line»', 'city': '«x_city»', 'county': '«x_county»', 'race': '«x_race»'}"}
{"id": "syn-«e3_id»", "instruction": "Write the encounter reason in plain English.", "input": "Encounter «e4_id» on «e4_start» with Dr. «d_n»: «e4_desc», reason «e4_rdesc».", "output": "On «e4_long», Dr. «d_N» saw «p_N» for «e4_desc» because of «e4_rdesc». Coverage: «payer3»."}
"""

COHORT = """### Cohort preview -- «c1_desc» (Synthea «pop»-patient «state» sample, «ver»)

Source: `output/csv/patients.csv` joined to `conditions.csv` on Id; index date = first «c1_code» condition.
«strip_note»

«cohort»
Notes: «p_nm»'s address («p_line», «p_city») geocodes outside the county polygon; kept, flagged.
«x_nm» and «z_nm» are the two patients aged 90 or older in the preview. «y_nm» has no «payer1» history before the index date. Reviewer: «a_N» («a_wem»), «ref_long».
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("syn45_patients_csv", ["Massachusetts", "Ohio"], "text", PATIENTS_CSV),
    ("syn45_encounters_conditions_csv", ["Massachusetts", "Tennessee"], "text", ENC_COND),
    ("syn45_clinical_csv_heads", ["Oregon", "Massachusetts"], "text", CLIN_CSV),
    ("syn45_payer_transitions_psql", ["Georgia", "Massachusetts"], "text", PAYER_PSQL),
    ("syn45_fhir_patient_json", ["Massachusetts", "Wisconsin"], "json", FHIR_PATIENT),
    ("syn45_fhir_encounter_bundle_json", ["Massachusetts", "New Mexico"], "json", FHIR_BUNDLE),
    ("syn45_ccda_xml", ["Ohio", "Massachusetts"], "text", CCDA),
    ("syn45_llm_progress_note_digits", ["Massachusetts", "Georgia"], "text", NOTE_DIGITS),
    ("syn45_llm_discharge_summary_plain", ["Tennessee", "Massachusetts"], "text", DISCHARGE_PLAIN),
    ("syn45_sql_inserts", ["Massachusetts", "Wisconsin"], "text", SQL_INSERTS),
    ("syn45_pandas_notebook", ["Massachusetts", "Oregon"], "text", PANDAS_NB),
    ("syn45_slack_thread", ["Massachusetts", "Ohio"], "text", SLACK),
    ("syn45_run_synthea_console", ["Massachusetts", "New Mexico"], "text", CONSOLE),
    ("syn45_pytest_fixture", ["Massachusetts", "Georgia"], "text", PYTEST),
    ("syn45_dq_report", ["Massachusetts", "Tennessee"], "text", DQ),
    ("syn45_hl7v2_adt", ["Massachusetts", "Wisconsin"], "text", HL7),
    ("syn45_instruction_jsonl", ["Massachusetts", "Oregon"], "ndjson", JSONL),
    ("syn45_cohort_markdown", ["Massachusetts", "Georgia"], "text", COHORT),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    plain = PLAIN.get(kind, (False, False))[index % 2]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe45:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind, plain)
        slots.update(computed(kind, index, slots, rng))
        slots["strip"] = (
            (
                '   ...: for col in ("FIRST", "LAST", "MAIDEN"):\n'
                '   ...:     df[col] = df[col].str.replace(r"\\d+$", "", regex=True)  # Synthea suffixes\n'
            )
            if index == 1
            else ""
        )
        slots["strip_note"] = (
            "Names shown with Synthea's numeric suffixes removed."
            if plain
            else "Names as Synthea wrote them."
        )
        slots["p_She_cap"] = str(slots["p_she"]).capitalize()
        content, phi, keep, spans = render(template, slots, fmt)
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
