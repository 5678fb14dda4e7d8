"""Identifiers for probe 94 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: US SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial); UK NHS number (modulus 11);
Israeli Teudat Zehut (nine digits, weights 1 2 1 2 ..., the Luhn rule); German Krankenversichertennummer (a
letter, nine digits; the letter as two digits and the first eight digits weighted 1 2 1 2 ..., digit sums,
modulus 10); Dutch BSN (the eleven test: weights 9 .. 2 and -1); Spanish DNI (modulus-23 letter).
Health-insurance member numbers without a published check (US plans, Israeli kupat holim, Dutch polis, Spanish
CIP) have their shape only. No number is a real one's except by chance: they are drawn at random."""

from __future__ import annotations

import random

from tests.engine.probe90.ids import digits_of, fill, luhn_check, luhn_ok, nhs, nhs_ok, ssn, ssn_ok

__all__ = [
    "bsn",
    "bsn_ok",
    "dni",
    "dni_ok",
    "fill",
    "kvnr",
    "kvnr_ok",
    "nhs",
    "nhs_ok",
    "ssn",
    "ssn_ok",
    "tz",
    "tz_ok",
]


def tz(rng: random.Random) -> str:
    """Teudat Zehut: eight digits and a check digit (the Luhn rule over nine digits)."""
    body = rng.choice("0123") + fill(rng, "#######")
    return body + luhn_check(body)


def tz_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and luhn_ok(d)


def _kvnr_check(letter: str, digits8: str) -> str:
    seq = f"{ord(letter) - 64:02d}" + digits8
    total = 0
    for i, c in enumerate(seq):
        n = int(c) * (1 if i % 2 == 0 else 2)
        total += n // 10 + n % 10
    return str(total % 10)


def kvnr(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPRSTUVWZ")
    body = fill(rng, "########")
    return letter + body + _kvnr_check(letter, body)


def kvnr_ok(s: str) -> bool:
    return len(s) == 10 and s[0].isalpha() and s[1:].isdigit() and _kvnr_check(s[0], s[1:9]) == s[9]


def _bsn_sum(d: str) -> int:
    return sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])


def bsn(rng: random.Random) -> str:
    while True:
        body = rng.choice("1234567") + fill(rng, "#######")
        last = sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            n = body + str(last)
            return rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}"])


def bsn_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 9 and d[0] != "0" and _bsn_sum(d) % 11 == 0


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 79_999_999)
    return rng.choice([f"{n}{_DNI[n % 23]}", f"{n}-{_DNI[n % 23]}"])


def dni_ok(s: str) -> bool:
    d = digits_of(s)
    return len(d) == 8 and s[-1] == _DNI[int(d) % 23]
