"""Identifier generators and validators for probe 17, written from the published rules.

Few identifiers: the probe is about names, places, dates and ages in prose. Own here: the US Medicare
Beneficiary Identifier (11 characters, position classes from CMS's MBI format specification, no S L O I
B Z) and a Luhn-checked insurer member number; `digits` for the shapes without a check.
"""

from __future__ import annotations

import random

__all__ = ["digits", "luhn_number", "luhn_valid", "mbi", "mbi_valid"]

D = "0123456789"
_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # letters an MBI may use
_MBI_POSITIONS = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def luhn_number(rng: random.Random, n: int) -> str:
    """`n` digits, the last a Luhn check digit, the first never 0."""
    body = rng.choice("123456789") + digits(rng, n - 2)
    return body + _luhn_check(body)


def luhn_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) >= 2 and _luhn_check(d[:-1]) == d[-1]


def _mbi_char(rng: random.Random, cls: str) -> str:
    pool = {"C": "123456789", "N": D, "A": _MBI_ALPHA, "AN": _MBI_ALPHA + D}[cls]
    return rng.choice(pool)


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier written as CMS prints it on the card (4-3-4 with dashes)."""
    raw = "".join(_mbi_char(rng, cls) for cls in _MBI_POSITIONS)
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def mbi_valid(s: str) -> bool:
    raw = s.replace("-", "")
    if len(raw) != 11:
        return False
    pools = {"C": "123456789", "N": D, "A": _MBI_ALPHA, "AN": _MBI_ALPHA + D}
    return all(c in pools[cls] for c, cls in zip(raw, _MBI_POSITIONS, strict=True))
