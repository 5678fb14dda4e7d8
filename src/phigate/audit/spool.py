"""The audit spool: every record is written here before export, and leaves only when acknowledged.

FileSpool keeps append-only segment files plus a state file holding the delivered offset and
the chain head, so a restarted process re-delivers what the collector never acknowledged and
continues the same hash chain. MemorySpool has the same bounds without restart durability.

Durability (fsync policy): each record is handed to the kernel with one os.write() before
record() returns, so a crash of the process (OOM kill, container restart) loses nothing; the
segment is fsync'ed by the deliverer every `fsync_interval_s` (and on flush/shutdown), so a
crash of the node can lose at most that interval. fsync="always" syncs every record.
Callers serialize append/read/ack (the emitter holds one lock around them).
"""

from __future__ import annotations

import fcntl
import json
import os
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phigate.audit.encoding import A_CHAIN, A_EMITTER


class SpoolError(RuntimeError):
    """The spool directory cannot be used (the message names it)."""


@dataclass(frozen=True)
class ChainHead:
    emitter: str
    chain: str
    seq: int
    hash: str


@dataclass(frozen=True)
class Batch:
    records: list[tuple[int, bytes]]  # (seq, spool line)
    token: Any  # where the read stopped; hand back to ack()


def encode_line(seq: int, record_hash: str, trace_id: str, span_id: str, canonical_doc: bytes) -> bytes:
    """One spool line; embeds the canonical (hashed) bytes without re-encoding them."""
    return (
        b'{"seq":%d,"hash":"%s","tid":"%s","sid":"%s","doc":'
        % (seq, record_hash.encode(), trace_id.encode(), span_id.encode())
        + canonical_doc
        + b"}\n"
    )


def head_of_line(line: bytes) -> ChainHead:
    rec = json.loads(line)
    attrs = rec["doc"]["attributes"]
    return ChainHead(attrs.get(A_EMITTER, ""), attrs.get(A_CHAIN, ""), rec["seq"], rec["hash"])


class MemorySpool:
    """Bounded in-memory spool (no spool_dir): survives collector outages, not process restarts."""

    durable = False

    def __init__(self) -> None:
        self._q: deque[tuple[int, bytes]] = deque()
        self.pending_bytes = 0
        self.head: ChainHead | None = None

    @property
    def pending_records(self) -> int:
        return len(self._q)

    def append(self, seq: int, line: bytes, head: ChainHead) -> None:
        self._q.append((seq, line))
        self.pending_bytes += len(line)
        self.head = head

    def read(self, max_records: int) -> Batch:
        recs = [self._q[i] for i in range(min(max_records, len(self._q)))]
        return Batch(recs, recs[-1][0] if recs else None)

    def ack(self, batch: Batch) -> None:
        while self._q and self._q[0][0] <= batch.token:
            _, line = self._q.popleft()
            self.pending_bytes -= len(line)

    def sync(self) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass
class _Segment:
    first_seq: int
    path: Path
    size: int  # bytes written (committed)
    last_seq: int


class FileSpool:
    """Append-only segment files `seg-<first seq>.jsonl` and `state.json` in one directory."""

    durable = True

    def __init__(
        self, directory: str | Path, *, segment_bytes: int = 4 << 20, fsync: str = "interval"
    ) -> None:
        if fsync not in ("always", "interval", "never"):
            raise ValueError(f"audit spool fsync must be always|interval|never, not {fsync!r}")
        self.dir = Path(directory)
        self.segment_bytes = segment_bytes
        self.fsync = fsync
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            self._lock_fd = os.open(self.dir / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise SpoolError(f"audit spool {self.dir}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._lock_fd)
            raise SpoolError(f"audit spool {self.dir} is in use by another process") from None
        self._state_path = self.dir / "state.json"
        self.delivered_seq = 0
        self.head: ChainHead | None = None
        self.pending_bytes = 0
        self.pending_records = 0
        self._segments: list[_Segment] = []
        self._write_fd: int | None = None
        self._dirty = False
        self._cursor: tuple[int, int] | None = None  # (segment index, offset) of first undelivered
        self.recovered_partial = 0
        self._recover()

    # -- startup ---------------------------------------------------------------------------
    def _recover(self) -> None:
        if self._state_path.exists():
            try:
                state = json.loads(self._state_path.read_text())
                self.delivered_seq = int(state["delivered_seq"])
                if state.get("head"):
                    self.head = ChainHead(**state["head"])
            except (ValueError, KeyError, TypeError) as exc:
                raise SpoolError(f"audit spool {self._state_path}: unreadable state ({exc})") from None
        for path in sorted(self.dir.glob("seg-*.jsonl")):
            data = path.read_bytes()
            end = data.rfind(b"\n") + 1
            if end < len(data):  # a write cut short by a crash: the caller never got a seq back
                self.recovered_partial += 1
                with open(path, "r+b") as fh:
                    fh.truncate(end)
                    os.fsync(fh.fileno())
                data = data[:end]
            lines = data.splitlines(keepends=True)
            if not lines:
                path.unlink()
                continue
            try:
                first = json.loads(lines[0])["seq"]
                last_line = lines[-1]
                last = head_of_line(last_line)
            except (ValueError, KeyError) as exc:
                raise SpoolError(f"audit spool {path}: corrupt record ({exc})") from None
            self._segments.append(_Segment(first, path, len(data), last.seq))
            self.head = last
            for line in lines:
                seq = int(line[7 : line.index(b",")])
                if seq > self.delivered_seq:
                    self.pending_records += 1
                    self.pending_bytes += len(line)
        self._drop_delivered_segments()
        self._cursor = self._find_cursor()

    def _find_cursor(self) -> tuple[int, int] | None:
        for i, seg in enumerate(self._segments):
            if seg.last_seq > self.delivered_seq:
                if seg.first_seq > self.delivered_seq:
                    return (i, 0)
                with open(seg.path, "rb") as fh:
                    data = fh.read(seg.size)
                off = 0
                for line in data.splitlines(keepends=True):
                    if int(line[7 : line.index(b",")]) > self.delivered_seq:
                        return (i, off)
                    off += len(line)
        return None

    # -- writing ---------------------------------------------------------------------------
    def append(self, seq: int, line: bytes, head: ChainHead) -> None:
        seg = self._segments[-1] if self._segments else None
        if seg is None or self._write_fd is None or seg.size >= self.segment_bytes:
            seg = self._rotate(seq)
        n = os.write(self._write_fd, line)  # type: ignore[arg-type]
        if n != len(line):
            raise SpoolError(f"audit spool {seg.path}: short write ({n} of {len(line)} bytes)")
        seg.size += n
        seg.last_seq = seq
        self.pending_records += 1
        self.pending_bytes += n
        self.head = head
        if self._cursor is None:
            self._cursor = (len(self._segments) - 1, seg.size - n)
        if self.fsync == "always":
            os.fsync(self._write_fd)  # type: ignore[arg-type]
        else:
            self._dirty = True

    def _rotate(self, seq: int) -> _Segment:
        if self._write_fd is not None:
            os.fsync(self._write_fd)
            os.close(self._write_fd)
        seg = self._segments[-1] if self._segments else None
        if seg is not None and self._write_fd is None and seg.size < self.segment_bytes:
            path = seg.path  # reopen the last segment after a restart
        else:
            path = self.dir / f"seg-{seq:020d}.jsonl"
            seg = _Segment(seq, path, 0, seq - 1)
            self._segments.append(seg)
        try:
            self._write_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            raise SpoolError(f"audit spool {path}: {exc.strerror or exc}") from None
        self._fsync_dir()
        return seg

    def sync(self) -> None:
        if self._dirty and self._write_fd is not None:
            os.fsync(self._write_fd)
            self._dirty = False

    # -- delivery --------------------------------------------------------------------------
    def read(self, max_records: int, max_bytes: int = 4 << 20) -> Batch:
        out: list[tuple[int, bytes]] = []
        if self._cursor is None:
            return Batch(out, None)
        idx, off = self._cursor
        size = 0
        while idx < len(self._segments) and len(out) < max_records and size < max_bytes:
            seg = self._segments[idx]
            if off >= seg.size:
                if idx == len(self._segments) - 1:
                    break  # stay on the active segment: later appends land here
                idx, off = idx + 1, 0
                continue
            with open(seg.path, "rb") as fh:
                fh.seek(off)
                data = fh.read(min(seg.size - off, max_bytes))
            end = data.rfind(b"\n") + 1
            for line in data[:end].splitlines(keepends=True):
                out.append((int(line[7 : line.index(b",")]), line))
                off += len(line)
                size += len(line)
                if len(out) >= max_records or size >= max_bytes:
                    break
        return Batch(out, (idx, off))

    def ack(self, batch: Batch) -> None:
        if not batch.records:
            return
        self.delivered_seq = batch.records[-1][0]
        self.pending_records -= len(batch.records)
        self.pending_bytes -= sum(len(line) for _, line in batch.records)
        self._cursor = batch.token
        self._write_state()
        self._drop_delivered_segments()

    def _drop_delivered_segments(self) -> None:
        while len(self._segments) > 1 and self._segments[0].last_seq <= self.delivered_seq:
            self._segments.pop(0).path.unlink(missing_ok=True)
            if self._cursor is not None:
                idx, off = self._cursor
                self._cursor = (idx - 1, off) if idx > 0 else (0, 0)

    def _write_state(self) -> None:
        head = self.head.__dict__ if self.head else None
        tmp = self._state_path.with_suffix(".tmp")
        with open(tmp, "w") as fh:
            json.dump({"delivered_seq": self.delivered_seq, "head": head}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self._state_path)

    def _fsync_dir(self) -> None:
        fd = os.open(self.dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def close(self) -> None:
        self.sync()
        if self._write_fd is not None:
            os.close(self._write_fd)
            self._write_fd = None
        fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
        os.close(self._lock_fd)
