"""Identifiers for probe 57 (random, synthetic), in their real shapes and, where the scheme has one, with a
valid check digit: NHS number (mod 11), Scottish CHI number (mod 11), Irish PPSN (mod 23), Australian
Medicare number (weighted mod 10), Ontario health card (Luhn), Canadian SIN (Luhn), US SSN, NPI (Luhn over
80840) and DEA registration numbers, and clinicians' registration numbers (GMC, NMC, IMC, AHPRA, CPSO)."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    digits = "".join(c for c in s if c.isdigit())
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


def _mod11(body: str) -> int:
    return 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11


def nhs_ok(s: str) -> bool:
    d = s.replace(" ", "")
    c = _mod11(d[:9]) % 11
    return len(d) == 10 and c != 10 and str(c) == d[9]


def nhs(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%########")
        c = _mod11(body) % 11
        if c != 10:
            d = body + str(c)
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def chi(rng: random.Random, dob: date) -> str:
    while True:
        body = f"{dob:%d%m%y}" + fill(rng, "###")
        c = _mod11(body) % 11
        if c != 10:
            return body + str(c)


def chi_ok(s: str) -> bool:
    return len(s) == 10 and nhs_ok(s)


_PPS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(rng: random.Random) -> str:
    body = fill(rng, "#######")
    second = rng.choice(["", "", "A"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(body)) + (9 * (_PPS.index(second)) if second else 0)
    return body + _PPS[total % 23] + second


def ppsn_ok(s: str) -> bool:
    body, check, second = s[:7], s[7], s[8:]
    total = sum(int(c) * (8 - i) for i, c in enumerate(body)) + (9 * _PPS.index(second) if second else 0)
    return _PPS[total % 23] == check


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    d = body + str(check) + fill(rng, "%")
    return f"{d[:4]} {d[4:9]} {d[9]}"


def medicare_au_ok(s: str) -> bool:
    d = s.replace(" ", "")
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return len(d) == 10 and sum(int(c) * w for c, w in zip(d[:8], weights, strict=True)) % 10 == int(d[8])


def ohip(rng: random.Random) -> str:
    body = fill(rng, "%########")
    d = body + luhn_digit(body)
    return f"{d[:4]}-{d[4:7]}-{d[7:]}-{fill(rng, '@@')}"


def sin(rng: random.Random) -> str:
    body = rng.choice("1245679") + fill(rng, "#######")
    d = body + luhn_digit(body)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(s: str) -> bool:
    return len(s) == 10 and luhn_ok("80840" + s)


def dea(rng: random.Random, family: str) -> str:
    digits = fill(rng, "######")
    odd = int(digits[0]) + int(digits[2]) + int(digits[4])
    even = int(digits[1]) + int(digits[3]) + int(digits[5])
    return rng.choice("ABFM") + family[0].upper() + digits + str((odd + 2 * even) % 10)


def dea_ok(s: str) -> bool:
    d = s[2:]
    total = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return len(d) == 7 and total % 10 == int(d[6])


def registration(rng: random.Random, loc: str, nurse: bool = False) -> str:
    """A clinician's professional registration number as its register writes it."""
    if loc == "GB":
        return fill(rng, "##@####@") if nurse else fill(rng, "%######")
    if loc == "IE":
        return fill(rng, "%#####") if nurse else fill(rng, "%####")
    if loc == "AU":
        return ("NMW000" if nurse else "MED000") + fill(rng, "%######")
    if loc == "CA":
        return fill(rng, "%#####") if not nurse else fill(rng, "%#######")
    return fill(rng, rng.choice(["@%######", "%#####"]))
