"""The AI integration stack: mock vendor (HTTPS), MCP server, OTLP receiver and the real sidecar.

`AIStack.start(tmp_path)` writes a PHIPolicy with one destination per behaviour (told apart by path
prefix on the one mock vendor), starts the sidecar in a thread with its audit spans exported over
OTLP/HTTP to a real receiver, and hands out SDK clients configured like an agent pod: the sidecar as
proxy and the sidecar's CA as the only trust root.
"""

from __future__ import annotations

import os
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from tests.sidecar.ai.certs import make_server_cert
from tests.sidecar.ai.mock_vendor import MockVendor
from tests.support.otlp_receiver import OTLPReceiver

SERVICE_ACCOUNT = "coding-agent"
GRANT = "dr-lee-chart-review"

LLM_DESTINATIONS: list[dict[str, Any]] = [
    {"name": "openai", "pathPrefix": "/openai", "baa": True, "reidentify": True},
    {"name": "anthropic", "pathPrefix": "/anthropic", "baa": True, "reidentify": True},
    {"name": "gemini", "pathPrefix": "/gemini", "baa": True, "reidentify": True},
    {"name": "masked-only", "pathPrefix": "/plain", "baa": True},
    {"name": "no-baa", "pathPrefix": "/nobaa", "baa": False},
    {"name": "strict", "pathPrefix": "/block", "baa": True, "prompts": "block"},
    {"name": "covered", "pathPrefix": "/allow", "baa": True, "prompts": "allow"},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def policy_docs(vendor_port: int, mcp_port: int | None, expires_in_s: int = 3600) -> list[dict[str, Any]]:
    dests = [{"host": "127.0.0.1", "port": vendor_port, "kind": "llm"} | d for d in LLM_DESTINATIONS]
    # kind other: plain proxying with no AI handling (the benchmark's sidecar baseline)
    dests.append({"name": "passthrough", "host": "127.0.0.1", "port": vendor_port, "pathPrefix": "/other"})
    if mcp_port is not None:
        dests.append(
            {
                "name": "notes-mcp",
                "host": "127.0.0.1",
                "port": mcp_port,
                "kind": "mcp",
                "mcp": {"allowedTools": ["search_notes", "echo"], "allowedResources": ["notes://clinic/"]},
            }
        )
    policy = {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "PHIPolicy",
        "metadata": {"name": "agents", "namespace": "team-a"},
        "spec": {
            "podSelector": {},
            "requireBAAForLLM": True,
            "destinations": dests,
            "audit": {"recordBodies": True, "bodyCapBytes": 8192},
        },
    }
    grant = {
        "apiVersion": "phigate.io/v1alpha1",
        "kind": "AIAccessGrant",
        "metadata": {"name": GRANT, "namespace": "team-a"},
        "spec": {
            "subject": "dr.lee@clinic.example",
            "serviceAccountName": SERVICE_ACCOUNT,
            "policyRef": {"name": "agents"},
            "scope": "standard",
            "duration": f"{expires_in_s}s",
            "justification": "chart review",
        },
    }
    return [policy, grant]


@dataclass
class AIStack:
    tmp: Path
    vendor: MockVendor
    receiver: OTLPReceiver
    sidecar: Any
    proxy_port: int
    sidecar_ca: Path
    mcp_port: int | None = None
    _threads: list[threading.Thread] = field(default_factory=list)
    _stoppers: list[Any] = field(default_factory=list)

    @classmethod
    def start(cls, tmp: Path, *, mcp_app: Any = None, batch_spans: bool = False) -> AIStack:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from phigate_sidecar.server import Sidecar, SidecarSettings

        from phigate.audit import AuditEmitter

        cert = make_server_cert(tmp / "vendor-tls")
        vendor = MockVendor(cert).start()
        receiver = OTLPReceiver().start()
        stoppers: list[Any] = [vendor.stop, receiver.stop]
        mcp_port = None
        if mcp_app is not None:
            mcp_port, stop_mcp = serve_asgi(mcp_app)
            stoppers.append(stop_mcp)
        policy_file = tmp / "policy.yaml"
        policy_file.write_text(yaml.safe_dump_all(policy_docs(vendor.port, mcp_port)))
        for k, v in {
            "PHIGATE_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
            "PHIGATE_POD_NAME": "agent-0",
            "PHIGATE_POD_NAMESPACE": "team-a",
            "PHIGATE_POD_UID": "uid-agent-0",
        }.items():
            os.environ[k] = v
        emitter = AuditEmitter(
            service_name="phigate-sidecar",
            exporter=OTLPSpanExporter(endpoint=receiver.traces_url),
            batch=batch_spans,
        )
        proxy_port = free_port()
        settings = SidecarSettings(
            policy=policy_file,
            port=proxy_port,
            health_port=free_port(),
            health_host="127.0.0.1",
            ca_dir=tmp / "sidecar-ca",
            generate_ca=True,
            upstream_ca=cert.ca_pem,
            reload_interval_s=0.2,
        )
        sidecar = Sidecar(settings, emitter=emitter)
        sidecar.prepare()
        thread = sidecar.start_in_thread()
        stack = cls(tmp, vendor, receiver, sidecar, proxy_port, tmp / "sidecar-ca" / "ca.crt", mcp_port)
        stack._threads.append(thread)
        stack._stoppers = stoppers
        return stack

    def stop(self) -> None:
        self.sidecar.shutdown()
        for t in self._threads:
            t.join(timeout=10)
        self.sidecar.close()
        for stop in reversed(self._stoppers):
            stop()

    # -- clients configured like an agent pod -----------------------------------------------------
    @property
    def proxy(self) -> str:
        return f"http://127.0.0.1:{self.proxy_port}"

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.sidecar_ca))

    def httpx_client(self, **kw: Any) -> httpx.Client:
        return httpx.Client(proxy=self.proxy, verify=self.ssl_context(), timeout=20, **kw)

    def httpx2_client(self, **kw: Any) -> Any:
        """The anthropic and mcp SDKs ship on httpx2."""
        import httpx2

        return httpx2.Client(proxy=self.proxy, verify=self.ssl_context(), timeout=20, **kw)

    def async_httpx_client(self, **kw: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(proxy=self.proxy, verify=self.ssl_context(), timeout=20, **kw)

    def spans_for(self, destination: str, n: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
        def match(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [s for s in spans if s["attributes"].get("phigate.destination") == destination]

        self.receiver.wait_for(lambda spans: len(match(spans)) >= n, timeout)
        return match(self.receiver.spans)


def serve_asgi(app: Any) -> tuple[int, Any]:
    """Run an ASGI app (the MCP SDK's Starlette app) with uvicorn on a free port, in a thread."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="mcp-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    if not server.started:
        raise RuntimeError("MCP test server did not start")

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=10)

    return port, stop
