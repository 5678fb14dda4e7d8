"""The admission webhook configurations phigate needs (pure builder + apply).

kopf's own "managed" configurations have no namespaceSelector; a pod webhook with failurePolicy Fail
and no namespace exclusion can deadlock a cluster (Istio's lesson), so phigate builds its own: both
webhooks skip kube-system, kube-public, kube-node-lease and the operator's namespace. The chart can
render the same objects (`phigate operator --print-webhooks`), or the operator applies them at
startup with `--manage-webhooks`.
"""

from __future__ import annotations

import base64
from typing import Any

from phigate_operator.config import OperatorConfig

MUTATING_NAME = "phigate-injector"
VALIDATING_NAME = "phigate-guard"
NS_LABEL = "kubernetes.io/metadata.name"
GRANT_WEBHOOK = "grant-admission"  # the id of the grant engine's kopf mutating handler


def _client_config(config: OperatorConfig, path: str, ca_bundle: bytes | None) -> dict[str, Any]:
    cc: dict[str, Any]
    if config.webhook_service:
        ns, _, name = config.webhook_service.partition("/")
        cc = {"service": {"namespace": ns, "name": name, "path": f"/{path}", "port": 443}}
    else:
        host = config.webhook_public_host or "127.0.0.1"
        cc = {"url": f"https://{host}:{config.webhook_port}/{path}"}
    if ca_bundle:
        cc["caBundle"] = base64.b64encode(ca_bundle).decode()
    return cc


def _webhook(
    config: OperatorConfig,
    name: str,
    path: str,
    operations: list[str],
    ca_bundle: bytes | None,
    *,
    group: str = "",
    version: str = "v1",
    resource: str = "pods",
) -> dict[str, Any]:
    excluded = sorted(config.system_namespaces | {config.operator_namespace})
    return {
        "name": name,
        "clientConfig": _client_config(config, path, ca_bundle),
        "rules": [
            {
                "apiGroups": [group],
                "apiVersions": [version],
                "resources": [resource],
                "operations": operations,
                "scope": "Namespaced",
            }
        ],
        "namespaceSelector": {
            "matchExpressions": [{"key": NS_LABEL, "operator": "NotIn", "values": excluded}]
        },
        "failurePolicy": "Fail",
        "sideEffects": "None",
        "admissionReviewVersions": ["v1"],
        "timeoutSeconds": 10,
        "matchPolicy": "Equivalent",
    }


def build_webhook_configurations(config: OperatorConfig, ca_bundle: bytes | None) -> tuple[dict, dict]:
    from phigate_operator.pod_handlers import GUARD_WEBHOOK, INJECT_WEBHOOK

    labels = {"app.kubernetes.io/part-of": "phigate"}
    mutating = {
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "MutatingWebhookConfiguration",
        "metadata": {"name": MUTATING_NAME, "labels": labels},
        "webhooks": [
            {
                **_webhook(config, "inject.phigate.io", INJECT_WEBHOOK, ["CREATE"], ca_bundle),
                "reinvocationPolicy": "IfNeeded",
            },
            # the grant engine stamps requester/approver identities from admission userInfo
            _webhook(
                config,
                "grants.phigate.io",
                GRANT_WEBHOOK,
                ["CREATE", "UPDATE"],
                ca_bundle,
                group="phigate.io",
                version="v1alpha1",
                resource="aiaccessgrants",
            ),
        ],
    }
    validating = {
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "ValidatingWebhookConfiguration",
        "metadata": {"name": VALIDATING_NAME, "labels": labels},
        "webhooks": [_webhook(config, "guard.phigate.io", GUARD_WEBHOOK, ["CREATE", "UPDATE"], ca_bundle)],
    }
    return mutating, validating


def apply_webhook_configurations(kube: Any, config: OperatorConfig) -> None:
    ca = None
    if config.webhook_cert_dir is not None and (config.webhook_cert_dir / "ca.crt").exists():
        ca = (config.webhook_cert_dir / "ca.crt").read_bytes()
    mutating, validating = build_webhook_configurations(config, ca)
    kube.apply_mutating_webhook_configuration(mutating)
    kube.apply_validating_webhook_configuration(validating)
