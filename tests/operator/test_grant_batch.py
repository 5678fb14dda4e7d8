"""Expiry passes: several grants of a namespace ended by one revocation plan run, each with its own status.

Against fakecluster over HTTP: grants are activated by the real handlers, the operator is stopped
before they expire, then one pass (`GrantEngine.reconcile_namespace_sync`) ends all of them. The
server's audit log shows the reads were shared; each grant's status lists its own actions.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import kubernetes.client
import pytest
from phigate_operator import grant_sync
from phigate_operator.grant_engine import GrantEngine, Result
from phigate_operator.grant_expiry import ExpiryScheduler
from phigate_operator.kube import Kube

from phigate.enforcement import EnforcementConfig
from tests.operator.grant_support.harness import create_grant_as, fakecluster, run_operator, user, wait_until
from tests.operator.grant_support.objects import grant, pod, policy, service_account, token_secret

ALICE = user("alice", "clinicians")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with fakecluster(tmp_path_factory.mktemp("fake")) as c:
        yield c


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _status(cluster, ns, name):
    return (cluster.get_grant(ns, name) or {}).get("status") or {}


async def test_one_pass_ends_several_grants_with_shared_reads_and_own_status(cluster, tmp_path):
    ns = "batch-1"
    cluster.create(ns, policy(namespace=ns, require="Never"))
    # g1, g2: an account each; g3 + g4 share "shared" (both end in the pass: neither keeps it alive);
    # keeper stays Active on "kept", so g5 (same account) must leave that account alone.
    for sa in ("agent-1", "agent-2", "shared", "kept"):
        cluster.create(ns, service_account(sa, ns))
        cluster.create(ns, token_secret(f"{sa}-token", sa, ns))
        cluster.create(ns, pod(f"{sa}-0", sa, ns))
    ending = {"g1": "agent-1", "g2": "agent-2", "g3": "shared", "g4": "shared", "g5": "kept"}
    async with run_operator(cluster, ns, tmp=tmp_path, webhooks=True) as op:
        for name, sa in ending.items():
            create_grant_as(op, cluster, grant(name, ns, duration="3s", sa=sa), ALICE)
        create_grant_as(op, cluster, grant("keeper", ns, duration="1h", sa="kept"), ALICE)
        wait_until(lambda: all(_status(cluster, ns, n).get("phase") == "Active" for n in [*ending, "keeper"]))
        last = max(_ts(_status(cluster, ns, n)["expiresAt"]) for n in ending)
        assert datetime.now(UTC) < last - timedelta(seconds=0.5), "machine too slow for this test"
    wait_until(lambda: datetime.now(UTC) > last + timedelta(seconds=0.1), timeout=6)

    kube = Kube(kubernetes.client.ApiClient(kubernetes.client.Configuration(host=cluster.url)))
    engine = GrantEngine(kube, clock=lambda: datetime.now(UTC))
    try:
        since = cluster.audit_len()
        results = engine.reconcile_namespace_sync(ns, [*ending, "gone"])
        requests = [e for e in cluster.audit(since) if e["method"] == "GET"]
    finally:
        engine.shutdown()
        kube.close()

    assert results["gone"] == Result(None, True)
    for name in ending:
        result = results[name]
        assert isinstance(result, Result) and result.done and result.phase and result.phase.value == "Expired"
    # Shared reads: no GET per grant, one LIST each of RoleBindings, pods and accounts for the pass.
    paths = [e["path"] for e in requests]
    assert not [p for p in paths if "/aiaccessgrants/" in p]
    assert len([p for p in paths if "/rolebindings" in p]) == 1
    assert len([p for p in paths if p.split("?")[0].endswith("/pods")]) == 1
    assert len([p for p in paths if p.split("?")[0].endswith("/serviceaccounts")]) == 1

    def outcomes(name):
        return {(r["action"], r["target"]): r["outcome"] for r in _status(cluster, ns, name)["revocation"]}

    assert outcomes("g1") == {
        ("RecompileEnforcement", "ConfigMap/phigate-enforcement"): "Done",
        ("DeleteRoleBinding", "RoleBinding/phigate-grant-g1"): "Done",
        ("DeleteTokenSecret", "Secret/agent-1-token"): "Done",
        ("DisableAutomount", "ServiceAccount/agent-1"): "Done",
        ("DeletePod", "Pod/agent-1-0"): "Done",
    }
    assert ("DeleteRoleBinding", "RoleBinding/phigate-grant-g2") in outcomes("g2")
    assert not any("agent-1" in target for _, target in outcomes("g2"))
    for name in ("g3", "g4"):  # the shared account's actions ran once, each grant records them
        got = outcomes(name)
        assert got[("DisableAutomount", "ServiceAccount/shared")] == "Done"
        assert got[("DeletePod", "Pod/shared-0")] == "Done"
        assert got[("DeleteRoleBinding", f"RoleBinding/phigate-grant-{name}")] == "Done"
    kept = outcomes("g5")
    assert kept[("KeepServiceAccount", "ServiceAccount/kept")] == "Done"
    assert not any(action in ("DeletePod", "DisableAutomount") for action, _ in kept)
    for name in ending:
        st = _status(cluster, ns, name)
        assert any(c["type"] == "AccessRemoved" and c["status"] == "True" for c in st["conditions"])
        assert not cluster.exists("RoleBinding", ns, f"phigate-grant-{name}")
    assert cluster.exists("Pod", ns, "kept-0") and cluster.exists("RoleBinding", ns, "phigate-grant-keeper")
    assert not cluster.exists("Pod", ns, "shared-0") and not cluster.exists("Secret", ns, "agent-2-token")
    assert [g["name"] for g in cluster.enforcement(ns)["grants"]] == ["keeper"]

    # Run again on what is left: idempotent, nothing to do, statuses keep their Done records.
    kube = Kube(kubernetes.client.ApiClient(kubernetes.client.Configuration(host=cluster.url)))
    engine = GrantEngine(kube, clock=lambda: datetime.now(UTC))
    try:
        again = engine.reconcile_namespace_sync(ns, list(ending))
    finally:
        engine.shutdown()
        kube.close()
    assert all(isinstance(r, Result) and r.done for r in again.values())
    assert outcomes("g1")[("DeletePod", "Pod/agent-1-0")] == "Done"


async def test_scheduler_hands_grants_due_together_to_one_batch():
    batches: list[list[tuple[str, str]]] = []
    done = asyncio.Event()

    async def fire(ns: str, name: str) -> None:  # not used when a batch callback is given
        raise AssertionError("per-grant callback called")

    async def fire_batch(keys: list[tuple[str, str]]) -> None:
        batches.append(keys)
        if sum(len(b) for b in batches) == 4:
            done.set()

    sched = ExpiryScheduler(fire, fire_batch)
    sched.start()
    for name in ("a", "b", "c"):
        sched.schedule("ns", name, -1)  # all overdue: one wake-up
    sched.schedule("ns", "later", 0.2)
    await asyncio.wait_for(done.wait(), 5)
    await sched.stop()
    assert sorted(batches[0]) == [("ns", "a"), ("ns", "b"), ("ns", "c")] and batches[1] == [("ns", "later")]


def test_grant_sync_cache_never_overwrites_someone_elses_write(cluster):
    """The cached last write is only a guess: a stale resourceVersion gets 409 and the live one is used."""
    ns = "batch-2"
    cluster.create(ns, policy(namespace=ns, require="Never"))
    kube = Kube(kubernetes.client.ApiClient(kubernetes.client.Configuration(host=cluster.url)))
    try:
        from phigate_operator.sync import sync_namespace

        sync_namespace(ns, kube)
        live = EnforcementConfig.model_validate(cluster.enforcement(ns))
        assert live.policies
        state = grant_sync._Namespace()
        stale = live.model_copy(update={"policies": [], "hash": "stale"})
        state.written = (kube, "1", stale)  # what an outdated cache would hold
        got = grant_sync._sync_grants(ns, kube, 4, state)
        after = EnforcementConfig.model_validate(cluster.enforcement(ns))
        assert after.policies == live.policies and got == after.hash == live.hash
        assert state.written is not None and state.written[2].hash == live.hash
    finally:
        kube.close()
