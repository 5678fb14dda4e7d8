"""National identifiers for probe 18, generated from the person's own birth date and sex where the number
encodes them, each with its published check digit, and a validator per scheme (test_probe18 runs both).

Faker's own `ssn()` providers are not used for these: several draw a birth date relative to today, so the
corpus would change from day to day and the identifier would not match the document's date of birth.

Schemes: Dutch and Belgian-Dutch BSN (11-proof), Swedish personnummer (Luhn over ten digits), Finnish
henkilötunnus (mod 31 check character), Czech and Slovak rodné číslo (divisible by 11, women's month +50),
Romanian CNP (weighted mod 11), Canadian SIN (Luhn), Greek AMKA (birth date + Luhn), South Korean RRN
(weighted mod 11), Israeli Teudat Zehut (Luhn over nine digits), Croatian OIB (ISO 7064 MOD 11,10),
Portuguese NIF (weighted mod 11), Russian SNILS (weighted mod 101), Thai national ID (weighted mod 11) and
the Mexican IMSS social security number (Luhn over eleven digits).
"""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def luhn_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) >= 2 and _luhn_check(d[:-1]) == d[-1]


# ---- Netherlands / Belgium (Dutch-speaking): BSN -------------------------------------------------


def _bsn_sum(d: str) -> int:
    return sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])


def bsn(rng: random.Random) -> str:
    while True:
        d = rng.choice("123456789") + digits(rng, 8)
        if _bsn_sum(d) % 11 == 0:
            return d


def bsn_valid(s: str) -> bool:
    d = s.replace(".", "").replace(" ", "")
    return len(d) == 9 and d.isdigit() and _bsn_sum(d) % 11 == 0


# ---- Sweden: personnummer ------------------------------------------------------------------------


def personnummer(rng: random.Random, born: date, female: bool) -> str:
    """YYMMDD-NNNC: the third serial digit is even for women, C the Luhn digit of the nine before it."""
    serial = digits(rng, 2) + rng.choice("02468" if female else "13579")
    body = f"{born:%y%m%d}{serial}"
    return f"{body[:6]}-{serial}{_luhn_check(body)}"


def personnummer_valid(s: str) -> bool:
    return len(s) == 11 and s[6] in "-+" and luhn_valid(s)


# ---- Finland: henkilötunnus ----------------------------------------------------------------------

_HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(rng: random.Random, born: date, female: bool) -> str:
    """DDMMYY, the century sign, a serial (odd for men), the mod-31 check character."""
    serial = rng.randrange(2, 899)
    serial += (serial % 2 == 1) == female  # even for women, odd for men
    sign = "-" if born.year < 2000 else "A"
    return f"{born:%d%m%y}{sign}{serial:03d}{_HETU[int(f'{born:%d%m%y}{serial:03d}') % 31]}"


def hetu_valid(s: str) -> bool:
    return len(s) == 11 and s[6] in "-+A" and _HETU[int(s[:6] + s[7:10]) % 31] == s[10]


# ---- Czech Republic / Slovakia: rodné číslo ------------------------------------------------------


def rodne_cislo(rng: random.Random, born: date, female: bool) -> str:
    """YYMMDD/SSSC (month +50 for women): the ten digits are divisible by 11."""
    head = f"{born:%y}{born.month + (50 if female else 0):02d}{born:%d}"
    while True:
        nine = head + digits(rng, 3)
        c = (-int(nine) * 10) % 11  # the digit making the ten-digit number divisible by 11
        if c < 10:
            return f"{head}/{nine[6:]}{c}"


def rodne_cislo_valid(s: str) -> bool:
    d = s.replace("/", "")
    return len(d) == 10 and d.isdigit() and int(d) % 11 == 0


# ---- Romania: CNP --------------------------------------------------------------------------------

_CNP_W = "279146358279"


def _cnp_check(twelve: str) -> str:
    r = sum(int(c) * int(w) for c, w in zip(twelve, _CNP_W, strict=True)) % 11
    return "1" if r == 10 else str(r)


def cnp(rng: random.Random, born: date, female: bool) -> str:
    """Sex/century digit, YYMMDD, county code, serial, check digit."""
    s = ("2" if female else "1") if born.year < 2000 else ("6" if female else "5")
    twelve = f"{s}{born:%y%m%d}{rng.randrange(1, 47):02d}{rng.randrange(1, 999):03d}"
    return twelve + _cnp_check(twelve)


def cnp_valid(s: str) -> bool:
    return len(s) == 13 and s.isdigit() and _cnp_check(s[:12]) == s[12]


# ---- Canada: SIN ---------------------------------------------------------------------------------


def sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + digits(rng, 7)
    full = body + _luhn_check(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


# ---- Greece: AMKA --------------------------------------------------------------------------------


def amka(rng: random.Random, born: date, female: bool) -> str:
    """DDMMYY, a serial whose last digit is even for women, Luhn."""
    body = f"{born:%d%m%y}" + digits(rng, 3) + rng.choice("02468" if female else "13579")
    return body + _luhn_check(body)


# ---- South Korea: resident registration number ---------------------------------------------------

_RRN_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def _rrn_check(twelve: str) -> str:
    return str((11 - sum(int(c) * w for c, w in zip(twelve, _RRN_W, strict=True)) % 11) % 10)


def rrn(rng: random.Random, born: date, female: bool) -> str:
    """YYMMDD-SBBBBNC: S is 1/2 (1900s) or 3/4 (2000s), odd for men; C the weighted mod-11 digit."""
    s = str((1 if born.year < 2000 else 3) + (1 if female else 0))
    twelve = f"{born:%y%m%d}{s}{digits(rng, 5)}"
    return f"{twelve[:6]}-{twelve[6:]}{_rrn_check(twelve)}"


def rrn_valid(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 13 and d.isdigit() and _rrn_check(d[:12]) == d[12]


# ---- Israel: Teudat Zehut ------------------------------------------------------------------------


def teudat_zehut(rng: random.Random) -> str:
    body = rng.choice("0123") + digits(rng, 7)
    return body + _luhn_check(body)


# ---- Croatia: OIB (ISO 7064 MOD 11,10) -----------------------------------------------------------


def _oib_check(ten: str) -> str:
    a = 10
    for c in ten:
        a = (a + int(c)) % 10 or 10
        a = (a * 2) % 11
    return str((11 - a) % 10)


def oib(rng: random.Random) -> str:
    ten = rng.choice("123456789") + digits(rng, 9)
    return ten + _oib_check(ten)


def oib_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and _oib_check(s[:10]) == s[10]


# ---- Portugal: NIF -------------------------------------------------------------------------------


def _nif_check(eight: str) -> str:
    r = sum(int(c) * w for c, w in zip(eight, range(9, 1, -1), strict=True)) % 11
    return "0" if r < 2 else str(11 - r)


def nif(rng: random.Random) -> str:
    eight = rng.choice("123") + digits(rng, 7)
    return eight + _nif_check(eight)


def nif_valid(s: str) -> bool:
    return len(s) == 9 and s.isdigit() and _nif_check(s[:8]) == s[8]


# ---- Russia: SNILS -------------------------------------------------------------------------------


def _snils_check(nine: str) -> str:
    t = sum(int(c) * w for c, w in zip(nine, range(9, 0, -1), strict=True))
    t = t % 101 if t > 101 else t
    return "00" if t in (100, 101) else f"{t:02d}"


def snils(rng: random.Random) -> str:
    nine = rng.choice("123456789") + digits(rng, 8)
    return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {_snils_check(nine)}"


def snils_valid(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    return len(d) == 11 and d.isdigit() and _snils_check(d[:9]) == d[9:]


# ---- Thailand: national ID -----------------------------------------------------------------------


def _th_check(twelve: str) -> str:
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(twelve)) % 11) % 10)


def th_id(rng: random.Random) -> str:
    """13 digits written 1-2345-67890-12-3."""
    twelve = rng.choice("1358") + digits(rng, 11)
    d = twelve + _th_check(twelve)
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def th_id_valid(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 13 and d.isdigit() and _th_check(d[:12]) == d[12]


# ---- Mexico: IMSS número de seguridad social -----------------------------------------------------


def nss_imss(rng: random.Random, born: date) -> str:
    """Subdelegation (2), year of registration (2), year of birth (2), serial (4), Luhn check."""
    ten = f"{rng.randrange(1, 99):02d}{(born.year + 18) % 100:02d}{born:%y}{digits(rng, 4)}"
    return ten + _luhn_check(ten)


# ---- Belgium: rijksregisternummer ----------------------------------------------------------------


def be_rrn(rng: random.Random, born: date, female: bool) -> str:
    """YY.MM.DD-SSS.CC: the serial is even for women, CC = 97 - (number mod 97) ('2' prefixed after 1999)."""
    serial = rng.randrange(1, 998)
    serial += (serial % 2 == 1) == female
    nine = f"{born:%y%m%d}{serial:03d}"
    check = 97 - int(("2" if born.year >= 2000 else "") + nine) % 97
    return f"{nine[:2]}.{nine[2:4]}.{nine[4:6]}-{nine[6:]}.{check:02d}"


def be_rrn_valid(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and any(97 - int(p + d[:9]) % 97 == int(d[9:]) for p in ("", "2"))


# ---- Denmark: CPR (no modulus-11 rule since 2007: shape only) ------------------------------------


def cpr(rng: random.Random, born: date, female: bool) -> str:
    return f"{born:%d%m%y}-{digits(rng, 3)}{rng.choice('02468' if female else '13579')}"


# ---- Hungary: TAJ --------------------------------------------------------------------------------


def _taj_check(eight: str) -> str:
    return str(sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(eight)) % 10)


def taj(rng: random.Random) -> str:
    eight = rng.choice("123456789") + digits(rng, 7)
    d = eight + _taj_check(eight)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def taj_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 9 and d.isdigit() and _taj_check(d[:8]) == d[8]


# ---- Bulgaria: EGN -------------------------------------------------------------------------------

_EGN_W = (2, 4, 8, 5, 10, 9, 7, 3, 6)


def _egn_check(nine: str) -> str:
    return str(sum(int(c) * w for c, w in zip(nine, _EGN_W, strict=True)) % 11 % 10)


def egn(rng: random.Random, born: date, female: bool) -> str:
    """YYMMDD (month +40 after 1999), a region serial whose last digit is odd for women, check digit."""
    month = born.month + (40 if born.year >= 2000 else 0)
    nine = f"{born:%y}{month:02d}{born:%d}{digits(rng, 2)}{rng.choice('13579' if female else '02468')}"
    return nine + _egn_check(nine)


def egn_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and _egn_check(s[:9]) == s[9]


# ---- Lithuania: asmens kodas ---------------------------------------------------------------------


def _lt_check(ten: str) -> str:
    r = sum(int(c) * (i % 9 + 1) for i, c in enumerate(ten)) % 11
    if r == 10:
        r = sum(int(c) * ((i + 2) % 9 + 1) for i, c in enumerate(ten)) % 11
    return "0" if r == 10 else str(r)


def lt_code(rng: random.Random, born: date, female: bool) -> str:
    """G YYMMDD SSS C: G is 3/4 (1900s) or 5/6 (2000s), even for women."""
    g = (3 if born.year < 2000 else 5) + (1 if female else 0)
    ten = f"{g}{born:%y%m%d}{digits(rng, 3)}"
    return ten + _lt_check(ten)


def lt_code_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and _lt_check(s[:10]) == s[10]


# ---- Austria: Sozialversicherungsnummer ----------------------------------------------------------

_SVNR_W = (3, 7, 9, 5, 8, 4, 2, 1, 6)


def _svnr_check(serial: str, dob: str) -> int:
    return sum(int(c) * w for c, w in zip(serial + dob, _SVNR_W, strict=True)) % 11


def svnr(rng: random.Random, born: date) -> str:
    """NNNC DDMMYY: C the weighted mod-11 digit over the serial and the birth date (10 is not issued)."""
    while True:
        serial = rng.choice("123456789") + digits(rng, 2)
        c = _svnr_check(serial, f"{born:%d%m%y}")
        if c < 10:
            return f"{serial}{c} {born:%d%m%y}"


def svnr_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 10 and d.isdigit() and _svnr_check(d[:3], d[4:]) == int(d[3])


# ---- Switzerland: AHV number (EAN-13) ------------------------------------------------------------


def _ean_check(twelve: str) -> str:
    return str(-sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(twelve)) % 10)


def ahv(rng: random.Random) -> str:
    twelve = "756" + digits(rng, 9)
    d = twelve + _ean_check(twelve)
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def ahv_valid(s: str) -> bool:
    d = s.replace(".", "")
    return len(d) == 13 and d.startswith("756") and _ean_check(d[:12]) == d[12]


# ---- Argentina: CUIL -----------------------------------------------------------------------------

_CUIL_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def cuil(rng: random.Random, female: bool) -> tuple[str, str]:
    """(DNI, CUIL): prefix 27 women / 20 men, the DNI, weighted mod-11 check (10 re-drawn)."""
    while True:
        dni = rng.choice("123") + digits(rng, 7)
        ten = ("27" if female else "20") + dni
        r = 11 - sum(int(c) * w for c, w in zip(ten, _CUIL_W, strict=True)) % 11
        if r != 10:
            return f"{dni[:2]}.{dni[2:5]}.{dni[5:]}", f"{ten[:2]}-{dni}-{0 if r == 11 else r}"


def cuil_valid(s: str) -> bool:
    d = s.replace("-", "")
    if len(d) != 11 or not d.isdigit():
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:10], _CUIL_W, strict=True)) % 11
    return (0 if r == 11 else r) == int(d[10])


# ---- Japan: My Number ----------------------------------------------------------------------------


def _my_number_check(eleven: str) -> str:
    rev = eleven[::-1]
    s = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(rev, start=1))
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def my_number(rng: random.Random) -> str:
    eleven = digits(rng, 11)
    d = eleven + _my_number_check(eleven)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def my_number_valid(s: str) -> bool:
    d = s.replace(" ", "")
    return len(d) == 12 and d.isdigit() and _my_number_check(d[:11]) == d[11]


# ---- Saudi Arabia: national ID (Luhn, 1 citizens) and Iran: kod-e melli --------------------------


def sa_id(rng: random.Random) -> str:
    body = "1" + digits(rng, 8)
    return body + _luhn_check(body)


def _melli_check(nine: str) -> str:
    s = sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
    return str(s if s < 2 else 11 - s)


def melli(rng: random.Random) -> str:
    nine = digits(rng, 9)
    d = nine + _melli_check(nine)
    return f"{d[:3]}-{d[3:9]}-{d[9]}"


def melli_valid(s: str) -> bool:
    d = s.replace("-", "")
    return len(d) == 10 and d.isdigit() and _melli_check(d[:9]) == d[9]


# ---- Ukraine: RNOKPP (tax number: days since 31.12.1899, serial, check) --------------------------

_UA_W = (-1, 5, 7, 9, 4, 6, 10, 5, 7)


def _ua_check(nine: str) -> str:
    return str(sum(int(c) * w for c, w in zip(nine, _UA_W, strict=True)) % 11 % 10)


def rnokpp(rng: random.Random, born: date, female: bool) -> str:
    days = (born - date(1899, 12, 31)).days
    nine = f"{days:05d}{digits(rng, 3)}{rng.choice('02468' if female else '13579')}"
    return nine + _ua_check(nine)


def rnokpp_valid(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and _ua_check(s[:9]) == s[9]


# ---- Indonesia: NIK (region, birth date with day +40 for women, serial; no check digit) ----------


def nik(rng: random.Random, born: date, female: bool) -> str:
    day = born.day + (40 if female else 0)
    region = rng.choice(["3171", "3273", "3578", "5171"])
    return f"{region}{rng.randrange(1, 40):02d}{day:02d}{born:%m%y}{digits(rng, 4)}"
