"""MCP JSON-RPC parsing, allowlists, refusals and result masking (pure)."""

from __future__ import annotations

import base64
import json

import pytest
from phigate_sidecar.ai import mcp

from phigate.api.identifiers import Action, IdentifierType
from phigate.api.policy import MCPRules
from phigate.engine.types import Finding, MaskResult

RULES = MCPRules.model_validate({"allowedTools": ["search_notes"], "allowedResources": ["file:///notes/"]})


def _mask_word(word: str):
    """A deterministic engine stand-in for the pure module only: masks one known word."""

    def mask(text: str) -> MaskResult:
        if word not in text:
            return MaskResult(text, [])
        i = text.index(word)
        f = Finding(IdentifierType.NAME, Action.REDACT, "test", start=i, end=i + len(word))
        return MaskResult(text.replace(word, "[NAME]"), [f])

    return mask


def _call(method: str, params: dict, id_: int | None = 1) -> bytes:
    msg = {"jsonrpc": "2.0", "method": method, "params": params}
    if id_ is not None:
        msg["id"] = id_
    return json.dumps(msg).encode()


def test_parse_single_and_batch():
    calls, batch = mcp.parse_messages(_call("tools/call", {"name": "search_notes", "arguments": {}}))
    assert not batch and calls[0].tool == "search_notes" and calls[0].is_request
    body = json.dumps(
        [json.loads(_call("ping", {}, 1)), json.loads(_call("notifications/initialized", {}, None))]
    )
    calls, batch = mcp.parse_messages(body.encode())
    assert batch and [c.is_request for c in calls] == [True, False]


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"not json", "not JSON"),
        (b"[]", "empty JSON-RPC batch"),
        (b'{"method": "x"}', "not a JSON-RPC 2.0 object"),
        (b'[{"jsonrpc": "2.0", "id": 1, "method": 5}]', "method is not a string"),
    ],
)
def test_parse_rejects_bad_bodies(body, why):
    with pytest.raises(mcp.MCPError, match=why):
        mcp.parse_messages(body)


def test_allowlist_tools_and_resources():
    def check(raw: bytes) -> str | None:
        return mcp.check_call(mcp.parse_messages(raw)[0][0], RULES, "notes-mcp")

    assert check(_call("tools/call", {"name": "search_notes"})) is None
    assert "tool 'delete_chart' is not allowed on MCP server notes-mcp" in check(
        _call("tools/call", {"name": "delete_chart"})
    )
    assert check(_call("resources/read", {"uri": "file:///notes/a.txt"})) is None
    assert "not allowed" in check(_call("resources/read", {"uri": "file:///etc/passwd"}))
    assert "dot segments" in check(_call("resources/read", {"uri": "file:///notes/../etc/passwd"}))
    assert "dot segments" in check(_call("resources/read", {"uri": "file:///notes/%2E%2E/x"}))
    assert check(_call("tools/list", {})) is None
    assert "allowed tools: none" in mcp.check_call(
        mcp.parse_messages(_call("tools/call", {"name": "x"}))[0][0], None, "d"
    )


def test_refusal_body_single_and_batch():
    calls, batch = mcp.parse_messages(_call("tools/call", {"name": "delete_chart"}, 7))
    body = json.loads(mcp.refusal_body(calls, batch, {0: "tool not allowed"}, "ask"))
    assert body["id"] == 7 and body["error"]["code"] == mcp.POLICY_DENIED
    assert body["error"]["message"] == "tool not allowed"
    raw = json.dumps([json.loads(_call("ping", {}, 1)), json.loads(_call("tools/call", {"name": "x"}, 2))])
    calls, batch = mcp.parse_messages(raw.encode())
    out = json.loads(mcp.refusal_body(calls, batch, {1: "no x"}, "ask"))
    assert [m["id"] for m in out] == [1, 2]
    assert out[0]["error"]["message"].startswith("refused with the rest of its batch")
    calls, batch = mcp.parse_messages(_call("notifications/x", {}, None))
    assert mcp.refusal_body(calls, batch, {0: "no"}, "ask") is None


def test_tools_list_filtered_and_result_masked():
    out = mcp.ResultMask()
    listing = {
        "jsonrpc": "2.0",
        "id": 1,
        "result": {"tools": [{"name": "search_notes"}, {"name": "delete_chart"}]},
    }
    got = mcp.mask_message(listing, {1: "tools/list"}, RULES, _mask_word("Zed"), out)
    assert [t["name"] for t in got["result"]["tools"]] == ["search_notes"]
    result = {
        "jsonrpc": "2.0",
        "id": 2,
        "result": {
            "content": [
                {"type": "text", "text": "Zed was seen"},
                {"type": "image", "data": "iVBORw0KGgo=", "mimeType": "image/png"},
            ],
            "isError": False,
        },
    }
    got = mcp.mask_message(result, {2: "tools/call"}, RULES, _mask_word("Zed"), out)
    assert got["result"]["content"][0]["text"] == "[NAME] was seen"
    assert got["result"]["content"][1]["type"] == "text" and "withheld" in got["result"]["content"][1]["text"]
    assert len(out.findings) == 1 and out.withheld == ["image/png"]


def test_resource_blob_text_masked_binary_withheld():
    out = mcp.ResultMask()
    blob = base64.b64encode(b"note on Zed").decode()
    msg = {
        "jsonrpc": "2.0",
        "id": 3,
        "result": {
            "contents": [
                {"uri": "file:///notes/a", "mimeType": "text/plain", "blob": blob},
                {"uri": "file:///notes/b", "mimeType": "application/pdf", "blob": "JVBERi0="},
            ]
        },
    }
    got = mcp.mask_message(msg, {3: "resources/read"}, RULES, _mask_word("Zed"), out)
    first, second = got["result"]["contents"]
    assert base64.b64decode(first["blob"]) == b"note on [NAME]"
    assert "blob" not in second and "withheld" in second["text"] and second["mimeType"] == "text/plain"


def test_unknown_id_initialize_left_alone():
    out = mcp.ResultMask()
    msg = {
        "jsonrpc": "2.0",
        "id": 9,
        "result": {"protocolVersion": "2025-06-18", "capabilities": {}, "serverInfo": {"name": "Zed"}},
    }
    got = mcp.mask_message(msg, {}, RULES, _mask_word("Zed"), out)
    assert got["result"]["serverInfo"]["name"] == "Zed"
