"""The resource docs describe every field and every CEL rule of the generated CRDs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api import apiserver_model as apiserver
from tests.api.doctables import PAGES, render


def field_paths(node: dict[str, Any], path: str) -> list[str]:
    out = []
    for name, sub in node.get("properties", {}).items():
        p = f"{path}.{name}"
        out.append(p)
        out += field_paths(sub, p)
        if "items" in sub:
            out += field_paths(sub["items"], p + "[]")
    return out


def rules(node: dict[str, Any]) -> list[dict[str, str]]:
    out = list(node.get("x-kubernetes-validations", []))
    for sub in node.get("properties", {}).values():
        out += rules(sub)
    if "items" in node:
        out += rules(node["items"])
    return out


@pytest.mark.parametrize("kind", list(PAGES))
def test_every_field_is_documented(kind: str) -> None:
    text = PAGES[kind].read_text()
    root = apiserver.schema(kind)
    missing = [
        p
        for part in ("spec", "status")
        for p in field_paths(root["properties"][part], part)
        if f"`{p}`" not in text
    ]
    assert not missing, f"{PAGES[kind].name} lacks {missing}: regenerate its field tables"


@pytest.mark.parametrize("kind", list(PAGES))
def test_every_cel_rule_is_documented(kind: str) -> None:
    text = PAGES[kind].read_text()
    for rule in rules(apiserver.schema(kind)):
        assert rule["message"] in text, rule["message"]


@pytest.mark.parametrize("kind", list(PAGES))
def test_printer_columns_are_documented(kind: str) -> None:
    text = PAGES[kind].read_text()
    for col in apiserver.crd(kind)["spec"]["versions"][0]["additionalPrinterColumns"]:
        assert f"| {col['name']} | `{col['jsonPath']}` |" in text


@pytest.mark.parametrize("kind", list(PAGES))
def test_field_tables_match_the_schema(kind: str) -> None:
    text = PAGES[kind].read_text()
    assert render(kind, text) == text, "run `python -m tests.api.doctables`"
