"""A synthetic HTTPS FHIR API on loopback, for the demo, the tests and the proxy benchmark.

Never real PHI: every value comes from Faker with a fixed seed (or phigate.synthetic for large
Bundles). It serves its own test CA (`TestPKI`), records every request it receives (so a test can
prove a blocked write never arrived), and has misbehaving endpoints under /test/ (lying headers,
corrupt gzip, chunked and oversized bodies, binary content).
"""

from __future__ import annotations

import gzip
import json
import random
import ssl
import threading
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FHIR_JSON = "application/fhir+json"


@dataclass
class TestPKI:
    """A throwaway CA and one server certificate for localhost / 127.0.0.1."""

    directory: Path
    name: str = "phigate test upstream CA"
    dns_names: tuple[str, ...] = ("localhost",)
    ip_addresses: tuple[str, ...] = ("127.0.0.1",)

    def __post_init__(self) -> None:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

        self.directory.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.name)])
        ca = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        key = ec.generate_private_key(ec.SECP256R1())
        import ipaddress

        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.dns_names[0])]))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.DNSName(n) for n in self.dns_names]
                    + [x509.IPAddress(ipaddress.ip_address(a)) for a in self.ip_addresses]
                ),
                critical=False,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )
        pem = serialization.Encoding.PEM
        self.ca_cert = self.directory / "upstream-ca.crt"
        self.ca_cert.write_bytes(ca.public_bytes(pem))
        self.cert = self.directory / "server.crt"
        self.cert.write_bytes(cert.public_bytes(pem))
        self.key = self.directory / "server.key"
        self.key.write_bytes(
            key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert, self.key)
        return ctx


def make_patient(rng: random.Random, pid: str) -> dict[str, Any]:
    """A FHIR Patient full of synthetic (Faker) identifiers."""
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(rng.randrange(1 << 30))
    birth = fake.date_of_birth(minimum_age=20, maximum_age=85)
    return {
        "resourceType": "Patient",
        "id": pid,
        "identifier": [
            {
                "system": "http://hospital.example.org/identifiers/mrn",
                "value": f"MRN{rng.randrange(10**7, 10**8)}",
            },
            {"system": "http://hl7.org/fhir/sid/us-ssn", "value": fake.ssn()},
        ],
        "name": [{"use": "official", "family": fake.last_name(), "given": [fake.first_name()]}],
        "telecom": [
            {"system": "phone", "value": fake.numerify("(###) 555-####")},
            {"system": "email", "value": fake.email()},
        ],
        "gender": rng.choice(["male", "female"]),
        "birthDate": birth.isoformat(),
        "address": [
            {
                "line": [fake.street_address()],
                "city": fake.city(),
                "state": fake.state_abbr(),
                "postalCode": fake.zipcode(),
            }
        ],
    }


def structured_phi(patient: dict[str, Any]) -> list[str]:
    """The identifying values of a make_patient() resource, for absence checks."""
    out = [i["value"] for i in patient["identifier"]]
    out += [patient["name"][0]["family"], patient["name"][0]["given"][0], patient["birthDate"]]
    out += [t["value"] for t in patient["telecom"]]
    addr = patient["address"][0]
    out += [addr["line"][0], addr["city"]]
    return out


def searchset(resources: list[dict[str, Any]], base: str) -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": len(resources),
        "entry": [{"fullUrl": f"{base}/{r['resourceType']}/{r['id']}", "resource": r} for r in resources],
    }


def bundle_of_size(size_bytes: int, seed: int = 7) -> bytes:
    """A searchset Bundle of about `size_bytes`: phigate.synthetic when available, else Faker Patients."""
    try:
        from phigate.synthetic import make_patient_bundle

        doc = make_patient_bundle(random.Random(seed), size_bytes=size_bytes)
        data = json.dumps(doc.json if hasattr(doc, "json") else doc).encode()
        if data and abs(len(data) - size_bytes) < size_bytes:
            return data
    except Exception:
        pass
    rng = random.Random(seed)
    resources: list[dict[str, Any]] = []
    while len(json.dumps(searchset(resources, "https://fhir.example.org"))) < size_bytes:
        resources.append(make_patient(rng, f"p{len(resources)}"))
    return json.dumps(searchset(resources, "https://fhir.example.org")).encode()


@dataclass
class Seen:
    """One request that reached the upstream; header names lower-cased (HTTP/2 hops lower-case them)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FhirMock:
    """The upstream. `patients` holds the synthetic records; `seen` every request that reached it."""

    pki: TestPKI | None
    host: str = "127.0.0.1"
    port: int = 0
    seed: int = 1
    base: str = "/fhir"
    patients: dict[str, dict[str, Any]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    _bundles: dict[int, bytes] = field(default_factory=dict)
    _server: ThreadingHTTPServer | None = None

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        for i in range(1, 6):
            pid = f"pat-{i}"
            self.patients[pid] = make_patient(rng, pid)

    @property
    def url(self) -> str:
        scheme = "https" if self.pki else "http"
        return f"{scheme}://localhost:{self.port}{self.base}"

    def all_phi(self) -> list[str]:
        return [v for p in self.patients.values() for v in structured_phi(p)]

    def bundle(self, size: int) -> bytes:
        if size not in self._bundles:
            self._bundles[size] = bundle_of_size(size)
        return self._bundles[size]

    def start(self) -> FhirMock:
        mock = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in separate writes

            def log_message(self, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: bytes, ctype: str = FHIR_JSON, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                for k, v in headers.items():
                    self.send_header(k.replace("_", "-"), v)
                if "Transfer_Encoding" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if "Transfer_Encoding" in headers:
                    step = 4096
                    for i in range(0, len(body), step):
                        chunk = body[i : i + step]
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                elif self.command != "HEAD":
                    self.wfile.write(body)

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                mock.seen.append(Seen(self.command, self.path, headers, body))
                try:
                    mock.route(self, body)
                except Exception as exc:  # a bug in the mock must show up as a 500, not a hang
                    self._reply(500, json.dumps({"mock_error": str(exc)}).encode(), "application/json")

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _any

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        if self.pki:
            self._server.socket = self.pki.server_context().wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, name="fhir-mock", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # ------------------------------------------------------------------ routes
    def route(self, h: Any, body: bytes) -> None:
        parts = urlsplit(h.path)
        path, query = parts.path, parse_qs(parts.query)
        if path.startswith("/test/"):
            return self.test_route(h, path[len("/test/") :], query)
        if not path.startswith(self.base):
            return h._reply(404, b'{"resourceType":"OperationOutcome"}')
        rest = path[len(self.base) :].strip("/").split("/")
        if h.command in ("POST", "PUT", "PATCH", "DELETE"):
            return h._reply(201, json.dumps({"resourceType": "OperationOutcome", "written": True}).encode())
        if rest[:1] == ["bundle"]:
            return h._reply(200, self.bundle(int(query.get("size", ["7000"])[0])))
        if rest[0] == "Patient" and len(rest) == 2 and rest[1] in self.patients:
            return h._reply(200, json.dumps(self.patients[rest[1]]).encode(), ETag='W/"1"')
        if rest[0] == "Patient" and len(rest) >= 1:
            count = min(int(query.get("_count", ["3"])[0]), len(self.patients))
            doc = searchset(list(self.patients.values())[:count], self.url)
            return h._reply(200, json.dumps(doc).encode())
        if rest[-1] in ("$export", "$everything"):
            doc = searchset(list(self.patients.values()), self.url)
            return h._reply(200, json.dumps(doc).encode())
        return h._reply(404, b'{"resourceType":"OperationOutcome","issue":[{"code":"not-found"}]}')

    def test_route(self, h: Any, name: str, query: dict[str, list[str]]) -> None:
        p = self.patients["pat-1"]
        doc = json.dumps(p).encode()
        if name == "gzip":
            return h._reply(200, gzip.compress(doc), Content_Encoding="gzip")
        if name == "gzip-no-header":
            return h._reply(200, gzip.compress(doc))
        if name == "deflate":
            return h._reply(200, zlib.compress(doc), Content_Encoding="deflate")
        if name == "br":
            import brotli

            return h._reply(200, brotli.compress(doc), Content_Encoding="br")
        if name == "zstd":
            try:
                from compression import zstd  # type: ignore[import-not-found]
            except ImportError:
                from backports import zstd  # type: ignore[no-redef]
            return h._reply(200, zstd.compress(doc), Content_Encoding="zstd")
        if name == "corrupt-gzip":
            return h._reply(200, b"\x1f\x8b\x08\x00garbage-not-gzip" + doc[:40], Content_Encoding="gzip")
        if name == "lying-type":  # JSON PHI labelled as an image-free text type the engine must sniff
            return h._reply(200, doc, "text/plain")
        if name == "html-json":
            return h._reply(200, doc, "text/html")
        if name == "not-json":
            return h._reply(200, b'{"resourceType": "Patient", "name": [{"family": ', FHIR_JSON)
        if name == "ndjson":
            lines = b"\n".join(json.dumps(x).encode() for x in self.patients.values()) + b"\n"
            return h._reply(200, lines, "application/fhir+ndjson")
        if name == "text":
            pat = self.patients["pat-2"]
            note = (
                f"Patient {pat['name'][0]['given'][0]} {pat['name'][0]['family']}, SSN "
                f"{pat['identifier'][1]['value']}, phone {pat['telecom'][0]['value']}, seen for follow-up."
            )
            return h._reply(200, note.encode(), "text/plain; charset=utf-8")
        if name == "binary":
            return h._reply(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png")
        if name == "big":
            n = int(query.get("n", ["2000000"])[0])
            pad = {"resourceType": "Binary", "id": "big", "data": "A" * n}
            return h._reply(200, json.dumps(pad).encode())
        if name == "many":  # a searchset of the mock's own patients, repeated: large, with known PHI
            copies = int(query.get("copies", ["50"])[0])
            many = searchset(list(self.patients.values()) * copies, self.url)
            return h._reply(200, json.dumps(many).encode())
        if name == "chunked":
            return h._reply(200, doc, Transfer_Encoding="chunked")
        if name == "chunked-big":
            n = int(query.get("n", ["2000000"])[0])
            pad = json.dumps({"resourceType": "Binary", "data": "A" * n}).encode()
            return h._reply(200, pad, Transfer_Encoding="chunked")
        if name == "echo":
            return h._reply(200, b'{"resourceType":"OperationOutcome","echo":true}')
        return h._reply(404, b"{}")
