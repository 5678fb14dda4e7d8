"""OperatorConfig: every knob of the operator in one frozen dataclass, read from env and CLI flags.

Handlers, the injector and the CLI receive this object (through kopf's memo); nothing reads the
environment anywhere else, so tests build a config directly and stub the clock.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from phigate.api.policy import CaptureMode

SYSTEM_NAMESPACES: frozenset[str] = frozenset({"kube-system", "kube-public", "kube-node-lease"})
DEFAULT_IMAGE = "ghcr.io/phigate/phigate:0.1.0"
# OTEL_* variables copied from the operator's own environment into every sidecar.
OTEL_PASSTHROUGH = (
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_EXPORTER_OTLP_PROTOCOL",
    "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
    "OTEL_EXPORTER_OTLP_HEADERS",
    "OTEL_EXPORTER_OTLP_TRACES_HEADERS",
    "OTEL_EXPORTER_OTLP_CERTIFICATE",
    "OTEL_TRACES_EXPORTER",
    "OTEL_TRACES_SAMPLER",
)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SidecarResources:
    """Requests/limits of the injected sidecar (the brief's budget: <= 150 MB RSS)."""

    cpu_request: str = "100m"
    memory_request: str = "128Mi"
    cpu_limit: str = "1"
    memory_limit: str = "256Mi"

    def as_k8s(self) -> dict[str, dict[str, str]]:
        return {
            "requests": {"cpu": self.cpu_request, "memory": self.memory_request},
            "limits": {"cpu": self.cpu_limit, "memory": self.memory_limit},
        }


@dataclass(frozen=True)
class OperatorConfig:
    """What the operator needs to know; defaults are production values, tests override fields."""

    # Where the operator runs (never injected, never swept) and what it watches (None: all namespaces).
    operator_namespace: str = "phigate-system"
    watch_namespaces: tuple[str, ...] | None = None
    system_namespaces: frozenset[str] = SYSTEM_NAMESPACES
    # Injection.
    sidecar_image: str = DEFAULT_IMAGE
    init_image: str = DEFAULT_IMAGE
    image_pull_policy: str = "IfNotPresent"
    default_capture: CaptureMode = CaptureMode.TRANSPARENT
    sidecar_resources: SidecarResources = field(default_factory=SidecarResources)
    sidecar_otel_env: Mapping[str, str] = field(default_factory=dict)
    # Admission webhook server (kopf.WebhookServer): TLS files in cert_dir (tls.crt, tls.key, ca.crt).
    # serve_webhooks=False: handler modules must not register admission handlers (kopf refuses to run
    # admission handlers without a server).
    serve_webhooks: bool = True
    webhook_host: str = "0.0.0.0"
    webhook_port: int | None = 9443
    webhook_cert_dir: Path | None = None
    # "host" put into the webhook configurations' URL when the operator manages them itself (dev/tests);
    # in a cluster the chart points the configurations at the Service instead.
    webhook_public_host: str | None = None
    webhook_service: str | None = None  # "namespace/name" of the Service in front of the webhook
    manage_webhooks: bool = False
    # Periodic work.
    sweep_interval_s: float = 30.0
    sweep_initial_delay_s: float = 10.0
    ca_check_interval_s: float = 3600.0
    ca_validity_days: int = 365
    ca_rotate_before_days: int = 30  # a new CA is made when the current one has less left than this
    ca_overlap_days: int = 30  # the old cert stays in the trust bundle this long after rotation
    # kopf: peering (HA) and watch timeouts (silent watches are a known kopf failure).
    peering_name: str = "phigate"
    peering_priority: int | None = None  # None: a random priority per replica (one leader)
    # Mandatory peering (the chart, with its peering CRDs and object): a replica acts only once it has
    # seen the peering object and is the highest live peer. Optional: no peering object, no peering.
    peering_mandatory: bool = False
    # kopf's identity of this replica in the peering object (POD_ID, else user@host/time/random).
    peering_identity: str | None = None
    standalone: bool = False
    watch_server_timeout_s: int = 300
    watch_client_timeout_s: int = 330
    # Approval notifications: Secret (in the operator's namespace) and key holding the webhook URL.
    grant_notify_secret: str = "phigate-grant-notify"
    grant_notify_key: str = "webhook-url"
    # Tests: the API server URL (kmock/fakecluster) instead of in-cluster/kubeconfig login.
    api_url: str | None = None
    # Injectable clock: conditions' lastTransitionTime, CA validity, spans.
    clock: Callable[[], datetime] = utcnow

    def skips_namespace(self, namespace: str | None) -> bool:
        """Namespaces the injector and the sweep never touch (no cluster deadlock on our own pods)."""
        return not namespace or namespace in self.system_namespaces or namespace == self.operator_namespace

    def with_(self, **changes: object) -> OperatorConfig:
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> OperatorConfig:
        """PHIGATE_* variables (the chart sets them), then explicit overrides (CLI flags)."""
        env = os.environ if env is None else env
        kw: dict[str, object] = {}
        ns = env.get("PHIGATE_OPERATOR_NAMESPACE") or env.get("POD_NAMESPACE")
        if ns:
            kw["operator_namespace"] = ns
        if env.get("PHIGATE_SIDECAR_IMAGE"):
            kw["sidecar_image"] = env["PHIGATE_SIDECAR_IMAGE"]
            kw["init_image"] = env.get("PHIGATE_INIT_IMAGE") or env["PHIGATE_SIDECAR_IMAGE"]
        elif env.get("PHIGATE_INIT_IMAGE"):
            kw["init_image"] = env["PHIGATE_INIT_IMAGE"]
        if env.get("PHIGATE_DEFAULT_CAPTURE"):
            try:
                kw["default_capture"] = CaptureMode(env["PHIGATE_DEFAULT_CAPTURE"])
            except ValueError:
                value = env["PHIGATE_DEFAULT_CAPTURE"]
                msg = f"PHIGATE_DEFAULT_CAPTURE: {value!r} is not Transparent or Explicit"
                raise ValueError(msg) from None
        if env.get("PHIGATE_WEBHOOK_PORT"):
            kw["webhook_port"] = int(env["PHIGATE_WEBHOOK_PORT"])
        if env.get("PHIGATE_CERT_DIR"):
            kw["webhook_cert_dir"] = Path(env["PHIGATE_CERT_DIR"])
        if env.get("PHIGATE_WEBHOOK_SERVICE"):
            kw["webhook_service"] = env["PHIGATE_WEBHOOK_SERVICE"]
        if env.get("PHIGATE_SWEEP_INTERVAL"):
            kw["sweep_interval_s"] = float(env["PHIGATE_SWEEP_INTERVAL"])
        if env.get("PHIGATE_GRANT_NOTIFY_SECRET"):
            kw["grant_notify_secret"] = _secret_name(env["PHIGATE_GRANT_NOTIFY_SECRET"])
        if env.get("PHIGATE_GRANT_NOTIFY_KEY"):
            kw["grant_notify_key"] = env["PHIGATE_GRANT_NOTIFY_KEY"]
        kw["sidecar_otel_env"] = {k: env[k] for k in OTEL_PASSTHROUGH if env.get(k)}
        kw.update(overrides)
        return cls(**kw)  # type: ignore[arg-type]


_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")


def _secret_name(value: str) -> str:
    """A Secret name (DNS subdomain) or a clear error: a typo must not silently disable notifications."""
    if not _DNS_SUBDOMAIN.match(value):
        raise ValueError(f"PHIGATE_GRANT_NOTIFY_SECRET: {value!r} is not a valid Secret name")
    return value
