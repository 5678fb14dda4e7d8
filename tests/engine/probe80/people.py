# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eightieth probe: health text from Russia, Ukraine, Belarus, Kazakhstan,
Uzbekistan, Kyrgyzstan, Georgia, Armenia and Azerbaijan written in their own languages and scripts (synthetic
only; no real patient, relative, physician or nurse). Name words are Russian, Ukrainian and Belarusian
(Cyrillic, with patronymics and, for Russian and Ukrainian, genitive and dative forms for running text),
Kazakh (Cyrillic, and the 2021 Latin alphabet by transliteration; -ұлы / -қызы or -ович / -овна
patronymics), Uzbek (Latin; o'g'li / qizi), Kyrgyz (Cyrillic; уулу / кызы), Georgian (Mkhedruli; -ძე,
-შვილი), Armenian (Armenian script; -յան, the father's name in the genitive) and Azerbaijani (Latin; oğlu /
qızı), combined at random: never a real person. They were drawn from the naming traditions of each country,
not from a generator, and checked against every string of the people tables of probes 1-78 before any
measurement (test_probe80: no shared name word, in any form this module writes).

Towns, villages and streets are invented (a few street names are the ordinary ones of every town: Садовая,
Заречная); regions and countries are real and are keep values when written alone. Numbers are random; СНИЛС,
полис ОМС, ИНН, РНОКПП, УНЗР, ИИН, ПИНФЛ and the Belarusian identification number carry valid check digits
(ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe80 import ids
from tests.engine.probe80.ids import ascii_fold, fill

__all__ = [
    "LOCS",
    "NAMES",
    "K",
    "Loc",
    "P",
    "Person",
    "Slot",
    "all_name_forms",
    "draw_person",
    "fill",
    "phone",
]

# culture: (female given, male given, family -- the masculine / dictionary form)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ru": (
        ["Прасковья", "Серафима", "Варвара", "Лидия", "Изольда", "Эльвира", "Агния", "Милена", "Глафира", "Олимпиада", "Эмилия", "Ангелина",
         "Аглая", "Ираида", "Стефанида", "Виталина", "Любава", "Евфросинья", "Пелагея", "Кира", "Элеонора"],
        ["Тимофей", "Арсений", "Евгений", "Матвей", "Игнат", "Филипп", "Демид", "Кирилл", "Трофим",
         "Леонтий", "Аристарх", "Ермолай", "Захар", "Макар", "Родион", "Нестор", "Гордей", "Корней"],
        ["Пантелеев", "Гусельников", "Ерофеев", "Кудрявцев", "Ситников", "Прокудин", "Хворостов", "Бахметьев", "Чистяков", "Лопухин",
         "Сапожников", "Голованов", "Рукавишников", "Сухарев", "Тараканов", "Плотников", "Шубин", "Перепёлкин", "Скворцов", "Обухов", "Дёмин",
         "Калашников", "Толоконников", "Зубарев", "Сермягин", "Кожемякин", "Полозов"]),
    "ua": (
        ["Зоряна", "Уляна", "Любомира", "Віра", "Надія", "Стефанія", "Дарина", "Олеся", "Ірина", "Мар'яна", "Наталія", "Злата", "Устина"],
        ["Андрій", "Петро", "Дмитро", "Юліан", "Тиміш", "Омелян", "Василь", "Михайло", "Стефан", "Роман"],
        ["Шевчук", "Ткачук", "Гнатюк", "Савчук", "Дячук", "Мороз", "Федорак", "Кравченко", "Бондаренко", "Лисенко", "Марченко", "Довженко",
         "Гуменюк", "Поліщук", "Присяжнюк", "Стельмах", "Ковальчук", "Костенко", "Рибак", "Олійник", "Підгорецький", "Заболотний"]),
    "by": (
        ["Вольга", "Ірына", "Святлана", "Наталля", "Кацярына", "Таццяна", "Гэлена", "Францішка", "Алена", "Зінаіда", "Яніна"],
        ["Сяргей", "Андрэй", "Змітрок", "Алег", "Васіль", "Павел", "Казімір", "Антось", "Станіслаў", "Яўген", "Віталь"],
        ["Каваленка", "Жук", "Макарэвіч", "Станкевіч", "Бабровіч", "Крупенька", "Шыманскі", "Дубовік", "Сакалоўскі", "Гарбачэўскі", "Радзевіч",
         "Пашкевіч", "Цішкевіч", "Ярашэвіч"]),
    "kz": (
        ["Айгерім", "Жансая", "Ботагөз", "Гүлжан", "Мөлдір", "Назерке", "Ақмарал", "Дана", "Әсем", "Сәуле", "Томирис", "Жібек"],
        ["Нұрлан", "Ерлан", "Дәурен", "Бауыржан", "Қайрат", "Асқар", "Ержан", "Серік", "Бақытжан", "Мұрат", "Талғат", "Болат"],
        ["Сейітқалиев", "Жұмабаев", "Тоқтаров", "Нұрмұханбетов", "Есенғалиев", "Әбілқасымов", "Қуанышбаев", "Бекмұхамедов", "Тұрсынбаев",
         "Оспанов", "Ысқақов", "Мұқанов"]),
    "uz": (
        ["Gulnora", "Mohira", "Zulfiya", "Feruza", "Sevara", "Yulduz", "Barno", "Oydin", "Nilufar", "Dildora", "Maftuna"],
        ["Sardor", "Otabek", "Ulug'bek", "Farhod", "Ilhom", "Akmal", "Baxtiyor", "Shuhrat", "Doniyor", "Alisher", "Oybek"],
        ["Yo'ldoshev", "To'xtayev", "Xo'jayev", "Qodirov", "Normatov", "Mirzayev", "Usmonov", "Saidov", "Abdurahmonov", "Nurmatov",
         "G'aniyev", "Xolmatov", "Qurbonov", "Sobirov"]),
    "kg": (
        ["Айпери", "Бермет", "Жылдыз", "Нургүл", "Чолпон", "Гүлзат", "Айзада", "Бурул", "Калыйпа", "Мээрим"],
        ["Азамат", "Бакыт", "Эрмек", "Мирлан", "Нурбек", "Улан", "Таалай", "Эрлан", "Темирлан", "Жыргалбек"],
        ["Бекболотов", "Токтогулов", "Жээнбеков", "Сыдыков", "Осмонов", "Абдыкалыков", "Турдубаев", "Мамбетов", "Сатыбалдиев", "Кочкорбаев"]),
    "ge": (
        ["მაკა", "ნათია", "ეკა", "ხათუნა", "ლია", "მანანა", "ციური", "ნანული", "თინათინ", "ლამარა", "ირმა", "ქეთინო"],
        ["დავით", "ირაკლი", "თემურ", "გელა", "ბადრი", "ავთანდილ", "რევაზ", "შოთა", "გოჩა", "მერაბ", "ნოდარ", "ვახტანგ"],
        ["კაპანაძე", "გელაშვილი", "ჯაფარიძე", "ლომიძე", "წიკლაური", "ხუციშვილი", "მაისურაძე", "ჩიქოვანი", "ქავთარაძე", "ტაბატაძე", "ნოზაძე",
         "ცერცვაძე", "ბაქრაძე", "ღლონტი", "გოგოლაძე", "მჭედლიშვილი"]),
    "am": (
        ["Հասմիկ", "Սաթենիկ", "Լուսինե", "Նարինե", "Արմինե", "Շողիկ", "Գոհար", "Մարգարիտ", "Սոնա", "Լիլիթ"],
        ["Աշոտ", "Արմեն", "Սուրեն", "Գագիկ", "Կարեն", "Արտաշես", "Սամվել", "Հրանտ", "Վահան", "Ներսես"],
        ["Պետրոսյան", "Գրիգորյան", "Սարգսյան", "Հարությունյան", "Ղազարյան", "Մանուկյան", "Բաղդասարյան", "Ստեփանյան", "Զաքարյան", "Թադևոսյան",
         "Մարտիրոսյան", "Խաչատրյան"]),
    "az": (
        ["Aytən", "Nərmin", "Ülviyyə", "Könül", "Sevinc", "Lalə", "Nigar", "Türkan", "Xəyalə", "Gülnar", "Şəbnəm", "Təranə"],
        ["Elnur", "Anar", "Orxan", "Zaur", "Fərid", "Cavid", "Rövşən", "Elşad", "Namiq", "Mübariz", "Taleh"],
        ["Həsənov", "Abbasov", "Rzayev", "Nəsirov", "Cəfərov", "Vəliyev", "Bağırov", "İsmayılov", "Qasımov", "Cəbrayılov", "Kərimli", "Novruzov"]),
}  # fmt: skip

# ---- name forms ------------------------------------------------------------------------------------------

_BY_PATR = {"Сяргей": ("Сяргеевіч", "Сяргееўна"), "Андрэй": ("Андрэевіч", "Андрэеўна"), "Змітрок": ("Змітраковіч", "Змітракоўна"),
            "Алег": ("Алегавіч", "Алегаўна"), "Васіль": ("Васілевіч", "Васілеўна"), "Павел": ("Паўлавіч", "Паўлаўна"),
            "Казімір": ("Казіміравіч", "Казіміраўна"), "Антось": ("Антосевіч", "Антосеўна"), "Станіслаў": ("Станіслававіч", "Станіславаўна"),
            "Яўген": ("Яўгенавіч", "Яўгенаўна"), "Віталь": ("Віталевіч", "Віталеўна")}  # fmt: skip


def feminine(family: str, culture: str) -> str:
    """The family name a woman of the family writes (Пантелеева, Підгорецька, Шыманская, Karimova, Həsənova)."""
    if culture in ("ge", "am") or family.endswith(
        ("li", "енко", "ук", "юк", "ак", "ах", "ник", "оз", "ка", "іч", "ік", "Жук")
    ):
        return family
    for m, f in (("ский", "ская"), ("ький", "ька"), ("ний", "на"), ("скі", "ская"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"),
                 ("ov", "ova"), ("ev", "eva"), ("yev", "yeva")):  # fmt: skip
        if family.endswith(m):
            return family[: -len(m)] + f
    return family


def patronymic(father: str, culture: str, female: bool, style: int = 0) -> str:
    """The patronymic written after a given name, by the country's custom; `style` 1 picks the Russian-style
    -ович / -овна that Kazakh, Kyrgyz and Uzbek people also write."""
    if culture == "ru" or (culture in ("kz", "kg") and style):
        if father.endswith("ий"):
            return father[:-2] + ("ьевна" if female else "ьевич")
        if father.endswith(("ей", "ай")):
            return father[:-1] + ("евна" if female else "евич")
        return father + ("овна" if female else "ович")
    if culture == "ua":
        if father.endswith("ій"):
            return father[:-1] + ("ївна" if female else "йович")
        if father.endswith(("о", "ь")):
            stem = father[:-1] + ("ь" if father.endswith("ь") else "")
            return (stem.rstrip("ь") + "івна") if female else stem + "ович"
        return father + ("івна" if female else "ович")
    if culture == "by":
        return _BY_PATR[father][female]
    if culture == "kz":
        return father + ("қызы" if female else "ұлы")
    if culture == "kg":
        return father + (" кызы" if female else " уулу")
    if culture == "uz":
        if style:
            return father.replace("'", "") + ("ovna" if female else "ovich")
        return father + (" qizi" if female else " o'g'li")
    if culture == "az":
        return father + (" qızı" if female else " oğlu")
    if culture == "am":
        return father + "ի"
    return ""


_HUSH = "гкхжшщч"


def _ru_given(g: str, case: str, female: bool) -> str:
    if female:
        if g.endswith("ия"):
            return g[:-1] + "и"
        if g.endswith(("ья", "я")):
            return g[:-1] + ("и" if case == "gen" else "е")
        if g.endswith("а"):
            return g[:-1] + (("и" if g[-2] in _HUSH else "ы") if case == "gen" else "е")
        return g
    if g.endswith("й"):
        return g[:-1] + ("я" if case == "gen" else "ю")
    return g + ("а" if case == "gen" else "у")


def _ru_family(f: str, case: str, female: bool) -> str:
    if female:
        if f.endswith("ая"):
            return f[:-2] + "ой"
        if f.endswith(("ова", "ева", "ёва", "ина")):
            return f[:-1] + "ой"
        return f
    if f.endswith("ий"):
        return f[:-2] + ("ого" if case == "gen" else "ому")
    return f + ("а" if case == "gen" else "у")


def _ru_patr(p: str, case: str, female: bool) -> str:
    if female:
        return p[:-1] + ("ы" if case == "gen" else "е")
    return p + ("а" if case == "gen" else "у")


def _ua_given(g: str, case: str, female: bool) -> str:
    if female:
        if g.endswith("ія"):
            return g[:-1] + "ї"
        if g.endswith("я"):
            return g[:-1] + "і"
        if g.endswith("а"):
            return g[:-1] + ("и" if case == "gen" else "і")
        return g
    if g.endswith("й"):
        return g[:-1] + ("я" if case == "gen" else "ю")
    if g.endswith(("о", "ь")):
        return (
            g[:-1] + ("я" if g.endswith("ь") else "а")
            if case == "gen"
            else g[:-1] + ("еві" if g.endswith("ь") else "ові")
        )
    return g + ("а" if case == "gen" else "ові")


def _ua_family(f: str, case: str, female: bool) -> str:
    if female:
        if f.endswith("ька"):
            return f[:-1] + ("ої" if case == "gen" else "ій")
        if f.endswith("на"):
            return f[:-1] + ("ої" if case == "gen" else "ій")
        return f
    if f.endswith("ий"):
        return f[:-2] + ("ого" if case == "gen" else "ому")
    if f.endswith("о"):
        return f[:-1] + ("а" if case == "gen" else "ові")
    return f + ("а" if case == "gen" else "ові")


def _ua_patr(p: str, case: str, female: bool) -> str:
    if female:
        return p[:-1] + ("и" if case == "gen" else "і")
    return p + ("а" if case == "gen" else "у")


def declined(
    given: str, family: str, patr: str, culture: str, female: bool, case: str
) -> tuple[str, str, str]:
    """Russian and Ukrainian genitive ('gen') and dative ('dat') forms of (given, family, patronymic); other
    cultures' names are written undeclined in these documents."""
    if culture == "ru":
        return _ru_given(given, case, female), _ru_family(family, case, female), _ru_patr(patr, case, female)
    if culture == "ua":
        return _ua_given(given, case, female), _ua_family(family, case, female), _ua_patr(patr, case, female)
    return given, family, patr


_KZ_LAT = dict(zip("абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә",
                   ["a", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n", "ñ", "o", "ö", "p", "r", "s", "t", "u",
                    "ū", "ü", "f", "h", "h", "ts", "ch", "ş", "şş", "", "y", "ı", "", "e", "iu", "ia", "ä"], strict=True))  # fmt: skip


def kz_latin(s: str) -> str:
    """Kazakh Cyrillic in the 2021 Latin alphabet (Нұрлан -> Nūrlan, Айгерім -> Aigerım)."""
    out = []
    for ch in s:
        low = ch.lower()
        t = _KZ_LAT.get(low, ch)
        out.append(t[:1].upper() + t[1:] if ch != low and t else t)
    return "".join(out).replace("Ia", "Ia")


def all_name_forms() -> list[str]:
    """Every name word this module can write: nominative given and family names, feminine family names,
    patronymics, the genitive and dative forms, the Kazakh Latin forms."""
    out: list[str] = []
    for c, (fs, ms, fams) in NAMES.items():
        for female in (False, True):
            givens = fs if female else ms
            for g in givens:
                out.append(g)
            for f in fams:
                out.append(feminine(f, c) if female else f)
            for father in ms:
                for style in (0, 1):
                    out.append(patronymic(father, c, female, style))
            if c in ("ru", "ua"):
                for case in ("gen", "dat"):
                    for g in givens:
                        out.append(declined(g, "", "ович" if not female else "овна", c, female, case)[0])
                    for f in fams:
                        out.append(declined("", feminine(f, c) if female else f, "", c, female, case)[1])
                    for father in ms:
                        out.append(declined("", "", patronymic(father, c, female), c, female, case)[2])
            if c == "kz":
                out += [kz_latin(x) for x in givens + [feminine(f, c) if female else f for f in fams]]
                out += [kz_latin(patronymic(father, c, female, 0)) for father in ms]
    return sorted({x for x in out if x})


# ---- places ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str  # keep when written alone
    regions: dict[
        str, tuple[str, tuple[str, ...]]
    ]  # region as written in an address -> (postcode pattern, invented towns)
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    culture: str


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("RU", "Россия", {
        "Вологодская обл.": ("16####", ("Верхнеберёзовск", "Усть-Лопатино", "Красноключинск")),
        "Тверская обл.": ("17####", ("Новосельцево-Заречное", "Малые Вишерки", "Сосновый Лог")),
        "Московская обл.": ("14####", ("Дубравинск", "Ключищево", "Старокупавино")),
        "Свердловская обл.": ("62####", ("Медногорский", "Верхняя Шайтанка", "Сухоложье")),
    }, ("ул. Заречная, д. %#, кв. %#", "ул. Садовая, д. %#", "пер. Кооперативный, д. %, кв. %#", "мкр. Солнечный, д. %#, кв. %##",
        "ул. Лесозаводская, д. %#/%, кв. %#", "пр-т Строителей, д. %##, корп. %, кв. %##", "ул. Пролетарская, д. %#а"),
        ("+7 (9^#) ###-##-##", "8-9^#-###-##-##", "8 (9^#) ###-##-##", "+79^#########"),
        ("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru"), "ru"),
    Loc("UA", "Україна", {
        "Львівська обл.": ("8####", ("Нижні Лози", "Старі Вербівці", "Гайове-Підгірне")),
        "Полтавська обл.": ("3####", ("Криничне-Зелене", "Вишняки Великі", "Суходільці")),
        "Вінницька обл.": ("2####", ("Калинівка Друга", "Липовий Яр", "Ставки-Подільські")),
    }, ("вул. Січових Стрільців, буд. %#, кв. %#", "вул. Квітнева, %#", "вул. Івана Франка, буд. %#а", "пров. Вишневий, %",
        "вул. Шкільна, буд. %#, кв. %##", "просп. Незалежності, буд. %##, кв. %#"),
        ("+380 (6^) ### ## ##", "+380 9^ ### ## ##", "+380 5^ ### ## ##", "09^ ### ## ##", "+38 06^ ###-##-##"),
        ("ukr.net", "i.ua", "gmail.com", "meta.ua"), "ua"),
    Loc("BY", "Беларусь", {
        "Гродзенская вобл.": ("23####", ("Засвір'е Малое", "Навасёлкі-Рачныя", "Дубровачка")),
        "Мінская вобл.": ("22####", ("Крынічная Слабада", "Лясное Калыбава", "Каменка-Стаўбцоўская")),
    }, ("вул. Садовая, д. %#, кв. %#", "вул. Купалы, д. %#", "вул. Маладзёжная, д. %#, кв. %#", "зав. Лясны, д. %"),
        ("+375 (29) ###-##-##", "+375 (33) ###-##-##", "+375 (44) ###-##-##", "8 (029) ###-##-##"),
        ("tut.by", "mail.ru", "gmail.com", "yandex.by"), "by"),
    Loc("KZ", "Қазақстан", {
        "Алматы облысы": ("04####", ("Жаңатұрмыс", "Ақжарқын", "Тасқұдық")),
        "Ақмола облысы": ("02####", ("Көктөбе-Нұра", "Қарабұлақ Шығыс", "Бірлестік")),
        "Түркістан облысы": ("16####", ("Шұбарсу", "Ақтөбе-Тоғай", "Жаңаталап")),
    }, ("Абай көшесі, %#-үй, %#-пәтер", "ул. Жибек жолы, д. %#, кв. %#", "Бейбітшілік көшесі, %#", "мкр. Самал-%, д. %#, кв. %#",
        "Төле би көшесі, %#-үй"),
        ("+7 (70^) ### ## ##", "+7 (77^) ###-##-##", "8 70^ ### ## ##", "+7 747 ### ## ##"),
        ("mail.kz", "mail.ru", "inbox.ru", "gmail.com"), "kz"),
    Loc("UZ", "O'zbekiston", {
        "Toshkent viloyati": ("11####", ("Chinorli", "Qo'shbuloq", "Bog'ishamol")),
        "Samarqand viloyati": ("14####", ("Tolzor", "Ko'ksaroy-Bog'", "Yangiariq-Shahar")),
        "Farg'ona viloyati": ("15####", ("Oqtepa-Farg'ona", "Uchko'prik Yangi", "Gulobod-2")),
    }, ("Navro'z ko'chasi, %#-uy, %#-xonadon", "Mustaqillik ko'chasi, %#-uy", "Bunyodkor mahallasi, %#-uy", "Amir Temur ko'chasi, %#/%"),
        ("+998 9^ ###-##-##", "+998 (9^) ### ## ##", "+998 33 ### ## ##"),
        ("mail.uz", "gmail.com", "inbox.uz", "mail.ru"), "uz"),
    Loc("KG", "Кыргызстан", {
        "Чүй облусу": ("72####", ("Ак-Булуң-Жаңы", "Кара-Жыгач", "Таш-Дөбө")),
        "Ысык-Көл облусу": ("72####", ("Жаңы-Жер-Көл", "Тамга-Сай", "Кызыл-Суу Төмөнкү")),
        "Ош облусу": ("71####", ("Мады-Жаңы", "Кара-Суу Жогорку", "Нариман-Тоо")),
    }, ("Манас көчөсү, %#-үй, %#-батир", "ул. Токтогула, д. %#, кв. %#", "Ленин көчөсү, %#", "мкр. Асанбай, д. %#, кв. %#"),
        ("+996 (55^) ## ## ##", "+996 70^ ### ###", "0 (77^) ## ## ##", "+996 22^ ### ###"),
        ("mail.ru", "gmail.com", "inbox.kg", "yandex.ru"), "kg"),
    Loc("GE", "საქართველო", {
        "კახეთი": ("22##", ("ზემო ალვანი-ახალი", "ქვემო ხოდაშენი", "ახალსოფელ-ნაფარეული")),
        "იმერეთი": ("46##", ("ზედა ნაქალაქევი", "ხრესილი-ქვედა", "ბაჯითი")),
        "თბილისი": ("01##", ("ვაკე-საბურთალო", "დიღმის მასივი", "გლდანი-ნაძალადევი")),
    }, ("ნაძვნარის ქ. %#", "ლესელიძის ქ. %#, ბ. %#", "ვაჟა-ფშაველას გამზ. %#, ბინა %#", "სოფლის ქ. %", "მშვიდობის ქ. %#, კორპ. %, ბ. %#"),
        ("+995 5^# ## ## ##", "+995 (5^#) ##-##-##", "5^# ## ## ##", "+995 32 2## ## ##"),
        ("gmail.com", "yahoo.com", "mail.ru", "posta.ge"), "ge"),
    Loc("AM", "Հայաստան", {
        "Կոտայքի մարզ": ("22##", ("Վերին Ծաղկաձոր", "Արևաշատ Նոր", "Քարաշամբ Վերին")),
        "Շիրակի մարզ": ("31##", ("Ախուրյան Նոր", "Մայիսյան-Գեղ", "Ջրառատ Ներքին")),
        "Երևան": ("00##", ("Նոր Նորք-2", "Դավթաշեն-4", "Ավան-Առինջ")),
    }, ("Իսահակյան փող., շ. %#, բն. %#", "%-րդ փողոց, տուն %#", "Թումանյան փող. %#", "Կոմիտասի պող., շ. %#, բն. %#"),
        ("+374 (9^) ######", "+374 (77) ######", "+374 9^ ## ## ##", "0 9^ ## ## ##"),
        ("gmail.com", "mail.ru", "yandex.ru", "yahoo.com"), "am"),
    Loc("AZ", "Azərbaycan", {
        "Qəbələ rayonu": ("AZ38##", ("Göydərə", "Qızılqaya-Vəndam", "Yuxarı Bəyləri")),
        "Quba rayonu": ("AZ40##", ("Çaylaqqala", "Alpan-Qırmızı", "Təngəaltı-Yeni")),
        "Bakı şəhəri": ("AZ10##", ("Yeni Günəşli", "Badamdar-2", "Zığ qəsəbəsi")),
    }, ("Nizami küç., ev %#, mənzil %#", "Səməd Vurğun küç. %#", "Azadlıq pr., %##, mənzil %#", "%-ci dalan, ev %#"),
        ("+994 50 ### ## ##", "+994 (55) ###-##-##", "(070) ### ## ##", "+994 51 ### ## ##"),
        ("mail.ru", "gmail.com", "box.az", "mail.az"), "az"),
]}  # fmt: skip

_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһ'",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
                      "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "u", "a", "g", "k", "n", "o", "u", "u",
                      "h", ""], strict=True))  # fmt: skip
_GE = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
               ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s", "t", "u", "p", "k", "gh", "q",
                "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"], strict=True))  # fmt: skip
_AM = dict(zip("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքևօֆ",
               ["a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz", "gh", "ch", "m", "y", "n", "sh",
                "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v", "p", "k", "ev", "o", "f"], strict=True))  # fmt: skip


def latin(s: str) -> str:
    """A plain Latin spelling for an e-mail address."""
    low = s.lower()
    for a, b in (("ə", "e"), ("ı", "i"), ("ş", "sh"), ("ç", "ch"), ("ğ", "g"), ("'", "")):
        low = low.replace(a, b)
    out = [_TRANSLIT.get(ch) or _GE.get(ch) or _AM.get(ch) or ascii_fold(ch) for ch in low]
    return "".join(c for c in "".join(out) if c.isascii() and c.isalnum())


@dataclass(slots=True)
class Person:
    given: str
    family: str  # as this person writes it (feminine for a woman where the language has one)
    patr: str  # patronymic ("" for Georgians)
    father: str  # the father's given name (Georgian forms ask for it)
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str
    town: str
    postcode: str
    nid: str = ""  # СНИЛС / РНОКПП / ідэнтыфікацыйны нумар / ИИН / ПИНФЛ / ПИН / პირადი ნომერი / ՀԾՀ / FİN
    addr: tuple = field(default_factory=tuple)

    @property
    def fio(self) -> str:
        """Family, given, patronymic (the official order)."""
        return " ".join(x for x in (self.family, self.given, self.patr) if x)

    @property
    def io(self) -> str:
        """Given and patronymic: how a patient or colleague is addressed politely."""
        return " ".join(x for x in (self.given, self.patr) if x)

    @property
    def full(self) -> str:
        """Given (patronymic) family: the order of prose and messages."""
        return " ".join(x for x in (self.given, self.patr, self.family) if x)

    @property
    def inits(self) -> str:
        """'И.О.' (one initial when there is no patronymic or it is a separate word)."""
        p = self.patr
        if not p or " " in p or self.culture in ("am",):
            return f"{self.given[0]}."
        return f"{self.given[0]}.{p[0]}."

    def case(self, c: str) -> tuple[str, str, str]:
        return declined(self.given, self.family, self.patr, self.culture, self.female, c)


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), family: str | None = None, home: Person | None = None,
                region: str | None = None, style: int | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc` (`family` a household's masculine family name, `home` a household's
    address); no name word is shared with anyone already drawn for the document (`used`)."""
    c = loc.culture
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[c]
    given = rng.choice(
        [g for g in (fs if female else ms) if not (_words(g) & used)] or (fs if female else ms)
    )
    father = rng.choice(
        [g for g in ms if g != given and not (_words(g) & used)] or [g for g in ms if g != given]
    )
    if family is None:
        family = rng.choice([f for f in fams if not ({f, feminine(f, c)} & used)])
    fam = feminine(family, c) if female else family
    style = (rng.random() < 0.5) if style is None else style
    patr = "" if c == "ge" else patronymic(father, c, female, int(style))
    used |= _words(given) | _words(fam) | {family, feminine(family, c)} | _words(patr)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = latin(given), latin(fam)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(10, 999)}", f"{f}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = region or rng.choice(list(loc.regions))
        pat, towns = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = fill(rng, pat)
    w = Person(given, fam, patr, father, c, female, dob, loc, region, fill(rng, rng.choice(loc.phones)),
               fill(rng, rng.choice(loc.phones)), email, line, town, pc)  # fmt: skip
    w.nid = national_id(rng, w)
    w.addr = address(w)
    return w


def national_id(rng: random.Random, w: Person) -> str:
    c = w.loc.code
    if c == "RU":
        return ids.snils(rng)
    if c == "UA":
        return ids.rnokpp(rng, w.dob, w.female)
    if c == "BY":
        return ids.by_id(rng, w.dob, w.female)
    if c == "KZ":
        return ids.iin(rng, w.dob, w.female)
    if c == "UZ":
        return ids.pinfl(rng, w.dob, w.female)
    if c == "KG":
        return ids.kg_pin(rng, w.dob, w.female)
    if c == "GE":
        return ids.ge_personal(rng)
    if c == "AM":
        return ids.am_social(rng)
    return ids.az_fin(rng)


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c in ("RU", "BY", "KG"):
        town = "г. " if c == "RU" else "г. " if c == "KG" else "в. "
        return (Z(w.postcode), f", {w.region}, {town}", A(w.town), ", ", A(w.line))
    if c == "UA":
        return (Z(w.postcode), f", {w.region}, с. ", A(w.town), ", ", A(w.line))
    if c == "KZ":
        return (Z(w.postcode), f", {w.region}, ", A(w.town), " ауылы, ", A(w.line))
    if c == "UZ":
        return (A(w.line), ", ", A(w.town), f", {w.region}, ", Z(w.postcode))
    if c == "GE":
        return (w.region + ", ", A(w.town), ", ", A(w.line), ", ", Z(w.postcode))
    if c == "AM":
        return (Z(w.postcode), f", {w.region}, ", A(w.town), ", ", A(w.line))
    return (A(w.line), ", ", A(w.town), f", {w.region}, ", Z(w.postcode))


def phone(rng: random.Random, loc: Loc) -> str:
    return fill(rng, rng.choice(loc.phones))
