"""Golden files for the injector: golden/<case>/pod.yaml -> pod.injected.yaml (or rejected.txt).

The patch is applied with jsonpatch (as the API server would) and compared with the golden file.
Regenerate after an intended change with PHIGATE_REGEN_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import jsonpatch
import pytest
import yaml
from phigate_operator.config import OperatorConfig
from phigate_operator.injection import check_pod, plan_injection
from phigate_operator.policy_cache import PolicyView

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("PHIGATE_REGEN_GOLDEN") == "1"
CONFIG = OperatorConfig(
    sidecar_image="ghcr.io/phigate/phigate:golden",
    init_image="ghcr.io/phigate/phigate:golden",
    sidecar_otel_env={"OTEL_EXPORTER_OTLP_ENDPOINT": "http://otel-collector.observability:4318"},
)
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "pod.yaml").exists())


def _policies(case: Path) -> list[PolicyView]:
    src = case / "policies.yaml" if (case / "policies.yaml").exists() else GOLDEN / "policies.yaml"
    return [PolicyView.from_body(d) for d in yaml.safe_load_all(src.read_text()) if d]


def _dump(obj: object) -> str:
    return yaml.safe_dump(obj, sort_keys=False, width=120)


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str) -> None:
    d = GOLDEN / case
    pod = yaml.safe_load((d / "pod.yaml").read_text())
    policies = _policies(d)
    plan = plan_injection(pod, policies=policies, config=CONFIG)
    if plan.action == "reject":
        if REGEN:
            (d / "rejected.txt").write_text(plan.reason + "\n")
        assert (d / "rejected.txt").read_text().strip() == plan.reason
        assert not (d / "pod.injected.yaml").exists()
        assert check_pod(pod, policies=policies, config=CONFIG) == [plan.reason]
        return
    patched = jsonpatch.apply_patch(pod, plan.patch)
    assert patched == plan.pod
    if REGEN:
        (d / "pod.injected.yaml").write_text(_dump(patched))
    assert patched == yaml.safe_load((d / "pod.injected.yaml").read_text()), f"golden drift in {case}"
    # Idempotent: a second pass adds nothing, and the validating webhook admits the result.
    again = plan_injection(patched, policies=policies, config=CONFIG)
    assert again.patch == [] and again.pod == patched
    assert check_pod(patched, policies=policies, config=CONFIG) == []
    if plan.action == "skip":
        assert plan.patch == [] and patched == pod


def test_already_injected_case_is_a_fixed_point() -> None:
    """already-injected/pod.yaml is plain's injected output: the webhook must return no patch."""
    d = GOLDEN / "already-injected"
    if REGEN:
        d.mkdir(exist_ok=True)
        (d / "pod.injected.yaml").write_text((GOLDEN / "plain" / "pod.injected.yaml").read_text())
        (d / "pod.yaml").write_text((GOLDEN / "plain" / "pod.injected.yaml").read_text())
    pod = yaml.safe_load((d / "pod.yaml").read_text())
    plan = plan_injection(pod, policies=_policies(d), config=CONFIG)
    assert plan.action == "inject" and plan.patch == []


def _containers(pod: dict, names: tuple[str, ...] = ("phigate-sidecar",)) -> dict[str, dict]:
    return {c["name"]: c for c in pod["spec"]["containers"] + pod["spec"].get("initContainers", [])}


def test_secrets_mounted_in_sidecar_only() -> None:
    pod = yaml.safe_load((GOLDEN / "multi-container" / "pod.injected.yaml").read_text())
    cs = _containers(pod)
    sidecar_mounts = {m["mountPath"] for m in cs["phigate-sidecar"]["volumeMounts"]}
    assert {
        "/etc/phigate/ca",
        "/etc/phigate/credentials/fhir-token",
        "/etc/phigate/enforcement",
    } <= sidecar_mounts
    for name in ("agent", "tools"):
        paths = {m["mountPath"] for m in cs[name]["volumeMounts"]}
        assert (
            paths & {"/etc/phigate/ca", "/etc/phigate/credentials/fhir-token", "/etc/phigate/enforcement"}
            == set()
        )
        assert "/etc/phigate/trust" in paths
        env = {e["name"]: e.get("value") for e in cs[name]["env"]}
        assert (
            env["HTTPS_PROXY"] == "http://127.0.0.1:15001"
            and env["SSL_CERT_FILE"] == "/etc/phigate/trust/ca.crt"
        )
    sc = cs["phigate-sidecar"]["securityContext"]
    assert (
        sc["runAsUser"] == 1337 and sc["readOnlyRootFilesystem"] and sc["capabilities"] == {"drop": ["ALL"]}
    )
    assert cs["phigate-sidecar"]["livenessProbe"]["httpGet"]["port"] == 15020
    init = cs["phigate-init"]
    assert pod["spec"]["initContainers"][0]["name"] == "phigate-init"
    assert set(init["securityContext"]["capabilities"]["add"]) == {"NET_ADMIN", "NET_RAW"}
    assert "--uid-owner 1337 -j RETURN" in init["command"][-1] and "--to-ports 15006" in init["command"][-1]


def test_explicit_capture_has_no_init_container() -> None:
    pod = yaml.safe_load((GOLDEN / "explicit-capture" / "pod.injected.yaml").read_text())
    assert "initContainers" not in pod["spec"]
    env = {e["name"]: e.get("value") for e in _containers(pod)["phigate-sidecar"]["env"]}
    assert env["PHIGATE_CAPTURE"] == "Explicit" and env["PHIGATE_POLICY"] == "explicit-only"


def test_bypass_attempts_rejected_by_guard() -> None:
    policies = _policies(GOLDEN)
    base = yaml.safe_load((GOLDEN / "plain" / "pod.injected.yaml").read_text())

    def variant(mutate) -> list[str]:  # type: ignore[no-untyped-def]
        pod = yaml.safe_load(_dump(base))
        mutate(pod)
        return check_pod(pod, policies=policies, config=CONFIG)

    def uid(p):  # type: ignore[no-untyped-def]
        p["spec"]["containers"][0]["securityContext"] = {"runAsUser": 1337}

    def netadmin(p):  # type: ignore[no-untyped-def]
        p["spec"]["containers"][0]["securityContext"] = {"capabilities": {"add": ["NET_ADMIN"]}}

    def mount_ca(p):  # type: ignore[no-untyped-def]
        p["spec"]["volumes"].append({"name": "steal", "secret": {"secretName": "phigate-ca"}})
        p["spec"]["containers"][0]["volumeMounts"].append({"name": "steal", "mountPath": "/x"})

    def cred_env(p):  # type: ignore[no-untyped-def]
        p["spec"]["containers"][0]["env"].append(
            {"name": "T", "valueFrom": {"secretKeyRef": {"name": "fhir-token", "key": "token"}}}
        )

    def sidecar_cmd(p):  # type: ignore[no-untyped-def]
        _containers(p)["phigate-sidecar"]["command"] = ["sleep", "infinity"]

    def no_init(p):  # type: ignore[no-untyped-def]
        del p["spec"]["initContainers"]

    assert any("runAsUser: 1337 is reserved" in e for e in variant(uid))
    assert any("NET_ADMIN" in e for e in variant(netadmin))
    assert any("sidecar-only secret" in e for e in variant(mount_ca))
    assert any("'fhir-token' is sidecar-only" in e for e in variant(cred_env))
    assert any("not injected" in e and "/spec/containers/1/command" in e for e in variant(sidecar_cmd))
    assert any("not injected" in e and "/spec/initContainers" in e for e in variant(no_init))


def test_defaulted_fields_are_not_tampering() -> None:
    """The API server defaults fields after mutation; the guard must still admit the pod."""
    policies = _policies(GOLDEN)
    pod = yaml.safe_load((GOLDEN / "plain" / "pod.injected.yaml").read_text())
    for c in pod["spec"]["containers"] + pod["spec"]["initContainers"]:
        c["terminationMessagePath"] = "/dev/termination-log"
        for probe in ("livenessProbe", "readinessProbe"):
            if probe in c:
                c[probe]["successThreshold"] = 1
                c[probe]["httpGet"]["scheme"] = "HTTP"
    for v in pod["spec"]["volumes"]:
        for kind in ("secret", "configMap"):
            if kind in v:
                v[kind]["defaultMode"] = 420
    pod["spec"].update(restartPolicy="Always", dnsPolicy="ClusterFirst", schedulerName="default-scheduler")
    assert check_pod(pod, policies=policies, config=CONFIG) == []


def test_update_cannot_strip_or_change_the_sidecar() -> None:
    policies = _policies(GOLDEN)
    old = yaml.safe_load((GOLDEN / "plain" / "pod.injected.yaml").read_text())
    new = yaml.safe_load(_dump(old))
    _containers(new)["phigate-sidecar"]["image"] = "busybox:1.36"
    assert check_pod(new, policies=policies, config=CONFIG, old=old)
    new = yaml.safe_load(_dump(old))
    new["metadata"]["annotations"]["phigate.io/injected"] = "{}"
    assert any("injection record" in e for e in check_pod(new, policies=policies, config=CONFIG, old=old))
    new = yaml.safe_load(_dump(old))
    new["metadata"]["labels"]["phigate.io/inject"] = "false"
    assert any("cannot opt out" in e for e in check_pod(new, policies=policies, config=CONFIG, old=old))
    new = yaml.safe_load(_dump(old))
    new["metadata"]["labels"]["extra"] = "ok"
    assert check_pod(new, policies=policies, config=CONFIG, old=old) == []


def test_cli_inject_matches_golden(tmp_path: Path) -> None:
    """`phigate inject` prints what the webhook would produce (same function)."""
    d = GOLDEN / "plain"
    cmd = [
        sys.executable,
        "-m",
        "phigate.cli",
        "inject",
        "-f",
        str(d / "pod.yaml"),
        "--policy",
        str(GOLDEN / "policies.yaml"),
        "--image",
        "ghcr.io/phigate/phigate:golden",
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    out = yaml.safe_load(res.stdout)
    expected = yaml.safe_load((d / "pod.injected.yaml").read_text())
    # the CLI has no OTEL env (the operator's environment): compare everything else
    strip = [
        e
        for e in _containers(expected)["phigate-sidecar"]["env"]
        if e["name"] == "OTEL_EXPORTER_OTLP_ENDPOINT"
    ]
    _containers(expected)["phigate-sidecar"]["env"].remove(strip[0])
    out_ann = out["metadata"]["annotations"].pop("phigate.io/injected")
    expected["metadata"]["annotations"].pop("phigate.io/injected")
    assert '"policy":"clinical-agents"' in out_ann
    assert out == expected
    res = subprocess.run(
        [*cmd[:-4], "-f", str(GOLDEN / "host-network" / "pod.yaml"), "--policy", str(GOLDEN / "policies.yaml")],  # noqa: E501
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 1 and "hostNetwork" in res.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "apiVersion: phigate.io/v1alpha1\nkind: PHIPolicy\nmetadata: {name: x}\n"
        "spec: {podSelector: {}, requestRules: {block: [{name: b, pathRegex: '(['}]}}\n"
    )
    res = subprocess.run([*cmd[:6], "--policy", str(bad)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and "spec.requestRules.block[0].pathRegex" in res.stderr


def test_cli_injects_a_deployment_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from phigate_operator import cli_inject

    deploy = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "agents", "namespace": "team-a"},
        "spec": {
            "selector": {"matchLabels": {"app": "agent"}},
            "template": {
                "metadata": {"labels": {"app": "agent"}},
                "spec": {"containers": [{"name": "agent", "image": "registry.example/agent:1.0"}]},
            },
        },
    }
    (tmp_path / "d.yaml").write_text(yaml.safe_dump(deploy))
    parser = argparse.ArgumentParser()
    cli_inject.configure(parser)
    args = parser.parse_args(["-f", str(tmp_path / "d.yaml"), "--policy", str(GOLDEN / "policies.yaml")])
    assert cli_inject.run(args) == 0
    out = yaml.safe_load(capsys.readouterr().out)
    assert out["kind"] == "Deployment" and out["spec"]["selector"] == deploy["spec"]["selector"]
    template = out["spec"]["template"]
    assert [c["name"] for c in template["spec"]["containers"]] == ["agent", "phigate-sidecar"]
    assert template["metadata"]["annotations"]["phigate.io/policy"] == "clinical-agents"
