"""The grant engine: read a grant fresh, decide (pure), apply the plan, record status, emit spans.

One reconcile path for every trigger (create, update, resume, expiry daemon, retry timer, finalizer),
serialised per grant, so concurrent triggers cannot double-revoke or double-emit. Order of effects:
  activation:  stale bindings removed -> RoleBinding created -> status Active (+ IDs) -> enforcement
  ending:      status terminal first (sidecars drop it at the next compile) -> revocation plan, each
               action recorded with its outcome -> AccessRemoved=True only when every action succeeded
A crash at any point leaves either less access than intended or a plan that the next run finishes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from phigate.api.grant import AIAccessGrantStatus, GrantPhase, RevocationAction
from phigate_operator import notify
from phigate_operator.grant_kube import GrantKube
from phigate_operator.grant_lifecycle import (
    COND_ACCESS_REMOVED,
    COND_NOTIFIED,
    GrantView,
    PolicyRules,
    Step,
    build_status,
    decide,
    mark_access_removed,
    mark_notified,
)
from phigate_operator.kube import ApiException, Kube
from phigate_operator.revocation import Action, Observed, plan_activation, plan_revocation

log = logging.getLogger("phigate.operator.grants")


class GrantRetry(Exception):
    """The reconcile must run again (an API call failed); the grant's state is consistent meanwhile."""


@dataclass(frozen=True)
class Result:
    phase: GrantPhase | None
    done: bool  # nothing left to retry for now
    expires_at: datetime | None = None  # an Active grant's end (absolute: callers re-arm timers from it)
    error: str | None = None


def _err(exc: BaseException) -> str:
    if isinstance(exc, ApiException):
        return f"HTTP {exc.status} {exc.reason or ''}".strip()
    return f"{type(exc).__name__}: {exc}"[:300]


def _status_patch(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """A merge patch from old to new status: changed keys, plus None for keys that went away."""
    patch = {k: v for k, v in new.items() if old.get(k) != v}
    patch.update({k: None for k in old if k not in new})
    return patch


class GrantEngine:
    def __init__(
        self,
        kube: Kube,
        *,
        clock: Callable[[], datetime],
        emitter: Any = None,
        sync: Callable[[str], Any] | None = None,
        notify_secret: tuple[str, str] | None = None,
        notify_key: str = notify.SECRET_KEY,
        sender: Callable[[str, dict[str, object]], None] = notify.post,
        workers: int = 8,
        fanout: int = 16,
    ) -> None:
        from phigate_operator.grant_sync import sync_grants

        self.kube = kube
        self.gk = GrantKube(kube)
        self.clock = clock
        self.emitter = emitter
        self.sync = sync or (lambda namespace: sync_grants(namespace, kube))
        self.notify_secret = notify_secret
        self.notify_key = notify_key
        self.sender = sender
        # Pool sizes: each started thread keeps ~0.1-0.2 MB (stack pages, allocator caches) for the
        # operator's life; 8 + 16 serve a 50-grant expiry burst (revocation lag measured in
        # benchmarks/revocation.py) and keep 1,000 grants under the 150 MB RSS target.
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="phigate-grant")
        # Fan-out of one reconcile's independent API calls (observation lists, revocation actions). A pool
        # of its own: waiting on `self.executor` from inside its own workers could deadlock it.
        self.io = ThreadPoolExecutor(max_workers=fanout, thread_name_prefix="phigate-grant-io")
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self._notifying: set[tuple[str, str]] = set()

    # ------------------------------------------------------------------ async entry points
    async def reconcile(self, namespace: str, name: str, *, resync: bool = False) -> Result:
        """Serialised per grant; the blocking work runs in the engine's own thread pool."""
        # Shielded: a caller cancelled mid-way (kopf stops the expiry daemon as soon as the phase turns
        # terminal) must not release the lock while the worker thread is still revoking.
        return await asyncio.shield(asyncio.ensure_future(self._locked(namespace, name, resync)))

    async def _locked(self, namespace: str, name: str, resync: bool) -> Result:
        key = (namespace, name)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            loop = asyncio.get_running_loop()
            result = await loop.run_in_executor(self.executor, self.reconcile_sync, namespace, name, resync)
        if result.phase is None:
            self._locks.pop(key, None)
        return result

    async def reconcile_namespace(self, namespace: str, names: list[str]) -> dict[str, Result | Exception]:
        """An expiry pass over several grants of one namespace (see `reconcile_namespace_sync`).

        Holds every grant's lock (acquired in name order; other holders take one lock at a time, so no
        deadlock) and is shielded like `reconcile`. Per grant: its Result, or the exception to retry on.
        """
        names = sorted(set(names))
        return await asyncio.shield(asyncio.ensure_future(self._locked_many(namespace, names)))

    async def _locked_many(self, namespace: str, names: list[str]) -> dict[str, Result | Exception]:
        locks = [self._locks.setdefault((namespace, n), asyncio.Lock()) for n in names]
        for lock in locks:
            await lock.acquire()
        try:
            run = functools.partial(self.reconcile_namespace_sync, namespace, names)
            results = await asyncio.get_running_loop().run_in_executor(self.executor, run)
        finally:
            for lock in locks:
                lock.release()
        for name, result in results.items():
            if isinstance(result, Result) and result.phase is None:
                self._locks.pop((namespace, name), None)
        return results

    async def notify_approvers(
        self, namespace: str, name: str, *, attempts: int = 6, first_delay: float = 1.0
    ) -> None:
        """Background: send, retry with backoff, record the outcome; never raises, never blocks state."""
        key = (namespace, name)
        if key in self._notifying:
            return
        self._notifying.add(key)
        try:
            loop = asyncio.get_running_loop()
            delay = first_delay
            for attempt in range(1, attempts + 1):
                ok = await loop.run_in_executor(self.executor, self.notify_sync, namespace, name)
                if ok:
                    return
                if attempt < attempts:
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 60.0)
        finally:
            self._notifying.discard(key)

    def shutdown(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.io.shutdown(wait=False, cancel_futures=True)

    def _parallel(self, calls: list[Callable[[], Any]]) -> list[Any]:
        """Run independent blocking calls at once; results in order, the first exception re-raised."""
        if len(calls) <= 1:
            return [c() for c in calls]
        futures = [self.io.submit(c) for c in calls]
        return [f.result() for f in futures]

    # ------------------------------------------------------------------ the reconcile
    def reconcile_sync(self, namespace: str, name: str, resync: bool = False) -> Result:
        body = self.gk.get_grant(namespace, name)
        if body is None:
            return Result(None, True)
        view = GrantView.from_body(body)
        now = self.clock()
        policy, policy_error = None, None
        if view.spec is not None and view.status.phase in (None, GrantPhase.PENDING) and not view.deleting:
            # Only a Pending grant needs its policy (approval rules, maxDuration): an Active grant's end is
            # fixed in status.expiresAt, so expiry and revocation save this GET.
            policy, policy_error = self._policy(namespace, view.spec.policy_ref.name)
        step = decide(view, policy, now, policy_error)
        status = build_status(view, step, now)
        if step.activate:
            return self._activate(view, step, status, now)
        if step.end:
            return self._end(view, step, status, now)
        self._write_status(view, status)
        if step.phase == GrantPhase.ACTIVE and resync:
            self.sync(namespace)
        notified = next((c for c in status.conditions or [] if c.type == COND_NOTIFIED), None)
        want_notify = step.notify and (notified is None or notified.status.value != "True")
        return Result(
            step.phase,
            done=not want_notify,
            expires_at=status.expires_at if step.phase == GrantPhase.ACTIVE else None,
            error=None if step.ready else step.message,
        )

    def _policy(self, namespace: str, name: str) -> tuple[PolicyRules | None, str | None]:
        body = self.gk.get_policy(namespace, name)
        if body is None:
            return None, f"PHIPolicy {namespace}/{name} not found"
        try:
            return PolicyRules.from_body(body), None
        except ValueError as exc:
            return None, str(exc)

    def _write_status(self, view: GrantView, status: AIAccessGrantStatus) -> None:
        old, new = view.status.dump(), status.dump()
        patch = _status_patch(old, new)
        if patch:
            self.gk.patch_grant_status(view.namespace, view.name, patch)
        self._emit_first_sightings(view, status)

    # ------------------------------------------------------------------ activation
    def _activate(self, view: GrantView, step: Step, status: AIAccessGrantStatus, now: datetime) -> Result:
        ns = view.namespace
        assert view.spec is not None
        observed = Observed(
            role_bindings=self.gk.list_grant_role_bindings(ns, view.name),
            service_account=self.gk.get_service_account(ns, view.spec.service_account_name),
        )
        records = [self._execute(ns, a) for a in plan_activation(view, observed)]
        failed = [r for r in records if r.outcome == "Failed"]
        if failed:
            raise GrantRetry(
                f"activation of {ns}/{view.name} failed: {failed[0].target}: {failed[0].message}"
            )
        if view.spec.role_ref is not None:
            from phigate_operator.revocation import role_binding_name

            status.role_bindings = [role_binding_name(view.name)]  # recorded only after it exists
        self._write_status(view, status)
        try:
            self.sync(ns)
        except Exception as exc:  # Active is recorded; the handler retries the sync (resync=True)
            raise GrantRetry(
                f"enforcement sync after activating {ns}/{view.name} failed: {_err(exc)}"
            ) from exc
        self._emit(
            "grant.activated",
            view,
            status,
            extra={
                "phigate.grant.expires_at": _iso(status.expires_at),
                "phigate.grant.role_bindings": list(status.role_bindings or []),
            },
        )
        return Result(GrantPhase.ACTIVE, True, expires_at=status.expires_at)

    # ------------------------------------------------------------------ ending and revocation
    def _end(self, view: GrantView, step: Step, status: AIAccessGrantStatus, now: datetime) -> Result:
        return self._end_many(view.namespace, [(view, step, status)], now)[view.name]

    def reconcile_namespace_sync(self, namespace: str, names: list[str]) -> dict[str, Result | Exception]:
        """An expiry pass: every due grant of one namespace ended by ONE revocation plan run.

        One LIST of the namespace's grants replaces a GET per grant (and is the "other grants" view), the
        RoleBindings, token Secrets and pods are listed once for all of them, enforcement is recompiled
        once, and an action two grants share (a ServiceAccount both used) runs once. Each grant still
        gets its own status with its own actions and outcomes. A grant that is not ending (not due yet,
        or something else changed) takes the ordinary one-grant path.
        """
        grants = self.gk.list_grants(namespace)
        by_name = {str((g.get("metadata") or {}).get("name")): g for g in grants}
        now = self.clock()
        ending: list[tuple[GrantView, Step, AIAccessGrantStatus]] = []
        results: dict[str, Result | Exception] = {}
        single: list[str] = []
        for name in names:
            body = by_name.get(name)
            if body is None:
                results[name] = Result(None, True)
                continue
            view = GrantView.from_body(body)
            if view.status.phase != GrantPhase.ACTIVE or view.deleting or view.spec is None:
                single.append(name)  # Pending, deleting, retries: the full path (policy read etc.)
                continue
            step = decide(view, None, now, None)
            if not step.end:
                single.append(name)
                continue
            ending.append((view, step, build_status(view, step, now)))
        if ending:
            try:
                results.update(self._end_many(namespace, ending, now, grants=grants))
            except Exception as exc:  # the shared reads failed: every grant of the pass retries
                results.update({v.name: exc for v, _, _ in ending})
        for name in single:
            try:
                results[name] = self.reconcile_sync(namespace, name)
            except Exception as exc:
                results[name] = exc
        return results

    def _end_many(
        self,
        ns: str,
        items: list[tuple[GrantView, Step, AIAccessGrantStatus]],
        now: datetime,
        *,
        grants: list[dict[str, Any]] | None = None,
    ) -> dict[str, Result]:
        """Revoke several grants of one namespace: shared observation, one plan run, per-grant status."""
        views: dict[str, GrantView] = {}  # with the terminal status (what the planner must see)
        writes: list[Callable[[], Any]] = []
        for view, step, status in items:
            if view.status.phase != step.phase:  # terminal first, before any action (in parallel with reads)
                writes.append(functools.partial(self._write_status, view, status))
                view = dataclasses.replace(view, status=status)
            views[view.name] = view
        accounts = sorted(
            {v.spec.service_account_name for v in views.values() if v.spec and v.status.activated_at}
        )
        calls: list[Callable[[], Any]] = [lambda: self.gk.list_grant_role_bindings(ns, sorted(views))]
        if accounts:
            calls.append(lambda: self.gk.list_token_secrets(ns))
            # Field selectors have no `in`: one account -> its pods, several -> one LIST of the namespace.
            pod_sa = accounts[0] if len(accounts) == 1 else None
            calls.append(lambda: self.gk.list_pods_of(ns, pod_sa))
            if grants is None:
                calls.append(lambda: self.gk.list_grants(ns))  # other grants of the SAs: names/phases
            if len(accounts) == 1:
                calls.append(functools.partial(self.gk.get_service_account, ns, accounts[0]))
            else:
                calls.append(lambda: self.gk.list_service_accounts(ns))
        # One round trip for every read and terminal write: under a burst sequential calls queue.
        found = self._parallel(calls + writes)[: len(calls)]
        role_bindings = found[0]
        secrets: Any = ()
        pods: Any = ()
        service_accounts: dict[str, Any] = {}
        if accounts:
            secrets, pods = found[1], found[2]
            if grants is None:
                grants = found[3]
            if len(accounts) == 1:
                service_accounts = {accounts[0]: found[-1]}
            else:
                service_accounts = {str((a.get("metadata") or {}).get("name")): a for a in found[-1]}
        # This pass's grants are terminal now, whatever the list said: one must not keep a shared account
        # alive for another that ends in the same pass.
        ending = {name for name in views}
        others = [g for g in grants or () if (g.get("metadata") or {}).get("name") not in ending]
        plans: dict[str, list[Action]] = {}
        for view, step, _ in items:
            name = view.name
            v = views[name]
            sa = v.spec.service_account_name if v.spec else None
            observed = Observed(
                role_bindings=role_bindings,
                secrets=secrets,
                service_account=service_accounts.get(sa) if sa else None,
                pods=pods,
                grants=others,
            )
            plans[name] = plan_revocation(v, observed, step.reason, now)
        # Every distinct action runs once and at once: none depends on another and each one alone leaves
        # less access (the sidecars also enforce expiresAt on their own clock), so the last one is done one
        # round trip after the plans; a failure never stops the others. Shared actions (the recompile, a
        # ServiceAccount two ending grants used) are recorded for each grant.
        unique: dict[tuple[str, str], Action] = {}
        for plan in plans.values():
            for a in plan:
                unique.setdefault((a.action, a.target), a)
        keys = list(unique)
        outcomes = self._parallel([functools.partial(self._execute, ns, unique[k]) for k in keys])
        done = dict(zip(keys, outcomes, strict=True))
        results: dict[str, Result] = {}
        finals: list[Callable[[], Any]] = []
        for view, step, status in items:
            records = [done[(a.action, a.target)] for a in plans[view.name]]
            status, result = self._record(views[view.name], step, status, records)
            finals.append(functools.partial(self._finish, views[view.name], view, step, status, records))
            results[view.name] = result
        self._parallel(finals)
        return results

    def _record(
        self, view: GrantView, step: Step, status: AIAccessGrantStatus, records: list[RevocationAction]
    ) -> tuple[AIAccessGrantStatus, Result]:
        """Pure bookkeeping: merge this run's records into status.revocation, set AccessRemoved."""
        merged = {(r.action, r.target): r for r in status.revocation or []}
        for r in records:  # a later AlreadyGone does not hide that an earlier attempt did it
            old = merged.get((r.action, r.target))
            if old is None or not (old.outcome == "Done" and r.outcome == "AlreadyGone"):
                merged[(r.action, r.target)] = r
        status = status.model_copy(deep=True)
        status.revocation = list(merged.values())
        gone = {r.target for r in records if r.action == "DeleteRoleBinding" and r.outcome != "Failed"}
        left = [n for n in status.role_bindings or [] if f"RoleBinding/{n}" not in gone]
        status.role_bindings = left or None
        failed = [r for r in records if r.outcome == "Failed"]
        message = (
            f"{len(records)} actions done"
            if not failed
            else f"{len(failed)} of {len(records)} actions failed, retrying: "
            f"{failed[0].target}: {failed[0].message}"
        )
        status = mark_access_removed(status, not failed, message, self.clock(), view.generation)
        return status, Result(step.phase, done=not failed, error=message if failed else None)

    def _finish(
        self,
        view: GrantView,
        old_view: GrantView,
        step: Step,
        status: AIAccessGrantStatus,
        records: list[RevocationAction],
    ) -> None:
        """Write the final status of one ended grant and emit its span (one per grant, its own actions)."""
        self._write_status(view, status)
        failed = [r for r in records if r.outcome == "Failed"]
        message = next((c.message for c in status.conditions or [] if c.type == COND_ACCESS_REMOVED), "")
        entering = old_view.status.phase != step.phase
        span = f"grant.{step.phase.value.lower()}" if entering else "grant.revocation.retry"
        self._emit(
            span,
            view,
            status,
            extra={
                "phigate.grant.reason": step.reason,
                "phigate.revocation.actions": [f"{r.action} {r.target} {r.outcome}" for r in records],
                "phigate.revocation.complete": not failed,
            },
            events=[
                (
                    "revocation.action",
                    {
                        "phigate.revocation.action": r.action,
                        "phigate.revocation.target": r.target,
                        "phigate.revocation.outcome": r.outcome,
                        "phigate.revocation.message": r.message,
                    },
                )
                for r in records
            ],
            error=message if failed else None,
        )
        if failed:
            log.warning("grant %s/%s: %s", view.namespace, view.name, message)

    def _execute(self, ns: str, a: Action) -> RevocationAction:
        try:
            if a.action == "RecompileEnforcement":
                self.sync(ns)
                done = True
            elif a.action == "DeleteRoleBinding":
                done = self.gk.delete_role_binding(ns, a.name)
            elif a.action == "DeleteTokenSecret":
                done = self.gk.delete_secret(ns, a.name)
            elif a.action in ("DisableAutomount", "RestoreServiceAccount"):
                done = self.gk.patch_service_account(ns, a.name, dict(a.body or {}))
            elif a.action == "DeletePod":
                done = self.gk.delete_pod(ns, a.name)
            elif a.action == "CreateRoleBinding":
                self.gk.create_role_binding(ns, dict(a.body or {}))
                done = True
            elif a.action == "KeepServiceAccount":
                done = True
            else:  # pragma: no cover - the planner only emits the actions above
                raise ValueError(f"unknown action {a.action}")
            outcome = "Done" if done else "AlreadyGone"
            return RevocationAction(
                action=a.action, target=a.target, outcome=outcome, message=a.note, time=self.clock()
            )
        except Exception as exc:  # recorded, retried; never half-silently ignored
            return RevocationAction(
                action=a.action, target=a.target, outcome="Failed", message=_err(exc), time=self.clock()
            )

    # ------------------------------------------------------------------ notifications
    def notify_sync(self, namespace: str, name: str) -> bool:
        """One attempt; records Notified=True/False in status. True when nothing is left to do."""
        body = self.gk.get_grant(namespace, name)
        if body is None:
            return True
        view = GrantView.from_body(body)
        cond = view.condition(COND_NOTIFIED)
        if (
            view.status.phase != GrantPhase.PENDING
            or view.spec is None
            or (cond and cond.status.value == "True")
        ):
            return True
        policy, _ = self._policy(namespace, view.spec.policy_ref.name)
        approvers = "nobody"
        if policy is not None and policy.approvers is not None:
            approvers = ", ".join(
                (policy.approvers.users or []) + [f"group {g}" for g in policy.approvers.groups or []]
            )
        ok, message = False, ""
        try:
            if self.notify_secret is None:
                raise notify.NotifyError("no notification Secret configured")
            secret_ns, secret_name = self.notify_secret
            url = notify.webhook_url_from_secret(
                self.gk.get_secret(secret_ns, secret_name), secret_name, key=self.notify_key
            )
            self.sender(
                url,
                notify.build_message(
                    notify.PendingGrant(
                        namespace=namespace,
                        name=name,
                        subject=view.spec.subject,
                        service_account=view.spec.service_account_name,
                        scope=view.spec.scope.value,
                        policy=view.spec.policy_ref.name,
                        requested_by=view.requested_by or "?",
                        approvers=approvers,
                        ticket=view.spec.ticket,
                    )
                ),
            )
            ok, message = True, "approvers notified"
        except notify.NotifyError as exc:
            message = str(exc)
            log.warning("grant %s/%s: approval notification failed: %s", namespace, name, message)
        except Exception as exc:  # an API error reading the Secret: same treatment
            message = _err(exc)
            log.warning("grant %s/%s: approval notification failed: %s", namespace, name, message)
        status = mark_notified(view.status, ok, message, self.clock(), view.generation)
        try:
            self._write_status(view, status)
        except ApiException as exc:
            log.warning("grant %s/%s: could not record notification: %s", namespace, name, _err(exc))
        return ok

    # ------------------------------------------------------------------ audit spans
    def _emit_first_sightings(self, view: GrantView, status: AIAccessGrantStatus) -> None:
        if status.requested_by and not view.status.requested_by:
            self._emit("grant.requested", view, status)
        if status.approved_by and not view.status.approved_by:
            self._emit(
                "grant.approved", view, status, extra={"phigate.grant.approved_at": _iso(status.approved_at)}
            )

    def _emit(
        self,
        name: str,
        view: GrantView,
        status: AIAccessGrantStatus,
        *,
        extra: dict[str, Any] | None = None,
        events: list[tuple[str, dict[str, Any]]] | None = None,
        error: str | None = None,
    ) -> None:
        if self.emitter is None:
            return
        attrs: dict[str, Any] = {
            "phigate.grant": view.name,
            "k8s.namespace.name": view.namespace,
            "phigate.grant.uid": view.uid,
            "phigate.grant.phase": status.phase.value if status.phase else "",
            "phigate.grant.requested_by": status.requested_by or view.requested_by or "",
        }
        if status.approved_by or view.approved_by:
            attrs["phigate.grant.approved_by"] = status.approved_by or view.approved_by or ""
        if view.denied_by:
            attrs["phigate.grant.denied_by"] = view.denied_by
        if view.spec is not None:
            attrs |= {
                "enduser.id": view.spec.subject,
                "k8s.serviceaccount.name": view.spec.service_account_name,
                "phigate.grant.scope": view.spec.scope.value,
                "phigate.policy": view.spec.policy_ref.name,
            }
            if view.spec.ticket:
                attrs["phigate.grant.ticket"] = view.spec.ticket
        attrs |= extra or {}
        try:
            self.emitter.record(name, attrs, events=events or [], error=error, start_ns=time.time_ns())
        except Exception as exc:  # the audit channel failing must be visible, not fatal to revocation
            log.error("grant %s/%s: audit span %s not emitted: %s", view.namespace, view.name, name, exc)


def _iso(t: datetime | None) -> str:
    return t.isoformat().replace("+00:00", "Z") if t else ""
