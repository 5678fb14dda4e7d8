"""Run the forty-eighth generalisation probe: mask every probe-48 document with the engine, report leaks.

    python -m tests.engine.probe48.run_probe [--seed 1] [--json /tmp/p48.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe48/corpus.py: English and bilingual
English / Arabic-script health text from the Gulf, the Levant, North Africa, Turkey and Iran -- DHA eClaim
XML, prior-approval requests, discharge summaries, visa medical fitness certificates, sick-leave reports,
lab and radiology reports, referral letters, an e-prescription JSON, a medical-tourism coordinator's
WhatsApp chat, ambulance patient care reports, labour ward notes, Hajj / Umrah certificates, occupational
health examinations, teleconsultation transcripts, e-Nabiz summaries, Egyptian clinic tickets and SMS logs).
A document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe48.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe48 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe48", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
