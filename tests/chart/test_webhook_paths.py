"""The chart's webhook configurations point at exactly the admission handlers the operator serves
(kopf serves each handler at /<handler id>), for the same resources and operations."""

from __future__ import annotations

import ast

from tests.chart.test_chart_offline import by_kind, manifests
from tests.chart.test_rbac import _constants, _str, operator_sources


def served_webhooks() -> set[tuple[str, str, str, frozenset[str]]]:
    """(mutate|validate, plural, path, operations) for every kopf admission handler."""
    consts = _constants()
    out = set()
    for path in operator_sources():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ("mutate", "validate") or not isinstance(node.func.value, ast.Attribute):
                continue
            kw = {k.arg: k.value for k in node.keywords}
            args = [a for a in node.args if not isinstance(a, ast.Starred)]
            starred = [a for a in node.args if isinstance(a, ast.Starred)]
            if starred:
                name = starred[0].value.id  # type: ignore[attr-defined]
                tup = next(
                    n.value
                    for n in ast.walk(tree)
                    if isinstance(n, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
                )
                args = list(tup.elts)  # type: ignore[attr-defined]
            plural = _str(args[-1], consts)
            hook_id = _str(kw["id"], consts)
            ops = frozenset(_str(e, consts) for e in kw["operations"].elts)  # type: ignore[attr-defined]
            out.add((node.func.attr, plural, f"/{hook_id}", ops))
    return out


def configured_webhooks() -> set[tuple[str, str, str, frozenset[str]]]:
    docs = manifests()
    out = set()
    for kind, verb in (
        ("MutatingWebhookConfiguration", "mutate"),
        ("ValidatingWebhookConfiguration", "validate"),
    ):
        for cfg in by_kind(docs, kind):
            for hook in cfg["webhooks"]:
                (rule,) = hook["rules"]
                (plural,) = rule["resources"]
                out.add(
                    (verb, plural, hook["clientConfig"]["service"]["path"], frozenset(rule["operations"]))
                )
    return out


def test_chart_webhooks_match_the_handlers_the_operator_serves() -> None:
    served = served_webhooks()
    assert served, "no kopf admission handlers found: is the scanner broken?"
    assert configured_webhooks() == served
