"""Regression guard for the fifty-fourth generalisation probe: public-health surveillance text -- what US
county and district health departments, Canadian public health units, UK health protection teams, Australian
public health units and New Zealand's public health service write while investigating notifiable diseases --
with synthetic PHI planted in it. Kinds: communicable-disease case investigation form (NEDSS id, SSN,
Medicaid), measles contact-tracing line list (CSV; Canada with RAMQ / provincial health cards, New Zealand
with NHIs), foodborne outbreak line list (US, UK; a private party at a named home, a caterer that is a public
venue), HL7 v2.5.1 ORU^R01 electronic lab report (US with NPI / SSN / county FIPS, Canada with health card
and CPSO numbers), ELR batch as CSV (Australia with Medicare and provider numbers, US), immunisation register
history (AIR, NZ NIR), immunisation reminder / recall letter (US IIS, England CHIS), TB directly-observed-
therapy log (a client aged 90+, a video-DOT device id), STI partner-notification field notes (US DIS field
record, Australia; app handles, a licence plate), school / daycare illness absence report (US, Canada),
death-certificate amendment (US affidavit, England / Wales CON 1; a decedent aged 90+), birth-registration
amendment (Canada, New Zealand; a hyphenated new surname), syndromic chief-complaint feed (NDJSON, ESSENCE
style; ages 90+), household environmental-health inspection (UK lead, Australia Legionella), UKHSA HPZone
case log, measles exposure-site investigation (public venues keep, a private party and a car plate PHI, an
online questionnaire's IP and link), lab-to-epidemiologist e-mail thread (Canada, US), surveillance-system
case export (JSON; US, Canada): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe54.run_probe --seed N --brief`, seed 1 also with --json and
--dump; engine at commit 0f970d5, `git status --short src/phigate/engine` empty before and after: no
uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     3.67% (46/1252)    3.99% (50/1252)    11.66% (47/403)
    2     3.99% (50/1254)    4.39% (55/1254)    13.18% (53/402)
    3     4.22% (53/1256)    4.62% (58/1256)    12.66% (51/403)

Seed 1 by type (leaked / values): ADDRESS 20/173, NAME 16/363, DATE 6/262, ID 2/130, LICENSE 2/18; none in
PHONE (132), ZIP (71), EMAIL (32), MRN (23), HEALTH_PLAN (20), AGE (7), SSN (6), URL (3), USERNAME (3),
VEHICLE (3), ACCOUNT (2), DEVICE (2), IP (2). Seed 2: NAME 24, ADDRESS 16, DATE 5, ID 2, LICENSE 2, USERNAME
1; seed 3: NAME 26, ADDRESS 13, DATE 7, ID 2, LICENSE 2, USERNAME 2, AGE 1.
Worst kinds (seed 1): school / daycare absence report 10/74, death-certificate amendment 6/52, HL7 ORU 5/62,
measles exposure sites 4/65, foodborne line list 4/108; none leaked in the immunisation register history
(0/48), TB DOT log (0/62), syndromic NDJSON feed (0/84) and JSON case export (0/65). Seeds 2 and 3 add the
birth-registration amendment (9/50, 10/50).
What leaks (seed 1):
- ADDRESS 20: towns written next to a public venue or facility rather than in an address -- "Ate at Cajun
  Kettle Seafood in Sumac Crossroads", "linked to food from Spice Garden Tandoori (Auchterlaw)", "marae
  wharekai (Matagouri Valley)", "Northern Store in Alderbrook Station", "Aquatic Centre, Ōtūroa Valley",
  "Chemist Warehouse, Wallaroo Creek", "Regional Hospital, Kiwifruit Flats", "Community Hospital (inpatient),
  Pecan Hollow" (9); UK localities and towns that follow a masked street line -- the lines of a letter's
  address block ("[ADDRESS]⏎Riverside Court⏎Oldcastle Brow⏎[ADDRESS]"), "[ADDRESS], Lower Fold, Cwmderwen",
  "[ADDRESS], Hollin Bank", "[ADDRESS], Saltmarsh End [ADDRESS]" (6); "Sub-district: Llanfair Tegwen"; the
  Australian street abbreviation "Cl" ("88 Currawong Cl", "92 Currawong Cl"); the county FIPS code in HL7
  PID-11.9 ("^USA^H^^26075").
- NAME 16: public-health staff after role words the engine does not read as labels ("Lead investigator:
  Shonagh Kinnaird", "Lab liaison: Najma Siddique", "epidemiologist Sequoia Gorski", "Interviewer: Saviour
  Andreadis", "Staff ill: Raven Whitecalf (teacher, 2B)"); the given name after a masked family name in a
  "Family, Given" table column ("[NAME], Oolipika", "[NAME], Elisapee", "[NAME], Jaspreet"); a quoted
  "LAST, FIRST" CSV cell ("ELMI, IFRAH"); an e-mail sign-off ("— Shilah"); enumerated partners ("PARTNER 3 —
  Mahesh Chudasama", "2. Tarani — casual", "Friend Sholto Cockburn of [ADDRESS]"); capitals of a surname
  next to a masked name ("surname from FAYANT to [NAME]", "Name and surname: [NAME] BANNISTER").
- DATE 6: day / month dates without a year in the onset and returned columns of the school report ("9/4",
  "9/10", "2/5", "7/5", "3/6"; US and Canadian order alike). ID 2: HL7 MSH-10 message control ids. LICENSE
  2: CPSO numbers in the XCN of a Canadian ORC-12 / OBR-16 ("11054^[NAME]^[NAME]^^^^^^CPSO"; the US NPI in
  the same place is masked, as [PHONE]).
- Seeds 2 and 3 add the hyphenated new surname of every birth amendment ("to read Dunkerley-Tautari",
  "Brindley-Fayant", "Kinequon-Runningrabbit": the whole value and both parts survive), app handles ("met
  on Grindr as zed.ace61", "Tinder handle bigt_jojo_37", "Instagram moonchild.nova79"), a given name that
  is also a word ("Sequoia [NAME]", "HARJO, SEQUOIA"), and "Age: 90 or older" for a decedent aged exactly 90
  (the kit scores the bare "90", as in probe44 and probe52).
Partial (seed 1, 4): the four letters of RAMQ numbers ("NAND 1254 1436" -> "NAND [ID]"); seeds 2 and 3 add
the last word of a town after a venue ("Lac Verret Landing" -> "[ADDRESS] Landing"; "Prairie", "Siding",
"Junction", "End", "Estate").
Over-masking (seed 1, 47 of 403): agency names read as places or people (15: "Wiregrass Coastal Health
District" -> "Wiregrass [ADDRESS]" 5, "Cumberland Highlands District Health Department" -> "[ADDRESS] Health
Department", "Northland Lakes Community Health Board", "Metro North Public Health Unit" -> "[NAME] [NAME]
Health Unit", "National Public Health Service – Te Manawa Taki" -> "– [NAME]", "Direction de santé publique du
CISSS ..." -> "Direction de [NAME] [NAME] ...", "Laboratoire de santé publique du Québec"); outbreak numbers
and WGS cluster codes masked as ids (7: "OB-2024-003" -> "[ID]", "2503GACAM-9"); venues, businesses and
facilities (13: "Cajun Kettle Seafood" -> "[NAME] Kettle Seafood", "Pho Saigon", "Tim Hortons", "Walmart
Supercenter", "Peace Valley Mortuary", "Urgent Care North" -> "Urgent Care [NAME]" 3, "Hôpital régional des
Laurentides", "École Sainte-Marguerite", "Regional Hospital", "Harbourside Community Health Centre", the
flight "QF 2 London–Sydney"); vaccines in the AIR and NIR tables (7: "Infanrix hexa" -> "[NAME] hexa",
"Priorix-Tetra, Infanrix" -> "[NAME]", "Prevenar 13 ... Sexual Health Clinic" -> "Prevenar [ADDRESS]",
"ActHIB"); headings ("COMMUNICABLE DISEASE CASE INVESTIGATION FORM" -> "... [NAME] INVESTIGATION FORM" 2,
"DIRECTLY OBSERVED THERAPY (DOT) RECORD"); the specimen "Stool (Cary-Blair)" -> "Stool ([NAME])" 2. Unscored
labels fare the same ("Date of issue" -> "[NAME] of issue", "Parent / guardian" -> "[NAME] / guardian"). Kept
everywhere else: disease and organism names, LOINC / SNOMED codes and test names, ICD-10 codes, drugs and
doses, most vaccine names, most hospital, clinic, laboratory, school and venue names, countries and
first-level regions, ages under 90, years, counts and attack rates.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is surveillance text (every country; HL7 messages with MSH / PID / OBR / OBX / SPM,
CSV extracts whose rows match their header, NDJSON and JSON that parse; NHS, NHI, Australian Medicare, NPI
and Ontario health-card numbers valid under their check-digit rules; ages 90+; Canadian and UK postcodes),
and independence from probes 1-52 (template kinds; name words, towns and streets of their people tables with
the kit's check; no name word in any string of those tables -- run before the measurement). No labelling bug
was found after the measurement and the corpus was not changed. Names were not checked against the engine's
lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the
probe was written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import csv
import importlib
import io
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
from tests.engine.probe54 import ids, people
from tests.engine.probe54.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe54.run_probe import crashes, run

LEAK_CEILING = 0.05  # now 3.19% (40/1252); first: 3.67% (46/1252)
STRICT_CEILING = 0.05  # whole + partial: now 3.19%; first 3.99% (50/1252)
OVERMASK_CEILING = 0.06  # now 4.22% (17/403); first: 11.66% (47/403)
CLEAN = {"PHONE", "ZIP", "EMAIL", "MRN", "HEALTH_PLAN", "AGE", "SSN", "URL", "USERNAME", "VEHICLE"}  # seed 1
CLEAN |= {"ACCOUNT", "DEVICE", "IP"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 53))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, d, ts in loc.regions.values() for t in d + ts} | {
        x for loc in people.LOCS.values() for x in loc.localities
    }


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "URL", "IP", "USERNAME", "VEHICLE", "DEVICE"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled identifier values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for t, v in d.phi:
            if t not in ("ID", "HEALTH_PLAN", "SSN", "LICENSE") or not re.fullmatch(value_re, v):
                continue
            if re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_public_health_surveillance_text() -> None:
    """Every country; HL7 messages, CSV extracts, NDJSON feeds and JSON exports that parse; NHS, NHI,
    Medicare, NPI and Ontario health-card numbers valid under their check-digit rules; ages 90+; postcodes."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    for d in docs:
        if d.format == "json":
            assert json.loads(d.content)
        elif d.format == "ndjson":
            assert all(json.loads(line) for line in d.content.splitlines())
        elif d.content.startswith("MSH|"):
            segments = [line.split("|")[0] for line in d.content.splitlines()]
            assert segments[0] == "MSH" and {"PID", "OBR", "OBX", "SPM"} <= set(segments), segments
        elif "csv" in d.kind or "contact_id," in d.content:
            rows = [r for r in csv.reader(io.StringIO(d.content)) if r and not r[0].startswith("#")]
            header = next(r for r in rows if len(r) > 10)
            body = rows[rows.index(header) + 1 : rows.index(header) + 6]
            assert all(len(r) == len(header) for r in body), (d.id, [len(r) for r in body], len(header))
    checks = {
        "NHS number": (r"\d{3} \d{3} \d{4}", ids.nhs_ok),
        "NHI": (r"[A-Z]{3}\d{4}", ids.nhi_ok),
        "Medicare card number": (r"\d{4} \d{5} \d", ids.medicare_au_ok),
        "NPI": (r"\d{10}", ids.npi_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    ohip = [v for t, v in values if t == "HEALTH_PLAN" and re.fullmatch(r"\d{4}-\d{3}-\d{3}-[A-Z]{2}", v)]
    assert len(ohip) >= 1 and all(ids.ohip_ok(v) for v in ohip), ohip
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    assert sum(t == "ZIP" and bool(re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", v)) for t, v in values) >= 6
    assert sum(t == "ZIP" and bool(re.fullmatch(r"[A-Z]{2}\d{1,2} \d[A-Z]{2}", v)) for t, v in values) >= 6
    text = "\n".join(d.content for d in docs)
    marks = ("ORU^R01", "NEDSS Case ID", "HPZone", "Australian Immunisation Register", "FIELD RECORD",
             "National Immunisation Register", "ESSENCE", "NCIMS ID", "OBSERVED THERAPY")  # fmt: skip
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


ENGINE_WORDS_BEFORE = {"barre", "chu", "elston", "hufanga", "santo", "tui", "una"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
