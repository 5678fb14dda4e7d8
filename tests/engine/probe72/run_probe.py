"""Run the seventy-second generalisation probe: mask every probe-72 document with the engine, report leaks.

    python -m tests.engine.probe72.run_probe [--seed 1] [--json /tmp/p72.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe72/corpus.py: health text from
Southeast Asia and the Pacific in the local languages -- Vietnamese discharge papers, outpatient books, BHYT
claim sheets, lab reports, mother-and-child books and HIS logs; Indonesian resume medis, BPJS referrals,
pregnancy registers, Buku KIA and V-Claim JSON; Malaysian sick certificates, SMS reminders, pharmacy labels,
elder home visits and admission forms; PhilHealth CF-1 and eClaims JSON, barangay immunisation cards and
registers, Viber chats; Thai OPD cards, medical certificates, LINE chats, pharmacy labels and อสม. home
visits; a Cambodian lab report; Māori and Pacific whānau notes, referrals and NHI logs in New Zealand; Samoan
SMS, a Tongan child health card, a Fijian WhatsApp chat and admission form). A document the engine crashes
on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe72.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe72 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe72", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
