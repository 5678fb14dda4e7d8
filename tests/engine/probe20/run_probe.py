"""Run the twentieth generalisation probe: mask every probe-20 document with the real engine, report leaks.

    python -m tests.engine.probe20.run_probe [--seed 1] [--json /tmp/p20.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py: `make_masker` builds
safe-harbor.yaml's masking section like benchmarks/masking.py; `score` counts whole survivals, partial
survivals and lost keep values), imported rather than copied so every probe is scored alike. Only the
corpus differs (tests/engine/probe20/corpus.py: i2b2/n2c2-style notes and PII-benchmark-style short texts).

A document on which the engine raises something other than its own EngineError (a crash, not a
fail-closed refusal) is listed first and left out of the rates: the rates describe what the engine
masks, the crash list what it cannot process at all (test_probe20 tracks both).

One scoring adjustment, for this probe only: the kit lets a date's year survive (Safe Harbor keeps years)
but recognises only years 18xx-20xx, so the i2b2-style shifted years (2068-2140) and years spoken in
words ("nineteen eighty-seven") left behind by a correctly masked day and month would count as partial
survivals. `year_allowed` drops a DATE's partial survival when nothing beyond its own year survives.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import GENERIC, Leak, ProbeResult
from tests.engine.probe20.corpus import Doc, make_corpus, year_words


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    """The corpus without the documents the engine crashes on (those are reported by `crashes`)."""
    return base.without_crashes(make_corpus, seed)


def _years(value: str) -> list[str]:
    """The year of a DATE label as it is written: four digits, or in words with or without hyphens."""
    digits = re.findall(r"(?<!\d)\d{4}(?!\d)", value)
    spoken = [
        form
        for y in range(1900, 2030)
        for form in {year_words(y), year_words(y).replace("-", " ")}
        if value.endswith(" " + form)
    ]
    return digits + sorted(spoken, key=len, reverse=True)[:1]


def year_allowed(leak: Leak) -> bool:
    """True when a DATE's partial survival is its year alone (what Safe Harbor and the kit allow)."""
    if leak.type != "DATE" or not leak.how.startswith("kept "):
        return False
    rest = ast.literal_eval(leak.how[len("kept ") :])
    for year in _years(leak.value):
        rest = rest.replace(year, " ")
    words = [w for w in re.findall(r"\w+", rest) if w.casefold() not in GENERIC]
    return not (sum(len(w) for w in words) >= 3 and any(len(w) >= 3 for w in words))


def adjust(res: ProbeResult) -> ProbeResult:
    res.partial = [lk for lk in res.partial if not year_allowed(lk)]
    return res


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe20 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    res, masked = base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)
    return adjust(res), masked


def main(argv: list[str]) -> int:
    """The kit's command line (tests/engine/probe/run_probe.main) with this probe's year adjustment."""
    parser = argparse.ArgumentParser(prog="python -m tests.engine.probe20.run_probe", description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    parser.add_argument("--dump", type=Path, help="write each masked document to this directory")
    parser.add_argument("--brief", action="store_true", help="rates and per-type counts only")
    args = parser.parse_args(argv)
    for doc_id, err in crashes(args.seed).items():
        print(f"probe20: ENGINE CRASH on {doc_id} (left out of the rates): {err}")
    res, masked = run(args.seed)
    text = base.report(res).replace("probe:", "probe20:", 1)
    print(text.split("\n\nevery leaked")[0] if args.brief else text)
    if args.json:
        import json

        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res.summary(), indent=2, ensure_ascii=False) + "\n")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        docs = {d.id: d for d in make_corpus(args.seed)}
        for doc_id, out in masked.items():
            text = docs[doc_id].content + "\n\n=== masked ===\n\n" + out + "\n"
            (args.dump / f"{doc_id}.txt").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
