"""Run the eighty-eighth generalisation probe: mask every probe-88 document with the engine, report leaks.

    python -m tests.engine.probe88.run_probe [--seed 1] [--json /tmp/p88.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe88/corpus.py: home medical equipment,
home infusion and specimen logistics text from the United States, the United Kingdom, Canada and Australia --
DME delivery tickets, CPAP and concentrator service logs, infusion compounding records, specimen
chain-of-custody logs, lab pick-up manifests (CSV), wheelchair and bed fitting reports, returned-equipment
reconciliations, dispatcher SMS threads, proofs of delivery, carer complaint e-mails, rental billing
statements, warranty claims, recall letters, driver route sheets, home oxygen risk assessments, a dispatch
order export (JSON), infusion nursing visit notes and after-hours on-call logs). A document the engine crashes
on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe88.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe88 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe88", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
