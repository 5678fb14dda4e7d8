"""Synthetic people for probe 20: name, town and street lists of our own (no Faker), seeded draws.

Names: twelve groups of given and family names (a US mix of the origins an American hospital sees, names
that are also English words, West and East African, Middle Eastern and Turkish, South Asian, South-East
Asian, East Asian romanised, Slavic and Greek, Iberian and Latin American with multi-part given and family
names, Pacific and Celtic names with apostrophes and particles), written by us; no name word is a name word
of probes 1-17 or 19 (test_probe20 checks). A person draws a group at random, whatever their country, as a
diverse benchmark would; one in eight carries a hyphenated double family name from two groups.

Places: real towns (public) with their region and postcode area in 23 countries, each written in its own
postal format; streets are invented; house numbers, postcode tails, phones, e-mails and identifiers are
random (identifiers with valid check digits where the scheme has one, see ids.py). The two US regions serve
the i2b2-style notes, whose dates are shifted into the future the way the i2b2/n2c2 corpora shift them.

Values are `P(type, value)` (PHI), `K(value)` (must survive) or plain text; see corpus.py for the policy.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe20 import ids

__all__ = ["COUNTRIES", "NAMES", "PLACES", "K", "P", "Slot", "address", "date_forms", "person",
"us_person_short"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# group -> (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (
        ["Jennifer", "Kimberly", "Michelle", "Stephanie", "Melissa", "Tiffany", "Brenda", "Deborah",
         "Carolyn", "Sandra", "Donna", "Cheryl", "Tammy", "Denise", "Rhonda", "Latoya", "Keisha", "Tamika",
         "Ebony", "Imani", "Jazmine", "Aaliyah", "Maricela", "Xiomara", "Marjorie", "Lorraine", "Bernadette",
         "Geraldine", "Kathleen", "Colleen", "Maureen", "Shirley", "Loretta", "Wanda", "Darlene", "Roxanne",
         "Shelby", "Trina", "LaTasha", "Shontae", "Kenisha", "Marisa", "Bobbie", "Tonya", "Ramona"],
        ["Kevin", "Brian", "Gregory", "Timothy", "Jeffrey", "Scott", "Dennis", "Randy", "Gary", "Wayne",
         "Keith", "Craig", "Douglas", "Todd", "Russell", "Tyrone", "Jamal", "Darnell", "Terrence", "Marquis",
         "Andre", "Guillermo", "Efrén", "Leonard", "Vincent", "Raymond", "Francis", "Gerald", "Walter",
         "Harold", "Lawrence", "Stanley", "Clifford", "DaQuan", "LaMarcus", "Jermaine", "Cornelius",
         "Reginald", "Rodney", "Curtis", "Lonnie", "Floyd", "Virgil", "Emmett", "Ignacio", "Abelardo",
         "Mauricio"],
        ["Sullivan", "Donovan", "Callahan", "Mahoney", "Bianchi", "Jefferson", "Whitaker", "Pemberton",
         "Haskins", "Barnwell", "Gaskins", "Dupree", "Landry", "Hebert", "Kowalski", "Amundsen", "Halvorsen",
         "Montemayor", "Zavala", "Ochoa", "Benavides", "Quiñones", "Barrientos", "Cisneros", "Delgado",
         "Coughlin", "Flaherty", "Hennessy", "Carmichael", "Abernathy", "Witherspoon", "Battle", "Grimes",
         "Sweeney", "Riordan", "Rinaldi", "Ciccone", "Lombardo", "Santangelo", "Pellegrino", "Iannucci",
         "Mancuso", "Mulcahy", "Keohane", "Devaney", "Cavanaugh", "Kilpatrick", "Hollingsworth", "Thornbury",
         "Pendergrass", "Satterfield", "Blankenship", "Hatcher", "Puckett", "Spradlin", "Ledbetter",
         "Whitfield", "Merriman", "Lockridge", "Gilchrist", "Stroud", "Kimbrough", "Langston", "Ruffin",
         "Toussaint", "Beauchamp", "Trujillo", "Archuleta", "Valdez", "Serrano", "Olivares", "Esparza",
         "Galindo", "Terrazas", "Bustos"],
    ),
    "word": (
        ["Summer", "Autumn", "Meadow", "Wren", "Ivy", "Poppy", "Honor", "Liberty", "Charity", "Destiny",
         "Harmony", "Precious", "Blessing", "Gift", "Memory", "Patience", "Mercy", "Joy", "Hope", "Faith",
         "Grace", "Dawn", "Crystal", "Amber", "Coral", "Pearl", "Ruby", "Jade", "Willow", "Holly", "Daisy",
         "Lily", "Iris", "Haven", "Sage", "Story"],
        ["Hunter", "Chase", "Gunner", "Ranger", "Forrest", "Colt", "Major", "King", "Deacon", "Marshal",
         "Sterling", "Archer", "Miles", "Bishop", "Justice", "Noble", "River", "Ocean", "Sky", "Stone",
         "Rowan", "Clay", "Frank", "Earnest", "Rusty", "Dusty", "Sunny", "Cash", "Lucky", "Brook"],
        ["Baker", "Fisher", "Mason", "Brooks", "Stone", "Woods", "Rice", "Bush", "Power", "Money", "Strong",
         "Little", "Sharp", "Bird", "Lamb", "Wolfe", "Fox", "Fields", "Moss", "Swan", "Reed", "Frost", "Snow",
         "Winter", "Day", "Hay", "Cook", "Page", "Rich", "Young", "Short", "Long", "Best", "Good", "Hale",
         "Bell", "Bolt", "Cross", "Rose", "Marsh", "Stout", "Sweet", "Gentle", "Wise", "Hardy", "Blank",
         "Church", "Chambers", "Spear", "Trout", "Salmon", "Partridge", "Crane", "Sparrow", "Finch", "Heron",
         "Robin", "Glass", "Steel", "Silver", "Gold", "Rainwater", "Blackwood", "Goodnight", "Lovejoy",
         "Merryweather", "Fairweather", "Toogood", "Lightfoot"],
    ),
    "west_africa": (
        ["Nkechi", "Adebola", "Ama", "Ebunoluwa", "Yetunde", "Abena", "Esi", "Afia", "Adaugo", "Ugonma",
         "Onyinyechi", "Kosisochukwu", "Ebubechukwu", "Chisom", "Ifunanya", "Oyinkansola", "Iyabode",
         "Mojisola", "Omolara", "Bukola", "Temidayo", "Adunni", "Akua", "Afua", "Yaa", "Adjoa", "Serwaa",
         "Enyonam", "Mawuena"],
        ["Somtochukwu", "Ayodele", "Oluwafemi", "Kwame", "Chidi", "Segun", "Kojo", "Kwesi", "Ekow", "Ifeanyi",
         "Onyebuchi", "Chigozie", "Olusegun", "Adewale", "Oluwatobi", "Damilola", "Ayotunde", "Gbenga",
         "Kolawole", "Kwasi", "Nii", "Elikem"],
        ["Okafor", "Chukwu", "Igwe", "Ezeudu", "Fashola", "Oladipo", "Adeniran", "Mensah", "Asante",
         "Boateng", "Agyeman", "Darko", "Appiah", "Okeke", "Adeleke", "Olatunji", "Akintola", "Amoako",
         "Ofori", "Gyamfi", "Kuffour", "Nkrumah", "Uzodimma", "Okoro", "Ibekwe", "Onwuegbuzie", "Nwaneri",
         "Umeh", "Ejiofor", "Adeyinka", "Odusanya", "Oyewole", "Adegoke", "Alabi", "Bamidele", "Olowu",
         "Ayensu", "Quaye", "Tetteh", "Adjei", "Nyarko", "Sarpong", "Acheampong", "Dankwa", "Bediako",
         "Antwi", "Kumah", "Agbodeka"],
    ),
    "east_africa": (
        ["Hirut", "Ayaan", "Fadumo", "Rehema", "Upendo", "Nyambura", "Atieno", "Mulu", "Bezawit", "Tsehay",
         "Almaz", "Genet", "Aster", "Rahel", "Mekdes", "Yeshi", "Hamdi", "Nasteho", "Khadra", "Sahra",
         "Furaha", "Nekesa", "Akinyi", "Jeptoo", "Jelagat", "Kemunto", "Moraa", "Njeri", "Wangari", "Mumbua"],
        ["Liban", "Salim", "Bakari", "Kipchoge", "Ochieng", "Kiprono", "Yonas", "Abebe", "Mesfin", "Girma",
         "Fikru", "Tamrat", "Abdirizak", "Mohamud", "Shire", "Omondi", "Wafula", "Kipkemboi", "Kiplagat",
         "Cheruiyot", "Nyamweya", "Kibet", "Wanyama", "Mugo", "Muriuki", "Macharia"],
        ["Haile", "Desta", "Jama", "Hersi", "Waweru", "Muthoni", "Ngugi", "Nyongesa", "Yusuf", "Gebreyesus",
         "Kebede", "Tsegaye", "Woldemariam", "Asfaw", "Ayele", "Demissie", "Negash", "Abdullahi", "Aden",
         "Adan", "Ogot", "Kimani", "Kinyua", "Gachanja", "Githinji", "Mbugua", "Ndungu", "Karanja", "Lagat",
         "Koech", "Rotich", "Keter", "Kirui"],
    ),
    "mena": (
        ["Samira", "Ebru", "Gülsüm", "Shirin", "Parisa", "Maryam", "Nasrin", "Ghada", "Reem", "Yasmin",
         "Deniz", "Sevgi", "Roya", "Mahsa", "Nadine", "Huda", "Amal", "Suha", "Manal", "Sanaa", "Tuba",
         "Büşra", "Nilüfer", "Azadeh", "Golnar", "Setareh", "Farnaz"],
        ["Khalid", "Yousef", "Bilal", "Burak", "Dariush", "Kourosh", "Behnam", "Arash", "Faisal", "Nabil",
         "Sami", "Kerem", "Volkan", "Farhad", "Babak", "Ayman", "Rami", "Majed", "Anas", "Hakan", "Serkan",
         "Cengiz", "Reza", "Payam", "Siavash", "Kaveh"],
        ["Al-Hashimi", "Khoury", "Nasser", "Mansour", "Shalabi", "Al-Najjar", "El-Sayed", "Kılıç", "Demirci",
         "Kocabaş", "Tehrani", "Rezaei", "Farahani", "Mohammadi", "Kazemi", "Hosseinzadeh", "Barakat",
         "Hijazi", "Toukan", "Karaca", "Erdem", "Güler", "Ahmadi", "Jafari", "Sadeghi", "Navabi"],
    ),
    "south_asia": (
        ["Priya", "Divya", "Sunita", "Farzana", "Nusrat", "Ananya", "Shreya", "Pooja", "Deepa", "Bhavna",
         "Rukhsana", "Sangeeta", "Padma", "Aishwarya", "Nandini", "Shalini", "Rupinder", "Shabnam", "Ruksana",
         "Sabina", "Madhuri", "Vaishali", "Ishani"],
        ["Rajesh", "Suresh", "Arvind", "Harjit", "Manpreet", "Imran", "Rafiq", "Vikram", "Anil", "Ramesh",
         "Sanjay", "Pradeep", "Tanvir", "Mahmud", "Srinivas", "Ashok"],
        ["Subramanian", "Krishnamurthy", "Reddy", "Naidu", "Chowdhury", "Banerjee", "Mukherjee", "Dhillon",
         "Siddiqui", "Hussain", "Patel", "Shah", "Desai", "Pillai", "Nair", "Menon", "Ranganathan",
         "Raghavan", "Ganguly", "Bose", "Gill", "Bajwa", "Rahman", "Talukder", "Ramaswamy", "Balasubramanian",
         "Chakraborty", "Sengupta", "Dasgupta", "Agarwal", "Kapoor", "Malhotra", "Khanna", "Bhatia", "Sethi",
         "Ahluwalia", "Randhawa", "Virk", "Cheema", "Mirza", "Ansari", "Sarker", "Haque"],
    ),
    "se_asia": (
        ["Lorna", "Naruemon", "Wahyuni", "Lan", "Hoa", "Ngoc", "Cherry", "Lovely", "Princess", "Mylene",
         "Malaya", "Wanida", "Supaporn", "Rattana", "Indah", "Puspita", "Ayu", "Phuong", "Yen"],
        ["Rodrigo", "Jericho", "Danilo", "Surasak", "Tuan", "Dung", "Randolf", "Apolinario", "Kiat", "Anurak",
         "Eko", "Dedi", "Rizky", "Phuc"],
        ["Mendoza", "Manalo", "Villareal", "Evangelista", "Srisuk", "Wongsawat", "Rattanakorn", "Setiawan",
         "Kusuma", "Pham", "Hoang", "Dang", "Bui", "Ngo", "Duong", "Phromsuk", "Aquino", "Salonga",
         "Sarmiento", "Buenaventura", "Kittikachorn", "Suksawat", "Saelim", "Thongchai", "Kurniawan",
         "Gunawan", "Lestari", "Huynh"],
    ),
    "east_asia": (
        ["Jing", "Hye-jin", "Aoi", "Yuki", "Sakura", "Na-rae", "Xinyi", "Ruoxi", "Zhiying", "Yanling",
         "Qiuyue", "Ye-jin", "Natsuki", "Ayaka", "Mayu", "Hinata", "Nozomi"],
        ["Jian", "Kenji", "Hiroshi", "Yifan", "Junjie", "Guoqiang", "Mingyuan", "Ruihan", "Shota", "Yusuke",
         "Kazuki", "Naoki", "Masahiro"],
        ["Zhang", "Liu", "Chen", "Huang", "Zhao", "Sun", "Zhuge", "Kim", "Park", "Jang", "Lim", "Shin",
         "Kwon", "Yamamoto", "Yoshida", "Kimura", "Hayashi", "Shimizu", "Ishikawa", "Fujita", "Cheung", "Luo",
         "Zheng", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Yuan", "Pan",
         "Jiang", "Cai", "Cheng", "Nam", "Moon", "Hong", "Song", "Ahn", "Yoo", "Han", "Sasaki", "Yamada",
         "Mori", "Ikeda", "Ishii", "Ogawa", "Okada", "Goto", "Maeda", "Fujii", "Kondo", "Sakamoto", "Aoki",
         "Murakami", "Endo"],
    ),
    "slavic_greek": (
        ["Katarzyna", "Dragana", "Jelena", "Eleni", "Vasiliki", "Dimitra", "Milica", "Snežana", "Despina",
         "Kalliopi", "Justyna", "Dorota", "Izabela", "Grażyna", "Liudmyla", "Vesna", "Ljiljana", "Biljana",
         "Stavroula", "Panagiota", "Chrysoula", "Ivanka"],
        ["Krzysztof", "Tomasz", "Dmitri", "Zoran", "Goran", "Georgios", "Konstantinos", "Athanasios",
         "Dragan", "Miroslav", "Spyridon", "Evangelos", "Jarosław", "Vasyl", "Nenad", "Dejan", "Predrag",
         "Stavros", "Theodoros", "Panagiotis"],
        ["Kamińska", "Wójcik", "Zieliński", "Lewandowski", "Petrović", "Jovanović", "Nikolić", "Georgiou",
         "Konstantinidis", "Szczepański", "Melnyk", "Tkachenko", "Stojanović", "Marković", "Papageorgiou",
         "Karamanlis", "Antonopoulou", "Dąbrowski", "Pawlak", "Krawczyk", "Sikorska", "Hnatyuk", "Sydorenko",
         "Moroz", "Lysenko", "Popović", "Đorđević", "Ilić", "Vlachos", "Stavropoulos", "Christodoulou",
         "Dimitriadis"],
    ),
    "iberian_latam": (
        ["Ana Lucía", "Luz Marina", "María del Carmen", "María José", "Mónica", "Xochitl", "Leire", "Ainara",
         "Maria Aparecida", "Fátima", "Socorro", "Jaqueline", "Gisele", "Iratxe", "Zuriñe"],
        ["Juan Pablo", "José Luis", "João Pedro", "Sebastião", "Raimundo", "Iñaki", "Xabier", "Vinícius",
         "Gonzalo", "Juan Carlos", "José Antonio", "Francisco Javier", "Kauã", "Valdemar", "Ander"],
        ["de la Cruz", "Rodrigues Alves", "Gonçalves", "Ibarguren", "Maldonado", "Zúñiga", "Arellano",
         "Bermúdez", "Castañeda", "Saavedra", "Figueroa", "Azevedo", "de la Fuente", "del Río", "dos Reis",
         "Aranguren", "Zabala", "Agirre", "Mendizábal", "Salgado", "Tavares", "Quintela", "Teixeira",
         "Barbosa", "Guimarães", "Medeiros"],
    ),
    "pacific": (
        ["Mere", "Hine", "Sina", "Malia", "Lagi", "Mele", "Ana-Lisa", "Moana", "Keala", "Makana"],
        ["Tane", "Mikaele", "Nikolasi", "Nikau", "Rangi", "Kahu", "Matiu", "Semisi", "Malakai", "Pita"],
        ["Leota", "Taufa", "Latu", "Vainikolo", "Pomare", "Te Rangi", "Hohaia", "Wihongi", "Moko", "Tuhiwai",
         "Soliai", "Mulitalo", "Tupou", "Kaufusi", "Mahe", "Fonoti"],
    ),
    "celtic": (
        ["Siobhán", "Bethan", "Orla", "Mairéad", "Róisín", "Ailbhe", "Clodagh", "Síle", "Nuala", "Deirdre",
         "Blodwen", "Seren", "Mairi", "Iseabail", "Shona"],
        ["Ciarán", "Rhodri", "Seosamh", "Fionn", "Eoghan", "Cillian", "Darragh", "Éanna", "Feidhlim",
         "Lorcan", "Peadar", "Rónán", "Meurig", "Huw", "Tomos", "Calum"],
        ["O'Driscoll", "Ní Bhriain", "McConaghy", "MacAulay", "Ní Dhomhnaill", "Gallacher", "MacKinnon",
         "O'Keeffe", "Ó Briain", "O'Halloran", "O'Shaughnessy", "McGuinness", "MacPhail", "MacInnes", "Pugh",
         "Menzies"],
    ),
}  # fmt: skip
PARTICLES = {"de", "la", "del", "dos", "da", "do", "te", "ní", "ó", "mac", "ap", "al", "el"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ a capital letter, anything else as is."""
    pools = {"#": D, "%": "23456789", "@": UP}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# every way the probe writes a full date; `date_forms(d)[key]`
def date_forms(d: date) -> dict[str, str]:
    m = MONTHS[d.month - 1]
    return {
        "us": f"{d:%m/%d/%Y}",  # 03/04/2091
        "usn": f"{d.month}/{d.day}/{d.year}",  # 3/4/2091
        "uss": f"{d.month}/{d.day}/{d:%y}",  # 3/4/91
        "iso": d.isoformat(),  # 2091-03-04
        "long": f"{m} {d.day}, {d.year}",  # March 4, 2091
        "longth": f"{m} {_ord(d.day)}, {d.year}",  # March 4th, 2091
        "abbr": f"{m[:3]} {d.day}, {d.year}",  # Mar 4, 2091
        "abbrnc": f"{m[:3]} {d.day} {d.year}",  # Mar 4 2091
        "dmy": f"{d.day} {m[:3]} {d.year}",  # 4 Mar 2091
        "dmyl": f"{d.day} {m} {d.year}",  # 4 March 2091
        "dmyth": f"{_ord(d.day)} {m} {d.year}",  # 4th March 2091
        "up": f"{d:%d}-{m[:3].upper()}-{d.year}",  # 04-MAR-2091
        "upc": f"{d:%d}{m[:3].upper()}{d:%y}",  # 04MAR91
        "cmp": f"{d:%Y%m%d}",  # 20910304
        "md": f"{d.month}/{d.day}",  # 3/4 (no year)
        "mdth": f"{m} {_ord(d.day)}",  # March 4th (no year)
        "dm": f"{d.day} {m}",  # 4 March (no year)
        "dmy_slash": f"{d:%d/%m/%Y}",  # 04/03/2091
        "dmy_dot": f"{d:%d.%m.%Y}",  # 04.03.2091
        "dmy_dash": f"{d:%d-%m-%Y}",  # 04-03-2091
        "ymd_slash": f"{d:%Y/%m/%d}",  # 2091/03/04
        "ymd_dot": f"{d:%Y.%m.%d}",  # 2091.03.04
        "my": f"{m} {d.year}",  # March 2091 (month and year: still PHI)
        "mys": f"{d:%m/%Y}",  # 03/2091
    }


@dataclass(frozen=True, slots=True)
class Country:
    """How one country writes an address, a phone, a date of birth, its identifiers."""

    name: str  # as written at the end of an international address
    towns: list[tuple[str, str, str]]  # (town, region as written in an address, postcode pattern)
    streets: list[str]
    address: str  # layout: {no} house number, {street}, {town}, {region}, {zip}, {unit}
    numbers: tuple[int, int]
    units: tuple[str, ...]  # unit patterns ("" for none)
    phones: tuple[str, ...]
    dob: tuple[str, ...]  # date_forms keys
    mail: tuple[str, ...]
    natid: tuple[str, Callable[[random.Random, date, bool, str, str], str]]
    plan: tuple[str, Callable[[random.Random, date], str]]


def _pat(p: str) -> Callable[[random.Random, date, bool, str, str], str]:
    return lambda r, b, f, g, s: fill(r, p)


def _plan(p: str) -> Callable[[random.Random, date], str]:
    return lambda r, b: fill(r, p)


_US_PHONES = ("(%##) %##-####", "%##-%##-####", "%##.%##.####", "+1 %##-%##-####", "1-%##-%##-####",
              "%## %## ####")  # fmt: skip
_US_ADDR = "{no} {street}{unit}, {town}, {region} {zip}"
_US_UNITS = ("", "", " Apt ##", " Apt. #@", " Unit %", " Ste %#")

PLACES: dict[str, Country] = {
    "US_MA": Country(
        "USA",
        [("Athol", "MA", "0133#"), ("Ware", "MA", "0108#"), ("Webster", "MA", "0157#"),
         ("Leominster", "MA", "0145#"), ("Southbridge", "MA", "0155#"), ("Dracut", "MA", "0182#"),
         ("Tewksbury", "MA", "0187#"), ("Billerica", "MA", "0182#"), ("Saugus", "MA", "0190#"),
         ("Stoneham", "MA", "0218#"), ("Medway", "MA", "0205#"), ("Norwood", "MA", "0206#"),
         ("Walpole", "MA", "0208#"), ("Sharon", "MA", "0206#"), ("Stoughton", "MA", "0207#"),
         ("Holbrook", "MA", "0234#"), ("Abington", "MA", "0235#"), ("Rockland", "MA", "0237#"),
         ("Duxbury", "MA", "0233#"), ("Marshfield", "MA", "0205#"), ("Scituate", "MA", "0206#"),
         ("Weymouth", "MA", "0218#"), ("Braintree", "MA", "0218#"), ("Randolph", "MA", "0236#"),
         ("Dedham", "MA", "0202#"), ("Natick", "MA", "0176#"), ("Framingham", "MA", "0170#"),
         ("Hopkinton", "MA", "0174#"), ("Foxborough", "MA", "0203#"), ("Taunton", "MA", "0278#"),
         ("Rehoboth", "MA", "0276#"), ("Seekonk", "MA", "0277#"), ("Swansea", "MA", "0277#"),
         ("Fairhaven", "MA", "0271#"), ("Wareham", "MA", "0257#"), ("Middleborough", "MA", "0234#")],
        ["Quarry Ridge Rd", "Lantern Hill Dr", "Old Cranberry Ln", "Millpond Rd", "Foundry St",
         "Cider Mill Ln", "Fieldstone Ct", "Hemlock Gorge Rd", "Stillwater Ave", "Orchard Knoll Dr",
         "Sagamore St", "Pequot Ave", "Ironworks Rd", "Cotton Mill Hill", "Bittersweet Ln", "Whippoorwill Dr",
         "Granite Ledge Rd", "Shad Factory Pike"],
        _US_ADDR, (2, 998), _US_UNITS, _US_PHONES, ("us", "usn", "long"),
        ("gmail.com", "yahoo.com", "comcast.net", "verizon.net", "aol.com", "icloud.com"),
        ("SSN", lambda r, b, f, g, s: ids.ssn(r)),
        ("MassHealth ID", _plan("1000########")),
    ),
    "US_NE": Country(
        "USA",
        [("Nashua", "NH", "0306#"), ("Pelham", "NH", "0307#"), ("Windham", "NH", "0308#"), ("Derry", "NH",
         "0303#"),
         ("Londonderry", "NH", "0305#"), ("Hooksett", "NH", "0310#"), ("Cranston", "RI", "0292#"),
         ("Warwick", "RI", "0288#"), ("Coventry", "RI", "0281#"), ("Johnston", "RI", "0291#"),
         ("Woonsocket", "RI", "0289#"), ("Biddeford", "ME", "0400#"), ("Saco", "ME", "0407#"),
         ("Sanford", "ME", "0407#"), ("Kittery", "ME", "0390#"), ("Torrington", "CT", "0679#"),
         ("Naugatuck", "CT", "0677#"), ("Meriden", "CT", "0645#"), ("Enfield", "CT", "0608#"),
         ("Putnam", "CT", "0626#"), ("Willimantic", "CT", "0622#"), ("Bennington", "VT", "0520#"),
         ("Brattleboro", "VT", "0530#"), ("Rutland", "VT", "0570#")],
        ["Tamworth Pond Rd", "Blueberry Ledge Way", "Sheep Davis Rd", "Cranberry Bog Ln", "Mill Race Ct",
         "Candlewood Rd", "Powder Mill Sq", "Tobacco Barn Rd", "Maple Sugar Ln", "Covered Bridge Rd"],
        _US_ADDR, (2, 4998), _US_UNITS, _US_PHONES, ("us", "usn", "long"),
        ("gmail.com", "yahoo.com", "outlook.com", "charter.net", "myfairpoint.net", "hotmail.com"),
        ("SSN", lambda r, b, f, g, s: ids.ssn(r)),
        ("member ID", _plan("@@@#########")),
    ),
    "UK": Country(
        "United Kingdom",
        [("Penrith", "", "CA11 #@@"), ("Thirsk", "", "YO7 #@@"), ("Ripon", "", "HG4 #@@"), ("Skipton", "",
         "BD23 #@@"),
         ("Settle", "", "BD24 #@@"), ("Clitheroe", "", "BB7 #@@"), ("Buxton", "", "SK17 #@@"),
         ("Bakewell", "", "DE45 #@@"), ("Leek", "", "ST13 #@@"), ("Nantwich", "", "CW5 #@@"),
         ("Brecon", "", "LD3 #@@"), ("Llandeilo", "", "SA19 #@@"), ("Tenby", "", "SA70 #@@"),
         ("Totnes", "", "TQ9 #@@"), ("Bodmin", "", "PL31 #@@"), ("Frome", "", "BA11 #@@"),
         ("Shaftesbury", "", "SP7 #@@"), ("Wimborne", "", "BH21 #@@"), ("Ringwood", "", "BH24 #@@"),
         ("Petersfield", "", "GU32 #@@"), ("Midhurst", "", "GU29 #@@"), ("Arundel", "", "BN18 #@@"),
         ("Lewes", "", "BN7 #@@"), ("Faversham", "", "ME13 #@@"), ("Whitstable", "", "CT5 #@@"),
         ("Oswestry", "", "SY11 #@@"), ("Kidderminster", "", "DY10 #@@"), ("Bridgnorth", "", "WV16 #@@"),
         ("Malton", "", "YO17 #@@"), ("Pickering", "", "YO18 #@@")],
        ["Tannery Lane", "Kiln Close", "Rope Walk", "Maltings Court", "Sheepfold Road", "Packhorse Lane",
         "Drovers Way", "Flax Mill Terrace", "Lime Kiln Bank", "Weavers Yard", "Toll Bar Road"],
        "{unit}{no} {street}, {town} {zip}", (1, 140), ("", "", "Flat #, ", "Flat #@, "),
        ("07### ######", "+44 7### ######", "01### ######", "(01###) ######", "+44 (0)1### ######"),
        ("dmy_slash", "dmyl", "dmyth"),
        ("btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "outlook.com", "yahoo.co.uk"),
        ("NHS number", lambda r, b, f, g, s: ids.nhs_number(r)),
        ("Bupa membership no.", _plan("########")),
    ),
    "IE": Country(
        "Ireland",
        [("Ballina", "Co. Mayo", "F26 "), ("Tuam", "Co. Galway", "H54 "), ("Kilrush", "Co. Clare", "V15 "),
         ("Listowel", "Co. Kerry", "V31 "), ("Dingle", "Co. Kerry", "V92 "), ("Bantry", "Co. Cork", "P75 "),
         ("Skibbereen", "Co. Cork", "P81 "), ("Clonakilty", "Co. Cork", "P85 "), ("Youghal", "Co. Cork",
          "P36 "),
         ("Carrick-on-Shannon", "Co. Leitrim", "N41 "), ("Longford", "Co. Longford", "N39 "),
         ("Mullingar", "Co. Westmeath", "N91 "), ("Tullamore", "Co. Offaly", "R35 "),
         ("Portlaoise", "Co. Laois", "R32 "), ("Naas", "Co. Kildare", "W91 "), ("Navan", "Co. Meath", "C15 "),
         ("Dundalk", "Co. Louth", "A91 "), ("Ballinasloe", "Co. Galway", "H53 "),
         ("Nenagh", "Co. Tipperary", "E45 "), ("Thurles", "Co. Tipperary", "E41 ")],
        ["Fairgreen Road", "Bóthar an Mhuilinn", "Convent Hill", "Friary Lane", "Bridewell Street",
         "Fair Hill", "Gallows Hill", "Quay Road"],
        "{no} {street}, {town}, {region}, {zip}", (1, 90), ("",),
        ("08% ### ####", "+353 8% ### ####", "0%# ### ####"),
        ("dmy_slash", "dmyl"),
        ("eircom.net", "gmail.com", "hotmail.com", "yahoo.ie"),
        ("PPSN", lambda r, b, f, g, s: ids.ppsn(r)),
        ("VHI member no.", _plan("########")),
    ),
    "CA": Country(
        "Canada",
        [("Rimouski", "QC", "G5L #@#"), ("Chicoutimi", "QC", "G7H #@#"), ("Rouyn-Noranda", "QC", "J9X #@#"),
         ("Sept-Îles", "QC", "G4R #@#"), ("Drummondville", "QC", "J2B #@#"), ("Rivière-du-Loup", "QC",
          "G5R #@#"),
         ("Shawinigan", "QC", "G9N #@#"), ("Victoriaville", "QC", "G6P #@#"), ("Moncton", "NB", "E1C #@#"),
         ("Antigonish", "NS", "B2G #@#"), ("Kamloops", "BC", "V2C #@#"), ("Nanaimo", "BC", "V9R #@#"),
         ("Penticton", "BC", "V2A #@#"), ("Red Deer", "AB", "T4N #@#"), ("Lethbridge", "AB", "T1J #@#"),
         ("Thunder Bay", "ON", "P7B #@#"), ("Sudbury", "ON", "P3A #@#"), ("Timmins", "ON", "P4N #@#"),
         ("Kenora", "ON", "P9N #@#"), ("Peterborough", "ON", "K9J #@#"), ("Orillia", "ON", "L3V #@#")],
        ["rue des Pruniers", "boulevard des Draveurs", "chemin du Lac-Sinclair", "Tamarack Drive",
         "Muskeg Road", "Chokecherry Crescent", "rue du Vieux-Moulin", "Caribou Trail"],
        "{unit}{no} {street}, {town} {region} {zip}", (10, 2990), ("", "", "#-", "Apt. # - "),
        ("(%##) %##-####", "%##-%##-####", "+1 %## %##-####"),
        ("iso", "long", "dmy_slash"),
        ("videotron.ca", "gmail.com", "shaw.ca", "sympatico.ca", "hotmail.com"),
        ("SIN", lambda r, b, f, g, s: ids.sin(r)),
        ("health card", lambda r, b: ids.ohip(r)),
    ),
    "AU": Country(
        "Australia",
        [("Mudgee", "NSW", "2850"), ("Dubbo", "NSW", "2830"), ("Bathurst", "NSW", "2795"), ("Goulburn",
         "NSW", "2580"),
         ("Wagga Wagga", "NSW", "2650"), ("Albury", "NSW", "2640"), ("Tamworth", "NSW", "2340"),
         ("Armidale", "NSW", "2350"), ("Lismore", "NSW", "2480"), ("Echuca", "VIC", "3564"),
         ("Bendigo", "VIC", "3550"), ("Ballarat", "VIC", "3350"), ("Mildura", "VIC", "3500"),
         ("Shepparton", "VIC", "3630"), ("Warrnambool", "VIC", "3280"), ("Toowoomba", "QLD", "4350"),
         ("Bundaberg", "QLD", "4670"), ("Rockhampton", "QLD", "4700"), ("Gympie", "QLD", "4570"),
         ("Kalgoorlie", "WA", "6430"), ("Geraldton", "WA", "6530"), ("Bunbury", "WA", "6230"),
         ("Mount Gambier", "SA", "5290"), ("Whyalla", "SA", "5600"), ("Devonport", "TAS", "7310")],
        ["Banksia Cres", "Jacaranda Pde", "Ironbark Rd", "Kurrajong St", "Bottlebrush Ave", "Stringybark Way",
         "Coolabah Ct", "Quandong Pl"],
        "{unit}{no} {street}, {town} {region} {zip}", (1, 240), ("", "", "Unit #/", "#/"),
        ("04## ### ###", "+61 4## ### ###", "(0%) #### ####", "+61 % #### ####"),
        ("dmy_slash", "dmyl"),
        ("bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "iinet.net.au"),
        ("DVA file no.", _pat("N@######")),
        ("Medicare", lambda r, b: ids.au_medicare(r)),
    ),
    "NZ": Country(
        "New Zealand",
        [("Timaru", "", "79##"), ("Oamaru", "", "94##"), ("Whanganui", "", "45##"), ("Masterton", "", "58##"),
         ("Taupō", "", "33##"), ("Blenheim", "", "72##"), ("Greymouth", "", "78##"), ("Invercargill", "",
          "98##"),
         ("Levin", "", "55##"), ("Feilding", "", "47##"), ("Ashburton", "", "77##"), ("Te Awamutu", "",
          "38##")],
        ["Kōwhai Terrace", "Pōhutukawa Drive", "Rimu Street", "Mataī Crescent", "Tōtara Heights Road"],
        "{unit}{no} {street}, {town} {zip}", (1, 300), ("", "", "#@/", "Flat #, "),
        ("02# ### ####", "+64 2# ### ####", "(0%) ### ####"),
        ("dmy_slash", "dmyl"),
        ("xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz"),
        ("NHI", lambda r, b, f, g, s: ids.nhi(r)),
        ("Southern Cross member no.", _plan("#########")),
    ),
    "IN": Country(
        "India",
        [("Mysuru", "Karnataka", "5700##"), ("Hubballi", "Karnataka", "5800##"), ("Belagavi", "Karnataka",
         "5900##"),
         ("Davanagere", "Karnataka", "5770##"), ("Kolhapur", "Maharashtra", "4160##"),
         ("Solapur", "Maharashtra", "4130##"), ("Guntur", "Andhra Pradesh", "5220##"),
         ("Nellore", "Andhra Pradesh", "5240##"), ("Kakinada", "Andhra Pradesh", "5330##"),
         ("Warangal", "Telangana", "5060##"), ("Tirunelveli", "Tamil Nadu", "6270##"),
         ("Vellore", "Tamil Nadu", "6320##"), ("Thrissur", "Kerala", "6800##"), ("Kozhikode", "Kerala",
          "6730##"),
         ("Jabalpur", "Madhya Pradesh", "4820##"), ("Gwalior", "Madhya Pradesh", "4740##"),
         ("Udaipur", "Rajasthan", "3130##"), ("Ajmer", "Rajasthan", "3050##"), ("Bikaner", "Rajasthan",
          "3340##")],
        ["7th Cross, Vijayanagar 2nd Stage", "Tilak Road, Shukrawar Peth", "Station Road, Rajendra Nagar",
         "3rd Main, Saraswathipuram", "Lane 4, Shivaji Colony", "MG Road, Civil Lines"],
        "{unit}{no}, {street}, {town}, {region} {zip}", (1, 480),
        ("Flat ##%, Sai Krupa Apts, ", "H.No. ", "Door No. ", "Plot "),
        ("+91 9#### #####", "09#### #####", "+91-9#########", "0%##-#######"),
        ("dmy_slash", "dmy_dash", "dmyl"),
        ("gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"),
        ("Aadhaar", lambda r, b, f, g, s: ids.aadhaar(r)),
        ("ABHA number", _plan("##-####-####-####")),
    ),
    "NG": Country(
        "Nigeria",
        [("Osogbo", "Osun State", ""), ("Abeokuta", "Ogun State", ""), ("Sagamu", "Ogun State", ""),
         ("Ado-Ekiti", "Ekiti State", ""), ("Owerri", "Imo State", ""), ("Umuahia", "Abia State", ""),
         ("Nnewi", "Anambra State", ""), ("Awka", "Anambra State", ""), ("Calabar", "Cross River State", ""),
         ("Uyo", "Akwa Ibom State", ""), ("Makurdi", "Benue State", ""), ("Lokoja", "Kogi State", ""),
         ("Ilorin", "Kwara State", ""), ("Bida", "Niger State", "")],
        ["Adegbite Close, off Ring Road", "Olorunsogo Street, Oke-Fia", "Ugwuaji Crescent",
         "Itam Layout Road", "Ezinifite Avenue", "Alafia Estate Road"],
        "{unit}{no} {street}, {town}, {region}", (1, 60), ("No. ", "Plot ", "Block #, Flat "),
        ("080# ### ####", "+234 80# ### ####", "+234 (0)70# ### ####", "081########"),
        ("dmy_slash", "dmyth"),
        ("yahoo.com", "gmail.com", "hotmail.com"),
        ("NIN", _pat("%##########")),
        ("NHIA no.", _plan("NHIA-########")),
    ),
    "KE": Country(
        "Kenya",
        [("Nakuru", "", ""), ("Meru", "", ""), ("Embu", "", ""), ("Kitale", "", ""), ("Bungoma", "", ""),
         ("Naivasha", "", ""), ("Kericho", "", ""), ("Thika", "", ""), ("Nanyuki", "", ""), ("Voi", "", "")],
        ["Milimani Road", "Kilimo Lane", "Jamhuri Crescent", "Mumias Road", "Kiboswa Close"],
        "{unit}{no}, {street}, {town}", (1, 80), ("House ", "Hse No. ", "Apt #@, Block "),
        ("07## ### ###", "+254 7## ######", "+254 (0) 7## ### ###"),
        ("dmy_slash", "dmyl"),
        ("gmail.com", "yahoo.com", "outlook.com"),
        ("ID no.", _pat("%#######")),
        ("SHA no.", _plan("CR##########-#")),
    ),
    "ZA": Country(
        "South Africa",
        [("Polokwane", "Limpopo", "0699"), ("Mbombela", "Mpumalanga", "1201"), ("Kimberley", "Northern Cape",
         "8301"),
         ("George", "Western Cape", "6529"), ("Knysna", "Western Cape", "6571"), ("Paarl", "Western Cape",
          "7646"),
         ("Makhanda", "Eastern Cape", "6139"), ("Potchefstroom", "North West", "2531"),
         ("Rustenburg", "North West", "0299")],
        ["Protea Avenue", "Kiepersol Street", "Rooibos Crescent", "Bloekom Lane", "Aalwyn Road",
         "Suikerbos Close"],
        "{unit}{no} {street}, {town}, {zip}", (1, 190), ("", "", "Unit # "),
        ("08# ### ####", "+27 8# ### ####", "0%# ### ####"),
        ("dmy_slash", "iso", "dmyl"),
        ("gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za"),
        ("ID number", lambda r, b, f, g, s: ids.za_id(r, b, f)),
        ("medical aid no.", _plan("#########")),
    ),
    "PH": Country(
        "Philippines",
        [("Cabanatuan City", "Nueva Ecija", "3100"), ("Naga City", "Camarines Sur", "4400"),
         ("Legazpi City", "Albay", "4500"), ("Bacolod City", "Negros Occidental", "6100"),
         ("Dumaguete City", "Negros Oriental", "6200"), ("Tagbilaran City", "Bohol", "6300"),
         ("Ormoc City", "Leyte", "6541"), ("Butuan City", "Agusan del Norte", "8600"),
         ("Iligan City", "Lanao del Norte", "9200"), ("Malolos", "Bulacan", "3000"),
         ("San Fernando", "Pampanga", "2000")],
        ["Sampaguita St., Brgy. Mabini", "Ilang-Ilang St., Brgy. Bagong Silang",
         "Narra Ave., Brgy. Poblacion Norte", "Kamagong St., Brgy. Sta. Lucia", "Acacia Lane, Brgy. Malinta"],
        "{unit}{no} {street}, {town}, {region} {zip}", (1, 40), ("Blk # Lot ", "Blk ## Lot ", "Unit #@, "),
        ("09## ### ####", "+63 9## ### ####", "(0##) ###-####"),
        ("long", "us", "dmyl"),
        ("gmail.com", "yahoo.com", "yahoo.com.ph"),
        ("PhilSys no.", _pat("####-####-####-####")),
        ("PhilHealth no.", _plan("##-#########-#")),
    ),
    "BR": Country(
        "Brasil",
        [("Ribeirão Preto", "SP", "140##-###"), ("Uberlândia", "MG", "384##-###"), ("Londrina", "PR",
         "860##-###"),
         ("Maringá", "PR", "870##-###"), ("Joinville", "SC", "892##-###"), ("Blumenau", "SC", "890##-###"),
         ("Caxias do Sul", "RS", "950##-###"), ("Pelotas", "RS", "960##-###"),
         ("Feira de Santana", "BA", "440##-###"), ("Petrolina", "PE", "563##-###"), ("Sorocaba", "SP",
          "180##-###"),
         ("Piracicaba", "SP", "134##-###")],
        ["Rua das Acácias", "Rua Joaquim Nabuco", "Avenida dos Ipês", "Rua Professor Lobato",
         "Rua Sete de Setembro"],
        "{street}, {no}{unit} - {town} - {region}, {zip}", (10, 2400), ("", ", apto ##", ", casa #",
        ", bloco @ apto ##"),
        ("(##) 9####-####", "+55 ## 9####-####", "(##) %###-####"),
        ("dmy_slash",),
        ("uol.com.br", "gmail.com", "bol.com.br", "hotmail.com"),
        ("CPF", lambda r, b, f, g, s: ids.cpf(r)),
        ("CNS", lambda r, b: ids.cns(r)),
    ),
    "MX": Country(
        "México",
        [("Celaya", "Gto.", "380##"), ("Irapuato", "Gto.", "365##"), ("Zacatecas", "Zac.", "980##"),
         ("Tepic", "Nay.", "630##"), ("Colima", "Col.", "280##"), ("Uruapan", "Mich.", "600##"),
         ("Zamora", "Mich.", "596##"), ("Orizaba", "Ver.", "943##"), ("Tehuacán", "Pue.", "757##"),
         ("Tlaxcala", "Tlax.", "900##"), ("Pachuca", "Hgo.", "420##"), ("Cuautla", "Mor.", "627##"),
         ("Lagos de Moreno", "Jal.", "474##")],
        ["Calle Jacarandas", "Avenida Tulipanes", "Calle Fresno", "Privada de los Sauces", "Calle Cedros"],
        "{street} {no}{unit}, {zip} {town}, {region}", (1, 900), ("", " int. #", " depto. #@"),
        ("%## ### ####", "+52 %## ### ####", "(%##) ###-####"),
        ("dmy_slash",),
        ("prodigy.net.mx", "gmail.com", "hotmail.com", "yahoo.com.mx"),
        ("CURP", lambda r, b, f, g, s: ids.curp(r, g, s, b, f)),
        ("NSS", lambda r, b: ids.nss_mx(r, b)),
    ),
    "DE": Country(
        "Deutschland",
        [("Lüneburg", "", "213##"), ("Celle", "", "292##"), ("Goslar", "", "386##"), ("Hameln", "", "317##"),
         ("Detmold", "", "327##"), ("Marburg", "", "350##"), ("Gießen", "", "353##"), ("Fulda", "", "360##"),
         ("Bamberg", "", "960##"), ("Bayreuth", "", "954##"), ("Passau", "", "940##"), ("Landshut", "",
          "840##"),
         ("Kempten", "", "874##"), ("Ravensburg", "", "882##"), ("Konstanz", "", "784##"), ("Tübingen", "",
          "720##")],
        ["Lindenweg", "Am Mühlbach", "Holunderstraße", "Zeisigweg", "Hinter den Gärten"],
        "{street} {no}{unit}, {zip} {town}", (1, 120), ("", "", "a", "b"),
        ("015# #######", "+49 17# #######", "0%### ######", "(0%###) ######"),
        ("dmy_dot",),
        ("web.de", "gmx.de", "t-online.de", "posteo.de"),
        ("Ausweis-Nr.", _pat("L@@##%##@#")),
        ("KVNR", lambda r, b: ids.kvnr(r)),
    ),
    "FR": Country(
        "France",
        [("Périgueux", "", "240##"), ("Angoulême", "", "160##"), ("Niort", "", "790##"), ("Châteauroux", "",
         "360##"),
         ("Bourges", "", "180##"), ("Nevers", "", "580##"), ("Auxerre", "", "890##"), ("Chaumont", "",
          "520##"),
         ("Épinal", "", "880##"), ("Colmar", "", "680##"), ("Vannes", "", "560##"), ("Quimper", "", "290##"),
         ("Lorient", "", "561##"), ("Saint-Brieuc", "", "220##"), ("Laval", "", "530##"), ("Alençon", "",
          "610##")],
        ["rue des Tilleuls", "impasse des Vignerons", "chemin de la Garenne", "allée des Peupliers",
         "rue du Lavoir"],
        "{no}{unit} {street}, {zip} {town}", (1, 140), ("", "", " bis", " ter"),
        ("06 ## ## ## ##", "+33 6 ## ## ## ##", "07.##.##.##.##", "02 ## ## ## ##"),
        ("dmy_slash",),
        ("orange.fr", "free.fr", "laposte.net", "sfr.fr"),
        ("NIR", lambda r, b, f, g, s: ids.nir(r, b, f)),
        ("mutuelle no.", _plan("########")),
    ),
    "JP": Country(
        "Japan",
        [("Takasaki-shi", "Gunma", "370-####"), ("Maebashi-shi", "Gunma", "371-####"),
         ("Utsunomiya-shi", "Tochigi", "320-####"), ("Mito-shi", "Ibaraki", "310-####"),
         ("Kofu-shi", "Yamanashi", "400-####"), ("Matsumoto-shi", "Nagano", "390-####"),
         ("Hamamatsu-shi", "Shizuoka", "430-####"), ("Kurashiki-shi", "Okayama", "710-####"),
         ("Fukuyama-shi", "Hiroshima", "720-####"), ("Hakodate-shi", "Hokkaido", "040-####"),
         ("Koriyama-shi", "Fukushima", "963-####")],
        ["Midorigaoka", "Sakuragi-cho", "Hon-machi", "Asahigaoka", "Minami-dori"],
        "{street} {no}{unit}, {town}, {region} {zip}", (1, 9), ("-##-#", "-#-##", "-##-## Haitsu Sakura ##%"),
        ("090-####-####", "+81 90-####-####", "080-####-####", "0##-###-####"),
        ("ymd_slash", "iso"),
        ("yahoo.co.jp", "gmail.com", "docomo.ne.jp", "icloud.com"),
        ("My Number", lambda r, b, f, g, s: ids.my_number(r)),
        ("insurer no.", _plan("06######")),
    ),
    "KR": Country(
        "South Korea",
        [("Suwon-si", "Gyeonggi-do", "16###"), ("Cheongju-si", "Chungcheongbuk-do", "28###"),
         ("Jeonju-si", "Jeollabuk-do", "54###"), ("Changwon-si", "Gyeongsangnam-do", "51###"),
         ("Gimhae-si", "Gyeongsangnam-do", "50###"), ("Pohang-si", "Gyeongsangbuk-do", "37###"),
         ("Gyeongju-si", "Gyeongsangbuk-do", "38###"), ("Chuncheon-si", "Gangwon-do", "24###"),
         ("Wonju-si", "Gangwon-do", "26###"), ("Gangneung-si", "Gangwon-do", "25###")],
        ["Jungang-ro", "Haengbok-ro", "Sinchon-gil", "Munhwa-ro", "Cheonbyeon-gil"],
        "{unit}{no} {street}, {town}, {region} {zip}", (1, 320), ("Apt 1##-##%, ", "#%#-ho, "),
        ("010-####-####", "+82 10-####-####", "+82-10-####-####"),
        ("ymd_dot", "iso"),
        ("naver.com", "daum.net", "gmail.com", "kakao.com"),
        ("RRN", lambda r, b, f, g, s: ids.rrn(r, b, f)),
        ("NHIS card no.", _plan("#-##########")),
    ),
    "PL": Country(
        "Polska",
        [("Rzeszów", "", "35-###"), ("Kielce", "", "25-###"), ("Radom", "", "26-###"), ("Płock", "",
         "09-###"),
         ("Toruń", "", "87-###"), ("Olsztyn", "", "10-###"), ("Białystok", "", "15-###"), ("Opole", "",
          "45-###"),
         ("Zielona Góra", "", "65-###"), ("Tarnów", "", "33-###"), ("Nowy Sącz", "", "33-###")],
        ["ul. Lipowa", "ul. Kasztanowa", "ul. Jaśminowa", "al. Grunwaldzka", "ul. Młynarska"],
        "{street} {no}{unit}, {zip} {town}", (1, 140), ("", "/#", "/##", " m. #"),
        ("+48 %## ### ###", "%## ### ###", "%##-###-###"),
        ("dmy_dot",),
        ("wp.pl", "onet.pl", "interia.pl", "gmail.com"),
        ("PESEL", lambda r, b, f, g, s: ids.pesel(r, b, f)),
        ("NFZ card no.", _plan("########")),
    ),
    "NL": Country(
        "Nederland",
        [("Enschede", "", "75## @@"), ("Deventer", "", "74## @@"), ("Apeldoorn", "", "73## @@"),
         ("Assen", "", "94## @@"), ("Emmen", "", "78## @@"), ("Venlo", "", "59## @@"), ("Roermond", "",
          "60## @@"),
         ("Heerlen", "", "64## @@"), ("Middelburg", "", "43## @@")],
        ["Kastanjelaan", "Meidoornstraat", "Populierenweg", "Molenstraat", "Vlierbesstraat"],
        "{street} {no}{unit}, {zip} {town}", (1, 220), ("", "", "-@", " bis"),
        ("06-########", "+31 6 ########", "0##-#######"),
        ("dmy_dash",),
        ("ziggo.nl", "kpnmail.nl", "gmail.com", "hetnet.nl"),
        ("BSN", lambda r, b, f, g, s: ids.bsn(r)),
        ("polisnummer", _plan("#########")),
    ),
    "ES": Country(
        "España",
        [("Cáceres", "", "100##"), ("Badajoz", "", "060##"), ("Mérida", "", "068##"), ("Soria", "", "420##"),
         ("Teruel", "", "440##"), ("Huesca", "", "220##"), ("Palencia", "", "340##"), ("Segovia", "",
          "400##"),
         ("Cuenca", "", "160##"), ("Jaén", "", "230##"), ("Lorca", "", "308##")],
        ["C/ de los Almendros", "C/ Alfarería", "Plaza del Olivar", "C/ Majuelo"],
        "{street}, {no}{unit}, {zip} {town}", (1, 90), ("", ", 2º A", ", 3º B", ", bajo", ", 1º izda."),
        ("6## ## ## ##", "+34 6## ### ###", "9## ### ###"),
        ("dmy_slash",),
        ("telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"),
        ("DNI", lambda r, b, f, g, s: ids.dni(r)),
        ("tarjeta sanitaria", _plan("@@@@##########")),
    ),
    "JO": Country(
        "Jordan",
        [("Irbid", "", "211##"), ("Zarqa", "", "131##"), ("Madaba", "", "171##"), ("Karak", "", "611##"),
         ("Aqaba", "", "771##"), ("Jerash", "", "261##"), ("Mafraq", "", "251##")],
        ["Al-Yasmeen St", "Al-Zaytoun St", "Al-Nakheel St", "Al-Rabwa St"],
        "{unit}{no} {street}, {town} {zip}", (1, 90), ("Bldg %#, ", "Apt %, Bldg "),
        ("07# ### ####", "+962 7# ### ####"),
        ("dmy_slash", "dmyl"),
        ("gmail.com", "yahoo.com", "hotmail.com"),
        ("national no.", _pat("9#########")),
        ("insurance card", _plan("JHIC-#######")),
    ),
    "TR": Country(
        "Türkiye",
        [("Eskişehir", "", "26###"), ("Kayseri", "", "38###"), ("Malatya", "", "44###"), ("Sivas", "",
         "58###"),
         ("Trabzon", "", "61###"), ("Denizli", "", "20###"), ("Isparta", "", "32###"), ("Edirne", "",
          "22###"),
         ("Tokat", "", "60###")],
        ["Gül Sokak", "Menekşe Caddesi", "Akasya Sokak", "Çınar Sokak", "Lale Caddesi"],
        "{street} No: {no}{unit}, {zip} {town}", (1, 80), ("", " Daire: #", " D: ##"),
        ("05## ### ## ##", "+90 5## ### ## ##", "0 (5##) ### ## ##"),
        ("dmy_dot",),
        ("hotmail.com", "gmail.com", "yandex.com.tr"),
        ("TC Kimlik No", lambda r, b, f, g, s: ids.tc_kimlik(r)),
        ("SGK no.", _plan("###########")),
    ),
}  # fmt: skip
COUNTRIES = [c for c in PLACES if not c.startswith("US_")]

_EIRCODE = "0123456789ACDEFHKNPRTVWXY"


def _postcode(rng: random.Random, country: str, pattern: str) -> str:
    if country == "IE":
        return pattern + "".join(rng.choice(_EIRCODE) for _ in range(4))
    return fill(rng, pattern)


def address(rng: random.Random, country: str) -> dict[str, Slot]:
    """The person's address: street line, town and postcode as PHI, region and country as plain text, and
    the whole address in the country's layout as a tuple of pieces."""
    c = PLACES[country]
    town, region, zpat = rng.choice(c.towns)
    street = rng.choice(c.streets)
    no = str(rng.randrange(*c.numbers))
    unit = fill(rng, rng.choice(c.units))
    zip_ = _postcode(rng, country, zpat) if zpat else ""
    layout = c.address
    # the street line is everything before the town in the layout, and is one ADDRESS value
    head, tail = layout.split("{town}")
    street_line = head.format(no=no, street=street, unit=unit, zip="{zip}", region=region)
    pieces: list[Slot] = []
    if "{zip}" in street_line:  # "{street}, {no}, {zip} {town}": postcode before the town
        before, after = street_line.split("{zip}")
        pieces += [P("ADDRESS", before.rstrip(" ,-")), before[len(before.rstrip(" ,-")) :], P("ZIP", zip_)]
        pieces += [after] if after else []
    else:
        core = street_line.rstrip(" ,-")
        pieces += [P("ADDRESS", core), street_line[len(core) :]]
    pieces.append(P("ADDRESS", town))
    for part in _split_tail(tail, region, zip_):
        pieces.append(part)
    street_value = next(p for p in pieces if isinstance(p, P))
    return {
        "street": street_value,
        "town": P("ADDRESS", town),
        "zip": P("ZIP", zip_) if zip_ else "",
        "region": region,
        "country": c.name,
        "addr": tuple(pieces),
    }


def _split_tail(tail: str, region: str, zip_: str) -> list[Slot]:
    """The layout after the town: region as text, postcode as ZIP."""
    out: list[Slot] = []
    text = tail.replace("{region}", region)
    if "{zip}" in text:
        a, b = text.split("{zip}")
        out += [a, P("ZIP", zip_), b] if zip_ else [a.rstrip(", ") + b]
    else:
        out.append(text)
    return [x for x in out if x != ""]


def _email(rng: random.Random, given: str, family: str, born: date, domains: tuple[str, ...]) -> str:
    g = ascii_fold(given).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = ascii_fold(family).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{born:%y}", f"{f}.{g}{rng.randrange(1, 99)}",
                        f"{g}_{f[:5]}", f"{g}{rng.randrange(100, 999)}"])  # fmt: skip
    return f"{local}@{rng.choice(domains)}"


def _username(rng: random.Random, given: str, family: str) -> str:
    g = ascii_fold(given).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = ascii_fold(family).lower().replace(" ", "").replace("'", "").replace("-", "")
    n, letter = rng.randrange(2, 99), rng.choice("abcdefghjkmnprstw")
    return rng.choice([f"{g[0]}{f[:7]}{n}", f"{g[:3]}{f[:3]}{n}", f"{f[:6]}{g[0]}{n}", f"{g}.{f}{n}",
                       f"{g[0]}{letter}{f[0]}{n}"])  # fmt: skip


def _words(*names: str) -> set[str]:
    return {w.casefold() for n in names for w in re.split(r"[\s\-']+", n) if len(w) >= 3}


def draw_name(
    rng: random.Random, female: bool, group: str | None = None, avoid: set[str] | None = None
) -> tuple[str, str, str]:
    """(group, given, family); one in eight has a double family name from two groups. No word of the name
    is in `avoid` (the name words a document already uses), which then receives them."""
    avoid = set() if avoid is None else avoid
    for _ in range(50):
        g = group or rng.choice(list(NAMES))
        f, m, fam = NAMES[g]
        given = rng.choice(f if female else m)
        family = rng.choice(fam)
        if rng.random() < 0.125 and " " not in family and "'" not in family:
            other = rng.choice(NAMES[rng.choice(list(NAMES))][2])
            if " " not in other and "'" not in other and other != family:
                family = f"{family}-{other}"
        if not _words(given, family) & avoid:
            break
    avoid |= _words(given, family)
    return g, given, family


def person(
    rng: random.Random,
    country: str,
    *,
    today: date,
    age: tuple[int, int] = (19, 88),
    female: bool | None = None,
    group: str | None = None,
    family: str | None = None,
    avoid: set[str] | None = None,
) -> dict[str, Slot]:
    """One person's slots. `today` fixes the date of the document (i2b2 notes: a shifted future year), so
    the age and date of birth agree; `family` gives a relative the same surname; `avoid` as draw_name."""
    female = rng.random() < 0.5 if female is None else female
    if family:
        avoid = set() if avoid is None else avoid
        avoid -= _words(family)  # the shared surname is the point
        group, given, _ = draw_name(rng, female, group, avoid)
        avoid |= _words(family)
        fam = family
    else:
        group, given, fam = draw_name(rng, female, group, avoid)
    born = today - timedelta(days=365 * rng.randint(*age) + rng.randrange(0, 360))
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    c = PLACES[country]
    mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    east = group == "east_asia"
    forms = date_forms(born)
    natid = c.natid[1](rng, born, female, given, fam)
    out: dict[str, Slot] = {
        "given": P("NAME", given),
        "family": P("NAME", fam),
        "FAMILY": P("NAME", fam.upper()),
        "name": P("NAME", f"{given} {fam}"),
        "name_mi": P("NAME", f"{given} {mi}. {fam}"),
        "name_native": P("NAME", f"{fam} {given}" if east else f"{given} {fam}"),
        "name_inv": P("NAME", f"{fam}, {given}"),
        "NAME_INV": P("NAME", f"{fam.upper()}, {given.upper()}"),
        "name_inv_mi": P("NAME", f"{fam}, {given} {mi}."),
        "name_lower": P("NAME", f"{given} {fam}".lower()),
        "given_lower": P("NAME", given.lower()),
        "NAME_UP": P("NAME", f"{given} {fam}".upper()),
        "init_family": P("NAME", f"{given[0]}. {fam}"),
        "female": female,
        "group": group,
        "mr": "Ms." if female else "Mr.",
        "mrs": rng.choice(["Mrs.", "Ms."]) if female else "Mr.",
        "he": "she" if female else "he",
        "He": "She" if female else "He",
        "his": "her" if female else "his",
        "His": "Her" if female else "His",
        "him": "her" if female else "him",
        "born": born.isoformat(),
        "age": str(years),
        "natid_label": c.natid[0],
        "natid": P("ID", natid),
        "plan_label": c.plan[0],
        "plan": P("HEALTH_PLAN", c.plan[1](rng, born)),
        "phone": P("PHONE", fill(rng, rng.choice(c.phones))),
        "phone2": P("PHONE", fill(rng, rng.choice(c.phones))),
        "email": P("EMAIL", _email(rng, given, fam, born, c.mail)),
        "username": P("USERNAME", _username(rng, given, fam)),
    }
    for key, value in forms.items():
        out[f"dob_{key}"] = P("DATE", value)
    out["dob"] = P("DATE", forms[rng.choice(c.dob)])
    out.update(address(rng, country))
    return out


def us_person_short(
    rng: random.Random, female: bool | None = None, avoid: set[str] | None = None
) -> dict[str, Slot]:
    """A clinician in an i2b2-style note (or a doctor in a short text): a name and its renderings only."""
    female = rng.random() < 0.5 if female is None else female
    _, given, fam = draw_name(rng, female, None, avoid)
    mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    return {
        "given": P("NAME", given),
        "family": P("NAME", fam),
        "FAMILY": P("NAME", fam.upper()),
        "name": P("NAME", f"{given} {fam}"),
        "name_mi": P("NAME", f"{given} {mi}. {fam}"),
        "NAME_UP": P("NAME", f"{given} {fam}".upper()),
        "name_inv": P("NAME", f"{fam}, {given}"),
        "NAME_INV": P("NAME", f"{fam.upper()}, {given.upper()}"),
        "init_family": P("NAME", f"{given[0]}. {fam}"),
        "initials": P("USERNAME", ascii_fold(f"{given[0]}{mi}{fam[0]}").lower()),
        "female": female,
        "mr": "Ms." if female else "Mr.",
        "he": "she" if female else "he",
        "his": "her" if female else "his",
    }
