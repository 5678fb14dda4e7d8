"""The chart's ClusterRole covers every Kubernetes API call the operator code makes, and no more
than a reviewed set: calls are read from the source (ast), not from a hand-kept list."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.chart.test_chart_offline import by_kind, manifests

ROOT = Path(__file__).resolve().parents[2]
OPERATOR = ROOT / "operator" / "phigate_operator"

VERBS = {
    "list": "list",
    "read": "get",
    "get": "get",
    "create": "create",
    "delete": "delete",
    "patch": "patch",
    "replace": "update",
    "watch": "watch",
}
# resource (kubernetes client's snake_case singular) -> (API group, plural)
RESOURCES = {
    "pod": ("", "pods"),
    "secret": ("", "secrets"),
    "config_map": ("", "configmaps"),
    "service_account": ("", "serviceaccounts"),
    "namespace": ("", "namespaces"),
    "event": ("", "events"),
    "role_binding": ("rbac.authorization.k8s.io", "rolebindings"),
    "mutating_webhook_configuration": ("admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
    "validating_webhook_configuration": ("admissionregistration.k8s.io", "validatingwebhookconfigurations"),
}
METHOD = re.compile(
    r"^(list|read|get|create|delete|patch|replace|watch)_(namespaced_|cluster_)?([a-z_]+?)(_status)?$"
)
# kopf watches (list, watch) and patches (finalizers, progress annotations) what it handles.
KOPF_WATCH = {"event", "create", "update", "delete", "resume", "field", "timer", "daemon", "index"}
# Calls that only run outside a cluster install, with why (the chart manages these objects itself).
DEV_ONLY = {
    (
        "admissionregistration.k8s.io",
        "mutatingwebhookconfigurations",
    ): "only with --manage-webhooks (dev/tests)",
    (
        "admissionregistration.k8s.io",
        "validatingwebhookconfigurations",
    ): "only with --manage-webhooks (dev/tests)",
}


def operator_sources() -> list[Path]:
    """The operator's own code; cli_*.py run with a human's kubeconfig, not the operator's RBAC."""
    return [p for p in sorted(OPERATOR.glob("*.py")) if not p.name.startswith("cli_")]


def _constants() -> dict[str, str]:
    consts: dict[str, str] = {}
    for path in operator_sources():
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                for t in node.targets:
                    if isinstance(t, ast.Name) and t.id.isupper():
                        consts[t.id] = node.value.value
    return consts


def _str(node: ast.AST, consts: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    return None


def used_permissions() -> set[tuple[str, str, str]]:
    """(group, resource[/subresource], verb) for every API call and kopf watch in the operator."""
    consts = _constants()
    used: set[tuple[str, str, str]] = set()
    for path in operator_sources():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                m = METHOD.match(node.func.attr)
                if m and "custom_object" in node.func.attr:
                    verb, scope, sub = VERBS[m.group(1)], m.group(2), m.group(4)
                    args = [_str(a, consts) for a in node.args]
                    plural = args[2] if scope == "cluster_" else (args[3] if len(args) > 3 else None)
                    assert args and args[0] and plural, f"{path.name}:{node.lineno}: unresolvable call"
                    used.add((args[0], plural + ("/status" if sub else ""), verb))
                elif m and m.group(3) in RESOURCES:
                    group, plural = RESOURCES[m.group(3)]
                    used.add((group, plural + ("/status" if m.group(4) else ""), VERBS[m.group(1)]))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                f = node.func
                is_kopf = (
                    isinstance(f.value, ast.Attribute)
                    and isinstance(f.value.value, ast.Name)
                    and f.value.value.id == "kopf"
                    and f.value.attr == "on"
                ) or (isinstance(f.value, ast.Name) and f.value.id == "kopf")
                if is_kopf and f.attr in KOPF_WATCH:
                    args = [_str(a, consts) for a in node.args if not isinstance(a, ast.Starred)]
                    starred = [a for a in node.args if isinstance(a, ast.Starred)]
                    if starred:  # *G: a module-level tuple of (group, version, plural)
                        name = starred[0].value.id  # type: ignore[attr-defined]
                        tup = next(
                            n.value
                            for n in ast.walk(tree)
                            if isinstance(n, ast.Assign)
                            and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
                        )
                        args = [_str(e, consts) for e in tup.elts]  # type: ignore[attr-defined]
                    if len(args) == 2:  # ("v1", "pods")
                        group, plural = "", args[1]
                    else:
                        group, plural = args[0], args[-1]
                    assert plural, f"{path.name}:{node.lineno}: unresolvable kopf resource"
                    # event/index handlers only watch; the others also patch (finalizers, progress)
                    verbs = ("list", "watch") if f.attr in ("event", "index") else ("list", "watch", "patch")
                    for verb in verbs:
                        used.add((group or "", plural, verb))
    return used


def granted_rules() -> list[dict]:
    (role,) = by_kind(manifests(), "ClusterRole")
    return role["rules"]


def allowed(rules: list[dict], group: str, resource: str, verb: str) -> bool:
    return any(group in r["apiGroups"] and resource in r["resources"] and verb in r["verbs"] for r in rules)


def test_rbac_covers_every_api_call_the_operator_makes() -> None:
    used = used_permissions()
    assert ("phigate.io", "phipolicies", "list") in used, "the scanner found no calls: is it broken?"
    rules = granted_rules()
    missing = sorted(p for p in used if (p[0], p[1].split("/")[0]) not in DEV_ONLY and not allowed(rules, *p))
    assert not missing, f"charts/phigate/templates/rbac.yaml lacks: {missing}"


def test_rbac_grants_nothing_the_operator_does_not_use() -> None:
    used = used_permissions()
    # kopf's own needs (events, CRD discovery, peering, namespace scanning) and RoleBinding escalation.
    framework = {
        ("", "events"),
        ("events.k8s.io", "events"),
        ("apiextensions.k8s.io", "customresourcedefinitions"),
        ("kopf.dev", "clusterkopfpeerings"),
        ("kopf.dev", "kopfpeerings"),
        ("", "namespaces"),
        ("rbac.authorization.k8s.io", "roles"),
        ("rbac.authorization.k8s.io", "clusterroles"),
    }
    extra = []
    for rule in granted_rules():
        for group in rule["apiGroups"]:
            for res in rule["resources"]:
                if (group, res) in framework:
                    continue
                for verb in rule["verbs"]:
                    # get/list/watch are read-only companions of whatever the code reads or watches
                    if (group, res, verb) not in used and verb not in ("get", "list", "watch"):
                        extra.append((group, res, verb))
    assert not extra, f"rbac.yaml grants verbs no code uses: {sorted(extra)}"
