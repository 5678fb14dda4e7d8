"""The built-in list of LLM vendor hosts."""

from __future__ import annotations

import pytest
from phigate_sidecar.ai.vendors import VENDORS, vendor_for_host, vendor_name


@pytest.mark.parametrize(
    ("host", "vendor", "inspectable"),
    [
        ("api.openai.com", "openai", True),
        ("myres.openai.azure.com", "azure-openai", True),
        ("API.ANTHROPIC.COM.", "anthropic", True),
        ("generativelanguage.googleapis.com", "google-gemini", True),
        ("us-central1-aiplatform.googleapis.com", "google-vertex", True),
        ("api2.cursor.sh", "cursor", False),
        ("api.githubcopilot.com", "github-copilot", True),
        ("api.business.githubcopilot.com", "github-copilot", True),
        ("copilot-proxy.githubusercontent.com", "github-copilot", True),
        ("server.codeium.com", "codeium", False),
        ("bedrock-runtime.eu-west-1.amazonaws.com", "aws-bedrock", True),
        ("openrouter.ai", "openrouter", True),
    ],
)
def test_known_hosts(host, vendor, inspectable):
    v = vendor_for_host(host)
    assert v is not None and v.name == vendor and v.inspectable is inspectable


@pytest.mark.parametrize(
    "host",
    [
        "openai.com.evil.example",
        "xapi.openai.com",
        "openai.azure.com",
        "bedrock-runtime.amazonaws.com",
        "fhir.example.org",
    ],
)
def test_lookalikes_and_unknown_hosts(host):
    assert vendor_for_host(host) is None
    assert vendor_name(host) == host


def test_bedrock_is_marked_signed():
    v = vendor_for_host("bedrock-runtime.us-east-1.amazonaws.com")
    assert v is not None and v.signed_body


def test_vendor_names_unique():
    names = [v.name for v in VENDORS]
    assert len(names) == len(set(names))


def _config(dest_kind: str, baa: bool = False):
    from phigate.api.grant import AIAccessGrant
    from phigate.api.policy import PHIPolicy
    from phigate.enforcement import compile_enforcement

    pol = PHIPolicy.model_validate(
        {
            "metadata": {"name": "p1", "namespace": "team-a"},
            "spec": {
                "podSelector": {},
                "destinations": [{"name": "oai", "kind": dest_kind, "host": "api.openai.com", "baa": baa}],
            },
        }
    )
    g = AIAccessGrant.model_validate(
        {
            "metadata": {"name": "g1"},
            "spec": {
                "subject": "dr@example.org",
                "serviceAccountName": "agent",
                "policyRef": {"name": "p1"},
                "scope": "standard",
                "duration": "1h",
                "justification": "chart review for a test",
            },
            "status": {"phase": "Active", "expiresAt": "2099-01-01T00:00:00Z"},
        }
    )
    return compile_enforcement("team-a", [pol], [g])


def test_known_llm_host_listed_as_other_is_denied():
    from datetime import UTC, datetime

    from phigate_sidecar.decide import ALLOW, DENY, RequestFacts, decide
    from phigate_sidecar.identity import Identity

    facts = RequestFacts("api.openai.com", 443, "POST", "/v1/chat/completions")
    now = datetime(2026, 11, 25, tzinfo=UTC)
    ident = Identity(service_account="agent")
    dec = decide(_config("other"), ident, facts, now)
    assert dec.outcome == DENY and dec.reason == "llm-host-not-llm-destination"
    assert "kind: llm" in dec.hint
    dec = decide(_config("llm", baa=True), ident, facts, now)
    assert dec.outcome == ALLOW and dec.grant is not None and dec.grant.name == "g1"
    assert decide(_config("llm", baa=False), ident, facts, now).reason == "baa-required"
