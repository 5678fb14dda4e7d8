"""Synthetic people for probe 5: own name, place and identifier lists, one home region per name culture.

Latin-script cultures the earlier probes barely used -- Hungarian, Finnish, Estonian, Czech, Romanian,
Kenyan (Swahili/Kikuyu/Luo/Kalenjin), Ethiopian (Amharic in Latin letters), Tagalog, Samoan, Maori,
Inuit (Nunavut), Georgian, Armenian, Korean and Japanese romanised, Thai romanised, Irish (with fadas),
Welsh, Basque, Catalan, Northern Sami, Romansh -- and native-script Thai, Georgian, Armenian, Korean,
Japanese, Chinese, Amharic (Ge'ez) and Tamil. Names are plausible combinations chosen so that most
words are not in the engine's word lists (test_probe5 measures the share) and none is in probes 1-4.
Places are real towns and street names (public); house numbers, postcodes, phones and identifiers are
random, national identifiers carry valid check digits (tests/engine/probe5/ids.py). Values are
`P(type, value)` (PHI) or plain text; keep values live in corpus.py.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.people import P, Slot
from tests.engine.probe5 import ids

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
HEX = "0123456789abcdef"

# culture: (female given, male given, family (female form, male form), family first?, home region)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], bool, str]] = {
    "hu": (
        ["Boglárka", "Csenge", "Hajnalka", "Tünde"],
        ["Botond", "Zoárd", "Zsolt", "Gergő"],
        [(f, f) for f in ["Bárdossy", "Csörgő", "Pálfalvi", "Szőke-Barta", "Vörösmarty", "Kisfaludy"]],
        True,
        "hu",
    ),
    "fi": (
        ["Sirkku", "Aune", "Vappu", "Kyllikki"],
        ["Väinö", "Ilmari", "Urho", "Esko"],
        [(f, f) for f in ["Hyvärinen", "Kärkkäinen", "Pöyhönen", "Rautiainen", "Tuominen-Lahti", "Väisänen"]],
        False,
        "fi",
    ),
    "et": (
        ["Reet", "Maarika", "Külli", "Ülle"],
        ["Tõnu", "Priit", "Jaanus", "Märt"],
        [(f, f) for f in ["Põldma", "Kõrgesaar", "Lõhmus", "Ojaveer", "Rüütel", "Pärnpuu"]],
        False,
        "ee",
    ),
    "cs": (
        ["Blažena", "Jarmila", "Libuše", "Vlasta"],
        ["Bořivoj", "Vratislav", "Čestmír", "Radim"],
        [
            ("Křížová", "Kříž"),
            ("Vondráčková", "Vondráček"),
            ("Šťastná", "Šťastný"),
            ("Hrubá", "Hrubý"),
            ("Pospíšilová", "Pospíšil"),
        ],
        False,
        "cz",
    ),
    "ro": (
        ["Smaranda", "Voichița", "Rodica", "Ileana"],
        ["Sorin", "Laurențiu", "Mircea", "Ovidiu"],
        [(f, f) for f in ["Țurcanu", "Bârsan", "Ciobanu", "Mureșan", "Pîrvulescu", "Năstase"]],
        False,
        "ro",
    ),
    "sw": (
        ["Wairimu", "Wambui", "Awino", "Nafula"],
        ["Kimutai", "Gitau", "Owino", "Kipchumba"],
        [(f, f) for f in ["Kariuki", "Muriithi", "Barasa", "Chepkoech", "Mwangemi", "Onyango"]],
        False,
        "ke",
    ),
    "am": (
        ["Woinshet", "Mulunesh", "Etenesh", "Yeshiemebet"],
        ["Alemayehu", "Gebremedhin", "Tilahun", "Wondwossen"],
        [(f, f) for f in ["Haileselassie", "Bekele", "Mengistu", "Wolde-Giorgis", "Tadesse"]],
        False,
        "eth",
    ),
    "tl": (
        ["Lovelyn", "Lorelie", "Marivic", "Jocelyn"],
        ["Eusebio", "Rodelio", "Reynan", "Ramil"],
        [(f, f) for f in ["Lumanlan", "Dumlao", "Tuazon", "Galang-Yumul", "Panganiban", "Dimaano"]],
        False,
        "ph",
    ),
    "sm": (
        ["Fetuao", "Sinalelei", "Faapulou", "Malaeulu"],
        ["Fuimaono", "Iosefa", "Vaifale", "Tuiasosopo"],
        [(f, f) for f in ["Tauiliili", "Fa'amausili", "Tuiolemotu", "Mauga", "Salave'a", "Lealaiauloto"]],
        False,
        "as",
    ),
    "mi": (
        ["Kahurangi", "Rangimārie", "Ngaio", "Whetu"],
        ["Rāwiri", "Hōhepa", "Mātene", "Tipene"],
        [(f, f) for f in ["Te Whatahoro", "Tūhiwai", "Kereama", "Haerewa", "Tāmihana", "Te Huia"]],
        False,
        "nz",
    ),
    "iu": (
        ["Leetia", "Ooloota", "Qaunaq", "Malaija"],
        ["Jaypeetee", "Mosesie", "Joanasie", "Qavavau"],
        [(f, f) for f in ["Ipeelie", "Evaluardjuk", "Qaqqasiq", "Nutaraluk", "Ittukallak", "Angnakak"]],
        False,
        "nu",
    ),
    "ka": (
        ["Ketevan", "Manana", "Nestan", "Tinatin"],
        ["Revaz", "Zurab", "Otar", "Shalva"],
        [(f, f) for f in ["Kvaratskhelia", "Beridze", "Tsereteli", "Chkheidze", "Jorbenadze", "Gelashvili"]],
        False,
        "ge",
    ),
    "hy": (
        ["Anahit", "Siranush", "Gayane", "Hasmik"],
        ["Vardan", "Hovhannes", "Tigran", "Ashot"],
        [(f, f) for f in ["Ter-Petrosyan", "Hovsepyan", "Avetisyan", "Mkrtchyan", "Gasparyan", "Zakaryan"]],
        False,
        "am",
    ),
    "ko": (
        ["Da-som", "Chae-won", "Bo-ram", "Ye-rin"],
        ["Tae-gyu", "Sang-mok", "Kyung-taek", "Dong-wook"],
        [(f, f) for f in ["Pyo", "Seong", "Hwangbo", "Namgung", "Yeom", "Jegal"]],
        True,
        "kr",
    ),
    "ja": (
        ["Chiharu", "Kaede", "Mitsuko", "Sayaka"],
        ["Yoshiaki", "Kenshiro", "Shuichi", "Tatsuya"],
        [(f, f) for f in ["Wakabayashi", "Ichinose", "Shimabukuro", "Tokunaga", "Kurokawa", "Kobayakawa"]],
        True,
        "jp",
    ),
    "th": (
        ["Chanthira", "Duangjai", "Orathai", "Wannisa"],
        ["Anuwat", "Surachet", "Phongsak", "Chatchai"],
        [(f, f) for f in ["Saengthong", "Phromphan", "Rattanakosin", "Intharasuk", "Kaewmanee", "Kittikhun"]],
        False,
        "th",
    ),
    "ga": (
        ["Bláithín", "Aoibheann", "Sadhbh", "Ríona"],
        ["Pádraig", "Donnchadh", "Fiachra", "Lorcán"],
        [
            ("Ní Shúilleabháin", "Ó Súilleabháin"),
            ("Ní Fhlannagáin", "Ó Flannagáin"),
            ("Ní Dhónaill", "Ó Dónaill"),
            ("Ní Mhurchú", "Ó Murchú"),
            ("Ní Bhreasail", "Ó Breasail"),
        ],
        False,
        "ie",
    ),
    "cy": (
        ["Heledd", "Mererid", "Elliw", "Nia"],
        ["Gruffydd", "Caradog", "Emrys", "Tudur"],
        [(f, f) for f in ["Prydderch", "Prys", "Cadwaladr", "Parry-Williams", "Bowen", "ap Gwilym"]],
        False,
        "wls",
    ),
    "eu": (
        ["Garazi", "Oihane", "Nerea", "Itsaso"],
        ["Aitor", "Unai", "Gorka", "Urtzi"],
        [
            (f, f)
            for f in [
                "Goikoetxea Aranburu",
                "Urrutikoetxea Olaizola",
                "Zabaleta Agirregabiria",
                "Larrañaga Otegi",
                "Iturbe Mendizabal",
            ]
        ],
        False,
        "pv",
    ),
    "ca": (
        ["Montserrat", "Núria", "Mireia", "Meritxell"],
        ["Oriol", "Jordi", "Pol", "Quim"],
        [(f, f) for f in ["Vilaró i Puig", "Canyelles", "Ferrer-Sabaté", "Riera Castells", "Bosch Rovira"]],
        False,
        "ct",
    ),
    "se": (
        ["Máret", "Risten", "Elle", "Ánne"],
        ["Ánte", "Mikkal", "Issát", "Áslat"],
        [(f, f) for f in ["Gaup", "Somby", "Eira", "Hætta", "Buljo", "Juuso"]],
        False,
        "no",
    ),
    "rm": (
        ["Ursina", "Mengia", "Flurina", "Seraina"],
        ["Gian", "Duri", "Curdin", "Reto"],
        [(f, f) for f in ["Caviezel", "Cadruvi", "Tscharner", "Derungs", "Cathomen"]],
        False,
        "ch",
    ),
    # native scripts
    "th_nat": (
        ["สมศรี", "วันดี", "กาญจนา"],
        ["สมชาย", "ประเสริฐ", "ธนากร"],
        [(f, f) for f in ["ศรีสวัสดิ์", "วงศ์สุวรรณ", "บุญมี"]],
        False,
        "th_nat",
    ),
    "ka_nat": (
        ["ნინო", "თამარ", "ქეთევან"],
        ["ლევან", "გიორგი", "ზურაბ"],
        [(f, f) for f in ["ბერიძე", "წერეთელი", "ჩხეიძე"]],
        False,
        "ge_nat",
    ),
    "hy_nat": (
        ["Անահիտ", "Սիրանուշ", "Գայանե"],
        ["Վարդան", "Հովհաննես", "Տիգրան"],
        [(f, f) for f in ["Հովսեփյան", "Ավետիսյան", "Մկրտչյան"]],
        False,
        "am_nat",
    ),
    "ko_nat": (
        ["서연", "하은", "지우"],
        ["도현", "준서", "민재"],
        [(f, f) for f in ["백", "성", "남궁"]],
        True,
        "kr_nat",
    ),
    "ja_nat": (
        ["千春", "楓", "美津子"],
        ["陽翔", "健四郎", "修一"],
        [(f, f) for f in ["若林", "一ノ瀬", "徳永"]],
        True,
        "jp_nat",
    ),
    "zh": (
        ["秀英", "丽娟", "婉清"],
        ["志强", "建国", "浩然"],
        [(f, f) for f in ["欧阳", "诸葛", "钟"]],
        True,
        "cn",
    ),
    "am_nat": (
        ["ወይንሸት", "ሙሉነሽ", "እቴነሽ"],
        ["አለማየሁ", "ጥላሁን", "ወንድወሰን"],
        [(f, f) for f in ["ኃይለሥላሴ", "በቀለ", "መንግሥቱ"]],
        False,
        "eth_nat",
    ),
    "ta": (
        ["கலைச்செல்வி", "மீனாட்சி", "பூங்கொடி"],
        ["செந்தில்குமார்", "முருகேசன்", "இளங்கோ"],
        [(f, f) for f in ["இராமசாமி", "சுப்பிரமணியம்", "வேலுச்சாமி"]],
        False,
        "tn",
    ),
}
# Korean, Chinese: family and given name written together without a space.
GLUED = {"ko_nat", "zh"}

# region: (street patterns, [(town, postcode pattern, region text)], phone patterns, mail domains)
# '#' digit (the first of a run never 0), '$' digit 2-9, '@' upper-case letter, '%' lower-case letter.
PLACES: dict[str, tuple[list[str], list[tuple[str, str, str]], list[str], list[str]]] = {
    "us": (
        [
            "#### County Rd ##",
            "### W Birch Ave",
            "## Kamehameha Ave Apt #",
            "#### Old Spanish Trl",
            "RR # Box ###",
        ],
        [
            ("Nacogdoches", "759##", "TX"),
            ("Kalispell", "599##", "MT"),
            ("Bemidji", "566##", "MN"),
            ("Presque Isle", "047##", "ME"),
            ("Dothan", "363##", "AL"),
            ("Kapaa", "967##", "HI"),
            ("Pahrump", "890##", "NV"),
        ],
        ["($##) $##-####", "$##-$##-####", "+1 $##-$##-####", "+1$##$######", "$##.$##.####"],
        ["centurylink.net", "frontier.com", "hawaiiantel.net", "gmail.com", "icloud.com"],
    ),
    "hu": (
        [
            "Dobó István tér #.",
            "Széchenyi út ## #/#",
            "Bajcsy-Zsilinszky u. ##. fszt. #",
            "Rákóczi utca ###.",
        ],
        [
            ("Eger", "33##", "Heves vármegye"),
            ("Kecskemét", "60##", "Bács-Kiskun vármegye"),
            ("Szekszárd", "71##", "Tolna vármegye"),
            ("Hódmezővásárhely", "68##", "Csongrád-Csanád vármegye"),
        ],
        ["+36 30 ### ####", "06 20 ### ####", "06-1-###-####", "+36-70-###-####"],
        ["freemail.hu", "citromail.hu", "t-online.hu"],
    ),
    "fi": (
        ["Kauppakatu ## B ##", "Rantatie ##", "Koulukatu # as. #", "Metsäpolku ## A"],
        [
            ("Kajaani", "871##", "Kainuu"),
            ("Rovaniemi", "961##", "Lappi"),
            ("Seinäjoki", "601##", "Etelä-Pohjanmaa"),
            ("Savonlinna", "571##", "Etelä-Savo"),
        ],
        ["+358 40 ### ####", "040 ### ####", "050-#######", "+358 (0)44 #######"],
        ["suomi24.fi", "luukku.com", "elisanet.fi"],
    ),
    "ee": (
        ["Tallinna mnt ##-##", "Lossi tn #", "Pikk tn ##/#", "Vabaduse pst ##-#"],
        [
            ("Viljandi", "710##", "Viljandimaa"),
            ("Haapsalu", "905##", "Läänemaa"),
            ("Rakvere", "443##", "Lääne-Virumaa"),
            ("Kuressaare", "931##", "Saaremaa"),
        ],
        ["+372 5### ####", "5### ####", "+3725#######"],
        ["hot.ee", "mail.ee", "neti.ee"],
    ),
    "cz": (
        ["Komenského ####/##", "nám. Míru ##", "U Hřiště ###", "Palackého ##/#"],
        [
            ("Jihlava", "586 0#", "Kraj Vysočina"),
            ("Třebíč", "674 0#", "Kraj Vysočina"),
            ("Kroměříž", "767 0#", "Zlínský kraj"),
            ("Prostějov", "796 0#", "Olomoucký kraj"),
        ],
        ["+420 6## ### ###", "7## ### ###", "+420 5## ### ###"],
        ["seznam.cz", "centrum.cz", "email.cz"],
    ),
    "ro": (
        [
            "Str. Mihai Eminescu nr. ##, bl. @#, ap. ##",
            "Bd. Revoluției nr. ###",
            "Calea Moților nr. ##",
            "Aleea Teilor nr. #",
        ],
        [
            ("Sighișoara", "545###", "jud. Mureș"),
            ("Bistrița", "420###", "jud. Bistrița-Năsăud"),
            ("Râmnicu Vâlcea", "240###", "jud. Vâlcea"),
            ("Făgăraș", "505###", "jud. Brașov"),
        ],
        ["+40 7## ### ###", "07## ### ###", "0265 ### ###", "+40-74#-###-###"],
        ["yahoo.ro", "gmail.com", "rdslink.ro"],
    ),
    "ke": (
        ["P.O. Box ####", "House ##, Kamakwa Estate", "Kimathi Way, Plot ###", "Flat #@, Mama Ngina Court"],
        [
            ("Nyeri", "10100", "Nyeri County"),
            ("Eldoret", "30100", "Uasin Gishu County"),
            ("Kakamega", "50100", "Kakamega County"),
            ("Machakos", "90100", "Machakos County"),
        ],
        ["+254 7## ######", "07## ### ###", "+254-1##-######"],
        ["yahoo.com", "gmail.com", "africaonline.co.ke"],
    ),
    "eth": (
        ["Kebele ##, House No. ####", "Woreda ##, Kebele ##", "Near Kidus Giorgis Church, House ###"],
        [
            ("Debre Markos", "", "Amhara Region"),
            ("Arba Minch", "", "South Ethiopia Region"),
            ("Dessie", "", "Amhara Region"),
            ("Gondar", "", "Amhara Region"),
        ],
        ["+251 9# ### ####", "09## ## ## ##", "+251-58-###-####"],
        ["ethionet.et", "gmail.com", "yahoo.com"],
    ),
    "ph": (
        [
            "Blk ## Lot ##, Phase #, Villa Verde Subd.",
            "### Rizal St., Brgy. San Isidro",
            "Purok #, Brgy. Bagong Silang",
        ],
        [
            ("Lucena City", "4301", "Quezon"),
            ("Tarlac City", "2300", "Tarlac"),
            ("Dagupan", "2400", "Pangasinan"),
            ("Batangas City", "4200", "Batangas"),
        ],
        ["+63 9## ### ####", "09##-###-####", "(042) ### ####", "+639#########"],
        ["yahoo.com.ph", "gmail.com"],
    ),
    "as": (
        ["Lot ##, Fagaima Rd", "P.O. Box ####", "Lot ###, Route 001", "Fale ##, Ili'ili Rd"],
        [
            ("Pago Pago", "96799", "AS"),
            ("Leone", "96799", "AS"),
            ("Tafuna", "96799", "AS"),
            ("Vailoatai", "96799", "AS"),
        ],
        ["(684) 633-####", "+1 684 699 ####", "684-258-####"],
        ["blueskynet.as", "gmail.com"],
    ),
    "nz": (
        ["## Te Awa Road", "### Kahikatea Drive", "Flat #, ## Pohutukawa Avenue", "## Totara Street"],
        [
            ("Whakatāne", "31##", "Bay of Plenty"),
            ("Gisborne", "40##", "Tairāwhiti"),
            ("Kaitaia", "04##", "Northland"),
            ("Ōpōtiki", "31##", "Bay of Plenty"),
        ],
        ["+64 2# ### ####", "021 ### ####", "(07) ### ####", "027-###-####"],
        ["xtra.co.nz", "slingshot.co.nz", "gmail.com"],
    ),
    "nu": (
        ["Building ####", "House ###, Apex Road", "Unit ##, Building ####", "Box ###"],
        [
            ("Igloolik", "X0A 0L0", "NU"),
            ("Pangnirtung", "X0A 0R0", "NU"),
            ("Baker Lake", "X0C 0A0", "NU"),
            ("Cambridge Bay", "X0B 0C0", "NU"),
        ],
        ["(867) 979-####", "+1 867 645 ####", "867-473-####"],
        ["qiniq.com", "nunanet.com", "gmail.com"],
    ),
    "ge": (
        ["Rustaveli Ave ##, Apt ##", "Chavchavadze St. ##", "Tamar Mepe St ###", "Gorgasali St ##, Flat #"],
        [
            ("Kutaisi", "46##", "Imereti"),
            ("Zugdidi", "21##", "Samegrelo-Zemo Svaneti"),
            ("Telavi", "22##", "Kakheti"),
            ("Batumi", "60##", "Adjara"),
        ],
        ["+995 5## ## ## ##", "5## ## ## ##", "+995 431 ## ## ##"],
        ["posta.ge", "gmail.com", "mail.ru"],
    ),
    "am": (
        ["Abovyan St ##, Apt ##", "Tigran Mets Ave ###", "Mashtots St ##/#", "Komitas Ave ##"],
        [
            ("Gyumri", "31##", "Shirak"),
            ("Vanadzor", "20##", "Lori"),
            ("Dilijan", "39##", "Tavush"),
            ("Goris", "32##", "Syunik"),
        ],
        ["+374 9# ######", "(0312) #####", "09# ## ## ##"],
        ["mail.am", "yandex.ru", "gmail.com"],
    ),
    "kr": (
        ["##, Baekje-daero ###beon-gil", "Apt ###-####, Hanbit Apt", "###, Gyeongwon-dong #-ga"],
        [
            ("Jeonju", "54###", "Jeollabuk-do"),
            ("Cheongju", "28###", "Chungcheongbuk-do"),
            ("Gangneung", "25###", "Gangwon-do"),
            ("Suncheon", "57###", "Jeollanam-do"),
        ],
        ["010-####-####", "+82 10-####-####", "063-###-####", "+82-10-#### ####"],
        ["naver.com", "daum.net", "hanmail.net"],
    ),
    "jp": (
        ["#-##-# Hirosaka", "Minami-machi #-#", "#-chome ##-##, Asahi-machi", "Tono-machi ##-banchi"],
        [
            ("Kanazawa", "920-####", "Ishikawa"),
            ("Matsue", "690-####", "Shimane"),
            ("Hirosaki", "036-####", "Aomori"),
            ("Kagoshima", "890-####", "Kagoshima Prefecture"),
        ],
        ["090-####-####", "+81 80 #### ####", "076-###-####", "+81-99-###-####"],
        ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp"],
    ),
    "th": (
        ["###/## Moo #, Mittraphap Rd", "## Soi Sukhumvit ##", "###/# Moo #, Tambon Nai Mueang"],
        [
            ("Khon Kaen", "400##", "Khon Kaen Province"),
            ("Nakhon Ratchasima", "300##", "Nakhon Ratchasima Province"),
            ("Udon Thani", "410##", "Udon Thani Province"),
            ("Hat Yai", "901##", "Songkhla"),
        ],
        ["08#-###-####", "+66 8# ### ####", "+66-2-###-####"],
        ["hotmail.co.th", "gmail.com"],
    ),
    "ie": (
        ["## Bóthar na Trá", "Apt #, The Maltings, Mill Street", "## Ard na Gréine", "Cnoc na Rós, ##"],
        [
            ("Ennis", "V95 @#@#", "Co. Clare"),
            ("Castlebar", "F23 @#@#", "Co. Mayo"),
            ("Dungarvan", "X35 @#@#", "Co. Waterford"),
            ("Letterkenny", "F92 @#@#", "Co. Donegal"),
        ],
        ["087 ### ####", "+353 8# ### ####", "(065) 68 #####", "+353 (0)94 ### ####"],
        ["eircom.net", "gmail.com"],
    ),
    "wls": (
        ["## Heol y Wig", "Fflat #, ## Ffordd Penglais", "## Stryd Fawr", "Bryn Awel, ## Lôn Glan Môr"],
        [
            ("Aberystwyth", "SY23 #@@", "Ceredigion"),
            ("Machynlleth", "SY20 #@@", "Powys"),
            ("Pwllheli", "LL53 #@@", "Gwynedd"),
            ("Llandrindod Wells", "LD1 #@@", "Powys"),
        ],
        ["01970 ######", "+44 7### ######", "07### ######", "+44 (0)1654 ######"],
        ["btinternet.com", "gmail.com"],
    ),
    "pv": (
        [
            "Kale Nagusia ##, #. ezk.",
            "Zumalakarregi etorbidea ##, #. B",
            "Foruen plaza #, #. esk.",
            "Elkano kalea ##",
        ],
        [
            ("Azpeitia", "20730", "Gipuzkoa"),
            ("Tolosa", "20400", "Gipuzkoa"),
            ("Durango", "48200", "Bizkaia"),
            ("Gernika-Lumo", "48300", "Bizkaia"),
        ],
        ["+34 6## ## ## ##", "943 ## ## ##", "6## ### ###"],
        ["euskaltel.net", "gmail.com"],
    ),
    "ct": (
        [
            "C/ de la Riera, ##, #r #a",
            "Passeig del Firal, ##",
            "Carrer Major, ### baixos",
            "Rambla de Sant Nicolau, ##",
        ],
        [
            ("Berga", "08600", "Barcelona"),
            ("Olot", "17800", "Girona"),
            ("Igualada", "08700", "Barcelona"),
            ("Manresa", "08240", "Barcelona"),
        ],
        ["+34 6## ### ###", "93# ## ## ##", "972 ## ## ##"],
        ["telefonica.net", "gmail.com"],
    ),
    "no": (
        ["Bjørkeveien ##", "Hannoluohkka ##", "Markanveien #B", "Postboks ###"],
        [
            ("Kautokeino", "9520", "Finnmark"),
            ("Karasjok", "9730", "Finnmark"),
            ("Alta", "9510", "Finnmark"),
            ("Hammerfest", "9600", "Finnmark"),
        ],
        ["+47 9## ## ###", "4## ## ###", "78 ## ## ##"],
        ["online.no", "gmail.com"],
    ),
    "ch": (
        ["Via Centrala ##", "Quadra ##", "Plazza #", "Via da la Staziun ##"],
        [
            ("Ilanz", "7130", "GR"),
            ("Scuol", "7550", "GR"),
            ("Disentis/Mustér", "7180", "GR"),
            ("Savognin", "7460", "GR"),
        ],
        ["+41 81 ### ## ##", "079 ### ## ##", "081 ### ## ##"],
        ["bluewin.ch", "gmx.ch"],
    ),
    "pt": (
        ["Rua Direita, n.º ##, #.º Esq.", "Av. Sá Carneiro ###", "Travessa do Poço ##"],
        [
            ("Bragança", "5300-###", "Bragança"),
            ("Viseu", "3500-###", "Viseu"),
            ("Tavira", "8800-###", "Faro"),
        ],
        ["+351 91# ### ###", "96# ### ###", "273 ### ###"],
        ["sapo.pt", "gmail.com"],
    ),
    "nvk": (
        ["Maison ###", "C.P. ###", "Bâtiment ##, app. #"],
        [("Kuujjuaq", "J0M 1C0", "QC"), ("Puvirnituq", "J0M 1P0", "QC"), ("Salluit", "J0M 1S0", "QC")],
        ["(819) 964-####", "+1 819 988 ####", "819-254-####"],
        ["tamaani.ca", "gmail.com"],
    ),
    # native scripts
    "th_nat": (
        ["###/## หมู่ # ถนนมิตรภาพ", "## ซอยศรีจันทร์ #", "###/# ถนนนิพัทธ์อุทิศ #"],
        [
            ("อ.เมือง จ.ขอนแก่น", "400##", ""),
            ("อ.หาดใหญ่ จ.สงขลา", "901##", ""),
            ("อ.เมือง จ.อุดรธานี", "410##", ""),
        ],
        ["08#-###-####", "+66 8# ### ####"],
        ["hotmail.co.th", "gmail.com"],
    ),
    "ge_nat": (
        ["რუსთაველის გამზ. ##, ბ. ##", "თამარ მეფის ქ. ###", "ჭავჭავაძის ქ. ##"],
        [("ქუთაისი", "46##", ""), ("ზუგდიდი", "21##", ""), ("თელავი", "22##", "")],
        ["+995 5## ## ## ##", "5## ## ## ##"],
        ["posta.ge", "gmail.com"],
    ),
    "am_nat": (
        ["Աբովյան փ. ##, բն. ##", "Տիգրան Մեծի պող. ###", "Մաշտոցի փ. ##"],
        [("Գյումրի", "31##", ""), ("Վանաձոր", "20##", ""), ("Դիլիջան", "39##", "")],
        ["+374 9# ######", "09# ## ## ##"],
        ["mail.am", "gmail.com"],
    ),
    "kr_nat": (
        ["덕진구 백제대로 ###", "상당구 상당로 ##번길 ##", "강릉대로 ### ###동 ####호"],
        [("전라북도 전주시", "54###", ""), ("충청북도 청주시", "28###", ""), ("강원도 강릉시", "25###", "")],
        ["010-####-####", "063-###-####"],
        ["naver.com", "daum.net"],
    ),
    "jp_nat": (
        ["広坂#丁目#-#", "殿町##番地", "本町#-##-# コーポ本町###号"],
        [
            ("石川県金沢市", "920-####", ""),
            ("島根県松江市", "690-####", ""),
            ("青森県弘前市", "036-####", ""),
        ],
        ["090-####-####", "076-###-####"],
        ["docomo.ne.jp", "yahoo.co.jp"],
    ),
    "cn": (
        ["解放北路###号", "中山路##号#栋###室", "丰泽街###号"],
        [
            ("浙江省绍兴市越城区", "312###", ""),
            ("福建省泉州市丰泽区", "362###", ""),
            ("广东省广州市越秀区", "510###", ""),
        ],
        ["138 #### ####", "+86 139-####-####", "0575-########"],
        ["163.com", "qq.com"],
    ),
    "eth_nat": (
        ["ቀበሌ ##፣ የቤት ቁጥር ###", "ወረዳ ##፣ ቀበሌ ##"],
        [("ደብረ ማርቆስ", "", ""), ("አርባ ምንጭ", "", ""), ("ደሴ", "", "")],
        ["+251 9# ### ####", "09## ## ## ##"],
        ["ethionet.et", "gmail.com"],
    ),
    "tn": (
        ["##, காந்தி சாலை", "##/#, பெரிய தெரு", "கதவு எண் ##, வடக்கு வீதி"],
        [("தஞ்சாவூர்", "6130##", ""), ("திருநெல்வேலி", "6270##", ""), ("கும்பகோணம்", "6120##", "")],
        ["+91 9#### #####", "0436#-######"],
        ["gmail.com", "yahoo.co.in"],
    ),
}

MONTHS: dict[str, list[str]] = {
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
    "hu": [
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    ],
    "fi": [
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
    ],
    "et": [
        "jaanuar",
        "veebruar",
        "märts",
        "aprill",
        "mai",
        "juuni",
        "juuli",
        "august",
        "september",
        "oktoober",
        "november",
        "detsember",
    ],
    "cs": [
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
    "ro": [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    "sw": [
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ],
    "tl": [
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ],
    "ga": [
        "Eanáir",
        "Feabhra",
        "Márta",
        "Aibreán",
        "Bealtaine",
        "Meitheamh",
        "Iúil",
        "Lúnasa",
        "Meán Fómhair",
        "Deireadh Fómhair",
        "Samhain",
        "Nollaig",
    ],
    "cy": [
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ],
    "eu": [
        "urtarrilaren",
        "otsailaren",
        "martxoaren",
        "apirilaren",
        "maiatzaren",
        "ekainaren",
        "uztailaren",
        "abuztuaren",
        "irailaren",
        "urriaren",
        "azaroaren",
        "abenduaren",
    ],
    "ca": [
        "de gener",
        "de febrer",
        "de març",
        "d'abril",
        "de maig",
        "de juny",
        "de juliol",
        "d'agost",
        "de setembre",
        "d'octubre",
        "de novembre",
        "de desembre",
    ],
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
    "no": [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "de": [
        "Januar",
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
    "ka": [
        "იანვარი",
        "თებერვალი",
        "მარტი",
        "აპრილი",
        "მაისი",
        "ივნისი",
        "ივლისი",
        "აგვისტო",
        "სექტემბერი",
        "ოქტომბერი",
        "ნოემბერი",
        "დეკემბერი",
    ],
    "hy": [
        "հունվարի",
        "փետրվարի",
        "մարտի",
        "ապրիլի",
        "մայիսի",
        "հունիսի",
        "հուլիսի",
        "օգոստոսի",
        "սեպտեմբերի",
        "հոկտեմբերի",
        "նոյեմբերի",
        "դեկտեմբերի",
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
    "ta": [
        "ஜனவரி",
        "பிப்ரவரி",
        "மார்ச்",
        "ஏப்ரல்",
        "மே",
        "ஜூன்",
        "ஜூலை",
        "ஆகஸ்ட்",
        "செப்டம்பர்",
        "அக்டோபர்",
        "நவம்பர்",
        "டிசம்பர்",
    ],
}
ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
]
ONES += ["seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def words(n: int, sep: str = "-") -> str:
    """An English number word up to 199 ("ninety-three", "one hundred and two")."""
    if n >= 100:
        return "one hundred" + (f" and {words(n - 100, sep)}" if n > 100 else "")
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + (f"{sep}{ONES[n % 10]}" if n % 10 else "")


def ordinal_words(n: int) -> str:
    if n <= 20:
        return ORD_WORDS[n - 1]
    if n == 30:
        return "thirtieth"
    return f"{TENS[n // 10]} {ORD_WORDS[n % 10 - 1]}"


def spoken_year(y: int) -> str:
    if 2000 <= y < 2010:
        return f"two thousand {ONES[y - 2000]}" if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return f"{words(hi, ' ')} {words(lo, ' ') if lo >= 10 else 'oh ' + ONES[lo]}"


def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit (the first of a run never 0), '$' a digit 2-9, '@' an upper-case letter, '%' lower-case."""
    out = []
    for i, c in enumerate(pattern):
        if c == "#":
            out.append(rng.choice(D if i and pattern[i - 1] == "#" else "123456789"))
        elif c == "$":
            out.append(rng.choice("23456789"))
        elif c == "@":
            out.append(rng.choice("ACDEFHKNPRTWXY"))
        elif c == "%":
            out.append(rng.choice("abcdefghkmnprstw"))
        else:
            out.append(c)
    return "".join(out)


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + D) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def date_local(d: date, region: str, rng: random.Random) -> str:
    """A date as someone in `region` would write it."""
    dd, mm, y = d.day, d.month, d.year
    m = {k: v[mm - 1] for k, v in MONTHS.items()}
    en_ord = f"{dd}{'th' if 10 <= dd <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(dd % 10, 'th')}"
    forms = {
        "us": [f"{mm:02d}/{dd:02d}/{y}", f"{m['en']} {dd}, {y}", f"{m['en'][:3]} {dd} {y}", f"{mm}-{dd}-{y}"],
        "hu": [f"{y}. {m['hu']} {dd}.", f"{y}.{mm:02d}.{dd:02d}.", f"{y}-{mm:02d}-{dd:02d}"],
        "fi": [f"{dd}.{mm}.{y}", f"{dd}. {m['fi']} {y}"],
        "ee": [f"{dd:02d}.{mm:02d}.{y}", f"{dd}. {m['et']} {y}"],
        "cz": [f"{dd}. {mm}. {y}", f"{dd}. {m['cs']} {y}", f"{dd:02d}.{mm:02d}.{y}"],
        "ro": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {m['ro']} {y}"],
        "ke": [f"{dd}/{mm}/{y}", f"{dd} {m['sw']} {y}", f"{dd:02d}-{mm:02d}-{y}"],
        "eth": [f"{dd:02d}/{mm:02d}/{y}", f"{m['en'][:3]} {dd}, {y}"],
        "ph": [f"{m['tl']} {dd}, {y}", f"{mm:02d}/{dd:02d}/{y}", f"ika-{dd} ng {m['tl']} {y}"],
        "as": [f"{mm:02d}/{dd:02d}/{y}", f"{m['en']} {dd}, {y}"],
        "nz": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {m['en'][:3]} {y}", f"{en_ord} {m['en']} {y}"],
        "nu": [f"{y}-{mm:02d}-{dd:02d}", f"{m['en']} {dd}, {y}", f"{dd}/{mm:02d}/{y}"],
        "ge": [f"{dd:02d}.{mm:02d}.{y}", f"{dd} {m['en']} {y}"],
        "am": [f"{dd:02d}.{mm:02d}.{y}", f"{dd}/{mm:02d}/{y}"],
        "kr": [f"{y}.{mm:02d}.{dd:02d}", f"{y}-{mm:02d}-{dd:02d}", f"{y}. {mm}. {dd}."],
        "jp": [f"{y}/{mm:02d}/{dd:02d}", f"{y}.{mm}.{dd}"],
        "th": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {m['en'][:3]} {y}"],
        "ie": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {m['ga']} {y}", f"{en_ord} {m['en']} {y}"],
        "wls": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {m['cy']} {y}", f"{dd} {m['en']} {y}"],
        "pv": [f"{y}/{mm:02d}/{dd:02d}", f"{y}ko {m['eu']} {dd}a", f"{dd}/{mm:02d}/{y}"],
        "ct": [f"{dd}/{mm}/{y}", f"{dd} {m['ca']} de {y}", f"{dd:02d}-{mm:02d}-{y}"],
        "no": [f"{dd:02d}.{mm:02d}.{y}", f"{dd}. {m['no']} {y}"],
        "ch": [f"{dd:02d}.{mm:02d}.{y}", f"{dd}. {m['de']} {y}"],
        "pt": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} de {m['pt']} de {y}"],
        "nvk": [f"{dd:02d}/{mm:02d}/{y}", f"{dd} {m['fr']} {y}", f"{y}-{mm:02d}-{dd:02d}"],
        "th_nat": [f"{dd} {m['th']} {y}", f"{dd:02d}/{mm:02d}/{y}"],
        "ge_nat": [f"{dd} {m['ka']} {y}", f"{dd:02d}.{mm:02d}.{y}"],
        "am_nat": [f"{dd} {m['hy']} {y}", f"{dd:02d}.{mm:02d}.{y}"],
        "kr_nat": [f"{y}년 {mm}월 {dd}일", f"{y}.{mm:02d}.{dd:02d}"],
        "jp_nat": [f"{y}年{mm}月{dd}日", f"{y}/{mm:02d}/{dd:02d}"],
        "cn": [f"{y}年{mm}月{dd}日", f"{y}-{mm:02d}-{dd:02d}"],
        "eth_nat": [f"{dd:02d}/{mm:02d}/{y}"],
        "tn": [f"{dd} {m['ta']} {y}", f"{dd:02d}-{mm:02d}-{y}"],
    }[region]
    return rng.choice(forms)


def date_in(d: date, lang: str) -> str:
    """A date in a given discharge-instruction language (es, pt, fr, tl, ca, en)."""
    m = MONTHS[lang][d.month - 1]
    return {
        "es": f"{d.day} de {m} de {d.year}",
        "pt": f"{d.day} de {m} de {d.year}",
        "fr": f"{d.day} {m} {d.year}",
        "tl": f"{m} {d.day}, {d.year}",
        "en": f"{m} {d.day}, {d.year}",
    }[lang]


def ascii_fold(s: str) -> str:
    out = unicodedata.normalize("NFKD", s.replace("ø", "o").replace("æ", "ae").replace("'", ""))
    return "".join(c for c in out if c.isascii() and c.isalpha()).lower()


def _time(rng: random.Random) -> str:
    """A clock time whose minutes are never :00/:30, so it cannot collide with a keep dosing time."""
    return f"{rng.randint(0, 23):02d}:{rng.choice([m for m in range(60) if m % 30]):02d}"


COUNTRY_CODE = {
    "us": "1",
    "as": "1",
    "nu": "1",
    "nvk": "1",
    "hu": "36",
    "fi": "358",
    "ee": "372",
    "cz": "420",
}
COUNTRY_CODE |= {"ro": "40", "ke": "254", "eth": "251", "eth_nat": "251", "ph": "63", "nz": "64", "ge": "995"}
COUNTRY_CODE |= {
    "ge_nat": "995",
    "am": "374",
    "am_nat": "374",
    "kr": "82",
    "kr_nat": "82",
    "jp": "81",
    "jp_nat": "81",
}
COUNTRY_CODE |= {
    "th": "66",
    "th_nat": "66",
    "ie": "353",
    "wls": "44",
    "pv": "34",
    "ct": "34",
    "no": "47",
    "ch": "41",
}
COUNTRY_CODE |= {"pt": "351", "cn": "86", "tn": "91"}


def e164(local: str, region: str) -> str:
    """The E.164 form (+CC...) of a phone number written the local or international way."""
    s = local.replace("(0)", "")
    digits = "".join(c for c in s if c.isdigit())
    if s.lstrip().startswith("+"):
        return "+" + digits
    cc = COUNTRY_CODE[region]
    if cc == "36" and digits.startswith("06"):
        digits = digits[2:]
    elif cc == "1" and len(digits) == 11:
        digits = digits[1:]
    elif cc != "1":
        digits = digits.lstrip("0")
    return f"+{cc}{digits}"


US_PLATES = [
    ("CA", "#@@@###"),
    ("TX", "@@@-####"),
    ("NY", "@@@-####"),
    ("MT", "#-####@"),
    ("HI", "@@@ ###"),
    ("ME", "#### @@"),
    ("MN", "@@@ ###"),
    ("AL", "##@@###"),
]
US_AREAS = {"TX": "936", "MT": "406", "MN": "218", "ME": "207", "AL": "334", "HI": "808", "NV": "775"}


def person(rng: random.Random, culture: str, region: str | None = None) -> dict[str, Slot]:
    """Every slot a probe-5 template may name, for one person of `culture` living in `region`."""
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
        if culture in GLUED:
            return f + g
        return f"{f} {g}" if fam_first else f"{g} {f}"

    streets, towns, phones, domains = PLACES[region]
    town, pc, region_text = rng.choice(towns)
    dob = date(rng.randint(1928, 2007), rng.randint(1, 12), rng.randint(1, 28))
    old_dob = date(rng.randint(1919, 1933), rng.randint(1, 12), rng.randint(1, 28))
    visit = date(2024, 1, 8) + timedelta(days=rng.randint(0, 640))
    v2 = visit + timedelta(days=rng.randint(2, 12))
    v3 = v2 + timedelta(days=rng.randint(14, 60))
    dod = visit + timedelta(days=rng.randint(1, 9))
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][visit.weekday()]
    old_age = dod.year - old_dob.year - ((dod.month, dod.day) < (old_dob.month, old_dob.day))
    loc_given = ascii_fold(given.split()[-1]) or "pt"
    loc_family = ascii_fold(family.split()[-1]) or "user"
    if culture.endswith("_nat") or culture in ("zh", "ta"):  # romanised mailbox for native-script names
        loc_given, loc_family = rng.choice(["nino", "somsri", "anahit", "dasom", "chiharu", "xiuying"]), "k"
    t1 = _time(rng)
    name = full(given, family)
    initial = (ascii_fold(family)[:1] or "X").upper()
    plate_state, plate_pat = rng.choice(US_PLATES)
    us_state = rng.choice(sorted(US_AREAS))
    us_area = US_AREAS[us_state] if region == "us" else rng.choice(["406", "218", "808"])
    mmddyy = f"{visit.month:02d}{visit.day:02d}{visit.year % 100:02d}"
    return {
        "culture": culture,
        "female": "1" if female else "",
        "region_text": region_text,
        "plate_state": plate_state,
        "name": P("NAME", name),
        "given": P("NAME", given),
        "family": P("NAME", family),
        "GIVEN": P("NAME", given.upper()),
        "FAMILY": P("NAME", family.upper()),
        "name_lower": P("NAME", name.lower()),
        "rel": P("NAME", full(rel_given, rel_family)),
        "rel_given": P("NAME", rel_given),
        "other": P("NAME", full(other_given, other_family)),
        "street": P("ADDRESS", fill(rng, rng.choice(streets))),
        "street2": P("ADDRESS", fill(rng, rng.choice(streets))),
        "town": P("ADDRESS", town),
        "zip": P("ZIP", fill(rng, pc)),
        "phone": P("PHONE", fill(rng, rng.choice(phones))),
        "mobile": P("PHONE", fill(rng, rng.choice(phones))),
        "fax": P("FAX", fill(rng, rng.choice(phones))),
        "us_phone": P("PHONE", f"({us_area}) {fill(rng, '$##')}-{fill(rng, '####')}"),
        "e164": P("PHONE", e164(fill(rng, rng.choice(phones)), region)),
        "email": P(
            "EMAIL",
            f"{loc_given}.{loc_family}{rng.choice(['', str(dob.year % 100), str(rng.randint(2, 99))])}"
            f"@{rng.choice(domains)}",
        ),
        "email2": P("EMAIL", f"{loc_family[:1]}{loc_given}{rng.randint(100, 999)}@{rng.choice(domains)}"),
        "dob": P("DATE", date_local(dob, region, rng)),
        "dob_iso": P("DATE", dob.isoformat()),
        "dob_us": P("DATE", f"{dob.month:02d}/{dob.day:02d}/{dob.year}"),
        "dob_compact": P("DATE", dob.strftime("%Y%m%d")),
        # the spoken year may stay (Safe Harbor keeps years), so only month and day are labelled
        "dob_spoken": (
            P("DATE", f"{MONTHS['en'][dob.month - 1].lower()} {ordinal_words(dob.day)}"),
            f" {spoken_year(dob.year)}",
        ),
        "old_dob": P("DATE", date_local(old_dob, region, rng)),
        "old_dob_iso": P("DATE", old_dob.isoformat()),
        "visit": P("DATE", date_local(visit, region, rng)),
        "visit2": P("DATE", date_local(v2, region, rng)),
        "visit3": P("DATE", date_local(v3, region, rng)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit2_iso": P("DATE", v2.isoformat()),
        "visit_ts": P("DATE", f"{visit.isoformat()}T{t1}:{rng.randint(10, 59)}+00:00"),
        "visit_us": P("DATE", f"{visit.month:02d}/{visit.day:02d}/{visit.year}"),
        "visit_ics": P("DATE", visit.strftime("%Y%m%d") + "T" + t1.replace(":", "") + "00Z"),
        "visit_rfc": P("DATE", f"{visit.day} {MONTHS['en'][visit.month - 1][:3]} {visit.year}"),
        "visit_rfc2822": P(
            "DATE", f"{wd}, {visit.day} {MONTHS['en'][visit.month - 1][:3]} {visit.year} {t1}:07 +0200"
        ),
        "visit_md": P("DATE", f"{MONTHS['en'][visit.month - 1]} {visit.day}"),
        "visit_es": P("DATE", date_in(visit, "es")),
        "visit_pt": P("DATE", date_in(v2, "pt")),
        "visit_fr": P("DATE", date_in(v3, "fr")),
        "visit_tl": P("DATE", date_in(v2, "tl")),
        "dod": P("DATE", date_local(dod, region, rng)),
        "dod_us": P("DATE", f"{MONTHS['en'][dod.month - 1]} {dod.day}, {dod.year}"),
        "old_age": P("AGE", str(old_age)),
        "old_age_words": P("AGE", words(old_age)),
        "mrn": P(
            "MRN",
            rng.choice(
                [
                    ids.rdigits(rng, 7),
                    f"{token(rng, 1, UP)}{ids.rdigits(rng, 8, D)}",
                    f"{ids.rdigits(rng, 2)}-{ids.rdigits(rng, 2, D)}-{ids.rdigits(rng, 4, D)}",
                    f"E{ids.rdigits(rng, 9)}",
                ]
            ),
        ),
        "mrn2": P("MRN", f"{token(rng, 3, UP)}{ids.rdigits(rng, 6, D)}"),
        "ssn": P(
            "SSN", f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
        ),
        "ssn_space": P(
            "SSN", f"{rng.randint(101, 665):03d} {rng.randint(10, 99):02d} {rng.randint(1000, 9999):04d}"
        ),
        "member": P(
            "HEALTH_PLAN",
            rng.choice(
                [
                    f"{token(rng, 3, UP)}{ids.rdigits(rng, 8, D)}",
                    f"W{ids.rdigits(rng, 9)}",
                    f"{ids.rdigits(rng, 3)}-{ids.rdigits(rng, 3, D)}-"
                    f"{ids.rdigits(rng, 3, D)}-{token(rng, 2, UP)}",
                ]
            ),
        ),
        "group": P("HEALTH_PLAN", f"{ids.rdigits(rng, 6)}-{token(rng, 3, UP)}"),
        "mbi": P("HEALTH_PLAN", ids.make_mbi(rng)),
        "account": P("ACCOUNT", f"{ids.rdigits(rng, 4)}-{ids.rdigits(rng, 6, D)}"),
        "card": P("ACCOUNT", ids.make_card(rng)),
        "iban": P(
            "ACCOUNT", ids.make_iban(rng, rng.choice(sorted(ids.IBAN_SHAPES)), grouped=rng.random() < 0.6)
        ),
        "npi": P("LICENSE", ids.make_npi(rng)),
        "dea": P("LICENSE", ids.make_dea(rng, initial)),
        "dl": P("LICENSE", rng.choice([f"{initial}{ids.rdigits(rng, 8, D)}", f"{ids.rdigits(rng, 9)}"])),
        "cert": P("LICENSE", f"{visit.year}-{ids.rdigits(rng, 6)}"),
        "plate": P("VEHICLE", fill(rng, plate_pat)),
        "vin": P("VEHICLE", ids.make_vin(rng)),
        "udi": P("DEVICE", ids.make_udi(rng)),
        "serial": P(
            "DEVICE",
            rng.choice(
                [
                    f"SN{ids.rdigits(rng, 9, D)}",
                    f"{token(rng, 3, UP)}{ids.rdigits(rng, 7, D)}",
                    f"{fill(rng, '@#@#-@@##-####')}",
                ]
            ),
        ),
        "imei": P("DEVICE", ids.make_imei(rng)),
        "mac": P("DEVICE", ":".join(token(rng, 2, "0123456789ABCDEF") for _ in range(6))),
        "ipv4": P(
            "IP",
            f"{rng.choice([10, 172, 192, 100, 81])}.{rng.randint(1, 254)}."
            f"{rng.randint(0, 254)}.{rng.randint(2, 253)}",
        ),
        "ipv6": P("IP", f"2001:db8:{token(rng, 4, HEX)}:{token(rng, 3, HEX)}e::{token(rng, 2, HEX)}7"),
        "url": P(
            "URL",
            f"https://{rng.choice(['myhealth', 'portal', 'records'])}."
            f"{rng.choice(['tairawhiti', 'kivalliq', 'nyeri-ch'])}"
            f"-health.example/patient/{ids.rdigits(rng, 8)}/chart",
        ),
        "photo_url": P("URL", f"https://cdn.clinic.example/photos/{loc_family}_{loc_given}_{mmddyy}.jpg"),
        "password": P("CREDENTIAL", token(rng, 5) + rng.choice("!#%") + token(rng, 6)),
        "apikey": P("CREDENTIAL", "sk-ant-api03-" + token(rng, 48, string.ascii_letters + D + "_-")),
        "jwt": P(
            "CREDENTIAL",
            "eyJhbGciOiJSUzI1NiJ9."
            + token(rng, 40, string.ascii_letters + D + "_-")
            + "."
            + token(rng, 43, string.ascii_letters + D + "_-"),
        ),
        "ghtoken": P("CREDENTIAL", "ghp_" + token(rng, 36)),
        # national identifiers (each with valid check digits where the scheme has one)
        "hetu": P("ID", ids.make_hetu(rng, dob)),
        "isikukood": P("ID", ids.make_isikukood(rng, dob, female)),
        "rodne": P("ID", ids.make_rodne_cislo(rng, dob, female)),
        "cnp": P("ID", ids.make_cnp(rng, dob, female)),
        "taj": P("HEALTH_PLAN", ids.make_taj(rng)),
        "rrn": P("ID", ids.make_rrn(rng, dob, female)),
        "ahv": P("ID", ids.make_ahv(rng)),
        "fnr": P("ID", ids.make_fnr(rng, dob)),
        "il_id": P("ID", ids.make_il_id(rng)),
        "nhi": P("HEALTH_PLAN", ids.make_nhi(rng)),
        "ppsn": P("ID", ids.make_ppsn(rng)),
        "dni": P("ID", ids.make_dni(rng)),
        "th_id": P("ID", ids.make_th_id(rng)),
        "cn_id": P("ID", ids.make_cn_id(rng, dob, female)),
        "my_number": P("ID", ids.make_my_number(rng)),
        "ke_id": P("ID", ids.rdigits(rng, 8, "23")),
        "fayda": P("ID", ids.rdigits(rng, 12)),
        "philhealth": P(
            "HEALTH_PLAN", f"{ids.rdigits(rng, 2, '01')}-{ids.rdigits(rng, 9, D)}-{rng.randint(0, 9)}"
        ),
        "nu_hc": P("HEALTH_PLAN", ids.rdigits(rng, 9, "1")),
        "ge_pn": P("ID", ids.rdigits(rng, 11, "0123456")),
        "am_ssc": P("ID", ids.rdigits(rng, 10)),
        "nhs_wales": P("HEALTH_PLAN", ids.make_nhs(rng)),
        "cip": P("HEALTH_PLAN", f"{token(rng, 4, UP)} {ids.rdigits(rng, 10, '01')}"),
        "ehic": P("HEALTH_PLAN", f"80{ids.rdigits(rng, 18, D)}"),
        "abha": P(
            "HEALTH_PLAN", f"91-{ids.rdigits(rng, 4, D)}-{ids.rdigits(rng, 4, D)}-{ids.rdigits(rng, 4, D)}"
        ),
        "dob_year": str(dob.year),
    }
