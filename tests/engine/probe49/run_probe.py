"""Run the forty-ninth generalisation probe: mask every probe-49 document with the engine, report leaks.

    python -m tests.engine.probe49.run_probe [--seed 1] [--json /tmp/p49.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe49/corpus.py: clinical-trial and
research data management text from US, Romanian, Bulgarian, Hungarian, Czech, Japanese, Thai and Australian
sites -- SDTM DM as SAS PROC PRINT, AE / CM / CO CSV, VS / MH / DS XPT dumps, a central-lab DTA test
transfer, an ADSL listing, an OpenClinica ODM XML export, a Rave audit trail, a query listing, a monitoring
visit report, an SAE narrative, a deviation log, a screening log, an IWRS report, a contact log, a REDCap
consent tracker (JSON), IRB mail with eTMF names, a stipend log and an E2B ICSR). A document the engine
crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe49.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe49 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe49", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
