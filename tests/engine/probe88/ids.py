# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 88 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: US SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial), Medicare Beneficiary Identifier
(its character classes), NPI (Luhn over the 80840 prefix), DEA registration (its weighted check digit), VIN
(ISO 3779 check character); Ontario health card (Luhn, two version letters) and British Columbia PHN (9 first,
modulus-11 weights 2 4 8 5 10 9 7 3); UK NHS number (modulus 11); Australian Medicare card (weighted check digit,
issue number); GS1 GTIN-14 (modulus 10) inside a device's UDI. Plates, serials, IPs in each place's shape. No
number is a real one's except by chance: they are drawn at random."""

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


def npi(rng: random.Random) -> str:
    """A National Provider Identifier: 1 or 2, eight digits, a Luhn check digit over '80840' + the nine."""
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_check("80840" + body)


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_ok("80840" + s)


def dea(rng: random.Random, family: str) -> str:
    """A DEA registration: a registrant letter, the family name's initial, six digits, a check digit
    ((d1 + d3 + d5) + 2 * (d2 + d4 + d6), last digit)."""
    six = fill(rng, "######")
    check = (int(six[0]) + int(six[2]) + int(six[4]) + 2 * (int(six[1]) + int(six[3]) + int(six[5]))) % 10
    return rng.choice("ABFM") + family[0].upper() + six + str(check)


def dea_ok(s: str) -> bool:
    d = s[2:]
    if len(s) != 9 or not s[:2].isalpha() or not d.isdigit():
        return False
    return (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10 == int(d[6])


_VIN_VALUE = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHT = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1GC", "1FT", "2T1", "3N1", "1HG", "4S4", "5FN", "JHM", "1D7", "2C4"])
    body = list(wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0" + rng.choice("1234567WXY")
                + "".join(rng.choice(_VIN_CHARS) for _ in range(7)))  # fmt: skip
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
        body = "9" + fill(rng, "########")
        r = sum(int(c) * w for c, w in zip(body[1:9], _PHN_W, strict=True)) % 11
        if r not in (0, 1):  # 11 - r must be one digit
            n = body + str(11 - r)
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


# ---- Australia -----------------------------------------------------------------------------------------------


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = body + str(check) + rng.choice("12345")
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n])


def medicare_au_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


# ---- devices, plates, networks -------------------------------------------------------------------------------


def gtin14(rng: random.Random) -> str:
    body = "0" + rng.choice(["0884521", "0606959", "0841732", "0385480", "0081284"]) + fill(rng, "#####")
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str(-total % 10)


def gtin_ok(g: str) -> bool:
    if len(g) != 14 or not g.isdigit():
        return False
    return (sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(g[:13])) + int(g[13])) % 10 == 0


def udi(rng: random.Random, serial: str) -> str:
    """A GS1 UDI as printed under the barcode: (01) GTIN-14, (17) expiry YYMMDD, (21) the unit's serial."""
    return f"(01){gtin14(rng)}(17){rng.randint(27, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){serial}"


SERIALS = {"EverFlo": "EF%#######", "AirSense 11": "2317%#######", "Invacare Platinum 5": "19@@%#####", "SimplyGo Mini": "SGM%######",
           "Inogen One G5": "1%####@####", "DreamStation 2": "J%######@@", "CADD-Solis": "%#######", "Sapphire": "SA%#####",
           "AirSense 10 AutoSet": "2215%#######", "Drive Delta 1000": "DD%#####", "Invacare Etude HC": "1@%######"}  # fmt: skip


def serial(rng: random.Random, model: str) -> str:
    return fill(rng, SERIALS[model])


PLATES = {"US": ["%@@@###", "@@@ %###", "%##-@@@", "@@@-####"], "CA": ["@@@@ ###", "@@@ ###", "%##-@@@"], "UK": ["@@%% @@@"],
          "AU": ["%@@-%#@", "@@-##-@@", "%@@%@@"]}  # fmt: skip


def plate(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(PLATES[country]))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([24, 47, 68, 73, 99, 142, 174, 206, 209])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
