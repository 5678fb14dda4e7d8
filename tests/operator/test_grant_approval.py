"""Pure admission rules: requester stamping, approve/deny checks, typed stamps and frozen spec."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from phigate_operator.approval import (
    AdmissionDenied,
    Caller,
    review_create,
    review_decision,
    review_update,
)
from phigate_operator.grant_lifecycle import PolicyRules

from tests.operator.grant_support.objects import grant, policy

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ALICE = Caller("alice", ("system:authenticated", "clinicians"))
CAROL = Caller("carol", ("system:authenticated",))
DAVE = Caller("dave", ("system:authenticated", "privacy-officers"))
MALLORY = Caller("mallory", ("system:authenticated",))
POL = PolicyRules.from_body(policy(users=["carol"], groups=["privacy-officers"]))
PENDING = grant(
    scope="elevated", annotations={"phigate.io/requested-by": "alice"}, status={"phase": "Pending"}
)


def with_ann(body, **ann):
    out = {
        **body,
        "metadata": {**body["metadata"], "annotations": {**body["metadata"].get("annotations", {}), **ann}},
    }
    return out


def test_caller_required():
    with pytest.raises(AdmissionDenied) as e:
        Caller.from_userinfo({"groups": ["x"]})
    assert e.value.code == 400
    with pytest.raises(AdmissionDenied):
        Caller.from_userinfo(None)


def test_create_stamps_requester_and_rejects_typed_stamps_and_decisions():
    assert review_create(grant(), ALICE) == {"phigate.io/requested-by": "alice"}
    for key in ("phigate.io/requested-by", "phigate.io/approved-by", "phigate.io/approved-at"):
        with pytest.raises(AdmissionDenied, match=key.replace(".", r"\.")):
            review_create(grant(annotations={key: "alice"}), ALICE)
    with pytest.raises(AdmissionDenied, match="cannot be created approved"):
        review_create(grant(annotations={"phigate.io/approve": "true"}), ALICE)


def test_update_rejects_changed_stamps():
    new = with_ann(PENDING, **{"phigate.io/approved-by": "carol"})
    with pytest.raises(AdmissionDenied, match=r"approved-by\]: set only by phigate"):
        review_update(PENDING, new)
    new = with_ann(PENDING, **{"phigate.io/requested-by": "mallory"})
    with pytest.raises(AdmissionDenied, match="requested-by"):
        review_update(PENDING, new)


def test_approval_by_named_user_and_group_member():
    new = with_ann(PENDING, **{"phigate.io/approve": "true"})
    assert review_update(PENDING, new) == "approve"
    assert review_decision("approve", PENDING, CAROL, POL, NOW) == {
        "phigate.io/approved-by": "carol",
        "phigate.io/approved-at": "2026-03-01T12:00:00Z",
    }
    assert review_decision("deny", PENDING, DAVE, POL, NOW)["phigate.io/denied-by"] == "dave"


def test_approval_rejections():
    with pytest.raises(AdmissionDenied, match="alice requested this grant"):
        review_decision("approve", PENDING, ALICE, PolicyRules.from_body(policy(users=["alice"])), NOW)
    with pytest.raises(AdmissionDenied, match="mallory is not an approver of PHIPolicy pol"):
        review_decision("approve", PENDING, MALLORY, POL, NOW)
    with pytest.raises(AdmissionDenied, match="not found"):
        review_decision("approve", PENDING, CAROL, None, NOW, "PHIPolicy team-a/pol not found")
    approved = with_ann(PENDING, **{"phigate.io/approved-by": "carol"})
    with pytest.raises(AdmissionDenied, match="already approved by carol"):
        review_decision("deny", approved, DAVE, POL, NOW)
    expired = {**PENDING, "status": {"phase": "Expired"}}
    with pytest.raises(AdmissionDenied, match="is Expired"):
        review_decision("approve", expired, CAROL, POL, NOW)


def test_decision_annotation_values():
    with pytest.raises(AdmissionDenied, match='must be "true"'):
        review_update(PENDING, with_ann(PENDING, **{"phigate.io/approve": "yes"}))
    with pytest.raises(AdmissionDenied, match="not both"):
        review_update(PENDING, with_ann(PENDING, **{"phigate.io/approve": "true", "phigate.io/deny": "no"}))
    assert review_update(PENDING, with_ann(PENDING, **{"phigate.io/deny": "no ticket"})) == "deny"
    # Unrelated updates (the operator's own kopf annotations) are not decisions.
    assert review_update(PENDING, with_ann(PENDING, **{"phigate.io/grant-create": "{}"})) is None


def test_spec_frozen_once_active_except_revoked():
    active = {**PENDING, "status": {"phase": "Active"}}
    changed = {**active, "spec": {**active["spec"], "serviceAccountName": "other-agent"}}
    with pytest.raises(AdmissionDenied, match=r"spec\.serviceAccountName: the grant is Active"):
        review_update(active, changed)
    assert review_update(active, {**active, "spec": {**active["spec"], "revoked": True}}) is None
    revoked = {**active, "spec": {**active["spec"], "revoked": True}}
    with pytest.raises(AdmissionDenied, match="cannot be reinstated"):
        review_update(revoked, active)
    # Even Pending: an approver approves what they read, so the spec cannot change under them.
    with pytest.raises(AdmissionDenied, match=r"spec\.duration: the grant is Pending"):
        review_update(PENDING, {**PENDING, "spec": {**PENDING["spec"], "duration": "30m"}})
