"""Identifiers for probe 52 (random, synthetic): Latin American and US-Hispanic national, social-security and
health numbers in their real shapes and, where the scheme has one, with a valid check digit -- CURP and RFC
(Mexico), IMSS NSS (Luhn), Guatemalan DPI / CUI, Salvadoran DUI, Honduran DNI, Dominican cédula (Luhn),
Colombian and Venezuelan cédulas, Peruvian DNI, Chilean RUT (mod 11), Argentine DNI and CUIL (mod 11),
Brazilian CPF (two mod-11 digits) and CNS (mod 11), US SSN and ITIN -- and clinicians' licence numbers."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def _plain(s: str) -> str:
    """Upper case without accents (Ñ -> X as the CURP / RFC rules write it) and without particles."""
    words = [w for w in s.split() if w.lower() not in {"de", "del", "la", "las", "los", "y", "da", "dos"}]
    up = " ".join(words).upper().replace("Ñ", "X")
    return "".join(c for c in unicodedata.normalize("NFD", up) if not unicodedata.combining(c))


def _first_inner(word: str, vowels: bool) -> str:
    for c in word[1:]:
        if (c in "AEIOU") == vowels and c.isalpha():
            return c
    return "X"


CURP_STATES = {"Jalisco": "JC", "Michoacán": "MN", "Guanajuato": "GT", "Zacatecas": "ZS", "Oaxaca": "OC",
               "Sonora": "SR", "Sinaloa": "SL", "Nayarit": "NT"}  # fmt: skip
_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_digit(body17: str) -> str:
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body17))
    return str((10 - total % 10) % 10)


def curp_ok(curp: str) -> bool:
    return len(curp) == 18 and curp_digit(curp[:17]) == curp[17]


def _four(given: str, pat: str, mat: str) -> str:
    p, m, g = _plain(pat), _plain(mat), _plain(given).split()[0]
    return p[0] + _first_inner(p, True) + (m[0] if m else "X") + g[0]


def curp(rng: random.Random, given: str, pat: str, mat: str, dob: date, female: bool, state: str) -> str:
    p, m, g = _plain(pat), _plain(mat) or "X", _plain(given).split()[0]
    body = (_four(given, pat, mat) + f"{dob:%y%m%d}" + ("M" if female else "H") + CURP_STATES.get(state, "NE")
            + _first_inner(p, False) + _first_inner(m, False) + _first_inner(g, False)
            + (rng.choice(D) if dob.year < 2000 else rng.choice("ABCDEFGH")))  # fmt: skip
    return body + curp_digit(body)


_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_digit(body12: str) -> str:
    total = sum(_RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(body12))
    r = 11 - total % 11
    return "0" if r == 11 else "A" if r == 10 else str(r)


def rfc_ok(rfc: str) -> bool:
    return len(rfc) == 13 and rfc_digit(rfc[:12]) == rfc[12]


def rfc(rng: random.Random, given: str, pat: str, mat: str, dob: date) -> str:
    homoclave = fill(rng, "@") + rng.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    body = _four(given, pat, mat) + f"{dob:%y%m%d}" + homoclave
    return body + rfc_digit(body)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def nss(rng: random.Random, dob: date) -> str:
    """IMSS número de seguridad social: subdelegación, year of affiliation, year of birth, serial, Luhn."""
    subdelegation = fill(rng, "%#")
    affiliated = min(dob.year + rng.randint(16, 24), 2023) % 100
    body = subdelegation + f"{affiliated:02d}" + f"{dob.year % 100:02d}" + fill(rng, "####")
    return body + luhn_digit(body)


def dpi(rng: random.Random) -> str:
    """Guatemalan DPI / CUI: 8 digits, the check digit (sum of digit * (position + 2) mod 11), department,
    municipality."""
    while True:
        body = fill(rng, "%#######")
        check = sum(int(c) * (i + 2) for i, c in enumerate(body)) % 11
        if check < 10:
            dept = rng.choice(["01", "07", "08", "09", "12", "13", "14", "16"])
            n = body + str(check) + dept + fill(rng, "0%")
            return rng.choice([f"{n[:4]} {n[4:9]} {n[9:]}", n])


def dpi_ok(n: str) -> bool:
    d = n.replace(" ", "")
    if len(d) != 13 or not d.isdigit():
        return False
    return sum(int(c) * (i + 2) for i, c in enumerate(d[:8])) % 11 == int(d[8])


def dui(rng: random.Random) -> str:
    body = fill(rng, "0%######")
    check = (10 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 10) % 10
    return f"{body}-{check}"


def dui_ok(n: str) -> bool:
    body, check = n.split("-")
    return len(body) == 8 and (10 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 10) % 10 == int(check)


def hn_dni(rng: random.Random, dob: date) -> str:
    return f"{rng.choice(['0801', '0501', '1501', '0101', '0703'])}-{dob.year}-{fill(rng, '0####')}"


def do_cedula(rng: random.Random) -> str:
    body = rng.choice(["001", "402", "031", "047", "054", "223"]) + fill(rng, "#######")
    n = body + luhn_digit(body)
    return f"{n[:3]}-{n[3:10]}-{n[10]}"


def co_cc(rng: random.Random) -> str:
    n = fill(rng, rng.choice(["1.0%#.###.###", "%#.###.###", "1.1##.###.###"]))
    return rng.choice([n, n.replace(".", "")])


def ve_ci(rng: random.Random) -> str:
    return rng.choice(["V-", "V-", "V "]) + fill(rng, rng.choice(["1%.###.###", "2%.###.###", "%.###.###"]))


def pe_dni(rng: random.Random) -> str:
    return fill(rng, rng.choice(["4#######", "7#######", "0%######"]))


def rut_digit(body: str) -> str:
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    r = 11 - total % 11
    return "0" if r == 11 else "K" if r == 10 else str(r)


def rut(rng: random.Random) -> str:
    body = fill(rng, rng.choice(["1#######", "2#######", "^######"]))
    dv = rut_digit(body)
    dotted = f"{int(body):,}".replace(",", ".")
    return rng.choice([f"{dotted}-{dv}", f"{body}-{dv}"])


def rut_ok(r: str) -> bool:
    body, dv = r.replace(".", "").split("-")
    return rut_digit(body) == dv


def ar_dni_cuil(rng: random.Random, female: bool) -> tuple[str, str]:
    while True:
        dni = fill(rng, rng.choice(["2#######", "3#######", "1%######"]))
        prefix = "27" if female else "20"
        body = prefix + dni
        r = 11 - sum(int(c) * w for c, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r != 10:
            dv = "0" if r == 11 else str(r)
            return f"{int(dni):,}".replace(",", "."), f"{prefix}-{dni}-{dv}"


def cuil_ok(c: str) -> bool:
    d = c.replace("-", "")
    r = 11 - sum(int(x) * w for x, w in zip(d[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return len(d) == 11 and ("0" if r == 11 else str(r)) == d[10]


def cpf(rng: random.Random) -> str:
    n = [int(c) for c in fill(rng, "%########")]
    for k in (10, 11):
        r = sum(d * (k - i) for i, d in enumerate(n)) % 11
        n.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, n))
    return rng.choice([f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s])


def cpf_ok(c: str) -> bool:
    n = [int(x) for x in c if x.isdigit()]
    if len(n) != 11:
        return False
    for k in (10, 11):
        r = sum(d * (k - i) for i, d in enumerate(n[: k - 1])) % 11
        if n[k - 1] != (0 if r < 2 else 11 - r):
            return False
    return True


def cns(rng: random.Random) -> str:
    """A provisional Cartão Nacional de Saúde number (7, 8 or 9 first): the weighted sum is 0 mod 11."""
    while True:
        body = rng.choice("789") + fill(rng, "#############")
        last = (11 - sum(int(c) * (15 - i) for i, c in enumerate(body)) % 11) % 11
        if last < 10:
            s = body + str(last)
            return rng.choice([f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}", s])


def cns_ok(c: str) -> bool:
    d = c.replace(" ", "")
    return len(d) == 15 and sum(int(x) * (15 - i) for i, x in enumerate(d)) % 11 == 0


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{fill(rng, '%#')}-{fill(rng, '%###')}"


def itin(rng: random.Random) -> str:
    return f"9{fill(rng, '##')}-{rng.choice(['7', '8'])}{fill(rng, '#')}-{fill(rng, '####')}"


def medicaid(rng: random.Random, state: str) -> str:
    patterns = {"Texas": "5########", "California": "9#######@#####", "Illinois": "%########",
                "Arizona": "A%#######", "Oregon": "@@%###@@", "North Carolina": "9########@"}  # fmt: skip
    return fill(rng, patterns.get(state, "%#########"))


def licence(rng: random.Random, loc: str) -> str:
    """A clinician's licence / registration number (the prefix -- CRM-PE, M.N., CMP, RM -- is plain text)."""
    patterns = {
        "US": ["1%#########"], "MX": ["%######", "1%######"], "GT": ["%####"], "SV": ["%####"],
        "HN": ["%####"], "DO": ["%##-##"], "PR": ["%####"], "CO": ["%#####", "%#-####-##"], "VE": ["%####"],
        "PE": ["%####"], "CL": ["%#####"], "AR": ["%#####"], "BR": ["%####", "%#####"],
    }  # fmt: skip
    return fill(rng, rng.choice(patterns[loc]))
