# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-fourth probe: case-stripped English health text (ALL-CAPS printouts
and all-lower-case typing) from the United States, Canada, the United Kingdom, Ireland, Australia and New
Zealand (synthetic only; no real patient, relative or member of staff).

Name words, from the naming traditions of those countries' communities as the author knows them: Cajun French,
Native Hawaiian, Marshallese and Chamorro, Armenian, Assyrian and Chaldean, Chin (Myanmar), Yemeni, Ilocano,
Haitian, Finnish-American, Nuer, Inuit (Nunavut and Nunavik, with the "-sie"/"-loosie" baptismal forms), Cree
and Dene, Gujarati (the "-ben", "-lal", "-rai" forms), Burundian (Kirundi), Sri Lankan Tamil, Orcadian and
Cornish, Jamaican and Zimbabwean, Irish (Gaeltacht forms Ó / Ní with lenition, Traveller families),
Croatian, Bhutanese Nepali, Afghan (Pashtun), Māori with macrons, Niuean, Tokelauan, Fijian, Samoan and Tongan,
and names that are also English words (Gladness, Delight, Unity, Honour, Bonny, Fortune, Victory, Loyal,
Bright, Constant, Modest; Hamper, Thistle, Harbour, Pound, Shilling, Easter, Meek, Holiday, Ledger, Hazard,
Gamble, Hopper, Dancer, Piper, Singer, Drummer, Bowler, Chandler, Butcher, Swallow, Bunting, Starling,
Woodcock, Kitchen, Bearskin, Aim, Champagne, Cadet). Combined at random: never a real person. Checked against
every string of the people tables of the earlier probes before any measurement (test_probe84).

Towns and streets are invented; states, provinces, counties and regions are real and plain text inside an
address. Numbers are random; SSN, MBI, NPI, DEA, VIN, ABA routing, SIN, Ontario health card, NHS, CHI, PPSN,
TFN, Australian Medicare, IHI, NHI and IRD numbers carry their scheme's check digits (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe84 import ids
from tests.engine.probe84.ids import fill

__all__ = [
    "FEMININE",
    "LOCS",
    "NAMES",
    "NICK",
    "K",
    "Loc",
    "P",
    "Person",
    "Slot",
    "draw_person",
    "fill",
    "plain",
]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "cajun": (["Azelie", "Philomene", "Euphrosine"], ["Adelard", "Theogene", "Jeannot"], ["Champagne", "Dronet", "Begnaud", "Petitjean", "Duplechain", "Castille", "Durio"]),
    "hawaiian": (["Keolamaikalani", "Pualena", "Maile", "Kamalei"], ["Kealii", "Kaleo", "Kahiau", "Nalu", "Ikaikalani"],
                 ["Kaniho", "Kauwe", "Kaaihue", "Kamakea", "Kaeo", "Naone", "Kalilikane"]),
    "marshallese": (["Limiji", "Lejjena"], [], ["Kebenli", "Rilang", "Quichocho", "Atalig"]),
    "armenian": (["Vartiter", "Armenuhi"], ["Vardges", "Hrachya", "Mushegh", "Vazgen", "Kamo", "Suren"], ["Boghossian", "Kocharyan", "Ghazaryan", "Tumanyan", "Dadourian"]),
    "assyrian": (["Shamasha", "Shamiram", "Nanajan", "Layya", "Warina", "Shushan", "Babilona", "Almas"], ["Sargon", "Esho", "Eshaya", "Oraham", "Youkhana"],
                 ["Shlimon", "Yonan", "Kanoon", "Betgevargiz", "Jarbo", "Hermiz", "Shamoun", "Yaldo", "Konja", "Kalabat", "Arabo", "Dabish", "Najor", "Sesi",
                  "Bashi", "Yono", "Sitto", "Attisha", "Sarafa", "Kattoula", "Gorgis", "Gewargis"]),
    "chin": (["Hnem", "Zing", "Tial", "Thluai", "Cer"], ["Bawi", "Biak", "Thawng", "Hram", "Mang", "Hlawn", "Kip"], ["Tluang", "Ngun", "Par", "Chum"]),
    "yemeni": (["Tawfiqa", "Nabihah", "Shafiqa", "Gamila", "Naziha", "Fattum", "Wadiha", "Bilqis"], ["Fadhl", "Abdulwali", "Mutahar", "Gamil", "Nashwan", "Hizam", "Abdulqawi", "Sanad"],
               ["Al-Murisi", "Mothana", "Nagi", "Muthana", "Alkhulaidi", "Alsaidi", "Alnashiri", "Alzokari"]),
    "ilocano": (["Lumeng", "Mameng", "Florcita", "Purita", "Estrelita"], ["Teodorico", "Andoy", "Eufemio"],
                ["Lagmay", "Baoit", "Tabudlo", "Ubungen", "Dacuycuy", "Sagisi", "Bumatay", "Galiza", "Asuncion"]),
    "haitian": (["Nadege"], ["Desire", "Exilus"], ["Dorcinvil", "Celestin", "Charlotin", "Pierrelus", "Cadet"]),
    "finnish": (["Irja", "Hilma"], [], ["Hakala", "Maki", "Koskela", "Pelto", "Halonen"]),
    "nuer": (["Nyaduoth", "Nyabuony"], ["Riek", "Gai", "Tut"], ["Wichar", "Yien", "Thiang"]),
    "inuit": (["Siutiapik", "Aqsarniq", "Uluriaq", "Seeglook", "Kowmageak", "Paniloo"], ["Tookalak", "Jamesie", "Iyola", "Lazarusie", "Sakiasie", "Peterloosie"],
              ["Kalluk", "Qinuajuak", "Alookee", "Quassa", "Nungaq", "Kilukishak", "Arreak", "Kyak", "Nutaraq", "Etidloie", "Koonoo"]),
    "cree": (["Sarazine", "Nancee"], ["Jimmyboy", "Smally"],
             ["Kakekayash", "Wapachee", "Coonishish", "Bosum", "Kitchen", "Bearskin", "Iserhoff", "Shecapio", "Cheezo", "Drygeese", "Sangris", "Betsina",
              "Catholique", "Lafferty", "Wapistan", "Redsky"]),
    "gujarati": (["Jayaben", "Lilavanti", "Maniben", "Champaben"], ["Navinchandra", "Ramniklal", "Harshadrai", "Chhaganlal"], ["Vadgama", "Kakad", "Jobanputra"]),
    "burundian": (["Irakoze", "Ineza", "Munezero", "Kwizera"], ["Ndikumana", "Ndayizeye", "Nahimana", "Ciza", "Nduwayo"],
                  ["Ndayishimiye", "Nshimirimana", "Habonimana", "Ntakirutimana", "Niyonkuru", "Nduwimana", "Bigirimana", "Nkurunziza", "Bukuru", "Sindayigaya",
                   "Bizindavyi", "Havyarimana", "Manirakiza", "Ntahomvukiye", "Barutwanayo"]),
    "tamil": (["Thavamalar", "Sivakami", "Pathmini"], ["Ponnampalam"], ["Mahalingam"]),
    "orcadian": (["Ingirid", "Olla", "Bella"], ["Thorfinn", "Erlend", "Hakon", "Sweyn"], ["Ritch", "Twatt", "Laughton", "Aim", "Trelease", "Trudgeon"]),
    "caribbean": (["Novlette"], ["Lloydie"], ["Clarke", "Dacres", "Hove"]),
    "irish": (["Máirín", "Peigí"], ["Crónán", "Jimí", "Toirealach", "Mártan", "Pádraicín"],
              ["Ó Flaithearta", "Ó Dochartaigh", "Ó Cuanaigh", "Ó Griofa", "Cawley", "Furey"]),
    "croatian": (["Anđa", "Jaka", "Štefica"], ["Drazen", "Branimir"], ["Jurković", "Vukovic", "Matijevic", "Grgic", "Bozic", "Pavicic", "Knezevic", "Juric", "Sertic", "Barisic"]),
    "nepali": (["Tulasha", "Indramaya", "Nandakala"], ["Chhabilal", "Khadananda", "Damber", "Harka", "Bhuwan", "Tikaram"], ["Nirola", "Kharel", "Chapagain"]),
    "afghan": (["Gulalai", "Pashtana", "Shakila", "Gulpari", "Sharifa"], ["Hekmatullah", "Zabihullah", "Shafiqullah", "Gulbuddin", "Ehsanullah"],
               ["Barakzai", "Noorzai", "Mohmand", "Ahmadzai"]),
    "maori": (["Mihipeka", "Hineāwhiua", "Kūmeroa", "Pareake", "Huhana"], ["Rīhari", "Ngārimu", "Wīhapi", "Rūtene", "Māhaki"],
              ["Tūhoro", "Ōkeroa", "Whakaari", "Tīpoki", "Turei", "Hapimana", "Maniapoto"]),
    "pacific": (["Makerita", "Anitelea", "Kalo"], ["Kiliona", "Apisai", "Elisaia", "Fakaola"],
                ["Vakaafi", "Pasene", "Lagaaia", "Kapaga", "Kalauni", "Hetutu", "Nailatikau", "Rokoduru", "Qarase", "Tabualevu", "Faavae", "Luamanu", "Tuatagaloa",
                 "Papalii", "Fepulea'i", "Niumeitolu"]),
    "words": (["Gladness", "Delight", "Unity", "Honour", "Bonny", "Modest", "Sweetness", "Kindness"], ["Fortune", "Victory", "Loyal", "Constant", "Bright", "Godspower", "Trusty"],
              ["Hamper", "Thistle", "Harbour", "Pound", "Shilling", "Easter", "Meek", "Holiday", "Twigg", "Ledger", "Hazard", "Gamble", "Hopper", "Dancer", "Piper",
               "Singer", "Drummer", "Bowler", "Chandler", "Butcher", "Swallow", "Bunting", "Starling", "Mallard", "Nightingale", "Woodcock", "Lapwing", "Wager"]),
}  # fmt: skip
# an Irish woman's form of an Ó family name (Ní and lenition)
FEMININE = {"Ó Flaithearta": "Ní Fhlaithearta", "Ó Dochartaigh": "Ní Dhochartaigh", "Ó Cuanaigh": "Ní Chuanaigh",
            "Ó Griofa": "Ní Ghriofa"}  # fmt: skip
# the name a person goes by
NICK = {"Keolamaikalani": "Makalani", "Navinchandra": "Chandu", "Hekmatullah": "Hekmat", "Peterloosie": "Loosie", "Pádraicín": "Páidín",
        "Euphrosine": "Phrosie", "Khadananda": "Khada", "Zabihullah": "Zabi", "Lazarusie": "Lazzie"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (abbreviation, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Louisiana": ("LA", ("Bayou Chevreuil", "Pointe aux Herons")), "Michigan": ("MI", ("Warrendale Flats", "Dix-Vernor Junction")),
               "Hawaii": ("HI", ("Kaluanui Mauka", "Hauula Makai")), "California": ("CA", ("Tujunga Flats", "Verdugo Wash")),
               "Indiana": ("IN", ("Southport Crossing", "Perry Meridian Heights")), "Minnesota": ("MN", ("Pike River Flowage", "Toivola Ridge"))},
        ("%### Bayou Teche Rd", "%## Kamehameha Hwy Apt %@", "%### Wyoming St", "%# Tumbleweed Ct", "%### W Vernor Hwy Apt %", "%## Kalihi Uka Pl",
         "%### Rural Route %, Box %#", "%## S Emerson Ave Lot %#"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "att.net", "hawaiiantel.net"),
        ("cajun", "hawaiian", "marshallese", "armenian", "assyrian", "chin", "yemeni", "ilocano", "haitian", "finnish", "nuer", "words")),
    Loc("CA", {"Nunavut": ("NU", ("Iqalugaarjuit Inlet", "Nuvuk Flats")), "Quebec": ("QC", ("Waswanipi Narrows", "Montreal-Nord Est")),
               "Ontario": ("ON", ("Wabigoon Narrows", "Kapuskasing Flats")), "Manitoba": ("MB", ("Shamattawa Landing", "Norway House Point"))},
        ("House %##", "Box %##, House %#", "%## Rue Pie-IX Apt %", "%### Sherbrooke St E", "%## Queen St Unit %##", "%# Muskeg Lane", "%## Lakeshore Trail"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^##-####"), ("gmail.com", "hotmail.com", "videotron.ca", "sympatico.ca", "xplornet.com"),
        ("inuit", "cree", "haitian", "ilocano", "gujarati", "burundian", "tamil", "armenian", "words")),
    Loc("UK", {"Orkney": ("", ("Stenness Mains", "Quoyloo Brae")), "Cornwall": ("", ("Pendeen Vean", "Trewellard Downs")),
               "South Yorkshire": ("", ("Page Hall Lower", "Burngreave Bank")), "Leicestershire": ("", ("Belgrave Gate End", "Rushey Mead North")),
               "Greater London": ("", ("Stockwell Green East", "Peckham Rye Gate"))},
        ("%# Quoybanks Road", "%# Chapel Row", "Flat %, %## Spital Hill", "%## Melton Road", "%# Tregeseal Terrace", "Flat %#, Cressingham Court", "%# Ellerslie Walk"),
        ("07^## ######", "07^##-######", "+44 7^## ######", "01856 ^#####", "0116 ^## ####", "0114 ^## ####"),
        ("btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"),
        ("orcadian", "yemeni", "gujarati", "caribbean", "tamil", "words", "nepali")),
    Loc("IE", {"Galway": ("Co. Galway", ("Ros Muc Thiar", "Cill Chiaráin Theas")), "Donegal": ("Co. Donegal", ("Gort an Choirce Íochtair", "Mín an Aoire")),
               "Dublin": ("Dublin", ("Clondalkin Village East", "Balgriffin Park")), "Tipperary": ("Co. Tipperary", ("Carrigatoher Cross", "Ballinure Upper"))},
        ("%# Bóthar na Trá", "Apt %#, Ceannt Court", "%## Oakfield Grove", "%# Páirc na Coille", "The Bungalow, Lios na Móna", "%# Halting Site, Cloverhill Road"),
        ("08^ ### ####", "+353 8^ ### ####", "091 ^#####", "074 9^#####"), ("eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "icloud.com"),
        ("irish", "ilocano", "croatian", "burundian", "words")),
    Loc("AU", {"New South Wales": ("NSW", ("Fairfield Heights West", "Bossley Rise")), "Victoria": ("VIC", ("Dandenong North Reach", "Meadow Heights East")),
               "South Australia": ("SA", ("Salisbury Downs East", "Elizabeth Vale Park")), "Queensland": ("QLD", ("Logan Reserve South", "Inala Creek")),
               "Western Australia": ("WA", ("Mirrabooka Rise", "Koondoola Gardens"))},
        ("%# Wattlebird Cres", "Unit %/%# Smart St", "%## Hume Hwy", "%# Bottlebrush Way", "Unit %, %## Pecks Rd", "%# Coolabah Pde"),
        ("04## ### ###", "+61 4## ### ###", "(02) ^### ####", "(08) ^### ####", "03 ^### ####"), ("bigpond.com", "gmail.com", "optusnet.com.au", "hotmail.com", "outlook.com"),
        ("nuer", "burundian", "afghan", "croatian", "nepali", "assyrian", "armenian", "tamil", "words")),
    Loc("NZ", {"Auckland": ("", ("Otara Heights East", "Mangere Awa")), "Gisborne": ("", ("Ruatoria Flat", "Tikitiki Rise")),
               "Northland": ("", ("Kaikohe Rise", "Moerewa Terrace")), "Wellington": ("", ("Cannons Creek West", "Waitangirua Park"))},
        ("%# Tuhoe Street", "%#@ Bairds Road", "Flat %, %# Ngaire Avenue", "%## State Highway %#", "%# Kowhai Crescent", "%# Mahoe Place"),
        ("02^ ### ####", "+64 2^ ### ####", "09-^## ####", "06 8^# ####"), ("xtra.co.nz", "gmail.com", "hotmail.co.nz", "outlook.com"),
        ("maori", "pacific", "chin", "ilocano", "orcadian", "words")),
]}  # fmt: skip

ZIP = {
    "Louisiana": "70###",
    "Michigan": "482##",
    "Hawaii": "967##",
    "California": "912##",
    "Indiana": "462##",
    "Minnesota": "557##",
}
FSA = {"Nunavut": ["X0A", "X0B"], "Quebec": ["H1H", "J0Y"], "Ontario": ["P0V", "P5N"], "Manitoba": ["R0B"]}
OUT = {
    "Orkney": ["KW16", "KW17"],
    "Cornwall": ["TR19", "TR20"],
    "South Yorkshire": ["S4", "S3"],
    "Leicestershire": ["LE4", "LE5"],
    "Greater London": ["SW9", "SE15"],
}
EIR = {
    "Galway": ["H91", "H35"],
    "Donegal": ["F92", "F94"],
    "Dublin": ["D22", "D13"],
    "Tipperary": ["E41", "E34"],
}
AUPC = {
    "New South Wales": "21##",
    "Victoria": "30##",
    "South Australia": "51##",
    "Queensland": "41##",
    "Western Australia": "606#",
}
NZPC = {"Auckland": "20##", "Gisborne": "40##", "Northland": "04##", "Wellington": "50##"}


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


def words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 3}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None, home: Person | None = None, nick: bool = False) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again."""
    if nick and culture is None:
        culture = rng.choice(
            [c for c in loc.cultures if any(g in NICK for g in NAMES[c][0] + NAMES[c][1])]
            or list(loc.cultures)
        )
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5
    if nick and any(g in NICK for g in NAMES[culture][0] + NAMES[culture][1]):
        female = (
            any(g in NICK for g in NAMES[culture][0])
            if rng.random() < 0.5
            else not any(g in NICK for g in NAMES[culture][1])
        )
    fs, ms, fams = NAMES[culture]
    pool = [g for g in (fs if female else ms) if not (words(g) | words(NICK.get(g, ""))) & used]
    if not pool:  # a small table borrows from the country's other communities
        pool = [
            g
            for c in loc.cultures
            for g in NAMES[c][0 if female else 1]
            if not (words(g) | words(NICK.get(g, ""))) & used
        ]
    if nick and any(g in NICK for g in pool):  # someone who goes by a short form
        pool = [g for g in pool if g in NICK]
    given = rng.choice(pool)
    used |= words(given) | words(NICK.get(given, ""))
    if family is None:
        free = [f for f in fams if not words(f) & used] or [
            f for c in loc.cultures for f in NAMES[c][2] if not words(f) & used
        ]
        family = rng.choice(free)
    if female:
        family = FEMININE.get(family, family)
    used |= words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f[:4]}{dob.year % 100:02d}",
            f"{f}{g[0]}{rng.randint(1, 99)}",
            f"{g}_{f}",
            f"{g[0]}.{f}{rng.randint(1, 9)}",
        ]
    )
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        town = rng.choice(loc.regions[region][1])
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)), email,
               line, town, pc, nick=NICK.get(given, ""))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def postcode(rng: random.Random, code: str, region: str) -> str:
    if code == "US":
        return fill(rng, ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.3 else "")
    if code == "CA":
        return (
            f"{rng.choice(FSA[region])} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
        )
    if code == "UK":
        return f"{rng.choice(OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "IE":
        return ids.eircode(rng, rng.choice(EIR[region]))
    if code == "AU":
        return fill(rng, AUPC[region])
    return fill(rng, NZPC[region])


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """nat: the national number (SSN type), hp: a health-plan number, hid: a health number (ID or HEALTH_PLAN), dl."""
    c = w.loc.code
    if c == "US":
        return {
            "nat": ids.ssn(rng),
            "hp": ids.mbi(rng),
            "hid": fill(rng, rng.choice(["@@@#########", "W#########", "%########"])),
            "dl": ids.licence(rng, c),
        }
    if c == "CA":
        hid = (
            ids.ohip(rng)
            if w.abbr == "ON"
            else fill(rng, "@@@@ #### ####")
            if w.abbr == "QC"
            else fill(rng, "%########")
        )
        return {"nat": ids.sin(rng), "hp": fill(rng, "@@@%#######"), "hid": hid, "dl": ids.licence(rng, c)}
    if c == "UK":
        hid = ids.chi(rng, w.dob, w.female) if w.region == "Orkney" else ids.nhs(rng)
        return {"nat": ids.nino(rng), "hp": fill(rng, "%#######@"), "hid": hid, "dl": ids.licence(rng, c)}
    if c == "IE":
        return {
            "nat": ids.ppsn(rng),
            "hp": fill(rng, "%#######"),
            "hid": fill(rng, "%######@"),
            "dl": ids.licence(rng, c),
        }
    if c == "AU":
        return {
            "nat": ids.tfn(rng),
            "hp": ids.medicare_au(rng),
            "hid": ids.ihi(rng),
            "dl": ids.licence(rng, c),
        }
    return {"nat": ids.ird(rng), "hp": fill(rng, "%#######"), "hid": ids.nhi(rng), "dl": ids.licence(rng, c)}


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as staff write it, PHI type) for a person's numbers."""
    c = w.loc.code
    if c == "US":
        return {
            "nat": ("SSN", "SSN"),
            "hp": ("Medicare MBI", "HEALTH_PLAN"),
            "hid": ("Member ID", "HEALTH_PLAN"),
        }
    if c == "CA":
        return {"nat": ("SIN", "SSN"), "hp": ("Blue Cross ID", "HEALTH_PLAN"),
                "hid": ("OHIP" if w.abbr == "ON" else "RAMQ" if w.abbr == "QC" else "Health card", "HEALTH_PLAN")}  # fmt: skip
    if c == "UK":
        return {
            "nat": ("NI No", "SSN"),
            "hp": ("Bupa no", "HEALTH_PLAN"),
            "hid": ("CHI" if w.region == "Orkney" else "NHS No", "ID"),
        }
    if c == "IE":
        return {"nat": ("PPSN", "SSN"), "hp": ("VHI no", "HEALTH_PLAN"), "hid": ("GMS no", "HEALTH_PLAN")}
    if c == "AU":
        return {"nat": ("TFN", "SSN"), "hp": ("Medicare", "HEALTH_PLAN"), "hid": ("IHI", "ID")}
    return {"nat": ("IRD", "SSN"), "hp": ("Southern Cross", "HEALTH_PLAN"), "hid": ("NHI", "ID")}
