"""Identifiers for probe 72 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check character: the Thai national identification number (13 digits, modulus-11 check digit), the New
Zealand National Health Index number (old AAANNNC shape, modulus-11 check digit over the letters' positions in
the alphabet without I and O), the Malaysian MyKad number (YYMMDD birth date, a state-of-birth code, an odd
last digit for men and an even one for women), the Indonesian NIK (a region code, the birth date with 40 added
to a woman's day, a serial), the Vietnamese CCCD (a province code, a century-and-sex digit, the year of
birth, a serial) and BHYT card code (a beneficiary group, a benefit level, a province code and the ten-digit
social-insurance number), the Philippine PhilHealth PIN and PhilSys number, and Indonesian BPJS card
numbers. PhilHealth, PhilSys, BPJS and BHYT numbers are written in their published shapes; none of those
schemes publishes a check digit, so none is invented here."""

from __future__ import annotations

import random
import re
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
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---- Thailand: เลขประจำตัวประชาชน -----------------------------------------------------------------------


def thai_id(rng: random.Random) -> str:
    """X-XXXX-XXXXX-XX-X: the first digit a registration category (1-8), the check digit
    (11 - sum(d_i * (13 - i)) mod 11) mod 10."""
    body = str(rng.randint(1, 8)) + fill(rng, "############"[:11])
    check = (11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10
    n = body + str(check)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def thai_id_ok(s: str) -> bool:
    n = s.replace("-", "").replace(" ", "")
    if not re.fullmatch(r"[1-8]\d{12}", n):
        return False
    return (11 - sum(int(c) * (13 - i) for i, c in enumerate(n[:12])) % 11) % 10 == int(n[12])


# ---- New Zealand: NHI -------------------------------------------------------------------------------------

NHI_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used; A = 1 ... Z = 24


def _nhi_sum(body: str) -> int:
    vals = [NHI_ALPHA.index(c) + 1 for c in body[:3]] + [int(c) for c in body[3:6]]
    return sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True))


def nhi(rng: random.Random) -> str:
    while True:
        body = "".join(rng.choice(NHI_ALPHA) for _ in range(3)) + fill(rng, "###")
        rem = _nhi_sum(body) % 11
        if rem == 0:
            continue
        check = 11 - rem
        if check == 10:
            check = 0
        return body + str(check)


def nhi_ok(s: str) -> bool:
    if not re.fullmatch(rf"[{NHI_ALPHA}]{{3}}\d{{4}}", s):
        return False
    rem = _nhi_sum(s) % 11
    return rem != 0 and (11 - rem) % 10 == int(s[6])


# ---- Malaysia: MyKad ---------------------------------------------------------------------------------------

MY_STATE_CODES = {
    "Johor": "01", "Kedah": "02", "Kelantan": "03", "Melaka": "04", "Negeri Sembilan": "05", "Pahang": "06",
    "Pulau Pinang": "07", "Perak": "08", "Perlis": "09", "Selangor": "10", "Terengganu": "11", "Sabah": "12",
    "Sarawak": "13", "Kuala Lumpur": "14",
}  # fmt: skip


def mykad(rng: random.Random, dob: date, state: str, female: bool) -> str:
    last = rng.choice("02468" if female else "13579")
    return f"{dob:%y%m%d}-{MY_STATE_CODES[state]}-{fill(rng, '###')}{last}"


def mykad_ok(s: str, dob: date | None = None, female: bool | None = None) -> bool:
    m = re.fullmatch(r"(\d{6})-(\d\d)-(\d{4})", s)
    if not m or m.group(2) not in MY_STATE_CODES.values():
        return False
    mm, dd = int(s[2:4]), int(s[4:6])
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        return False
    if dob is not None and m.group(1) != f"{dob:%y%m%d}":
        return False
    return female is None or (int(s[-1]) % 2 == 0) == female


# ---- Indonesia: NIK, BPJS ----------------------------------------------------------------------------------


def nik(rng: random.Random, region_code: str, dob: date, female: bool) -> str:
    """16 digits: province+regency+district (6), DDMMYY with 40 added to a woman's day, a 4-digit serial."""
    return f"{region_code}{dob.day + (40 if female else 0):02d}{dob:%m%y}{rng.randint(1, 9999):04d}"


def nik_ok(s: str, dob: date | None = None, female: bool | None = None) -> bool:
    if not re.fullmatch(r"\d{16}", s):
        return False
    dd, mm = int(s[6:8]), int(s[8:10])
    if not (1 <= mm <= 12 and (1 <= dd <= 31 or 41 <= dd <= 71)) or s[12:] == "0000":
        return False
    if dob is not None and (dd % 40, mm, int(s[10:12])) != (dob.day, dob.month, dob.year % 100):
        return False
    return female is None or (dd > 40) == female


def bpjs(rng: random.Random) -> str:
    return "000" + fill(rng, "%#########")


# ---- Viet Nam: CCCD, BHYT ----------------------------------------------------------------------------------


def cccd(rng: random.Random, province_code: str, dob: date, female: bool) -> str:
    """12 digits: the province of birth registration (3), century and sex (0/1 for the 1900s, 2/3 for the
    2000s; odd for women), the year of birth (2), a serial (6)."""
    century = (0 if dob.year < 2000 else 2) + (1 if female else 0)
    return f"{province_code}{century}{dob:%y}{fill(rng, '######')}"


def cccd_ok(s: str, dob: date | None = None, female: bool | None = None) -> bool:
    if not re.fullmatch(r"0\d\d[0-3]\d{8}", s):
        return False
    c = int(s[3])
    if dob is not None and ((c >= 2) != (dob.year >= 2000) or s[4:6] != f"{dob:%y}"):
        return False
    return female is None or bool(c % 2) == female


BHYT_GROUPS = ("HT", "GD", "DN", "HN", "TE", "CB", "XB", "BT")


def bhyt(rng: random.Random, province2: str, group: str | None = None) -> str:
    """15 characters: beneficiary group (2 letters), benefit level (1-5), province (2 digits), BHXH number
    (10)."""
    group = group or rng.choice([g for g in BHYT_GROUPS if g != "TE"])  # TE: children under six
    return f"{group}{rng.randint(1, 5)}{province2}{fill(rng, '##########')}"


def bhyt_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2}[1-5]\d{2}\d{10}", s)) and s[:2] in BHYT_GROUPS


# ---- Philippines: PhilHealth, PhilSys ---------------------------------------------------------------------


def philhealth(rng: random.Random) -> str:
    return fill(rng, "%#-#########-#")


def philhealth_ok(s: str) -> bool:
    return bool(re.fullmatch(r"\d{2}-\d{9}-\d", s))


def philsys(rng: random.Random) -> str:
    return fill(rng, "%###-####-####-####")


def philsys_ok(s: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{4}", s))


def ipv4(rng: random.Random) -> str:
    first = rng.choice([27, 36, 49, 103, 113, 118, 122, 125, 171, 175, 180, 202, 203])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
