"""Reading audit spans back from OTLP JSON: the Collector file exporter's lines, archives, receivers.

The OpenTelemetry Collector's `file` exporter writes one ExportTraceServiceRequest per line in
OTLP/JSON: camelCase keys, 64-bit integers as strings (`"intValue":"5"`), trace and span ids as
hex, enums as integers. protobuf's MessageToDict gives base64 ids and enum names instead; both
are accepted. Pure parsing, no I/O except reading the named sources.
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phigate.audit import encoding as enc

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


@dataclass(slots=True)
class SpanRecord:
    """One span as read, with what the verifier and the report need."""

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
    raw: dict[str, Any]  # the span as read (for export)
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


def span_record(
    sp: dict[str, Any],
    resource: dict[str, Any],
    res_attrs: dict[str, Any],
    scope: dict[str, Any],
    where: str,
    pos: int,
) -> SpanRecord:
    attrs = attributes(sp.get("attributes"))
    start, end = int(sp.get("startTimeUnixNano") or 0), int(sp.get("endTimeUnixNano") or 0)
    name = sp.get("name") or ""
    seq = attrs.get(enc.A_SEQ)
    stored = computed = None
    if seq is not None:
        stored = attrs.pop(enc.A_HASH, None)  # hashed without it, put back below
        status = sp.get("status") or {}
        code = status.get("code") or 0
        code = _STATUS.get(code, 0) if isinstance(code, str) else int(code)
        events = [
            {
                "name": e.get("name") or "",
                "time": int(e.get("timeUnixNano") or 0),
                "attributes": attributes(e.get("attributes")),
            }
            for e in sp.get("events") or ()
        ]
        doc = enc.hashed_document(
            name, _kind(sp.get("kind")), start, end, attrs, events, code, status.get("message") or ""
        )
        computed = enc.hash_bytes(enc.canonical(doc))
        if stored is not None:
            attrs[enc.A_HASH] = stored
    return SpanRecord(
        where=where,
        pos=pos,
        name=name,
        start=start,
        end=end,
        attrs=attrs,
        resource_emitter=_str_or_none(res_attrs.get(enc.A_EMITTER)),
        emitter=_str_or_none(attrs.get(enc.A_EMITTER)),
        chain=_str_or_none(attrs.get(enc.A_CHAIN)),
        seq=seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
        prev=_str_or_none(attrs.get(enc.A_PREV)),
        stored_hash=_str_or_none(stored),
        computed_hash=computed,
        raw=sp,
        resource=resource,
        scope=scope,
    )


def records_of_document(doc: Any, where: str, pos: int) -> list[SpanRecord]:
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
                    out.append(span_record(sp, resource, res_attrs, scope, where, pos + len(out)))
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise MalformedInput(f"bad span structure ({type(exc).__name__}: {exc})") from None
    return out


@dataclass
class ReadResult:
    records: list[SpanRecord]
    errors: list[str]  # "file:line: message"
    files: list[str]


def _open(path: Path) -> io.BufferedReader | gzip.GzipFile:
    fh = open(path, "rb")  # noqa: SIM115 - returned to the caller, which closes it
    if fh.read(2) == b"\x1f\x8b":
        fh.seek(0)
        return gzip.GzipFile(fileobj=fh)
    fh.seek(0)
    return fh


def expand_sources(sources: list[str]) -> list[str]:
    """Directories become their OTLP files (*.json, *.jsonl, optionally .gz), sorted by path."""
    out: list[str] = []
    for s in sources:
        p = Path(s)
        if s != "-" and p.is_dir():
            for f in sorted(p.rglob("*")):
                n = f.name
                if (
                    f.is_file()
                    and not n.startswith(("MANIFEST", "."))
                    and n.endswith((".json", ".jsonl", ".json.gz", ".jsonl.gz"))
                ):
                    out.append(str(f))
        else:
            out.append(s)
    return out


def read_sources(sources: list[str], result: ReadResult | None = None) -> ReadResult:
    """Read every line of every source; a malformed line is an error naming file and line."""
    result = result or ReadResult([], [], [])
    for src in expand_sources(sources):
        result.files.append(src)
        try:
            fh = sys.stdin.buffer if src == "-" else _open(Path(src))
        except OSError as exc:
            result.errors.append(f"{src}: cannot read ({exc.strerror or exc})")
            continue
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{src}:{lineno}"
                try:
                    doc = json.loads(line)
                    result.records.extend(records_of_document(doc, where, len(result.records)))
                except (ValueError, MalformedInput) as exc:
                    result.errors.append(f"{where}: malformed OTLP JSON ({exc})")
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            result.errors.append(f"{src}: read failed ({exc})")
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()
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
