# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-first probe: clinical and operational text from the United States,
Canada, the United Kingdom, Ireland, Australia and New Zealand, with the names an outside evaluator would draw
from the whole diversity of those countries (synthetic only; no real patient, relative or member of staff).

Name words: Mexican and Puerto Rican given names and compound / particle family names (Montes de Oca,
Carrasquillo), Vietnamese with their diacritics, Filipino, Korean (hyphenated given names), Chinese in English
order, Punjabi, Tamil and Marathi, Yoruba and Igbo, Akan and Ewe, Somali, Ethiopian and Eritrean patronymics,
Arabic and Persian (El-, bin), Polish, Ukrainian, Greek, Sicilian, Irish (O', Mac, Ó, Ní), Scottish, Welsh,
Māori and Tongan / Samoan, Blackfoot and Cree, Kiowa, Muscogee and Lakota, Tiwi and Yolŋu, Ashkenazi and Hasidic,
Dutch and Flemish particles (de, op de), English double-barrelled names, and given and family names that are
also English words (Merry, Judge, Colonel, Heaven, Friend, Darling, Peacock, Pepper). Nicknames and preferred
names (NICK) are written as staff write them ("goes by Tino"). Combined at random: never a real person. They
were checked against every string of the people tables of probes 1-78 before any measurement (test_probe81:
no shared name word).

Towns and streets are invented; states, provinces, nations, counties and regions are real and are plain text
inside an address. Numbers are random; SSN, MBI, NPI, DEA, VIN, SIN, Ontario health card, BC PHN, NHS, PPS,
Australian Medicare, IHI, NZ NHI and IRD numbers carry their scheme's check digits (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe81 import ids
from tests.engine.probe81.ids import fill

__all__ = ["LOCS", "NAMES", "NICK", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "mexican": (["Petronila", "Crescenciana", "Itandehui", "Yoloxóchitl", "Gricelda"], ["Teódulo", "Nezahualcóyotl", "Eliud"],
                ["Goicoechea", "Xochihua", "Montes de Oca", "Echeandía", "Marroquín"]),
    "puerto_rican": (["Gricelda", "Petronila"], ["Eliud", "Teódulo"], ["Carrasquillo", "Marroquín", "Echeandía"]),
    "vietnamese": (["Phượng", "Hạnh", "Duyên", "Trâm", "Hiền"], ["Thành", "Triết", "Sơn"], ["Phùng", "Vương", "Cung"]),
    "filipino": (["Marikit", "Maganda", "Herminigilda"], ["Isagani", "Godofredo"],
                 ["Tupaz", "Cuyugan", "Dimaunahan", "Mabalacat", "Cabangon", "Agoncillo"]),
    "korean": (["Bo-ra", "Seon-mi", "Ae-ri"], ["Geun-ho", "Jong-dae", "Doo-hwan"], ["Namgoong", "Seonwoo", "Myung", "Yook"]),
    "chinese": (["Xiurong", "Yufen", "Lanying", "Hongmei"], ["Shing-fat", "Dehua"], ["Yung", "Kei"]),
    "south_asian": (["Thangamani", "Pushpavalli", "Jayalakshmi", "Savitribai", "Nirmaljit", "Surinderjit", "Paramjeet"], ["Mohanlal", "Shivprasad"],
                    ["Ramalingam", "Goraya", "Manhas"]),
    "nigerian": (["Iretiolu", "Fiyinfoluwa", "Oreoluwa", "Jesutofunmi", "Chiemelie", "Chinazaekpere", "Kamsiyochukwu", "Oluebube"],
                 ["Chidiebube", "Olaoluwa", "Adekunle", "Oluwatobiloba", "Eberechukwu"],
                 ["Onyekachukwu", "Obiechefu", "Anyaoku", "Nwaogazie", "Agbaje", "Iwobi"]),
    "ghanaian": (["Adzo", "Akorfa", "Selasi", "Ekuwa", "Adwoba"], ["Kpakpo", "Kofitse"], ["Kyerematen", "Gyasi", "Adomako", "Nketiah", "Ntim", "Nortey"]),
    "somali": (["Bilan", "Kaltun"], ["Cali", "Abdiwahab", "Awil"], ["Waaberi", "Gaas", "Mire", "Sugule", "Gure", "Afrah", "Aw-Muse"]),
    "habesha": (["Azeb", "Zewditu", "Tirunesh", "Birtukan", "Mahlet"], ["Ermias", "Teklay", "Gebrehiwot"], ["Tekleab", "Wondimu", "Gebru", "Worku", "Shiferaw"]),
    "arab_persian": (["Yasaman", "Nilufar", "Soraya", "Manijeh", "Ghazal"], ["Farshid", "Siamak", "Hooshang", "Iyad"],
                     ["El-Amin", "El-Tayeb", "El-Hadidi", "Jafarzadeh", "Zand", "Dabbagh"]),
    "polish": (["Wiesia", "Bolesława"], ["Stanisław"], ["Brzozowski", "Gołębiowski"]),
    "ukrainian": (["Motrya", "Zinoviya", "Yevdokiya", "Stefaniya"], ["Oleksiy", "Omelian"],
                  ["Bilous", "Yatsyshyn", "Humeniuk", "Kostiuk", "Pryshlak", "Fedorchuk", "Zhuravel", "Tymoshchuk", "Onyshchenko", "Kravets"]),
    "greek": (["Marigo"], [], ["Mitsotakis", "Kourkoulos", "Fragkiadakis"]),
    "sicilian": (["Calogera"], ["Sebastiano", "Cono", "Baldassare", "Giovanni"],
                 ["Giuffrida", "Scarpaci", "Scibilia", "Provenzano", "Guarnaccia", "Scuderi", "Trovato", "Alibrandi", "Pappalardo", "Costanzo", "Spadaro",
                  "Musumeci", "Sciacca", "Bonanno", "Pulvirenti", "Torrisi", "Castorina", "Licciardello"]),
    "irish": (["Ide"], ["Éamonn", "Fionnbarra", "Jerh", "Timmy"],
              ["MacCarthy", "O'Flaherty", "MacNamara", "MacSweeney", "O'Donovan", "MacGuinness", "MacGillycuddy", "Ó Laoghaire", "Ó hÉigeartaigh", "Ní Dhonnchadha"]),
    "scottish": (["Johan"], ["Domhnall", "Ewen", "Ruari"], ["MacIntyre", "MacGillivray", "Kininmonth"]),
    "welsh": (["Gwenan"], ["Ifor", "Glyndwr"], ["Bowsher"]),
    "maori": (["Wairua"], ["Pōtaka", "Tame"], ["Te Aho", "Hīroti", "Tūtaki", "Kawhia", "Te Wheoro", "Wharepouri", "Te Hiko"]),
    "pacific": (["Fulisia", "Lusia", "Sisilia", "Tasi", "Mafa", "Meleane", "Tupe"], ["Lautaimi"], ["Latailakepa", "Mailata", "Mata'afa"]),
    "blackfoot_cree": (["Tanis", "Nipiy", "Mahihkan"], ["Oskan", "Pimoteyew", "Askiy"],
                       ["Eaglespeaker", "Crowshoe", "Yellowbird", "Calfrobe", "Goodstriker", "Bullshields", "Blackplume", "Heavyshield", "Scalplock",
                        "Flyingchief", "Mountainhorse", "Spottedeagle", "Wolfchild", "Ironshirt", "Sittingeagle"]),
    "native_us": (["Waquin", "Winema"], ["Ahote"],
                  ["Chebon", "Bighorse", "Lonewolf", "Iron Cloud", "Ahtone", "Poolaw", "Tsatoke", "Mopope", "Redbird", "Horsechief", "Kaulaity",
                   "Deerinwater", "Walkingsky", "Bearpaw", "Keahbone"]),
    "aboriginal": (["Gawura", "Ngarra", "Warrigal"], ["Gurrumul"], ["Timaepatua", "Wurramara", "Lalara", "Mamarika", "Yantarrnga"]),
    "jewish": (["Shoshana", "Rivka", "Chaya", "Bracha", "Fruma", "Malka", "Zissel", "Shprintza", "Gittel"],
               ["Mordechai", "Yitzchak", "Avrohom", "Zalman", "Menachem", "Shmuel", "Yerachmiel", "Pinchas", "Berel", "Leibel"],
               ["Lefkowitz", "Feinstein", "Halberstam", "Grunwald", "Weinreb", "Perlmutter", "Birnbaum", "Kornbluth", "Ehrenreich", "Hirschsprung",
                "Zilberstein", "Katzenellenbogen", "Rabinowicz", "Twersky", "Soloveitchik"]),
    "dutch": (["Maaike", "Hennie", "Gerdina"], ["Hendrikus"], ["de Groot", "Hoogeveen", "op de Beeck", "Vanderkooi", "Oosterbaan"]),
    "english": (["Merry", "Honesty", "Heaven"], ["Marshall", "Colonel", "Judge", "Ace", "Prince", "Duke", "Rebel"],
                ["Fanshawe-Rudd", "Molyneux-Hythe", "Carpenter", "Fowler", "Friend", "Bloom", "Moody", "Goodbody", "Truelove", "Darling", "Peacock",
                 "Swift", "Golightly", "Bacon", "Honey", "Pepper"]),
}  # fmt: skip
# the name a patient or relative goes by
NICK = {"Nezahualcóyotl": "Neza",
        "Hendrikus": "Henk", "Yitzchak": "Itzik", "Avrohom": "Avi", "Shivprasad": "Shiv", "Isagani": "Gani", "Jesutofunmi": "Tofunmi",
        "Fiyinfoluwa": "Fiyin", "Crescenciana": "Chencha", "Pushpavalli": "Pushpa",
        "Zewditu": "Zewdi", "Sebastiano": "Tino", "Baldassare": "Dino", "Yerachmiel": "Yerach", "Hooshang": "Hoosh", "Godofredo": "Goddy"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (abbreviation, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Texas": ("TX", ("Arroyo Colorado Flats", "Quemado Crossing", "Pitahaya")), "New Mexico": ("NM", ("Tsaile Mesa", "Cuervo Wash", "Alamillo Springs")),
               "California": ("CA", ("Lost Hills Junction", "Tranquillity Farms")), "New York": ("NY", ("Kiryas Ofen", "Spring Valley Heights")),
               "Oklahoma": ("OK", ("Carnegie Flat", "Hog Creek Crossing", "Stecker")), "Minnesota": ("MN", ("Cedar-Riverside", "Frogtown"))},
        ("%### Calle Bonita", "%## Old Ranch Rd Apt %", "%### N Quincy Ave", "%# Hoyt Ln, Unit %@", "%### Route %## Box %#", "%## Forsyth St Apt %@", "%### Yucca Loop"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com"),
        ("mexican", "puerto_rican", "vietnamese", "filipino", "korean", "nigerian", "somali", "habesha", "native_us", "jewish", "sicilian", "english")),
    Loc("CA", {"Ontario": ("ON", ("Moose Factory Flats", "Kashechewan Landing", "Thorncliffe Park")), "British Columbia": ("BC", ("Surrey Newton", "Fort Nelson Mile 301")),
               "Alberta": ("AB", ("Standoff", "Brocket Crossing", "Millwoods Satellite")), "Manitoba": ("MB", ("Dauphin River", "Garden Hill Landing"))},
        ("%### Bathurst St, Unit %##", "%## Rue Desjardins", "%### 124 Ave NW", "Box %##, Site %, RR %", "%## Tecumseh Rd E", "%#-%### Kingsway"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^## ####"), ("gmail.com", "hotmail.ca", "shaw.ca", "rogers.com", "telus.net"),
        ("chinese", "south_asian", "filipino", "korean", "somali", "habesha", "ukrainian", "blackfoot_cree", "dutch", "arab_persian", "jewish")),
    Loc("UK", {"England": ("", ("Eccleshill", "Moss Side Lower", "Sparkbrook Green", "Tollington")), "Wales": ("", ("Butetown", "Llanrumney Fach")),
               "Scotland": ("", ("Pollokshields East", "Torry Quay"))},
        ("%# Tennyson Gardens", "Flat %, %# Granby Row", "%## Ladypool Road", "%# Cemaes Close", "%#@ Clydeview Crescent", "%# Ropery Mews"),
        ("07^## ######", "+44 7^## ######", "0113 ^## ####", "029 20^# ####", "0141 ^## ####"), ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk"),
        ("nigerian", "ghanaian", "somali", "south_asian", "arab_persian", "polish", "irish", "scottish", "welsh", "jewish", "english")),
    Loc("IE", {"Cork": ("Co. Cork", ("Ballyvourney Cross", "Knocknaheeny Upper")), "Mayo": ("Co. Mayo", ("Carrowteige", "Belmullet Road")),
               "Dublin": ("Dublin", ("Balgaddy", "Jobstown")), "Limerick": ("Co. Limerick", ("Moyross Park", "Abbeyfeale Road"))},
        ("%# Bóthar an Phoirt", "Apt %#, The Granary, Quay Road", "%# Sráid an Mhuilinn", "%## Ashgrove Lawns", "%# Cnoc an Óir"),
        ("08^ ### ####", "+353 8^ ### ####", "(021) 4^# ####", "(01) 4^# ####"), ("gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"),
        ("irish", "polish", "ukrainian", "nigerian", "ghanaian", "arab_persian")),
    Loc("AU", {"New South Wales": ("NSW", ("Lakemba North", "Cabramatta Heights")), "Victoria": ("VIC", ("Oakleigh Chase", "Sunshine Vale")),
               "Western Australia": ("WA", ("Mirrabooka Rise", "Wangkatjungka")), "Northern Territory": ("NT", ("Wurrumiyanga", "Milikapiti Outstation")),
               "Queensland": ("QLD", ("Logan Reserve Park", "Woorabinda Creek"))},
        ("%# Wattletree Pde", "Unit %/%# Haldon St", "%## Boundary Rd", "%/%# Bottlebrush Cl", "Lot %## Mission Rd", "%# Kurrajong Tce"),
        ("04## ### ###", "+61 4## ### ###", "(02) 97^# ####", "(03) 95^# ####", "(08) 89^# ####"), ("gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"),
        ("greek", "sicilian", "vietnamese", "aboriginal", "habesha", "arab_persian", "chinese", "pacific", "dutch", "english")),
    Loc("NZ", {"Auckland": ("Auckland", ("Ōtara East", "Māngere Bridge South")), "Waikato": ("", ("Huntly West", "Te Kūiti North")),
               "Canterbury": ("", ("Aranui Flats", "Kaiapoi South")), "Northland": ("", ("Kaikohe Heights", "Moerewa Junction"))},
        ("%# Kowhai Road", "%/%# Tōtara Crescent", "%## Great South Rd", "%# Pūriri Street", "Flat %, %# Rimu Place"),
        ("021 ### ####", "022 ### ####", "+64 21 ### ####", "(09) 2^# ####", "(07) 8^# ####", "(03) 3^# ####"), ("gmail.com", "xtra.co.nz", "outlook.com", "icloud.com"),
        ("maori", "pacific", "chinese", "korean", "filipino", "scottish", "dutch", "english")),
]}  # fmt: skip
ZIP = {
    "Texas": "78###",
    "New Mexico": "87###",
    "California": "93###",
    "New York": "109##",
    "Oklahoma": "730##",
    "Minnesota": "554##",
}
FSA = {"Ontario": "MP", "British Columbia": "V", "Alberta": "T", "Manitoba": "R"}
OUT = {"England": ["BD2", "M14", "B11", "N7"], "Wales": ["CF10", "CF3"], "Scotland": ["G41", "AB11"]}
EIR = {"Cork": ["T12", "P12"], "Mayo": ["F26", "F28"], "Dublin": ["D22", "D24"], "Limerick": ["V94", "V42"]}
AUPC = {
    "New South Wales": "2###",
    "Victoria": "3###",
    "Western Australia": "6###",
    "Northern Territory": "08##",
    "Queensland": "4###",
}
NZPC = {"Auckland": "2###", "Waikato": "3###", "Canterbury": "8###", "Northland": "04##"}
SUFFIX = ["Jr.", "III", "Sr.", "II"]


@dataclass(slots=True)
class Person:
    given: str
    family: str
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str
    town: str
    postcode: str
    nick: str = ""
    suffix: str = ""
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower() if c.isalnum())


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (25 * 365, 80 * 365), culture: str | None = None, family: str | None = None,
                home: Person | None = None, nick: bool = False) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word, nickname or town is shared with anyone already drawn for the
    document (`used`)."""
    if nick:  # someone who goes by a nickname or a short form of the given name
        pairs = [
            (c, sex, g)
            for c in loc.cultures
            for sex in (0, 1)
            for g in NAMES[c][sex]
            if g in NICK and not _words(g) & used
        ]
        if pairs:
            culture, sex, _ = rng.choice(pairs)
            female = sex == 0
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) | _words(NICK.get(g, ""))) & used]
    if nick and any(g in NICK for g in free):
        free = [g for g in free if g in NICK]
    if not free:  # a small table borrows from the country's other families
        free = [
            g
            for c in loc.cultures
            for g in NAMES[c][0 if female else 1]
            if not (_words(g) | _words(NICK.get(g, ""))) & used
        ]
    given = rng.choice(free)
    used |= _words(given) | _words(NICK.get(given, ""))
    if family is None:
        free_f = [f for f in fams if not _words(f) & used] or [
            f for c in loc.cultures for f in NAMES[c][2] if not _words(f) & used
        ]
        family = rng.choice(free_f)
    if female and family.endswith(("ski", "cki")):  # a Polish woman writes the feminine form
        family = family[:-1] + "a"
    used |= _words(family) | _words(family[:-1] + "i") | _words(family[:-1] + "a")
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f[:3]}{dob.year % 100:02d}",
            f"{f}.{g[0]}{rng.randint(1, 99)}",
            f"{g}_{f}",
            f"{g[0]}{f}{rng.randint(10, 999)}",
        ]
    )
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        towns = loc.regions[region][1]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)),
               email, line, town, pc, nick=NICK.get(given, ""),
               suffix=rng.choice(SUFFIX) if loc.code == "US" and not female and rng.random() < 0.3 else "")  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def postcode(rng: random.Random, code: str, region: str) -> str:
    if code == "US":
        return fill(rng, ZIP[region])
    if code == "CA":
        return f"{rng.choice(FSA[region])}{fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
    if code == "UK":
        return f"{rng.choice(OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "IE":
        return ids.eircode(rng, rng.choice(EIR[region]))
    if code == "AU":
        return fill(rng, AUPC[region])
    return fill(rng, NZPC[region])


# (label, PHI type, generator) of a patient's national number, health-plan number and second health number
def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    c = w.loc.code
    if c == "US":
        return {
            "nat": ids.ssn(rng),
            "hp": ids.mbi(rng),
            "hid": ids.medicaid(rng, w.abbr),
            "dl": fill(rng, ids.DL[w.abbr]),
        }
    if c == "CA":
        hid = (
            ids.ohip(rng)
            if w.abbr == "ON"
            else ids.bc_phn(rng)
            if w.abbr == "BC"
            else fill(rng, "%####-####" if w.abbr == "AB" else "%########")
        )
        return {
            "nat": ids.sin(rng),
            "hp": fill(rng, "@@@%########"),
            "hid": hid,
            "dl": fill(rng, ids.DL[w.abbr]),
        }
    if c == "UK":
        return {
            "nat": ids.ni_number(rng),
            "hp": fill(rng, "%#######@"),
            "hid": ids.nhs(rng),
            "dl": fill(rng, "@@@@@%######@@"),
        }
    if c == "IE":
        return {
            "nat": ids.ppsn(rng),
            "hp": fill(rng, "%#######"),
            "hid": fill(rng, "%######@"),
            "dl": fill(rng, ids.DL["IE"]),
        }
    if c == "AU":
        return {
            "nat": fill(rng, "%## ### ###@"),
            "hp": ids.medicare_au(rng),
            "hid": ids.ihi(rng),
            "dl": fill(rng, ids.DL[w.abbr]),
        }
    return {
        "nat": ids.ird(rng),
        "hp": fill(rng, "%#######"),
        "hid": ids.nhi(rng),
        "dl": fill(rng, ids.DL["NZ"]),
    }


# labels and PHI types of those numbers by country
ID_LABELS = {
    "US": {
        "nat": ("SSN", "SSN"),
        "hp": ("Medicare MBI", "HEALTH_PLAN"),
        "hid": ("Medicaid ID", "HEALTH_PLAN"),
    },
    "CA": {
        "nat": ("SIN", "SSN"),
        "hp": ("Blue Cross ID", "HEALTH_PLAN"),
        "hid": ("Health card", "HEALTH_PLAN"),
    },
    "UK": {"nat": ("NI no.", "SSN"), "hp": ("Bupa membership", "HEALTH_PLAN"), "hid": ("NHS No.", "ID")},
    "IE": {
        "nat": ("PPSN", "SSN"),
        "hp": ("VHI member no.", "HEALTH_PLAN"),
        "hid": ("GMS card", "HEALTH_PLAN"),
    },
    "AU": {"nat": ("Centrelink CRN", "SSN"), "hp": ("Medicare", "HEALTH_PLAN"), "hid": ("IHI", "ID")},
    "NZ": {"nat": ("IRD no.", "SSN"), "hp": ("Southern Cross member", "HEALTH_PLAN"), "hid": ("NHI", "ID")},
}
