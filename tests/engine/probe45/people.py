# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the forty-fifth probe: data shaped like what Synthea (the
open-source synthetic patient generator) writes and what people build from it (synthetic only; no real
patient or clinician). Name words are American (older rural and Appalachian given names, recent "-ayden"
names, African American, Hispanic, Japanese and Vietnamese American, Hawaiian and Navajo names), combined at
random: never a real person, and none taken from Synthea's own name lists. As Synthea writes them, given,
middle, family and maiden names carry a numeric suffix of one to three digits ("Cleora604 Kuykendall83");
documents people built from the output keep the digits or strip them. They were checked against every
string of the people tables of probes 1-44 before any measurement (test_probe45: no shared name word).

Towns, counties, county FIPS codes (the state's real two-digit prefix, an invented three-digit county),
street names, organisations and payers' member numbers are invented; states are real and are keep values
when written alone. Payer names are Synthea's generic ones (Medicaid, Medicare, Aetna ...). Numbers are
random and shaped like Synthea's: SSNs in the 999 range, "S999....." driver's licences, "X........X"
passports, "9999......" NPIs, version-4 UUIDs, 555 telephone numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe45.ids import fill, uuid4

__all__ = ["NAMES", "ORGS", "STATES", "K", "P", "Person", "Slot", "State", "draw_person", "fill"]

# group: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "white": (['Alvena', 'Ambrosia', 'Annabeth', 'Augustina', 'Berniece', 'Callista', 'Carleen', 'Cleora', 'Dorcas', 'Dovie', 'Earlene', 'Elmira', 'Elnora', 'Elvera',
               'Emmaline', 'Eula', 'Euna', 'Florrie', 'Genevieve', 'Gilda', 'Glenna', 'Idella', 'Jewell', 'Kenzie', 'Lenora', 'Leola', 'Letha', 'Lovie', 'Luella',
               'Madora', 'Minerva', 'Ollie', 'Ozella', 'Pearlie', 'Reba', 'Sallie', 'Selma', 'Sybil', 'Tressie', 'Vada', 'Velma', 'Verdie', 'Vernie', 'Willa',
               'Zella', 'Zona', 'Kaylee', 'Paisley', 'Oaklyn', 'Emberly', 'Kamryn', 'Jaycee', 'Addisyn', 'Raelynn', 'Mckenna', 'Tatum', 'Marcella', 'Harper'],
              ['Adelbert', 'Bradford', 'Caedmon', 'Cassius', 'Cordell', 'Denholm', 'Edsel', 'Elbert', 'Eldon', 'Estel', 'Everett', 'Ferris', 'Gaylord', 'Graydon',
               'Hershel', 'Isom', 'Junius', 'Leland', 'Lemuel', 'Norval', 'Odell', 'Olan', 'Omer', 'Ossie', 'Philo', 'Roscoe', 'Talmadge', 'Waldo', 'Wiley',
               'Winfield', 'Brayden', 'Ryker', 'Bentley', 'Kashton', 'Easton', 'Zayden', 'Kolton', 'Braxton', 'Lennox', 'Kyrie', 'Clarence', 'Lucius', 'Sherrill'],
              ['Ainsworth', 'Alcorn', 'Applegate', 'Arbogast', 'Ashcraft', 'Auxier', 'Bascom', 'Bledsoe', 'Bowlin', 'Brubaker', 'Burkhalter', 'Cantrell', 'Capshaw',
               'Carmody', 'Clendenin', 'Coldiron', 'Dalrymple', 'Edmondson', 'Elrod', 'Engebretson', 'Fairbanks', 'Faulkner', 'Flanagan', 'Fortenberry', 'Frizzell',
               'Fullerton', 'Gaddis', 'Gallimore', 'Garrity', 'Gilbreath', 'Goforth', 'Grissom', 'Hackworth', 'Halverson', 'Hargrove', 'Hatfield', 'Heffernan',
               'Huckabee', 'Hutchens', 'Isenhour', 'Kavanaugh', 'Keeling', 'Kincaid', 'Kirkendall', 'Lindquist', 'Macklin', 'McCorkle', 'McQuillan', 'Mulvaney',
               'Oglesby', 'Ormsby', 'Overstreet', 'Prichard', 'Rademacher', 'Ratliff', 'Scarborough', 'Shackleford', 'Sorensen', 'Spurlock', 'Sutterfield',
               'Swofford', 'Zeigler', 'Wisniewski', 'Sokolowski', 'Lindgren', 'Bergstrom', 'Dahlquist', 'Nordstrom', 'Hedlund', 'Sundberg', 'Vanderhoff',
               'Schoonover', 'Kuykendall', 'Ruckelshaus', 'Stoltzfus', 'Yoder', 'Hostetler', 'Zimmerly', 'Thorvaldsen', 'Ackerly', 'Altizer', 'Armentrout',
               'Blevins', 'Cagle', 'Chitwood', 'Dimmick', 'Fleenor', 'Fogleman', 'Greathouse', 'Hufstetler', 'Kegley', 'Lemaster', 'Mattingly', 'Muncy',
               'Rippetoe', 'Shumaker', 'Tarbox', 'Throckmorton']),
    "black": (['Jalisa', 'Lashonda', 'Zuri', 'Shantel', 'Quiana', 'Tyesha', 'Shaquana', 'Lakendra', 'Sharonda', 'Tameika', 'Ronisha', 'Yolonda', 'Jamesetta', 'Lavonda'],
              ['Dashawn', 'Jamarcus', 'Tavion', 'Keyshawn', 'Deondre', 'Marquise', 'Jaquan', 'Tyrese', 'Treyvon', 'Amari', 'Nasir', 'Jabari', 'Alphonso', 'Demarco',
               'Dontae', 'Tremaine', 'Javonte', 'Dequan', 'Ladarius'],
              ['Mosley', 'Bostic', 'Funderburk', 'Mcswain', 'Strickland', 'Wigfall', 'Brinkley', 'Ferebee', 'Gatling', 'Kornegay', 'Mebane', 'Overby', 'Sessoms',
               'Tyndall', 'Womack', 'Bazemore', 'Boyette', 'Dabney', 'Deloach', 'Gambrell', 'Haithcock', 'Hedgepeth', 'Inabinet', 'Jeffcoat', 'Mccants', 'Menefee',
               'Mobley', 'Pinckney', 'Poindexter', 'Quarles', 'Riddick', 'Spivey', 'Stallings', 'Whitmire', 'Youngblood']),
    "hispanic": (['Nohemi', 'Yazmin', 'Nayely', 'Rubi', 'Perla', 'Maritza', 'Belinda', 'Eustolia', 'Anselma', 'Altagracia'],
                 ['Sergio', 'Gumercindo', 'Lauro', 'Zeferino', 'Baudelio', 'Juvencio', 'Eutimio'],
                 ['Aguayo', 'Banuelos', 'Cardenas', 'Escamilla', 'Saucedo', 'Ortega', 'Zuniga', 'Dominguez', 'Echeverria', 'Granados', 'Irizarry', 'Mondragon',
                  'Ocasio', 'Quiroz', 'Tamayo', 'Urias', 'Yanez']),
    "asian": (['Hien', 'Baotran', 'Kavya', 'Nisha', 'Mieko', 'Emiko', 'Kazuko', 'Hisako', 'Reiko', 'Yuina', 'Hoku'],
              ['Dongwoo', 'Ishaan', 'Haruki', 'Kaito', 'Jinwoo', 'Keahi', 'Kiyoshi', 'Tsutomu', 'Yasuo', 'Nobuo'],
              ['Yoshimoto', 'Hamasaki', 'Inouye', 'Kawamoto', 'Okimoto', 'Tanabe', 'Yamashiro', 'Kamaka', 'Keakealani', 'Nakamoto', 'Tokuda', 'Nakasone']),
    "native": (['Kohana', 'Ayasha', 'Chitsa', 'Doli', 'Tahoma'],
               ['Hosteen', 'Naalnish', 'Nakai', 'Manuelito'],
               ['Redhorse', 'Littlefeather', 'Bigman']),
}  # fmt: skip
# Synthea's RACE / ETHNICITY columns and the FHIR displays (keep values)
RACE = {"white": ("white", "White", "2106-3"), "black": ("black", "Black or African American", "2054-5"),
        "asian": ("asian", "Asian", "2028-9"), "hawaiian": ("hawaiian", "Native Hawaiian or Other Pacific Islander", "2076-8"),
        "native": ("native", "American Indian or Alaska Native", "1002-5")}  # fmt: skip


@dataclass(frozen=True, slots=True)
class State:
    name: str
    abbr: str
    fips: str  # the real two-digit state FIPS code
    zips: tuple[int, int]  # ZIP3 range
    center: tuple[float, float]
    counties: dict[str, tuple[str, tuple[str, ...]]]  # county (ADDRESS) -> (three-digit county code, towns)


STATES: dict[str, State] = {s.name: s for s in [
    State("Massachusetts", "MA", "25", (10, 27), (42.25, -71.6), {
        "Tamsworth County": ("009", ("Quillhaven", "Copperbank", "North Sallowfield")),
        "Birchover County": ("013", ("Marrowby", "Greywater Falls", "Thistlebury")),
        "Cresswold County": ("027", ("Oxbrook", "Millbeck", "Rushmere Center"))}),
    State("Ohio", "OH", "39", (430, 458), (40.3, -82.8), {
        "Dormeville County": ("041", ("Briarwick", "Fallowmere", "Hollowbrook")),
        "Estlow County": ("077", ("Quarryville", "Elderbank", "West Wickerfield")),
        "Fenwold County": ("129", ("Pennycress", "Foxmoor", "Gallowglen"))}),
    State("Tennessee", "TN", "47", (370, 385), (35.8, -86.4), {
        "Gatesby County": ("015", ("Tinderbrook", "Ironwell", "Coldharbor")),
        "Hindlow County": ("063", ("Ravensford", "Hazelmoor", "Shadewell Gap")),
        "Jarrowfield County": ("151", ("Corriehill", "Emberton", "Fernhollow"))}),
    State("New Mexico", "NM", "35", (870, 884), (34.6, -106.1), {
        "Lorrimer County": ("007", ("Gorsefield", "Heathmere", "Kettleby")),
        "Mistlebrook County": ("033", ("Lindenmoor", "Marshby Wells", "Orchardvale")),
        "Norrow County": ("049", ("Pebbleford", "Rookwood Mesa", "Umberfield"))}),
    State("Oregon", "OR", "41", (970, 979), (44.3, -122.4), {
        "Ottersby County": ("011", ("Vetchley", "Willowmere", "Yarrowby")),
        "Pargeter County": ("043", ("Barleycroft", "Dapplebrook", "Eastwold")),
        "Quorndon County": ("059", ("Flaxton", "Glimmerby", "Hartsong"))}),
    State("Georgia", "GA", "13", (300, 319), (33.0, -83.6), {
        "Ribbleford County": ("025", ("Knotley", "Meadowsweet", "Osierton")),
        "Sandlow County": ("117", ("Pipersfield", "Redstart", "Sorrelton")),
        "Tolverne County": ("223", ("Upwold", "Whinmoor", "Bramblecote"))}),
    State("Wisconsin", "WI", "55", (530, 549), (44.6, -89.7), {
        "Ulcombe County": ("021", ("Deerpath", "Elmstead", "Ivyridge")),
        "Varrow County": ("067", ("Kingcup", "Lowater", "Mallowby")),
        "Wethermoor County": ("105", ("Rowanby", "Brindle Springs", "Harlowmere"))}),
]}  # fmt: skip
# Synthea's streets: a surname-like word and a Faker street suffix, a unit sometimes
STREET_BASES = ["Vollrath", "Oberholt", "Gruenwald", "Brandvold", "Lachmann", "Wendtland", "Rasmuson", "Treadway", "Brightwell", "Lofgren",
                "Strandberg", "Quaintance", "Okerlund", "Pettijohn", "Schwabauer", "Dettweiler", "Kreutzfeld", "Marquardt", "Heidebrecht", "Lindahl",
                "Fassbinder", "Kettelhut", "Niedermeyer", "Goetzinger", "Schaumburg", "Bittner", "Ruhland", "Stenhouse", "Vantassel", "Dunkelberger",
                "Hilgenberg", "Lautenschlager", "Munsterman", "Rauschenberg", "Tannehill", "Uhlmann", "Wallenstein", "Zuberbuhler", "Everding",
                "Feldkamp", "Grotefend", "Hackbarth", "Isaksen", "Jungbluth", "Koehnke", "Loeffelholz", "Mittelstadt", "Nussbaum"]  # fmt: skip
STREET_TYPES = ["Gateway", "Ramp", "Run", "Rapid", "Crossing", "Mill", "Ferry", "Knoll", "Vale", "Junction", "Light", "Port", "Passage",
                "Parade", "Camp", "Rue", "Overpass", "Landing", "Promenade", "Trace", "Bypass", "Spur", "Stravenue", "Esplanade", "Way",
                "Street", "Road", "Avenue", "Lane", "Court", "Heights", "Manor", "Grove", "Plaza", "Wall"]  # fmt: skip
UNITS = ["Unit %#", "Apt %#", "Suite %#", "Unit %", "Apt %", "Suite %##", "Unit %#"]
# organisations (keep) with their own towns (plain text, never a patient's town)
ORGS = ["LAKESIDE REGIONAL MEDICAL CENTER", "BLUESTEM PRIMARY CARE PC", "SILVER LARCH FAMILY HEALTH", "NORTHGATE COMMUNITY HOSPITAL",
        "PINE TERRACE MEDICAL GROUP", "RIVERBEND URGENT CARE LLC", "CEDAR KNOB PEDIATRICS", "GRANITE SPRINGS HEALTH CENTER",
        "TRILLIUM INTERNAL MEDICINE PC", "ASPENWOOD ORTHOPEDICS", "SUMMIT VIEW HOSPICE", "HERON BAY CARDIOLOGY ASSOCIATES"]  # fmt: skip
ORG_TOWNS = [
    "Pellingham",
    "Stallbridge",
    "Amberlow",
    "Bexwell",
    "Calderbrook",
    "Drummock",
    "Eskerby",
    "Frithbank",
    "Greavesly",
    "Hobbleton",
]
SPECIALTIES = [
    "GENERAL PRACTICE",
    "INTERNAL MEDICINE",
    "FAMILY MEDICINE",
    "CARDIOLOGY",
    "PEDIATRICS",
    "NURSE PRACTITIONER",
]
ENGINEER_DOMAINS = ["cohortlab.io", "healthdatacoop.org", "meridian-analytics.com", "uxresearch.dev"]


@dataclass(slots=True)
class Person:
    given: str
    family: str
    gd: str  # Synthea's numeric suffixes
    fd: str
    female: bool
    group: str
    race: str  # Synthea's RACE column value
    hispanic: bool
    dob: date
    state: State
    county: str
    town: str
    line: str
    zip: str
    lat: str
    lon: str
    phone: str
    uuid: str
    ssn: str
    drivers: str
    passport: str
    birth_town: str
    birth_state: str
    middle: str = ""
    md: str = ""
    maiden: str = ""
    maid: str = ""
    marital: str = ""
    prefix: str = ""
    suffix: str = ""
    dod: date | None = None

    @property
    def first(self) -> str:
        return self.given + self.gd

    @property
    def last(self) -> str:
        return self.family + self.fd

    @property
    def fips(self) -> str:
        return self.state.fips + self.state.counties[self.county][0]


def _words(name: str) -> set[str]:
    return set(name.split())


def _pick(
    rng: random.Random, values: list[str] | tuple[str, ...], used: set[str], fallback: list[str] | None = None
) -> str:
    """An unused value; when all are used, one of `fallback` (unused) or any value."""
    free = [v for v in values if not (_words(v) & used)]
    if not free and fallback is not None:
        free = [v for v in fallback if not (_words(v) & used)]
    return rng.choice(free or list(values))


def digits(rng: random.Random) -> str:
    """Synthea's suffix: one to three digits, mostly three."""
    return str(
        rng.choice(
            [
                rng.randint(100, 999),
                rng.randint(100, 999),
                rng.randint(100, 999),
                rng.randint(10, 99),
                rng.randint(1, 9),
            ]
        )
    )


def coord(rng: random.Random, center: float) -> str:
    """A Synthea geocode: fourteen-odd decimals."""
    v = center + rng.uniform(-0.9, 0.9)
    return f"{v:.{rng.randint(13, 15)}f}"


def draw_person(rng: random.Random, state: State, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (20 * 365, 85 * 365), family: str | None = None, group: str | None = None,
                home: Person | None = None, married: bool | None = None) -> Person:  # fmt: skip
    """A person in `state` whose name words are not yet used in the document (`family` / `home` fix a
    relative's family name and household)."""
    female = rng.random() < 0.5 if female is None else female
    if group is None:
        group = rng.choices(["white", "black", "hispanic", "asian", "native"], [52, 18, 16, 10, 4])[0]
    fs, ms, fam = NAMES[group]
    given = _pick(rng, fs if female else ms, used, NAMES["white"][0 if female else 1])
    if family is None:
        family = _pick(rng, fam, used, NAMES["white"][2])
    used |= {given, family}
    dob = ref - timedelta(days=rng.randint(*age_days), seconds=0)
    race = {"white": "white", "hispanic": "white", "black": "black", "native": "native"}.get(
        group
    ) or rng.choice(["asian", "asian", "hawaiian"])
    if home is not None:
        county, town, line, zip_, lat, lon = home.county, home.town, home.line, home.zip, home.lat, home.lon
    else:
        county = rng.choice(list(state.counties))
        town = _pick(rng, state.counties[county][1], used)
        used |= _words(town)
        base = _pick(rng, STREET_BASES, used)
        used.add(base)
        line = f"{rng.randint(1, 999)} {base} {rng.choice(STREET_TYPES)}"
        if rng.random() < 0.45:
            line += " " + fill(rng, rng.choice(UNITS))
        zip_ = f"{rng.randint(*state.zips):03d}{rng.randint(1, 99):02d}"
        lat, lon = coord(rng, state.center[0]), coord(rng, state.center[1])
    birth_state = state if rng.random() < 0.7 else rng.choice(list(STATES.values()))
    birth_town = _pick(rng, [t for c in birth_state.counties.values() for t in c[1]], used)
    used |= _words(birth_town)
    adult = (ref - dob).days > 18 * 365
    w = Person(given, family, digits(rng), digits(rng), female, group, race, group == "hispanic", dob, state, county, town, line,
               zip_, lat, lon, fill(rng, "555-%##-####"), uuid4(rng), fill(rng, "999-%#-####"),
               fill(rng, "S999%####") if adult else "", fill(rng, "X%#######X") if adult and rng.random() < 0.75 else "",
               birth_town, birth_state.name)  # fmt: skip
    if rng.random() < 0.4:
        w.middle = _pick(rng, fs if female else ms, used, NAMES["white"][0 if female else 1])
        w.md = digits(rng)
        used.add(w.middle)
    if adult:
        married = rng.random() < 0.6 if married is None else married
        w.marital = "M" if married else rng.choice(["S", "S", "D", "W"])
        w.prefix = ("Mrs." if married else "Ms.") if female else "Mr."
        if female and married:
            w.maiden = _pick(rng, fam, used, NAMES["white"][2])
            w.maid = digits(rng)
            used.add(w.maiden)
        if rng.random() < 0.06:
            w.suffix = rng.choice(["MD", "PhD", "JD"])
    return w


def clinician(rng: random.Random, state: State, used: set[str], ref: date) -> Person:
    return draw_person(rng, state, used, ref, age_days=(30 * 365, 66 * 365))
