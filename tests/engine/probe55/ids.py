"""Identifiers for probe 55 (random, synthetic), in the shapes US health-IT systems write them: SSNs, NPIs
(Luhn check digit over the 80840 prefix), Medicare MBIs (the CMS character rules), VA ICNs, Epic, Cerner and
VistA record keys, payer member and group numbers, X12 trace and claim numbers, and staff logins."""

from __future__ import annotations

import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    """A 10-digit NPI: 1 or 2, eight digits, and the Luhn digit computed with the 80840 prefix."""
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and luhn_digit("80840" + n[:9]) == n[9]


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B, Z


def mbi(rng: random.Random, dashed: bool = False) -> str:
    """A Medicare Beneficiary Identifier: C A AN N A AN N A A N N (CMS format; no S L O I B Z letters)."""
    an = _MBI_ALPHA + D
    pools = ["123456789", _MBI_ALPHA, an, D, _MBI_ALPHA, an, D, _MBI_ALPHA, _MBI_ALPHA, D, D]
    c = [rng.choice(pool) for pool in pools]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def mbi_ok(s: str) -> bool:
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    kinds = "NAXNAXNAANN"  # N digit, A letter, X letter or digit
    for ch, k in zip(s, kinds, strict=True):
        if k == "N" and not ch.isdigit():
            return False
        if k == "A" and ch not in _MBI_ALPHA:
            return False
        if k == "X" and ch not in _MBI_ALPHA + D:
            return False
    return s[0] != "0"


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{fill(rng, '%#')}-{fill(rng, '%###')}"


def icn(rng: random.Random) -> str:
    """A VA Integration Control Number: ten digits, V, a six-digit checksum."""
    return fill(rng, "10%#######V%#####")


def member(rng: random.Random, payer: str) -> str:
    """A member ID in the shape the payer prints it."""
    shapes = {
        "aetna": ["W%########"],
        "uhc": ["%########", "9%#######"],
        "cigna": ["U%#######", "%#########"],
        "humana": ["H%#######"],
        "bcbs": ["@@@%########", "@@@W%#######"],
        "medicaid": ["%#########", "%##########"],
        "mco": ["%########", "M%#######"],
        "tricare": ["%##########"],
    }
    return fill(rng, rng.choice(shapes[payer]))


def group(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#####", "%######-###", "GRP%#####", "%####M%##", "0%#####"]))
