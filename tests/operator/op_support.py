"""Shared helpers for the operator-core tests: certificates, AdmissionReviews, objects, span capture."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import uuid
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from phigate.audit.emitter import AuditEmitter

NS = "team-a"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_webhook_certs(cert_dir: Path) -> Path:
    """A throwaway CA and a server certificate for 127.0.0.1, as tls.crt / tls.key / ca.crt."""
    cert_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(tz=datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "phigate-test-webhook-ca")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    (cert_dir / "ca.crt").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (cert_dir / "tls.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path = cert_dir / "tls.key"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_path.chmod(0o600)
    return cert_dir


def review(
    pod: dict[str, Any],
    *,
    namespace: str = NS,
    operation: str = "CREATE",
    old: dict[str, Any] | None = None,
    user: str = "alice@example.org",
    dry_run: bool = False,
) -> dict[str, Any]:
    return {
        "apiVersion": "admission.k8s.io/v1",
        "kind": "AdmissionReview",
        "request": {
            "uid": str(uuid.uuid4()),
            "kind": {"group": "", "version": "v1", "kind": "Pod"},
            "resource": {"group": "", "version": "v1", "resource": "pods"},
            "requestKind": {"group": "", "version": "v1", "kind": "Pod"},
            "requestResource": {"group": "", "version": "v1", "resource": "pods"},
            "name": pod["metadata"].get("name", ""),
            "namespace": namespace,
            "operation": operation,
            "userInfo": {"username": user, "groups": ["system:authenticated", "platform"]},
            "object": pod,
            "oldObject": old,
            "dryRun": dry_run,
        },
    }


def pod(name: str, labels: dict[str, str] | None = None, *, namespace: str | None = None) -> dict[str, Any]:
    """A pod as the API server passes it to admission on CREATE (no namespace in metadata)."""
    meta: dict[str, Any] = {"name": name, "labels": dict(labels or {})}
    if namespace:
        meta["namespace"] = namespace
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": meta,
        "spec": {
            "serviceAccountName": "agent",
            "containers": [{"name": "agent", "image": "registry.example/agent:1"}],
        },
    }


def policy(name: str, *, selector: dict[str, str] | None = None, **spec: Any) -> dict[str, Any]:
    body = {
        "podSelector": {"matchLabels": selector or {"app": "agent"}},
        "destinations": [{"name": "fhir", "host": "fhir.example.org", "kind": "phi-source"}],
    }
    body.update(spec)
    return {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "PHIPolicy",
        "metadata": {"name": name},
        "spec": body,
    }


class SpanCapture:
    """An AuditEmitter writing into memory (synchronously) for assertions on lifecycle spans."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.emitter = AuditEmitter(service_name="phigate-operator-test", exporter=self.exporter, batch=False)

    def spans(self, name: str | None = None) -> list[Any]:
        return [s for s in self.exporter.get_finished_spans() if name is None or s.name == name]
