"""Synthetic people for probe 3: name cultures and places neither earlier probe used, mostly in US settings.

Name cultures: Mexican-American, Brazilian, Filipino, Nigerian (Yoruba/Hausa/Igbo), Tamil/Gujarati,
Chinese (romanised, family name first), Pakistani, Levantine Arabic (romanised), Polish, Irish
(anglicised), Scottish, Welsh, Hawaiian, Samoan and Inuit. Every name is an invented combination and none
occurs in tests/engine/probe or tests/engine/probe2 (test_probe3 checks). Places: US towns with unit
designators, rural routes, highway contracts and PO boxes; military APO/FPO/DPO addresses; Canadian
(Nunavut, Nova Scotia, Saskatchewan), Mexican and Brazilian addresses. Towns are real (public); numbers,
postcodes, phones and identifiers are random. Values are `P(type, value)` (PHI) or `K(value)` (keep).
"""

from __future__ import annotations

import base64
import random
import string
from datetime import date, timedelta

from tests.engine.probe.people import P, Slot

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"
B64 = string.ascii_letters + D + "+/"

# culture: (female given, male given, family, family name first?)
NAMES: dict[str, tuple[list[str], list[str], list[str], bool]] = {
    "mx": (
        ["Yesenia", "Araceli", "Itzel", "Xóchitl", "Nayeli"],
        ["Rigoberto", "Heriberto", "Osvaldo", "Jesús Alberto", "Uriel"],
        ["Guadarrama Villaseñor", "Zepeda", "Ocampo-Treviño", "Barragán", "Tlapanco", "de la Garza"],
        False,
    ),
    "brz": (
        ["Francisca", "Lucivânia", "Rosângela", "Kelly Cristina"],
        ["Edivaldo", "Josué", "Reginaldo", "Wanderley"],
        ["Nogueira Lopes", "Brandão", "Queiroz", "Siqueira", "Damasceno"],
        False,
    ),
    "ph": (
        ["Marites", "Lorelei", "Cherrylyn", "Rowena"],
        ["Jomar", "Rommel", "Dindo", "Arnel"],
        ["Bautista-Lacson", "Dizon", "Macapagal", "Sumulong", "Gatdula"],
        False,
    ),
    "ng3": (
        ["Oluwakemi", "Hauwa", "Chidinma", "Titilayo"],
        ["Abubakar", "Olumide", "Ikechukwu", "Yakubu"],
        ["Adebayo-Coker", "Danjuma", "Ugwuanyi", "Oyelaran", "Nnamdi-Obasi"],
        False,
    ),
    "ta": (
        ["Meenakshi", "Hetal", "Revathi", "Sowmya"],
        ["Senthil", "Hitesh", "Murugan", "Jignesh"],
        ["Palaniappan", "Thakkar", "Ramasamy", "Natarajan", "Parikh"],
        False,
    ),
    "zh": (
        ["Xiaoling", "Ka Yan", "Yuqing", "Shu-Fen"],
        ["Jianguo", "Wing Kit", "Haoran", "Chun-Kit"],
        ["Zhou", "Wong", "Tsang", "Guo", "Leung"],
        True,
    ),
    "pk": (
        ["Sadia", "Rubina", "Ayesha Siddiqa", "Nighat"],
        ["Usman Ghani", "Zulfiqar", "Asad", "Shahid"],
        ["Qureshi", "Chaudhry", "Awan", "Malik-Rana", "Niazi"],
        False,
    ),
    "lv": (
        ["Rasha", "Dalia", "Hiba", "Lubna"],
        ["Abdelrahman", "Issam", "Wael", "Ziad"],
        ["Al-Zoubi", "Haddadin", "Bani Hani", "El-Khatib", "Qasem"],
        False,
    ),
    "po": (
        ["Bożena", "Jadwiga", "Krystyna", "Halina"],
        ["Leszek", "Mirosław", "Tadeusz", "Janusz"],
        ["Pietrzak", "Zając", "Sobczak", "Kaczmarek", "Chmielewski"],
        False,
    ),
    "ir": (
        ["Bridget", "Dympna", "Eimear", "Maeve"],
        ["Declan", "Fergal", "Colm", "Padraig"],
        ["Moriarty", "Fennelly", "O'Donoghue", "Kinsella", "McGillycuddy"],
        False,
    ),
    "sc": (
        ["Morag", "Kirsty", "Elspeth", "Ishbel"],
        ["Ewan", "Fraser", "Murdo", "Torquil"],
        ["Urquhart", "MacLeod-Ross", "Drummond", "Sinclair", "Buchanan"],
        False,
    ),
    "wl": (
        ["Angharad", "Gwenllian", "Eirlys", "Carys"],
        ["Gethin", "Iestyn", "Dafydd", "Emyr"],
        ["Pritchard", "Llewellyn", "Vaughan-Griffiths", "Prosser", "Bevan"],
        False,
    ),
    "hw": (
        ["Leilani", "Kalena", "Mahina", "Noelani"],
        ["Keoni", "Kawika", "Makoa", "Ikaika"],
        ["Kahananui", "Akana", "Kealoha", "Kamakau", "Nakoa"],
        False,
    ),
    "sm": (
        ["Losa", "Fetu", "Lagimaina", "Salote"],
        ["Sefo", "Tavita", "Ioane", "Mosese"],
        ["Tuilagi", "Faleolo", "Leiataua", "Sapolu", "Aumua"],
        False,
    ),
    "iu": (
        ["Nunia", "Ooleepeeka", "Elisapi", "Meeka"],
        ["Jaani", "Pauloosie", "Iqaluk", "Solomonie"],
        ["Qillaq", "Kilabuk", "Akavak", "Nowdlak", "Ipeelee"],
        False,
    ),
}

# US towns: (town, state abbreviation, ZIP prefix, area code)
US_TOWNS = [
    ("Hilo", "HI", "967", "808"),
    ("Waipahu", "HI", "967", "808"),
    ("Laredo", "TX", "780", "956"),
    ("Yakima", "WA", "989", "509"),
    ("Dearborn", "MI", "481", "313"),
    ("Hamtramck", "MI", "482", "313"),
    ("Scranton", "PA", "185", "570"),
    ("Duluth", "MN", "558", "218"),
    ("Tupelo", "MS", "388", "662"),
    ("Hialeah", "FL", "330", "305"),
    ("Fresno", "CA", "937", "559"),
    ("Edison", "NJ", "088", "732"),
]
US_STREETS = [
    "#### Alder Creek Dr Unit ##",
    "### W Oriole St Apt #",
    "##### State Hwy 59 Trlr ##",
    "Rural Route #, Box ###",
    "HC ## Box ####",
    "P.O. Box ###",
    "#### Lanakila St Bldg # Ste ###",
    "### Pinecrest Ct Lot ##",
    "## Juniper Hollow Rd #@",
    "#### Lilac Way Spc ##",
    "### E Tamarack Ave Fl #",
]
CA_PLACES = [  # (street patterns, town, province, postal code pattern, area code)
    (["Building ####, Apt #", "House ###"], "Iqaluit", "NU", "X0A #@#", "867"),
    (["Box ###", "House ##"], "Rankin Inlet", "NU", "X0C #@#", "867"),
    (["#### Creighton St Unit #", "### Quinpool Rd Suite ###"], "Halifax", "NS", "B3K #@#", "902"),
    (["### Avenue K South, Apt ###", "## Spadina Cres E"], "Saskatoon", "SK", "S7M #@#", "306"),
]
MX_PLACES = [  # (street patterns, town, state abbreviation)
    (["Calle Hidalgo ###, Col. Centro", "Av. Chapultepec ###, Int. #"], "Guadalajara", "Jal."),
    (["Calle 60 ### x 53 y 55, Col. Centro"], "Mérida", "Yuc."),
    (["Privada Macedonio Alcalá ##, Barrio de Jalatlaco"], "Oaxaca de Juárez", "Oax."),
]
BR_PLACES = [  # (street patterns, town, state, CEP pattern)
    (
        ["Rua Tupinambás, ### - apto ###", "Av. Afonso Pena, ####, sala ###"],
        "Belo Horizonte",
        "MG",
        "301##-###",
    ),
    (["Rua XV de Novembro, ####, casa #"], "Curitiba", "PR", "800##-###"),
    (["Av. Djalma Batista, ####, bloco @, apto ##"], "Manaus", "AM", "690##-###"),
]
MAIL_DOMAINS = ["yahoo.com", "hotmail.com", "protonmail.com", "hawaiiantel.net", "qiniq.com", "comcast.net"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TENS = {9: "ninety"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit (the first of a run never 0), '@' an upper-case letter."""
    out = []
    for i, c in enumerate(pattern):
        if c == "#":
            out.append(rng.choice(D if i and pattern[i - 1] == "#" else "123456789"))
        else:
            out.append(rng.choice("ABCEGHJKLMNPRSTVWXY") if c == "@" else c)
    return "".join(out)


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + D) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


_VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip(UP, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)),
}


def vin(rng: random.Random) -> str:
    """A 17-character North American VIN with a valid check digit (position 9) and a model year."""
    v = [rng.choice(UP + D) for _ in range(17)]
    v[0], v[9] = rng.choice("1345"), rng.choice("LMNPR")
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(_VIN_VAL[c] * w for c, w in zip(v, weights, strict=True)) % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def vin_ok(v: str) -> bool:
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(_VIN_VAL[c] * w for c, w in zip(v, weights, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


def gs1_check(body: str) -> str:
    """GS1 mod-10 check digit (weights 3,1 from the right) for a GTIN body."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def age_words(n: int) -> str:
    """90..99 in words ("ninety-three"); 100+ as "one hundred and two"."""
    if n >= 100:
        return "one hundred" + (f" and {UNITS[n - 100]}" if n > 100 else "")
    return TENS[9] + (f"-{UNITS[n - 90]}" if n > 90 else "")


def dob_forms(d: date) -> list[str]:
    m = MONTHS[d.month - 1]
    return [
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{m[:3]} {d.day}, {d.year}",
        f"{d.day:02d}{m[:3].upper()}{d.year}",
        f"{d.month}.{d.day}.{d.year}",
        f"{m} {d.day} {d.year}",
    ]


def visit_forms(d: date) -> list[str]:
    """Informal ways to write an encounter date; every one carries the day (Safe Harbor item 3)."""
    m = MONTHS[d.month - 1]
    return [
        f"{m} the {ordinal(d.day)}",
        f"{ordinal(d.day)} {m} '{d.year % 100:02d}",
        f"{m[:3]}. {d.day}",
        f"{d.month}/{d.day}",
        f"{ordinal(d.day)} of {m}",
        f"{d.day:02d}-{m[:3].upper()}-{d.year}",
        f"{m[:3]} {ordinal(d.day)}",
    ]


def _full(culture: str, given: str, family: str) -> str:
    return f"{family} {given}" if NAMES[culture][3] else f"{given} {family}"


def address(rng: random.Random, where: str) -> dict[str, Slot]:
    """Street, town (+ region as plain text), postcode and phone patterns for a place kind."""
    if where == "us":
        town, st, z3, area = rng.choice(US_TOWNS)
        return {
            "street": P("ADDRESS", fill(rng, rng.choice(US_STREETS))),
            "city": (P("ADDRESS", town), f", {st}"),
            "town": P("ADDRESS", town),
            "st": st,
            "zip": P("ZIP", z3 + digits(rng, 2, D) + (f"-{digits(rng, 4, D)}" if rng.random() < 0.4 else "")),
            "area": area,
        }
    if where == "mil":
        unit = rng.choice(["PSC ####, Box ####", "Unit #####, Box ####", "CMR ###, Box ####"])
        po = rng.choice([("APO AE", "090"), ("FPO AP", "966"), ("DPO AE", "091")])
        return {
            "street": P("ADDRESS", fill(rng, unit)),
            "city": po[0],
            "town": po[0].split()[0],
            "st": po[0].split()[1],
            "zip": P("ZIP", po[1] + digits(rng, 2, D)),
            "area": rng.choice(["757", "910"]),
        }
    if where == "ca":
        streets, town, prov, pc, area = rng.choice(CA_PLACES)
        return {
            "street": P("ADDRESS", fill(rng, rng.choice(streets))),
            "city": (P("ADDRESS", town), f" {prov}"),
            "town": P("ADDRESS", town),
            "st": prov,
            "zip": P("ZIP", fill(rng, pc)),
            "area": area,
        }
    if where == "mx":
        streets, town, st = rng.choice(MX_PLACES)
        return {
            "street": P("ADDRESS", fill(rng, rng.choice(streets))),
            "city": (P("ADDRESS", town), f", {st}"),
            "town": P("ADDRESS", town),
            "st": st,
            "zip": P("ZIP", digits(rng, 5)),
            "area": "+52 " + rng.choice(["33", "999", "951"]),
        }
    streets, town, st, cep = rng.choice(BR_PLACES)
    return {
        "street": P("ADDRESS", fill(rng, rng.choice(streets))),
        "city": (P("ADDRESS", town), f" - {st}"),
        "town": P("ADDRESS", town),
        "st": st,
        "zip": P("ZIP", fill(rng, cep)),
        "area": "+55 " + rng.choice(["31", "41", "92"]),
    }


def _phone(rng: random.Random, area: str) -> str:
    if area.startswith("+"):
        return f"{area} 9{digits(rng, 4, D)}-{digits(rng, 4, D)}"
    return rng.choice(
        [
            f"({area}) {digits(rng, 3, '2345678')}-{digits(rng, 4, D)}",
            f"{area}-{digits(rng, 3, '2345678')}-{digits(rng, 4, D)}",
            f"1 {area} {digits(rng, 3, '2345678')} {digits(rng, 4, D)}",
            f"+1.{area}.{digits(rng, 3, '2345678')}.{digits(rng, 4, D)}",
        ]
    )


def _pem_body(rng: random.Random) -> str:
    return "\\n".join(token(rng, 64, B64) for _ in range(3))


def person(rng: random.Random, culture: str, where: str) -> dict[str, Slot]:
    """Every slot a probe-3 template may name, for one person of `culture` living at a `where` address."""
    fem, male, families, _ = NAMES[culture]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    family = rng.choice(families)
    rel_given = rng.choice(male if female else fem)
    other_given = rng.choice([g for g in fem + male if g not in (given, rel_given)])
    other_family = rng.choice([f for f in families if f != family])
    addr = address(rng, where)
    area = str(addr["area"])
    dob = date(rng.randint(1925, 2019), rng.randint(1, 12), rng.randint(1, 28))
    visit = date(2023, 6, 1) + timedelta(days=rng.randint(0, 400))
    v2 = visit + timedelta(days=rng.randint(3, 30))
    v3 = v2 + timedelta(days=rng.randint(20, 90))
    local = "".join(c for c in given.split()[0].lower() if c.isascii() and c.isalpha())
    fam_local = "".join(c for c in family.split()[-1].lower() if c.isascii() and c.isalpha())
    tag = rng.choice(["+labs", "+portal", "+rx", ""])
    old = rng.randint(90, 99)
    ts = f"{visit.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    gtin = "0" + digits(rng, 12, "0")
    udi_exp = f"{(visit.year + 3) % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    sub = digits(rng, 7)
    jwt_body = base64.urlsafe_b64encode(f'{{"sub":"{sub}","role":"patient"}}'.encode()).decode().rstrip("=")
    card = "4" + digits(rng, 14, D)
    dl_state = rng.choice(["H" + digits(rng, 8, D), digits(rng, 8), "WDL" + token(rng, 9, UP + D)])
    return {
        "culture": culture,
        "female": "1" if female else "",
        "name": P("NAME", _full(culture, given, family)),
        "given": P("NAME", given),
        "GIVEN": P("NAME", given.upper()),
        "family": P("NAME", family),
        "FAMILY": P("NAME", family.upper()),
        "rel": P("NAME", _full(culture, rel_given, family)),
        "rel_given": P("NAME", rel_given),
        "other": P("NAME", _full(culture, other_given, other_family)),
        "street": addr["street"],
        "city": addr["city"],
        "zip": addr["zip"],
        "town": addr["town"],
        "st": addr["st"],
        "phone": P("PHONE", _phone(rng, area)),
        "mobile": P("PHONE", _phone(rng, area)),
        "mobile2": P("PHONE", _phone(rng, area)),
        "fax": P("FAX", _phone(rng, area)),
        "ext": (
            P("PHONE", _phone(rng, area)),
            rng.choice([" ext. ", " x", " ext ", ", ext "]),
            P("PHONE", digits(rng, 3)),
        ),
        "email": P("EMAIL", f"{local}.{fam_local}{tag}@{rng.choice(MAIL_DOMAINS)}"),
        "email_url": P("EMAIL", f"{local}.{fam_local}%2Bportal%40{rng.choice(MAIL_DOMAINS)}"),
        "email2": P("EMAIL", f"{fam_local}{dob.year % 100:02d}{tag or '+mychart'}@gmail.com"),
        "dob": P("DATE", rng.choice(dob_forms(dob))),
        "dob_iso": P("DATE", dob.isoformat()),
        "dob_child": P("DATE", rng.choice(dob_forms(date(2022, rng.randint(1, 12), rng.randint(1, 28))))),
        "dob_hl7": P("DATE", dob.strftime("%Y%m%d")),
        "dob_isoz": P("DATE", dob.isoformat() + "T00:00:00.000Z"),
        "dob_days": P("DATE", str((dob - date(1970, 1, 1)).days)),
        "visit_x12": P("DATE", visit.strftime("%Y%m%d")),
        "visit_nginx": P(
            "DATE", f"{visit.day:02d}/{MONTHS[visit.month - 1][:3]}/{visit.year}:{ts[11:19]} -1000"
        ),
        "visit": P("DATE", rng.choice(visit_forms(visit))),
        "visit2": P("DATE", rng.choice(visit_forms(v2))),
        "visit3": P("DATE", rng.choice(visit_forms(v3))),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit2_iso": P("DATE", v2.isoformat()),
        "visit_ts": P("DATE", ts),
        "visit_hl7": P(
            "DATE", visit.strftime("%Y%m%d") + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
        ),
        "visit_ms": P(
            "DATE", str(int((visit - date(1970, 1, 1)).total_seconds() * 1000) + rng.randint(0, 86399999))
        ),
        "old_age": P("AGE", str(old)),
        "old_words": P("AGE", age_words(old)),
        "mrn": P(
            "MRN",
            rng.choice(
                [f"E{digits(rng, 9)}", f"{digits(rng, 7)}-{rng.randint(0, 9)}", f"MR{digits(rng, 6)}"]
            ),
        ),
        "ssn": P(
            "SSN", f"{rng.randint(101, 665):03d} {rng.randint(10, 99):02d} {rng.randint(1000, 9999):04d}"
        ),
        "ssn_bare": P(
            "SSN", f"{rng.randint(101, 665):03d}{rng.randint(10, 99):02d}{rng.randint(1000, 9999):04d}"
        ),
        "ssn_dash": P(
            "SSN", f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
        ),
        "member": P("HEALTH_PLAN", f"{rng.choice('WUJR')}{digits(rng, 9)}{rng.choice(['', ' 01', '-02'])}"),
        "group": P("HEALTH_PLAN", f"{digits(rng, 6)}-{digits(rng, 3, D)}"),
        "dodid": P("HEALTH_PLAN", digits(rng, 11)),
        "nu_hc": P("HEALTH_PLAN", "1" + digits(rng, 8, D)),
        "nss": P(
            "HEALTH_PLAN",
            f"{digits(rng, 2)}-{digits(rng, 2, D)}-{digits(rng, 2, D)}-"
            f"{digits(rng, 4, D)}-{rng.randint(0, 9)}",
        ),
        "curp": P(
            "ID",
            f"{token(rng, 4, UP)}{dob.strftime('%y%m%d')}{'M' if female else 'H'}"
            f"{rng.choice(['JC', 'YN', 'OC'])}{token(rng, 3, 'BCDFGHJKLMNPRSTVZ')}"
            f"{rng.choice(D + 'A')}{rng.randint(0, 9)}",
        ),
        "cnic": P(
            "ID", f"{digits(rng, 5, '3456')}-{digits(rng, 7, D)}-{rng.choice('2468' if female else '1357')}"
        ),
        "nin": P("ID", digits(rng, 11)),
        "rg": P("ID", f"MG-{digits(rng, 2)}.{digits(rng, 3, D)}.{digits(rng, 3, D)}"),
        "sss": P("ID", f"{digits(rng, 2, '0123')}-{digits(rng, 7, D)}-{rng.randint(0, 9)}"),
        "account": ("HAR ", P("ACCOUNT", digits(rng, 10))),
        "account_bare": P("ACCOUNT", digits(rng, 12)),
        "card": P("ACCOUNT", card + luhn_digit(card)),
        "rx": P("ID", f"{digits(rng, 7)}-{digits(rng, 5, D)}"),
        "dl": P("LICENSE", dl_state),
        "plate": P(
            "VEHICLE",
            rng.choice(
                [fill(rng, "#@@@###"), fill(rng, "@@@-####"), fill(rng, "@@@ ###"), fill(rng, "##-@###")]
            ),
        ),
        "vin": P("VEHICLE", vin(rng)),
        "serial": P(
            "DEVICE",
            rng.choice(
                [
                    f"{token(rng, 3, UP)}{digits(rng, 8, D)}",
                    f"SN{digits(rng, 10)}",
                    f"{digits(rng, 4)}-{token(rng, 4, UP + D)}-{digits(rng, 4, D)}",
                ]
            ),
        ),
        "udi": P(
            "DEVICE",
            f"(01){gtin}{gs1_check(gtin)}(17){udi_exp}(10){token(rng, 2, UP)}{digits(rng, 5, D)}"
            f"(21){digits(rng, 9)}",
        ),
        "mac": P(
            "DEVICE",
            rng.choice(
                [
                    "-".join(f"{rng.randint(0, 255):02x}" for _ in range(6)),
                    ".".join(token(rng, 4, HEX) for _ in range(3)),
                ]
            ),
        ),
        "ipv4": P(
            "IP",
            f"{rng.choice([10, 100, 172, 198, 64])}.{rng.randint(16, 31)}."
            f"{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        ),
        "ipv6z": (
            P(
                "IP",
                f"fe80::{token(rng, 4, HEX)}:{token(rng, 2, HEX)}ff:"
                f"fe{token(rng, 2, HEX)}:{token(rng, 4, HEX)}",
            ),
            "%" + rng.choice(["eth0", "en0", "wlan1", "12"]),
        ),
        "ipv6": P("IP", f"2600:1700:{token(rng, 4, HEX)}:{token(rng, 3, HEX)}0::{token(rng, 2, HEX)}"),
        "chart_url": P(
            "URL",
            f"https://ehr.{rng.choice(['lanakila-health', 'northshore-peds', 'kivalliq-care'])}.example"
            f"/chart/{digits(rng, 8)}/notes#enc-{digits(rng, 6)}",
        ),
        "jwt": P(
            "CREDENTIAL",
            "eyJhbGciOiJSUzI1NiIsImtpZCI6InByb2JlMyJ9."
            + jwt_body
            + "."
            + token(rng, 86, string.ascii_letters + D + "-_"),
        ),
        "awskey": P("CREDENTIAL", "ASIA" + token(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        "awssecret": P("CREDENTIAL", token(rng, 40, string.ascii_letters + D + "/+")),
        "gcp_key_id": P("CREDENTIAL", token(rng, 40, HEX)),
        "pem": P(
            "CREDENTIAL", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + token(rng, 32, B64) + "\\n" + _pem_body(rng)
        ),
        "azure_key": P("CREDENTIAL", token(rng, 86, B64) + "=="),
        "dbpw": P("CREDENTIAL", token(rng, 5) + rng.choice("!~_") + token(rng, 9)),
        "dbpw2": P("CREDENTIAL", token(rng, 18, string.ascii_letters + D + "-_")),
        "twilio": P("CREDENTIAL", token(rng, 32, HEX)),
        "session": P("CREDENTIAL", token(rng, 32, "abcdefghijklmnopqrstuvwxyz" + D)),
        "stripe": P("CREDENTIAL", "rk_live_" + token(rng, 24)),
        "dob_year": str(dob.year),
    }
