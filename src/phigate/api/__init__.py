"""API types for the phigate.io custom resources: the single source of the CRDs in crds/."""

from phigate.api.common import Condition, ConditionStatus, LabelSelector, ObjectMeta
from phigate.api.grant import AIAccessGrant, AIAccessGrantSpec, AIAccessGrantStatus, GrantPhase, GrantScope
from phigate.api.identifiers import Action, IdentifierType
from phigate.api.policy import (
    Destination,
    DestinationKind,
    PHIPolicy,
    PHIPolicySpec,
    PHIPolicyStatus,
    PolicyMode,
)

__all__ = [
    "AIAccessGrant",
    "AIAccessGrantSpec",
    "AIAccessGrantStatus",
    "Action",
    "Condition",
    "ConditionStatus",
    "Destination",
    "DestinationKind",
    "GrantPhase",
    "GrantScope",
    "IdentifierType",
    "LabelSelector",
    "ObjectMeta",
    "PHIPolicy",
    "PHIPolicySpec",
    "PHIPolicyStatus",
    "PolicyMode",
]
