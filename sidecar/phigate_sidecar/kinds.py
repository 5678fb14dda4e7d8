"""The extension point for destination kinds with their own protocol handling (llm, mcp).

The sidecar addon (`phigate_sidecar.addon`) owns everything every request shares: the egress
decision (`decide.py`), credential injection, the audit span, metrics. For a destination whose kind
has a registered handler it builds a `RequestContext` and calls the handler's hooks, in this order:

    on_request(flow, ctx)          after the decision allowed the request (or Audit mode let it pass)
                                   and after credentials were injected; the request body is complete.
                                   Mask / block prompts here (ctx.deny(...) answers without upstream).
    on_responseheaders(flow, ctx)  upstream headers arrived; set `flow.response.stream` here for
                                   incremental (SSE) masking. Not called when on_request answered.
    on_response(flow, ctx)         the full response (or the end of a stream); mask / re-identify it.
    on_error(flow, ctx)            optional: the flow failed or was cut (an agent hanging up mid-stream);
                                   record what already passed. The span is recorded right after.

Contract for handlers:
  * Fill `ctx.attributes` (extra span attributes, `phigate.*` names, never a PHI value),
    `ctx.add_findings(findings)` (PHI counts by type), `ctx.add_transcript(name, text)` (already
    MASKED text; the addon caps it at `audit.bodyCapBytes`).
  * Refuse with `ctx.deny(status, reason, hint)`: it sets a JSON error response and the decision.
  * Fail closed: an exception escaping a hook is caught by the addon, which answers 502 (or kills the
    flow when the response was already streaming) and records `phigate.decision=error`. Still, catch
    what you can and deny with a reason the agent understands.
  * Handlers are registered once at import time: `register_kind_handler(DestinationKind.LLM, h)`.
    The addon imports `phigate_sidecar.ai` at start so its `__init__` can register.
    A kind without a registered handler is denied with 502 "no handler" (fail closed).
  * `ctx.masker` is the engine `Masker` compiled from the policy's masking rules (one per policy
    hash, shared across requests; it is thread-safe for reads). `ctx.masker` may be None only when
    the engine could not be built; then the addon has already answered 502 before calling you.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from phigate.api.policy import Destination, DestinationKind
from phigate.enforcement import GrantEntry, PolicyEntry
from phigate_sidecar.decide import DENY, ERROR, Decision
from phigate_sidecar.identity import Identity

if TYPE_CHECKING:
    from mitmproxy import http

    from phigate.engine import Masker

__all__ = [
    "KindHandler",
    "RequestContext",
    "kind_handler",
    "register_kind_handler",
    "registered_kinds",
    "unregister_kind_handler",
]


@dataclass(slots=True)
class RequestContext:
    """Everything a kind handler needs about one request, and what it hands back for the audit span."""

    flow: http.HTTPFlow
    decision: Decision
    identity: Identity
    policy: PolicyEntry
    destination: Destination
    grant: GrantEntry | None
    masker: Masker | None
    now: datetime
    body_cap_bytes: int = 4096
    record_bodies: bool = True
    attributes: dict[str, Any] = field(default_factory=dict)  # extra span attributes (phigate.*)
    transcript: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # span events, masked
    phi_counts: Counter[str] = field(default_factory=Counter)  # identifier type -> masked values

    @property
    def subject(self) -> str:
        return self.grant.subject if self.grant else ""

    def add_findings(self, findings: Iterable[Any]) -> None:
        """Count engine findings (objects with a `.type`) by identifier type."""
        for f in findings:
            self.phi_counts[str(f.type)] += 1

    def add_transcript(
        self, name: str, masked_text: str | bytes, *, whole_bytes: int | None = None, **attrs: Any
    ) -> None:
        """A masked body (text or UTF-8 bytes) as a span event, capped at audit.bodyCapBytes. Masked only.

        Bytes are cut before they are decoded, so a 1 MB body costs the cap, not a 1 MB decode.
        `whole_bytes`: the size of the body `masked_text` is only the head of (a masked sample)."""
        if not self.record_bodies:
            return
        data = masked_text if isinstance(masked_text, bytes) else masked_text.encode("utf-8", "replace")
        size = len(data) if whole_bytes is None else whole_bytes
        truncated = len(data) > self.body_cap_bytes or size > len(data)
        text = data[: self.body_cap_bytes].decode("utf-8", "ignore")
        event = {"phigate.body": text, "phigate.body.truncated": truncated, "phigate.body.bytes": size}
        self.transcript.append((name, event | attrs))

    def deny(self, status: int, reason: str, hint: str = "", *, message: str = "") -> None:
        """Answer the agent with a JSON error and record the decision (deny for 4xx, error for 5xx)."""
        from mitmproxy import http

        self.decision.outcome = ERROR if status >= 500 else DENY
        self.decision.status = status
        self.decision.reason = reason
        self.decision.message = message or reason
        self.decision.hint = hint
        body = error_body(
            reason=reason,
            message=self.decision.message,
            destination=self.destination.name if self.destination else self.flow.request.pretty_host,
            hint=hint,
        )
        self.flow.response = http.Response.make(status, body, {"Content-Type": "application/json"})
        self.flow.metadata["phigate.answered"] = True


def error_body(*, reason: str, message: str, destination: str, hint: str) -> bytes:
    """The JSON the agent receives on a refusal: what, why, and how to ask for access."""
    doc = {"error": message, "reason": reason, "destination": destination, "how_to_request_access": hint}
    return json.dumps(doc, indent=None).encode()


@runtime_checkable
class KindHandler(Protocol):
    """Protocol handling for one destination kind (see the module docstring for the contract)."""

    def on_request(self, flow: http.HTTPFlow, ctx: RequestContext) -> None: ...

    def on_responseheaders(self, flow: http.HTTPFlow, ctx: RequestContext) -> None: ...

    def on_response(self, flow: http.HTTPFlow, ctx: RequestContext) -> None: ...


_HANDLERS: dict[DestinationKind, KindHandler] = {}


def register_kind_handler(kind: DestinationKind, handler: KindHandler) -> None:
    """Register (or replace) the handler for a kind. phi-source and other are built in and not replaceable."""
    kind = DestinationKind(kind)
    if kind in (DestinationKind.PHI_SOURCE, DestinationKind.OTHER):
        raise ValueError(f"kind {kind} is handled by the sidecar itself")
    _HANDLERS[kind] = handler


def unregister_kind_handler(kind: DestinationKind) -> None:
    _HANDLERS.pop(DestinationKind(kind), None)


def kind_handler(kind: DestinationKind) -> KindHandler | None:
    return _HANDLERS.get(DestinationKind(kind))


def registered_kinds() -> list[DestinationKind]:
    return sorted(_HANDLERS)
