"""Identifiers of probe 33 (random, synthetic), with valid check digits where the scheme has one: Austrian
SVNR, Swiss AHV, Belgian NISS, Québec RAMQ, Spanish NIE and NUSS, Brazilian CNS, Swedish personnummer,
Norwegian fødselsnummer, Danish CPR (mod 11), Luxembourg matricule, Irish PPSN. German KVNR, French NIR,
codice fiscale, DNI, NIF, CPF and BSN come from the shared kit (tests/engine/probe/ids.py)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from tests.engine.probe.checkdigits import verhoeff_digit
from tests.engine.probe.ids import bsn, codice_fiscale, cpf, digits, dni, kvnr, luhn_check, nif_pt, nir

__all__ = [
    "ahv",
    "bsn",
    "cns",
    "codice_fiscale",
    "cpf",
    "cpr",
    "dni",
    "fnr",
    "kvnr",
    "matricule_lu",
    "nie",
    "nif_pt",
    "nir",
    "niss",
    "nuss",
    "personnummer",
    "ppsn",
    "ramq",
    "svnr_at",
]  # fmt: skip


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha()).upper()


def svnr_at(rng: random.Random, d: date) -> str:
    """Austrian Sozialversicherungsnummer: serial, mod-11 check digit, birth date DDMMYY."""
    weights = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    while True:
        serial = digits(rng, 3)
        born = d.strftime("%d%m%y")
        check = sum(int(c) * w for c, w in zip(serial + born, weights, strict=True)) % 11
        if check < 10:
            return f"{serial}{check} {born}"


def ahv(rng: random.Random) -> str:
    """Swiss AHV number 756.XXXX.XXXX.XC with its EAN-13 check digit."""
    body = "756" + digits(rng, 9, "0123456789")
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    s = body + str((10 - total % 10) % 10)
    return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"


def niss(rng: random.Random, d: date, female: bool) -> str:
    """Belgian national register number YY.MM.DD-SSS.CC (mod-97 complement)."""
    seq = rng.randrange(2 if female else 1, 997, 2)
    base = f"{d:%y%m%d}{seq:03d}"
    check = 97 - int(("2" if d.year >= 2000 else "") + base) % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{check:02d}"


def ramq(rng: random.Random, family: str, given: str, d: date, female: bool) -> str:
    """Québec health-insurance number: 3 letters of the family name, 1 of the given, YYMMDD (+50 women)."""
    letters = (_ascii(family) + "XXX")[:3] + _ascii(given)[0]
    return f"{letters} {d:%y}{d.month + (50 if female else 0):02d} {d:%d}{rng.randint(10, 99)}"


def nie(rng: random.Random) -> str:
    """Spanish NIE: X/Y/Z, seven digits and the mod-23 letter."""
    lead = rng.choice("XYZ")
    body = digits(rng, 7, "0123456789")
    return f"{lead}{body}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(lead)) + body) % 23]


def nuss(rng: random.Random, province: str) -> str:
    """Spanish social-security affiliation number PP/NNNNNNNN/CC (mod 97)."""
    body = digits(rng, 8, "0123456789")
    return f"{province}/{body}/{int(province + body) % 97:02d}"


def cns(rng: random.Random) -> str:
    """Brazilian Cartão Nacional de Saúde (15 digits, weighted sum divisible by 11)."""
    while True:
        body = "7" + digits(rng, 13, "0123456789")
        s = sum(int(c) * (15 - i) for i, c in enumerate(body))
        last = (-s) % 11
        if last < 10:
            n = body + str(last)
            return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}"


def personnummer(rng: random.Random, d: date) -> str:
    """Swedish personnummer YYYYMMDD-NNNC (Luhn over the last ten digits)."""
    body = f"{d:%y%m%d}" + digits(rng, 3, "0123456789")
    return f"{d:%Y%m%d}-{body[6:]}{luhn_check(body)}"


def fnr(rng: random.Random, d: date) -> str:
    """Norwegian fødselsnummer DDMMYY IIIKK (born 1900-1999: individual number 000-499)."""
    w1, w2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        nine = f"{d:%d%m%y}{rng.randint(0, 499):03d}"
        k1 = 11 - sum(int(c) * w for c, w in zip(nine, w1, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(int(c) * w for c, w in zip(nine + str(k1), w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 < 10:
            return f"{nine[:6]} {nine[6:]}{k1}{k2}"


def cpr(rng: random.Random, d: date, female: bool) -> str:
    """Danish CPR number DDMMYY-SSSS, mod-11 valid, last digit even for women."""
    weights = [4, 3, 2, 7, 6, 5, 4, 3, 2]  # the check digit weighs 1
    while True:
        nine = f"{d:%d%m%y}{rng.randint(0, 3)}{rng.randint(0, 99):02d}"
        last = (-sum(int(c) * w for c, w in zip(nine, weights, strict=True))) % 11
        if last < 10 and last % 2 == (0 if female else 1):
            return f"{nine[:6]}-{nine[6:]}{last}"


def matricule_lu(rng: random.Random, d: date) -> str:
    """Luxembourg national identification number: YYYYMMDD, 3 digits, Luhn digit, Verhoeff digit."""
    eleven = f"{d:%Y%m%d}" + digits(rng, 3, "0123456789")
    return eleven + luhn_check(eleven) + verhoeff_digit(eleven)


def ppsn(rng: random.Random) -> str:
    """Irish PPS number: seven digits and the mod-23 check letter."""
    body = digits(rng, 7, "0123456789")
    r = sum(int(c) * (8 - i) for i, c in enumerate(body)) % 23
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[r]
