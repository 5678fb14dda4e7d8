# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and trial sites for the forty-ninth probe: clinical-trial and research data
management text from sites in the United States, Romania, Bulgaria, Hungary, the Czech Republic, Japan,
Thailand and Australia (synthetic only; no real participant, investigator or staff member). Name words are
American (Appalachian, Southern, African-American and New Mexican / Tejano), Romanian, Bulgarian (feminine
family names in -a), Hungarian (family name first in Hungarian use), Czech (feminine family names in -ová / -á),
Japanese, Thai and Australian (Cornish-descended), combined at random: never a real person. They were checked
against every string of the people tables of probes 1-48 before any measurement (test_probe49: no shared name
word) and never against the engine's word lists.

Towns, villages, suburbs, Japanese chō and Thai tambon / amphoe, streets and house lines are invented; states,
județe, megyék, kraje, prefectures and Australian states (first-level) are real and are keep values when written
alone (Bulgarian oblasts and Thai provinces share their capital's name and are written only inside addresses).
Site names are invented. Numbers are random; Romanian CNP, Bulgarian EGN, Czech birth numbers, Hungarian TAJ
numbers, Thai national IDs, Australian Medicare numbers and IBANs carry valid check digits.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe49 import ids
from tests.engine.probe49.ids import fill

__all__ = ["FEMININE", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family); Bulgarian and Czech family names are the masculine form, FEMININE
# maps them to the feminine one
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (['Lorene', 'Tammie', 'Kendra', 'Ashlyn', 'Kortney', 'Shondra', 'Lavonne', 'Twila', 'Darla', 'Cathleen', 'Marcy', 'Deana', 'Tonja', 'Sharla', 'Lynette', 'Renita', 'Vernice', 'Ardella'],
           ['Colton', 'Kyler', 'Brody', 'Cason', 'Benito', 'Jairo', 'Ronnie', 'Jimmie', 'Ottis', 'Willard', 'Ferrell', 'Doyle', 'Ervin', 'Jerrell', 'Montez', 'Antwon', 'Quinton', 'Wardell', 'Ezell'],
           ['Fairchild', 'Haney', 'Mullins', 'Sizemore', 'Stapleton', 'Burchett', 'Slone', 'Napier', 'Cantu', 'Trevino', 'Longoria', 'Olivarez', 'Barrera', 'Ratcliffe', 'Holcomb', 'Vickers', 'Cheatham', 'Goins', 'Jeter', 'Kittrell', 'Pegues', 'Royster', 'Alston', 'Cogdell', 'Dortch', 'Exum', 'Hargett', 'Oakley', 'Parrish', 'Speight', 'Uzzell', 'Whitehurst', 'Lujan', 'Esquibel', 'Tafoya']),
    "ro": (['Mioara', 'Lenuța', 'Tudora', 'Domnica', 'Paraschiva', 'Catinca', 'Zamfira', 'Anișoara', 'Safta', 'Ilinca', 'Maricica', 'Steliana', 'Nicoleta', 'Georgeta', 'Aurica', 'Lucreția', 'Ecaterina', 'Marioara', 'Dumitra', 'Frusina', 'Elisabeta'],
           ['Gheorghiță', 'Dorel', 'Viorel', 'Ionel', 'Marinel', 'Nelu', 'Aurel', 'Tudorel', 'Fănel', 'Petrică', 'Neculai', 'Vasilică', 'Toader', 'Horia', 'Traian', 'Silviu'],
           ['Vulpescu', 'Mocanu', 'Pârvulescu', 'Zăvoianu', 'Iordache', 'Buzatu', 'Negoiță', 'Grigoraș', 'Anghelescu', 'Bălănescu', 'Cojocaru', 'Drăgulescu', 'Enache', 'Hagiu', 'Jitaru', 'Lupașcu', 'Nistor', 'Pădureanu', 'Răducanu', 'Tănase', 'Ursache']),
    "bg": (['Dimitrina', 'Tsvetanka', 'Yordanka', 'Gergana', 'Boryana', 'Rumyana', 'Vesselina', 'Mariyka', 'Donka', 'Penka', 'Todorka', 'Lilyana', 'Stanka', 'Dobrinka', 'Nevena', 'Petranka', 'Slavka'],
           ['Hristo', 'Blagoy', 'Zhivko', 'Krasimir', 'Tsvetan', 'Lyubomir', 'Radoslav', 'Kiril', 'Yordan', 'Rumen', 'Lachezar', 'Plamen', 'Veselin', 'Nedyalko'],
           ['Stoyanov', 'Dimitrov', 'Zhelyazkov', 'Kostadinov', 'Pehlivanov', 'Tsvetkov', 'Vulchev', 'Karagyozov', 'Bozhilov', 'Yankulov', 'Dragomirov', 'Mladenov', 'Gerdzhikov', 'Kanchev', 'Slavchev', 'Boyadzhiev', 'Chakarov', 'Dzhambazov', 'Kolev']),
    "hu": (['Ilona', 'Margit', 'Irén', 'Jolán', 'Rozália', 'Terézia', 'Borbála', 'Enikő', 'Csilla', 'Emőke', 'Klára', 'Aranka', 'Gyöngyvér', 'Zsófia', 'Magdolna', 'Teréz', 'Valéria', 'Judit', 'Ágnes', 'Hermina', 'Réka', 'Tímea'],
           ['Dezső', 'Béla', 'Kálmán', 'Géza', 'Tihamér', 'Vilmos', 'Ákos', 'Ottó', 'Dénes', 'Ödön', 'Jenő', 'Elemér', 'Barnabás', 'Gedeon', 'Kornél', 'Szilárd', 'Lőrinc', 'Tivadar'],
           ['Vörös', 'Bognár', 'Takács', 'Hegedűs', 'Szűcs', 'Boros', 'Kocsis', 'Pintér', 'Szalai', 'Bakos', 'Veres', 'Lengyel', 'Fodor', 'Orbán', 'Deák', 'Gulyás', 'Csizmadia', 'Halász', 'Sárközi', 'Juhász', 'Mészáros', 'Oláh', 'Kelemen', 'Somogyi', 'Rácz', 'Vincze', 'Szilágyi', 'Vadász']),
    "cz": (['Božena', 'Věra', 'Milada', 'Hedvika', 'Květa', 'Jiřina', 'Marcela', 'Alena', 'Jindřiška', 'Blanka', 'Bohdana', 'Eliška', 'Soňa'],
           ['Přemysl', 'Vlastimil', 'Lubomír', 'Dalibor', 'Jindřich', 'Kvido', 'Miloš', 'Oldřich', 'Svatopluk', 'Vítězslav', 'Zbyněk', 'Ctibor', 'Luboš', 'Lumír', 'Drahoslav', 'Hynek', 'Kamil', 'Ladislav'],
           ['Veselý', 'Horák', 'Němec', 'Pokorný', 'Jelínek', 'Růžička', 'Beneš', 'Fiala', 'Sedláček', 'Doležal', 'Zeman', 'Kolář', 'Navrátil', 'Čermák', 'Vaněk', 'Blažek', 'Kopecký', 'Štěpánek', 'Šimek', 'Kadlec']),
    "jp": (['Hatsue', 'Kazuyo', 'Natsuko', 'Sachiyo', 'Shizue', 'Tamae', 'Toshie', 'Yaeko', 'Chieko', 'Etsuko', 'Ikuko', 'Kimie', 'Michiyo', 'Nobuko', 'Sadako', 'Takako', 'Tomiko', 'Umeko', 'Fusae', 'Masae'],
           ['Osamu', 'Sadao', 'Tetsuo', 'Tomoharu', 'Toshiyuki', 'Yasuhiro', 'Yoshinori', 'Akihiko', 'Fumio', 'Haruo', 'Mitsuru', 'Nobuyuki', 'Shoji', 'Yukio', 'Hisashi', 'Kunio', 'Michio'],
           ['Kageyama', 'Kitamura', 'Mizuno', 'Nagai', 'Onishi', 'Sugiyama', 'Kubota', 'Noguchi', 'Ozawa', 'Kanno', 'Kikuchi', 'Miura', 'Nomura', 'Ogura', 'Sekiguchi', 'Hirano', 'Matsushita', 'Nakajima', 'Okuda', 'Sakurai', 'Uchiyama', 'Horiuchi', 'Ichikawa', 'Kawano', 'Masuda', 'Nishida']),
    "th": (['Somporn', 'Malee', 'Ratana', 'Sunee', 'Pranee', 'Kanya', 'Jintana', 'Nongnuch', 'Boonsri', 'Arunee', 'Kulap', 'Lamai', 'Buppha', 'Ampai', 'Waree', 'Chanpen', 'Yupin', 'Saowanee'],
           ['Somsak', 'Prayoon', 'Sombat', 'Narong', 'Suthep', 'Chamlong', 'Wirat', 'Pornchai', 'Boonlert', 'Chuchart', 'Thawatchai', 'Amnuay', 'Kasem', 'Manop', 'Prasong', 'Sommai', 'Yuthana', 'Chalerm'],
           ['Thongdee', 'Boonyarit', 'Chanthawong', 'Phanthong', 'Khamsuk', 'Yodkaew', 'Wongchai', 'Jaidee', 'Rungruang', 'Kongkaew', 'Phoemphon', 'Nakprasert', 'Sirichote', 'Kaewkhao', 'Inthachai', 'Chaisri', 'Buranasiri', 'Tangsiri', 'Ruangsri', 'Pholprasert', 'Saengchai', 'Wisetsin', 'Thanomsak', 'Boonchuay', 'Meesuk', 'Promsiri']),
    "au": (['Desma', 'Nerida', 'Merryn', 'Janelle', 'Noelene', 'Dulcie', 'Peta', 'Meaghan', 'Joylene', 'Kerryn', 'Marilyn', 'Lynda', 'Shelley', 'Elva', 'Jillian', 'Sonya', 'Kaylene', 'Nola', 'Wendy'],
           ['Darryl', 'Warwick', 'Graeme', 'Garth', 'Brenton', 'Lyall', 'Clem', 'Laurie', 'Alwyn', 'Cyril', 'Denis', 'Jock', 'Merv', 'Brendon'],
           ['Tregear', 'Polkinghorne', 'Mildenhall', 'Goldsworthy', 'Kernick', 'Bosanko', 'Trengove', 'Rodda', 'Trethowan', 'Jolliffe', 'Carthew', 'Retallick', 'Lanyon', 'Prisk', 'Tremayne', 'Trezise', 'Chegwidden', 'Curnow', 'Tregonning', 'Hambly', 'Trewartha', 'Pryor', 'Tregilgas', 'Pengilly', 'Hoskin', 'Teague', 'Trestrail', 'Annear', 'Skewes', 'Laity']),
}  # fmt: skip

FEMININE: dict[str, str] = {
    **{m: m + "a" for m in NAMES["bg"][2]},
    "Veselý": "Veselá", "Horák": "Horáková", "Němec": "Němcová", "Pokorný": "Pokorná", "Jelínek": "Jelínková",
    "Růžička": "Růžičková", "Beneš": "Benešová", "Fiala": "Fialová", "Sedláček": "Sedláčková", "Doležal": "Doležalová",
    "Zeman": "Zemanová", "Kolář": "Kolářová", "Navrátil": "Navrátilová", "Čermák": "Čermáková", "Vaněk": "Vaňková",
    "Blažek": "Blažková", "Kopecký": "Kopecká", "Štěpánek": "Štěpánková", "Šimek": "Šimková", "Kadlec": "Kadlecová",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    iso3: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # first-level region -> (abbreviation, towns)
    localities: tuple[str, ...]  # Japanese chō, Thai tambon ("" none)
    streets: tuple[str, ...]  # fill patterns of a house line
    postcode: str  # fill pattern
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]
    sites: tuple[tuple[str, str, str], ...]  # (site number, site name, e-mail domain)
    region_keep: bool = True  # a region name alone is a keep value (not where it is also a town's name)


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", "USA", {
        "Kentucky": ("KY", ("Beulah Fork", "Tygart Mills", "Caney Switch", "Sassafras Knob", "Lick Branch")),
        "North Carolina": ("NC", ("Pinnacle Grove", "Cedar Shoals", "Tarheel Crossroads", "Lower Contentnea")),
        "New Mexico": ("NM", ("Ojo Amarillo Heights", "Cañada Bonita", "Mesa Tres Ritos", "Arroyo Hondito")),
        "Texas": ("TX", ("Loma Colorada", "Brushy Bend", "Palo Blanco Crossing", "Nopalito Springs")),
        "Ohio": ("OH", ("Vinton Furnace", "Harmony Mills", "Raccoon Forge", "Symmes Landing")),
    }, (), ("%### Persimmon Ridge Rd", "%## Old Furnace Pike", "%### Calle del Sabino", "%## Tobacco Barn Ln", "%### Pawpaw Hollow Rd",
            "%## Sorghum Mill Dr, Apt %@", "%### Redbud Ter", "%## Arroyo Seco Loop", "%### Chinquapin Church Rd"),
        "#####", ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "att.net", "windstream.net", "outlook.com"), ("us",),
        (("1104", "Cumberland Valley Clinical Research", "cvclinres.com"), ("1109", "Piedmont Heart & Kidney Research", "phkresearch.org"),
         ("1112", "Sandia Vista Clinical Trials", "sandiavistact.com"), ("1117", "Gulf Plains Medical Research", "gpmr-trials.com"))),
    Loc("RO", "Romania", "ROU", {
        "Dolj": ("DJ", ("Măgura Dealului", "Băltenii Vechi", "Cârligei de Jos")),
        "Prahova": ("PH", ("Dumbrava Nouă", "Pietrari de Sus", "Valea Stânii Mici")),
        "Bihor": ("BH", ("Valea Lupului Mic", "Cornu de Jos", "Poienița Crișului")),
    }, (), ("Str. Florilor de Câmp nr. %#", "Str. Morii Vechi nr. %#", "Aleea Castanilor nr. %, bl. @%, sc. @, ap. %#", "Str. Pârâului nr. %##", "Str. Fântânii Reci nr. %#"),
        "%#####", ("07%# ### ###", "+40 7%# ### ###", "07%#######"), ("yahoo.com", "gmail.com", "yahoo.ro"), ("ro",),
        (("2103", "Spitalul Clinic Județean de Urgență", "scju-cercetare.ro"), ("2107", "Centrul Medical Sanomed", "sanomed-cercetare.ro"))),
    Loc("BG", "Bulgaria", "BGR", {
        "Stara Zagora": ("SZ", ("Dolni Bukovets", "Svetlen Dol", "Brezovo Pole")),
        "Pazardzhik": ("PZ", ("Gorna Vrabcha", "Kamenna Reka", "Lozarevo Hanche")),
    }, (), ("ul. Chinar %#", "ul. Bryastovitsa %#, ap. %", "ul. Lozovo %#", "ul. Yasenova Gora %#, vh. @, ap. %#"),
        "%###", ("+359 8^ ### ####", "08^ ### ####", "08^#######"), ("abv.bg", "gmail.com", "mail.bg"), ("bg",),
        (("2201", "DCC Focus Cardio", "focuscardio-research.bg"), ("2204", "MHAT Nadezhda Clinical Research Unit", "mhatcru.bg")), region_keep=False),
    Loc("HU", "Hungary", "HUN", {
        "Hajdú-Bihar": ("HB", ("Somosbereg", "Tiszanagyrét", "Felsőcsalános")),
        "Baranya": ("BA", ("Alsóbogárd", "Kisgyékényes", "Mecsekrétalja")),
        "Borsod-Abaúj-Zemplén": ("BAZ", ("Tarnaszentkút", "Sajókővölgy", "Hernádliget")),
    }, (), ("Akácfa utca %#.", "Szőlőhegy u. %#.", "Malom köz %.", "Kút u. %#/@", "Rózsadomb sor %#."),
        "%###", ("+36 30 ^## ####", "06 20 ^## ####", "+36 70 ^######"), ("freemail.hu", "gmail.com", "citromail.hu"), ("hu",),
        (("2302", "Klinikai Vizsgálóhely Kft.", "klinvizsg.hu"), ("2305", "Megyei Oktatókórház Kardiológiai Osztály", "moko-kardio.hu"))),
    Loc("CZ", "Czech Republic", "CZE", {
        "Jihomoravský kraj": ("JM", ("Horní Lhotka nad Oslavou", "Bělá u Stříbrné", "Vlčí Důl")),
        "Olomoucký kraj": ("OL", ("Dolní Bukovina", "Kamenný Mlýn", "Radslavice pod Kopcem")),
        "Kraj Vysočina": ("VY", ("Zálesná Rovinka", "Mezilesí nad Sázkou", "Hrušová Lhota")),
    }, (), ("Polní %##/%", "U Rybníka %##", "Za Školou %#", "Lipová %##/%#", "K Pískovně %#"),
        "%## ##", ("+420 6^# ### ###", "7^# ### ###", "+420 7^#######"), ("seznam.cz", "email.cz", "centrum.cz"), ("cz",),
        (("2401", "Fakultní nemocnice, II. interní klinika", "fn-interna2.cz"), ("2406", "CCR Moravia s.r.o.", "ccr-moravia.cz"))),
    Loc("JP", "Japan", "JPN", {
        "Gunma": ("GM", ("Kitakawabe", "Kamiōta", "Tomioka-Nakasato")),
        "Miyagi": ("MG", ("Higashi-Yoshino", "Oshino-dai", "Watari-Hamahara")),
        "Shimane": ("SN", ("Minami-Sakuradai", "Nishi-Hanawa", "Iwami-Kōbara")),
    }, ("Shimokusa", "Hon-chō", "Sakae-chō", "Asahigaoka", "Kotobuki-chō", "Nakazato"),
        ("%-%#-%#", "%-%-%#", "%#-%"), "%##-####", ("090-^###-####", "080-^###-####", "0^##-%#-####"), ("docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"), ("jp",),
        (("3101", "Kanto Medical Research Clinic", "kmrc-trials.jp"), ("3104", "Tohoku Heart Center", "tohoku-hc.jp"))),
    Loc("TH", "Thailand", "THA", {
        "Khon Kaen": ("KK", ("Phu Wiang Nuea", "Chum Phae Tai", "Nong Song Hong Noi")),
        "Nakhon Ratchasima": ("NR", ("Pak Thong Chai Nuea", "Sikhio Mai", "Dan Khun Thot Tai")),
        "Udon Thani": ("UD", ("Kumphawapi Klang", "Nong Han Nuea", "Ban Dung Mai")),
    }, ("Non Sila Thong", "Huai Yang Kham", "Nong Kham Phon", "Khok Pho Chai", "Ban Nong Saeng Yai", "Don Tan Noi"),
        ("%#/%# Moo %", "%##/% Moo %#", "%# Moo %"), "^##%0", ("08^-###-####", "+66 8^ ### ####", "09^-###-####"), ("gmail.com", "hotmail.com", "yahoo.co.th"), ("th",),
        (("3201", "Srinagarind Hospital, Faculty of Medicine", "srinagarind-ctu.ac.th"), ("3203", "Maharat Clinical Research Unit", "maharat-cru.go.th")), region_keep=False),
    Loc("AU", "Australia", "AUS", {
        "Victoria": ("VIC", ("Yarrowee Heights", "Tallong Creek", "Koonibba Park")),
        "Queensland": ("QLD", ("Gumbarra", "Barrengarry West", "Wirrinya Flats")),
        "South Australia": ("SA", ("Moorundie Springs", "Kadina East", "Tarcowie Park")),
    }, (), ("%# Quandong St", "%## Wattlebird Cres", "%# Ironbark Rd", "Unit %, %# Jacaranda Pde", "%# Bottlebrush Cl", "%## Saltbush Way"),
        "%###", ("04^# ### ###", "+61 4^# ### ###", "0^ ^### ####"), ("bigpond.com", "gmail.com", "optusnet.com.au"), ("au",),
        (("3302", "Southern Coast Clinical Trials", "scct.com.au"), ("3305", "Great Dividing Research Centre", "gdrc.org.au"))),
]}  # fmt: skip
# postcode prefixes by first-level region (the rest of the code is filled at random)
POSTCODE_PREFIX = {
    "Kentucky": "41", "North Carolina": "27", "New Mexico": "87", "Texas": "78", "Ohio": "45",
    "Dolj": "20", "Prahova": "10", "Bihor": "41", "Stara Zagora": "6", "Pazardzhik": "4",
    "Hajdú-Bihar": "4", "Baranya": "7", "Borsod-Abaúj-Zemplén": "3", "Jihomoravský kraj": "6", "Olomoucký kraj": "7",
    "Kraj Vysočina": "5", "Gunma": "37", "Miyagi": "98", "Shimane": "69", "Khon Kaen": "40", "Nakhon Ratchasima": "30",
    "Udon Thani": "41", "Victoria": "3", "Queensland": "4", "South Australia": "5",
}  # fmt: skip


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
    line: str  # house / street line
    locality: str  # Japanese chō / Thai tambon ("" elsewhere)
    town: str
    postcode: str
    login: str  # an EDC / e-mail user name made of the name
    initials: str  # EDC subject initials ("K-F", "KLF")
    family_key: str = ""  # the family name's masculine (table) form, for relatives
    family_first: bool = False  # Hungarian order, Japanese "KUBOTA Sachiyo"
    nid: str = ""  # national ID (CNP, EGN, rodné číslo, Thai ID, SSN) or "" (none in use)
    hp: str = ""  # health plan number (Medicare MBI / AU Medicare, TAJ, Japanese insurance card)
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family.upper()} {self.given}" if self.culture == "jp" else f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def sas(self) -> str:
        """"Family, Given" as SAS listings and EDC user tables write it."""
        return f"{self.family}, {self.given}"


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).replace("ō", "o")


def _words(name: str) -> set[str]:
    return set(name.replace("-", " ").split())


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (28 * 365, 66 * 365), family: str | None = None,
                home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` / `home` fix a
    relative's family name and household)."""
    female = rng.random() < 0.5 if female is None else female
    culture = rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    given = rng.choice([g for g in (fs if female else ms) if not (_words(g) & used)])
    if family is None:
        family = rng.choice([x for x in fam if not (_words(x) & used) and not (_words(FEMININE.get(x, x)) & used)])
    used |= _words(given) | _words(family) | _words(FEMININE.get(family, family))
    family_key = family
    if female:
        family = FEMININE.get(family, family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = ascii_fold(given).lower().replace(" ", ""), ascii_fold(family).lower().replace(" ", "")
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}{dob.year}"])
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, locality, town, pc = home.region, home.line, home.locality, home.town, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        towns = loc.regions[region][1]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        locality = rng.choice([x for x in loc.localities if x not in used] or list(loc.localities)) if loc.localities else ""
        line = fill(rng, rng.choice(loc.streets))
        prefix = POSTCODE_PREFIX[region]
        pc = prefix + fill(rng, loc.postcode)[len(prefix):]
        if loc.code == "CZ":
            pc = prefix + fill(rng, "## ##")
        elif loc.code == "TH":
            pc = prefix + fill(rng, "%#0")
        elif loc.code == "JP":
            line = f"{line} {locality}"
        used |= {town, locality}
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)),
               fill(rng, rng.choice(loc.phones)), email, line, locality, town, pc,
               login=ascii_fold(given[0] + family).lower().replace(" ", ""), initials=ids.initials(rng, given, family), family_key=family_key)  # fmt: skip
    w.family_first = (culture == "hu" and rng.random() < 0.5) or (culture == "jp" and rng.random() < 0.35)
    w.nid, w.hp = national_numbers(rng, w)
    w.addr = address(w)
    return w


def national_numbers(rng: random.Random, w: Person) -> tuple[str, str]:
    """(national ID, health plan number) as the country's trial paperwork would carry them."""
    return {
        "US": lambda: (ids.ssn(rng), ids.mbi(rng)),
        "RO": lambda: (ids.cnp(rng, w.dob, w.female), ""),
        "BG": lambda: (ids.egn(rng, w.dob, w.female), ""),
        "HU": lambda: ("", ids.taj(rng)),
        "CZ": lambda: (ids.rodne_cislo(rng, w.dob, w.female), ""),
        "JP": lambda: ("", ids.jp_insurance(rng)),
        "TH": lambda: (ids.thai_id(rng), ""),
        "AU": lambda: ("", ids.au_medicare(rng)),
    }[w.loc.code]()


NID_LABEL = {"US": "SSN", "RO": "CNP", "BG": "EGN", "CZ": "RČ", "TH": "Thai ID"}
HP_LABEL = {"US": "Medicare MBI", "HU": "TAJ", "JP": "Insurance card", "AU": "Medicare no."}


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, abbr = w.loc.code, w.loc.regions[w.region][0]
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {abbr} ", Z(w.postcode))
    if c == "RO":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town), f", jud. {w.region}")
    if c == "BG":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town), f", obl. {w.region}")
    if c == "HU":
        return (Z(w.postcode), " ", A(w.town), ", ", A(w.line))
    if c == "CZ":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))
    if c == "JP":
        return (A(w.line), ", ", A(w.town), f"-shi, {w.region} ", Z(w.postcode))
    if c == "TH":
        return (A(w.line), ", Tambon ", A(w.locality), ", Amphoe ", A(w.town), f", {w.region} ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {abbr} ", Z(w.postcode))
