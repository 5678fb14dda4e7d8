"""Kubernetes-shaped building blocks shared by both resources."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

DNS_LABEL = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
DNS_SUBDOMAIN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"


class Model(BaseModel):
    """Strict camelCase model: unknown fields are errors (a typo must not weaken a policy)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, use_enum_values=False)

    def dump(self) -> dict[str, Any]:
        """The Kubernetes wire form: camelCase, no unset optionals."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class LabelSelectorRequirement(Model):
    key: Annotated[str, Field(min_length=1, max_length=317, description="The label key the selector applies to.")]
    operator: Annotated[
        Literal["In", "NotIn", "Exists", "DoesNotExist"],
        Field(description="How the key relates to the values."),
    ]
    values: Annotated[
        list[str] | None,
        Field(description="Values for In/NotIn; must be empty for Exists/DoesNotExist."),
    ] = None


class LabelSelector(Model):
    """A standard Kubernetes label selector; an empty selector selects every pod of the namespace."""

    match_labels: Annotated[
        dict[str, str] | None,
        Field(alias="matchLabels", description="Labels a pod must carry, all of them."),
    ] = None
    match_expressions: Annotated[
        list[LabelSelectorRequirement] | None,
        Field(alias="matchExpressions", description="Set-based requirements, all of them."),
    ] = None

    def matches(self, labels: dict[str, str]) -> bool:
        for k, v in (self.match_labels or {}).items():
            if labels.get(k) != v:
                return False
        for req in self.match_expressions or []:
            present = req.key in labels
            vals = req.values or []
            if req.operator == "In" and not (present and labels[req.key] in vals):
                return False
            if req.operator == "NotIn" and present and labels[req.key] in vals:
                return False
            if req.operator == "Exists" and not present:
                return False
            if req.operator == "DoesNotExist" and present:
                return False
        return True


class ConditionStatus(StrEnum):
    TRUE = "True"
    FALSE = "False"
    UNKNOWN = "Unknown"


class Condition(Model):
    """A status condition in the metav1.Condition shape (cert-manager style)."""

    type: Annotated[str, Field(description="Condition type, e.g. Ready, Invalid, Approved.", max_length=316)]
    status: Annotated[ConditionStatus, Field(description="True, False or Unknown.")]
    reason: Annotated[
        str,
        Field(description="CamelCase machine-readable reason.", pattern=r"^([A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?)?$"),
    ] = ""
    message: Annotated[str, Field(description="Human-readable details.", max_length=32768)] = ""
    last_transition_time: Annotated[
        datetime | None,
        Field(alias="lastTransitionTime", description="When status last changed."),
    ] = None
    observed_generation: Annotated[
        int | None,
        Field(alias="observedGeneration", ge=0, description="The spec generation this condition describes."),
    ] = None


class SecretKeyRef(Model):
    """A key of a Secret in the same namespace."""

    name: Annotated[str, Field(pattern=DNS_SUBDOMAIN, max_length=253, description="Secret name.")]
    key: Annotated[str, Field(min_length=1, max_length=253, description="Key within the Secret.")]


class ObjectMeta(BaseModel):
    """The subset of metav1.ObjectMeta phigate reads; everything else passes through untouched."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    name: str | None = None
    namespace: str | None = None
    labels: dict[str, str] | None = None
    annotations: dict[str, str] | None = None
    generation: int | None = None
    uid: str | None = None
    resource_version: Annotated[str | None, Field(alias="resourceVersion")] = None
