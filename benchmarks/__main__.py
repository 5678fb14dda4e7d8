"""Benchmark runner: `python -m benchmarks [--list] [NAME [ARGS...]] ...`.

Every `benchmarks/<NAME>.py` that defines `main(argv: list[str]) -> int` is a benchmark. With no
names, all of them run one after another; `--list` only lists them. Arguments after a name go to
that benchmark, up to the next `--` (`python -m benchmarks masking --count 200 -- proxy`).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def is_benchmark(main: object) -> bool:
    """A plain `main(argv)` function: helpers such as webhook_loadgen's async main are not benchmarks."""
    if not inspect.isfunction(main) or inspect.iscoroutinefunction(main):
        return False
    return len(inspect.signature(main).parameters) == 1


def discover() -> dict[str, str]:
    """name -> first docstring line, for every module with a `main` (imported to check)."""
    found: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules([str(HERE)]), key=lambda i: i.name):
        if info.name.startswith("_") or info.ispkg:
            continue
        try:
            module = importlib.import_module(f"benchmarks.{info.name}")
        except Exception as exc:  # a benchmark whose deps are missing is listed, not fatal
            found[info.name] = f"(cannot import: {exc})"
            continue
        if is_benchmark(getattr(module, "main", None)):
            found[info.name] = ((module.__doc__ or "").strip().splitlines() or [""])[0]
    return found


def parse(argv: list[str]) -> list[tuple[str, list[str]]]:
    """['masking', '--count', '5', '--', 'proxy'] -> [('masking', ['--count', '5']), ('proxy', [])]."""
    runs: list[tuple[str, list[str]]] = []
    chunk: list[str] = []
    for word in [*argv, "--"]:
        if word == "--":
            if chunk:
                runs.append((chunk[0], chunk[1:]))
            chunk = []
        else:
            chunk.append(word)
    return runs


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    available = discover()
    if argv[:1] in (["--list"], ["-l"], ["--help"], ["-h"]):
        print("benchmarks (python -m benchmarks [NAME [ARGS...]] [-- NAME ...]):")
        for name, doc in available.items():
            print(f"  {name:<12} {doc}")
        return 0
    runs = parse(argv) or [(name, []) for name in available if not available[name].startswith("(cannot")]
    unknown = [name for name, _ in runs if name not in available]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}", file=sys.stderr
        )
        return 2
    worst = 0
    for name, args in runs:
        print(f"== benchmark {name} {' '.join(args)}".rstrip(), flush=True)
        started = time.perf_counter()
        rc = int(importlib.import_module(f"benchmarks.{name}").main(args) or 0)
        print(f"== {name}: exit {rc} in {time.perf_counter() - started:.1f}s", flush=True)
        worst = max(worst, rc)
    return worst


if __name__ == "__main__":
    sys.exit(main())
