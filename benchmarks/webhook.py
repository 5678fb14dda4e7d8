"""Injection webhook latency and throughput vs an empty kopf handler measured in the same run.

Both webhooks run in a real kopf operator (own thread and loop) against kmock's emulator, served over
HTTPS by kopf's WebhookServer; AdmissionReviews come from benchmarks/webhook_loadgen.py in a separate
process (like an API server). Measured: sequential p50/p99 (concurrency 1) and 50 concurrent
requests; the figure of merit is phigate's throughput as a ratio to the reference (target >= 0.8x).
On 2 cores, p99 under a 50-burst is queueing (p50 ~ 50 / throughput), not handler cost (BRIEF §6).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NS = "ns1"  # the namespace webhook_loadgen.py puts its pods in


def _reference_registry(api_url: str):  # type: ignore[no-untyped-def]
    import kopf

    registry = kopf.OperatorRegistry()

    @kopf.on.login(registry=registry, id="login")
    def login(**_: Any) -> kopf.ConnectionInfo:
        return kopf.ConnectionInfo(server=api_url, scheme="Bearer", token="unused")

    @kopf.on.mutate("v1", "pods", registry=registry, id="empty", operations=["CREATE"])
    async def empty(patch: kopf.Patch, **_: Any) -> None:
        patch.metadata.setdefault("annotations", {})["bench"] = "1"  # the least work that yields a patch

    return registry


async def _loadgen(url: str, cafile: Path, total: int, concurrency: int) -> dict[str, Any]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "benchmarks" / "webhook_loadgen.py"),
        url,
        str(cafile),
        str(total),
        str(concurrency),
        "keepalive",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"loadgen failed: {(out + err).decode()[-2000:]}")
    return json.loads(out)


async def _measure(
    name: str,
    registry: Any,
    settings: Any,
    memo: Any,
    url: str,
    cafile: Path,
    args: argparse.Namespace,
    emulator: Any,
) -> dict[str, Any]:
    from tests.support.kmock_cluster import PODS, operator_in_thread, wait_for_watch

    async with operator_in_thread(registry=registry, settings=settings, namespaces=[NS], memo=memo):
        if name == "phigate":
            await wait_for_watch(emulator, PODS)
        await _loadgen(url, cafile, 50, 10)  # warm-up: TLS, imports, caches
        seq = await _cpu_timed(_loadgen(url, cafile, args.sequential, 1), args.sequential)
        burst = await _cpu_timed(_loadgen(url, cafile, args.burst, 50), args.burst)
    return {"sequential": seq, "concurrent50": burst}


async def _cpu_timed(run: Any, requests: int) -> dict[str, Any]:
    """The loadgen's result plus this process's CPU per request while it ran (every thread: the
    operator's loop, its audit deliverer, the emulator). Unlike rps, CPU time is not stretched by
    other processes competing for the two cores, so its ratio holds steady on a busy machine."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    result = await run
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {**result, "cpu_ms_per_request": round(cpu * 1000 / requests, 3)}


def _micro(n: int = 2000) -> dict[str, float]:
    """Cost of the pure planner alone (no HTTP, no kopf)."""
    from phigate_operator.config import OperatorConfig
    from phigate_operator.injection import plan_injection
    from phigate_operator.policy_cache import PolicyView

    view = PolicyView.from_body({"metadata": {"name": "bench", "namespace": NS}, "spec": {"podSelector": {}}})
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "p", "namespace": NS},
        "spec": {"containers": [{"name": "app", "image": "nginx:1.27"}]},
    }
    cfg = OperatorConfig()
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        plan_injection(pod, namespace=NS, policies=[view], config=cfg)
        times.append(time.perf_counter() - t0)
    return {
        "plan_injection_p50_ms": round(statistics.median(times) * 1000, 3),
        "plan_injection_p99_ms": round(sorted(times)[int(n * 0.99)] * 1000, 3),
    }


async def _run(args: argparse.Namespace) -> dict[str, Any]:
    import kmock
    import kopf
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from phigate_operator.app import build_registry, configure_settings, make_memo
    from phigate_operator.config import OperatorConfig
    from phigate_operator.kube import Kube

    from phigate.audit.emitter import AuditEmitter
    from tests.operator.op_support import free_port, write_webhook_certs
    from tests.support.kmock_cluster import make_emulator, make_settings

    tmp = Path(tempfile.mkdtemp(prefix="phigate-bench-"))
    certs = write_webhook_certs(tmp / "certs")
    emulator = make_emulator()
    results: dict[str, Any] = {"micro": _micro(), "loadavg_at_start": list(os.getloadavg())}
    async with emulator, kmock.Server(emulator):
        api_url = str(emulator.url).rstrip("/")
        resp = await emulator.post(
            f"/apis/phigate.io/v1alpha1/namespaces/{NS}/phipolicies",
            json={
                "apiVersion": "phigate.io/v1alpha1",
                "kind": "PHIPolicy",
                "metadata": {"name": "bench"},
                "spec": {"podSelector": {}, "destinations": [{"name": "fhir", "host": "fhir.example.org"}]},
            },
        )
        assert resp.status in (200, 201), await resp.text()
        for round_ in range(args.rounds):
            # reference: an empty kopf mutating handler, same server class, same TLS, same loadgen
            port = free_port()
            settings = make_settings()
            settings.admission.server = kopf.WebhookServer(
                addr="127.0.0.1", port=port, certfile=str(certs / "tls.crt"), pkeyfile=str(certs / "tls.key")
            )
            ref = await _measure(
                "reference",
                _reference_registry(api_url),
                settings,
                kopf.Memo(),
                f"https://127.0.0.1:{port}/empty",
                certs / "ca.crt",
                args,
                emulator,
            )
            # phigate: the real registry (every handler), production settings, spans on
            port = free_port()
            config = OperatorConfig(
                api_url=api_url,
                webhook_host="127.0.0.1",
                webhook_port=port,
                webhook_cert_dir=certs,
                sweep_interval_s=3600,
                sweep_initial_delay_s=3600,
            )
            settings = configure_settings(make_settings(), config)
            kube = Kube.connect(api_url)
            emitter = AuditEmitter(service_name="phigate-bench", exporter=InMemorySpanExporter())
            memo = make_memo(config, kube=kube, emitter=emitter)
            ours = await _measure(
                "phigate",
                build_registry(config),
                settings,
                memo,
                f"https://127.0.0.1:{port}/phigate-inject",
                certs / "ca.crt",
                args,
                emulator,
            )
            emitter.shutdown()
            kube.close()
            results.setdefault("rounds", []).append({"reference": ref, "phigate": ours})
            print(
                f"round {round_ + 1}: reference {ref['concurrent50']['throughput_rps']} rps, "
                f"phigate {ours['concurrent50']['throughput_rps']} rps",
                file=sys.stderr,
            )
    # the round with the median ratio (not the best): this machine's load swings between rounds
    ranked = sorted(
        results["rounds"],
        key=lambda r: (
            r["phigate"]["concurrent50"]["throughput_rps"] / r["reference"]["concurrent50"]["throughput_rps"]
        ),
    )
    best = ranked[(len(ranked) - 1) // 2]
    results["summary"] = {
        "phigate_seq_p50_ms": best["phigate"]["sequential"]["p50_ms"],
        "phigate_seq_p99_ms": best["phigate"]["sequential"]["p99_ms"],
        "reference_seq_p50_ms": best["reference"]["sequential"]["p50_ms"],
        "reference_seq_p99_ms": best["reference"]["sequential"]["p99_ms"],
        "phigate_c50_p50_ms": best["phigate"]["concurrent50"]["p50_ms"],
        "phigate_c50_p99_ms": best["phigate"]["concurrent50"]["p99_ms"],
        "phigate_c50_rps": best["phigate"]["concurrent50"]["throughput_rps"],
        "reference_c50_rps": best["reference"]["concurrent50"]["throughput_rps"],
        "throughput_ratio": round(
            best["phigate"]["concurrent50"]["throughput_rps"]
            / best["reference"]["concurrent50"]["throughput_rps"],
            2,
        ),
        "phigate_cpu_ms_per_request": best["phigate"]["concurrent50"]["cpu_ms_per_request"],
        "reference_cpu_ms_per_request": best["reference"]["concurrent50"]["cpu_ms_per_request"],
        "cpu_ratio": round(
            best["reference"]["concurrent50"]["cpu_ms_per_request"]
            / best["phigate"]["concurrent50"]["cpu_ms_per_request"],
            2,
        ),
        "all_cpu_ratios": [
            round(
                r["reference"]["concurrent50"]["cpu_ms_per_request"]
                / r["phigate"]["concurrent50"]["cpu_ms_per_request"],
                2,
            )
            for r in results["rounds"]
        ],
        "all_ratios": [
            round(
                r["phigate"]["concurrent50"]["throughput_rps"]
                / r["reference"]["concurrent50"]["throughput_rps"],
                2,
            )
            for r in results["rounds"]
        ],
    }
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks webhook", description=__doc__.splitlines()[0])
    parser.add_argument("--sequential", type=int, default=300, help="requests at concurrency 1 (300)")
    parser.add_argument("--burst", type=int, default=1000, help="requests at concurrency 50 (1000)")
    parser.add_argument("--rounds", type=int, default=2, help="reference/phigate alternations (2)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "webhook.json")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import logging

    logging.getLogger("kopf").setLevel(logging.WARNING)
    results = asyncio.run(_run(args))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results["summary"], indent=2))
    ratio = results["summary"]["throughput_ratio"]
    print(f"throughput ratio phigate / empty kopf handler: {ratio}x (target >= 0.8x)")
    cpu = results["summary"]["cpu_ratio"]
    print(f"CPU-time ratio (empty handler's CPU per review / phigate's): {cpu}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
