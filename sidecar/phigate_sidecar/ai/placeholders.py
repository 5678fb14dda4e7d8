"""Restore `<TYPE_N>` placeholders to the values a vault issued, whole or incrementally.

The incremental restorer holds back only a suffix that could still become a placeholder (from the
last `<` on, when nothing after it rules a placeholder out), so any chunking of a text yields
exactly what restoring the whole text yields, and every other byte leaves at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

# <NAME_1>, <HEALTH_PLAN_12>: an upper-case type, an underscore and a sequence number.
MAX_PLACEHOLDER_LEN = 40
PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z0-9_]{0,28}_[0-9]{1,9}>")
# What the tail of a text must look like to possibly be the start of a placeholder.
_PARTIAL_TAIL_RE = re.compile(r"<[A-Z0-9_]*\Z")

Lookup = Callable[[str], str | None]
Escape = Callable[[str], str]


def no_escape(value: str) -> str:
    return value


def json_string_escape(value: str) -> str:
    """A value going inside a JSON string literal (tool-call arguments, partial_json)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def restore_text(text: str, lookup: Lookup, escape: Escape = no_escape) -> tuple[str, int]:
    """Every issued placeholder in `text` back to its value; unknown ones stay. Returns (text, count)."""
    if "<" not in text:
        return text, 0
    count = 0

    def _sub(m: re.Match[str]) -> str:
        nonlocal count
        value = lookup(m.group(0))
        if value is None:
            return m.group(0)
        count += 1
        return escape(value)

    return PLACEHOLDER_RE.sub(_sub, text), count


def held_tail_start(text: str) -> int:
    """Index where a possible unfinished placeholder starts at the end of `text` (len(text) if none)."""
    i = text.rfind("<")
    if i == -1 or len(text) - i >= MAX_PLACEHOLDER_LEN or not _PARTIAL_TAIL_RE.match(text, i):
        return len(text)
    return i


class IncrementalRestorer:
    """Restore placeholders in a text that arrives in pieces (one SSE delta channel)."""

    __slots__ = ("_escape", "_held", "_lookup", "restored")

    def __init__(self, lookup: Lookup, escape: Escape = no_escape) -> None:
        self._lookup = lookup
        self._escape = escape
        self._held = ""
        self.restored = 0

    @property
    def held(self) -> str:
        return self._held

    def feed(self, piece: str) -> str:
        buf = self._held + piece if self._held else piece
        cut = held_tail_start(buf)
        self._held = buf[cut:]
        out, n = restore_text(buf[:cut], self._lookup, self._escape)
        self.restored += n
        return out

    def flush(self) -> str:
        """The end of the channel: what was held is plain text (or a complete placeholder)."""
        buf, self._held = self._held, ""
        out, n = restore_text(buf, self._lookup, self._escape)
        self.restored += n
        return out
