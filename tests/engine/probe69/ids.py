"""Identifiers for probe 69 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: US SSN and NPI (Luhn over 80840), British Columbia PHN (modulus 11), UK NHS and Northern
Ireland Health and Care numbers (modulus 11), Irish PPS number (modulus 23 check letter), Australian Medicare
card number (weighted check digit, issue number), Individual Healthcare Identifier (Luhn over 800360) and
Medicare provider number (location character and check letter), New Zealand NHI number (old AAANNNC form,
modulus 11) and clinicians' registrations in each regulator's shape."""

from __future__ import annotations

import random
import unicodedata

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter, ~ a lower-case hex digit."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "~": HEX}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


# ---- United States ---------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


# ---- Canada ----------------------------------------------------------------------------------------------


def bc_phn(rng: random.Random) -> str:
    """British Columbia Personal Health Number: 9, eight digits, a modulus 11 check digit."""
    weights = (2, 4, 8, 5, 10, 9, 7, 3)
    while True:
        body = fill(rng, "########")
        check = 11 - sum(int(c) * w % 11 for c, w in zip(body, weights, strict=True)) % 11
        if check < 10:
            n = "9" + body + str(check)
            return rng.choice([f"{n[:4]} {n[4:7]} {n[7:]}", n])


def bc_phn_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if len(d) != 10 or not d.isdigit() or d[0] != "9":
        return False
    weights = (2, 4, 8, 5, 10, 9, 7, 3)
    check = 11 - sum(int(c) * w % 11 for c, w in zip(d[1:9], weights, strict=True)) % 11
    return check == int(d[9])


# ---- United Kingdom --------------------------------------------------------------------------------------


def nhs(rng: random.Random, first: str = "%##") -> str:
    """NHS number (England, Wales: 4xx-6xx) or Northern Ireland Health and Care number (320-399)."""
    while True:
        body = [int(c) for c in fill(rng, first + "######")]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10 or not all(c.isdigit() or c in " -" for c in n):
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9]


# ---- Ireland ---------------------------------------------------------------------------------------------

_PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"  # value 0 is W


def ppsn(rng: random.Random) -> str:
    digits = fill(rng, "#######")
    second = rng.choice(["", "A", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(digits))
    if second and second != "W":
        total += 9 * _PPS_LETTERS.index(second)
    return digits + _PPS_LETTERS[total % 23] + second


def ppsn_ok(p: str) -> bool:
    if len(p) not in (8, 9) or not p[:7].isdigit():
        return False
    total = sum(int(c) * (8 - i) for i, c in enumerate(p[:7]))
    if len(p) == 9 and p[8] != "W":
        total += 9 * _PPS_LETTERS.index(p[8])
    return _PPS_LETTERS[total % 23] == p[7]


EIR = "ACDEFHKNPRTVWXY0123456789"


def eircode(rng: random.Random, routing: str) -> str:
    return f"{routing} {rng.choice('ACDEFHKNPRTVWXY')}{''.join(rng.choice(EIR) for _ in range(3))}"


# ---- Australia -------------------------------------------------------------------------------------------


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = body + str(check) + rng.choice("123")
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n])


def medicare_au_ok(m: str) -> bool:
    d = "".join(c for c in m if c.isdigit())
    if len(d) not in (10, 11):
        return False
    return sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def ihi(rng: random.Random) -> str:
    """Individual Healthcare Identifier: 800360, nine digits, a Luhn check digit; in groups of four."""
    body = "800360" + fill(rng, "#########")
    n = body + luhn_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


def ihi_ok(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 16 and d.startswith("800360") and luhn_ok(d)


_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
_PROVIDER_CHECK = "YXWTLKJHFBA"


def provider_number(rng: random.Random) -> str:
    """Medicare provider number: six-digit stem, practice location character, check letter."""
    stem = fill(rng, "%#####")
    loc = rng.choice(_PLV[:20])
    total = sum(int(c) * w for c, w in zip(stem, (3, 5, 8, 4, 2, 1), strict=True)) + _PLV.index(loc) * 6
    return stem + loc + _PROVIDER_CHECK[total % 11]


def provider_ok(p: str) -> bool:
    if len(p) != 8 or not p[:6].isdigit() or p[6] not in _PLV:
        return False
    total = sum(int(c) * w for c, w in zip(p[:6], (3, 5, 8, 4, 2, 1), strict=True)) + _PLV.index(p[6]) * 6
    return _PROVIDER_CHECK[total % 11] == p[7]


# ---- New Zealand -----------------------------------------------------------------------------------------

_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O: A=1 ... Z=24


def nhi(rng: random.Random) -> str:
    """National Health Index number, the AAANNNC form: modulus 11 over weights 7..2, check 10 written 0."""
    while True:
        letters = "".join(rng.choice(_NHI_LETTERS) for _ in range(3))
        digits = fill(rng, "###")
        total = sum((_NHI_LETTERS.index(c) + 1) * w for c, w in zip(letters, (7, 6, 5), strict=True))
        total += sum(int(c) * w for c, w in zip(digits, (4, 3, 2), strict=True))
        if total % 11:
            return letters + digits + str((11 - total % 11) % 10)


def nhi_ok(s: str) -> bool:
    if len(s) != 7 or not all(c in _NHI_LETTERS for c in s[:3]) or not s[3:].isdigit():
        return False
    total = sum((_NHI_LETTERS.index(c) + 1) * w for c, w in zip(s[:3], (7, 6, 5), strict=True))
    total += sum(int(c) * w for c, w in zip(s[3:6], (4, 3, 2), strict=True))
    return total % 11 != 0 and (11 - total % 11) % 10 == int(s[6])


# ---- clinicians, devices, vehicles, networks -------------------------------------------------------------

AHPRA_PREFIX = {"dentist": "DEN", "optometrist": "OPT", "podiatrist": "POD", "physio": "PHY", "chiro": "CHI",
                "audiologist": "", "hygienist": "DEN"}  # fmt: skip


def ahpra(rng: random.Random, profession: str) -> str:
    return AHPRA_PREFIX.get(profession, "MED") + fill(rng, "000%######")


def ipv4(rng: random.Random) -> str:
    first = rng.choice([49, 58, 86, 101, 115, 122, 203, 210])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def vin(rng: random.Random) -> str:
    return fill(rng, "%@@@@##@#@@%#####").replace("I", "J").replace("O", "P").replace("Q", "R")
