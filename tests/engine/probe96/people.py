# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the ninety-sixth probe: EHR access-audit and privacy-monitoring text of US
health systems, what a privacy office reads (synthetic only; no real patient, employee, manager or officer).

Name words, drawn by the author from communities of the states the probe's health systems serve -- Cajun and
Creole Louisiana (old French given names, Acadian surnames), Appalachian Kentucky (old country given names),
Greek-American and Cape Verdean Massachusetts, Polish-American Illinois, Filipino- and Vietnamese-American
California, Somali-American Minnesota, Navajo Arizona, Lakota South Dakota (compound surnames of English words
and French-Lakota ones), Hawaiian and Samoan-American Hawaii. Combined at random: never a real person. Every
name word was checked against every string of the earlier probes' people tables (probes 1-93) before any
measurement (test_probe96), and replaced when it was there -- which ruled out nearly every common name of these
communities; the rarer real-world forms remain.

Towns and streets are invented; states are real and plain text inside an address. Numbers are random; SSN, NPI
and MBI carry their scheme's check digits or rules (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe96 import ids
from tests.engine.probe96.ids import fill

__all__ = ["NAMES", "STATES", "STREETS", "K", "P", "Person", "Slot", "State", "draw_person", "fill", "plain"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "cajun": (["Perpetue", "Emerante", "Cidalise", "Eusebie", "Aglae", "Euphemie", "Athenaise", "Doralise", "Olivette", "Lezima", "Marcelite", "Azelina",
               "Ozema", "Celima", "Eudalie", "Odeide", "Seraphine", "Palmyre", "Aspasie", "Zoraide", "Melasie", "Lodoiska", "Pelagie", "Oreline", "Lucinthe",
               "Idalie", "Anaide"],
              ["Ozeme", "Telesphore", "Zephirin", "Druzin", "Arcadius", "Boisclair", "Dorestan", "Sosthene", "Pamphile", "Arsene", "Onesime", "Leufroy",
               "Saturnin", "Azaire", "Euchariste", "Fostin", "Ophelien", "Deslonde", "Alexcee", "Nazaire", "Elzear", "Aurestil", "Darmas", "Onezin",
               "Florestan", "Philogene"],
              ["Hollier", "Veillon", "Bordelon", "Jeansonne", "Schexnayder", "Guidroz", "Landreneau", "Ledet", "Marceaux", "Rabalais", "Thevenot", "Trosclair",
               "Saucier", "Patin"]),
    "appalachian": (["Ellender", "Zelpha", "Vessie", "Lular", "Louvisa", "Serilda", "Minervie", "Nervie", "Zylphia", "Arvazena", "Delphy", "Lutitia",
                     "Sabrey", "Cynthy", "Leathie"],
                    ["Tivis", "Haskel", "Hargis", "Cletis", "Lige", "Ancil", "Cebern", "Brack", "Fess", "Linville", "Talt", "Vard", "Anse", "Bige", "Emby",
                     "Ulyss", "Wid", "Chalmer", "Flem", "Gilmer"],
                    ["Shular", "Gilliam", "Stamper", "Sammons", "Caudle", "Gullett", "Lewallen", "Mefford", "Wooton", "Yeary", "Zornes", "Deskins", "Frasure",
                     "Lockard", "Owsley", "Tincher", "Vires", "Damron", "Fraley"]),
    "greek": (["Thaleia", "Anastasoula", "Panoraia", "Rinio", "Pitsa", "Fofo", "Vaso", "Lemonia", "Sofoula", "Agathoniki", "Ermioni", "Marousa", "Eugenoula",
               "Dionysia", "Kleio", "Kassiani", "Chariklia", "Polytimi"],
              ["Taki", "Harilaos", "Yiannakis", "Diomidis", "Xenophon", "Perikles", "Paraskevas", "Polykarpos", "Ioakeim", "Anestis", "Mitsos", "Vasos",
               "Lampros", "Dinos", "Kimon", "Menelaos", "Fotis", "Nestoras", "Makis", "Thodoris"],
              ["Pappageorge", "Demopoulos", "Kyriakides", "Panagakos", "Kouvaris", "Skouras", "Diamandis", "Mastrogiannis", "Chrysanthopoulos", "Koumoundouros",
               "Angelides", "Psarakis", "Kourtakis", "Halvatzis", "Stathakis", "Lagakos", "Bouboulis", "Contos", "Kalivas", "Limberakis", "Markopoulos",
               "Nikolakakis", "Rigopoulos", "Sfikas", "Voutsinas", "Xydis", "Sgouros", "Fragakis", "Kakoulidis", "Bakalakos", "Foustanos", "Gerogiannis",
               "Kalamaras", "Loukopoulos", "Nomikos", "Orfanos", "Zacharakis", "Agrafiotis", "Boutsikaris", "Frangoulis", "Gavalas", "Kanellopoulos"]),
    "polish": (["Scholastyka", "Florentyna", "Wincentyna", "Mieczysława", "Klementyna", "Cecylia"],
               ["Ambroży", "Dionizy", "Alojzy", "Eustachy", "Gerwazy", "Protazy", "Wawrzyniec", "Sylwester", "Bonifacy", "Euzebiusz"],
               ["Ptaszynski", "Koziol", "Bednarz", "Chudzik", "Kluczynski", "Przywara", "Zbikowski", "Bieniek", "Gwozdz", "Kaczorowski", "Wypych", "Zyskowski",
                "Dudziak", "Fiedorowicz", "Golebiewski", "Kapusta", "Nieradka", "Piekarski", "Trzaska", "Wachowiak", "Bujak", "Cichon", "Drozdowski",
                "Ignatowicz", "Jurczyk", "Kurpiewski", "Okonski", "Wasik", "Zmuda", "Zwolinski"]),
    "filipino": (["Dangal", "Anacorita", "Urduja", "Hiyas", "Diwa", "Tanglaw", "Ilaw", "Lucresia"], ["Rizalino", "Potenciano", "Deogracias"],
                 ["Tabangay", "Binalay", "Calaguas", "Lagunzad", "Tagle", "Jimeno", "Regala", "Halili", "Dimatulac", "Tumang", "Bagtas", "Gacutan", "Lacanilao",
                  "Macabulos", "Paguio", "Riego", "Cacal", "Ramel", "Gumabao", "Lising", "Nuqui", "Tiglao", "Umipig"]),
    "vietnamese": (["Liễu", "Lệ", "Mỹ", "Phấn", "Quế", "Vy", "Trúc", "Uyển", "Mơ", "Nụ", "Lành", "Mừng", "Xinh", "Tâm"],
                   ["Mạnh", "Ngạn", "Nhựt", "Thiện", "Xuyên", "Bửu", "Chánh", "Nhơn", "Quới", "Sỹ", "Thông", "Vỹ", "Chương", "Giao", "Hoạt", "Lễ", "Quyền",
                    "Vọng", "Xương"],
                   ["Đỗ", "Viên", "Tiêu", "Âu", "Mông", "Lữ", "Mã", "Phó", "Tưởng", "Hà", "Lã", "Ôn", "Tạ", "Vi"]),
    "somali": (["Jawahir", "Naciima", "Saynab", "Timiro", "Yurub", "Ceebla"],
               ["Daahir", "Garaad", "Nuradin", "Rashiid", "Tahliil", "Waabari", "Hanad", "Libaan", "Abdishakur", "Dayib"],
               ["Gabobe", "Tarabi", "Haybe", "Igal", "Siyaad", "Tuuryare", "Barkhadle", "Caynaanshe", "Hufane", "Irbad", "Jirde", "Loyaan", "Nugaal",
                "Shiikh", "Taani", "Ainanshe", "Buux", "Calasow", "Dirir", "Horri"]),
    "navajo": (["Shideezhi", "Asdzaa", "Bidtah", "Dezbah", "Nascha", "Yazhi"], ["Ashkii", "Bidziil", "Niyol", "Atsa", "Hok'ee"],
               ["Dedman", "Kinlicheeny", "Todacheene", "Tapaha", "Tabaha", "Nezzie", "Yazza", "Bahe", "Shorty", "Watchman", "Keeswood", "Whitesinger",
                "Yabeny", "Claw"]),
    "lakota": (["Chumani", "Ehawee", "Magaskawee", "Winyan", "Tasina", "Wachiwi", "Anpaytoo", "Hinto", "Mapiya", "Takchawee", "Wanageeska"],
               ["Hehaka", "Wahchinksapa", "Tahca", "Anpao", "Mahpiya", "Wambleesha", "Hotah", "Kangee"],
               ["Kills Enemy", "Ghost Bear", "Bear Robe", "Whirlwind Horse", "Shoots Twice", "Takes Enemy", "Kills Crow", "Chasing Hawk", "Tall Mandan",
                "Pourier", "Mesteth", "Cuny", "Bettelyoun", "Ecoffey", "Giago", "Mousseau", "Rouillard", "Zephier"]),
    "hawaiian": (["Mililani", "Kuʻulei", "Hōkū", "Kalikolehua", "Anuhea", "Kawehi", "Iolani", "Malulani", "Nāpua", "Pililani", "Wailani", "Ānela", "Kaimiloa",
                  "Hoʻonani", "Emalia", "Lilinoe"],
                 ["Kaʻimi", "Keoki", "Kimo", "Pono", "Lōkahi", "Iokepa", "Hōʻalo", "Kealiʻi", "Liko", "Hiapo", "Kaʻeo"],
                 ["Kahanu", "Kaʻauwai", "Kaʻahanui", "Kahoʻohanohano", "Keomaka", "Pahia", "Kaleiwahea", "Kahaleuahi", "Kamealoha", "Kupau", "Kalaʻau",
                  "Keliʻihoʻomalu", "Kapahu", "Kaʻaihue", "Kealohanui", "Kaʻupu", "Makekau", "Nahaleʻa", "Kaʻawaloa", "Pilialoha", "Kamaʻe", "Hoʻopiʻi",
                  "Kahakui", "Naʻone", "Kamahele"]),
    "samoan": (["Fiafia", "Leuila", "Mafutaga", "Faʻamanu", "Lupelele", "Mamea", "Vaʻaiga", "Fuaʻala", "Luafata", "Atamai", "Filifili", "Sinaʻi", "Uila", "Tiresa"],
               ["Fuifatu", "Pesamino", "Ropati", "Fiti", "Vaʻaelua", "Taulaga", "Ioapo", "Maʻafala", "Afa"],
               ["Faʻalogo", "Sagapolutele", "Manumaleuna", "Tuiolosega", "Salaveʻa", "Fualaau", "Vaifanua", "Faleafine", "Iosia", "Leiato", "Peleseuma",
                "Unutoa", "Vaitai", "Alailima", "Galeai", "Satele", "Tofaeono", "Uperesa", "Nofoaiga", "Tiumalu", "Leapai"]),
    "capeverdean": (["Djamila", "Nelcida", "Lucélia", "Odete", "Valdira", "Adelcia", "Bebiana", "Crisolita", "Dinamene", "Euridice", "Gerusa", "Ilídia"],
                    ["Manecas", "Tchalo", "Zezinho", "Anildo", "Djidjé", "Benvindo", "Carlitos", "Eurico", "Fidélio", "Ildo", "Nhonhô", "Nilton", "Olavo"],
                    ["Baessa", "Figueira", "Silves", "Moeda", "Djassi", "Badiu", "Burgo", "Dupret", "Estrela", "Ortet", "Brazão", "Mosso"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class State:
    abbr: str
    zip: str  # ZIP pattern
    areas: tuple[str, ...]  # telephone area codes
    towns: tuple[str, ...]  # invented
    cultures: tuple[str, ...]


STATES: dict[str, State] = {
    "Louisiana": State("LA", "70###", ("337", "985"), ("Pointe Chaoui", "Coteau Grelot"), ("cajun", "vietnamese", "filipino")),
    "Kentucky": State("KY", "41###", ("606",), ("Sourwood Lick", "Catbriar Gap"), ("appalachian", "polish")),
    "Massachusetts": State("MA", "027##", ("508", "774"), ("Quahog Neck", "Marrowbone Falls"), ("greek", "capeverdean", "polish")),
    "Illinois": State("IL", "606##", ("773", "708"), ("Pulaski Sidings", "Wicker Slough"), ("polish", "greek", "filipino")),
    "California": State("CA", "951##", ("408", "714"), ("Artichoke Bend", "Plumcot Hollow"), ("vietnamese", "filipino", "samoan")),
    "Minnesota": State("MN", "554##", ("612", "651"), ("Cedar Skyway", "Riverbluff Terrace"), ("somali", "lakota", "polish")),
    "Arizona": State("AZ", "865##", ("928",), ("Chizhii Wash", "Sawmill Rim"), ("navajo",)),
    "South Dakota": State("SD", "577##", ("605",), ("Kiyuksa Flat", "Cedar Pass Coulee"), ("lakota",)),
    "Hawaii": State("HI", "967##", ("808",), ("Lehua Makai", "Pōhaku Iki Heights"), ("hawaiian", "samoan", "filipino")),
}  # fmt: skip
STREETS = {"Louisiana": ("%## Bayou Grelot Rd", "%# Chouteau Levee Dr"), "Kentucky": ("%### Sassafras Hollow Ln", "HC %# Box %##"),
           "Massachusetts": ("%# Quahog Wharf St Apt %", "%## Cranberry Sluice Rd"), "Illinois": ("%### W Kedzie Spur", "%### N Milwaukee Siding Apt %"),
           "California": ("%## Plumcot Slough Ct", "%### Apricot Levee Way"), "Minnesota": ("%### Cedar Skyway Ave S #%##", "%## Riverbluff Commons"),
           "Arizona": ("%## Chizhii Wash Rd", "NHA Housing %##"), "South Dakota": ("%## Wakpamni Lake Rd", "%# Kiyuksa Loop"),
           "Hawaii": ("%### Kamaile Hānai St", "%#-%## Lehua Makai Pl")}  # fmt: skip
MAILS = ("gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "hotmail.com")


@dataclass(slots=True)
class Person:
    given: str
    family: str
    culture: str
    female: bool
    dob: date
    state: str
    phone: str
    email: str
    line: str
    town: str
    zip: str
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return STATES[self.state].abbr


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a login."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(
        c for c in folded.lower().replace("đ", "d").replace("ł", "l") if c.isascii() and c.isalnum()
    )


def words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 2}


def draw_person(rng: random.Random, state: str, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None, any_culture: bool = False) -> Person:  # fmt: skip
    """One synthetic person living in `state`; no name word of an earlier person of the document (`used`) again."""
    st = STATES[state]
    culture = culture or rng.choice(list(NAMES) if any_culture else st.cultures)
    female = rng.random() < 0.5
    fs, ms, fams = NAMES[culture]
    pool = [g for g in (fs if female else ms) if not words(g) & used]
    if not pool:  # a small table borrows from the other communities
        pool = [g for c in NAMES.values() for g in c[0 if female else 1] if not words(g) & used]
    given = rng.choice(pool)
    used |= words(given)
    if family is None:
        free = [f for f in fams if not words(f) & used]
        family = rng.choice(free or [f for c in NAMES.values() for f in c[2] if not words(f) & used])
    used |= words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice(
        [f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}"]
    )
    email += "@" + rng.choice(MAILS)
    area = rng.choice(st.areas)
    phone = fill(rng, rng.choice([f"({area}) ^##-####", f"{area}-^##-####", f"{area}.^##.####"]))
    w = Person(
        given,
        family,
        culture,
        female,
        dob,
        state,
        phone,
        email,
        fill(rng, rng.choice(STREETS[state])),
        rng.choice(st.towns),
        fill(rng, st.zip),
    )
    w.ids = {"mrn": ids.mrn(rng), "hp": ids.mbi(rng) if (ref - dob).days > 65 * 365 else ids.member_id(rng), "ssn": ids.ssn(rng),
             "emp": ids.employee_id(rng), "npi": ids.npi(rng), "csn": ids.csn(rng)}  # fmt: skip
    return w
