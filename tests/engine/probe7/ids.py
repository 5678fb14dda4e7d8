"""Identifier generators and validators for probe 7, written from the published algorithms.

Check digits: Bulgarian EGN (weighted mod 11), South African ID (Luhn), Iranian national code (mod 11),
Luxembourg matricule (Luhn and Verhoeff), Spanish DNI (mod 23 letter), New Zealand NHI (old format,
mod 11), Slovak rodné číslo (mod 11 over ten digits), Zimbabwean national ID (mod 23 letter), US NPI
(Luhn over 80840 + nine digits), DEA, VIN (position 9), ABA routing number (3-7-1), IMEI (Luhn), GS1
GTIN-14 in a UDI (mod 10), IBAN (mod 97). Format only: Pakistani CNIC (last digit odd for men),
Indonesian NIK (birth date, +40 for women), Myanmar NRC, Azerbaijani FIN, Nigerian NIN, US SSN and MBI.
Every generator redraws until its validator accepts, so the corpus only holds valid identifiers.
"""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe.checkdigits import verhoeff_digit, verhoeff_valid

D = "0123456789"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _weighted(d: str, weights: list[int]) -> int:
    return sum(int(c) * w for c, w in zip(d, weights, strict=True))


def luhn_valid(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        total += x
    return bool(d) and total % 10 == 0


def luhn_digit(body: str) -> str:
    return next(c for c in D if luhn_valid(body + c))


# ---- Bulgaria: EGN ------------------------------------------------------------------------------------

EGN_W = [2, 4, 8, 5, 10, 9, 7, 3, 6]


def egn_valid(s: str) -> bool:
    if len(s) != 10 or not s.isdigit():
        return False
    return (_weighted(s[:9], EGN_W) % 11) % 10 == int(s[9])


def egn(rng: random.Random, born: date, female: bool) -> str:
    month = born.month + (40 if born.year >= 2000 else 0)
    while True:
        region = rng.randrange(0, 999)
        if (region % 2 == 1) != female:
            continue
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{region:03d}"
        out = body + str((_weighted(body, EGN_W) % 11) % 10)
        assert egn_valid(out)
        return out


# ---- South Africa: 13-digit ID (Luhn) -------------------------------------------------------------------


def za_id_valid(s: str) -> bool:
    return len(s) == 13 and s.isdigit() and luhn_valid(s)


def za_id(rng: random.Random, born: date, female: bool) -> str:
    seq = rng.randrange(0, 5000) if female else rng.randrange(5000, 10000)
    body = f"{born:%y%m%d}{seq:04d}0{rng.choice('89')}"
    out = body + luhn_digit(body)
    assert za_id_valid(out)
    return out


# ---- Iran: national code (code meli) --------------------------------------------------------------------


def code_meli_valid(s: str) -> bool:
    d = s.replace("-", "")
    if len(d) != 10 or not d.isdigit() or len(set(d)) == 1:
        return False
    r = _weighted(d[:9], list(range(10, 1, -1))) % 11
    return int(d[9]) == (r if r < 2 else 11 - r)


def code_meli(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        r = _weighted(body, list(range(10, 1, -1))) % 11
        out = body + str(r if r < 2 else 11 - r)
        if code_meli_valid(out):
            return f"{out[:3]}-{out[3:9]}-{out[9]}"


# ---- Luxembourg matricule (Luhn, then Verhoeff: tests/engine/probe/checkdigits.py) -----------------------


def matricule_valid(s: str) -> bool:
    d = s.replace(" ", "")
    if len(d) != 13 or not d.isdigit():
        return False
    return luhn_valid(d[:12]) and verhoeff_valid(d[:11] + d[12])


def matricule(rng: random.Random, born: date) -> str:
    body = f"{born:%Y%m%d}{digits(rng, 3)}"
    out = body + luhn_digit(body) + verhoeff_digit(body)
    assert matricule_valid(out)
    return f"{out[:4]} {out[4:8]} {out[8:]}"


# ---- Spain: DNI -----------------------------------------------------------------------------------------

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_valid(s: str) -> bool:
    return len(s) == 9 and s[:8].isdigit() and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def dni(rng: random.Random) -> str:
    n = rng.randrange(10_000_000, 80_000_000)
    return f"{n}{DNI_LETTERS[n % 23]}"


# ---- New Zealand: NHI number (AAANNNC, letters without I and O) ----------------------------------------

NHI_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi_check(head: str) -> int | None:
    total = sum((NHI_ALPHA.index(c) + 1) * (7 - i) for i, c in enumerate(head[:3]))
    total += sum(int(c) * (4 - i) for i, c in enumerate(head[3:6]))
    r = total % 11
    return None if r == 0 else (11 - r) % 10


def nhi_valid(s: str) -> bool:
    if len(s) != 7 or any(c not in NHI_ALPHA for c in s[:3]) or not s[3:].isdigit():
        return False
    return _nhi_check(s) == int(s[6])


def nhi(rng: random.Random) -> str:
    while True:
        head = "".join(rng.choice(NHI_ALPHA) for _ in range(3)) + digits(rng, 3)
        check = _nhi_check(head)
        if check is not None:
            assert nhi_valid(head + str(check))
            return head + str(check)


# ---- Slovakia: rodné číslo (ten digits, divisible by 11) -----------------------------------------------


def rodne_valid(s: str) -> bool:
    d = s.replace("/", "")
    return len(d) == 10 and d.isdigit() and int(d) % 11 == 0


def rodne(rng: random.Random, born: date, female: bool) -> str:
    head = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}"
    while True:
        tail = digits(rng, 3)
        r = int(head + tail) % 11
        if r == 10:
            continue
        out = f"{head}/{tail}{(11 - r) % 11}"
        if rodne_valid(out):
            return out


# ---- Zimbabwe: national ID (district, serial, check letter mod 23, district of origin) ----------------

ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"


def zw_id_valid(s: str) -> bool:
    parts = s.replace(" ", "-").split("-")
    if len(parts) != 4 or not (parts[0] + parts[1]).isdigit():
        return False
    return ZW_LETTERS[int(parts[0] + parts[1]) % 23] == parts[2]


def zw_id(rng: random.Random) -> str:
    district, serial = rng.choice(["08", "22", "63", "75", "58"]), digits(rng, 6)
    return f"{district}-{serial}-{ZW_LETTERS[int(district + serial) % 23]}-{rng.choice(['42', '07', '18'])}"


# ---- format-only national identifiers -------------------------------------------------------------------


def cnic(rng: random.Random, female: bool) -> str:
    last = rng.choice("02468" if female else "13579")
    return f"{rng.choice(['35202', '36302', '42101', '34101'])}-{digits(rng, 7)}-{last}"


def nik(rng: random.Random, born: date, female: bool, region: str) -> str:
    return f"{region}{born.day + (40 if female else 0):02d}{born:%m%y}{digits(rng, 4)}"


MM_DIGITS = str.maketrans(D, "၀၁၂၃၄၅၆၇၈၉")


def nrc(rng: random.Random) -> str:
    """Myanmar NRC in Burmese script: state/township code(citizen)serial."""
    state, township = rng.choice([("၁၂", "ဥကမ"), ("၅", "မရန"), ("၉", "မထလ"), ("၁၀", "မလမ")])
    return f"{state}/{township}(နိုင်){digits(rng, 6).translate(MM_DIGITS)}"


def fin(rng: random.Random) -> str:
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ" + D
    return "".join(rng.choice(alnum) for _ in range(7))


# ---- United States --------------------------------------------------------------------------------------


def npi_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_valid("80840" + s)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 8)
    out = body + luhn_digit("80840" + body)
    assert npi_valid(out)
    return out


def dea_valid(s: str) -> bool:
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea(rng: random.Random, family_initial: str) -> str:
    d = [int(c) for c in digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    out = rng.choice("ABFM") + family_initial.upper() + "".join(map(str, d)) + str(check)
    assert dea_valid(out)
    return out


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def mbi(rng: random.Random) -> str:
    an = MBI_A + D
    return (
        rng.choice("123456789")
        + rng.choice(MBI_A)
        + rng.choice(an)
        + rng.choice(D)
        + "-"
        + rng.choice(MBI_A)
        + rng.choice(an)
        + rng.choice(D)
        + "-"
        + rng.choice(MBI_A)
        + rng.choice(MBI_A)
        + rng.choice(D)
        + rng.choice(D)
    )


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ" + D
_VIN_VAL = {c: i for i, c in enumerate("0123456789")} | dict(zip("ABCDEFGH", range(1, 9), strict=True))
_VIN_VAL |= dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9}
_VIN_VAL |= dict(zip("STUVWXYZ", range(2, 10), strict=True))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_valid(s: str) -> bool:
    if len(s) != 17 or any(c not in VIN_CHARS for c in s):
        return False
    r = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W, strict=True)) % 11
    return s[8] == ("X" if r == 10 else str(r))


def vin(rng: random.Random) -> str:
    s = list(
        rng.choice(["5YJ", "3FA", "1HG", "JTD", "WBA"]) + "".join(rng.choice(VIN_CHARS) for _ in range(14))
    )
    r = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W, strict=True)) % 11
    s[8] = "X" if r == 10 else str(r)
    out = "".join(s)
    assert vin_valid(out)
    return out


def aba_valid(s: str) -> bool:
    return len(s) == 9 and s.isdigit() and _weighted(s, [3, 7, 1] * 3) % 10 == 0


def aba(rng: random.Random) -> str:
    body = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
    out = body + next(c for c in D if aba_valid(body + c))
    return out


def imei_valid(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 15 and d.isdigit() and luhn_valid(d)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01"]) + digits(rng, 12)
    out = body + luhn_digit(body)
    return f"{out[:2]}-{out[2:8]}-{out[8:14]}-{out[14]}"


def gtin_valid(s: str) -> bool:
    if len(s) != 14 or not s.isdigit():
        return False
    return (-sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(s[:13]))) % 10 == int(s[13])


def udi(rng: random.Random) -> str:
    """A GS1 UDI with a valid GTIN-14 and a device serial: (01)GTIN(21)SERIAL."""
    body = "0" + digits(rng, 12)
    gtin = body + str((-sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))) % 10)
    assert gtin_valid(gtin)
    return f"(01){gtin}(21){rng.choice(['PX', 'QT', 'HV'])}{digits(rng, 7)}"


def iban_valid(s: str) -> bool:
    d = s.replace(" ", "")
    moved = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban(rng: random.Random, country: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    out = f"{country}{98 - num % 97:02d}{bban}"
    assert iban_valid(out)
    return " ".join(out[i : i + 4] for i in range(0, len(out), 4))
