"""The transparent-capture script run by init container `phigate-init` (pure text, Istio-style).

All TCP egress of the pod is REDIRECTed to the sidecar's transparent port, except traffic of the
sidecar's own UID/GID (1337) and loopback. Non-DNS UDP (QUIC, tunnels) from app containers is
rejected, so nothing leaves the pod silently un-inspected. IPv6 gets the same rules when the pod
has IPv6; if it cannot be configured, IPv6 egress is dropped wholesale. `set -e`: any failure fails
the init container, so the pod never starts uncaptured.
"""

from __future__ import annotations

SIDECAR_UID = 1337
SIDECAR_GID = 1337
PROXY_PORT = 15001
CAPTURE_PORT = 15006
HEALTH_PORT = 15020
CHAIN = "PHIGATE_OUTPUT"


def _rules(tool: str, loopback: str, capture_port: int, uid: int, gid: int) -> list[str]:
    return [
        f"{tool} -w -t nat -N {CHAIN}",
        f"{tool} -w -t nat -A {CHAIN} -m owner --uid-owner {uid} -j RETURN",
        f"{tool} -w -t nat -A {CHAIN} -m owner --gid-owner {gid} -j RETURN",
        f"{tool} -w -t nat -A {CHAIN} -d {loopback} -j RETURN",
        f"{tool} -w -t nat -A {CHAIN} -p tcp -j REDIRECT --to-ports {capture_port}",
        f"{tool} -w -t nat -A OUTPUT -p tcp -j {CHAIN}",
        # UDP: only DNS leaves; everything else from the apps is refused (QUIC falls back to TCP).
        f"{tool} -w -A OUTPUT -p udp -m owner --uid-owner {uid} -j ACCEPT",
        f"{tool} -w -A OUTPUT -p udp -d {loopback} -j ACCEPT",
        f"{tool} -w -A OUTPUT -p udp --dport 53 -j ACCEPT",
        f"{tool} -w -A OUTPUT -p udp -j REJECT",
    ]


def capture_script(
    *, capture_port: int = CAPTURE_PORT, uid: int = SIDECAR_UID, gid: int = SIDECAR_GID
) -> str:
    """The shell script of phigate-init; deterministic, so the injected pod is stable (golden files)."""
    v4 = _rules("iptables", "127.0.0.0/8", capture_port, uid, gid)
    v6 = _rules("ip6tables", "::1/128", capture_port, uid, gid)
    lines = ["set -eu", *v4]
    lines.append("if ip6tables -w -t nat -L OUTPUT >/dev/null 2>&1; then")
    lines += [f"  {rule}" for rule in v6]
    lines.append("elif ip6tables -w -L OUTPUT >/dev/null 2>&1; then")
    lines.append(f"  ip6tables -w -A OUTPUT -m owner ! --uid-owner {uid} ! -o lo -j REJECT")
    lines.append("fi")
    lines.append('echo "phigate-init: egress captured to port ' + str(capture_port) + '"')
    return "\n".join(lines) + "\n"
