"""phigate's OTLP wire writer against the SDK's encoder: the same bytes, for any span it may meet."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import Link, SpanContext, SpanKind, Status, StatusCode, TraceFlags

from phigate.audit.emitter import wire_otlp_exporter
from phigate.audit.otlp_wire import encode_request
from tests.support.otlp_receiver import OTLPReceiver

_INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
_SCALAR = st.one_of(st.text(max_size=200), st.booleans(), _INT64, st.floats(allow_nan=False))
_VALUE = st.one_of(
    _SCALAR,
    st.lists(st.text(max_size=20), max_size=4),
    st.lists(_INT64, max_size=4),
    st.lists(st.booleans(), max_size=4),
    st.lists(st.floats(allow_nan=False), max_size=4),
)
_ATTRS = st.dictionaries(st.text(min_size=1, max_size=30), _VALUE, max_size=12)
_RESOURCES = [Resource.create({"service.name": "a"}), Resource.create({"service.name": "b", "x": 1})]
_SCOPES = [None, InstrumentationScope("phigate.audit", "1"), InstrumentationScope("other", None, "https://s")]


@st.composite
def spans(draw: st.DrawFn) -> ReadableSpan:
    ids = st.integers(min_value=1, max_value=2**63)
    parent = draw(st.one_of(st.none(), st.builds(SpanContext, ids, ids, st.booleans())))
    events = draw(
        st.lists(
            st.builds(Event, st.text(max_size=20), _ATTRS, st.integers(min_value=0, max_value=2**63)),
            max_size=3,
        )
    )
    status = draw(
        st.sampled_from(
            [Status(StatusCode.UNSET), Status(StatusCode.OK), Status(StatusCode.ERROR, "boom: ünïcode")]
        )
    )
    return ReadableSpan(
        name=draw(st.text(max_size=40)),
        context=SpanContext(draw(ids), draw(ids), False, TraceFlags(TraceFlags.SAMPLED)),
        parent=parent,
        resource=draw(st.sampled_from(_RESOURCES)),
        attributes=draw(_ATTRS),
        events=events,
        kind=draw(st.sampled_from(list(SpanKind))),
        status=status,
        start_time=draw(st.integers(min_value=0, max_value=2**63)),
        end_time=draw(st.integers(min_value=0, max_value=2**63)),
        instrumentation_scope=draw(st.sampled_from(_SCOPES)),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(spans(), max_size=6))
def test_same_bytes_as_the_sdk_encoder(batch: list[ReadableSpan]) -> None:
    assert encode_request(batch) == encode_spans(batch).SerializeToString()


def test_repeated_values_come_from_the_cache_unchanged() -> None:
    """The field cache must not let one span's value leak into another's record."""
    res = _RESOURCES[0]
    batch = [
        ReadableSpan(
            name="GET",
            context=SpanContext(i + 1, i + 1, False),
            resource=res,
            attributes={"k8s.namespace.name": "team-a", "phigate.decision": ("allow", "deny")[i % 2],
                        "url.path": f"/Patient/{i}"},
        )
        for i in range(50)
    ]
    twice = encode_request(batch), encode_request(batch)
    assert twice[0] == twice[1] == encode_spans(batch).SerializeToString()
    req = ExportTraceServiceRequest.FromString(twice[0])
    decisions = [sp.attributes[1].value.string_value for sp in req.resource_spans[0].scope_spans[0].spans]
    assert decisions == [("allow", "deny")[i % 2] for i in range(50)]


def test_links_and_unencodable_values_are_refused_not_mangled() -> None:
    ctx = SpanContext(1, 2, False)
    with pytest.raises(TypeError, match="links"):
        encode_request([ReadableSpan(name="x", context=ctx, links=[Link(SpanContext(3, 4, False))])])
    with pytest.raises(TypeError, match="object"):
        encode_request([ReadableSpan(name="x", context=ctx, attributes={"k": object()})])  # type: ignore[dict-item]


def test_nan_and_infinity_keep_their_bits() -> None:
    ctx = SpanContext(1, 2, False)
    batch = [ReadableSpan(name="x", context=ctx, attributes={"a": math.inf, "b": -math.inf, "c": math.nan})]
    assert encode_request(batch) == encode_spans(batch).SerializeToString()


def test_exporter_delivers_wire_bytes_to_a_receiver() -> None:
    """The real exporter over HTTP: what the receiver decodes is what was recorded; a span the
    writer cannot encode (a link) still goes out through the SDK's own encoder."""
    with OTLPReceiver() as rx:
        exp = wire_otlp_exporter(endpoint=rx.traces_url, timeout=5)
        ctx = SpanContext(7, 8, False)
        attrs = {"phigate.decision": "allow", "n": 3}
        plain = ReadableSpan(name="GET /Patient", context=ctx, attributes=attrs)
        linked = ReadableSpan(name="linked", context=ctx, links=[Link(SpanContext(3, 4, False))])
        assert exp.export([plain]).name == "SUCCESS"
        assert exp.export([linked]).name == "SUCCESS"
        exp.shutdown()
        names = [sp["name"] for sp in rx.spans]
        assert names == ["GET /Patient", "linked"]
        got = rx.spans[0]
        assert got["attributes"]["phigate.decision"] == "allow"
        assert got["attributes"]["n"] == 3
