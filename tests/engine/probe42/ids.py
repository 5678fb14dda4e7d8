"""Identifiers for probe 42 (random, synthetic): the numbers of US health-care billing -- member and Medicaid
IDs, Medicare beneficiary identifiers, claim and account numbers, card numbers with a valid Luhn digit, ABA
routing numbers with a valid checksum, NPIs with a valid check digit (Luhn over the 80840 prefix), SSNs in the
issued ranges -- and digits read aloud the way callers read them."""

from __future__ import annotations

import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # the Medicare beneficiary identifier leaves out S, L, O, I, B, Z
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q); other characters as
    written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def card(rng: random.Random) -> str:
    """A 16-digit Visa or Mastercard number (15-digit Amex) with a valid Luhn digit, unformatted."""
    kind = rng.choice(["visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + fill(rng, "############")
    else:
        body = ("4" if kind == "visa" else str(rng.randint(51, 55))) + fill(
            rng, "#" * (15 - (1 if kind == "visa" else 2))
        )
    return body + luhn_digit(body)


def card_spaced(number: str) -> str:
    if len(number) == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


def aba_ok(r: str) -> bool:
    d = [int(c) for c in r]
    return (
        len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


def routing(rng: random.Random) -> str:
    """A nine-digit ABA routing number (Federal Reserve prefix 01-12 or 21-32) with a valid checksum."""
    while True:
        prefix = f"{rng.choice([*range(1, 13), *range(21, 33)]):02d}"
        r = prefix + fill(rng, "#######")
        if aba_ok(r):
            return r


def npi(rng: random.Random) -> str:
    """A ten-digit NPI whose last digit is the Luhn check digit of 80840 + the first nine."""
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


def mbi(rng: random.Random) -> str:
    """A Medicare beneficiary identifier: C A AN N A AN N A A N N (1EG4-TE5-MK73 shape), unformatted."""
    c, a, an = "123456789", MBI_ALPHA, MBI_ALPHA + D
    pat = [c, a, an, D, a, an, D, a, a, D, D]
    return "".join(rng.choice(p) for p in pat)


def ssn(rng: random.Random) -> str:
    """An SSN in the issued ranges (area not 000, 666 or 9xx; group and serial not zero)."""
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def digits_spoken(digits: str, groups: tuple[int, ...] = (), oh: bool = True) -> str:
    """Digits read one by one, in groups if given: "4417" -> "four four one seven"."""
    words = [("oh" if oh else "zero") if c == "0" else ONES[int(c)] for c in digits if c.isdigit()]
    if not groups:
        return " ".join(words)
    out, i = [], 0
    for g in groups:
        out.append(" ".join(words[i : i + g]))
        i += g
    if i < len(words):
        out.append(" ".join(words[i:]))
    return ", ".join(x for x in out if x)
