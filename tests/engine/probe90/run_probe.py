"""Run the ninetieth generalisation probe: mask every probe-90 document with the engine, report leaks.

    python -m tests.engine.probe90.run_probe [--seed 1] [--json /tmp/p90.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe90/corpus.py: emergency-department and
acute-ward flow text from the United States, the United Kingdom, Ireland, Canada, Australia and New Zealand --
ED tracking-board exports (fixed-width and CSV), transcribed whiteboards, ISBAR / SBAR handovers, bed huddles,
ambulance offload logs, security incident notes, police and social-work liaison entries, lost-property logs,
after-hours pharmacy requests, porter job lists, rostering messages, clinicians' chat threads,
discharge-lounge lists, mortuary and bereavement notes, IT service tickets, an ED event feed (JSON) and
car-park logs). A document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe90.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe90 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe90", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
