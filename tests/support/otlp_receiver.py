"""A real OTLP/HTTP trace receiver for tests: decodes protobuf (and JSON) exports into plain spans.

Start it, point OTEL_EXPORTER_OTLP_TRACES_ENDPOINT at `receiver.traces_url`, then read
`receiver.spans` (dicts with name, attributes, events, resource, status). It can be stopped and
started again on the same port to simulate a collector outage.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from google.protobuf.json_format import MessageToDict
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)


def _any_value(v: dict[str, Any]) -> Any:
    if "stringValue" in v:
        return v["stringValue"]
    if "intValue" in v:
        return int(v["intValue"])
    if "doubleValue" in v:
        return float(v["doubleValue"])
    if "boolValue" in v:
        return bool(v["boolValue"])
    if "arrayValue" in v:
        return [_any_value(x) for x in v["arrayValue"].get("values", [])]
    if "kvlistValue" in v:
        return {kv["key"]: _any_value(kv.get("value", {})) for kv in v["kvlistValue"].get("values", [])}
    if "bytesValue" in v:
        return v["bytesValue"]
    return None


def _attrs(kvs: list[dict[str, Any]] | None) -> dict[str, Any]:
    return {kv["key"]: _any_value(kv.get("value", {})) for kv in kvs or []}


def flatten_export(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """OTLP JSON (ExportTraceServiceRequest as dict) -> one plain dict per span."""
    out = []
    for rs in doc.get("resourceSpans", []):
        resource = _attrs(rs.get("resource", {}).get("attributes"))
        for ss in rs.get("scopeSpans", []):
            for sp in ss.get("spans", []):
                out.append(
                    {
                        "name": sp.get("name"),
                        "trace_id": sp.get("traceId"),
                        "span_id": sp.get("spanId"),
                        "start_ns": int(sp.get("startTimeUnixNano", 0)),
                        "end_ns": int(sp.get("endTimeUnixNano", 0)),
                        "attributes": _attrs(sp.get("attributes")),
                        "events": [
                            {"name": e.get("name"), "attributes": _attrs(e.get("attributes"))}
                            for e in sp.get("events", [])
                        ],
                        "status": sp.get("status", {}),
                        "resource": resource,
                        "raw": sp,
                    }
                )
    return out


@dataclass
class OTLPReceiver:
    host: str = "127.0.0.1"
    port: int = 0
    spans: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)  # raw OTLP JSON documents, in order
    fail_with: int | None = None  # answer every export with this status (collector trouble)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def traces_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1/traces"

    def start(self) -> OTLPReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if receiver.fail_with:
                    self.send_response(receiver.fail_with)
                    self.end_headers()
                    return
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                if (self.headers.get("Content-Type") or "").startswith("application/json"):
                    doc = json.loads(body)
                    resp, ctype = b"{}", "application/json"
                else:
                    req = ExportTraceServiceRequest()
                    req.ParseFromString(body)
                    doc = MessageToDict(req)
                    resp, ctype = ExportTraceServiceResponse().SerializeToString(), "application/x-protobuf"
                with receiver._lock:
                    receiver.requests.append(doc)
                    receiver.spans.extend(flatten_export(doc))
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(resp)))
                self.end_headers()
                self.wfile.write(resp)

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="otlp-receiver", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Poll until predicate(spans) is truthy; returns the spans. Raises on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                snapshot = list(self.spans)
            if predicate(snapshot):
                return snapshot
            time.sleep(0.02)
        raise AssertionError(f"OTLP receiver: condition not met in {timeout}s; got {len(self.spans)} spans")

    def named(self, name: str) -> list[dict[str, Any]]:
        with self._lock:
            return [s for s in self.spans if s["name"] == name]

    def __enter__(self) -> OTLPReceiver:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
