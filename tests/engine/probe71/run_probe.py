"""Run the seventy-first generalisation probe: mask every probe-71 document with the engine, report leaks.

    python -m tests.engine.probe71.run_probe [--seed 1] [--json /tmp/p71.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe71/corpus.py: developer-collaboration
and incident artefacts around health software from the United States, the United Kingdom and New Zealand --
RFC 822 e-mail threads and a forwarded complaint, Slack and Teams channel exports, a telehealth iCalendar
invite, a PagerDuty timeline, a Sentry event, EKS pod logs from CloudWatch, Terraform plan output, a Postman
collection, a HAR excerpt, OpenSearch results, Redis MONITOR output, a Kafka console-consumer dump, a
Confluence storage-format page, a Zendesk ticket export, a support-call recording transcript and a git
format-patch e-mail). A document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe71.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe71 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe71", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
