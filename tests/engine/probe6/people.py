"""Synthetic people for probe 6: own name, place and identifier lists, one home region per name culture.

Latin-script cultures the earlier probes barely used -- Icelandic (patronymics), Lithuanian, Latvian,
Slovene, Croatian, Albanian, Maltese, Kazakh, Uzbek, Mongolian and Khmer romanised, Malagasy, Lao and
Burmese romanised, Pashto, Kurdish, Somali, Zulu, Igbo, Twi, Quechua, Guarani, Haitian Creole, Hawaiian,
Fijian, Tongan -- and native-script Khmer, Mongolian Cyrillic, Sinhala and Gujarati. Names are plausible
combinations; test_probe6 measures how many of their words the engine's name lists hold. Places are
real towns and streets (public); house numbers, postcodes, phones and identifiers are random, national
identifiers carry valid check digits where one exists (tests/engine/probe6/ids.py). Values are
`P(type, value)` (PHI), `K(value)` (must survive) or plain text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.people import P, Slot
from tests.engine.probe6 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), family first?, home region)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], bool, str]] = {
    "is": (
        ["Hrafnhildur", "Sólveig", "Ásdís", "Þórdís"],
        ["Skarphéðinn", "Hallgrímur", "Eyvindur", "Þorsteinn"],
        [
            ("Ketilsdóttir", "Ketilsson"),
            ("Höskuldsdóttir", "Höskuldsson"),
            ("Bergþórsdóttir", "Bergþórsson"),
            ("Vigfúsdóttir", "Vigfússon"),
            ("Snorradóttir", "Snorrason"),
        ],
        False,
        "is",
    ),
    "lt": (
        ["Aušrinė", "Gintarė", "Daiva", "Vaida"],
        ["Gediminas", "Žydrūnas", "Arūnas", "Vytautas"],
        [
            ("Kazlauskienė", "Kazlauskas"),
            ("Žemaitytė", "Žemaitis"),
            ("Bagdonienė", "Bagdonas"),
            ("Vaitkevičienė", "Vaitkevičius"),
            ("Stankūnienė", "Stankūnas"),
        ],
        False,
        "lt",
    ),
    "lv": (
        ["Zaiga", "Inese", "Dace", "Ilze"],
        ["Raimonds", "Aivars", "Uldis", "Gunārs"],
        [("Bērziņa", "Bērziņš"), ("Kalniņa", "Kalniņš"), ("Ozoliņa", "Ozoliņš"), ("Jaunzeme", "Jaunzems")],
        False,
        "lv",
    ),
    "sl": (
        ["Mojca", "Špela", "Urška", "Nataša"],
        ["Primož", "Matjaž", "Boštjan", "Rok"],
        _same("Potočnik", "Kranjc", "Mlakar", "Žagar", "Zupančič"),
        False,
        "si",
    ),
    "hr": (
        ["Snježana", "Dubravka", "Višnja", "Gordana"],
        ["Krešimir", "Zvonimir", "Dražen", "Tihomir"],
        _same("Horvatinčić", "Šimunović", "Grgić-Brkan", "Pavletić", "Lovrić"),
        False,
        "hr",
    ),
    "sq": (
        ["Mirela", "Blerina", "Lindita", "Drita"],
        ["Gëzim", "Arben", "Besnik", "Ilir"],
        _same("Dervishi", "Kastrati", "Hoxhaj", "Shehu", "Gjonaj"),
        False,
        "al",
    ),
    "mt": (
        ["Ċettina", "Ġużeppa", "Rożina", "Marija"],
        ["Ġużeppi", "Ċensu", "Pawlu", "Karmenu"],
        _same("Farrugia", "Xuereb", "Camilleri", "Zammit", "Mifsud"),
        False,
        "mt",
    ),
    "kk": (
        ["Aigerim", "Zhanar", "Gulnara", "Dinara"],
        ["Yerlan", "Bauyrzhan", "Daulet", "Nurlan"],
        [
            ("Nurpeisova", "Nurpeisov"),
            ("Zhaksybekova", "Zhaksybekov"),
            ("Tokhtarova", "Tokhtarov"),
            ("Baimukhanova", "Baimukhanov"),
        ],
        False,
        "kz",
    ),
    "uz": (
        ["Dilnoza", "Nodira", "Shahnoza", "Gulchehra"],
        ["Jahongir", "Sherzod", "Ulugbek", "Bekzod"],
        [
            ("Tursunova", "Tursunov"),
            ("Yuldasheva", "Yuldashev"),
            ("Ergasheva", "Ergashev"),
            ("Rakhimova", "Rakhimov"),
        ],
        False,
        "kz",
    ),
    "mn": (
        ["Oyuntsetseg", "Sarangerel", "Enkhjargal", "Altantsetseg"],
        ["Batbayar", "Ganbaatar", "Temuulen", "Munkhbat"],
        _same("Tserendorj", "Gantulga", "Sükhbaatar", "Lkhagvasuren"),
        True,
        "mn",
    ),
    "mg": (
        ["Voahangy", "Hanitra", "Lalao", "Holisoa"],
        ["Rivo", "Hery", "Tojo", "Fetra"],
        _same("Rakotonirina", "Randrianarisoa", "Razafindrakoto", "Andriamahefa", "Rasoanaivo"),
        False,
        "mg",
    ),
    "km": (
        ["Sreymom", "Chanthou", "Sokunthea", "Bopha"],
        ["Vannak", "Sokhom", "Piseth", "Sovann"],
        _same("Chhun", "Keo", "Prak", "Meas", "Chhay"),
        True,
        "kh",
    ),
    "lo": (
        ["Khamphone", "Souksavanh", "Vilayvanh", "Manivone"],
        ["Bounmy", "Somphone", "Thongsavath", "Khamsay"],
        _same("Phommachanh", "Keophilavong", "Sisouphanh", "Inthavong"),
        False,
        "us",
    ),
    "my": (
        ["Khin", "Thiri", "Nandar", "Hnin"],
        ["Kyaw", "Zaw", "Htet", "Thura"],
        _same("Myat Noe", "Zin Mar", "Htoo Win", "Naing Oo", "Lwin Oo"),
        False,
        "us",
    ),
    "ps": (
        ["Palwasha", "Zarghuna", "Spogmai", "Malalai"],
        ["Zalmai", "Mirwais", "Wahidullah", "Naqibullah"],
        _same("Wardak", "Popalzai", "Achakzai", "Zadran"),
        False,
        "us",
    ),
    "ku": (
        ["Berfîn", "Rojîn", "Nazdar", "Zîlan"],
        ["Dilşad", "Rêbwar", "Serhat", "Hejar"],
        _same("Hawrami", "Zebari", "Mukriyani", "Bradosti"),
        False,
        "us",
    ),
    "so": (
        ["Hodan", "Faadumo", "Ubax", "Xaliimo"],
        ["Abdirahman", "Mahad", "Guled", "Cabdiqaadir"],
        _same("Warsame", "Jaamac", "Cilmi", "Faarax"),
        False,
        "us",
    ),
    "zu": (
        ["Nompumelelo", "Sindisiwe", "Nokuthula", "Ntombizodwa"],
        ["Sibusiso", "Mlungisi", "Bhekizizwe", "Siyabonga"],
        _same("Mthembu", "Ntuli", "Zungu", "Mthethwa"),
        False,
        "us",
    ),
    "ig": (
        ["Obiageli", "Ugochi", "Nkechinyere", "Chinwendu"],
        ["Chukwuemeka", "Obinna", "Ikenna", "Ebuka"],
        _same("Nwosu", "Anyanwu", "Uzodinma", "Onyekachi"),
        False,
        "us",
    ),
    "tw": (
        ["Akosua", "Adwoa", "Efua", "Abenaa"],
        ["Kwabena", "Kwaku", "Yaw", "Kwadwo"],
        _same("Agyemang", "Owusu-Ansah", "Frimpong", "Boakye"),
        False,
        "us",
    ),
    "qu": (
        ["Killa", "Sisa", "Kusi", "Nayra"],
        ["Amaru", "Wayra", "Sayri", "Inti"],
        _same("Quispe", "Mamani", "Huaman", "Ccori"),
        False,
        "us",
    ),
    "gn": (
        ["Jasy", "Yvoty", "Ára", "Mbyja"],
        ["Arandu", "Karai", "Tupã", "Ñandu"],
        _same("Irala", "Ocampos", "Cantero", "Ojeda"),
        False,
        "us",
    ),
    "ht": (
        ["Mirlande", "Guerline", "Nadège", "Yolène"],
        ["Wilner", "Fritznel", "Dieunel", "Wesner"],
        _same("Pierre-Louis", "Désir", "Saint-Fleur", "Exantus"),
        False,
        "us",
    ),
    "haw": (
        ["Haunani", "Pualani", "Kaʻiulani", "Leimomi"],
        ["Kekoa", "Pilipo", "Kainoa", "Keʻala"],
        _same("Kanahele", "Kaʻapuni", "Nāone", "Kaleikini"),
        False,
        "us",
    ),
    "fj": (
        ["Litia", "Mereani", "Adi Vasemaca", "Unaisi"],
        ["Jone", "Sitiveni", "Epeli", "Josefa"],
        _same("Naivalu", "Waqanivalu", "Ravuvu", "Tikoduadua"),
        False,
        "us",
    ),
    "to": (
        ["Losana", "Lesieli", "ʻOfa", "Melenaite"],
        ["Sione", "Tevita", "Viliami", "Siaosi"],
        _same("Fifita", "Vaipulu", "Havili", "Fonua"),
        False,
        "us",
    ),
    "km_nat": (
        ["ស្រីមុំ", "ចន្ធូ", "សុភា"],
        ["វណ្ណៈ", "ដារ៉ា", "ពិសិដ្ឋ"],
        _same("ជា", "កែវ", "ព្រាប", "មាស"),
        True,
        "kh",
    ),
    "mn_nat": (
        ["Оюунцэцэг", "Сарангэрэл", "Энхжаргал"],
        ["Батбаяр", "Ганбаатар", "Тэмүүлэн"],
        _same("Цэрэндорж", "Гантулга", "Лхагвасүрэн"),
        True,
        "mn",
    ),
    "si_nat": (
        ["කුමුදිනී", "දිල්රුක්ෂි", "සඳුනි"],
        ["චමින්ද", "ප්‍රසන්න", "නිමල්"],
        _same("ජයසූරිය", "වික්‍රමසිංහ", "රණසිංහ", "බණ්ඩාර"),
        False,
        "lk",
    ),
    "gu_nat": (
        ["હેતલ", "ધ્વનિ", "કિંજલ"],
        ["ભાવેશ", "જીગ્નેશ", "મેહુલ"],
        _same("દેસાઈ", "મહેતા", "ત્રિવેદી", "પંડ્યા"),
        False,
        "gj",
    ),
}
NATIVE = {"km_nat": "kh_nat", "mn_nat": "mn_nat", "si_nat": "lk_nat", "gu_nat": "gj_nat"}

# region: (towns (town, postcode prefix or full code, state/province text), streets, street pattern,
#          postcode pattern ({p}: the town's prefix, #: digit), local phone, e164 prefix, national id slot,
#          date language)
PLACES: dict[str, tuple[list[tuple[str, str, str]], list[str], str, str, str, str, str, str]] = {
    "is": (
        [
            ("Akureyri", "600", "Norðurland eystra"),
            ("Ísafjörður", "400", "Vestfirðir"),
            ("Egilsstaðir", "700", "Austurland"),
            ("Selfoss", "800", "Suðurland"),
        ],
        ["Tryggvagata", "Hafnarstræti", "Dalbraut", "Skólavörðustígur", "Hraunbær"],
        "{s} {n}",
        "{p}",
        "8## ####",
        "+354",
        "kennitala",
        "is",
    ),
    "lt": (
        [
            ("Kaunas", "LT-44", "Kauno apskritis"),
            ("Klaipėda", "LT-92", "Klaipėdos apskritis"),
            ("Šiauliai", "LT-76", "Šiaulių apskritis"),
            ("Panevėžys", "LT-35", "Panevėžio apskritis"),
        ],
        ["Savanorių pr.", "Žalgirio g.", "Taikos pr.", "Kalvarijų g.", "Vytauto g."],
        "{s} {n}-{a}",
        "{p}###",
        "8 6## #####",
        "+370",
        "asmens_kodas",
        "lt",
    ),
    "lv": (
        [
            ("Daugavpils", "LV-54", "Latgale"),
            ("Liepāja", "LV-34", "Kurzeme"),
            ("Jelgava", "LV-30", "Zemgale"),
            ("Ventspils", "LV-36", "Kurzeme"),
        ],
        ["Dzirnavu iela", "Tērbatas iela", "Lāčplēša iela", "Stacijas iela"],
        "{s} {n}-{a}",
        "{p}##",
        "2# ### ###",
        "+371",
        "personas_kods",
        "lv",
    ),
    "si": (
        [
            ("Maribor", "2000", "Podravje"),
            ("Celje", "3000", "Savinjska"),
            ("Kranj", "4000", "Gorenjska"),
            ("Koper", "6000", "Obalno-kraška"),
        ],
        ["Trubarjeva ulica", "Prešernova ulica", "Celovška cesta", "Partizanska cesta"],
        "{s} {n}",
        "{p}",
        "041 ### ###",
        "+386",
        "emso",
        "sl",
    ),
    "hr": (
        [
            ("Split", "21000", "Splitsko-dalmatinska"),
            ("Rijeka", "51000", "Primorsko-goranska"),
            ("Osijek", "31000", "Osječko-baranjska"),
            ("Zadar", "23000", "Zadarska"),
        ],
        ["Vukovarska ulica", "Zvonimirova ulica", "Ulica kralja Tomislava", "Put Firula"],
        "{s} {n}",
        "{p}",
        "091 ### ####",
        "+385",
        "oib",
        "hr",
    ),
    "al": (
        [
            ("Durrës", "2001", "Qarku i Durrësit"),
            ("Shkodër", "4001", "Qarku i Shkodrës"),
            ("Vlorë", "9401", "Qarku i Vlorës"),
            ("Korçë", "7001", "Qarku i Korçës"),
        ],
        ["Rruga e Kavajës", "Rruga Myslym Shyri", "Rruga Qemal Stafa", "Lagjja Kodra e Diellit"],
        "{s}, Pallati {n}, Ap. {a}",
        "{p}",
        "069 ### ####",
        "+355",
        "al_nid",
        "sq",
    ),
    "mt": (
        [
            ("Birkirkara", "BKR", "Malta"),
            ("Żabbar", "ZBR", "Malta"),
            ("Qormi", "QRM", "Malta"),
            ("Rabat", "RBT", "Gozo"),
        ],
        ["Triq il-Wied", "Triq San Pawl", "Triq il-Kbira", "Triq Ħal Qormi"],
        "{n}, {s}",
        "{p} ####",
        "79## ####",
        "+356",
        "mt_id",
        "mt",
    ),
    "kz": (
        [
            ("Almaty", "050", "Almaty"),
            ("Shymkent", "160", "Turkistan Region"),
            ("Karaganda", "100", "Karaganda Region"),
            ("Aktobe", "030", "Aktobe Region"),
        ],
        ["ul. Abaya", "pr. Dostyk", "ul. Tole bi", "ul. Zheltoksan"],
        "{s} {n}, kv. {a}",
        "{p}###",
        "8 701 ### ## ##",
        "+7",
        "iin",
        "kk",
    ),
    "mn": (
        [("Ulaanbaatar", "14", "Bayanzürkh"), ("Darkhan", "45", "Darkhan-Uul"), ("Erdenet", "61", "Orkhon")],
        ["Enkhtaivny örgön chölöö", "Chingisiin örgön chölöö", "Ikh toiruu", "Baga toiruu"],
        "{s} {n}, {a} toot",
        "{p}###",
        "99## ####",
        "+976",
        "mn_register",
        "mn",
    ),
    "mn_nat": (
        [("Улаанбаатар", "14", "Баянзүрх"), ("Дархан", "45", "Дархан-Уул"), ("Эрдэнэт", "61", "Орхон")],
        ["Энхтайваны өргөн чөлөө", "Чингисийн өргөн чөлөө", "Их тойруу"],
        "{s} {n}, {a} тоот",
        "{p}###",
        "99## ####",
        "+976",
        "mn_register",
        "mn_nat",
    ),
    "mg": (
        [
            ("Toamasina", "501", "Atsinanana"),
            ("Antsirabe", "110", "Vakinankaratra"),
            ("Mahajanga", "401", "Boeny"),
            ("Fianarantsoa", "301", "Haute Matsiatra"),
        ],
        ["Lalana Rainitovo", "Lalana Ratsimilaho", "Arabe Andrianampoinimerina", "Lalana Razanakombana"],
        "Lot {n} {s}",
        "{p}",
        "034 ## ### ##",
        "+261",
        "mg_cin",
        "mg",
    ),
    "kh": (
        [
            ("Siem Reap", "1702", "Siem Reap Province"),
            ("Battambang", "0201", "Battambang Province"),
            ("Kampot", "0701", "Kampot Province"),
        ],
        ["St. 310", "Preah Monivong Blvd", "St. 271", "Sivatha Road"],
        "#{n}, {s}",
        "{p}##",
        "012 ### ###",
        "+855",
        "kh_id",
        "km",
    ),
    "kh_nat": (
        [("សៀមរាប", "1702", "ខេត្តសៀមរាប"), ("បាត់ដំបង", "0201", "ខេត្តបាត់ដំបង"), ("កំពត", "0701", "ខេត្តកំពត")],
        ["ផ្លូវ ៣១០", "ផ្លូវ ២៧១", "មហាវិថីព្រះមុនីវង្ស"],
        "ផ្ទះលេខ {n} {s}",
        "{p}##",
        "012 ### ###",
        "+855",
        "kh_id",
        "km_nat",
    ),
    "lk_nat": (
        [("මහනුවර", "20", "මධ්‍යම පළාත"), ("ගාල්ල", "80", "දකුණු පළාත"), ("මීගමුව", "11", "බස්නාහිර පළාත")],
        ["පේරාදෙණිය පාර", "ගාලු පාර", "කොළඹ පාර"],
        "නො. {n}/{a}, {s}",
        "{p}###",
        "077 ### ####",
        "+94",
        "lk_nic",
        "si_nat",
    ),
    "gj_nat": (
        [
            ("અમદાવાદ", "380", "ગુજરાત"),
            ("સુરત", "395", "ગુજરાત"),
            ("વડોદરા", "390", "ગુજરાત"),
            ("રાજકોટ", "360", "ગુજરાત"),
        ],
        ["સી.જી. રોડ", "રીંગ રોડ", "સ્ટેશન રોડ"],
        "બી-{n}, શિવાલિક એપાર્ટમેન્ટ, {s}",
        "{p}0##",
        "98### #####",
        "+91",
        "aadhaar",
        "gu_nat",
    ),
    "us": (
        [
            ("Pāhoa", "967", "HI"),
            ("Willmar", "562", "MN"),
            ("Lynnwood", "980", "WA"),
            ("Owatonna", "550", "MN"),
            ("Springdale", "727", "AR"),
            ("Fargo", "581", "ND"),
            ("Lewiston", "042", "ME"),
        ],
        ["Kinoʻole St", "Pacific Hwy S", "Litchfield Ave SW", "Cedar Ave N", "Emma Ave", "Lisbon St"],
        "{n} {s}",
        "{p}##",
        "(###) ###-####",
        "+1",
        "ssn",
        "en",
    ),
}
US_AREAS = {"HI": "808", "MN": "320", "WA": "425", "AR": "479", "ND": "701", "ME": "207"}

MONTHS: dict[str, list[str]] = {
    "is": [
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ],
    "lt": [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
    "lv": [
        "janvārī",
        "februārī",
        "martā",
        "aprīlī",
        "maijā",
        "jūnijā",
        "jūlijā",
        "augustā",
        "septembrī",
        "oktobrī",
        "novembrī",
        "decembrī",
    ],
    "sl": [
        "januarja",
        "februarja",
        "marca",
        "aprila",
        "maja",
        "junija",
        "julija",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ],
    "hr": [
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "listopada",
        "studenoga",
        "prosinca",
    ],
    "sq": [
        "janar",
        "shkurt",
        "mars",
        "prill",
        "maj",
        "qershor",
        "korrik",
        "gusht",
        "shtator",
        "tetor",
        "nëntor",
        "dhjetor",
    ],
    "mt": [
        "Jannar",
        "Frar",
        "Marzu",
        "April",
        "Mejju",
        "Ġunju",
        "Lulju",
        "Awwissu",
        "Settembru",
        "Ottubru",
        "Novembru",
        "Diċembru",
    ],
    "mg": [
        "janoary",
        "febroary",
        "martsa",
        "aprily",
        "mey",
        "jona",
        "jolay",
        "aogositra",
        "septambra",
        "oktobra",
        "novambra",
        "desambra",
    ],
    "ht": [
        "janvye",
        "fevriye",
        "mas",
        "avril",
        "me",
        "jen",
        "jiyè",
        "out",
        "septanm",
        "oktòb",
        "novanm",
        "desanm",
    ],
    "gn": [
        "jasyteĩ",
        "jasykõi",
        "jasyapy",
        "jasyrundy",
        "jasypo",
        "jasypoteĩ",
        "jasypokõi",
        "jasypoapy",
        "jasyporundy",
        "jasypa",
        "jasypateĩ",
        "jasypakõi",
    ],
    "km_nat": ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"],
    "si_nat": [
        "ජනවාරි",
        "පෙබරවාරි",
        "මාර්තු",
        "අප්\u200dරේල්",
        "මැයි",
        "ජූනි",
        "ජූලි",
        "අගෝස්තු",
        "සැප්තැම්බර්",
        "ඔක්තෝබර්",
        "නොවැම්බර්",
        "දෙසැම්බර්",
    ],
    "gu_nat": [
        "જાન્યુઆરી",
        "ફેબ્રુઆરી",
        "માર્ચ",
        "એપ્રિલ",
        "મે",
        "જૂન",
        "જુલાઈ",
        "ઑગસ્ટ",
        "સપ્ટેમ્બર",
        "ઑક્ટોબર",
        "નવેમ્બર",
        "ડિસેમ્બર",
    ],
    "en": [
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
    ],
}
KHMER_DIGITS = str.maketrans(D, "០១២៣៤៥៦៧៨៩")
GUJARATI_DIGITS = str.maketrans(D, "૦૧૨૩૪૫૬૭૮૯")
CULTURE_DATE_LANG = {"ht": "ht", "gn": "gn", "mg": "mg"}


def date_in(d: date, lang: str) -> str:
    """A date as a document in `lang` writes it."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    match lang:
        case "is":
            return f"{d.day}. {m} {d.year}"
        case "lt":
            return f"{d.year} m. {m} {d.day} d."
        case "lv":
            return f"{d.year}. gada {d.day}. {m}"
        case "sl" | "hr":
            return f"{d.day}. {m} {d.year}" + ("." if lang == "hr" else "")
        case "sq" | "mg" | "ht" | "gn":
            return f"{d.day} {m} {d.year}"
        case "mt":
            return f"{d.day} ta' {m} {d.year}"
        case "kk":
            return f"{d:%d.%m.%Y}"
        case "mn":
            return f"{d:%Y.%m.%d}"
        case "mn_nat":
            return f"{d.year} оны {d.month} сарын {d.day}"
        case "km_nat":
            return f"ថ្ងៃទី{d.day} ខែ{m} ឆ្នាំ{d.year}".translate(KHMER_DIGITS)
        case "si_nat":
            return f"{d.year} {m} {d.day}"
        case "gu_nat":
            return f"{d.day} {m} {d.year}".translate(GUJARATI_DIGITS)
        case "km":
            return f"{d:%d/%m/%Y}"
    return f"{d.day} {m} {d.year}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(rng.choice(D) if c == "#" else c for c in pattern)


def ascii_fold(s: str) -> str:
    s = s.replace("Þ", "Th").replace("þ", "th").replace("ð", "d").replace("ʻ", "").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -"))


def _national(rng: random.Random, slot: str, born: date, female: bool) -> P:
    match slot:
        case "kennitala":
            return P("ID", ids.kennitala(rng, born))
        case "asmens_kodas":
            return P("ID", ids.asmens_kodas(rng, born, female))
        case "personas_kods":
            return P("ID", ids.personas_kods(rng, born))
        case "emso":
            return P("ID", ids.emso(rng, born, female))
        case "oib":
            return P("ID", ids.oib(rng))
        case "al_nid":
            return P("ID", ids.al_nid(rng, born, female))
        case "mt_id":
            return P("ID", ids.mt_id(rng))
        case "iin":
            return P("ID", ids.iin(rng, born, female))
        case "mn_register":
            return P("ID", ids.mn_register(rng, born))
        case "mg_cin":
            return P("ID", fill(rng, "1## ### ### ###"))
        case "kh_id":
            return P("ID", fill(rng, "0########"))
        case "lk_nic":
            return P("ID", ids.lk_nic(rng, born, female))
        case "aadhaar":
            return P("ID", ids.aadhaar(rng))
    return P("SSN", ids.ssn(rng))


def _name(culture: str, given: str, family: str) -> str:
    return f"{family} {given}" if NAMES[culture][3] else f"{given} {family}"


def person(rng: random.Random, culture: str) -> dict[str, Slot]:
    """One person of `culture` living in its home region, with every slot a template may use."""
    fem, male, fams, _, home = NAMES[culture]
    region = NATIVE.get(culture, home)
    towns, streets, spat, zpat, lphone, cc, natslot, lang = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(fams)
    family = fam_pair[0] if female else fam_pair[1]
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = rng.choice([f for f in fams if f != fam_pair])[0 if rel_fem else 1]
    town, prefix, state = rng.choice(towns)
    born = date(1938, 1, 1) + timedelta(days=rng.randrange(365 * 62))
    old_born = date(1921, 1, 1) + timedelta(days=rng.randrange(365 * 12))
    visit = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    visit2 = visit + timedelta(days=rng.randrange(2, 40))
    n = str(rng.randrange(2, 189))
    street = spat.format(s=rng.choice(streets), n=n, a=rng.randrange(1, 60))
    if region.endswith("_nat") and region != "mn_nat":
        street = street.translate(
            KHMER_DIGITS if region == "kh_nat" else GUJARATI_DIGITS if region == "gj_nat" else {}
        )
    zip_ = fill(rng, zpat.format(p=prefix))
    local = fill(rng, lphone)
    if region == "us":
        local = f"({US_AREAS[state]}) {fill(rng, '2##-####')}"
    digits = "".join(c for c in local if c.isdigit())
    e164 = (
        f"{cc} {digits[1:] if digits[0] == '0' or (region in ('lt', 'kz') and digits[0] == '8') else digits}"
    )
    if region == "us":
        e164 = f"+1 {digits[:3]} {digits[3:6]} {digits[6:]}"
    lang_date = CULTURE_DATE_LANG.get(culture, lang)
    af, ag = ascii_fold(family).lower().replace(" ", ""), ascii_fold(given).lower().replace(" ", "")
    if not af or not ag:  # native script: a transliterated mailbox
        af, ag = f"pt{rng.randrange(100, 999)}", "user"
    domains = {"is": "simnet.is", "lt": "gmail.lt", "lv": "inbox.lv", "si": "siol.net", "hr": "net.hr"}
    domain = domains.get(region, rng.choice(["proton.me", "outlook.com", "yahoo.com", "gmx.net"]))
    age = rng.randrange(90, 104)
    mrn = rng.choice([fill(rng, "########"), "H" + fill(rng, "#######"), fill(rng, "MR-######")])
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", _name(culture, given, family)),
        "FAMILY": P("NAME", family.upper()),
        "name_inv": P("NAME", f"{family}, {given}"),
        "rel": P("NAME", _name(culture, rel_given, rel_family)),
        "rel_given": P("NAME", rel_given),
        "sex": "F" if female else "M",
        "dob": P("DATE", date_in(born, lang_date)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_us": P("DATE", f"{born:%m/%d/%Y}"),
        "dob_dots": P("DATE", f"{born:%d.%m.%Y}"),
        "old_dob": P("DATE", date_in(old_born, lang_date)),
        "old_dob_iso": P("DATE", old_born.isoformat()),
        "age90": P("AGE", str(age)),
        "visit": P("DATE", date_in(visit, lang_date)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_us": P("DATE", f"{visit:%m/%d/%Y}"),
        "visit_ts": P("DATE", f"{visit.isoformat()}T{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:00Z"),
        "visit2": P("DATE", date_in(visit2, lang_date)),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "street": P("ADDRESS", street),
        "town": P("ADDRESS", town),
        "zip": P("ZIP", zip_) if len(zip_) > 3 else zip_,  # a 3-digit postcode is ZIP3-sized: plain text
        "state": state,
        "phone": P("PHONE", local),
        "e164": P("PHONE", e164),
        "email": P("EMAIL", f"{ag}.{af}{rng.randrange(10, 99)}@{domain}"),
        "natid": _national(rng, natslot, born, female),
        "ssn": P("SSN", ids.ssn(rng)),
        "mbi": P("HEALTH_PLAN", ids.mbi(rng)),
        "member": P("HEALTH_PLAN", fill(rng, rng.choice(["QHP#########", "W#########", "MBR-####-####"]))),
        "mrn": P("MRN", mrn),
        "account": P("ACCOUNT", fill(rng, rng.choice(["ACCT ##########", "##########", "INV-######-##"]))),
        "iban": P("ACCOUNT", ids.iban(rng, "LT", fill(rng, "7300010###########"))),
        "npi": P("LICENSE", ids.npi(rng)),
        "dea": P("LICENSE", ids.dea(rng, "Kowal")),
        "vin": P("VEHICLE", ids.vin(rng)),
        "plate": P("VEHICLE", fill(rng, rng.choice(["KLM ###", "###-TRX", "HBY ##"]))),
        "ip": P(
            "IP",
            f"{rng.choice([83, 91, 185, 212])}.{rng.randrange(256)}.{rng.randrange(256)}"
            f".{rng.randrange(1, 255)}",
        ),
        "url": P(
            "URL", f"https://portal.clinic-{rng.randrange(10, 99)}.example/patients/{fill(rng, '#######')}"
        ),
        "device": P("DEVICE", fill(rng, rng.choice(["SN PMX-#####-QK", "GLU########", "CGM-##-######"]))),
        "apikey": P(
            "CREDENTIAL", "sk_live_" + "".join(rng.choice(string.ascii_letters + D) for _ in range(24))
        ),
        "password": P(
            "CREDENTIAL", rng.choice(["Kw!", "Tr#", "Zq$"]) + fill(rng, "####") + rng.choice(["xBv", "mQa"])
        ),
    }
