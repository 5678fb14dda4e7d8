"""Identifiers for probe 21, generated from the schemes' public descriptions (check digits where one exists).

VINs (ISO 3779 / 49 CFR 565 check digit in position 9), GS1 GTIN-14 check digits inside UDI strings, IBANs
(ISO 13616 mod-97), payment card numbers (Luhn), Canadian SINs (Luhn). Everything else (plates, driver's
licences, certificates, claim and tracking numbers) follows the published shape only, with random digits.
"""

from __future__ import annotations

import random
import string

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit, '%' a non-zero digit, '@' a capital letter (no I/O/Q), anything else as written."""
    pick = {"#": D, "%": "123456789", "@": UP}
    return "".join(rng.choice(pick[c]) if c in pick else c for c in pattern)


def vin_check(vin: str) -> str:
    total = sum(_VIN_VALUE[c] * w for c, w in zip(vin, _VIN_WEIGHT, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1FT", "1GC", "2T1", "3VW", "5YJ", "1HG", "JTD", "KMH", "WBA", "4T1", "1C6", "2HG"])
    body = wmi + "".join(rng.choice(_VIN_CHARS) for _ in range(5)) + "0" + rng.choice("LMNPRS")
    body += rng.choice(UP) + "".join(rng.choice(D) for _ in range(6))
    return body[:8] + vin_check(body) + body[9:]


def vin_valid(s: str) -> bool:
    return len(s) == 17 and all(c in _VIN_CHARS for c in s) and vin_check(s) == s[8]


def gs1_check(body: str) -> int:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def gtin14(rng: random.Random) -> str:
    body = "0" + fill(rng, "%############")[:12]
    return body + str(gs1_check(body))


def gtin_valid(s: str) -> bool:
    return len(s) == 14 and s.isdigit() and gs1_check(s[:-1]) == int(s[-1])


def udi(rng: random.Random, expiry: str, style: str) -> str:
    """A GS1 UDI: (01) GTIN, (17) expiry YYMMDD, (10) lot, (21) serial; human-readable form or plain."""
    g, lot, sn = gtin14(rng), fill(rng, "@@####"), fill(rng, "%#######")
    if style == "hri":
        return f"(01){g}(17){expiry}(10){lot}(21){sn}"
    return f"01{g}17{expiry}10{lot}\u001d21{sn}".replace("\u001d", "")


def luhn_check(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_valid(s: str) -> bool:
    ds = [c for c in s if c.isdigit()]
    return len(ds) > 1 and luhn_check("".join(ds[:-1])) == int(ds[-1])


def card(rng: random.Random) -> str:
    body = rng.choice(["4", "5"])
    body += fill(rng, "#" * (15 - len(body)))
    n = body + str(luhn_check(body))
    return (
        " ".join(n[i : i + 4] for i in range(0, 16, 4))
        if rng.random() < 0.6
        else "-".join(n[i : i + 4] for i in range(0, 16, 4))
    )


def sin(rng: random.Random) -> str:
    body = fill(rng, "%#######")
    n = body + str(luhn_check(body))
    return f"{n[:3]} {n[3:6]} {n[6:]}"


_IBAN_LEN = {"GB": ("@@@@", 14), "DE": ("", 18), "NL": ("@@@@", 10), "IE": ("@@@@", 14), "BE": ("", 12)}


def _iban_number(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(rng: random.Random, country: str) -> str:
    bank, n = _IBAN_LEN[country]
    bban = fill(rng, bank) + fill(rng, "#" * n)
    check = 98 - _iban_number(bban + country + "00") % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_valid(s: str) -> bool:
    raw = s.replace(" ", "")
    return _iban_number(raw[4:] + raw[:4]) % 97 == 1


def ipv4(rng: random.Random) -> str:
    first = rng.choice([24, 67, 73, 98, 108, 136, 142, 174, 184, 203, 209])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    groups = ["2600", f"{rng.randrange(0x1000, 0xFFFF):x}"] + [
        f"{rng.randrange(0x10000):x}" for _ in range(6)
    ]
    if rng.random() < 0.5:
        return ":".join(groups)
    return ":".join(groups[:3]) + "::" + ":".join(groups[5:])


def mac(rng: random.Random) -> str:
    octets = [rng.randrange(256) for _ in range(6)]
    sep = rng.choice([":", "-"])
    text = sep.join(f"{o:02X}" for o in octets)
    return text.lower() if rng.random() < 0.3 else text


def token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase + D) for _ in range(n))
