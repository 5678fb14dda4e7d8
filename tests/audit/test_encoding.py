"""The canonical encoding survives the real export path: SDK span -> OTLP protobuf -> JSON -> verifier."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from typing import Any

from google.protobuf.json_format import MessageToDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult
from opentelemetry.trace import SpanKind

from phigate.audit import AuditEmitter
from phigate.audit.otlp import (
    records_of_document,
    records_of_json_line,
    records_of_protobuf,
    to_file_exporter_json,
)
from phigate.cli import main
from tests.audit.helpers import emitter
from tests.support.otlp_receiver import OTLPReceiver


class Capture(SpanExporter):
    def __init__(self) -> None:
        self.spans: list[ReadableSpan] = []

    def export(self, spans: Any) -> SpanExportResult:
        self.spans.extend(spans)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        pass


keys = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
scalars = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
lists = st.one_of(
    st.lists(st.text(max_size=8), max_size=4),
    st.lists(st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=4),
    st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=4),
    st.lists(st.booleans(), max_size=4),
)
attrs = st.dictionaries(
    keys.filter(lambda k: not k.startswith("phigate.audit.")), st.one_of(scalars, lists), max_size=8
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(max_size=20),
    attributes=attrs,
    event_attrs=attrs,
    error=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
    kind=st.sampled_from(list(SpanKind)),
)
def test_hash_recomputes_after_otlp_round_trip(
    name: str, attributes: dict[str, Any], event_attrs: dict[str, Any], error: str | None, kind: SpanKind
) -> None:
    cap = Capture()
    em = AuditEmitter(service_name="p", emitter_id="prop", exporter=cap, batch=False)
    em.record(name, attributes, events=[("ev", event_attrs)], error=error, kind=kind)
    em.shutdown()
    request = encode_spans(cap.spans)
    doc = to_file_exporter_json(MessageToDict(request))
    doc = json.loads(json.dumps(doc))  # as a file line
    records = records_of_document(doc, "mem:1", 0)
    assert len(records) == 2
    for r in records:
        assert r.stored_hash == r.computed_hash, (r.name, r.attrs)
    # The protobuf reader assembles the canonical text from cached pieces and hand-decodes short
    # values: it must reach the same hashes (twice: cold and warm cache).
    # So must the lean JSON reader (msgspec, cut attribute lists, cached pieces).
    line = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()
    for _ in range(2):
        pb = records_of_protobuf(request.SerializeToString(), "mem:1", 0)
        lean = records_of_json_line(line, "mem:1", 0)
        for got in (pb, lean):
            assert [(r.seq, r.stored_hash, r.computed_hash) for r in got] == [
                (r.seq, r.stored_hash, r.stored_hash) for r in records
            ]


def test_verify_listen_receives_otlp_http(tmp_path: Path, capsys: Any) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    saved = tmp_path / "received.jsonl"
    code: list[int] = []
    t = threading.Thread(
        target=lambda: code.append(
            main(["audit", "verify", "--listen", f"127.0.0.1:{port}", "--duration", "3", "--json",
                  "--save", str(saved)])
        )
    )  # fmt: skip
    t.start()
    rx = OTLPReceiver(port=port)  # only for its traces_url
    em = emitter(rx, emitter_id="listen-test")  # retries until the listener is up
    for i in range(7):
        em.record("req", {"i": i})
    assert em.shutdown(timeout_s=10)
    t.join(30)
    assert code == [0]
    res = json.loads(capsys.readouterr().out)
    assert res["ok"] and res["chains"][0]["records"] == 8
    assert len(saved.read_text().splitlines()) >= 1
    assert main(["audit", "verify", str(saved)]) == 0


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
otlp_like = st.fixed_dictionaries(
    {
        "resourceSpans": st.lists(
            st.fixed_dictionaries(
                {"scopeSpans": st.lists(st.fixed_dictionaries({"spans": st.lists(json_values, max_size=3)}))}
            )
            | json_values,
            max_size=3,
        )
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(json_values | otlp_like, min_size=1, max_size=5))
def test_garbage_never_crashes_the_verifier(lines: list[Any], tmp_path: Path) -> None:
    from phigate.audit.otlp import read_sources
    from phigate.audit.verify import verify_records

    path = tmp_path / "garbage.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines) + "{not json\n")
    read = read_sources([str(path)])
    assert any(e.startswith(f"{path}:{len(lines) + 1}: malformed") for e in read.errors)
    verify_records(read.records)  # whatever was readable verifies without raising


def test_wrongly_typed_chain_attributes_are_unchained_not_a_crash(tmp_path: Path) -> None:
    from phigate.audit.otlp import read_sources
    from phigate.audit.verify import verify_records

    kv = lambda k, v: {"key": k, "value": v}  # noqa: E731
    span = {
        "name": "x",
        "attributes": [
            kv("phigate.audit.seq", {"boolValue": True}),
            kv("phigate.audit.emitter", {"arrayValue": {"values": [{"stringValue": "a"}]}}),
        ],
    }
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [span]}]}]}) + "\n")
    read = read_sources([str(path)])
    res = verify_records(read.records)
    assert read.errors == [] and res.unchained == 1 and res.chained == 0
