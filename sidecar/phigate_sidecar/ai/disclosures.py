"""Accounting of disclosures: which patient's PHI reached which vendor, never the name itself.

Each record is `"<patient pseudonym>|<vendor>|<types>"` (the span attribute `phigate.disclosures`,
read by `phigate audit report`). The pseudonym is a keyed HMAC of the canonical identifier, stable
for as long as the key is, so a compliance officer can answer "what was disclosed about this
patient" by computing the same HMAC over the patient's name.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

# Identifier types that point at a person; NAME first.
PATIENT_KEYS = ("NAME", "MRN", "SSN", "HEALTH_PLAN", "ACCOUNT")
KEY_ENV = "PHIGATE_DISCLOSURE_KEY_FILE"
DEFAULT_KEY_FILE = Path("/etc/phigate/audit-key/disclosure.key")


def canonical(type_: str, value: str) -> str:
    return f"{type_}:{' '.join(value.split()).casefold()}"


def patient_pseudonym(type_: str, value: str, key: bytes) -> str:
    digest = hmac.new(key, canonical(type_, value).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"pt-{digest[:20]}"


def disclosure_records(disclosed: Iterable[tuple[str, str]], vendor: str, key: bytes) -> list[str]:
    """(type, value) pairs that reached `vendor` -> one record per patient identifier, sorted.

    The patients are the names disclosed (else the record numbers when no name was): a prompt
    rarely says which identifier belongs to whom, so each patient's record lists every type sent.
    """
    pairs = list(disclosed)
    if not pairs:
        return []
    types = ",".join(sorted({t for t, _ in pairs}))
    for kind in PATIENT_KEYS:
        people = {canonical(t, v): (t, v) for t, v in pairs if t == kind and v.strip()}
        if people:
            return sorted({f"{patient_pseudonym(t, v, key)}|{vendor}|{types}" for t, v in people.values()})
    return [f"pt-unidentified|{vendor}|{types}"]


def load_key(path: Path | None = None) -> tuple[bytes, bool]:
    """(key, stable): the mounted disclosure key, or a random per-process key (stable=False)."""
    candidate = path or Path(os.environ.get(KEY_ENV, str(DEFAULT_KEY_FILE)))
    try:
        data = candidate.read_bytes().strip()
    except OSError:
        data = b""
    if len(data) >= 16:
        return data, True
    return secrets.token_bytes(32), False
