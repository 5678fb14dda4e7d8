"""Who the sidecar speaks for: the pod's identity from the downward-API variables of the pod contract."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Identity:
    """The agent pod behind this sidecar. The human subject comes from the grant, not from here."""

    pod: str = ""
    namespace: str = ""
    service_account: str = ""
    node: str = ""
    pod_uid: str = ""
    policy: str = ""  # PHIGATE_POLICY: the PHIPolicy selecting this pod ("" = the config's only policy)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, policy: str | None = None) -> Identity:
        env = os.environ if env is None else env
        return cls(
            pod=env.get("PHIGATE_POD_NAME", ""),
            namespace=env.get("PHIGATE_POD_NAMESPACE", ""),
            service_account=env.get("PHIGATE_SERVICE_ACCOUNT", ""),
            node=env.get("PHIGATE_NODE_NAME", ""),
            pod_uid=env.get("PHIGATE_POD_UID", ""),
            policy=policy if policy is not None else env.get("PHIGATE_POLICY", ""),
        )
