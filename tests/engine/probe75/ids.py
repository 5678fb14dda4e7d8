"""Identifiers for probe 75 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: US SSN, NPI (Luhn over 80840) and DEA registration numbers (the DEA check digit), UK NHS
number (modulus 11) and National Insurance number, Australian Medicare card number (weighted check digit,
issue number) and Individual Healthcare Identifier (Luhn, prefix 800360), New Zealand NHI number (the
original AAANNNN form, modulus 11), DICOM UIDs under an invented root, HL7 / X12 control numbers."""

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


def ssn_ok(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


def dea(rng: random.Random, family: str) -> str:
    """Registrant type letter, the first letter of the registrant's family name, six digits and a check digit
    (the last digit of odd-position sum + 2 x even-position sum)."""
    first = rng.choice("ABFM")
    body = [int(c) for c in fill(rng, "######")]
    check = (body[0] + body[2] + body[4] + 2 * (body[1] + body[3] + body[5])) % 10
    return first + ascii_fold(family)[0].upper() + "".join(map(str, body)) + str(check)


def dea_ok(d: str) -> bool:
    if len(d) != 9 or not d[:2].isalpha() or not d[2:].isdigit():
        return False
    b = [int(c) for c in d[2:]]
    return (b[0] + b[2] + b[4] + 2 * (b[1] + b[3] + b[5])) % 10 == b[6]


# ---- United Kingdom --------------------------------------------------------------------------------------


def nhs(rng: random.Random) -> str:
    while True:
        body = [int(c) for c in fill(rng, "%########")]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, body)) + str(check)


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9]


def ni_number(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return f"{prefix}{fill(rng, '######')}{rng.choice('ABCD')}"


# ---- Australia -------------------------------------------------------------------------------------------


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return body + str(check) + rng.choice("123")


def medicare_au_ok(m: str) -> bool:
    d = "".join(c for c in m if c.isdigit())
    if len(d) not in (10, 11):
        return False
    return sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def ihi(rng: random.Random) -> str:
    body = "800360" + fill(rng, "#########")
    return body + luhn_digit(body)


def ihi_ok(n: str) -> bool:
    d = n.replace(" ", "")
    return len(d) == 16 and d.startswith("800360") and luhn_ok(d)


# ---- New Zealand -----------------------------------------------------------------------------------------

NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O: A=1 .. Z=24


def nhi(rng: random.Random) -> str:
    """Three letters and four digits, the last a modulus-11 check digit over the first six characters."""
    while True:
        letters = "".join(rng.choice(NHI_LETTERS) for _ in range(3))
        digits = fill(rng, "###")
        values = [NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in digits]
        rem = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rem == 0:
            continue
        check = (11 - rem) % 10
        return letters + digits + str(check)


def nhi_ok(n: str) -> bool:
    if len(n) != 7 or any(c not in NHI_LETTERS for c in n[:3]) or not n[3:].isdigit():
        return False
    values = [NHI_LETTERS.index(c) + 1 for c in n[:3]] + [int(c) for c in n[3:6]]
    rem = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
    return rem != 0 and (11 - rem) % 10 == int(n[6])


# ---- other shapes ----------------------------------------------------------------------------------------


def dicom_uid(rng: random.Random, root: str = "1.2.826.0.1.3680043.10.1175") -> str:
    """A DICOM UID under an invented organisation root (instance-level: not PHI, plain text)."""
    return f"{root}.{rng.randint(1, 9)}.{fill(rng, '%#########')}.{fill(rng, '%#####')}"


def ipv4(rng: random.Random) -> str:
    first = rng.choice([24, 50, 67, 73, 98, 101, 121, 203])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
