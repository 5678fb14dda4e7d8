"""Identifiers for probe 65 (random, synthetic): Central / Eastern European and Turkish national, health and
licence numbers in their real shapes, each with a valid check digit where the scheme has one -- PESEL and
PWZ (Poland), rodné číslo (Czechia, Slovakia: divisible by 11), TAJ (Hungary), CNP (Romania), OIB (Croatia:
ISO 7064 mod 11,10), JMBG / EMŠO (Serbia, Slovenia: mod 11), EGN (Bulgaria), AMKA (Greece: Luhn), T.C.
Kimlik No (Turkey) and the NHS number (United Kingdom, mod 11)."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


# ---- Poland ---------------------------------------------------------------------------------------------

_PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def pesel(rng: random.Random, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = rng.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{fill(rng, '###')}{sex}"
    check = (10 - sum(int(c) * w for c, w in zip(body, _PESEL_W, strict=True)) % 10) % 10
    return body + str(check)


def pesel_ok(s: str) -> bool:
    return (
        len(s) == 11
        and s.isdigit()
        and (10 - sum(int(c) * w for c, w in zip(s[:10], _PESEL_W, strict=True)) % 10) % 10 == int(s[10])
    )


def pwz(rng: random.Random) -> str:
    """Polish physician licence (prawo wykonywania zawodu): the check digit first, then six digits."""
    while True:
        body = fill(rng, "######")
        check = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        if 0 < check < 10:
            return str(check) + body


def pwz_ok(s: str) -> bool:
    return len(s) == 7 and s.isdigit() and sum(int(c) * i for i, c in enumerate(s[1:], 1)) % 11 == int(s[0])


# ---- Czechia / Slovakia ---------------------------------------------------------------------------------


def rodne_cislo(rng: random.Random, born: date, female: bool) -> str:
    """YYMMDD/XXXX, women's month + 50, the ten digits divisible by 11."""
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    while True:
        tail3 = fill(rng, "###")
        check = int(head + tail3) % 11
        if check < 10:
            return f"{head}/{tail3}{check}"


def rodne_cislo_ok(s: str) -> bool:
    d = s.replace("/", "")
    return len(d) == 10 and d.isdigit() and int(d) % 11 == 0


# ---- Hungary --------------------------------------------------------------------------------------------


def taj(rng: random.Random) -> str:
    """TAJ szám: eight digits and a check digit (odd positions x3, even x7, mod 10), printed 3-3-3."""
    body = fill(rng, "%#######")
    check = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10
    s = body + str(check)
    return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])


def taj_ok(s: str) -> bool:
    d = s.replace(" ", "").replace("-", "")
    return (
        len(d) == 9
        and d.isdigit()
        and sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(d[:8])) % 10 == int(d[8])
    )


# ---- Romania --------------------------------------------------------------------------------------------

_CNP_W = "279146358279"


def cnp(rng: random.Random, born: date, female: bool) -> str:
    sex = (2 if female else 1) + (4 if born.year >= 2000 else 0)
    county = f"{rng.randint(1, 46):02d}"
    body = f"{sex}{born:%y%m%d}{county}{fill(rng, '##%')}"
    r = sum(int(c) * int(w) for c, w in zip(body, _CNP_W, strict=True)) % 11
    return body + ("1" if r == 10 else str(r))


def cnp_ok(s: str) -> bool:
    if len(s) != 13 or not s.isdigit():
        return False
    r = sum(int(c) * int(w) for c, w in zip(s[:12], _CNP_W, strict=True)) % 11
    return ("1" if r == 10 else str(r)) == s[12]


# ---- Croatia --------------------------------------------------------------------------------------------


def _oib_check(body10: str) -> int:
    a = 10
    for c in body10:
        a = (a + int(c)) % 10 or 10
        a = a * 2 % 11
    return (11 - a) % 10


def oib(rng: random.Random) -> str:
    body = fill(rng, "%#########")
    return body + str(_oib_check(body))


def oib_ok(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and _oib_check(s[:10]) == int(s[10])


# ---- Serbia / Slovenia (JMBG, EMŠO) ---------------------------------------------------------------------

_JMBG_W = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _jmbg_check(body12: str) -> int | None:
    m = 11 - sum(int(c) * w for c, w in zip(body12, _JMBG_W, strict=True)) % 11
    return 0 if m == 11 else None if m == 10 else m


def jmbg(rng: random.Random, born: date, female: bool, region: str) -> str:
    """DDMMYYY RR BBB K: region 50-59 Slovenia (EMŠO), 70-89 Serbia; BBB 000-499 men, 500-999 women."""
    while True:
        serial = rng.randint(500, 999) if female else rng.randint(0, 499)
        body = f"{born:%d%m}{born.year % 1000:03d}{region}{serial:03d}"
        check = _jmbg_check(body)
        if check is not None:
            return body + str(check)


def jmbg_ok(s: str) -> bool:
    return len(s) == 13 and s.isdigit() and _jmbg_check(s[:12]) == int(s[12])


# ---- Bulgaria -------------------------------------------------------------------------------------------

_EGN_W = (2, 4, 8, 5, 10, 9, 7, 3, 6)


def egn(rng: random.Random, born: date, female: bool) -> str:
    month = born.month + (40 if born.year >= 2000 else 0)
    region = rng.randint(0, 99)
    sex = rng.choice("13579" if female else "02468")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{region:02d}{sex}"
    r = sum(int(c) * w for c, w in zip(body, _EGN_W, strict=True)) % 11
    return body + ("0" if r == 10 else str(r))


def egn_ok(s: str) -> bool:
    if len(s) != 10 or not s.isdigit():
        return False
    r = sum(int(c) * w for c, w in zip(s[:9], _EGN_W, strict=True)) % 11
    return ("0" if r == 10 else str(r)) == s[9]


# ---- Greece ---------------------------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def amka(rng: random.Random, born: date) -> str:
    body = f"{born:%d%m%y}{fill(rng, '####')}"
    return body + luhn_digit(body)


def afm(rng: random.Random) -> str:
    """Greek tax number (ΑΦΜ): eight digits and a check digit (powers of two, mod 11, mod 10)."""
    body = fill(rng, rng.choice(["0%######", "1#######"]))
    return body + str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body)) % 11 % 10)


def afm_ok(s: str) -> bool:
    if len(s) != 9 or not s.isdigit():
        return False
    return sum(int(c) * 2 ** (8 - i) for i, c in enumerate(s[:8])) % 11 % 10 == int(s[8])


# ---- Turkey ---------------------------------------------------------------------------------------------


def tckn(rng: random.Random) -> str:
    d = [int(c) for c in fill(rng, "%########")]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s: str) -> bool:
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = [int(c) for c in s]
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(
        d[:10]
    ) % 10 == d[10]


# ---- United Kingdom -------------------------------------------------------------------------------------


def nhs(rng: random.Random) -> str:
    while True:
        d = [int(c) for c in fill(rng, "4########")]
        check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if check != 10:
            s = "".join(map(str, d)) + str(0 if check == 11 else check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def nhs_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if len(d) != 10 or not d.isdigit():
        return False
    check = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    return check != 10 and (0 if check == 11 else check) == int(d[9])
