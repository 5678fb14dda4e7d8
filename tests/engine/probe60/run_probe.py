"""Run the sixtieth generalisation probe: mask every probe-60 document with the engine, report leaks.

    python -m tests.engine.probe60.run_probe [--seed 1] [--json /tmp/p60.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe60/corpus.py: military and veterans'
health text from the US DoD and VA, the UK MoD and Veterans UK, the Canadian Armed Forces and Veterans
Affairs Canada, the Australian Defence Force and DVA -- DD Forms 2795 / 2796, MEDEVAC 9-liners with MIST
reports, TRAC2ES patient movement requests, VA 21-526EZ claims, C&P DBQs, VBMS rating letters, CPRS notes,
TRICARE referrals, DA 2173 line-of-duty statements, FMed 23 boards, DMICP consultations, AFCS / War Pension
letters, CF 98 injury reports, VAC letters, ADF MEC reviews, DVA claims and family readiness messages). A
document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe60.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe60 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe60", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
