"""Run the fifty-fifth generalisation probe: mask every probe-55 document with the engine, report leaks.

    python -m tests.engine.probe55.run_probe [--seed 1] [--json /tmp/p55.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe55/corpus.py: health-IT integration
and support text from eight US health systems and two VA medical centres -- Mirth Connect logs, HL7 ACK / NACK
exchanges, Rhapsody error queues, Cloverleaf error databases, ServiceNow tickets on Epic, Jira tickets on
Cerner, VistA FileMan and ^DPT global dumps, Cerner CCL output, Epic Clarity / Caboodle SQL grids, X12 270 /
271, 276 / 277 and 834 files, a claim scrubber log, an EMPI duplicate worklist, an interface mapping
spreadsheet, on-call chat, an eligibility API JSON response and an engine's NDJSON audit log). A document the
engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe55.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe55 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe55", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
