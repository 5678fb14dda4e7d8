"""Builders for AIAccessGrant / PHIPolicy / RBAC bodies used by the grant tests (synthetic names only)."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any


def iso(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


def grant(
    name: str = "g1",
    namespace: str = "team-a",
    *,
    scope: str = "standard",
    duration: str | None = "1h",
    expires_at: str | None = None,
    sa: str = "agent",
    policy: str = "pol",
    subject: str = "dr.riley@example.org",
    role: str | None = "phi-reader",
    annotations: dict[str, str] | None = None,
    status: dict[str, Any] | None = None,
    revoked: bool = False,
    **meta: Any,
) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "subject": subject,
        "serviceAccountName": sa,
        "policyRef": {"name": policy},
        "scope": scope,
        "justification": "chart review for a synthetic quality audit",
    }
    if duration is not None:
        spec["duration"] = duration
    if expires_at is not None:
        spec["expiresAt"] = expires_at
    if role:
        spec["roleRef"] = {"kind": "Role", "name": role}
    if revoked:
        spec["revoked"] = True
    body: dict[str, Any] = {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "AIAccessGrant",
        "metadata": {"name": name, "namespace": namespace, "uid": f"uid-{name}", "generation": 1, **meta},
        "spec": spec,
    }
    if annotations:
        body["metadata"]["annotations"] = dict(annotations)
    if status:
        body["status"] = copy.deepcopy(status)
    return body


def policy(
    name: str = "pol",
    namespace: str = "team-a",
    *,
    require: str = "Elevated",
    max_duration: str = "8h",
    users: list[str] | None = None,
    groups: list[str] | None = None,
) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "podSelector": {"matchLabels": {"app": "agent"}},
        "destinations": [{"name": "fhir", "host": "fhir.example.test", "kind": "phi-source"}],
        "grants": {"requireApproval": require, "maxDuration": max_duration},
    }
    if users is not None or groups is not None:
        spec["approvers"] = {}
        if users is not None:
            spec["approvers"]["users"] = users
        if groups is not None:
            spec["approvers"]["groups"] = groups
    return {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "PHIPolicy",
        "metadata": {"name": name, "namespace": namespace},
        "spec": spec,
    }


def role_binding(
    name: str, grant_name: str | None, namespace: str = "team-a", role: str = "phi-reader", sa: str = "agent"
) -> dict[str, Any]:
    labels = {"phigate.io/grant": grant_name} if grant_name else {}
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": {"name": name, "namespace": namespace, "labels": labels},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": role},
        "subjects": [{"kind": "ServiceAccount", "name": sa, "namespace": namespace}],
    }


def token_secret(name: str, sa: str, namespace: str = "team-a") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": "kubernetes.io/service-account-token",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "annotations": {"kubernetes.io/service-account.name": sa},
        },
    }


def pod(name: str, sa: str, namespace: str = "team-a") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name, "namespace": namespace, "labels": {"app": "agent"}},
        "spec": {"serviceAccountName": sa, "containers": [{"name": "agent", "image": "agent:1.0"}]},
    }


def service_account(name: str, namespace: str = "team-a") -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": name, "namespace": namespace}}
