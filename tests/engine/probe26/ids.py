"""National identifiers of probe 26, each with its country's check digit where it has a simple one (random,
synthetic): PESEL, rodné číslo, henkilötunnus, Estonian/Lithuanian isikukood, TAJ, TC Kimlik, СНИЛС,
kennitala, Teudat Zehut, AMKA, DNI, PPS; record numbers in shapes of our own."""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe26.people import fill


def _digits(rng: random.Random, n: int) -> list[int]:
    return [rng.randrange(10) for _ in range(n)]


def pesel(rng: random.Random, dob: date, female: bool) -> str:
    m = dob.month + (20 if dob.year >= 2000 else 0)
    d = [int(c) for c in f"{dob.year % 100:02d}{m:02d}{dob.day:02d}"] + _digits(rng, 3)
    d.append(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    d.append((10 - sum(w * x for w, x in zip([1, 3, 7, 9] * 3, d, strict=False)) % 10) % 10)
    return "".join(map(str, d))


def pesel_valid(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 11 and (
        sum(w * x for w, x in zip([1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1], d, strict=True)) % 10 == 0
    )


def rodne_cislo(rng: random.Random, dob: date, female: bool) -> str:
    head = f"{dob.year % 100:02d}{dob.month + (50 if female else 0):02d}{dob.day:02d}"
    if dob.year < 1954:
        return f"{head}/{rng.randrange(1000):03d}"
    while True:
        body = head + f"{rng.randrange(1000):03d}"
        check = int(body) % 11
        if check < 10:
            return f"{head}/{body[6:]}{check}"


def henkilotunnus(rng: random.Random, dob: date, female: bool) -> str:
    n = rng.randrange(2, 899)
    n += (n % 2 == 1) == female  # odd for men, even for women
    core = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"
    sep = "-" if dob.year < 2000 else "A"
    return f"{core}{sep}{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{core}{n:03d}") % 31]


def isikukood(rng: random.Random, dob: date, female: bool) -> str:
    """Estonian and Lithuanian personal code (the same scheme)."""
    d = [int(c) for c in f"{4 if female else 3}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"] + _digits(
        rng, 3
    )
    for w in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        c = sum(a * b for a, b in zip(w, d, strict=True)) % 11
        if c < 10:
            break
    return "".join(map(str, d)) + str(c % 10)


def taj(rng: random.Random) -> str:
    d = [rng.randrange(1, 10), *_digits(rng, 7)]
    d.append(sum((3 if i % 2 == 0 else 7) * x for i, x in enumerate(d)) % 10)
    s = "".join(map(str, d))
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def tc_kimlik(rng: random.Random) -> str:
    d = [rng.randrange(1, 10), *_digits(rng, 8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tc_valid(s: str) -> bool:
    d = [int(c) for c in s]
    return (
        d[0] != 0
        and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        and (d[10] == sum(d[:10]) % 10)
    )


def snils(rng: random.Random) -> str:
    d = [rng.randrange(1, 10), *_digits(rng, 8)]
    s = sum((9 - i) * x for i, x in enumerate(d))
    while s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    t = "".join(map(str, d))
    return f"{t[:3]}-{t[3:6]}-{t[6:]} {c:02d}"


def kennitala(rng: random.Random, dob: date) -> str:
    while True:
        d = [int(c) for c in f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"] + [
            rng.randrange(2, 10),
            rng.randrange(10),
        ]
        r = 11 - sum(w * x for w, x in zip([3, 2, 7, 6, 5, 4, 3, 2], d, strict=True)) % 11
        if r != 10:
            s = "".join(map(str, d)) + str(0 if r == 11 else r) + "9"
            return f"{s[:6]}-{s[6:]}"


def teudat_zehut(rng: random.Random) -> str:
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        total = sum(sum(divmod(x * (1 + i % 2), 10)) for i, x in enumerate(d))
        return "".join(map(str, d)) + str((10 - total % 10) % 10)


def amka(rng: random.Random, dob: date) -> str:
    d = [int(c) for c in f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"] + _digits(rng, 4)
    total = sum(sum(divmod(x * (2 if i % 2 == 0 else 1), 10)) for i, x in enumerate(reversed(d)))
    return "".join(map(str, d)) + str((10 - total % 10) % 10)


def dni(rng: random.Random) -> str:
    n = rng.randrange(10_000_000, 80_000_000)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def pps(rng: random.Random) -> str:
    d = [rng.randrange(10) for _ in range(7)]
    r = sum(w * x for w, x in zip(range(8, 1, -1), d, strict=True)) % 23
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[r]


def national_id(rng: random.Random, lang: str, dob: date, female: bool) -> str:
    match lang:
        case "pl":
            return pesel(rng, dob, female)
        case "cs" | "sk":
            return rodne_cislo(rng, dob, female)
        case "fi":
            return henkilotunnus(rng, dob, female)
        case "et" | "lt":
            return isikukood(rng, dob, female)
        case "hu":
            return taj(rng)
        case "tr":
            return tc_kimlik(rng)
        case "ru":
            return snils(rng)
        case "uk":
            return fill(rng, "%#########")
        case "lv":
            return f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}-0{fill(rng, '####')}"
        case "is":
            return kennitala(rng, dob)
        case "he":
            return teudat_zehut(rng)
        case "el":
            return amka(rng, dob)
        case "eu":
            return dni(rng)
        case "ga":
            return pps(rng)
        case "de":
            return fill(rng, "@%########")
        case _:  # Jordan: ten digits, the first the century
            return "9" + fill(rng, f"{dob.year % 100:02d}#######")


def record_number(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%######", "%#/%####/24", "HC-%#####", "%####-K"]))
