"""Identifier generators and validators for probe 14, written from the published algorithms.

Own here (none imported from earlier probes): the Mexican CURP (check digit over its 17 characters,
weights 18..2, mod 10) and IMSS NSS (Luhn), the Argentine CUIL (weights 5432765432, mod 11), the Spanish
DNI/NIE letter (mod 23), the Portuguese NIF (weights 9..2, mod 11), the Austrian SVNR (weights
3 7 9 - 5 8 4 2 1 6, mod 11), the Italian codice fiscale (odd/even tables, mod 26), the Chinese
resident ID (ISO 7064 MOD 11-2), the Taiwanese national ID (letter as two digits, weights 1 9 8..1),
the Japanese My Number (weights 2..7, 2..6 from the right, mod 11), the Korean RRN (weights 2..9 2..5,
mod 11), the Emirates ID (Luhn), the Aadhaar (Verhoeff), the Russian SNILS (weights 9..1, mod 101), the
Turkish TC Kimlik number (odd/even sums, mod 10), the Thai citizen ID (weights 13..2, mod 11). Numbers
without a public check (Argentine DNI, Senegalese CNI, Egyptian national ID, Bangladeshi NID, Pakistani
CNIC, Vietnamese CCCD, Indonesian NIK) keep their real layout and encoded fields.
"""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        total += x
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """`body` plus the Luhn digit that makes it valid."""
    return next(body + c for c in D if luhn_ok(body + c))


# ---- Mexico: CURP, IMSS NSS -------------------------------------------------------------------------------

_CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_VOWELS = "AEIOU"


def _plain(s: str) -> str:
    return s.upper().translate(str.maketrans("ÁÉÍÓÚÜ", "AEIOUU"))


def _curp_check(seventeen: str) -> str:
    total = sum(_CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(seventeen))
    return str((10 - total % 10) % 10)


def curp_valid(s: str) -> bool:
    return len(s) == 18 and all(c in _CURP_ALPHA for c in s) and s[17] == _curp_check(s[:17])


def _inner(word: str, pool: str) -> str:
    return next((c for c in word[1:] if c in pool), "X")


def curp(rng: random.Random, paterno: str, materno: str, given: str, born: date, female: bool) -> str:
    """Letters from the names, birth date, sex, state, inner consonants, homoclave, check digit."""
    p, m, g = _plain(paterno), _plain(materno), _plain(given)
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    head = p[0] + _inner(p, _VOWELS) + m[0] + g[0]
    state = rng.choice(["MC", "PL", "TL", "HG", "MS", "OC"])
    body = (
        f"{head}{born:%y%m%d}{'M' if female else 'H'}{state}{_inner(p, cons)}{_inner(m, cons)}"
        f"{_inner(g, cons)}{rng.choice(D) if born.year < 2000 else rng.choice('ABCDEFGH')}"
    )
    return body + _curp_check(body)


def nss(rng: random.Random, born: date) -> str:
    """IMSS número de seguridad social: subdelegación, year registered, birth year, serial, Luhn digit."""
    return luhn_complete(f"{rng.randrange(10, 99)}{(born.year + 18) % 100:02d}{born:%y}{digits(rng, 4)}")


# ---- Argentina: CUIL --------------------------------------------------------------------------------------


def _cuil_dv(ten: str) -> int | None:
    r = 11 - sum(int(c) * w for c, w in zip(ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return 0 if r == 11 else None if r == 10 else r


def cuil_valid(s: str) -> bool:
    d = s.replace("-", "").replace(".", "")
    return len(d) == 11 and d.isdigit() and _cuil_dv(d[:10]) == int(d[10])


def dni_ar(rng: random.Random) -> str:
    return f"{rng.randrange(10_000_000, 40_000_000):,}".replace(",", ".")


def cuil(rng: random.Random, dni: str, female: bool) -> str:
    """20 (man) / 27 (woman), the DNI, the mod-11 digit (redrawn prefix 23 when it would be 10)."""
    n = dni.replace(".", "")
    for pre in ("27" if female else "20", "23"):
        dv = _cuil_dv(pre + n)
        if dv is not None:
            return f"{pre}-{n}-{dv}"
    return cuil(rng, dni_ar(rng), female)


# ---- Spain: DNI / NIE -------------------------------------------------------------------------------------

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_es_valid(s: str) -> bool:
    body = s[:-1].replace("X", "0", 1).replace("Y", "1", 1).replace("Z", "2", 1)
    return body.isdigit() and len(body) == 8 and s[-1] == _DNI_LETTERS[int(body) % 23]


def dni_es(rng: random.Random) -> str:
    """A DNI (8 digits + letter) or, one time in three, an NIE (X/Y/Z + 7 digits + letter)."""
    if rng.random() < 1 / 3:
        pre = rng.choice("XYZ")
        seven = digits(rng, 7)
        return pre + seven + _DNI_LETTERS[int(f"{'XYZ'.index(pre)}{seven}") % 23]
    n = rng.randrange(10_000_000, 80_000_000)
    return f"{n}{_DNI_LETTERS[n % 23]}"


# ---- Portugal: NIF ----------------------------------------------------------------------------------------


def _nif_check(eight: str) -> int:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(9, 1, -1), strict=True)) % 11
    return 0 if r >= 10 else r


def nif_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 9 and d.isdigit() and int(d[8]) == _nif_check(d[:8])


def nif(rng: random.Random) -> str:
    eight = rng.choice("12") + digits(rng, 7)
    return f"{eight}{_nif_check(eight)}"


# ---- Austria: Sozialversicherungsnummer -------------------------------------------------------------------

_SVNR_W = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)


def svnr_valid(s: str) -> bool:
    d = s.replace(" ", "")
    if len(d) != 10 or not d.isdigit():
        return False
    return sum(int(c) * w for c, w in zip(d, _SVNR_W, strict=True)) % 11 == int(d[3])


def svnr(rng: random.Random, born: date) -> str:
    """Serial (3 digits, not starting with 0), check digit, birth date DDMMYY; written '#### DDMMYY'."""
    while True:
        serial = str(rng.randrange(100, 1000))
        d = f"{serial}0{born:%d%m%y}"
        c = sum(int(x) * w for x, w in zip(d, _SVNR_W, strict=True)) % 11
        if c < 10:
            return f"{serial}{c} {born:%d%m%y}"


# ---- Italy: codice fiscale --------------------------------------------------------------------------------

_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
_CF_MONTH = "ABCDEHLMPRST"


def _cf_value(c: str, odd: bool) -> int:
    i = int(c) if c.isdigit() else ord(c) - 65
    return _CF_ODD[i] if odd else i


def _cf_check(fifteen: str) -> str:
    return chr(65 + sum(_cf_value(c, i % 2 == 0) for i, c in enumerate(fifteen)) % 26)


def cf_valid(s: str) -> bool:
    return len(s) == 16 and s.isalnum() and s.isupper() and s[15] == _cf_check(s[:15])


def _cf_part(word: str, given: bool) -> str:
    w = [c for c in _plain(word) if c.isalpha()]
    cons = [c for c in w if c not in _VOWELS]
    vows = [c for c in w if c in _VOWELS]
    if given and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X"] * 3)[:3]


def codice_fiscale(rng: random.Random, family: str, given: str, born: date, female: bool) -> str:
    body = (
        f"{_cf_part(family, False)}{_cf_part(given, True)}{born:%y}{_CF_MONTH[born.month - 1]}"
        f"{born.day + (40 if female else 0):02d}{rng.choice('FGHL')}{rng.randrange(100, 999)}"
    )
    return body + _cf_check(body)


# ---- China: resident identity card ------------------------------------------------------------------------

_CN_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_valid(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return s[17] == "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], _CN_W, strict=True)) % 11]


def cn_id(rng: random.Random, area: str, born: date, female: bool) -> str:
    seq = rng.randrange(0, 100) * 10 + int(rng.choice("02468" if female else "13579"))
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _CN_W, strict=True)) % 11]


# ---- Taiwan: national identification number ---------------------------------------------------------------

_TW_LETTER = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def tw_id_valid(s: str) -> bool:
    if len(s) != 10 or s[0] not in _TW_LETTER or not s[1:].isdigit():
        return False
    n = _TW_LETTER[s[0]]
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s[1:9], range(8, 0, -1), strict=True))
    return (total + int(s[9])) % 10 == 0


def tw_id(rng: random.Random, female: bool) -> str:
    letter = rng.choice("ABDEFHKMNPRSTU")
    body = f"{letter}{2 if female else 1}{digits(rng, 7)}"
    return next(body + c for c in D if tw_id_valid(body + c))


# ---- Japan: My Number, 後期高齢者医療 被保険者番号 -------------------------------------------------------


def _mynumber_check(eleven: str) -> int:
    total = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(reversed(eleven), start=1))
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(s: str) -> bool:
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 12 and d.isdigit() and int(d[11]) == _mynumber_check(d[:11])


def mynumber(rng: random.Random) -> str:
    eleven = digits(rng, 11)
    return f"{eleven}{_mynumber_check(eleven)}"


# ---- Korea: resident registration number ------------------------------------------------------------------

_RRN_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def rrn_valid(s: str) -> bool:
    d = s.replace("-", "")
    if len(d) != 13 or not d.isdigit():
        return False
    return (11 - sum(int(c) * w for c, w in zip(d[:12], _RRN_W, strict=True)) % 11) % 10 == int(d[12])


def rrn(rng: random.Random, born: date, female: bool) -> str:
    s = (2 if female else 1) + (2 if born.year >= 2000 else 0)
    body = f"{born:%y%m%d}{s}{digits(rng, 5)}"
    c = (11 - sum(int(x) * w for x, w in zip(body, _RRN_W, strict=True)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


# ---- UAE: Emirates ID -------------------------------------------------------------------------------------


def emirates_valid(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 15 and d.startswith("784") and luhn_ok(d)


def emirates_id(rng: random.Random, born: date) -> str:
    full = luhn_complete(f"784{born.year}{digits(rng, 7)}")
    return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}"


# ---- India: Aadhaar (Verhoeff) ----------------------------------------------------------------------------

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, x in enumerate(reversed([int(ch) for ch in s if ch.isdigit()])):
        c = _VD[c][_VP[i % 8][x]]
    return c == 0


def aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + digits(rng, 10)
    full = next(body + c for c in D if verhoeff_ok(body + c))
    return f"{full[:4]} {full[4:8]} {full[8:]}"


# ---- Russia: SNILS ----------------------------------------------------------------------------------------


def _snils_check(nine: str) -> int:
    s = sum(int(c) * w for c, w in zip(nine, range(9, 0, -1), strict=True))
    s = s % 101 if s > 101 else s
    return 0 if s in (100, 101) else s


def snils_valid(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    return len(d) == 11 and d.isdigit() and int(d[9:]) == _snils_check(d[:9])


def snils(rng: random.Random) -> str:
    nine = str(rng.randrange(100_000_000, 999_999_999))
    return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {_snils_check(nine):02d}"


# ---- Turkey: T.C. Kimlik No -------------------------------------------------------------------------------


def _tc_tail(nine: str) -> str:
    d = [int(c) for c in nine]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return f"{d10}{(sum(d) + d10) % 10}"


def tckn_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and s[0] != "0" and s[9:] == _tc_tail(s[:9])


def tckn(rng: random.Random) -> str:
    nine = rng.choice("123456789") + digits(rng, 8)
    return nine + _tc_tail(nine)


# ---- Thailand: citizen ID ---------------------------------------------------------------------------------


def _th_check(twelve: str) -> int:
    return (11 - sum(int(c) * (13 - i) for i, c in enumerate(twelve)) % 11) % 10


def thai_id_valid(s: str) -> bool:
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 13 and d.isdigit() and int(d[12]) == _th_check(d[:12])


def thai_id(rng: random.Random) -> str:
    """Written 1 2345 67890 12 3 (type, province+district, serial, group, check)."""
    twelve = rng.choice("13") + digits(rng, 11)
    d = twelve + str(_th_check(twelve))
    return f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}"


# ---- layouts without a public check digit -----------------------------------------------------------------


def cccd(rng: random.Random, province: str, born: date, female: bool) -> str:
    """Vietnamese citizen ID: province code, century+sex digit, YY, six random digits."""
    cs = (0 if born.year < 2000 else 2) + (1 if female else 0)
    return f"{province}{cs}{born:%y}{digits(rng, 6)}"


def nik(rng: random.Random, region: str, born: date, female: bool) -> str:
    """Indonesian NIK: province/regency/district (6), day (+40 for women), month, YY, serial (4)."""
    return f"{region}{born.day + (40 if female else 0):02d}{born:%m%y}{rng.randrange(1, 60):04d}"


def egypt_nid(rng: random.Random, born: date, gov: str, female: bool) -> str:
    """Century (2: 1900s), YYMMDD, governorate, serial whose last digit is odd for men, one more digit."""
    serial = f"{digits(rng, 3)}{rng.choice('02468' if female else '13579')}"
    return f"{2 if born.year < 2000 else 3}{born:%y%m%d}{gov}{serial}{rng.choice('123456789')}"


def cnic(rng: random.Random, female: bool) -> str:
    """Pakistani CNIC 12345-1234567-1, last digit even for women."""
    return f"3{digits(rng, 4)}-{digits(rng, 7)}-{rng.choice('2468' if female else '13579')}"
