"""The compiled-database cache: trusted only when private and intact, and bounded in size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from phigate.engine import scanner
from phigate.engine.patterns import SPECS

pytest.importorskip("hyperscan")


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("PHIGATE_HS_CACHE", raising=False)
    monkeypatch.delenv("PHIGATE_HS_CACHE_MB", raising=False)
    return tmp_path / "phigate" / "hyperscan"


def _scanner() -> scanner.Scanner:
    return scanner.Scanner(SPECS[:12])


def test_a_compiled_database_is_stored_and_loaded_back(cache_home: Path) -> None:
    text = "Call 555-867-5309 or mail ana@example.org on 2017-05-16"
    first = _scanner()
    stored = sorted(cache_home.glob("*.hsdb"))
    assert stored and (cache_home.stat().st_mode & 0o077) == 0
    again = _scanner()  # loads what the first one stored
    assert first.backend == again.backend == "hyperscan" and first.scan(text)
    assert [h[:3] for h in again.scan(text)] == [h[:3] for h in first.scan(text)]
    assert sorted(cache_home.glob("*.hsdb")) == stored


def test_a_tampered_database_is_not_loaded(cache_home: Path) -> None:
    _scanner()
    path = sorted(cache_home.glob("*.hsdb"))[0]
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0xFF
    path.write_bytes(bytes(raw))
    assert scanner._cache_load(path.stem) is None


def test_a_cache_others_can_write_is_not_trusted(cache_home: Path) -> None:
    _scanner()
    os.chmod(cache_home, 0o777)
    try:
        assert scanner._cache_dir() is None
        key = sorted(cache_home.glob("*.hsdb"))[0].stem
        assert scanner._cache_load(key) is None
    finally:
        os.chmod(cache_home, 0o700)


def test_the_cache_keeps_the_recently_used_under_its_budget(tmp_path: Path) -> None:
    d = tmp_path / "c"
    d.mkdir()
    for i in range(10):
        p = d / f"k{i}.hsdb"
        p.write_bytes(b"x" * 1000)
        os.utime(p, (1_000_000 + i, 1_000_000 + i))
    scanner._cache_prune(d, 3500)
    assert sorted(p.name for p in d.glob("*.hsdb")) == ["k7.hsdb", "k8.hsdb", "k9.hsdb"]


def test_a_bad_budget_falls_back_to_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHIGATE_HS_CACHE_MB", "lots")
    assert scanner._cache_budget_bytes() == 128 * 1024 * 1024
    monkeypatch.setenv("PHIGATE_HS_CACHE_MB", "0.5")
    assert scanner._cache_budget_bytes() == 512 * 1024
