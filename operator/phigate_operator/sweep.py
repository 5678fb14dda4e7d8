"""Plan the fail-closed sweep (pure): which pods run uncaptured and must go, and how many are injected."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from phigate_operator.config import OperatorConfig
from phigate_operator.injection import POLICY_ANNOTATION, is_injected, select
from phigate_operator.policy_cache import PolicyView


@dataclass
class SweepPlan:
    delete: list[tuple[dict[str, Any], str]] = field(default_factory=list)  # (pod, reason)
    injected: dict[str, int] = field(default_factory=dict)  # policy name -> injected running pods


def _live(pod: Mapping[str, Any]) -> bool:
    meta = pod.get("metadata") or {}
    phase = (pod.get("status") or {}).get("phase")
    return not meta.get("deletionTimestamp") and phase not in ("Succeeded", "Failed")


def plan_sweep(
    pods: Sequence[dict[str, Any]], namespace: str, policies: Sequence[PolicyView], config: OperatorConfig
) -> SweepPlan:
    plan = SweepPlan(injected={p.name: 0 for p in policies})
    if config.skips_namespace(namespace):
        return plan
    for pod in pods:
        if not _live(pod):
            continue
        if is_injected(pod):
            name = ((pod.get("metadata") or {}).get("annotations") or {}).get(POLICY_ANNOTATION, "")
            if name in plan.injected:
                plan.injected[name] += 1
            continue
        sel = select(pod, namespace, policies, config)
        if sel.selected and not (pod.get("spec") or {}).get("hostNetwork"):
            plan.delete.append((pod, f"running without the phigate sidecar although {sel.reason}"))
        elif sel.selected:
            plan.delete.append((pod, "hostNetwork pod selected by a PHIPolicy: cannot be captured"))
    return plan
