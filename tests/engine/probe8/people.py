"""Synthetic people for probe 8: own name, place and identifier lists, one home region per name culture.

Scripts and languages no earlier probe used: Serbian, Macedonian, Belarusian and Tajik Cyrillic, Uyghur
(Arabic script with its own vowels), Dhivehi (Thaana), Odia (with Odia digits); Latin-script Danish,
Greenlandic (Kalaallisut), Faroese, Lingala (ordinal month names), Ewe (with ɔ/ɛ), Tahitian, Tok
Pisin, Setswana and Luganda at home; and Navajo, Chuukese, Karen, Assyrian and Dinka names in the United
States. Names are plausible combinations; test_probe8 measures how many of their words the engine's name
lists hold. Towns are real; streets are real or plausible for the town; house numbers, postcodes,
phones and identifiers are random, and national identifiers carry valid check digits where one exists
(tests/engine/probe8/ids.py). Values are `P(type, value)` (PHI), `K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.people import P, Slot, fill_same
from tests.engine.probe8 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), order, home region)
# order: "gf" given family, "fg" family given.
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str, str]] = {
    "da": (
        ["Bodil", "Dorthe", "Rikke", "Vibeke", "Lisbeth"],
        ["Bjarke", "Esben", "Torben", "Mogens", "Palle"],
        _same("Kjærsgaard", "Thygesen", "Vestergaard", "Nørgaard", "Damgaard"),
        "gf",
        "dk",
    ),
    "kl": (
        ["Aviaja", "Paninnguaq", "Ivalo", "Nivi", "Arnaq"],
        ["Aqqaluk", "Kuupik", "Inuuteq", "Nukappi", "Aputsiaq"],
        _same("Qujaukitsoq", "Kuko", "Petrussen", "Lyberth", "Skifte"),
        "gf",
        "gl",
    ),
    "sr_nat": (
        ["Јована", "Драгана", "Драгиња", "Милица", "Бојана"],
        ["Ђорђе", "Милош", "Бранко", "Радован", "Живорад"],
        _same("Ђукић", "Радосављевић", "Милутиновић", "Живковић", "Обрадовић"),
        "gf",
        "rs",
    ),
    "mk_nat": (
        ["Ивона", "Благица", "Верче", "Билјана", "Елена"],
        ["Трајче", "Ацо", "Горан", "Зоран", "Кирил"],
        [
            ("Трајковска", "Трајковски"),
            ("Стојчевска", "Стојчевски"),
            ("Петрушевска", "Петрушевски"),
            ("Николовска", "Николовски"),
            ("Ристеска", "Ристески"),
        ],
        "gf",
        "mk",
    ),
    "be_nat": (
        ["Алеся", "Ганна", "Уладзіслава", "Крысціна", "Ядвіга"],
        ["Алесь", "Уладзімір", "Міхась", "Язэп", "Рыгор"],
        [
            ("Багдановіч", "Багдановіч"),
            ("Мацкевіч", "Мацкевіч"),
            ("Лукашэвіч", "Лукашэвіч"),
            ("Кірылава", "Кірылаў"),
            ("Садоўская", "Садоўскі"),
        ],
        "fg",
        "by",
    ),
    "tg_nat": (
        ["Гулчеҳра", "Меҳринисо", "Мавлуда", "Фирӯза", "Шаҳноза"],
        ["Фирӯз", "Ҷамшед", "Далер", "Сафарали", "Бахтовар"],
        [
            ("Раҳимова", "Раҳимов"),
            ("Қодирова", "Қодиров"),
            ("Шарифова", "Шарифов"),
            ("Ҳайдарова", "Ҳайдаров"),
            ("Давлатова", "Давлатов"),
        ],
        "fg",
        "tj",
    ),
    "ug_nat": (
        ["گۈلنار", "مەھرىبان", "ئايگۈل", "پاتىگۈل", "رەيھانگۈل"],
        ["ئابدۇرېھىم", "مەمەتجان", "ئەخمەتجان", "تۇرسۇن", "نۇرمەمەت"],
        _same("ئابلىمىت", "قادىر", "ياقۇپ", "ھاشىم", "ئوسمان"),
        "gf",
        "xj",
    ),
    "dv_nat": (
        ["ޢާއިޝަތު", "ފާޠިމަތު", "މަރިޔަމް", "ހައުލަތު", "ޝިފާ"],
        ["އަޙްމަދު", "މުޙައްމަދު", "އިބްރާހީމް", "ޙަސަން", "އާދަމް"],
        _same("ރަޝީދު", "ނަސީމް", "ޝަރީފް", "ވަޙީދު", "ޒާހިރު"),
        "gf",
        "mv",
    ),
    "or_nat": (
        ["ସୁଲୋଚନା", "ପ୍ରମିଳା", "ଗୀତାଞ୍ଜଳି", "ମମତା", "ସସ୍ମିତା"],
        ["ବିଭୂତି", "ଜଗନ୍ନାଥ", "ପ୍ରଦୀପ", "ସୁରେନ୍ଦ୍ର", "ଅକ୍ଷୟ"],
        _same("ମହାପାତ୍ର", "ପଟ୍ଟନାୟକ", "ସାହୁ", "ଦାଶ", "ମିଶ୍ର"),
        "gf",
        "od",
    ),
    "ln": (
        ["Merveille", "Bijou", "Exaucée", "Mbombo", "Ngalula"],
        ["Trésor", "Fiston", "Dieudonné", "Ilunga", "Kabeya"],
        _same("Mukendi", "Kalala", "Nsimba", "Makiese", "Lukusa"),
        "gf",
        "cd",
    ),
    "ee": (
        ["Ablavi", "Dzifa", "Selorm", "Akpene", "Yayra"],
        ["Kossi", "Komlan", "Mawuli", "Edem", "Senyo"],
        _same("Agbodjan", "Amegah", "Dzokoto", "Kpodo", "Gbeho"),
        "gf",
        "gh",
    ),
    "ty": (
        ["Hinano", "Vaitiare", "Tehani", "Heiata", "Poerani"],
        ["Teva", "Tamatea", "Raitini", "Manutahi", "Heimana"],
        _same("Tetuanui", "Teriierooiterai", "Temauri", "Tefaatau", "Tauotaha"),
        "gf",
        "pf",
    ),
    "tpi": (
        ["Kopi", "Waime", "Rokoi", "Siwi", "Mauna"],
        ["Kaupa", "Yawari", "Kuman", "Wakei", "Waipo"],
        _same("Tumbe", "Kapris", "Gelu", "Aipe", "Nomane"),
        "gf",
        "pg",
    ),
    "tn": (
        ["Boitumelo", "Masego", "Onalenna", "Kelebogile", "Gaone"],
        ["Kagiso", "Tumelo", "Kabelo", "Othusitse", "Mpho"],
        _same("Molefhe", "Ntsima", "Mmusi", "Sebego", "Kgosietsile"),
        "gf",
        "bw",
    ),
    "lg": (
        ["Namubiru", "Nalwoga", "Namuli", "Nantongo", "Nakimuli"],
        ["Wasswa", "Kizza", "Mulindwa", "Kigozi", "Ssali"],
        _same("Ssebunya", "Lubega", "Ssemakula", "Kavuma", "Mukiibi"),
        "fg",
        "ug",
    ),
    "fo": (
        ["Turið", "Rannvá", "Marjun", "Sólrun", "Bára"],
        ["Rógvi", "Heðin", "Sjúrður", "Bárður", "Jóanis"],
        _same("Lamhauge", "Ziska", "Weihe", "Niclasen", "Debes"),
        "gf",
        "fo",
    ),
    "nv": (
        ["Delphina", "Verlena", "Shandiin", "Nizhoni", "Lavina"],
        ["Hoskie", "Deswood", "Ason", "Kee", "Tohee"],
        _same("Tsinajinnie", "Begaye", "Bitsui", "Manygoats", "Todacheenie"),
        "gf",
        "us",
    ),
    "chk": (
        ["Kimeuo", "Sinino", "Elsina", "Meiuo", "Rosinda"],
        ["Ringlen", "Kachuo", "Sirino", "Bisalen", "Tiwe"],
        _same("Kofak", "Sirom", "Aisek", "Silluk", "Siales"),
        "gf",
        "us",
    ),
    "kar": (
        ["Hser Mu", "Mu Lah", "Naw Kpaw", "Dah Eh", "Ywa Wah"],
        ["Kler Doh", "Eh Ler", "Klo Kwee", "Ta Mla", "Tha Blay"],
        _same("Lweh", "Blut", "Kpru", "Mlar", "Thoo"),
        "gf",
        "us",
    ),
    "aii": (
        ["Shamiran", "Nahrain", "Ramina", "Ninwa", "Atorina"],
        ["Ashur", "Ninos", "Ramsin", "Odishu", "Shimun"],
        _same("Yalda", "Khoshaba", "Odisho", "Benyamin", "Warda"),
        "gf",
        "us",
    ),
    "din": (
        ["Achol", "Nyandeng", "Abuk", "Ayen", "Adut"],
        ["Majok", "Makuei", "Mabior", "Akol", "Garang"],
        _same("Akech", "Kuol", "Malual", "Ajak", "Manyang"),
        "gf",
        "us",
    ),
}


class Region:
    """Where a name culture lives: towns, streets, postcode and phone patterns, national id, language.

    Patterns: street {s} street, {n} house number, {a} flat/floor/second number; postcode {p} the town's
    prefix, # a digit; local and international phone patterns have the same number of # so both are
    filled from one draw."""

    def __init__(
        self,
        towns: list[tuple[str, str, str]],
        streets: list[str],
        street: str,
        postcode: str,
        local: str,
        intl: str,
        natid: str,
        lang: str,
        digits: dict[int, int] | None = None,
    ) -> None:
        self.towns, self.streets, self.street, self.postcode = towns, streets, street, postcode
        self.local, self.intl, self.natid, self.lang = local, intl, natid, lang
        self.digits = digits or {}
        assert local.count("#") == intl.count("#"), (local, intl)


ODIA_DIGITS = str.maketrans(D, "୦୧୨୩୪୫୬୭୮୯")

PLACES: dict[str, Region] = {
    "dk": Region(
        [
            ("Esbjerg", "67", "Region Syddanmark"),
            ("Herning", "74", "Region Midtjylland"),
            ("Næstved", "47", ""),
        ],
        ["Skolegade", "Torvegade", "Jernbanegade", "Kongensgade", "Østergade"],
        "{s} {n}, {a}. tv.",
        "{p}##",
        "## ## ## ##",
        "+45 ## ## ## ##",
        "cpr",
        "da",
    ),
    "gl": Region(
        [("Sisimiut", "3911", ""), ("Ilulissat", "3952", ""), ("Qaqortoq", "3920", "")],
        ["Aqqusinersuaq", "Imaneq", "Naapittarfik", "Qulleq", "Kussangajannguaq"],
        "{s} {n}",
        "{p}",
        "## ## ##",
        "+299 ## ## ##",
        "cpr",
        "kl",
    ),
    "rs": Region(
        [("Крагујевац", "340", "Шумадијски округ"), ("Ниш", "180", "Нишавски округ"), ("Чачак", "320", "")],
        ["Кнеза Милоша", "Вожда Карађорђа", "Обреновићева", "Војводе Мишића"],
        "ул. {s} бр. {n}",
        "{p}##",
        "06# ### ####",
        "+381 6# ### ####",
        "jmbg",
        "sr_nat",
    ),
    "mk": Region(
        [("Битола", "70", ""), ("Охрид", "60", ""), ("Куманово", "13", "")],
        ["ул. Широк Сокак", "ул. Македонски Просветители", "бул. Гоце Делчев", "ул. Илинденска"],
        "{s} бр. {n}",
        "{p}00",
        "07# ### ###",
        "+389 7# ### ###",
        "embg",
        "mk_nat",
    ),
    "by": Region(
        [("Гродна", "230", "Гродзенская вобласць"), ("Брэст", "224", ""), ("Магілёў", "212", "")],
        ["вул. Савецкая", "вул. Ажэшкі", "вул. Пушкінская", "пр-т Міру"],
        "{s}, д. {n}, кв. {a}",
        "{p}0##",
        "8 029 ###-##-##",
        "+375 29 ###-##-##",
        "by",
        "be_nat",
    ),
    "tj": Region(
        [("Хуҷанд", "7357", "вилояти Суғд"), ("Кӯлоб", "7353", "вилояти Хатлон"), ("Бохтар", "7351", "")],
        ["кӯчаи Камоли Хуҷандӣ", "кӯчаи Сино", "хиёбони Рӯдакӣ", "кӯчаи Айнӣ"],
        "{s}, хонаи {n}, ҳуҷраи {a}",
        "{p}##",
        "9# ###-##-##",
        "+992 9# ###-##-##",
        "tj",
        "tg_nat",
    ),
    "xj": Region(
        [("قەشقەر", "844", "شىنجاڭ"), ("خوتەن", "848", "شىنجاڭ"), ("غۇلجا", "835", "شىنجاڭ")],
        ["ئازادلىق يولى", "ئىستىقلال يولى", "يەڭىشەھەر يولى", "ئۆستەڭبويى كوچىسى"],
        "{s} {n}-نومۇر",
        "{p}0##",
        "13# #### ####",
        "+86 13# #### ####",
        "cn",
        "ug_nat",
    ),
    "mv": Region(
        [("ހުޅުމާލެ", "23", ""), ("އައްޑޫ ސިޓީ", "19", ""), ("ފުވައްމުލައް", "18", "")],
        ["ނިރޮޅުމަގު", "ހިތަފުށިމަގު", "ބުރުމާމަގު", "ފިނިފެންމާމަގު"],
        "{s}، ގޭ ނަންބަރު {n}",
        "{p}###",
        "7##-####",
        "+960 7##-####",
        "mv",
        "dv_nat",
    ),
    "od": Region(
        [("କଟକ", "753", "ଓଡ଼ିଶା"), ("ବ୍ରହ୍ମପୁର", "760", "ଓଡ଼ିଶା"), ("ସମ୍ବଲପୁର", "768", "ଓଡ଼ିଶା")],
        ["ଚାନ୍ଦିନୀଚୌକ", "ବଡ଼ବଜାର ରୋଡ୍", "ଗାନ୍ଧୀ ମାର୍ଗ", "ଷ୍ଟେସନ ବଜାର"],
        "ଘର ନଂ {n}, {s}",
        "{p}0##",
        "9#### #####",
        "+91 9#### #####",
        "aadhaar",
        "or_nat",
    ),
    "cd": Region(
        [("Mbandaka", "", "Équateur"), ("Kisangani", "", "Tshopo"), ("Kikwit", "", "Kwilu")],
        ["Avenue du Marché", "Avenue Kabambare", "Avenue Mokengeli", "Avenue Bongolo"],
        "{s} n° {n}",
        "",
        "08# ### ####",
        "+243 8# ### ####",
        "cd",
        "ln",
    ),
    "gh": Region(
        [("Hohoe", "", "Volta Region"), ("Keta", "", "Volta Region"), ("Aflao", "", "Volta Region")],
        ["Fiave Road", "Kpeve Street", "Dzodze Road", "Anyako Lane"],
        "House {n}, {s}",
        "",
        "024 ### ####",
        "+233 24 ### ####",
        "gh",
        "ee",
    ),
    "pf": Region(
        [("Faa'a", "98704", "Tahiti"), ("Punaauia", "98718", "Tahiti"), ("Uturoa", "98735", "Raiatea")],
        ["Servitude Tavararo", "Chemin de Tipaerui", "Route de Outumaoro", "Rue Vaitavatava"],
        "PK {n},{a} côté montagne, {s}",
        "{p}",
        "87 ## ## ##",
        "+689 87 ## ## ##",
        "pf",
        "ty",
    ),
    "pg": Region(
        [("Goroka", "441", "Eastern Highlands"), ("Madang", "511", "Madang"), ("Mount Hagen", "281", "")],
        ["Modilon Road", "Kuri Street", "Wahgi Parade", "Bena Road"],
        "Section {a}, Allotment {n}, {s}",
        "{p}",
        "7### ####",
        "+675 7### ####",
        "pg",
        "tpi",
    ),
    "bw": Region(
        [("Maun", "", "North-West District"), ("Serowe", "", "Central District"), ("Kanye", "", "")],
        ["Boseja Ward", "Mokgosi Ward", "Tsienyane Road", "Botalaote Ward"],
        "Plot {n}, {s}",
        "",
        "7# ### ###",
        "+267 7# ### ###",
        "omang",
        "tn",
    ),
    "ug": Region(
        [
            ("Masaka", "", "Central Region"),
            ("Mbarara", "", "Western Region"),
            ("Jinja", "", "Eastern Region"),
        ],
        ["Nyendo Road", "Mbaguta Street", "Iganga Road", "Kijabijo Lane"],
        "Plot {n}, {s}",
        "",
        "07## ######",
        "+256 7## ######",
        "ug",
        "lg",
    ),
    "fo": Region(
        [("Klaksvík", "700", ""), ("Tvøroyri", "800", "Suðuroy"), ("Runavík", "620", "Eysturoy")],
        ["Klaksvíksvegur", "Nólsoyar Pálsgøta", "Bøgøta", "Ósavegur"],
        "{s} {n}",
        "FO-{p}",
        "######",
        "+298 ######",
        "ptal",
        "fo",
    ),
    "us": Region(
        [
            ("Chinle", "865", "AZ"),
            ("Shiprock", "874", "NM"),
            ("Sterling Heights", "483", "MI"),
            ("Utica", "135", "NY"),
            ("Grand Island", "688", "NE"),
            ("Gresham", "970", "OR"),
        ],
        # one street per town, in the same order
        ["Navajo Route 7", "Navajo Route 36", "Van Dyke Ave", "Genesee St", "Webb Ave", "Burnside Rd"],
        "{n} {s}",
        "{p}##",
        "(###) ###-####",
        "+1 ### ### ####",
        "ssn",
        "en",
    ),
}
US_AREAS = {"AZ": "928", "NM": "505", "MI": "586", "NY": "315", "NE": "308", "OR": "971"}
CN_AREAS = {"قەشقەر": "653101", "خوتەن": "653201", "غۇلجا": "654002"}
# the US towns (indexes into PLACES["us"].towns) where each US name culture lives
US_HOME = {"nv": [0, 1], "aii": [2], "kar": [3], "din": [4], "chk": [5]}
JMBG_REGIONS = {"rs": [71, 72, 73, 75, 78], "mk": [41, 42, 45, 47, 49]}


def _words(s: str) -> list[str]:
    return s.split()


MONTHS: dict[str, list[str]] = {
    "da": _words("januar februar marts april maj juni juli august september oktober november december"),
    "kl": _words(
        "januaari februaari marsi apriili maaji juuni juuli aggusti septembari oktobari novembari decembari"
    ),
    "sr_nat": _words(
        "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра"
    ),
    "mk_nat": _words("јануари февруари март април мај јуни јули август септември октомври ноември декември"),
    "be_nat": _words(
        "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня"
    ),
    "tg_nat": _words("январи феврали марти апрели майи июни июли августи сентябри октябри ноябри декабри"),
    "ug_nat": _words("يانۋار فېۋرال مارت ئاپرېل ماي ئىيۇن ئىيۇل ئاۋغۇست سېنتەبىر ئۆكتەبىر نويابىر دېكابىر"),
    "dv_nat": _words("ޖަނަވަރީ ފެބުރުއަރީ މާރިޗު އޭޕްރީލް މެއި ޖޫން ޖުލައި އޯގަސްޓު ސެޕްޓެމްބަރު އޮކްޓޫބަރު ނޮވެމްބަރު ޑިސެމްބަރު"),
    "or_nat": _words("ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର"),
    # Lingala: "the first month" ... "the twelfth month"
    "ln": [
        f"sánzá ya {n}"
        for n in [
            "yambo",
            "míbalé",
            "mísáto",
            "mínei",
            "mítáno",
            "motóbá",
            "nsambo",
            "mwambe",
            "libwa",
            "zómi",
            "zómi na mɔ̌kɔ́",
            "zómi na míbalé",
        ]
    ],
    "ee": _words("Dzove Dzodze Tedoxe Afɔfĩe Dama Masa Siamlɔm Deasiamime Anyɔnyɔ Kele Adeɛmekpɔxe Dzome"),
    "ty": _words("Tenuare Fepuare Mati Eperera Me Tiunu Tiurai Atete Tetepa Atopa Novema Titema"),
    "tpi": _words("Janueri Februeri Mas Epril Me Jun Julai Ogas Septemba Oktoba Novemba Disemba"),
    "tn": _words(
        "Ferikgong Tlhakole Mopitlwe Moranang Motsheganong Seetebosigo Phukwi Phatwe Lwetse "
        "Diphalane Ngwanatsele Sedimonthole"
    ),
    "lg": _words(
        "Gatonnya Mukutulansanja Mugulansigo Kafuumuulampawu Muzigo Ssebaaseka Kasambula "
        "Muwakanya Mutunda Mukulukusabitungotungo Museenene Ntenvu"
    ),
    "fo": _words("januar februar mars apríl mai juni juli august september oktober november desember"),
    "en": _words("January February March April May June July August September October November December"),
}
assert all(len(m) == 12 for m in MONTHS.values())


def date_in(d: date, lang: str) -> str:
    """A date as a document in `lang` writes it."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    match lang:
        case "da" | "kl" | "fo":
            return f"{d.day}. {m} {d.year}"
        case "sr_nat":
            return f"{d.day}. {m} {d.year}."
        case "mk_nat":
            return f"{d.day} {m} {d.year} год."
        case "be_nat":
            return f"{d.day} {m} {d.year} г."
        case "tg_nat":
            return f"{d.day} {m} соли {d.year}"
        case "ug_nat":
            return f"{d.year}-يىلى {d.day}-{m}"
        case "or_nat":
            return f"{d.day} {m} {d.year}".translate(ODIA_DIGITS)
        case "ln":
            return f"mokolo {d.day} {m} {d.year}"
        case "ee":
            return f"{m} {d.day} lia, {d.year}"
        case "ty":
            return f"te {d.day} no {m} {d.year}"
        case "lg":
            return f"nga {d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(rng.choice(D) if c == "#" else c for c in pattern)



def ascii_fold(s: str) -> str:
    s = s.replace("æ", "ae").replace("ø", "o").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -"))


def _national(rng: random.Random, region: str, town: str, born: date, female: bool) -> P:
    match PLACES[region].natid:
        case "cpr":
            return P("ID", ids.cpr(rng, born, female))
        case "jmbg" | "embg":
            return P("ID", ids.jmbg(rng, born, female, JMBG_REGIONS[region]))
        case "by":
            return P("ID", ids.by_personal(rng, born, female))
        case "tj":
            return P("ID", ids.digits(rng, 9))
        case "cn":
            return P("ID", ids.cn_id(rng, born, female, CN_AREAS[town]))
        case "mv":
            return P("ID", ids.mv_id(rng))
        case "aadhaar":
            return P("ID", ids.aadhaar(rng))
        case "cd":
            return P("ID", fill(rng, "#########") + rng.choice("ABCD") + fill(rng, "###"))
        case "gh":
            return P("ID", ids.ghana_card(rng))
        case "pf":
            return P("HEALTH_PLAN", fill(rng, "#######"))
        case "pg":
            return P("ID", fill(rng, "##########"))
        case "omang":
            return P("ID", ids.omang(rng, female))
        case "ug":
            return P("ID", ids.ug_nin(rng, born, female))
        case "ptal":
            return P("ID", ids.ptal(rng, born, female))
    return P("SSN", ids.ssn(rng))


def full_name(culture: str, given: str, family: str) -> str:
    return f"{given} {family}" if NAMES[culture][3] == "gf" else f"{family} {given}"


def region_of(culture: str) -> str:
    return NAMES[culture][4]


def person(rng: random.Random, culture: str) -> dict[str, Slot]:
    """One person of `culture` living in its home region, with every slot a template may use."""
    fem, male, fams, _, region = NAMES[culture]
    reg = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(fams)
    family = fam_pair[0] if female else fam_pair[1]
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = rng.choice([f for f in fams if f != fam_pair])[0 if rel_fem else 1]
    home = US_HOME.get(culture, range(len(reg.towns)))
    t = rng.choice(list(home))
    town, prefix, state = reg.towns[t]
    born = date(1938, 1, 1) + timedelta(days=rng.randrange(365 * 62))
    old_born = date(1921, 1, 1) + timedelta(days=rng.randrange(365 * 12))
    visit = date(2024, 3, 1) + timedelta(days=rng.randrange(600))
    visit2 = visit + timedelta(days=rng.randrange(2, 40))
    name_of_street = reg.streets[t] if region == "us" else rng.choice(reg.streets)
    street = reg.street.format(s=name_of_street, n=rng.randrange(2, 180), a=rng.randrange(1, 30))
    if reg.lang == "or_nat":
        street = street.translate(ODIA_DIGITS)
    zip_ = fill(rng, reg.postcode.format(p=prefix)) if reg.postcode else ""
    draw = ids.digits(rng, reg.local.count("#"))
    if region == "us":
        draw = US_AREAS[state] + rng.choice("2345678") + draw[4:]
    local, intl = fill_same(draw, reg.local), fill_same(draw, reg.intl)
    af = ascii_fold(family).lower().replace(" ", "")
    ag = ascii_fold(given).lower().replace(" ", "")
    if not af or not ag:  # native script: a transliterated mailbox
        af, ag = f"{rng.choice(['qa', 'dz', 'vb', 'ux'])}{rng.randrange(100, 999)}", "user"
    domain = rng.choice(["fastmail.example", "proton.example", "ymail.example", "gmx.example"])
    age = rng.randrange(91, 104)  # not 90: "90 or older" would read as the age surviving
    mrn = fill(rng, rng.choice(["MR#######", "########", "H######-#", "100######"]))
    vis_t = f"{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", full_name(culture, given, family)),
        "FAMILY": P("NAME", family.upper()),
        "GIVEN": P("NAME", given.upper()),
        "name_inv": P("NAME", f"{family}, {given}"),
        "name_caret": P("NAME", f"{family}^{given}".upper() if family.isascii() else f"{family}^{given}"),
        "rel": P("NAME", full_name(culture, rel_given, rel_family)),
        "rel_given": P("NAME", rel_given),
        "sex": "F" if female else "M",
        "gender": "female" if female else "male",
        "dob": P("DATE", date_in(born, reg.lang)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_us": P("DATE", f"{born:%m/%d/%Y}"),
        "dob_compact": P("DATE", f"{born:%Y%m%d}"),
        "dob_dots": P("DATE", f"{born:%d.%m.%Y}"),
        "dob_dmy": P("DATE", f"{born:%d/%m/%Y}"),
        "dob_mon": P("DATE", f"{born:%d-%b-%Y}".upper()),
        "old_dob_iso": P("DATE", old_born.isoformat()),
        "age90": P("AGE", str(age)),
        "visit": P("DATE", date_in(visit, reg.lang)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_us": P("DATE", f"{visit:%m/%d/%Y}"),
        "visit_compact": P("DATE", f"{visit:%Y%m%d}"),
        "visit_ts": P("DATE", f"{visit.isoformat()}T{vis_t}Z"),
        "visit_sp": P("DATE", f"{visit.isoformat()} {vis_t}"),
        "visit_logcat": P("DATE", f"{visit:%m-%d} {vis_t}.{rng.randrange(1000):03d}"),
        "visit_long": P("DATE", f"{visit:%B} {visit.day}, {visit.year}"),
        "visit2": P("DATE", date_in(visit2, reg.lang)),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "visit2_compact": P("DATE", f"{visit2:%Y%m%d}"),
        "street": P("ADDRESS", street),
        "town": P("ADDRESS", town),
        "zip": P("ZIP", zip_) if zip_ else "",
        "state": state,
        "gps": P("ADDRESS", fill(rng, rng.choice(["VH-####-####", "VK-###-####"]))),
        "phone": P("PHONE", local),
        "e164": P("PHONE", intl),
        "e164_compact": P("PHONE", "+" + "".join(c for c in intl if c.isdigit())),
        "fax": P("FAX", local if region == "us" else intl),
        "email": P("EMAIL", f"{ag}.{af}{rng.randrange(10, 99)}@{domain}"),
        "natid": _national(rng, region, town, born, female),
        "ssn": P("SSN", ids.ssn(rng)),
        "mbi": P("HEALTH_PLAN", ids.mbi(rng)),
        "member": P("HEALTH_PLAN", fill(rng, rng.choice(["ZGW#########", "W#########02", "MBR-####-####"]))),
        "mrn": P("MRN", mrn),
        "account": P("ACCOUNT", fill(rng, rng.choice(["HAR########", "##########", "ENC-#######"]))),
        "claim": P("ACCOUNT", fill(rng, rng.choice(["CLM##########", "#############"]))),
        "npi": P("LICENSE", ids.npi(rng)),
        "dea": P("LICENSE", ids.dea(rng, rng.choice("KMRT"))),
        "vin": P("VEHICLE", ids.vin(rng)),
        "plate": P("VEHICLE", fill(rng, rng.choice(["NVJ-###", "8TRW###", "PHM ###"]))),
        "imei": P("DEVICE", ids.imei(rng)),
        "udi": P("DEVICE", ids.udi(rng)),
        "serial": P("DEVICE", fill(rng, rng.choice(["SN-PMP-#######", "G3X########"]))),
        "ip": P(
            "IP",
            f"{rng.choice([73, 98, 172, 209])}.{rng.randrange(256)}.{rng.randrange(256)}"
            f".{rng.randrange(1, 255)}",
        ),
        "url": P("URL", f"https://portal{rng.randrange(2, 9)}.carenet.example/chart/{fill(rng, '#######')}"),
        "token": P(
            "CREDENTIAL",
            "xoxb-"
            + fill(rng, "############-############-")
            + "".join(rng.choice(string.ascii_letters + D) for _ in range(24)),
        ),
        "password": P(
            "CREDENTIAL",
            rng.choice(["Walrus", "Pelican", "Quokka"]) + fill(rng, "#!##") + rng.choice(["xv", "Tq"]),
        ),
    }
