"""Run many patterns over one text: Hyperscan when available, Python `re` otherwise.

Hyperscan scans all patterns in one pass (~150 MB/s) and reports candidate start offsets
(SOM_LEFTMOST); each candidate is then re-matched by the pattern's Python regex at that offset
and checked by its validator, so both back ends return exactly the same spans. Patterns
Hyperscan cannot compile (e.g. user regexes with look-arounds) run through Python `re` alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import platform
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from phigate.api.identifiers import IdentifierType
from phigate.engine.patterns import PatternSpec

try:  # pragma: no cover - platform dependent
    import hyperscan as _hs
except ImportError:  # pragma: no cover - aarch64 etc.
    _hs = None

log = logging.getLogger(__name__)


class Hit(NamedTuple):
    """A validated detection (a tuple: tens of thousands are built per MB of text)."""

    start: int
    end: int
    type: IdentifierType
    detector: str


GROUP = 8
_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]")


_PID_BITS = 10  # a pattern's number in the low bits of each Hyperscan event (the start above them)
_PID_MASK = (1 << _PID_BITS) - 1
_TAIL = 24  # how far a windowed pattern's value may run past its window (a date whose prefilter fires early)


class Scanner:
    """A compiled set of PatternSpecs (immutable, thread-safe: per-call scratch)."""

    def __init__(self, specs: Sequence[PatternSpec], *, use_hyperscan: bool = True) -> None:
        self.specs = list(specs)
        self._py = [re.compile(s.python_regex(), re.I if s.caseless else 0) for s in self.specs]
        self._dbs: list[object] = []
        self._lock = threading.Lock()
        self._python_only: list[int] = list(range(len(self.specs)))
        if len(self.specs) > _PID_MASK:
            raise ValueError(f"at most {_PID_MASK} patterns per scanner, got {len(self.specs)}")
        self._modes = [(s.back or "window") if s.window else "" for s in self.specs]
        self._vgroup = ["v" in rx.groupindex for rx in self._py]
        self._det = [f"{'cue' if s.cue else s.kind}:{s.name}" for s in self.specs]
        self._prefix = [s.has_prefix_char for s in self.specs]
        if use_hyperscan and _hs is not None and self.specs:
            self._compile_hs()

    @property
    def backend(self) -> str:
        return "hyperscan" if self._dbs else "re"

    def _compile_hs(self) -> None:
        # Several small databases compile far faster than one big one (Hyperscan's SOM compile is
        # superlinear, ~5 s for all built-ins at once vs ~2 s in groups); each extra pass costs little.
        dbs = []
        ok: set[int] = set()
        for k in range(0, len(self.specs), GROUP):
            idx = list(range(k, min(len(self.specs), k + GROUP)))
            db = self._try_db(idx)
            if db is None:  # find the patterns Hyperscan refuses; they run through Python re
                idx = [i for i in idx if self._try_db([i]) is not None]
                db = self._try_db(idx) if idx else None
            if db is not None:
                dbs.append(db)
                ok.update(idx)
        self._dbs = dbs
        self._python_only = [i for i in range(len(self.specs)) if i not in ok]
        if self._python_only:  # each costs a Python regex pass over every text: say so
            log.warning(
                "Hyperscan refused %d pattern(s), which run through Python re (slower): %s",
                len(self._python_only),
                ", ".join(self.specs[i].name for i in self._python_only),
            )

    @property
    def python_only(self) -> list[str]:
        """Names of the patterns Hyperscan refused (they run through Python `re` over whole texts)."""
        return [self.specs[i].name for i in self._python_only] if self._dbs else []

    def _try_db(self, idx: list[int]) -> object | None:
        key = self._cache_key(idx)
        cached = _cache_load(key)
        if cached is not None:
            return cached
        try:
            db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
            db.compile(
                expressions=[self.specs[i].hs_regex().encode() for i in idx],
                ids=idx,
                flags=[self._flags(self.specs[i]) for i in idx],
            )
        except Exception:
            return None
        _cache_store(key, db)
        return db

    def _cache_key(self, idx: list[int]) -> str:
        h = hashlib.sha256(f"{getattr(_hs, '__version__', '')}|{platform.machine()}".encode())
        for i in idx:
            h.update(f"{i}\0{self.specs[i].hs_regex()}\0{self._flags(self.specs[i])}\1".encode())
        return h.hexdigest()

    @staticmethod
    def _flags(spec: PatternSpec) -> int:
        f = _hs.HS_FLAG_SOM_LEFTMOST | _hs.HS_FLAG_ALLOWEMPTY * 0
        if spec.caseless:
            f |= _hs.HS_FLAG_CASELESS
        return f

    def scan(self, text: str) -> list[Hit]:
        """Validated hits (start/end are offsets into `text`), cues included, unsorted."""
        hits: list[Hit] = []
        if self._dbs and text:
            raw: list[int] = []
            push = raw.append

            def on_match(pid: int, start: int, end: int, flags: int, ctx: object) -> None:
                push(start << _PID_BITS | pid)  # one int per event: sorting ints is ~5x cheaper than tuples

            # scan strings are ASCII (see normalize), so byte offsets are character offsets
            data = text.encode("ascii", "replace")
            with self._lock:  # a database's scratch space serves one scan at a time
                for db in self._dbs:
                    db.scan(data, match_event_handler=on_match)
            seen_end = [-1] * len(self.specs)
            specs, pys, modes, vgroup, prefix = self.specs, self._py, self._modes, self._vgroup, self._prefix
            for key in sorted(set(raw)):
                pid = key & _PID_MASK
                start = key >> _PID_BITS
                if seen_end[pid] > start:
                    continue  # inside a value this pattern already produced
                spec = specs[pid]
                rx = pys[pid]
                mode = modes[pid]
                if mode:
                    m = self._windowed(spec, mode, rx, text, start, seen_end[pid])
                else:
                    m = rx.match(text, start)
                    if m is None and prefix[pid]:
                        m = rx.match(text, start + 1)
                if m is None or m.end() == m.start():
                    continue
                if spec.validator is None:
                    s, e = m.span("v") if vgroup[pid] and m.group("v") is not None else m.span()
                    if e > s:
                        hits.append(Hit(s, e, spec.type, self._det[pid]))
                        seen_end[pid] = m.end()
                    continue
                r = spec.validator(text, m)
                if r is not None and r[1] > r[0]:
                    hits.append(Hit(r[0], r[1], r[2], self._det[pid]))
                    seen_end[pid] = m.end()
        for pid in self._python_only:
            spec = self.specs[pid]
            for m in self._py[pid].finditer(text):
                if m.end() == m.start():
                    continue
                hit = self._validate(spec, text, m)
                if hit is not None:
                    hits.append(hit)
        return hits

    @staticmethod
    def _windowed(spec: PatternSpec, mode: str, rx: re.Pattern[str], text: str, start: int,
                  seen: int) -> re.Match[str] | None:
        """The match around a prefilter hit that lies inside the value (found from cheap anchors)."""
        if mode == "word":  # the hit is inside an identifier: match from the identifier's start
            p = start
            while p > 0 and (text[p - 1].isalpha() or text[p - 1] == "_") and start - p < spec.window:
                p -= 1
            m = rx.match(text, p)
            return m if m is not None and m.end() > start and m.end() > seen else None
        if mode == "digits":  # the value starts at a digit run somewhere before the hit
            for a in _DIGIT_RUN.finditer(text, max(0, start - spec.window), start):
                m = rx.match(text, a.start())
                if m is not None and m.end() > start and m.end() > seen:
                    return m
            return None
        # the value may run past the window after the hit (a date whose prefilter fires at its day): the
        # search may end a value's length further, never where a match starts after the hit
        for m in rx.finditer(text, max(0, start - spec.window), min(len(text), start + spec.window + _TAIL)):
            if m.start() > start:
                break
            if start < m.end() and m.end() > seen:
                return m
        return None

    @staticmethod
    def _validate(spec: PatternSpec, text: str, m: re.Match[str]) -> Hit | None:
        if spec.validator is None:
            if "v" in m.re.groupindex and m.group("v") is not None:
                s, e = m.span("v")
            else:
                s, e = m.span()
            t = spec.type
        else:
            r = spec.validator(text, m)
            if r is None:
                return None
            s, e, t = r
        if e <= s:
            return None
        return Hit(s, e, t, f"{'cue' if spec.cue else spec.kind}:{spec.name}")


def _cache_dir() -> Path | None:
    """A private per-user cache of compiled databases (compiling costs seconds; loading, milliseconds).

    Only a directory owned by this user with no group/other access is trusted: a database planted by
    someone else could make the engine miss PHI.
    """
    if os.environ.get("PHIGATE_HS_CACHE", "1") == "0":
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "phigate" / "hyperscan"
    try:
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = base.stat()
        if st.st_uid != os.getuid() or st.st_mode & 0o077:
            return None
    except OSError:
        return None
    return base


def _cache_load(key: str) -> object | None:
    d = _cache_dir()
    if d is None:
        return None
    path = d / f"{key}.hsdb"
    try:
        raw = path.read_bytes()
        digest, blob = raw[:32], raw[32:]
        if hashlib.sha256(blob).digest() != digest:
            return None
        db = _hs.loadb(blob, mode=_hs.HS_MODE_BLOCK)
        db.scratch = _hs.Scratch(db)  # a deserialised database has no scratch space yet
    except Exception:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # last use, for pruning: what is still loaded stays
    return db


def _cache_store(key: str, db: object) -> None:
    d = _cache_dir()
    if d is None:
        return
    try:
        blob = _hs.dumpb(db)
        tmp = d / f".{key}.{os.getpid()}.tmp"
        tmp.write_bytes(hashlib.sha256(blob).digest() + blob)
        os.replace(tmp, d / f"{key}.hsdb")
    except Exception:
        return
    _cache_prune(d, _cache_budget_bytes())


def _cache_budget_bytes() -> int:
    """PHIGATE_HS_CACHE_MB (default 128): every policy or engine change adds databases, so without a
    bound the cache only grows (hundreds of MB on a developer's machine)."""
    try:
        return max(0, int(float(os.environ.get("PHIGATE_HS_CACHE_MB", "128")) * 1024 * 1024))
    except ValueError:
        return 128 * 1024 * 1024


def _cache_prune(d: Path, budget: int) -> None:
    """Delete the least recently used databases until the cache is under its budget (best effort:
    another process may prune at the same time)."""
    entries = []
    for path in d.glob("*.hsdb"):
        try:
            st = path.stat()
        except OSError:
            continue
        entries.append((st.st_mtime, st.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries):
        if total <= budget:
            break
        try:
            path.unlink()
        except OSError:
            continue
        total -= size


def hyperscan_available() -> bool:
    return _hs is not None
