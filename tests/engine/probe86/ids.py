# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 86 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: US SSN (no 000, 666 or 9xx area) and NPI (Luhn over the 80840 prefix); Canadian SIN and Ontario
health card (Luhn) and British Columbia PHN (modulus 11); UK NHS number (modulus 11) and National Insurance
number; Irish PPS number (modulus 23 letter); Australian tax file number (modulus 11), Medicare card (weighted
check digit, issue number) and IHI (Luhn over 800360); New Zealand NHI (AAANNAX, modulus-23 check letter) and
IRD number (modulus 11); South African ID number (date of birth, sex, citizenship, Luhn); French NIR (key
97 - n mod 97); Spanish DNI and NIE (modulus-23 letter); Italian codice fiscale (odd/even tables, modulus-26
letter) and tessera sanitaria card number (Luhn); Portuguese NIF (modulus 11); a VIN (ISO 3779) and a
wearable's IMEI (Luhn). Passports, plates, licences, device serials and IPs in each place's shape."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

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
    return len(number) > 1 and number.isdigit() and luhn_check(number[:-1]) == number[-1]


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
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_check("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and luhn_ok("80840" + n)


def dea(rng: random.Random, family: str) -> str:
    letter = next((c for c in family.upper() if "A" <= c <= "Z"), "X")
    d = [int(c) for c in fill(rng, "######")]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + letter + "".join(map(str, d)) + str(check)


def dea_ok(s: str) -> bool:
    s = s.upper()
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_VIN_VALUE = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHT = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(
        ["1FM", "1N4", "2HK", "3GN", "4T1", "5NP", "JN8", "KNA", "WBA", "YV1", "SAL", "6G1", "7A8"]
    )
    body = list(
        wmi
        + "".join(rng.choice(_VIN_CHARS) for _ in range(5))
        + "0"
        + rng.choice("KLMNPR")
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


def aba(rng: random.Random) -> str:
    """ABA routing number: 3-7-1 weighted sum of the nine digits is a multiple of 10."""
    body = rng.choice(["01", "02", "04", "06", "07", "09", "11", "12", "21", "26", "31"]) + fill(
        rng, "######"
    )
    s = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return body + str(-s % 10)


def aba_ok(s: str) -> bool:
    return (
        len(s) == 9
        and s.isdigit()
        and sum(int(c) * w for c, w in zip(s, (3, 7, 1) * 3, strict=True)) % 10 == 0
    )


# ---- Canada --------------------------------------------------------------------------------------------------


def sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + fill(rng, "#######")
    n = body + luhn_check(body)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


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


# ---- United Kingdom ------------------------------------------------------------------------------------------


def _mod11(body: str) -> int | None:
    check = 11 - sum(int(c) * (len(body) + 1 - i) for i, c in enumerate(body)) % 11
    check = 0 if check == 11 else check
    return None if check == 10 else check


def nhs(rng: random.Random) -> str:
    while (check := _mod11(body := fill(rng, "%########"))) is None:
        pass
    n = body + str(check)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def nhs_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and _mod11(d[:9]) == int(d[9])


def chi(rng: random.Random, dob: date, female: bool) -> str:
    """Scottish CHI: DDMMYY, two digits, a sex digit (even female, odd male), a modulus-11 check digit."""
    while True:
        body = f"{dob:%d%m%y}" + fill(rng, "##") + rng.choice("02468" if female else "13579")
        if (check := _mod11(body)) is not None:
            n = body + str(check)
            return rng.choice([n, f"{n[:6]} {n[6:]}"])


def chi_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 10 and _mod11(d[:9]) == int(d[9])


def nino(rng: random.Random) -> str:
    while (prefix := rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")) in {
        "BG",
        "GB",
        "NK",
        "KN",
        "TN",
        "NT",
        "ZZ",
    }:
        pass
    return rng.choice(
        [
            f"{prefix} {fill(rng, '## ## ##')} {rng.choice('ABCD')}",
            f"{prefix}{fill(rng, '######')}{rng.choice('ABCD')}",
        ]
    )


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


def ihi(rng: random.Random) -> str:
    body = "800360" + fill(rng, "#########")
    n = body + luhn_check(body)
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


def ihi_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 16 and d.startswith("800360") and luhn_ok(d)


# ---- New Zealand ---------------------------------------------------------------------------------------------

_NHI_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # A = 1 ... Z = 24 (no I, O)


def _nhi_check(head: str) -> str | None:
    vals = [_NHI_LET.index(c) + 1 for c in head[:3]] + [
        int(head[3]),
        int(head[4]),
        _NHI_LET.index(head[5]) + 1,
    ]
    r = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 23
    return None if r == 0 else _NHI_LET[23 - r - 1]


def nhi(rng: random.Random) -> str:
    while True:
        head = "".join(rng.choice(_NHI_LET[:-1]) for _ in range(3)) + fill(rng, "##") + rng.choice(_NHI_LET)
        if (c := _nhi_check(head)) is not None:
            return head + c


def nhi_ok(s: str) -> bool:
    s = s.upper()
    if len(s) != 7 or any(c not in _NHI_LET for c in s[:3] + s[5:]) or not s[3:5].isdigit():
        return False
    return _nhi_check(s[:6]) == s[6]


def _ird_check(base8: str) -> int | None:
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(int(c) * w for c, w in zip(base8, weights, strict=True)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c
    return None


def ird(rng: random.Random) -> str:
    while True:
        base = f"{rng.randint(1_000_000, 14_999_999):08d}"
        if (c := _ird_check(base)) is not None:
            s = base + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def ird_ok(s: str) -> bool:
    d = digits_of(s).rjust(9, "0")
    return len(d) == 9 and _ird_check(d[:8]) == int(d[8])


# ---- South Africa --------------------------------------------------------------------------------------------


def sa_id(rng: random.Random, dob: date, female: bool) -> str:
    """YYMMDD, a sex sequence (0000-4999 female, 5000-9999 male), citizenship 0, the digit 8, a Luhn check digit."""
    seq = rng.randint(0, 4999) + (0 if female else 5000)
    body = f"{dob:%y%m%d}{seq:04d}0" + "8"
    return body + luhn_check(body)


def sa_id_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 13 and luhn_ok(d) and 1 <= int(d[2:4]) <= 12 and 1 <= int(d[4:6]) <= 31


# ---- British Columbia ----------------------------------------------------------------------------------------

_PHN_W = (2, 4, 8, 5, 10, 9, 7, 3)


def bc_phn(rng: random.Random) -> str:
    while True:
        body = fill(rng, "########")
        c = 11 - sum(int(x) * w for x, w in zip(body, _PHN_W, strict=True)) % 11
        if c < 10:
            n = "9" + body + str(c)
            return f"{n[:4]} {n[4:7]} {n[7:]}"


def bc_phn_ok(s: str) -> bool:
    d = digits_of(s)
    if len(d) != 10 or d[0] != "9":
        return False
    return 11 - sum(int(x) * w for x, w in zip(d[1:9], _PHN_W, strict=True)) % 11 == int(d[9])


# ---- France, Spain, Italy, Portugal --------------------------------------------------------------------------


def nir(rng: random.Random, dob: date, female: bool) -> str:
    """Sex, YYMM of birth, department, commune, order number, then the key 97 - (number mod 97)."""
    body = f"{2 if female else 1}{dob:%y%m}{rng.choice(['29', '35', '56', '22', '64', '33', '75'])}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def nir_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    if rng.random() < 0.3:  # a foreign player's NIE: X, Y or Z stand for 0, 1, 2
        lead = rng.choice("XYZ")
        n = fill(rng, "#######")
        return f"{lead}{n}{_DNI[int(str('XYZ'.index(lead)) + n) % 23]}"
    n = fill(rng, "%#######")
    return f"{n}{_DNI[int(n) % 23]}"


def dni_ok(s: str) -> bool:
    s = s.upper().replace("-", "")
    if len(s) != 9 or not s[-1].isalpha():
        return False
    head = s[:-1]
    if head[0] in "XYZ":
        head = str("XYZ".index(head[0])) + head[1:]
    return head.isdigit() and _DNI[int(head) % 23] == s[-1]


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
        strict=True,
    )
)
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
    body = f"{_cf_part(family, False)}{_cf_part(given, True)}{dob:%y}{_CF_MONTH[dob.month - 1]}{day:02d}{rng.choice('BFHLZ')}{rng.randint(100, 999)}"
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


def ts_card(rng: random.Random) -> str:
    """Italian tessera sanitaria card number: 80380, 14 digits, a Luhn check digit (20 digits)."""
    body = "80380" + fill(rng, "##############")
    return body + luhn_check(body)


def nif_pt(rng: random.Random) -> str:
    body = rng.choice("1223") + fill(rng, "#######")
    r = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
    return body + str(0 if r < 2 else 11 - r)


def nif_pt_ok(s: str) -> bool:
    d = digits_of(s)
    if len(d) != 9:
        return False
    r = sum(int(c) * (9 - i) for i, c in enumerate(d[:8])) % 11
    return int(d[8]) == (0 if r < 2 else 11 - r)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "99"]) + fill(rng, "############")
    return body + luhn_check(body)


# ---- plates, licences, networks ------------------------------------------------------------------------------

PLATES = {"US": ["%@@@###", "@@@ %###", "%##-@@@"], "CA": ["@@@@ ###", "%##-@@@"], "UK": ["@@%% @@@"], "IE": ["%%%-@-%####", "%%%-@@-%##"],
          "AU": ["%@@-%#@", "@@-##-@@"], "NZ": ["@@@%##"], "ZA": ["@@ ## @@ GP", "@@@ ### WC"], "FR": ["@@-%##-@@"], "ES": ["%### @@@"],
          "IT": ["@@ %##@@"], "PT": ["%#-@@-%#"]}  # fmt: skip
LICENCES = {"US": ["@%######", "%########", "@###-####-####"], "CA": ["@####-#####-#####", "%######"], "UK": ["@@@@@%######@@"],
            "IE": ["%########"], "AU": ["%########", "@%######"], "NZ": ["@@######"], "ZA": ["%###%#####@@"], "FR": ["%#@@%####%#"],
            "ES": ["%#######@"], "IT": ["@@%######@"], "PT": ["@@-%#####"]}  # fmt: skip
PASSPORTS = {"US": "%########", "CA": "@@%#####", "UK": "%########", "IE": "@@%######", "AU": "@%#######", "NZ": "@@%#####",
             "ZA": "@%#######", "FR": "%#@@%####", "ES": "@@@%#####", "IT": "@@%######", "PT": "@%#####"}  # fmt: skip


def passport(rng: random.Random, country: str) -> str:
    return fill(rng, PASSPORTS[country])


def plate(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(PLATES[country]))


def licence(rng: random.Random, country: str) -> str:
    return fill(rng, rng.choice(LICENCES[country]))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([23, 38, 64, 98, 107, 131, 152, 184, 199, 216])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
