"""Run the forty-fifth generalisation probe: mask every probe-45 document with the engine, report leaks.

    python -m tests.engine.probe45.run_probe [--seed 1] [--json /tmp/p45.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe45/corpus.py: data shaped like what
Synthea writes and what people build from it -- patients / encounters / conditions / medications /
observations / devices CSVs, a psql join of payer transitions, FHIR R4 Patient and Bundle JSON, C-CDA XML,
LLM-written notes from a record with and without Synthea's name digits, SQL INSERTs, a pandas notebook, a
data-engineering Slack thread, the run_synthea console, a pytest fixture, a dbt / Great Expectations report,
an HL7 v2 ADT message, instruction-tuning JSONL and a cohort preview in Markdown). A document the engine
crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe45.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe45 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe45", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
