"""Run the fifty-eighth generalisation probe: mask every probe-58 document with the engine, report leaks.

    python -m tests.engine.probe58.run_probe [--seed 1] [--json /tmp/p58.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe58/corpus.py: pharmacy and
pharmacy-benefit text from the United States, Canada and the United Kingdom -- prescription labels and bag
tags, NCPDP SCRIPT NewRx and RxRenewal XML, NCPDP D.0 claims and rejects, PDMP reports, refill-request faxes,
pharmacist intervention and MTM notes, compounding worksheets, controlled-substance logs, specialty-pharmacy
intake, PBM prior-authorisation and appeal letters, vaccine administration records, pharmacy chat / IVR
transcripts, NHS EPS dispensing tokens, Canadian pharmacy records and a dispensing-system JSON export). A
document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe58.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe58 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe58", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
