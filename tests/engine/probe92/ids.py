# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 92 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check: US SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial) and NPI (Luhn over 80840 + the ten
digits); UK NHS number (modulus 11) and National Insurance number (prefix rules); French NIR (key 97 - n mod
97) and RPPS number (11 digits, Luhn); German Krankenversichertennummer (letter + 8 digits + the GKV check
digit) and lifelong doctor number LANR (seven digits, the KBV check digit 4-9 weights, a two-digit specialty);
Spanish DNI / NIE (modulus-23 letter) and social-security number NUSS (province, number, mod-97 control);
Italian codice fiscale (odd/even tables, mod 26). Serials and IPs in their shapes. No number is a real one's
except by chance: they are drawn at random."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from tests.engine.probe.checkdigits import digits_of, luhn_check, luhn_ok

DIG = "0123456789"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q); anything else is copied."""
    pools = {"#": DIG, "%": "123456789", "^": "23456789", "@": LET}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


# ---- United States -------------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_check("80840" + body)


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_ok("80840" + s)


# ---- United Kingdom ------------------------------------------------------------------------------------------


def _mod11(body: str) -> int | None:
    check = 11 - sum(int(c) * (len(body) + 1 - i) for i, c in enumerate(body)) % 11
    check = 0 if check == 11 else check
    return None if check == 10 else check


def nhs(rng: random.Random) -> str:
    while (check := _mod11(body := fill(rng, "%########"))) is None:
        pass
    n = body + str(check)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def nhs_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and _mod11(d[:9]) == int(d[9])


_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
_NINO_FIRST = "ABCEGHJKLMNPRSTWXYZ"


def nino(rng: random.Random) -> str:
    while (prefix := rng.choice(_NINO_FIRST) + rng.choice(_NINO_FIRST)) in _NINO_BAD:
        pass
    return rng.choice(
        [
            f"{prefix} {fill(rng, '## ## ##')} {rng.choice('ABCD')}",
            f"{prefix}{fill(rng, '######')}{rng.choice('ABCD')}",
        ]
    )


def nino_ok(s: str) -> bool:
    t = s.upper().replace(" ", "")
    return (len(t) == 9 and t[0] in _NINO_FIRST and t[1] in _NINO_FIRST and t[:2] not in _NINO_BAD
            and t[2:8].isdigit() and t[8] in "ABCD")  # fmt: skip


# ---- France --------------------------------------------------------------------------------------------------


def nir(rng: random.Random, born: date, female: bool) -> str:
    """Sex, YY, MM, département, commune (3), order (3), key; written with the usual spaces."""
    dept = rng.choice(["29", "22", "56", "35", "64", "40", "75", "69", "13", "33"])
    body = f"{2 if female else 1}{born:%y}{born:%m}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_ok(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])


def rpps(rng: random.Random) -> str:
    body = "10" + fill(rng, "########")
    return body + luhn_check(body)


# ---- Germany -------------------------------------------------------------------------------------------------


def _kvnr_check(letter: str, eight: str) -> str:
    body = f"{ord(letter) - 64:02d}{eight}"
    total = 0
    for i, c in enumerate(body):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPRSTUVWZ")
    eight = fill(rng, "########")
    return letter + eight + _kvnr_check(letter, eight)


def kvnr_ok(s: str) -> bool:
    return len(s) == 10 and s[0].isupper() and s[1:].isdigit() and s[9] == _kvnr_check(s[0], s[1:9])


def _lanr_check(six: str) -> int:
    return (10 - sum(int(c) * w for c, w in zip(six, (4, 9, 4, 9, 4, 9), strict=True)) % 10) % 10


def lanr(rng: random.Random) -> str:
    six = fill(rng, "%#####")
    return f"{six}{_lanr_check(six)}{rng.choice(['01', '03', '23', '34', '42', '58'])}"


def lanr_ok(s: str) -> bool:
    return len(s) == 9 and s.isdigit() and int(s[6]) == _lanr_check(s[:6])


# ---- Spain ---------------------------------------------------------------------------------------------------

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    """A DNI (8 digits + letter) or, one time in three, an NIE (X/Y/Z + 7 digits + letter)."""
    if rng.random() < 1 / 3:
        pre = rng.choice("XYZ")
        seven = fill(rng, "#######")
        return pre + seven + _DNI_LETTERS[int(f"{'XYZ'.index(pre)}{seven}") % 23]
    n = rng.randrange(10_000_000, 80_000_000)
    return f"{n}{_DNI_LETTERS[n % 23]}"


def dni_ok(s: str) -> bool:
    body = s[:-1]
    if body[:1] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and len(body) == 8 and s[-1] == _DNI_LETTERS[int(body) % 23]


def nuss(rng: random.Random) -> str:
    prov = rng.choice([1, 20, 31, 48, 8, 28])
    num = rng.randint(10_000_000, 99_999_999)
    return f"{prov:02d}/{num}/{(prov * 10**8 + num) % 97:02d}"


def nuss_ok(s: str) -> bool:
    prov, num, ctl = s.split("/")
    return int(ctl) == (int(prov) * 10**8 + int(num)) % 97


# ---- Italy: codice fiscale -----------------------------------------------------------------------------------

_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
_CF_MONTH = "ABCDEHLMPRST"
_VOWELS = set("AEIOU")


def _cf_value(c: str, odd: bool) -> int:
    i = int(c) if c.isdigit() else ord(c) - 65
    return _CF_ODD[i] if odd else i


def _cf_check(fifteen: str) -> str:
    return chr(65 + sum(_cf_value(c, i % 2 == 0) for i, c in enumerate(fifteen)) % 26)


def cf_ok(s: str) -> bool:
    return len(s) == 16 and s.isalnum() and s.isupper() and s[15] == _cf_check(s[:15])


def _ascii_upper(word: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return "".join(c for c in folded.upper() if "A" <= c <= "Z")


def _cf_part(word: str, given: bool) -> str:
    w = list(_ascii_upper(word))
    cons = [c for c in w if c not in _VOWELS]
    vows = [c for c in w if c in _VOWELS]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X"] * 3)[:3]


def codice_fiscale(rng: random.Random, family: str, given: str, born: date, female: bool) -> str:
    body = (
        f"{_cf_part(family, False)}{_cf_part(given, True)}{born:%y}{_CF_MONTH[born.month - 1]}"
        f"{born.day + (40 if female else 0):02d}{rng.choice('BGHI')}{rng.randrange(100, 999)}"
    )
    return body + _cf_check(body)


# ---- devices, networks ---------------------------------------------------------------------------------------


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([31, 46, 62, 77, 81, 93, 151, 188, 212])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


# ---- Germany: Rentenversicherungsnummer ----------------------------------------------------------------------

_RV_W = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def _rv_check(eleven: str) -> str:
    """Area (2), birth date DDMMYY, the birth name's initial as its two-digit place (A = 01), serial (2)."""
    d = eleven[:8] + f"{ord(eleven[8]) - 64:02d}" + eleven[9:11]
    return str(sum(sum(map(int, str(int(c) * w))) for c, w in zip(d, _RV_W, strict=True)) % 10)


def rvnr(rng: random.Random, born: date, initial: str) -> str:
    letter = _ascii_upper(initial)[:1] or "A"
    body = f"{rng.choice(['12', '13', '15', '18', '28', '65'])}{born:%d%m%y}{letter}{rng.randint(0, 49):02d}"
    return f"{body[:2]} {body[2:8]} {body[8]} {body[9:]}{_rv_check(body)}"


def rvnr_ok(s: str) -> bool:
    t = s.replace(" ", "")
    return (
        len(t) == 12 and t[8].isalpha() and t[:8].isdigit() and t[9:].isdigit() and t[11] == _rv_check(t[:11])
    )
