"""Run the seventy-ninth generalisation probe: mask every probe-79 document with the engine, report leaks.

    python -m tests.engine.probe79.run_probe [--seed 1] [--json /tmp/p79.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe79/corpus.py: health text from the
Middle East, North Africa, Turkey and Iran in the region's own languages and scripts -- Arabic (Saudi,
Emirati, Jordanian, Lebanese, Egyptian, Iraqi; Moroccan French-Arabic), Persian, Hebrew, Turkish and Sorani
Kurdish discharge summaries, referral and sick-leave letters, prescriptions and e-prescription records,
insurance pre-approvals and claims, lab reports, nursing notes, vaccination cards, death certificates,
WhatsApp family threads, registration slips, EMR exports, SMS reminders and transfer notes, with Hijri and
Jalali dates and Eastern Arabic and Persian digits). A document the engine crashes on is listed first and
left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe79.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe79 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe79", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
