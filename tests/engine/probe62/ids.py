"""Identifiers for probe 62 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check character: NHS numbers (mod 11), Scottish CHI numbers (date of birth + mod 11), Australian
Medicare numbers (weighted mod 10) and IHIs (Luhn), US NPIs (Luhn over the 80840 prefix), ISBT 128 donation
identification numbers (ISO 7064 mod 37-2), US SSNs and Medicare MBIs, Canadian provincial health numbers
(Ontario, Manitoba, Saskatchewan, Alberta, Québec RAMQ, New Brunswick) and accession numbers."""

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


def nhs(rng: random.Random) -> str:
    """A ten-digit NHS number with a valid mod-11 check digit, written 3-3-4."""
    while True:
        body = [rng.randint(4, 7)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(dg * (10 - i) for i, dg in enumerate(body)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, [*body, check]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def nhs_ok(n: str) -> bool:
    d = [int(c) for c in n.replace(" ", "")]
    if len(d) != 10:
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9]


def chi(rng: random.Random, dob: date, female: bool) -> str:
    """A Scottish CHI number: DDMMYY, two serial digits, a sex digit (even female), a mod-11 check digit."""
    while True:
        body = (
            f"{dob:%d%m%y}"
            + fill(rng, "##")
            + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        )
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return body + str(check)


def chi_ok(n: str) -> bool:
    return len(n) == 10 and nhs_ok(n)  # the same weights


def medicare_au(rng: random.Random) -> tuple[str, str]:
    """An Australian Medicare card number (10 digits: 8 + weighted mod-10 check + issue number) and the
    individual reference number (IRN), written '2953 51742 1' and '2'."""
    body = str(rng.randint(2, 6)) + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    s = body + str(check) + str(rng.randint(1, 5))
    return f"{s[:4]} {s[4:9]} {s[9]}", str(rng.randint(1, 5))


def medicare_au_ok(n: str) -> bool:
    d = n.replace(" ", "")[:9]
    return sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        dg = int(ch) * (2 if i % 2 == 0 else 1)
        total += dg - 9 if dg > 9 else dg
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    d = digits.replace(" ", "").replace("-", "")
    return d.isdigit() and luhn_digit(d[:-1]) == d[-1]


def ihi(rng: random.Random) -> str:
    """An Australian Individual Healthcare Identifier: 8003 60 + 9 digits + Luhn, written in fours."""
    body = "800360" + fill(rng, "#########")
    s = body + luhn_digit(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def npi(rng: random.Random) -> str:
    """A US National Provider Identifier: 9 digits starting 1 or 2 and a Luhn digit over '80840' + them."""
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


_ISBT = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def isbt_check(din13: str) -> str:
    """The ISO 7064 mod 37-2 check character of a 13-character ISBT 128 donation identification number."""
    total = 0
    for ch in din13:
        total = ((total + _ISBT.index(ch)) * 2) % 37
    return _ISBT[(38 - total) % 37]


def isbt_din(rng: random.Random, year: int, facility: str) -> str:
    """A donation identification number as printed eye-readable: 'G4521 24 603118 K'."""
    din = facility + f"{year % 100:02d}" + fill(rng, "%#####")
    return f"{din[:5]} {din[5:7]} {din[7:]} {isbt_check(din)}"


def isbt_ok(printed: str) -> bool:
    parts = printed.split()
    return len(parts) == 4 and isbt_check("".join(parts[:3])) == parts[3]


def facility_id(rng: random.Random) -> str:
    return rng.choice("GHJKRTW") + fill(rng, "%###")


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{fill(rng, '%#')}-{fill(rng, '%###')}"


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z), with dashes."""
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + D
    pat = [("%",), (a,), (an,), (D,), (a,), (an,), (D,), (a,), (a,), (D,), (D,)]
    chars = [rng.choice("123456789") if p == ("%",) else rng.choice(p[0]) for p in pat]
    s = "".join(chars)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _letters(s: str) -> str:
    up = "".join(c for c in unicodedata.normalize("NFD", s.upper()) if c.isalpha() and c.isascii())
    return (up + "XXX")[:3]


def ramq(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    """A Québec RAMQ health insurance number: 3 letters of the family name, 1 of the given name, YYMMDD (month
    + 50 for women), 2 digits; written 'BOUA 5412 1234'."""
    s = (
        _letters(family)
        + _letters(given)[0]
        + f"{dob:%y}"
        + f"{dob.month + (50 if female else 0):02d}"
        + f"{dob:%d}"
        + fill(rng, "##")
    )
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def health_card(rng: random.Random, region: str, family: str, given: str, dob: date, female: bool) -> str:
    """A Canadian provincial health number in the province's shape."""
    if region == "Québec":
        return ramq(rng, family, given, dob, female)
    pattern = {
        "Ontario": "%###-###-### @@",
        "Manitoba": "%########",
        "Saskatchewan": "%## ### ###",
        "Alberta": "%####-####",
        "New Brunswick": "%## ### ###",
    }[region]
    return fill(rng, pattern)


def us_member(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@@%########", "W%########", "%##########", "@@@W%#######", "ZG%#######"]))


ACC = {
    "US": {
        "chem": ["C%#-###-#####", "%#-CH-#######", "CH%#######"],
        "sp": ["S%#-#####", "SP-%#-######"],
        "micro": ["M%#-######", "MB%#######"],
        "bb": ["BB%#-#####", "%#B######"],
        "mol": ["GX%#-#####", "MOL-%#-#####"],
        "tox": ["%########"],
    },
    "UK": {
        "chem": ["%#.#######.@", "K,%#.#######.@"],
        "sp": ["H%#.#####", "%#H######"],
        "micro": ["MB%#-######", "%#M######"],
        "bb": ["BT%#/#####", "%#T######"],
        "mol": ["%#GEN#####", "G%#-#####"],
        "tox": ["%#######"],
        "cyto": ["%#C######", "LBC%#/######"],
    },
    "CA": {
        "chem": ["%#-###-#####", "CL%#-#######"],
        "sp": ["SP-%#-######", "S%#-######"],
        "micro": ["MC%#-#######"],
        "bb": ["TM%#-######"],
        "mol": ["MDL-%#-####", "GEN%#-#####"],
        "tox": ["%#######"],
    },
    "AU": {
        "chem": ["%#-######-#", "%#-###-####"],
        "sp": ["%#/H/#####", "%#-######-H"],
        "micro": ["%#-######-M"],
        "bb": ["%#-######-B"],
        "mol": ["%#MG#####", "GN%#-#####"],
        "tox": ["%#######"],
        "cyto": ["%#-######-C"],
    },
}


def accession(rng: random.Random, loc: str, section: str, year: int) -> str:
    pats = ACC[loc].get(section) or ACC[loc]["chem"]
    pat = rng.choice(pats)
    yy = f"{year % 100:02d}"
    out = fill(rng, pat)
    # the two leading digits of an accession are the year where the pattern starts with them
    for mark in ("%#",):
        i = pat.find(mark)
        if i >= 0:
            out = out[:i] + yy + out[i + 2 :]
    return out
