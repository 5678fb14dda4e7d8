"""Verify audit chains: gaps, altered, reordered, replayed, forged checkpoints, truncated tails.

Pure: takes SpanRecords (otlp.py) and a KeyRing, returns findings. Legitimate effects of
at-least-once delivery (exact duplicates) and of restarts (a chain continuing after a final
checkpoint, or a new chain of the same emitter) are not findings.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from phigate.audit import encoding as enc
from phigate.audit.keys import KeyRing
from phigate.audit.otlp import SpanRecord


@dataclass(frozen=True)
class Finding:
    kind: str  # gap | altered | broken-link | conflict | reordered | replayed | forged-checkpoint |
    # unsigned-checkpoint | checkpoint-mismatch | missing-checkpoint | truncated-tail | bad-start | input
    emitter: str
    message: str


@dataclass
class ChainSummary:
    emitter: str
    chain: str
    records: int = 0
    first_seq: int = 0
    last_seq: int = 0
    checkpoints: int = 0
    signed_ok: int = 0
    final: bool = False
    duplicates: int = 0
    start_ns: int = 0
    end_ns: int = 0


@dataclass
class VerifyResult:
    spans: int = 0
    chained: int = 0
    unchained: int = 0
    keys_checked: bool = False
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    chains: list[ChainSummary] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings and not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "spans": self.spans,
            "chained": self.chained,
            "unchained": self.unchained,
            "signatures_checked": self.keys_checked,
            "files": self.files,
            "errors": self.errors,
            "findings": [asdict(f) for f in self.findings],
            "chains": [asdict(c) for c in self.chains],
        }


def _ckpt_check(r: SpanRecord, keys: KeyRing | None) -> tuple[str, str] | None:
    a = r.attrs
    sig, key_id = a.get(enc.C_SIGNATURE), a.get(enc.C_KEY_ID)
    if keys is None:
        return None
    if not sig or not key_id:
        return ("unsigned-checkpoint", f"checkpoint seq {r.seq} is not signed ({r.where})")
    payload = enc.checkpoint_payload(
        r.emitter or "",
        r.chain or "",
        int(a.get(enc.C_SEQ, -1)),
        str(a.get(enc.C_HASH, "")),
        int(a.get(enc.C_TIME, 0)),
        str(a.get(enc.C_REASON, "")),
        bool(a.get(enc.C_FINAL, False)),
    )
    why = keys.check(str(key_id), r.emitter or "", payload, str(sig))
    if why:
        return ("forged-checkpoint", f"checkpoint seq {r.seq} {why} ({r.where})")
    return None


def verify_records(
    records: list[SpanRecord],
    keys: KeyRing | None = None,
    *,
    allow_open: bool = False,
    ignore_order: bool = False,
) -> VerifyResult:
    res = VerifyResult(keys_checked=keys is not None, spans=len(records))
    chains: dict[tuple[str, str], list[SpanRecord]] = defaultdict(list)
    for r in records:
        if r.seq is None or r.emitter is None:
            res.unchained += 1
            continue
        res.chained += 1
        if r.resource_emitter is not None and r.resource_emitter != r.emitter:
            res.findings.append(
                Finding(
                    "replayed",
                    r.resource_emitter,
                    f"span seq {r.seq} of emitter {r.emitter} replayed under emitter {r.resource_emitter} "
                    f"({r.where})",
                )
            )
        if r.altered:
            res.findings.append(
                Finding(
                    "altered", r.emitter, f"seq {r.seq} altered: content does not match its hash ({r.where})"
                )
            )
        chains[(r.emitter, r.chain or "")].append(r)
    for (emitter, chain_id), recs in sorted(chains.items()):
        res.chains.append(
            _verify_chain(emitter, chain_id, recs, keys, res.findings, allow_open, ignore_order)
        )
    return res


def _verify_chain(
    emitter: str,
    chain_id: str,
    recs: list[SpanRecord],
    keys: KeyRing | None,
    findings: list[Finding],
    allow_open: bool,
    ignore_order: bool,
) -> ChainSummary:
    def find(kind: str, msg: str) -> None:
        findings.append(Finding(kind, emitter, msg))

    summary = ChainSummary(emitter, chain_id)
    # 1. unique records by seq; exact duplicates are redeliveries.
    by_seq: dict[int, SpanRecord] = {}
    first_seen: list[SpanRecord] = []
    for r in recs:  # reading order
        seq = r.seq
        assert seq is not None
        prior = by_seq.get(seq)
        if prior is None:
            by_seq[seq] = r
            first_seen.append(r)
        elif prior.stored_hash == r.stored_hash and not r.altered and not prior.altered:
            summary.duplicates += 1
        else:
            find("conflict", f"seq {seq}: two different records ({prior.where} and {r.where})")
    # 2. reading order.
    if not ignore_order:
        top: SpanRecord | None = None
        for r in first_seen:
            if top is not None and r.seq < top.seq:  # type: ignore[operator]
                find("reordered", f"seq {r.seq} ({r.where}) appears after seq {top.seq} ({top.where})")
            elif top is None or r.seq > top.seq:  # type: ignore[operator]
                top = r
    # 3. chain links and gaps.
    ordered = [by_seq[s] for s in sorted(by_seq)]
    summary.records = len(ordered)
    summary.first_seq, summary.last_seq = ordered[0].seq or 0, ordered[-1].seq or 0
    summary.start_ns = min(r.start for r in ordered)
    summary.end_ns = max(r.end for r in ordered)
    first = ordered[0]
    if first.seq != 1:
        find("gap", f"chain {chain_id}: seq 1..{first.seq - 1} missing (first record seen is {first.where})")  # type: ignore[operator]
    elif first.prev != enc.GENESIS_HASH:
        find("bad-start", f"chain {chain_id}: seq 1 does not start from the genesis hash ({first.where})")
    prev: SpanRecord | None = None
    last_ckpt: SpanRecord | None = None
    since_ckpt = 0
    for r in ordered:
        seq = r.seq or 0
        if prev is not None:
            pseq = prev.seq or 0
            if seq != pseq + 1:
                find("gap", f"seq {pseq + 1}..{seq - 1} missing (between {prev.where} and {r.where})")
            elif r.prev != prev.stored_hash and not prev.altered:
                find(
                    "broken-link",
                    f"seq {seq}: prev_hash does not match the hash of seq {pseq} ({r.where}): "
                    f"seq {pseq} was replaced",
                )
        if r.is_checkpoint:
            summary.checkpoints += 1
            a = r.attrs
            cseq, chash = a.get(enc.C_SEQ), a.get(enc.C_HASH)
            target = by_seq.get(cseq) if isinstance(cseq, int) else None
            if cseq != seq - 1 or (target is not None and target.stored_hash != chash):
                find("checkpoint-mismatch", f"checkpoint seq {seq} vouches for a different head ({r.where})")
            problem = _ckpt_check(r, keys)
            if problem:
                find(*problem)
            elif keys is not None:
                summary.signed_ok += 1
            every = a.get(enc.C_EVERY)
            if isinstance(every, int) and since_ckpt > every:
                after = f"seq {last_ckpt.seq}" if last_ckpt else "the chain start"
                find(
                    "missing-checkpoint",
                    f"{since_ckpt} records between {after} and checkpoint seq {seq} "
                    f"(expected one every {every})",
                )
            last_ckpt, since_ckpt = r, 0
        else:
            since_ckpt += 1
        prev = r
    last = ordered[-1]
    summary.final = last.is_checkpoint and bool(last.attrs.get(enc.C_FINAL))
    if not summary.final and not allow_open:
        at = f"seq {last_ckpt.seq}" if last_ckpt else "none"
        find(
            "truncated-tail",
            f"chain {chain_id} ends at seq {last.seq} ({last.where}) without a final checkpoint "
            f"(last checkpoint: {at})",
        )
    return summary
