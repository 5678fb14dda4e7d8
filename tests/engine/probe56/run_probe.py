"""Run the fifty-sixth generalisation probe against the engine and print what leaked (specialty outpatient
and allied-health text from the UK, Ireland, Canada, Australia, New Zealand and the US -- dental charts and
treatment plans, orthodontic notes, sight-test records, ophthalmology letters, spectacle lab orders,
audiology reports, hearing-aid fitting records, podiatry reviews, chiropractic and physiotherapy notes,
speech and language therapy reports, dietitian consults, dermatology photo logs, SMS reminder logs, recall
letters, practice-management exports, booking-platform payloads and allied-health claims). A document the
engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe56.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe56 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe56", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
