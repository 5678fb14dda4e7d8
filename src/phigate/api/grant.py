"""AIAccessGrant: time-boxed access of one agent service account to PHI, on behalf of one human."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import ConfigDict, Field, model_validator

from phigate.api.common import DNS_SUBDOMAIN, Condition, Model, ObjectMeta, cel, list_map, unique_by
from phigate.api.policy import DURATION_PATTERN


class GrantScope(StrEnum):
    """standard: masked reads under the policy; elevated: may pass the risk threshold, needs approval."""

    STANDARD = "standard"  # masked reads
    ELEVATED = "elevated"  # may pass the risk threshold (bulk reads); needs approval


class GrantPhase(StrEnum):
    """Lifecycle phase; Expired, Revoked and Denied are terminal."""

    PENDING = "Pending"
    ACTIVE = "Active"
    EXPIRED = "Expired"
    REVOKED = "Revoked"
    DENIED = "Denied"


TERMINAL_PHASES = frozenset({GrantPhase.EXPIRED, GrantPhase.REVOKED, GrantPhase.DENIED})


class PolicyRef(Model):
    """The PHIPolicy (same namespace) whose rules apply while the grant is active."""

    name: Annotated[
        str,
        Field(pattern=DNS_SUBDOMAIN, max_length=253, description="Name of a PHIPolicy in this namespace."),
    ]


class RoleRef(Model):
    """A Role or ClusterRole bound to the service account for the grant's life only."""

    kind: Annotated[
        Literal["Role", "ClusterRole"],
        Field(description="Role or ClusterRole (bound by a RoleBinding in this namespace)."),
    ]
    name: Annotated[
        str, Field(pattern=DNS_SUBDOMAIN, max_length=253, description="Name of the Role or ClusterRole.")
    ]


# Approval binds to what was approved: after creation only `revoked` may change, and only to true.
_REQUIRED_IMMUTABLE = ("subject", "serviceAccountName", "policyRef", "scope", "justification")
_OPTIONAL_IMMUTABLE = ("duration", "expiresAt", "ticket", "roleRef")
IMMUTABLE_SPEC_RULE = cel(
    " && ".join(
        [f"self.{f} == oldSelf.{f}" for f in _REQUIRED_IMMUTABLE]
        + [
            f"has(self.{f}) == has(oldSelf.{f}) && (!has(self.{f}) || self.{f} == oldSelf.{f})"
            for f in _OPTIONAL_IMMUTABLE
        ]
    ),
    "spec is immutable except spec.revoked: create a new grant to change it",
)
GRANT_SPEC_RULES = [
    cel(
        "has(self.duration) != has(self.expiresAt)",
        "exactly one of spec.duration and spec.expiresAt must be set",
    ),
    IMMUTABLE_SPEC_RULE,
    cel("!oldSelf.revoked || self.revoked", "a revoked grant cannot be un-revoked"),
]


class AIAccessGrantSpec(Model):
    """Desired state of an AIAccessGrant.

    Requester and approver are stamped by admission, never typed here.
    """

    model_config = ConfigDict(json_schema_extra={"x-kubernetes-validations": GRANT_SPEC_RULES})

    subject: Annotated[
        str,
        Field(min_length=1, max_length=253, description="The human the agent acts for (user name or email)."),
    ]
    service_account_name: Annotated[
        str,
        Field(
            alias="serviceAccountName",
            pattern=DNS_SUBDOMAIN,
            max_length=253,
            description="The agent pod's service account, in this namespace.",
        ),
    ]
    policy_ref: Annotated[
        PolicyRef, Field(alias="policyRef", description="The PHIPolicy this grant is under.")
    ]
    scope: Annotated[
        GrantScope, Field(description="standard (masked reads) or elevated (needs approval).")
    ] = GrantScope.STANDARD
    duration: Annotated[
        str | None,
        Field(
            pattern=DURATION_PATTERN,
            max_length=32,
            description="How long after activation the grant lasts, e.g. 4h.",
        ),
    ] = None
    expires_at: Annotated[
        datetime | None,
        Field(
            alias="expiresAt",
            description="Absolute end time (RFC 3339); alternative to duration.",
            json_schema_extra={"maxLength": 64},  # bounds the CEL cost estimate; RFC 3339 is ~35 chars
        ),
    ] = None
    justification: Annotated[
        str,
        Field(min_length=10, max_length=2048, description="Why access is needed (minimum necessary)."),
    ]
    ticket: Annotated[
        str | None, Field(max_length=256, description="Change or ticket reference, recorded in spans.")
    ] = None
    role_ref: Annotated[
        RoleRef | None,
        Field(alias="roleRef", description="Kubernetes role bound for the grant's life, removed at the end."),
    ] = None
    revoked: Annotated[bool, Field(description="Set true to end the grant now.")] = False

    @model_validator(mode="after")
    def _one_end(self) -> AIAccessGrantSpec:
        if (self.duration is None) == (self.expires_at is None):
            raise ValueError("exactly one of spec.duration and spec.expiresAt must be set")
        return self


class RevocationAction(Model):
    """One step of a revocation (delete a RoleBinding, a token Secret, a pod ...) and how it went."""

    action: Annotated[str, Field(description="What was done, e.g. DeleteRoleBinding, DeletePod.")]
    target: Annotated[str, Field(description="The object acted on (kind/name).")]
    outcome: Annotated[
        Literal["Done", "AlreadyGone", "Failed"],
        Field(description="Result: Done, AlreadyGone (nothing left to do) or Failed."),
    ]
    message: Annotated[str, Field(description="Details, for failures (retried until done).")] = ""
    time: Annotated[datetime | None, Field(description="When the action ran (RFC 3339).")] = None


class AIAccessGrantStatus(Model):
    """Observed state, written by the operator only."""

    phase: Annotated[GrantPhase | None, Field(description="Pending, Active, Expired, Revoked or Denied.")] = (
        None
    )
    requested_by: Annotated[
        str | None,
        Field(alias="requestedBy", description="Authenticated requester, from admission."),
    ] = None
    approved_by: Annotated[
        str | None,
        Field(alias="approvedBy", description="Authenticated approver, from admission."),
    ] = None
    approved_at: Annotated[
        datetime | None, Field(alias="approvedAt", description="When the grant was approved (RFC 3339).")
    ] = None
    activated_at: Annotated[
        datetime | None,
        Field(alias="activatedAt", description="When the grant became Active (RFC 3339)."),
    ] = None
    expires_at: Annotated[
        datetime | None,
        Field(
            alias="expiresAt",
            description="Effective end: duration from activation or spec.expiresAt, capped by the policy.",
        ),
    ] = None
    ended_at: Annotated[
        datetime | None,
        Field(alias="endedAt", description="When it ended (expired, revoked or denied)."),
    ] = None
    role_bindings: Annotated[
        list[str] | None,
        Field(alias="roleBindings", description="RoleBindings created for this grant."),
    ] = None
    revocation: Annotated[
        list[RevocationAction] | None,
        Field(description="Actions taken when the grant ended, with outcomes."),
    ] = None
    conditions: Annotated[
        list[Condition] | None,
        Field(
            description="Approved, Active, Revoked ... conditions, unique by type.",
            json_schema_extra=list_map("type"),
        ),
    ] = None
    observed_generation: Annotated[
        int | None,
        Field(alias="observedGeneration", description="The metadata.generation the operator last processed."),
    ] = None

    @model_validator(mode="after")
    def _unique_conditions(self) -> AIAccessGrantStatus:
        unique_by(self.conditions, "type", "conditions")
        return self


class AIAccessGrant(Model):
    """An AIAccessGrant lets one agent service account reach PHI sources under a policy, for a bounded time."""  # noqa: E501

    KIND: ClassVar[str] = "AIAccessGrant"
    PLURAL: ClassVar[str] = "aiaccessgrants"
    SINGULAR: ClassVar[str] = "aiaccessgrant"
    SHORT_NAMES: ClassVar[list[str]] = ["aag", "grant"]
    PRINTER_COLUMNS: ClassVar[list[dict[str, str]]] = [
        {"name": "Subject", "type": "string", "jsonPath": ".spec.subject"},
        {"name": "ServiceAccount", "type": "string", "jsonPath": ".spec.serviceAccountName"},
        {"name": "Scope", "type": "string", "jsonPath": ".spec.scope"},
        {"name": "Phase", "type": "string", "jsonPath": ".status.phase"},
        {"name": "Expires", "type": "string", "jsonPath": ".status.expiresAt"},
        {"name": "Approver", "type": "string", "jsonPath": ".status.approvedBy", "priority": "1"},
        {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
    ]

    api_version: Annotated[Literal["phigate.io/v1alpha1"], Field(alias="apiVersion")] = "phigate.io/v1alpha1"
    kind: Literal["AIAccessGrant"] = "AIAccessGrant"
    metadata: ObjectMeta = ObjectMeta()
    spec: AIAccessGrantSpec
    status: AIAccessGrantStatus | None = None
