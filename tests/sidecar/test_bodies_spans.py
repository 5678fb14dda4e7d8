"""Pure helpers: bounded decoding, header fixes, route templates, URL masking for spans."""

from __future__ import annotations

import gzip
import zlib

import brotli
import pytest
from phigate_sidecar.bodies import BodyError, decode_body, fix_headers_after_masking
from phigate_sidecar.spans import masked_path, masked_query, phi_attributes, route_template, span_name

DOC = b'{"resourceType":"Patient","name":[{"family":"Quixote"}]}'


@pytest.mark.parametrize(
    ("raw", "enc"),
    [
        (gzip.compress(DOC), "gzip"),
        (zlib.compress(DOC), "deflate"),
        (zlib.compress(DOC)[2:-4], "deflate"),  # raw deflate
        (brotli.compress(DOC), "br"),
        (DOC, "identity"),
        (gzip.compress(DOC), None),  # header missing: sniffed
        (gzip.compress(gzip.compress(DOC)), "gzip"),  # double-compressed, header says once
    ],
)
def test_decode(raw: bytes, enc: str | None) -> None:
    assert decode_body(raw, enc, 1 << 20) == DOC


def test_decode_zstd() -> None:
    try:
        from compression import zstd  # type: ignore[import-not-found]
    except ImportError:
        from backports import zstd  # type: ignore[no-redef]
    assert decode_body(zstd.compress(DOC), "zstd", 1 << 20) == DOC
    assert decode_body(zstd.compress(DOC), None, 1 << 20) == DOC


@pytest.mark.parametrize(
    ("raw", "enc", "msg"),
    [
        (b"\x1f\x8b\x08\x00garbage", "gzip", "corrupt|truncated"),
        (gzip.compress(DOC)[:12] + b"\xff" * 30, "gzip", "corrupt|truncated"),
        (gzip.compress(DOC)[:-9], "gzip", "truncated"),
        (b"not brotli at all", "br", "brotli"),
        (DOC, "compress", "unsupported"),
        (gzip.compress(b"A" * 10_000_000), "gzip", "exceeds"),  # bomb: 10 MB from ~10 kB
        (b"A" * 2048, None, "exceeds"),
    ],
)
def test_decode_refuses(raw: bytes, enc: str | None, msg: str) -> None:
    with pytest.raises(BodyError, match=msg):
        decode_body(raw, enc, 1024 if msg == "exceeds" and enc is None else 1 << 20)


def test_fix_headers() -> None:
    h = {"content-encoding": "gzip", "etag": 'W/"1"', "content-length": "10", "transfer-encoding": "chunked"}
    fix_headers_after_masking(h, 42)
    assert h == {"content-length": "42"}


@pytest.mark.parametrize(
    ("path", "template"),
    [
        ("/fhir/Patient/123", "/fhir/Patient/{id}"),
        ("/fhir/R4/Patient/pat-1/_history/2", "/fhir/R4/Patient/{id}/_history/{id}"),
        ("/fhir/Patient/123-45-6789/$everything", "/fhir/Patient/{id}/$everything"),
        ("/fhir/Patient", "/fhir/Patient"),
        ("/fhir/$export", "/fhir/$export"),
        ("/users/JohnSmith1985/profile", "/users/{id}/profile"),
        ("/v1/chat/completions", "/v1/chat/completions"),
    ],
)
def test_route_template(path: str, template: str) -> None:
    assert route_template(path) == template
    assert span_name("get", path) == f"GET {template}"


def test_masked_url_parts() -> None:
    def mask(s: str) -> str:
        return s.replace("123-45-6789", "[SSN]")

    assert masked_path("/fhir/Patient/123-45-6789", mask) == "/fhir/Patient/[SSN]"
    assert masked_path("/fhir/Patient/123%2D45-6789", mask) == "/fhir/Patient/[SSN]"  # escapes hide nothing
    q = masked_query([("family", "Quixote"), ("_count", "10"), ("x\n", "1")], mask)
    assert q == "family=[REDACTED]&_count=10&[REDACTED]=[REDACTED]"


def test_masked_path_sends_values_not_api_vocabulary_to_the_engine() -> None:
    seen: list[str] = []

    def mask(s: str) -> str:
        seen.append(s)
        return "[X]"

    out = masked_path("/fhir/R4/Patient/pat-1/_history/2/$everything/Smith/%24export", mask)
    assert out == "/fhir/R4/Patient/[X]/_history/[X]/$everything/[X]/[X]"
    assert seen == ["pat-1", "2", "Smith", "$export"]  # an escaped segment is decoded and masked


def test_phi_attributes() -> None:
    a = phi_attributes({"NAME": 2, "SSN": 1, "ZIP": 0})
    assert a == {
        "phigate.phi.types": ["NAME", "SSN"],
        "phigate.phi.masked_count": 3,
        "phigate.phi.masked.NAME": 2,
        "phigate.phi.masked.SSN": 1,
    }
