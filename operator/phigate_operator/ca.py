"""Per-namespace sidecar CA: generation and rotation planning (pure; `cryptography` only).

Secret `phigate-ca` holds the current CA (`ca.crt`, `ca.key`) for the sidecar. ConfigMap
`phigate-ca-cert` holds the trust bundle for app containers: the current certificate, plus the
previous one for an overlap period after a rotation, so pods started before the rotation keep
working until their sidecar picks up the new key.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from phigate.pki import interception_ca

CA_SECRET = "phigate-ca"
CA_CERT_CONFIGMAP = "phigate-ca-cert"
PREVIOUS_UNTIL = "phigate.io/previous-ca-until"


@dataclass(frozen=True)
class CAMaterial:
    cert_pem: str
    key_pem: str


@dataclass(frozen=True)
class CAPlan:
    """What to write; `action` is none | create | rotate | trim (drop an expired overlap cert)."""

    action: str
    secret_data: dict[str, str] | None = None  # base64 values, for Secret.data
    bundle: str | None = None
    previous_until: str | None = None
    reason: str = ""


def make_ca(namespace: str, now: datetime, validity_days: int) -> CAMaterial:
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "phigate"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"phigate sidecar CA ({namespace})"),
        ]
    )
    cert_pem, key_pem = interception_ca(name, now - timedelta(minutes=5), validity_days)
    return CAMaterial(cert_pem, key_pem)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _unb64(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return base64.b64decode(value).decode()
    except (ValueError, UnicodeDecodeError):
        return None


def cert_expiry(pem: str) -> datetime | None:
    try:
        return x509.load_pem_x509_certificate(pem.encode()).not_valid_after_utc
    except ValueError:
        return None


def _key_matches(cert_pem: str, key_pem: str) -> bool:
    try:
        cert = x509.load_pem_x509_certificate(cert_pem.encode())
        key = serialization.load_pem_private_key(key_pem.encode(), password=None)
    except (ValueError, TypeError):
        return False
    pub = serialization.PublicFormat.SubjectPublicKeyInfo
    enc = serialization.Encoding.DER
    return cert.public_key().public_bytes(enc, pub) == key.public_key().public_bytes(enc, pub)


def split_bundle(bundle: str) -> list[str]:
    marker = "-----END CERTIFICATE-----"
    return [part.strip() + "\n" + marker + "\n" for part in bundle.split(marker) if part.strip()]


def plan_ca(
    namespace: str,
    secret_data: dict[str, str] | None,
    bundle: str | None,
    previous_until: str | None,
    *,
    now: datetime,
    validity_days: int,
    rotate_before: timedelta,
    overlap: timedelta,
) -> CAPlan:
    """Pure given `now` (key generation aside): decide create / rotate / trim / nothing."""
    cert_pem = _unb64((secret_data or {}).get("ca.crt"))
    key_pem = _unb64((secret_data or {}).get("ca.key"))
    expiry = cert_expiry(cert_pem) if cert_pem else None
    if cert_pem is None or key_pem is None or expiry is None or not _key_matches(cert_pem, key_pem):
        new = make_ca(namespace, now, validity_days)
        return CAPlan(
            "create",
            {"ca.crt": _b64(new.cert_pem), "ca.key": _b64(new.key_pem)},
            new.cert_pem,
            reason="no usable CA in Secret phigate-ca",
        )
    if expiry - now <= rotate_before:
        new = make_ca(namespace, now, validity_days)
        until = min(expiry, now + overlap).isoformat()
        return CAPlan(
            "rotate",
            {"ca.crt": _b64(new.cert_pem), "ca.key": _b64(new.key_pem)},
            new.cert_pem + cert_pem,
            previous_until=until,
            reason=f"CA expires {expiry.isoformat()}, within the rotation window",
        )
    certs = split_bundle(bundle or "")
    if not certs or certs[0].strip() != cert_pem.strip():
        return CAPlan("trim", bundle=cert_pem, reason="trust bundle did not start with the current CA")
    if len(certs) > 1:
        until = datetime.fromisoformat(previous_until) if previous_until else None
        if until is None or now >= until:
            return CAPlan("trim", bundle=cert_pem, reason="overlap period of the previous CA is over")
    return CAPlan("none")
