"""Run the twenty-third generalisation probe: mask every probe-23 document with the engine, report leaks.

    python -m tests.engine.probe23.run_probe [--seed 1] [--json /tmp/p23.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py: `make_masker` builds
safe-harbor.yaml's masking section; `score` counts whole survivals, partial survivals and lost keep
values), imported rather than copied so every probe is scored alike. Only the corpus differs
(tests/engine/probe23/corpus.py: PHI spelled out, split, obfuscated, homoglyphed). A document the engine
crashes on (an exception other than its fail-closed EngineError) is listed first and left out of the rates.

One scoring adjustment, for this probe only, decided before any measurement: a spoken or obfuscated value
holds filler words of its own ("555, then 201, then 3344", "jdoe [at] example [dot] org", "M as in mike"),
so a partial survival made only of such words ("then", "dot", "as in") discloses nothing; `filler_only`
drops it. Any other surviving piece (a digit group, a domain, a NATO letter word) still counts.
"""

from __future__ import annotations

import ast
import re
import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import GENERIC, Leak, ProbeResult
from tests.engine.probe23.corpus import Doc, make_corpus

FILLER = frozenset(["then", "and", "dot", "at", "as", "in", "on", "number", "dash", "underscore", "slash",
                    "com", "org", "mailto", "the", "of", "double", "triple"])  # fmt: skip


def filler_only(leak: Leak) -> bool:
    """True when a partial survival is only filler words (and generic address words)."""
    if not leak.how.startswith("kept "):
        return False
    rest = ast.literal_eval(leak.how[len("kept ") :])
    words = [w for w in re.findall(r"\w+", rest) if w.casefold() not in FILLER | GENERIC]
    return not (sum(len(w) for w in words) >= 3 and any(len(w) >= 3 for w in words))


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def adjust(res: ProbeResult) -> ProbeResult:
    res.partial = [lk for lk in res.partial if not filler_only(lk)]
    return res


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe23 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    res, masked = base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)
    return adjust(res), masked


def main(argv: list[str]) -> int:
    import argparse
    import json
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m tests.engine.probe23.run_probe", description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    parser.add_argument("--dump", type=Path, help="write each masked document to this directory")
    parser.add_argument("--brief", action="store_true", help="rates and per-type counts only")
    args = parser.parse_args(argv)
    for doc_id, err in crashes(args.seed).items():
        print(f"probe23: ENGINE CRASH on {doc_id} (left out of the rates): {err}")
    res, masked = run(args.seed)
    text = base.report(res).replace("probe:", "probe23:", 1)
    print(text.split("\n\nevery leaked")[0] if args.brief else text)
    if args.json:
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
