"""Synthetic people for probe 7: own name, place and identifier lists, one home region per name culture.

Native scripts no earlier probe used -- Burmese (Myanmar), Lao, Nepali (Devanagari, Nepali wording),
Urdu and Persian (Arabic script, Extended Arabic-Indic digits, Persian dates in the Solar Hijri calendar),
Bengali, Telugu and Bulgarian Cyrillic -- and Latin-script cultures the earlier probes did not use:
Yoruba (with tone marks), Hausa, Kinyarwanda, Afrikaans, Azerbaijani, Slovak, Galician, Luxembourgish,
Javanese and Shona at home, Cook Islands Maori in New Zealand, and Hmong, Marshallese, Chamorro, Oromo,
Ilocano and Tigrinya names in the United States. Names are plausible combinations; test_probe7 measures
how many of their words the engine's name lists hold. Places are real towns and streets (public); house
numbers, postcodes, phones and identifiers are random, and national identifiers carry valid check digits
where one exists (tests/engine/probe7/ids.py). Values are `P(type, value)` (PHI), `K(value)` (must
survive) or plain text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.people import P, Slot
from tests.engine.probe7 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), order, home region)
# order: "gf" given family, "fg" family given, "cat" given+family written together (Burmese).
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str, str]] = {
    "my_nat": (
        ["ခင်မာ", "သီတာ", "နှင်းဝေ", "စန္ဒာ"],
        ["ကျော်ဇော", "အောင်ကို", "ဇော်မင်း", "ဝင်းနိုင်"],
        _same("ထွန်း", "မြင့်", "လှိုင်", "စိုး"),
        "cat",
        "mm",
    ),
    "lo_nat": (
        ["ຄຳພອນ", "ນາລີ", "ບົວລາ", "ສຸດາວອນ"],
        ["ສົມພອນ", "ບຸນມີ", "ວັນໄຊ", "ທອງສະຫວັນ"],
        _same("ພົມມະຈັນ", "ສີສຸວັນ", "ແກ້ວມະນີ", "ວົງສະຫວັນ"),
        "gf",
        "la",
    ),
    "ne_nat": (
        ["बिन्दु", "सम्झना", "पुष्पा", "गंगामाया"],
        ["हरिबहादुर", "दिलकुमार", "चन्द्रप्रसाद", "टेकनाथ"],
        _same("श्रेष्ठ", "गुरुङ", "तामाङ", "अधिकारी"),
        "gf",
        "np",
    ),
    "ur_nat": (
        ["رخسانہ", "شازیہ", "نسرین", "ثمینہ"],
        ["ذوالفقار", "شاہد", "نوید", "عرفان"],
        _same("چوہدری", "قریشی", "بھٹی", "ملک"),
        "gf",
        "pk",
    ),
    "fa_nat": (
        ["مهسا", "نرگس", "پریسا", "شیرین"],
        ["بهرام", "کوروش", "مهرداد", "فرهاد"],
        _same("رضایی", "موسوی", "کاظمی", "طباطبایی"),
        "gf",
        "ir",
    ),
    "bn_nat": (
        ["রহিমা", "শাপলা", "তানজিলা", "মৌসুমী"],
        ["রফিকুল", "জাহিদ", "মাহমুদ", "সুমন"],
        _same("ইসলাম", "হোসেন", "চৌধুরী", "সরকার"),
        "gf",
        "bd",
    ),
    "te_nat": (
        ["లక్ష్మి", "సుజాత", "పద్మ", "శ్రావణి"],
        ["వెంకటేశ్వర్లు", "రామారావు", "శ్రీనివాస్", "నాగార్జున"],
        _same("రెడ్డి", "నాయుడు", "చౌదరి", "వర్మ"),
        "fg",
        "in",
    ),
    "bg_nat": (
        ["Десислава", "Цветелина", "Радосвета", "Гергана"],
        ["Христо", "Стоян", "Светослав", "Огнян"],
        [("Тодорова", "Тодоров"), ("Кръстева", "Кръстев"), ("Атанасова", "Атанасов"), ("Цанкова", "Цанков")],
        "gf",
        "bg",
    ),
    "yo": (
        ["Adébímpé", "Olúwatóyìn", "Mọ́rádéwún", "Ìyábọ̀"],
        ["Adéwálé", "Olúṣẹ́gun", "Akínọlá", "Babájídé"],
        _same("Àjàyí", "Ọládipọ̀", "Ògúndélé", "Fálétí"),
        "fg",
        "ng_sw",
    ),
    "ha": (
        ["Rabi'atu", "Hadiza", "Larai", "Bilkisu"],
        ["Garba", "Lawan", "Auwalu", "Tijjani"],
        _same("Dankano", "Yakasai", "Gwarzo", "Dantata"),
        "gf",
        "ng_n",
    ),
    "rw": (
        ["Umutoni", "Uwase", "Ishimwe", "Mutesi"],
        ["Habimana", "Niyonzima", "Nshimiyimana", "Bizimana"],
        _same("Mugisha", "Ndayisaba", "Hakizimana", "Uwimana"),
        "fg",
        "rw",
    ),
    "af": (
        ["Marlize", "Anchen", "Elmarie", "Riana"],
        ["Wynand", "Dewald", "Gerrit", "Frikkie"],
        _same("Oosthuizen", "Bezuidenhout", "Swanepoel", "Steenkamp"),
        "gf",
        "za",
    ),
    "az": (
        ["Günel", "Aynur", "Səbinə", "Ləman"],
        ["Elçin", "Rəşad", "Vüqar", "Tural"],
        [
            ("Məmmədova", "Məmmədov"),
            ("Əliyeva", "Əliyev"),
            ("Hüseynova", "Hüseynov"),
            ("Quliyeva", "Quliyev"),
        ],
        "fg",
        "az",
    ),
    "sk": (
        ["Ľubica", "Oľga", "Zdenka", "Alžbeta"],
        ["Ľubomír", "Štefan", "Branislav", "Dušan"],
        [("Hrušovská", "Hrušovský"), ("Kováčiková", "Kováčik"), ("Ďurišová", "Ďuriš"), ("Balážová", "Baláž")],
        "gf",
        "sk",
    ),
    "gl": (
        ["Uxía", "Iria", "Antía", "Xiana"],
        ["Xoán", "Brais", "Anxo", "Roi"],
        _same("Outeiriño", "Carballeira", "Vilariño", "Seoane Cernadas"),
        "gf",
        "gal",
    ),
    "lb": (
        ["Mireille", "Liliane", "Léonie", "Josette"],
        ["Romain", "Fernand", "Fränz", "Jhemp"],
        _same("Kieffer", "Wagener", "Thill", "Feltgen"),
        "gf",
        "lu",
    ),
    "rar": (
        ["Tepaeru", "Marouna", "Ngametua", "Teuira"],
        ["Teina", "Mataiapo", "Tuaine", "Ruatapu"],
        _same("Tangimetua", "Pokoati", "Tuavera", "Upokoiti"),
        "gf",
        "nz",
    ),
    "jv": (
        ["Sulastri", "Tukiyem", "Endang", "Sumiyati"],
        ["Paijo", "Slamet", "Sugeng", "Wahyudi"],
        _same("Prasetyo", "Wibowo", "Santoso", "Kuswanto"),
        "gf",
        "id",
    ),
    "sn": (
        ["Tendai", "Rudo", "Chipo", "Nyasha"],
        ["Tatenda", "Farai", "Tinashe", "Kudakwashe"],
        _same("Chikwanha", "Mutasa", "Zvobgo", "Mupfumi"),
        "gf",
        "zw",
    ),
    "hmn": (
        ["Pa Nhia", "Maiv Yer", "Youa", "Paj Ntaub"],
        ["Tou Lue", "Xeng", "Chue", "Nou Chee"],
        _same("Xiong", "Hawj", "Moua", "Lor"),
        "gf",
        "us",
    ),
    "mh": (
        ["Lijon", "Kiora", "Neimina", "Tarlang"],
        ["Jetnil", "Lanwi", "Bwijtak", "Jorelik"],
        _same("Jibas", "Langrine", "Laninvelik", "Kilma"),
        "gf",
        "us",
    ),
    "ch": (
        ["Joleen", "Chailyn", "Tedtaotao", "Tihu"],
        ["Kiko", "Jovito", "Tåsi", "Mañe"],
        _same("Taitano", "Quitugua", "Aguon", "Sablan"),
        "gf",
        "us",
    ),
    "om": (
        ["Caaltuu", "Bontuu", "Hawwii", "Obsineet"],
        ["Gammachuu", "Tolosa", "Dhugaasaa", "Lammii"],
        _same("Gudinaa", "Dhaabaa", "Birraa", "Waaqoo"),
        "gf",
        "us",
    ),
    "ilo": (
        ["Leonisa", "Jonalyn", "Erlinda", "Pacita"],
        ["Junmar", "Eulogio", "Ambrocio", "Bonifacio"],
        _same("Agbayani", "Cabigas", "Pascua", "Tabangcura"),
        "gf",
        "us",
    ),
    "ti": (
        ["Senait", "Tsega", "Mebrat", "Yordanos"],
        ["Tesfay", "Kidane", "Berhane", "Tekle"],
        _same("Gebremichael", "Woldegiorgis", "Tesfamariam", "Habtezion"),
        "gf",
        "us",
    ),
}

# region: (towns (town, postcode prefix, state/province text), streets, street pattern, postcode pattern
#          ({p}: the town's prefix, #: digit), local phone, e164 prefix, national id slot, date language)
# Street patterns: {s} street, {n} house number, {a} flat or second number.
PLACES: dict[str, tuple[list[tuple[str, str, str]], list[str], str, str, str, str, str, str]] = {
    "mm": (
        [("ပုသိမ်", "100", "ဧရာဝတီ"), ("မော်လမြိုင်", "120", "မွန်"), ("တောင်ကြီး", "060", "ရှမ်း")],
        ["ဗိုလ်ချုပ်လမ်း", "မင်းရဲကျော်စွာလမ်း", "ကမ်းနားလမ်း", "ဈေးလမ်း"],
        "အမှတ် {n}၊ {s}",
        "{p}##",
        "09 ### ### ###",
        "+95",
        "nrc",
        "my_nat",
    ),
    "la": (
        [("ຫຼວງພະບາງ", "06", "ແຂວງຫຼວງພະບາງ"), ("ປາກເຊ", "16", "ແຂວງຈຳປາສັກ"), ("ທ່າແຂກ", "12", "ແຂວງຄຳມ່ວນ")],
        ["ຖະໜົນສີສະຫວ່າງວົງ", "ຖະໜົນຄູວຽງ", "ຖະໜົນໂພທິສານ", "ຖະໜົນເຈົ້າອານຸ"],
        "ເຮືອນເລກທີ {n}, {s}",
        "{p}000",
        "020 5### ####",
        "+856",
        "la_id",
        "lo_nat",
    ),
    "np": (
        [("पोखरा", "337", "गण्डकी"), ("भरतपुर", "442", "बागमती"), ("धनगढी", "109", "सुदूरपश्चिम")],
        ["लेकसाइड मार्ग", "नयाँ सडक", "महेन्द्र पथ", "बैदाम टोल"],
        "{s}, घर नं. {n}",
        "{p}##",
        "98########",
        "+977",
        "np_citizenship",
        "ne_nat",
    ),
    "pk": (
        [("سیالکوٹ", "513", "پنجاب"), ("ملتان", "600", "پنجاب"), ("گوجرانوالہ", "522", "پنجاب")],
        ["علامہ اقبال روڈ", "کچہری بازار", "ماڈل ٹاؤن", "سرکلر روڈ"],
        "مکان نمبر {n}، {s}",
        "{p}##",
        "03## #######",
        "+92",
        "cnic",
        "ur_nat",
    ),
    "ir": (
        [("اصفهان", "81", "استان اصفهان"), ("تبریز", "51", "آذربایجان شرقی"), ("رشت", "41", "گیلان")],
        ["خیابان چهارباغ", "خیابان منصور", "کوچه نسترن", "بلوار کشاورز"],
        "{s}، پلاک {n}",
        "{p}###-#####",
        "09## ### ####",
        "+98",
        "code_meli",
        "fa_nat",
    ),
    "bd": (
        [("সিলেট", "31", "সিলেট বিভাগ"), ("রাজশাহী", "60", "রাজশাহী বিভাগ"), ("খুলনা", "90", "খুলনা বিভাগ")],
        ["জিন্দাবাজার রোড", "সাহেব বাজার রোড", "কে ডি ঘোষ রোড", "লালদীঘির পাড়"],
        "বাড়ি নং {n}, {s}",
        "{p}##",
        "01#########",
        "+880",
        "bd_nid",
        "bn_nat",
    ),
    "in": (
        [("విజయవాడ", "520", "ఆంధ్రప్రదేశ్"), ("గుంటూరు", "522", "ఆంధ్రప్రదేశ్"), ("వరంగల్", "506", "తెలంగాణ")],
        ["బందర్ రోడ్", "ఏలూరు రోడ్", "అరండల్ పేట", "స్టేషన్ రోడ్"],
        "ఇంటి నెం. {n}-{a}, {s}",
        "{p}0##",
        "9#########",
        "+91",
        "aadhaar",
        "te_nat",
    ),
    "bg": (
        [("Пловдив", "40", "Пловдив"), ("Бургас", "80", "Бургас"), ("Русе", "70", "Русе")],
        ["ул. Цар Самуил", "бул. Мария Луиза", "ул. Княз Борис I", "ул. Гладстон"],
        "{s} № {n}, ет. {a}",
        "{p}##",
        "08# ### ####",
        "+359",
        "egn",
        "bg_nat",
    ),
    "ng_sw": (
        [("Iseyin", "203", "Oyo State"), ("Ikirun", "232", "Osun State"), ("Saki", "202", "Oyo State")],
        ["Oke-Ado Road", "Ajegunle Street", "Isale-Osun Close", "Gbongan Road"],
        "{n} {s}",
        "{p}###",
        "080# ### ####",
        "+234",
        "nin",
        "yo",
    ),
    "ng_n": (
        [
            ("Kano", "700", "Kano State"),
            ("Katsina", "820", "Katsina State"),
            ("Zaria", "810", "Kaduna State"),
        ],
        ["Bompai Road", "Zoo Road", "Kofar Nassarawa Street", "Gaskiya Road"],
        "No. {n} {s}",
        "{p}###",
        "070# ### ####",
        "+234",
        "nin",
        "ha",
    ),
    "rw": (
        [
            ("Musanze", "", "Amajyaruguru"),
            ("Rubavu", "", "Iburengerazuba"),
            ("Nyagatare", "", "Iburasirazuba"),
        ],
        ["KN 5 Rd", "RN 4", "Umudugudu wa Kabeza", "Akagari ka Cyabararika"],
        "{s}, inzu {n}",
        "",
        "078# ### ###",
        "+250",
        "rw_id",
        "rw",
    ),
    "za": (
        [
            ("Oudtshoorn", "66", "Wes-Kaap"),
            ("Upington", "88", "Noord-Kaap"),
            ("Stellenbosch", "76", "Wes-Kaap"),
        ],
        ["Baron van Reedestraat", "Schreinerstraat", "Voortrekkerweg", "Andringastraat"],
        "{s} {n}",
        "{p}##",
        "0## ### ####",
        "+27",
        "za_id",
        "af",
    ),
    "az": (
        [("Gəncə", "AZ20", "Gəncə"), ("Lənkəran", "AZ42", "Lənkəran"), ("Şəki", "AZ55", "Şəki")],
        ["Nizami küçəsi", "Səməd Vurğun küçəsi", "Füzuli küçəsi", "Cavadxan küçəsi"],
        "{s} {n}, mənzil {a}",
        "{p}##",
        "05# ### ## ##",
        "+994",
        "fin",
        "az",
    ),
    "sk": (
        [
            ("Prešov", "080", "Prešovský kraj"),
            ("Žilina", "010", "Žilinský kraj"),
            ("Trnava", "917", "Trnavský kraj"),
        ],
        ["Hlavná", "Hviezdoslavova", "Moyzesova", "Sládkovičova"],
        "{s} {a}/{n}",
        "{p} ##",
        "09## ### ###",
        "+421",
        "rodne",
        "sk",
    ),
    "gal": (
        [("Lalín", "365", "Pontevedra"), ("Viveiro", "278", "Lugo"), ("Carballo", "151", "A Coruña")],
        ["Rúa do Príncipe", "Rúa Real", "Rúa da Igrexa", "Avenida de Galicia"],
        "{s}, {n}, {a}º",
        "{p}##",
        "98# ### ###",
        "+34",
        "dni",
        "gl",
    ),
    "lu": (
        [("Esch-sur-Alzette", "L-4", "Canton d'Esch"), ("Ettelbruck", "L-9", "Canton de Diekirch")],
        ["Rue de l'Alzette", "Grand-Rue", "Rue du Brill", "Avenue de la Libération"],
        "{n}, {s}",
        "{p}###",
        "621 ### ###",
        "+352",
        "matricule",
        "lb",
    ),
    "nz": (
        [("Pukekohe", "21", "Auckland"), ("Ōtāhuhu", "10", "Auckland"), ("Porirua", "50", "Wellington")],
        ["Kenepuru Drive", "Mahia Road", "Walters Road", "Atkinson Avenue"],
        "{n} {s}",
        "{p}##",
        "027 ### ####",
        "+64",
        "nhi",
        "en",
    ),
    "id": (
        [("Magelang", "56", "Jawa Tengah"), ("Kediri", "64", "Jawa Timur"), ("Klaten", "57", "Jawa Tengah")],
        ["Jalan Pemuda", "Jalan Dhoho", "Gang Kenari", "Jalan Pandanaran"],
        "{s} No. {n}",
        "{p}###",
        "08## #### ####",
        "+62",
        "nik",
        "jv",
    ),
    "zw": (
        [
            ("Masvingo", "", "Masvingo Province"),
            ("Gweru", "", "Midlands"),
            ("Chinhoyi", "", "Mashonaland West"),
        ],
        ["Hellet Street", "Lobengula Avenue", "Magamba Way", "Chinhoyi Street"],
        "{n} {s}",
        "",
        "077# ### ###",
        "+263",
        "zw_id",
        "sn",
    ),
    "us": (
        [
            ("Wausau", "544", "WI"),
            ("Merced", "953", "CA"),
            ("Enid", "737", "OK"),
            ("Dededo", "969", "GU"),
            ("Tigard", "972", "OR"),
        ],
        ["Grand Ave", "Marine Corps Dr", "Owen Blvd", "Garfield Ave W", "Bartlett St"],
        "{n} {s}",
        "{p}##",
        "(###) ###-####",
        "+1",
        "ssn",
        "en",
    ),
}
US_AREAS = {"WI": "715", "CA": "209", "OK": "580", "GU": "671", "OR": "503"}


def _words(s: str) -> list[str]:
    return s.split()


MONTHS: dict[str, list[str]] = {
    "my_nat": _words("ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ"),
    "lo_nat": _words("ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ"),
    "ne_nat": _words("जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर"),
    "ur_nat": _words("جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر"),
    "fa_nat": _words("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"),
    "bn_nat": _words("জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর"),
    "te_nat": _words("జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్"),
    "bg_nat": _words("януари февруари март април май юни юли август септември октомври ноември декември"),
    "yo": _words("Ṣẹ́rẹ́ Èrèlè Ẹrẹ̀nà Ìgbé Ẹ̀bibi Òkúdu Agẹmọ Ògún Owewe Ọ̀wàrà Bélú Ọ̀pẹ̀"),
    "ha": _words("Janairu Faburairu Maris Afirilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba"),
    "rw": _words(
        "Mutarama Gashyantare Werurwe Mata Gicurasi Kamena Nyakanga Kanama Nzeri Ukwakira Ugushyingo Ukuboza"
    ),
    "af": _words(
        "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember"
    ),
    "az": _words("yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr"),
    "sk": _words("januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra"),
    "gl": _words("xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro"),
    "lb": _words("Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember"),
    "jv": _words("Januari Februari Maret April Mei Juni Juli Agustus September Oktober Nopember Desember"),
    "sn": _words(
        "Ndira Kukadzi Kurume Kubvumbi Chivabvu Chikumi Chikunguru Nyamavhuvhu Gunyana Gumiguru Mbudzi Zvita"
    ),
    "en": _words("January February March April May June July August September October November December"),
}
MM_DIGITS = ids.MM_DIGITS
LAO_DIGITS = str.maketrans(D, "໐໑໒໓໔໕໖໗໘໙")
DEVA_DIGITS = str.maketrans(D, "०१२३४५६७८९")
URDU_DIGITS = str.maketrans(D, "۰۱۲۳۴۵۶۷۸۹")  # Extended Arabic-Indic (Urdu and Persian)
BENGALI_DIGITS = str.maketrans(D, "০১২৩৪৫৬৭৮৯")
NATIVE_DIGITS = {
    "mm": MM_DIGITS,
    "la": LAO_DIGITS,
    "np": DEVA_DIGITS,
    "ir": URDU_DIGITS,
    "bd": BENGALI_DIGITS,
}


def jalali(d: date) -> tuple[int, int, int]:
    """Gregorian -> Solar Hijri (the calendar of Iranian documents), the usual arithmetic conversion."""
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


def date_in(d: date, lang: str) -> str:
    """A date as a document in `lang` writes it."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    match lang:
        case "my_nat":
            return f"{d.year} ခုနှစ် {m}လ {d.day} ရက်".translate(MM_DIGITS)
        case "lo_nat":
            return f"ວັນທີ {d.day} {m} {d.year}".translate(LAO_DIGITS)
        case "ne_nat":
            return f"{d.year} {m} {d.day}".translate(DEVA_DIGITS)
        case "ur_nat":
            return f"{d.day} {m} {d.year}ء"
        case "fa_nat":
            jy, jm, jd = jalali(d)
            return f"{jd} {MONTHS['fa_nat'][jm - 1]} {jy}".translate(URDU_DIGITS)
        case "bn_nat":
            return f"{d.day} {m}, {d.year}".translate(BENGALI_DIGITS)
        case "bg_nat":
            return f"{d:%d.%m.%Y} г."
        case "yo":
            return f"ọjọ́ {d.day} oṣù {m} ọdún {d.year}"
        case "az":
            return f"{d.day} {m} {d.year}-ci il"
        case "sk":
            return f"{d.day}. {m} {d.year}"
        case "gl":
            return f"{d.day} de {m} de {d.year}"
        case "lb":
            return f"{d.day}. {m} {d.year}"
        case "rw":
            return f"ku wa {d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(rng.choice(D) if c == "#" else c for c in pattern)


def ascii_fold(s: str) -> str:
    s = s.replace("ə", "e").replace("Ə", "E").replace("ı", "i").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -"))


def _national(rng: random.Random, slot: str, born: date, female: bool) -> P:
    match slot:
        case "nrc":
            return P("ID", ids.nrc(rng))
        case "la_id":
            return P("ID", fill(rng, "01-##-######"))
        case "np_citizenship":
            return P("ID", fill(rng, "##-0#-7#-#####"))
        case "cnic":
            return P("ID", ids.cnic(rng, female))
        case "code_meli":
            return P("ID", ids.code_meli(rng))
        case "bd_nid":
            return P("ID", fill(rng, rng.choice(["##########", "19##269#########"])))
        case "aadhaar":
            body = rng.choice("23456789") + ids.digits(rng, 10)
            full = body + next(c for c in D if ids.verhoeff_valid(body + c))
            return P("ID", f"{full[:4]} {full[4:8]} {full[8:]}")
        case "egn":
            return P("ID", ids.egn(rng, born, female))
        case "nin":
            return P("ID", fill(rng, rng.choice(["###########", "NIN ###########"]))[-11:])
        case "rw_id":
            return P("ID", f"1 {born.year} {rng.choice('78')} {fill(rng, '#######')} 0 {fill(rng, '##')}")
        case "za_id":
            return P("ID", ids.za_id(rng, born, female))
        case "fin":
            return P("ID", ids.fin(rng))
        case "rodne":
            return P("ID", ids.rodne(rng, born, female))
        case "dni":
            return P("ID", ids.dni(rng))
        case "matricule":
            return P("ID", ids.matricule(rng, born))
        case "nhi":
            return P("HEALTH_PLAN", ids.nhi(rng))
        case "nik":
            return P("ID", ids.nik(rng, born, female, rng.choice(["330801", "357106", "331001"])))
        case "zw_id":
            return P("ID", ids.zw_id(rng))
    return P("SSN", ids.ssn(rng))


def full_name(culture: str, given: str, family: str) -> str:
    order = NAMES[culture][3]
    return {"gf": f"{given} {family}", "fg": f"{family} {given}", "cat": f"{given}{family}"}[order]


def region_of(culture: str) -> str:
    return NAMES[culture][4]


def person(rng: random.Random, culture: str) -> dict[str, Slot]:
    """One person of `culture` living in its home region, with every slot a template may use."""
    fem, male, fams, _, region = NAMES[culture]
    towns, streets, spat, zpat, lphone, cc, natslot, lang = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(fams)
    family = fam_pair[0] if female else fam_pair[1]
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = rng.choice([f for f in fams if f != fam_pair])[0 if rel_fem else 1]
    town, prefix, state = rng.choice(towns)
    born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
    old_born = date(1920, 1, 1) + timedelta(days=rng.randrange(365 * 13))
    visit = date(2024, 2, 1) + timedelta(days=rng.randrange(640))
    visit2 = visit + timedelta(days=rng.randrange(3, 45))
    digits_of = NATIVE_DIGITS.get(region, {})
    street = spat.format(s=rng.choice(streets), n=rng.randrange(2, 240), a=rng.randrange(1, 40))
    street = street.translate(digits_of)
    zip_ = fill(rng, zpat.format(p=prefix)) if zpat else ""
    local = fill(rng, lphone)
    if region == "us":
        local = f"({US_AREAS[state]}) {fill(rng, '3##-####')}"
    digs = "".join(c for c in local if c.isdigit())
    e164 = f"{cc} {digs[1:] if digs[0] == '0' else digs}"
    if region == "us":
        e164 = f"+1 {digs[:3]} {digs[3:6]} {digs[6:]}"
    af = ascii_fold(family).lower().replace(" ", "")
    ag = ascii_fold(given).lower().replace(" ", "")
    if not af or not ag:  # native script: a transliterated mailbox
        af, ag = f"{rng.choice(['mg', 'kt', 'rb', 'sv'])}{rng.randrange(100, 999)}", "pt"
    domain = rng.choice(["mail.example", "inbox.example", "zoho.example", "posteo.example"])
    age = rng.randrange(90, 106)
    mrn = fill(rng, rng.choice(["PT-######", "########", "E######-#"]))
    native_phone = local.translate(digits_of) if region in ("ir", "bd", "mm") else local
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", full_name(culture, given, family)),
        "FAMILY": P("NAME", family.upper()),
        "name_inv": P("NAME", f"{family}, {given}"),
        "name_caret": P("NAME", f"{family}^{given}".upper() if family.isascii() else f"{family}^{given}"),
        "rel": P("NAME", full_name(culture, rel_given, rel_family)),
        "rel_given": P("NAME", rel_given),
        "sex": "F" if female else "M",
        "dob": P("DATE", date_in(born, lang)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_us": P("DATE", f"{born:%m/%d/%Y}"),
        "dob_compact": P("DATE", f"{born:%Y%m%d}"),
        "dob_dots": P("DATE", f"{born:%d.%m.%Y}"),
        "old_dob_iso": P("DATE", old_born.isoformat()),
        "age90": P("AGE", str(age)),
        "visit": P("DATE", date_in(visit, lang)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_us": P("DATE", f"{visit:%m/%d/%Y}"),
        "visit_compact": P("DATE", f"{visit:%Y%m%d}"),
        "visit_ts": P("DATE", f"{visit.isoformat()}T{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:14Z"),
        "visit2": P("DATE", date_in(visit2, lang)),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "street": P("ADDRESS", street),
        "town": P("ADDRESS", town),
        "zip": P("ZIP", zip_) if zip_ else "",
        "state": state,
        "phone": P("PHONE", local),
        "phone_native": P("PHONE", native_phone),
        "e164": P("PHONE", e164),
        "e164_compact": P("PHONE", e164.replace(" ", "")),
        "email": P("EMAIL", f"{ag}.{af}{rng.randrange(10, 99)}@{domain}"),
        "natid": _national(rng, natslot, born, female),
        "ssn": P("SSN", ids.ssn(rng)),
        "mbi": P("HEALTH_PLAN", ids.mbi(rng)),
        "member": P("HEALTH_PLAN", fill(rng, rng.choice(["XJH#########", "M#########01", "HP-####-#####"]))),
        "mrn": P("MRN", mrn),
        "account": P("ACCOUNT", fill(rng, rng.choice(["AC-#########", "##########", "GUAR-######"]))),
        "aba_acct": P("ACCOUNT", f"{ids.aba(rng)}/{fill(rng, '##########')}"),
        "npi": P("LICENSE", ids.npi(rng)),
        "dea": P("LICENSE", ids.dea(rng, rng.choice("BHKT"))),
        "vin": P("VEHICLE", ids.vin(rng)),
        "plate": P("VEHICLE", fill(rng, rng.choice(["7KPR###", "GUM ###", "LKR-####"]))),
        "imei": P("DEVICE", ids.imei(rng)),
        "udi": P("DEVICE", ids.udi(rng)),
        "ip": P(
            "IP",
            f"{rng.choice([41, 102, 154, 197])}.{rng.randrange(256)}.{rng.randrange(256)}"
            f".{rng.randrange(1, 255)}",
        ),
        "url": P(
            "URL", f"https://mychart-{rng.randrange(10, 99)}.hospital.example/p/{fill(rng, '########')}"
        ),
        "token": P("CREDENTIAL", "ghp_" + "".join(rng.choice(string.ascii_letters + D) for _ in range(36))),
        "password": P(
            "CREDENTIAL",
            rng.choice(["Mango", "Kite", "Otter"]) + fill(rng, "##!#") + rng.choice(["qz", "Rv"]),
        ),
    }
