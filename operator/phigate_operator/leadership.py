"""Is this replica the one kopf peering lets run handlers? Asked by work kopf does not pause itself.

kopf pauses a replica's watches and handlers while a live peer of higher (or equal) priority is
recorded in the peering object, but it cannot pause our own asyncio tasks: the grant expiry scheduler
of a replica that was active and then got outranked (a rolling update starts a pod with a higher
random priority) would keep revoking alongside the new leader. The scheduler asks `Leadership`
before each expiry and re-arms instead of acting while outranked. The rule is kopf's own (peering.py:
a peer is live while lastseen + lifetime is in the future; equal priority pauses both), read from the
same object kopf writes, so the two never disagree for longer than the cache TTL.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from phigate_operator.kube import ApiException

log = logging.getLogger("phigate.operator.peering")
PEERING_GROUP = "kopf.dev"
PEERING_VERSION = "v1"
CLUSTER_PEERINGS = "clusterkopfpeerings"
NAMESPACED_PEERINGS = "kopfpeerings"


def _parse(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def outranked(status: Mapping[str, Any], *, identity: str | None, priority: int, now: datetime) -> bool:
    """Pure: does a live peer other than us have a priority >= ours (kopf pauses us then)?

    Without our identity (tests that start kopf themselves) an entry with exactly our priority is us.
    """
    for peer, info in (status or {}).items():
        if not isinstance(info, Mapping):
            continue
        try:
            their = int(info.get("priority", 0))
            lifetime = timedelta(seconds=int(info.get("lifetime", 60)))
        except (TypeError, ValueError):
            continue
        if identity is not None and peer == identity:
            continue
        if identity is None and their == priority:
            continue
        seen = _parse(info.get("lastseen"))
        if seen is None or seen + lifetime <= now:
            continue  # dead: kopf ignores it (and cleans it up)
        if their >= priority:
            return True
    return False


class Leadership:
    """Cached answer to "may this replica act now?"; True when peering is off."""

    def __init__(
        self,
        kube_getter: Callable[[], Any],
        *,
        enabled: bool,
        name: str,
        namespaces: tuple[str, ...] | None,
        identity: str | None,
        priority: int,
        ttl_s: float = 2.0,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._kube = kube_getter
        self.enabled = enabled
        self.name = name
        self.namespaces = namespaces  # None: ClusterKopfPeering
        self.identity = identity
        self.priority = priority
        self._ttl = ttl_s
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: tuple[float, bool] | None = None

    def is_leader(self) -> bool:
        """Blocking (one GET per peering object, at most every ttl_s)."""
        if not self.enabled:
            return True
        with self._lock:
            if self._cached is not None and time.monotonic() - self._cached[0] < self._ttl:
                return self._cached[1]
            answer = self._ask()
            self._cached = (time.monotonic(), answer)
            return answer

    def _ask(self) -> bool:
        custom = self._kube().custom
        # kopf peers per watched namespace; a glob pattern names no object of its own.
        refs = (
            [None] if self.namespaces is None else [n for n in self.namespaces if not set(n) & set("*?[]!")]
        )
        statuses = []
        for ns in refs:
            try:
                if ns is None:
                    obj = custom.get_cluster_custom_object(
                        PEERING_GROUP, PEERING_VERSION, CLUSTER_PEERINGS, self.name
                    )
                else:
                    obj = custom.get_namespaced_custom_object(
                        PEERING_GROUP, PEERING_VERSION, ns, NAMESPACED_PEERINGS, self.name
                    )
            except ApiException as exc:
                if exc.status == 404:
                    # No peering object: kopf runs standalone (optional peering) or stays paused (mandatory;
                    # then this replica's scheduler holds nothing, as its handlers never ran).
                    continue
                log.warning("peering %s unreadable (HTTP %s): keeping the last answer", self.name, exc.status)
                return self._cached[1] if self._cached is not None else True
            statuses.append(dict(obj.get("status") or {}))
        now = self._clock()
        return not any(
            outranked(st, identity=self.identity, priority=self.priority, now=now) for st in statuses
        )
