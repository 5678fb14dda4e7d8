# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-fifth probe: homelessness, housing and social-care outreach text
around health from the United States, Canada, the United Kingdom, Ireland and Australia (synthetic only; no real
client, relative, landlord or member of staff).

Name words, from communities that outreach workers in those countries meet, as the author knows them: Lakota,
Dakota and Plains Cree (Brokenrope, Spottedelk, Standingready ...), Anishinaabe and Mi'kmaq, Yolngu and Tiwi
(Arnhem Land and the Tiwi Islands), Irish and British Traveller families, Roma (Romanian, Hungarian, Balkan),
Eritrean (Tigrinya compounds), South Sudanese (Nuer and Dinka), Somali, Ukrainian and Polish (with feminine
surname forms), Scottish Gaelic (Mac / Nic), Appalachian, Jamaican, Salvadoran, Haitian and Filipino -- and the
street names people go by, which are English words (Preacher, Gravy, Pockets, Shortcake, Magpie, Boxcar ...).
Combined at random: never a real person. Every name word was checked against every string of the earlier probes'
people tables before any measurement (test_probe85), and re-drawn when it was there.

Towns, streets and the places people sleep (overpasses, creeks, reserves, car parks) are invented; states,
provinces, counties and regions are real and plain text inside an address. Numbers are random; SSN, MBI, EBT,
VIN, SIN, Ontario health card, BC PHN, NHS, NI, PPSN, TFN, Australian Medicare and IMEI numbers carry their
scheme's check digits or rules (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe85 import ids
from tests.engine.probe85.ids import fill

__all__ = [
    "FEMININE",
    "LOCS",
    "NAMES",
    "STREET_NAMES",
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
    "plains": (["Wicahpi", "Mahpiyawin", "Tatankawin", "Zitkala", "Tatewin", "Mnisose"], ["Wambdi", "Cetan", "Matoska", "Tasunke", "Kisikaw", "Wanbli"],
               ["Brokenrope", "Lookinghorse", "Spottedelk", "Whitemoccasin", "Ironshell", "Fasthorse", "Ghostbear", "Yellowfat", "Runsabove", "Yellowquill",
                "Bigplume", "Weaselchild", "Standingready", "Oldpan", "Nepoose", "Papequash"]),
    "anishinaabe": (["Nimkiikwe", "Mijaanisin", "Ziibiinskwe", "Apistanewj", "Kitpu"], ["Ogimaa", "Waagosh", "Ajijaak", "Wiklatmuj", "Taqawan", "Amkoqwet", "Saqamaw"],
                    ["Niganobe", "Kewaquado", "Paudash", "Nahwegahbow", "Twiss"]),
    "yolngu": (["Djuwalpi", "Ngarralja", "Gaymala", "Rrikawuy", "Boori", "Mirrawong", "Rarriwuy"], ["Yananymul", "Banduk", "Jinjair", "Muluwirri", "Jinparrak", "Djakapurra", "Wulamanayuwi"],
               ["Yunupingu", "Kantilla", "Illortaminni", "Ngalmi", "Jaragba", "Daymirringu", "Nganjmirra", "Namarnyilk", "Naborlhborlh", "Milkayngu", "Yirrininba",
                "Burrawanga", "Galaminda", "Mununggurritj"]),
    "traveller": (["Nanoo", "Bridgeen", "Maggeen", "Josey"], ["Johnjoe", "Martineen", "Mickeleen", "Jimmeen", "Tommeen", "Bimbo"],
                  ["Doran", "Cauley", "Dinnegan", "Mauchan", "Gammell", "Keenan-Gammell", "Warde", "Rattigan", "Boswell", "Ayres", "Penfold"]),
    "roma": (["Drina", "Luludja", "Papusza", "Sanda", "Zlatka", "Dzhemile", "Ruzha", "Zumbula", "Kalinka", "Shukarije", "Bisera"],
             ["Lacho", "Stevo", "Durko", "Boldo", "Ferko", "Gheorghita", "Dzhafer", "Ljatif", "Sabahudin", "Shaban"],
             ["Rostas", "Kolompar", "Lingurar", "Caldararu", "Duduman", "Dudas", "Serban", "Bajram", "Rusenov", "Cioaba", "Stojka", "Demirov", "Sulejmanovski",
              "Jasharov", "Ferizovic", "Rustemov"]),
    "horn": (["Letebrhan", "Tigisti", "Tsegereda", "Freweini", "Mhret", "Nyanluak", "Nyanwut", "Aweng", "Nyaboth", "Xuuriyo"],
             ["Tesfalem", "Tekie", "Mohaned", "Embaye", "Fshaye", "Tsehaye", "Thon", "Buoth", "Kueth", "Gatdet", "Dalmar", "Cawad"],
             ["Woldemichael", "Ghebrezgiabher", "Mengisteab", "Kidanemariam", "Weldegiorgis", "Okbamichael", "Andemichael", "Gebremeskel", "Bilpam", "Wacays",
              "Qoorsheel", "Cabdulle", "Dhiblawe"]),
    "slavic": (["Zinoviia", "Yevdokiia", "Paraskoviia", "Stefaniia", "Wladyslawa"], ["Andriiko", "Bohdanko", "Myroslavko", "Hryts", "Yukhym", "Ostapko", "Bronislaw",
               "Wincenty", "Zygfryd", "Panas", "Ilarion", "Semko", "Hordii"],
               ["Kulchytskyi", "Pidhirnyi", "Dovhaniuk", "Zahorodniuk", "Shpak", "Havryliuk", "Yavorivskyi", "Stetsiuk", "Drabyk", "Gieysztor", "Pawlowicz"]),
    "gaelic": (["Curstag", "Eubh", "Ciorsdan"], [], ["Macillechiar", "Domhnallach", "Macaonghais", "Macleoid", "Morrasdan", "Buchanain"]),
    "appalachian": (["Orvaline", "Ocie", "Elvy", "Alvie"], ["Hascal", "Sherd", "Foister", "Estill", "Arbie", "Elzy", "Jink"],
                    ["Turnbow", "Caskey", "Branham", "Frazure", "Burnam", "Hacker", "Tipton"]),
    "jamaican": (["Icylin", "Yvonnett", "Sybilene", "Novlyn", "Kadeisha", "Shanoya", "Tasheka", "Novia"], ["Lenworth", "Oral", "Trevane", "Fitzalbert", "Orrett", "Clevon"],
                 ["Thelwell", "Anglin", "Blagrove", "Dunkley", "Mairs", "Pusey", "Powe"]),
    "salvadoran": (["Yanira", "Milagro", "Blanca", "Dinora"], ["Amilcar", "Jeovanny", "Nahun", "Manrique"],
                   ["Canjura", "Sorto", "Chicas", "Menjivar", "Villatoro", "Guardado", "Avelar", "Alvarenga"]),
    "haitian": (["Mimose", "Eunide", "Roselore"], ["Wesnel", "Dieusibon", "Wilkens", "Dieuveut", "Fanfan", "Wenchel", "Yvener", "Gerson"],
                ["Cadichon", "Mondesir", "Dorismond", "Nerestant"]),
    "filipino": (["Dading", "Bernadeth"], ["Peregrino"], ["Tumaliuan", "Cabalquinto", "Mabanglo"]),
}  # fmt: skip
# a woman's form of a family name (Gaelic Nic, Ukrainian -ska / -na)
FEMININE = {"Macleoid": "Nicleoid", "Macaonghais": "Nicaonghais", "Macillechiar": "Nicillechiar", "Kulchytskyi": "Kulchytska", "Pidhirnyi": "Pidhirna",
            "Yavorivskyi": "Yavorivska"}  # fmt: skip
# the names people on the street go by (English words)
STREET_NAMES = ["Preacher", "Smokey", "Gravy", "Rooster", "Pockets", "Shortcake", "Cricket", "Moose", "Peaches", "Skillet", "Ladybird", "Sarge",
                "Whistler", "Stretch", "Scooter", "Pickle", "Magpie", "Jigsaw", "Lantern", "Boxcar", "Cornbread", "Hopscotch", "Ketchup", "Gator",
                "Marbles", "Tiptoe", "Buttons", "Puddles", "Dimes", "Frosty", "Mudbug", "Sketch"]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (abbreviation, invented towns)
    streets: tuple[str, ...]
    spots: tuple[tuple[str, str, str], ...]  # where someone sleeps: (before, the place (ADDRESS), after)
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Kentucky": ("KY", ("Tenmile Hollow", "Frazier Lick")), "Oregon": ("OR", ("Sallowmere", "Greasewood Junction")),
               "South Dakota": ("SD", ("Wakpa Flats", "Elkhide Bluffs")), "Washington": ("WA", ("Salmonberry Crossing", "Rimrock Landing")),
               "California": ("CA", ("Arroyo Seco Flats", "Bitterroot Wash"))},
        ("%### Quillback Ave", "%## Halyard St Apt %", "%# Ferrule Rd", "%### Sagebrush Dr Lot %#", "%## Redhawk Ln", "%### Wolfberry Ct"),
        (("under the ", "Cindercone St", " overpass"), ("camp by ", "Sallow Creek", ", under the footbridge"), ("tent behind the laundromat on ", "Tollgate Rd", ""),
         ("sleeping in car, ", "Paintbrush Park", " lot"), ("doorway of ", "418 Quillback Ave", "")),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "icloud.com", "outlook.com"),
        ("plains", "anishinaabe", "appalachian", "salvadoran", "haitian", "horn", "jamaican")),
    Loc("CA", {"Ontario": ("ON", ("Kinnickinnick Falls", "Muskrat Narrows")), "British Columbia": ("BC", ("Cedarbend", "Coldwater Reach")),
               "Manitoba": ("MB", ("Gitchee Rapids", "Salish Point")), "Nova Scotia": ("NS", ("Wolfberry Cove", "Brackenrigg Harbour"))},
        ("%## Cordwainer St Unit %", "%### Haymarket Rd", "%# Chandlery Lane", "Box %##, House %#", "%## Netherbow Ave Apt %##"),
        (("tent at ", "Beaverdam Flats", " encampment"), ("under the ", "Fenwright St", " bridge"), ("bus shelter at ", "Wickstead Rd and 4th", ""),
         ("sleeping in van, ", "Scullery Park", " lot"), ("stairwell at ", "221 Netherbow Ave", "")),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^##-####"), ("gmail.com", "hotmail.com", "shaw.ca", "sympatico.ca"),
        ("plains", "anishinaabe", "haitian", "horn", "roma", "slavic", "jamaican", "salvadoran")),
    Loc("UK", {"Glasgow": ("", ("Milnbank Cross", "Sighthill Lower")), "Greater London": ("", ("Hobcross Green", "Whinfell Reach")),
               "West Yorkshire": ("", ("Saltpan Bottoms", "Lickey Moor End")), "Bristol": ("", ("Brewhouse Quay", "Duckpond Vale"))},
        ("Flat %, %# Greyfriars Walk", "%## Cobbold Street", "Room %, %# Brewhouse Lane", "%# Craigend Terrace", "Flat %#, Gullane Court"),
        (("doorway of ", "Greyfriars Arcade", ""), ("bench in ", "Cobbold Gardens", ""), ("car park behind ", "Cowcaddens Row", ""),
         ("tent under the ", "Saltings Way", " flyover"), ("bin store of ", "14 Craigend Terrace", "")),
        ("07^## ######", "07^##-######", "+44 7^## ######", "0141 ^## ####", "0117 ^## ####"), ("gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"),
        ("traveller", "roma", "slavic", "gaelic", "jamaican", "horn")),
    Loc("IE", {"Dublin": ("Dublin", ("Ballinteer Lower", "Rathcool Bridge")), "Cork": ("Co. Cork", ("Knockbrack", "Carrigeen Cross")),
               "Limerick": ("Co. Limerick", ("Ballyvaun", "Clonmore West")), "Galway": ("Co. Galway", ("Drumkeel", "Gortnaskea"))},
        ("%# Tullyallen Road", "Apt %#, Lurgan Court", "%## Ballyroan Park", "%# Kilbeggan Terrace", "Bay %#, Halting Site, Rathmoy Road"),
        (("tent on the canal bank at ", "Ballinteer Lock", ""), ("doorway on ", "Ardcullen Road", ""), ("under the arches at ", "Lurgan Quay", ""),
         ("car at ", "Glenbrack", " GAA car park"), ("the old shed behind ", "9 Kilbeggan Terrace", "")),
        ("08^ ### ####", "+353 8^ ### ####", "01 ^## ####", "021 4^#####"), ("eircom.net", "gmail.com", "hotmail.com", "yahoo.ie"),
        ("traveller", "roma", "slavic", "horn", "filipino")),
    Loc("AU", {"Victoria": ("VIC", ("Candlebark Flat", "Woolshed Creek")), "New South Wales": ("NSW", ("Kurrajong Heights North", "Bulrush Vale")),
               "Northern Territory": ("NT", ("Sheoak Point", "Dunnart Springs")), "Queensland": ("QLD", ("Brolga Flats", "Galah Ridge"))},
        ("%# Quoll St", "Unit %/%# Potoroo Pde", "%## Bilby Rd", "%# Tiddalik Cres", "Unit %, %## Wattleberry Rd"),
        (("under the ", "Blackbutt Rd", " bridge"), ("swag in ", "Kurrajong Reserve", ""), ("car at ", "Gumnut Beach", " car park"),
         ("camp in the long grass at ", "Casuarina Foreshore", ""), ("verandah of ", "31 Quoll St", "")),
        ("04## ### ###", "+61 4## ### ###", "(03) ^### ####", "(08) 8^## ####"), ("bigpond.com", "gmail.com", "hotmail.com", "outlook.com"),
        ("yolngu", "horn", "slavic", "roma", "filipino")),
]}  # fmt: skip

ZIP = {
    "Kentucky": "417##",
    "Oregon": "972##",
    "South Dakota": "577##",
    "Washington": "981##",
    "California": "946##",
}
FSA = {
    "Ontario": ["P7B", "M6J"],
    "British Columbia": ["V6A", "V1Y"],
    "Manitoba": ["R2W", "R3B"],
    "Nova Scotia": ["B3K", "B1P"],
}
OUT = {
    "Glasgow": ["G4", "G21"],
    "Greater London": ["E1", "N7"],
    "West Yorkshire": ["LS9", "BD3"],
    "Bristol": ["BS2", "BS5"],
}
EIR = {"Dublin": ["D08", "D01"], "Cork": ["T12", "T23"], "Limerick": ["V94", "V35"], "Galway": ["H91", "H54"]}
AUPC = {"Victoria": "30##", "New South Wales": "20##", "Northern Territory": "08##", "Queensland": "48##"}


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
    spot: tuple[str, str, str]
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
    street = ""
    if nick:
        street = rng.choice([s for s in STREET_NAMES if not words(s) & used])
        used |= words(street)
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
               line, town, pc, rng.choice(loc.spots), nick=street)  # fmt: skip
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
    return fill(rng, AUPC[region])


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """nat: the national number (SSN type), hp: a health number, ben: a benefits number, hmis: the homelessness
    database's client id, dl: a driving licence."""
    c = w.loc.code
    hmis = fill(rng, {"US": "%#####", "CA": "%######", "UK": "%#####", "IE": "%######", "AU": "%########"}[c])
    if c == "US":
        return {"nat": ids.ssn(rng), "hp": fill(rng, rng.choice(["%#########", "@@%######", "%########@"])), "ben": ids.ebt(rng), "mbi": ids.mbi(rng),
                "hmis": hmis, "dl": ids.licence(rng, c)}  # fmt: skip
    if c == "CA":
        hp = (
            ids.ohip(rng) if w.abbr == "ON" else ids.bc_phn(rng) if w.abbr == "BC" else fill(rng, "%########")
        )
        return {
            "nat": ids.sin(rng),
            "hp": hp,
            "ben": fill(rng, "%########"),
            "hmis": hmis,
            "dl": ids.licence(rng, c),
        }
    if c == "UK":
        return {
            "nat": ids.nino(rng),
            "hp": ids.nhs(rng),
            "ben": fill(rng, "UC%########"),
            "hmis": hmis,
            "dl": ids.licence(rng, c),
        }
    if c == "IE":
        return {
            "nat": ids.ppsn(rng),
            "hp": fill(rng, "%######@"),
            "ben": fill(rng, "HAP/%#####"),
            "hmis": hmis,
            "dl": ids.licence(rng, c),
        }
    return {
        "nat": ids.tfn(rng),
        "hp": ids.medicare_au(rng),
        "ben": ids.crn(rng),
        "hmis": hmis,
        "dl": ids.licence(rng, c),
    }


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as staff write it, PHI type) for a person's numbers."""
    c = w.loc.code
    if c == "US":
        return {
            "nat": ("SSN", "SSN"),
            "hp": ("Medicaid ID", "HEALTH_PLAN"),
            "ben": ("EBT card", "ACCOUNT"),
            "hmis": ("HMIS ID", "ID"),
        }
    if c == "CA":
        hp = "OHIP" if w.abbr == "ON" else "PHN" if w.abbr == "BC" else "Health card"
        return {
            "nat": ("SIN", "SSN"),
            "hp": (hp, "HEALTH_PLAN"),
            "ben": ("Income assistance file", "ID"),
            "hmis": ("HIFIS ID", "ID"),
        }
    if c == "UK":
        return {
            "nat": ("NI No", "SSN"),
            "hp": ("NHS No", "ID"),
            "ben": ("UC claim", "ID"),
            "hmis": ("CHAIN ID", "ID"),
        }
    if c == "IE":
        return {
            "nat": ("PPSN", "SSN"),
            "hp": ("Medical card no", "HEALTH_PLAN"),
            "ben": ("HAP ref", "ID"),
            "hmis": ("PASS ID", "ID"),
        }
    return {
        "nat": ("TFN", "SSN"),
        "hp": ("Medicare", "HEALTH_PLAN"),
        "ben": ("CRN", "ID"),
        "hmis": ("SHIP ID", "ID"),
    }
