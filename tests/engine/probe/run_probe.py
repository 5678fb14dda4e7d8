"""Run the generalisation probe: mask every probe document with the real engine, report what leaks.

    python -m tests.engine.probe.run_probe [--seed 1] [--json /tmp/probe/result.json] [--brief]

Engine: `compile_plan` of examples/policies/safe-harbor.yaml through `Masker` (as benchmarks/masking.py
builds it). Text documents go through `mask_text`, JSON and NDJSON through `mask_bytes`.

Scoring follows phigate.synthetic.scoring's conventions, re-implemented here so the probe does not
depend on the code it measures: a PHI value leaks when it survives verbatim (not glued to letters or
digits), case-folded (identifiers) or upper/title-cased (words), with punctuation and spacing removed
when it has 7+ digits, or -- for a multi-word or hyphenated name -- when any capitalised part of 3+
characters survives. A date's year, a ZIP3 and "90 or older" may stay: the labels hold the full value, so
those partial outputs do not count. A keep value is lost when it occurs fewer times after masking.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tests.engine.probe.corpus import Doc, bounded, make_corpus, name_parts

ROOT = Path(__file__).resolve().parents[3]
POLICY = ROOT / "examples" / "policies" / "safe-harbor.yaml"
CONTENT_TYPES = {"json": "application/json", "ndjson": "application/x-ndjson"}
_NON_ALNUM = re.compile(r"[\W_]+")


def make_masker() -> Any:
    """The engine as users start it: safe-harbor.yaml's masking section, a fixed hash key."""
    import yaml

    from phigate.api.policy import PHIPolicy
    from phigate.engine import Masker, TokenVault, compile_plan

    masking = PHIPolicy.model_validate(yaml.safe_load(POLICY.read_text())).spec.masking
    return Masker(compile_plan(masking, hash_key=b"probe-hash-key"), vault=TokenVault())


def strings_of(doc_format: str, text: str) -> list[str]:
    """The searchable strings of a document: the text, or every JSON string value (keys excluded)."""
    if doc_format == "text":
        return [text]
    out: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)

    for line in text.splitlines() if doc_format == "ndjson" else [text]:
        if line.strip():
            walk(json.loads(line))
    return out


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).casefold()


def _squash(s: str) -> str:
    return _NON_ALNUM.sub("", _fold(s))


def _context(s: str, start: int, length: int, width: int = 30) -> str:
    a, b = max(0, start - width), min(len(s), start + length + width)
    return ("…" if a else "") + s[a:b].replace("\n", "⏎") + ("…" if b < len(s) else "")


def find_leak(type_: str, value: str, out: list[str]) -> tuple[str, str] | None:
    """(how, context) when `value` survives in the masked strings `out`, else None."""
    for s in out:
        if hits := bounded(value, s):
            return "exact", _context(s, hits[0], len(value))
    if any(c.isdigit() or c == "@" for c in value):
        fv = _fold(value)
        for s in out:
            if hits := bounded(fv, _fold(s)):
                return "normalised", _context(s, hits[0], len(value))
    else:
        for variant in {value.upper(), value.title()} - {value}:
            for s in out:
                if hits := bounded(variant, s):
                    return "normalised", _context(s, hits[0], len(variant))
    sq = _squash(value)
    if sum(c.isdigit() for c in sq) >= 7 and sq in _squash(" ".join(out)):
        return "digits", "(digits survive with other spacing/punctuation)"
    if type_ == "NAME":
        for part in name_parts(value):
            for s in out:
                if hits := bounded(part, s):
                    return f"name-part {part!r}", _context(s, hits[0], len(part))
    return None


@dataclass(slots=True)
class Leak:
    doc: str
    kind: str
    loc: str
    type: str
    value: str
    how: str
    context: str


# Generic words of an address or ID label that may stay when the value itself is masked ("Plot [ADDRESS]").
GENERIC = frozenset(
    [
        "plot",
        "unit",
        "flat",
        "house",
        "apt",
        "apartment",
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lot",
        "blk",
        "brgy",
        "no",
        "nr",
        "rua",
        "via",
        "calle",
        "avda",
        "strasse",
        "straße",
        "nhis",
        "ramq",
        "suite",
        "floor",
        "building",
        "villa",
        "tower",
        "island",
        "esq",
        "izq",
        "dto",
        "apto",
        "app",
    ]
)
_YEAR = re.compile(r"(?<!\d)(?:18|19|20)\d\d(?!\d)")


_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")


def fragments(doc: Doc, masked: str) -> list[tuple[int, str, str]]:
    """(phi index, surviving piece, context) for PHI values the engine masked only in part.

    The input and output are aligned with difflib; characters of a PHI span that are copied unchanged
    into the output survived. A piece counts when it holds 3+ letters/digits beyond what Safe Harbor
    allows (a date's year, a ZIP's first three digits) and is not a generic word (Plot, Unit, Street).
    Full survivals are reported by `find_leak`; this catches "[ADDRESS]/47 Brunswick Pde", "[ID] 9월 26일".
    """
    sm = difflib.SequenceMatcher(None, doc.content, masked, autojunk=False)
    # letters of a placeholder are no survivors: "MRN12725695" -> "[MRN]" aligns M-R-N with the token
    token = [False] * len(masked)
    for m in _PLACEHOLDER.finditer(masked):
        for j in range(m.start(), m.end()):
            token[j] = True
    block = [-1] * len(doc.content)  # which matching block copied each input character (-1: none)
    for b, (a, out_at, n) in enumerate(sm.get_matching_blocks()):
        for i in range(a, a + n):
            if not token[out_at + i - a]:
                block[i] = b
    out: list[tuple[int, str, str]] = []
    index = {pv: i for i, pv in enumerate(doc.phi)}
    seen: set[int] = set()
    for (start, end), pv in zip(doc.spans, _span_values(doc), strict=True):
        i = index[pv]
        type_ = pv[0]
        text = doc.content[start:end]
        if i in seen or type_ == "AGE" or all(block[k] >= 0 for k in range(start, end)):
            continue  # AGE: "90 or older" shares digits; whole survivals are find_leak's
        allowed = set()
        if type_ == "DATE":
            allowed = {k for m in _YEAR.finditer(text) for k in range(m.start(), m.end())}
        elif type_ == "ZIP":
            allowed = set(range(3))
        runs: list[str] = []
        cur, cur_block = "", -2
        for k, c in enumerate(text):
            b = block[start + k] if k not in allowed else -1
            if b >= 0 and b == cur_block:
                cur += c
            else:
                if len(cur) >= 3:
                    runs.append(cur)
                cur, cur_block = (c, b) if b >= 0 else ("", -2)
        if len(cur) >= 3:
            runs.append(cur)
        words = [w for w in re.findall(r"\w+", " ".join(runs)) if w.casefold() not in GENERIC]
        if sum(len(w) for w in words) >= 3 and any(len(w) >= 3 for w in words):
            seen.add(i)
            out.append((i, " … ".join(r.strip() for r in runs), _context(doc.content, start, end - start)))
    return out


def _span_values(doc: Doc) -> list[tuple[str, str]]:
    """The (type, value) behind each span, in span order (spans are recorded in render order)."""
    values: list[tuple[str, str]] = []
    for start, end in doc.spans:
        raw = doc.content[start:end]
        if doc.format != "text":
            raw = json.loads(f'"{raw}"')
        values.append(next(pv for pv in doc.phi if pv[1] == raw))
    return values


@dataclass(slots=True)
class Lost:
    doc: str
    kind: str
    loc: str
    value: str
    context: str  # where it was in the input


@dataclass(slots=True)
class ProbeResult:
    docs: int = 0
    refused: list[str] = field(default_factory=list)
    phi_total: int = 0
    keep_total: int = 0
    leaks: list[Leak] = field(default_factory=list)
    lost: list[Lost] = field(default_factory=list)
    partial: list[Leak] = field(default_factory=list)  # masked only in part (see `fragments`)
    total_by_type: Counter = field(default_factory=Counter)
    total_by_kind: Counter = field(default_factory=Counter)

    @property
    def leak_rate(self) -> float:
        return len(self.leaks) / self.phi_total if self.phi_total else 0.0

    @property
    def strict_leak_rate(self) -> float:
        """Whole and partial survivals together."""
        return (len(self.leaks) + len(self.partial)) / self.phi_total if self.phi_total else 0.0

    @property
    def overmask_rate(self) -> float:
        return len(self.lost) / self.keep_total if self.keep_total else 0.0

    def summary(self) -> dict[str, Any]:
        by_type = Counter(lk.type for lk in self.leaks)
        by_kind = Counter(lk.kind for lk in self.leaks)
        return {
            "docs": self.docs,
            "refused": self.refused,
            "phi_values": self.phi_total,
            "phi_leaked": len(self.leaks),
            "leak_rate": round(self.leak_rate, 4),
            "phi_partial": len(self.partial),
            "strict_leak_rate": round(self.strict_leak_rate, 4),
            "keep_values": self.keep_total,
            "keep_lost": len(self.lost),
            "overmask_rate": round(self.overmask_rate, 4),
            "by_type": {
                t: {"values": n, "leaked": by_type.get(t, 0)} for t, n in sorted(self.total_by_type.items())
            },
            "by_kind": {
                k: {"values": n, "leaked": by_kind.get(k, 0)} for k, n in sorted(self.total_by_kind.items())
            },
            "leaks": [_asdict(lk) for lk in self.leaks],
            "lost": [_asdict(x) for x in self.lost],
            "partial": [_asdict(x) for x in self.partial],
        }


def _asdict(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__slots__}


def mask_doc(masker: Any, doc: Doc) -> str | None:
    """The masked document text, or None when the engine refuses it (fails closed)."""
    from phigate.engine import EngineError

    try:
        if doc.format == "text":
            return masker.mask_text(doc.content).document
        return masker.mask_bytes(doc.content.encode(), CONTENT_TYPES[doc.format]).document.decode()
    except EngineError:
        return None


def score(doc: Doc, masked: str | None, res: ProbeResult) -> None:
    res.docs += 1
    res.phi_total += len(doc.phi)
    res.keep_total += len(doc.keep)
    res.total_by_type.update(t for t, _ in doc.phi)
    res.total_by_kind[doc.kind] += len(doc.phi)
    inp = strings_of(doc.format, doc.content)
    if masked is None:
        res.refused.append(doc.id)
        res.lost.extend(Lost(doc.id, doc.kind, doc.loc, k, "(document refused)") for k in doc.keep)
        return
    out = strings_of(doc.format, masked)
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
    for k in doc.keep:
        n_in = sum(len(bounded(k, s)) for s in inp)
        if sum(len(bounded(k, s)) for s in out) < n_in:
            ctx = next((_context(s, h[0], len(k)) for s in inp if (h := bounded(k, s))), "")
            res.lost.append(Lost(doc.id, doc.kind, doc.loc, k, ctx))


def run(seed: int = 1, masker: Any = None, corpus: Any = make_corpus) -> tuple[ProbeResult, dict[str, str]]:
    """Score a whole probe corpus (this probe's unless `corpus` is another probe's `make_corpus`); also
    returns each document's masked text (None-free: refused = '')."""
    masker = masker or make_masker()
    res = ProbeResult()
    masked_docs: dict[str, str] = {}
    for doc in corpus(seed):
        masked = mask_doc(masker, doc)
        masked_docs[doc.id] = masked or ""
        score(doc, masked, res)
    return res, masked_docs


@cache
def shared_masker() -> Any:
    """One masker for a process's probe runs (compiling a plan costs seconds)."""
    return make_masker()


def crashes(corpus: Any, seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document of `corpus(seed)` the engine crashes
    on (an exception other than a fail-closed refusal: mask_doc turns EngineError into a refusal)."""
    masker = masker or shared_masker()
    out: dict[str, str] = {}
    for doc in corpus(seed):
        try:
            mask_doc(masker, doc)
        except Exception as exc:
            out[doc.id] = f"{type(exc).__name__}: {exc}"
    return out


def without_crashes(corpus: Any, seed: int = 1) -> list[Any]:
    """`corpus(seed)` minus the documents the engine crashes on: the rates describe what it masks,
    `crashes` what it cannot process at all (the probes' tests track both)."""
    bad = crashes(corpus, seed)
    return [d for d in corpus(seed) if d.id not in bad]


def main_reporting_crashes(argv: list[str], name: str, corpus: Any, doc: str | None = None) -> int:
    """`main` over the corpus without crashing documents, each crash listed first."""
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    for doc_id, err in crashes(corpus, seed).items():
        print(f"{name}: ENGINE CRASH on {doc_id} (left out of the rates): {err}")
    return main(argv, name=name, corpus=lambda s: without_crashes(corpus, s), doc=doc)


def assert_not_worse(
    res: ProbeResult,
    *,
    leak: float,
    strict: float,
    overmask: float,
    min_phi: int,
    min_keep: int,
    clean: set[str],
) -> None:
    """A probe's regression guard: nothing refused, enough values scored, every rate under its ceiling,
    and no leak in the types that had none when the probe was written."""
    assert res.refused == []
    assert res.phi_total > min_phi and res.keep_total > min_keep
    assert res.leak_rate <= leak, report(res)
    assert res.strict_leak_rate <= strict, report(res)
    assert res.overmask_rate <= overmask, report(res)
    assert not ({lk.type for lk in res.leaks} & clean), report(res)


def name_words(values: list[str]) -> set[str]:
    """The words (3+ letters, case-folded) of names: what the probes' independence checks compare."""
    return {w.casefold() for v in values for w in re.split(r"[\s\-]+", v) if len(w) >= 3}


def people_name_words(names: dict[str, Any]) -> set[str]:
    """name_words of a probe's NAMES table (lang -> (female, male, [(family, ...)], ...))."""
    return name_words(
        [n for f, m, fam, *_ in names.values() for n in f + m + [x for pair in fam for x in pair]]
    )


@cache
def _engine_text() -> tuple[str, frozenset[str]]:
    """The engine's code (case-folded) and every word of it and of its non-name word lists."""
    engine = ROOT / "src" / "phigate" / "engine"
    data = ROOT / "src" / "phigate" / "data" / "lexicon"
    source = " ".join(p.read_text(encoding="utf-8") for p in sorted(engine.glob("*.py"))).casefold()
    tokens = set(re.findall(r"\w+", source))
    for name in ("common.txt", "proper.txt", "exclude.txt"):
        tokens |= set(re.findall(r"\w+", (data / name).read_text(encoding="utf-8").casefold()))
    return source, frozenset(tokens)


def in_engine_lexicon(words: set[str]) -> set[str]:
    """A probe's name words that the engine's Python-Faker first- or last-name lists hold (a held-out probe
    keeps them few: its names must be found by context, not looked up). The lists the probes were checked
    against when written: the faker-js names added on 2026-11-28 come from another generator, not from a
    probe, and hold some of their words (docs/masking.md)."""
    from phigate.engine import lexicon
    from phigate.engine.normalize import fold_token

    known = lexicon.faker_py_names()
    return {w for w in words if fold_token(w) in known}


def engine_overlap(words: set[str], places: set[str]) -> set[str]:
    """A probe's name words that are words of the engine's code or of its common/proper/exclude lists,
    and its places written in the code: the engine must not have been tuned on the probe (empty)."""
    source, tokens = _engine_text()
    written = {p for p in places if re.search(rf"(?<!\w){re.escape(p.casefold())}(?!\w)", source)}
    return (words & tokens) | written


def written_in_engine_code(words: set[str]) -> set[str]:
    """A probe's name words written in the engine's code, leaving out words its common, proper-noun and
    exclusion lists hold (a word like "hope" or a particle like "bin" is vocabulary, not a tuned value):
    empty when the rules a probe prompted were written without its names."""
    source, _ = _engine_text()
    code = set(re.findall(r"\w+", source))
    data = ROOT / "src" / "phigate" / "data" / "lexicon"
    vocabulary: set[str] = set()
    for name in ("common.txt", "proper.txt", "exclude.txt"):
        vocabulary |= set(re.findall(r"\w+", (data / name).read_text(encoding="utf-8").casefold()))
    return {w for w in words if w.casefold() in code and w.casefold() not in vocabulary}


def earlier_probe_overlap(
    mods: list[str], kinds: set[str], words: set[str], towns: set[str], streets: set[str]
) -> set[str]:
    """The template kinds, name words, towns and streets of a new probe that the probes `mods` already
    use (empty for an independent probe)."""
    import importlib

    corpora = [importlib.import_module(f"tests.engine.{m}.corpus") for m in mods]
    peoples = [importlib.import_module(f"tests.engine.{m}.people") for m in mods]
    # a probe that keeps its kinds or names in other shapes (probe26, probe31) adds what it has
    old_kinds = {t[0] for c in corpora for t in getattr(c, "TEMPLATES", ())}
    old_names = name_words([s for p in peoples for s in strings_in(getattr(p, "NAMES", ())) if len(s) > 1])
    old_places = {
        s for p in peoples for attr in ("PLACES", "US_TOWNS") for s in strings_in(getattr(p, attr, {}))
    }
    return (
        (kinds & old_kinds)
        | (words & old_names)
        | {t for t in towns if any(t == s or t in s.split(", ") for s in old_places)}
        | {s for s in streets if any(s in o for o in old_places)}
    )


def strings_in(value: object) -> list[str]:
    """Every string inside nested lists/tuples/dicts/objects (the probes' tables differ in shape)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings_in(v)]
    if hasattr(value, "__dict__"):  # a probe's own record class (probe8's and probe9's Region)
        return strings_in(vars(value))
    return []


def report(res: ProbeResult) -> str:
    lines = [
        f"probe: {res.docs} documents, {res.phi_total} PHI values, {res.keep_total} keep values"
        + (f", {len(res.refused)} refused: {res.refused}" if res.refused else ""),
        f"leak rate     {100 * res.leak_rate:6.2f}%  ({len(res.leaks)}/{res.phi_total})",
        f"partial       {100 * len(res.partial) / max(1, res.phi_total):6.2f}%  "
        f"({len(res.partial)}/{res.phi_total}) "
        f"masked only in part; whole + partial {100 * res.strict_leak_rate:.2f}%",
        f"over-masking  {100 * res.overmask_rate:6.2f}%  ({len(res.lost)}/{res.keep_total})",
        "",
        "leaks by type:",
    ]
    by_type = Counter(lk.type for lk in res.leaks)
    for t, n in sorted(res.total_by_type.items(), key=lambda kv: -by_type.get(kv[0], 0)):
        lines.append(f"  {t:<12} {by_type.get(t, 0):>4} / {n}")
    by_kind: dict[str, list[Leak]] = defaultdict(list)
    for lk in res.leaks:
        by_kind[lk.kind].append(lk)
    lines += ["", "leaks by document kind:"]
    for kind, n in sorted(res.total_by_kind.items(), key=lambda kv: -len(by_kind.get(kv[0], []))):
        lines.append(f"  {kind:<20} {len(by_kind.get(kind, [])):>4} / {n}")
    lines += ["", "every leaked value (type | doc | loc | how | value | context):"]
    for lk in sorted(res.leaks, key=lambda x: (x.type, x.kind)):
        lines.append(
            f"  {lk.type:<11} | {lk.doc:<22} | {lk.loc} | {lk.how:<22} | {lk.value!r} | {lk.context}"
        )
    lines += ["", "every partly masked value (type | doc | loc | what survived | value | input context):"]
    for lk in sorted(res.partial, key=lambda x: (x.type, x.kind)):
        lines.append(
            f"  {lk.type:<11} | {lk.doc:<22} | {lk.loc} | {lk.how:<22} | {lk.value!r} | {lk.context}"
        )
    lines += ["", "every lost keep value (doc | loc | value | input context):"]
    for x in res.lost:
        lines.append(f"  {x.doc:<22} | {x.loc} | {x.value!r} | {x.context}")
    return "\n".join(lines)


def main(argv: list[str], name: str = "probe", corpus: Any = make_corpus, doc: str | None = None) -> int:
    """The command line of every probe (probe2 and probe3 call it with their own corpus)."""
    parser = argparse.ArgumentParser(
        prog=f"python -m tests.engine.{name}.run_probe", description=(doc or __doc__ or "").splitlines()[0]
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    parser.add_argument("--dump", type=Path, help="write each masked document to this directory")
    parser.add_argument("--brief", action="store_true", help="rates and per-type counts only")
    args = parser.parse_args(argv)
    res, masked = run(args.seed, corpus=corpus)
    text = report(res).replace("probe:", f"{name}:", 1)
    print(text.split("\n\nevery leaked")[0] if args.brief else text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res.summary(), indent=2, ensure_ascii=False) + "\n")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        docs = {d.id: d for d in corpus(args.seed)}
        for doc_id, out in masked.items():
            (args.dump / f"{doc_id}.txt").write_text(
                docs[doc_id].content + "\n\n=== masked ===\n\n" + out + "\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
