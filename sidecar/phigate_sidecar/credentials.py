"""Destination credentials: read from the sidecar-only mount, injected per request, never seen by the agent.

Secret files are re-read when their mtime changes, so a rotated Secret takes effect without a restart.
"""

from __future__ import annotations

import threading
from pathlib import Path

from phigate.api.policy import Credentials

# What an agent might send as a credential; stripped on destinations whose credential we inject.
AGENT_CREDENTIAL_HEADERS = ("authorization", "proxy-authorization", "x-api-key", "api-key", "cookie")


class CredentialError(LookupError):
    """The credential a destination needs is not mounted: the request is refused (fail closed)."""


class CredentialStore:
    def __init__(self, root: Path | None) -> None:
        self.root = root
        self._cache: dict[Path, tuple[int, str]] = {}
        self._lock = threading.Lock()

    def value(self, creds: Credentials) -> str:
        if self.root is None:
            raise CredentialError("no --credentials-dir configured")
        path = self.root / creds.secret_ref.name / creds.secret_ref.key
        try:
            mtime = path.stat().st_mtime_ns
            with self._lock:
                hit = self._cache.get(path)
                if hit and hit[0] == mtime:
                    return hit[1]
            text = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            ref = f"{creds.secret_ref.name}/{creds.secret_ref.key}"
            raise CredentialError(
                f"credential {ref} is not readable: {exc.__class__.__name__}"
            ) from exc
        if not text or "\n" in text or "\r" in text:
            raise CredentialError(
                f"credential {creds.secret_ref.name}/{creds.secret_ref.key} is empty or multi-line"
            )
        with self._lock:
            self._cache[path] = (mtime, text)
        return text

    def header_value(self, creds: Credentials) -> str:
        return creds.format.replace("{value}", self.value(creds))
