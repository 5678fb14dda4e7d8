# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers of probe 39 in the shapes six European countries, the UK and the US write them (random,
synthetic). Where the format has a check digit it is valid: BSN (11-test), codice fiscale (check letter),
DNI/NIE (letter), French NIR (key 97), German Steuer-ID (ISO 7064 MOD 11,10) and KVNR (letter code + Luhn-like
sum), NHS number (mod 11), Spanish NUSS (mod 97), IBAN (mod 97), payment cards (Luhn), VIN (position 9)."""

from __future__ import annotations

import random
import string
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, @ an upper-case letter (no I, O, Q), ? a lower-case letter."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(D))
        elif ch == "%":
            out.append(rng.choice("123456789"))
        elif ch == "@":
            out.append(rng.choice(UP))
        elif ch == "?":
            out.append(rng.choice("abcdefghjkmnpqrstuvwxyz"))
        else:
            out.append(ch)
    return "".join(out)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    d = "".join(c for c in number if c.isdigit())
    return luhn_digit(d[:-1]) == d[-1]


def card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "53", "55"])
    body = prefix + "".join(rng.choice(D) for _ in range(15 - len(prefix)))
    n = body + luhn_digit(body)
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


IBAN_SHAPE = {"de": "########" + "#" * 10, "fr": "#####" + "#####" + "@" * 0 + "###########" + "##",
              "it": "@" + "#####" + "#####" + "############", "es": "####" + "####" + "##" + "##########",
              "nl": "@@@@" + "##########", "gb": "@@@@" + "######" + "########"}  # fmt: skip
BANKS_NL = ["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB"]
BANKS_GB = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]


def _letters_to_digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(rng: random.Random, cc: str) -> str:
    """A mod-97-valid IBAN of country `cc` (de, fr, it, es, nl, gb), grouped in fours as printed."""
    bban = fill(rng, IBAN_SHAPE[cc])
    if cc == "nl":
        bban = rng.choice(BANKS_NL) + bban[4:]
    elif cc == "gb":
        bban = rng.choice(BANKS_GB) + bban[4:]
    country = {"gb": "GB"}.get(cc, cc.upper())
    check = 98 - int(_letters_to_digits(bban + country + "00")) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_valid(value: str) -> bool:
    raw = value.replace(" ", "")
    return int(_letters_to_digits(raw[4:] + raw[:4])) % 97 == 1


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        if (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def bsn_valid(s: str) -> bool:
    d = [int(c) for c in s.replace(".", "").replace(" ", "")]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randint(10_000_000, 79_999_999)
    return f"{n}{DNI_LETTERS[n % 23]}"


def nie(rng: random.Random) -> str:
    lead = rng.choice("XYZ")
    n = rng.randint(0, 9_999_999)
    return f"{lead}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(lead)) + f'{n:07d}') % 23]}"


def dni_valid(s: str) -> bool:
    body = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return DNI_LETTERS[int(body) % 23] == s[-1]


def nuss(rng: random.Random) -> str:
    prov = rng.randint(1, 52)
    num = rng.randint(10_000_000, 99_999_999)
    return f"{prov:02d}/{num}/{(prov * 10**8 + num) % 97:02d}"


def nir(rng: random.Random, dob: date, female: bool) -> str:
    """French NIR with its key, written in groups: '2 85 03 29 151 043 27'."""
    dept = rng.choice(["29", "12", "25", "63", "42", "47", "59", "54", "35", "75", "69"])
    body = f"{2 if female else 1}{dob:%y}{dob.month:02d}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return 97 - int(d[:13]) % 97 == int(d[13:])


def steuer_id(rng: random.Random) -> str:
    """11 digits: ten with exactly one digit twice, the first not 0, then the ISO 7064 MOD 11,10 digit."""
    while True:
        digits = rng.sample(range(10), 9)
        digits.insert(rng.randrange(10), rng.choice(digits))
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return "".join(map(str, digits)) + str(check)


def steuer_id_valid(s: str) -> bool:
    product = 10
    for d in map(int, s[:10]):
        x = (d + product) % 10 or 10
        product = (x * 2) % 11
    return (11 - product) % 10 == int(s[10])


def kvnr(rng: random.Random) -> str:
    """German Krankenversichertennummer: a letter, eight digits and a check digit."""
    letter = rng.choice(string.ascii_uppercase)
    body = "".join(rng.choice(D) for _ in range(8))
    return letter + body + _kvnr_check(letter, body)


def _kvnr_check(letter: str, body: str) -> str:
    digits = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr_valid(s: str) -> bool:
    return _kvnr_check(s[0], s[1:9]) == s[9]


def nhs(rng: random.Random) -> str:
    while True:
        body = [rng.randint(4, 6)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            n = "".join(map(str, body)) + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def nhs_valid(s: str) -> bool:
    d = [int(c) for c in s.replace(" ", "")]
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9]


def nino(rng: random.Random) -> str:
    return fill(rng, rng.choice("ABCEHJKLMNPRSTWXYZ") + rng.choice("ABCEHJKLMNPRSTWXYZ") + " ## ## ## ") + rng.choice("ABCD")


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


# codice fiscale ------------------------------------------------------------------------------------------
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip
_CF_MONTH = "ABCDEHLMPRST"
BELFIORE = ["D742", "A794", "I155", "G187", "I804", "L872", "B428", "B034", "E790", "H501", "F205", "L219"]


def _ascii_upper(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if c.isalpha() and c.isascii())


def _cf_part(s: str, given: bool) -> str:
    s = _ascii_upper(s)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def cf_check(body: str) -> str:
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return chr(65 + total % 26)


def codice_fiscale(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    body = (_cf_part(family, False) + _cf_part(given, True) + f"{dob:%y}" + _CF_MONTH[dob.month - 1]
            + f"{dob.day + (40 if female else 0):02d}" + rng.choice(BELFIORE))  # fmt: skip
    return body + cf_check(body)


def tessera(rng: random.Random) -> str:
    """The number on the back of an Italian tessera sanitaria (TEAM card): 20 digits."""
    return "80380" + fill(rng, "###############")


# vehicles, licences, devices ---------------------------------------------------------------------------
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                    strict=True))  # fmt: skip
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(["WVW", "WBA", "VF1", "ZFA", "VSS", "XLR", "SAL", "1FT", "5YJ"])] + [
        rng.choice(_VIN_CHARS) for _ in range(14)
    ]
    v = list("".join(chars))
    total = sum((int(c) if c.isdigit() else _VIN_VAL[c]) * w for c, w in zip(v, _VIN_W, strict=True))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v)


def plate(rng: random.Random, cc: str, town_code: str = "") -> str:
    if cc == "de":
        return f"{town_code}-" + fill(rng, rng.choice(["@@ ###", "@ ####", "@@ ##"]))
    return fill(rng, {"fr": "@@-###-@@", "it": "@@ ###@@", "es": "#### @@@", "nl": rng.choice(["@-###-@@", "##-@@@-#"]),
                      "gb": "@@## @@@", "us": "%@@@###"}[cc])  # fmt: skip


def licence(rng: random.Random, cc: str) -> str:
    return fill(rng, {"de": "@###@@@#@##", "fr": "##@@#####", "it": "U1@######@", "es": "########@",
                      "nl": "%#########", "gb": "@@@@@###########", "us": "@########"}[cc])  # fmt: skip


def mac(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["SN@@######", "####-@@-#####", "@@#########", "G7@@##@###"]))
