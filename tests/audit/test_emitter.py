"""The emitter's durability: spool first, deliver on acknowledgement, survive outages and restarts."""

from __future__ import annotations

import itertools
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace.export import ConsoleSpanExporter

from phigate.audit import AuditEmitter
from phigate.audit import encoding as enc
from phigate.audit.emitter import AuditClosed, AuditSpoolFull, _FanOut, _NoExport, exporter_from_env
from phigate.audit.spool import SpoolError
from tests.audit.helpers import emitter, file_exporter_lines, verify, write_lines
from tests.support.otlp_receiver import OTLPReceiver

ROOT = Path(__file__).resolve().parents[2]


def _wait(predicate: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not met"
        time.sleep(0.02)


def _audit_spans(rx: OTLPReceiver) -> list[dict[str, Any]]:
    return [s for s in rx.spans if s["name"] == "req"]


def test_record_returns_seq_and_chains(rx: OTLPReceiver) -> None:
    em = emitter(rx, emitter_id="e1")
    assert [em.record("req", {"i": i}) for i in range(3)] == [1, 2, 3]
    assert em.shutdown()
    spans = rx.wait_for(lambda s: len(s) == 4, timeout=60)
    assert [s["attributes"][enc.A_SEQ] for s in spans] == [1, 2, 3, 4]
    assert spans[0]["attributes"][enc.A_PREV] == enc.GENESIS_HASH
    for a, b in itertools.pairwise(spans):
        assert b["attributes"][enc.A_PREV] == a["attributes"][enc.A_HASH]
    assert spans[-1]["name"] == enc.CHECKPOINT_NAME and spans[-1]["attributes"][enc.C_FINAL] is True
    assert spans[0]["resource"][enc.A_EMITTER] == "e1"
    with pytest.raises(AuditClosed):
        em.record("req", {})


def test_collector_down_then_up_loses_nothing(rx: OTLPReceiver, tmp_path: Path, capsys: Any) -> None:
    rx.fail_with = 503
    em = emitter(rx, export_timeout=1, emitter_id="e-outage", spool_dir=tmp_path / "spool")
    for i in range(20):
        em.record("req", {"i": i})
    _wait(lambda: em.export_failures >= 2)
    assert em.pending == 20 and rx.spans == []
    rx.fail_with = None  # the collector comes back
    assert em.flush(60)
    assert sorted(s["attributes"]["i"] for s in _audit_spans(rx)) == list(range(20))
    em.shutdown()
    rx.wait_for(lambda s: len(s) == 21, timeout=60)
    code, res = verify(capsys, str(write_lines(tmp_path / "t.jsonl", file_exporter_lines(rx))))
    assert code == 0, res["findings"]


def test_crash_with_undelivered_records_delivers_after_restart(tmp_path: Path, capsys: Any) -> None:
    """A real process spools 30 records while the collector is unreachable, then dies (no shutdown)."""
    rx = OTLPReceiver().start()
    url = rx.traces_url
    rx.stop()  # nothing listens on that port now
    spool = tmp_path / "spool"
    script = textwrap.dedent(f"""
        import os
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from phigate.audit import AuditEmitter
        em = AuditEmitter(service_name="s", emitter_id="e-crash", spool_dir={str(spool)!r},
                          exporter=OTLPSpanExporter(endpoint={url!r}, timeout=1))
        for i in range(30):
            em.record("req", {{"i": i}})
        print("recorded", flush=True)
        os._exit(9)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 9 and "recorded" in out.stdout, out.stderr
    rx.start()  # same port: the collector is back
    try:
        em = emitter(rx, emitter_id="e-crash", spool_dir=spool)
        assert em.resumed and em.head.seq == 30
        em.record("req", {"i": 30})
        assert em.shutdown()
        rx.wait_for(lambda s: len(s) == 32, timeout=60)
        assert sorted(s["attributes"]["i"] for s in _audit_spans(rx)) == list(range(31))
        code, res = verify(capsys, str(write_lines(tmp_path / "t.jsonl", file_exporter_lines(rx))))
        assert code == 0, res["findings"]  # one chain 1..32 across the crash
        assert res["chains"][0]["last_seq"] == 32
    finally:
        rx.stop()


def test_spool_full_refuses_then_records_the_refusal(rx: OTLPReceiver, tmp_path: Path) -> None:
    rx.fail_with = 503
    em = emitter(
        rx,
        export_timeout=1,
        emitter_id="e-full",
        spool_dir=tmp_path / "spool",
        max_spool_records=5,
        full_wait_s=0.01,
    )
    for i in range(5):
        em.record("req", {"i": i})
    assert not em.has_capacity()
    for _ in range(3):
        with pytest.raises(AuditSpoolFull, match="spool of e-full is full"):
            em.record("req", {"i": 99})
    rx.fail_with = None
    assert em.flush(60)
    assert em.has_capacity()
    em.record("req", {"i": 5})
    em.shutdown()
    spans = rx.wait_for(lambda s: len(s) == 8, timeout=60)
    full = [s for s in spans if s["name"] == enc.SPOOL_FULL_NAME]
    assert len(full) == 1 and full[0]["attributes"]["phigate.audit.refused_count"] == 3
    assert full[0]["status"].get("code") == "STATUS_CODE_ERROR"
    assert [s["attributes"]["i"] for s in _audit_spans(rx)] == [0, 1, 2, 3, 4, 5]


def test_in_memory_spool_survives_an_outage(rx: OTLPReceiver) -> None:
    rx.fail_with = 500
    em = emitter(rx, export_timeout=1, emitter_id="e-mem")
    for i in range(5):
        em.record("req", {"i": i})
    _wait(lambda: em.export_failures >= 1)
    rx.fail_with = None
    assert em.shutdown()
    assert len(rx.wait_for(lambda s: len(s) == 6, timeout=60)) == 6


def test_second_process_on_the_same_spool_is_refused(tmp_path: Path) -> None:
    a = AuditEmitter(service_name="s", exporter=_NoExport(), spool_dir=tmp_path)
    with pytest.raises(SpoolError, match="in use by another process"):
        AuditEmitter(service_name="s", exporter=_NoExport(), spool_dir=tmp_path)
    a.shutdown()


def test_partial_last_line_is_cut_on_restart(tmp_path: Path) -> None:
    rx_exporter = _NoExport()
    em = AuditEmitter(
        service_name="s", emitter_id="e", exporter=rx_exporter, spool_dir=tmp_path, fsync="always"
    )
    em._stop = True  # keep records in the spool: no delivery
    with em._lock:
        em._cond.notify_all()
    em._thread.join(2)
    em.record("req", {"i": 1})
    em._spool.close()
    seg = next(tmp_path.glob("seg-*.jsonl"))
    with open(seg, "ab") as fh:
        fh.write(b'{"seq":2,"hash":"ab')  # a crash in the middle of a write
    em2 = AuditEmitter(service_name="s", emitter_id="e", exporter=rx_exporter, spool_dir=tmp_path)
    assert em2._spool.recovered_partial == 1 and em2.head.seq == 1
    assert em2.record("req", {}) == 2
    assert em2.shutdown()


@pytest.mark.parametrize(
    "attrs, message",
    [
        ({"x": {"a": 1}}, "'x': unsupported type dict"),
        ({"x": 2**70}, "'x': integer"),
        ({"x": float("nan")}, "'x': nan is not a finite number"),
        ({"x": ["a", 1]}, "'x': list mixes types"),
        ({"phigate.audit.seq": 1}, "set by the emitter"),
    ],
)
def test_bad_attributes_are_refused_by_name(attrs: dict[str, Any], message: str) -> None:
    em = AuditEmitter(service_name="s", exporter=_NoExport())
    with pytest.raises(enc.InvalidAuditAttribute, match=message.replace("(", r"\(")):
        em.record("req", attrs)
    assert em.record("req", {"ok": None, "list": ("a", "b")}) == 1  # None = absent; tuples fine
    em.shutdown()


def test_exporter_from_env() -> None:
    assert isinstance(exporter_from_env({}), ConsoleSpanExporter)
    assert isinstance(exporter_from_env({"OTEL_TRACES_EXPORTER": "none"}), _NoExport)
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    assert isinstance(exporter_from_env({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}), OTLPSpanExporter)
    assert isinstance(exporter_from_env({"OTEL_TRACES_EXPORTER": "otlp,console"}), _FanOut)
    with pytest.raises(ValueError, match="OTEL_EXPORTER_OTLP_PROTOCOL='grpc'"):
        exporter_from_env({"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"})
    with pytest.raises(ValueError, match="OTEL_TRACES_EXPORTER='zipkin'"):
        exporter_from_env({"OTEL_TRACES_EXPORTER": "zipkin"})


def test_otel_env_configures_a_real_export(rx: OTLPReceiver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", rx.traces_url)
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_COMPRESSION", "gzip")
    monkeypatch.setenv("OTEL_RESOURCE_ATTRIBUTES", "k8s.pod.name=agent-0")
    em = AuditEmitter(service_name="svc", emitter_id="e-env", shutdown_timeout_s=60)
    em.record("req", {"i": 0})
    assert em.shutdown()
    (span, _) = rx.wait_for(lambda s: len(s) == 2, timeout=60)
    assert span["resource"]["k8s.pod.name"] == "agent-0" and span["resource"]["service.name"] == "svc"


def test_time_based_checkpoint(rx: OTLPReceiver, tmp_path: Path) -> None:
    em = emitter(rx, emitter_id="e-t", checkpoint_seconds=0.2)
    em.record("req", {"i": 0})
    spans = rx.wait_for(lambda s: any(x["name"] == enc.CHECKPOINT_NAME for x in s), timeout=60)
    ck = next(x for x in spans if x["name"] == enc.CHECKPOINT_NAME)
    assert ck["attributes"][enc.C_REASON] == "interval" and ck["attributes"][enc.C_SEQ] == 1
    em.shutdown()


def test_unreadable_signing_key_fails_at_start(tmp_path: Path) -> None:
    from phigate.audit.keys import AuditKeyError

    with pytest.raises(AuditKeyError, match=r"missing\.pem"):
        AuditEmitter(service_name="s", exporter=_NoExport(), signing_key_path=tmp_path / "missing.pem")
    (tmp_path / "bad.pem").write_text("not a key")
    with pytest.raises(AuditKeyError, match=r"bad\.pem: not an unencrypted PEM"):
        AuditEmitter(service_name="s", exporter=_NoExport(), signing_key_path=tmp_path / "bad.pem")


def test_file_spool_segments_survive_partial_delivery_and_restart(tmp_path: Path) -> None:
    from phigate.audit.spool import ChainHead, FileSpool, encode_line

    def line(seq: int) -> bytes:
        doc = b'{"attributes":{"phigate.audit.emitter":"e","phigate.audit.chain":"c"},"n":%d}' % seq
        return encode_line(seq, f"{seq:064x}", "0" * 32, "0" * 16, doc)

    sp = FileSpool(tmp_path, segment_bytes=400)  # a few records per segment: many rotations
    for seq in range(1, 31):
        sp.append(seq, line(seq), ChainHead("e", "c", seq, f"{seq:064x}"))
    assert len(list(tmp_path.glob("seg-*.jsonl"))) > 5
    delivered: list[int] = []
    for _ in range(3):  # deliver 3 batches of 4, across segment boundaries
        batch = sp.read(4)
        delivered += [s for s, _ in batch.records]
        sp.ack(batch)
    assert delivered == list(range(1, 13)) and sp.pending_records == 18
    sp.close()
    sp = FileSpool(tmp_path, segment_bytes=400)  # restart
    assert sp.delivered_seq == 12 and sp.pending_records == 18 and sp.head.seq == 30
    rest: list[int] = []
    while sp.pending_records:
        batch = sp.read(7)
        rest += [s for s, _ in batch.records]
        sp.ack(batch)
    assert rest == list(range(13, 31))
    sp.append(31, line(31), ChainHead("e", "c", 31, f"{31:064x}"))  # appends after a full drain still read
    assert [s for s, _ in sp.read(10).records] == [31]
    sp.close()


def test_emitter_over_rotating_segments_delivers_in_order(rx: OTLPReceiver, tmp_path: Path) -> None:
    em = emitter(rx, emitter_id="e-rot", spool_dir=tmp_path / "spool", spool_segment_bytes=2048, max_batch=7)
    for i in range(60):
        em.record("req", {"i": i})
    assert em.shutdown()
    rx.wait_for(lambda s: len(s) == 61, timeout=60)
    assert [s["attributes"]["i"] for s in _audit_spans(rx)] == list(range(60))
    assert len(list((tmp_path / "spool").glob("seg-*.jsonl"))) == 1  # delivered segments are deleted


def test_injector_env_names_find_spool_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from phigate.audit.emitter import default_signing_key_path
    from phigate.audit.keys import generate_private_key_pem

    assert (
        default_signing_key_path({"PHIGATE_AUDIT_KEY_DIR": str(tmp_path)}) is None
    )  # optional Secret absent
    (tmp_path / "ed25519.pem").write_bytes(generate_private_key_pem())
    assert default_signing_key_path({"PHIGATE_AUDIT_KEY_DIR": str(tmp_path)}) == str(tmp_path / "ed25519.pem")
    monkeypatch.setenv("PHIGATE_AUDIT_KEY_DIR", str(tmp_path))
    monkeypatch.setenv("PHIGATE_SPOOL_DIR", str(tmp_path / "spool"))
    em = AuditEmitter(service_name="s", emitter_id="e", exporter=_NoExport())
    em.record("req", {})
    assert em.shutdown() and list((tmp_path / "spool").glob("seg-*.jsonl"))
    assert em._signer is not None


def test_records_share_exports_within_the_linger_and_flush_skips_it(rx: OTLPReceiver) -> None:
    """A burst goes out in one export after linger_s (not one export per record, which woke the
    deliverer for every record); flush() does not wait for the linger."""
    em = emitter(rx, emitter_id="linger", linger_s=2.0, checkpoint_every=1000)
    for i in range(20):
        em.record("req", {"i": i})
    time.sleep(0.1)
    assert rx.requests == [] and em.pending == 20  # spooled, waiting for company
    spans = rx.wait_for(lambda s: len(s) == 20, timeout=30)
    assert len(rx.requests) == 1 and [s["attributes"]["i"] for s in spans] == list(range(20))
    em.record("req", {"i": 20})
    t0 = time.monotonic()
    assert em.flush(5.0)
    assert time.monotonic() - t0 < 1.5 and len(rx.requests) == 2
    assert em.shutdown()


def test_steady_load_keeps_batching_after_the_first_export(rx: OTLPReceiver) -> None:
    """Records arriving while a batch is exported wait for a new linger window. (They used to inherit
    the first batch's start, so under steady load every later record went out alone: one POST each.)"""
    em = emitter(rx, emitter_id="steady", linger_s=0.1, checkpoint_every=10_000)
    deadline = time.monotonic() + 1.0
    n = 0
    while time.monotonic() < deadline:  # ~1 s of steady traffic: about ten linger windows
        em.record("req", {"i": n})
        n += 1
        time.sleep(0.001)
    assert em.flush(10.0)
    spans = rx.wait_for(lambda s: len([x for x in s if x["name"] == "req"]) == n, timeout=30)
    assert sorted(s["attributes"]["i"] for s in spans if s["name"] == "req") == list(range(n))
    assert n > 200 and len(rx.requests) <= 25, (n, len(rx.requests))
    assert em.shutdown()


@pytest.mark.parametrize("linger", [-0.1, 6.0])
def test_bad_linger_is_refused(linger: float) -> None:
    with pytest.raises(ValueError, match="linger_s must be between 0 and 5 seconds"):
        AuditEmitter(service_name="x", exporter=_NoExport(), linger_s=linger)
