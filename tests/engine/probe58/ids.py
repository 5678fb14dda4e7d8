"""Identifiers for probe 58 (random, synthetic): pharmacy and pharmacy-benefit numbers in their real shapes
and, where the scheme has one, with a valid check digit -- NPI (Luhn over the 80840 prefix), DEA
registration numbers (the DEA checksum, the second letter the registrant's family-name initial), Medicare
MBIs (the CMS character rules), NHS numbers (mod 11), NHS EPS prescription IDs (ISO 7064 mod 37-2 check
character), Ontario health numbers (Luhn) with a version code, Québec RAMQ numbers -- and prescription,
claim, prior-authorisation and member numbers."""

from __future__ import annotations

import random
import unicodedata

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def plain(s: str) -> str:
    up = s.upper()
    folded = unicodedata.normalize("NFD", up)
    return "".join(c for c in folded if not unicodedata.combining(c) and c.isalpha())


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


def dea(rng: random.Random, family: str, mid_level: bool = False) -> str:
    first = rng.choice("MM") if mid_level else rng.choice("ABF")
    d = fill(rng, "%#####")
    check = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return first + plain(family)[0] + d + str(check)


def dea_ok(n: str) -> bool:
    if len(n) != 9 or not n[:2].isalpha() or not n[2:].isdigit():
        return False
    d = n[2:]
    return (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10 == int(d[6])


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_A + D
    pools = ["123456789", _MBI_A, an, D, _MBI_A, an, D, _MBI_A, _MBI_A, D, D]
    s = "".join(rng.choice(pool) for pool in pools)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def mbi_ok(m: str) -> bool:
    s = m.replace("-", "")
    kinds = "CAXNAXNAANN"  # X: a letter or a digit
    for ch, k in zip(s, kinds, strict=False):
        if k == "C" and ch not in "123456789":
            return False
        if k == "A" and ch not in _MBI_A:
            return False
        if k == "N" and not ch.isdigit():
            return False
    return len(s) == 11 and all(ch in _MBI_A + D for ch in s)


def nhs_number(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%########")
        r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if r != 10:
            n = body + ("0" if r == 11 else str(r))
            return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def nhs_ok(n: str) -> bool:
    d = n.replace(" ", "")
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    return len(d) == 10 and d.isdigit() and r != 10 and (0 if r == 11 else r) == int(d[9])


_M37 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+"


def _mod37_2(s: str) -> str:
    p = 0
    for ch in s:
        p = ((p + _M37.index(ch)) * 2) % 37
    return _M37[(38 - p) % 37]


def eps_id(rng: random.Random) -> str:
    """An EPS R2 short-form prescription ID: six hex characters, six, five, and a mod 37-2 check character."""
    h = "0123456789ABCDEF"
    body = "".join(rng.choice(h) for _ in range(17))
    full = body + _mod37_2(body)
    return f"{full[:6]}-{full[6:12]}-{full[12:]}"


def eps_ok(e: str) -> bool:
    s = e.replace("-", "")
    return len(s) == 18 and _mod37_2(s[:17]) == s[17]


def ohip(rng: random.Random) -> str:
    body = fill(rng, "%########")
    n = body + luhn_digit(body)
    version = fill(rng, "@@")
    return rng.choice([f"{n[:4]} {n[4:7]} {n[7:]} {version}", f"{n[:4]}-{n[4:7]}-{n[7:]}-{version}"])


def ohip_ok(h: str) -> bool:
    d = "".join(c for c in h if c.isdigit())
    return len(d) == 10 and luhn_ok(d)


def ramq(
    rng: random.Random, family: str, given: str, dob_y: int, dob_m: int, dob_d: int, female: bool
) -> str:
    f = (plain(family) + "XXX")[:3] + plain(given)[0]
    return f"{f} {dob_y % 100:02d}{dob_m + (50 if female else 0):02d} {dob_d:02d}{fill(rng, '##')}"


def ssn4(rng: random.Random) -> str:
    return fill(rng, "%###")
