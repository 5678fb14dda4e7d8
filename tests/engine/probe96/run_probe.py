"""Run the ninety-sixth generalisation probe: mask every probe-96 document with the engine, report leaks.

    python -m tests.engine.probe96.run_probe [--seed 1] [--json /tmp/p96_s1.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe96/corpus.py: EHR access-audit and
privacy-monitoring text of US health systems -- audit-log exports (CSV), break-the-glass logs, monitoring
alert queues, investigation reports, interview summaries, sanction and breach-notification letters,
four-factor risk assessments, OCR breach worksheets, accountings of access, SIEM login events (NDJSON),
fixed-width audit trails, portal proxy audits, print and download logs, privacy e-mail threads, Teams chats,
training attestations and HR termination checklists). A document the engine crashes on is listed first and
left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe96.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe96 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe96", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
