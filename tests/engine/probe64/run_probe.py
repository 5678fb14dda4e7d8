"""Run the sixty-fourth generalisation probe: mask every probe-64 document with the engine, report leaks.

    python -m tests.engine.probe64.run_probe [--seed 1] [--json /tmp/p64.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe64/corpus.py: digital-health and
consumer health-tech text from the United States, the United Kingdom, Canada, India and Australia --
telehealth visit audit trails, ambient-scribe video-consultation transcripts, CGM alert escalations, BP-cuff
triage records, virtual-ward oximetry sheets, app analytics NDJSON, patient-portal threads, CRM cases,
call-centre scripts, push-notification queues, help-desk tickets, live-chat transcripts, app-store reviews,
coach notes, insulin-pump RMAs, RPM FHIR webhooks, RPM billing summaries and Indian e-prescriptions). A
document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe64.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe64 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe64", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
