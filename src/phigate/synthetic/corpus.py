"""The labelled corpus: records of notes, prompts, FHIR documents and negatives, as JSONL.

A record is `{"id", "split", "kind", "template", "format", "content", "phi", "keep"}`; `phi` items are
`{"type", "value"}` plus `path` for structured FHIR fields. Every record is regenerated until it is
*sound*: each PHI value occurs in the document and only where it is PHI, each keep value occurs and
overlaps no PHI value, so a leak or an over-mask measured against the labels is real.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from phigate.synthetic.fhir import bundle, single_resource
from phigate.synthetic.identity import SPLITS, Split
from phigate.synthetic.labels import Labelled, Phi, conflicts, dedupe, dedupe_phi, document_strings
from phigate.synthetic.negative import make_negative
from phigate.synthetic.notes import NOTE_KINDS, make_note
from phigate.synthetic.prompts import chat_body, prompt_for

Kind = Literal["note", "prompt", "fhir", "negative"]
KIND_WEIGHTS: dict[str, int] = {"note": 35, "prompt": 30, "fhir": 20, "negative": 15}


@dataclass(slots=True)
class Record:
    id: str
    split: Split
    kind: Kind
    template: str
    format: Literal["text", "json"]
    content: Any
    phi: list[Phi] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "split": self.split,
            "kind": self.kind,
            "template": self.template,
            "format": self.format,
            "content": self.content,
            "phi": [p.as_json() for p in self.phi],
            "keep": self.keep,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Record:
        from phigate.api.identifiers import IdentifierType

        phi = [Phi(IdentifierType(p["type"]), p["value"], p.get("path")) for p in obj["phi"]]
        return cls(
            obj["id"],
            obj["split"],
            obj["kind"],
            obj.get("template", ""),
            obj["format"],
            obj["content"],
            phi,
            list(obj["keep"]),
        )


def sound(doc: Labelled) -> bool:
    """True when labels are unambiguous: no stray PHI repeats, no keep/PHI overlap."""
    return not doc.stray() and not conflicts(doc.phi, doc.keep)


def problems(record: Record) -> list[str]:
    """Why a record's labels are wrong (empty when they are right); the tests run this on every record."""
    texts = document_strings(record.content)
    out: list[str] = []
    for p in record.phi:
        if not any(p.value in t for t in texts):
            out.append(f"{record.id}: phi {p.type} {p.value!r} does not occur in the document")
    for k in record.keep:
        if not any(k in t for t in texts):
            out.append(f"{record.id}: keep {k!r} does not occur in the document")
    out.extend(f"{record.id}: {c}" for c in conflicts(record.phi, record.keep))
    return out


def _from_labelled(
    rid: str, split: Split, kind: Kind, template: str, doc: Labelled, fmt: str = "text", content: Any = None
) -> Record:
    return Record(
        rid,
        split,
        kind,
        template,
        fmt,
        doc.text if content is None else content,  # type: ignore[arg-type]
        dedupe_phi(doc.phi),
        dedupe(doc.keep),
    )


def make_record(rng: random.Random, split: Split, index: int, kind: Kind | None = None) -> Record:
    """One record; `kind` defaults to a weighted draw (notes, prompts, FHIR, negatives)."""
    kind = kind or rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]  # type: ignore[assignment]
    rid = f"{split}-{index:05d}"
    if kind == "note":
        template = rng.choice(sorted(NOTE_KINDS[split]))
        return _from_labelled(rid, split, kind, template, make_note(rng, split, template))
    if kind == "prompt":
        for _ in range(50):
            doc, shape = prompt_for(rng, split)
            if sound(doc):
                break
        else:
            raise RuntimeError("could not generate an unambiguous prompt in 50 attempts")
        if rng.random() < 0.5:
            return _from_labelled(rid, split, kind, shape, doc, "json", chat_body(rng, doc.text, split))
        return _from_labelled(rid, split, kind, shape, doc)
    if kind == "fhir":
        if rng.random() < 0.35:
            fd, template = bundle(rng, split, size_bytes=rng.randint(8_000, 40_000)), "Bundle"
        else:
            fd = single_resource(rng, split)
            template = fd.json["resourceType"]
        return Record(rid, split, kind, template, "json", fd.json, dedupe_phi(fd.phi), dedupe(fd.keep))
    if kind == "negative":
        return _from_labelled(rid, split, kind, "negative", make_negative(rng, split))
    raise ValueError(f"unknown record kind {kind!r}: {sorted(KIND_WEIGHTS)}")


def make_corpus(seed: int, split: Split, count: int) -> list[Record]:
    """`count` records of `split`; record i depends only on (seed, split, i)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {SPLITS}")
    if count < 0:
        raise ValueError(f"count must be >= 0, got {count}")
    return [make_record(random.Random(f"phigate-synth:{seed}:{split}:{i}"), split, i) for i in range(count)]


def atomic_write(path: Path, data: bytes) -> None:
    """Write `path` via a temporary file in the same directory and rename: never half-written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o644)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_jsonl(records: list[Record]) -> bytes:
    return b"".join(json.dumps(r.to_json(), ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


def read_jsonl(path: Path) -> list[Record]:
    return [
        Record.from_json(json.loads(line)) for line in path.read_text("utf-8").splitlines() if line.strip()
    ]


def write_corpus(out: Path, seed: int, splits: list[Split], count: int) -> dict[str, Any]:
    """Write `<split>.jsonl` per split and `manifest.json` into `out` (created if missing)."""
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"--out {out}: exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {"generator": "phigate.synthetic", "seed": seed, "count": count, "files": {}}
    for split in splits:
        data = to_jsonl(make_corpus(seed, split, count))
        atomic_write(out / f"{split}.jsonl", data)
        manifest["files"][f"{split}.jsonl"] = {
            "records": count,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
    atomic_write(out / "manifest.json", json.dumps(manifest, indent=2).encode() + b"\n")
    return manifest
