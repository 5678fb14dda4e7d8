"""Run the eighty-ninth generalisation probe: mask every probe-89 document with the engine, report leaks.

    python -m tests.engine.probe89.run_probe [--seed 1] [--json /tmp/p89.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe89/corpus.py: international
patients and medical tourism -- coordinators' e-mail and WhatsApp threads, cost estimates, visa-support
letters, airport pick-up and hotel bookings, treatment summaries for the home doctor, guarantee-of-payment
letters, interpreter requests, tele-consult notes, fitness-to-fly certificates, escort handovers, passport
scan metadata (JSON), repatriation files, registration forms, deposit receipts, a facilitator's arrivals CSV
and home doctors' referral letters). A document the engine crashes on is listed first and left out of the
rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe89.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe89 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe89", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
