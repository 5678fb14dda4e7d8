"""Synthetic people for probe 4: own name, place and identifier lists, one home region per name culture.

Cultures: Dutch (Frisian given names), Polish, Turkish, Vietnamese, Yoruba (with and without tone
marks), Brazilian, Hindi names in Latin script, Gulf Arabic in Latin script, US (Southern/Cajun/German
surnames), and native-script Greek, Russian (Cyrillic), Hindi (Devanagari), Hebrew and Arabic. Names were
chosen so that most are not in the engine's Faker-derived lexicon (test_probe4 measures the share).
Places are real towns and street names (public); house numbers, postcodes, phones and identifiers are
random, and national identifiers carry valid check digits (tests/engine/probe4/ids.py). Values are
`P(type, value)` (PHI, must be masked) or plain text; keep values live in corpus.py.
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from tests.engine.probe.people import P, Slot
from tests.engine.probe4 import ids

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"

# culture: (female given, male given, family (female form, male form) or one form, family first?, region)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], bool, str]] = {
    "nl": (
        ["Geertruida", "Hiltje", "Jildou", "Sjoukje", "Aukje"],
        ["Gerbrand", "Sietse", "Wiebren", "Tjeerd", "Hessel"],
        [(f, f) for f in ["Bruinsma", "Hogeveen-Wassink", "Oosterhuis", "Zwiers", "Haaksma", "Dijkstra"]],
        False,
        "nl",
    ),
    "pl": (
        ["Bronisława", "Zdzisława", "Wiesława", "Bogumiła"],
        ["Bogumił", "Przemysław", "Wieńczysław", "Radosław"],
        [
            ("Grzęda", "Grzęda"),
            ("Szczepaniak", "Szczepaniak"),
            ("Wróblewska-Kot", "Wróblewski-Kot"),
            ("Gąsiorowska", "Gąsiorowski"),
            ("Pstrągowska", "Pstrągowski"),
            ("Żmuda", "Żmuda"),
        ],
        False,
        "pl",
    ),
    "tr": (
        ["Gülizar", "Nurhayat", "Sevgül", "Müzeyyen"],
        ["Abdülkadir", "Cengizhan", "Hüsamettin", "Oğuzhan"],
        [
            (f, f)
            for f in ["Karaosmanoğlu", "Yeşilyurt", "Dumlupınar", "Kahramanoğlu", "Tüfekçi", "Gökçeoğlu"]
        ],
        False,
        "tr",
    ),
    "vi": (
        ["Hạ Vy", "Tường Vi", "Diễm Hương", "Thanh Tuyền"],
        ["Gia Huấn", "Khắc Lực", "Trọng Nghĩa", "Hữu Phước"],
        [(f, f) for f in ["Trịnh", "Lạc", "Khúc", "Quách", "Diệp", "Hoàng Phủ"]],
        True,
        "vi",
    ),
    "yo": (
        ["Ìbùkúnọlúwa", "Morenike", "Fadekemi", "Ọmọ́túndé"],
        ["Oluwadamilare", "Adétòkunbọ̀", "Olanrewaju", "Babátúndé"],
        [(f, f) for f in ["Ògúnlẹ́yẹ", "Falola", "Adeniyi", "Akinwande", "Ogundipe", "Adésanmí"]],
        False,
        "ng",
    ),
    "br": (
        ["Rosicleide", "Joseane", "Valdirene", "Gislaine"],
        ["Genivaldo", "Claudionor", "Dejair", "Uelinton"],
        [
            (f, f)
            for f in [
                "Nepomuceno Lacerda",
                "Valadares de Aragão",
                "Sampaio Fontoura",
                "Brito Camelo",
                "Rocha Pitta",
            ]
        ],
        False,
        "br",
    ),
    "hi": (
        ["Sunaina", "Bhagyashree", "Tanushree", "Shraddha"],
        ["Hanumant", "Devendra", "Omkarnath", "Vishwajeet"],
        [(f, f) for f in ["Khandelwal", "Bhattacharjee", "Upadhyay", "Gokhale", "Pendharkar-Joshi"]],
        False,
        "in",
    ),
    "ar": (
        ["Ghufran", "Rawan", "Shatha", "Wijdan"],
        ["Abdulmuhsin", "Muath", "Thamer", "Nawwaf"],
        [(f, f) for f in ["Al-Ghamdi", "Al-Shehri", "Bawazir", "Al-Dosari", "Abughazaleh"]],
        False,
        "sa",
    ),
    "us": (
        ["Loveday", "Kinsley", "Marlowe", "Oleta", "Ardith"],
        ["Tennyson", "Brantley", "Delmer", "Cletus", "Royce"],
        [
            (f, f)
            for f in [
                "Quattlebaum",
                "Scroggins",
                "Fenstermacher",
                "Higginbotham",
                "Thibodeaux",
                "Wobbekind",
                "Pruitt",
            ]
        ],
        False,
        "us",
    ),
    # native scripts (family name last unless noted)
    "el": (
        ["Ευανθία", "Χρυσούλα", "Αγλαΐα", "Πολυξένη"],
        ["Θεμιστοκλής", "Ξενοφών", "Χαράλαμπος", "Ευστάθιος"],
        [
            ("Κουτσογιάννη", "Κουτσογιάννης"),
            ("Μαυρομμάτη", "Μαυρομμάτης"),
            ("Τσολάκη", "Τσολάκης"),
            ("Δημητρακοπούλου", "Δημητρακόπουλος"),
        ],
        False,
        "gr",
    ),
    "ru": (
        ["Снежана", "Евдокия", "Ульяна", "Агафья"],
        ["Всеволод", "Ярополк", "Елисей", "Святослав"],
        [
            ("Загорулько", "Загорулько"),
            ("Бережная", "Бережной"),
            ("Колокольцева", "Колокольцев"),
            ("Пташинская", "Пташинский"),
        ],
        True,
        "ru",
    ),
    "hi_dev": (
        ["सुनयना", "भाग्यश्री", "रेवती"],
        ["हनुमंत", "ओंकारनाथ", "विश्वजीत"],
        [(f, f) for f in ["खंडेलवाल", "श्रीवास्तव", "उपाध्याय"]],
        False,
        "in_dev",
    ),
    "he": (
        ["אביטל", "שולמית", "נחמה"],
        ["נחום", "אליעזר", "צפניה"],
        [(f, f) for f in ["רוזנצווייג", "בן-חמו", "אזולאי"]],
        False,
        "il",
    ),
    "ar_nat": (
        ["غفران", "وجدان", "رهف"],
        ["عبدالمحسن", "نواف", "معاذ"],
        [(f, f) for f in ["الغامدي", "الشهري", "بن محفوظ"]],
        False,
        "sa_nat",
    ),
}
RU_PATRONYMIC = {
    True: ["Аркадьевна", "Тихоновна", "Мироновна"],
    False: ["Аркадьевич", "Тихонович", "Миронович"],
}

# region: (street patterns, [(town, postcode pattern, region text)], phone patterns, mail domains)
# '#' digit (first of a run never 0), '@' upper-case letter, '%' lower-case letter.
PLACES: dict[str, tuple[list[str], list[tuple[str, str, str]], list[str], list[str]]] = {
    "us": (
        [
            "#### Bayou Teche Rd",
            "### N Mulberry Ln Apt ##",
            "##### Co Rd ### Unit @",
            "## Persimmon Hollow Trl",
            "#### Sassafras Ct",
            "PO Box ####",
            "### Old Plank Rd Trlr ##",
        ],
        [
            ("Opelousas", "705##", "LA"),
            ("Tahlequah", "744##", "OK"),
            ("Wapakoneta", "458##", "OH"),
            ("Natchitoches", "714##", "LA"),
            ("Pocahontas", "724##", "AR"),
            ("Sheboygan Falls", "530##", "WI"),
            ("Kenedy", "781##", "TX"),
            ("Lumberton", "283##", "NC"),
        ],
        [
            "($##) $##-####",
            "$##-$##-####",
            "$##.$##.####",
            "+1 $## $## ####",
            "1-$##-$##-####",
            "($##)$##-####",
        ],
        ["bellsouth.net", "aol.com", "windstream.net", "gmail.com", "att.net"],
    ),
    "nl": (
        [
            "Boterdiep ##",
            "Jufferenwal ##-@",
            "Kraaiennest ###",
            "Sint Jorisstraat #",
            "Achter de Hoven ##",
            "Grote Noord ##bis",
        ],
        [
            ("Zwolle", "80## @@", "Overijssel"),
            ("Leeuwarden", "89## @@", "Friesland"),
            ("Doetinchem", "700# @@", "Gelderland"),
            ("Sneek", "86## @@", "Friesland"),
            ("Hoogezand", "960# @@", "Groningen"),
        ],
        ["06-########", "+31 6 #### ####", "058-#######", "(0570) ######"],
        ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "gmail.com"],
    ),
    "pl": (
        [
            "ul. Kołłątaja ##/##",
            "ul. Zamoyskiego ##",
            "os. Piastowskie ##/#",
            "al. Wojska Polskiego ###",
            "ul. Bohaterów Monte Cassino #@",
        ],
        [
            ("Zamość", "22-4##", "woj. lubelskie"),
            ("Łomża", "18-4##", "woj. podlaskie"),
            ("Ełk", "19-3##", "woj. warmińsko-mazurskie"),
            ("Sanok", "38-5##", "woj. podkarpackie"),
            ("Gniezno", "62-2##", "woj. wielkopolskie"),
        ],
        ["+48 ### ### ###", "### ### ###", "(##) ### ## ##", "+48 ###-###-###"],
        ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    ),
    "tr": (
        [
            "Gazi Mah. Çınarlı Sk. No:## D:#",
            "Cumhuriyet Cad. No: ##/#",
            "Yenidoğan Mah. ###. Sok. No:#",
            "Fevzi Çakmak Bulvarı No:### K:# D:##",
        ],
        [
            ("Merzifon", "05###", "Amasya"),
            ("Akşehir", "42###", "Konya"),
            ("Bafra", "55###", "Samsun"),
            ("Ödemiş", "35###", "İzmir"),
            ("Nazilli", "09###", "Aydın"),
        ],
        ["0### ### ## ##", "+90 ### ### ## ##", "+90 (###) ### ####", "0 (###) ### ## ##"],
        ["hotmail.com.tr", "yandex.com.tr", "gmail.com", "ttmail.com"],
    ),
    "vi": (
        [
            "Số ## ngõ ### phố Hoàng Quốc Việt",
            "Số ###/## đường Lê Văn Sỹ",
            "Tổ #, ấp Bình Thạnh",
            "Số ## kiệt ## Hoàng Diệu",
        ],
        [
            ("Phường Nghĩa Đô, Quận Cầu Giấy", "1####", "Hà Nội"),
            ("Phường 13, Quận 3", "7####", "TP. Hồ Chí Minh"),
            ("Phường Thanh Bình, Quận Hải Châu", "5####", "Đà Nẵng"),
            ("Thị xã Tân Uyên", "8####", "Bình Dương"),
        ],
        ["09## ### ###", "+84 9# ### ####", "(028) #### ####", "03########"],
        ["gmail.com", "yahoo.com.vn", "fpt.vn"],
    ),
    "ng": (
        [
            "## Adeola Hopewell Street",
            "Plot ###, Oba Akran Avenue",
            "No. ## Olorunsogo Close",
            "## Ogunlana Drive",
            "Block #, Flat ##, Abesan Estate",
        ],
        [
            ("Ogbomoso", "210###", "Oyo State"),
            ("Ilesa", "233###", "Osun State"),
            ("Ijebu-Ode", "120###", "Ogun State"),
            ("Surulere", "101###", "Lagos State"),
            ("Akure", "340###", "Ondo State"),
        ],
        ["080# ### ####", "+234 80# ### ####", "+234 (0) 70# ### ####", "0815-###-####"],
        ["yahoo.co.uk", "gmail.com", "ymail.com"],
    ),
    "br": (
        [
            "Rua Desembargador Motta, ####, apto ###",
            "Av. Dom Luís, ###, bloco @",
            "Travessa Pirapora, ##, casa #",
            "Rua Coronel Zeca Lopes, ###",
            "Quadra ## Conjunto @ Casa ##",
        ],
        [
            ("Juazeiro do Norte", "63###-###", "CE"),
            ("Caruaru", "55###-###", "PE"),
            ("Mossoró", "59###-###", "RN"),
            ("Itabuna", "45###-###", "BA"),
            ("Sobral", "62###-###", "CE"),
        ],
        ["(##) 9####-####", "+55 ## 9#### ####", "(0##) ####-####", "##9########"],
        ["bol.com.br", "uol.com.br", "terra.com.br", "gmail.com"],
    ),
    "in": (
        [
            "Flat #@, Sai Krupa Apartments, ##th Cross",
            "H.No. #-#-###/#, Lane #",
            "Plot ##, Sector ##",
            "### Gandhi Chowk, Ward ##",
            "C-##, Shastri Nagar",
        ],
        [
            ("Jayanagar, Bengaluru", "5600##", "Karnataka"),
            ("Nashik", "4220##", "Maharashtra"),
            ("Jhansi", "2840##", "Uttar Pradesh"),
            ("Gorakhpur", "2730##", "Uttar Pradesh"),
            ("Bhilai", "4900##", "Chhattisgarh"),
        ],
        ["+91 9#### #####", "09#########", "+91-9#########", "0512-2######"],
        ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    ),
    "sa": (
        [
            "Building ####, Al Mursalat St, Unit #",
            "Villa ##, Street ###",
            "PO Box ####",
            "Abu Bakr Al Siddiq Rd ####",
        ],
        [
            ("Buraydah", "5####", "Al-Qassim"),
            ("Hafar Al-Batin", "3####", "Eastern Province"),
            ("Khamis Mushait", "6####", "Asir"),
            ("Unaizah", "5####", "Al-Qassim"),
        ],
        ["+966 5# ### ####", "05########", "+966 (1#) ### ####"],
        ["hotmail.com", "outlook.sa", "gmail.com"],
    ),
    "gr": (
        ["Οδός Αγίας Σοφίας ##", "Λεωφόρος Νίκης ##", "Οδός Παπαναστασίου ###", "Οδός Κολοκοτρώνη ##"],
        [
            ("Λάρισα", "41# ##", "Θεσσαλία"),
            ("Κοζάνη", "50# ##", "Δυτική Μακεδονία"),
            ("Ιωάννινα", "45# ##", "Ήπειρος"),
            ("Χανιά", "73# ##", "Κρήτη"),
        ],
        ["+30 69# ### ####", "69########", "2410 ######", "+30 2310 ######"],
        ["otenet.gr", "yahoo.gr", "gmail.com"],
    ),
    "ru": (
        [
            "ул. Малышева, д. ##, кв. ##",
            "пр-т Октябрьский, д. ###, корп. #",
            "ул. Чкалова, д. #, кв. ###",
            "пер. Садовый, д. ##",
        ],
        [
            ("г. Сыктывкар", "1679##", "Республика Коми"),
            ("г. Вологда", "1600##", "Вологодская обл."),
            ("г. Тамбов", "3920##", "Тамбовская обл."),
            ("г. Бийск", "6593##", "Алтайский край"),
        ],
        ["+7 (9##) ###-##-##", "8 9## ### ## ##", "+79#########", "8 (8172) ##-##-##"],
        ["mail.ru", "yandex.ru", "rambler.ru"],
    ),
    "in_dev": (
        ["मकान नं. ##, गली नं. #", "फ्लैट ###, शांति अपार्टमेंट", "ग्राम पोस्ट रामपुर, वार्ड ##"],
        [
            ("लाजपत नगर, कानपुर", "2080##", "उत्तर प्रदेश"),
            ("अरेरा कॉलोनी, भोपाल", "4620##", "मध्य प्रदेश"),
            ("सिविल लाइंस, प्रयागराज", "2110##", "उत्तर प्रदेश"),
        ],
        ["+91 9#### #####", "9#########"],
        ["rediffmail.com", "gmail.com"],
    ),
    "il": (
        ["רחוב הרצל ##, דירה #", "שדרות רגר ###", "רחוב ז'בוטינסקי ##", "רחוב הנביאים ##"],
        [
            ("באר שבע", "84#####", "מחוז הדרום"),
            ("חדרה", "38#####", "מחוז חיפה"),
            ("טבריה", "14#####", "מחוז הצפון"),
        ],
        ["05#-###-####", "+972-5#-###-####", "0#-#######"],
        ["walla.co.il", "gmail.com", "013.net"],
    ),
    "sa_nat": (
        ["شارع الأمير سلطان، مبنى ####", "حي النزهة، شارع ##", "طريق الملك عبدالعزيز ####"],
        [
            ("بريدة", "5####", "القصيم"),
            ("خميس مشيط", "6####", "عسير"),
            ("حفر الباطن", "3####", "المنطقة الشرقية"),
        ],
        ["+966 5# ### ####", "05########"],
        ["hotmail.com", "gmail.com"],
    ),
}

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
MONTHS_LOCAL = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
    "br": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "gr": [
        "Ιανουαρίου",
        "Φεβρουαρίου",
        "Μαρτίου",
        "Απριλίου",
        "Μαΐου",
        "Ιουνίου",
        "Ιουλίου",
        "Αυγούστου",
        "Σεπτεμβρίου",
        "Οκτωβρίου",
        "Νοεμβρίου",
        "Δεκεμβρίου",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}


def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit (the first of a run never 0), '$' a digit 2-9, '@' an upper-case letter, '%' lower-case."""
    out = []
    for i, c in enumerate(pattern):
        if c == "#":
            out.append(rng.choice(D if i and pattern[i - 1] == "#" else "123456789"))
        elif c == "$":
            out.append(rng.choice("23456789"))
        elif c == "@":
            out.append(rng.choice("ABCDEFGHKLMNPRSTWZ"))
        elif c == "%":
            out.append(rng.choice("abcdefghkmnprstw"))
        else:
            out.append(c)
    return "".join(out)


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + D) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_local(d: date, region: str, rng: random.Random) -> str:
    """A date as a clinician in `region` would write it."""
    dd, mm, y = d.day, d.month, d.year
    forms = {
        "us": [
            f"{mm:02d}/{dd:02d}/{y}",
            f"{mm}/{dd}/{y % 100:02d}",
            f"{MONTHS_EN[mm - 1]} {dd}, {y}",
            f"{dd}-{MONTHS_EN[mm - 1][:3]}-{y}",
            f"{MONTHS_EN[mm - 1][:3]}. {dd}, {y}",
        ],
        "nl": [f"{dd:02d}-{mm:02d}-{y}", f"{dd} {MONTHS_LOCAL['nl'][mm - 1]} {y}"],
        "pl": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {MONTHS_LOCAL['pl'][mm - 1]} {y}"],
        "tr": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {MONTHS_LOCAL['tr'][mm - 1]} {y}"],
        "vi": [f"{dd:02d}/{mm:02d}/{y}", f"ngày {dd} tháng {mm} năm {y}"],
        "ng": [f"{dd:02d}/{mm:02d}/{y}", f"{ordinal(dd)} {MONTHS_EN[mm - 1]}, {y}"],
        "br": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} de {MONTHS_LOCAL['br'][mm - 1]} de {y}"],
        "in": [f"{dd:02d}-{mm:02d}-{y}", f"{dd:02d}-{MONTHS_EN[mm - 1][:3]}-{y}", f"{dd}/{mm}/{y}"],
        "sa": [f"{dd:02d}/{mm:02d}/{y}", f"{y}/{mm:02d}/{dd:02d}"],
        "gr": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {MONTHS_LOCAL['gr'][mm - 1]} {y}"],
        "ru": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {MONTHS_LOCAL['ru'][mm - 1]} {y}"],
        "in_dev": [f"{dd:02d}/{mm:02d}/{y}", f"{dd}-{mm}-{y}"],
        "il": [f"{dd}.{mm}.{y}", f"{dd:02d}/{mm:02d}/{y}"],
        "sa_nat": [f"{y}/{mm:02d}/{dd:02d}", f"{dd:02d}-{mm:02d}-{y}"],
    }[region]
    return rng.choice(forms)


def _phone(rng: random.Random, region: str) -> str:
    return fill(rng, rng.choice(PLACES[region][2]))


def _ascii(s: str) -> str:
    import unicodedata

    out = unicodedata.normalize(
        "NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d")
    )
    return "".join(c for c in out if c.isascii() and c.isalpha()).lower()


def _time(rng: random.Random) -> str:
    """A clock time whose minutes are never :00/:30, so it cannot collide with a keep dosage time."""
    return f"{rng.randint(0, 23):02d}:{rng.choice([m for m in range(60) if m % 30])}"


def person(rng: random.Random, culture: str, region: str | None = None) -> dict[str, Slot]:
    """Every slot a probe-4 template may name, for one person of `culture` living in `region`."""
    fem, male, families, fam_first, home = NAMES[culture]
    region = region or home
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(families)
    family = fam_pair[0] if female else fam_pair[1]
    rel_female = not female
    rel_given = rng.choice(fem if rel_female else male)
    rel_family = fam_pair[0] if rel_female else fam_pair[1]
    other_pair = rng.choice([f for f in families if f != fam_pair])
    other_female = rng.random() < 0.5
    other_given = rng.choice([g for g in (fem if other_female else male) if g not in (given, rel_given)])
    other_family = other_pair[0] if other_female else other_pair[1]

    def full(g: str, f: str) -> str:
        return f"{f} {g}" if fam_first else f"{g} {f}"

    streets, towns, _phones, domains = PLACES[region]
    town, pc, region_text = rng.choice(towns)
    dob = date(rng.randint(1931, 2006), rng.randint(1, 12), rng.randint(1, 28))
    visit = date(2023, 3, 1) + timedelta(days=rng.randint(0, 600))
    v2 = visit + timedelta(days=rng.randint(2, 12))
    v3 = v2 + timedelta(days=rng.randint(14, 60))
    loc_given = _ascii(given.split()[-1]) or "pt"
    loc_family = _ascii(family.split()[0]) or "user"
    t1, t2 = _time(rng), _time(rng)
    vin = ids.make_vin(rng)
    us_area = fill(rng, "$##")
    patronymic = rng.choice(RU_PATRONYMIC[female]) if culture == "ru" else ""
    name = full(given, family)
    if patronymic:
        name = f"{family} {given} {patronymic}"
    initial = _ascii(family)[:1].upper() or "X"
    return {
        "culture": culture,
        "female": "1" if female else "",
        "region_text": region_text,
        "name": P("NAME", name),
        "given": P("NAME", given),
        "family": P("NAME", family),
        "GIVEN": P("NAME", given.upper()),
        "FAMILY": P("NAME", family.upper()),
        "rel": P("NAME", full(rel_given, rel_family)),
        "rel_given": P("NAME", rel_given),
        "other": P("NAME", full(other_given, other_family)),
        "other_family": P("NAME", other_family),
        "street": P("ADDRESS", fill(rng, rng.choice(streets))),
        "street2": P("ADDRESS", fill(rng, rng.choice(streets))),
        "town": P("ADDRESS", town),
        "zip": P("ZIP", fill(rng, pc)),
        "phone": P("PHONE", _phone(rng, region)),
        "mobile": P("PHONE", _phone(rng, region)),
        "fax": P("FAX", _phone(rng, region)),
        "us_phone": P("PHONE", f"({us_area}) {digits(rng, 3, '2345678')}-{digits(rng, 4, D)}"),
        "email": P(
            "EMAIL",
            f"{loc_given}.{loc_family}{rng.choice(['', str(dob.year % 100), '_' + str(dob.day)])}"
            f"@{rng.choice(domains)}",
        ),
        "email2": P("EMAIL", f"{loc_family[:1]}{loc_given}{rng.randint(10, 99)}@{rng.choice(domains)}"),
        "dob": P("DATE", date_local(dob, region, rng)),
        "dob_iso": P("DATE", dob.isoformat()),
        "dob_hl7": P("DATE", dob.strftime("%Y%m%d")),
        "dob_us": P("DATE", f"{dob.month:02d}/{dob.day:02d}/{dob.year}"),
        "visit": P("DATE", date_local(visit, region, rng)),
        "visit2": P("DATE", date_local(v2, region, rng)),
        "visit3": P("DATE", date_local(v3, region, rng)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit2_iso": P("DATE", v2.isoformat()),
        "visit_hl7": P("DATE", visit.strftime("%Y%m%d") + t1.replace(":", "")),
        "visit2_hl7": P("DATE", v2.strftime("%Y%m%d") + t2.replace(":", "")),
        "visit_ts": P("DATE", f"{visit.isoformat()}T{t1}:{rng.randint(10, 59)}.{rng.randint(100, 999)}Z"),
        "visit_log": P("DATE", f"{visit.isoformat()} {t1}:{rng.randint(10, 59)}"),
        "visit_us": P("DATE", f"{visit.month:02d}/{visit.day:02d}/{visit.year}"),
        "visit_md": P("DATE", f"{visit.month}/{visit.day}"),
        "visit_dm_words": P("DATE", f"{MONTHS_EN[visit.month - 1]} {ordinal(visit.day)}"),
        "old_age": P("AGE", str(rng.randint(91, 103))),  # 90 itself reads as "90 or older"
        "mrn": P(
            "MRN",
            rng.choice(
                [
                    digits(rng, 8),
                    f"{token(rng, 2, UP)}{digits(rng, 7, D)}",
                    f"{digits(rng, 3)}-{digits(rng, 3, D)}-{digits(rng, 3, D)}",
                    f"000{digits(rng, 6)}",
                ]
            ),
        ),
        "mrn2": P("MRN", f"{digits(rng, 2)}{token(rng, 1, UP)}{digits(rng, 6, D)}"),
        "ssn": P(
            "SSN", f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
        ),
        "ssn_bare": P(
            "SSN", f"{rng.randint(101, 665):03d}{rng.randint(10, 99):02d}{rng.randint(1000, 9999):04d}"
        ),
        "ssn4": P("SSN", f"xxx-xx-{rng.randint(1000, 9999)}"),
        "member": P(
            "HEALTH_PLAN",
            rng.choice(
                [
                    f"{token(rng, 3, UP)}{digits(rng, 9, D)}",
                    f"{digits(rng, 9)}-0{rng.randint(1, 4)}",
                    f"ZG{digits(rng, 8)}",
                ]
            ),
        ),
        "group": P("HEALTH_PLAN", f"GRP-{digits(rng, 5)}"),
        "mbi": P("HEALTH_PLAN", ids.make_mbi(rng, dashed=rng.random() < 0.5)),
        "claim": P("ID", f"{digits(rng, 2)}{rng.choice(['E', 'W', 'K'])}{digits(rng, 11, D)}"),
        "account": P("ACCOUNT", digits(rng, 10)),
        "account2": P("ACCOUNT", f"{token(rng, 2, UP)}-{digits(rng, 8, D)}"),
        "npi": P("LICENSE", ids.make_npi(rng)),
        "dea": P("LICENSE", ids.make_dea(rng, "K")),
        "dl": P(
            "LICENSE",
            rng.choice(
                [
                    f"{initial}{digits(rng, 7, D)}",
                    f"{digits(rng, 3)} {digits(rng, 3, D)} {digits(rng, 3, D)}",
                    f"{initial}{digits(rng, 3, D)}-{digits(rng, 4, D)}-{digits(rng, 4, D)}",
                ]
            ),
        ),
        "plate": P(
            "VEHICLE",
            rng.choice(
                [fill(rng, "@@@ ####"), fill(rng, "#@@ ###"), fill(rng, "@@-###-@"), fill(rng, "### @@@")]
            ),
        ),
        "vin": P("VEHICLE", vin),
        "serial": P(
            "DEVICE",
            rng.choice(
                [
                    f"{token(rng, 2, UP)}{digits(rng, 9, D)}",
                    f"{digits(rng, 3)}{token(rng, 3, UP)}{digits(rng, 5, D)}",
                    f"{token(rng, 4, UP)}-{token(rng, 4, UP + D)}",
                ]
            ),
        ),
        "imei": P("DEVICE", digits(rng, 14, "3") + str(rng.randint(0, 9))),
        "ipv4": P(
            "IP",
            f"{rng.choice([10, 172, 192, 100])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}."
            f"{rng.randint(2, 253)}",
        ),
        "ipv6": P("IP", f"2a02:{token(rng, 4, HEX)}:{token(rng, 3, HEX)}1::{token(rng, 3, HEX)}9"),
        "portal_url": P(
            "URL",
            f"https://portal.{rng.choice(['wellspring', 'bayoucare', 'ridgeview'])}-clinic.example/"
            f"patients/{digits(rng, 7)}/results?visit={digits(rng, 6)}",
        ),
        "dbpw": P("CREDENTIAL", token(rng, 6) + rng.choice("#!%") + token(rng, 7)),
        "apikey": P("CREDENTIAL", "sk-proj-" + token(rng, 40, string.ascii_letters + D + "_-")),
        "bearer": P("CREDENTIAL", "ya29." + token(rng, 60, string.ascii_letters + D + "_-")),
        # national identifiers of the home region
        "bsn": P("ID", ids.make_bsn(rng)),
        "pesel": P("ID", ids.make_pesel(rng, dob, female)),
        "cpf": P("ID", ids.make_cpf(rng)),
        "tckn": P("ID", ids.make_tckn(rng)),
        "snils": P("ID", ids.make_snils(rng)),
        "tz": P("ID", ids.make_tz(rng)),
        "amka": P("ID", ids.make_amka(rng, dob)),
        "saudi_id": P("ID", ids.make_saudi_id(rng)),
        "aadhaar": P("ID", ids.make_aadhaar(rng)),
        "cccd": P(
            "ID",
            f"0{rng.choice(['01', '79', '48', '74'])}{rng.choice('0123')}{dob.year % 100:02d}"
            f"{digits(rng, 6, D)}",
        ),
        "nin": P("ID", digits(rng, 11)),
        "oms": P("HEALTH_PLAN", digits(rng, 16, "1234567")),
        "cns": P(
            "HEALTH_PLAN", f"7{digits(rng, 2, D)} {digits(rng, 4, D)} {digits(rng, 4, D)} {digits(rng, 4, D)}"
        ),
        "nhis": P("HEALTH_PLAN", f"{digits(rng, 8)}"),
        "ayushman": P("HEALTH_PLAN", f"PMJAY-{token(rng, 2, UP)}-{digits(rng, 9, D)}"),
        "dob_year": str(dob.year),
    }
