"""`phigate grant approve|deny|revoke|list`: the approver's and requester's tool, over the current kubeconfig.

approve/deny only set an annotation: the admission webhook checks who YOU are (the API server's
authenticated user) against the policy's approvers and stamps approved-by itself, so this tool holds
no authority of its own. revoke sets spec.revoked (the one spec write, by the human's own tool).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from datetime import UTC, datetime
from typing import Any

GROUP, VERSION, PLURAL = "phigate.io", "v1alpha1", "aiaccessgrants"
ANN_APPROVE, ANN_DENY = "phigate.io/approve", "phigate.io/deny"
ANN_APPROVED_BY, ANN_DENIED_BY = "phigate.io/approved-by", "phigate.io/denied-by"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kubeconfig", help="kubeconfig file (default: $KUBECONFIG or ~/.kube/config)")
    parser.add_argument("--context", help="kubeconfig context (default: the current one)")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (
        ("approve", "approve a Pending grant (you must be an approver of its policy, not its requester)"),
        ("deny", "deny a Pending grant"),
        ("revoke", "end a grant now (sets spec.revoked: true; the operator revokes access)"),
    ):
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("name", metavar="NAME")
        p.add_argument("-n", "--namespace", help="namespace (default: the context's)")
        if name == "deny":
            p.add_argument("--reason", default="", help="why (kept in the phigate.io/deny annotation)")
    p = sub.add_parser("list", help="list grants with phase, subject, service account, expiry, approver")
    p.add_argument("name", metavar="NAME", nargs="?")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("-n", "--namespace", help="namespace (default: the context's)")
    scope.add_argument("-A", "--all-namespaces", action="store_true")
    p.add_argument("-o", "--output", choices=("table", "json"), default="table")


def _client(args: argparse.Namespace) -> tuple[Any, str]:
    import kubernetes.client
    import kubernetes.config

    kubernetes.config.load_kube_config(config_file=args.kubeconfig, context=args.context)
    namespace = "default"
    try:
        _, current = kubernetes.config.list_kube_config_contexts(config_file=args.kubeconfig)
        if args.context:
            contexts, _ = kubernetes.config.list_kube_config_contexts(config_file=args.kubeconfig)
            current = next((c for c in contexts if c["name"] == args.context), current)
        namespace = (current or {}).get("context", {}).get("namespace") or "default"
    except kubernetes.config.ConfigException:
        pass
    return kubernetes.client.CustomObjectsApi(), namespace


def _api_error(exc: Any, what: str) -> int:
    message = exc.reason or ""
    with contextlib.suppress(TypeError, ValueError, AttributeError):
        message = json.loads(exc.body).get("message") or message
    if exc.status == 404:
        message = f"{what} not found"
    print(f"phigate grant: {what}: {message} (HTTP {exc.status})", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from kubernetes.client.exceptions import ApiException
    from kubernetes.config import ConfigException

    try:
        api, default_ns = _client(args)
    except (ConfigException, OSError) as exc:
        print(f"phigate grant: no usable kubeconfig: {exc}", file=sys.stderr)
        return 2
    ns = getattr(args, "namespace", None) or default_ns
    if args.action == "list":
        try:
            return _list(api, None if args.all_namespaces else ns, args.name, args.output)
        except ApiException as exc:
            return _api_error(exc, f"aiaccessgrants in {ns}")
    what = f"aiaccessgrant {ns}/{args.name}"
    if args.action == "revoke":
        body: dict[str, Any] = {"spec": {"revoked": True}}
    elif args.action == "approve":
        body = {"metadata": {"annotations": {ANN_APPROVE: "true"}}}
    else:
        body = {"metadata": {"annotations": {ANN_DENY: args.reason.strip() or "true"}}}
    try:
        obj = api.patch_namespaced_custom_object(GROUP, VERSION, ns, PLURAL, args.name, body)
        if obj is None:  # some servers answer without a body the client can decode
            obj = api.get_namespaced_custom_object(GROUP, VERSION, ns, PLURAL, args.name)
    except ApiException as exc:
        return _api_error(exc, what)
    annotations = (obj.get("metadata") or {}).get("annotations") or {}
    if args.action == "revoke":
        print(f"{what}: revocation requested (spec.revoked=true); the operator removes access now")
        return 0
    stamp_key = ANN_APPROVED_BY if args.action == "approve" else ANN_DENIED_BY
    if annotations.get(stamp_key):
        print(f"{what}: {args.action}d by {annotations[stamp_key]}")
        return 0
    print(
        f"{what}: {ANN_APPROVE if args.action == 'approve' else ANN_DENY} set, but no {stamp_key} was "
        f"stamped: phigate's admission webhook did not process the request (is it installed?); "
        f"the grant stays Pending",
        file=sys.stderr,
    )
    return 1


def _age(ts: str | None, now: datetime) -> str:
    if not ts:
        return "-"
    try:
        t = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    except ValueError:
        return ts
    secs = int((t - now).total_seconds())
    sign = "in " if secs >= 0 else ""
    secs = abs(secs)
    text = f"{secs // 3600}h{secs % 3600 // 60:02d}m" if secs >= 3600 else f"{secs // 60}m{secs % 60:02d}s"
    return f"{sign}{text}" + ("" if sign else " ago")


def rows(items: list[dict[str, Any]], now: datetime) -> list[list[str]]:
    """Pure: the table rows for `list` (tested without a cluster)."""
    out = []
    for g in sorted(
        items, key=lambda x: ((x.get("metadata") or {}).get("namespace", ""), x["metadata"]["name"])
    ):
        meta, spec, st = g.get("metadata") or {}, g.get("spec") or {}, g.get("status") or {}
        out.append(
            [
                meta.get("namespace", ""),
                meta.get("name", ""),
                st.get("phase") or "-",
                spec.get("subject", ""),
                spec.get("serviceAccountName", ""),
                spec.get("scope", "standard"),
                _age(st.get("expiresAt"), now),
                st.get("approvedBy") or (meta.get("annotations") or {}).get(ANN_APPROVED_BY) or "-",
                st.get("requestedBy") or "-",
            ]
        )
    return out


def _list(api: Any, namespace: str | None, name: str | None, output: str) -> int:
    if namespace is None:
        items = api.list_cluster_custom_object(GROUP, VERSION, PLURAL).get("items") or []
    else:
        items = api.list_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL).get("items") or []
    if name:
        items = [g for g in items if g["metadata"]["name"] == name]
        if not items:
            print(f"phigate grant: aiaccessgrant {namespace}/{name} not found", file=sys.stderr)
            return 1
    if output == "json":
        print(json.dumps(items, indent=2, sort_keys=True))
        return 0
    header = [
        "NAMESPACE",
        "NAME",
        "PHASE",
        "SUBJECT",
        "SERVICEACCOUNT",
        "SCOPE",
        "EXPIRES",
        "APPROVER",
        "REQUESTER",
    ]
    table = [header, *rows(items, datetime.now(UTC))]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for r in table:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return 0
