# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 96 (random, synthetic) in their real US shapes and, where the scheme has one, with a
valid check digit: SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial), NPI (Luhn over the 80840
prefix), Medicare Beneficiary Identifier (its character classes), a commercial member id, hospital MRNs and
Epic-style contact serial numbers (CSN, no scheme), employee ids, IPv4 addresses (private ranges for the
hospital's own workstations, public ranges for remote sessions). No number is a real one's except by chance:
they are drawn at random."""

from __future__ import annotations

import random

from tests.engine.probe.checkdigits import digits_of, luhn_check, luhn_ok

DIG = "0123456789"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q); anything else is copied."""
    pools = {"#": DIG, "%": "123456789", "^": "23456789", "@": LET}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def npi(rng: random.Random) -> str:
    """A National Provider Identifier: 1 or 2, eight digits, a Luhn check digit computed with the 80840 prefix."""
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_check("80840" + body)


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok("80840" + s)


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """Positions: C A AN N A AN N A A N N (C 1-9, A a letter without S L O I B Z)."""
    an = _MBI_ALPHA + DIG
    s = "".join([rng.choice("123456789"), rng.choice(_MBI_ALPHA), rng.choice(an), rng.choice(DIG), rng.choice(_MBI_ALPHA), rng.choice(an),
                 rng.choice(DIG), rng.choice(_MBI_ALPHA), rng.choice(_MBI_ALPHA), rng.choice(DIG), rng.choice(DIG)])  # fmt: skip
    return s


def mbi_ok(m: str) -> bool:
    s = m.upper().replace("-", "")
    if len(s) != 11 or s[0] not in "123456789":
        return False
    for kind, c in zip("CAXNAXNAANN", s, strict=True):
        if (kind in "CN" and not c.isdigit()) or (kind == "A" and c not in _MBI_ALPHA):
            return False
        if kind == "X" and not (c.isdigit() or c in _MBI_ALPHA):
            return False
    return True


def member_id(rng: random.Random) -> str:
    """A commercial plan's member id: three letters and nine digits, or a W-number."""
    return fill(rng, rng.choice(["@@@%########", "W%#######", "%#########-01"]))


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "E%######", "%#######"]))


def csn(rng: random.Random) -> str:
    """An encounter's contact serial number (Epic CSN) or FIN."""
    return fill(rng, rng.choice(["%##########", "%#########"]))


def employee_id(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#####", "E%#####", "%######"]))


def private_ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"10.{rng.randint(16, 200)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}",
        ]
    )


def public_ip(rng: random.Random) -> str:
    return f"{rng.choice([24, 47, 68, 73, 97, 108, 136, 174, 184, 198])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}"


def ip_ok(s: str) -> bool:
    parts = s.split(".")
    return len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 and str(int(p)) == p for p in parts)
