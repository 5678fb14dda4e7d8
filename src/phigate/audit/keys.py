"""Ed25519 keys for signed audit checkpoints: generate, derive public key and key id, load key rings.

The private key is a PKCS#8 PEM file mounted only into the emitting container. Public keys are
published as PublicKey entries ({emitter, keyId, publicKey}) in PHIPolicy.status.auditPublicKeys
and in a ConfigMap; `phigate audit verify --keys` reads either form.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def _sodium_verifier() -> Any:
    """libsodium's Ed25519 verify through ctypes where the system has libsodium (Debian: libsodium23),
    else None (cryptography's, through OpenSSL, is used). Why: `audit verify` checks one signature
    per checkpoint (every 100 records by default) and OpenSSL's verify costs ~2.8x libsodium's
    (190 vs 68 µs on the benchmark VM), 1.5 µs of every record read. Both accept exactly the
    signatures RFC 8032 defines for a key the operator generated; libsodium also refuses small-order
    keys and R values, which no signer produces. PHIGATE_AUDIT_SODIUM=0 turns it off."""
    import ctypes
    import ctypes.util
    import os

    if os.environ.get("PHIGATE_AUDIT_SODIUM", "1") == "0":
        return None
    # the usual names first: find_library runs ldconfig (or a compiler) in a subprocess
    for name in ("libsodium.so.23", "libsodium.so", "libsodium.dylib", None):
        path = name or ctypes.util.find_library("sodium")
        if not path:
            continue
        try:
            lib = ctypes.CDLL(path)
            init, fn = lib.sodium_init, lib.crypto_sign_ed25519_verify_detached
        except (OSError, AttributeError):
            continue
        if init() < 0:
            return None
        fn.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulonglong, ctypes.c_char_p]
        fn.restype = ctypes.c_int
        return fn
    return None


_SODIUM: Any = None
_SODIUM_LOADED = False


def verify_ed25519(pub: Ed25519PublicKey, raw_public: bytes, signature: bytes, payload: bytes) -> bool:
    """Whether `signature` is `pub`'s (raw_public: its 32 bytes) over `payload`."""
    global _SODIUM, _SODIUM_LOADED
    if not _SODIUM_LOADED:
        _SODIUM, _SODIUM_LOADED = _sodium_verifier(), True
    if _SODIUM is not None and len(raw_public) == 32:
        # the length first: libsodium reads exactly 64 bytes behind the pointer
        return len(signature) == 64 and _SODIUM(signature, payload, len(payload), raw_public) == 0
    try:
        pub.verify(signature, payload)
    except InvalidSignature:
        return False
    return True


class AuditKeyError(ValueError):
    """A key file or key entry that cannot be used (the message names the file or entry)."""


def generate_private_key_pem() -> bytes:
    """A fresh Ed25519 private key as unencrypted PKCS#8 PEM (store it in a Secret)."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def private_key_from_pem(pem: bytes, source: str = "key") -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise AuditKeyError(f"{source}: not an unencrypted PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise AuditKeyError(f"{source}: not an Ed25519 key ({type(key).__name__})")
    return key


def public_key_raw(private_pem: bytes) -> bytes:
    return (
        private_key_from_pem(private_pem)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def public_key_b64(private_pem: bytes) -> str:
    """The 32-byte raw public key, base64 (the PublicKey.publicKey field)."""
    return base64.b64encode(public_key_raw(private_pem)).decode()


def key_id_for_public(raw_public: bytes) -> str:
    """Stable key id: first 16 hex digits of sha256 of the raw public key."""
    return hashlib.sha256(raw_public).hexdigest()[:16]


def key_id(private_pem: bytes) -> str:
    return key_id_for_public(public_key_raw(private_pem))


def public_key_entry(emitter: str, private_pem: bytes) -> dict[str, str]:
    """The PHIPolicy.status.auditPublicKeys entry (camelCase, as the API model serializes)."""
    return {"emitter": emitter, "keyId": key_id(private_pem), "publicKey": public_key_b64(private_pem)}


@dataclass(frozen=True)
class Signer:
    """Signs checkpoint payloads with one private key."""

    private_key: Ed25519PrivateKey
    key_id: str

    @classmethod
    def from_file(cls, path: str | Path) -> Signer:
        p = Path(path)
        try:
            pem = p.read_bytes()
        except OSError as exc:
            raise AuditKeyError(f"audit signing key {p}: {exc.strerror or exc}") from None
        key = private_key_from_pem(pem, f"audit signing key {p}")
        raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(key, key_id_for_public(raw))

    def sign(self, payload: bytes) -> str:
        return base64.b64encode(self.private_key.sign(payload)).decode()


@dataclass
class KeyRing:
    """Public keys by key id, each bound to an emitter id or glob pattern ("*" = any emitter)."""

    keys: dict[str, tuple[Ed25519PublicKey, str]] = field(default_factory=dict)
    raw: dict[str, bytes] = field(default_factory=dict)  # key id -> the public key's 32 bytes
    sources: list[str] = field(default_factory=list)

    def add(self, key_id: str, public_b64: str, emitter: str = "*", source: str = "") -> None:
        try:
            raw = base64.b64decode(public_b64, validate=True)
            pub = Ed25519PublicKey.from_public_bytes(raw)
        except ValueError as exc:
            raise AuditKeyError(
                f"{source or 'key'}: key {key_id!r}: bad Ed25519 public key ({exc})"
            ) from None
        derived = key_id_for_public(raw)
        if key_id and key_id != derived:
            raise AuditKeyError(
                f"{source or 'key'}: keyId {key_id!r} does not match its public key ({derived})"
            )
        self.keys[derived] = (pub, emitter or "*")
        self.raw[derived] = raw

    def check(self, key_id: str, emitter: str, payload: bytes, signature_b64: str) -> str | None:
        """None when the signature is good, else why not (unknown key, foreign key, bad signature)."""
        entry = self.keys.get(key_id)
        if entry is None:
            return f"signed with unknown key {key_id!r}"
        pub, pattern = entry
        if not fnmatch.fnmatchcase(emitter, pattern):
            return f"signed with key {key_id!r} which belongs to emitter {pattern!r}"
        try:
            signature = base64.b64decode(signature_b64, validate=True)
            good = verify_ed25519(pub, self.raw.get(key_id, b""), signature, payload)
        except ValueError:
            good = False
        if not good:
            return f"bad signature (key {key_id!r})"
        return None


def _entries_from_doc(doc: Any, source: str) -> list[dict[str, str]]:
    if isinstance(doc, list):
        out: list[dict[str, str]] = []
        for item in doc:
            out.extend(_entries_from_doc(item, source))
        return out
    if not isinstance(doc, dict):
        raise AuditKeyError(f"{source}: expected a key entry, a list, a PHIPolicy or a ConfigMap")
    if "publicKey" in doc:
        return [doc]
    if doc.get("kind") == "ConfigMap":
        out = []
        for name, value in (doc.get("data") or {}).items():
            value = value.strip()
            if value.startswith("{"):
                out.extend(_entries_from_doc(json.loads(value), f"{source} data[{name}]"))
            else:
                out.append({"emitter": "*", "keyId": "", "publicKey": value})
        return out
    status = doc.get("status") or {}
    if "auditPublicKeys" in status:
        return list(status.get("auditPublicKeys") or [])
    if doc.get("kind") == "List" or "items" in doc:
        return _entries_from_doc(doc.get("items") or [], source)
    raise AuditKeyError(f"{source}: no auditPublicKeys, ConfigMap data or publicKey entries found")


def load_keyring(paths: list[str]) -> KeyRing:
    """Read key files (JSON/YAML entries, PHIPolicy, ConfigMap, public-key PEM) or directories of them."""
    ring = KeyRing()
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")))
        elif p.is_file():
            files.append(p)
        else:
            raise AuditKeyError(f"--keys {p}: no such file or directory")
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        if "-----BEGIN PUBLIC KEY-----" in text:
            try:
                pub = serialization.load_pem_public_key(text.encode())
            except ValueError as exc:
                raise AuditKeyError(f"{f}: bad PEM public key ({exc})") from None
            if not isinstance(pub, Ed25519PublicKey):
                raise AuditKeyError(f"{f}: not an Ed25519 public key")
            raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            ring.add("", base64.b64encode(raw).decode(), "*", str(f))
            ring.sources.append(str(f))
            continue
        if "PRIVATE KEY-----" in text:
            raise AuditKeyError(f"{f}: is a private key; give verify the public keys only")
        try:  # JSON first: the common case, and YAML's import and parser cost ~25 ms per run of verify
            docs = [d for d in [json.loads(text)] if d is not None]
        except ValueError:
            import yaml

            try:
                docs = [d for d in yaml.safe_load_all(text) if d is not None]
            except yaml.YAMLError as exc:
                raise AuditKeyError(f"{f}: not JSON or YAML ({exc})") from None
        for doc in docs:
            for entry in _entries_from_doc(doc, str(f)):
                ring.add(
                    entry.get("keyId", ""), entry.get("publicKey", ""), entry.get("emitter", "*"), str(f)
                )
        ring.sources.append(str(f))
    return ring
