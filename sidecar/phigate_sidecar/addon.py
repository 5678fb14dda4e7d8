"""The mitmproxy addon: thin hooks around the pure decision, the engine and the audit emitter.

Fail closed, because mitmproxy logs an exception raised in a hook and lets the flow continue: every
hook runs inside `_guard`, which answers 502 (or kills the flow once a response is streaming) and
records `phigate.decision=error`. mitmproxy's own body streaming is switched off (`stream_large_bodies`
unset), so a PHI body is never forwarded before it is masked:
  * PHI response with a Content-Length over `limits.maxBodyBytes`: answered 502, the upstream bytes
    are read and discarded (bounded memory);
  * PHI response without a length (chunked): collected by a bounded stream callable and masked at the
    end; over the limit or unmaskable, the flow is killed (the agent sees a reset, never PHI);
  * any other PHI response: buffered, decoded (gzip/deflate/br/zstd), masked, headers fixed.
Non-PHI responses without a small known length are streamed through untouched (bounded memory).

Bodies over OFFLOAD_OVER bytes are masked in a worker thread (MASK_WORKERS of them): the hook returns
an awaitable, mitmproxy pauses only that flow, and the event loop keeps serving every other
connection. Smaller bodies are masked inline, where a thread hop would cost more than it saves.
The engine is thread-safe (its Scanner locks the Hyperscan scratch space, its vault is locked).
Exception: a PHI body of unknown length (chunked) is masked inside mitmproxy's stream callable,
which cannot be awaited, so it is masked on the event loop whatever its size.

Per-flow state lives in `flow.metadata["phigate"]` (a FlowState).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from mitmproxy import http
from mitmproxy.proxy.mode_specs import ReverseMode

from phigate.api.policy import DestinationKind, PolicyMode
from phigate.audit import AuditEmitter
from phigate.enforcement import PolicyEntry
from phigate_sidecar import spans
from phigate_sidecar.bodies import BodyError, decode_body, fix_headers_after_masking
from phigate_sidecar.config_store import ConfigStore
from phigate_sidecar.credentials import AGENT_CREDENTIAL_HEADERS, CredentialError, CredentialStore
from phigate_sidecar.decide import AUDIT, DENY, ERROR, Decision, RequestFacts, decide
from phigate_sidecar.identity import Identity
from phigate_sidecar.kinds import KindHandler, RequestContext, error_body, kind_handler
from phigate_sidecar.maskers import MaskerCache
from phigate_sidecar.ops import Metrics

log = logging.getLogger("phigate.sidecar")

_AI_KINDS = (DestinationKind.LLM, DestinationKind.MCP)
STREAM_OTHER_OVER = 1024 * 1024  # non-PHI bodies larger (or of unknown size) are streamed, not buffered
OFFLOAD_OVER = 64 * 1024  # bodies larger than this are masked in a worker thread, off the event loop
# Worker threads for that. Two: both cores busy, and no more parsed bodies in memory at once (a
# masked Bundle's working set is many times its size; more workers only add memory, since the
# engine's Python code shares one GIL anyway). Further large bodies wait for a free worker.
MASK_WORKERS = 2
BINARY_PREFIXES = (
    "image/",
    "audio/",
    "video/",
    "application/pdf",
    "application/octet-stream",
    "application/dicom",
)


@dataclass(slots=True)
class FlowState:
    start_ns: int
    facts: RequestFacts
    decision: Decision
    ctx: RequestContext | None = None
    handler: KindHandler | None = None
    answered: bool = False  # the sidecar wrote the response itself (deny / error)
    streaming: bool = False  # response headers already went to the agent
    stream: _PHIStream | None = None
    recorded: bool = False
    upstream_bytes: int = 0
    config_hash: str = ""
    notes: dict[str, Any] = field(default_factory=dict)


class _Discard:
    """Stream callable for an over-limit PHI body: drop every upstream byte, end with our error JSON."""

    def __init__(self, tail: bytes) -> None:
        self.tail = tail

    def __call__(self, data: bytes) -> bytes | list[bytes]:
        return self.tail if data == b"" else []


class _PHIStream:
    """Stream callable for a PHI body of unknown length: bounded buffer, masked at the end, or nothing."""

    def __init__(self, limit: int, finish: Callable[[bytes], bytes]) -> None:
        self.limit = limit
        self.finish = finish
        self.buf = bytearray()
        self.failed = ""
        self.done = False
        self.raw_len = 0

    def __call__(self, data: bytes) -> bytes | list[bytes]:
        if self.done:
            self.failed = self.failed or "data after end of body"
            return []
        if data == b"":
            self.done = True
            if self.failed:
                return []
            try:
                return self.finish(bytes(self.buf))
            except Exception as exc:  # fail closed: nothing leaves, the response hook kills the flow
                self.failed = f"{type(exc).__name__}: {exc}"
                return []
            finally:
                self.buf.clear()
        self.raw_len += len(data)
        if not self.failed:
            if len(self.buf) + len(data) > self.limit:
                self.failed = f"body exceeds limits.maxBodyBytes ({self.limit})"
                self.buf.clear()
            else:
                self.buf += data
        return []


class PhigateAddon:
    def __init__(
        self,
        *,
        store: ConfigStore,
        identity: Identity,
        emitter: AuditEmitter,
        metrics: Metrics,
        credentials: CredentialStore,
        maskers: MaskerCache | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.identity = identity
        self.emitter = emitter
        self.metrics = metrics
        self.credentials = credentials
        self.maskers = maskers or MaskerCache(credentials)
        self.clock = clock
        self._denied_raw: set[str] = set()  # client connection ids whose raw TCP/UDP egress was denied
        self._workers = ThreadPoolExecutor(max_workers=MASK_WORKERS, thread_name_prefix="phigate-mask")

    # ------------------------------------------------------------------ guard
    @contextmanager
    def _guard(self, flow: http.HTTPFlow, stage: str) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            log.exception("phigate hook %s failed; failing closed", stage)
            self._fail(
                flow, 502, "sidecar-error", f"the sidecar could not process this request safely ({stage})"
            )
            st = _state(flow)
            if st is not None:
                st.notes["error"] = f"{stage}: {type(exc).__name__}"

    def _fail(self, flow: http.HTTPFlow, status: int, reason: str, message: str, hint: str = "") -> None:
        """Answer an error ourselves; once headers were streamed, kill the flow instead."""
        st = _state(flow)
        if st is not None:
            st.decision.outcome = ERROR if status >= 500 else DENY
            st.decision.status, st.decision.reason, st.decision.message = status, reason, message
            if st.streaming:
                flow.kill()
                return
            st.answered = True
        dest = st.decision.destination.name if st and st.decision.destination else flow.request.pretty_host
        body = error_body(reason=reason, message=message, destination=dest, hint=hint)
        kind = st.decision.destination.kind if st and st.decision.destination else None
        shaper = getattr(kind_handler(kind), "error_body", None) if kind in _AI_KINDS else None
        if shaper is not None:  # llm: the vendor's own error JSON, so the agent's SDK shows the reason
            try:
                body = shaper(flow, status, reason, message, hint)
            except Exception:  # _fail runs on error paths: it must never raise itself
                log.exception("error_body of the %s handler failed", kind)
        flow.response = http.Response.make(status, body, {"Content-Type": "application/json"})

    # ------------------------------------------------------------------ hooks
    def requestheaders(self, flow: http.HTTPFlow) -> None:
        start_ns = time.time_ns()
        try:
            self._requestheaders(flow, start_ns)
        except Exception:
            log.exception("phigate requestheaders failed; failing closed")
            if _state(flow) is None:
                facts = RequestFacts(flow.request.pretty_host, flow.request.port, flow.request.method, "/")
                flow.metadata["phigate"] = FlowState(start_ns, facts, Decision(ERROR, 502, "sidecar-error"))
            self._fail(flow, 502, "sidecar-error", "the sidecar could not process this request safely")

    def _requestheaders(self, flow: http.HTTPFlow, start_ns: int) -> None:
        req = flow.request
        host = req.pretty_host
        facts = RequestFacts(
            host=host,
            port=req.port,
            method=req.method,
            path=req.path.split("?", 1)[0],
            query=tuple(req.query.items(multi=True)),
            scheme=req.scheme,
        )
        snap = self.store.current()
        now = self.clock()
        dec = decide(snap.config, self.identity, facts, now)
        st = FlowState(start_ns, facts, dec, config_hash=snap.config.hash)
        flow.metadata["phigate"] = st
        if not dec.passes:
            self._fail(flow, dec.status, dec.reason, dec.message, dec.hint)
            st.decision.outcome = DENY
            return
        # Connect where we decided, never to what the Host header and the socket disagree on.
        if req.host != host and not isinstance(flow.client_conn.proxy_mode, ReverseMode):
            req.host = host
        req.headers.pop("proxy-authorization", None)
        dest, policy = dec.destination, dec.policy
        length = _request_length(req)
        if dest is None or policy is None or dest.kind == DestinationKind.OTHER:
            # No PHI handling: large or unknown-length uploads are streamed, so memory stays bounded.
            if length is None or length > STREAM_OTHER_OVER:
                req.stream = True
            if dest is None or policy is None:
                return
        elif length is not None and length > policy.spec.limits.max_body_bytes:
            self._fail(
                flow, 413, "request-too-large",
                f"the request body exceeds limits.maxBodyBytes ({policy.spec.limits.max_body_bytes})",
            )  # fmt: skip
            return
        masker = None
        if dest.kind != DestinationKind.OTHER:
            try:
                masker = self.maskers.get(policy)
            except Exception as exc:
                log.error("masking engine unavailable for policy %s: %s", policy.name, exc)
                self._fail(
                    flow, 502, "engine-unavailable", "the masking engine could not be built for this policy"
                )
                return
        st.ctx = RequestContext(
            flow=flow,
            decision=dec,
            identity=self.identity,
            policy=policy,
            destination=dest,
            grant=dec.grant,
            masker=masker,
            now=now,
            body_cap_bytes=policy.spec.audit.body_cap_bytes,
            record_bodies=policy.spec.audit.record_bodies,
        )
        if dest.kind in (DestinationKind.LLM, DestinationKind.MCP):
            st.handler = kind_handler(dest.kind)
            if st.handler is None:
                self._fail(flow, 502, "no-handler", f"no handler is installed for {dest.kind} destinations")

    def request(self, flow: http.HTTPFlow) -> Coroutine[Any, Any, None] | None:
        """Inline, or an awaitable running in a worker thread when a handler must scan a large body."""
        st = _state(flow)
        if st is None or st.answered or st.ctx is None:
            return None
        if st.handler is not None and len(flow.request.raw_content or b"") > OFFLOAD_OVER:
            return self._in_thread(flow, "request", lambda: self._request(flow, st), None)
        with self._guard(flow, "request"):
            self._request(flow, st)
        return None

    async def _in_thread(
        self, flow: http.HTTPFlow, stage: str, work: Callable[[], None], then: Callable[[], None] | None
    ) -> None:
        """Run a hook's work in a worker thread (guarded the same way), then `then` on the event loop.

        mitmproxy awaits the hook, so this flow stays paused while its body is masked, and no other
        code touches it; other connections are served meanwhile."""

        def guarded() -> None:
            with self._guard(flow, stage):
                work()

        try:
            await self._run_in_worker(guarded)
        except Exception:  # the worker itself failed to run: nothing was masked, nothing may leave
            log.exception("phigate %s worker failed; failing closed", stage)
            self._fail(flow, 502, "sidecar-error", f"the sidecar could not process this request ({stage})")
        if then is not None:
            then()

    async def _run_in_worker(self, work: Callable[[], None]) -> None:
        await asyncio.get_running_loop().run_in_executor(self._workers, work)

    def done(self) -> None:
        """mitmproxy shutdown: let the mask workers go (a body still being masked is abandoned)."""
        self._workers.shutdown(wait=False, cancel_futures=True)

    def _request(self, flow: http.HTTPFlow, st: FlowState) -> None:
        assert st.ctx is not None
        dest = st.ctx.destination
        if dest.credentials is not None:
            for name in {*AGENT_CREDENTIAL_HEADERS, dest.credentials.header.lower()}:
                flow.request.headers.pop(name, None)
            try:
                flow.request.headers[dest.credentials.header] = self.credentials.header_value(
                    dest.credentials
                )
            except CredentialError as exc:
                log.error("credential for destination %s unavailable: %s", dest.name, exc)
                self._fail(
                    flow,
                    502,
                    "credential-unavailable",
                    f"the credential for {dest.name} is not available",
                )
                return
        if st.handler is not None:
            st.handler.on_request(flow, st.ctx)
            if flow.response is not None:
                st.answered = True
            return
        if flow.request.raw_content:
            self._transcript(st.ctx, "phigate.request.body", flow.request)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        st = _state(flow)
        if st is None or st.answered or flow.response is None:
            return
        with self._guard(flow, "responseheaders"):
            resp = flow.response
            ctx = st.ctx
            if st.handler is not None and ctx is not None:
                st.handler.on_responseheaders(flow, ctx)
                st.streaming = bool(resp.stream)
                return
            if ctx is None or ctx.destination.kind != DestinationKind.PHI_SOURCE:
                length = _content_length(resp)
                if length is None or length > STREAM_OTHER_OVER:
                    resp.stream = True
                    st.streaming = True
                return
            limit = ctx.policy.spec.limits.max_body_bytes
            length = _content_length(resp)
            if length is not None and length > limit:
                st.decision.outcome, st.decision.status = ERROR, 502
                st.decision.reason = "body-too-large"
                st.decision.message = (
                    f"the response from {ctx.destination.name} exceeds limits.maxBodyBytes ({limit})"
                )
                err = error_body(
                    reason="body-too-large",
                    message=st.decision.message,
                    destination=ctx.destination.name,
                    hint="narrow the request (fewer resources per page, _elements, _count)",
                )
                new = http.Response.make(502, b"", {"Content-Type": "application/json"})
                new.headers["content-length"] = str(len(err))
                new.stream = _Discard(err)
                flow.response = new
                st.answered = st.streaming = True
                return
            if length is None and _has_body(flow):
                fix = resp.headers
                encoding = fix.get("content-encoding")
                ctype = fix.get("content-type")
                for name in ("content-encoding", "etag", "content-md5", "digest"):
                    fix.pop(name, None)
                st.stream = _PHIStream(limit, lambda raw: self._mask_phi(st, raw, encoding, ctype))
                resp.stream = st.stream
                st.streaming = True

    def response(self, flow: http.HTTPFlow) -> Coroutine[Any, Any, None] | None:
        """Mask (inline, or in a worker thread for a large buffered body), then record the span."""
        st = _state(flow)
        if st is None:
            return None
        if _offload_response(flow, st):
            return self._in_thread(
                flow, "response", lambda: self._response(flow, st), lambda: self._after_response(flow, st)
            )
        with self._guard(flow, "response"):
            self._response(flow, st)
        self._after_response(flow, st)
        return None

    def _after_response(self, flow: http.HTTPFlow, st: FlowState) -> None:
        if not self._record(flow, st):
            # No audit record, no disclosure: the emitter's spool is full or closed.
            self._fail(flow, 503, "audit-unavailable", "audit trail unavailable, retry later")

    def _response(self, flow: http.HTTPFlow, st: FlowState) -> None:
        ctx = st.ctx
        resp = flow.response
        if st.answered or ctx is None or resp is None:
            return
        if st.handler is not None:
            st.handler.on_response(flow, ctx)
            return
        if st.stream is not None:  # masked at end of stream; kill if that failed
            if st.stream.failed:
                self._stream_failed(flow, st, st.stream.failed)
            st.upstream_bytes = st.stream.raw_len
            return
        if ctx.destination.kind != DestinationKind.PHI_SOURCE:
            if not st.streaming and resp.raw_content and ctx.policy.spec.audit.record_other_responses:
                self._transcript(ctx, "phigate.response.body", resp)
            return
        raw = resp.raw_content or b""
        st.upstream_bytes = len(raw)
        if not raw:
            return
        limit = ctx.policy.spec.limits.max_body_bytes
        if len(raw) > limit:
            self._fail(
                flow, 502, "body-too-large", f"the response from {ctx.destination.name} exceeds {limit} bytes"
            )
            return
        try:
            masked = self._mask_phi(
                st, raw, resp.headers.get("content-encoding"), resp.headers.get("content-type")
            )
        except BodyError as exc:
            self._fail(
                flow,
                502,
                "undecodable-body",
                f"the response from {ctx.destination.name} could not be decoded: {exc}",
            )
            return
        except _Withheld as exc:
            self._fail(flow, 502, "withheld", str(exc))
            return
        except Exception as exc:
            log.error("masking failed for %s: %s", ctx.destination.name, type(exc).__name__)
            self._fail(
                flow, 502, "masking-failed", f"the response from {ctx.destination.name} could not be masked"
            )
            return
        resp.raw_content = masked
        fix_headers_after_masking(resp.headers, len(masked))

    def _stream_failed(self, flow: http.HTTPFlow, st: FlowState, why: str) -> None:
        st.decision.outcome, st.decision.status = ERROR, 502
        st.decision.reason = "body-too-large" if "exceeds" in why else "masking-failed"
        st.decision.message = why
        flow.kill()

    def _mask_phi(self, st: FlowState, raw: bytes, encoding: str | None, ctype: str | None) -> bytes:
        """Decode, mask, record: the one path a PHI-source body takes. Raises on anything unsafe."""
        ctx = st.ctx
        assert ctx is not None and ctx.masker is not None
        limit = ctx.policy.spec.limits.max_body_bytes
        data = decode_body(raw, encoding, limit)
        if not data:
            return b""
        if _is_binary(ctype):
            if ctx.policy.spec.masking.withhold_binary:
                raise _Withheld(
                    f"{ctype} content from {ctx.destination.name} cannot be inspected and is withheld"
                )
            ctx.attributes["phigate.phi.uninspected"] = True
            return data
        from phigate.engine import EngineError

        try:
            result = ctx.masker.mask_bytes(data, content_type=ctype)
        except EngineError as exc:
            # The engine's message is not echoed: it could quote the body.
            raise _Withheld(
                f"the body from {ctx.destination.name} is not inspectable ({type(exc).__name__}): withheld"
            ) from exc
        ctx.add_findings(result.findings)
        masked: bytes = result.document
        ctx.add_transcript("phigate.response.body", masked)
        return masked

    def _transcript(self, ctx: RequestContext, name: str, message: http.Message) -> None:
        """A body for the span, masked by the engine; withheld when it cannot be masked."""
        if not ctx.record_bodies:
            return
        try:
            data = decode_body(message.raw_content or b"", message.headers.get("content-encoding"), 1 << 20)
            masker = ctx.masker or self.maskers.get(ctx.policy)
            # only the head the span keeps is masked: a 4 kB sample of a large body costs 4 kB
            res = masker.mask_bytes_head(data, ctx.body_cap_bytes) if data else None
        except Exception:
            ctx.transcript.append((name, {"phigate.body": "[withheld: not inspectable]"}))
            return
        if res is not None:
            ctx.add_transcript(name, res.document, whole_bytes=len(data))

    def error(self, flow: http.HTTPFlow) -> None:
        st = _state(flow)
        if st is None:
            return
        on_error = getattr(st.handler, "on_error", None) if st.ctx is not None else None
        if on_error is not None:  # a stream cut before its end: what passed was masked, so count it
            try:
                on_error(flow, st.ctx)
            except Exception:
                log.exception("kind handler failed while recording a cut flow")
        if st.decision.outcome not in (DENY, ERROR):
            st.decision.outcome, st.decision.status = ERROR, 502
            st.decision.reason = "upstream-error"
            st.decision.message = flow.error.msg if flow.error else "upstream error"
        self._record(flow, st)

    def tcp_start(self, flow: Any) -> None:
        """Non-HTTP egress (raw TCP): denied, or recorded and passed in Audit mode."""
        self._non_http(flow, "tcp")

    def udp_start(self, flow: Any) -> None:
        self._non_http(flow, "udp")

    def tcp_message(self, flow: Any) -> None:
        """Belt and braces: a denied raw flow never forwards a byte."""
        if flow.client_conn.id in self._denied_raw:
            flow.messages[-1].content = b""
            flow.kill()

    udp_message = tcp_message

    def server_connect(self, data: Any) -> None:
        """mitmproxy opens the upstream of a raw TCP flow whatever tcp_start did: refuse it here."""
        if data.client.id in self._denied_raw:
            data.server.error = "non-HTTP egress denied by phigate"

    def client_disconnected(self, client: Any) -> None:
        self._denied_raw.discard(client.id)

    def _non_http(self, flow: Any, proto: str) -> None:
        try:
            snap = self.store.current()
            from phigate_sidecar.decide import select_policy

            policy = select_policy(snap.config, self.identity)
            audit = policy is not None and policy.spec.mode == PolicyMode.AUDIT
        except Exception:
            policy, audit = None, False
        addr = flow.server_conn.address or ("", 0)
        outcome = AUDIT if audit else DENY
        if not audit:
            self._denied_raw.add(flow.client_conn.id)
            flow.kill()
        attrs = self._identity_attrs(policy)
        attrs |= {
            "network.transport": proto,
            "server.address": str(addr[0]),
            "server.port": int(addr[1] or 0),
            "phigate.decision": outcome,
            "phigate.decision.reason": "non-http-egress",
        }
        self.metrics.requests.labels(outcome, proto).inc()
        self._emit(f"{proto.upper()} egress", attrs, time.time_ns(), [], None)

    # ------------------------------------------------------------------ audit
    def _identity_attrs(self, policy: PolicyEntry | None) -> dict[str, Any]:
        ident = self.identity
        attrs: dict[str, Any] = {"phigate.service_account": ident.service_account}
        if ident.pod:
            attrs["k8s.pod.name"] = ident.pod
        ns = ident.namespace
        if not ns:
            try:
                ns = self.store.current().config.namespace
            except Exception:
                ns = ""
        if ns:
            attrs["k8s.namespace.name"] = ns
        if ident.node:
            attrs["k8s.node.name"] = ident.node
        if policy is not None:
            attrs["phigate.policy"] = policy.name
            attrs["phigate.policy.hash"] = policy.hash
            attrs["phigate.policy.mode"] = str(policy.spec.mode)
        return attrs

    def _record(self, flow: http.HTTPFlow, st: FlowState) -> bool:
        """Emit the flow's one span; False when the audit trail refused it (the caller fails closed)."""
        if st.recorded:
            return True
        st.recorded = True
        try:
            self._record_span(flow, st)
        except Exception as exc:
            log.error("could not record the audit span: %s: %s", type(exc).__name__, exc)
            self.metrics.audit_failures.inc()
            return False
        return True

    def _record_span(self, flow: http.HTTPFlow, st: FlowState) -> None:
        dec, facts, ctx = st.decision, st.facts, st.ctx
        req, resp = flow.request, flow.response
        mask = self._url_masker(dec.policy)
        attrs = spans.request_attributes(
            method=facts.method,
            host=facts.host,
            port=facts.port,
            scheme=facts.scheme,
            url_path=mask.path(facts.path),
            url_query=mask.query(list(facts.query)),
            route=spans.route_template(facts.path),
            user_agent=req.headers.get("user-agent", ""),
        )
        attrs |= self._identity_attrs(dec.policy)
        status = dec.status if dec.outcome in (DENY, ERROR) else (resp.status_code if resp else 0)
        if flow.error and not resp:
            status = 502
        attrs |= {
            "http.response.status_code": int(status),
            "phigate.decision": dec.outcome,
            "phigate.config.hash": st.config_hash,
            "http.request.body.size": len(req.raw_content or b""),
            "phigate.latency_ms": round((time.time_ns() - st.start_ns) / 1e6, 3),
        }
        if dec.reason:
            attrs["phigate.decision.reason"] = dec.reason
        if dec.message:
            attrs["phigate.decision.message"] = spans_safe(dec.message)
        if dec.destination is not None:
            attrs["phigate.destination"] = dec.destination.name
            attrs["phigate.destination.kind"] = str(dec.destination.kind)
            attrs["phigate.destination.baa"] = dec.destination.baa
        if dec.risk_score:
            attrs["phigate.risk.score"] = dec.risk_score
            attrs["phigate.risk.rules"] = list(dec.risk_rules)
        if dec.rule:
            attrs["phigate.rule"] = dec.rule
        if dec.grant is not None:
            attrs["enduser.id"] = dec.grant.subject
            attrs["phigate.grant"] = dec.grant.name
            attrs["phigate.grant.scope"] = str(dec.grant.scope)
            attrs["phigate.grant.expires_at"] = dec.grant.expires_at.isoformat()
            if dec.grant.approved_by:
                attrs["phigate.grant.approved_by"] = dec.grant.approved_by
        if resp is not None and not st.answered:
            attrs["http.response.body.size"] = len(resp.raw_content or b"")
            attrs["phigate.upstream.body.size"] = st.upstream_bytes
        if st.notes.get("error"):
            attrs["phigate.error"] = st.notes["error"]
        events: list[tuple[str, dict[str, Any]]] = []
        counts: dict[str, int] = {}
        if ctx is not None:
            counts = dict(ctx.phi_counts)
            attrs |= {k: v for k, v in ctx.attributes.items() if k.startswith(("phigate.", "gen_ai."))}
            events = list(ctx.transcript)
        attrs |= spans.phi_attributes(counts)
        kind = str(dec.destination.kind) if dec.destination else "none"
        self.metrics.requests.labels(dec.outcome, kind).inc()
        for t, n in counts.items():
            self.metrics.masked.labels(t).inc(n)
        self.metrics.latency.observe((time.time_ns() - st.start_ns) / 1e9)
        error = f"{dec.reason}: {dec.message}" if dec.outcome == ERROR else None
        self._emit(spans.span_name(facts.method, facts.path), attrs, st.start_ns, events, error)

    def _emit(
        self,
        name: str,
        attrs: dict[str, Any],
        start_ns: int,
        events: list[tuple[str, dict[str, Any]]],
        error: str | None,
    ) -> None:
        from opentelemetry.trace import SpanKind

        self.emitter.record(
            name,
            attrs,
            start_ns=start_ns,
            end_ns=time.time_ns(),
            events=events,
            error=error,
            kind=SpanKind.SERVER,
        )

    def _url_masker(self, policy: PolicyEntry | None) -> _UrlMasker:
        masker = None
        if policy is not None:
            try:
                masker = self.maskers.get(policy)
            except Exception:
                masker = None
        return _UrlMasker(masker)


class _Withheld(Exception):
    """Content from a PHI source the engine cannot inspect: withheld (502), never passed through."""


class _UrlMasker:
    """Masks URL parts for spans with the engine; without an engine, every part is redacted."""

    def __init__(self, masker: Any) -> None:
        self.masker = masker

    def _text(self, value: str) -> str:
        if not value:
            return value
        if self.masker is None:
            return spans.REDACTED
        try:
            return str(self.masker.mask_text(value).document)
        except Exception:
            return spans.REDACTED

    def path(self, path: str) -> str:
        return spans.masked_path(path, self._text)

    def query(self, query: list[tuple[str, str]]) -> str:
        return spans.masked_query(query, self._text)


def spans_safe(message: str) -> str:
    """Decision messages name hosts, rules and policies (config values, not request data)."""
    return message[:512]


def _state(flow: http.HTTPFlow) -> FlowState | None:
    st = flow.metadata.get("phigate")
    return st if isinstance(st, FlowState) else None


def _content_length(resp: http.Response) -> int | None:
    value = resp.headers.get("content-length")
    if value is None or "transfer-encoding" in resp.headers:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _request_length(req: http.Request) -> int | None:
    """0 for a bodiless request, the Content-Length, or None for a chunked body of unknown size."""
    if "transfer-encoding" in req.headers:
        return None
    try:
        return int(req.headers.get("content-length", "0"))
    except ValueError:
        return None


def _offload_response(flow: http.HTTPFlow, st: FlowState) -> bool:
    """A buffered response body the sidecar will mask (PHI source, or an llm/mcp handler) and is large."""
    resp = flow.response
    if resp is None or st.answered or st.streaming or st.ctx is None:
        return False
    if st.handler is None and st.ctx.destination.kind != DestinationKind.PHI_SOURCE:
        return False  # other destinations: only a capped transcript is masked, inline
    return len(resp.raw_content or b"") > OFFLOAD_OVER


def _has_body(flow: http.HTTPFlow) -> bool:
    resp = flow.response
    assert resp is not None
    return not (
        flow.request.method == "HEAD" or resp.status_code in (204, 304) or 100 <= resp.status_code < 200
    )


def _is_binary(ctype: str | None) -> bool:
    return bool(ctype) and ctype.split(";")[0].strip().lower().startswith(BINARY_PREFIXES)  # type: ignore[union-attr]
