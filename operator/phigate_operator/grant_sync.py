"""Fast enforcement update for grant changes: rewrite only the `grants` of the namespace's config.

A grant that becomes Active or ends does not change any policy, so re-checking every PHIPolicy (what
`sync.sync_namespace` does, including building the masking engine) is wasted time on the revocation
path: measured here it made each grant change cost 0.3-1.3 s on a busy 2-core machine. This module
lists the namespace's grants, recompiles the grant entries with the same `compile_enforcement`, keeps
the policies already in the ConfigMap, and writes it with a resourceVersion precondition (a concurrent
full sync wins and is re-read). No ConfigMap yet, or one that cannot be parsed: the full sync runs.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from phigate.api.grant import AIAccessGrant
from phigate.canonical import content_hash
from phigate.enforcement import EnforcementConfig, compile_enforcement
from phigate_operator.kube import ApiException, Kube
from phigate_operator.sync import ENFORCEMENT_CONFIGMAP, ENFORCEMENT_KEY, render_configmap, sync_namespace

log = logging.getLogger("phigate.operator.grants")
_FIELDS = ("apiVersion", "kind", "metadata", "spec", "status")


def grant_entries(namespace: str, grants: list[dict[str, Any]]) -> EnforcementConfig:
    """Pure: the grant part of the namespace's config (policies empty), as compile_enforcement makes it."""
    parsed = []
    for body in grants:
        try:
            parsed.append(
                AIAccessGrant.model_validate({k: body[k] for k in _FIELDS if body.get(k) is not None})
            )
        except ValidationError:
            continue  # an unreadable grant is not enforced as active: fail closed
    return compile_enforcement(namespace, [], parsed)


def with_grants(current: EnforcementConfig, grants_only: EnforcementConfig) -> EnforcementConfig:
    """Pure: the current policies + the fresh grants, re-hashed exactly as compile_enforcement hashes."""
    cfg = current.model_copy(update={"grants": grants_only.grants, "hash": ""})
    cfg.hash = content_hash(cfg.dump() | {"hash": ""})
    return cfg


@dataclass
class _Namespace:
    """Coalescing: a sync that STARTED after a caller's request covers that caller's change."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    guard: threading.Lock = field(default_factory=threading.Lock)
    requested: int = 0
    covered: int = 0
    last_hash: str = ""
    # What our own last write left (resourceVersion, parsed config): the next grant change patches on
    # top of it with that resourceVersion as precondition instead of GETting and re-parsing the ConfigMap
    # first; anyone else's write in between makes the patch fail with 409 and the cache is dropped.
    written: tuple[Kube, str, EnforcementConfig] | None = None


_namespaces: defaultdict[str, _Namespace] = defaultdict(_Namespace)


def sync_grants(namespace: str, kube: Kube, attempts: int = 8) -> str:
    """Rewrite the grants of ConfigMap phigate-enforcement; returns the config hash.

    Callers write the grant's status first, then call this. Calls for one namespace are serialised and
    coalesced (100 grants ending together cause a handful of writes, not 100 conflicting ones).
    """
    ns = _namespaces[namespace]
    with ns.guard:
        ns.requested += 1
        mine = ns.requested
    with ns.lock:
        if ns.covered >= mine:
            return ns.last_hash
        with ns.guard:
            start = ns.requested
        ns.last_hash = _sync_grants(namespace, kube, attempts, ns)
        ns.covered = start
        return ns.last_hash


def _sync_grants(namespace: str, kube: Kube, attempts: int, state: _Namespace | None = None) -> str:
    state = state or _Namespace()
    backoff = False
    for attempt in range(attempts):
        cached, state.written = state.written, None
        if cached is not None and cached[0] is not kube:
            cached = None  # another API client (tests run several clusters in one process)
        if backoff:
            time.sleep(min(0.05 * 2**attempt, 1.0))  # another writer (the policy handlers' full sync)
        if cached is not None:
            _, version, current = cached
        else:
            cm = kube.get_config_map(namespace, ENFORCEMENT_CONFIGMAP)
            text = ((cm or {}).get("data") or {}).get(ENFORCEMENT_KEY)
            if not text:
                return sync_namespace(namespace, kube)
            try:
                current = EnforcementConfig.model_validate(json.loads(text))
            except (ValueError, ValidationError):
                log.warning("enforcement ConfigMap in %s unreadable: full recompile", namespace)
                return sync_namespace(namespace, kube)
            version = str(((cm or {}).get("metadata") or {}).get("resourceVersion") or "")
        cfg = with_grants(current, grant_entries(namespace, kube.list_grants(namespace)))
        if cfg.hash == current.hash:
            if cached is not None:
                backoff = False
                continue  # nothing to change in our last write's view: confirm on the live ConfigMap
            state.written = (kube, version, current)
            return cfg.hash
        body = render_configmap(cfg)
        patch = {
            "metadata": {"resourceVersion": version, "annotations": body["metadata"]["annotations"]},
            "data": body["data"],
        }
        try:
            written = kube.patch_config_map(namespace, ENFORCEMENT_CONFIGMAP, patch)
        except ApiException as exc:
            if exc.status not in (409, 422) and not (cached is not None and exc.status == 404):
                raise
            backoff = cached is None  # a stale cache is re-read at once; a live conflict backs off
            continue
        new_version = str((written.get("metadata") or {}).get("resourceVersion") or "")
        if new_version:
            state.written = (kube, new_version, cfg)
        return cfg.hash
    raise RuntimeError(f"could not write ConfigMap {namespace}/{ENFORCEMENT_CONFIGMAP}: conflicts persisted")
