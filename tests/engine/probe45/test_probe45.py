"""Regression guard for the forty-fifth generalisation probe: data shaped like what Synthea (the open-source
synthetic patient generator) writes and what people build from it, with synthetic PHI planted in it. Kinds:
patients.csv (v2 and v3 headers), encounters + conditions + providers CSV rows grepped for one patient,
medications / immunizations / observations / devices CSV heads, a psql join of payer_transitions and payers,
a FHIR R4 Patient resource (JSON: SSN / DL / passport / MR identifiers, mothersMaidenName, birthPlace), a
FHIR Bundle (Encounter, Condition, Observation, Practitioner, Organization; JSON), a C-CDA XML document
with narrative tables, an LLM-written progress note keeping Synthea's name digits, an LLM-written
discharge summary stripping them (a patient aged 90+), SQL INSERTs, a Jupyter notebook printing pandas
frames (ZIPs that lost their zero, FIPS as floats), a data-engineering Slack thread, the run_synthea
console and its output/fhir listing, a pytest fixture module, a dbt / Great Expectations report, an HL7 v2
ADT message, instruction-tuning JSONL (NDJSON) and a cohort preview in Markdown: rates may only get better
than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe45.run_probe --seed N --brief`; engine at commit ded5144, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     22.88% (189/826)    24.82% (205/826)    23.70% (109/460)
    2     23.33% (192/823)    25.64% (211/823)    23.63% (108/457)
    3     23.67% (195/824)    26.09% (215/824)    23.64% (109/461)

Seed 1 by type (leaked / values): NAME 72/218, ID 43/61, MRN 41/50, ADDRESS 17/186, HEALTH_PLAN 10/10,
ZIP 6/48; none in DATE (180), SSN (24), LICENSE (16), PHONE (16), AGE (9), EMAIL (6), DEVICE (2). Seed 2:
NAME 75, ID 42, MRN 39, ADDRESS 20, HEALTH_PLAN 10, ZIP 6; seed 3: NAME 77, ID 41, MRN 41, ADDRESS 18,
HEALTH_PLAN 10, ZIP 6, AGE 2 (two patients aged exactly 90: the engine writes "90 or older", which keeps
the bare "90" the kit scores).
Worst kinds (seed 1): run_synthea console 37/52, dbt / GE report 17/42, encounters + conditions CSV 16/44,
payer_transitions psql 15/32, SQL INSERTs 15/76, LLM progress note with digits 14/36, clinical CSV heads
13/28, FHIR Bundle 12/26; best (none leaked): pandas notebook 0/64, LLM discharge summary without digits
0/42, FHIR Patient 0/28.
What leaks (seed 1):
- NAME 72, 68 of them with Synthea's digits (of 124 such values; 4 of the 94 stripped names leak): the
  console lines "1 -- Kashton614 Keeling921 (59 y/o M)" and the file names
  "Kashton614_Keeling921_<uuid>.json" (30); the LLM note's "**Patient:** Shantel523 Dabney81", "**PCP:**
  Dr. Baotran33 Hamasaki539", "with Dr. Zeigler952", "Her spouse, Norval715 Fleenor605"; psql cells
  ("Pearlie883 | Hedlund303", owner_name "Willa533 Dahlquist78"); providers.csv NAME ("Tatum7
  Zimmerly369"); FHIR Encounter subject.display "Mr. Baudelio680 Echeverria708"; JSONL input "Hershel8
  Ackerly21, born ..."; an SQL maiden value ('Ruckelshaus18'); the v3 MIDDLE column ("Kiyoshi35"); a pytest
  CSV string ("Ayasha476,Redhorse8"). Stripped: "Isenhour's deathdate", pytest expectations == "Redhorse"
  / "Eustolia", a dbt pipe row "| Macklin |".
- MRN 41, ID 43, HEALTH_PLAN 10: UUIDs survive wherever they are not a FHIR Patient's own id / identifier:
  patient Ids in CSV / SQL / dbt rows, "urn:uuid:" references, C-CDA id/@extension, "**MRN:** <uuid>", grep
  arguments and output/fhir file names; encounter Ids (CSV, SQL, FHIR fullUrl, JSONL "syn-<uuid>");
  payer_transitions MEMBERIDs and the HL7 IN1 policy number (all 10); NPIs in Practitioner.identifier (2).
- ADDRESS 17: county FIPS codes outside a FIPS column (Markdown cells, SQL numerals, Slack "FIPS 25009");
  towns in dbt pipe rows ("| Millbeck |", "| Rushmere Center |") and after "from" in Slack ("from
  Quarryville"). ZIP 6: ZIPs in dbt pipe rows (4) and in pytest's CSV string (2).
Partial (seed 1, 16): FIPS codes masked as ZIPs keeping three digits ("25009" -> "250", pandas' "25027.0"
-> "250"; 10), UUIDs masked in part ("[ID]-2286-4057-b3fa-0a52382735ff", "[ID]-df7345f9b222", "...55ee",
"a6405282-18d4-4741-a9c6-" of a file name; 5), an address whose unit alone was masked ("96 Dunkelberger
Rapid [ADDRESS]").
Over-masking (seed 1, 109 of 460): SNOMED codes (39: nine-digit ones become [SSN], "183452005" ->
"[SSN]", eight-digit ones [ID]) in CSV, SQL, C-CDA tables, HL7 DG1 and Markdown; money (39:
HEALTHCARE_EXPENSES / COVERAGE in CSV and SQL -> [ID], payers' amount_covered / uncovered in psql, a dbt
sample line); ETHNICITY "hispanic" / "nonhispanic" (10, -> [ADDRESS] in CSV, SQL, pandas, pytest); C-CDA
raceCode / ethnicGroupCode displayNames ("White", "Not Hispanic or Latino", 4); organisations (5: custodian
"SUMMIT VIEW HOSPICE", "ASPENWOOD ORTHOPEDICS" -> "[ADDRESS] ORTHOPEDICS", "TRILLIUM INTERNAL MEDICINE
PC" -> four [NAME]s, with the specialty); conditions swallowed by over-long address spans in JSONL (4:
"Address: [ADDRESS]: Naproxen ..." ate town, ZIP, phone and both dated conditions); Synthea seeds (4, "Seed:
[ID]", "Population seed"); "v3.1.1" of the FHIR div's version identifier (2); "2500-patient" (2). Plain text
damaged too (not scored): "Min Age: 0" -> "[NAME]: 0", SQL "AS payer" -> "[NAME] payer", "11 of 12
expectations" -> "[NAME] expectations", "M, S, D, W" -> "M, [NAME], D, W". Kept everywhere else: payer
names, RxNorm / LOINC / CVX codes, descriptions, states alone, race values, ages under 90, model ids.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is Synthea-shaped (JSON / NDJSON parse, 999 SSNs, S999 licences, X...X
passports, v4 UUIDs as MRNs, NPIs valid under Luhn, 40-65% of the names with the numeric suffix, geocodes
with 13+ and with 6 decimals, FIPS codes under their state's prefix, ZIPs that lost their zero, ages 90+,
"First###_Last###_<uuid>.json" file names), and independence from probes 1-44 (template kinds; name words,
towns, counties and streets of their people tables with the kit's check; no name word in any string of
those tables -- run before the measurement). Names were not checked against the engine's lexicon;
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe45 import ids, people
from tests.engine.probe45.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe45.run_probe import crashes, run

LEAK_CEILING = 0.14  # now 12.83% (106/826); first: 22.88% (189/826)
STRICT_CEILING = 0.16  # whole + partial: now 14.29%; first 24.82% (205/826)
OVERMASK_CEILING = 0.21  # now 19.13% (88/460); first: 23.70% (109/460)
CLEAN = {"DATE", "SSN", "LICENSE", "PHONE", "AGE", "EMAIL", "DEVICE"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 45))]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for s in people.STATES.values() for _, ts in s.counties.values() for t in ts} | {
        c for s in people.STATES.values() for c in s.counties
    }


def _streets() -> set[str]:
    return set(people.STREET_BASES)


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
    assert types >= {
        "NAME",
        "ADDRESS",
        "ZIP",
        "DATE",
        "AGE",
        "PHONE",
        "EMAIL",
        "SSN",
        "ID",
        "MRN",
        "HEALTH_PLAN",
    }
    assert types >= {"LICENSE", "DEVICE"}


def test_corpus_is_synthea_shaped() -> None:
    """JSON and NDJSON parse; Synthea's shapes: 999 SSNs, S999 licences, X...X passports, v4 UUIDs as MRNs,
    NPIs with a valid Luhn digit; about half the names carry the numeric suffix; geocodes with Synthea's
    decimals and pandas' six; FIPS codes under the state's prefix; ZIPs that lost their zero; ages 90+."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    for d in docs:
        if d.format == "json":
            json.loads(d.content)
        elif d.format == "ndjson":
            assert all(json.loads(line) for line in d.content.splitlines())
    values = [(t, v) for d in docs for t, v in d.phi]
    assert all(re.fullmatch(r"999-\d\d-\d{4}", v) for t, v in values if t == "SSN")
    assert all(re.fullmatch(r"S999\d{5}", v) for t, v in values if t == "LICENSE")
    assert all(UUID.fullmatch(v) for t, v in values if t == "MRN")
    npis = [v for t, v in values if t == "ID" and re.fullmatch(r"9999\d{6}", v)]
    assert len(npis) >= 12 and all(ids.npi_ok(n) for n in npis)
    assert sum(t == "ID" and bool(re.fullmatch(r"X\d{8}X", v)) for t, v in values) >= 12
    names = [v for t, v in values if t == "NAME"]
    with_digits = sum(bool(re.search(r"[A-Za-z]\d{1,3}\b", v)) for v in names)
    assert 0.4 <= with_digits / len(names) <= 0.65
    geo = [v for t, v in values if t == "ADDRESS" and re.fullmatch(r"-?\d{2,3}\.\d+", v)]
    assert (
        sum(len(v.split(".")[1]) >= 13 for v in geo) >= 30
        and sum(len(v.split(".")[1]) == 6 for v in geo) >= 12
    )
    fips = {s.fips for s in people.STATES.values()}
    codes = [v for t, v in values if t == "ADDRESS" and re.fullmatch(r"\d{5}(\.0)?", v)]
    assert len(codes) >= 20 and all(v[:2] in fips for v in codes)
    assert sum(t == "ZIP" and len(v) == 4 for t, v in values) >= 4
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    text = "\n".join(d.content for d in docs)
    assert re.search(r"[A-Z][a-z]+\d+_[A-Z][a-z]+\d+_" + UUID.pattern + r"\.json", text)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-44, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"braxton", "junius", "zona"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
