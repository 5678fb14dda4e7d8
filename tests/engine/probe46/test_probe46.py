"""Regression guard for the forty-sixth generalisation probe: clinical documents the way an evaluator
generates them by prompting a large language model ("write a realistic discharge summary with patient
details"), with synthetic PHI planted in them: Markdown headings, bold labels in every variant ("**Pt:**",
"Name of Patient", "Full Name", "Next of Kin", "Parent/Guardian", "Referring Physician", "Physician of
Record"), bullet lists, Markdown tables of demographics, medications and notifications, horizontal rules,
disclaimers, and the structured outputs the same models produce -- a JSON intake form with inconsistent keys
(patient_full_name, contactInfo.phoneNumber, addr_line1, emergencyContacts[].relationship,
insurance.primary.memberId), a prior authorization in a ```json fence, a care plan in a ```yaml fence, lab
results in a ```csv fence -- from the US, the UK, Canada and Australia. Kinds: discharge summary, SOAP note,
trauma H&P, referral letter, CT radiology report, lab report, prescription, surgical consent form (e-signature
audit trail with IP addresses), prior authorization, patient intake JSON, care plan YAML (a resident aged
90+), SBAR nursing handoff, mental-health intake, well-child note, appointment confirmation e-mail (a quoted
reply), after-visit summary (portal user name and link), death summary (aged 90+), clinical-trial screening
note: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe46.run_probe --seed N --brief`; engine at commit ded5144, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     2.80% (21/749)     3.34% (25/749)     2.30% (8/348)
    2     2.81% (21/747)     3.08% (23/747)     1.44% (5/348)
    3     3.07% (23/748)     3.34% (25/748)     1.72% (6/348)

Seed 1 by type (leaked / values): NAME 7/272, ADDRESS 5/62, ID 2/32, VEHICLE 2/4, AGE 2/6, USERNAME 2/2,
LICENSE 1/19; none in DATE (164), PHONE (74), ZIP (24), HEALTH_PLAN (23), MRN (22), EMAIL (18), ACCOUNT (6),
DEVICE (6), IP (6), SSN (5), URL (4). Seed 2: ADDRESS 7, NAME 5, ID 3, AGE 2, USERNAME 2, VEHICLE 1,
LICENSE 1; seed 3: NAME 7, ID 5, ADDRESS 4, AGE 3, VEHICLE 2, USERNAME 2.
Worst kinds (seed 1): lab report with a CSV fence 3/38, surgical consent form 3/34, CT radiology report 2/30,
SOAP note 2/36, after-visit summary 2/36, trauma H&P 2/38, care plan YAML 2/48; best (none leaked): prior
authorization JSON fence 0/54, death summary 0/55, intake JSON 0/48, referral letter 0/41, trial screening
note 0/38, SBAR handoff 0/34.
What leaks (seed 1):
- NAME 7: a patient written "Family, Given" after a bold label in a one-line header ("**Patient:** Coetzee,
  Lleyton" whole; "Albritton, Kashton" -> "Albritton, [ADDRESS]": the given name taken for a place, the
  family name left; seeds 2 and 3 the same: "[NAME], Apolonio", "Kyriakou, Athanasia"); a given name alone
  after a role label ("**Medical assistant:** Everly", "... Athanasia"); whole names after role labels the
  engine does not know ("**Verified by:** Roshonda Joyner, MLS(ASCP)", "**Substitute decision-maker (if
  applicable):** Adaora Uzor, daughter"); a name in a "Given by" table cell ("Bronte Venter, EN" -> "[ADDRESS]
  Venter, EN"). Seeds 2 and 3 add "**Patient:** Folake Babalola" on a prescription, "(palliative care:
  Adaora Babalola)" and "Vaccine information given to Athanasia on".
- ADDRESS 5: the YAML key "locality:" of a care plan ("locality: Billabirra Heights", "Yaupon Landing"; the
  "street:" and "postcode:" beside it are masked), a British village between street and post town in a table
  cell ("[ADDRESS], Cowslip Bank, [NAME], [ADDRESS]"), a town on its own line of a posted-letter block
  ("Whitemud Rapids" under "7744, Rang Saint-Elzéar"), a town after the street in running text ("Rents an
  apartment at [ADDRESS], Ophir Station, with her husband"); seeds 2 and 3 add Quebec "Boul. Sainte-Ursule"
  street lines and a whole UK line "Rose Cottage, Puddingstone Walk".
- AGE 2: "**Age:** 91" and "**Age:** 93" -- a 90+ age after a bold Markdown label (the YAML "age: 92" becomes
  "90 or older"; seed 3's care plan "age: 90" is scored as the bare "90" the kit counts).
- USERNAME 2: "Your MyChart username: **astridber90**" (both after-visit summaries, every seed).
- VEHICLE 2: the other car's plate ("(vehicle GJX 2329)", "(vehicle PAR 769)") while "(plate 3PYJ616)" is
  masked. ID 2: "**Requisition #:** REQ61536539", "Rx# 1769226" (seeds 2 and 3: Rx numbers again, a medical
  examiner's "ref ME24-01533"). LICENSE 1: "(Permis CMQ: 724680)", the Quebec licence label.
Partial (seed 1, 4): "7744, Rang Saint-Elzéar" kept "7744," (the Quebec "Rang" road masked as two names),
"Kirkton of Stanedge" kept "of Stanedge", an Alberta health number "11973-5276" kept "119" and an interpreter
ID "86047" kept "860" (both cut like a ZIP3).
Over-masking (seed 1, 8 of 348): "Alberta" (2: in the JSON's addr_state / issuingState and after a
licence number, masked as a name; "Ohio" and "Oregon" survive), "Bright Futures" (2: "[NAME] Futures"), "Blue
Heron Internal Medicine" ("Blue [NAME] ..."), "Harbourview Family Health Team", the insurer "Ambetter" (as
ADDRESS), "Co-op Funeralcare". Kept everywhere else: ICD-10 and CPT codes (27125, 71260, 72148 are not taken
for ZIPs), NCT and protocol numbers, drugs and doses, lab values, vaccines, screening instruments, hospital
and insurer names, disclaimers, years, ages under 90, most states and provinces.
Unscored but visible in the output: a bold label loses its closing "**" with the address after it
("**Residence:[ADDRESS], OH 947", "**Patient Address:[ADDRESS]"); "(Nephrology)" after a consultant's
family name becomes "([NAME])"; NPIs are typed [PHONE] and a member ID's nine digits [SSN] (types are not
scored).

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is LLM-style text from the four countries (Markdown headings, bold labels and
tables in most documents; JSON, YAML and CSV fences that parse; NHS numbers valid under modulus 11, NPIs and
OHIP numbers under Luhn, DEA and Australian Medicare check digits; Canadian postal codes and UK postcodes in
their shapes; ages 90+), and independence from probes 1-44 (template kinds; name words, towns and streets of
their people tables with the kit's check; no name word in any string of those tables -- run before the
measurement). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words
that were already words of the engine's code when the probe was written (found by `written_in_engine_code`,
not chosen).
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re

import pytest
import yaml

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe46 import ids, people
from tests.engine.probe46.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe46.run_probe import crashes, run

LEAK_CEILING = 0.03  # now 1.07% (8/749); first: 2.80% (21/749)
STRICT_CEILING = 0.03  # whole + partial: now 1.47%; first 3.34% (25/749)
OVERMASK_CEILING = 0.04  # now 2.30% (8/348); first: 2.30% (8/348)
CLEAN = {"DATE", "PHONE", "ZIP", "HEALTH_PLAN", "MRN", "EMAIL", "ACCOUNT", "DEVICE", "IP", "SSN", "URL"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 45))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts, cs in loc.regions.values() for t in ts + cs} | {
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
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "ID", "MRN"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "USERNAME"}


def _fences(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)\n```", text, flags=re.S)


def test_corpus_is_llm_style_text_from_four_countries() -> None:
    """Markdown headings, bold labels and tables; JSON, YAML and CSV that parse; identifiers with valid check
    digits; postal codes in their shapes; every country; ages 90+."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    text_docs = [d.content for d in docs if d.format == "text"]
    assert sum(bool(re.search(r"(?m)^#{1,4} \S", t)) for t in text_docs) >= len(text_docs) * 2 // 3
    assert sum(bool(re.search(r"\*\*[^*\n]+:\*\*", t)) for t in text_docs) >= len(text_docs) * 3 // 4
    assert sum(bool(re.search(r"(?m)^\|[-| ]+\|$", t)) for t in text_docs) >= len(text_docs) // 2
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    fenced = {lang: [f for t in text_docs for f in _fences(t, lang)] for lang in ("json", "yaml", "csv")}
    assert all(len(v) >= 6 for v in fenced.values())
    assert all(json.loads(f) for f in fenced["json"]) and all(yaml.safe_load(f) for f in fenced["yaml"])
    assert all(len(list(csv.reader(io.StringIO(f)))) == 7 for f in fenced["csv"])
    values = [(t, v) for d in docs for t, v in d.phi]
    phi = [(d, t, v) for d in docs for t, v in d.phi]
    nhs = [v for d, t, v in phi if t == "ID" and re.search(rf"NHS Number\W+{re.escape(v)}", d.content)]
    assert len(nhs) >= 6 and all(ids.nhs_ok(n) for n in nhs)
    npis = [v for d, t, v in phi if t == "LICENSE" and re.search(rf"(?i)npi\W+{v}", d.content)]
    assert len(npis) >= 10 and all(ids.npi_ok(n) for n in npis)
    deas = [v for t, v in values if t == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", v)]
    assert len(deas) >= 2 and all(ids.dea_ok(n) for n in deas)
    au = [v for d, t, v in phi if d.loc == "AU" and t == "HEALTH_PLAN"]
    medicare = [v for v in au if re.fullmatch(r"\d{4} ?\d{5} ?\d", v)]
    assert len(medicare) >= 6 and all(ids.medicare_au_ok(n) for n in medicare)
    zips = {loc: [v for d in docs if d.loc == loc for t, v in d.phi if t == "ZIP"] for loc in people.LOCS}
    assert all(re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", z) for z in zips["CA"]) and len(zips["CA"]) >= 6
    assert all(re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", z) for z in zips["GB"]) and len(zips["GB"]) >= 6
    assert all(re.fullmatch(r"\d{4}", z) for z in zips["AU"])
    assert all(re.fullmatch(r"\d{5}(-\d{4})?", z) for z in zips["US"])
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12


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


ENGINE_WORDS_BEFORE = {"petrov"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
