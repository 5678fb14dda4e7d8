"""`phigate demo`: a synthetic HTTPS FHIR API, the sidecar with examples/demo/policy.yaml, a scripted
agent, and the audit spans, all on loopback, in ~10-20 s. Exit 0 only when every step behaved.

Synthetic data only (Faker with a fixed seed). Nothing leaves the machine: the "denied destination"
step is refused by the sidecar before any connection is attempted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import ssl
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEMO_SA = "demo-agent"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--examples", type=Path, help="directory with policy.yaml and grant.yaml (examples/demo)"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary directory (CA, rendered policy)"
    )
    parser.add_argument("--no-color", action="store_true", help="plain output")


def find_examples(explicit: Path | None) -> Path:
    if explicit is not None:
        candidates = [explicit]  # asked for this one: no silent fallback
    else:
        candidates = [
            Path.cwd() / "examples" / "demo",
            Path(__file__).resolve().parents[2] / "examples" / "demo",
        ]
    for c in candidates:
        if c is not None and (c / "policy.yaml").is_file() and (c / "grant.yaml").is_file():
            return c
    raise FileNotFoundError(
        "examples/demo/policy.yaml and grant.yaml not found: "
        "run from the phigate checkout or pass --examples DIR"
    )


class Out:
    def __init__(self, color: bool) -> None:
        self.color = color

    def _c(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def title(self, text: str) -> None:
        print("\n" + self._c("1", text))

    def ok(self, text: str) -> None:
        print("  " + self._c("32", "✔ ") + text)

    def bad(self, text: str) -> None:
        print("  " + self._c("31", "✘ ") + text)

    def info(self, text: str) -> None:
        print("    " + self._c("2", text))


class MemoryExporter:
    """Collects finished spans for the console summary (a SpanExporter without the OTLP hop)."""

    def __init__(self) -> None:
        self.spans: list[Any] = []

    def export(self, spans: Sequence[Any]) -> Any:
        from opentelemetry.sdk.trace.export import SpanExportResult

        self.spans.extend(spans)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        pass

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


@dataclass
class Step:
    title: str
    explain: str
    run: Callable[[], tuple[bool, list[str]]]


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    out = Out(color=sys.stdout.isatty() and not args.no_color)
    try:
        examples = find_examples(args.examples)
    except FileNotFoundError as exc:
        print(f"phigate demo: {exc}", file=sys.stderr)
        return 2
    import logging

    logging.basicConfig(level=logging.ERROR, format="    [%(name)s] %(message)s")
    import httpx
    import yaml

    from phigate.audit import AuditEmitter
    from phigate_sidecar.fhir_mock import FhirMock, TestPKI
    from phigate_sidecar.server import Sidecar, SidecarSettings

    tmp = Path(tempfile.mkdtemp(prefix="phigate-demo-"))
    failures: list[str] = []
    sidecar: Sidecar | None = None
    thread = None
    upstream: FhirMock | None = None
    try:
        out.title("phigate demo: an AI agent reads a synthetic EHR through the phigate sidecar")
        upstream = FhirMock(TestPKI(tmp / "ehr-pki", name="demo EHR CA")).start()
        out.info(f"synthetic FHIR API (Faker data, never real PHI) on {upstream.url}")
        policy = yaml.safe_load((examples / "policy.yaml").read_text())
        for d in policy["spec"]["destinations"]:
            if d["name"] == "ehr":
                d["port"] = upstream.port
        (tmp / "policy.yaml").write_text(yaml.safe_dump(policy, sort_keys=False))
        shutil.copy(examples / "grant.yaml", tmp / "grant.yaml")
        (tmp / "creds" / "ehr-token").mkdir(parents=True)
        (tmp / "creds" / "ehr-token" / "token").write_text("demo-ehr-token-not-for-the-agent")
        exporter = MemoryExporter()
        emitter = AuditEmitter(service_name="phigate-sidecar", emitter_id="sidecar/demo", exporter=exporter)  # type: ignore[arg-type]
        os.environ.update({"PHIGATE_SERVICE_ACCOUNT": DEMO_SA, "PHIGATE_POD_NAME": "demo-agent-0"})
        os.environ.setdefault("PHIGATE_POD_NAMESPACE", "demo")
        settings = SidecarSettings(
            policy=tmp / "policy.yaml",
            grants=tmp / "grant.yaml",
            modes=["regular@0"],
            health_port=0,
            health_host="127.0.0.1",
            ca_dir=tmp / "sidecar-ca",
            generate_ca=True,
            upstream_ca=upstream.pki.ca_cert if upstream.pki else None,
            credentials_dir=tmp / "creds",
        )
        sidecar = Sidecar(settings, emitter=emitter)
        sidecar.prepare()
        thread = sidecar.start_in_thread(timeout=60)
        port = next(iter(sidecar.master.addons.get("proxyserver").servers)).listen_addrs[0][1]
        out.info(
            f"sidecar (mitmproxy + phigate addon) on 127.0.0.1:{port}, policy {examples / 'policy.yaml'}"
        )
        verify = ssl.create_default_context(cafile=str(tmp / "sidecar-ca" / "ca.crt"))
        agent = httpx.Client(
            proxy=f"http://127.0.0.1:{port}",
            verify=verify,
            timeout=30,
            headers={"User-Agent": "demo-agent/1.0"},
        )
        ehr = upstream.url
        truth = upstream.patients["pat-1"]
        phi = upstream.all_phi()

        def masked_read() -> tuple[bool, list[str]]:
            r = agent.get(f"{ehr}/Patient/pat-1", headers={"Authorization": "Bearer agent-guess"})
            leaked = [v for v in phi if v in r.text]
            lines = [f"EHR holds : name={truth['name'][0]['given'][0]} {truth['name'][0]['family']}, "
                     f"birthDate={truth['birthDate']}, phone={truth['telecom'][0]['value']}"]  # fmt: skip
            if r.status_code == 200:
                doc = r.json()
                lines.append(
                    f"agent got : name={doc['name'][0].get('given')} {doc['name'][0].get('family')}, "
                    f"birthDate={doc.get('birthDate')}, phone={doc.get('telecom', [{}])[0].get('value')}"
                )
            seen = upstream.seen[-1].headers.get("authorization", "") if upstream.seen else ""
            lines.append(
                f"EHR saw Authorization: {seen[:12]}... (injected by the sidecar, the agent's was stripped)"
            )
            ok = r.status_code == 200 and not leaked and seen.startswith("Bearer demo-ehr-token")
            return ok, lines + ([f"LEAKED: {leaked}"] if leaked else [])

        def refusal(
            method: str, url: str, status: int, reason: str, **kw: Any
        ) -> Callable[[], tuple[bool, list[str]]]:
            def step() -> tuple[bool, list[str]]:
                r = agent.request(method, url, **kw)
                try:
                    body = r.json()
                except ValueError:
                    return False, [f"HTTP {r.status_code}, not JSON: {r.text[:200]}"]
                lines = [f"HTTP {r.status_code}  reason: {body.get('reason')}", f"error: {body.get('error')}"]
                lines.append(f"how to get access: {body.get('how_to_request_access')}")
                return r.status_code == status and body.get("reason") == reason, lines

            return step

        writes_before = sum(1 for s in upstream.seen if s.method != "GET")
        steps = [
            Step("1. Allowed read: GET /fhir/Patient/pat-1", "phi-source + Active grant -> passes, masked",
                 masked_read),
            Step("2. Denied destination: GET https://paste.example.net/upload",
                 "not in the policy's destinations -> 403, no connection attempted",
                 refusal("GET", "https://paste.example.net/upload?note=patient-summary", 403,
                         "destination-not-allowed")),
            Step("3. Blocked write: POST /fhir/Patient", "block rule no-writes -> 403, never reaches the EHR",
                 refusal("POST", f"{ehr}/Patient", 403, "blocked-by-rule",
                         json={"resourceType": "Patient", "name": [{"family": "Synthetic"}]})),
            Step("4. Bulk read: GET /fhir/Patient?_count=500",
                 "risk score 60 >= threshold 50 -> needs an approved elevated grant",
                 refusal("GET", f"{ehr}/Patient?_count=500", 403, "approval-required")),
        ]  # fmt: skip
        for step in steps:
            out.title(step.title)
            out.info(step.explain)
            try:
                ok, lines = step.run()
            except Exception as exc:
                ok, lines = False, [f"{type(exc).__name__}: {exc}"]
            for ln in lines:
                out.info(ln)
            (out.ok if ok else out.bad)("as expected" if ok else "UNEXPECTED")
            if not ok:
                failures.append(step.title)
        if sum(1 for s in upstream.seen if s.method != "GET") != writes_before:
            failures.append("the blocked write reached the EHR")
        agent.close()

        out.title("Audit spans (OpenTelemetry; in a cluster they go to your collector via OTEL_* variables)")
        emitter.flush(5)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and len(_request_spans(exporter)) < len(steps):
            time.sleep(0.05)
        spans = _request_spans(exporter)
        for s in spans:
            a = s.attributes or {}
            phi_note = ", ".join(
                f"{k.rsplit('.', 1)[1]}={v}" for k, v in a.items() if k.startswith("phigate.phi.masked.")
            )
            print(
                f"  {s.name:<26} decision={a.get('phigate.decision'):<5} "
                f"status={a.get('http.response.status_code')} "
                f"reason={a.get('phigate.decision.reason', '-')} enduser={a.get('enduser.id', '-')} "
                f"masked={a.get('phigate.phi.masked_count', 0)} ({phi_note or '-'})"
            )
        text = json.dumps([dict(s.attributes or {}) for s in spans] + [
            {e.name: dict(e.attributes or {}) for e in s.events} for s in spans], default=str)  # fmt: skip
        leaked = [v for v in phi if v in text]
        if len(spans) < len(steps):
            failures.append(f"expected {len(steps)} request spans, got {len(spans)}")
        if leaked:
            failures.append(f"PHI in spans: {leaked}")
        else:
            out.ok(f"{len(spans)} spans, one per request; no synthetic PHI value in any attribute or event")
    except Exception as exc:
        failures.append(f"{type(exc).__name__}: {exc}")
    finally:
        if sidecar is not None:
            logging.getLogger("asyncio").setLevel(logging.CRITICAL)  # connections cancelled at shutdown
            sidecar.shutdown()
            if thread is not None:
                thread.join(10)
            sidecar.close()
        if upstream is not None:
            upstream.stop()
        if args.keep:
            print(f"\nkept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    took = time.monotonic() - started
    if failures:
        out.title(f"demo FAILED in {took:.1f}s:")
        for f in failures:
            out.bad(f)
        return 1
    out.title(f"demo finished in {took:.1f}s: every step behaved as the policy says.")
    return 0


def _request_spans(exporter: MemoryExporter) -> list[Any]:
    return [s for s in exporter.spans if (s.attributes or {}).get("http.request.method")]
