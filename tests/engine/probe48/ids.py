"""Identifiers for probe 48 (random, synthetic): Gulf, Levant, North African, Turkish and Iranian national and
health numbers with their real shapes and, where the scheme has a public one, a valid check digit -- Emirates
ID (784-YYYY-NNNNNNN-C, Luhn), Saudi national ID and Iqama (Luhn), Qatari QID (century, year, nationality
code), Kuwaiti Civil ID (birth date, mod-11 check), Bahraini CPR, Omani civil number, Jordanian national
number, Egyptian national ID (birth date, governorate), Moroccan CIN, Tunisian CIN, Turkish T.C. Kimlik No
(both check digits), Iranian national code (mod-11 check) -- passports, Makani numbers, Saudi short national
addresses, vehicle plates, and the Hijri (tabular) and Solar Hijri calendars for dates written in them."""

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


def emirates_id(rng: random.Random, dob: date) -> str:
    body = f"784{dob.year}" + fill(rng, "#######")
    n = body + luhn_digit(body)
    dashed = f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"
    return rng.choice([dashed, dashed, f"{n[:3]} {n[3:7]} {n[7:14]} {n[14]}", n])


def saudi_id(rng: random.Random, citizen: bool) -> str:
    body = ("1" if citizen else "2") + fill(rng, "########")
    return body + luhn_digit(body)


QA_NAT = {"qatari": "634", "malayali": "356", "sudanese": "729", "egyptian": "818", "jordanian": "400",
          "lebanese": "422"}  # fmt: skip


def qid(rng: random.Random, dob: date, culture: str) -> str:
    century = 2 if dob.year < 2000 else 3
    return f"{century}{dob.year % 100:02d}{QA_NAT.get(culture, '356')}{fill(rng, '#####')}"


KW_W = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def kw_check(body: str) -> int:
    return 11 - sum(int(c) * w for c, w in zip(body, KW_W, strict=True)) % 11


def kw_civil_id(rng: random.Random, dob: date) -> str:
    while True:
        body = f"{2 if dob.year < 2000 else 3}{dob:%y%m%d}{fill(rng, '####')}"
        c = kw_check(body)
        if c < 10:
            return body + str(c)


def kw_ok(civil: str) -> bool:
    return len(civil) == 12 and kw_check(civil[:11]) == int(civil[11])


def bh_cpr(rng: random.Random, dob: date) -> str:
    return f"{dob:%y%m}{fill(rng, '#####')}"


def om_civil(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "%########"]))


def jo_national(rng: random.Random, dob: date, female: bool) -> str:
    if dob.year >= 2000:
        return f"2000{fill(rng, '######')}"
    return f"9{dob.year % 100:02d}{2 if female else 1}{fill(rng, '######')}"


EG_GOV = {"Giza Governorate": "21", "Sharqia Governorate": "13", "Dakahlia Governorate": "12",
          "Qalyubia Governorate": "14", "Beheira Governorate": "18"}  # fmt: skip


def eg_nid(rng: random.Random, dob: date, female: bool, region: str) -> str:
    g = rng.choice("02468" if female else "13579")
    century = 2 if dob.year < 2000 else 3
    return f"{century}{dob:%y%m%d}{EG_GOV.get(region, '01')}{fill(rng, '###')}{g}{fill(rng, '#')}"


def tc_kimlik(rng: random.Random) -> str:
    d = [int(c) for c in fill(rng, "%########")]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tc_ok(n: str) -> bool:
    if len(n) != 11 or n[0] == "0" or not n.isdigit():
        return False
    d = [int(c) for c in n]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == d10 and d[10] == sum(d[:10]) % 10


def ir_melli(rng: random.Random) -> str:
    body = fill(rng, "%########")
    s = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return body + str(s if s < 2 else 11 - s)


def ir_ok(code: str) -> bool:
    digits = code.replace("-", "")
    s = sum(int(c) * (10 - i) for i, c in enumerate(digits[:9])) % 11
    return len(digits) == 10 and int(digits[9]) == (s if s < 2 else 11 - s)


def ma_cin(rng: random.Random) -> str:
    return fill(rng, rng.choice(["BE%#####", "J%#####", "JB%####", "EE%#####", "BK%#####", "K%#####"]))


def tn_cin(rng: random.Random) -> str:
    return rng.choice("01") + fill(rng, "#######")


PASSPORT = {"emirati": "@#######", "saudi": "@#######", "kuwaiti": "@#######", "qatari": "@########",
            "bahraini": "%#######", "omani": "%#######", "jordanian": "@######", "lebanese": "LR%######",
            "egyptian": "A########", "moroccan": "@@%######", "tunisian": "@%######", "turkish": "U%#######",
            "persian": "@########", "malayali": "@%######", "sudanese": "P0%######"}  # fmt: skip


def passport(rng: random.Random, culture: str) -> str:
    return fill(rng, PASSPORT[culture])


def makani(rng: random.Random) -> str:
    return fill(rng, "%#### #####")


def short_address(rng: random.Random) -> str:
    return "".join(rng.choice("ABDEHJKMNRSTW") for _ in range(4)) + fill(rng, "%###")


PLATES = {
    "AE": ["@ %####", "@@ %####", "%# %####"],
    "SA": ["@@@ %###"],
    "QA": ["%#####"],
    "KW": ["%#/%####"],
    "OM": ["%#### @@"],
    "BH": ["%#####"],
    "JO": ["%#-%####"],
    "LB": ["@ %#####"],
    "EG": ["ب ط ع %###", "ر س ن %###", "ق م ل %##"],
    "MA": ["%####-@-%#"],
    "TN": ["%## TU %###"],
    "TR": ["%# @@@ %##", "%# @@ %###"],
    "IR": ["%# @ %## - %#"],
}
SA_PLATE_LETTERS = "ABJDRSXTEGKLZHNUV"


def plate(rng: random.Random, loc: str) -> str:
    p = fill(rng, rng.choice(PLATES[loc]))
    if loc == "SA":
        p = "".join(rng.choice(SA_PLATE_LETTERS) for _ in range(3)) + p[3:]
    if loc == "MA":  # the letter of a Moroccan plate is Arabic (alif, ba, dal ...)
        p = p.replace(p.split("-")[1], rng.choice("أبده"))
    if loc == "IR":  # an Iranian plate's letter is Persian (be, jim, dal, sin ...)
        p = p.replace(p.split()[1], rng.choice("بجدسصطقلمنوهی"))
    return p


# ---- calendars ---------------------------------------------------------------------------------------------


def _jd(d: date) -> int:
    return d.toordinal() + 1721425


def hijri(d: date) -> tuple[int, int, int]:
    """The tabular (arithmetical) Islamic calendar: within a day or two of the Umm al-Qura calendar."""
    jd = _jd(d)
    days = jd - 1948440 + 10632
    n = (days - 1) // 10631
    days = days - 10631 * n + 354
    j = ((10985 - days) // 5316) * ((50 * days) // 17719) + (days // 5670) * ((43 * days) // 15238)
    days = days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * days) // 709
    day = days - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day


def jalali(d: date) -> tuple[int, int, int]:
    """The Solar Hijri (Persian) calendar date of a Gregorian date (the common 33-year arithmetic)."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    leap = ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400)
    days = 355666 + (365 * gy) + leap + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd
