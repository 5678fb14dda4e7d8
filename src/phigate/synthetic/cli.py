"""`phigate synth`: write a labelled synthetic corpus (never real PHI) as JSONL files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="directory to write <split>.jsonl into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same corpus)")
    parser.add_argument("--split", choices=["dev", "heldout", "both"], default="both", help="which split(s)")
    parser.add_argument("--count", type=int, default=500, help="records per split")


def run(args: argparse.Namespace) -> int:
    from phigate.synthetic.corpus import write_corpus

    if args.count < 1:
        print(f"phigate synth: --count must be at least 1, got {args.count}", file=sys.stderr)
        return 2
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    try:
        manifest = write_corpus(args.out, args.seed, splits, args.count)
    except OSError as exc:
        print(f"phigate synth: cannot write --out {args.out}: {exc}", file=sys.stderr)
        return 2
    for name, info in manifest["files"].items():
        print(
            f"{args.out / name}: {info['records']} records, {info['bytes']} bytes, "
            f"sha256 {info['sha256'][:16]}"
        )
    return 0
