# ruff: noqa: E501  (hand-aligned tables)
"""Identifiers for probe 83 (random, synthetic) in their real shapes and, where the scheme has one, with a valid
check digit: French NIR (key 97 - n mod 97, consistent with sex and birth month) and RPPS (Luhn); German
Steuer-ID (ISO 7064 MOD 11,10, one digit repeated), KVNR (letter as two digits, weights 1-2, cross sums) and
LANR (weights 4-9); Italian codice fiscale (surname, name, birth date and sex coded, Belfiore code, odd/even
check letter); Spanish DNI and NIE (letter mod 23); Dutch BSN (11-proef); Portuguese NIF (mod 11); Belgian
rijksregisternummer / numéro de registre national (97 - n mod 97, with the 2 prefix after 2000); UK NHS number
(mod 11) and National Insurance number; IBANs of eight countries (ISO 13616 mod 97, the Belgian BBAN with its
own mod-97 pair); VINs (ISO 3779 check character). Plates, MAC addresses, IPv4 and IPv6 in their shapes."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter (no I, O, Q), ~ a lower-case hex digit."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "~": "0123456789abcdef"}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return len(s) > 1 and s.isdigit() and luhn_digit(s[:-1]) == s[-1]


# ---- France ------------------------------------------------------------------------------------------------


def nir(rng: random.Random, female: bool, dob: date) -> str:
    """Numéro de sécurité sociale: sex, year, month, département, commune, order and the two-digit key."""
    body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}{rng.choice(['75', '69', '13', '29', '33', '59', '67', '31'])}{fill(rng, '###')}{fill(rng, '##%')}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nir_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 15 and d[0] in "12" and 97 - int(d[:13]) % 97 == int(d[13:])


def rpps(rng: random.Random) -> str:
    body = "10" + fill(rng, "########")
    return body + luhn_digit(body)


def rpps_ok(s: str) -> bool:
    return len(s) == 11 and s.startswith("10") and luhn_ok(s)


# ---- Germany -----------------------------------------------------------------------------------------------


def _mod11_10(body: str) -> int:
    product = 10
    for c in body:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id(rng: random.Random) -> str:
    """Steuerliche Identifikationsnummer: 11 digits, the first not 0, one digit of the first ten twice."""
    while True:
        ds = rng.sample(D, 9)
        if ds[0] == "0":
            continue
        twice = rng.choice(ds[1:])
        ds.insert(rng.randint(1, 9), twice)
        body = "".join(ds)
        return body + str(_mod11_10(body))


def steuer_id_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(c) for c in set(d[:10])), reverse=True)
    return counts[0] in (2, 3) and counts[1:].count(1) == len(counts) - 1 and _mod11_10(d[:10]) == int(d[10])


def _kvnr_check(letter: str, eight: str) -> int:
    s = f"{ord(letter) - 64:02d}" + eight
    total = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10


def kvnr(rng: random.Random) -> str:
    """Krankenversichertennummer (unveränderbarer Teil): a letter, eight digits and the check digit."""
    letter, eight = rng.choice("ABCDEFGHJKLMNPRSTUVWZ"), fill(rng, "%#######")
    return f"{letter}{eight}{_kvnr_check(letter, eight)}"


def kvnr_ok(s: str) -> bool:
    return len(s) == 10 and s[0].isalpha() and s[1:].isdigit() and _kvnr_check(s[0], s[1:9]) == int(s[9])


def lanr(rng: random.Random) -> str:
    """Lebenslange Arztnummer: six digits, the check digit (weights 4, 9) and a two-digit specialty code."""
    six = fill(rng, "%#####")
    total = sum(int(c) * w for c, w in zip(six, (4, 9, 4, 9, 4, 9), strict=True))
    return six + str((10 - total % 10) % 10) + rng.choice(["01", "03", "23", "34", "58", "63"])


def lanr_ok(s: str) -> bool:
    if len(s) != 9 or not s.isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(s[:6], (4, 9, 4, 9, 4, 9), strict=True))
    return (10 - total % 10) % 10 == int(s[6])


# ---- Italy -------------------------------------------------------------------------------------------------

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip
_CF_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}
_CF_MONTH = "ABCDEHLMPRST"
BELFIORE = ["F839", "H501", "F205", "L219", "A944", "G273", "D612", "L736", "C351", "G224"]


def _letters(s: str) -> tuple[str, str]:
    up = "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if c.isalpha() and c.isascii())
    return "".join(c for c in up if c not in "AEIOU"), "".join(c for c in up if c in "AEIOU")


def _cf_check(first15: str) -> str:
    total = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(first15))
    return chr(65 + total % 26)


def codice_fiscale(rng: random.Random, family: str, given: str, female: bool, dob: date) -> str:
    cons, vow = _letters(family)
    sur = (cons + vow + "XXX")[:3]
    cons, vow = _letters(given)
    name = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else (cons + vow + "XXX")[:3]
    day = dob.day + (40 if female else 0)
    body = f"{sur}{name}{dob.year % 100:02d}{_CF_MONTH[dob.month - 1]}{day:02d}{rng.choice(BELFIORE)}"
    return body + _cf_check(body)


def codice_fiscale_ok(s: str) -> bool:
    return len(s) == 16 and s.isalnum() and s.isupper() and s[8] in _CF_MONTH and _cf_check(s[:15]) == s[15]


# ---- Spain -------------------------------------------------------------------------------------------------

_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng: random.Random) -> str:
    n = rng.randint(1_000_000, 79_999_999)
    return f"{n:08d}{_DNI[n % 23]}"


def nie(rng: random.Random) -> str:
    p, n = rng.choice("XYZ"), rng.randint(0, 9_999_999)
    return f"{p}{n:07d}{_DNI[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"


def dni_ok(s: str) -> bool:
    s = s.replace("-", "")
    if len(s) != 9 or not s[-1].isalpha():
        return False
    head = (str("XYZ".index(s[0])) + s[1:8]) if s[0] in "XYZ" else s[:8]
    return head.isdigit() and _DNI[int(head) % 23] == s[-1]


# ---- Netherlands, Portugal, Belgium, United Kingdom --------------------------------------------------------


def bsn(rng: random.Random) -> str:
    while True:
        d = fill(rng, "%########")
        if (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])) % 11 == 0:
            return d


def bsn_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 9 and (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])) % 11 == 0  # fmt: skip


def nif_pt(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "#######")
    r = 11 - sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return body + str(0 if r >= 10 else r)


def nif_pt_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 9:
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) % 11
    return int(d[8]) == (0 if r >= 10 else r)


def rrn(rng: random.Random, female: bool, dob: date) -> str:
    """Rijksregisternummer: YY.MM.DD-SSS.CC, SSS odd for men and even for women, CC = 97 - n mod 97 ('2' before n
    for a birth after 1999)."""
    seq = rng.randrange(2 if female else 1, 997, 2)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    cc = 97 - int(("2" if dob.year >= 2000 else "") + body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{cc:02d}"


def rrn_ok(s: str) -> bool:
    d = digits(s)
    return len(d) == 11 and int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def nhs(rng: random.Random) -> str:
    while True:
        d = fill(rng, "%########")
        r = 11 - sum(int(c) * w for c, w in zip(d, range(10, 1, -1), strict=True)) % 11
        if r != 10:
            s = d + str(0 if r == 11 else r)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def nhs_ok(s: str) -> bool:
    d = digits(s)
    if len(d) != 10:
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    return r != 10 and int(d[9]) == (0 if r == 11 else r)


def ni_number(rng: random.Random) -> str:
    a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{a}{b} {fill(rng, '## ## ##')} {rng.choice('ABCD')}"


# ---- IBAN --------------------------------------------------------------------------------------------------

BBAN = {"DE": "##################", "FR": "#####%####@##########", "IT": "@#####%####%###########", "ES": "%###%#####%#########",
        "NL": "", "PT": "00%###################", "BE": "", "GB": ""}  # fmt: skip
NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "MIDL"]


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(rng: random.Random, country: str) -> str:
    """An IBAN printed in groups of four; the check pair computed over BBAN + country + 00."""
    if country == "NL":
        bban = rng.choice(NL_BANKS) + fill(rng, "0%########")
    elif country == "GB":
        bban = rng.choice(GB_BANKS) + fill(rng, "%#####%#######")
    elif country == "BE":
        ten = fill(rng, "%#########")
        bban = ten + f"{int(ten) % 97 or 97:02d}"
    else:
        bban = fill(rng, BBAN[country])
    check = 98 - _iban_num(bban + country + "00") % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_ok(s: str) -> bool:
    raw = s.replace(" ", "")
    return len(raw) >= 15 and raw[:2].isalpha() and _iban_num(raw[4:] + raw[:4]) % 97 == 1


# ---- vehicles, devices, networks ---------------------------------------------------------------------------

_VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["VF1", "VF3", "WVW", "WBA", "ZFA", "VSS", "XLR", "WDD", "SAL", "VR3", "TMB", "YV1"])
    body = list(wmi + "".join(rng.choice(_VIN_CH) for _ in range(5)) + "0" + rng.choice("LMNPRS") + "".join(rng.choice(_VIN_CH) for _ in range(7)))  # fmt: skip
    r = sum(_VIN_VAL[c] * w for c, w in zip(body, _VIN_W, strict=True)) % 11
    body[8] = "X" if r == 10 else str(r)
    return "".join(body)


def vin_ok(v: str) -> bool:
    if len(v) != 17 or any(c not in _VIN_VAL for c in v):
        return False
    r = sum(_VIN_VAL[c] * w for c, w in zip(v, _VIN_W, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


PLATES = {"EN": ["@@^# @@@"], "FR": ["@@-%##-@@"], "BE": ["%-@@@-%##"], "DE": ["@-@@ %###", "@@-@ %##", "@@@-@@ %#"], "IT": ["@@ %##@@"],
          "ES": ["%### @@@"], "NL": ["@@-%##-@", "%-@@@-##", "@@@-%#-@"], "PT": ["@@-%#-@@"]}  # fmt: skip


def plate(rng: random.Random, loc: str) -> str:
    return fill(rng, rng.choice(PLATES[loc]))


def mac(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join("".join(rng.choice("0123456789ABCDEF") for _ in range(2)) for _ in range(6))


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([31, 37, 62, 77, 81, 88, 93, 145, 178, 212])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a01:cb1c", "2a02:8109", "2001:b07", "2a0c:5a80", "2001:1c00", "2a01:14"])
    groups = [fill(rng, "~~~~").lstrip("0") or "0" for _ in range(6)]
    return head + (":" + ":".join(groups) if rng.random() < 0.5 else "::" + ":".join(groups[:2]))
