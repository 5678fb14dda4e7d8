"""Re-identify a vendor's answer: placeholders back to the values, in JSON and in SSE streams.

Streams are rewritten event by event. Text deltas go through one IncrementalRestorer per channel
(a choice, a content block, an output item), so a placeholder split across events is restored and
only its possible beginning waits. When a channel ends while text is held, the held text is sent in
a delta event built from that channel's last delta, just before the event that ended it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from phigate_sidecar.ai.placeholders import (
    Escape,
    IncrementalRestorer,
    Lookup,
    json_string_escape,
    no_escape,
    restore_text,
)
from phigate_sidecar.ai.sse import SSEEvent, SSEFramer, parse_event

# Keys whose string value is itself JSON: a restored value must be escaped for it.
JSON_TEXT_KEYS = frozenset({"arguments", "partial_json"})
# Signed model reasoning: changing it breaks the signature the client sends back, so never touched.
UNTOUCHED_KEYS = frozenset({"thinking", "signature", "encrypted_content", "redacted_thinking"})

Path = tuple[str | int, ...]
ALL = "*"


def restore_json(value: Any, lookup: Lookup, skip: frozenset[Path] = frozenset()) -> tuple[Any, int]:
    """Restore every string of a JSON value in place (skip: paths handled elsewhere). Returns (value, n)."""
    total = 0

    def walk(node: Any, path: Path, escape: Escape) -> Any:
        nonlocal total
        if isinstance(node, str):
            if path in skip:
                return node
            out, n = restore_text(node, lookup, escape)
            total += n
            return out
        if isinstance(node, dict):
            for k in list(node):
                if k in UNTOUCHED_KEYS:
                    continue
                node[k] = walk(node[k], (*path, k), json_string_escape if k in JSON_TEXT_KEYS else no_escape)
            return node
        if isinstance(node, list):
            for i, item in enumerate(node):
                node[i] = walk(item, (*path, i), escape)
            return node
        return node

    return walk(value, (), no_escape), total


def restore_json_bytes(body: bytes, lookup: Lookup) -> tuple[bytes, int]:
    """A whole JSON answer (or a JSON array of stream chunks); raises ValueError if it is not JSON."""
    doc = json.loads(body)
    doc, n = restore_json(doc, lookup)
    if n == 0:
        return body, 0
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), n


@dataclass(frozen=True, slots=True)
class DeltaSlot:
    """Where one text delta lives in an event: its channel, JSON path and escaping."""

    channel: Hashable
    path: Path
    escape: Escape = no_escape


def _get(obj: Any, path: Path) -> Any:
    for p in path:
        obj = obj[p]
    return obj


def _set(obj: Any, path: Path, value: Any) -> None:
    _get(obj, path[:-1])[path[-1]] = value


def _dig(obj: Any, *keys: str | int) -> Any:
    for k in keys:
        if isinstance(k, int):
            if not isinstance(obj, list) or k >= len(obj):
                return None
        elif not isinstance(obj, dict):
            return None
        obj = obj[k] if isinstance(k, int) else obj.get(k)
    return obj


# ---- per-vendor stream shapes: (event name, JSON) -> delta slots, channels to flush -------------

SlotFn = Callable[[str | None, Any], list[DeltaSlot]]
FlushFn = Callable[[str | None, Any], "list[Hashable] | str"]


def _openai_chat_slots(_ev: str | None, obj: Any) -> list[DeltaSlot]:
    slots: list[DeltaSlot] = []
    for ci, choice in enumerate(_dig(obj, "choices") or []):
        idx = choice.get("index", ci) if isinstance(choice, dict) else ci
        delta = _dig(choice, "delta")
        if not isinstance(delta, dict):
            continue
        for key in ("content", "refusal", "reasoning_content"):
            if isinstance(delta.get(key), str):
                slots.append(DeltaSlot(("chat", idx, key), ("choices", ci, "delta", key)))
        for ti, call in enumerate(delta.get("tool_calls") or []):
            if isinstance(_dig(call, "function", "arguments"), str):
                tidx = call.get("index", ti)
                slots.append(
                    DeltaSlot(
                        ("tool", idx, tidx),
                        ("choices", ci, "delta", "tool_calls", ti, "function", "arguments"),
                        json_string_escape,
                    )
                )
    return slots


def _openai_chat_flush(_ev: str | None, obj: Any) -> list[Hashable] | str:
    choices = _dig(obj, "choices")
    if not choices:
        return ALL if isinstance(obj, dict) and "usage" in obj else []
    done = [
        c.get("index", i) for i, c in enumerate(choices) if isinstance(c, dict) and c.get("finish_reason")
    ]
    return [("choice", i) for i in done]


def _anthropic_slots(_ev: str | None, obj: Any) -> list[DeltaSlot]:
    if _dig(obj, "type") != "content_block_delta":
        return []
    idx = obj.get("index", 0)
    dtype = _dig(obj, "delta", "type")
    if dtype == "text_delta" and isinstance(_dig(obj, "delta", "text"), str):
        return [DeltaSlot(("block", idx), ("delta", "text"))]
    if dtype == "input_json_delta" and isinstance(_dig(obj, "delta", "partial_json"), str):
        return [DeltaSlot(("block", idx), ("delta", "partial_json"), json_string_escape)]
    return []


def _anthropic_flush(_ev: str | None, obj: Any) -> list[Hashable] | str:
    kind = _dig(obj, "type")
    if kind == "content_block_stop":
        return [("block", obj.get("index", 0))]
    if kind in ("message_delta", "message_stop", "error"):
        return ALL
    return []


def _gemini_slots(_ev: str | None, obj: Any) -> list[DeltaSlot]:
    slots: list[DeltaSlot] = []
    for ci, cand in enumerate(_dig(obj, "candidates") or []):
        idx = cand.get("index", ci) if isinstance(cand, dict) else ci
        for pi, part in enumerate(_dig(cand, "content", "parts") or []):
            if isinstance(part, dict) and isinstance(part.get("text"), str) and not part.get("thought"):
                slots.append(DeltaSlot(("cand", idx), ("candidates", ci, "content", "parts", pi, "text")))
    return slots


def _gemini_flush(_ev: str | None, obj: Any) -> list[Hashable] | str:
    done = [
        c.get("index", i)
        for i, c in enumerate(_dig(obj, "candidates") or [])
        if isinstance(c, dict) and c.get("finishReason")
    ]
    return [("cand", i) for i in done]


_RESPONSES_DELTAS = {
    "response.output_text.delta": ("text", no_escape),
    "response.refusal.delta": ("refusal", no_escape),
    "response.function_call_arguments.delta": ("args", json_string_escape),
}
_RESPONSES_DONE = {
    "response.output_text.done": "text",
    "response.refusal.done": "refusal",
    "response.function_call_arguments.done": "args",
}


def _responses_channel(kind: str, obj: dict[str, Any]) -> Hashable:
    return (kind, obj.get("output_index", 0), obj.get("content_index", 0) if kind != "args" else 0)


def _responses_slots(_ev: str | None, obj: Any) -> list[DeltaSlot]:
    spec = _RESPONSES_DELTAS.get(_dig(obj, "type") or "")
    if spec is None or not isinstance(obj.get("delta"), str):
        return []
    return [DeltaSlot(_responses_channel(spec[0], obj), ("delta",), spec[1])]


def _responses_flush(_ev: str | None, obj: Any) -> list[Hashable] | str:
    kind = _dig(obj, "type") or ""
    if kind in _RESPONSES_DONE:
        return [_responses_channel(_RESPONSES_DONE[kind], obj)]
    if kind in ("response.completed", "response.failed", "response.incomplete", "error"):
        return ALL
    return []


def _no_slots(_ev: str | None, _obj: Any) -> list[DeltaSlot]:
    return []


def _no_flush(_ev: str | None, _obj: Any) -> list[Hashable] | str:
    return []


STREAM_FORMATS: dict[str, tuple[SlotFn, FlushFn]] = {
    "openai-chat": (_openai_chat_slots, _openai_chat_flush),
    "openai-responses": (_responses_slots, _responses_flush),
    "anthropic": (_anthropic_slots, _anthropic_flush),
    "gemini": (_gemini_slots, _gemini_flush),
    "generic": (_no_slots, _no_flush),
}


def _channel_matches(channel: Hashable, target: Hashable) -> bool:
    """OpenAI's finish flushes every channel of a choice: ("choice", i) matches ("chat"|"tool", i, ...)."""
    if channel == target:
        return True
    if isinstance(target, tuple) and target[:1] == ("choice",) and isinstance(channel, tuple):
        return channel[0] in ("chat", "tool") and channel[1] == target[1]
    return False


class SSERestorer:
    """Rewrite an SSE answer chunk by chunk; `feed(bytes) -> bytes`, then `finish() -> bytes`."""

    def __init__(self, fmt: str, lookup: Lookup) -> None:
        self._slots_of, self._flush_of = STREAM_FORMATS.get(fmt, STREAM_FORMATS["generic"])
        self._lookup = lookup
        self._framer = SSEFramer()
        self._restorers: dict[Hashable, IncrementalRestorer] = {}
        self._templates: dict[Hashable, tuple[SSEEvent, Any, DeltaSlot]] = {}
        self._other_restored = 0

    @property
    def restored(self) -> int:
        """Placeholders restored so far (for the audit record)."""
        return self._other_restored + sum(r.restored for r in self._restorers.values())

    def feed(self, chunk: bytes) -> bytes:
        return b"".join(self._event(raw) for raw in self._framer.feed(chunk))

    def finish(self) -> bytes:
        """End of stream: an unterminated last event, then whatever text channels still hold."""
        out = b""
        rest = self._framer.rest()
        if rest.strip():
            out += self._event(rest)
        return out + self._flush(ALL, None)

    # -- internals -----------------------------------------------------------------------------

    def _restorer(self, slot: DeltaSlot) -> IncrementalRestorer:
        r = self._restorers.get(slot.channel)
        if r is None:
            r = self._restorers[slot.channel] = IncrementalRestorer(self._lookup, slot.escape)
        return r

    def _flush(self, targets: list[Hashable] | str, skip: set[Hashable] | None) -> bytes:
        """Synthesise delta events for channels that end while holding text (not those in `skip`)."""
        out = b""
        for channel, restorer in self._restorers.items():
            if not restorer.held or (skip and channel in skip):
                continue
            if targets != ALL and not any(_channel_matches(channel, t) for t in targets):
                continue
            text = restorer.flush()
            ev, obj, slot = self._templates[channel]
            synth = copy.deepcopy(obj)
            _set(synth, slot.path, text)
            out += ev.with_data(json.dumps(synth, ensure_ascii=False, separators=(",", ":"))).encode()
        return out

    def _event(self, raw: bytes) -> bytes:
        ev = parse_event(raw)
        unchanged = raw + (ev.newline * 2).encode()
        data = ev.data
        if data is None:
            return unchanged
        if data.strip() == "[DONE]":
            return self._flush(ALL, None) + unchanged
        try:
            obj = json.loads(data)
        except ValueError:
            text, n = restore_text(data, self._lookup)
            self._other_restored += n
            return ev.with_data(text).encode() if n else unchanged
        slots = self._slots_of(ev.event, obj)
        targets = self._flush_of(ev.event, obj)
        last_of = {s.channel: i for i, s in enumerate(slots)}
        # Channels this event ends but carries no text for: their held text goes out first.
        out = self._flush(targets, set(last_of))
        changed = False
        for i, slot in enumerate(slots):
            text = _get(obj, slot.path)
            restorer = self._restorer(slot)
            before = restorer.restored
            new = restorer.feed(text)
            if last_of[slot.channel] == i:
                if targets == ALL or any(_channel_matches(slot.channel, t) for t in targets):
                    new += restorer.flush()
                else:
                    self._templates[slot.channel] = (ev, obj, slot)
            if new != text or restorer.restored != before:
                changed = True
                _set(obj, slot.path, new)
        obj, n = restore_json(obj, self._lookup, frozenset(s.path for s in slots))
        self._other_restored += n
        if not changed and n == 0:
            return out + unchanged
        return out + ev.with_data(json.dumps(obj, ensure_ascii=False, separators=(",", ":"))).encode()
