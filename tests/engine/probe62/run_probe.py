"""Run the sixty-second generalisation probe: mask every probe-62 document with the engine, report leaks.

    python -m tests.engine.probe62.run_probe [--seed 1] [--json /tmp/p62.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe62/corpus.py: laboratory, pathology
and genomics text from the US, the UK, Canada and Australia -- LIS result reports, specimen label reprints and
draw lists, blood bank crossmatch worksheets, transfusion records, cervical screening reports, surgical
pathology reports with gross descriptions, frozen-section logs, microbiology cultures with susceptibilities,
germline and somatic molecular reports, biobank consent forms and sample manifests, chain-of-custody drug
screens, reference-lab orders, critical-value call logs, HL7 ORU messages, newborn screening cards and
wrong-blood-in-tube incident reports). A document the engine crashes on is listed first and left out of the
rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe62.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe62 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe62", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
