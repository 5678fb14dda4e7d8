"""Kubernetes-shaped building blocks shared by both resources."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

DNS_LABEL = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
DNS_SUBDOMAIN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"


class Model(BaseModel):
    """Strict camelCase model: unknown fields are errors (a typo must not weaken a policy)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, use_enum_values=False)

    def dump(self) -> dict[str, Any]:
        """The Kubernetes wire form: camelCase, no unset optionals."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


def cel(rule: str, message: str) -> dict[str, str]:
    """One `x-kubernetes-validations` entry: a CEL rule the API server checks at admission."""
    return {"rule": rule, "message": message}


def list_map(*keys: str) -> dict[str, Any]:
    """A list whose items are unique by `keys` (the API server rejects duplicates, merges by key)."""
    return {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": list(keys)}


def unique_by(items: list[Any] | None, attr: str, where: str) -> None:
    """The pydantic twin of `list_map`: duplicates are an error naming the first repeated item."""
    seen: set[Any] = set()
    for i, item in enumerate(items or []):
        key = getattr(item, attr)
        if key in seen:
            raise ValueError(f"{where}[{i}].{attr}: duplicate value {str(key)!r}")
        seen.add(key)


SELECTOR_VALUES_RULE = cel(
    "self.operator in ['In', 'NotIn'] ? (has(self.values) && size(self.values) > 0)"
    " : (!has(self.values) || size(self.values) == 0)",
    "values must be non-empty for In and NotIn, and empty for Exists and DoesNotExist",
)


class LabelSelectorRequirement(Model):
    """One set-based requirement (`key operator values`) of a label selector."""

    model_config = ConfigDict(json_schema_extra={"x-kubernetes-validations": [SELECTOR_VALUES_RULE]})

    key: Annotated[
        str, Field(min_length=1, max_length=317, description="The label key the selector applies to.")
    ]
    operator: Annotated[
        Literal["In", "NotIn", "Exists", "DoesNotExist"],
        Field(description="How the key relates to the values."),
    ]
    values: Annotated[
        list[Annotated[str, Field(max_length=63)]] | None,
        Field(max_length=256, description="Values for In/NotIn; must be empty for Exists/DoesNotExist."),
    ] = None

    @model_validator(mode="after")
    def _values_match_operator(self) -> LabelSelectorRequirement:
        if self.operator in ("In", "NotIn") and not self.values:
            raise ValueError(f"values must be non-empty for operator {self.operator}")
        if self.operator in ("Exists", "DoesNotExist") and self.values:
            raise ValueError(f"values must be empty for operator {self.operator}")
        return self


class LabelSelector(Model):
    """A standard Kubernetes label selector; an empty selector selects every pod of the namespace."""

    match_labels: Annotated[
        dict[str, str] | None,
        Field(alias="matchLabels", description="Labels a pod must carry, all of them."),
    ] = None
    match_expressions: Annotated[
        list[LabelSelectorRequirement] | None,
        Field(alias="matchExpressions", max_length=64, description="Set-based requirements, all of them."),
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
    """The three states of a metav1.Condition."""

    TRUE = "True"
    FALSE = "False"
    UNKNOWN = "Unknown"


class Condition(Model):
    """A status condition in the metav1.Condition shape (cert-manager style)."""

    type: Annotated[str, Field(description="Condition type, e.g. Ready, Invalid, Approved.", max_length=316)]
    status: Annotated[ConditionStatus, Field(description="Status of the condition: True, False or Unknown.")]
    reason: Annotated[
        str,
        Field(
            description="CamelCase machine-readable reason.",
            pattern=r"^([A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?)?$",
        ),
    ] = ""
    message: Annotated[
        str, Field(description="Human-readable details of the last transition.", max_length=32768)
    ] = ""
    last_transition_time: Annotated[
        datetime | None,
        Field(alias="lastTransitionTime", description="When status last changed (RFC 3339)."),
    ] = None
    observed_generation: Annotated[
        int | None,
        Field(alias="observedGeneration", ge=0, description="The spec generation this condition describes."),
    ] = None


class SecretKeyRef(Model):
    """A key of a Secret in the same namespace."""

    name: Annotated[
        str,
        Field(pattern=DNS_SUBDOMAIN, max_length=253, description="Name of a Secret in the same namespace."),
    ]
    key: Annotated[str, Field(min_length=1, max_length=253, description="Key within the Secret's data.")]


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
