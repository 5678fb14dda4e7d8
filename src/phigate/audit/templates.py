"""Span templates: verify's fast path for spans shaped like the ones before them.

An emitter writes its spans with the same attribute keys in the same order, most values repeating
(method, host, policy, emitter, chain) and a few changing (seq, hashes, sizes, ids). After two spans
of one layout (keys in order), the units (an OTLP JSON KeyValue's text, a protobuf field's bytes)
that differed are the variables; everything else is literal text of the template's regular
expression. A span the expression matches in full is read in one C call: its groups are the
variable values, and the hashed v1 document is one %-format whose constant pieces are already in
canonical (sorted) order. A span it does not match goes the general way, which may widen the
template (more variables). Each variable's pattern accepts only values whose canonical JSON text
is the matched text itself (strings without escapes, canonical integers), or hands the unit to the
general per-attribute reader ("any"), so a match reads exactly what the general reader reads.
Every pattern matches one way only (possessive, or atomic and lazy up to what must follow): a
crafted span costs linear time, and one matched the wrong way is refused by the reader's checks
(literal runs, lengths, UTF-8) and read the general way. docs/audit.md §8 has the measurements.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from phigate.audit import encoding as enc

Entry = tuple[str, Any, str]  # (key, value, canonical '"key":value')
Units = Sequence[Any]  # per attribute: its unit as read, None for the chain tail (seq, prev_hash, hash)
Build = Callable[[tuple[str, ...], Units, list[Entry], dict[int, str]], "Template | None"]

_MAX_LAYOUTS = 1 << 10
CHAIN_KEYS = (enc.A_SEQ, enc.A_HASH, enc.A_EMITTER, enc.A_CHAIN, enc.A_PREV)
TAIL_KEYS = (enc.A_SEQ, enc.A_PREV, enc.A_HASH)
# The hashed document after its attributes, keys in canonical order (see otlp._DOC).
DOC_REST = (
    '},"end":%d,"events":%s,"kind":%d,"name":%s,"start":%d,"status":{"code":%d,"message":%s},"v":'
    + str(enc.ENCODING_VERSION)
    + "}"
)


class Template:
    """How to read spans of one layout. match: fullmatch of what holds the attributes (the JSON
    list's text; the protobuf span's bytes); fmt: the hashed document, %s per variable piece in
    canonical order, then what DOC_REST formats; order: groups -> those pieces; chain: groups +
    consts -> (seq, hash, emitter, chain, prev); generic: groups handed to the general reader."""

    __slots__ = ("chain", "consts", "fmt", "generic", "match", "order", "runs", "runs_of")

    def __init__(
        self,
        expr: Expr,
        fmt: str,
        order: Callable[[Sequence[Any]], tuple[Any, ...]],
        chain: Callable[[Sequence[Any]], tuple[Any, ...]],
        consts: tuple[Any, ...],
        generic: tuple[int, ...],
    ) -> None:
        self.match, self.runs_of, self.runs = expr.match, expr.runs_of, expr.runs
        self.fmt, self.order, self.chain = fmt, order, chain
        self.consts, self.generic = consts, generic

    def groups(self, data: Any) -> tuple[Any, ...] | None:
        """The groups of a span this template reads (the readers inline this)."""
        m = self.match(data)
        if m is None:
            return None
        g = m.groups()
        return g if self.runs_of(g) == self.runs else None


class Expr:
    """A template's expression, built piece by piece: literal text, and patterns with groups. A long
    literal run becomes a `(.{n})` group, which sre passes in one step (it compares a literal
    character by character); the reader compares those groups with the runs' text in one tuple
    comparison (memcmp). So a match reads exactly what the all-literal expression would, or nothing."""

    MIN_RUN = 16

    def __init__(self, empty: str | bytes, min_run: int = MIN_RUN) -> None:
        self.empty: Any = empty
        self.min_run = min_run
        self.parts: list[Any] = []  # literal text, or (pattern, its groups)
        # set by compile():
        self.match: Callable[[Any], re.Match[Any] | None] = re.compile(empty).fullmatch
        self.runs_of: Callable[[Sequence[Any]], tuple[Any, ...]] = getter(())
        self.runs: tuple[Any, ...] = ()
        self.ngroups = 0

    def lit(self, text: str | bytes) -> None:
        self.parts.append(text)

    def pat(self, pattern: Any, ngroups: int = 1) -> int:
        """Append a pattern; returns its handle (see compile)."""
        self.parts.append((pattern, ngroups))
        return len(self.parts) - 1

    def compile(self) -> dict[int, int]:
        """Compile; returns each pattern handle's first group number."""
        out: list[Any] = []
        first: dict[int, int] = {}
        at: list[int] = []
        runs: list[Any] = []
        ng = 0
        pending: list[Any] = []
        for k, part in enumerate([*self.parts, (self.empty, 0)]):  # a last, empty pattern flushes
            if type(part) is not tuple:
                pending.append(part)
                continue
            run, pending = self.empty.join(pending), []  # the literals since the last pattern
            if len(run) >= self.min_run:
                out.append(("(.{%d})" if type(run) is str else b"(.{%d})") % len(run))
                at.append(ng)
                runs.append(run)
                ng += 1
            elif run:
                out.append(re.escape(run))
            first[k] = ng
            out.append(part[0])
            ng += part[1]
        self.match = re.compile(self.empty.join(out), re.S).fullmatch
        self.runs_of = getter(at)
        self.runs = tuple(runs)
        self.ngroups = ng
        return first


def getter(idx: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """itemgetter that returns a tuple for any number of indices."""
    if len(idx) > 1:
        return itemgetter(*idx)
    if idx:
        return lambda s, i=idx[0]: (s[i],)
    return lambda s: ()


class Learner:
    """Layouts seen -> the units of their first span, the variables' kinds (only ever widened:
    str | int | any), the template and how often the layout was learned from. recent: the last
    templates used, most recent first (spans of one emitter come in runs; a few layouts alternate).
    Bounded: cleared when full; a layout stops being learned from after MAX_LEARN spans."""

    MAX_LEARN = 32
    RECENT = 4

    def __init__(self, build: Build, kind_of: Callable[[Any, Entry], str]) -> None:
        self.build, self.kind_of = build, kind_of
        self.seen: dict[tuple[Any, ...], list[Any]] = {}
        self.recent: list[Template] = []
        self.mru: Template | None = None  # recent[0]

    def clear(self) -> None:
        self.seen.clear()
        self.recent.clear()
        self.mru = None

    def _use(self, template: Template) -> None:
        if self.mru is template:
            return
        if template in self.recent:
            self.recent.remove(template)
        self.recent.insert(0, template)
        del self.recent[self.RECENT :]
        self.mru = template

    def find(self, data: Any) -> tuple[Template | None, tuple[Any, ...] | None]:
        """The other recent templates, for a span the most recent one did not match: (template, its
        groups) or (None, None)."""
        for t in self.recent[1:]:
            g = t.groups(data)
            if g is not None:
                self._use(t)
                return t, g
        return None, None

    def learn(self, units: Units, entries: list[Entry]) -> Template | None:
        """A span read the general way (not a checkpoint; its chain tail read): the template of its
        layout, built or widened with it, once two spans of the layout were seen."""
        keys = tuple(e[0] for e in entries)
        state = self.seen.get(keys)
        if state is None:
            if len(set(keys)) != len(keys):  # a repeated key: never intact, never templated
                return None
            if len(self.seen) >= _MAX_LAYOUTS:
                self.seen.clear()
            self.seen[keys] = [list(units), {}, None, 1]
            return None
        first, kinds, template, learned = state
        if learned >= self.MAX_LEARN:
            return template
        state[3] = learned + 1
        changed = learned == 1
        for i, (a, b) in enumerate(zip(first, units, strict=True)):
            if a is None or b is None:
                if kinds.get(i) != "tail":
                    kinds[i], changed = "tail", True
            elif a != b or i in kinds:
                try:
                    kind = self.kind_of(b, entries[i])
                except (ValueError, IndexError, KeyError, TypeError):
                    kind = "any"
                old = kinds.get(i)
                if old is not None and old != kind:
                    kind = "any"
                if old != kind:
                    kinds[i], changed = kind, True
        if changed:
            try:
                template = self.build(keys, units, entries, kinds)
            except (ValueError, IndexError, KeyError, TypeError):  # a shape not foreseen: the general way
                template = None
            state[2] = template
        if template is not None:
            self._use(template)
        return template


def pieces(
    keys: tuple[Any, ...],
    entries: list[Entry],
    kinds: dict[int, str],
    groups: dict[int, int],
    rest: str = DOC_REST,
    int_fmt: str = "%s",
) -> tuple[str, list[int]] | None:
    """The attributes' part of the format (canonical key order) and the groups it takes, in order.
    A variable str/int piece is its key's canonical text around the group (the matched text is its
    own canonical JSON); an "any" piece is the general reader's piece of the group's unit."""
    parts: list[str] = []
    order: list[int] = []
    for key, i in sorted((k, i) for i, k in enumerate(keys) if type(k) is str and k != enc.A_HASH):
        kind = kinds.get(i)
        if kind is None:
            parts.append(entries[i][2].replace("%", "%%"))
            continue
        head = enc.c_str(key).replace("%", "%%") + ":"
        if kind == "str" or (kind == "tail" and key == enc.A_PREV):
            parts.append(head + '"%s"')
        elif kind == "int" or (kind == "tail" and key == enc.A_SEQ):
            parts.append(head + int_fmt)
        elif kind == "any":
            parts.append("%s")
        else:
            return None
        order.append(groups[i])
    return "{" + '"attributes":{' + ",".join(parts) + rest, order


def chain_getter(
    keys: tuple[Any, ...],
    entries: list[Entry],
    kinds: dict[int, str],
    groups: dict[int, int],
    ngroups: int,
    any_value: int | None = None,
) -> tuple[Callable[[Sequence[Any]], tuple[Any, ...]], tuple[Any, ...]] | None:
    """(getter over groups + consts of seq, hash, emitter, chain, prev; the consts). seq, prev and
    hash are the tail's groups; emitter and chain constants, str groups (their value) or, where the
    reader puts an "any" unit's value `any_value` groups before its piece, "any" groups."""
    idx: list[int] = []
    consts: list[Any] = []
    where = {k: i for i, k in enumerate(keys) if type(k) is str}
    for key in CHAIN_KEYS:
        i = where.get(key)
        kind = kinds.get(i) if i is not None else None
        if key in TAIL_KEYS and kind != "tail":
            return None
        if kind in ("tail", "str"):
            idx.append(groups[i])  # type: ignore[index]
        elif kind == "any" and any_value is not None:
            idx.append(groups[i] + any_value)  # type: ignore[index]
        elif kind is None:
            value = entries[i][1] if i is not None else None
            idx.append(ngroups + len(consts))
            consts.append(value if type(value) is str else None)
        else:
            return None
    return itemgetter(*idx), tuple(consts)


# -- OTLP JSON: the attribute list's text -------------------------------------------------------------
# Every pattern matches in one way, without backtracking (possessive, or atomic and lazy up to what
# must follow), so a crafted span costs linear time: a span matched the wrong way is read the general way.
_J_STR = r'([^"\\\x00-\x1f]*+)'  # no escapes: the text is its own canonical JSON
_J_INT = r"(0|-?[1-9][0-9]{0,17})"  # canonical, within int64
_J_SIMPLE = re.compile(
    r'"[^"\\\x00-\x1f]+","value":\{"(?:(stringValue)":"[^"\\\x00-\x1f]*"|intValue":"(?:0|-?[1-9][0-9]{0,17})")\}'
).fullmatch
_J_TAIL = {
    enc.A_SEQ: r'"intValue":"(0|[1-9][0-9]{0,17})"',  # as otlp's chain tail reads them
    enc.A_PREV: r'"stringValue":"([0-9a-f]{64})"',
    enc.A_HASH: r'"stringValue":"([0-9a-f]{64})"',
}


def json_kind(unit: str, entry: Entry) -> str:
    """A variable JSON unit (text after `{"key":`): str or int when the group alone reads it."""
    m = _J_SIMPLE(unit)
    if m is None:
        return "any"
    return "str" if m.group(1) else "int"


def json_build(
    keys: tuple[str, ...], units: Units, entries: list[Entry], kinds: dict[int, str]
) -> Template | None:
    if keys[-3:] != TAIL_KEYS or any(kinds.get(i) != "tail" for i in range(len(keys) - 3, len(keys))):
        return None
    ex = Expr("")
    ex.lit("[")
    handles: dict[int, int] = {}
    for i, key in enumerate(keys):
        if i:
            ex.lit(",")
        kind = kinds.get(i)
        if kind is None:
            ex.lit('{"key":' + units[i] + "}")
            continue
        if kind == "any":  # the unit itself, for the general reader; it must spell the key canonically
            if not units[i].startswith(enc.c_str(key) + ',"value":'):
                return None
            ex.lit('{"key":')  # up to the first `},{"key":`, where the general reader cuts too
            handles[i] = ex.pat("(?>(" + re.escape(enc.c_str(key) + ',"value":') + r'.*?)(?=\},\{"key":))')
            ex.lit("}")
            continue
        ex.lit('{"key":' + enc.c_str(key) + ',"value":{')
        if kind == "tail":
            handles[i] = ex.pat(_J_TAIL[key])
        elif kind == "str":
            handles[i] = ex.pat('"stringValue":"' + _J_STR + '"')
        else:
            handles[i] = ex.pat('"intValue":"' + _J_INT + '"')
        ex.lit("}}")
    ex.lit("]")
    first = ex.compile()
    groups = {i: first[h] for i, h in handles.items()}
    generic = tuple(groups[i] for i in groups if kinds[i] == "any")
    fmt = pieces(keys, entries, kinds, groups)
    chain = chain_getter(keys, entries, kinds, groups, ex.ngroups)
    if fmt is None or chain is None:
        return None
    return Template(ex, fmt[0], getter(fmt[1]), chain[0], chain[1], generic)


# -- OTLP protobuf: the span's bytes --------------------------------------------------------------------
# Layout keys: an attribute's key (str); the field number (int) of a field whose value is read from
# the match (ids and flags, skipped; name; times); (number, bytes) for any other field, whose bytes
# are then part of the layout (kind, status, trace state: a span with others has another layout).
_PB_VARIABLE_FIELDS = {1: "id", 2: "id", 4: "id", 16: "id", 5: "name", 7: "time", 8: "time"}
_PB_VARINT = rb"([\x80-\xff]{0,9}[\x00-\x7f])"
_PB_LEN = rb"([\x80-\xff]?+[\x00-\x7f])"  # a length of one or two bytes (checked by the reader)
_PB_EVENTS = 11
_PB_TAGS = {5: b"\x2a", 6: b"\x30", 7: b"\x39", 8: b"\x41", 15: b"\x7a"}  # the fields the template reads


def varint_at(data: bytes, i: int) -> tuple[int, int]:
    """(value, next offset) of the varint at i; ValueError past the end or beyond 10 bytes."""
    value = shift = 0
    for k in range(i, min(i + 10, len(data))):
        b = data[k]
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, k + 1
        shift += 7
    raise ValueError("bad varint")


def pb_fields(data: bytes) -> list[tuple[int, bytes, int]] | None:
    """(field number, the field's bytes from its tag, header length) of each field in order; None
    for what is not plain protobuf wire format (groups, bad lengths)."""
    out: list[tuple[int, bytes, int]] = []
    i, n = 0, len(data)
    try:
        while i < n:
            start = i
            tag, i = varint_at(data, i)
            wire = tag & 7
            if wire == 0:
                _, end = varint_at(data, i)
            elif wire == 1:
                end = i + 8
            elif wire == 5:
                end = i + 4
            elif wire == 2:
                length, i = varint_at(data, i)
                end = i + length
            else:
                return None
            if end > n or tag >> 3 == 0:
                return None
            out.append((tag >> 3, data[start:end], i - start))
            i = end
    except ValueError:
        return None
    return out


def pb_kind(unit: bytes, entry: Entry) -> str:
    """A variable protobuf unit: by field (id, name, time), else an attribute's: int when its
    KeyValue is exactly `key` then an AnyValue holding one int64 (read by the match), else any."""
    key = entry[0]
    if type(key) is int:
        return _PB_VARIABLE_FIELDS[key]
    if type(key) is not str:
        return "lit"
    kb = key.encode()
    if len(kb) >= 112 or len(unit) >= 130:
        return "any"
    head = b"\x4a" + bytes([len(unit) - 2]) + b"\x0a" + bytes([len(kb)]) + kb + b"\x12"
    if unit.startswith(head) and unit[len(head) + 1 : len(head) + 2] == b"\x18":
        rest = unit[len(head) + 2 :]
        if (
            unit[len(head)] == len(rest) + 1
            and rest
            and rest[-1] < 0x80
            and min(rest[:-1], default=0x80) >= 0x80
        ):
            return "int"
    return "any"


def _pb_int_attr(key: str) -> bytes | None:
    """The pattern of an int64 attribute whose varint is the group: one branch per varint length,
    each with the two lengths it implies, so the match alone says the KeyValue is well framed."""
    kb = key.encode()
    if len(kb) >= 112:
        return None
    key_field = b"\x0a" + bytes([len(kb)]) + kb + b"\x12"
    branches = [
        re.escape(bytes([len(kb) + 5 + n]) + key_field + bytes([n + 1]) + b"\x18")
        + rb"(?=[\x80-\xff]{%d}[\x00-\x7f])" % (n - 1)
        for n in range(1, 11)
    ]
    return rb"\x4a(?:" + b"|".join(branches) + rb")" + _PB_VARINT


def _pb_hex_attr(key: str) -> bytes:
    kb = key.encode()
    return (
        re.escape(b"\x4a" + bytes([len(kb) + 70]) + b"\x0a" + bytes([len(kb)]) + kb + b"\x12\x42\x0a\x40")
        + rb"([0-9a-f]{64})"
    )


class PbTemplate(Template):
    """A protobuf template; besides Template's: where the match's groups are read from (start, end,
    name: group or None for the constant), the varint groups, the "any" attributes' (length group,
    KeyValue group, key), the hex groups (prev, hash) and the constants (name, its text, start, end)."""

    __slots__ = ("anys", "end", "fixed", "hexes", "ints", "name", "start")

    def __init__(self, base: Template, **kw: Any) -> None:
        for k in Template.__slots__:
            setattr(self, k, getattr(base, k))
        for k, v in kw.items():
            setattr(self, k, v)


def pb_build(
    keys: tuple[Any, ...], units: Units, entries: list[Entry], kinds: dict[int, str], status: Any = None
) -> PbTemplate | None:
    """`status`: (code, message) of a literal Status field's bytes (given by the reader, which
    parses it with protobuf)."""
    attrs = [i for i, k in enumerate(keys) if type(k) is str]
    if [keys[i] for i in attrs[-3:]] != list(TAIL_KEYS) or any(kinds.get(i) != "tail" for i in attrs[-3:]):
        return None
    fields = [(k if type(k) is int else k[0], units[i]) for i, k in enumerate(keys) if type(k) is not str]
    if len({f for f, _ in fields}) != len(fields):  # a field twice: protobuf merges or overrides
        return None
    if any(f in _PB_TAGS and unit[:1] != _PB_TAGS[f] for f, unit in fields):  # another wire type
        return None
    ex = Expr(b"")
    handles: dict[int, int] = {}  # attribute -> its handle
    at: dict[str, int] = {}  # start, end, name -> handle
    fixed: dict[str, Any] = {"start": 0, "end": 0, "name": "", "kind": 0, "status": (0, "")}
    ints: list[int] = []
    anys: list[tuple[int, str]] = []
    hexes: list[int] = []
    for i, key in enumerate(keys):
        unit, kind = units[i], kinds.get(i)
        if type(key) is not str:
            fno = key if type(key) is int else key[0]
            if fno == _PB_EVENTS:
                return None
            if kind is None:
                ex.lit(unit)
                if fno in (7, 8):
                    fixed["start" if fno == 7 else "end"] = int.from_bytes(unit[1:], "little")
                elif fno == 5:
                    fixed["name"] = unit[_header(unit) :].decode()
                elif fno == 6:
                    fixed["kind"] = varint_at(unit, 1)[0]
                elif fno == 15:
                    if status is None:
                        return None
                    fixed["status"] = status(unit[_header(unit) :])
            elif kind == "id":
                h = _header(unit) if unit[0] & 7 == 2 else len(unit) - (8 if unit[0] & 7 == 1 else 4)
                ex.lit(unit[:h])
                ex.pat(rb".{%d}" % (len(unit) - h), 0)
            elif kind == "time":
                ex.lit(unit[:1])
                at["start" if fno == 7 else "end"] = ex.pat(rb"(.{8})")
            elif kind == "name":
                ex.lit(unit[:1])
                at["name"] = ex.pat(_PB_LEN + rb"(?>(.*?)(?=" + _pb_follow(keys, units, kinds, i) + rb"))", 2)
            else:
                return None
            continue
        if kind is None:
            ex.lit(unit)
        elif (kind == "tail" and key == enc.A_SEQ) or kind == "int":
            pat = _pb_int_attr(key)
            if pat is None:
                return None
            handles[i] = ex.pat(pat)
            ints.append(i)
        elif kind == "tail":
            handles[i] = ex.pat(_pb_hex_attr(key))
            hexes.append(i)
        elif kind == "any":
            kb = key.encode()
            if len(kb) >= 128:
                return None
            key_field = re.escape(b"\x0a" + bytes([len(kb)]) + kb)
            follow = _pb_follow(keys, units, kinds, i)
            handles[i] = ex.pat(rb"\x4a" + _PB_LEN + rb"(?>(" + key_field + rb".*?)(?=" + follow + rb"))", 2)
            anys.append((i, key))
        else:
            return None
    first = ex.compile()
    # an "any" attribute's group is its KeyValue; the one before it its length, then its value
    groups = {i: first[h] + (kinds[i] == "any") for i, h in handles.items()}
    code, message = fixed["status"]
    rest = (
        '},"end":%d,"events":[],"kind":'
        + str(fixed["kind"])
        + ',"name":%s,"start":%d,"status":{"code":'
        + str(code)
        + ',"message":'
        + enc.c_str(message).replace("%", "%%")
        + '},"v":'
        + str(enc.ENCODING_VERSION)
        + "}"
    )
    fmt = pieces(keys, entries, kinds, groups, rest, "%d")
    chain = chain_getter(keys, entries, kinds, groups, ex.ngroups, any_value=-1)
    if fmt is None or chain is None:
        return None
    pick = {k: first[h] for k, h in at.items()}
    return PbTemplate(
        Template(ex, fmt[0], getter(fmt[1]), chain[0], chain[1], ()),
        start=pick.get("start"),
        end=pick.get("end"),
        name=pick.get("name"),
        ints=tuple(groups[i] for i in ints),
        anys=tuple((groups[i] - 1, groups[i], key) for i, key in anys),
        hexes=tuple(groups[i] for i in hexes),
        fixed=(fixed["name"], enc.c_str(fixed["name"]), fixed["start"], fixed["end"]),
    )


def _pb_head(keys: tuple[Any, ...], units: Units, kinds: dict[int, str], i: int, whole: bool) -> bytes | None:
    """A pattern for the start of unit i (whole: all of it, None where its length varies)."""
    if i >= len(keys):
        return rb"\Z"
    key, unit, kind = keys[i], units[i], kinds.get(i)
    if type(key) is str:
        kb = key.encode()
        if whole and kind is None:
            return re.escape(unit)
        return (
            None
            if whole
            else rb"\x4a[\x80-\xff]?+[\x00-\x7f]" + re.escape(b"\x0a" + bytes([len(kb) & 0x7F]) + kb)
        )
    if kind is None:
        return re.escape(unit)
    tag = unit[: varint_at(unit, 0)[1]]
    if kind in ("id", "time"):
        return re.escape(tag) + (rb"(?s:.{%d})" % (len(unit) - len(tag)) if whole else b"")
    return None if whole else re.escape(tag)


def _pb_follow(keys: tuple[Any, ...], units: Units, kinds: dict[int, str], i: int) -> bytes:
    """What must follow unit i, as specific as the layout says: the next unit when its length is
    fixed and the start of the one after, else the start of the next (its tag; an attribute's key)."""
    whole = _pb_head(keys, units, kinds, i + 1, True)
    if whole is not None and i + 1 < len(keys):
        return whole + (_pb_head(keys, units, kinds, i + 2, False) or b"")
    return _pb_head(keys, units, kinds, i + 1, False) or b""


def _header(unit: bytes) -> int:
    """Length of a length-delimited field's tag and length."""
    _, i = varint_at(unit, 0)
    return varint_at(unit, i)[1]


# -- OTLP JSON, whole spans: the span object's text, read in bulk ------------------------------------
# A layout here is the span's members in order (("m", member) keys) with its attribute list expanded
# into the attributes' keys. The readers use it only on lines without a backslash (so no JSON string
# holds an escape: a string's text is its value and its own canonical JSON) that are valid UTF-8 and
# valid JSON (msgspec decoded them): a string is then `"[^"]*+"`, which sre scans ~20x faster than the
# class of _J_STR. Integers keep their canonical pattern: the matched text is the value's %d.
# A run's group costs a bytes object per span (~140 ns here), a literal character ~3 ns: runs this
# long and longer are groups.
SPAN_MIN_RUN = 48
_S_STR = rb'"([^"]*+)"'
_S_INT = rb"(0|-?[1-9][0-9]*+)"
_S_ID_MEMBERS = {"traceId", "spanId", "parentSpanId", "traceState"}  # not hashed: any string
_S_NUM_MEMBERS = {"flags", "droppedAttributesCount", "droppedEventsCount", "droppedLinksCount"}
_S_TIME_MEMBERS = {"startTimeUnixNano": "start", "endTimeUnixNano": "end"}
_S_PLAIN = re.compile(rb'"[^"\\\x00-\x1f]*"').fullmatch
_S_DIGITS = re.compile(rb"[0-9]+").fullmatch


def json_span_kind(unit: Any, entry: Entry) -> str:
    """A variable unit of a whole-span layout: a member's value text (bytes), or an attribute's."""
    key = entry[0]
    if type(key) is not tuple:
        return json_kind(unit, entry)
    member = key[1]
    if member in _S_ID_MEMBERS and _S_PLAIN(unit):
        return "id"
    if member in _S_NUM_MEMBERS and _S_DIGITS(unit):
        return "num"
    if member == "name" and _S_PLAIN(unit):
        return "name"
    if member in _S_TIME_MEMBERS:
        return "qtime" if unit[:1] == b'"' else "time"
    raise ValueError(f"member {member} varies")  # kind, status, events...: only literal


class SpanTemplate(Template):
    """A whole-span template (bytes). fmt: the hashed document (bytes), %s per piece order() picks
    from the groups and the "any" attributes' pieces (appended after the groups, in `generic`
    order); seq/prev/stored: group numbers; emitter, chain, name, start, end: (group, None) or (None,
    the constant)."""

    __slots__ = ("chain_fields", "generic_keys", "name_at", "ngroups", "seq_prev_stored", "times")

    def __init__(self, expr: Expr, fmt: bytes, order: Callable[[Sequence[Any]], tuple[Any, ...]],
                 generic: tuple[int, ...], **kw: Any) -> None:  # fmt: skip
        super().__init__(expr, fmt, order, getter(()), (), generic)  # type: ignore[arg-type]
        self.ngroups = expr.ngroups
        for k, v in kw.items():
            setattr(self, k, v)


def json_span_build(
    keys: tuple[Any, ...], units: Units, entries: list[Entry], kinds: dict[int, str]
) -> SpanTemplate | None:
    attrs = [i for i, k in enumerate(keys) if type(k) is str]
    if not attrs or attrs != list(range(attrs[0], attrs[-1] + 1)):
        return None
    tail = [keys[i] for i in attrs if kinds.get(i) == "tail"]  # the emitter's order, or canonical
    if sorted(tail) != sorted(TAIL_KEYS):
        return None
    members = [k[1] for k in keys if type(k) is tuple]
    if len(set(members)) != len(members) or "attributes" not in members:
        return None
    ex = Expr(b"", SPAN_MIN_RUN)
    ex.lit(b"{")
    handles: dict[int, int] = {}
    value: dict[str, Any] = {"name": "", "start": 0, "end": 0, "kind": 0, "status": (0, ""), "events": "[]"}
    var: dict[str, int] = {}  # name/start/end -> handle
    first_member = True
    for i, key in enumerate(keys):
        unit, kind = units[i], kinds.get(i)
        if type(key) is str:  # an attribute (the list's units are consecutive)
            if i > attrs[0]:
                ex.lit(b",")
            if kind is None:
                ex.lit(b'{"key":' + unit.encode() + b"}")
            elif kind == "any":
                head = enc.c_str(key) + ',"value":'
                if not unit.startswith(head):
                    return None
                ex.lit(b'{"key":')
                handles[i] = ex.pat(b"(?>(" + re.escape(head.encode()) + rb'.*?)(?=\},\{"key":))')
                ex.lit(b"}")
            else:
                ex.lit(b'{"key":' + enc.c_str(key).encode() + b',"value":{')
                if kind == "tail":
                    handles[i] = ex.pat(rb'"intValue":"(0|[1-9][0-9]{0,17})"' if key == enc.A_SEQ
                                        else rb'"stringValue":' + _S_STR)  # fmt: skip
                elif kind == "str":
                    handles[i] = ex.pat(rb'"stringValue":' + _S_STR)
                elif kind == "int":
                    handles[i] = ex.pat(rb'"intValue":"(0|-?[1-9][0-9]{0,17})"')
                else:
                    return None
                ex.lit(b"}}")
            if i == attrs[-1]:
                ex.lit(b"]")
            continue
        member = key[1]
        ex.lit((b"" if first_member else b",") + b'"' + member.encode() + b'":')
        first_member = False
        if member == "attributes":
            ex.lit(b"[")
            if not attrs or attrs[0] != i + 1:
                return None
            continue
        v = entries[i][1]
        field = _S_TIME_MEMBERS.get(member, member)
        if field in value:
            value[field] = v
        if kind is None:
            ex.lit(unit)
        elif kind == "id":
            ex.pat(rb'"[^"]*+"', 0)
        elif kind == "num":
            ex.pat(rb"[0-9]++", 0)
        elif kind == "name":
            var["name"] = ex.pat(_S_STR)
        elif kind in ("time", "qtime"):
            var[field] = ex.pat(_S_INT if kind == "time" else b'"' + _S_INT + b'"')
        else:
            return None
    ex.lit(b"}")
    if value["name"] == enc.CHECKPOINT_NAME or type(value["kind"]) is not int:
        return None
    first = ex.compile()
    groups = {i: first[h] for i, h in handles.items()}
    generic = tuple(groups[i] for i in sorted(groups) if kinds[i] == "any")
    # "any" pieces come after the groups: one per generic group, in that order
    piece_at = {g: ex.ngroups + k for k, g in enumerate(generic)}
    code, message = value["status"]
    at = {k: first[h] for k, h in var.items()}
    rest_parts: list[str] = ['},"end":']
    order_tail: list[int] = []
    for field, text in (
        ("end", None),
        ("events", '"events":' + value["events"].replace("%", "%%")),
        ("kind", '"kind":' + str(value["kind"])),
        ("name", None),
        ("start", None),
    ):
        if text is not None:
            rest_parts.append("," + text)
            continue
        lead = "" if field == "end" else f',"{field}":'
        if field in at:
            rest_parts.append(lead + ('"%s"' if field == "name" else "%s"))
            order_tail.append(at[field])
        else:
            const = enc.c_str(value[field]) if field == "name" else str(int(value[field]))
            rest_parts.append(lead + const.replace("%", "%%"))
    rest_parts.append(
        ',"status":{"code":' + str(code) + ',"message":' + enc.c_str(message).replace("%", "%%")
        + '},"v":' + str(enc.ENCODING_VERSION) + "}"
    )  # fmt: skip
    piece_groups = {i: piece_at.get(g, g) for i, g in groups.items()}
    fmt = pieces(keys, entries, kinds, piece_groups, "".join(rest_parts))
    if fmt is None:
        return None
    where = {k: i for i, k in enumerate(keys) if type(k) is str}

    def chain_field(key: str) -> tuple[int | None, Any]:
        i = where.get(key)
        kind = kinds.get(i) if i is not None else None
        if kind == "str":
            return groups[i], None  # type: ignore[index]
        if kind is None:
            v = entries[i][1] if i is not None else None
            return None, v if type(v) is str else None
        raise ValueError("chain field of another kind")

    try:
        emitter, chain = chain_field(enc.A_EMITTER), chain_field(enc.A_CHAIN)
    except ValueError:
        return None
    seq_prev_stored = tuple(groups[where[k]] for k in TAIL_KEYS)

    def time_field(field: str) -> tuple[int | None, Any]:
        return (at[field], None) if field in at else (None, value[field])

    return SpanTemplate(
        ex,
        fmt[0].encode(),
        getter(fmt[1] + order_tail),
        generic,
        generic_keys=tuple((groups[i], keys[i]) for i in sorted(groups) if kinds[i] == "any"),
        chain_fields=(emitter, chain),
        seq_prev_stored=seq_prev_stored,
        name_at=(at.get("name"), value["name"]),
        times=(time_field("start"), time_field("end")),
    )
