# ruff: noqa: E501  (hand-aligned data tables)
"""People and places of the thirtieth probe (names in running prose and chat): name lists, nicknames, towns
and streets invented or chosen for this probe (synthetic only; no real patient).

Two kinds of names:
- NAMES: given and family names of ten cultures (Anglo, Hispanic, West African, South Asian, East Asian
  romanised, Arabic romanised, Pacific, Slavic, Nordic, Indigenous North American). Checked against probes
  1-29 (test_probe30: no shared name word).
- WORD_GIVEN / WORD_FAMILY: names that are also ordinary English words (Hope, Will, Hunter, Young, ...).
  They are the point of the probe: the same words appear in other documents as ordinary words (keep
  phrases in corpus.WORD_KEEP). Earlier probes may use some of them; they are exempt from the
  independence check by design (the brief asked for exactly these words).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.engine.probe.people import K, P, Slot

__all__ = [
    "NAMES",
    "NICKS",
    "STREETS",
    "TOWNS",
    "WORD_FAMILY",
    "WORD_GIVEN",
    "K",
    "P",
    "Person",
    "Slot",
    "draw_person",
    "fill",
]  # fmt: skip

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Marlisse", "Tullia", "Tamsyn"], ["Crispian", "Ottwell", "Lovell"], ["Vanterpool", "Ashgrove", "Hollingrake", "Quarmby"]),
    "hispanic": (["Yaquelin", "Dulcinea", "Maripaz"], ["Ulises", "Teodoro", "Onesimo"], ["Quiroga", "Villalpando", "Montalvo-Yepes", "Sandoval"]),
    "west_african": (["Ekua", "Nanahemaa", "Adetoun"], ["Babajide", "Femi", "Kobina"], ["Asantewaa", "Adebisi-Cole", "Opoku", "Nwankwoala"]),
    "south_asian": (["Lavanya", "Sunanda", "Devika"], ["Sudarshan", "Jagdeep", "Vikrant"], ["Chattopadhyay", "Iyengar", "Ravindran", "Harsimranjit"]),
    "east_asian": (["Xiumei", "Jiwoo", "Meilin"], ["Minjun", "Jisung", "Haoyu"], ["Qiao", "Matsudaira", "Fujiwara", "Nakahara"]),
    "arabic": (["Nourhan", "Lujain", "Maysoon"], ["Anwar", "Bashir", "Ziyad"], ["Nassar", "Zureikat", "Tarabishi", "Shawwa"]),
    "pacific": (["Sinalei", "Ofa", "Heilala"], ["Manase", "Tanielu", "Soane"], ["Moengangongo", "Lolohea", "Tapueluelu", "Fonohema"]),
    "slavic": (["Ludmila", "Bozena", "Radka"], ["Zdenek", "Stanislav", "Vratko"], ["Hrabovsky", "Dvorakova", "Mazurek", "Sokolik"]),
    "nordic": (["Tove", "Gunvor", "Ylva"], ["Torbjorn", "Eskil", "Halvard"], ["Bjornstad", "Ekdahl", "Ravnsborg", "Nyborg"]),
    "indigenous": (["Winona", "Talulah", "Kimimela"], ["Chayton", "Hototo", "Ahanu"], ["Redhouse", "Yellowhair", "Nakaidinae", "Deschenie"]),
}  # fmt: skip

# nicknames a person "goes by" (drawn independently of the given name)
NICKS = ["Bibi", "Tobs", "Nessa", "Kiki", "Lulu", "Pipo", "Rafi", "Mimi", "Sonny", "Bea", "Didi", "Zaza", "Coco", "Fifi", "Gigi"]

# names that are also ordinary English words
WORD_GIVEN = {"f": ["Hope", "Faith", "Rose", "Dawn", "Sky", "Summer", "River", "Joy", "Autumn"],
              "m": ["Will", "Grant", "Hunter", "Miles", "Frank", "Bill", "Major", "King"]}  # fmt: skip
WORD_FAMILY = ["Hall", "Brown", "Young", "Love", "Rich", "King", "Hunter", "Grant"]

# small US towns (public), labelled ADDRESS when a person lives there; streets invented
TOWNS = [("Wahpeton", "North Dakota", "58###"), ("Ogallala", "Nebraska", "69###"), ("Kanab", "Utah", "84###"),
         ("Kayenta", "Arizona", "86###"), ("Tillamook", "Oregon", "97###"), ("Hayward", "Wisconsin", "54###"),
         ("Lordsburg", "New Mexico", "88###"), ("Roundup", "Montana", "59###"), ("Tonopah", "Nevada", "89###"),
         ("Pikeville", "Kentucky", "41###")]  # fmt: skip
STREETS = ["Quillon Row", "Marshmallow Bend", "Cobblenut Lane", "Tinderbox Court", "Gorsewood Drive",
           "Lanternfly Way", "Haybarrow Road", "Pickerel Point Street"]  # fmt: skip

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me"]
PHONES = ["(%##) %##-####", "%##-%##-####", "%##.%##.####", "+1 %## %## ####"]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    return "".join(
        rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@" else ch
        for ch in pattern
    )


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    nick: str
    phone: str
    email: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def draw_person(rng: random.Random, used: set[str], word: str = "") -> Person:
    """A person whose name words are not yet used in the document. `word`: "given" draws a word-name given
    name (Hope, Will), "family" a word-name family name (Young, Hall), "" names of the cultures only."""
    female = rng.random() < 0.5
    culture = rng.choice(sorted(NAMES))
    f, m, fam = NAMES[culture]
    givens = WORD_GIVEN["f" if female else "m"] if word == "given" else (f if female else m)
    families = WORD_FAMILY if word == "family" else fam
    given = rng.choice([g for g in givens if g not in used])
    family = rng.choice([x for x in families if x not in used and x != given])
    nick = rng.choice([n for n in NICKS if n not in used])
    used |= {given, family, nick, *family.split("-")}
    local = rng.choice([f"{given}.{family}", f"{given[0]}{family}", f"{given}{rng.randint(10, 99)}"])
    email = local.lower().replace("-", "") + "@" + rng.choice(EMAIL_DOMAINS)
    return Person(given, family, female, nick, fill(rng, rng.choice(PHONES)), email)
