"""`phigate audit export`: verified spans as dated gzip OTLP JSON files plus a sha256 manifest.

Layout: DIR/YYYY/MM/DD/<emitter>.otlp.jsonl.gz (one per UTC day and emitter; Collector file
exporter format inside, so `phigate audit verify DIR` and other OTLP tools read it), then
DIR/MANIFEST.json and DIR/MANIFEST.sha256 (`sha256sum -c` format), written last. Every file is
written to a temporary name, fsync'ed and renamed: an interrupted export leaves no half file.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from phigate.audit import encoding as enc
from phigate.audit.otlp import SpanRecord
from phigate.audit.verify import VerifyResult

ARCHIVE_FORMAT = "phigate-audit-archive/v1"
SPANS_PER_LINE = 1000


def atomic_write(path: str | Path, data: bytes) -> None:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(f".{p.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, p)


def _safe(name: str) -> str:
    short = hashlib.sha256(name.encode()).hexdigest()[:8]
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_")[:80] + "-" + short


def _day(ns: int) -> str:
    return datetime.fromtimestamp(ns / 1e9, UTC).strftime("%Y/%m/%d")


def _lines(records: list[SpanRecord]) -> bytes:
    out: list[bytes] = []
    i = 0
    while i < len(records):
        chunk: list[SpanRecord] = []
        res_key = json.dumps(records[i].resource, sort_keys=True)
        while i < len(records) and len(chunk) < SPANS_PER_LINE:
            if json.dumps(records[i].resource, sort_keys=True) != res_key:
                break
            chunk.append(records[i])
            i += 1
        doc = {
            "resourceSpans": [
                {
                    "resource": chunk[0].resource,
                    "scopeSpans": [{"scope": chunk[0].scope, "spans": [r.raw for r in chunk]}],
                }
            ]
        }
        out.append(json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode() + b"\n")
    return b"".join(out)


def write_archive(records: list[SpanRecord], result: VerifyResult, out_dir: str | Path) -> dict[str, Any]:
    out = Path(out_dir)
    if (out / "MANIFEST.json").exists():
        raise FileExistsError(f"{out}/MANIFEST.json exists: export into a new directory")
    chains: dict[tuple[str, str], dict[int, SpanRecord]] = defaultdict(dict)
    for r in records:
        if r.seq is not None and r.emitter is not None:
            chains[(r.emitter, r.chain or "")].setdefault(r.seq, r)
    files: dict[tuple[str, str], list[SpanRecord]] = defaultdict(list)
    for (emitter, _chain), by_seq in sorted(chains.items()):
        day = ""
        for seq in sorted(by_seq):
            r = by_seq[seq]
            # monotone in seq, so an archive reads back in chain order; a checkpoint is filed with the
            # records it seals (its own time may be later, e.g. for backfilled records)
            if not day or r.name not in (enc.CHECKPOINT_NAME, enc.SPOOL_FULL_NAME):
                day = max(day, _day(r.end or r.start))
            files[(day, emitter)].append(r)
    entries = []
    for (day, emitter), recs in sorted(files.items()):
        rel = f"{day}/{_safe(emitter)}.otlp.jsonl.gz"
        data = gzip.compress(_lines(recs), mtime=0)
        atomic_write(out / rel, data)
        spans_by_chain: dict[str, list[int]] = defaultdict(list)
        for r in recs:
            spans_by_chain[r.chain or ""].append(r.seq or 0)
        entries.append(
            {
                "path": rel,
                "sha256": hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
                "records": len(recs),
                "emitter": emitter,
                "date": day.replace("/", "-"),
                "chains": [
                    {"chain": c, "first_seq": min(s), "last_seq": max(s)} for c, s in spans_by_chain.items()
                ],
            }
        )
    summary = result.to_json()
    summary.pop("files", None)
    manifest = {
        "format": ARCHIVE_FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "verify": summary,
        "files": entries,
    }
    atomic_write(out / "MANIFEST.json", json.dumps(manifest, indent=2).encode())
    atomic_write(out / "MANIFEST.sha256", "".join(f"{e['sha256']}  {e['path']}\n" for e in entries).encode())
    return manifest


def check_manifests(sources: list[str]) -> list[str]:
    """For each source directory holding MANIFEST.json: listed files present, intact and complete."""
    problems: list[str] = []
    for s in sources:
        d = Path(s)
        mf = d / "MANIFEST.json"
        if not (d.is_dir() and mf.is_file()):
            continue
        try:
            manifest = json.loads(mf.read_text())
            listed = {e["path"]: e["sha256"] for e in manifest["files"]}
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"{mf}: unreadable manifest ({exc})")
            continue
        for rel, digest in listed.items():
            f = d / rel
            if not f.is_file():
                problems.append(f"{f}: listed in the manifest but missing")
            elif hashlib.sha256(f.read_bytes()).hexdigest() != digest:
                problems.append(f"{f}: sha256 does not match the manifest")
        for f in sorted(d.rglob("*.gz")):
            if str(f.relative_to(d)) not in listed:
                problems.append(f"{f}: not listed in the manifest")
    return problems
