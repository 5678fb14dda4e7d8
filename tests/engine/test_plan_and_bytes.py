"""compile_plan errors, mask_bytes sniffing and refusals, streaming, vault thread safety."""

from __future__ import annotations

import json
import threading

import pytest

from phigate.api.identifiers import IdentifierType
from phigate.api.policy import CustomPattern, DetectorRule, Masking
from phigate.engine import EngineError, Masker, TokenVault, compile_plan

from .conftest import make


def _unvalidated(regex: str) -> Masking:
    """The API model may already reject bad regexes; the engine must too (plans can be built directly)."""
    pat = CustomPattern.model_construct(name="x", regex=regex, type=IdentifierType.ID, action=None)
    return Masking.model_construct(**{**Masking().__dict__, "patterns": [pat]})


def test_bad_custom_regex_names_the_field() -> None:
    with pytest.raises(ValueError, match=r"masking\.patterns\[0\]\.regex"):
        compile_plan(_unvalidated("(unclosed"))
    with pytest.raises(ValueError, match=r"masking\.patterns\[0\]\.regex: matches empty"):
        compile_plan(_unvalidated("a*"))


def test_hash_without_key_is_refused() -> None:
    with pytest.raises(ValueError, match="hashKeyRef"):
        compile_plan(Masking(defaultAction="hash"))


def test_safe_harbor_preset_cannot_disable_a_detector() -> None:
    rule = DetectorRule.model_construct(type=IdentifierType.NAME, enabled=False, action=None)
    with pytest.raises(ValueError, match=r"masking\.detectors\[0\]\.enabled"):
        compile_plan(Masking.model_construct(**{**Masking().__dict__, "detectors": [rule]}))
    m = make(safeHarbor=False, detectors=[{"type": "SSN"}])
    assert m.mask_text("Mr. Okonkwo SSN 123-45-6789").document == "Mr. Okonkwo SSN [SSN]"


def test_custom_pattern_with_action() -> None:
    m = make(patterns=[{"name": "local-mrn", "regex": r"ZZ\d{6}", "type": "MRN", "action": "redact"}])
    res = m.mask_text("folder ZZ123456 reviewed")  # no built-in label before it ("chart" is one)
    assert res.document == "folder [MRN] reviewed"
    assert res.findings[0].detector == "custom:local-mrn"


def test_bytes_json_text_ndjson_and_lying_content_type(masker: Masker) -> None:
    body = json.dumps({"note": "SSN 123-45-6789"}).encode()
    out = masker.mask_bytes(body, "text/plain")  # lies: it is JSON
    assert json.loads(out.document) == {"note": "SSN [SSN]"}
    nd = b'{"a":"555-123-4567"}\n{"b":"ok"}\n'
    lines = masker.mask_bytes(nd, "application/fhir+ndjson").document.decode().splitlines()
    assert json.loads(lines[0]) == {"a": "[PHONE]"} and json.loads(lines[1]) == {"b": "ok"}
    assert masker.mask_bytes(b"call 555-123-4567", "application/json").document == b"call [PHONE]"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
        (b'{"a": [1, 2', "unparseable JSON"),
        (b"[" * 10000 + b"]" * 10000, "nesting deeper"),
        (b'{"a":' * 10000 + b"1" + b"}" * 10000, "nesting deeper"),
    ],
)
def test_bad_bodies_fail_closed(masker: Masker, data: bytes, message: str) -> None:
    with pytest.raises(EngineError, match=message):
        masker.mask_bytes(data, "application/json")


def test_deep_python_value_is_refused(masker: Masker) -> None:
    v: object = "x"
    for _ in range(10000):
        v = [v]
    with pytest.raises(EngineError, match="nesting deeper"):
        masker.mask_json(v)


def test_stream_catches_values_split_across_chunks(masker: Masker) -> None:
    text = ("filler text. " * 100) + "Patient: Zebedee Quilliam SSN 123-45-6789. " + ("more text. " * 100)
    for size in (1, 7, 64, 1000):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        pieces = list(masker.mask_text_stream(chunks))
        out = "".join(p.document for p in pieces)
        assert "Quilliam" not in out and "123-45-6789" not in out, size
        assert out == masker.mask_text(text).document
        spans = [text[f.start : f.end] for p in pieces for f in p.findings]
        assert "123-45-6789" in spans


def test_stream_memory_is_bounded(masker: Masker) -> None:
    def gen():  # ~2 MB in 64 kB chunks, never materialised at once
        block = ("vitals stable, no complaints overnight, plan unchanged. phone 555-123-4567. " * 850)[:65536]
        for _ in range(32):
            yield block

    total = 0
    biggest = 0
    for piece in masker.mask_text_stream(gen()):
        total += len(piece.document)
        biggest = max(biggest, len(piece.document))
        assert "555-123-4567" not in piece.document
    assert total > 1_000_000 and biggest < 2 * 1024 * 1024


def test_head_never_keeps_a_fragment_of_a_value_cut_by_the_limit(masker: Masker) -> None:
    """A transcript sample: wherever the limit falls inside or near a value, no piece of it survives."""
    value_at = 600
    text = ("filler text. " * 47)[: value_at - 2] + ". Patient: Zebedee Quilliam SSN 123-45-6789 "
    text += "phone 555-867-5309. " + "more text. " * 200
    fragments = ("Zebedee", "Quill", "123-45", "45-6789", "6789", "555-867", "867-5309")
    for limit in range(value_at - 40, value_at + 80, 3):
        res = masker.mask_text_head(text, limit)
        assert len(res.document) <= limit + 64, limit  # a sample of about `limit`, not the whole text
        for frag in fragments:
            assert frag not in res.document, (limit, frag, res.document[-80:])
        for f in res.findings:  # finding offsets are into the original text
            assert text[f.start : f.end].strip()


def test_head_of_a_short_body_is_the_whole_masked_body(masker: Masker) -> None:
    body = json.dumps({"resourceType": "Patient", "name": [{"family": "Quilliam", "given": ["Zebedee"]}]})
    whole = masker.mask_bytes(body.encode())
    head = masker.mask_bytes_head(body.encode(), 4096)
    assert head.document == whole.document and b"Quilliam" not in head.document


def test_head_of_a_long_body_masks_only_its_head(masker: Masker) -> None:
    """A 1 MB JSON body: the head is masked as text (the cut JSON does not parse); PHI in it is masked."""
    rec = {"resourceType": "Patient", "name": [{"family": "Quilliam", "given": ["Zebedee"]}],
           "telecom": [{"system": "phone", "value": "555-867-5309"}], "birthDate": "1961-04-19"}
    body = json.dumps({"entry": [{"resource": rec}] * 6000}).encode()
    assert len(body) > 1_000_000
    res = masker.mask_bytes_head(body, 4096)
    assert 2000 < len(res.document) <= 4096 + 512
    for value in (b"Quilliam", b"Zebedee", b"555-867-5309", b"1961-04-19"):
        assert value not in res.document
    assert max(f.end for f in res.findings) < 4096 + 512


def test_head_refuses_what_mask_bytes_refuses(masker: Masker) -> None:
    with pytest.raises(EngineError, match="NUL"):
        masker.mask_bytes_head(b"abc\x00" * 4000, 1024)
    with pytest.raises(EngineError, match="not UTF-8"):
        masker.mask_bytes_head(b"Patient Quilliam \xff\xfe " * 1000, 1024)
    # a multi-byte character cut by the head's byte limit is dropped, not refused
    for pad in range(2):
        res = masker.mask_bytes_head(b"a" * pad + ("é" * 5000).encode() + b" Quilliam", 1024)
        assert res.document.decode().strip("aé") == ""


def test_vault_is_thread_safe() -> None:
    vault = TokenVault()
    values = [f"value-{i % 50}" for i in range(2000)]

    def work() -> None:
        for v in values:
            vault.placeholder("NAME", v)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(vault) == 50
    tokens = {vault.placeholder("NAME", f"value-{i}") for i in range(50)}
    assert tokens == {f"<NAME_{i}>" for i in range(1, 51)}
