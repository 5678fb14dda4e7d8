# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventy-third probe: health text from Sub-Saharan Africa written in
African languages (synthetic only; no real patient, mother, child, relative, health worker or caller). Name
words are Mijikenda (Kenyan coast), Tanzanian (Nyakyusa, Chagga, Sukuma, coastal Swahili), Amharic in Ge'ez
script (given name, father's name, grandfather's name), Yoruba with tone marks and under-dots, Hausa with
ɓ ɗ ƙ, Igbo with dotted vowels, isiZulu and isiXhosa (with clan praise names, izithakazelo, and the MaX form
of a married woman's maiden name), Somali (given, father, grandfather), Kinyarwanda (a Christian or French
given name and a Kinyarwanda personal name that is no family name), Luganda (a Christian given name and a clan
name; a woman's clan name starts with Na-) and Shona, combined at random: never a real person. They were
checked against every string of the people tables of probes 1-72 before any measurement (test_probe73: no
shared name word); words of one or two letters are no name words for that check.

Villages, wards, kebeles, sectors, cells, locations, compounds and streets are invented; counties, states,
provinces, regions and countries are real and are keep values when written alone. Hospitals, health centres,
dispensaries and pharmacies are invented or generic. Numbers are random; South African ids carry the holder's
birth date, sex digits and a Luhn check digit, Rwandan ids the birth year and sex digit, NIDA numbers the birth
date, Fayda FINs a Verhoeff check digit, Zimbabwean ids their modulus-23 check letter, NUBAN accounts the CBN
check digit (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe73 import ids
from tests.engine.probe73.ids import fill

__all__ = ["CLAN", "FEMALE_FAMILY", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family -- for Amharic and Somali the father's / grandfather's given name)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "mijikenda": (
        ["Kavumbi", "Mapenzi", "Kache", "Nyevu", "Kahaso", "Mbeyu", "Kachi", "Dzame", "Mwanaheri"],
        ["Mwarogo", "Kiponda", "Mramba", "Mwangala", "Ngowa", "Kambi", "Mwachongo", "Sirya", "Kasena", "Mangi", "Shehe", "Dzuya", "Mwakamba", "Mwachiti", "Mwaro", "Sanga"],
        ["Mwachiro", "Mwadzaya", "Chivatsi", "Mwakudza", "Nyundo", "Mwamure", "Chiro", "Bidzo", "Mwanyule", "Mwagandi",
         "Chitibwi", "Mwatsuma", "Dzengo", "Mwaringa", "Karema", "Dzombo"]),
    "tanzanian": (
        ["Mwanaidi", "Kuruthumu", "Mwasiti", "Ashura", "Mwamvita", "Mwantumu", "Anyesi", "Paskazia", "Ng'wasi", "Kulwa", "Doto", "Mbuke"],
        ["Seleman", "Paskali", "Kassimu", "Mbaraka", "Shija", "Masanja", "Nkwabi", "Mabula", "Bujiku", "Ndaki", "Malugu",
         "Jilala", "Kashindye"],
        ["Mwasomola", "Kyaruzi", "Tarimo", "Mwakibete", "Mwaipopo", "Mwangosi", "Komba", "Mbilinyi", "Mwanjala", "Kibona", "Mwamlima", "Mwampashi", "Mwasakyeni", "Lema", "Massam", "Shayo", "Kileo", "Kimambo", "Mwaisaka"]),
    "amharic": (
        ["ጥሩወርቅ", "ብርቅነሽ", "ሙሉመቤት", "ትዕግሥት", "ፋንታዬ", "ሰብለወንጌል", "ዘነበች", "ወርቅነሽ", "ብዙነሽ", "የሺእመቤት", "ውባየሁ", "እናትነሽ", "ዓለምፀሐይ", "ሂሩት",
         "ፀደንያ", "ትርሐስ", "ሶፍያ", "አልማዝ", "አስቴር", "ደብሪቱ", "ዘርፌ", "አሰገደች"],
        ["ተስፋዬ", "ገብረመድኅን", "ወልደሚካኤል", "አበበ", "ከበደ", "ጌታቸው", "ደረጀ", "ታደሰ", "ሙላቱ", "አለሙ", "ዘውዱ", "ብርሃኑ", "ይልማ", "አስፋው", "ግርማ",
         "ፍቅሬ", "ደምሴ", "አያሌው", "ሞገስ", "ቸርነት"],
        ["እሸቱ", "ሽፈራው", "ተሾመ", "ካሳሁን", "ገዛኸኝ", "ዓለማየሁ", "ንጉሤ", "ፈቃዱ", "ወርቁ", "አዱኛ", "ጌትነት", "ምትኩ", "ሀብታሙ", "ባንቺአየሁ", "መኮንን", "ጸጋዬ",
         "ገበየሁ", "በላቸው", "ይርጋ", "ዳኛቸው", "አምባው"]),
    "yoruba": (
        ["Fọláṣadé", "Mọ́nísọ́lá", "Àbẹ̀kẹ́", "Ìbùkúnọlá", "Adérónkẹ́", "Bọ́lánlé", "Ọlábísí",
         "Omọ́tọ́lání", "Fúnmiláyọ̀", "Ìrèmídé"],
        ["Ọláolúwa", "Ọládèjọ", "Akínwùmí", "Kọ́lápọ̀", "Ọláòṣebìkan", "Ìṣọ̀lá", "Olúwáṣeun",
         "Ṣẹ̀gun", "Mùyíwá", "Tìmílẹ́yìn", "Adéṣọlá"],
        ["Ọlọ́runfẹ́mi", "Adébáyọ̀", "Oyèwọlé", "Fáṣọlá", "Adégbọ́lá", "Akíntúndé", "Oyèbánjí", "Ajíbádé", "Àyánwálé",
         "Ládipọ̀", "Ọlátúnjí", "Ọ̀gúntádé", "Fádáhùnsì", "Àkàndé", "Ọyẹ́lẹ́yẹ", "Ìdòwú", "Oníbọnòjé"]),
    "hausa": (
        ["Ƙulu", "Ɗije", "Kande", "Jummai", "Talatu", "Hajara", "Gaji", "Ɗelu", "Tabawa", "Ƙaltume", "Hansatu", "Kubra"],
        ["Ɗahiru", "Ƙasimu", "Ɗanladi", "Balarabe", "Audu", "Ɗantani", "Ɗanasabe", "Habu", "Shu'aibu", "Ɗalhatu",
         "Mu'azu", "Isiyaku"],
        ["Ɗanbaba", "Ɗanmusa", "Ɗankawu", "Ɗanlami", "Ɗansabo", "Maigari", "Maishanu", "Zangina", "Ɗanzaki", "Ƙwairanga", "Ɓaraya", "Ɗanhausa", "Ƙaura",
         "Maiturare", "Ɗangiwa", "Ɗanmalam", "Ɗanyaro", "Ɗanwawu", "Ɓunza", "Ɗanguguwa", "Ƙanƙare"]),
    "igbo": (
        ["Ụzọamaka", "Ọbiageli", "Chịnwendụ", "Ụlọma", "Ọnyinyechi", "Adaọbị", "Nkechịnyere", "Ụchechi", "Ijeọma", "Chinyerụgo", "Ụkamaka",
         "Nneọma", "Chidịnma", "Akụnna"],
        ["Chịdịebere", "Ọnyekachi", "Chibụike", "Ọkwụdịlị", "Ifeanyịchukwu", "Ụzọma", "Ọbụmneme",
         "Nnaọma", "Ekwutọsị"],
        ["Nwankwọ", "Ọkafọ", "Anịkwe", "Ezeọkọlị", "Ọnwụbụya", "Ụdeagha", "Ọkpara", "Obiọra", "Nwaọgụ", "Ezeanyịka", "Anyaọkụ",
         "Mbanefọ", "Ndukwe", "Akụbụeze", "Nwafọ", "Ezeakụ", "Ọbịdịegwu", "Nwakọbi", "Ọkọlị", "Iwuagwụ"]),
    "zulu": (
        ["Ntokozo", "Mbalenhle", "Ntombenhle", "Zamokuhle", "Slindile", "Thobile", "Zethembe", "Nosihle", "Phumzile", "Ntandoyenkosi", "Sthembile", "Nokukhanya", "Mbaliyezwe", "Nompilo", "Hlobisile", "Khethiwe", "Bajabulile"],
        ["Sbonelo", "Lungisani", "Mfanafuthi", "Muzikayise", "Khulekani", "Ntuthuko", "Mondli", "Bhekumuzi", "Sifundo", "Langelihle", "Nhlakanipho", "Mpumelelo", "Thamsanqa", "Velaphi", "Khayelihle", "Nkululeko", "Phiwokuhle", "Sandiso"],
        ["Mncwango", "Zikalala", "Mkhwebane", "Nkomonde", "Nhlapo", "Bhulose", "Mkhasibe"]),
    "xhosa": (
        ["Zukiswa", "Nobuntu", "Yoliswa", "Nolitha", "Nomakhaya", "Nandipha", "Nokuzola", "Nomvuyo", "Nobesuthu", "Sinazo"],
        ["Mncedisi", "Zolile", "Sivuyile", "Monde", "Bongile", "Zukile", "Mongezi", "Loyiso"],
        ["Ngqondi", "Mgqibi", "Tyhali", "Mbotshelwa", "Mtshizana", "Ntshinga", "Qoboshiyane", "Mdingi", "Mgxaji", "Dlulane", "Ncapayi", "Gqwetha",
         "Nqeketo", "Bokwe", "Matyila", "Tshangela", "Ngxokolo", "Sigcau", "Mnyanda", "Ngcayisa", "Mpetha", "Gqola", "Bikitsha"]),
    "somali": (
        ["Samsam", "Fardowsa", "Ardo", "Sucdi", "Xaawo", "Maandeeq", "Luul", "Marwo", "Barni", "Najmo", "Sacaada", "Xalwo", "Faynus", "Cambaro"],
        ["Aadan", "Cabdullaahi", "Muuse", "Shacban", "Burhaan", "Cabdisalaan", "Cabdiwahaab", "Maxamuud", "Cabdinaasir", "Gaarane", "Saciid", "Mowliid",
         "Xamse", "Ilyaas", "Cabdifataax", "Cabdikariim", "Sharmaarke", "Kaahin", "Ciyaad"],
        ["Waceys", "Cigaal", "Shirwac", "Cawaale", "Dualle", "Carraale", "Afrax", "Jimcaale", "Mattan", "Booli", "Dhoorre", "Qodax", "Cabdille",
         "Geelle", "Warfaa"]),
    "kinyarwanda": (
        ["Donatille", "Immaculée", "Epiphanie", "Consolée", "Béatha", "Médiatrice", "Vestine", "Spéciose", "Cansilde", "Drocella", "Vénantie"],
        ["Anastase", "Théoneste", "Evariste", "Védaste", "Aphrodis", "Fulgence", "Straton", "Callixte", "Damascène", "Ildephonse",
         "Viateur", "Protais"],
        ["Ndayisenga", "Tuyishime", "Nsengiyumva", "Rukundo", "Munyaneza", "Twagirimana", "Nzeyimana", "Sibomana", "Bimenyimana", "Ntirenganya",
         "Munyankindi", "Harerimana", "Niyitegeka", "Kanyandekwe"]),
    "luganda": (
        ["Proscovia", "Teopista", "Resty", "Scovia", "Aidah", "Jovia", "Mariamu"],
        ["Deogratias", "Matia", "Polycarp", "Edirisa", "Yowana", "Nuwa", "Yozefu"],
        ["Ssekitoleko", "Ssewankambo", "Kibirige", "Lutaaya", "Kakooza", "Kizito", "Ssebaggala", "Kalanzi", "Ssekabira", "Kyambadde", "Walusimbi",
         "Ssemwogerere", "Kisitu", "Mpiima", "Ggita", "Kabuye", "Ssemanda", "Muwonge", "Kikomeko", "Ssematimba", "Nkalubo", "Ssebuliba", "Lukwago", "Muyanja"]),
    "shona": (
        ["Ruvarashe", "Nyaradzo", "Tsungai", "Ruramai", "Nyengeterai", "Tsvakai", "Makanaka", "Ratidzo", "Sekai", "Runako", "Kurauone", "Vongai", "Chenesai",
         "Tadiwa", "Netsai", "Tsitsidzashe", "Nyemudzai", "Dadirai"],
        ["Tongai", "Garikai", "Tichafara", "Tendayi", "Tinevimbo", "Tanatswa", "Nyashadzashe", "Tawananyasha", "Tungamirai", "Ruramisai", "Mufudzi",
         "Makomborero", "Kupakwashe", "Anotida", "Tanyaradzwa", "Tinodaishe", "Shingirai", "Dzikamai", "Rangarirai", "Kundishora", "Takunda"],
        ["Chinyoka", "Mupfumira", "Nyamadzawo", "Chitsinde", "Mazhindu", "Chigumbura", "Mukarati", "Matemba", "Shumba", "Muzenda", "Nyamuda", "Masvingise",
         "Mhembere", "Chinhamo", "Mangwende", "Dzvairo", "Tapfumaneyi", "Chiwaridzo"]),
}  # fmt: skip
# a woman's own clan or personal name where it differs from a man's (Luganda Na-, Kinyarwanda Muka- / Nyira-)
FEMALE_FAMILY: dict[str, list[str]] = {
    "luganda": ["Namusoke", "Nakafeero", "Nabukeera", "Nakibuuka", "Namazzi", "Nambogo", "Nalwadda", "Nabbanja", "Nanyonga", "Nakiwala", "Namuddu",
                "Nalukwago", "Namagembe", "Nabwami", "Nanteza", "Nakabugo"],
    "kinyarwanda": ["Mukamana", "Ingabire", "Nyirahabimana", "Mukandayisenga", "Uwamahoro", "Umurerwa", "Iradukunda", "Kampire", "Nyiramana", "Uwera",
                    "Mukashyaka", "Nyirabagenzi", "Uwimbabazi", "Nyiransabimana", "Mukeshimana"],
}  # fmt: skip
# clan praise names (izithakazelo / iziduko) a Zulu or Xhosa speaker greets an elder with
CLAN: dict[str, list[str]] = {
    "zulu": ["Khabazela", "Zikhali", "Sokwalisa", "Gebhuza", "Mashobane", "Dlamanzi"],
    "xhosa": ["Tshawe", "Jola", "Qwathi", "Ngqosini", "Mpinga", "Cirha", "Giqwa", "Gqwashu"],
}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    culture: str
    regions: dict[str, tuple[str, ...]]  # first-level region (keep) -> invented villages / wards / suburbs
    streets: tuple[str, ...]  # fill patterns of a house / plot / kebele line
    postcode: dict[str, str]  # region -> fill pattern of the postal code ("" when the country has none in use)
    phones: tuple[str, ...]
    mails: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("KE", "Kenya", "mijikenda",
        {"Kilifi": ("Mwanjomba", "Kadzinuni Juu", "Chumani Mpya", "Mkongani Kati"), "Kwale": ("Mwalukombe", "Tsimba Golini", "Vitsangalaweni"),
         "Mombasa": ("Mwembe Legeza", "Bombolulu Kisimani")},
        ("Nyumba Na. %##, Mtaa wa Mkwakwani", "Plot %##/%#, Barabara ya Mnarani", "Nyumba Na. %#, Kwa Chief Mkongani", "Plot %###, Mtaa wa Mwavumbo"),
        {"Kilifi": "80108", "Kwale": "80403", "Mombasa": "80100"},
        ("07%# ### ###", "+254 7%# ### ###", "07%#######", "+2547%#######"),
        ("gmail.com", "yahoo.com", "ymail.com")),
    Loc("TZ", "Tanzania", "tanzanian",
        {"Mbeya": ("Ilongo Mpya", "Ndaga Juu", "Itende Kati"), "Kilimanjaro": ("Kirima Losaa", "Mrumeni Chini"),
         "Shinyanga": ("Ng'wamapalala", "Busanda Mwenge", "Ilobashi Mpya")},
        ("Mtaa wa Mwinyimkuu, Nyumba Na. %##", "Kitalu %, Kiwanja Na. %##", "Mtaa wa Majengo Mapya, Nyumba Na. %#"),
        {"Mbeya": "53###", "Kilimanjaro": "25###", "Shinyanga": "37###"},
        ("07%# ### ###", "+255 7%# ### ###", "06%# ### ###", "+255 6%#######"),
        ("gmail.com", "yahoo.com", "hotmail.com")),
    Loc("ET", "ኢትዮጵያ", "amharic",
        {"አማራ": ("አምባ ጊዮርጊስ ታች", "ወይንዬ ሜዳ", "ጨጨሆ በር", "ሰገን ገደል"), "አዲስ አበባ": ("ሰሜን ሾላ ሰፈር", "ቀጨኔ ጉብታ", "ጉራራ ቁልቁለት"),
         "ኦሮሚያ": ("ቡራዩ ዳሌ", "ሰንዳፋ ጎጥ")},
        ("ቀበሌ 0%፣ የቤት ቁጥር %##", "ቀበሌ 1%፣ የቤት ቁ. %###", "ወረዳ 0%፣ የቤት ቁጥር %###"),
        {},
        ("09%# ### ###", "+251 9%# ### ###", "09%#######", "+251 7%# ### ###"),
        ("gmail.com", "yahoo.com", "ethionet.et")),
    Loc("YO", "Nàìjíríà", "yoruba",
        {"Ọ̀yọ́": ("Ìlúgùn Àgbà", "Ìdí-Ọ̀pẹ Tuntun", "Àgbẹdẹ Oko"), "Ọ̀ṣun": ("Ìlọ̀rọ̀ Òkè", "Àràtúmí"), "Èkìtì": ("Ọ̀kẹ̀-Ìgbàlà", "Ìrèé Odò")},
        ("Ilé %#, Òpópónà Ìgbàlẹ̀", "%# Òpópónà Àgbàdo", "Ilé %##, Àdúgbò Ọjà-Ọba"),
        {"Ọ̀yọ́": "2%0###", "Ọ̀ṣun": "23%###", "Èkìtì": "36%###"},
        ("080% ### ####", "+234 80% ### ####", "070########", "+234 81% ### ####"),
        ("gmail.com", "yahoo.com", "ymail.com")),
    Loc("HA", "Najeriya", "hausa",
        {"Kano": ("Ƙauyen Gwarmai", "Ɗorayi Ƙarama", "Tudun Ɓaure"), "Katsina": ("Gidan Ƙwaro", "Ruwan Ɗorawa"), "Sokoto": ("Ɗan Marke", "Rugar Ƙwanni")},
        ("Gida Na %##, Titin Ƙofar Fada", "Lamba %#, Layin Masallaci", "Gida Na %#, Unguwar Ɓagwai"),
        {"Kano": "700###", "Katsina": "820###", "Sokoto": "840###"},
        ("080% ### ####", "+234 80% ### ####", "090########", "+234 70% ### ####"),
        ("gmail.com", "yahoo.com")),
    Loc("IG", "Naịjirịa", "igbo",
        {"Anambra": ("Ụmụanụnụ", "Ezeọgba Ụzọ", "Amaetiti Agba"), "Enugu": ("Ụmụnwanne Ọhụrụ", "Obodoukwu Ime"), "Imo": ("Amaọfụ Ọzụ", "Ụmụọkpụ Agụ")},
        ("Nọmba %#, Ụzọ Nkwọ Ọhụrụ", "Ụlọ %##, Ụzọ Afọr Ụka", "Nọmba %##, Ama Ezinaụlọ"),
        {"Anambra": "42%###", "Enugu": "40%###", "Imo": "46%###"},
        ("080% ### ####", "+234 80% ### ####", "081########", "+234 90% ### ####"),
        ("gmail.com", "yahoo.com")),
    Loc("ZU", "iNingizimu Afrika", "zulu",
        {"KwaZulu-Natal": ("eSinyameni Heights", "Mgangeni Park", "Ophindweni Ext 3", "Mahlabeni Ridge", "Sivananda Section K")},
        ("%## Umthombo Street", "House %##, Isigodi saseMabhekazi", "%### Section %, Emgangeni"),
        {"KwaZulu-Natal": "3%##"},
        ("08% ### ####", "+27 8% ### ####", "07% ### ####", "+27 7%#######"),
        ("gmail.com", "webmail.co.za", "mweb.co.za")),
    Loc("XH", "uMzantsi Afrika", "xhosa",
        {"eMpuma Koloni": ("Lujizweni Location", "KwaGcinisa A/A", "Ntshilini Village", "Gxulu Ridge", "Cizele Location", "Tyutyu Village")},
        ("%## Qhina Street", "Stand %##, eDikeni", "%### NU %, Qumrha Extension"),
        {"eMpuma Koloni": "5%##"},
        ("08% ### ####", "+27 8% ### ####", "07% ### ####", "+27 6%#######"),
        ("gmail.com", "webmail.co.za", "telkomsa.net")),
    Loc("SO", "Soomaaliya", "somali",
        {"Banaadir": ("Xaafadda Ceel Garas", "Tuulo Madow", "Buulo Cadde"), "Mudug": ("Ceel Qoorre", "Galinsoor Hoose"),
         "Woqooyi Galbeed": ("Xaafadda Dhagaxtuur", "Ceel Sheekh Yare")},
        ("Guri No. %##, Waddada Wadajir Sare", "Jidka %, Guri %##", "Guri %#, Suuqa Xoolaha Dhinaciisa"),
        {"Banaadir": "BN 1%###", "Mudug": "MD 2%###", "Woqooyi Galbeed": "WG 1%###"},
        ("061 5## ####", "+252 61 5## ####", "090 7## ####", "+252 63 4## ####"),
        ("gmail.com", "hotmail.com")),
    Loc("RW", "Rwanda", "kinyarwanda",
        {"Amajyepfo": ("Mubuga Hejuru", "Rwinkuba", "Gatovu"), "Iburasirazuba": ("Nyakabingo", "Karambi ka Kabiri", "Bugaragara"),
         "Umujyi wa Kigali": ("Rugazi ya Ruguru", "Kabagezi")},
        ("Inzu Nº %#, KG %## St", "Inzu Nº %##, KK %# Ave", "Umudugudu wa Ituze, Inzu Nº %#"),
        {},
        ("078% ### ###", "+250 78% ### ###", "072#######", "+250 73% ### ###"),
        ("gmail.com", "yahoo.fr", "yahoo.com")),
    Loc("UG", "Uganda", "luganda",
        {"Buganda": ("Nsambwe", "Kawuku Kasengejje", "Lugoba Kitala", "Ssenyondo Zone", "Kyetume B", "Namulonge Kirowooza")},
        ("Plot %##, Nabusugwe Road", "Plot %#, Kivebulaya Close", "Block %##, Plot %###"),
        {},
        ("07%# ######", "+256 7%# ######", "07%# ### ###", "+256 39# ######"),
        ("gmail.com", "yahoo.com")),
    Loc("ZW", "Zimbabwe", "shona",
        {"Mashonaland East": ("Musana Village 4", "Chinyika Mhiripiri", "Gwindingwi Kraal"), "Manicaland": ("Nyamutora Village", "Rusununguko Farm"),
         "Masvingo": ("Chirumhanzu Mhandamabwe", "Zvinomwe Kraal")},
        ("%### Mukwati Street, Sakubva", "Stand %###, Runyararo West", "House %##, Chitungwiza Unit %"),
        {},
        ("077# ### ###", "+263 77# ### ###", "071# ### ###", "+263 78# ######"),
        ("gmail.com", "yahoo.com", "zol.co.zw")),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str  # father's name (Amharic, Somali), Kinyarwanda name, clan name, family name
    grand: str  # grandfather's name (Amharic, Somali), else ""
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str
    village: str
    ward: str
    postcode: str
    clan: str  # a Zulu / Xhosa clan praise name, a Zulu / Xhosa woman's MaX maiden name; else ""
    nid: str = ""

    @property
    def full(self) -> str:
        """The name as the country's forms write it."""
        c = self.loc.code
        if c == "SO":
            return f"{self.given} {self.family} {self.grand}"
        if c == "RW":
            return f"{self.family.upper()} {self.given}"
        if c == "UG":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def three(self) -> str:
        return f"{self.given} {self.family} {self.grand}" if self.grand else self.full


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def _plain(s: str) -> str:
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "")


_ET_MAIL = {"ጥ": "t", "ብ": "b", "ሙ": "mu", "ት": "t", "ፋ": "fa", "ሰ": "se", "ዘ": "ze", "ወ": "we", "የ": "ye", "ው": "wu", "እ": "e", "ዓ": "a", "ሂ": "hi",
            "ፀ": "tse", "ሶ": "so", "አ": "a", "ደ": "de", "ተ": "te", "ገ": "ge", "ከ": "ke", "ጌ": "ge", "ታ": "ta", "ብር": "br", "ይ": "yi", "ግ": "gi", "ፍ": "fi",
            "ሞ": "mo", "ቸ": "che", "ሽ": "shi", "ካ": "ka", "ን": "n", "ፈ": "fe", "ም": "m", "ሀ": "ha", "ባ": "ba", "መ": "me", "ጸ": "tse", "በ": "be", "ዳ": "da"}  # fmt: skip


def _geez(name: str) -> bool:
    return "\u1200" <= name[0] <= "\u139f"


def _mail_part(name: str) -> str:
    """An e-mail local-part piece: the Latin letters of a name, or a Ge'ez name's first sound."""
    return _ET_MAIL.get(name[0], "x") if _geez(name) else _plain(name)


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (20 * 365, 60 * 365), given: str | None = None, family: str | None = None,
                grand: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; `given` / `family` / `grand` fix a part (a child's father is the child's
    father's name), `home` shares a household's address; no name word is shared with anyone already drawn for
    the document (`used`)."""
    culture = loc.culture
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    if given is None:
        given = rng.choice([g for g in (fs if female else ms) if not (_words(g) & used)] or (fs if female else ms))
    used |= _words(given)
    fam_table = FEMALE_FAMILY.get(culture, fams) if female else fams
    if culture in ("amharic", "somali"):
        fam_table = NAMES[culture][1] + fams  # a father's name is a man's given name
    if family is None:
        family = rng.choice([f for f in fam_table if not (_words(f) & used)] or fam_table)
    used |= _words(family)
    if grand is None:
        grand = rng.choice([f for f in fams if not (_words(f) & used)] or fams) if culture in ("amharic", "somali") else ""
    used |= _words(grand)
    clan = ""
    if culture in CLAN:
        if female:
            clan = "Ma" + rng.choice([f for f in fams if not (_words(f) & used)] or fams)
        else:
            clan = rng.choice([c for c in CLAN[culture] if c not in used] or CLAN[culture])
        used.add(clan)
    dob = ref - timedelta(days=rng.randint(*age_days))
    if home is not None:
        region, line, village, ward, pc = home.region, home.line, home.village, home.ward, home.postcode
    else:
        region = region or rng.choice(list(loc.regions))
        towns = [t for t in loc.regions[region] if t not in used] or list(loc.regions[region])
        village, ward = rng.sample(towns, 2) if len(towns) > 1 else (towns[0], towns[0])
        used |= {village, ward}
        line = fill(rng, rng.choice(loc.streets))
        pc = fill(rng, loc.postcode[region]) if loc.postcode else ""
    g = _mail_part(given) + (fill(rng, "###") if _geez(given) else "")
    f = _mail_part(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(10, 999)}", f"{g}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    p = Person(given, family, grand, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)),
               fill(rng, rng.choice(loc.phones)), email, line, village, ward, pc, clan)  # fmt: skip
    p.nid = national_id(rng, p)
    return p


def national_id(rng: random.Random, w: Person) -> str:
    c = w.loc.code
    if c == "KE":
        return ids.ke_id(rng)
    if c == "TZ":
        return ids.nida(rng, w.dob)
    if c == "ET":
        return ids.fayda(rng)
    if c in ("YO", "HA", "IG"):
        return ids.nin(rng)
    if c in ("ZU", "XH"):
        return ids.za_id(rng, w.dob, w.female)
    if c == "RW":
        return ids.rw_id(rng, w.dob, w.female)
    if c == "UG":
        return ids.ug_nin(rng, w.dob, w.female)
    if c == "ZW":
        return ids.zw_id(rng)
    return fill(rng, "SO-%#######")  # a Somali national identity card (NIRA) number in the shape clinics copy it
