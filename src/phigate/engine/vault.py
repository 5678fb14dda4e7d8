"""Per-session reversible placeholders for the `tokenize` action.

The same value gets the same placeholder for the vault's whole life (so an LLM can reason about
"<NAME_1>" across turns), and `reveal` maps a placeholder back for re-identification of a vendor's
answer. `destroy()` wipes the mapping: after that nothing can be re-identified.
"""

from __future__ import annotations

import re
import threading

from phigate.api.identifiers import IdentifierType

PLACEHOLDER_RE = re.compile(r"<([A-Z][A-Z_]*?)_([0-9]+)>")


class TokenVault:
    """Thread-safe value <-> placeholder map; values never leave the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_token: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self._destroyed = False

    def placeholder(self, type_: IdentifierType | str, value: str) -> str:
        """Return the placeholder for `value` (allocating `<TYPE_n>` on first sight)."""
        kind = str(type_)
        key = (kind, _canonical(value))
        with self._lock:
            if self._destroyed:
                raise RuntimeError("token vault destroyed")
            token = self._by_value.get(key)
            if token is None:
                n = self._counters.get(kind, 0) + 1
                self._counters[kind] = n
                token = f"<{kind}_{n}>"
                self._by_value[key] = token
                self._by_token[token] = value
            return token

    def reveal(self, placeholder: str) -> str | None:
        """The original value behind a placeholder, or None if unknown (or destroyed)."""
        with self._lock:
            return self._by_token.get(placeholder)

    def reveal_text(self, text: str) -> str:
        """Replace every known placeholder in `text` by its value (unknown ones stay)."""
        with self._lock:
            table = dict(self._by_token)
        return PLACEHOLDER_RE.sub(lambda m: table.get(m.group(0), m.group(0)), text)

    def destroy(self) -> None:
        """Forget every mapping; later placeholder() calls fail, reveal() returns None."""
        with self._lock:
            self._by_value.clear()
            self._by_token.clear()
            self._counters.clear()
            self._destroyed = True

    @property
    def destroyed(self) -> bool:
        return self._destroyed

    def __len__(self) -> int:
        with self._lock:
            return len(self._by_token)


def _canonical(value: str) -> str:
    """Same person written differently ("John  Smith", "JOHN SMITH") gets one placeholder."""
    return " ".join(value.split()).casefold()
