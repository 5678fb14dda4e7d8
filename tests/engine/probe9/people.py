"""Synthetic people for probe 9: own name, place and identifier lists, one home region per name culture.

Scripts and languages no earlier probe used: Tatar, Chechen and Sakha (Yakut) Cyrillic, Cherokee
syllabary, Santali in Ol Chiki (with Ol Chiki digits), Meitei Mayek (with Meitei digits); Latin-script
West Frisian, Breton, Scottish Gaelic (Mac/Nic surnames), Upper Sorbian (feminine -owa surnames),
Kashubian, Wolof, Sesotho and Tetum at home; and Yup'ik, Cape Verdean and Garifuna names in the United
States. Names are plausible combinations; test_probe9 measures how many of their words the engine's name
lists hold. Towns are real (written as the language writes them); streets are real or plausible for
the town; house numbers, postcodes, phones and identifiers are random, and national identifiers carry
valid check digits where one exists (tests/engine/probe9/ids.py). Values are `P(type, value)` (PHI),
`K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.people import P, Slot, fill_same
from tests.engine.probe9 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), order, home region)
# order: "gf" given family, "fg" family given.
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str, str]] = {
    "fy": (
        ["Gatske", "Wypkje", "Baukje", "Trijntsje", "Hiltsje"],
        ["Tsjalling", "Wibren", "Oebele", "Durk", "Wopke"],
        _same("Tjepkema", "Hoitinga", "Wadman", "Adema", "Sikkema"),
        "gf",
        "fr_nl",
    ),
    "bre": (
        ["Gwenola", "Rozenn", "Anaig", "Soazig", "Maiwenn"],
        ["Goulven", "Loeiz", "Yannig", "Tangi", "Goulc'hen"],
        _same("Kerhervé", "Guivarc'h", "Quéméner", "Le Bihan", "Cornec"),
        "gf",
        "bzh",
    ),
    "gd": (
        ["Seonag", "Peigi", "Ciorstaidh", "Oighrig", "Catrìona"],
        ["Dòmhnall", "Aonghas", "Tormod", "Uisdean", "Ruairidh"],
        [
            ("NicAmhlaigh", "MacAmhlaigh"),
            ("NicIlleathain", "MacIlleathain"),
            ("NicCoinnich", "MacCoinnich"),
            ("NicIomhair", "MacIomhair"),
            ("NicNeacail", "MacNeacail"),
        ],
        "gf",
        "hs",
    ),
    "hsb": (
        ["Hańža", "Lejna", "Hilža", "Worša", "Kata"],
        ["Měrćin", "Bjarnat", "Handrij", "Křesćan", "Beno"],
        [
            ("Krawcowa", "Krawc"),
            ("Wjelanowa", "Wjelan"),
            ("Bjeńšowa", "Bjeńš"),
            ("Šołćina", "Šołta"),
            ("Cyžowa", "Cyž"),
        ],
        "gf",
        "lu",
    ),
    "csb": (
        ["Katarzëna", "Barbôra", "Mariô", "Terézjô", "Òlëmpiô"],
        ["Wòjcech", "Frãc", "Gùstôw", "Remùs", "Jakùb"],
        _same("Formela", "Necel", "Wrëcza", "Kòlka", "Bigùs"),
        "gf",
        "ksz",
    ),
    "tt_nat": (
        ["Гөлнара", "Ләйсән", "Чулпан", "Рәмзия", "Гөлчәчәк"],
        ["Илдар", "Рөстәм", "Айдар", "Фәрит", "Ринат"],
        [
            ("Хәйруллина", "Хәйруллин"),
            ("Габдрахманова", "Габдрахманов"),
            ("Сафиуллина", "Сафиуллин"),
            ("Вәлиева", "Вәлиев"),
            ("Гарипова", "Гарипов"),
        ],
        "fg",
        "tat",
    ),
    "ce_nat": (
        ["Хеда", "Марха", "Петимат", "Зулай", "Седа"],
        ["Илес", "Адлан", "Ваха", "Лёма", "Хож-Ахьмад"],
        [
            ("Эльмурзаева", "Эльмурзаев"),
            ("Межидова", "Межидов"),
            ("Хасуева", "Хасуев"),
            ("Цуцаева", "Цуцаев"),
            ("Шахбулатова", "Шахбулатов"),
        ],
        "fg",
        "che",
    ),
    "sah_nat": (
        ["Сардаана", "Туйаара", "Айыына", "Нюргуяна", "Саргылана"],
        ["Айаал", "Эрчим", "Мичил", "Тускул", "Дьулус"],
        [
            ("Сивцева", "Сивцев"),
            ("Охлопкова", "Охлопков"),
            ("Атласова", "Атласов"),
            ("Иннокентьева", "Иннокентьев"),
            ("Тарабукина", "Тарабукин"),
        ],
        "fg",
        "sak",
    ),
    "chr_nat": (
        ["ᎠᏯᏖ", "ᏩᎦᏓᏍᏗ", "ᎤᏬᏗᎨ", "ᏌᎶᏂᎯ", "ᏗᏥᏍᎪ"],
        ["ᏣᏂᏍᎩ", "ᏫᎵᏍᏗ", "ᎠᏓᏍᏗᏯ", "ᏧᎾᎳᏍᎩ", "ᏌᏊᏯᏂ"],
        _same("ᏩᏯᏔᎦ", "ᎫᏍᏓᏯ", "ᏐᎢᏂᏥ", "ᎠᏍᎦᏯᏗ", "ᏦᏍᏆᏂ"),
        "gf",
        "ok",
    ),
    "sat_nat": (
        ["ᱥᱩᱠᱽᱢᱚᱱᱤ", "ᱫᱩᱞᱟᱲᱤ", "ᱯᱟᱹᱨᱵᱚᱛᱤ", "ᱞᱚᱠᱷᱤ", "ᱢᱟᱹᱱᱩᱢᱤ"],
        ["ᱥᱤᱫᱚ", "ᱠᱟᱱᱦᱩ", "ᱵᱤᱨᱥᱟ", "ᱪᱟᱸᱫᱽ", "ᱵᱷᱟᱭᱨᱚ"],
        _same("ᱢᱩᱨᱢᱩ", "ᱦᱟᱸᱥᱫᱟᱜ", "ᱴᱩᱰᱩ", "ᱥᱚᱨᱮᱱ", "ᱦᱮᱢᱵᱨᱚᱢ"),
        "gf",
        "jh",
    ),
    "mni_nat": (
        ["ꯆꯥꯎꯕꯤ", "ꯊꯣꯏꯕꯤ", "ꯃꯦꯃꯆꯥ", "ꯏꯕꯦꯝꯆꯥ", "ꯂꯥꯟꯊꯣꯏꯕꯤ"],
        ["ꯇꯣꯝꯕꯥ", "ꯆꯥꯎꯕꯥ", "ꯏꯕꯣꯆꯥ", "ꯅꯣꯡꯊꯣꯝꯕꯝ", "ꯃꯪꯒꯜ"],
        _same("ꯂꯥꯏꯁ꯭ꯔꯝ", "ꯊꯧꯅꯥꯎꯖꯝ", "ꯀꯣꯟꯊꯧꯖꯝ", "ꯅꯤꯡꯊꯧꯖꯝ", "ꯑꯣꯏꯅꯝ"),
        "fg",
        "mn_in",
    ),
    "wo": (
        ["Ndèye", "Coumba", "Dieynaba", "Mbayang", "Sokhna"],
        ["Modou", "Serigne", "Babacar", "Alioune", "Mamadou-Lamine"],
        _same("Mbengue", "Thiaw", "Ndoye", "Gueye", "Diagne"),
        "gf",
        "sen",
    ),
    "st": (
        ["Lineo", "Mamello", "Nthabiseng", "Rethabile", "Limpho"],
        ["Teboho", "Tšepo", "Lehlohonolo", "Motlatsi", "Retšelisitsoe"],
        _same("Mokhothu", "Ntšekhe", "Mohapi", "Sekhesa", "Rantšo"),
        "gf",
        "ls",
    ),
    "tet": (
        ["Ermelinda", "Bilou", "Olinda", "Natalina", "Zélia"],
        ["Mausiri", "Agapito", "Adérito", "Kayrala", "Olímpio"],
        _same("Lemos", "Sarmento", "Guterres", "Amaral", "Belo"),
        "gf",
        "tl",
    ),
    "ypk": (
        ["Cingyukan", "Arnaucuaq", "Nuyaqik", "Paniguaq", "Ayaprun"],
        ["Angalgaq", "Uyaquq", "Kanrilak", "Apaqutaq", "Nanugaq"],
        _same("Kasayulie", "Tulik", "Nanalook", "Fitka", "Chikoyak"),
        "gf",
        "us",
    ),
    "kea": (
        ["Zezinha", "Dulcelina", "Ivanilda", "Nilda", "Edneia"],
        ["Djodje", "Admilson", "Djidjiu", "Evandro", "Jailson"],
        _same("Semedo", "Furtado", "Varela", "Silveira", "Spínola"),
        "gf",
        "us",
    ),
    "cab": (
        ["Celestina", "Desideria", "Fermina", "Eufrosina", "Justa"],
        ["Crescencio", "Fulgencio", "Higinio", "Teófilo", "Amílcar"],
        _same("Arzú", "Lambey", "Sabio", "Guity", "Bernárdez"),
        "gf",
        "us",
    ),
}


class Region:
    """Where a name culture lives: towns, streets, postcode and phone patterns, national id, language.

    Patterns: street {s} street, {n} house number, {a} flat/floor/second number; postcode {p} the town's
    prefix, # a digit, @ a capital letter; local and international phone patterns have the same number
    of # so both are filled from one draw."""

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
        digits: str = D,
    ) -> None:
        self.towns, self.streets, self.street, self.postcode = towns, streets, street, postcode
        self.local, self.intl, self.natid, self.lang = local, intl, natid, lang
        self.digits = str.maketrans(D, digits)
        assert local.count("#") == intl.count("#"), (local, intl)


OL_CHIKI = "᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙"
MEITEI = "꯰꯱꯲꯳꯴꯵꯶꯷꯸꯹"

PLACES: dict[str, Region] = {
    "fr_nl": Region(
        [("Ljouwert", "89", "29"), ("Snits", "86", "29"), ("Boalsert", "87", "29")],
        ["Nijstêd", "Tuorrestrjitte", "Wurdumerdyk", "Skieppesleatsjes", "Himpenserdyk"],
        "{s} {n}",
        "{p}## @@",
        "058 ### ####",
        "+31 58 ### ####",
        "bsn",
        "fy",
    ),
    "bzh": Region(
        [("Kemper", "290", "29"), ("Montroulez", "296", "29"), ("Gwengamp", "222", "22")],
        ["straed Keréon", "hent Penn ar Stêr", "straed ar Vilin", "bali Kervegan", "hent Lokorn"],
        "{n} {s}",
        "{p}##",
        "02 98 ## ## ##",
        "+33 2 98 ## ## ##",
        "nir",
        "bre",
    ),
    "hs": Region(
        [("Steòrnabhagh", "HS1", ""), ("Port Rìgh", "IV51", ""), ("Baile a' Mhanaich", "HS7", "")],
        ["Rathad Shiadair", "Sràid a' Chladaich", "Rathad na Pàirce", "Sràid Chrombail", "Ceann a' Bhàigh"],
        "{n} {s}",
        "{p} #@@",
        "01851 ######",
        "+44 1851 ######",
        "chi",
        "gd",
    ),
    "lu": Region(
        [("Budyšin", "026", ""), ("Kamjenc", "019", ""), ("Wojerecy", "029", "")],
        ["Lawska", "Hornčerska", "Tuchmachowska", "Pod Mnišonkom", "Serbske nadróžne"],
        "{s} {n}",
        "{p}##",
        "03591 ######",
        "+49 3591 ######",
        "kvnr",
        "hsb",
    ),
    "ksz": Region(
        [("Kartuzë", "83-3", ""), ("Bëtowò", "77-1", ""), ("Kòscérzna", "83-4", "")],
        ["Kòscelnô", "Dwòrcowô", "Zómkòwô", "Rënkòwô", "Jezorowô"],
        "ul. {s} {n}/{a}",
        "{p}##",
        "58 ### ## ##",
        "+48 58 ### ## ##",
        "pesel",
        "csb",
    ),
    "tat": Region(
        [("Казан", "4200", ""), ("Яр Чаллы", "4238", ""), ("Әлмәт", "4234", "")],
        [
            "Тукай урамы",
            "Бауман урамы",
            "Габдулла Кариев урамы",
            "Декабристлар урамы",
            "Сара Садыйкова урамы",
        ],
        "{s}, {n} йорт, {a} фатир",
        "{p}##",
        "8 (843) ###-##-##",
        "+7 843 ###-##-##",
        "snils",
        "tt_nat",
    ),
    "che": Region(
        [("Соьлжа-ГӀала", "3640", ""), ("Гуьмсе", "3662", ""), ("Шела", "3663", "")],
        ["Лорсанов урам", "Бейбулатов урам", "Жуковскийн урам", "Яндаров урам", "Таймиев урам"],
        "{s}, {n}-гӀа цӀа",
        "{p}##",
        "8 (8712) ##-##-##",
        "+7 8712 ##-##-##",
        "snils",
        "ce_nat",
    ),
    "sak": Region(
        [("Дьокуускай", "6770", ""), ("Мирнэй", "6781", ""), ("Нерюнгри", "6789", "")],
        ["Өксөкүлээх уулусса", "Кулаковскай уулусса", "Ойуунускай уулусса", "Чернышевскай уулусса"],
        "{s}, {n} дьиэ, {a} кб.",
        "{p}##",
        "8 (4112) ##-##-##",
        "+7 4112 ##-##-##",
        "snils",
        "sah_nat",
    ),
    "ok": Region(
        [("ᏓᎵᏆ", "744", "OK"), ("ᎠᏍᏓᏯ", "749", "OK"), ("ᎤᏂᏥᏍᏓ", "287", "NC")],
        ["Keetoowah St", "Bliss Ave", "Goingsnake Rd", "Tsali Blvd", "Big Cove Rd"],
        "{n} {s}",
        "{p}##",
        "(918) ###-####",
        "+1 918 ### ####",
        "ssn",
        "chr_nat",
    ),
    "jh": Region(
        [("ᱫᱩᱢᱠᱟ", "8141", ""), ("ᱡᱟᱢᱥᱮᱫᱯᱩᱨ", "8310", ""), ("ᱯᱟᱠᱩᱲ", "8161", "")],
        ["ᱵᱟᱡᱟᱨ ᱥᱚᱰᱚᱠ", "ᱥᱴᱮᱥᱚᱱ ᱥᱚᱰᱚᱠ", "ᱦᱟᱹᱴᱤᱧ ᱜᱟᱲᱟ", "ᱫᱤᱥᱚᱢ ᱯᱟᱲᱟ"],
        "{n}, {s}",
        "{p}##",
        "#####-#####",
        "+91 #####-#####",
        "aadhaar",
        "sat_nat",
        OL_CHIKI,
    ),
    "mn_in": Region(
        [("ꯏꯝꯐꯥꯜ", "7950", ""), ("ꯊꯧꯕꯥꯜ", "7951", ""), ("ꯕꯤꯁ꯭ꯅꯨꯄꯨꯔ", "7951", "")],
        ["ꯀꯩꯁꯥꯃꯄꯥꯠ ꯂꯩꯀꯥꯢ", "ꯁꯤꯉ꯭ꯖꯥꯃꯩ ꯃꯈꯥ", "ꯎꯔꯤꯄꯣꯛ ꯂꯝꯕꯤ", "ꯋꯥꯡꯈꯩ ꯑꯌꯥꯡꯄꯂ꯭ꯂꯤ"],
        "{s}, ꯌꯨꯝ {n}",
        "{p}##",
        "#####-#####",
        "+91 #####-#####",
        "aadhaar",
        "mni_nat",
        MEITEI,
    ),
    "sen": Region(
        [("Kaolack", "26", ""), ("Louga", "27", ""), ("Mbour", "23", "")],
        ["Route de Khombole", "Rue Ngalandou Diouf", "Quartier Médina Baye", "Rue Abdoulaye Wade-Kaba"],
        "Villa n° {n}, {s}",
        "{p}000",
        "77 ### ## ##",
        "+221 77 ### ## ##",
        "sn",
        "wo",
    ),
    "ls": Region(
        [("Mafeteng", "900", ""), ("Teyateyaneng", "200", ""), ("Mohale's Hoek", "800", "")],
        ["Ha Thetsane", "Ha Abia", "Ha Matala", "Motse-Mocha"],
        "Ntlo {n}, {s}",
        "{p}",
        "5### ####",
        "+266 5### ####",
        "ls",
        "st",
    ),
    "tl": Region(
        [("Baucau", "", ""), ("Maliana", "", ""), ("Suai", "", "")],
        ["Rua de Caicoli", "Aldeia Bidau Lecidere", "Rua Vila Verde", "Bairro Pite"],
        "{s}, Uma {n}",
        "",
        "7### ####",
        "+670 7### ####",
        "tl",
        "tet",
    ),
    "us": Region(
        [
            ("Bethel", "995", "AK"),
            ("Brockton", "023", "MA"),
            ("Pawtucket", "028", "RI"),
            ("Harvey", "700", "LA"),
        ],
        # one street per town, in the same order
        ["Ridgecrest Dr", "Montello St", "Dexter St", "Manhattan Blvd"],
        "{n} {s}",
        "{p}##",
        "(###) ###-####",
        "+1 ### ### ####",
        "ssn",
        "en",
    ),
}
US_AREAS = {"AK": "907", "MA": "508", "RI": "401", "LA": "504"}
# the US towns (indexes into PLACES["us"].towns) where each US name culture lives
US_HOME = {"ypk": [0], "kea": [1, 2], "cab": [3]}
NIR_DEPT = {"Kemper": "29", "Montroulez": "29", "Gwengamp": "22"}


def _words(s: str) -> list[str]:
    return s.split()


MONTHS: dict[str, list[str]] = {
    "fy": _words(
        "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber"
    ),
    "bre": _words("Genver C'hwevrer Meurzh Ebrel Mae Mezheven Gouere Eost Gwengolo Here Du Kerzu"),
    "gd": [
        "am Faoilleach",
        "an Gearran",
        "am Màrt",
        "an Giblean",
        "an Cèitean",
        "an t-Ògmhios",
        "an t-Iuchar",
        "an Lùnastal",
        "an t-Sultain",
        "an Dàmhair",
        "an t-Samhain",
        "an Dùbhlachd",
    ],
    "hsb": _words(
        "januara februara měrca apryla meje junija julija awgusta septembra oktobra nowembra decembra"
    ),
    "csb": _words(
        "stëcznika gromicznika strëmiannika łżëkwiôta môja czerwińca lëpinca zélnika séwnika rujana "
        "lëstopadnika gòdnika"
    ),
    "tt_nat": _words("гыйнвар февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"),
    "ce_nat": [
        f"{m} бутт"
        for m in _words(
            "Кӏур Чиллин Бекарг Оханан Хьаьттан Асаран Мангалан Хьегийн Тов Эсаран Лахьанан Гӏуран"
        )
    ],
    "sah_nat": [
        "тохсунньу",
        "олунньу",
        "кулун тутар",
        "муус устар",
        "ыам ыйын",
        "бэс ыйын",
        "от ыйын",
        "атырдьах ыйын",
        "балаҕан ыйын",
        "алтынньы",
        "сэтинньи",
        "ахсынньы",
    ],
    "chr_nat": _words("ᎤᏃᎸᏔᏅ ᎧᎦᎵ ᎠᏅᏱ ᎧᏬᏂ ᎠᏂᏍᎬᏘ ᏕᎭᎷᏱ ᎫᏰᏉᏂ ᎦᎶᏂ ᏚᎵᏍᏗ ᏚᏂᏅᏗ ᏅᏓᏕᏆ ᎥᏍᎩᏱ"),
    "sat_nat": _words(
        "ᱡᱟᱱᱣᱟᱨᱤ ᱯᱷᱮᱵᱽᱨᱩᱣᱟᱨᱤ ᱢᱟᱨᱪ ᱮᱯᱨᱤᱞ ᱢᱮ ᱡᱩᱱ ᱡᱩᱞᱟᱭ ᱟᱜᱚᱥᱛ ᱥᱮᱯᱴᱮᱢᱵᱚᱨ ᱚᱠᱴᱚᱵᱚᱨ ᱱᱚᱵᱷᱮᱢᱵᱚᱨ ᱰᱤᱥᱮᱢᱵᱚᱨ"
    ),
    "mni_nat": _words("ꯋꯥꯛꯆꯤꯡ ꯐꯥꯢꯔꯦꯜ ꯂꯝꯇꯥ ꯁꯖꯤꯕꯨ ꯀꯥꯂꯦꯟ ꯏꯉꯥ ꯏꯉꯦꯟ ꯊꯧꯋꯥꯟ ꯂꯥꯡꯕꯟ ꯃꯦꯔꯥ ꯍꯤꯌꯥꯡꯀꯩ ꯄꯣꯢꯅꯨ"),
    "wo": _words("Samwiyee Fewriyee Mars Awril Me Suwe Sulet Ut Septàmbar Oktoobar Nowàmbar Desàmbar"),
    "st": _words(
        "Pherekgong Hlakola Hlakubele Mmesa Motsheanong Phupjane Phupu Phato Loetse Mphalane "
        "Pudungwana Tshitwe"
    ),
    "tet": _words("Janeiru Fevereiru Marsu Abríl Maiu Juñu Jullu Agostu Setembru Outubru Novembru Dezembru"),
    "en": _words("January February March April May June July August September October November December"),
}
assert all(len(m) == 12 for m in MONTHS.values())


def date_in(d: date, lang: str) -> str:
    """A date as a document in `lang` writes it."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    match lang:
        case "fy" | "wo" | "tet":
            return f"{d.day} {m} {d.year}"
        case "bre":
            return f"d'an {d.day} a viz {m} {d.year}"
        case "gd":
            return f"{d.day} {m} {d.year}"
        case "hsb":
            return f"{d.day}. {m} {d.year}"
        case "csb":
            return f"{d.day} {m} {d.year} r."
        case "tt_nat":
            return f"{d.year} елның {d.day} {m}"
        case "ce_nat":
            return f"{d.year} шеран {d.day} {m}"
        case "sah_nat":
            return f"{d.year} с. {m} {d.day} к."
        case "chr_nat":
            return f"{m} {d.day}, {d.year}"
        case "sat_nat":
            return f"{d.day} {m} {d.year}".translate(str.maketrans(D, OL_CHIKI))
        case "mni_nat":
            return f"{m} {d.day}, {d.year}".translate(str.maketrans(D, MEITEI))
        case "st":
            return f"la {d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABDEFGHJLNPQRSTUWXYZ") if c == "@" else c for c in pattern
    )



def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -"))


def _national(rng: random.Random, region: str, town: str, born: date, female: bool) -> P:
    match PLACES[region].natid:
        case "bsn":
            return P("ID", ids.bsn(rng))
        case "nir":
            return P("SSN", ids.nir(rng, born, female, NIR_DEPT[town]))
        case "chi":
            return P("ID", ids.chi(rng, born, female))
        case "kvnr":
            return P("HEALTH_PLAN", ids.kvnr(rng))
        case "pesel":
            return P("ID", ids.pesel(rng, born, female))
        case "snils":
            return P("SSN", ids.snils(rng))
        case "aadhaar":
            return P("ID", ids.aadhaar(rng))
        case "sn":
            return P("ID", ids.sn_cni(rng, female))
        case "ls":
            return P("ID", fill(rng, "0##########"))
        case "tl":
            return P("ID", fill(rng, "##-####-####"))
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
    born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
    visit = date(2024, 5, 1) + timedelta(days=rng.randrange(580))
    visit2 = visit + timedelta(days=rng.randrange(2, 30))
    name_of_street = reg.streets[t] if region == "us" else rng.choice(reg.streets)
    street = reg.street.format(s=name_of_street, n=rng.randrange(2, 160), a=rng.randrange(1, 40))
    street = street.translate(reg.digits)
    zip_ = fill(rng, reg.postcode.format(p=prefix)).translate(reg.digits) if reg.postcode else ""
    draw = ids.digits(rng, reg.local.count("#"))
    if region == "us":
        draw = US_AREAS[state] + rng.choice("2345678") + draw[4:]
    local, intl = fill_same(draw, reg.local).translate(reg.digits), fill_same(draw, reg.intl)
    af = ascii_fold(family).lower().replace(" ", "")
    ag = ascii_fold(given).lower().replace(" ", "")
    if not af or not ag:  # native script: a transliterated mailbox
        af, ag = f"{rng.choice(['kw', 'zt', 'pm', 'oy'])}{rng.randrange(100, 999)}", "inbox"
    domain = rng.choice(["posteo.example", "tutanota.example", "mailbox.example", "web.example"])
    age = rng.randrange(91, 106)  # not 90: "90 or older" would read as the age surviving
    mrn = fill(rng, rng.choice(["PT-#######", "########", "K######/#", "700######"]))
    vis_t = f"{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", full_name(culture, given, family)),
        "NAME_UP": P("NAME", full_name(culture, given, family).upper()),
        "name_inv": P("NAME", f"{family}, {given}"),
        "name_caret": P("NAME", f"{family}^{given}".upper() if family.isascii() else f"{family}^{given}"),
        "rel": P("NAME", full_name(culture, rel_given, rel_family)),
        "rel_caret": P("NAME", f"{rel_family}^{rel_given}"),
        "sex": "F" if female else "M",
        "gender": "female" if female else "male",
        "dob": P("DATE", date_in(born, reg.lang)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_us": P("DATE", f"{born:%m/%d/%Y}"),
        "dob_compact": P("DATE", f"{born:%Y%m%d}"),
        "dob_dots": P("DATE", f"{born:%d.%m.%Y}"),
        "dob_ms": P("DATE", f"{born:%Y-%m-%d} 00:00:00.000"),
        "age90": P("AGE", str(age)),
        "visit": P("DATE", date_in(visit, reg.lang)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_us": P("DATE", f"{visit:%m/%d/%Y}"),
        "visit_compact": P("DATE", f"{visit:%Y%m%d}"),
        "visit_ts": P("DATE", f"{visit.isoformat()}T{vis_t}Z"),
        "visit_hl7": P("DATE", f"{visit:%Y%m%d}{vis_t.replace(':', '')[:4]}"),
        "visit_epoch": P("DATE", f"{visit.isoformat()} {vis_t}"),
        "visit_short": P("DATE", f"{visit.day}/{visit.month}"),
        "visit2": P("DATE", date_in(visit2, reg.lang)),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "street": P("ADDRESS", street),
        "town": P("ADDRESS", town),
        "zip": P("ZIP", zip_) if zip_ else "",
        "state": state,
        "phone": P("PHONE", local),
        "e164": P("PHONE", intl),
        "e164_compact": P("PHONE", "+" + "".join(c for c in intl if c.isdigit())),
        "fax": P("FAX", local if region == "us" else intl),
        "email": P("EMAIL", f"{ag}.{af}{rng.randrange(10, 99)}@{domain}"),
        "natid": _national(rng, region, town, born, female),
        "ssn": P("SSN", ids.ssn(rng)),
        "mbi": P("HEALTH_PLAN", ids.mbi(rng)),
        "member": P("HEALTH_PLAN", fill(rng, rng.choice(["XQH#########", "M########-01", "HP##-####-###"]))),
        "mrn": P("MRN", mrn),
        "account": P("ACCOUNT", fill(rng, rng.choice(["ACCT########", "##########", "VN-#######"]))),
        "npi": P("LICENSE", ids.npi(rng)),
        "vin": P("VEHICLE", ids.vin(rng)),
        "plate": P("VEHICLE", fill(rng, rng.choice(["KXR-####", "7PLM###", "HB ####"]))),
        "serial": P("DEVICE", fill(rng, rng.choice(["CGM-####-####", "INS########"]))),
        "ip": P(
            "IP",
            f"{rng.choice([24, 68, 100, 156])}.{rng.randrange(256)}.{rng.randrange(256)}"
            f".{rng.randrange(1, 255)}",
        ),
        "url": P("URL", f"https://mychart{rng.randrange(2, 9)}.wellpath.example/pt/{fill(rng, '########')}"),
        "token": P(
            "CREDENTIAL",
            "ghp_" + "".join(rng.choice(string.ascii_letters + D) for _ in range(36)),
        ),
        "password": P(
            "CREDENTIAL",
            rng.choice(["Narwhal", "Axolotl", "Capybara"]) + fill(rng, "##$#") + rng.choice(["Kq", "zW"]),
        ),
    }
