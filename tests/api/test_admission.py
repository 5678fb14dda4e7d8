"""Examples pass and bad objects fail, both at the API server (CRD schema + CEL) and in the models.

The CRD and the pydantic models must agree: what one refuses the other refuses, so a policy the
cluster accepts never fails in the sidecar and a local `phigate mask` policy means the same thing on
the cluster. The few checks only one side can make are listed with the reason.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from phigate.api import AIAccessGrant, PHIPolicy
from tests.api import apiserver_model as apiserver

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MODELS = {"PHIPolicy": PHIPolicy, "AIAccessGrant": AIAccessGrant}


ROOT = EXAMPLES.parent
# Every phigate object a user or a test applies to a cluster: examples (the demo's too) and the e2e
# manifests, which only a kind cluster would otherwise check.
MANIFEST_DIRS = [EXAMPLES, ROOT / "tests" / "e2e" / "manifests"]


def example_docs() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for base in MANIFEST_DIRS:
        for path in sorted([*base.rglob("*.yaml"), *base.rglob("*.yml")]):
            for i, doc in enumerate(yaml.safe_load_all(path.read_text())):
                if isinstance(doc, dict) and doc.get("apiVersion") == "phigate.io/v1alpha1":
                    out.append((f"{path.relative_to(ROOT)}#{i}", doc))
    return out


def load(rel: str) -> dict[str, Any]:
    return yaml.safe_load((EXAMPLES / rel).read_text())


def pydantic_errors(obj: dict[str, Any]) -> str | None:
    try:
        MODELS[obj["kind"]].model_validate(obj)
    except ValidationError as exc:
        return str(exc)
    return None


def test_the_examples_exist() -> None:
    names = {n.split("#")[0] for n, _ in example_docs()}
    assert {
        "examples/policies/safe-harbor.yaml",
        "examples/policies/fhir-readonly.yaml",
        "examples/policies/llm-baa.yaml",
        "examples/grants/standard.yaml",
        "examples/grants/elevated.yaml",
    } <= names


@pytest.mark.parametrize(("name", "doc"), example_docs(), ids=[n for n, _ in example_docs()])
def test_example_is_admitted_and_parses(name: str, doc: dict[str, Any]) -> None:
    assert apiserver.admit(doc["kind"], doc) == [], name
    assert pydantic_errors(doc) is None, name


@pytest.mark.parametrize(("name", "doc"), example_docs(), ids=[n for n, _ in example_docs()])
def test_server_defaults_mean_what_the_models_mean(name: str, doc: dict[str, Any]) -> None:
    """The object as stored (server defaults applied) parses to the same model as the file."""
    model = MODELS[doc["kind"]]
    stored = apiserver.apply_defaults(apiserver.schema(doc["kind"]), doc)
    assert model.model_validate(stored).dump() == model.model_validate(doc).dump()


def test_safe_harbor_example_covers_every_identifier() -> None:
    policy = PHIPolicy.model_validate(load("policies/safe-harbor.yaml"))
    m = policy.spec.masking
    assert m.safe_harbor and m.fhir and m.free_text and m.withhold_binary
    assert all(d.enabled for d in m.detectors or [])


def test_status_written_by_the_operator_is_admitted() -> None:
    obj = load("grants/elevated.yaml") | {
        "status": {
            "phase": "Active",
            "requestedBy": "bob.okafor@hospital.example.org",
            "approvedBy": "dana.privacy@hospital.example.org",
            "approvedAt": "2026-11-25T10:00:00Z",
            "expiresAt": "2026-11-25T18:00:00Z",
            "roleBindings": ["phigate-grant-bob-quality-report"],
            "conditions": [
                {
                    "type": "Approved",
                    "status": "True",
                    "reason": "Approved",
                    "lastTransitionTime": "2026-11-25T10:00:00Z",
                },
                {"type": "Active", "status": "True", "reason": "Activated", "observedGeneration": 1},
            ],
            "revocation": [{"action": "DeleteRoleBinding", "target": "RoleBinding/x", "outcome": "Done"}],
        }
    }
    assert apiserver.admit("AIAccessGrant", obj) == []
    assert pydantic_errors(obj) is None


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(obj: dict[str, Any]) -> None:
        node: Any = obj
        parts = [int(p) if p.isdigit() else p for p in path.split(".")]
        for p in parts[:-1]:
            node = node[p]
        if value is DELETE:
            del node[parts[-1]]
        else:
            node[parts[-1]] = value

    return mutate


DELETE = object()


def _dup_destination(obj: dict[str, Any]) -> None:
    obj["spec"]["destinations"].append(copy.deepcopy(obj["spec"]["destinations"][0]))


def _dup_block(obj: dict[str, Any]) -> None:
    obj["spec"]["requestRules"]["block"].append(copy.deepcopy(obj["spec"]["requestRules"]["block"][0]))


def _dup_conditions(obj: dict[str, Any]) -> None:
    obj["status"] = {
        "conditions": [{"type": "Ready", "status": "True"}, {"type": "Ready", "status": "False"}]
    }


# (id, example, mutation, CRD error substring or None, pydantic error substring or None)
REJECTED: list[tuple[str, str, Mutation, str | None, str | None]] = [
    ("unknown-field", "policies/fhir-readonly.yaml", _set("spec.destinations.0.hots", "x"), "hots", "hots"),
    ("unknown-top-field", "policies/fhir-readonly.yaml", _set("spec.maskng", {}), "maskng", "maskng"),
    ("bad-enum-mode", "policies/fhir-readonly.yaml", _set("spec.mode", "enforce"), "enforce", "mode"),
    ("bad-enum-kind", "policies/fhir-readonly.yaml", _set("spec.destinations.0.kind", "ehr"), "ehr", "kind"),
    (
        "bad-action",
        "policies/safe-harbor.yaml",
        _set("spec.masking.defaultAction", "erase"),
        "erase",
        "defaultAction",
    ),
    ("bad-type", "policies/safe-harbor.yaml", _set("spec.masking.fields.0.type", "SOCIAL"), "SOCIAL", "type"),
    (
        "bad-name-pattern",
        "policies/fhir-readonly.yaml",
        _set("spec.destinations.0.name", "FHIR_1"),
        "FHIR_1",
        "name",
    ),
    (
        "bad-host",
        "policies/fhir-readonly.yaml",
        _set("spec.destinations.0.host", "https://x.org/"),
        "x.org",
        "host",
    ),
    ("port-range", "policies/fhir-readonly.yaml", _set("spec.destinations.0.port", 70000), "70000", "port"),
    (
        "wrong-type",
        "policies/fhir-readonly.yaml",
        _set("spec.requestRules.approvalThreshold", "high"),
        "high",
        "approvalThreshold",
    ),
    (
        "missing-selector",
        "policies/fhir-readonly.yaml",
        _set("spec.podSelector", DELETE),
        "podSelector",
        "podSelector",
    ),
    (
        "header-space",
        "policies/llm-baa.yaml",
        _set("spec.destinations.1.credentials.header", "x api"),
        "x api",
        "header",
    ),
    (
        "zip3",
        "policies/safe-harbor.yaml",
        _set("spec.masking.restrictedZip3", ["02"]),
        "02",
        "restrictedZip3",
    ),
    ("dup-destination", "policies/fhir-readonly.yaml", _dup_destination, "Duplicate value", "duplicate"),
    ("dup-block", "policies/fhir-readonly.yaml", _dup_block, "Duplicate value", "duplicate"),
    ("dup-condition", "policies/fhir-readonly.yaml", _dup_conditions, "Duplicate value", "duplicate"),
    (
        "wildcard-credentials",
        "policies/fhir-readonly.yaml",
        _set("spec.destinations.0.host", "*.hospital.example.org"),
        "wildcard host",
        "wildcard host",
    ),
    (
        "prompts-on-phi-source",
        "policies/fhir-readonly.yaml",
        _set("spec.destinations.0.prompts", "mask"),
        "prompts applies",
        "prompts applies",
    ),
    (
        "reidentify-on-mcp",
        "policies/llm-baa.yaml",
        _set("spec.destinations.2.reidentify", True),
        "reidentify applies",
        "reidentify applies",
    ),
    (
        "mcp-on-llm",
        "policies/llm-baa.yaml",
        _set("spec.destinations.0.mcp", {"allowedTools": ["*"]}),
        "mcp rules",
        "mcp rules",
    ),
    (
        "allow-without-baa",
        "policies/llm-baa.yaml",
        lambda o: o["spec"]["destinations"][0].update(prompts="allow", baa=False),
        "needs baa",
        "needs baa",
    ),
    (
        "selector-in-without-values",
        "policies/fhir-readonly.yaml",
        _set("spec.podSelector.matchExpressions.0.values", DELETE),
        "non-empty for In",
        "non-empty for operator In",
    ),
    (
        "selector-exists-with-values",
        "policies/fhir-readonly.yaml",
        _set("spec.podSelector.matchExpressions.0.operator", "Exists"),
        "empty for Exists",
        "empty for operator Exists",
    ),
    (
        "safe-harbor-detector-off",
        "policies/safe-harbor.yaml",
        _set("spec.masking.detectors.0.enabled", False),
        "cannot turn a detector off",
        "cannot turn a detector off",
    ),
    (
        "query-param-alone",
        "policies/fhir-readonly.yaml",
        _set("spec.requestRules.risk.0.greaterThan", DELETE),
        "go together",
        "go together",
    ),
    (
        "bad-method",
        "policies/fhir-readonly.yaml",
        _set("spec.requestRules.risk.4.methods", ["FETCH"]),
        "FETCH",
        "methods",
    ),
    # Only the models can compile a regex (CEL has no regex-validity check); the operator marks the
    # policy Invalid and the sidecar and `phigate mask` refuse it.
    (
        "bad-regex",
        "policies/safe-harbor.yaml",
        _set("spec.masking.patterns.0.regex", "MRN([0-9]"),
        None,
        "regex",
    ),
    (
        "bad-path-regex",
        "policies/fhir-readonly.yaml",
        _set("spec.requestRules.block.1.pathRegex", "*x"),
        None,
        "pathRegex",
    ),
    # Grants
    (
        "both-ends",
        "grants/standard.yaml",
        _set("spec.expiresAt", "2030-01-01T00:00:00Z"),
        "exactly one",
        "exactly one",
    ),
    ("no-end", "grants/standard.yaml", _set("spec.duration", DELETE), "exactly one", "exactly one"),
    ("bad-duration", "grants/standard.yaml", _set("spec.duration", "4 hours"), "4 hours", "duration"),
    (
        "bad-expiry",
        "grants/elevated.yaml",
        _set("spec.expiresAt", "next tuesday"),
        "next tuesday",
        "expiresAt",
    ),
    ("bad-scope", "grants/standard.yaml", _set("spec.scope", "admin"), "admin", "scope"),
    (
        "short-justification",
        "grants/standard.yaml",
        _set("spec.justification", "because"),
        "because",
        "justification",
    ),
    (
        "typed-requester",
        "grants/standard.yaml",
        _set("spec.requestedBy", "ceo@x.org"),
        "requestedBy",
        "requestedBy",
    ),
    ("typed-approver", "grants/elevated.yaml", _set("spec.approvedBy", "me"), "approvedBy", "approvedBy"),
    ("bad-role-kind", "grants/elevated.yaml", _set("spec.roleRef.kind", "Group"), "Group", "kind"),
    ("bad-phase", "grants/standard.yaml", _set("status", {"phase": "Approved"}), "Approved", "phase"),
]


@pytest.mark.parametrize(
    ("example", "mutate", "crd_error", "model_error"), [r[1:] for r in REJECTED], ids=[r[0] for r in REJECTED]
)
def test_bad_object_is_rejected(
    example: str, mutate: Mutation, crd_error: str | None, model_error: str | None
) -> None:
    obj = load(example)
    mutate(obj)
    crd_errors = apiserver.admit(obj["kind"], obj)
    if crd_error is None:
        assert crd_errors == []
    else:
        assert crd_errors, "the API server would admit this"
        assert any(crd_error in e for e in crd_errors), crd_errors
    err = pydantic_errors(obj)
    assert err is not None, "the models accept this"
    assert model_error in err, err


def _switch_to_expiry(spec: dict[str, Any]) -> None:
    del spec["duration"]
    spec["expiresAt"] = "2030-01-01T00:00:00Z"


# Transition rules: only the API server sees the old object.
UPDATES = [
    (
        "retarget-service-account",
        "grants/standard.yaml",
        _set("spec.serviceAccountName", "other-agent"),
        "immutable",
    ),
    ("escalate-scope", "grants/standard.yaml", _set("spec.scope", "elevated"), "immutable"),
    ("extend-duration", "grants/standard.yaml", _set("spec.duration", "400h"), "immutable"),
    ("switch-to-expiry", "grants/standard.yaml", lambda o: _switch_to_expiry(o["spec"]), "immutable"),
    ("drop-role", "grants/elevated.yaml", _set("spec.roleRef", DELETE), "immutable"),
    (
        "rewrite-justification",
        "grants/elevated.yaml",
        _set("spec.justification", "nothing to see here, really"),
        "immutable",
    ),
    ("unrevoke", "grants/elevated.yaml", _set("spec.revoked", False), "un-revoked"),
]


@pytest.mark.parametrize(
    ("example", "mutate", "crd_error"), [u[1:] for u in UPDATES], ids=[u[0] for u in UPDATES]
)
def test_grant_updates_are_refused(example: str, mutate: Mutation, crd_error: str) -> None:
    old = load(example)
    if crd_error == "un-revoked":
        old["spec"]["revoked"] = True
    new = copy.deepcopy(old)
    mutate(new)
    assert apiserver.admit("AIAccessGrant", new) == [], "the new object alone is valid"
    errors = apiserver.admit("AIAccessGrant", new, old=old)
    assert any(crd_error in e for e in errors), errors


@pytest.mark.parametrize("example", ["grants/standard.yaml", "grants/elevated.yaml"])
def test_grant_may_be_revoked_and_status_may_change(example: str) -> None:
    old = load(example)
    new = copy.deepcopy(old)
    new["spec"]["revoked"] = True
    new["status"] = {"phase": "Revoked", "endedAt": "2026-11-25T12:00:00Z"}
    new["metadata"]["annotations"] = {"phigate.io/approved-by": "dana"}
    assert apiserver.admit("AIAccessGrant", new, old=old) == []
    unchanged = apiserver.admit("AIAccessGrant", old, old=old)
    assert unchanged == []
