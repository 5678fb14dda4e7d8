"""Identifiers for probe 71 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: US SSN (area rules), Medicare Beneficiary Identifier (the MBI's position rules), NPI (Luhn
over 80840, a clinician's, plain text); UK NHS number (modulus 11) and DVLA driving licence (built from the
holder's name and date of birth); New Zealand NHI number (the AAANNNC form, modulus 11 check digit) and
driver licence; card-style billing accounts (Luhn); IPv4 addresses; and the keep identifiers of the trade
(commit SHAs, UUIDs of non-patient objects, trace ids)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter, ~ a lower-case hex digit, & a
    lower-case letter."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "~": HEX, "&": "abcdefghjkmnpqrstuvwxyz"}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ascii_fold(s: str) -> str:
    s = s.replace("ð", "d").replace("Ð", "D").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


# ---- United States ---------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    if len(s) != 11 or s[3] != "-" or s[6] != "-" or not s.replace("-", "").isdigit():
        return False
    area, group, serial = int(s[:3]), int(s[4:6]), int(s[7:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B, Z
_MBI_KIND = "CAN#AN#AA##"  # C 1-9, A letter, N letter or digit, # digit


def mbi(rng: random.Random) -> str:
    out = []
    for k in _MBI_KIND:
        out.append(rng.choice({"C": "123456789", "A": _MBI_ALPHA, "N": _MBI_ALPHA + D, "#": D}[k]))
    s = "".join(out)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def mbi_ok(s: str) -> bool:
    s = s.replace("-", "")
    pools = {"C": "123456789", "A": _MBI_ALPHA, "N": _MBI_ALPHA + D, "#": D}
    return len(s) == 11 and all(c in pools[k] for c, k in zip(s, _MBI_KIND, strict=True))


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


# ---- United Kingdom --------------------------------------------------------------------------------------


def nhs(rng: random.Random) -> str:
    while True:
        body = [int(c) for c in fill(rng, "%########")]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9]


def uk_licence(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    """DVLA: five letters of the surname (9-padded), decade, month (+5 for a woman), day, year, initials, 9,
    two check characters."""
    fam = ("".join(c for c in ascii_fold(family).upper() if c.isalpha()) + "99999")[:5]
    month = dob.month + (50 if female else 0)
    ini = ascii_fold(given).upper()[0] + "9"
    decade, year = str(dob.year)[2], str(dob.year)[3]
    return f"{fam}{decade}{month:02d}{dob.day:02d}{year}{ini}9{rng.choice(UP)}{rng.choice(UP)}"


def uk_licence_ok(lic: str, family: str, dob: date) -> bool:
    fam = ("".join(c for c in ascii_fold(family).upper() if c.isalpha()) + "99999")[:5]
    return len(lic) == 16 and lic[:5] == fam and lic[5] == str(dob.year)[2] and lic[10] == str(dob.year)[3]


# ---- New Zealand -----------------------------------------------------------------------------------------

_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O; A = 1 ... Z = 24


def nhi(rng: random.Random) -> str:
    """The National Health Index number's original form: three letters, three digits, a modulus 11 check."""
    while True:
        letters = "".join(rng.choice(_NHI_LETTERS) for _ in range(3))
        digits = fill(rng, "###")
        values = [_NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in digits]
        rest = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest == 0:
            continue
        check = 11 - rest
        return f"{letters}{digits}{0 if check == 10 else check}"


def nhi_ok(n: str) -> bool:
    if len(n) != 7 or not all(c in _NHI_LETTERS for c in n[:3]) or not n[3:].isdigit():
        return False
    values = [_NHI_LETTERS.index(c) + 1 for c in n[:3]] + [int(c) for c in n[3:6]]
    rest = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
    return rest != 0 and (11 - rest) % 10 == int(n[6])


def driver_licence(
    rng: random.Random, code: str, abbr: str, family: str, given: str, dob: date, female: bool
) -> str:
    if code == "UK":
        return uk_licence(rng, family, given, dob, female)
    if code == "NZ":
        return fill(rng, "@@######")
    patterns = {"MN": "@%##-###-###-###", "AR": "9%#######", "HI": "H%#######", "MA": "S%#######"}
    return fill(rng, patterns[abbr])


# ---- accounts, network, keep identifiers -----------------------------------------------------------------


def card_account(rng: random.Random) -> str:
    body = "6" + fill(rng, "##############")
    return body + luhn_digit(body)


def ipv4(rng: random.Random) -> str:
    first = rng.choice([24, 49, 66, 73, 98, 118, 121, 151, 203])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}"


def sha(rng: random.Random, n: int = 40) -> str:
    while True:
        s = fill(rng, "~" * n)
        if any(c.isalpha() for c in s[:7]) and any(c.isdigit() for c in s[:7]):
            return s


def uuid(rng: random.Random) -> str:
    return fill(rng, "~~~~~~~~-~~~~-4~~~-") + rng.choice("89ab") + fill(rng, "~~~-~~~~~~~~~~~~")
