"""AuditEmitter: the one way phigate components write audit spans.

Callers (sidecar addon, operator handlers) hand over a finished record: name, attributes, events,
times. The emitter owns export (standard OTEL_* variables; console when no endpoint is set).
INTERIM: spooling and hash chaining are being added behind this same interface (issue 8).
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping, Sequence

from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
)
from opentelemetry.trace import SpanKind, Status, StatusCode

AttrValue = str | bool | int | float | Sequence[str] | Sequence[int] | Sequence[float] | Sequence[bool]


def exporter_from_env() -> SpanExporter:
    """OTLP/HTTP when an endpoint is configured or OTEL_TRACES_EXPORTER=otlp, else console."""
    choice = os.environ.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    has_endpoint = bool(
        os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    )
    if choice == "console" or (not choice and not has_endpoint):
        return ConsoleSpanExporter()
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter()


class AuditEmitter:
    def __init__(
        self,
        *,
        service_name: str,
        emitter_id: str | None = None,
        exporter: SpanExporter | None = None,
        batch: bool = True,
    ) -> None:
        self.emitter_id = emitter_id or f"{service_name}/{os.uname().nodename}"
        resource = Resource.create({"service.name": service_name, "phigate.audit.emitter": self.emitter_id})
        self._provider = TracerProvider(resource=resource)
        exp = exporter or exporter_from_env()
        self._provider.add_span_processor(BatchSpanProcessor(exp) if batch else SimpleSpanProcessor(exp))
        self._tracer = self._provider.get_tracer("phigate.audit")

    def record(
        self,
        name: str,
        attributes: Mapping[str, AttrValue],
        *,
        start_ns: int | None = None,
        end_ns: int | None = None,
        events: Sequence[tuple[str, Mapping[str, AttrValue]]] = (),
        error: str | None = None,
        kind: SpanKind = SpanKind.INTERNAL,
    ) -> None:
        """Emit one finished audit record. Never pass an unmasked PHI value in attributes or events."""
        start = start_ns or time.time_ns()
        span = self._tracer.start_span(name, kind=kind, attributes=dict(attributes), start_time=start)
        for ev_name, ev_attrs in events:
            span.add_event(ev_name, dict(ev_attrs))
        if error:
            span.set_status(Status(StatusCode.ERROR, error))
        span.end(end_time=end_ns or time.time_ns())

    def flush(self, timeout_s: float = 5.0) -> bool:
        return self._provider.force_flush(int(timeout_s * 1000))

    def shutdown(self) -> None:
        self._provider.shutdown()
