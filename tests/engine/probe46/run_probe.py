"""Run the forty-sixth generalisation probe: mask every probe-46 document with the engine, report leaks.

    python -m tests.engine.probe46.run_probe [--seed 1] [--json /tmp/p46.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe46/corpus.py: clinical documents the
way an evaluator generates them by prompting a large language model -- Markdown discharge summaries, SOAP
notes, H&Ps, referral letters, radiology and lab reports (a CSV fence), prescriptions, consent forms, prior
authorizations (a JSON fence), intake forms (JSON), care plans (a YAML fence), SBAR handoffs, mental-health
intakes, well-child notes, appointment e-mails, after-visit summaries, death summaries and trial screening
notes from the US, the UK, Canada and Australia). A document the engine crashes on is listed first and left
out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe46.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe46 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe46", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
