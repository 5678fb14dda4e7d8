"""Synthetic people for probe 17: own name, nickname, town and street lists, one home region per culture.

Cajun families in south Louisiana, Cornish families in west Cornwall, Tiwi families in the Northern
Territory, Khasi families in Meghalaya, Jamaican (Indo- and Afro-Caribbean) families, Krio, Temne and
Mende families in Freetown, Curaçaoan families (Papiamentu), Chewa and Tumbuka families in Malawi,
Cebuano families in Cebu, ni-Vanuatu families on Efate (Bislama), Basque families in Bizkaia and
Gipuzkoa, and Samoan families on Upolu and Savai'i. Names are plausible combinations, never real
people; every town and street is invented for its region (with the region's postcode shape where it has
one). Each given name has a diminutive the family uses (NICKS). Dates are also written in words in each
language (`date_words`), ages over 89 in English words (`age_words`). Values are `P(type, value)` (PHI),
`K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot, fill_same, ordinal
from tests.engine.probe17 import ids

D = "0123456789"

# culture: (female given, male given, family names (one form for both sexes), home region)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str]] = {
    "cajun": (
        ["Azélie", "Odalie", "Noélie", "Lurleen", "Ozéline", "Odéline-Ozite"],
        ["Ozémé", "Placide", "Onézime", "Théogène", "Avit", "Dorsin"],
        [(f, f) for f in ("Fontenot", "Guidry", "Arceneaux", "Thériot", "Ardoin", "Latiolais", "D'Aigle")],
        "us",
    ),
    "cornish": (
        ["Demelza", "Tamsin", "Lowenna", "Jenifry", "Wenna", "Kerenza"],
        ["Peran", "Kenwyn", "Treeve", "Bennath", "Jowan", "Ythel"],
        [
            (f, f)
            for f in ("Penhaligon", "Tregunna", "Polglase", "Nancarrow", "Chenoweth", "Penberthy-Trewin")
        ],
        "gb",
    ),
    "tiwi": (
        ["Marrikiti", "Lorrelle", "Talitha", "Kirrin", "Tipuwa", "Yimpinari"],
        ["Jarrah", "Ezrah", "Kurrupuwu", "Wurlukuwa", "Tamulawi", "Wanji-Tiwa"],
        [(f, f) for f in ("Puruntatameri", "Tipiloura", "Kerinaiua", "Munkara", "Portaminni", "Tipungwuti")],
        "au",
    ),
    "khasi": (
        ["Ibadondor", "Daiahun", "Wanrisha", "Ibamonlang", "Phidalin", "Dasiewdor"],
        ["Banteilang", "Wanshwa", "Kyrshanbor", "Lamphrang", "Donbok", "Shaikupar"],
        [(f, f) for f in ("Kharkongor", "Syiemlieh", "Marbaniang", "Nongrum", "Kharbuli", "Lyngdoh Nongbri")],
        "in",
    ),
    "caribbean": (
        ["Shanique", "Tavielle", "Kerese", "Oshaina", "Rushelle", "Shanelle-Kadine"],
        ["Tajay", "Oshane", "Kemoy", "Rushane", "Dwayno", "Shamarie"],
        [
            (f, f)
            for f in (
                "Ramkissoon",
                "Boodram",
                "Seecharan",
                "Ragoonanan",
                "Dookhie",
                "Bissoondial",
                "McFarquhar",
            )
        ],
        "jm",
    ),
    "krio": (
        ["Mabinty", "Isatu", "Hawanatu", "Yeabu", "Kumba", "Fatmata"],
        ["Foday", "Sahr", "Alimamy", "Brima", "Kekura", "Momoh"],
        [(f, f) for f in ("Koroma", "Turay", "Bangura", "Conteh", "Kargbo", "Jalloh-Kamanda")],
        "sl",
    ),
    "papiamentu": (
        ["Shudaisy", "Jurisca", "Giandra", "Sharlaine", "Raysheline", "Ruthmila"],
        ["Shurendy", "Jurick", "Giandro", "Sharlon", "Rignaldo", "Kenrick"],
        [
            (f, f)
            for f in ("Girigorie", "Koeiman", "Sulvaran", "Pieternella", "Isenia", "Winklaar", "Cijntje")
        ],
        "cw",
    ),
    "chewa": (
        ["Chimwemwe", "Tiyamike", "Chikondi", "Thokozire", "Madalitso", "Wezzie"],
        ["Kondwani", "Yamikani", "Chisomo", "Pemphero", "Dalitso", "Mphatso"],
        [(f, f) for f in ("Chirwa", "Mkandawire", "Gondwe", "Mhango", "Kumwenda", "Msiska", "Kachingwe")],
        "mw",
    ),
    "cebuano": (
        ["Glennylyn", "Leahmae", "Jovelyn", "Kristhel", "Mariefe", "Rhodalyn"],
        ["Ryzaldy", "Kimuel", "Joemar", "Jhaymark", "Dondie", "Rhenzo"],
        [(f, f) for f in ("Abellana", "Cabahug", "Lumapas", "Tampus", "Alcoseba", "Bacalso", "Sumalinog")],
        "ph",
    ),
    "nivan": (
        ["Lisepa", "Nalisa", "Loumaki", "Leisale", "Mereleo", "Tarilyn"],
        ["Tavoa", "Joelson", "Iaris", "Kalsong", "Jimmyson", "Tiaro"],
        [(f, f) for f in ("Worwor", "Naupa", "Kalmet", "Molbarav", "Tabisal", "Tarisesei", "Kalotiti")],
        "vu",
    ),
    "basque": (
        ["Uxue", "Irati", "Edurne", "Olatz", "Maialen", "Izaro"],
        ["Ibon", "Jokin", "Koldo", "Beñat", "Xabat", "Oinatz"],
        [
            (f, f)
            for f in (
                "Agirrezabala",
                "Urkiola",
                "Iturbide",
                "Arrizabalaga",
                "Olabarrieta",
                "Goenaga",
                "Etxaniz",
            )
        ],
        "eus",
    ),
    "samoan": (
        ["Faaolesa", "Tausilia", "Silafau", "Ulugia", "Malaefou", "Teuila"],
        ["Lafaele", "Pouono", "Saveatama", "Seiuli", "Faatoia", "Tuimavave"],
        [(f, f) for f in ("Faleafa", "Tupuola", "Lefiti", "Toleafoa", "Matagi", "Amituanai", "Fa'asavalu")],
        "ws",
    ),
}

# the diminutive each given name goes by in the family
NICKS: dict[str, str] = {
    "Azélie": "Zézé",
    "Odalie": "Dalie",
    "Noélie": "Nonnie",
    "Lurleen": "Lurlie",
    "Ozéline": "Zeline",
    "Odéline-Ozite": "Ozo",
    "Ozémé": "Zémé",
    "Placide": "Plaçou",
    "Onézime": "Nézime",
    "Théogène": "Tiogène",
    "Avit": "Vitou",
    "Dorsin": "Dorsou",
    "Demelza": "Melza",
    "Tamsin": "Tamsy",
    "Lowenna": "Lowennik",
    "Jenifry": "Fryie",
    "Wenna": "Wennie",
    "Kerenza": "Renzie",
    "Peran": "Peranow",
    "Kenwyn": "Wynnow",
    "Treeve": "Treevo",
    "Bennath": "Bennow",
    "Jowan": "Jowie",
    "Ythel": "Ythie",
    "Marrikiti": "Rikiti",
    "Lorrelle": "Rellie",
    "Talitha": "Talli",
    "Kirrin": "Kirri",
    "Tipuwa": "Tipu",
    "Yimpinari": "Yimpi",
    "Jarrah": "Jazza",
    "Ezrah": "Ezzo",
    "Kurrupuwu": "Kurru",
    "Wurlukuwa": "Wurlu",
    "Tamulawi": "Tamulo",
    "Wanji-Tiwa": "Wanji",
    "Ibadondor": "Iba",
    "Daiahun": "Daia",
    "Wanrisha": "Risha",
    "Ibamonlang": "Monlang",
    "Phidalin": "Phida",
    "Dasiewdor": "Siewdor",
    "Banteilang": "Bantei",
    "Wanshwa": "Shwa",
    "Kyrshanbor": "Kyrshan",
    "Lamphrang": "Phrang",
    "Donbok": "Bokbok",
    "Shaikupar": "Kupar",
    "Shanique": "Niqua",
    "Tavielle": "Tavvy",
    "Kerese": "Reesie",
    "Oshaina": "Oshi",
    "Rushelle": "Shellz",
    "Shanelle-Kadine": "Kadz",
    "Tajay": "Jayjay",
    "Oshane": "Shaney",
    "Kemoy": "Moymoy",
    "Rushane": "Rushy",
    "Dwayno": "Wayno",
    "Shamarie": "Shamzy",
    "Mabinty": "Binty",
    "Isatu": "Satuma",
    "Hawanatu": "Hawanty",
    "Yeabu": "Yeayea",
    "Kumba": "Kumbe",
    "Fatmata": "Fatsu",
    "Foday": "Fode",
    "Sahr": "Sahrboy",
    "Alimamy": "Mamy",
    "Brima": "Brimsy",
    "Kekura": "Kekeh",
    "Momoh": "Mohmoh",
    "Shudaisy": "Shudi",
    "Jurisca": "Juriska",
    "Giandra": "Giandrita",
    "Sharlaine": "Shashi",
    "Raysheline": "Raychi",
    "Ruthmila": "Ruthi",
    "Shurendy": "Shuru",
    "Jurick": "Jurri",
    "Giandro": "Giandrito",
    "Sharlon": "Shalo",
    "Rignaldo": "Riggi",
    "Kenrick": "Kenri",
    "Chimwemwe": "Chimwe",
    "Tiyamike": "Tiyami",
    "Chikondi": "Kondie",
    "Thokozire": "Thoko",
    "Madalitso": "Mada",
    "Wezzie": "Wezzi-Wezzi",
    "Kondwani": "Kondwa",
    "Yamikani": "Yami",
    "Chisomo": "Chiso",
    "Pemphero": "Pempho",
    "Dalitso": "Dalitsy",
    "Mphatso": "Phatso",
    "Glennylyn": "Glenny",
    "Leahmae": "Lealea",
    "Jovelyn": "Jovs",
    "Kristhel": "Kring",
    "Mariefe": "Fefe",
    "Rhodalyn": "Rhodz",
    "Ryzaldy": "Zaldy",
    "Kimuel": "Kimkim",
    "Joemar": "Jomjom",
    "Jhaymark": "Jhay",
    "Dondie": "Donds",
    "Rhenzo": "Renren",
    "Lisepa": "Sepa",
    "Nalisa": "Nalis",
    "Loumaki": "Loumi",
    "Leisale": "Leisi",
    "Mereleo": "Mereli",
    "Tarilyn": "Tarri",
    "Tavoa": "Tavo",
    "Joelson": "Joelo",
    "Iaris": "Iari",
    "Kalsong": "Kalso",
    "Jimmyson": "Jimso",
    "Tiaro": "Tiaroro",
    "Uxue": "Uxuetxu",
    "Irati": "Iratitxu",
    "Edurne": "Edurnetxu",
    "Olatz": "Olatxu",
    "Maialen": "Maialentxu",
    "Izaro": "Izarotxu",
    "Ibon": "Ibontxu",
    "Jokin": "Jokintxo",
    "Koldo": "Koldotxo",
    "Beñat": "Beñattxo",
    "Xabat": "Xabattxo",
    "Oinatz": "Oinatxo",
    "Faaolesa": "Olesa",
    "Tausilia": "Sili",
    "Silafau": "Lafau",
    "Ulugia": "Ulugi",
    "Malaefou": "Fou",
    "Teuila": "Teu",
    "Lafaele": "Fale",
    "Pouono": "Pouo",
    "Saveatama": "Savea",
    "Seiuli": "Seiu",
    "Faatoia": "Toia",
    "Tuimavave": "Mavave",
}

# region: towns (name, postcode or routing, state/parish/district), streets, street pattern ({n} number,
# {s} street), postcode pattern ({p} prefix, # digit, @ letter; "" none), phone, mobile (same # count
# as every mobile of the region), e-mail domains
PLACES: dict[str, dict[str, object]] = {
    "us": {
        "towns": [
            ("Bayou Cocodrie Landing", "70584", "LA"),
            ("Prairie Gros Chêne", "70525", "LA"),
            ("Pont Mouchoir", "70563", "LA"),
            ("Coulée Trahan", "70517", "LA"),
        ],
        "streets": ["Chemin Ardoise", "Vieux Moulin Lane", "Bois Connu Road", "Cyprière Loop"],
        "street": "{n} {s}",
        "postcode": "{p}",
        "phone": "(337) ###-####",
        "mobile": "(337) ###-####",
    },
    "gb": {
        "towns": [
            ("Polgoose", "TR11", "Cornwall"),
            ("St Wenna Churchtown", "PL27", "Cornwall"),
            ("Trevanion Cross", "TR13", "Cornwall"),
            ("Carn Bosavern", "TR20", "Cornwall"),
        ],
        "streets": ["Chapel Wartha Row", "Higher Bal Lane", "Fuggoe Terrace", "Killiwerris Close"],
        "street": "{n} {s}",
        "postcode": "{p} #@@",
        "phone": "01326 ######",
        "mobile": "07### ######",
    },
    "au": {
        "towns": [
            ("Wurankuwu Point", "0822", "NT"),
            ("Tarntipi Creek", "0822", "NT"),
            ("Murrawunga Beach", "0810", "NT"),
            ("Karslake Rise", "0812", "NT"),
        ],
        "streets": ["Jirnani Street", "Pandanus Spit Road", "Mangrove Bight Court", "Kapok Vine Crescent"],
        "street": "{n} {s}",
        "postcode": "{p}",
        "phone": "(08) 89## ####",
        "mobile": "04## ### ###",
    },
    "in": {
        "towns": [
            ("Nongthymmai Lum", "793014", "Meghalaya"),
            ("Mawkriah West", "793021", "Meghalaya"),
            ("Umsohlang", "793103", "Meghalaya"),
            ("Lawsohtun Madan", "793022", "Meghalaya"),
        ],
        "streets": [
            "Rilbong Lumdiengjri Lane",
            "Lumparing Upper Road",
            "Mawpdang Bye Lane",
            "Khlieh Shnong Path",
        ],
        "street": "House No. {n}, {s}",
        "postcode": "{p}",
        "phone": "0364 2## ####",
        "mobile": "9#### #####",
    },
    "jm": {
        "towns": [
            ("Lluidas Cross", "", "St. Catherine"),
            ("Mocho Hill", "", "Clarendon"),
            ("Bamboo Pen", "", "St. Ann"),
            ("Cotterwood Bottom", "", "St. Elizabeth"),
        ],
        "streets": ["Guinep Tree Lane", "Breadnut Close", "Ackee Walk Avenue", "Sandfly Gully Road"],
        "street": "{n} {s}",
        "postcode": "",
        "phone": "(876) 9##-####",
        "mobile": "(876) ###-####",
    },
    "sl": {
        "towns": [
            ("Tombo Waterside", "", "Western Area"),
            ("Mabella Dockside", "", "Western Area"),
            ("Kongo Cross Hill", "", "Western Area"),
            ("Gbendembu Junction", "", "Northern Province"),
        ],
        "streets": ["Fula Town Lane", "Kanikay Back Road", "Sumaila Drive", "Old Wharf Bye Street"],
        "street": "{n} {s}",
        "postcode": "",
        "phone": "+232 22 ######",
        "mobile": "+232 7# ######",
    },
    "cw": {
        "towns": [
            ("Seru Grandi Ariba", "", ""),
            ("Kunuku Bieu", "", ""),
            ("Tera Kora Abou", "", ""),
            ("Banda Bou Wèst", "", ""),
        ],
        "streets": [
            "Kaya Flor di Sanguinda",
            "Kaya Kadushi Bèrdè",
            "Kaya Watapana Seku",
            "Kaya Palu di Lechi",
        ],
        "street": "{s} {n}",
        "postcode": "",
        "phone": "+599 9 8## ####",
        "mobile": "+599 9 5## ####",
    },
    "mw": {
        "towns": [
            ("Chinamwali Heights", "", "Zomba"),
            ("Mtsiliza East", "", "Lilongwe"),
            ("Kauma Dambo", "", "Lilongwe"),
            ("Ndirande Makata", "", "Blantyre"),
        ],
        "streets": ["Msewu wa Mlambe", "Kachere Close", "Mpoto Road", "Nsangwe Lane"],
        "street": "Plot {n}, {s}",
        "postcode": "",
        "phone": "+265 1 ### ###",
        "mobile": "099# ### ###",
    },
    "ph": {
        "towns": [
            ("Barangay Lumbang Tubig", "6014", "Cebu"),
            ("Sitio Kalunasan", "6000", "Cebu"),
            ("Pungtod Ilaya", "6015", "Cebu"),
            ("Tabok Proper", "6004", "Cebu"),
        ],
        "streets": ["Sikwate Street", "Kamunggay Road", "Purok Lubi-lubi", "Dalan sa Tabo-an"],
        "street": "{n} {s}",
        "postcode": "{p}",
        "phone": "(032) ### ####",
        "mobile": "09## ### ####",
    },
    "vu": {
        "towns": [
            ("Erakor Tokotoko", "", "Shefa"),
            ("Pango Rodsaed", "", "Shefa"),
            ("Namburu Krik", "", "Shefa"),
            ("Tagabe Lowa", "", "Shefa"),
        ],
        "streets": ["Natapoa Rod", "Namele Lane", "Wota Kres Rod", "Nangae Bis Rod"],
        "street": "{s} {n}",
        "postcode": "",
        "phone": "+678 2####",
        "mobile": "+678 7######",
    },
    "eus": {
        "towns": [
            ("Arrazubi", "48289", "Bizkaia"),
            ("Olabeaga Goia", "20159", "Gipuzkoa"),
            ("Mendiola Txiki", "01192", "Araba"),
            ("Aizkorri Auzoa", "20250", "Gipuzkoa"),
        ],
        "streets": ["Errotazar kalea", "Iturrigorri bidea", "Txalaparta plaza", "Haritzondo kalea"],
        "street": "{s} {n}",
        "postcode": "{p}",
        "phone": "94# ### ###",
        "mobile": "6## ### ###",
    },
    "ws": {
        "towns": [
            ("Saleaula Fou", "", "Gagaifomauga"),
            ("Vaiusu Tai", "", "Tuamasaga"),
            ("Faleū Uta", "", "Tuamasaga"),
            ("Lalovī Matāfaga", "", "Aana"),
        ],
        "streets": ["Ala o Lologa", "Ala Tuasivi Fou", "Ala Fa'ato'aga", "Ala i Lotoalofa"],
        "street": "{s} {n}",
        "postcode": "",
        "phone": "+685 2####",
        "mobile": "+685 7######",
    },
}
DOMAINS = ["bayoumail.example", "kernowpost.example", "lagoonnet.example", "ridgeline.example"]

MONTHS: dict[str, list[str]] = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "pap": [
        "yanüari",
        "febrüari",
        "mart",
        "aprel",
        "mei",
        "yüni",
        "yüli",
        "ougùstùs",
        "sèptèmber",
        "òktober",
        "novèmber",
        "desèmber",
    ],
    "ny": [
        "Januwale",
        "Febuluwale",
        "Malichi",
        "Epulo",
        "Meyi",
        "Juni",
        "Julayi",
        "Ogasiti",
        "Seputembala",
        "Okutobala",
        "Novembala",
        "Disembala",
    ],
    "ceb": [
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Septiyembre",
        "Oktubre",
        "Nobiyembre",
        "Disyembre",
    ],
    "bi": [
        "Januari",
        "Februari",
        "Maj",
        "Epril",
        "Mei",
        "Jun",
        "Julae",
        "Ogis",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ],
    "eu": [
        "urtarrila",
        "otsaila",
        "martxoa",
        "apirila",
        "maiatza",
        "ekaina",
        "uztaila",
        "abuztua",
        "iraila",
        "urria",
        "azaroa",
        "abendua",
    ],
    "sm": [
        "Ianuari",
        "Fepuari",
        "Mati",
        "Aperila",
        "Me",
        "Iuni",
        "Iulai",
        "Aokuso",
        "Setema",
        "Oketopa",
        "Novema",
        "Tesema",
    ],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ORD_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def ordinal_word(n: int) -> str:
    if n <= 20:
        return _ORD_WORDS[n - 1]
    if n == 30:
        return "thirtieth"
    tens = "twenty" if n < 30 else "thirty"
    return f"{tens}-{_ORD_WORDS[n % 10 - 1]}"


def age_words(n: int) -> str:
    """91..103 in English words ("ninety-three", "a hundred and two")."""
    if n < 100:
        return f"ninety-{_UNITS[n - 91]}" if n > 90 else "ninety"
    return "a hundred" if n == 100 else f"a hundred and {_UNITS[n - 101]}"


def _basque_suffix(n: int, year: bool) -> str:
    """The -(e)ko / -(e)an ending a Basque number takes (after a vowel-final or consonant-final word)."""
    last = n % 10 if n % 10 else (n % 100 if year else n)
    vowel_final = last not in (1, 5, 10, 11, 30, 50, 70, 90, 31)
    if year:
        return "ko" if vowel_final else "eko"
    if n == 11 or n == 31:
        return "n"
    return "an" if vowel_final else "ean"


def date_words(d: date, lang: str, style: int = 0) -> str:
    """A date written out the way people of `lang` write it in prose (every form carries the day)."""
    m = MONTHS[lang][d.month - 1]
    match lang:
        case "en":
            return [
                f"the {ordinal_word(d.day)} of {m} {d.year}",
                f"{m} {ordinal(d.day)}, {d.year}",
                f"{ordinal(d.day)} of {m}",
                f"{m} the {ordinal(d.day)}",
                f"{d.day} {m} {d.year}",
            ][style]
        case "pap":
            return f"{d.day} di {m} {d.year}" if style == 0 else f"{d.day} di {m}"
        case "ny":
            return f"{d.day} {m} {d.year}" if style == 0 else f"{d.day} {m}"
        case "ceb":
            return f"{m} {d.day}, {d.year}" if style == 0 else f"{m} {d.day}"
        case "bi":
            return f"{d.day} {m} {d.year}" if style == 0 else f"{d.day} {m}"
        case "eu":
            tail = f"{m}ren {d.day}{_basque_suffix(d.day, False)}"
            return f"{d.year}{_basque_suffix(d.year, True)} {tail}" if style == 0 else tail
        case "sm":
            return f"{d.day} {m} {d.year}" if style == 0 else f"{d.day} {m}"
    raise ValueError(lang)


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABDEFHJLNPQRSTUWXYZ") if c == "@" else c for c in pattern
    )


def ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c) and c not in " -'")


def person(rng: random.Random, culture: str, old: bool = False, child: bool = False) -> dict[str, Slot]:
    """One person of `culture` in its home region, with two relatives and every slot a template may use;
    `old`: 91 to 103 years old at the visit (the age is labelled), `child`: 6 to 13."""
    fem, male, fams, region = NAMES[culture]
    reg = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    family = rng.choice(fams)[0]
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = family if rng.random() < 0.5 else rng.choice([f for f, _ in fams if f != family])
    rel2_fem = rng.random() < 0.5
    rel2_given = rng.choice([g for g in (fem if rel2_fem else male) if g not in (given, rel_given)])
    rel2_family = rng.choice([f for f, _ in fams if f not in (family, rel_family)])
    towns = reg["towns"]  # type: ignore[index]
    ti = rng.randrange(len(towns))  # type: ignore[arg-type]
    town, town2 = towns[ti], towns[(ti + 1 + rng.randrange(3)) % len(towns)]  # type: ignore[index]
    visit = date(2025, 3, 3) + timedelta(days=rng.randrange(540))
    if old:  # not 90: "90 or older" would read as the age surviving
        born = visit - timedelta(days=rng.randrange(int(91 * 365.25) + 2, int(103 * 365.25)))
    elif child:
        born = visit - timedelta(days=rng.randrange(int(6 * 365.25) + 2, int(13 * 365.25)))
    else:
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 60))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(3, 40))
    died = visit + timedelta(days=rng.randrange(1, 20))
    n = rng.randrange(2, 240)
    street = str(reg["street"]).format(s=rng.choice(reg["streets"]), n=n)  # type: ignore[arg-type]
    street2 = str(reg["street"]).format(s=rng.choice(reg["streets"]), n=n + rng.randrange(3, 90))  # type: ignore[arg-type]
    zip_ = fill(rng, str(reg["postcode"]).format(p=town[1])) if reg["postcode"] else ""
    mob = str(reg["mobile"])
    draw = ids.digits(rng, mob.count("#"))
    mobile = fill_same(draw, mob)
    rel_phone = fill_same(draw[:2] + ids.digits(rng, len(draw) - 2), mob)
    rel2_phone = fill_same(draw[:1] + ids.digits(rng, len(draw) - 1), mob)
    phone = fill(rng, str(reg["phone"]))
    domain = rng.choice(DOMAINS)
    g, f = ascii_lower(given), ascii_lower(family)
    mid = rng.choice("ABCDEFGHJLMNPRST")
    email = rng.choice([f"{g}.{f}{rng.randrange(10, 99)}", f"{g[0]}{f}{born.year % 100:02d}", f"{f}.{g}"])
    name = f"{given} {family}"
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", name.upper()),
        "family_up": P("NAME", family.upper()),
        "given_up": P("NAME", given.upper()),
        "given_lc": P("NAME", given.lower()),
        "family_lc": P("NAME", family.lower()),
        "name_lc": P("NAME", name.lower()),
        "given_ascii": P("NAME", g),
        "family_ascii": P("NAME", f),
        "family_pl": P("NAME", family + ("es" if family.endswith(("s", "x")) else "s")),
        "name_init": P("NAME", f"{given[0]}. {mid}. {family}"),
        "name_mid": P("NAME", f"{given} {mid}. {family}"),
        "nick": P("NAME", NICKS[given]),
        "nick_lc": P("NAME", NICKS[given].lower()),
        "rel": P("NAME", f"{rel_given} {rel_family}"),
        "rel_given": P("NAME", rel_given),
        "rel_given_lc": P("NAME", rel_given.lower()),
        "rel_nick": P("NAME", NICKS[rel_given]),
        "rel_nick_lc": P("NAME", NICKS[rel_given].lower()),
        "rel2": P("NAME", f"{rel2_given} {rel2_family}"),
        "rel2_given": P("NAME", rel2_given),
        "rel2_nick": P("NAME", NICKS[rel2_given]),
        "female": female,
        "rel_female": rel_fem,
        "rel2_female": rel2_fem,
        "region": region,
        "state": str(town[2]),
        "age": str(age),
        "age90": P("AGE", str(age)),
        "age_words": P("AGE", age_words(age)),
        "dob": P("DATE", f"{born:%d/%m/%Y}"),
        "dob_us": P("DATE", f"{born.month}/{born.day}/{born.year}"),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_compact": P("DATE", f"{born:%Y%m%d}"),
        "dob_words": P("DATE", date_words(born, "en", 0)),
        "dob_md": P("DATE", date_words(born, "en", 1)),
        "dob_long": P("DATE", date_words(born, "en", 4)),
        "born_year": K(str(born.year)),
        "visit_wd": K(WEEKDAYS[visit.weekday()]),
        "visit_dm": P("DATE", date_words(visit, "en", 2)),
        "visit_mthe": P("DATE", date_words(visit, "en", 3)),
        "visit_long": P("DATE", date_words(visit, "en", 4)),
        "visit2_mthe": P("DATE", date_words(visit2, "en", 3)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_compact": P("DATE", f"{visit:%Y%m%d}"),
        "visit_us": P("DATE", f"{visit.month}/{visit.day}/{visit.year % 100:02d}"),
        "visit2_wd": K(WEEKDAYS[visit2.weekday()]),
        "visit2_dm": P("DATE", date_words(visit2, "en", 2)),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "died_words": P("DATE", date_words(died, "en", 0)),
        "died_wd": K(WEEKDAYS[died.weekday()]),
        **{
            f"{k}_{lang}": P("DATE", date_words(d, lang, s))
            for k, d, s in (("dob", born, 0), ("visit", visit, 1), ("visit2", visit2, 1))
            for lang in ("pap", "ny", "ceb", "bi", "eu", "sm")
        },
        "street": P("ADDRESS", street),
        "street2": P("ADDRESS", street2),
        "town": P("ADDRESS", str(town[0])),
        "town2": P("ADDRESS", str(town2[0])),
        "zip": P("ZIP", zip_),
        "phone": P("PHONE", phone),
        "mobile": P("PHONE", mobile),
        "mobile_digits": P("PHONE", "".join(c for c in mobile if c.isdigit())),
        "rel_phone": P("PHONE", rel_phone),
        "rel2_phone": P("PHONE", rel2_phone),
        "email": P("EMAIL", f"{email}@{domain}"),
        "rel_email": P("EMAIL", f"{ascii_lower(rel_given)}{rng.randrange(1, 99)}@{domain}"),
        "rel2_email": P("EMAIL", f"{ascii_lower(rel2_given)[:3]}.{ascii_lower(rel2_family)}@{domain}"),
        "username": P("ID", rng.choice([f"{g[0]}{f}", f"{f}{g[0]}{rng.randrange(1, 9)}", f"{g}_{f[:4]}"])),
        "mrn": P("MRN", fill(rng, rng.choice(["#######", "MR########", "H######"]))),
        "mrn2": P("MRN", fill(rng, "########")),
        "account": P("ACCOUNT", fill(rng, rng.choice(["HAR########", "ACC-#######"]))),
        "hplan": P("HEALTH_PLAN", ids.mbi(rng) if region == "us" else "MBR" + ids.luhn_number(rng, 9)),
        "ip": P(
            "IP", f"{rng.choice([24, 71, 98, 172])}.{rng.randrange(256)}.{rng.randrange(256)}.{n % 250 + 3}"
        ),
        "he": "she" if female else "he",
        "He": "She" if female else "He",
        "his": "her" if female else "his",
        "His": "Her" if female else "His",
        "him": "her" if female else "him",
        "mr": "Mrs" if female else "Mr",
        "relword": "daughter" if rel_fem else "son",
        "rel2word": "granddaughter" if rel2_fem else "grandson",
        "rel_parent": "mother" if rel_fem else "father",
        "rel_sib": "sister" if rel_fem else "brother",
        "parent": "mother" if female else "father",
        "rel2_sib": "sister" if rel2_fem else "brother",
        "dob_dm": P("DATE", date_words(born, "en", 2)),
        "rel2_given_lc": P("NAME", rel2_given.lower()),
        "rel2_nick_lc": P("NAME", NICKS[rel2_given].lower()),
    }
