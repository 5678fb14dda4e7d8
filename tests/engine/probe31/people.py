# ruff: noqa: E501  (hand-aligned data tables)
"""People and places of the thirty-first probe (clinical text in non-Latin scripts): name, street and town
lists chosen for this probe (synthetic combinations only, never real patients), with the grammatical forms
each language writes (Russian, Ukrainian and Serbian cases, Greek genitive). Phones in local formats and
scripts. Faker is not used for names: its locales give no inflected forms, and an own list lets the
independence check see every name word.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe31.dates import AR_DIGITS, BN_DIGITS, FA_DIGITS

__all__ = ["NAMES", "PLACES", "K", "P", "Person", "Slot", "draw_person", "fill", "phone"]

D = "0123456789"

# lang: (female given, male given, family stems/pairs, patronymic pairs)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], list[tuple[str, str]]]] = {
    "ru": (["Фаина", "Нонна", "Римма", "Капитолина", "Леокадия", "Агриппина", "Милослава", "Ярослава"],
           ["Евграф", "Ипполит", "Глеб", "Вадим", "Эдуард", "Станислав", "Мирон", "Платон"],
           [("Пыжов", "Пыжова"), ("Пестерев", "Пестерева"), ("Шестериков", "Шестерикова"), ("Бурмистров", "Бурмистрова"),
            ("Лапшин", "Лапшина"), ("Мухортов", "Мухортова"), ("Сыромятников", "Сыромятникова"), ("Задорожнов", "Задорожнова")],
           [("Тихонович", "Тихоновна"), ("Прохорович", "Прохоровна"), ("Ефимович", "Ефимовна"), ("Нестерович", "Нестеровна"),
            ("Савельевич", "Савельевна"), ("Кондратьевич", "Кондратьевна")]),
    "uk": (["Оксана", "Ярина", "Соломія", "Богдана", "Мирослава", "Лукія", "Орися", "Христина"],
           ["Тарас", "Остап", "Богдан", "Назар", "Орест", "Любомир", "Зеновій", "Ярема"],
           [("Вишневецький", "Вишневецька"), ("Гордієвський", "Гордієвська"), ("Колодницький", "Колодницька"),
            ("Залужанський", "Залужанська"), ("Підгірський", "Підгірська"), ("Стрийський", "Стрийська")],
           [("Маркіянович", "Маркіянівна"), ("Данилович", "Данилівна"), ("Степанович", "Степанівна")]),
    "bg": (["Радка", "Стойна", "Величка", "Тодорка", "Донка", "Пенка", "Златка", "Гинка"],
           ["Цвятко", "Тончо", "Пейо", "Гатьо", "Добромир", "Славчо", "Нено", "Дечо"],
           [("Пенчев", "Пенчева"), ("Коларов", "Коларова"), ("Дочев", "Дочева"), ("Гроздев", "Гроздева"),
            ("Вълчанов", "Вълчанова"), ("Шишманов", "Шишманова")],
           [("Илиев", "Илиева"), ("Петков", "Петкова"), ("Найденов", "Найденова"), ("Минчев", "Минчева")]),
    "sr": (["Даница", "Видосава", "Милунка", "Станојка", "Љубинка", "Радмила"],
           ["Радослав", "Живојин", "Драгутин", "Велимир", "Милован", "Будимир"],
           [("Средојевић", "Средојевић"), ("Станишић", "Станишић"), ("Јевтић", "Јевтић"), ("Радуловић", "Радуловић"),
            ("Луковић", "Луковић"), ("Гајић", "Гајић")], []),
    "el": (["Καλλιόπη", "Ροδάνθη", "Σταματία", "Ευδοκία", "Ουρανία", "Ασπασία"],
           ["Παντελής", "Μιλτιάδης", "Περικλής", "Λεωνίδας", "Αριστείδης", "Σωκράτης"],
           [("Σταυρακάκης", "Σταυρακάκη"), ("Κοντογιάννης", "Κοντογιάννη"), ("Ζαχαριουδάκης", "Ζαχαριουδάκη"),
            ("Ψαρουδάκης", "Ψαρουδάκη"), ("Καραμανλής", "Καραμανλή"), ("Τσιμπουκάκης", "Τσιμπουκάκη")], []),
    "he": (["תרצה", "יוכבד", "צביה", "זהבה", "מלכה", "ברכה"],
           ["שמריהו", "אליקים", "יחזקאל", "מנחם", "צדוק", "גרשון"],
           [("פרלמוטר", ""), ("אבוטבול", ""), ("גרינשפן", ""), ("שטרנברג", ""), ("אלמקייס", ""), ("בוזגלו", "")], []),
    "ar": (["نجلاء", "سهام", "وداد", "فتحية", "زكية", "نوال"],
           ["حمدان", "صابر", "منصور", "رشاد", "توفيق", "شعبان"],
           [("الحربي", ""), ("الزهراني", ""), ("الفقي", ""), ("الحلبي", ""), ("الدباغ", ""), ("المطيري", "")], []),
    "fa": (["مهین", "منیژه", "فرخنده", "ملوک", "شهین", "اقدس"],
           ["غلامحسین", "فریدون", "قدرت‌الله", "ابوالقاسم", "جهانگیر", "نعمت"],
           [("کلانتری", ""), ("دهقانی", ""), ("سبزواری", ""), ("ملکی", ""), ("صدری", ""), ("تفرشی", "")], []),
    "hi": (["सावित्री", "कमला", "शारदा", "विमला", "पार्वती", "गोमती"],
           ["रामस्वरूप", "हरिप्रसाद", "बृजमोहन", "शिवनारायण", "जगदीश", "रघुवीर"],
           [("त्रिपाठी", ""), ("चतुर्वेदी", ""), ("अवस्थी", ""), ("बाजपेयी", ""), ("मिश्रा", ""), ("दीक्षित", "")], []),
    "bn": (["নূরজাহান", "সুফিয়া", "জাহানারা", "মনোয়ারা", "আমেনা", "হাসিনা"],
           ["শমসের", "আজিজুল", "বদরুদ্দোজা", "ইদ্রিস", "মোজাম্মেল", "আবুল"],
           [("ফরাজী", ""), ("মজুমদার", ""), ("ভূঁইয়া", ""), ("পাটোয়ারী", ""), ("আকন্দ", ""), ("সিকদার", "")], []),
    "th": (["ทองสุข", "สมจิตร", "ประไพ", "เพ็ญศรี", "จำเนียร", "บัวผัน"],
           ["ถนอม", "สมบัติ", "ทองดี", "ประยูร", "เฉลิม", "สำราญ"],
           [("วงศ์ใหญ่", ""), ("ทองมาก", ""), ("พรหมวิหาร", ""), ("สุขเจริญ", ""), ("ปัญญาดี", ""), ("อินทรสุวรรณ", "")], []),
    "zh": (["桂兰", "秀珍", "玉梅", "凤英", "淑琴", "翠花"],
           ["德明", "建国", "福生", "志强", "长顺", "国栋"],
           [("郭", ""), ("宋", ""), ("谢", ""), ("欧阳", ""), ("蒋", ""), ("覃", "")], []),
    "tw": (["阿嬌", "秀鳳", "金枝", "美雲", "麗卿", "月娥"],
           ["火旺", "添丁", "明輝", "文雄", "進財", "榮發"],
           [("簡", ""), ("溫", ""), ("賴", ""), ("游", ""), ("詹", ""), ("涂", "")], []),
    "ja": (["トメ", "ハル", "千代", "静江", "キヨ", "文子"],
           ["正一", "喜三郎", "与一", "勝治", "清蔵", "源次"],
           [("大槻", ""), ("小野寺", ""), ("宍戸", ""), ("神保", ""), ("猪俣", ""), ("蛭田", "")], []),
    "ko": (["순례", "말순", "복녀", "정자", "옥분", "점례"],
           ["판석", "봉수", "길남", "만복", "춘식", "덕배"],
           [("변", ""), ("편", ""), ("탁", ""), ("육", ""), ("봉", ""), ("길", "")], []),
}  # fmt: skip

PHONES = {
    "ru": ["+7 9%# %##-##-##", "8 (9%#) %##-##-##"],
    "uk": ["+380 6% %## ## ##", "09% %## ## ##"],
    "bg": ["+359 88 %## ####", "08%# %## %##"],
    "sr": ["+381 6% %## ####", "06% %##-####"],
    "el": ["69%# %## ###", "+30 21% %## ####"],
    "he": ["05%-%##-####", "+972-5%-%##-####"],
    "ar": ["+966 5% %## ####", "+20 1%# %## ####", "+961 3 %## ###", "ar:05% %## ####"],
    "fa": ["fa:09%# %## ####", "+98 91% %## ####"],
    "hi": ["+91 9%### %####", "9%########"],
    "bn": ["bn:01%##-######", "+880 1%##-######"],
    "th": ["08%-%##-####", "0%-%##-####"],
    "zh": ["13% %### ####", "+86 1%#-####-####"],
    "tw": ["09%#-%##-###", "(0%) %###-####"],
    "ja": ["090-%###-####", "0%-%###-####"],
    "ko": ["010-%###-####", "02-%##-####"],
}

# lang: (streets as a format with {n}, towns with their postcode pattern, first-level regions: keep)
PLACES: dict[str, tuple[list[str], list[str], str]] = {
    "ru": (["ул. Краснознамённая, д. {n}, кв. {m}", "пер. Щербаковский, д. {n}", "ул. Малая Оленья, д. {n}, корп. 2, кв. {m}"],
           ["Кинешма", "Вичуга", "Шуя", "Кимры"], "%#####"),
    "uk": (["вул. Городоцька, буд. {n}, кв. {m}", "вул. Замарстинівська, {n}", "просп. Червоної Калини, {n}, кв. {m}"],
           ["Самбір", "Дрогобич", "Стрий", "Жовква"], "%####"),
    "bg": (["ул. „Цар Симеон“ № {n}", "бул. „Шипченски проход“ {n}, вх. Б, ап. {m}", "ж.к. „Младост 3“, бл. {n}, ап. {m}"],
           ["Трявна", "Дряново", "Севлиево", "Елена"], "%###"),
    "sr": (["Улица Војводе Мишића {n}", "Булевар ослобођења {n}/{m}", "Немањина {n}, стан {m}"],
           ["Ваљево", "Ариље", "Крушевац", "Пожега"], "%####"),
    "el": (["Οδός Αγίου Μάρκου {n}", "Λεωφόρος Κηφισίας {n}", "Οδός Παπαναστασίου {n}"],
           ["Ξάνθη", "Καβάλα", "Βέροια", "Νάουσα"], "%## ##"),
    "he": (["רחוב הנרקיסים {n}", "שדרות ירושלים {n}, דירה {m}", "רחוב הרב קוק {n}"],
           ["קריית מוצקין", "נתיבות", "דימונה", "טירת כרמל"], "%######"),
    "ar": (["شارع الأمير سلطان، مبنى {n}", "حي الروضة، شارع {n}", "شارع جمال عبد الناصر، عمارة {n}، شقة {m}"],
           ["عنيزة", "الرس", "المحلة الكبرى", "طنطا"], "%####"),
    "fa": (["خیابان شهید بهشتی، کوچه {n}، پلاک {m}", "بلوار کشاورز، پلاک {n}", "میدان انقلاب، کوچه یاس، پلاک {n}"],
           ["کاشان", "نطنز", "اراک", "ساوه"], "%####-%####"),
    "hi": (["मकान नं. {n}, गली नं. {m}, शिवाजी नगर", "{n}/{m}, सिविल लाइंस", "प्लॉट {n}, गांधी मार्ग"],
           ["सीतापुर", "हरदोई", "उन्नाव", "बहराइच"], "%#####"),
    "bn": (["বাড়ি নং {n}, রোড নং {m}, ধানমন্ডি", "গ্রাম: চরকাউয়া, বাড়ি {n}", "{n}/ক, শান্তিনগর"],
           ["কিশোরগঞ্জ", "নেত্রকোণা", "জামালপুর", "শেরপুর"], "%###"),
    "th": (["บ้านเลขที่ {n} หมู่ {m} ตำบลบ้านกลาง", "{n}/{m} ซอยรามคำแหง 24", "{n} ถนนเจริญเมือง"],
           ["อำเภอสันป่าตอง", "อำเภอหางดง", "อำเภอแม่ริม", "อำเภอสารภี"], "%####"),
    "zh": (["朝阳路{n}号{m}室", "解放大街{n}号院{m}单元", "新华里{n}栋{m}号"],
           ["绵阳市", "宜宾市", "泸州市", "自贡市"], "%#####"),
    "tw": (["中正路{n}巷{m}號", "民生街{n}號{m}樓", "光復路{n}弄{m}號"],
           ["斗六市", "虎尾鎮", "西螺鎮", "北港鎮"], "%##"),
    "ja": (["本町{n}丁目{m}番地", "緑が丘{n}-{m}-7", "旭町{n}番{m}号"],
           ["八戸市", "弘前市", "十和田市", "むつ市"], "0%#-####"),
    "ko": (["중앙로 {n}번길 {m}", "시청로 {n}, {m}동 1203호", "문화로 {n}"],
           ["춘천시", "원주시", "강릉시", "속초시"], "%####"),
}  # fmt: skip


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9."""
    return "".join(rng.choice(D) if c == "#" else rng.choice("23456789") if c == "%" else c for c in pattern)


def phone(rng: random.Random, lang: str) -> str:
    pat = rng.choice(PHONES[lang])
    script, _, pat = pat.rpartition(":") if pat[:3] in ("ar:", "fa:", "bn:") else ("", "", pat)
    out = fill(rng, pat)
    table = {"ar": AR_DIGITS, "fa": FA_DIGITS, "bn": BN_DIGITS}.get(script)
    return out.translate(table) if table else out


def _ru_cases(word: str, female: bool, kind: str) -> dict[str, str]:
    """Genitive, dative, instrumental of a Russian given name, patronymic or -ов/-ин surname."""
    if kind == "family":
        if female:
            stem = word[:-1]
            return {"gen": stem + "ой", "dat": stem + "ой", "ins": stem + "ой"}
        return {"gen": word + "а", "dat": word + "у", "ins": word + "ым"}
    if word.endswith("ия"):
        return {"gen": word[:-1] + "и", "dat": word[:-1] + "и", "ins": word[:-1] + "ей"}
    if word.endswith("а"):
        return {"gen": word[:-1] + "ы", "dat": word[:-1] + "е", "ins": word[:-1] + "ой"}
    return {"gen": word + "а", "dat": word + "у", "ins": word + "ом"}


def _uk_cases(word: str, female: bool, kind: str) -> dict[str, str]:
    if kind == "family":
        if female:
            return {"gen": word[:-1] + "ої", "dat": word[:-1] + "ій", "ins": word[:-1] + "ою"}
        return {"gen": word[:-2] + "ого", "dat": word[:-2] + "ому", "ins": word[:-2] + "им"}
    if word.endswith("ія"):
        return {"gen": word[:-1] + "ї", "dat": word[:-1] + "ї", "ins": word[:-1] + "єю"}
    if word.endswith("я"):
        return {"gen": word[:-1] + "і", "dat": word[:-1] + "і", "ins": word[:-1] + "ею"}
    if word.endswith("а"):
        return {"gen": word[:-1] + "и", "dat": word[:-1] + "і", "ins": word[:-1] + "ою"}
    if word.endswith("й"):
        return {"gen": word[:-1] + "я", "dat": word[:-1] + "ю", "ins": word[:-1] + "єм"}
    if word.endswith("ич"):
        return {"gen": word + "а", "dat": word + "у", "ins": word + "ем"}
    return {"gen": word + "а", "dat": word + "ові", "ins": word + "ом"}


def _sr_cases(word: str, female: bool, kind: str) -> dict[str, str]:
    if kind == "family" and female:
        return {"gen": word, "dat": word, "ins": word}
    if word.endswith("а"):
        return {"gen": word[:-1] + "е", "dat": word[:-1] + "и", "ins": word[:-1] + "ом"}
    return {"gen": word + "а", "dat": word + "у", "ins": word + "ом"}


def _el_gen(word: str, female: bool) -> str:
    return word if female else word[:-1]  # Παντελής -> Παντελή, Σταυρακάκης -> Σταυρακάκη


@dataclass(slots=True)
class Person:
    lang: str
    given: str
    family: str
    female: bool
    phone: str
    patr: str = ""
    forms: dict[str, str] = field(default_factory=dict)  # case forms: gen, dat, ins (given + family)

    @property
    def full(self) -> str:
        """The name as the language writes it in running text."""
        if self.lang in ("zh", "tw", "ko"):
            return self.family + self.given
        if self.lang == "ja":
            return f"{self.family} {self.given}"
        if self.lang in ("ru", "uk", "bg") and self.patr:
            return f"{self.given} {self.patr} {self.family}"
        return f"{self.given} {self.family}"

    @property
    def official(self) -> str:
        """Family name first, as forms write it (ru/uk/bg: with the patronymic)."""
        if self.lang in ("zh", "tw", "ko"):
            return self.family + self.given
        return " ".join(x for x in (self.family, self.given, self.patr) if x)

    @property
    def initials(self) -> str:
        """'Пыжова З. Т.' (Cyrillic), else the family name alone."""
        if self.lang in ("ru", "uk", "bg", "sr"):
            return f"{self.family} {self.given[0]}." + (f" {self.patr[0]}." if self.patr else "")
        return self.family


def draw_person(rng: random.Random, lang: str, used: set[str], female: bool | None = None) -> Person:
    female = rng.random() < 0.5 if female is None else female
    fem, mal, fams, patrs = NAMES[lang]
    given = rng.choice([g for g in (fem if female else mal) if g not in used])
    pair = rng.choice([f for f in fams if f[0] not in used and f[1] not in used])
    family = pair[1] if female and pair[1] else pair[0]
    patr = ""
    if patrs:
        pp = rng.choice(patrs)
        patr = pp[1] if female else pp[0]
    used |= {given, pair[0], pair[1] or pair[0]}
    forms: dict[str, str] = {}
    cases = {"ru": _ru_cases, "uk": _uk_cases, "sr": _sr_cases}.get(lang)
    if cases:
        g, f = cases(given, female, "given"), cases(family, female, "family")
        pt = cases(patr, female, "given") if patr else {}
        for c in ("gen", "dat", "ins"):
            forms[c] = " ".join(x for x in (g[c], pt.get(c, ""), f[c]) if x)
            forms[c + "_fam"] = f[c]
            forms[c + "_gp"] = " ".join(x for x in (g[c], pt.get(c, "")) if x)
    elif lang == "el":
        forms["gen"] = f"{given + 'ς' if female else given[:-1]} {_el_gen(family, female)}"
        forms["gen_fam"] = _el_gen(family, female)
    return Person(lang, given, family, female, phone(rng, lang), patr, forms)
