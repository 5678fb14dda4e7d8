"""Render a namespace's enforcement config into ConfigMap `phigate-enforcement`.

Called by the policy handlers (policy created/changed/deleted) and by the grant engine (a grant
became Active or ended). Lists the namespace's PHIPolicies and AIAccessGrants, keeps the valid
policies, compiles them with `compile_enforcement` and writes the ConfigMap only when the content
hash changed. An invalid policy is left out, so the pods it selects are denied by the sidecar
(a pod whose `PHIGATE_POLICY` names no policy in the config gets deny-all): never open.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from phigate.api.grant import AIAccessGrant
from phigate.enforcement import EnforcementConfig, compile_enforcement
from phigate_operator.kube import ApiException, Kube
from phigate_operator.policy_check import PolicyCheck, check_policy

ENFORCEMENT_CONFIGMAP = "phigate-enforcement"
ENFORCEMENT_KEY = "enforcement.json"
HASH_ANNOTATION = "phigate.io/enforcement-hash"
MANAGED_LABELS = {"app.kubernetes.io/managed-by": "phigate-operator", "app.kubernetes.io/part-of": "phigate"}

log = logging.getLogger("phigate.operator.sync")
_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)


@dataclass
class SyncResult:
    namespace: str
    config: EnforcementConfig
    changed: bool
    checks: dict[str, PolicyCheck] = field(default_factory=dict)
    skipped_grants: dict[str, str] = field(default_factory=dict)

    @property
    def hash(self) -> str:
        return self.config.hash


def render_configmap(config: EnforcementConfig) -> dict[str, Any]:
    """Pure: the ConfigMap body for a compiled config (stable JSON, hash annotation)."""
    text = json.dumps(config.dump(), sort_keys=True, indent=1, ensure_ascii=False)
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {
            "name": ENFORCEMENT_CONFIGMAP,
            "namespace": config.namespace,
            "labels": dict(MANAGED_LABELS),
            "annotations": {HASH_ANNOTATION: config.hash},
        },
        "data": {ENFORCEMENT_KEY: text},
    }


def secret_lookup(kube: Kube, namespace: str):  # type: ignore[no-untyped-def]
    """A cached `name -> keys | None` lookup for policy checks (one GET per Secret per sync)."""
    cache: dict[str, list[str] | None] = {}

    def lookup(name: str) -> list[str] | None:
        if name not in cache:
            secret = kube.get_secret(namespace, name)
            cache[name] = (
                None
                if secret is None
                else sorted((secret.get("data") or {}) | (secret.get("stringData") or {}))
            )
        return cache[name]

    return lookup


def compile_namespace(
    namespace: str, policies: list[dict[str, Any]], grants: list[dict[str, Any]], secrets: Any = None
) -> SyncResult:
    """Pure given the lookup: check every policy, parse grants, compile the valid ones."""
    checks = {}
    for body in policies:
        if (body.get("metadata") or {}).get("deletionTimestamp"):
            continue  # being deleted: already out of force
        chk = check_policy(body, secrets)
        checks[chk.name] = chk
    parsed_grants, skipped = [], {}
    for body in grants:
        name = str((body.get("metadata") or {}).get("name"))
        try:
            parsed_grants.append(
                AIAccessGrant.model_validate(
                    {
                        k: body[k]
                        for k in ("apiVersion", "kind", "metadata", "spec", "status")
                        if body.get(k) is not None
                    }
                )
            )
        except ValidationError as exc:
            skipped[name] = str(exc).splitlines()[0]
    valid = [c.policy for c in checks.values() if c.valid and c.policy is not None]
    config = compile_enforcement(namespace, valid, parsed_grants)
    return SyncResult(namespace, config, changed=False, checks=checks, skipped_grants=skipped)


def sync_namespace_detailed(namespace: str, kube: Kube) -> SyncResult:
    """List, compile and write; serialised per namespace within this process, retried on conflicts."""
    with _locks[namespace]:
        for _attempt in range(5):
            result = compile_namespace(
                namespace,
                kube.list_policies(namespace),
                kube.list_grants(namespace),
                secret_lookup(kube, namespace),
            )
            try:
                result.changed = _write(kube, result.config)
                return result
            except ApiException as exc:
                if exc.status not in (409, 422):
                    raise
                log.info(
                    "enforcement ConfigMap in %s changed underneath us (%s); retrying", namespace, exc.status
                )
        raise RuntimeError(
            f"could not write ConfigMap {namespace}/{ENFORCEMENT_CONFIGMAP}: conflicts persisted"
        )


def sync_namespace(namespace: str, kube: Kube) -> str:
    """Recompile `namespace` and write ConfigMap phigate-enforcement if it changed; returns the hash."""
    return sync_namespace_detailed(namespace, kube).hash


def _write(kube: Kube, config: EnforcementConfig) -> bool:
    body = render_configmap(config)
    current = kube.get_config_map(config.namespace, ENFORCEMENT_CONFIGMAP)
    if current is None:
        kube.create_config_map(config.namespace, body)
        log.info("wrote %s/%s hash=%s (created)", config.namespace, ENFORCEMENT_CONFIGMAP, config.hash)
        return True
    annotations = (current.get("metadata") or {}).get("annotations") or {}
    if annotations.get(HASH_ANNOTATION) == config.hash and (current.get("data") or {}).get(ENFORCEMENT_KEY):
        return False
    patch = {
        "metadata": {
            "resourceVersion": current["metadata"].get("resourceVersion"),
            "labels": body["metadata"]["labels"],
            "annotations": body["metadata"]["annotations"],
        },
        "data": body["data"],
    }
    kube.patch_config_map(config.namespace, ENFORCEMENT_CONFIGMAP, patch)
    log.info("wrote %s/%s hash=%s", config.namespace, ENFORCEMENT_CONFIGMAP, config.hash)
    return True
