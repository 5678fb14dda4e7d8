"""Identifiers for probe 80 (random, synthetic) in their real shapes and, where the scheme has one, with valid
check digits: Russian СНИЛС (the two-digit check number), полис ОМС единого образца (16 digits, its check
digit), ИНН физического лица (12 digits, two check digits) and passport series + number; Ukrainian РНОКПП (10
digits, the first five the days since 31.12.1899, the ninth the sex, a check digit) and УНЗР (date of birth,
record number, check digit); the Belarusian identification number (14 characters, a 7-3-1 check digit);
Kazakh ИИН (12 digits, the date of birth, a century/sex digit and the two-pass modulus-11 check digit); Uzbek
ПИНФЛ / JShShIR (14 digits, sex/century digit, date of birth, a 7-3-1 check digit); the Kyrgyz personal number
(14 digits, sex, date of birth); the Georgian personal number (11 digits), the Armenian public service number
(ՀԾՀ, 10 digits) and the Azerbaijani FIN (7 characters), which have no public check digit; number plates of
every country and bank cards (Luhn)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"
CYR_PLATE = "АВЕКМНОРСТУХ"  # the Cyrillic letters a Russian plate may carry (they have Latin look-alikes)


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case Latin letter, ~ a lower-case hex digit, & a
    Russian plate letter."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "~": HEX, "&": CYR_PLATE}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(d: str) -> bool:
    d = digits(d)
    return len(d) > 1 and luhn_digit(d[:-1]) == d[-1]


def card(rng: random.Random) -> str:
    body = rng.choice(["2202", "2200", "4276", "5469", "4400", "8600", "9860"]) + fill(rng, "###########")
    n = body + luhn_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


# ---- Russia ----------------------------------------------------------------------------------------------


def _snils_check(body: str) -> int:
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if total < 100:
        return total
    if total in (100, 101):
        return 0
    total %= 101
    return 0 if total == 100 else total


def snils(rng: random.Random) -> str:
    body = fill(rng, "%########")
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {_snils_check(body):02d}"


def snils_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and _snils_check(d[:9]) == int(d[9:])


def _oms_check(body: str) -> int:
    """Единый полис ОМС: the odd-placed digits from the right as a number times two, the even-placed digits
    written before it, the digits of that summed, the distance to the next multiple of ten."""
    rev = body[::-1]
    odd, even = rev[0::2], rev[1::2]
    s = even + str(int(odd) * 2)
    total = sum(int(c) for c in s)
    return (10 - total % 10) % 10


def oms(rng: random.Random) -> str:
    body = fill(rng, rng.choice(["%##############", "77#############", "50#############", "35#############"]))
    return body + str(_oms_check(body))


def oms_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 16 and _oms_check(d[:15]) == int(d[15])


_INN1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def inn(rng: random.Random) -> str:
    body = fill(rng, rng.choice(["77########", "50########", "35########", "66########", "%#########"]))
    c1 = sum(int(c) * w for c, w in zip(body, _INN1, strict=True)) % 11 % 10
    b = body + str(c1)
    c2 = sum(int(c) * w for c, w in zip(b, _INN2, strict=True)) % 11 % 10
    return b + str(c2)


def inn_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 12:
        return False
    c1 = sum(int(c) * w for c, w in zip(d[:10], _INN1, strict=True)) % 11 % 10
    c2 = sum(int(c) * w for c, w in zip(d[:11], _INN2, strict=True)) % 11 % 10
    return c1 == int(d[10]) and c2 == int(d[11])


def ru_passport(rng: random.Random) -> str:
    return fill(rng, rng.choice(["4% ## %#####", "%% ## %#####", "4%## %#####"]))


# ---- Ukraine ---------------------------------------------------------------------------------------------

_RNOKPP = (-1, 5, 7, 9, 4, 6, 10, 5, 7)


def rnokpp(rng: random.Random, dob: date, female: bool) -> str:
    days = (dob - date(1899, 12, 31)).days
    body = f"{days:05d}" + fill(rng, "###") + rng.choice("02468" if female else "13579")
    return body + str(sum(int(c) * w for c, w in zip(body, _RNOKPP, strict=True)) % 11 % 10)


def rnokpp_ok(s: str, dob: date | None = None) -> bool:
    if len(s) != 10 or not s.isdigit():
        return False
    if dob is not None and int(s[:5]) != (dob - date(1899, 12, 31)).days:
        return False
    return sum(int(c) * w for c, w in zip(s[:9], _RNOKPP, strict=True)) % 11 % 10 == int(s[9])


def _731(s: str) -> int:
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in s]  # A=10 ... Z=35
    return sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(vals)) % 10


def unzr(rng: random.Random, dob: date) -> str:
    body = f"{dob:%Y%m%d}" + fill(rng, "####")
    return f"{body[:8]}-{body[8:]}{_731(body)}"


def unzr_ok(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 13 and d.isdigit() and _731(d[:12]) == int(d[12])


def ehealth_declaration(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%###-@@%@-@%#@", "%###-%@@@-%#@@"]))


# ---- Belarus ---------------------------------------------------------------------------------------------

BY_REGION = "ABCHKEMO"  # the region letter (the 8th character)


def by_id(rng: random.Random, dob: date, female: bool) -> str:
    sex = (3 if not female else 4) if dob.year < 2000 else (5 if not female else 6)
    body = f"{sex}{dob:%d%m%y}{rng.choice(BY_REGION)}{fill(rng, '###')}{rng.choice(['PB', 'BA', 'BI'])}"
    return body + str(_731(body))


def by_id_ok(s: str) -> bool:
    return len(s) == 14 and s[:7].isdigit() and s[-1].isdigit() and _731(s[:13]) == int(s[13])


# ---- Kazakhstan ------------------------------------------------------------------------------------------


def _iin_check2(body: str) -> int:
    d = [int(c) for c in body]
    c = sum(x * w for x, w in zip(d, range(1, 12), strict=True)) % 11
    if c == 10:
        c = sum(x * w for x, w in zip(d, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    return c


def iin(rng: random.Random, dob: date, female: bool) -> str:
    cent = (3 if not female else 4) if dob.year < 2000 else (5 if not female else 6)
    while True:
        body = f"{dob:%y%m%d}{cent}{fill(rng, '####')}"
        c = _iin_check2(body)
        if c != 10:
            return body + str(c)


def iin_ok(s: str, dob: date | None = None) -> bool:
    if len(s) != 12 or not s.isdigit():
        return False
    if dob is not None and s[:6] != f"{dob:%y%m%d}":
        return False
    c = _iin_check2(s[:11])
    return c != 10 and c == int(s[11])


# ---- Uzbekistan, Kyrgyzstan ------------------------------------------------------------------------------


def pinfl(rng: random.Random, dob: date, female: bool) -> str:
    sex = (3 if not female else 4) if dob.year < 2000 else (5 if not female else 6)
    body = f"{sex}{dob:%d%m%y}{fill(rng, '%##%##')}"
    return body + str(_731(body))


def pinfl_ok(s: str) -> bool:
    return len(s) == 14 and s.isdigit() and _731(s[:13]) == int(s[13])


def kg_pin(rng: random.Random, dob: date, female: bool) -> str:
    return f"{1 if female else 2}{dob:%d%m%Y}{fill(rng, '#####')}"


# ---- Caucasus --------------------------------------------------------------------------------------------


def ge_personal(rng: random.Random) -> str:
    return fill(rng, rng.choice(["010########", "01###%#####", "6100#######", "5900#######", "3500#######"]))


def am_social(rng: random.Random) -> str:
    return fill(rng, "%#########")


def az_fin(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))


# ---- vehicles --------------------------------------------------------------------------------------------


def plate(rng: random.Random, code: str) -> str:
    if code == "RU":
        return fill(rng, "&%##&& ") + rng.choice(["77", "50", "35", "69", "196", "123", "750"])
    if code == "UA":
        ua = "АВСЕНІКМОРТХ"
        a, b = ("".join(rng.choice(ua) for _ in range(2)) for _ in range(2))
        return a + fill(rng, " %### ") + b
    if code == "BY":
        return fill(rng, "%### @@-") + rng.choice("1234567")
    if code == "KZ":
        return fill(rng, "%## @@@ ") + rng.choice(["02", "05", "13", "01"])
    if code == "UZ":
        return fill(rng, rng.choice(["01 @ %## @@", "30 %##@@@"]))
    if code == "KG":
        return fill(rng, "01 %## @@@")
    if code == "GE":
        return fill(rng, "@@-%##-@@")
    if code == "AM":
        return fill(rng, "%# @@ %##")
    return fill(rng, "%#-@@-%##")  # AZ


def ipv4(rng: random.Random) -> str:
    first = rng.choice([5, 31, 37, 46, 77, 91, 94, 178, 185, 188, 212, 217])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
