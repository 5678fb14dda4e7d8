"""Run the forty-fourth generalisation probe: mask every probe-44 document with the engine, report leaks.

    python -m tests.engine.probe44.run_probe [--seed 1] [--json /tmp/p44.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe44/corpus.py: English health text
from India, Pakistan, Bangladesh, Sri Lanka, Nepal, the Philippines, Malaysia and Singapore -- OPD slips,
discharge summaries, an ABDM e-prescription, TPA pre-authorisations, lab reports, referrals, a residents'
WhatsApp group, ASHA / LHW registers, immunisation cards, PhilHealth claims, NRIC memos, MyKad admissions,
clinic books, birth registration notes, SMS logs and ambulance call sheets). A document the engine crashes
on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe44.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe44 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe44", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
