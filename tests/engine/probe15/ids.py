"""Identifier generators and validators for probe 15, written from the published algorithms.

Own here: the Canadian SIN and the Ontario health number (Luhn over the digits), the Mexican CURP (built
from the name, birth date, sex and state, with its weighted mod-10 check character) and IMSS NSS (Luhn),
the US DEA registration number (weighted digit sum), the Medicare Beneficiary Identifier (positional
alphabet, no check) and PhilHealth/PhilSys/ABHA numbers (digit groups, no public check). The NHS number,
Aadhaar (Verhoeff), NPI (Luhn over 80840) and SSN generators are earlier probes' algorithms, imported
(each draw here is still probe 15's own).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from tests.engine.probe11.ids import aadhaar, npi, npi_valid, ssn, verhoeff_valid
from tests.engine.probe12.ids import nhs, nhs_valid

__all__ = [
    "aadhaar",
    "abha",
    "curp",
    "curp_valid",
    "dea",
    "dea_valid",
    "digits",
    "luhn_valid",
    "mbi",
    "mbi_valid",
    "nhs",
    "nhs_valid",
    "npi",
    "npi_valid",
    "nss",
    "ohip",
    "philhealth",
    "philsys",
    "sin",
    "ssn",
    "verhoeff_valid",
]

D = "0123456789"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


# ---- Luhn (SIN, Ontario health number, IMSS NSS) -----------------------------------------------------


def _luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def luhn_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) >= 2 and _luhn_check(d[:-1]) == d[-1]


def sin(rng: random.Random) -> str:
    """A Social Insurance Number written 3 3 3 (first digit 1-7: issued to residents, not temporary)."""
    body = rng.choice("1234567") + digits(rng, 7)
    full = body + _luhn_check(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def ohip(rng: random.Random) -> str:
    """An Ontario health number, 4 3 3 digits and a two-letter version code."""
    body = rng.choice("123456789") + digits(rng, 8)
    full = body + _luhn_check(body)
    version = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{full[:4]}-{full[4:7]}-{full[7:]}-{version}"


def nss(rng: random.Random, born: date) -> str:
    """An IMSS social-security number: subdelegation (2), year of affiliation (2), year of birth (2),
    sequence (4), Luhn check."""
    body = digits(rng, 2) + f"{(born.year + 19) % 100:02d}" + f"{born:%y}" + digits(rng, 4)
    return body + _luhn_check(body)


# ---- Mexico: CURP -------------------------------------------------------------------------------------

_CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_VOWELS = "AEIOU"


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.upper())
    return "".join(c for c in s if c.isalpha() and not unicodedata.combining(c))


def _first_inner(s: str, vowel: bool) -> str:
    for c in s[1:]:
        if (c in _VOWELS) == vowel:
            return c
    return "X"


def _curp_check(seventeen: str) -> str:
    total = sum(_CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(seventeen))
    return str((10 - total % 10) % 10)


def curp_valid(s: str) -> bool:
    return len(s) == 18 and all(c in _CURP_ALPHA for c in s) and _curp_check(s[:17]) == s[17]


def curp(
    rng: random.Random, given: str, paternal: str, maternal: str, born: date, female: bool, state: str
) -> str:
    """A CURP built as RENAPO builds it from the person (homoclave: a digit before 2000, else a letter)."""
    p, m, g = _plain(paternal), _plain(maternal), _plain(given)
    head = p[0] + _first_inner(p, True) + m[0] + g[0]
    body = head + f"{born:%y%m%d}" + ("M" if female else "H") + state
    body += _first_inner(p, False) + _first_inner(m, False) + _first_inner(g, False)
    body += rng.choice(D if born.year < 2000 else "ABCDEFGHIJKLMNPQRSTUVWXYZ")
    return body + _curp_check(body)


# ---- United States: DEA number, Medicare Beneficiary Identifier --------------------------------------


def _dea_check(six: str) -> str:
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea_valid(s: str) -> bool:
    return len(s) == 9 and s[:2].isalpha() and s[2:].isdigit() and _dea_check(s[2:8]) == s[8]


def dea(rng: random.Random, family: str) -> str:
    """A practitioner's DEA number: registrant type, first letter of the surname, six digits, check."""
    six = digits(rng, 6)
    return rng.choice("ABF") + _plain(family)[0] + six + _dea_check(six)


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B, Z


def mbi(rng: random.Random) -> str:
    """An MBI, 11 characters C A AN N - A AN N - A A N N, written with the dashes Medicare cards print."""
    an = _MBI_ALPHA + D
    c = [
        rng.choice("123456789"),
        rng.choice(_MBI_ALPHA),
        rng.choice(an),
        rng.choice(D),
        rng.choice(_MBI_ALPHA),
        rng.choice(an),
        rng.choice(D),
        rng.choice(_MBI_ALPHA),
        rng.choice(_MBI_ALPHA),
        rng.choice(D),
        rng.choice(D),
    ]
    return f"{''.join(c[:4])}-{''.join(c[4:7])}-{''.join(c[7:])}"


def mbi_valid(s: str) -> bool:
    c = s.replace("-", "")
    kinds = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    ok = {"C": "123456789", "A": _MBI_ALPHA, "N": D, "AN": _MBI_ALPHA + D}
    return len(c) == 11 and all(ch in ok[k] for ch, k in zip(c, kinds, strict=True))


# ---- Philippines, India: number shapes without a public check ----------------------------------------


def philhealth(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 9)}-{digits(rng, 1)}"


def philsys(rng: random.Random) -> str:
    return "-".join(digits(rng, 4) for _ in range(4))


def abha(rng: random.Random) -> str:
    return f"{rng.choice('123456789')}{digits(rng, 1)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
