"""Identifiers for probe 56 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check digit: NHS number (modulus 11) and Scottish CHI number (date of birth, sex digit, modulus 11),
Irish PPS number (modulus 23 check letter), Australian Medicare card (weighted check digit, issue number) and
individual healthcare identifier (IHI, Luhn over 800360...) and Medicare provider number, New Zealand NHI
(old AAANNNC format, modulus 11), Canadian provincial health numbers (Ontario OHIP with its version code and
Luhn digit, Quebec RAMQ built from the name and date of birth; Nova Scotia MSI, Newfoundland MCP and Alberta
AHCIP numbers as plain digits), US SSN and NPI (Luhn over 80840); clinicians' registration numbers of every
profession; hearing-aid, CGM and insulin-pump serials; vehicle registrations."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---- United Kingdom -------------------------------------------------------------------------------------


def _mod11(body: str) -> int:
    """NHS / CHI check digit over nine digits (weights 10..2); 10 means the body is unusable."""
    check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
    return 0 if check == 11 else check


def nhs(rng: random.Random) -> str:
    while True:
        body = rng.choice("4679") + fill(rng, "########")
        check = _mod11(body)
        if check != 10:
            n = body + str(check)
            return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n])


def nhs_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 10 and _mod11(d[:9]) == int(d[9])


def chi(rng: random.Random, dob: date, female: bool) -> str:
    """Community Health Index: DDMMYY, two serial digits, a sex digit (even: female), the check digit."""
    while True:
        sex = rng.choice("02468" if female else "13579")
        body = f"{dob:%d%m%y}" + fill(rng, "##") + sex
        check = _mod11(body)
        if check != 10:
            return rng.choice([body + str(check), f"{body[:6]} {body[6:]}{check}"])


def chi_ok(value: str) -> bool:
    return nhs_ok(value)


# ---- Ireland --------------------------------------------------------------------------------------------


def ppsn_check(digits: str, second: str = "") -> str:
    total = sum(int(c) * w for c, w in zip(digits, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    r = total % 23
    return "W" if r == 0 else chr(64 + r)


def ppsn(rng: random.Random) -> str:
    digits = fill(rng, "%######")
    second = rng.choice(["", "", "A", "B"])
    return digits + ppsn_check(digits, second) + second


def ppsn_ok(value: str) -> bool:
    v = value.replace(" ", "")
    digits, letters = v[:7], v[7:]
    return digits.isdigit() and 1 <= len(letters) <= 2 and ppsn_check(digits, letters[1:]) == letters[0]


def eircode(rng: random.Random, routing: str) -> str:
    pool = "ACDEFHKNPRTVWXY"
    unique = rng.choice(pool) + "".join(rng.choice(pool + "0123456789") for _ in range(3))
    return f"{routing} {unique}"


def gms(rng: random.Random) -> str:
    """A medical card (GMS) number: digits and a letter."""
    return fill(rng, rng.choice(["%######@", "%#######@", "@%######"]))


# ---- Australia ------------------------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    d = "".join(c for c in digits if c.isdigit())
    return len(d) > 1 and luhn_digit(d[:-1]) == d[-1]


def medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + fill(rng, "#######")
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    n = f"{body}{check}{rng.choice('12345')}"
    return rng.choice([f"{n[:4]} {n[4:9]} {n[9]}", n, f"{n[:4]} {n[4:9]} {n[9]}"])


def medicare_au_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    return (
        len(d) == 10 and sum(x * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == d[8]
    )


def ihi(rng: random.Random) -> str:
    body = "800360" + fill(rng, "#########")
    n = body + luhn_digit(body)
    return rng.choice([f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}", n])


def provider_au(rng: random.Random) -> str:
    """A Medicare provider number: six digits, a practice-location character, a check character."""
    stem = fill(rng, "%#####")
    loc = rng.choice("0123456789ABCDEFGHJK")
    weights = (3, 5, 8, 4, 2, 1)
    plv = "0123456789ABCDEFGHJKLMNPQRTUVWXY".index(loc)
    total = sum(int(c) * w for c, w in zip(stem, weights, strict=True)) + plv * 6
    return f"{stem}{loc}{'YXWTLKJHFBA'[total % 11]}"


# ---- New Zealand ----------------------------------------------------------------------------------------

_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O: A=1 .. Z=24


def _nhi_sum(body: str) -> int:
    vals = [(_NHI_LETTERS.index(c) + 1) if c.isalpha() else int(c) for c in body]
    return sum(v * w for v, w in zip(vals, range(7, 1, -1), strict=True))


def nhi(rng: random.Random) -> str:
    while True:
        body = "".join(rng.choice(_NHI_LETTERS) for _ in range(3)) + fill(rng, "###")
        r = _nhi_sum(body) % 11
        if r == 0:
            continue
        check = 11 - r
        if check == 10:
            check = 0
        return body + str(check)


def nhi_ok(value: str) -> bool:
    if len(value) != 7 or not value[:3].isalpha() or not value[3:].isdigit():
        return False
    r = _nhi_sum(value[:6]) % 11
    if r == 0:
        return False
    check = 11 - r
    return (0 if check == 10 else check) == int(value[6])


def acc_claim(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@%####", "%#########", "@%######"]))


# ---- Canada ---------------------------------------------------------------------------------------------


def ohip(rng: random.Random) -> str:
    body = fill(rng, "%########")
    n = body + luhn_digit(body)
    vc = fill(rng, "@@")
    return rng.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}"])


def ramq(rng: random.Random, family: str, given: str, dob: date, female: bool) -> str:
    fam = "".join(c for c in ascii_fold(family).upper() if c.isalpha())
    fam = (fam + "XXX")[:3]
    month = dob.month + (50 if female else 0)
    return f"{fam}{ascii_fold(given)[0].upper()} {dob:%y}{month:02d} {dob.day:02d}{fill(rng, '##')}"


def health_card_ca(rng: random.Random, prov: str, family: str, given: str, dob: date, female: bool) -> str:
    if prov == "QC":
        return ramq(rng, family, given, dob, female)
    if prov == "ON":
        return ohip(rng)
    if prov == "AB":
        return fill(rng, rng.choice(["%####-####", "%########"]))
    if prov == "NS":
        return fill(rng, rng.choice(["%### ### ###", "%#########"]))
    return fill(rng, "%## ### ### ###")  # NL MCP: 12 digits


# ---- United States --------------------------------------------------------------------------------------


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def mbi(rng: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + D
    s = "".join(rng.choice(pool) for pool in ("123456789", a, an, D, a, an, D, a, a, D, D))
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + fill(rng, "########")
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and luhn_ok("80840" + n)


# ---- clinicians' registrations --------------------------------------------------------------------------
# profession codes: dent, ortho, optom, med, aud, pod, chiro, physio, slt, diet, nurse

REG: dict[str, dict[str, tuple[str, str]]] = {
    "GB": {
        "dent": ("GDC No.", "%#####"),
        "ortho": ("GDC No.", "%#####"),
        "optom": ("GOC", "01-%####"),
        "med": ("GMC", "%######"),
        "aud": ("HCPC", "HAD%####"),
        "pod": ("HCPC", "CH%####"),
        "physio": ("HCPC", "PH%#####"),
        "slt": ("HCPC", "SL%####"),
        "diet": ("HCPC", "DT%####"),
        "nurse": ("NMC PIN", "%#@%###@"),
        "chiro": ("GCC", "%####"),
    },
    "IE": {
        "dent": ("Dental Council reg.", "%###"),
        "ortho": ("Dental Council reg.", "%###"),
        "optom": ("CORU reg.", "OPT0%###"),
        "med": ("IMC", "%#####"),
        "aud": ("ISHAA", "%###"),
        "pod": ("CORU reg.", "POD0%###"),
        "physio": ("CORU reg.", "PT0%####"),
        "slt": ("CORU reg.", "SLT0%####"),
        "diet": ("CORU reg.", "DT0%####"),
        "nurse": ("NMBI PIN", "%#####"),
        "chiro": ("CAI", "%##"),
    },
    "CA": {
        "dent": ("RCDSO #", "%####"),
        "ortho": ("RCDSO #", "%####"),
        "optom": ("COO #", "%###"),
        "med": ("CPSO #", "%#####"),
        "aud": ("CASLPO #", "A%###"),
        "pod": ("COCPO #", "%###"),
        "physio": ("CPO #", "%####"),
        "slt": ("CASLPO #", "S%###"),
        "diet": ("CDO #", "%###"),
        "nurse": ("CNO #", "%#######"),
        "chiro": ("CCO #", "%###"),
    },
    "AU": {
        "dent": ("AHPRA", "DEN000%######"),
        "ortho": ("AHPRA", "DEN000%######"),
        "optom": ("AHPRA", "OPT000%######"),
        "med": ("AHPRA", "MED000%######"),
        "aud": ("MAudA", "%###"),
        "pod": ("AHPRA", "POD000%######"),
        "physio": ("AHPRA", "PHY000%######"),
        "slt": ("CPSP", "%####"),
        "diet": ("APD", "%####"),
        "nurse": ("AHPRA", "NMW000%######"),
        "chiro": ("AHPRA", "CHI000%######"),
    },
    "NZ": {
        "dent": ("DCNZ reg.", "%####"),
        "ortho": ("DCNZ reg.", "%####"),
        "optom": ("ODOB reg.", "%###"),
        "med": ("MCNZ", "%####"),
        "aud": ("NZAS", "%###"),
        "pod": ("HPI-CPN", "%#@@@@"),
        "physio": ("HPI-CPN", "%#@@@@"),
        "slt": ("NZSTA", "%###"),
        "diet": ("HPI-CPN", "%#@@@@"),
        "nurse": ("HPI-CPN", "%#@@@@"),
        "chiro": ("CBNZ reg.", "%##"),
    },
    "US": {
        "dent": ("Lic. DDS", "%####"),
        "ortho": ("Lic. DDS", "%####"),
        "optom": ("Lic. OD", "%###"),
        "med": ("Lic. MD", "@%#####"),
        "aud": ("Lic. AuD", "AUD%###"),
        "pod": ("Lic. DPM", "%###"),
        "physio": ("Lic. PT", "PT%#####"),
        "slt": ("ASHA #", "%#######"),
        "diet": ("Lic. LDN", "%####"),
        "nurse": ("Lic. RN", "RN%######"),
        "chiro": ("Lic. DC", "%####"),
    },
}


# Quebec's professional orders (a Quebec patient's clinicians)
REG["CA-QC"] = {
    "dent": ("ODQ no", "%####"),
    "ortho": ("ODQ no", "%####"),
    "optom": ("OOQ no", "%###"),
    "med": ("CMQ", "%-%####"),
    "aud": ("OOAQ no", "%###"),
    "pod": ("OPodQ no", "%##"),
    "physio": ("OPPQ no", "%####"),
    "slt": ("OOAQ no", "%###"),
    "diet": ("ODNQ no", "%###"),
    "nurse": ("OIIQ no", "%######"),
    "chiro": ("OCQ no", "%###"),
}


def registration(rng: random.Random, loc: str, prof: str, region: str = "") -> tuple[str, str]:
    """(the register's label, plain text; the registration number, LICENSE)."""
    label, pattern = REG[f"{loc}-{region}" if f"{loc}-{region}" in REG else loc][prof]
    return label, fill(rng, pattern)


# ---- devices and vehicles -------------------------------------------------------------------------------


def hearing_aid_serial(rng: random.Random, brand: str) -> str:
    return fill(
        rng,
        {
            "Phonak": "%###@%###",
            "Oticon": "%#@%##%###",
            "Signia": "@@%#####",
            "ReSound": "%#########",
            "Widex": "%######",
            "Starkey": "%#@@%####",
        }[brand],
    )


def cgm_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%@@@%#@@@@", "0M0%@@%@@@@", "@@%#####@"]))


def pump_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["NG%#######H", "%#####-##", "@@%######"]))


def plate(rng: random.Random, loc: str) -> str:
    if loc == "GB":
        return (
            fill(rng, "@@")
            + rng.choice(["24", "74", "19", "69", "15", "65", "21", "71"])
            + " "
            + fill(rng, "@@@")
        )
    if loc == "IE":
        year = rng.choice(["231", "232", "241", "242", "191", "201"])
        county = rng.choice(["W", "LM", "SO", "KE", "KK", "LD", "WH", "WW", "LH", "MH", "DL", "CN", "MN"])
        return f"{year}-{county}-{fill(rng, '%###')}"
    if loc == "AU":
        return fill(rng, rng.choice(["@@%#@@", "%@@%##", "@@@-%##"]))
    if loc == "NZ":
        return fill(rng, rng.choice(["@@@%##", "%@@@##"]))
    if loc == "CA":
        return fill(rng, rng.choice(["@@@ %##", "@%# @@@", "%##-@@@"]))
    return fill(rng, rng.choice(["%@@@%##", "@@@-%###", "%##-@@@"]))
