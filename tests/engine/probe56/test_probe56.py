"""Regression guard for the fifty-sixth generalisation probe: specialty outpatient and allied-health text from
the United Kingdom, Ireland, Canada, Australia, New Zealand and the United States with synthetic PHI planted
in it. Kinds: dental chart and treatment plan (UK FDI / Palmer notation, NHS band, FP17; US Universal
numbering, CDT codes, NPI), orthodontic progress note (Australia, Canada; a child patient), optometry
sight-test record (UK GOS, Ireland PRSI), ophthalmology glaucoma clinic letter (New Zealand, Australia;
patients aged 90+), spectacle lab order (Canada, US), audiology assessment report (Ireland, Australia),
hearing-aid fitting record with device serials (UK, New Zealand ACC; patients aged 90+), podiatry foot review
(UK, Ireland; patients aged 90+), chiropractic SOAP note (US auto / PIP claim, Canada MVA), physiotherapy
injury assessment (New Zealand ACC, Australian CTP; plates), speech and language therapy report on a child
(UK, Canada), dietitian consult (Australia with CGM serial, US with pump serial), dermatology photo log
(image IDs, file names carrying the MRN and date), appointment-reminder SMS log (Australia, Ireland), recall
letter (Ireland, New Zealand), practice-management CSV export (Canada, UK), booking-platform JSON payload
(US, New Zealand) and allied-health claim / invoice (Australia HICAPS, Canadian extended health): rates may
only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe56.run_probe --seed N --brief`, seed 1 also with `--json` and
`--dump`; engine at commit a12bbb5, `git status --short src/phigate/engine` empty before and after: no
uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     5.87% (48/818)     6.36% (52/818)     6.59% (22/334)
    2     5.12% (42/820)     5.49% (45/820)     6.29% (21/334)
    3     4.80% (39/812)     5.54% (45/812)     5.69% (19/334)

Seed 1 by type (leaked / values): ADDRESS 13/102, LICENSE 13/55, NAME 11/246, MRN 6/30, AGE 2/6, VEHICLE
2/7, ZIP 1/36; none in DATE (153), PHONE (61), ID (49), HEALTH_PLAN (27), EMAIL (17), DEVICE (9), URL (8),
ACCOUNT (7), SSN (3), IP (2). Seed 2: LICENSE 13, NAME 10, ADDRESS 9, MRN 5, AGE 2, ID 1, ZIP 1, VEHICLE 1;
seed 3: LICENSE 13, ADDRESS 11, NAME 5, MRN 4, ID 2, VEHICLE 2, ZIP 1, AGE 1.
Worst kinds (seed 1): recall letter 10/34, ophthalmology clinic letter 5/48, orthodontic progress note 4/52,
hearing-aid fitting record 4/45; best (none leaked): audiology assessment report 0/43, podiatry review 0/40.
What leaks (seed 1):
- LICENSE 13 of 55: registration numbers after register labels the engine does not know -- Ontario colleges
  ("COO # 5429", "CCO # 8730", "COCPO # 7960" x2), US state licences ("Lic. DDS 85660", "Lic. LDN 10044"),
  professional associations ("APD 85226", "NZAS 1594"), "ODOB reg. 8621", "Dental Council reg. 5796", "DCNZ
  reg. 10434", an NZ HPI-CPN ("HPI-CPN 35ZTCD") and a JSON "practitioner_reg": "9589". GDC, GOC, GMC, HCPC,
  NMC PIN, CORU, AHPRA, MCNZ, CPSO, Quebec orders and NPIs were masked.
- ADDRESS 13: a town or suburb opening a facility name ("Lawrence Gully Medical Centre", "Wrexley Bridge
  Health Centre", "Strathmerton Gardens Family Practice", "Bellbird Rise Optometrists"); a town alone after
  a clinician's name ("Dr [NAME], Prospect Vale Heights (AHPRA ...)", "general dentist, Lac-Mistouk", "GP Dr
  [NAME], Matatā Beach informed"); an Irish recall letter's one-line-per-part address block ("80 Páirc an
  Locha" / "Cloonacurry" / "Co. Leitrim" -- the town between them was masked, as a NAME); the New Zealand
  block's last line "Ōtāne 4173" (also the ZIP leak); "Smoky Lake Crossing AB" before a Canadian postal code;
  "Fernhollow" after a named house masked as names in a CSV note ("Lives at Rose Cottage, Sheepwash Lane,
  Fernhollow" -> "Lives at [NAME] [NAME], [NAME], Fernhollow").
- NAME 11: a given name alone in an SMS ("your podiatry appt with Everard"), staff after role words or
  punctuation the engine does not read as a name context ("assistant Ailig Shearer", "(two-week check) —
  Hōri Waipouri.", the signature "Kahukura Pōtiki, Practice Coordinator", "whānau members Artair and
  Mihiroa", the second clinician of "Clinicians: [NAME] (HCPC [ID]); Kuldip Thandi (HCPC ...)"), a
  capitals "CHAFE, Barton" (the family name left), an initial with the family name ("S. Fudge" ->
  "[NAME]. Fudge", scored for "S. Fudge" and "Sidney Fudge"), and a JSON "practitioner": "Ngāpaki Mokomoko"
  (the family name left).
- MRN 6: bare practice numbers after "Patient no.:", "Client no.:", "File no.:", "File:", "UR:" (61569,
  52876, 498209, 25-2162, 38-0581) and the MRN opening a photograph's file name ("43486_[DATE]_A.tif": the
  date part was masked). AGE 2: "Age: 90" and "(90)" became "90 or older" (the kit scores the bare "90", as in
  probe44 and probe52). VEHICLE 2: "Car is SSH-264" in an SMS reply, "driver's vehicle 444-SGD" ("rego",
  "reg" and "plate" before a plate were masked).
Partial (seed 1, 4): "Baldivis Lakes" -> "[NAME] Lakes"; a RAMQ card "GREA 1903 2709" -> "GREA [ID]" (the
four letters, from the name, kept); "JOB 3676411" -> "JOB [ID]" (the lab's prefix word, labelled inside the
value); "Lic. DC 92299" -> "[ADDRESS] DC 922" (read as District of Columbia + ZIP, cut to three digits).
Seeds 2 and 3 add: "Dr Shearer" at the end of a sentence, a username "Mòrag.Macaskill" (family kept), "Fitter:
Rénald Patenaude", "Simran, CDA", "REMAKE of job 89382-L", "referral 51239-N", bare JSON values
("dispensing_optician": "Osmund Yeoman", "ref": "DSX735N").
Over-masking (seed 1, 22 of 334): Snellen acuities read as dates ("6/18" 3, "6/24": "VA R [DATE]"), the
reading addition "Add +2.00" read as a name (5: "[NAME] +2.00"), the Palmer tooth "LL5" ("[NAME]5"),
tympanometry "Type As" (2: "Type [NAME]"), frame sizes as IDs ("Clubmaster 51-21-145" -> "[ID]") and brand
words as names ("Oakley Pitchman", "Starkey Genesis", "FotoFinder Vexia", "Holloway & Finch Opticians", "Te
Taringa Audiology", "Little Acorns Day Nursery", "Special Needs Grant", "Physio FU"), and "Category 2, Hunter
Valley Day Surgery" -> "Category [ADDRESS] Day Surgery" (a number and capitalised words read as a street).
Unscored but seen: "30 min walk after dinner" -> "[ADDRESS] after dinner", "Kia ora Mairead" -> "[NAME] ora
[NAME]". Kept everywhere else: tooth numbers and surfaces ("36 MOD", "#19 DO"), CDT codes, BPE scores, most
acuities, refractions, IOPs in mmHg, cup-disc ratios, CCT, dB HL thresholds, ranges of motion in degrees,
outcome scores, BMI and HbA1c, device models, drugs and doses, ICD-10 codes, money, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is allied-health text of the six countries (NHS, CHI, PPS, Medicare, IHI, NHI,
OHIP and NPI numbers valid under their check-digit rules; registrations of every profession; device serials
and plates; ages 90+; each country's postcode shape; the specialties' measurements), and independence from
probes 1-52 (template kinds; name words, towns and streets of their people tables with the kit's check; no
name word in any string of those tables -- run before the measurement; the real Irish counties first chosen
(Galway, Clare, Kerry, Mayo, Tipperary, Wexford) were strings of earlier tables and were replaced then).
Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were
already words of the engine's code when the probe was written (found by `written_in_engine_code`, not
chosen).
"""

from __future__ import annotations

import importlib
import json
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
from tests.engine.probe56 import ids, people
from tests.engine.probe56.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe56.run_probe import crashes, run

LEAK_CEILING = 0.05  # now 3.67% (30/818); first: 5.87% (48/818)
STRICT_CEILING = 0.05  # whole + partial: now 3.91%; first 6.36% (52/818)
OVERMASK_CEILING = 0.04  # now 2.99% (10/334); first: 6.59% (22/334)
CLEAN = {"DATE", "PHONE", "ID", "HEALTH_PLAN", "EMAIL", "DEVICE", "URL", "ACCOUNT", "SSN", "IP"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 53))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {
        t for loc in people.LOCS.values() for r in loc.regions for t in r.towns + r.localities + r.counties
    }


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets} | {
        s for loc in people.LOCS.values() for r in loc.regions for s in r.streets
    }


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "URL", "IP", "DEVICE", "VEHICLE"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled identifier values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for t, v in d.phi:
            if t not in ("ID", "HEALTH_PLAN", "SSN", "LICENSE") or not re.fullmatch(value_re, v):
                continue
            if re.search(rf"(?:{label})\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_allied_health_text() -> None:
    """Every country; identifiers with valid check digits (NHS, CHI, PPS, Medicare, IHI, NHI, OHIP, NPI);
    clinicians' registrations; device serials and plates; ages 90+; each country's postcode shape; the
    clinical measurements of each specialty."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    checks = {
        "NHS No.": (r"\d{3} ?\d{3} ?\d{4}", ids.nhs_ok),
        "CHI": (r"\d{6} ?\d{4}", ids.chi_ok),
        "PPSN|PPS number|PPSN is": (r"\d{7}[A-W][AB]?", ids.ppsn_ok),
        "Medicare": (r"\d{4} ?\d{5} ?\d", ids.medicare_au_ok),
        "IHI": (r"8003 ?6\d{3} ?\d{4} ?\d{4}", ids.luhn_ok),
        'NHI|nhi"': (r"[A-HJ-NP-Z]{3}\d{4}", ids.nhi_ok),
        'NPI|npi"': (r"\d{10}", ids.npi_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    ohip = [
        v
        for d in docs
        for t, v in d.phi
        if t == "HEALTH_PLAN" and re.fullmatch(r"\d{4}[- ]?\d{3}[- ]?\d{3}[- ]?[A-Z]{2}", v)
    ]
    assert ohip and all(ids.luhn_ok(re.sub(r"\D", "", v)) for v in ohip)
    values = [(t, v) for d in docs for t, v in d.phi]
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    assert sum(t == "DEVICE" for t, v in values) >= 20 and sum(t == "VEHICLE" for t, v in values) >= 12
    assert sum(t == "LICENSE" for t, v in values) >= 120
    zips = [v for t, v in values if t == "ZIP"]
    shapes = {
        "GB": r"[A-Z]{2}\d{1,2} \d[A-Z]{2}",
        "IE": r"[A-Z]\d{2} [A-Z0-9]{4}",
        "CA": r"[A-Z]\d[A-Z] \d[A-Z]\d",
        "AU/NZ": r"\d{4}",
        "US": r"\d{5}",
    }
    for country, shape in shapes.items():
        assert sum(bool(re.fullmatch(shape, z)) for z in zips) >= 5, country
    names = [v for t, v in values if t == "NAME"]
    assert sum(bool(re.fullmatch(r"[A-ZÁÉÍÓÚ]\. \S.*", v)) for v in names) >= 20  # "S. Gillies"
    assert sum("'" in v for v in names) >= 10 and sum(any(c in v for c in "āēīōūáéíóúŷ") for v in names) >= 60
    text = "\n".join(d.content for d in docs)
    marks = (
        "mmHg",
        "dB HL",
        "°",
        "D2740",
        "FP17",
        "NAL-NL2",
        "HbA1c",
        "ABPI",
        "ACC claim",
        "HICAPS",
        "GOS",
        "PRSI",
        "FRANZCO",
    )
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-52, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"daire", "tui"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
