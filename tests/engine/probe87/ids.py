# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 87 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check: Aadhaar (Verhoeff), Singapore NRIC/FIN (weighted check letter), Malaysian MyKad (birth date, state code,
sex parity), Québec RAMQ (letters of the family and given names, birth date with +50 on the month for a woman),
Canadian SIN (Luhn), Mexican CURP (its modulus-10 check digit over the RENAPO alphabet), US SSN (no 000, 666 or
9xx area), Brazilian CPF (two modulus-11 digits) and Cartão SUS (provisional series, modulus 11), Korean
resident registration number (weighted check digit), Japanese My Number (weighted modulus-11 check digit), NHS
number (modulus 11), UK National Insurance number (its letter rules) and South African ID number (birth date,
sex, citizenship, Luhn). PhilSys, PhilHealth, Kenyan, Moroccan and Cameroonian numbers have no public check
and are drawn in their shapes. Plates and IPs in each place's shape."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date

DIG = "0123456789"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q); anything else is copied."""
    pools = {"#": DIG, "%": "123456789", "^": "23456789", "@": LET}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


def digits_of(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha()).upper()


def luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def luhn_ok(number: str) -> bool:
    return len(number) > 1 and number.isdigit() and luhn_check(number[:-1]) == number[-1]


# ---- India: Aadhaar (Verhoeff) -------------------------------------------------------------------------------

_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]  # fmt: skip
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]  # fmt: skip
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff(num: str, check_pos: bool) -> int:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + (1 if check_pos else 0)) % 8][int(ch)]]
    return c


def aadhaar(rng: random.Random) -> str:
    body = fill(rng, "^##########")
    d = body + str(_VINV[_verhoeff(body, True)])
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 12 and d[0] not in "01" and _verhoeff(d, False) == 0


# ---- Philippines (shapes only) ---------------------------------------------------------------------------------


def philsys(rng: random.Random) -> str:
    return fill(rng, "%###-####-####-####")


# ---- United States and Mexico --------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


_CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _curp_check(head: str) -> str:
    total = sum(_CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(head))
    return str((10 - total % 10) % 10)


def curp(rng: random.Random, given: str, family: str, dob: date, female: bool) -> str:
    f, g = _ascii(family) + "XX", _ascii(given) + "XX"
    vowel = next((c for c in f[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")  # noqa: E731
    head = f"{f[0]}{vowel}X{g[0]}{dob:%y%m%d}{'M' if female else 'H'}{rng.choice(['NE', 'DF', 'JC', 'PL', 'OC', 'ZS'])}{cons(f)}X{cons(g)}"
    head += rng.choice(DIG) if dob.year < 2000 else rng.choice("ABCDEFGH")
    return head + _curp_check(head)


def curp_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", s):
        return False
    try:
        date(1900 + int(s[4:6]), int(s[6:8]), int(s[8:10]))
    except ValueError:
        return False
    return _curp_check(s[:17]) == s[17]


# ---- Singapore and Malaysia ----------------------------------------------------------------------------------

_NRIC_W = (2, 7, 6, 5, 4, 3, 2)
_NRIC_ST = "JZIHGFEDCBA"
_NRIC_FG = "XWUTRQPNMLK"


def _nric_letter(prefix: str, digits: str) -> str:
    total = sum(int(d) * w for d, w in zip(digits, _NRIC_W, strict=True)) + (4 if prefix in "TG" else 0)
    return (_NRIC_ST if prefix in "ST" else _NRIC_FG)[total % 11]


def nric(rng: random.Random, dob: date, foreign: bool = False) -> str:
    prefix = ("G" if dob.year >= 2000 else "F") if foreign else ("T" if dob.year >= 2000 else "S")
    digits = f"{dob.year % 100:02d}" + fill(rng, "#####") if not foreign else fill(rng, "#######")
    return prefix + digits + _nric_letter(prefix, digits)


def nric_ok(s: str) -> bool:
    s = s.upper()
    return bool(re.fullmatch(r"[STFG]\d{7}[A-Z]", s)) and _nric_letter(s[0], s[1:8]) == s[8]


_MY_STATES = ("10", "07", "14", "08", "01")


def mykad(rng: random.Random, dob: date, female: bool) -> str:
    last = rng.choice("02468" if female else "13579")
    return f"{dob:%y%m%d}-{rng.choice(_MY_STATES)}-{fill(rng, '###')}{last}"


def mykad_ok(s: str, female: bool | None = None) -> bool:
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)-(\d\d)-(\d{4})", s)
    if not m:
        return False
    try:
        date(2000, int(m[2]), int(m[3]))
    except ValueError:
        return False
    return female is None or (int(m[5][-1]) % 2 == 0) == female


# ---- Canada / Québec -----------------------------------------------------------------------------------------


def sin(rng: random.Random) -> str:
    body = fill(rng, "%#######")
    d = body + luhn_check(body)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and luhn_ok(d)


def ramq(rng: random.Random, given: str, family: str, dob: date, female: bool) -> str:
    f = (_ascii(family) + "XXX")[:3]
    return f"{f}{_ascii(given)[0]} {dob:%y}{dob.month + (50 if female else 0):02d} {dob:%d}{fill(rng, '##')}"


def ramq_ok(s: str) -> bool:
    m = re.fullmatch(r"[A-Z]{4} ?(\d\d)(\d\d) ?(\d\d)\d\d", s.upper())
    if not m:
        return False
    month = int(m[2]) - (50 if int(m[2]) > 50 else 0)
    try:
        date(2000, month, int(m[3]))
    except ValueError:
        return False
    return True


# ---- Brazil -------------------------------------------------------------------------------------------------


def _cpf_digit(body: str) -> str:
    r = sum(int(c) * (len(body) + 1 - i) for i, c in enumerate(body)) % 11
    return "0" if r < 2 else str(11 - r)


def cpf(rng: random.Random) -> str:
    body = fill(rng, "%########")
    body += _cpf_digit(body)
    body += _cpf_digit(body)
    return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"


def cpf_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 11 and len(set(d)) > 1 and _cpf_digit(d[:9]) == d[9] and _cpf_digit(d[:10]) == d[10]


def cns(rng: random.Random) -> str:
    """A provisional Cartão SUS number (first digit 7, 8 or 9): the weighted sum (15 .. 1) is divisible by 11."""
    while True:
        body = rng.choice("789") + fill(rng, "#############")
        last = -sum(int(c) * (15 - i) for i, c in enumerate(body)) % 11
        if last < 10:
            d = body + str(last)
            return f"{d[:3]} {d[3:7]} {d[7:11]} {d[11:]}"


def cns_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 15 and d[0] in "789" and sum(int(c) * (15 - i) for i, c in enumerate(d)) % 11 == 0


# ---- Korea and Japan ------------------------------------------------------------------------------------------

_RRN_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def _rrn_check(d12: str) -> str:
    return str((11 - sum(int(c) * w for c, w in zip(d12, _RRN_W, strict=True)) % 11) % 10)


def rrn(rng: random.Random, dob: date, female: bool) -> str:
    g = (3 if dob.year >= 2000 else 1) + (1 if female else 0)
    d12 = f"{dob:%y%m%d}{g}" + fill(rng, "#####")
    return f"{d12[:6]}-{d12[6:]}{_rrn_check(d12)}"


def rrn_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 13 and d[6] in "1234" and _rrn_check(d[:12]) == d[12]


def _my_number_check(d11: str) -> str:
    total = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(reversed(d11), 1))
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def my_number(rng: random.Random) -> str:
    d = fill(rng, "%##########")
    d += _my_number_check(d)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def my_number_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 12 and _my_number_check(d[:11]) == d[11]


# ---- Wales (UK) -------------------------------------------------------------------------------------------------


def _mod11(body: str) -> int | None:
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
    return 0 if c == 11 else None if c == 10 else c


def nhs(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%########")
        c = _mod11(body)
        if c is not None:
            d = body + str(c)
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and _mod11(d[:9]) == int(d[9])


def nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice(
        [c for c in "ABCEGHJKLMNPRSTWXYZ" if first + c not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")]
    )
    return f"{first}{second} {fill(rng, '## ## ##')} {rng.choice('ABCD')}"


def nino_ok(s: str) -> bool:
    s = s.upper().replace(" ", "")
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in (
        "BG",
        "GB",
        "NK",
        "KN",
        "TN",
        "NT",
        "ZZ",
    )


# ---- South Africa ----------------------------------------------------------------------------------------------


def sa_id(rng: random.Random, dob: date, female: bool) -> str:
    seq = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = f"{dob:%y%m%d}{seq:04d}08"
    return body + luhn_check(body)


def sa_id_ok(s: str) -> bool:
    d = digits_of(s)
    if len(d) != 13 or d[10] not in "01" or not luhn_ok(d):
        return False
    try:
        date(2000, int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    return True


# ---- plates, networks ------------------------------------------------------------------------------------------

PLATES = {"IN": ["UP%# @@ ####", "MP%# @ ####"], "PH": ["@@@ ####", "@@@ %###"], "US": ["@@@-####", "%@@@###"], "SG": ["S@@ ####@", "S@@%##@"],
          "MY": ["W@@ ####", "P@@ %###"], "MA": ["%####-@-%#", "%###-@-%"], "KE": ["K@@ %##@", "KM@@ %##@"], "QC": ["%##-@@@", "@@@ %##"],
          "CM": ["LT %##-@@", "CE %##-@@"], "BR": ["@@@%@##", "@@@-%###"], "KR": ["%#@ ####", "%##@ ####"], "JP": ["%## @ %#-##"],
          "WL": ["@@%% @@@"], "ZA": ["C@ %##-###", "@@ ## @@ GP"]}  # fmt: skip


def plate(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(PLATES[country]))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([41, 49, 102, 105, 112, 117, 154, 177, 196, 203])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
