"""Synthetic people, households, employers and places for probe 21: lists of our own, seeded draws.

Given and family names were written for this probe and checked against the name words of probes 1-20 (none
shared; test_probe21 checks). Employers are invented businesses, farms, schools and public bodies built from
stems of our own and an ordinary head noun ("Copperline Freight", "Bluestem Valley Dairy"); the whole name is
labelled NAME. Towns are real (public) small towns with their real county, written in each country's
postal format; townships, boroughs, neighbourhoods and precincts are real subdivisions; streets are
invented; house numbers, postcode tails, phones, e-mails and identifiers are random.

Values are `P(type, value)` (PHI), `K(value)` (must survive) or plain text; see corpus.py for the policy.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe21.ids import fill

__all__ = ["EMPLOYER_HEADS", "EMPLOYER_STEMS", "NAMES", "PLACES", "K", "P", "Slot", "date_forms", "person"]

# female given, male given, family
NAMES: tuple[list[str], list[str], list[str]] = (
    [
        "Marlys",
        "Delphine",
        "Oriana",
        "Verity",
        "Thomasina",
        "Hesper",
        "Lucinda",
        "Winifred",
        "Nell",
        "Mabry",
        "Arletta",
        "Bethany",
        "Corinna",
        "Dagny",
        "Eudora",
        "Felicity",
        "Gwyneth",
        "Honora",
        "Isadora",
        "Katarina",
        "Magdalena",
        "Noreen",
        "Perpetua",
        "Rosario",
        "Soledad",
        "Uyen",
        "Vanna",
        "Zenobia",
        "Faduma",
        "Maribel",
        "Lourdes",
        "Brigid",
        "Annelies",
        "Griet",
        "Saskia",
        "Maëlle",
        "Ilse",
        "Kirra",
        "Coralie",
    ],
    [
        "Cosmo",
        "Desmond",
        "Ellery",
        "Gideon",
        "Jerome",
        "Lazarus",
        "Mortimer",
        "Nestor",
        "Octavian",
        "Quentin",
        "Roderick",
        "Silas",
        "Vaughn",
        "Wendell",
        "Xavier",
        "Cuthbert",
        "Zebulon",
        "Abdiqani",
        "Thorvald",
        "Florian",
        "Benigno",
        "Casimir",
        "Duc",
        "Mikkel",
        "Anselm",
        "Ruairi",
        "Joris",
        "Bastiaan",
        "Lothar",
        "Gerhard",
        "Dashiell",
        "Leopold",
    ],
    [
        "Brightwater",
        "Castellano",
        "Eckhardt",
        "Habibi",
        "Gallardo",
        "Holloway",
        "Ingersoll",
        "Jablonski",
        "Nakashima",
        "Quartermaine",
        "Rasmussen",
        "Szczepanski",
        "Vanderpool",
        "Yarborough",
        "Zielinski",
        "Abernethy",
        "Bellweather",
        "Dewhurst",
        "Espinoza",
        "Fitzhugh",
        "Hargreaves",
        "Iwasaki",
        "Jovanovic",
        "Lachance",
        "Ostrowski",
        "Pelletier",
        "Quinlan",
        "Rutherford",
        "Stanislawski",
        "Underhill",
        "Ybarra",
        "Zamora",
        "Aldridge",
        "Halloran",
        "Colquhoun",
        "Ellsworth",
        "Featherstone",
        "Goodfellow",
        "Hathaway",
        "Ironside",
        "Jessop",
        "Kingsley",
        "Lockhart",
        "Northcott",
        "Oglethorpe",
        "Pickering",
        "Radcliffe",
        "Sotheby",
        "Upchurch",
        "Vickery",
        "Wetherby",
        "Ebbesen",
        "Ssempala",
        "Ferrier",
        "Brannigan",
        "Ouellette",
        "Desrosiers",
        "VanderMeer",
        "Brandt",
        "Hofmann",
        "Vogel",
        "Donnelly",
        "Fitzsimmons",
        "Okonjo",
        "Whitlam",
        "Dunstan",
        "Trevorrow",
    ],
)

# employers: a stem of our own + a head noun; the whole name is the employer's name (PHI, NAME)
EMPLOYER_STEMS = [
    "Copperline",
    "Bramblewood",
    "Ridgeback",
    "Quillfeather",
    "Tamarack",
    "Halcyon Bay",
    "Stonecrop",
    "Larkspur",
    "Ironbark",
    "Bluestem Valley",
    "Kestrel Point",
    "Sablewood",
    "Thornapple",
    "Wickersham",
    "Gullwing",
    "Marrowbone",
    "Pinecastle",
    "Silverhorn",
    "Tidewell",
    "Cobblefield",
    "Amberjack",
    "Duskwood",
    "Foxglove",
    "Hollyhock",
    "Quarrymoor",
    "Mossgiel",
    "Nettlebed",
    "Orchardgate",
    "Petrichor",
]
# (head, industry keep word, occupation keep phrase)
EMPLOYER_HEADS = [
    ("Freight Lines", "trucking", "long-haul driver"),
    ("Roofing & Siding", "construction", "roofer"),
    ("Dairy", "agriculture", "dairy hand"),
    ("Diner", "food service", "line cook"),
    ("Elementary School", "education", "second-grade teacher"),
    ("Feed & Seed", "retail", "stock clerk"),
    ("Precast", "manufacturing", "forklift operator"),
    ("Poultry", "meat processing", "deboning line worker"),
    ("Tire & Lube", "automotive service", "lube technician"),
    ("Cabinetry", "woodworking", "CNC router operator"),
    ("Staffing", "temporary staffing", "warehouse associate"),
    ("Hardware", "retail", "cashier"),
    ("Orchards", "agriculture", "seasonal picker"),
    ("Tool & Die", "manufacturing", "machinist"),
    ("Water District", "public utilities", "meter reader"),
    ("Assisted Living", "long-term care", "certified nursing assistant"),
    ("Brewing Company", "beverage manufacturing", "cellar operator"),
    ("Landscaping", "landscaping", "crew leader"),
    ("Bakehouse", "food manufacturing", "mixer operator"),
    ("Sawmill", "forestry", "sawyer"),
]

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


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: date) -> dict[str, str]:
    """One date in the renderings the documents use."""
    m = MONTHS[d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "usn": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "long": f"{m} {d.day}, {d.year}",
        "ab": f"{m[:3]} {d.day}, {d.year}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmyl": f"{d.day} {m} {d.year}",
        "dmab": f"{d.day:02d}-{m[:3]}-{d.year}",
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "ordl": f"the {_ord(d.day)} of {m} {d.year}",
        "mil": f"{d.day:02d}{m[:3].upper()}{d.year}",
    }


@dataclass(frozen=True, slots=True)
class Place:
    town: str
    county: str  # county, district, council area or Kreis (a subdivision smaller than a state)
    region: str  # state or province abbreviation, as an address writes it (plain text)
    region_name: str  # the state or province in prose (keep)
    post: str  # postcode pattern ('#' digit, '@' letter); US: the ZIP3 + '##'
    subdivisions: tuple[str, ...]  # townships, boroughs, neighbourhoods, precincts nearby
    lat: float
    lon: float


PLACES: dict[str, list[Place]] = {
    "US": [
        Place(
            "Tomah",
            "Monroe County",
            "WI",
            "Wisconsin",
            "546##",
            ("La Grange Township", "Precinct 4"),
            43.98,
            -90.50,
        ),
        Place(
            "Ephrata",
            "Lancaster County",
            "PA",
            "Pennsylvania",
            "175##",
            ("West Earl Township", "Akron Borough"),
            40.18,
            -76.18,
        ),
        Place(
            "Paragould",
            "Greene County",
            "AR",
            "Arkansas",
            "724##",
            ("Ward 3, Precinct 2", "the Reynolds Park area"),
            36.06,
            -90.50,
        ),
        Place(
            "Cullman",
            "Cullman County",
            "AL",
            "Alabama",
            "350##",
            ("Precinct 17", "the Hanceville area"),
            34.17,
            -86.84,
        ),
        Place(
            "Pella",
            "Marion County",
            "IA",
            "Iowa",
            "502##",
            ("Lake Prairie Township", "Precinct 2"),
            41.41,
            -92.92,
        ),
        Place(
            "Alamosa",
            "Alamosa County",
            "CO",
            "Colorado",
            "811##",
            ("Precinct 5", "the Westside neighborhood"),
            37.47,
            -105.87,
        ),
        Place(
            "Kearney",
            "Buffalo County",
            "NE",
            "Nebraska",
            "688##",
            ("Gibbon Township", "Precinct 11"),
            40.70,
            -99.08,
        ),
        Place(
            "Gallup",
            "McKinley County",
            "NM",
            "New Mexico",
            "873##",
            ("the Chapter of Tohatchi", "Precinct 27"),
            35.53,
            -108.74,
        ),
        Place(
            "Marquette",
            "Marquette County",
            "MI",
            "Michigan",
            "498##",
            ("Chocolay Township", "Sands Township"),
            46.54,
            -87.40,
        ),
        Place(
            "Hutchinson",
            "Reno County",
            "KS",
            "Kansas",
            "675##",
            ("Clay Township", "Ward 4 Precinct 6"),
            38.06,
            -97.93,
        ),
        Place(
            "Laramie",
            "Albany County",
            "WY",
            "Wyoming",
            "820##",
            ("the West Side neighborhood", "Precinct 7-2"),
            41.31,
            -105.59,
        ),
        Place(
            "Bozeman",
            "Gallatin County",
            "MT",
            "Montana",
            "597##",
            ("Four Corners", "Precinct 46"),
            45.68,
            -111.04,
        ),
        Place(
            "Hood River",
            "Hood River County",
            "OR",
            "Oregon",
            "970##",
            ("the Heights", "Odell"),
            45.71,
            -121.52,
        ),
        Place(
            "Wahpeton",
            "Richland County",
            "ND",
            "North Dakota",
            "580##",
            ("Center Township", "Precinct 3"),
            46.27,
            -96.61,
        ),
        Place(
            "Ruston", "Lincoln Parish", "LA", "Louisiana", "712##", ("Ward 1", "Precinct 12"), 32.52, -92.64
        ),
        Place(
            "Yankton",
            "Yankton County",
            "SD",
            "South Dakota",
            "570##",
            ("Utica Township", "Precinct 9"),
            42.87,
            -97.40,
        ),
        Place(
            "Brainerd",
            "Crow Wing County",
            "MN",
            "Minnesota",
            "564##",
            ("Oak Lawn Township", "Baxter"),
            46.36,
            -94.20,
        ),
        Place("Cody", "Park County", "WY", "Wyoming", "824##", ("Wapiti", "Precinct 10"), 44.53, -109.06),
    ],
    "CA": [
        Place(
            "Camrose",
            "Camrose County",
            "AB",
            "Alberta",
            "T4V #@#",
            ("Ward 2", "the Mount Pleasant neighbourhood"),
            53.02,
            -112.83,
        ),
        Place(
            "Rimouski",
            "MRC de Rimouski-Neigette",
            "QC",
            "Quebec",
            "G5L #@#",
            ("the Sacré-Coeur district", "Pointe-au-Père"),
            48.45,
            -68.52,
        ),
        Place(
            "Truro",
            "Colchester County",
            "NS",
            "Nova Scotia",
            "B2N #@#",
            ("Bible Hill", "Valley"),
            45.36,
            -63.28,
        ),
        Place(
            "Orillia",
            "Simcoe County",
            "ON",
            "Ontario",
            "L3V #@#",
            ("Ward 3", "Oro-Medonte Township"),
            44.61,
            -79.42,
        ),
        Place(
            "Cranbrook",
            "Regional District of East Kootenay",
            "BC",
            "British Columbia",
            "V1C #@#",
            ("Slaterville", "Gold Creek"),
            49.51,
            -115.77,
        ),
    ],
    "UK": [
        Place(
            "Keswick", "Cumberland", "", "England", "CA12 #@@", ("Portinscale", "Braithwaite"), 54.60, -3.13
        ),
        Place("Brecon", "Powys", "", "Wales", "LD3 #@@", ("Llanfaes", "Cradoc"), 51.95, -3.39),
        Place("Oban", "Argyll and Bute", "", "Scotland", "PA34 #@@", ("Dunbeg", "Soroba"), 56.41, -5.47),
        Place("Louth", "Lincolnshire", "", "England", "LN11 #@@", ("Keddington", "Legbourne"), 53.37, -0.00),
    ],
    "AU": [
        Place(
            "Dubbo",
            "Dubbo Regional Council",
            "NSW",
            "New South Wales",
            "2830",
            ("West Dubbo", "Wongarbon"),
            -32.24,
            148.60,
        ),
        Place(
            "Mildura",
            "Mildura Rural City",
            "VIC",
            "Victoria",
            "3500",
            ("Irymple", "Nichols Point"),
            -34.19,
            142.16,
        ),
        Place(
            "Bundaberg",
            "Bundaberg Region",
            "QLD",
            "Queensland",
            "4670",
            ("Bargara", "Kepnock"),
            -24.87,
            152.35,
        ),
        Place(
            "Launceston",
            "City of Launceston",
            "TAS",
            "Tasmania",
            "7250",
            ("Invermay", "Newstead"),
            -41.43,
            147.14,
        ),
    ],
    "IE": [
        Place("Tullamore", "County Offaly", "", "Ireland", "R35 @#@#", ("Arden", "Clonminch"), 53.27, -7.49),
        Place(
            "Longford",
            "County Longford",
            "",
            "Ireland",
            "N39 @#@#",
            ("Ballymahon Road", "Lisnamuck"),
            53.73,
            -7.80,
        ),
    ],
    "DE": [
        Place("Detmold", "Kreis Lippe", "", "Germany", "3275#", ("Hiddesen", "Heiligenkirchen"), 51.94, 8.88),
        Place(
            "Lüneburg",
            "Landkreis Lüneburg",
            "",
            "Germany",
            "2133#",
            ("Kaltenmoor", "Ochtmissen"),
            53.25,
            10.41,
        ),
    ],
    "NL": [
        Place(
            "Deventer",
            "gemeente Deventer",
            "",
            "the Netherlands",
            "74## @@",
            ("Colmschate", "Keizerslanden"),
            52.25,
            6.16,
        ),
        Place(
            "Steenwijk",
            "gemeente Steenwijkerland",
            "",
            "the Netherlands",
            "83## @@",
            ("Woldmeenthe", "Tuk"),
            52.79,
            6.12,
        ),
    ],
}

STREET_STEMS = [
    "Quarry Lark",
    "Pennywhistle",
    "Oxbow Bend",
    "Tinker Hollow",
    "Saddlebrook",
    "Cindermill",
    "Harrowgate",
    "Gorsebrook",
    "Sorrel Ridge",
    "Gristmill",
    "Lanternfly",
    "Bellflower Bend",
    "Cattail Marsh",
    "Hopvine",
    "Kilnworth",
    "Ploughshare",
    "Cedar Wick",
    "Thimbleberry",
    "Drovers Gap",
    "Wagonwheel",
]
STREET_TYPES = {
    "US": ["Rd", "Road", "Lane", "Ave", "Drive", "Ct", "Street"],
    "CA": ["Road", "Crescent", "Ave"],
    "UK": ["Lane", "Close", "Road"],
    "AU": ["Street", "Road", "Parade"],
    "IE": ["Road", "Lane"],
    "DE": [],
    "NL": [],
}
DE_NL_STREETS = {
    "DE": ["Kranichweg", "Brombeerweg", "Am Mühlbach", "Lindenhof"],
    "NL": ["Zwaluwstraat", "Hoefsmidlaan", "Korenbloemhof", "Veerweg"],
}

PHONES = {
    "US": ("(%##) %##-####", "%##-%##-####", "%##.%##.####", "+1 %##-%##-####"),
    "CA": ("(%##) %##-####", "%##-%##-####"),
    "UK": ("07### ######", "01### ######", "+44 7### ######"),
    "AU": ("04## ### ###", "(02) #### ####", "+61 4## ### ###"),
    "IE": ("08# ### ####", "+353 8# ### ####"),
    "DE": ("+49 15# ########", "05231 ######"),
    "NL": ("06-########", "+31 6 ########"),
}
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
    "hotmail.co.uk",
    "bigpond.com",
    "proton.me",
    "web.de",
    "ziggo.nl",
    "eircom.net",
    "sasktel.net",
]


def pick_place(rng: random.Random, loc: str) -> Place:
    return rng.choice(PLACES[loc])


def postcode(rng: random.Random, place: Place) -> str:
    return fill(rng, place.post)


def street_line(rng: random.Random, loc: str) -> str:
    if loc in DE_NL_STREETS:
        return f"{rng.choice(DE_NL_STREETS[loc])} {rng.randint(2, 140)}"
    n = rng.choice([str(rng.randint(3, 98)), str(rng.randint(100, 9899)), str(rng.randint(10000, 48999))])
    if loc != "US":
        n = str(rng.randint(1, 260))
    if loc == "AU" and rng.random() < 0.3:
        n = f"{rng.randint(1, 12)}/{rng.randint(2, 80)}"
    unit = (
        rng.choice(["", "", f" Apt {rng.randint(1, 30)}", f" Unit {rng.choice('ABCD')}"])
        if loc == "US"
        else ""
    )
    return f"{n} {rng.choice(STREET_STEMS)} {rng.choice(STREET_TYPES[loc])}{unit}"


def person(
    rng: random.Random,
    loc: str,
    today: date,
    age: tuple[int, int],
    avoid: set[str],
    female: bool | None = None,
    family: str | None = None,
) -> dict[str, Slot]:
    """A person whose name words are not in `avoid` (then added to it): names, dob, phone, e-mail."""
    fem, mal, fam = NAMES
    female = rng.random() < 0.5 if female is None else female
    for _ in range(200):
        given = rng.choice(fem if female else mal)
        surname = family or rng.choice(fam)
        if given not in avoid and (family or surname not in avoid):
            break
    avoid |= {given, surname}
    born = today - timedelta(days=rng.randint(age[0] * 365 + 5, age[1] * 365 + 300))
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    local = ascii_fold(f"{given}.{surname}".lower())
    local = rng.choice(
        [
            local,
            local.replace(".", "_") + str(born.year % 100),
            f"{given[0]}{surname}".lower() + str(rng.randint(2, 99)),
            ascii_fold(surname.lower()) + ascii_fold(given[:3].lower()),
        ]
    )
    return {
        "given": P("NAME", given),
        "family": P("NAME", surname),
        "name": P("NAME", f"{given} {surname}"),
        "inv": P("NAME", f"{surname}, {given}"),
        "INV": P("NAME", f"{surname.upper()}, {given.upper()}"),
        "NAME_UP": P("NAME", f"{given} {surname}".upper()),
        "initial": P("NAME", f"{given[0]}. {surname}"),
        "female": female,
        "born": born,
        "age": years,
        "phone": P("PHONE", fill(rng, rng.choice(PHONES[loc]))),
        "phone2": P("PHONE", fill(rng, rng.choice(PHONES[loc]))),
        "email": P("EMAIL", f"{ascii_fold(local)}@{rng.choice(MAIL_DOMAINS)}"),
        "he": "she" if female else "he",
        "He": "She" if female else "He",
        "his": "her" if female else "his",
        "His": "Her" if female else "His",
        "him": "her" if female else "him",
        "mr": ("Ms." if rng.random() < 0.6 else "Mrs.") if female else "Mr.",
    }


def employer(rng: random.Random, avoid: set[str]) -> tuple[str, str, str]:
    """(employer name, industry, occupation); no stem word reused within a document."""
    for _ in range(100):
        stem = rng.choice(EMPLOYER_STEMS)
        head, industry, job = rng.choice(EMPLOYER_HEADS)
        words = set(stem.split()) | set(head.split())
        if not words & avoid:
            avoid |= words
            return f"{stem} {head}", industry, job
    raise AssertionError("no employer left")
