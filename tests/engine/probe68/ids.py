"""Identifiers for probe 68 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: US SSN and NPI (Luhn over 80840), Canadian SIN (Luhn) and provincial health numbers
(Ontario with its version code, Manitoba PHIN, Newfoundland MCP, Quebec RAMQ built from the name and date of
birth, Nunavut), UK NHS number (modulus 11) and National Insurance number, Irish PPS number (modulus 23 check
letter), Australian Medicare card number (weighted check digit, issue number); driving licence numbers in each
jurisdiction's shape (the UK's built from the holder's name and date of birth) and Irish Eircodes."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter, ~ a lower-case hex digit."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "~": HEX}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


# ---- United States ---------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


# ---- Canada ----------------------------------------------------------------------------------------------

SIN_FIRST = {"NL": "1", "QC": "2", "ON": "4", "MB": "6", "NU": "6"}


def sin(rng: random.Random, abbr: str) -> str:
    body = SIN_FIRST.get(abbr, "5") + fill(rng, "#######")
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def sin_ok(s: str) -> bool:
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 9 and luhn_ok(d)


def health_number(rng: random.Random, abbr: str, given: str, family: str, dob: date, female: bool) -> str:
    if abbr == "ON":
        body = fill(rng, "%########")
        n = body + luhn_digit(body)
        return f"{n[:4]}-{n[4:7]}-{n[7:]}-{rng.choice(UP)}{rng.choice(UP)}"
    if abbr == "QC":
        fam = "".join(c for c in ascii_fold(family).upper() if c.isalpha())
        giv = ascii_fold(given).upper()
        month = dob.month + (50 if female else 0)
        return f"{(fam + 'XXX')[:3]}{giv[0]} {dob.year % 100:02d}{month:02d} {dob.day:02d}{fill(rng, '##')}"
    if abbr == "NL":
        return fill(rng, "%## ### ### ###")
    if abbr == "NU":
        return fill(rng, "1########")
    return fill(rng, "%########")  # Manitoba PHIN


# ---- United Kingdom --------------------------------------------------------------------------------------


def nhs(rng: random.Random) -> str:
    while True:
        body = [int(c) for c in fill(rng, "%########")]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9]


def ni_number(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return f"{prefix} {fill(rng, '## ## ##')} {rng.choice('ABCD')}"


# ---- Ireland ---------------------------------------------------------------------------------------------

_PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"  # value 0 is W


def ppsn(rng: random.Random) -> str:
    digits = fill(rng, "#######")
    second = rng.choice(["", "", "A", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(digits))
    if second and second != "W":
        total += 9 * _PPS_LETTERS.index(second)
    return digits + _PPS_LETTERS[total % 23] + second


def ppsn_ok(p: str) -> bool:
    if len(p) not in (8, 9) or not p[:7].isdigit():
        return False
    total = sum(int(c) * (8 - i) for i, c in enumerate(p[:7]))
    if len(p) == 9 and p[8] != "W":
        total += 9 * _PPS_LETTERS.index(p[8])
    return _PPS_LETTERS[total % 23] == p[7]


EIR = "ACDEFHKNPRTVWXY0123456789"


def eircode(rng: random.Random, routing: str) -> str:
    return f"{routing} {rng.choice('ACDEFHKNPRTVWXY')}{''.join(rng.choice(EIR) for _ in range(3))}"


# ---- Australia -------------------------------------------------------------------------------------------


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = body + str(check) + rng.choice("123")
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n])


def medicare_au_ok(m: str) -> bool:
    d = "".join(c for c in m.split("/")[0] if c.isdigit())
    if len(d) not in (10, 11):
        return False
    return sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


# ---- driving licences ------------------------------------------------------------------------------------


def uk_licence(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    """DVLA: five letters of the surname (9-padded), decade, month (+5 for a woman), day, year, initials, 9,
    two check characters."""
    fam = "".join(c for c in ascii_fold(family).upper() if c.isalpha())
    fam = (fam + "99999")[:5]
    month = dob.month + (50 if female else 0)
    ini = ascii_fold(given).upper()[0] + "9"
    decade, year = str(dob.year)[2], str(dob.year)[3]
    return f"{fam}{decade}{month:02d}{dob.day:02d}{year}{ini}9{rng.choice(UP)}{rng.choice(UP)}"


def driver_licence(
    rng: random.Random, code: str, abbr: str, family: str, given: str, dob: date, female: bool
) -> str:
    if code == "UK":
        return uk_licence(rng, family, given, dob, female)
    patterns = {
        "KY": "@%#-###-###", "LA": "00%######", "NC": "%###########", "MN": "@%##-###-###-###",
        "FL": "@%##-###-##-###-#", "MB": "@@@@-@@-%##@#", "NL": "@%#########", "ON": "@%###-#####-#####",
        "QC": "@%###-######-##", "NU": "%#####", "WA": "%######", "VIC": "%########", "NSW": "%#######",
        "QLD": "%########",
    }  # fmt: skip
    if code == "IE":
        return fill(rng, "%########")
    return fill(rng, patterns[abbr])


def ipv4(rng: random.Random) -> str:
    first = rng.choice([24, 47, 68, 71, 99, 142, 174, 207])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
