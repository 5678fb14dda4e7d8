"""Identifiers for probe 77 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: Mexican CURP (18 characters, check digit over the 17 before it), RFC with homoclave
(modulus 11 check character), IMSS NSS (11 digits, Luhn) and CLABE (18 digits, weights 3-7-1); Brazilian
CPF (two modulus-11 digits), CNS / cartão SUS (15 digits, weighted sum divisible by 11), CNPJ (two
modulus-11 digits); Argentine CUIL / CUIT (modulus 11 over the DNI) and CBU (two check digits); Chilean RUT
(modulus 11, check digit or K); Uruguayan cédula (weights 2-9-8-7-6-3-4); Ecuadorian cédula (modulus 10
with the province and a third digit under 6); Guatemalan DPI / CUI (modulus 11 over the first eight digits,
department and municipality)."""

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


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


# ---- Mexico ----------------------------------------------------------------------------------------------

_CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_VOWELS = "AEIOU"
MX_STATE_CODE = {"Yucatán": "YN", "Puebla": "PL", "Tlaxcala": "TL", "Nuevo León": "NL"}


def _letters(s: str) -> str:
    return "".join(c for c in ascii_fold(s).upper() if c.isalpha())


def _inner_consonant(s: str) -> str:
    return next((c for c in _letters(s)[1:] if c not in _VOWELS), "X")


def curp_check(body17: str) -> str:
    total = sum(_CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(body17))
    return str((10 - total % 10) % 10)


def curp(rng: random.Random, given: str, fam1: str, fam2: str, dob: date, female: bool, state: str) -> str:
    f1, f2, g = _letters(fam1), _letters(fam2) or "X", _letters(given)
    vowel = next((c for c in f1[1:] if c in _VOWELS), "X")
    head = f1[0] + vowel + f2[0] + g[0]
    body = (
        f"{head}{dob:%y%m%d}{'M' if female else 'H'}{MX_STATE_CODE[state]}"
        f"{_inner_consonant(fam1)}{_inner_consonant(fam2)}{_inner_consonant(given)}"
        f"{rng.choice(D) if dob.year < 2000 else rng.choice('ABCDEFGH')}"
    )
    return body + curp_check(body)


def curp_ok(c: str) -> bool:
    return len(c) == 18 and c[:4].isalpha() and c[4:10].isdigit() and curp_check(c[:17]) == c[17]


_RFC_ALPHA = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_check(body12: str) -> str:
    total = sum(_RFC_ALPHA.index(c) * (13 - i) for i, c in enumerate(body12))
    d = 11 - total % 11
    return "0" if d == 11 else "A" if d == 10 else str(d)


def rfc(rng: random.Random, the_curp: str) -> str:
    body = (
        the_curp[:10]
        + rng.choice("123456789ABCDEFGHIJKLMNPRSTUVWXYZ")
        + rng.choice("123456789ABCDEFGHIJKLMNPRSTUVWXYZ")
    )
    return body + rfc_check(body)


def rfc_ok(r: str) -> bool:
    return len(r) == 13 and rfc_check(r[:12]) == r[12]


def nss(rng: random.Random, dob: date) -> str:
    """IMSS: subdelegation (2), year of registration (2), year of birth (2), serial (4), Luhn digit."""
    reg = min(dob.year + rng.randint(16, 30), 2023) % 100
    body = f"{rng.randint(1, 97):02d}{reg:02d}{dob.year % 100:02d}{fill(rng, '####')}"
    return body + luhn_digit(body)


def nss_ok(n: str) -> bool:
    d = _digits(n)
    return len(d) == 11 and luhn_ok(d)


def clabe(rng: random.Random) -> str:
    body = (
        rng.choice(["002", "012", "014", "021", "072", "127", "137"])
        + fill(rng, "###")
        + fill(rng, "###########")
    )
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def clabe_ok(c: str) -> bool:
    d = _digits(c)
    return (
        len(d) == 18
        and (sum(int(x) * (3, 7, 1)[i % 3] % 10 for i, x in enumerate(d[:17])) + int(d[17])) % 10 == 0
    )


# ---- Brazil ----------------------------------------------------------------------------------------------


def _mod11_dv(digits: str, weights: list[int]) -> str:
    r = sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
    return "0" if r < 2 else str(11 - r)


def cpf(rng: random.Random) -> str:
    body = fill(rng, "%########")
    d1 = _mod11_dv(body, list(range(10, 1, -1)))
    d2 = _mod11_dv(body + d1, list(range(11, 1, -1)))
    n = body + d1 + d2
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def cpf_ok(c: str) -> bool:
    d = _digits(c)
    return (
        len(d) == 11
        and _mod11_dv(d[:9], list(range(10, 1, -1))) == d[9]
        and _mod11_dv(d[:10], list(range(11, 1, -1))) == d[10]
    )


def cns(rng: random.Random) -> str:
    """A definitive cartão SUS number (first digit 1 or 2) built from an 11-digit PIS the way DATASUS does."""
    while True:
        pis = rng.choice("12") + fill(rng, "##########")
        total = sum(int(c) * (15 - i) for i, c in enumerate(pis))
        dv = 11 - total % 11
        if dv == 11:
            n = pis + "0000"
        elif dv == 10:
            total += 2
            dv = 11 - total % 11
            n = pis + "001" + str(dv)
        else:
            n = pis + "000" + str(dv)
        if cns_ok(n):
            return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}"


def cns_ok(c: str) -> bool:
    d = _digits(c)
    return len(d) == 15 and d[0] in "12789" and sum(int(x) * (15 - i) for i, x in enumerate(d)) % 11 == 0


def cnpj(rng: random.Random) -> str:
    body = fill(rng, "%#######") + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    d1 = _mod11_dv(body, w1)
    d2 = _mod11_dv(body + d1, [6, *w1])
    n = body + d1 + d2
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"


def cnpj_ok(c: str) -> bool:
    d = _digits(c)
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    return len(d) == 14 and _mod11_dv(d[:12], w1) == d[12] and _mod11_dv(d[:13], [6, *w1]) == d[13]


# ---- Argentina -------------------------------------------------------------------------------------------


def dni_ar(rng: random.Random, dob: date) -> str:
    """An Argentine DNI roughly in step with the year of birth (older people, lower numbers)."""
    base = max(1_000_000, min(49_000_000, (dob.year - 1925) * 620_000 + rng.randint(0, 600_000)))
    return f"{base:,}".replace(",", ".")


def cuil(dni: str, female: bool) -> str:
    d = _digits(dni).rjust(8, "0")
    prefix = "27" if female else "20"
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    total = sum(int(c) * w for c, w in zip(prefix + d, weights, strict=True))
    dv = 11 - total % 11
    if dv == 11:
        dv = 0
    elif dv == 10:
        prefix, dv = "23", (4 if female else 9)
    return f"{prefix}-{d}-{dv}"


def cuil_ok(c: str) -> bool:
    d = _digits(c)
    if len(d) != 11:
        return False
    total = sum(int(x) * w for x, w in zip(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
    dv = 11 - total % 11
    return (0 if dv == 11 else dv) == int(d[10])


def _cbu_dv(digits: str, weights: tuple[int, ...]) -> str:
    total = sum(int(c) * weights[i % len(weights)] for i, c in enumerate(digits))
    return str((10 - total % 10) % 10)


def cbu(rng: random.Random) -> str:
    bank = rng.choice(["011", "014", "017", "072", "191", "285"]) + fill(rng, "####")
    b = bank + _cbu_dv(bank, (7, 1, 3, 9, 7, 1, 3))
    acct = fill(rng, "#############")
    return b + acct + _cbu_dv(acct, (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3))


def cbu_ok(c: str) -> bool:
    d = _digits(c)
    return (
        len(d) == 22
        and _cbu_dv(d[:7], (7, 1, 3, 9, 7, 1, 3)) == d[7]
        and _cbu_dv(d[8:21], (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3)) == d[21]
    )


# ---- Chile -----------------------------------------------------------------------------------------------


def rut_dv(body: str) -> str:
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    r = 11 - total % 11
    return "0" if r == 11 else "K" if r == 10 else str(r)


def rut(rng: random.Random, dob: date) -> str:
    n = max(1_000_000, min(27_000_000, (dob.year - 1920) * 270_000 + rng.randint(0, 260_000)))
    body = str(n)
    return f"{n:,}".replace(",", ".") + "-" + rut_dv(body)


def rut_ok(r: str) -> bool:
    body, _, dv = r.replace(".", "").partition("-")
    return body.isdigit() and rut_dv(body) == dv.upper()


# ---- Uruguay, Ecuador, Guatemala -------------------------------------------------------------------------


def ci_uy(rng: random.Random) -> str:
    body = fill(rng, "%######")
    total = sum(int(c) * w for c, w in zip(body, (2, 9, 8, 7, 6, 3, 4), strict=True))
    dv = (10 - total % 10) % 10
    return f"{body[0]}.{body[1:4]}.{body[4:]}-{dv}"


def ci_uy_ok(c: str) -> bool:
    d = _digits(c)
    return len(d) == 8 and (
        10 - sum(int(x) * w for x, w in zip(d[:7], (2, 9, 8, 7, 6, 3, 4), strict=True)) % 10
    ) % 10 == int(d[7])


def _ec_dv(nine: str) -> int:
    total = 0
    for i, c in enumerate(nine):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def cedula_ec(rng: random.Random, province: int) -> str:
    nine = f"{province:02d}{rng.randint(0, 5)}{fill(rng, '######')}"
    return nine + str(_ec_dv(nine))


def cedula_ec_ok(c: str) -> bool:
    return (
        len(c) == 10
        and c.isdigit()
        and 1 <= int(c[:2]) <= 24
        and int(c[2]) < 6
        and _ec_dv(c[:9]) == int(c[9])
    )


# department -> municipalities (Guatemala, Sololá, Totonicapán, ...)
GT_MUNIS = {1: 17, 7: 19, 8: 8, 9: 24, 13: 32, 14: 21}


def cui_gt(rng: random.Random, dept: int) -> str:
    while True:
        body = fill(rng, "%#######")
        dv = sum(int(c) * (i + 2) for i, c in enumerate(body)) % 11
        if dv < 10:
            n = f"{body}{dv}{dept:02d}{rng.randint(1, GT_MUNIS[dept]):02d}"
            return f"{n[:4]} {n[4:9]} {n[9:]}"


def cui_gt_ok(c: str) -> bool:
    d = _digits(c)
    if len(d) != 13:
        return False
    dept, muni = int(d[9:11]), int(d[11:])
    return (
        sum(int(x) * (i + 2) for i, x in enumerate(d[:8])) % 11 == int(d[8])
        and dept in GT_MUNIS
        and 1 <= muni <= GT_MUNIS[dept]
    )


def ipv4(rng: random.Random) -> str:
    first = rng.choice([177, 179, 181, 186, 187, 189, 190, 200, 201])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
