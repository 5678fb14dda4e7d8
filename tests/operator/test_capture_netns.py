"""The phigate-init capture script, run for real in a network namespace with iptables (as root).

An app process's TCP connection to an outside address lands in the sidecar's transparent port (which
reads the original destination, as mitmproxy's transparent mode does); the sidecar's own UID 1337
goes straight out; non-DNS UDP from the app is refused, DNS passes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from phigate_operator.capture import CAPTURE_PORT, capture_script

PROBE = str(Path(__file__).with_name("capture_probe.py"))
# the probe is stdlib-only; a system interpreter is runnable by the unprivileged UIDs below
PY = shutil.which("python3", path="/usr/bin:/bin") or sys.executable
OUTSIDE = "203.0.113.5"  # TEST-NET-3, a non-loopback address inside the namespace


def _run(*cmd: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=check)


@pytest.fixture
def netns() -> Iterator[str]:
    if (
        os.geteuid() != 0
        or not shutil.which("ip")
        or not shutil.which("iptables")
        or not shutil.which("setpriv")
    ):
        pytest.skip("needs root, iproute2, iptables and setpriv")
    name = f"phgcap{os.getpid()}"
    if _run("ip", "netns", "add", name, check=False).returncode != 0:
        pytest.skip("cannot create a network namespace here")
    try:
        _run("ip", "-n", name, "link", "set", "lo", "up")
        # an "outside" address: on a dummy interface, or on lo when the dummy module is unavailable
        if _run("ip", "-n", name, "link", "add", "d0", "type", "dummy", check=False).returncode == 0:
            _run("ip", "-n", name, "addr", "add", f"{OUTSIDE}/24", "dev", "d0")
            _run("ip", "-n", name, "link", "set", "d0", "up")
        else:
            _run("ip", "-n", name, "addr", "add", f"{OUTSIDE}/32", "dev", "lo")
        yield name
    finally:
        _run("ip", "netns", "del", name, check=False)


def test_capture_script_redirects_apps_but_not_the_sidecar(netns: str) -> None:
    res = _run("ip", "netns", "exec", netns, "sh", "-c", capture_script(), check=False)
    assert res.returncode == 0, res.stderr
    assert f"egress captured to port {CAPTURE_PORT}" in res.stdout
    server = subprocess.Popen(
        ["ip", "netns", "exec", netns, PY, PROBE, "server", str(CAPTURE_PORT), OUTSIDE, "8080"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        app = _run("ip", "netns", "exec", netns, PY, PROBE, "tcp", OUTSIDE, "8080")
        assert app.stdout.strip() == f"SIDECAR original={OUTSIDE}:8080"
        app_uid = _run(
            "ip",
            "netns",
            "exec",
            netns,
            "setpriv",
            "--reuid",
            "1000",
            "--regid",
            "1000",
            "--clear-groups",
            PY,
            PROBE,
            "tcp",
            OUTSIDE,
            "8080",
        )
        assert app_uid.stdout.startswith("SIDECAR")  # any non-sidecar UID is captured
        sidecar = _run(
            "ip",
            "netns",
            "exec",
            netns,
            "setpriv",
            "--reuid",
            "1337",
            "--regid",
            "1337",
            "--clear-groups",
            PY,
            PROBE,
            "tcp",
            OUTSIDE,
            "8080",
        )
        assert sidecar.stdout.strip() == "UPSTREAM"
        quic = _run("ip", "netns", "exec", netns, PY, PROBE, "udp", OUTSIDE, "443")
        assert quic.stdout.startswith("refused")
        dns = _run("ip", "netns", "exec", netns, PY, PROBE, "udp", OUTSIDE, "53")
        assert dns.stdout.strip() == "sent"
    finally:
        if server.stdin:
            server.stdin.close()
        server.wait(10)
