"""Identifiers with valid check digits for probe 4, written from the public specifications (no shared code).

Each `make_*` draws a random valid number; each `*_ok` verifies one, so test_probe4 can prove the corpus
probes a checksum-aware detector fairly. Dutch BSN (11-test), Polish PESEL, Brazilian CPF, Turkish TC
Kimlik, Russian SNILS, Israeli Teudat Zehut, Greek AMKA, Saudi national ID, Indian Aadhaar (Verhoeff),
US NPI (Luhn over the 80840 prefix), DEA registration, Medicare MBI and North American VINs.
"""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe.checkdigits import verhoeff_digit, verhoeff_valid

D = "0123456789"


def _digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _luhn_sum(s: str) -> int:
    """Luhn sum of `s` with the right-most digit undoubled (a full number including its check digit)."""
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total


def luhn_ok(s: str) -> bool:
    return _luhn_sum(s) % 10 == 0


def luhn_check(body: str) -> str:
    return str((10 - _luhn_sum(body + "0") % 10) % 10)


# ---- Netherlands: BSN, 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11 ------------------------


def make_bsn(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 8, "1234567")
        check = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
        if check < 10:
            return body + str(check)


def bsn_ok(s: str) -> bool:
    return len(s) == 9 and (sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) - int(s[8])) % 11 == 0


# ---- Poland: PESEL, YYMMDD (month +20 after 2000) + 3 serial + sex + check ------------------------------

_PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def make_pesel(rng: random.Random, dob: date, female: bool) -> str:
    month = dob.month + (20 if dob.year >= 2000 else 0)
    serial = _digits(rng, 3, D)
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial}{rng.choice('02468' if female else '13579')}"
    return body + str((10 - sum(int(c) * w for c, w in zip(body, _PESEL_W, strict=True)) % 10) % 10)


def pesel_ok(s: str) -> bool:
    return (
        len(s) == 11 and (sum(int(c) * w for c, w in zip(s, _PESEL_W, strict=False)) + int(s[10])) % 10 == 0
    )


# ---- Brazil: CPF, 9 digits + two mod-11 check digits, shown ###.###.###-## -----------------------------


def _cpf_digit(body: str) -> str:
    r = sum(int(c) * (len(body) + 1 - i) for i, c in enumerate(body)) * 10 % 11
    return str(0 if r == 10 else r)


def make_cpf(rng: random.Random) -> str:
    body = _digits(rng, 9, D)
    body += _cpf_digit(body)
    body += _cpf_digit(body)
    return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"


def cpf_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and _cpf_digit(d[:9]) == d[9] and _cpf_digit(d[:10]) == d[10]


# ---- Turkey: TC Kimlik No, 11 digits, d10 and d11 from the first nine ----------------------------------


def make_tckn(rng: random.Random) -> str:
    b = [int(c) for c in _digits(rng, 9)]
    d10 = ((b[0] + b[2] + b[4] + b[6] + b[8]) * 7 - (b[1] + b[3] + b[5] + b[7])) % 10
    d11 = (sum(b) + d10) % 10
    return "".join(map(str, b)) + f"{d10}{d11}"


def tckn_ok(s: str) -> bool:
    if len(s) != 11 or s[0] == "0":
        return False
    b = [int(c) for c in s]
    return (
        b[9] == ((b[0] + b[2] + b[4] + b[6] + b[8]) * 7 - (b[1] + b[3] + b[5] + b[7])) % 10
        and b[10] == sum(b[:10]) % 10
    )


# ---- Russia: SNILS ###-###-### ##, weighted sum 9..1 mod 101 -------------------------------------------


def _snils_check(body: str) -> int:
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    r = s % 101
    return 0 if r == 100 else r


def make_snils(rng: random.Random) -> str:
    body = _digits(rng, 9, "12345")
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {_snils_check(body):02d}"


def snils_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and _snils_check(d[:9]) == int(d[9:])


# ---- Israel: Teudat Zehut, 9 digits, weights 1,2 alternating with digit sums ---------------------------


def _tz_sum(s: str) -> int:
    total = 0
    for i, c in enumerate(s):
        d = int(c) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    return total


def make_tz(rng: random.Random) -> str:
    body = _digits(rng, 8, "0123")
    for c in D:
        if _tz_sum(body + c) % 10 == 0:
            return body + c
    raise AssertionError("unreachable")


def tz_ok(s: str) -> bool:
    return len(s) == 9 and _tz_sum(s) % 10 == 0


# ---- Greece: AMKA, DDMMYY + 4 digits + Luhn check ----------------------------------------------------


def make_amka(rng: random.Random, dob: date) -> str:
    body = dob.strftime("%d%m%y") + _digits(rng, 4, D)
    return body + luhn_check(body)


# ---- Saudi Arabia: national ID / iqama, 10 digits starting 1 or 2, Luhn -------------------------------


def make_saudi_id(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8, D)
    return body + luhn_check(body)


# ---- India: Aadhaar, 12 digits, Verhoeff check ------------------------------------------------------



def make_aadhaar(rng: random.Random) -> str:
    body = _digits(rng, 11, "23456789")
    full = body + verhoeff_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def aadhaar_ok(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 12 and verhoeff_valid(d)


# ---- United States -----------------------------------------------------------------------------------


def make_npi(rng: random.Random) -> str:
    body = _digits(rng, 9, "12")
    return body + luhn_check("80840" + body)


def npi_ok(s: str) -> bool:
    return len(s) == 10 and luhn_ok("80840" + s)


def make_dea(rng: random.Random, surname_initial: str) -> str:
    d = _digits(rng, 6, D)
    check = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return rng.choice("ABFGM") + surname_initial.upper() + d + str(check)


def dea_ok(s: str) -> bool:
    d = s[2:]
    return len(d) == 7 and (
        int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    ) % 10 == int(d[6])


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(rng: random.Random, dashed: bool) -> str:
    """Medicare Beneficiary Identifier: C A AN N - A AN N - A A N N (no S, L, O, I, B, Z)."""
    an = _MBI_A + D
    c = [
        rng.choice("123456789"),
        rng.choice(_MBI_A),
        rng.choice(an),
        rng.choice(D),
        rng.choice(_MBI_A),
        rng.choice(an),
        rng.choice(D),
        rng.choice(_MBI_A),
        rng.choice(_MBI_A),
        rng.choice(D),
        rng.choice(D),
    ]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


_VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUE = dict(
    zip(_VIN_ALPHA, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
) | {c: int(c) for c in D}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def _vin_check(v: str) -> str:
    r = sum(_VIN_VALUE[c] * w for c, w in zip(v, _VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


def make_vin(rng: random.Random) -> str:
    wmi = rng.choice(["2T1", "3VW", "5YJ", "1FM", "JN8", "KMH", "WBA"])
    v = list(
        wmi
        + "".join(rng.choice(_VIN_ALPHA + D) for _ in range(5))
        + "0"
        + rng.choice("NPRS")
        + rng.choice(_VIN_ALPHA)
        + "".join(rng.choice(D) for _ in range(6))
    )
    v[8] = _vin_check("".join(v))
    return "".join(v)


def vin_ok(v: str) -> bool:
    return len(v) == 17 and v[8] == _vin_check(v)
