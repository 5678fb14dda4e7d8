"""Incremental Server-Sent Events framing: bytes in, complete events out, nothing else held.

Only an event whose terminating blank line has not arrived yet is held back; an event is parsed
into its lines so a rewriter can swap the `data` payload and serialise it again unchanged otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_EVENT_END = re.compile(rb"\r\n\r\n|\n\n|\r\r")
MAX_EVENT_BYTES = 16 * 1024 * 1024


class SSEError(ValueError):
    """A stream that cannot be framed as SSE (an event over the size cap)."""


@dataclass(slots=True)
class SSEEvent:
    """One event: its field lines in order; `data` is the joined data payload (or None)."""

    lines: list[tuple[str, str]] = field(default_factory=list)  # (field, value); comments as ("", text)
    newline: str = "\n"

    @property
    def event(self) -> str | None:
        return next((v for f, v in self.lines if f == "event"), None)

    @property
    def data(self) -> str | None:
        parts = [v for f, v in self.lines if f == "data"]
        return "\n".join(parts) if parts else None

    def with_data(self, data: str) -> SSEEvent:
        """The same event with its data payload replaced (data lines collapse into the first's place)."""
        out: list[tuple[str, str]] = []
        placed = False
        for f, v in self.lines:
            if f == "data":
                if not placed:
                    out.extend(("data", line) for line in data.split("\n"))
                    placed = True
                continue
            out.append((f, v))
        if not placed:
            out.extend(("data", line) for line in data.split("\n"))
        return SSEEvent(out, self.newline)

    def encode(self) -> bytes:
        nl = self.newline
        text = "".join((f":{v}" if f == "" else f"{f}: {v}") + nl for f, v in self.lines)
        return (text + nl).encode("utf-8")


def parse_event(raw: bytes) -> SSEEvent:
    """One event's bytes (without the terminating blank line) -> SSEEvent; invalid UTF-8 is replaced."""
    text = raw.decode("utf-8", errors="replace")
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text and "\n" not in text else "\n")
    lines: list[tuple[str, str]] = []
    for line in re.split(r"\r\n|\n|\r", text):
        if line == "":
            continue
        if line.startswith(":"):
            lines.append(("", line[1:]))
            continue
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        lines.append((name, value))
    return SSEEvent(lines, newline)


class SSEFramer:
    """Feed bytes, get back the complete events they finish, in order."""

    __slots__ = ("_buf",)

    def __init__(self) -> None:
        self._buf = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        buf = self._buf + chunk if self._buf else chunk
        events: list[bytes] = []
        pos = 0
        while True:
            m = _EVENT_END.search(buf, pos)
            if m is None:
                break
            events.append(buf[pos : m.start()])
            pos = m.end()
        self._buf = buf[pos:]
        if len(self._buf) > MAX_EVENT_BYTES:
            raise SSEError(f"an SSE event exceeds {MAX_EVENT_BYTES} bytes")
        return events

    def rest(self) -> bytes:
        """Bytes of an unterminated last event (the stream ended without a blank line)."""
        buf, self._buf = self._buf, b""
        return buf
