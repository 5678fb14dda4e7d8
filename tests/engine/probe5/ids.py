"""Identifiers with valid check digits for probe 5, written from the public specifications (no shared code).

Each `make_*` draws a random valid number and each `*_ok` verifies one, so test_probe5 can show the corpus
probes a checksum-aware detector fairly. Schemes: Finnish henkilötunnus (mod 31), Estonian isikukood
(two-stage mod 11), Czech rodné číslo (mod 11), Romanian CNP (weights 279146358279), Hungarian TAJ
(3/7 weights), Korean RRN (mod 11), Swiss AHV (EAN-13), Norwegian fødselsnummer (two mod-11 digits),
Israeli ID (1/2 weights), New Zealand NHI (old AAANNNC, mod 11), Irish PPSN (mod 23 letter), Spanish DNI
(mod 23 letter), Thai national ID (mod 11), Chinese resident ID (ISO 7064 MOD 11-2), Japanese My Number,
US NPI (Luhn over 80840), payment cards and IMEIs (Luhn), IBAN (mod 97), VIN (position 9), DEA numbers,
GS1 GTIN-14 inside a UDI, and the Medicare MBI format.
"""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"


def rdigits(rng: random.Random, n: int, first: str = "123456789") -> str:
    """`n` random digits, the first drawn from `first` (no leading zero by default)."""
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _only_digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


# ---- Luhn family: NPI, payment cards, IMEI -----------------------------------------------------------


def luhn_valid(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(_only_digits(s))):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    return next(c for c in D if luhn_valid(body + c))


def make_npi(rng: random.Random) -> str:
    body = rdigits(rng, 9, "12")
    return body + next(c for c in D if luhn_valid("80840" + body + c))


def npi_valid(s: str) -> bool:
    return len(s) == 10 and luhn_valid("80840" + s)


def make_card(rng: random.Random) -> str:
    """A 16-digit Visa/Mastercard-shaped number, grouped in fours."""
    body = rng.choice(["4", "51", "53", "55"])
    body += rdigits(rng, 15 - len(body), D)
    n = body + luhn_digit(body)
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


def make_imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01"]) + rdigits(rng, 12, D)
    return body + luhn_digit(body)


# ---- Finland: henkilötunnus DDMMYYCZZZQ ---------------------------------------------------------------

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(rng: random.Random, dob: date) -> str:
    century = {18: "+", 19: "-", 20: "A"}[dob.year // 100]
    serial = f"{rng.randint(2, 899):03d}"
    body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"
    return f"{body}{century}{serial}{_HETU_CHECK[int(body + serial) % 31]}"


def hetu_valid(s: str) -> bool:
    return len(s) == 11 and s[6] in "+-A" and _HETU_CHECK[int(s[:6] + s[7:10]) % 31] == s[10]


# ---- Estonia: isikukood GYYMMDDSSSC -------------------------------------------------------------------


def _ee_check(first10: str) -> int:
    for weights in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        r = sum(int(c) * w for c, w in zip(first10, weights, strict=True)) % 11
        if r < 10:
            return r
    return 0


def make_isikukood(rng: random.Random, dob: date, female: bool) -> str:
    g = (3 if dob.year < 2000 else 5) + (1 if female else 0)
    first10 = f"{g}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{rng.randint(0, 999):03d}"
    return first10 + str(_ee_check(first10))


def isikukood_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and int(s[10]) == _ee_check(s[:10])


# ---- Czech Republic: rodné číslo YYMMDD/SSSC, the 10-digit number divisible by 11 ----------------------


def make_rodne_cislo(rng: random.Random, dob: date, female: bool) -> str:
    month = dob.month + (50 if female else 0)
    while True:
        first9 = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{rng.randint(0, 999):03d}"
        check = int(first9) % 11
        if check < 10:
            return f"{first9[:6]}/{first9[6:]}{check}"


def rodne_cislo_valid(s: str) -> bool:
    d = _only_digits(s)
    return len(d) == 10 and int(d) % 11 == 0


# ---- Romania: CNP SYYMMDDJJNNNC ----------------------------------------------------------------------

_CNP_W = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]


def _cnp_check(first12: str) -> int:
    r = sum(int(c) * w for c, w in zip(first12, _CNP_W, strict=True)) % 11
    return 1 if r == 10 else r


def make_cnp(rng: random.Random, dob: date, female: bool) -> str:
    s = (1 if dob.year < 2000 else 5) + (1 if female else 0)
    county, serial = rng.randint(1, 46), rng.randint(1, 999)
    first12 = f"{s}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{county:02d}{serial:03d}"
    return first12 + str(_cnp_check(first12))


def cnp_valid(s: str) -> bool:
    return len(s) == 13 and s.isdigit() and int(s[12]) == _cnp_check(s[:12])


# ---- Hungary: TAJ szám, 9 digits, odd positions x3, even x7 ------------------------------------------


def _taj_check(first8: str) -> int:
    return sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(first8)) % 10


def make_taj(rng: random.Random) -> str:
    first8 = rdigits(rng, 8)
    n = first8 + str(_taj_check(first8))
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def taj_valid(s: str) -> bool:
    d = _only_digits(s)
    return len(d) == 9 and int(d[8]) == _taj_check(d[:8])


# ---- Korea: resident registration number YYMMDD-GNNNNNC ----------------------------------------------

_RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def _rrn_check(first12: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(first12, _RRN_W, strict=True)) % 11) % 10


def make_rrn(rng: random.Random, dob: date, female: bool) -> str:
    g = (1 if dob.year < 2000 else 3) + (1 if female else 0)
    first12 = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}{rdigits(rng, 5, D)}"
    return f"{first12[:6]}-{first12[6:]}{_rrn_check(first12)}"


def rrn_valid(s: str) -> bool:
    d = _only_digits(s)
    return len(d) == 13 and int(d[12]) == _rrn_check(d[:12])


# ---- EAN-13 / GS1 check digit: Swiss AHV (756...), GTIN-14 ------------------------------------------


def gs1_digit(body: str) -> str:
    """GS1 check digit: weights 3,1,3,... from the right-most body digit."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def make_ahv(rng: random.Random) -> str:
    body = "756" + rdigits(rng, 9, D)
    n = body + gs1_digit(body)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def ahv_valid(s: str) -> bool:
    d = _only_digits(s)
    return len(d) == 13 and d.startswith("756") and gs1_digit(d[:12]) == d[12]


def make_udi(rng: random.Random) -> str:
    """A GS1 UDI in human-readable form: (01) GTIN-14 (17) expiry (10) lot (21) serial."""
    gtin = "0" + rdigits(rng, 12, D)
    gtin += gs1_digit(gtin)
    exp = f"{rng.randint(26, 29)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rdigits(rng, 4, D)
    return f"(01){gtin}(17){exp}(10){lot}(21){rdigits(rng, 8)}"


def udi_valid(s: str) -> bool:
    gtin = s[4:18]
    return s.startswith("(01)") and len(gtin) == 14 and gs1_digit(gtin[:13]) == gtin[13]


# ---- Norway: fødselsnummer DDMMYYIIIKK ---------------------------------------------------------------

_FNR_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
_FNR_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def _mod11(digits_: str, weights: list[int]) -> int | None:
    k = 11 - sum(int(c) * w for c, w in zip(digits_, weights, strict=True)) % 11
    return 0 if k == 11 else None if k == 10 else k


def make_fnr(rng: random.Random, dob: date) -> str:
    while True:
        first9 = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{rng.randint(0, 499):03d}"
        k1 = _mod11(first9, _FNR_W1)
        if k1 is None:
            continue
        k2 = _mod11(first9 + str(k1), _FNR_W2)
        if k2 is not None:
            return f"{first9}{k1}{k2}"


def fnr_valid(s: str) -> bool:
    return len(s) == 11 and _mod11(s[:9], _FNR_W1) == int(s[9]) and _mod11(s[:10], _FNR_W2) == int(s[10])


# ---- Israel: Teudat Zehut, 9 digits, weights 1,2 with digit sums --------------------------------------


def _il_sum(s: str) -> int:
    total = 0
    for i, c in enumerate(s):
        d = int(c) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    return total


def make_il_id(rng: random.Random) -> str:
    body = rdigits(rng, 8, "23")
    return body + next(c for c in D if _il_sum(body + c) % 10 == 0)


def il_id_valid(s: str) -> bool:
    return len(s) == 9 and s.isdigit() and _il_sum(s) % 10 == 0


# ---- New Zealand: NHI number, old format AAANNNC -----------------------------------------------------

_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O; A=1 ... Z=24


def _nhi_check(first6: str) -> int | None:
    vals = [_NHI_LETTERS.index(c) + 1 for c in first6[:3]] + [int(c) for c in first6[3:]]
    r = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    if r == 0:
        return None
    return (11 - r) % 10


def make_nhi(rng: random.Random) -> str:
    while True:
        first6 = "".join(rng.choice(_NHI_LETTERS) for _ in range(3)) + rdigits(rng, 3, D)
        check = _nhi_check(first6)
        if check is not None:
            return first6 + str(check)


def nhi_valid(s: str) -> bool:
    return len(s) == 7 and s[3:].isdigit() and _nhi_check(s[:6]) == int(s[6])


# ---- Ireland: PPS number, 7 digits + check letter (+ W/A/T/X) ----------------------------------------

_PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def _pps_letter(seven: str, second: str) -> str:
    total = sum(int(c) * (8 - i) for i, c in enumerate(seven))
    if second:
        total += (_PPS_LETTERS.index(second)) * 9
    return _PPS_LETTERS[total % 23]


def make_ppsn(rng: random.Random) -> str:
    seven = rdigits(rng, 7, D)
    second = rng.choice(["", "A", "W"])
    return seven + _pps_letter(seven, second) + second


def ppsn_valid(s: str) -> bool:
    return s[:7].isdigit() and len(s) in (8, 9) and _pps_letter(s[:7], s[8:]) == s[7]


# ---- Spain: DNI, 8 digits + letter (mod 23) ----------------------------------------------------------

_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def make_dni(rng: random.Random) -> str:
    n = rdigits(rng, 8, "1234567")
    return n + _DNI[int(n) % 23]


def dni_valid(s: str) -> bool:
    return len(s) == 9 and s[:8].isdigit() and _DNI[int(s[:8]) % 23] == s[8]


# ---- Thailand: national ID, 13 digits, mod 11 ---------------------------------------------------------


def _th_check(first12: str) -> int:
    return (11 - sum(int(c) * (13 - i) for i, c in enumerate(first12)) % 11) % 10


def make_th_id(rng: random.Random) -> str:
    first12 = rdigits(rng, 12, "1358")
    n = first12 + str(_th_check(first12))
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def th_id_valid(s: str) -> bool:
    d = _only_digits(s)
    return len(d) == 13 and int(d[12]) == _th_check(d[:12])


# ---- China: resident identity card, 17 digits + check (ISO 7064 MOD 11-2) ----------------------------

_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cn_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _CN_W, strict=True)) % 11]


def make_cn_id(rng: random.Random, dob: date, female: bool) -> str:
    area = rng.choice(["330602", "350503", "330102", "440106"])
    seq = f"{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
    first17 = f"{area}{dob.year}{dob.month:02d}{dob.day:02d}{seq}"
    return first17 + _cn_check(first17)


def cn_id_valid(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _cn_check(s[:17]) == s[17]


# ---- Japan: My Number (individual number), 12 digits --------------------------------------------------


def _my_number_check(first11: str) -> int:
    total = 0
    for n, c in enumerate(reversed(first11), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += int(c) * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def make_my_number(rng: random.Random) -> str:
    first11 = rdigits(rng, 11)
    n = first11 + str(_my_number_check(first11))
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def my_number_valid(s: str) -> bool:
    d = _only_digits(s)
    return len(d) == 12 and int(d[11]) == _my_number_check(d[:11])


# ---- IBAN (ISO 13616): two check digits, mod 97 = 1 --------------------------------------------------

IBAN_SHAPES = {  # country: BBAN pattern ('9' digit, 'A' upper-case letter)
    "HU": "99999999999999999999999",
    "FI": "99999999999999",
    "EE": "9999999999999999",
    "CZ": "99999999999999999999",
    "RO": "AAAA9999999999999999",
    "IE": "AAAA99999999999999",
    "CH": "99999999999999999",
    "NO": "99999999999",
    "ES": "99999999999999999999",
    "GE": "AA9999999999999999",
}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(rng: random.Random, country: str, grouped: bool = True) -> str:
    bban = "".join(
        rng.choice(D) if c == "9" else rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for c in IBAN_SHAPES[country]
    )
    check = 98 - _iban_num(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban


def iban_valid(s: str) -> bool:
    c = s.replace(" ", "")
    return _iban_num(c[4:] + c[:4]) % 97 == 1


# ---- North American VIN: check digit at position 9 ----------------------------------------------------

_VIN_VALUE = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUE |= dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9}
_VIN_VALUE |= dict(zip("STUVWXYZ", range(2, 10), strict=True))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin_check(v: str) -> str:
    r = sum(_VIN_VALUE[c] * w for c, w in zip(v, _VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


def make_vin(rng: random.Random) -> str:
    wmi = rng.choice(["1FT", "2T1", "3VW", "5YJ", "JTD", "KNA", "1GC", "WBA"])
    rest = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    year = rng.choice("GHJKLMNPRS")
    tail = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdigits(rng, 6, D)
    v = wmi + rest + "0" + year + tail
    return v[:8] + _vin_check(v) + v[9:]


def vin_valid(v: str) -> bool:
    return len(v) == 17 and _vin_check(v) == v[8]


# ---- US DEA registration number ----------------------------------------------------------------------


def make_dea(rng: random.Random, initial: str) -> str:
    body = rdigits(rng, 6, D)
    d = [int(c) for c in body]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + initial + body + str(check)


def dea_valid(s: str) -> bool:
    d = [int(c) for c in s[2:]]
    return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


# ---- US Medicare Beneficiary Identifier (format only; it has no check digit) ---------------------------

_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(rng: random.Random) -> str:
    a, an = _MBI_ALPHA, _MBI_ALPHA + D
    s = (
        rng.choice("123456789")
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice(D)
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice(D)
        + rng.choice(a)
        + rng.choice(a)
        + rng.choice(D)
        + rng.choice(D)
    )
    return s if rng.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


# ---- UK (NHS Wales) NHS number: 10 digits, weights 10..2, mod 11 -------------------------------------


def make_nhs(rng: random.Random) -> str:
    while True:
        first9 = rdigits(rng, 9, "4")
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(first9)) % 11
        if check == 11:
            check = 0
        if check != 10:
            n = first9 + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def nhs_valid(s: str) -> bool:
    d = _only_digits(s)
    check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    return len(d) == 10 and (0 if check == 11 else check) == int(d[9])
