# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 53 (random, synthetic): the numbers of pre-hospital and emergency records in the US,
Canada, the UK and Australia in their real shapes and, where the scheme has one, with a valid check digit --
US SSN, Medicare MBI and NPI (Luhn over 80840 + the number), NHS numbers (mod 11), Scottish CHI numbers
(date of birth + mod 11), Ontario health numbers (Luhn), BC personal health numbers (mod 11), Australian
Medicare numbers (weighted check digit) and IHIs (Luhn), VINs (position-9 check digit) -- and crew
registrations, driver's licences and number plates."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from tests.engine.probe.ids import luhn_check, medicare_au, nhs_number, ontario_hcn, vin

__all__ = ["fill", "luhn_check", "medicare_au", "nhs_number", "ontario_hcn", "vin"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def plain(s: str) -> str:
    """Upper-case ASCII letters only (for licence numbers built from a name)."""
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return "".join(c for c in s.upper() if "A" <= c <= "Z")


def luhn_ok(digits: str) -> bool:
    digits = "".join(c for c in digits if c.isdigit())
    return luhn_check(digits[:-1]) == digits[-1]


def ssn(rng: random.Random) -> str:
    return f"{rng.choice([rng.randint(1, 665), rng.randint(667, 899)]):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier in its 11-character shape, printed with dashes (4-3-4)."""
    an = MBI_A + D
    s = (f"{rng.randint(1, 9)}{rng.choice(MBI_A)}{rng.choice(an)}{rng.randint(0, 9)}{rng.choice(MBI_A)}"
         f"{rng.choice(an)}{rng.randint(0, 9)}{rng.choice(MBI_A)}{rng.choice(MBI_A)}{rng.randint(0, 9)}{rng.randint(0, 9)}")  # fmt: skip
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def npi(rng: random.Random) -> str:
    """A 10-digit NPI: Luhn over the prefix 80840 and the first nine digits."""
    body = rng.choice("12") + "".join(rng.choice(D) for _ in range(8))
    return body + luhn_check("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_check("80840" + n[:9]) == n[9]


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9]


def chi(rng: random.Random, dob: date, female: bool) -> str:
    """A Scottish CHI number: ddmmyy, two digits, a sex digit (even female), a mod-11 check digit."""
    while True:
        body = f"{dob:%d%m%y}{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
        check = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if check == 10:
            continue
        return body + str(0 if check == 11 else check)


def chi_ok(n: str) -> bool:
    return len(n) == 10 and nhs_ok(n)  # the same modulus-11 weights


def bc_phn(rng: random.Random) -> str:
    """A British Columbia PHN: 9, eight digits, a mod-11 check digit (weights 2 4 8 5 10 9 7 3)."""
    while True:
        body = [rng.randint(0, 9) for _ in range(8)]
        r = sum(x * w for x, w in zip(body, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        check = 11 - r
        if check > 9:
            continue
        s = "9" + "".join(map(str, body)) + str(check)
        return f"{s[:4]} {s[4:7]} {s[7:]}"


def bc_phn_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    return len(d) == 10 and d[0] == 9 and 11 - sum(x * w for x, w in zip(d[1:9], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11 == d[9]


def ihi(rng: random.Random) -> str:
    """An Australian Individual Healthcare Identifier: 800360 + nine digits + Luhn, printed 4-4-4-4."""
    body = "800360" + "".join(rng.choice(D) for _ in range(9))
    s = body + luhn_check(body)
    return " ".join(s[i : i + 4] for i in range(0, 16, 4))


def medicare_au_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    return len(d) >= 9 and sum(x * w for x, w in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10 == d[8]


_VIN_VAL = {**{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True))}  # fmt: skip


def vin_ok(v: str) -> bool:
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(_VIN_VAL[c] * w for c, w in zip(v, weights, strict=True)) % 11
    return len(v) == 17 and v[8] == ("X" if r == 10 else str(r))


def dvla(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    """A GB driving licence number: surname (5, padded with 9), decade, month (+5 female), day, year digit,
    initials, 9, two check characters."""
    sur = (plain(family) + "99999")[:5]
    month = dob.month + (50 if female else 0)
    init = (plain(given)[:1] + "9")[:2]
    return f"{sur}{dob.year % 100 // 10}{month:02d}{dob.day:02d}{dob.year % 10}{init}9{rng.choice(UP)}{rng.choice(UP)}"


DL = {
    "Ohio": "@@######", "Kentucky": "@##-###-###", "Minnesota": "@############", "Colorado": "##-###-####",
    "Pennsylvania": "## ### ###", "Alberta": "######-###", "Ontario": "@####-#####-#####", "Nova Scotia": "@@@@@#########",
    "British Columbia": "#######", "New South Wales": "########", "Victoria": "#########", "Queensland": "#########",
    "Western Australia": "#######", "South Australia": "@#####", "Northern Territory": "######",
}  # fmt: skip
PLATE = {
    "Ohio": ["@@@ ####"], "Kentucky": ["### @@@"], "Minnesota": ["@@@ ###", "###-@@@"], "Colorado": ["@@@-@##", "###-@@@"],
    "Pennsylvania": ["@@@-####"], "Alberta": ["@@@-####"], "Ontario": ["@@@@ ###"], "Nova Scotia": ["@@@ ###"],
    "British Columbia": ["@@# ##@", "###-@@@"], "England": ["@@## @@@"], "Wales": ["@@## @@@"], "Scotland": ["@@## @@@"],
    "New South Wales": ["@@##@@", "@@@-##@"], "Victoria": ["#@@-#@@", "@@@-###"], "Queensland": ["###-@@#", "###@@@"],
    "Western Australia": ["#@@@ ###"], "South Australia": ["S###-@@@"], "Northern Territory": ["@@##@@"],
}  # fmt: skip


def licence(rng: random.Random, region: str, family: str, given: str, dob: date, female: bool) -> str:
    if region in ("England", "Wales", "Scotland"):
        return dvla(rng, family, given, dob, female)
    pat = DL[region]
    if region == "Nova Scotia":
        return (plain(family) + "XXXXX")[:5] + fill(rng, "#########")
    return fill(rng, pat)


def plate(rng: random.Random, region: str) -> str:
    return fill(rng, rng.choice(PLATE[region]))


def crew_licence(rng: random.Random, country: str, region: str) -> str:
    """A clinician's or crew member's registration / certification number (the label is written apart)."""
    if country == "US":
        return rng.choice([fill(rng, "P%######"), fill(rng, "E%######"), fill(rng, "%#####"), fill(rng, "EMT-%####")])
    if country == "CA":
        return rng.choice([fill(rng, "%####"), fill(rng, "%#####"), fill(rng, "ACP-%####"), fill(rng, "PCP%####")])
    if country == "GB":
        return rng.choice([fill(rng, "PA%#####"), fill(rng, "PA%####")])
    return "PMD" + fill(rng, "000%######")


def doctor_licence(rng: random.Random, country: str) -> str:
    if country == "US":
        return npi(rng)
    if country == "CA":
        return fill(rng, "%#####")  # CPSO / CPSA number
    if country == "GB":
        return fill(rng, "%######")  # GMC number
    return "MED" + fill(rng, "000%######")


def dva(rng: random.Random, region: str) -> str:
    st = {"New South Wales": "N", "Victoria": "V", "Queensland": "Q", "Western Australia": "W", "South Australia": "S",
          "Northern Territory": "N"}[region]  # fmt: skip
    return st + rng.choice(["X", "B", "W"]) + fill(rng, "######") + rng.choice(["", "A", "B"])


def health_plan(rng: random.Random, region: str) -> str:
    """The patient's health card / plan number as the region issues it."""
    if region == "Ontario":
        return ontario_hcn(rng)
    if region == "British Columbia":
        return bc_phn(rng)
    if region == "Alberta":
        return fill(rng, "%####-####")
    if region == "Nova Scotia":
        return fill(rng, "00%# ### ###")
    if region in ("England", "Wales", "Scotland"):
        return ""
    if region in ("Ohio", "Kentucky", "Minnesota", "Colorado", "Pennsylvania"):
        return rng.choice([mbi(rng), fill(rng, "@@@%########"), fill(rng, "%##########"), fill(rng, "W%########")])
    return medicare_au(rng)
