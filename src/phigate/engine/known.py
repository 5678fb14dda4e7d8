"""Values a document's structure vouches for, found again in its free text.

A FHIR Patient's `identifier.value`, `address.city` or `telecom.value` is masked by schema; the same
value repeated in a note ("member VR/7911732", "lives in Mango") has no cue of its own. The walk
records each schema-masked value here, and the free-text pass masks every further occurrence. The
values become one trie-shaped regex (Python's `re` tries alternatives one by one; a trie makes each
position cost one character-class test), so thousands of values stay cheap.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.scanner import Hit

MIN_LEN = 3
MAX_VALUES = 20_000


def remember(known: dict[str, T], value: str, t: T) -> None:
    """Record a schema-masked value (dates and single short words are left to the detectors)."""
    v = value.strip()
    if len(v) < MIN_LEN or len(v) > 200 or t in (T.DATE, T.AGE, T.NAME) or len(known) >= MAX_VALUES:
        return
    if t is not T.ADDRESS and not any(c.isdigit() for c in v) and "@" not in v:
        return  # a bare word under an identifier field ("unknown", "N/A") is no identifier
    known.setdefault(v, t)


def find(known: dict[str, T], text: str) -> list[Hit]:
    """Each occurrence of a known value in `text`; alphabetic values only when cased the same."""
    if not known:
        return []
    exact = tuple(sorted(v for v in known if not any(c.isdigit() for c in v)))
    folded = tuple(sorted(v.lower() for v in known if any(c.isdigit() for c in v)))
    lower = {v.lower(): t for v, t in known.items()}
    out: list[Hit] = []
    for values, flags in ((exact, 0), (folded, re.I)):
        if not values:
            continue
        for m in _regex(values, flags).finditer(text):
            t = known.get(m.group()) or lower.get(m.group().lower(), T.ID)
            out.append(Hit(m.start(), m.end(), t, "known:value"))
    return out


@lru_cache(maxsize=32)
def _regex(values: tuple[str, ...], flags: int) -> re.Pattern[str]:
    return compile_alternation(values, r"(?<![\w\-/])", r"(?![\w\-/]|\.\w)", flags)


def compile_alternation(values: tuple[str, ...], before: str, after: str, flags: int) -> re.Pattern[str]:
    """`before(?:v1|v2|...)after` as a trie; a plain longest-first alternation if the trie nests too deep
    for the regex compiler (values like 1, 12, 123, ... nest one group per value)."""
    try:
        return re.compile(before + "(?:" + trie(values) + ")" + after, flags)
    except (RecursionError, re.error, OverflowError):
        plain = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
        return re.compile(before + "(?:" + plain + ")" + after, flags)


def trie(values: tuple[str, ...]) -> str:
    """A regex equivalent to `a|b|c...` whose alternatives share their prefixes."""
    root: dict[str, dict] = {}
    for v in values:
        node = root
        for ch in v:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    end = "" in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body
