"""`phigate grant` as a subprocess against fakecluster through a kubeconfig, like a human runs it."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from phigate_operator.cli_grant import rows

from phigate.cli import main
from tests.operator.grant_support.harness import GRANTS, GROUP, VERSION, fakecluster
from tests.operator.grant_support.objects import grant, iso

NS = "team-cli"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with fakecluster(tmp_path_factory.mktemp("fake-cli")) as c:
        c.create(
            NS, grant("pending-1", NS, scope="elevated", annotations={"phigate.io/requested-by": "alice"})
        )
        c.create(NS, grant("active-1", NS, annotations={"phigate.io/requested-by": "alice"}))
        now = datetime.now(UTC)
        for name, status in {
            "pending-1": {"phase": "Pending", "requestedBy": "alice"},
            "active-1": {
                "phase": "Active",
                "requestedBy": "alice",
                "approvedBy": "carol",
                "activatedAt": iso(now),
                "expiresAt": iso(now + timedelta(hours=2)),
            },
        }.items():
            c.custom.patch_namespaced_custom_object_status(
                GROUP, VERSION, NS, GRANTS, name, {"status": status}
            )
        yield c


@dataclass
class Out:
    returncode: int
    stdout: str
    stderr: str


def phigate(cluster, *args):
    """In-process `phigate grant ...` (the subprocess path is tested once below: seconds per call)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["grant", "--kubeconfig", str(cluster.kubeconfig), *args])
    return Out(code, out.getvalue(), err.getvalue())


def test_console_script_lists_through_kubeconfig(cluster):
    env = {**os.environ, "KUBECONFIG": str(cluster.kubeconfig)}
    out = subprocess.run(
        [sys.executable, "-m", "phigate.cli", "grant", "list", "-A"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert " active-1 " in out.stdout and " pending-1 " in out.stdout


def test_list_shows_phase_subject_sa_expiry_approver(cluster):
    out = phigate(cluster, "list", "-n", NS)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == [
        "NAMESPACE",
        "NAME",
        "PHASE",
        "SUBJECT",
        "SERVICEACCOUNT",
        "SCOPE",
        "EXPIRES",
        "APPROVER",
        "REQUESTER",
    ]
    active = next(line.split() for line in lines if " active-1 " in line)
    assert active[2:6] == ["Active", "dr.riley@example.org", "agent", "standard"]
    assert active[6] == "in" and active[7].startswith("1h5") and active[8:] == ["carol", "alice"]
    pending = next(line.split() for line in lines if " pending-1 " in line)
    assert pending[2] == "Pending" and pending[-2:] == ["-", "alice"]
    out = phigate(cluster, "list", "-n", NS, "active-1", "-o", "json")
    assert [g["metadata"]["name"] for g in json.loads(out.stdout)] == ["active-1"]
    out = phigate(cluster, "list", "-n", NS, "nope")
    assert out.returncode == 1 and "not found" in out.stderr


def test_approve_and_deny_only_set_the_request_annotation(cluster):
    since = len(cluster.audit())
    out = phigate(cluster, "approve", "-n", NS, "pending-1")
    # fakecluster runs no admission webhooks, so nothing stamps approved-by: the tool says so and fails.
    assert out.returncode == 1 and "no phigate.io/approved-by was stamped" in out.stderr
    patches = [e for e in cluster.audit(since) if e["method"] == "PATCH"]
    assert [p["body"] for p in patches] == [{"metadata": {"annotations": {"phigate.io/approve": "true"}}}]
    assert "merge-patch" in patches[0]["content_type"]
    out = phigate(cluster, "deny", "-n", NS, "pending-1", "--reason", "no ticket")
    assert out.returncode == 1
    assert cluster.get_grant(NS, "pending-1")["metadata"]["annotations"]["phigate.io/deny"] == "no ticket"


def test_revoke_sets_spec_revoked_and_missing_grant_is_an_error(cluster):
    out = phigate(cluster, "revoke", "-n", NS, "active-1")
    assert out.returncode == 0, out.stderr
    assert "revocation requested" in out.stdout
    assert cluster.get_grant(NS, "active-1")["spec"]["revoked"] is True
    out = phigate(cluster, "revoke", "-n", NS, "missing")
    assert out.returncode == 1 and f"aiaccessgrant {NS}/missing not found" in out.stderr


def test_rows_pure():
    now = datetime(2026, 3, 1, tzinfo=UTC)
    g = grant("x", "ns", status={"phase": "Expired", "expiresAt": iso(now - timedelta(minutes=5))})
    assert rows([g], now)[0][2] == "Expired" and rows([g], now)[0][6] == "5m00s ago"
