"""Run the fifty-second generalisation probe: mask every probe-52 document with the engine, report leaks.

    python -m tests.engine.probe52.run_probe [--seed 1] [--json /tmp/p52.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe52/corpus.py: Spanish, Portuguese and
bilingual English / Spanish health text from US community health centres and from Mexico, Guatemala, El
Salvador, Honduras, the Dominican Republic, Puerto Rico, Colombia, Venezuela, Peru, Chile, Argentina and
Brazil -- promotora home-visit notes, bilingual discharge instructions, Medicaid / CHIP letters, Spanglish
family chats, intake forms, IMSS referrals, recetas, actas de nacimiento, lab reports, MSPAS referral slips,
consultation sheets, remittance-paid bills, a Puerto Rican ER note, EPS authorisations, EsSalud referrals,
Fonasa epicrises, SUS records and telehealth transcripts). A document the engine crashes on is listed first
and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe52.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe52 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe52", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
