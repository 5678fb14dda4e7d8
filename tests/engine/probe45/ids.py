"""Identifiers for probe 45 (random, synthetic), shaped like Synthea's: version-4 UUIDs (patients,
encounters, payers' member ids), 999-range SSNs, "S999....." driver's licences, "X........X" passports,
"9999......" NPIs (a valid Luhn check digit over the 80840 prefix, as real NPIs carry) and GS1 device UDIs."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def uuid4(rng: random.Random) -> str:
    h = "".join(rng.choice(HEX) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    body = "9999" + fill(rng, "#####")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_digit("80840" + n[:9]) == n[9]


def udi(rng: random.Random, made: date) -> str:
    """A GS1 UDI as Synthea writes it: (01) GTIN, (11) manufactured, (17) expiry, (10) lot, (21) serial."""
    exp = date(made.year + rng.randint(1, 3), made.month, min(made.day, 28))
    gtin, lot, serial = fill(rng, "%#############"), fill(rng, "%######"), fill(rng, "%####")
    return f"(01){gtin}(11){made:%y%m%d}(17){exp:%y%m%d}(10){lot}(21){serial}"
