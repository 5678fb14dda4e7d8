"""Identifier generators and validators for probe 9, written from the published algorithms.

Check digits: Dutch BSN (eleven test), French NIR (key 97 - n mod 97), Scottish CHI number (weighted
mod 11, ninth digit odd for men), Polish PESEL (weights 1-3-7-9), Russian SNILS (weighted mod 101),
Indian Aadhaar (Verhoeff, shared tests/engine/probe/checkdigits.py), US NPI (Luhn over 80840 + nine
digits), VIN (position 9). Format only: German KVNR, Senegalese CNI, Lesotho and Timor-Leste
identifiers, US SSN and MBI. Every generator with a check digit redraws until its validator accepts.
"""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe.checkdigits import verhoeff_digit, verhoeff_valid

__all__ = ["verhoeff_valid"]

D = "0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _weighted(d: str, weights: list[int]) -> int:
    return sum(int(c) * w for c, w in zip(d, weights, strict=True))


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


# ---- Netherlands: BSN ------------------------------------------------------------------------------------


def bsn_valid(s: str) -> bool:
    return (
        len(s) == 9 and s.isdigit() and s[0] != "0" and _weighted(s, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0
    )


def bsn(rng: random.Random) -> str:
    while True:
        out = rng.choice("123456") + digits(rng, 8)
        if bsn_valid(out):
            return out


# ---- France: NIR (numéro de sécurité sociale) -------------------------------------------------------------


def nir_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])


def nir(rng: random.Random, born: date, female: bool, dept: str) -> str:
    """S YY MM DD CCC OOO KK: sex, birth year and month, department, commune, order, key."""
    body = f"{2 if female else 1}{born:%y%m}{dept}{rng.randrange(1, 999):03d}{rng.randrange(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


# ---- Scotland: CHI number --------------------------------------------------------------------------------


def chi_valid(s: str) -> bool:
    if len(s) != 10 or not s.isdigit():
        return False
    k = 11 - _weighted(s[:9], [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return (0 if k == 11 else k) == int(s[9])


def chi(rng: random.Random, born: date, female: bool) -> str:
    """DDMMYY + two digits + sex digit (odd for men) + check digit; a body whose check is 10 is redrawn."""
    while True:
        sex = rng.choice("02468" if female else "13579")
        body = f"{born:%d%m%y}{digits(rng, 2)}{sex}"
        k = 11 - _weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
        if k == 10:
            continue
        out = body + str(0 if k == 11 else k)
        if chi_valid(out):
            return out


# ---- Poland: PESEL ---------------------------------------------------------------------------------------

PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and (10 - _weighted(s[:10], PESEL_W) % 10) % 10 == int(s[10])


def pesel(rng: random.Random, born: date, female: bool) -> str:
    """YYMMDD (month + 20 after 1999) + serial whose last digit is even for women + check digit."""
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = rng.choice("02468" if female else "13579")
    body = f"{born:%y}{month:02d}{born:%d}{digits(rng, 3)}{sex}"
    return body + str((10 - _weighted(body, PESEL_W) % 10) % 10)


# ---- Russia: SNILS ---------------------------------------------------------------------------------------


def _snils_key(body: str) -> int:
    total = _weighted(body, [9, 8, 7, 6, 5, 4, 3, 2, 1])
    if total < 100:
        return total
    if total in (100, 101):
        return 0
    r = total % 101
    return 0 if r == 100 else r


def snils_valid(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    return len(d) == 11 and d.isdigit() and _snils_key(d[:9]) == int(d[9:])


def snils(rng: random.Random) -> str:
    body = rng.choice("123") + digits(rng, 8)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {_snils_key(body):02d}"


# ---- India: Aadhaar --------------------------------------------------------------------------------------


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + digits(rng, 10)
    full = body + verhoeff_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


# ---- format-only identifiers -----------------------------------------------------------------------------


def kvnr(rng: random.Random) -> str:
    """German health insurance number (Krankenversichertennummer): a letter and nine digits."""
    return rng.choice(UPPER) + digits(rng, 9)


def sn_cni(rng: random.Random, female: bool) -> str:
    """Senegalese CEDEAO identity card number: 13 digits, the first 1 for men, 2 for women."""
    return f"{2 if female else 1} {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 5)}"


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def mbi(rng: random.Random) -> str:
    an = MBI_A + D
    c = rng.choice
    return f"{c('123456789')}{c(MBI_A)}{c(an)}{c(D)}{c(MBI_A)}{c(an)}{c(D)}{c(MBI_A)}{c(MBI_A)}{c(D)}{c(D)}"


# ---- United States ---------------------------------------------------------------------------------------


def npi_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_valid("80840" + s)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn_digit("80840" + body)


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
        rng.choice(["3VW", "JN8", "1GC", "WDD", "YV1"]) + "".join(rng.choice(VIN_CHARS) for _ in range(14))
    )
    r = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W, strict=True)) % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)
