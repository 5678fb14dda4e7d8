"""Identifiers for probe 63 (random, synthetic): the numbers hospital operations text carries in the US, the
UK, Canada, Australia and Ireland, in their real shapes and, where the scheme has one, with a valid check
digit -- NHS numbers (mod 11), Australian Medicare numbers (weighted mod 10), Ontario health numbers (Luhn),
Irish PPS numbers (weighted mod 23 check letter), US NPIs (Luhn over the 80840 prefix), US SSNs and Medicare
MBIs -- plus clinicians' registration numbers (GMC, NMC PIN, IMC, NMBI, AHPRA, CPSO), Eircodes, vehicle plates
and device serials."""

from __future__ import annotations

import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


# ---- NHS number (England, Wales, Isle of Man): 10 digits, the last a mod-11 check -----------------------


def nhs_digit(body9: str) -> int:
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body9)) % 11
    return 0 if r == 11 else r  # 10: the body is not issued


def nhs(rng: random.Random) -> str:
    while True:
        body = fill(rng, rng.choice(["4########", "6########", "7########"]))
        check = nhs_digit(body)
        if check != 10:
            n = body + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def nhs_ok(n: str) -> bool:
    d = n.replace(" ", "")
    return len(d) == 10 and d.isdigit() and nhs_digit(d[:9]) == int(d[9])


# ---- Australian Medicare card number: 8 digits, a weighted check digit, the issue number, the IRN ---------

_MEDICARE_W = (1, 3, 7, 9, 1, 3, 7, 9)


def medicare_au(rng: random.Random, irn: bool = True) -> str:
    body = fill(rng, "^#######")
    check = sum(int(c) * w for c, w in zip(body, _MEDICARE_W, strict=True)) % 10
    n = f"{body[:4]} {body[4:]}{check} {rng.randint(1, 5)}"
    return n + (f"-{rng.randint(1, 5)}" if irn else "")


def medicare_au_ok(n: str) -> bool:
    d = n.replace(" ", "").split("-")[0]
    if len(d) != 10 or not d.isdigit():
        return False
    return sum(int(c) * w for c, w in zip(d[:8], _MEDICARE_W, strict=True)) % 10 == int(d[8])


# ---- Luhn (Ontario health number, NPI) -------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def ohip(rng: random.Random) -> str:
    """Ontario health number: 10 digits (Luhn) and a two-letter version code."""
    body = fill(rng, "%########")
    n = body + luhn_digit(body)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}-{fill(rng, '@@')}"


def ohip_ok(n: str) -> bool:
    return luhn_ok(n.replace("-", "")[:10])


def npi(rng: random.Random) -> str:
    body = fill(rng, rng.choice(["1########", "2########"]))
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


# ---- Irish PPS number: 7 digits and a check letter (weights 8..2, a second letter weighted 9, mod 23) ----

_PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(rng: random.Random) -> str:
    body = fill(rng, "#######")
    second = rng.choice(["", "", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(body))
    if second == "A":
        total += 9 * 1
    return body + _PPS_LETTERS[total % 23] + second


def ppsn_ok(n: str) -> bool:
    body, check, second = n[:7], n[7], n[8:]
    total = sum(int(c) * (8 - i) for i, c in enumerate(body)) + (9 if second == "A" else 0)
    return body.isdigit() and _PPS_LETTERS[total % 23] == check


# ---- US -------------------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + D


def mbi(rng: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N - A AN N - A A N N."""
    kinds = ["123456789", MBI_A, MBI_AN, D, MBI_A, MBI_AN, D, MBI_A, MBI_A, D, D]
    s = "".join(rng.choice(k) for k in kinds)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


# ---- clinicians' registration numbers -------------------------------------------------------------------


def licence(rng: random.Random, loc: str, nurse: bool = False) -> str:
    if loc == "UK":
        return fill(rng, "%#@####@") if nurse else fill(rng, rng.choice(["%######", "7######", "6######"]))
    if loc == "IE":
        return fill(rng, "%#####") if nurse else fill(rng, rng.choice(["%####", "4####", "%#####"]))
    if loc == "AU":
        return rng.choice(["NMW", "NMW"] if nurse else ["MED", "MED"]) + fill(rng, "000%######")
    if loc == "CA":
        return fill(rng, "%#######") if nurse else fill(rng, rng.choice(["%####", "%#####"]))
    return npi(rng)


# ---- Eircode, vehicle plates, device serials -------------------------------------------------------------

_EIR = "ACDEFHKNPRTVWXY0123456789"


def eircode(rng: random.Random, routing: str) -> str:
    unique = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(_EIR) for _ in range(3))
    return f"{routing} {unique}"


def plate(rng: random.Random, loc: str) -> str:
    if loc == "UK":
        return fill(rng, rng.choice(["@@%# @@@", "@@7% @@@", "@@2% @@@"]))
    if loc == "IE":
        year = rng.choice(["191", "201", "222", "231", "242", "172"])
        return f"{year}-{rng.choice(['C', 'KY', 'G', 'MO', 'L', 'D'])}-{fill(rng, '%####')}"
    if loc == "AU":
        return fill(rng, rng.choice(["%@@ %@@", "@@@-%##", "%@@@%##"]))
    if loc == "CA":
        return fill(rng, rng.choice(["@@@@ %##", "@@@ %##", "%@@ %#%"]))
    return fill(rng, rng.choice(["@@@ %###", "%@@ %##", "@@@-%###"]))


def serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#@%####", "SN%#######", "@@%##-%####", "%###-%#####"]))
