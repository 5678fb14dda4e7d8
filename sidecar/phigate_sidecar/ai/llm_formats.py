"""Where the text of an LLM request lives, per vendor API: pure, no masking, no I/O.

`parse_request(path, query, body)` finds every string a prompt carries (system, user, assistant,
tool calls and results, inline text documents) as JSON paths, and every part the sidecar cannot
read (images, PDFs, audio, remote files) so the caller can refuse them. An unknown JSON shape falls
back to every string except a few structural keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

Path = tuple[str | int, ...]
Encoding = Literal["text", "json", "base64"]

OPENAI_CHAT = "openai-chat"
OPENAI_RESPONSES = "openai-responses"
ANTHROPIC = "anthropic"
GEMINI = "gemini"
GENERIC = "generic"

_GEMINI_PATH = re.compile(r"/models/([^/:]+):(stream)?[gG]enerateContent$")
_AZURE_DEPLOYMENT = re.compile(r"/openai/deployments/([^/]+)/")
# Structural keys an unknown JSON shape never carries prose in.
GENERIC_SKIP_KEYS = frozenset(
    {"model", "role", "type", "object", "stream", "anthropic_version", "encoding_format"}
)
# Top-level keys each format's parser reads itself; every other key is scanned string by string, except
# generation settings and tool schemas (no prose about patients, and masking them would break requests).
HANDLED_KEYS = {
    "openai-chat": frozenset({"messages", "prediction"}),
    "openai-responses": frozenset({"input", "instructions"}),
    "anthropic": frozenset({"messages", "system"}),
    "gemini": frozenset({"contents", "systemInstruction", "system_instruction"}),
}
CONFIG_KEYS = frozenset(
    {
        "tools",
        "functions",
        "tool_choice",
        "function_call",
        "response_format",
        "text",
        "reasoning",
        "reasoning_effort",
        "thinking",
        "generationConfig",
        "generation_config",
        "safetySettings",
        "safety_settings",
        "toolConfig",
        "tool_config",
        "service_tier",
        "modalities",
        "stream_options",
        "logit_bias",
        "include",
        "previous_response_id",
        "cachedContent",
    }
)
TEXT_MEDIA = re.compile(r"^(text/[-+.\w]+|application/(json|xml|x-ndjson|csv|[-.\w]+\+json|[-.\w]+\+xml))\b")


@dataclass(frozen=True, slots=True)
class TextRef:
    """A string to scan: where, whose turn, and how it is encoded (JSON text, base64 text)."""

    path: Path
    role: str = ""
    encoding: Encoding = "text"


@dataclass(frozen=True, slots=True)
class OpaqueRef:
    """Content the sidecar cannot inspect (an image, a PDF, a remote file)."""

    path: Path
    what: str


@dataclass(slots=True)
class LLMRequest:
    format: str
    model: str | None = None
    stream: bool = False
    sse: bool = False  # the answer will be text/event-stream
    texts: list[TextRef] = field(default_factory=list)
    opaque: list[OpaqueRef] = field(default_factory=list)


def path_str(path: Path) -> str:
    """$.messages[0].content[1].text — for error messages and audit (no values)."""
    out = "$"
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def detect_format(path: str, body: Any) -> str:
    """The API a request speaks, from its path and the shape of its JSON body."""
    if not isinstance(body, dict):
        return GENERIC
    if _GEMINI_PATH.search(path) and isinstance(body.get("contents"), list):
        return GEMINI
    messages = body.get("messages")
    if path.endswith("/chat/completions") and isinstance(messages, list):
        return OPENAI_CHAT
    if path.endswith("/responses") and ("input" in body or "instructions" in body):
        return OPENAI_RESPONSES
    anthropic_path = path.endswith("/messages") or re.search(
        r":(stream)?[rR]awPredict$|/invoke(-with-response-stream)?$", path
    )
    if (
        anthropic_path
        and isinstance(messages, list)
        and ("anthropic_version" in body or path.endswith("/messages"))
    ):
        return ANTHROPIC
    return GENERIC


def error_format(path: str, vendor_api: str = "") -> str:
    """Which vendor error shape a refusal should take, before (or without) reading the body."""
    if _GEMINI_PATH.search(path) or vendor_api == GEMINI:
        return GEMINI
    if path.endswith("/messages") or vendor_api == ANTHROPIC:
        return ANTHROPIC
    return OPENAI_CHAT


def parse_request(path: str, query: dict[str, str], body: Any) -> LLMRequest:
    fmt = detect_format(path, body)
    req = LLMRequest(fmt)
    if isinstance(body, dict):
        model = body.get("model")
        req.model = model if isinstance(model, str) else None
        req.stream = body.get("stream") is True
    if fmt == GEMINI:
        m = _GEMINI_PATH.search(path)
        assert m is not None
        req.model = m.group(1)
        req.stream = m.group(2) is not None
        req.sse = req.stream and query.get("alt") == "sse"
        _gemini(body, req)
    elif fmt == OPENAI_CHAT:
        _openai_chat(body, req)
    elif fmt == OPENAI_RESPONSES:
        _openai_responses(body, req)
    elif fmt == ANTHROPIC:
        _anthropic(body, req)
    else:
        req.texts.extend(TextRef(p) for p in _strings(body, (), GENERIC_SKIP_KEYS))
    if fmt != GENERIC and isinstance(body, dict):
        handled = HANDLED_KEYS[fmt] | CONFIG_KEYS | GENERIC_SKIP_KEYS
        for key, value in body.items():
            if key not in handled:
                req.texts.extend(TextRef(p, "other") for p in _strings(value, (key,), GENERIC_SKIP_KEYS))
    if req.model is None and (m := _AZURE_DEPLOYMENT.search(path)):
        req.model = m.group(1)
    if fmt != GEMINI:
        req.sse = req.stream
    return req


def _strings(node: Any, path: Path, skip: frozenset[str] = frozenset()) -> Iterator[Path]:
    """Every string under node (for tool arguments objects and unknown shapes)."""
    if isinstance(node, str):
        yield path
    elif isinstance(node, dict):
        for k, v in node.items():
            if k not in skip:
                yield from _strings(v, (*path, k), skip)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _strings(v, (*path, i), skip)


def _text(req: LLMRequest, node: Any, path: Path, role: str, encoding: Encoding = "text") -> None:
    if isinstance(node, str):
        req.texts.append(TextRef(path, role, encoding))


# ---- OpenAI Chat Completions -------------------------------------------------------------------


def _openai_parts(req: LLMRequest, content: Any, path: Path, role: str) -> None:
    if isinstance(content, str):
        req.texts.append(TextRef(path, role))
        return
    if not isinstance(content, list):
        return
    for i, part in enumerate(content):
        p = (*path, i)
        if isinstance(part, str):
            req.texts.append(TextRef(p, role))
            continue
        if not isinstance(part, dict):
            continue
        kind = part.get("type")
        if kind in ("text", "input_text", "output_text", "refusal"):
            _text(
                req,
                part.get("text", part.get("refusal")),
                (*p, "text" if "text" in part else "refusal"),
                role,
            )
        elif kind in ("image_url", "input_image"):
            req.opaque.append(OpaqueRef(p, "an image"))
        elif kind in ("input_audio", "audio"):
            req.opaque.append(OpaqueRef(p, "audio"))
        elif kind in ("file", "input_file"):
            f = part.get("file", part)
            if isinstance(f, dict) and (f.get("file_data") or f.get("file_url")):
                req.opaque.append(OpaqueRef(p, "a file"))
        else:
            req.texts.extend(TextRef(sp, role) for sp in _strings(part, p, frozenset({"type"})))


def _openai_chat(body: dict[str, Any], req: LLMRequest) -> None:
    for i, msg in enumerate(body.get("messages") or []):
        if not isinstance(msg, dict):
            continue
        role = str(msg.get("role", ""))
        base = ("messages", i)
        _openai_parts(req, msg.get("content"), (*base, "content"), role)
        _text(req, msg.get("name"), (*base, "name"), role)
        for j, call in enumerate(msg.get("tool_calls") or []):
            if isinstance(call, dict) and isinstance(call.get("function"), dict):
                _text(
                    req,
                    call["function"].get("arguments"),
                    (*base, "tool_calls", j, "function", "arguments"),
                    role,
                    "json",
                )
        fc = msg.get("function_call")
        if isinstance(fc, dict):
            _text(req, fc.get("arguments"), (*base, "function_call", "arguments"), role, "json")
    prediction = body.get("prediction")
    if isinstance(prediction, dict):
        _openai_parts(req, prediction.get("content"), ("prediction", "content"), "prediction")


# ---- OpenAI Responses --------------------------------------------------------------------------

_RESPONSES_STRUCTURAL = frozenset({"type", "id", "call_id", "status", "role", "name"})


def _openai_responses(body: dict[str, Any], req: LLMRequest) -> None:
    _text(req, body.get("instructions"), ("instructions",), "system")
    inp = body.get("input")
    if isinstance(inp, str):
        req.texts.append(TextRef(("input",), "user"))
        return
    for i, item in enumerate(inp if isinstance(inp, list) else []):
        p = ("input", i)
        if not isinstance(item, dict):
            continue
        kind = item.get("type", "message")
        role = str(item.get("role", kind))
        if kind == "message":
            _openai_parts(req, item.get("content"), (*p, "content"), role)
        elif kind in ("function_call", "custom_tool_call"):
            key = "arguments" if kind == "function_call" else "input"
            _text(req, item.get(key), (*p, key), "assistant", "json" if kind == "function_call" else "text")
        elif kind in ("function_call_output", "custom_tool_call_output"):
            out = item.get("output")
            if isinstance(out, list):
                _openai_parts(req, out, (*p, "output"), "tool")
            else:
                _text(req, out, (*p, "output"), "tool")
        elif kind == "reasoning":
            for j, s in enumerate(item.get("summary") or []):
                if isinstance(s, dict):
                    _text(req, s.get("text"), (*p, "summary", j, "text"), "assistant")
        elif kind == "computer_call_output":
            req.opaque.append(OpaqueRef(p, "a screenshot"))
        elif kind == "item_reference":
            continue
        else:
            req.texts.extend(
                TextRef(sp, role) for sp in _strings(item, p, _RESPONSES_STRUCTURAL | {"encrypted_content"})
            )


# ---- Anthropic Messages ------------------------------------------------------------------------


def _anthropic_source(req: LLMRequest, src: Any, path: Path, role: str) -> None:
    if not isinstance(src, dict):
        return
    kind = src.get("type")
    media = str(src.get("media_type", ""))
    if kind == "text":
        _text(req, src.get("data"), (*path, "data"), role)
    elif kind == "base64" and TEXT_MEDIA.match(media):
        _text(req, src.get("data"), (*path, "data"), role, "base64")
    elif kind == "content":
        _anthropic_blocks(req, src.get("content"), (*path, "content"), role)
    else:
        req.opaque.append(OpaqueRef(path, f"a {media or kind or 'binary'} source"))


def _anthropic_blocks(req: LLMRequest, content: Any, path: Path, role: str) -> None:
    if isinstance(content, str):
        req.texts.append(TextRef(path, role))
        return
    for i, block in enumerate(content if isinstance(content, list) else []):
        p = (*path, i)
        if not isinstance(block, dict):
            continue
        kind = block.get("type")
        if kind == "text":
            _text(req, block.get("text"), (*p, "text"), role)
        elif kind == "image":
            req.opaque.append(OpaqueRef(p, "an image"))
        elif kind == "document":
            _anthropic_source(req, block.get("source"), (*p, "source"), role)
            _text(req, block.get("title"), (*p, "title"), role)
            _text(req, block.get("context"), (*p, "context"), role)
        elif kind in ("tool_use", "server_tool_use"):
            req.texts.extend(TextRef(sp, role) for sp in _strings(block.get("input"), (*p, "input")))
        elif kind == "tool_result":
            _anthropic_blocks(req, block.get("content"), (*p, "content"), "tool")
        elif kind in ("thinking", "redacted_thinking"):
            continue  # the vendor's own signed reasoning over already-masked input
        else:
            req.texts.extend(
                TextRef(sp, role)
                for sp in _strings(block, p, frozenset({"type", "id", "tool_use_id", "signature"}))
            )


def _anthropic(body: dict[str, Any], req: LLMRequest) -> None:
    _anthropic_blocks(req, body.get("system"), ("system",), "system")
    for i, msg in enumerate(body.get("messages") or []):
        if isinstance(msg, dict):
            _anthropic_blocks(req, msg.get("content"), ("messages", i, "content"), str(msg.get("role", "")))


# ---- Google Gemini / Vertex --------------------------------------------------------------------


def _gemini_parts(req: LLMRequest, content: Any, path: Path, role: str) -> None:
    if not isinstance(content, dict):
        return
    for j, part in enumerate(content.get("parts") or []):
        p = (*path, "parts", j)
        if not isinstance(part, dict):
            continue
        _text(req, part.get("text"), (*p, "text"), role)
        inline = part.get("inlineData") or part.get("inline_data")
        if isinstance(inline, dict):
            key = "inlineData" if "inlineData" in part else "inline_data"
            mime = str(inline.get("mimeType", inline.get("mime_type", "")))
            if TEXT_MEDIA.match(mime):
                _text(req, inline.get("data"), (*p, key, "data"), role, "base64")
            else:
                req.opaque.append(OpaqueRef((*p, key), f"inline {mime or 'binary'} data"))
        if "fileData" in part or "file_data" in part:
            req.opaque.append(OpaqueRef(p, "a remote file"))
        for key in ("functionCall", "function_call"):
            if isinstance(part.get(key), dict):
                req.texts.extend(
                    TextRef(sp, role) for sp in _strings(part[key].get("args"), (*p, key, "args"))
                )
        for key in ("functionResponse", "function_response"):
            if isinstance(part.get(key), dict):
                req.texts.extend(
                    TextRef(sp, "tool") for sp in _strings(part[key].get("response"), (*p, key, "response"))
                )
        for key, sub in (("executableCode", "code"), ("codeExecutionResult", "output")):
            if isinstance(part.get(key), dict):
                _text(req, part[key].get(sub), (*p, key, sub), role)


def _gemini(body: dict[str, Any], req: LLMRequest) -> None:
    for key in ("systemInstruction", "system_instruction"):
        _gemini_parts(req, body.get(key), (key,), "system")
    for i, content in enumerate(body.get("contents") or []):
        if isinstance(content, dict):
            _gemini_parts(req, content, ("contents", i), str(content.get("role", "user")))
