"""What a kube-apiserver does with a custom object, re-enacted offline for tests.

No API server runs here, so this module reproduces the steps that matter for our CRDs, in the
server's order: structural defaulting, schema validation with kubectl's strict field validation
(unknown fields are errors), `x-kubernetes-list-type: map` key uniqueness, and the
`x-kubernetes-validations` CEL rules (evaluated with cel-python, a CEL implementation without
Kubernetes' extension library and cost estimator; the e2e suite on kind checks the rules on a real
server).
"""

from __future__ import annotations

import copy
import re
import sys
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import celpy
import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[2]
CRD_DIR = ROOT / "crds"
CRD_FILES = {
    "PHIPolicy": CRD_DIR / "phigate.io_phipolicies.yaml",
    "AIAccessGrant": CRD_DIR / "phigate.io_aiaccessgrants.yaml",
}


@cache
def crd(kind: str) -> dict[str, Any]:
    return yaml.safe_load(CRD_FILES[kind].read_text())


def schema(kind: str) -> dict[str, Any]:
    return crd(kind)["spec"]["versions"][0]["schema"]["openAPIV3Schema"]


def prune_nulls(node: dict[str, Any], value: Any) -> Any:
    """A null in a non-nullable field is dropped before defaulting (none of our fields is nullable)."""
    if isinstance(value, dict) and "properties" in node:
        return {
            k: prune_nulls(node["properties"].get(k, {}), v)
            for k, v in value.items()
            if not (v is None and k in node["properties"])
        }
    if isinstance(value, list) and "items" in node:
        return [prune_nulls(node["items"], v) for v in value]
    return value


def apply_defaults(node: dict[str, Any], value: Any) -> Any:
    """The apiextensions defaulting algorithm: set missing defaulted members, then recurse."""
    value = copy.deepcopy(value)
    if isinstance(value, dict) and "properties" in node:
        for name, sub in node["properties"].items():
            if name not in value and "default" in sub:
                value[name] = copy.deepcopy(sub["default"])
        for name, sub in node["properties"].items():
            if name in value:
                value[name] = apply_defaults(sub, value[name])
    elif isinstance(value, list) and "items" in node:
        value = [apply_defaults(node["items"], v) for v in value]
    return value


def strict_jsonschema(node: dict[str, Any]) -> dict[str, Any]:
    """The CRD schema as JSON Schema with unknown fields forbidden (kubectl --validate=strict)."""
    out = {k: v for k, v in node.items() if not k.startswith("x-kubernetes-")}
    if "properties" in node:
        out["properties"] = {k: strict_jsonschema(v) for k, v in node["properties"].items()}
        if not node.get("x-kubernetes-preserve-unknown-fields"):
            out["additionalProperties"] = False
    if "items" in node:
        out["items"] = strict_jsonschema(node["items"])
    if isinstance(node.get("additionalProperties"), dict):
        out["additionalProperties"] = strict_jsonschema(node["additionalProperties"])
    return out


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    """RFC 3339 as the API server parses it (jsonschema skips date-time without an extra package)."""
    if not isinstance(value, str):
        return True
    if not RFC3339.match(value):
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


def schema_errors(kind: str, obj: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft7Validator(strict_jsonschema(schema(kind)), format_checker=FORMATS)
    return [f"{_path(e.absolute_path)}: {e.message}" for e in validator.iter_errors(obj)]


def _path(parts: Any) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out or "."


def list_map_errors(node: dict[str, Any], value: Any, where: str = "") -> list[str]:
    errors = []
    if isinstance(value, list) and node.get("x-kubernetes-list-type") == "map":
        keys = node["x-kubernetes-list-map-keys"]
        seen = set()
        for i, item in enumerate(value):
            key = tuple(item.get(k) for k in keys)
            if key in seen:
                errors.append(f"{where}[{i}]: Duplicate value: {dict(zip(keys, key, strict=True))}")
            seen.add(key)
    if isinstance(value, dict):
        for name, sub in node.get("properties", {}).items():
            if name in value:
                errors += list_map_errors(sub, value[name], f"{where}.{name}")
    elif isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            errors += list_map_errors(node["items"], item, f"{where}[{i}]")
    return errors


@cache
def cel_env() -> Any:
    """One CEL environment; celpy raises the process recursion limit, put it back (no side effects)."""
    limit = sys.getrecursionlimit()
    try:
        return celpy.Environment()
    finally:
        sys.setrecursionlimit(limit)


@cache
def _program(rule: str) -> Any:
    env = cel_env()
    return env.program(env.compile(rule))


def evaluate(rule: str, self_value: Any, old_value: Any = None) -> bool:
    """True when the rule holds; raises on an evaluation error (a rule bug, never a pass)."""
    activation = {"self": celpy.json_to_cel(self_value)}
    if old_value is not None:
        activation["oldSelf"] = celpy.json_to_cel(old_value)
    result = _program(rule).evaluate(activation)
    if not isinstance(result, celpy.celtypes.BoolType):
        raise AssertionError(f"rule {rule!r} did not evaluate to a bool: {result!r}")
    return bool(result)


def is_transition_rule(rule: str) -> bool:
    return re.search(r"\boldSelf\b", rule) is not None


def cel_errors(node: dict[str, Any], value: Any, old: Any = None, where: str = "") -> list[str]:
    """Evaluate every rule where the value exists; transition rules only where an old value does."""
    errors = []
    for v in node.get("x-kubernetes-validations", []):
        if is_transition_rule(v["rule"]):
            if old is None:
                continue
            ok = evaluate(v["rule"], value, old)
        else:
            ok = evaluate(v["rule"], value)
        if not ok:
            errors.append(f"{where or '.'}: Invalid value: {v['message']}")
    if isinstance(value, dict):
        for name, sub in node.get("properties", {}).items():
            if name in value:
                sub_old = old.get(name) if isinstance(old, dict) else None
                errors += cel_errors(sub, value[name], sub_old, f"{where}.{name}")
    elif isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            errors += cel_errors(node["items"], item, None, f"{where}[{i}]")
    return errors


def admit(kind: str, obj: dict[str, Any], old: dict[str, Any] | None = None) -> list[str]:
    """Every reason the API server would refuse `obj` (an update from `old` when given)."""
    root = schema(kind)
    obj = apply_defaults(root, prune_nulls(root, obj))
    errors = schema_errors(kind, obj)
    if errors:  # the server stops at schema errors before running CEL
        return errors
    errors += list_map_errors(root, obj)
    old_defaulted = apply_defaults(root, prune_nulls(root, old)) if old is not None else None
    return errors + cel_errors(root, obj, old_defaulted)
