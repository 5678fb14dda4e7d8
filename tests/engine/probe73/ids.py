"""Identifiers for probe 73 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: South African identity numbers (birth date, sex digits, citizenship, Luhn check digit),
Rwandan national ids (16 digits: citizenship, birth year, sex digit), Nigerian NINs (11 digits) and NUBAN
bank account numbers (the CBN's weighted check digit over the bank code), Kenyan national ids (8 digits),
Tanzanian NIDA numbers (20 digits opening with the birth date), Ethiopian Fayda FINs (12 digits, Verhoeff
check digit as the MOSIP identifier generator writes it), Ugandan NINs (CM / CF, birth year), Zimbabwean
national ids (district, serial, modulus-23 check letter, district of origin), Kenyan CCC numbers (facility
code and serial), DHIS2 uids and IMEIs (Luhn); and conversion to the Ethiopian calendar."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"
UID = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter, ~ a lower-case hex digit."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "~": HEX}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ascii_fold(s: str) -> str:
    s = (
        s.replace("ɓ", "b")
        .replace("ɗ", "d")
        .replace("ƙ", "k")
        .replace("Ɓ", "B")
        .replace("Ɗ", "D")
        .replace("Ƙ", "K")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


# ---- South Africa ----------------------------------------------------------------------------------------


def za_id(rng: random.Random, dob: date, female: bool) -> str:
    """YYMMDD, sex digits (0000-4999 female), citizen 0, 8, Luhn check digit."""
    seq = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = f"{dob:%y%m%d}{seq:04d}08"
    return body + luhn_digit(body)


def za_id_ok(n: str, dob: date | None = None) -> bool:
    n = n.replace(" ", "")
    return len(n) == 13 and luhn_ok(n) and (dob is None or n[:6] == f"{dob:%y%m%d}")


# ---- Nigeria ---------------------------------------------------------------------------------------------


def nin(rng: random.Random) -> str:
    return fill(rng, "%##########")


def nin_ok(n: str) -> bool:
    return bool(re.fullmatch(r"\d{11}", n))


NUBAN_W = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]


def nuban(rng: random.Random, bank: str) -> str:
    serial = fill(rng, "#########")
    total = sum(int(c) * w for c, w in zip(bank + serial, NUBAN_W, strict=True))
    return serial + str((10 - total % 10) % 10)


def nuban_ok(n: str, bank: str) -> bool:
    if not re.fullmatch(r"\d{10}", n):
        return False
    total = sum(int(c) * w for c, w in zip(bank + n[:9], NUBAN_W, strict=True))
    return str((10 - total % 10) % 10) == n[9]


# ---- East Africa -----------------------------------------------------------------------------------------


def ke_id(rng: random.Random) -> str:
    return fill(rng, "%#######")


def nida(rng: random.Random, dob: date) -> str:
    """Tanzanian NIDA number: birth date, then 5 + 5 + 2 digits."""
    return f"{dob:%Y%m%d}-{fill(rng, '#####-#####-##')}"


def nida_ok(n: str, dob: date | None = None) -> bool:
    return bool(re.fullmatch(r"\d{8}-\d{5}-\d{5}-\d{2}", n)) and (dob is None or n[:8] == f"{dob:%Y%m%d}")


def rw_id(rng: random.Random, dob: date, female: bool) -> str:
    """1 (Rwandan), birth year, 7 female / 8 male, 7-digit serial, issue count, 2 control digits."""
    return (
        f"1 {dob.year} {'7' if female else '8'} {fill(rng, '#######')} {rng.choice('0012')} {fill(rng, '##')}"
    )


def rw_id_ok(n: str, dob: date | None = None, female: bool | None = None) -> bool:
    d = n.replace(" ", "")
    return (
        len(d) == 16
        and d.isdigit()
        and d[0] == "1"
        and (dob is None or d[1:5] == str(dob.year))
        and (female is None or d[5] == ("7" if female else "8"))
    )


def ug_nin(rng: random.Random, dob: date, female: bool) -> str:
    return f"C{'F' if female else 'M'}{dob:%y}{fill(rng, '###')}{fill(rng, '@@@@@@@')}"[:14]


def ug_nin_ok(n: str) -> bool:
    return bool(re.fullmatch(r"C[MF]\d{5}[A-Z]{7}", n))


# ---- Ethiopia (Fayda FIN with a Verhoeff check digit) ----------------------------------------------------

_D5 = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _D5[c][_P[(i + 1) % 8][int(ch)]]
    return str(_INV[c])


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _D5[c][_P[i % 8][int(ch)]]
    return c == 0


def fayda(rng: random.Random) -> str:
    body = fill(rng, "%##########")
    d = body + verhoeff_digit(body)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def fayda_ok(n: str) -> bool:
    d = n.replace(" ", "")
    return len(d) == 12 and d.isdigit() and verhoeff_ok(d)


def _et_new_year(y: int) -> date:
    """1 Mäskäräm in Gregorian year y: 11 September, the 12th before a Gregorian leap year."""
    leap_next = (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0)
    return date(y, 9, 12 if leap_next else 11)


def ethiopian(d: date) -> tuple[int, int, int]:
    """(year, month 1-13, day) of a Gregorian date in the Ethiopian calendar."""
    start = _et_new_year(d.year)
    year = d.year - 7
    if d < start:
        start, year = _et_new_year(d.year - 1), year - 1
    n = (d - start).days
    return year, n // 30 + 1, n % 30 + 1


# ---- Zimbabwe ----------------------------------------------------------------------------------------------

ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"


def zw_id(rng: random.Random) -> str:
    """District of registration, serial, check letter (district + serial modulo 23), district of origin."""
    district = rng.choice(["08", "29", "42", "58", "63", "70", "75"])
    serial = fill(rng, "%######")
    origin = rng.choice(["07", "18", "22", "43", "47", "59"])
    return f"{district}-{serial} {ZW_LETTERS[int(district + serial) % 23]} {origin}"


def zw_id_ok(n: str) -> bool:
    m = re.fullmatch(r"(\d\d)-(\d{6,7}) ([A-Z]) (\d\d)", n)
    return bool(m) and ZW_LETTERS[int(m.group(1) + m.group(2)) % 23] == m.group(3)


# ---- others ----------------------------------------------------------------------------------------------


def dhis2_uid(rng: random.Random) -> str:
    return rng.choice(UID[:52]) + "".join(rng.choice(UID) for _ in range(10))


def imei(rng: random.Random) -> str:
    body = fill(rng, "35########") + fill(rng, "####")
    return body + luhn_digit(body)


def ipv4(rng: random.Random) -> str:
    return (
        rng.choice(["41", "102", "105", "154", "196", "197"])
        + "."
        + ".".join(str(rng.randint(1, 254)) for _ in range(3))
    )
