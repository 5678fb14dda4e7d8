"""End-to-end suite on a real kind cluster.

It needs a Docker engine (`docker info` succeeds — a docker client alone is not enough), `kind`,
`helm` and `kubectl` on PATH. Where any is missing every test here is reported as skipped with the
reason, so a green run can never be mistaken for an end-to-end pass.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def missing_prerequisites() -> list[str]:
    reasons = []
    if shutil.which("docker") is None:
        reasons.append("docker client not on PATH")
    else:
        try:
            rc = subprocess.run(["docker", "info"], capture_output=True, timeout=20).returncode
        except (OSError, subprocess.TimeoutExpired):
            rc = 1
        if rc != 0:
            reasons.append("no Docker engine (`docker info` failed)")
    for tool in ("kind", "helm", "kubectl"):
        if shutil.which(tool) is None:
            reasons.append(f"`{tool}` not on PATH")
    return reasons


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    e2e_items = [i for i in items if HERE in Path(str(i.fspath)).parents]
    if not e2e_items:
        return
    reasons = missing_prerequisites()
    if os.environ.get("PHIGATE_E2E_SKIP"):
        reasons.append("PHIGATE_E2E_SKIP is set")
    for item in e2e_items:
        item.add_marker(pytest.mark.e2e)
        if reasons:
            item.add_marker(pytest.mark.skip(reason="e2e needs a kind cluster: " + "; ".join(reasons)))
