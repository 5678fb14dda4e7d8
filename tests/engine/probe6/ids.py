"""Identifier generators and validators for probe 6, written from the published algorithms.

Check digits: Icelandic kennitala (mod 11), Lithuanian asmens kodas (two-pass mod 11), Latvian personas
kods of the old format (mod 11), Croatian OIB (ISO 7064 MOD 11,10), Slovene EMŠO (mod 11), Kazakh IIN
(two-pass mod 11), Indian Aadhaar (Verhoeff), US NPI (Luhn over 80840 + nine digits), DEA, VIN (position
9), IBAN (mod 97). Format only: Albanian NID, Maltese ID card, Mongolian register number, Sri Lankan NIC,
US SSN and MBI. Every generator redraws until its validator accepts, so the corpus only holds valid ids.
"""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe.checkdigits import verhoeff_digit

D = "0123456789"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _mod11(digits: str, weights: list[int]) -> int:
    return sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11


# ---- Iceland ------------------------------------------------------------------------------------------


def kennitala_valid(s: str) -> bool:
    d = s.replace("-", "")
    if len(d) != 10 or not d.isdigit() or d[9] not in "890":
        return False
    r = 11 - _mod11(d[:8], [3, 2, 7, 6, 5, 4, 3, 2])
    return (0 if r == 11 else r) == int(d[8])


def kennitala(rng: random.Random, born: date) -> str:
    while True:
        head = born.strftime("%d%m%y") + _digits(rng, 2)
        r = 11 - _mod11(head, [3, 2, 7, 6, 5, 4, 3, 2])
        if r == 10:
            continue
        out = f"{head[:6]}-{head[6:]}{0 if r == 11 else r}{str(born.year)[1]}"
        assert kennitala_valid(out)
        return out


# ---- Lithuania, Kazakhstan (same two-pass scheme, different weights) -----------------------------------


def _two_pass(d: str, w1: list[int], w2: list[int], ten: int | None) -> int | None:
    """Mod 11 with the first weights, else the second; `ten` is the digit (None: no valid id) for 10 twice."""
    r = _mod11(d, w1)
    if r == 10:
        r = _mod11(d, w2)
        if r == 10:
            return ten
    return r


LT_W1, LT_W2 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
KZ_W1, KZ_W2 = list(range(1, 12)), [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def asmens_kodas_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and _two_pass(s[:10], LT_W1, LT_W2, 0) == int(s[10])


def asmens_kodas(rng: random.Random, born: date, female: bool) -> str:
    g = (3 if born.year < 2000 else 5) + int(female)
    head = f"{g}{born:%y%m%d}{_digits(rng, 3)}"
    return head + str(_two_pass(head, LT_W1, LT_W2, 0))


def iin_valid(s: str) -> bool:
    if len(s) != 12 or not s.isdigit():
        return False
    r = _two_pass(s[:11], KZ_W1, KZ_W2, None)
    return r is not None and r == int(s[11])


def iin(rng: random.Random, born: date, female: bool) -> str:
    while True:
        head = f"{born:%y%m%d}{(3 if born.year < 2000 else 5) + int(female)}{_digits(rng, 4)}"
        r = _two_pass(head, KZ_W1, KZ_W2, None)
        if r is not None:
            return head + str(r)


# ---- Latvia (old format DDMMYY-CNNNX) ---------------------------------------------------------------


def personas_kods_valid(s: str) -> bool:
    d = s.replace("-", "")
    if len(d) != 11 or not d.isdigit():
        return False
    x = (1101 - sum(int(c) * w for c, w in zip(d[:10], [1, 6, 3, 7, 9, 10, 5, 8, 4, 2], strict=True))) % 11
    return x == int(d[10])


def personas_kods(rng: random.Random, born: date) -> str:
    while True:
        c = {18: "0", 19: "1", 20: "2"}[born.year // 100]
        head = f"{born:%d%m%y}{c}{_digits(rng, 3)}"
        x = (
            1101 - sum(int(ch) * w for ch, w in zip(head, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2], strict=True))
        ) % 11
        if x != 10:
            return f"{head[:6]}-{head[6:]}{x}"


# ---- Croatia ------------------------------------------------------------------------------------------


def oib_valid(s: str) -> bool:
    if len(s) != 11 or not s.isdigit():
        return False
    a = 10
    for c in s[:10]:
        a = (a + int(c)) % 10 or 10
        a = (a * 2) % 11
    return (11 - a) % 10 == int(s[10])


def oib(rng: random.Random) -> str:
    head = rng.choice("123456789") + _digits(rng, 9)
    a = 10
    for c in head:
        a = (a + int(c)) % 10 or 10
        a = (a * 2) % 11
    return head + str((11 - a) % 10)


# ---- Slovenia -----------------------------------------------------------------------------------------

EMSO_W = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def emso_valid(s: str) -> bool:
    if len(s) != 13 or not s.isdigit():
        return False
    m = _mod11(s[:12], EMSO_W)
    return m != 1 and (0 if m == 0 else 11 - m) == int(s[12])


def emso(rng: random.Random, born: date, female: bool) -> str:
    while True:
        head = f"{born:%d%m}{born.year % 1000:03d}50{rng.randrange(500) + 500 * int(female):03d}"
        m = _mod11(head, EMSO_W)
        if m != 1:
            return head + str(0 if m == 0 else 11 - m)


# ---- India (Aadhaar, Verhoeff) ------------------------------------------------------------------------



def aadhaar(rng: random.Random) -> str:
    head = rng.choice("23456789") + _digits(rng, 10)
    d = head + verhoeff_digit(head)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


# ---- format-only national ids ------------------------------------------------------------------------


def al_nid(rng: random.Random, born: date, female: bool) -> str:
    """Albanian NID: decade letter, year digit, month (+50 female), day, three digits, check letter."""
    decade = "ABCDEFGHIJKLMNOPQRSTUVW"[(born.year - 1800) // 10]
    month = born.month + (50 if female else 0)
    serial = _digits(rng, 3)
    return f"{decade}{born.year % 10}{month:02d}{born.day:02d}{serial}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVW')}"


def mt_id(rng: random.Random) -> str:
    return f"{rng.randrange(1, 999999):d}{rng.choice('MGAPLHBZ')}"


def mn_register(rng: random.Random, born: date) -> str:
    letters = "АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЭЮЯ"
    return f"{rng.choice(letters)}{rng.choice(letters)}{born:%y%m%d}{_digits(rng, 2)}"


def lk_nic(rng: random.Random, born: date, female: bool) -> str:
    day = born.timetuple().tm_yday + (500 if female else 0)
    return f"{born.year}{day:03d}{_digits(rng, 5)}"


# ---- US -----------------------------------------------------------------------------------------------


def luhn_valid(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed([c for c in s if c.isdigit()])):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def npi(rng: random.Random) -> str:
    while True:
        v = rng.choice("12") + _digits(rng, 9)
        if luhn_valid("80840" + v):
            return v


def npi_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_valid("80840" + s)


def dea_valid(s: str) -> bool:
    d = s[2:]
    if len(s) != 9 or not d.isdigit():
        return False
    t = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return t % 10 == int(d[6])


def dea(rng: random.Random, family: str) -> str:
    d = _digits(rng, 6)
    t = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    first = family[0].upper() if family[:1].isascii() and family[:1].isalpha() else "X"
    return f"{rng.choice('ABFM')}{first}{d}{t % 10}"


def ssn(rng: random.Random) -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            return f"{a:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = MBI_A + D
    c = rng.choice
    return f"{c('123456789')}{c(MBI_A)}{c(an)}{c(D)}-{c(MBI_A)}{c(an)}{c(D)}-{c(MBI_A)}{c(MBI_A)}{c(D)}{c(D)}"


_VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_T |= dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9}
_VIN_T |= dict(zip("STUVWXYZ", range(2, 10), strict=True))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_valid(s: str) -> bool:
    if len(s) != 17 or any(c not in _VIN_T for c in s):
        return False
    r = sum(_VIN_T[c] * w for c, w in zip(s, _VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def vin(rng: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = [rng.choice(al) for _ in range(17)]
    body[8] = "0"
    r = sum(_VIN_T[c] * w for c, w in zip(body, _VIN_W, strict=True)) % 11
    body[8] = "X" if r == 10 else str(r)
    return "".join(body)


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban(rng: random.Random, country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
