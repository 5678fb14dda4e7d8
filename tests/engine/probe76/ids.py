# ruff: noqa: E501  (check-digit tables)
"""Identifiers for probe 76 (random, synthetic) in each country's real shape and, where the scheme has one, with
a valid check digit or letter: French NIR (key 97 - n mod 97, Corsica's 2A / 2B) and RPPS (Luhn), Belgian NISS
and INAMI numbers (modulus 97), German KVNR (eGK: letter and weighted cross sums), LANR (4/9 weights) and
Rentenversicherungsnummer, Austrian SVNR (e-card, modulus 11), Swiss AHV number and GLN (EAN-13) and insurance
card number (Luhn), Italian codice fiscale (odd / even table check character) and tessera sanitaria (Luhn),
Spanish DNI / NIE (modulus 23 letter) and NUSS (modulus 97), Portuguese NIF and NISS, Greek AMKA (Luhn) and
AFM, Maltese identity cards, and IBANs (ISO 13616 modulus 97, with the national check digits of Spain and
Portugal)."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(d: str) -> bool:
    return len(d) > 1 and d.isdigit() and luhn_digit(d[:-1]) == d[-1]


def ean_digit(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def ean_ok(d: str) -> bool:
    return d.isdigit() and ean_digit(d[:-1]) == d[-1]


# ---- France ----------------------------------------------------------------------------------------------


def nir(rng: random.Random, female: bool, dob: date, dept: str) -> str:
    """Numéro d'inscription au répertoire: sex, year, month, department, commune, order, key."""
    body = (
        f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}{dept}{fill(rng, '%##')}{fill(rng, '##%')}"
    )
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_ok(s: str) -> bool:
    c = s.replace(" ", "")
    if len(c) != 15:
        return False
    body = c[:13].replace("2A", "19").replace("2B", "18")
    return body.isdigit() and 97 - int(body) % 97 == int(c[13:])


def rpps(rng: random.Random) -> str:
    body = "10" + fill(rng, "########")
    return body + luhn_digit(body)


# ---- Belgium ---------------------------------------------------------------------------------------------


def niss(rng: random.Random, female: bool, dob: date) -> str:
    seq = rng.randrange(2 if female else 1, 998, 2)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    n = int(("2" if dob.year >= 2000 else "") + body)
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{97 - n % 97:02d}"


def niss_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 11:
        return False
    return any(97 - int(p + d[:9]) % 97 == int(d[9:]) for p in ("", "2"))


def inami(rng: random.Random) -> str:
    body = "1" + fill(rng, "#####")
    return f"{body[0]}-{body[1:]}-{97 - int(body) % 97:02d}-{rng.choice(['003', '004', '580', '930'])}"


# ---- Germany ---------------------------------------------------------------------------------------------


def _cross(n: int) -> int:
    return n // 10 + n % 10


def kvnr(rng: random.Random) -> str:
    """Krankenversichertennummer of the eGK: a letter, eight digits, a check digit."""
    letter = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    body = fill(rng, "%#######")
    seq = f"{ord(letter) - 64:02d}" + body
    check = sum(_cross(int(c) * (1 if i % 2 == 0 else 2)) for i, c in enumerate(seq)) % 10
    return f"{letter}{body}{check}"


def kvnr_ok(s: str) -> bool:
    if len(s) != 10 or not s[0].isalpha() or not s[1:].isdigit():
        return False
    seq = f"{ord(s[0].upper()) - 64:02d}" + s[1:9]
    return sum(_cross(int(c) * (1 if i % 2 == 0 else 2)) for i, c in enumerate(seq)) % 10 == int(s[9])


def lanr(rng: random.Random) -> str:
    body = fill(rng, "%#####")
    total = sum(int(c) * (4 if i % 2 == 0 else 9) for i, c in enumerate(body))
    return f"{body}{(10 - total % 10) % 10}{rng.choice(['01', '03', '23', '51'])}"


def lanr_ok(s: str) -> bool:
    d = digits(s)
    total = sum(int(c) * (4 if i % 2 == 0 else 9) for i, c in enumerate(d[:6]))
    return len(d) == 9 and (10 - total % 10) % 10 == int(d[6])


_RV_W = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rvnr(rng: random.Random, family: str, female: bool, dob: date) -> str:
    """Rentenversicherungsnummer: area, birth date, the family name's initial, serial (50+ for women), check."""
    area = rng.choice(["12", "13", "15", "28", "40", "65"])
    letter = ascii_fold(family.split()[-1])[0].upper()
    serial = rng.randint(50, 99) if female else rng.randint(0, 49)
    seq = f"{area}{dob:%d%m}{dob.year % 100:02d}{ord(letter) - 64:02d}{serial:02d}"
    check = sum(_cross(int(c) * w) for c, w in zip(seq, _RV_W, strict=True)) % 10
    return f"{area} {dob:%d%m}{dob.year % 100:02d} {letter} {serial:02d}{check}"


def rvnr_ok(s: str) -> bool:
    c = s.replace(" ", "")
    if len(c) != 12:
        return False
    seq = c[:8] + f"{ord(c[8]) - 64:02d}" + c[9:11]
    return sum(_cross(int(x) * w) for x, w in zip(seq, _RV_W, strict=True)) % 10 == int(c[11])


# ---- Austria ---------------------------------------------------------------------------------------------

_SV_W = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)


def svnr(rng: random.Random, dob: date) -> str:
    while True:
        serial = fill(rng, "%##")
        d = f"{serial}0{dob:%d%m}{dob.year % 100:02d}"
        check = sum(int(c) * w for c, w in zip(d, _SV_W, strict=True)) % 11
        if check < 10:
            return f"{serial}{check} {d[4:]}"


def svnr_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 10:
        return False
    return sum(int(c) * w for c, w in zip(d[:3] + "0" + d[4:], _SV_W, strict=True)) % 11 == int(d[3])


# ---- Switzerland -----------------------------------------------------------------------------------------


def ahv(rng: random.Random) -> str:
    body = "756" + fill(rng, "#########")
    n = body + ean_digit(body)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def ahv_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 13 and d.startswith("756") and ean_ok(d)


def ch_card(rng: random.Random, insurer: str) -> str:
    body = "80756" + insurer + fill(rng, "#########")
    return body + luhn_digit(body)


def gln(rng: random.Random) -> str:
    body = "7601" + fill(rng, "00000#####")[:8]
    return body + ean_digit(body)


# ---- Italy -----------------------------------------------------------------------------------------------

_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip
_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_MONTH = "ABCDEHLMPRST"


def _letters(s: str) -> tuple[str, str]:
    s = "".join(c for c in ascii_fold(s).upper() if c.isalpha())
    return "".join(c for c in s if c not in "AEIOU"), "".join(c for c in s if c in "AEIOU")


def cf_check(body: str) -> str:
    return chr(65 + sum((_ODD if i % 2 == 0 else _EVEN)[c] for i, c in enumerate(body)) % 26)


def codice_fiscale(family: str, given: str, female: bool, dob: date, comune: str) -> str:
    cons, vow = _letters(family)
    fam = (cons + vow + "XXX")[:3]
    cons, vow = _letters(given)
    giv = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else (cons + vow + "XXX")[:3]
    body = (
        f"{fam}{giv}{dob.year % 100:02d}{_MONTH[dob.month - 1]}{dob.day + (40 if female else 0):02d}{comune}"
    )
    return body + cf_check(body)


def cf_ok(s: str) -> bool:
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def comune_code(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHILM") + fill(rng, "%##")


def tessera(rng: random.Random) -> str:
    body = "80380" + fill(rng, "00000#########")[:14]
    return body + luhn_digit(body)


# ---- Spain -----------------------------------------------------------------------------------------------

_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 79_999_999)
    return f"{n}{_DNI[n % 23]}"


def nie(rng: random.Random) -> str:
    p = rng.choice("XY")
    n = fill(rng, "#######")
    return f"{p}{n}{_DNI[int('XYZ'.index(p).__str__() + n) % 23]}"


def dni_ok(s: str) -> bool:
    s = s.replace("-", "").replace(" ", "")
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and _DNI[int(s[:8]) % 23] == s[8]


def nuss(rng: random.Random, prov: str) -> str:
    num = rng.randint(10_000_000, 99_999_999)
    return f"{prov}/{num}/{int(prov + str(num)) % 97:02d}"


def nuss_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 12 and int(d[:10]) % 97 == int(d[10:])


def cip(rng: random.Random, fam1: str, fam2: str, dob: date, female: bool) -> str:
    a, b = ascii_fold(fam1.split()[-1]).upper(), ascii_fold(fam2.split()[-1]).upper()
    return f"{a[:2]}{b[:2]}{dob.year % 100:02d}{dob:%m%d}{1 if female else 0}{fill(rng, '#####')}"


def _ccc(s: str) -> str:
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    r = 11 - sum(int(c) * x for c, x in zip(s.rjust(10, "0"), w, strict=True)) % 11
    return str({10: 1, 11: 0}.get(r, r))


def es_bban(rng: random.Random) -> str:
    bank, branch, acct = (
        rng.choice(["2095", "2100", "0049", "3035", "2080"]),
        fill(rng, "####"),
        fill(rng, "##########"),
    )
    return bank + branch + _ccc(bank + branch) + _ccc(acct) + acct


# ---- Portugal --------------------------------------------------------------------------------------------


def nif(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "#######")
    r = 11 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
    return body + str(0 if r >= 10 else r)


def nif_ok(s: str) -> bool:
    d = digits(s)
    r = 11 - sum(int(c) * (9 - i) for i, c in enumerate(d[:8])) % 11
    return len(d) == 9 and (0 if r >= 10 else r) == int(d[8])


_NISS_W = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)


def niss_pt(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "#########")
    return body + str(9 - sum(int(c) * w for c, w in zip(body, _NISS_W, strict=True)) % 10)


def niss_pt_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and 9 - sum(int(c) * w for c, w in zip(d[:10], _NISS_W, strict=True)) % 10 == int(
        d[10]
    )


def pt_bban(rng: random.Random) -> str:
    body = rng.choice(["0035", "0033", "0045", "0018"]) + fill(rng, "####") + fill(rng, "###########")
    return body + f"{98 - int(body) * 100 % 97:02d}"


# ---- Greece ----------------------------------------------------------------------------------------------


def amka(rng: random.Random, dob: date) -> str:
    body = f"{dob:%d%m}{dob.year % 100:02d}" + fill(rng, "####")
    return body + luhn_digit(body)


def amka_ok(s: str) -> bool:
    return len(s) == 11 and luhn_ok(s)


def afm(rng: random.Random) -> str:
    body = rng.choice("01") + fill(rng, "%######")
    return body + str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body)) % 11 % 10)


def afm_ok(s: str) -> bool:
    return (
        len(s) == 9
        and s.isdigit()
        and sum(int(c) * 2 ** (8 - i) for i, c in enumerate(s[:8])) % 11 % 10 == int(s[8])
    )


# ---- Malta -----------------------------------------------------------------------------------------------


def mt_id(rng: random.Random, gozo: bool) -> str:
    return f"{rng.randint(1000, 999999)}{'G' if gozo else 'M'}"


# ---- IBAN ------------------------------------------------------------------------------------------------


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(rng: random.Random, country: str) -> str:
    bban = {
        "FR": lambda: "20041" + fill(rng, "#####") + fill(rng, "###########") + fill(rng, "##"),
        "BE": lambda: _be_bban(rng),
        "DE": lambda: rng.choice(["70150000", "76050101", "28550000", "60050101"]) + fill(rng, "##########"),
        "AT": lambda: rng.choice(["20503", "36000", "12000"]) + fill(rng, "###########"),
        "CH": lambda: rng.choice(["00774", "80808", "00767"]) + fill(rng, "############"),
        "IT": lambda: (
            rng.choice(UP)
            + rng.choice(["01015", "03069", "05034"])
            + fill(rng, "#####")
            + fill(rng, "############")
        ),
        "ES": lambda: es_bban(rng),
        "PT": lambda: pt_bban(rng),
        "GR": lambda: rng.choice(["0110", "0140", "0172"]) + fill(rng, "###") + fill(rng, "################"),
        "MT": lambda: (
            rng.choice(["VALL", "MALT", "APSB"]) + fill(rng, "#####") + fill(rng, "000000000#########")[:18]
        ),
    }[country]()
    check = 98 - _iban_num(bban + country + "00") % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _be_bban(rng: random.Random) -> str:
    body = fill(rng, "%#########")
    return body + f"{int(body) % 97 or 97:02d}"


def iban_ok(s: str) -> bool:
    c = s.replace(" ", "")
    return _iban_num(c[4:] + c[:4]) % 97 == 1


def ipv4(rng: random.Random) -> str:
    first = rng.choice([31, 46, 79, 85, 88, 151, 176, 188, 212])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
