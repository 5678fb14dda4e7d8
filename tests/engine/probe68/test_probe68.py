"""Regression guard for the sixty-eighth generalisation probe: occupational health, workers' compensation,
school health and public-service medicals from the United States, Canada, the United Kingdom, Ireland and
Australia with synthetic PHI planted in it. Kinds: employer's first report of injury (US EDI IA-1; a Canadian
board's Form 7), workers' compensation claim file notes (US adjuster diary; Australian WorkCover),
return-to-work functional abilities form / plan (Canada, Australia), occupational-health management referral
with the OH reply (UK, Ireland; a parent aged 90+), commercial driver medical (US MCSA-5875; Canadian NSC),
aviation medical (FAA 8500-8; UK CAA Class 1), seafarer medical (UK ENG1; US CG-719K), drug-testing custody
form (US Federal CCF; Australian AS/NZS 4308), MRO verified-result report (US; Canadian cross-border carrier),
audiometric surveillance log with an STS letter (US OSHA; UK HSE categories), silica / flour-dust spirometry
surveillance (Australia, UK), sharps / BBFE exposure report (US OSHA; Irish HSE; a source patient aged 90+),
school nurse visit log (US, Canada), immunisation medical exemption (US letter; Australian IM011), sports
pre-participation screen (US PPE; Irish GAA cardiac screening), summer-camp health form (US, Canada),
firefighter / police recruit medical (US NFPA 1582; UK police) and injury register (US OSHA 300 / 301; Irish
HSA IR1; a care-home resident aged 90+): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe68.run_probe --seed N --brief`, with --json / --dump for the detail;
engine at commit b94fc45, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     3.02% (25/827)     3.63% (30/827)    10.81% (40/370)
    2     3.02% (25/827)     3.39% (28/827)    10.96% (41/374)
    3     3.51% (29/827)     3.75% (31/827)    10.51% (39/371)

Seed 1 by type (leaked / values): NAME 11/254, ID 6/68, LICENSE 5/49, DATE 1/180, ADDRESS 1/61, AGE 1/6; none
in PHONE (108), EMAIL (38), ZIP (29), HEALTH_PLAN (9), DEVICE (7), MRN (5), SSN (4), VEHICLE (3), ACCOUNT (2),
IP (2), URL (2). Seed 2: NAME 9, LICENSE 6, ID 5, DATE 2, ADDRESS 2, AGE 1; seed 3: NAME 16, LICENSE 5, ID 4,
DATE 3, ADDRESS 1.
Worst kinds (seed 1): aviation medical 4/39, MRO report 3/45, school nurse log 3/48; best (none leaked):
return-to-work forms 0/42, commercial driver medical 0/42, immunisation exemption 0/41, sports screen 0/38,
camp health form 0/46.
What leaks (seed 1):
- NAME 11 of 254: names in capitals after form labels ("Donor: THORARINN GUDMUNDSON" in the Canadian MRO
  report -- the US report's "Donor:" capitals were masked --, "Applicant's signature (electronic): CLEBERT
  SOILEAU" in MedXPress, whose "2. Name:" field was masked), names after labels the engine does not know
  ("Supervisor review: Vestal Walkingstick", "Manager informed of fitness outcome only: Osla Omand",
  "Next-of-kin on file: Chenai Chinembiri" -- scored twice, with the "CHINEMBIRI" of the form's surname
  field), the second witness after a semicolon ("...; Naboth Okanee, tel."), school-log rows ("GEEDI, Bile" in
  a US log -- a Somali given name that is also an English word; "Ernso Destiné" and his parent "Altagrâce
  Destiné" in the first row of a Canadian log) and a family name ending in an accented letter ("[NAME]
  Destiné" after a masked given name; in seeds 2 and 3 six more leaks are "Destiné").
- ID 6: identifiers after labels the engine does not know ("Candidate no. 674377", "collector ID C72490",
  "Report 43955672", "Employer ref: HR-88591", "NIMS ref: EXP-779040") and a payroll number in a table column
  ("[NAME]     83835   1999    Warehouse operative").
- LICENSE 5: registrations after unknown labels ("CAOHC certification C-48617", "MROCC certification 94491",
  "MROCC 61434", "AME approval UK.AME.1268", "MCA approved doctor no. AD1521"); NPI, GMC, NMC, IMC, NMBI,
  AHPRA, provincial college, state-licence and driving-licence numbers were masked (several NPIs as [PHONE]).
- DATE 1: a month/day date in an OSHA 300 table ("Dietary aide       10/4"; the other rows' "2/3"-style dates
  were masked; seeds 2 and 3 leak five more). ADDRESS 1: a town alone after "at home in" ("Lisselton Cross").
  AGE 1: "who is 90 or older" for a parent aged exactly 90 (the kit scores the bare "90", as in probes 44, 52
  and 64).
Partial (seed 1, 5): "Turkey" of the town "Turkey Lick Hollow", "Ros an" of the Irish townland "Ros an Mhíl
Thoir", "Bay Landing" of "Fisher Bay Landing" (only "Fisher" masked, as a NAME), the licence prefix "UK.FCL."
and "BSB 025-286 account" of an Australian bank account (the labels hold the whole written value: the BSB
branch code and the word "account" are inside it, only the account number was masked).
Over-masking (seed 1, 40 of 370): employer names after "Employer:" and in headings (15: "Employer: [NAME]:
main site" swallowing the next label, "Employer: [NAME] pilot time" for "Bluegrass Regional Airlines
Total", "[ADDRESS] Aged Care", "[ADDRESS] Bay [NAME] & [NAME]" for "Corio Bay Stone & Benchtops", "[ADDRESS]
Fire Rescue", "[ADDRESS] Police"), clinics (6: "Clinique de médecine du travail [NAME]", "[NAME] [NAME] [NAME]
Health" for "Lumber River Occupational Health", "Illawarra WorkHealth" as a NAME), schools, camps and
childcare centres (4: "Cold [NAME] Area Public School", "Camp Gaudet" as an ADDRESS, "[NAME] & Childcare"),
regulations and form numbers (3: "29 CFR 1910.95" -> "1910.95", "OSHA 29 CFR 1910.1030" -> "OSHA 1910",
"MCSA-5875" -> [ID]), audiogram thresholds read as dates (6: "5/25/30" -> "1930", "10/15/15" -> "2015"), test
names and values (6: "HIV Ag/Ab" -> "HIV Ag/[NAME]", "HCV Ab", "13.5 METs, Bruce protocol" -> "13.5 [NAME]
protocol", "≤ 20 dB at 500–2000 Hz" -> "[ID] Hz"). Seeds 2 and 3 add the same classes ("CLG Naomh Anna",
"Meningococcal ACWY", a job title "Baker", a grade "6th"). Kept everywhere else: job titles, body parts,
injury types and mechanisms, ICD-10 codes, restrictions, drug panels, analytes and cut-offs, spirometry and
most audiometric values, ILO classifications, vaccines, drugs and doses, hospitals, laboratories, languages,
grades, sports, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is occupational and school health text from every country (NPI, SIN, NHS, PPS and
Australian Medicare numbers valid under their check-digit rules; UK driving licences built from the holder's
name and date of birth; Irish Ó / Ní names with lenition and Macedonian / Lithuanian feminine family names;
ages 90+; the trade's keep values), and independence from probes 1-64 (template kinds; name words, towns and
streets of their people tables with the kit's check; no name word in any string of those tables -- run before
the measurement). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words
that were already words of the engine's code when the probe was written (found by `written_in_engine_code`,
not chosen).
"""

from __future__ import annotations

import importlib
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe68 import ids, people
from tests.engine.probe68.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe68.run_probe import crashes, run

LEAK_CEILING = 0.04  # now 2.30% (19/827); first: 3.02% (25/827)
STRICT_CEILING = 0.04  # whole + partial: now 2.90%; first 3.63% (30/827)
OVERMASK_CEILING = 0.12  # now 10.27% (38/370); first: 10.81% (40/370)
CLEAN = {"PHONE", "EMAIL", "ZIP", "HEALTH_PLAN", "DEVICE", "MRN", "SSN", "VEHICLE", "ACCOUNT", "IP", "URL"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 65))]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.FEMININE.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict):
                out |= name_words(strings_in(value))
    return out


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_occupational_and_school_health_text() -> None:
    """Every country; identifiers with valid check digits (NPI, SIN, NHS, PPS, Australian Medicare); UK
    driving licences built from the holder's name and date of birth; Irish names with Ó / Ní and lenition,
    Macedonian and Lithuanian feminine family names; ages 90+; the trade's keep values (regulations, panels,
    cut-offs, audiometric and spirometric values, ICD-10 codes, school grades, sports)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "NPI": (r"\d{10}", ids.npi_ok),
        "Social Insurance Number": (r"[\d ]{11}", ids.sin_ok),
        "NHS number": (r"[\d -]{10,12}", ids.nhs_ok),
        "PPS no.": (r"\d{7}[A-W]{1,2}", ids.ppsn_ok),
        "Medicare": (r"[\d ]{10,13}", ids.medicare_au_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, re.escape(label), pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    names = [v for t, v in values if t == "NAME"]
    assert sum(bool(re.search(r"(^| )(Ó|Ní) [A-ZÁÉÍÓÚ]", v)) for v in names) >= 15
    assert sum(v.split()[-1] in people.FEMININE.values() for v in names) >= 15
    dvla = r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}"
    assert sum(t == "LICENSE" and bool(re.fullmatch(dvla, v)) for t, v in values) >= 3
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    keeps = {k for d in docs for k in d.keep}
    assert {"49 CFR Part 40", "29 CFR 1910.95", "AS/NZS 4308:2008", "1/0 q/q", "OSHA 300"} <= keeps
    assert sum(bool(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{1,2}", k)) for k in keeps) >= 20  # audiogram rows
    assert sum(bool(re.fullmatch(r"[SGT]\d\d\.\d+[A-Z]?", k)) for k in keeps) >= 4  # ICD-10
    text = "\n".join(d.content for d in docs)
    marks = ("MCSA-5875", "FAA Form 8500-8", "ENG1", "CG-719K", "IM011", "NFPA 1582", "IR1", "FORM 300")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-64, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=650,
        min_keep=300,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"canavan", "dura", "oma"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
