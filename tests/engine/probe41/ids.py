"""Identifiers for probe 41 (random, synthetic): digit and letter patterns, and an NHS number with a valid
modulus-11 check digit."""

from __future__ import annotations

import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q); anything else as written."""
    pick = {"#": D, "%": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def nhs_number(rng: random.Random) -> str:
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
