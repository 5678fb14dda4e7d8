"""Regression guard for the fifty-third generalisation probe: pre-hospital and emergency text from the United
States, Canada, the United Kingdom and Australia with synthetic PHI planted in it. Kinds: CAD incident detail
report with ANI/ALI and an event chronology (a patient aged 90+), ePCR SOAP narrative (US, Australia), DCHART
narrative / ambulance call report (Canada, US), NEMSIS 3.5 XML fragment (GNIS / FIPS place codes, SSN without
dashes), ATMIST radio pre-alert (UK, Australia), medical-control patch transcript (a family name spelled
letter by letter), trauma registry abstract, poison-centre call record (US child; Australia: an elderly
double dose, 90+), mass-casualty triage / tracking tag list (US bus crash, UK major incident: plates, VINs,
what3words, OS grid), critical-care / EMTALA transfer request, air-medical flight log (coordinates in degrees
and decimal minutes, station airstrips, landing zones), fire incident report (US NFIRS, Canada), road crash
rescue report (Australia, UK), 999 call-handling log (NHS / CHI numbers, what3words, 90+), IMIST-AMBO handover
(Medicare, IHI, DVA, a pacemaker serial), ePCR JSON export, refusal-of-transport form (90+) and safeguarding
referral e-mail (UK, Australia, 90+): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe53.run_probe --seed N --brief`, seed 1 in full with --json and
--dump; engine at commit 07c1155, `git status --short src/phigate/engine` empty before and after: no
uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial     over-masking
    1     8.06% (73/906)     8.72% (79/906)      8.72% (55/631)
    2     8.72% (79/906)    10.04% (91/906)      8.87% (56/631)
    3     9.05% (82/906)    10.71% (97/906)      8.39% (53/632)

One labelling bug was fixed after the measurement, with the document texts byte for byte unchanged (checked)
and the table above re-scored with the fixed labels: a form label written in front of a number had been put
inside the labelled value ("ACR 12345678", "CAD 79576-78", "SN 96362057", "EMT-12345", "ACP-12345"); the
policy makes labels plain text, so the value is now the number alone. It changed only the partial counts:
first scored 11 / 20 / 21 partial (whole + partial 9.27% / 10.93% / 11.37%); the leaked and over-masking
figures are the same.

Seed 1 by type (leaked / values): NAME 23/317, ADDRESS 21/140, ID 13/98, AGE 5/11, ZIP 5/34, LICENSE 3/49,
VEHICLE 3/26; none in DATE (93), PHONE (75), HEALTH_PLAN (24), EMAIL (14), DEVICE (8), MRN (7), SSN (4),
ACCOUNT (4), URL (2). Seed 2: NAME 26, ADDRESS 22, ID 15, ZIP 5, VEHICLE 4, LICENSE 4, AGE 3; seed 3: NAME
26, ADDRESS 21, ID 16, AGE 5, LICENSE 5, ZIP 5, VEHICLE 4.
Worst kinds (seed 1): CAD incident log 10/50, NEMSIS XML 12/72, ePCR JSON export 7/59, DCHART report 6/52,
MCI tag list 8/71; best: IMIST-AMBO handover 0/48, ePCR SOAP narrative 1/49, transfer request 1/43.
What leaks (seed 1):
- NAME 23: staff names after role labels the engine does not know ("Call taker: Ravinder Dhesi (7394)",
  "Supervisor review: Amanpreet Dhindsa", "Validated: Dajuan Grice" / "Mowlid Ugas", "Specialist in poisons
  information: Ourania Kostopoulos", "Survivor reception centre: Harli Cudmore enquiring for"); the second
  crew member of a "; Vasilis Kostopoulos, Paramedic (AHPRA ...)" list; officers after Canadian / US ranks
  ("RCMP (Cst. Guhaad Elmi)", "(Ofc. Warfa, badge ...)") and a base-hospital physician ("BHP Dr. Shewchuk");
  a medic's given name in parentheses after a call sign on the radio ("MEDIC 1 (Raylee):", "UNIT 3793
  (Kashlyn):"); crew names in NEMSIS XML comments ("<!-- Faysal Ugas -->" x3) and the bare given name
  element ("<ePatient.03>Taytum</ePatient.03>"); JSON crew / contact "name" values (3); capitalised "FAMILY,
  GIVEN" rows of the MCI tag table ("KIRKPATRICK, KANNON", "HOWLETT, RYATT"); a family name left after the
  given name was masked ("[NAME] Keddie, Paramedic").
- ADDRESS 21: cross streets ("Cross Sts: [ADDRESS] / Tamarack Dr", "cross Depot St /", "Staging: Coal Bank
  Rd at ..."; the label word "Cross Sts" itself became [NAME]) 5; highway locations ("Hwy 104 EB exit 83",
  "Hwy 16 WB near km 776", "Highway 97 near km 796", "A923 southbound lay-by 8", "M52 J18-82 westbound") 5;
  capitalised CAD areas ("Area: RED BIRD COUNTY", "TOWNSHIP OF KINMOUNT HILLS") 2; degrees-and-decimal-minutes
  coordinates ("S34°16.257' E118°57.195'", "N49°21.622' W126°00.653'") 2; a station airstrip ("Pingrup
  Siding Farm airstrip", and the town inside it) 2; NEMSIS county FIPS codes ("<ePatient.07>27012") 2; a
  First Nation community in JSON ("district":"Wolf Lake First Nation"); a town after a mobile-home-park lot
  ("Lot [ADDRESS] MHP, Oslo Corners") and after "73 km north of".
- ID 13: operator / employee numbers in brackets or parentheses after a name ("POS 04 [89289]", "(#2842)",
  "(2683)", "call handler [NAME] (3922)", "employee E18803", JSON "employee":"30789") 11; the NEMSIS
  PatientCareReport UUID attribute 2. LICENSE 3: "(PCP, reg. 91604)", "(CPSA 419189)", JSON
  "stateCert":"908361". VEHICLE 3: a plate in parentheses after a make and model ("Ford Fiesta (UY24 WJB)",
  "(CP55 EUM)", "(GH73FY)"). ZIP 5: bare US ZIPs in NEMSIS elements ("<ePatient.09>56971", "<eScene.19>")
  and after "Injury ZIP / postal code:". AGE 5: capitalised CAD "95 YOA", "97 YOA", an MCI table cell "91";
  "Age: 90 or older" twice for patients aged exactly 90 (the kit scores the bare "90", as in probe44/52).
Partial (seed 1, 6): the far end of highway locations ("Pacific Mwy near the 305 km post" kept "near the 305
km post"; "Highway 2 at Range Road 525" kept "Highway 2 at"; "Bruce Hwy, 73 km north of ..."), "Lot … MHP"
of "Lot 29 Whispering Pines MHP" (2), "615" of a rural address "61576 Sideroad 60". Seeds 2-3 add town
suffixes ("Coal Township Heights" kept "Heights", "Thurlby St Giles" kept "Thurlby St"), halves of cross
streets ("Spruce Bay", "Lake Rd", "Withy"), house numbers of "Rang Saint-Édouard" addresses, "SR-692 near" of
"SR-692 near MM 74", the year of a PCR number "2024-5847401".
Over-masking (seed 1, 55 of 631): unit call signs 22 ("Medic 2" / "MEDIC 1" -> "[NAME] 2", "Unit 3793" /
"Ambulance 6111" -> [ADDRESS], "Car 373" -> "Car [VEHICLE]", "DCA 5488", "RRV 387"); GCS with its components
15 ("GCS 13 (E3V4M6)" -> "GCS 13 ([ADDRESS])": E3V4M6 has the shape of a Canadian postal code); hospitals,
agencies and places of work 11 ("St. Anselm Level I Trauma Center" -> "St. [NAME] ...", "Valley Ambulance
District" and "St John WA" / "St John NT" -> [ADDRESS], "County Fire Services" -> "County [ADDRESS]", "Council
depot", hospitals after a unit in the MCI table); vehicle makes and models 4 ("Ford Fiesta", "Ford Transit
Custom" -> "[NAME] [NAME]", "Toyota LandCruiser 200", "Skoda Octavia"); the ALI carrier "CELLCO" (2) swallowed
with the caller's name; a blood pressure "143/104" -> [MRN]. Seeds 2-3 add "Philips HeartStart MRx" (monitor
model) and another BP. Kept everywhere else: drugs and doses, most vitals, BGL, pain scores, ISS, MPDS
determinants, ICD-10 codes, times of day, ages under 90, years, states / provinces and countries.

Ceilings: the seed-1 rates (with the fixed labels) rounded up to the next whole percent plus one point; lower
them as the engine improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness
(labels, sizes, reproducibility, every PHI value present, no kept time of day right after a date), that it is
pre-hospital text of all four countries (NHS, CHI, Ontario and BC health numbers, Medicare numbers and IHIs,
NPIs and VINs valid under their check-digit rules; coordinates, what3words, highway locations, spelled names,
ages 90+, call signs and times kept), and independence from probes 1-52 (template kinds; name words, towns and
streets of their people tables with the kit's check; no name word in any string of those tables -- run before
the measurement; four street names that earlier probes' places contained -- "Old Mill Pike", "Ropewalk
Terrace", "Tannery Wynd", "Sheepwash Lane" -- were renamed then). Names were not checked against the engine's
lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe
was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe53 import ids, people
from tests.engine.probe53.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe53.run_probe import crashes, run

LEAK_CEILING = 0.06  # now 4.64% (42/906); first: 8.06% (73/906)
STRICT_CEILING = 0.07  # whole + partial: now 5.30%; first 8.72% (79/906)
OVERMASK_CEILING = 0.05  # now 3.80% (24/631); first: 8.72% (55/631)
CLEAN = {"DATE", "PHONE", "HEALTH_PLAN", "EMAIL", "DEVICE", "MRN", "SSN", "ACCOUNT", "URL"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 53))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    regions = [r for loc in people.LOCS.values() for r in loc.regions.values()]
    return {t for _, counties, towns, _ in regions for t in counties + towns}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets + loc.roads + loc.highways}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL"}


def _after(docs: list, label: str, type_: str) -> list[str]:
    """The labelled values of `type_` written right after `label` (a regex) in the documents."""
    return [
        v
        for d in docs
        for t, v in d.phi
        if t == type_ and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content)
    ]


def test_corpus_is_prehospital_text() -> None:
    """Every country; identifiers with valid check digits (NHS, CHI, Ontario and BC health numbers, Australian
    Medicare numbers and IHIs, NPIs, VINs); coordinates, what3words, OS grid references and highway locations;
    names spelled over the radio; ages 90+; unit call signs, vitals and drugs kept."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    checks = {
        ("NHS number", "ID"): ids.nhs_ok,
        ("CHI number", "ID"): ids.chi_ok,
        ("Medicare", "HEALTH_PLAN"): ids.medicare_au_ok,
        ("IHI", "HEALTH_PLAN"): lambda v: v.startswith("8003 60") and ids.luhn_ok(v),
        ("NPI", "LICENSE"): ids.npi_ok,
        ("VIN", "VEHICLE"): ids.vin_ok,
    }
    for (label, type_), ok in checks.items():
        found = _after(docs, label, type_)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    cards = [v for d in docs for t, v in d.phi if t == "HEALTH_PLAN"]
    ontario = [v for v in cards if re.fullmatch(r"\d{4}-\d{3}-\d{3}-[A-Z]{2}", v)]
    assert len(ontario) >= 2 and all(ids.luhn_ok(v[:12]) for v in ontario)
    assert all(ids.bc_phn_ok(v) for v in cards if re.fullmatch(r"9\d{3} \d{3} \d{3}", v))
    values = [(t, v) for d in docs for t, v in d.phi]
    addresses = [v for t, v in values if t == "ADDRESS"]
    assert sum(bool(re.fullmatch(r"-?\d+\.\d+, ?-?\d+\.\d+", v)) for v in addresses) >= 30
    assert sum("°" in v for v in addresses) >= 6 and sum(v.startswith("///") for v in addresses) >= 6
    assert sum(bool(re.search(r"\b(MM|mile marker|km|junction|exit|J\d)", v)) for v in addresses) >= 20
    assert sum(bool(re.fullmatch(r"[A-Z](-[A-Z])+", v)) for t, v in values if t == "NAME") >= 4
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    keep = {k for d in docs for k in d.keep}
    units = r"(Medic|Engine|Car|Unit|Ambulance|Pump|Pumper|MICA|RRV) \d+"
    assert sum(bool(re.fullmatch(units, k)) for k in keep) >= 40
    assert sum(bool(re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", k)) for k in keep) >= 300
    text = "\n".join(d.content for d in docs)
    marks = ("ATMIST", "IMIST-AMBO", "DCHART", "ePatient.17", "NHS Pathways", "START", "SIEVE", "EMTALA")
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


ENGINE_WORDS_BEFORE = {"santo", "spurling"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
