"""Run the fifty-third generalisation probe: mask every probe53 document with the real engine, report what
leaks (pre-hospital and emergency text from the US, Canada, the UK and Australia -- CAD incident logs, ePCR
SOAP and DCHART narratives, NEMSIS XML, ATMIST radio pre-alerts, medical-control patches, trauma registry
abstracts, poison-centre records, mass-casualty tag lists, transfer requests, air-medical flight logs, fire
and road-crash rescue reports, 999 call logs, IMIST-AMBO handovers, ePCR JSON exports, refusal forms and
safeguarding referrals). A document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe53.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe53 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe53", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
