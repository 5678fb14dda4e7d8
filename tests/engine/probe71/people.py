# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventy-first probe: developer-collaboration and incident artefacts
around health software from the United States, the United Kingdom and New Zealand (synthetic only; no real
patient, relative, developer or support agent). Patients and their relatives are Hmong Minnesotan
(White Hmong RPA spellings, the clan names Xyooj, Vaj, Thoj ...), Marshallese Arkansan, Chuukese Hawaiian and
Cape Verdean New England names (US), British Tamil, Manx and Faroese names (UK) and Tongan, Niuean, Fijian,
i-Kiribati and Samoan names (New Zealand); the engineering, support and on-call staff carry Sámi, Breton and
Faroese names. Given and family names are combined at random: never a real person. They were checked against
every string of the people tables of probes 1-68 before any measurement (test_probe71: no shared name word).

Towns, suburbs and streets are invented (on real states' and regions' names, which are keep values when
written alone). Numbers are random; SSN, MBI, NHS, NHI and billing-card numbers follow their schemes' rules
and check digits (ids.py), and UK driving licences are built from the holder's name and date of birth.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe71 import ids
from tests.engine.probe71.ids import fill

__all__ = ["LOCS", "NAMES", "STAFF_CULTURES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "hmong": (
        ["Nyiaj", "Ntxhoo", "Npauj", "Yeeb", "Ntsiab", "Txiab", "Nplias", "Pachia", "Maiyia", "Nkauj"],
        ["Tooj", "Ntxawg", "Txooj", "Nchiaj", "Tsheej", "Nruag", "Tswv", "Tswjfwm", "Xay"],
        ["Xyooj", "Vaj", "Thoj", "Yaj", "Muas", "Tsab", "Kwm", "Vwj", "Lauj", "Phab", "Tswb"]),
    "marshallese": (
        ["Liwaj", "Limijo", "Lakwoj", "Likiej", "Neimata", "Jemina", "Lokwa", "Limakwe"],
        ["Jibon", "Lanej", "Lajuon", "Tonke", "Jitok", "Rubon", "Laelon", "Jiemon"],
        ["Laelang", "Jorkan", "Kabua", "Lakjohn", "Riklon", "Anjain", "Lomae", "Zackhras", "Jelkan", "Bejang", "Lokeijak", "Kattil", "Lajikit", "Jeadrik", "Tibon"]),
    "chuukese": (
        ["Mesia", "Sinchia", "Meresa", "Remine", "Sapina", "Wenenuk"],
        ["Kisiwo", "Siweriano", "Nesor", "Tiwen", "Kesner", "Wichep"],
        ["Setik", "Wasan", "Sapwin", "Sowe", "Echen", "Emwalu", "Wemeng", "Nifon", "Esirom"]),
    "capeverdean": (
        ["Djenifa", "Odeth", "Nilsa", "Zuleica", "Sulmira", "Jandira"],
        ["Djonatan", "Adilson", "Odair", "Nelito", "Hernâni", "Ivandro", "Djoni"],
        ["Fortes", "Livramento", "Évora"]),
    "tamil": (
        ["Tharsika", "Mathuja", "Piriyanka", "Luxsiga", "Kirushanthy", "Nirojini", "Thayalini", "Yalini", "Abirami", "Sasikala"],
        ["Thushyanthan", "Kajendran", "Piratheepan", "Sivakaran", "Nirojan", "Thayaparan", "Vasanthan", "Sutharsan", "Jeyakanthan", "Kugathasan", "Mayuran",
         "Sathees", "Ilankumaran", "Rajeevan"],
        ["Vythilingam", "Selvanayagam", "Sivasubramaniam", "Kathirgamathamby", "Thillainathan", "Velupillai", "Muthulingam", "Namasivayam", "Jeyaratnam",
         "Kathirgamanathan"]),
    "manx": (
        ["Breesha", "Aalin", "Ealish", "Voirrey", "Moirrey", "Juaneen", "Bahee", "Ealisaid"],
        ["Illiam", "Fingan", "Orry", "Jamys"],
        ["Kinvig", "Gawne", "Shimmin", "Teare", "Cannell", "Kewley", "Clague", "Quine", "Corkill", "Costain", "Kneale", "Cubbon", "Sayle", "Crebbin",
         "Mylchreest", "Curphey"]),
    "faroese": (
        ["Rakul", "Gunvá", "Guðrun"],
        ["Sámal", "Eyðun", "Tróndur", "Jógvan", "Jákup", "Fríði", "Tummas", "Pætur", "Dánjal", "Regin"],
        ["Joensen", "Ellefsen", "Gaardbo", "Djurhuus", "Hammershaimb", "Nolsøe", "Zachariasen", "Háberg", "Tórgarð", "Øregaard", "Midjord",
         "Patursson"]),
    "tongan": (
        ["Siosiana", "Pisila", "Ilaisaane"],
        ["Sosaia", "Uatisoni", "Vaea"],
        ["Motuliki", "Pahulu", "Vete", "Hopoate"]),
    "niuean": (
        ["Moka", "Hekesi", "Vaiala", "Ikimafola", "Liufau", "Lagaloga"],
        ["Vaha", "Fisi", "Makavili"],
        ["Pulehetoa", "Feofaaki", "Vakauta", "Ikiua", "Mitimeti", "Lagitupu", "Tanevesi"]),
    "fijian": (
        ["Titilia", "Sainimere", "Verenaisi"],
        ["Jioji", "Aporosa", "Osea", "Sevanaia"],
        ["Vosanibola", "Koroivueta", "Vakatawa", "Ravula", "Vunibaka", "Cakau", "Naulivou", "Delaibatiki"]),
    "kiribati": (
        ["Teretia", "Taabwi", "Tibwere", "Kaotitaake", "Rereao", "Bwebwenibure", "Tiroba", "Nenenteiti", "Iutita"],
        ["Teeta", "Tebuke", "Teraoi"],
        ["Tebano", "Itaaka", "Kaure", "Tiaon", "Bwenawa", "Rimon", "Rimeta", "Teiwaki", "Tekaie", "Taratai", "Benete", "Tabwebweiti"]),
    "samoan": (
        ["Fa'amanu", "Vaelua", "Silia"],
        ["Tusi"],
        ["Lafaialii", "Va'ai"]),
    # staff (developers, SREs, support agents): plain text, never scored
    "sami": (
        ["Sáráhkká", "Ingá", "Sunná", "Kárená", "Sigga"],
        ["Biera", "Jovnna", "Ovllá", "Niillas", "Mihkkal", "Heikka", "Piera", "Juhán"],
        ["Guttorm", "Keskitalo", "Triumf", "Kuhmunen", "Kuoljok", "Labba", "Länta", "Omma", "Parfa", "Pavval", "Sikku", "Spiik", "Valkeapää"]),
    "breton": (
        ["Azilis", "Anaëlle"],
        ["Briac", "Tudal", "Jakez", "Fañch", "Youenn"],
        ["Léostic", "Tromeur", "Kerbrat", "Dantec", "Calvez"]),
}  # fmt: skip
STAFF_CULTURES = ("sami", "breton", "faroese")


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region (keep) -> (abbreviation, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: dict[str, tuple[str, ...]]  # culture -> the regions it lives in


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Minnesota": ("MN", ("Vadnais Narrows", "Owasso Flats", "Gervais Mill", "Snail Lake Crossing")),
        "Arkansas": ("AR", ("Elm Springs Hollow", "Tontitown Ridge", "Cave Creek Mill", "Lowell Prairie East")),
        "Hawaii": ("HI", ("Kalihi Uka Heights", "Palolo Mauka", "Waipio Acres East")),
        "Massachusetts": ("MA", ("Campello Mills", "Onset Bay Village", "Wareham Narrows", "Brockton Heights West")),
    }, ("%### Rice Creek Blvd", "%## Larpenteur Ave Apt %#", "%### Old Wire Rd", "%## Pohaku Loop", "%# Kukui Ln Apt %@", "%## Cranberry Bog Rd",
        "%### Spring Creek Rd Lot %#", "%## Tremont Heights Ave", "%#### Hwy %#2 N"),
        (),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"),
        {"hmong": ("Minnesota",), "marshallese": ("Arkansas",), "chuukese": ("Hawaii",), "capeverdean": ("Massachusetts",)}),
    Loc("UK", "United Kingdom", {
        "England": ("", ("Harrow Weald Common", "Wealdstone Parva", "Heysham Moss", "Overton Sands Green")),
        "Scotland": ("", ("Scalloway Voe", "Hamarsgarth", "Quarff Brae")),
    }, ("Flat %, %# Kenton Parade", "%## Whitchurch Mews", "%# Heysham Brow", "%# Sandylands Close", "%## Marsh Lane West", "Flat %#, Ostrich House, Tanner Row",
        "%# Voeside Road"),
        ("07^## ######", "+44 7^## ######"),
        ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com"),
        {"tamil": ("England",), "manx": ("England",), "faroese": ("Scotland",)}),
    Loc("NZ", "New Zealand", {
        "Auckland": ("", ("Favona Heights", "Ōtara Creek", "Clendon Park West", "Māngere Bridge East")),
        "Wellington": ("", ("Cannons Creek Ridge", "Waitangirua Heights", "Ranui Terrace")),
    }, ("%# Tidal Road", "%/%# Bader Drive", "%#@ Massey Road", "%# Kiwi Esplanade", "Unit %, %# Mahia Road", "%# Warspite Avenue", "%# Driver Crescent"),
        ("021 ### ####", "022 ### ####", "027 ### ####", "+64 21 ### ####"),
        ("gmail.com", "xtra.co.nz", "outlook.com", "hotmail.com", "yahoo.co.nz"),
        {"tongan": ("Auckland",), "niuean": ("Auckland",), "samoan": ("Auckland",), "fijian": ("Auckland", "Wellington"), "kiribati": ("Wellington",)}),
]}  # fmt: skip
REGION_PHONES = {
    "Minnesota": ("(651) ^##-####", "651-^##-####"), "Arkansas": ("(479) ^##-####", "479-^##-####"), "Hawaii": ("(808) ^##-####", "808-^##-####"),
    "Massachusetts": ("(508) ^##-####", "(774) ^##-####"),
    "England": ("020 8^## ####", "01524 ^#####"), "Scotland": ("01595 ^#####",),
    "Auckland": ("(09) 27^ ####", "09 26^ ####"), "Wellington": ("(04) 23^ ####", "04 23^ ####"),
}  # fmt: skip
US_ZIP = {"Minnesota": "551##", "Arkansas": "727##", "Hawaii": "968##", "Massachusetts": "023##"}
UK_OUT = {"England": ["HA3", "HA2", "LA3", "LA4"], "Scotland": ["ZE1", "ZE2"]}
NZ_PC = {"Auckland": ["2102", "2104", "2105", "0610", "0612"], "Wellington": ["5022", "5024"]}


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
    nid: str = ""  # SSN (US), NHS number (UK), NHI number (NZ)
    hp: str = ""  # Medicare MBI / plan member id (US), insurer membership (UK, NZ)
    dl: str = ""  # driver's licence number

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 3}


def plain(s: str) -> str:
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "")


def postcode(rng: random.Random, code: str, region: str) -> str:
    if code == "US":
        return fill(rng, US_ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.25 else "")
    if code == "UK":
        return f"{rng.choice(UK_OUT[region])} {fill(rng, '#')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return rng.choice(NZ_PC[region])


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc` (`family` a household's family name, `home` a household's address); no
    name word is shared with anyone already drawn for the document (`used`)."""
    culture = culture or rng.choice(list(loc.cultures))
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    pool = [g for g in (fs if female else ms) if not (_words(g) & used)]
    if not pool:  # a small table borrows its neighbours' given names
        pool = [g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not (_words(g) & used)]
    given = rng.choice(pool)
    used |= _words(given)
    if family is None:
        free = [f for f in fams if not (_words(f) & used)]
        if not free:
            free = [f for c in loc.cultures for f in NAMES[c][2] if not (_words(f) & used)]
        family = rng.choice(free)
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(10, 999)}", f"{g}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = rng.choice(loc.cultures.get(culture) or tuple(loc.regions))
        towns = loc.regions[region][1]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region)
    phones = REGION_PHONES.get(region, ()) + loc.phones
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(phones)), fill(rng, rng.choice(phones)), email,
               line, town, pc)  # fmt: skip
    c = loc.code
    w.nid = ids.ssn(rng) if c == "US" else ids.nhs(rng) if c == "UK" else ids.nhi(rng)
    w.hp = (ids.mbi(rng) if dob.year < ref.year - 64 else fill(rng, rng.choice(["@@@%########", "W%########"]))) if c == "US" else \
        fill(rng, rng.choice(["%#######", "BU%#######"])) if c == "UK" else fill(rng, "%#######")  # fmt: skip
    w.dl = ids.driver_licence(rng, c, w.abbr or w.region, family, given, dob, female)
    return w


def staff(rng: random.Random, used: set[str], ref: date) -> Person:
    """A developer, SRE or support agent (plain text: staff are not the patients whose PHI is scored)."""
    return draw_person(rng, LOCS["UK"], used, ref, culture=rng.choice(STAFF_CULTURES), age_days=(24 * 365, 60 * 365))
