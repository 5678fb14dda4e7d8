# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 82 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: US SSN, Medicare Beneficiary Identifier (MBI), NPI (Luhn over 80840), VIN (ISO 3779 check
character); Canadian SIN and Ontario health card (Luhn); UK NHS number (modulus 11) and National Insurance
number; Irish PPS number (modulus 23 letter) and Eircode; Australian Medicare card (weighted check digit) and
IHI (Luhn over 800360); New Zealand NHI in its old AAANNNN shape (modulus 11 check digit) and IRD number;
South African identity number (date of birth, sex digit, citizenship, Luhn); Indian Aadhaar (Verhoeff check
digit), PAN (holder-type P, the family name's initial) and ABHA number; Philippine SSS, PhilHealth and TIN
numbers. Licences, plates, device serials and IPs in each place's shape."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


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


# ---- United States -------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B, Z


def mbi(rng: random.Random) -> str:
    an = _MBI_A + D
    c = [rng.choice("123456789"), rng.choice(_MBI_A), rng.choice(an), rng.choice(D), rng.choice(_MBI_A), rng.choice(an),
         rng.choice(D), rng.choice(_MBI_A), rng.choice(_MBI_A), rng.choice(D), rng.choice(D)]  # fmt: skip
    s = "".join(c)
    return rng.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}", s])


def mbi_ok(m: str) -> bool:
    s = m.replace("-", "")
    kinds = "NAXNAXNAANN"
    return (
        len(s) == 11
        and s[0] != "0"
        and all(
            (k == "N" and ch.isdigit())
            or (k == "A" and ch in _MBI_A)
            or (k == "X" and (ch in _MBI_A or ch.isdigit()))
            for k, ch in zip(kinds, s, strict=True)
        )
    )


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


_VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1N4", "2HG", "3FA", "JN1", "KNA", "MAT", "AHT", "MHF", "PL1", "6MM", "SAL", "WDD"])
    body = list(
        wmi
        + "".join(rng.choice(_VIN_CH) for _ in range(5))
        + "0"
        + rng.choice("KLMNPR")
        + "".join(rng.choice(_VIN_CH) for _ in range(7))
    )
    r = sum(_VIN_VAL[c] * w for c, w in zip(body, _VIN_W, strict=True)) % 11
    body[8] = "X" if r == 10 else str(r)
    return "".join(body)


def vin_ok(v: str) -> bool:
    if len(v) != 17 or any(c not in _VIN_VAL for c in v):
        return False
    r = sum(_VIN_VAL[c] * w for c, w in zip(v, _VIN_W, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


# ---- Canada, United Kingdom, Ireland ---------------------------------------------------------------------


def sin(rng: random.Random) -> str:
    body = rng.choice("1245679") + fill(rng, "#######")
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def sin_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 9 and luhn_ok(d)


def ohip(rng: random.Random) -> str:
    """Ontario health card: ten digits (the last a Luhn check) and a two-letter version code."""
    body = fill(rng, "%########")
    n = body + luhn_digit(body)
    return rng.choice(
        [
            f"{n[:4]}-{n[4:7]}-{n[7:]}-{rng.choice(UP)}{rng.choice(UP)}",
            f"{n[:4]} {n[4:7]} {n[7:]} {rng.choice(UP)}{rng.choice(UP)}",
        ]
    )


def ohip_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 10 and luhn_ok(d) and s.rstrip()[-2:].isalpha()


def nhs(rng: random.Random) -> str:
    while True:
        body = [int(c) for c in fill(rng, "%########")]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9]


def ni_number(rng: random.Random) -> str:
    while True:
        prefix = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return f"{prefix} {fill(rng, '## ## ##')} {rng.choice('ABCD')}"


_PPS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(rng: random.Random) -> str:
    body = fill(rng, "#######")
    second = rng.choice(["", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(body)) + (
        9 * _PPS.index(second) if second == "A" else 0
    )
    return body + _PPS[total % 23] + second


def ppsn_ok(p: str) -> bool:
    if len(p) not in (8, 9) or not p[:7].isdigit():
        return False
    total = sum(int(c) * (8 - i) for i, c in enumerate(p[:7])) + (
        9 * _PPS.index(p[8]) if len(p) == 9 and p[8] != "W" else 0
    )
    return _PPS[total % 23] == p[7]


def eircode(rng: random.Random, routing: str) -> str:
    return f"{routing} {rng.choice('ACDEFHKNPRTVWXY')}{''.join(rng.choice('ACDEFHKNPRTVWXY0123456789') for _ in range(3))}"


# ---- Australia, New Zealand ------------------------------------------------------------------------------


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = body + str(check) + rng.choice("123")
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n])


def medicare_au_ok(m: str) -> bool:
    d = digits(m)
    return len(d) in (10, 11) and sum(
        int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)
    ) % 10 == int(d[8])


def ihi(rng: random.Random) -> str:
    body = "800360" + fill(rng, "#########")
    n = body + luhn_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


def ihi_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 16 and d.startswith("800360") and luhn_ok(d)


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O; A = 1 ... Z = 24


def nhi_old(rng: random.Random) -> str:
    """The NHI's original AAANNNN shape: three letters, three digits and a modulus-11 check digit."""
    while True:
        head = "".join(rng.choice(_NHI) for _ in range(3)) + fill(rng, "###")
        vals = [_NHI.index(c) + 1 for c in head[:3]] + [int(c) for c in head[3:]]
        r = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if r != 0 and 11 - r != 10:
            return head + str(11 - r)


def nhi_old_ok(s: str) -> bool:
    if len(s) != 7 or any(c not in _NHI for c in s[:3]) or not s[3:].isdigit():
        return False
    vals = [_NHI.index(c) + 1 for c in s[:3]] + [int(c) for c in s[3:6]]
    r = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
    return r != 0 and (11 - r) % 10 == int(s[6]) and 11 - r != 10


def ird(rng: random.Random) -> str:
    while True:
        n = f"{rng.randint(10_000_000, 149_999_999) // 10:08d}"
        c = _ird_check(n)
        if c is not None:
            s = f"{int(n + str(c)):09d}"
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def _ird_check(base8: str) -> int | None:
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(int(c) * w for c, w in zip(base8, weights, strict=True)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c
    return None


def ird_ok(s: str) -> bool:
    d = digits(s).rjust(9, "0")
    return len(d) == 9 and _ird_check(d[:8]) == int(d[8])


# ---- South Africa ----------------------------------------------------------------------------------------


def za_id(rng: random.Random, dob: date, female: bool) -> str:
    """YYMMDD, a sequence 0000-4999 (female) or 5000-9999 (male), citizenship 0, the digit 8, a Luhn check."""
    seq = rng.randint(0, 4999) + (0 if female else 5000)
    body = f"{dob:%y%m%d}{seq:04d}08"
    return body + luhn_digit(body)


def za_id_ok(s: str, dob: date | None = None) -> bool:
    d = digits(s)
    if len(d) != 13 or not luhn_ok(d) or d[10] not in "01":
        return False
    try:
        born = date(2000 + int(d[:2]) if int(d[:2]) < 25 else 1900 + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    return dob is None or born == dob or (dob.month, dob.day) == (born.month, born.day)


# ---- India -----------------------------------------------------------------------------------------------

_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]  # fmt: skip
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]  # fmt: skip
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(d: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng: random.Random) -> str:
    body = fill(rng, "^##########")
    n = body + verhoeff_digit(body)
    return rng.choice([f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def aadhaar_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def pan(rng: random.Random, family: str) -> str:
    """Three letters, P (an individual), the family name's initial, four digits, a letter."""
    first = next((c for c in family.upper() if c.isascii() and c.isalpha()), "X")
    return fill(rng, "@@@") + "P" + first + fill(rng, "####") + fill(rng, "@")


def pan_ok(s: str) -> bool:
    return len(s) == 10 and s[:5].isalpha() and s[3] == "P" and s[5:9].isdigit() and s[9].isalpha()


def abha(rng: random.Random) -> str:
    return fill(rng, "91-####-####-####")


# ---- Philippines -----------------------------------------------------------------------------------------


def sss(rng: random.Random) -> str:
    return fill(rng, rng.choice(["0%-#######-#", "3%-#######-#"]))


def philhealth(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#-#########-#", "%#-0########-#"]))


# ---- licences, plates, networks --------------------------------------------------------------------------

PLATES = {"US": ["%@@@###", "@@@-####"], "CA": ["@@@@ %##", "@@@ ###"], "UK": ["@@%% @@@"], "IE": ["%%%-@@-%###", "%%%-@-%####"],
          "AU": ["%@@ %##", "%@@-%#@"], "NZ": ["@@@%##"], "ZA": ["@@ ## @@ GP", "@@@ ### EC", "ND %##-###"], "IN": ["KL %# @@ %###", "AP %# @ %###", "OD %# @@ %###"],
          "PH": ["@@@ %###", "@@@ %##"]}  # fmt: skip


def plate(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(PLATES[country]))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([41, 49, 103, 112, 115, 122, 136, 154, 196, 203])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
