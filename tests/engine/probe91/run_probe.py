"""Run the ninety-first generalisation probe: mask every probe-91 document with the engine, report leaks.

    python -m tests.engine.probe91.run_probe [--seed 1] [--json /tmp/p91.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe91/corpus.py: health information
management and release-of-information text, mostly from the United States and Canada, some from the United
Kingdom, Ireland and Australia -- ROI request worklists, authorizations to disclose, attorneys' and
solicitors' records requests, subpoenas duces tecum, disability insurers' requests, accountings of
disclosures, amendment requests and responses, chart-deficiency reports, CDI queries, EMPI merge / unmerge
worklists, medical-identity-theft case notes, destruction certificates, scanning QA logs, portal
proxy-access requests, copy invoices, misdirected-fax incidents, HIM e-mail threads and an MPI search export
(JSON)). A document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe91.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe91 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe91", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
