"""Run the twenty-fifth generalisation probe: FHIR JSON through the engine's FHIR entry point, report leaks.

    python -m tests.engine.probe25.run_probe [--seed 1] [--json /tmp/p25.json] [--dump DIR] [--brief]

Engine: the kit's `make_masker` (safe-harbor.yaml's masking section, tests/engine/probe/run_probe.py).
Every document goes through `Masker.mask_bytes(..., "application/fhir+json")` (as benchmarks/masking.py and
tests/engine/measure.py call it), so the schema-driven structured path is what is measured.

Scoring is the kit's (`find_leak`, `fragments`, lost keep values), with three additions decided before the
first run, all independent of the engine:
- the searchable strings of a document are its JSON string values plus the decoded text of every base64
  `data`/`query` string (attachment.data, presentedForm, AuditEvent.entity.query): a PHI value surviving
  inside a base64 note is a leak;
- `time_allowed`: a DATE's partial survival that is only its year and/or time of day and zone
  ("2024-...T10:15:00-05:00") does not count (the day and month are what Safe Harbor removes);
- `structure_violations`: the masked output must parse as JSON with the same keys and array lengths at
  every level (reported separately; a violation is a failure of the contract).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import GENERIC, Leak, Lost, ProbeResult, bounded, find_leak, fragments
from tests.engine.probe25.corpus import Doc, decoded_notes, make_corpus

CONTENT_TYPE = "application/fhir+json"
_TIME = re.compile(r"T?\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?")


def mask_doc(masker: Any, doc: Doc) -> str | None:
    """The masked document, or None when the engine refuses it (EngineError: fails closed)."""
    from phigate.engine import EngineError

    try:
        return masker.mask_bytes(doc.content.encode(), CONTENT_TYPE).document.decode()
    except EngineError:
        return None


def searchable(text: str) -> list[str]:
    """JSON string values plus decoded base64 notes."""
    return base.strings_of("json", text) + decoded_notes(text)


def _shape(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _shape(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_shape(x) for x in v]
    return "."


def structure_violations(doc: Doc, masked: str) -> list[str]:
    """Where the masked JSON differs in structure (not valid JSON, other keys, other array lengths)."""
    try:
        out = json.loads(masked)
    except ValueError as exc:
        return [f"{doc.id}: not JSON ({exc})"]
    bad: list[str] = []

    def cmp(a: Any, b: Any, path: str) -> None:
        if isinstance(a, dict):
            if not isinstance(b, dict) or set(a) != set(b):
                bad.append(f"{doc.id}: keys differ at {path or '$'}")
                return
            for k in a:
                cmp(a[k], b[k], f"{path}.{k}")
        elif isinstance(a, list):
            if not isinstance(b, list) or len(a) != len(b):
                bad.append(f"{doc.id}: array length differs at {path}")
                return
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                cmp(x, y, f"{path}[{i}]")
        elif isinstance(b, dict | list):
            bad.append(f"{doc.id}: scalar became a container at {path}")

    cmp(json.loads(doc.content), out, "")
    return bad


def time_allowed(leak: Leak) -> bool:
    """True when a DATE's partial survival is only its year and/or time of day and zone."""
    if leak.type != "DATE" or not leak.how.startswith("kept "):
        return False
    rest = ast.literal_eval(leak.how[len("kept ") :])
    rest = _TIME.sub(" ", rest)
    for year in re.findall(r"(?<!\d)\d{4}(?!\d)", leak.value):
        rest = rest.replace(year, " ")
    words = [w for w in re.findall(r"\w+", rest) if w.casefold() not in GENERIC]
    return not (sum(len(w) for w in words) >= 3 and any(len(w) >= 3 for w in words))


def score(doc: Doc, masked: str | None, res: ProbeResult) -> None:
    """The kit's `score` over `searchable` strings (base64 notes decoded)."""
    res.docs += 1
    res.phi_total += len(doc.phi)
    res.keep_total += len(doc.keep)
    res.total_by_type.update(t for t, _ in doc.phi)
    res.total_by_kind[doc.kind] += len(doc.phi)
    if masked is None:
        res.refused.append(doc.id)
        res.lost.extend(Lost(doc.id, doc.kind, doc.loc, k, "(document refused)") for k in doc.keep)
        return
    inp = searchable(doc.content)
    try:
        out = searchable(masked)
    except ValueError:  # not JSON: every value is searched in the raw text
        out = [masked]
    whole: set[int] = set()
    for i, (type_, value) in enumerate(doc.phi):
        found = find_leak(type_, value, out)
        if found:
            whole.add(i)
            res.leaks.append(Leak(doc.id, doc.kind, doc.loc, type_, value, found[0], found[1]))
    for i, piece, ctx in fragments(doc, masked):
        if i not in whole:
            type_, value = doc.phi[i]
            res.partial.append(Leak(doc.id, doc.kind, doc.loc, type_, value, f"kept {piece!r}", ctx))
    res.partial = [lk for lk in res.partial if not time_allowed(lk)]
    for k in doc.keep:
        n_in = sum(len(bounded(k, s)) for s in inp)
        if sum(len(bounded(k, s)) for s in out) < n_in:
            ctx = next((base._context(s, h[0], len(k)) for s in inp if (h := bounded(k, s))), "")
            res.lost.append(Lost(doc.id, doc.kind, doc.loc, k, ctx))


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    masker = masker or base.shared_masker()
    out: dict[str, str] = {}
    for doc in make_corpus(seed):
        try:
            mask_doc(masker, doc)
        except Exception as exc:
            out[doc.id] = f"{type(exc).__name__}: {exc}"
    return out


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str], list[str]]:
    """Score the corpus minus crashing documents; also each masked text and the structure violations."""
    masker = masker or base.shared_masker()
    bad = crashes(seed, masker)
    res, masked_docs, violations = ProbeResult(), {}, []
    for doc in make_corpus(seed):
        if doc.id in bad:
            continue
        masked = mask_doc(masker, doc)
        masked_docs[doc.id] = masked or ""
        score(doc, masked, res)
        if masked is not None:
            violations += structure_violations(doc, masked)
    return res, masked_docs, violations


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.engine.probe25.run_probe", description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    parser.add_argument("--dump", type=Path, help="write each masked document to this directory")
    parser.add_argument("--brief", action="store_true", help="rates and per-type counts only")
    args = parser.parse_args(argv)
    for doc_id, err in crashes(args.seed).items():
        print(f"probe25: ENGINE CRASH on {doc_id} (left out of the rates): {err}")
    res, masked, violations = run(args.seed)
    print(f"probe25: JSON structure violations: {len(violations)}")
    for v in violations:
        print(f"  {v}")
    text = base.report(res).replace("probe:", "probe25:", 1)
    print(text.split("\n\nevery leaked")[0] if args.brief else text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        summary = {**res.summary(), "structure_violations": violations}
        args.json.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        docs = {d.id: d for d in make_corpus(args.seed)}
        for doc_id, out in masked.items():
            (args.dump / f"{doc_id}.json.txt").write_text(
                docs[doc_id].content + "\n\n=== masked ===\n\n" + out + "\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
