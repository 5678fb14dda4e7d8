"""Columns of a table whose header is missing or unknown: the cells most of a column's rows gave up.

A CSV export without its header, a pasted grid, a Markdown table with columns in another language: each row
repeats a record's fields in the same order, so when the detectors found a name (or a town, or a record
number) in most cells of a column, the cells they missed are that field too -- a surname in no list, a town in
no gazetteer. A missed cell is taken only when it has the shape of what the column holds (words no dictionary
knows for names and places, the same digits-and-separators pattern for numbers) and only under a clear
majority of the column, so a column of drugs with one drug taken for a name stays a column of drugs.

Pure: hits and text in, hits out. Offsets are into the scan text the other detectors see.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.names import vocabulary
from phigate.engine.normalize import fold_token
from phigate.engine.scanner import Hit
from phigate.engine.tabular import _split_fields

DETECTOR = "table:column-majority"
_DELIMS = (",", "\t", "|", ";")
_WORDS_TYPES = frozenset([T.NAME, T.ADDRESS])
_DIGIT_TYPES = frozenset([T.MRN, T.ID, T.PHONE, T.SSN, T.HEALTH_PLAN, T.ACCOUNT, T.ZIP, T.DATE, T.LICENSE])
_LINE = re.compile(r"^[^\r\n]*", re.M)
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_PARTICLES = frozenset(
    ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "le",
     "la", "bin", "binti", "bint", "ibn", "al", "el", "ben", "mac", "mc", "y"]
)
_SHAPE = str.maketrans("0123456789", "9999999999")


def find(hits: Sequence[Hit], text: str, codes: Sequence[tuple[int, int]] = ()) -> list[Hit]:
    """Hits for the missed cells of columns most of whose cells are one identifier type. `codes`: the spans
    the table detectors vouched for as no values (a header's column names, a column of codes)."""
    if "\n" not in text or not hits:
        return []
    ordered = sorted(hits, key=lambda h: h.start)
    index = _Index(ordered, [h.start for h in ordered], min(2000, max(h.end - h.start for h in ordered)))
    out: list[Hit] = []
    for block in _blocks(text):
        first_s, first_e = block[0][0][0], block[0][-1][1]
        # a header the table detectors read: its words are no values (a label word there may have cued a name)
        headed = any(s <= first_s and first_e <= e for s, e in codes)
        out.extend(_fill(block, index, text, headed))
    return out


class _Index(NamedTuple):
    """Hits sorted by start, for the hits over one cell without a pass over all of them."""

    hits: list[Hit]
    starts: list[int]
    longest: int

    def over(self, s: int, e: int) -> list[Hit]:
        i, j = bisect_left(self.starts, s - self.longest), bisect_left(self.starts, e)
        return [h for h in self.hits[i:j] if h.end > s]


def _blocks(text: str) -> list[list[list[tuple[int, int]]]]:
    """Runs of two or more consecutive lines split by one delimiter into the same number (3+) of fields."""
    blocks: list[list[list[tuple[int, int]]]] = []
    cur: list[list[tuple[int, int]]] = []
    cur_key: tuple[str, int] | None = None
    for lm in _LINE.finditer(text):
        key, fields = _split(lm.group(), lm.start())
        if key is not None and key == cur_key:
            cur.append(fields)
            continue
        if len(cur) >= 2:
            blocks.append(cur)
        cur, cur_key = ([fields], key) if key is not None else ([], None)
    if len(cur) >= 2:
        blocks.append(cur)
    return blocks


def _split(line: str, base: int) -> tuple[tuple[str, int] | None, list[tuple[int, int]]]:
    stripped = line.strip()
    if len(stripped) < 5:
        return None, []
    delim = max(_DELIMS, key=stripped.count)
    if stripped.count(delim) < 2:
        return None, []
    fields = _split_fields(line, base, delim)
    return (delim, len(fields)), fields


def _covering(index: _Index, s: int, e: int) -> T | None:
    """The type of the hits that cover most of the cell's characters (None: uncovered)."""
    if e <= s:
        return None
    cover: dict[T, int] = {}
    for h in index.over(s, e):
        if h.detector != DETECTOR:
            cover[h.type] = cover.get(h.type, 0) + min(e, h.end) - max(s, h.start)
    if not cover:
        return None
    t, n = max(cover.items(), key=lambda kv: kv[1])
    return t if n * 5 >= (e - s) * 3 else None


def _fill(block: list[list[tuple[int, int]]], index: _Index, text: str, headed: bool) -> list[Hit]:
    if not index.over(block[0][0][0], block[-1][-1][1]):
        return []
    if headed or not any(_covering(index, s, e) for s, e in block[0]):
        block = block[1:]  # a header row ("PAT_SURNAME|PAT_GIVEN|DOB"): column names are no values
    out: list[Hit] = []
    for col in range(len(block[0])):
        cells = [row[col] for row in block if row[col][1] > row[col][0]]
        types = [_covering(index, s, e) for s, e in cells]
        counts: dict[T, int] = {}
        for t in types:
            if t is not None:
                counts[t] = counts.get(t, 0) + 1
        if not counts:
            continue
        t, n = max(counts.items(), key=lambda kv: kv[1])
        if n < 2 or n * 3 < len(cells) * 2 or n == len(cells):
            continue  # no clear majority (two thirds), or nothing missed
        shapes = {text[s:e].translate(_SHAPE) for (s, e), ct in zip(cells, types, strict=True) if ct is t}
        for (s, e), ct in zip(cells, types, strict=True):
            if ct is None and _same_kind(text[s:e], t, shapes):
                out.append(Hit(s, e, t, DETECTOR))
    return out


def _same_kind(value: str, t: T, shapes: set[str]) -> bool:
    """Has this missed cell the shape of the column's type?"""
    if t in _DIGIT_TYPES:
        return any(c.isdigit() for c in value) and value.translate(_SHAPE) in shapes
    if t not in _WORDS_TYPES or any(c.isdigit() for c in value):
        return False
    words = _WORD.findall(value)
    if not words or len(words) > 4 or len(" ".join(words)) < len(value.strip()) - 2:
        return False  # symbols or numbers besides the words: no name, no town
    common = lexicon.common_words()
    named = False
    for w in words:
        if "_" in w:
            return False  # "PAT_SURNAME", "last_name": an identifier in code
        key = fold_token(w.rstrip("."))
        if key in _PARTICLES:
            continue
        if not w[0].isupper() or vocabulary(key) or (key in common and key not in lexicon.first_names()
                                                     and key not in lexicon.last_names()):
            return False  # "Male", "active", "Metformin", "Spain": a word, a drug, a country
        named = True
    return named
