# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-ninth probe: international patients and medical tourism -- patients
from the Gulf (Saudi, Emirati, Omani, Kuwaiti, Qatari), Nigeria, Ghana, Kenya, Iraq, Libya, Russia, Kazakhstan,
Uzbekistan, Mongolia, Bangladesh, the Maldives, China, Indonesia and the United States, and the staff of hospitals
in India, Thailand, Turkey, Malaysia, Singapore, South Korea, Germany and Mexico (synthetic only; no real patient,
attendant, coordinator or doctor).

Name words as the author knows them from these communities, in Latin transliteration with the variants real
documents show: Gulf names with bin / bint and an Al- / El- / Al particle before the family name, Iraqi and Libyan
triple names, Russian patronymics and feminine -a surnames (also in Cyrillic where the words allow), Kazakh and
Uzbek -ov / -ova and o'g'li / qizi, Mongolian father's-name-first with an initial, Malay bin / binti, Chinese and
Korean family-name-first (with the name in Han characters or Hangul beside it), single-name Indonesians. Particles
(bin, bint, binti, Al, El, o'g'li, qizi) are added when a name is written, not name words of the tables. Combined
at random: never a real person. Every name word was checked against every string of the earlier probes' people
tables before any measurement (test_probe89), and replaced when it was there.

Towns and streets of the patients' homes are invented; countries are real and plain text. Numbers are random;
Saudi ids, Emirates ids, Kuwaiti civil ids, SNILS, Kazakh IINs, Chinese resident ids and US SSNs carry their
scheme's check digits or rules (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe89 import ids
from tests.engine.probe89.ids import fill

__all__ = [
    "DESTS",
    "GROUPS",
    "NAMES",
    "ORIGINS",
    "PATRONYMIC",
    "SCRIPT",
    "Dest",
    "K",
    "Origin",
    "P",
    "Person",
    "Slot",
    "draw_person",
    "fill",
    "plain",
]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gulf": (["Alyazia", "Dhabya", "Maitha", "Shouq", "Bodour", "Sheikhah", "Hamama", "Ghalya", "Rawdha", "Sumayya", "Mouza"],
             ["Jassim", "Suhail", "Dhiyab", "Dhaifallah", "Falah", "Naif", "Zayed", "Fahhad", "Dhari"],
             ["Ketbi", "Mheiri", "Hajri", "Naqbi", "Zaabi", "Muhairi", "Bukhatir", "Lootah", "Ghurair", "Khaja", "Fadhala", "Saqabi", "Shamlan", "Mualla", "Tunaiji", "Marzooqi"]),
    "iraqi": (["Hawraa", "Sabreen", "Fatin", "Noorhan", "Israa", "Athraa"], ["Muntadher", "Ammar", "Muayad", "Raad", "Alaa", "Uday", "Dhurgham"],
              ["Jubouri", "Dulaimi", "Obaidi", "Khafaji", "Saedi", "Zubaidi", "Kinani", "Janabi", "Azzawi", "Mashhadani", "Samarrai", "Hilli", "Karkhi", "Daraji"]),
    "libyan": (["Mabruka", "Mufida", "Fawzia", "Hamida", "Safia"], ["Abdelsalam", "Fathi", "Jumaa", "Abdelhakim", "Wanis", "Abdelbaset", "Salaheddin", "Ezzeddin", "Abdelmonem", "Faraj", "Abdelrazeg", "Gadalla"],
               ["Werfalli", "Zuwawi", "Gheriani", "Tarhouni", "Misrati", "Shaladi", "Senussi", "Barassi", "Obeidi", "Maghrabi", "Fituri", "Zlitni", "Aujali", "Bugaighis", "Mgarief", "Swehli", "Drissi", "Khoja"]),
    "nigerian": (["Ebelechukwu", "Olaide", "Morolake", "Ifechukwude", "Ugonna", "Olabisi", "Nwakaego", "Ogechukwu"], ["Adeolu", "Chukwunonso", "Oluwakayode", "Akinlolu", "Olatunde", "Oluwatosin", "Onyedika", "Adedayo"],
                 ["Olawuyi", "Okpara", "Adebanjo", "Adeosun", "Ogunnaike", "Anozie", "Oyekunle", "Ogundele", "Onuorah", "Nwagwu"]),
    "ghanaian": (["Mansa", "Ewurama", "Kekeli", "Akweley", "Dzidzor", "Fafa", "Efia", "Esaaba"], ["Yaovi", "Elorm", "Kwamina", "Yoofi", "Komla", "Kwashie", "Amarh"],
                 ["Ankomah", "Ocansey", "Amankwah", "Essuman", "Prempeh", "Dadzie", "Ahiadorme", "Fiagbe", "Kudzordzi", "Akakpo", "Kwawukume"]),
    "kenyan": (["Nyawira", "Jepchirchir", "Bosibori", "Wambura", "Chemutai", "Mumbi"], ["Kipsang", "Wanjala", "Ombati", "Obuya", "Kipyegon"],
               ["Nyaga", "Chesang", "Mwaura", "Kirimi", "Koskei", "Makori", "Onsongo", "Oluoch", "Gichohi", "Wanyoike", "Nyakio", "Kipkorir", "Kabogo"]),
    "russian": (["Yevgeniya", "Varvara", "Anfisa", "Raisa", "Taisiya", "Kseniya", "Milana"], ["Svyatoslav", "Arkady", "Innokenty", "Rodion", "Timofei", "Gleb", "Yegor", "Vitaly", "Kirill", "Matvei", "Trofim"],
                ["Kudryavtsev", "Shcherbakov", "Tikhonov", "Lobanov", "Rybakov", "Zaitsev", "Gorshkov", "Vinogradov", "Sobolev", "Merkulov", "Lapshin", "Yermakov", "Shilov", "Bobrov",
                 "Kalashnikov", "Safonov", "Zimin", "Rusakov", "Nesterov", "Pakhomov", "Chernyshev", "Golovin", "Shestakov"]),
    "kazakh": (["Ainur", "Botagoz", "Kamshat", "Akbota", "Aruzhan", "Togzhan", "Dariga", "Meruyert"], ["Aibek", "Zhandos", "Serik", "Berik", "Nurzhan", "Kairat", "Talgat", "Yerbol", "Sanzhar", "Dauren"],
               ["Nurlanov", "Zhaksylykov", "Serikbayev", "Akhmetov", "Zhunusov", "Ospanov", "Yessenov", "Mukhametzhanov", "Tulegenov", "Sarsenbayev", "Orazbekov", "Kenzhebekov", "Suleimenov",
                "Zhumabayev", "Iskakov", "Dzhaksybekov"]),
    "uzbek": (["Mukhlisa", "Gulbahor", "Mavluda", "Ozoda", "Shoira", "Iroda", "Kamola", "Durdona", "Hilola", "Muqaddas", "Mahliyo"],
              ["Shukhrat", "Dilshod", "Bakhodir", "Ilkhom", "Abdulaziz", "Nodirbek", "Islombek", "Azizbek", "Shokhruh", "Mirjalol", "Sanjar", "Elyor", "Hamidulla", "Ravshan", "Temurbek"],
              ["Tashkentov", "Abdullayev", "Khodjayev", "Nazarov", "Umarov", "Ismoilov", "Kholmatov", "Turgunov", "Boboyev", "Mamatqulov", "Jurayev", "Xudoyberdiyev", "Sultonov"]),
    "mongol": (["Tsetsegmaa", "Narantuya", "Solongo", "Gerelmaa", "Uyanga", "Anujin", "Khulan", "Munkhzul", "Nomin", "Ariunaa", "Delgermaa"],
               ["Batbold", "Sukhbaatar", "Altangerel", "Bat-Erdene", "Otgonbayar", "Temuujin", "Battulga", "Baatarkhuu", "Nyamdorj", "Ochirbat"],
               ["Tsogtbaatar", "Damdinsuren", "Gombosuren", "Sodnomdorj", "Chuluunbaatar", "Byambadorj", "Ganzorig", "Jargalsaikhan", "Batsukh", "Dashdondog", "Myagmarsuren", "Baasanjav", "Luvsandash"]),
    "bangla": (["Sharmin", "Jannatul", "Sumaiya", "Afroza", "Tanjila"], ["Mahbubur", "Mostafizur", "Moniruzzaman", "Towhidul", "Tariqul"],
               ["Bepary", "Mahaldar", "Tapader", "Bhuiya", "Mazid", "Akonda", "Pradhania"]),
    "maldivian": (["Aishath", "Mariyam", "Hawwa", "Khadheeja", "Aminath", "Fathimath", "Shiyama", "Mauma", "Nazeeha", "Raushaan", "Shifa", "Saeeda"], ["Moosa", "Shiyam", "Azim", "Riyaz", "Shaheem", "Shafeeq"],
                  ["Manik", "Fulhu", "Kaleyfaan", "Thakurufaan", "Naseer", "Shareef", "Latheef", "Zahir", "Fikry", "Rameez", "Nashid", "Shafeeu", "Haleem"]),
    "chinese": (["Guilan", "Yanping", "Jingyi", "Suqin"], ["Minghui", "Xiaogang", "Yongming", "Chunsheng", "Xuefeng", "Lianjie", "Baoshan"],
                ["Xiahou", "Ximen", "Murong", "Duanmu", "Huangfu", "Yuwen", "Nangong", "Zhongli", "Linghu", "Zhangsun", "Taishi", "Qidiao", "Xuanyuan", "Helian"]),
    "indonesian": (["Puspitasari", "Setyaningsih", "Paini", "Parmi", "Kusniah"], ["Heru", "Hendro", "Yudhoyono", "Sukarno", "Prabowo", "Teguh", "Sugiharto", "Paimin", "Sarwono", "Mulyono"],
                   ["Susilo", "Pranoto", "Saputra", "Nasution", "Lubis", "Ginting", "Purba", "Batubara"]),
    "american": (["Oleander", "Coralee", "Juneau", "Verbena", "Zerelda", "Theodosia", "Olympia"], ["Thelonious", "Leverett", "Tecumseh", "Elbridge"],
                 ["Wojtaszek", "Quackenbush", "Sweetwater", "Cheeseborough", "Pennypacker", "Fensterwald", "Zwickelhofer"]),
    # staff of the destination hospitals
    "tamil": (["Poornima", "Lakshmipriya", "Nithya", "Ilavarasi", "Senthamarai", "Thamarai", "Kuzhali", "Ezhilarasi", "Pavithra", "Karpagam"],
              ["Venkatesan", "Muthukumar", "Sivaraman", "Jayaraman", "Manikandan", "Vadivelu", "Ayyappan"],
              ["Kuppusamy", "Velayudhan", "Chockalingam", "Kasinathan", "Narayanaswamy", "Puthenveettil", "Vazhappilly"]),
    "thai": (["Phatcharaphon", "Wanwisa", "Suphaporn", "Kamonwan", "Thidarat", "Onanong", "Rungnapa", "Prapaporn", "Sasithorn"],
             ["Sompong", "Weerapong", "Saksit", "Phanuwat", "Thitiphong", "Kriangsak", "Bunchuai", "Chalermchai", "Wisarut", "Pornthep", "Adisak"],
             ["Boonyarat", "Chantarasiri", "Pongpanich", "Jitpimolmard", "Srisomboon", "Thammasakul", "Piyasirikul", "Rungruangkit", "Charoenwong", "Chuenchom", "Kiatsuranon"]),
    "turkish": (["Sevda", "Zerrin", "Firdevs", "Bediha", "Gülbahar", "Sabiha", "Hamiyet", "Meliha"], ["Şenol", "Erdinç", "Orhun", "Alparslan", "Kürşat", "Tuğrul"],
                ["Erdoğdu", "Çelikkol", "Şahinkaya", "Toprakçı", "Özyurt", "Bektaşoğlu", "Karamanlıoğlu", "Eskicioğlu", "Tuzcuoğlu", "Abacıoğlu", "Sarıgül"]),
    "malay": (["Zuraidah", "Fadzilah", "Nabilah", "Syazwani", "Salbiah"], ["Hafizuddin", "Fauzi", "Kamaruzaman", "Ridzuan", "Nazri", "Razali"],
              ["Sharifuddin", "Tajuddin", "Nasaruddin", "Kamaluddin", "Rosdi", "Bakar"]),
    "korean": (["Yeonghwa", "Gyeongsuk", "Myeongja", "Okboon", "Sunbok", "Bitna", "Geumja", "Boksun", "Malja", "Yeongsuk", "Jeongrye", "Gapsun", "Kkotnim"],
               ["Do-yun", "Ji-ho", "Yeonghwan", "Deoksu", "Bongsu", "Gwangho", "Manseok", "Dongchul", "Sangmin", "Taesik", "Byeongho", "Gyeongmin", "Seokjin", "Hyeongtae", "Changwook"],
               ["Ko", "Ha", "Gu", "Na", "Ji", "Sa", "Ok"]),
    "german": (["Ermengard", "Hildburg", "Friedlinde", "Isentrud", "Gotlind"], ["Wolfgang", "Wunibald", "Wilderich"],
               ["Hinterhuber", "Oberndorfer", "Aschenbrenner", "Falkenhagen", "Rosenkranz", "Dörrbecker", "Stubenrauch", "Mittelstaedt", "Leuschner", "Kettenbach", "Gansloser", "Pfeiffelmann"]),
    "mexican": (["Metztli", "Izel", "Nahuatzin", "Yazmín", "Tlalli", "Anayansi", "Ixchel", "Mayahuel"], ["Cuitláhuac", "Itzcóatl", "Axayácatl", "Ehécatl", "Moctezuma", "Xicoténcatl", "Huemac"],
                ["Valdovinos", "Ahumada", "Larios", "Cuaxiloa", "Tlaseca", "Huixtlaca", "Tzompa", "Necoechea"]),
}  # fmt: skip
# a Russian father's name -> (son's, daughter's patronymic)
PATRONYMIC = {"Svyatoslav": ("Svyatoslavovich", "Svyatoslavovna"), "Arkady": ("Arkadyevich", "Arkadyevna"), "Innokenty": ("Innokentyevich", "Innokentyevna"),
              "Rodion": ("Rodionovich", "Rodionovna"), "Timofei": ("Timofeyevich", "Timofeyevna"), "Gleb": ("Glebovich", "Glebovna"), "Yegor": ("Yegorovich", "Yegorovna"),
              "Vitaly": ("Vitalyevich", "Vitalyevna"), "Kirill": ("Kirillovich", "Kirillovna"), "Matvei": ("Matveyevich", "Matveyevna"), "Trofim": ("Trofimovich", "Trofimovna")}  # fmt: skip
# the original script of a name word (a name gets its script form only when every word has one)
SCRIPT = {"Guilan": "桂兰", "Yanping": "艳萍", "Jingyi": "静怡", "Suqin": "素琴", "Minghui": "明辉", "Xiaogang": "晓刚", "Yongming": "永明", "Chunsheng": "春生", "Xuefeng": "雪峰",
          "Lianjie": "连杰", "Baoshan": "宝山", "Xiahou": "夏侯", "Ximen": "西门", "Murong": "慕容", "Duanmu": "端木", "Huangfu": "皇甫", "Yuwen": "宇文", "Nangong": "南宫",
          "Zhongli": "钟离", "Linghu": "令狐", "Zhangsun": "长孙", "Taishi": "太史", "Qidiao": "漆雕", "Xuanyuan": "轩辕", "Helian": "赫连",
          "Yeonghwa": "영화", "Gyeongsuk": "경숙", "Myeongja": "명자", "Okboon": "옥분", "Sunbok": "순복", "Bitna": "빛나", "Geumja": "금자", "Boksun": "복순", "Malja": "말자",
          "Yeongsuk": "영숙", "Jeongrye": "정례", "Gapsun": "갑순", "Kkotnim": "꽃님", "Do-yun": "도윤", "Ji-ho": "지호", "Yeonghwan": "영환", "Deoksu": "덕수", "Bongsu": "봉수",
          "Gwangho": "광호", "Manseok": "만석", "Dongchul": "동철", "Sangmin": "상민", "Taesik": "태식", "Byeongho": "병호", "Gyeongmin": "경민", "Seokjin": "석진",
          "Hyeongtae": "형태", "Changwook": "창욱", "Ko": "고", "Ha": "하", "Gu": "구", "Na": "나", "Ji": "지", "Sa": "사", "Ok": "옥",
          "Shcherbakov": "Щербаков", "Tikhonov": "Тихонов", "Lobanov": "Лобанов", "Rybakov": "Рыбаков", "Zaitsev": "Зайцев", "Gorshkov": "Горшков", "Vinogradov": "Виноградов",
          "Sobolev": "Соболев", "Merkulov": "Меркулов", "Yermakov": "Ермаков", "Shilov": "Шилов", "Bobrov": "Бобров", "Safonov": "Сафонов", "Zimin": "Зимин", "Rusakov": "Русаков",
          "Nesterov": "Нестеров", "Pakhomov": "Пахомов", "Chernyshev": "Чернышёв", "Golovin": "Головин", "Shestakov": "Шестаков",
          "Yevgeniya": "Евгения", "Anfisa": "Анфиса", "Kseniya": "Ксения", "Milana": "Милана", "Innokenty": "Иннокентий", "Yegor": "Егор", "Vitaly": "Виталий"}  # fmt: skip
_OV = ("ov", "ev", "in")  # Slavic and Central Asian surnames with a feminine -a


@dataclass(frozen=True, slots=True)
class Origin:
    code: str
    country: str
    cultures: tuple[str, ...]
    towns: tuple[str, ...]
    streets: tuple[str, ...]
    postcode: str  # fill pattern; "" when the country writes none
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    dates: str  # "dmy/" "dmy." "mdy" "iso"
    nat: tuple[str, str]  # (label, type) of the national number
    plan: tuple[str, str, str] | None  # (insurer or payer (keep), label, fill pattern) of a member number
    passport: str
    payers: tuple[str, ...]  # embassies, ministries and insurers that issue guarantees (keep)


ORIGINS: dict[str, Origin] = {o.code: o for o in [
    Origin("SA", "Saudi Arabia", ("gulf",), ("Umm Sidrah", "Ruwaidat Ghamr", "Wadi Fuqmah Heights"), ("Bldg %###, Shaabat Tuffah St", "%### Sidr Orchard Rd, Unit %"), "%####",
           ("+966 5% ### ####", "05%-###-####"), ("gmail.com", "hotmail.com", "outlook.sa"), "dmy/", ("National ID", "ID"), ("Bupa Arabia", "Membership no.", "%########"), "@%######",
           ("Royal Embassy of Saudi Arabia, Health Attaché Office", "Bupa Arabia")),
    Origin("AE", "United Arab Emirates", ("gulf",), ("Ras Ghumaiq", "Khor Buthaib", "Mirfa Sandbanks"), ("Villa %#, Street %#, Ghaf Grove", "Flat %##, Samha Reef Tower"), "",
           ("+971 5% ### ####", "050 ### ####"), ("gmail.com", "eim.example.ae", "yahoo.com"), "dmy/", ("Emirates ID", "ID"), ("Daman", "Thiqa card no.", "%##########"), "@%#######",
           ("UAE Embassy Medical Department", "Daman")),
    Origin("OM", "Oman", ("gulf",), ("Wadi Sayfam", "Birkat Hashem", "Sinaw Dunes"), ("Way %###, House %##", "Block %##, Way %##, Villa %#"), "%##",
           ("+968 9### ####", "+968 7### ####"), ("omantel.example.om", "gmail.com"), "dmy/", ("Civil No.", "ID"), ("Dhofar Insurance", "Member ID", "DI-%######"), "%#######",
           ("Embassy of the Sultanate of Oman, Health Attaché", "Dhofar Insurance")),
    Origin("KW", "Kuwait", ("gulf",), ("Qurain Sharqi", "Umm Ghuwaysah", "Sabahiya Gharbi"), ("Block %, Street %#, House %#", "Block %, Avenue %#, Jaddah %, House %#"), "%####",
           ("+965 ^### ####", "+965 6### ####"), ("gmail.com", "hotmail.com"), "dmy/", ("Civil ID", "ID"), ("Dhaman", "Dhaman card", "%#########"), "P%#######",
           ("Embassy of the State of Kuwait, Health Office", "Kuwait Health Assurance Company")),
    Origin("QA", "Qatar", ("gulf",), ("Umm Qarn Jadid", "Jeryan Batna", "Rawdat Khulaif"), ("Zone %#, Street %##, Building %#", "Zone %#, Street %###, Villa %#"), "",
           ("+974 ^### ####", "+974 3### ####"), ("gmail.com", "qatar.example.net"), "dmy/", ("QID", "ID"), ("QLM", "Member ID", "QLM%#######"), "%#######",
           ("Embassy of the State of Qatar, Medical Attaché", "QLM Life & Medical Insurance")),
    Origin("NG", "Nigeria", ("nigerian",), ("Igbo-Orita", "Amaokpala Nkwo", "Oke-Afoyin"), ("%# Iroko Crescent", "Plot %##, Ube Close", "%# Agbalumo Street, off Market Road"), "%#####",
           ("+234 80# ### ####", "0803 ### ####", "+234 90# ### ####"), ("gmail.com", "yahoo.com"), "dmy/", ("NIN", "ID"), ("Hygeia HMO", "Enrollee ID", "HYG/%#####/@"), "@%########",
           ("Hygeia HMO", "AXA Mansard Health")),
    Origin("GH", "Ghana", ("ghanaian",), ("Nkwantakese Zongo", "Abotareye Junction", "Adumasa Kope"), ("H/No. %#, Odum Lane", "%# Nyamedua Close"), "",
           ("+233 24 ### ####", "+233 55 ### ####", "024 ### ####"), ("gmail.com", "yahoo.com"), "dmy/", ("Ghana Card", "ID"), ("NHIA", "NHIS member no.", "%#######"), "G%#######",
           ("Acacia Health Insurance", "Ghana High Commission")),
    Origin("KE", "Kenya", ("kenyan",), ("Kiganjo Shamba", "Kapsoit Centre", "Mukinduri Market"), ("Plot %##, Mugumo Lane", "House %#, Muthaiga Gardens Close"), "%####",
           ("+254 7## ######", "+254 1## ######", "07## ### ###"), ("gmail.com", "yahoo.com"), "dmy/", ("National ID", "ID"), ("SHA", "SHA member no.", "CR%#########-#"), "AK%######",
           ("Jubilee Health Insurance", "AAR Insurance Kenya")),
    Origin("IQ", "Iraq", ("iraqi",), ("Mahallat Shatt Khazal", "Qaryat Umm Aqrab", "Hayy Nakhla Gharbi"), ("Mahalla %##, Zuqaq %#, House %#", "Mahalla %##, Zuqaq %##, Dar %#"), "%####",
           ("+964 77# ### ####", "+964 78# ### ####"), ("gmail.com", "yahoo.com"), "dmy/", ("National Card", "ID"), None, "@%#######",
           ("Iraqi Ministry of Health, Medical Travel Committee",)),
    Origin("LY", "Libya", ("libyan",), ("Wadi Zamzam Jadid", "Hay Kashlaf", "Souq Rimal Qibli"), ("Shari Ghiran, Building %#", "Hay Zaytun Street %#, House %##"), "",
           ("+218 91-#######", "+218 92-#######"), ("gmail.com", "yahoo.com"), "dmy/", ("National No.", "ID"), None, "%#@#####",
           ("Libyan Embassy, Health Affairs Office",)),
    Origin("RU", "Russia", ("russian",), ("Krasnoborsk-Tomsky", "Pereyaslavka Nizhnyaya", "Ozyornaya Sloboda"), ("ul. Kamyshovaya, d. %#, kv. %##", "pr. Berezovy Klin, d. %##, kv. %#"), "%#####",
           ("+7 9## ###-##-##", "8 9## ### ## ##"), ("mail.ru", "yandex.ru", "gmail.com"), "dmy.", ("SNILS", "SSN"), ("OMS", "OMS policy", "%###############"), "7% #######",
           ("Ingosstrakh", "RESO-Garantia")),
    Origin("KZ", "Kazakhstan", ("kazakh", "russian"), ("Zhanakorgan Batys", "Karabulak Ongtustik", "Koktobe Auyl"), ("mkr. Tulpar-%, d. %#, kv. %#", "ul. Saryarka Zhuldyzy, d. %##"), "%#####",
           ("+7 70# ### ####", "+7 77# ### ####"), ("mail.kz", "gmail.com", "mail.ru"), "dmy.", ("IIN", "SSN"), None, "N%#######",
           ("Freedom Finance Insurance", "Eurasia Insurance Company")),
    Origin("UZ", "Uzbekistan", ("uzbek",), ("Yangiariq Sharqiy", "Chinobod Qishloq", "Bogishamol Mahallasi"), ("Bog'bon ko'chasi %#, xonadon %#", "Yangi Hayot ko'chasi %##"), "%#####",
           ("+998 9# ### ## ##", "+998 33 ### ## ##"), ("mail.ru", "gmail.com"), "dmy.", ("PINFL", "SSN"), None, "FA%######",
           ("Uzbekinvest", "Embassy of Uzbekistan, Consular Section")),
    Origin("MN", "Mongolia", ("mongol",), ("Shar-Khad Valley", "Dambadarjaa North", "Tsagaan-Ovoo Bag"), ("Khoroo %#, Khailaast block %#, apt %#", "Khoroo %, building %##, door %#"), "%####",
           ("+976 99## ####", "+976 88## ####"), ("gmail.com", "yahoo.com"), "dmy.", ("Register No.", "ID"), ("Mongol Daatgal", "Policy no.", "MD-%#######"), "E%######",
           ("Mongol Daatgal", "Embassy of Mongolia, Consular Section")),
    Origin("BD", "Bangladesh", ("bangla",), ("Nayabazar Char", "Dholkhali Ghat", "Shimulia Para"), ("House %#, Road %#, Block @", "Holding %##, Ward %, Kachari Para Road"), "%###",
           ("+880 17## ######", "+880 18## ######", "017## ######"), ("gmail.com", "yahoo.com"), "dmy/", ("NID", "ID"), None, "@@%######",
           ("Green Delta Insurance", "Bangladesh High Commission")),
    Origin("MV", "Maldives", ("maldivian",), ("Fehendhoo Lagoon Ward", "Maagiri Ward", "Dhiggaru North"), ("Ma. Reethigas, Hulhangu Magu %#", "G. Sosunge, Fareedhee Magu %#"), "2####",
           ("+960 7## ####", "+960 9## ####"), ("gmail.com", "dhiraagu.example.mv"), "dmy/", ("NID", "ID"), ("Aasandha", "Aasandha no.", "A%######"), "E%######",
           ("Aasandha", "Maldives High Commission")),
    Origin("CN", "China", ("chinese",), ("Qinghe Wanzhen", "Shuangliu Nanxiang", "Baishui Cun"), ("No. %## Xinghua Alley, Unit %, Room %##", "Building %#, Lane %##, Lianhua East Road"), "%#####",
           ("+86 13# #### ####", "+86 18# #### ####"), ("qq.com", "163.com", "126.com"), "iso", ("Resident ID", "ID"), ("Ping An Health", "Policy no.", "P%##########"), "E%#######",
           ("Ping An Health", "China Taiping")),
    Origin("ID", "Indonesia", ("indonesian",), ("Cibeureum Hilir", "Cigadog Wetan", "Tanjung Rejo Lor"), ("Jl. Kenari Raya No. %#, RT 0%/RW 0%", "Jl. Flamboyan Gg. %, No. %#"), "%####",
           ("+62 81# #### ####", "+62 85# #### ###", "0812-####-####"), ("gmail.com", "yahoo.co.id"), "dmy/", ("NIK", "ID"), ("BPJS Kesehatan", "BPJS no.", "000%#########"), "@%######",
           ("BPJS Kesehatan", "Allianz Indonesia")),
    Origin("US", "United States", ("american",), ("Pinecastle Bluff", "Otter Tail Crossing", "Wapsipinicon Ferry"), ("%### Larkspur Bend Rd", "%## Tamarack Hollow Ln, Apt %"), "%####",
           ("(^##) ^##-####", "+1 ^##-^##-####"), ("gmail.com", "comcast.net", "icloud.com"), "mdy", ("SSN", "SSN"), ("Blue Cross Blue Shield of Texas", "Member ID", "@@@%########"), "%########",
           ("GeoBlue", "Cigna Global Health")),
]}  # fmt: skip
US_STATES = ["TX", "AZ", "NM", "CA", "NV"]


@dataclass(frozen=True, slots=True)
class Dest:
    code: str
    city: str  # the destination city of treatment: plain text (keep)
    cultures: tuple[str, ...]
    hospitals: tuple[str, ...]
    hotels: tuple[str, ...]
    currency: str
    mrn: tuple[str, str]  # (label, fill pattern)
    phones: tuple[str, ...]
    domain: str
    visa: tuple[str, str, str]  # (patient's visa (keep), attendant's visa (keep), visa number pattern)
    lic: tuple[str, str]  # (a doctor's registration label, pattern)


DESTS: dict[str, Dest] = {d.code: d for d in [
    Dest("IN", "Chennai", ("tamil",), ("MIOT International", "Kauvery Hospital", "Apollo Proton Cancer Centre"), ("Hyatt Regency Chennai", "The Park Chennai", "Radisson Blu Chennai"),
         "INR", ("UHID", "MIOT.%#########"), ("+91 9#### #####", "+91 8#### #####"), "miot-intl.example.in", ("e-Medical Visa", "e-Medical Attendant Visa", "@@%###@####IN"), ("TNMC Reg. No.", "%#####")),
    Dest("TH", "Bangkok", ("thai",), ("Bumrungrad International Hospital", "Bangkok Hospital", "Samitivej Sukhumvit Hospital"), ("Grand Hyatt Erawan Bangkok", "Centara Grand at CentralWorld"),
         "THB", ("HN", "%#-##-######"), ("+66 8# ### ####", "+66 9# ### ####"), "intl.bumrungrad.example.th", ("Non-Immigrant Visa MT", "Non-Immigrant Visa O", "@%########"), ("Medical Council licence", "%#####")),
    Dest("TR", "Istanbul", ("turkish",), ("Acıbadem Maslak Hospital", "Memorial Şişli Hospital", "Medipol Mega University Hospital"), ("Hilton Istanbul Bomonti", "Swissôtel The Bosphorus"),
         "USD", ("Protocol no.", "%#########"), ("+90 5## ### ## ##", "+90 212 ### ## ##"), "international.acibadem.example.com.tr", ("e-Visa (treatment)", "e-Visa (companion)", "TR%#########"), ("Diploma reg. no.", "%######")),
    Dest("MY", "Kuala Lumpur", ("malay", "tamil"), ("Prince Court Medical Centre", "Gleneagles Hospital Kuala Lumpur", "Sunway Medical Centre"), ("Sunway Pyramid Hotel", "Pavilion Hotel Kuala Lumpur"),
         "MYR", ("MRN", "%#######"), ("+60 1#-### ####", "+60 3-#### ####"), "pcmc-intl.example.my", ("Medical eVISA", "Medical eVISA (escort)", "MEV%########"), ("MMC full reg. no.", "%#####")),
    Dest("SG", "Singapore", ("malay", "tamil"), ("Mount Elizabeth Hospital", "Raffles Hospital", "Gleneagles Hospital Singapore"), ("Pan Pacific Serviced Suites Orchard", "Hotel Royal @ Queens"),
         "SGD", ("Case no.", "%######@"), ("+65 9### ####", "+65 8### ####"), "imc.mountelizabeth.example.sg", ("Singapore visa (medical)", "Singapore visa (accompanying)", "VS%########"), ("SMC reg. no.", "M%####@")),
    Dest("KR", "Seoul", ("korean",), ("Severance Hospital", "Seoul National University Hospital", "Samsung Medical Center"), ("Lotte Hotel Seoul", "Shilla Stay Mapo"),
         "KRW", ("Patient no.", "%#######"), ("+82 10-####-####", "+82 2-####-####"), "ihc.severance.example.kr", ("C-3-3 medical tourism visa", "G-1-10 companion visa", "M%########"), ("Licence no.", "%#####")),
    Dest("DE", "Berlin", ("german",), ("Charité – Universitätsmedizin Berlin", "Helios Klinikum Berlin-Buch", "Vivantes Klinikum Am Urban"), ("Hotel Adlon Kempinski", "Steigenberger Hotel Am Kanzleramt"),
         "EUR", ("Fallnummer", "%#########"), ("+49 30 ### ####", "+49 151 ########"), "international.charite.example.de", ("Schengen visa (medical treatment)", "Schengen visa (accompanying person)", "D%#######"), ("LANR", "%########")),
    Dest("MX", "Tijuana", ("mexican",), ("Hospital Angeles Tijuana", "Oasis of Hope Hospital", "Hospital Excel"), ("Hotel Real Inn Tijuana", "Grand Hotel Tijuana"),
         "USD", ("Expediente", "%######"), ("+52 664 ### ####", "+52 664-###-####"), "intl.hospitalangeles.example.mx", ("FMM tourist permit", "FMM tourist permit", "FMM%########"), ("Cédula profesional", "%#######")),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str  # as written, with its particle ("Al-Ketbi") and feminine form
    root: str  # the family name of the tables ("Ketbi")
    father: str  # the father's given name (bin / bint, patronymic, Mongolian and Malay family), "" if none
    culture: str
    female: bool
    dob: date
    home: str  # an Origin or Dest code
    phone: str
    phone2: str
    email: str
    line: str = ""
    town: str = ""
    postcode: str = ""
    region: str = ""
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def short(self) -> str:
        """Given and family name in the usual order of the culture."""
        if self.culture in ("chinese", "korean"):
            return f"{self.family} {self.given}"
        if self.culture == "mongol":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def full(self) -> str:
        """The full name as an official letter writes it."""
        c, f = self.culture, self.female
        if c == "gulf":
            return f"{self.given} {'bint' if f else 'bin'} {self.father} {self.family}"
        if c in ("iraqi", "libyan"):
            return f"{self.given} {self.father} {self.family}"
        if c == "malay":
            return f"{self.given} {'binti' if f else 'bin'} {self.family}"
        if c == "russian" and self.father:
            return f"{self.given} {PATRONYMIC[self.father][1 if f else 0]} {self.family}"
        if c == "uzbek":
            return f"{self.given} {self.family} {self.father} {'qizi' if f else 'o‘g‘li'}"
        return self.short

    @property
    def initial(self) -> str:
        if self.culture == "mongol":
            return f"{self.family[0]}. {self.given}"
        if self.culture in ("chinese", "korean"):
            return f"{self.family} {self.given[0]}."
        return f"{self.given[0]}. {self.family}"

    @property
    def upper(self) -> str:
        """Passport style: FAMILY GIVEN."""
        return f"{self.family.upper()} {self.given.upper()}"

    @property
    def script(self) -> str:
        """The name in its original script, or "" when a word has none."""
        if not all(w in SCRIPT for w in (self.root, self.given)):
            return ""
        fam = SCRIPT[self.root] + ("а" if self.female and self.culture == "russian" else "")
        if self.culture in ("chinese", "korean"):
            return fam + SCRIPT[self.given]
        return f"{fam} {SCRIPT[self.given]}"


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower() if c.isalnum())


def words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 3}


GROUPS = [("gulf", "iraqi", "libyan"), ("nigerian", "ghanaian", "kenyan"), ("russian", "kazakh", "uzbek", "mongol"), ("bangla", "maldivian", "indonesian", "malay"),
          ("chinese", "korean"), ("american", "german", "mexican"), ("tamil", "malay", "thai"), ("turkish", "german")]  # fmt: skip


def _pick(rng: random.Random, pool: list[str], used: set[str], culture: str = "", i: int = 0) -> str:
    """A name of `pool` sharing no word with `used`; when the table is spent, one of the related communities'
    tables (GROUPS), then any table's."""
    free = [x for x in pool if not words(x) & used]
    if not free:
        related = [c for g in GROUPS if culture in g for c in g]
        free = [x for c in related for x in NAMES[c][i] if not words(x) & used]
    if not free:
        free = [x for c in NAMES for x in NAMES[c][i] if not words(x) & used]
    x = rng.choice(free)
    used |= words(x)
    return x


def draw_person(rng: random.Random, home: str, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                root: str | None = None, female: bool | None = None, same_home: Person | None = None) -> Person:  # fmt: skip
    """One synthetic person of an origin or destination; no name word of an earlier person of the document (`used`)."""
    place = ORIGINS.get(home) or DESTS[home]
    culture = culture or rng.choice(place.cultures)
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    given = _pick(rng, fs if female else ms, used, culture, 0 if female else 1)
    if root is None:
        root = _pick(
            rng,
            ms if culture in ("mongol", "malay") else fams,
            used,
            culture,
            1 if culture in ("mongol", "malay") else 2,
        )
    father = ""
    if culture in ("gulf", "iraqi", "libyan", "uzbek"):
        father = _pick(rng, ms, used, culture, 1)
    elif (
        culture == "russian"
        and rng.random() < 0.8
        and (free := [m for m in PATRONYMIC if not words(m) & used])
    ):
        father = rng.choice(free)
        used |= words(father)
    family = root
    if culture in ("gulf", "iraqi", "libyan"):
        family = rng.choice(["Al-", "Al ", "El-", "Al-", "al-"]) + root
    elif female and culture in ("russian", "kazakh", "uzbek") and root.endswith(_OV):
        family = root + "a"
    used |= words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(root)
    if isinstance(place, Dest):
        email = f"{g}.{f}@{place.domain}"
    else:
        email = (
            rng.choice(
                [f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}"]
            )
            + "@"
            + rng.choice(place.mails)
        )
    w = Person(
        given,
        family,
        root,
        father,
        culture,
        female,
        dob,
        home,
        fill(rng, rng.choice(place.phones)),
        fill(rng, rng.choice(place.phones)),
        email,
    )
    if isinstance(place, Origin):
        if same_home is not None:
            w.line, w.town, w.postcode, w.region = (
                same_home.line,
                same_home.town,
                same_home.postcode,
                same_home.region,
            )
        else:
            w.line, w.town = fill(rng, rng.choice(place.streets)), rng.choice(place.towns)
            w.postcode = fill(rng, place.postcode) if place.postcode else ""
            w.region = rng.choice(US_STATES) if home == "US" else ""
        w.ids = identifiers(rng, w, place)
    return w


def identifiers(rng: random.Random, w: Person, o: Origin) -> dict[str, str]:
    """nat: the national number, tax: a second (tax) number where the country has one, plan: an insurance or
    scheme member number, pass: the passport number."""
    c = o.code
    nat = {
        "SA": lambda: ids.saudi_id(rng), "AE": lambda: ids.emirates_id(rng, w.dob.year), "OM": lambda: fill(rng, "%#######"),
        "KW": lambda: ids.kuwait_civil(rng, w.dob), "QA": lambda: fill(rng, rng.choice("23") + "##########"), "NG": lambda: fill(rng, "%##########"),
        "GH": lambda: fill(rng, "GHA-%########-#"), "KE": lambda: fill(rng, "%#######"), "IQ": lambda: fill(rng, "%###########"),
        "LY": lambda: ("2" if w.female else "1") + f"{w.dob.year}" + fill(rng, "#######"), "RU": lambda: ids.snils(rng),
        "KZ": lambda: ids.kz_iin(rng, w.dob, w.female), "UZ": lambda: fill(rng, "%#############"), "MN": lambda: rng.choice(["УБ", "ЧЕ", "ДА", "ЖШ"]) + f"{w.dob:%y%m}" + fill(rng, "####"),
        "BD": lambda: fill(rng, rng.choice(["%#########", "%################"])), "MV": lambda: fill(rng, "A%#####"), "CN": lambda: ids.china_ric(rng, w.dob),
        "ID": lambda: fill(rng, "%###############"), "US": lambda: ids.ssn(rng),
    }[c]()  # fmt: skip
    out = {"nat": nat, "pass": fill(rng, o.passport)}
    if o.plan:
        out["plan"] = fill(rng, o.plan[2])
    if c == "KE":
        out["tax"] = fill(rng, "A00#######@")
    return out
