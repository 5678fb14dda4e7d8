"""Apply CA plans: make sure each governed namespace has Secret phigate-ca and ConfigMap phigate-ca-cert."""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from datetime import timedelta
from typing import Any

import kopf

from phigate_operator.ca import CA_CERT_CONFIGMAP, CA_SECRET, PREVIOUS_UNTIL, CAPlan, plan_ca
from phigate_operator.config import OperatorConfig
from phigate_operator.kube import GROUP, POLICIES, VERSION, ApiException, Kube
from phigate_operator.sync import MANAGED_LABELS

log = logging.getLogger("phigate.operator.ca")


_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)


def ensure_namespace_ca(kube: Kube, namespace: str, config: OperatorConfig) -> CAPlan:
    """Create or rotate the namespace CA; serialised per namespace, re-planned on a write conflict."""
    with _locks[namespace]:
        for _attempt in range(3):
            try:
                return _ensure(kube, namespace, config)
            except ApiException as exc:
                if exc.status not in (409, 422):
                    raise
        return _ensure(kube, namespace, config)


def _ensure(kube: Kube, namespace: str, config: OperatorConfig) -> CAPlan:
    secret = kube.get_secret(namespace, CA_SECRET)
    cm = kube.get_config_map(namespace, CA_CERT_CONFIGMAP)
    plan = plan_ca(
        namespace,
        (secret or {}).get("data"),
        ((cm or {}).get("data") or {}).get("ca.crt"),
        (((cm or {}).get("metadata") or {}).get("annotations") or {}).get(PREVIOUS_UNTIL),
        now=config.clock(),
        validity_days=config.ca_validity_days,
        rotate_before=timedelta(days=config.ca_rotate_before_days),
        overlap=timedelta(days=config.ca_overlap_days),
    )
    if plan.action == "none":
        return plan
    if plan.secret_data is not None:
        body = {
            "metadata": {"name": CA_SECRET, "labels": dict(MANAGED_LABELS)},
            "type": "Opaque",
            "data": plan.secret_data,
        }
        if secret is None:
            kube.create_secret(namespace, body)
        else:
            kube.patch_secret(
                namespace, CA_SECRET, {"metadata": {"labels": dict(MANAGED_LABELS)}, "data": plan.secret_data}
            )
    annotations = {PREVIOUS_UNTIL: plan.previous_until}
    cm_body = {
        "metadata": {
            "name": CA_CERT_CONFIGMAP,
            "labels": dict(MANAGED_LABELS),
            "annotations": {k: v for k, v in annotations.items() if v},
        },
        "data": {"ca.crt": plan.bundle or ""},
    }
    if cm is None:
        kube.create_config_map(namespace, cm_body)
    else:
        kube.patch_config_map(
            namespace, CA_CERT_CONFIGMAP, {"metadata": {"annotations": annotations}, "data": cm_body["data"]}
        )
    log.info("CA %s in namespace %s: %s", plan.action, namespace, plan.reason)
    return plan


def register(registry: kopf.OperatorRegistry, config: OperatorConfig) -> None:
    @kopf.timer(
        GROUP,
        VERSION,
        POLICIES,
        registry=registry,
        id="ca-rotation",
        interval=config.ca_check_interval_s,
        initial_delay=config.ca_check_interval_s,
    )
    def ca_rotation(namespace: str, memo: kopf.Memo, **_: Any) -> None:
        ensure_namespace_ca(memo.kube, namespace, memo.config)
