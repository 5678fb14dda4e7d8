"""Assemble the operator: one registry, one settings policy, one memo.

Handler modules each expose `register(registry, config) -> None` and take what they need from kopf's
`memo` (dependency injection, no globals):

    memo.config    OperatorConfig
    memo.kube      phigate_operator.kube.Kube (the one way to call the API)
    memo.emitter   phigate.audit.AuditEmitter for lifecycle spans (None: spans off)
    memo.policies  phigate_operator.policy_cache.PolicyCache (the webhooks' view of PHIPolicies)

HA and peering (decided here, documented in docs/operator.md): replicas use kopf peering with a
random priority each, so exactly one replica (the highest) runs the resource handlers and timers;
the others pause. The admission webhook server is not subject to peering, so every replica serves
webhooks, and the webhooks read PHIPolicies through a short-TTL cache that refreshes from the API
itself (a paused replica's watch events stop). Peering is not mandatory: without the kopf peering
CRDs the operator runs standalone; a second replica is then also active, which is still safe because
every handler is idempotent (write-on-change ConfigMap and status, 404-tolerant deletes).
"""

from __future__ import annotations

import base64
import contextvars
import importlib
import json
import logging
import random
import threading
from collections.abc import Sequence
from typing import Any

import kopf

from phigate_operator.config import OperatorConfig

HANDLER_MODULES = (
    "phigate_operator.policy_handlers",
    "phigate_operator.pod_handlers",
    "phigate_operator.ca_handlers",
)
OPTIONAL_HANDLER_MODULES = ("phigate_operator.grant_handlers",)  # the grant lifecycle engine
PREFIX = "phigate.io"
FINALIZER = "phigate.io/finalizer"

log = logging.getLogger("phigate.operator")


def build_registry(config: OperatorConfig) -> kopf.OperatorRegistry:
    """A fresh registry with phigate's login, startup/cleanup and every handler module registered."""
    registry = kopf.OperatorRegistry()
    _register_lifecycle(registry, config)
    for name in HANDLER_MODULES:
        importlib.import_module(name).register(registry, config)
    for name in OPTIONAL_HANDLER_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise  # the module exists but is broken: fail loudly
            log.warning("%s is not installed: grant lifecycle handlers are not registered", name)
            continue
        module.register(registry, config)
    return registry


def make_memo(config: OperatorConfig, *, kube: Any = None, emitter: Any = None) -> kopf.Memo:
    """The memo every handler sees; kube/emitter are created at startup when not given (tests give them)."""
    from phigate_operator.admission_cache import AdmissionCache
    from phigate_operator.policy_cache import PolicyCache

    # Containers shared by every resource's handlers live here: kopf gives each resource object a shallow
    # copy of this memo, so a dict created later inside a handler would belong to that one object only.
    memo = kopf.Memo(
        config=config,
        kube=kube,
        emitter=emitter,
        policies=None,
        prepared_namespaces=set(),
        sweeps={},
        admission=AdmissionCache(),
    )
    memo.policies = PolicyCache(lambda: memo.kube, clock_s=None)
    return memo


def _register_lifecycle(registry: kopf.OperatorRegistry, config: OperatorConfig) -> None:
    @kopf.on.login(registry=registry, id="login")
    def login(memo: kopf.Memo, logger: Any, **kwargs: Any) -> kopf.ConnectionInfo | None:
        if config.api_url:
            return kopf.ConnectionInfo(server=config.api_url.rstrip("/"), scheme="Bearer", token="unused")
        return kopf.login_via_client(logger=logger, **kwargs)

    @kopf.on.startup(registry=registry, id="phigate-startup")
    def startup(memo: kopf.Memo, logger: Any, **_: Any) -> None:
        if getattr(memo, "config", None) is None:
            memo.config = config
        if getattr(memo, "kube", None) is None:
            from phigate_operator.kube import Kube

            memo.kube = Kube.connect(config.api_url)
        if getattr(memo, "policies", None) is None:
            from phigate_operator.policy_cache import PolicyCache

            memo.policies = PolicyCache(lambda: memo.kube, clock_s=None)
        if getattr(memo, "prepared_namespaces", None) is None:
            memo.prepared_namespaces = set()
        if getattr(memo, "sweeps", None) is None:
            memo.sweeps = {}  # one sweep per namespace and interval, shared by the policies' timers
        if getattr(memo, "admission", None) is None:
            from phigate_operator.admission_cache import AdmissionCache

            memo.admission = AdmissionCache()  # decisions per pod template, shared by every review
        if "emitter" not in memo:
            memo.emitter = None
        from phigate_operator import policy_check

        if not policy_check._ENGINE_OUT_OF_PROCESS:  # in process: pay the engine's import before a handler
            threading.Thread(target=_warm_engine, name="phigate-engine-warmup", daemon=True).start()
        if config.manage_webhooks:
            from phigate_operator.webhook_config import apply_webhook_configurations

            apply_webhook_configurations(memo.kube, config)
        logger.info("phigate operator started: operator namespace %s", config.operator_namespace)

    @kopf.on.cleanup(registry=registry, id="phigate-cleanup")
    def cleanup(memo: kopf.Memo, **_: Any) -> None:
        emitter = getattr(memo, "emitter", None)
        if emitter is not None:
            emitter.flush(2.0)


class NamespacedWebhookServer(kopf.WebhookServer):
    """kopf's HTTPS webhook server, plus the request's namespace copied into the object.

    On CREATE the API server may send the object without metadata.namespace (Istio's injector reads
    request.namespace for that reason); kopf only passes the object to handlers.
    """

    async def __call__(self, fn: Any) -> Any:  # type: ignore[override]
        async def with_namespace(request: dict[str, Any], **kwargs: Any) -> Any:
            planned = PlannedPatch()
            token = PLANNED_PATCH.set(planned)
            try:
                response = await fn(fill_namespace(request), **kwargs)
            finally:
                PLANNED_PATCH.reset(token)
            return attach_planned_patch(response, planned)

        async for client_config in super().__call__(with_namespace):
            yield client_config


class PlannedPatch:
    """JSON patch ops planned by handlers for one review, and their encoding when a lone handler
    supplied it ready-made (the admission cache keeps it: no json.dumps per replica)."""

    __slots__ = ("encoded", "ops")

    def __init__(self) -> None:
        self.ops: list[dict[str, Any]] = []
        self.encoded = ""

    def add(self, ops: Sequence[dict[str, Any]], encoded: str = "") -> None:
        self.encoded = encoded if not self.ops else ""
        self.ops.extend(ops)


# A mutating handler that already knows its JSON patch (the injector does) puts the ops here instead of
# into kopf's Patch: kopf would deep-copy and diff the whole pod again to rebuild them (~3 ms a pod).
PLANNED_PATCH: contextvars.ContextVar[PlannedPatch | None] = contextvars.ContextVar(
    "phigate_planned_patch", default=None
)


def attach_planned_patch(response: Any, planned: PlannedPatch) -> Any:
    """Put the planned ops into an allowed AdmissionReview response (never into a denial)."""
    payload = response.get("response") if isinstance(response, dict) else None
    if not planned.ops or not isinstance(payload, dict) or payload.get("allowed") is not True:
        return response
    if payload.get("patch"):  # another handler patched through kopf too: merge, ours last
        ops = json.loads(base64.b64decode(payload["patch"])) + planned.ops
        payload["patch"] = base64.b64encode(json.dumps(ops).encode()).decode("ascii")
    else:
        encoded = planned.encoded or base64.b64encode(json.dumps(planned.ops).encode()).decode("ascii")
        payload["patch"] = encoded
    payload["patchType"] = "JSONPatch"
    return response


def fill_namespace(request: dict[str, Any]) -> dict[str, Any]:
    payload = request.get("request") if isinstance(request, dict) else None
    if isinstance(payload, dict) and payload.get("namespace"):
        for key in ("object", "oldObject"):
            obj = payload.get(key)
            if isinstance(obj, dict):
                meta = obj.setdefault("metadata", {})
                if isinstance(meta, dict) and not meta.get("namespace"):
                    meta["namespace"] = payload["namespace"]
    return request


def _warm_engine() -> None:
    """Import and compile the masking engine once in the background: the first policy check then
    does not pay its multi-second import inside a handler."""
    try:
        from phigate.api.policy import Masking
        from phigate.engine import compile_plan  # type: ignore[attr-defined]

        compile_plan(Masking(), hash_key=b"\0" * 32)
    except Exception:  # the handler reports real problems; this is only a warm-up
        log.debug("engine warm-up failed", exc_info=True)


def configure_settings(settings: kopf.OperatorSettings, config: OperatorConfig) -> kopf.OperatorSettings:
    """kopf settings phigate relies on; idempotent (called by the CLI before start and at startup)."""
    # State in annotations under phigate.io/: the strict CRD schemas would prune it under status.
    settings.persistence.progress_storage = kopf.AnnotationsProgressStorage(prefix=PREFIX)
    settings.persistence.diffbase_storage = kopf.AnnotationsDiffBaseStorage(
        prefix=PREFIX, key="last-handled-configuration"
    )
    settings.persistence.finalizer = FINALIZER
    # Silent watches after 10-20 min are a known kopf failure: let the server end them first.
    settings.watching.server_timeout = config.watch_server_timeout_s
    settings.watching.client_timeout = config.watch_client_timeout_s
    settings.watching.connect_timeout = 10
    settings.networking.request_timeout = 30
    # Peering: one active replica (random distinct priorities); standalone when the CRD is absent.
    settings.peering.name = config.peering_name
    settings.peering.mandatory = config.peering_mandatory
    settings.peering.standalone = config.standalone
    settings.peering.clusterwide = config.watch_namespaces is None
    if settings.peering.priority == 0:
        settings.peering.priority = (
            config.peering_priority if config.peering_priority is not None else random.randint(1, 2**31 - 1)
        )
    # Admission: every replica serves webhooks (the server is not paused by peering).
    if config.webhook_cert_dir is not None and settings.admission.server is None:
        cert_dir = config.webhook_cert_dir
        ca = cert_dir / "ca.crt"
        settings.admission.server = NamespacedWebhookServer(
            addr=config.webhook_host,
            port=config.webhook_port,
            host=config.webhook_public_host,
            certfile=str(cert_dir / "tls.crt"),
            pkeyfile=str(cert_dir / "tls.key"),
            cafile=str(ca) if ca.exists() else None,
        )
    # A sync timer cannot be cancelled mid-run; deleting a policy waits for its timers to exit. Poll
    # for that often instead of kopf's default 60 s, or a deletion can hang a minute.
    settings.background.cancellation_polling = 0.5
    # Lifecycle events go to spans; k8s Events only for warnings and errors (cheaper, less noise).
    settings.posting.level = logging.WARNING
    return settings
