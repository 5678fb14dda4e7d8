"""Pure revocation/activation planning: order, idempotence, shared service accounts."""

from __future__ import annotations

from datetime import UTC, datetime

from phigate_operator.grant_lifecycle import GrantView
from phigate_operator.revocation import Observed, plan_activation, plan_revocation, role_binding_name

from tests.operator.grant_support.objects import grant, iso, pod, role_binding, service_account, token_secret

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
WAS_ACTIVE = {"phase": "Expired", "activatedAt": iso(NOW), "expiresAt": iso(NOW)}


def names(actions):
    return [(a.action, a.target) for a in actions]


def full_observed(**kw):
    base = dict(
        role_bindings=[
            role_binding("phigate-grant-g1", "g1"),
            role_binding("other", "g2"),
            role_binding("unlabelled", None),
        ],
        secrets=[
            token_secret("agent-token", "agent"),
            token_secret("b-token", "batch"),
            {**token_secret("opaque", "agent"), "type": "Opaque"},
        ],
        service_account=service_account("agent"),
        pods=[pod("agent-2", "agent"), pod("agent-1", "agent"), pod("batch-1", "batch")],
        grants=[],
    )
    return Observed(**(base | kw))


def test_plan_order_less_access_at_every_step():
    v = GrantView.from_body(grant(status=WAS_ACTIVE))
    actions = plan_revocation(v, full_observed(), "Expired", NOW)
    assert names(actions) == [
        ("RecompileEnforcement", "ConfigMap/phigate-enforcement"),
        ("DeleteRoleBinding", "RoleBinding/phigate-grant-g1"),
        ("DeleteTokenSecret", "Secret/agent-token"),
        ("DisableAutomount", "ServiceAccount/agent"),
        ("DeletePod", "Pod/agent-1"),
        ("DeletePod", "Pod/agent-2"),
    ]
    patch = actions[3].body
    assert patch["automountServiceAccountToken"] is False
    assert (
        patch["metadata"]["annotations"]["phigate.io/revoked"]
        == "grant g1 ended (Expired) at 2026-03-01T12:00:00Z"
    )
    assert patch["metadata"]["annotations"]["phigate.io/automount-before"] == "unset"


def test_plan_is_idempotent_on_what_is_left():
    v = GrantView.from_body(grant(status=WAS_ACTIVE))
    sa = service_account("agent")
    sa["automountServiceAccountToken"] = False
    sa["metadata"]["annotations"] = {"phigate.io/revoked": "grant g1 ended"}
    actions = plan_revocation(v, Observed(service_account=sa), "Expired", NOW)
    assert names(actions) == [("RecompileEnforcement", "ConfigMap/phigate-enforcement")]


def test_never_active_grant_only_loses_its_bindings():
    v = GrantView.from_body(grant(status={"phase": "Denied"}))
    assert names(plan_revocation(v, full_observed(), "Denied", NOW)) == [
        ("RecompileEnforcement", "ConfigMap/phigate-enforcement"),
        ("DeleteRoleBinding", "RoleBinding/phigate-grant-g1"),
    ]


def test_shared_service_account_kept_for_other_active_grant():
    v = GrantView.from_body(grant(status=WAS_ACTIVE))
    other = grant("g2", status={"phase": "Active"})
    revoked_other = grant("g3", status={"phase": "Active"}, revoked=True)
    actions = plan_revocation(v, full_observed(grants=[other, revoked_other]), "Expired", NOW)
    assert names(actions)[-1] == ("KeepServiceAccount", "ServiceAccount/agent")
    assert "g2" in actions[-1].note and "g3" not in actions[-1].note
    assert not any(a.action == "DeletePod" for a in actions)


def test_activation_removes_stale_binding_before_creating_and_restores_sa():
    v = GrantView.from_body(grant(role="phi-reader"))
    stale = role_binding(role_binding_name("g1"), "g1", role="old-role")
    sa = service_account("agent")
    sa["automountServiceAccountToken"] = False
    sa["metadata"]["annotations"] = {
        "phigate.io/revoked": "grant g0 ended",
        "phigate.io/automount-before": "true",
    }
    actions = plan_activation(v, Observed(role_bindings=[stale], service_account=sa))
    assert names(actions) == [
        ("DeleteRoleBinding", "RoleBinding/phigate-grant-g1"),
        ("RestoreServiceAccount", "ServiceAccount/agent"),
        ("CreateRoleBinding", "RoleBinding/phigate-grant-g1"),
    ]
    assert actions[1].body["automountServiceAccountToken"] is True
    rb = actions[2].body
    assert rb["metadata"]["labels"]["phigate.io/grant"] == "g1"
    assert rb["roleRef"] == {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "phi-reader"}
    # Already bound correctly: nothing to do.
    good = role_binding(role_binding_name("g1"), "g1")
    assert plan_activation(v, Observed(role_bindings=[good], service_account=service_account("agent"))) == []


def test_fast_grant_sync_matches_a_full_compile():
    """grant_sync rewrites only the grants: equal to a full compile_enforcement, hash included."""
    from phigate_operator.grant_sync import grant_entries, with_grants

    from phigate.api.grant import AIAccessGrant
    from phigate.api.policy import PHIPolicy
    from phigate.enforcement import compile_enforcement
    from tests.operator.grant_support.objects import policy

    pols = [PHIPolicy.model_validate(policy("p1", "ns")), PHIPolicy.model_validate(policy("p2", "ns"))]
    active = {"phase": "Active", "activatedAt": iso(NOW), "expiresAt": iso(NOW), "requestedBy": "alice"}
    before = [grant("a", "ns", status=active), grant("b", "ns", status=active)]
    after = [
        grant("a", "ns", status=active),
        grant("b", "ns", status={**active, "phase": "Expired"}),
        {"metadata": {"name": "broken"}, "spec": {}},
    ]
    old = compile_enforcement("ns", pols, [AIAccessGrant.model_validate(g) for g in before])
    new = with_grants(old, grant_entries("ns", after))
    full = compile_enforcement("ns", pols, [AIAccessGrant.model_validate(g) for g in after[:2]])
    assert [g.name for g in new.grants] == ["a"]
    assert new.dump() == full.dump() and new.hash == full.hash != old.hash
