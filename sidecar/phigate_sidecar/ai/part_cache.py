"""Masked prompt parts remembered for one grant session.

A chat agent resends the whole conversation on every turn: the system prompt, every earlier message, every
tool result. Masking each request from scratch costs time that grows with the square of the conversation's
length, while only the newest parts are new. A part masked once in this session (same policy, same vault)
masks to the same text again, placeholders included, because the vault maps a value to its placeholder
for the session's whole life; so the result is kept and reused.

What is kept: a keyed BLAKE2b digest of the part (the key is random per session, so a digest cannot be
matched against guessed text), the masked text and the findings (offsets and types, no values). No raw
prompt text is held. The cache is bounded in bytes and dropped with its session when the grant ends.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable

from phigate.engine.types import MaskResult

MaskText = Callable[[str], MaskResult]

MIN_CHARS = 64  # a short part is cheaper to mask again than to look up and keep
MAX_BYTES = 8 * 1024 * 1024  # masked text kept per session (least recently used goes first)


class PartCache:
    """Thread-safe LRU of masked parts, keyed by (policy hash, part); counts hits for the audit span."""

    def __init__(self, max_bytes: int = MAX_BYTES, min_chars: int = MIN_CHARS) -> None:
        self._key = os.urandom(32)
        self._entries: OrderedDict[bytes, MaskResult] = OrderedDict()
        self._sizes: dict[bytes, int] = {}
        self._bytes = 0
        self._lock = threading.Lock()
        self.max_bytes = max_bytes
        self.min_chars = min_chars
        self.hits = 0
        self.misses = 0

    def _digest(self, policy_hash: str, text: str) -> bytes:
        h = hashlib.blake2b(key=self._key, digest_size=20)
        h.update(policy_hash.encode())
        h.update(b"\0")
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.digest()

    def masking(self, policy_hash: str, mask: MaskText) -> tuple[MaskText, Callable[[], int]]:
        """`mask` wrapped to reuse this session's earlier results, and a counter of parts reused."""
        reused = 0

        def cached(text: str) -> MaskResult:
            nonlocal reused
            if len(text) < self.min_chars:
                return mask(text)
            key = self._digest(policy_hash, text)
            with self._lock:
                hit = self._entries.get(key)
                if hit is not None:
                    self._entries.move_to_end(key)
                    self.hits += 1
                    reused += 1
                    return MaskResult(hit.document, list(hit.findings))
                self.misses += 1
            result = mask(text)  # outside the lock: masking is the slow part
            self._put(key, result)
            return MaskResult(result.document, list(result.findings))

        return cached, lambda: reused

    def _put(self, key: bytes, result: MaskResult) -> None:
        size = len(str(result.document).encode("utf-8", "surrogatepass")) + 64 * (1 + len(result.findings))
        if size > self.max_bytes:
            return
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = result  # callers get copies of its findings list, never this one
            self._sizes[key] = size
            self._bytes += size
            while self._bytes > self.max_bytes:
                old, _ = self._entries.popitem(last=False)
                self._bytes -= self._sizes.pop(old)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._sizes.clear()
            self._bytes = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    @property
    def bytes(self) -> int:
        with self._lock:
            return self._bytes
