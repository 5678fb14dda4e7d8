"""Run the third generalisation probe: mask every probe-3 document with the real engine, report leaks.

    python -m tests.engine.probe3.run_probe [--seed 1] [--json /tmp/probe3/result.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py: `make_masker` builds
safe-harbor.yaml's masking section like benchmarks/masking.py; `score` counts whole survivals, partial
survivals and lost keep values), imported rather than copied so both probes are scored alike. Only the
corpus differs (tests/engine/probe3/corpus.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tests.engine.probe.run_probe import ProbeResult, make_masker, mask_doc, report, score
from tests.engine.probe3.corpus import make_corpus


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the whole probe-3 corpus; also returns each document's masked text (refused: '')."""
    masker = masker or make_masker()
    res = ProbeResult()
    masked_docs: dict[str, str] = {}
    for doc in make_corpus(seed):
        masked = mask_doc(masker, doc)
        masked_docs[doc.id] = masked or ""
        score(doc, masked, res)
    return res, masked_docs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.engine.probe3.run_probe", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    parser.add_argument("--dump", type=Path, help="write each document and its masked form to this directory")
    parser.add_argument("--brief", action="store_true", help="rates and per-type counts only")
    args = parser.parse_args(argv)
    res, masked = run(args.seed)
    text = report(res).replace("probe:", "probe3:", 1)
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
