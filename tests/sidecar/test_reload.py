"""Hot reload, grant expiry by the sidecar's own clock, Audit mode, and a collector outage."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.sidecar.conftest import Env
from tests.sidecar.harness import (
    SidecarProc,
    dump_spans,
    grant_doc,
    policy_doc,
    poll,
    spans_for,
    start_sidecar,
    write_yaml,
)
from tests.support.otlp_receiver import OTLPReceiver


def ehr_policy(env: Env, **spec: Any) -> dict[str, Any]:
    return policy_doc(
        destinations=[{"name": "ehr", "kind": "phi-source", "host": "localhost", "port": env.ehr.port}],
        **spec,
    )


@pytest.fixture(scope="module")
def sidecar(
    sidecar_env: Env, otlp: OTLPReceiver, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SidecarProc]:
    sc = start_sidecar(
        tmp_path_factory.mktemp("reload-sidecar"),
        policy=[ehr_policy(sidecar_env)],
        grants=[],
        ca_dir=sidecar_env.ca_dir,
        otlp_url=otlp.traces_url,
        upstream_ca=sidecar_env.pki.ca_cert,
    )
    yield sc
    sc.stop()


def status(sc: SidecarProc, url: str, ua: str = "reload-test") -> int:
    with sc.client(ua=ua) as c:
        return c.get(url).status_code


def test_grant_added_then_expires_without_reload(sidecar: SidecarProc, sidecar_env: Env) -> None:
    url = f"{sidecar_env.ehr.url}/Patient/pat-1"
    with sidecar.client() as c:
        r = c.get(url)
    assert r.status_code == 403 and r.json()["reason"] == "grant-required"
    assert "AIAccessGrant" in r.json()["how_to_request_access"]
    expires = (datetime.now(UTC) + timedelta(seconds=3)).isoformat()
    assert sidecar.grants_path is not None
    write_yaml(sidecar.grants_path, [grant_doc("bob", expires_at=expires)])
    poll(lambda: status(sidecar, url) == 200, timeout=10)
    # the grants file no longer changes: the sidecar's own clock ends the grant
    poll(lambda: status(sidecar, url) == 403, timeout=10)
    assert datetime.now(UTC) >= datetime.fromisoformat(expires)


def test_malformed_policy_keeps_last_good(sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver) -> None:
    url = "https://unlisted.example.org/x"
    assert status(sidecar, url) == 403
    sidecar.policy_path.write_text(
        "apiVersion: phigate.io/v1alpha1\nkind: PHIPolicy\nspec: {mode: Sometimes}\n"
    )
    spans = otlp.wait_for(lambda s: [x for x in s if x["attributes"].get("phigate.decision") == "rejected"])
    rejected = [x for x in spans if x["attributes"].get("phigate.decision") == "rejected"][-1]
    assert rejected["name"] == "phigate.config.reload"
    assert "mode" in rejected["attributes"]["phigate.config.error"]
    assert rejected["status"].get("code") == "STATUS_CODE_ERROR"
    assert status(sidecar, url) == 403  # still enforcing the last good policy
    assert "keeping the last good one" in sidecar.logs()
    assert sidecar.health("/readyz").status_code == 200
    # a bad masking plan (a custom regex that does not compile) is rejected the same way
    write_yaml(
        sidecar.policy_path,
        [ehr_policy(sidecar_env, masking={"patterns": [{"name": "mrn", "regex": "MRN(["}]})],
    )
    poll(lambda: "cannot be enforced" in sidecar.logs() or "regex" in sidecar.logs(), timeout=10)
    assert status(sidecar, url) == 403


def test_audit_mode_records_without_blocking(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver
) -> None:
    write_yaml(sidecar.policy_path, [ehr_policy(sidecar_env, mode="Audit")])
    assert sidecar.grants_path is not None
    write_yaml(sidecar.grants_path, [])
    unlisted = f"http://127.0.0.1:{sidecar_env.web.port}/fhir/Patient/pat-1"  # host 127.0.0.1 is not listed
    poll(lambda: status(sidecar, unlisted) == 200, timeout=10)
    ua = f"audit-{uuid.uuid4().hex[:8]}"
    with sidecar.client(ua=ua) as c:
        r1 = c.get(unlisted)
        r2 = c.get(f"{sidecar_env.ehr.url}/Patient/pat-1")  # phi-source without a grant: passes, masked
    assert r1.status_code == 200 and r2.status_code == 200
    assert not [v for v in sidecar_env.ehr.all_phi() if v in r2.text]
    spans = spans_for(otlp, ua, 2)
    reasons = sorted(s["attributes"].get("phigate.decision.reason") for s in spans)
    assert {s["attributes"]["phigate.decision"] for s in spans} == {"audit"}
    assert reasons == ["destination-not-allowed", "grant-required"]
    assert spans[0]["attributes"]["phigate.policy.mode"] == "Audit"


def test_collector_down_then_up(sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver) -> None:
    write_yaml(sidecar.policy_path, [ehr_policy(sidecar_env)])
    poll(lambda: status(sidecar, f"http://127.0.0.1:{sidecar_env.web.port}/") == 403, timeout=10)
    otlp.fail_with = 503  # the collector refuses every export
    ua = f"outage-{uuid.uuid4().hex[:8]}"
    with sidecar.client(ua=ua) as c:
        for i in range(5):
            assert c.get(f"https://unlisted.example.org/{i}").status_code == 403
    assert not [s for s in otlp.spans if s["attributes"].get("user_agent.original") == ua]
    otlp.fail_with = None  # the collector is back: the spool delivers what it kept
    spans = spans_for(otlp, ua, 5, timeout=60)
    assert sorted(s["attributes"]["url.path"] for s in spans) == [f"/{i}" for i in range(5)]


def test_reverse_mode_maps_a_port_to_one_destination(
    sidecar_env: Env, otlp: OTLPReceiver, tmp_path_factory: pytest.TempPathFactory
) -> None:
    sc = start_sidecar(
        tmp_path_factory.mktemp("reverse-sidecar"),
        policy=[ehr_policy(sidecar_env)],
        grants=[grant_doc("alice")],
        ca_dir=sidecar_env.ca_dir,
        otlp_url=otlp.traces_url,
        upstream_ca=sidecar_env.pki.ca_cert,
        modes=[f"reverse:https://localhost:{sidecar_env.ehr.port}"],
    )
    try:
        import httpx

        r = httpx.get(f"http://127.0.0.1:{sc.port}/fhir/Patient/pat-4", timeout=20)
        assert r.status_code == 200 and r.json()["resourceType"] == "Patient"
        assert r.json()["id"] != "pat-4"  # the patient's logical id is masked too
        assert not [v for v in sidecar_env.ehr.all_phi() if v in r.text]
        w = httpx.delete(f"http://127.0.0.1:{sc.port}/fhir/Patient/pat-4", timeout=20)
        assert w.status_code == 201  # no block rule in this policy: the write passes, audited
    finally:
        sc.stop()


def test_other_response_transcripts_are_opt_in(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver
) -> None:
    """kind: other: the agent's request bodies are always in the trail (masked); the destination's
    answers only with audit.recordOtherResponses, switched on here by a hot reload."""
    web = {"name": "web", "kind": "other", "host": "127.0.0.1", "port": sidecar_env.web.port}
    family = sidecar_env.web.patients["pat-1"]["name"][0]["family"]
    url = f"http://127.0.0.1:{sidecar_env.web.port}/fhir/Patient/pat-1"

    def exchange() -> dict[str, list[str]]:
        ua = f"transcript-{uuid.uuid4().hex[:8]}"
        with sidecar.client(ua=ua) as c:
            assert family in c.get(url).text  # kind other: passed as is
            c.post(url, json={"note": f"Patient {family} called from 555-867-5309"})
        spans = spans_for(otlp, ua, 2)
        text = dump_spans(spans)
        assert family not in text and "555-867-5309" not in text
        return {s["attributes"]["http.request.method"]: [e["name"] for e in s["events"]] for s in spans}

    for record in (False, True):
        doc = ehr_policy(sidecar_env, audit={"recordOtherResponses": True} if record else {})
        doc["spec"]["destinations"].append(web)
        write_yaml(sidecar.policy_path, [doc])
        if not record:  # web is not in the previous test's policy: allowed means reloaded
            poll(lambda: status(sidecar, url) == 200, timeout=10)
            events = exchange()
        else:  # same destinations: reloaded when a GET's answer shows up in its span
            events = poll(lambda: (ev := exchange())["GET"] and ev, timeout=15)
        assert events["GET"] == (["phigate.response.body"] if record else [])
        assert "phigate.request.body" in events["POST"]
