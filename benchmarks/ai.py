"""AI traffic: added time to first token through the sidecar, and prompt scanning throughput.

Time to first token (TTFT): an OpenAI-style streamed answer from a local HTTPS vendor, read by a
keep-alive httpx client (1) directly, (2) through bare `mitmdump` (no addon, same CA: the cost of the
proxy hop itself), (3) through the sidecar as a kind `other` destination (our hooks, no AI handling),
(4) through the sidecar as a kind `llm` destination with prompt masking and incremental
re-identification. Requests alternate between the paths (order rotated) so load noise hits all
alike. The figure of merit is (4) - (1) at p95 (target <= 10 ms); (4) - (2) is what phigate adds over
mitmproxy, (4) - (3) the cost of the AI handling.

Resent conversations: a chat session of N turns, each request carrying the whole conversation so far,
through the prompt path with the session's part cache and without it, in the same run (CPU time).

Prompt scanning: ~100 kB OpenAI chat bodies built from synthetic code-and-PHI prompts, taken from
bytes to masked bytes exactly as the sidecar does (parse, find text, mask with a tokenizing vault,
serialise), against the engine's bare `mask_text` over the same text in the same run (target
>= 10 MB/s).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def _summary(ms: list[float]) -> dict[str, float]:
    return {
        "n": len(ms),
        "p50_ms": round(_pct(ms, 0.5), 3),
        "p95_ms": round(_pct(ms, 0.95), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


def _prompt_body(rng: random.Random, target_bytes: int) -> dict[str, Any]:
    from phigate.synthetic import make_note, make_prompt

    messages: list[dict[str, Any]] = [
        {"role": "system", "content": "You are a careful clinical coding assistant."}
    ]
    size = 0
    turn = 0
    while size < target_bytes:
        text = make_prompt(rng, "dev").text if turn % 2 == 0 else make_note(rng, "dev").text
        role = ("user", "assistant", "tool")[turn % 3]
        msg: dict[str, Any] = {"role": role, "content": text}
        if role == "tool":
            msg["tool_call_id"] = f"call_{turn}"
        messages.append(msg)
        size += len(text.encode())
        turn += 1
    return {"model": "gpt-4o-mini", "messages": messages, "stream": True}


def bench_scan(count: int, size: int, seed: int) -> dict[str, Any]:
    from phigate_sidecar.ai.llm_formats import parse_request
    from phigate_sidecar.ai.prompt import scan_prompt, tokenizing

    from phigate.api.policy import Masking
    from phigate.engine import Masker, TokenVault, compile_plan

    rng = random.Random(seed)
    bodies = [json.dumps(_prompt_body(rng, size)).encode() for _ in range(count)]
    plan = compile_plan(tokenizing(Masking()))
    masker = Masker(plan, vault=TokenVault())
    masker.mask_text("warm up the engine with Jane Doe 555-0100")  # lazy tables load outside the clock
    ours: list[float] = []
    ref: list[float] = []
    findings = 0
    for body in bodies:
        t0 = time.perf_counter()
        doc = json.loads(body)
        req = parse_request("/v1/chat/completions", {}, doc)
        scan = scan_prompt(doc, req, masker.mask_text)
        out = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
        ours.append(time.perf_counter() - t0)
        findings += len(scan.findings)
        assert out != body
        text = "\n".join(m["content"] for m in json.loads(body)["messages"])
        t0 = time.perf_counter()
        masker.mask_text(text)
        ref.append(time.perf_counter() - t0)
    mb = [len(b) / 1e6 for b in bodies]
    ours_mbps = [m / t for m, t in zip(mb, ours, strict=True)]
    ref_mbps = [m / t for m, t in zip(mb, ref, strict=True)]
    return {
        "prompts": count,
        "prompt_bytes_mean": int(statistics.fmean(len(b) for b in bodies)),
        "findings_per_prompt": round(findings / count, 1),
        "sidecar_prompt_path_MBps_median": round(statistics.median(ours_mbps), 2),
        "engine_mask_text_MBps_median": round(statistics.median(ref_mbps), 2),
        "ratio": round(statistics.median(ours_mbps) / statistics.median(ref_mbps), 3),
        "target_MBps": 10,
    }


def bench_turns(turns: int, seed: int) -> dict[str, Any]:
    """A chat session as agents send it: each turn resends the whole conversation plus one new user message
    and one new assistant answer. The sidecar's prompt path with the session's part cache against the same
    path masking every part again, turn by turn in the same run (alternating which goes first)."""
    from phigate_sidecar.ai.llm_formats import parse_request
    from phigate_sidecar.ai.part_cache import PartCache
    from phigate_sidecar.ai.prompt import scan_prompt, tokenizing

    from phigate.api.policy import Masking
    from phigate.engine import Masker, TokenVault, compile_plan
    from phigate.synthetic import make_note, make_prompt

    rng = random.Random(seed)
    plan = compile_plan(tokenizing(Masking()))
    cached_masker, plain_masker = Masker(plan, vault=TokenVault()), Masker(plan, vault=TokenVault())
    cached_masker.mask_text("warm up the engine with Jane Doe 555-0100")
    plain_masker.mask_text("warm up the engine with Jane Doe 555-0100")
    cache = PartCache()
    system = "You are a careful clinical coding assistant."
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}]
    with_cache: list[float] = []
    without: list[float] = []
    sent = 0
    same = True
    for turn in range(turns):
        messages.append({"role": "user", "content": make_prompt(rng, "dev").text})
        body = json.dumps({"model": "gpt-4o-mini", "messages": messages}).encode()
        sent += len(body)
        outs: dict[str, bytes] = {}
        for which in (("cached", "plain") if turn % 2 == 0 else ("plain", "cached")):
            t0 = time.process_time()
            doc = json.loads(body)
            req = parse_request("/v1/chat/completions", {}, doc)
            if which == "cached":
                mask, _ = cache.masking("bench", cached_masker.mask_text)
            else:
                mask = plain_masker.mask_text
            scan_prompt(doc, req, mask)
            outs[which] = json.dumps(doc, separators=(",", ":")).encode()
            (with_cache if which == "cached" else without).append(time.process_time() - t0)
        # two vaults that saw the values in the same order: the same placeholders, so the same bytes
        same = same and outs["cached"] == outs["plain"]
        messages.append({"role": "assistant", "content": make_note(rng, "dev").text[:600]})
    return {
        "turns": turns,
        "last_request_bytes": len(body),
        "prompt_bytes_sent_total": sent,
        "masked_output_identical": same,
        "cpu_s_with_part_cache": round(sum(with_cache), 3),
        "cpu_s_masking_every_part": round(sum(without), 3),
        "speedup": round(sum(without) / sum(with_cache), 2),
        "effective_MBps_with_part_cache": round(sent / 1e6 / sum(with_cache), 2),
        "effective_MBps_masking_every_part": round(sent / 1e6 / sum(without), 2),
        "last_turn_ms_with_part_cache": round(with_cache[-1] * 1000, 1),
        "last_turn_ms_masking_every_part": round(without[-1] * 1000, 1),
        "cache_hits": cache.hits,
        "cache_misses": cache.misses,
    }


def _ttft(client: Any, url: str, body: dict[str, Any]) -> tuple[float, float]:
    """(time to response headers, time to the first content event) in ms."""
    t0 = time.perf_counter()
    first = None
    with client.stream("POST", url, json=body) as r:
        headers = time.perf_counter() - t0
        if r.status_code != 200:
            raise RuntimeError(f"{url}: HTTP {r.status_code}: {r.read()[:300]!r}")
        for chunk in r.iter_raw():
            if first is None and b'"content"' in chunk:
                first = time.perf_counter() - t0
        if first is None:
            raise RuntimeError(f"{url}: no content event in the stream")
    return headers * 1000, first * 1000


_VENDOR_CODE = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from tests.sidecar.ai.certs import ServerCert
from tests.sidecar.ai.mock_vendor import MockVendor
d = Path({tls!r})
deltas = ["Sure", " -", " the", " patient", " <NAME_1>", " is", " fine", "."] * 4
v = MockVendor(ServerCert(d / "vendor-ca.pem", d / "vendor.pem", d / "vendor.key"), script=lambda t: deltas)
v.split_events = False
v.start()
print(v.port, flush=True)
sys.stdin.read()
"""


def _wait_port(port: int, proc: Any, timeout: float = 60.0) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"mitmdump exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"port {port} not listening after {timeout}s")


def _wait_ready(url: str, proc: Any, timeout: float = 60.0) -> None:
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
    raise RuntimeError("sidecar did not become ready")


def bench_ttft(rounds: int, per_round: int, seed: int) -> dict[str, Any]:
    """Vendor, sidecar and client in three processes, as in a pod (no shared GIL)."""
    import ssl
    import subprocess

    import httpx
    import yaml

    sys.path.insert(0, str(ROOT))
    from phigate.synthetic import make_prompt
    from tests.sidecar.ai.certs import make_server_cert
    from tests.sidecar.ai.harness import SERVICE_ACCOUNT, free_port, policy_docs
    from tests.support.otlp_receiver import OTLPReceiver

    prompt = make_prompt(random.Random(seed), "dev").text
    body = {"model": "gpt-4o-mini", "stream": True, "messages": [{"role": "user", "content": prompt}]}
    tmp = Path(tempfile.mkdtemp(prefix="phigate-bench-ai-"))
    cert = make_server_cert(tmp / "vendor-tls")
    procs: list[Any] = []
    receiver = OTLPReceiver().start()
    try:
        vendor = subprocess.Popen(
            [sys.executable, "-c", _VENDOR_CODE.format(root=str(ROOT), tls=str(tmp / "vendor-tls"))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(vendor)
        assert vendor.stdout is not None
        vendor_port = int(vendor.stdout.readline())
        (tmp / "policy.yaml").write_text(yaml.safe_dump_all(policy_docs(vendor_port, None)))
        proxy_port, health_port = free_port(), free_port()
        env = os.environ | {
            "PHIGATE_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
            "PHIGATE_POD_NAME": "bench-agent",
            "PHIGATE_POD_NAMESPACE": "team-a",
            "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": receiver.traces_url,
        }
        sidecar = subprocess.Popen(
            [
                sys.executable, "-m", "phigate.cli", "sidecar",
                "--policy", str(tmp / "policy.yaml"),
                "--port", str(proxy_port),
                "--health-port", str(health_port), "--health-host", "127.0.0.1",
                "--ca-dir", str(tmp / "sidecar-ca"), "--generate-ca",
                "--upstream-ca", str(cert.ca_pem),
                "--log-level", "WARNING",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        procs.append(sidecar)
        _wait_ready(f"http://127.0.0.1:{health_port}/readyz", sidecar)
        # bare mitmproxy, same CA and upstream trust: the proxy hop without any addon
        confdir = tmp / "mitm"
        confdir.mkdir()
        ca_dir = tmp / "sidecar-ca"
        (confdir / "mitmproxy-ca.pem").write_bytes(
            (ca_dir / "ca.key").read_bytes() + (ca_dir / "ca.crt").read_bytes()
        )
        mitm_port = free_port()
        mitmdump = shutil.which("mitmdump", path=str(Path(sys.executable).parent)) or "mitmdump"
        mitm = subprocess.Popen(
            [mitmdump, "-q", "--mode", f"regular@{mitm_port}", "--listen-host", "127.0.0.1",
             "--set", f"confdir={confdir}", "--set", f"ssl_verify_upstream_trusted_ca={cert.ca_pem}",
             "--set", "connection_strategy=lazy", "--set", "upstream_cert=false"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        procs.append(mitm)
        _wait_port(mitm_port, mitm)
        vendor_url = f"https://127.0.0.1:{vendor_port}"
        direct = httpx.Client(verify=ssl.create_default_context(cafile=str(cert.ca_pem)), timeout=20)
        proxied = httpx.Client(
            proxy=f"http://127.0.0.1:{proxy_port}",
            verify=ssl.create_default_context(cafile=str(tmp / "sidecar-ca" / "ca.crt")),
            timeout=20,
        )
        bare = httpx.Client(
            proxy=f"http://127.0.0.1:{mitm_port}",
            verify=ssl.create_default_context(cafile=str(tmp / "sidecar-ca" / "ca.crt")),
            timeout=20,
        )
        paths = {
            "direct": (direct, f"{vendor_url}/openai"),
            "mitmdump": (bare, f"{vendor_url}/openai"),
            "sidecar_other": (proxied, f"{vendor_url}/other"),
            "sidecar_llm": (proxied, f"{vendor_url}/openai"),
        }
        samples: dict[str, list[float]] = {k: [] for k in paths}
        head_samples: dict[str, list[float]] = {k: [] for k in paths}
        for client, base in paths.values():  # warm connections, TLS sessions, caches
            for _ in range(5):
                _ttft(client, base + "/v1/chat/completions", body)
        for r in range(rounds * per_round):  # one request per path in turn, order rotated
            names = list(paths)
            names = names[r % len(names) :] + names[: r % len(names)]
            for name in names:
                client, base = paths[name]
                head, first = _ttft(client, base + "/v1/chat/completions", body)
                samples[name].append(first)
                head_samples[name].append(head)
        for c in (direct, bare, proxied):
            c.close()
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        receiver.stop()
    out: dict[str, Any] = {k: _summary(v) for k, v in samples.items()}
    out["time_to_headers"] = {k: _summary(v) for k, v in head_samples.items()}
    out["prompt_bytes"] = len(prompt.encode())
    out["mitmdump_added_p50_ms_vs_direct"] = round(out["mitmdump"]["p50_ms"] - out["direct"]["p50_ms"], 3)
    out["mitmdump_added_p95_ms_vs_direct"] = round(out["mitmdump"]["p95_ms"] - out["direct"]["p95_ms"], 3)
    out["phigate_added_p50_ms_vs_mitmdump"] = round(
        out["sidecar_llm"]["p50_ms"] - out["mitmdump"]["p50_ms"], 3
    )
    out["phigate_added_p95_ms_vs_mitmdump"] = round(
        out["sidecar_llm"]["p95_ms"] - out["mitmdump"]["p95_ms"], 3
    )
    out["added_p50_ms_vs_direct"] = round(out["sidecar_llm"]["p50_ms"] - out["direct"]["p50_ms"], 3)
    out["added_p95_ms_vs_direct"] = round(out["sidecar_llm"]["p95_ms"] - out["direct"]["p95_ms"], 3)
    out["ai_handling_p50_ms_vs_bare_proxy"] = round(
        out["sidecar_llm"]["p50_ms"] - out["sidecar_other"]["p50_ms"], 3
    )
    out["ai_handling_p95_ms_vs_bare_proxy"] = round(
        out["sidecar_llm"]["p95_ms"] - out["sidecar_other"]["p95_ms"], 3
    )
    out["target_added_p95_ms"] = 10
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks ai", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4, help="TTFT rounds, each path per round (4)")
    parser.add_argument("--per-round", type=int, default=25, help="TTFT requests per path per round (25)")
    parser.add_argument("--prompts", type=int, default=20, help="100 kB prompts to scan (20)")
    parser.add_argument("--prompt-bytes", type=int, default=100_000, help="prompt size (100000)")
    parser.add_argument("--turns", type=int, default=40, help="turns of a resent chat session (40)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "ai.json")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"loadavg_at_start": list(os.getloadavg())}
    results["scan"] = bench_scan(args.prompts, args.prompt_bytes, args.seed)
    print(json.dumps({"scan": results["scan"]}, indent=2), flush=True)
    results["turns"] = bench_turns(args.turns, args.seed)
    print(json.dumps({"turns": results["turns"]}, indent=2), flush=True)
    results["ttft"] = bench_ttft(args.rounds, args.per_round, args.seed)
    print(json.dumps({"ttft": results["ttft"]}, indent=2), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    ok = (
        results["scan"]["sidecar_prompt_path_MBps_median"] >= 10
        and results["ttft"]["added_p95_ms_vs_direct"] <= 10
    )
    print(f"targets {'met' if ok else 'NOT met'}; results in {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
