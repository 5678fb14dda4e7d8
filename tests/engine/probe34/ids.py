"""Identifiers of probe 34 (random, synthetic): Hong Kong HKID and Singapore NRIC with valid check
characters, Thai national ID with its check digit, Malaysian MyKad, Indonesian NIK, Philippine PhilHealth
numbers, Vietnamese CCCD, and hospital record numbers in shapes of our own."""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe34.people import fill


def _hkid_sum(letter: str, digits: str) -> int:
    """The weighted sum of a one-letter HKID (a leading space counts 36 at weight 9, letters A=10)."""
    weighted = sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    return 36 * 9 + (ord(letter) - 55) * 8 + weighted


def nric_sum(prefix: str, digits: str) -> int:
    """The weighted sum of an NRIC's seven digits (T adds 4)."""
    weighted = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    return weighted + (4 if prefix == "T" else 0)


def hkid(rng: random.Random) -> str:
    """A123456(3): one letter, six digits, check character (0-9 or A) in brackets."""
    letter = rng.choice("ACDEGHKPRVYZ")
    digits = fill(rng, "######")
    total = _hkid_sum(letter, digits)
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def hkid_valid(s: str) -> bool:
    letter, digits, check = s[0], s[1:7], s[8]
    total = _hkid_sum(letter, digits)
    total += 10 if check == "A" else int(check)
    return total % 11 == 0


def nric(rng: random.Random, born: int) -> str:
    """S/T + 7 digits + check letter (Singapore citizens born before/after 2000)."""
    prefix = "S" if born < 2000 else "T"
    digits = (f"{born % 100:02d}" if prefix == "T" else fill(rng, "%#")) + fill(rng, "#####")
    return prefix + digits + "JZIHGFEDCBA"[nric_sum(prefix, digits) % 11]


def thai_id(rng: random.Random) -> str:
    body = fill(rng, "%###########")
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(body)) % 11) % 10
    d = body + str(check)
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def mykad(rng: random.Random, born: date) -> str:
    return f"{born:%y%m%d}-{rng.choice(['10', '14', '08', '01', '06'])}-{fill(rng, '####')}"


def nik(rng: random.Random, born: date, female: bool) -> str:
    return f"{fill(rng, '33%#%#')}{born.day + (40 if female else 0):02d}{born:%m%y}{fill(rng, '000#')}"


def philhealth(rng: random.Random) -> str:
    return fill(rng, "##-%########-#")


def cccd(rng: random.Random) -> str:
    return fill(rng, "0%##########")


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["HN%######", "%#######", "MRN-%#####", "P%######-@", "KH%#######"]))
