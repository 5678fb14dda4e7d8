"""A real `phigate sidecar` process writes the trail; verify and report check it end to end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phigate.cli import main
from tests.audit.helpers import file_exporter_lines, kinds, new_key, verify, write_keys, write_lines
from tests.support.otlp_receiver import OTLPReceiver

harness = pytest.importorskip("tests.sidecar.harness", reason="the sidecar is not built in this tree")
fhir_mock = pytest.importorskip("phigate_sidecar.fhir_mock", reason="the sidecar is not built in this tree")
server = pytest.importorskip("phigate_sidecar.server", reason="the sidecar is not built in this tree")


@pytest.fixture
def ehr(tmp_path: Path) -> Iterator[Any]:
    mock = fhir_mock.FhirMock(fhir_mock.TestPKI(tmp_path / "pki")).start()
    yield mock
    mock.stop()


def test_real_sidecar_trail_verifies_and_reports(
    rx: OTLPReceiver, ehr: Any, tmp_path: Path, capsys: Any
) -> None:
    server.generate_ca(tmp_path / "ca")
    key, _ = new_key(tmp_path, "sidecar", "*")
    spool = tmp_path / "spool"
    policy = harness.policy_doc(
        destinations=[{"name": "ehr", "kind": "phi-source", "host": "localhost", "port": ehr.port}],
        requestRules={"block": [{"name": "no-writes", "methods": ["POST"], "destinations": ["ehr"]}]},
        audit={"checkpointEvery": 3},
    )
    sc = harness.start_sidecar(
        tmp_path / "sc",
        policy=[policy],
        grants=[harness.grant_doc("alice")],
        ca_dir=tmp_path / "ca",
        otlp_url=rx.traces_url,
        upstream_ca=ehr.pki.ca_cert,
        env={"PHIGATE_AUDIT_SPOOL": str(spool), "PHIGATE_AUDIT_SIGNING_KEY": str(key)},
    )
    try:
        with sc.client() as c:
            allowed = [c.get(f"{ehr.url}/Patient/pat-{i}").status_code for i in range(1, 6)]
            denied = [
                c.post(f"{ehr.url}/Patient", json={"resourceType": "Patient"}).status_code for _ in range(2)
            ]
            unlisted = c.get("http://127.0.0.1:9/elsewhere").status_code
    finally:
        assert sc.stop() == 0, sc.logs()[-3000:]
    assert allowed == [200] * 5 and denied == [403, 403] and unlisted == 403
    requests = lambda s: [x for x in s if "phigate.decision" in x["attributes"]]  # noqa: E731
    spans = rx.wait_for(
        lambda s: len(requests(s)) >= 8 and s[-1]["name"] == "phigate.audit.checkpoint", timeout=60
    )
    assert all(
        s["resource"]["phigate.audit.emitter"] == s["attributes"]["phigate.audit.emitter"] for s in spans
    )
    # the sidecar's own public key, as the operator would publish it
    from phigate.audit.keys import public_key_entry

    emitter_id = spans[0]["attributes"]["phigate.audit.emitter"]
    keys = write_keys(tmp_path, public_key_entry(emitter_id, key.read_bytes()))
    trail = write_lines(tmp_path / "trail.jsonl", file_exporter_lines(rx))
    code, res = verify(capsys, str(trail), "--keys", str(keys))
    assert code == 0, res["findings"]
    (chain,) = res["chains"]
    assert chain["final"] and chain["checkpoints"] >= 3 and chain["signed_ok"] == chain["checkpoints"]
    out = tmp_path / "report.json"
    assert (
        main(["audit", "report", str(trail), "--keys", str(keys), "--format", "json", "--out", str(out)]) == 0
    )
    rep = json.loads(out.read_text())
    assert rep["requests"] == 8
    assert rep["by_decision"] == {"allow": 5, "deny": 3}
    assert rep["by_person"]["alice@example.org"]["allow"] == 5
    assert rep["masked_by_type"].get("NAME", 0) >= 5
    # deleting one request span from the real trail is caught
    docs = file_exporter_lines(rx)
    for d in docs:
        for rs in d["resourceSpans"]:
            for ss in rs["scopeSpans"]:
                ss["spans"] = [sp for sp in ss["spans"] if sp["name"] != "POST /fhir/Patient"][
                    : len(ss["spans"])
                ]
    code, res = verify(capsys, str(write_lines(tmp_path / "cut.jsonl", docs)), "--keys", str(keys))
    assert code == 1 and "gap" in kinds(res)
