"""The admission cache: replicas share one decision, anything the plan reads changes the key."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from typing import Any

import kopf
import pytest
from phigate_operator.admission_cache import AdmissionCache, AdmissionDecision, template_key
from phigate_operator.app import PlannedPatch, attach_planned_patch
from phigate_operator.config import OperatorConfig
from phigate_operator.injection import plan_injection
from phigate_operator.pod_handlers import policies_for
from phigate_operator.policy_cache import PolicyCache, PolicyView

NS = "team-a"


def _view(selector: dict[str, Any] | None = None, name: str = "p", **spec: Any) -> PolicyView:
    return PolicyView.from_body(
        {"metadata": {"name": name, "namespace": NS}, "spec": {"podSelector": selector or {}, **spec}}
    )


def _pod(name: str, labels: dict[str, str] | None = None, image: str = "nginx:1.27") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name, "namespace": NS, "labels": labels or {"app": "agent"}},
        "spec": {"containers": [{"name": "app", "image": image}]},
    }


def _decode(encoded: str) -> list[dict[str, Any]]:
    return json.loads(base64.b64decode(encoded))


def test_replicas_share_one_decision_equal_to_a_fresh_plan() -> None:
    cache, cfg, views = AdmissionCache(), OperatorConfig(), [_view()]
    first = cache.decide(_pod("agent-7d9f-abcde"), namespace=NS, policies=views, config=cfg)
    second = cache.decide(_pod("agent-7d9f-fghij"), namespace=NS, policies=views, config=cfg)
    assert second is first and (cache.hits, cache.misses) == (1, 1)
    fresh = plan_injection(_pod("agent-7d9f-fghij"), namespace=NS, policies=views, config=cfg)
    assert first.action == "inject" and list(first.patch) == fresh.patch
    assert _decode(first.encoded_patch) == fresh.patch  # what goes into the AdmissionReview
    assert first.policy == "p" and first.capture == fresh.capture.value  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "other",
    [
        _pod("x", labels={"app": "other"}),  # labels decide selection
        _pod("x", image="busybox:1.36"),  # any spec change
        {**_pod("x"), "metadata": {**_pod("x")["metadata"], "annotations": {"phigate.io/inject": "false"}}},
    ],
)
def test_anything_but_the_name_is_part_of_the_key(other: dict[str, Any]) -> None:
    cache, cfg, views = AdmissionCache(), OperatorConfig(), [_view()]
    cache.decide(_pod("a"), namespace=NS, policies=views, config=cfg)
    got = cache.decide(other, namespace=NS, policies=views, config=cfg)
    assert cache.misses == 2
    want = plan_injection(other, namespace=NS, policies=views, config=cfg)
    assert (got.action, got.reason, list(got.patch)) == (want.action, want.reason, want.patch)


def test_refreshed_policies_config_and_namespace_miss() -> None:
    cache, cfg = AdmissionCache(), OperatorConfig()
    selected = [_view({"matchLabels": {"app": "agent"}})]
    assert cache.decide(_pod("a"), namespace=NS, policies=selected, config=cfg).action == "inject"
    # the policy now selects other pods: a refresh builds new views, so the old decision is not reused
    moved = [_view({"matchLabels": {"app": "other"}})]
    assert cache.decide(_pod("b"), namespace=NS, policies=moved, config=cfg).action == "skip"
    two = [*selected, _view(name="q")]
    assert cache.decide(_pod("c"), namespace=NS, policies=two, config=cfg).action == "reject"
    other_cfg = OperatorConfig(sidecar_image="registry.example/phigate:2")
    d = cache.decide(_pod("d"), namespace=NS, policies=selected, config=other_cfg)
    assert "registry.example/phigate:2" in json.dumps(list(d.patch))
    assert cache.decide(_pod("e"), namespace="kube-system", policies=selected, config=cfg).action == "skip"
    assert cache.hits == 0 and cache.misses == 5


def test_rejections_are_cached_with_their_reason() -> None:
    cache, cfg = AdmissionCache(), OperatorConfig()
    views = [_view()]
    host = {**_pod("a"), "spec": {"hostNetwork": True, "containers": [{"name": "app", "image": "x"}]}}
    first = cache.decide(host, namespace=NS, policies=views, config=cfg)
    again = cache.decide(
        {**host, "metadata": {**host["metadata"], "name": "b"}}, namespace=NS, policies=views, config=cfg
    )
    assert first.action == "reject" and "hostNetwork" in first.reason and again is first
    assert first.patch == () and first.encoded_patch == ""


def test_bounded_and_disabled() -> None:
    cfg, views = OperatorConfig(), [_view()]
    cache = AdmissionCache(entries=2)
    for image in ("a:1", "b:1", "c:1"):
        cache.decide(_pod("x", image=image), namespace=NS, policies=views, config=cfg)
    assert len(cache) == 2
    cache.decide(_pod("y", image="a:1"), namespace=NS, policies=views, config=cfg)  # evicted first
    assert cache.misses == 4
    off = AdmissionCache(entries=0)
    off.decide(_pod("x"), namespace=NS, policies=views, config=cfg)
    off.decide(_pod("y"), namespace=NS, policies=views, config=cfg)
    assert (off.hits, off.misses, len(off)) == (0, 2, 0)
    with pytest.raises(ValueError, match="entries must be >= 0"):
        AdmissionCache(entries=-1)


def test_unserialisable_pod_is_never_a_key_and_fails_closed() -> None:
    pod = _pod("x")
    pod["metadata"]["labels"] = {"app": "agent", "odd": object()}  # not JSON
    assert template_key(pod) is None
    cache = AdmissionCache()
    with pytest.raises(TypeError):  # the planner copies the pod as JSON: kopf then refuses the review
        cache.decide(pod, namespace=NS, policies=[_view()], config=OperatorConfig())
    assert len(cache) == 0 and cache.misses == 1


def test_planned_patch_uses_the_ready_encoding_only_alone() -> None:
    decision = AdmissionDecision.from_plan(
        plan_injection(_pod("x"), namespace=NS, policies=[_view()], config=OperatorConfig())
    )
    allowed = {"response": {"uid": "1", "allowed": True}}
    planned = PlannedPatch()
    planned.add(decision.patch, decision.encoded_patch)
    out = attach_planned_patch(json.loads(json.dumps(allowed)), planned)
    assert out["response"]["patch"] == decision.encoded_patch and out["response"]["patchType"] == "JSONPatch"
    # a second contributor: the ready encoding no longer covers the ops, so they are encoded together
    planned.add([{"op": "add", "path": "/metadata/labels/x", "value": "1"}], "bogus")
    out = attach_planned_patch(json.loads(json.dumps(allowed)), planned)
    assert _decode(out["response"]["patch"]) == [*decision.patch, planned.ops[-1]]
    # kopf's own patch is kept, ours last; a denial never carries a patch
    kopf_op = {"op": "add", "path": "/metadata/annotations/k", "value": "v"}
    kopf_patch = base64.b64encode(json.dumps([kopf_op]).encode()).decode()
    merged = attach_planned_patch({"response": {"allowed": True, "patch": kopf_patch}}, planned)
    assert _decode(merged["response"]["patch"])[0] == kopf_op
    denied = attach_planned_patch({"response": {"allowed": False}}, planned)
    assert "patch" not in denied["response"]


class _SlowKube:
    """A stand-in for the API client's list call: counts calls, takes a while, can fail."""

    def __init__(self) -> None:
        self.calls = 0
        self.fail = False

    def list_policies(self, namespace: str) -> list[dict[str, Any]]:
        self.calls += 1
        time.sleep(0.2)
        if self.fail:
            raise RuntimeError("API server unavailable")
        return [{"metadata": {"name": "p", "namespace": namespace}, "spec": {"podSelector": {}}}]


def test_stale_policies_are_refreshed_once_for_all_waiting_reviews() -> None:
    kube = _SlowKube()
    memo = kopf.Memo(policies=PolicyCache(lambda: kube, ttl_s=60))

    async def burst() -> list[Any]:
        return await asyncio.gather(*(policies_for(memo, NS) for _ in range(20)), return_exceptions=True)

    got = asyncio.run(burst())
    assert kube.calls == 1 and all([v.name for v in views] == ["p"] for views in got)
    assert memo.policies.inflight == {}
    # fail closed: every waiting review gets the error; the next review tries again
    kube.fail = True
    memo.policies._data.clear()
    got = asyncio.run(burst())
    assert kube.calls == 2 and all(isinstance(e, RuntimeError) for e in got)
    kube.fail = False
    assert [v.name for v in asyncio.run(policies_for(memo, NS))] == ["p"] and kube.calls == 3
