"""`phigate synth`: writes the corpus atomically, refuses a bad --out with a clear message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from phigate.cli import main
from phigate.synthetic.corpus import Record, read_jsonl


def test_synth_writes_both_splits_and_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "corpus" / "nested"
    assert main(["synth", "--out", str(out), "--seed", "9", "--count", "6"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["dev.jsonl", "heldout.jsonl", "manifest.json"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["seed"] == 9 and set(manifest["files"]) == {"dev.jsonl", "heldout.jsonl"}
    dev = read_jsonl(out / "dev.jsonl")
    assert len(dev) == 6 and all(isinstance(r, Record) and r.split == "dev" for r in dev)
    assert {r.split for r in read_jsonl(out / "heldout.jsonl")} == {"heldout"}
    assert "dev.jsonl: 6 records" in capsys.readouterr().out


def test_synth_is_reproducible_and_split_selectable(tmp_path: Path) -> None:
    assert (
        main(["synth", "--out", str(tmp_path / "a"), "--seed", "1", "--count", "4", "--split", "heldout"])
        == 0
    )
    assert (
        main(["synth", "--out", str(tmp_path / "b"), "--seed", "1", "--count", "4", "--split", "heldout"])
        == 0
    )
    assert not (tmp_path / "a" / "dev.jsonl").exists()
    assert (tmp_path / "a" / "heldout.jsonl").read_bytes() == (tmp_path / "b" / "heldout.jsonl").read_bytes()


def test_synth_refuses_a_file_as_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "not-a-dir"
    target.write_text("keep me")
    assert main(["synth", "--out", str(target), "--count", "2"]) == 2
    assert "not a directory" in capsys.readouterr().err
    assert target.read_text() == "keep me"


def test_synth_refuses_an_unwritable_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parent = tmp_path / "file"
    parent.write_text("")
    assert main(["synth", "--out", str(parent / "sub"), "--count", "2"]) == 2
    assert "cannot write --out" in capsys.readouterr().err


def test_synth_refuses_a_bad_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["synth", "--out", str(tmp_path), "--count", "0"]) == 2
    assert "--count" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from phigate.synthetic import corpus

    def boom(records: list[Record]) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(corpus, "to_jsonl", boom)
    assert main(["synth", "--out", str(tmp_path), "--count", "2"]) == 2
    assert list(tmp_path.iterdir()) == []


def test_console_script_runs(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "phigate.cli",
            "synth",
            "--out",
            str(tmp_path),
            "--count",
            "2",
            "--split",
            "dev",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert len((tmp_path / "dev.jsonl").read_text().splitlines()) == 2
