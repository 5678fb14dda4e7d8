"""MCP through the real sidecar: the official `mcp` SDK as client and server over Streamable HTTP."""

from __future__ import annotations

import json

import anyio
import httpx2
import pytest
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.server.mcpserver import MCPServer
from mcp.shared.exceptions import MCPError

from tests.sidecar.ai.harness import AIStack

# Synthetic patient data served by the MCP server (never real PHI).
PATIENT = "Ottoline Vasquez-Brandt"
MRN = "MRN 48213377"
RECEIVED: list[dict] = []


def build_server() -> MCPServer:
    srv = MCPServer("clinic-notes")

    @srv.tool()
    def search_notes(query: str) -> str:
        """Search clinic notes."""
        RECEIVED.append({"tool": "search_notes", "query": query})
        return f"Note for {query}: {PATIENT} ({MRN}) seen on 02/11/2026, phone (617) 555-0199."

    @srv.tool()
    def delete_chart(chart_id: str) -> str:
        """Delete a chart (never allowed for agents)."""
        RECEIVED.append({"tool": "delete_chart", "chart_id": chart_id})
        return "deleted"

    @srv.resource("notes://clinic/1", mime_type="text/plain")
    def note_one() -> str:
        return f"Discharge summary for {PATIENT}."

    @srv.resource("secrets://vault/db", mime_type="text/plain")
    def db_secret() -> str:
        return "postgres://svc:hunter2hunter2@db/ehr"

    return srv


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    s = AIStack.start(tmp_path_factory.mktemp("ai-mcp"), mcp_app=build_server().streamable_http_app())
    yield s
    s.stop()


def _client(stack: AIStack) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(proxy=stack.proxy, verify=stack.ssl_context(), timeout=20)


async def _session_run(stack: AIStack, fn):
    async with (
        _client(stack) as http,
        streamable_http_client(f"http://127.0.0.1:{stack.mcp_port}/mcp", http_client=http) as streams,
        ClientSession(streams[0], streams[1]) as session,
    ):
        await session.initialize()
        return await fn(session)


def run(stack: AIStack, fn):
    return anyio.run(_session_run, stack, fn)


def test_allowed_tool_result_masked_and_arguments_tokenized(stack):
    RECEIVED.clear()

    async def go(session):
        tools = await session.list_tools()
        result = await session.call_tool("search_notes", {"query": f"visits of {PATIENT}"})
        return tools, result

    tools, result = run(stack, go)
    assert [t.name for t in tools.tools] == ["search_notes"]  # delete_chart hidden by the allowlist
    text = result.content[0].text
    assert PATIENT not in text and "48213377" not in text and "555-0199" not in text
    assert "Note for" in text
    assert PATIENT not in json.dumps(result.structured_content)
    # the argument left the sidecar with a placeholder in place of the name
    assert RECEIVED and PATIENT not in RECEIVED[-1]["query"] and "<NAME_" in RECEIVED[-1]["query"]

    def streamed_calls(spans: list) -> list:
        return [
            s
            for s in spans
            if s["attributes"].get("phigate.mcp.tool") == "search_notes"
            and "phigate.mcp.streamed" in s["attributes"]
        ]

    # the span of the SSE response that carried the result is recorded when that stream ends, which may
    # be after the session's other spans: wait for it, not for whichever search_notes span came last
    call = streamed_calls(stack.receiver.wait_for(lambda ss: bool(streamed_calls(ss)), 30.0))[-1]
    spans = stack.spans_for("notes-mcp", n=3)
    assert call["attributes"]["phigate.mcp.method"] == "tools/call"
    events = [e for e in call["events"] if e["name"] == "phigate.mcp.call"]
    assert events and PATIENT not in events[0]["attributes"]["phigate.body"]
    assert call["attributes"]["phigate.phi.masked_count"] >= 1
    assert call["attributes"]["phigate.mcp.streamed"] is True  # the SDK server answered over SSE
    for s in spans:
        assert PATIENT not in json.dumps(s["raw"])


def test_disallowed_tool_gets_jsonrpc_error_with_reason(stack):
    RECEIVED.clear()

    async def go(session):
        with pytest.raises(MCPError) as exc:
            await session.call_tool("delete_chart", {"chart_id": "c-1"})
        return exc.value

    err = run(stack, go)
    assert "tool 'delete_chart' is not allowed on MCP server notes-mcp" in str(err)
    assert RECEIVED == []  # the server never saw the call

    def denied(spans):  # the span is exported after the answer (the emitter lingers): wait for it
        return [s for s in spans if s["attributes"].get("phigate.mcp.tool") == "delete_chart"]

    span = denied(stack.receiver.wait_for(lambda ss: bool(denied(ss)), 30.0))[-1]
    assert span["attributes"]["phigate.decision"] == "deny"


def test_resources_allowlisted_by_prefix_and_masked(stack):
    async def go(session):
        ok = await session.read_resource("notes://clinic/1")
        with pytest.raises(MCPError) as exc:
            await session.read_resource("secrets://vault/db")
        return ok, exc.value

    ok, err = run(stack, go)
    assert ok.contents[0].text.startswith("Discharge summary for ") and PATIENT not in ok.contents[0].text
    assert "resource 'secrets://vault/db' is not allowed" in str(err)


def test_batch_with_a_refused_call_is_refused_whole(stack):
    body = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "tools/call",
            "params": {"name": "search_notes", "arguments": {"query": "a"}},
        },
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "delete_chart", "arguments": {}},
        },
    ]
    RECEIVED.clear()
    with stack.httpx_client() as c:
        r = c.post(
            f"http://127.0.0.1:{stack.mcp_port}/mcp",
            json=body,
            headers={"accept": "application/json, text/event-stream"},
        )
    assert r.status_code == 200
    out = r.json()
    assert [m["id"] for m in out] == [1, 2]
    assert "refused with the rest of its batch" in out[0]["error"]["message"]
    assert "delete_chart" in out[1]["error"]["message"]
    assert RECEIVED == []


def test_not_jsonrpc_is_refused(stack):
    with stack.httpx_client() as c:
        r = c.post(
            f"http://127.0.0.1:{stack.mcp_port}/mcp",
            content=b"{not json",
            headers={"content-type": "application/json"},
        )
    assert r.status_code == 400 and r.json()["error"]["code"] == -32700
