"""Run the ninety-third generalisation probe: mask every probe-93 document with the engine, report leaks.

    python -m tests.engine.probe93.run_probe [--seed 1] [--json /tmp/p93.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe93/corpus.py: Southern European and
Balkan clinical running text in the local languages and scripts -- Italian, Greek, Maltese, Croatian, Serbian
Cyrillic and Latin, Slovenian, Bosnian, Albanian, Romanian, Bulgarian, Macedonian, Catalan and Galician
discharge letters, epicrises, referrals, e-prescriptions, emergency sheets, nursing handovers, GP notes, lab
report headers, sick-leave and death certificates, e-health portal exports (JSON, CSV), SMS reminders,
e-mails, home-care logs, vaccination cards, insurance-card data and ambulance reports). A document the engine
crashes on is listed first and left out of the rates."""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe93.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe93 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe93", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
