"""The grant engine's Kubernetes API calls (official `kubernetes` client), on top of `kube.Kube`.

Kept in one place so the chart's RBAC can be read off it: aiaccessgrants get/patch (+ status),
phipolicies get, rolebindings list/create/delete, secrets list/get/delete, serviceaccounts get/list/patch,
pods list/delete. Selectors are sent to the server AND applied again by the callers (pure planners),
so a server that ignores them (test emulators) cannot widen what is revoked.
"""

from __future__ import annotations

import json
from typing import Any

from phigate_operator.grant_lifecycle import LABEL_GRANT
from phigate_operator.kube import GRANTS, GROUP, POLICIES, VERSION, ApiException, Kube

SA_TOKEN_TYPE = "kubernetes.io/service-account-token"


def _absent(exc: ApiException) -> bool:
    return exc.status == 404


def _raw(call: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """Call without the client's model round trip (typed models, then back to dicts): the revocation
    path lists pods and Secrets, and that deserialisation was the bulk of its CPU time."""
    return json.loads(call(*args, _preload_content=False, **kwargs).data)


def _drain(response: Any) -> None:
    """Read a write's answer (frees the pooled connection) without building the client's models."""
    response.read()


class GrantKube:
    def __init__(self, kube: Kube) -> None:
        self.kube = kube
        self.core = kube.core
        self.rbac = kube.rbac
        self.custom = kube.custom
        self._plain = kube._plain

    # -- AIAccessGrants and PHIPolicies --------------------------------------------------------
    def get_grant(self, namespace: str, name: str) -> dict[str, Any] | None:
        try:
            return dict(self.custom.get_namespaced_custom_object(GROUP, VERSION, namespace, GRANTS, name))
        except ApiException as exc:
            if _absent(exc):
                return None
            raise

    def list_grants(self, namespace: str) -> list[dict[str, Any]]:
        return self.kube.list_grants(namespace)

    def patch_grant_status(self, namespace: str, name: str, status: dict[str, Any]) -> None:
        """Merge-patch /status; `None` values delete fields (e.g. a cleared roleBindings list)."""
        _drain(
            self.custom.patch_namespaced_custom_object_status(
                GROUP, VERSION, namespace, GRANTS, name, {"status": status}, _preload_content=False
            )
        )

    def get_policy(self, namespace: str, name: str) -> dict[str, Any] | None:
        try:
            return dict(self.custom.get_namespaced_custom_object(GROUP, VERSION, namespace, POLICIES, name))
        except ApiException as exc:
            if _absent(exc):
                return None
            raise

    # -- RBAC ---------------------------------------------------------------------------------------
    def list_grant_role_bindings(self, namespace: str, grant: str | list[str]) -> list[dict[str, Any]]:
        """The bindings of one grant, or of several (one LIST for an expiry pass of the namespace)."""
        names = [grant] if isinstance(grant, str) else sorted(set(grant))
        selector = f"{LABEL_GRANT}={names[0]}" if len(names) == 1 else f"{LABEL_GRANT} in ({','.join(names)})"
        res = _raw(self.rbac.list_namespaced_role_binding, namespace, label_selector=selector)
        return list(res.get("items") or [])

    def create_role_binding(self, namespace: str, body: dict[str, Any]) -> bool:
        """True if created, False if one of that name already existed."""
        try:
            _drain(self.rbac.create_namespaced_role_binding(namespace, body, _preload_content=False))
            return True
        except ApiException as exc:
            if exc.status == 409:
                return False
            raise

    def delete_role_binding(self, namespace: str, name: str) -> bool:
        try:
            _drain(self.rbac.delete_namespaced_role_binding(name, namespace, _preload_content=False))
            return True
        except ApiException as exc:
            if _absent(exc):
                return False
            raise

    # -- Service accounts, their legacy token Secrets, their pods ---------------------------------
    def get_service_account(self, namespace: str, name: str) -> dict[str, Any] | None:
        try:
            return _raw(self.core.read_namespaced_service_account, name, namespace)
        except ApiException as exc:
            if _absent(exc):
                return None
            raise

    def list_service_accounts(self, namespace: str) -> list[dict[str, Any]]:
        """Every account of the namespace: one LIST instead of a GET per account in an expiry pass."""
        return list(_raw(self.core.list_namespaced_service_account, namespace).get("items") or [])

    def patch_service_account(self, namespace: str, name: str, patch: dict[str, Any]) -> bool:
        try:
            _drain(self.core.patch_namespaced_service_account(name, namespace, patch, _preload_content=False))
            return True
        except ApiException as exc:
            if _absent(exc):
                return False
            raise

    def list_token_secrets(self, namespace: str) -> list[dict[str, Any]]:
        res = _raw(self.core.list_namespaced_secret, namespace, field_selector=f"type={SA_TOKEN_TYPE}")
        return list(res.get("items") or [])

    def delete_secret(self, namespace: str, name: str) -> bool:
        try:
            _drain(self.core.delete_namespaced_secret(name, namespace, _preload_content=False))
            return True
        except ApiException as exc:
            if _absent(exc):
                return False
            raise

    def list_pods_of(self, namespace: str, service_account: str | None) -> list[dict[str, Any]]:
        """Pods running as the account; None: every pod of the namespace (one LIST for several accounts,
        field selectors have no `in`). Callers filter by account again."""
        kwargs = {}
        if service_account is not None:
            kwargs["field_selector"] = f"spec.serviceAccountName={service_account}"
        res = _raw(self.core.list_namespaced_pod, namespace, **kwargs)
        return list(res.get("items") or [])

    def delete_pod(self, namespace: str, name: str) -> bool:
        return self.kube.delete_pod(namespace, name)

    def get_secret(self, namespace: str, name: str) -> dict[str, Any] | None:
        return self.kube.get_secret(namespace, name)
