"""A local LLM vendor over HTTPS speaking OpenAI, Anthropic and Gemini, recording what it received.

Routes are `/<tenant>/<vendor API path>`, so one server plays several policy destinations told apart
by path prefix. The answer is scripted per test: `vendor.script = fn(prompt_text) -> list[str]` gives
the text deltas (a stream sends each delta as its own event, flushed separately, and can split one
event across two network writes); `first_gap_s` waits between the first event and the rest.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

Script = Callable[[str], list[str]]


def collect_text(node: Any) -> str:
    """Every string of a request body, joined: what the vendor 'read'."""
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        return "\n".join(collect_text(v) for v in node.values())
    if isinstance(node, list):
        return "\n".join(collect_text(v) for v in node)
    return ""


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class MockVendor:
    cert: Any  # tests.sidecar.ai.certs.ServerCert
    script: Script = lambda prompt: ["Hello", " there"]
    first_gap_s: float = 0.0
    split_events: bool = True  # write each SSE event in two pieces
    received: list[Received] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    def url(self, tenant: str) -> str:
        return f"https://127.0.0.1:{self.port}/{tenant}"

    def start(self) -> MockVendor:
        vendor = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else Nagle + delayed ACK add ~40 ms to every small event

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._json(200, {"object": "list", "data": [{"id": "mock-model", "object": "model"}]})

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                vendor.received.append(
                    Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                try:
                    doc = json.loads(body)
                except ValueError:
                    self._json(400, {"error": {"message": "mock: body is not JSON"}})
                    return
                path = urlsplit(self.path).path
                deltas = vendor.script(collect_text(doc))
                api_path = "/" + path.split("/", 2)[2] if path.count("/") >= 2 else path
                if api_path.endswith("/chat/completions"):
                    self._openai(doc, deltas)
                elif api_path.endswith("/responses"):
                    self._responses(doc, deltas)
                elif api_path.endswith("/messages"):
                    self._anthropic(doc, deltas)
                elif ":generateContent" in api_path or ":streamGenerateContent" in api_path:
                    self._gemini(":stream" in api_path, deltas)
                else:
                    self._json(404, {"error": {"message": f"mock: no route {path}"}})

            # -- writers --------------------------------------------------------------------
            def _json(self, status: int, doc: Any) -> None:
                data = json.dumps(doc).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _sse(self, events: list[bytes]) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream; charset=utf-8")
                self.send_header("cache-control", "no-cache")
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                for i, ev in enumerate(events):
                    if vendor.split_events and len(ev) > 8:
                        cut = len(ev) // 2
                        self._chunk(ev[:cut])
                        self._chunk(ev[cut:])
                    else:
                        self._chunk(ev)
                    if i == 0 and vendor.first_gap_s:
                        time.sleep(vendor.first_gap_s)
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()

            def _openai(self, doc: dict, deltas: list[str]) -> None:
                text = "".join(deltas)
                base = {"id": "chatcmpl-mock", "created": 1700000000, "model": doc.get("model", "mock")}
                if not doc.get("stream"):
                    self._json(
                        200,
                        base
                        | {
                            "object": "chat.completion",
                            "choices": [
                                {
                                    "index": 0,
                                    "message": {"role": "assistant", "content": text},
                                    "finish_reason": "stop",
                                }
                            ],
                            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                        },
                    )
                    return
                events = []
                for d in deltas:
                    chunk = base | {
                        "object": "chat.completion.chunk",
                        "choices": [{"index": 0, "delta": {"content": d}, "finish_reason": None}],
                    }
                    events.append(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                end = base | {
                    "object": "chat.completion.chunk",
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                }
                events.append(b"data: " + json.dumps(end).encode() + b"\n\n")
                events.append(b"data: [DONE]\n\n")
                self._sse(events)

            def _responses(self, doc: dict, deltas: list[str]) -> None:
                text = "".join(deltas)
                item = {
                    "type": "message",
                    "id": "msg_1",
                    "role": "assistant",
                    "status": "completed",
                    "content": [{"type": "output_text", "text": text, "annotations": []}],
                }
                resp = {
                    "id": "resp_1",
                    "object": "response",
                    "created_at": 1700000000,
                    "model": doc.get("model", "mock"),
                    "status": "completed",
                    "output": [item],
                }
                if not doc.get("stream"):
                    self._json(200, resp)
                    return

                def ev(obj: dict) -> bytes:
                    return f"event: {obj['type']}\ndata: {json.dumps(obj)}\n\n".encode()

                seq = iter(range(1000))
                where = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
                events = [
                    ev(
                        {
                            "type": "response.created",
                            "sequence_number": next(seq),
                            "response": resp | {"status": "in_progress", "output": []},
                        }
                    )
                ]
                for d in deltas:
                    events.append(
                        ev(
                            {
                                "type": "response.output_text.delta",
                                "sequence_number": next(seq),
                                "delta": d,
                                "logprobs": [],
                            }
                            | where
                        )
                    )
                events.append(
                    ev(
                        {
                            "type": "response.output_text.done",
                            "sequence_number": next(seq),
                            "text": text,
                            "logprobs": [],
                        }
                        | where
                    )
                )
                events.append(
                    ev({"type": "response.completed", "sequence_number": next(seq), "response": resp})
                )
                self._sse(events)

            def _anthropic(self, doc: dict, deltas: list[str]) -> None:
                text = "".join(deltas)
                msg = {
                    "id": "msg_mock",
                    "type": "message",
                    "role": "assistant",
                    "model": doc.get("model", "mock"),
                    "stop_reason": None,
                    "stop_sequence": None,
                    "usage": {"input_tokens": 1, "output_tokens": 1},
                }
                if not doc.get("stream"):
                    self._json(
                        200, msg | {"content": [{"type": "text", "text": text}], "stop_reason": "end_turn"}
                    )
                    return

                def ev(name: str, obj: dict) -> bytes:
                    return f"event: {name}\ndata: {json.dumps(obj)}\n\n".encode()

                events = [ev("message_start", {"type": "message_start", "message": msg | {"content": []}})]
                events.append(
                    ev(
                        "content_block_start",
                        {
                            "type": "content_block_start",
                            "index": 0,
                            "content_block": {"type": "text", "text": ""},
                        },
                    )
                )
                for d in deltas:
                    events.append(
                        ev(
                            "content_block_delta",
                            {
                                "type": "content_block_delta",
                                "index": 0,
                                "delta": {"type": "text_delta", "text": d},
                            },
                        )
                    )
                events.append(ev("content_block_stop", {"type": "content_block_stop", "index": 0}))
                events.append(
                    ev(
                        "message_delta",
                        {
                            "type": "message_delta",
                            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                            "usage": {"output_tokens": 3},
                        },
                    )
                )
                events.append(ev("message_stop", {"type": "message_stop"}))
                self._sse(events)

            def _gemini(self, stream: bool, deltas: list[str]) -> None:
                def resp(text: str, last: bool) -> dict:
                    cand: dict[str, Any] = {
                        "content": {"role": "model", "parts": [{"text": text}]},
                        "index": 0,
                    }
                    if last:
                        cand["finishReason"] = "STOP"
                    return {"candidates": [cand]}

                if not stream:
                    self._json(200, resp("".join(deltas), True))
                    return
                events = [
                    b"data: " + json.dumps(resp(d, i == len(deltas) - 1)).encode() + b"\r\n\r\n"
                    for i, d in enumerate(deltas)
                ]
                self._sse(events)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert.cert_pem, self.cert.key_pem)
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
        self._server = server
        threading.Thread(target=server.serve_forever, name="mock-vendor", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
