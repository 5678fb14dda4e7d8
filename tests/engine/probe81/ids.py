# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 81 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: US SSN, Medicare Beneficiary Identifier (MBI), state Medicaid ids, NPI (Luhn over 80840), DEA
registration (its weighted check digit), VIN (ISO 3779 check character); Ontario health card (Luhn, version
code), British Columbia PHN (modulus 11) and SIN (Luhn); UK NHS number (modulus 11) and National Insurance
number; Irish PPS number (modulus 23 letter); Australian Medicare card (weighted check digit, issue number) and
IHI (Luhn over 800360); New Zealand NHI in its new AAANNAX shape (modulus 23 check letter). Driving licences,
plates, device serials and IPs in each place's shape."""

from __future__ import annotations

import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


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


# ---- United States ---------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B, Z


def mbi(rng: random.Random) -> str:
    """C A AN N A AN N A A N N, printed with dashes on the card (1EG4-TE5-MK73)."""
    an = _MBI_A + D
    c = [rng.choice("123456789"), rng.choice(_MBI_A), rng.choice(an), rng.choice(D), rng.choice(_MBI_A),
         rng.choice(an), rng.choice(D), rng.choice(_MBI_A), rng.choice(_MBI_A), rng.choice(D), rng.choice(D)]  # fmt: skip
    s = "".join(c)
    return rng.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}", s])


def mbi_ok(m: str) -> bool:
    s = m.replace("-", "")
    kinds = "NAXNAXNAANN"
    if len(s) != 11 or s[0] == "0":
        return False
    return all(
        (k == "N" and ch.isdigit())
        or (k == "A" and ch in _MBI_A)
        or (k == "X" and (ch in _MBI_A or ch.isdigit()))
        for k, ch in zip(kinds, s, strict=True)
    )


def medicaid(rng: random.Random, state: str) -> str:
    return fill(
        rng,
        {"NY": "@@#####@", "TX": "#########", "CA": "9#######@", "NM": "###########", "OK": "#########"}.get(
            state, "%#########"
        ),
    )


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


def dea(rng: random.Random, family: str) -> str:
    """Registrant type, the first letter of the family name, six digits and the check digit."""
    first = next((c for c in family.upper() if c.isalpha() and c.isascii()), "X")
    d = [int(c) for c in fill(rng, "######")]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + first + "".join(map(str, d)) + str(check)


def dea_ok(s: str) -> bool:
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1FT", "1GC", "2T1", "3VW", "JTD", "5YJ", "1HG", "KMH", "WVW", "JM1", "6T1", "MR0"])
    body = list(wmi + "".join(rng.choice(_VIN_CH) for _ in range(5)) + "0" + rng.choice("LMNPRS")
                + "".join(rng.choice(_VIN_CH) for _ in range(7)))  # fmt: skip
    r = sum(_VIN_VAL[c] * w for c, w in zip(body, _VIN_W, strict=True)) % 11
    body[8] = "X" if r == 10 else str(r)
    return "".join(body)


def vin_ok(v: str) -> bool:
    if len(v) != 17 or any(c not in _VIN_VAL for c in v):
        return False
    r = sum(_VIN_VAL[c] * w for c, w in zip(v, _VIN_W, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


# ---- Canada ----------------------------------------------------------------------------------------------


def ohip(rng: random.Random) -> str:
    """Ontario health card: ten digits (the last a Luhn check) and a two-letter version code."""
    body = fill(rng, "%########")
    n = body + luhn_digit(body)
    vc = rng.choice(UP) + rng.choice(UP)
    return rng.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}"])


def ohip_ok(s: str) -> bool:
    d = _digits(s)
    return len(d) == 10 and luhn_ok(d) and s.rstrip()[-2:].isalpha()


_PHN_W = (2, 4, 8, 5, 10, 9, 7, 3)


def bc_phn(rng: random.Random) -> str:
    while True:
        body = "9" + fill(rng, "########")
        r = sum(int(c) * w for c, w in zip(body[1:], _PHN_W, strict=True)) % 11
        check = 11 - r
        if check < 10:
            n = body + str(check)
            return f"{n[:4]} {n[4:7]} {n[7:]}"


def bc_phn_ok(s: str) -> bool:
    d = _digits(s)
    if len(d) != 10 or d[0] != "9":
        return False
    return 11 - sum(int(c) * w for c, w in zip(d[1:9], _PHN_W, strict=True)) % 11 == int(d[9])


def sin(rng: random.Random) -> str:
    body = rng.choice("1245679") + fill(rng, "#######")
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def sin_ok(s: str) -> bool:
    d = _digits(s)
    return len(d) == 9 and luhn_ok(d)


# ---- United Kingdom --------------------------------------------------------------------------------------


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
            return rng.choice(
                [
                    f"{prefix} {fill(rng, '## ## ##')} {rng.choice('ABCD')}",
                    f"{prefix}{fill(rng, '######')}{rng.choice('ABCD')}",
                ]
            )


# ---- Ireland ---------------------------------------------------------------------------------------------

_PPS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn(rng: random.Random) -> str:
    digits = fill(rng, "#######")
    second = rng.choice(["", "A", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(digits))
    if second and second != "W":
        total += 9 * _PPS.index(second)
    return digits + _PPS[total % 23] + second


def ppsn_ok(p: str) -> bool:
    if len(p) not in (8, 9) or not p[:7].isdigit():
        return False
    total = sum(int(c) * (8 - i) for i, c in enumerate(p[:7]))
    if len(p) == 9 and p[8] != "W":
        total += 9 * _PPS.index(p[8])
    return _PPS[total % 23] == p[7]


def eircode(rng: random.Random, routing: str) -> str:
    return f"{routing} {rng.choice('ACDEFHKNPRTVWXY')}{''.join(rng.choice('ACDEFHKNPRTVWXY0123456789') for _ in range(3))}"


# ---- Australia -------------------------------------------------------------------------------------------


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = body + str(check) + rng.choice("123")
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n])


def medicare_au_ok(m: str) -> bool:
    d = _digits(m)
    if len(d) not in (10, 11):
        return False
    return sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def ihi(rng: random.Random) -> str:
    body = "800360" + fill(rng, "#########")
    n = body + luhn_digit(body)
    return rng.choice([f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}", n])


def ihi_ok(s: str) -> bool:
    d = _digits(s)
    return len(d) == 16 and d.startswith("800360") and luhn_ok(d)


# ---- New Zealand -----------------------------------------------------------------------------------------

_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O; A = 1 ... Z = 24


def nhi(rng: random.Random) -> str:
    """The new AAANNAX format: three letters, two digits, a letter, a modulus-23 check letter."""
    while True:
        head = "".join(rng.choice(_NHI[:-1]) for _ in range(3)) + fill(rng, "##") + rng.choice(_NHI)
        if (c := _nhi_check(head)) is not None:
            return head + c


def _nhi_check(head: str) -> str | None:
    vals = [_NHI.index(c) + 1 for c in head[:3]] + [int(head[3]), int(head[4]), _NHI.index(head[5]) + 1]
    r = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 23
    return None if r == 0 else _NHI[23 - r - 1]


def nhi_ok(s: str) -> bool:
    s = s.upper()
    if len(s) != 7 or any(c not in _NHI for c in s[:3] + s[5:]) or not s[3:5].isdigit():
        return False
    return _nhi_check(s[:6]) == s[6]


# ---- licences, plates, devices, networks ----------------------------------------------------------------

DL = {"TX": "########", "NM": "#########", "CA": "@#######", "NY": "### ### ###", "OK": "@#########", "MN": "@############",
      "ON": "@####-#####-#####", "BC": "#######", "AB": "######-###", "MB": "@@@@-@@-%##@#",
      "NSW": "########", "VIC": "#########", "WA": "#######", "QLD": "#########", "NT": "#######", "NZ": "@@######", "IE": "%########"}  # fmt: skip
PLATES = {"US": ["%@@@###", "%@@@%##", "@@@-####"], "CA": ["@@@@ %##", "@@@ ###"], "UK": ["@@%% @@@"], "IE": ["%%%-@-%####", "%%%-@@-%###"],
          "AU": ["%@@-%#@", "%@@ %##"], "NZ": ["@@@%##"]}  # fmt: skip


def plate(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(PLATES[country]))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([24, 49, 58, 76, 101, 118, 142, 173, 203])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def ird(rng: random.Random) -> str:
    """New Zealand IRD number: nine digits (10-149 million), modulus-11 check digit with the secondary weights."""
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
    d = _digits(s).rjust(9, "0")
    return len(d) == 9 and 10_000_000 <= int(d) <= 150_000_000 and _ird_check(d[:8]) == int(d[8])
