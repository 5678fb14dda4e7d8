"""kopf handlers for AIAccessGrants: thin triggers around `GrantEngine.reconcile` and the admission rules.

    create / update / resume  -> reconcile (activation, Pending + notification, revoke on spec.revoked)
    expiry scheduler          -> one task, one heap of deadlines: ends each Active grant at expiresAt
    the same scheduler        -> retries an unfinished revocation every 1 s; re-checks Pending grants
                                 whose policy is missing or whose notification failed (sweep interval)
    delete (finalizer)        -> revokes first; the finalizer stays until every action succeeded
    mutating webhook          -> stamps the requester on CREATE; checks and stamps approve/deny on UPDATE
On start kopf resumes every grant: overdue ones are revoked at once by the resume handler.
Why no kopf daemons or timers per grant: with 1,000 grants they cost tens of MB and a steady load of
timer ticks (measured), and kopf 1.45 waits 5 s at exit for a daemon cancelled in its sleep; one
scheduler task with a heap does the same job and stops at once.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import kopf

from phigate.api.grant import TERMINAL_PHASES, GrantPhase
from phigate_operator.approval import AdmissionDenied, Caller, review_create, review_decision, review_update
from phigate_operator.grant_engine import GrantEngine, GrantRetry, Result
from phigate_operator.grant_expiry import ExpiryScheduler
from phigate_operator.grant_lifecycle import PolicyRules
from phigate_operator.kube import GRANTS, GROUP, VERSION
from phigate_operator.leadership import Leadership
from phigate_operator.notify import DEFAULT_SECRET, SECRET_KEY

log = logging.getLogger("phigate.operator.grants")
TERMINAL = {p.value for p in TERMINAL_PHASES}
RETRY_INTERVAL_S = 1.0
LEADER_RECHECK_S = 5.0  # an outranked replica re-checks a due grant this often


class _Runtime:
    """The engine, built on first use from memo (kube, emitter) and the config."""

    def __init__(self, config: Any, notify_secret: tuple[str, str] | None, emitter: Any) -> None:
        self.config = config
        self.notify_secret = notify_secret
        self.emitter = emitter
        self._engine: GrantEngine | None = None
        self.tasks: set[asyncio.Task[Any]] = set()
        self.memo: Any = None
        self.expiry: ExpiryScheduler
        self.notify_key = SECRET_KEY
        self.leadership: Leadership | None = None
        self.queued: dict[str, set[str]] = {}  # namespace -> grants due for its next expiry pass
        self.draining: set[str] = set()  # namespaces whose pass task is running

    def engine(self, memo: Any) -> GrantEngine:
        if self._engine is None:
            kube = getattr(memo, "kube", None)
            if kube is None:
                from phigate_operator.kube import Kube

                kube = memo.kube = Kube.connect(getattr(self.config, "api_url", None))
            emitter = self.emitter if self.emitter is not None else getattr(memo, "emitter", None)
            self._engine = GrantEngine(
                kube,
                clock=self.config.clock,
                emitter=emitter,
                notify_secret=self.notify_secret,
                notify_key=self.notify_key,
            )
        return self._engine

    def spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)


def register(
    registry: kopf.OperatorRegistry,
    config: Any,
    *,
    notify_secret: tuple[str, str] | None = None,
    emitter: Any = None,
) -> None:
    """Register the grant handlers on `registry` (never on kopf's global default registry)."""
    if notify_secret is None:
        secret_name = getattr(config, "grant_notify_secret", None) or DEFAULT_SECRET
        notify_secret = (getattr(config, "operator_namespace", "phigate-system"), secret_name)
    rt = _Runtime(config, notify_secret, emitter)
    rt.notify_key = getattr(config, "grant_notify_key", None) or SECRET_KEY
    G = (GROUP, VERSION, GRANTS)
    sweep = float(getattr(config, "sweep_interval_s", 30.0))

    def after(engine: GrantEngine, namespace: str, name: str, result: Result) -> None:
        """Re-arm from a Result: expiry of an Active grant, retry of an unfinished revocation, re-checks."""
        if result.phase == GrantPhase.PENDING and not result.done:
            rt.spawn(engine.notify_approvers(namespace, name))
        if result.phase == GrantPhase.ACTIVE and result.expires_at is not None:
            rt.expiry.schedule(namespace, name, (result.expires_at - config.clock()).total_seconds())
        elif result.phase is not None and result.phase.value in TERMINAL and not result.done:
            rt.expiry.schedule(namespace, name, RETRY_INTERVAL_S)  # unfinished revocation: retry
        elif result.phase == GrantPhase.PENDING and (result.error or not result.done):
            rt.expiry.schedule(namespace, name, sweep)  # policy missing / notification pending: re-check

    async def reconcile(memo: Any, namespace: str, name: str, *, resync: bool = False) -> Result:
        engine = rt.engine(memo)
        try:
            result = await engine.reconcile(namespace, name, resync=resync)
        except GrantRetry as exc:
            raise kopf.TemporaryError(str(exc), delay=RETRY_INTERVAL_S) from exc
        after(engine, namespace, name, result)
        return result

    async def is_leader(keys: list[tuple[str, str]]) -> bool:
        """kopf pauses an outranked replica's handlers but not the scheduler: ask the peering object and
        leave due grants to the leader (re-checking, in case this replica becomes the leader again)."""
        leadership = rt.leadership
        if leadership is None or not leadership.enabled:
            return True
        try:
            leader = await asyncio.get_running_loop().run_in_executor(
                rt.engine(rt.memo).executor, leadership.is_leader
            )
        except Exception as exc:  # the API is unreachable: reconcile could not act either
            log.warning("peering check failed, retrying: %s", exc)
            leader = False
        if not leader:
            for namespace, name in keys:
                rt.expiry.schedule(namespace, name, LEADER_RECHECK_S)
        return bool(leader)

    async def fire(namespace: str, name: str) -> None:
        """End one grant (or re-arm if it is not due yet); failures retry shortly."""
        if not await is_leader([(namespace, name)]):
            return
        try:
            await reconcile(rt.memo, namespace, name)
        except Exception as exc:  # kopf.TemporaryError included: try again shortly
            log.warning("grant %s/%s: expiry reconcile failed, retrying: %s", namespace, name, exc)
            rt.expiry.schedule(namespace, name, RETRY_INTERVAL_S)

    async def fire_batch(keys: list[tuple[str, str]]) -> None:
        """The scheduler's callback: grants due now join their namespace's queue; one pass per namespace
        at a time ends every queued grant together, so under a burst the passes grow instead of queueing
        one revocation behind another (grants due while a pass runs are taken by the next one)."""
        if not await is_leader(keys):
            return
        for namespace, name in keys:
            rt.queued.setdefault(namespace, set()).add(name)
            if namespace not in rt.draining:
                rt.draining.add(namespace)
                rt.spawn(drain(namespace))

    async def drain(namespace: str) -> None:
        try:
            while rt.queued.get(namespace):
                names = sorted(rt.queued.pop(namespace))
                engine = rt.engine(rt.memo)
                try:
                    results = await engine.reconcile_namespace(namespace, names)
                except Exception as exc:  # e.g. the grants LIST failed: the whole pass retries
                    results = {name: exc for name in names}
                for name, result in results.items():
                    if isinstance(result, Result):
                        after(engine, namespace, name, result)
                    else:
                        log.warning("grant %s/%s: expiry pass failed, retrying: %s", namespace, name, result)
                        rt.expiry.schedule(namespace, name, RETRY_INTERVAL_S)
        finally:
            rt.draining.discard(namespace)

    rt.expiry = ExpiryScheduler(fire, fire_batch)

    @kopf.on.startup(registry=registry, id="grant-engine")
    async def start(memo: kopf.Memo, settings: kopf.OperatorSettings, **_: Any) -> None:
        rt.engine(memo)
        rt.memo = memo
        rt.leadership = Leadership(
            lambda: rt.engine(memo).kube,
            enabled=not (settings.peering.standalone or getattr(config, "standalone", False)),
            name=settings.peering.name,
            namespaces=None
            if settings.peering.clusterwide
            else tuple(getattr(config, "watch_namespaces", None) or ()),
            identity=getattr(config, "peering_identity", None),
            priority=settings.peering.priority,
        )
        rt.expiry.start()

    @kopf.on.cleanup(registry=registry, id="grant-engine-stop")
    async def stop(**_: Any) -> None:
        # The engine's thread pool is left to the garbage collector: daemons may still be finishing.
        await rt.expiry.stop()
        for task in list(rt.tasks):
            task.cancel()

    @kopf.on.resume(*G, registry=registry, id="grant-resume", backoff=RETRY_INTERVAL_S)
    @kopf.on.create(*G, registry=registry, id="grant-create", backoff=RETRY_INTERVAL_S)
    @kopf.on.update(*G, registry=registry, id="grant-update", backoff=RETRY_INTERVAL_S)
    async def changed(namespace: str, name: str, memo: kopf.Memo, **_: Any) -> None:
        await reconcile(memo, namespace, name, resync=True)

    @kopf.on.delete(*G, registry=registry, id="grant-finalize", backoff=RETRY_INTERVAL_S)
    async def deleted(namespace: str, name: str, memo: kopf.Memo, **_: Any) -> None:
        result = await reconcile(memo, namespace, name)
        if result.phase is not None and result.phase.value in TERMINAL and not result.done:
            raise kopf.TemporaryError(f"revocation incomplete: {result.error}", delay=RETRY_INTERVAL_S)

    if not getattr(config, "serve_webhooks", True):
        # kopf refuses to start with admission handlers and no server. Without the webhook nothing stamps
        # requesters or approvers, so grants stay Pending (RequesterUnknown): fail closed.
        log.warning("admission webhooks disabled: new AIAccessGrants stay Pending (no requester stamp)")
        return

    @kopf.on.mutate(*G, registry=registry, id="grant-admission", operations=["CREATE", "UPDATE"])
    async def admit(
        operation: str,
        body: kopf.Body,
        old: Any,
        new: Any,
        userinfo: Any,
        patch: kopf.Patch,
        memo: kopf.Memo,
        subresource: str | None = None,
        **_: Any,
    ) -> None:
        if subresource:  # status is the operator's; the rules do not route it here anyway
            return
        engine = rt.engine(memo)
        caller = None
        try:
            caller = Caller.from_userinfo(userinfo)
            if operation == "CREATE":
                stamps = review_create(dict(new if new is not None else body), caller)
            elif operation == "UPDATE" and old is not None and new is not None:
                old_d, new_d = dict(old), dict(new)
                decision = review_update(old_d, new_d)
                stamps = {}
                if decision is not None:
                    ns = (old_d.get("metadata") or {}).get("namespace") or body.metadata.namespace
                    policy_name = ((old_d.get("spec") or {}).get("policyRef") or {}).get("name") or ""
                    policy, error = await asyncio.get_running_loop().run_in_executor(
                        engine.executor, _load_policy, engine, ns, policy_name
                    )
                    stamps = review_decision(decision, old_d, caller, policy, config.clock(), error or "")
            else:
                return
        except AdmissionDenied as exc:
            _emit_rejection(engine, body, operation, caller, exc.message)
            raise kopf.AdmissionError(exc.message, code=exc.code) from exc
        if stamps:
            annotations = patch.metadata.setdefault("annotations", {})
            for key, value in stamps.items():
                annotations[key] = value


def _load_policy(engine: GrantEngine, namespace: str, name: str) -> tuple[PolicyRules | None, str | None]:
    if not name:
        return None, "spec.policyRef.name is empty"
    return engine._policy(namespace, name)


def _emit_rejection(
    engine: GrantEngine, body: Any, operation: str, caller: Caller | None, message: str
) -> None:
    """Refused approvals and typed stamps are audit events too (who tried what)."""
    if engine.emitter is None:
        return
    meta = dict(body.get("metadata") or {})
    try:
        engine.emitter.record(
            "grant.admission.rejected",
            {
                "phigate.grant": str(meta.get("name") or ""),
                "k8s.namespace.name": str(meta.get("namespace") or ""),
                "phigate.admission.operation": operation,
                "phigate.admission.user": caller.username if caller else "",
                "phigate.admission.message": message,
            },
            error=message,
        )
    except Exception as exc:  # never turn an audit failure into an admission answer
        log.error("audit span grant.admission.rejected not emitted: %s", exc)
