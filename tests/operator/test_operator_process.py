"""The operator as a user starts it: `phigate operator` as a real subprocess against fakecluster,
objects applied with kubectl 1.32, the admission webhook over HTTPS, lifecycle spans over real OTLP."""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
import yaml

from tests.operator.op_support import free_port, pod, review, write_webhook_certs
from tests.support.otlp_receiver import OTLPReceiver

ROOT = Path(__file__).resolve().parents[2]
FAKECLUSTER = ROOT / "tests" / "support" / "fakecluster.py"
KUBECTL = shutil.which("kubectl")
NS = "team-b"

pytestmark = pytest.mark.skipif(KUBECTL is None, reason="kubectl is not installed")


def _wait(pred: Any, timeout: float = 20.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or pred}")
        time.sleep(0.05)  # polling interval, not a fixed wait


class Env:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.kubeconfig = tmp / "kubeconfig"
        self.procs: list[subprocess.Popen[bytes]] = []
        self.operator_log: Path | None = None

    def kubectl(
        self, *args: str, stdin: str | None = None, check: bool = True
    ) -> subprocess.CompletedProcess:
        res = subprocess.run(
            [KUBECTL, "--kubeconfig", str(self.kubeconfig), *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if check and res.returncode != 0:
            raise AssertionError(f"kubectl {' '.join(args)}: {res.stderr}{self.diagnostics()}")
        return res

    def diagnostics(self) -> str:
        """What a failed wait needs to be understood: the operator's log and the cluster's."""
        out = []
        for path in (self.operator_log, self.tmp / "cluster.log"):
            if path is not None and path.exists():
                out.append(f"\n--- {path.name} (tail) ---\n{path.read_text(errors='replace')[-4000:]}")
        return "".join(out)

    def get(self, kind: str, name: str) -> dict[str, Any] | None:
        res = self.kubectl("get", kind, name, "-n", NS, "-o", "json", check=False)
        return json.loads(res.stdout) if res.returncode == 0 else None

    def apply(self, obj: dict[str, Any]) -> None:
        self.kubectl("apply", "-n", NS, "-f", "-", stdin=yaml.safe_dump(obj))


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    e = Env(tmp_path)
    cluster = subprocess.Popen(
        [
            sys.executable,
            str(FAKECLUSTER),
            "serve",
            "--port",
            "0",
            "--crds",
            str(ROOT / "crds"),
            "--kubeconfig-out",
            str(e.kubeconfig),
            "--namespaces",
            f"{NS},phigate-system",
        ],
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "cluster.log", "wb"),  # noqa: SIM115 (lives as long as the process)
    )
    e.procs.append(cluster)
    try:
        _wait(lambda: e.kubeconfig.exists(), what="fakecluster kubeconfig")
        yield e
    finally:
        for p in reversed(e.procs):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()


def _start_operator(e: Env, receiver: OTLPReceiver, port: int, cert_dir: Path) -> Path:
    log = e.tmp / "operator.log"
    env = dict(
        os.environ,
        KUBECONFIG=str(e.kubeconfig),
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=receiver.traces_url,
        OTEL_TRACES_EXPORTER="otlp",
        OTEL_BSP_SCHEDULE_DELAY="50",
        PHIGATE_OPERATOR_NAMESPACE="phigate-system",
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "phigate.cli",
            "operator",
            "--namespace",
            NS,
            "--standalone",
            "--webhook-host",
            "127.0.0.1",
            "--webhook-port",
            str(port),
            "--cert-dir",
            str(cert_dir),
            "--sweep-interval",
            "0.5",
            "--sidecar-image",
            "ghcr.io/phigate/phigate:e2e",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(log, "wb"),  # noqa: SIM115 (lives as long as the process)
    )
    e.procs.append(proc)
    e.operator_log = log
    _wait(
        lambda: proc.poll() is not None or "phigate operator started" in log.read_text(errors="replace"),
        timeout=30,
        what="operator start",
    )
    assert proc.poll() is None, log.read_text()
    return log


def _policy(name: str, labels: dict[str, str], **extra: Any) -> dict[str, Any]:
    spec = {
        "podSelector": {"matchLabels": labels},
        "destinations": [{"name": "fhir", "host": "fhir.example.org"}],
    }
    spec.update(extra)
    return {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "PHIPolicy",
        "metadata": {"name": name, "namespace": NS},
        "spec": spec,
    }


def _post(url: str, ca: Path, payload: dict[str, Any]) -> dict[str, Any]:
    req = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, context=ssl.create_default_context(cafile=str(ca)), timeout=10) as resp:
        return json.loads(resp.read())["response"]


def _enforcement(e: Env) -> dict[str, Any] | None:
    cm = e.get("configmap", "phigate-enforcement")
    return json.loads(cm["data"]["enforcement.json"]) if cm else None


def test_operator_process_with_kubectl(env: Env) -> None:
    port = free_port()
    cert_dir = write_webhook_certs(env.tmp / "certs")
    with OTLPReceiver() as receiver:
        log = _start_operator(env, receiver, port, cert_dir)
        env.apply(_policy("agents", {"app": "agent"}))
        # GitOps users wait on the condition, exactly like this:
        env.kubectl("wait", "-n", NS, "--for=condition=Ready", "phipolicy/agents", "--timeout=60s")
        st = env.get("phipolicy", "agents")["status"]
        assert st["observedGeneration"] >= 1 and st["enforcement"].startswith("enforced")
        table = env.kubectl("get", "phipolicies", "-n", NS).stdout
        assert "agents" in table  # (fakecluster leaves the Ready column's jsonpath filter empty)
        assert [p["name"] for p in _enforcement(env)["policies"]] == ["agents"]
        assert env.get("secret", "phigate-ca") and env.get("configmap", "phigate-ca-cert")

        # invalid policy: Invalid=True naming the field; not compiled
        env.apply(
            _policy("broken", {"app": "other"}, masking={"patterns": [{"name": "mrn", "regex": "MRN-(\\d+"}]})
        )
        env.kubectl("wait", "-n", NS, "--for=condition=Invalid", "phipolicy/broken", "--timeout=60s")
        cond = {c["type"]: c for c in env.get("phipolicy", "broken")["status"]["conditions"]}
        assert cond["Invalid"]["message"].startswith("spec.masking.patterns[0].regex")
        assert cond["Ready"]["status"] == "False"
        assert [p["name"] for p in _enforcement(env)["policies"]] == ["agents"]

        # the webhook served by the process injects a pod, which kubectl then creates
        p = pod("agent-1", {"app": "agent"})
        answer = _post(
            f"https://127.0.0.1:{port}/phigate-inject", cert_dir / "ca.crt", review(p, namespace=NS)
        )
        injected = jsonpatch.apply_patch(p, json.loads(base64.b64decode(answer["patch"])))
        env.apply(injected)
        # a selected pod created without the sidecar (webhook down) is swept
        env.apply(pod("slipped", {"app": "agent"}))
        _wait(lambda: env.get("pod", "slipped") is None, what="sweep deletes pod/slipped")
        assert env.get("pod", "agent-1") is not None
        _wait(
            lambda: env.get("phipolicy", "agents")["status"].get("injectedPods") == 1, what="injectedPods=1"
        )

        # delete the policies: recompiled; the last one leaves an empty (deny-all) config
        env.kubectl("delete", "phipolicy", "broken", "-n", NS, "--wait=false")
        env.kubectl("delete", "phipolicy", "agents", "-n", NS, "--wait=false")
        _wait(lambda: (c := _enforcement(env)) is not None and c["policies"] == [], what="empty config")
        _wait(lambda: env.get("phipolicy", "agents") is None, what="finalizer released")

        names = {
            s["name"]
            for s in receiver.wait_for(
                lambda spans: (
                    {
                        "phigate.policy.compiled",
                        "phigate.pod.injected",
                        "phigate.pod.evicted",
                        "phigate.policy.deleted",
                    }
                    <= {s["name"] for s in spans}
                ),
                timeout=15,
            )
        }
        assert "phigate.pod.evicted" in names
        evicted = receiver.named("phigate.pod.evicted")[0]
        assert evicted["attributes"]["k8s.pod.name"] == "slipped"
        assert "Traceback" not in log.read_text(errors="replace"), log.read_text()[-3000:]
        # stop the operator while the collector still listens: it exits cleanly, flushing its spans
        operator_proc = env.procs[-1]
        operator_proc.send_signal(signal.SIGTERM)
        assert operator_proc.wait(30) == 0, log.read_text()[-3000:]
