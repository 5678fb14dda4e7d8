# ruff: noqa: E501  (hand-aligned data tables)
"""Synthetic people and places for the seventy-ninth probe: health text from the Middle East, North Africa,
Turkey and Iran in the region's own languages and scripts (synthetic only; never a real patient, relative or
clinician). Name words are written from knowledge of each naming tradition -- Gulf (Saudi, Emirati) tribal
nisbas with al-, Levantine (Jordanian, Lebanese), Egyptian, Iraqi, Moroccan (Arabic with its French spelling),
Persian (-i, -zadeh, -pour), Hebrew, Turkish and Sorani Kurdish -- each in its native script with the Latin
spelling its passport or e-mail would use, combined at random: never a real person. Not from Faker, not
copied from any other probe (test_probe79 checks every string of probes 1-78's people tables).

Capitals, provinces and countries (الرياض, تهران, İstanbul, Casablanca) are plain text; the districts,
neighbourhoods, villages and streets here are invented and are ADDRESS values. Numbers are random;
identifiers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe79 import ids
from tests.engine.probe79.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

N = tuple[str, str]  # (native script, Latin spelling)

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[N], list[N], list[N]]] = {
    "gulf": (
        [("العنود", "Alanoud"), ("غالية", "Ghalia"), ("مزنة", "Mozna"), ("الجازي", "Aljazi"), ("طرفة", "Tarfa"), ("سلامة", "Salama"), ("نوير", "Nuwair")],
        [("مشاري", "Mishari"), ("عايض", "Ayedh"), ("فهيد", "Fuhaid"), ("دحام", "Dahham"), ("فراج", "Farraj"), ("عقاب", "Oqab"), ("ملفي", "Mulfi"), ("بداح", "Baddah"), ("مسفر", "Misfer"), ("معيض", "Muidh"), ("مناحي", "Manahi")],
        [("القحطاني", "Alqahtani"), ("العتيبي", "Alotaibi"), ("الظاهري", "Aldhaheri"), ("العسيري", "Alasiri"), ("اليامي", "Alyami"), ("الهاجري", "Alhajri"), ("المري", "Almarri"), ("المزروعي", "Almazrouei")]),
    "levant": (
        [("تالا", "Tala"), ("سجى", "Saja"), ("ميسون", "Maysoun"), ("دانة", "Dana"), ("نيفين", "Nivine"), ("سيرين", "Sirine")],
        [("جريس", "Jiryis"), ("نبيه", "Nabih"), ("عبيدة", "Obaida"), ("مؤنس", "Mounes"), ("نضال", "Nidal"), ("ضرار", "Dirar")],
        [("الروسان", "Rousan"), ("الشديفات", "Shdeifat"), ("العجارمة", "Ajarmeh"), ("الأشقر", "Achkar"), ("طربيه", "Tarabay"), ("فضول", "Fadoul"), ("عقيقي", "Akiki"), ("الحمايدة", "Hamaideh")]),
    "egypt": (
        [("هويدا", "Howaida"), ("شيرين", "Shereen"), ("إنجي", "Engy"), ("نهى", "Noha"), ("إجلال", "Eglal"), ("سهير", "Soheir"), ("نعمات", "Neamat"), ("هانم", "Hanem")],
        [("محروس", "Mahrous"), ("رأفت", "Raafat"), ("بيومي", "Bayoumi"), ("فاروق", "Farouk"), ("صفوت", "Safwat"), ("عرفة", "Arafa")],
        [("الجمال", "Elgammal"), ("الدسوقي", "Eldesouky"), ("المنشاوي", "Elmenshawy"), ("عبدالغفار", "Abdelghaffar"), ("طنطاوي", "Tantawy"), ("الشرقاوي", "Elsharkawy"), ("المليجي", "Elmeligy"), ("البحيري", "Elbehairy"), ("الدمرداش", "Eldemerdash"), ("الصاوي", "Elsawy"), ("السنباطي", "Elsonbaty")]),
    "iraq": (
        [("بتول", "Batool"), ("نبراس", "Nibras"), ("رسل", "Rusul"), ("آيات", "Ayat"), ("زهراء", "Zahraa"), ("سرى", "Sura"), ("أطياف", "Atyaf"), ("ضحى", "Dhuha"), ("استبرق", "Istabraq"), ("تبارك", "Tabarak"), ("بنين", "Baneen")],
        [("حيدر", "Haider"), ("مرتضى", "Murtadha"), ("منتظر", "Muntadhar"), ("كرار", "Karrar"), ("علاوي", "Allawi"), ("حسنين", "Hasanain"), ("مقتدى", "Muqtada"), ("ميثم", "Maitham"), ("باقر", "Baqir"), ("سلوان", "Salwan"), ("ضرغام", "Dhirgham")],
        [("الجبوري", "Aljubouri"), ("الدليمي", "Aldulaimi"), ("الساعدي", "Alsaadi"), ("الربيعي", "Alrubaie"), ("الخفاجي", "Alkhafaji"), ("العبيدي", "Alobaidi"), ("الموسوي", "Almousawi"), ("الكناني", "Alkinani"), ("الزبيدي", "Alzubaidi"), ("الجنابي", "Aljanabi"), ("الحسناوي", "Alhasnawi"), ("العگيلي", "Alugaili"), ("اللامي", "Allami"), ("البديري", "Albadiri"), ("الفتلاوي", "Alfatlawi"), ("الياسري", "Alyasiri"), ("المحمداوي", "Almohammadawi"), ("الحلفي", "Alhalfi")]),
    "maghreb": (
        [("حسناء", "Hasnae"), ("فاطنة", "Fatna"), ("الزهرة", "Zohra"), ("يامنة", "Yamna"), ("الضاوية", "Daouia"), ("حفيظة", "Hafida"), ("خدوج", "Khadouj"), ("سعدية", "Saadia")],
        [("امبارك", "M'barek"), ("العربي", "Larbi"), ("الطيب", "Taieb"), ("بوشعيب", "Bouchaib"), ("الميلودي", "Miloudi"), ("الجيلالي", "Jilali"), ("المعطي", "Maati"), ("الهاشمي", "Hachemi"), ("الغالي", "Ghali"), ("الصديق", "Seddik"), ("الطاهر", "Tahar")],
        [("الزموري", "Zemmouri"), ("الحريزي", "Harizi"), ("الدكالي", "Doukkali"), ("اليعقوبي", "Yacoubi"), ("الشاوي", "Chaoui"), ("أمزيان", "Amziane"), ("أوعلي", "Ouali")]),
    "persian": (
        [("ژاله", "Zhaleh"), ("کتایون", "Katayoun"), ("ملیحه", "Maliheh"), ("فخری", "Fakhri"), ("ایراندخت", "Irandokht"), ("صدیقه", "Sedigheh"), ("عفت", "Efat"), ("پوران", "Pouran"), ("نیره", "Nayereh"), ("اعظم", "Azam")],
        [("اردشیر", "Ardeshir"), ("کامبیز", "Kambiz"), ("شاپور", "Shapour"), ("قباد", "Ghobad"), ("فرامرز", "Faramarz"), ("هرمز", "Hormoz"), ("نوذر", "Nozar"), ("عزت‌الله", "Ezatollah"), ("نصرالله", "Nasrollah"), ("اسدالله", "Asadollah")],
        [("قلی‌پور", "Gholipour"), ("یزدان‌پناه", "Yazdanpanah"), ("عباس‌پور", "Abbaspour"), ("طالقانی", "Taleghani"), ("زرگری", "Zargari"), ("ملک‌زاده", "Malekzadeh"), ("خداوردی", "Khodaverdi"), ("فتحی‌زاده", "Fathizadeh"), ("حیدرپور", "Heydarpour"), ("آقاخانی", "Aghakhani"), ("دلاوری", "Delavari"), ("شاه‌محمدی", "Shahmohammadi"), ("لطفی‌پور", "Lotfipour")]),
    "hebrew": (
        [("אורנה", "Orna"), ("מזל", "Mazal"), ("אילנה", "Ilana"), ("בתיה", "Batya"), ("גאולה", "Geula"), ("שושנה", "Shoshana"), ("פנינה", "Penina"), ("חיה", "Chaya"), ("יפה", "Yaffa")],
        [("שמואל", "Shmuel"), ("צבי", "Tzvi"), ("מרדכי", "Mordechai"), ("אליהו", "Eliyahu"), ("עמרם", "Amram"), ("נסים", "Nissim"), ("זאב", "Zeev"), ("פנחס", "Pinchas"), ("זכריה", "Zecharia"), ("גדליה", "Gedalia"), ("ישעיהו", "Yeshayahu")],
        [("דהן", "Dahan"), ("קצנלבוגן", "Katzenelbogen"), ("שרעבי", "Sharabi"), ("חדד", "Hadad"), ("אלבז", "Elbaz"), ("טוויטו", "Tuito"), ("ויסברוד", "Weisbrod"), ("שושן", "Shoshan"), ("גבאי", "Gabay"), ("סויסה", "Swisa"), ("קורח", "Korach"), ("אלקיים", "Elkayam"), ("זילברמן", "Zilberman"), ("טננבאום", "Tenenbaum")]),
    "turkish": (
        [("Fikriye", "Fikriye"), ("Semiha", "Semiha"), ("Türkan", "Türkan"), ("Raziye", "Raziye"), ("Feride", "Feride"), ("Nadide", "Nadide"), ("Nefise", "Nefise"), ("Lütfiye", "Lütfiye"), ("Sıdıka", "Sıdıka"), ("Behiye", "Behiye")],
        [("Rüştü", "Rustu"), ("Cemalettin", "Cemalettin"), ("Hüsnü", "Husnu"), ("Necmettin", "Necmettin"), ("Sabahattin", "Sabahattin"), ("Muzaffer", "Muzaffer"), ("Refik", "Refik"), ("Kadri", "Kadri"), ("Rasim", "Rasim"), ("Mazhar", "Mazhar"), ("Zekeriya", "Zekeriya"), ("Hulusi", "Hulusi"), ("Selahattin", "Selahattin"), ("Tevfik", "Tevfik"), ("Halit", "Halit")],
        [("Çelebioğlu", "Celebioglu"), ("Yazıcıoğlu", "Yazicioglu"), ("Tekeli", "Tekeli"), ("Çakıroğlu", "Cakiroglu"), ("Eryılmaz", "Eryilmaz"), ("Kahveci", "Kahveci"), ("Tunçbilek", "Tuncbilek"), ("Karadağlı", "Karadağlı"), ("Demirtaşoğlu", "Demirtaşoğlu"), ("Çobanoğlu", "Çobanoğlu"), ("Kocabıyık", "Kocabıyık"), ("Altıparmak", "Altıparmak"), ("Sağıroğlu", "Sağıroğlu"), ("Özbilgin", "Özbilgin"), ("Topaloğlu", "Topaloğlu"), ("Hacıosmanoğlu", "Hacıosmanoğlu"), ("Kılıçaslan", "Kılıçaslan"), ("Yüksekdağ", "Yüksekdağ"), ("Boztepe", "Boztepe"), ("Karaçam", "Karaçam"), ("Değirmenci", "Değirmenci"), ("Taşkıran", "Taşkıran")]),
    "kurdish": (
        [("بەفرین", "Bafrin"), ("ڤیان", "Vian"), ("هێرۆ", "Hero"), ("ئاڤێستا", "Avesta"), ("چنار", "Chinar"), ("گوڵاڵە", "Gulala"), ("پەرژین", "Parzhin"), ("سروە", "Sirwa"), ("تریفە", "Trifa"), ("کوێستان", "Kwestan"), ("خەندە", "Khanda")],
        [("هێمن", "Hemin"), ("دلێر", "Diler"), ("ئاراس", "Aras"), ("سەرکەوت", "Sarkawt"), ("پێشەوا", "Peshawa"), ("سۆران", "Soran"), ("ئاوات", "Awat"), ("زریان", "Zryan")],
        [("جاف", "Jaff"), ("دزەیی", "Dizayee"), ("بالەکی", "Balaki"), ("مەریوانی", "Mariwani"), ("قەرەداخی", "Qaradakhi"), ("پشدەری", "Pishdari"), ("بابانی", "Babani"), ("هەڵەبجەیی", "Halabjayi"), ("ڕانیەیی", "Raniyayi"), ("کۆیی", "Koyi"), ("دۆسکی", "Doski"), ("ئامێدی", "Amedi"), ("بەرواری", "Barwari")]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str  # in the documents' language (plain text)
    culture: str
    cities: tuple[str, ...]  # capitals and big cities: plain text
    towns: tuple[str, ...]  # invented districts / neighbourhoods / villages: ADDRESS
    streets: tuple[str, ...]  # fill() patterns: ADDRESS
    phones: tuple[str, ...]
    digits: str  # "ar", "fa" or "" -- how the documents' running text writes numbers
    postcode: str  # fill() pattern ("" when the country has none)
    mails: tuple[str, ...]


LOCS: dict[str, Loc] = {loc.code: loc for loc in [
    Loc("SA", "المملكة العربية السعودية", "gulf", ("الرياض", "جدة", "الدمام", "أبها"),
        ("حي الريحان الشرقي", "حي السنابل الغربي", "حي المروج الجنوبي", "حي الوسيطاء", "حي أم الخيران", "حي الفيحاء الشمالي"),
        ("%### شارع وادي الشعبة", "%### طريق أبو الغيث", "%### شارع الطوال الفرعي", "%### شارع النقيع"),
        ("+966 5# ### ####", "05#-###-####", "05########"), "ar", "1####", ("gmail.com", "hotmail.com", "outlook.sa", "icloud.com")),
    Loc("AE", "الإمارات العربية المتحدة", "gulf", ("أبوظبي", "العين", "الشارقة", "رأس الخيمة"),
        ("منطقة الشويب الجديدة", "ضاحية المقام الشرقية", "منطقة الغرفة الغربية", "حي الفلج القديم"),
        ("فيلا %#، شارع %#", "فيلا %#، سكة %#", "شقة %##، بناية الرمث %"),
        ("+971 5# ### ####", "05# ### ####"), "", "", ("gmail.com", "hotmail.com", "yahoo.com", "eim.ae")),
    Loc("JO", "الأردن", "levant", ("عمّان", "إربد", "الزرقاء"),
        ("ضاحية الياسمين الغربية", "حي نزال الجديد", "خريبة السوق القديمة", "بلدة كفر جايز"),
        ("شارع عبد الرحيم الواكد %#", "شارع الحجاز الفرعي %#", "عمارة %# شارع وادي الحدادة"),
        ("+962 7# ### ####", "07# ### ####"), "", "11###", ("gmail.com", "yahoo.com", "hotmail.com")),
    Loc("LB", "لبنان", "levant", ("بيروت", "طرابلس", "صيدا"),
        ("بلدة عين الرمانة العليا", "بلدة كفرشيما الوسطى", "حي مار مخايل القديم", "بلدة عبيه التحتا"),
        ("شارع الأرز الفرعي، بناية الحلو، الطابق %", "شارع مار الياس الداخلي %#", "بناية صباغ %، شارع البستان"),
        ("+961 3 ### ###", "03-######", "+961 71 ### ###"), "", "#### ####", ("gmail.com", "hotmail.com", "idm.net.lb")),
    Loc("EG", "مصر", "egypt", ("القاهرة", "الجيزة", "الإسكندرية", "المنصورة"),
        ("عزبة النخل الغربية", "كفر الشرفا القبلي", "قرية ميت الحارون", "حي الأمل الجديد"),
        ("%# شارع الترعة البولاقية", "%# شارع عبد الحميد لطفي", "عمارة %# مساكن الضباط"),
        ("010 #### ####", "011########", "+20 12 #### ####"), "ar", "1####", ("gmail.com", "yahoo.com", "hotmail.com")),
    Loc("IQ", "العراق", "iraq", ("بغداد", "البصرة", "النجف"),
        ("حي الجهاد الجنوبي", "حي الغدير الثاني", "منطقة أبو دشير الجديدة", "حي الحسين الشرقي"),
        ("محلة %## زقاق %# دار %#", "محلة %## زقاق % دار %##"),
        ("+964 77# ### ####", "078########", "0790 ### ####"), "ar", "", ("gmail.com", "yahoo.com")),
    Loc("MA", "Maroc", "maghreb", ("Casablanca", "Fès", "Rabat", "Marrakech"),
        ("Hay Essalama Sud", "Derb Sidi Bouzekri", "Douar Ouled Hriz", "Lotissement Al Wifaq Est"),
        ("%#, rue Ibn Toumert Lahlou", "Rés. Yasmine, imm. %#, appt %", "%# Bd Oued Sebou", "%#, Derb Bensouda"),
        ("+212 6## ## ## ##", "06 ## ## ## ##", "07########"), "", "20###", ("gmail.com", "menara.ma", "yahoo.fr", "hotmail.fr")),
    Loc("IR", "ایران", "persian", ("تهران", "اصفهان", "شیراز", "مشهد"),
        ("محله نارمک جنوبی", "شهرک کوثر غربی", "محله جلفای نو", "شهرک گلستان شمالی"),
        ("خیابان لاله، کوچه %#، پلاک %#", "بلوار نسترن، کوچه شقایق %، پلاک %#", "خیابان سرو، بن‌بست %، پلاک %#، واحد %"),
        ("0912 ### ####", "+98 912 ### ####", "0935-###-####"), "fa", "%####-#####", ("gmail.com", "yahoo.com", "chmail.ir")),
    Loc("IL", "ישראל", "hebrew", ("ירושלים", "חיפה", "באר שבע", "תל אביב"),
        ("שכונת נווה עוזיאל", "קריית השקמים", "שכונת גבעת הרקפות", "מושב תל עדשים החדש"),
        ("רחוב הדקל %#", "רחוב הנרקיס %#, דירה %", "שדרות האלונים %#"),
        ("05#-###-####", "+972-5#-###-####", "05# ### ####"), "", "%######", ("gmail.com", "walla.co.il", "012.net.il")),
    Loc("TR", "Türkiye", "turkish", ("İstanbul", "Ankara", "İzmir", "Konya"),
        ("Yenidoğan Mahallesi", "Sarıyurt Mahallesi", "Bahçelievler Kuzey Mah.", "Ilıcaköy"),
        ("Gülbahar Sok. No: %# D: %", "Kırlangıç Cad. No: %##/%", "Menekşe Sok. No: %#"),
        ("0 (5##) ### ## ##", "+90 5## ### ## ##", "05## ### ## ##"), "", "%####", ("gmail.com", "hotmail.com", "yandex.com")),
    Loc("KRD", "هەرێمی کوردستان", "kurdish", ("هەولێر", "سلێمانی", "دهۆک"),
        ("گەڕەکی ئازادی نوێ", "گەڕەکی بەختیاری خوارو", "گوندی قەلاچوالانی سەروو", "گەڕەکی شۆڕش"),
        ("گەڕەک %## کۆڵان %# خانوو %#",),
        ("+964 750 ### ####", "0770 ### ####"), "", "", ("gmail.com", "yahoo.com")),
]}  # fmt: skip

FEMALE_ONLY: set[str] = set()


def tr_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


@dataclass(slots=True)
class Person:
    given: str
    given_lat: str
    father: str
    father_lat: str
    family: str
    family_lat: str
    culture: str
    female: bool
    dob: date
    loc: Loc
    phone: str
    phone2: str
    email: str
    line: str
    town: str
    city: str
    postcode: str
    nid: str
    iban: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def triple(self) -> str:
        """given + father's given + family: the Arabic three-part name."""
        return f"{self.given} {self.father} {self.family}"

    @property
    def nasab(self) -> str:
        link = {"gulf": ("بنت", "بن"), "hebrew": ("בת", "בן")}.get(self.culture)
        if link is None:
            return self.triple
        return f"{self.given} {link[0] if self.female else link[1]} {self.father} {self.family}"

    @property
    def latin(self) -> str:
        return f"{self.given_lat} {self.family_lat}"

    @property
    def passport(self) -> str:
        """The passport line: FAMILY GIVEN in capitals."""
        return f"{self.family_lat.upper()} {self.given_lat.upper()}"


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def national_id(rng: random.Random, loc: Loc, dob: date, female: bool) -> str:
    c = loc.code
    if c == "SA":
        return ids.saudi_id(rng, resident=rng.random() < 0.15)
    if c == "AE":
        return ids.emirates_id(rng, dob.year)
    if c == "IL":
        return ids.teudat_zehut(rng)
    if c == "TR":
        return ids.tc_kimlik(rng)
    if c == "IR":
        return ids.code_melli(rng)
    if c == "EG":
        return ids.egypt_id(rng, dob, female)
    if c == "JO":
        return ("2" if female else "9") + f"{dob.year % 100:02d}" + fill(rng, "#######")  # Jordanian national number
    if c == "LB":
        return fill(rng, "%#######")  # Lebanese civil registry number
    if c == "MA":
        return rng.choice(["BE", "BK", "C", "CD", "J", "BH"]) + fill(rng, "%#####")  # CIN
    return fill(rng, "%###########")  # Iraqi unified national card (IQ, KRD)


def _ascii(s: str) -> str:
    """How a name is spelt in an e-mail address: lower case, no diacritics (Turkish dotless i as i)."""
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _pick(rng: random.Random, names: list[N], used: set[str]) -> N:
    """A name none of whose words is used yet (a small table may run out: then any)."""
    pick = rng.choice([n for n in names if not (_words(n[0]) & used)] or names)
    used |= _words(pick[0])
    return pick


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), family: N | None = None, father: N | None = None,
                home: Person | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word shared with anyone drawn for the document (`used`) unless
    the household shares it (`family`, `father`)."""
    fs, ms, fams = NAMES[loc.culture]
    female = rng.random() < 0.5 if female is None else female
    given = _pick(rng, fs if female else ms, used)
    if father is None:
        father = _pick(rng, ms, used)
    if family is None:
        family = _pick(rng, fams, used)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = _ascii(given[1]).replace("'", ""), _ascii(family[1]).replace(" ", "")
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}", f"{g}{dob.year}"])
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        line, town, city, pc = home.line, home.town, home.city, home.postcode
    else:
        town = rng.choice([t for t in loc.towns if t not in used] or list(loc.towns))
        used.add(town)
        line, city, pc = fill(rng, rng.choice(loc.streets)), rng.choice(loc.cities), fill(rng, loc.postcode)
    ib = ids.iban(rng, {"SA": "SA", "AE": "AE", "TR": "TR", "IL": "IL", "IR": "IR"}.get(loc.code, "SA"))
    return Person(given[0], given[1], father[0], father[1], family[0], family[1], loc.culture, female, dob, loc,
                  fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)), email, line, town, city, pc,
                  national_id(rng, loc, dob, female), ib)  # fmt: skip
