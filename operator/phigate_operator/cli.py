"""`phigate operator`: run the kopf operator with phigate's registry and settings."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any


def configure(parser: argparse.ArgumentParser) -> None:
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument(
        "-n",
        "--namespace",
        action="append",
        default=[],
        metavar="NS",
        help="watch only this namespace (repeatable; globs as in kopf)",
    )
    scope.add_argument(
        "-A", "--all-namespaces", action="store_true", help="watch the whole cluster (default)"
    )
    parser.add_argument("--operator-namespace", help="the operator's own namespace (never injected)")
    parser.add_argument("--webhook-port", type=int, help="admission webhook HTTPS port (default 9443)")
    parser.add_argument("--webhook-host", help="listen address (default 0.0.0.0)")
    parser.add_argument("--cert-dir", type=Path, help="directory with tls.crt, tls.key (and ca.crt)")
    parser.add_argument("--no-webhooks", action="store_true", help="run handlers only (no admission server)")
    parser.add_argument(
        "--manage-webhooks",
        action="store_true",
        help="create/update the webhook configurations at startup (dev clusters)",
    )
    parser.add_argument(
        "--webhook-service",
        metavar="NS/NAME",
        help="Service in front of the webhook, for --manage-webhooks/--print-webhooks",
    )
    parser.add_argument("--webhook-public-host", help="host put into webhook URLs when no Service is used")
    parser.add_argument(
        "--print-webhooks", action="store_true", help="print the webhook configurations as YAML and exit"
    )
    parser.add_argument("--sidecar-image", help="image of phigate-sidecar and phigate-init")
    parser.add_argument(
        "--sweep-interval", type=float, help="seconds between fail-closed sweeps (default 30)"
    )
    peering = parser.add_mutually_exclusive_group()
    peering.add_argument("--standalone", action="store_true", help="disable kopf peering (single replica)")
    peering.add_argument(
        "--peering",
        metavar="NAME",
        help="mandatory kopf peering through the (Cluster)KopfPeering object NAME: act only as the leader",
    )
    parser.add_argument("--priority", type=int, help="kopf peering priority (default: random per replica)")
    parser.add_argument("--verbose", action="store_true")


def _config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from phigate_operator.config import OperatorConfig

    overrides: dict[str, object] = {}
    if args.operator_namespace:
        overrides["operator_namespace"] = args.operator_namespace
    if args.namespace:
        overrides["watch_namespaces"] = tuple(args.namespace)
    if args.webhook_port is not None:
        overrides["webhook_port"] = args.webhook_port
    if args.webhook_host:
        overrides["webhook_host"] = args.webhook_host
    if args.cert_dir:
        overrides["webhook_cert_dir"] = args.cert_dir
    if args.no_webhooks:
        overrides.update(webhook_cert_dir=None, serve_webhooks=False)
    if args.manage_webhooks:
        overrides["manage_webhooks"] = True
    if args.webhook_service:
        overrides["webhook_service"] = args.webhook_service
    if args.webhook_public_host:
        overrides["webhook_public_host"] = args.webhook_public_host
    if args.sidecar_image:
        overrides.update(sidecar_image=args.sidecar_image, init_image=args.sidecar_image)
    if args.sweep_interval is not None:
        overrides["sweep_interval_s"] = args.sweep_interval
    if args.standalone:
        overrides["standalone"] = True
    if args.priority is not None:
        overrides["peering_priority"] = args.priority
    if args.peering:
        overrides.update(peering_name=args.peering, peering_mandatory=True)
    if args.no_webhooks and args.manage_webhooks:
        # Configurations with failurePolicy Fail pointing at a server that is not running would block
        # every pod and grant write in the cluster.
        raise ValueError(
            "--manage-webhooks needs the webhook server: it cannot be combined with --no-webhooks"
        )
    overrides["peering_identity"] = _identity()
    return OperatorConfig.from_env(**overrides)


def _identity() -> str:
    """kopf's own scheme (POD_ID, else user@host/time/random), decided here so phigate knows it too."""
    import getpass
    import os
    import secrets
    import socket
    import time

    if os.environ.get("POD_ID"):
        return os.environ["POD_ID"]
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime())
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # a container UID without a passwd entry
        user = f"uid{os.getuid()}"
    return f"{user}@{socket.gethostname()}/{stamp}/{secrets.token_hex(2)}"


def run(args: argparse.Namespace) -> int:
    import asyncio
    import logging

    try:
        config = _config(args)
    except ValueError as exc:
        print(f"phigate operator: {exc}", file=sys.stderr)
        return 2
    if args.print_webhooks:
        import yaml

        from phigate_operator.webhook_config import build_webhook_configurations

        ca = None
        if config.webhook_cert_dir is not None and (config.webhook_cert_dir / "ca.crt").exists():
            ca = (config.webhook_cert_dir / "ca.crt").read_bytes()
        print(yaml.safe_dump_all(list(build_webhook_configurations(config, ca)), sort_keys=False), end="")
        return 0
    if config.serve_webhooks and config.webhook_cert_dir is None:
        print(
            "phigate operator: the admission webhooks need --cert-dir (or PHIGATE_CERT_DIR) with tls.crt and "
            "tls.key; pass --no-webhooks to run the handlers only",
            file=sys.stderr,
        )
        return 2
    if config.serve_webhooks and config.webhook_cert_dir is not None:
        missing = [n for n in ("tls.crt", "tls.key") if not (config.webhook_cert_dir / n).is_file()]
        if missing:
            print(
                f"phigate operator: --cert-dir {config.webhook_cert_dir}: missing {', '.join(missing)} "
                "(or pass --no-webhooks)",
                file=sys.stderr,
            )
            return 2
    try:
        trim_s = _trim_interval(os.environ.get("PHIGATE_MALLOC_TRIM_S", "30"))
    except ValueError as exc:
        print(f"phigate operator: {exc}", file=sys.stderr)
        return 2
    _lean_process(trim_s)
    import kopf

    from phigate.audit.emitter import AuditEmitter
    from phigate_operator.policy_check import check_masking_out_of_process

    check_masking_out_of_process()
    from phigate_operator.app import build_registry, configure_settings, make_memo

    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    registry = build_registry(config)
    settings = configure_settings(kopf.OperatorSettings(), config)
    emitter = AuditEmitter(service_name="phigate-operator")
    memo = make_memo(config, emitter=emitter)
    namespaces = list(config.watch_namespaces or [])
    try:
        asyncio.run(
            kopf.operator(
                registry=registry,
                settings=settings,
                memo=memo,
                clusterwide=not namespaces,
                namespaces=namespaces,
                standalone=True if config.standalone else None,
                identity=config.peering_identity,  # type: ignore[arg-type]
            )
        )
    except KeyboardInterrupt:
        pass
    finally:
        emitter.shutdown()
    return 0


def _lean_process(trim_s: float = 0.0) -> None:
    """Memory measures for the long-running operator (target: <= 150 MB RSS with 1,000 grants).

    * kubernetes' dynamic client imports kubernetes_validate (+ jsonschema and its schema registry) when
      it is installed, only for a client-side validation the operator never uses: a test dependency
      here, absent from the production image. Blocked so the measured process is the production one.
    * glibc gives each thread that allocates its own malloc arena (up to 8 per core); the engine's and
      kopf's thread pools then leave freed memory spread over many half-empty arenas. Two arenas.
    * glibc keeps freed heap pages (the initial LIST of every grant, burst-time JSON) mapped until the
      top of the heap frees up, which it rarely does. A daemon thread hands them back every
      PHIGATE_MALLOC_TRIM_S seconds (default 30, 0 = never) with malloc_trim; ctypes releases the GIL
      for the call, so the event loop never waits on it.
    """
    import ctypes
    import ctypes.util

    sys.modules.setdefault("kubernetes_validate", None)  # type: ignore[arg-type]
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-8, 2)  # M_ARENA_MAX
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to tune
        return
    if trim_s > 0:
        threading.Thread(
            target=_trim_forever, args=(trim, trim_s), name="phigate-malloc-trim", daemon=True
        ).start()


def _trim_interval(text: str) -> float:
    """PHIGATE_MALLOC_TRIM_S: seconds between malloc_trim calls, 0 = never."""
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"PHIGATE_MALLOC_TRIM_S={text!r} is not a number of seconds") from None
    if not value >= 0 or value == float("inf"):
        raise ValueError(f"PHIGATE_MALLOC_TRIM_S={text!r} must be a finite number >= 0 (0 disables)")
    return value


def _trim_forever(trim: Any, interval: float) -> None:
    while True:
        time.sleep(interval)
        trim(0)
