"""PHIPolicy handlers: thin. Decode, call the pure planners, write ConfigMap/status, emit spans."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import kopf

from phigate.enforcement import policy_hash
from phigate_operator import lifecycle
from phigate_operator.ca_handlers import ensure_namespace_ca
from phigate_operator.config import OperatorConfig
from phigate_operator.kube import GROUP, POLICIES, VERSION
from phigate_operator.policy_cache import PolicyView
from phigate_operator.policy_status import build_status, status_changed
from phigate_operator.sweep import SweepPlan, plan_sweep
from phigate_operator.sync import SyncResult, sync_namespace_detailed

# A failed compile (API hiccup, write conflict, a check that timed out) is retried in seconds, not
# after kopf's default minute: until it succeeds the policy is not Ready and GitOps waits on it.
RETRY_S = 2.0


def reconcile_policy(
    name: str,
    namespace: str,
    body: kopf.Body,
    status: kopf.Status,
    patch: kopf.Patch,
    memo: kopf.Memo,
    injected_pods: int | None = None,
    result: SyncResult | None = None,
) -> SyncResult:
    """Compile the namespace (unless `result` is a compile made moments ago), then set this policy's
    status if it changed."""
    config: OperatorConfig = memo.config
    if result is None:
        ensure_namespace_ca(memo.kube, namespace, config)
        result = sync_namespace_detailed(namespace, memo.kube)
        memo.policies.refresh(namespace)
    check = result.checks.get(name)
    if check is None:  # deleted meanwhile
        return result
    generation = body.get("metadata", {}).get("generation")
    p_hash = policy_hash(check.policy.spec) if check.valid and check.policy else None
    capture = (body.get("spec") or {}).get("capture", "Transparent")
    if injected_pods is None:
        views = memo.policies.get(namespace)
        injected_pods = plan_sweep(memo.kube.list_pods(namespace), namespace, views, config).injected.get(
            name, 0
        )
    new = build_status(
        dict(status),
        generation=generation,
        valid=check.valid,
        message=check.message,
        policy_hash=p_hash,
        config_hash=result.hash,
        capture=capture,
        mode=(body.get("spec") or {}).get("mode", "Enforce"),
        injected_pods=injected_pods,
        now=config.clock(),
    )
    if status_changed(dict(status), new):
        for key, value in new.items():
            patch.status[key] = value
        lifecycle.policy_compiled(
            memo.emitter,
            namespace=namespace,
            policy=name,
            generation=generation,
            policy_hash=p_hash,
            config_hash=result.hash,
            valid=check.valid,
            message=check.message,
            changed=result.changed,
        )
    return result


@dataclass
class _Sweep:
    """A namespace's last sweep: its other policies' timers within half an interval reuse it."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    at: float = float("-inf")
    plan: SweepPlan | None = None
    result: SyncResult | None = None


def register(registry: kopf.OperatorRegistry, config: OperatorConfig) -> None:
    @kopf.on.event(GROUP, VERSION, POLICIES, registry=registry, id="policy-cache")
    def policy_cache(
        event: dict[str, Any], body: kopf.Body, namespace: str, name: str, memo: kopf.Memo, **_: Any
    ) -> None:
        if event.get("type") == "DELETED":
            memo.policies.remove(namespace, name)
        else:
            memo.policies.upsert(dict(body))

    @kopf.on.resume(GROUP, VERSION, POLICIES, registry=registry, id="policy-compile-resume", backoff=RETRY_S)
    @kopf.on.create(GROUP, VERSION, POLICIES, registry=registry, id="policy-compile", backoff=RETRY_S)
    @kopf.on.update(
        GROUP, VERSION, POLICIES, registry=registry, id="policy-recompile", field="spec", backoff=RETRY_S
    )
    def policy_compile(
        name: str,
        namespace: str,
        body: kopf.Body,
        status: kopf.Status,
        patch: kopf.Patch,
        memo: kopf.Memo,
        **_: Any,
    ) -> None:
        reconcile_policy(name, namespace, body, status, patch, memo)

    @kopf.on.delete(GROUP, VERSION, POLICIES, registry=registry, id="policy-delete", backoff=RETRY_S)
    def policy_delete(name: str, namespace: str, memo: kopf.Memo, **_: Any) -> None:
        """Recompile without it. The last one gone leaves an empty config: selected pods are denied."""
        memo.policies.remove(namespace, name)
        result = sync_namespace_detailed(namespace, memo.kube)
        memo.policies.refresh(namespace)
        lifecycle.policy_deleted(
            memo.emitter,
            namespace=namespace,
            policy=name,
            config_hash=result.hash,
            remaining=len(result.config.policies),
        )

    @kopf.timer(
        GROUP,
        VERSION,
        POLICIES,
        registry=registry,
        id="policy-sweep",
        interval=config.sweep_interval_s,
        initial_delay=config.sweep_initial_delay_s,
        idle=None,
    )
    def policy_sweep(
        name: str,
        namespace: str,
        body: kopf.Body,
        status: kopf.Status,
        patch: kopf.Patch,
        memo: kopf.Memo,
        logger: Any,
        **_: Any,
    ) -> None:
        """Safety net: evict selected pods that run without the sidecar, refresh counts and config.

        One sweep per namespace and interval, not one per policy: the first timer of a namespace lists
        its pods, evicts and compiles; the other policies' timers within half an interval reuse that
        (with 100 policies, per-policy sweeps were ~200 full compiles a minute and starved the grant
        engine of CPU).
        """
        # memo.sweeps is created with the operator's memo (app.make_memo / startup): a dict created here
        # would live in this policy's own memo copy and every policy would sweep its namespace again.
        sweeps: dict[str, _Sweep] = memo.setdefault("sweeps", {})
        shared = sweeps.setdefault(namespace, _Sweep())
        with shared.lock:
            if shared.plan is not None and time.monotonic() - shared.at < memo.config.sweep_interval_s / 2:
                reconcile_policy(
                    name,
                    namespace,
                    body,
                    status,
                    patch,
                    memo,
                    injected_pods=shared.plan.injected.get(name, 0),
                    result=shared.result,
                )
                return
            views: list[PolicyView] = memo.policies.refresh(namespace)
            plan = plan_sweep(memo.kube.list_pods(namespace), namespace, views, memo.config)
            for pod, reason in plan.delete:
                labels = (pod.get("metadata") or {}).get("labels") or {}
                sel_policy = next((v.name for v in views if v.selects(labels)), None)
                pod_name = pod["metadata"]["name"]
                if memo.kube.delete_pod(namespace, pod_name):
                    logger.warning("evicted pod %s/%s: %s", namespace, pod_name, reason)
                    lifecycle.pod_evicted(
                        memo.emitter, pod=pod, namespace=namespace, policy=sel_policy, reason=reason
                    )
            shared.result = reconcile_policy(
                name, namespace, body, status, patch, memo, injected_pods=plan.injected.get(name, 0)
            )
            shared.plan, shared.at = plan, time.monotonic()
