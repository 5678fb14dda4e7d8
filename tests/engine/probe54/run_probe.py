"""Run the fifty-fourth generalisation probe: mask every probe-54 document with the engine, report leaks.

    python -m tests.engine.probe54.run_probe [--seed 1] [--json /tmp/p54.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe54/corpus.py: public-health
surveillance text from US county and district health departments, Canadian public health units, UK health
protection teams, Australian public health units and New Zealand's public health service -- case
investigation forms, measles contact-tracing and foodborne outbreak line lists, HL7 v2.5.1 ORU and CSV
electronic lab reports, immunisation register histories and reminder / recall letters, TB DOT logs, STI
partner-notification notes, school absence reports, death and birth registration amendments, a syndromic
chief-complaint feed, household environmental-health inspections, HPZone case logs, measles exposure-site
investigations, lab-to-epidemiologist e-mails and surveillance-system JSON exports). A document the engine
crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe54.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe54 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe54", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
