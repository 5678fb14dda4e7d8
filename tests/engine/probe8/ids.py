"""Identifier generators and validators for probe 8, written from the published algorithms.

Check digits: Danish/Greenlandic CPR (weighted mod 11; required before 2007, kept here so a checksum-aware
detector is probed fairly), Serbian/North Macedonian JMBG/EMBG (weighted mod 11), Chinese resident
identity number (ISO 7064 MOD 11-2), Indian Aadhaar (Verhoeff, shared tests/engine/probe/checkdigits.py),
US NPI (Luhn over 80840 + nine digits), DEA, VIN (position 9), IMEI (Luhn), GS1 GTIN-14 in a UDI (mod 10),
ABA routing number (3-7-1). Format only: Faroese P-tal, Belarusian personal number, Tajik INN, Maldivian
ID card, Ghana Card, Botswana Omang (fifth digit 1 for men, 2 for women), Ugandan NIN, US SSN and MBI.
Every generator with a check digit redraws until its validator accepts.
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


# ---- Denmark / Greenland: CPR ----------------------------------------------------------------------------

CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_valid(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 10 and d.isdigit() and _weighted(d, CPR_W) % 11 == 0


def cpr(rng: random.Random, born: date, female: bool) -> str:
    """DDMMYY-SSSS, the last digit even for women; the 7th digit fits the century (0-3 for 1900-1999)."""
    while True:
        seq = rng.choice("0123") + digits(rng, 3)
        if (int(seq[-1]) % 2 == 0) != female:
            continue
        out = f"{born:%d%m%y}-{seq}"
        if cpr_valid(out):
            return out


# ---- Serbia / North Macedonia: JMBG, EMBG ----------------------------------------------------------------


def jmbg_valid(s: str) -> bool:
    if len(s) != 13 or not s.isdigit():
        return False
    w = [7, 6, 5, 4, 3, 2] * 2
    k = 11 - _weighted(s[:12], w) % 11
    return (0 if k > 9 else k) == int(s[12]) and k != 10


def jmbg(rng: random.Random, born: date, female: bool, regions: list[int]) -> str:
    """DDMMYYY RR BBB K: BBB 000-499 men, 500-999 women; a body whose check would be 10 is redrawn."""
    while True:
        bbb = rng.randrange(500, 1000) if female else rng.randrange(0, 500)
        body = f"{born:%d%m}{born.year % 1000:03d}{rng.choice(regions):02d}{bbb:03d}"
        k = 11 - _weighted(body, [7, 6, 5, 4, 3, 2] * 2) % 11
        if k == 10:
            continue
        out = body + str(0 if k == 11 else k)
        if jmbg_valid(out):
            return out


# ---- Faroe Islands: P-tal --------------------------------------------------------------------------------


def ptal(rng: random.Random, born: date, female: bool) -> str:
    """DDMMYY-SSS, the last digit even for women (format only)."""
    seq = rng.randrange(0, 1000)
    if (seq % 2 == 0) != female:
        seq = (seq + 1) % 1000
    return f"{born:%d%m%y}-{seq:03d}"


# ---- China: resident identity card number (Xinjiang prefixes) --------------------------------------------

CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_valid(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return "10X98765432"[_weighted(s[:17], CN_W) % 11] == s[17]


def cn_id(rng: random.Random, born: date, female: bool, area: str) -> str:
    seq = rng.randrange(0, 1000)
    if (seq % 2 == 0) != female:
        seq = (seq + 1) % 1000
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + "10X98765432"[_weighted(body, CN_W) % 11]


# ---- India: Aadhaar --------------------------------------------------------------------------------------


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + digits(rng, 10)
    full = body + verhoeff_digit(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


# ---- format-only national identifiers --------------------------------------------------------------------

BY_REGION = "ABCKEMH"  # Brest, Vitebsk, Gomel, Grodno, Mogilev, Minsk region, Minsk city


def by_personal(rng: random.Random, born: date, female: bool) -> str:
    """Belarusian personal (identification) number as printed in a passport: 14 characters."""
    return f"{4 if female else 3}{born:%d%m%y}{rng.choice(BY_REGION)}{digits(rng, 3)}PB{rng.choice(D)}"


def omang(rng: random.Random, female: bool) -> str:
    return digits(rng, 4) + ("2" if female else "1") + digits(rng, 4)


def ug_nin(rng: random.Random, born: date, female: bool) -> str:
    return (
        f"C{'F' if female else 'M'}{born:%y}" + digits(rng, 6) + "".join(rng.choice(UPPER) for _ in range(4))
    )


def ghana_card(rng: random.Random) -> str:
    return f"GHA-{digits(rng, 9)}-{rng.choice(D)}"


def mv_id(rng: random.Random) -> str:
    return "A" + rng.choice("0123") + digits(rng, 5)


# ---- United States ---------------------------------------------------------------------------------------


def npi_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_valid("80840" + s)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 8)
    return body + luhn_digit("80840" + body)


def dea_valid(s: str) -> bool:
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea(rng: random.Random, initial: str) -> str:
    d = [int(c) for c in digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFG") + initial.upper() + "".join(map(str, d)) + str(check)


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def mbi(rng: random.Random) -> str:
    an = MBI_A + D
    c = rng.choice
    return f"{c('123456789')}{c(MBI_A)}{c(an)}{c(D)}{c(MBI_A)}{c(an)}{c(D)}{c(MBI_A)}{c(MBI_A)}{c(D)}{c(D)}"


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
        rng.choice(["2T3", "1FT", "KNM", "5NP", "4S4"]) + "".join(rng.choice(VIN_CHARS) for _ in range(14))
    )
    r = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W, strict=True)) % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def aba_valid(s: str) -> bool:
    return len(s) == 9 and s.isdigit() and _weighted(s, [3, 7, 1] * 3) % 10 == 0


def aba(rng: random.Random) -> str:
    body = rng.choice("0123") + digits(rng, 7)
    return body + next(c for c in D if aba_valid(body + c))


def imei_valid(s: str) -> bool:
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 15 and d.isdigit() and luhn_valid(d)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "99"]) + digits(rng, 12)
    return body + luhn_digit(body)


def gtin_valid(s: str) -> bool:
    if len(s) != 14 or not s.isdigit():
        return False
    return (-sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(s[:13]))) % 10 == int(s[13])


def udi(rng: random.Random) -> str:
    """A GS1 UDI in human-readable form: (01)GTIN-14(17)expiry(10)lot(21)serial."""
    body = "0" + digits(rng, 12)
    gtin = body + str((-sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))) % 10)
    return f"(01){gtin}(17)27{rng.randrange(1, 13):02d}31(10)L{digits(rng, 5)}(21){digits(rng, 9)}"
