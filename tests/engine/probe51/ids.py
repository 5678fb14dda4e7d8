"""Identifiers for probe 51 (random, synthetic): the numbers of long-term care, home health, hospice and
disability support paperwork in the US, the UK, Canada, Australia, New Zealand and Ireland, with their real
shapes and, where the scheme has one, a valid check digit or letter -- NHS number (modulus 11), Medicare
Beneficiary Identifier, SSN, Australian Medicare (check digit), NDIS and My Aged Care numbers, DVA file
numbers, NZ NHI (modulus 11), Irish PPSN (modulus 23 check letter) and Eircodes, Ontario health card (Luhn),
Quebec RAMQ (built from the name and birth date) -- plus key-safe codes, alarm PINs, door codes,
equipment serial numbers and vehicle registrations."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def nhs_number(rng: random.Random) -> str:
    """NHS number (England, Wales): ten digits, the last a modulus-11 check digit, printed 3-3-4."""
    while True:
        body = fill(rng, "^########")
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check == 10:
            continue
        n = body + str(0 if check == 11 else check)
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return check != 10 and d[9] == (0 if check == 11 else check)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z)."""
    an = MBI_ALPHA + D
    shape = ["123456789", MBI_ALPHA, an, D, MBI_ALPHA, an, D, MBI_ALPHA, MBI_ALPHA, D, D]
    s = "".join(rng.choice(c) for c in shape)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(101, 899) if n != 666])
    return f"{area:03d}-{rng.randint(10, 99):02d}-{rng.randint(1001, 9999):04d}"


def medicaid(rng: random.Random, state: str) -> str:
    shapes = {"OH": "%###########", "MN": "%#######", "PA": "%#########", "LA": "%##############"}
    return fill(rng, shapes.get(state, "%#########"))


def au_medicare(rng: random.Random) -> tuple[str, str]:
    """Australian Medicare card number (ten digits, the ninth a weighted check digit, the tenth the issue
    number) printed 4-5-1, and the person's individual reference number (IRN)."""
    body = fill(rng, rng.choice("23456") + "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = body + str(check) + rng.choice("123")
    return f"{n[:4]} {n[4:9]} {n[9]}", str(rng.randint(1, 5))


def au_medicare_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return len(d) == 10 and sum(x * w for x, w in zip(d[:8], weights, strict=True)) % 10 == d[8]


def ndis(rng: random.Random) -> str:
    return fill(rng, "43#######")


def my_aged_care(rng: random.Random) -> str:
    return fill(rng, "AC%#######")


def dva(rng: random.Random) -> str:
    return fill(rng, rng.choice(["NX%#####", "VX%#####", "QX%#####", "SX%####", "TX%#####", "WX%####"]))


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O


def nhi(rng: random.Random) -> str:
    """NZ National Health Index number, old format AAANNNC with its modulus-11 check digit."""
    while True:
        letters = "".join(rng.choice(NHI_LETTERS) for _ in range(3))
        digits = fill(rng, "###")
        vals = [NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in digits]
        rem = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rem == 0:
            continue
        check = 11 - rem
        if check == 10:
            continue
        return letters + digits + str(check)


def nhi_ok(n: str) -> bool:
    if len(n) != 7 or any(c not in NHI_LETTERS for c in n[:3]) or not n[3:].isdigit():
        return False
    vals = [NHI_LETTERS.index(c) + 1 for c in n[:3]] + [int(c) for c in n[3:6]]
    rem = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
    return rem != 0 and (11 - rem) % 10 == int(n[6]) and 11 - rem != 10


def ppsn(rng: random.Random) -> str:
    """Irish Personal Public Service Number: seven digits and a modulus-23 check letter (some + 'A' / 'W')."""
    digits = fill(rng, "%######")
    second = rng.choice(["", "", "A"])
    total = sum(int(c) * w for c, w in zip(digits, range(8, 1, -1), strict=True))
    total += 9 if second == "A" else 0
    letter = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    return digits + letter + second


def ppsn_ok(n: str) -> bool:
    digits, rest = n[:7], n[7:]
    if not digits.isdigit() or not rest:
        return False
    total = sum(int(c) * w for c, w in zip(digits, range(8, 1, -1), strict=True))
    total += 9 if rest[1:] == "A" else 0
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == rest[0]


EIR = "ACDEFHKNPRTVWXY0123456789"


def eircode(rng: random.Random, key: str) -> str:
    return key + " " + "".join(rng.choice(EIR) for _ in range(4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def ontario_hcn(rng: random.Random) -> str:
    body = fill(rng, "%########")
    n = body + luhn_digit(body)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}-" + "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))


def ramq(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    """Quebec health insurance number: 3 letters of the family name, the given initial, YYMMDD (month +50
    for women), two digits."""
    import unicodedata

    def fold(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalpha() and c.isascii()).upper()

    fam = (fold(family) + "XXX")[:3]
    month = dob.month + (50 if female else 0)
    return f"{fam}{fold(given)[0]} {dob:%y}{month:02d} {dob.day:02d}{fill(rng, '##')}"


def keysafe(rng: random.Random) -> str:
    """A 4-digit key-safe code that does not read as a year."""
    while True:
        c = fill(rng, "####")
        if not (c.startswith("19") or c.startswith("20")):
            return c


def alarm_pin(rng: random.Random) -> str:
    while True:
        c = fill(rng, rng.choice(["####", "######", "#####"]))
        if not (c.startswith("19") or c.startswith("20")):
            return c


def serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["SN%#####@#", "@@-%###-####", "%##########", "@@@%#####-#", "CE%###@##"]))


def plate(rng: random.Random, loc: str) -> str:
    if loc == "IE":  # year and county: 19-G-4812, 221-MO-3051
        year = rng.choice(["19", "20", "21", "22", "23", "191", "221", "232"])
        return f"{year}-{rng.choice(['G', 'MO', 'LM', 'RN', 'SO', 'CE'])}-{fill(rng, '%###')}"
    pat = {"US": ["%@@@###", "@@@-####", "%@@@##"], "GB": ["@@## @@@"], "CA": ["@@@@ ###", "@@@ ###"],
           "AU": ["%@@-%@@", "@@@-%##", "%@@ %@@"], "NZ": ["@@@###", "@@@%#"]}[loc]  # fmt: skip
    return fill(rng, rng.choice(pat))
