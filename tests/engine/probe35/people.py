# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people of probe 35 (tabular and record dumps): inline lists of our own, seeded draws, no Faker.

Names are invented or uncommon combinations of given and family names of ten origins; towns and streets
are invented (plausible, but made up). Checked against probes 1-31 (test_probe35: no shared name word,
nickname, town or street). Every value is wrapped as `P(type, value)` (PHI) or `K(value)` (keep) by the
corpus when it is written, so a document records its labels.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe import ids as kit
from tests.engine.probe.people import K, P, Slot

__all__ = ["NAMES", "NICKS", "PLACES", "REF", "K", "P", "Person", "Slot", "draw_people", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + D
REF = date(2024, 6, 30)  # ages are counted at this day

# origin: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Marigold", "Millicent", "Drusilla"], ["Montague", "Septimus", "Humphrey"], ["Aldercott", "Fairbrass", "Hatherleigh", "Cattermole"]),
    "hispanic": (["Azucena", "Candelaria", "Consolata"], ["Segismundo", "Torcuato", "Florencio"], ["Bracamonte", "Zorrilla", "Valdelomar", "Iturralde"]),
    "german": (["Mechthild", "Gisela", "Notburga"], ["Ortwin", "Wendelin", "Adalbert"], ["Brunnhuber", "Steinmetzger", "Kaltenbach", "Rübsamen"]),
    "french": (["Mahaut", "Isaure", "Honorine"], ["Gautier", "Cyprien", "Barthélemy"], ["Lamarque", "Malenfant", "Courtemanche", "Lespinasse"]),
    "lusophone": (["Graciete", "Olímpia", "Jovelina"], ["Jurandir", "Deoclécio", "Otacílio"], ["Meirelles", "Castanheira", "Vilaça", "Portela"]),
    "west_african": (["Abimbola", "Yaaba", "Ifeyinwa"], ["Chidubem", "Adebowale", "Ayodeji"], ["Adegboyega", "Oyebanjo", "Oduro-Kwarteng", "Efunkoya"]),
    "south_asian": (["Chitralekha", "Padmini", "Ambalika"], ["Raghunath", "Dhananjay", "Vishwanath"], ["Vishwakarma", "Pattanaik", "Gundimeda", "Parthasarathy"]),
    "east_asian": (["Seoyeon", "Yeonwoo", "Xinyue"], ["Zhiwei", "Dohyun", "Tetsuya"], ["Nishikawa", "Hayashibara", "Sakuraba", "Takenouchi"]),
    "turkic_arabic": (["Dilara", "Nesrin", "Dareen"], ["Tarik", "Khalil", "Taner"], ["Yildirim", "Alshami", "Kahraman", "Alkhatib"]),
    "nordic_dutch": (["Liesbeth", "Jorunn", "Ingvild"], ["Sverre", "Bjarne", "Arnulf"], ["Lindholm", "Haugland", "Skjelbred", "Kloosterboer"]),
}  # fmt: skip

# origins drawn for a locale's documents (mixed: a German table holds Turkish and Dutch names too)
ORIGINS = {
    "us": sorted(NAMES),
    "de": ["german", "turkic_arabic", "nordic_dutch", "east_asian"],
    "es": ["hispanic", "west_african", "anglo", "lusophone"],
    "fr": ["french", "west_african", "turkic_arabic", "south_asian"],
    "br": ["lusophone", "hispanic", "east_asian", "german"],
}

NICKS = ["Marty", "Birdie", "Dobby", "Tiggy", "Nando", "Buzzy", "Lolo", "Nonny"]

# locale: (streets, towns with region and postcode pattern). All invented.
PLACES: dict[str, tuple[list[str], list[tuple[str, str, str]]]] = {
    "us": (["Ironweed Ln", "Copperbeech Ave", "Thornapple Ter", "Millrace Rd", "Sycamore Knoll Dr", "Wrenfield Ct", "Bramblegate Way", "Tallowmere St"],
           [("Cedarbrook Falls", "OH", "43###"), ("Ashby Mills", "PA", "17###"), ("North Carrowfield", "IA", "52###"), ("Pinecrest Landing", "GA", "31###"),
            ("Dunhollow", "KY", "42###"), ("East Wrexford", "VT", "05###"), ("Saltmarsh Point", "NC", "28###"), ("Larkmoor", "MN", "56###")]),
    "de": (["Am Kiefernhang", "Lerchenfeldstraße", "Mühlbachweg", "Schlehdornring"],
           [("Obertalheim", "BY", "9####"), ("Kranzbrück", "NI", "3####"), ("Lindenhagen", "BB", "1####")]),
    "es": (["Calle de los Almendros Altos", "Avenida del Cerro Verde", "Calle Tejedoras", "Paseo de la Alberquilla"],
           [("Villarejo del Pinar", "Cuenca", "16###"), ("Torrecilla de Abajo", "Soria", "42###"), ("Fuenmayor de Campos", "Palencia", "34###")]),
    "fr": (["Rue des Trois Moulins", "Chemin du Vieux Lavoir", "Impasse des Glycines Bleues", "Allée du Pré Fleuri"],
           [("Saint-Rémy-sur-Lorne", "Calvados", "14###"), ("Beaulieu-les-Vignes", "Gironde", "33###"), ("Montferrand-le-Haut", "Allier", "03###")]),
    "br": (["Rua das Amoreiras Velhas", "Travessa do Pombal Novo", "Avenida Jacarandá Roxo", "Rua Cajueiro Torto"],
           [("São Vicente do Agreste", "PE", "55###-###"), ("Vila Nova da Ribeira", "MG", "37###-###"), ("Santa Luzia do Cerrado", "GO", "75###-###")]),
}  # fmt: skip

PHONES = {
    "us": ["(%##) %##-####", "%##-%##-####", "%##.%##.####", "%#########", "+1 %##-%##-####"],
    "de": ["+49 15# #######", "017# ########", "0%## #######"],
    "es": ["+34 6## ### ###", "6########", "9## ## ## ##"],
    "fr": ["06 ## ## ## ##", "+33 7 ## ## ## ##", "07########"],
    "br": ["(%#) 9####-####", "+55 %# 9####-####", "%#9########"],
}
MAIL = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "web.de", "orange.fr", "uol.com.br"]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    return "".join(
        rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@" else ch
        for ch in pattern
    )


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-_"))


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def mbi(rng: random.Random) -> str:
    """Medicare Beneficiary Identifier shape: C A AN N A AN N A A N N."""
    c = rng.choice
    return "".join([c("123456789"), c(MBI_A), c(MBI_AN), c(D), c(MBI_A), c(MBI_AN), c(D), c(MBI_A), c(MBI_A), c(D), c(D)])


@dataclass(slots=True)
class Person:
    loc: str
    given: str
    family: str
    female: bool
    nick: str
    dob: date
    phone: str
    email: str
    street: str
    town: str
    region: str
    zip: str
    ssn: str
    natid: str  # the locale's national number (SSN in the US, NIR, DNI, CPF, KVNR)
    mrn: str
    member: str
    mbi: str
    account: str
    license: str

    @property
    def age(self) -> int:
        return REF.year - self.dob.year - ((REF.month, REF.day) < (self.dob.month, self.dob.day))


def _dob(rng: random.Random, old: bool) -> date:
    if old:  # 90 to 101 at REF
        return REF - timedelta(days=rng.randint(90 * 366, 101 * 365))
    return date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 72))


def draw_person(rng: random.Random, loc: str, used: set[str], old: bool = False) -> Person:
    """A person whose name words and identifiers are new to the document (`used`)."""
    female = rng.random() < 0.5
    f, m, fam = NAMES[rng.choice(ORIGINS[loc])]
    given = rng.choice([g for g in (f if female else m) if g not in used])
    family = rng.choice([x for x in fam if x not in used and x != given])
    nick = rng.choice([n for n in NICKS if n not in used])
    used |= {given, family, nick, *family.split("-")}
    dob = _dob(rng, old)
    streets, towns = PLACES[loc]
    town, region, zpat = rng.choice(towns)
    num = str(rng.randint(2, 9899))
    street = f"{num} {rng.choice(streets)}" if loc in ("us", "fr") else f"{rng.choice(streets)} {num}"
    if loc == "fr":
        street = f"{rng.randint(2, 120)} {rng.choice(streets)}"
    g, fm = ascii_fold(given).lower(), ascii_fold(family).lower().replace("-", "")
    local = rng.choice([f"{g}.{fm}", f"{g[0]}{fm}", f"{g}{fm[0]}{rng.randint(10, 99)}", f"{fm}.{g}{dob.year % 100:02d}"])
    natid = {
        "us": ssn(rng),
        "de": kit.kvnr(rng),
        "es": kit.dni(rng),
        "fr": kit.nir(rng, 2 if female else 1, dob.year, dob.month),
        "br": kit.cpf(rng),
    }[loc]
    return Person(
        loc=loc, given=given, family=family, female=female, nick=nick, dob=dob,
        phone=fill(rng, rng.choice(PHONES[loc])), email=f"{local}@{rng.choice(MAIL)}",
        street=street, town=town, region=region, zip=fill(rng, zpat), ssn=ssn(rng), natid=natid,
        mrn=fill(rng, rng.choice(["%#######", "E%######", "00%#####", "MR-%######", "%########"])),
        member=fill(rng, rng.choice(["XEH%########", "W%########", "ZGP%#######01", "@@@%########", "%##@@%####"])),
        mbi=mbi(rng),
        account=fill(rng, rng.choice(["%#########", "ACCT%#######", "G%#######", "%####-%####"])),
        license=fill(rng, rng.choice(["@#######", "@###-###-##-###-#", "@##-##-####", "%########"])),
    )  # fmt: skip


def draw_people(rng: random.Random, loc: str, n: int, used: set[str], n_old: int = 0) -> list[Person]:
    """`n` people of `loc`, the first `n_old` aged 90 or more."""
    return [draw_person(rng, loc, used, old=i < n_old) for i in range(n)]
