"""Audit channel benchmark: record() cost with chaining+signing vs chaining off (same run), and
`phigate audit verify` throughput (one process, CPU time) on the three inputs it reads: Collector
file-exporter JSON lines, its `format: proto` file, and the emitter's spool, each next to the CPU
time of merely decoding the same file (json.loads / ParseFromString; for JSON also the typed msgspec
decoding its reader starts with) in the same run, bracketed by a CPU-time machine-speed probe.

    .venv/bin/python benchmarks/audit.py [--records N] [--spans N] [--rounds R] [--json]

The exporter used for record() encodes every batch to OTLP protobuf (the real CPU cost of
export) without a network hop, so the figure is the emitter's whole CPU per record: caller path
plus deliverer thread. The sidecar reference is bare mitmproxy's ~800 req/s (docs/BRIEF §6).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

from phigate.audit.otlp_wire import encode_request

SIDECAR_RPS = 800.0


class EncodeOnly(SpanExporter):
    """Serializes to OTLP protobuf like the HTTP exporter, keeps the bytes if asked. `sdk`: with the
    SDK's encoder (the stock OTLPSpanExporter's) instead of phigate's wire writer (its emitter's)."""

    def __init__(self, keep: bool = False, sdk: bool = False) -> None:
        self.keep = keep
        self.sdk = sdk
        self.payloads: list[bytes] = []

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        data = encode_spans(spans).SerializeToString() if self.sdk else encode_request(spans)
        if self.keep:
            self.payloads.append(data)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        pass


ATTRS = {
    "http.request.method": "GET",
    "server.address": "fhir.example.org",
    "url.path": "/Patient",
    "http.response.status_code": 200,
    "enduser.id": "user-17@example.org",
    "k8s.pod.name": "agent-7f9c",
    "k8s.namespace.name": "team-a",
    "phigate.decision": "allow",
    "phigate.policy": "default",
    "phigate.policy.hash": "abcdef0123456789",
    "phigate.grant": "grant-17",
    "phigate.phi.types": ["NAME", "DATE", "MRN"],
    "phigate.phi.masked_count": 7,
}


def bench_record(n: int, chain: bool, key: Path | None, spool: Path | None) -> float:
    """CPU seconds per record after warm-up: the caller's record() loop (its thread's CPU time) plus
    the deliverer's export of the same records (process CPU while flush() runs). The deliverer is
    held back (linger 5 s, no batch limit) during the loop, so the two are measured apart: the GIL
    hand-offs of interleaving them cost the same with chaining on or off but scatter the paired
    differences by tens of µs on this shared machine."""
    from phigate.audit import AuditEmitter

    em = AuditEmitter(
        service_name="bench",
        emitter_id="bench/0",
        exporter=EncodeOnly(),
        chain=chain,
        signing_key_path=key,
        spool_dir=spool,
        checkpoint_every=100,
        max_spool_records=n + 1000,
        max_spool_bytes=1 << 40,
        linger_s=5.0,
        max_batch=n + 1000,
    )
    for _ in range(200):
        em.record("GET /Patient", ATTRS)
    em.flush(30)
    t0 = time.thread_time()
    for i in range(n):
        em.record("GET /Patient", ATTRS, events=[("masked", {"phigate.phi.masked_count": i})])
    caller = time.thread_time() - t0
    t0 = time.process_time()
    assert em.flush(120)
    deliver = time.process_time() - t0
    em.shutdown()
    return (caller + deliver) / n


def bench_sdk_reference(n: int) -> float:
    """The emitter this replaced: OTel SDK TracerProvider + BatchSpanProcessor, same exporter."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider()
    provider.add_span_processor(BatchSpanProcessor(EncodeOnly(sdk=True), max_queue_size=n + 1000))
    tracer = provider.get_tracer("bench")
    t0 = time.process_time()
    for i in range(n):
        span = tracer.start_span("GET /Patient", attributes=ATTRS)
        span.add_event("masked", {"phigate.phi.masked_count": i})
        span.end()
    provider.force_flush(120_000)
    dt = time.process_time() - t0
    provider.shutdown()
    return dt / n


class _Down(SpanExporter):
    """A collector that never acknowledges: every record stays in the emitter's spool."""

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return SpanExportResult.FAILURE

    def shutdown(self) -> None:
        pass


def make_trail(n: int, key: Path, out: Path, proto_out: Path | None = None) -> None:
    """n records from a real emitter, written as the Collector file exporter writes them: JSON lines
    (MessageToDict of each exported request, file-exporter spelling) and, with proto_out, its
    `format: proto` (each exported request's bytes behind a 4-byte big-endian length)."""
    from google.protobuf.json_format import MessageToDict
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    from phigate.audit import AuditEmitter
    from phigate.audit.otlp import to_file_exporter_json

    exp = EncodeOnly(keep=True)
    em = AuditEmitter(
        service_name="bench",
        emitter_id="bench/trail",
        exporter=exp,
        signing_key_path=key,
        max_spool_records=n + 1000,
        max_spool_bytes=1 << 40,
    )
    for i in range(n):
        em.record("GET /Patient", {**ATTRS, "i": i})
    assert em.shutdown(timeout_s=3600), "trail not fully delivered"
    with open(out, "w") as fh:
        for data in exp.payloads:
            req = ExportTraceServiceRequest()
            req.ParseFromString(data)
            fh.write(json.dumps(to_file_exporter_json(MessageToDict(req)), separators=(",", ":")) + "\n")
    if proto_out is not None:
        with open(proto_out, "wb") as pf:
            for data in exp.payloads:
                pf.write(len(data).to_bytes(4, "big") + data)


def make_spool(n: int, key: Path, spool: Path) -> None:
    """n records left undelivered in a real emitter's file spool (collector down)."""
    from phigate.audit import AuditEmitter

    em = AuditEmitter(
        service_name="bench",
        emitter_id="bench/spool",
        exporter=_Down(),
        signing_key_path=key,
        spool_dir=spool,
        max_spool_records=n + 1000,
        max_spool_bytes=1 << 40,
        retry_max_s=30,
    )
    import logging

    quiet = logging.getLogger("phigate.audit")
    level, quiet.level = quiet.level, logging.ERROR  # the refused exports are the point, not news
    try:
        for i in range(n):
            em.record("GET /Patient", {**ATTRS, "i": i})
        em.shutdown(timeout_s=0.1)
    finally:
        quiet.setLevel(level)


def decode_floor(paths: list[Path], fmt: str) -> float:
    """CPU seconds to merely decode every message (json.loads per line; protobuf ParseFromString of
    each length-delimited ExportTraceServiceRequest; fmt "msgspec": a typed decoding of every span's
    fields verify reads, its reader's general way): the floor under any reader of that format."""
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    from phigate.audit.otlp import _JSON_DECODE

    t0 = time.process_time()
    for path in paths:
        with open(path, "rb", buffering=1 << 20) as fh:
            if fmt == "proto":
                while size := fh.read(4):
                    ExportTraceServiceRequest().ParseFromString(fh.read(int.from_bytes(size, "big")))
            elif fmt == "msgspec":
                for line in fh:
                    _JSON_DECODE(line)
            else:
                for line in fh:
                    json.loads(line)
    return time.process_time() - t0


def loop_ns() -> float:
    """Machine-speed probe, wall clock: ns per trivial interpreter loop step (waiting for a CPU counts)."""
    t0 = time.perf_counter()
    x = 0
    for _ in range(2_000_000):
        x += 1  # noqa: SIM113 - the point is the interpreter step
    return (time.perf_counter() - t0) / 2e6 * 1e9


IDLE_STEP_NS = 25.0  # our estimate of loop_cpu_ns() on an idle modern core (CPython 3.12: ≈15-30 ns)


def loop_cpu_ns(steps: int = 1_000_000) -> float:
    """Machine-speed probe, CPU time: ns per trivial interpreter loop step. On this shared VM it moves
    between ≈45 and ≈200 ns within minutes, so every verify measurement is bracketed by two probes
    and also given in probe steps per span (its CPU time / the probe's), which travels better."""
    t0 = time.process_time()
    x = 0
    for _ in range(steps):
        x += 1  # noqa: SIM113 - the point is the interpreter step
    return (time.process_time() - t0) / steps * 1e9


_VERIFY_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from phigate.audit.keys import load_keyring
from phigate.audit.otlp import read_sources
from phigate.audit.verify import verify_records
t0 = time.process_time()
read = read_sources([sys.argv[2]], lean=True)
res = verify_records(read.records, load_keyring([sys.argv[3]]))
dt = time.process_time() - t0
print(json.dumps({"dt": dt, "n": res.chained, "ok": res.ok and not read.errors}))
"""
SRC = Path(__file__).resolve().parents[1] / "src"


def bench_verify(source: Path, keys: Path, src: Path = SRC) -> tuple[float, int, bool]:
    """CPU seconds of `phigate audit verify` (lean read + chain and signature checks) in a fresh
    process, as the CLI runs: its page faults count, and no earlier pass (or the decode floors'
    json.loads churn) shapes its heap. `src`: the source tree to import phigate from (a baseline)."""
    out = subprocess.run(
        [sys.executable, "-c", _VERIFY_CHILD, str(src), str(source), str(keys)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "OTEL_TRACES_EXPORTER": "none"},
    )
    r = json.loads(out.stdout.strip().splitlines()[-1])
    return r["dt"], r["n"], r["ok"]


def bench_emitter(args: argparse.Namespace, key: Path, d: Path, res: dict[str, Any]) -> None:
    """record() with chaining+signing on and off, memory and file spool, and the SDK reference.

    Noise-robust on a shared machine: each round measures off and on back to back (the order
    alternating from round to round, so a drift in machine speed does not favour either), the cost
    is the median of the rounds' paired differences, and the spread (min..max) is reported."""
    res["sdk_reference_us"] = bench_sdk_reference(args.records) * 1e6
    rounds: dict[str, list[float]] = {"off_mem": [], "on_mem": [], "off_file": [], "on_file": []}
    for r in range(args.rounds):
        for chain in (False, True) if r % 2 == 0 else (True, False):
            tag = "on" if chain else "off"
            k = key if chain else None
            rounds[f"{tag}_mem"].append(bench_record(args.records, chain, k, None))
            rounds[f"{tag}_file"].append(bench_record(args.records, chain, k, d / f"s-{tag}-{r}"))
    for name, values in rounds.items():
        label = {"off_mem": "chain_off_memory", "on_mem": "chain_on_memory"}.get(name, name)
        label = {"off_file": "chain_off_file", "on_file": "chain_on_file"}.get(label, label)
        res[f"{label}_us"] = statistics.median(values) * 1e6
        res[f"{label}_us_rounds"] = [v * 1e6 for v in values]
    budget_us = 1e6 / SIDECAR_RPS
    for spool in ("file", "memory"):
        src = "file" if spool == "file" else "mem"
        diffs = [(on - off) * 1e6 for on, off in zip(rounds[f"on_{src}"], rounds[f"off_{src}"], strict=True)]
        key_ = "" if spool == "file" else "_memory"
        res[f"chaining_signing{key_}_us"] = statistics.median(diffs)
        res[f"chaining_signing{key_}_us_rounds"] = diffs
        res[f"chaining_signing{key_}_pct_of_sidecar_request"] = 100 * statistics.median(diffs) / budget_us
        res[f"chaining_signing{key_}_pct_spread"] = [
            100 * min(diffs) / budget_us,
            100 * max(diffs) / budget_us,
        ]
    res["emitter_total_pct_of_sidecar_request"] = 100 * res["chain_on_file_us"] / budget_us


_INPUTS = {
    "json": (
        "Collector file-exporter JSON lines",
        [("decode_only", "`json.loads`"), ("msgspec_decode_only", "msgspec, typed")],
    ),
    "proto": ("Collector `format: proto`", [("decode_only", "`ParseFromString`")]),
    "spool": ("emitter spool", [("decode_only", "`json.loads`")]),
}


def markdown(res: dict[str, Any]) -> str:
    """The results as the tables docs/audit.md §8 shows."""
    m = res["meta"]
    base = bool(m["args"].get("baseline_src"))
    lines = [
        "# Audit benchmark results",
        "",
        f"Generated by `python -m benchmarks audit` on {m['date']} ({m['machine']}, Python {m['python']}, "
        f"load average {m['load_avg'][0]:.1f}); {m['args']['spans']:,} records per trail, "
        f"{m['args']['rounds']} passes per input, each `verify` in a fresh process (medians; range over "
        "the passes). CPU time (`time.process_time`) of one process: measured, not extrapolated.",
        "",
        "## verify",
        "",
        "| input | bytes/span | decode only, same run (spans/s) | verify (spans/s): median (range) "
        + ("| baseline, same rounds (spans/s) | speedup (range) " if base else "")
        + f"| probe steps/span | at {IDLE_STEP_NS:.0f} ns/step (estimate) |",
        "|---|---|---|---|" + ("---|---|" if base else "") + "---|---|",
    ]
    for fmt, (label, floors) in _INPUTS.items():
        if f"{fmt}_verify_spans_per_s" not in res:
            continue
        decode = "; ".join(f"{res[f'{fmt}_{k}_spans_per_s']:,.0f} ({name})" for k, name in floors)
        row = (
            f"| {label} | {res[f'{fmt}_bytes_per_span']:,.0f} | {decode} | "
            f"{res[f'{fmt}_verify_spans_per_s']:,.0f} ({res[f'{fmt}_verify_worst_spans_per_s']:,.0f}–"
            f"{res[f'{fmt}_verify_best_spans_per_s']:,.0f}) | "
        )
        if base:
            sp = res[f"{fmt}_speedup_rounds"]
            row += (
                f"{res[f'{fmt}_baseline_verify_spans_per_s']:,.0f} | {res[f'{fmt}_speedup']:.2f}× "
                f"({min(sp):.2f}–{max(sp):.2f}) | "
            )
        row += (
            f"{res[f'{fmt}_verify_probe_steps_per_span']:,.0f} | "
            f"{res[f'{fmt}_verify_spans_per_s_at_{IDLE_STEP_NS:.0f}ns_step']:,.0f} |"
        )
        lines.append(row)
    lines += [
        "",
        f"Machine-speed probe (CPU ns per interpreter loop step): {res['loop_cpu_ns_before']:.0f} before, "
        f"{res['loop_cpu_ns_after']:.0f} after the verify runs. Target: ≥ 100,000 spans/s on one core.",
    ]
    if "chain_on_file_us" in res:
        lo, hi = res["chaining_signing_pct_spread"]
        mlo, mhi = res["chaining_signing_memory_pct_spread"]
        lines += [
            "",
            "## record()",
            "",
            f"{m['args']['rounds']} rounds of {m['args']['records']:,} records, chaining off and on back to "
            "back in each round (order alternating); medians of CPU time: the caller's record() loop plus "
            "the deliverer's export of those records, measured apart (the SDK reference: process CPU).",
            "",
            "| emitter | µs CPU per record (median) | rounds |",
            "|---|---|---|",
            f"| OTel SDK emitter (reference) | {res['sdk_reference_us']:.0f} | |",
        ]
        for label, key in (
            ("chaining off, memory spool", "chain_off_memory"),
            ("chaining + signing, memory spool", "chain_on_memory"),
            ("chaining off, file spool", "chain_off_file"),
            ("chaining + signing, file spool", "chain_on_file"),
        ):
            rounds = ", ".join(f"{v:.0f}" for v in res[f"{key}_us_rounds"])
            lines.append(f"| {label} | {res[f'{key}_us']:.0f} | {rounds} |")
        lines += [
            "",
            f"Chaining + signing, file spool: {res['chaining_signing_us']:.0f} µs per record (median of "
            f"the rounds' paired differences), {res['chaining_signing_pct_of_sidecar_request']:.1f}% of a "
            f"sidecar request at {SIDECAR_RPS:.0f} req/s (rounds: {lo:.1f}–{hi:.1f}%); memory spool "
            f"{res['chaining_signing_memory_us']:.0f} µs, "
            f"{res['chaining_signing_memory_pct_of_sidecar_request']:.1f}% ({mlo:.1f}–{mhi:.1f}%). "
            "Target ≤ 5%.",
        ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20_000, help="records per record() measurement")
    ap.add_argument("--spans", type=int, default=100_000, help="spans in the verify trail")
    ap.add_argument(
        "--rounds", type=int, default=9, help="interleaved rounds of each measurement (medians, spread)"
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verify-only", action="store_true", help="skip the record() measurements")
    ap.add_argument(
        "--baseline-src",
        default="",
        help="a source tree (its src/ dir) whose verify is measured alongside, round by round",
    )
    ap.add_argument(
        "--out",
        default=str(Path(__file__).resolve().parent / "results"),
        help="writes audit.json/.md; '' not",
    )
    args = ap.parse_args(argv)
    from phigate.audit.keys import generate_private_key_pem, public_key_entry

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        key = d / "k.pem"
        pem = generate_private_key_pem()
        key.write_bytes(pem)
        keys = d / "keys.json"
        keys.write_text(json.dumps([public_key_entry("*", pem)]))
        res: dict[str, Any] = {"loop_ns_before": loop_ns()}
        if not args.verify_only:
            bench_emitter(args, key, d, res)
        trail, proto, spool = d / "trail.jsonl", d / "trail.pb", d / "spool"
        make_trail(args.spans, key, trail, proto)
        make_spool(args.spans, key, spool)
        segments = sorted(spool.glob("seg-*.jsonl"))
        res["verify_ok"] = True
        res["loop_cpu_ns_before"] = loop_cpu_ns()
        baseline = Path(args.baseline_src) if args.baseline_src else None
        for fmt, source, files in (
            ("json", trail, [trail]),
            ("proto", proto, [proto]),
            ("spool", spool, segments),
        ):
            floors = {"json": ["json", "msgspec"], "proto": ["proto"], "spool": ["json"]}[fmt]
            runs: list[tuple[float, ...]] = []  # (verify s, probe ns, baseline s, decode-only s per floor...)
            for r in range(args.rounds):  # interleaved with the probe (and the baseline); fresh processes
                probe = loop_cpu_ns()
                base = 0.0
                if baseline is not None and r % 2:
                    base, _, _ = bench_verify(source, keys, baseline)
                dt, n, ok = bench_verify(source, keys)
                if baseline is not None and not r % 2:
                    base, _, _ = bench_verify(source, keys, baseline)
                probe = (probe + loop_cpu_ns()) / 2
                res["verify_ok"] = bool(res["verify_ok"] and ok)
                runs.append((dt, probe, base))
            for r in range(args.rounds):  # the floors apart: json.loads churns the heap
                runs[r] = (*runs[r], *(decode_floor(files, f) for f in floors))
            dt, probe = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
            steps = statistics.median(r[0] / n * 1e9 / r[1] for r in runs)
            res[f"{fmt}_spans"] = n
            res[f"{fmt}_bytes_per_span"] = sum(f.stat().st_size for f in files) / n
            for i, floor_fmt in enumerate(floors):
                label = "decode_only" if i == 0 else f"{floor_fmt}_decode_only"
                floor = statistics.median(r[3 + i] for r in runs)
                res[f"{fmt}_{label}_spans_per_s"] = n / floor
                res[f"{fmt}_verify_vs_{label}"] = statistics.median(r[3 + i] / r[0] for r in runs)
            res[f"{fmt}_verify_spans_per_s"] = n / dt
            res[f"{fmt}_verify_best_spans_per_s"] = n / min(r[0] for r in runs)
            res[f"{fmt}_verify_worst_spans_per_s"] = n / max(r[0] for r in runs)
            res[f"{fmt}_verify_rounds_spans_per_s"] = [n / r[0] for r in runs]
            if baseline is not None:
                res[f"{fmt}_baseline_verify_spans_per_s"] = n / statistics.median(r[2] for r in runs)
                res[f"{fmt}_baseline_rounds_spans_per_s"] = [n / r[2] for r in runs]
                res[f"{fmt}_speedup_rounds"] = [r[2] / r[0] for r in runs]
                res[f"{fmt}_speedup"] = statistics.median(r[2] / r[0] for r in runs)
            res[f"{fmt}_verify_probe_ns"] = probe
            res[f"{fmt}_verify_probe_steps_per_span"] = steps
            res[f"{fmt}_verify_spans_per_s_at_{IDLE_STEP_NS:.0f}ns_step"] = 1e9 / (steps * IDLE_STEP_NS)
        res["loop_cpu_ns_after"] = loop_cpu_ns()
        res["loop_ns_after"] = loop_ns()
    res["meta"] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "args": {
            "records": args.records,
            "spans": args.spans,
            "rounds": args.rounds,
            "baseline_src": args.baseline_src,
        },
        "load_avg": os.getloadavg(),
    }
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "audit.json").write_text(json.dumps(res, indent=2) + "\n")
        (out / "audit.md").write_text(markdown(res))
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            if k != "meta":
                print(f"{k:42s} {v:,.2f}" if isinstance(v, float) else f"{k:42s} {v}")
    return 0 if res["verify_ok"] else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    os.environ.setdefault("OTEL_TRACES_EXPORTER", "none")
    sys.exit(main())
