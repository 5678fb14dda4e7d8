"""Run the twenty-sixth generalisation probe: mask every probe-26 document with the engine, report leaks.

    python -m tests.engine.probe26.run_probe [--seed 1] [--json /tmp/p26.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py: `make_masker` builds
safe-harbor.yaml's masking section; `score` counts whole survivals, partial survivals and lost keep
values), imported rather than copied so every probe is scored alike. Only the corpus differs
(tests/engine/probe26/corpus.py: names, places and dates in languages that inflect them). A document the
engine crashes on (an exception other than its fail-closed EngineError) is listed first and left out of the
rates.
No scoring adjustment.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe26.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe26 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe26", make_corpus, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
