"""Synthetic people for probe 11: own name, place and identifier lists, one home region per name culture.

The languages most spoken in the world, written the way hospital staff, patients and families type them:
Hindi, Urdu, Egyptian Arabic, Filipino, Japanese, Mandarin, Vietnamese, Brazilian Portuguese, Mexican
Spanish and Nigerian Pidgin in Latin letters (romanised, transliterated or code-mixed, without tones or
diacritics where typists drop them), and Italian, Polish, Turkish, Indonesian, Persian (Perso-Arabic
script, Persian digits, the solar hijri calendar), Swiss German and Quebec French as clinicians write
them; a United States region for the dev formats (VistA, HL7, FHIR, CDS Hooks) where names of every
culture above live. Names are plausible combinations, never real people; towns and streets are invented
for the region (plausible, not real places); house numbers, postcodes, phones and identifiers are random,
and identifiers carry valid check digits where one exists (tests/engine/probe11/ids.py). Values are
`P(type, value)` (PHI), `K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, datetime, timedelta

from tests.engine.probe.people import P, Slot, fill_same
from tests.engine.probe11 import ids

D = "0123456789"
FA_D = "۰۱۲۳۴۵۶۷۸۹"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), order, home region)
# order: "gf" given family, "fg" family given, "vi" family + Thi/Van + given, "mx" given + two surnames.
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str, str]] = {
    "hi": (
        ["Lajwanti", "Ujjwala", "Keertika", "Bhagwanti", "Phoolmati", "Ramdulari"],
        ["Dhruvesh", "Ramkishore", "Tejbahadur", "Shivnandan", "Devkinandan", "Brijbhushan"],
        _same("Kushwaha", "Baghel", "Awasthi", "Bundela", "Rajbhar", "Chaurasia"),
        "gf",
        "up",
    ),
    "ur": (
        ["Zartasha", "Mehrunnisa", "Shehrbano", "Gulrukh", "Mahjabeen", "Anbreen"],
        ["Shahzeb", "Mudassir", "Zohaib", "Ehtisham", "Muzammil", "Zulqarnain"],
        _same("Gondal", "Khattak", "Warraich", "Tarar", "Ranjha", "Langrial"),
        "gf",
        "pk",
    ),
    "arz": (
        ["Shaimaa", "Nesma", "Doaa", "Nagwa", "Fawzeya", "Enayat"],
        ["Ragab", "Hazem", "Shehata", "Mamdouh", "Medhat", "Hamdy"],
        _same("El-Shennawy", "Abdel-Ghaffar", "Hegazy", "El-Desouky", "Zaghloul", "El-Menshawy"),
        "gf",
        "eg",
    ),
    "tl": (
        ["Rizalina", "Jhoanna", "Charina", "Rubilyn", "Maryjoy", "Cherrylou"],
        ["Reynante", "Jerico", "Joselito", "Reymart", "Jonrey", "Jaypee"],
        _same("Sisante", "Lacsamana", "Magbanua", "Dalisay", "Mangubat", "Gatchalian"),
        "gf",
        "ph",
    ),
    "ja": (
        ["Kanako", "Mitsuki", "Tomoka", "Sawako", "Kiyomi", "Chisato"],
        ["Shunsuke", "Kazuhiro", "Ryota", "Norihiko", "Hidenori", "Masaharu"],
        _same("Tsukamoto", "Matsuzaki", "Ogasawara", "Shibasaki", "Sugawara", "Furukawa"),
        "fg",
        "jp",
    ),
    "zh": (
        ["Xiaohui", "Meiling", "Jingwen", "Ruolan", "Guifang", "Cuiping"],
        ["Zhiqiang", "Weidong", "Zihao", "Guoqing", "Dongsheng", "Chunlin"],
        _same("Ouyang", "Dou", "Rong", "Jiao", "Geng", "Shangguan"),
        "fg",
        "cn",
    ),
    "vi": (
        ["Nguyet", "Thuy", "Hanh", "Tuyet", "Oanh", "Kieu"],
        ["Hieu", "Thinh", "Nghia", "Khanh", "Vinh", "Cuong"],
        _same("Truong", "Phan", "Dinh", "Vuong", "Quach", "Doan"),
        "vi",
        "vn",
    ),
    "br": (
        ["Rosangela", "Claudineia", "Lucineide", "Edilene", "Marinalva", "Cleonice"],
        ["Josenildo", "Cleiton", "Valdomiro", "Josivaldo", "Adenilson", "Clodoaldo"],
        _same("Bittencourt", "Queiroga", "Fontenele", "Arruda", "Meireles", "Coutinho"),
        "gf",
        "br",
    ),
    "mx": (
        ["Yatziri", "Xitlali", "Eréndira", "Zazil", "Tonantzin", "Itzayana"],
        ["Abundio", "Cuauhtémoc", "Crisanto", "Filemón", "Nicandro", "Leobardo"],
        _same("Tlapale", "Cuautle", "Tecuapetla", "Cocoletzi", "Ahuactzin", "Montiel"),
        "mx",
        "mx",
    ),
    "pcm": (
        ["Adaobi", "Ebere", "Ijeoma", "Uchechi", "Nneoma", "Chinyere"],
        ["Ifeanyichukwu", "Chibuzor", "Tochukwu", "Chidiebere", "Uzoma", "Obumneme"],
        _same("Ezeani", "Okoli", "Obiora", "Iwuchukwu", "Ezeonu", "Nwachinemelu"),
        "gf",
        "ng",
    ),
    "it": (
        ["Immacolata", "Addolorata", "Pasqualina", "Nunziatina", "Incoronata", "Consiglia"],
        ["Antimo", "Crescenzo", "Aniello", "Sossio", "Tammaro", "Castrese"],
        _same("Capuozzo", "Mastrangelo", "Cozzolino", "Ammendola", "Formisano", "Russomanno"),
        "gf",
        "it",
    ),
    "pl": (
        ["Stanisława", "Czesława", "Walentyna", "Kunegunda", "Władysława", "Henryka"],
        ["Zdzisław", "Bolesław", "Wacław", "Mieczysław", "Lucjan", "Bronisław"],
        [
            ("Kaczmarczyk", "Kaczmarczyk"),
            ("Zawadzka", "Zawadzki"),
            ("Grabowska", "Grabowski"),
            ("Sobczyk", "Sobczyk"),
            ("Przybylska", "Przybylski"),
            ("Jabłońska", "Jabłoński"),
        ],
        "gf",
        "pl",
    ),
    "tr": (
        ["Şükran", "Nazife", "Zekiye", "Saniye", "Hayriye", "Dudu"],
        ["Nevzat", "Veysel", "Şahabettin", "Nusret", "Tayfur", "Rüstem"],
        _same("Karakaya", "Aydoğan", "Uzunoğlu", "Gündoğdu", "Kılıçarslan", "Sarıkaya"),
        "gf",
        "tr",
    ),
    "id": (
        ["Suharti", "Ningsih", "Tukinem", "Wagiyem", "Suminah", "Sriyatun"],
        ["Suparman", "Sutrisno", "Wagimin", "Sukirno", "Tukijo", "Karyadi"],
        _same("Hadiwijaya", "Wiryawan", "Purnomo", "Wicaksono", "Darmawan", "Suryadi"),
        "gf",
        "jw",
    ),
    "fa": (
        ["فرشته", "مهناز", "پروانه", "ژیلا", "مهرانگیز", "فرنگیس"],
        ["غلامرضا", "بهروز", "کیومرث", "منوچهر", "اسفندیار", "هوشنگ"],
        _same("نوروزی", "صادقی", "جعفری", "یزدانی", "فراهانی", "زنگنه"),
        "gf",
        "ir",
    ),
    "gsw": (
        ["Vreni", "Rösli", "Margrit", "Bethli", "Elsbeth", "Trudi"],
        ["Köbi", "Chrigu", "Godi", "Housi", "Seppi", "Werni"],
        _same("Wälti", "Aebischer", "Hänggi", "Rüegsegger", "Tschanz", "Zgraggen"),
        "gf",
        "ch",
    ),
    "qc": (
        ["Réjeanne", "Colombe", "Fleurette", "Jacinthe", "Bibiane", "Gervaise"],
        ["Réjean", "Rosaire", "Philias", "Onésime", "Télesphore", "Hormidas"],
        _same("Boudreault", "Pomerleau", "Guimond", "Plamondon", "Gobeil", "Laflamme"),
        "gf",
        "qc",
    ),
}


class Region:
    """Where a name culture lives: towns (name, postcode prefix, extra code), streets, street, postcode
    and phone patterns, national identifier, language. Patterns: street {s} street, {n} number; postcode
    {p} the town's prefix, # a digit, @ a capital letter; local and international phone patterns have
    the same number of # so both are filled from one draw."""

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
    ) -> None:
        self.towns, self.streets, self.street, self.postcode = towns, streets, street, postcode
        self.local, self.intl, self.natid, self.lang = local, intl, natid, lang
        assert local.count("#") == intl.count("#"), (local, intl)


PLACES: dict[str, Region] = {
    "up": Region(
        [("Sarsawan Khurd", "247", ""), ("Bhadrauli Kalan", "283", ""), ("Kanhaiyaganj", "271", "")],
        ["Shyamkunj Colony", "Purani Tehsil Road", "Bajrangpuri Gali 4", "Kachehri Chauraha Marg"],
        "H.No. {n}, {s}",
        "{p}###",
        "9#### #####",
        "+91 9#### #####",
        "aadhaar",
        "hi",
    ),
    "pk": Region(
        [("Chak Jhumrawali", "381", ""), ("Kot Sultanpur Jadid", "522", ""), ("Pindi Mehraban", "503", "")],
        ["Gali Masjid Bilal Wali", "Mohallah Qasaban", "Gulshan-e-Rehmat Block C", "Nawab Colony Street 7"],
        "Makan No. {n}, {s}",
        "{p}##",
        "03##-#######",
        "+92 3## #######",
        "cnic",
        "ur",
    ),
    "eg": Region(
        [
            ("Kafr Abu Shalaby", "317", ""),
            ("Mit Sanhour", "353", ""),
            ("Ezbet El-Nakhla El-Bahareya", "441", ""),
        ],
        [
            "share3 el-madares el-2adim",
            "7aret el-gam3a el-kebira",
            "share3 el-ter3a el-ba7reya",
            "share3 abu el-3ela",
        ],
        "{n} {s}",
        "{p}##",
        "01# #### ####",
        "+20 1# #### ####",
        "eg",
        "arz",
    ),
    "ph": Region(
        [("Bagong Liwayway", "30", ""), ("Sto. Niño Ilaya", "41", ""), ("Maharlika Heights", "20", "")],
        ["Purok Masagana", "Sampaguita Extension", "Kalye Mabuhay Ilaya", "Purok Bagong Sikat"],
        "Blk {n}, {s}",
        "{p}##",
        "09## ### ####",
        "+63 9## ### ####",
        "philhealth",
        "tl",
    ),
    "jp": Region(
        [
            ("Hoshinomiya-shi", "329", ""),
            ("Kitakagura-machi", "038", ""),
            ("Minami-Sakuragawa-shi", "791", ""),
        ],
        ["Nishi-Kotari", "Higashi-Umenoki", "Kamiasahara", "Shimo-Tsurumaki"],
        "{s} {n}-14-3",
        "{p}-####",
        "090-####-####",
        "+81 90-####-####",
        "mynumber",
        "ja",
    ),
    "cn": Region(
        [
            ("Shuangqiao Zhen", "4317", "420117"),
            ("Hetaoyuan Xiang", "2261", "320682"),
            ("Baishiling", "5143", "441481"),
        ],
        ["Yingbin Dadao", "Wenchang Xilu", "Taoyuan Hengjie", "Xinghua Beixiang"],
        "{s} {n} hao",
        "{p}##",
        "13# #### ####",
        "+86 13# #### ####",
        "cn",
        "zh",
    ),
    "vn": Region(
        [("Phuoc Long Ha", "72", "079"), ("Tan Thanh Dong", "74", "075"), ("Binh Hoa Nam", "82", "083")],
        ["hem 27 Bau Sen", "duong Hoa Phuong Do", "to 5 khu pho Cay Gao", "duong so 9 ap Rach Mieu"],
        "So {n} {s}",
        "{p}###",
        "09## ### ###",
        "+84 9## ### ###",
        "cccd",
        "vi",
    ),
    "br": Region(
        [
            ("Ibirapuã do Norte", "358", "31"),
            ("Jacutinga Velha", "376", "35"),
            ("Vila Nova da Serrinha", "452", "71"),
        ],
        [
            "Rua Cel. Joaquim Tavares",
            "Travessa das Mangueiras",
            "Rua Dona Zulmira Prates",
            "Beco do Cajueiro",
        ],
        "{s}, {n}",
        "{p}##-###",
        "9####-####",
        "+55 9####-####",
        "cpf",
        "br",
    ),
    "mx": Region(
        [
            ("Santa María Xalostoc", "552", ""),
            ("Villa de Tepehuaje", "471", ""),
            ("San Andrés Cuexcomatitlán", "501", ""),
        ],
        ["Privada Tulipanes", "Callejón del Zapote", "Andador Jacarandas", "Av. Ejido Colectivo"],
        "{s} #{n}",
        "{p}##",
        "## #### ####",
        "+52 ## #### ####",
        "curp",
        "mx",
    ),
    "ng": Region(
        [("Amaokpala West", "432", ""), ("Nkwo-Ezeoke", "441", ""), ("Ugwuoba Layout", "401", "")],
        ["Ogbuefi Ezenwa Close", "Umuchima Road", "Aka Ifite Crescent", "Nwaorie Street"],
        "No. {n} {s}",
        "{p}###",
        "080# ### ####",
        "+234 80# ### ####",
        "nin",
        "pcm",
    ),
    "it": Region(
        [
            ("Montefredano Irpino", "830", "F491"),
            ("Casalvetere", "810", "B872"),
            ("Torre Annunziella", "800", "L259"),
        ],
        [
            "Via Vicinale Pezzalunga",
            "Vico II Santa Lucia al Monte",
            "Traversa Cupa Cozzolongo",
            "Via Starza Vecchia",
        ],
        "{s} {n}",
        "{p}##",
        "3## ### ####",
        "+39 3## ### ####",
        "cf",
        "it",
    ),
    "pl": Region(
        [("Zawodzie Górne", "42", ""), ("Wierzbnica Stara", "26", ""), ("Łęgowo Pomorskie", "83", "")],
        ["ul. Jarzębinowa", "ul. Kręta Dolna", "os. Słoneczne Wzgórze", "ul. Pod Lipami"],
        "{s} {n}/3",
        "{p}-###",
        "### ### ###",
        "+48 ### ### ###",
        "pesel",
        "pl",
    ),
    "tr": Region(
        [("Karaağaçlı", "424", ""), ("Hacıbekirli", "335", ""), ("Yeşilyayla", "612", "")],
        [
            "Çınaraltı Mah. Lale Sok.",
            "Pınarbaşı Mah. Menekşe Cad.",
            "Yenidoğan Mah. Ardıç Sok.",
            "Kavaklıdere Mah. Ceviz Sk.",
        ],
        "{s} No:{n} D:3",
        "{p}##",
        "05## ### ## ##",
        "+90 5## ### ## ##",
        "tc",
        "tr",
    ),
    "jw": Region(
        [
            ("Sukamaju Kidul", "573", "331201"),
            ("Karangrejo Wetan", "612", "350715"),
            ("Tanjungsari Lor", "452", "320518"),
        ],
        [
            "Jl. Kenanga Gg. III",
            "Perum Griya Asri Blok C",
            "Jl. Raya Cibeureum Girang",
            "Dusun Krajan RT 04/RW 02",
        ],
        "{s} No. {n}",
        "{p}##",
        "08##-####-####",
        "+62 8##-####-####",
        "nik",
        "id",
    ),
    "ir": Region(
        [("قلعه‌نو سفلی", "3761", ""), ("ده‌بیدک", "7394", ""), ("نارستانک", "4816", "")],
        ["خیابان نسترن، کوچه یاس ۳", "بلوار گلپونه شرقی", "کوچه اقاقیا ۷", "خیابان بیدستان، بن‌بست شقایق"],
        "{s}، پلاک {n}",
        "{p}#-#####",
        "091# ### ####",
        "+98 91# ### ####",
        "ir",
        "fa",
    ),
    "ch": Region(
        [("Hinterbüelen", "8947", ""), ("Oberegglen", "3318", ""), ("Rüttiwil", "6264", "")],
        ["Chäsgässli", "Rebhaldenweg", "Lindenmattstrasse", "Obere Bühlhalde"],
        "{s} {n}",
        "{p}",
        "07# ### ## ##",
        "+41 7# ### ## ##",
        "ahv",
        "gsw",
    ),
    "qc": Region(
        [
            ("Saint-Anicet-des-Érables", "G0R", ""),
            ("Lac-aux-Outardes", "G0H", ""),
            ("Sainte-Rosalie-de-Bellerive", "J0L", ""),
        ],
        ["rue des Épinettes", "rang du Petit-Brûlé", "montée Saint-Wilfrid", "chemin du Trait-Carré Nord"],
        "{n}, {s}",
        "{p} #@#",
        "(418) ###-####",
        "+1 418 ### ####",
        "ramq",
        "qc",
    ),
    "us": Region(
        [
            ("Harlan Crossing", "757", "TX"),
            ("Wexbury", "436", "OH"),
            ("Tamsen Falls", "305", "GA"),
            ("Oro Seco", "932", "CA"),
        ],
        ["Quarry Bend Rd", "Larkspur Hollow Ln", "Old Tanyard Pike", "Calle Arboleda Seca"],  # one per town
        "{n} {s}",
        "{p}##",
        "(###) ###-####",
        "+1 ### ### ####",
        "ssn",
        "en",
    ),
}
US_AREAS = {"TX": "903", "OH": "419", "GA": "706", "CA": "559"}
STATE_NAME = {"TX": "TEXAS", "OH": "OHIO", "GA": "GEORGIA", "CA": "CALIFORNIA"}
STATE_VISTA = {"TX": "48", "OH": "39", "GA": "13", "CA": "6"}  # the STATE file's entry numbers (FIPS)

MONTHS_EN = [
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
]
MONTHS = {
    "tl": [
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ],
    "mx": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "qc": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


def jalali(d: date) -> tuple[int, int, int]:
    """The solar hijri (Iranian) date of a Gregorian date (the usual 33-year-cycle arithmetic)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = d.year + 1 if d.month > 2 else d.year
    days = 355666 + 365 * d.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + d.day
    days += g_d_m[d.month - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def japanese_era(d: date) -> str:
    """A date in the Japanese era calendar, romanised: 'Showa 37-nen 8-gatsu 15-nichi'."""
    if d >= date(2019, 5, 1):
        era, y = "Reiwa", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, y = "Heisei", d.year - 1988
    elif d >= date(1926, 12, 25):
        era, y = "Showa", d.year - 1925
    else:
        era, y = "Taisho", d.year - 1911
    return f"{era} {y}-nen {d.month}-gatsu {d.day}-nichi"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def dob_in(d: date, lang: str) -> str:
    """A birth date as the language's documents (or chats) write it."""
    match lang:
        case "hi" | "id":
            return f"{d:%d-%m-%Y}"
        case "ur":
            return f"{d.day}-{d.month}-{d.year}"
        case "arz":
            return f"{d.day}/{d.month}/{d.year}"
        case "tl":
            return f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"
        case "ja":
            return japanese_era(d)
        case "zh":
            return f"{d.year} nian {d.month} yue {d.day} ri"
        case "mx":
            return f"{d:%d/%m/%y}"
        case "pl":
            return f"{d:%d.%m.%Y} r."
        case "tr":
            return f"{d:%d.%m.%Y}"
        case "fa":
            y, m, dd = jalali(d)
            return f"{y}/{m:02d}/{dd:02d}".translate(str.maketrans(D, FA_D))
        case "gsw":
            return f"{d.day}.{d.month}.{d.year}"
        case "qc":
            return d.isoformat()
        case "en":
            return f"{d:%m/%d/%Y}"
    return f"{d:%d/%m/%Y}"  # vi, br, pcm, it


def visit_in(d: date, lang: str) -> str:
    """A visit date as the language writes it in running text."""
    match lang:
        case "hi" | "arz" | "vi" | "br" | "pcm":
            return f"{d:%d/%m/%Y}"
        case "ur":
            return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
        case "tl":
            return f"{MONTHS[lang][d.month - 1]} {d.day}, {d.year}"
        case "ja":
            return f"{d:%Y/%m/%d}"
        case "zh":
            return f"{d.year} nian {d.month} yue {d.day} hao"
        case "mx" | "id" | "qc":
            de = " de " if lang == "mx" else " "
            return f"{d.day}{de}{MONTHS[lang][d.month - 1]}{de}{d.year}"
        case "it":
            return f"{d:%d/%m/%y}"
        case "pl" | "tr":
            return f"{d:%d.%m.%Y}"
        case "fa":
            return dob_in(d, "fa")
        case "gsw":
            return f"{d.day}.{d.month}.{d:%y}"
        case "en":
            return f"{d:%m/%d/%Y}"
    return f"{d:%d/%m/%Y}"


def short_in(d: date, lang: str) -> str:
    """A day and month without the year, as a chat or SMS writes an appointment."""
    match lang:
        case "hi" | "ur" | "pcm":
            return (
                f"{_ordinal(d.day)} {MONTHS_EN[d.month - 1]}"
                if lang == "pcm"
                else f"{d.day} {MONTHS_EN[d.month - 1]}"
            )
        case "arz" | "br":
            return f"{d.day}/{d.month}" if lang == "arz" else f"{d:%d/%m}"
        case "tl":
            return f"{MONTHS[lang][d.month - 1]} {d.day}"
        case "ja":
            return f"{d.month}-gatsu {d.day}-nichi"
        case "zh":
            return f"{d.month} yue {d.day} hao"
        case "vi":
            return f"ngay {d.day} thang {d.month}"
        case "mx":
            return f"{d.day} de {MONTHS['mx'][d.month - 1]}"
    return f"{d.day}.{d.month}."


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABCEGHJKLMNPRSTVWXYZ") if c == "@" else c for c in pattern
    )



def upper_ascii(s: str) -> str:
    """Upper case without accents, as VistA, FileMan and HL7 feeds store names and addresses."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if not unicodedata.combining(c))


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in s if not unicodedata.combining(c))


def full_name(culture: str, given: str, family: str, female: bool, abroad: bool = False) -> str:
    """The name as its culture writes it at home (given-family order abroad)."""
    order = "gf" if abroad and NAMES[culture][3] in ("fg", "vi") else NAMES[culture][3]
    match order:
        case "fg":
            return f"{family} {given}"
        case "vi":
            return f"{family} {'Thi' if female else 'Van'} {given}"
    return f"{given} {family}"


def region_of(culture: str) -> str:
    return NAMES[culture][4]


def _national(
    rng: random.Random,
    reg: Region,
    town: tuple[str, str, str],
    names: tuple[str, str, str],
    born: date,
    female: bool,
) -> P:
    given, family, family2 = names
    match reg.natid:
        case "aadhaar":
            return P("ID", ids.aadhaar(rng))
        case "cnic":
            return P("ID", ids.cnic(rng, female))
        case "eg":
            return P("ID", ids.eg_id(rng, born, female))
        case "philhealth":
            return P("HEALTH_PLAN", fill(rng, "##-#########-#"))
        case "mynumber":
            return P("ID", ids.mynumber(rng))
        case "cn":
            return P("ID", ids.cn_id(rng, town[2], born, female))
        case "cccd":
            return P("ID", ids.cccd(rng, born, female, town[2]))
        case "cpf":
            return P("ID", ids.cpf(rng))
        case "curp":
            return P("ID", ids.curp(rng, given, family, family2, born, female))
        case "nin":
            return P("ID", ids.digits(rng, 11))
        case "cf":
            return P("ID", ids.codice_fiscale(family, given, born, female, town[2]))
        case "pesel":
            return P("ID", ids.pesel(rng, born, female))
        case "tc":
            return P("ID", ids.tc(rng))
        case "nik":
            return P("ID", ids.nik(rng, town[2], born, female))
        case "ir":
            return P("ID", ids.ir_code(rng).translate(str.maketrans(D, FA_D)))
        case "ahv":
            return P("SSN", ids.ahv(rng))
        case "ramq":
            return P("HEALTH_PLAN", ids.ramq(rng, family, given, born, female))
    return P("SSN", ids.ssn(rng))


def person(rng: random.Random, culture: str, abroad: bool = False, old: bool = False) -> dict[str, Slot]:
    """One person of `culture` living in its home region (in the United States when `abroad`), with
    every slot a template may use; `old`: 91 to 105 years old at the visit (the age is shown)."""
    fem, male, fams, _, home = NAMES[culture]
    region = "us" if abroad else home
    reg = PLACES[region]
    lang = reg.lang
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(fams)
    family = fam_pair[0] if female else fam_pair[1]
    family2 = rng.choice([f for f in fams if f != fam_pair])[0]
    if NAMES[culture][3] == "mx":  # two surnames, father's then mother's
        family = f"{family} {family2}"
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = rng.choice([f for f in fams if f != fam_pair and f[0] != family2])[0 if rel_fem else 1]
    father = rng.choice([g for g in male if g not in (given, rel_given)])
    t = rng.randrange(len(reg.towns))
    town = reg.towns[t]
    visit = date(2024, 4, 1) + timedelta(days=rng.randrange(600))
    if old:  # not 90: "90 or older" would read as the age surviving
        born = visit - timedelta(days=rng.randrange(int(91 * 365.25) + 2, int(105 * 365.25)))
    else:
        born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(2, 30))
    n = rng.randrange(2, 160)
    name_of_street = reg.streets[t] if region == "us" else rng.choice(reg.streets)
    street = reg.street.format(s=name_of_street, n=n)
    zip_ = fill(rng, reg.postcode.format(p=town[1]))
    draw = ids.digits(rng, reg.local.count("#"))
    if region == "us":
        draw = US_AREAS[town[2]] + rng.choice("2345678") + draw[4:]
    local, intl = fill_same(draw, reg.local), fill_same(draw, reg.intl)
    draw2 = draw[:4] + ids.digits(rng, len(draw) - 4)  # a relative: same area, another number
    if lang == "fa":
        street, zip_, local = (s.translate(str.maketrans(D, FA_D)) for s in (street, zip_, local))
        mailbox, rel_box = f"user{rng.randrange(100, 999)}", f"mail{rng.randrange(100, 999)}"
    else:
        mailbox = _ascii(f"{given[0]}{family.split()[0]}").replace("-", "")
        rel_box = _ascii(f"{rel_given}.{rel_family}").replace("-", "")
    domain = rng.choice(["kawanmail.example", "correo-rapido.example", "postbox.example", "inboxly.example"])
    sec = rng.randrange(6 * 3600, 22 * 3600)
    vis_dt = datetime(visit.year, visit.month, visit.day) + timedelta(seconds=sec)
    name = full_name(culture, given, family, female, abroad)
    rel = full_name(culture, rel_given, rel_family, rel_fem, abroad)
    ssn = ids.ssn(rng)
    state = town[2] if region == "us" else ""
    fm_month = f"{born:%b}".upper()
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", name.upper()),
        "given_up": P("NAME", upper_ascii(given)),
        "family_up": P("NAME", upper_ascii(family)),
        "name_inv_up": P("NAME", upper_ascii(f"{family},{given}")),
        "rel": P("NAME", rel),
        "rel_given": P("NAME", rel_given),
        "rel_inv_up": P("NAME", upper_ascii(f"{rel_family},{rel_given}")),
        "father": P("NAME", father),
        "sex": "F" if female else "M",
        "rel_female": rel_fem,
        "female": female,
        "dob": P("DATE", dob_in(born, lang)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_prev": P("DATE", (born - timedelta(days=1)).isoformat()),
        "dob_us": P("DATE", f"{born:%m/%d/%Y}"),
        "dob_hl7": P("DATE", f"{born:%Y%m%d}"),
        "dob_fm": P("DATE", f"{fm_month} {born.day},{born.year}"),
        "dob_vista": P("DATE", f"{born.year - 1700}{born:%m%d}"),
        "dob_cs": P("DATE", f"{born.year}, {born.month}, {born.day}"),
        "age90": P("AGE", str(age)),
        "age_fa": P("AGE", str(age).translate(str.maketrans(D, FA_D))),
        "visit": P("DATE", visit_in(visit, lang)),
        "visit2": P("DATE", visit_in(visit2, lang)),
        "visit_short": P("DATE", short_in(visit2, lang)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_ts": P("DATE", f"{vis_dt.isoformat()}Z"),
        "visit_us": P("DATE", f"{visit:%m/%d/%Y}"),
        "visit_hl7": P("DATE", f"{vis_dt:%Y%m%d%H%M}"),
        "visit_fm": P("DATE", f"{vis_dt:%b}".upper() + f" {vis_dt.day}, {vis_dt.year}@{vis_dt:%H:%M}"),
        "visit_vista": P("DATE", f"{vis_dt.year - 1700}{vis_dt:%m%d}.{vis_dt:%H%M}"),
        "street": P("ADDRESS", street),
        "street_up": P("ADDRESS", upper_ascii(street)),
        "town": P("ADDRESS", town[0]),
        "town_up": P("ADDRESS", upper_ascii(town[0])),
        "zip": P("ZIP", zip_),
        "state": state,
        "state_name": STATE_NAME.get(state, ""),
        "state_vista": STATE_VISTA.get(state, ""),
        "phone": P("PHONE", local),
        "e164": P("PHONE", intl),
        "rel_phone": P(
            "PHONE", fill_same(draw2, reg.local).translate(str.maketrans(D, FA_D if lang == "fa" else D))
        ),
        "email": P("EMAIL", f"{mailbox}{rng.randrange(10, 99)}@{domain}"),
        "rel_email": P("EMAIL", f"{rel_box}@{domain}"),
        "natid": _national(rng, reg, town, (given, fam_pair[0], family2), born, female),
        "nss": P("SSN", ids.nss(rng, born)),
        "sus": P("HEALTH_PLAN", ids.cns(rng)),
        "bpjs": P("HEALTH_PLAN", "000" + ids.digits(rng, 10)),
        "ssn": P("SSN", ssn),
        "ssn_plain": P("SSN", ssn.replace("-", "")),
        "mrn": P("MRN", fill(rng, rng.choice(["#######", "MRN-######", "RM##-##-##", "H########"]))),
        "dfn": P("MRN", str(rng.randrange(100000, 9999999))),
        "icn": P("ID", f"10{ids.digits(rng, 8)}V{ids.digits(rng, 6)}"),
        "fhir_id": P("ID", "pt-" + "".join(rng.choice("0123456789abcdef") for _ in range(12))),
        "account": P("ACCOUNT", fill(rng, rng.choice(["FIN########", "#########", "ENC-########"]))),
        "member": P("HEALTH_PLAN", fill(rng, rng.choice(["XEH#########", "W#########-01", "MBR##-####-##"]))),
        "npi": P("LICENSE", ids.npi(rng)),
        "cgm": P("DEVICE", fill(rng, "SN-@@###-####")),
        "ip": P(
            "IP",
            f"{rng.choice([24, 71, 99, 186])}.{rng.randrange(256)}.{rng.randrange(256)}"
            f".{rng.randrange(1, 255)}",
        ),
        "token": P(
            "CREDENTIAL", "eyJ" + "".join(rng.choice(string.ascii_letters + D + "_-") for _ in range(28))
        ),
    }
