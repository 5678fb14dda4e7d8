"""Identifiers for probe 61 (random, synthetic) in the shapes of the US, UK, Ireland, Canada, Australia and
New Zealand, with a valid check digit where the scheme has one: NHS number and Scottish CHI number (mod 11),
Irish PPSN (mod 23), New Zealand NHI (mod 11, the AAANNNN format), Australian Medicare (weighted) and IHI
(Luhn), Ontario health number (Luhn) and BC PHN (mod 11), US NPI (Luhn over 80840 + the number), English UPN
(mod 23 check letter); US SSNs, Medicaid IDs, clinicians' licence numbers and the rest are random in their
shapes."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def nhs(rng: random.Random) -> str:
    """NHS number (England, Wales): 9 digits and a mod-11 check digit, printed 3 3 4."""
    while True:
        body = fill(rng, "4########") if rng.random() < 0.7 else fill(rng, "6########")
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check != 10:
            s = body + str(0 if check == 11 else check)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def nhs_ok(n: str) -> bool:
    d = n.replace(" ", "")
    check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    return len(d) == 10 and check != 10 and int(d[9]) == (0 if check == 11 else check)


def chi(rng: random.Random, dob: date, female: bool) -> str:
    """Scottish CHI number: date of birth ddmmyy, two digits, a sex digit (even female), a mod-11 digit."""
    while True:
        body = f"{dob:%d%m%y}" + fill(rng, "##") + rng.choice("02468" if female else "13579")
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check != 10:
            return body + str(0 if check == 11 else check)


def chi_ok(n: str) -> bool:
    return len(n) == 10 and nhs_ok(n)


_PPS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(rng: random.Random) -> str:
    """Irish PPS number: 7 digits, a mod-23 check letter, sometimes a second letter (A, W)."""
    body = fill(rng, "%######")
    second = rng.choice(["", "", "", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(body)) + (
        9 * (ord(second) - 64) if second == "A" else 0
    )
    return body + _PPS[total % 23] + second


def ppsn_ok(p: str) -> bool:
    body, letter, second = p[:7], p[7], p[8:]
    total = sum(int(c) * (8 - i) for i, c in enumerate(body)) + (
        9 * (ord(second) - 64) if second == "A" else 0
    )
    return body.isdigit() and _PPS[total % 23] == letter


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O


def nhi(rng: random.Random) -> str:
    """New Zealand NHI number, the AAANNNN format: weights 7..2 over the letter values (A=1) and digits."""
    while True:
        letters = "".join(rng.choice(_NHI) for _ in range(3))
        digits = fill(rng, "###")
        total = sum((_NHI.index(c) + 1) * (7 - i) for i, c in enumerate(letters))
        total += sum(int(c) * (4 - i) for i, c in enumerate(digits))
        r = total % 11
        if r != 0:
            check = 11 - r
            if check != 10:
                return letters + digits + str(check)


def nhi_ok(n: str) -> bool:
    total = sum((_NHI.index(c) + 1) * (7 - i) for i, c in enumerate(n[:3]))
    total += sum(int(c) * (4 - i) for i, c in enumerate(n[3:6]))
    r = total % 11
    return len(n) == 7 and r != 0 and 11 - r != 10 and int(n[6]) == 11 - r


def medicare_au(rng: random.Random) -> str:
    """Australian Medicare card number (weighted check digit at position 9, then the issue number) and the
    card's individual reference number, printed '2345 67890 1 / 2'."""
    d = [int(c) for c in fill(rng, rng.choice("23456") + "#######")]
    check = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(check) + rng.choice("123456789")
    return f"{s[:4]} {s[4:9]} {s[9]}"


def medicare_ok(m: str) -> bool:
    d = [int(c) for c in m.replace(" ", "")]
    return (
        len(d) == 10 and sum(x * w for x, w in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10 == d[8]
    )


def ihi(rng: random.Random) -> str:
    """Australian Individual Healthcare Identifier: 800360 + 9 digits + Luhn, printed 4 4 4 4."""
    body = "800360" + fill(rng, "#########")
    s = body + luhn_digit(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ontario_hcn(rng: random.Random) -> str:
    """Ontario health number (Luhn over 10 digits) and a two-letter version code."""
    body = fill(rng, "%########")
    s = body + luhn_digit(body)
    vc = fill(rng, "@@")
    return rng.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}", f"{s[:4]} {s[4:7]} {s[7:]} {vc}"])


def bc_phn(rng: random.Random) -> str:
    """British Columbia Personal Health Number: 9, eight digits, a mod-11 check digit, printed 4 3 3."""
    while True:
        body = "9" + fill(rng, "########")
        check = 11 - sum(int(c) * w for c, w in zip(body[1:], (2, 4, 8, 5, 10, 9, 7, 3), strict=True)) % 11
        if check < 10:  # a remainder of 0 or 1 has no digit: draw again
            s = body + str(check)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def bc_phn_ok(p: str) -> bool:
    d = p.replace(" ", "")
    check = 11 - sum(int(c) * w for c, w in zip(d[1:9], (2, 4, 8, 5, 10, 9, 7, 3), strict=True)) % 11
    return len(d) == 10 and d[0] == "9" and check < 10 and int(d[9]) == check


def npi(rng: random.Random) -> str:
    """US National Provider Identifier: 1 + 8 digits + a Luhn digit over 80840 + the nine."""
    body = "1" + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{fill(rng, '%#')}-{fill(rng, '%###')}"


_UPN = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(rng: random.Random) -> str:
    """English Unique Pupil Number: a check letter (mod 23 over weights 2..13) and 12 digits."""
    body = fill(rng, "%##########") + rng.choice("0123456789")
    total = sum(int(c) * (i + 2) for i, c in enumerate(body))
    return _UPN[total % 23] + body


def upn_ok(u: str) -> bool:
    return len(u) == 13 and _UPN[sum(int(c) * (i + 2) for i, c in enumerate(u[1:])) % 23] == u[0]


def eircode(rng: random.Random, key: str) -> str:
    """An Irish Eircode: the routing key, then four characters from the unique-identifier alphabet."""
    alphabet = "ACDEFHKNPRTVWXY0123456789"
    return f"{key} {''.join(rng.choice(alphabet) for _ in range(4))}"


def ontario_ok(h: str) -> bool:
    d = "".join(c for c in h if c.isdigit())
    return len(d) == 10 and luhn_ok(d)
