"""`phigate sidecar` refuses to start on bad input, naming the file or flag."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from phigate_sidecar.server import SidecarError, mode_specs

from tests.sidecar.harness import policy_doc, write_yaml


def sidecar(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "phigate.cli", "sidecar", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_bad_inputs_exit_2_with_the_reason(tmp_path: Path) -> None:
    good = tmp_path / "policy.yaml"
    write_yaml(good, [policy_doc()])
    from phigate_sidecar.server import generate_ca

    generate_ca(tmp_path / "ca")
    bad = tmp_path / "bad.yaml"
    write_yaml(bad, [policy_doc(mode="Sometimes")])
    cases = [
        (["--policy", str(tmp_path / "missing.yaml"), "--ca-dir", str(tmp_path / "ca")], "missing.yaml"),
        (["--policy", str(bad), "--ca-dir", str(tmp_path / "ca")], "mode"),
        (["--policy", str(good), "--ca-dir", str(tmp_path / "noca")], "ca.crt"),
    ]
    for args, needle in cases:
        out = sidecar(*args)
        assert out.returncode == 2, (args, out.stderr)
        assert needle in out.stderr, (args, out.stderr)


def test_mismatched_ca_key(tmp_path: Path) -> None:
    from phigate_sidecar.server import generate_ca

    generate_ca(tmp_path / "a")
    generate_ca(tmp_path / "b")
    (tmp_path / "a" / "ca.key").write_bytes((tmp_path / "b" / "ca.key").read_bytes())
    write_yaml(tmp_path / "p.yaml", [policy_doc()])
    out = sidecar("--policy", str(tmp_path / "p.yaml"), "--ca-dir", str(tmp_path / "a"))
    assert out.returncode == 2 and "does not match" in out.stderr


def test_mode_specs() -> None:
    assert mode_specs(["regular"], 15001) == ["regular@15001"]
    assert mode_specs(["regular", "transparent"], 15001) == ["regular@15001", "transparent@15006"]
    assert mode_specs(["reverse:https://ehr.example.org"], 9000) == ["reverse:https://ehr.example.org@9000"]
    with pytest.raises(SidecarError, match="two modes on one port"):
        mode_specs(["regular", "transparent@15001"], 15001)
