"""One engine Masker per policy version (keyed by the policy hash), built on first use and reused."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from phigate.api.policy import Credentials
from phigate.enforcement import EnforcementConfig, PolicyEntry
from phigate_sidecar.credentials import CredentialStore

if TYPE_CHECKING:
    from phigate.engine import Masker


class MaskerCache:
    def __init__(self, credentials: CredentialStore, max_entries: int = 16) -> None:
        self.credentials = credentials
        self.max_entries = max_entries
        self._cache: dict[str, Masker] = {}
        self._lock = threading.Lock()

    def warm(self, config: EnforcementConfig) -> None:
        """Build every policy's Masker before the config is installed (plan compilation can take seconds,
        and a policy whose plan does not compile is rejected instead of failing requests later)."""
        for policy in config.policies:
            self.get(policy)

    def get(self, policy: PolicyEntry) -> Masker:
        """Raises when the engine cannot be built; callers answer 502 on PHI paths."""
        m = self._cache.get(policy.hash)
        if m is not None:
            return m
        with self._lock:
            m = self._cache.get(policy.hash)
            if m is None:
                m = self._build(policy)
                if len(self._cache) >= self.max_entries:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[policy.hash] = m
        return m

    def _build(self, policy: PolicyEntry) -> Masker:
        from phigate.engine import Masker, TokenVault, compile_plan

        masking = policy.spec.masking
        hash_key = None
        if masking.hash_key_ref is not None:
            ref = Credentials.model_validate({"secretRef": masking.hash_key_ref.dump(), "format": "{value}"})
            hash_key = self.credentials.value(ref).encode()
        plan = compile_plan(masking, hash_key=hash_key)
        return Masker(plan, vault=TokenVault())
