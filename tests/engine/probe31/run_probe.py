"""Run the thirty-first generalisation probe: mask every probe-31 document with the engine, report leaks.

    python -m tests.engine.probe31.run_probe [--seed 1] [--json /tmp/p31.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe31/corpus.py: clinical text in
non-Latin scripts). A document the engine crashes on is listed first and left out of the rates.

Two scoring adjustments, decided before any measurement:
- Scripts that glue words (Thai, Han, kana, Hangul) or glue prefixes to them (Hebrew, Arabic, Persian): the
  kit finds a survival only between word boundaries, so "郭凤英" left in "由郭凤英陪同" or "מנחם" in "למנחם"
  would not count. A PHI value of 2+ characters in such a script also leaks ("substring") when it survives
  as a plain substring of the masked text (corpus.problems makes sure it occurs nowhere else in the input).
- Safe Harbor lets a date's year stay; this probe lets stay a year in any calendar and digit set ("1402",
  "۱۴۰۲", "২০২৪", "พ.ศ. 2567", "令和6年", "民國113年", "R6.", "2024년", "2024 г."). A partly masked DATE whose
  surviving pieces hold nothing else (fewer than 3 letters/digits once those are removed) is not partial.
"""

from __future__ import annotations

import ast
import re
import sys
import unicodedata
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import Leak, ProbeResult, strings_of
from tests.engine.probe31.corpus import Doc, glued_script, make_corpus

_ALLOWED = re.compile(
    r"令和\d+年|平成\d+年|昭和\d+年|大正\d+年|民國\d+年|พ\.ศ\.|\b[RHS]\d{1,2}\.|(?<!\d)(?:1[3-9]|2[0-5])\d\d(?!\d)\s*(?:年|년|г\.|р\.)?"
    r"|年|년|г\.|р\."
)


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def allowed_remainder(how: str) -> bool:
    """True when a partial DATE survival ("kept '...'") holds only a year (any calendar) and its markers."""
    piece = ast.literal_eval(how[len("kept ") :])
    piece = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in piece)  # any script -> 0-9
    rest = _ALLOWED.sub(" ", piece)
    return sum(c.isalnum() for c in rest) < 3


def adjust(res: ProbeResult, masked: dict[str, str], corpus: list[Doc]) -> ProbeResult:
    """Apply both adjustments to a kit result (in place; also returned)."""
    res.partial = [x for x in res.partial if not (x.type == "DATE" and allowed_remainder(x.how))]
    found = {(lk.doc, lk.type, lk.value) for lk in res.leaks}
    for doc in corpus:
        out = masked.get(doc.id)
        if not out:
            continue
        text = " ".join(strings_of(doc.format, out))
        for type_, value in doc.phi:
            if (doc.id, type_, value) in found or not glued_script(value):
                continue
            at = text.find(value)
            if at >= 0:
                ctx = text[max(0, at - 30) : at + len(value) + 30].replace("\n", "⏎")
                res.leaks.append(Leak(doc.id, doc.kind, doc.loc, type_, value, "substring", ctx))
                res.partial = [x for x in res.partial if not (x.doc == doc.id and x.value == value)]
    return res


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe31 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    corpus = scored_corpus(seed)
    res, masked = base.run(seed, masker or base.shared_masker(), corpus=lambda _s: corpus)
    return adjust(res, masked, corpus), masked


def main(argv: list[str]) -> int:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    for doc_id, err in crashes(seed).items():
        print(f"probe31: ENGINE CRASH on {doc_id} (left out of the rates): {err}")
    base.run = _adjusted(base.run)  # main() calls the kit's run; apply the same adjustments there
    return base.main(argv, name="probe31", corpus=scored_corpus, doc=__doc__)


def _adjusted(kit_run: Any) -> Any:
    def wrapped(
        seed: int = 1, masker: Any = None, corpus: Any = make_corpus
    ) -> tuple[ProbeResult, dict[str, str]]:
        docs = corpus(seed)
        res, masked = kit_run(seed, masker or base.shared_masker(), corpus=lambda _s: docs)
        return adjust(res, masked, docs), masked

    return wrapped


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
