"""Canonical JSON and content hashes: one definition for config hashes and audit chains."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(obj: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no insignificant whitespace (stable across runs and hosts)."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def content_hash(obj: Any, length: int = 16) -> str:
    """Short sha256 hex of the canonical form; used for ConfigMap and policy hashes."""
    return hashlib.sha256(canonical_json(obj)).hexdigest()[:length]
