"""Identifiers for probe 20, generated with valid check digits where the real scheme has one.

Each generator has a validator written from the scheme's public description, and test_probe20 checks the
validators against published example values, so a checksum-aware detector is probed fairly. Shapes
without a public check (Kenyan ID, Nigerian NIN, Jordanian national number, US plan member IDs) are
random in their usual shape and live in people.py.
"""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


# ---- Luhn (Canadian SIN, South African ID, OHIP, Mexican NSS) ---------------------------------------------


def luhn_check(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return (10 - total % 10) % 10


def luhn_valid(s: str) -> bool:
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) > 1 and luhn_check(ds[:-1]) == int(ds[-1])


def sin(rng: random.Random) -> str:
    body = digits(rng, 8, "1234567")
    n = body + str(luhn_check(body))
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def za_id(rng: random.Random, born: date, female: bool) -> str:
    seq = rng.randrange(0, 5000) if female else rng.randrange(5000, 10000)
    body = f"{born:%y%m%d}{seq:04d}{rng.choice('01')}8"
    return body + str(luhn_check(body))


def ohip(rng: random.Random) -> str:
    body = digits(rng, 9)
    n = body + str(luhn_check(body))
    version = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{n[:4]}-{n[4:7]}-{n[7:]}-{version}"


def nss_mx(rng: random.Random, born: date) -> str:
    body = f"{rng.randrange(1, 99):02d}{rng.randrange(70, 99):02d}{born:%y}{rng.randrange(0, 9999):04d}"
    return body + str(luhn_check(body))


# ---- US ------------------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def ssn_valid(s: str) -> bool:
    a, g, n = s.split("-")
    shape = len(a) == 3 and len(g) == 2 and len(n) == 4
    return shape and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """Medicare Beneficiary Identifier: 11 characters, C A AN N A AN N A A N N (no check digit; the
    shape itself is the rule)."""
    an = _MBI_A + D
    s = (
        rng.choice("123456789")
        + rng.choice(_MBI_A)
        + rng.choice(an)
        + rng.choice(D)
        + rng.choice(_MBI_A)
        + rng.choice(an)
        + rng.choice(D)
        + rng.choice(_MBI_A)
        + rng.choice(_MBI_A)
        + rng.choice(D)
        + rng.choice(D)
    )
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.5 else s


def mbi_valid(s: str) -> bool:
    s = s.replace("-", "")
    an = _MBI_A + D
    shape = ["123456789", _MBI_A, an, D, _MBI_A, an, D, _MBI_A, _MBI_A, D, D]
    return len(s) == 11 and all(c in ok for c, ok in zip(s, shape, strict=True))


# ---- UK NHS number, Irish PPSN ----------------------------------------------------------------------------


def nhs_number(rng: random.Random) -> str:
    while True:
        nine = digits(rng, 9, "456789")
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            n = nine + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def nhs_valid(s: str) -> bool:
    n = s.replace(" ", "").replace("-", "")
    if len(n) != 10 or not n.isdigit():
        return False
    check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(n[:9])) % 11
    return (0 if check == 11 else check) == int(n[9])


_PPS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(rng: random.Random) -> str:
    seven = digits(rng, 7, D)
    total = sum(int(c) * (8 - i) for i, c in enumerate(seven))
    return seven + _PPS[total % 23]


def ppsn_valid(s: str) -> bool:
    seven, letter = s[:7], s[7]
    extra = 9 * (_PPS.index(s[8]) if len(s) > 8 else 0)
    return _PPS[(sum(int(c) * (8 - i) for i, c in enumerate(seven)) + extra) % 23] == letter


# ---- Australia Medicare, New Zealand NHI ------------------------------------------------------------------


def au_medicare(rng: random.Random) -> str:
    eight = digits(rng, 8, "23456")
    check = sum(int(c) * w for c, w in zip(eight, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{eight[:4]} {eight[4:]}{check} {rng.randrange(1, 10)}"


def au_medicare_valid(s: str) -> bool:
    n = s.replace(" ", "")
    return sum(int(c) * w for c, w in zip(n[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(n[8])


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O


def nhi(rng: random.Random) -> str:
    """New Zealand NHI, the AAANNNC form with its mod-11 check digit."""
    while True:
        letters = "".join(rng.choice(_NHI) for _ in range(3))
        nums = digits(rng, 3, D)
        total = sum((_NHI.index(c) + 1) * (7 - i) for i, c in enumerate(letters))
        total += sum(int(c) * (4 - i) for i, c in enumerate(nums))
        check = 11 - total % 11
        if check < 10:
            return f"{letters}{nums}{check}"
        if check == 11:
            continue


def nhi_valid(s: str) -> bool:
    letters, nums, c = s[:3], s[3:6], s[6]
    total = sum((_NHI.index(x) + 1) * (7 - i) for i, x in enumerate(letters))
    total += sum(int(x) * (4 - i) for i, x in enumerate(nums))
    check = 11 - total % 11
    return check < 10 and str(check) == c


# ---- India Aadhaar (Verhoeff) -----------------------------------------------------------------------------

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff(num: str) -> int:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c


def aadhaar(rng: random.Random) -> str:
    body = digits(rng, 11, "23456789")
    c = _VINV[_verhoeff(body + "0")]
    n = body + str(c)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def aadhaar_valid(s: str) -> bool:
    n = s.replace(" ", "").replace("-", "")
    return len(n) == 12 and n[0] not in "01" and _verhoeff(n) == 0


# ---- Brazil CPF and CNS -----------------------------------------------------------------------------------


def _cpf_digit(body: str) -> int:
    w = len(body) + 1
    r = sum(int(c) * (w - i) for i, c in enumerate(body)) % 11
    return 0 if r < 2 else 11 - r


def cpf(rng: random.Random) -> str:
    nine = digits(rng, 9, D)
    ten = nine + str(_cpf_digit(nine))
    n = ten + str(_cpf_digit(ten))
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def cpf_valid(s: str) -> bool:
    n = "".join(c for c in s if c.isdigit())
    return len(n) == 11 and _cpf_digit(n[:9]) == int(n[9]) and _cpf_digit(n[:10]) == int(n[10])


def cns(rng: random.Random) -> str:
    """Cartão Nacional de Saúde, the provisional series (first digit 7-9): weighted sum mod 11 is 0."""
    while True:
        n = rng.choice("789") + "".join(rng.choice(D) for _ in range(14))
        if cns_valid(n):
            return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}"


def cns_valid(s: str) -> bool:
    n = s.replace(" ", "")
    return len(n) == 15 and sum(int(c) * (15 - i) for i, c in enumerate(n)) % 11 == 0


# ---- Poland PESEL, Netherlands BSN, Spain DNI, Turkey TC Kimlik -------------------------------------------


_PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def pesel(rng: random.Random, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = f"{rng.randrange(0, 1000):03d}{rng.choice('02468' if female else '13579')}"
    body = f"{born:%y}{month:02d}{born:%d}{serial}"
    check = (10 - sum(int(c) * w for c, w in zip(body, _PESEL_W, strict=True)) % 10) % 10
    return body + str(check)


def pesel_valid(s: str) -> bool:
    total = sum(int(c) * x for c, x in zip(s[:10], _PESEL_W, strict=True))
    return len(s) == 11 and (10 - total % 10) % 10 == int(s[10])


def bsn(rng: random.Random) -> str:
    while True:
        n = digits(rng, 9, "123456789")
        if bsn_valid(n):
            return n


def bsn_valid(s: str) -> bool:
    if len(s) != 9 or not s.isdigit():
        return False
    return (sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) - int(s[8])) % 11 == 0


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randrange(10_000_000, 99_999_999)
    return f"{n}{_DNI[n % 23]}"


def dni_valid(s: str) -> bool:
    return _DNI[int(s[:8]) % 23] == s[8]


def tc_kimlik(rng: random.Random) -> str:
    nine = digits(rng, 9)
    odd = sum(int(nine[i]) for i in (0, 2, 4, 6, 8))
    even = sum(int(nine[i]) for i in (1, 3, 5, 7))
    d10 = (odd * 7 - even) % 10
    d11 = (sum(int(c) for c in nine) + d10) % 10
    return f"{nine}{d10}{d11}"


def tc_kimlik_valid(s: str) -> bool:
    if len(s) != 11 or s[0] == "0":
        return False
    d = [int(c) for c in s]
    return (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


# ---- Germany KVNR, France NIR, Japan My Number, Korea RRN -------------------------------------------------


def _kvnr_check(letter: str, eight: str) -> str:
    n = f"{ord(letter) - 64:02d}{eight}"
    total = 0
    for i, c in enumerate(n):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    eight = digits(rng, 8, D)
    return letter + eight + _kvnr_check(letter, eight)


def kvnr_valid(s: str) -> bool:
    return len(s) == 10 and s[0].isalpha() and _kvnr_check(s[0], s[1:9]) == s[9]


def nir(rng: random.Random, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born:%y}{born:%m}{rng.randrange(1, 96):02d}{rng.randrange(1, 990):03d}"
    body += f"{rng.randrange(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_valid(s: str) -> bool:
    n = s.replace(" ", "")
    return len(n) == 15 and 97 - int(n[:13]) % 97 == int(n[13:])


def _my_number_check(eleven: str) -> int:
    total = 0
    for n in range(1, 12):
        p = int(eleven[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def my_number(rng: random.Random) -> str:
    eleven = digits(rng, 11, D)
    n = eleven + str(_my_number_check(eleven))
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def my_number_valid(s: str) -> bool:
    n = s.replace(" ", "").replace("-", "")
    return len(n) == 12 and _my_number_check(n[:11]) == int(n[11])


def rrn(rng: random.Random, born: date, female: bool) -> str:
    century = born.year >= 2000
    sex = (3 if century else 1) + (1 if female else 0)
    body = f"{born:%y%m%d}{sex}{rng.randrange(0, 100000):05d}"
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def rrn_valid(s: str) -> bool:
    n = s.replace("-", "")
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(int(c) * x for c, x in zip(n[:12], w, strict=True))
    return len(n) == 13 and (11 - total % 11) % 10 == int(n[12])


# ---- Mexico CURP ------------------------------------------------------------------------------------------

_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_VOWELS = "AEIOU"


def _plain(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s.upper()).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalpha()) or "X"


def curp(rng: random.Random, given: str, family: str, born: date, female: bool) -> str:
    fam, giv = _plain(family.split()[-1]), _plain(given.split()[0])
    inner_vowel = next((c for c in fam[1:] if c in _VOWELS), "X")
    second = _plain(rng.choice(["Ramos", "Lara", "Vega", "Soto", "Mora"]))
    cons = lambda s: next((c for c in s[1:] if c not in _VOWELS), "X")  # noqa: E731
    state = rng.choice(["GT", "MC", "JC", "NL", "PL", "VZ", "MN", "QT", "HG", "ZS"])
    body = f"{fam[0]}{inner_vowel}{second[0]}{giv[0]}{born:%y%m%d}{'M' if female else 'H'}{state}"
    body += f"{cons(fam)}{cons(second)}{cons(giv)}{'0' if born.year < 2000 else 'A'}"
    return body + str(_curp_check(body))


def _curp_check(seventeen: str) -> int:
    total = sum(_CURP.index(c) * (18 - i) for i, c in enumerate(seventeen))
    return (10 - total % 10) % 10


def curp_valid(s: str) -> bool:
    return len(s) == 18 and _curp_check(s[:17]) == int(s[17])
