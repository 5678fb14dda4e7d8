"""Placeholder restoration: whole texts, incremental texts and SSE streams of each vendor format."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from phigate_sidecar.ai.placeholders import IncrementalRestorer, json_string_escape, restore_text
from phigate_sidecar.ai.reidentify import SSERestorer, restore_json, restore_json_bytes
from phigate_sidecar.ai.sse import SSEFramer, parse_event

VAULT = {"<NAME_1>": "Ana María Oyelaran", "<DATE_2>": "1961-03-07", "<PHONE_10>": "(555) 010-7788"}
lookup = VAULT.get


def test_restore_text_known_and_unknown():
    text, n = restore_text("Hi <NAME_1>, born <DATE_2>; <NAME_9> and <name_1> stay", lookup)
    assert text == "Hi Ana María Oyelaran, born 1961-03-07; <NAME_9> and <name_1> stay"
    assert n == 2


def test_json_escape_for_arguments():
    vault = {"<NAME_1>": 'O"Brien \\ x'}
    text, _ = restore_text('{"who": "<NAME_1>"}', vault.get, json_string_escape)
    assert json.loads(text) == {"who": 'O"Brien \\ x'}


def test_incremental_holds_only_possible_placeholder_start():
    r = IncrementalRestorer(lookup)
    assert r.feed("a < b and <NA") == "a < b and "
    assert r.held == "<NA"
    assert r.feed("ME_1> done <") == "Ana María Oyelaran done "
    assert r.feed("3") == ""  # "<3" is held: the restorer only rules a placeholder out at a non-token char
    assert r.feed(" x") == "<3 x"
    assert r.flush() == ""


# Text over an alphabet that makes placeholders, near misses and split points likely.
_pieces = st.sampled_from(
    ["<NAME_1>", "<DATE_2>", "<PHONE_10>", "<NAME_9>", "<", ">", "_", "NAME", "1", "a", " ", "é"]
)
texts = st.lists(_pieces, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.integers(min_value=0, max_value=200), max_size=12))
def test_any_chunking_restores_like_the_whole(text, cuts):
    points = sorted({min(c, len(text)) for c in cuts})
    chunks = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    r = IncrementalRestorer(lookup)
    out = "".join(r.feed(c) for c in chunks) + r.flush()
    assert out == restore_text(text, lookup)[0]


def _split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(c, len(text)) for c in cuts})
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]


def _openai_stream(deltas: list[str]) -> bytes:
    out = b""
    for d in deltas:
        chunk = {
            "id": "c1",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": d}}],
        }
        out += b"data: " + json.dumps(chunk).encode() + b"\n\n"
    done = {"id": "c1", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    return out + b"data: " + json.dumps(done).encode() + b"\n\ndata: [DONE]\n\n"


def _anthropic_stream(deltas: list[str]) -> bytes:
    def ev(name: str, obj: dict) -> bytes:
        return f"event: {name}\ndata: {json.dumps(obj)}\n\n".encode()

    out = ev("message_start", {"type": "message_start", "message": {"id": "m1", "content": []}})
    out += ev(
        "content_block_start",
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    )
    for d in deltas:
        out += ev(
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": d}},
        )
    out += ev("content_block_stop", {"type": "content_block_stop", "index": 0})
    return out + ev("message_stop", {"type": "message_stop"})


def _gemini_stream(deltas: list[str]) -> bytes:
    out = b""
    for i, d in enumerate(deltas):
        cand = {"content": {"role": "model", "parts": [{"text": d}]}, "index": 0}
        if i == len(deltas) - 1:
            cand["finishReason"] = "STOP"
        out += b"data: " + json.dumps({"candidates": [cand]}).encode() + b"\r\n\r\n"
    return out


def _responses_stream(deltas: list[str]) -> bytes:
    out = b""
    for n, d in enumerate(deltas):
        obj = {
            "type": "response.output_text.delta",
            "output_index": 0,
            "content_index": 0,
            "delta": d,
            "sequence_number": n,
        }
        out += f"event: {obj['type']}\ndata: {json.dumps(obj)}\n\n".encode()
    done = {
        "type": "response.output_text.done",
        "output_index": 0,
        "content_index": 0,
        "text": "".join(deltas),
    }
    return out + f"event: {done['type']}\ndata: {json.dumps(done)}\n\n".encode()


def _texts_of(fmt: str, stream: bytes) -> tuple[str, list[dict]]:
    framer = SSEFramer()
    objs = []
    for raw in framer.feed(stream):
        data = parse_event(raw).data
        if data and data != "[DONE]":
            objs.append(json.loads(data))
    text = ""
    for o in objs:
        if fmt == "openai-chat":
            text += "".join(c["delta"].get("content") or "" for c in o["choices"])
        elif fmt == "anthropic" and o["type"] == "content_block_delta":
            text += o["delta"]["text"]
        elif fmt == "gemini":
            text += "".join(p["text"] for c in o["candidates"] for p in c["content"]["parts"])
        elif fmt == "openai-responses" and o["type"] == "response.output_text.delta":
            text += o["delta"]
    return text, objs


BUILDERS = {
    "openai-chat": _openai_stream,
    "anthropic": _anthropic_stream,
    "gemini": _gemini_stream,
    "openai-responses": _responses_stream,
}


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(sorted(BUILDERS)),
    texts.filter(bool),
    st.lists(st.integers(min_value=0, max_value=200), max_size=10),
    st.lists(st.integers(min_value=1, max_value=400), max_size=30),
)
def test_sse_any_event_split_and_byte_chunking(fmt, text, delta_cuts, byte_cuts):
    """Placeholders split across events and network chunks are restored; the text is otherwise intact."""
    stream = BUILDERS[fmt](_split(text, delta_cuts))
    whole = SSERestorer(fmt, lookup)
    reference = whole.feed(stream) + whole.finish()
    r = SSERestorer(fmt, lookup)
    out = b"".join(r.feed(stream[a:b]) for a, b in _pairs(len(stream), byte_cuts)) + r.finish()
    assert out == reference  # any byte chunking gives byte-identical output
    got, objs = _texts_of(fmt, out)
    assert got == restore_text(text, lookup)[0]
    if fmt == "openai-responses":
        assert objs[-1]["text"] == restore_text(text, lookup)[0]


def _pairs(n: int, cuts: list[int]) -> list[tuple[int, int]]:
    points, acc = [], 0
    for c in cuts:
        acc += c
        if acc < n:
            points.append(acc)
    return list(zip([0, *points], [*points, n], strict=True))


def test_split_placeholder_restored_and_unknown_left():
    stream = _openai_stream(["Patient <NA", "ME_1> called from <PHO", "NE_10>; ask <NAME_", "7> later"])
    r = SSERestorer("openai-chat", lookup)
    out = r.feed(stream) + r.finish()
    text, _ = _texts_of("openai-chat", out)
    assert text == "Patient Ana María Oyelaran called from (555) 010-7788; ask <NAME_7> later"
    assert r.restored == 2


def test_first_event_is_not_delayed():
    r = SSERestorer("anthropic", lookup)
    first = _anthropic_stream(["Hello"]).split(b"\n\n")[0] + b"\n\n"
    assert r.feed(first) == first  # passed through at once, byte for byte


def test_tail_held_at_channel_end_is_sent_before_the_stop_event():
    r = SSERestorer("anthropic", lookup)
    out = r.feed(_anthropic_stream(["x <", "NAME_1"])) + r.finish()
    text, objs = _texts_of("anthropic", out)
    assert text == "x <NAME_1"  # never completed: it was literal text, sent unchanged
    assert [o["type"] for o in objs][-2:] == ["content_block_stop", "message_stop"]


def test_tool_call_arguments_restored_json_safely():
    vault = {"<NAME_1>": 'Zoë "Z" Ng'}

    def chunk(args: str) -> bytes:
        delta = {"tool_calls": [{"index": 0, "function": {"arguments": args}}]}
        return b"data: " + json.dumps({"choices": [{"index": 0, "delta": delta}]}).encode() + b"\n\n"

    stream = chunk('{"patient": "<NAM') + chunk('E_1>"}')
    stream += b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}\n\ndata: [DONE]\n\n'
    r = SSERestorer("openai-chat", vault.get)
    out = r.feed(stream) + r.finish()
    args = ""
    for raw in SSEFramer().feed(out):
        data = parse_event(raw).data
        if data != "[DONE]":
            for c in json.loads(data)["choices"]:
                for call in c["delta"].get("tool_calls") or []:
                    args += call["function"]["arguments"]
    assert json.loads(args) == {"patient": 'Zoë "Z" Ng'}


def test_restore_json_response_and_thinking_untouched():
    doc = {
        "content": [
            {"type": "thinking", "thinking": "about <NAME_1>", "signature": "sig"},
            {"type": "text", "text": "<NAME_1> is due"},
            {"type": "tool_use", "input": {"name": "<NAME_1>"}},
        ],
        "tool_calls": [{"function": {"arguments": '{"n": "<NAME_1>"}'}}],
    }
    out, n = restore_json(doc, lookup)
    assert n == 3
    assert out["content"][0]["thinking"] == "about <NAME_1>"
    assert out["content"][1]["text"] == "Ana María Oyelaran is due"
    assert json.loads(out["tool_calls"][0]["function"]["arguments"]) == {"n": "Ana María Oyelaran"}


def test_restore_json_bytes_untouched_without_placeholders():
    body = b'{"a": "no placeholders"}'
    assert restore_json_bytes(body, lookup) == (body, 0)


def test_sse_framer_holds_only_unterminated_event():
    f = SSEFramer()
    assert f.feed(b"data: 1\n\ndata: 2\r\n\r") == [b"data: 1"]
    assert f.feed(b"\n") == [b"data: 2"]
    assert f.feed(b"data: 3") == []
    assert f.rest() == b"data: 3"


def test_compressed_stream_is_decoded_incrementally_and_never_emits_empty_chunks():
    import gzip

    from phigate_sidecar.ai.handlers import _LLMStream, _stream_decoder

    plain = _openai_stream(["Dear <NA", "ME_1>, call <PHONE", "_10>."])
    packed = gzip.compress(plain)
    s = _LLMStream(SSERestorer("openai-chat", lookup))
    s.decoder = _stream_decoder("gzip")
    out: list[bytes] = []
    for i in range(0, len(packed), 7):
        out.extend(s(packed[i : i + 7]))
    out.extend(s(b""))
    assert b"" not in out  # an empty chunk would end an HTTP/1.1 chunked body early
    text, _ = _texts_of("openai-chat", b"".join(out))
    assert text == "Dear Ana María Oyelaran, call (555) 010-7788."
    assert not s.failed


def test_stream_fails_closed_on_undecodable_data():
    from phigate_sidecar.ai.handlers import _LLMStream, _stream_decoder

    s = _LLMStream(SSERestorer("openai-chat", lookup))
    s.decoder = _stream_decoder("gzip")
    assert list(s(b"this is not gzip at all")) == []
    assert s.failed.startswith("error")
    assert list(s(b"data: more\n\n")) == [] and list(s(b"")) == []  # nothing passes after a failure
    assert _stream_decoder("compress") is None
