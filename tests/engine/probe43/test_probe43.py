"""Regression guard for the forty-third generalisation probe: what AI coding agents and LLM apps send and
receive around patient data, 2026 style, with synthetic PHI planted in it. Kinds: OpenAI Responses request
with a pasted discharge summary, Anthropic Messages request with tool_use / tool_result blocks, LangGraph
trace export (NDJSON), Assistants thread export, MCP tools/call result carrying a FHIR Patient and Encounter
as text, vector-store upsert, eval data set (JSONL), Jinja-rendered prompt, Jupyter notebook cell output,
coding agent's terminal log (pytest, psql, curl with a bearer token), git diff adding a test fixture, Slack
bot message (Block Kit), structured-output chat completion, function-calling request (`schedule_appointment`),
embedding batch request, chat UI export (Markdown), agent JSON log stream, OCR'd insurance card prompt: rates
may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe43.run_probe --seed N --brief`, and seed 1 without --brief;
engine at commit fc28e4a, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     2.68% (18/672)     2.68% (18/672)     18.81% (82/436)
    2     1.64% (11/672)     1.64% (11/672)     18.35% (80/436)
    3     1.64% (11/672)     1.64% (11/672)     17.66% (77/436)

Seed 1 by type (leaked / values): NAME 14/160, ADDRESS 3/68, AGE 1/8; none in DATE (124), PHONE (64),
ZIP (42), MRN (40), HEALTH_PLAN (34), EMAIL (32), SSN (24), ID (20), CREDENTIAL (18: OpenAI, Anthropic,
Pinecone and Slack keys, JWTs, DSN passwords), URL (12), DEVICE (10), ACCOUNT (8), IP (8). Seed 2: NAME 7,
ADDRESS 3, AGE 1; seed 3: NAME 5, ADDRESS 3, AGE 3.
Worst kinds (seed 1): LangGraph trace export 8/48, agent JSON log stream 4/36, vector-store upsert 2/44,
embedding batch 2/36; best (none leaked): OpenAI Responses request, Anthropic tool_use / tool_result,
Assistants thread, MCP FHIR result, eval JSONL, Jinja prompt, notebook output, terminal log, git diff,
structured output, function calling, OCR'd card.
What leaks (seed 1):
- NAME 14: a whole name alone as a JSON value under a short or unusual key ("nok": "Bolormaa Gunawardena",
  "nok": "Chanthy Waititi" in the log stream; "patient_name": "Oyunchimeg Kassymov" / "Voahirana Nnaji" in the
  vector payload); a given name alone opening a message ("Chanthy, please call [NAME] ...", "Erdenebat,
  please ...") or before 's ("about Urpi's discharge", "about Inuk's discharge"); the given name of an
  upper-case "GIVEN FAMILY" after "identifiers from:" ("URPI [NAME]", "INUK [NAME]"); "Dr. Lepik" after "PCP"
  in an embedding chunk.
- ADDRESS 3: the town between a masked street and "STATE ZIP3" ("[ADDRESS], Wickerbrook OR 977", "Going home
  to [ADDRESS], Fernhallow OR 973") and after "lives with [NAME] in" ("in Dovecote Springs KS 665").
- AGE 1 (seed 3: 3): all the kit's "90 or older" artefact -- a patient aged exactly 90 whose "90-year-old"
  became "90 or older"; the bare "90" scores as surviving (as in probe42). Not a real leak.
Partial: none on any seed.
Over-masking (seed 1, 82 of 436): server-side timestamps, every one -- 28 ISO log / trace / message timestamps
("2026-03-04T07:57:52.069Z") and 4 "2026-02-26 15:08:08" in text (labelled keep by the policy: a server event,
not a date of the individual); token counts, every one ("input_tokens=6017", "output_tokens=238": 14); model
names carrying a date (13: "gpt-4o-2024-11-20", "claude-sonnet-4-20250514", "claude-3-5-haiku-20241022"; the
undated "gpt-4.1", "claude-sonnet-4-5" kept); run / request UUIDs (5); eval-set ids "eval-0001".."eval-0003"
(6, every one); the API version "2023-06-01" (2); a namespace "notes-2026" (2); the bot's name "CareBot" (2);
hospital / clinic names after a date or in a sentence ("..., Jul 21, 2024, Quillfeather Regional Medical
Center.", "assistant for Sorrel Valley Health", "(Foxtail Pediatrics)": 4); a notebook cell id (hex, 1); "INR
2.7" before "on <date>" (1). Kept everywhere: vendor object ids (resp_, msg_, toolu_, call_, thread_, run_,
asst_, chatcmpl-), trace / span hex ids, role names, tool and function names, drug names and doses, ICD-10 and
LOINC codes, most lab values, payer and plan names, RxBIN / RxPCN, ages under 90, code identifiers.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is agent traffic (JSON, NDJSON and text; several vendors' credentials; 2026 keep
timestamps never sharing a date with a PHI date; ages 90+), and independence from probes 1-42 (template kinds;
name words, towns and streets of their people tables with the kit's check; no name word in any string of
those tables -- run before the measurement, the one clash, "Olinda", replaced then). Names were not checked
against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's
code when the probe was written (found by `written_in_engine_code`, not chosen: none).
"""

from __future__ import annotations

import importlib
import json

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe43 import people
from tests.engine.probe43.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe43.run_probe import crashes, run

LEAK_CEILING = 0.04  # first: 2.68% (18/672)
STRICT_CEILING = 0.04  # whole + partial: first 2.68% (18/672)
OVERMASK_CEILING = 0.13  # now 11.93% (52/436); first: 18.81% (82/436)
CLEAN = {"DATE", "PHONE", "ZIP", "MRN", "HEALTH_PLAN", "EMAIL", "SSN", "ID", "CREDENTIAL", "URL", "DEVICE"}
CLEAN |= {"ACCOUNT", "IP"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 43))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for s in people.STATES.values() for t in s.towns}


def _streets() -> set[str]:
    return set(people.STREETS)


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
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 350
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 6 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN"}
    assert types >= {"ACCOUNT", "ID", "URL", "IP", "DEVICE", "CREDENTIAL"}


def test_corpus_is_agent_traffic() -> None:
    """JSON, NDJSON and text; vendor request shapes; credentials of several vendors labelled CREDENTIAL; log
    timestamps (2026) keep and never sharing a date with a PHI date; ages 90+ labelled AGE."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.format for d in docs} == {"json", "ndjson", "text"}
    for d in docs:
        if d.format == "json":
            json.loads(d.content)
        elif d.format == "ndjson":
            assert all(json.loads(line) for line in d.content.splitlines())
    creds = [v for d in docs for t, v in d.phi if t == "CREDENTIAL"]
    vendors = {c.split("-")[0].split("_")[0] for c in creds if c[:2] in ("sk", "xo", "pc")}
    assert vendors >= {"sk", "xoxb", "pcsk"}
    assert any(c.startswith("eyJ") for c in creds)
    keep = [k for d in docs for k in d.keep]
    stamps = [k for k in keep if k.startswith("2026-")]
    assert len(stamps) >= 60
    phi_dates = {v for d in docs for t, v in d.phi if t == "DATE"}
    assert not any(s[:10] in phi_dates for s in stamps)
    assert all(not v.startswith("2026") for v in phi_dates)
    assert sum(t == "AGE" and int(v) >= 90 for d in docs for t, v in d.phi) >= 20
    assert any(k.startswith("claude-") for k in keep) and any(k.startswith(("gpt-", "o4")) for k in keep)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-42, no name word, town or street of their people tables (the kit's check);
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
        min_keep=350,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
