"""`phigate audit report` numbers against generated traffic; `phigate audit export` archives re-verify."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import shutil
import subprocess
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from faker import Faker

from phigate.cli import main
from tests.audit.helpers import (
    attr,
    emitter,
    file_exporter_lines,
    new_key,
    seq_of,
    spans_of,
    verify,
    write_keys,
    write_lines,
)
from tests.support.otlp_receiver import OTLPReceiver

HOUR = 3600 * 10**9
DAY = 24 * HOUR
BASE = (time.time_ns() // DAY - 3) * DAY + 10 * HOUR  # 10:00 UTC three days ago; traffic runs 60 hours


def _generate(rx: OTLPReceiver, tmp: Path) -> tuple[Path, Path, dict[str, Any]]:
    """Synthetic sidecar + operator traffic over two UTC days; returns file, keys and the truth."""
    fake, rnd = Faker(), random.Random(7)
    Faker.seed(7)
    users = [fake.user_name() for _ in range(4)]
    key, entry = new_key(tmp, "k", "*")
    sidecar = emitter(rx, emitter_id="sidecar/team-a/agent-0", signing_key_path=key, checkpoint_every=25)
    operator = emitter(rx, emitter_id="operator/phigate-0", signing_key_path=key)
    truth: dict[str, Any] = {
        "decision": Counter(),
        "person": Counter(),
        "masked": Counter(),
        "dest": Counter(),
        "grant": Counter(),
        "disclosures": Counter(),
        "denied": 0,
        "gated": 0,
    }
    for i in range(120):
        t = BASE + i * (HOUR // 2)  # 60 hours
        user = rnd.choice(users)
        dest = rnd.choice(["fhir.example.org", "api.openai.example", "mcp.example.net"])
        decision = rnd.choice(["allow", "allow", "deny", "audit"])
        reason = (
            "approval-required"
            if decision == "deny" and i % 2
            else ("not-allowed" if decision == "deny" else "")
        )
        attrs: dict[str, Any] = {
            "enduser.id": user,
            "server.address": dest,
            "phigate.decision": decision,
            "phigate.grant": f"grant-{user}",
            "phigate.grant.approved_by": "compliance@example.org",
        }
        if reason:
            attrs["phigate.decision.reason"] = reason
        if decision == "allow":
            counts = {"NAME": rnd.randint(1, 3), "DATE": rnd.randint(0, 2)}
            attrs["phigate.phi.types"] = [k for k, v in counts.items() if v]
            attrs |= {f"phigate.phi.masked.{k}": v for k, v in counts.items() if v}  # the sidecar's form
            truth["masked"].update({k: v for k, v in counts.items() if v})
            if dest.startswith("api.openai"):
                pseudo = f"pt-{rnd.randint(1, 3)}"
                attrs["phigate.disclosures"] = [f"{pseudo}|openai|NAME,DATE"]
                truth["disclosures"][(pseudo, "openai")] += 1
        sidecar.record(f"GET {dest}", attrs, start_ns=t, end_ns=t + 10**6)
        truth["decision"][decision] += 1
        truth["person"][user] += 1
        truth["dest"][dest] += 1
        truth["grant"][f"grant-{user}"] += 1
        truth["denied"] += decision == "deny"
        truth["gated"] += reason == "approval-required"
    operator.record(
        "grant.approved",
        {
            "phigate.grant": "grant-x",
            "phigate.grant.requested_by": "mallory",
            "phigate.grant.approved_by": "mallory",
        },
        start_ns=BASE,
        end_ns=BASE + 1,
    )
    operator.record(
        "grant.approved",
        {
            "phigate.grant": "grant-y",
            "phigate.grant.requested_by": "bob",
            "phigate.grant.approved_by": "carol",
        },
        start_ns=BASE,
        end_ns=BASE + 1,
    )
    assert sidecar.shutdown() and operator.shutdown()
    rx.wait_for(lambda s: len(s) == 120 + 4 + 1 + 2 + 1, timeout=60)
    return write_lines(tmp / "trail.jsonl", file_exporter_lines(rx)), write_keys(tmp, entry), truth


@pytest.fixture
def traffic(rx: OTLPReceiver, tmp_path: Path) -> tuple[Path, Path, dict[str, Any]]:
    return _generate(rx, tmp_path)


def _lose_sidecar_tail(trail: Path, records: int = 3) -> None:
    """Drop the last records of the sidecar's chain (its final checkpoint among them), whatever the
    export batches were: the emitter batches records, so one line may hold a whole chain."""
    docs = [json.loads(line) for line in trail.read_text().splitlines()]
    sidecar = "sidecar/team-a/agent-0"
    last = max(seq_of(sp) for _, sp in spans_of(docs) if attr(sp, "phigate.audit.emitter") == sidecar)
    for d in docs:
        for rs in d["resourceSpans"]:
            for ss in rs["scopeSpans"]:
                ss["spans"] = [
                    sp
                    for sp in ss["spans"]
                    if not (attr(sp, "phigate.audit.emitter") == sidecar and seq_of(sp) > last - records)
                ]
    write_lines(trail, docs)


def test_report_numbers_match_the_traffic(traffic: Any, tmp_path: Path, capsys: Any) -> None:
    trail, keys, truth = traffic
    out = tmp_path / "r.json"
    assert (
        main(["audit", "report", str(trail), "--keys", str(keys), "--format", "json", "--out", str(out)]) == 0
    )
    rep = json.loads(out.read_text())
    assert rep["verify"]["ok"] and rep["verify"]["signatures_checked"]
    assert rep["requests"] == 120
    assert rep["by_decision"] == dict(truth["decision"])
    assert {p: sum(c.values()) for p, c in rep["by_person"].items()} == dict(truth["person"])
    assert {d: sum(c.values()) for d, c in rep["by_destination"].items()} == dict(truth["dest"])
    assert {g: e["requests"] for g, e in rep["by_grant"].items()} == dict(truth["grant"])
    assert rep["by_approver"] == {"compliance@example.org": 120}
    assert rep["masked_by_type"] == dict(truth["masked"])
    assert len(rep["denied"]) == truth["denied"] and len(rep["approval_gated"]) == truth["gated"]
    assert [g["grant"] for g in rep["self_approved_grants"]] == ["grant-x"]
    assert {(d["pseudonym"], d["vendor"]): d["count"] for d in rep["disclosures"]} == dict(
        truth["disclosures"]
    )


def test_report_window_and_csv(traffic: Any, tmp_path: Path) -> None:
    trail, keys, _ = traffic
    out = tmp_path / "r.csv"
    # the first 24 hours: requests 0..47
    start = datetime.fromtimestamp(BASE / 1e9, UTC)
    assert (
        main(
            [
                "audit",
                "report",
                str(trail),
                "--keys",
                str(keys),
                "--from",
                start.isoformat(),
                "--to",
                (start + timedelta(hours=24)).isoformat(),
                "--format",
                "csv",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows[0]["section"] == "verify" and rows[0]["key"] == "ok"
    assert sum(int(r["count"]) for r in rows if r["section"] == "decision") == 48


def test_report_says_failed_verification_at_the_top(traffic: Any, tmp_path: Path) -> None:
    trail, keys, _ = traffic
    _lose_sidecar_tail(trail)
    out = tmp_path / "r.html"
    assert main(["audit", "report", str(trail), "--keys", str(keys), "--out", str(out)]) == 1
    html = out.read_text()
    assert html.index("VERIFICATION FAILED") < html.index("Access by person")


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_html_report_renders_offline_in_headless_chromium(traffic: Any, tmp_path: Path) -> None:
    trail, keys, _ = traffic
    out = tmp_path / "report.html"
    assert main(["audit", "report", str(trail), "--keys", str(keys), "--out", str(out)]) == 0
    html = out.read_text()
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert html.count("<svg") == 2 and "VERIFIED" in html
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    shot = tmp_path / "shot.png"
    proc = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'prof'}",
            "--enable-logging=stderr",
            "--v=0",
            f"--screenshot={shot}",
            "--window-size=1000,2400",
            out.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 10_000
    console = [
        ln for ln in proc.stderr.splitlines() if "CONSOLE" in ln or "Uncaught" in ln or "Refused to" in ln
    ]
    assert console == [], console


def test_export_archive_reverifies_and_detects_tampering(traffic: Any, tmp_path: Path, capsys: Any) -> None:
    trail, keys, _ = traffic
    arch = tmp_path / "archive"
    assert main(["audit", "export", str(trail), "--keys", str(keys), "--out", str(arch)]) == 0
    manifest = json.loads((arch / "MANIFEST.json").read_text())
    paths = sorted(e["path"] for e in manifest["files"])
    # one gzip file per UTC day and emitter (checkpoints filed with the records they seal)
    days = {
        datetime.fromtimestamp((BASE + i * (HOUR // 2)) / 1e9, UTC).strftime("%Y/%m/%d") for i in range(120)
    }
    assert len(days) == 3
    assert {p.rsplit("/", 1)[0] for p in paths if "sidecar" in p} == days
    assert [p for p in paths if "operator" in p] == [min(days) + "/operator_phigate-0-984c5f7b.otlp.jsonl.gz"]
    assert manifest["verify"]["ok"] and sum(e["records"] for e in manifest["files"]) == 128
    assert all(gzip.decompress((arch / p).read_bytes()) for p in paths)
    code, res = verify(capsys, str(arch), "--keys", str(keys))
    assert code == 0, res["findings"]
    assert sum(c["records"] for c in res["chains"]) == 128
    # an archive file altered years later: the manifest and the chain both say so
    victim = arch / paths[1]
    lines = gzip.decompress(victim.read_bytes()).decode().replace('"allow"', '"deny"', 1)
    victim.write_bytes(gzip.compress(lines.encode()))
    code, res = verify(capsys, str(arch), "--keys", str(keys))
    assert code == 1
    assert {"archive", "altered"} <= {f["kind"] for f in res["findings"]}
    assert any("sha256 does not match the manifest" in f["message"] for f in res["findings"])
    # exporting again into the same directory never overwrites an archive
    assert main(["audit", "export", str(trail), "--keys", str(keys), "--out", str(arch)]) == 2
    assert "MANIFEST.json exists" in capsys.readouterr().err


def test_export_refuses_a_failed_verification(traffic: Any, tmp_path: Path, capsys: Any) -> None:
    trail, keys, _ = traffic
    _lose_sidecar_tail(trail)
    arch = tmp_path / "archive"
    assert main(["audit", "export", str(trail), "--keys", str(keys), "--out", str(arch)]) == 1
    assert not arch.exists()
    assert "nothing written" in capsys.readouterr().err
