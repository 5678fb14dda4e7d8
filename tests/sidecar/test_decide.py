"""The pure decision function: every verdict path, without mitmproxy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from phigate_sidecar.decide import (
    ALLOW,
    AUDIT,
    DENY,
    RequestFacts,
    date_range_days,
    decide,
    host_matches,
    path_matches,
)
from phigate_sidecar.identity import Identity

from phigate.api.grant import AIAccessGrant
from phigate.api.policy import PHIPolicy
from phigate.enforcement import compile_enforcement

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def policy(mode: str = "Enforce", **spec: object) -> PHIPolicy:
    base = {
        "podSelector": {},
        "mode": mode,
        "destinations": [
            {
                "name": "ehr",
                "kind": "phi-source",
                "host": "fhir.example.org",
                "port": 443,
                "pathPrefix": "/fhir",
            },
            {"name": "pypi", "kind": "other", "host": "*.pythonhosted.org"},
            {"name": "gpt", "kind": "llm", "host": "api.openai.com"},
            {"name": "claude", "kind": "llm", "host": "api.anthropic.com", "baa": True},
        ],
        "requestRules": {
            "block": [{"name": "no-writes", "methods": ["POST", "DELETE"], "destinations": ["ehr"]}]
        },
    }
    base.update(spec)
    return PHIPolicy.model_validate({"metadata": {"name": "p1", "namespace": "team-a"}, "spec": base})


def grant(
    name: str, sa: str, scope: str = "standard", expires: datetime = NOW + timedelta(hours=1)
) -> AIAccessGrant:
    return AIAccessGrant.model_validate(
        {
            "metadata": {"name": name},
            "spec": {
                "subject": f"{name}@example.org",
                "serviceAccountName": sa,
                "policyRef": {"name": "p1"},
                "scope": scope,
                "duration": "1h",
                "justification": "synthetic test justification",
            },
            "status": {"phase": "Active", "expiresAt": expires.isoformat(), "approvedBy": "carol"},
        }
    )


AGENT = Identity(pod="agent-0", namespace="team-a", service_account="agent")


def facts(
    host: str = "fhir.example.org", path: str = "/fhir/Patient", method: str = "GET", **q: str
) -> RequestFacts:
    return RequestFacts(host=host, port=443, method=method, path=path, query=tuple(q.items()))


def test_unlisted_destination_denied_with_hint() -> None:
    cfg = compile_enforcement("team-a", [policy()], [])
    d = decide(cfg, AGENT, facts(host="evil.example.com"), NOW)
    assert (d.outcome, d.status, d.reason) == (DENY, 403, "destination-not-allowed")
    assert "spec.destinations" in d.hint


def test_wrong_port_and_path_prefix_denied() -> None:
    cfg = compile_enforcement("team-a", [policy()], [])
    assert decide(cfg, AGENT, RequestFacts("fhir.example.org", 8443, "GET", "/fhir/x"), NOW).outcome == DENY
    assert decide(cfg, AGENT, facts(path="/admin"), NOW).reason == "destination-not-allowed"
    assert decide(cfg, AGENT, facts(path="/fhirx/Patient"), NOW).reason == "destination-not-allowed"


def test_wildcard_host() -> None:
    assert host_matches("*.pythonhosted.org", "files.pythonhosted.org")
    assert not host_matches("*.pythonhosted.org", "pythonhosted.org")
    assert not host_matches("*.pythonhosted.org", "evilpythonhosted.org")
    assert host_matches("Fhir.Example.org", "fhir.example.org.")


def test_other_destination_allowed_without_grant() -> None:
    cfg = compile_enforcement("team-a", [policy()], [])
    d = decide(cfg, AGENT, RequestFacts("files.pythonhosted.org", 443, "GET", "/x.whl"), NOW)
    assert d.outcome == ALLOW and d.destination is not None and d.destination.name == "pypi"


def test_phi_source_needs_grant_for_this_service_account() -> None:
    cfg = compile_enforcement("team-a", [policy()], [grant("g-other", "someone-else")])
    d = decide(cfg, AGENT, facts(), NOW)
    assert (d.outcome, d.reason) == (DENY, "grant-required")
    assert "serviceAccountName agent" in d.hint


def test_grant_allows_and_carries_subject() -> None:
    cfg = compile_enforcement("team-a", [policy()], [grant("alice", "agent")])
    d = decide(cfg, AGENT, facts(), NOW)
    assert d.outcome == ALLOW and d.grant is not None and d.grant.subject == "alice@example.org"


def test_grant_expiry_by_own_clock() -> None:
    cfg = compile_enforcement(
        "team-a", [policy()], [grant("alice", "agent", expires=NOW + timedelta(seconds=5))]
    )
    assert decide(cfg, AGENT, facts(), NOW).outcome == ALLOW
    assert decide(cfg, AGENT, facts(), NOW + timedelta(seconds=5)).reason == "grant-required"


def test_block_rule_before_grant() -> None:
    cfg = compile_enforcement("team-a", [policy()], [grant("alice", "agent")])
    d = decide(cfg, AGENT, facts(method="POST"), NOW)
    assert (d.outcome, d.reason, d.rule) == (DENY, "blocked-by-rule", "no-writes")


@pytest.mark.parametrize(
    ("path", "query", "rules"),
    [
        ("/fhir/Patient", {"_count": "500"}, ["large-count"]),
        ("/fhir/$export", {}, ["bulk-export"]),
        ("/fhir/Patient/1/$everything", {}, ["everything"]),
        ("/fhir/Observation", {"date": "ge2015-01-01"}, ["wide-date-range"]),
    ],
)
def test_builtin_bulk_rules_need_elevated(path: str, query: dict[str, str], rules: list[str]) -> None:
    cfg = compile_enforcement("team-a", [policy()], [grant("alice", "agent")])
    d = decide(cfg, AGENT, facts(path=path, **query), NOW)
    assert (d.outcome, d.reason, d.risk_rules) == (DENY, "approval-required", rules)
    assert "elevated" in d.hint and d.risk_score >= 50
    cfg2 = compile_enforcement(
        "team-a", [policy()], [grant("alice", "agent"), grant("bob", "agent", "elevated")]
    )
    d2 = decide(cfg2, AGENT, facts(path=path, **query), NOW)
    assert d2.outcome == ALLOW and d2.grant is not None and d2.grant.name == "bob"


def test_small_reads_below_threshold() -> None:
    cfg = compile_enforcement("team-a", [policy()], [grant("alice", "agent")])
    for q in (
        {"_count": "100"},
        {"date": "ge2026-01-01", "_count": "x"},
        {"date": "ge2026-01-01&date=le2026-06-01"},
    ):
        assert decide(cfg, AGENT, facts(**q), NOW).outcome == ALLOW


def test_date_range() -> None:
    q = (("date", "ge2020-01-01"), ("date", "le2020-03-01"))
    assert date_range_days(q, NOW) == 60
    assert date_range_days((("birthdate", "gt2000"),), NOW) == (NOW - datetime(2000, 1, 1, tzinfo=UTC)).days
    assert date_range_days((("date", "2020-01-01"),), NOW) is None


def test_custom_risk_rules_replace_builtins() -> None:
    p = policy(
        requestRules={
            "risk": [{"name": "names", "score": 10, "pathRegex": "Patient$"}],
            "approvalThreshold": 10,
        }
    )
    cfg = compile_enforcement("team-a", [p], [grant("alice", "agent")])
    assert decide(cfg, AGENT, facts(_count="1000", path="/fhir/Observation"), NOW).outcome == ALLOW
    assert decide(cfg, AGENT, facts(), NOW).reason == "approval-required"


def test_llm_without_baa_denied() -> None:
    cfg = compile_enforcement("team-a", [policy()], [])
    assert (
        decide(cfg, AGENT, RequestFacts("api.openai.com", 443, "POST", "/v1/chat"), NOW).reason
        == "baa-required"
    )
    assert (
        decide(cfg, AGENT, RequestFacts("api.anthropic.com", 443, "POST", "/v1/messages"), NOW).outcome
        == ALLOW
    )


def test_audit_mode_records_would_be_denials() -> None:
    cfg = compile_enforcement("team-a", [policy(mode="Audit")], [])
    d = decide(cfg, AGENT, facts(host="evil.example.com"), NOW)
    assert (d.outcome, d.reason) == (AUDIT, "destination-not-allowed") and d.passes
    assert decide(cfg, AGENT, facts(), NOW).outcome == AUDIT


def test_policy_selection_fails_closed() -> None:
    p2 = PHIPolicy.model_validate({"metadata": {"name": "p2"}, "spec": {"podSelector": {}}})
    cfg = compile_enforcement("team-a", [policy(), p2], [])
    assert decide(cfg, AGENT, facts(), NOW).reason == "no-policy"  # two policies, none named
    named = Identity(service_account="agent", policy="p2")
    assert decide(cfg, named, facts(), NOW).reason == "destination-not-allowed"
    missing = Identity(service_account="agent", policy="nope")
    assert decide(cfg, missing, facts(), NOW).reason == "no-policy"


def test_path_matches_helper() -> None:
    assert path_matches("/fhir", "/fhir/Patient") and not path_matches("/fhir", "/fhirx")
