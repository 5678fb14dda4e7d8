"""Dockerfiles and skaffold.yaml: what a platform engineer's build relies on, checked offline."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def instructions(path: Path) -> list[tuple[str, str]]:
    out = []
    joined = path.read_text().replace("\\\n", " ")
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


@pytest.mark.parametrize(
    ("dockerfile", "extra", "uid"),
    [
        ("operator/Dockerfile", "operator", "10001"),
        ("sidecar/Dockerfile", "sidecar", "1337"),
    ],
)
def test_dockerfile_is_pinned_multistage_and_non_root(dockerfile: str, extra: str, uid: str) -> None:
    ins = instructions(ROOT / dockerfile)
    froms = [rest for word, rest in ins if word == "FROM"]
    assert len(froms) == 2 and all(f.startswith("python:3.12-slim") for f in froms), froms
    final = ins[max(i for i, (w, _) in enumerate(ins) if w == "FROM") :]
    runs = " ".join(rest for word, rest in ins if word == "RUN")
    assert "-c constraints.txt" in runs, "dependencies must come from the pinned constraints"
    assert f'"phigate[{extra}]"' in runs
    final_runs = " ".join(rest for word, rest in final if word == "RUN")
    for tool in ("gcc", "build-essential", "git "):
        assert tool not in final_runs, f"build tool {tool} in the final stage"
    users = [rest for word, rest in final if word == "USER"]
    assert users and users[-1].split(":")[0] == uid
    assert not [w for w, _ in ins if w == "HEALTHCHECK"], "Kubernetes probes do health checks"
    assert ("ENTRYPOINT", f'["phigate", "{extra}"]') in final


def test_skaffold_builds_both_images_and_deploys_the_chart() -> None:
    cfg = yaml.safe_load((ROOT / "skaffold.yaml").read_text())
    arts = {a["image"]: a for a in cfg["build"]["artifacts"]}
    assert set(arts) == {"phigate/operator", "phigate/sidecar"}
    for art in arts.values():
        assert (ROOT / art["context"] / art["docker"]["dockerfile"]).is_file()
    (release,) = cfg["manifests"]["helm"]["releases"]
    assert (ROOT / release["chartPath"] / "Chart.yaml").is_file()
    assert set(release["setValueTemplates"]) >= {"image.operator.repository", "image.sidecar.repository"}
