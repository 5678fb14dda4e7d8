"""Synthetic people for probe 14: own name, town and street lists for the world's most spoken languages.

One home region per name culture, names in the script their speakers write them in: Mexico, Argentina,
Spain, Portugal, Quebec, Senegal, Austria, Campania, mainland China (simplified Han), Taiwan
(traditional Han, Minguo years), Japan (kanji with a katakana reading, era years, full-width digits),
Korea (Hangul, road-name addresses), Egypt and the UAE (Arabic script, Arabic-Indic digits), Uttar
Pradesh (Devanagari), Bangladesh (Bengali script and digits), Punjab (Urdu), Russia (Cyrillic, patronymic),
Turkey, Vietnam (full diacritics), Java and Thailand (Thai script, Buddhist-era years). Names are
plausible combinations, never real people; every town and street is invented; house numbers,
postcodes, phones and identifiers are random, identifiers carry valid check digits where one exists
(tests/engine/probe14/ids.py). Provinces, states and countries are real and stay unlabelled (not PHI).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime, timedelta

from tests.engine.probe.people import P, Slot
from tests.engine.probe14 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), home region)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str]] = {
    "mx": (
        ["Itzamara", "Nayelli", "Citlalmina", "Yaocihuatl", "Quetzalli"],
        ["Tonatiuh", "Cuauhtli", "Nezahual", "Ixtlil", "Xiuhnel", "Tlacaelel"],
        _same("Tecuapacho", "Tlatelpa", "Xolalpa", "Huitzil", "Tepox", "Ocotitla", "Ixtepan", "Temoltzin"),
        "mx",
    ),
    "ar": (
        ["Maitén", "Yamila", "Nahir", "Ailen", "Yanela", "Maitena"],
        ["Nazareno", "Mamerto", "Eustasio", "Hilarión", "Policarpo"],
        _same("Scarpatti", "Lanzavecchia", "Iturrioz", "Pagliaricci", "Casalegno", "Chiarvetto", "Vottero"),
        "ar",
    ),
    "es": (
        ["Covadonga", "Arántzazu", "Pilarín", "Consolación", "Nicasia"],
        ["Hermógenes", "Valeriano", "Nicomedes", "Saturio", "Teodulfo"],
        _same(
            "Garcinuño", "Hontanilla", "Somolinos", "Cuadrillero", "Valdeolmillos", "Peñarrubia", "Carralero"
        ),
        "es",
    ),
    "pt": (
        ["Laurinda", "Deolinda", "Gracinda", "Idalina", "Benvinda"],
        ["Adelino", "Belmiro", "Ilídio", "Agostinho", "Aventino"],
        _same("Casqueiro", "Mourato", "Bexiga", "Lagartixo", "Cotovio", "Rebocho", "Guedelha", "Pimpão"),
        "pt",
    ),
    "qc": (
        ["Marcelline", "Doriska", "Clairina", "Délima", "Exilda"],
        ["Wilbrod", "Laurier", "Adhémar", "Origène", "Zotique", "Eudore"],
        _same("Tousignant", "Beauséjour", "Lanouette", "Lagacé", "Bergevin", "Pelchat", "Boulerice"),
        "qc",
    ),
    "sn": (
        ["Khady", "Ngoné", "Dibor", "Maguette", "Mbissine", "Yandé"],
        ["Cheikhou", "Ousseynou", "Birame", "Mamour", "Matar"],
        _same("Thiandoum", "Ndour", "Cissokho", "Ndiour", "Thioune", "Mbodj"),
        "sn",
    ),
    "at": (
        ["Walpurga", "Hermelinde", "Burgi", "Notburg", "Zäzilia"],
        ["Pankraz", "Bonifaz", "Wastl", "Quirin", "Gangolf"],
        _same(
            "Pichlmayr", "Zehetbauer", "Kranawetter", "Grubmüller", "Stadlhofer", "Wimmesberger", "Obermoser"
        ),
        "at",
    ),
    "it": (
        ["Carmelina", "Assuntina", "Nunziella", "Titina", "Concettina"],
        ["Biagino", "Cataldo", "Gennarino", "Tobia", "Pasqualino", "Gaetanino"],
        _same("Iannaccone", "Pignataro", "Scotognella", "Sannino", "Russiello", "Auricchio", "Ascione"),
        "it",
    ),
    "cn": (
        ["婉清", "秀芝", "桂兰", "玉珍", "雅琴", "凤霞"],
        ["建军", "国庆", "德胜", "志刚", "永福", "振华"],
        _same("邬", "闵", "谯", "帅", "谌", "冼", "郜", "濮", "栾"),
        "cn",
    ),
    "tw": (
        ["玉鳳", "碧霞", "素卿", "月娥", "秀絨"],
        ["文雄", "阿塗", "清標", "添財", "俊傑"],
        _same("凃", "詹", "簡", "紀", "游", "辜", "龔"),
        "tw",
    ),
    "jp": (
        ["千鶴子", "志津江", "喜美子", "ハツ", "登美代"],
        ["勘治", "忠雄", "清一郎", "辰五郎", "源蔵"],
        _same("鬼頭", "雲雀", "百目鬼", "釘宮", "蓮見", "鷲見", "纐纈"),
        "jp",
    ),
    "kr": (
        ["순자", "말순", "옥희", "정숙", "복례"],
        ["만복", "덕배", "봉구", "용팔", "태식"],
        _same("탁", "편", "빈", "옥", "국", "방", "석"),
        "kr",
    ),
    "eg": (
        ["بهية", "تفيدة", "شوقية", "رتيبة", "نبوية"],
        ["عبدالمقصود", "شحاتة", "عويس", "متولي", "زينهم", "دسوقي"],
        _same("الشناوي", "أبوالعينين", "الزفتاوي", "القلعاوي", "البرلسي", "الفيومي"),
        "eg",
    ),
    "ae": (
        ["موزة", "عفراء", "شمّة", "ميثاء", "اليازية"],
        ["سهيل", "مطر", "خلفان", "جمعة", "بطي"],
        _same("الطنيجي", "المهيري", "الشامسي", "الكتبي", "الزعابي", "الحبسي"),
        "ae",
    ),
    "hi": (
        ["रामप्यारी", "कलावती", "फूलमती", "भगवती", "सुनैना"],
        ["रामखिलावन", "बद्रीप्रसाद", "छोटेलाल", "मुन्नालाल", "हरिशंकर"],
        _same("कुशवाहा", "निषाद", "राजभर", "चौरसिया", "प्रजापति", "मौर्य"),
        "hi",
    ),
    "bn": (
        ["জোহরা", "হাসনা", "রাবেয়া", "কুলসুম", "মরিয়ম"],
        ["মোতালেব", "বাছির", "কফিল", "জব্বার", "সিরাজুল"],
        _same("হাওলাদার", "তালুকদার", "সরদার", "মৃধা", "মোল্লা", "খন্দকার"),
        "bn",
    ),
    "ur": (
        ["نصرت", "رضیہ", "شمیم", "پروین", "زاہدہ"],
        ["اللہ دتہ", "نذیر", "منظور", "رمضان", "فضل دین"],
        _same("گجر", "آرائیں", "کھوکھر", "وڑائچ", "چیمہ", "ڈوگر"),
        "ur",
    ),
    "ru": (
        ["Антонина", "Зинаида", "Клавдия", "Раиса", "Таисия"],
        ["Геннадий", "Вениамин", "Аркадий", "Ростислав", "Евстафий"],
        [
            ("Кочеткова", "Кочетков"),
            ("Шелепова", "Шелепов"),
            ("Завьялова", "Завьялов"),
            ("Трушкина", "Трушкин"),
            ("Веретенникова", "Веретенников"),
            ("Голубцова", "Голубцов"),
        ],
        "ru",
    ),
    "tr": (
        ["Nazmiye", "Şükriye", "Naciye", "Zeliha", "Münevver", "Şaziye"],
        ["Abdurrahim", "Şerafettin", "Bahattin", "Cemşit", "Cevdet", "Sadullah"],
        _same("Karakoyunlu", "Çakırbeyli", "Tosunoğlu", "Kuyumcuoğlu", "Demirkıran", "Eğilmez", "Bozdoğan"),
        "tr",
    ),
    "vn": (
        ["Tuyết", "Hằng", "Thoa", "Huệ", "Lụa"],
        ["Sửu", "Lộc", "Toản", "Khải", "Phụng"],
        _same("Khổng", "Nghiêm", "Giáp", "Doãn", "Lương", "Thân"),
        "vn",
    ),
    "id": (
        ["Tukinah", "Sumarsih", "Poniyem", "Ngatini", "Rubiyem", "Kasmirah"],
        ["Sukardi", "Tukiman", "Sarmidi", "Sagiman", "Kasimun", "Ngadiman"],
        _same("Wiryodiharjo", "Atmosudarmo", "Prawirodirjo", "Hadiwinoto", "Suryosumarno", "Notoprawiro"),
        "id",
    ),
    "th": (
        ["บุญเรือน", "คำปุน", "สายทอง", "ลำดวน", "จันทร์เพ็ญ"],
        ["บุญส่ง", "คำแปง", "ทองใบ", "เสาร์แก้ว", "อ้ายจันทร์"],
        _same("ศรีบุญเรือง", "แก้วมณีวงศ์", "ทาคำวัง", "ปัญญาอินทร์", "อินทะวงศ์", "จันทร์ตาคำ"),
        "th",
    ),
}
# second given names written between family and given name (Vietnamese) or after the given name (Russian)
MIDDLE = {
    "vn": (["Mộng", "Thúy", "Huyền"], ["Đình", "Công", "Duy"]),
    "ru": (
        ["Геннадьевна", "Вениаминовна", "Аркадьевна", "Ростиславовна", "Евстафьевна"],
        ["Геннадьевич", "Вениаминович", "Аркадьевич", "Ростиславович", "Евстафьевич"],
    ),
}
# katakana readings of the Japanese names
READING = {
    "千鶴子": "チヅコ",
    "志津江": "シヅエ",
    "喜美子": "キミコ",
    "ハツ": "ハツ",
    "登美代": "トミヨ",
    "勘治": "カンジ",
    "忠雄": "タダオ",
    "清一郎": "セイイチロウ",
    "辰五郎": "タツゴロウ",
    "源蔵": "ゲンゾウ",
    "鬼頭": "キトウ",
    "雲雀": "ヒバリ",
    "百目鬼": "ドウメキ",
    "釘宮": "クギミヤ",
    "蓮見": "ハスミ",
    "鷲見": "スミ",
    "纐纈": "コウケツ",
}

# region: towns (name, postcode prefix, province / state written after it: real, unlabelled), streets
PLACES: dict[str, dict[str, list]] = {
    "mx": {
        "towns": [
            ("San Gregorio Ocotlalpan", "62", "Mor."),
            ("Santa Cruz Tepetzingo el Alto", "74", "Pue."),
            ("Villa Ahuehuetes del Río", "90", "Tlax."),
        ],
        "streets": ["Calle Cacaloxóchitl", "Privada Ahuacatitla", "Callejón del Tecolote Pardo"],
        "colonias": [
            "Col. Lomas de Temoac Norte",
            "Col. Barrio de Xalpatlaco",
            "Col. Ampliación Tlalcoyunca",
        ],
    },
    "ar": {
        "towns": [
            ("Villa Ñandubay", "B1", "Pcia. de Buenos Aires"),
            ("Paraje Los Talas Chicos", "X5", "Córdoba"),
        ],
        "streets": ["Pasaje Chañaral", "Calle Los Jacarandaes Bajos", "Av. Coronel Lamadrid Oeste"],
    },
    "es": {
        "towns": [
            ("Navalcuervo de la Sierra", "05", "Ávila"),
            ("Fuentelcésped Bajo", "09", "Burgos"),
            ("Robledillo de Valdejara", "37", "Salamanca"),
        ],
        "streets": ["C/ del Hontanar Viejo", "Travesía de los Alfareros Altos", "Camino de las Eras Bajeras"],
    },
    "pt": {
        "towns": [
            ("Vale de Azinhaga", "7", ""),
            ("Aldeia do Souto Velho", "6", ""),
            ("Monte da Torrinha", "8", ""),
        ],
        "streets": [
            "Rua do Chafariz Velho",
            "Travessa da Fonte Santa de Baixo",
            "Beco das Azenhas Queimadas",
        ],
    },
    "qc": {
        "towns": [
            ("Saint-Gédéon-de-Beauvallon", "G0L", "QC"),
            ("Notre-Dame-des-Érables-Noirs", "J0K", "QC"),
            ("Sainte-Rosalie-du-Ruisseau", "G0R", "QC"),
        ],
        "streets": ["rang de la Petite-Décharge", "montée des Cèdres-Blancs", "chemin du Trait-Carré Est"],
    },
    "sn": {
        "towns": [("Keur Samba Dialaw", "", "Thiès"), ("Ndiakhirate Peul", "", "Dakar")],
        "streets": ["Cité Filaos Extension", "Quartier Darou Rahmane Deux", "Cité Soprim Nord"],
    },
    "at": {
        "towns": [
            ("Oberpiesting am Kogl", "26", "NÖ"),
            ("Grubenwald im Ennstal", "89", "Stmk."),
            ("Sankt Erhard an der Lahn", "46", "OÖ"),
        ],
        "streets": ["Kreuzbichlweg", "Am Hollerbühel", "Untere Angerzeile", "Schottergrubengasse"],
    },
    "it": {
        "towns": [
            ("San Gennarello di Sopra", "800", "NA"),
            ("Casalvecchio Irpino", "830", "AV"),
            ("Torre dei Cordari", "840", "SA"),
        ],
        "streets": ["Vicolo Lungo dei Cordai", "Via Fosso delle Canne", "Traversa Pezzalonga"],
    },
    "cn": {  # (city+district, postcode prefix, province) ; streets
        "towns": [
            ("青峦市栖梧区", "3352", "江西省"),
            ("柏溪市鹤鸣区", "4231", "湖南省"),
            ("槐阳市杏坪区", "4620", "河南省"),
        ],
        "streets": ["芙蓉里巷", "桑梓路", "槐荫街", "枫林东路"],
    },
    "tw": {
        "towns": [("鷺洲鄉", "927", "屏東縣"), ("芎林北鎮", "307", "新竹縣"), ("蔗埔鄉", "612", "嘉義縣")],
        "streets": ["崁頂路", "糖廍街", "竹圍仔路"],
    },
    "jp": {
        "towns": [
            ("霧ヶ原市", "418", "静岡県"),
            ("白鷺台市", "321", "栃木県"),
            ("鳴沢川村", "049", "北海道"),
        ],
        "streets": ["浅葱町", "桜塚", "萩ノ台", "鍛冶屋敷"],
    },
    "kr": {
        "towns": [("솔뫼군 한내읍", "527", "경상남도"), ("매화군 버들면", "364", "충청북도")],
        "streets": ["느티나무로", "모래내길", "버들개울로", "은행나무길"],
    },
    "eg": {
        "towns": [("كفر الصفصاف البحري", "13", "الشرقية"), ("نزلة الطواحين", "17", "المنوفية")],
        "streets": ["شارع الترعة الغربية", "حارة الفرن القديم", "شارع سيدي الغريب"],
    },
    "ae": {
        "towns": [("ضاحية السدر", "", "أبوظبي"), ("حي الغاف الشرقي", "", "الشارقة")],
        "streets": ["شارع الرمث", "سكة القرم", "شارع الشوع"],
    },
    "hi": {
        "towns": [("सेमरहा कलां", "272", "उत्तर प्रदेश"), ("पिपरौली बुजुर्ग", "274", "उत्तर प्रदेश")],
        "streets": ["गौशाला रोड", "पुरानी बाज़ार गली", "नहर कॉलोनी"],
    },
    "bn": {
        "towns": [("চরকুমারিয়া, মাদারীপুর সদর", "", ""), ("দক্ষিণ বালিয়াকান্দি, রাজবাড়ী", "", "")],
        "streets": ["মুন্সিবাড়ি সড়ক", "পুরাতন হাট রোড", "খালপাড় লেন"],
    },
    "ur": {
        "towns": [("چک نمبر 214 گ ب", "", "پنجاب"), ("موضع کوٹ رحمت", "", "پنجاب")],
        "streets": ["محلہ دارالسلام", "محلہ نور پورہ", "محلہ شاہ جمال"],
    },
    "ru": {
        "towns": [
            ("г. Верхнекамышловск", "618", "Пермский край"),
            ("с. Тихие Затоны", "427", "Удмуртская Республика"),
        ],
        "streets": ["ул. Лесопильная", "пер. Кирпичный 2-й", "ул. Заречная Слобода"],
    },
    "tr": {
        "towns": [("Karaçayır", "42", "Konya"), ("Akpınarbeleni", "06", "Ankara")],
        "streets": [
            "Sarıbuğday Mah. Çınaraltı Sok.",
            "Kızılcaören Mah. Değirmenyolu Cad.",
            "Yukarıhan Mah. Kuyulu Sok.",
        ],
    },
    "vn": {
        "towns": [
            ("xã Phú Lộc Thượng, huyện Đông Khê", "040", "Nghệ An"),
            ("xã Tân Gò Mít, huyện Hà Lũng", "038", "Thanh Hóa"),
        ],
        "streets": ["thôn Bến Vạn", "xóm Đồng Chùa Mới", "thôn Gò Sỏi"],
    },
    "id": {
        "towns": [
            ("Desa Ngrandusari, Kec. Wonolopo", "330812", "Jawa Tengah"),
            ("Desa Kedungsari Kidul, Kec. Gondangwetan", "351403", "Jawa Timur"),
        ],
        "streets": ["Jl. Kembang Sepatu Gg. IV", "Dusun Krajan Wetan", "Jl. Melati Rejo"],
    },
    "th": {
        "towns": [
            ("ตำบลป่าข่อยงาม อำเภอแม่ลำพูน", "50", "เชียงใหม่"),
            ("ตำบลหนองบัวทอง อำเภอนาคำแสน", "34", "อุบลราชธานี"),
        ],
        "streets": ["ซอยบ้านต้นมะขาม", "ซอยวัดป่าแดงหลวง", "ถนนสายบ้านดอน"],
    },
}

MONTHS: dict[str, list[str]] = {
    "es": [
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
    "pt": [
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
    "fr": [
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
    "at": [
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "bn": [
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ],
    "ur": [
        "جنوری",
        "فروری",
        "مارچ",
        "اپریل",
        "مئی",
        "جون",
        "جولائی",
        "اگست",
        "ستمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
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
    "th": [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ],
}
_DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "deva": "०१२३४५६७८९",
    "beng": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "fw": "０１２３４５６７８９",
}
NATIVE_DIGITS = {
    "eg": "arab",
    "ae": "arab",
    "hi": "deva",
    "bn": "beng",
    "th": "thai",
    "jp": "fw",
    "ur": "arab",
}


def native(s: str, script: str) -> str:
    """`s` with its ASCII digits in another script (full-width also turns '-' into '－')."""
    table = {ord(a): b for a, b in zip(D, _DIGITS[script], strict=True)}
    if script == "fw":
        table[ord("-")] = "－"
    return s.translate(table)


def wareki(d: date) -> str:
    """A Japanese era date: 令和7年3月12日, 昭和23年5月1日 (the first year of an era is 元年)."""
    for start, era in ((date(2019, 5, 1), "令和"), (date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和")):
        if d >= start:
            y = d.year - start.year + 1
            return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    return f"大正{d.year - 1911}年{d.month}月{d.day}日"


def local_date(d: date, c: str) -> str:
    """A date as the culture's clinical documents write it."""
    match c:
        case "qc":
            return d.isoformat()
        case "at" | "ru" | "tr":
            return f"{d:%d.%m.%Y}"
        case "cn":
            return f"{d.year}年{d.month}月{d.day}日"
        case "tw":
            return f"{d.year - 1911}/{d:%m/%d}"
        case "jp":
            return wareki(d)
        case "kr":
            return f"{d.year}. {d.month}. {d.day}."
        case "id" | "ur":
            return f"{d:%d-%m-%Y}"
        case "th":
            return f"{d:%d/%m}/{d.year + 543}"
    return f"{d:%d/%m/%Y}"


def long_date(d: date, c: str) -> str:
    """A date with the month written out, in the culture's order."""
    match c:
        case "mx" | "ar" | "es":
            return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
        case "pt":
            return f"{d.day} de {MONTHS['pt'][d.month - 1]} de {d.year}"
        case "qc" | "sn":
            return f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
        case "at":
            return f"{d.day}. {MONTHS['at'][d.month - 1]} {d.year}"
        case "it":
            return f"{d.day} {MONTHS['it'][d.month - 1]} {d.year}"
        case "cn":
            return f"{d.year}年{d.month:02d}月{d.day:02d}日"
        case "tw":
            return f"民國{d.year - 1911}年{d.month}月{d.day}日"
        case "jp":
            return native(wareki(d), "fw")
        case "kr":
            return f"{d.year}년 {d.month}월 {d.day}일"
        case "eg" | "ae":
            return f"{d.day} {MONTHS['ar'][d.month - 1]} {d.year}"
        case "hi" | "bn" | "ur" | "ru" | "tr" | "id":
            return f"{d.day} {MONTHS[c][d.month - 1]} {d.year}"
        case "vn":
            return f"{d.day} tháng {d.month} năm {d.year}"
        case "th":
            return f"{d.day} {MONTHS['th'][d.month - 1]} {d.year + 543}"
    return d.isoformat()


def short_date(d: date, c: str) -> str:
    """Day and month only, as people write an appointment ('12/3', '3月12日', '12 mars')."""
    match c:
        case "cn" | "jp":
            return f"{d.month}月{d.day}日"
        case "tw":
            return f"{d.month}/{d.day}"
        case "kr":
            return f"{d.month}월 {d.day}일"
        case "qc" | "sn":
            return f"{d.day} {MONTHS['fr'][d.month - 1]}"
        case "at":
            return f"{d.day}.{d.month}."
        case "eg" | "ae":
            return f"{d.day} {MONTHS['ar'][d.month - 1]}"
    return f"{d.day}/{d.month}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABCEGHJKLMNPRSTVXY") if c == "@" else c for c in pattern
    )


def ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("ı", "i"))
    return "".join(c for c in s if not unicodedata.combining(c) and c.isalpha())


def tr_upper(s: str) -> str:
    """Turkish capitals: i -> İ, ı -> I."""
    return s.replace("i", "İ").replace("ı", "I").upper()


# phone patterns: (mobile, landline, international form of the mobile: same count of #)
PHONES: dict[str, tuple[str, str, str]] = {
    "mx": ("### ### ####", "### ### ####", "+52 ### ### ####"),
    "ar": ("11 ####-####", "(0221) 4##-####", "+54 9 11 ####-####"),
    "es": ("6## ## ## ##", "9## ### ###", "+34 6## ## ## ##"),
    "pt": ("9## ### ###", "2## ### ###", "+351 9## ### ###"),
    "qc": ("(418) ###-####", "(819) ###-####", "+1 418 ### ####"),
    "sn": ("77 ### ## ##", "33 8## ## ##", "+221 77 ### ## ##"),
    "at": ("0664 #######", "0#### ####", "+43 664 #######"),
    "it": ("3## ### ####", "081 ### ####", "+39 3## ### ####"),
    "cn": ("13# #### ####", "0799-#######", "+86 13# #### ####"),
    "tw": ("09##-###-###", "(08)###-####", "+886 9##-###-###"),
    "jp": ("090-####-####", "0544-##-####", "+81 90-####-####"),
    "kr": ("010-####-####", "055-###-####", "+82 10-####-####"),
    "eg": ("010########", "055 ### ####", "+20 10 #### ####"),
    "ae": ("050 ### ####", "02 ### ####", "+971 50 ### ####"),
    "hi": ("9#### #####", "0551 ######", "+91 9#### #####"),
    "bn": ("017##-######", "0661-#####", "+880 17##-######"),
    "ur": ("0300-#######", "055-#######", "+92 300 #######"),
    "ru": ("+7 9## ###-##-##", "8 (342) ###-##-##", "+7 9## ###-##-##"),
    "tr": ("053# ### ## ##", "0332 ### ## ##", "+90 53# ### ## ##"),
    "vn": ("09## ### ###", "0238 ### ####", "+84 9## ### ###"),
    "id": ("08##-####-####", "(0272) ######", "+62 8##-####-####"),
    "th": ("08#-###-####", "053-######", "+66 8#-###-####"),
}


def _same_digits(draw: str, pattern: str) -> str:
    it = iter(draw)
    return "".join(next(it) if c == "#" else c for c in pattern)


def _address(rng: random.Random, c: str, town: tuple[str, str, str], street: str) -> tuple[str, str, str]:
    """(street line, full address as written, postcode) for a culture."""
    n = rng.randrange(2, 190)
    pre = town[1]
    match c:
        case "mx":
            s = f"{street} {n}, {rng.choice(PLACES['mx']['colonias'])}"
            return s, f"{s}, {town[0]}", f"{pre}{ids.digits(rng, 3)}"
        case "ar":
            s = f"{street} {rng.randrange(100, 4000)}, piso {rng.randrange(1, 9)} dto. {rng.choice('ABCD')}"
            return s, f"{s}, {town[0]}", f"{pre}{ids.digits(rng, 3)}{fill(rng, '@@@')}"
        case "es":
            s = f"{street}, {n}, {rng.randrange(1, 6)}.º {rng.choice('ABCD')}"
            return s, f"{s}, {town[0]}", f"{pre}{ids.digits(rng, 3)}"
        case "pt":
            s = f"{street}, n.º {n}, {rng.randrange(1, 4)}.º {rng.choice(['Esq.', 'Dto.'])}"
            return s, f"{s}, {town[0]}", f"{pre}{ids.digits(rng, 3)}-{ids.digits(rng, 3)}"
        case "qc":
            s = f"{rng.randrange(100, 3999)}, {street}"
            return s, f"{s}, {town[0]}", f"{pre} {fill(rng, '#@#')}"
        case "sn":
            s = f"{street}, villa n° {n}"
            return s, f"{s}, {town[0]}", ""
        case "at":
            s = f"{street} {n}/{rng.randrange(1, 12)}"
            return s, f"{s}, {town[0]}", f"{pre}{ids.digits(rng, 2)}"
        case "it":
            s = f"{street}, {n}"
            return s, f"{s}, {town[0]}", f"{pre}{ids.digits(rng, 2)}"
        case "cn":
            bld, unit, flr, room = (
                rng.randrange(1, 20),
                rng.randrange(1, 6),
                rng.randrange(1, 18),
                rng.randrange(1, 5),
            )
            s = f"{street}{n}号{bld}栋{unit}单元{flr}0{room}室"
            return s, f"{town[2]}{town[0]}{s}", f"{pre}{ids.digits(rng, 2)}"
        case "tw":
            s = f"{street}{rng.randrange(1, 300)}巷{rng.randrange(1, 40)}號{rng.randrange(2, 8)}樓"
            return s, f"{town[2]}{town[0]}{s}", f"{pre}{ids.digits(rng, 2)}"
        case "jp":
            s = f"{street}{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号"
            return s, f"{town[2]}{town[0]}{s}", f"{pre}-{ids.digits(rng, 4)}"
        case "kr":
            road, dong, flr, room = (
                rng.randrange(10, 90),
                rng.randrange(101, 112),
                rng.randrange(1, 16),
                rng.randrange(1, 5),
            )
            s = f"{street}{road}번길 {n}, {dong}동 {flr}0{room}호"
            return s, f"{town[0]} {s}", f"{pre}{ids.digits(rng, 2)}"
        case "eg":
            s = f"{n} {street}"
            return s, f"{s}، {town[0]}", ""
        case "ae":
            s = f"فيلا {n}، {street}"
            return s, f"{s}، {town[0]}", ""
        case "hi":
            s = f"मकान नं. {n}, {street}"
            return s, f"{s}, ग्राम {town[0]}", f"{pre}{ids.digits(rng, 3)}"
        case "bn":
            s = native(f"বাড়ি নং {n}, {street}", "beng")
            return s, f"{s}, {town[0]}", ""
        case "ur":
            s = f"مکان نمبر {n}، گلی نمبر {rng.randrange(1, 12)}، {street}"
            return s, f"{s}، {town[0]}", ""
        case "ru":
            s = f"{street}, д. {n}, кв. {rng.randrange(1, 120)}"
            return s, f"{town[0]}, {s}", f"{pre}{ids.digits(rng, 3)}"
        case "tr":
            s = f"{street} No: {n} Daire: {rng.randrange(1, 12)}"
            return s, f"{s} {town[0]}", f"{pre}{ids.digits(rng, 3)}"
        case "vn":
            s = f"Số {n}, {street}"
            return s, f"{s}, {town[0]}", ""
        case "id":
            s = f"{street} No. {n}, RT {rng.randrange(1, 12):03d}/RW {rng.randrange(1, 9):03d}"
            return s, f"{s}, {town[0]}", f"{rng.randrange(57400, 57499)}"
        case "th":
            s = f"บ้านเลขที่ {n} หมู่ {rng.randrange(1, 14)} {street}"
            return s, f"{s} {town[0]}", f"{pre}{ids.digits(rng, 3)}"
    raise KeyError(c)


def _national(rng: random.Random, c: str, p: dict, born: date, female: bool) -> tuple[P, P]:
    """(national identifier, health-plan number) of a culture."""
    hp = "HEALTH_PLAN"
    match c:
        case "mx":
            fam = str(p["family"].value).split()
            return P("ID", ids.curp(rng, fam[0], fam[1], str(p["given"].value), born, female)), P(
                hp, ids.nss(rng, born)
            )
        case "ar":
            dni = ids.dni_ar(rng)
            return P("ID", ids.cuil(rng, dni, female)), P(hp, f"15-{ids.digits(rng, 10)}-00")
        case "es":
            return P("ID", ids.dni_es(rng)), P(hp, fill(rng, "@@@@") + ids.digits(rng, 10))
        case "pt":
            return P("ID", ids.nif(rng)), P(hp, rng.choice("12") + ids.digits(rng, 8))
        case "qc":
            fam = ids._plain(str(p["family"].value)).replace("É", "E")
            code = f"{fam[:3]}{ids._plain(str(p['given'].value))[0]}"
            ramq = f"{code} {born:%y}{born.month + (50 if female else 0):02d} {born:%d}{ids.digits(rng, 2)}"
            sin = ids.luhn_complete(rng.choice("12345") + ids.digits(rng, 7))
            return P("ID", f"{sin[:3]} {sin[3:6]} {sin[6:]}"), P(hp, ramq)
        case "sn":
            return P("ID", f"{2 if female else 1} {ids.digits(rng, 3)} {born.year} {ids.digits(rng, 5)}"), P(
                hp, f"IPM/{ids.digits(rng, 4)}/{ids.digits(rng, 2)}"
            )
        case "at":
            return P("ID", ids.svnr(rng, born)), P(hp, ids.digits(rng, 10))
        case "it":
            fam, giv = str(p["family"].value), str(p["given"].value)
            return P("ID", ids.codice_fiscale(rng, fam, giv, born, female)), P(
                hp, "80380" + ids.digits(rng, 15)
            )
        case "cn":
            return P("ID", ids.cn_id(rng, rng.choice(["360302", "430521", "411302"]), born, female)), P(
                hp, ids.digits(rng, 12)
            )
        case "tw":
            return P("ID", ids.tw_id(rng, female)), P(hp, f"0000 {ids.digits(rng, 4)} {ids.digits(rng, 4)}")
        case "jp":
            return P("ID", ids.mynumber(rng)), P(hp, "0" + ids.digits(rng, 7))
        case "kr":
            return P("ID", ids.rrn(rng, born, female)), P(hp, f"5-{ids.digits(rng, 10)}")
        case "eg":
            return P("ID", ids.egypt_nid(rng, born, "13", female)), P(hp, ids.digits(rng, 9))
        case "ae":
            return P("ID", ids.emirates_id(rng, born)), P(hp, ids.digits(rng, 8))
        case "hi":
            return P("ID", ids.aadhaar(rng)), P(
                hp, f"{ids.digits(rng, 2)}-{ids.digits(rng, 4)}-{ids.digits(rng, 4)}-{ids.digits(rng, 4)}"
            )
        case "bn":
            return P("ID", rng.choice("2345678") + ids.digits(rng, 9)), P(hp, ids.digits(rng, 10))
        case "ur":
            return P("ID", ids.cnic(rng, female)), P(hp, ids.digits(rng, 10))
        case "ru":
            return P("ID", ids.snils(rng)), P(hp, ids.digits(rng, 16))
        case "tr":
            return P("ID", ids.tckn(rng)), P(hp, ids.digits(rng, 11))
        case "vn":
            return P("ID", ids.cccd(rng, "040", born, female)), P(
                hp, f"{rng.choice(['HT', 'GD', 'NO'])}{rng.choice('2345')}40{ids.digits(rng, 10)}"
            )
        case "id":
            return P("ID", ids.nik(rng, "330812", born, female)), P(hp, "0001" + ids.digits(rng, 9))
        case "th":
            return P("ID", ids.thai_id(rng)), P(hp, ids.digits(rng, 10))
    raise KeyError(c)


def _full_name(c: str, given: str, family: str, middle: str) -> str:
    match c:
        case "cn" | "tw" | "kr":
            return family + given
        case "jp":
            return f"{family}\u3000{given}"
        case "vn":
            return f"{family} {middle} {given}"
        case "ru":
            return f"{family} {given} {middle}"
    return f"{given} {family}"


def person(rng: random.Random, culture: str, old: bool = False, elderly: bool = False) -> dict[str, Slot]:
    """One person of `culture` in its home region with every slot a template may use; `old`: 91 to 103
    years old at the visit (the age is then labelled AGE); `elderly`: 75 to 89."""
    fem, male, fams, region = NAMES[culture]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    pair = rng.choice(fams)
    family = pair[0] if female else pair[1]
    if culture in ("mx", "es", "pt"):  # two surnames
        family = f"{family} {rng.choice([f for f in fams if f != pair])[0]}"
    elif culture in ("eg", "ae"):  # given name, father's name, family name
        family = f"{rng.choice([m for m in male if m != given])} {family}"
    mids = MIDDLE.get(culture, ([""], [""]))
    middle = rng.choice(mids[0] if female else mids[1])
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_pair = rng.choice([f for f in fams if f != pair])
    rel_family = rel_pair[0] if rel_fem else rel_pair[1]
    rel_middle = rng.choice([m for m in (mids[0] if rel_fem else mids[1]) if m != middle] or [""])
    if culture in ("mx", "es", "pt"):
        rel_family = f"{rel_family} {rng.choice([f for f in fams if f not in (pair, rel_pair)])[0]}"
    towns, streets = PLACES[region]["towns"], PLACES[region]["streets"]
    town = rng.choice(towns)
    street_name = rng.choice(streets)
    visit = date(2025, 1, 6) + timedelta(days=rng.randrange(480))
    if old:  # not 90: "90 or older" would read as the age surviving
        born = visit - timedelta(days=rng.randrange(int(91 * 365.25) + 2, int(103 * 365.25)))
    elif elderly:
        born = visit - timedelta(days=rng.randrange(int(75 * 365.25) + 2, int(89 * 365.25)))
    else:
        born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(3, 30))
    visit3 = visit2 + timedelta(days=rng.randrange(7, 40))
    street, addr, zip_ = _address(rng, culture, town, street_name)
    mob, land, intl = PHONES[culture]
    draw = ids.digits(rng, mob.count("#"))
    mobile = _same_digits(draw, mob)
    rel_phone = _same_digits(ids.digits(rng, mob.count("#")), mob)
    sec = rng.randrange(7 * 3600, 21 * 3600)
    vis_dt = datetime(visit.year, visit.month, visit.day) + timedelta(seconds=sec)
    name = _full_name(culture, given, family, middle)
    script = NATIVE_DIGITS.get(culture, "")
    if given.isascii() or culture in ("mx", "ar", "es", "pt", "qc", "sn", "at", "it", "tr", "vn", "id"):
        email = f"{ascii_lower(given.split()[0])}.{ascii_lower(family.split()[0])}{rng.randrange(10, 99)}"
    else:
        email = f"{fill(rng, '#########')}" if culture == "cn" else f"pt{fill(rng, '######')}"
    domain = rng.choice(["correo-luna.example", "posteo.example", "maildrop-sur.example", "qqmail.example"])
    p: dict[str, Slot] = {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", tr_upper(name) if culture == "tr" else name.upper()),
        "rel": P("NAME", _full_name(culture, rel_given, rel_family, rel_middle)),
        "rel_given": P("NAME", rel_given),
        "rel_m": P("NAME", _full_name(culture, rng.choice([m for m in male if m != given]), family, "")),
        "family_up": P("NAME", family.upper()),
        "female": female,
        "rel_female": rel_fem,
        "age": str(age),
        "age90": P("AGE", str(age)),
        "dob": P("DATE", local_date(born, culture)),
        "dob_long": P("DATE", long_date(born, culture)),
        "dob_iso": P("DATE", born.isoformat()),
        "visit": P("DATE", local_date(visit, culture)),
        "visit_long": P("DATE", long_date(visit, culture)),
        "visit_short": P("DATE", short_date(visit, culture)),
        "visit2": P("DATE", local_date(visit2, culture)),
        "visit2_long": P("DATE", long_date(visit2, culture)),
        "visit2_short": P("DATE", short_date(visit2, culture)),
        "visit3": P("DATE", local_date(visit3, culture)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_ts": P("DATE", f"{vis_dt:%Y-%m-%d %H:%M:%S}"),
        "street": P("ADDRESS", street),
        "town": P("ADDRESS", town[0]),
        "addr": P("ADDRESS", addr),
        "province": town[2],
        "zip": P("ZIP", zip_),
        "mobile": P("PHONE", mobile),
        "phone": P("PHONE", fill(rng, land)),
        "intl": P("PHONE", _same_digits(draw, intl)),
        "rel_phone": P("PHONE", rel_phone),
        "email": P("EMAIL", f"{email}@{domain}"),
        "mrn": P("MRN", fill(rng, rng.choice(["########", "#######", "HC-######", "##-######"]))),
    }
    natid, hplan = _national(rng, culture, p, born, female)
    p["natid"], p["hplan"] = natid, hplan
    if script:  # the same values in the culture's own digits
        for k in (
            "dob",
            "visit",
            "visit2",
            "visit3",
            "mobile",
            "rel_phone",
            "visit_long",
            "visit2_long",
            "age",
        ):
            v = p[k]
            p[f"{k}_nd"] = P(v.type, native(v.value, script)) if isinstance(v, P) else native(str(v), script)
        p["natid_nd"] = P("ID", native(natid.value, script))
        p["addr_nd"] = P("ADDRESS", native(addr, script))
    if culture == "jp":
        p["kana"] = P("NAME", f"{READING[family]}\u3000{READING[given]}")
        p["name_fw"] = P("NAME", name)
        p["zip_fw"] = P("ZIP", native(zip_, "fw"))
    if culture == "ru":
        p["name_short"] = P("NAME", f"{family} {given[0]}. {middle[0]}.")
    return p
