"""Run the seventy-seventh generalisation probe: mask every probe-77 document with the engine, report leaks.

    python -m tests.engine.probe77.run_probe [--seed 1] [--json /tmp/p77.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe77/corpus.py: health text from Latin
America in its own Spanish and Portuguese -- epicrisis, recetas and receitas de controle especial,
notificaciones obligatorias (SINAVE, SINAN), certificados de defunción / declarações de óbito, carnets
perinatales, triage de guardia, interconsultas, historias clínicas de ingreso, e-SUS and MV record exports,
families' WhatsApp messages, laboratory reports, pharmacy dispensation logs, SAMU call logs, insurer
authorisations (guia TISS, EPS), RIPS files, PAMI / mutualista orders and referral sheets). A document the
engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe77.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe77 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe77", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
