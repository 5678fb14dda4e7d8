"""Run the fifth generalisation probe: mask every probe-5 document with the real engine, report leaks.

    python -m tests.engine.probe5.run_probe [--seed 1] [--json /tmp/probe5/result.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py: `make_masker` builds
safe-harbor.yaml's masking section like benchmarks/masking.py; `score` counts whole survivals, partial
survivals and lost keep values), imported rather than copied so every probe is scored alike. Only the
corpus differs (tests/engine/probe5/corpus.py).
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe5.corpus import make_corpus


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the whole probe5 corpus; also returns each document's masked text (refused: '')."""
    return base.run(seed, masker, corpus=make_corpus)


def main(argv: list[str]) -> int:
    return base.main(argv, name="probe5", corpus=make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
