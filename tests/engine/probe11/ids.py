"""Identifier generators and validators for probe 11, written from the published algorithms.

Check digits: Brazilian CPF (two mod-11 digits), Mexican CURP (position-weighted sum mod 10), Polish
PESEL (weights 1-3-7-9), Turkish T.C. kimlik no (two digits from odd/even sums), Italian codice fiscale
(odd/even tables mod 26), Swiss AHV/AVS number (EAN-13), Iranian national code (mod 11), Japanese My
Number (mod 11 over weights 2-7), Mexican IMSS NSS (Luhn); Indian Aadhaar (Verhoeff), the Chinese
resident identity number, US NPI and VIN come from the earlier probes' modules. Format only: Pakistani
CNIC, Egyptian national ID, Vietnamese CCCD, Indonesian NIK, Nigerian NIN, PhilHealth PIN, Quebec RAMQ.
Every generator with a check digit computes it, so its validator accepts by construction (tested).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from tests.engine.probe.checkdigits import verhoeff_digit, verhoeff_valid
from tests.engine.probe10.ids import (
    cn_id,
    cn_id_valid,
    luhn_digit,
    luhn_valid,
    npi,
    npi_valid,
    ssn,
    vin,
    vin_valid,
)

__all__ = [
    "cn_id",
    "cn_id_valid",
    "luhn_valid",
    "npi",
    "npi_valid",
    "ssn",
    "verhoeff_valid",
    "vin",
    "vin_valid",
]

D = "0123456789"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _plain(s: str) -> str:
    """Upper-case ASCII letters only (accents dropped), as identifiers derived from names are written."""
    return "".join(c for c in unicodedata.normalize("NFKD", s).upper() if "A" <= c <= "Z")


# ---- Brazil: CPF ---------------------------------------------------------------------------------------


def _cpf_digit(body: str) -> str:
    r = sum(int(c) * w for c, w in zip(body, range(len(body) + 1, 1, -1), strict=True)) % 11
    return "0" if r < 2 else str(11 - r)


def cpf_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and len(set(d)) > 1 and d[9] == _cpf_digit(d[:9]) and d[10] == _cpf_digit(d[:10])


def cpf(rng: random.Random) -> str:
    body = digits(rng, 9)
    body += _cpf_digit(body)
    body += _cpf_digit(body)
    return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"


# ---- Mexico: CURP and IMSS NSS ------------------------------------------------------------------------

_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _curp_digit(body: str) -> str:
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def curp_valid(s: str) -> bool:
    return len(s) == 18 and all(c in _CURP_CHARS for c in s) and s[17] == _curp_digit(s[:17])


def _first_inner(word: str, vowels: bool) -> str:
    for c in word[1:]:
        if (c in "AEIOU") == vowels:
            return c
    return "X"


def curp(rng: random.Random, given: str, family1: str, family2: str, born: date, female: bool) -> str:
    """Letters from the surnames and given name, YYMMDD, sex, state, inner consonants, homoclave, check."""
    f1, f2, g = _plain(family1), _plain(family2), _plain(given)
    body = f1[0] + _first_inner(f1, True) + f2[0] + g[0] + f"{born:%y%m%d}" + ("M" if female else "H")
    body += rng.choice(["DF", "JC", "NL", "OC", "PL", "GT", "MC"])
    body += _first_inner(f1, False) + _first_inner(f2, False) + _first_inner(g, False)
    body += rng.choice(D) if born.year < 2000 else rng.choice("ABCDEFGH")
    return body + _curp_digit(body)


def nss(rng: random.Random, born: date) -> str:
    """IMSS social security number: subdelegation, registration year, birth year, sequence, Luhn digit."""
    body = f"{rng.randrange(1, 99):02d}{rng.randrange(75, 99):02d}{born:%y}{digits(rng, 4)}"
    return body + luhn_digit(body)


# ---- Poland: PESEL ----------------------------------------------------------------------------------------

_PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel_valid(s: str) -> bool:
    return (
        len(s) == 11
        and s.isdigit()
        and (10 - sum(int(c) * w for c, w in zip(s, _PESEL_W, strict=False)) % 10) % 10 == int(s[10])
    )


def pesel(rng: random.Random, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born:%y}{month:02d}{born:%d}{digits(rng, 3)}{rng.choice('02468' if female else '13579')}"
    return body + str((10 - sum(int(c) * w for c, w in zip(body, _PESEL_W, strict=True)) % 10) % 10)


# ---- Turkey: T.C. kimlik no ---------------------------------------------------------------------------


def _tc_tail(nine: str) -> str:
    d = [int(c) for c in nine]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return f"{d10}{(sum(d) + d10) % 10}"


def tc_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and s[0] != "0" and s[9:] == _tc_tail(s[:9])


def tc(rng: random.Random) -> str:
    nine = rng.choice("123456789") + digits(rng, 8)
    return nine + _tc_tail(nine)


# ---- Italy: codice fiscale --------------------------------------------------------------------------------

_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
_CF_MONTH = "ABCDEHLMPRST"


def _cf_value(c: str, odd: bool) -> int:
    i = int(c) if c.isdigit() else ord(c) - 65
    return _CF_ODD[i] if odd else i


def _cf_check(body: str) -> str:
    return chr(65 + sum(_cf_value(c, i % 2 == 0) for i, c in enumerate(body)) % 26)


def cf_valid(s: str) -> bool:
    return len(s) == 16 and s.isalnum() and s.isupper() and s[15] == _cf_check(s[:15])


def _cf_part(word: str, given: bool) -> str:
    w = _plain(word)
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(family: str, given: str, born: date, female: bool, belfiore: str) -> str:
    """Surname and given-name letters, year, month letter, day (+40 for women), place code, check."""
    body = _cf_part(family, False) + _cf_part(given, True) + f"{born:%y}" + _CF_MONTH[born.month - 1]
    body += f"{born.day + (40 if female else 0):02d}" + belfiore
    return body + _cf_check(body)


# ---- Switzerland: AHV/AVS number ------------------------------------------------------------------------


def _ean_digit(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def ahv_valid(s: str) -> bool:
    d = s.replace(".", "")
    return len(d) == 13 and d.isdigit() and d.startswith("756") and d[12] == _ean_digit(d[:12])


def ahv(rng: random.Random) -> str:
    body = "756" + digits(rng, 9)
    full = body + _ean_digit(body)
    return f"{full[:3]}.{full[3:7]}.{full[7:11]}.{full[11:]}"


# ---- Iran: national code (kart-e melli) -------------------------------------------------------------------


def _ir_digit(body: str) -> str:
    r = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return str(r if r < 2 else 11 - r)


def ir_code_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and len(set(s)) > 1 and s[9] == _ir_digit(s[:9])


def ir_code(rng: random.Random) -> str:
    body = rng.choice(["001", "002", "045", "049", "136", "228"]) + digits(rng, 6)
    return body + _ir_digit(body)


# ---- Japan: My Number (kojin bango) --------------------------------------------------------------------


def _mynumber_digit(body: str) -> str:
    rev = [int(c) for c in reversed(body)]
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(rev, start=1))
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 12 and d.isdigit() and d[11] == _mynumber_digit(d[:11])


def mynumber(rng: random.Random) -> str:
    body = digits(rng, 11)
    full = body + _mynumber_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


# ---- India: Aadhaar (Verhoeff) --------------------------------------------------------------------------


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + digits(rng, 10)
    full = body + verhoeff_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


# ---- format only ------------------------------------------------------------------------------------------


def cnic(rng: random.Random, female: bool) -> str:
    """Pakistani CNIC: district (5), family (7), a last digit even for women."""
    return f"3{digits(rng, 4)}-{digits(rng, 7)}-{rng.choice('2468' if female else '13579')}"


def eg_id(rng: random.Random, born: date, female: bool) -> str:
    """Egyptian national ID: century, YYMMDD, governorate, sequence (odd for men), check (format only)."""
    seq = digits(rng, 3) + rng.choice("2468" if female else "13579")
    century = "2" if born.year < 2000 else "3"
    return f"{century}{born:%y%m%d}{rng.choice(['01', '02', '12', '13', '21'])}{seq}{rng.choice(D)}"


def cccd(rng: random.Random, born: date, female: bool, province: str) -> str:
    """Vietnamese citizen identity card: province, century and sex, birth year, six digits."""
    return f"{province}{1 if female else 0}{born:%y}{digits(rng, 6)}"


def nik(rng: random.Random, region: str, born: date, female: bool) -> str:
    """Indonesian NIK: region (6), DDMMYY (day + 40 for women), serial (4)."""
    return f"{region}{born.day + (40 if female else 0):02d}{born:%m%y}{rng.randrange(1, 3000):04d}"


def ramq(rng: random.Random, family: str, given: str, born: date, female: bool) -> str:
    """Quebec health insurance number: family (3) and given (1) letters, YYMM (+50 women), DD, serial."""
    f = (_plain(family) + "XXX")[:3]
    return (
        f"{f}{_plain(given)[0]} {born:%y}{born.month + (50 if female else 0):02d} {born:%d}{digits(rng, 2)}"
    )


# ---- Brazil: Cartão Nacional de Saúde (provisional numbers, 7/8/9) -------------------------------------


def cns_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return (
        len(d) == 15
        and d.isdigit()
        and d[0] in "789"
        and sum(int(c) * (15 - i) for i, c in enumerate(d)) % 11 == 0
    )


def cns(rng: random.Random) -> str:
    while True:
        body = rng.choice("789") + digits(rng, 13)
        last = -sum(int(c) * (15 - i) for i, c in enumerate(body)) % 11
        if last < 10:
            full = body + str(last)
            return f"{full[:3]} {full[3:7]} {full[7:11]} {full[11:]}"
