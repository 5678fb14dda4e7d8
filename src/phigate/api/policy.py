"""PHIPolicy: who is masked, where egress may go, which requests need approval.

These models are the source of truth: `phigate crds generate` renders crds/phigate.io_phipolicies.yaml
from them, and the operator and sidecar validate with them.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, ConfigDict, Field, model_validator

from phigate.api.common import (
    DNS_LABEL,
    Condition,
    LabelSelector,
    Model,
    ObjectMeta,
    SecretKeyRef,
    cel,
    list_map,
    unique_by,
)
from phigate.api.identifiers import Action, IdentifierType

HOST_PATTERN = r"^(\*\.)?[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*$"
DURATION_PATTERN = r"^([0-9]+(s|m|h|d))+$"
HTTP_METHOD = Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def _compiles(value: str) -> str:
    """A regex the sidecar and `phigate mask` will load must compile; say where it does not."""
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from exc
    return value


Regex = Annotated[str, AfterValidator(_compiles)]


class PolicyMode(StrEnum):
    """Enforce blocks; Audit decides and records but lets traffic through."""

    ENFORCE = "Enforce"  # block what the policy forbids
    AUDIT = "Audit"  # decide and record, but let traffic through (masking still applies)


class CaptureMode(StrEnum):
    """How the sidecar sees the agent's egress."""

    TRANSPARENT = "Transparent"  # init container redirects all TCP egress into the sidecar
    EXPLICIT = "Explicit"  # proxy variables only: advice, not enforcement


class DestinationKind(StrEnum):
    """What a destination is; decides how its traffic is handled."""

    PHI_SOURCE = "phi-source"  # EHR/FHIR APIs: responses masked, grant required
    LLM = "llm"  # model vendors: prompts scanned, BAA rules apply
    MCP = "mcp"  # MCP servers: tools allowlisted, results masked
    OTHER = "other"  # allowed egress with audit, no PHI handling


class PromptAction(StrEnum):
    """What happens to PHI in prompts sent to an llm or mcp destination."""

    MASK = "mask"  # replace PHI in prompts with placeholders before they leave
    BLOCK = "block"  # refuse a prompt that carries PHI
    ALLOW = "allow"  # let it through, audited (only sensible for a BAA-covered vendor)


class Credentials(Model):
    """A credential the sidecar injects; the agent never holds it and whatever it sent is stripped."""

    secret_ref: Annotated[
        SecretKeyRef, Field(alias="secretRef", description="Secret holding the credential.")
    ]
    header: Annotated[
        str,
        Field(
            pattern=r"^[A-Za-z0-9-]+$",
            max_length=256,
            description="Header to set on requests to this destination.",
        ),
    ] = "Authorization"
    format: Annotated[
        str,
        Field(description="Header value template; {value} is replaced by the secret value.", max_length=256),
    ] = "Bearer {value}"


class MCPRules(Model):
    """Which MCP tools and resources an agent may use on this server."""

    allowed_tools: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=256)]] | None,
        Field(
            alias="allowedTools",
            max_length=256,
            description="tools/call names allowed; '*' allows all. Unset: none.",
        ),
    ] = None
    allowed_resources: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=1024)]] | None,
        Field(
            alias="allowedResources",
            max_length=256,
            description="URI prefixes resources/read may fetch. Unset: none.",
        ),
    ] = None


DESTINATION_RULES = [
    cel(
        "!has(self.credentials) || !self.host.startsWith('*.')",
        "credentials cannot be injected into a wildcard host: name the exact host",
    ),
    cel(
        "!has(self.prompts) || self.kind == 'llm' || self.kind == 'mcp'",
        "prompts applies to llm and mcp only",
    ),
    cel("!self.reidentify || self.kind == 'llm'", "reidentify applies to llm destinations only"),
    cel("!has(self.mcp) || self.kind == 'mcp'", "mcp rules apply to kind mcp only"),
    cel(
        "!has(self.prompts) || self.prompts != 'allow' || self.baa",
        "prompts: allow sends PHI to the vendor and needs baa: true",
    ),
]


class Destination(Model):
    """One allowed egress destination. Anything not listed is denied (default-deny)."""

    model_config = ConfigDict(json_schema_extra={"x-kubernetes-validations": DESTINATION_RULES})

    name: Annotated[
        str, Field(pattern=DNS_LABEL, max_length=63, description="Unique name within the policy.")
    ]
    host: Annotated[
        str,
        Field(pattern=HOST_PATTERN, max_length=253, description="Host name, or *.domain for subdomains."),
    ]
    port: Annotated[
        int | None, Field(ge=1, le=65535, description="TCP port; unset means both 443 and 80.")
    ] = None
    path_prefix: Annotated[
        str | None,
        Field(
            alias="pathPrefix",
            pattern=r"^/",
            max_length=1024,
            description="Only request paths under this prefix are allowed (e.g. /fhir/R4/).",
        ),
    ] = None
    kind: Annotated[
        DestinationKind, Field(description="What the destination is; decides how traffic is handled.")
    ] = DestinationKind.OTHER
    baa: Annotated[bool, Field(description="A Business Associate Agreement covers this vendor.")] = False
    credentials: Annotated[Credentials | None, Field(description="Credential injected by the sidecar.")] = (
        None
    )
    prompts: Annotated[
        PromptAction | None,
        Field(description="llm/mcp: what to do with PHI in outbound prompts (default mask)."),
    ] = None
    reidentify: Annotated[
        bool,
        Field(description="llm: restore placeholders in the vendor's answer for the agent."),
    ] = False
    mcp: Annotated[MCPRules | None, Field(description="mcp: tool and resource allowlist.")] = None

    @model_validator(mode="after")
    def _kind_specific(self) -> Destination:
        """The pydantic twin of DESTINATION_RULES (the CRD's CEL rules), with the same messages."""
        if self.credentials is not None and self.host.startswith("*."):
            raise ValueError("credentials cannot be injected into a wildcard host: name the exact host")
        if self.prompts is not None and self.kind not in (DestinationKind.LLM, DestinationKind.MCP):
            raise ValueError("prompts applies to llm and mcp only")
        if self.reidentify and self.kind != DestinationKind.LLM:
            raise ValueError("reidentify applies to llm destinations only")
        if self.mcp is not None and self.kind != DestinationKind.MCP:
            raise ValueError("mcp rules apply to kind mcp only")
        if self.prompts == PromptAction.ALLOW and not self.baa:
            raise ValueError("prompts: allow sends PHI to the vendor and needs baa: true")
        return self


class FieldRule(Model):
    """Mask a structured field by schema: no scanning, so no miss."""

    path: Annotated[
        str,
        Field(
            min_length=1,
            max_length=512,
            description=(
                "Resource-rooted path (Patient.name, Observation.subject.display) or a bare JSON key (ssn)."
            ),
        ),
    ]
    type: Annotated[
        IdentifierType, Field(description="Identifier type recorded in findings and placeholders.")
    ]
    action: Annotated[Action | None, Field(description="Overrides the detector action for this field.")] = (
        None
    )


class DetectorRule(Model):
    """Tune one built-in free-text detector."""

    type: Annotated[IdentifierType, Field(description="Identifier type of the built-in detector.")]
    enabled: Annotated[
        bool, Field(description="Turn the detector off (not allowed by the safeHarbor preset).")
    ] = True
    action: Annotated[Action | None, Field(description="Action for values of this type.")] = None


class CustomPattern(Model):
    """An organisation-specific identifier, e.g. a local MRN format."""

    name: Annotated[
        str,
        Field(
            pattern=DNS_LABEL,
            max_length=63,
            description="Pattern name, unique in the policy; findings name it custom:NAME.",
        ),
    ]
    regex: Annotated[
        Regex,
        Field(min_length=1, max_length=1024, description="Regular expression (RE2 syntax: no lookaround)."),
    ]
    type: Annotated[
        IdentifierType,
        Field(description="Identifier type recorded for matches (default ID, Safe Harbor item 18)."),
    ] = IdentifierType.ID
    action: Annotated[Action | None, Field(description="Action for matches; unset uses defaultAction.")] = (
        None
    )


class Masking(Model):
    """How PHI is found and what happens to it."""

    model_config = ConfigDict(
        json_schema_extra={
            "x-kubernetes-validations": [
                cel(
                    "!self.safeHarbor || !has(self.detectors) || self.detectors.all(d, d.enabled)",
                    "the safeHarbor preset cannot turn a detector off: set safeHarbor: false first",
                )
            ]
        }
    )

    safe_harbor: Annotated[
        bool,
        Field(alias="safeHarbor", description="Detect all 18 Safe Harbor identifiers plus credentials."),
    ] = True
    default_action: Annotated[
        Action,
        Field(alias="defaultAction", description="Action when no rule names one."),
    ] = Action.REDACT
    fhir: Annotated[bool, Field(description="Mask FHIR structured fields (Patient.name, ...) by schema.")] = (
        True
    )
    free_text: Annotated[bool, Field(alias="freeText", description="Scan every other string for PHI.")] = True
    withhold_binary: Annotated[
        bool,
        Field(
            alias="withholdBinary",
            description="Withhold content the engine cannot inspect (images, PDFs) from PHI sources.",
        ),
    ] = True
    fields: Annotated[
        list[FieldRule] | None,
        Field(
            max_length=512, description="Extra structured fields to mask.", json_schema_extra=list_map("path")
        ),
    ] = None
    detectors: Annotated[
        list[DetectorRule] | None,
        Field(
            max_length=64,
            description="Per-identifier-type detector settings (action, enabled), one entry per type.",
            json_schema_extra=list_map("type"),
        ),
    ] = None
    patterns: Annotated[
        list[CustomPattern] | None,
        Field(
            max_length=128,
            description="Organisation-specific identifier patterns (regexes), unique by name.",
            json_schema_extra=list_map("name"),
        ),
    ] = None
    allow: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=1024)]] | None,
        Field(
            max_length=1024,
            description="Literal values never masked (e.g. the clinic's public phone number).",
        ),
    ] = None
    hash_key_ref: Annotated[
        SecretKeyRef | None,
        Field(alias="hashKeyRef", description="Secret with the HMAC key for the hash action."),
    ] = None
    restricted_zip3: Annotated[
        list[Annotated[str, Field(pattern=r"^[0-9]{3}$", max_length=3)]] | None,
        Field(
            alias="restrictedZip3",
            max_length=1000,
            description="ZIP3 areas of 20,000 people or fewer (become 000); default: the Census list.",
        ),
    ] = None

    @model_validator(mode="after")
    def _consistent(self) -> Masking:
        unique_by(self.fields, "path", "fields")
        unique_by(self.detectors, "type", "detectors")
        unique_by(self.patterns, "name", "patterns")
        if self.safe_harbor:
            for i, d in enumerate(self.detectors or []):
                if not d.enabled:
                    raise ValueError(
                        f"detectors[{i}].enabled: the safeHarbor preset cannot turn a detector off: "
                        "set safeHarbor: false first"
                    )
        return self


class BlockRule(Model):
    """Refuse matching requests outright (e.g. writes to patient records)."""

    name: Annotated[
        str, Field(pattern=DNS_LABEL, max_length=63, description="Rule name, shown to the agent.")
    ]
    methods: Annotated[
        list[HTTP_METHOD] | None,
        Field(max_length=7, description="HTTP methods; unset means all."),
    ] = None
    path_regex: Annotated[
        Regex | None,
        Field(alias="pathRegex", max_length=1024, description="Regex searched in the request path."),
    ] = None
    destinations: Annotated[
        list[Annotated[str, Field(max_length=63)]] | None,
        Field(max_length=256, description="Destination names; unset means all."),
    ] = None
    reason: Annotated[str, Field(max_length=512, description="Why, for the agent and the audit trail.")] = ""


class RiskRule(Model):
    """Add risk score to matching requests; over the threshold needs an elevated grant."""

    model_config = ConfigDict(
        json_schema_extra={
            "x-kubernetes-validations": [
                cel("has(self.queryParam) == has(self.greaterThan)", "queryParam and greaterThan go together")
            ]
        }
    )

    name: Annotated[
        str,
        Field(
            pattern=DNS_LABEL,
            max_length=63,
            description="Rule name, unique in the policy; recorded in spans.",
        ),
    ]
    score: Annotated[int, Field(ge=0, le=1000, description="Score added when the rule matches.")]
    methods: Annotated[
        list[HTTP_METHOD] | None, Field(max_length=7, description="HTTP methods; unset means all.")
    ] = None
    path_regex: Annotated[
        Regex | None,
        Field(alias="pathRegex", max_length=1024, description="Regex searched in the request path."),
    ] = None
    query_param: Annotated[
        str | None,
        Field(alias="queryParam", max_length=128, description="Query parameter whose number is compared."),
    ] = None
    greater_than: Annotated[
        int | None,
        Field(alias="greaterThan", description="Matches when queryParam's value exceeds this."),
    ] = None
    date_range_days_over: Annotated[
        int | None,
        Field(alias="dateRangeDaysOver", ge=1, description="Matches when date params span more days."),
    ] = None

    @model_validator(mode="after")
    def _query_pair(self) -> RiskRule:
        if (self.query_param is None) != (self.greater_than is None):
            raise ValueError("queryParam and greaterThan go together")
        return self


class RequestRules(Model):
    """Request-side controls for minimum-necessary disclosure."""

    block: Annotated[
        list[BlockRule] | None,
        Field(
            max_length=128,
            description="Requests refused outright with 403 and the rule's reason, unique by name.",
            json_schema_extra=list_map("name"),
        ),
    ] = None
    risk: Annotated[
        list[RiskRule] | None,
        Field(
            max_length=128,
            description="Risk scoring; unset uses the built-in bulk-read rules.",
            json_schema_extra=list_map("name"),
        ),
    ] = None
    approval_threshold: Annotated[
        int,
        Field(alias="approvalThreshold", ge=0, description="Score at which an elevated grant is required."),
    ] = 50

    @model_validator(mode="after")
    def _unique_names(self) -> RequestRules:
        unique_by(self.block, "name", "block")
        unique_by(self.risk, "name", "risk")
        return self


class Approvers(Model):
    """Who may approve grants under this policy (never the requester)."""

    users: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=253)]] | None,
        Field(max_length=256, description="User names as the API server authenticates them."),
    ] = None
    groups: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=253)]] | None,
        Field(max_length=256, description="Groups whose members may approve."),
    ] = None


class GrantRules(Model):
    """Rules for AIAccessGrants that name this policy."""

    require_approval: Annotated[
        Literal["Never", "Elevated", "Always"],
        Field(alias="requireApproval", description="Which grants need an approver."),
    ] = "Elevated"
    max_duration: Annotated[
        str,
        Field(
            alias="maxDuration",
            pattern=DURATION_PATTERN,
            max_length=32,
            description="Longest grant allowed, e.g. 8h.",
        ),
    ] = "8h"


class AuditOptions(Model):
    """What the audit trail records and how often it is signed."""

    record_bodies: Annotated[
        bool,
        Field(alias="recordBodies", description="Attach masked request/response transcripts as span events."),
    ] = True
    record_other_responses: Annotated[
        bool,
        Field(
            alias="recordOtherResponses",
            description=(
                "Also attach masked response transcripts from kind: other destinations. Off by default: "
                "what the agent sends there (request bodies) is recorded; their answers are no PHI "
                "disclosure, and masking each one costs a masking pass per request."
            ),
        ),
    ] = False
    body_cap_bytes: Annotated[
        int,
        Field(
            alias="bodyCapBytes",
            ge=0,
            le=1048576,
            description="Transcript size cap per body, in bytes (masked text only).",
        ),
    ] = 4096
    checkpoint_every: Annotated[
        int,
        Field(alias="checkpointEvery", ge=1, le=100000, description="Signed checkpoint every N records."),
    ] = 100
    checkpoint_seconds: Annotated[
        int,
        Field(
            alias="checkpointSeconds", ge=1, le=86400, description="...or every T seconds, whichever first."
        ),
    ] = 60


class Limits(Model):
    """Resource limits the sidecar enforces."""

    max_body_bytes: Annotated[
        int,
        Field(alias="maxBodyBytes", ge=1024, description="Bodies from PHI sources above this are refused."),
    ] = 32 * 1024 * 1024


class PHIPolicySpec(Model):
    """Desired state of a PHIPolicy."""

    pod_selector: Annotated[
        LabelSelector,
        Field(alias="podSelector", description="Pods of this namespace the policy governs."),
    ]
    mode: Annotated[PolicyMode, Field(description="Enforce blocks; Audit only records.")] = PolicyMode.ENFORCE
    capture: Annotated[
        CaptureMode,
        Field(description="Transparent (iptables, enforced) or Explicit (proxy variables, advisory)."),
    ] = CaptureMode.TRANSPARENT
    destinations: Annotated[
        list[Destination],
        Field(
            description="Allowed egress; everything else is denied.",
            max_length=256,
            json_schema_extra=list_map("name"),
        ),
    ] = []
    require_baa_for_llm: Annotated[
        bool,
        Field(alias="requireBAAForLLM", description="Deny LLM destinations without baa: true."),
    ] = True
    masking: Annotated[
        Masking, Field(description="How PHI is detected and what happens to it (redact, partial, hash, ...).")
    ] = Masking()
    request_rules: Annotated[
        RequestRules,
        Field(
            alias="requestRules",
            description="Request-side controls: blocked requests and risk scores for bulk reads.",
        ),
    ] = RequestRules()
    approvers: Annotated[
        Approvers | None,
        Field(description="Who may approve grants under this policy; never the requester or the subject."),
    ] = None
    grants: Annotated[
        GrantRules,
        Field(description="Rules for AIAccessGrants naming this policy: approval and maximum duration."),
    ] = GrantRules()
    audit: Annotated[
        AuditOptions, Field(description="What the audit trail records and how often it is signed.")
    ] = AuditOptions()
    limits: Annotated[Limits, Field(description="Resource limits for the sidecar.")] = Limits()

    @model_validator(mode="after")
    def _unique_destination_names(self) -> PHIPolicySpec:
        seen: set[str] = set()
        for i, d in enumerate(self.destinations):
            if d.name in seen:
                raise ValueError(f"destinations[{i}].name: duplicate destination name {d.name!r}")
            seen.add(d.name)
        return self


class PublicKey(Model):
    """A public key that verifies one audit emitter's signed checkpoints."""

    emitter: Annotated[str, Field(description="Audit emitter id the key signs for.")]
    key_id: Annotated[str, Field(alias="keyId", description="Key id carried by checkpoints.")]
    public_key: Annotated[
        str, Field(alias="publicKey", description="Ed25519 public key, base64 of the raw 32 bytes.")
    ]


class PHIPolicyStatus(Model):
    """Observed state, written by the operator only."""

    conditions: Annotated[
        list[Condition] | None,
        Field(
            max_length=32,
            description="Ready and Invalid conditions, unique by type (kubectl wait --for=condition=Ready).",
            json_schema_extra=list_map("type"),
        ),
    ] = None
    observed_generation: Annotated[
        int | None,
        Field(alias="observedGeneration", description="The metadata.generation the operator last processed."),
    ] = None
    compiled_hash: Annotated[
        str | None,
        Field(alias="compiledHash", description="Hash of the compiled enforcement config."),
    ] = None
    injected_pods: Annotated[
        int | None,
        Field(alias="injectedPods", description="Pods currently running with the sidecar."),
    ] = None
    enforcement: Annotated[
        str | None,
        Field(description="How traffic is captured and whether that enforces."),
    ] = None
    audit_public_keys: Annotated[
        list[PublicKey] | None,
        Field(alias="auditPublicKeys", description="Keys that verify signed audit checkpoints."),
    ] = None

    @model_validator(mode="after")
    def _unique_conditions(self) -> PHIPolicyStatus:
        unique_by(self.conditions, "type", "conditions")
        return self


class PHIPolicy(Model):
    """A PHIPolicy governs the egress and PHI exposure of selected agent pods in its namespace."""

    KIND: ClassVar[str] = "PHIPolicy"
    PLURAL: ClassVar[str] = "phipolicies"
    SINGULAR: ClassVar[str] = "phipolicy"
    SHORT_NAMES: ClassVar[list[str]] = ["phip", "phipol"]
    PRINTER_COLUMNS: ClassVar[list[dict[str, str]]] = [
        {"name": "Mode", "type": "string", "jsonPath": ".spec.mode"},
        {"name": "Capture", "type": "string", "jsonPath": ".spec.capture"},
        {"name": "Ready", "type": "string", "jsonPath": ".status.conditions[?(@.type=='Ready')].status"},
        {"name": "Pods", "type": "integer", "jsonPath": ".status.injectedPods"},
        {"name": "Hash", "type": "string", "jsonPath": ".status.compiledHash", "priority": "1"},
        {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
    ]

    api_version: Annotated[Literal["phigate.io/v1alpha1"], Field(alias="apiVersion")] = "phigate.io/v1alpha1"
    kind: Literal["PHIPolicy"] = "PHIPolicy"
    metadata: ObjectMeta = ObjectMeta()
    spec: PHIPolicySpec
    status: PHIPolicyStatus | None = None
