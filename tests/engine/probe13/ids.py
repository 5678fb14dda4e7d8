"""Identifier generators and validators for probe 13 (US identifiers), written from the published rules.

The US NPI (Luhn over the prefix 80840 and nine digits), the DEA registration number (two letters; digits
1+3+5 plus twice 2+4+6, last digit of the sum is the check), the Medicare Beneficiary Identifier (11
characters in the CMS position rules, no S, L, O, I, B, Z) and the SSN (no area 000, 666 or 9xx, no
group 00, no serial 0000). Each generator computes its check, so its validator accepts by construction.
"""

from __future__ import annotations

import random
import re

D = "0123456789"
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # CMS: letters except S, L, O, I, B, Z
_MBI = re.compile(
    rf"[1-9][{MBI_ALPHA}][{MBI_ALPHA}\d]\d-?[{MBI_ALPHA}][{MBI_ALPHA}\d]\d-?[{MBI_ALPHA}]{{2}}\d\d"
)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def luhn_ok(s: str) -> bool:
    """The Luhn check over every digit of `s` (other characters ignored)."""
    total = 0
    for i, c in enumerate(reversed([c for c in s if c.isdigit()])):
        x = int(c) * (2 if i % 2 else 1)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def npi_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_ok("80840" + s)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 8)
    return body + next(c for c in D if luhn_ok("80840" + body + c))


def dea_valid(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea(rng: random.Random, surname: str) -> str:
    """A registrant type letter (A, B, F, M), the registrant's surname initial, six digits, the check."""
    six = [int(c) for c in digits(rng, 6)]
    check = (six[0] + six[2] + six[4] + 2 * (six[1] + six[3] + six[5])) % 10
    return rng.choice("ABFM") + surname[0].upper() + "".join(map(str, six)) + str(check)


def mbi_valid(s: str) -> bool:
    return bool(_MBI.fullmatch(s)) and len(s.replace("-", "")) == 11


def mbi(rng: random.Random, dashed: bool = False) -> str:
    c = rng.choice
    an = MBI_ALPHA + D
    parts = [
        c("123456789") + c(MBI_ALPHA) + c(an) + c(D),
        c(MBI_ALPHA) + c(an) + c(D),
        c(MBI_ALPHA) + c(MBI_ALPHA) + c(D) + c(D),
    ]
    return ("-" if dashed else "").join(parts)


def ssn_valid(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    return bool(m) and m[1] not in ("000", "666") and m[1][0] != "9" and m[2] != "00" and m[3] != "0000"


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
