"""A minimal OTLP/HTTP trace receiver for `phigate audit verify --listen`.

Accepts POST /v1/traces in protobuf (optionally gzip) or JSON, answers as a collector would,
and returns the requests in arrival order: JSON bodies decoded (dicts), protobuf bodies as the
checked serialized ExportTraceServiceRequest (the verifier reads those bytes directly).
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Receiver:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
            ExportTraceServiceRequest,
            ExportTraceServiceResponse,
        )

        self.docs: list[Any] = []
        self.rejected = 0
        lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self, code: int, body: bytes = b"", ctype: str = "application/x-protobuf") -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                if self.path.rstrip("/") != "/v1/traces":
                    self._answer(404)
                    return
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    if self.headers.get("Content-Encoding") == "gzip":
                        body = gzip.decompress(body)
                    if (self.headers.get("Content-Type") or "").startswith("application/json"):
                        doc, resp, ctype = json.loads(body), b"{}", "application/json"
                    else:
                        req = ExportTraceServiceRequest()
                        req.ParseFromString(body)
                        doc = body
                        resp, ctype = (
                            ExportTraceServiceResponse().SerializeToString(),
                            "application/x-protobuf",
                        )
                except Exception:
                    receiver.rejected += 1
                    self._answer(400)
                    return
                with lock:
                    receiver.docs.append(doc)
                self._answer(200, resp, ctype)

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="audit-listen", daemon=True)

    def start(self) -> Receiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def listen(host: str, port: int, duration_s: float) -> list[Any]:
    """Receive for duration_s seconds, then return every decoded request."""
    rx = Receiver(host, port).start()
    try:
        time.sleep(duration_s)  # the user asked for this window
    finally:
        rx.stop()
    return rx.docs
