"""The enforcement config: what the operator renders per namespace and the sidecar enforces.

Format `phigate.io/enforcement/v1` (JSON, in a ConfigMap key `enforcement.json`):

    {"apiVersion": "phigate.io/enforcement/v1", "namespace": "team-a", "hash": "...",
     "policies": [{"name": ..., "generation": ..., "hash": ..., "spec": <PHIPolicySpec>}],
     "grants":   [{"name": ..., "serviceAccount": ..., "subject": ..., "scope": ..., "policy": ...,
                   "phase": "Active", "expiresAt": ..., "requestedBy": ..., "approvedBy": ...}]}

Only Active grants are listed; the sidecar still checks `expiresAt` on its own clock. For local use
the sidecar also accepts PHIPolicy / AIAccessGrant YAML and compiles it with the same function.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import Field, ValidationError

from phigate.api.common import Model
from phigate.api.grant import AIAccessGrant, GrantPhase, GrantScope
from phigate.api.policy import PHIPolicy, PHIPolicySpec
from phigate.canonical import content_hash

ENFORCEMENT_API_VERSION = "phigate.io/enforcement/v1"


class PolicyEntry(Model):
    name: str
    generation: int | None = None
    hash: str
    spec: PHIPolicySpec


class GrantEntry(Model):
    name: str
    service_account: Annotated[str, Field(alias="serviceAccount")]
    subject: str
    scope: GrantScope
    policy: str
    phase: GrantPhase
    expires_at: Annotated[datetime, Field(alias="expiresAt")]
    requested_by: Annotated[str | None, Field(alias="requestedBy")] = None
    approved_by: Annotated[str | None, Field(alias="approvedBy")] = None

    def active_at(self, now: datetime) -> bool:
        return self.phase == GrantPhase.ACTIVE and now < self.expires_at


class EnforcementConfig(Model):
    api_version: Annotated[Literal["phigate.io/enforcement/v1"], Field(alias="apiVersion")] = (
        ENFORCEMENT_API_VERSION
    )
    namespace: str
    hash: str = ""
    policies: list[PolicyEntry] = []
    grants: list[GrantEntry] = []

    def policy(self, name: str) -> PolicyEntry | None:
        return next((p for p in self.policies if p.name == name), None)

    def policies_for(self, pod_labels: dict[str, str]) -> list[PolicyEntry]:
        return [p for p in self.policies if p.spec.pod_selector.matches(pod_labels)]

    def active_grants(
        self, service_account: str, policy: str, now: datetime | None = None
    ) -> list[GrantEntry]:
        now = now or datetime.now(UTC)
        return [
            g
            for g in self.grants
            if g.service_account == service_account and g.policy == policy and g.active_at(now)
        ]


class EnforcementConfigError(ValueError):
    """A config or policy file that cannot be enforced; the message names the file and field."""


def policy_hash(spec: PHIPolicySpec) -> str:
    return content_hash(spec.dump())


def compile_enforcement(
    namespace: str, policies: list[PHIPolicy], grants: list[AIAccessGrant]
) -> EnforcementConfig:
    """Pure: the namespace's policies and Active grants in a deterministic, hashed config."""
    entries = sorted(
        (
            PolicyEntry(
                name=p.metadata.name or "",
                generation=p.metadata.generation,
                hash=policy_hash(p.spec),
                spec=p.spec,
            )
            for p in policies
        ),
        key=lambda e: e.name,
    )
    grant_entries = []
    for g in grants:
        st = g.status
        if st is None or st.phase != GrantPhase.ACTIVE or st.expires_at is None:
            continue
        grant_entries.append(
            GrantEntry(
                name=g.metadata.name or "",
                service_account=g.spec.service_account_name,
                subject=g.spec.subject,
                scope=g.spec.scope,
                policy=g.spec.policy_ref.name,
                phase=st.phase,
                expires_at=st.expires_at,
                requested_by=st.requested_by,
                approved_by=st.approved_by,
            )
        )
    grant_entries.sort(key=lambda e: e.name)
    cfg = EnforcementConfig(namespace=namespace, policies=entries, grants=grant_entries)
    cfg.hash = content_hash(cfg.dump() | {"hash": ""})
    return cfg


def parse_duration(text: str) -> timedelta:
    """'1h30m' -> timedelta; the pattern is enforced by the CRD schema and the models."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    total, num = 0, ""
    for ch in text:
        if ch.isdigit():
            num += ch
        elif ch in units and num:
            total += int(num) * units[ch]
            num = ""
        else:
            raise ValueError(f"invalid duration {text!r}")
    if num:
        raise ValueError(f"invalid duration {text!r}: missing unit")
    return timedelta(seconds=total)


def _local_grant_active(g: AIAccessGrant, now: datetime) -> AIAccessGrant:
    """For local files without an operator: a grant without status is taken as Active from now."""
    if g.status is not None and g.status.phase is not None:
        return g
    expires = g.spec.expires_at or now + parse_duration(g.spec.duration or "0s")
    status = {"phase": "Revoked" if g.spec.revoked else "Active", "expiresAt": expires.isoformat()}
    return AIAccessGrant.model_validate(g.dump() | {"status": status})


def _read_docs(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EnforcementConfigError(f"{path}: cannot read: {exc}") from exc
    try:
        if path.suffix == ".json":
            docs = [json.loads(text)]
        else:
            docs = [d for d in yaml.safe_load_all(text) if d is not None]
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise EnforcementConfigError(f"{path}: not valid JSON/YAML: {exc}") from exc
    for i, d in enumerate(docs):
        if not isinstance(d, dict):
            raise EnforcementConfigError(f"{path}: document {i} is not a mapping")
    return docs


def format_validation_error(exc: ValidationError, prefix: str = "") -> str:
    """'spec.destinations.0.host: String should match pattern ...' lines, one per error."""
    lines = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"])
        lines.append(f"{prefix}{loc}: {err['msg']}")
    return "; ".join(lines)


def load_enforcement(
    policy_path: Path, grants_path: Path | None = None, now: datetime | None = None
) -> EnforcementConfig:
    """Load a rendered enforcement config, or compile PHIPolicy/AIAccessGrant YAML on the spot."""
    now = now or datetime.now(UTC)
    docs = _read_docs(policy_path)
    if grants_path is not None:
        docs += _read_docs(grants_path)
    if len(docs) == 1 and docs[0].get("apiVersion") == ENFORCEMENT_API_VERSION:
        try:
            return EnforcementConfig.model_validate(docs[0])
        except ValidationError as exc:
            raise EnforcementConfigError(f"{policy_path}: {format_validation_error(exc)}") from exc
    policies: list[PHIPolicy] = []
    grants: list[AIAccessGrant] = []
    namespace = "default"
    for i, d in enumerate(docs):
        kind = d.get("kind")
        try:
            if kind == "PHIPolicy":
                p = PHIPolicy.model_validate(d)
                policies.append(p)
                namespace = p.metadata.namespace or namespace
            elif kind == "AIAccessGrant":
                grants.append(_local_grant_active(AIAccessGrant.model_validate(d), now))
            else:
                raise EnforcementConfigError(
                    f"{policy_path}: document {i}: kind {kind!r} is neither PHIPolicy, AIAccessGrant nor an "
                    f"{ENFORCEMENT_API_VERSION} config"
                )
        except ValidationError as exc:
            name = (d.get("metadata") or {}).get("name", f"#{i}")
            raise EnforcementConfigError(f"{kind} {name}: {format_validation_error(exc)}") from exc
    if not policies:
        raise EnforcementConfigError(f"{policy_path}: no PHIPolicy found")
    return compile_enforcement(namespace, policies, grants)
