"""The whole system on a real Kubernetes (kind): injection, masking, default deny, grant expiry with
real revocation (the API server rejects the token), and spans in the collector.

Skipped with the reason where Docker/kind/helm are missing (see conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
NS = "team-a"


def kubectl(*args: str, check: bool = True, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["kubectl", *args], check=check, capture_output=True, text=True, input=input, timeout=120
    )


def wait_until(pred: Callable[[], Any], timeout: float = 120, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = pred()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def agent_pod(name: str) -> str:
    return json.dumps(
        {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {"name": name, "namespace": NS, "labels": {"app": "agent"}},
            "spec": {
                "serviceAccountName": "agent",
                "containers": [
                    {
                        "name": "agent",
                        "image": "phigate/sidecar:e2e",
                        "imagePullPolicy": "Never",
                        "command": ["sleep", "infinity"],
                    }
                ],
            },
        }
    )


def agent_get(pod: str, url: str, method: str = "GET", body: str | None = None) -> tuple[int, str]:
    script = (
        "import sys,urllib.request,urllib.error\n"
        "data=sys.argv[3].encode() if len(sys.argv)>3 else None\n"
        "req=urllib.request.Request(sys.argv[1],method=sys.argv[2],data=data,"
        "headers={'Content-Type':'application/json'})\n"
        "try:\n r=urllib.request.urlopen(req,timeout=20); print(r.status); print(r.read().decode())\n"
        "except urllib.error.HTTPError as e:\n print(e.code); print(e.read().decode())\n"
    )
    args = ["exec", "-n", NS, pod, "-c", "agent", "--", "python", "-c", script, url, method]
    if body is not None:
        args.append(body)
    out = kubectl(*args).stdout
    status, _, text = out.partition("\n")
    return int(status), text


@pytest.fixture(scope="session")
def cluster() -> None:
    if not os.environ.get("PHIGATE_E2E_REUSE"):
        subprocess.run([str(HERE / "setup-kind.sh")], check=True, timeout=1800)
    kubectl("apply", "-f", str(HERE / "manifests" / "team-a.yaml"))
    kubectl("wait", "-n", NS, "--for=condition=Ready", "phipolicy/agents", "--timeout=60s")


@pytest.fixture(scope="session")
def grant(cluster: None) -> dict[str, Any]:
    manifest = {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "AIAccessGrant",
        "metadata": {"name": "e2e-grant", "namespace": NS},
        "spec": {
            "subject": "dev@example.com",
            "serviceAccountName": "agent",
            "policyRef": {"name": "agents"},
            "scope": "standard",
            "duration": "90s",
            "justification": "kind end-to-end test of expiry",
        },
    }
    kubectl("apply", "-f", "-", input=json.dumps(manifest))
    wait_until(
        lambda: (
            kubectl("get", "-n", NS, "aiaccessgrant/e2e-grant", "-o", "jsonpath={.status.phase}").stdout
            == "Active"
        ),
        60,
        "grant Active",
    )
    kubectl("apply", "-f", "-", input=agent_pod("agent-1"))
    kubectl("wait", "-n", NS, "--for=condition=Ready", "pod/agent-1", "--timeout=180s")
    return json.loads(kubectl("get", "-n", NS, "aiaccessgrant/e2e-grant", "-o", "json").stdout)


def test_agent_pod_got_the_sidecar(grant: dict[str, Any]) -> None:
    pod = json.loads(kubectl("get", "-n", NS, "pod/agent-1", "-o", "json").stdout)
    names = [c["name"] for c in pod["spec"]["containers"]]
    assert "phigate-sidecar" in names
    assert "phigate-init" in [c["name"] for c in pod["spec"].get("initContainers", [])]
    assert "phigate.io/injected" in pod["metadata"]["annotations"]


def test_responses_arrive_masked(grant: dict[str, Any]) -> None:
    status, body = agent_get("agent-1", "http://fhir.ehr.svc.cluster.local:8080/Patient")
    assert status == 200, body
    for value in ("Orlaith", "Quennell", "900-55-1234", "555-014-2231", "42 Wrenfield Lane", "1961-04-17"):
        assert value not in body
    assert json.loads(body)["resourceType"] == "Bundle"


def test_writes_are_blocked(grant: dict[str, Any]) -> None:
    status, body = agent_get("agent-1", "http://fhir.ehr.svc.cluster.local:8080/Patient", "POST", "{}")
    assert status == 403 and "no-writes" in body


def test_unlisted_host_is_denied(grant: dict[str, Any]) -> None:
    status, body = agent_get("agent-1", "http://kubernetes.default.svc.cluster.local:443/")
    assert status == 403, body


def test_prompt_reaches_llm_masked(grant: dict[str, Any]) -> None:
    prompt = json.dumps(
        {
            "model": "m",
            "messages": [{"role": "user", "content": "Summarise Orlaith Quennell, SSN 900-55-1234"}],
        }
    )
    status, _ = agent_get(
        "agent-1", "http://llm.ehr.svc.cluster.local:8080/v1/chat/completions", "POST", prompt
    )
    assert status == 200
    seen = kubectl(
        "exec",
        "-n",
        "ehr",
        "deploy/llm",
        "--",
        "python",
        "-c",
        "import urllib.request;print(urllib.request.urlopen('http://127.0.0.1:8080/').read().decode())",
    ).stdout
    assert "900-55-1234" not in seen and "Quennell" not in seen and "Summarise" in seen


def test_expiry_revokes_for_real(grant: dict[str, Any]) -> None:
    token = kubectl(
        "create",
        "token",
        "agent",
        "-n",
        NS,
        "--bound-object-kind",
        "Pod",
        "--bound-object-name",
        "agent-1",
        "--duration",
        "10m",
    ).stdout.strip()
    assert kubectl("--token", token, "auth", "whoami", check=False).returncode == 0
    wait_until(
        lambda: (
            kubectl("get", "-n", NS, "aiaccessgrant/e2e-grant", "-o", "jsonpath={.status.phase}").stdout
            == "Expired"
        ),
        180,
        "grant Expired",
    )
    wait_until(
        lambda: kubectl("get", "-n", NS, "pod/agent-1", check=False).returncode != 0, 120, "pod deleted"
    )
    wait_until(
        lambda: kubectl("--token", token, "auth", "whoami", check=False).returncode != 0,
        60,
        "token rejected by the API server",
    )
    sa = json.loads(kubectl("get", "-n", NS, "sa/agent", "-o", "json").stdout)
    assert sa.get("automountServiceAccountToken") is False
    status_actions = json.loads(kubectl("get", "-n", NS, "aiaccessgrant/e2e-grant", "-o", "json").stdout)
    assert status_actions["status"]["revocation"], "revocation actions listed in status"
    kubectl("apply", "-f", "-", input=agent_pod("agent-2"))
    kubectl("wait", "-n", NS, "--for=condition=Ready", "pod/agent-2", "--timeout=180s")
    status, body = agent_get("agent-2", "http://fhir.ehr.svc.cluster.local:8080/Patient")
    assert status == 403, body


def test_spans_reached_the_collector(grant: dict[str, Any]) -> None:
    logs = wait_until(
        lambda: (
            (out := kubectl("logs", "-n", "observability", "deploy/otel-collector").stdout)
            and "phigate.decision" in out
            and out
        ),
        60,
        "phigate spans in the collector",
    )
    assert "Orlaith" not in logs and "900-55-1234" not in logs
