# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the thirty-eighth probe: English-language health text from Africa and the
Caribbean (synthetic only; no real patient). Name words are plausible words of Yoruba, Igbo, Hausa, Akan, Ewe,
Ga, Kikuyu, Luo, Kamba, Luganda, Swahili, Bemba, Chewa/Nyanja, Shona, Ndebele, Zulu, Xhosa, Sotho, Tswana,
Krio, Afro- and Indo-Caribbean naming, plus the English-word given names common there (Comfort, Godswill,
Loveness, Nomatter, Trymore ...), combined at random: never a real person. They were checked against every
string of the people tables of probes 1-36 (test_probe38: no shared name word, nickname, town or street).

Towns, villages, streets, estates and landmarks are invented for each country; first-level divisions (states,
regions, counties, provinces, districts of Botswana, parishes of Jamaica and Barbados, regional corporations of
Trinidad, numbered regions of Guyana), countries and facility names are real and are keep values. Numbers are
random; a South African identity number carries its Luhn digit (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe38 import ids
from tests.engine.probe38.ids import fill

__all__ = [
    "ADULT",
    "COUNTRIES",
    "NAMES",
    "NICKS",
    "WORD_NAMES",
    "Country",
    "K",
    "P",
    "Person",
    "Slot",
    "draw_person",
    "fill",
]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "yoruba": (["Olamide", "Opeyemi", "Omotola", "Eniola", "Iyanuoluwa", "Jolaade", "Odunayo", "Gbemisola", "Moradeke", "Bolanle", "Abosede", "Motunrayo", "Feyisayo"],
               ["Korede", "Mobolaji", "Adetokunbo", "Oladele", "Ademola", "Dapo", "Toluwalase"],
               ["Adegbite", "Ajibola", "Ogunbanjo", "Akinyele", "Bamgbose", "Oladipupo", "Olagunju", "Ogunsola", "Fagbemi", "Oyebode", "Adejumo", "Oyedepo", "Fasanmi", "Olayiwola", "Adetoro", "Okunola"]),
    "igbo": (["Ozioma", "Uzoamaka", "Nkiruka", "Ogechi", "Adanna"],
             ["Chinonso", "Uchenna", "Chijioke", "Kenechukwu", "Nwabueze", "Chidozie", "Okwudili"],
             ["Okoye", "Chukwuma", "Ogbonna", "Ezeh", "Onwuachu", "Agbasi", "Nwokedi", "Obiechina", "Nwaigwe", "Onuoha", "Umeadi"]),
    "hausa": (["Halima", "Rabi", "Jamila", "Mairo", "Ladidi", "Binta", "Lami", "Hafsat", "Saadatu", "Ummi", "Asabe"],
              ["Aminu", "Sani", "Kabiru", "Nasiru", "Gambo", "Tanko", "Haruna", "Auwal"],
              ["Lawal", "Dankwambo", "Maikano", "Ringim", "Kazaure", "Dandago", "Shinkafi", "Yabo", "Kurfi", "Dambatta", "Gummi"]),
    "akan": (["Aba", "Akyaa", "Ewurabena", "Maame", "Konadu"],
             ["Fiifi", "Kweku", "Paapa", "Nana"],
             ["Amponsah", "Asamoah", "Kyei", "Oppong", "Twumasi", "Darkwa", "Baffour", "Obeng", "Sarfo", "Addai"]),
    "ewe": (["Enam", "Esinam", "Xorla", "Kafui", "Delali", "Sedinam", "Etornam", "Aseye", "Mawunyo", "Elinam", "Sena", "Afi"],
            ["Dela", "Korku", "Kodzo", "Kwami", "Dodzi", "Atsu", "Fafali"],
            ["Agbeko", "Ahiable", "Gbedemah", "Amedzro", "Agbenyega", "Tsikata", "Kumordzi", "Adzoyi", "Ametewee", "Dogbe", "Akpalu", "Gadzekpo", "Fiadzigbe", "Amenyo", "Ahadzie", "Kpeglo"]),
    "ga": (["Adjeley", "Dedei", "Korkor", "Adoley", "Naki", "Oyoo", "Ahiney", "Kokui", "Dromo"],
           ["Okai", "Ashie", "Adotey", "Odartey", "Ayitey", "Akwei"],
           ["Lamptey", "Quartey", "Ankrah", "Armah", "Laryea", "Aryee", "Odoi", "Sowah", "Ashitey", "Tagoe", "Kotei", "Allotey", "Nikoi", "Bortey", "Tackie"]),
    "kikuyu": (["Waithera", "Wanjiku", "Gathoni", "Wangui", "Wamaitha", "Njoki", "Wacera"],
               ["Wachira", "Maina", "Kinuthia", "Njuguna", "Waithaka", "Githaiga"],
               ["Gachoka", "Muchiri", "Thuo", "Wahome", "Ndirangu", "Gikonyo", "Kabugi", "Mburu", "Njenga", "Kuria", "Gachuhi"]),
    "luo": (["Awuor", "Adhiambo", "Anyango", "Auma", "Apiyo", "Akoth", "Aoko", "Akello", "Nyaboke", "Aluoch"],
            ["Okoth", "Ouma", "Oduor", "Otiende", "Ojwang", "Okumu", "Odongo", "Oyugi"],
            ["Odera", "Okello", "Oloo", "Ogutu", "Obura", "Wasonga", "Ochola", "Opiyo", "Ouko", "Oketch", "Ongeri", "Obonyo", "Omolo", "Ogada", "Nyagudi", "Osewe", "Ayieko"]),
    "kamba": (["Mwende", "Mueni", "Ndinda", "Kalunda", "Mwikali", "Kavata", "Katunge", "Syombua", "Nthenya", "Kanini", "Mwongeli"],
              ["Musyoka", "Kioko", "Nzioka", "Muthama", "Mwendwa", "Kyalo", "Musau", "Mulei", "Kitonga"],
              ["Mutiso", "Kilonzo", "Musyoki", "Nzomo", "Wambua", "Mulwa", "Kitheka", "Muia", "Mbithi", "Kasyoka", "Ndambuki", "Kimeu", "Mwanzia", "Nzuki"]),
    "luganda": (["Nakato", "Babirye", "Nansubuga", "Nabukenya", "Namatovu", "Nakayiza", "Namirembe", "Nassali", "Nalubega", "Nakalema"],
                ["Kato", "Ssekandi", "Mukasa", "Kiggundu", "Ssenyonga", "Kibuuka", "Mayanja", "Muwanga", "Bukenya"],
                ["Kiwanuka", "Mugerwa", "Nsubuga", "Kasozi", "Lwanga", "Kaweesa", "Ssentongo", "Musoke", "Kalibbala", "Bbosa", "Kyeyune", "Ssenkubuge", "Kawooya", "Nsereko", "Sserwadda", "Kasirye"]),
    "swahili": (["Tumaini", "Subira", "Mwanaisha", "Mwajuma", "Rukia", "Mwanahawa", "Bahati", "Fatuma", "Salma", "Mwanamisi", "Zuhura", "Asha", "Pendo", "Sikudhani"],
                ["Amani", "Hamisi", "Saidi", "Athumani", "Shabani", "Mussa", "Rajabu", "Ramadhani", "Selemani", "Jumanne", "Omari", "Hassani", "Makame"],
                ["Mwakalinga", "Mushi", "Massawe", "Kimaro", "Lyimo", "Mrema", "Shirima", "Temba", "Mwakyusa", "Mollel", "Swai", "Kisanga", "Mbwambo", "Ngowi", "Kombo", "Mfinanga", "Mwakasege", "Mwakipesile", "Mlay", "Msuya", "Urassa", "Minja", "Kessy"]),
    "bemba": (["Mwila", "Chanda", "Bwalya", "Mwansa", "Chileshe", "Mumba", "Chola", "Kasonde", "Mwaba", "Chisenga", "Mwenya", "Lweendo"],
              ["Kabwe", "Mwape", "Chilufya", "Mubanga", "Chewe", "Bupe", "Kapambwe", "Chibwe", "Kangwa", "Muma"],
              ["Chisanga", "Kapembwa", "Mukuka", "Chipimo", "Katongo", "Bwembya", "Nkonde", "Mwamba", "Kaoma", "Chomba", "Kalunga", "Mutale", "Chansa", "Musonda", "Mwelwa", "Kasanda", "Chipili", "Mulenga", "Kalaba"]),
    "chewa": (["Thandizo", "Takondwa", "Tamara", "Alinafe", "Mayeso", "Tadala"],
              ["Thokozani", "Tawonga", "Limbani", "Chikumbutso", "Zikomo", "Gomezgani", "Mayamiko"],
              ["Phiri", "Mwale", "Nkhoma", "Mbewe", "Sakala", "Daka", "Ngoma", "Jere", "Chisale", "Zimba", "Tembo", "Kaluwa", "Njobvu", "Mvula"]),
    "shona": (["Rutendo", "Tafadzwa", "Chiedza", "Kudzai", "Fadzai", "Rumbidzai", "Ropafadzo", "Vimbai", "Ruvimbo", "Anesu", "Nyarai", "Shingai", "Mufaro", "Tariro"],
              ["Tapiwa", "Munyaradzi", "Tawanda", "Simbarashe", "Takudzwa", "Tanaka", "Tinotenda", "Tonderai", "Kudzanai", "Tafara", "Rufaro"],
              ["Mapfumo", "Gumbo", "Chirenje", "Mukanya", "Makoni", "Marufu", "Chinyama", "Madzima", "Mutsvangwa", "Mushonga", "Chigumba", "Matanhire", "Gwenzi", "Kanengoni", "Mazvimba", "Chitsike", "Murambiwa", "Chipunza", "Mandaza"]),
    "ndebele": (["Nqobile", "Sithabile", "Nomalanga", "Sinikiwe"],
                ["Thulani", "Nkosana", "Sithembiso", "Sikhumbuzo", "Thabani", "Mthulisi", "Dumisani"],
                ["Sibanda", "Nkomo", "Mpofu", "Mlilo", "Tshuma", "Dlodlo", "Masuku", "Ngwenya", "Mathe", "Nyoni", "Ncube", "Dube"]),
    "zulu": (["Sibongile", "Ayanda", "Zodwa", "Nonhlanhla", "Mbali", "Zinhle", "Thembeka", "Lungile", "Khanyisile", "Hlengiwe", "Snenhlanhla", "Londiwe"],
             ["Nkosinathi", "Mthokozisi", "Sanele", "Sbu", "Mxolisi", "Bheki", "Sifiso", "Njabulo"],
             ["Cele", "Shabalala", "Mabaso", "Gumede", "Hlongwane", "Majola", "Ndaba", "Khanyile", "Msomi", "Mkhwanazi", "Sithole", "Mncube", "Zondi"]),
    "xhosa": (["Akhona", "Unathi", "Lulama", "Yonela", "Thembisa", "Vuyiswa", "Noluthando", "Bulelwa", "Ntombekhaya"],
              ["Lwandile", "Andile", "Lukhanyo", "Bulelani", "Siyamthanda", "Xolani", "Sibabalwe", "Zolani"],
              ["Nqaba", "Sotashe", "Gqabi", "Mgijima", "Ngxola", "Mxenge", "Ntshona", "Qwabe", "Gxarisa", "Mpahlwa", "Makeleni", "Nkonyeni", "Mtshali", "Mavuso", "Jafta", "Nomvete", "Mqhayi", "Tyali", "Ndamase"]),
    "sotho": (["Palesa", "Lerato", "Lebohang", "Refiloe", "Puleng", "Relebohile", "Mosa", "Dineo", "Mpolokeng"],
              ["Thabo", "Karabo", "Tshepo", "Katleho", "Tsietsi", "Pule", "Tlali"],
              ["Mokoena", "Mofokeng", "Molefe", "Motaung", "Sello", "Lebona", "Letsie", "Ramokhele", "Thamae", "Sefako", "Mosia", "Makhetha", "Ntsane", "Moloi", "Nthako", "Rakotsoane"]),
    "tswana": (["Lesedi", "Naledi", "Kefilwe", "Oratile", "Goitseone", "Tshiamo", "Boipelo", "Keabetswe", "Amogelang", "Onkemetse", "Lorato"],
               ["Tebogo", "Otsile", "Mompati", "Oarabile", "Thato", "Bakang", "Kgosi", "Tiro", "Kitso", "Omphemetse", "Gofaone", "Tumisang"],
               ["Masire", "Motsumi", "Kgari", "Tlhabanelo", "Gaolathe", "Mokgethi", "Modise", "Seleka", "Ntshekisang", "Mothibi", "Ramatlapeng", "Setlhare", "Pheko", "Gaseitsiwe", "Morake", "Ketshabile"]),
    "krio": (["Mariatu", "Aminata", "Kadiatu", "Hawa", "Saffie", "Jeneba", "Musu", "Memuna", "Adama", "Zainab", "Haja", "Christiana"],
             ["Alusine", "Sorie", "Tamba", "Santigie", "Lamin", "Ibrahim", "Amadu", "Augustine"],
             ["Kamara", "Sesay", "Mansaray", "Fofanah", "Macauley", "Nicol", "Decker", "Spaine", "Kanu", "Tarawallie", "Kallon", "Bockarie", "Sankoh", "Lahai"]),
    "caribbean": (["Shanice", "Tishana", "Shellyann", "Sherika", "Jhenelle", "Nickeisha", "Shanakay", "Tricia", "Karlene", "Jodian", "Chevelle", "Kimoy", "Tashana", "Shaneika", "Alecia", "Sade", "Annmarie"],
                  ["Shamar", "Odane", "Romario", "Akeem", "Kadeem", "Tevin", "Everton", "Tyrique", "Kirk", "Orville", "Ricardo", "Devon", "Leon", "Courtney"],
                  ["Brathwaite", "Greenidge", "Blackman", "Holder", "Griffith", "Forde", "Gittens", "Springer", "Haynes", "Pilgrim", "Worrell", "Alleyne", "Cumberbatch", "Weekes", "Inniss", "Bynoe", "Skeete", "Lashley", "Gayle", "Beckford", "Mahfood", "Samuda", "Wedderburn", "Lyew", "Spence", "Lindo", "Bovell", "Wilburg", "Sandiford", "Hinds", "Gonsalves"]),
    "indo_caribbean": (["Savitri", "Shivanie", "Indira", "Rajmattie", "Sharda", "Kamla", "Vidya", "Anjanie", "Parbattie", "Chandra", "Radhica", "Nalini"],
                       ["Deonarine", "Rajindra", "Vishnu", "Kishore", "Ganesh", "Harripaul", "Balram", "Surujdeo", "Neil", "Khemraj"],
                       ["Ramdass", "Maharaj", "Persad", "Boodoo", "Rampersad", "Seepersad", "Sookdeo", "Gosine", "Beharry", "Persaud", "Ramnarine", "Bacchus", "Narine", "Harripersad", "Jagroop", "Baksh", "Dookhan", "Mootoo"]),
}  # fmt: skip

# English-word given names (female, male), drawn instead of a culture's given name in much of Southern, East and
# West Africa
WORD_NAMES: tuple[list[str], list[str]] = (
    ["Comfort", "Favour", "Marvellous", "Loveness", "Beauty", "Happiness", "Fortunate", "Miracle", "Testimony", "Rejoice", "Sharon", "Esther"],
    ["Innocent", "Prosper", "Godswill", "Talent", "Knowledge", "Goodness", "Praise", "Trust", "Wisdom", "Pardon", "Clever", "Godknows",
     "Nomatter", "Learnmore", "Givemore", "Lovemore", "Trymore", "Obvious", "Decent", "Evidence", "Goodluck", "Success", "Welcome"],
)  # fmt: skip

# what people are called at home or at the market (drawn independently of the given name)
NICKS = ["Kuda", "Tinny", "Bisi", "Dayo", "Yemi", "Tobi", "Mpumi", "Zizi", "Boiti", "Tumi", "Sisi", "Jide", "Kemi", "Chichi",
         "Nkem", "Wawa", "Shiro", "Kui", "Wambo", "Koko", "Vee", "Shaz", "Fluffy", "Chiki", "Mosi", "Naana", "Sbo", "Thuli", "Zee"]  # fmt: skip

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "ymail.com"]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str  # keep
    cultures: tuple[str, ...]
    word_share: float  # share of English-word given names
    regions: tuple[str, ...]  # first-level divisions: keep when alone, plain text inside an address
    towns: tuple[str, ...]  # invented towns and townships (ADDRESS)
    villages: tuple[str, ...]  # invented villages, compounds, wards, estates, sections (ADDRESS)
    streets: tuple[str, ...]  # invented street names with their kind (ADDRESS, inside a street line)
    landmarks: tuple[str, ...]  # invented landmarks used to give directions (ADDRESS)
    dial: str  # country calling code
    trunk: str  # national trunk prefix ("0" or "")
    mobiles: tuple[str, ...]  # national significant number patterns, grouped as written
    zip: str | None  # postcode pattern
    id_label: str
    plan_label: str
    art_label: str
    facilities: tuple[str, ...]  # keep
    currency: str
    wallet: str  # mobile-money service (keep)


def _c(**kw: object) -> Country:
    return Country(**kw)  # type: ignore[arg-type]


COUNTRIES: dict[str, Country] = {c.code: c for c in [
    _c(code="ng", name="Nigeria", cultures=("yoruba", "igbo", "hausa"), word_share=0.35,
       regions=("Lagos State", "Oyo State", "Enugu State", "Kano State", "Ogun State", "Anambra State"),
       towns=("Odo-Akinlade", "Igbesa-Oke", "Umuokpara", "Eke-Akpugo", "Unguwar Gambari", "Ijoko-Afobaje"),
       villages=("Unguwar Dorawa", "Amaokwe-Isiala", "Oke-Odofin", "Agbeni-Orisun", "Ifesowapo Estate"),
       streets=("Akinremi Adeoye Road", "Olabisi Adedeji Street", "Ezenwafor Close", "Muritala Oseni Crescent", "Obiorah Nwogu Avenue", "Gidan Mallam Road"),
       landmarks=("Cherubim Mercyland Church", "Oando Filling Station Ojuore", "Ebenezer Bakery Junction", "Iya Oloja Market Gate"),
       dial="+234", trunk="0", mobiles=("80% ### ####", "70% ### ####", "81% ### ####", "90% ### ####"), zip="1#####",
       id_label="NIN", plan_label="NHIA No.", art_label="ART No.",
       facilities=("Federal Medical Centre Abeokuta", "Lagos University Teaching Hospital", "Aminu Kano Teaching Hospital", "General Hospital Ikorodu"),
       currency="₦", wallet="OPay"),
    _c(code="gh", name="Ghana", cultures=("akan", "ewe", "ga"), word_share=0.3,
       regions=("Greater Accra Region", "Ashanti Region", "Volta Region", "Central Region", "Eastern Region"),
       towns=("Asuokwa-Ntow", "Dzelukope-Afegame", "Ofankor-Yeboakrom", "Akwadum-Zongo", "Tsokome Ablorh", "Nsuobri-Adjen"),
       villages=("Abofu Kwabrafo", "Gbawe Oblogo", "Kotokuraba Down", "Aveyime-Torgbui", "Mpehuasem"),
       streets=("Okwampa Close", "Adjiringanor Street", "Nii Adjiri Kwao Road", "Kwabrafoso Lane", "Abuakwa Sowutuom Link"),
       landmarks=("Ebenezer Presby Chapel", "Shell Filling Station Okwampa", "Auntie Akorfa Chop Bar", "Amanfro Lorry Station"),
       dial="+233", trunk="0", mobiles=("24 ### ####", "54 ### ####", "20 ### ####", "55 ### ####"), zip=None,
       id_label="Ghana Card No.", plan_label="NHIS No.", art_label="ART No.",
       facilities=("Korle Bu Teaching Hospital", "Komfo Anokye Teaching Hospital", "Ridge Hospital", "Ho Teaching Hospital"),
       currency="GHS", wallet="MTN MoMo"),
    _c(code="ke", name="Kenya", cultures=("kikuyu", "luo", "kamba"), word_share=0.1,
       regions=("Nairobi County", "Kiambu County", "Kisumu County", "Machakos County", "Nakuru County"),
       towns=("Ndumberi Mjini", "Kathiani-Kaewa", "Obunga Kasarani", "Gachika Kiriko", "Nyakwere Kobala", "Kathonzweni Mbiuni"),
       villages=("Kamenu Phase 2", "Wanguru Kiamanyeki", "Kiunyu", "Mtongwe Ndogo", "Kobala Kamgwa"),
       streets=("Githogoro Road", "Mbare Nyalenda Lane", "Kamiti Kanjeru Road", "Nzambani Drive", "Kobala Access Road"),
       landmarks=("AIPCA Githogoro Church", "Mama Njeru Shop", "Kobala Chief's Camp", "Kanjeru Stage"),
       dial="+254", trunk="0", mobiles=("7%# ### ###", "11# ### ###", "72# ### ###"), zip="%0###",
       id_label="ID No.", plan_label="NHIF No.", art_label="CCC No.",
       facilities=("Kenyatta National Hospital", "Thika Level 5 Hospital", "Machakos Level 5 Hospital", "Kisumu County Referral Hospital"),
       currency="KES", wallet="M-PESA"),
    _c(code="ug", name="Uganda", cultures=("luganda",), word_share=0.3,
       regions=("Central Region", "Western Region", "Eastern Region", "Northern Region"),
       towns=("Buloba Kasenyi", "Nalumunye Kisimbiri", "Kitende-Bwebajja", "Matugga Kigoogwa", "Busukuma Namulonge"),
       villages=("Nakasajja", "Kisaasi-Kulambiro", "Lwanyonyi", "Kijjabijjo", "Namawojjolo"),
       streets=("Ssenkatuuka Road", "Kabanyoro Close", "Namilyango Lane", "Kiwatule Nsimbi Road", "Kasangati Ring Road"),
       landmarks=("St. Kizito Kijjabijjo Catholic Church", "Lwanyonyi Borehole", "Mzee Bbale Shop", "Nakasajja Trading Centre"),
       dial="+256", trunk="0", mobiles=("77# ######", "70# ######", "75# ######", "78# ######"), zip=None,
       id_label="NIN", plan_label="Insurance member No.", art_label="ART No.",
       facilities=("Mulago National Referral Hospital", "Mengo Hospital", "Kawempe Health Centre IV", "Nsambya Hospital"),
       currency="UGX", wallet="Airtel Money"),
    _c(code="tz", name="Tanzania", cultures=("swahili",), word_share=0.1,
       regions=("Dar es Salaam Region", "Arusha Region", "Mwanza Region", "Dodoma Region", "Kilimanjaro Region"),
       towns=("Mbezi Msumi", "Tegeta Nyuki", "Kimara Korogwe", "Ngarenaro Juu", "Kikwe Maji ya Chai"),
       villages=("Mwembeni Juu", "Kibamba Hospitali", "Nyakato Buswelu", "Mnadani Kisasa", "Uswahilini Kati"),
       streets=("Mwinyimkuu Street", "Kisukuru Road", "Nyakato Sokoni Road", "Mwembeni Street"),
       landmarks=("Msikiti wa Ijumaa Mwembeni", "Kituo cha Mafuta Kisukuru", "Duka la Mzee Kipara", "Shule ya Msingi Mnadani"),
       dial="+255", trunk="0", mobiles=("75# ### ###", "71# ### ###", "68# ### ###", "62# ### ###"), zip=None,
       id_label="NIDA No.", plan_label="NHIF No.", art_label="CTC No.",
       facilities=("Muhimbili National Hospital", "Kilimanjaro Christian Medical Centre", "Mwananyamala Regional Referral Hospital", "Bugando Medical Centre"),
       currency="TZS", wallet="M-Pesa"),
    _c(code="zm", name="Zambia", cultures=("bemba", "chewa"), word_share=0.4,
       regions=("Lusaka Province", "Copperbelt Province", "Southern Province", "Eastern Province"),
       towns=("Chunga Kabanana", "Nkana Kwacha", "Mapepe Shimabala", "Kamwala Chinika", "Chibolya Misisi"),
       villages=("Chaisa Compound", "Chipata Overspill", "Mwaiseni", "Kanyama Site 2", "Mtendere Kalikiliki"),
       streets=("Chipulukusu Road", "Mumbwa Chilimbulu Road", "Katope Street", "Luanshya Kalulu Road", "Chilenje Mwanza Close"),
       landmarks=("Chaisa Seventh-day Church", "Shoprite Chunga", "Chisokone Tuntemba Stand", "Mwaiseni Market"),
       dial="+260", trunk="0", mobiles=("97# ### ###", "96# ### ###", "77# ### ###", "76# ### ###"), zip="1####",
       id_label="NRC No.", plan_label="NHIMA No.", art_label="ART No.",
       facilities=("University Teaching Hospital", "Chawama Level 1 Hospital", "Ndola Teaching Hospital", "Matero Level 1 Hospital"),
       currency="ZMW", wallet="MTN MoMo"),
    _c(code="zw", name="Zimbabwe", cultures=("shona", "ndebele"), word_share=0.45,
       regions=("Harare Province", "Bulawayo Province", "Manicaland Province", "Mashonaland East Province", "Masvingo Province"),
       towns=("Gwenzura Heights", "Nyamatsiwa Township", "Mabvazuva Park", "Zvishavane-Mandava", "Emakhandeni West"),
       villages=("Chikanga Phase 3", "Nkulumane 12", "Mutapa Section C", "Dangamvura Extension", "Mabvuku Old Location"),
       streets=("Chiremba Road", "Mukuvisi Crescent", "Tongogara Way", "Runhare Close", "Nkwisi Drive"),
       landmarks=("Mukuvisi ZAOGA Church", "Gwenzura Shopping Centre", "Mbuya Marufu's tuckshop", "Runhare borehole"),
       dial="+263", trunk="0", mobiles=("77# ### ###", "71# ### ###", "78# ### ###"), zip=None,
       id_label="National ID", plan_label="PSMAS No.", art_label="OI/ART No.",
       facilities=("Parirenyatwa Group of Hospitals", "Mpilo Central Hospital", "Harare Central Hospital", "Chitungwiza Central Hospital"),
       currency="USD", wallet="EcoCash"),
    _c(code="za", name="South Africa", cultures=("zulu", "xhosa", "sotho"), word_share=0.2,
       regions=("Western Cape", "Gauteng", "KwaZulu-Natal", "Eastern Cape", "Free State"),
       towns=("Siyathemba", "Mzimhlophe Park", "Khayalethu", "Thembalihle Ridge", "Ntshongweni Heights"),
       villages=("Section K2", "Ext 14", "Phola Park West", "Zone 6", "Vukuzenzele"),
       streets=("Mhlabunzima Street", "Sonwabile Crescent", "Ntsikana Road", "Mbilane Close", "Mahlasela Avenue"),
       landmarks=("Vukuzenzele Taxi Rank", "Thembalihle Spaza", "ZCC Mhlabunzima", "Phola Park Tavern"),
       dial="+27", trunk="0", mobiles=("8% ### ####", "7% ### ####", "6% ### ####"), zip="%###",
       id_label="ID No.", plan_label="Medical aid No.", art_label="TIER.Net No.",
       facilities=("Chris Hani Baragwanath Academic Hospital", "Groote Schuur Hospital", "Khayelitsha District Hospital", "Edendale Hospital"),
       currency="R", wallet="eWallet"),
    _c(code="bw", name="Botswana", cultures=("tswana",), word_share=0.35,
       regions=("South-East District", "Kweneng District", "Central District", "North-East District"),
       towns=("Gabane-Kgwatlheng", "Mmopane Block 2", "Tsholofelo East", "Ledumadumane", "Mogobane-Ramonaka"),
       villages=("Bontleng", "Kgosing", "Maiteko", "Block 9", "Phologolo"),
       streets=("Motlhabane Way", "Sekgoma Ntsweng Road", "Kgwatlheng Close", "Tshiamelo Street"),
       landmarks=("Kgwatlheng Kgotla", "Choppies Mmopane", "Mma Dikeledi Tuck Shop", "Ramonaka Water Tower"),
       dial="+267", trunk="", mobiles=("71 ### ###", "72 ### ###", "74 ### ###", "77 ### ###"), zip=None,
       id_label="Omang", plan_label="Medical aid No.", art_label="ART No.",
       facilities=("Princess Marina Hospital", "Nyangabgwe Referral Hospital", "Scottish Livingstone Hospital", "Deborah Retief Memorial Hospital"),
       currency="BWP", wallet="Orange Money"),
    _c(code="sl", name="Sierra Leone", cultures=("krio",), word_share=0.1,
       regions=("Western Area", "Northern Province", "Southern Province", "Eastern Province"),
       towns=("Magbafth Wharf", "Tokeh Lumpa", "Kissy Brook Ropoti", "Jui Songo", "Mabayoh Town"),
       villages=("Fornikoh", "Mokanji Junction", "Ropoti Section", "Lumpa Village", "Masorie Lokko"),
       streets=("Tengbeh Street", "Pa Lansana Lane", "Old Ropoti Road", "Mabayoh Drive"),
       landmarks=("Ropoti Central Mosque", "Big Mammy Fatu shop", "Songo Junction", "Lumpa Court Barray"),
       dial="+232", trunk="0", mobiles=("76 ######", "77 ######", "88 ######", "30 ######"), zip=None,
       id_label="NIN", plan_label="SLeSHI No.", art_label="ART No.",
       facilities=("Connaught Hospital", "Princess Christian Maternity Hospital", "Kenema Government Hospital", "Ola During Children's Hospital"),
       currency="SLE", wallet="Orange Money"),
    _c(code="jm", name="Jamaica", cultures=("caribbean",), word_share=0.0,
       regions=("St. Andrew", "St. Catherine", "Clarendon", "St. James", "Manchester", "Westmoreland"),
       towns=("Ebony Vale", "Cherry Grove", "Brompton Pen", "Bellevue Heights", "Spring Pond"),
       villages=("Palmcrest Gardens", "Ivy Green Meadows", "Sandalwood Acres", "Passion Fruit Walk", "Greenwood Park"),
       streets=("Sweetsop Walk", "Mahoe Drive", "Lignum Vitae Avenue", "Naseberry Close", "Cotton Tree Lane"),
       landmarks=("Ebony Vale Square", "Miss Gloria's cookshop", "Brompton Pen Bus Stop", "Spring Pond Baptist Church"),
       dial="+1", trunk="", mobiles=("876 %## ####",), zip=None,
       id_label="TRN", plan_label="NHF card No.", art_label="ART No.",
       facilities=("Kingston Public Hospital", "Spanish Town Hospital", "Cornwall Regional Hospital", "May Pen Hospital"),
       currency="JMD", wallet="Lynk"),
    _c(code="tt", name="Trinidad and Tobago", cultures=("caribbean", "indo_caribbean"), word_share=0.0,
       regions=("Couva-Tabaquite-Talparo", "San Juan-Laventille", "Penal-Debe", "Sangre Grande", "Princes Town"),
       towns=("Poui Hill Village", "Cedar Hill Village", "Mamoral No. 2", "Palmyra Settlement", "Carapal Junction"),
       villages=("Sookram Settlement", "Caroni Canot", "Ramlal Trace Extension", "Kanhai Village"),
       streets=("Cedar Hill Trace", "Caroni Canot Road", "Sookram Trace", "Pepper Village Road", "Ramlal Trace"),
       landmarks=("Poui Hill Mandir", "Carapal roti shop", "Mamoral Recreation Ground", "Sookram Hindu School"),
       dial="+1", trunk="", mobiles=("868 %## ####",), zip=None,
       id_label="National ID", plan_label="Insurance member No.", art_label="ART No.",
       facilities=("San Fernando General Hospital", "Eric Williams Medical Sciences Complex", "Sangre Grande Hospital", "Couva District Health Facility"),
       currency="TTD", wallet="WiPay"),
    _c(code="bb", name="Barbados", cultures=("caribbean",), word_share=0.0,
       regions=("St. Michael", "Christ Church", "St. Philip", "St. James", "St. George"),
       towns=("Rowans Gap", "Kingsland Heights", "Bayfield Terrace", "Sion Hill Gardens", "Brereton Village"),
       villages=("Rowans Park", "Chapel Gap", "Bayfield Tenantry", "Tamarind Row Gap"),
       streets=("Flamboyant Avenue", "Mahogany Row", "Coral Stone Drive", "Sea Grape Close"),
       landmarks=("Rowans Gap Rum Shop", "Brereton Moravian church", "Bayfield Bus Stop", "Kingsland Pasture"),
       dial="+1", trunk="", mobiles=("246 %## ####",), zip="BB1##0#",
       id_label="NRN", plan_label="Insurance ID", art_label="ART No.",
       facilities=("Queen Elizabeth Hospital", "Winston Scott Polyclinic", "Randal Phillips Polyclinic", "Maurice Byer Polyclinic"),
       currency="BBD", wallet="mMoney"),
    _c(code="gy", name="Guyana", cultures=("caribbean", "indo_caribbean"), word_share=0.0,
       regions=("Region 4", "Region 6", "Region 3", "Region 5"),
       towns=("Nieuw Rozenhof", "Zorgvliet Front", "Blijdendal Sideline", "Kleinhoop Village", "Good Faith Dam"),
       villages=("Section B", "Sideline Dam", "Front Lands", "Middle Walk", "Back Dam"),
       streets=("Rozenhof Public Road", "Kleinhoop Middle Walk", "Sideline Dam Street", "Canefield Drive"),
       landmarks=("Rozenhof Koker", "Zorgvliet masjid", "Auntie Pam's shop", "Blijdendal Sluice"),
       dial="+592", trunk="", mobiles=("6%# ####",), zip=None,
       id_label="NIS No.", plan_label="Insurance member No.", art_label="ART No.",
       facilities=("Georgetown Public Hospital", "New Amsterdam Hospital", "Linden Hospital Complex", "Suddie Hospital"),
       currency="GYD", wallet="MMG"),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    cc: str
    given: str
    middle: str
    family: str
    female: bool
    nick: str
    kid: str  # a child's given name ("Mama <kid>", "Baba <kid>")
    dob: date
    phone: str  # national format
    phone2: str
    intl: str  # +dial grouped
    msisdn: str  # digits only, with the calling code
    email: str
    nid: str
    plan: str
    hosp: str
    art: str
    town: str
    village: str
    street: str  # street line with number
    landmark: str
    box: str  # "P.O. Box 1234" (ADDRESS)
    zip: str  # "" when the country has no postcodes
    region: str  # plain text inside an address
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _phone(rng: random.Random, c: Country) -> tuple[str, str, str]:
    nsn = fill(rng, rng.choice(c.mobiles))
    digits = nsn.replace(" ", "")
    if c.dial == "+1":
        local = rng.choice(
            [f"({digits[:3]}) {digits[3:6]}-{digits[6:]}", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"]
        )
    elif c.code == "gy":
        local = f"{digits[:3]}-{digits[3:]}"
    else:
        local = rng.choice([c.trunk + nsn, c.trunk + digits]) if c.trunk else nsn
    return local, f"{c.dial} {nsn}", c.dial.lstrip("+") + digits


def _street_line(rng: random.Random, c: Country) -> str:
    n = rng.randint(2, 480)
    s = rng.choice(c.streets)
    return {
        "ng": rng.choice([f"No. {n}, off {s}", f"{n}, {s}", f"Plot {n}, {s}"]),
        "gh": rng.choice([f"House No. {n}, {s}", f"H/No. {fill(rng, '@%#/#')}, {s}"]),
        "ke": rng.choice([f"House No. {n}, off {s}", f"Plot {n}, {s}"]),
        "ug": rng.choice([f"Plot {n}, {s}", f"Plot {n}, off {s}"]),
        "tz": rng.choice([f"House No. {n}, {s}", f"Plot {n}, {s}"]),
        "zm": rng.choice([f"House No. {fill(rng, '%###')}, {s}", f"Plot {fill(rng, '%####')}, {s}"]),
        "zw": rng.choice([f"Stand {fill(rng, '%###')}", f"{n} {s}", f"House {fill(rng, '%###')}, {s}"]),
        "za": rng.choice([f"Erf {fill(rng, '%###')}", f"{n} {s}", f"Stand {fill(rng, '%###')}"]),
        "bw": rng.choice([f"Plot {fill(rng, '%####')}", f"Plot {fill(rng, '%###')}, {s}"]),
        "sl": rng.choice([f"{n} {s}", f"No. {n} {s}"]),
        "jm": rng.choice([f"Lot {n}, {rng.choice(c.villages)}", f"{n} {s}"]),
        "tt": rng.choice([f"LP {n}, {s}", f"LP# {n} {s}"]),
        "bb": rng.choice([f"No. {n}, {s}", f"{s}"]),
        "gy": rng.choice([f"Lot {n}, {s}", f"Lot {n} {s}"]),
    }[c.code]


def _addr(
    rng: random.Random, c: Country, st: str, village: str, town: str, lm: str, box: str, zp: str, region: str
) -> tuple:
    """One whole address as its country writes it: PHI pieces, generic words and the region as plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    forms = {
        "ng": [
            (A(st), ", ", A(town), ", ", region),
            ("behind ", A(lm), ", ", A(village), ", ", A(town)),
            (A(st), ", ", A(village), ", ", A(town), " ", Z(zp)),
        ],
        "gh": [
            (A(st), ", ", A(town), " (GPS ", A(box), ")"),
            ("near ", A(lm), ", ", A(village), ", ", A(town)),
        ],
        "ke": [(A(box), "-", Z(zp), ", ", A(town)), (A(st), ", ", A(village), ", ", A(town))],
        "ug": [(A(st), ", ", A(village), " village, ", A(town)), (A(box), ", ", A(town))],
        "tz": [(A(st), ", ", A(village), ", ", A(town)), (A(box), ", ", A(town))],
        "zm": [(A(st), ", ", A(village), ", ", A(town)), (A(box), ", ", A(town), " ", Z(zp))],
        "zw": [(A(st), ", ", A(village), ", ", A(town)), (A(st), ", ", A(town), ", ", region)],
        "za": [
            (A(st), ", ", A(village), ", ", A(town), ", ", Z(zp)),
            (A(st), ", ", A(town), ", ", region, ", ", Z(zp)),
        ],
        "bw": [(A(st), ", ", A(village), ", ", A(town)), (A(box), ", ", A(town))],
        "sl": [(A(st), ", ", A(town)), ("behind ", A(lm), ", ", A(village), ", ", A(town))],
        "jm": [(A(st), ", ", A(town), ", ", region), (A(st), ", ", A(town), " P.O., ", region)],
        "tt": [(A(st), ", ", A(town)), (A(st), ", ", A(village), ", ", A(town))],
        "bb": [(A(st), ", ", A(town), ", ", region, " ", Z(zp)), (A(st), ", ", A(village), ", ", region)],
        "gy": [(A(st), ", ", A(town), ", ", region), (A(st), ", ", A(village), ", ", A(town))],
    }
    return rng.choice(forms[c.code])


ADULT = (18 * 365, 80 * 365)


def draw_person(rng: random.Random, cc: str, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = ADULT, dob: date | None = None, avoid_region: str = "") -> Person:  # fmt: skip
    """A person of country `cc` whose name words (and village and landmark) are not yet used in the document,
    born `age_days` before `ref` (or on `dob`)."""
    c = COUNTRIES[cc]
    female = rng.random() < 0.5 if female is None else female
    culture = rng.choice(c.cultures)
    fs, ms, fam = NAMES[culture]
    pool = list(fs if female else ms)
    if rng.random() < c.word_share:
        pool = WORD_NAMES[0] if female else WORD_NAMES[1]
    every = [g for f, m, _ in NAMES.values() for g in (f if female else m)]
    given = rng.choice([g for g in pool if g not in used] or [g for g in every if g not in used])
    used.add(given)
    middle = rng.choice([g for g in fs + ms if g not in used] or [g for g in every if g not in used])
    used.add(middle)
    family = rng.choice(
        [x for x in fam if x not in used] or [x for *_, xs in NAMES.values() for x in xs if x not in used]
    )
    used.add(family)
    kid = rng.choice([g for g in fs + ms if g not in used] or [g for g in every if g not in used])
    nick = rng.choice([n for n in NICKS if n not in used])
    used |= {kid, nick}
    dob = dob or ref - timedelta(days=rng.randint(*age_days))
    phone, intl, msisdn = _phone(rng, c)
    phone2 = _phone(rng, c)[0]
    bare = family.lower()
    local = rng.choice([f"{given.lower()}.{bare}", f"{given[0].lower()}{bare}{rng.randint(1, 99)}",
                        f"{given.lower()}{bare}{dob.year % 100:02d}", f"{bare}.{given.lower()}"])  # fmt: skip
    email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    town = rng.choice(c.towns)
    village = rng.choice([v for v in c.villages if v not in used] or list(c.villages))
    lm = rng.choice([v for v in c.landmarks if v not in used] or list(c.landmarks))
    used |= {village, lm}
    st = _street_line(rng, c)
    if cc == "gh":  # a GhanaPost GPS digital address stands where a P.O. Box would
        box = (
            rng.choice(["GA", "GE", "AK", "VT", "CR", "EN"])
            + "-"
            + fill(rng, rng.choice(["%##-####", "%###-####"]))
        )
    else:
        box = f"P.O. Box {rng.randint(12, 9899)}"
    zp = fill(rng, c.zip) if c.zip else ""
    region = rng.choice([r for r in c.regions if r != avoid_region])
    p = Person(cc, given, middle, family, female, nick, kid, dob, phone, phone2, intl, msisdn, email,
               ids.national_id(rng, cc, dob, female), ids.plan(rng, cc), ids.hosp_no(rng, cc), ids.art_no(rng, cc),
               town, village, st, lm, box, zp, region)  # fmt: skip
    p.addr = _addr(rng, c, st, village, town, lm, box, zp, region)
    return p
