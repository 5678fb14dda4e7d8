"""AuditEmitter: the one way phigate components write audit spans.

Callers (sidecar addon, operator handlers) hand over a finished record: name, attributes, events,
times. record() validates it, chains it (seq, prev_hash, hash: see encoding.py and docs/audit.md),
appends it to the spool and returns its sequence number; a background deliverer exports spooled
records in batches (standard OTEL_* variables; OTLP/HTTP protobuf by default, console locally) and
advances the delivered offset only when the exporter reports success. Every `checkpoint_every`
records or `checkpoint_seconds` seconds, and on shutdown, a signed checkpoint span seals the chain.

When the spool is full, record() waits up to `full_wait_s` for the deliverer, then raises
AuditSpoolFull: the caller must fail the request closed. Refusals are themselves recorded
(a `phigate.audit.spool_full` record) as soon as there is room again.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SpanExporter, SpanExportResult
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags

from phigate.audit import encoding as enc
from phigate.audit.keys import Signer
from phigate.audit.otlp_wire import encode_request
from phigate.audit.spool import Batch, ChainHead, FileSpool, MemorySpool, SpoolError, encode_line

AttrValue = str | bool | int | float | Sequence[str] | Sequence[int] | Sequence[float] | Sequence[bool]

log = logging.getLogger("phigate.audit")

_SCOPE = InstrumentationScope("phigate.audit", "1")


class AuditError(RuntimeError):
    """The audit channel cannot take this record; the caller must fail closed."""


class AuditSpoolFull(AuditError):
    """The spool is at its bound and the deliverer did not free room in time."""


class AuditClosed(AuditError):
    """record() after shutdown()."""


class _NoExport(SpanExporter):
    """OTEL_TRACES_EXPORTER=none: records are chained and acknowledged, not shipped anywhere."""

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        pass


class _FanOut(SpanExporter):
    """Several exporters (OTEL_TRACES_EXPORTER=otlp,console): success only when all succeed."""

    def __init__(self, exporters: list[SpanExporter]) -> None:
        self.exporters = exporters

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        ok = all(e.export(spans) == SpanExportResult.SUCCESS for e in self.exporters)
        return SpanExportResult.SUCCESS if ok else SpanExportResult.FAILURE

    def shutdown(self) -> None:
        for e in self.exporters:
            e.shutdown()


def wire_otlp_exporter(**kwargs: Any) -> SpanExporter:
    """The SDK's OTLP/HTTP exporter (its env handling, TLS, retries, compression) with phigate's
    wire encoder in place of the SDK's message-object one (otlp_wire.py: same bytes, ~2.5x less CPU
    per span). Falls back to the SDK's own export() if its internals ever change shape. `kwargs` go to
    OTLPSpanExporter (endpoint, timeout, ...); without them it reads OTEL_EXPORTER_OTLP_*."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    class WireOTLPSpanExporter(OTLPSpanExporter):
        def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
            client = getattr(self, "_client", None)
            limit = getattr(self, "_max_request_size", None)
            if client is None or getattr(self, "_shutdown", True) or not hasattr(client, "export"):
                return super().export(spans)
            try:
                data = encode_request(spans)
            except Exception as exc:  # an attribute the writer cannot encode: the SDK path decides
                log.warning("OTLP wire encoding failed (%s); using the SDK encoder", exc)
                return super().export(spans)
            if limit is not None and 0 < limit < len(data):  # 0 or less: no limit (as the SDK)
                log.error("audit batch of %d bytes exceeds the exporter's limit of %d", len(data), limit)
                return SpanExportResult.FAILURE
            result = client.export(data)
            return SpanExportResult.SUCCESS if result.success else SpanExportResult.FAILURE

    return WireOTLPSpanExporter(**kwargs)


def exporter_from_env(env: Mapping[str, str] | None = None) -> SpanExporter:
    """OTEL_TRACES_EXPORTER=otlp|console|none (comma list allowed); default: OTLP/HTTP protobuf when
    an endpoint is configured, else console. The OTLP exporter itself reads OTEL_EXPORTER_OTLP_*
    (endpoint, traces endpoint, headers, timeout, compression, certificates)."""
    env = os.environ if env is None else env
    has_endpoint = bool(
        env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or env.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    )
    raw = env.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    choices = [c.strip() for c in raw.split(",") if c.strip()] or (["otlp"] if has_endpoint else ["console"])
    exporters: list[SpanExporter] = []
    for choice in choices:
        if choice == "console":
            exporters.append(ConsoleSpanExporter())
        elif choice == "none":
            exporters.append(_NoExport())
        elif choice == "otlp":
            protocol = (
                env.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or env.get("OTEL_EXPORTER_OTLP_PROTOCOL") or ""
            ).strip()
            if protocol and protocol != "http/protobuf":
                raise ValueError(
                    f"OTEL_EXPORTER_OTLP_PROTOCOL={protocol!r}: the audit emitter speaks http/protobuf only"
                )
            exporters.append(wire_otlp_exporter())
        else:
            raise ValueError(f"OTEL_TRACES_EXPORTER={raw!r}: expected otlp, console or none")
    return exporters[0] if len(exporters) == 1 else _FanOut(exporters)


SIGNING_KEY_FILE = "ed25519.pem"


def default_signing_key_path(env: Mapping[str, str] | None = None) -> str | None:
    """PHIGATE_AUDIT_SIGNING_KEY (a file), else ed25519.pem in PHIGATE_AUDIT_KEY_DIR when present
    (the injector mounts the optional Secret there; no file = unsigned checkpoints, logged)."""
    env = os.environ if env is None else env
    if env.get("PHIGATE_AUDIT_SIGNING_KEY"):
        return env["PHIGATE_AUDIT_SIGNING_KEY"]
    key_dir = env.get("PHIGATE_AUDIT_KEY_DIR")
    if key_dir:
        path = Path(key_dir) / SIGNING_KEY_FILE
        if path.exists():
            return str(path)
        log.warning("no audit signing key at %s: checkpoints will be unsigned", path)
    return None


_CHAIN_ORDER = (enc.A_VERSION, enc.A_EMITTER, enc.A_CHAIN, enc.A_SEQ, enc.A_PREV)


def _chain_keys_last(attrs: dict[str, Any]) -> None:
    """Put the chain attributes last, in the order _append adds them: a record re-read from the
    spool then has one layout however long it waited, so verify's templates read it in bulk (the
    hash does not depend on the order)."""
    for key in _CHAIN_ORDER:
        if key in attrs:
            attrs[key] = attrs.pop(key)


class AuditEmitter:
    """One chain of audit records for one emitter id (a pod, a replica), spooled then exported.

    Original arguments keep their meaning (`batch=False`: one record per export). New ones:
    `spool_dir` (default $PHIGATE_AUDIT_SPOOL or $PHIGATE_SPOOL_DIR, else in memory), its bounds
    `max_spool_bytes`/`max_spool_records` and `full_wait_s` (then AuditSpoolFull), `fsync`
    (always|interval|never) every `fsync_interval_s`; `signing_key_path` (default
    $PHIGATE_AUDIT_SIGNING_KEY or $PHIGATE_AUDIT_KEY_DIR/ed25519.pem), `checkpoint_every`,
    `checkpoint_seconds`; `chain=False` only for benchmarks; `linger_s`: how long a spooled record may
    wait for others to share its export (the spool already holds it, so waiting loses nothing, and a
    wake-up per record cost the caller's thread as much as the record itself). docs/audit.md has the details.
    """

    def __init__(
        self,
        *,
        service_name: str,
        emitter_id: str | None = None,
        exporter: SpanExporter | None = None,
        batch: bool = True,
        spool_dir: str | Path | None = None,
        max_spool_bytes: int = 32 << 20,
        max_spool_records: int = 200_000,
        full_wait_s: float = 0.05,
        fsync: str = "interval",
        fsync_interval_s: float = 0.2,
        spool_segment_bytes: int = 4 << 20,
        signing_key_path: str | Path | None = None,
        checkpoint_every: int = 100,
        checkpoint_seconds: float = 60.0,
        chain: bool = True,
        max_record_bytes: int = 256 << 10,
        max_batch: int = 512,
        linger_s: float = 0.05,
        retry_max_s: float = 30.0,
        shutdown_timeout_s: float = 10.0,
    ) -> None:
        if checkpoint_every < 1 or checkpoint_seconds <= 0:
            raise ValueError("checkpoint_every must be >= 1 and checkpoint_seconds > 0")
        if not 0 <= linger_s <= 5:
            raise ValueError(f"linger_s must be between 0 and 5 seconds, got {linger_s!r}")
        self.emitter_id = emitter_id or f"{service_name}/{os.uname().nodename}"
        self.service_name = service_name
        self._resources: dict[str, Resource] = {}
        self._resource(self.emitter_id)
        key_path = signing_key_path or default_signing_key_path()
        self._signer = Signer.from_file(key_path) if key_path else None
        self._exporter = exporter or exporter_from_env()
        if spool_dir is None:  # PHIGATE_SPOOL_DIR is what the operator's injector sets
            spool_dir = os.environ.get("PHIGATE_AUDIT_SPOOL") or os.environ.get("PHIGATE_SPOOL_DIR") or None
        self._spool: FileSpool | MemorySpool = (
            FileSpool(spool_dir, fsync=fsync, segment_bytes=spool_segment_bytes)
            if spool_dir
            else MemorySpool()
        )
        self.max_spool_bytes = max_spool_bytes
        self.max_spool_records = max_spool_records
        self.full_wait_s = full_wait_s
        self.fsync_interval_s = fsync_interval_s
        self.checkpoint_every = checkpoint_every
        self.checkpoint_seconds = checkpoint_seconds
        self.chain_enabled = chain
        self.max_record_bytes = max_record_bytes
        self._max_batch = max_batch if batch else 1
        self._linger_s = linger_s if batch else 0.0
        self._pending_since = 0.0  # monotonic time of the oldest undelivered record (0: none)
        self._flushing = 0
        self._retry_max_s = retry_max_s
        self.shutdown_timeout_s = shutdown_timeout_s

        head = self._spool.head
        if head is not None and head.emitter == self.emitter_id and head.chain:
            self._chain, self._seq, self._prev = head.chain, head.seq, head.hash
            self.resumed = True
        else:
            self._chain, self._seq, self._prev = secrets.token_hex(8), 0, enc.GENESIS_HASH
            self.resumed = False
        self._since_checkpoint = 0
        self._last_checkpoint = time.monotonic()
        self._last_was_final = False
        self._refused = 0
        self._refused_first_ns = 0
        self._refused_last_ns = 0
        self.export_failures = 0
        self._recent: dict[int, dict[str, Any]] = {}
        self._last_sync = time.monotonic()
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._closed = False
        self._stop = False
        self._thread = threading.Thread(
            target=self._deliver_loop, name="phigate-audit-deliverer", daemon=True
        )
        self._thread.start()

    # -- caller's path ---------------------------------------------------------------------
    def record(
        self,
        name: str,
        attributes: Mapping[str, AttrValue],
        *,
        start_ns: int | None = None,
        end_ns: int | None = None,
        events: Sequence[tuple[str, Mapping[str, AttrValue]] | tuple[str, Mapping[str, AttrValue], int]] = (),
        error: str | None = None,
        kind: SpanKind = SpanKind.INTERNAL,
    ) -> int:
        """Chain and spool one finished audit record; returns its sequence number.

        Never pass an unmasked PHI value in attributes or events. Events are (name, attributes)
        or (name, attributes, time_ns); their time defaults to the record's end. Raises
        InvalidAuditAttribute for a value OTLP cannot carry, AuditSpoolFull when the spool stays
        full (fail the request closed), AuditClosed after shutdown().
        """
        now = time.time_ns()
        end = end_ns or now
        start = start_ns or end
        attrs = enc.normalize_attributes(attributes)
        for k in attrs:
            if k.startswith("phigate.audit."):
                raise enc.InvalidAuditAttribute(
                    f"audit attribute {k!r}: phigate.audit.* is set by the emitter"
                )
        evs = []
        for ev in events:
            ev_time = ev[2] if len(ev) > 2 else end  # type: ignore[misc]
            evs.append(
                {
                    "name": ev[0],
                    "time": ev_time,
                    "attributes": enc.normalize_attributes(ev[1], f" (event {ev[0]})"),
                }
            )
        status = (2, error) if error else (0, "")
        with self._lock:
            if self._closed:
                raise AuditClosed(f"audit emitter {self.emitter_id} is shut down")
            self._wait_for_room()
            seq = self._append(name, kind.value + 1, start, end, attrs, evs, status)
            if self.chain_enabled and self._since_checkpoint >= self.checkpoint_every:
                self._checkpoint("count", final=False)
            if self._spool.pending_records >= self._max_batch or not self._linger_s:
                self._cond.notify_all()  # else the deliverer's timer picks it up within linger_s
        return seq

    def has_capacity(self) -> bool:
        """False while the spool is full: a caller can refuse a request before doing its work."""
        with self._lock:
            return not self._full()

    def _full(self) -> bool:
        sp = self._spool
        return sp.pending_bytes >= self.max_spool_bytes or sp.pending_records >= self.max_spool_records

    def _wait_for_room(self) -> None:
        if not self._full():
            return
        deadline = time.monotonic() + self.full_wait_s
        self._cond.notify_all()  # the deliverer skips its linger while the spool is full
        while self._full():
            left = deadline - time.monotonic()
            if left <= 0:
                now = time.time_ns()
                if not self._refused:
                    self._refused_first_ns = now
                    log.error(
                        "audit spool full (%d records, %d bytes): refusing records",
                        self._spool.pending_records,
                        self._spool.pending_bytes,
                    )
                self._refused += 1
                self._refused_last_ns = now
                raise AuditSpoolFull(
                    f"audit spool of {self.emitter_id} is full ({self._spool.pending_records} records, "
                    f"{self._spool.pending_bytes} bytes undelivered): refuse the request"
                )
            self._cond.wait(left)
        if self._refused:
            self._note_refusals()

    def _note_refusals(self) -> None:
        """Put the refusals on the record (in the chain) once there is room again."""
        attrs = {
            "phigate.audit.refused_count": self._refused,
            "phigate.audit.refused_first": self._refused_first_ns,
            "phigate.audit.refused_last": self._refused_last_ns,
        }
        self._refused = 0
        self._append(
            enc.SPOOL_FULL_NAME, 1, self._refused_first_ns, time.time_ns(), attrs, [], (2, "spool full")
        )

    def _append(
        self,
        name: str,
        kind: int,
        start: int,
        end: int,
        attrs: dict[str, Any],
        events: list[dict[str, Any]],
        status: tuple[int, str],
    ) -> int:
        """Assign the next seq, hash, spool. Caller holds the lock."""
        seq = self._seq + 1
        if self.chain_enabled:
            attrs[enc.A_VERSION] = enc.ENCODING_VERSION
            attrs[enc.A_EMITTER] = self.emitter_id
            attrs[enc.A_CHAIN] = self._chain
            attrs[enc.A_SEQ] = seq
            attrs[enc.A_PREV] = self._prev
        doc = enc.hashed_document(name, kind, start, end, attrs, events, status[0], status[1])
        encoded = enc.canonical(doc)
        if len(encoded) > self.max_record_bytes:
            raise enc.InvalidAuditAttribute(
                f"audit record {name!r} is {len(encoded)} bytes, above the {self.max_record_bytes} byte cap"
            )
        digest = enc.hash_bytes(encoded) if self.chain_enabled else ""
        ids = os.urandom(24).hex()  # trace and span id from one system call
        tid, sid = ids[:32], ids[32:]
        line = encode_line(seq, digest, tid, sid, encoded)
        if len(self._recent) < 8192:  # spare the deliverer a json.loads of what we just encoded
            self._recent[seq] = {"seq": seq, "hash": digest, "tid": tid, "sid": sid, "doc": doc}
        try:
            self._spool.append(seq, line, ChainHead(self.emitter_id, self._chain, seq, digest))
        except (OSError, SpoolError) as exc:  # disk full, volume gone: the caller must fail closed
            self._recent.pop(seq, None)
            raise AuditError(f"audit spool write failed for {self.emitter_id}: {exc}") from exc
        self._seq, self._prev = seq, digest
        if not self._pending_since:
            self._pending_since = time.monotonic()
        self._since_checkpoint += 1
        self._last_was_final = False
        return seq

    def _checkpoint(self, reason: str, *, final: bool) -> None:
        """Append a checkpoint span vouching for the current head. Caller holds the lock."""
        now = time.time_ns()
        attrs: dict[str, Any] = {
            enc.C_SEQ: self._seq,
            enc.C_HASH: self._prev,
            enc.C_TIME: now,
            enc.C_REASON: reason,
            enc.C_FINAL: final,
            enc.C_EVERY: self.checkpoint_every,
            enc.C_SECONDS: float(self.checkpoint_seconds),
        }
        if self._signer is not None:
            payload = enc.checkpoint_payload(
                self.emitter_id, self._chain, self._seq, self._prev, now, reason, final
            )
            attrs[enc.C_KEY_ID] = self._signer.key_id
            attrs[enc.C_SIGNATURE] = self._signer.sign(payload)
        self._append(enc.CHECKPOINT_NAME, 1, now, now, attrs, [], (0, ""))
        self._since_checkpoint = 0
        self._last_checkpoint = time.monotonic()
        self._last_was_final = final

    # -- delivery --------------------------------------------------------------------------
    def _resource(self, emitter: str) -> Resource:
        res = self._resources.get(emitter)
        if res is None:
            res = Resource.create({"service.name": self.service_name, enc.A_EMITTER: emitter})
            self._resources[emitter] = res
        return res

    def _to_span(self, seq: int, line: bytes) -> ReadableSpan:
        rec = self._recent.get(seq)
        if rec is None:  # the spool's canonical line: keys sorted
            rec = json.loads(line)
            _chain_keys_last(rec["doc"]["attributes"])
        doc = rec["doc"]
        attrs = doc["attributes"]
        if rec["hash"]:
            attrs[enc.A_HASH] = rec["hash"]
        code, message = doc["status"]["code"], doc["status"]["message"]
        ctx = SpanContext(int(rec["tid"], 16), int(rec["sid"], 16), False, TraceFlags(TraceFlags.SAMPLED))
        return ReadableSpan(
            name=doc["name"],
            context=ctx,
            resource=self._resource(attrs.get(enc.A_EMITTER, self.emitter_id)),
            attributes=attrs,
            events=[Event(e["name"], e["attributes"], e["time"]) for e in doc["events"]],
            kind=SpanKind(doc["kind"] - 1),
            status=Status(StatusCode(code), message or None) if code else Status(StatusCode.UNSET),
            start_time=doc["start"],
            end_time=doc["end"],
            instrumentation_scope=_SCOPE,
        )

    def _housekeeping(self, now: float) -> None:
        """fsync, interval checkpoint, refusal notice. Caller holds the lock."""
        if now - self._last_sync >= self.fsync_interval_s:
            self._spool.sync()
            self._last_sync = now
        if (
            self.chain_enabled
            and not self._closed
            and self._since_checkpoint
            and now - self._last_checkpoint >= self.checkpoint_seconds
        ):
            self._checkpoint("interval", final=False)
        if self._refused and not self._full() and not self._closed:
            self._note_refusals()

    def _deliver_loop(self) -> None:
        retry_at, delay, batch_size = 0.0, 0.0, self._max_batch
        while True:
            with self._lock:
                while True:
                    now = time.monotonic()
                    self._housekeeping(now)
                    pending = self._spool.pending_records
                    if self._stop:
                        return
                    due = self._pending_since + self._linger_s
                    if (
                        pending
                        and now >= retry_at
                        and (
                            now >= due
                            or pending >= batch_size
                            or self._flushing
                            or self._closed
                            or self._full()
                        )
                    ):
                        break
                    waits = [self.fsync_interval_s]
                    if self._since_checkpoint and not self._closed:
                        waits.append(self.checkpoint_seconds - (now - self._last_checkpoint))
                    if pending:
                        waits.append(max(retry_at, due) - now)
                    self._cond.wait(max(0.005, min(waits)))
                batch: Batch = self._spool.read(batch_size)
            if not batch.records:
                continue
            try:
                spans = [self._to_span(seq, line) for seq, line in batch.records]
                ok = self._exporter.export(spans) == SpanExportResult.SUCCESS
            except Exception as exc:  # an exporter bug must not kill delivery
                log.exception("audit export raised: %s", exc)
                ok = False
            with self._lock:
                if self._stop:
                    return  # shut down while exporting: the spool re-delivers on the next start
                if ok:
                    self._spool.ack(batch)
                    for seq, _ in batch.records:
                        self._recent.pop(seq, None)
                    # records that arrived during the export start a new linger window: keeping the
                    # first batch's start made every later batch due at once, one export per record
                    # under steady load (a POST per span)
                    self._pending_since = time.monotonic() if self._spool.pending_records else 0.0
                    retry_at, delay, batch_size = 0.0, 0.0, self._max_batch
                    self._cond.notify_all()
                else:
                    self.export_failures += 1
                    batch_size = max(1, len(batch.records) // 2)  # an oversize batch still gets through
                    delay = min(self._retry_max_s, max(0.2, delay * 2))
                    retry_at = time.monotonic() + delay
                    log.warning(
                        "audit export of %d records failed; %d undelivered, retry in %.1fs",
                        len(batch.records),
                        self._spool.pending_records,
                        delay,
                    )

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        with self._lock:
            return self._spool.pending_records

    @property
    def head(self) -> ChainHead:
        with self._lock:
            return ChainHead(self.emitter_id, self._chain, self._seq, self._prev)

    def checkpoint(self) -> None:
        """Seal the chain now (e.g. before a planned handover)."""
        with self._lock:
            if self.chain_enabled and self._seq:
                self._checkpoint("manual", final=False)
                self._cond.notify_all()

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Wait until every spooled record is acknowledged by the exporter; False on timeout."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            self._flushing += 1
            try:
                self._cond.notify_all()
                while self._spool.pending_records:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        return False
                    self._cond.wait(min(left, 0.05))
                self._spool.sync()
            finally:
                self._flushing -= 1
        return True

    def shutdown(self, timeout_s: float | None = None) -> bool:
        """Final checkpoint, deliver what we can within the timeout, stop. Undelivered records stay
        in a spool_dir for the next start. Returns True when everything was delivered."""
        timeout_s = self.shutdown_timeout_s if timeout_s is None else timeout_s
        with self._lock:
            if self._closed:
                return not self._spool.pending_records
            if self._refused:  # on the record before the chain is sealed, even past the bound
                self._note_refusals()
            if self.chain_enabled and self._seq and not self._last_was_final:
                self._checkpoint("shutdown", final=True)
            self._closed = True
            self._cond.notify_all()
        delivered = self.flush(timeout_s)
        with self._lock:
            self._stop = True
            self._cond.notify_all()
        self._thread.join(timeout=max(1.0, timeout_s))
        with self._lock:
            self._spool.close()
        try:
            self._exporter.shutdown()
        except Exception:
            log.exception("audit exporter shutdown failed")
        return delivered
