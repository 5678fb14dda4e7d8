"""Run the sixty-seventh generalisation probe: mask every probe67 document with the real engine, report what
leaks.

    python -m tests.engine.probe67.run_probe [--seed 1] [--json /tmp/probe67.json] [--brief] [--dump DIR]

Same engine set-up and scoring as tests/engine/probe/run_probe.py, over the probe67 corpus (data-science and
notebook output around patient data at five invented US Southeast health systems -- Jupyter / pandas reprs,
polars and Spark tables, psql / MySQL / sqlite3 grids, R tibbles, dbt test failures, Great Expectations
results, CSV / TSV heads, Parquet metadata, tracebacks, SQL fix scripts, Airflow logs, AI agent transcripts
and raw .ipynb files). A document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe67.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe67 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe67", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
