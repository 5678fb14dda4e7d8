# ruff: noqa: E501  (hand-aligned data tables)
"""People and places of the twenty-ninth probe (PHI inside code, fixtures, logs and data): name lists,
towns and streets invented for this probe (synthetic only). No name word, town or street is used by probes
1-28 (checked in test_probe29). Commit authors and LICENSE holders come from a separate list (AUTHORS):
they are neutral text, never a patient's or clinician's name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot

__all__ = ["AUTHORS", "NAMES", "STREETS", "TOWNS", "K", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Brisella", "Merriwen", "Jolisa", "Corabeth"], ["Thaddock", "Wendall", "Ransford", "Elmore"],
              ["Haverstock", "Quillington", "Marbury", "Pettigrove", "Lockhartt"]),
    "hispanic": (["Xochiquetzal", "Maribelén", "Rosaurita", "Yolitzin"], ["Eulogiano", "Tiburcino", "Crisóforo", "Abundiano"],
                 ["Ibarrazábal Sotomonte", "Quezadilla-Lira", "Maldonaldo", "Echeverrez", "Tolentoza Paz"]),
    "vietnamese": (["Xuyen Tham", "Loan Vy", "Ngat Huyen"], ["Khuyen Loc", "Thien Quy", "Phat Trieu"],
                   ["Giap", "Khong", "Ung", "Lieu"]),
    "yoruba": (["Oluwadarasimi", "Morolayo", "Titilayofunmi"], ["Adewunmiola", "Olumuyiwade", "Babajidesola"],
               ["Adeyemisi-Bakarey", "Ogunsanmiloye", "Olanrewajuade", "Ajibolade"]),
    "polish": (["Wiesłomira", "Bronimira", "Jadwinia"], ["Przemyślaw", "Zdzibor", "Bogumiłek"],
               ["Szczepanowicz-Lis", "Wróblewicz", "Grzegorzak", "Kołodziejczak"]),
    "greek": (["Eleftherousa", "Chrysanthoula", "Panagiotitsa"], ["Stavrakis", "Charalambidis", "Evangelinos"],
              ["Papadimitrakis", "Karagiannidou", "Tsakalotaki", "Xenopoulidis"]),
    "turkish": (["Gülizarnur", "Nurcihan", "Şebnemay"], ["Kadirhan", "Ertuğrulhan", "Oğuzalp"],
                ["Yılmazer", "Karabulutlu", "Demirkıranlı", "Öztürkmen"]),
    "tamil": (["Kalaivaniya", "Thenvizhiyal", "Yazhinimalar"], ["Senthilvadivel", "Ilamaran", "Murugavel"],
              ["Ramalingesan", "Thirunavukkarasiar", "Sivagnanam", "Kumaraguru"]),
    "finnish": (["Aulikki", "Tuulimarja", "Hillevi"], ["Eetu-Pekka", "Valtteri", "Aarni"],
                ["Räsäsenmaa", "Kyllönen", "Huttuskari", "Lehtomäki"]),
    "brazilian": (["Luzinete", "Josiclea", "Raimundinha"], ["Valdemiro", "Cleberson", "Josivaldino"],
                  ["Nascivento Tavora", "Figueiró", "Bezerrinha Lins", "Cavalcantino Mota"]),
}  # fmt: skip

# neutral: authors of commits and licence holders (not patients; never labelled, never scored)
AUTHORS = [
    "Dagmara Hollisford-Peake",
    "Ivo Brantsen",
    "Suvi Mäkinenko",
    "Rafe Oyelarde",
    "Noorin Haddadest",
    "Tobin Carraway",
]

# (town, state, ZIP pattern) invented towns with a state code (the state is plain text)
TOWNS = [("Quillfeather Springs", "OR", "97###"), ("North Ambervale", "OH", "43###"), ("Cobbleton", "NC", "27###"),
         ("Haskwood Falls", "MN", "55###"), ("Larkspur Bend", "TX", "78###"), ("Saltmarsh Ferry", "ME", "04###"),
         ("Osprey Landing", "FL", "33###"), ("Glenmourne", "PA", "15###"), ("Tindall Crossing", "KS", "66###"),
         ("Vellacourt", "WA", "98###"), ("Bramblewick", "VT", "05###"), ("Coppergate Hollow", "AZ", "85###")]  # fmt: skip
STREETS = ["Wicklestone Ave", "Burdock Lane", "Fennimore Ct", "Quarrystone Rd", "Tamsinvale Way", "Heronsgate Dr",
           "Marrowind St", "Pellham Loop", "Sorrelbrook Pl", "Kittering Blvd", "Alderspray Ter", "Nettlecombe Cir"]  # fmt: skip

D = "0123456789"


def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit (first of a run never 0), '@' an upper-case letter, 'a' a lower-case letter or digit."""
    out = []
    for i, c in enumerate(pattern):
        if c == "#":
            out.append(rng.choice(D if i and pattern[i - 1] == "#" else "123456789"))
        elif c == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
        elif c == "a":
            out.append(rng.choice("abcdefghijkmnopqrstuvwxyz23456789"))
        else:
            out.append(c)
    return "".join(out)


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    born: date
    phone: str
    email: str
    culture: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _phone(rng: random.Random) -> str:
    return fill(
        rng, rng.choice(["(###) ###-####", "###-###-####", "+1 ### ### ####", "###.###.####"])
    ).replace("(1", "(5")


def _mail_local(given: str, family: str, rng: random.Random) -> str:
    import unicodedata

    def fold(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha()).lower()

    g, f = fold(given), fold(family)
    return rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}{rng.randint(10, 99)}", f"{g}_{f[:4]}"])


def draw_person(
    rng: random.Random, used: set[str], age: tuple[int, int] = (1, 88), culture: str | None = None
) -> Person:
    """A person whose name words are not yet used in this document (labels stay unambiguous)."""
    while True:
        c = culture or rng.choice(sorted(NAMES))
        fem, mal, fam = NAMES[c]
        female = rng.random() < 0.5
        given, family = rng.choice(fem if female else mal), rng.choice(fam)
        words = set(given.replace("-", " ").split()) | set(family.replace("-", " ").split())
        if words & used:
            culture = None
            continue
        used |= words
        born = date(2024, 6, 1) - timedelta(days=rng.randint(age[0] * 365, age[1] * 365))
        domain = rng.choice(["mailbox.example", "fastpost.example", "inbox-mail.example", "kestrel.example"])
        return Person(
            given, family, female, born, _phone(rng), f"{_mail_local(given, family, rng)}@{domain}", c
        )
