"""MCP governance, pure: JSON-RPC parsing, the tool / resource allowlist, refusals, result masking.

Covers Streamable HTTP (POST of one message or a batch; the answer is JSON or an SSE stream of
JSON-RPC messages) and the legacy HTTP+SSE transport (answers arrive on the GET stream). A refused
call is answered with a JSON-RPC error carrying the reason, so the SDK raises something a person can
read. Results are masked per policy; content the engine cannot read (images, audio, binary blobs)
is withheld and replaced by a text note saying so.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from phigate.api.policy import MCPRules
from phigate.engine.types import Finding, MaskResult
from phigate_sidecar.ai.llm_formats import TEXT_MEDIA

POLICY_DENIED = -32001  # implementation-defined server error range of JSON-RPC 2.0
INVALID_REQUEST = -32600
PARSE_ERROR = -32700
# Results that describe the server rather than carry data: never masked (tool schemas stay intact).
UNMASKED_RESULTS = frozenset(
    {"initialize", "ping", "tools/list", "resources/list", "resources/templates/list", "prompts/list"}
)
_DOT_SEGMENT = re.compile(r"(^|/)(\.|%2e){1,2}(/|$)", re.IGNORECASE)
_STRUCTURAL = frozenset(
    {"type", "mimeType", "_meta", "annotations", "isError", "nextCursor", "jsonrpc", "id"}
)

MaskText = Callable[[str], MaskResult]


class MCPError(ValueError):
    """A body that is not JSON-RPC (the message says what is wrong)."""


@dataclass(frozen=True, slots=True)
class Call:
    """One JSON-RPC message of a request body."""

    id: Any
    method: str | None
    params: Any
    is_request: bool  # has an id: expects an answer

    @property
    def tool(self) -> str | None:
        if self.method == "tools/call" and isinstance(self.params, dict):
            name = self.params.get("name")
            return name if isinstance(name, str) else ""
        return None

    @property
    def uri(self) -> str | None:
        if self.method in ("resources/read", "resources/subscribe") and isinstance(self.params, dict):
            uri = self.params.get("uri")
            return uri if isinstance(uri, str) else ""
        return None


def parse_messages(body: bytes) -> tuple[list[Call], bool]:
    """A POST body -> (calls, is_batch); raises MCPError for anything but JSON-RPC objects."""
    try:
        doc = json.loads(body)
    except ValueError as exc:
        raise MCPError(f"MCP request body is not JSON: {exc}") from None
    batch = isinstance(doc, list)
    items = doc if batch else [doc]
    if batch and not items:
        raise MCPError("MCP request body is an empty JSON-RPC batch")
    calls = []
    for i, item in enumerate(items):
        where = f"message {i}" if batch else "message"
        if not isinstance(item, dict) or item.get("jsonrpc") != "2.0":
            raise MCPError(f"MCP {where} is not a JSON-RPC 2.0 object")
        method = item.get("method")
        if method is not None and not isinstance(method, str):
            raise MCPError(f"MCP {where}: method is not a string")
        calls.append(Call(item.get("id"), method, item.get("params"), "id" in item and method is not None))
    return calls, batch


def check_call(call: Call, rules: MCPRules | None, destination: str) -> str | None:
    """The refusal reason for one call under the destination's allowlist, or None when allowed."""
    tool = call.tool
    if tool is not None:
        allowed = (rules.allowed_tools if rules else None) or []
        if "*" in allowed or tool in allowed:
            return None
        listed = ", ".join(allowed) if allowed else "none"
        return f"tool {tool!r} is not allowed on MCP server {destination} (allowed tools: {listed})"
    uri = call.uri
    if uri is not None:
        prefixes = (rules.allowed_resources if rules else None) or []
        if _DOT_SEGMENT.search(uri):
            return f"resource URI {uri!r} has dot segments; phigate only allows normalised URIs"
        if "*" in prefixes or any(uri.startswith(p) for p in prefixes):
            return None
        listed = ", ".join(prefixes) if prefixes else "none"
        return f"resource {uri!r} is not allowed on MCP server {destination} (allowed prefixes: {listed})"
    return None


def error_message(id_: Any, code: int, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code, "message": message}
    if data:
        err["data"] = data
    return {"jsonrpc": "2.0", "id": id_, "error": err}


def refusal_body(calls: list[Call], batch: bool, refusals: dict[int, str], hint: str) -> bytes | None:
    """The JSON-RPC answer to a body with refused calls: each refused request gets its reason; in a
    batch the others are refused too (nothing of a batch is sent when part of it is refused).
    None when only notifications were refused (they get no answer)."""
    out = []
    for i, call in enumerate(calls):
        if not call.is_request:
            continue
        reason = refusals.get(i) or "refused with the rest of its batch: " + "; ".join(refusals.values())
        out.append(error_message(call.id, POLICY_DENIED, reason, {"phigate": "policy-denied", "hint": hint}))
    if not out:
        return None
    return json.dumps(out if batch else out[0]).encode()


def filter_listing(method: str | None, result: Any, rules: MCPRules | None) -> Any:
    """tools/list and resources/list show only what the allowlist permits (the agent is not tempted)."""
    if not isinstance(result, dict):
        return result
    if method == "tools/list" and isinstance(result.get("tools"), list):
        allowed = (rules.allowed_tools if rules else None) or []
        if "*" not in allowed:
            result["tools"] = [t for t in result["tools"] if isinstance(t, dict) and t.get("name") in allowed]
    if method == "resources/list" and isinstance(result.get("resources"), list):
        prefixes = (rules.allowed_resources if rules else None) or []
        if "*" not in prefixes:
            result["resources"] = [
                r
                for r in result["resources"]
                if isinstance(r, dict) and any(str(r.get("uri", "")).startswith(p) for p in prefixes)
            ]
    return result


@dataclass(slots=True)
class ResultMask:
    findings: list[Finding] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)  # what binary content was withheld


def _withheld_note(what: str) -> str:
    return f"[phigate: {what} withheld: the sidecar cannot inspect it for PHI]"


def mask_value(node: Any, mask: MaskText, out: ResultMask, key: str | None = None) -> Any:
    """Mask the strings of a result; binary content (data / blob) withheld unless it is text."""
    if isinstance(node, str):
        if key in _STRUCTURAL:
            return node
        r = mask(node)
        out.findings.extend(r.findings)
        return r.document
    if isinstance(node, list):
        return [mask_value(v, mask, out) for v in node]
    if not isinstance(node, dict):
        return node
    mime = str(node.get("mimeType", ""))
    result: dict[str, Any] = {}
    for k, v in node.items():
        if k in ("data", "blob") and isinstance(v, str) and ("mimeType" in node or k == "blob"):
            decoded = _text_payload(v, mime)
            if decoded is None:
                out.withheld.append(mime or "binary")
                if node.get("type") in ("image", "audio"):
                    return {"type": "text", "text": _withheld_note(f"{mime or node['type']} content")}
                result["text"] = _withheld_note(f"{mime or 'binary'} content")
                if "mimeType" in node:
                    result["mimeType"] = "text/plain"
                continue
            r = mask(decoded)
            out.findings.extend(r.findings)
            result[k] = base64.b64encode(r.document.encode("utf-8")).decode("ascii")
            continue
        result[k] = mask_value(v, mask, out, k)
    return result


def _text_payload(data: str, mime: str) -> str | None:
    if not TEXT_MEDIA.match(mime):
        return None
    try:
        return base64.b64decode(data, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None


def mask_message(
    msg: Any, methods: dict[Any, str], rules: MCPRules | None, mask: MaskText, out: ResultMask
) -> Any:
    """One JSON-RPC message from the server: results filtered / masked, server requests masked."""
    if not isinstance(msg, dict):
        return msg
    if "result" in msg:
        method = methods.get(msg.get("id"))
        result = filter_listing(method, msg["result"], rules)
        if method in UNMASKED_RESULTS or (method is None and _describes_server(result)):
            msg["result"] = result
        else:
            msg["result"] = mask_value(result, mask, out)
    elif "error" in msg and isinstance(msg["error"], dict):
        msg["error"] = mask_value(msg["error"], mask, out)
    elif "params" in msg:  # server -> client requests and notifications (sampling, logging, progress)
        msg["params"] = mask_value(msg["params"], mask, out)
    return msg


def _describes_server(result: Any) -> bool:
    """A result with no id we know (legacy SSE stream): listings and initialize stay unmasked."""
    if not isinstance(result, dict):
        return False
    keys = set(result) - {"nextCursor", "_meta"}
    return bool(keys) and (
        keys <= {"tools"}
        or keys <= {"resources"}
        or keys <= {"resourceTemplates"}
        or keys <= {"prompts"}
        or {"protocolVersion", "capabilities"} <= keys
    )
