# ruff: noqa: E501  (CJK characters are counted double-width)
"""Identifiers for probe 78 (random, synthetic) in their real shapes and, where the scheme has one, with a
valid check character: the mainland Chinese resident identity card (18 characters, ISO 7064 MOD 11-2), the
Taiwanese national identification number (letter, sex digit, seven digits and a weighted check digit), the
Hong Kong identity card (HKID, modulus 11 check character in brackets), the Japanese individual number
(マイナンバー, 12 digits, modulus 11 check digit) and health-insurer number (保険者番号, 8 digits, Luhn-style
検証番号), the Korean resident registration number and alien registration number (13 digits, weighted
modulus 11 check digit) and UnionPay bank card numbers (Luhn). Hospital record numbers, insurance card
numbers, licences, plates and device serials are random in each system's usual shape."""

from __future__ import annotations

import random
from datetime import date

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter, ~ a lower-case hex digit."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "~": HEX}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


# ---- mainland China --------------------------------------------------------------------------------------

_CN_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_PROVINCE_CODE = {"湖南省": "43", "四川省": "51", "江西省": "36", "山东省": "37", "广西壮族自治区": "45"}


def cn_check(body17: str) -> str:
    """ISO 7064 MOD 11-2 over the first 17 digits."""
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _CN_W, strict=True)) % 11]


def cn_resident_id(rng: random.Random, province: str, dob: date, female: bool) -> str:
    area = CN_PROVINCE_CODE[province] + fill(rng, "%#") + fill(rng, "%#")
    seq = fill(rng, "##") + rng.choice("02468" if female else "13579")
    body = f"{area}{dob:%Y%m%d}{seq}"
    return body + cn_check(body)


def cn_resident_id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and cn_check(s[:17]) == s[17]


def unionpay_card(rng: random.Random) -> str:
    body = rng.choice(["621700", "622848", "623668", "621226"]) + fill(rng, "############")
    n = body + luhn_digit(body)
    return rng.choice([n, " ".join(n[i : i + 4] for i in range(0, 19, 4))])


# ---- Taiwan ----------------------------------------------------------------------------------------------

TW_LETTER = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def tw_check(letter: str, digits8: str) -> str:
    code = TW_LETTER[letter]
    total = (
        code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(digits8, range(8, 0, -1), strict=True))
    )
    return str((10 - total % 10) % 10)


def tw_national_id(rng: random.Random, letter: str, female: bool) -> str:
    body = ("2" if female else "1") + fill(rng, "#######")
    return letter + body + tw_check(letter, body)


def tw_national_id_ok(s: str) -> bool:
    return (
        len(s) == 10
        and s[0] in TW_LETTER
        and s[1] in "12"
        and s[1:].isdigit()
        and tw_check(s[0], s[1:9]) == s[9]
    )


# ---- Hong Kong -------------------------------------------------------------------------------------------


def hkid_check(prefix: str, digits6: str) -> str:
    letters = [36] * (2 - len(prefix)) + [ord(c) - 55 for c in prefix]  # A=10 ... Z=35, a blank = 36
    total = (
        letters[0] * 9
        + letters[1] * 8
        + sum(int(c) * w for c, w in zip(digits6, range(7, 1, -1), strict=True))
    )
    r = (11 - total % 11) % 11
    return "A" if r == 10 else str(r)


def hkid(rng: random.Random) -> str:
    prefix = rng.choice(["A", "C", "D", "E", "G", "K", "P", "R", "V", "Y", "Z", "XA"])
    digits = fill(rng, "######")
    return f"{prefix}{digits}({hkid_check(prefix, digits)})"


def hkid_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not (s.endswith(")") and s[-3] == "("):
        return False
    head, check = s[:-3], s[-2]
    prefix, digits = head[:-6], head[-6:]
    return (
        1 <= len(prefix) <= 2
        and prefix.isalpha()
        and digits.isdigit()
        and hkid_check(prefix, digits) == check
    )


# ---- Japan -----------------------------------------------------------------------------------------------


def my_number_check(body11: str) -> str:
    total = 0
    for n, c in enumerate(reversed(body11), start=1):  # n = 1 is the digit left of the check digit
        total += int(c) * (n + 1 if n <= 6 else n - 5)
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def my_number(rng: random.Random) -> str:
    body = fill(rng, "%##########")
    n = body + my_number_check(body)
    return rng.choice([n, f"{n[:4]} {n[4:8]} {n[8:]}"])


def my_number_ok(s: str) -> bool:
    d = s.replace(" ", "").replace("-", "")
    return len(d) == 12 and d.isdigit() and my_number_check(d[:11]) == d[11]


JP_PREF_CODE = {
    "長野県": "20",
    "岩手県": "03",
    "新潟県": "15",
    "沖縄県": "47",
    "埼玉県": "11",
    "愛媛県": "38",
}


def insurer_number(rng: random.Random, pref: str, kind: str) -> str:
    """保険者番号: 法別番号 (01 協会けんぽ, 06 組合, 31 共済, 39 後期高齢者) + 都道府県番号 + 3 digits + 検証番号;
    a 国民健康保険 number is the last six of those (no 法別番号)."""
    body = {"kyokai": "01", "kumiai": "06", "kyosai": "31", "koki": "39", "kokuho": ""}[kind] + JP_PREF_CODE[
        pref
    ]
    body += fill(rng, "###")
    return body + luhn_digit(body)


def insurer_number_ok(s: str) -> bool:
    return len(s) in (6, 8) and luhn_ok(s)


# ---- Korea -----------------------------------------------------------------------------------------------

_KR_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def rrn_check(body12: str, foreigner: bool = False) -> str:
    total = sum(int(c) * w for c, w in zip(body12, _KR_W, strict=True))
    return str(((13 if foreigner else 11) - total % 11) % 10)


def rrn(rng: random.Random, dob: date, female: bool, foreigner: bool = False) -> str:
    """주민등록번호 (foreigner: 외국인등록번호, sex digit 5-8) YYMMDD-SBBBBNC with the weighted check digit."""
    sex = (1 if not female else 2) + (2 if dob.year >= 2000 else 0) + (4 if foreigner else 0)
    office = fill(rng, "#") + rng.choice("02468") if foreigner else fill(rng, "##")
    body = f"{dob:%y%m%d}{sex}{fill(rng, '##')}{office}{fill(rng, '#')}"
    return f"{body[:6]}-{body[6:]}{rrn_check(body, foreigner)}"


def rrn_ok(s: str) -> bool:
    d = s.replace("-", "")
    if len(d) != 13 or not d.isdigit():
        return False
    return rrn_check(d[:12], d[6] in "5678") == d[12]


KR_PLATE_SYLLABLES = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"


def kr_plate(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#", "%##"])) + rng.choice(KR_PLATE_SYLLABLES) + " " + fill(rng, "%###")


def ipv4(rng: random.Random) -> str:
    first = rng.choice([36, 58, 61, 110, 114, 121, 175, 211, 218])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
