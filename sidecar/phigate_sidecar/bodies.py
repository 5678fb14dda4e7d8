"""Pure body handling for PHI paths: bounded decompression and the header fixes after masking.

Bounded: a 1 kB gzip bomb must not become 1 GB in the sidecar, so every decoder stops at `limit`
decoded bytes and raises `BodyError` (the caller answers 502, it never passes the body through).
The header is not trusted: a body that starts with a gzip or zstd magic number is decoded even when
`Content-Encoding` says nothing, since the engine would otherwise see compressed bytes.
"""

from __future__ import annotations

import zlib
from collections.abc import MutableMapping

import brotli

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

# Headers that describe the upstream bytes and are wrong once the body is masked.
STALE_HEADERS = ("content-encoding", "etag", "content-md5", "digest", "content-range", "accept-ranges")


class BodyError(ValueError):
    """A body the sidecar cannot decode or that exceeds the limit; the caller fails closed."""


def _zlib(data: bytes, wbits: int, limit: int) -> bytes:
    d = zlib.decompressobj(wbits)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise BodyError(f"corrupt compressed body: {exc}") from exc
    if len(out) > limit:
        raise BodyError(f"decoded body exceeds {limit} bytes")
    if not d.eof:
        raise BodyError("truncated compressed body")
    return out


def _gzip(data: bytes, limit: int) -> bytes:
    return _zlib(data, 16 + zlib.MAX_WBITS, limit)


def _deflate(data: bytes, limit: int) -> bytes:
    try:
        return _zlib(data, zlib.MAX_WBITS, limit)
    except BodyError:
        return _zlib(data, -zlib.MAX_WBITS, limit)  # raw deflate, as some servers send


def _brotli(data: bytes, limit: int) -> bytes:
    try:
        out = brotli.decompress(data)
    except brotli.error as exc:
        raise BodyError(f"corrupt brotli body: {exc}") from exc
    if len(out) > limit:
        raise BodyError(f"decoded body exceeds {limit} bytes")
    return out


def _zstd(data: bytes, limit: int) -> bytes:
    try:
        from compression import zstd  # type: ignore[import-not-found]
    except ImportError:
        from backports import zstd  # type: ignore[no-redef]
    d = zstd.ZstdDecompressor()
    try:
        out = d.decompress(data, max_length=limit + 1)
    except zstd.ZstdError as exc:
        raise BodyError(f"corrupt zstd body: {exc}") from exc
    if len(out) > limit:
        raise BodyError(f"decoded body exceeds {limit} bytes")
    if not d.eof:
        raise BodyError("truncated zstd body")
    return out


DECODERS = {"gzip": _gzip, "x-gzip": _gzip, "deflate": _deflate, "br": _brotli, "zstd": _zstd}


def decode_body(raw: bytes, content_encoding: str | None, limit: int) -> bytes:
    """Undo Content-Encoding (applied in listed order, so undone in reverse), then sniff magic numbers."""
    data = raw
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):
        if coding == "identity":
            continue
        decoder = DECODERS.get(coding)
        if decoder is None:
            raise BodyError(f"unsupported Content-Encoding {coding!r}")
        data = decoder(data, limit)
    for _ in range(2):  # the header lied (or was missing): compressed bytes still
        if data.startswith(GZIP_MAGIC):
            data = _gzip(data, limit)
        elif data.startswith(ZSTD_MAGIC):
            data = _zstd(data, limit)
        else:
            break
    if len(data) > limit:
        raise BodyError(f"body exceeds {limit} bytes")
    return data


def fix_headers_after_masking(headers: MutableMapping[str, str], length: int) -> None:
    """The body is now identity-encoded masked bytes: describe it, drop validators of the old bytes."""
    for name in STALE_HEADERS:
        while name in headers:
            del headers[name]
    if "transfer-encoding" in headers:
        del headers["transfer-encoding"]
    headers["content-length"] = str(length)
