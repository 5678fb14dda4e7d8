"""Pure audit-span shaping: route templates, masked URLs, the attribute set of BRIEF §4.

A span never carries an unmasked PHI value: the span *name* uses a route template (`GET /Patient/{id}`),
`url.path` is the path masked segment by segment with the engine, and `url.query` keeps parameter
names but masks values (allow-listed FHIR control parameters with the engine, every other value is
redacted outright: a search value such as `family=Smith` is PHI by construction and too short for a
free-text detector to judge).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote, unquote

# FHIR R4 resource types: a path segment is kept in span names only when it is one of these.
_FHIR_RESOURCE_NAMES = """
    Account ActivityDefinition AdverseEvent AllergyIntolerance Appointment AppointmentResponse AuditEvent
    Basic Binary BiologicallyDerivedProduct BodyStructure Bundle CapabilityStatement CarePlan CareTeam
    CatalogEntry ChargeItem ChargeItemDefinition Claim ClaimResponse ClinicalImpression CodeSystem
    Communication CommunicationRequest CompartmentDefinition Composition ConceptMap Condition Consent
    Contract Coverage CoverageEligibilityRequest CoverageEligibilityResponse DetectedIssue Device
    DeviceDefinition DeviceMetric DeviceRequest DeviceUseStatement DiagnosticReport DocumentManifest
    DocumentReference EffectEvidenceSynthesis Encounter Endpoint EnrollmentRequest EnrollmentResponse
    EpisodeOfCare EventDefinition Evidence EvidenceVariable ExampleScenario ExplanationOfBenefit
    FamilyMemberHistory Flag Goal GraphDefinition Group GuidanceResponse HealthcareService ImagingStudy
    Immunization ImmunizationEvaluation ImmunizationRecommendation ImplementationGuide InsurancePlan
    Invoice Library Linkage List Location Measure MeasureReport Media Medication MedicationAdministration
    MedicationDispense MedicationKnowledge MedicationRequest MedicationStatement MedicinalProduct
    MessageDefinition MessageHeader MolecularSequence NamingSystem NutritionOrder Observation
    ObservationDefinition OperationDefinition OperationOutcome Organization OrganizationAffiliation
    Parameters Patient PaymentNotice PaymentReconciliation Person PlanDefinition Practitioner
    PractitionerRole Procedure Provenance Questionnaire QuestionnaireResponse RelatedPerson RequestGroup
    ResearchDefinition ResearchElementDefinition ResearchStudy ResearchSubject RiskAssessment
    RiskEvidenceSynthesis Schedule SearchParameter ServiceRequest Slot Specimen SpecimenDefinition
    StructureDefinition StructureMap Subscription Substance SupplyDelivery SupplyRequest Task
    TerminologyCapabilities TestReport TestScript ValueSet VerificationResult VisionPrescription"""
FHIR_RESOURCES = frozenset(_FHIR_RESOURCE_NAMES.split())
_WORD = re.compile(
    r"^[a-z][a-z_\-.]{0,40}$|^[$_][A-Za-z][A-Za-z_\-]{0,40}$|^[vVrR]\d{1,2}(\.\d{1,2})?$|^(STU3|DSTU2)$"
)
REDACTED = "[REDACTED]"

# Query parameters whose values are search controls, not patient data (still engine-masked).
CONTROL_PARAMS = frozenset(
    {
        "_count", "_offset", "_sort", "_summary", "_elements", "_format", "_include", "_revinclude",
        "_total", "_type", "_outputFormat", "_contained", "_containedType", "_pretty", "page",
        "status", "category", "code", "_since", "_lastUpdated", "date",
    }
)  # fmt: skip


def route_template(path: str) -> str:
    """`/fhir/Patient/123/_history/2` -> `/fhir/Patient/{id}/_history/{id}`: no ids in span names."""
    out: list[str] = []
    after_resource = False
    for seg in path.split("?", 1)[0].split("/"):
        if not seg:
            out.append(seg)
            continue
        if seg in FHIR_RESOURCES and not after_resource:
            out.append(seg)
            after_resource = True
            continue
        if not after_resource and _WORD.match(seg):
            out.append(seg)
        elif after_resource and (seg.startswith("$") or seg.startswith("_")) and _WORD.match(seg):
            out.append(seg)
            after_resource = seg == "_history"
            continue
        else:
            out.append("{id}")
        after_resource = False
    template = "/".join(out)
    return template if len(template) <= 200 else template[:200] + "..."


Masker = Callable[[str], str]

# Path segments that are API vocabulary, never a value: FHIR resource types, operations and
# search/history keywords ($everything, _history, _search), versions (v1, R4) and a few base words.
_FIXED_WORDS = FHIR_RESOURCES | {"fhir", "api", "metadata", "baseR4", "baseDstu3", "STU3", "DSTU2"}
_FIXED_SHAPE = re.compile(r"[$_][a-z][A-Za-z\-]{0,40}|[vVrR]\d{1,2}(\.\d{1,2})?")


def is_fixed_word(segment: str) -> bool:
    """True for a path segment that is API vocabulary (the engine need not look at it)."""
    return segment in _FIXED_WORDS or _FIXED_SHAPE.fullmatch(segment) is not None


def masked_path(path: str, mask: Masker) -> str:
    """Each path segment through the engine (decoded first, so %-escapes hide nothing), except API
    vocabulary (resource types, operations, versions), which cannot carry a value."""
    segs = []
    for seg in path.split("/"):
        if not seg or is_fixed_word(seg):
            segs.append(seg)
        else:
            segs.append(quote(mask(unquote(seg)), safe="$[]{}_-.~:@,"))
    return "/".join(segs)


def masked_query(query: list[tuple[str, str]], mask: Masker) -> str:
    parts = []
    for name, value in query:
        safe_name = name if re.fullmatch(r"[A-Za-z0-9_:.\-]{1,64}", name) else REDACTED
        shown = mask(value) if name in CONTROL_PARAMS else REDACTED
        parts.append(f"{safe_name}={shown}")
    return "&".join(parts)


def span_name(method: str, path: str) -> str:
    return f"{method.upper()} {route_template(path)}"


def request_attributes(
    *,
    method: str,
    host: str,
    port: int,
    scheme: str,
    url_path: str,
    url_query: str,
    route: str,
    user_agent: str,
) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "http.request.method": method.upper(),
        "server.address": host,
        "server.port": port,
        "url.scheme": scheme,
        "url.path": url_path,
        "http.route": route,
    }
    if url_query:
        attrs["url.query"] = url_query
    if user_agent:
        attrs["user_agent.original"] = user_agent[:256]
    return attrs


def phi_attributes(counts: Mapping[str, int]) -> dict[str, Any]:
    """phigate.phi.types, phigate.phi.masked_count and one phigate.phi.masked.<TYPE> per type."""
    attrs: dict[str, Any] = {
        "phigate.phi.types": sorted(k for k, v in counts.items() if v),
        "phigate.phi.masked_count": int(sum(counts.values())),
    }
    for k, v in sorted(counts.items()):
        if v:
            attrs[f"phigate.phi.masked.{k}"] = int(v)
    return attrs
