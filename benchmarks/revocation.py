"""Revocation lag and operator memory with many grants: the real `phigate operator` process vs fakecluster.

    python benchmarks/revocation.py [--grants 1000] [--policies 100] [--namespaces 10] [--expiring 50]

1. fakecluster (tests/support/fakecluster.py) serves the API; `phigate operator --no-webhooks` runs as
   a subprocess against it through a kubeconfig, as a user starts it.
2. Policies and (grants - expiring) long-lived grants are created and must all become Active
   (activation throughput is reported). Grants carry the requester stamp the webhook would add.
3. `--expiring` more grants, each with its own ServiceAccount, legacy token Secret, pod and RoleBinding,
   get spec.expiresAt spread over `--spread` seconds.
4. Lag per grant = last revocation write the SERVER saw (RoleBinding/Secret/Pod DELETE, ServiceAccount
   PATCH; fakecluster's audit log timestamps) - expiresAt. Reports p50/p95/max vs the 1 s target, and
   the operator's RSS (VmRSS/VmHWM from /proc) with everything loaded, vs the 150 MB target.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
FAKECLUSTER = ROOT / "tests" / "support" / "fakecluster.py"
GROUP, VERSION = "phigate.io", "v1alpha1"


def _iso(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


def _policy(name: str) -> dict[str, Any]:
    return {
        "apiVersion": f"{GROUP}/{VERSION}",
        "kind": "PHIPolicy",
        "metadata": {"name": name},
        "spec": {
            "podSelector": {"matchLabels": {"policy": name}},
            "destinations": [{"name": "fhir", "host": "fhir.example.test", "kind": "phi-source"}],
            "grants": {"requireApproval": "Never", "maxDuration": "8h"},
        },
    }


def _grant(name: str, policy: str, sa: str, *, expires_at: str | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "subject": f"{name}@example.org",
        "serviceAccountName": sa,
        "policyRef": {"name": policy},
        "justification": "synthetic benchmark grant",
        "roleRef": {"kind": "Role", "name": "phi-reader"},
    }
    if expires_at:
        spec["expiresAt"] = expires_at
    else:
        spec["duration"] = "4h"
    return {
        "apiVersion": f"{GROUP}/{VERSION}",
        "kind": "AIAccessGrant",
        "metadata": {"name": name, "annotations": {"phigate.io/requested-by": "bench-requester"}},
        "spec": spec,
    }


_ENGINE_ONLY = """
import asyncio, logging, sys, kopf
import kubernetes.config
from phigate_operator import grant_handlers
from phigate_operator.app import configure_settings
from phigate_operator.config import OperatorConfig
logging.basicConfig(level=logging.WARNING)
config = OperatorConfig(serve_webhooks=False, standalone=True, operator_namespace="phigate-system")
registry = kopf.OperatorRegistry()
@kopf.on.login(registry=registry)
def login(**kw):
    return kopf.login_via_client(**kw)
grant_handlers.register(registry, config)
settings = configure_settings(kopf.OperatorSettings(), config)
settings.posting.enabled = False
asyncio.run(kopf.operator(registry=registry, settings=settings, standalone=True, namespaces=sys.argv[1:]))
"""


# `--tracemalloc PATH`: the operator runs under this shim; SIGUSR1 writes its top allocation sites.
_TRACEMALLOC = """
import os, runpy, signal, sys, tracemalloc
tracemalloc.start(int(os.environ.get("PHIGATE_BENCH_TRACEMALLOC_FRAMES", "1")))
def dump(*_):
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    deep = int(os.environ.get("PHIGATE_BENCH_TRACEMALLOC_FRAMES", "1")) > 1
    stats = snap.statistics("traceback" if deep else "lineno")
    with open(os.environ["PHIGATE_BENCH_TRACEMALLOC"], "w") as out:
        out.write(f"traced {sum(s.size for s in stats) / 2**20:.1f} MiB\\n")
        for s in stats[:40]:
            out.write(f"{s.size / 2**20:8.2f} MiB {s.count:8d} {s.traceback}\\n")
            if deep:  # who allocated it: the call chain, innermost last
                out.writelines(f"      {line}\\n" for line in s.traceback.format()[-24:])
signal.signal(signal.SIGUSR1, dump)
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def _rss(pid: int) -> dict[str, float]:
    out = {}
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024.0
    return out


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grants", type=int, default=1000, help="total grants (incl. the expiring ones)")
    ap.add_argument("--policies", type=int, default=100)
    ap.add_argument("--namespaces", type=int, default=10)
    ap.add_argument("--expiring", type=int, default=50, help="grants that expire during the run")
    ap.add_argument("--spread", type=float, default=5.0, help="seconds over which the expiring grants end")
    ap.add_argument("--lead", type=float, default=45.0, help="seconds from creation to the first expiry")
    ap.add_argument("--batch", type=int, default=50, help="long-lived grants created per batch")
    ap.add_argument("--timeout", type=float, default=1200.0)
    ap.add_argument("--out", help="write the JSON result here too")
    ap.add_argument("--engine-only", action="store_true",
                    help="run only the grant handlers (no policy/pod handlers) in the operator process")
    ap.add_argument("--audit-out", metavar="PATH", help="write the API requests seen during the burst here")
    ap.add_argument("--tracemalloc", metavar="PATH",
                    help="tracemalloc the operator: top allocation sites to PATH once all grants are loaded")
    ap.add_argument("--profile", metavar="PATH",
                    help="run the operator under cProfile (all threads on 3.12), stats written to PATH")
    args = ap.parse_args(argv)

    import kubernetes.client
    import kubernetes.client.api.core_v1_api
    import kubernetes.client.api.custom_objects_api
    import kubernetes.client.api.rbac_authorization_v1_api

    tmp = pathlib.Path(tempfile.mkdtemp(prefix="phigate-revocation-bench-"))
    kubeconfig = tmp / "kubeconfig"
    cluster = subprocess.Popen(
        [sys.executable, str(FAKECLUSTER), "serve", "--port", "0", "--crds", str(ROOT / "crds"),
         "--kubeconfig-out", str(kubeconfig), "--namespaces", "phigate-system"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    operator: subprocess.Popen[bytes] | None = None
    try:
        assert cluster.stdout is not None
        url = json.loads(cluster.stdout.readline())["url"]
        api = kubernetes.client.ApiClient(kubernetes.client.Configuration(host=url))
        core, custom = kubernetes.client.CoreV1Api(api), kubernetes.client.CustomObjectsApi(api)
        namespaces = [f"bench-{i}" for i in range(args.namespaces)]

        def audit(since: int = 0) -> list[dict[str, Any]]:
            with urllib.request.urlopen(f"{url}/_fakecluster/audit?since={since}", timeout=30) as resp:
                return json.loads(resp.read())

        for i in range(args.policies):
            ns = namespaces[i % len(namespaces)]
            custom.create_namespaced_custom_object(GROUP, VERSION, ns, "phipolicies", _policy(f"pol-{i}"))

        log = open(tmp / "operator.log", "wb")  # noqa: SIM115 (kept open for the process's life)
        env = dict(os.environ, KUBECONFIG=str(kubeconfig), PHIGATE_OPERATOR_NAMESPACE="phigate-system",
                   OTEL_TRACES_EXPORTER="console")
        if args.engine_only:  # the grant handlers alone (+ login), to separate them from the policy handlers
            cmd = [sys.executable, "-c", _ENGINE_ONLY, *namespaces]
        else:
            cmd = [sys.executable, "-m", "phigate.cli", "operator", "--standalone", "--no-webhooks"]
            for ns in namespaces:
                cmd += ["--namespace", ns]
        if args.profile:  # cProfile -o writes when the operator exits on our SIGTERM
            if cmd[1] == "-c":  # cProfile runs a module or a file, not -c
                (tmp / "engine_only.py").write_text(_ENGINE_ONLY, encoding="utf-8")
                cmd = [cmd[0], str(tmp / "engine_only.py"), *cmd[3:]]
            cmd = [cmd[0], "-m", "cProfile", "-o", str(pathlib.Path(args.profile).resolve()), *cmd[1:]]
        if args.tracemalloc and not args.engine_only:
            env["PHIGATE_BENCH_TRACEMALLOC"] = str(pathlib.Path(args.tracemalloc).resolve())
            cmd = [cmd[0], "-c", _TRACEMALLOC, "phigate.cli", *cmd[3:]]  # cmd[1:3] == ["-m", "phigate.cli"]
        t_start = time.time()
        operator = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log)

        long_lived = args.grants - args.expiring

        def phases() -> dict[str, int]:
            counts: dict[str, int] = {}
            for ns in namespaces:
                for g in custom.list_namespaced_custom_object(GROUP, VERSION, ns, "aiaccessgrants")["items"]:
                    phase = (g.get("status") or {}).get("phase") or "none"
                    counts[phase] = counts.get(phase, 0) + 1
            return counts

        # In batches, as grants arrive in practice (a burst of 1,000 creations is an emulator stress test).
        deadline = time.time() + args.timeout
        t0 = time.time()
        for start in range(0, long_lived, args.batch):
            for i in range(start, min(long_lived, start + args.batch)):
                ns = namespaces[i % len(namespaces)]
                policy = f"pol-{namespaces.index(ns)}"  # pol-j lives in namespace j (policies >= namespaces)
                custom.create_namespaced_custom_object(GROUP, VERSION, ns, "aiaccessgrants",
                                                       _grant(f"long-{i}", policy, f"bulk-agent-{i % 20}"))
            while phases().get("Active", 0) < min(long_lived, start + args.batch):
                if operator.poll() is not None or time.time() > deadline:
                    raise SystemExit(f"not all grants became Active: {phases()} (see {tmp / 'operator.log'})")
                time.sleep(0.5)
            print(f"{min(long_lived, start + args.batch)} grants Active after {time.time() - t0:.1f}s, "
                  f"operator RSS {_rss(operator.pid).get('VmRSS', 0):.0f} MB", file=sys.stderr, flush=True)
        activation_s = time.time() - t0

        # The expiring grants: own SA, legacy token Secret, pod each; absolute expiresAt.
        for i in range(args.expiring):
            ns = namespaces[i % len(namespaces)]
            sa = f"exp-agent-{i}"
            core.create_namespaced_service_account(ns, {"metadata": {"name": sa}})
            core.create_namespaced_secret(ns, {"metadata": {"name": f"{sa}-token", "annotations": {
                "kubernetes.io/service-account.name": sa}}, "type": "kubernetes.io/service-account-token"})
            core.create_namespaced_pod(ns, {"metadata": {"name": f"{sa}-pod"}, "spec": {
                "serviceAccountName": sa, "containers": [{"name": "agent", "image": "agent:1"}]}})
        first_expiry = datetime.now(UTC) + timedelta(seconds=args.lead)
        expiring: dict[str, tuple[str, datetime]] = {}
        for i in range(args.expiring):
            ns = namespaces[i % len(namespaces)]
            sa = f"exp-agent-{i}"
            at = first_expiry + timedelta(seconds=args.spread * i / max(1, args.expiring - 1))
            at = at.replace(microsecond=at.microsecond // 1000 * 1000)
            policy = f"pol-{namespaces.index(ns)}"
            custom.create_namespaced_custom_object(GROUP, VERSION, ns, "aiaccessgrants",
                                                   _grant(f"exp-{i}", policy, sa, expires_at=_iso(at)))
            expiring[f"exp-{i}"] = (ns, at)
        if datetime.now(UTC) > first_expiry:
            raise SystemExit("creating the expiring grants took longer than --lead: raise it")
        since = len(audit())

        def still_pending() -> set[str]:
            """One LIST per namespace, not a GET per grant: the poller must not load the API server it
            measures (50 GETs every 0.2 s kept fakecluster busy during the burst)."""
            out = set()
            for ns in sorted({ns for ns, _ in expiring.values()}):
                for g in custom.list_namespaced_custom_object(GROUP, VERSION, ns, "aiaccessgrants")["items"]:
                    name = g["metadata"]["name"]
                    if name in expiring and not any(
                        c["type"] == "AccessRemoved" and c["status"] == "True"
                        for c in (g.get("status") or {}).get("conditions") or []
                    ):
                        out.add(name)
            return out

        rss_loaded = _rss(operator.pid)
        if args.tracemalloc:
            os.kill(operator.pid, signal.SIGUSR1)
        time.sleep(max(0.0, (first_expiry - datetime.now(UTC)).total_seconds() + args.spread))
        pending = set(expiring)
        while pending:
            if operator.poll() is not None or time.time() > deadline:
                raise SystemExit(f"{len(pending)} grants not revoked in time (see {tmp / 'operator.log'})")
            pending = still_pending()
            if pending:
                time.sleep(1.0)
        rss_after = _rss(operator.pid)

        log_entries = audit(since)
        if args.audit_out:
            pathlib.Path(args.audit_out).write_text(json.dumps(
                {"expiring": {n: [ns, at.timestamp()] for n, (ns, at) in expiring.items()},
                 "requests": [{k: e.get(k) for k in ("t", "t_end", "method", "path", "user_agent", "status")}
                              for e in log_entries]}), encoding="utf-8")
        lags, firsts = [], []
        for name, (ns, at) in expiring.items():
            idx = name.split("-")[1]
            targets = {f"rolebindings/phigate-grant-{name}", f"secrets/exp-agent-{idx}-token",
                       f"serviceaccounts/exp-agent-{idx}", f"pods/exp-agent-{idx}-pod"}
            writes = [e for e in log_entries if e["method"] in ("DELETE", "PATCH") and e["namespace"] == ns
                      and any(e["path"].split("?")[0].endswith(t) for t in targets)]
            done = {t for t in targets if any(e["path"].split("?")[0].endswith(t) for e in writes)}
            if done != targets:
                raise SystemExit(f"{name}: missing revocation writes for {sorted(targets - done)}")
            lags.append(max(e["t_end"] for e in writes) - at.timestamp())
            firsts.append(min(e["t"] for e in writes) - at.timestamp())
        load = os.getloadavg()
        result = {
            "operator": "grant handlers only" if args.engine_only else "phigate operator (all handlers)",
            "grants": args.grants, "policies": args.policies, "namespaces": args.namespaces,
            "expiring": args.expiring, "spread_s": args.spread,
            "activation_s_for_long_lived": round(activation_s, 2),
            "activations_per_s": round(long_lived / activation_s, 1),
            "operator_start_to_all_active_s": round(time.time() - t_start, 2),
            "lag_last_write_ms": {"p50": round(statistics.median(lags) * 1000, 1),
                                  "p95": round(_pct(lags, 0.95) * 1000, 1), "max": round(max(lags) * 1000, 1),
                                  "min": round(min(lags) * 1000, 1)},
            "lag_first_write_ms": {"p50": round(statistics.median(firsts) * 1000, 1),
                                   "max": round(max(firsts) * 1000, 1)},
            "operator_rss_mb": {"loaded": round(rss_loaded.get("VmRSS", 0), 1),
                                "after_revocations": round(rss_after.get("VmRSS", 0), 1),
                                "peak": round(rss_after.get("VmHWM", 0), 1)},
            "targets": {"lag_max_s": 1.0, "rss_mb": 150},
            "target_met": {"lag": max(lags) <= 1.0, "rss": rss_after.get("VmHWM", 0) <= 150},
            "machine_loadavg_1m": round(load[0], 2),
            "cpus": os.cpu_count(),
        }
        text = json.dumps(result, indent=2)
        print(text)
        if args.out:
            pathlib.Path(args.out).write_text(text + "\n", encoding="utf-8")
        return 0
    finally:
        if operator is not None:
            operator.terminate()
            try:
                operator.wait(timeout=20)
            except subprocess.TimeoutExpired:
                operator.kill()
        cluster.terminate()
        try:
            cluster.wait(timeout=10)
        except subprocess.TimeoutExpired:
            cluster.kill()


if __name__ == "__main__":
    sys.exit(main())
