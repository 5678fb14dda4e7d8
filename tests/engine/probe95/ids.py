"""Identifiers for probe 95 (random, synthetic) in their real shapes: UNHCR-style registration individual
numbers ("CXB-00412873") and case numbers ("CXB-24C01937": office, year of registration, C, serial), IOM
health-assessment references, national documents of each community (Bangladesh-issued FDMN / MoHA cards,
Sudanese national numbers, Afghan Tazkira numbers, Haitian NIF, Venezuelan cédulas, Honduran DNI, Ukrainian
ID-cards), and the Ukrainian RNOKPP taxpayer number with its check digit (the first five digits count the days
from 31 December 1899 to the birth date, the ninth is even for a woman, the tenth is the weighted sum
-1 5 7 9 4 6 10 5 7 modulo 11, modulo 10). No number is a real one's except by chance."""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe.checkdigits import luhn_check
from tests.engine.probe.checkdigits import luhn_ok as luhn_ok  # the test checks IMEIs with it

DIG = "0123456789"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % 1-9, ^ 2-9, @ an upper-case letter (no I, O, Q); anything else is copied."""
    pools = {"#": DIG, "%": "123456789", "^": "23456789", "@": LET}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


def individual_no(rng: random.Random, office: str) -> str:
    return f"{office}-{fill(rng, '00%#####')}"


def case_no(rng: random.Random, office: str, birth_year: int) -> str:
    year = rng.choice([17, 18, 19, 21, 22, 23, 24])
    return f"{office}-{year}C{fill(rng, '0%###')}"


def iom_ref(rng: random.Random, code: str) -> str:
    return f"HA-{code}-{fill(rng, '%#####')}"


def national_doc(rng: random.Random, code: str, culture: str) -> str:
    pattern = {
        "rohingya": rng.choice(["FDMN-%#######", "MoHA %##########"]),
        "sudanese": "%##-####-####-#",
        "southsudanese": "@%#######",
        "afghan": "1400-%###-#####",
        "yazidi": "%###########",
        "kurdish": "%##########",
        "eritrean": "@%######",
        "congolese": "CD%#######",
        "haitian": "%##-###-###-#",
        "venezuelan": "V-%#.###.###",
        "garifuna": "0%0%-19##-#####",
        "ukrainian": "%########",
    }[culture]
    return fill(rng, pattern)


_RNOKPP_W = (-1, 5, 7, 9, 4, 6, 10, 5, 7)


def rnokpp(rng: random.Random, dob: date, female: bool) -> str:
    days = (dob - date(1899, 12, 31)).days
    body = f"{days:05d}{rng.randint(0, 99):02d}{rng.randint(0, 9)}"
    sex = rng.choice("02468" if female else "13579")
    body += sex
    return body + str(sum(int(c) * w for c, w in zip(body, _RNOKPP_W, strict=True)) % 11 % 10)


def rnokpp_ok(s: str, dob: date | None = None) -> bool:
    if len(s) != 10 or not s.isdigit():
        return False
    if sum(int(c) * w for c, w in zip(s[:9], _RNOKPP_W, strict=True)) % 11 % 10 != int(s[9]):
        return False
    return dob is None or int(s[:5]) == (dob - date(1899, 12, 31)).days


def plate_ua(rng: random.Random) -> str:
    region = rng.choice(["AA", "BC", "AT", "KA", "AI", "BO", "AE"])
    number = fill(rng, "%###")
    series = rng.choice("ABCEHIKMOPTX") + rng.choice("ABCEHIKMOPTX")
    return f"{region} {number} {series}"


def imei(rng: random.Random) -> str:
    body = fill(rng, "35######") + fill(rng, "######")
    return body + luhn_check(body)
