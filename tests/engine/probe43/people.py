# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the forty-third probe: patients, relatives and clinicians whose data flows
through AI coding agents and LLM apps (synthetic only; no real patient or clinician). Name words come from
Georgian, Armenian, Icelandic, Sami and Greenlandic, Finnish, Estonian, Latvian and Lithuanian, Hungarian,
Romanian, Albanian, Greek, Maltese and Welsh, Yoruba, Igbo, Amharic, Somali, Zulu and Malagasy, Mongolian and
Kazakh, Tamil, Telugu, Bengali, Sinhala and Nepali, Thai, Khmer, Lao, Burmese, Indonesian, Malay, Maori and
Tongan, Quechua and Aymara, and Mexican naming, combined at random: never a real person. They were checked
against every string of the people tables of probes 1-42 before any measurement (test_probe43).

Towns, streets, hospitals and clinics are invented; states are real (plain text inside an address). Numbers are
random.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe43 import ids
from tests.engine.probe43.ids import fill

__all__ = ["ADULT", "NAMES", "STATES", "K", "P", "Person", "Slot", "State", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "caucasus": (["Nanuli", "Tamuna", "Eteri", "Lela", "Shorena", "Tsira", "Natela", "Gvantsa", "Mzia", "Rusudan", "Nune", "Armine", "Srbuhi"],
                 ["Gocha", "Merab", "Badri", "Paata", "Kakha", "Avtandil", "Aram", "Smbat", "Mher"],
                 ["Abashidze", "Mchedlishvili", "Dolidze", "Jgenti", "Khachidze", "Avagyan", "Ghukasyan", "Melkonyan", "Barseghyan", "Manukyan", "Karapetyan", "Aslanyan", "Shahinyan"]),
    "nordic": (["Ragnheidur", "Thorgerdur", "Hallbera", "Vigdis", "Eydis", "Bjarnheidur", "Steinunn", "Sunna", "Biret", "Ritva"],
               ["Skarphedinn", "Thorvaldur", "Gunnlaugur", "Sturla", "Grimur", "Ketill", "Nils", "Aslak", "Ailo", "Ande", "Inuk"],
               ["Sigurjonsdottir", "Hallgrimsson", "Thorbergsdottir", "Ragnarsson", "Steingrimsson", "Kristjansdottir", "Haraldsson", "Utsi", "Turi", "Kleist", "Lynge", "Petersen", "Olsen", "Kristiansen", "Berthelsen"]),
    "finnic_baltic": (["Pirkko", "Helmi", "Orvokki", "Oili", "Liivi", "Maie", "Sirje", "Urve", "Tiiu", "Malle", "Tuula", "Zenta", "Biruta", "Ausma", "Skaidrite", "Jurate", "Danute", "Birute"],
                      ["Yrjo", "Veikko", "Eino", "Toivo", "Arvo", "Kalevi", "Reino", "Heino", "Jaak", "Toomas", "Tiit", "Arvi", "Ilmars", "Juris", "Kestutis", "Rimantas", "Saulius"],
                      ["Kekkonen", "Ruotsalainen", "Heikkila", "Partanen", "Hyvonen", "Karjalainen", "Lehtinen", "Vainio", "Huttunen", "Rantanen", "Saar", "Tamm", "Kask", "Ilves", "Kuusk", "Rebane", "Lepik", "Lacis"]),
    "southeast_europe": (["Ilonka", "Rozalia", "Borbala", "Gizella", "Jolan", "Zsuzsa", "Floarea", "Lucretia", "Anca", "Catalina", "Mimoza", "Vjollca", "Shpresa", "Bardha", "Konstantina", "Evangelia", "Marthese", "Myfanwy"],
                         ["Imre", "Bela", "Lajos", "Sandor", "Bence", "Razvan", "Florin", "Fatos", "Gazmend", "Agron", "Bujar", "Petrit", "Censu", "Salvu", "Guzeppi"],
                         ["Halasz", "Bognar", "Szekely", "Moldovan", "Rusu", "Matei", "Hoxha", "Krasniqi", "Berisha", "Gashi", "Morina", "Kelmendi", "Rexhepi", "Hysa", "Georgiadis", "Chatzidakis", "Katsaros", "Oikonomou", "Vella", "Grech", "Attard", "Galea", "Caruana", "Gwynne", "Cadwalader"]),
    "african": (["Olufunke", "Voahirana", "Haingo", "Fanja"],
                ["Chukwudi", "Vusi", "Rindra", "Andry", "Tahina"],
                ["Akinola", "Nnaji", "Gebremariam", "Nuur", "Rakotomalala", "Andrianarivo", "Ravelomanana"]),
    "steppe": (["Oyunchimeg", "Bolormaa", "Saule"],
               ["Ganbold", "Tumurbaatar", "Erdenebat", "Munkh", "Askar", "Marat"],
               ["Batjargal", "Dorjsuren", "Enkhbayar", "Purevdorj", "Tokayev", "Kassymov", "Omarov"]),
    "south_asian": (["Sumathi", "Srilatha", "Sujatha", "Mousumi", "Chathurika", "Dilrukshi", "Nadeesha", "Sanduni", "Kamala"],
                    ["Karthikeyan", "Selvam", "Palani", "Nagarjuna", "Partha", "Sourav", "Chaminda", "Nuwan", "Thilina", "Ruwan", "Kasun", "Lasith", "Bishnu"],
                    ["Rajagopal", "Wickramasinghe", "Perera", "Gunawardena", "Senanayake", "Rajapaksa", "Dissanayake", "Shrestha", "Thapa", "Adhikari", "Koirala", "Pokharel"]),
    "southeast_asian_pacific": (["Sokha", "Chanthy", "Thandar", "Roslina", "Azizah", "Faridah", "Wikitoria", "Seini"],
                                ["Thanawat", "Kittisak", "Visal", "Sokun", "Thein", "Wahyu", "Haryanto", "Rosli"],
                                ["Chaiyaphum", "Sovannarith", "Chhim", "Vongsavath", "Sisouk", "Hartono", "Wibisono", "Halim", "Waititi", "Tomoana"]),
    "andean_mexican": (["Urpi", "Chabela", "Illari"],
                       ["Tupac", "Ayar", "Filemon"],
                       ["Choque", "Layme", "Oquendo", "Saldana", "Tamez"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class State:
    abbr: str
    zip3: tuple[str, ...]
    towns: tuple[str, ...]  # invented (ADDRESS)


STATES: dict[str, State] = {s.abbr: s for s in [
    State("OR", ("970", "973", "977"), ("Wickerbrook", "Fernhallow", "Quillby")),
    State("VT", ("050", "054", "057"), ("Ashgrove Ferry", "Cobblecrest", "Lindenmere")),
    State("KS", ("665", "672", "678"), ("Marrowbone Flats", "Dovecote Springs", "Starthistle")),
    State("WI", ("530", "537", "545"), ("Kettlewick", "Tamarack Shoals", "Owlhurst")),
    State("TN", ("370", "376", "383"), ("Bellwether Gap", "Thimbleton", "Quarrel Creek")),
    State("CO", ("802", "811", "816"), ("Larkspur Mesa", "Cindervale", "Juniper Ledge")),
    State("ME", ("040", "044", "048"), ("Gorsefield", "Hazelbury", "Saltmarsh Crossing")),
    State("IA", ("500", "515", "527"), ("Pennywhistle Bend", "Brackenridge Hollow", "Mossgiel")),
]}  # fmt: skip

STREETS = ("Tinderbox Lane", "Weathervane Road", "Cobweb Court", "Drumlin Drive", "Millrace Avenue", "Pipit Hollow Road",
           "Lichen Street", "Bellows Way", "Foxglove Terrace", "Chalkpit Lane", "Dragonfly Circle", "Ropewalk Street",
           "Stillwater Bend", "Barrelhoop Road", "Cardinal Flower Drive", "Lanternfly Court", "Coppice Avenue", "Oxbow Trail",
           "Haystack Loop", "Kingfisher Quay Road", "Snowberry Lane", "Wagonwheel Drive", "Thornapple Way", "Silo Ridge Road")  # fmt: skip
UNITS = ("", "", "", " Apt 4C", " Unit 17", " Apt 302", " #6")
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "fastmail.com")
ADULT = (24 * 365, 88 * 365)


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    dob: date
    phone: str
    phone2: str
    email: str
    street: str
    town: str
    stab: str
    zip: str
    ssn: str
    addr: tuple = field(default=())

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _phone(rng: random.Random) -> str:
    return fill(rng, rng.choice(["(^##) ^##-####", "^##-^##-####", "^##.^##.####", "+1 ^##-^##-####"]))


def draw_person(rng: random.Random, st: State, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = ADULT, family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in state `st` whose name words, street and town are not yet used in the document; `family`
    gives a relative the patient's family name, `home` the patient's address."""
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fam = NAMES[rng.choice(sorted(NAMES))]
    every = [g for f, m, _ in NAMES.values() for g in (f if female else m)]
    given = rng.choice([g for g in (fs if female else ms) if g not in used] or [g for g in every if g not in used])
    if family is None:
        family = rng.choice(
            [x for x in fam if x not in used] or [x for *_, xs in NAMES.values() for x in xs if x not in used]
        )
    used |= {given, family}
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = given.lower(), family.lower()
    local = rng.choice([f"{g}.{f}", f"{g[0]}{f}{dob.year % 100:02d}", f"{f}.{g}{rng.randint(1, 99)}", f"{g}{f[0]}{dob.year}"])
    if home is not None:
        street, town, zip_ = home.street, home.town, home.zip
    else:
        name = rng.choice([s for s in STREETS if s not in used])
        town = rng.choice([t for t in st.towns if t not in used] or list(st.towns))
        used |= {name, town}
        street = f"{rng.randint(12, 9870)} {name}{rng.choice(UNITS)}"
        zip_ = rng.choice(st.zip3) + fill(rng, "##")
    w = Person(given, family, female, dob, _phone(rng), _phone(rng), f"{local}@{rng.choice(EMAIL_DOMAINS)}",
               street, town, st.abbr, zip_, ids.ssn(rng))  # fmt: skip
    w.addr = (P("ADDRESS", w.street), ", ", P("ADDRESS", w.town), f", {st.abbr} ", P("ZIP", w.zip))
    return w
