"""Identifiers of probe 38 in the shapes each country writes them (random, synthetic; a South African identity
number carries its Luhn digit, a Botswana Omang its sex digit, a Barbados NRN the date of birth)."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q); anything else as written."""
    return "".join(
        rng.choice(D)
        if ch == "#"
        else rng.choice("23456789")
        if ch == "%"
        else rng.choice(UP)
        if ch == "@"
        else ch
        for ch in pattern
    )


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def sa_id(rng: random.Random, dob: date, female: bool) -> str:
    seq = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = f"{dob:%y%m%d}{seq:04d}0{rng.choice('89')}"
    return body + luhn_digit(body)


def national_id(rng: random.Random, cc: str, dob: date, female: bool) -> str:
    if cc == "za":
        return sa_id(rng, dob, female)
    if cc == "bw":
        return fill(rng, "%###") + ("2" if female else "1") + fill(rng, "####")
    if cc == "bb":
        return f"{dob:%y%m%d}-{fill(rng, '####')}"
    if cc == "ug":
        return ("CF" if female else "CM") + f"{dob:%y}" + fill(rng, "######@@@@")
    if cc == "tz":
        return f"{dob:%Y%m%d}-" + fill(rng, "#####-#####-##")
    pattern = {
        "ng": "%##########",
        "gh": "GHA-%########-#",
        "ke": rng.choice(["%#######", "%# ### ###"]),
        "zm": "%#####/##/1",
        "zw": rng.choice(["%#-%######@%#", "%#-%##### @ %#"]),
        "sl": "@%#@%#@%",
        "jm": "1##-###-###",
        "tt": "19######%##",
        "gy": "%######",
    }[cc]
    return fill(rng, pattern)


def plan(rng: random.Random, cc: str) -> str:
    pattern = {
        "ng": rng.choice(["NHIA/%####/@", "%######-@"]),
        "gh": "%#######",
        "ke": rng.choice(["%#######", "CR%#########-#"]),
        "ug": "@@@/%#####/##",
        "tz": "%##########",
        "zm": "%#########",
        "zw": "%########",
        "za": rng.choice(["%########", "@@%#######"]),
        "bw": "%#####",
        "sl": "SL%#######",
        "jm": "%#########",
        "tt": "@@%#####",
        "bb": "%########",
        "gy": "@%#######",
    }[cc]
    return fill(rng, pattern)


def hosp_no(rng: random.Random, cc: str) -> str:
    pattern = {
        "ng": rng.choice(["%#/####", "@@@/%####"]),
        "gh": rng.choice(["@%###/##", "%#####"]),
        "ke": rng.choice(["%#####", "IP %####/##"]),
        "ug": rng.choice(["%#####", "IP/%####"]),
        "tz": "%#-##-##",
        "zm": rng.choice(["%######", "@@@/%#####"]),
        "zw": "%#####",
        "za": rng.choice(["%#######", "@@%######"]),
        "bw": "%######",
        "sl": "%####/##",
        "jm": "%#####",
        "tt": "%######",
        "bb": "%######",
        "gy": "%#####",
    }[cc]
    return fill(rng, pattern)


def art_no(rng: random.Random, cc: str) -> str:
    pattern = {
        "ke": "%####-#####",
        "zm": "%###-%###-%####-#",
        "zw": "%##-%##-%####",
        "tz": "%#-##-####-######",
        "za": "%#######",
    }.get(cc, "%##-%###-####")
    return fill(rng, pattern)


def register_no(rng: random.Random, prefix: str) -> str:
    """A programme register number (ANC, TB, VA): ID."""
    return prefix + fill(rng, rng.choice(["%###", "%##/@", "%####"]))


def transaction(rng: random.Random, cc: str) -> str:
    if cc == "ke":
        return fill(rng, "@@@%@%@%@@")
    if cc == "gh":
        return fill(rng, "%##########")
    return fill(rng, "@@%#####.####.@%####")


def plate(rng: random.Random, cc: str) -> str:
    if cc == "za":
        return fill(rng, rng.choice(["C@ %##-###", "@@ %# @@ GP", "ND %##-###"]))
    return fill(rng, rng.choice(["%### @@", "P@ %###"]))


def licence(rng: random.Random, cc: str) -> str:
    if cc == "za":
        return fill(rng, "%###0000@@@#")
    return fill(rng, "1##-###-###")
