# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 79 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: Saudi national ID / Iqama (10 digits, 1 or 2 first, Luhn), UAE Emirates ID (784-YYYY-NNNNNNN-C,
Luhn), Israeli Teudat Zehut (9 digits, alternating 1-2 weights), Turkish T.C. Kimlik No (11 digits, two check
digits), Iranian code melli (10 digits, modulus 11), Egyptian national ID (14 digits: century, birth date,
governorate, sequence with the sex in its parity, a last digit), IBANs (SA, AE, TR, IL, IR: ISO 13616 mod-97);
also digit conversion to Eastern Arabic and Persian numerals, and the tabular Hijri and Jalali calendars."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
AR = "٠١٢٣٤٥٦٧٨٩"
FA = "۰۱۲۳۴۵۶۷۸۹"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": "ABCDEFGHJKLMNPRSTUVWXYZ"}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ar(s: str) -> str:
    """Western digits as Eastern Arabic ones (٠١٢...)."""
    return s.translate(str.maketrans(D, AR))


def fa(s: str) -> str:
    """Western digits as Persian ones (۰۱۲...)."""
    return s.translate(str.maketrans(D, FA))


def western(s: str) -> str:
    return s.translate(str.maketrans(AR + FA, D + D))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


# ---- Saudi Arabia, UAE -----------------------------------------------------------------------------------


def saudi_id(rng: random.Random, resident: bool = False) -> str:
    body = ("2" if resident else "1") + fill(rng, "########")
    return body + luhn_digit(body)


def saudi_id_ok(v: str) -> bool:
    v = western(v)
    return len(v) == 10 and v[0] in "12" and luhn_ok(v)


def emirates_id(rng: random.Random, birth_year: int) -> str:
    body = f"784{birth_year}" + fill(rng, "#######")
    c = luhn_digit(body)
    return f"{body[:3]}-{body[3:7]}-{body[7:]}-{c}"


def emirates_id_ok(v: str) -> bool:
    d = v.replace("-", "")
    return len(d) == 15 and d.startswith("784") and luhn_ok(d)


# ---- Israel ---------------------------------------------------------------------------------------------


def _tz_sum(digits: str) -> int:
    total = 0
    for i, c in enumerate(digits):
        n = int(c) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return total


def teudat_zehut(rng: random.Random) -> str:
    body = rng.choice("0123") + fill(rng, "#######")
    return body + str((10 - _tz_sum(body) % 10) % 10)


def teudat_zehut_ok(v: str) -> bool:
    return len(v) == 9 and v.isdigit() and _tz_sum(v) % 10 == 0


# ---- Turkey ---------------------------------------------------------------------------------------------


def tc_kimlik(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tc_kimlik_ok(v: str) -> bool:
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    d = list(map(int, v))
    return d[9] == ((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10) and d[10] == sum(d[:10]) % 10


# ---- Iran -----------------------------------------------------------------------------------------------


def _melli_check(body: str) -> str:
    r = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return str(r if r < 2 else 11 - r)


def code_melli(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%########")
        if len(set(body)) > 2:
            return body + _melli_check(body)


def code_melli_ok(v: str) -> bool:
    v = western(v).replace("-", "")
    return len(v) == 10 and v.isdigit() and _melli_check(v[:9]) == v[9]


# ---- Egypt ----------------------------------------------------------------------------------------------

EG_GOVERNORATES = ["01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "25", "26", "27", "28", "29", "31", "32", "33", "34", "35", "88"]  # fmt: skip


def egypt_id(rng: random.Random, dob: date, female: bool, gov: str | None = None) -> str:
    century = "2" if dob.year < 2000 else "3"
    seq = fill(rng, "###") + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return f"{century}{dob:%y%m%d}{gov or rng.choice(EG_GOVERNORATES)}{seq}{rng.randint(1, 9)}"


def egypt_id_ok(v: str, dob: date | None = None) -> bool:
    v = western(v)
    if len(v) != 14 or not v.isdigit() or v[0] not in "23" or v[7:9] not in EG_GOVERNORATES:
        return False
    try:
        born = date((1900 if v[0] == "2" else 2000) + int(v[1:3]), int(v[3:5]), int(v[5:7]))
    except ValueError:
        return False
    return dob is None or born == dob


# ---- IBAN -----------------------------------------------------------------------------------------------

IBAN_SHAPES = {"SA": "##" + "#" * 18, "AE": "###" + "#" * 16, "TR": "#####0" + "#" * 16, "IL": "######" + "#" * 13, "IR": "0" + "#" * 21}


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(rng: random.Random, country: str, spaced: bool = True) -> str:
    bban = fill(rng, IBAN_SHAPES[country])
    check = 98 - _mod97(bban + country + "00")
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def iban_ok(v: str) -> bool:
    raw = v.replace(" ", "")
    return len(raw) == 2 + 2 + len(IBAN_SHAPES.get(raw[:2], "?" * 99)) and _mod97(raw[4:] + raw[:4]) == 1


# ---- calendars --------------------------------------------------------------------------------------------

HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]  # fmt: skip
JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]  # fmt: skip


def hijri(d: date) -> tuple[int, int, int]:
    """The tabular (civil) Islamic calendar: (year, month, day); within a day or two of Umm al-Qura."""
    jd = d.toordinal() + 1721424.5
    jd = int(jd + 0.5)
    y = (30 * (jd - 1948439) + 10646) // 10631
    m = min(12, int((jd - (29 + _hijri_to_jd(y, 1, 1)) + 29) // 29.5) + 1)
    day = jd - _hijri_to_jd(y, m, 1) + 1
    if day > 30 or day < 1:  # a month boundary the approximation missed
        m = max(1, min(12, m + (1 if day > 30 else -1)))
        day = jd - _hijri_to_jd(y, m, 1) + 1
    return y, m, int(day)


def _hijri_to_jd(y: int, m: int, d: int) -> int:
    return d + int(29.5 * (m - 1) + 0.99) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439 - 1


def jalali(d: date) -> tuple[int, int, int]:
    """Gregorian to the Solar Hijri (Jalali) calendar (the 33-year arithmetic rule, exact for 1900-2100)."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + (days // 31), 1 + (days % 31)
    else:
        jm, jd = 7 + ((days - 186) // 30), 1 + ((days - 186) % 30)
    return jy, jm, jd
