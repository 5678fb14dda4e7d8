"""The sidecar adapter: LLM and MCP kind handlers on the `kinds.py` protocol. Thin by design.

All decisions are in the pure modules; this file moves bytes between mitmproxy flows and them,
fills the audit context, and fails closed (a refusal the vendor's SDK can show, or an exception the
addon turns into a 502 / killed flow). mitmproxy is imported lazily so the package stays importable
by pure tests.
"""

from __future__ import annotations

import json
import logging
import threading
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from phigate.api.policy import DestinationKind, PolicyMode, PromptAction
from phigate.enforcement import EnforcementConfig
from phigate_sidecar.ai import mcp as mcp_rules
from phigate_sidecar.ai.disclosures import disclosure_records, load_key
from phigate_sidecar.ai.llm_formats import error_format, parse_request
from phigate_sidecar.ai.prompt import (
    PromptScan,
    describe_unreadable,
    scan_prompt,
    tokenizing,
    vendor_error,
)
from phigate_sidecar.ai.reidentify import SSERestorer, restore_json_bytes
from phigate_sidecar.ai.sse import SSEFramer, parse_event
from phigate_sidecar.ai.vaults import GrantSession, GrantVaults
from phigate_sidecar.ai.vendors import vendor_for_host, vendor_name

if TYPE_CHECKING:
    from mitmproxy import http

    from phigate_sidecar.kinds import RequestContext

log = logging.getLogger("phigate.sidecar.ai")

META = "phigate.ai"
ACCESS_HINT = "ask the owners of PHIPolicy {policy} to change destination {dest}"
MAX_TRANSCRIPT_SOURCE = 64 * 1024


@dataclass(slots=True)
class FlowAI:
    """Per-flow state kept in flow.metadata between hooks."""

    kind: str
    fmt: str = ""
    session: GrantSession | None = None
    reidentify: bool = False
    stream: Any = None  # the stream callable, for its counters
    mcp_methods: dict[Any, str] = field(default_factory=dict)


def _agent(flow: http.HTTPFlow) -> str:
    ua = flow.request.headers.get("user-agent", "")
    return ua.split(" ")[0][:128] if ua else "unknown"


class AIHandlers:
    """One instance serves both kinds; it owns the per-grant vaults."""

    def __init__(self, vaults: GrantVaults | None = None, disclosure_key: bytes | None = None) -> None:
        self.vaults = vaults or GrantVaults()
        if disclosure_key is None:
            disclosure_key, stable = load_key()
        else:
            stable = True
        self._disclosure_key = disclosure_key
        self._disclosure_key_stable = stable
        self._plans: dict[str, Any] = {}
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- lifecycle of pseudonym keys
    def on_config(self, config: EnforcementConfig, now: datetime) -> list[str]:
        """Call on every config (re)load: vaults of grants no longer Active are destroyed."""
        active = {g.name: g.expires_at for g in config.grants if g.active_at(now)}
        return self.vaults.sweep(now, active)

    def _session(self, ctx: RequestContext) -> GrantSession:
        grant = ctx.grant
        return self.vaults.session(
            grant.name if grant else None,
            grant.expires_at if grant else None,
            ctx.now,
            pod=ctx.identity.pod_uid or ctx.identity.pod,
        )

    def _prompt_masker(self, ctx: RequestContext, session: GrantSession) -> Any:
        from phigate.engine import Masker, compile_plan

        def build(vault: Any) -> Any:
            with self._lock:
                plan = self._plans.get(ctx.policy.hash)
                if plan is None:
                    plan = self._plans[ctx.policy.hash] = compile_plan(tokenizing(ctx.policy.spec.masking))
            return Masker(plan, vault=vault)

        return session.masker(ctx.policy.hash, build)

    # ---------------------------------------------------------------- protocol hooks
    def on_request(self, flow: http.HTTPFlow, ctx: RequestContext) -> None:
        ctx.attributes["phigate.agent"] = _agent(flow)
        if ctx.identity.pod:
            ctx.attributes["phigate.agent.pod"] = ctx.identity.pod
        if ctx.destination.kind == DestinationKind.MCP:
            self._mcp_request(flow, ctx)
        else:
            self._llm_request(flow, ctx)

    def on_responseheaders(self, flow: http.HTTPFlow, ctx: RequestContext) -> None:
        st: FlowAI | None = flow.metadata.get(META)
        resp = flow.response
        if resp is None or not _is_sse(resp.headers.get("content-type")):
            return
        if st is not None and st.kind == "mcp":
            stream: Any = _MCPStream(self, ctx, st)
        elif st is not None and st.reidentify and st.session is not None:
            stream = _LLMStream(SSERestorer(st.fmt, st.session.vault.reveal))
        else:  # an answer we do not rewrite: pass it on as it arrives, never buffer a token stream
            resp.stream = True
            return
        decoder = _stream_decoder(resp.headers.get("content-encoding"))
        if decoder is None:
            raise ValueError(
                f"unsupported Content-Encoding {resp.headers.get('content-encoding')!r} on a stream"
            )
        stream.decoder = decoder
        for name in ("content-encoding", "content-length", "etag", "content-md5", "digest"):
            resp.headers.pop(name, None)
        st.stream = stream
        resp.stream = stream

    def on_error(self, flow: http.HTTPFlow, ctx: RequestContext) -> None:
        """The agent hung up (or the upstream failed) in the middle of a stream: the events that passed
        were masked and re-identified, so the span still says so and counts what was withheld."""
        st: FlowAI | None = flow.metadata.get(META)
        if st is not None and st.stream is not None:
            st.stream.record(ctx)
            ctx.attributes["phigate.ai.stream_cut"] = True

    def on_response(self, flow: http.HTTPFlow, ctx: RequestContext) -> None:
        st: FlowAI | None = flow.metadata.get(META)
        resp = flow.response
        if st is None or resp is None:
            return
        if st.stream is not None:
            st.stream.record(ctx)
            if st.stream.failed:
                ctx.attributes["phigate.ai.stream_error"] = st.stream.failed
                flow.kill()
            return
        if st.kind == "mcp":
            self._mcp_response(flow, ctx, st)
        elif st.reidentify and st.session is not None:
            self._llm_response(flow, ctx, st)

    # ---------------------------------------------------------------- LLM
    def error_body(self, flow: http.HTTPFlow, status: int, reason: str, message: str, hint: str) -> bytes:
        """A refusal in the protocol's own error shape (called by the addon for its denials too)."""
        meta = flow.metadata.get(META)
        if isinstance(meta, FlowAI) and meta.kind == "mcp":
            doc: dict[str, Any] = mcp_rules.error_message(
                None, mcp_rules.POLICY_DENIED, f"phigate: {message}"
            )
        else:
            vendor = vendor_for_host(flow.request.pretty_host)
            fmt = error_format(flow.request.path.split("?", 1)[0], vendor.api if vendor else "")
            doc = vendor_error(fmt, status, reason, f"phigate: {message}")
        doc["phigate"] = {"reason": reason, "how_to_request_access": hint}
        return json.dumps(doc).encode()

    def _refuse(self, ctx: RequestContext, status: int, reason: str, message: str) -> bool:
        """Refuse in the vendor's error shape; in Audit mode only record. True when refused."""
        from mitmproxy import http

        ctx.attributes["phigate.ai.refusal"] = reason
        if ctx.policy.spec.mode == PolicyMode.AUDIT:
            ctx.attributes["phigate.ai.would_refuse"] = True
            return False
        hint = ACCESS_HINT.format(policy=ctx.policy.name, dest=ctx.destination.name)
        ctx.deny(status, reason, hint, message=message)
        body = self.error_body(ctx.flow, status, reason, message, hint)
        ctx.flow.response = http.Response.make(status, body, {"Content-Type": "application/json"})
        return True

    def _llm_request(self, flow: http.HTTPFlow, ctx: RequestContext) -> None:
        dest, spec = ctx.destination, ctx.policy.spec
        host = flow.request.pretty_host
        vendor = vendor_for_host(host)
        vname = vendor_name(host)
        ctx.attributes["phigate.llm.vendor"] = vname
        ctx.attributes["gen_ai.system"] = vname  # OpenTelemetry GenAI semantic conventions
        path = flow.request.path.split("?", 1)[0]
        if spec.require_baa_for_llm and not dest.baa:
            msg = (
                f"LLM destination {dest.name} ({vname}) is not covered by a BAA and policy "
                f"{ctx.policy.name} requires one"
            )
            if self._refuse(ctx, 403, "baa-required", msg):
                return
        action = dest.prompts or PromptAction.MASK
        ctx.attributes["phigate.llm.prompts"] = str(action)
        raw = flow.request.get_content(strict=False) if flow.request.raw_content else b""
        if not raw:
            return
        try:
            doc = json.loads(raw)
        except ValueError:
            doc = None
        if doc is None or (vendor is not None and not vendor.inspectable):
            what = flow.request.headers.get("content-type", "unknown content type")
            if action == PromptAction.ALLOW and dest.baa:
                ctx.attributes["phigate.llm.uninspected"] = True
                return
            msg = (
                f"the request body to {vname} ({what}) cannot be inspected for PHI; phigate does not pass "
                f"it on (allow it only with prompts: allow on a BAA-covered destination)"
            )
            self._refuse(ctx, 403, "prompt-uninspectable", msg)
            return
        req = parse_request(path, dict(flow.request.query.items()), doc)
        if req.model:
            ctx.attributes["phigate.llm.model"] = ctx.attributes["gen_ai.request.model"] = req.model[:128]
        ctx.attributes["phigate.llm.api"] = req.format
        session = self._session(ctx)
        masker = self._prompt_masker(ctx, session)
        # an agent resends the whole conversation each turn: parts masked earlier in the session are reused
        mask, reused = session.parts.masking(ctx.policy.hash, masker.mask_text)
        scan = scan_prompt(doc, req, mask)
        ctx.attributes["phigate.llm.parts_reused"] = reused()
        # Serialised once: the same bytes go upstream (when masking changed them) and into the span.
        masked_body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
        ctx.add_transcript("phigate.llm.prompt", masked_body)
        if not self._llm_apply(flow, ctx, scan, action, vendor, masked_body):
            return
        if dest.reidentify:
            flow.metadata[META] = FlowAI("llm", req.format, session, reidentify=True)
            flow.request.headers["accept-encoding"] = "identity"

    def _llm_apply(
        self,
        flow: http.HTTPFlow,
        ctx: RequestContext,
        scan: PromptScan,
        action: PromptAction,
        vendor: Any,
        masked_body: bytes,
    ) -> bool:
        """Enforce the prompts action; False when the request was refused."""
        dest = ctx.destination
        vname = ctx.attributes["phigate.llm.vendor"]
        if scan.unreadable and action != PromptAction.ALLOW:
            msg = (
                "the prompt carries content phigate cannot inspect for PHI "
                f"({describe_unreadable(scan.unreadable)}); send text, or allow it with prompts: allow on a "
                "BAA-covered destination"
            )
            if self._refuse(ctx, 403, "prompt-uninspectable", msg):
                return False
        withheld = scan.withheld
        if action == PromptAction.BLOCK and withheld:
            types = ", ".join(sorted({str(f.type) for f in withheld}))
            msg = f"the prompt carries PHI ({types}) and destination {dest.name} refuses prompts with PHI"
            if self._refuse(ctx, 403, "prompt-contains-phi", msg):
                return False
        if action == PromptAction.ALLOW:
            disclosed = scan.disclosed(everything=True)
            ctx.attributes["phigate.llm.disclosed"] = sum(scan.counts().values())
            for t, n in scan.counts().items():
                ctx.attributes[f"phigate.phi.disclosed.{t}"] = n
        else:
            ctx.add_findings(withheld)
            disclosed = scan.disclosed(everything=False)
            if scan.changed:
                if vendor is not None and vendor.signed_body:
                    msg = (
                        f"the prompt carries PHI and requests to {vname} are signed (SigV4): masking would "
                        "break the signature; remove the PHI or let the sidecar hold the credentials"
                    )
                    if self._refuse(ctx, 403, "prompt-signed", msg):
                        return False
                flow.request.set_content(masked_body)
            ctx.attributes["phigate.llm.placeholders"] = len(withheld)
        records = disclosure_records(disclosed, vname, self._disclosure_key)
        if records:
            ctx.attributes["phigate.disclosures"] = records
            if not self._disclosure_key_stable:
                ctx.attributes["phigate.disclosures.key"] = "ephemeral"
        return True

    def _llm_response(self, flow: http.HTTPFlow, ctx: RequestContext, st: FlowAI) -> None:
        resp = flow.response
        assert resp is not None and st.session is not None
        body = resp.get_content(strict=False)
        if not body:
            return
        try:
            new, n = restore_json_bytes(body, st.session.vault.reveal)
        except ValueError:
            return  # not JSON (an HTML error page): nothing of ours can be in it
        ctx.attributes["phigate.llm.reidentified"] = n
        if n:
            resp.set_content(new)

    # ---------------------------------------------------------------- MCP
    def _mcp_request(self, flow: http.HTTPFlow, ctx: RequestContext) -> None:
        from mitmproxy import http

        dest = ctx.destination
        st = FlowAI("mcp")
        flow.metadata[META] = st
        raw = flow.request.get_content(strict=False) if flow.request.raw_content else b""
        if flow.request.method != "POST" or not raw:
            return
        try:
            calls, batch = mcp_rules.parse_messages(raw)
        except mcp_rules.MCPError as exc:
            if ctx.policy.spec.mode == PolicyMode.AUDIT:
                ctx.attributes["phigate.ai.would_refuse"] = True
                return
            ctx.deny(400, "mcp-invalid", str(exc))
            body = json.dumps(
                mcp_rules.error_message(None, mcp_rules.PARSE_ERROR, f"phigate: {exc}")
            ).encode()
            flow.response = http.Response.make(400, body, {"Content-Type": "application/json"})
            return
        st.mcp_methods = {c.id: c.method for c in calls if c.is_request and c.method}
        methods = sorted({c.method for c in calls if c.method})
        tools = [c.tool for c in calls if c.tool is not None]
        if methods:
            ctx.attributes["phigate.mcp.method"] = ",".join(methods)[:256]
        if tools:
            ctx.attributes["phigate.mcp.tool"] = ",".join(tools)[:256]
        uris = [c.uri for c in calls if c.uri is not None]
        refusals = {i: r for i, c in enumerate(calls) if (r := mcp_rules.check_call(c, dest.mcp, dest.name))}
        self._mcp_arguments(flow, ctx, calls, batch, raw)
        if uris and ctx.masker is not None:
            ctx.attributes["phigate.mcp.resource"] = [
                str(ctx.masker.mask_text(u).document)[:256] for u in uris
            ]
        if not refusals or flow.response is not None:
            return
        ctx.attributes["phigate.ai.refusal"] = "mcp-not-allowed"
        if ctx.policy.spec.mode == PolicyMode.AUDIT:
            ctx.attributes["phigate.ai.would_refuse"] = True
            return
        hint = (
            ACCESS_HINT.format(policy=ctx.policy.name, dest=dest.name)
            + " (mcp.allowedTools / allowedResources)"
        )
        ctx.deny(403, "mcp-not-allowed", hint, message="; ".join(refusals.values()))
        body = mcp_rules.refusal_body(calls, batch, refusals, hint)
        legacy = any(k in flow.request.query for k in ("session_id", "sessionId"))
        if body is None:
            flow.response = http.Response.make(202, b"")
        else:
            # Streamable HTTP: the JSON-RPC error is the answer (200). Legacy SSE transport reads answers
            # from its GET stream, so the POST itself fails with the same JSON-RPC error as its body.
            flow.response = http.Response.make(
                403 if legacy else 200, body, {"Content-Type": "application/json"}
            )

    def _mcp_arguments(
        self, flow: http.HTTPFlow, ctx: RequestContext, calls: list[mcp_rules.Call], batch: bool, raw: bytes
    ) -> None:
        """Audit every tool call with masked arguments; apply `prompts` to the arguments that leave."""
        action = ctx.destination.prompts or PromptAction.MASK
        with_args = [
            c for c in calls if c.tool is not None and isinstance(c.params, dict) and "arguments" in c.params
        ]
        if not with_args:
            return
        session = self._session(ctx)
        masker = self._prompt_masker(ctx, session)
        doc = json.loads(raw)
        items = doc if batch else [doc]
        found: list[Any] = []
        for item in items:
            params = item.get("params") if isinstance(item, dict) else None
            if (
                item.get("method") != "tools/call"
                or not isinstance(params, dict)
                or "arguments" not in params
            ):
                continue
            result = masker.mask_json(params["arguments"])
            found.extend(result.findings)
            ctx.add_transcript(
                "phigate.mcp.call",
                _capped_json(result.document),
                **{"phigate.mcp.tool": str(params.get("name"))},
            )
            params["arguments"] = result.document
        withheld = [f for f in found if str(f.action) != "keep"]
        if action == PromptAction.BLOCK and withheld:
            types = ", ".join(sorted({str(f.type) for f in withheld}))
            msg = f"the tool arguments carry PHI ({types}) and MCP server {ctx.destination.name} refuses them"
            if ctx.policy.spec.mode != PolicyMode.AUDIT:
                from mitmproxy import http

                ctx.deny(
                    403,
                    "prompt-contains-phi",
                    ACCESS_HINT.format(policy=ctx.policy.name, dest=ctx.destination.name),
                    message=msg,
                )
                refusals = {i: msg for i, c in enumerate(calls) if c in with_args}
                body = mcp_rules.refusal_body(calls, batch, refusals, "remove PHI from the tool arguments")
                flow.response = http.Response.make(200, body or b"", {"Content-Type": "application/json"})
            return
        if action == PromptAction.ALLOW:
            for f in found:
                ctx.attributes[f"phigate.phi.disclosed.{f.type}"] = (
                    ctx.attributes.get(f"phigate.phi.disclosed.{f.type}", 0) + 1
                )
            return
        ctx.add_findings(withheld)
        if withheld:
            flow.request.set_content(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode())

    def _mcp_response(self, flow: http.HTTPFlow, ctx: RequestContext, st: FlowAI) -> None:
        resp = flow.response
        assert resp is not None
        body = resp.get_content(strict=False)
        if not body:
            return
        ctype = (resp.headers.get("content-type") or "").lower()
        try:
            doc = json.loads(body)
        except ValueError:
            if "json" in ctype:
                raise
            if ctx.masker is None:
                raise ValueError("no masker for MCP response") from None
            resp.set_content(ctx.masker.mask_bytes(body, content_type=ctype or None).document)
            return
        out = mcp_rules.ResultMask()
        masked = self.mask_mcp_doc(doc, ctx, st, out)
        resp.set_content(json.dumps(masked, ensure_ascii=False, separators=(",", ":")).encode())
        self._mcp_record(ctx, out)

    def mask_mcp_doc(self, doc: Any, ctx: RequestContext, st: FlowAI, out: mcp_rules.ResultMask) -> Any:
        assert ctx.masker is not None
        mask = ctx.masker.mask_text
        rules = ctx.destination.mcp
        if isinstance(doc, list):
            return [mcp_rules.mask_message(m, st.mcp_methods, rules, mask, out) for m in doc]
        return mcp_rules.mask_message(doc, st.mcp_methods, rules, mask, out)

    @staticmethod
    def _mcp_record(ctx: RequestContext, out: mcp_rules.ResultMask) -> None:
        ctx.add_findings(out.findings)
        if out.withheld:
            ctx.attributes["phigate.mcp.withheld"] = sorted(set(out.withheld))


# ---------------------------------------------------------------- stream callables


def _is_sse(ctype: str | None) -> bool:
    return bool(ctype) and ctype.split(";")[0].strip().lower() == "text/event-stream"  # type: ignore[union-attr]


def _stream_decoder(encoding: str | None) -> Callable[[bytes], bytes] | None:
    """An incremental decoder for a streamed body (we ask for identity; some servers compress anyway)."""
    coding = (encoding or "identity").strip().lower()
    if coding in ("", "identity"):
        return lambda b: b
    if coding in ("gzip", "x-gzip", "deflate"):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in coding else zlib.MAX_WBITS)
        return lambda b: d.decompress(b) if b else d.flush()
    if coding == "br":
        import brotli

        d2 = brotli.Decompressor()
        return lambda b: d2.process(b) if b else b""
    return None


class _StreamBase:
    """Common shape of our stream callables: decode, transform, and fail closed inside the stream."""

    decoder: Callable[[bytes], bytes]

    def __init__(self) -> None:
        self.failed = ""
        self.done = False

    def __call__(self, data: bytes) -> Iterable[bytes]:
        # Never hand mitmproxy an empty chunk: on HTTP/1.1 it would be the chunked end-of-body marker.
        if self.failed or self.done:
            return []
        try:
            if data == b"":
                self.done = True
                tail = self.decoder(b"")
                out = (self.transform(tail) if tail else b"") + self.finish()
            else:
                out = self.transform(self.decoder(data))
        except Exception as exc:  # nothing unprocessed may leave: stop the stream here
            self.failed = f"{type(exc).__name__}: {exc}"[:256]
            log.error("AI stream processing failed: %s", self.failed)
            return []
        return [out] if out else []

    def transform(self, data: bytes) -> bytes:
        raise NotImplementedError

    def finish(self) -> bytes:
        return b""

    def record(self, ctx: RequestContext) -> None:
        return None


class _LLMStream(_StreamBase):
    def __init__(self, restorer: SSERestorer) -> None:
        super().__init__()
        self.restorer = restorer

    def transform(self, data: bytes) -> bytes:
        return self.restorer.feed(data)

    def finish(self) -> bytes:
        return self.restorer.finish()

    def record(self, ctx: RequestContext) -> None:
        ctx.attributes["phigate.llm.reidentified"] = self.restorer.restored
        ctx.attributes["phigate.llm.streamed"] = True


class _MCPStream(_StreamBase):
    """MCP over SSE: every event is one whole JSON-RPC message, masked as it passes."""

    def __init__(self, handlers: AIHandlers, ctx: RequestContext, st: FlowAI) -> None:
        super().__init__()
        self.handlers, self.ctx, self.st = handlers, ctx, st
        self.framer = SSEFramer()
        self.out = mcp_rules.ResultMask()

    def _event(self, raw: bytes) -> bytes:
        ev = parse_event(raw)
        data = ev.data
        if data is None or not data.strip():
            return ev.encode()
        try:
            doc = json.loads(data)
        except ValueError:
            assert self.ctx.masker is not None
            return ev.with_data(str(self.ctx.masker.mask_text(data).document)).encode()
        masked = self.handlers.mask_mcp_doc(doc, self.ctx, self.st, self.out)
        return ev.with_data(json.dumps(masked, ensure_ascii=False, separators=(",", ":"))).encode()

    def transform(self, data: bytes) -> bytes:
        return b"".join(self._event(raw) for raw in self.framer.feed(data))

    def finish(self) -> bytes:
        rest = self.framer.rest()
        return self._event(rest) if rest.strip() else b""

    def record(self, ctx: RequestContext) -> None:
        AIHandlers._mcp_record(ctx, self.out)
        ctx.attributes["phigate.mcp.streamed"] = True


def _capped_json(doc: Any) -> str:
    text = json.dumps(doc, ensure_ascii=False)
    return text[:MAX_TRANSCRIPT_SOURCE]


HANDLERS = AIHandlers()


def register() -> AIHandlers:
    """Install the handlers for llm and mcp destinations (idempotent)."""
    from phigate_sidecar.kinds import register_kind_handler

    register_kind_handler(DestinationKind.LLM, HANDLERS)
    register_kind_handler(DestinationKind.MCP, HANDLERS)
    return HANDLERS
