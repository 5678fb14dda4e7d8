"""Lifecycle audit spans of the operator (policy compiled, pod injected / rejected / evicted).

Attributes follow OpenTelemetry conventions where they exist (`enduser.id`, `k8s.*`) and
`phigate.*` otherwise. Actors come from the API server's admission userInfo, never from a field a
user can type. Admission spans are required: if the audit channel refuses the record (spool full,
shut down), the exception propagates and the webhook rejects the pod (fail closed). Other lifecycle
spans are best effort: a failure is logged and the handler's work stands.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

log = logging.getLogger("phigate.operator.lifecycle")


def _emit(
    emitter: Any, name: str, attrs: Mapping[str, Any], error: str | None = None, *, required: bool = False
) -> None:
    if emitter is None:
        return
    clean = {k: v for k, v in attrs.items() if v is not None}
    try:
        emitter.record(name, clean, error=error)
    except Exception:
        if required:
            raise
        log.exception("could not emit lifecycle span %s", name)


def actor_attrs(userinfo: Mapping[str, Any] | None) -> dict[str, Any]:
    userinfo = userinfo or {}
    groups = [str(g) for g in userinfo.get("groups") or []]
    return {"enduser.id": userinfo.get("username") or None, "phigate.actor.groups": groups or None}


def pod_attrs(pod: Mapping[str, Any], namespace: str) -> dict[str, Any]:
    meta = pod.get("metadata") or {}
    return {
        "k8s.namespace.name": namespace,
        "k8s.pod.name": meta.get("name") or meta.get("generateName") or None,
        "k8s.pod.uid": meta.get("uid") or None,
        "phigate.service_account": (pod.get("spec") or {}).get("serviceAccountName") or "default",
    }


def policy_compiled(
    emitter: Any,
    *,
    namespace: str,
    policy: str,
    generation: int | None,
    policy_hash: str | None,
    config_hash: str,
    valid: bool,
    message: str,
    changed: bool,
) -> None:
    _emit(
        emitter,
        "phigate.policy.compiled",
        {
            "k8s.namespace.name": namespace,
            "phigate.policy": policy,
            "phigate.policy.generation": generation,
            "phigate.policy.hash": policy_hash,
            "phigate.enforcement.hash": config_hash,
            "phigate.enforcement.changed": changed,
            "phigate.decision": "compiled" if valid else "invalid",
            "phigate.reason": message or None,
        },
        error=None if valid else message,
    )


def policy_deleted(emitter: Any, *, namespace: str, policy: str, config_hash: str, remaining: int) -> None:
    _emit(
        emitter,
        "phigate.policy.deleted",
        {
            "k8s.namespace.name": namespace,
            "phigate.policy": policy,
            "phigate.enforcement.hash": config_hash,
            "phigate.policies.remaining": remaining,
        },
    )


def pod_admission(
    emitter: Any,
    *,
    decision: str,
    pod: Mapping[str, Any],
    namespace: str,
    policy: str | None,
    reason: str,
    userinfo: Mapping[str, Any] | None,
    capture: str | None = None,
    operation: str = "CREATE",
    warnings: Sequence[str] = (),
) -> None:
    """decision: injected | rejected."""
    _emit(
        emitter,
        f"phigate.pod.{decision}",
        {
            **pod_attrs(pod, namespace),
            **actor_attrs(userinfo),
            "phigate.decision": decision,
            "phigate.policy": policy,
            "phigate.capture": capture,
            "phigate.reason": reason,
            "phigate.admission.operation": operation,
            "phigate.warnings": list(warnings) or None,
        },
        error=reason if decision == "rejected" else None,
        required=True,
    )


def pod_evicted(
    emitter: Any, *, pod: Mapping[str, Any], namespace: str, policy: str | None, reason: str
) -> None:
    _emit(
        emitter,
        "phigate.pod.evicted",
        {
            **pod_attrs(pod, namespace),
            "enduser.id": "system:phigate-operator",
            "phigate.decision": "evicted",
            "phigate.policy": policy,
            "phigate.reason": reason,
        },
    )
