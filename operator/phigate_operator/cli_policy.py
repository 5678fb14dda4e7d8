"""`phigate policy explain`: what a request from a pod would get, and why.

Runs the same code paths as production: the injector's selection (`injection.select`) decides which
PHIPolicy governs the pod and how its egress is captured, and the sidecar's pure decision function
(`phigate_sidecar.decide.decide`) gives the verdict, at the given time, with the given grants.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="policy_command", metavar="SUBCOMMAND", required=True)
    ex = sub.add_parser("explain", help="explain the verdict for one request from one pod")
    ex.add_argument(
        "--policy",
        required=True,
        action="append",
        type=Path,
        metavar="FILE",
        help="PHIPolicy YAML (repeatable) or a rendered enforcement.json",
    )
    ex.add_argument("--grants", type=Path, metavar="FILE", help="AIAccessGrant YAML (taken as Active)")
    ex.add_argument("--pod", required=True, type=Path, metavar="POD.yaml", help="the pod manifest")
    ex.add_argument(
        "--request",
        required=True,
        metavar='"METHOD URL"',
        help='e.g. "GET https://fhir.example.org/Patient?_count=500"',
    )
    ex.add_argument("--at", metavar="RFC3339", help="evaluate at this time (default: now)")
    ex.add_argument("-o", "--output", choices=["text", "json"], default="text")


def parse_request(text: str) -> tuple[str, str, int, str, tuple[tuple[str, str], ...], str]:
    """'GET https://h/p?q=1' -> (method, host, port, path, query, scheme); ValueError names the problem."""
    from urllib.parse import parse_qsl, urlsplit

    parts = text.split(None, 1)
    if len(parts) != 2:
        raise ValueError(f"--request {text!r}: expected 'METHOD URL'")
    method, url = parts[0].upper(), parts[1].strip()
    u = urlsplit(url)
    if u.scheme not in ("http", "https") or not u.hostname:
        raise ValueError(f"--request {text!r}: URL must be absolute http(s)://host/path")
    port = u.port or (443 if u.scheme == "https" else 80)
    return (
        method,
        u.hostname,
        port,
        u.path or "/",
        tuple(parse_qsl(u.query, keep_blank_values=True)),
        u.scheme,
    )


def explain(config: Any, pod: dict[str, Any], request: str, now: Any) -> dict[str, Any]:
    """Pure given its inputs: selection, capture and the sidecar's decision, as a report dict."""
    from phigate_sidecar.decide import RequestFacts, decide
    from phigate_sidecar.identity import Identity

    from phigate_operator.config import OperatorConfig
    from phigate_operator.injection import NO_POLICY, select
    from phigate_operator.policy_cache import PolicyView

    meta = pod.get("metadata") or {}
    namespace = meta.get("namespace") or config.namespace
    views = [
        PolicyView.from_body({"metadata": {"name": p.name, "namespace": namespace}, "spec": p.spec.dump()})
        for p in config.policies
    ]
    sel = select(pod, namespace, views, OperatorConfig(operator_namespace=""))
    method, host, port, path, query, scheme = parse_request(request)
    report: dict[str, Any] = {
        "pod": meta.get("name", ""),
        "namespace": namespace,
        "request": {"method": method, "host": host, "port": port, "path": path, "scheme": scheme},
        "selected": sel.selected,
        "selection": sel.reject or sel.reason,
    }
    if sel.reject:
        report.update(
            outcome="rejected-at-admission", status=None, why=f"the pod would not be admitted: {sel.reject}"
        )
        return report
    if not sel.selected:
        report.update(
            outcome="not-governed",
            status=None,
            why="no sidecar is injected: phigate does not see this pod's traffic",
        )
        return report
    policy_name = sel.policy.name if sel.policy else NO_POLICY
    capture = sel.policy.capture.value if sel.policy else "Transparent"
    identity = Identity(
        pod=meta.get("name", ""),
        namespace=namespace,
        service_account=(pod.get("spec") or {}).get("serviceAccountName") or "default",
        policy=policy_name,
    )
    d = decide(
        config,
        identity,
        RequestFacts(host=host, port=port, method=method, path=path, query=query, scheme=scheme),
        now,
    )
    report.update(
        policy=policy_name,
        capture=capture,
        enforcement="enforced" if capture == "Transparent" else "advisory only (proxy variables)",
        outcome=d.outcome,
        status=d.status,
        reason=d.reason,
        why=d.message,
        hint=d.hint or None,
        destination=d.destination.name if d.destination else None,
        grant=d.grant.name if d.grant else None,
        risk={"score": d.risk_score, "rules": d.risk_rules},
        block_rule=d.rule or None,
    )
    return report


def _text(r: dict[str, Any]) -> str:
    req = r["request"]
    lines = [
        f"{req['method']} {req['scheme']}://{req['host']}:{req['port']}{req['path']} "
        f"from pod {r['namespace']}/{r['pod']}",
        f"  pod:       {r['selection']}",
    ]
    if "policy" in r:
        lines.append(f"  policy:    {r['policy']} (capture {r['capture']}: {r['enforcement']})")
    lines.append(
        f"  verdict:   {r['outcome'].upper()}" + (f" (HTTP {r['status']})" if r.get("status") else "")
    )
    if r.get("reason"):
        lines.append(f"  reason:    {r['reason']}")
    lines.append(f"  why:       {r['why'] or 'listed destination, no rule objected'}")
    for key, label in (("destination", "destination"), ("grant", "grant"), ("block_rule", "block rule")):
        if r.get(key):
            lines.append(f"  {label + ':':<10} {r[key]}")
    if r.get("risk") and (r["risk"]["score"] or r["risk"]["rules"]):
        lines.append(f"  risk:      {r['risk']['score']} ({', '.join(r['risk']['rules'])})")
    if r.get("hint"):
        lines.append(f"  hint:      {r['hint']}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    import json
    import tempfile
    from datetime import UTC, datetime

    import yaml

    from phigate.enforcement import EnforcementConfigError, load_enforcement

    try:
        now = datetime.fromisoformat(args.at.replace("Z", "+00:00")) if args.at else datetime.now(UTC)
        pod = yaml.safe_load(args.pod.read_text(encoding="utf-8"))
        if not isinstance(pod, dict) or pod.get("kind") != "Pod":
            raise ValueError(f"{args.pod}: not a Pod manifest")
        if len(args.policy) == 1:
            config = load_enforcement(args.policy[0], args.grants, now=now)
        else:
            docs = "\n---\n".join(p.read_text(encoding="utf-8") for p in args.policy)
            with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as fh:
                fh.write(docs)
                merged = Path(fh.name)
            try:
                config = load_enforcement(merged, args.grants, now=now)
            finally:
                merged.unlink()
        report = explain(config, pod, args.request, now)
    except (OSError, ValueError, yaml.YAMLError, EnforcementConfigError) as exc:
        print(f"phigate policy explain: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.output == "json" else _text(report))
    return 0
