# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the forty-second probe: US health-care billing, insurance and
collections text (synthetic only; no real patient, guarantor or staff member). Name words are drawn from Anglo,
Hispanic, African-American, Asian-American (Chinese, Japanese, Korean, Vietnamese, Filipino), Arab-American,
Native American, Eastern European and Pacific Islander naming, including given and family names that are also
English words (Unique, Velvet, Essence, Outlaw, Ivory, Tiger, Cypress, Jumper), combined at random: never a real
person. They were checked against every string of the people tables of probes 1-40 before any measurement
(test_probe42: no shared name word, town or street).

Towns, counties, streets, employers, payers, plans, hospitals, clinics, collection agencies, banks and
carriers are invented; states are real and are keep values when written alone. Medicaid programme names are
the real states' programme names (public, keep). Numbers are random; card numbers carry a valid Luhn digit,
routing numbers a valid ABA checksum, NPIs a valid check digit.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe42 import ids
from tests.engine.probe42.ids import fill

__all__ = ["ADULT", "NAMES", "STATES", "K", "P", "Person", "Slot", "State", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Annaliese", "Corisande", "Eglantine", "Fenella", "Ivybelle", "Jessamine", "Kittredge", "Nettie", "Ursula", "Dorinda", "Leonie", "Romilly", "Bettina", "Larkin", "Aurelie", "Everild"],
              ["Nathaniel", "Octavius", "Sylvester", "Griffin", "Nash", "Waylon", "Garrison", "Ansel", "Clement", "Grover", "Irving", "Jubal", "Newell", "Prentice", "Stanford", "Thurston", "Vernon"],
              ["Dunsmore", "Goodenough", "Hawksworth", "Inglewood", "Jellicoe", "Kingswell", "Northcutt", "Oakes", "Rathbone", "Stonebridge", "Yelverton", "Bramwell", "Chesterfield", "Edgecombe", "Hartwell", "Langstaff", "Netherton", "Rowntree", "Upshaw", "Waddington", "Calloway", "Dunaway", "Estabrook", "Fortescue", "Gatewood"]),
    "hispanic": (["Karely", "Lizbeth", "Rocio", "Trinidad", "Viridiana", "Zulema", "Brisa", "Imelda", "Berenice", "Edelmira", "Felicitas", "Gumercinda", "Herlinda", "Iluminada", "Josefina", "Macrina", "Norma", "Violeta"],
                 ["Maximino", "Lisandro", "Efrain", "Aureliano", "Belisario", "Dagoberto", "Edmundo", "Gaudencio", "Isaias", "Jeronimo", "Ladislao", "Rutilio", "Sotero", "Zacarias"],
                 ["Castaneda", "Delgadillo", "Echevarria", "Hurtado", "Nevarez", "Ontiveros", "Quintero", "Sepulveda", "Urquidez", "Alcantar", "Barraza", "Gallegos", "Huerta", "Irigoyen", "Lucero", "Mancillas", "Quezada", "Rivera", "Tapia"]),
    "african_american": (["Breonna", "Daneisha", "Faviola", "Latonya", "Makeda", "Quianna", "Rashida", "Unique", "Velvet", "Zakiya", "Bernadine", "Deja", "Essence", "Latrice", "Nakia", "Octavia"],
                         ["Antwan", "Earvin", "Fredrick", "Kareem", "Nehemiah", "Otis", "Shaquille", "Terrell", "Vernell", "Woodrow", "Alonzo", "Bryson", "Cornell", "Montrell", "Roosevelt"],
                         ["Chisholm", "Dandridge", "Epps", "Freeman", "Grier", "Jeffries", "Kearse", "Lattimore", "Nesbitt", "Outlaw", "Ragland", "Toliver", "Venable", "Yancey", "Alford", "Coleman", "Drayton", "Gaither", "Holloman", "Ivory", "Jernigan"]),
    "asian_american": (["Soojin", "Yumiko", "Keiko", "Lanh", "Yuna", "Chiyo", "Sachiko", "Ayumi", "Wenqian", "Meixiu", "Sooyeon", "Rieko", "Noriko"],
                       ["Jaewon", "Minho", "Dongha", "Takeshi", "Jinwei", "Yusheng", "Katsuo", "Sungmin"],
                       ["Kwak", "Guan", "Khuu", "Mach", "Louie", "Quon", "Nishimoto", "Uyeda", "Higa", "Yoshioka", "Arakaki", "Oshiro", "Tamashiro", "Kaneshiro", "Cabrera", "Tabora", "Yambao"]),
    "arab_american": (["Basma", "Inas", "Jumana", "Lamia", "Samar", "Wafa", "Yasmeen", "Zeina"],
                      ["Adnan", "Fadi", "Hisham", "Imad", "Jamil", "Marwan", "Osama", "Samir", "Tarek", "Raed"],
                      ["Abboud", "Bazzi", "Chamoun", "Daher", "Fakhoury", "Ghanem", "Issa", "Jabbour", "Maalouf", "Saab", "Tannous", "Wehbe", "Yazbek", "Zogby", "Antoun", "Bitar", "Dagher", "Farhat", "Hamoud", "Karam", "Sayegh", "Shammas", "Zreik"]),
    "native_american": (["Sahkyo", "Wenonah", "Dyani", "Halona", "Istas", "Magena", "Shimasani", "Talise"],
                        ["Chaska", "Delsin", "Elan", "Istaqa", "Lonato", "Mato", "Ogima", "Wematin"],
                        ["Nez", "Swiftbird", "Redcloud", "Blackhorse", "Lonehill", "Tallbird", "Eaglefeather", "Jumper", "Billie", "Osceola", "Tiger", "Cypress", "Hummingbird", "Sixkiller", "Wildcat", "Chavis", "Locklear", "Oxendine"]),
    "eastern_european": (["Czeslawa", "Danuta", "Elzbieta", "Grazyna", "Irena", "Malgorzata", "Natalia", "Stanislawa", "Tetiana", "Zofia", "Zlata", "Milena", "Snezana"],
                         ["Henryk", "Mieczyslaw", "Ryszard", "Stanislaw", "Dmytro", "Milos"],
                         ["Brzezinski", "Dudek", "Fijalkowski", "Glowacki", "Jankowiak", "Lewandowicz", "Rybicki", "Trzcinski", "Wojcik", "Kowalenko", "Yaremko", "Zhukovsky", "Dvorak", "Prochazka", "Svoboda", "Novotny", "Horak", "Krejci", "Vesely"]),
    "pacific_islander": (["Sieni", "Talia", "Vailea", "Akanesi", "Lupe", "Iolana", "Nalani", "Kehaulani", "Nohealani", "Lokelani"],
                         ["Falani", "Kalani", "Koa", "Alapaki", "Lopeti", "Paea", "Feleti", "Tomasi"],
                         ["Maka", "Kauhane", "Keawe", "Kekumu", "Nohea", "Puahi", "Kapule", "Faumuina", "Taumalolo", "Pulu", "Moala", "Ahoia", "Kioa", "Manu"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class State:
    abbr: str
    name: str  # keep alone, plain text inside an address line
    zip3: tuple[str, ...]  # ZIP prefixes
    towns: tuple[str, ...]  # invented towns (ADDRESS)
    counties: tuple[str, ...]  # invented counties (ADDRESS)
    medicaid: str  # the state's Medicaid programme (public, keep)
    cultures: tuple[str, ...]


STATES: dict[str, State] = {s.abbr: s for s in [
    State("NE", "Nebraska", ("683", "688", "691"), ("Calder Springs", "Ottley Flats", "Sandhill Crossing"), ("Loup Fork", "Wahoo Creek"), "Heritage Health", ("anglo", "hispanic", "eastern_european", "native_american", "african_american")),
    State("OK", "Oklahoma", ("730", "744", "747"), ("Redbud Hollow", "Cimarron Gap", "Keeler Bluff"), ("Washita Bend", "Kiamichi"), "SoonerCare", ("native_american", "anglo", "african_american", "hispanic")),
    State("NM", "New Mexico", ("870", "875", "880"), ("Ojo Tranquilo", "Piedra Moteada", "Canoncito Verde"), ("Rio Puerco", "Sierra Blanca"), "Centennial Care", ("hispanic", "native_american", "anglo", "arab_american")),
    State("MI", "Michigan", ("481", "484", "496"), ("Gitchewan Harbor", "Alderpoint", "Torchwood Bay"), ("Manitou", "Au Sable Forks"), "Healthy Michigan Plan", ("arab_american", "african_american", "eastern_european", "anglo", "asian_american")),
    State("GA", "Georgia", ("303", "310", "316"), ("Sweetgum Corners", "Ocmulgahee Springs", "Tillery Mill"), ("Ochlocknee", "Satilla"), "Georgia Families", ("african_american", "anglo", "hispanic", "asian_american")),
    State("WA", "Washington", ("981", "983", "988"), ("Chinook Narrows", "Alderbrook Landing", "Salal Point"), ("Hoh River", "Methow"), "Apple Health", ("asian_american", "pacific_islander", "anglo", "hispanic", "native_american", "eastern_european")),
    State("AZ", "Arizona", ("850", "853", "863"), ("Saguaro Wells", "Copper Wash", "Hackberry Tank"), ("Gila Bend", "Hassayampa"), "AHCCCS", ("hispanic", "native_american", "anglo", "arab_american")),
    State("MN", "Minnesota", ("553", "559", "566"), ("Nisswaka Harbor", "Sibley Bend", "Zizania Falls"), ("Ottertail Flats", "Pipestone Prairie"), "Medical Assistance", ("eastern_european", "asian_american", "anglo", "african_american", "native_american")),
    State("NC", "North Carolina", ("272", "278", "283"), ("Yadkeewa Gap", "Catawba Forks", "Haw Fields"), ("Lumbee River", "Uwharrie"), "NC Medicaid Direct", ("african_american", "native_american", "anglo", "hispanic")),
    State("HI", "Hawaii", ("967", "968"), ("Waiolena", "Kapuahale", "Makaiwa Heights"), ("Kohala", "Puna Makai"), "Med-QUEST", ("pacific_islander", "asian_american", "anglo")),
    State("TX", "Texas", ("765", "788", "799"), ("Guajillo Draw", "Bluebonnet Flats", "Caliche Springs"), ("Nueces Bend", "Llano Estacado"), "Texas Medicaid STAR", ("hispanic", "african_american", "anglo", "asian_american", "arab_american")),
    State("ND", "North Dakota", ("580", "583", "587"), ("Coteau Ridge", "Coneflower Junction", "Antelope Butte"), ("Sheyenne", "Turtle Mountain"), "North Dakota Medicaid Expansion", ("native_american", "eastern_european", "anglo")),
]}  # fmt: skip

STREETS = ("Broomcorn Mill Road", "Ploughwright Lane", "Capstan Court", "Quail Covey Drive", "Sassafrack Creek Road", "Gyrfalk Ridge Way",
           "Lamplighter Circle", "Corncrib Lane", "Muleshoe Trail", "Haybaler Court", "Granary Street", "Sextant Avenue",
           "Plowshare Drive", "Anvil Point Road", "Cattle Guard Lane", "Spindle Street", "Whetstone Avenue", "Kochia Loop",
           "Tegwether Drive", "Hullbarrow Court", "Mailboat Road", "Accipiter Lane", "Yokebeam Bend Road", "Planetree Shoals Drive",
           "Hitching Post Lane", "Grindstone Way", "Lantana Terrace", "Cephalanth Circle", "Saltlick Road", "Threshing Floor Lane")  # fmt: skip
UNITS = ("", "", "", " Apt 3B", " Unit 12", " Lot 44", " Apt 207", " Trlr 9")

# employers are NAME (Safe Harbor lists the names of a person's employers)
EMPLOYERS = ("Sidewall Tire & Lube", "Okra Creek Poultry", "Dunnage Freight Lines", "Copperhead Drywall", "Retortline Cannery",
             "Red Ochre Brickworks", "Meadowlark Staffing", "Proofbox Bakery", "Gooseneck Trucking", "Fiddlehead Organics",
             "Kilnhouse Pottery", "Lodestar Telemarketing", "Riprap Aggregates", "Hollowreed Dairy", "Sodbuster Landscaping",
             "Quillwork Casino", "Ridgecap Roofing", "Pinon Nut Growers Cooperative", "Sunfish Bait & Tackle", "Nightjar Patrol",
             "Cacklebury Egg Farm", "Stovepipe Welding", "Blacktopper Asphalt", "Trawlboard Shrimp Co", "Gypsum Hills Wind Farm",
             "Scribefit Log Homes", "Barnswallow Daycare", "Keelboat Marine Supply", "Palomino Feed Store", "Flatiron Sheet Metal")  # fmt: skip

EMAIL_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
    "hotmail.com",
    "comcast.net",
    "protonmail.com",
)


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    dob: date
    state: State
    phone: str
    phone2: str
    email: str
    house_no: int
    street_name: str
    unit: str
    town: str
    county: str
    zip: str
    employer: str
    ssn: str
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def street(self) -> str:
        return f"{self.house_no} {self.street_name}{self.unit}"


def _phone(rng: random.Random) -> str:
    return fill(rng, rng.choice(["(^#%) ^##-####", "^#%-^##-####", "^#%.^##.####", "(^#%) ^##-####"]))


def _pick(rng: random.Random, values: tuple[str, ...], used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


ADULT = (24 * 365, 78 * 365)


def draw_person(rng: random.Random, st: State, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = ADULT, family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person living in state `st` whose name words, street and employer are not yet used in the document;
    `family` gives a household member the head's family name, `home` the head's address."""
    female = rng.random() < 0.5 if female is None else female
    culture = rng.choice(st.cultures)
    fs, ms, fam = NAMES[culture]
    every = [g for f, m, _ in NAMES.values() for g in (f if female else m)]
    given = rng.choice(
        [g for g in (fs if female else ms) if g not in used] or [g for g in every if g not in used]
    )
    if family is None:
        family = rng.choice(
            [x for x in fam if x not in used] or [x for *_, xs in NAMES.values() for x in xs if x not in used]
        )
    used |= {given, family}
    dob = ref - timedelta(days=rng.randint(*age_days))
    dom = rng.choice(EMAIL_DOMAINS)
    g, f = given.lower(), family.lower().replace("-", "")
    local = rng.choice(
        [f"{g}.{f}", f"{g[0]}{f}{dob.year % 100:02d}", f"{f}.{g}{rng.randint(1, 99)}", f"{g}{f[0]}{dob.year}"]
    )
    if home is not None:
        house_no, street_name, unit, town, county, zip_ = (
            home.house_no,
            home.street_name,
            home.unit,
            home.town,
            home.county,
            home.zip,
        )
    else:
        house_no = rng.randint(12, 9870)
        street_name = _pick(rng, STREETS, used)
        unit = rng.choice(UNITS)
        town = _pick(rng, st.towns, used)
        county = rng.choice(st.counties)
        zip_ = rng.choice(st.zip3) + fill(rng, "##")
        used |= {street_name, town}
    employer = _pick(rng, EMPLOYERS, used)
    used.add(employer)
    w = Person(given, family, female, dob, st, _phone(rng), _phone(rng), f"{local}@{dom}", house_no, street_name, unit,
               town, county, zip_, employer, ids.ssn(rng))  # fmt: skip
    w.addr = (P("ADDRESS", w.street), ", ", P("ADDRESS", w.town), f", {st.abbr} ", P("ZIP", w.zip))
    return w
