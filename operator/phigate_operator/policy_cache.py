"""The admission webhooks' view of PHIPolicies: per-namespace, refreshed from the API after a short TTL.

Watch events keep it current on the active replica; the TTL keeps it current on replicas whose
resource handlers are paused by peering but which still serve webhooks. A failed refresh raises, so
the webhook rejects the pod (fail closed) rather than admitting it unchecked.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from phigate.api.common import LabelSelector
from phigate.api.policy import CaptureMode

DEFAULT_TTL_S = 5.0


@dataclass(frozen=True)
class PolicyView:
    """What injection needs from one PHIPolicy; built even from an invalid policy (fail closed)."""

    name: str
    namespace: str
    selector: LabelSelector | None  # None: unparseable -> selects every pod of the namespace
    capture: CaptureMode
    credential_secrets: tuple[str, ...] = ()

    def selects(self, labels: Mapping[str, str]) -> bool:
        return True if self.selector is None else self.selector.matches(dict(labels))

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> PolicyView:
        meta = body.get("metadata") or {}
        spec = body.get("spec") or {}
        try:
            selector: LabelSelector | None = LabelSelector.model_validate(spec.get("podSelector") or {})
        except Exception:
            selector = None
        try:
            capture = CaptureMode(spec.get("capture", CaptureMode.TRANSPARENT.value))
        except ValueError:
            capture = CaptureMode.TRANSPARENT  # an unknown mode never weakens capture
        secrets = []
        for d in spec.get("destinations") or []:
            ref = ((d or {}).get("credentials") or {}).get("secretRef") or {}
            if isinstance(ref.get("name"), str) and ref["name"] not in secrets:
                secrets.append(ref["name"])
        return cls(
            name=str(meta.get("name", "")),
            namespace=str(meta.get("namespace", "")),
            selector=selector,
            capture=capture,
            credential_secrets=tuple(sorted(secrets)),
        )


class PolicyCache:
    def __init__(
        self,
        kube_getter: Callable[[], Any],
        *,
        ttl_s: float = DEFAULT_TTL_S,
        clock_s: Callable[[], float] | None = None,
    ) -> None:
        self._kube = kube_getter
        self._ttl = ttl_s
        self._clock = clock_s or time.monotonic
        self._lock = threading.Lock()
        self._data: dict[str, tuple[float, dict[str, PolicyView]]] = {}
        self.inflight: dict[str, Any] = {}  # namespace -> the refresh the webhooks are awaiting (one loop)

    def fresh(self, namespace: str) -> list[PolicyView] | None:
        """The cached policies if still fresh, else None (the caller refreshes, off the event loop)."""
        with self._lock:
            entry = self._data.get(namespace)
        if entry is None or self._clock() - entry[0] > self._ttl:
            return None
        return sorted(entry[1].values(), key=lambda v: v.name)

    def refresh(self, namespace: str) -> list[PolicyView]:
        """Blocking: list the namespace's PHIPolicies from the API."""
        bodies = self._kube().list_policies(namespace)
        self.replace(namespace, bodies)
        return self.fresh(namespace) or []

    def get(self, namespace: str) -> list[PolicyView]:
        cached = self.fresh(namespace)
        return cached if cached is not None else self.refresh(namespace)

    def replace(self, namespace: str, bodies: Iterable[Mapping[str, Any]]) -> None:
        views = {}
        for body in bodies:
            if (body.get("metadata") or {}).get("deletionTimestamp"):
                continue
            v = PolicyView.from_body(body)
            views[v.name] = v
        with self._lock:
            self._data[namespace] = (self._clock(), views)

    def prime(self, bodies: Iterable[Mapping[str, Any]], namespaces: Iterable[str] = ()) -> None:
        """Load a cluster-wide list at startup; namespaces listed but empty are cached as empty."""
        grouped: dict[str, list[Mapping[str, Any]]] = {ns: [] for ns in namespaces}
        for body in bodies:
            grouped.setdefault(str((body.get("metadata") or {}).get("namespace", "")), []).append(body)
        for ns, items in grouped.items():
            self.replace(ns, items)

    def upsert(self, body: Mapping[str, Any]) -> None:
        v = PolicyView.from_body(body)
        with self._lock:
            if v.namespace not in self._data:
                return  # never cached: the next get() lists the whole namespace
            ts, views = self._data[v.namespace]
            if (body.get("metadata") or {}).get("deletionTimestamp"):
                views.pop(v.name, None)
            else:
                views[v.name] = v
            self._data[v.namespace] = (ts, views)

    def remove(self, namespace: str, name: str) -> None:
        with self._lock:
            if namespace in self._data:
                self._data[namespace][1].pop(name, None)
