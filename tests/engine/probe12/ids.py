"""Identifier generators and validators for probe 12, written from the published algorithms.

Own here: the NHS number (weights 10..2, mod 11; a remainder giving 10 is never issued), the German
Krankenversichertennummer (letter as 01-26, then alternating weights 1-2 with cross sums, mod 10), the
French NIR (key = 97 - number mod 97) and the Chilean RUT (weights 2..7 from the right, mod 11, K for 10).
The Brazilian CPF and CNS, the Aadhaar (Verhoeff), the US NPI (Luhn over 80840) and SSN generators are the
earlier probes' algorithms, imported (each draw here is still probe 12's own).
"""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe11.ids import (
    aadhaar,
    cns,
    cns_valid,
    cpf,
    cpf_valid,
    npi,
    npi_valid,
    ssn,
    verhoeff_valid,
)

__all__ = [
    "aadhaar",
    "cns",
    "cns_valid",
    "cpf",
    "cpf_valid",
    "kvnr",
    "kvnr_valid",
    "nhs",
    "nhs_valid",
    "nir",
    "nir_valid",
    "npi",
    "npi_valid",
    "rut",
    "rut_valid",
    "ssn",
    "verhoeff_valid",
]

D = "0123456789"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


# ---- United Kingdom: NHS number ------------------------------------------------------------------------


def _nhs_check(nine: str) -> int:
    r = 11 - sum(int(c) * w for c, w in zip(nine, range(10, 1, -1), strict=True)) % 11
    return 0 if r == 11 else r  # 10: not issued


def nhs_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 10 and d.isdigit() and _nhs_check(d[:9]) == int(d[9])


def nhs(rng: random.Random) -> str:
    """A valid NHS number written 3 3 4 (redrawn when the check would be 10)."""
    while True:
        nine = rng.choice("456") + digits(rng, 8)
        c = _nhs_check(nine)
        if c != 10:
            full = nine + str(c)
            return f"{full[:3]} {full[3:6]} {full[6:]}"


# ---- Germany: Krankenversichertennummer (unveränderbarer Teil) -----------------------------------------


def _kvnr_check(letter: str, eight: str) -> str:
    body = f"{ord(letter) - 64:02d}{eight}"
    total = 0
    for i, c in enumerate(body):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr_valid(s: str) -> bool:
    return len(s) == 10 and s[0].isupper() and s[1:].isdigit() and s[9] == _kvnr_check(s[0], s[1:9])


def kvnr(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPRSTUVWZ")
    eight = digits(rng, 8)
    return letter + eight + _kvnr_check(letter, eight)


# ---- France: NIR (numéro de sécurité sociale) ---------------------------------------------------------


def nir_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])


def nir(rng: random.Random, born: date, female: bool, dept: str) -> str:
    """Sex, YY, MM, département, commune (3), order (3), key; written with the usual spaces."""
    body = f"{2 if female else 1}{born:%y}{born:%m}{dept}{digits(rng, 3)}{digits(rng, 3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


# ---- Chile: RUT / RUN ----------------------------------------------------------------------------------


def _rut_dv(body: str) -> str:
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    r = 11 - total % 11
    return {11: "0", 10: "K"}.get(r, str(r))


def rut_valid(s: str) -> bool:
    body, _, dv = s.replace(".", "").partition("-")
    return body.isdigit() and len(dv) == 1 and _rut_dv(body) == dv.upper()


def rut(rng: random.Random) -> str:
    n = rng.randrange(4_000_000, 24_000_000)
    return f"{n:,}".replace(",", ".") + "-" + _rut_dv(str(n))
