"""Masker: the engine's front door for text, JSON values, raw bodies and text streams."""

from __future__ import annotations

import codecs
import contextlib
import gc
import json
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import msgspec

from phigate.api.identifiers import Action
from phigate.engine.plan import MaskingPlan
from phigate.engine.structured import MAX_DEPTH, JsonMasker
from phigate.engine.textmask import Span, TextMasker
from phigate.engine.types import EngineError, Finding, MaskResult
from phigate.engine.vault import TokenVault

JSON_TYPES = ("application/json", "application/fhir+json", "application/ld+json", "application/problem+json")
NDJSON_TYPES = ("application/x-ndjson", "application/ndjson", "application/fhir+ndjson", "application/jsonl",
                "application/x-jsonlines")
STREAM_OVERLAP = 512  # chars held back so a value split across chunks is seen whole
STREAM_CONTEXT = 256  # already-emitted chars kept as context for cues ("Patient:" before a cut)
STREAM_PIECE = 1 << 20  # largest piece masked at once (bounds memory on huge single chunks)
MAX_LEARNED = 10_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than \t \n \f \r


class Masker:
    """Applies one MaskingPlan. Cheap to create; thread-safe as long as the vault is (it is)."""

    def __init__(self, plan: MaskingPlan, vault: TokenVault | None = None) -> None:
        self.plan = plan
        if vault is None and plan.uses(Action.TOKENIZE):
            vault = TokenVault()  # placeholders stay consistent for this Masker's life
        self.vault = vault

    # -- text -------------------------------------------------------------------------------------
    def mask_text(self, text: str) -> MaskResult:
        if not isinstance(text, str):
            raise EngineError(f"mask_text expects str, got {type(text).__name__}")
        findings: list[Finding] = []
        if not self.plan.free_text:
            return MaskResult(text, findings)
        masked = TextMasker(self.plan, self.vault).mask_one(text, None, findings)
        return MaskResult(masked, findings)

    def mask_text_head(self, text: str, limit: int) -> MaskResult:
        """The masked beginning of `text` (about `limit` characters), for size-capped transcripts:
        only the head is scanned, not the whole text. As in the streaming masker, the head is cut
        where no detected value crosses, with STREAM_OVERLAP characters after the cut seen for
        context and dropped, so no fragment of an identifier cut by the limit survives at the edge."""
        if not isinstance(text, str):
            raise EngineError(f"mask_text_head expects str, got {type(text).__name__}")
        if len(text) <= limit + STREAM_OVERLAP:
            return self.mask_text(text)
        tm = TextMasker(self.plan, self.vault)
        piece, _, _, _ = self._stream_piece(tm, "", text[: limit + STREAM_OVERLAP], max(limit, 1), 0)
        return piece

    # -- JSON -------------------------------------------------------------------------------------
    def mask_json(self, value: Any) -> MaskResult:
        if isinstance(value, str):
            return self.mask_text(value)
        jm = JsonMasker(self.plan, self.vault)
        try:
            if isinstance(value, (dict, list)):
                with gc_paused():  # the walk allocates a container per container (see GC_PAUSE_BYTES)
                    doc = jm.mask(value)
            else:
                doc = jm.mask(value)
        except RecursionError as exc:
            raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels") from exc
        return MaskResult(doc, jm.findings)

    # -- raw bodies -------------------------------------------------------------------------------
    def mask_bytes(self, data: bytes, content_type: str | None = None) -> MaskResult:
        """Mask a body; JSON/NDJSON/text decided by sniffing as much as by the declared type."""
        if not data:
            return MaskResult(b"", [])
        if len(data) < GC_PAUSE_BYTES:
            return self._mask_bytes(data, content_type)
        with gc_paused():
            return self._mask_bytes(data, content_type)

    def mask_bytes_head(self, data: bytes, limit: int) -> MaskResult:
        """The masked beginning of a body (about `limit` characters), for size-capped transcripts.

        A body that fits (with the hold-back margin) is masked whole, JSON as JSON; a longer one
        has only its head decoded and masked as text (mask_text_head), so recording a 4 kB sample
        of a 1 MB body costs the sample. The same refusals as mask_bytes (binary, not UTF-8)."""
        if len(data) <= limit + STREAM_OVERLAP:
            return self.mask_bytes(data)
        text = _text_of(data[: 4 * (limit + STREAM_OVERLAP)], cut=True)  # <= 4 UTF-8 bytes a char
        res = self.mask_text_head(text, limit)
        return MaskResult(res.document.encode("utf-8"), res.findings)

    def _mask_bytes(self, data: bytes, content_type: str | None) -> MaskResult:
        text = _text_of(data, cut=False)
        ctype = (content_type or "").split(";", 1)[0].strip().lower()
        stripped = text.lstrip()
        looks_json = stripped[:1] in ("{", "[")
        if ctype in NDJSON_TYPES or (looks_json and _looks_ndjson(stripped)):
            return self._mask_ndjson(text)
        if looks_json or ((ctype in JSON_TYPES or ctype.endswith("+json")) and stripped[:1] in ('"',)):
            try:
                value, fast = _loads(text)
            except RecursionError as exc:
                raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels") from exc
            except ValueError as exc:
                raise EngineError(f"unparseable JSON body: {exc}") from exc
            res = self.mask_json(value)
            return MaskResult(_dump(res.document, fast), res.findings)
        res = self.mask_text(text)
        return MaskResult(res.document.encode("utf-8"), res.findings)

    def _mask_ndjson(self, text: str) -> MaskResult:
        out: list[str] = []
        findings: list[Finding] = []
        for n, line in enumerate(text.split("\n")):
            if not line.strip():
                out.append(line)
                continue
            try:
                value = json.loads(line)
            except RecursionError as exc:
                raise EngineError(f"NDJSON line {n + 1}: nesting deeper than {MAX_DEPTH} levels") from exc
            except ValueError as exc:
                raise EngineError(f"NDJSON line {n + 1}: unparseable JSON: {exc}") from exc
            res = self.mask_json(value)
            for f in res.findings:
                path = f"[{n}]" + (f.path[1:] if f.path and f.path.startswith("$") else (f.path or ""))
                findings.append(Finding(f.type, f.action, f.detector, "$" + path, f.start, f.end))
            out.append(json.dumps(res.document, ensure_ascii=False, separators=(",", ":")))
        return MaskResult("\n".join(out).encode("utf-8"), findings)

    # -- streams ----------------------------------------------------------------------------------
    def mask_text_stream(self, chunks: Iterable[str]) -> Iterator[MaskResult]:
        """Mask a text stream in bounded memory; yields masked pieces in order.

        The last STREAM_OVERLAP characters of what has arrived are held back until more text (or the
        end) comes, and a cut never falls inside a detected value, so an identifier split across
        chunk boundaries is still found. Finding offsets are relative to the whole stream.
        """
        tm = TextMasker(self.plan, self.vault)
        buf = ""
        ctx = ""
        emitted = 0  # stream offset of buf[0]
        for chunk in chunks:
            if not isinstance(chunk, str):
                raise EngineError(f"mask_text_stream expects str chunks, got {type(chunk).__name__}")
            buf += chunk
            while len(buf) > STREAM_PIECE + STREAM_OVERLAP:
                piece, buf, ctx, emitted = self._stream_piece(tm, ctx, buf, STREAM_PIECE, emitted)
                yield piece
            if len(buf) > 2 * STREAM_OVERLAP:
                piece, buf, ctx, emitted = self._stream_piece(tm, ctx, buf, len(buf) - STREAM_OVERLAP, emitted)  # noqa: E501
                yield piece
            if len(tm.learned) > MAX_LEARNED:
                tm.learned.clear()
        if buf:
            piece, buf, ctx, emitted = self._stream_piece(tm, ctx, buf, len(buf), emitted, final=True)
            yield piece

    def _stream_piece(
        self, tm: TextMasker, ctx: str, buf: str, cut: int, emitted: int, *, final: bool = False
    ) -> tuple[MaskResult, str, str, int]:
        if not self.plan.free_text:
            return MaskResult(buf[:cut], []), buf[cut:], "", emitted + cut
        if not final:
            cut = _soft_cut(buf, cut)
        text = ctx + buf
        base = len(ctx)
        spans = tm.original_spans(text)
        cut_t = base + cut
        if not final:
            for sp in spans:
                if sp.start < cut_t < sp.end:
                    cut_t = sp.start if sp.start > base else sp.end
            cut_t = max(cut_t, base + 1)
        region = text[base:cut_t]
        local = [
            Span(max(sp.start, base) - base, min(sp.end, cut_t) - base, sp.type, sp.detector)
            for sp in spans
            if sp.end > base and sp.start < cut_t
        ]
        findings: list[Finding] = []
        masked = tm.apply_original(region, local, None, findings, offset=emitted)
        consumed = cut_t - base
        new_ctx = text[max(base, cut_t - STREAM_CONTEXT) : cut_t] if not final else ""
        return MaskResult(masked, findings), buf[consumed:], new_ctx, emitted + consumed


def _text_of(data: bytes, *, cut: bool) -> str:
    """A body as text, or EngineError: binary (NUL bytes, control characters) and non-UTF-8 bodies
    are refused, never masked as best they can. `cut`: the bytes are a prefix, so a character cut
    at its end is dropped rather than refused."""
    if b"\x00" in data[:8192]:
        raise EngineError("binary content (NUL bytes): cannot inspect, refusing")
    try:
        if cut:
            text = codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=False)
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EngineError(f"body is not UTF-8 text (invalid byte at offset {exc.start})") from exc
    if _control_heavy(text):
        raise EngineError("binary content (control characters): cannot inspect, refusing")
    return text


def _soft_cut(buf: str, cut: int) -> int:
    """Move a cut back to a line break or space so words are not split (if one is near)."""
    lo = max(0, cut - STREAM_OVERLAP // 2)
    nl = buf.rfind("\n", lo, cut)
    if nl >= 0:
        return nl + 1
    sp = buf.rfind(" ", lo, cut)
    return sp + 1 if sp >= 0 else cut


def _looks_ndjson(stripped: str) -> bool:
    first_nl = stripped.find("\n")
    if first_nl < 0:
        return False
    first = stripped[:first_nl].strip()
    rest = stripped[first_nl + 1 :].lstrip()
    if not first.startswith("{") or not first.endswith("}") or not rest.startswith("{"):
        return False
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        return False
    return True


# A large body's parse and walk allocate hundreds of thousands of containers, which set off the cyclic
# collector again and again (20-30 % of the CPU for a 1 MB Bundle). They form no cycles (JSON trees,
# strings, spans), so collection can wait until the body is done; a count keeps concurrent maskers from
# re-enabling it under each other, and a process that had it off keeps it off.
GC_PAUSE_BYTES = 64 * 1024
_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = True


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


def _control_heavy(text: str) -> bool:
    sample = text[:4096]
    bad = len(_CONTROL.findall(sample))  # a C-level count: a Python loop here cost ~0.3 ms per body
    return bad > max(4, len(sample) // 100)


def _loads(text: str) -> tuple[Any, bool]:
    """(value, decoded by msgspec). msgspec parses a Bundle in about half json's time; what it refuses
    (NaN, lone surrogates, malformed text) goes to json, which accepts or rejects it as it always did
    (so error messages stay json's)."""
    try:
        return _DECODE(text), True
    except msgspec.DecodeError:
        return json.loads(text), False


def _dump(doc: Any, fast: bool = False) -> bytes:
    """Compact UTF-8 JSON. msgspec (3-4x json's speed) only for what msgspec decoded: a value json let in
    (NaN, Infinity) would be written as null by msgspec, so json writes those documents as before."""
    try:
        if fast:
            try:
                return _ENCODE(doc)
            except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
                pass
        try:
            return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800") came in escaped: write it back escaped
            return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    except RecursionError as exc:
        raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels") from exc


_DECODE = msgspec.json.Decoder().decode
_ENCODE = msgspec.json.Encoder().encode
