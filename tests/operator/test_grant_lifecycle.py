"""Pure phase machine, approval need, effective expiry, conditions (no cluster)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from phigate_operator.grant_lifecycle import (
    ANN_APPROVED_AT,
    ANN_APPROVED_BY,
    ANN_DENIED_BY,
    ANN_REQUESTED_BY,
    GrantView,
    PolicyRules,
    build_status,
    decide,
    effective_expiry,
    mark_access_removed,
    may_approve,
    needs_approval,
)

from phigate.api.grant import GrantPhase, GrantScope
from phigate.api.policy import Approvers, GrantRules
from tests.operator.grant_support.objects import grant, iso, policy

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
REQ = {ANN_REQUESTED_BY: "alice"}


def view(**kw) -> GrantView:
    return GrantView.from_body(grant(**kw))


def rules(**kw) -> PolicyRules:
    return PolicyRules.from_body(policy(**kw))


@pytest.mark.parametrize(
    ("require", "scope", "needed"),
    [
        ("Never", "elevated", False),
        ("Elevated", "standard", False),
        ("Elevated", "elevated", True),
        ("Always", "standard", True),
    ],
)
def test_needs_approval(require, scope, needed):
    assert needs_approval(GrantScope(scope), GrantRules(require_approval=require)) is needed


def test_effective_expiry_duration_from_activation_and_capped_by_max_duration():
    spec = view(duration="2h").spec
    assert effective_expiry(spec, NOW, GrantRules(max_duration="8h")) == NOW + timedelta(hours=2)
    assert effective_expiry(spec, NOW, GrantRules(max_duration="30m")) == NOW + timedelta(minutes=30)
    spec = view(duration=None, expires_at=iso(NOW + timedelta(days=3))).spec
    assert effective_expiry(spec, NOW, GrantRules(max_duration="1d")) == NOW + timedelta(days=1)


def test_standard_grant_activates_at_once_with_capped_expiry():
    step = decide(view(annotations=REQ, duration="12h"), rules(max_duration="4h"), NOW)
    assert step.phase == GrantPhase.ACTIVE and step.activate
    assert step.expires_at == NOW + timedelta(hours=4)
    st = build_status(view(annotations=REQ), step, NOW)
    assert st.phase == GrantPhase.ACTIVE and st.activated_at == NOW and st.requested_by == "alice"
    conds = {c.type: c for c in st.conditions}
    assert conds["Active"].status.value == "True" and conds["Approved"].reason == "NotRequired"


def test_elevated_grant_waits_for_approval_and_asks_for_notification():
    step = decide(view(scope="elevated", annotations=REQ), rules(users=["carol"], groups=["privacy"]), NOW)
    assert (step.phase, step.reason, step.notify, step.activate) == (
        GrantPhase.PENDING,
        "AwaitingApproval",
        True,
        False,
    )
    assert "user carol" in step.message and "group privacy" in step.message


def test_approved_elevated_grant_activates_and_records_approver_time():
    ann = REQ | {ANN_APPROVED_BY: "carol", ANN_APPROVED_AT: iso(NOW - timedelta(minutes=1))}
    v = view(scope="elevated", annotations=ann)
    step = decide(v, rules(users=["carol"]), NOW)
    assert step.phase == GrantPhase.ACTIVE
    st = build_status(v, step, NOW)
    assert st.approved_by == "carol" and st.approved_at == NOW - timedelta(minutes=1)


@pytest.mark.parametrize("who", ["alice", "dr.riley@example.org"])
def test_self_approval_stamp_never_activates(who):
    v = view(scope="elevated", annotations=REQ | {ANN_APPROVED_BY: who})
    step = decide(v, rules(users=[who]), NOW)
    assert (step.phase, step.reason) == (GrantPhase.PENDING, "InvalidApproval")


def test_missing_requester_or_policy_stays_pending_not_ready():
    step = decide(view(), rules(), NOW)
    assert (step.phase, step.reason, step.ready) == (GrantPhase.PENDING, "RequesterUnknown", False)
    step = decide(view(annotations=REQ), None, NOW, "PHIPolicy team-a/pol not found")
    assert (step.phase, step.reason, step.message) == (
        GrantPhase.PENDING,
        "PolicyNotFound",
        "PHIPolicy team-a/pol not found",
    )


def test_invalid_spec_names_the_field():
    body = grant(annotations=REQ)
    del body["spec"]["duration"]
    step = decide(GrantView.from_body(body), rules(), NOW)
    assert step.phase == GrantPhase.PENDING and step.reason == "InvalidSpec"
    assert "exactly one of spec.duration and spec.expiresAt" in step.message


def test_denied_and_revoked_and_expired_transitions():
    assert decide(view(annotations=REQ | {ANN_DENIED_BY: "carol"}), rules(), NOW).phase == GrantPhase.DENIED
    assert decide(view(annotations=REQ, revoked=True), rules(), NOW).phase == GrantPhase.REVOKED
    past = view(annotations=REQ, duration=None, expires_at=iso(NOW - timedelta(seconds=1)))
    assert decide(past, rules(), NOW).reason == "ExpiredBeforeActivation"
    active = {"phase": "Active", "activatedAt": iso(NOW - timedelta(hours=1)), "expiresAt": iso(NOW)}
    step = decide(view(annotations=REQ, status=active), rules(), NOW)
    assert (step.phase, step.end) == (GrantPhase.EXPIRED, True)
    step = decide(view(annotations=REQ, status=active), rules(), NOW - timedelta(seconds=1))
    assert (step.phase, step.end) == (GrantPhase.ACTIVE, False)
    step = decide(view(annotations=REQ, status=active, revoked=True), rules(), NOW - timedelta(seconds=1))
    assert (step.phase, step.reason) == (GrantPhase.REVOKED, "RevokedByUser")
    deleting = view(annotations=REQ, status=active, deletionTimestamp=iso(NOW))
    assert decide(deleting, rules(), NOW - timedelta(seconds=5)).reason == "Deleted"


def test_terminal_phases_stay_terminal_until_and_after_access_removed():
    st = {"phase": "Expired", "activatedAt": iso(NOW), "expiresAt": iso(NOW), "endedAt": iso(NOW)}
    v = view(annotations=REQ | {ANN_APPROVED_BY: "carol"}, status=st, revoked=True)
    step = decide(v, rules(), NOW + timedelta(days=1))
    assert (step.phase, step.end) == (GrantPhase.EXPIRED, True)  # revocation not confirmed yet
    done = mark_access_removed(build_status(v, step, NOW), True, "ok", NOW, 1)
    v2 = view(annotations=REQ, status=done.dump(), revoked=True)
    step = decide(v2, rules(), NOW + timedelta(days=1))
    assert (step.phase, step.end) == (GrantPhase.EXPIRED, False)


def test_condition_transition_time_kept_when_status_unchanged():
    v = view(scope="elevated", annotations=REQ)
    st1 = build_status(v, decide(v, rules(), NOW), NOW)
    v2 = GrantView.from_body(grant(scope="elevated", annotations=REQ, status=st1.dump()))
    later = NOW + timedelta(minutes=5)
    st2 = build_status(v2, decide(v2, rules(), later), later)
    assert st2.dump() == st1.dump()  # nothing changed: no write needed


def test_may_approve_users_and_groups():
    a = Approvers(users=["carol"], groups=["privacy-officers"])
    assert may_approve("carol", (), a)
    assert may_approve("dave", ("system:authenticated", "privacy-officers"), a)
    assert not may_approve("mallory", ("system:authenticated",), a)
    assert not may_approve("carol", (), None)
