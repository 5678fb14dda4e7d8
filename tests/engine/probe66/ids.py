"""Identifiers for probe 66 (random, synthetic): the numbers oncology, transplant, dialysis and
chronic-disease programme text carries in the US, the UK, Canada, Australia and New Zealand, in their real
shapes and, where the scheme has one, with a valid check digit -- NHS numbers (mod 11), New Zealand NHI
numbers (old AAANNNC form, mod 11), Australian Medicare numbers (weighted mod 10) and IHIs (Luhn), British
Columbia PHNs (weighted mod 11), US NPIs (Luhn over the 80840 prefix), US SSNs and Medicare MBIs -- plus
Manitoba PHINs, Alberta and Saskatchewan health numbers, UNOS / NHSBT style waitlist, donor and match
identifiers, clinicians' registration numbers (GMC, NMC, GPhC, CPSM, CPSA, CPSBC, AHPRA, MCNZ) and device
serials."""

from __future__ import annotations

import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


# ---- NHS number (England): 10 digits, the last a mod-11 check --------------------------------------------


def nhs_digit(body9: str) -> int:
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body9)) % 11
    return 0 if r == 11 else r  # 10: the body is not issued


def nhs(rng: random.Random) -> str:
    while True:
        body = fill(rng, rng.choice(["4########", "6########", "7########"]))
        check = nhs_digit(body)
        if check != 10:
            n = body + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def nhs_ok(n: str) -> bool:
    d = n.replace(" ", "").replace("-", "")
    return len(d) == 10 and d.isdigit() and nhs_digit(d[:9]) == int(d[9])


# ---- New Zealand NHI (AAANNNC): letters without I and O, weights 7..2, mod 11 ----------------------------

NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # A=1 ... Z=24


def nhi_digit(body6: str) -> int | None:
    vals = [NHI_LETTERS.index(c) + 1 for c in body6[:3]] + [int(c) for c in body6[3:]]
    rem = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
    if rem == 0:
        return None
    check = 11 - rem
    return 0 if check == 10 else check


def nhi(rng: random.Random) -> str:
    while True:
        body = "".join(rng.choice(NHI_LETTERS) for _ in range(3)) + fill(rng, "###")
        check = nhi_digit(body)
        if check is not None:
            return body + str(check)


def nhi_ok(n: str) -> bool:
    return len(n) == 7 and n[:3].isalpha() and n[3:].isdigit() and nhi_digit(n[:6]) == int(n[6])


# ---- Australian Medicare card number and IHI -----------------------------------------------------------

_MEDICARE_W = (1, 3, 7, 9, 1, 3, 7, 9)


def medicare_au(rng: random.Random, irn: bool = True) -> str:
    body = fill(rng, "^#######")
    check = sum(int(c) * w for c, w in zip(body, _MEDICARE_W, strict=True)) % 10
    n = f"{body[:4]} {body[4:]}{check} {rng.randint(1, 5)}"
    return n + (f"-{rng.randint(1, 5)}" if irn else "")


def medicare_au_ok(n: str) -> bool:
    d = n.replace(" ", "").split("-")[0]
    if len(d) != 10 or not d.isdigit():
        return False
    return sum(int(c) * w for c, w in zip(d[:8], _MEDICARE_W, strict=True)) % 10 == int(d[8])


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def ihi(rng: random.Random) -> str:
    """Individual Healthcare Identifier: 16 digits, prefix 800360, Luhn."""
    body = "800360" + fill(rng, "#########")
    n = body + luhn_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


def ihi_ok(n: str) -> bool:
    d = n.replace(" ", "")
    return len(d) == 16 and d.startswith("800360") and luhn_ok(d)


# ---- Canada: BC PHN (mod 11), Manitoba PHIN, Alberta PHN, Saskatchewan HSN ------------------------------

_PHN_W = (2, 4, 8, 5, 10, 9, 7, 3)


def bc_phn_digit(body9: str) -> int | None:
    total = sum((int(c) * w) % 11 for c, w in zip(body9[1:9], _PHN_W, strict=True))
    check = 11 - total % 11
    return check if check < 10 else None


def bc_phn(rng: random.Random) -> str:
    while True:
        body = "9" + fill(rng, "########")
        check = bc_phn_digit(body)
        if check is not None:
            n = body + str(check)
            return f"{n[:4]} {n[4:7]} {n[7:]}"


def bc_phn_ok(n: str) -> bool:
    d = n.replace(" ", "")
    return len(d) == 10 and d.isdigit() and d[0] == "9" and bc_phn_digit(d[:9]) == int(d[9])


def provincial(rng: random.Random, abbr: str) -> str:
    if abbr == "BC":
        return bc_phn(rng)
    if abbr == "AB":
        return fill(rng, "%####-####")
    if abbr == "SK":
        return fill(rng, "%## ### ###")
    return fill(rng, rng.choice(["%## ### ###", "%########"]))  # Manitoba PHIN


# ---- US -------------------------------------------------------------------------------------------------


def npi(rng: random.Random) -> str:
    body = fill(rng, rng.choice(["1########", "2########"]))
    return body + luhn_digit("80840" + body)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and luhn_ok("80840" + n)


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + D


def mbi(rng: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N - A AN N - A A N N."""
    kinds = ["123456789", MBI_A, MBI_AN, D, MBI_A, MBI_AN, D, MBI_A, MBI_A, D, D]
    s = "".join(rng.choice(k) for k in kinds)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


# ---- transplant: waitlist, donor and match identifiers ----------------------------------------------------


def donor_id(rng: random.Random, loc: str) -> str:
    if loc == "US":
        return fill(rng, "@@@@%##")  # DonorNet style: four letters, three digits
    if loc == "UK":
        return fill(rng, "%#####")
    return fill(rng, rng.choice(["D%#-####", "%##-%###"]))


def waitlist_id(rng: random.Random, loc: str) -> str:
    if loc == "US":
        return fill(rng, "%######")
    if loc == "UK":
        return fill(rng, rng.choice(["R%#####", "%######"]))
    return fill(rng, "W%#####")


# ---- clinicians' registration numbers --------------------------------------------------------------------


def licence(rng: random.Random, loc: str, role: str = "doctor", region: str = "") -> str:
    if loc == "UK":
        patterns = {"doctor": ["%######", "7######"], "nurse": ["%#@####@"], "pharmacist": ["20#####"]}
        return fill(rng, rng.choice(patterns.get(role, ["%######"])))
    if loc == "AU":
        prefix = {"doctor": "MED", "nurse": "NMW", "pharmacist": "PHA"}.get(role, "MED")
        return prefix + fill(rng, "000%######")
    if loc == "NZ":
        return fill(rng, "%####") if role == "doctor" else fill(rng, "%#-#####")
    if loc == "CA":
        return fill(rng, "%####") if role == "doctor" else fill(rng, "%#####")
    return npi(rng)


# ---- device serials -------------------------------------------------------------------------------------


def serial(rng: random.Random, kind: str) -> str:
    return fill(rng, rng.choice({
        "hd": ["%@@@%####", "SN %#######", "%##@%####"],
        "pd": ["HCC%######", "%##@######", "CL%#######"],
        "pump": ["%####-##", "CADD%######", "%#@#####"],
        "cgm": ["%@@@@##@@@", "%#@#####@"],
    }[kind]))  # fmt: skip
