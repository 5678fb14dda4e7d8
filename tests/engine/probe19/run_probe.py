"""Run the nineteenth generalisation probe: mask every probe-19 document with the real engine, report leaks
and, above all, over-masking of harmless eponyms, organisms, brands and donors' names.

    python -m tests.engine.probe19.run_probe [--seed 1] [--json /tmp/p19.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py: `make_masker` builds
safe-harbor.yaml's masking section like benchmarks/masking.py; `score` counts whole survivals, partial
survivals and lost keep values), imported rather than copied so every probe is scored alike. Only the
corpus differs (tests/engine/probe19/corpus.py).

A document on which the engine raises something other than its own EngineError (a crash, not a
fail-closed refusal) is listed first and left out of the rates: the rates describe what the engine
masks, the crash list what it cannot process at all (test_probe19 tracks both).
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe19.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    """The corpus without the documents the engine crashes on (those are reported by `crashes`)."""
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe19 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe19", make_corpus, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
