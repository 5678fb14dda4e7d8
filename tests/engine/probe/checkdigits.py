"""Check-digit algorithms the probes' identifiers share (the algorithm, not the data: each probe still
draws its own values): Verhoeff, and Luhn, which SINs, IMEIs, NPIs and many health cards use. The Verhoeff
tables are derived from their definition rather than typed in: two probes had hand-typed permutation rows
that were wrong past the fourth digit, so their "valid" Aadhaar and Luxembourg numbers were not."""

from __future__ import annotations

# the dihedral group D5's multiplication table
_D = [[(j + i) % 5 + 5 * ((i // 5 + j // 5) % 2) if i < 5 else (i - j) % 5 + 5 * ((i // 5 + j // 5) % 2)
       for j in range(10)] for i in range(10)]
_P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
_P = [list(range(10))]
for _ in range(7):
    _P.append([_P[-1][_P1[j]] for j in range(10)])
_INV = [next(j for j in range(10) if _D[i][j] == 0) for i in range(10)]


def _verhoeff(s: str, offset: int) -> int:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _D[c][_P[(i + offset) % 8][int(ch)]]
    return c


def verhoeff_valid(s: str) -> bool:
    """Digits (spaces ignored) whose last one is their Verhoeff check digit."""
    d = s.replace(" ", "")
    return d.isdigit() and _verhoeff(d, 0) == 0


def verhoeff_digit(body: str) -> str:
    """The Verhoeff check digit to append to `body`."""
    return str(_INV[_verhoeff(body, 1)])


def digits_of(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_check(body: str) -> str:
    """The Luhn check digit of `body`."""
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def luhn_ok(number: str) -> bool:
    """Digits (anything else ignored) whose last one is their Luhn check digit."""
    d = digits_of(number)
    return len(d) > 1 and luhn_check(d[:-1]) == d[-1]
