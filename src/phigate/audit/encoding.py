"""The audit record's canonical encoding (version 1): what is hashed, chained and signed.

Pure functions only, shared by the emitter (which computes hashes) and the verifier (which
recomputes them from OTLP JSON). docs/audit.md defines the encoding for other implementations.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from phigate.canonical import canonical_json

# Byte-for-byte phigate.canonical.canonical_json (same class, same options), built once: json.dumps
# with options constructs a new encoder per call, which shows on the per-record paths.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
# The C encoder JSONEncoder.encode() builds for a dict, called directly: the verifier calls this once
# per span, and the two Python frames of encode()/iterencode() around it cost ~10% of a span.
# markers=None skips the cycle check: the documents hashed here are fresh trees (no cycles).
try:
    from _json import make_encoder as _c_make_encoder  # type: ignore[attr-defined]
    from json.encoder import c_encode_basestring as _c_str  # type: ignore[attr-defined]

    _C_ENCODE = _c_make_encoder(None, _ENCODER.default, _c_str, None, ":", ",", True, False, False)
except ImportError:  # pragma: no cover - CPython always has _json
    _C_ENCODE = _c_str = None


def canonical_text(obj: Any) -> str:
    """canonical() before UTF-8 encoding."""
    if _C_ENCODE is not None and type(obj) in (dict, list):
        return "".join(_C_ENCODE(obj, 0))
    return _ENCODER.encode(obj)


def canonical(obj: Any) -> bytes:
    return canonical_text(obj).encode()


def c_str(s: str) -> str:
    """A string as canonical JSON text (quoted, escaped) - the encoder's own string function."""
    return _c_str(s) if _C_ENCODE is not None else _ENCODER.encode(s)


# c_str itself where it is C (no Python frame per call: the verifier calls it per span).
C_STR = _c_str if _C_ENCODE is not None else c_str


ENCODING_VERSION = 1
GENESIS_HASH = "0" * 64

# Span attributes the emitter adds to every record.
A_VERSION = "phigate.audit.v"
A_EMITTER = "phigate.audit.emitter"
A_CHAIN = "phigate.audit.chain"
A_SEQ = "phigate.audit.seq"
A_PREV = "phigate.audit.prev_hash"
A_HASH = "phigate.audit.hash"

# Checkpoint spans (themselves chained records).
CHECKPOINT_NAME = "phigate.audit.checkpoint"
C_SEQ = "phigate.audit.checkpoint.seq"
C_HASH = "phigate.audit.checkpoint.hash"
C_TIME = "phigate.audit.checkpoint.time"
C_REASON = "phigate.audit.checkpoint.reason"
C_FINAL = "phigate.audit.checkpoint.final"
C_EVERY = "phigate.audit.checkpoint.every"
C_SECONDS = "phigate.audit.checkpoint.seconds"
C_KEY_ID = "phigate.audit.checkpoint.key_id"
C_SIGNATURE = "phigate.audit.checkpoint.signature"

# Record the emitter writes when it refused records because its spool was full.
SPOOL_FULL_NAME = "phigate.audit.spool_full"

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


class InvalidAuditAttribute(ValueError):
    """An attribute value the audit channel cannot carry faithfully (named in the message)."""


def _check_scalar(key: str, value: Any) -> Any:
    if isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise InvalidAuditAttribute(f"audit attribute {key!r}: integer {value} does not fit in int64")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidAuditAttribute(f"audit attribute {key!r}: {value} is not a finite number")
        return value
    raise InvalidAuditAttribute(f"audit attribute {key!r}: unsupported type {type(value).__name__}")


def normalize_attributes(attributes: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    """Validated plain copy: scalars and homogeneous lists; None values are dropped (absent).

    Raises InvalidAuditAttribute naming the attribute for anything OTLP would drop or alter.
    """
    out: dict[str, Any] = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if not isinstance(key, str) or not key:
            raise InvalidAuditAttribute(f"audit attribute key {key!r}{where} must be a non-empty string")
        if isinstance(value, (str, bool, int, float)):
            out[key] = _check_scalar(key, value)
        elif isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
            items = [_check_scalar(key, v) for v in value]
            if items and len({type(v) for v in items}) > 1:
                raise InvalidAuditAttribute(f"audit attribute {key!r}{where}: list mixes types")
            out[key] = items
        else:
            raise InvalidAuditAttribute(
                f"audit attribute {key!r}{where}: unsupported type {type(value).__name__}"
            )
    return out


def hashed_document(
    name: str,
    kind: int,
    start_ns: int,
    end_ns: int,
    attributes: Mapping[str, Any],
    events: Sequence[Mapping[str, Any]],
    status_code: int,
    status_message: str,
) -> dict[str, Any]:
    """The v1 document whose canonical JSON is hashed. `attributes` must not hold A_HASH.

    kind is the OTLP enum (1 internal .. 5 consumer); events are {name, time, attributes};
    status_code is the OTLP enum (0 unset, 1 ok, 2 error).
    """
    return {
        "v": ENCODING_VERSION,
        "name": name,
        "kind": kind,
        "start": start_ns,
        "end": end_ns,
        "attributes": attributes,
        "events": list(events),
        "status": {"code": status_code, "message": status_message},
    }


def hash_bytes(encoded: bytes) -> str:
    return hashlib.sha256(encoded).hexdigest()


def record_hash(document: Mapping[str, Any]) -> str:
    """sha256 hex of the canonical JSON of a hashed_document()."""
    return hash_bytes(canonical(document))


def checkpoint_payload(
    emitter: str, chain: str, seq: int, head_hash: str, time_ns: int, reason: str, final: bool
) -> bytes:
    """The bytes a checkpoint signs: canonical JSON of the chain head it vouches for."""
    return canonical_json(
        {
            "v": ENCODING_VERSION,
            "emitter": emitter,
            "chain": chain,
            "seq": seq,
            "hash": head_hash,
            "time": time_ns,
            "reason": reason,
            "final": final,
        }
    )
