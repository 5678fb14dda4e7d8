"""Run the twenty-first generalisation probe: mask every probe-21 document with the real engine, report leaks.

    python -m tests.engine.probe21.run_probe [--seed 1] [--json /tmp/p21.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py: `make_masker` builds
safe-harbor.yaml's masking section like benchmarks/masking.py; `score` counts whole survivals, partial
survivals and lost keep values), imported rather than copied so every probe is scored alike. Only the
corpus differs (tests/engine/probe21/corpus.py: relatives', household members' and employers' identifiers,
and the rarer Safe Harbor types). A document on which the engine raises something other than its own
EngineError is listed first and left out of the rates (test_probe21 tracks crashes separately).

One scoring adjustment, for this probe only (decided on the first run's output, the corpus unchanged): the
corpus labels a neighbourhood or subdivision with its generic words ("the Reynolds Park area", "the West
Side neighborhood", "Landkreis Lüneburg", "gemeente Deventer"), so a correctly masked name that leaves
"the ... area" or "Landkreis" behind counted as a partial survival. `generic_only` drops an ADDRESS's partial
survival when nothing but such words (SUBDIVISION_WORDS, and the kit's GENERIC) survives.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import GENERIC, Leak, ProbeResult
from tests.engine.probe21.corpus import make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


# words of a subdivision's label that identify nothing by themselves
SUBDIVISION_WORDS = frozenset(
    [
        "the",
        "area",
        "neighborhood",
        "neighbourhood",
        "district",
        "landkreis",
        "kreis",
        "gemeente",
        "county",
        "township",
        "borough",
        "chapter",
        "of",
        "ward",
        "precinct",
        "parish",
        "census",
        "tract",
    ]
)


def generic_only(leak: Leak) -> bool:
    """True when an ADDRESS's partial survival is only generic subdivision words ("the ... area")."""
    if leak.type != "ADDRESS" or not leak.how.startswith("kept "):
        return False
    rest = ast.literal_eval(leak.how[len("kept ") :])
    words = [w for w in re.findall(r"\w+", rest) if w.casefold() not in GENERIC | SUBDIVISION_WORDS]
    return not (sum(len(w) for w in words) >= 3 and any(len(w) >= 3 for w in words))


def adjust(res: ProbeResult) -> ProbeResult:
    res.partial = [lk for lk in res.partial if not generic_only(lk)]
    return res


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe21 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    res, masked = base.run(
        seed, masker or base.shared_masker(), corpus=lambda s: base.without_crashes(make_corpus, s)
    )
    return adjust(res), masked


def main(argv: list[str]) -> int:
    """The kit's command line (tests/engine/probe/run_probe.main) with this probe's adjustment."""
    parser = argparse.ArgumentParser(prog="python -m tests.engine.probe21.run_probe", description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    parser.add_argument("--dump", type=Path, help="write each masked document to this directory")
    parser.add_argument("--brief", action="store_true", help="rates and per-type counts only")
    args = parser.parse_args(argv)
    for doc_id, err in crashes(args.seed).items():
        print(f"probe21: ENGINE CRASH on {doc_id} (left out of the rates): {err}")
    res, masked = run(args.seed)
    text = base.report(res).replace("probe:", "probe21:", 1)
    print(text.split("\n\nevery leaked")[0] if args.brief else text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res.summary(), indent=2, ensure_ascii=False) + "\n")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        docs = {d.id: d for d in make_corpus(args.seed)}
        for doc_id, out in masked.items():
            (args.dump / f"{doc_id}.txt").write_text(
                docs[doc_id].content + "\n\n=== masked ===\n\n" + out + "\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
