"""Names in the cells of a record row that has no header the table reader knows: a fixed-width or COBOL
extract, a truncated pandas frame, a dbt or psql failure listing.

A row is a line on which the engine already found two or more kinds of a record's values (a date, an SSN, a
phone, an e-mail, a member, account or record number, a ZIP). Its cells are runs of words set apart by two
spaces, a tab or a `|`. A cell of one to three words that no dictionary holds is that record's person when
a name list holds one of them, when it is written "<Family>, <Given>", or when it stands next to another
name: "<FAMILY>   <GIVEN>     <dob> <ssn>", "4   <given>    <family>  1938  ...  <phone>".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.form_names import family_given
from phigate.engine.names import vocabulary
from phigate.engine.normalize import fold_token
from phigate.engine.scanner import Hit

_ROW_PHI = frozenset([T.DATE, T.PHONE, T.MRN, T.SSN, T.EMAIL, T.HEALTH_PLAN, T.ZIP, T.ACCOUNT, T.ID])
# a cell: set apart by two spaces, a tab or a bar on both sides (or the line's ends; a record number and one
# space before it, as fixed-width extracts run them together); "FAMILY, GIVEN K" too
_CELL = re.compile(
    r"(?:^|(?<=[|\t])|(?<=  )|(?<=[0-9] ))[ \t]*(?P<v>[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?"
    r"(?:,? [A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?){0,2}(?: [A-Z])?)[ \t]*(?=[|\t]|  |$)",
    re.M,
)

# a comma-separated cell written "<FAMILY> <Given>" (a register's export: "...,<FAMILY> <Given>,F,1977,...")
_CSV_CELL = re.compile(
    r"(?:^|(?<=,))[ \t]*(?P<v>[^\W\d_][\w'’\-]{1,24}(?:[ \t][^\W\d_][\w'’\-]{1,24}){1,2})[ \t]*(?=,|$)", re.M
)


def _name_word(w: str, alone: bool, first: frozenset[str], last: frozenset[str],
               common: frozenset[str]) -> bool:
    """Could this word of a cell be part of a name: in no dictionary, or in a name list, and no code."""
    key = fold_token(w)
    if vocabulary(key):
        return False
    if key in common:
        return False  # "SELF", "SPOUSE", "active", "Male": a column of words, not of names
    if w.isupper() and (len(key) < 5 or min(len(p) for p in key.split("-")) < 4):
        return key in first and not alone  # plan, status and reason codes: "EPOX", "ADR-NF"
    return key in first or key in last or len(key) >= 4


def names(hits: Sequence[Hit], text: str) -> list[Hit]:
    """Name cells of the rows in `text` (offsets into it) where `hits` found two or more record values.

    A cell of unknown words alone is as often a drug, a vaccine, an adverse event or a clinic ("Syncope",
    "<brand> <form>"): it counts when a name list holds one of its words, when it is written in the
    register's "<Family>, <Given>" order, or when it stands next to another such cell (given | family)."""
    row_hits = sorted((h.start, h.type) for h in hits if h.type in _ROW_PHI)
    if len(row_hits) < 2:
        return []
    taken = sorted((h.start, h.end) for h in hits)
    named = sorted((h.start, h.end) for h in hits if h.type is T.NAME)
    first, last, common = lexicon.first_names(), lexicon.last_names(), lexicon.common_words()
    out: list[Hit] = []
    n = 0
    while n < len(row_hits):  # the lines that hold record values, not every line of the text
        pos = text.rfind("\n", 0, row_hits[n][0]) + 1
        end = text.find("\n", row_hits[n][0])
        end = len(text) if end < 0 else end
        kinds = set()
        while n < len(row_hits) and row_hits[n][0] < end:
            kinds.add(row_hits[n][1])
            n += 1
        # two kinds of value: "<vaccine>  21 Jun 2018 ... 6 Jul 2018" (two dates) is no person's row
        if len(kinds) >= 2:
            out.extend(_row_names(text, pos, end, taken, named, first, last, common))
        elif "," in text[pos:end]:  # one record value is enough beside a comma-separated "<FAMILY> <Given>"
            out.extend(Hit(s, e, T.NAME, "names:row-cell")
                       for s, e in _csv_names(text, pos, end, taken, common))
    return out


def _row_names(text: str, pos: int, end: int, taken: list[tuple[int, int]], named: list[tuple[int, int]],
               first: frozenset[str], last: frozenset[str], common: frozenset[str]) -> list[Hit]:
    # candidate cells: start, end, vouched for on its own, found already (a name another rule found pairs too)
    cells: list[tuple[int, int, bool, bool]] = [
        (s, e, True, True) for s, e in named[bisect_left(named, (pos, pos)) : bisect_left(named, (end, end))]
    ]
    for m in _CELL.finditer(text, pos, end):
        s, e = m.span("v")
        if _covered(taken, s, e):
            continue  # part of a value already found
        words = [w for w in m.group("v").replace(",", " ").split() if len(w) > 1]
        keys = [fold_token(w) for w in words]
        comma = "," in m.group("v")
        if words and all(_name_word(w, len(words) == 1, first, last, common) for w in words):
            cells.append((s, e, comma or any(key in first or key in last for key in keys), False))
        elif len(words) >= 2 and comma and _name_word(words[0], False, first, last, common) \
                and all(w[0].isupper() and not vocabulary(fold_token(w)) for w in words[1:]):
            cells.append((s, e, True, False))  # a register's "<Family>, <Given-word>"
    if "," in text[pos:end]:
        cells.extend((s, e, True, False) for s, e in _csv_names(text, pos, end, taken, common))
    cells.sort()
    out: list[Hit] = []
    for n, (s, e, vouched, found) in enumerate(cells):
        if found:
            continue
        before = n > 0 and not text[cells[n - 1][1] : s].strip(" \t|,")
        after = n + 1 < len(cells) and not text[e : cells[n + 1][0]].strip(" \t|,")
        if vouched or before or after:
            out.append(Hit(s, e, T.NAME, "names:row-cell"))
    return out


def _csv_names(text: str, pos: int, end: int, taken: list[tuple[int, int]],
               common: frozenset[str]) -> list[tuple[int, int]]:
    """Comma-separated cells written "<FAMILY> <Given>" that no other value covers."""
    out = []
    for m in _CSV_CELL.finditer(text, pos, end):
        s, e = m.span("v")
        if _covered(taken, s, e):
            continue
        words = m.group("v").split()
        if family_given(words) and not any(fold_token(w) in common for w in words):
            out.append((s, e))
    return out


def _covered(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does a value already found (sorted spans) overlap s..e?"""
    k = bisect_left(taken, (s, s))
    return (k < len(taken) and taken[k][0] < e) or (k > 0 and taken[k - 1][1] > s)
