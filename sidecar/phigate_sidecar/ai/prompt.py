"""Scan and mask one LLM request body; shape refusals like the vendor's own errors. Pure.

`scan_prompt` masks every text reference of a parsed request in place with a masker whose plan
tokenizes (`<NAME_1>`), and returns what it found: findings for the audit counts, (type, value)
pairs for the accounting of disclosures (kept in memory only), and parts it could not read.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from phigate.api.identifiers import Action
from phigate.api.policy import Masking
from phigate.engine.types import Finding, MaskResult
from phigate_sidecar.ai.llm_formats import (
    ANTHROPIC,
    GEMINI,
    LLMRequest,
    OpaqueRef,
    Path,
    TextRef,
    path_str,
)

MaskText = Callable[[str], MaskResult]


@dataclass(slots=True)
class PromptScan:
    findings: list[Finding] = field(default_factory=list)
    values: list[tuple[Finding, str]] = field(default_factory=list)  # finding, value: never logged
    unreadable: list[OpaqueRef] = field(default_factory=list)
    changed: bool = False

    @property
    def withheld(self) -> list[Finding]:
        """Findings whose value the mask replaced (KEEP means a rule cleared the value)."""
        return [f for f in self.findings if f.action != Action.KEEP]

    def disclosed(self, everything: bool) -> list[tuple[str, str]]:
        """(type, value) pairs that reach the vendor: all of them, or only values a rule KEEPs."""
        return [(str(f.type), v) for f, v in self.values if everything or f.action == Action.KEEP]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[str(f.type)] = out.get(str(f.type), 0) + 1
        return out


def tokenizing(masking: Masking) -> Masking:
    """The policy's detection, with every action turned into `tokenize` (KEEP stays: cleared values)."""

    def tok(action: Action | None) -> Action:
        return Action.KEEP if action == Action.KEEP else Action.TOKENIZE

    update: dict[str, Any] = {"default_action": Action.TOKENIZE}
    for name in ("fields", "detectors", "patterns"):
        rules = getattr(masking, name)
        if rules:
            update[name] = [r.model_copy(update={"action": tok(r.action)}) for r in rules]
    return masking.model_copy(update=update)


def _get(doc: Any, path: Path) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def _set(doc: Any, path: Path, value: Any) -> None:
    _get(doc, path[:-1])[path[-1]] = value


def _mask_one(text: str, mask: MaskText, scan: PromptScan) -> str:
    result = mask(text)
    for f in result.findings:
        scan.findings.append(f)
        if f.start is not None and f.end is not None:
            scan.values.append((f, text[f.start : f.end]))
    return result.document


def _mask_json_text(text: str, mask: MaskText, scan: PromptScan) -> str:
    """Tool-call arguments: a JSON document inside a string; mask its strings, keep it valid JSON."""
    try:
        doc = json.loads(text)
    except ValueError:
        return _mask_one(text, mask, scan)
    if isinstance(doc, str):
        return json.dumps(_mask_one(doc, mask, scan), ensure_ascii=False)

    def walk(node: Any) -> Any:
        if isinstance(node, str):
            return _mask_one(node, mask, scan)
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    masked = walk(doc)
    return text if masked == doc else json.dumps(masked, ensure_ascii=False)


def scan_prompt(doc: Any, req: LLMRequest, mask: MaskText) -> PromptScan:
    """Mask every text reference of `doc` in place; record findings and unreadable parts."""
    scan = PromptScan(unreadable=list(req.opaque))
    for ref in req.texts:
        original = _get(doc, ref.path)
        if not isinstance(original, str) or not original:
            continue
        new = _mask_ref(original, ref, mask, scan)
        if new is not None and new != original:
            _set(doc, ref.path, new)
            scan.changed = True
    return scan


def _mask_ref(original: str, ref: TextRef, mask: MaskText, scan: PromptScan) -> str | None:
    if ref.encoding == "json":
        return _mask_json_text(original, mask, scan)
    if ref.encoding == "base64":
        try:
            text = base64.b64decode(original, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            scan.unreadable.append(OpaqueRef(ref.path, "base64 content that is not UTF-8 text"))
            return None
        masked = _mask_one(text, mask, scan)
        return original if masked == text else base64.b64encode(masked.encode("utf-8")).decode("ascii")
    return _mask_one(original, mask, scan)


def describe_unreadable(parts: list[OpaqueRef], limit: int = 3) -> str:
    shown = ", ".join(f"{p.what} at {path_str(p.path)}" for p in parts[:limit])
    more = f" and {len(parts) - limit} more" if len(parts) > limit else ""
    return shown + more


# ---- refusals in the vendor's own error shape ----------------------------------------------------


def vendor_error(fmt: str, status: int, reason: str, message: str) -> dict[str, Any]:
    """An error body the vendor's SDK parses and shows (OpenAI, Anthropic, Gemini shapes)."""
    if fmt == ANTHROPIC:
        kind = "permission_error" if status == 403 else "invalid_request_error"
        return {"type": "error", "error": {"type": kind, "message": message}}
    if fmt == GEMINI:
        state = "PERMISSION_DENIED" if status == 403 else "INVALID_ARGUMENT"
        return {"error": {"code": status, "message": message, "status": state}}
    return {"error": {"message": message, "type": "phigate_policy", "param": None, "code": reason}}
