"""Identifiers for probe 47 (random, synthetic): the numbers patients and families copy into letters,
posts and e-mails in the United States, the United Kingdom, Ireland, Canada, Australia and New Zealand, with
their real shapes and, where the scheme has one, a valid check digit or letter -- NHS numbers (modulus 11),
Irish PPS numbers (modulus 23 letter), Australian Medicare numbers (weighted check digit), New Zealand NHI
numbers (modulus 11), Ontario health card numbers (Luhn), Irish IBANs (ISO 7064 modulus 97) -- and vehicle
registrations."""

from __future__ import annotations

import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


# ---- NHS number (England, Wales): ten digits, the last a modulus-11 check digit ---------------------------


def nhs_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    return (0 if check == 11 else check) == d[9]


def nhs(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%########")
        check = 11 - sum(int(x) * w for x, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check != 10:
            n = body + str(0 if check == 11 else check)
            return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


# ---- Irish PPS number: seven digits and a check letter (modulus 23), sometimes a second letter -----------


def ppsn_letter(digits: str, second: str = "") -> str:
    total = sum(int(x) * w for x, w in zip(digits, range(8, 1, -1), strict=True))
    if second:
        total += (ord(second) - 64) * 9
    r = total % 23
    return "W" if r == 0 else chr(64 + r)


def ppsn_ok(value: str) -> bool:
    v = value.replace(" ", "")
    return len(v) in (8, 9) and v[:7].isdigit() and ppsn_letter(v[:7], v[8:9]) == v[7]


def ppsn(rng: random.Random) -> str:
    digits = fill(rng, "#######")
    second = rng.choice(["", "", "A"])
    return digits + ppsn_letter(digits, second) + second


# ---- Australian Medicare card number: 8 digits, a weighted check digit, the issue number ----------------


def medicare_ok(value: str) -> bool:
    d = [int(c) for c in value.split("/")[0] if c.isdigit()]
    if len(d) != 10 or not 2 <= d[0] <= 6:
        return False
    return sum(x * w for x, w in zip(d[:8], (1, 3, 7, 9) * 2, strict=True)) % 10 == d[8]


def medicare(rng: random.Random) -> str:
    body = fill(rng, rng.choice("23456") + "#######")
    check = sum(int(x) * w for x, w in zip(body, (1, 3, 7, 9) * 2, strict=True)) % 10
    issue = rng.choice("123")
    n = f"{body}{check}{issue}"
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n, f"{n[:4]} {n[4:9]} {n[9]}/{rng.randint(1, 5)}"])


# ---- New Zealand NHI number (AAANNNC): three letters (no I or O), three digits, a modulus-11 digit -------

_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi_sum(body: str) -> int:
    vals = [_NHI_LETTERS.index(c) + 1 for c in body[:3]] + [int(c) for c in body[3:6]]
    return sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11


def nhi_ok(value: str) -> bool:
    if len(value) != 7 or any(c not in _NHI_LETTERS for c in value[:3]) or not value[3:].isdigit():
        return False
    r = _nhi_sum(value)
    return r != 0 and (11 - r) % 10 == int(value[6])


def nhi(rng: random.Random) -> str:
    while True:
        body = "".join(rng.choice(_NHI_LETTERS) for _ in range(3)) + fill(rng, "###")
        r = _nhi_sum(body)
        if r:
            return body + str((11 - r) % 10)


# ---- Ontario health card number: ten digits (Luhn) and a two-letter version code -------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def ohip(rng: random.Random) -> str:
    while True:
        n = fill(rng, "%#########")
        if luhn_ok(n):
            vc = fill(rng, "@@")
            forms = [f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}"]
            return rng.choice(forms)


# ---- Irish IBAN (ISO 13616, modulus 97) ---------------------------------------------------------------


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    moved = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_ie(rng: random.Random) -> str:
    bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + fill(rng, "9#####") + fill(rng, "########")
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "IE00")) % 97
    v = f"IE{check:02d}{bban}"
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


# ---- vehicle registrations -----------------------------------------------------------------------------

PLATES = {
    "US": ["@@@ %###", "%@@-####", "@@@-%##@"],
    "GB": ["@@%# @@@", "@@7% @@@"],
    "IE": ["%#%-@-%###", "%#%-@@-%##"],
    "CA": ["@@@@ %##", "%@@ %##"],
    "AU": ["%@@ %@@", "%## @@%", "@@@-%#@"],
    "NZ": ["@@@%##", "@@%##"],
}


def plate(rng: random.Random, loc: str) -> str:
    return fill(rng, rng.choice(PLATES[loc]))
