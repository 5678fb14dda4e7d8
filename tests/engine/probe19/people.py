"""Synthetic people for probe 19: invented name, street and town lists of our own, seeded draws.

Seven locales (en_US, en_GB, de_DE, fr_FR, es_ES, it_IT, nl_NL). Names are invented combinations of given
and family names of each culture (the English lists mix the origins a US or UK clinic sees); towns are
real small towns with their postcode area, streets are invented, house numbers, postcode tails, phones,
e-mails and identifiers are random. No name word equals a word of the harmless vocabulary of
tests/engine/probe19/corpus.py (eponyms, donors, authors, brands): test_probe19 checks both lists, so a
label is never ambiguous. Values are `P(type, value)` (PHI), `K(value)` (must survive) or plain text.

Labelling fix after the first measurement (engine-independent): an old patient is 91-99, never exactly 90,
whose label "90" would count the "90" of a correct "90 or older" as a leak (see test_probe19).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe19 import ids

__all__ = ["LOCALES", "NAMES", "PLACES", "K", "P", "Slot", "person"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
LOWER = "abcdefghkmnpqrstuvwxyz"

# lang -> (female given, male given, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (
        ["Jessamy", "Ebele", "Bronagh", "Henrietta", "Yewande", "Anwuli", "Hermione", "Rhiannon", "Juniper",
         "Farida", "Beatrix", "Petronella", "Caitriona", "Lavinia", "Thandiwe", "Ottilie", "Zuleika",
         "Oriel", "Clemency", "Temperance", "Dervla", "Leocadia", "Zinnia", "Oonagh", "Araminta"],
        ["Barnaby", "Cormac", "Bartholomew", "Ignatius", "Fitzroy", "Fergus", "Evander", "Thaddeus",
         "Horatio",
         "Jedidiah", "Temitope", "Jarvis", "Rupert", "Kofi", "Dariusz", "Tristram", "Percival", "Ambrose",
         "Linford", "Cedric", "Erasmus", "Ebenezer", "Benedek", "Ulysses", "Lysander"],
        ["Pettigrew", "Gillibrand", "Thiruvengadam", "McGillivray", "Fotheringay", "Quigley",
         "Haverford", "Mbatha", "Osei-Bonsu", "Wojcicka", "Cartwright-Lowe", "Ellingham", "Tregaskis",
         "Okwuosa", "Prendergast", "Ramsbottom", "Ferreira-Dunn", "Dunleavy", "Merriweather", "Bamigboye",
         "Whitcombe", "Trelawny", "Padmanabhan", "Adeyemo", "Scattergood", "Greenhalgh", "Moorcroft",
         "Lyttleton", "Pilkington", "Strachan", "Ackroyd", "Bellingham-Shaw", "Cholmondeley", "Duckworth",
         "Ekwueme", "Gathercole", "Heseltine", "Inglethorpe", "Jagielska", "Kilbride"],
    ),
    "de": (
        ["Hannelore", "Tjarda", "Gesine", "Roswitha", "Rotraut", "Walburga", "Liesel", "Swantje",
         "Waltraud", "Ortrud", "Adelgunde", "Mareike", "Hildegard", "Irmgard", "Almuth"],
        ["Eberhard", "Gottfried", "Reinhold", "Dietmar", "Wolfram", "Ansgar", "Gebhard", "Burkhard", "Detlef",
         "Lutz", "Gunther", "Kuno", "Roderich", "Engelbert", "Hubertus"],
        ["Hollensteiner", "Kreuzberger", "Hülsmann", "Wachtendorf", "Pfisterer", "Rautenberg", "Dreesen",
         "Ostendorf", "Thiessenhusen", "Lüdecke", "Bräutigam", "Kettelhack", "Hinrichsen", "Zwiebler",
         "Ruhnau",
         "Fassbender", "Brüggemann", "Schwarzkopf-Elling", "Habermehl", "Quandtmeyer"],
    ),
    "fr": (
        ["Solange", "Ghislaine", "Guénaëlle", "Clémence", "Lucienne", "Ombeline", "Apolline", "Josiane",
         "Ysoline", "Armelle", "Sidonie", "Perrine", "Bérengère", "Albane", "Domitille"],
        ["Gaspard", "Enguerrand", "Anselme", "Firmin", "Gonzague", "Ghislain", "Aurélien", "Clovis", "Honoré",
         "Anatole", "Yannick", "Gontran", "Eudes", "Séverin", "Amaury"],
        ["Quéméneur", "Rouxel", "Chaumette", "Prigent-Lozac'h", "Vaillancourt", "Hérouard", "Desjardins",
         "Pichon", "Gourdon", "Kerdoncuff", "Rabineau", "Fournel", "Lemoigne", "Daubigny", "Fauconnier",
         "Ménétrier", "Quillévéré", "Bourdais", "Lagadec", "Tessier-Viaud"],
    ),
    "es": (
        ["Remedios", "Inmaculada", "Fuensanta", "Amparo", "Begoña", "Consuelo", "Nieves", "Arantzazu",
         "Ainhoa", "Encarnación", "Macarena", "Reyes", "Visitación", "Purificación", "Ascensión"],
        ["Hermenegildo", "Anselmo", "Gumersindo", "Casimiro", "Tiburcio", "Baltasar", "Evaristo", "Ildefonso",
         "Nicanor", "Efraín", "Jacinto", "Leandro", "Saturnino", "Venancio", "Anacleto"],
        ["Valcárcel", "Quintanilla", "Zubiaurre", "Llorente", "Carbonell", "Escudero", "Mondragón",
         "Albarracín",
         "Alcubilla", "Urquijo", "Cifuentes", "Valdivieso", "Sepúlveda", "Echevarría", "Sotomayor",
         "Argüelles",
         "Bustamante", "Covarrubias", "Zuazua", "Villalobos"],
    ),
    "it": (
        ["Filomena", "Ersilia", "Graziella", "Assunta", "Benedetta", "Donatella", "Fiorella", "Gelsomina",
         "Ausilia", "Letizia", "Nives", "Raffaella", "Tiziana", "Zelinda", "Annunziata"],
        ["Ottavio", "Ermanno", "Gualtiero", "Saverio", "Arnaldo", "Corrado", "Egidio", "Fausto", "Girolamo",
         "Ilario", "Pancrazio", "Settimio", "Romualdo", "Leopoldo", "Aurelio"],
        ["Bertolazzi", "Desiderio", "Fabbrocini", "Gherardini", "Lanfranchi", "Mazzoleni", "Nardelli",
         "Quaglia", "Sgueglia", "Tagliaferri", "Castellucci", "Brambilla", "Zappalà", "Tomasetti",
         "Zanardelli", "Pozzebon", "Schiavon", "Ruggeri", "Iacobelli", "Sbrana"],
    ),
    "nl": (
        ["Gerbrich", "Marijke", "Hendrika", "Ypkje", "Willemijn", "Aaltje", "Jozefien", "Sytske",
         "Trijntje", "Margriet", "Ineke", "Grietje", "Wobbina", "Berendina", "Minke"],
        ["Jurjen", "Wouter", "Meindert", "Teunis", "Douwe", "Reinier", "Bartholomeus", "Evert", "Arie",
         "Hidde", "Jelmer", "Klaas", "Rutger", "Harmen", "Wybren"],
        ["Wijnands", "Uitterhoeve", "Boersma", "Terpstra", "Veenstra", "Zwartjes", "Schippers", "Meulenbelt",
         "Dekkers", "van der Ploeg", "Hoogendoorn", "Kamphuis", "te Velde", "Nijboer", "Wassenaar",
         "van Oosterom", "Heemskerk", "Bosschaert", "Rietveld", "Zandbergen"],
    ),
}  # fmt: skip

# locale -> towns (name, postcode head) and streets; postcode tails are drawn
PLACES: dict[str, dict[str, list]] = {
    "en_US": {
        "towns": [("Chillicothe", "OH 456"), ("Crookston", "MN 567"), ("Keokuk", "IA 526"),
                  ("Ville Platte", "LA 705"), ("Sedalia", "MO 653"), ("Havre", "MT 595"),
                  ("Pottsville", "PA 179"), ("Lufkin", "TX 759"), ("Oneonta", "NY 138"),
                  ("Hagerstown", "MD 217"), ("Ottumwa", "IA 525"), ("Opelika", "AL 368")],
        "streets": ["Larchmont Ridge Rd", "Quarry Hollow Ln", "Old Mill Pike", "Chinkapin Ct",
                    "Bittersweet Trl", "Tanglewood Cir", "N Sycamore Ave", "Cobblestone Dr", "Pawpaw Bend Rd",
                    "Foxglove Way"],
    },
    "en_GB": {
        "towns": [("Kendal", "LA9"), ("Bridport", "DT6"), ("Hexham", "NE46"), ("Ludlow", "SY8"),
                  ("Skegness", "PE25"), ("Stroud", "GL5"), ("Whitby", "YO21"), ("Tiverton", "EX16"),
                  ("Llandudno", "LL30"), ("Morpeth", "NE61"), ("Oakham", "LE15"), ("Bideford", "EX39")],
        "streets": ["Gallowgate Lane", "Cordwainers Row", "Tenter Fold", "Pennyroyal Close",
                    "Ropewalk Terrace",
                    "Chantry Mews", "Lych Gate Road", "Weavers Croft", "Tanyard Brow", "Sheepwash Lane"],
    },
    "de_DE": {
        "towns": [("Schwäbisch Gmünd", "735"), ("Bad Hersfeld", "362"), ("Wolfenbüttel", "383"),
                  ("Nordhorn", "485"), ("Pirna", "017"), ("Landsberg am Lech", "868"), ("Itzehoe", "255"),
                  ("Idar-Oberstein", "557"), ("Bad Kreuznach", "555"), ("Mühlhausen", "999")],
        "streets": ["Kiebitzweg", "Am Schafrain", "Lohmühlenstraße", "Hopfengartenstr.", "Zum Krähenholz",
                    "Brunnenwiese", "Wacholderring", "Gerberstraße", "Im Wiesengrund", "Flachsröste"],
    },
    "fr_FR": {
        "towns": [("Montbéliard", "252"), ("Lannion", "223"), ("Vierzon", "181"), ("Millau", "121"),
                  ("Saint-Dié-des-Vosges", "881"), ("Dax", "401"), ("Issoire", "635"), ("Fécamp", "764"),
                  ("Paimpol", "225"), ("Digne-les-Bains", "040")],
        "streets": ["rue des Tanneurs", "impasse du Moulin-Brûlé", "allée des Coquelicots",
                    "chemin de la Croix-Verte", "rue Basse-des-Forges", "boulevard des Tilleuls",
                    "rue du Four-à-Chaux", "place des Cordiers"],
    },
    "es_ES": {
        "towns": [("Ponferrada", "244"), ("Utrera", "417"), ("Alcoy", "038"), ("Tudela", "315"),
                  ("Calatayud", "503"), ("Plasencia", "106"), ("Lucena", "149"), ("Monforte de Lemos", "274"),
                  ("Villena", "034"), ("Astorga", "247")],
        "streets": ["C/ del Alfarero", "Avda. de los Almendros", "Pza. de la Alhóndiga",
                    "C/ Cuesta de los Tintes",
                    "Travesía del Pósito", "C/ de las Eras Altas", "Ronda de la Muralla", "C/ Horno Viejo"],
    },
    "it_IT": {
        "towns": [("Bassano del Grappa", "360"), ("Vigevano", "270"), ("Fano", "610"), ("Sulmona", "670"),
                  ("Chiavari", "160"), ("Marsala", "910"), ("Montebelluna", "310"), ("Fabriano", "600"),
                  ("Castelfranco Veneto", "310"), ("Ragusa Ibla", "971")],
        "streets": ["Via dei Cordai", "Vicolo del Pozzo Bianco", "Piazzetta dei Mercanti",
                    "Via delle Fornaci",
                    "Corso Garibaldi", "Via Madonna del Pianto", "Strada della Cisterna", "Via dei Vetrai"],
        "birthplaces": [("Vercelli", ""), ("Lanciano", ""), ("Cefalù", ""), ("Rovigo", ""), ("Sondrio", "")],
    },
    "nl_NL": {
        "towns": [("Zutphen", "72"), ("Harderwijk", "38"), ("Bolsward", "87"), ("Gorinchem", "42"),
                  ("Oss", "53"), ("Tiel", "40"), ("Meppel", "79"), ("Hoorn", "16"), ("Winterswijk", "71"),
                  ("Dokkum", "91")],
        "streets": ["Lombokstraat", "Wilgenhof", "Achter de Kerk", "Ganzenweide", "Veldkersstraat",
                    "Kuipersdijk", "Lijnbaansgracht", "Turfschip"],
    },
}  # fmt: skip

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
}  # fmt: skip


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ a capital letter, anything else as is."""
    pools = {"#": D, "%": "23456789", "@": UP}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


@dataclass(frozen=True, slots=True)
class Loc:
    """How one locale's documents write things."""

    lang: str
    short: Callable[[date], str]  # numeric date
    long: Callable[[date], str]  # date with the month in words
    phones: tuple[str, ...]  # patterns for `fill`
    natid: tuple[str, Callable[[random.Random, date, bool, str, str], str]]  # (label, generator)
    plan: tuple[str, Callable[[random.Random], str]]  # (label, generator)
    mrn: tuple[str, ...]
    mail: tuple[str, ...]


def _long(lang: str, fmt: str) -> Callable[[date], str]:
    return lambda d: fmt.format(d=d.day, m=MONTHS[lang][d.month - 1], y=d.year)


LOCALES: dict[str, Loc] = {
    "en_US": Loc(
        "en",
        lambda d: f"{d:%m/%d/%Y}",
        _long("en", "{m} {d}, {y}"),
        ("(%##) %##-####", "%##-%##-####", "+1 %## %## ####", "%##.%##.####"),
        ("SSN", lambda r, b, f, g, s: f"{r.randrange(100, 665)}-{r.randrange(10, 99)}-{fill(r, '####')}"),
        ("Medicare MBI", lambda r: ids.mbi(r, dashed=r.random() < 0.5)),
        ("E########", "MRN-#######", "00#######"),
        ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com"),
    ),
    "en_GB": Loc(
        "en",
        lambda d: f"{d:%d/%m/%Y}",
        _long("en", "{d} {m} {y}"),
        ("07### ######", "01### ######", "+44 7### ######", "02# #### ####"),
        ("NHS no.", lambda r, b, f, g, s: ids.nhs_number(r)),
        ("Bupa membership", lambda r: fill(r, "########")),
        ("@#######", "RX######", "H########"),
        ("btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com"),
    ),
    "de_DE": Loc(
        "de",
        lambda d: f"{d:%d.%m.%Y}",
        _long("de", "{d}. {m} {y}"),
        ("0151 ########", "0### #######", "+49 171 #######", "(0####) ######"),
        ("Pers.-Ausw.", lambda r, b, f, g, s: fill(r, "L@@####@#")),
        ("KVNR", lambda r: ids.kvnr(r)),
        ("#########", "PID ########"),
        ("web.de", "gmx.de", "t-online.de", "posteo.de"),
    ),
    "fr_FR": Loc(
        "fr",
        lambda d: f"{d:%d/%m/%Y}",
        _long("fr", "{d} {m} {y}"),
        ("06 ## ## ## ##", "07 ## ## ## ##", "+33 6 ## ## ## ##", "02 ## ## ## ##"),
        ("NIR", lambda r, b, f, g, s: ids.nir(r, b, f)),
        ("MGEN", lambda r: fill(r, "#########")),
        ("#########", "IPP######"),
        ("orange.fr", "laposte.net", "free.fr", "wanadoo.fr", "sfr.fr"),
    ),
    "es_ES": Loc(
        "es",
        lambda d: f"{d:%d/%m/%Y}",
        _long("es", "{d} de {m} de {y}"),
        ("6## ### ###", "+34 6## ## ## ##", "9## ## ## ##", "6########"),
        ("DNI", lambda r, b, f, g, s: ids.dni(r)),
        ("TSI", lambda r: fill(r, "@@@@##########")),
        ("#######", "NHC-######"),
        ("hotmail.es", "gmail.com", "telefonica.net", "yahoo.es"),
    ),
    "it_IT": Loc(
        "it",
        lambda d: f"{d:%d/%m/%Y}",
        _long("it", "{d} {m} {y}"),
        ("3## ### ####", "+39 3## #######", "0### ######", "3#########"),
        ("C.F.", lambda r, b, f, g, s: ids.codice_fiscale(r, g, s, b, f)),
        ("Tessera sanitaria", lambda r: "80380" + fill(r, "###############")),
        ("####/######", "SDO#######"),
        ("libero.it", "virgilio.it", "alice.it", "tiscali.it"),
    ),
    "nl_NL": Loc(
        "nl",
        lambda d: f"{d:%d-%m-%Y}",
        _long("nl", "{d} {m} {y}"),
        ("06-########", "+31 6 ########", "0##-#######", "06 ## ## ## ##"),
        ("BSN", lambda r, b, f, g, s: ids.bsn(r)),
        ("polisnr.", lambda r: fill(r, "#########")),
        ("#######", "Z######"),
        ("ziggo.nl", "kpnmail.nl", "hetnet.nl", "xs4all.nl"),
    ),
}

# per language: (patient's title female, male), relationship words (female, male) for a spouse and a child
TITLES = {
    "en": ("Mrs", "Mr"),
    "de": ("Frau", "Herr"),
    "fr": ("Mme", "M."),
    "es": ("Sra.", "Sr."),
    "it": ("Sig.ra", "Sig."),
    "nl": ("mevrouw", "de heer"),
}
REL_WORDS = {
    "en": (("wife", "husband"), ("daughter", "son")),
    "de": (("Ehefrau", "Ehemann"), ("Tochter", "Sohn")),
    "fr": (("épouse", "époux"), ("fille", "fils")),
    "es": (("esposa", "esposo"), ("hija", "hijo")),
    "it": (("moglie", "marito"), ("figlia", "figlio")),
    "nl": (("echtgenote", "echtgenoot"), ("dochter", "zoon")),
}


def _name(
    rng: random.Random, lang: str, female: bool, family: str | None = None, not_given: tuple[str, ...] = ()
) -> tuple[str, str, str]:
    """(given, family, whole name); the given name is none of `not_given`. Spanish people carry two
    surnames; the first is their `family`."""
    f, m, fam = NAMES[lang]
    given = rng.choice([g for g in (f if female else m) if g not in not_given])
    if family is None:
        family = rng.choice(fam)
    whole = f"{given} {family}"
    if lang == "es":
        second = rng.choice([x for x in fam if x != family])
        whole = f"{given} {family} {second}"
    return given, family, whole


def _email(rng: random.Random, given: str, family: str, born: date, domains: tuple[str, ...]) -> str:
    g = ascii_fold(given).lower().replace(" ", "")
    s = ascii_fold(family).lower().replace(" ", "").replace("-", "")
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:4]}{born:%y}", f"{s}.{g}{rng.randrange(2, 99)}"])
    return f"{local}@{rng.choice(domains)}"


def _postcode(rng: random.Random, loc: str, head: str) -> str:
    if loc == "en_US":
        return head.split()[1] + fill(rng, "##")
    if loc == "en_GB":
        tail = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{head} {rng.randrange(1, 9)}{rng.choice(tail)}{rng.choice(tail)}"
    if loc == "nl_NL":
        tail = "ABCEGHJKLMNPRSTVWXZ"
        return f"{head}{fill(rng, '##')} {rng.choice(tail)}{rng.choice(tail)}"
    return head + fill(rng, "#" * (5 - len(head)))


def _street(rng: random.Random, loc: str) -> str:
    s = rng.choice(PLACES[loc]["streets"])
    n = rng.randrange(2, 240)
    if loc == "en_US":
        apt = f", Apt {rng.randrange(2, 40)}" if rng.random() < 0.3 else ""
        return f"{rng.randrange(100, 9999)} {s}{apt}"
    if loc == "en_GB":
        return f"{n} {s}"
    if loc == "fr_FR":
        return f"{n}{rng.choice(['', '', ' bis'])} {s}"
    if loc == "es_ES":
        return f"{s}, {n}, {rng.randrange(1, 8)}º {rng.choice('ABCD')}"
    if loc == "it_IT":
        return f"{s} {n}"
    if loc == "nl_NL":
        return f"{s} {n}{rng.choice(['', '', '-A', ' II'])}"
    return f"{s} {n}{rng.choice(['', '', 'a'])}"


def person(
    rng: random.Random,
    loc: str,
    old: bool = False,
    born_range: tuple[int, int] = (1938, 2004),
    female: bool | None = None,
) -> dict[str, Slot]:
    """One person of `loc` with every slot a template may use. `old`: 91 to 99 at the visit (the age is then
    labelled AGE; younger ages are plain text); `female`: drawn unless given."""
    cfg = LOCALES[loc]
    lang = cfg.lang
    drawn = rng.random() < 0.5
    female = drawn if female is None else female
    given, family, name = _name(rng, lang, female)
    visit = date(2025, 1, 6) + timedelta(days=rng.randrange(560))
    if old:
        born = visit - timedelta(days=rng.randrange(int(90 * 365.25) + 3, int(99 * 365.25)))
    else:
        a, b = born_range
        born = date(a, 1, 1) + timedelta(days=rng.randrange(365 * (b - a)))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    if old and age < 91:  # labelling fix: an AGE of exactly 90 equals the "90" of a correct "90 or older"
        born = date(born.year - 1, born.month, min(born.day, 28) if born.month == 2 else born.day)
        age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(2, 30))
    visit3 = visit2 + timedelta(days=rng.randrange(20, 80))
    rel_female = rng.random() < 0.5
    spouse = rng.random() < 0.5
    rel_given, rel_family, rel = _name(
        rng, lang, rel_female, family if rng.random() < 0.5 else None, not_given=(given,)
    )
    rel2_female = not rel_female
    rel2_given, _, rel2 = _name(rng, lang, rel2_female, not_given=(given, rel_given))
    town, head = rng.choice(PLACES[loc]["towns"])
    zip_ = _postcode(rng, loc, head)
    city = P("ADDRESS", town)
    if loc == "en_US":
        city_zip: Slot = (city, f", {head.split()[0]} ", P("ZIP", zip_))
    elif loc == "en_GB":
        city_zip = (city, " ", P("ZIP", zip_))
    else:
        city_zip = (P("ZIP", zip_), " ", city)
    fem_title, male_title = TITLES[lang]
    spouse_words, child_words = REL_WORDS[lang]
    words = spouse_words if spouse else child_words
    cased = name.upper() != name
    ph = cfg.phones
    plan = cfg.plan
    if loc == "en_US" and age < 65:  # Medicare for the older, a commercial member ID for the others
        label = rng.choice(["Aetna member ID", "BCBS member ID", "UHC ID"])
        plan = (label, lambda r: fill(r, "@@@#########"))
    return {
        "loc": loc,
        "lang": lang,
        "female": female,
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", name.upper() if cased else name),
        "name_inv": P("NAME", f"{family.upper()}, {given}" if lang == "en" else f"{family.upper()} {given}"),
        "mr": fem_title if female else male_title,
        "herrn": "Frau" if female else "Herrn",  # German accusative
        "he": "she" if female else "he",
        "his": "her" if female else "his",
        "He": "She" if female else "He",
        "His": "Her" if female else "His",
        "sex": "F" if female else "M",
        "rel": P("NAME", rel),
        "rel_given": P("NAME", rel_given),
        "rel_family": P("NAME", rel_family),
        "relword": words[0] if rel_female else words[1],
        "rel2": P("NAME", rel2),
        "rel2_given": P("NAME", rel2_given),
        "rel2word": child_words[0] if rel2_female else child_words[1],
        "dob": P("DATE", cfg.short(born)),
        "dob_long": P("DATE", cfg.long(born)),
        "dob_iso": P("DATE", born.isoformat()),
        "age": str(age),
        "age90": P("AGE", str(age)),
        "visit": P("DATE", cfg.short(visit)),
        "visit_long": P("DATE", cfg.long(visit)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit2": P("DATE", cfg.short(visit2)),
        "visit2_long": P("DATE", cfg.long(visit2)),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "visit3": P("DATE", cfg.short(visit3)),
        "visit3_long": P("DATE", cfg.long(visit3)),
        "street": P("ADDRESS", _street(rng, loc)),
        "city": city,
        "zip": P("ZIP", zip_),
        "city_zip": city_zip,
        "phone": P("PHONE", fill(rng, rng.choice(ph))),
        "mobile": P("PHONE", fill(rng, rng.choice(ph))),
        "rel_phone": P("PHONE", fill(rng, rng.choice(ph))),
        "email": P("EMAIL", _email(rng, given, family, born, cfg.mail)),
        "rel_email": P("EMAIL", _email(rng, rel_given, rel_family, born, cfg.mail)),
        "natid_label": cfg.natid[0],
        "natid": P("ID", cfg.natid[1](rng, born, female, given, family)),
        "plan_label": plan[0],
        "hplan": P("HEALTH_PLAN", plan[1](rng)),
        "mrn": P("MRN", fill(rng, rng.choice(cfg.mrn))),
        "account": P("ACCOUNT", fill(rng, rng.choice(["########", "FN ########", "ENC-#########"]))),
        "accession": P("ID", fill(rng, rng.choice(["@25-######", "25@######", "ACC#########"]))),
        "study_id": P("ID", fill(rng, "S##-###-@")),
        "rx": P("ID", fill(rng, "Rx #######")),
        "rx2": P("ID", fill(rng, "Rx #######")),
        "pw": P("CREDENTIAL", fill(rng, "@@##") + "".join(rng.choice(LOWER) for _ in range(9))),
    }
