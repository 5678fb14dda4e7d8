# ruff: noqa: E501  (hand-aligned tables)
"""How speech-to-text writes numbers, dates, names, e-mail addresses and street lines said aloud (probe 82)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def words(n: int) -> str:
    """0-999 in words ("forty-two", "one hundred and six" written the British way when `n` > 99)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n % 100
    return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    if n < 20:
        w = ONES[n]
        return (w[:-1] + "ieth") if w.endswith("y") else w + "th"
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + "-" + ordinal(n % 10)


def year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return words(hi) + " " + ("hundred" if lo == 0 else "oh " + ONES[lo] if lo < 10 else words(lo))


def spoken_date(d: date, loc: str, rng: random.Random, *, short_year: bool = True) -> str:
    """A date said aloud and written by the ASR: "the fourth of July sixty-two" (the value is without "the")."""
    mon = MONTHS[d.month - 1]
    yy = words(d.year % 100) if d.year % 100 >= 10 else "oh " + ONES[d.year % 100]
    year = yy if short_year and rng.random() < 0.5 else year_words(d.year)
    if loc in ("US", "CA", "PH"):
        return rng.choice(
            [
                f"{mon} {ordinal(d.day)}, {year}",
                f"{mon} {d.day}, {d.year}",
                f"{words(d.month)}, {words(d.day)}, {yy}",
            ]
        )
    return rng.choice(
        [
            f"{ordinal(d.day)} of {mon} {year}",
            f"{ordinal(d.day)} of the {ordinal(d.month)}, {yy}",
            f"{d.day} {mon} {d.year}",
        ]
    )


def _digit(c: str, loc: str) -> str:
    if c == "0":
        return "zero" if loc in ("US", "CA", "PH") else "oh"
    return ONES[int(c)]


def _run(group: str, loc: str, doubles: bool) -> str:
    out: list[str] = []
    i = 0
    while i < len(group):
        c = group[i]
        if doubles and i + 1 < len(group) and group[i + 1] == c:
            out.append("double " + _digit(c, loc))
            i += 2
        else:
            out.append(_digit(c, loc))
            i += 1
    return " ".join(out)


def spoken_phone(phone: str, loc: str, rng: random.Random) -> str:
    """A phone number read out: digit by digit in its groups ("five five five, two one three ..."), with
    "double" in the Commonwealth, or the last digits in pairs ("... forty-five, sixty-seven")."""
    groups = [g for g in "".join(c if c.isdigit() else " " for c in phone.replace("+", "plus ")).split()]
    if phone.startswith("+"):
        groups = ["plus", *groups]
    doubles = loc not in ("US", "CA", "PH")
    style = rng.choice(["digits", "pairs"])
    out: list[str] = []
    for i, g in enumerate(groups):
        if g == "plus":
            out.append("plus")
        elif style == "pairs" and i == len(groups) - 1 and len(g) % 2 == 0 and "0" not in g[::2]:
            out.append(", ".join(words(int(g[k : k + 2])) for k in range(0, len(g), 2)))
        else:
            out.append(_run(g, loc, doubles))
    return ", ".join(out).replace("plus, ", "plus ")


def plain(s: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower() if c.isalnum())


def spelled(name: str, rng: random.Random) -> str:
    """A name spelled out letter by letter as the ASR writes it: "K-O-W-A-L-S-K-I" or "K O W A L S K I"."""
    letters = plain(name).upper()
    return rng.choice(["-", " ", "-"]).join(letters)


def spoken_email(email: str) -> str:
    user, host = email.split("@")
    user = user.replace(".", " dot ").replace("_", " underscore ")
    return f"{user} at {host.replace('.', ' dot ')}"


RULES = [("tsh", "ch"), ("kh", "k"), ("hl", "shl"), ("ph", "f"), ("q", "k"), ("x", "k"), ("ii", "ee"), ("ou", "oo"), ("aa", "ah"),
         ("dzh", "j"), ("th", "t"), ("tj", "ch"), ("ng", "n"), ("y", "i"), ("c", "k"), ("uu", "oo"), ("ff", "f"), ("w", "v")]  # fmt: skip


def misheard(name: str) -> str:
    """What the ASR wrote for a name it did not know: spelled by ear, split where it heard a word break."""
    s = plain(name)
    for a, b in RULES:
        if a in s:
            s = s.replace(a, b, 1)
            break
    else:
        s = s[:-1] + ("er" if s[-1] in "aeiou" else "a")
    if len(s) >= 7:  # a break after a vowel near the middle ("kunnum purath")
        cuts = [i for i in range(3, len(s) - 2) if s[i - 1] in "aeiou" and s[i] not in "aeiou"]
        if cuts:
            cut = min(cuts, key=lambda i: abs(i - len(s) // 2))
            s = s[:cut] + " " + s[cut:]
    return " ".join(w.capitalize() for w in s.split())


def spoken_line(number: str, street: str) -> str:
    """A street line said aloud: the house number in words when it is one."""
    return (
        f"{words(int(number))} {street}" if number.isdigit() and int(number) < 1000 else f"{number} {street}"
    )
