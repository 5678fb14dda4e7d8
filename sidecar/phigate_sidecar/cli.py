"""`phigate sidecar`: the enforcement proxy (mitmproxy + the phigate addon) of one agent pod.

Ports, paths and environment follow the pod contract in docs/architecture.md. In a pod the injector
runs it as `phigate sidecar --policy /etc/phigate/enforcement/enforcement.json --ca-dir /etc/phigate/ca
--credentials-dir /etc/phigate/credentials --mode regular@15001 --mode transparent@15006
--listen-host 0.0.0.0`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        required=True,
        type=Path,
        help="enforcement config (JSON, phigate.io/enforcement/v1) or PHIPolicy/AIAccessGrant YAML",
    )
    parser.add_argument(
        "--grants", type=Path, help="AIAccessGrant YAML (local use, with a PHIPolicy --policy)"
    )
    parser.add_argument(
        "--mode",
        action="append",
        help="regular (explicit proxy, default), transparent (iptables capture) or reverse:URL; "
        "repeatable, MODE@PORT binds a port (transparent defaults to 15006 beside another mode)",
    )
    parser.add_argument("--port", type=int, default=15001, help="port of a mode given without @PORT (15001)")
    parser.add_argument("--listen-host", default="127.0.0.1", help="proxy listen address (127.0.0.1)")
    parser.add_argument(
        "--health-port", type=int, default=15020, help="/healthz /readyz /metrics port (15020)"
    )
    parser.add_argument("--health-host", default="0.0.0.0", help="health listen address (0.0.0.0)")
    parser.add_argument(
        "--ca-dir", type=Path, default=Path("/etc/phigate/ca"), help="ca.crt + ca.key directory"
    )
    parser.add_argument(
        "--generate-ca", action="store_true", help="create ca.crt/ca.key in --ca-dir if missing"
    )
    parser.add_argument("--upstream-ca", type=Path, help="extra PEM bundle trusted for upstream servers")
    parser.add_argument(
        "--credentials-dir", type=Path, default=None, help="destination credentials: DIR/<secret>/<key>"
    )
    parser.add_argument("--policy-name", help="PHIPolicy governing this pod (default: $PHIGATE_POLICY)")
    parser.add_argument(
        "--reload-interval", type=float, default=1.0, help="config poll interval, seconds (1)"
    )
    parser.add_argument("--log-level", default="INFO", help="log level (INFO)")


def run(args: argparse.Namespace) -> int:
    from phigate_sidecar.ops import setup_json_logging
    from phigate_sidecar.server import Sidecar, SidecarError, SidecarSettings

    setup_json_logging(args.log_level.upper())
    creds = args.credentials_dir
    if creds is None and Path("/etc/phigate/credentials").is_dir():
        creds = Path("/etc/phigate/credentials")
    settings = SidecarSettings(
        policy=args.policy,
        grants=args.grants,
        modes=args.mode or ["regular"],
        port=args.port,
        listen_host=args.listen_host,
        health_port=args.health_port,
        health_host=args.health_host,
        ca_dir=args.ca_dir,
        generate_ca=args.generate_ca,
        upstream_ca=args.upstream_ca,
        credentials_dir=creds,
        policy_name=args.policy_name,
        reload_interval_s=args.reload_interval,
    )
    try:
        sidecar = Sidecar(settings)
        sidecar.prepare()
    except (SidecarError, OSError) as exc:
        print(f"phigate sidecar: {exc}", file=sys.stderr)
        return 2
    return sidecar.run()
