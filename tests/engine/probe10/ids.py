"""Identifier generators and validators for probe 10, written from the published algorithms.

Check digits: South African ID number (Luhn over 13 digits, birth date and sex encoded), Canadian
Social Insurance Number (Luhn), Chinese resident identity number (ISO 7064 MOD 11-2, birth date and sex
encoded), French NIR (key 97 - n mod 97), Indian Aadhaar (Verhoeff, shared
tests/engine/probe/checkdigits.py), US NPI (Luhn over 80840 + nine digits), VIN (position 9). Format
only: Guinean, Malian, Moroccan, Iraqi, Bolivian identifiers, Indian ABHA number, First Nations status
number, US SSN and MBI. Every generator with a check digit redraws or computes until its validator
accepts.
"""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe.checkdigits import verhoeff_digit, verhoeff_valid

__all__ = ["verhoeff_valid"]

D = "0123456789"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def luhn_valid(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        total += x
    return bool(d) and total % 10 == 0


def luhn_digit(body: str) -> str:
    return next(c for c in D if luhn_valid(body + c))


# ---- South Africa: identity number -------------------------------------------------------------------


def za_id_valid(s: str) -> bool:
    return len(s) == 13 and s.isdigit() and luhn_valid(s)


def za_id(rng: random.Random, born: date, female: bool) -> str:
    """YYMMDD, a sequence 0000-4999 for women and 5000-9999 for men, citizenship 0, 8, Luhn digit."""
    seq = rng.randrange(0, 5000) + (0 if female else 5000)
    body = f"{born:%y%m%d}{seq:04d}08"
    return body + luhn_digit(body)


# ---- Canada: Social Insurance Number ------------------------------------------------------------------


def sin_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 9 and d.isdigit() and d[0] not in "08" and luhn_valid(d)


def sin(rng: random.Random) -> str:
    body = "6" + digits(rng, 7)  # 6: issued in the Prairies
    full = body + luhn_digit(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


# ---- China: resident identity card number ------------------------------------------------------------

_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cn_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, _CN_W, strict=True)) % 11]


def cn_id_valid(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _cn_check(s[:17]) == s[17]


def cn_id(rng: random.Random, area: str, born: date, female: bool) -> str:
    """Six-digit area code, YYYYMMDD, a sequence whose last digit is even for women, check character."""
    seq = rng.randrange(0, 100) * 10 + rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + _cn_check(body)


# ---- France: NIR ---------------------------------------------------------------------------------------


def nir_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])


def nir(rng: random.Random, born: date, female: bool, dept: str) -> str:
    """S YY MM DD CCC OOO KK: sex, birth year and month, department, commune, order, key."""
    body = f"{2 if female else 1}{born:%y%m}{dept}{rng.randrange(1, 999):03d}{rng.randrange(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


# ---- India: Aadhaar (Verhoeff) and ABHA ----------------------------------------------------------------


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + digits(rng, 10)
    full = body + verhoeff_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def abha(rng: random.Random) -> str:
    """Ayushman Bharat Health Account number: 14 digits written 91-XXXX-XXXX-XXXX (format only)."""
    return f"91-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"


# ---- United States --------------------------------------------------------------------------------------


def npi_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_valid("80840" + s)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn_digit("80840" + body)


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def mbi(rng: random.Random) -> str:
    an = MBI_A + D
    c = rng.choice
    return f"{c('123456789')}{c(MBI_A)}{c(an)}{c(D)}-{c(MBI_A)}{c(an)}{c(D)}-{c(MBI_A)}{c(MBI_A)}{c(D)}{c(D)}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ" + D
_VIN_VAL = {c: i for i, c in enumerate(D)} | dict(zip("ABCDEFGH", range(1, 9), strict=True))
_VIN_VAL |= dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9}
_VIN_VAL |= dict(zip("STUVWXYZ", range(2, 10), strict=True))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_valid(s: str) -> bool:
    if len(s) != 17 or any(c not in VIN_CHARS for c in s):
        return False
    r = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def vin(rng: random.Random) -> str:
    s = list(
        rng.choice(["2T1", "5NP", "1FT", "KMH", "3GN"]) + "".join(rng.choice(VIN_CHARS) for _ in range(14))
    )
    r = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W, strict=True)) % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)
