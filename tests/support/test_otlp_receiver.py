"""The receiver decodes what the real OTel SDK exports over OTLP/HTTP protobuf."""

from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

from phigate.audit import AuditEmitter
from tests.support.otlp_receiver import OTLPReceiver


def test_receiver_decodes_sdk_export() -> None:
    with OTLPReceiver() as rx:
        em = AuditEmitter(service_name="t", exporter=OTLPSpanExporter(endpoint=rx.traces_url), batch=False)
        em.record(
            "GET /Patient",
            {"phigate.decision": "allow", "phigate.phi.masked_count": 3},
            events=[("transcript", {"body": "[NAME]"})],
        )
        em.shutdown()
        spans = rx.wait_for(lambda s: len(s) == 2)  # the record and the emitter's final checkpoint
    (span,) = [s for s in spans if s["name"] == "GET /Patient"]
    assert span["name"] == "GET /Patient"
    assert span["attributes"]["phigate.decision"] == "allow"
    assert span["attributes"]["phigate.phi.masked_count"] == 3
    assert span["events"][0]["attributes"]["body"] == "[NAME]"
    assert span["resource"]["service.name"] == "t"
