"""Run the fifty-first generalisation probe: mask every probe-51 document with the engine, report leaks.

    python -m tests.engine.probe51.run_probe [--seed 1] [--json /tmp/p51.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe51/corpus.py: long-term care, home
health, hospice and disability support paperwork from the US, the UK, Canada, Australia, New Zealand and
Ireland -- MDS 3.0 item listings, OASIS-E start-of-care assessments, care-home handover sheets, falls incident
reports, MARs with signature lists, person-centred care plans, support workers' shift notes, family
communication logs, visiting schedules, DoLS forms and guardianship orders, NDIS support plans, home-care run
rosters, hospice bereavement letters, wound photo indexes, advance care plans, patient transport bookings,
equipment delivery notes and interRAI Home Care summaries). A document the engine crashes on is listed first
and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe51.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe51 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe51", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
