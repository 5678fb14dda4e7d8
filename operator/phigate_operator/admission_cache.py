"""Admission decisions remembered per pod template, so replicas of one workload cost one plan.

The pods of a Deployment, Job or StatefulSet reach the webhook identical but for their name, and the
injection plan does not depend on the name (it patches annotations, containers and volumes only). So
the decision and its JSON patch, already serialised for the AdmissionReview, are kept under a key of
everything the plan reads: the config object, the namespace, the exact PolicyView objects (kept alive
by the entry, so their ids cannot be reused while it exists; a refreshed policy is a new object and
misses) and the pod's JSON without its name. A miss costs one `json.dumps` of the pod more than no
cache at all. Pure logic; the webhook handler owns the instance.
"""

from __future__ import annotations

import base64
import json
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from phigate_operator.config import OperatorConfig
from phigate_operator.injection import InjectionPlan, plan_injection
from phigate_operator.policy_cache import PolicyView

DEFAULT_ENTRIES = 256


@dataclass(frozen=True)
class AdmissionDecision:
    """What the mutating webhook needs from a plan; never the desired pod itself (it has a name)."""

    action: str
    reason: str
    patch: tuple[dict[str, Any], ...] = ()
    policy: str | None = None
    capture: str | None = None
    warnings: tuple[str, ...] = ()
    encoded_patch: str = field(default="", repr=False)  # base64 JSON patch, ready for the response

    @classmethod
    def from_plan(cls, plan: InjectionPlan) -> AdmissionDecision:
        return cls(
            action=plan.action,
            reason=plan.reason,
            patch=tuple(plan.patch),
            policy=plan.policy,
            capture=plan.capture.value if plan.capture else None,
            warnings=plan.warnings,
            encoded_patch=encode_patch(plan.patch) if plan.patch else "",
        )


def encode_patch(ops: Sequence[Mapping[str, Any]]) -> str:
    return base64.b64encode(json.dumps(list(ops), separators=(",", ":")).encode()).decode("ascii")


def template_key(pod: Mapping[str, Any]) -> str | None:
    """The pod as JSON without metadata.name; None when it cannot be serialised (then: no caching)."""
    meta = pod.get("metadata")
    if isinstance(meta, Mapping) and "name" in meta:
        pod = {**pod, "metadata": {k: v for k, v in meta.items() if k != "name"}}
    try:
        return json.dumps(pod, separators=(",", ":"))
    except (TypeError, ValueError):
        return None


class AdmissionCache:
    """A small LRU of admission decisions. Not thread-safe: used from the operator's event loop."""

    def __init__(self, entries: int = DEFAULT_ENTRIES) -> None:
        if entries < 0:
            raise ValueError(f"entries must be >= 0, got {entries}")
        self._entries = entries
        # key -> (decision, the policy views and config the key names by id: kept alive on purpose)
        self._data: OrderedDict[tuple[Any, ...], tuple[AdmissionDecision, tuple[Any, ...]]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._data)

    def decide(
        self,
        pod: Mapping[str, Any],
        *,
        namespace: str,
        policies: Sequence[PolicyView],
        config: OperatorConfig,
    ) -> AdmissionDecision:
        pod_key = template_key(pod) if self._entries else None
        if pod_key is None:
            self.misses += 1
            return AdmissionDecision.from_plan(
                plan_injection(pod, namespace=namespace, policies=policies, config=config)
            )
        key = (id(config), namespace, tuple(map(id, policies)), pod_key)
        hit = self._data.get(key)
        if hit is not None:
            self._data.move_to_end(key)
            self.hits += 1
            return hit[0]
        self.misses += 1
        decision = AdmissionDecision.from_plan(
            plan_injection(pod, namespace=namespace, policies=policies, config=config)
        )
        self._data[key] = (decision, (config, *policies))
        if len(self._data) > self._entries:
            self._data.popitem(last=False)
        return decision
