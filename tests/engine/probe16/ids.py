"""Identifier generators and validators for probe 16, written from the published algorithms.

Own here: the Australian Medicare card number (weighted mod-10 check over the first eight digits, an
issue digit, then the IRN) and Individual Healthcare Identifier (16 digits from 800360, Luhn), the
Ontario health number with its version code (Luhn over ten digits), the South African identity number
(birth date, sex sequence, citizenship, Luhn), the New Zealand NHI in its original AAANNNC form (mod 11
over the letters' ordinal in the I/O-free alphabet), the Irish PPSN (weighted mod 23 check letter) and
shapes without a public check (Kenyan ID and SHA numbers, Nigerian NIN and NHIA enrolee numbers, an Irish
GMS medical-card number, Eircodes). The NHS number's mod-11 generator is probe 12's algorithm, imported
(each draw here is still probe 16's own).
"""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe12.ids import nhs, nhs_valid

__all__ = [
    "digits",
    "eircode",
    "ihi",
    "ke_id",
    "luhn_valid",
    "medicare_au",
    "medicare_au_valid",
    "ng_nin",
    "nhi",
    "nhi_valid",
    "nhia",
    "nhs",
    "nhs_valid",
    "ohip_vc",
    "ppsn",
    "ppsn_valid",
    "sha",
    "za_id",
]

D = "0123456789"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def luhn_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) >= 2 and _luhn_check(d[:-1]) == d[-1]


# ---- Australia -----------------------------------------------------------------------------------------

_MEDICARE_W = (1, 3, 7, 9, 1, 3, 7, 9)


def medicare_au(rng: random.Random) -> str:
    """A Medicare card number written 4 5 1 (8 digits from 2-6, check, issue number)."""
    eight = rng.choice("23456") + digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(eight, _MEDICARE_W, strict=True)) % 10
    full = f"{eight}{check}{rng.choice('123456789')}"
    return f"{full[:4]} {full[4:9]} {full[9]}"


def medicare_au_valid(s: str) -> bool:
    d = s.replace(" ", "")
    ok = len(d) == 10 and d.isdigit() and d[0] in "23456"
    return ok and sum(int(c) * w for c, w in zip(d[:8], _MEDICARE_W, strict=True)) % 10 == int(d[8])


def ihi(rng: random.Random) -> str:
    """An Individual Healthcare Identifier, 16 digits 800360..., Luhn, written in groups of four."""
    body = "800360" + digits(rng, 9)
    full = body + _luhn_check(body)
    return " ".join(full[i : i + 4] for i in range(0, 16, 4))


# ---- Canada: Ontario health card ----------------------------------------------------------------------


def ohip_vc(rng: random.Random) -> str:
    """An Ontario health number, 4 3 3 digits (Luhn), then its two-letter version code after a space."""
    body = rng.choice("123456789") + digits(rng, 8)
    full = body + _luhn_check(body)
    version = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{full[:4]} {full[4:7]} {full[7:]} {version}"


# ---- South Africa ---------------------------------------------------------------------------------------


def za_id(rng: random.Random, born: date, female: bool) -> str:
    """A 13-digit identity number: YYMMDD, sequence (0000-4999 female, 5000-9999 male), citizen 0, 8, Luhn."""
    seq = rng.randrange(0, 5000) + (0 if female else 5000)
    body = f"{born:%y%m%d}{seq:04d}08"
    return body + _luhn_check(body)


# ---- New Zealand: NHI (original AAANNNC format) -----------------------------------------------------------

_NHI_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O; A = 1


def _nhi_check(six: str) -> int | None:
    vals = [_NHI_ALPHA.index(c) + 1 for c in six[:3]] + [int(c) for c in six[3:]]
    rem = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
    if rem == 0:
        return None
    return (11 - rem) % 10


def nhi(rng: random.Random) -> str:
    while True:
        six = "".join(rng.choice(_NHI_ALPHA) for _ in range(3)) + digits(rng, 3)
        c = _nhi_check(six)
        if c is not None:
            return six + str(c)


def nhi_valid(s: str) -> bool:
    if len(s) != 7 or not all(c in _NHI_ALPHA for c in s[:3]) or not s[3:].isdigit():
        return False
    return _nhi_check(s[:6]) == int(s[6])


# ---- Ireland ----------------------------------------------------------------------------------------------


def _ppsn_letter(seven: str, second: str) -> str:
    total = sum(int(c) * (8 - i) for i, c in enumerate(seven))
    if second:
        total += 9 * (ord(second) - 64)
    r = total % 23
    return "W" if r == 0 else chr(64 + r)


def ppsn(rng: random.Random) -> str:
    """A Personal Public Service Number: seven digits, the check letter, sometimes a second letter A."""
    seven = digits(rng, 7)
    second = rng.choice(["", "A"])
    return seven + _ppsn_letter(seven, second) + second


def ppsn_valid(s: str) -> bool:
    seven, rest = s[:7], s[7:]
    if not seven.isdigit() or len(rest) not in (1, 2):
        return False
    second = rest[1] if len(rest) == 2 else ""
    return _ppsn_letter(seven, second) == rest[0]


_EIR = "0123456789ACDEFHKNPRTVWXY"


def eircode(rng: random.Random, routing: str) -> str:
    """An Eircode: routing key, space, a four-character unique identifier (first one a letter)."""
    return f"{routing} {rng.choice(_EIR[10:])}{''.join(rng.choice(_EIR) for _ in range(3))}"


# ---- Kenya, Nigeria: shapes without a public check ---------------------------------------------------------


def ke_id(rng: random.Random) -> str:
    return rng.choice("23") + digits(rng, 7)


def sha(rng: random.Random) -> str:
    """A Social Health Authority member number as SHA cards print it."""
    return f"CR{digits(rng, 13)}-{rng.choice('123456789')}"


def ng_nin(rng: random.Random) -> str:
    return rng.choice("123456789") + digits(rng, 10)


def nhia(rng: random.Random, state: str) -> str:
    """An NHIA enrolee number: state code / HMO code / serial / dependant letter."""
    return f"{state}/{digits(rng, 4)}/{digits(rng, 5)}/{rng.choice('ABCD')}"
