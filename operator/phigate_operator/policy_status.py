"""PHIPolicy status as a pure function (cert-manager's rules).

Always set observedGeneration; keep a condition's lastTransitionTime when its status did not change;
the caller writes status only when `status_changed` says so; the clock is a parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from phigate.api.policy import CaptureMode

ENFORCED = "enforced: all TCP egress of selected pods is captured into the sidecar (iptables REDIRECT)"
ADVISORY = "advisory only: proxy variables, does not enforce"
# status fields the operator owns (anything else under status is left alone)
OWNED = ("conditions", "observedGeneration", "compiledHash", "injectedPods", "enforcement")


AUDIT_ONLY = "Audit mode: decisions are recorded, nothing is blocked (masking still applies); "


def enforcement_text(capture: str | None, mode: str | None = None) -> str:
    text = ADVISORY if capture == CaptureMode.EXPLICIT.value else ENFORCED
    return AUDIT_ONLY + text if mode == "Audit" else text


def _ts(now: datetime) -> str:
    return now.strftime("%Y-%m-%dT%H:%M:%SZ")


def _condition(
    old: Mapping[str, Any] | None,
    type_: str,
    status: str,
    reason: str,
    message: str,
    generation: int | None,
    now: datetime,
) -> dict[str, Any]:
    keep = old is not None and old.get("status") == status and old.get("lastTransitionTime")
    cond = {
        "type": type_,
        "status": status,
        "reason": reason,
        "message": message,
        "lastTransitionTime": old["lastTransitionTime"] if keep and old else _ts(now),
    }
    if generation is not None:
        cond["observedGeneration"] = generation
    return cond


def build_status(
    old: Mapping[str, Any] | None,
    *,
    generation: int | None,
    valid: bool,
    message: str,
    policy_hash: str | None,
    config_hash: str,
    capture: str | None,
    injected_pods: int | None,
    now: datetime,
    mode: str | None = None,
) -> dict[str, Any]:
    old = old or {}
    old_conds = {c.get("type"): c for c in old.get("conditions") or [] if isinstance(c, Mapping)}
    if valid:
        ready = _condition(
            old_conds.get("Ready"),
            "Ready",
            "True",
            "Compiled",
            f"compiled into ConfigMap phigate-enforcement (hash {config_hash})",
            generation,
            now,
        )
        invalid = _condition(old_conds.get("Invalid"), "Invalid", "False", "Valid", "", generation, now)
    else:
        ready = _condition(
            old_conds.get("Ready"),
            "Ready",
            "False",
            "InvalidSpec",
            f"not enforced, selected pods are denied all egress: {message}",
            generation,
            now,
        )
        invalid = _condition(
            old_conds.get("Invalid"), "Invalid", "True", "InvalidSpec", message, generation, now
        )
    status: dict[str, Any] = {
        "conditions": [ready, invalid],
        "enforcement": enforcement_text(capture, mode),
        "injectedPods": injected_pods if injected_pods is not None else int(old.get("injectedPods") or 0),
    }
    if generation is not None:
        status["observedGeneration"] = generation
    if valid and policy_hash:
        status["compiledHash"] = policy_hash
    elif old.get("compiledHash"):
        status["compiledHash"] = None  # merge-patch: remove the stale hash of an invalid spec
    return status


def status_changed(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> bool:
    old = old or {}
    for key in OWNED:
        want = new.get(key, old.get(key))
        if old.get(key) != want:
            return True
    return False
