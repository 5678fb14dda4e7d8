# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the fortieth probe: doctor-patient conversations and medical transcription
in US, UK, Canadian and Australian English (synthetic only; no real patient). Name words are drawn from Anglo,
Scots/Irish, Hispanic, African-American, South Asian (Sikh, Gujarati, South Indian), West Asian, East Asian,
Caribbean, First Nations / Native American, Aboriginal Australian and Eastern European naming, including given
names that are also English words (Journey, Ransom, Legend, Valor, Briar, Primrose, Serenity ...), combined at
random: never a real person. They were checked against every string of the people tables of probes 1-38
(test_probe40: no shared name word, pet name, town or street).

Towns, neighbourhoods, streets and employers are invented; states, provinces and countries are real and are
keep values when written alone. Numbers are random; an NHS number carries its modulus-11 check digit.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe40 import ids
from tests.engine.probe40.ids import fill

__all__ = ["ADULT", "COUNTRIES", "NAMES", "PETS", "Country", "K", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Marguerite", "Clementine", "Briony", "Sybilla", "Gwendolen", "Mabyn", "Blythe", "Primrose", "Honeysuckle", "Saffron", "Posy", "Constance", "Prudence", "Serenity", "Cadence", "Ember", "Everleigh", "Tinsley", "Hadley", "Whitley", "Sloane", "Celeste", "Linnet", "Ailsa", "Isla"],
              ["Journey", "Booker", "Fletcher", "Thatcher", "Alaric", "Rafferty", "Radley", "Sheridan", "Ransom", "Maverick", "Stetson", "Colter", "Ryder", "Boone", "Legend", "Valor", "Canyon", "Briar", "Blaze", "Flint", "Hawthorne", "Linden", "Zephyr", "Tate", "Beau", "Carver"],
              ["Wainwright", "Sowerby", "Braithwaite", "Gladwell", "Hetherington", "Illingworth", "Kettlewell", "Lockwood", "Marchbanks", "Nettleship", "Oddie", "Rushworth", "Scatchard", "Uttley", "Vickerman", "Yardley", "Dimmock", "Entwistle", "Fazackerley", "Gimson", "Ravenscroft", "Sidebottom", "Shufflebotham", "Oldroyd", "Murgatroyd", "Cropper", "Eccleston", "Garside", "Holroyd", "Ingleby", "Kershaw", "Mellor", "Nuttall", "Pilling", "Ramsden", "Sugden", "Tattersall", "Wadsworth", "Birtwistle", "Fielden", "Grimshaw", "Hindle", "Isherwood", "Pendlebury", "Thwaite", "Unsworth", "Ashcroft", "Haslam", "Crowther", "Sutcliffe", "McCrory", "Mackintosh", "Cruickshank", "Lamont"]),
    "hispanic": (["Rosaura", "Anabel", "Esmeralda", "Graciela", "Lupita", "Zoraida", "Belén", "Marlén", "Griselda", "Nereida", "Evangelina", "Leticia", "Fidelina", "Obdulia", "Eufemia", "Zenaida", "Maclovia", "Hortensia", "Oralia"],
                 ["Isauro", "Eleazar", "Delfino", "Herminio", "Rosendo", "Serafín", "Eliseo"],
                 ["Quiñónez", "Bañuelos", "Saldívar", "Rentería", "Valadez", "Cervantes", "Mendívil", "Olivárez", "Armendáriz", "Padilla", "Solórzano", "Zuñiga", "Carrasco", "Villarreal", "Escobedo", "Barajas", "Camacho", "Lozano", "Orozco", "Robledo", "Uribe", "Velázquez", "Yáñez", "Cárdenas", "Dávila", "Fierro", "Guajardo", "Hinojosa", "Ibarra", "Jáuregui", "Luján"]),
    "african_american": (["Journee", "Kenyatta", "Shameka", "Laquisha", "Dionne", "Lakeisha", "Zariah", "Kiara", "Serenity", "Cadence"],
                         ["Tyrell", "Demetrius", "Jaylen", "Kendrick", "Rashaad", "DeAndre", "Tavon", "Jalen", "Cleveland", "Legend", "Ransom", "Booker"],
                         ["Gadsden", "Whitlock", "Fairley", "Blakely", "Hollowell", "Mayfield", "Lockett", "Ingram", "Dorsey", "Staton", "Boykin"]),
    "south_asian": (["Tanvi", "Hemlata", "Niharika", "Savitha", "Kalpana", "Jyotsna", "Shobha", "Vasudha", "Sukanya", "Deepali", "Aparna", "Kamini", "Kamaljit", "Paramjit"],
                    ["Hardeep", "Jaswinder", "Balwinder", "Kuldeep", "Anirudh", "Harshad", "Nikhil", "Mohinder", "Sukhdev", "Tejinder", "Aravind", "Gopal", "Kishan", "Amarjit", "Sarbjit", "Jatinder", "Baljit", "Mandeep", "Inderjit", "Satnam", "Ranbir", "Dilraj", "Ajeet", "Mukesh", "Paresh", "Rakesh", "Ketan", "Vipul", "Bhupinder", "Narinder"],
                    ["Kapadia", "Mehta", "Trivedi", "Sodhi", "Sanghera", "Sahota", "Johal", "Atwal", "Thind", "Purewal", "Nijjar", "Bassi", "Gakhal", "Sidhu", "Rajagopalan", "Ganapathy", "Kurup", "Panicker", "Shenoy", "Kamath", "Bhandari", "Pandya", "Vora", "Shroff", "Dalal"]),
    "west_asian": (["Nour", "Leila", "Maysa"], ["Karim", "Walid", "Bassam"],
                   ["Sabbagh", "Darwish", "Hamdan", "Jaber", "Tahan", "Shaheen", "Kassab", "Hakimi", "Rahimi", "Karimi", "Mirzaei", "Shirazi"]),
    "east_asian": (["Xiaoyan", "Huifang", "Yuying", "Shuang", "Lihua", "Guiying", "Yufei", "Mingzhu", "Chunhua"],
                   ["Yichen", "Jianhua", "Tianyi", "Jinhai", "Baoping", "Wenjun"],
                   ["Fujimoto", "Ngai", "Yamazaki", "Yamashita", "Fukuda", "Okamoto", "Matsuda", "Nakano", "Harada", "Tamura", "Kaneko", "Wada", "Nakayama", "Ishida", "Ueda", "Morita", "Shibata", "Sakai", "Kudo", "Miyazaki", "Miyamoto", "Takagi", "Taniguchi", "Maruyama", "Takada", "Kawaguchi", "Kojima"]),
    "caribbean": (["Marvia", "Sophronia", "Claudette", "Hyacinth", "Beverley", "Joycelyn", "Winsome", "Merlene", "Lurline", "Pearline", "Maudlyn", "Carmeta", "Tresha-Kay", "Sasha-Gaye", "Shawna-Dian"],
                  ["Dalton", "Everald", "Carlton", "Lascelles", "Barrington", "Jovaughn", "Kerron", "Damion", "Neville", "Headley"],
                  ["McKenzie", "Ffrench", "Brissett", "Bromfield", "McFarlane", "Dacosta", "Ebanks", "Fagan", "Lindsay"]),
    "first_nations": (["Kiona", "Nakoma", "Aiyana", "Chenoa", "Tayanita", "Wichapi"],
                      ["Takoda", "Cheveyo", "Nodin", "Wapasha", "Enapay", "Kajika", "Ohitekah", "Sakej", "Yiska"],
                      ["Cornsilk", "Littlejohn", "Whitecloud", "Morningstar", "Tootoosis", "Bellegarde", "Okemaw", "Wuttunee", "Ahenakew", "Kakakaway", "Cheechoo", "Mukash", "Jimmiken", "Sylliboy", "Googoo", "Deleary", "Powless", "Doxtator", "Nanibush", "Odjig", "Kakepetum", "Beardy", "Keeshig", "Assinewe", "Peltier", "Kematch", "Laliberte", "Desjarlais", "Ladouceur", "Kinistino", "Delorme", "Merasty", "Dreaver", "Tsannie", "Mercredi"]),
    "aboriginal": (["Jirra", "Alinta", "Kaiah", "Marlee", "Tarni", "Yindi", "Jedda", "Koorine"],
                   ["Warrick", "Bunji", "Djalu", "Mundara"],
                   ["Nganbe", "Mununggurr", "Marika", "Kettlewell", "Gimson", "Ingleby", "Cropper", "Thwaite"]),
    "eastern_european": (["Bogdana", "Slavica", "Dragica", "Svitlana", "Genowefa", "Kazimiera", "Kateryna", "Lesya", "Orysia"],
                         ["Teodor", "Radoslaw", "Mirko", "Dusan", "Witold", "Sławomir", "Wiesław", "Kazimierz", "Petro", "Yevhen", "Fedir", "Hnat", "Hryhoriy"],
                         ["Wozniak", "Piotrowski", "Dabrowski", "Hrycak", "Shevchuk", "Boyko", "Petrenko", "Horvat", "Novak", "Kovačević", "Pawłowski", "Michalski", "Adamczyk", "Wieczorek", "Majewski", "Olszewski", "Jaworski", "Malinowski", "Witkowski", "Walczak", "Górski", "Rutkowski", "Sikora", "Szewczyk", "Tomaszewski", "Marciniak", "Zalewski", "Jakubowski", "Sadowski", "Borkowski", "Czarnecki", "Sawicki", "Kubiak", "Kucharski", "Kalinowski", "Wysocki", "Wasilewski", "Cieślak", "Zakrzewski", "Krajewski", "Gajewski", "Szymczak", "Baranowski", "Laskowski", "Makowski", "Kovalchuk", "Kravchenko", "Oliynyk", "Marchenko", "Savchenko", "Rudenko", "Pavlenko", "Levchenko", "Karpenko", "Ponomarenko", "Vlasenko", "Kuzmenko"]),
}  # fmt: skip

# pets are named in conversations ("who's feeding Biscuit?"): NAME, as household members' names
PETS = ["Biscuit", "Pickles", "Waffles", "Noodle", "Marmalade", "Clover", "Pepperoni", "Dumpling", "Gizmo", "Tater", "Crumpet",
        "Pudding", "Mochi", "Pretzel", "Muffin", "Sprocket", "Figaro", "Bramble", "Jellybean", "Rascal", "Bandit", "Ziggy",
        "Hobnob", "Custard", "Pippin", "Nacho", "Lamington"]  # fmt: skip

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "bigpond.com", "shaw.ca", "mailbox.org"]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str  # keep
    cultures: tuple[str, ...]
    regions: tuple[str, ...]  # states / counties / provinces: plain text in an address, keep alone
    towns: tuple[str, ...]  # invented towns and suburbs (ADDRESS)
    hoods: tuple[str, ...]  # invented neighbourhoods, estates, housing areas (ADDRESS)
    streets: tuple[str, ...]  # invented street names with their kind (ADDRESS inside a street line)
    employers: tuple[str, ...]  # invented employers (NAME)
    schools: tuple[str, ...]  # invented schools (ADDRESS: a named place smaller than a state)
    phone: tuple[str, ...]  # written phone patterns
    phone_groups: tuple[int, ...]  # how the digits are grouped when read aloud
    zip: str  # postcode pattern
    plan_label: str
    plan: tuple[str, ...]  # member / health-card number patterns
    insurers: tuple[str, ...]  # keep


def _c(**kw: object) -> Country:
    return Country(**kw)  # type: ignore[arg-type]


COUNTRIES: dict[str, Country] = {c.code: c for c in [
    _c(code="us", name="United States", cultures=("anglo", "hispanic", "african_american", "south_asian", "east_asian", "first_nations", "eastern_european", "west_asian"),
       regions=("Wisconsin", "Oregon", "Georgia", "Ohio", "New Mexico", "Tennessee"),
       towns=("Bellhaven", "Quillmont", "Larchfield Springs", "Owlsfoot", "Pruett Crossing", "Marrowfield", "Hollisport", "Greyhallow", "Kettleby Falls", "Tolland Ferry"),
       hoods=("Cattail Bend", "the Ambergate Flats", "Brackenfold Heights", "Sawgrass Terrace", "Pellworth Commons"),
       streets=("Larkspur Lane", "Quillmont Road", "Tanager Court", "Bramblewood Drive", "Cordwainer Avenue", "Switchgrass Way", "Old Ferrier Pike"),
       employers=("Hollisport Cannery", "Quillmont Feed & Grain", "Brackenfold Logistics", "Tolland Ferry Sawmill", "Kettleby Precision Castings", "Owlsfoot Dairy Co-op"),
       schools=("Marrowfield Middle School", "Greyhallow Elementary", "Pruett Crossing High School"),
       phone=("(%##) %##-####", "%##-%##-####", "%##.%##.####"), phone_groups=(3, 3, 4), zip="%####",
       plan_label="member ID", plan=("@@@%########", "%@@%-@@%-@@%#", "W%########"),
       insurers=("Medicaid", "Medicare Advantage", "Blue Cross PPO", "Aetna HMO")),
    _c(code="gb", name="United Kingdom", cultures=("anglo", "south_asian", "caribbean", "eastern_european", "west_asian", "east_asian"),
       regions=("West Yorkshire", "Lancashire", "Somerset", "Cumbria", "Kent", "Lincolnshire"),
       towns=("Nettlecombe Magna", "Ellerslie Brook", "Kinnaird Bridge", "Sproxton Wold", "Wickwar Parva", "Ottery Fold", "Frampton Hythe", "Heddlestone"),
       hoods=("the Gorsefield estate", "Ropewalk Court", "Tannery Row", "the Lowfold flats", "Chandlers Yard"),
       streets=("Pinfold Lane", "Thimblemill Road", "Cobbler's Wynd", "Nethergate Close", "Lyddon Crescent", "Gorsefield Avenue"),
       employers=("Heddlestone Bakery", "Kinnaird Bridge Mill", "Wickwar Parva Abattoir", "Sproxton Haulage", "Lowfold Garden Centre"),
       schools=("Heddlestone Primary", "Sproxton Wold Academy", "St Cuthbald's C of E School"),
       phone=("07%## %#####", "0%### %#####", "07%##-%##-###"), phone_groups=(5, 3, 3), zip="@@% %@@",
       plan_label="NHS number", plan=("nhs",), insurers=("Bupa", "AXA Health", "Vitality")),
    _c(code="ca", name="Canada", cultures=("anglo", "first_nations", "south_asian", "east_asian", "eastern_european", "caribbean", "west_asian"),
       regions=("Ontario", "Manitoba", "Saskatchewan", "British Columbia", "Nova Scotia", "Alberta"),
       towns=("Bracebridge Narrows", "Wapiti Lake", "Sechelt Harbour", "Mimico Flats", "Fort Assiniboia", "Chatsworth Mills", "Lac-Tessier", "Beaconsfield Point"),
       hoods=("Otter Creek reserve", "Birchcliff Heights", "the Tamarack subdivision", "Caribou Bend", "Elkwood Gardens"),
       streets=("Muskeg Road", "Tamarack Crescent", "Voyageur Drive", "Snowshoe Lane", "Saskatoon Berry Court", "Portage Line"),
       employers=("Wapiti Lake Potash", "Chatsworth Mills Co-op", "Fort Assiniboia Band Office", "Lac-Tessier Lumber", "Birchcliff Meat Packers"),
       schools=("Wapiti Lake Collegiate", "Otter Creek Band School", "Chatsworth Mills Public School"),
       phone=("(%##) %##-####", "%##-%##-####"), phone_groups=(3, 3, 4), zip="@%@ %@%",
       plan_label="health card", plan=("%###-###-###-@@", "%### ### ###", "@@@@ %### ####"),
       insurers=("OHIP", "Manitoba Health", "Sun Life", "Blue Cross")),
    _c(code="au", name="Australia", cultures=("anglo", "aboriginal", "east_asian", "south_asian", "west_asian", "eastern_european"),
       regions=("Queensland", "Victoria", "New South Wales", "South Australia", "Tasmania", "Western Australia"),
       towns=("Coonabarra", "Kurrawang Creek", "Wattlebury", "Boolaroo Heights", "Mulgoa Vale", "Moonbi Downs", "Baringa Flat", "Pinjarra Springs"),
       hoods=("the Gumtree estate", "Tuckerbox Ridge", "Billabong Gardens", "Saltbush Rise", "Korumburra Park"),
       streets=("Wattleseed Grove", "Jacaranda Parade", "Bottlebrush Close", "Currawong Street", "Ironbark Road", "Lorikeet Way"),
       employers=("Kurrawang Creek Abattoir", "Wattlebury Bowls Club", "Moonbi Downs Station", "Coonabarra Hardware", "Saltbush Mining"),
       schools=("Wattlebury State School", "Coonabarra Public School", "Baringa Flat Christian College"),
       phone=("04## ### ###", "0%## ### ###", "(0%) %### ####"), phone_groups=(4, 3, 3), zip="%###",
       plan_label="Medicare number", plan=("%### #####%#", "%#########"), insurers=("Medibank", "HCF", "Bupa")),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    cc: str
    given: str
    family: str
    female: bool
    dob: date
    phone: str
    phone_spoken: str
    email: str
    email_spoken: str
    street: str  # "42 Larkspur Lane"
    house_no: int
    street_name: str
    hood: str
    town: str
    zip: str
    region: str
    employer: str
    school: str
    plan: str
    mrn: str
    pet: str
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _phone(rng: random.Random, c: Country) -> tuple[str, str]:
    written = fill(rng, rng.choice(c.phone))
    digits = "".join(ch for ch in written if ch.isdigit())
    return written, ids.digits_spoken(digits, c.phone_groups, oh=rng.random() < 0.7)


AU_STATES = {"Queensland": "QLD", "Victoria": "VIC", "New South Wales": "NSW", "South Australia": "SA", "Tasmania": "TAS",
             "Western Australia": "WA"}  # fmt: skip


def _addr(c: Country, w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    if c.code == "gb":
        return (A(w.street), ", ", A(w.town), ", ", w.region, " ", Z(w.zip))
    if c.code == "au":
        return (A(w.street), ", ", A(w.town), " ", AU_STATES[w.region], " ", Z(w.zip))
    return (A(w.street), ", ", A(w.town), ", ", w.region, " ", Z(w.zip))


ADULT = (19 * 365, 84 * 365)


def _pick(rng: random.Random, values: tuple[str, ...], used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


def draw_person(rng: random.Random, cc: str, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = ADULT) -> Person:  # fmt: skip
    """A person of country `cc` whose name words, town, street and employer are not yet used in the document."""
    c = COUNTRIES[cc]
    female = rng.random() < 0.5 if female is None else female
    culture = rng.choice(c.cultures)
    fs, ms, fam = NAMES[culture]
    every = [g for f, m, _ in NAMES.values() for g in (f if female else m)]
    given = rng.choice([g for g in (fs if female else ms) if g not in used] or [g for g in every if g not in used])
    family = rng.choice([x for x in fam if x not in used] or [x for *_, xs in NAMES.values() for x in xs if x not in used])
    pet = rng.choice([x for x in PETS if x not in used])
    used |= {given, family, pet}
    dob = ref - timedelta(days=rng.randint(*age_days))
    phone, spoken = _phone(rng, c)
    dom = rng.choice(EMAIL_DOMAINS)
    g, f = given.lower().replace("-", ""), family.lower().replace("'", "")
    local, local_spoken = rng.choice([(f"{g[0]}.{f}", f"{g[0]} dot {f}"), (f"{g}.{f}", f"{g} dot {f}"),
                                      (f"{g}{f}{dob.year % 100:02d}", f"{g} {f} {ids.cardinal(dob.year % 100)}"),
                                      (f"{f}_{g[0]}", f"{f} underscore {g[0]}")])  # fmt: skip
    email = f"{local}@{dom}"
    email_spoken = f"{local_spoken} at {dom.replace('.', ' dot ')}"
    town = _pick(rng, c.towns, used)
    hood = _pick(rng, c.hoods, used)
    street_name = _pick(rng, c.streets, used)
    employer = _pick(rng, c.employers, used)
    school = _pick(rng, c.schools, used)
    used |= {town, hood, street_name, employer, school}
    n = rng.randint(3, 398)
    plan_pat = rng.choice(c.plan)
    plan = ids.luhn_ok_nhs(rng) if plan_pat == "nhs" else fill(rng, plan_pat)
    mrn = fill(rng, rng.choice(["%#######", "%######", "00%#####"]))
    region = rng.choice(c.regions)
    w = Person(cc, given, family, female, dob, phone, spoken, email, email_spoken, f"{n} {street_name}", n, street_name,
               hood, town, fill(rng, c.zip), region, employer, school, plan, mrn, pet)  # fmt: skip
    w.addr = _addr(c, w)
    return w
