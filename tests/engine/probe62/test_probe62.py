"""Regression guard for the sixty-second generalisation probe: laboratory, pathology and genomics text from
the US, the UK, Canada and Australia with synthetic PHI planted in it. Kinds: LIS chemistry / haematology
report (US: CLIA, CAP; Canada: provincial health number), specimen label reprint / phlebotomy draw list (UK:
NHS / CHI numbers, a hand-labelled tube; US), blood bank type-screen-crossmatch worksheet (ISBT 128 donation
numbers, antibodies named after blood group systems), transfusion administration record (UK; Australia, a
patient aged 90+: IHI, Medicare), cervical screening report (UK HPV primary; Australian CST), surgical
pathology report with a gross description quoting the specimen label (US breast; Australian colon, a patient
aged 90+), frozen-section log (UK, Canada), microbiology culture and susceptibility report (UK blood culture;
US urine culture, a nursing-home resident aged 90+), germline genetics report with cascade testing (UK BRCA;
Canada Lynch), somatic tumour NGS report (US, Australia), biobank consent form with an e-consent audit trail
(UK, Canada: URL, IP), biobank sample manifest (NDJSON), chain-of-custody drug screen (US federal CCF: SSN;
Australian AS/NZS 4308: driver licence), reference-lab electronic order (JSON), critical-value call log
(Canada, Australia: a patient aged 90+), HL7 v2 ORU^R01 message (US, Canada), newborn bloodspot screening card
(Australia, US), wrong-blood-in-tube incident with an amended report (UK, Australia): rates may only get
better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe62.run_probe --seed N --brief`; engine at commit 576b3a8, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     3.55% (27/760)     4.61% (35/760)     6.26% (30/479)
    2     3.83% (29/757)     4.76% (36/757)     6.93% (33/476)
    3     2.77% (21/757)     3.70% (28/757)     6.47% (31/479)

Seed 1 by type (leaked / values): NAME 18/309, ID 4/112, LICENSE 2/32, MRN 1/39, ADDRESS 1/30, AGE 1/5;
none in DATE (144), PHONE (37), ZIP (18), HEALTH_PLAN (15), EMAIL (9), ACCOUNT (3), URL (3), SSN (2), IP (2).
Seed 2: NAME 15, ID 7, LICENSE 4, ADDRESS 2, AGE 1; seed 3: NAME 8, ID 5, LICENSE 4, MRN 3, ADDRESS 1.
Worst kinds (seed 1): critical-value call log 8/52, biobank manifest 5/46, WBIT incident 4/46; best (none
leaked): LIS report 0/43, blood bank worksheet 0/40, transfusion record 0/41, frozen-section log 0/39,
microbiology 0/38, somatic NGS 0/36, drug-screen CCF 0/34, HL7 ORU 0/55.
What leaks (seed 1):
- NAME 18 of 309: a name the engine masked in a table or header, repeated in free text in another shape --
  "Note 04:30: Yosyp Hladun -- repeat sodium" after "HLADUN, Yosyp" in the log row, a given name with a
  possessive "04:15 Glykeria's nurse", a surname alone opening a sentence "Delta check: Sarantis potassium"
  and after "the record of Stainthorpe", the amended-report line "Patient STAINTHORPE, ZAK, NHS No.", a tube
  "hand-labelled "N LECKIE 1983"", a given name alone "open disclosure with Hady and his son" (10 with the
  name-part counts); NDJSON manifest values -- "processed_by":"Chafic Lahoud" in three records (another
  processor's name in the same field was masked), the second participant's "subject":"Gebran Zakhour" (the
  first participant's was masked), "HEARTS-2 cohort PI Sybella Hambledon approved" (5);
  staff after role labels with a credential -- "Analyst: Yosyp Demchuk, MLT (CLPA 12906)", "Consent obtained
  by / Consentement obtenu par: Oleh Lukiw, research coordinator", "Doctor / midwife responsible: Chafic
  Nakhle" (3).
- ID 4: "sample-taker code GD58839", a JSON "requisition":"REQ-978484044", an Australian slash accession
  "(biopsy 23/H/89008)", "INCIDENT REPORT RM6363705". LICENSE 2: Canadian MLT registrations "(MLT, SSMLT
  17843)", "(CLPA 12906)". MRN 1: a chart number "(35-75-90)" after a name. ADDRESS 1: a JSON "line":
  "40-4924 boul. des Pionniers" (the city beside it was masked). AGE 1: "age 90 or older" for a patient aged
  exactly 90 (the kit scores the bare "90", as in probe44 and probe52).
Seeds 2 and 3 add Québec CMQ licences "CMQ 7-19189" (5 in the two seeds), chart numbers "89-80-48" (3 in one
log), "Family no: 91900/A", "INC-155018", "RECEIVED AT LAB: Atlee Ahlers, accessioner", "my GP, Dr Jasvir
Kakkar of", a town in "none within 100 km of Keweenaw Flats".
Partial (seed 1, 8): ISBT 128 donation numbers masked in the middle only -- "K8145 24 406932 I" -> "K8145
[ID] I", the facility code and check character kept (7, every blood bank and transfusion document); an
Alberta PHN in JSON "39627-0818" read as a ZIP+4 and cut to "396".
Over-masking (seed 1, 30 of 479): institution identifiers (12) -- "CLIA 85D4877090" and the bare CLIA id in an
HL7 MSH segment -> [ID] (6), "CAP 4425401", Canadian "Lab licence 9607" -> [LICENSE] (3), ethics references
"REC ref 19/NW/0421", "CER 2019-1187"; eponyms and lab words read as names (10) -- "anti-Jka ([NAME] blood
group system)" for Kidd, "lymphocytic ([NAME]) thyroiditis", "[NAME] (GALC)" for Krabbe, "PKU (Phe/[NAME])",
"[NAME] coat" for Buffy coat (2), "[NAME] Blood Cells, Leukocytes Reduced", "[NAME](D) positive" for "AB Rh(D)
positive", "leaflet [NAME] I need a blood transfusion?", the product code "(E0382V00)" -> [ID]; facility names
with a place- or name-like word (5) -- "Clinique médicale du [NAME]" (2), "Pine [NAME] Pediatrics", "[ADDRESS]
Pathology" for Riverland Pathology, "Australian [NAME] Lifeblood"; the first ICD-10 code after "Dx codes on
order:" ("N18.4" -> [ID]; every seed); genomic coordinates "chr12:[ID]>A" (2). Also unscored: "[NAME] of
incident" for "Date of incident", "Kit no." -> "[NAME] no.", "INFANT:" -> "[NAME]:", "UR (mother)" -> "[NAME]
(mother)", HL7 "PRN^PH" -> "[PHONE]^[PHONE]", "ext. 4471" -> [PHONE]; HL7 timestamps masked as [ID], NHS and
CHI numbers as [PHONE], a kit number as [SSN] (masked, so not leaks). Kept everywhere else: analytes, results
with units and reference ranges, organisms, antibiotics and MICs, gene names, transcripts and HGVS strings,
LOINC codes, most blood groups and phenotypes, tumour grades and TNM stages, drug-test panels and cutoffs,
UKAS / NATA / APA numbers, practice codes, states and provinces, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is laboratory text (every country; NHS, CHI, Australian Medicare, IHI, NPI and ISBT
128 numbers valid under their check rules; transcripts, HGVS strings, blood group systems and organisms kept;
ages 90+; HL7 date-times; the forms' marks), and independence from probes 1-60 (template kinds; name words,
towns and streets of their people tables with the kit's check; no name word in any string of those tables --
run before the measurement). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins
the name words that were already words of the engine's code when the probe was written (found by
`written_in_engine_code`, not chosen).
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
from tests.engine.probe62 import ids, people
from tests.engine.probe62.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe62.run_probe import crashes, run

LEAK_CEILING = 0.04  # now 2.50% (19/760); first: 3.55% (27/760)
STRICT_CEILING = 0.04  # whole + partial: now 2.63%; first 4.61% (35/760)
OVERMASK_CEILING = 0.05  # now 3.13% (15/479); first: 6.26% (30/479)
CLEAN = {"DATE", "PHONE", "ZIP", "HEALTH_PLAN", "EMAIL", "ACCOUNT", "URL", "SSN", "IP"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 61))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for towns in loc.regions.values() for t in towns}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "URL", "IP"}


def _after(docs: list, label: str, type_: str, value_re: str) -> list[str]:
    """The labelled values of `type_` written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for t, v in d.phi:
            if t != type_ or not re.fullmatch(value_re, v):
                continue
            if re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_laboratory_text() -> None:
    """Every country; identifiers with valid check characters (NHS, CHI, Medicare AU, IHI, NPI, ISBT 128
    donation numbers); gene names, transcripts and HGVS strings, organisms and blood group systems kept;
    patients aged 90+; the forms' marks."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    checks = {
        ("NHS No.", "ID", r"\d{3} \d{3} \d{4}"): ids.nhs_ok,
        ("CHI", "ID", r"\d{10}"): ids.chi_ok,
        ("Medicare", "HEALTH_PLAN", r"\d{4} \d{5} \d"): ids.medicare_au_ok,
        ("IHI", "ID", r"8003 \d{4} \d{4} \d{4}"): ids.luhn_ok,
        ("(Unit \\d|UNIT 1|Issued)", "ID", r"[A-Z]\d{4} \d\d \d{6} [0-9A-Z*]"): ids.isbt_ok,
        ("NPI", "LICENSE", r"\d{10}"): ids.npi_ok,
    }
    for (label, type_, pattern), ok in checks.items():
        found = _after(docs, label, type_, pattern)
        assert len(found) >= (3 if label == "CHI" else 6) and all(ok(v) for v in found), (label, found)
    keeps = {k for d in docs for k in d.keep}
    assert sum(k.startswith("NM_") for k in keeps) >= 6  # transcripts
    assert sum(bool(re.fullmatch(r"[cp]\.\S+", k)) for k in keeps) >= 12  # HGVS
    assert sum(k in ("Kell", "Duffy", "Kidd", "Rh", "MNS") for k in keeps) >= 3  # blood group systems
    assert sum(bool(re.fullmatch(r"[A-Z][a-z]+ [a-z]+", k)) for k in keeps) >= 5  # organisms
    assert sum(bool(re.fullmatch(r"[A-Z][A-Z0-9]{2,5}", k)) for k in keeps) >= 10  # gene names and codes
    values = [(t, v) for d in docs for t, v in d.phi]
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    assert sum(t == "DATE" and bool(re.fullmatch(r"\d{12}", v)) for t, v in values) >= 12  # HL7 date-times
    text = "\n".join(d.content for d in docs)
    marks = ("ORU^R01", "CLIA", "UKAS", "NATA", "AS/NZS 4308", "WRONG BLOOD IN TUBE", "GROSS DESCRIPTION",
             "EUCAST", "CUSTODY AND CONTROL FORM", "HPV", "Kit no.", "E-CONSENT AUDIT")  # fmt: skip
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-60, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"nella", "nugent", "signe"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
