# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 89 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: Saudi national ID / iqama (10 digits, first 1 or 2, Luhn), UAE Emirates ID (784-YYYY-NNNNNNN-C, Luhn),
Kuwaiti civil ID (12 digits, weights 2 1 6 3 7 9 10 5 8 4 2, modulus 11), Russian SNILS (11 digits, weighted sum
modulus 101), Kazakh IIN (12 digits, two-pass modulus 11), Chinese resident identity number (18 characters, ISO 7064
MOD 11-2), US SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial); a payment card or IMEI (Luhn). Omani civil
numbers, Qatari QIDs, Nigerian NINs, Ghana Cards, Kenyan ids and KRA PINs, Iraqi and Libyan national numbers,
Uzbek PINFLs, Mongolian register numbers, Bangladeshi NIDs, Maldivian NIDs, Indonesian NIKs and passports have
their shapes only. No number is a real one's except by chance: they are drawn at random."""

from __future__ import annotations

import random
from datetime import date

DIG = "0123456789"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q); anything else is copied."""
    pools = {"#": DIG, "%": "123456789", "^": "23456789", "@": LET}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


def digits_of(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def luhn_ok(number: str) -> bool:
    d = digits_of(number)
    return len(d) > 1 and luhn_check(d[:-1]) == d[-1]


def saudi_id(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_check(body)


def saudi_id_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def emirates_id(rng: random.Random, born: int) -> str:
    body = f"784{born}" + fill(rng, "#######")
    n = body + luhn_check(body)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def emirates_id_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 15 and d.startswith("784") and luhn_ok(d)


_KW_W = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def kuwait_civil(rng: random.Random, born: date) -> str:
    while True:
        body = f"{2 if born.year < 2000 else 3}{born:%y%m%d}" + fill(rng, "####")
        check = 11 - sum(int(c) * w for c, w in zip(body, _KW_W, strict=True)) % 11
        if check < 10:
            return body + str(check)


def kuwait_civil_ok(s: str) -> bool:
    d = digits_of(s)
    if len(d) != 12:
        return False
    check = 11 - sum(int(c) * w for c, w in zip(d[:11], _KW_W, strict=True)) % 11
    return check < 10 and check == int(d[11])


def _snils_check(body: str) -> int:
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    while total > 101:
        total %= 101
    return 0 if total in (100, 101) else total


def snils(rng: random.Random) -> str:
    body = fill(rng, "%########")
    check = _snils_check(body)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def snils_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 11 and _snils_check(d[:9]) == int(d[9:])


def _iin_check(body: str) -> int | None:
    r = sum(int(c) * w for c, w in zip(body, range(1, 12), strict=True)) % 11
    if r == 10:
        r = sum(int(c) * w for c, w in zip(body, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    return None if r == 10 else r


def kz_iin(rng: random.Random, born: date, female: bool) -> str:
    while True:
        century = (3 if born.year < 2000 else 5) + (1 if female else 0)
        body = f"{born:%y%m%d}{century}" + fill(rng, "####")
        if (check := _iin_check(body)) is not None:
            return body + str(check)


def kz_iin_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 12 and _iin_check(d[:11]) == int(d[11])


_RIC_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def china_ric(rng: random.Random, born: date) -> str:
    body = (
        rng.choice(["110105", "310104", "440106", "510107", "210102", "330106"])
        + f"{born:%Y%m%d}"
        + fill(rng, "###")
    )
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _RIC_W, strict=True)) % 11]


def china_ric_ok(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return s[17] == "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], _RIC_W, strict=True)) % 11]


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01"]) + fill(rng, "############")
    return body + luhn_check(body)


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([5, 37, 41, 62, 78, 89, 102, 105, 176, 185, 197, 212])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def iban(rng: random.Random, country: str) -> str:
    """An IBAN of `country` (SA, AE, KW, QA, TR, DE) with valid ISO 13616 check digits, printed in groups of four."""
    bban = fill(
        rng,
        {
            "SA": "%#" + "#" * 18,
            "AE": "0%#" + "#" * 16,
            "KW": "@@@@" + "#" * 22,
            "QA": "@@@@" + "#" * 21,
            "TR": "%####0" + "#" * 16,
            "DE": "%#######" + "#" * 10,
        }[country],
    )
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    n = f"{country}{98 - int(num) % 97:02d}{bban}"
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4))


def iban_ok(s: str) -> bool:
    t = s.replace(" ", "")
    return len(t) > 15 and int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1
