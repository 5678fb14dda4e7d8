# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the ninetieth probe: emergency-department and acute-ward flow text from the
United States, the United Kingdom, Ireland, Canada, Australia and New Zealand (synthetic only; no real patient,
relative, visitor or member of staff).

Name words, drawn by the author from communities an ED meets in those countries: English and Cornish-style
surnames that are English words (Hollowmere, Thunderbolt, Makepeace, Lovelock, Smallbone, Twelvetrees ...) and
double-barrelled ones, old English given names, Irish O' / Mc / Mac and Scottish Mc / Mac surnames with Gaelic
given names, Maori (Te Whatu, Ngawati ...), Samoan, Tongan and Fijian, Tamil and Punjabi, Yoruba, Igbo and
Hausa, Filipino, Polish (with feminine surname forms) and Vietnamese. Combined at random: never a real person.
Every name word was checked against every string of the earlier probes' people tables before any measurement
(test_probe90), and replaced when it was there -- which ruled out nearly every common name of these
communities.

Towns and streets are invented; states, provinces, counties and regions are real and plain text inside an
address. Numbers are random; SSN, SIN, NI, PPSN, NHS, NHI, Ontario health card, BC PHN, Australian Medicare,
IMEI and VIN carry their scheme's check digits or rules (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe90 import ids
from tests.engine.probe90.ids import fill

__all__ = ["FEMININE", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "plain"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (["Wilfreda", "Hepzibah", "Marjery", "Ermintrude", "Honoria", "Benedicta", "Tacita", "Jerusha", "Thomasin"],
                ["Peverell", "Wulfric", "Zerubbabel", "Onesimus", "Eliphalet", "Ichabod", "Florizel"],
                ["Hollowmere", "Candlish", "Wickerly", "Brambling", "Sparrowhawk", "Marchbank", "Gallowglass", "Crookshank", "Lovelock", "Shakeshaft",
                 "Wintersgill", "Featherstonhaugh", "Ironmonger", "Hartshorn", "Oddfellow", "Tollemache", "Mumbray", "Cakebread", "Smallbone", "Twelvetrees",
                 "Bythesea", "Thunderbolt", "Pennyfather", "Bellhouse", "Cowlishaw", "Hogsflesh", "Greathead", "Lillywhite", "Whitehorn", "Makepeace",
                 "Wellbeloved", "Popplewell", "Hornblower", "Pinchbeck", "Harbottle", "Cockayne", "Tankard", "Smallbone-Tollemache", "Lillywhite-Makepeace",
                 "Hornblower-Mumbray", "Pinchbeck-Harbottle", "Candlish-Wickerly", "Sparrowhawk-Brambling", "Greathead-Popplewell",
                 "Hartshorn-Lovelock", "Cakebread-Twelvetrees", "Bellhouse-Pennyfather"]),
    "irish": (["Dearbháil", "Cacht", "Ethne", "Feidhelm", "Rónait"], ["Cúán", "Maolíosa", "Fursa", "Tuathal", "Cearbhall", "Ruarc", "Manchán"],
              ["O'Loughnane", "MacGiollarnáth", "O'Cuinneagain", "McSorley", "McEldowney", "O'Gallchobhair", "O'Ceallacháin", "McAleenan", "McGonigle",
               "O'Toghda", "O'Flahavan", "McGilligan", "O'Cribbin"]),
    "scottish": (["Sìleas", "Diorbhail"], ["Gilleasbuig", "Raghnall", "Ùisdean", "Iomhar"],
                 ["McGlashan", "MacKerracher", "McIlhatton", "McCorkindale", "MacQuilkan", "McIlvride"]),
    "maori": (["Hinetūrama", "Moerangi", "Rehutai", "Hinemanu", "Te Aowhiorangi", "Whetūmarama", "Pareārohi", "Rēhua", "Tahurangi"],
              ["Tūhoto", "Tūkaha", "Tarakawa", "Haimona", "Rāniera", "Manawanui", "Korotangi", "Rangikōtuku", "Tūteao"],
              ["Te Whatu", "Te Rangihaeata", "Tairakena", "Ngāwati", "Whakataka", "Tūwhangai", "Hōterene", "Tūpara", "Kahukiwa", "Te Kōhatu", "Parewhanake"]),
    "pacific": (["Lagilelei", "Taualofa", "Sinaumealii", "Vaimaila", "Tolotea", "Saane", "Naca"], ["Laulii", "Tulimanu", "Uikelotu", "Lepani"],
                ["Fa'asalele", "Matagiese", "Tufuga", "Mavaega", "Qereqeretabua", "Rabukawaqa", "Fuimaleo"]),
    "indian": (["Thilagavathi", "Kadambari", "Poongothai", "Ilavarasi", "Thamizhselvi", "Kumudhavalli", "Vanathi", "Navkiran"],
               ["Kuppusamy", "Ekambaram", "Sundaravadivel", "Arivazhagan", "Ezhilarasan", "Gnanasekaran", "Tamilarasan", "Jothilingam"],
               ["Venkatesan", "Namboodiri", "Kuppuswamy", "Thangavelu", "Manickavasagam", "Gurusamy", "Sabapathy"]),
    "nigerian": (["Oluwatamilore", "Ayanfeoluwa", "Mofiyinfoluwa", "Chizaram", "Ebelechukwu", "Ladi", "Ogechukwu"],
                 ["Ifedayo", "Chibuikem", "Onyedikachi", "Inuwa", "Bashiru", "Dahiru", "Nkemakolam"],
                 ["Ezeaku", "Obijiaku", "Mbanefo", "Oyibo", "Abdulkadir", "Kankia", "Bichi", "Ezeobiora", "Nwankpa", "Oyinlola", "Akinsete", "Mbakwe",
                  "Ifeacho", "Nwaogu"]),
    "filipino": (["Lyka", "Diwata", "Mayumi", "Jhoana"], [], ["Sanvictores", "Sarmenta", "Lagdameo", "Bantugan", "Dumpit"]),
    "polish": (["Bogusława", "Żywia", "Radomiła", "Lubomira"], ["Władysław", "Świętopełk", "Mściwój", "Gościsław", "Bronimir"],
               ["Gwiazdowski", "Sobczyński", "Pszczółkowski", "Rzepecki", "Przewłocki", "Żmijewski", "Ślusarczyk", "Szymańczyk", "Grabarczyk", "Chrząszcz",
                "Bartoszewicz", "Szczygieł"]),
    "vietnamese": (["Khuyên", "Đào", "Hoà"], ["Tèo", "Lượm", "Nhân", "Định", "Hiển", "Tước", "Phát", "Vĩnh", "Hào"], ["Văng", "Lại"]),
}  # fmt: skip
# a woman's form of a Polish family name
FEMININE = {"Gwiazdowski": "Gwiazdowska", "Sobczyński": "Sobczyńska", "Pszczółkowski": "Pszczółkowska", "Rzepecki": "Rzepecka",
            "Przewłocki": "Przewłocka", "Żmijewski": "Żmijewska"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (abbreviation, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Ohio": ("OH", ("Quarrystone Bend", "Larkhollow")), "Georgia": ("GA", ("Pecanbrook", "Redclay Crossing")),
               "New Mexico": ("NM", ("Arroyo Pintado", "Mesquite Flats")), "Maine": ("ME", ("Driftwood Harbor", "Spruce Ledge"))},
        ("%### Catbird Ave", "%## Bittersweet Ln Apt %", "%# Larkspur Rd", "%### Wagonwheel Dr", "%## Pawpaw Ct"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "aol.com", "outlook.com"),
        ("english", "irish", "nigerian", "filipino", "vietnamese", "polish", "indian", "pacific")),
    Loc("UK", {"Staffordshire": ("", ("Gorsty Hassop", "Nettlecombe Magna")), "Tayside": ("", ("Kinnaird Braes", "Balmullo Feus")),
               "West Midlands": ("", ("Tipton Wharfside", "Hockley Sumps")), "Cornwall": ("", ("Polwhidden", "St Ennor Churchtown"))},
        ("Flat %, %# Cinderhill Walk", "%## Tallowmere Road", "%# Wheelwright Row", "%# Cordwain Close", "Flat %#, Saltpan Court"),
        ("07^## ######", "07^##-######", "+44 7^## ######", "01782 ^#####", "01382 ^#####"), ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"),
        ("english", "scottish", "irish", "nigerian", "indian", "polish", "pacific")),
    Loc("IE", {"Dublin": ("Dublin", ("Rathbrennan", "Kilmashogue Lower")), "Galway": ("Co. Galway", ("Cloonagowan", "Ballinafad Cross")),
               "Waterford": ("Co. Waterford", ("Knockaderreen", "Portlaw Quay")), "Donegal": ("Co. Donegal", ("Gortahork Upper", "Meenacladdy"))},
        ("%# Hawthorn Rise", "Apt %#, Tolka Wharf", "%## Crannagh Grove", "%# Glasnamana Park", "%# Boreen Cottages"),
        ("08^ ### ####", "+353 8^ ### ####", "01 ^## ####", "091 5#####"), ("eircom.net", "gmail.com", "hotmail.com", "yahoo.ie"),
        ("irish", "english", "polish", "nigerian", "filipino", "indian")),
    Loc("CA", {"Ontario": ("ON", ("Tamarack Portage", "Lacloche Falls")), "British Columbia": ("BC", ("Skookumchuck Bar", "Osprey Reach")),
               "Alberta": ("AB", ("Coulee Springs", "Wapiti Bend")), "Nova Scotia": ("NS", ("Herring Cove East", "Mabou Intervale"))},
        ("%## Muskeg St Unit %", "%### Tollgate Concession", "%# Chinook Cres", "%## Bluenose Ave Apt %##", "%### Saskatoon Berry Rd"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^##-####"), ("gmail.com", "hotmail.com", "telus.net", "rogers.com"),
        ("english", "scottish", "filipino", "vietnamese", "indian", "polish", "nigerian")),
    Loc("AU", {"New South Wales": ("NSW", ("Wombat Gully", "Ironbark Crossing")), "Victoria": ("VIC", ("Bellbird Flat", "Mallee Hen Creek")),
               "Queensland": ("QLD", ("Quandong Springs", "Cassowary Vale")), "South Australia": ("SA", ("Saltbush Plains", "Yabby Point"))},
        ("%# Lyrebird St", "Unit %/%# Bandicoot Pde", "%## Kookaburra Rd", "%# Currawong Cres", "Unit %, %## Jacaranda Tce"),
        ("04## ### ###", "+61 4## ### ###", "(02) ^### ####", "(07) ^### ####"), ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"),
        ("english", "pacific", "vietnamese", "indian", "filipino", "polish", "nigerian")),
    Loc("NZ", {"Auckland": ("", ("Puriri Flat", "Mangere Rise")), "Canterbury": ("", ("Kowhai Downs", "Tussock Hill")),
               "Waikato": ("", ("Matai Junction", "Totara Heights")), "Otago": ("", ("Schist Gully", "Kaka Point Road End"))},
        ("%# Harakeke St", "%/%## Pohutukawa Rd", "%## Karaka Terrace", "%# Tui Glen Lane", "Flat %, %# Rimu Crescent"),
        ("021 ### ####", "027 ### ####", "022 ### ####", "(09) ^## ####", "(03) ^## ####"), ("xtra.co.nz", "gmail.com", "hotmail.co.nz", "outlook.com"),
        ("maori", "pacific", "english", "indian", "filipino", "scottish")),
]}  # fmt: skip

ZIP = {"Ohio": "441##", "Georgia": "303##", "New Mexico": "871##", "Maine": "041##"}
FSA = {
    "Ontario": ["P3E", "K7L"],
    "British Columbia": ["V2C", "V0N"],
    "Alberta": ["T1J", "T4N"],
    "Nova Scotia": ["B2G", "B0E"],
}
OUT = {
    "Staffordshire": ["ST4", "ST16"],
    "Tayside": ["DD1", "PH2"],
    "West Midlands": ["B15", "WV10"],
    "Cornwall": ["TR1", "PL25"],
}
EIR = {
    "Dublin": ["D09", "D24"],
    "Galway": ["H91", "H65"],
    "Waterford": ["X91", "E32"],
    "Donegal": ["F92", "F93"],
}
AUPC = {"New South Wales": "2###", "Victoria": "3###", "Queensland": "4###", "South Australia": "5###"}
NZPC = {"Auckland": "2###", "Canterbury": "7###", "Waikato": "3###", "Otago": "9###"}


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
    email: str
    line: str
    town: str
    postcode: str
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a login."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower().replace("ł", "l").replace("đ", "d") if c.isalnum())


def words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 3}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again."""
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5
    fs, ms, fams = NAMES[culture]
    pool = [g for g in (fs if female else ms) if not words(g) & used]
    if not pool:  # a small table borrows from the country's other communities
        pool = [g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not words(g) & used]
    given = rng.choice(pool)
    used |= words(given)
    if family is None:
        free = [f for f in fams if not words(f) & used] or [
            f for c in loc.cultures for f in NAMES[c][2] if not words(f) & used
        ]
        family = rng.choice(free)
    if female:
        family = FEMININE.get(family, family)
    elif family in FEMININE.values():
        family = next(m for m, f in FEMININE.items() if f == family)
    used |= words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice(
        [f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}"]
    )
    email += "@" + rng.choice(loc.mails)
    region = rng.choice(list(loc.regions))
    town = rng.choice(loc.regions[region][1])
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), email,
               fill(rng, rng.choice(loc.streets)), town, postcode(rng, loc.code, region))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def postcode(rng: random.Random, code: str, region: str) -> str:
    if code == "US":
        return fill(rng, ZIP[region])
    if code == "CA":
        return (
            f"{rng.choice(FSA[region])} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
        )
    if code == "UK":
        return f"{rng.choice(OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "IE":
        return ids.eircode(rng, rng.choice(EIR[region]))
    if code == "NZ":
        return fill(rng, NZPC[region])
    return fill(rng, AUPC[region])


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """mrn: the hospital's record number; hp: the national health or insurance number; nat: the national
    (social-security type) number; dl: a driving licence."""
    c = w.loc.code
    mrn = fill(rng, {"US": "%#######", "UK": rng.choice(["@%######", "%#########"]), "IE": "%######", "CA": "@%######",
                     "AU": "%######", "NZ": "@@%#####"}[c])  # fmt: skip
    dl = ids.licence(rng, c)
    if c == "US":
        return {
            "mrn": mrn,
            "hp": fill(rng, rng.choice(["@@@%########", "%#########@"])),
            "nat": ids.ssn(rng),
            "dl": dl,
        }
    if c == "UK":
        return {"mrn": mrn, "hp": ids.nhs(rng), "nat": ids.nino(rng), "dl": dl}
    if c == "IE":
        return {"mrn": mrn, "hp": fill(rng, "%######@"), "nat": ids.ppsn(rng), "dl": dl}
    if c == "CA":
        hp = (
            ids.ohip(rng) if w.abbr == "ON" else ids.bc_phn(rng) if w.abbr == "BC" else fill(rng, "%########")
        )
        return {"mrn": mrn, "hp": hp, "nat": ids.sin(rng), "dl": dl}
    if c == "NZ":
        return {"mrn": mrn, "hp": ids.nhi(rng), "nat": fill(rng, "%##-###-###"), "dl": dl}
    return {"mrn": mrn, "hp": ids.medicare_au(rng), "nat": ids.crn(rng), "dl": dl}


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as staff write it, PHI type) for a person's numbers."""
    c = w.loc.code
    hp = {"US": ("Ins ID", "HEALTH_PLAN"), "UK": ("NHS", "HEALTH_PLAN"), "IE": ("GMS", "HEALTH_PLAN"), "AU": ("Medicare", "HEALTH_PLAN"),
          "NZ": ("NHI", "HEALTH_PLAN")}.get(c, ("OHIP" if w.abbr == "ON" else "PHN" if w.abbr == "BC" else "HCN", "HEALTH_PLAN"))  # fmt: skip
    nat = {
        "US": ("SSN", "SSN"),
        "UK": ("NI", "SSN"),
        "IE": ("PPSN", "SSN"),
        "CA": ("SIN", "SSN"),
        "AU": ("CRN", "ID"),
        "NZ": ("MSD client", "ID"),
    }[c]
    mrn = {"US": "MRN", "UK": "Hosp no", "IE": "MRN", "CA": "MRN", "AU": "URN", "NZ": "Hosp no"}[c]
    return {"mrn": (mrn, "MRN"), "hp": hp, "nat": nat}
