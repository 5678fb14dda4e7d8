"""Synthetic people for probe 2: inline name/place lists for locales neither earlier corpus used.

Locales: South Africa (isiZulu/isiXhosa), Ethiopia (romanised Amharic), Thailand, Indonesia,
Malaysia, Greece (Greek script), Russia and Ukraine (romanised), Israel (romanised Hebrew), Czechia,
Hungary (family name first), Romania, Sweden, Finland, Norway, Turkey, Ireland (Irish-language
names), New Zealand (Māori names), Vietnam (Vietnamese-language dates) and rural US (different
names and formats from the first probe). Names are invented combinations; towns are real (public);
street numbers, postcodes, phones and identifiers are random. Values are `P(type, value)` (PHI) or
`K(value)` (must survive), the first probe's label classes.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe2 import ids

# locale: (female given, male given, family). Gendered family names are (male, female) pairs.
NAMES: dict[str, tuple[list[str], list[str], list[str | tuple[str, str]]]] = {
    "za": (
        ["Nomvula", "Thandeka", "Zanele", "Nosipho", "Lindiwe", "Nomsa"],
        ["Sipho", "Themba", "Mandla", "Lwazi", "Bongani", "Sizwe"],
        ["Dlamini", "Ndlovu", "Khumalo", "Mahlangu", "Nxumalo", "Mkhize", "Ngcobo", "Gqirana"],
    ),
    "et": (
        ["Tigist", "Meseret", "Selamawit", "Hiwot", "Bethlehem"],
        ["Dawit", "Yohannes", "Tesfaye", "Getachew", "Mulugeta", "Berhanu"],
        [],  # Ethiopian names: given + father's given name, no family name
    ),
    "th": (
        ["Siriporn", "Nattaya", "Kanokwan", "Pimchanok", "Ratchanee"],
        ["Somchai", "Anucha", "Thanakorn", "Wichai", "Prasert"],
        ["Srisawat", "Chaiyaporn", "Rattanakul", "Wongsuwan", "Phromma", "Boonmee"],
    ),
    "id": (
        ["Dewi", "Ratna", "Wulandari", "Sri Rahayu", "Kartika"],
        ["Budi", "Agus", "Hendra", "Bambang", "Joko"],
        ["Susanto", "Wijaya", "Hidayat", "Nugroho", "Siregar", "Simanjuntak", "Harahap"],
    ),
    "my": (
        ["Nurul Aisyah", "Siti Hajar", "Farah Nadia", "Kavitha", "Mei Ling"],
        ["Muhammad Hafiz", "Ahmad Firdaus", "Ravi", "Wei Jie", "Azlan"],
        ["Kamaruddin", "Abdullah", "Subramaniam", "Ismail", "Rahim", "Sundaram"],
    ),
    "gr": (
        ["Ελένη", "Δήμητρα", "Βασιλική", "Παρασκευή", "Σταυρούλα"],
        ["Κωνσταντίνος", "Γεώργιος", "Παναγιώτης", "Σπυρίδων", "Αθανάσιος"],
        ["Παπαδημητρίου", "Οικονόμου", "Χριστοδούλου", "Γεωργίου", "Αντωνίου", "Καραγιάννης"],
    ),
    "ru": (
        ["Yekaterina", "Svetlana", "Lyudmila", "Tatyana", "Galina"],
        ["Dmitriy", "Vyacheslav", "Arkadiy", "Gennadiy", "Vladimir"],
        [
            ("Kuznetsov", "Kuznetsova"),
            ("Sokolov", "Sokolova"),
            ("Zhuravlyov", "Zhuravlyova"),
            ("Belousov", "Belousova"),
            ("Vinogradskiy", "Vinogradskaya"),
        ],
    ),
    "ua": (
        ["Olena", "Iryna", "Halyna", "Nataliia", "Oksana"],
        ["Oleksandr", "Mykola", "Bohdan", "Taras", "Yaroslav"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Hrytsenko", "Melnychuk"],
    ),
    "il": (
        ["Tamar", "Shira", "Yael", "Michal", "Noa"],
        ["Avraham", "Yonatan", "Eitan", "Moshe", "Itai"],
        ["Ben-David", "Mizrahi", "Peretz", "Biton", "Ohayon", "Ben-Ami", "Abergel"],
    ),
    "cz": (
        ["Kateřina", "Lucie", "Zdeňka", "Jitka", "Bohumila"],
        ["Jiří", "Tomáš", "Vojtěch", "Radek", "Zdeněk"],
        [
            ("Dvořák", "Dvořáková"),
            ("Novotný", "Novotná"),
            ("Procházka", "Procházková"),
            ("Černý", "Černá"),
            ("Kučera", "Kučerová"),
        ],
    ),
    "hu": (
        ["Erzsébet", "Katalin", "Ildikó", "Zsuzsanna", "Piroska"],
        ["László", "Zoltán", "Gábor", "Ferenc", "Levente"],
        ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Farkas-Bodnár"],
    ),
    "ro": (
        ["Ioana", "Mihaela", "Luminița", "Florentina", "Georgiana"],
        ["Ionuț", "Bogdan", "Dorin", "Cătălin", "Vasile"],
        ["Popescu", "Dumitrescu", "Stoica", "Constantinescu", "Munteanu", "Ene", "Lungu"],
    ),
    "se": (
        ["Ingrid", "Sigrid", "Linnea", "Ebba", "Agneta"],
        ["Gustaf", "Anders", "Björn", "Olof", "Sixten"],
        ["Bergström", "Sjöberg", "Åkesson", "Lundgren", "Holmqvist", "Engström", "af Klercker"],
    ),
    "fi": (
        ["Aino", "Tuulikki", "Marjatta", "Päivi", "Kaisu"],
        ["Juhani", "Eero", "Tapio", "Matti", "Onni"],
        ["Virtanen", "Mäkinen", "Korhonen", "Järvinen", "Heikkilä", "Leinonen"],
    ),
    "no": (
        ["Solveig", "Ingeborg", "Ragnhild", "Sunniva", "Tone"],
        ["Eirik", "Håkon", "Torbjørn", "Sindre", "Ivar"],
        ["Haugen", "Bakken", "Solberg", "Fjeldstad", "Østby", "Kvamme"],
    ),
    "tr": (
        ["Ayşe", "Elif", "Gülşen", "Zeynep", "Hatice"],
        ["Mehmet", "Mustafa", "Emre", "Hüseyin", "Ömer"],
        ["Yılmaz", "Kaya", "Şahin", "Çelik", "Öztürk", "Aydın", "Karakuş"],
    ),
    "ie": (
        ["Saoirse", "Aoife", "Gráinne", "Caoimhe", "Sorcha"],
        ["Cathal", "Donncha", "Ruairí", "Oisín", "Tadhg"],
        ["Ó Ceallaigh", "Mac Cárthaigh", "Breathnach", "Ó Dálaigh", "Kavanagh", "D'Arcy"],
    ),
    "nz": (
        ["Aroha", "Mereana", "Hinewai", "Ngaire", "Kiri"],
        ["Wiremu", "Tamati", "Rawiri", "Hemi", "Manaia"],
        ["Te Whata", "Ngata", "Parata", "Tawhiri", "Te Kani", "Pōmare"],
    ),
    "vi": (
        ["Hồng Nhung", "Thu Trang", "Bích Ngọc"],
        ["Văn Hùng", "Minh Khoa", "Quốc Bảo"],
        ["Đặng", "Võ", "Huỳnh", "Bùi", "Dương"],
    ),
    "us": (
        ["Jolene", "Cheyenne", "Dolores", "Wilhelmina", "Rosalind"],
        ["Clayton", "Rufus", "Obadiah", "Leroy", "Dwayne"],
        ["McKinney", "St Clair", "DeLuca", "LeBlanc", "Whitehorse", "Boudreaux", "Nakamura-Boyd"],
    ),
}

# locale: (streets, [(postcode, city, district)], phones, mobiles, mail domains, country).
# '#' a digit (first of a run never 0), '@' an upper-case letter.
PLACES: dict[str, tuple[list[str], list[tuple[str, str, str]], list[str], list[str], list[str], str]] = {
    "za": (
        ["## Ntemi Piliso Street", "Stand ####, Zone #", "### Vilakazi Street"],
        [
            ("1804", "Soweto", "Orlando West"),
            ("4001", "Durban", "Umlazi"),
            ("5247", "East London", "Mdantsane"),
        ],
        ["011 ### ####", "+27 43 ### ####"],
        ["07# ### ####", "+27 8# ### ####"],
        ["webmail.co.za", "vodamail.co.za"],
        "South Africa",
    ),
    "et": (
        ["Kebele ##, House No. ###", "Woreda ##, House No. ####"],
        [("", "Addis Ababa", "Bole Sub-City"), ("", "Bahir Dar", "Gish Abay"), ("", "Hawassa", "Tabor")],
        ["+251 11 ### ####", "011 ### ####"],
        ["09## ## ## ##", "+251 9## ######"],
        ["ethionet.et", "gmail.com"],
        "Ethiopia",
    ),
    "th": (
        ["###/## Moo #, Tambon Nong Prue", "##/### Soi Sukhumvit ##"],
        [
            ("20150", "Pattaya", "Bang Lamung"),
            ("10110", "Bangkok", "Khlong Toei"),
            ("50200", "Chiang Mai", "Mueang"),
        ],
        ["02 ### ####", "+66 2 ### ####"],
        ["08# ### ####", "+66 8# ### ####"],
        ["hotmail.co.th", "gmail.com"],
        "Thailand",
    ),
    "id": (
        ["Jl. Melati No. ##, RT 0#/RW 0#", "Jl. Cempaka Putih Raya No. ##", "Gg. Mawar II No. #"],
        [
            ("401##", "Bandung", "Kec. Sukasari"),
            ("602##", "Surabaya", "Kel. Gubeng"),
            ("203##", "Medan", "Kec. Medan Baru"),
        ],
        ["(022) #######", "+62 31 #######"],
        ["0812-####-####", "+62 813 #### ####"],
        ["yahoo.co.id", "gmail.com"],
        "Indonesia",
    ),
    "my": (
        ["No. ##, Jalan SS 2/##", "Lot ###, Jalan Raja Muda Musa", "B-##-#, Pangsapuri Seri Mutiara"],
        [
            ("47300", "Petaling Jaya", "Seksyen 2"),
            ("50300", "Kuala Lumpur", "Kampung Baru"),
            ("80100", "Johor Bahru", "Taman Sentosa"),
        ],
        ["03-#### ####", "+60 7-### ####"],
        ["01#-### ####", "+60 1#-### ####"],
        ["yahoo.com.my", "gmail.com"],
        "Malaysia",
    ),
    "gr": (
        ["Ερμού ##", "Λεωφ. Κηφισίας ###", "Αγίου Δημητρίου ##"],
        [
            ("105 6#", "Αθήνα", "Κολωνάκι"),
            ("546 2#", "Θεσσαλονίκη", "Καλαμαριά"),
            ("262 2#", "Πάτρα", "Ψηλαλώνια"),
        ],
        ["21# ### ####", "+30 231 ### ####"],
        ["69# ### ####", "+30 69# ### ####"],
        ["otenet.gr", "yahoo.gr"],
        "Ελλάδα",
    ),
    "ru": (
        ["ul. Sadovaya, d. ##, kv. ##", "pr-t Mira, d. ##, korp. #, kv. ###"],
        [
            ("1900##", "Sankt-Peterburg", "Vasileostrovskiy r-n"),
            ("6200##", "Yekaterinburg", "Akademicheskiy r-n"),
            ("6300##", "Novosibirsk", "Akademgorodok"),
        ],
        ["8 (812) ###-##-##", "+7 343 ###-##-##"],
        ["+7 9## ###-##-##", "8 9## ### ## ##"],
        ["mail.ru", "yandex.ru"],
        "Russia",
    ),
    "ua": (
        ["vul. Khreshchatyk, ##, kv. ##", "prosp. Nauky, ##/#"],
        [
            ("010##", "Kyiv", "Pecherskyi raion"),
            ("790##", "Lviv", "Sykhiv"),
            ("610##", "Kharkiv", "Saltivka"),
        ],
        ["044 ### ## ##", "+380 32 ### ####"],
        ["+380 67 ### ## ##", "050 ### ## ##"],
        ["ukr.net", "i.ua"],
        "Ukraine",
    ),
    "il": (
        ["Rehov HaPalmach ##, dira #", "Sderot Ben Zvi ##"],
        [
            ("61#####", "Tel Aviv", "Florentin"),
            ("91#####", "Jerusalem", "Katamon"),
            ("33#####", "Haifa", "Hadar"),
        ],
        ["03-###-####", "+972 2-###-####"],
        ["05#-###-####", "+972 5#-###-####"],
        ["walla.co.il", "gmail.com"],
        "Israel",
    ),
    "cz": (
        ["Vinohradská ####/##", "Na Příkopě ##", "Lidická ###/#"],
        [
            ("120 00", "Praha", "Vinohrady"),
            ("602 00", "Brno", "Žabovřesky"),
            ("779 00", "Olomouc", "Nová Ulice"),
        ],
        ["2## ### ###", "+420 5## ### ###"],
        ["+420 6## ### ###", "7## ### ###"],
        ["seznam.cz", "centrum.cz"],
        "Česká republika",
    ),
    "hu": (
        ["Andrássy út ##.", "Petőfi Sándor u. ##. #/#", "Rákóczi tér #."],
        [
            ("1062", "Budapest", "VI. kerület"),
            ("4026", "Debrecen", "Nagyerdő"),
            ("6720", "Szeged", "Belváros"),
        ],
        ["(1) ### ####", "+36 52 ### ###"],
        ["+36 30 ### ####", "06 20 ### ####"],
        ["freemail.hu", "citromail.hu"],
        "Magyarország",
    ),
    "ro": (
        ["Str. Lalelelor nr. ##, bl. M#, sc. #, ap. ##", "Calea Victoriei nr. ###", "Bd. Unirii nr. ##"],
        [
            ("0300##", "București", "Sector 3"),
            ("4000##", "Cluj-Napoca", "Mănăștur"),
            ("7000##", "Iași", "Tătărași"),
        ],
        ["021 ### ####", "+40 264 ### ###"],
        ["07## ### ###", "+40 7## ### ###"],
        ["yahoo.ro", "gmail.com"],
        "România",
    ),
    "se": (
        ["Storgatan ##", "Drottninggatan ## lgh 1###", "Vasavägen #B"],
        [
            ("114 ##", "Stockholm", "Östermalm"),
            ("413 ##", "Göteborg", "Majorna"),
            ("753 ##", "Uppsala", "Luthagen"),
        ],
        ["08-### ## ##", "+46 31 ### ## ##"],
        ["07#-### ## ##", "+46 7# ### ## ##"],
        ["telia.com", "bredband.net"],
        "Sverige",
    ),
    "fi": (
        ["Mannerheimintie ## B ##", "Hämeenkatu ## A #", "Koivukuja #"],
        [("00100", "Helsinki", "Kallio"), ("33100", "Tampere", "Hervanta"), ("90100", "Oulu", "Toppila")],
        ["09 ### ####", "+358 3 ### ####"],
        ["040 ### ####", "+358 50 ### ####"],
        ["elisanet.fi", "luukku.com"],
        "Suomi",
    ),
    "no": (
        ["Kirkeveien ##B", "Storgata ##", "Bryggen #"],
        [("0###", "Oslo", "Grünerløkka"), ("50##", "Bergen", "Sandviken"), ("70##", "Trondheim", "Lade")],
        ["22 ## ## ##", "+47 55 ## ## ##"],
        ["9## ## ###", "+47 4## ## ###"],
        ["online.no", "getmail.no"],
        "Norge",
    ),
    "tr": (
        ["Atatürk Cad. No: ##, D: #", "Bağdat Cd. No:###/#", "Gül Sk. No. ##"],
        [("347##", "İstanbul", "Kadıköy"), ("065##", "Ankara", "Çankaya"), ("352##", "İzmir", "Karşıyaka")],
        ["0212 ### ## ##", "+90 312 ### ## ##"],
        ["05## ### ## ##", "+90 5## ### ## ##"],
        ["hotmail.com.tr", "yandex.com.tr"],
        "Türkiye",
    ),
    "ie": (
        ["## Ballymun Road", "Apt ##, The Maltings", "Cnoc na Gréine, ##"],
        [
            ("D09 @#@#", "Dublin", "Glasnevin"),
            ("T12 @#@#", "Cork", "Bishopstown"),
            ("H91 @@##", "Galway", "Salthill"),
        ],
        ["(01) ### ####", "+353 21 ### ####"],
        ["08# ### ####", "+353 8# ### ####"],
        ["eircom.net", "gmail.com"],
        "Ireland",
    ),
    "nz": (
        ["## Karangahape Road", "Flat #, ## Dominion Road", "### Fenton Street"],
        [
            ("1010", "Auckland", "Grey Lynn"),
            ("6011", "Wellington", "Newtown"),
            ("3010", "Rotorua", "Ohinemutu"),
        ],
        ["09 ### ####", "+64 4 ### ####"],
        ["021 ### ####", "+64 27 ### ####"],
        ["xtra.co.nz", "slingshot.co.nz"],
        "New Zealand",
    ),
    "vi": (
        ["## Đường Lê Lợi", "Hẻm ###/## Nguyễn Trãi"],
        [("", "Đà Nẵng", "Quận Hải Châu"), ("", "Cần Thơ", "Quận Ninh Kiều")],
        ["0236 ### ####"],
        ["09# ### ####", "+84 9# ### ## ##"],
        ["gmail.com"],
        "Việt Nam",
    ),
    "us": (
        ["#### County Road ###", "RR # Box ##", "### E Magnolia Blvd Unit ##", "PO Box ####"],
        [
            ("705##", "Lafayette, LA", "Lafayette Parish"),
            ("590##", "Billings, MT", "Yellowstone County"),
            ("293##", "Spartanburg, SC", "Spartanburg County"),
            ("996##", "Kenai, AK", "Kenai Peninsula Borough"),
        ],
        ["(337) ###-####", "406-###-####"],
        ["864.###.####", "(907) ###-####", "+1 337 ### ####"],
        ["aol.com", "outlook.com", "yahoo.com"],
        "United States",
    ),
}


def _words(s: str) -> list[str]:
    return s.split()


MONTHS: dict[str, list[str]] = {
    "en": _words("January February March April May June July August September October November December"),
    "sv": _words("januari februari mars april maj juni juli augusti september oktober november december"),
    "fi": _words(
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
        "syyskuuta lokakuuta marraskuuta joulukuuta"
    ),
    "no": _words("januar februar mars april mai juni juli august september oktober november desember"),
    "cz": _words("ledna února března dubna května června července srpna září října listopadu prosince"),
    "hu": _words(
        "január február március április május június július augusztus szeptember október november december"
    ),
    "ro": _words(
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"
    ),
    "tr": _words("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "gr": _words(
        "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
        "Οκτωβρίου Νοεμβρίου Δεκεμβρίου"
    ),
    "ru": _words(
        "yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya"
    ),
    "ua": _words(
        "sichnia liutoho bereznia kvitnia travnia chervnia lypnia serpnia veresnia zhovtnia lystopada hrudnia"
    ),
    "id": _words("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"),
    "my": _words("Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember"),
    "th": _words("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"),
    "zu": _words(
        "Januwari Februwari Mashi Ephreli Meyi Juni Julayi Agasti Septhemba Okthoba Novemba Disemba"
    ),
}
ET_MONTHS = _words("Meskerem Tikimt Hidar Tahsas Tir Yekatit Megabit Miyazya Ginbot Sene Hamle Nehase Pagume")

LANG_OF = {
    "za": "zu",
    "et": "et",
    "th": "th",
    "id": "id",
    "my": "my",
    "gr": "gr",
    "ru": "ru",
    "ua": "ua",
    "il": "il",
    "cz": "cz",
    "hu": "hu",
    "ro": "ro",
    "se": "sv",
    "fi": "fi",
    "no": "no",
    "tr": "tr",
    "ie": "ie",
    "nz": "nz",
    "vi": "vi",
    "us": "us",
}


def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit (the first of a run never 0), '@' an upper-case letter."""
    out = []
    for i, c in enumerate(pattern):
        if c == "#":
            out.append(rng.choice("0123456789" if i and pattern[i - 1] == "#" else "123456789"))
        else:
            out.append(rng.choice("ACDEFHKNPRTVWXY") if c == "@" else c)
    return "".join(out)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ethiopian(d: date) -> tuple[int, int, int]:
    """(year, month, day) in the Ethiopian calendar (new year on 11 Sep, 12 Sep before a leap year)."""
    ny = date(d.year, 9, 12 if (d.year + 1) % 4 == 0 else 11)
    if d < ny:
        ny = date(d.year - 1, 9, 12 if d.year % 4 == 0 else 11)
    days = (d - ny).days
    return ny.year - 7, days // 30 + 1, days % 30 + 1


def date_forms(d: date, lang: str) -> list[str]:
    """How `lang` writes a full date (each carries day and month: Safe Harbor item 3)."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    en = MONTHS["en"][d.month - 1]
    ey, em, ed = ethiopian(d)
    forms = {
        "sv": [f"{d.day} {m} {d.year}", d.isoformat(), f"{d.day}/{d.month} {d.year}"],
        "fi": [f"{d.day}.{d.month}.{d.year}", f"{d.day}. {m} {d.year}"],
        "no": [f"{d.day}. {m} {d.year}", f"{d:%d.%m.%Y}"],
        "cz": [f"{d.day}. {m} {d.year}", f"{d.day}. {d.month}. {d.year}"],
        "hu": [f"{d.year}. {m} {d.day}.", f"{d:%Y.%m.%d}."],
        "ro": [f"{d.day} {m} {d.year}", f"{d:%d.%m.%Y}"],
        "tr": [f"{d.day} {m} {d.year}", f"{d:%d.%m.%Y}"],
        "gr": [f"{d.day} {m} {d.year}", f"{d.day}/{d.month}/{d.year}"],
        "ru": [f"{d.day} {m} {d.year} g.", f"{d:%d.%m.%Y}"],
        "ua": [f"{d.day} {m} {d.year} r.", f"{d:%d.%m.%Y}"],
        "il": [f"{d:%d.%m.%Y}", f"{d.day}/{d.month}/{d.year}"],
        "id": [f"{d.day} {m} {d.year}", f"{d:%d-%m-%Y}"],
        "my": [f"{d.day} {m} {d.year}", f"{d.day}/{d.month}/{d.year}"],
        "th": [f"{d.day} {m} {d.year}", f"{d:%d/%m/%Y}"],
        "zu": [f"{d:%Y/%m/%d}", f"{d.day} {m} {d.year}"],
        "et": [f"{ET_MONTHS[em - 1]} {ed}, {ey} E.C.", f"{d:%d/%m/%Y} G.C."],
        "ie": [f"{_ord(d.day)} of {en} {d.year}", f"{d:%d/%m/%Y}", f"{d.day} {en[:3]} '{d:%y}"],
        "nz": [f"{d.day}/{d:%m/%Y}", f"{d.day} {en} {d.year}", f"{d.day}-{en[:3]}-{d:%y}"],
        "vi": [f"ngày {d.day} tháng {d.month} năm {d.year}", f"{d.day}/{d.month}/{d.year}"],
        "us": [
            f"{en[:3]}. {_ord(d.day)}, {d.year}",
            f"{d:%m/%d/%Y}",
            f"{d.month}/{d.day}/{d:%y}",
            f"{_ord(d.day)} of {en[:3]} {d.year}",
        ],
    }
    return forms[lang]


def short_forms(d: date, lang: str) -> list[str]:
    """A day and month without a year ("3rd of Feb", "Feb. 3rd", "3 Şubat", "ngày 3 tháng 2")."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    en = MONTHS["en"][d.month - 1][:3]
    forms = {
        "sv": [f"{d.day}/{d.month}", f"den {d.day} {m}"],
        "fi": [f"{d.day}.{d.month}."],
        "no": [f"{d.day}. {m[:3]}."],
        "cz": [f"{d.day}. {d.month}.", f"{d.day}. {m}"],
        "hu": [f"{m} {d.day}-án" if d.day in (1, 2, 5, 11, 12, 15, 21, 22, 25) else f"{m} {d.day}-én"],
        "ro": [f"{d.day} {m}"],
        "tr": [f"{d.day} {m}"],
        "gr": [f"{d.day}/{d.month}"],
        "ru": [f"{d.day} {m}"],
        "ua": [f"{d.day} {m}"],
        "il": [f"{d.day}.{d.month}"],
        "id": [f"{d.day} {m}"],
        "my": [f"{d.day} {m}"],
        "th": [f"{d.day} {m}"],
        "zu": [f"{d.day} {m}"],
        "et": [f"{ET_MONTHS[ethiopian(d)[1] - 1]} {ethiopian(d)[2]}"],
        "ie": [f"{_ord(d.day)} of {en}", f"{d.day} {en}"],
        "nz": [f"{d.day} {en}", f"{d.day}/{d.month}"],
        "vi": [f"ngày {d.day} tháng {d.month}", f"{d.day}/{d.month}"],
        "us": [f"{en}. {_ord(d.day)}", f"{_ord(d.day)} of {en}", f"{d.month}/{d.day}"],
    }
    return forms[lang]


def _family(loc: str, fam: str | tuple[str, str], female: bool) -> str:
    return (fam[1] if female else fam[0]) if isinstance(fam, tuple) else fam


def _full(loc: str, given: str, family: str, father: str, female: bool) -> str:
    """The name as the locale writes it in full."""
    if loc == "hu":
        return f"{family} {given}"
    if loc in ("ru", "ua"):
        suffix = {"ru": ("ovich", "ovna"), "ua": ("ovych", "ivna")}[loc][1 if female else 0]
        return f"{given} {father.rstrip('iy')}{suffix} {family}"
    if loc == "et":
        return f"{given} {father}"
    if loc == "my":
        if family in ("Subramaniam", "Sundaram"):
            return f"{given} {'a/p' if female else 'a/l'} {family}"
        if given in ("Mei Ling", "Wei Jie"):
            return f"Tan {given}"
        return f"{given} {'binti' if female else 'bin'} {family}"
    if loc == "vi":
        return f"{family} {given}"
    if loc == "id" and " " not in given and given in ("Bambang", "Joko", "Ratna"):
        return given  # single-name Indonesians
    return f"{given} {family}"


def person(rng: random.Random, loc: str) -> dict[str, Slot]:
    """Every slot a probe-2 template may name, for one person of locale `loc`."""
    fem, male, fams = NAMES[loc]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    father = rng.choice([g for g in male if g != given])
    family = _family(loc, rng.choice(fams), female) if fams else father
    rel_female = not female
    rel_given = rng.choice([g for g in (fem if rel_female else male) if g not in (given, father)])
    rel_family = family if loc not in ("et", "my") else ""
    if fams and isinstance(fams[0], tuple):
        rel_family = _family(loc, next(f for f in fams if _family(loc, f, female) == family), rel_female)
    rel_father = rng.choice([g for g in male if g not in (given, father, rel_given)])
    name = _full(loc, given, family, father, female)
    rel = (
        _full(
            loc,
            rel_given,
            rel_family or rng.choice([f for f in fams if f != family] or [rel_father]),
            rel_father,
            rel_female,
        )
        if loc not in ("et",)
        else f"{rel_given} {rel_father}"
    )
    streets, towns, phones, mobiles, domains, country = PLACES[loc]
    postcode_pat, city, district = rng.choice(towns)
    lang = LANG_OF[loc]
    dob = date(rng.randint(1929, 2012), rng.randint(1, 12), rng.randint(1, 28))
    visit = date(2023, 3, 1) + timedelta(days=rng.randint(0, 540))
    v2 = visit + timedelta(days=rng.randint(3, 25))
    v3 = v2 + timedelta(days=rng.randint(20, 70))
    fdate = lambda d: P("DATE", rng.choice(date_forms(d, lang)))  # noqa: E731
    local_given = ascii_fold(given.split()[0]).lower() or f"user{rng.randint(10, 99)}"
    local_family = ascii_fold(family.split()[-1]).lower() or "x"
    local = local_given + rng.choice([".", "_", ""]) + local_family + rng.choice(["", str(dob.year % 100)])
    city_value, _, city_tail = city.partition(", ")
    initials = f"{given[0]}. {family}" if loc not in ("hu", "vi", "et") else f"{family} {given[0]}."
    return {
        "loc": loc,
        "lang": lang,
        "female": "1" if female else "",
        "name": P("NAME", name),
        "given": P("NAME", given),
        "family": P("NAME", family),
        "FAMILY": P("NAME", family.upper()),
        "initials": P("NAME", initials),
        "rel": P("NAME", rel),
        "rel_given": P("NAME", rel_given),
        "street": P("ADDRESS", fill(rng, rng.choice(streets))),
        "district": P("ADDRESS", district) if district else "",
        "city": (P("ADDRESS", city_value), f", {city_tail}") if city_tail else P("ADDRESS", city_value),
        "postcode": P("ZIP", fill(rng, postcode_pat)) if postcode_pat else "",
        "country": K(country),
        "phone": P("PHONE", fill(rng, rng.choice(phones))),
        "mobile": P("PHONE", fill(rng, rng.choice(mobiles))),
        "mobile2": P("PHONE", fill(rng, rng.choice(mobiles))),
        "fax": P("FAX", fill(rng, rng.choice(phones))),
        "email": P("EMAIL", f"{local}@{rng.choice(domains)}"),
        "dob": fdate(dob),
        "dob_iso": P("DATE", dob.isoformat()),
        "dob_us": P("DATE", f"{dob:%m/%d/%Y}"),
        "dob_compact": P("DATE", f"{dob:%Y%m%d}"),
        "visit": fdate(visit),
        "visit2": fdate(v2),
        "visit3": fdate(v3),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_ts": P(
            "DATE",
            f"{visit.isoformat()}T{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        ),
        "visit_ics": P(
            "DATE", f"{v2:%Y%m%d}T{rng.randint(8, 16):02d}{rng.choice(['00', '15', '30', '45'])}00"
        ),
        "visit_short": P("DATE", rng.choice(short_forms(v2, lang))),
        "visit_short2": P("DATE", rng.choice(short_forms(v3, lang))),
        "old_age": P("AGE", str(rng.randint(90, 104))),
        "young_age": str(rng.randint(23, 78)),
        "mrn": P(
            "MRN",
            rng.choice(
                [
                    f"{ids.digits(rng, 7)}",
                    f"{ids.token(rng, 1, 'HKMRSTU')}{ids.digits(rng, 6, ids.D)}-{ids.digits(rng, 1, ids.D)}",
                    f"{dob.year % 100:02d}/{ids.digits(rng, 5, ids.D)}",
                ]
            ),
        ),
        "account": P(
            "ACCOUNT", f"{ids.digits(rng, 4)}-{ids.digits(rng, 6, ids.D)}-{ids.digits(rng, 2, ids.D)}"
        ),
        "member": P(
            "HEALTH_PLAN",
            rng.choice(
                [
                    f"{ids.token(rng, 1, 'JKWXYZ')}{ids.digits(rng, 8)}",
                    f"{ids.digits(rng, 3)} {ids.digits(rng, 3, ids.D)} {ids.digits(rng, 4, ids.D)}",
                ]
            ),
        ),
        "medicaid": P("HEALTH_PLAN", ids.digits(rng, 13, "1234")),
        "group": P("HEALTH_PLAN", f"{ids.digits(rng, 6)}-{ids.token(rng, 2, 'ABCDEFGH')}"),
        "claim": P("ID", f"{ids.digits(rng, 2)}{visit:%y}{ids.digits(rng, 9, ids.D)}"),
        "pa_no": P("ID", f"PA{visit:%y}{ids.digits(rng, 7, ids.D)}"),
        "specimen": P("ID", f"S{visit:%y}-{ids.digits(rng, 5)}"),
        "case_no": P("ID", f"{visit.year}-CV-{ids.digits(rng, 5, ids.D)}"),
        "dl": P(
            "LICENSE",
            rng.choice(
                [f"{ids.digits(rng, 9)}", f"{ids.token(rng, 1, 'ABDKLM')}{ids.digits(rng, 8, ids.D)}"]
            ),
        ),
        "plate": P(
            "VEHICLE", rng.choice([fill(rng, "@@@ ##@"), fill(rng, "##-###-##"), fill(rng, "#@@ ###")])
        ),
        "serial": P(
            "DEVICE",
            rng.choice([f"RNV{ids.digits(rng, 6)}", f"{ids.token(rng, 2, 'ABCDEFGH')}{ids.digits(rng, 8)}H"]),
        ),
        "udi": P(
            "DEVICE",
            f"(01)0884{ids.digits(rng, 10, ids.D)}(17){v3:%y%m%d}"
            f"(21){ids.token(rng, 9, 'ABCDEFGH0123456789')}",
        ),
        "android_id": P("DEVICE", ids.token(rng, 16, "0123456789abcdef")),
        "ipv4": P(
            "IP",
            f"{rng.choice([100, 185, 41, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
            f"{rng.randint(1, 254)}",
        ),
        "apikey": P("CREDENTIAL", "sk_live_" + ids.token(rng, 32)),
        "basic": P(
            "CREDENTIAL",
            ids.token(rng, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "==",
        ),
        "dbpass": P("CREDENTIAL", ids.token(rng, 5) + rng.choice("$%^@") + ids.token(rng, 7)),
        "record_url": P(
            "URL",
            f"https://{rng.choice(['minjournal', 'omakanta', 'e-zdravi', 'health-portal'])}"
            f".example/{rng.choice(['journal', 'p', 'record'])}/{ids.digits(rng, 7)}",
        ),
        "npi": ids.npi(rng),
        # national identifiers
        "pnr": P("ID", ids.personnummer(rng, dob)),
        "hetu": P("ID", ids.hetu(rng, dob)),
        "fnr": P("ID", ids.fodselsnummer(rng, dob)),
        "rc": P("ID", ids.rodne_cislo(rng, dob, female)),
        "taj": P("HEALTH_PLAN", ids.taj(rng)),
        "cnp": P("ID", ids.cnp(rng, dob, female)),
        "amka": P("ID", ids.amka(rng, dob)),
        "tz": P("ID", ids.teudat_zehut(rng)),
        "sa_id": P("ID", ids.sa_id(rng, dob, female)),
        "thai_id": P("ID", ids.thai_id(rng)),
        "nik": P("ID", ids.nik(rng, dob, female)),
        "mykad": P("ID", ids.mykad(rng, dob, female)),
        "snils": P("ID", ids.snils(rng)),
        "rnokpp": P("ID", ids.rnokpp(rng, dob, female)),
        "tck": P("ID", ids.tc_kimlik(rng)),
        "ppsn": P("ID", ids.ppsn(rng)),
        "nhi": P("HEALTH_PLAN", ids.nz_nhi(rng)),
        "et_id": P("ID", f"{ids.digits(rng, 4)} {ids.digits(rng, 4, ids.D)} {ids.digits(rng, 4, ids.D)}"),
        "oms": P("HEALTH_PLAN", ids.digits(rng, 16, "7")),
        "bpjs": P("HEALTH_PLAN", f"000{ids.digits(rng, 10)}"),
        "vzp": P("HEALTH_PLAN", ids.digits(rng, 10)),
    }
