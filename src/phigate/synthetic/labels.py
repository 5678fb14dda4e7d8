"""Labelled text: build a document while recording which substrings are PHI and which must survive.

Templates are `str.format`-style strings whose fields name slots; each slot is a `Phi` (masked),
a `Keep` (harmless, must survive masking) or a plain string. Rendering records every PHI and keep
value exactly as it appears, so labels can never drift from the text.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from phigate.api.identifiers import IdentifierType


@dataclass(frozen=True, slots=True)
class Phi:
    """A PHI value of a given type; `path` is set for structured (schema-known) JSON fields."""

    type: IdentifierType
    value: str
    path: str | None = None

    def as_json(self) -> dict[str, str]:
        out = {"type": str(self.type), "value": self.value}
        if self.path is not None:
            out["path"] = self.path
        return out


@dataclass(frozen=True, slots=True)
class Keep:
    """A harmless value (drug, code, organisation, common word) that masking must leave intact."""

    value: str


@dataclass(slots=True)
class Labelled:
    """A piece of text plus its labels; concatenable."""

    text: str = ""
    phi: list[Phi] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # where PHI sits in `text`

    def add(self, other: Labelled | str) -> Labelled:
        if isinstance(other, str):
            self.text += other
            return self
        base = len(self.text)
        self.text += other.text
        self.phi.extend(other.phi)
        self.keep.extend(other.keep)
        self.spans.extend((base + a, base + b) for a, b in other.spans)
        return self

    def stray(self) -> list[str]:
        """PHI values that also occur outside PHI spans (an ambiguous label); empty when sound."""
        bad: list[str] = []
        values = [(p.type, p.value) for p in dedupe_phi(self.phi)]
        values += [
            (p.type, w) for p in self.phi if p.type == IdentifierType.NAME for w in name_parts(p.value)
        ]
        # the scorer also counts a word-like value shouted or title-cased ("ROSS" in a header)
        values += [(t, v.upper()) for t, v in values if not any(c.isdigit() for c in v)]
        values += [(t, v.title()) for t, v in values if not any(c.isdigit() for c in v)]
        for type_, value in dict.fromkeys(values):
            for start in bounded_starts(value, self.text):
                end = start + len(value)
                if not any(a <= start and end <= b for a, b in self.spans):
                    bad.append(f"{type_} value {value!r} also occurs outside PHI at {start}")
                    break
        return bad


_FORMATTER = string.Formatter()


Slot = Phi | Keep | Labelled | str


def render(template: str, slots: Mapping[str, Slot]) -> Labelled:
    """Fill `template`'s `{slot}` fields; unknown slots raise KeyError naming the slot."""
    out = Labelled()
    parts: list[str] = []
    for literal, name, spec, conv in _FORMATTER.parse(template):
        parts.append(literal)
        if name is None:
            continue
        if spec or conv:
            raise ValueError(f"template field {{{name}}}: format specs are not supported")
        if name not in slots:
            raise KeyError(f"template slot {name!r} has no value")
        slot = slots[name]
        if isinstance(slot, Phi):
            pos = sum(map(len, parts))
            out.spans.append((pos, pos + len(slot.value)))
            parts.append(slot.value)
            out.phi.append(Phi(slot.type, slot.value))
        elif isinstance(slot, Keep):
            parts.append(slot.value)
            out.keep.append(slot.value)
        elif isinstance(slot, Labelled):
            pos = sum(map(len, parts))
            out.spans.extend((pos + a, pos + b) for a, b in slot.spans)
            out.phi.extend(slot.phi)
            out.keep.extend(slot.keep)
            parts.append(slot.text)
        else:
            parts.append(slot)
    out.text = "".join(parts)
    return out


def bounded_starts(value: str, text: str) -> Iterator[int]:
    """Start offsets of `value` in `text` not glued to letters/digits around it ("92" misses "1923")."""
    if not value:
        return
    n, i = len(value), text.find(value)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        glued = (value[0].isalnum() and before.isalnum()) or (value[-1].isalnum() and after.isalnum())
        if not glued:
            yield i
        i = text.find(value, i + 1)


def name_parts(value: str) -> list[str]:
    """The capitalised words of a name ("Maria", "Müller"); any one surviving is a leak."""
    return [w for w in value.replace(",", " ").split() if len(w) >= 2 and w[0].isupper()]


def occurs(value: str, text: str) -> bool:
    return next(bounded_starts(value, text), None) is not None


def count(value: str, text: str) -> int:
    return sum(1 for _ in bounded_starts(value, text))


def dedupe_phi(phi: Iterable[Phi]) -> list[Phi]:
    seen: set[tuple[str, str, str | None]] = set()
    out: list[Phi] = []
    for p in phi:
        key = (str(p.type), p.value, p.path)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def dedupe(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def json_strings(value: Any) -> Iterator[str]:
    """Every string (keys excluded) in a JSON value, base64 text attachments decoded as well."""
    from phigate.synthetic.fhir import decode_attachment  # local: fhir imports this module

    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)
    elif isinstance(value, dict):
        decoded = decode_attachment(value)
        if decoded is not None:
            yield decoded
        for item in value.values():
            yield from json_strings(item)


def document_strings(content: Any) -> list[str]:
    """The searchable text of a corpus document: the text itself, or every JSON string."""
    if isinstance(content, str):
        return [content]
    return list(json_strings(content))


def conflicts(phi: Iterable[Phi], keep: Iterable[str]) -> list[str]:
    """Keep values that overlap a PHI value (one contains the other); empty when labels are sound."""
    phi_values = dedupe(p.value for p in phi)
    bad: list[str] = []
    for k in dedupe(keep):
        for v in phi_values:
            if (v in k and occurs(v, k)) or (k in v and occurs(k, v)):
                bad.append(f"keep {k!r} overlaps phi {v!r}")
    return bad
