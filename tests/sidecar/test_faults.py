"""Fault injection: whatever breaks inside a hook, nothing unmasked leaves and the agent gets a 5xx.

mitmproxy logs an exception raised in an addon hook and lets the flow continue, so these failures
would forward the upstream response unmasked if the addon did not catch them. The sidecar runs in a
thread of the test process here, so the engine, the emitter and the addon can be patched directly.
"""

from __future__ import annotations

import ssl
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from phigate_sidecar import addon as addon_mod
from phigate_sidecar import kinds
from phigate_sidecar.server import Sidecar

from phigate.api.policy import DestinationKind
from tests.sidecar.conftest import Env
from tests.sidecar.harness import grant_doc, policy_doc, start_in_process, stop_in_process
from tests.support.otlp_receiver import OTLPReceiver


@pytest.fixture(scope="module")
def running(
    sidecar_env: Env, otlp: OTLPReceiver, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Sidecar, httpx.Client]]:
    work = tmp_path_factory.mktemp("faults")
    policy = policy_doc(
        destinations=[
            {"name": "ehr", "kind": "phi-source", "host": "localhost", "port": sidecar_env.ehr.port},
            {"name": "tools", "kind": "mcp", "host": "127.0.0.1", "port": sidecar_env.web.port},
        ]
    )
    sc, port = start_in_process(work, sidecar_env, otlp.traces_url, policy, [grant_doc("alice")])
    verify = ssl.create_default_context(cafile=str(Path(sidecar_env.ca_dir) / "ca.crt"))
    client = httpx.Client(proxy=f"http://127.0.0.1:{port}", verify=verify, timeout=20)
    yield sc, client
    client.close()
    stop_in_process(sc)


def check_failed_closed(r: httpx.Response, env: Env, status: int = 502) -> None:
    assert r.status_code == status, r.text
    assert not [v for v in env.ehr.all_phi() if v in r.text]
    assert set(r.json()) == {"error", "reason", "destination", "how_to_request_access"}


def test_baseline_masked(running: tuple[Sidecar, httpx.Client], sidecar_env: Env) -> None:
    r = running[1].get(f"{sidecar_env.ehr.url}/Patient/pat-1")
    assert r.status_code == 200 and r.json()["resourceType"] == "Patient" and r.json()["id"] != "pat-1"
    assert not [v for v in sidecar_env.ehr.all_phi() if v in r.text]


@pytest.mark.parametrize("path", ["/fhir/Patient/pat-1", "/test/gzip", "/test/text"])
def test_engine_failure(
    running: tuple[Sidecar, httpx.Client], sidecar_env: Env, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    from phigate.engine import Masker

    def boom(self: Any, *a: Any, **k: Any) -> Any:
        raise RuntimeError("injected engine failure")

    monkeypatch.setattr(Masker, "mask_bytes", boom)
    r = running[1].get(sidecar_env.ehr.url.replace("/fhir", "") + path)
    check_failed_closed(r, sidecar_env)
    assert r.json()["reason"] == "masking-failed"


def test_engine_failure_on_chunked_body_kills_the_flow(
    running: tuple[Sidecar, httpx.Client], sidecar_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from phigate.engine import Masker

    monkeypatch.setattr(Masker, "mask_bytes", lambda *a, **k: 1 / 0)
    with pytest.raises(httpx.HTTPError):
        r = running[1].get(sidecar_env.ehr.url.replace("/fhir", "") + "/test/chunked")
        # a response that made it anyway must not carry PHI
        assert not [v for v in sidecar_env.ehr.all_phi() if v in r.text]
        r.raise_for_status()


def test_failure_after_masking_still_fails_closed(
    running: tuple[Sidecar, httpx.Client], sidecar_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*a: Any) -> None:
        raise KeyError("injected header failure")

    monkeypatch.setattr(addon_mod, "fix_headers_after_masking", boom)
    check_failed_closed(running[1].get(f"{sidecar_env.ehr.url}/Patient/pat-2"), sidecar_env)


def test_decision_failure(
    running: tuple[Sidecar, httpx.Client], sidecar_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(addon_mod, "decide", lambda *a: 1 / 0)
    r = running[1].get(f"{sidecar_env.ehr.url}/Patient/pat-1")
    check_failed_closed(r, sidecar_env)
    assert r.json()["reason"] == "sidecar-error"
    assert not [s for s in sidecar_env.ehr.seen if s.path.endswith("pat-1") and s.headers.get("x-never")]


def test_audit_trail_refusal_fails_closed(
    running: tuple[Sidecar, httpx.Client], sidecar_env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from phigate.audit.emitter import AuditSpoolFull

    def full(*a: Any, **k: Any) -> int:
        raise AuditSpoolFull("injected: spool full")

    monkeypatch.setattr(running[0].emitter, "record", full)
    r = running[1].get(f"{sidecar_env.ehr.url}/Patient/pat-3")
    check_failed_closed(r, sidecar_env, 503)
    assert r.json()["reason"] == "audit-unavailable"


class _Boom:
    def on_request(self, flow: Any, ctx: kinds.RequestContext) -> None:
        ctx.attributes["phigate.test.seen"] = True

    def on_responseheaders(self, flow: Any, ctx: kinds.RequestContext) -> None:
        pass

    def on_response(self, flow: Any, ctx: kinds.RequestContext) -> None:
        raise RuntimeError("injected handler failure")


class _Denier(_Boom):
    def on_request(self, flow: Any, ctx: kinds.RequestContext) -> None:
        # llm/mcp see the agent's grant (for attribution and per-grant vaults) but need none
        ok = ctx.subject == "alice@example.org" and ctx.policy.name == "test-policy" and bool(ctx.masker)
        ctx.deny(403 if ok else 418, "tool-not-allowed", f"grant={ctx.grant} masker={ctx.masker}")
        return
        ctx.deny(403, "tool-not-allowed", "ask for tools/call x to be allowed")


def test_kind_handlers(running: tuple[Sidecar, httpx.Client], sidecar_env: Env) -> None:
    url = f"http://127.0.0.1:{sidecar_env.web.port}/fhir/Patient/pat-1"
    saved = kinds.kind_handler(DestinationKind.MCP)
    try:
        kinds.unregister_kind_handler(DestinationKind.MCP)
        r = running[1].get(url)
        assert r.status_code == 502 and r.json()["reason"] == "no-handler"
        kinds.register_kind_handler(DestinationKind.MCP, _Boom())
        r = running[1].get(url)
        assert r.status_code == 502 and r.json()["reason"] == "sidecar-error"
        assert not [v for v in sidecar_env.web.all_phi() if v in r.text]
        kinds.register_kind_handler(DestinationKind.MCP, _Denier())
        r = running[1].get(url)
        assert r.status_code == 403 and r.json()["reason"] == "tool-not-allowed", r.text
        assert isinstance(_Denier(), kinds.KindHandler)
        with pytest.raises(ValueError):
            kinds.register_kind_handler(DestinationKind.PHI_SOURCE, _Boom())
    finally:
        kinds.unregister_kind_handler(DestinationKind.MCP)
        if saved is not None:
            kinds.register_kind_handler(DestinationKind.MCP, saved)


def test_spans_recorded_for_failures(
    running: tuple[Sidecar, httpx.Client],
    sidecar_env: Env,
    otlp: OTLPReceiver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every failure the sidecar answers is in the audit trail with its reason. The test causes its own
    (an engine failure, a failing kind handler, a missing one) under its own user agent, so it holds
    alone as well as after the other tests of this module."""
    from phigate.engine import Masker

    agent = f"faults-{uuid.uuid4().hex[:8]}"
    headers = {"user-agent": agent}
    client = running[1]
    web = f"http://127.0.0.1:{sidecar_env.web.port}/fhir/Patient/pat-1"
    with monkeypatch.context() as m:
        m.setattr(Masker, "mask_bytes", lambda *a, **k: 1 / 0)
        assert client.get(f"{sidecar_env.ehr.url}/Patient/pat-1", headers=headers).status_code == 502
    saved = kinds.kind_handler(DestinationKind.MCP)
    try:
        kinds.unregister_kind_handler(DestinationKind.MCP)
        assert client.get(web, headers=headers).status_code == 502
        kinds.register_kind_handler(DestinationKind.MCP, _Boom())
        assert client.get(web, headers=headers).status_code == 502
    finally:
        kinds.unregister_kind_handler(DestinationKind.MCP)
        if saved is not None:
            kinds.register_kind_handler(DestinationKind.MCP, saved)
    running[0].emitter.flush()
    def mine(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [s for s in spans if s["attributes"].get("user_agent.original") == agent]

    ours = mine(otlp.wait_for(lambda s: len(mine(s)) >= 3))
    assert {s["attributes"].get("phigate.decision") for s in ours} == {"error"}
    reasons = {s["attributes"].get("phigate.decision.reason") for s in ours}
    assert reasons == {"masking-failed", "sidecar-error", "no-handler"}
