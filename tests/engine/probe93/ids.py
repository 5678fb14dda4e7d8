# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 93 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: Italian codice fiscale (odd/even table, check letter) and Tessera Sanitaria card number (Luhn);
Greek AMKA (birth date and Luhn); Croatian OIB (ISO 7064 MOD 11,10); the former Yugoslav JMBG -- Serbian (region
70-89), Bosnian (10-19), Macedonian (41-49) -- and the Slovenian EMŠO (region 50) with their modulus-11 check
digit; Romanian CNP (weights 279146358279, mod 11); Bulgarian EGN (weights 2 4 8 5 10 9 7 3 6, mod 11); Spanish
DNI and NIE (mod 23 letter). Shape only: the Albanian NID (a letter for the decade of birth, the birth date with
+50 on a woman's month, three digits, a control letter whose algorithm is not published), the Maltese ID card
(up to seven digits and a letter), and the health-insurance numbers (HZZO MBO, RFZO LBO, ZZZS, CNAS card, CatSalut
CIP, Galician TIS, FZOM). No number is a real one's except by chance: they are drawn at random."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from tests.engine.probe.checkdigits import luhn_check, luhn_ok

DIG = "0123456789"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q); anything else is copied."""
    pools = {"#": DIG, "%": "123456789", "^": "23456789", "@": LET}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


# ---- Italy -----------------------------------------------------------------------------------------------

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip
_CF_MONTH = "ABCDEHLMPRST"


def _cf_part(name: str, given: bool) -> str:
    letters = [c for c in unicodedata.normalize("NFKD", name.upper()) if "A" <= c <= "Z"]
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X"] * 3)[:3]


def _cf_check(body: str) -> str:
    total = sum(
        _CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body)
    )
    return chr(65 + total % 26)


def codice_fiscale(rng: random.Random, given: str, family: str, dob: date, female: bool) -> str:
    day = dob.day + (40 if female else 0)
    body = f"{_cf_part(family, False)}{_cf_part(given, True)}{dob:%y}{_CF_MONTH[dob.month - 1]}{day:02d}{rng.choice('ACFGHLM')}{rng.randint(100, 999)}"
    return body + _cf_check(body)


def codice_fiscale_ok(s: str) -> bool:
    s = s.upper()
    return (
        len(s) == 16
        and s[:6].isalpha()
        and s[6:8].isdigit()
        and s[8] in _CF_MONTH
        and _cf_check(s[:15]) == s[15]
    )


def tessera(rng: random.Random) -> str:
    """The Tessera Sanitaria card number: 80380 (Italy's prefix), 14 digits, a Luhn check digit."""
    body = "80380" + fill(rng, "000########")[:14].ljust(14, "0")
    return body + luhn_check(body)


# ---- Greece ----------------------------------------------------------------------------------------------


def amka(rng: random.Random, dob: date) -> str:
    body = f"{dob:%d%m}{dob.year % 100:02d}" + fill(rng, "####")
    return body + luhn_check(body)


def amka_ok(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and luhn_ok(s)


# ---- Croatia ---------------------------------------------------------------------------------------------


def _oib_check(body10: str) -> int:
    a = 10
    for c in body10:
        a = (a + int(c)) % 10 or 10
        a = a * 2 % 11
    return (11 - a) % 10


def oib(rng: random.Random) -> str:
    body = fill(rng, "%#########")
    return body + str(_oib_check(body))


def oib_ok(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and _oib_check(s[:10]) == int(s[10])


# ---- JMBG (Serbia, Bosnia and Herzegovina, North Macedonia) and EMŠO (Slovenia) -----------------------------

_JMBG_W = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
JMBG_REGIONS = {"RS": (71, 89), "BA": (10, 19), "MK": (41, 49), "SI": (50, 50)}


def _jmbg_check(body12: str) -> int | None:
    m = 11 - sum(int(c) * w for c, w in zip(body12, _JMBG_W, strict=True)) % 11
    return 0 if m == 11 else None if m == 10 else m


def jmbg(rng: random.Random, born: date, female: bool, country: str) -> str:
    """DDMMYYY RR BBB K: BBB 000-499 men, 500-999 women; K the modulus-11 check digit."""
    lo, hi = JMBG_REGIONS[country]
    while True:
        serial = rng.randint(500, 999) if female else rng.randint(0, 499)
        body = f"{born:%d%m}{born.year % 1000:03d}{rng.randint(lo, hi):02d}{serial:03d}"
        check = _jmbg_check(body)
        if check is not None:
            return body + str(check)


def jmbg_ok(s: str) -> bool:
    return len(s) == 13 and s.isdigit() and _jmbg_check(s[:12]) == int(s[12])


# ---- Romania ---------------------------------------------------------------------------------------------

_CNP_W = "279146358279"


def cnp(rng: random.Random, born: date, female: bool) -> str:
    sex = (2 if female else 1) + (4 if born.year >= 2000 else 0)
    body = f"{sex}{born:%y%m%d}{rng.randint(1, 46):02d}{fill(rng, '##%')}"
    r = sum(int(c) * int(w) for c, w in zip(body, _CNP_W, strict=True)) % 11
    return body + ("1" if r == 10 else str(r))


def cnp_ok(s: str) -> bool:
    if len(s) != 13 or not s.isdigit():
        return False
    r = sum(int(c) * int(w) for c, w in zip(s[:12], _CNP_W, strict=True)) % 11
    return ("1" if r == 10 else str(r)) == s[12]


# ---- Bulgaria --------------------------------------------------------------------------------------------

_EGN_W = (2, 4, 8, 5, 10, 9, 7, 3, 6)


def egn(rng: random.Random, born: date, female: bool) -> str:
    month = born.month + (40 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rng.randint(0, 99):02d}{rng.choice('13579' if female else '02468')}"
    r = sum(int(c) * w for c, w in zip(body, _EGN_W, strict=True)) % 11
    return body + ("0" if r == 10 else str(r))


def egn_ok(s: str) -> bool:
    if len(s) != 10 or not s.isdigit():
        return False
    r = sum(int(c) * w for c, w in zip(s[:9], _EGN_W, strict=True)) % 11
    return ("0" if r == 10 else str(r)) == s[9]


# ---- Spain (Catalonia, Galicia) --------------------------------------------------------------------------

_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 79_999_999)
    return f"{n}{_DNI[n % 23]}"


def nie(rng: random.Random) -> str:
    p = rng.choice("XY")
    n = fill(rng, "#######")
    return f"{p}{n}{_DNI[int(str('XYZ'.index(p)) + n) % 23]}"


def dni_ok(s: str) -> bool:
    s = s.replace("-", "").replace(" ", "").upper()
    if s[:1] in ("X", "Y", "Z"):
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and _DNI[int(s[:8]) % 23] == s[8]


# ---- Albania, Malta (shape only) -------------------------------------------------------------------------

_NID_DECADE = "ABCDEFGHIJKLMN"  # 1900s A ... 1990s J, 2000s K


def albania_nid(rng: random.Random, born: date, female: bool) -> str:
    decade = _NID_DECADE[(born.year - 1900) // 10]
    month = born.month + (50 if female else 0)
    return f"{decade}{born.year % 10}{month:02d}{born.day:02d}{fill(rng, '###')}{rng.choice(LET)}"


def albania_nid_ok(s: str) -> bool:
    return (
        len(s) == 10
        and s[0] in _NID_DECADE
        and s[1:9].isdigit()
        and s[9].isalpha()
        and 1 <= int(s[2:4]) % 50 <= 12
    )


def malta_id(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%####", "%#####", "%######"])) + rng.choice("MGAPLHBZ")


def malta_id_ok(s: str) -> bool:
    return 5 <= len(s) <= 8 and s[:-1].isdigit() and s[-1] in "MGAPLHBZ"
