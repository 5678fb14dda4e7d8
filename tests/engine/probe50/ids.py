"""Identifiers for probe 50 (random, synthetic): the numbers that legal, HR, insurance and police paperwork in
the US, the UK, Ireland, Canada, Australia and South Africa carries, with their real shapes and, where the
scheme has one, a valid check digit or letter -- US SSN (valid area / group / serial ranges), Medicare MBI,
NPI (Luhn over the 80840 prefix), VIN (ISO 3779 check digit), Canadian SIN (Luhn), RAMQ and provincial
health numbers, UK National Insurance number (valid prefixes), NHS number (modulus 11), Irish PPSN (modulus
23 check letter), Australian Medicare number (weighted check digit), South African identity number (birth
date, sex, Luhn) -- and docket, claim, report, badge, A-number, UCI and policy numbers."""

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


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(value: str) -> bool:
    a, g, s = value.split("-")
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = MBI_A + D
    kinds = ["123456789", MBI_A, an, D, MBI_A, an, D, MBI_A, MBI_A, D, D]  # the MBI's eleven positions
    s = "".join(rng.choice(k) for k in kinds)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(value: str) -> bool:
    return len(value) == 10 and luhn_ok("80840" + value)


_VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v: str) -> str:
    r = sum(_VIN_VAL[ch] * w for ch, w in zip(v, _VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1FT", "1GC", "2T1", "3VW", "JTD", "5YJ", "1HG", "KMH", "WVW", "6T1", "AHT", "MR0"])
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    body = wmi + vds + "0" + rng.choice("KLMNPRS") + rng.choice(VIN_CH) + fill(rng, "######")
    return body[:8] + vin_check(body) + body[9:]


def vin_ok(v: str) -> bool:
    return len(v) == 17 and vin_check(v) == v[8]


def sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + fill(rng, "#######")
    n = body + luhn_digit(body)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino(rng: random.Random) -> str:
    while True:
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in _NINO_BAD:
            break
    n = fill(rng, "######")
    s = rng.choice("ABCD")
    return rng.choice([f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {s}", f"{a}{b}{n}{s}"])


def nhs(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%########")
        c = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if c != 10:
            n = body + str(0 if c == 11 else c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def nhs_ok(value: str) -> bool:
    d = value.replace(" ", "")
    c = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    return len(d) == 10 and (0 if c == 11 else c) == int(d[9])


_PPS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(rng: random.Random) -> str:
    body = fill(rng, "#######")
    second = rng.choice(["", "", "A"])
    total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    return body + _PPS[total % 23] + second


def ppsn_ok(value: str) -> bool:
    body, check, second = value[:7], value[7], value[8:]
    total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    return _PPS[total % 23] == check


def sa_id(rng: random.Random, dob: date, female: bool) -> str:
    seq = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = f"{dob:%y%m%d}{seq:04d}08"
    return body + luhn_digit(body)


def au_medicare(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = body + str(check) + rng.choice("123")
    return f"{n[:4]} {n[4:9]} {n[9]}"


def au_medicare_ok(value: str) -> bool:
    d = value.replace(" ", "")
    return sum(int(x) * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def ramq(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    fam = "".join(ch for ch in family.upper() if ch.isalpha() and ch.isascii())[:3].ljust(3, "X")
    month = dob.month + (50 if female else 0)
    return f"{fam}{given[0].upper()} {dob:%y}{month:02d} {dob:%d}{fill(rng, '##')}"


def health_plan(rng: random.Random, loc: str, family: str, given: str, dob: date, female: bool) -> str:
    if loc == "US":
        return rng.choice([fill(rng, "@@@#########"), fill(rng, "W%########"), fill(rng, "%##########-01")])
    if loc == "CA":
        first = ramq(rng, family, given, dob, female)
        return rng.choice([first, fill(rng, "%## ### ###"), fill(rng, "%####-####")])
    if loc == "AU":  # a private health fund's membership number (Medicare is the national number)
        return fill(rng, rng.choice(["%#######", "%#######-0#"]))
    if loc == "IE":
        return fill(rng, rng.choice(["%######@", "GMS %#####"]))
    if loc == "ZA":
        return fill(rng, rng.choice(["%#########", "%#######-0#", "@@ %######"]))
    return nhs(rng)


PLATES = {
    "US": ["@@@-####", "%@@ ###", "@@@ %###", "%##-@@@"],
    "CA": ["@@@ ###", "@@@-%##", "%##-@@@", "@@@@ %##"],
    "AU": ["%@@-%@@", "@@@-%##", "%@@ %@@", "@@-%#-@@"],
    "UK": ["@@%# @@@", "@@%# @@@"],
    "IE": ["%#%-@@-%###", "%##-@-%####"],
    "ZA": ["@@ %# @@ GP", "@@@ %## GP", "ND %##-%##", "@@ %# @@ ZN", "CA %##-%##"],
}


def plate(rng: random.Random, loc: str) -> str:
    p = fill(rng, rng.choice(PLATES[loc]))
    if loc == "IE":  # year and county index: 231-C-4417
        year = f"{rng.randint(12, 24)}{rng.choice('12')}"
        p = f"{year}-{rng.choice(['C', 'KY', 'L', 'G', 'MO', 'T', 'WX'])}-{fill(rng, '%###')}"
    return p


LICENCES = {
    "US": ["@#######", "%########", "@###-####-####", "%#######"],
    "CA": ["@####-%####-#####", "%####-###", "%#######"],
    "AU": ["%########", "%#######", "0%#######"],
    "IE": ["%#######"],
    "ZA": ["%###0000####"],
}


def licence(rng: random.Random, loc: str, family: str = "", given: str = "", dob: date | None = None,
            female: bool = False) -> str:
    """A driving licence number; the UK's is built from the holder's surname, birth date and initials."""
    if loc == "UK" and dob is not None:
        fam = "".join(ch for ch in family.upper() if ch.isascii() and ch.isalpha())[:5].ljust(5, "9")
        month = dob.month + (50 if female else 0)
        tail = f"{given[0].upper()}9{rng.randint(0, 9)}{fill(rng, '@@')}"
        return f"{fam}{dob.year % 100 // 10}{month:02d}{dob:%d}{dob.year % 10}{tail}"
    return fill(rng, rng.choice(LICENCES[loc]))
