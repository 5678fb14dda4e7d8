"""Offline checks of the Helm chart: there is no helm binary here, so the chart is rendered by
tests/chart/gotemplate.py (a strict subset renderer) and every manifest is validated against the
Kubernetes schemas with kubernetes-validate. tests/e2e/ installs it with the real helm on kind."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from tests.chart.gotemplate import TemplateError, render_chart

ROOT = Path(__file__).resolve().parents[2]
CHART = ROOT / "charts" / "phigate"
K8S_VERSION = "1.30.0"
SCHEMA = json.loads((CHART / "values.schema.json").read_text())
VALUE_FILES = sorted((CHART / "ci").glob("*.yaml"))


def manifests(values: dict[str, Any] | None = None, **kw: Any) -> list[dict[str, Any]]:
    docs = []
    for name, text in render_chart(CHART, values, **kw).items():
        for doc in yaml.safe_load_all(text):
            if doc is not None:
                doc["__source"] = name
                docs.append(doc)
    return docs


def by_kind(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] == kind]


def test_every_chart_file_parses() -> None:
    for path in sorted(CHART.rglob("*")):
        if path.suffix in (".yaml", ".yml") and "templates" not in path.parts:
            list(yaml.safe_load_all(path.read_text()))
        elif path.suffix == ".json":
            json.loads(path.read_text())
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert yaml.safe_load((CHART / "Chart.yaml").read_text())["apiVersion"] == "v2"


@pytest.mark.parametrize("values_file", [CHART / "values.yaml", *VALUE_FILES], ids=lambda p: p.name)
def test_values_validate_against_schema(values_file: Path) -> None:
    from tests.chart.gotemplate import deep_merge

    defaults = yaml.safe_load((CHART / "values.yaml").read_text())
    jsonschema.validate(deep_merge(defaults, yaml.safe_load(values_file.read_text()) or {}), SCHEMA)


@pytest.mark.parametrize(
    ("bad", "needle"),
    [
        ({"webhook": {"failurePolicy": "Maybe"}}, "Maybe"),
        ({"sidecar": {"defaultCapture": "Nope"}}, "Nope"),
        ({"operator": {"replicas": 0}}, "0"),
        ({"otel": {"endpoint": "collector:4318"}}, "collector:4318"),
        ({"operator": {"unknownKey": 1}}, "unknownKey"),
    ],
)
def test_bad_values_are_rejected(bad: dict[str, Any], needle: str) -> None:
    from tests.chart.gotemplate import deep_merge

    merged = deep_merge(yaml.safe_load((CHART / "values.yaml").read_text()), bad)
    with pytest.raises(jsonschema.ValidationError, match=needle):
        jsonschema.validate(merged, SCHEMA)


@pytest.mark.parametrize("values_file", [None, *VALUE_FILES], ids=lambda p: p.name if p else "defaults")
def test_rendered_manifests_are_valid_kubernetes(values_file: Path | None) -> None:
    values = yaml.safe_load(values_file.read_text()) if values_file else None
    docs = manifests(values)
    kinds = {d["kind"] for d in docs}
    assert {
        "Deployment",
        "ServiceAccount",
        "ClusterRole",
        "ClusterRoleBinding",
        "Service",
        "MutatingWebhookConfiguration",
        "ValidatingWebhookConfiguration",
    } <= kinds
    for doc in docs:
        source = doc.pop("__source")
        if doc["apiVersion"].startswith("kopf.dev/"):  # not a built-in kind: check it against the chart's CRD
            validate_custom_resource(doc)
            continue
        try:
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
        except kubernetes_validate.ValidationError as exc:
            raise AssertionError(f"{source} {doc['kind']}: {exc.message} at {list(exc.path)}") from exc


def chart_crds() -> dict[tuple[str, str], dict[str, Any]]:
    """(apiVersion, kind) -> CRD, for every CRD the chart installs."""
    out = {}
    for path in sorted((CHART / "crds").glob("*.yaml")):
        for crd in yaml.safe_load_all(path.read_text()):
            if crd:
                for v in crd["spec"]["versions"]:
                    out[(f"{crd['spec']['group']}/{v['name']}", crd["spec"]["names"]["kind"])] = crd
    return out


def validate_custom_resource(doc: dict[str, Any]) -> None:
    crd = chart_crds().get((doc["apiVersion"], doc["kind"]))
    assert crd is not None, f"{doc['apiVersion']} {doc['kind']}: no CRD for it in charts/phigate/crds"
    namespaced = crd["spec"]["scope"] == "Namespaced"
    assert ("namespace" in doc["metadata"]) == namespaced, f"{doc['kind']}: scope {crd['spec']['scope']}"
    (version,) = [v for v in crd["spec"]["versions"] if doc["apiVersion"].endswith("/" + v["name"])]
    jsonschema.validate(doc, version["schema"]["openAPIV3Schema"])


def test_operator_deployment_is_hardened_and_highly_available() -> None:
    docs = manifests()
    (dep,) = by_kind(docs, "Deployment")
    spec = dep["spec"]["template"]["spec"]
    assert dep["spec"]["replicas"] == 2
    assert spec["securityContext"]["runAsNonRoot"] is True
    (c,) = spec["containers"]
    assert c["securityContext"]["readOnlyRootFilesystem"] is True
    assert c["securityContext"]["allowPrivilegeEscalation"] is False
    assert c["securityContext"]["capabilities"]["drop"] == ["ALL"]
    assert c["livenessProbe"] and c["readinessProbe"] and c["resources"]["limits"]
    (pdb,) = by_kind(docs, "PodDisruptionBudget")
    assert pdb["spec"]["selector"]["matchLabels"] == dep["spec"]["selector"]["matchLabels"]


def test_watch_namespaces_become_operator_args() -> None:
    (dep,) = by_kind(manifests({"operator": {"watchNamespaces": ["team-a", "team-b"]}}), "Deployment")
    args = dep["spec"]["template"]["spec"]["containers"][0]["args"]
    assert "--namespace=team-a" in args and "--namespace=team-b" in args and "--all-namespaces" not in args


def test_webhooks_fail_closed_and_exclude_system_and_own_namespace() -> None:
    docs = manifests(namespace="phigate-system")
    hooks = [
        h
        for kind in ("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration")
        for cfg in by_kind(docs, kind)
        for h in cfg["webhooks"]
    ]
    assert len(hooks) == 3
    for hook in hooks:
        assert hook["failurePolicy"] == "Fail", hook["name"]
        assert hook["sideEffects"] == "None"
        assert hook["clientConfig"]["caBundle"], "caBundle must be set"
        if any("pods" in r["resources"] for r in hook["rules"]):
            (expr,) = hook["namespaceSelector"]["matchExpressions"]
            assert expr["operator"] == "NotIn"
            assert {"kube-system", "phigate-system"} <= set(expr["values"])


def test_generated_webhook_certificate_matches_service_and_ca() -> None:
    import base64

    from cryptography import x509

    docs = manifests(namespace="ops")
    (secret,) = [d for d in by_kind(docs, "Secret") if d["type"] == "kubernetes.io/tls"]
    ca = x509.load_pem_x509_certificate(base64.b64decode(secret["data"]["ca.crt"]))
    cert = x509.load_pem_x509_certificate(base64.b64decode(secret["data"]["tls.crt"]))
    sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(
        x509.DNSName
    )
    assert "phigate-webhook.ops.svc" in sans
    assert cert.issuer == ca.subject
    (mwc,) = by_kind(docs, "MutatingWebhookConfiguration")
    assert mwc["webhooks"][0]["clientConfig"]["caBundle"] == secret["data"]["ca.crt"]


def test_existing_tls_secret_is_used_not_generated() -> None:
    docs = manifests(
        {"webhook": {"tls": {"existingSecret": "from-cert-manager"}}},
        lookup=lambda *a: {"data": {"ca.crt": "Q0E="}},
    )
    assert not [d for d in by_kind(docs, "Secret") if d["type"] == "kubernetes.io/tls"]
    (dep,) = by_kind(docs, "Deployment")
    vols = {v["name"]: v for v in dep["spec"]["template"]["spec"]["volumes"]}
    assert vols["webhook-tls"]["secret"]["secretName"] == "from-cert-manager"


def test_chart_crds_are_byte_identical_to_generated_crds() -> None:
    generated = sorted((ROOT / "crds").glob("*.yaml"))
    assert generated, "crds/ is empty: run `phigate crds generate`"
    for path in generated:
        copy = CHART / "crds" / path.name
        assert copy.exists(), f"{copy} missing: run `phigate crds generate`"
        assert copy.read_bytes() == path.read_bytes(), f"{copy} differs from {path}"
    # The chart holds exactly the generated CRDs plus kopf's peering CRDs, all written by crdgen.
    from phigate import crdgen

    expected = {p.name for p in generated} | {crdgen.KOPF_PEERING_FILE}
    assert {p.name for p in (CHART / "crds").glob("*.yaml")} == expected
    assert crdgen.drift(CHART / "crds", crdgen.chart_files(), exact=True) == []


def test_renderer_refuses_what_it_does_not_understand(tmp_path: Path) -> None:
    chart = tmp_path / "c"
    (chart / "templates").mkdir(parents=True)
    (chart / "Chart.yaml").write_text("apiVersion: v2\nname: c\nversion: 0.1.0\n")
    (chart / "values.yaml").write_text("a: 1\n")
    (chart / "templates" / "x.yaml").write_text("v: {{ .Values.a | frobnicate }}\n")
    with pytest.raises(TemplateError, match="frobnicate"):
        render_chart(chart)


def _leaf_keys(obj: Any, prefix: str = "") -> set[str]:
    if isinstance(obj, dict) and obj and prefix.count(".") < 2:
        return {k for key, v in obj.items() for k in _leaf_keys(v, f"{prefix}{key}.")}
    return {prefix.rstrip(".")}


def test_chart_readme_documents_every_value() -> None:
    readme = (CHART / "README.md").read_text()
    documented = set(re.findall(r"^\| `([^`]+)` \|", readme, re.M))
    keys = _leaf_keys(yaml.safe_load((CHART / "values.yaml").read_text()))
    missing = {k for k in keys if not any(d == k or d.startswith(k + ".") for d in documented)}
    assert not missing, f"values missing from charts/phigate/README.md: {sorted(missing)}"


def test_every_operator_setting_the_chart_passes_is_read_by_the_operator() -> None:
    """A PHIGATE_* variable or flag the chart sets but the code never reads is a silent no-op."""
    sources = "\n".join(p.read_text() for p in (ROOT / "operator" / "phigate_operator").glob("*.py"))
    (dep,) = by_kind(manifests({"operator": {"notificationSecret": {"name": "slack"}}}), "Deployment")
    (container,) = dep["spec"]["template"]["spec"]["containers"]
    names = [e["name"] for e in container["env"] if e["name"].startswith("PHIGATE_")]
    assert names
    unread = [n for n in names if f'"{n}"' not in sources]
    assert not unread, f"chart sets {unread} but operator/phigate_operator never reads them"
    flags = [a.split("=")[0] for a in container["args"]]
    unknown = [f for f in flags if f'"{f}"' not in sources]
    assert not unknown, f"chart passes {unknown} but `phigate operator` has no such flag"
