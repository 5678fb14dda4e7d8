# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-eighth probe: home medical equipment, home infusion and specimen
logistics text from the United States, the United Kingdom, Canada and Australia (synthetic only; no real patient,
carer, driver, technician, nurse, pharmacist or prescriber).

Name words, from communities that home-care drivers and nurses meet, as the author knows them: Louisiana
Cajun and Appalachian given names, Armenian-American (Western Armenian spellings), Ilocano Filipino, Native
Hawaiian, Garifuna, Doukhobor (the -off families of the Kootenays) with old Russian given names, Inuit of
Nunavut and Nunavik, Newfoundland and Métis families, Cornish (Tre-, Pen-, Pol- families), Orkney and Icelandic,
Gambian, Yoruba and Igbo, Kalenjin (Kenyan), Tamil, Sinhala, Nepali and Bengali, Frisian, Fijian, Maltese,
Greek and Lebanese Australians, and Central Australian Aboriginal skin names used as family names. Combined at
random: never a real person. Every name word was checked against every string of the earlier probes' people
tables before any measurement (test_probe88), and replaced when it was there.

Towns, streets and access lanes are invented; states, provinces and regions are real and plain text inside an
address. Numbers are random; SSN, MBI, NPI, DEA, Ontario health card, BC PHN, NHS, Australian Medicare, VIN and
GTIN numbers carry their scheme's check digits or rules (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe88 import ids
from tests.engine.probe88.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "plain"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gulf": (["Ophelise", "Leontine", "Elodie", "Zonie", "Ardena", "Vertie", "Haidee"], ["Aurelien", "Arville", "Shirl", "Delphus", "Clarnie"],
             ["Ancelet", "Authement", "Lirette", "Dardar", "Chaisson"]),
    "armenian": (["Vartouhie", "Haigouhie", "Zvart", "Mayranoush", "Nevart", "Arshalouys"], ["Vahan", "Boghos", "Haroutiun", "Mardiros"],
                 ["Jamgotchian", "Mouradian", "Chitjian", "Torosian", "Ouzounian", "Srabian", "Kalustian", "Kalaydjian", "Tchakerian", "Khatchadourian", "Gogoladze"]),
    "ilocano": (["Crisanta", "Encarnacion", "Felicisima"], ["Ponciano"],
                ["Tabaniag", "Agcaoili", "Bactad", "Cacpal", "Galasinao", "Bagaoisan", "Ramelb", "Acidera", "Valdriz", "Ganotisi", "Bumanlag", "Raquedan", "Cabanting", "Sagucio"]),
    "hawaiian": (["Kaleolani", "Iwalani", "Kaleinani", "Noenoe", "Kapuaokalani", "Kalehua"], ["Kaleikoa", "Pohaku", "Kawelo"],
                 ["Kalawaia", "Kahaleanu", "Haleamau", "Keliihoomalu", "Makaimoku", "Pukahi"]),
    "garifuna": (["Ravenna", "Sabra"], [], ["Sambula", "Arzu", "Nolasco", "Lalin", "Bernardez"]),
    "doukhobor": (["Fenya", "Anyuta", "Malasha", "Grunya", "Lukerya", "Ustinya", "Feklusha", "Anfisa", "Agrafena", "Evlampiya", "Matryona", "Glafira", "Kapitolina"],
                  ["Fedosei", "Evdokim", "Larion", "Mikhei", "Prokofy", "Terenty", "Yakim", "Afanasy", "Foma", "Yermolai", "Potap", "Avdei", "Nikandr", "Trofim", "Zosima", "Kondraty"],
                  ["Plotnikoff", "Bonderoff", "Kalmakoff", "Rilkoff", "Negraeff", "Samorodin", "Postnikoff", "Shukin", "Tarasoff", "Osachoff", "Makortoff", "Semenoff",
                   "Fofonoff", "Kanigan", "Horkoff", "Lactin", "Zarchikoff", "Verigin", "Konkin", "Chernoff", "Popoff", "Kootnikoff", "Strelioff", "Zaitzoff",
                   "Kazakoff", "Hoodicoff", "Podovinikoff", "Sherstobitoff", "Perepolkin", "Voykin"]),
    "inuit": (["Leesee", "Kooyoo", "Eegeesiak", "Napatchie", "Oqutaq", "Ulayu", "Ningeeuga", "Nuvalinga", "Arnaujaq", "Tapeesa", "Sheouak", "Akinisie", "Kinguk"],
              ["Kananginak", "Taqialuk", "Kootoo", "Mathewsie", "Davidee", "Tuniq", "Qupanuaq", "Ningiuk", "Iqqaqsaq", "Simeonie"],
              ["Kaludjak", "Ittinuar", "Pilakapsi", "Amarualik", "Tungilik", "Angotingoar", "Iyerak", "Qiatsuk", "Kullualik", "Nashalik", "Mikijuk", "Atagootak",
               "Etungat", "Qumuatuq", "Evaloardjuk", "Kakkee", "Anoee", "Mablik", "Tattuinee", "Aningmiuq", "Komaksiutiksak", "Uqaituk", "Nasogaluak", "Pudloo",
               "Eetoolook", "Siakuluk", "Tiglik"]),
    "outport": (["Eulah", "Vina"], [], ["Budgell", "Squibb", "Mifflin", "Noftall", "Coombs", "Lariviere", "Parenteau", "Breland"]),
    "cornish": (["Kerra", "Lowdy", "Ygerna", "Kewa", "Meraud", "Bersaba", "Thomasine", "Jenefer", "Gwennol"], ["Peder", "Cador", "Mawgan", "Carasek", "Hedyn"],
                ["Tremethick", "Pentreath", "Rablen", "Tregoning", "Roskruge", "Penhall", "Tregurtha", "Trezona", "Polsue", "Gendall", "Treganza", "Tregellas",
                 "Menheniott", "Penwarden"]),
    "orcadian": (["Hallveig"], ["Rognvald", "Harvald", "Thorbjorn", "Steingrimur"], ["Cursiter", "Groundwater", "Eyjolfson"]),
    "westafrican": (["Modupe", "Isatou", "Fatoumatta", "Haddijatou"], ["Ebrima", "Ousainou", "Momodou"],
                    ["Olowokere", "Oyinlola", "Ezeagwu", "Mbanefo", "Jallow", "Ceesay", "Touray", "Sanneh", "Bojang", "Jammeh", "Darboe", "Njie", "Manneh", "Faal",
                     "Sillah", "Jobe", "Drammeh", "Kinteh", "Jatta", "Gassama"]),
    "kalenjin": (["Chelagat", "Jelimo", "Chepkurui", "Jepchirchir", "Chepkemoi", "Jepkemei", "Chemutai", "Chepchumba"], ["Kipkorir", "Kipyegon", "Kipsang", "Kipsiele", "Kimeli"],
                 ["Cheboi", "Kiptum", "Chesire", "Kurgat", "Kipkoech", "Chepkwony", "Kipsiro", "Kipketer"]),
    "southasian": (["Saraswati", "Nithyakalyani", "Thamarai", "Ilavarasi", "Priyamvada", "Kadambari", "Inoka"], ["Bhupendra", "Senthilvel", "Murugadoss", "Elangovan", "Debabrata", "Pinaki"],
                   ["Lamsal", "Ratnasingham", "Wijesekera", "Amarasekara"]),
    "frisian": (["Wilhelmine", "Gesina", "Aafke"], ["Hylke", "Fokke", "Diedrich"], ["Tjoelker", "Algra", "Wijbenga", "Kingma", "Rienstra"]),
    "fijian": (["Losalini"], ["Isireli"], ["Waqairatu", "Rokotuiviwa", "Bulitavu", "Qereqeretabua", "Lutumailagi"]),
    "maltese": (["Rozina"], ["Kalcidon", "Ganni"], ["Formosa", "Cini", "Gatt", "Magro"]),
    "levant": (["Jamileh", "Theodosia", "Euphrosyne", "Calliope", "Urania"], ["Theofilos"], ["Tzanetakis", "Manolakos", "Yazbeck", "Moukarzel"]),
    "centralaus": ([], [], ["Tjapangati", "Napangati", "Kngwarraye", "Pengarte", "Penangke", "Tjangala", "Petyarre"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (abbreviation, invented towns)
    streets: tuple[str, ...]
    lanes: tuple[str, ...]  # the back lane, service road or track a driver is sent round by (ADDRESS)
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Louisiana": ("LA", ("Chinquapin Landing", "Boxelder Bend")), "Minnesota": ("MN", ("Jackpine Crossing", "Redbud Falls")),
               "Pennsylvania": ("PA", ("Sweetgum Mills", "Hackberry Run")), "Hawaii": ("HI", ("Pipestone Flat", "Catalpa Springs"))},
        ("%### Buckeye Trace", "%## Gravelbar Rd Apt %", "%# Catalpa Ct", "%### Sweetgum Ln Lot %#", "%## Redbud Hollow Rd"),
        ("Chinquapin Loop", "Boxelder Service Rd", "Hackberry Alley", "Gravelbar Spur"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "att.net", "outlook.com"),
        ("gulf", "armenian", "ilocano", "hawaiian", "garifuna", "westafrican")),
    Loc("CA", {"Ontario": ("ON", ("Fireweed Narrows", "Sprucewood Falls")), "British Columbia": ("BC", ("Sockeye Bar", "Chinook Bench")),
               "Manitoba": ("MB", ("Muskox Lake", "Caribou Siding")), "Nunavut": ("NU", ("Eider Point", "Narwhal Inlet"))},
        ("%## Fettler Ave", "%### Cordwinder St Unit %", "%# Smithy Cres", "%## Malthouse Rd", "%# Farrier Dr"),
        ("Sockeye Lane", "Fireweed Back Rd", "Cooperage Way", "Jackfish Trail"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^##-####"), ("gmail.com", "hotmail.com", "shaw.ca", "sympatico.ca"),
        ("doukhobor", "inuit", "outport", "armenian", "southasian", "frisian", "kalenjin")),
    Loc("UK", {"Cornwall": ("", ("Polgooth Downs", "Carnmoggas")), "Greater Manchester": ("", ("Dyehouse Brow", "Ostlers Green")),
               "Tyne and Wear": ("", ("Saddlers Bank", "Tinners Row")), "Orkney": ("", ("Zawn Wick", "Pengersick Hope"))},
        ("%# Tregadjack Row", "Flat %, %# Stannary Court", "%## Pilchard Lane", "%# Chyanhal Terrace", "%# Kiddlywink Close"),
        ("Wheal Trevassack Lane", "Stannary Mews", "Pilchard Ope", "Dyehouse Ginnel"),
        ("07^## ######", "07^##-######", "+44 7^## ######", "01872 ^#####", "0161 ^## ####"), ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"),
        ("cornish", "orcadian", "westafrican", "kalenjin", "southasian", "frisian")),
    Loc("AU", {"Victoria": ("VIC", ("Wombeyan Flat", "Corella Bend")), "Queensland": ("QLD", ("Bunyip Springs", "Gidgee Downs")),
               "New South Wales": ("NSW", ("Pardalote Vale", "Myall Crossing")), "Western Australia": ("WA", ("Mulga Wells", "Spinifex Ridge"))},
        ("%# Wirraway St", "Unit %/%# Bellbird Pde", "%## Lyrebird Rd", "%# Currawong Cres", "%# Yarrawonga Ct"),
        ("Gidgee Track", "Lyrebird Lane", "Corella Service Rd", "Mulga Firebreak"),
        ("04## ### ###", "+61 4## ### ###", "(03) ^### ####", "(07) ^### ####"), ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"),
        ("fijian", "maltese", "levant", "centralaus", "southasian", "ilocano", "armenian")),
]}  # fmt: skip

ZIP = {"Louisiana": "705##", "Minnesota": "556##", "Pennsylvania": "175##", "Hawaii": "967##"}
FSA = {"Ontario": ["P0V", "K0L"], "British Columbia": ["V1N", "V0G"], "Manitoba": ["R0B", "R8N"], "Nunavut": ["X0A", "X0B"]}
OUT = {"Cornwall": ["TR1", "PL25"], "Greater Manchester": ["OL4", "M26"], "Tyne and Wear": ["NE31", "SR5"], "Orkney": ["KW15", "KW17"]}
AUPC = {"Victoria": "36##", "Queensland": "48##", "New South Wales": "25##", "Western Australia": "64##"}


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
    lane: str
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
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
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
        free = [f for f in fams if not words(f) & used] or [f for c in loc.cultures for f in NAMES[c][2] if not words(f) & used]
        family = rng.choice(free)
    used |= words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}", f"{g[0]}.{f}{rng.randint(1, 9)}"])
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, pc, lane = home.region, home.line, home.town, home.postcode, home.lane
    else:
        region = rng.choice(list(loc.regions))
        town = rng.choice(loc.regions[region][1])
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region)
        lane = rng.choice(loc.lanes)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)), email,
               line, town, pc, lane)  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def postcode(rng: random.Random, code: str, region: str) -> str:
    if code == "US":
        return fill(rng, ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.3 else "")
    if code == "CA":
        return f"{rng.choice(FSA[region])} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
    if code == "UK":
        return f"{rng.choice(OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return fill(rng, AUPC[region])


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """hp: the health number, hp2: a second one (US Medicaid, AU DVA), acct: the supplier's patient account,
    mrn: the hospital's record number, plate: the patient's own car, nat: US SSN."""
    c = w.loc.code
    out = {"acct": fill(rng, rng.choice(["PA-%######", "%#######", "ACC%#####", "%##-####-##"])),
           "mrn": fill(rng, rng.choice(["%#######", "M%######", "H%######@", "%##-##-##"])), "plate": ids.plate(rng, c)}  # fmt: skip
    if c == "US":
        out |= {"hp": ids.mbi(rng), "hp2": fill(rng, rng.choice(["%#########", "@@%######", "%########@"])), "nat": ids.ssn(rng)}
    elif c == "CA":
        out["hp"] = ids.ohip(rng) if w.abbr == "ON" else ids.bc_phn(rng) if w.abbr == "BC" else fill(rng, "%########")
    elif c == "UK":
        out["hp"] = ids.nhs(rng)
    else:
        out |= {"hp": ids.medicare_au(rng), "hp2": fill(rng, rng.choice(["N@######", "V@######", "Q@######"]))}
    return out


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as staff write it, PHI type) for a person's health numbers."""
    c = w.loc.code
    if c == "US":
        return {"hp": ("Medicare MBI", "HEALTH_PLAN"), "hp2": ("Medicaid ID", "HEALTH_PLAN")}
    if c == "CA":
        hp = "OHIP" if w.abbr == "ON" else "PHN" if w.abbr == "BC" else "NU health card" if w.abbr == "NU" else "MB PHIN"
        return {"hp": (hp, "HEALTH_PLAN")}
    if c == "UK":
        return {"hp": ("NHS No", "ID")}
    return {"hp": ("Medicare", "HEALTH_PLAN"), "hp2": ("DVA file no", "HEALTH_PLAN")}
