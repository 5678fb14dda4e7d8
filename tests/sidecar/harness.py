"""Start `phigate sidecar` as a real subprocess on loopback and talk to it with real clients."""

from __future__ import annotations

import json
import os
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

SA = "agent"
POD = "agent-pod-0"
NAMESPACE = "team-a"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def policy_doc(name: str = "test-policy", **spec: Any) -> dict[str, Any]:
    return {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "PHIPolicy",
        "metadata": {"name": name, "namespace": NAMESPACE},
        "spec": {"podSelector": {}} | spec,
    }


def grant_doc(
    name: str,
    *,
    scope: str = "standard",
    expires_at: str | None = None,
    policy: str = "test-policy",
    sa: str = SA,
) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "subject": f"{name}@example.org",
        "serviceAccountName": sa,
        "policyRef": {"name": policy},
        "scope": scope,
        "justification": "synthetic integration test",
    }
    if expires_at:
        spec["expiresAt"] = expires_at
    else:
        spec["duration"] = "2h"
    return {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "AIAccessGrant",
        "metadata": {"name": name},
        "spec": spec,
    }


def write_yaml(path: Path, docs: list[dict[str, Any]]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(yaml.safe_dump_all(docs, sort_keys=False))
    os.replace(tmp, path)  # atomic, like a ConfigMap symlink swap


@dataclass
class SidecarProc:
    proc: subprocess.Popen[bytes]
    port: int
    health_port: int
    ca_cert: Path
    log_path: Path
    policy_path: Path
    grants_path: Path | None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self, *, http2: bool = False, ua: str | None = None, **kw: Any) -> httpx.Client:
        headers = {"User-Agent": ua} if ua else None
        verify = ssl.create_default_context(cafile=str(self.ca_cert))
        return httpx.Client(
            proxy=self.proxy_url, verify=verify, http2=http2, headers=headers, timeout=20, **kw
        )

    def health(self, path: str) -> httpx.Response:
        return httpx.get(f"http://127.0.0.1:{self.health_port}{path}", timeout=5)

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        return self.proc.returncode


def start_sidecar(
    workdir: Path,
    *,
    policy: list[dict[str, Any]],
    grants: list[dict[str, Any]] | None,
    ca_dir: Path,
    otlp_url: str,
    upstream_ca: Path | None = None,
    credentials_dir: Path | None = None,
    env: dict[str, str] | None = None,
    args: list[str] | None = None,
    modes: list[str] | None = None,
    port: int | None = None,
    wait: bool = True,
) -> SidecarProc:
    workdir.mkdir(parents=True, exist_ok=True)
    policy_path = workdir / "policy.yaml"
    write_yaml(policy_path, policy)
    grants_path = None
    if grants is not None:
        grants_path = workdir / "grants.yaml"
        write_yaml(grants_path, grants)
    port = port or free_port()
    health_port = free_port()
    cmd = [sys.executable, "-m", "phigate.cli", "sidecar", "--policy", str(policy_path)]
    cmd += ["--port", str(port), "--health-port", str(health_port), "--health-host", "127.0.0.1"]
    cmd += ["--ca-dir", str(ca_dir), "--reload-interval", "0.2"]
    if grants_path:
        cmd += ["--grants", str(grants_path)]
    if upstream_ca:
        cmd += ["--upstream-ca", str(upstream_ca)]
    if credentials_dir:
        cmd += ["--credentials-dir", str(credentials_dir)]
    for m in modes or []:
        cmd += ["--mode", m]
    cmd += args or []
    full_env = dict(os.environ)
    full_env.update(
        {
            "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": otlp_url,
            "OTEL_TRACES_EXPORTER": "otlp",
            "PHIGATE_SERVICE_ACCOUNT": SA,
            "PHIGATE_POD_NAME": POD,
            "PHIGATE_POD_NAMESPACE": NAMESPACE,
            "PHIGATE_NODE_NAME": "node-1",
        }
    )
    full_env.update(env or {})
    log_path = workdir / "sidecar.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=full_env)
    sc = SidecarProc(proc, port, health_port, ca_dir / "ca.crt", log_path, policy_path, grants_path)
    if wait:
        wait_ready(sc)
    return sc


def wait_ready(sc: SidecarProc, timeout: float = 40.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sc.proc.poll() is not None:
            raise AssertionError(f"sidecar exited with {sc.proc.returncode}:\n{sc.logs()[-4000:]}")
        try:
            if sc.health("/readyz").status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"sidecar not ready in {timeout}s:\n{sc.logs()[-4000:]}")


def poll(predicate: Any, timeout: float = 10.0, interval: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"condition not met in {timeout}s (last: {last!r})")


def spans_for(receiver: Any, ua: str, count: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
    """The spans of requests sent with User-Agent `ua`: waits for `count` of them."""

    def mine(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [s for s in spans if s["attributes"].get("user_agent.original") == ua]

    return mine(receiver.wait_for(lambda spans: len(mine(spans)) >= count, timeout))


def dump_spans(spans: list[dict[str, Any]]) -> str:
    """Every exported value as text, for absence checks (raw OTLP included)."""
    return json.dumps(spans, default=str)


def start_in_process(work: Path, env: Any, traces_url: str, policy: dict[str, Any],
                     grants: list[dict[str, Any]]) -> tuple[Any, int]:
    """A Sidecar in this process (explicit mode, any free port) exporting spans to `traces_url`.

    For tests that reach into the running addon (fault injection, offload pools); the others start
    `phigate sidecar` as a real process with start_sidecar.
    """
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from phigate_sidecar.server import Sidecar, SidecarSettings

    from phigate.audit import AuditEmitter

    write_yaml(work / "policy.yaml", [policy])
    write_yaml(work / "grants.yaml", grants)
    emitter = AuditEmitter(service_name="phigate-sidecar", exporter=OTLPSpanExporter(endpoint=traces_url))
    settings = SidecarSettings(
        policy=work / "policy.yaml",
        grants=work / "grants.yaml",
        modes=["regular@0"],
        health_port=0,
        health_host="127.0.0.1",
        ca_dir=env.ca_dir,
        upstream_ca=env.pki.ca_cert,
    )
    os.environ["PHIGATE_SERVICE_ACCOUNT"] = "agent"
    try:
        sc = Sidecar(settings, emitter=emitter)
    finally:
        del os.environ["PHIGATE_SERVICE_ACCOUNT"]
    sc.prepare()
    _threads[id(sc)] = sc.start_in_thread()
    port = next(iter(sc.master.addons.get("proxyserver").servers)).listen_addrs[0][1]
    return sc, port


_threads: dict[int, Any] = {}


def stop_in_process(sc: Any) -> None:
    """Stop the proxy, wait for its thread, then close: the emitter delivers what it holds and stops
    (left running, its deliverer retries against a receiver already gone until the run exits)."""
    sc.shutdown()
    thread = _threads.pop(id(sc), None)
    if thread is not None:
        thread.join(timeout=10)
    sc.close()
