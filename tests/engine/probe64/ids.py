"""Identifiers for probe 64 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: US SSN, Medicare MBI and NPI (Luhn over 80840), UK NHS number (modulus 11), Canadian
provincial health numbers (Ontario with its version code, Manitoba PHIN, Alberta AHCIP, Nova Scotia MSI,
Saskatchewan, Quebec RAMQ built from the name and date of birth), Indian Aadhaar (Verhoeff) and ABHA numbers,
Australian Medicare card numbers (weighted check digit, issue number, IRN) and IHIs (Luhn over 800360); and
the serials of the consumer devices a digital-health service ships (CGM sensors and transmitters,
blood-pressure cuffs, pulse oximeters, smart scales, watches), app device ids and push tokens."""

from __future__ import annotations

import random
import unicodedata
import uuid
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
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


# ---- United States ---------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (S, L, O, I, B, Z never used)."""
    an = MBI_A + D
    pools = ["123456789", MBI_A, an, D, MBI_A, an, D, MBI_A, MBI_A, D, D]
    s = "".join(rng.choice(pool) for pool in pools)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(value: str) -> bool:
    return len(value) == 10 and value.isdigit() and luhn_ok("80840" + value)


# ---- United Kingdom --------------------------------------------------------------------------------------


def _mod11(body: str) -> int:
    check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
    return 0 if check == 11 else check


def nhs(rng: random.Random) -> str:
    while True:
        body = rng.choice("4679") + fill(rng, "########")
        check = _mod11(body)
        if check != 10:
            n = body + str(check)
            return rng.choice(
                [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]
            )


def nhs_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 10 and _mod11(d[:9]) == int(d[9])


# ---- Canada ----------------------------------------------------------------------------------------------


def health_card(rng: random.Random, prov: str, given: str, family: str, dob: date, female: bool) -> str:
    """A provincial health number as the province writes it."""
    if prov == "ON":
        body = rng.choice("123456789") + fill(rng, "########")
        n = body + luhn_digit(body)
        return rng.choice(
            [f"{n[:4]}-{n[4:7]}-{n[7:]}-{fill(rng, '@@')}", f"{n[:4]} {n[4:7]} {n[7:]} {fill(rng, '@@')}"]
        )
    if prov == "QC":
        fam, giv = ascii_fold(family).upper(), ascii_fold(given).upper()
        month = dob.month + (50 if female else 0)
        return f"{fam[:3]}{giv[0]} {dob:%y}{month:02d} {dob:%d}{fill(rng, '##')}"
    if prov == "MB":
        return fill(rng, "%########")
    if prov == "AB":
        return fill(rng, "%####-####")
    if prov == "NS":
        return fill(rng, "%### ### ###")
    return fill(rng, "%## ### ###")  # SK


# ---- India -----------------------------------------------------------------------------------------------

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + fill(rng, "##########")
    n = body + verhoeff_digit(body)
    return rng.choice([f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}", n])


def aadhaar_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def abha(rng: random.Random) -> str:
    """ABHA (Ayushman Bharat Health Account) number: 14 digits, written 91-1234-5678-9012."""
    n = fill(rng, "%#############")
    return f"{n[:2]}-{n[2:6]}-{n[6:10]}-{n[10:]}"


# ---- Australia -------------------------------------------------------------------------------------------


def medicare_au(rng: random.Random) -> str:
    """Medicare card number: 8 digits (first 2-6), weighted check digit, issue number; IRN after a slash or
    space."""
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    issue, irn = rng.randint(1, 5), rng.randint(1, 4)
    n = f"{body}{check}{issue}"
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", f"{n[:4]} {n[4:9]} {n[9]}-{irn}", f"{n}/{irn}", n])


def medicare_au_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())[:10]
    return len(d) == 10 and sum(
        int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)
    ) % 10 == int(d[8])


def ihi(rng: random.Random) -> str:
    body = "800360" + fill(rng, "#########")
    n = body + luhn_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


# ---- devices and apps ------------------------------------------------------------------------------------


def cgm_sensor_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["0M%#####@@#", "3@@%######", "%#@@##@@###"]))


def cgm_transmitter(rng: random.Random) -> str:
    return fill(rng, rng.choice(["8@%##@", "4G%##@", "@@%#@#"]))


def cuff_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["20%#######LG", "BP%#-#####-@", "%########W"]))


def oximeter_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "OX-%##-#####", "@%#####@"]))


def scale_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["BS%########", "SC-%#####-##", "%##@#####"]))


def watch_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@@@%#@@@@", "G%@@#@@#@@", "%#@#@@#@@@#@"]))


def device_uuid(rng: random.Random, upper: bool = True) -> str:
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def push_token(rng: random.Random) -> str:
    """An APNs device token (64 hex) or an FCM registration token (base64url-ish)."""
    if rng.random() < 0.5:
        return "".join(rng.choice(HEX) for _ in range(64))
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return (
        "".join(rng.choice(alpha) for _ in range(22))
        + ":APA91b"
        + "".join(rng.choice(alpha) for _ in range(70))
    )


def ipv4(rng: random.Random, loc: str) -> str:
    first = {"US": [24, 47, 68, 73, 98, 174], "UK": [81, 86, 92, 109, 151], "CA": [70, 99, 142, 184, 206],
             "IN": [49, 103, 106, 117, 122], "AU": [1, 49, 101, 120, 203]}[loc]  # fmt: skip
    return f"{rng.choice(first)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2600", "2a02", "2405", "2001", "2407"]), fill(rng, "~~~~"), fill(rng, "~~~")]
    return ":".join(groups) + "::" + ":".join(fill(rng, "~~~") + rng.choice(HEX) for _ in range(2))
