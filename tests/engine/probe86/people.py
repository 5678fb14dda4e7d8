# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-sixth probe: sports, exercise and event medicine in the United
States, Canada, the United Kingdom, Ireland, Australia, New Zealand and South Africa, with clubs in France,
Spain, Italy and Portugal (synthetic only; no real player, relative, agent or member of staff).

Name words, from the naming traditions of the squads and staff these clubs hold as the author knows them:
Yoruba, Ghanaian (Akan, Ewe, Ga) and Ivorian; Kenyan Kalenjin and Ethiopian (Oromo, Amhara, Tigrinya);
Brazilian (the invented given names of the north-east: Luciclea, Francinaldo, Ronielson) and Argentine;
Serbian and Montenegrin; Tongan and Fijian; Japanese; Korean; Georgian; Norwegian and Icelandic (patronymics
in -son); Irish (Ó forms); Afrikaans (Du Toit, the short forms Faf, Naas, Thys); Breton, Galician and Basque,
Sardinian and Azorean staff for the continental clubs. Combined at random: never a real person. Checked against every string of the people tables of the earlier probes before any
measurement (test_probe86); family names the author recalled as belonging to one famous athlete were left out
(the common ones many players share remain).

Towns and streets are invented; states, provinces, counties and regions are real and plain text inside an
address. Numbers are random; SSN, NPI, SIN, Ontario health card, BC PHN, NHS, PPSN, TFN, Australian Medicare,
IHI, NHI, IRD, South African ID, NIR, DNI/NIE, codice fiscale, tessera sanitaria, NIF, VIN and IMEI numbers
carry their scheme's check digits (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe86 import ids
from tests.engine.probe86.ids import fill

__all__ = [
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
    "id_labels",
    "plain",
]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "yoruba": (["Oluwadamilola", "Temiloluwa", "Omotolani", "Itunuoluwa", "Omotayo", "Ayantola", "Ifeoluwapo", "Anuoluwapo", "Oluwafunmilayo", "Tiwalade"],
               ["Ayokunle", "Babatunwa", "Damilare", "Oluwagbemiga", "Akintunde", "Oladapo", "Adekunbi", "Ayobami", "Ogooluwa"],
               ["Adegbenro", "Olayinka", "Adeyanju", "Oyenuga", "Ojelabi", "Adedokun", "Akinsanya", "Ogunyemi", "Oladejo", "Osinowo", "Ayorinde", "Ogunsanwo"]),
    "ghanaian": (["Nhyira", "Obenewaa", "Dedaa", "Nyamekye", "Ohenewaa", "Kukuaa", "Serwaah", "Mawusi"], ["Kojovi", "Kodwo", "Worlanyo", "Ekwow", "Ato"],
                 ["Ansong", "Quarshie", "Dzidzornu", "Amevor", "Ocloo", "Nartey", "Annan-Forson", "Awuah", "Abrokwah", "Baffoe", "Essilfie", "Gyamerah"]),
    "ivorian": (["Adjoua", "Amenan", "Affoue", "Ahou"], ["Kouame", "Konan", "Brou", "Zadi"], ["Kouassi", "Yapi", "Gnagne", "Ahoua", "Assoumou", "Kakou", "Tiemoko", "Gnahore"]),
    "kenyan": (["Jepkosgei", "Cherono", "Chepngetich", "Jerotich", "Chepkirui"], ["Kiptanui", "Kipngeno", "Kiplimo", "Kiprop", "Kipyego", "Kibiwott", "Kiptoo", "Kiprugut", "Kimaiyo"],
               ["Tanui", "Korir", "Biwott", "Kosgei", "Chelimo", "Kiplangat", "Sigei", "Ngeno", "Mutai", "Maiyo", "Kemboi", "Chirchir", "Kibor"]),
    "ethiopian": (["Birhane", "Worknesh", "Senbere"], ["Tamirat", "Yomif", "Selemon", "Berihu", "Muktar", "Lelisa", "Gudeta", "Dejene", "Tadese", "Abadi"],
                  ["Tola", "Tefera", "Ayana", "Hadis", "Negesse", "Haileyesus", "Tessema", "Gemechu", "Lemma", "Woldegabriel"]),
    "brazilian": (["Thainara", "Rafaela", "Luciclea", "Gleyce", "Edilaine", "Kerolayne", "Jocelaine", "Francielle", "Maiara", "Tamires", "Ludmilla", "Andressa", "Kethlen", "Leidiane"],
                  ["Claudemir", "Wanderson", "Deivid", "Weverton", "Anderlei", "Jucilei", "Edmilton", "Ronielson", "Francinaldo", "Erivelton", "Ademilson"],
                  ["Guimaraes", "Brandao", "Assuncao", "Goncalves", "Aragao", "Paixão", "Mourao", "Bacelar", "Ribas"]),
    "argentine": (["Agustina", "Lucila", "Juliana", "Ayelen", "Malena", "Camila", "Melina"], ["Benjamin", "Valentino", "Franco", "Mateo", "Matias", "Alejo"],
                  ["Palacios", "Lugones", "Insaurralde", "Villagra", "Larrea", "Gorosito", "Colombatti", "Pergolini", "Scalabrini", "Giaccone", "Montenegro", "Pizarro",
                   "Masantonio", "Dubarry", "Saravia"]),
    "balkan": (["Jovana", "Zaklina", "Vukica"], ["Nemanja", "Vukasin", "Ognjen", "Zarko", "Srdjan", "Nebojsa", "Aleksa", "Veljko", "Andrija", "Strahinja", "Vladan", "Uros"],
               ["Radovanovic", "Milosavljevic", "Stojkovic", "Vucinic", "Djurdjevic", "Todorovic", "Obradovic", "Pejovic", "Begovic", "Vukadinovic", "Milenkovic",
                "Rakocevic", "Bulatovic", "Vujosevic", "Kecman", "Spasojevic", "Zivkovic", "Ristic", "Grbic", "Marjanovic"]),
    "pacific": (["Kalesita", "Sulieta", "Siutaisa", "Liuaki", "Tinaifolau", "Vereniki"], ["Josateki", "Waisake", "Peceli", "Sireli", "Lemeki", "Kepueli", "Penisoni", "Iowane"],
                ["Tonga'uiha", "Kolomatangi", "Matavesi", "Nakarawa", "Botia", "Tikoirotuma", "Tau'alupe", "Tokailagi", "Vatuvei", "Koroibete", "Cakaunivalu", "Tuipolotu"]),
    "japanese": (["Nanami", "Momoka", "Honoka", "Akari", "Shiori", "Fuka", "Yuzuki"],
                 ["Kaoru", "Daichi", "Kensuke", "Hayato", "Riku", "Koki", "Kohei", "Takehiro", "Shinji", "Masaya", "Kazuya", "Rikuto", "Genki", "Tomoaki"],
                 ["Matsumura", "Tomioka", "Kawashima", "Tanigawa", "Oshima", "Takasugi", "Yoshizawa", "Higashiyama", "Mizuhara"]),
    "korean": (["Dayeon", "Hyerin", "Nayoung", "Jiyul", "Yerim"], ["Jiseong", "Dongwon", "Minkyu", "Gunwoo", "Siwoo"], ["Seol", "Hyeon", "Sunwoo"]),
    "georgian": (["Salome", "Eka", "Maia", "Natia", "Lali", "Khatia", "Nato", "Sopiko", "Teona", "Lika"], ["Beka", "Ilia", "Davit", "Nika", "Irakli", "Guram", "Archil", "Mamuka"],
                 ["Gvelesiani", "Abuladze", "Nikoladze", "Tabatadze", "Gogiberidze", "Javakhishvili", "Kharaishvili", "Tskhadadze", "Meladze", "Jashi", "Gotsiridze", "Lortkipanidze"]),
    "nordic": (["Brynja", "Bergljot", "Gunnvor", "Herborg", "Eldbjorg", "Ingebjorg", "Malfrid", "Randi", "Hildegunn"],
               ["Hallvard", "Vebjorn", "Haakon", "Sverrir", "Bjarki", "Ketil", "Gunnstein", "Hallgeir"],
               ["Gudmundsson", "Finnbogason", "Berge", "Nyland", "Vetlesen", "Brekkhus", "Rognstad", "Kvernmo", "Tveiten", "Lundeby", "Eggertsson", "Skarphedinsson", "Hjaltason"]),
    "irish": (["Bebhinn", "Sile"], ["Cuan", "Tiarnan", "Ruadhan", "Daithi", "Fionnan", "Tighearnan"], ["Canning", "Ó Muirthile", "Gilsenan", "Ó Ceallachain"]),
    "afrikaans": (["Suzaan", "Christelle", "Rentia", "Mariaan", "Madelein", "Jolandi", "Anri", "Chrisna", "Marli", "Elzette", "Retha", "Mientjie", "Santie", "Babsie"],
                  ["Faf", "Handre", "Cobus", "Bismarck", "Tiaan", "Deon", "Jurie", "Wikus", "Pietie", "Christo", "Stoffel", "Japie", "Naas", "Gysbert", "Rassie", "Ockie", "Thys"],
                  ["Du Toit", "Lombard", "Hanekom", "Bekker", "Verster", "Cronje", "Lotter", "Jonker", "Blaauw", "Claassens", "Geldenhuys", "Buys"]),
    "breton": (["Maelys", "Gwenaelle", "Anaelle", "Clervie", "Morgane"], ["Loig", "Judicael", "Maelan"], ["Le Floch", "Quemener", "Le Meur", "Kerleroux"]),
    "iberian": (["Uxia", "Antia", "Margarida"], [], ["Aguirregomezkorta", "Ibarbia", "Barreiro", "Outeiral", "Sousa-Melo", "Frias", "Leite"]),
    "sardinian": (["Efisia", "Luigina"], ["Costantino", "Gesuino"], ["Melis", "Sanna", "Mura", "Atzeni", "Ledda", "Scanu"]),
}  # fmt: skip
# the name a player goes by (squad lists, WhatsApp threads)
NICK = {"Oluwagbemiga": "Gbemi", "Oluwafunmilayo": "Funmi", "Francinaldo": "Naldo", "Strahinja": "Strale", "Gunnstein": "Gunni",
        "Babatunwa": "Tunwa", "Kiprugut": "Kipro", "Ayokunle": "Ayo", "Omotayo": "Yomi", "Ogooluwa": "Ogo"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (abbreviation, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Oregon": ("OR", ("Tualatin Bend", "Scappoose Ridge")), "Colorado": ("CO", ("Fruita Mesa Flats", "Gunnison Bluffs")),
               "Georgia": ("GA", ("Dahlonega Springs", "Tallapoosa Run")), "Texas": ("TX", ("Pflugerville Oaks", "Buda Crossing"))},
        ("%### NW Quimby St", "%## Tamarack Loop Apt %@", "%### Ridgeback Trl", "%# Sorrel Ct", "%### Old Peachtree Pkwy Unit %"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "proton.me"),
        ("yoruba", "ghanaian", "kenyan", "ethiopian", "brazilian", "korean", "japanese", "nordic", "balkan", "argentine")),
    Loc("CA", {"Ontario": ("ON", ("Kanata Lakes West", "Orillia Bayfront")), "British Columbia": ("BC", ("Squamish Estuary Flats", "Ladysmith Heights"))},
        ("%## Larkspur Cres", "Unit %#, %### Beaverbrook Ave", "%### Cedar Hollow Rd", "%# Juniper Row"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^##-####"), ("gmail.com", "hotmail.com", "shaw.ca", "rogers.com"),
        ("ghanaian", "ethiopian", "korean", "japanese", "balkan", "nordic", "irish", "georgian")),
    Loc("UK", {"Greater Manchester": ("", ("Failsworth Pole", "Droylsden Marina")), "Merseyside": ("", ("Litherland Moss", "Netherton Vale")),
               "West Midlands": ("", ("Tipton Green End", "Wednesfield Locks")), "Tyne and Wear": ("", ("Hebburn Quay", "Washington Barmston"))},
        ("%# Cobbold Street", "Flat %, %## Sandyhills Road", "%## Kelpie Lane", "%# Ravensholt Close", "Flat %#, Marrowfield Court"),
        ("07^## ######", "07^##-######", "+44 7^## ######", "0161 ^## ####", "0151 ^## ####"), ("btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk"),
        ("yoruba", "ghanaian", "ivorian", "balkan", "georgian", "nordic", "brazilian", "japanese", "pacific")),
    Loc("IE", {"Cork": ("Co. Cork", ("Ballyfeard Cross", "Kilbrittain Strand")), "Kildare": ("Co. Kildare", ("Rathangan Bog", "Ballymore Eustace Lower")),
               "Dublin": ("Dublin", ("Rathcoole Commons", "Kilternan Glebe"))},
        ("%# Bóthar an Mhuilinn", "Apt %#, Liffeyside Court", "%## Curragh View", "%# Ardnagashel Park"),
        ("08^ ### ####", "+353 8^ ### ####", "021 ^#####", "045 ^#####"), ("eircom.net", "gmail.com", "hotmail.com", "icloud.com"),
        ("irish", "yoruba", "brazilian", "balkan", "pacific", "georgian")),
    Loc("AU", {"Victoria": ("VIC", ("Tarneit Rise", "Craigieburn Gate")), "Queensland": ("QLD", ("Caboolture Flats", "Nerang Hinterland")),
               "New South Wales": ("NSW", ("Penrith Lakes East", "Campbelltown Ridge"))},
        ("%# Ironbark Cres", "Unit %/%# Goanna St", "%## Warrego Hwy", "%# Quandong Way"),
        ("04## ### ###", "+61 4## ### ###", "(03) ^### ####", "(07) ^### ####"), ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"),
        ("pacific", "kenyan", "ethiopian", "japanese", "korean", "balkan", "afrikaans", "argentine")),
    Loc("NZ", {"Canterbury": ("", ("Rolleston Plains", "Lincoln Domain")), "Waikato": ("", ("Ngaruawahia Bend", "Te Kauwhata Flats")),
               "Otago": ("", ("Mosgiel Taieri", "Waikouaiti Spit"))},
        ("%# Matipo Street", "%#@ Totara Road", "Flat %, %# Puriri Avenue", "%# Karaka Crescent"),
        ("02^ ### ####", "+64 2^ ### ####", "03-^## ####", "07 8^# ####"), ("xtra.co.nz", "gmail.com", "hotmail.co.nz", "outlook.com"),
        ("pacific", "japanese", "afrikaans", "georgian", "argentine", "nordic")),
    Loc("ZA", {"Western Cape": ("", ("Durbanville Hills", "Stellenbosch Kloof")), "Gauteng": ("", ("Roodepoort Ridge", "Centurion Glen")),
               "KwaZulu-Natal": ("", ("Ballito Bay Heights", "Hillcrest Kloof"))},
        ("%# Protea Laan", "%## Bokmakierie Street", "Unit %#, Fynbos Villas", "%# Suikerbos Avenue"),
        ("08^ ### ####", "07^ ### ####", "+27 8^ ### ####", "021 ^## ####"), ("gmail.com", "mweb.co.za", "telkomsa.net", "outlook.com"),
        ("afrikaans", "yoruba", "ivorian", "pacific", "georgian", "argentine")),
    Loc("FR", {"Bretagne": ("", ("Plougastel-Trébéron", "Landerneau-Kerzuoc'h")), "Occitanie": ("", ("Castres-Lameilhé", "Albi-Cantepau"))},
        ("%# rue de Kerjézéquel", "%## avenue des Tamaris", "%# impasse des Mouettes", "Bât. @, %# allée du Ménez"),
        ("06 ## ## ## ##", "07 ## ## ## ##", "+33 6 ## ## ## ##"), ("orange.fr", "laposte.net", "free.fr", "gmail.com"),
        ("breton", "ivorian", "georgian", "pacific", "argentine")),
    Loc("ES", {"Galicia": ("", ("Vilagarcía de Arousa Norte", "Ribadumia Alta")), "País Vasco": ("", ("Zarautz-Aizpurua", "Getxo-Algorta Baja"))},
        ("Rúa do Sartego %#, %º", "Calle Intxaurrondo %#, %º@", "Avenida de Lalín %##"),
        ("6## ### ###", "+34 6## ## ## ##"), ("gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"),
        ("iberian", "argentine", "brazilian", "yoruba")),
    Loc("IT", {"Sardegna": ("", ("Quartucciu Pozzo", "Sestu Bia Santa")), "Lombardia": ("", ("Cinisello Borgo", "Sesto Rondinella"))},
        ("Via Is Mirrionis %#", "Via Sa Serra %##", "Viale Bruncu Teula %#/@"),
        ("3## ### ####", "+39 3## ### ####"), ("libero.it", "tiscali.it", "gmail.com", "alice.it"),
        ("sardinian", "argentine", "balkan", "georgian", "ghanaian")),
    Loc("PT", {"Açores": ("", ("Lagoa das Furnas Alta", "Capelas de Baixo")), "Porto": ("", ("Gondomar-Fânzeres", "Valongo-Sobrado"))},
        ("Rua da Ladeira da Mãe de Deus %#", "Travessa do Pico da Pedra %#, %º Esq", "Rua Canada do Brum %##"),
        ("9## ### ###", "+351 9## ### ###"), ("sapo.pt", "gmail.com", "netcabo.pt", "hotmail.com"),
        ("iberian", "brazilian", "ivorian", "ghanaian")),
]}  # fmt: skip

ZIP = {"Oregon": "971##", "Colorado": "815##", "Georgia": "305##", "Texas": "786##"}
FSA = {"Ontario": ["K2T", "L3V"], "British Columbia": ["V8B", "V9G"]}
OUT = {
    "Greater Manchester": ["M35", "M43"],
    "Merseyside": ["L21", "L30"],
    "West Midlands": ["DY4", "WV11"],
    "Tyne and Wear": ["NE31", "NE38"],
}
EIR = {"Cork": ["P17", "P72"], "Kildare": ["R51", "W91"], "Dublin": ["D24", "D18"]}
AUPC = {"Victoria": "30##", "Queensland": "45##", "New South Wales": "27##"}
NZPC = {"Canterbury": "76##", "Waikato": "37##", "Otago": "90##"}
ZAPC = {"Western Cape": "75##", "Gauteng": "17##", "KwaZulu-Natal": "36##"}
FRPC = {"Bretagne": "294##", "Occitanie": "81###"}
ESPC = {"Galicia": "366##", "País Vasco": "20###"}
ITPC = {"Sardegna": "090##", "Lombardia": "200##"}
PTPC = {"Açores": "95##-###", "Porto": "44##-###"}


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
    table = {"AU": AUPC, "NZ": NZPC, "ZA": ZAPC, "FR": FRPC, "ES": ESPC, "IT": ITPC, "PT": PTPC}[code]
    return fill(rng, table[region])


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """nat: the national number (SSN type), hp: a health-plan number, hid: a health number (ID or HEALTH_PLAN),
    dl: a driving licence, pp: a passport."""
    c = w.loc.code
    out = {"dl": ids.licence(rng, c), "pp": ids.passport(rng, c)}
    if c == "US":
        return out | {
            "nat": ids.ssn(rng),
            "hp": fill(rng, rng.choice(["@@@#########", "W#########"])),
            "hid": fill(rng, "%########"),
        }
    if c == "CA":
        hid = ids.ohip(rng) if w.abbr == "ON" else ids.bc_phn(rng)
        return out | {"nat": ids.sin(rng), "hp": fill(rng, "@@@%#######"), "hid": hid}
    if c == "UK":
        return out | {"nat": ids.nino(rng), "hp": fill(rng, "%#######@"), "hid": ids.nhs(rng)}
    if c == "IE":
        return out | {"nat": ids.ppsn(rng), "hp": fill(rng, "%#######"), "hid": fill(rng, "%######@")}
    if c == "AU":
        return out | {"nat": ids.tfn(rng), "hp": ids.medicare_au(rng), "hid": ids.ihi(rng)}
    if c == "NZ":
        return out | {"nat": ids.ird(rng), "hp": fill(rng, "%#######"), "hid": ids.nhi(rng)}
    if c == "ZA":
        return out | {
            "nat": ids.sa_id(rng, w.dob, w.female),
            "hp": fill(rng, "%#########"),
            "hid": fill(rng, "@@%#######"),
        }
    if c == "FR":
        return out | {
            "nat": ids.nir(rng, w.dob, w.female),
            "hp": fill(rng, "%########"),
            "hid": fill(rng, "%#######@"),
        }
    if c == "ES":
        return out | {
            "nat": ids.dni(rng),
            "hp": fill(rng, "@@@@%#######%#"),
            "hid": fill(rng, "%#/%#######/##"),
        }
    if c == "IT":
        return out | {
            "nat": ids.codice_fiscale(rng, w.given, w.family, w.dob, w.female),
            "hp": ids.ts_card(rng),
            "hid": fill(rng, "%#######"),
        }
    return out | {"nat": ids.nif_pt(rng), "hp": fill(rng, "%########"), "hid": fill(rng, "%#######")}


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as staff write it, PHI type) for a person's numbers."""
    return {
        "US": {"nat": ("SSN", "SSN"), "hp": ("Member ID", "HEALTH_PLAN"), "hid": ("Subscriber ID", "HEALTH_PLAN")},
        "CA": {"nat": ("SIN", "SSN"), "hp": ("Blue Cross ID", "HEALTH_PLAN"), "hid": ("OHIP" if w.abbr == "ON" else "PHN", "HEALTH_PLAN")},
        "UK": {"nat": ("NI No", "SSN"), "hp": ("Bupa no", "HEALTH_PLAN"), "hid": ("NHS No", "ID")},
        "IE": {"nat": ("PPSN", "SSN"), "hp": ("VHI no", "HEALTH_PLAN"), "hid": ("GMS no", "HEALTH_PLAN")},
        "AU": {"nat": ("TFN", "SSN"), "hp": ("Medicare", "HEALTH_PLAN"), "hid": ("IHI", "ID")},
        "NZ": {"nat": ("IRD", "SSN"), "hp": ("Southern Cross", "HEALTH_PLAN"), "hid": ("NHI", "ID")},
        "ZA": {"nat": ("ID no", "SSN"), "hp": ("Medical aid no", "HEALTH_PLAN"), "hid": ("SARU reg", "ID")},
        "FR": {"nat": ("NIR", "SSN"), "hp": ("Mutuelle", "HEALTH_PLAN"), "hid": ("Licence FFR", "ID")},
        "ES": {"nat": ("DNI/NIE", "SSN"), "hp": ("Tarjeta sanitaria", "HEALTH_PLAN"), "hid": ("NSS", "SSN")},
        "IT": {"nat": ("Codice fiscale", "SSN"), "hp": ("Tessera sanitaria", "HEALTH_PLAN"), "hid": ("Tessera FIGC", "ID")},
        "PT": {"nat": ("NIF", "SSN"), "hp": ("Nº utente SNS", "HEALTH_PLAN"), "hid": ("Licença FPF", "ID")},
    }[w.loc.code]  # fmt: skip


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None, home: Person | None = None, nick: bool = False) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again."""
    if nick and culture is None:
        culture = rng.choice(
            [c for c in loc.cultures if any(g in NICK for g in NAMES[c][0] + NAMES[c][1])]
            or list(loc.cultures)
        )
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.45
    fs, ms, fams = NAMES[culture]
    if nick and any(g in NICK for g in fs + ms):
        female = any(g in NICK for g in fs) if rng.random() < 0.4 else not any(g in NICK for g in ms)
    pool = [g for g in (fs if female else ms) if not (words(g) | words(NICK.get(g, ""))) & used]
    if not pool:  # a small table borrows from the country's other communities
        pool = [
            g
            for c in loc.cultures
            for g in NAMES[c][0 if female else 1]
            if not (words(g) | words(NICK.get(g, ""))) & used
        ]
    if nick and any(g in NICK for g in pool):
        pool = [g for g in pool if g in NICK]
    given = rng.choice(pool)
    used |= words(given) | words(NICK.get(given, ""))
    if family is None:
        free = [f for f in fams if not words(f) & used] or [
            f for c in loc.cultures for f in NAMES[c][2] if not words(f) & used
        ]
        family = rng.choice(free)
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
