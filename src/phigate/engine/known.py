"""Values a document's structure vouches for, found again in its free text.

A FHIR Patient's `identifier.value`, `address.city` or `telecom.value` is masked by schema; the same
value repeated in a note ("member VR/7911732", "lives in Mango") has no cue of its own. The walk
records each schema-masked value here, and the free-text pass masks every further occurrence.

Every proxied document is new, so the look-up must cost no per-document compilation (a trie regex of
a 1 MB Bundle's values took ~90 ms to compile). Values are indexed by their first word (a maximal
`\\w` run, or their first character when that is no word character); the text is split into words
once, and only words that start some value are checked, with `startswith`-like slices and the same
boundary rules the regex `before(?:v1|v2|...)after` applied. At each position the longest value whose
boundaries hold wins, and occurrences do not overlap (what `finditer` over that regex returned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.scanner import Hit

try:  # the classes re.IGNORECASE adds to lower-casing (CPython >= 3.11; private, so a fallback)
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another interpreter: plain lower-casing (i/ı, s/ſ then differ)
    _EXTRA_CASES = {}

MIN_LEN = 3
MAX_VALUES = 20_000


@dataclass(frozen=True, slots=True)
class Boundary:
    """What may not touch a value: a word character or one of `before` right before it, a word
    character or one of `after` right after it, or one of `joiner` followed by a word character."""

    before: str
    after: str
    joiner: str


VALUE_BOUNDARY = Boundary(before="-/", after="-/", joiner=".")  # (?<![\w\-/]) ... (?![\w\-/]|\.\w)
NAME_BOUNDARY = Boundary(before="'-", after="-", joiner="'")  # (?<![\w'\-]) ... (?![\w\-]|'\w)
# a name that may stand in the possessive: "<Given>'s hearing aid" (an apostrophe may follow it)
POSSESSIVE_NAME_BOUNDARY = Boundary(before="'-", after="-", joiner="")


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
    exact = tuple(sorted(v for v in known if not any(map(str.isdigit, v))))
    folded = tuple(sorted(v.lower() for v in known if any(map(str.isdigit, v))))
    lower = {v.lower(): t for v, t in known.items()}
    words = Words(text)  # split once, looked up twice
    out: list[Hit] = []
    for values, fold in ((exact, False), (folded, True)):
        if not values:
            continue
        for s, e in find_spans(values, text, VALUE_BOUNDARY, fold, words):
            found = text[s:e]
            t = known.get(found) or lower.get(found.lower(), T.ID)
            out.append(Hit(s, e, t, "known:value"))
    return out


class Words:
    """Where a text's maximal `\\w` runs are, found through an ASCII stand-in of it so that C-speed
    `str.translate` and `str.split` do the tokenising; shared by the look-ups on one text."""

    __slots__ = ("_ctext", "_proxy", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._proxy: dict[bool, str] = {}
        self._ctext: str | None = None

    def ctext(self, fold: bool) -> str:
        if not fold:
            return self.text
        if self._ctext is None:
            self._ctext = fold_text(self.text)
        return self._ctext

    def proxy(self, fold: bool) -> str:
        """Same length, ASCII: word characters kept (non-ASCII ones become `_`), all others a space."""
        if fold not in self._proxy:
            if not fold:
                s = self.text if self.text.isascii() else _NON_ASCII.sub(_stand_in, self.text)
                self._proxy[False] = s.translate(_SPACE_NON_WORD)
            else:
                self._proxy[True] = self.proxy(False).lower()
        return self._proxy[fold]

    def runs(self, keys: dict[str, tuple[int, ...]], fold: bool) -> list[tuple[int, str]]:
        """(start, run) of every run (folded when `fold`) that is one of `keys`, in text order."""
        proxy, ctext = self.proxy(fold), self.ctext(fold)
        tokens = proxy.split()
        out: list[tuple[int, str]] = []
        padded, cursor = f" {proxy} ", 0  # " tok " in it: a whole token, at proxy offset p
        for i in compress(count(), map(keys.__contains__, tokens)):
            # Every earlier token equal to this one is wanted too, so its first whole-token occurrence
            # after the previous wanted token is this token.
            tok = tokens[i]
            p = padded.find(f" {tok} ", cursor)
            if p < 0:
                raise RuntimeError("known-value look-up lost its place in the text")
            cursor = p + len(tok)  # tok's end in the text; in `padded`, tok's last character
            run = ctext[p:cursor] if "_" in tok else tok
            if run in keys:
                out.append((p, run))
        if "_" not in proxy:
            return out
        # A stand-in `_` (or a real one) hides the run: tokens holding one are read from the text.
        more, n = [], len(proxy)
        q = proxy.find("_")
        while q >= 0:
            s = proxy.rfind(" ", 0, q) + 1
            e = proxy.find(" ", q)
            e = n if e < 0 else e
            if proxy[s:e] not in keys and (run := ctext[s:e]) in keys:  # else the pass above had it
                more.append((s, run))
            q = proxy.find("_", e)
        return sorted(out + more) if more else out


def _stand_in(m: re.Match[str]) -> str:
    return m.group().translate(_STAND_IN)


class _StandIns(dict[int, str]):
    """Non-ASCII character -> `_` (a word character) or a space, worked out on first sight."""

    def __missing__(self, o: int) -> str:
        c = "_" if _is_word(chr(o)) else " "
        if len(self) < 65_536:  # bounded: a document full of distinct characters cannot grow it further
            self[o] = c
        return c


_STAND_IN = _StandIns()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def find_spans(
    values: tuple[str, ...], text: str, boundary: Boundary, fold: bool, words: Words | None = None
) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of `values` in `text`, leftmost first, the longest at each start;
    `fold`: case-insensitive as re.IGNORECASE is (values should be given lower-cased). `words`: the
    text's split, when several look-ups share it."""
    if fold and (_HAZARD in text or any(_HAZARD in v for v in values)):
        return [m.span() for m in _fallback_regex(values, boundary, re.I).finditer(text)]
    idx = _index(values, fold)
    if not idx.full:
        return []
    if words is None or words.text is not text:
        words = Words(text)
    ctext = words.ctext(fold)
    cands: list[tuple[int, tuple[int, ...]]] = []
    if idx.words:
        before, keys = boundary.before, idx.words
        for p, run in words.runs(keys, fold):
            if p == 0 or ctext[p - 1] not in before:  # never a word character: runs are maximal
                cands.append((p, keys[run]))
    for ch, lengths in idx.leads.items():
        p = ctext.find(ch)
        while p >= 0:
            if p == 0 or not _boundary_char(ctext[p - 1], boundary.before):
                cands.append((p, lengths))
            p = ctext.find(ch, p + 1)
    if not cands:
        return []
    cands.sort()
    full, n, out, cursor = idx.full, len(ctext), [], 0
    after, joiner = boundary.after, boundary.joiner
    for p, lengths in cands:
        if p < cursor:
            continue
        for length in lengths:  # longest first: the trie regex backtracked from the longest value
            e = p + length
            if e > n or ctext[p:e] not in full:
                continue
            if e < n:
                c = ctext[e]
                if _boundary_char(c, after):
                    continue
                if c in joiner and e + 1 < n and _is_word(ctext[e + 1]):
                    continue
            out.append((p, e))
            cursor = e
            break
    return out


# -- case folding as re.IGNORECASE does it --------------------------------------------------------------
# `re` matches a text character t against a cased pattern character p when lower(t) == lower(p) or
# lower(t) is one of _EXTRA_CASES[lower(p)] (i/ı, s/ſ, σ/ς, ...); `lower` is the simple mapping. Folding
# each character to one representative of that class turns the match into string equality. Every class
# but iota's is all word characters or none, so folding keeps the word boundaries; COMBINING GREEK
# YPOGEGRAMMENI (no word character, but ι under re.I) takes the regex path instead.
_HAZARD = "\u0345"


def _class_representatives() -> dict[int, str]:
    out: dict[int, str] = {}
    for lo, extra in _EXTRA_CASES.items():
        members = {lo, *extra}
        words = [m for m in members if _is_word(chr(m))]
        rep = min(words or members)
        for m in members:
            if m != rep:
                out[m] = chr(rep)
    return out


def _is_word(c: str) -> bool:
    """`\\w` for one character of a str pattern."""
    return c.isalnum() or c == "_"


def _boundary_char(c: str, extra: str) -> bool:
    return c.isalnum() or c == "_" or c in extra


_FIX_TABLE = _class_representatives()
_FIX_CHARS = tuple(chr(c) for c in _FIX_TABLE)


def fold_text(s: str) -> str:
    """`s` with each character replaced by its re.IGNORECASE class representative (same length)."""
    low = s.lower()
    if low.isascii():  # ASCII lower-case is already the representative (k, s and i head their classes)
        return low
    if len(low) != len(s):  # İ lower-cases to two characters; re uses the simple mapping: i
        low = s.replace("\u0130", "I").lower()
    if any(c in low for c in _FIX_CHARS):
        low = low.translate(_FIX_TABLE)
    return low


# -- index ----------------------------------------------------------------------------------------------
_SPACE_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not _is_word(chr(c))})
_FIRST_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Index:
    full: frozenset[str]  # the values (folded when case-insensitive)
    words: dict[str, tuple[int, ...]]  # first word of values -> their lengths, longest first
    leads: dict[str, tuple[int, ...]]  # first character (no word character) -> the same


@lru_cache(maxsize=32)
def _index(values: tuple[str, ...], fold: bool) -> _Index:
    """Built once per set of values (a Bundle masked again reuses it); no regex is compiled."""
    words: dict[str, set[int]] = {}
    leads: dict[str, set[int]] = {}
    full: set[str] = set()
    for v in values:
        cv = fold_text(v) if fold else v
        if not cv:
            continue  # an empty value matches nothing worth masking
        full.add(cv)
        m = _FIRST_WORD.match(cv)
        if m is not None:
            words.setdefault(m.group(), set()).add(len(cv))
        else:
            leads.setdefault(cv[0], set()).add(len(cv))
    return _Index(
        frozenset(full),
        {k: tuple(sorted(ls, reverse=True)) for k, ls in words.items()},
        {k: tuple(sorted(ls, reverse=True)) for k, ls in leads.items()},
    )


# -- regex path, for text or values holding U+0345 only ---------------------------------------------------
@lru_cache(maxsize=8)
def _fallback_regex(values: tuple[str, ...], boundary: Boundary, flags: int) -> re.Pattern[str]:
    before = "(?<![\\w" + re.escape(boundary.before) + "])"
    after = "(?![\\w" + re.escape(boundary.after) + "]|" + re.escape(boundary.joiner) + "\\w)"
    plain = "|".join(re.escape(v) for v in sorted({v for v in values if v}, key=len, reverse=True))
    return re.compile(before + "(?:" + (plain or "(?!)") + ")" + after, flags)
