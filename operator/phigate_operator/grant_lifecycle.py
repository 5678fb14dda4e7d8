"""Pure grant lifecycle: the phase machine, approval need, effective expiry, status conditions.

No I/O and no clock of its own: the caller passes `now`, the grant as a `GrantView` and the policy's
grant rules. Handlers apply what `decide` returns (bind, revoke, notify) and write `build_status`.

Phases: Pending -> Active -> Expired | Revoked; Pending -> Denied | Revoked | Expired. A terminal phase
never changes again; only its revocation is retried until every action succeeded (`AccessRemoved`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from phigate.api.common import Condition, ConditionStatus
from phigate.api.grant import TERMINAL_PHASES, AIAccessGrantSpec, AIAccessGrantStatus, GrantPhase, GrantScope
from phigate.api.policy import Approvers, GrantRules
from phigate.enforcement import format_validation_error, parse_duration

# Annotations stamped by the admission webhook from the API server's userInfo (never typed by users).
ANN_REQUESTED_BY = "phigate.io/requested-by"
ANN_APPROVED_BY = "phigate.io/approved-by"
ANN_APPROVED_AT = "phigate.io/approved-at"
ANN_DENIED_BY = "phigate.io/denied-by"
ANN_DENIED_AT = "phigate.io/denied-at"
STAMPED_ANNOTATIONS = (ANN_REQUESTED_BY, ANN_APPROVED_BY, ANN_APPROVED_AT, ANN_DENIED_BY, ANN_DENIED_AT)
# Annotations a human sets (kubectl annotate / phigate grant approve|deny) to ask for a decision.
ANN_APPROVE = "phigate.io/approve"
ANN_DENY = "phigate.io/deny"
# On objects the operator touches for a grant.
LABEL_GRANT = "phigate.io/grant"
ANN_REVOKED = "phigate.io/revoked"

COND_APPROVED = "Approved"
COND_ACTIVE = "Active"
COND_ACCESS_REMOVED = "AccessRemoved"
COND_NOTIFIED = "Notified"
COND_READY = "Ready"  # spec valid and policy found: `kubectl wait --for=condition=Ready`

_STATUS_FIELDS = frozenset(AIAccessGrantStatus.model_fields) | {
    f.alias for f in AIAccessGrantStatus.model_fields.values() if f.alias
}


@dataclass(frozen=True)
class GrantView:
    """A grant as the lifecycle sees it: parsed spec (or why not), status, stamped annotations."""

    name: str
    namespace: str
    uid: str
    generation: int | None
    spec: AIAccessGrantSpec | None
    spec_error: str | None
    status: AIAccessGrantStatus
    annotations: Mapping[str, str] = field(default_factory=dict)
    deleting: bool = False

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> GrantView:
        meta = body.get("metadata") or {}
        spec: AIAccessGrantSpec | None = None
        spec_error: str | None = None
        try:
            spec = AIAccessGrantSpec.model_validate(dict(body.get("spec") or {}))
        except ValidationError as exc:
            spec_error = format_validation_error(exc, prefix="spec.")
        raw_status = {k: v for k, v in dict(body.get("status") or {}).items() if k in _STATUS_FIELDS}
        try:
            status = AIAccessGrantStatus.model_validate(raw_status)
        except ValidationError:
            # A status we cannot read is not trusted for anything but its phase (kept terminal if so).
            phase = raw_status.get("phase")
            status = AIAccessGrantStatus(phase=GrantPhase(phase) if phase in set(GrantPhase) else None)
        return cls(
            name=str(meta.get("name") or ""),
            namespace=str(meta.get("namespace") or ""),
            uid=str(meta.get("uid") or ""),
            generation=meta.get("generation"),
            spec=spec,
            spec_error=spec_error,
            status=status,
            annotations=dict(meta.get("annotations") or {}),
            deleting=bool(meta.get("deletionTimestamp")),
        )

    @property
    def requested_by(self) -> str | None:
        return self.annotations.get(ANN_REQUESTED_BY) or None

    @property
    def approved_by(self) -> str | None:
        return self.annotations.get(ANN_APPROVED_BY) or None

    @property
    def denied_by(self) -> str | None:
        return self.annotations.get(ANN_DENIED_BY) or None

    def condition(self, type_: str) -> Condition | None:
        return next((c for c in self.status.conditions or [] if c.type == type_), None)

    @property
    def access_removed(self) -> bool:
        cond = self.condition(COND_ACCESS_REMOVED)
        return cond is not None and cond.status == ConditionStatus.TRUE


@dataclass(frozen=True)
class PolicyRules:
    """What the lifecycle needs from the grant's PHIPolicy."""

    name: str
    rules: GrantRules
    approvers: Approvers | None

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> PolicyRules:
        """Lenient on the rest of the policy: only `grants` and `approvers` matter here."""
        spec = body.get("spec") or {}
        name = str((body.get("metadata") or {}).get("name") or "")
        try:
            rules = GrantRules.model_validate(spec.get("grants") or {})
            approvers = Approvers.model_validate(spec["approvers"]) if spec.get("approvers") else None
        except ValidationError as exc:
            raise ValueError(f"PHIPolicy {name}: {format_validation_error(exc, prefix='spec.')}") from exc
        return cls(name=name, rules=rules, approvers=approvers)


@dataclass(frozen=True)
class Step:
    """What should be true after this reconcile: the phase, why, and the effects to apply."""

    phase: GrantPhase
    reason: str
    message: str
    activate: bool = False  # bind roleRef, restore the SA, then record Active
    end: bool = False  # run (or retry) the revocation plan
    notify: bool = False  # approvers should hear about this Pending grant
    expires_at: datetime | None = None
    ready: bool = True  # spec valid and policy found


def needs_approval(scope: GrantScope, rules: GrantRules) -> bool:
    if rules.require_approval == "Always":
        return True
    if rules.require_approval == "Elevated":
        return scope == GrantScope.ELEVATED
    return False


def effective_expiry(spec: AIAccessGrantSpec, activated_at: datetime, rules: GrantRules) -> datetime:
    """End of the grant: duration from activation or spec.expiresAt, never beyond maxDuration."""
    cap = activated_at + parse_duration(rules.max_duration)
    wanted = (
        spec.expires_at
        if spec.expires_at is not None
        else activated_at + parse_duration(spec.duration or "0s")
    )
    return min(wanted, cap)


def conflict_of_interest(who: str, view: GrantView) -> str | None:
    """Why `who` may not approve this grant, or None. The requester and the subject never approve."""
    if view.requested_by and who == view.requested_by:
        return f"{who} requested this grant and cannot approve or deny it"
    if view.spec is not None and who == view.spec.subject:
        return f"{who} is the subject of this grant and cannot approve or deny it"
    return None


def may_approve(username: str, groups: list[str] | tuple[str, ...], approvers: Approvers | None) -> bool:
    if approvers is None:
        return False
    if username in (approvers.users or []):
        return True
    return bool(set(groups) & set(approvers.groups or []))


def _ended(phase: GrantPhase, reason: str, message: str) -> Step:
    return Step(phase=phase, reason=reason, message=message, end=True)


def decide(
    view: GrantView, policy: PolicyRules | None, now: datetime, policy_error: str | None = None
) -> Step:
    """The phase machine. `policy` is None when the PHIPolicy is missing (policy_error says why)."""
    st = view.status
    phase = st.phase
    if phase in TERMINAL_PHASES:
        cond = view.condition(COND_ACTIVE)
        return Step(
            phase=phase,
            reason=cond.reason if cond else phase.value,
            message=cond.message if cond else "",
            end=not view.access_removed,
        )
    if view.deleting:
        return _ended(GrantPhase.REVOKED, "Deleted", "the grant was deleted")
    if view.spec is None:
        if phase == GrantPhase.ACTIVE:
            return _ended(GrantPhase.REVOKED, "InvalidSpec", f"spec became invalid: {view.spec_error}")
        return Step(GrantPhase.PENDING, "InvalidSpec", f"{view.spec_error}", ready=False)
    spec = view.spec
    if spec.revoked:
        return _ended(GrantPhase.REVOKED, "RevokedByUser", "spec.revoked is true")
    if phase == GrantPhase.ACTIVE:
        if st.expires_at is None:
            return _ended(
                GrantPhase.REVOKED, "NoExpiry", "an Active grant without status.expiresAt is not trusted"
            )
        if now >= st.expires_at:
            return _ended(GrantPhase.EXPIRED, "Expired", f"expired at {st.expires_at.isoformat()}")
        return Step(GrantPhase.ACTIVE, "Activated", _active_message(view), expires_at=st.expires_at)
    # Pending (or new).
    if not view.requested_by:
        return Step(
            GrantPhase.PENDING,
            "RequesterUnknown",
            f"no {ANN_REQUESTED_BY} annotation: phigate's admission webhook did not admit this grant; "
            "recreate it",
            ready=False,
        )
    if view.denied_by:
        return _ended(GrantPhase.DENIED, "Denied", f"denied by {view.denied_by}")
    if spec.expires_at is not None and spec.expires_at <= now:
        return _ended(
            GrantPhase.EXPIRED, "ExpiredBeforeActivation", "spec.expiresAt passed before activation"
        )
    if policy is None:
        return Step(
            GrantPhase.PENDING,
            "PolicyNotFound",
            policy_error or f"PHIPolicy {spec.policy_ref.name}",
            ready=False,
        )
    if view.approved_by:
        conflict = conflict_of_interest(view.approved_by, view)
        if conflict:
            return Step(GrantPhase.PENDING, "InvalidApproval", conflict)
    if needs_approval(spec.scope, policy.rules) and not view.approved_by:
        who = _approver_text(policy.approvers)
        return Step(
            GrantPhase.PENDING,
            "AwaitingApproval",
            f"{spec.scope.value} grant under policy {policy.name} needs approval by {who}",
            notify=True,
        )
    expires = effective_expiry(spec, now, policy.rules)
    if expires <= now:
        return _ended(GrantPhase.EXPIRED, "ExpiredBeforeActivation", "the grant's duration is zero")
    return Step(GrantPhase.ACTIVE, "Activated", _active_message(view), activate=True, expires_at=expires)


def _active_message(view: GrantView) -> str:
    if view.approved_by:
        return f"approved by {view.approved_by}"
    return "no approval required by policy"


def _approver_text(approvers: Approvers | None) -> str:
    if approvers is None or not (approvers.users or approvers.groups):
        return "nobody (the policy names no approvers)"
    parts = [f"user {u}" for u in approvers.users or []] + [f"group {g}" for g in approvers.groups or []]
    return ", ".join(parts)


def set_condition(
    conditions: list[Condition],
    type_: str,
    status: ConditionStatus,
    reason: str,
    message: str,
    now: datetime,
    generation: int | None,
) -> list[Condition]:
    """Replace one condition; keep lastTransitionTime when the status did not change (cert-manager)."""
    old = next((c for c in conditions if c.type == type_), None)
    transition = old.last_transition_time if old is not None and old.status == status else now
    new = Condition(
        type=type_,
        status=status,
        reason=reason,
        message=message,
        last_transition_time=transition,
        observed_generation=generation,
    )
    return [c for c in conditions if c.type != type_] + [new]


def build_status(view: GrantView, step: Step, now: datetime) -> AIAccessGrantStatus:
    """The status after `step`, without revocation results (the executor adds those)."""
    st = view.status.model_copy(deep=True)
    conds = list(st.conditions or [])
    gen = view.generation
    entering = step.phase != st.phase
    st.phase = step.phase
    st.observed_generation = gen
    st.requested_by = view.requested_by or st.requested_by
    if view.approved_by and not st.approved_by and step.phase != GrantPhase.DENIED:
        st.approved_by = view.approved_by
        st.approved_at = _parse_time(view.annotations.get(ANN_APPROVED_AT)) or now
    T, F = ConditionStatus.TRUE, ConditionStatus.FALSE
    conds = set_condition(
        conds,
        COND_READY,
        T if step.ready else F,
        "Valid" if step.ready else step.reason,
        "" if step.ready else step.message,
        now,
        gen,
    )
    if step.phase == GrantPhase.PENDING:
        approved = F if step.reason == "AwaitingApproval" else ConditionStatus.UNKNOWN
        conds = set_condition(conds, COND_APPROVED, approved, step.reason, step.message, now, gen)
        conds = set_condition(conds, COND_ACTIVE, F, step.reason, step.message, now, gen)
    elif step.phase == GrantPhase.ACTIVE:
        if entering:
            st.activated_at = now
            st.expires_at = step.expires_at
        reason = "Approved" if view.approved_by else "NotRequired"
        conds = set_condition(conds, COND_APPROVED, T, reason, _active_message(view), now, gen)
        conds = set_condition(
            conds, COND_ACTIVE, T, "Activated", f"active until {_iso(st.expires_at)}", now, gen
        )
    else:
        if entering:
            st.ended_at = now
            if step.phase == GrantPhase.DENIED:
                conds = set_condition(conds, COND_APPROVED, F, "Denied", step.message, now, gen)
            conds = set_condition(conds, COND_ACTIVE, F, step.reason, step.message, now, gen)
            if not view.access_removed:
                conds = set_condition(
                    conds, COND_ACCESS_REMOVED, F, "RevocationInProgress", "revoking access", now, gen
                )
    st.conditions = conds
    return st


def mark_access_removed(
    status: AIAccessGrantStatus, ok: bool, message: str, now: datetime, generation: int | None
) -> AIAccessGrantStatus:
    st = status.model_copy(deep=True)
    st.conditions = set_condition(
        list(st.conditions or []),
        COND_ACCESS_REMOVED,
        ConditionStatus.TRUE if ok else ConditionStatus.FALSE,
        "Revoked" if ok else "RevocationFailed",
        message,
        now,
        generation,
    )
    return st


def mark_notified(
    status: AIAccessGrantStatus, ok: bool, message: str, now: datetime, generation: int | None
) -> AIAccessGrantStatus:
    st = status.model_copy(deep=True)
    st.conditions = set_condition(
        list(st.conditions or []),
        COND_NOTIFIED,
        ConditionStatus.TRUE if ok else ConditionStatus.FALSE,
        "Sent" if ok else "NotSent",
        message,
        now,
        generation,
    )
    return st


def seconds_left(view: GrantView, now: datetime) -> float | None:
    """Seconds until an Active grant ends (<= 0: overdue); None when it is not Active."""
    if view.status.phase != GrantPhase.ACTIVE or view.status.expires_at is None:
        return None
    return (view.status.expires_at - now).total_seconds()


def _iso(t: datetime | None) -> str:
    return t.isoformat().replace("+00:00", "Z") if t else "?"


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


__all__ = [
    "ANN_APPROVE",
    "ANN_APPROVED_AT",
    "ANN_APPROVED_BY",
    "ANN_DENIED_AT",
    "ANN_DENIED_BY",
    "ANN_DENY",
    "ANN_REQUESTED_BY",
    "ANN_REVOKED",
    "LABEL_GRANT",
    "STAMPED_ANNOTATIONS",
    "GrantView",
    "PolicyRules",
    "Step",
    "build_status",
    "conflict_of_interest",
    "decide",
    "effective_expiry",
    "may_approve",
    "needs_approval",
    "seconds_left",
]
