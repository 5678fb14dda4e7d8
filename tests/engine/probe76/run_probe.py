"""Run the seventy-sixth generalisation probe: mask every probe-76 document with the engine, report leaks.

    python -m tests.engine.probe76.run_probe [--seed 1] [--json /tmp/p76.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe76/corpus.py: health insurance,
social-security and administrative forms of Western and Southern Europe in their own languages -- French
feuilles de soins, arrêts de travail and CPAM letters, Belgian mutualité attestations, German
AU-Bescheinigungen, Kostenübernahme requests, Pflegegrad decisions and KV claim exports, Austrian ÖGK letters,
Pflegegeld decisions and e-card logs, Swiss KVG prior authorisations, portal threads and TARDOC invoices,
Italian esenzioni, ricette NRE, INPS verbali and SDO letters, Spanish bajas IT, receipts, discapacidad
decisions and informes de alta, Portuguese CIT, isenções and pharmacy receipts, Greek e-prescriptions, EKAA /
S2 requests and EOPYY logs, Maltese S2 applications and appointment letters). A document the engine crashes on
is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe76.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe76 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe76", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
