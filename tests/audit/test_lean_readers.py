"""The fast paths of `verify` agree with the full ones: the lean OTLP JSON reader (msgspec, cut
attribute lists, cached pieces) with the full reader on odd but valid OTLP JSON, and the bulk chain
checks with the record-by-record ones under random tampering."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

from phigate.audit import AuditEmitter
from phigate.audit import encoding as enc
from phigate.audit import verify as verify_mod
from phigate.audit.keys import generate_private_key_pem, load_keyring, public_key_entry
from phigate.audit.otlp import (
    SpanRecord,
    read_sources,
    records_of_document,
    records_of_json_line,
    records_of_protobuf,
)
from phigate.audit.verify import verify_records

FIELDS = ("where", "name", "start", "end", "resource_emitter", "emitter", "chain", "seq", "prev")
FIELDS += ("stored_hash", "computed_hash")


def _view(r: SpanRecord) -> tuple[Any, ...]:
    return (*(getattr(r, f) for f in FIELDS), r.attrs if r.is_checkpoint else None)


def _kv(key: Any, value: dict[str, Any]) -> dict[str, Any]:
    return {"key": key, "value": value}


def _chain(seq: Any, prev: str = "ab" * 32) -> list[dict[str, Any]]:
    return [
        _kv(enc.A_EMITTER, {"stringValue": "em-1"}),
        _kv(enc.A_CHAIN, {"stringValue": "c1"}),
        _kv(enc.A_SEQ, {"intValue": seq}),
        _kv(enc.A_PREV, {"stringValue": prev}),
    ]


ODD_ATTRIBUTES: list[list[dict[str, Any]]] = [
    # a nested kvlist holds the text the lean reader cuts lists at
    [
        _kv("k", {"kvlistValue": {"values": [_kv("a", {"stringValue": "x"}), _kv("b", {"intValue": "2"})]}}),
        _kv("z", {"stringValue": '},{"key":'}),
    ],
    # escapes, non-ASCII, characters canonical JSON escapes or not
    [_kv('q"uote', {"stringValue": 'a"b\\c\n\t\u0001'}), _kv("é", {"stringValue": "ü€😀\u2028<>&"})],
    # integers: leading zeros, as JSON numbers, negative, int64 bounds; other value kinds
    [
        _kv("i", {"intValue": "007"}),
        _kv("n", {"intValue": 5}),
        _kv("m", {"intValue": "-9223372036854775808"}),
        _kv("d", {"doubleValue": 1e16}),
        _kv("f", {"doubleValue": 0.1}),
        _kv("b", {"boolValue": True}),
        _kv("a", {"arrayValue": {"values": [{"stringValue": "x"}, {"intValue": "3"}]}}),
        _kv("y", {"bytesValue": "AAE="}),
        _kv("e", {}),
    ],
    # keys sorting differently as text and as pieces ("a b" < "a" as "k": pieces, not as keys)
    [_kv("a", {"stringValue": "1"}), _kv("a b", {"stringValue": "2"}), _kv("a!", {"stringValue": "3"})],
    # a repeated key (never intact) and an empty key
    [_kv("dup", {"stringValue": "1"}), _kv("", {"stringValue": "e"}), _kv("dup", {"stringValue": "2"})],
    [],
]
CHAIN_TAILS = [
    _chain("1"),
    _chain("0012"),  # not canonical: read the slow way
    _chain(7, "AB" * 32),  # JSON number, upper-case hex
    _chain("3", "ab" * 31),  # 62 digits
    _chain("4", "zz" * 32),
    [_kv(enc.A_SEQ, {"intValue": "5"})],  # no emitter: unchained
    [],
]


def _doc(attributes: list[dict[str, Any]], **span: Any) -> dict[str, Any]:
    sp = {"name": "GET /x", "kind": 2, "startTimeUnixNano": "10", "endTimeUnixNano": "20", **span}
    sp["attributes"] = attributes
    res = {"attributes": [_kv(enc.A_EMITTER, {"stringValue": "em-1"})]}
    return {"resourceSpans": [{"resource": res, "scopeSpans": [{"scope": {}, "spans": [sp]}]}]}


def _with_hash(doc: dict[str, Any]) -> dict[str, Any]:
    """The span with the hash the full reader computes appended, as the emitter writes it."""
    (r,) = records_of_document(copy.deepcopy(doc), "x:1", 0)
    doc = copy.deepcopy(doc)
    sp = doc["resourceSpans"][0]["scopeSpans"][0]["spans"][0]
    if r.computed_hash and r.computed_hash != "duplicate attribute key":
        sp["attributes"].append(_kv(enc.A_HASH, {"stringValue": r.computed_hash}))
    return doc


def _both(line: bytes) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    full = records_of_document(json.loads(line), "f:1", 0, lean=True)
    lean = records_of_json_line(line, "f:1", 0)
    return [_view(r) for r in full], [_view(r) for r in lean]


@pytest.mark.parametrize("compact", [True, False])
def test_lean_json_reader_matches_the_full_reader_on_odd_valid_otlp_json(compact: bool) -> None:
    seps = (",", ":") if compact else (", ", ": ")
    span_variants: list[dict[str, Any]] = [
        {},
        {"kind": "SPAN_KIND_CLIENT", "status": {"code": "STATUS_CODE_ERROR", "message": 'é"x'}},
        {
            "startTimeUnixNano": 10,
            "events": [{"name": "ev", "timeUnixNano": "5", "attributes": ODD_ATTRIBUTES[2]}],
        },
        {"status": {}, "events": []},
    ]
    intact = 0
    for attrs in ODD_ATTRIBUTES:
        for tail in CHAIN_TAILS:
            for extra in span_variants:
                doc = _with_hash(_doc(attrs + tail, **extra))
                line = json.dumps(doc, separators=seps, ensure_ascii=False).encode()
                for _ in range(2):  # cold and warm caches
                    full, lean = _both(line)
                    assert lean == full, line
                (r,) = records_of_json_line(line, "f:1", 0)
                intact += r.seq is not None and r.stored_hash == r.computed_hash
                # one value changed: both readers see the alteration
                tampered = line.replace(b'"GET /x"', b'"GET /y"')
                full, lean = _both(tampered)
                assert lean == full
    assert intact > 100  # most variants carry a chain and verify


def test_lean_json_reader_falls_back_on_what_its_types_refuse() -> None:
    """null or float where a value is expected, a non-string key: the full reader's reading."""
    base = _doc(_chain("1"))
    sp = base["resourceSpans"][0]["scopeSpans"][0]["spans"][0]
    for key, value in [("name", None), ("kind", 2.0), ("startTimeUnixNano", None), ("attributes", None)]:
        d = copy.deepcopy(base)
        d["resourceSpans"][0]["scopeSpans"][0]["spans"][0][key] = value
        full, lean = _both(json.dumps(d).encode())
        assert lean == full
    d = copy.deepcopy(base)
    d["resourceSpans"][0]["scopeSpans"][0]["spans"][0]["attributes"] = [*sp["attributes"], _kv(5, {})]
    with pytest.raises(ValueError):  # MalformedInput, as from the full reader
        records_of_json_line(json.dumps(d).encode(), "f:1", 0)
    for number in (b"1e400", b"-1e400"):  # json.loads reads inf: no integer, an error rather than a crash
        line = (
            json.dumps(base).encode().replace(b'"startTimeUnixNano": "10"', b'"startTimeUnixNano": ' + number)
        )
        with pytest.raises(ValueError, match="OverflowError"):
            records_of_json_line(line, "f:1", 0)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
any_values = st.deferred(
    lambda: st.one_of(
        st.fixed_dictionaries({"stringValue": st.text(max_size=8)}),
        st.fixed_dictionaries({"intValue": st.integers(-(2**63), 2**63 - 1).map(str) | st.integers(0, 99)}),
        st.fixed_dictionaries({"boolValue": st.booleans()}),
        st.fixed_dictionaries(
            {"arrayValue": st.fixed_dictionaries({"values": st.lists(any_values, max_size=3)})}
        ),
        st.fixed_dictionaries({"kvlistValue": st.fixed_dictionaries({"values": st.lists(kvs, max_size=3)})}),
        json_values,
    )
)
kvs = st.fixed_dictionaries(
    {"key": st.sampled_from(["a", "b", enc.A_SEQ, enc.A_EMITTER, "}"]), "value": any_values}
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attributes=st.lists(kvs | json_values, max_size=6), name=json_values | st.text(max_size=5))
def test_lean_and_full_json_readers_agree_on_generated_lines(
    attributes: list[Any], name: Any, tmp_path: Path
) -> None:
    doc = _doc(attributes, name=name)
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(doc) + "\n" + json.dumps(doc, separators=(",", ":")) + "\n")
    lean, full = read_sources([str(path)], lean=True), read_sources([str(path)])
    assert lean.errors == full.errors
    assert [_view(r) for r in lean.records] == [_view(r) for r in full.records]


class _Capture(SpanExporter):
    def __init__(self) -> None:
        self.spans: list[ReadableSpan] = []

    def export(self, spans: Any) -> SpanExportResult:
        self.spans.extend(spans)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        pass


@pytest.fixture(scope="module")
def trail(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[SpanRecord], Any]:
    """Two chains from a real emitter (a restart in between), read back from OTLP protobuf."""
    tmp = tmp_path_factory.mktemp("trail")
    pem = generate_private_key_pem()
    (tmp / "k.pem").write_bytes(pem)
    (tmp / "keys.json").write_text(json.dumps([public_key_entry("*", pem)]))
    spans: list[ReadableSpan] = []
    for _ in range(2):
        cap = _Capture()
        em = AuditEmitter(
            service_name="p", emitter_id="e/0", exporter=cap, batch=False, signing_key_path=tmp / "k.pem",
            checkpoint_every=5,
        )  # fmt: skip
        for i in range(17):
            em.record("GET /Patient", {"i": i})
        em.shutdown()
        spans += cap.spans
    records = records_of_protobuf(encode_spans(spans).SerializeToString(), "mem:1", 0)
    return records, load_keyring([str(tmp / "keys.json")])


def _tamper(records: list[SpanRecord], rnd: random.Random) -> list[SpanRecord]:
    out = list(records)
    for _ in range(rnd.randint(1, 3)):
        i = rnd.randrange(len(out))
        op = rnd.choice(["delete", "duplicate", "swap", "alter", "relink", "replay", "unchain", "conflict"])
        r = copy.copy(out[i])
        if op == "delete":
            del out[i]
        elif op == "duplicate":
            out.insert(rnd.randrange(len(out) + 1), r)
        elif op == "swap":
            j = rnd.randrange(len(out))
            out[i], out[j] = out[j], out[i]
        elif op == "alter":
            r.computed_hash = "0" * 64
            out[i] = r
        elif op == "relink":
            r.prev = "1" * 64
            out[i] = r
        elif op == "replay":
            r.resource_emitter = "other/0"
            out[i] = r
        elif op == "unchain":
            r.seq = None
            out[i] = r
        else:
            r.stored_hash = r.computed_hash = "2" * 64
            out.insert(i, r)
        if not out:
            out = [records[0]]
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32), open_=st.booleans(), order=st.booleans())
def test_bulk_chain_checks_match_record_by_record(seed: int, open_: bool, order: bool, trail: Any) -> None:
    records, keys = trail
    tampered = _tamper(records, random.Random(seed))
    results = []
    for bulk in (True, False):
        verify_mod.BULK = bulk
        try:
            results.append(verify_records(tampered, keys, allow_open=open_, ignore_order=order).to_json())
        finally:
            verify_mod.BULK = True
    assert results[0] == results[1]


def test_clean_trail_takes_the_bulk_path_and_verifies(trail: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def record_by_record(*_: Any) -> None:
        raise AssertionError("a clean trail needs no record-by-record pass")

    for name in ("_check_records", "_unique_in_order", "_walk"):
        monkeypatch.setattr(verify_mod, name, record_by_record)
    records, keys = trail
    res = verify_records(records, keys)
    # 17 records and checkpoints after 5, 10, 15 and at shutdown, per chain
    assert res.ok and [(c.records, c.signed_ok) for c in res.chains] == [(21, 4), (21, 4)]


class _Down(SpanExporter):
    def export(self, spans: Any) -> SpanExportResult:
        return SpanExportResult.FAILURE

    def shutdown(self) -> None:
        pass


def test_lean_spool_reading_matches_the_full_one(tmp_path: Path) -> None:
    """Typed (msgspec) reading of spool lines, and its fallback to json.loads for odd lines."""
    spool = tmp_path / "spool"
    em = AuditEmitter(
        service_name="s", emitter_id="e/1", exporter=_Down(), spool_dir=spool, checkpoint_every=4,
        retry_max_s=0.05,
    )  # fmt: skip
    for i in range(9):
        em.record("GET /Patient", {"i": i, "u": f"user{i}"}, events=[("masked", {"n": i})])
    em.shutdown(timeout_s=0.3)
    (seg,) = sorted(spool.glob("seg-*.jsonl"))
    lines = seg.read_bytes().splitlines(keepends=True)
    odd = [
        lines[1].replace(b',"status":', b',"start":"1","status":', 1),  # start again, as text
        lines[2].replace(b'"name":"GET /Patient"', b'"name":5'),
        lines[3].replace(b'"doc":{', b'"doc":{"attributes":{"phigate.audit.seq":99},', 1),  # a duplicate
        lines[4].replace(b'"hash":"', b'"hash":7,"h":"', 1),
        b'{"seq":1,"hash":"x","doc":{"name":"n","start":1e400,"end":1,"attributes":{}}}\n',
        b'{"seq":1}\n',
    ]
    path = tmp_path / "odd.jsonl"
    path.write_bytes(b"".join(lines + odd))
    lean, full = read_sources([str(path)], lean=True), read_sources([str(path)])
    assert lean.errors == full.errors and len(full.errors) == 3  # hash 7, 1e400 as an int, no doc
    assert [_view(r) for r in lean.records] == [_view(r) for r in full.records]
    assert sum(r.stored_hash == r.computed_hash for r in lean.records) == len(lines)  # edited: altered
    assert lean.records[len(lines) + 2].seq == 4  # the second "attributes" counts, as for json.loads
