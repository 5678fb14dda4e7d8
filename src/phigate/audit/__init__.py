"""The audit channel: OpenTelemetry spans, hash-chained, spooled, signed at checkpoints."""

from phigate.audit.emitter import AttrValue, AuditEmitter

__all__ = ["AttrValue", "AuditEmitter"]
