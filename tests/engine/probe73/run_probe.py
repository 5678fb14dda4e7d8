"""Run the seventy-third generalisation probe: mask every probe-73 document with the engine, report leaks.

    python -m tests.engine.probe73.run_probe [--seed 1] [--json /tmp/p73.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe73/corpus.py: health text from Sub-
Saharan Africa written in African languages -- Swahili, Amharic in Ge'ez script with Ethiopian-calendar
dates, Yoruba with tone marks, Hausa, Igbo, isiZulu, isiXhosa, Somali, Kinyarwanda, Luganda and Shona: CHW
visit reports, mHealth SMS reminders, DHIS2 Tracker exports, antenatal and immunisation registers, referral
slips, TB cards, pharmacy logs, WhatsApp family groups, radio call-ins, discharge notes, insurance forms,
birth notifications, ART cards, iCCM registers, elder home visits and viral-load slips). A document the
engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe73.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe73 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe73", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
