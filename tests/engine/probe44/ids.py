"""Identifiers for probe 44 (random, synthetic): South and Southeast Asian national and health numbers with
their real shapes and, where the scheme has one, a valid check digit or letter -- Aadhaar (Verhoeff), PAN,
ABHA number, CNIC, Bangladesh NID, Sri Lanka NIC (old and new), PhilHealth PIN, SSS number, MyKad, NRIC/FIN
(check letter) -- and vehicle registration numbers."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]  # fmt: skip
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]  # fmt: skip
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng: random.Random) -> str:
    body = fill(rng, "^##########")
    n = body + verhoeff_digit(body)
    return rng.choice([f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}", n])


def pan(rng: random.Random, family: str) -> str:
    return fill(rng, "@@@") + "P" + family[0].upper() + fill(rng, "%###@")


def abha(rng: random.Random) -> str:
    return fill(rng, "9%-####-####-####")


def cnic(rng: random.Random, female: bool) -> str:
    last = rng.choice("2468" if female else "13579")
    return fill(rng, f"%####-%######-{last}")


def bd_nid(rng: random.Random, dob: date) -> str:
    return fill(rng, rng.choice(["%### ### ###", f"{dob.year}%############"]))


def lk_nic(rng: random.Random, dob: date, female: bool) -> str:
    day = dob.timetuple().tm_yday + (500 if female else 0)
    if dob.year < 2000 and rng.random() < 0.5:
        return f"{dob.year % 100:02d}{day:03d}{fill(rng, '####')}V"
    return f"{dob.year}{day:03d}{fill(rng, '#####')}"


def philhealth(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#-#########-#", "%###-####-####"]))


def sss(rng: random.Random) -> str:
    return fill(rng, "%#-#######-#")


MY_STATE_CODES = {"Selangor": "10", "Johor": "01", "Penang": "07", "Perak": "08", "Kedah": "02"}


def mykad(rng: random.Random, dob: date, female: bool, state: str) -> str:
    last = rng.choice("02468" if female else "13579")
    return f"{dob:%y%m%d}-{MY_STATE_CODES.get(state, '14')}-{fill(rng, '##')}{fill(rng, '#')}{last}"


def nric_letter(prefix: str, digits: str) -> str:
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    if prefix in "TG":
        total += 4
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return table[total % 11]


def nric_ok(nric: str) -> bool:
    return len(nric) == 9 and nric_letter(nric[0], nric[1:8]) == nric[8]


def nric(rng: random.Random, dob: date, foreign: bool = False) -> str:
    if foreign:
        prefix = rng.choice("FG")
        digits = fill(rng, "#######")
    else:
        prefix = "S" if dob.year < 2000 else "T"
        digits = f"{dob.year % 100:02d}" + fill(rng, "#####") if dob.year >= 1968 else fill(rng, "%######")
    return prefix + digits + nric_letter(prefix, digits)


PLATES = {
    "IN": ["MH 12 @@ %###", "TS 09 @@ %###", "TN 38 @ %###", "HR 26 @@ %###", "KA 05 @@ %###"],
    "PK": ["LEA-%###", "RIK %###", "ICT @@-%###"],
    "BD": ["Dhaka Metro-Ga %#-%###"],
    "LK": ["WP @@@-%###", "CP @@-%###"],
    "NP": ["Ba %# Pa %###"],
    "PH": ["@@@ %###", "@@@-%###"],
    "MY": ["W@@ %###", "B@@ %###", "J@@ %###"],
    "SG": ["S@@%###@"],
}


def plate(rng: random.Random, loc: str) -> str:
    return fill(rng, rng.choice(PLATES[loc]))
