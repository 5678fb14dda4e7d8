"""Score a masked document against its labels: which PHI values leaked, which keep values were lost.

A PHI value *leaks* when it survives in the output exactly (not glued to other letters/digits), in
a normalised form (identifiers case-folded, words upper- or title-cased; values with 7+ digits also
stripped of punctuation and spacing, so `(555) 123-4567` is caught as `5551234567`), or -- for a
multi-word name -- when any capitalised word of it survives. Base64 text attachments are decoded
first. A structured FHIR label (`path`) leaks when the field at that path still holds the value.
A keep value is *lost* when it occurs fewer times in the output than in the input.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from phigate.api.identifiers import IdentifierType
from phigate.synthetic.corpus import Record
from phigate.synthetic.labels import Phi, count, document_strings, name_parts, occurs

_PATH_TOKEN = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def resolve(doc: Any, path: str) -> Any:
    """The value at a `$.a[0].b` path, or None when the path no longer exists (dropped field)."""
    if not path.startswith("$"):
        raise ValueError(f"path {path!r} must start with $")
    cur = doc
    for key, index in _PATH_TOKEN.findall(path[1:]):
        if key:
            if not isinstance(cur, dict) or key not in cur:
                return None
            cur = cur[key]
        else:
            i = int(index)
            if not isinstance(cur, list) or i >= len(cur):
                return None
            cur = cur[i]
    return cur


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _squash(text: str) -> str:
    return _NON_ALNUM.sub("", _fold(text))


class Output:
    """A masked document's strings, pre-folded once for the normalised checks."""

    def __init__(self, content: Any) -> None:
        self.strings = document_strings(content)
        self.folded = [_fold(s) for s in self.strings]
        self.squashed = _squash(" ".join(self.strings))

    def leak(self, phi: Phi) -> str | None:
        """How `phi` survives ('exact', 'normalised', 'name-part'), or None when it is gone."""
        value = phi.value
        if any(occurs(value, s) for s in self.strings):
            return "exact"
        if any(c.isdigit() or c == "@" for c in value):  # identifiers: any casing is the same value
            folded = _fold(value)
            if any(occurs(folded, s) for s in self.folded):
                return "normalised"
        else:  # words: "Day" is a surname, "day" is not -- only the shouted and title-cased forms count
            for variant in {value.upper(), value.title()} - {value}:
                if any(occurs(variant, s) for s in self.strings):
                    return "normalised"
        squashed = _squash(value)
        if sum(c.isdigit() for c in squashed) >= 7 and squashed in self.squashed:
            return "normalised"
        if phi.type == IdentifierType.NAME:
            parts = name_parts(value)
            if len(parts) > 1 and any(occurs(w, s) for w in parts for s in self.strings):
                return "name-part"
        return None

    def count(self, value: str) -> int:
        return sum(count(value, s) for s in self.strings)


@dataclass(slots=True)
class Leak:
    record: str
    kind: str
    template: str
    type: str
    value: str
    how: str
    structured: bool


@dataclass(slots=True)
class Score:
    """Totals over any number of records (add with `+=`)."""

    records: int = 0
    refused: int = 0  # documents the engine refused (EngineError): no leak, but all keep values lost
    phi_total: int = 0
    phi_leaked: int = 0
    structured_total: int = 0
    structured_leaked: int = 0
    keep_total: int = 0
    keep_lost: int = 0
    total_by_type: Counter = field(default_factory=Counter)
    leaked_by_type: Counter = field(default_factory=Counter)
    leaks: list[Leak] = field(default_factory=list)
    lost: list[tuple[str, str, str]] = field(default_factory=list)  # (record, template, keep value)

    def __iadd__(self, other: Score) -> Score:
        for name in (
            "records",
            "refused",
            "phi_total",
            "phi_leaked",
            "structured_total",
            "structured_leaked",
            "keep_total",
            "keep_lost",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.total_by_type.update(other.total_by_type)
        self.leaked_by_type.update(other.leaked_by_type)
        self.leaks.extend(other.leaks)
        self.lost.extend(other.lost)
        return self

    @property
    def leak_rate(self) -> float:
        return self.phi_leaked / self.phi_total if self.phi_total else 0.0

    @property
    def overmask_rate(self) -> float:
        return self.keep_lost / self.keep_total if self.keep_total else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "refused": self.refused,
            "phi_values": self.phi_total,
            "phi_leaked": self.phi_leaked,
            "leak_rate": round(self.leak_rate, 5),
            "structured_values": self.structured_total,
            "structured_leaked": self.structured_leaked,
            "keep_values": self.keep_total,
            "keep_lost": self.keep_lost,
            "overmask_rate": round(self.overmask_rate, 5),
            "by_type": {
                t: {"values": n, "leaked": self.leaked_by_type.get(t, 0)}
                for t, n in sorted(self.total_by_type.items())
            },
        }


def score_record(record: Record, masked: Any | None) -> Score:
    """Score one record; `masked=None` means the engine refused it (fail-closed)."""
    s = Score(records=1)
    s.phi_total = len(record.phi)
    s.keep_total = len(record.keep)
    s.structured_total = sum(1 for p in record.phi if p.path)
    s.total_by_type.update(str(p.type) for p in record.phi)
    if masked is None:
        s.refused = 1
        s.keep_lost = s.keep_total
        s.lost.extend((record.id, record.template, k) for k in record.keep)
        return s
    out = Output(masked)
    for p in record.phi:
        how = _structured_leak(masked, p) if p.path else None
        if how:
            s.structured_leaked += 1
        else:
            how = out.leak(p)
        if how:
            s.phi_leaked += 1
            s.leaked_by_type[str(p.type)] += 1
            s.leaks.append(
                Leak(record.id, record.kind, record.template, str(p.type), p.value, how, bool(p.path))
            )
    original = Output(record.content)
    for k in record.keep:
        if out.count(k) < original.count(k):
            s.keep_lost += 1
            s.lost.append((record.id, record.template, k))
    return s


def _structured_leak(masked: Any, phi: Phi) -> str | None:
    assert phi.path is not None
    value = resolve(masked, phi.path)
    if isinstance(value, str) and (occurs(phi.value, value) or occurs(_fold(phi.value), _fold(value))):
        return "structured"
    return None


def score_all(pairs: Iterable[tuple[Record, Any | None]]) -> Score:
    total = Score()
    for record, masked in pairs:
        total += score_record(record, masked)
    return total
