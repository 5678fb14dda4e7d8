"""Identifiers for probe 74 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: Indian Aadhaar (12 digits, first 2-9, Verhoeff check digit -- the kit's shared algorithm),
ABHA number (14 digits, 2-4-4-4), PAN (AAAPA9999A: fourth letter P for a person, fifth the initial of the
surname), EPIC voter id, RCH id, Nikshay id, state driving licence and vehicle registration; Pakistani CNIC
(13 digits, 5-7-1, the last digit odd for a man and even for a woman); Bangladeshi NID (10-digit smart card;
17-digit with the birth year first); Sri Lankan NIC (old: two-digit birth year, day of the year, +500 for a
woman, 4 digits, V; new: four-digit year, day of the year, +500 for a woman, 5 digits); Nepali citizenship
certificate numbers (district-issuing office-year BS-serial)."""

from __future__ import annotations

import random
import re
from datetime import date

from tests.engine.probe.checkdigits import verhoeff_digit, verhoeff_valid

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % 1-9, ^ 2-9, ! 6-9, @ an upper-case letter, ~ a lower-case hex digit."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "!": "6789", "@": UP, "~": "0123456789abcdef"}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


NATIVE = {
    "deva": "०१२३४५६७८९", "beng": "০১২৩৪৫৬৭৮৯", "taml": "௦௧௨௩௪௫௬௭௮௯", "telu": "౦౧౨౩౪౫౬౭౮౯",
    "knda": "೦೧೨೩೪೫೬೭೮೯", "mlym": "൦൧൨൩൪൫൬൭൮൯", "gujr": "૦૧૨૩૪૫૬૭૮૯", "guru": "੦੧੨੩੪੫੬੭੮੯",
    "urdu": "۰۱۲۳۴۵۶۷۸۹",
}  # fmt: skip


def native(s: str, script: str) -> str:
    """`s` with its ASCII digits written in the script's own digits."""
    table = NATIVE.get(script)
    return s.translate(str.maketrans(D, table)) if table else s


def ascii_digits(s: str) -> str:
    return "".join(str(int(c)) if c.isdecimal() else c for c in s)


# ---- India ------------------------------------------------------------------------------------------------


def aadhaar(rng: random.Random) -> str:
    body = fill(rng, "^##########")
    d = body + verhoeff_digit(body)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_ok(s: str) -> bool:
    d = ascii_digits(s).replace(" ", "").replace("-", "")
    return len(d) == 12 and d[0] in "23456789" and verhoeff_valid(d)


def abha(rng: random.Random) -> str:
    return fill(rng, "91-####-####-####")


def abha_ok(s: str) -> bool:
    return bool(re.fullmatch(r"\d{2}-\d{4}-\d{4}-\d{4}", ascii_digits(s)))


def pan(rng: random.Random, surname_initial: str) -> str:
    return fill(rng, "@@@") + "P" + surname_initial + fill(rng, "%###") + fill(rng, "@")


def pan_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))


def epic(rng: random.Random) -> str:
    return fill(rng, "@@@#######")


def epic_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}\d{7}", s))


def pmjay(rng: random.Random) -> str:
    """The PM-JAY (Ayushman card) beneficiary id: 9 characters, letters and digits."""
    return "P" + "".join(rng.choice(UP + "23456789") for _ in range(8))


def rch(rng: random.Random) -> str:
    """RCH (MCP card) id: 12 digits, the state's census code first."""
    return fill(rng, "%###########")


def nikshay(rng: random.Random) -> str:
    return fill(rng, "%#######")


def driving_licence_in(rng: random.Random, state: str, issued: int) -> str:
    return f"{state}{rng.randint(1, 58):02d} {issued}{fill(rng, '000####')}"


def vehicle_in(rng: random.Random, state: str) -> str:
    return f"{state} {rng.randint(1, 58):02d} {fill(rng, '@@')} {fill(rng, '%###')}"


# ---- Pakistan ---------------------------------------------------------------------------------------------


def cnic(rng: random.Random, female: bool, district: str = "35202") -> str:
    last = rng.choice("02468" if female else "13579")
    return f"{district}-{fill(rng, '%######')}-{last}"


def cnic_ok(s: str, female: bool | None = None) -> bool:
    m = re.fullmatch(r"[1-7]\d{4}-\d{7}-(\d)", s)
    return bool(m) and (female is None or (int(m.group(1)) % 2 == 0) == female)


# ---- Bangladesh -------------------------------------------------------------------------------------------


def nid_bd(rng: random.Random, dob: date) -> str:
    if rng.random() < 0.5:
        return fill(rng, "%#########")
    return f"{dob.year}{rng.choice(['26', '61', '93', '27', '30'])}{fill(rng, '###########')}"


def nid_bd_ok(s: str, dob: date | None = None) -> bool:
    d = ascii_digits(s)
    if re.fullmatch(r"\d{10}", d):
        return True
    return bool(re.fullmatch(r"(19|20)\d{15}", d)) and (dob is None or d[:4] == str(dob.year))


# ---- Sri Lanka --------------------------------------------------------------------------------------------


def _doy(dob: date, female: bool) -> int:
    # the NIC counts every year as a leap year (day 60 is 29 February)
    n = (date(2000, dob.month, dob.day) - date(2000, 1, 1)).days + 1
    return n + (500 if female else 0)


def nic_lk(rng: random.Random, dob: date, female: bool) -> str:
    if dob.year < 2000 and rng.random() < 0.5:
        return f"{dob.year % 100:02d}{_doy(dob, female):03d}{fill(rng, '####')}V"
    return f"{dob.year}{_doy(dob, female):03d}{fill(rng, '#####')}"


def nic_lk_ok(s: str, dob: date, female: bool) -> bool:
    doy = f"{_doy(dob, female):03d}"
    if re.fullmatch(r"\d{9}[VX]", s):
        return s[:2] == f"{dob.year % 100:02d}" and s[2:5] == doy
    return bool(re.fullmatch(r"\d{12}", s)) and s[:4] == str(dob.year) and s[4:7] == doy


# ---- Nepal ------------------------------------------------------------------------------------------------


def citizenship_np(rng: random.Random, district: int) -> str:
    """District code, issuing office, year of issue (BS, two digits), serial -- in Devanagari digits."""
    serial = fill(rng, "#####")
    return native(f"{district:02d}-{rng.randint(1, 3):02d}-{rng.randint(55, 80)}-{serial}", "deva")


def citizenship_np_ok(s: str) -> bool:
    d = ascii_digits(s)
    return bool(re.fullmatch(r"\d{2}-\d{2}-\d{2}-\d{5}", d)) and 1 <= int(d[:2]) <= 77


def ipv4(rng: random.Random) -> str:
    first = rng.choice([49, 103, 106, 117, 122, 157, 182, 202])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
