"""Identifiers for probe 49 (random, synthetic) with their real shapes and, where the scheme has one, a valid
check digit: Romanian CNP, Bulgarian EGN, Czech birth number (rodné číslo, divisible by 11), Hungarian TAJ,
Thai national ID, Australian Medicare number, US SSN and Medicare MBI, IBAN (mod 97) -- plus trial numbers
(subject, screening, randomisation, kit, accession) and device serials."""

from __future__ import annotations

import random
import string
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


# ---- national and health numbers --------------------------------------------------------------------------


def cnp(rng: random.Random, dob: date, female: bool) -> str:
    """Romanian personal numeric code: sex/century digit, YYMMDD, county, serial, check digit."""
    s = (2 if female else 1) if dob.year < 2000 else (6 if female else 5)
    body = f"{s}{dob:%y%m%d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    return body + cnp_digit(body)


def cnp_ok(n: str) -> bool:
    return len(n) == 13 and n.isdigit() and cnp_digit(n[:12]) == n[12]


def cnp_digit(body: str) -> str:
    total = sum(int(a) * int(b) for a, b in zip(body, "279146358279", strict=True)) % 11
    return "1" if total == 10 else str(total)


def egn(rng: random.Random, dob: date, female: bool) -> str:
    """Bulgarian EGN: YYMMDD (month +40 after 1999), region serial (even for men, odd for women), check."""
    month = dob.month + (40 if dob.year >= 2000 else 0)
    serial = rng.randint(0, 99) * 10 + int(rng.choice("13579" if female else "02468"))
    body = f"{dob:%y}{month:02d}{dob:%d}{serial:03d}"
    return body + egn_digit(body)


def egn_digit(body: str) -> str:
    total = sum(int(c) * w for c, w in zip(body, (2, 4, 8, 5, 10, 9, 7, 3, 6), strict=True)) % 11
    return "0" if total == 10 else str(total)


def egn_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and egn_digit(n[:9]) == n[9]


def rodne_cislo(rng: random.Random, dob: date, female: bool) -> str:
    """Czech birth number YYMMDD/SSSC (women: month + 50), the ten digits divisible by 11."""
    head = f"{dob:%y}{dob.month + (50 if female else 0):02d}{dob:%d}"
    while True:
        serial = fill(rng, "###")
        n = int(head + serial) * 10
        check = (11 - n % 11) % 11
        if check < 10:
            return f"{head}/{serial}{check}"


def rodne_cislo_ok(n: str) -> bool:
    digits = n.replace("/", "")
    return len(digits) == 10 and int(digits) % 11 == 0


def taj(rng: random.Random) -> str:
    """Hungarian social security (TAJ) number: 8 digits, weights 3 and 7, check digit mod 10."""
    body = fill(rng, "%#######")
    check = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10
    n = body + str(check)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def taj_ok(n: str) -> bool:
    d = n.replace(" ", "").replace("-", "")
    total = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(d[:8]))
    return len(d) == 9 and total % 10 == int(d[8])


def thai_id(rng: random.Random) -> str:
    """Thai national ID: 13 digits, check = (11 - weighted sum mod 11) mod 10, written 1-2345-67890-12-3."""
    body = fill(rng, "%###########")
    check = (11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10
    n = body + str(check)
    parts = (n[0], n[1:5], n[5:10], n[10:12], n[12])
    return rng.choice(["-".join(parts), n, " ".join(parts)])


def thai_id_ok(n: str) -> bool:
    d = n.replace("-", "").replace(" ", "")
    total = sum(int(c) * (13 - i) for i, c in enumerate(d[:12]))
    return len(d) == 13 and (11 - total % 11) % 10 == int(d[12])


def au_medicare(rng: random.Random) -> str:
    """Australian Medicare card number: 8 digits, check digit (weights 1 3 7 9), issue number; and IRN."""
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = f"{body}{check}{rng.randint(1, 5)}"
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n, f"{n[:4]} {n[4:9]} {n[9]}-{rng.randint(1, 4)}"])


def au_medicare_ok(n: str) -> bool:
    d = n.replace(" ", "").split("-")[0]
    total = sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True))
    return len(d) == 10 and total % 10 == int(d[8])


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def mbi(rng: random.Random) -> str:
    """Medicare Beneficiary Identifier: 11 characters, no S L O I B Z."""
    a, n = MBI_A, "123456789"
    chars = [rng.choice(n), rng.choice(a), rng.choice(a + D), rng.choice(D), rng.choice(a), rng.choice(a + D),
             rng.choice(D), rng.choice(a), rng.choice(a), rng.choice(D), rng.choice(D)]  # fmt: skip
    m = "".join(chars)
    return rng.choice([m, f"{m[:4]}-{m[4:7]}-{m[7:]}"])


def jp_insurance(rng: random.Random) -> str:
    """Japanese health insurance card: insurer number, symbol and number."""
    shapes = ["0%######  記号 %#-## 番号 %##", "39%#####  記号 % 番号 %###", "0%13####-%#-%##"]
    return fill(rng, rng.choice(shapes))


# ---- bank accounts -----------------------------------------------------------------------------------------


def iban(rng: random.Random, country: str) -> str:
    """A valid IBAN (mod 97) of the country's length, written in groups of four."""
    if country == "RO":
        bban = rng.choice(["RNCB", "BTRL", "BRDE", "CECE", "INGB"]) + fill(rng, "################")
    elif country == "BG":
        bban = rng.choice(["UNCR", "STSA", "FINV", "BPBI"]) + fill(rng, "######") + fill(rng, "########")
    elif country == "HU":
        bban = fill(rng, "########################")
    else:  # CZ
        bban = rng.choice(["0800", "0100", "0300", "2010"]) + fill(rng, "################")
    check = 98 - int(_numeric(bban + country + "00")) % 97
    n = f"{country}{check:02d}{bban}"
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4))


def _numeric(s: str) -> str:
    return "".join(str(int(c, 36)) if c.isalpha() else c for c in s)


def iban_ok(n: str) -> bool:
    s = n.replace(" ", "")
    return int(_numeric(s[4:] + s[:4])) % 97 == 1


# ---- trial numbers ----------------------------------------------------------------------------------------


def initials(rng: random.Random, given: str, family: str) -> str:
    """Subject initials as EDC systems take them: first, middle (or '-') and last letter, ASCII."""
    import unicodedata

    def a(ch: str) -> str:
        return unicodedata.normalize("NFD", ch)[0].upper()

    mid = rng.choice(["-", rng.choice(string.ascii_uppercase)])
    return a(given[0]) + mid + a(family[0])


def device_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["EPRO-%#######", "SN %##@@%####", "MOS2%#@%####", "TAB-@@%######"]))


def plate(rng: random.Random, country: str) -> str:
    return fill(rng, {
        "US": rng.choice(["%@@ ####", "@@@-%###", "%##-@@@"]),
        "RO": rng.choice(["DJ %# @@@", "B %## @@@", "IS %# @@@"]),
        "BG": rng.choice(["PB %### @@", "CA %### @@"]),
        "HU": rng.choice(["@@@-%##", "AA @@-%##"]),
        "CZ": rng.choice(["%@% %###", "%@^ %###"]),
        "JP": "群馬 %## @ %#-##",
        "TH": "%กข %###",
        "AU": rng.choice(["%@@-%@@", "@@@-%##"]),
    }[country])  # fmt: skip
