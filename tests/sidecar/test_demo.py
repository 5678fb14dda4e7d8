"""`phigate demo` (the README's first command) runs on its own, explains each step and exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from phigate.enforcement import load_enforcement

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "demo"


def test_demo_examples_are_valid() -> None:
    cfg = load_enforcement(EXAMPLES / "policy.yaml", EXAMPLES / "grant.yaml")
    assert [p.name for p in cfg.policies] == ["demo-fhir"] and len(cfg.grants) == 1
    doc = yaml.safe_load((EXAMPLES / "policy.yaml").read_text())
    assert doc["spec"]["destinations"][0]["kind"] == "phi-source"


def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "phigate.cli", "demo", "--no-color", "--examples", str(EXAMPLES)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    text = out.stdout
    assert text.count("✔ as expected") == 4 and "UNEXPECTED" not in text
    for reason in ("destination-not-allowed", "blocked-by-rule", "approval-required"):
        assert f"reason: {reason}" in text
    assert "decision=allow status=200" in text and "no synthetic PHI value" in text
    assert "demo finished" in text


def test_demo_fails_loudly_without_examples(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "phigate.cli", "demo", "--examples", str(tmp_path / "missing")],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 2
    assert "policy.yaml and grant.yaml not found" in out.stderr
