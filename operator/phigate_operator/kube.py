"""The one module that talks to the Kubernetes API (official `kubernetes` client).

Every API call the operator makes goes through `Kube`, so the chart's RBAC can be derived from the
method names used here (list_namespaced_pod -> pods: list, ...). Handlers and planners never build
clients themselves. Blocking calls: use from kopf's sync handlers (they run in a thread pool) or
through asyncio.to_thread.
"""

from __future__ import annotations

import json
from typing import Any

import kubernetes.client
import kubernetes.client.api.admissionregistration_v1_api
import kubernetes.client.api.core_v1_api
import kubernetes.client.api.custom_objects_api
import kubernetes.client.api.rbac_authorization_v1_api
from kubernetes.client.exceptions import ApiException

GROUP = "phigate.io"
VERSION = "v1alpha1"
POLICIES = "phipolicies"
GRANTS = "aiaccessgrants"

__all__ = ["GRANTS", "GROUP", "POLICIES", "VERSION", "ApiException", "Kube", "make_api_client"]


def make_api_client(api_url: str | None = None) -> kubernetes.client.ApiClient:
    """An ApiClient for a test server URL, else in-cluster credentials, else the kubeconfig."""
    cfg = kubernetes.client.Configuration()
    if api_url:
        cfg.host = api_url.rstrip("/")
    else:
        from kubernetes import config as kube_config

        try:
            kube_config.load_incluster_config(client_configuration=cfg)
        except kube_config.ConfigException:
            kube_config.load_kube_config(client_configuration=cfg)
    cfg.connection_pool_maxsize = 48  # the grant engine: 16 reconcile threads + their parallel calls
    return kubernetes.client.ApiClient(cfg)


def _absent(exc: ApiException) -> bool:
    return exc.status == 404


class Kube:
    """Typed, minimal access to the objects phigate reads and writes. Returns plain dicts."""

    def __init__(self, api: kubernetes.client.ApiClient) -> None:
        self.api = api
        self.core = kubernetes.client.CoreV1Api(api)
        self.rbac = kubernetes.client.RbacAuthorizationV1Api(api)
        self.custom = kubernetes.client.CustomObjectsApi(api)
        self.admission = kubernetes.client.AdmissionregistrationV1Api(api)

    @classmethod
    def connect(cls, api_url: str | None = None) -> Kube:
        return cls(make_api_client(api_url))

    def close(self) -> None:
        self.api.close()

    def _plain(self, obj: Any) -> dict[str, Any]:
        return self.api.sanitize_for_serialization(obj)

    # -- phigate custom resources ------------------------------------------------------------
    def list_policies(self, namespace: str) -> list[dict[str, Any]]:
        res = self.custom.list_namespaced_custom_object(GROUP, VERSION, namespace, POLICIES)
        return list(res.get("items") or [])

    def list_all_policies(self) -> list[dict[str, Any]]:
        res = self.custom.list_cluster_custom_object(GROUP, VERSION, POLICIES)
        return list(res.get("items") or [])

    def list_grants(self, namespace: str) -> list[dict[str, Any]]:
        res = self.custom.list_namespaced_custom_object(GROUP, VERSION, namespace, GRANTS)
        return list(res.get("items") or [])

    def patch_policy_status(self, namespace: str, name: str, status: dict[str, Any]) -> dict[str, Any]:
        """Merge-patch /status (the CRDs have a status subresource)."""
        return self.custom.patch_namespaced_custom_object_status(
            GROUP, VERSION, namespace, POLICIES, name, {"status": status}
        )

    # -- ConfigMaps and Secrets --------------------------------------------------------------
    def get_config_map(self, namespace: str, name: str) -> dict[str, Any] | None:
        try:
            raw = self.core.read_namespaced_config_map(name, namespace, _preload_content=False)
            return json.loads(raw.data)
        except ApiException as exc:
            if _absent(exc):
                return None
            raise

    def create_config_map(self, namespace: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._plain(self.core.create_namespaced_config_map(namespace, body))

    def patch_config_map(self, namespace: str, name: str, patch: dict[str, Any]) -> dict[str, Any]:
        raw = self.core.patch_namespaced_config_map(name, namespace, patch, _preload_content=False)
        return json.loads(raw.data)

    def get_secret(self, namespace: str, name: str) -> dict[str, Any] | None:
        try:
            return self._plain(self.core.read_namespaced_secret(name, namespace))
        except ApiException as exc:
            if _absent(exc):
                return None
            raise

    def create_secret(self, namespace: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._plain(self.core.create_namespaced_secret(namespace, body))

    def patch_secret(self, namespace: str, name: str, patch: dict[str, Any]) -> dict[str, Any]:
        return self._plain(self.core.patch_namespaced_secret(name, namespace, patch))

    # -- Pods ----------------------------------------------------------------------------------
    def list_pods(self, namespace: str) -> list[dict[str, Any]]:
        """Raw JSON, not the client's V1Pod models: for a namespace of pods that round trip (typed models,
        then back to dicts) costs far more CPU than the request itself."""
        res = json.loads(self.core.list_namespaced_pod(namespace, _preload_content=False).data)
        return list(res.get("items") or [])

    def delete_pod(self, namespace: str, name: str) -> bool:
        """True if deleted, False if it was already gone."""
        try:
            self.core.delete_namespaced_pod(name, namespace, _preload_content=False).read()
            return True
        except ApiException as exc:
            if _absent(exc):
                return False
            raise

    # -- Webhook configurations (only with --manage-webhooks) ----------------------------------
    def apply_mutating_webhook_configuration(self, body: dict[str, Any]) -> None:
        name = body["metadata"]["name"]
        try:
            self.admission.read_mutating_webhook_configuration(name)
        except ApiException as exc:
            if not _absent(exc):
                raise
            self.admission.create_mutating_webhook_configuration(body)
            return
        self.admission.patch_mutating_webhook_configuration(name, body)

    def apply_validating_webhook_configuration(self, body: dict[str, Any]) -> None:
        name = body["metadata"]["name"]
        try:
            self.admission.read_validating_webhook_configuration(name)
        except ApiException as exc:
            if not _absent(exc):
                raise
            self.admission.create_validating_webhook_configuration(body)
            return
        self.admission.patch_validating_webhook_configuration(name, body)
