"""Real emitters -> real OTLP receiver -> file-exporter JSON lines -> tampering -> `phigate audit verify`."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from phigate.audit import encoding as enc
from phigate.canonical import canonical_json
from tests.audit.helpers import (
    attr,
    emitter,
    file_exporter_lines,
    kinds,
    new_key,
    seq_of,
    spans_of,
    verify,
    write_keys,
    write_lines,
)
from tests.support.otlp_receiver import OTLPReceiver

EMITTER = "phigate-sidecar/team-a/agent-0"


def _traffic(rx: OTLPReceiver, key: Path, n: int = 25, emitter_id: str = EMITTER, **kw: Any) -> None:
    em = emitter(rx, emitter_id=emitter_id, signing_key_path=key, checkpoint_every=10, **kw)
    for i in range(n):
        em.record(
            "GET /Patient",
            {
                "phigate.decision": "allow",
                "enduser.id": f"user{i % 3}",
                "phigate.phi.types": ["NAME", "DATE"],
            },
            events=[("masked", {"phigate.phi.masked_count": i})],
        )
    assert em.shutdown()


@pytest.fixture
def signed(rx: OTLPReceiver, tmp_path: Path) -> tuple[list[dict[str, Any]], Path]:
    key, entry = new_key(tmp_path, "k", EMITTER)
    _traffic(rx, key)
    rx.wait_for(lambda s: len(s) == 25 + 3, timeout=60)  # 25 records, checkpoints after 10 and 20, final
    return file_exporter_lines(rx), write_keys(tmp_path, entry)


def test_clean_chain_verifies(signed: Any, tmp_path: Path, capsys: Any) -> None:
    docs, keys = signed
    code, res = verify(capsys, str(write_lines(tmp_path / "t.jsonl", docs)), "--keys", str(keys))
    assert code == 0, res
    (chain,) = res["chains"]
    assert (chain["records"], chain["first_seq"], chain["last_seq"]) == (28, 1, 28)
    assert chain["checkpoints"] == 3 and chain["signed_ok"] == 3 and chain["final"]
    assert res["findings"] == [] and res["signatures_checked"]


def _drop(docs: list[dict[str, Any]], seqs: set[int]) -> list[dict[str, Any]]:
    docs = copy.deepcopy(docs)
    for d in docs:
        for rs in d["resourceSpans"]:
            for ss in rs["scopeSpans"]:
                ss["spans"] = [sp for sp in ss["spans"] if seq_of(sp) not in seqs]
    return docs


def test_deleted_span_is_a_gap(signed: Any, tmp_path: Path, capsys: Any) -> None:
    docs, keys = signed
    code, res = verify(capsys, str(write_lines(tmp_path / "t.jsonl", _drop(docs, {5}))), "--keys", str(keys))
    assert code == 1
    assert kinds(res) == ["gap"]
    assert "seq 5..5 missing" in res["findings"][0]["message"]


def test_deleted_checkpoint_is_a_gap(signed: Any, tmp_path: Path, capsys: Any) -> None:
    docs, keys = signed
    ckpt = next(seq_of(sp) for _, sp in spans_of(docs) if sp["name"] == enc.CHECKPOINT_NAME)
    code, res = verify(
        capsys, str(write_lines(tmp_path / "t.jsonl", _drop(docs, {ckpt}))), "--keys", str(keys)
    )
    assert code == 1 and "gap" in kinds(res)


def test_altered_attribute_is_detected(signed: Any, tmp_path: Path, capsys: Any) -> None:
    docs, keys = signed
    docs = copy.deepcopy(docs)
    _, sp = next((rs, sp) for rs, sp in spans_of(docs) if seq_of(sp) == 7)
    for kv in sp["attributes"]:
        if kv["key"] == "phigate.decision":
            kv["value"] = {"stringValue": "deny"}
    code, res = verify(capsys, str(write_lines(tmp_path / "t.jsonl", docs)), "--keys", str(keys))
    assert code == 1
    assert kinds(res) == ["altered"]
    assert "seq 7 altered" in res["findings"][0]["message"] and "t.jsonl:" in res["findings"][0]["message"]


def test_altered_and_rehashed_breaks_the_link(signed: Any, tmp_path: Path, capsys: Any) -> None:
    """An attacker who recomputes the altered record's hash still breaks the next link."""
    docs, keys = signed
    docs = copy.deepcopy(docs)
    _, sp = next((rs, sp) for rs, sp in spans_of(docs) if seq_of(sp) == 7)
    for kv in sp["attributes"]:
        if kv["key"] == "enduser.id":
            kv["value"] = {"stringValue": "someone-else"}
    attrs = {kv["key"]: kv["value"] for kv in sp["attributes"]}
    plain = {
        k: (
            int(v["intValue"])
            if "intValue" in v
            else [x["stringValue"] for x in v["arrayValue"]["values"]]
            if "arrayValue" in v
            else next(iter(v.values()))
        )
        for k, v in attrs.items()
        if k != enc.A_HASH
    }
    events = [
        {
            "name": e["name"],
            "time": int(e["timeUnixNano"]),
            "attributes": {kv["key"]: int(kv["value"]["intValue"]) for kv in e["attributes"]},
        }
        for e in sp["events"]
    ]
    doc = enc.hashed_document(
        sp["name"], sp["kind"], int(sp["startTimeUnixNano"]), int(sp["endTimeUnixNano"]), plain, events, 0, ""
    )
    for kv in sp["attributes"]:
        if kv["key"] == enc.A_HASH:
            kv["value"] = {"stringValue": enc.hash_bytes(canonical_json(doc))}
    code, res = verify(capsys, str(write_lines(tmp_path / "t.jsonl", docs)), "--keys", str(keys))
    assert code == 1
    assert kinds(res) == ["broken-link"]
    assert "seq 8: prev_hash does not match the hash of seq 7" in res["findings"][0]["message"]


def test_reordered_spans_are_detected(signed: Any, tmp_path: Path, capsys: Any) -> None:
    docs, keys = signed
    docs = copy.deepcopy(docs)
    slots = {
        seq_of(sp): (ss["spans"], i)
        for d in docs
        for rs in d["resourceSpans"]
        for ss in rs["scopeSpans"]
        for i, sp in enumerate(ss["spans"])
    }
    (l3, i3), (l4, i4) = slots[3], slots[4]  # wherever the export batches put them
    l3[i3], l4[i4] = l4[i4], l3[i3]
    path = write_lines(tmp_path / "t.jsonl", docs)
    code, res = verify(capsys, str(path), "--keys", str(keys))
    assert code == 1 and kinds(res) == ["reordered"]
    assert "seq 3 " in res["findings"][0]["message"] and "after seq 4" in res["findings"][0]["message"]
    code, _ = verify(capsys, str(path), "--keys", str(keys), "--ignore-order")
    assert code == 0


def test_span_replayed_from_another_emitter(rx: OTLPReceiver, tmp_path: Path, capsys: Any) -> None:
    key_a, entry_a = new_key(tmp_path, "a", "sidecar/a")
    key_b, entry_b = new_key(tmp_path, "b", "sidecar/b")
    _traffic(rx, key_a, 5, "sidecar/a")
    _traffic(rx, key_b, 5, "sidecar/b")
    rx.wait_for(lambda s: len(s) == 12, timeout=60)
    docs = file_exporter_lines(rx)
    pairs = spans_of(docs)
    a_span = next(sp for rs, sp in pairs if attr(sp, enc.A_EMITTER) == "sidecar/a" and seq_of(sp) == 2)
    b_scope = next(rs for rs, sp in pairs if attr(sp, enc.A_EMITTER) == "sidecar/b")["scopeSpans"][0]
    b_scope["spans"].append(copy.deepcopy(a_span))
    keys = write_keys(tmp_path, entry_a, entry_b)
    code, res = verify(capsys, str(write_lines(tmp_path / "t.jsonl", docs)), "--keys", str(keys))
    assert code == 1 and kinds(res) == ["replayed"]
    assert "seq 2 of emitter sidecar/a replayed under emitter sidecar/b" in res["findings"][0]["message"]


def test_truncated_tail(signed: Any, tmp_path: Path, capsys: Any) -> None:
    docs, keys = signed
    path = write_lines(tmp_path / "t.jsonl", _drop(docs, {26, 27, 28}))
    code, res = verify(capsys, str(path), "--keys", str(keys))
    assert code == 1 and kinds(res) == ["truncated-tail"]
    assert (
        "ends at seq 25" in res["findings"][0]["message"]
        and "last checkpoint: seq 22" in res["findings"][0]["message"]
    )
    assert verify(capsys, str(path), "--keys", str(keys), "--allow-open")[0] == 0


def test_checkpoint_signed_with_a_foreign_key(rx: OTLPReceiver, tmp_path: Path, capsys: Any) -> None:
    _, published = new_key(tmp_path, "published", EMITTER)
    foreign, _ = new_key(tmp_path, "foreign", EMITTER)
    _traffic(rx, foreign, 12)
    rx.wait_for(lambda s: len(s) == 14, timeout=60)
    path = write_lines(tmp_path / "t.jsonl", file_exporter_lines(rx))
    code, res = verify(capsys, str(path), "--keys", str(write_keys(tmp_path, published)))
    assert code == 1 and set(kinds(res)) == {"forged-checkpoint"} and len(res["findings"]) == 2
    assert "signed with unknown key" in res["findings"][0]["message"]


def test_key_of_another_emitter_and_forged_final_flag(signed: Any, tmp_path: Path, capsys: Any) -> None:
    docs, _ = signed
    path = write_lines(tmp_path / "t.jsonl", docs)
    # the right key, published for another emitter: refused
    entry = json.loads((tmp_path / "keys.json").read_text())[0]
    wrong = write_keys(tmp_path, {**entry, "emitter": "sidecar/other"})
    code, res = verify(capsys, str(path), "--keys", str(wrong))
    assert code == 1 and "belongs to emitter 'sidecar/other'" in res["findings"][0]["message"]


def test_restart_in_the_middle_is_not_an_alarm(rx: OTLPReceiver, tmp_path: Path, capsys: Any) -> None:
    key, entry = new_key(tmp_path, "k", EMITTER)
    spool = tmp_path / "spool"
    for _ in range(2):  # restart with the spool: the chain continues
        _traffic(rx, key, 7, spool_dir=spool)
    _traffic(rx, key, 4)  # restart without a spool: a new chain of the same emitter
    rx.wait_for(lambda s: len(s) == 7 + 1 + 7 + 1 + 4 + 1, timeout=60)
    code, res = verify(
        capsys,
        str(write_lines(tmp_path / "t.jsonl", file_exporter_lines(rx))),
        "--keys",
        str(write_keys(tmp_path, entry)),
    )
    assert code == 0, res["findings"]
    assert sorted(c["records"] for c in res["chains"]) == [5, 16]


def test_malformed_line_names_file_and_line_and_the_rest_is_verified(
    signed: Any, tmp_path: Path, capsys: Any
) -> None:
    docs, keys = signed
    path = write_lines(tmp_path / "t.jsonl", docs)
    lines = path.read_text().splitlines()
    lines.insert(1, '{"resourceSpans": [ broken')
    path.write_text("\n".join(lines) + "\n")
    code, res = verify(capsys, str(path), "--keys", str(keys))
    assert code == 1
    assert res["errors"] and res["errors"][0].startswith(f"{path}:2: malformed OTLP JSON")
    assert res["chains"][0]["records"] == 28


def test_missing_source_and_bad_keys_fail_clearly(tmp_path: Path, capsys: Any) -> None:
    from phigate.cli import main

    assert main(["audit", "verify", str(tmp_path / "nope.jsonl")]) == 1
    assert "nope.jsonl: cannot read" in capsys.readouterr().out
    bad = tmp_path / "keys.json"
    bad.write_text('[{"emitter": "x", "keyId": "00", "publicKey": "AAAA"}]')
    assert main(["audit", "verify", "--keys", str(bad), str(tmp_path)]) == 2
    assert "keys.json" in capsys.readouterr().err


def test_keygen_cli_key_signs_and_its_entry_verifies(rx: OTLPReceiver, tmp_path: Path, capsys: Any) -> None:
    from phigate.cli import main

    key = tmp_path / "sidecar.pem"
    assert main(["audit", "keygen", "--out", str(key), "--emitter", "phigate-sidecar/team-a/*"]) == 0
    entry = json.loads(capsys.readouterr().out)
    assert set(entry) == {"emitter", "keyId", "publicKey"} and len(entry["keyId"]) == 16
    assert key.stat().st_mode & 0o777 == 0o600
    assert main(["audit", "keygen", "--out", str(key)]) == 2  # never overwrites a key
    capsys.readouterr()
    _traffic(rx, key, 3)
    rx.wait_for(lambda s: len(s) == 4, timeout=60)
    # published as a ConfigMap, as the operator does
    cm = tmp_path / "cm.yaml"
    cm.write_text(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: phigate-audit-keys}\n"
        f"data:\n  {entry['keyId']}: '{json.dumps(entry)}'\n"
    )
    path = write_lines(tmp_path / "t.jsonl", file_exporter_lines(rx))
    code, res = verify(capsys, str(path), "--keys", str(cm))
    assert code == 0 and res["chains"][0]["signed_ok"] == 1


def _as_protobuf(docs: list[dict[str, Any]], path: Path) -> Path:
    """The Collector file exporter's `format: proto`: 4-byte big-endian length, then the message."""
    import base64

    from google.protobuf.json_format import ParseDict
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    out = bytearray()
    for d in copy.deepcopy(docs):
        for _, sp in spans_of([d]):
            for k in ("traceId", "spanId", "parentSpanId"):
                if sp.get(k):
                    sp[k] = base64.b64encode(bytes.fromhex(sp[k])).decode()
        data = ParseDict(d, ExportTraceServiceRequest()).SerializeToString()
        out += len(data).to_bytes(4, "big") + data
    path.write_bytes(bytes(out))
    return path


def test_protobuf_file_verifies_and_tampering_is_found(signed: Any, tmp_path: Path, capsys: Any) -> None:
    docs, keys = signed
    clean = _as_protobuf(docs, tmp_path / "clean.pb")
    code, res = verify(capsys, str(clean), "--keys", str(keys))
    assert code == 0, res
    assert res["chains"][0]["records"] == 28 and res["chains"][0]["signed_ok"] == 3
    bad = copy.deepcopy(docs)
    _, sp = next((rs, sp) for rs, sp in spans_of(bad) if seq_of(sp) == 7)
    for kv in sp["attributes"]:
        if kv["key"] == "phigate.decision":
            kv["value"] = {"stringValue": "deny"}
    code, res = verify(capsys, str(_as_protobuf(_drop(bad, {12}), tmp_path / "bad.pb")), "--keys", str(keys))
    assert code == 1
    assert sorted(kinds(res)) == ["altered", "gap"]
    assert any("seq 7 altered" in f["message"] and "bad.pb:" in f["message"] for f in res["findings"])


def test_malformed_protobuf_message_names_file_and_message_and_the_rest_is_verified(
    signed: Any, tmp_path: Path, capsys: Any
) -> None:
    docs, keys = signed
    data = _as_protobuf(docs, tmp_path / "t.pb").read_bytes()
    first = int.from_bytes(data[:4], "big")
    junk = b"\xff\xff\xff"  # not a protobuf message
    path = tmp_path / "t.pb"
    path.write_bytes(data[: 4 + first] + len(junk).to_bytes(4, "big") + junk + data[4 + first :])
    code, res = verify(capsys, str(path), "--keys", str(keys))
    assert code == 1
    assert res["errors"] and res["errors"][0].startswith(f"{path}:2: malformed OTLP protobuf")
    assert res["chains"][0]["records"] == 28 and res["findings"] == []


def test_duplicate_attribute_key_is_never_intact(signed: Any, tmp_path: Path, capsys: Any) -> None:
    """A second copy of an attribute: readers disagree on which one counts, so it is an alteration."""
    docs, keys = signed
    docs = copy.deepcopy(docs)
    _, sp = next((rs, sp) for rs, sp in spans_of(docs) if seq_of(sp) == 4)
    original = next(kv for kv in sp["attributes"] if kv["key"] == "phigate.decision")
    sp["attributes"].insert(0, {"key": "phigate.decision", "value": {"stringValue": "deny"}})
    assert original["value"] == {"stringValue": "allow"}
    for path in (write_lines(tmp_path / "t.jsonl", docs), _as_protobuf(docs, tmp_path / "t.pb")):
        code, res = verify(capsys, str(path), "--keys", str(keys))
        assert code == 1 and kinds(res) == ["altered"], (path, res["findings"])
        assert "seq 4 altered" in res["findings"][0]["message"]


def test_spool_directory_verifies_and_an_edited_record_is_found(tmp_path: Path, capsys: Any) -> None:
    """`verify` reads the emitter's own spool (records not yet delivered) without re-encoding."""
    from opentelemetry.sdk.trace.export import SpanExportResult

    from phigate.audit import AuditEmitter

    class Down:  # a collector that never acknowledges: everything stays in the spool
        def export(self, spans: Any) -> SpanExportResult:
            return SpanExportResult.FAILURE

        def shutdown(self) -> None:
            pass

    key, entry = new_key(tmp_path, "k", EMITTER)
    keys = write_keys(tmp_path, entry)
    spool = tmp_path / "spool"
    em = AuditEmitter(
        service_name="s", emitter_id=EMITTER, exporter=Down(), spool_dir=spool, signing_key_path=key,
        checkpoint_every=10, retry_max_s=0.05,
    )  # fmt: skip
    for i in range(25):
        em.record("GET /Patient", {"phigate.decision": "allow", "enduser.id": f"u{i}"})
    em.shutdown(timeout_s=0.5)
    code, res = verify(capsys, str(spool), "--keys", str(keys))
    assert code == 0, res
    assert res["chains"][0]["records"] == 28 and res["chains"][0]["signed_ok"] == 3
    (seg,) = sorted(spool.glob("seg-*.jsonl"))
    lines = seg.read_bytes().splitlines(keepends=True)
    lines[6] = lines[6].replace(b'"allow"', b'"deny"')
    seg.write_bytes(b"".join(lines))
    code, res = verify(capsys, str(spool), "--keys", str(keys))
    assert code == 1 and kinds(res) == ["altered"]
    assert f"{seg}:7" in res["findings"][0]["message"]


def test_several_files_in_worker_processes_match_a_serial_read(
    signed: Any, tmp_path: Path, capsys: Any
) -> None:
    docs, keys = signed
    half = len(docs) // 2
    a = write_lines(tmp_path / "a.jsonl", docs[:half])
    b = _as_protobuf(docs[half:], tmp_path / "b.pb")
    serial = verify(capsys, str(a), str(b), "--keys", str(keys), "--jobs", "1")
    parallel = verify(capsys, str(a), str(b), "--keys", str(keys), "--jobs", "2")
    assert serial == parallel and serial[0] == 0
    assert parallel[1]["chains"][0]["records"] == 28


def test_signature_backends_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """libsodium (ctypes, when the system has it) and cryptography's OpenSSL verify give the same
    verdict on good, altered, truncated, foreign and non-canonical signatures."""
    import base64

    from phigate.audit import keys as keys_mod

    path, entry = new_key(tmp_path, "k")
    other_path, _ = new_key(tmp_path, "o")
    signer, other = keys_mod.Signer.from_file(path), keys_mod.Signer.from_file(other_path)
    ring = keys_mod.KeyRing()
    ring.add(entry["keyId"], entry["publicKey"], "*")
    payload = b'{"seq":1}'
    good = base64.b64decode(signer.sign(payload))
    order = 2**252 + 27742317777372353535851937790883648493  # S + L: the same point, not canonical
    s_plus_l = good[:32] + (int.from_bytes(good[32:], "little") + order).to_bytes(32, "little")
    cases = {
        "good": (good, payload),
        "payload": (good, payload + b" "),
        "flipped": (good[:5] + bytes([good[5] ^ 1]) + good[6:], payload),
        "short": (good[:63], payload),
        "long": (good + b"\0", payload),
        "zero": (bytes(64), payload),
        "foreign": (base64.b64decode(other.sign(payload)), payload),
        "non-canonical": (s_plus_l, payload),
    }
    verdicts = {}
    for backend in ("1", "0"):
        monkeypatch.setenv("PHIGATE_AUDIT_SODIUM", backend)
        monkeypatch.setattr(keys_mod, "_SODIUM_LOADED", False)
        verdicts[backend] = {
            name: ring.check(signer.key_id, "em", p, base64.b64encode(sig).decode())
            for name, (sig, p) in cases.items()
        }
    monkeypatch.setattr(keys_mod, "_SODIUM_LOADED", False)
    assert verdicts["1"] == verdicts["0"]
    assert verdicts["0"]["good"] is None
    bad = f"bad signature (key {signer.key_id!r})"
    assert all(v == bad for k, v in verdicts["0"].items() if k != "good")
