"""Verify audit chains: gaps, altered, reordered, replayed, forged checkpoints, truncated tails.

Pure: takes SpanRecords (otlp.py) and a KeyRing, returns findings. Legitimate effects of
at-least-once delivery (exact duplicates) and of restarts (a chain continuing after a final
checkpoint, or a new chain of the same emitter) are not findings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from itertools import compress, groupby, islice, repeat
from operator import attrgetter, eq, lt
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


# Bulk checks (C-level passes over the records) decide whether a run or chain is clean; anything not
# clean is handed to the record-by-record code below, which alone words the findings.
_SEQ, _STORED, _COMPUTED, _PREV = (
    attrgetter("seq"),
    attrgetter("stored_hash"),
    attrgetter("computed_hash"),
    attrgetter("prev"),
)
_NAME, _START, _END, _RES_EMITTER = (
    attrgetter("name"),
    attrgetter("start"),
    attrgetter("end"),
    attrgetter("resource_emitter"),
)
_CHAIN_KEY = attrgetter("emitter", "chain")
BULK = True  # False: record by record throughout (the tests compare both)


def verify_records(
    records: list[SpanRecord],
    keys: KeyRing | None = None,
    *,
    allow_open: bool = False,
    ignore_order: bool = False,
) -> VerifyResult:
    res = VerifyResult(keys_checked=keys is not None, spans=len(records))
    chains: dict[tuple[str, str], list[SpanRecord]] = defaultdict(list)
    for (emitter, chain), group in groupby(records, _CHAIN_KEY):  # runs of one chain, in reading order
        run = list(group)
        if (
            BULK
            and emitter is not None
            and None not in map(_SEQ, run)
            and set(map(_RES_EMITTER, run)) <= {None, emitter}
            and list(map(_STORED, run)) == list(map(_COMPUTED, run))
        ):
            res.chained += len(run)
            chains[(emitter, chain or "")].extend(run)
        else:
            _check_records(run, res, chains)
    for (emitter, chain_id), recs in sorted(chains.items()):
        res.chains.append(
            _verify_chain(emitter, chain_id, recs, keys, res.findings, allow_open, ignore_order)
        )
    return res


def _check_records(
    records: list[SpanRecord], res: VerifyResult, chains: dict[tuple[str, str], list[SpanRecord]]
) -> None:
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
    seqs: list[int] = list(map(_SEQ, recs))
    # Strictly increasing in reading order: no duplicates, none reordered, already sorted.
    if BULK and all(map(lt, seqs, islice(seqs, 1, None))):
        ordered = recs
    else:
        ordered = _unique_in_order(summary, recs, find, ignore_order)
        seqs = list(map(_SEQ, ordered))
    summary.records = len(ordered)
    summary.first_seq, summary.last_seq = ordered[0].seq or 0, ordered[-1].seq or 0
    summary.start_ns = min(map(_START, ordered))
    summary.end_ns = max(map(_END, ordered))
    first = ordered[0]
    if first.seq != 1:
        find("gap", f"chain {chain_id}: seq 1..{first.seq - 1} missing (first record seen is {first.where})")  # type: ignore[operator]
    elif first.prev != enc.GENESIS_HASH:
        find("bad-start", f"chain {chain_id}: seq 1 does not start from the genesis hash ({first.where})")
    n = len(ordered)
    if (
        BULK
        and seqs[-1] - seqs[0] == n - 1
        and list(map(_PREV, islice(ordered, 1, None))) == list(map(_STORED, islice(ordered, 0, n - 1)))
    ):  # contiguous and every link holds: only the checkpoints need a look
        at = list(compress(range(n), map(eq, map(_NAME, ordered), repeat(enc.CHECKPOINT_NAME))))
        base = seqs[0]
        by_seq = _Contiguous(ordered, base)  # seq -> record by index: no dict of every record
        last_ckpt, last_at = None, -1
        for i in at:
            r = ordered[i]
            _checkpoint(summary, r, r.seq or 0, i - last_at - 1, last_ckpt, by_seq, keys, find)
            last_ckpt, last_at = r, i
    else:
        last_ckpt = _walk(summary, ordered, dict(zip(seqs, ordered, strict=True)), keys, find)
    last = ordered[-1]
    summary.final = last.is_checkpoint and bool(last.attrs.get(enc.C_FINAL))
    if not summary.final and not allow_open:
        at_ = f"seq {last_ckpt.seq}" if last_ckpt else "none"
        find(
            "truncated-tail",
            f"chain {chain_id} ends at seq {last.seq} ({last.where}) without a final checkpoint "
            f"(last checkpoint: {at_})",
        )
    return summary


class _Contiguous:
    """by_seq of a contiguous run (seqs base, base + 1, ...): what _checkpoint looks up, by index."""

    __slots__ = ("base", "recs")

    def __init__(self, recs: list[SpanRecord], base: int) -> None:
        self.recs, self.base = recs, base

    def get(self, seq: int) -> SpanRecord | None:
        i = seq - self.base
        return self.recs[i] if 0 <= i < len(self.recs) else None


def _unique_in_order(
    summary: ChainSummary, recs: list[SpanRecord], find: Callable[[str, str], None], ignore_order: bool
) -> list[SpanRecord]:
    """Unique records by seq, sorted; exact duplicates are redeliveries; reading order checked."""
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
    if not ignore_order:
        top: SpanRecord | None = None
        for r in first_seen:
            if top is not None and r.seq < top.seq:  # type: ignore[operator]
                find("reordered", f"seq {r.seq} ({r.where}) appears after seq {top.seq} ({top.where})")
            elif top is None or r.seq > top.seq:  # type: ignore[operator]
                top = r
    return [by_seq[s] for s in sorted(by_seq)]


def _walk(
    summary: ChainSummary,
    ordered: list[SpanRecord],
    by_seq: dict[int, SpanRecord],
    keys: KeyRing | None,
    find: Callable[[str, str], None],
) -> SpanRecord | None:
    """Chain links and gaps, record by record; returns the last checkpoint."""
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
            _checkpoint(summary, r, seq, since_ckpt, last_ckpt, by_seq, keys, find)
            last_ckpt, since_ckpt = r, 0
        else:
            since_ckpt += 1
        prev = r
    return last_ckpt


def _checkpoint(
    summary: ChainSummary,
    r: SpanRecord,
    seq: int,
    since_ckpt: int,
    last_ckpt: SpanRecord | None,
    by_seq: dict[int, SpanRecord] | _Contiguous,
    keys: KeyRing | None,
    find: Callable[[str, str], None],
) -> None:
    """One checkpoint: the head it vouches for, its signature, the records since the last one."""
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
            f"{since_ckpt} records between {after} and checkpoint seq {seq} (expected one every {every})",
        )
