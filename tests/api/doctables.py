"""The field-reference tables in docs/resources/*.md, generated from the CRD schemas.

`python -m tests.api.doctables` rewrites the tables in place; `test_docs.py` fails when they drift.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from phigate.api.common import DNS_LABEL, DNS_SUBDOMAIN
from phigate.api.identifiers import IdentifierType
from phigate.api.policy import HOST_PATTERN
from tests.api import apiserver_model as apiserver

ROOT = Path(__file__).resolve().parents[2]
PAGES = {
    "PHIPolicy": ROOT / "docs" / "resources" / "phipolicy.md",
    "AIAccessGrant": ROOT / "docs" / "resources" / "aiaccessgrant.md",
}
HEADER = "| field | type | required | default | constraints | description |"
NAMED_PATTERNS = {
    DNS_LABEL: "DNS-1123 label",
    DNS_SUBDOMAIN: "DNS-1123 subdomain",
    HOST_PATTERN: "host name, optionally `*.` + domain",
}
IDENTIFIER_TYPES = [str(t) for t in IdentifierType]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _type(node: dict[str, Any]) -> str:
    if node["type"] == "array":
        return f"[]{node['items']['type']}"
    if node["type"] == "object" and "additionalProperties" in node:
        return "map[string]string"
    return node["type"]


def _constraints(node: dict[str, Any]) -> str:
    out = []
    if node.get("enum") == IDENTIFIER_TYPES:
        out.append("an [identifier type](#identifier-types)")
    elif "enum" in node:
        out.append(" \\| ".join(f"`{v}`" for v in node["enum"]))
    if "pattern" in node:
        out.append(NAMED_PATTERNS.get(node["pattern"]) or f"pattern `{_cell(node['pattern'])}`")
    for key, label in (("minimum", "≥"), ("maximum", "≤"), ("minLength", "len ≥"), ("maxItems", "items ≤")):
        if key in node:
            out.append(f"{label} {node[key]}")
    if "maxLength" in node and "enum" not in node and node.get("format") != "date-time":
        out.append(f"len ≤ {node['maxLength']}")
    if node.get("format"):
        out.append(node["format"])
    if node.get("x-kubernetes-list-type") == "map":
        out.append("unique by " + ", ".join(node["x-kubernetes-list-map-keys"]))
    items = node.get("items", {})
    if "enum" in items:
        out.append("items: " + ", ".join(f"`{v}`" for v in items["enum"]))
    if "pattern" in items:
        out.append(f"items: pattern `{_cell(items['pattern'])}`")
    return "; ".join(out)


def _rows(node: dict[str, Any], path: str) -> list[str]:
    rows = []
    required = node.get("required", [])
    for name, sub in node.get("properties", {}).items():
        p = f"{path}.{name}"
        default = f"`{json.dumps(sub['default'])}`" if "default" in sub else ""
        req = "yes" if name in required else ""
        desc = _cell(sub["description"])
        rows.append(f"| `{p}` | {_type(sub)} | {req} | {default} | {_constraints(sub)} | {desc} |")
        if sub["type"] == "object":
            rows += _rows(sub, p)
        if sub["type"] == "array" and sub["items"]["type"] == "object":
            rows += _rows(sub["items"], p + "[]")
    return rows


def table(kind: str, part: str) -> list[str]:
    node = apiserver.schema(kind)["properties"][part]
    return [HEADER, "|---|---|---|---|---|---|", *_rows(node, part)]


def render(kind: str, text: str) -> str:
    """The page with its two tables (spec, then status) replaced by freshly generated ones."""
    lines, out, i = text.split("\n"), [], 0
    parts = iter(["spec", "status"])
    while i < len(lines):
        if lines[i] == HEADER:
            out += table(kind, next(parts))
            while i < len(lines) and lines[i].startswith("|"):
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


if __name__ == "__main__":
    for kind, page in PAGES.items():
        page.write_text(render(kind, page.read_text()))
        print(f"wrote {page}")
