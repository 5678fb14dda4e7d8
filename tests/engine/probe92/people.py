# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the ninety-second probe: medical education and medical publishing text from
the United States, the United Kingdom, France, Germany, Spain and Italy (synthetic only; no real patient,
relative, clinician, student, reviewer, editor or actor).

Name words, drawn by the author from traditions no earlier probe drew on much: Finnish, Estonian, Icelandic
(patronymics by sex: -dóttir / -son), Welsh, Breton ("Le" surnames), Basque (two surnames in Spain), Sardinian,
Frisian, Romansh, Maltese, Faroese and Sámi, and Anglo given names that are English words of virtue or nature
(Amity, Silence, Thankful, Waitstill, Yarrow ...). Combined at random: never a real person. Every name word was
checked against every string of the people tables of probes 1-90 before any measurement (test_probe92) and
replaced when it was there -- which ruled out most common names of these traditions -- and against the engine's
Python-Faker name lists (none of the words below is in them) and the engine's code.

Towns and streets are invented; states, regions, départements, Länder, provinces are real and plain text inside an
address. Numbers are random; SSN, NPI, NHS, NI, NIR, RPPS, KVNR, LANR, RVNR, DNI / NIE, NUSS and codice fiscale
carry their scheme's check digits or rules (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe92 import ids
from tests.engine.probe92.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "plain"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "finnish": (["Hellin", "Ilta", "Lahja", "Taimi", "Tuovi", "Rauha", "Kaino", "Kielo", "Kukka", "Lumikki"], ["Kyösti", "Tenho", "Uljas", "Auvo", "Valto"],
                ["Kallioniemi", "Multanen", "Orava", "Haapakoski", "Ojanperä", "Tahvanainen", "Pykäläinen", "Hakulinen", "Tuppurainen", "Kyyhkynen",
                 "Ahvenainen", "Koskenniemi", "Vääräniemi", "Hynninen", "Mönkkönen", "Äijälä", "Sorsa"]),
    "estonian": (["Helje", "Leelo", "Krõõt", "Marje", "Triinu", "Aivi", "Hilje"], ["Ilmar", "Uku", "Kaarel", "Aare", "Endel", "Hillar", "Kuldar", "Sulev", "Valdur", "Ahto"],
                 ["Kruus", "Külv", "Kivirähk", "Lõoke", "Tuvi", "Talvik", "Sõrmus", "Lauristin", "Viires", "Vilbaste", "Laidoner", "Tammsaare", "Sütiste",
                  "Pajusalu", "Pihel", "Haljaste", "Vaarik"]),
    "icelandic": (["Valgerður", "Þorbjörg", "Aðalbjörg", "Geirþrúður", "Guðný", "Gerður"], ["Þórhallur", "Hreiðar", "Þrándur", "Hafliði", "Þorgeir", "Böðvar"],
                  ["Vésteinsdóttir", "Brynjólfsdóttir", "Hámundardóttir", "Sveinbjörnsdóttir", "Skúladóttir", "Hafliðadóttir", "Flosadóttir", "Jökulsdóttir",
                   "Gestsdóttir", "Oddsdóttir", "Rannveigardóttir", "Ófeigsson", "Eyvindsson", "Gissurarson", "Böðvarsson", "Sæmundsson", "Ormsson",
                   "Þorgeirsson", "Njálsson", "Hreiðarsson"]),
    "welsh": (["Eiry", "Anwen", "Nest", "Gwenith", "Eurgain", "Tangwystl", "Gwyneira", "Hunydd", "Rhonwen", "Llio", "Mallt", "Annest", "Generys"],
              ["Meilyr", "Meical", "Morys", "Urien", "Ednyfed", "Gwallter", "Hopcyn", "Cadell", "Wmffre", "Cynwrig"],
              ["Pennant", "Bodvel", "Blethyn", "Gronow", "Jevons", "Apreece", "Rosser", "Vychan", "Bevington", "Spurrell", "Lewsley", "Tudge", "Eckley",
               "Gwilt", "Watkeys", "Awbrey", "Tamplin", "Jeffreys", "Pritchett"]),
    "breton": (["Mannaig", "Sterenn"], ["Padrig", "Paol", "Judikael", "Elouan", "Goustan", "Nedeleg", "Riwallon", "Glaoda"],
               ["Kerguélen", "Guézennec", "Trémel", "Le Drézen", "Coadou", "Pennanech", "Lannuzel", "Le Bourhis", "Madec", "Quillivic", "Le Goaziou",
                "Tréguer", "Gloaguen", "Kerautret", "Quinquis", "Le Gléau", "Nicolazic", "Mescam", "Pichavant", "Berthou", "Guillerm", "Kerouanton",
                "Le Corre", "Le Tallec", "Le Quintrec", "Perennou", "Toularastel", "Kersaudy"]),
    "basque": (["Haizea", "Lorea", "Goizane", "Ikerne"], ["Patxi", "Xanti", "Oier", "Harkaitz", "Aritz"],
               ["Aizpurua", "Txurruka", "Oiarzabal", "Azkarate", "Lizarazu", "Gorostiza", "Errazkin", "Aldekoa", "Legorburu", "Berasategi", "Iribar",
                "Ormaetxea", "Urdangarin", "Intxausti", "Egaña", "Mugika", "Ezkurdia", "Agirretxe", "Loidi", "Lertxundi", "Arozena", "Eizagirre",
                "Aramendi", "Irazusta", "Etxezarreta", "Gabilondo", "Elustondo", "Muxika", "Zabalo", "Eguren"]),
    "sardinian": (["Gonaria", "Salvatorica", "Mercede", "Annedda", "Giuannedda", "Bustianedda", "Sarbadora", "Gavinuccia"],
                  ["Luxorio", "Simplicio", "Baingio", "Bustianu", "Giuanne", "Predu", "Larentu", "Billia", "Chicchinu", "Juanneddu", "Antoneddu", "Mialinu",
                   "Ziromine", "Franziscu"],
                  ["Puddu", "Pusceddu", "Soru", "Contu", "Spanu", "Pittalis", "Cubeddu", "Mulas", "Piredda", "Sotgiu", "Corrias", "Pitzalis", "Marongiu",
                   "Madau", "Chessa", "Arru", "Muscas", "Medda", "Pilia", "Sulis", "Cuccu", "Tatti", "Ibba", "Erriu", "Pintus", "Tidu", "Ghiani", "Uras",
                   "Angioni", "Piga", "Pisu", "Mannoni", "Podda", "Secci", "Curreli"]),
    "frisian": (["Doutzen", "Wytske", "Rixt", "Tsjikke", "Akke", "Lolkje", "Wiepkje"], ["Feike", "Jouke", "Lolle", "Rients", "Sjirk", "Watse", "Epke", "Eelke", "Tiede"],
                ["Bergsma", "Gerbrandy", "Hettinga", "Miedema", "Nauta", "Tiemersma", "Wiegersma", "Yntema", "Zandstra", "Anema", "Dykema", "Fokkema",
                 "Hylkema", "Idema", "Jelsma", "Kalma", "Sipma", "Osinga", "Galema", "Haitsma", "Annema", "Ruurda", "Sjaarda", "Stienstra", "Haagsma",
                 "Sixma", "Gaastra", "Tjallingii", "Brouwersma", "Hoekema", "Kuipersma", "Posthumus", "Tolsma", "Wielenga", "Attema", "Dijksma",
                 "Sjollema", "Buwalda", "Kooistra"]),
    "romansh": (["Chatrina", "Curdina", "Mierta", "Tumasina", "Barla", "Uorschla", "Neisa"],
                ["Linard", "Gieri", "Placi", "Tumasch", "Giusep", "Peider", "Schimun", "Plasch", "Armon", "Nicolin"],
                ["Cavigelli", "Tuor", "Lechmann", "Carigiet", "Camenisch", "Defuns", "Clalüna", "Vieli", "Sialm", "Arpagaus", "Cabalzar", "Deplazes",
                 "Candinas", "Alig", "Collenberg", "Berther", "Cajacob", "Tomaschett", "Cavelty", "Padrun", "Pitsch", "Parli", "Famos", "Duschletta",
                 "Puorger"]),
    "maltese": (["Ġużeppina", "Vitorina", "Ġovanna", "Ċetta", "Doloretta", "Ġuditta"],
                ["Żeppi", "Ġwann", "Gejtu", "Ġakbu", "Bertu", "Duminku", "Manoel", "Ġlormu", "Lippu", "Kelinu", "Lunzjat", "Ġamri", "Nazzjanu"],
                ["Camenzuli", "Frendo", "Fsadni", "Xiberras", "Cuschieri", "Desira", "Axisa", "Degiorgio", "Gellel", "Ruggier", "Cefai", "Grixti",
                 "Pullicino"]),
    "faroese": (["Birita", "Elsba", "Gunnvá", "Jórun", "Tórunn", "Sirið", "Durita", "Armgarð", "Ragnvá"],
                ["Símun", "Tórur", "Fróði", "Súni", "Sverri", "Dávur", "Eilivur", "Grækaris", "Leivur", "Ólavur", "Trúgvi"],
                ["Justinussen", "Heinesen", "Skaale", "Egholm", "Hoydal", "Lützen", "Hentze", "Kjærbo", "Vágsheyg", "Højgaard", "Eliasen", "Fossá",
                 "Kallsberg", "Nónklett", "Róin", "Sólsker", "Steinhólm", "Trondsen"]),
    "sami": (["Ravdna", "Áile", "Ristiinná", "Gáren"],
             ["Ánde", "Biehtár", "Heaika", "Ivvár", "Máhtte", "Gáhppe", "Ántte", "Báhkko", "Nillá", "Jovsset", "Gávnnaš", "Mikkol", "Sámmol", "Hánas", "Ásllat"],
             ["Bals", "Balto", "Mienna", "Oskal", "Partapuoli", "Aikio", "Näkkäläjärvi", "Länsman", "Skum", "Nutti", "Pirak", "Tuolja", "Ballo", "Sarre",
              "Marainen", "Huuva", "Kappfjell", "Simma", "Paadar"]),
    "anglo": (["Amity", "Modesty", "Silence", "Tranquility", "Providence", "Tacy", "Bethiah", "Yarrow", "Hopestill"],
              ["Thankful", "Increase", "Waitstill", "Fearnot", "Deliverance", "Dependence"], ["Lovewell"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (postcode pattern, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Minnesota": ("556##", ("Loonrest Narrows", "Sauna Creek Junction")), "Michigan": ("499##", ("Copperwick", "Keweenaw Shoals")),
               "Utah": ("846##", ("Lavaridge Fork", "Sego Hollow")), "Massachusetts": ("020##", ("Scituate Marsh End", "Cranberry Bogside"))},
        ("%### Muskellunge Ave", "%## Lingonberry Ct", "%# Fireweed Ln Apt %", "%### Ptarmigan Dr", "%## Sauna Rd"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "comcast.net", "outlook.com"),
        ("anglo", "finnish", "icelandic", "sami", "faroese", "estonian", "maltese")),
    Loc("UK", {"Gwynedd": ("LL%# %@@", ("Llanbedrwen", "Pentre Dywyll")), "Ceredigion": ("SY2% %@@", ("Aberhedyn", "Cwm Eithin Isaf")),
               "Powys": ("LD% %@@", ("Rhosgeirw", "Nant Celyn Fach")), "Pembrokeshire": ("SA6% %@@", ("Porth Gwylan", "Treferwig"))},
        ("%# Heol y Dderwen", "%# Ffordd Eithin", "Flat %, %# Lôn Gwenyn", "%## Stryd y Felin Wen", "%# Maes Cerrig Llwyd"),
        ("07^## ######", "+44 7^## ######", "01970 ^#####"), ("btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com"),
        ("welsh", "anglo", "maltese", "faroese", "frisian", "icelandic")),
    Loc("FR", {"Finistère": ("29%##", ("Ploumoguer-Izella", "Lanvénec")), "Côtes-d'Armor": ("22%##", ("Kerlouédec", "Trégastel-Bihan")),
               "Morbihan": ("56%##", ("Locmaria-Goël", "Pen-ar-Hoat")), "Pyrénées-Atlantiques": ("64%##", ("Arbéroue-le-Haut", "Uhartbide"))},
        ("%# rue de Kerampuil", "%# venelle Toul ar Zorz", "%## route de Pen Hir", "%# allée Ty Glaz", "%# chemin de Lannoulouarn"),
        ("06 ## ## ## ##", "+33 6 ## ## ## ##", "07 ## ## ## ##", "02 98 ## ## ##"), ("orange.fr", "laposte.net", "free.fr", "wanadoo.fr"),
        ("breton", "basque", "maltese")),
    Loc("DE", {"Schleswig-Holstein": ("25%##", ("Wykerkoog", "Ockholmwarft")), "Niedersachsen": ("26%##", ("Greetsielerfehn", "Upgantmoor")),
               "Bayern": ("87%##", ("Oberkreuzthal", "Hindelsried")), "Nordrhein-Westfalen": ("48%##", ("Emsbüren-Heede", "Sendenhorster Mark"))},
        ("Deichgrafenweg %#", "Am Priel %", "Schöpfwerkstraße %#", "Warftweg %#a", "Fennenkamp %#"),
        ("0151 ########", "+49 170 #######", "04681 ####", "0176 #######"), ("web.de", "gmx.de", "t-online.de", "posteo.de"),
        ("frisian", "romansh", "estonian", "sami", "faroese")),
    Loc("ES", {"Gipuzkoa": ("20%##", ("Zaldibiaga", "Errekalde Goikoa")), "Bizkaia": ("48%##", ("Ugaomendi", "Sopelaberri")),
               "Navarra": ("31%##", ("Iturmendi Garaia", "Larraitzaga")), "Araba": ("01%##", ("Zuazolarra", "Gesaltzabal"))},
        ("Calle Txalupagintza %#, %º", "Errota Kalea %#", "Avenida de los Astilleros %#, %º %", "Plaza Kaxkoa %", "Paseo Txingudiberri %#"),
        ("6## ### ###", "+34 6## ## ## ##", "943 ## ## ##"), ("telefonica.net", "gmail.com", "yahoo.es", "euskalnet.net"),
        ("basque", "breton", "maltese")),
    Loc("IT", {"Nuoro": ("080##", ("Sa Serra de Monti", "Bidunele")), "Oristano": ("090##", ("Santu Jacu de Mare", "Mitza Fraigada")),
               "Sassari": ("070##", ("Badde Manna", "Riu Pedrosu")), "Sondrio": ("230##", ("Val Pescia Alta", "Cadumbra"))},
        ("Via dei Muristenes %#", "Vicolo Su Pinnettu %", "Via Funtana Bona %#", "Corso Tziu Bainzu %#", "Via Sos Enattos %#"),
        ("3## ### ####", "+39 34# #######", "0784 ######"), ("libero.it", "tiscali.it", "alice.it", "virgilio.it"),
        ("sardinian", "romansh", "maltese")),
]}  # fmt: skip


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


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a login."""
    s = (
        s.replace("Þ", "Th")
        .replace("þ", "th")
        .replace("ð", "d")
        .replace("Ð", "D")
        .replace("æ", "ae")
        .replace("ø", "o")
        .replace("ŋ", "ng")
    )
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower().replace("ħ", "h") if c.isalnum() and c.isascii())


def words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 3}


def _icelandic_ok(family: str, female: bool) -> bool:
    if family.endswith("dóttir"):
        return female
    return not family.endswith("sson") or not female


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again."""
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5
    fs, ms, fams = NAMES[culture]
    pool = [g for g in (fs if female else ms) if not words(g) & used]
    if not pool:  # a small table borrows from the country's other traditions
        pool = [g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not words(g) & used]
    given = rng.choice(pool)
    used |= words(given)
    if family is None or not _icelandic_ok(family, female) or words(family) & used:
        free = [f for f in fams if not words(f) & used and _icelandic_ok(f, female)]
        if not free or (culture == "anglo" and rng.random() < 0.8):
            free = [
                f
                for c in loc.cultures
                for f in NAMES[c][2]
                if not words(f) & used and _icelandic_ok(f, female)
            ]
        family = rng.choice(free)
        if loc.code == "ES" and rng.random() < 0.6:  # two surnames
            second = rng.choice([f for f in NAMES["basque"][2] if f != family and not words(f) & used])
            family = f"{family} {second}"
    used |= words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family.split()[-1] if family.startswith("Le ") else family.split()[0])
    email = rng.choice(
        [f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}"]
    )
    email += "@" + rng.choice(loc.mails)
    region = rng.choice(list(loc.regions))
    pc_pattern, towns = loc.regions[region]
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), email,
               fill(rng, rng.choice(loc.streets)), rng.choice(towns), fill(rng, pc_pattern))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """mrn: the hospital's record number; hp: the health-insurance number; nat: the national (social-security
    type) number; lic: a clinician's registration number."""
    c = w.loc.code
    if c == "US":
        return {
            "mrn": fill(rng, "%#######"),
            "hp": fill(rng, rng.choice(["@@@%########", "%#########@"])),
            "nat": ids.ssn(rng),
            "lic": ids.npi(rng),
        }
    if c == "UK":
        return {
            "mrn": fill(rng, rng.choice(["@%######", "%#########"])),
            "hp": ids.nhs(rng),
            "nat": ids.nino(rng),
            "lic": fill(rng, "%######"),
        }
    if c == "FR":
        return {
            "mrn": fill(rng, "%#########"),
            "hp": fill(rng, "MUT-%########"),
            "nat": ids.nir(rng, w.dob, w.female),
            "lic": ids.rpps(rng),
        }
    if c == "DE":
        return {
            "mrn": fill(rng, "%#######"),
            "hp": ids.kvnr(rng),
            "nat": ids.rvnr(rng, w.dob, w.family),
            "lic": ids.lanr(rng),
        }
    if c == "ES":
        return {"mrn": fill(rng, "%######"), "hp": fill(rng, "@@@@%#########"), "nat": ids.nuss(rng), "lic": fill(rng, "%#/##/#####"),
                "dni": ids.dni(rng)}  # fmt: skip
    return {"mrn": fill(rng, "%#######"), "hp": "80380" + fill(rng, "###############"), "nat": ids.codice_fiscale(rng, w.family, w.given, w.dob, w.female),
            "lic": fill(rng, "%####")}  # fmt: skip


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as written in the country, PHI type) for a person's numbers."""
    return {
        "US": {"mrn": ("MRN", "MRN"), "hp": ("member ID", "HEALTH_PLAN"), "nat": ("SSN", "SSN"), "lic": ("NPI", "LICENSE")},
        "UK": {"mrn": ("Hosp no", "MRN"), "hp": ("NHS", "HEALTH_PLAN"), "nat": ("NI", "SSN"), "lic": ("GMC", "LICENSE")},
        "FR": {"mrn": ("IPP", "MRN"), "hp": ("mutuelle", "HEALTH_PLAN"), "nat": ("NIR", "SSN"), "lic": ("RPPS", "LICENSE")},
        "DE": {"mrn": ("Pat.-ID", "MRN"), "hp": ("KVNR", "HEALTH_PLAN"), "nat": ("RVNR", "SSN"), "lic": ("LANR", "LICENSE")},
        "ES": {"mrn": ("NHC", "MRN"), "hp": ("TIS", "HEALTH_PLAN"), "nat": ("NUSS", "SSN"), "lic": ("nº col.", "LICENSE"), "dni": ("DNI", "ID")},
        "IT": {"mrn": ("n. cartella", "MRN"), "hp": ("TEAM", "HEALTH_PLAN"), "nat": ("CF", "ID"), "lic": ("Albo n.", "LICENSE")},
    }[w.loc.code]  # fmt: skip
