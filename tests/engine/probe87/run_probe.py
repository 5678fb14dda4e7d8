"""Run the eighty-seventh generalisation probe: mask every probe-87 document with the engine, report leaks.

    python -m tests.engine.probe87.run_probe [--seed 1] [--json /tmp/p87.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe87/corpus.py: code-switched health
text -- Hinglish ward WhatsApp groups and ASHA registers, Taglish telehealth and family chats, Spanglish
pharmacy chats and portal messages (JSON), a Singlish voice-note handover, Manglish reminder replies, Arabizi
call logs and a Facebook inbox export (JSON), Sheng CHW SMS and a discharge family note, Québec Franglais,
Camfranglais, Portuñol, Konglish, Japanglish, Welsh-English and Kaaps). A document the engine crashes on is
listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe87.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe87 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe87", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
