"""The operator's real kopf handlers against kmock's Kubernetes emulator over HTTP, and its admission
webhooks over real HTTPS with AdmissionReview v1 payloads (the test plays the API server)."""

from __future__ import annotations

import base64
import json
import ssl
from datetime import UTC, datetime
from typing import Any

import aiohttp
import jsonpatch
import kmock
import kubernetes.client.api.core_v1_api
import kubernetes.client.api.custom_objects_api  # noqa: F401
import pytest
from phigate_operator.app import build_registry, configure_settings, make_memo
from phigate_operator.config import OperatorConfig
from phigate_operator.kube import Kube

from tests.operator.op_support import NS, SpanCapture, free_port, pod, policy, review, write_webhook_certs
from tests.support.kmock_cluster import (
    CONFIGMAPS,
    MUTATING_WEBHOOKS,
    PHIPOLICIES,
    PODS,
    SECRETS,
    VALIDATING_WEBHOOKS,
    make_emulator,
    make_settings,
    operator_in_thread,
    wait_for,
    wait_for_watch,
)

FIXED_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
async def cluster():
    emulator = make_emulator()
    async with emulator, kmock.Server(emulator):
        yield emulator


@pytest.fixture
async def operator(cluster, tmp_path):
    url = str(cluster.url).rstrip("/")
    port = free_port()
    config = OperatorConfig(
        operator_namespace="phigate-system",
        api_url=url,
        webhook_host="127.0.0.1",
        webhook_port=port,
        webhook_cert_dir=write_webhook_certs(tmp_path / "certs"),
        sweep_interval_s=0.3,
        sweep_initial_delay_s=0.2,
        ca_check_interval_s=3600,
        clock=lambda: FIXED_NOW,
        sidecar_image="ghcr.io/phigate/phigate:test",
        manage_webhooks=True,
        webhook_public_host="127.0.0.1",
    )
    settings = configure_settings(make_settings(), config)
    spans = SpanCapture()
    kube = Kube.connect(url)
    memo = make_memo(config, kube=kube, emitter=spans.emitter)
    async with operator_in_thread(
        registry=build_registry(config), settings=settings, namespaces=[NS], memo=memo
    ):
        await wait_for_watch(cluster, PHIPOLICIES)
        await wait_for_watch(cluster, PODS)
        yield {
            "config": config,
            "spans": spans,
            "kube": kube,
            "cluster": cluster,
            "url": f"https://127.0.0.1:{port}",
            "ca": str(tmp_path / "certs" / "ca.crt"),
        }
    kube.close()
    crashes = [e for e in cluster.errors if not (isinstance(e, kmock.KubernetesError) and e.status < 500)]
    assert not crashes, f"emulator-side crashes: {crashes!r}"


async def _create(cluster, path: str, obj: dict[str, Any]) -> dict[str, Any]:
    resp = await cluster.post(path, json=obj)
    assert resp.status in (200, 201), await resp.text()
    return await resp.json()


async def _create_policy(cluster, body: dict[str, Any]) -> None:
    await _create(cluster, f"/apis/phigate.io/v1alpha1/namespaces/{NS}/phipolicies", body)


def _config(cluster) -> dict[str, Any] | None:
    key = (CONFIGMAPS, NS, "phigate-enforcement")
    if key not in cluster.objects or cluster.objects[key].deleted:
        return None
    return json.loads(cluster.objects[key].raw["data"]["enforcement.json"])


def _status(cluster, name: str) -> dict[str, Any]:
    return cluster.objects[PHIPOLICIES, NS, name].raw.get("status") or {}


def _cond(cluster, name: str, type_: str) -> dict[str, Any]:
    return next((c for c in _status(cluster, name).get("conditions") or [] if c["type"] == type_), {})


async def _post(op, path: str, payload: dict[str, Any]) -> dict[str, Any]:
    ctx = ssl.create_default_context(cafile=op["ca"])
    async with aiohttp.ClientSession() as s, s.post(f"{op['url']}/{path}", json=payload, ssl=ctx) as resp:
        assert resp.status == 200, await resp.text()
        return (await resp.json())["response"]


async def test_policy_compiles_into_configmap_with_status_and_ca(cluster, operator):
    await _create(
        cluster,
        f"/api/v1/namespaces/{NS}/secrets",
        {"metadata": {"name": "fhir-token"}, "data": {"token": base64.b64encode(b"synthetic").decode()}},
    )
    body = policy(
        "clinical",
        destinations=[
            {
                "name": "fhir",
                "host": "fhir.example.org",
                "kind": "phi-source",
                "credentials": {"secretRef": {"name": "fhir-token", "key": "token"}},
            }
        ],
    )
    await _create_policy(cluster, body)
    await wait_for(lambda: _cond(cluster, "clinical", "Ready").get("status") == "True", timeout=10)
    cfg = _config(cluster)
    assert [p["name"] for p in cfg["policies"]] == ["clinical"]
    cm = cluster.objects[CONFIGMAPS, NS, "phigate-enforcement"].raw
    assert cm["metadata"]["annotations"]["phigate.io/enforcement-hash"] == cfg["hash"]
    st = _status(cluster, "clinical")
    assert st["observedGeneration"] == 1 and st["compiledHash"] == cfg["policies"][0]["hash"]
    assert st["enforcement"].startswith("enforced") and st["injectedPods"] == 0
    assert _cond(cluster, "clinical", "Invalid")["status"] == "False"
    assert _cond(cluster, "clinical", "Ready")["lastTransitionTime"] == "2026-11-25T12:00:00Z"
    # the namespace CA: Secret for the sidecar, ConfigMap bundle for apps
    secret = cluster.objects[SECRETS, NS, "phigate-ca"].raw
    assert {"ca.crt", "ca.key"} <= set(secret["data"])
    bundle = cluster.objects[CONFIGMAPS, NS, "phigate-ca-cert"].raw["data"]["ca.crt"]
    assert base64.b64decode(secret["data"]["ca.crt"]).decode().strip() == bundle.strip()

    # status is written only when it changes: several sweep ticks (each lists pods) add no status write
    def status_writes() -> list[Any]:
        return [r for r in cluster[PHIPOLICIES][kmock.action.UPDATE] if r.subresource == "status"]

    def pod_lists() -> int:
        return len(cluster[PODS][kmock.action.LIST])

    before, ticks = len(status_writes()), pod_lists()
    assert before >= 1  # the first status did go through the status subresource
    await wait_for(lambda: pod_lists() >= ticks + 3, timeout=10)
    assert len(status_writes()) == before
    spans = operator["spans"].spans("phigate.policy.compiled")
    assert spans and spans[-1].attributes["phigate.policy"] == "clinical"
    assert spans[-1].attributes["phigate.policy.hash"] == cfg["policies"][0]["hash"]


async def test_invalid_policy_names_the_field_and_is_left_out(cluster, operator):
    await _create_policy(cluster, policy("good"))
    bad = policy(
        "bad",
        selector={"app": "other"},
        requestRules={"block": [{"name": "no-writes", "pathRegex": "(unclosed"}]},
    )
    await _create_policy(cluster, bad)
    await wait_for(lambda: _cond(cluster, "bad", "Invalid").get("status") == "True", timeout=10)
    msg = _cond(cluster, "bad", "Invalid")["message"]
    assert msg.startswith("spec.requestRules.block[0].pathRegex: "), msg
    assert _cond(cluster, "bad", "Ready")["status"] == "False"
    assert "compiledHash" not in _status(cluster, "bad") or _status(cluster, "bad")["compiledHash"] is None
    await wait_for(lambda: _cond(cluster, "good", "Ready").get("status") == "True", timeout=10)
    assert [p["name"] for p in _config(cluster)["policies"]] == ["good"]
    # a missing credentials Secret is invalid too, naming the field
    await _create_policy(
        cluster,
        policy(
            "nosecret",
            selector={"app": "x"},
            destinations=[
                {
                    "name": "llm",
                    "host": "llm.example",
                    "credentials": {"secretRef": {"name": "absent", "key": "k"}},
                }
            ],
        ),
    )
    await wait_for(lambda: _cond(cluster, "nosecret", "Invalid").get("status") == "True", timeout=10)
    assert (
        "spec.destinations[0].credentials.secretRef.name: Secret 'absent' not found"
        in _cond(cluster, "nosecret", "Invalid")["message"]
    )
    assert any(
        s.attributes["phigate.decision"] == "invalid"
        for s in operator["spans"].spans("phigate.policy.compiled")
    )


async def test_deleting_policies_recompiles_and_the_last_leaves_deny_all(cluster, operator):
    await _create_policy(cluster, policy("one"))
    await _create_policy(cluster, policy("two", selector={"app": "other"}))
    await wait_for(lambda: (c := _config(cluster)) is not None and len(c["policies"]) == 2, timeout=10)
    await wait_for(lambda: _cond(cluster, "two", "Ready").get("status") == "True", timeout=10)
    resp = await cluster.delete(f"/apis/phigate.io/v1alpha1/namespaces/{NS}/phipolicies/one")
    assert resp.status in (200, 202)
    await wait_for(lambda: [p["name"] for p in _config(cluster)["policies"]] == ["two"], timeout=10)
    resp = await cluster.delete(f"/apis/phigate.io/v1alpha1/namespaces/{NS}/phipolicies/two")
    await wait_for(lambda: _config(cluster)["policies"] == [], timeout=10)
    # the config still exists (pods keep mounting it) and is empty: the sidecar denies everything
    assert _config(cluster)["namespace"] == NS
    await wait_for(lambda: cluster.objects[PHIPOLICIES, NS, "two"].deleted, timeout=10)
    assert [
        s.attributes["phigate.policies.remaining"] for s in operator["spans"].spans("phigate.policy.deleted")
    ][-1] == 0


async def test_webhooks_inject_idempotently_and_reject_opt_out(cluster, operator):
    await _create_policy(cluster, policy("clinical"))
    await wait_for(lambda: _cond(cluster, "clinical", "Ready").get("status") == "True", timeout=10)
    p = pod("agent-1", {"app": "agent"})
    answer = await _post(operator, "phigate-inject", review(p))
    assert answer["allowed"] is True and answer["patchType"] == "JSONPatch"
    injected = jsonpatch.apply_patch(p, json.loads(base64.b64decode(answer["patch"])))
    # the pod carried no metadata.namespace: the webhook took it from the request (as Istio does)
    assert "namespace" not in injected["metadata"]
    assert [c["name"] for c in injected["spec"]["containers"]] == ["agent", "phigate-sidecar"]
    assert injected["spec"]["initContainers"][0]["name"] == "phigate-init"
    # the guard admits the injected pod; a second mutation pass adds nothing
    assert (await _post(operator, "phigate-guard", review(injected)))["allowed"] is True
    again = await _post(operator, "phigate-inject", review(injected))
    assert again["allowed"] is True and "patch" not in again
    # the guard rejects a selected pod that skipped injection, and an opt-out
    raw = await _post(operator, "phigate-guard", review(pod("agent-2", {"app": "agent"})))
    assert raw["allowed"] is False and raw["status"]["code"] == 403
    assert "selected by PHIPolicy 'clinical' but is not injected" in raw["status"]["message"]
    out = await _post(
        operator, "phigate-inject", review(pod("agent-3", {"app": "agent", "phigate.io/inject": "false"}))
    )
    assert out["allowed"] is False and "opting out" in out["status"]["message"]
    # stripping the sidecar on UPDATE is refused
    stripped = json.loads(json.dumps(injected))
    stripped["spec"]["containers"] = stripped["spec"]["containers"][:1]
    upd = await _post(operator, "phigate-guard", review(stripped, operation="UPDATE", old=injected))
    assert upd["allowed"] is False and "cannot be modified or removed" in upd["status"]["message"]
    # system and operator namespaces are never touched, even with matching labels
    for ns in ("kube-system", "phigate-system"):
        skip = await _post(operator, "phigate-inject", review(pod("x", {"app": "agent"}), namespace=ns))
        assert skip["allowed"] is True and "patch" not in skip
    # lifecycle spans carry the admission actor
    inj = operator["spans"].spans("phigate.pod.injected")
    assert inj and inj[0].attributes["enduser.id"] == "alice@example.org"
    assert inj[0].attributes["phigate.policy"] == "clinical"
    rej = operator["spans"].spans("phigate.pod.rejected")
    assert any("opting out" in s.attributes["phigate.reason"] for s in rej)


async def test_operator_writes_webhook_configurations_the_api_server_can_use(cluster, operator):
    """--manage-webhooks: the configurations point at the running server, with the right CA and the
    system/operator namespaces excluded (kopf's own managed configurations cannot exclude them)."""
    await wait_for(lambda: (MUTATING_WEBHOOKS, None, "phigate-injector") in cluster.objects, timeout=10)
    mutating = cluster.objects[MUTATING_WEBHOOKS, None, "phigate-injector"].raw
    validating = cluster.objects[VALIDATING_WEBHOOKS, None, "phigate-guard"].raw
    inject = next(w for w in mutating["webhooks"] if w["name"] == "inject.phigate.io")
    guard = validating["webhooks"][0]
    assert inject["clientConfig"]["url"] == f"{operator['url']}/phigate-inject"
    excluded = set(inject["namespaceSelector"]["matchExpressions"][0]["values"])
    assert {"kube-system", "kube-public", "kube-node-lease", "phigate-system"} == excluded
    # play the API server: trust exactly the caBundle of the configuration
    ca = base64.b64decode(guard["clientConfig"]["caBundle"]).decode()
    ctx = ssl.create_default_context(cadata=ca)
    async with (
        aiohttp.ClientSession() as s,
        s.post(guard["clientConfig"]["url"], json=review(pod("x")), ssl=ctx) as r,
    ):
        assert r.status == 200 and (await r.json())["response"]["allowed"] is True


async def test_sweep_deletes_an_uninjected_selected_pod(cluster, operator):
    await _create_policy(cluster, policy("clinical"))
    await wait_for(lambda: _cond(cluster, "clinical", "Ready").get("status") == "True", timeout=10)
    # created while the webhook was "down": selected, no sidecar
    uninjected = pod("slipped", {"app": "agent"}, namespace=NS)
    await _create(cluster, f"/api/v1/namespaces/{NS}/pods", uninjected)
    # an injected one (through the webhook) and an unselected one stay
    p = pod("good", {"app": "agent"}, namespace=NS)
    answer = await _post(operator, "phigate-inject", review(p))
    await _create(
        cluster,
        f"/api/v1/namespaces/{NS}/pods",
        jsonpatch.apply_patch(p, json.loads(base64.b64decode(answer["patch"]))),
    )
    await _create(cluster, f"/api/v1/namespaces/{NS}/pods", pod("web", {"app": "web"}, namespace=NS))
    await wait_for(lambda: cluster.objects[PODS, NS, "slipped"].deleted, timeout=10)
    assert not cluster.objects[PODS, NS, "good"].deleted and not cluster.objects[PODS, NS, "web"].deleted
    await wait_for(lambda: _status(cluster, "clinical").get("injectedPods") == 1, timeout=10)
    ev = operator["spans"].spans("phigate.pod.evicted")
    assert ev and ev[0].attributes["k8s.pod.name"] == "slipped"
