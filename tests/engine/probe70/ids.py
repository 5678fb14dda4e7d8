# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 70 (random, synthetic) in their real shapes and with valid check digits: Swedish
personnummer and samordningsnummer (Luhn over the ten digits; day + 60), Norwegian fødselsnummer and D-nummer
(two modulus-11 control digits; day + 40), Danish CPR numbers (the old modulus-11 rule, still met by these),
Finnish henkilötunnus (check character of the nine digits modulo 31), Icelandic kennitala (weighted modulus 11,
century digit), Estonian isikukood (two-pass weighted modulus 11), Latvian personas kods (the pre-2017 check
digit), Dutch BSN (the 11-proof), Belgian rijksregisternummer (97 - modulus 97, 2 prefixed after 2000),
Luxembourg matricule (a Luhn and a Verhoeff digit), IBANs (ISO 7064 modulus 97-10) and Belgian RIZIV / INAMI
numbers (modulus 97 over the first six digits)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter, ~ a lower-case hex digit."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "~": HEX}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(d: str) -> bool:
    return len(d) > 1 and d.isdigit() and luhn_digit(d[:-1]) == d[-1]


# ---- Sweden ----------------------------------------------------------------------------------------------


def personnummer(rng: random.Random, dob: date, female: bool, samordning: bool = False) -> str:
    day = dob.day + (60 if samordning else 0)
    serial = f"{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
    body = f"{dob.year % 100:02d}{dob.month:02d}{day:02d}{serial}"
    n = body + luhn_digit(body)
    sep = "+" if dob.year < 1926 and rng.random() < 0.5 else "-"
    if rng.random() < 0.35:
        return f"{dob.year // 100}{n[:6]}-{n[6:]}"
    return f"{n[:6]}{sep}{n[6:]}"


def personnummer_ok(s: str) -> bool:
    d = digits(s)
    d = d[2:] if len(d) == 12 else d
    return len(d) == 10 and luhn_ok(d)


# ---- Norway ----------------------------------------------------------------------------------------------

_NO_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11(ds: str, weights: tuple[int, ...]) -> int | None:
    r = 11 - sum(int(c) * w for c, w in zip(ds, weights, strict=True)) % 11
    return 0 if r == 11 else None if r == 10 else r


def fodselsnummer(rng: random.Random, dob: date, female: bool, d_nummer: bool = False) -> str:
    while True:
        lo, hi = (0, 499) if dob.year < 2000 else (500, 999)
        ind = rng.randint(lo, hi)
        if (ind % 10) % 2 != (0 if female else 1):
            continue
        day = dob.day + (40 if d_nummer else 0)
        body = f"{day:02d}{dob.month:02d}{dob.year % 100:02d}{ind:03d}"
        k1 = _mod11(body, _NO_W1)
        if k1 is None:
            continue
        k2 = _mod11(body + str(k1), _NO_W2)
        if k2 is None:
            continue
        return f"{body}{k1}{k2}" if rng.random() < 0.6 else f"{body[:6]} {body[6:]}{k1}{k2}"


def fodselsnummer_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and _mod11(d[:9], _NO_W1) == int(d[9]) and _mod11(d[:10], _NO_W2) == int(d[10])


# ---- Denmark ---------------------------------------------------------------------------------------------

_DK_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def cpr(rng: random.Random, dob: date, female: bool) -> str:
    century = "0123" if dob.year < 2000 else "4"
    while True:
        serial = f"{rng.choice(century)}{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
        n = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{serial}"
        if sum(int(c) * w for c, w in zip(n, _DK_W, strict=True)) % 11 == 0:
            return f"{n[:6]}-{n[6:]}"


def cpr_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 10 and sum(int(c) * w for c, w in zip(d, _DK_W, strict=True)) % 11 == 0


# ---- Finland ---------------------------------------------------------------------------------------------

_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(rng: random.Random, dob: date, female: bool) -> str:
    ind = rng.randint(2, 899)
    if ind % 2 != (0 if female else 1):
        ind += 1
    sign = "-" if dob.year < 2000 else "A"
    body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"
    return f"{body}{sign}{ind:03d}{_FI_CHECK[int(body + f'{ind:03d}') % 31]}"


def hetu_ok(s: str) -> bool:
    return len(s) == 11 and s[6] in "-+AYXWVUBCDEF" and _FI_CHECK[int(s[:6] + s[7:10]) % 31] == s[10]


# ---- Iceland ---------------------------------------------------------------------------------------------

_IS_W = (3, 2, 7, 6, 5, 4, 3, 2)


def kennitala(rng: random.Random, dob: date) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{rng.randint(20, 99):02d}"
        r = 11 - sum(int(c) * w for c, w in zip(body, _IS_W, strict=True)) % 11
        if r == 10:
            continue
        n = f"{body}{0 if r == 11 else r}{dob.year // 100 % 10}"
        return f"{n[:6]}-{n[6:]}" if rng.random() < 0.8 else n


def kennitala_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 10:
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:8], _IS_W, strict=True)) % 11
    return (0 if r == 11 else r) == int(d[8]) and d[9] in "890"


# ---- Estonia ---------------------------------------------------------------------------------------------


def _ee_check(d10: str) -> int:
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        r = sum(int(c) * w for c, w in zip(d10, weights, strict=True)) % 11
        if r < 10:
            return r
    return 0


def isikukood(rng: random.Random, dob: date, female: bool) -> str:
    g = (3 if dob.year < 2000 else 5) + (1 if female else 0)
    body = f"{g}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{rng.randint(1, 799):03d}"
    return body + str(_ee_check(body))


def isikukood_ok(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and _ee_check(s[:10]) == int(s[10])


# ---- Latvia ----------------------------------------------------------------------------------------------

_LV_W = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def personas_kods(rng: random.Random, dob: date) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{1 if dob.year < 2000 else 2}{rng.randint(0, 999):03d}"
        c = (1101 - sum(int(a) * w for a, w in zip(body, _LV_W, strict=True))) % 11
        if c < 10:
            return f"{body[:6]}-{body[6:]}{c}"


def personas_kods_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and (1101 - sum(int(a) * w for a, w in zip(d[:10], _LV_W, strict=True))) % 11 == int(
        d[10]
    )


# ---- Netherlands -----------------------------------------------------------------------------------------


def bsn(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%########")
        total = sum(int(c) * w for c, w in zip(body[:8], range(9, 1, -1), strict=True)) - int(body[8])
        if total % 11 == 0:
            return rng.choice([body, body, f"{body[:4]}.{body[4:6]}.{body[6:]}"])


def bsn_ok(s: str) -> bool:
    d = digits(s)
    return (
        len(d) == 9
        and (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])) % 11 == 0
    )


# ---- Belgium ---------------------------------------------------------------------------------------------


def rijksregister(rng: random.Random, dob: date, female: bool) -> str:
    serial = rng.randint(1, 997)
    if serial % 2 != (0 if female else 1):
        serial += 1
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{serial:03d}"
    check = 97 - int(("2" if dob.year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def rijksregister_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def riziv(rng: random.Random) -> str:
    """A physician's RIZIV / INAMI number: six digits, a modulus-97 pair, a three-digit qualification."""
    six = fill(rng, "1#####")
    return f"{six[0]}-{six[1:]}-{97 - int(six) % 97:02d}-{rng.choice(['003', '004', '005', '580'])}"


def riziv_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and int(d[6:8]) == 97 - int(d[:6]) % 97


# ---- Luxembourg ------------------------------------------------------------------------------------------

_V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]  # fmt: skip
_V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]  # fmt: skip
_V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(ch)]]
    return str(_V_INV[c])


def verhoeff_ok(d: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _V_D[c][_V_P[i % 8][int(ch)]]
    return c == 0


def matricule(rng: random.Random, dob: date) -> str:
    body = f"{dob.year}{dob.month:02d}{dob.day:02d}{rng.randint(0, 999):03d}"
    n = body + luhn_digit(body) + verhoeff_digit(body)
    return n if rng.random() < 0.6 else f"{n[:4]} {n[4:8]} {n[8:11]} {n[11:]}"


def matricule_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 13 and luhn_ok(d[:12]) and verhoeff_ok(d[:11] + d[12])


# ---- every country ---------------------------------------------------------------------------------------


def national_id(rng: random.Random, code: str, dob: date, female: bool, temporary: bool = False) -> str:
    if code == "SE":
        return personnummer(rng, dob, female, samordning=temporary)
    if code == "NO":
        return fodselsnummer(rng, dob, female, d_nummer=temporary)
    return {
        "DK": lambda: cpr(rng, dob, female),
        "FI": lambda: hetu(rng, dob, female),
        "IS": lambda: kennitala(rng, dob),
        "EE": lambda: isikukood(rng, dob, female),
        "LV": lambda: personas_kods(rng, dob),
        "NL": lambda: bsn(rng),
        "BE": lambda: rijksregister(rng, dob, female),
        "LU": lambda: matricule(rng, dob),
    }[code]()


NATIONAL_ID_OK = {
    "SE": personnummer_ok, "NO": fodselsnummer_ok, "DK": cpr_ok, "FI": hetu_ok, "IS": kennitala_ok, "EE": isikukood_ok,
    "LV": personas_kods_ok, "NL": bsn_ok, "BE": rijksregister_ok, "LU": matricule_ok,
}  # fmt: skip


def iban(rng: random.Random, country: str) -> str:
    bban = fill(rng, {"NL": "@@@@##########", "BE": "############", "LU": "###0############", "DK": "##############",
                      "FI": "##############", "EE": "################", "LV": "@@@@#############", "SE": "####################",
                      "NO": "###########", "IS": "######################"}[country])  # fmt: skip
    if country == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + bban[4:]
    if country == "LV":
        bban = rng.choice(["HABA", "UNLA", "PARX"]) + bban[4:]
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    s = f"{country}{check:02d}{bban}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def iban_ok(s: str) -> bool:
    t = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


def ipv4(rng: random.Random) -> str:
    first = rng.choice([31, 37, 46, 78, 81, 85, 88, 94, 130, 193, 213])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
