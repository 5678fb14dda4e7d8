"""Evasion-resistant normalisation with an offset map back to the original text.

Detectors run on a normalised copy: zero-width characters removed, Unicode digits (fullwidth,
Arabic-Indic, ...) folded to ASCII, dash and space variants unified, `%XX` URL escapes and JSON `\\uXXXX`
escapes decoded (a log line of `json.dumps` output writes "Fran\\u00e7ois"; the name is "François"), and
HTML character references too ("Ren&eacute;e", "Stop &amp; Go", "&#233;"). Runs of underscores that pad a
form's blanks ("Name: ____Ada Obi____") read as spaces, so a value does not fuse with its padding; a
defanged address reads as written ("fb[.]com", "ana(at)mail.example", "hxxps://"), and characters typed one
by one with single spaces read as one token when four or more are digits ("SSN 7 3 4 - 0 8 - 2 6 1 9").
A second, 1:1 "scan" copy replaces the remaining non-ASCII characters by ASCII look-alikes (accents
stripped, other letters become `a`/`A`) so byte-oriented engines (Hyperscan) see one byte per
character. Spans found in either copy map back to the original through `Normalized.to_original`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043")
_PCT_RE = re.compile(r"%[0-9A-Fa-f]{2}")
# a JSON escape, with the extra backslashes of JSON inside a JSON string ("\\\\u00e9")
_UESC_RE = re.compile(r"\\+u([0-9A-Fa-f]{4})")
_ENT_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_SLOW_RE = re.compile(
    r"%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|&(?:#|[A-Za-z][A-Za-z0-9]{1,9};)|["
    + "".join(sorted(ZERO_WIDTH))
    + "]"
)
# two or more underscores not inside an identifier ("patient__name" stays): a form's blank
_PADDING = re.compile(r"(?<![A-Za-z0-9])_{2,}|_{2,}(?![A-Za-z0-9])|_{3,}")


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    text: str  # normalised, Unicode
    scan: str  # same length as text, ASCII only
    index: list[int] | None  # index[i] = original offset of text[i]; index[len] = len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.index is None:
            return start, end
        return self.index[start], self.index[end]


class _FoldTable(dict[int, str]):
    """str.translate table computed lazily per code point (cached)."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        out = ch if cp < 128 else _fold_char(ch)
        self[cp] = out
        return out


_BOX = {c: "|" for c in "│┃║╎╏┆┇┊┋"} | {c: "-" for c in "─━═╌╍┄┅┈┉"}


def _fold_char(ch: str) -> str:
    if ch.isdigit() or ch.isdecimal():
        try:
            return str(unicodedata.digit(ch))
        except (TypeError, ValueError):
            return "?"
    if ch in DASHES:
        return "-"
    if ch.isspace():
        return "\n" if ch in "\u2028\u2029\x85" else " "
    decomposed = unicodedata.normalize("NFKD", ch)
    base = decomposed[:1]
    if base.isascii() and (base.isalnum() or base in "@.:/-_+'#()"):
        return base
    special = {"ß": "s", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "a", "Æ": "A",
               "œ": "o", "Œ": "O", "ı": "i", "þ": "t", "ð": "d", "’": "'", "‘": "'", "＠": "@",
               # Latin letters with no decomposition (Ewe, Akan, Lingala, Hausa, Azerbaijani, Maltese):
               # "Adrɛs" reads as "Adres", "Ŋkeke" as "Nkeke"
               "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O", "ŋ": "n", "Ŋ": "N", "ɖ": "d", "Ɖ": "D", "ƒ": "f",
               "Ƒ": "F", "ʋ": "v", "Ʋ": "V", "ɣ": "g", "Ɣ": "G", "ə": "e", "Ə": "E", "ħ": "h", "Ħ": "H",
               "ɨ": "i", "ʉ": "u", "ɓ": "b", "Ɓ": "B", "ɗ": "d", "Ɗ": "D", "ƙ": "k", "Ƙ": "K", "ƴ": "y",
               "Ƴ": "Y", "ʼ": "'",
               # CJK date units (2019年11月14日, 2023년 8월 19일): a date the patterns can read
               "年": "-", "년": "-", "月": "-", "월": "-", "日": " ", "일": " "}
    if ch in special:
        return special[ch]
    if "\u2500" <= ch <= "\u257f":  # box drawing (sqlite3 -box, psql unicode, tabulate): a table's rules
        return _BOX.get(ch, "+")
    if unicodedata.combining(ch) or unicodedata.category(ch)[0] == "M":
        return "a"  # a tone mark ("ọ́"), an Indic or Thai vowel sign (ీ, ា: class 0): part of the word
    if ch.isalpha():
        return "A" if ch.isupper() else "a"
    return "?"


_SCAN_TABLE = _FoldTable()


class _TextTable(dict[int, str]):
    """Normalised Unicode text: digits/dashes/spaces/fullwidth ASCII folded, letters kept."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        if cp < 128:  # ASCII stays as it is: tabs and line breaks delimit tables and runs of names
            out = ch
        elif ch in ZERO_WIDTH:
            out = ""
        elif ch.isdigit() or ch in DASHES or ch.isspace():
            out = _fold_char(ch)
        else:
            k = unicodedata.normalize("NFKC", ch)
            out = k if len(k) == 1 and k.isascii() else ch
        self[cp] = out
        return out


_TEXT_TABLE = _TextTable()


def normalize(s: str) -> Normalized:
    """Normalise `s`; fast path for plain ASCII without URL escapes."""
    n = _normalize(s)
    pad, bold = "__" in n.text, "**" in n.text
    if not pad and not bold:
        return n
    text, scan = n.text, n.scan
    if pad:
        text = _PADDING.sub(_spaces, text)
        scan = text if n.scan is n.text else _PADDING.sub(_spaces, scan)
    if bold:  # "**MRN:** <value>", "| **Name** | <name> |": Markdown's emphasis is no part of a label
        same = scan is text
        text = _BOLD.sub(_unbold, text)
        scan = text if same else _BOLD.sub(_unbold, scan)
    return Normalized(n.original, text, scan, n.index)


# (emphasis holds a letter or a digit: "***-**-4417", an SSN masked but for its last four, is no emphasis)
_BOLD = re.compile(r"\*\*(?=[^\s*])(?=[^*\n]{0,80}?[^\W_])([^*\n]{1,80}?)(?<=[^\s*])\*\*")


def _unbold(m: re.Match[str]) -> str:
    return f"  {m.group(1)}  "


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _normalize(s: str) -> Normalized:
    folds = _folds(s)
    if not folds and s.isascii() and ("%" not in s or _PCT_RE.search(s) is None) and (
        "\\u" not in s or _UESC_RE.search(s) is None
    ) and ("&" not in s or _ENT_RE.search(s) is None):
        return Normalized(s, s, s, None)
    if not folds and _SLOW_RE.search(s) is None:  # no deletions or escapes: a 1:1 translate keeps offsets
        text = s.translate(_TEXT_TABLE)
        if len(text) == len(s):
            scan = text if text.isascii() else text.translate(_SCAN_TABLE)
            if len(scan) == len(text):
                return Normalized(s, text, scan, None)
    out: list[str] = []
    index: list[int] = []
    i = 0
    n = len(s)
    pct = "%" in s
    uesc = "\\u" in s
    ent = "&" in s
    while i < n:
        ch = s[i]
        if folds and i in folds:
            end, kept = folds[i]
            for k, c in kept:
                out.append(c)
                index.append(k)
            i = end
            continue
        if ent and ch == "&":
            decoded_e = _decode_entity(s, i)
            if decoded_e is not None:
                c, consumed = decoded_e
                out.append(_TEXT_TABLE[ord(c)] if not c.isascii() else c)
                index.append(i)
                i += consumed
                continue
        if uesc and ch == "\\":
            decoded_u = _decode_uescape(s, i)
            if decoded_u is not None:
                c, consumed = decoded_u
                out.append(_TEXT_TABLE[ord(c)] if not c.isascii() else c)
                index.append(i)
                i += consumed
                continue
        if pct and ch == "%" and _PCT_RE.match(s, i):
            decoded = _decode_pct_run(s, i)
            if decoded is not None:
                text, consumed = decoded
                for k, c in enumerate(text):
                    out.append(_TEXT_TABLE[ord(c)] if not c.isascii() else c)
                    index.append(i if k == 0 else i + consumed - 1)
                i += consumed
                continue
        if ch.isascii():
            out.append(ch)
            index.append(i)
        else:
            m = _TEXT_TABLE[ord(ch)]
            for c in m:
                out.append(c)
                index.append(i)
        i += 1
    index.append(n)
    text = "".join(out)
    if len(text) != len(index) - 1:  # a fold produced several chars: rebuild char-exact index
        text, index = _exact(out, index)
    scan = text if text.isascii() else text.translate(_SCAN_TABLE)
    if len(scan) != len(text):  # translate must be 1:1
        scan = "".join(c if c.isascii() else "?" for c in text)
    return Normalized(s, text, scan, index)


# a defanged address ("fb[.]com", "ana(at)mail.example", "hxxps://", "1[.]2[.]3[.]4") reads as written
_REFANG = re.compile(r"[\[({](?:\.|dot|DOT|at|AT|@)[\])}]|hxxp|hXXp|HXXP")
# characters written one by one with single spaces, holding four digits or more: "5 1 7 3 8",
# "7 3 4 - 0 8 - 2 6 1 9", "Q W 7 3 1 8 2 6 4 9" read as "51738", "734-08-2619", "QW73182649"
_SPACED = re.compile(r"(?<![^\s(\[:#,=])[0-9A-Za-z](?: [0-9A-Za-z/\-.]){4,}(?![^\s)\],.;:])")
_SPACED_HINT = re.compile(r"[0-9A-Za-z] [0-9] [0-9A-Za-z/\-.] [0-9]")


# a unified diff's hunk header: "@@ -<old start>[,<old count>] +<new start>[,<new count>] @@"
_HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@[^\n]*\n", re.M)


def _diff_prefixes(s: str) -> list[int]:
    """Offsets of the one-character prefixes (" ", "-", "+") of a unified diff's hunk lines. An agent's
    patch carries fixtures, test data and pasted records behind them; detectors that read a line from its
    start ("PID|...", "Name: ...", a table row) see the line as written once the prefix is dropped. The
    hunk header's counts say where each hunk ends, as they do for `patch`; a hunk whose lines do not
    match its counts stops at the first line that does not fit."""
    out: list[int] = []
    for m in _HUNK.finditer(s):
        old = int(m.group(1)) if m.group(1) is not None else 1
        new = int(m.group(2)) if m.group(2) is not None else 1
        i = m.end()
        while (old > 0 or new > 0) and i < len(s):
            ch = s[i]
            if ch == " " and old > 0 and new > 0:
                old, new = old - 1, new - 1
            elif ch == "-" and old > 0:
                old -= 1
            elif ch == "+" and new > 0:
                new -= 1
            elif ch == "\n" and old > 0 and new > 0:  # an empty context line whose space was trimmed
                old, new, i = old - 1, new - 1, i + 1
                continue
            elif ch != "\\":  # "\\ No newline at end of file" counts for neither side
                break
            else:
                i = s.find("\n", i)
                i = len(s) if i < 0 else i + 1
                continue
            out.append(i)
            i = s.find("\n", i)
            i = len(s) if i < 0 else i + 1
    return out


def _folds(s: str) -> dict[int, tuple[int, list[tuple[int, str]]]]:
    """Runs to rewrite, by their start: (end, [(original offset, character) for each character kept])."""
    out: dict[int, tuple[int, list[tuple[int, str]]]] = {}
    if "\n@@ -" in s or s.startswith("@@ -"):
        for k in _diff_prefixes(s):
            out[k] = (k + 1, [])
    if ("[" in s or "(" in s or "{" in s or "xx" in s or "XX" in s) and _REFANG.search(s) is not None:
        for m in _REFANG.finditer(s):
            token = m.group()
            if token.lower() == "hxxp":
                out[m.start()] = (m.end(), [(m.start() + k, c) for k, c in enumerate("http")])
            else:
                out[m.start()] = (m.end(), [(m.start(), "@" if token[1:-1].lower() in ("at", "@") else ".")])
    if _SPACED_HINT.search(s) is not None:
        for m in _SPACED.finditer(s):
            run = m.group()
            if sum(c.isdigit() for c in run) < 4 or any(k in out for k in range(m.start(), m.end())):
                continue
            out[m.start()] = (m.end(), [(m.start() + k, c) for k, c in enumerate(run) if c != " "])
    return out


def _exact(parts: list[str], index: list[int]) -> tuple[str, list[int]]:
    chars: list[str] = []
    idx: list[int] = []
    for p, o in zip(parts, index, strict=False):
        for c in p:
            chars.append(c)
            idx.append(o)
    idx.append(index[-1])
    return "".join(chars), idx


def _decode_uescape(s: str, i: int) -> tuple[str, int] | None:
    """One JSON escape (a surrogate pair as one character) that spells a letter or digit; escaped quotes,
    brackets and controls stay as written (decoding them would change where a JSON value ends)."""
    m = _UESC_RE.match(s, i)
    if m is None:
        return None
    cp = int(m.group(1), 16)
    end = m.end()
    if 0xD800 <= cp < 0xDC00:
        low = _UESC_RE.match(s, end)
        if low is None or not 0xDC00 <= int(low.group(1), 16) < 0xE000:
            return None
        cp = 0x10000 + ((cp - 0xD800) << 10) + (int(low.group(1), 16) - 0xDC00)
        end = low.end()
    elif 0xDC00 <= cp < 0xE000:
        return None
    c = chr(cp)
    if cp < 0x80 and not c.isalnum():
        return None
    if cp >= 0x80 and not (c.isalnum() or unicodedata.category(c)[0] in "LMN" or c in ZERO_WIDTH):
        return None
    return c, end - i


def _decode_entity(s: str, i: int) -> tuple[str, int] | None:
    """One HTML character reference that stands for one character ("&eacute;", "&#233;", "&amp;")."""
    m = _ENT_RE.match(s, i)
    if m is None:
        return None
    c = html.unescape(m.group())
    if len(c) != 1 or c == m.group() or (ord(c) < 0x20 and c not in "\t\n\r"):
        return None
    return c, m.end() - i


def _decode_pct_run(s: str, i: int) -> tuple[str, int] | None:
    """Decode one %XX escape (or a UTF-8 multi-byte run); None when it is not text."""
    b = int(s[i + 1 : i + 3], 16)
    if b < 0x80:
        if b < 0x20 and b not in (0x09, 0x0A, 0x0D):
            return None
        return chr(b), 3
    raw = bytearray()
    j = i
    while s[j : j + 1] == "%" and _PCT_RE.match(s, j) and len(raw) < 4:
        raw.append(int(s[j + 1 : j + 3], 16))
        j += 3
        try:
            return raw.decode("utf-8"), j - i
        except UnicodeDecodeError:
            continue
    return None


_LETTERS = {ord(a): b for a, b in zip("ɛɔŋɖƒʋɣəħɨʉɓɗƙƴʼ", "eondfvgehiubdky'", strict=True)}


def fold_token(token: str) -> str:
    """Lower-case, accent-free form of a word, for dictionary look-ups."""
    low = token.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)).translate(
        {ord("ł"): "l", ord("đ"): "d", ord("ø"): "o", ord("ß"): "ss", ord("æ"): "ae", ord("œ"): "oe",
         ord("ı"): "i", **_LETTERS}
    )
