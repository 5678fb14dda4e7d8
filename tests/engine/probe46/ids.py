"""Identifiers for probe 46 (random, synthetic) with their real shapes and, where the scheme has one, a valid
check digit: US SSN, Medicare Beneficiary Identifier, NPI (Luhn over 80840), DEA number; UK NHS number
(modulus 11); Canadian provincial health cards (Ontario OHIP with version code, Quebec RAMQ, Alberta AHCIP)
and the social insurance number (Luhn); Australian Medicare card number (check digit and issue number) and
individual healthcare identifier (IHI, Luhn); driver's licences, vehicle plates and device serials."""

from __future__ import annotations

import random
import unicodedata
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
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def mbi(rng: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z)."""
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    s = "".join(rng.choice(pool) for pool in ("123456789", a, an, D, a, an, D, a, a, D, D))
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


def dea(rng: random.Random, family: str) -> str:
    first = rng.choice("ABFGM")
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + _initial(family) + "".join(map(str, d)) + str(check)


def dea_ok(n: str) -> bool:
    d = [int(c) for c in n[2:]]
    return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _initial(name: str) -> str:
    return unicodedata.normalize("NFKD", name)[0].upper()


def nhs(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%########")
        check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check != 10:
            n = body + str(check)
            return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    return (0 if check == 11 else check) == d[9]


def ohip(rng: random.Random) -> str:
    body = fill(rng, "%########")
    n = body + luhn_digit(body)
    vc = fill(rng, "@@")
    return rng.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}"])


def ramq(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    fam = "".join(c for c in unicodedata.normalize("NFKD", family.upper()) if c.isalpha())[:3]
    month = dob.month + (50 if female else 0)
    return f"{fam}{_initial(given)} {dob:%y}{month:02d} {dob.day:02d}{fill(rng, '##')}"


def ahcip(rng: random.Random) -> str:
    return fill(rng, "%####-####")


def sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + fill(rng, "#######")
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def medicare_au(rng: random.Random) -> tuple[str, str]:
    """(card number with its check digit and issue number, the individual reference number)."""
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    issue = rng.choice("123")
    n = f"{body}{check}{issue}"
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n]), rng.choice("12345")


def medicare_au_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return len(d) == 10 and sum(x * w for x, w in zip(d[:8], weights, strict=True)) % 10 == d[8]


def ihi(rng: random.Random) -> str:
    body = "800360" + fill(rng, "#########")
    n = body + luhn_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


DL = {
    "US": ["@###-####-####", "@########", "%########", "@@######"],
    "GB": [],  # built from the name (DVLA shape)
    "CA": ["@####-#####-#####", "%%%%%%-###", "@#######"],
    "AU": ["%########", "%#######", "@%######"],
}


def licence(rng: random.Random, loc: str, family: str, dob: date, female: bool) -> str:
    if loc == "GB":
        fam = (unicodedata.normalize("NFKD", family.upper()).replace("'", "") + "99999")[:5]
        month = dob.month + (50 if female else 0)
        return f"{fam}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{fill(rng, '@@9@@')}"
    return fill(rng, rng.choice(DL[loc]))


PLATES = {
    "US": ["@@@ %###", "@@@-%###", "%@@@%##", "@@@%###"],
    "GB": ["@@%# @@@"],
    "CA": ["@@@@ %##", "@@@ %##"],
    "AU": ["@@@-%##", "%@@-%@@", "@@-%#-@@"],
}


def plate(rng: random.Random, loc: str) -> str:
    return fill(rng, rng.choice(PLATES[loc]))


def serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@@%#####@", "SN %########", "@@%######@", "%###-@%##-####"]))
