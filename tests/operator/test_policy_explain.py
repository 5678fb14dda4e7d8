"""`phigate policy explain`: the injector's selection + the sidecar's pure decision, end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml
from phigate_operator.cli_policy import explain, parse_request

from phigate.enforcement import load_enforcement

POLICY = """
apiVersion: phigate.io/v1alpha1
kind: PHIPolicy
metadata: {name: clinical, namespace: team-a}
spec:
  podSelector: {matchLabels: {app: agent}}
  destinations:
  - {name: fhir, host: fhir.example.org, kind: phi-source}
  - {name: llm, host: llm.example.com, kind: llm, baa: false}
"""
GRANT = """
apiVersion: phigate.io/v1alpha1
kind: AIAccessGrant
metadata: {name: g1, namespace: team-a}
spec:
  subject: dr.synthetic@example.org
  serviceAccountName: agent
  policyRef: {name: clinical}
  scope: standard
  duration: 2h
  justification: chart review for synthetic patient cohort
"""
POD = {
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": {"name": "agent-1", "namespace": "team-a", "labels": {"app": "agent"}},
    "spec": {"serviceAccountName": "agent", "containers": [{"name": "a", "image": "x"}]},
}
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _files(tmp: Path, grant: bool) -> tuple[Path, Path | None]:
    (tmp / "p.yaml").write_text(POLICY)
    if grant:
        (tmp / "g.yaml").write_text(GRANT)
    return tmp / "p.yaml", (tmp / "g.yaml" if grant else None)


def test_parse_request() -> None:
    assert parse_request("get https://fhir.example.org/Patient?_count=500") == (
        "GET",
        "fhir.example.org",
        443,
        "/Patient",
        (("_count", "500"),),
        "https",
    )


def test_bulk_read_needs_an_elevated_grant(tmp_path: Path) -> None:
    p, g = _files(tmp_path, grant=True)
    cfg = load_enforcement(p, g, now=NOW)
    small = explain(cfg, POD, "GET https://fhir.example.org/Patient?_count=10", NOW)
    assert small["outcome"] == "allow" and small["grant"] == "g1" and small["policy"] == "clinical"
    bulk = explain(cfg, POD, "GET https://fhir.example.org/Patient?_count=500", NOW)
    assert (
        bulk["outcome"] == "deny" and bulk["risk"]["score"] >= 50 and "large-count" in bulk["risk"]["rules"]
    )
    assert "elevated" in (bulk["hint"] or "") + bulk["why"]


def test_unselected_and_host_network_pods(tmp_path: Path) -> None:
    p, _ = _files(tmp_path, grant=False)
    cfg = load_enforcement(p, now=NOW)
    other = json.loads(json.dumps(POD))
    other["metadata"]["labels"] = {"app": "web"}
    assert explain(cfg, other, "GET https://fhir.example.org/", NOW)["outcome"] == "not-governed"
    host = json.loads(json.dumps(POD))
    host["spec"]["hostNetwork"] = True
    assert explain(cfg, host, "GET https://fhir.example.org/", NOW)["outcome"] == "rejected-at-admission"
    opt_in = json.loads(json.dumps(other))
    opt_in["metadata"]["labels"]["phigate.io/inject"] = "true"
    r = explain(cfg, opt_in, "GET https://fhir.example.org/", NOW)
    assert r["outcome"] == "deny" and r["reason"] == "no-policy"  # opted in without a policy: deny-all


def test_cli_text_and_errors(tmp_path: Path) -> None:
    p, g = _files(tmp_path, grant=True)
    (tmp_path / "pod.yaml").write_text(yaml.safe_dump(POD))
    base = [
        sys.executable,
        "-m",
        "phigate.cli",
        "policy",
        "explain",
        "--policy",
        str(p),
        "--grants",
        str(g),
        "--pod",
        str(tmp_path / "pod.yaml"),
        "--at",
        "2026-11-25T12:00:00Z",
    ]
    res = subprocess.run(
        [*base, "--request", "POST https://llm.example.com/v1/chat"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    assert (
        "verdict:   DENY" in res.stdout
        and "policy:    clinical" in res.stdout
        and "BAA" in res.stdout.upper()
    )
    res = subprocess.run(
        [*base, "--request", "https://no-method"], capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 2 and "expected 'METHOD URL'" in res.stderr
