"""Run the fifty-ninth generalisation probe (radiology and imaging text from the United States, Canada, the
United Kingdom, Australia and India -- CT, MRI, ultrasound, X-ray and mammography reports with BI-RADS,
teleradiology preliminary reads, DICOM SR dumps and DICOM JSON headers, modality worklists, PACS / RIS exam
queues, HL7 ORM / ORU imaging messages, critical-result call logs, mammography recall and biopsy letters,
imaging prior-authorisation requests, peer-review discrepancy logs and contrast-reaction notes). A document
the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe59.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe59 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe59", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
