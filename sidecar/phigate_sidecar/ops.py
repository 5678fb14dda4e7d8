"""Operations surface: prometheus metrics, /healthz /readyz /metrics, structured JSON logs."""

from __future__ import annotations

import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

_STD_ATTRS = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class Metrics:
    """The sidecar's prometheus series (own registry, so tests and several sidecars never collide)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "phigate_requests", "Requests by decision and destination kind", ["decision", "kind"],
            registry=self.registry,
        )  # fmt: skip
        self.masked = Counter(
            "phigate_phi_masked", "PHI values masked, by type", ["type"], registry=self.registry
        )
        self.latency = Histogram(
            "phigate_request_duration_seconds",
            "Time from request headers to response end",
            buckets=(0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.reloads = Counter(
            "phigate_config_reloads", "Config reloads by result", ["result"], registry=self.registry
        )
        self.audit_failures = Counter(
            "phigate_audit_failures",
            "Audit records the emitter refused (request failed closed)",
            registry=self.registry,
        )
        self.config_info = Gauge(
            "phigate_config_loaded", "1 when an enforcement config is loaded", registry=self.registry
        )


class HealthServer:
    """/healthz (process alive), /readyz (proxy port accepts connections and a config is loaded), /metrics."""

    def __init__(self, host: str, port: int, metrics: Metrics, ready: Callable[[], tuple[bool, str]]) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                if self.path == "/healthz":
                    self._send(200, b"ok\n", "text/plain")
                elif self.path == "/readyz":
                    ok, why = outer.ready()
                    self._send(200 if ok else 503, (why + "\n").encode(), "text/plain")
                elif self.path == "/metrics":
                    self._send(200, generate_latest(metrics.registry), CONTENT_TYPE_LATEST)
                else:
                    self._send(404, b"not found\n", "text/plain")

            def _send(self, status: int, body: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.ready = ready
        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, name="phigate-health", daemon=True)

    def start(self) -> HealthServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def port_accepts(host: str, port: int, timeout: float = 0.5) -> bool:
    probe = "127.0.0.1" if host in ("", "0.0.0.0") else ("::1" if host == "::" else host)
    try:
        with socket.create_connection((probe, port), timeout=timeout):
            return True
    except OSError:
        return False


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, plus any `extra=` fields."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for k, v in vars(record).items():
            if k not in _STD_ATTRS and not k.startswith("_"):
                doc[k] = v if isinstance(v, str | int | float | bool | type(None)) else str(v)
        if record.exc_info:
            doc["exc"] = self.formatException(record.exc_info)
        return json.dumps(doc)


def setup_json_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
