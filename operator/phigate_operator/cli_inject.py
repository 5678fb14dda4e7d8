"""`phigate inject -f pod.yaml [--policy FILE]`: print the sidecar-injected form (the webhook's logic).

Takes Pods and pod templates (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob), as
`istioctl kube-inject` does. Exit 0: printed; 1: a selected object would be rejected (reason on
stderr); 2: bad input (file and field named).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

TEMPLATED = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController"}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f", "--filename", required=True, help="pod or workload manifest (YAML/JSON, '-' = stdin)"
    )
    parser.add_argument(
        "--policy",
        action="append",
        default=[],
        metavar="FILE",
        help="PHIPolicy YAML deciding selection and capture (repeatable)",
    )
    parser.add_argument("-n", "--namespace", help="namespace when the manifest has none (default: default)")
    parser.add_argument("--image", help="sidecar image (default: the operator's default)")
    parser.add_argument(
        "--capture",
        choices=["Transparent", "Explicit"],
        help="capture for pods opted in by label without a policy",
    )
    parser.add_argument("-o", "--output", choices=["yaml", "json", "patch"], default="yaml")


def _read(path: str) -> list[dict[str, Any]]:
    import yaml

    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    docs = [d for d in yaml.safe_load_all(text) if d is not None]
    for i, d in enumerate(docs):
        if not isinstance(d, dict):
            raise ValueError(f"{path}: document {i} is not a mapping")
    return docs


def _pod_view(obj: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The pod (or pod template) inside an object, and the path to it."""
    kind = obj.get("kind")
    if kind == "Pod":
        return obj, []
    if kind == "CronJob":
        return obj["spec"]["jobTemplate"]["spec"]["template"], ["spec", "jobTemplate", "spec", "template"]
    if kind in TEMPLATED:
        return obj["spec"]["template"], ["spec", "template"]
    raise ValueError(f"kind {kind!r} has no pod to inject")


def run(args: argparse.Namespace) -> int:
    import json

    import yaml

    from phigate.api.policy import CaptureMode
    from phigate_operator.config import OperatorConfig
    from phigate_operator.injection import plan_injection
    from phigate_operator.policy_cache import PolicyView
    from phigate_operator.policy_check import check_policy

    try:
        objects = _read(args.filename)
        bodies = [d for p in args.policy for d in _read(p)]
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"phigate inject: {exc}", file=sys.stderr)
        return 2
    for b in bodies:
        chk = check_policy(b)
        if b.get("kind") != "PHIPolicy" or not chk.valid:
            why = chk.message if b.get("kind") == "PHIPolicy" else f"kind {b.get('kind')!r} is not PHIPolicy"
            print(f"phigate inject: policy {chk.name or '?'}: {why}", file=sys.stderr)
            return 2
    overrides: dict[str, Any] = {}
    if args.image:
        overrides.update(sidecar_image=args.image, init_image=args.image)
    if args.capture:
        overrides["default_capture"] = CaptureMode(args.capture)
    config = OperatorConfig(**overrides)
    out, patches, status = [], [], 0
    for i, obj in enumerate(objects):
        ns = (obj.get("metadata") or {}).get("namespace") or args.namespace or "default"
        views = [
            PolicyView.from_body(b)
            for b in bodies
            if ((b.get("metadata") or {}).get("namespace") or ns) == ns
        ]
        views = [
            v if v.namespace else PolicyView(v.name, ns, v.selector, v.capture, v.credential_secrets)
            for v in views
        ]
        try:
            pod, path = _pod_view(obj)
        except (KeyError, TypeError, ValueError) as exc:
            print(f"phigate inject: {args.filename}: document {i}: {exc}", file=sys.stderr)
            return 2
        plan = plan_injection(pod, namespace=ns, policies=views, config=config)
        name = (obj.get("metadata") or {}).get("name", f"#{i}")
        if plan.action == "reject":
            print(f"phigate inject: {obj.get('kind')} {name}: rejected: {plan.reason}", file=sys.stderr)
            status = 1
            out.append(obj)
            continue
        print(f"phigate inject: {obj.get('kind')} {name}: {plan.action}: {plan.reason}", file=sys.stderr)
        for w in plan.warnings:
            print(f"phigate inject: warning: {w}", file=sys.stderr)
        if path:
            target = obj
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = plan.pod
            out.append(obj)
        else:
            out.append(plan.pod)
        patches.append(plan.patch)
    if args.output == "patch":
        print(json.dumps(patches if len(patches) != 1 else patches[0], indent=2))
    elif args.output == "json":
        print(json.dumps(out if len(out) != 1 else out[0], indent=2))
    else:
        print(yaml.safe_dump_all(out, sort_keys=False), end="")
    return status
