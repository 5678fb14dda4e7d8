"""Shared pieces for the audit tests: real emitters exporting to the real OTLP receiver."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from phigate.audit import AuditEmitter
from phigate.audit.emitter import wire_otlp_exporter
from phigate.audit.keys import generate_private_key_pem, public_key_entry
from phigate.audit.otlp import to_file_exporter_json
from phigate.cli import main as phigate_main
from tests.support.otlp_receiver import OTLPReceiver


def emitter(rx: OTLPReceiver, export_timeout: float = 10, **kw: Any) -> AuditEmitter:
    """A real emitter exporting OTLP/HTTP protobuf to rx. A short export_timeout makes outage tests
    fail fast (the OTLP exporter retries 5xx internally until its timeout); retries cover the rest."""
    kw.setdefault("service_name", "phigate-sidecar")
    kw.setdefault("retry_max_s", 0.3)
    kw.setdefault("shutdown_timeout_s", 60)  # generous for a loaded CI machine; returns as soon as delivered
    return AuditEmitter(exporter=wire_otlp_exporter(endpoint=rx.traces_url, timeout=export_timeout), **kw)


def new_key(tmp: Path, name: str, emitter_id: str = "*") -> tuple[Path, dict[str, str]]:
    pem = generate_private_key_pem()
    path = tmp / f"{name}.pem"
    path.write_bytes(pem)
    return path, public_key_entry(emitter_id, pem)


def write_keys(tmp: Path, *entries: dict[str, str]) -> Path:
    path = tmp / "keys.json"
    path.write_text(json.dumps(list(entries)))
    return path


def file_exporter_lines(rx: OTLPReceiver) -> list[dict[str, Any]]:
    """What the Collector's file exporter would have written for these exports."""
    return [to_file_exporter_json(d) for d in rx.requests]


def write_lines(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d, separators=(",", ":")) + "\n" for d in docs))
    return path


def spans_of(docs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(resourceSpans entry, span) pairs in file order."""
    return [
        (rs, sp) for d in docs for rs in d["resourceSpans"] for ss in rs["scopeSpans"] for sp in ss["spans"]
    ]


def attr(sp: dict[str, Any], key: str) -> Any:
    for kv in sp["attributes"]:
        if kv["key"] == key:
            v = kv["value"]
            return int(v["intValue"]) if "intValue" in v else next(iter(v.values()))
    return None


def seq_of(sp: dict[str, Any]) -> int:
    return attr(sp, "phigate.audit.seq")


def verify(capsys: Any, *args: str) -> tuple[int, dict[str, Any]]:
    code = phigate_main(["audit", "verify", "--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out)


def kinds(result: dict[str, Any]) -> list[str]:
    return [f["kind"] for f in result["findings"]]
