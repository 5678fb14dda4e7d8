"""Data frames printed as text: what a notebook, a REPL or an agent's tool result shows of a table.

A pandas Series repr ends in "Name: <x>, dtype: <y>" (or "dtype: <y>"): above it, either one row read
as a record ("zip5       29481", "pcp_nm     <Family>, <Given>", from `df.iloc[3]`) or a count by an index
("zip5" alone, then "27512    1498", from `value_counts()`). R's `glimpse()` prints one column per
line ("$ zip5  <chr> "27603", "27288", ..."). An entity-attribute-value table ("| 1043 | city |
<town> |" under "field_name | value", REDCap's and OpenEMR's layout) names each value's field in the row.
redis-cli prints a hash as numbered lines, a field then its value ('9) "guarantor"', '10) "<Family>,
<Given>"'). In each the column's or the field's name types the value, as a table's header does
(tabular.column_type).
"""

from __future__ import annotations

import re
from itertools import pairwise

from phigate.engine import tabular  # the module: tabular imports this one
from phigate.engine.scanner import Hit

_DTYPE = re.compile(
    r"(?m)^(?:Name: [^\n]{0,60}?, )?(?:Length: [0-9]+, )?dtype: (?P<dtype>[\w\[\], ]{1,40})\r?$"
)
# a Series line: the index (one or more words) two spaces or more from the value
_SERIES_LINE = re.compile(r"([^\s][^\n]*?)[ \t]{2,}([^\s][^\n]*?)[ \t]*\r?")
_INDEX_NAME = re.compile(r"[A-Za-z_][\w.]{0,40}[ \t]*\r?")
_MAX_LINES = 400


def series(text: str, hits: list[Hit]) -> None:
    """The values a printed Series' index or field names type."""
    for m in _DTYPE.finditer(text):
        rows: list[re.Match[str]] = []  # the Series' lines, nearest the dtype line first
        end = m.start() - 1
        top: tuple[int, int] | None = None
        while end > 0 and len(rows) < _MAX_LINES:
            start = text.rfind("\n", 0, end) + 1
            row = _SERIES_LINE.fullmatch(text, start, end)
            if row is None:
                top = (start, end)  # the line above the rows: an index's name, a prompt, or nothing
                break
            rows.append(row)
            end = start - 1
        if not rows:
            continue
        named = top is not None and _INDEX_NAME.fullmatch(text, *top) is not None
        index_type = tabular.column_type(text[top[0] : top[1]].strip()) if named and top is not None else None
        for row in rows:
            if index_type is not None:  # a count by an index named like an identifier: the index values
                tabular._cell(text, row.start(1), row.end(1), index_type, hits)
            elif not named and m.group("dtype") == "object":  # one record (mixed types: a row): each field's
                # name types its value; a numeric Series under field names counts or sums columns
                # (`df.isna().sum()`: "email    23301")
                t = tabular.column_type(row.group(1))
                if t is not None:
                    tabular._cell(text, row.start(2), row.end(2), t, hits)


_GLIMPSE = re.compile(r"(?m)^\$ (?P<col>[\w.]{1,40})[ \t]+<[\w/]{2,12}>[ \t]+(?P<vals>[^\n]*)$")
_GLIMPSE_VALUE = re.compile(r"\"([^\"\n]*)\"|([^\s,\"…][^,\n…]*?)(?=,|[ \t]*…|[ \t]*$)")


def glimpse(text: str, hits: list[Hit]) -> None:
    """R's glimpse(): each value on a column's line, typed by the column's name."""
    for m in _GLIMPSE.finditer(text):
        t = tabular.column_type(m.group("col"))
        if t is None:
            continue
        for v in _GLIMPSE_VALUE.finditer(text, m.start("vals"), m.end("vals")):
            g = 1 if v.group(1) is not None else 2
            tabular._cell(text, v.start(g), v.end(g), t, hits)


_FIELD_COLUMNS = frozenset({"fieldname", "field", "attribute", "attr", "variable", "varname", "key",
                            "item", "itemname", "question", "element"})
_VALUE_COLUMNS = frozenset({"value", "val", "answer", "response", "fieldvalue", "attributevalue"})


def eav_columns(names: list[str]) -> tuple[int, int] | None:
    """(field column, value column) of an entity-attribute-value table's header, else None."""
    keys = [re.sub(r"[^a-z]", "", n.lower()) for n in names]
    field = next((i for i, k in enumerate(keys) if k in _FIELD_COLUMNS), None)
    value = next((i for i, k in enumerate(keys) if k in _VALUE_COLUMNS), None)
    return (field, value) if field is not None and value is not None else None


def eav_cell(text: str, field: tuple[int, int], value: tuple[int, int], hits: list[Hit]) -> None:
    """The value of one entity-attribute-value row, typed by the field its row names."""
    t = tabular.column_type(text[field[0] : field[1]])
    if t is not None:
        tabular._cell(text, value[0], value[1], t, hits)


# redis-cli's reply to HGETALL (or a flat list of field and value): `N) "<field>"` then `N+1) "<value>"`
_REDIS_LINE = re.compile(r'(?m)^[ \t]*(?P<n>[0-9]{1,5})\) "(?P<v>[^"\n]*)"[ \t]*\r?$')


def redis_pairs(text: str, hits: list[Hit]) -> None:
    """Each value of a hash redis-cli printed, typed by the field on the line before it."""
    lines = list(_REDIS_LINE.finditer(text))
    for a, b in pairwise(lines):
        n = int(a.group("n"))
        if n % 2 == 0 or int(b.group("n")) != n + 1 or text.count("\n", a.end(), b.start()) != 1:
            continue  # fields are the odd items; the value is on the next line
        t = tabular.column_type(a.group("v"))
        if t is not None and b.group("v"):
            tabular._cell(text, b.start("v"), b.end("v"), t, hits)
