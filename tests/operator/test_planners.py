"""Pure planners of the operator core: policy checks, status, CA rotation, sweep, webhook configs."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from phigate_operator.ca import plan_ca, split_bundle
from phigate_operator.config import OperatorConfig
from phigate_operator.injection import plan_injection
from phigate_operator.policy_cache import PolicyCache, PolicyView
from phigate_operator.policy_check import check_policy
from phigate_operator.policy_status import ADVISORY, build_status, status_changed
from phigate_operator.sweep import plan_sweep
from phigate_operator.sync import compile_namespace, render_configmap
from phigate_operator.webhook_config import build_webhook_configurations

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _policy(name: str = "p", **spec: object) -> dict:
    body = {
        "podSelector": {"matchLabels": {"app": "agent"}},
        "destinations": [{"name": "fhir", "host": "fhir.example.org"}],
    }
    body.update(spec)
    return {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "PHIPolicy",
        "metadata": {"name": name, "namespace": "ns"},
        "spec": body,
    }


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        (
            {"masking": {"patterns": [{"name": "mrn", "regex": "MRN-(\\d+"}]}},
            "spec.masking.patterns[0].regex",
        ),
        (
            {"requestRules": {"risk": [{"name": "r", "score": 10, "pathRegex": "*x"}]}},
            "spec.requestRules.risk[0].pathRegex",
        ),
        (
            {"requestRules": {"block": [{"name": "b", "destinations": ["nope"]}]}},
            "spec.requestRules.block[0].destinations",
        ),
        (
            {"destinations": [{"name": "a", "host": "a.example"}, {"name": "a", "host": "b.example"}]},
            "destinations[1].name",
        ),
        (
            {"podSelector": {"matchExpressions": [{"key": "app", "operator": "In"}]}},
            "spec.podSelector.matchExpressions[0].values",
        ),
        ({"podSelector": {"matchLabels": {"bad key!": "x"}}}, "spec.podSelector.matchLabels"),
        ({"destinations": [{"name": "x", "host": "not a host"}]}, "spec.destinations[0].host"),
        ({"mode": "Sometimes"}, "spec.mode"),
        ({"unknownField": True}, "spec.unknownField"),
        (
            {"requestRules": {"risk": [{"name": "r", "score": 1, "queryParam": "_count"}]}},
            "spec.requestRules.risk[0]",
        ),
    ],
)
def test_invalid_policies_name_the_field(spec: dict, field: str) -> None:
    chk = check_policy(_policy(**spec))
    assert not chk.valid
    assert any(field in e for e in chk.errors), chk.errors


def test_secret_references_checked() -> None:
    body = _policy(
        destinations=[
            {"name": "f", "host": "f.example", "credentials": {"secretRef": {"name": "tok", "key": "token"}}}
        ],
        masking={"hashKeyRef": {"name": "hk", "key": "key"}},
    )
    secrets = {"tok": ["other"]}
    chk = check_policy(body, lambda name: secrets.get(name))
    assert "spec.destinations[0].credentials.secretRef.key: Secret 'tok' has no key 'token'" in chk.errors
    assert "spec.masking.hashKeyRef.name: Secret 'hk' not found in namespace" in chk.errors
    secrets.update(tok=["token"], hk=["key"])
    assert check_policy(body, lambda name: secrets.get(name)).valid


def test_compile_namespace_leaves_invalid_and_deleting_policies_out() -> None:
    bad = _policy("bad", requestRules={"block": [{"name": "b", "pathRegex": "("}]})
    going = _policy("going")
    going["metadata"]["deletionTimestamp"] = "2026-01-01T00:00:00Z"
    res = compile_namespace("ns", [_policy("good"), bad, going], [])
    assert [p.name for p in res.config.policies] == ["good"]
    assert not res.checks["bad"].valid and "going" not in res.checks
    empty = compile_namespace("ns", [], [])
    assert empty.config.policies == [] and empty.config.hash
    cm = render_configmap(empty.config)
    assert cm["metadata"]["annotations"]["phigate.io/enforcement-hash"] == empty.config.hash
    assert '"policies": []' in cm["data"]["enforcement.json"]


def test_status_keeps_transition_time_and_reports_changes() -> None:
    s1 = build_status(
        None,
        generation=1,
        valid=True,
        message="",
        policy_hash="h1",
        config_hash="c1",
        capture="Transparent",
        injected_pods=0,
        now=T0,
    )
    ready = {c["type"]: c for c in s1["conditions"]}["Ready"]
    assert ready["status"] == "True" and ready["lastTransitionTime"] == "2026-01-01T00:00:00Z"
    s2 = build_status(
        s1,
        generation=1,
        valid=True,
        message="",
        policy_hash="h1",
        config_hash="c1",
        capture="Transparent",
        injected_pods=0,
        now=T0 + timedelta(hours=1),
    )
    assert s2 == s1 and not status_changed(s1, s2)  # nothing changed: no write, same transition time
    s3 = build_status(
        s2,
        generation=2,
        valid=False,
        message="spec.x: bad",
        policy_hash=None,
        config_hash="c2",
        capture="Explicit",
        injected_pods=None,
        now=T0 + timedelta(hours=2),
    )
    conds = {c["type"]: c for c in s3["conditions"]}
    assert (
        conds["Ready"]["status"] == "False" and conds["Ready"]["lastTransitionTime"] == "2026-01-01T02:00:00Z"
    )
    assert conds["Invalid"]["message"] == "spec.x: bad" and conds["Invalid"]["observedGeneration"] == 2
    assert s3["compiledHash"] is None and s3["enforcement"] == ADVISORY and s3["injectedPods"] == 0
    assert status_changed(s2, s3)
    audit = build_status(
        None,
        generation=1,
        valid=True,
        message="",
        policy_hash="h",
        config_hash="c",
        capture="Transparent",
        injected_pods=0,
        now=T0,
        mode="Audit",
    )
    assert audit["enforcement"].startswith("Audit mode: decisions are recorded, nothing is blocked")


def _cert(data: dict) -> x509.Certificate:
    return x509.load_pem_x509_certificate(base64.b64decode(data["ca.crt"]))


def test_ca_create_rotate_overlap_trim() -> None:
    kw = {"validity_days": 365, "rotate_before": timedelta(days=30), "overlap": timedelta(days=7)}
    p1 = plan_ca("ns", None, None, None, now=T0, **kw)
    assert (
        p1.action == "create"
        and _cert(p1.secret_data).extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    )
    assert plan_ca("ns", p1.secret_data, p1.bundle, None, now=T0 + timedelta(days=100), **kw).action == "none"
    later = T0 + timedelta(days=340)  # 25 days before expiry: rotate
    p2 = plan_ca("ns", p1.secret_data, p1.bundle, None, now=later, **kw)
    assert p2.action == "rotate" and len(split_bundle(p2.bundle)) == 2
    assert split_bundle(p2.bundle)[1].strip() == base64.b64decode(p1.secret_data["ca.crt"]).decode().strip()
    assert _cert(p2.secret_data).serial_number != _cert(p1.secret_data).serial_number
    # within the overlap: both kept; after it: the old one is trimmed
    assert (
        plan_ca(
            "ns", p2.secret_data, p2.bundle, p2.previous_until, now=later + timedelta(days=3), **kw
        ).action
        == "none"
    )
    p3 = plan_ca("ns", p2.secret_data, p2.bundle, p2.previous_until, now=later + timedelta(days=8), **kw)
    assert p3.action == "trim" and len(split_bundle(p3.bundle)) == 1
    # a key that does not match its certificate is replaced
    broken = dict(p1.secret_data, **{"ca.key": p2.secret_data["ca.key"]})
    assert plan_ca("ns", broken, p1.bundle, None, now=T0, **kw).action == "create"


def test_sweep_plan() -> None:
    cfg = OperatorConfig()
    view = PolicyView.from_body(_policy("p"))
    pod = {
        "metadata": {"name": "a", "namespace": "ns", "labels": {"app": "agent"}},
        "spec": {"containers": [{"name": "c", "image": "i"}]},
    }
    injected = plan_injection(pod, namespace="ns", policies=[view], config=cfg).pod
    injected["metadata"]["name"] = "b"
    done = dict(pod, status={"phase": "Succeeded"})
    going = {**pod, "metadata": {**pod["metadata"], "deletionTimestamp": "x"}}
    other = {"metadata": {"name": "w", "labels": {"app": "web"}}, "spec": {"containers": []}}
    plan = plan_sweep([pod, injected, done, going, other], "ns", [view], cfg)
    assert [p["metadata"]["name"] for p, _ in plan.delete] == ["a"]
    assert plan.injected == {"p": 1}
    assert plan_sweep([pod], "kube-system", [view], cfg).delete == []


def test_unparseable_selector_selects_everything_fail_closed() -> None:
    view = PolicyView.from_body(
        {
            "metadata": {"name": "p", "namespace": "ns"},
            "spec": {"podSelector": {"matchExpressions": "garbage"}},
        }
    )
    assert view.selector is None and view.selects({"anything": "x"})


def test_policy_cache_ttl_and_events() -> None:
    now = [0.0]
    calls = []

    class FakeKube:
        def list_policies(self, ns: str) -> list[dict]:
            calls.append(ns)
            return [_policy("a")]

    cache = PolicyCache(lambda: FakeKube(), ttl_s=5, clock_s=lambda: now[0])
    assert [v.name for v in cache.get("ns")] == ["a"] and calls == ["ns"]
    cache.upsert(_policy("b"))
    assert [v.name for v in cache.get("ns")] == ["a", "b"] and calls == ["ns"]
    cache.remove("ns", "a")
    assert [v.name for v in cache.get("ns")] == ["b"]
    now[0] = 6.0
    assert [v.name for v in cache.get("ns")] == ["a"] and calls == ["ns", "ns"]
    cache.upsert({**_policy("c"), "metadata": {"name": "c", "namespace": "other"}})
    assert cache.fresh("other") is None  # never listed: an event alone must not look complete


def test_webhook_configurations_exclude_system_and_operator_namespaces() -> None:
    cfg = OperatorConfig(
        operator_namespace="phigate-system", webhook_service="phigate-system/phigate-webhook"
    )
    mutating, validating = build_webhook_configurations(cfg, b"PEM")
    for conf in (mutating, validating):
        for wh in conf["webhooks"]:
            expr = wh["namespaceSelector"]["matchExpressions"][0]
            assert expr["operator"] == "NotIn"
            assert {"kube-system", "kube-public", "kube-node-lease", "phigate-system"} == set(expr["values"])
            assert wh["failurePolicy"] == "Fail" and wh["sideEffects"] == "None"
            assert wh["clientConfig"]["service"]["name"] == "phigate-webhook"
    paths = {wh["clientConfig"]["service"]["path"] for wh in mutating["webhooks"] + validating["webhooks"]}
    assert paths == {"/phigate-inject", "/phigate-guard", "/grant-admission"}
