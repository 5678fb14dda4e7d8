"""The live enforcement config: loaded once, hot-reloaded on change, the last good one kept on error.

Polling (mtime, size, then a content hash) instead of inotify: a Kubernetes ConfigMap volume swaps a
`..data` symlink, which inotify watches on the file miss, and 1 s polling of two small files costs
nothing. Grants expire on the request path by the sidecar's clock, not here.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from phigate.enforcement import EnforcementConfig, EnforcementConfigError, load_enforcement

log = logging.getLogger("phigate.sidecar.config")


@dataclass(frozen=True, slots=True)
class Snapshot:
    config: EnforcementConfig
    fingerprint: str  # sha256 of the source files' bytes
    loaded_at: datetime


def _fingerprint(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(str(p).encode() + b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _stat_key(paths: list[Path]) -> tuple[tuple[int, int], ...]:
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((-1, -1))
    return tuple(out)


class ConfigStore:
    """Thread-safe holder of the current Snapshot; `poll()` reloads when the files changed."""

    def __init__(
        self,
        policy_path: Path,
        grants_path: Path | None = None,
        *,
        on_reload: Callable[[Snapshot], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        prepare: Callable[[EnforcementConfig], None] | None = None,
    ) -> None:
        self.policy_path = policy_path
        self.grants_path = grants_path
        self._paths = [policy_path] + ([grants_path] if grants_path else [])
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._stat: tuple[tuple[int, int], ...] = ()
        self._bad_fingerprint = ""
        self.on_reload = on_reload
        self.on_error = on_error
        self.prepare = prepare  # e.g. compile the masking plans; raising rejects the config
        self.reloads = 0
        self.errors = 0
        self.last_error = ""

    def load(self) -> Snapshot:
        """The first load: raises EnforcementConfigError (the sidecar refuses to start without a config)."""
        snap = self._read()
        with self._lock:
            self._snapshot = snap
        return snap

    def current(self) -> Snapshot:
        snap = self._snapshot
        if snap is None:
            raise EnforcementConfigError("no enforcement config loaded")
        return snap

    @property
    def loaded(self) -> bool:
        return self._snapshot is not None

    def _read(self) -> Snapshot:
        self._stat = _stat_key(self._paths)
        try:
            fp = _fingerprint(self._paths)
        except OSError as exc:
            raise EnforcementConfigError(f"cannot read config: {exc}") from exc
        cfg = load_enforcement(self.policy_path, self.grants_path)
        if self.prepare:
            try:
                self.prepare(cfg)
            except Exception as exc:
                raise EnforcementConfigError(f"{self.policy_path}: cannot be enforced: {exc}") from exc
        return Snapshot(cfg, fp, datetime.now(UTC))

    def poll(self) -> bool:
        """Reload if the files changed; True when a new config was installed."""
        stat = _stat_key(self._paths)
        if stat == self._stat:
            return False
        self._stat = stat
        try:
            fp = _fingerprint(self._paths)
        except OSError as exc:
            return self._fail(f"cannot read config: {exc}", "")
        cur = self._snapshot
        if (cur is not None and fp == cur.fingerprint) or fp == self._bad_fingerprint:
            return False
        try:
            cfg = load_enforcement(self.policy_path, self.grants_path)
            if self.prepare:
                self.prepare(cfg)  # outside the lock and before install: requests never wait for it
        except EnforcementConfigError as exc:
            return self._fail(str(exc), fp)
        except Exception as exc:  # anything else a broken file provokes: keep the last good config
            return self._fail(f"{self.policy_path}: {type(exc).__name__}: {exc}", fp)
        snap = Snapshot(cfg, fp, datetime.now(UTC))
        with self._lock:
            self._snapshot = snap
        self._bad_fingerprint = ""
        self.reloads += 1
        log.info(
            "enforcement config reloaded", extra={"config_hash": cfg.hash, "policies": len(cfg.policies)}
        )
        if self.on_reload:
            self.on_reload(snap)
        return True

    def _fail(self, message: str, fp: str) -> bool:
        self._bad_fingerprint = fp
        self.errors += 1
        self.last_error = message
        log.error("invalid enforcement config, keeping the last good one: %s", message)
        if self.on_error:
            self.on_error(message)
        return False

    def watch(self, stop: threading.Event, interval_s: float = 1.0) -> threading.Thread:
        """Poll in a daemon thread until `stop` is set."""

        def loop() -> None:
            while not stop.wait(interval_s):
                try:
                    self.poll()
                except Exception:  # the watcher must survive anything
                    log.exception("config watcher error")

        t = threading.Thread(target=loop, name="phigate-config-watch", daemon=True)
        t.start()
        return t
