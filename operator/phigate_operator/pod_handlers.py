"""Pod admission webhooks (inject, guard) and the pod watch that prepares governed namespaces.

Thin: both webhooks call the pure functions of `injection`. The mutating webhook converges a selected
pod to its injected form; the validating webhook rejects a selected pod that is not in that form or
that tries to opt out, bypass the capture or strip the sidecar later. Any internal error rejects the
pod (kopf answers allowed=false): fail closed.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import kopf

from phigate_operator import lifecycle
from phigate_operator.admission_cache import AdmissionDecision
from phigate_operator.app import PLANNED_PATCH
from phigate_operator.config import OperatorConfig
from phigate_operator.injection import INJECTED_ANNOTATION, check_pod, plan_injection
from phigate_operator.policy_cache import PolicyView

INJECT_WEBHOOK = "phigate-inject"
GUARD_WEBHOOK = "phigate-guard"


async def policies_for(memo: kopf.Memo, namespace: str) -> list[PolicyView]:
    """The namespace's policies; when stale, one refresh shared by every review waiting for it (at 50
    concurrent reviews each used to list the policies itself). A failed refresh fails them all."""
    cache = memo.policies
    cached = cache.fresh(namespace)
    if cached is not None:
        return cached
    inflight: dict[str, asyncio.Future[list[PolicyView]]] = cache.inflight
    future = inflight.get(namespace)
    if future is None:
        future = asyncio.ensure_future(asyncio.to_thread(cache.refresh, namespace))
        inflight[namespace] = future
        future.add_done_callback(lambda done: _forget(inflight, namespace, done))
    return await asyncio.shield(future)  # one waiter cancelled does not cancel the others' refresh


def _forget(inflight: dict[str, Any], namespace: str, done: asyncio.Future[Any]) -> None:
    if inflight.get(namespace) is done:
        del inflight[namespace]
    if not done.cancelled():
        done.exception()  # retrieved: a failure is reported to the waiters, not as "never retrieved"


def _replace_with(desired: dict[str, Any]):  # type: ignore[no-untyped-def]
    def fn(body: dict[str, Any]) -> None:
        body.clear()
        body.update(copy.deepcopy(desired))

    return fn


def register(registry: kopf.OperatorRegistry, config: OperatorConfig) -> None:
    _register_prepare(registry)
    if config.serve_webhooks:
        _register_webhooks(registry)


def _register_webhooks(registry: kopf.OperatorRegistry) -> None:
    @kopf.on.mutate("v1", "pods", registry=registry, id=INJECT_WEBHOOK, operations=["CREATE"])
    async def inject(
        body: kopf.Body,
        patch: kopf.Patch,
        userinfo: dict[str, Any],
        dryrun: bool,
        warnings: list[str],
        memo: kopf.Memo,
        **_: Any,
    ) -> None:
        namespace = body.get("metadata", {}).get("namespace") or ""
        if memo.config.skips_namespace(namespace):
            return
        pod = dict(body)
        policies = await policies_for(memo, namespace)
        planned = PLANNED_PATCH.get()
        if planned is not None:  # phigate's webhook server: the patch goes out as planned, cached
            decision = memo.admission.decide(pod, namespace=namespace, policies=policies, config=memo.config)
            desired = None
        else:  # another server (kopf's own): kopf diffs the pod it is handed, so it needs the whole pod
            plan = plan_injection(pod, namespace=namespace, policies=policies, config=memo.config)
            decision, desired = AdmissionDecision.from_plan(plan), plan.pod
        if decision.action == "skip":
            return
        if decision.action == "reject":
            if not dryrun:
                lifecycle.pod_admission(
                    memo.emitter,
                    decision="rejected",
                    pod=pod,
                    namespace=namespace,
                    policy=decision.policy,
                    reason=decision.reason,
                    userinfo=userinfo,
                )
            raise kopf.AdmissionError(decision.reason, code=403)
        if not decision.patch:
            return  # already injected exactly as wanted: a second pass adds nothing
        if planned is not None:
            planned.add(decision.patch, decision.encoded_patch)  # no second diff by kopf
        else:
            patch.fns.append(_replace_with(desired))
        warnings.extend(decision.warnings)
        if not dryrun:
            lifecycle.pod_admission(
                memo.emitter,
                decision="injected",
                pod=pod,
                namespace=namespace,
                policy=decision.policy,
                reason=decision.reason,
                userinfo=userinfo,
                capture=decision.capture,
                warnings=decision.warnings,
            )

    @kopf.on.validate("v1", "pods", registry=registry, id=GUARD_WEBHOOK, operations=["CREATE", "UPDATE"])
    async def guard(
        body: kopf.Body,
        old: kopf.Body | None,
        operation: str,
        userinfo: dict[str, Any],
        dryrun: bool,
        memo: kopf.Memo,
        **_: Any,
    ) -> None:
        namespace = body.get("metadata", {}).get("namespace") or ""
        if memo.config.skips_namespace(namespace):
            return
        pod = dict(body)
        previous = dict(old) if operation == "UPDATE" and old is not None else None
        policies = [] if previous is not None else await policies_for(memo, namespace)
        errors = check_pod(pod, namespace=namespace, policies=policies, config=memo.config, old=previous)
        if errors:
            reason = "; ".join(errors)
            if not dryrun:
                annotations = (pod.get("metadata") or {}).get("annotations") or {}
                lifecycle.pod_admission(
                    memo.emitter,
                    decision="rejected",
                    pod=pod,
                    namespace=namespace,
                    policy=annotations.get("phigate.io/policy"),
                    reason=reason,
                    userinfo=userinfo,
                    operation=operation,
                )
            raise kopf.AdmissionError(reason, code=403)


def _register_prepare(registry: kopf.OperatorRegistry) -> None:
    @kopf.on.event(
        "v1",
        "pods",
        registry=registry,
        id="pod-namespace-prepare",
        annotations={INJECTED_ANNOTATION: kopf.PRESENT},
    )
    def prepare_namespace(namespace: str, memo: kopf.Memo, event: dict[str, Any], **_: Any) -> None:
        """An injected pod needs the CA and the enforcement ConfigMap in its namespace to start."""
        if event.get("type") == "DELETED" or memo.config.skips_namespace(namespace):
            return
        prepared: set[str] = memo.prepared_namespaces
        if namespace in prepared:
            return
        from phigate_operator.ca_handlers import ensure_namespace_ca
        from phigate_operator.sync import sync_namespace

        ensure_namespace_ca(memo.kube, namespace, memo.config)
        sync_namespace(namespace, memo.kube)
        prepared.add(namespace)
