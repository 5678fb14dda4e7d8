"""Grant test harness: fakecluster (subprocess), the operator (kopf in a thread), HTTPS admission.

The test plays the API server's admission chain: it POSTs an AdmissionReview v1 to the operator's
webhook over HTTPS (verifying the caBundle kopf wrote into the MutatingWebhookConfiguration), applies
the returned JSON patch and only then writes the object to the fake cluster -- as an apiserver would.
"""

from __future__ import annotations

import base64
import contextlib
import json
import pathlib
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import jsonpatch
import kopf
import kubernetes.client
import kubernetes.client.api.core_v1_api
import kubernetes.client.api.custom_objects_api
import kubernetes.client.api.rbac_authorization_v1_api
from phigate_operator import grant_handlers
from phigate_operator.config import OperatorConfig
from phigate_operator.kube import Kube
from phigate_operator.sync import compile_namespace

from tests.operator.grant_support.objects import policy as _policy
from tests.operator.op_support import write_webhook_certs
from tests.support.kmock_cluster import operator_in_thread

# The first policy check imports and builds the masking engine (seconds on a busy machine): pay it
# once at import, not inside the first test's revocation-lag measurement.
compile_namespace("warmup", [_policy(namespace="warmup")], [])

ROOT = pathlib.Path(__file__).resolve().parents[3]
FAKECLUSTER = ROOT / "tests" / "support" / "fakecluster.py"
MANAGED = "grants.test.phigate.io"
GROUP, VERSION, GRANTS, POLICIES = "phigate.io", "v1alpha1", "aiaccessgrants", "phipolicies"


# ---------------------------------------------------------------------------------------------- cluster
@dataclass
class FakeCluster:
    url: str
    kubeconfig: pathlib.Path
    proc: subprocess.Popen[bytes]
    api: kubernetes.client.ApiClient = field(init=False)

    def __post_init__(self) -> None:
        self.api = kubernetes.client.ApiClient(kubernetes.client.Configuration(host=self.url))
        self.core = kubernetes.client.CoreV1Api(self.api)
        self.rbac = kubernetes.client.RbacAuthorizationV1Api(self.api)
        self.custom = kubernetes.client.CustomObjectsApi(self.api)

    def audit(self, since: int = 0) -> list[dict[str, Any]]:
        with urllib.request.urlopen(f"{self.url}/_fakecluster/audit?since={since}", timeout=10) as resp:
            return json.loads(resp.read())

    def audit_len(self) -> int:
        return len(self.audit())

    # convenience wrappers (plain dicts)
    def get_grant(self, ns: str, name: str) -> dict[str, Any] | None:
        try:
            return self.custom.get_namespaced_custom_object(GROUP, VERSION, ns, GRANTS, name)
        except kubernetes.client.ApiException as exc:
            if exc.status == 404:
                return None
            raise

    def create(self, ns: str, body: dict[str, Any]) -> dict[str, Any]:
        kind = body["kind"]
        # NB: the client returns None for a custom-object create answered 200 (fakecluster) instead of 201.
        if kind == "AIAccessGrant":
            self.custom.create_namespaced_custom_object(GROUP, VERSION, ns, GRANTS, body)
            return self.custom.get_namespaced_custom_object(
                GROUP, VERSION, ns, GRANTS, body["metadata"]["name"]
            )
        if kind == "PHIPolicy":
            self.custom.create_namespaced_custom_object(GROUP, VERSION, ns, POLICIES, body)
            return self.custom.get_namespaced_custom_object(
                GROUP, VERSION, ns, POLICIES, body["metadata"]["name"]
            )
        if kind == "RoleBinding":
            return self.api.sanitize_for_serialization(self.rbac.create_namespaced_role_binding(ns, body))
        fn = {
            "ServiceAccount": self.core.create_namespaced_service_account,
            "Pod": self.core.create_namespaced_pod,
            "Secret": self.core.create_namespaced_secret,
            "ConfigMap": self.core.create_namespaced_config_map,
        }
        return self.api.sanitize_for_serialization(fn[kind](ns, body))

    def exists(self, kind: str, ns: str, name: str) -> bool:
        fn = {
            "RoleBinding": self.rbac.read_namespaced_role_binding,
            "Pod": self.core.read_namespaced_pod,
            "Secret": self.core.read_namespaced_secret,
            "ServiceAccount": self.core.read_namespaced_service_account,
        }
        try:
            fn[kind](name, ns)
            return True
        except kubernetes.client.ApiException as exc:
            if exc.status == 404:
                return False
            raise

    def enforcement(self, ns: str) -> dict[str, Any] | None:
        try:
            cm = self.core.read_namespaced_config_map("phigate-enforcement", ns)
        except kubernetes.client.ApiException as exc:
            if exc.status == 404:
                return None
            raise
        return json.loads(cm.data["enforcement.json"])


@contextlib.contextmanager
def fakecluster(tmp: pathlib.Path, crds: pathlib.Path | None = None) -> Any:
    """fakecluster serving the CRDs in `crds` (default: the repository's crds/)."""
    kubeconfig = tmp / "kubeconfig"
    proc = subprocess.Popen(
        [
            sys.executable,
            str(FAKECLUSTER),
            "serve",
            "--port",
            "0",
            "--crds",
            str(crds or ROOT / "crds"),
            "--kubeconfig-out",
            str(kubeconfig),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(
                f"fakecluster did not start: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        info = json.loads(line)
        cluster = FakeCluster(url=info["url"], kubeconfig=kubeconfig, proc=proc)
        yield cluster
        cluster.api.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


# ---------------------------------------------------------------------------------------------- certificates
def write_certs(tmp: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path, pathlib.Path]:
    """(ca, tls.crt, tls.key) for the webhook server on 127.0.0.1 (op_support's throwaway CA)."""
    cert_dir = write_webhook_certs(tmp)
    return cert_dir / "ca.crt", cert_dir / "tls.crt", cert_dir / "tls.key"


# ---------------------------------------------------------------------------------------------- operator
def make_settings(webhook: kopf.WebhookServer | None = None) -> kopf.OperatorSettings:
    s = kopf.OperatorSettings()
    s.scanning.disabled = True
    s.watching.reconnect_backoff = 0.1
    s.watching.connect_timeout = 2
    s.watching.server_timeout = 60
    s.watching.client_timeout = 70
    s.networking.request_timeout = 10
    s.networking.connect_timeout = 2
    s.queueing.exit_timeout = 0.5
    s.background.instant_exit_timeout = 0.1
    s.persistence.consistency_timeout = 2
    s.process.ultimate_exiting_timeout = None
    s.posting.level = 40
    # As the operator core configures it: kopf state in annotations under phigate.io (see app.py).
    s.persistence.progress_storage = kopf.AnnotationsProgressStorage(prefix="phigate.io")
    s.persistence.diffbase_storage = kopf.AnnotationsDiffBaseStorage(
        prefix="phigate.io", key="last-handled-configuration"
    )
    s.persistence.finalizer = "phigate.io/finalizer"
    if webhook is not None:
        s.admission.server = webhook
        s.admission.managed = MANAGED
    return s


@dataclass
class Operator:
    config: OperatorConfig
    kube: Kube
    webhook_url: str | None = None
    webhook_ssl: ssl.SSLContext | None = None
    thread: threading.Thread | None = None


@contextlib.asynccontextmanager
async def run_operator(
    cluster: FakeCluster,
    namespace: str,
    *,
    tmp: pathlib.Path | None = None,
    emitter: Any = None,
    notify_secret: tuple[str, str] | None = None,
    engine_url: str | None = None,
    webhooks: bool = False,
) -> AsyncIterator[Operator]:
    """kopf with only the grant handlers (+ login) on a fresh registry; optional HTTPS webhooks."""
    config = OperatorConfig(
        api_url=cluster.url,
        operator_namespace=namespace,
        sweep_interval_s=2.0,
        sweep_initial_delay_s=1.0,
        standalone=True,
    )
    registry = kopf.OperatorRegistry()

    @kopf.on.login(registry=registry, id="login")
    def login(**_: Any) -> kopf.ConnectionInfo:
        return kopf.ConnectionInfo(server=cluster.url, scheme="Bearer", token="unused")

    grant_handlers.register(registry, config, notify_secret=notify_secret, emitter=emitter)
    server = None
    if webhooks:
        assert tmp is not None
        ca, crt, key = write_certs(tmp)
        server = kopf.WebhookServer(
            addr="127.0.0.1", port=None, certfile=str(crt), pkeyfile=str(key), cafile=str(ca)
        )
    kube = Kube(kubernetes.client.ApiClient(kubernetes.client.Configuration(host=engine_url or cluster.url)))
    memo = kopf.Memo(config=config, kube=kube, emitter=emitter)
    op = Operator(config=config, kube=kube)
    async with operator_in_thread(
        registry=registry, settings=make_settings(server), namespaces=[namespace], memo=memo
    ) as thread:
        op.thread = thread
        # Wait for kopf's watch on grants: a list + watch request in the server's audit log.
        wait_until(
            lambda: any(
                e["resource"] == "phigate.io/v1alpha1/aiaccessgrants" and "watch=" in e["path"]
                for e in cluster.audit()
            ),
            timeout=10,
        )
        if webhooks:
            adm = kubernetes.client.AdmissionregistrationV1Api(cluster.api)
            cfg = wait_until(lambda: _webhook_cfg(adm), timeout=10)
            hook = next(w for w in cfg["webhooks"] if w["name"].startswith("grant-admission."))
            op.webhook_url = hook["clientConfig"]["url"]
            op.webhook_ssl = ssl.create_default_context(
                cadata=base64.b64decode(hook["clientConfig"]["caBundle"]).decode()
            )
            op.webhook_rules = hook["rules"]  # type: ignore[attr-defined]
        yield op
    kube.close()


def _webhook_cfg(adm: Any) -> dict[str, Any] | None:
    try:
        cfg = adm.api_client.sanitize_for_serialization(adm.read_mutating_webhook_configuration(MANAGED))
    except kubernetes.client.ApiException:
        return None
    return cfg if cfg.get("webhooks") else None


def wait_until(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02) -> Any:
    """Poll (never sleep a fixed time): return the first truthy value, else fail with the last one."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s (last value: {last!r})")


# ---------------------------------------------------------------------------------------------- admission
def review(
    operation: str,
    obj: dict[str, Any] | None,
    old: dict[str, Any] | None,
    userinfo: dict[str, Any] | None,
    namespace: str,
) -> dict[str, Any]:
    body = obj or old or {}
    req: dict[str, Any] = {
        "uid": str(uuid.uuid4()),
        "kind": {"group": GROUP, "version": VERSION, "kind": "AIAccessGrant"},
        "resource": {"group": GROUP, "version": VERSION, "resource": GRANTS},
        "requestKind": {"group": GROUP, "version": VERSION, "kind": "AIAccessGrant"},
        "requestResource": {"group": GROUP, "version": VERSION, "resource": GRANTS},
        "name": body.get("metadata", {}).get("name"),
        "namespace": namespace,
        "operation": operation,
        "object": obj,
        "oldObject": old,
        "dryRun": False,
        "options": {"apiVersion": "meta.k8s.io/v1", "kind": f"{operation.title()}Options"},
    }
    if userinfo is not None:
        req["userInfo"] = userinfo
    return {"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": req}


def post_review(op: Operator, payload: dict[str, Any]) -> tuple[int, Any]:
    assert op.webhook_url and op.webhook_ssl
    req = urllib.request.Request(
        op.webhook_url,
        data=json.dumps(payload).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, context=op.webhook_ssl, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def user(name: str, *groups: str) -> dict[str, Any]:
    return {"username": name, "uid": f"uid-{name}", "groups": ["system:authenticated", *groups]}


class Rejected(Exception):
    def __init__(self, status: dict[str, Any]) -> None:
        super().__init__(status.get("message"))
        self.code = status.get("code")
        self.message = status.get("message", "")


def admit(
    op: Operator,
    operation: str,
    obj: dict[str, Any],
    old: dict[str, Any] | None,
    userinfo: dict[str, Any],
    namespace: str,
) -> dict[str, Any]:
    """What the apiserver does with a mutating webhook: ask, apply the patch, or refuse the write."""
    code, answer = post_review(op, review(operation, obj, old, userinfo, namespace))
    assert code == 200, answer
    resp = answer["response"]
    if not resp["allowed"]:
        raise Rejected(resp.get("status") or {})
    if "patch" in resp:
        assert resp["patchType"] == "JSONPatch"
        return jsonpatch.apply_patch(obj, json.loads(base64.b64decode(resp["patch"])))
    return obj


def create_grant_as(
    op: Operator, cluster: FakeCluster, body: dict[str, Any], userinfo: dict[str, Any]
) -> dict[str, Any]:
    ns = body["metadata"]["namespace"]
    admitted = admit(op, "CREATE", body, None, userinfo, ns)
    return cluster.create(ns, admitted)


def annotate_grant_as(
    op: Operator,
    cluster: FakeCluster,
    ns: str,
    name: str,
    annotations: dict[str, str],
    userinfo: dict[str, Any],
) -> dict[str, Any]:
    """kubectl annotate through admission: read, change, review (old+new), write with resourceVersion."""
    old = cluster.get_grant(ns, name)
    assert old is not None
    new = json.loads(json.dumps(old))
    new["metadata"].setdefault("annotations", {}).update(annotations)
    admitted = admit(op, "UPDATE", new, old, userinfo, ns)
    patch = {
        "metadata": {
            "annotations": admitted["metadata"]["annotations"],
            "resourceVersion": old["metadata"]["resourceVersion"],
        }
    }
    return cluster.custom.patch_namespaced_custom_object(GROUP, VERSION, ns, GRANTS, name, patch)


from tests.operator.grant_support.servers import FaultProxy, Receiver  # noqa: E402  (re-exported)

__all__ = ["FaultProxy", "Receiver"]
