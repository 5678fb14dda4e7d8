"""Identifiers and spoken forms for probe 40 (random, synthetic): digits, letters, numbers read aloud the way
callers and dictating clinicians say them ("oh" for zero, digits in groups, years in pairs)."""

from __future__ import annotations

import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
       "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
       "thirtieth", "thirty-first"]  # fmt: skip


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q); anything else as written."""
    pick = {"#": D, "%": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def cardinal(n: int) -> str:
    """0-999 in words ("ninety-two", "four hundred and six")."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    rest = n % 100
    return ONES[n // 100] + " hundred" + (" and " + cardinal(rest) if rest else "")


def year_words(y: int) -> str:
    """1958 -> "nineteen fifty-eight", 1907 -> "nineteen oh seven", 2009 -> "two thousand and nine"."""
    if 2000 <= y < 2010:
        return "two thousand" + (" and " + ONES[y % 10] if y % 10 else "")
    hi, lo = divmod(y, 100)
    return cardinal(hi) + " " + ("hundred" if lo == 0 else "oh " + ONES[lo] if lo < 10 else cardinal(lo))


def digits_spoken(digits: str, groups: tuple[int, ...], oh: bool = True) -> str:
    """Digits read one by one in groups: "4148723391", (3, 3, 4) -> "four one four, eight seven two, ..."."""
    words = [("oh" if oh else "zero") if c == "0" else ONES[int(c)] for c in digits]
    out, i = [], 0
    for g in groups:
        out.append(" ".join(words[i : i + g]))
        i += g
    if i < len(words):
        out.append(" ".join(words[i:]))
    return ", ".join(x for x in out if x)


def spelled(word: str, sep: str = "-") -> str:
    """ "Okafor" -> "O-K-A-F-O-R" (letters only; an apostrophe or space is dropped)."""
    return sep.join(c.upper() for c in word if c.isalpha())


def luhn_ok_nhs(rng: random.Random) -> str:
    """An NHS number with a valid modulus-11 check digit, written 3-3-4."""
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        body[0] = rng.randint(4, 7)
        chk = 11 - sum((10 - i) * d for i, d in enumerate(body)) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            s = "".join(map(str, body)) + str(chk)
            return f"{s[:3]} {s[3:6]} {s[6:]}"
