"""Identifiers for probe 54 (random, synthetic): the health and national numbers of public-health surveillance
in the United States, Canada, the United Kingdom, Australia and New Zealand in their real shapes and, where
the scheme has one, with a valid check digit -- US SSN and NPI (Luhn over 80840 + the number), NHS number
(England / Wales, modulus 11), CHI number (Scotland, date of birth + modulus 11), New Zealand NHI (old
AAA9999 format, modulus 11 over the letters' table values), Australian Medicare card number (weighted check
digit + issue number), Ontario health card (Luhn) with a version code, Quebec RAMQ (letters of the name +
birth date), Manitoba / Saskatchewan / Nunavut health numbers, Alberta PHN -- and the numbers a surveillance
system mints: case ids, accession and specimen numbers, registry ids, field-record numbers, clinician
registrations (AHPRA, GMC, CPSO, MCNZ)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def plain(s: str) -> str:
    """Upper case ASCII letters of a name (accents, apostrophes and spaces dropped)."""
    up = unicodedata.normalize("NFD", s.upper())
    return "".join(c for c in up if c.isascii() and c.isalpha())


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    d = "".join(c for c in digits if c.isdigit())
    return len(d) > 1 and luhn_digit(d[:-1]) == d[-1]


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and luhn_digit("80840" + n[:9]) == n[9]


def nhs_number(rng: random.Random) -> str:
    while True:
        body = fill(rng, "^########")
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check != 10:
            s = body + str(0 if check == 11 else check)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def nhs_ok(n: str) -> bool:
    d = n.replace(" ", "")
    if len(d) != 10 or not d.isdigit():
        return False
    check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    return check != 10 and (0 if check == 11 else check) == int(d[9])


def chi_number(rng: random.Random, dob: date, female: bool) -> str:
    """Scottish CHI: ddmmyy, two digits, a sex digit (even female, odd male), a modulus-11 check digit."""
    while True:
        sex = rng.choice("02468" if female else "13579")
        body = f"{dob:%d%m%y}" + fill(rng, "##") + sex
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check != 10:
            return body + str(0 if check == 11 else check)


def chi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and nhs_ok(n)


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are not used; A = 1 ... Z = 24


def nhi(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice(_NHI_LETTERS) for _ in range(3))
        digits = fill(rng, "###")
        vals = [_NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in digits]
        r = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if r:
            return letters + digits + str((11 - r) % 10)


def nhi_ok(n: str) -> bool:
    if len(n) != 7 or not all(c in _NHI_LETTERS for c in n[:3]) or not n[3:].isdigit():
        return False
    vals = [_NHI_LETTERS.index(c) + 1 for c in n[:3]] + [int(c) for c in n[3:6]]
    r = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return r != 0 and (11 - r) % 10 == int(n[6])


def medicare_au(rng: random.Random) -> str:
    body = fill(rng, rng.choice("23456") + "#######")
    check = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = body + str(check) + rng.choice("123456789")
    return f"{s[:4]} {s[4:9]} {s[9]}"


def medicare_au_ok(n: str) -> bool:
    d = n.replace(" ", "")
    if len(d) != 10 or not d.isdigit():
        return False
    return sum(int(c) * w for c, w in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10 == int(d[8])


def ohip(rng: random.Random) -> str:
    body = fill(rng, "%########")
    s = body + luhn_digit(body)
    vc = "".join(rng.choice("ABCEGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}"


def ohip_ok(n: str) -> bool:
    return luhn_ok(n.replace("-", "")[:10])


def ramq(given: str, family: str, dob: date, female: bool, rng: random.Random) -> str:
    f, g = plain(family), plain(given)
    month = dob.month + (50 if female else 0)
    return f"{(f + 'XXX')[:3]}{g[0]} {dob:%y}{month:02d} {dob:%d}{fill(rng, '%#')}"


def province_health_number(
    rng: random.Random, prov: str, given: str, family: str, dob: date, female: bool
) -> str:
    if prov == "ON":
        return ohip(rng)
    if prov == "QC":
        return ramq(given, family, dob, female, rng)
    if prov == "AB":
        return fill(rng, "%####-####")
    if prov == "NU":
        return "1" + fill(rng, "########")
    return fill(rng, "%########")  # Manitoba PHIN, Saskatchewan HSN: nine digits


MEDICAID = {"Minnesota": "%#######", "Kentucky": "%#########", "Louisiana": "%##########",
            "Michigan": "%#########", "New Mexico": "%#########", "Georgia": "%###########"}  # fmt: skip


def medicaid(rng: random.Random, state: str) -> str:
    return fill(rng, MEDICAID.get(state, "%#########"))


def ahpra(rng: random.Random) -> str:
    return rng.choice(["MED", "NMW", "MED"]) + "000" + fill(rng, "%######")


def registration(rng: random.Random, country: str) -> str:
    """A clinician's registration: US NPI, GMC (UK), CPSO / CMQ (Canada), AHPRA (Australia), MCNZ (NZ)."""
    if country == "US":
        return npi(rng)
    if country == "GB":
        return fill(rng, "^######")
    if country == "CA":
        return fill(rng, rng.choice(["%####", "%#####"]))
    if country == "AU":
        return ahpra(rng)
    return fill(rng, "%####")
