"""Names in the cells of a record row that has no header the table reader knows: a fixed-width or COBOL
extract, a truncated pandas frame, a dbt or psql failure listing.

A row is a line on which the engine already found two or more of a record's values (a date, an SSN, a phone,
an e-mail, a member or account number, a ZIP). Its cells are runs of words set apart by two spaces, a tab or
a `|`. A cell of one to three words that no dictionary holds (or that the name lists hold) is that record's
person: "<FAMILY>   <GIVEN>     <dob> <ssn>", "4   <given>    <family>  1938  ...  <phone>".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.names import DEPARTMENT, DRUG_SHAPE, LABELS, ORG_WORDS, TITLES, _calendar_words
from phigate.engine.normalize import fold_token
from phigate.engine.scanner import Hit

_ROW_PHI = frozenset([T.DATE, T.PHONE, T.MRN, T.SSN, T.EMAIL, T.HEALTH_PLAN, T.ZIP, T.ACCOUNT])
# a cell: set apart by two spaces, a tab or a bar on both sides (or the line's ends); "FAMILY, GIVEN K" too
_CELL = re.compile(
    r"(?:^|(?<=[|\t])|(?<=  ))[ \t]*(?P<v>[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?"
    r"(?:,? [A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?){0,2}(?: [A-Z])?)[ \t]*(?=[|\t]|  |$)",
    re.M,
)


def _name_word(w: str, alone: bool, first: frozenset[str], last: frozenset[str],
               common: frozenset[str]) -> bool:
    key = fold_token(w)
    if key in LABELS or key in TITLES or key in ORG_WORDS or key in _calendar_words() or DEPARTMENT(key) \
            or DRUG_SHAPE.search(key) or key in lexicon.excluded() or key in lexicon.countries():
        return False
    if key in common:
        return False  # "SELF", "SPOUSE", "active", "Male": a column of words, not of names
    if w.isupper() and (len(key) < 5 or min(len(p) for p in key.split("-")) < 4):
        return key in first and not alone  # plan, status and reason codes: "EPOX", "ADR-NF"
    return key in first or key in last or len(key) >= 4


def names(hits: Sequence[Hit], text: str) -> list[Hit]:
    """Name cells of the rows in `text` (offsets into it) where `hits` found two or more record values."""
    row_hits = sorted((h.start, h.type) for h in hits if h.type in _ROW_PHI)
    if len(row_hits) < 2:
        return []
    rows = [s for s, _ in row_hits]
    taken = sorted((h.start, h.end) for h in hits)
    first, last, common = lexicon.first_names(), lexicon.last_names(), lexicon.common_words()
    out: list[Hit] = []
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        i, j = bisect_left(rows, pos), bisect_left(rows, end)
        # two kinds of value: "<vaccine>  29 Jun 2024 ... 9 Jul 2024" (two dates) is no person's row
        if j - i >= 2 and len({t for _, t in row_hits[i:j]}) >= 2:
            for m in _CELL.finditer(text, pos, end):
                s, e = m.span("v")
                k = bisect_left(taken, (s, s))
                if (k < len(taken) and taken[k][0] < e) or (k > 0 and taken[k - 1][1] > s):
                    continue  # part of a value already found
                words = [w for w in m.group("v").replace(",", " ").split() if len(w) > 1]
                if words and all(_name_word(w, len(words) == 1, first, last, common) for w in words):
                    out.append(Hit(s, e, T.NAME, "names:row-cell"))
        pos = end + 1
    return out
