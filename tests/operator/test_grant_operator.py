"""The grant engine end to end: kopf handlers against fakecluster over HTTP, admission over HTTPS, OTLP spans.

Every test has its own namespace and its own operator; the fake API server's audit log gives
server-side timestamps for lag measurements. Poll, never sleep.
"""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime, timedelta

import pytest
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

from phigate.audit.emitter import AuditEmitter
from tests.operator.grant_support.harness import (
    GRANTS,
    GROUP,
    VERSION,
    FaultProxy,
    Receiver,
    Rejected,
    admit,
    annotate_grant_as,
    create_grant_as,
    fakecluster,
    post_review,
    review,
    run_operator,
    user,
    wait_until,
)
from tests.operator.grant_support.objects import grant, pod, policy, service_account, token_secret
from tests.support.otlp_receiver import OTLPReceiver

_ns = itertools.count(1)
ALICE = user("alice", "clinicians")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with fakecluster(tmp_path_factory.mktemp("fake")) as c:
        yield c


@pytest.fixture(scope="module")
def otlp():
    with OTLPReceiver() as r:
        yield r


@pytest.fixture
def ns():
    return f"grants-{next(_ns)}"


@pytest.fixture
def emitter(otlp):
    em = AuditEmitter(
        service_name="phigate-operator", exporter=OTLPSpanExporter(endpoint=otlp.traces_url), batch=False
    )
    yield em
    em.shutdown()


def spans_for(otlp, ns, name=None):
    return [
        s
        for s in otlp.spans
        if s["attributes"].get("k8s.namespace.name") == ns and (name is None or s["name"] == name)
    ]


def phase(cluster, ns, name):
    g = cluster.get_grant(ns, name)
    return g and (g.get("status") or {}).get("phase")


def access_removed(cluster, ns, name):
    g = cluster.get_grant(ns, name) or {}
    return any(
        c["type"] == "AccessRemoved" and c["status"] == "True"
        for c in (g.get("status") or {}).get("conditions") or []
    )


def seed_workload(cluster, ns, sa="agent"):
    cluster.create(ns, service_account(sa, ns))
    cluster.create(ns, token_secret(f"{sa}-token-legacy", sa, ns))
    cluster.create(ns, token_secret("unrelated-token", "builder", ns))
    cluster.create(ns, pod(f"{sa}-0", sa, ns))
    cluster.create(ns, pod("builder-0", "builder", ns))


def ts(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


async def test_standard_grant_activates_then_expires_with_real_revocation(
    cluster, otlp, emitter, ns, tmp_path
):
    cluster.create(ns, policy(namespace=ns, require="Elevated"))
    seed_workload(cluster, ns)
    async with run_operator(cluster, ns, tmp=tmp_path, emitter=emitter, webhooks=True) as op:
        created = create_grant_as(op, cluster, grant("g1", ns, duration="2s"), ALICE)
        assert created["metadata"]["annotations"]["phigate.io/requested-by"] == "alice"

        g = wait_until(lambda: phase(cluster, ns, "g1") == "Active" and cluster.get_grant(ns, "g1"))
        st = g["status"]
        assert st["requestedBy"] == "alice" and st["roleBindings"] == ["phigate-grant-g1"]
        assert ts(st["expiresAt"]) - ts(st["activatedAt"]) == timedelta(seconds=2)
        rb = cluster.rbac.read_namespaced_role_binding("phigate-grant-g1", ns)
        assert rb.metadata.labels["phigate.io/grant"] == "g1" and rb.subjects[0].name == "agent"
        cfg = wait_until(lambda: (c := cluster.enforcement(ns)) and c["grants"] and c)
        assert [(x["name"], x["serviceAccount"], x["requestedBy"]) for x in cfg["grants"]] == [
            ("g1", "agent", "alice")
        ]
        since = cluster.audit_len()

        wait_until(lambda: access_removed(cluster, ns, "g1"), timeout=6)
        g = cluster.get_grant(ns, "g1")
        assert g["status"]["phase"] == "Expired"
        outcomes = {(r["action"], r["target"]): r["outcome"] for r in g["status"]["revocation"]}
        assert outcomes == {
            ("RecompileEnforcement", "ConfigMap/phigate-enforcement"): "Done",
            ("DeleteRoleBinding", "RoleBinding/phigate-grant-g1"): "Done",
            ("DeleteTokenSecret", "Secret/agent-token-legacy"): "Done",
            ("DisableAutomount", "ServiceAccount/agent"): "Done",
            ("DeletePod", "Pod/agent-0"): "Done",
        }
        assert "roleBindings" not in g["status"]
        assert not cluster.exists("RoleBinding", ns, "phigate-grant-g1")
        assert not cluster.exists("Secret", ns, "agent-token-legacy") and not cluster.exists(
            "Pod", ns, "agent-0"
        )
        assert cluster.exists("Secret", ns, "unrelated-token") and cluster.exists("Pod", ns, "builder-0")
        sa = cluster.core.read_namespaced_service_account("agent", ns)
        assert sa.automount_service_account_token is False
        assert sa.metadata.annotations["phigate.io/revoked"].startswith("grant g1 ended (Expired) at ")
        assert cluster.enforcement(ns)["grants"] == []

        # Lag from server-side timestamps: expiresAt -> the last revocation write the server saw.
        expires = ts(g["status"]["expiresAt"]).timestamp()
        writes = [
            e
            for e in cluster.audit(since)
            if e["method"] in ("DELETE", "PATCH", "POST")
            and e["resource"]
            in ("v1/pods", "v1/secrets", "v1/serviceaccounts", "rbac.authorization.k8s.io/v1/rolebindings")
        ]
        lag = max(e["t_end"] for e in writes) - expires
        first = min(e["t"] for e in writes) - expires
        print(
            f"\nREVOCATION LAG first write {first * 1000:.0f} ms, "
            f"last write {lag * 1000:.0f} ms after expiresAt"
        )
        # Target <= 1 s (benchmarks/revocation.py measures it); 2 s leaves room for a loaded CI box.
        assert first >= 0 and lag <= 2.0

    names = [s["name"] for s in otlp.wait_for(lambda _: len(spans_for(otlp, ns)) >= 3)]
    assert {"grant.requested", "grant.activated", "grant.expired"} <= set(names)
    [expired] = spans_for(otlp, ns, "grant.expired")
    attrs = expired["attributes"]
    assert attrs["phigate.grant"] == "g1" and attrs["enduser.id"] == "dr.riley@example.org"
    assert attrs["phigate.grant.requested_by"] == "alice" and attrs["phigate.revocation.complete"] is True
    assert [e["attributes"]["phigate.revocation.action"] for e in expired["events"]] == [
        "RecompileEnforcement",
        "DeleteRoleBinding",
        "DeleteTokenSecret",
        "DisableAutomount",
        "DeletePod",
    ]
    assert "chart review" not in str(expired)  # the free-text justification never goes into spans


async def test_approval_flow_checks_the_caller_and_notifies(cluster, otlp, emitter, ns, tmp_path):
    cluster.create(ns, policy(namespace=ns, require="Elevated", users=["carol"], groups=["privacy-officers"]))
    cluster.create(ns, service_account("agent", ns))
    rcv = Receiver(fail_first=1)  # the first notification fails: it must be retried, not block the grant
    cluster.create(
        "phigate-system",
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": f"notify-{ns}"},
            "stringData": {"webhook-url": rcv.url},
        },
    )
    try:
        async with run_operator(
            cluster,
            ns,
            tmp=tmp_path,
            emitter=emitter,
            webhooks=True,
            notify_secret=("phigate-system", f"notify-{ns}"),
        ) as op:
            # Without userInfo the webhook refuses (kopf answers 400 before any handler).
            code, text = post_review(op, review("CREATE", grant("g2", ns), None, None, ns))
            assert code == 400 and "User info is missing" in text
            with pytest.raises(Rejected, match=r"approved-by\]: set only by phigate"):
                admit(
                    op,
                    "CREATE",
                    grant("g2", ns, annotations={"phigate.io/approved-by": "carol"}),
                    None,
                    ALICE,
                    ns,
                )

            create_grant_as(op, cluster, grant("g2", ns, scope="elevated"), ALICE)
            g = wait_until(lambda: phase(cluster, ns, "g2") == "Pending" and cluster.get_grant(ns, "g2"))
            approved = next(c for c in g["status"]["conditions"] if c["type"] == "Approved")
            assert (
                approved["reason"] == "AwaitingApproval"
                and "user carol, group privacy-officers" in approved["message"]
            )
            wait_until(lambda: rcv.bodies, timeout=8)
            assert rcv.attempts >= 2 and "g2 awaits approval" in rcv.bodies[0]["text"]
            assert "chart review" not in rcv.bodies[0]["text"]
            wait_until(
                lambda: any(
                    c["type"] == "Notified" and c["status"] == "True"
                    for c in cluster.get_grant(ns, "g2")["status"]["conditions"]
                )
            )

            with pytest.raises(Rejected, match="alice requested this grant") as exc:
                annotate_grant_as(op, cluster, ns, "g2", {"phigate.io/approve": "true"}, ALICE)
            assert exc.value.code == 403
            with pytest.raises(Rejected, match="mallory is not an approver of PHIPolicy pol"):
                annotate_grant_as(op, cluster, ns, "g2", {"phigate.io/approve": "true"}, user("mallory"))
            with pytest.raises(Rejected, match=r"approved-by\]: set only by phigate"):
                annotate_grant_as(op, cluster, ns, "g2", {"phigate.io/approved-by": "carol"}, user("carol"))
            assert phase(cluster, ns, "g2") == "Pending"

            dave = user("dave", "privacy-officers")
            stored = annotate_grant_as(op, cluster, ns, "g2", {"phigate.io/approve": "true"}, dave)
            assert stored["metadata"]["annotations"]["phigate.io/approved-by"] == "dave"
            assert stored["metadata"]["annotations"]["phigate.io/approved-at"].endswith("Z")
            g = wait_until(lambda: phase(cluster, ns, "g2") == "Active" and cluster.get_grant(ns, "g2"))
            assert g["status"]["approvedBy"] == "dave" and g["status"]["requestedBy"] == "alice"
            # Once approved, the spec is frozen (a different SA would get access unapproved).
            changed = {**g, "spec": {**g["spec"], "serviceAccountName": "other"}}
            with pytest.raises(Rejected, match=r"spec\.serviceAccountName: the grant is Active"):
                admit(op, "UPDATE", changed, g, ALICE, ns)
    finally:
        rcv.close()
    otlp.wait_for(lambda _: spans_for(otlp, ns, "grant.approved") and spans_for(otlp, ns, "grant.activated"))
    [span] = spans_for(otlp, ns, "grant.approved")
    assert span["attributes"]["phigate.grant.approved_by"] == "dave"
    assert span["attributes"]["phigate.grant.requested_by"] == "alice"
    rejected = spans_for(otlp, ns, "grant.admission.rejected")
    assert {s["attributes"]["phigate.admission.user"] for s in rejected} >= {"alice", "mallory", "carol"}


async def test_spec_revoked_and_deletion_revoke_through_the_finalizer(cluster, otlp, emitter, ns, tmp_path):
    cluster.create(ns, policy(namespace=ns, require="Never"))
    seed_workload(cluster, ns)
    cluster.create(ns, service_account("agent-b", ns))
    cluster.create(ns, pod("agent-b-0", "agent-b", ns))
    async with run_operator(cluster, ns, tmp=tmp_path, emitter=emitter, webhooks=True) as op:
        create_grant_as(op, cluster, grant("g3", ns, duration="1h"), ALICE)
        create_grant_as(op, cluster, grant("g4", ns, duration="1h", sa="agent-b"), ALICE)
        wait_until(lambda: phase(cluster, ns, "g3") == "Active" and phase(cluster, ns, "g4") == "Active")
        assert "phigate.io/finalizer" in cluster.get_grant(ns, "g3")["metadata"]["finalizers"]

        # spec.revoked: the one spec write, made by the human's tool (phigate grant revoke / kubectl patch).
        cluster.custom.patch_namespaced_custom_object(
            GROUP, VERSION, ns, GRANTS, "g3", {"spec": {"revoked": True}}
        )
        wait_until(lambda: access_removed(cluster, ns, "g3"))
        g3 = cluster.get_grant(ns, "g3")
        assert g3["status"]["phase"] == "Revoked"
        assert (
            next(c for c in g3["status"]["conditions"] if c["type"] == "Active")["reason"] == "RevokedByUser"
        )
        assert not cluster.exists("RoleBinding", ns, "phigate-grant-g3") and not cluster.exists(
            "Pod", ns, "agent-0"
        )
        assert cluster.exists("Pod", ns, "agent-b-0")  # another grant's account is untouched

        # Deletion: the finalizer holds the object until revocation is done.
        since = cluster.audit_len()
        cluster.custom.delete_namespaced_custom_object(GROUP, VERSION, ns, GRANTS, "g4")
        wait_until(lambda: cluster.get_grant(ns, "g4") is None)
        assert not cluster.exists("RoleBinding", ns, "phigate-grant-g4") and not cluster.exists(
            "Pod", ns, "agent-b-0"
        )
        log = cluster.audit(since)
        pod_delete = next(
            e["i"] for e in log if e["method"] == "DELETE" and e["path"].endswith("/pods/agent-b-0")
        )
        finalizer_removed = max(e["i"] for e in log if e["method"] == "PATCH" and e["path"].endswith("/g4"))
        assert pod_delete < finalizer_removed
    otlp.wait_for(lambda _: spans_for(otlp, ns, "grant.revoked"))
    reasons = sorted(s["attributes"]["phigate.grant.reason"] for s in spans_for(otlp, ns, "grant.revoked"))
    assert reasons == ["Deleted", "RevokedByUser"]


async def test_grant_expired_while_operator_down_is_revoked_at_start(cluster, ns, tmp_path):
    cluster.create(ns, policy(namespace=ns, require="Never"))
    seed_workload(cluster, ns)
    async with run_operator(cluster, ns, tmp=tmp_path, webhooks=True) as op:
        create_grant_as(op, cluster, grant("g5", ns, duration="3s"), ALICE)
        wait_until(lambda: phase(cluster, ns, "g5") == "Active")
        g = cluster.get_grant(ns, "g5")
        # Stop the operator before the grant expires.
        assert datetime.now(UTC) < ts(g["status"]["expiresAt"]), "machine too slow for this test"
    expires = ts(g["status"]["expiresAt"])
    wait_until(lambda: datetime.now(UTC) > expires + timedelta(seconds=0.3), timeout=5)
    assert phase(cluster, ns, "g5") == "Active" and cluster.exists("RoleBinding", ns, "phigate-grant-g5")

    t0 = time.time()
    async with run_operator(cluster, ns, tmp=tmp_path, webhooks=True):
        wait_until(lambda: access_removed(cluster, ns, "g5"), timeout=10)
        took = time.time() - t0
    g = cluster.get_grant(ns, "g5")
    assert g["status"]["phase"] == "Expired"
    assert not cluster.exists("RoleBinding", ns, "phigate-grant-g5") and not cluster.exists(
        "Pod", ns, "agent-0"
    )
    print(f"\nOVERDUE grant revoked {took:.2f}s after operator start")


async def test_revocation_retried_after_injected_api_failure(cluster, ns, tmp_path):
    cluster.create(ns, policy(namespace=ns, require="Never"))
    seed_workload(cluster, ns)
    proxy = FaultProxy(cluster.url, "DELETE", r"/rolebindings/phigate-grant-g6$", failures=1)
    try:
        async with run_operator(cluster, ns, tmp=tmp_path, webhooks=True, engine_url=proxy.url) as op:
            create_grant_as(op, cluster, grant("g6", ns, duration="1h"), ALICE)
            wait_until(lambda: phase(cluster, ns, "g6") == "Active")
            cluster.custom.patch_namespaced_custom_object(
                GROUP, VERSION, ns, GRANTS, "g6", {"spec": {"revoked": True}}
            )

            def failed_once():
                st = (cluster.get_grant(ns, "g6") or {}).get("status") or {}
                cond = next((c for c in st.get("conditions") or [] if c["type"] == "AccessRemoved"), None)
                return cond and cond["reason"] == "RevocationFailed" and st

            st = wait_until(failed_once, timeout=5)
            rb = next(r for r in st["revocation"] if r["action"] == "DeleteRoleBinding")
            assert rb["outcome"] == "Failed" and "500" in rb["message"]
            assert st["phase"] == "Revoked" and st["roleBindings"] == ["phigate-grant-g6"]
            # The other actions still ran (less access), and the retry timer finishes the job.
            assert not cluster.exists("Pod", ns, "agent-0")
            wait_until(lambda: access_removed(cluster, ns, "g6"), timeout=5)
            st = cluster.get_grant(ns, "g6")["status"]
            assert (
                next(r for r in st["revocation"] if r["action"] == "DeleteRoleBinding")["outcome"] == "Done"
            )
            assert "roleBindings" not in st
            assert not cluster.exists("RoleBinding", ns, "phigate-grant-g6")
            assert proxy.failed == [
                f"DELETE /apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/rolebindings/phigate-grant-g6"
            ]
    finally:
        proxy.close()
