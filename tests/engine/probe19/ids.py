"""Identifiers for probe 19, each with its published check (and a validator per scheme: test_probe19 runs
both on generated values and on published example values).

Schemes: the NHS number (weighted mod 11), the US Medicare Beneficiary Identifier (CMS's character
positions, no check digit), the German Krankenversichertennummer (letter as two digits, 1-2 weights,
digit sums, mod 10), the French NIR (key 97 - n mod 97), the Spanish DNI (mod-23 letter), the Italian
codice fiscale (built from the name and birth date, odd/even table check character) and the Dutch BSN
(11-proof).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


# ---- NHS number --------------------------------------------------------------------------------------


def _nhs_check(nine: str) -> int:
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
    return 0 if r == 11 else r  # 10: no valid number with this body


def nhs_number(rng: random.Random) -> str:
    while True:
        nine = rng.choice("456789") + digits(rng, 8)
        c = _nhs_check(nine)
        if c != 10:
            d = nine + str(c)
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_valid(s: str) -> bool:
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 10 and d.isdigit() and _nhs_check(d[:9]) == int(d[9])


# ---- US Medicare Beneficiary Identifier -------------------------------------------------------------

_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B, Z
_MBI_SHAPE = "CAANAANAANN"  # C: 1-9, A: letter, N: digit, and positions 3 and 6 letter or digit


def mbi(rng: random.Random, dashed: bool = False) -> str:
    out = []
    for i, c in enumerate(_MBI_SHAPE):
        if c == "C":
            out.append(rng.choice("123456789"))
        elif c == "N":
            out.append(rng.choice(D))
        elif i in (2, 5):
            out.append(rng.choice(_MBI_ALPHA + D))
        else:
            out.append(rng.choice(_MBI_ALPHA))
    s = "".join(out)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def mbi_valid(s: str) -> bool:
    d = s.replace("-", "")
    if len(d) != 11:
        return False
    for i, (ch, c) in enumerate(zip(d, _MBI_SHAPE, strict=True)):
        ok = (
            ch in "123456789"
            if c == "C"
            else ch in D
            if c == "N"
            else ch in _MBI_ALPHA + D
            if i in (2, 5)
            else ch in _MBI_ALPHA
        )
        if not ok:
            return False
    return True


# ---- German Krankenversichertennummer ----------------------------------------------------------------


def _kvnr_check(letter: str, eight: str) -> str:
    ds = f"{ord(letter) - 64:02d}" + eight
    total = 0
    for i, c in enumerate(ds):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ")
    eight = rng.choice("123456789") + digits(rng, 7)
    return letter + eight + _kvnr_check(letter, eight)


def kvnr_valid(s: str) -> bool:
    return len(s) == 10 and s[0].isalpha() and s[1:].isdigit() and _kvnr_check(s[0], s[1:9]) == s[9]


# ---- French NIR ---------------------------------------------------------------------------------------


def nir(rng: random.Random, born: date, female: bool) -> str:
    body = (
        f"{2 if female else 1}{born:%y%m}{rng.choice(['25', '22', '18', '12', '88', '40', '63', '76'])}"
        f"{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])


# ---- Spanish DNI --------------------------------------------------------------------------------------

_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randrange(10_000_000, 79_999_999)
    return f"{n:08d}{_DNI[n % 23]}"


def dni_valid(s: str) -> bool:
    return len(s) == 9 and s[:8].isdigit() and _DNI[int(s[:8]) % 23] == s[8]


# ---- Italian codice fiscale ---------------------------------------------------------------------------

_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
         14, 16, 10, 22, 25, 24, 23],
        strict=True,
    )
)  # fmt: skip
_CF_MONTH = "ABCDEHLMPRST"
_CF_TOWNS = ["A944", "F205", "H501", "L736", "G273", "D612", "B157", "L219", "C351", "E506"]


def _letters(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return "".join(c for c in plain if c.isalpha())


def _cf_part(s: str, given: bool) -> str:
    t = _letters(s)
    cons = [c for c in t if c not in "AEIOU"]
    vow = [c for c in t if c in "AEIOU"]
    if given and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def _cf_check(fifteen: str) -> str:
    total = sum(
        _CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(fifteen)
    )
    return chr(65 + total % 26)


def codice_fiscale(rng: random.Random, given: str, family: str, born: date, female: bool) -> str:
    body = (
        _cf_part(family, False)
        + _cf_part(given, True)
        + f"{born:%y}{_CF_MONTH[born.month - 1]}{born.day + (40 if female else 0):02d}"
        + rng.choice(_CF_TOWNS)
    )
    return body + _cf_check(body)


def cf_valid(s: str) -> bool:
    return len(s) == 16 and s.isalnum() and s.isupper() and _cf_check(s[:15]) == s[15]


# ---- Dutch BSN ----------------------------------------------------------------------------------------


def _bsn_sum(d: str) -> int:
    return sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])


def bsn(rng: random.Random) -> str:
    while True:
        d = rng.choice("123456789") + digits(rng, 8)
        if _bsn_sum(d) % 11 == 0:
            return d


def bsn_valid(s: str) -> bool:
    d = s.replace(".", "").replace(" ", "")
    return len(d) == 9 and d.isdigit() and _bsn_sum(d) % 11 == 0
