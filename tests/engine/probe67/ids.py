"""Identifiers for probe 67 (random, synthetic), in the shapes US health systems' warehouses hold them:
SSNs, NPIs (Luhn check digit over the 80840 prefix), Medicare MBIs (the CMS character rules), Medicaid and
commercial member numbers, and the passwords analysts paste into notebooks."""

from __future__ import annotations

import random
import string

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


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier: C A AN N A AN N A A N N (CMS format; no S L O I B Z letters)."""
    an = _MBI_ALPHA + D
    pools = ["123456789", _MBI_ALPHA, an, D, _MBI_ALPHA, an, D, _MBI_ALPHA, _MBI_ALPHA, D, D]
    return "".join(rng.choice(pool) for pool in pools)


def mbi_ok(s: str) -> bool:
    s = s.replace("-", "")
    if len(s) != 11 or s[0] == "0":
        return False
    kinds = "NAXNAXNAANN"  # N digit, A letter, X letter or digit
    for ch, k in zip(s, kinds, strict=True):
        if k == "N" and not ch.isdigit():
            return False
        if (k == "A" and ch not in _MBI_ALPHA) or (k == "X" and ch not in _MBI_ALPHA + D):
            return False
    return True


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{fill(rng, '%#')}-{fill(rng, '%###')}"


def member(rng: random.Random, shape: str) -> str:
    """A member ID in the shape the payer prints it."""
    shapes = {
        "medicaid": ["%########@", "%#########"],  # NC / SC / TN / GA / KY Medicaid recipient numbers
        "bcbs": ["@@@%########", "@@@W%#######"],
        "humana": ["H%#######"],
        "cigna": ["U%#######", "%#########"],
        "mco": ["%########", "M%#######"],
        "aetna": ["W%########"],
        "mbi": [""],
    }
    if shape == "mbi":
        return mbi(rng)
    return fill(rng, rng.choice(shapes[shape]))


def password(rng: random.Random) -> str:
    word = rng.choice(["Tarheel", "Gamecock", "Vols", "Dawgs", "Wildcat", "Summer", "Pimento", "Biscuit"])
    tail = rng.choice(string.ascii_lowercase) * 2
    return word + rng.choice(["!", "#", "$", "@"]) + fill(rng, "%###") + tail


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))
