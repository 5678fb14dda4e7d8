"""Run the forty-seventh generalisation probe: mask every probe-47 document with the engine, report leaks.

    python -m tests.engine.probe47.run_probe [--seed 1] [--json /tmp/p47.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe47/corpus.py: health text written by
patients, families and the public in the US, UK, Ireland, Canada, Australia and New Zealand -- clinic reviews,
forum threads, crowdfunding appeals, death notices and obituaries, caregiver blogs, complaint letters, e-mails
to a practice's front desk, family group chats, school and village newsletters, a local news story, support
group notes, a GP practice's Facebook comments, voicemail transcripts, a tenant's welfare letter, a pharmacy
delivery complaint, a symptom diary and a parish prayer list). A document the engine crashes on is listed
first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe47.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe47 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe47", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
