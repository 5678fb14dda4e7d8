"""`python -m benchmarks`: lists the benchmarks it finds and refuses unknown names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_list_shows_masking_but_not_helpers() -> None:
    proc = bench("--list")
    assert proc.returncode == 0, proc.stderr
    names = [line.split()[0] for line in proc.stdout.splitlines()[1:] if line.strip()]
    assert "masking" in names
    assert "webhook_loadgen" not in names and "_presidio_runner" not in names


def test_unknown_benchmark_is_refused() -> None:
    proc = bench("no-such-benchmark")
    assert proc.returncode == 2
    assert "unknown benchmark(s): no-such-benchmark" in proc.stderr


def test_masking_rejects_bad_arguments() -> None:
    proc = bench("masking", "--count", "many")
    assert proc.returncode == 2
    assert "--count" in proc.stderr
