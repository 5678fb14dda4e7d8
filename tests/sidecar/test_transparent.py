"""Transparent capture (BRIEF §4a): a proxy-ignoring client is redirected into the sidecar by iptables.

A network namespace plays the pod: the sidecar (GID 1337, excluded from the redirect, as the
injector's init container sets it up) and a `curl --noproxy '*'` client share it; every other TCP
connection leaving the namespace is REDIRECTed to the sidecar's transparent port 15006. The upstream
lives outside, across a veth pair. Needs root, `ip netns` and iptables (skipped with the reason
otherwise).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from phigate_sidecar.fhir_mock import FhirMock, TestPKI

from tests.sidecar.conftest import Env
from tests.sidecar.harness import NAMESPACE, SA, grant_doc, policy_doc, write_yaml
from tests.support.otlp_receiver import OTLPReceiver

SIDECAR_GID = 1337
HOST_IP, POD_IP = "10.213.77.1", "10.213.77.2"


def _why_not() -> str | None:
    if os.geteuid() != 0:
        return "needs root for ip netns / iptables"
    for tool in ("ip", "iptables", "curl"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install -y iptables iproute2 curl)"
    name = "pgprobe-" + uuid.uuid4().hex[:6]
    probe = subprocess.run(["ip", "netns", "add", name], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"ip netns add failed: {probe.stderr.strip()}"
    try:
        ok = subprocess.run(
            ["ip", "netns", "exec", name, "iptables", "-t", "nat", "-A", "OUTPUT", "-p", "tcp",
             "-j", "REDIRECT", "--to-ports", "15006"],
            capture_output=True, text=True,
        )  # fmt: skip
        if ok.returncode != 0:
            return f"iptables nat REDIRECT unavailable: {ok.stderr.strip()}"
    finally:
        subprocess.run(["ip", "netns", "del", name], capture_output=True)
    return None


REASON = _why_not()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


def sh(*cmd: str) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {out.stderr.strip()}")
    return out.stdout


@dataclass
class Pod:
    ns: str
    proc: subprocess.Popen[bytes]
    log: Path
    ca: Path
    ehr: FhirMock
    raw_port: int
    raw_hits: list[bytes]

    def run(self, *cmd: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        cmd = ("ip", "netns", "exec", self.ns, *cmd)
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def _raw_server(hits: list[bytes]) -> tuple[socket.socket, int]:
    srv = socket.socket()
    srv.bind((HOST_IP, 0))
    srv.listen()

    def loop() -> None:
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            conn.settimeout(2)
            try:
                hits.append(conn.recv(100))
                conn.sendall(b"raw-tcp-reply\n")
            except OSError:
                pass
            conn.close()

    threading.Thread(target=loop, daemon=True).start()
    return srv, srv.getsockname()[1]


@pytest.fixture(scope="module")
def pod(sidecar_env: Env, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pod]:
    work = tmp_path_factory.mktemp("transparent")
    tag = uuid.uuid4().hex[:6]
    ns, veth_h, veth_n = f"pgpod-{tag}", f"pgh{tag}", f"pgn{tag}"
    hosts_dir = Path("/etc/netns") / ns
    sh("ip", "netns", "add", ns)
    srv = None
    ehr = None
    proc = None
    otlp = None
    try:
        sh("ip", "link", "add", veth_h, "type", "veth", "peer", "name", veth_n)
        sh("ip", "link", "set", veth_n, "netns", ns)
        sh("ip", "addr", "add", f"{HOST_IP}/24", "dev", veth_h)
        sh("ip", "link", "set", veth_h, "up")
        for cmd in (
            ["ip", "addr", "add", f"{POD_IP}/24", "dev", veth_n],
            ["ip", "link", "set", veth_n, "up"],
            ["ip", "link", "set", "lo", "up"],
            # the init container's rules: skip the sidecar's GID and loopback, redirect all other TCP
            ["iptables", "-t", "nat", "-A", "OUTPUT", "-p", "tcp", "-m", "owner",
             "--gid-owner", str(SIDECAR_GID), "-j", "RETURN"],
            ["iptables", "-t", "nat", "-A", "OUTPUT", "-p", "tcp", "-o", "lo", "-j", "RETURN"],
            ["iptables", "-t", "nat", "-A", "OUTPUT", "-p", "tcp", "-j", "REDIRECT", "--to-ports", "15006"],
        ):  # fmt: skip
            sh("ip", "netns", "exec", ns, *cmd)
        hosts_dir.mkdir(parents=True, exist_ok=True)
        (hosts_dir / "hosts").write_text(f"127.0.0.1 localhost\n{HOST_IP} ehr.test\n")
        pki = TestPKI(work / "pki", dns_names=("ehr.test",), ip_addresses=(HOST_IP,))
        ehr = FhirMock(pki, host=HOST_IP).start()
        hits: list[bytes] = []
        srv, raw_port = _raw_server(hits)
        otlp = OTLPReceiver(host=HOST_IP).start()
        policy = policy_doc(
            destinations=[{"name": "ehr", "kind": "phi-source", "host": "ehr.test", "port": ehr.port}]
        )
        write_yaml(work / "policy.yaml", [policy, grant_doc("alice")])
        env = dict(os.environ) | {
            "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": otlp.traces_url,
            "PHIGATE_SERVICE_ACCOUNT": SA,
            "PHIGATE_POD_NAMESPACE": NAMESPACE,
        }
        log = work / "sidecar.log"
        proc = subprocess.Popen(
            ["ip", "netns", "exec", ns, sys.executable, "-m", "phigate.cli", "sidecar",
             "--policy", str(work / "policy.yaml"), "--mode", "regular@15001", "--mode", "transparent@15006",
             "--ca-dir", str(sidecar_env.ca_dir), "--upstream-ca", str(pki.ca_cert),
             "--health-host", "127.0.0.1"],
            stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env, group=SIDECAR_GID,
        )  # fmt: skip
        p = Pod(ns, proc, log, sidecar_env.ca_dir / "ca.crt", ehr, raw_port, hits)
        p.otlp = otlp  # type: ignore[attr-defined]
        deadline = time.monotonic() + 40
        while p.run("curl", "-sf", "http://127.0.0.1:15020/readyz").returncode != 0:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"transparent sidecar not ready:\n{log.read_text()[-3000:]}")
            time.sleep(0.1)
        yield p
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()  # before the receiver goes: the sidecar flushes its spans on the way out
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if otlp is not None:
            otlp.stop()
        if srv is not None:
            srv.close()
        if ehr is not None:
            ehr.stop()
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        subprocess.run(["ip", "link", "del", veth_h], capture_output=True)
        shutil.rmtree(hosts_dir, ignore_errors=True)


def test_proxy_ignoring_client_is_captured_and_masked(pod: Pod) -> None:
    url = f"https://ehr.test:{pod.ehr.port}/fhir/Patient/pat-1"
    r = pod.run("curl", "-sS", "--noproxy", "*", "--cacert", str(pod.ca), "-A", "captured-client", url)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["resourceType"] == "Patient"  # served through the sidecar (its CA signed what curl trusted)
    assert doc["id"] != "pat-1"  # masked: the patient's logical id too
    assert not [v for v in pod.ehr.all_phi() if v in r.stdout]
    # the sidecar (GID 1337, excluded) reached the upstream itself
    assert [s for s in pod.ehr.seen if s.headers.get("user-agent") == "captured-client"]
    spans = pod.otlp.wait_for(  # type: ignore[attr-defined]
        lambda s: [x for x in s if x["attributes"].get("user_agent.original") == "captured-client"]
    )
    span = next(x for x in spans if x["attributes"].get("user_agent.original") == "captured-client")
    assert span["attributes"]["phigate.decision"] == "allow"
    assert span["attributes"]["server.address"] == "ehr.test"


def test_captured_unlisted_destination_denied(pod: Pod) -> None:
    # The upstream's IP is reachable, but not under a listed name: denied before any connection.
    before = len(pod.ehr.seen)
    r = pod.run("curl", "-sS", "--noproxy", "*", "--cacert", str(pod.ca), f"https://{HOST_IP}:{pod.ehr.port}/fhir/x")
    assert json.loads(r.stdout)["reason"] == "destination-not-allowed"
    assert len(pod.ehr.seen) == before


def test_without_capture_the_client_would_have_bypassed(pod: Pod) -> None:
    # Control: from the host namespace (no redirect), the same client reaches the upstream directly,
    # so the previous tests prove the capture, not a proxy setting.
    r = subprocess.run(
        ["curl", "-sS", "--noproxy", "*", "--cacert", str(pod.ehr.pki.ca_cert), "--resolve",  # type: ignore[union-attr]
         f"ehr.test:{pod.ehr.port}:{HOST_IP}", f"https://ehr.test:{pod.ehr.port}/fhir/Patient/pat-1"],
        capture_output=True, text=True, timeout=20,
    )  # fmt: skip
    assert r.returncode == 0 and json.loads(r.stdout)["name"][0]["family"] in pod.ehr.all_phi()


def test_raw_tcp_egress_is_denied(pod: Pod) -> None:
    code = (
        f"import socket; s = socket.create_connection(('{HOST_IP}', {pod.raw_port}), timeout=5); "
        "s.sendall(b'\\x00\\x01raw'); print(repr(s.recv(100)))"
    )
    r = pod.run(sys.executable, "-c", code)
    assert b"raw-tcp-reply" not in r.stdout.encode()
    assert not pod.raw_hits  # the upstream never got the bytes
    spans = pod.otlp.wait_for(lambda s: [x for x in s if x["name"] == "TCP egress"])  # type: ignore[attr-defined]
    span = next(x for x in spans if x["name"] == "TCP egress")
    assert span["attributes"]["phigate.decision"] == "deny"
    assert span["attributes"]["phigate.decision.reason"] == "non-http-egress"
