"""Pseudonym keys per grant: one TokenVault per grant, destroyed when the grant ends.

Same value, same placeholder for the grant's whole life (the model can reason about `<NAME_1>`
across turns); when the grant expires (our clock) or leaves the enforcement config (revoked), its
vault is wiped, so a placeholder a vendor kept can no longer be linked back to anyone. Traffic
without a grant uses a per-pod session vault that is rotated every `session_ttl`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from phigate.engine.vault import TokenVault
from phigate_sidecar.ai.part_cache import PartCache

SESSION_PREFIX = "session:"


@dataclass(slots=True)
class GrantSession:
    """A vault, the maskers bound to it (one per policy hash) and the prompt parts they masked."""

    key: str
    vault: TokenVault
    expires_at: datetime | None
    maskers: dict[str, Any] = field(default_factory=dict)
    parts: PartCache = field(default_factory=PartCache)

    def masker(self, policy_hash: str, build: Callable[[TokenVault], Any]) -> Any:
        m = self.maskers.get(policy_hash)
        if m is None:
            m = self.maskers[policy_hash] = build(self.vault)
        return m


class GrantVaults:
    """Thread-safe registry of grant sessions; `sweep` destroys what ended."""

    def __init__(self, session_ttl: timedelta = timedelta(hours=8)) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[str, GrantSession] = {}
        self._session_ttl = session_ttl
        self.destroyed: list[str] = []  # keys destroyed so far, for tests and logs

    def session(
        self, grant: str | None, expires_at: datetime | None, now: datetime, pod: str = ""
    ) -> GrantSession:
        """The live session for a grant (or the pod's grant-less session), created on first use."""
        key = grant if grant else f"{SESSION_PREFIX}{pod}"
        self.sweep(now)
        with self._lock:
            s = self._sessions.get(key)
            if s is None or s.vault.destroyed:
                expiry = expires_at if grant else now + self._session_ttl
                s = self._sessions[key] = GrantSession(key, TokenVault(), expiry)
            elif grant and expires_at is not None and s.expires_at != expires_at:
                s.expires_at = expires_at  # a grant extended by its approver keeps its vault
            return s

    def peek(self, key: str) -> GrantSession | None:
        with self._lock:
            return self._sessions.get(key)

    def sweep(self, now: datetime, active: Mapping[str, datetime] | None = None) -> list[str]:
        """Destroy sessions past their expiry, and grant sessions missing from `active` when given."""
        with self._lock:
            dead = [
                k
                for k, s in self._sessions.items()
                if (s.expires_at is not None and now >= s.expires_at)
                or (active is not None and not k.startswith(SESSION_PREFIX) and k not in active)
            ]
            for k in dead:
                gone = self._sessions.pop(k)
                gone.vault.destroy()
                gone.parts.clear()
            self.destroyed.extend(dead)
            return dead

    def __len__(self) -> int:
        with self._lock:
            return len(self._sessions)
