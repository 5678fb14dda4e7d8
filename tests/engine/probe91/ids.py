# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 91 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: US SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial), Medicare Beneficiary Identifier
(its character classes), NPI (Luhn over the 80840 prefix and nine digits), DEA registration (two letters and
seven digits, weighted check digit); Canadian SIN (Luhn), Ontario health card (Luhn, two version letters) and
British Columbia PHN (9 first, modulus-11 weights 2 4 8 5 10 9 7 3); UK NHS number (modulus 11) and National
Insurance number (prefix rules); Irish PPS number (modulus 23 letter) and Eircode; Australian Medicare card
(weighted check digit, issue number). Licences, bar numbers and IPs in each place's shape. No number is a real
one's except by chance: they are drawn at random."""

from __future__ import annotations

import random

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


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """Positions: C A AN N A AN N A A N N (C 1-9, A a letter without S L O I B Z)."""
    an = _MBI_ALPHA + DIG
    s = "".join([rng.choice("123456789"), rng.choice(_MBI_ALPHA), rng.choice(an), rng.choice(DIG), rng.choice(_MBI_ALPHA), rng.choice(an),
                 rng.choice(DIG), rng.choice(_MBI_ALPHA), rng.choice(_MBI_ALPHA), rng.choice(DIG), rng.choice(DIG)])  # fmt: skip
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def mbi_ok(m: str) -> bool:
    s = m.upper().replace("-", "")
    if len(s) != 11 or s[0] not in "123456789":
        return False
    for kind, c in zip("CAXNAXNAANN", s, strict=True):
        if (kind in "CN" and not c.isdigit()) or (kind == "A" and c not in _MBI_ALPHA):
            return False
        if kind == "X" and not (c.isdigit() or c in _MBI_ALPHA):
            return False
    return True


# ---- Canada --------------------------------------------------------------------------------------------------


def sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + fill(rng, "#######")
    n = body + luhn_check(body)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def sin_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and luhn_ok(d)


def ohip(rng: random.Random) -> str:
    body = fill(rng, "%########")
    n = body + luhn_check(body)
    vc = rng.choice(LET) + rng.choice(LET)
    return rng.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}"])


def ohip_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and luhn_ok(d) and s.strip()[-2:].isalpha()


_PHN_W = (2, 4, 8, 5, 10, 9, 7, 3)


def bc_phn(rng: random.Random) -> str:
    while True:
        body = "9" + fill(rng, "########")[:8]
        r = sum(int(c) * w for c, w in zip(body[1:9], _PHN_W, strict=True)) % 11
        if r not in (0, 1):  # 11 - r must be one digit
            n = body[:9] + str(11 - r)
            return rng.choice([f"{n[:4]} {n[4:7]} {n[7:]}", n])


def bc_phn_ok(s: str) -> bool:
    d = digits_of(s)
    if len(d) != 10 or d[0] != "9":
        return False
    r = sum(int(c) * w for c, w in zip(d[1:9], _PHN_W, strict=True)) % 11
    return r not in (0, 1) and 11 - r == int(d[9])


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
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ".replace("O", "")


def nino(rng: random.Random) -> str:
    while (prefix := rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)) in _NINO_BAD:
        pass
    return rng.choice(
        [
            f"{prefix} {fill(rng, '## ## ##')} {rng.choice('ABCD')}",
            f"{prefix}{fill(rng, '######')}{rng.choice('ABCD')}",
        ]
    )


def nino_ok(s: str) -> bool:
    t = s.upper().replace(" ", "")
    return (len(t) == 9 and t[0] in _NINO_FIRST and t[1] in _NINO_SECOND and t[:2] not in _NINO_BAD
            and t[2:8].isdigit() and t[8] in "ABCD")  # fmt: skip


# ---- Ireland -------------------------------------------------------------------------------------------------

_PPS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(rng: random.Random) -> str:
    seven = fill(rng, "#######")
    second = rng.choice(["", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(seven)) + (
        9 * _PPS.index(second) if second == "A" else 0
    )
    return seven + _PPS[total % 23] + second


def ppsn_ok(p: str) -> bool:
    p = p.upper()
    if len(p) not in (8, 9) or not p[:7].isdigit():
        return False
    total = sum(int(c) * (8 - i) for i, c in enumerate(p[:7])) + (
        9 * _PPS.index(p[8]) if len(p) == 9 and p[8] != "W" else 0
    )
    return _PPS[total % 23] == p[7]


def eircode(rng: random.Random, routing: str) -> str:
    return (
        routing
        + " "
        + rng.choice("ACDEFHKNPRTVWXY")
        + "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(3))
    )


# ---- Australia -----------------------------------------------------------------------------------------------


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = body + str(check) + rng.choice("12345")
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n])


def medicare_au_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and sum(
        int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)
    ) % 10 == int(d[8])


# ---- practitioners ------------------------------------------------------------------------------------------


def npi(rng: random.Random) -> str:
    """A National Provider Identifier: 1 or 2, eight digits, a Luhn check digit over '80840' + the nine."""
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_check("80840" + body)


def npi_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and d[0] in "12" and luhn_check("80840" + d[:9]) == d[9]


def dea(rng: random.Random, family: str) -> str:
    """A DEA registration: a registrant-type letter, the family name's first letter, seven digits whose last is
    (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) mod 10."""
    six = fill(rng, "######")
    d = [int(c) for c in six]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFG") + family[0].upper() + six + str(check)


def dea_ok(s: str) -> bool:
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


LICENCES = {"US": ["@%######", "%########", "@###-####-####"], "CA": ["@####-#####-#####", "%######"], "UK": ["@@@@@%######@@"],
            "IE": ["%########"], "AU": ["%########", "@%######"]}  # fmt: skip


def licence(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(LICENCES[country]))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([24, 47, 68, 73, 99, 142, 174, 206, 209])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
