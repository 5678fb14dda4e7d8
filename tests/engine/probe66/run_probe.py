"""Run the sixty-sixth generalisation probe (oncology, transplant, dialysis and chronic-disease programme text
from the United States, the United Kingdom, Canada, Australia and New Zealand -- tumour-board minutes, NAACCR
and provincial registry abstracts, chemotherapy order sets and SACT cycle logs, radiotherapy prescriptions,
MDT outcome forms, UNOS / NHSBT waitlist registrations, organ-offer logs, dialysis run sheets, CKD clinic
letters, diabetes education logs, palliative-care notes, patient-navigator notes, REDCap trial eligibility
screens, living donor assessments, PD home visits, urgent suspected-cancer referrals and oncology triage
logs). A document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe66.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe66 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe66", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
