"""Property: whatever the API server would admit, the models accept.

A policy the cluster stores but the operator, sidecar or `phigate mask` cannot load would leave the
selected pods denied and the user puzzled; so random mutations of the examples (wrong types, bad
enums, missing and unknown fields, duplicates, nulls) must never pass the CRD and fail the models.
(The converse does not hold by design: pydantic coerces "8" to 8, and compiles regexes, which the
schema cannot.)
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.api import apiserver_model as apiserver
from tests.api.test_admission import example_docs, pydantic_errors

DOCS = [doc for _, doc in example_docs()]


def enum_values(node: dict[str, Any]) -> set[Any]:
    out = set(node.get("enum", []))
    for sub in node.get("properties", {}).values():
        out |= enum_values(sub)
    if "items" in node:
        out |= enum_values(node["items"])
    return out


ENUMS = sorted(enum_values(apiserver.schema("PHIPolicy")) | enum_values(apiserver.schema("AIAccessGrant")))
# No regex metacharacters other than '.', so a string is never an invalid regex (a check only the
# models can make).
TEXT = st.text(alphabet="abcxyz019-._/ ", max_size=12)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-2, max_value=70_000),
    TEXT,
    st.sampled_from(
        [*ENUMS, "*.example.org", "api.example.org", "/fhir/", "4h", "0s", "2030-01-01T00:00:00Z"]
    ),
)
VALUES = st.one_of(
    SCALARS, st.lists(SCALARS, max_size=3), st.just({}), st.dictionaries(TEXT, SCALARS, max_size=2)
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += paths(v, (*prefix, i))
    return out


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_admitted_implies_accepted(data: st.DataObject) -> None:
    obj = copy.deepcopy(data.draw(st.sampled_from(DOCS)))
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from([p for p in paths(obj["spec"], ("spec",)) if len(p) > 1]))
        parent: Any = obj
        for part in path[:-1]:
            parent = parent[part]
        op = data.draw(st.sampled_from(["replace", "delete", "add", "duplicate"]))
        if op == "replace":
            parent[path[-1]] = data.draw(VALUES)
        elif op == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif op == "add" and isinstance(parent, dict):
            parent[data.draw(TEXT)] = data.draw(VALUES)
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
    admitted = apiserver.admit(obj["kind"], obj) == []
    event("admitted by the API server" if admitted else "refused by the API server")
    if admitted:
        err = pydantic_errors(apiserver.prune_nulls(apiserver.schema(obj["kind"]), obj))
        assert err is None, f"the API server admits it but the models refuse it: {err}"
