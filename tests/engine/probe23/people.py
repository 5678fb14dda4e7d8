# ruff: noqa: E501  (hand-aligned data tables)
"""People and places of the twenty-third probe: name lists, towns and streets of our own (invented for this
probe, synthetic only). No name word, town or street is used by probes 1-22 (checked in test_probe23)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot

__all__ = ["NAMES", "PLACES", "K", "P", "Person", "Slot", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "yoruba": (["Oreoluwanimi", "Titilayomi", "Ibukunoluwa", "Oluwaseyifunmi"], ["Babatunji", "Ayodamilare", "Akinwunmi"],
               ["Okunade", "Adeyomola-Falade", "Oyewusi", "Akinsanmi"]),
    "vietnamese": (["Thuyen Tramlinh", "Ngocdiep Thy", "Hoaithuong"], ["Quangvinh", "Ducthanhliem", "Khai Hung"],
                   ["Truongvu", "Luuvan", "Khuc", "Ninhbao"]),
    "polish": (["Bozenna", "Wieslawa", "Jadwisia"], ["Przemyslaw", "Zdzislaw", "Wojsław"],
               ["Szczepankiewicz", "Wrzesniewska", "Kolodziejczyk", "Brzeczyszczyk"]),
    "turkish": (["Gulbahar", "Sevgul", "Nurhayatim"], ["Kadircan", "Tugrulhan", "Erdogdu"],
                ["Karakoyunluoglu", "Yesilcimen", "Ozdemiroglu", "Sarikamis"]),
    "finnish": (["Ilmatar", "Sinikka", "Vuokko"], ["Jaakkima", "Tapani", "Eemeli"],
                ["Kettunen-Laaksonen", "Hirvisaari", "Ylikoski", "Pakarinen"]),
    "georgian": (["Tinikoiko", "Khatuna", "Mananiko"], ["Levaniko", "Zurabi", "Tengiz"],
                 ["Tseretelishvili", "Gvaramadze", "Chkheidzeli", "Kipiani"]),
    "somali": (["Hodanweyn", "Ubaxley", "Ladan"], ["Abdiwahaab", "Guleed", "Mahamuud"],
               ["Warsameh", "Samatarow", "Dirie", "Gurey-Hirsiyow"]),
    "tongan": (["Mele'ana", "Losaline", "Kalolaine"], ["Sionetoa", "Tevitamoli", "Siaosiuta"],
               ["Fifitalupe", "Havilikolo", "Taufahema", "Vaipulumoa"]),
    "haitian": (["Mariketly", "Rosemene", "Yveline"], ["Wilnerson", "Robenson", "Frantzy"],
                ["Pierrilus", "Dorsainvilier", "Mompremier", "Saintvilus"]),
    "quechua": (["Killari", "Sisaqoyllur", "Wayrakusi"], ["Amaruyupa", "Yupanqui", "Illapakuy"],
                ["Mamanisaya Quispilla", "Huamantupa", "Ccorihuaman", "Condori"]),
    "kazakh": (["Aigerimkul", "Zhuldyz", "Gulnaz"], ["Nurlanbek", "Yerzhan", "Daniyar"],
               ["Abenov", "Tokhtarbekov", "Seitkali", "Zhumabekova"]),
    "tamil": (["Thenmozhiyal", "Kayalvizhi", "Poongodi"], ["Ilangovel", "Senthamizh", "Kathiravan"],
              ["Arumugasamy", "Veerappan", "Pitchaimuthu", "Sundaralingam"]),
    "hungarian": (["Erzsebet", "Piroskane", "Boglarka"], ["Zsigmond", "Leventeh", "Botondka"],
                  ["Szekeres-Toth", "Bodnar", "Fekete-Kovacs", "Hajdu"]),
    "greek": (["Chrysoulitsa", "Paraskevi", "Evanthia"], ["Charalampos", "Spyridakis", "Panagiotopoulos"],
              ["Papadakis", "Kontogiannis", "Tsakalidou", "Manolopoulos"]),
    "hawaiian": (["Leilanikai", "Noelanihiwa", "Kapuamakamae"], ["Keonimana", "Makoaloa", "Kawikaolu"],
                 ["Kahananuimoku", "Kealohapau", "Akanaliloa", "Kamakauwila"]),
    "welsh": (["Angharadwen", "Eirlysfach", "Gwenllianna"], ["Iolowyn", "Gethinfab", "Meirion"],
              ["Prydderchog", "Gruffudd", "Rhysfab", "Llywelyn"]),
}  # fmt: skip

NICKS = ["Boo", "Sunbeam", "Pip", "Tinkbell", "Bugsy", "Peachpit", "Dodo", "Chipster", "Twiggles", "Birdwhistle", "Moxiebean"]


@dataclass(frozen=True, slots=True)
class Place:
    town: str
    region: str  # state or province (plain text inside an address)
    postcode: str  # fill() pattern
    country: str


PLACES: dict[str, list[Place]] = {
    "US": [Place("Pumpkin Center Flats", "ND", "58###", "US"), Place("Quarrystone Gap", "WV", "25###", "US"),
           Place("Larkhaven", "ID", "83###", "US"), Place("Bitterroot Crossing", "MT", "59###", "US"),
           Place("Gristmill Cove", "ME", "04###", "US"), Place("Tobacco Hollow", "KY", "42###", "US"),
           Place("Pecan Grove Landing", "MS", "39###", "US"), Place("Sagebrush Wells", "NV", "89###", "US"),
           Place("Owlhead Corners", "VT", "05###", "US"), Place("Coyote Tanks", "AZ", "85###", "US"),
           Place("Flintlock Ridge", "TN", "37###", "US"), Place("Muskrat Landing", "WI", "54###", "US")],
    "CA": [Place("Moose Jaw Narrows", "SK", "S#@ #@#", "CA"), Place("Tidewater Cove", "NS", "B#@ #@#", "CA")],
    "UK": [Place("Nether Wallop Green", "Hampshire", "SO## #@@", "UK"), Place("Little Snoring Fen", "Norfolk", "NR## #@@", "UK")],
    "AU": [Place("Wallaby Creek Flat", "NSW", "2###", "AU"), Place("Boolarra Downs", "VIC", "3###", "AU")],
}  # fmt: skip

STREETS = ["Gooseberry Lane", "Tamarack Spur", "Quince Orchard Way", "Cinder Mill Road", "Foxglove Terrace",
           "Hayloft Court", "Bramblebush Drive", "Weathervane Street", "Chokecherry Loop", "Sorrel Bend",
           "Windlass Avenue", "Kiln House Row", "Teasel Close", "Millrace Parade"]  # fmt: skip
HOUSE_COLOURS = ["blue", "yellow", "green", "white", "brick"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk"]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    return "".join(
        rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@" else ch
        for ch in pattern
    )


@dataclass(slots=True)
class Person:
    culture: str
    given: str
    family: str
    female: bool
    born: date
    number: int  # house number
    street: str
    place: Place
    postcode: str
    phone: tuple[str, ...]  # digit groups: ("555", "201", "3344")
    local: str  # e-mail local part
    domain: str
    nick: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _ascii(s: str) -> str:
    return "".join(c for c in s.casefold() if c.isalnum() and c.isascii())


def draw_person(rng: random.Random, used: set[str], country: str = "US", old: bool = False) -> Person:
    """A person whose name words are not in `used` (then added); an age under 90 unless `old`."""
    for _ in range(300):
        culture = rng.choice(sorted(NAMES))
        fem, mal, fam = NAMES[culture]
        female = rng.random() < 0.5
        given, family = rng.choice(fem if female else mal), rng.choice(fam)
        words = {w.casefold() for w in f"{given} {family}".replace("-", " ").split() if len(w) >= 3}
        if not words & used:
            used |= words
            break
    else:  # pragma: no cover
        raise RuntimeError("name lists exhausted")
    age = rng.randint(90, 99) if old else rng.randint(21, 84)
    born = date(2024, 6, 1) - timedelta(days=365 * age + rng.randint(20, 300))
    place = rng.choice(PLACES[country])
    if country == "UK":
        phone = ("07" + fill(rng, "%##"), fill(rng, "###"), fill(rng, "###"))
    elif country == "AU":
        phone = ("04" + fill(rng, "##"), fill(rng, "###"), fill(rng, "###"))
    else:
        phone = (fill(rng, "%##"), fill(rng, "%##"), fill(rng, "####"))
    g, f = _ascii(given), _ascii(family)
    local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{rng.randint(2, 99)}", f"{f}.{g[0]}"])
    return Person(culture, given, family, female, born, rng.randint(3, 96), rng.choice(STREETS), place,
                  fill(rng, place.postcode), phone, local, rng.choice(EMAIL_DOMAINS), rng.choice(NICKS))  # fmt: skip
