"""Check-digit-valid synthetic identifiers (NHS, BSN, IBAN, NIR, KVNR, codice fiscale, ...).

Detectors that validate checksums must see valid numbers, or a miss would say nothing. Every
generator draws from the caller's seeded `random.Random`, so the corpus is reproducible.
"""

from __future__ import annotations

import random
import string

from tests.engine.probe.checkdigits import verhoeff_digit

DIGITS = string.digits


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def luhn_check(body: str) -> str:
    """The Luhn digit that makes `body + digit` valid."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def nhs_number(rng: random.Random) -> str:
    """England/Wales NHS number, modulus 11, printed 3-3-4."""
    while True:
        d = [int(c) for c in digits(rng, 9, "4")]
        check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if check == 10:
            continue
        s = "".join(map(str, d)) + str(0 if check == 11 else check)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def bsn(rng: random.Random) -> str:
    """Dutch burgerservicenummer, 11-proef valid."""
    while True:
        d = [int(c) for c in digits(rng, 8)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def iban(rng: random.Random, country: str) -> str:
    """A mod-97-valid IBAN in paper form (groups of four)."""
    bank = {
        "NL": "".join(rng.choice("ABNRIGKT") for _ in range(4)) + digits(rng, 10, DIGITS),
        "DE": digits(rng, 18),
        "GB": "".join(rng.choice("BCLMNW") for _ in range(4)) + digits(rng, 14),
        "FR": digits(rng, 10)
        + "".join(rng.choice(DIGITS + "ABCDEFGHJK") for _ in range(11))
        + digits(rng, 2),
        "ES": digits(rng, 20),
        "IT": rng.choice("ABCXYZ") + digits(rng, 10) + digits(rng, 12, DIGITS),
        "PT": "0035" + digits(rng, 17, DIGITS),
    }[country]
    rearranged = bank + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    compact = f"{country}{98 - number % 97:02d}{bank}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def nir(rng: random.Random, sex: int, year: int, month: int) -> str:
    """French numéro de sécurité sociale (NIR) with its 97-complement key, printed with spaces."""
    dept = rng.choice(["69", "35", "44", "33", "13", "59"])
    body = f"{sex}{year % 100:02d}{month:02d}{dept}{digits(rng, 3, DIGITS)}{digits(rng, 3, DIGITS)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def kvnr(rng: random.Random) -> str:
    """German Krankenversichertennummer: letter + 8 digits + check digit."""
    letter = rng.choice(string.ascii_uppercase)
    body = digits(rng, 8)
    seq = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, ch in enumerate(seq):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return f"{letter}{body}{total % 10}"


_CF_ODD = dict(
    zip(
        DIGITS + string.ascii_uppercase,
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
        strict=True,
    )
)


def _cf_part(word: str, given: bool) -> str:
    w = "".join(c for c in word.upper() if c.isalpha() and c.isascii())
    cons = [c for c in w if c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(
    rng: random.Random, family: str, given: str, year: int, month: int, day: int, female: bool
) -> str:
    """Italian codice fiscale with its check letter (comune codes are real registry codes)."""
    body = (
        _cf_part(family, False)
        + _cf_part(given, True)
        + f"{year % 100:02d}"
        + "ABCDEHLMPRST"[month - 1]
        + f"{day + (40 if female else 0):02d}"
        + rng.choice(["F839", "F205", "D612", "H501", "L219"])
    )
    total = sum(
        _CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body)
    )
    return body + chr(65 + total % 26)


def ontario_hcn(rng: random.Random) -> str:
    """Ontario health card number (Luhn over 10 digits) with a two-letter version code."""
    body = digits(rng, 9)
    s = body + luhn_check(body)
    vc = "".join(rng.choice("ABCEGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}"


def medicare_au(rng: random.Random) -> str:
    """Australian Medicare card number: weighted check digit at position 9, then the issue number."""
    d = [int(c) for c in digits(rng, 8, "23456")]
    check = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(check) + rng.choice("123456789")
    return f"{s[:4]} {s[4:9]} {s[9]}"




def aadhaar_like(rng: random.Random) -> str:
    """12 digits (Verhoeff check, first digit 2-9) printed 4-4-4, like an Aadhaar number."""
    body = digits(rng, 11, "23456789")
    s = body + verhoeff_digit(body)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def dni(rng: random.Random) -> str:
    """Spanish DNI: 8 digits and the mod-23 letter."""
    n = digits(rng, 8)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def nif_pt(rng: random.Random) -> str:
    """Portuguese NIF (mod 11)."""
    d = [int(c) for c in digits(rng, 8, "12")]
    c = 11 - sum(x * (9 - i) for i, x in enumerate(d)) % 11
    return "".join(map(str, d)) + str(0 if c >= 10 else c)


def cpf(rng: random.Random) -> str:
    """Brazilian CPF with both check digits, printed 000.000.000-00."""
    d = [int(c) for c in digits(rng, 9)]
    for n in (10, 11):
        r = sum(x * (n - i) for i, x in enumerate(d)) * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def korean_rrn(rng: random.Random, year: int, month: int, day: int, female: bool) -> str:
    """Korean resident registration number with its check digit."""
    g = (4 if female else 3) if year >= 2000 else (2 if female else 1)
    body = f"{year % 100:02d}{month:02d}{day:02d}{g}{digits(rng, 5, DIGITS)}"
    c = (
        11 - sum(int(x) * w for x, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=True)) % 11
    ) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def emirates_id(rng: random.Random, year: int) -> str:
    body = f"784{year}{digits(rng, 7, DIGITS)}"
    return f"784-{year}-{body[7:]}-{luhn_check(body)}"


def imei(rng: random.Random) -> str:
    body = digits(rng, 14, "3")
    return body + luhn_check(body)


_VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            strict=True,
        )
    ),
}


def vin(rng: random.Random) -> str:
    """A 17-character VIN with a valid position-9 check digit."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [rng.choice(alphabet) for _ in range(17)]
    v[0] = rng.choice("1245JKSVWZ")
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(_VIN_VAL[c] * w for c, w in zip(v, weights, strict=True)) % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def pesel(year: int, month: int, day: int, rng: random.Random, female: bool) -> str:
    """Polish PESEL: birth date (month +20 after 2000), serial, sex digit, weighted check digit."""
    mm = month + (20 if year >= 2000 else 0)
    sex = rng.choice("02468" if female else "13579")
    body = f"{year % 100:02d}{mm:02d}{day:02d}{digits(rng, 3, DIGITS)}{sex}"
    check = (
        10 - sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True)) % 10
    ) % 10
    return body + str(check)
