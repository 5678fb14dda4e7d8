"""Pure admission rules for AIAccessGrants: who requested, who may approve or deny, what may change.

The mutating webhook calls these with the API server's `userInfo` (the only identity trusted) and
applies the annotations they return. Anything a user types into a stamped annotation is rejected.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from phigate.api.grant import TERMINAL_PHASES
from phigate_operator.grant_lifecycle import (
    ANN_APPROVE,
    ANN_APPROVED_AT,
    ANN_APPROVED_BY,
    ANN_DENIED_AT,
    ANN_DENIED_BY,
    ANN_DENY,
    ANN_REQUESTED_BY,
    STAMPED_ANNOTATIONS,
    GrantView,
    PolicyRules,
    conflict_of_interest,
    may_approve,
)

Decision = Literal["approve", "deny"]


class AdmissionDenied(Exception):
    """A grant write the webhook refuses; the message is shown to the user by kubectl."""

    def __init__(self, message: str, code: int = 403) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Caller:
    username: str
    groups: tuple[str, ...]

    @classmethod
    def from_userinfo(cls, userinfo: Mapping[str, Any] | None) -> Caller:
        """The authenticated caller; a request without a user name is refused (fail closed)."""
        username = str((userinfo or {}).get("username") or "").strip()
        if not username:
            raise AdmissionDenied(
                "AIAccessGrant admission: the request carries no authenticated user", code=400
            )
        groups = tuple(str(g) for g in (userinfo or {}).get("groups") or [])
        return cls(username=username, groups=groups)


def _annotations(obj: Mapping[str, Any] | None) -> dict[str, str]:
    return dict(((obj or {}).get("metadata") or {}).get("annotations") or {})


def _stamp_error(key: str) -> AdmissionDenied:
    return AdmissionDenied(
        f"metadata.annotations[{key}]: set only by phigate's admission webhook from your authenticated "
        f"identity; remove it from your manifest"
    )


def review_create(obj: Mapping[str, Any], caller: Caller) -> dict[str, str]:
    """CREATE: refuse typed stamps and decisions; return the requester stamp."""
    ann = _annotations(obj)
    for key in STAMPED_ANNOTATIONS:
        if key in ann:
            raise _stamp_error(key)
    for key in (ANN_APPROVE, ANN_DENY):
        if key in ann:
            raise AdmissionDenied(
                f"metadata.annotations[{key}]: a grant cannot be created approved or denied; "
                f"an approver annotates it after creation"
            )
    return {ANN_REQUESTED_BY: caller.username}


def _spec_change_error(old: Mapping[str, Any], new: Mapping[str, Any]) -> str | None:
    """After creation the only spec change allowed is revoked: false -> true (an approval binds to what
    was approved). The CRD's CEL rule says the same; this is the check when CEL is unavailable."""
    old_spec = dict(old.get("spec") or {})
    new_spec = dict(new.get("spec") or {})
    if old_spec.get("revoked") and not new_spec.get("revoked"):
        return "spec.revoked: a revoked grant cannot be reinstated; create a new grant"
    phase = (old.get("status") or {}).get("phase") or "Pending"
    old_spec.pop("revoked", None)
    new_spec.pop("revoked", None)
    if old_spec != new_spec:
        changed = sorted(k for k in set(old_spec) | set(new_spec) if old_spec.get(k) != new_spec.get(k))
        return (
            f"spec.{changed[0]}: the grant is {phase}; its spec is immutable except spec.revoked "
            f"(create a new grant to change it)"
        )
    return None


def requested_decision(old: Mapping[str, Any], new: Mapping[str, Any]) -> Decision | None:
    """Did this UPDATE add or change phigate.io/approve or phigate.io/deny? Removing them does nothing."""
    old_ann, new_ann = _annotations(old), _annotations(new)
    approve = ANN_APPROVE in new_ann and new_ann[ANN_APPROVE] != old_ann.get(ANN_APPROVE)
    deny = ANN_DENY in new_ann and new_ann[ANN_DENY] != old_ann.get(ANN_DENY)
    if approve and deny:
        raise AdmissionDenied(f"metadata.annotations: set {ANN_APPROVE} or {ANN_DENY}, not both")
    if approve:
        if new_ann[ANN_APPROVE] != "true":
            raise AdmissionDenied(
                f'metadata.annotations[{ANN_APPROVE}]: must be "true" (got {new_ann[ANN_APPROVE]!r})'
            )
        return "approve"
    if deny:
        if not new_ann[ANN_DENY].strip():
            raise AdmissionDenied(f'metadata.annotations[{ANN_DENY}]: "true" or a reason, not empty')
        return "deny"
    return None


def review_update(old: Mapping[str, Any], new: Mapping[str, Any]) -> Decision | None:
    """UPDATE checks that need no policy: stamps unchanged, spec frozen. Returns a decision to check."""
    old_ann, new_ann = _annotations(old), _annotations(new)
    for key in STAMPED_ANNOTATIONS:
        if old_ann.get(key) != new_ann.get(key):
            raise _stamp_error(key)
    error = _spec_change_error(old, new)
    if error:
        raise AdmissionDenied(error)
    return requested_decision(old, new)


def review_decision(
    decision: Decision,
    old: Mapping[str, Any],
    caller: Caller,
    policy: PolicyRules | None,
    now: datetime,
    policy_error: str = "",
) -> dict[str, str]:
    """An approver's approve/deny: check the CALLER against the policy, return the stamps to set."""
    view = GrantView.from_body(old)
    verb = "approve" if decision == "approve" else "deny"
    if view.status.phase in TERMINAL_PHASES:
        raise AdmissionDenied(f"grant {view.name} is {view.status.phase.value}; there is nothing to {verb}")
    if view.approved_by:
        raise AdmissionDenied(
            f"grant {view.name} was already approved by {view.approved_by}; "
            f"to end it, revoke it (phigate grant revoke)"
        )
    if view.denied_by:
        raise AdmissionDenied(f"grant {view.name} was already denied by {view.denied_by}")
    conflict = conflict_of_interest(caller.username, view)
    if conflict:
        raise AdmissionDenied(conflict)
    if policy is None:
        raise AdmissionDenied(
            f"cannot {verb} grant {view.name}: {policy_error or 'its PHIPolicy was not found'}"
        )
    if not may_approve(caller.username, caller.groups, policy.approvers):
        raise AdmissionDenied(
            f"{caller.username} is not an approver of PHIPolicy {policy.name} "
            f"(spec.approvers names the users and groups who may {verb} its grants)"
        )
    stamp = now.isoformat().replace("+00:00", "Z")
    if decision == "approve":
        return {ANN_APPROVED_BY: caller.username, ANN_APPROVED_AT: stamp}
    return {ANN_DENIED_BY: caller.username, ANN_DENIED_AT: stamp}
