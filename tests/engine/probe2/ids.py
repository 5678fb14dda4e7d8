"""Check-digit-valid national identifiers of countries the first probe did not cover.

Swedish personnummer, Finnish HETU, Norwegian fødselsnummer, Czech rodné číslo, Hungarian TAJ,
Romanian CNP, Greek AMKA, Israeli Teudat Zehut, South African ID, Thai ID, Indonesian NIK, Malaysian
MyKad, Russian SNILS, Ukrainian RNOKPP, Turkish TC Kimlik, Irish PPSN, New Zealand NHI. A detector
that validates checksums must be probed with valid numbers, or a miss would say nothing. Every
generator draws from the caller's seeded `random.Random`.
"""

from __future__ import annotations

import random
import string
from datetime import date

D = string.digits


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + D) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def luhn_digit(body: str) -> str:
    """The Luhn digit that makes `body + digit` valid."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


def personnummer(rng: random.Random, dob: date) -> str:
    """Sweden: YYMMDD-NNNC, Luhn over the ten digits."""
    body = f"{dob:%y%m%d}{digits(rng, 3, D)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(rng: random.Random, dob: date) -> str:
    """Finland: DDMMYY, century sign, three digits, mod-31 check character."""
    n = f"{rng.randint(2, 899):03d}"
    sign = "-" if dob.year < 2000 else "A"
    return f"{dob:%d%m%y}{sign}{n}{HETU_CHECK[int(f'{dob:%d%m%y}{n}') % 31]}"


def fodselsnummer(rng: random.Random, dob: date) -> str:
    """Norway: DDMMYY + 3 individual digits + 2 mod-11 check digits."""
    w1, w2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        ind = rng.randint(0, 499) if dob.year < 2000 else rng.randint(500, 999)
        d = [int(c) for c in f"{dob:%d%m%y}{ind:03d}"]
        k1 = 11 - sum(a * b for a, b in zip(w1, d, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(w2, d, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return "".join(map(str, d)) + str(k2)


def rodne_cislo(rng: random.Random, dob: date, female: bool) -> str:
    """Czechia: YYMMDD/XXXX (women: month + 50), the ten-digit number divisible by 11."""
    head = f"{dob.year % 100:02d}{dob.month + (50 if female else 0):02d}{dob.day:02d}"
    while True:
        body = head + f"{rng.randint(0, 999):03d}"
        c = int(body) % 11
        if c < 10:
            return f"{head}/{body[6:]}{c}"


def taj(rng: random.Random) -> str:
    """Hungary: TAJ szám, 8 digits + CDV (weights 3,7 alternating, mod 10), printed 3-3-3."""
    d = digits(rng, 8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    s = d + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def cnp(rng: random.Random, dob: date, female: bool) -> str:
    """Romania: S YYMMDD JJ NNN C, weights 279146358279, mod 11 (10 -> 1)."""
    s = (1 if dob.year < 2000 else 5) + (1 if female else 0)
    body = f"{s}{dob:%y%m%d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    c = sum(int(a) * int(b) for a, b in zip(body, "279146358279", strict=True)) % 11
    return body + str(1 if c == 10 else c)


def amka(rng: random.Random, dob: date) -> str:
    """Greece: DDMMYY + 4 digits + Luhn digit."""
    body = f"{dob:%d%m%y}{digits(rng, 4, D)}"
    return body + luhn_digit(body)


def teudat_zehut(rng: random.Random) -> str:
    """Israel: 9 digits, Luhn-valid (weights 1,2 from the left on 9 digits)."""
    body = digits(rng, 8, "0123")
    return body + luhn_digit(body)


def sa_id(rng: random.Random, dob: date, female: bool) -> str:
    """South Africa: YYMMDD SSSS C A Z, Luhn over 13 digits."""
    g = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = f"{dob:%y%m%d}{g:04d}0{rng.choice('89')}"
    return body + luhn_digit(body)


def thai_id(rng: random.Random) -> str:
    """Thailand: 13 digits, check (11 - sum(d_i * (13 - i)) % 11) % 10, printed 1-4-5-2-1."""
    d = digits(rng, 12, "1358")
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(d)) % 11) % 10
    s = d + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def nik(rng: random.Random, dob: date, female: bool) -> str:
    """Indonesia: 16 digits, region code + DDMMYY (women: day + 40) + serial."""
    region = rng.choice(["327301", "357805", "317404", "127106"])
    return f"{region}{dob.day + (40 if female else 0):02d}{dob:%m%y}{rng.randint(1, 999):04d}"


def mykad(rng: random.Random, dob: date, female: bool) -> str:
    """Malaysia: YYMMDD-PB-###G, G odd for men."""
    last = rng.choice("02468" if female else "13579")
    return f"{dob:%y%m%d}-{rng.randint(1, 14):02d}-{rng.randint(0, 999):03d}{last}"


def snils(rng: random.Random) -> str:
    """Russia: ###-###-### CC, check = weighted sum mod 101 (100 -> 00)."""
    d = digits(rng, 9, "1")
    s = sum(int(x) * (9 - i) for i, x in enumerate(d))
    c = s if s < 100 else 0 if s in (100, 101) else s % 101
    c = 0 if c == 100 else c
    return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def rnokpp(rng: random.Random, dob: date, female: bool) -> str:
    """Ukraine: 5 digits days since 1899-12-31, 3 serial, sex digit, check."""
    days = (dob - date(1899, 12, 31)).days
    sex = rng.choice("02468" if female else "13579")
    body = f"{days:05d}{rng.randint(0, 999):03d}{sex}"
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(a * int(b) for a, b in zip(w, body, strict=True)) % 11 % 10)


def tc_kimlik(rng: random.Random) -> str:
    """Turkey: 11 digits, d10 and d11 check digits."""
    d = [int(c) for c in digits(rng, 9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def ppsn(rng: random.Random) -> str:
    """Ireland: 7 digits + mod-23 check letter (+ 'A' on newer numbers)."""
    d = digits(rng, 7)
    r = sum(int(x) * (8 - i) for i, x in enumerate(d)) % 23
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[r] + rng.choice(["", "A"])


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O


def nz_nhi(rng: random.Random) -> str:
    """New Zealand NHI (AAANNNC): letters map 1-24, weights 7..2, check 11 - sum % 11 (10 -> 0)."""
    while True:
        letters = token(rng, 3, NHI_LETTERS)
        nums = digits(rng, 3, D)
        vals = [NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in nums]
        c = 11 - sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if c != 11:
            return f"{letters}{nums}{0 if c == 10 else c}"


def npi(rng: random.Random) -> str:
    """US National Provider Identifier: 10 digits, Luhn with the 80840 prefix."""
    body = digits(rng, 9, "12")
    return body + luhn_digit("80840" + body)
