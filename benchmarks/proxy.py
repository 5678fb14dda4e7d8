"""Proxy overhead: direct vs bare mitmproxy (mitmdump) vs the phigate sidecar, same upstream and payloads.

One run, side by side: a synthetic HTTPS FHIR upstream serves searchset Bundles of ~7 kB and ~1 MB;
a load generator in its own process drives it directly, through `mitmdump` (no addon) and through
`phigate sidecar` with examples/policies/safe-harbor.yaml (destination and grant added), at 1 and 16
keep-alive connections. The sidecar ships its audit spans over OTLP/HTTP to a local sink, as it
would to a collector in a cluster (`--no-export`: it ships none). Reported: req/s, latency p50/p99,
the latency each proxy adds over direct, the sidecar/mitmdump throughput ratio (target >= 0.85) and
the sidecar's peak RSS (target <= 150 MB).
A fourth cell per row sends the same request through the sidecar to a `kind: other` destination
(the same upstream by its address): policy, identity and the audit record without masking, i.e.
the sidecar's own cost next to mitmdump's.
Then a mixed cell: small-Bundle requests on one connection while `--mixed-conns` connections fetch
the large Bundle, so a small request waiting behind a large body's masking shows in its latency.
`--profile DIR` runs mitmdump and the sidecar under cProfile (DIR/mitmdump.prof, DIR/phigate.prof).

    python -m benchmarks proxy [--seconds 4] [--json out.json] [--sizes 7000,1000000] [--conns 1,16]
                               [--mixed-conns 2] [--profile DIR] [--no-export]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ load generator (child process)
def loadgen(
    url: str, proxy: str | None, cafile: str, conns: int, seconds: float, warmup: float
) -> dict[str, Any]:
    import httpx

    verify = ssl.create_default_context(cafile=cafile)
    lat: list[list[float]] = [[] for _ in range(conns)]
    errors = [0] * conns
    bytes_in = [0] * conns
    last_end = [0.0] * conns
    start_at = time.monotonic() + warmup
    stop_at = start_at + seconds

    def worker(i: int) -> None:
        with httpx.Client(proxy=proxy, verify=verify, timeout=30, http2=False) as c:
            while True:
                t0 = time.monotonic()
                if t0 >= stop_at:
                    return
                try:
                    r = c.get(url)
                    ok = r.status_code == 200
                    n = len(r.content)
                except httpx.HTTPError:
                    ok, n = False, 0
                t1 = time.monotonic()
                if t0 >= start_at:
                    last_end[i] = t1
                    if ok:
                        lat[i].append(t1 - t0)
                        bytes_in[i] += n
                    else:
                        errors[i] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(conns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    all_lat = sorted(x for xs in lat for x in xs)
    n = len(all_lat)

    def pct(p: float) -> float:
        return all_lat[min(n - 1, int(p * n))] * 1000 if n else float("nan")

    # Requests started in the window count; in-flight ones finish, and the window stretches to the
    # last completion, so a cell of multi-second requests still gets a throughput figure.
    elapsed = max(max(last_end) - start_at, seconds)
    return {
        "requests": n,
        "errors": sum(errors),
        "seconds": elapsed,
        "rps": n / elapsed,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "mean_ms": statistics.fmean(all_lat) * 1000 if n else float("nan"),
        "bytes_per_response": (sum(bytes_in) / n) if n else 0,
    }


def _loadgen_main(argv: list[str]) -> None:
    url, proxy, cafile, conns, seconds, warmup = argv
    res = loadgen(url, proxy or None, cafile, int(conns), float(seconds), float(warmup))
    print(json.dumps(res))


# ------------------------------------------------------------------ helpers
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"port {port} not listening after {timeout}s")


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 90) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"sidecar exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("sidecar not ready")


def rss_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) in MB from /proc."""
    cur = peak = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            cur = int(line.split()[1]) / 1024
        elif line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    return cur, peak


def _loadgen_cmd(
    url: str, proxy: str | None, cafile: str, conns: int, seconds: float, warmup: float
) -> list[str]:
    return [
        sys.executable,
        "-c",
        "import sys; from benchmarks.proxy import _loadgen_main; _loadgen_main(sys.argv[1:])",
        url, proxy or "", cafile, str(conns), str(seconds), str(warmup),
    ]  # fmt: skip


def run_load(url: str, proxy: str | None, cafile: str, conns: int, seconds: float) -> dict[str, Any]:
    cmd = _loadgen_cmd(url, proxy, cafile, conns, seconds, 0.5)
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=seconds * 10 + 120)
    if out.returncode != 0:
        raise RuntimeError(f"load generator failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_mixed(
    small_url: str, large_url: str, proxy: str | None, cafile: str, large_conns: int, seconds: float
) -> dict[str, Any]:
    """Small requests on one connection while `large_conns` connections fetch large bodies: does a
    small request wait behind a large body's masking? (Large-body load starts first, ends last.)"""
    big = subprocess.Popen(
        _loadgen_cmd(large_url, proxy, cafile, large_conns, seconds + 1.0, 0.0),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        small = run_load(small_url, proxy, cafile, 1, seconds)
    finally:
        out, err = big.communicate(timeout=seconds * 10 + 600)
    if big.returncode != 0:
        raise RuntimeError(f"large-body load generator failed: {err[-2000:]}")
    return {"small": small, "large": json.loads(out.strip().splitlines()[-1])}


class _OtlpSink:
    """An OTLP/HTTP endpoint that accepts every export (counts requests and spans' bytes): the
    collector a sidecar in a cluster ships its audit spans to, minus the collector's own work."""

    def __init__(self) -> None:
        self.requests = 0
        self.bytes = 0
        self.url = ""

    def start(self) -> _OtlpSink:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        sink = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(n)
                sink.requests += 1
                sink.bytes += n
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", "0")
                self.end_headers()

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, name="otlp-sink", daemon=True).start()
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        return self


def bench_policy(port: int) -> list[dict[str, Any]]:
    import yaml

    policy = yaml.safe_load((ROOT / "examples" / "policies" / "safe-harbor.yaml").read_text())
    policy["metadata"]["namespace"] = "bench"
    policy["spec"]["destinations"] = [
        {"name": "ehr", "kind": "phi-source", "host": "localhost", "port": port},
        # the same upstream by its address: allowed egress with audit, no masking (the sidecar's
        # own cost - policy, identity, audit record - without the engine's)
        {"name": "plain", "kind": "other", "host": "127.0.0.1", "port": port},
    ]
    grant = {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "AIAccessGrant",
        "metadata": {"name": "bench"},
        "spec": {
            "subject": "bench@example.org",
            "serviceAccountName": "bench-agent",
            "policyRef": {"name": policy["metadata"]["name"]},
            "duration": "2h",
            "justification": "proxy overhead benchmark",
        },
    }
    return [policy, grant]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="benchmarks proxy", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--seconds", type=float, default=4.0, help="measured seconds per cell (after 0.5 s warm-up)"
    )
    ap.add_argument("--sizes", default="7000,1000000", help="Bundle sizes in bytes")
    ap.add_argument("--conns", default="1,16", help="concurrent keep-alive connections")
    ap.add_argument(
        "--mixed-conns",
        type=int,
        default=2,
        help="connections fetching the largest size during the mixed cell (0 skips it)",
    )
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument(
        "--no-export",
        action="store_true",
        help="the sidecar exports no spans (by default it ships them over OTLP/HTTP to a local sink)",
    )
    ap.add_argument(
        "--profile",
        type=Path,
        help="cProfile mitmdump and the sidecar; write DIR/mitmdump.prof and DIR/phigate.prof",
    )
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    conns_list = [int(x) for x in args.conns.split(",")]

    sys.path.insert(0, str(ROOT))
    import yaml
    from phigate_sidecar.fhir_mock import FhirMock, TestPKI
    from phigate_sidecar.server import generate_ca

    tmp = Path(tempfile.mkdtemp(prefix="phigate-bench-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        upstream = FhirMock(TestPKI(tmp / "pki")).start()
        for s in sizes:
            upstream.bundle(s)  # generate once, before timing
        generate_ca(tmp / "ca")
        cafile = str(tmp / "ca" / "ca.crt")
        upstream_ca = str(upstream.pki.ca_cert)  # type: ignore[union-attr]
        env = dict(os.environ, OTEL_TRACES_EXPORTER="none", PHIGATE_SERVICE_ACCOUNT="bench-agent")

        # bare mitmproxy with the same CA and upstream trust
        confdir = tmp / "mitm"
        confdir.mkdir()
        (confdir / "mitmproxy-ca.pem").write_bytes(
            (tmp / "ca" / "ca.key").read_bytes() + (tmp / "ca" / "ca.crt").read_bytes()
        )
        mitm_port = free_port()
        mitmdump = shutil.which("mitmdump", path=str(Path(sys.executable).parent)) or "mitmdump"
        prof_mitm: list[str] = []
        if args.profile:
            args.profile.mkdir(parents=True, exist_ok=True)
            prof_mitm = [sys.executable, "-m", "cProfile", "-o", str(args.profile / "mitmdump.prof")]
        mitm = subprocess.Popen(
            [*prof_mitm, mitmdump, "-q", "--mode", f"regular@{mitm_port}", "--listen-host", "127.0.0.1",
             "--set", f"confdir={confdir}", "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}",
             "--set", "connection_strategy=lazy", "--set", "upstream_cert=false"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        )  # fmt: skip
        procs.append(mitm)
        # the phigate sidecar, safe-harbor policy
        (tmp / "policy.yaml").write_text(yaml.safe_dump_all(bench_policy(upstream.port), sort_keys=False))
        sc_port, health = free_port(), free_port()
        sc_env = env
        sink: _OtlpSink | None = None
        if not args.no_export:  # the sidecar ships its audit trail, as in a cluster: to a local sink
            sink = _OtlpSink().start()
            sc_env = env | {"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_ENDPOINT": sink.url}
        if args.profile:
            sc_env = env | {"PHIGATE_SIDECAR_PROFILE": str(args.profile / "phigate.prof")}
        sidecar = subprocess.Popen(
            [sys.executable, "-m", "phigate.cli", "sidecar", "--policy", str(tmp / "policy.yaml"),
             "--port", str(sc_port), "--health-port", str(health), "--health-host", "127.0.0.1",
             "--ca-dir", str(tmp / "ca"), "--upstream-ca", upstream_ca, "--log-level", "WARNING"],
            stdout=subprocess.DEVNULL, stderr=(tmp / "sidecar.log").open("wb"), env=sc_env, cwd=ROOT,
        )  # fmt: skip
        procs.append(sidecar)
        wait_port(mitm_port, mitm)
        wait_ready(f"http://127.0.0.1:{health}/readyz", sidecar)

        targets = {
            "direct": None,
            "mitmdump": f"http://127.0.0.1:{mitm_port}",
            "phigate": f"http://127.0.0.1:{sc_port}",
        }
        results: list[dict[str, Any]] = []
        for size in sizes:
            url = f"{upstream.url}/bundle?size={size}"
            for conns in conns_list:
                row: dict[str, Any] = {"size": size, "conns": conns}
                for name, proxy in [*targets.items(), ("phigate_passthrough", targets["phigate"])]:
                    ca = upstream_ca if proxy is None else cafile
                    through = name.endswith("through")
                    cell_url = url.replace("//localhost:", "//127.0.0.1:") if through else url
                    res = run_load(cell_url, proxy, ca, conns, args.seconds)
                    row[name] = res
                    print(
                        f"size={size:>8} conns={conns:>2} {name:<9} {res['rps']:8.1f} req/s  "
                        f"p50 {res['p50_ms']:7.2f} ms  p99 {res['p99_ms']:7.2f} ms  errors {res['errors']}  "
                        f"body {res['bytes_per_response']:.0f} B",
                        flush=True,
                    )
                d = row["direct"]
                for name in ("mitmdump", "phigate", "phigate_passthrough"):
                    row[name]["added_p50_ms"] = row[name]["p50_ms"] - d["p50_ms"]
                    row[name]["added_p99_ms"] = row[name]["p99_ms"] - d["p99_ms"]
                m = row["mitmdump"]["rps"]
                row["phigate_vs_mitmdump_rps"] = row["phigate"]["rps"] / m if m else float("nan")
                pt = row["phigate_passthrough"]["rps"]
                row["passthrough_vs_mitmdump_rps"] = pt / m if m else float("nan")
                print(
                    f"size={size:>8} conns={conns:>2} phigate/mitmdump {row['phigate_vs_mitmdump_rps']:.2f}x "
                    f"(masked)  {row['passthrough_vs_mitmdump_rps']:.2f}x (pass-through, kind: other)",
                    flush=True,
                )
                results.append(row)
        mixed: dict[str, Any] = {}
        if args.mixed_conns and len(sizes) > 1:
            small_url = f"{upstream.url}/bundle?size={min(sizes)}"
            large_url = f"{upstream.url}/bundle?size={max(sizes)}"
            for name, proxy in targets.items():
                if proxy is None:
                    continue
                res = run_mixed(small_url, large_url, proxy, cafile, args.mixed_conns, args.seconds)
                mixed[name] = res
                sm = res["small"]
                print(
                    f"mixed: {name:<9} {min(sizes)} B requests beside {args.mixed_conns} connections of "
                    f"{max(sizes)} B: p50 {sm['p50_ms']:7.2f} ms  p99 {sm['p99_ms']:7.2f} ms  "
                    f"{sm['rps']:6.1f} req/s  (large: {res['large']['rps']:.2f} req/s)",
                    flush=True,
                )
        cur, peak = rss_mb(sidecar.pid)
        _, mitm_peak = rss_mb(mitm.pid)
        summary = {
            "results": results,
            "mixed": mixed,
            "audit_export": {"requests": sink.requests, "bytes": sink.bytes} if sink else None,
            "sidecar_rss_mb": round(cur, 1),
            "sidecar_peak_rss_mb": round(peak, 1),
            "mitmdump_peak_rss_mb": round(mitm_peak, 1),
            "cpu_count": os.cpu_count(),
            "load_avg_at_end": os.getloadavg(),
        }
        print("\n| payload | conns | direct req/s | mitmdump req/s | phigate req/s | phigate/mitmdump | "
              "pass-through req/s | pass-through/mitmdump | "
              "added p50 mitmdump / phigate / pass-through (ms) | "
              "added p99 mitmdump / phigate / pass-through (ms) |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|---|---|")
        for r in results:
            pt = r["phigate_passthrough"]
            print(
                f"| {r['size'] // 1000} kB | {r['conns']} | {r['direct']['rps']:.1f} | "
                f"{r['mitmdump']['rps']:.1f} | "
                f"{r['phigate']['rps']:.1f} | {r['phigate_vs_mitmdump_rps']:.2f} | "
                f"{pt['rps']:.1f} | {r['passthrough_vs_mitmdump_rps']:.2f} | "
                f"{r['mitmdump']['added_p50_ms']:.2f} / {r['phigate']['added_p50_ms']:.2f} / "
                f"{pt['added_p50_ms']:.2f} | "
                f"{r['mitmdump']['added_p99_ms']:.2f} / {r['phigate']['added_p99_ms']:.2f} / "
                f"{pt['added_p99_ms']:.2f} |"
            )
        print(f"\nsidecar RSS {cur:.0f} MB (peak {peak:.0f} MB); mitmdump peak {mitm_peak:.0f} MB")
        if sink is not None:
            print(f"audit spans shipped: {sink.requests} OTLP requests, {sink.bytes / 1e6:.1f} MB")
        if args.json:
            args.json.write_text(json.dumps(summary, indent=2))
        return 0
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
