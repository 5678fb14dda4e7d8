# ruff: noqa: E501  (hand-aligned lookup tables)
"""Identifiers and spoken/obfuscated renderings for probe 23. SSNs come from probe 20's generator (valid
area, group and serial); record, member and account numbers are random in shapes of our own. The
rendering helpers (numbers in words, letter-by-letter spelling, homoglyphs, full-width digits) were written
for this probe."""

from __future__ import annotations

import random

from tests.engine.probe20 import ids as _v
from tests.engine.probe23.people import fill

ssn_valid = _v.ssn_valid

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa",
        "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu"}  # fmt: skip
LETTER_SOUND = {"A": "ay", "B": "bee", "C": "see", "D": "dee", "E": "ee", "F": "eff", "G": "gee", "H": "aitch",
                "J": "jay", "K": "kay", "L": "el", "M": "em", "N": "en", "P": "pee", "R": "arr", "S": "ess",
                "T": "tee", "U": "you", "V": "vee", "W": "double-you", "X": "ex", "Y": "why", "Z": "zee"}  # fmt: skip
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# Latin letter -> a look-alike (Cyrillic or Greek)
GLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "A": "А", "B": "В",
          "E": "Ε", "K": "К", "M": "М", "H": "Н", "O": "Ο", "P": "Р", "C": "С", "T": "Т", "X": "Χ", "S": "Ѕ"}  # fmt: skip


def num_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + (f"-{ONES[o]}" if o else "")


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    if n < 20:
        return ONES[n] + "th"
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t][:-1] + "ieth"
    return f"{TENS[t]}-{ordinal(o)}"


def year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + (f" {ONES[y - 2000]}" if y > 2000 else "")
    hi, lo = divmod(y, 100)
    return f"{num_words(hi)} " + (f"oh {ONES[lo]}" if lo < 10 else num_words(lo))


def digit_words(s: str, rng: random.Random, zero: str = "") -> str:
    z = zero or rng.choice(["oh", "zero"])
    return " ".join(z if c == "0" else ONES[int(c)] for c in s if c.isdigit())


def spoken_run(s: str, rng: random.Random) -> str:
    """Digits as a caller reads them: repeats as "double"/"triple", zero as "oh"."""
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        word = "oh" if s[i] == "0" else ONES[int(s[i])]
        n = j - i
        out += ["triple " + word] if n == 3 else ["double " + word] if n == 2 else [word] * n
        i = j
    return " ".join(out)


def glyph(s: str, rng: random.Random, n: int = 2) -> str:
    """`s` with `n` letters swapped for Cyrillic/Greek look-alikes (at least one)."""
    spots = [i for i, c in enumerate(s) if c in GLYPHS]
    chosen = set(rng.sample(spots, min(n, len(spots))))
    return "".join(GLYPHS[c] if i in chosen else c for i, c in enumerate(s))


def ssn(rng: random.Random) -> str:
    return _v.ssn(rng)


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["MR%######", "K%#######", "HN%#####", "P%######"]))


def member(rng: random.Random) -> str:
    return fill(rng, rng.choice(["W%########", "ZX%#######", "J%##-###-####"]))


def account(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "%###-####", "%######"]))


def read_aloud(code: str, rng: random.Random) -> str:
    """An identifier read letter by letter: "M as in mike, R as in romeo, 4, 4, 7, ..."."""
    style = rng.choice(["as_in", "nato", "sound"])
    parts = []
    for c in code:
        if c.isalpha():
            parts.append(f"{c} as in {NATO[c]}" if style == "as_in" else NATO[c] if style == "nato"
                         else LETTER_SOUND[c])  # fmt: skip
        elif c.isdigit():
            parts.append(c if style == "as_in" else ("oh" if c == "0" else ONES[int(c)]))
        else:
            parts.append("dash")
    return ", ".join(parts) if style == "as_in" else " ".join(parts)
