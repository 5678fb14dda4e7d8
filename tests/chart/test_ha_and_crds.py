"""HA in the chart (kopf peering CRDs, the peering object, mandatory peering per replica), the
notification Secret reaching the operator, and `phigate crds generate|check` owning the chart's CRDs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from phigate import crdgen
from phigate.cli import main as phigate_main
from tests.chart.test_chart_offline import CHART, ROOT, by_kind, chart_crds, manifests


def operator_container(docs: list[dict]) -> dict:
    (dep,) = by_kind(docs, "Deployment")
    (container,) = dep["spec"]["template"]["spec"]["containers"]
    return container


def env_of(container: dict) -> dict[str, dict]:
    return {e["name"]: e for e in container["env"]}


# -------------------------------------------------------------------------------- peering
def test_two_replicas_peer_cluster_wide_through_a_chart_made_object() -> None:
    docs = manifests(namespace="phigate-system")
    (dep,) = by_kind(docs, "Deployment")
    assert dep["spec"]["replicas"] == 2
    (peering,) = by_kind(docs, "ClusterKopfPeering")
    assert peering["apiVersion"] == "kopf.dev/v1" and peering["metadata"]["name"] == "phigate"
    assert not by_kind(docs, "KopfPeering")
    container = operator_container(docs)
    # mandatory peering on exactly that object: a replica acts only as the elected one
    assert "--peering=phigate" in container["args"] and "--standalone" not in container["args"]
    assert env_of(container)["POD_ID"]["valueFrom"] == {"fieldRef": {"fieldPath": "metadata.name"}}
    # the CRD for the object ships in crds/ (helm installs crds/ before templates)
    crd = chart_crds()[("kopf.dev/v1", "ClusterKopfPeering")]
    assert crd["spec"]["scope"] == "Cluster"


def test_a_namespaced_install_peers_in_every_watched_namespace() -> None:
    docs = manifests({"operator": {"watchNamespaces": ["team-a", "team-b"], "peering": {"name": "pg"}}})
    peerings = by_kind(docs, "KopfPeering")
    assert sorted((p["metadata"]["namespace"], p["metadata"]["name"]) for p in peerings) == [
        ("team-a", "pg"),
        ("team-b", "pg"),
    ]
    assert not by_kind(docs, "ClusterKopfPeering")
    assert "--peering=pg" in operator_container(docs)["args"]
    assert chart_crds()[("kopf.dev/v1", "KopfPeering")]["spec"]["scope"] == "Namespaced"


def test_the_operator_may_use_its_peering_objects() -> None:
    (role,) = by_kind(manifests(), "ClusterRole")
    rule = next(r for r in role["rules"] if "kopf.dev" in r["apiGroups"])
    assert {"clusterkopfpeerings", "kopfpeerings"} <= set(rule["resources"])
    assert {"get", "list", "watch", "patch"} <= set(rule["verbs"])


# -------------------------------------------------------------------------------- notification Secret
def test_notification_secret_reaches_the_operator_env() -> None:
    container = operator_container(manifests({"operator": {"notificationSecret": {"name": "team-slack"}}}))
    env = env_of(container)
    assert env["PHIGATE_GRANT_NOTIFY_SECRET"]["value"] == "team-slack"
    assert env["PHIGATE_GRANT_NOTIFY_KEY"]["value"] == "webhook-url"  # the operator's default key


def test_without_a_notification_secret_the_operator_default_applies() -> None:
    env = env_of(operator_container(manifests()))
    assert "PHIGATE_GRANT_NOTIFY_SECRET" not in env and "PHIGATE_GRANT_NOTIFY_KEY" not in env


# -------------------------------------------------------------------------------- crds generate / check
def test_generate_writes_crds_and_chart_copies_and_check_accepts_them(tmp_path: Path) -> None:
    out, chart = tmp_path / "crds", tmp_path / "chart-crds"
    argv = ["--out", str(out), "--chart-out", str(chart)]
    assert phigate_main(["crds", "generate", *argv]) == 0
    assert {p.name for p in out.glob("*.yaml")} == set(crdgen.generate())
    assert {p.name for p in chart.glob("*.yaml")} == set(crdgen.generate()) | {crdgen.KOPF_PEERING_FILE}
    for name in crdgen.generate():  # the chart's copies are byte-identical
        assert (chart / name).read_bytes() == (out / name).read_bytes()
    kinds = {
        d["spec"]["names"]["kind"] for d in yaml.safe_load_all((chart / crdgen.KOPF_PEERING_FILE).read_text())
    }
    assert kinds == {"ClusterKopfPeering", "KopfPeering"}
    assert phigate_main(["crds", "check", *argv]) == 0


def test_check_fails_when_a_chart_copy_drifts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, chart = tmp_path / "crds", tmp_path / "chart-crds"
    argv = ["--out", str(out), "--chart-out", str(chart)]
    assert phigate_main(["crds", "generate", *argv]) == 0
    copy = chart / "phigate.io_phipolicies.yaml"
    copy.write_text(copy.read_text().replace("default: Enforce", "default: Audit"))
    capsys.readouterr()
    assert phigate_main(["crds", "check", *argv]) == 1
    captured = capsys.readouterr()
    assert "+                default: Enforce" in captured.out and str(chart) in captured.err
    assert phigate_main(["crds", "check", "--out", str(out)]) == 0  # crds/ itself is still in sync


def test_check_fails_on_a_stale_file_in_the_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, chart = tmp_path / "crds", tmp_path / "chart-crds"
    argv = ["--out", str(out), "--chart-out", str(chart)]
    assert phigate_main(["crds", "generate", *argv]) == 0
    (chart / "phigate.io_oldthings.yaml").write_text("kind: CustomResourceDefinition\n")
    capsys.readouterr()
    assert phigate_main(["crds", "check", *argv]) == 1
    assert "phigate.io_oldthings.yaml: not generated" in capsys.readouterr().out


def test_check_fails_when_the_kopf_peering_crds_are_missing(tmp_path: Path) -> None:
    out, chart = tmp_path / "crds", tmp_path / "chart-crds"
    argv = ["--out", str(out), "--chart-out", str(chart)]
    assert phigate_main(["crds", "generate", *argv]) == 0
    (chart / crdgen.KOPF_PEERING_FILE).unlink()
    assert phigate_main(["crds", "check", *argv]) == 1


def test_default_targets_are_the_repository_and_its_chart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run from a copy of the repository layout: no --out writes both crds/ and charts/phigate/crds/."""
    (tmp_path / "charts" / "phigate").mkdir(parents=True)
    shutil.copy(CHART / "Chart.yaml", tmp_path / "charts" / "phigate" / "Chart.yaml")
    monkeypatch.chdir(tmp_path)
    assert phigate_main(["crds", "generate"]) == 0
    assert phigate_main(["crds", "check"]) == 0
    assert (tmp_path / "charts" / "phigate" / "crds" / crdgen.KOPF_PEERING_FILE).exists()
    for name in crdgen.generate():
        assert (tmp_path / "crds" / name).read_bytes() == (ROOT / "crds" / name).read_bytes()
    (tmp_path / "charts" / "phigate" / "crds" / "phigate.io_aiaccessgrants.yaml").unlink()
    capsys.readouterr()
    assert phigate_main(["crds", "check"]) == 1
    assert "charts/phigate/crds" in capsys.readouterr().err


def test_default_targets_outside_the_repository_fail_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert phigate_main(["crds", "check"]) == 2
    assert "Chart.yaml not found" in capsys.readouterr().err


def test_the_checked_in_chart_crds_are_in_sync() -> None:
    assert crdgen.drift(CHART / "crds", crdgen.chart_files(), exact=True) == []
