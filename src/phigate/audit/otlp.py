"""Reading audit spans back: the Collector file exporter's JSON lines and `format: proto` files,
the emitter's spool, archives, receivers (verify reads lean records, most spans through span
templates (templates.py); report/export read full ones).

The OpenTelemetry Collector's `file` exporter writes one ExportTraceServiceRequest per line in
OTLP/JSON: camelCase keys, 64-bit integers as strings (`"intValue":"5"`), trace and span ids as
hex, enums as integers. protobuf's MessageToDict gives base64 ids and enum names instead; both
are accepted. Pure parsing, no I/O except reading the named sources.
"""

from __future__ import annotations

import base64
import gc
import gzip
import hashlib
import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import compress, repeat
from operator import add, is_, itemgetter, methodcaller
from pathlib import Path
from typing import Any

import msgspec

from phigate.audit import encoding as enc
from phigate.audit import templates
from phigate.audit.encoding import C_STR as _c_str

_KINDS = {
    "SPAN_KIND_UNSPECIFIED": 0,
    "SPAN_KIND_INTERNAL": 1,
    "SPAN_KIND_SERVER": 2,
    "SPAN_KIND_CLIENT": 3,
    "SPAN_KIND_PRODUCER": 4,
    "SPAN_KIND_CONSUMER": 5,
}
_STATUS = {"STATUS_CODE_UNSET": 0, "STATUS_CODE_OK": 1, "STATUS_CODE_ERROR": 2}


class MalformedInput(ValueError):
    """A line that is not OTLP JSON (the message says what is wrong)."""


def any_value(v: dict[str, Any]) -> Any:
    if "stringValue" in v:
        return v["stringValue"]
    if "intValue" in v:
        return int(v["intValue"])
    if "boolValue" in v:
        return bool(v["boolValue"])
    if "doubleValue" in v:
        return float(v["doubleValue"])
    if "arrayValue" in v:
        return [any_value(x) for x in v["arrayValue"].get("values") or ()]
    if "kvlistValue" in v:
        return {kv["key"]: any_value(kv.get("value") or {}) for kv in v["kvlistValue"].get("values") or ()}
    if "bytesValue" in v:
        return v["bytesValue"]
    # An AnyValue with nothing set: a marshaler that omits a default oneof member. The emitter never
    # writes an empty AnyValue (None is dropped), so this can only be an empty string.
    return "" if not v else None


def attributes(kvs: list[dict[str, Any]] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kv in kvs or ():
        v = kv.get("value") or {}
        if "stringValue" in v:  # the common cases inline: this loop is the verifier's hot path
            out[kv["key"]] = v["stringValue"]
        elif "intValue" in v:
            out[kv["key"]] = int(v["intValue"])
        else:
            out[kv["key"]] = any_value(v)
    return out


# computed_hash of a span that lists one attribute key twice: readers disagree on which value counts
# (json.loads and this verifier keep the last, others the first), so it is never taken as intact.
DUPLICATE_KEY = "duplicate attribute key"
_NO_ATTRS: dict[str, Any] = {}


class SpanRecord(msgspec.Struct, gc=False):
    """One span as read, with what the verifier and the report need.

    Read for `verify` only (lean=True), attrs is filled for checkpoints alone and raw/resource/scope
    are empty: verify needs neither, and not keeping 200,000 decoded spans alive halves its time.
    A msgspec Struct, not a dataclass: built in C (6x faster than a dataclass __init__, once per span)
    and not tracked by the garbage collector (a record holds no cycles).
    """

    where: str  # "file:line"
    pos: int  # global reading order
    name: str
    start: int
    end: int
    attrs: dict[str, Any]
    resource_emitter: str | None
    emitter: str | None
    chain: str | None
    seq: int | None
    prev: str | None
    stored_hash: str | None
    computed_hash: str | None
    raw: dict[str, Any]  # the span as read, OTLP JSON (for export)
    resource: dict[str, Any]  # the resource as read (for export)
    scope: dict[str, Any]

    @property
    def is_checkpoint(self) -> bool:
        return self.name == enc.CHECKPOINT_NAME

    @property
    def altered(self) -> bool:
        return self.stored_hash != self.computed_hash


def _str_or_none(v: Any) -> str | None:
    return v if isinstance(v, str) else None


def _kind(v: Any) -> int:
    return _KINDS.get(v, 0) if isinstance(v, str) else int(v or 0)


def _record(
    name: str,
    kind: int,
    start: int,
    end: int,
    attrs: dict[str, Any],
    events: list[dict[str, Any]] | None,
    status: tuple[int, str],
    resource_emitter: str | None,
    where: str,
    pos: int,
    lean: bool,
    duplicate: bool = False,
) -> SpanRecord:
    """Chain fields and the recomputed hash of one decoded span (any input format)."""
    seq = attrs.get(enc.A_SEQ)
    stored = computed = None
    if seq is not None:
        stored = attrs.pop(enc.A_HASH, None)  # hashed without it, put back below
        doc = {
            "v": enc.ENCODING_VERSION,
            "name": name,
            "kind": kind,
            "start": start,
            "end": end,
            "attributes": attrs,
            "events": events or [],
            "status": {"code": status[0], "message": status[1]},
        }
        computed = DUPLICATE_KEY if duplicate else enc.hash_bytes(enc.canonical(doc))
        if stored is not None:
            attrs[enc.A_HASH] = stored
    if type(seq) is not int:
        seq = None
    emitter, chain, prev = attrs.get(enc.A_EMITTER), attrs.get(enc.A_CHAIN), attrs.get(enc.A_PREV)
    return _lean(
        where, pos, name, start, end, _NO_ATTRS if lean and name != enc.CHECKPOINT_NAME else attrs,
        resource_emitter, emitter, chain, seq, prev, stored, computed,
    )


def _lean(
    where: str, pos: int, name: str, start: int, end: int, attrs: dict[str, Any],
    resource_emitter: str | None, emitter: Any, chain: Any, seq: int | None, prev: Any, stored: Any,
    computed: str | None,
) -> SpanRecord:
    """A record without the raw span, resource and scope (verify needs none of them); chain fields
    that are not strings count as absent."""
    return SpanRecord(
        where, pos, name, start, end, attrs, resource_emitter,
        emitter if type(emitter) is str else None,
        chain if type(chain) is str else None,
        seq,
        prev if type(prev) is str else None,
        stored if type(stored) is str else None,
        computed, _NO_ATTRS, _NO_ATTRS, _NO_ATTRS,
    )


def span_record(
    sp: dict[str, Any],
    resource: dict[str, Any],
    res_attrs: dict[str, Any],
    scope: dict[str, Any],
    where: str,
    pos: int,
    lean: bool = False,
) -> SpanRecord:
    kvs = sp.get("attributes")
    attrs = attributes(kvs)
    status = sp.get("status") or {}
    code = status.get("code") or 0
    events = sp.get("events")
    r = _record(
        sp.get("name") or "",
        _kind(sp.get("kind")),
        int(sp.get("startTimeUnixNano") or 0),
        int(sp.get("endTimeUnixNano") or 0),
        attrs,
        [
            {
                "name": e.get("name") or "",
                "time": int(e.get("timeUnixNano") or 0),
                "attributes": attributes(e.get("attributes")),
            }
            for e in events
        ]
        if events
        else None,
        (_STATUS.get(code, 0) if isinstance(code, str) else int(code), status.get("message") or ""),
        _str_or_none(res_attrs.get(enc.A_EMITTER)),
        where,
        pos,
        lean,
        kvs is not None and len(attrs) != len(kvs),
    )
    if not lean:
        r.raw, r.resource, r.scope = sp, resource, scope
    return r


def records_of_document(doc: Any, where: str, pos: int, lean: bool = False) -> list[SpanRecord]:
    if not isinstance(doc, dict) or not isinstance(doc.get("resourceSpans", []), list):
        raise MalformedInput("not an ExportTraceServiceRequest (no resourceSpans list)")
    out: list[SpanRecord] = []
    try:
        for rs in doc.get("resourceSpans") or ():
            resource = rs.get("resource") or {}
            res_attrs = attributes(resource.get("attributes"))
            for ss in rs.get("scopeSpans") or rs.get("instrumentationLibrarySpans") or ():
                scope = ss.get("scope") or {}
                for sp in ss.get("spans") or ():
                    out.append(span_record(sp, resource, res_attrs, scope, where, pos + len(out), lean))
    except (AttributeError, TypeError, ValueError, KeyError, OverflowError) as exc:  # inf as an int
        raise MalformedInput(f"bad span structure ({type(exc).__name__}: {exc})") from None
    return out


# -- protobuf: the Collector file exporter's `format: proto` and OTLP/HTTP bodies -------------------
# Read through protobuf's C (upb) messages directly: MessageToDict is pure Python and 10x slower.
_PB_SCALAR = {"string_value", "int_value", "bool_value", "double_value"}


def _pb_value(v: Any) -> Any:
    which = v.WhichOneof("value")
    if which in _PB_SCALAR:
        return getattr(v, which)
    if which == "array_value":
        return [_pb_value(x) for x in v.array_value.values]
    if which == "kvlist_value":
        return {kv.key: _pb_value(kv.value) for kv in v.kvlist_value.values}
    if which == "bytes_value":
        return base64.b64encode(v.bytes_value).decode()  # as OTLP JSON spells bytes
    return ""  # an empty AnyValue (see any_value)


def _light_classes() -> tuple[Any, Any, Any, Any, Any]:
    """(Request, KeyValue, Span, Status, Resource): a wire-compatible view of
    ExportTraceServiceRequest that keeps only what verify reads, its resources and spans as bytes,
    and declares every attribute list as `repeated bytes`. upb then hands over each span (for the
    span templates) and each KeyValue's serialized bytes in one call; those bytes key a cache of
    decoded, encoded attributes (most attributes repeat from span to span), instead of ~5 upb object
    accesses per attribute."""
    global _LIGHT
    if _LIGHT is not None:
        return _LIGHT
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
    from opentelemetry.proto.common.v1.common_pb2 import KeyValue

    F = descriptor_pb2.FieldDescriptorProto
    fd = descriptor_pb2.FileDescriptorProto(
        name="phigate_audit_light.proto", package="phigate.audit.light", syntax="proto3"
    )

    def msg(name: str, *fields: tuple[str, int, int, bool, str]) -> None:
        m = fd.message_type.add(name=name)
        for fname, number, typ, repeated, type_name in fields:
            f = m.field.add(name=fname, number=number, type=typ)  # type: ignore[arg-type]
            f.label = F.LABEL_REPEATED if repeated else F.LABEL_OPTIONAL
            if type_name:
                f.type_name = ".phigate.audit.light." + type_name

    # Field numbers and wire types of opentelemetry/proto/trace/v1/trace.proto (enums read as int32).
    msg("Status", ("message", 2, F.TYPE_STRING, False, ""), ("code", 3, F.TYPE_INT32, False, ""))
    msg(
        "Event",
        ("time_unix_nano", 1, F.TYPE_FIXED64, False, ""),
        ("name", 2, F.TYPE_STRING, False, ""),
        ("attributes", 3, F.TYPE_BYTES, True, ""),
    )
    msg(
        "Span",
        ("name", 5, F.TYPE_STRING, False, ""),
        ("kind", 6, F.TYPE_INT32, False, ""),
        ("start_time_unix_nano", 7, F.TYPE_FIXED64, False, ""),
        ("end_time_unix_nano", 8, F.TYPE_FIXED64, False, ""),
        ("attributes", 9, F.TYPE_BYTES, True, ""),
        ("events", 11, F.TYPE_MESSAGE, True, "Event"),
        ("status", 15, F.TYPE_MESSAGE, False, "Status"),
    )
    # Spans as bytes: the reader matches each against a span template (templates.py) first.
    msg("ScopeSpans", ("spans", 2, F.TYPE_BYTES, True, ""))
    msg("Resource", ("attributes", 1, F.TYPE_BYTES, True, ""))
    msg(
        "ResourceSpans",
        ("resource", 1, F.TYPE_BYTES, False, ""),  # read once per distinct resource (_pb_resource_emitter)
        ("scope_spans", 2, F.TYPE_MESSAGE, True, "ScopeSpans"),
    )
    msg("Request", ("resource_spans", 1, F.TYPE_MESSAGE, True, "ResourceSpans"))
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fd)

    def cls(name: str) -> Any:
        return message_factory.GetMessageClass(pool.FindMessageTypeByName("phigate.audit.light." + name))

    _LIGHT = (cls("Request"), KeyValue, cls("Span"), cls("Status"), cls("Resource"))
    return _LIGHT


_LIGHT: tuple[Any, Any, Any, Any, Any] | None = None


# -- lean records (verify): what repeats from span to span is decoded and encoded once --------------
# An attribute as read -> (key, value, its canonical '"key":value' text). Keyed by the serialized
# protobuf KeyValue (bytes), or by the JSON text of one OTLP JSON KeyValue after its `{"key":` (str;
# see _json_entries). Bounded: cleared when full.
_Entry = tuple[str, Any, str]
_KV_CACHE: dict[bytes, _Entry] = {}
_JKV_CACHE: dict[str, _Entry] = {}
_KV_CACHE_MAX = 1 << 16
# A resource as read (JSON: its attribute list's text; protobuf: its bytes) -> the emitter it names.
_RESOURCE_EMITTERS: dict[bytes, str | None] = {}
_PB_RESOURCE_EMITTERS: dict[bytes, str | None] = {}
# A span's attribute keys in their order -> (getter of the hashed entries in canonical key order,
# getter of the chain fields' entries, whether a key repeats). Spans of one emitter share a few.
_Layout = tuple[Callable[[list[_Entry]], Any], Callable[[list[_Entry]], Any], bool]
_LAYOUTS: dict[tuple[str, ...], _Layout] = {}
_LAYOUTS_MAX = 1 << 10
_ABSENT: _Entry = ("", None, "")  # appended to a span's entries: what a missing chain field reads
_CHAIN_KEYS = (enc.A_SEQ, enc.A_HASH, enc.A_EMITTER, enc.A_CHAIN, enc.A_PREV)
_K, _V, _P, _KV = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(0, 1)
_SEQ_PIECE, _PREV_PIECE = f'"{enc.A_SEQ}":', f'"{enc.A_PREV}":"'
# The v1 hashed document with its keys in canonical (sorted) order, the attributes' pieces joined in.
_DOC = (
    '{"attributes":{%s},"end":%d,"events":%s,"kind":%d,"name":%s,"start":%d,'
    '"status":{"code":%d,"message":%s},"v":%d}'
)
_CHECKPOINT = enc.CHECKPOINT_NAME
_sha256 = hashlib.sha256


def _layout(keys: tuple[str, ...]) -> _Layout:
    """How to read spans with these attribute keys, in this order. A repeated key reads its last
    value (as a dict keeps it, like the full reader); such a span is never intact anyway."""
    last = {k: i for i, k in enumerate(keys)}
    order = tuple(i for _, i in sorted((k, i) for i, k in enumerate(keys) if k != enc.A_HASH))
    hashed: Callable[[list[_Entry]], Any] = (
        itemgetter(*order) if len(order) > 1 else lambda e, o=order: [e[i] for i in o]  # type: ignore[misc]
    )
    if len(_LAYOUTS) >= _LAYOUTS_MAX:
        _LAYOUTS.clear()
    lay = _LAYOUTS[keys] = (
        hashed,
        itemgetter(*(last.get(k, -1) for k in _CHAIN_KEYS)),
        len(last) != len(keys),
    )
    return lay


def _lean_record(
    entries: list[_Entry],
    name: str,
    kind: int,
    start: int,
    end: int,
    events: str,
    code: int,
    message: str,
    resource_emitter: str | None,
    where: str,
    pos: int,
) -> SpanRecord:
    """The lean record of one span from its attribute entries (either input format). The hashed
    document is joined from the cached canonical pieces: byte-for-byte
    enc.canonical(hashed_document(...)) (keys sorted, same encoder), `events` its canonical text."""
    keys = tuple(map(_K, entries))
    hashed, chain_fields, duplicate = _LAYOUTS.get(keys) or _layout(keys)
    entries.append(_ABSENT)
    seq, stored, emitter, chain, prev = map(_V, chain_fields(entries))
    computed = None
    if seq is not None:
        if duplicate:
            computed = DUPLICATE_KEY
        else:
            text = _DOC % (
                ",".join(map(_P, hashed(entries))),
                end,
                events,
                kind,
                _c_str(name),
                start,
                code,
                _c_str(message),
                enc.ENCODING_VERSION,
            )
            computed = _sha256(text.encode()).hexdigest()
        if type(seq) is not int:
            seq = None
    else:
        stored = None  # as the full reader: the hash is taken only with a seq
    attrs = _NO_ATTRS
    if name == _CHECKPOINT:
        attrs = dict(map(_KV, entries[:-1]))
        if stored is None and computed is not None and attrs.get(enc.A_HASH, 0) is None:
            # as the full reader, which takes the hash out of a record with a seq (and puts back a value)
            del attrs[enc.A_HASH]
    return _lean(
        where, pos, name, start, end, attrs, resource_emitter, emitter, chain, seq, prev, stored, computed
    )


def _entries_attributes(entries: list[_Entry]) -> dict[str, Any]:
    return dict(map(_KV, entries))


# -- protobuf --


def _kv_entry(raw: bytes) -> _Entry:
    entry = _kv_simple(raw)
    if entry is None:
        kv = _light_classes()[1].FromString(raw)
        key, value = kv.key, _pb_value(kv.value)
        entry = (key, value, enc.canonical_text({key: value})[1:-1])
    if len(_KV_CACHE) >= _KV_CACHE_MAX:
        _KV_CACHE.clear()
    _KV_CACHE[raw] = entry
    return entry


def _kv_simple(raw: bytes) -> _Entry | None:
    """The shapes the emitter writes for per-record values (seq, hashes, ids), decoded by hand:
    `key` (<128 bytes) then an AnyValue holding one string (<128 bytes), int64 or bool, nothing
    else. Anything else (long values, lists, repeated fields, bad UTF-8) returns None and goes
    through protobuf itself, so both paths agree on every input they accept."""
    n = len(raw)
    if n < 5 or raw[0] != 0x0A or raw[1] >= 0x80:
        return None
    i = 2 + raw[1]  # the AnyValue field tag
    if i + 3 > n or raw[i] != 0x12 or raw[i + 1] != n - i - 2:  # the AnyValue fills the rest
        return None
    tag, j = raw[i + 2], i + 3
    try:
        key = raw[2:i].decode()
        if tag == 0x0A and j < n and raw[j] == n - j - 1:  # string_value, length < 128
            value: Any = raw[j + 1 :].decode()
            return (key, value, _c_str(key) + ":" + _c_str(value))
    except UnicodeDecodeError:
        return None
    if tag == 0x18 and 0 < n - j <= 10 and raw[n - 1] < 0x80:  # int_value: one varint, to the end
        value, shift = 0, 0
        for b in raw[j:]:
            value |= (b & 0x7F) << shift
            shift += 7
        if min(raw[j : n - 1], default=0x80) < 0x80 or value >= 1 << 64:
            return None
        if value >= 1 << 63:
            value -= 1 << 64
        return (key, value, _c_str(key) + ":" + str(value))
    if tag == 0x10 and j == n - 1 and raw[j] in (0, 1):  # bool_value
        return (key, raw[j] == 1, _c_str(key) + (":true" if raw[j] else ":false"))
    return None


# The emitter's last three attributes (seq, prev_hash, hash: different in every record, so never worth
# caching) as it serializes them (a varint under 2**63; 64 hex digits each): one match over the three.
def _pb_kv(key: str, value: bytes) -> bytes:
    return b"\n" + bytes([len(key)]) + re.escape(key.encode()) + value


_PB_TAIL = re.compile(
    _pb_kv(enc.A_SEQ, rb"\x12([\x02-\x0a])\x18([\x80-\xff]{0,8}[\x00-\x7f])")
    + _pb_kv(enc.A_PREV, rb"\x12\x42\n\x40([0-9a-f]{64})")
    + _pb_kv(enc.A_HASH, rb"\x12\x42\n\x40([0-9a-f]{64})"),
    re.S,
).fullmatch
_PB_PREV_LEN, _PB_HASH_LEN = 2 + len(enc.A_PREV) + 4 + 64, 2 + len(enc.A_HASH) + 4 + 64


def _pb_tail(raws: list[bytes]) -> list[_Entry] | None:
    """The last three KeyValues when they are the emitter's seq, prev_hash and hash (each its own
    KeyValue: the two hashes have fixed lengths, the seq's AnyValue length is checked)."""
    m = _PB_TAIL(b"".join(raws[-3:]))
    if m is None or len(raws[-1]) != _PB_HASH_LEN or len(raws[-2]) != _PB_PREV_LEN:
        return None
    size, varint, prev, stored = m.groups()
    if size[0] != len(varint) + 1:  # the AnyValue is exactly the tag and the varint
        return None
    seq = 0
    for k, b in enumerate(varint):
        seq |= (b & 0x7F) << (7 * k)
    prev = prev.decode()
    return [
        (enc.A_SEQ, seq, _SEQ_PIECE + str(seq)),
        (enc.A_PREV, prev, _PREV_PIECE + prev + '"'),
        (enc.A_HASH, stored.decode(), ""),  # not hashed
    ]


def _pb_entries(raws: Any) -> list[_Entry]:
    """The entries of serialized KeyValues: C-level lookups when all are cached (most repeat)."""
    raws = list(raws)
    entries = list(map(_KV_CACHE.get, raws))
    if None in entries:
        if len(raws) > 3 and (tail := _pb_tail(raws)) is not None:
            entries[-3:] = tail
        while None in entries:  # the first uncached one, until none is left
            i = entries.index(None)
            entries[i] = _kv_entry(raws[i])
    return entries


def _pb_status(payload: bytes) -> tuple[int, str]:
    st = _light_classes()[3].FromString(payload)
    return st.code, st.message


_PB_TEMPLATES = templates.Learner(partial(templates.pb_build, status=_pb_status), templates.pb_kind)
_VARINTS: dict[bytes, int] = {}  # every varint of one or two bytes (filled on first use)
_MASK64 = (1 << 64) - 1
_le64 = partial(int.from_bytes, byteorder="little")


def _varint(b: bytes) -> int:
    """An int64 varint (as upb reads it: low 64 bits, two's complement)."""
    v = _VARINTS.get(b)
    if v is not None:
        return v
    if not _VARINTS:
        _VARINTS.update({bytes([x]): x for x in range(128)})
        _VARINTS.update({bytes([x, y]): (x & 0x7F) | y << 7 for x in range(128, 256) for y in range(128)})
        return _varint(b)
    if len(b) <= 4:  # the 7-bit groups of up to four bytes, moved together
        x = int.from_bytes(b, "little")
        return (x & 0x7F) | (x >> 1 & 0x3F80) | (x >> 2 & 0x1FC000) | (x >> 3 & 0xFE00000)
    v = 0
    for k, x in enumerate(b):
        v |= (x & 0x7F) << (7 * k)
    v &= _MASK64
    return v - (1 << 64) if v >= 1 << 63 else v


def _pb_len(b: bytes) -> int:
    return b[0] if len(b) == 1 else (b[0] & 0x7F) | b[1] << 7


def _pb_templated(
    t: templates.PbTemplate, g: tuple[bytes, ...], res_emitter: str | None, where: str, pos: int
) -> SpanRecord | None:
    """The record of a span its template matched; None where only the general reader may say what
    the span is (a length the lazy groups got wrong, bad UTF-8, a checkpoint's name)."""
    v: list[Any] = list(g)
    for i in t.ints:
        b = v[i]
        n = _VARINTS.get(b)  # one- and two-byte varints (filled by _varint's first call)
        if n is None:  # three bytes inline: every sequence number from 16,384 to 2,097,151
            n = (b[0] & 0x7F) | (b[1] & 0x7F) << 7 | b[2] << 14 if len(b) == 3 else _varint(b)
        v[i] = n
    for lg, kg, key in t.anys:
        kv = v[kg]
        if len(kv) != _pb_len(v[lg]):
            return None
        try:
            e = _KV_CACHE.get(kv) or _kv_entry(kv)
        except Exception:
            return None
        if e[0] != key:
            return None
        v[lg], v[kg] = e[1], e[2]
    for i in t.hexes:
        v[i] = v[i].decode()
    name, name_text, start, end = t.fixed
    if t.name is not None:
        raw = v[t.name + 1]
        if len(raw) != _pb_len(v[t.name]):
            return None
        try:
            name = raw.decode()
        except UnicodeDecodeError:
            return None
        if name == _CHECKPOINT:
            return None
        name_text = _c_str(name)
    if t.start is not None:
        start = _le64(v[t.start])
    if t.end is not None:
        end = _le64(v[t.end])
    seq, stored, emitter, chain, prev = t.chain((*v, *t.consts))
    doc = t.fmt % (*t.order(v), end, name_text, start)
    return SpanRecord(
        where, pos, name, start, end, _NO_ATTRS, res_emitter,
        emitter if type(emitter) is str else None, chain if type(chain) is str else None,
        seq, prev, stored, _sha256(doc.encode()).hexdigest(), _NO_ATTRS, _NO_ATTRS, _NO_ATTRS,
    )  # fmt: skip


def _pb_resource_emitter(raw: bytes) -> str | None:
    """The emitter a serialized Resource names: cached by its bytes (one per request, mostly the
    same few). Bad bytes raise protobuf's DecodeError, as when the request was parsed whole."""
    emitter = _PB_RESOURCE_EMITTERS.get(raw, _ABSENT)
    if emitter is _ABSENT:
        attrs = _light_classes()[4].FromString(raw).attributes
        emitter = _str_or_none(_entries_attributes(_pb_entries(attrs)).get(enc.A_EMITTER))
        if len(_PB_RESOURCE_EMITTERS) >= _LAYOUTS_MAX:
            _PB_RESOURCE_EMITTERS.clear()
        _PB_RESOURCE_EMITTERS[raw] = emitter
    return emitter  # type: ignore[return-value]


_PB_SIGHTED: dict[tuple[str, ...], int] = {}  # attribute keys -> spans read the general way


def _pb_learn(data: bytes, raws: list[bytes], entries: list[_Entry]) -> templates.Template | None:
    """Teach the span template learner one span read the general way (not a checkpoint, no events).
    Reading a span's fields costs about as much as the span: a layout of attribute keys seen once
    only (most spans of a file come in few layouts), or already learned from often, is not read."""
    if len(raws) <= 3 or _pb_tail(raws) is None:
        return None
    attr_keys = tuple(map(_K, entries))
    seen = _PB_SIGHTED.get(attr_keys, 0)
    if len(_PB_SIGHTED) >= _LAYOUTS_MAX:
        _PB_SIGHTED.clear()
    _PB_SIGHTED[attr_keys] = seen + 1
    if seen == 0 or seen > 4 * templates.Learner.MAX_LEARN:
        return None
    fields = templates.pb_fields(data)
    if fields is None:
        return None
    keys: list[Any] = []
    units: list[bytes | None] = []
    ents: list[_Entry] = []
    attr = iter(range(len(entries)))
    for fno, unit, _ in fields:
        if fno == 9:
            i = next(attr, None)
            if i is None:
                return None
            keys.append(entries[i][0])
            units.append(None if i >= len(entries) - 3 else unit)
            ents.append(entries[i])
        else:
            key = fno if fno in templates._PB_VARIABLE_FIELDS else (fno, unit)
            keys.append(key)
            units.append(unit)
            ents.append((key, None, ""))  # type: ignore[arg-type]
    if next(attr, None) is not None:
        return None
    return _PB_TEMPLATES.learn(units, ents)


def records_of_protobuf(data: bytes, where: str, pos: int) -> list[SpanRecord]:
    """Lean records (verify only) of one serialized ExportTraceServiceRequest."""
    request, _, span_class, _, _ = _light_classes()
    req = request.FromString(data)
    out: list[SpanRecord] = []
    learner = _PB_TEMPLATES
    t = learner.mru
    for rs in req.resource_spans:
        res_emitter = _pb_resource_emitter(rs.resource)
        for ss in rs.scope_spans:
            for b in ss.spans:
                if t is not None:
                    g = None
                    m = t.match(b)
                    if m is not None and t.runs_of(g := m.groups()) != t.runs:
                        g = None
                    if g is None:
                        found, g = learner.find(b)
                        t = found or t
                    if g is not None:
                        r = _pb_templated(t, g, res_emitter, where, pos + len(out))  # type: ignore[arg-type]
                        if r is not None:
                            out.append(r)
                            continue
                sp = span_class.FromString(b)
                events, st, name = sp.events, sp.status, sp.name
                raws = list(sp.attributes)
                entries = _pb_entries(raws)
                if not events and name != _CHECKPOINT:
                    t = _pb_learn(b, raws, entries) or t  # type: ignore[assignment]
                out.append(
                    _lean_record(
                        entries,
                        name,
                        sp.kind,
                        sp.start_time_unix_nano,
                        sp.end_time_unix_nano,
                        enc.canonical_text(_pb_events(events)) if events else "[]",
                        st.code,
                        st.message,
                        res_emitter,
                        where,
                        pos + len(out),
                    )
                )
    return out


def _pb_events(events: Any) -> list[dict[str, Any]]:
    return [
        {
            "name": e.name,
            "time": e.time_unix_nano,
            "attributes": _entries_attributes(_pb_entries(e.attributes)),
        }
        for e in events
    ]


# -- OTLP JSON, lean: typed decoding (msgspec) of only the fields verify reads --------------------
# Each attribute stays the JSON text of its KeyValue object (msgspec.Raw, validated JSON), which keys
# _JKV_CACHE like the serialized KeyValue does for protobuf. Field defaults are those of the full
# reader; anything these types refuse (null where a value is expected, floats for integers, other
# spellings) is read by the full reader instead, so both agree on every line the lean one accepts.
_EMPTY_LIST = msgspec.Raw(b"[]")


class _JStatus(msgspec.Struct):
    code: int | str = 0
    message: str = ""


class _JEvent(msgspec.Struct):
    name: str = ""
    timeUnixNano: int | str = 0
    attributes: msgspec.Raw = _EMPTY_LIST


class _JSpan(msgspec.Struct):
    name: str = ""
    kind: int | str = 0
    startTimeUnixNano: int | str = 0
    endTimeUnixNano: int | str = 0
    attributes: msgspec.Raw = _EMPTY_LIST
    events: list[_JEvent] = []
    status: _JStatus | None = None


class _JScopeSpans(msgspec.Struct):
    spans: list[_JSpan] = []


class _JResource(msgspec.Struct):
    attributes: msgspec.Raw = _EMPTY_LIST


class _JResourceSpans(msgspec.Struct):
    resource: _JResource | None = None
    scopeSpans: list[_JScopeSpans] = []
    instrumentationLibrarySpans: list[_JScopeSpans] = []


class _JRequest(msgspec.Struct):
    resourceSpans: list[_JResourceSpans] = []


_JSON_DECODE = msgspec.json.Decoder(_JRequest).decode


class _NotLean(Exception):
    """A line the lean JSON reader leaves to the full one."""


def _kv_value(v: dict[str, Any]) -> Any:
    if "stringValue" in v:
        return v["stringValue"]
    if "intValue" in v:
        return int(v["intValue"])
    return any_value(v)


def _json_kv_entry(obj: bytes | str) -> _Entry:
    """One OTLP JSON KeyValue object, read as attributes() reads it."""
    kv = json.loads(obj)
    key = kv["key"]
    if type(key) is not str:
        raise _NotLean("attribute key is not a string")
    value = _kv_value(kv.get("value") or {})
    return (key, value, enc.canonical_text({key: value})[1:-1])


# A KeyValue as the Collector writes strings and integers, without escapes, after its `{"key":`. A JSON
# string with no backslash is its own canonical text (canonical JSON escapes only '"', '\', controls).
_JSON_PART = re.compile(
    r'"([^"\\\x00-\x1f]+)","value":\{"(?:stringValue":"([^"\\\x00-\x1f]*)"|intValue":"(-?[0-9]{1,18})")\}'
).fullmatch


def _json_part_entry(part: str) -> _Entry:
    """The entry of one piece of a cut attribute list (see _json_entries), cached."""
    m = _JSON_PART(part)
    if m is not None:
        key, value, int_text = m.groups()
        if int_text is None:
            entry = (key, value, f'"{key}":"{value}"')
        else:
            value = int(int_text)
            entry = (key, value, f'"{key}":{value}')
    else:
        entry = _json_kv_entry('{"key":' + part + "}")
    if len(_JKV_CACHE) >= _KV_CACHE_MAX:
        _JKV_CACHE.clear()
    _JKV_CACHE[part] = entry
    return entry


# The emitter's last three attributes (seq, prev_hash, hash: different in every record, so never worth
# caching) in the shapes it writes them (a canonical integer, 64 hex digits), read at once at the end
# of the list. Within the match only its own three `},{"key":` occur: the list's last three pieces.
_JSON_CHAIN_TAIL = (
    r'\},\{"key":"' + re.escape(enc.A_SEQ) + r'","value":\{"intValue":"(0|[1-9][0-9]{0,17})"\}'
    r'\},\{"key":"' + re.escape(enc.A_PREV) + r'","value":\{"stringValue":"([0-9a-f]{64})"\}'
    r'\},\{"key":"' + re.escape(enc.A_HASH) + r'","value":\{"stringValue":"([0-9a-f]{64})"\}\}\]\Z'
)
_JSON_CHAIN_TAIL_MAX = len(_JSON_CHAIN_TAIL.replace("\\", "")) + 200  # generous: only where to start looking
_json_chain_tail = re.compile(_JSON_CHAIN_TAIL).search
_KV_SPLIT, _KV_HEAD, _KV_TAIL = '},{"key":', '[{"key":', "}]"


def _json_entries(raw: msgspec.Raw) -> list[_Entry]:
    return _json_cut(str(raw, "utf-8"))[0]


def _json_cut(text: str) -> tuple[list[_Entry], list[str | None] | None]:
    """The entries of one OTLP JSON attribute list (its text, validated JSON), cut at each
    `},{"key":` into KeyValue objects without decoding the list, and those units (None for the
    chain tail) when the list was cut and ends with the emitter's chain tail (else None). No JSON
    string holds that text (its quote would be escaped), so a cut lands between two KeyValues or
    inside a nested kvlist value; the latter leaves a piece that is not a whole object, which the
    slow path then reads. (Each piece read as a whole object, the list is exactly those objects:
    JSON parses one way.)"""
    if text.startswith(_KV_HEAD) and text.endswith(_KV_TAIL):
        parts = text.split(_KV_SPLIT)
        parts[0] = parts[0][8:]
        tail = None
        if len(parts) > 3 and (m := _json_chain_tail(text, len(text) - _JSON_CHAIN_TAIL_MAX)) is not None:
            del parts[-3:]
            seq, prev, stored = m.groups()
            tail = [
                (enc.A_SEQ, int(seq), _SEQ_PIECE + seq),
                (enc.A_PREV, prev, _PREV_PIECE + prev + '"'),
                (enc.A_HASH, stored, ""),  # not hashed
            ]
        else:
            parts[-1] = parts[-1][:-2]
        entries = list(map(_JKV_CACHE.get, parts))
        try:
            while None in entries:  # the first uncached piece, until none is left
                i = entries.index(None)
                entries[i] = _json_part_entry(parts[i])
            if tail is not None:
                entries += tail
                return entries, [*parts, None, None, None]
            return entries, _scattered_tail(parts, entries)
        except (ValueError, OverflowError, _NotLean):
            pass
    elif text == "[]":
        return [], None
    return [_json_kv_entry(bytes(e)) for e in msgspec.json.decode(text, type=list[msgspec.Raw])], None


def _scattered_tail(parts: list[str], entries: list[_Entry]) -> list[str | None] | None:
    """The units of a list whose chain fields are not the last three (records replayed from the
    emitter's spool list their attributes in canonical order, the hash appended): None where seq,
    prev_hash and hash are (each once, as the emitter writes them), for the whole-span templates."""
    at = [i for i, e in enumerate(entries) if e[0] in _TAIL_SET]
    if len(at) != 3 or {entries[i][0] for i in at} != _TAIL_SET:
        return None
    types = {entries[i][0]: type(entries[i][1]) for i in at}
    if types != {enc.A_SEQ: int, enc.A_PREV: str, enc.A_HASH: str}:
        return None
    units: list[str | None] = list(parts)
    for i in at:
        units[i] = None
    return units


_TAIL_SET = set(templates.TAIL_KEYS)
_JSON_TEMPLATES = templates.Learner(templates.json_build, templates.json_kind)


def clear_caches() -> None:
    """Forget every cached attribute, layout and span template (a cold start: benchmarks, tests)."""
    caches = (_KV_CACHE, _JKV_CACHE, _LAYOUTS, _PB_SIGHTED, _RESOURCE_EMITTERS, _PB_RESOURCE_EMITTERS)
    for cache in caches:
        cache.clear()
    _JSON_TEMPLATES.clear()
    _JSON_SPAN_TEMPLATES.clear()
    _SPAN_SIGHTED.clear()
    _SPAN_FROM_ATTR.clear()
    _PB_TEMPLATES.clear()


def _json_events(events: list[_JEvent]) -> str:
    return enc.canonical_text(
        [
            {
                "name": e.name,
                "time": int(e.timeUnixNano or 0),
                "attributes": _entries_attributes(_json_entries(e.attributes)),
            }
            for e in events
        ]
    )


def _json_resource_emitter(raw: bytes) -> str | None:
    """The emitter a resource names (one per line, mostly the same few): cached by the list's text."""
    emitter = _RESOURCE_EMITTERS.get(raw, _ABSENT)
    if emitter is _ABSENT:
        emitter = _str_or_none(_entries_attributes(_json_entries(msgspec.Raw(raw))).get(enc.A_EMITTER))
        if len(_RESOURCE_EMITTERS) >= _LAYOUTS_MAX:
            _RESOURCE_EMITTERS.clear()
        _RESOURCE_EMITTERS[raw] = emitter
    return emitter  # type: ignore[return-value]


def _generic_pieces(g: tuple[str, ...], at: tuple[int, ...]) -> list[str]:
    """A template's groups with the "any" units replaced by their canonical pieces."""
    out = list(g)
    for i in at:
        out[i] = (_JKV_CACHE.get(out[i]) or _json_part_entry(out[i]))[2]
    return out


class _JScopeSpansRaw(msgspec.Struct):
    spans: list[msgspec.Raw] = []


class _JResourceSpansRaw(msgspec.Struct):
    resource: _JResource | None = None
    scopeSpans: list[_JScopeSpansRaw] = []
    instrumentationLibrarySpans: list[_JScopeSpansRaw] = []


class _JRequestRaw(msgspec.Struct):
    resourceSpans: list[_JResourceSpansRaw] = []


# A line decoded down to its spans, each kept as its JSON text (validated: msgspec skips a value only
# after checking it is JSON; not its UTF-8, which _lean_json checks on the whole line).
_JSON_RAW_DECODE = msgspec.json.Decoder(_JRequestRaw).decode
_JSPAN_DECODE = msgspec.json.Decoder(_JSpan).decode
_MEMBERS_DECODE = msgspec.json.Decoder(dict[str, msgspec.Raw]).decode
_JSON_SPAN_TEMPLATES = templates.Learner(templates.json_span_build, templates.json_span_kind)
_SPAN_SIGHTED: dict[tuple[Any, ...], int] = {}  # attribute layouts -> spans learned from (bounded)
_SPAN_FROM_ATTR: dict[Any, int] = {}  # attribute templates -> spans they handed to the span learner
_GROUPS = re.Match.groups
_HEX = methodcaller("hexdigest")
_CHECKPOINT_B = enc.CHECKPOINT_NAME.encode()
_is_none = partial(is_, None)


def _lean_json(line: bytes, where: str, pos: int) -> list[SpanRecord]:
    """Lean records of one OTLP JSON line. Each list of spans is matched against the last whole-span
    template in one pass (map of the template's match over the spans' texts), and every span it reads
    is decoded, hashed and made a record by C-level maps over the matches, no Python frame per span
    (_json_templated). The others are read one by one (_json_span), which learns the templates.
    Whole-span templates apply to "clean" lines only: no backslash anywhere (so no JSON escape: each
    string's text is its value and its canonical JSON), strictly valid UTF-8."""
    out: list[SpanRecord] = []
    clean = b"\\" not in line and (line.isascii() or _strict_utf8(line))
    if not clean and not line.isascii():
        line.decode("utf-8", "surrogatepass")  # as json.loads: bad UTF-8 even in a skipped value is an error
    learner = _JSON_SPAN_TEMPLATES
    for rs in _JSON_RAW_DECODE(line).resourceSpans:
        res = rs.resource
        res_emitter = _json_resource_emitter(bytes(res.attributes)) if res is not None else None
        for ss in rs.scopeSpans or rs.instrumentationLibrarySpans:
            raws = ss.spans
            if not clean:
                for raw in raws:
                    out.append(_json_span(raw, res_emitter, where, pos + len(out), clean))
                continue
            k = 0
            while k < len(raws) and learner.mru is None:  # until the first spans taught a template
                out.append(_json_span(raws[k], res_emitter, where, pos + len(out), clean))
                k += 1
            if k:
                raws = raws[k:]
            if not raws:
                continue
            t = learner.mru
            ms = list(map(t.match, raws))
            if None not in ms:
                recs = _json_templated(t, list(map(_GROUPS, ms)), res_emitter, where, pos + len(out))
                if recs is not None:
                    out += recs
                    continue
            # runs of matched spans in bulk; each other span (a checkpoint, another layout) on its own
            i, n = 0, len(raws)
            misses = [*compress(range(n), map(_is_none, ms)), n]
            for miss in misses:
                if miss > i:
                    gs = list(map(_GROUPS, ms[i:miss]))
                    recs = _json_templated(t, gs, res_emitter, where, pos + len(out))
                    if recs is None:
                        recs = [_json_span(raw, res_emitter, where, pos + len(out) + k, clean)
                                for k, raw in enumerate(raws[i:miss])]  # fmt: skip
                    out += recs
                if miss < n:
                    out.append(_json_other(raws[miss], res_emitter, where, pos + len(out)))
                i = miss + 1
    return out


def _strict_utf8(line: bytes) -> bool:
    try:
        line.decode()
    except UnicodeDecodeError:
        return False
    return True


def _json_other(raw: msgspec.Raw, res_emitter: str | None, where: str, pos: int) -> SpanRecord:
    """A span of a clean line the list's template did not match: another recent whole-span
    template (layouts alternate: spans with and without an attribute, emitters), else _json_span."""
    learner = _JSON_SPAN_TEMPLATES
    t, g = learner.mru, None
    if t is not None and (g := t.groups(raw)) is None:  # learning may have made another one the latest
        t, g = learner.find(raw)
    if t is not None and g is not None:
        recs = _json_templated(t, [g], res_emitter, where, pos)  # type: ignore[arg-type, list-item]
        if recs is not None:
            return recs[0]
    return _json_span(raw, res_emitter, where, pos, True)


def _json_templated(
    t: templates.SpanTemplate, gs: list[tuple[bytes, ...]], res_emitter: str | None, where: str, pos: int
) -> list[SpanRecord] | None:
    """The records of spans a whole-span template matched (their groups), by C-level maps; None
    when a check fails for any of them (a literal run differs, a checkpoint's name, an "any"
    attribute the general reader reads otherwise): the caller then reads them one by one."""
    n = len(gs)
    if t.runs and list(map(t.runs_of, gs)) != [t.runs] * n:
        return None
    name_g, name_c = t.name_at
    names: Any = repeat(name_c)
    if name_g is not None:
        raw_names = list(map(itemgetter(name_g), gs))
        if _CHECKPOINT_B in raw_names:
            return None
        names = map(bytes.decode, raw_names)
    if t.generic:
        cols = []
        for g, key in t.generic_keys:
            try:
                units = map(bytes.decode, map(itemgetter(g), gs))
                entries = [_JKV_CACHE.get(u) or _json_part_entry(u) for u in units]
            except (ValueError, OverflowError, _NotLean):
                return None
            if list(map(_K, entries)) != [key] * n:
                return None
            cols.append([e[2].encode() for e in entries])
        gs = list(map(add, gs, zip(*cols, strict=True)))
    computed = map(_HEX, map(_sha256, map(t.fmt.__mod__, map(t.order, gs))))
    (sg, sc), (eg, ec) = t.times
    starts = map(int, map(itemgetter(sg), gs)) if sg is not None else repeat(sc)
    ends = map(int, map(itemgetter(eg), gs)) if eg is not None else repeat(ec)
    si, pi, hi = t.seq_prev_stored
    (mg, mc), (cg, cc) = t.chain_fields
    emitters = map(bytes.decode, map(itemgetter(mg), gs)) if mg is not None else repeat(mc)
    chains = map(bytes.decode, map(itemgetter(cg), gs)) if cg is not None else repeat(cc)
    return list(
        map(
            SpanRecord, repeat(where), range(pos, pos + n), names, starts, ends, repeat(_NO_ATTRS),
            repeat(res_emitter), emitters, chains, map(int, map(itemgetter(si), gs)),
            map(bytes.decode, map(itemgetter(pi), gs)), map(bytes.decode, map(itemgetter(hi), gs)), computed,
            repeat(_NO_ATTRS), repeat(_NO_ATTRS), repeat(_NO_ATTRS),
        )
    )  # fmt: skip


def _json_span(raw: msgspec.Raw, res_emitter: str | None, where: str, pos: int, clean: bool) -> SpanRecord:
    """One span read on its own: its attribute list through the attribute templates, else cut into
    cached pieces; on a clean line it also teaches the whole-span templates."""
    sp = _JSPAN_DECODE(raw)
    learner = _JSON_TEMPLATES
    t = learner.mru
    kind, events, st, name = sp.kind, sp.events, sp.status, sp.name
    code, message = (st.code, st.message) if st is not None else (0, "")
    if type(kind) is not int:
        kind = _KINDS.get(kind, 0)  # type: ignore[arg-type]
    if type(code) is not int:
        code = _STATUS.get(code, 0)  # type: ignore[arg-type]
    start, end = int(sp.startTimeUnixNano or 0), int(sp.endTimeUnixNano or 0)
    text = str(sp.attributes, "utf-8")
    evtext = _json_events(events) if events else "[]"
    values = (name, kind, start, end, (code, message), evtext)
    g = None
    if t is not None and name != _CHECKPOINT:  # a template's layout: one match, one format
        m = t.match(text)
        if m is not None and t.runs_of(g := m.groups()) != t.runs:
            g = None
        if g is None:
            found, g = learner.find(text)
            t = found or t
    if g is not None:
        try:
            p = _generic_pieces(g, t.generic) if t.generic else g  # type: ignore[union-attr]
        except (ValueError, OverflowError, _NotLean):
            g = None  # a cut inside a nested value: the general way below says what it is
    if g is not None:
        if clean and _SPAN_FROM_ATTR.get(t, 0) < 8:  # a few, to build or widen the whole-span template
            _SPAN_FROM_ATTR[t] = _SPAN_FROM_ATTR.get(t, 0) + 1
            entries, units = _json_cut(text)
            if units is not None:
                _learn_span(raw, entries, units, values)
        seq, stored, emitter, chain, prev = t.chain(g + t.consts)  # type: ignore[union-attr]
        doc = t.fmt % (  # type: ignore[union-attr]
            *t.order(p),  # type: ignore[union-attr]
            end, evtext, kind, _c_str(name), start, code, _c_str(message),
        )  # fmt: skip
        return SpanRecord(
            where, pos, name, start, end, _NO_ATTRS, res_emitter, emitter, chain,
            int(seq), prev, stored, _sha256(doc.encode()).hexdigest(),
            _NO_ATTRS, _NO_ATTRS, _NO_ATTRS,
        )  # fmt: skip
    entries, units = _json_cut(text)
    if units is not None and name != _CHECKPOINT:
        learner.learn(units, entries)
        if clean:
            _learn_span(raw, entries, units, values)
    return _lean_record(entries, name, kind, start, end, evtext, code, message, res_emitter, where, pos)


_MEMBER_VALUE = {"name": 0, "kind": 1, "startTimeUnixNano": 2, "endTimeUnixNano": 3, "status": 4, "events": 5}


def _learn_span(raw: msgspec.Raw, entries: list[_Entry], units: list[Any], values: tuple[Any, ...]) -> None:
    """Teach the whole-span learner one span of a clean line (not a checkpoint; its attribute list
    cut into entries and units, the chain tail read): its members' texts in order, checked to spell
    the span exactly; bounded per layout."""
    attr_keys = tuple(map(_K, entries))
    seen = _SPAN_SIGHTED.get(attr_keys, 0)
    if seen > 4 * templates.Learner.MAX_LEARN:
        return
    if len(_SPAN_SIGHTED) >= _LAYOUTS_MAX:
        _SPAN_SIGHTED.clear()
    _SPAN_SIGHTED[attr_keys] = seen + 1
    members = _MEMBERS_DECODE(raw)
    body = bytes(raw)
    if b"{" + b",".join(b'"%s":%s' % (k.encode(), bytes(v)) for k, v in members.items()) + b"}" != body:
        return  # spaces, a repeated member: not a layout a template spells
    keys: list[Any] = []
    span_units: list[Any] = []
    span_entries: list[Any] = []
    for k, v in members.items():
        key = ("m", k)
        at = _MEMBER_VALUE.get(k)
        keys.append(key)
        span_units.append(b"" if k == "attributes" else bytes(v))  # the list: its units below
        span_entries.append((key, values[at] if at is not None else None, ""))
        if k == "attributes":
            keys += map(_K, entries)
            span_units += units
            span_entries += entries
    _JSON_SPAN_TEMPLATES.learn(span_units, span_entries)


def records_of_json_line(line: bytes, where: str, pos: int) -> list[SpanRecord]:
    """Lean records (verify only) of one OTLP JSON line: the typed reader, else the full one (which
    raises ValueError or MalformedInput for what is not OTLP JSON)."""
    try:
        return _lean_json(line, where, pos)
    except (msgspec.MsgspecError, _NotLean, ValueError, TypeError, KeyError, AttributeError, OverflowError):
        pass
    return records_of_document(json.loads(line), where, pos, lean=True)


def parse_request(data: bytes) -> Any:
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    req = ExportTraceServiceRequest()
    req.ParseFromString(data)
    return req


def request_to_json(req: Any) -> dict[str, Any]:
    """An ExportTraceServiceRequest as the Collector file exporter writes it (for report/export)."""
    from google.protobuf.json_format import MessageToDict

    return to_file_exporter_json(MessageToDict(req))


# -- the emitter's spool: seg-*.jsonl lines {"seq","hash","tid","sid","doc": canonical bytes} --------
_DOC_AT = b',"doc":'


def _spool_value(v: Any) -> dict[str, Any]:
    if isinstance(v, bool):
        return {"boolValue": v}
    if isinstance(v, int):
        return {"intValue": str(v)}
    if isinstance(v, float):
        return {"doubleValue": v}
    if isinstance(v, list):
        return {"arrayValue": {"values": [_spool_value(x) for x in v]}}
    return {"stringValue": v}


def _otlp_attrs(attrs: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"key": k, "value": _spool_value(v)} for k, v in attrs.items()]


class _SpoolChain(msgspec.Struct):
    """The chain fields of a spool record's attributes; the others are skipped (still validated as
    JSON, except their UTF-8, which _lean_spool checks on the whole line)."""

    seq: Any = msgspec.field(default=None, name=enc.A_SEQ)
    emitter: Any = msgspec.field(default=None, name=enc.A_EMITTER)
    chain: Any = msgspec.field(default=None, name=enc.A_CHAIN)
    prev: Any = msgspec.field(default=None, name=enc.A_PREV)


class _SpoolDoc(msgspec.Struct):
    name: str
    start: int
    end: int
    attributes: _SpoolChain


class _SpoolLine(msgspec.Struct):
    hash: str
    doc: _SpoolDoc


# verify's typed reading of a spool line: what it needs, else (None) the full reading below says why not.
_SPOOL_DECODE = msgspec.json.Decoder(_SpoolLine).decode


def _lean_spool(line: bytes) -> _SpoolLine | None:
    """None for a checkpoint (its attributes are read in full) and for what the types refuse."""
    try:
        fast = _SPOOL_DECODE(line)
        line.decode("utf-8", "surrogatepass")  # what json.loads accepts in the skipped values
    except (msgspec.MsgspecError, ValueError):
        return None
    return None if fast.doc.name == enc.CHECKPOINT_NAME else fast


def record_of_spool_line(line: bytes, where: str, pos: int, lean: bool = False) -> SpanRecord:
    """A spool line hashes its embedded canonical bytes as they are: no re-encoding."""
    try:
        fast = _lean_spool(line) if lean else None
        if fast is not None:
            rec, doc, attrs = {}, {}, _NO_ATTRS
            ch, stored = fast.doc.attributes, fast.hash
            seq = ch.seq
        else:
            rec = json.loads(line)
            doc = rec["doc"]
            attrs = doc["attributes"]
            seq, stored = attrs.get(enc.A_SEQ), rec["hash"]  # the hashed seq, not the line's copy
        at = line.index(_DOC_AT) + len(_DOC_AT)
        body = line.rstrip(b"\r\n")
        if not (body.endswith(b"}") and isinstance(attrs, dict) and type(stored) is str):
            raise MalformedInput("not a spool record")
        if fast is not None:
            name, start, end = fast.doc.name, fast.doc.start, fast.doc.end
        else:
            name, start, end = doc["name"], int(doc["start"]), int(doc["end"])
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise MalformedInput(f"bad spool record ({type(exc).__name__}: {exc})") from None
    if fast is not None:
        emitter, chain, prev = ch.emitter, ch.chain, ch.prev
    else:
        emitter, chain, prev = attrs.get(enc.A_EMITTER), attrs.get(enc.A_CHAIN), attrs.get(enc.A_PREV)
    r = SpanRecord(
        where,
        pos,
        name if isinstance(name, str) else "",
        start,
        end,
        _NO_ATTRS if lean and name != enc.CHECKPOINT_NAME else attrs,
        None,  # the spool has no resource: nothing to replay under
        emitter if type(emitter) is str else None,
        chain if type(chain) is str else None,
        seq if type(seq) is int else None,
        prev if type(prev) is str else None,
        stored or None,
        _sha256(memoryview(body)[at:-1]).hexdigest() if stored else None,  # hashed in place
        _NO_ATTRS,
        _NO_ATTRS,
        _NO_ATTRS,
    )
    if not lean:
        st = doc.get("status") or {}
        raw = {
            "traceId": rec.get("tid", ""),
            "spanId": rec.get("sid", ""),
            "name": r.name,
            "kind": doc.get("kind", 1),
            "startTimeUnixNano": str(start),
            "endTimeUnixNano": str(end),
            "attributes": _otlp_attrs({**attrs, enc.A_HASH: stored} if stored else attrs),
            "events": [
                {
                    "name": e["name"],
                    "timeUnixNano": str(e["time"]),
                    "attributes": _otlp_attrs(e["attributes"]),
                }
                for e in doc.get("events") or ()
            ],
            "status": {"code": st.get("code", 0), "message": st.get("message", "")},
        }
        if r.emitter:
            r.resource = {"attributes": [{"key": enc.A_EMITTER, "value": {"stringValue": r.emitter}}]}
        r.raw, r.scope = raw, {"name": "phigate.audit", "version": "1"}
    return r


@dataclass
class ReadResult:
    records: list[SpanRecord]
    errors: list[str]  # "file:line: message"
    files: list[str]


# Lines of ~1 MB (a batch of spans): an 8 kB buffer doubles reading them, 8 MB saves another third.
_READ_BUFFER = 1 << 23


def _open(path: Path) -> io.BufferedReader:
    fh = open(path, "rb", buffering=_READ_BUFFER)  # noqa: SIM115 - returned to the caller, which closes it
    if fh.peek(2)[:2] == b"\x1f\x8b":
        fh.close()
        return io.BufferedReader(gzip.open(path, "rb"), _READ_BUFFER)  # type: ignore[arg-type]
    return fh


_SUFFIXES = (".json", ".jsonl", ".pb", ".binpb")
_SUFFIXES = _SUFFIXES + tuple(s + ".gz" for s in _SUFFIXES)


def expand_sources(sources: list[str]) -> list[str]:
    """Directories become their OTLP files (*.json, *.jsonl, *.pb, *.binpb, optionally .gz; the
    spool's seg-*.jsonl), sorted by path."""
    out: list[str] = []
    for s in sources:
        p = Path(s)
        if s != "-" and p.is_dir():
            for f in sorted(p.rglob("*")):
                n = f.name
                if f.is_file() and not n.startswith(("MANIFEST", ".", "state.")) and n.endswith(_SUFFIXES):
                    out.append(str(f))
        else:
            out.append(s)
    return out


def _peek(fh: Any) -> bytes:
    """First bytes, without consuming them (stdin is not seekable)."""
    if hasattr(fh, "peek"):
        return fh.peek(8)[:8]
    return b""


def read_file(src: str, lean: bool = False, pos0: int = 0) -> ReadResult:
    """Every record of one source. Format by content: protobuf (4-byte length-delimited
    ExportTraceServiceRequests, the file exporter's `format: proto`; starts with a 0 byte), the
    emitter's spool (lines starting {"seq":), else OTLP JSON lines. A malformed line (message)
    is an error naming file and line (message number); reading continues after it."""
    result = ReadResult([], [], [src])
    try:
        fh = sys.stdin.buffer if src == "-" else _open(Path(src))
    except OSError as exc:
        result.errors.append(f"{src}: cannot read ({exc.strerror or exc})")
        return result
    gc_was = gc.isenabled()
    gc.disable()  # decoded documents hold no cycles; collections over them cost ~15% for nothing
    try:
        head = _peek(fh)
        if head[:1] == b"\x00":
            _read_protobuf(fh, src, result, lean, pos0)
        elif head.startswith(b'{"seq":'):
            _read_lines(fh, src, result, lean, pos0, spool=True)
        else:
            _read_lines(fh, src, result, lean, pos0, spool=False)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        result.errors.append(f"{src}: read failed ({exc})")
    finally:
        if gc_was:
            gc.enable()
        if fh is not sys.stdin.buffer:
            fh.close()
    return result


def _read_lines(fh: Any, src: str, result: ReadResult, lean: bool, pos0: int, spool: bool) -> None:
    records, errors = result.records, result.errors
    loads = json.loads
    for lineno, line in enumerate(fh, 1):
        if not line or line.isspace():  # blank (isspace stops at the first other byte: no copy)
            continue
        where = f"{src}:{lineno}"
        try:
            if spool:
                records.append(record_of_spool_line(line, where, pos0 + len(records), lean))
            elif lean:
                records.extend(records_of_json_line(line, where, pos0 + len(records)))
            else:
                records.extend(records_of_document(loads(line), where, pos0 + len(records)))
        except (ValueError, MalformedInput) as exc:
            what = "malformed spool record" if spool else "malformed OTLP JSON"
            errors.append(f"{where}: {what} ({exc})")


def _read_protobuf(fh: Any, src: str, result: ReadResult, lean: bool, pos0: int) -> None:
    from google.protobuf.message import DecodeError

    records, errors = result.records, result.errors
    n = 0
    while True:
        size = fh.read(4)
        if not size:
            return
        n += 1
        where = f"{src}:{n}"  # message number, counted from 1 like lines
        if len(size) < 4:
            errors.append(f"{where}: truncated protobuf length prefix")
            return
        want = int.from_bytes(size, "big")
        data = fh.read(want)
        if len(data) < want:
            errors.append(f"{where}: truncated protobuf message ({len(data)} of {want} bytes)")
            return  # without the length, nothing after this can be framed
        try:
            if lean:
                records.extend(records_of_protobuf(data, where, pos0 + len(records)))
            else:
                records.extend(
                    records_of_document(request_to_json(parse_request(data)), where, pos0 + len(records))
                )
        except (DecodeError, ValueError, TypeError, MalformedInput) as exc:
            errors.append(f"{where}: malformed OTLP protobuf ({type(exc).__name__}: {exc})")


def _read_one(args: tuple[str, bool]) -> ReadResult:
    return read_file(args[0], args[1])


def read_sources(
    sources: list[str], result: ReadResult | None = None, *, lean: bool = False, jobs: int = 1
) -> ReadResult:
    """Read every message of every source; a malformed one is an error naming file and line.

    jobs > 1 reads several files in worker processes (files decode independently; the records
    come back in source order, so reading order and findings are those of a serial read).
    """
    result = result or ReadResult([], [], [])
    files = expand_sources(sources)
    if jobs > 1 and len(files) > 1 and "-" not in files:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(min(jobs, len(files)), mp_context=mp.get_context("forkserver")) as pool:
            parts = list(pool.map(_read_one, [(f, lean) for f in files]))
    else:
        parts = None
    for i, src in enumerate(files):
        part = parts[i] if parts is not None else read_file(src, lean, len(result.records))
        if parts is not None:
            base = len(result.records)
            for r in part.records:
                r.pos += base
        result.records.extend(part.records)
        result.errors.extend(part.errors)
        result.files.extend(part.files)
    return result


def to_file_exporter_json(doc: dict[str, Any]) -> dict[str, Any]:
    """MessageToDict output -> the Collector file exporter's form (hex ids, integer enums)."""

    def hexid(v: Any) -> Any:
        if isinstance(v, str) and v and not all(c in "0123456789abcdef" for c in v):
            return base64.b64decode(v).hex()
        return v

    out = json.loads(json.dumps(doc))
    for rs in out.get("resourceSpans", []):
        for ss in rs.get("scopeSpans", []):
            for sp in ss.get("spans", []):
                for k in ("traceId", "spanId", "parentSpanId"):
                    if k in sp:
                        sp[k] = hexid(sp[k])
                if isinstance(sp.get("kind"), str):
                    sp["kind"] = _KINDS.get(sp["kind"], 0)
                st = sp.get("status")
                if st and isinstance(st.get("code"), str):
                    st["code"] = _STATUS.get(st["code"], 0)
    return out
