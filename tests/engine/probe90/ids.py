# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 90 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: US SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial), Medicare Beneficiary Identifier
(its character classes), SNAP/EBT card number (16 digits, Luhn), VIN (ISO 3779 check character); Canadian SIN
(Luhn), Ontario health card (Luhn, two version letters) and British Columbia PHN (9 first, modulus-11 weights
2 4 8 5 10 9 7 3); UK NHS number (modulus 11) and National Insurance number (prefix rules); Irish PPS number
(modulus 23 letter); Australian tax file number (modulus 11) and Medicare card (weighted check digit, issue
number); New Zealand NHI (modulus 11, AAANNNC); a pump's or phone's IMEI (Luhn). The Centrelink CRN has its shape only (nine digits and a letter: its check letter's
algorithm is not published). Plates, licences, serials, IPs in each place's shape. No number is a real one's
except by chance: they are drawn at random."""

from __future__ import annotations

import random

DIG = "0123456789"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q); anything else is copied."""
    pools = {"#": DIG, "%": "123456789", "^": "23456789", "@": LET}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


def digits_of(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str(-total % 10)


def luhn_ok(number: str) -> bool:
    d = digits_of(number)
    return len(d) > 1 and luhn_check(d[:-1]) == d[-1]


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


def ebt(rng: random.Random) -> str:
    """A SNAP/EBT card number: a state's 6-digit issuer prefix, 9 digits, a Luhn check digit."""
    body = rng.choice(["507680", "600890", "508139", "610098", "507703"]) + fill(rng, "#########")
    n = body + luhn_check(body)
    return rng.choice([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"])


_VIN_VALUE = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHT = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1GC", "1FT", "2T1", "3N1", "1HG", "4S4", "5FN", "JHM", "1D7", "2C4"])
    body = list(
        wmi
        + "".join(rng.choice(_VIN_CHARS) for _ in range(5))
        + "0"
        + rng.choice("1234567WXY")
        + "".join(rng.choice(_VIN_CHARS) for _ in range(7))
    )
    r = sum(_VIN_VALUE[c] * w for c, w in zip(body, _VIN_WEIGHT, strict=True)) % 11
    body[8] = "X" if r == 10 else str(r)
    return "".join(body)


def vin_ok(v: str) -> bool:
    v = v.upper()
    if len(v) != 17 or any(c not in _VIN_VALUE for c in v):
        return False
    r = sum(_VIN_VALUE[c] * w for c, w in zip(v, _VIN_WEIGHT, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


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

_TFN_W = (1, 4, 3, 7, 5, 8, 6, 9, 10)


def tfn(rng: random.Random) -> str:
    while True:
        body = fill(rng, "%#######")
        for last in DIG:
            n = body + last
            if sum(int(c) * w for c, w in zip(n, _TFN_W, strict=True)) % 11 == 0:
                return f"{n[:3]} {n[3:6]} {n[6:]}"


def tfn_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and sum(int(c) * w for c, w in zip(d, _TFN_W, strict=True)) % 11 == 0


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


def crn(rng: random.Random) -> str:
    """Centrelink customer reference number: nine digits and a letter (shape only)."""
    n = fill(rng, "%########") + rng.choice("ABCHJKLSTVX")
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


# ---- devices, plates, licences, networks ---------------------------------------------------------------------


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "35"]) + fill(rng, "############")
    return body + luhn_check(body)


PLATES = {"US": ["%@@@###", "@@@ %###", "%##-@@@", "@@@-####"], "CA": ["@@@@ ###", "@@@ ###", "%##-@@@"], "UK": ["@@%% @@@"],
          "IE": ["%%%-@-%####", "%%%-@@-%##"], "AU": ["%@@-%#@", "@@-##-@@", "%@@%@@"], "NZ": ["@@@###", "@@%###"]}  # fmt: skip
LICENCES = {"US": ["@%######", "%########", "@###-####-####"], "CA": ["@####-#####-#####", "%######"], "UK": ["@@@@@%######@@"],
            "IE": ["%########"], "AU": ["%########", "@%######"], "NZ": ["@@######"]}  # fmt: skip


def plate(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(PLATES[country]))


def licence(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(LICENCES[country]))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([24, 47, 68, 73, 99, 142, 174, 206, 209])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


# ---- New Zealand ---------------------------------------------------------------------------------------------

_NHI_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O: A=1 ... Z=24


def _nhi_sum(s: str) -> int:
    vals = [_NHI_LET.index(c) + 1 for c in s[:3]] + [int(c) for c in s[3:6]]
    return sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11


def nhi(rng: random.Random) -> str:
    """A National Health Index number of the original shape AAANNNC with its modulus-11 check digit."""
    while True:
        body = "".join(rng.choice(_NHI_LET) for _ in range(3)) + fill(rng, "###")
        r = _nhi_sum(body)
        if r != 0:
            check = 11 - r
            return body + str(0 if check == 10 else check)


def nhi_ok(s: str) -> bool:
    s = s.upper()
    if len(s) != 7 or any(c not in _NHI_LET for c in s[:3]) or not s[3:].isdigit():
        return False
    r = _nhi_sum(s)
    return r != 0 and int(s[6]) == (0 if 11 - r == 10 else 11 - r)
