# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the sixty-sixth probe: oncology, transplant, dialysis and chronic-disease
programme text from the United States, the United Kingdom, Canada, Australia and New Zealand (synthetic only; no
real patient, donor family or staff member). The people are the populations those programmes serve and employ,
where kidney failure, diabetes and cancer care reach far from the big centres: Diné (Navajo) family and given
names from the Arizona / New Mexico dialysis units (Bitsilly, Dineyazhe, Wauneka; Haseya, Atsidi), Cajun
Louisiana (Soileau, Vidrine, Zeringue; Azema, Numa), Gullah Geechee Lowcountry (Mazyck, Grimball, Bligen; Izetta,
Spurgeon), Azorean Portuguese New England (Raposo, Bettencourt, Viveiros; Delmira, Laudalino), Armenian
California (Mardirossian, Kouyoumdjian; Anahid, Krikor), Kutchi Gujarati Leicester (Vekaria, Pindoria, Halai;
Kokilaben, Jadavji), Mirpuri Bradford (Jabbar, Bostan, Razzaq; Kausar, Sadaqat), Sylheti East London (Shikdar,
Tapadar; Rufia, Kamrul), Ghanaian London (Danquah, Wiredu; Agyeiwaa, Kwamena), Cornish and Hebridean family names
with English given names (Kneebone, Sandercock, MacCuish; Trixie, Norm), Manitoba Mennonite (Klassen, Unrau,
Kroeker; Aganetha, Isaak), Hutterite (Kleinsasser, Tschetter, Wipf), Manitoba Icelandic (Sigvaldason, Isfeld,
Thorarinson; Sigurlaug, Skuli), Ukrainian prairie (Nykyforuk, Onyskiw), northern Manitoba Cree (Bighetty,
Mamakwa, Queskekapow), Punjabi British Columbia (Basran, Jawanda, Sumal; Satwant, Ranjodh), Greek Melbourne
(Tsakalidis, Papathanasiou; Polyxeni, Efstratios), Maltese Sydney (Buttigieg, Chetcuti; Nazzarena, Wistin), Dinka
South Sudanese Australia (Mawien, Wiyual; Nyibol, Makoi), Warlpiri and Pintupi skin names used as family names
(Nampijinpa, Jupurrurla, Tjapaltjarri: women's begin with N, men's with J), Torres Strait Islander (Tamwoy, Gibuma,
Kebisu), Cook Islands Māori (Tatuava, Kainuku; Ngatokorua, Teremoana), Niuean (Tukuitonga, Lakatani; Tifaga,
Tohovaka), Fijian (Baleinaivalu, Nawalowalo; Salanieta, Pauliasi), Dalmatian New Zealand (Vuletich, Urlich;
Katica, Stipe) and Māori (Tukukino, Herangi; Raukura, Paratene), combined at random: never a real person. They
were checked against every string of the people tables of probes 1-64 before any measurement (test_probe66: no
shared name word, accents and apostrophes folded as well).

Towns, communities, colonies, outstations, islands and streets are invented (a name may coincide with a real
place by chance); states, provinces, territories and New Zealand regions (first level) are real and keep when
written alone. Hospitals, cancer centres, dialysis units, transplant centres and programmes are invented or
generic. Numbers are random; NHS, NHI, Medicare (AU), IHI, BC PHN and NPI numbers carry valid check digits
(ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe66 import ids
from tests.engine.probe66.ids import fill

__all__ = ["LOCS", "NAMES", "SKIN", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "dine": (["Kaibah", "Haseya", "Yanaba", "Leatrice", "Marva", "Bonita", "Roxie", "Margery"],
             ["Klah", "Atsidi", "Haske", "Delbin", "Nastas", "Beauford", "Kenton", "Carroll"],
             ["Bitsilly", "Dineyazhe", "Wauneka", "Clitso", "Lapahie", "Tsinigine", "Begody", "Bedonie", "Benallie", "Notah", "Tohonnie", "Descheeny",
              "Becenti", "Dayish", "Goldtooth", "Tsinnie", "Arviso", "Bitsinnie", "Chischilly", "Etcitty", "Platero", "Roanhorse", "Smallcanyon",
              "Todechine", "Yanito", "Zonnie", "Bilagody", "Gishie", "Keedah", "Littleben", "Nataani", "Tsinajinie"]),
    "cajun": (["Lorita", "Nolia", "Azema", "Edolia", "Vicki", "Estelle"],
              ["Lurlin", "Clebert", "Eldus", "Eraste", "Felton", "Lenis", "Numa", "Sostan", "Tilman", "Alphe"],
              ["Fusilier", "Soileau", "Vidrine", "Istre", "Ledoux", "Ortego", "Pitre", "Quebedeaux", "Zeringue", "Simoneaux", "Toups", "Usie"]),
    "gullah": (["Essie", "Orlean", "Izetta", "Ardelia", "Veola", "Arletha", "Leatrice"],
               ["Willis", "Cato", "Thurmond", "Delano", "Spurgeon", "Matthias"],
               ["Frasier", "Bellinger", "Mazyck", "Huger", "Grimball", "Geathers", "Bligen", "Deas", "Ladson", "Nesmith", "Whaley"]),
    "azorean": (["Delmira", "Judite", "Armanda", "Otília", "Leopoldina"],
                ["Ermelindo", "Laudalino", "Libório", "Serafim", "Teotónio", "Vitorino", "Abílio"],
                ["Raposo", "Bettencourt", "Botelho", "Moniz", "Resendes", "Sardinha", "Carreiro", "Quental", "Rapoza", "Teves", "Toste", "Viveiros", "Goulart", "Serpa"]),
    "armenian": (["Anahid", "Arpine", "Zabel", "Shoghik", "Araksi", "Hripsime", "Knarik", "Ovsanna", "Satenik", "Takuhi", "Vartouhi", "Zaruhi", "Azniv", "Yeranuhi"],
                 ["Krikor", "Zareh", "Mihran", "Setrak", "Kevork", "Nishan", "Sevag", "Hrant", "Avedis", "Berj", "Dikran", "Garbis", "Kourken", "Nerses", "Puzant",
                  "Toros", "Yervant", "Zaven"],
                 ["Manoogian", "Mardirossian", "Vartanian", "Kouyoumdjian", "Melkonian", "Minasian", "Nalbandian", "Parsekian", "Tatoian", "Aghajanian", "Bedrossian",
                  "Chakmakjian", "Demirjian", "Karamanian", "Mooradian", "Panossian", "Sarafian", "Topalian", "Vosganian", "Yacoubian"]),
    "gujarati": (["Jayshree", "Hansaben", "Kokilaben", "Pushpaben", "Manjula", "Bhanumati", "Hasumati", "Kantaben", "Ramila", "Taraben", "Kusum", "Leelaben",
                  "Madhuben", "Rekhaben", "Saroj", "Vimla", "Dhanlaxmi", "Induben", "Jashoda", "Kanchan", "Lataben", "Manguben", "Savitaben", "Shardaben", "Vasantben"],
                 ["Jashwant", "Kantilal", "Narendra", "Pravin", "Rameshchandra", "Vinodrai", "Bhikhu", "Chandrakant", "Dhirajlal", "Jayantilal", "Manharlal", "Navin",
                  "Ratilal", "Bipin", "Hasmukh", "Ishwar", "Kishor", "Lalji", "Mansukh", "Rasiklal", "Shantilal", "Vallabh", "Amratlal", "Champaklal", "Devshi",
                  "Gordhan", "Hirji", "Jadavji", "Karsan", "Lakhman", "Mulji", "Naran", "Premji", "Ramji", "Shivji", "Velji"],
                 ["Vekaria", "Kerai", "Raithatha", "Pindoria", "Varsani", "Halai", "Gorasia", "Unadkat", "Karia", "Rughani", "Ladwa", "Bhudia", "Dabasia", "Jethwa",
                  "Kanabar", "Lodhia", "Mandalia", "Nathwani", "Odedra", "Pattni", "Savjani", "Vadher"]),
    "mirpuri": (["Shabana", "Kausar", "Irshad", "Khalida", "Perveen", "Tasleem", "Zareena", "Azra", "Nazia", "Sajida"],
                ["Nazakat", "Sadaqat", "Amanat", "Inayat", "Qurban", "Karamat", "Imtiaz", "Basharat", "Riasat", "Sakhawat", "Rafaqat", "Zahoor", "Azhar", "Fiaz", "Mehboob"],
                ["Sabir", "Sattar", "Jabbar", "Shabir", "Nazir", "Yaqub", "Saddique", "Altaf", "Maqsood", "Razzaq", "Waheed", "Bostan", "Hameed", "Ishaq", "Khaliq",
                 "Munir", "Nisar", "Parvez", "Rauf", "Shaukat"]),
    "sylheti": (["Rufia", "Shahanara", "Forida", "Rahena", "Shilpi", "Kulsuma", "Lutfunnessa", "Parul", "Firoza", "Habiba", "Jubeda", "Khaleda", "Momotaz"],
                ["Monir", "Shahjahan", "Mujibur", "Kamrul", "Ashraful", "Mahbub", "Fazlul", "Jalal", "Kutub", "Lutfur", "Taherul", "Moyeen", "Ataur", "Siraj"],
                ["Shikdar", "Tarafdar", "Tapadar", "Mojumder", "Paikar", "Lasker", "Akonji"]),
    "akan": (["Pokuaa", "Agyeiwaa", "Dufie", "Dansoa", "Kyerewaa", "Oforiwaa", "Afriyie", "Boatemaa", "Durowaa", "Fosuaa"],
             ["Kwamena", "Ebo", "Atta"],
             ["Nkansah", "Yeboah", "Agyekum", "Ampofo", "Danquah", "Fosu", "Poku", "Tabiri", "Wiredu", "Yiadom", "Addo"]),
    "english": (["Molly", "Faye", "Lois", "Patsy", "Kitty", "Sally", "Trixie", "Polly", "Renie", "Vida", "Ginny", "Kath", "Margery", "Estelle"],
                ["Stan", "Fred", "Len", "Norm", "Sid", "Ted", "Harry", "Denzel", "Treve", "Vivian", "Ron", "Ken", "Dave", "Nick", "Charlie", "Paddy"],
                ["Tremewan", "Trenoweth", "Blamey", "Glasson", "Jelbert", "Kneebone", "Paynter", "Sandercock", "Venning", "Wearne", "MacRitchie", "MacNeil",
                 "MacCuish", "MacDiarmid", "MacQueen", "MacEachern", "MacCorquodale", "MacTavish", "Gillanders", "Garriock", "Moar"]),
    "mennonite": (["Aganetha", "Helena", "Katharina", "Susanna", "Justina", "Margaretha", "Anganetha", "Neta", "Elisabeth", "Sara"],
                  ["Abram", "Isaak", "Heinrich", "Jakob", "Bernhard", "Wilhelm", "Johann"],
                  ["Friesen", "Penner", "Klassen", "Thiessen", "Dyck", "Enns", "Neufeld", "Unrau", "Hiebert", "Reimer", "Loewen", "Giesbrecht", "Rempel", "Sawatzky",
                   "Toews", "Janzen", "Fehr", "Kroeker", "Doerksen", "Warkentin", "Dueck", "Banman", "Krahn", "Schellenberg", "Hildebrandt", "Voth", "Heinrichs",
                   "Goertzen", "Letkeman", "Kehler", "Ginter", "Pankratz", "Martens", "Froese", "Klippenstein", "Bueckert", "Epp", "Plett"]),
    "hutterite": (["Susanna", "Katharina", "Elisabeth", "Sara", "Helena", "Justina"],
                  ["Jakob", "Johann", "Isaak", "Heinrich", "Abram"],
                  ["Hofer", "Waldner", "Kleinsasser", "Wipf", "Wollmann", "Tschetter", "Entz", "Maendel", "Glanzer", "Wurz"]),
    "icelandic": (["Sigridur", "Margret", "Ingibjorg", "Johanna", "Halldora", "Runa", "Fjola", "Thordis", "Gudbjorg", "Ragna", "Sigthora", "Hallfridur", "Jonina",
                   "Kristbjorg", "Helga", "Bergthora", "Valgerdur", "Herdis", "Sigurlaug"],
                  ["Thorsteinn", "Kristjan", "Olafur", "Gudmundur", "Sveinn", "Bjorgvin", "Hjalmar", "Thorgeir", "Larus", "Valdimar", "Sigfus", "Bjarni", "Snorri", "Gisli",
                   "Skuli", "Eggert", "Baldur", "Haraldur"],
                  ["Thorsteinson", "Sigurdson", "Eyolfson", "Bjarnason", "Thorvaldson", "Olafson", "Kristjanson", "Hallgrimson", "Arnason", "Gislason", "Einarson",
                   "Jonasson", "Thordarson", "Stefansson", "Isfeld", "Sveinbjornson", "Thorarinson", "Palsson", "Halldorson", "Bardal", "Vopnfjord", "Snidal",
                   "Gudmundson", "Sigvaldason", "Bjornson", "Eggertson"]),
    "ukrainian": (["Yevdokia", "Hanusia", "Odarka", "Lyubov", "Nataliya", "Kath", "Polly", "Ginny"],
                  ["Hryhorij", "Anatolii", "Nick", "Ron", "Ken", "Dave"],
                  ["Bondarchuk", "Andrusiak", "Mykytiuk", "Hawrysh", "Lazaruk", "Nykyforuk", "Olynyk", "Pawlyk", "Rudyk", "Skrypnyk", "Tymchuk", "Woloshyn", "Chomiak",
                   "Gawryliuk", "Iwasiuk", "Lysyk", "Michalyshyn", "Nazarewich", "Onyskiw", "Pankiw", "Tokaryk", "Zubrycky"]),
    "cree": (["Sally", "Renie", "Vida", "Rhianna", "Natalee", "Trixie", "Polly", "Ginny"],
             ["Johnny", "Joey", "Benji", "Lenny", "Sammy", "Jimmy", "Vince", "Chas", "Abe", "Jed"],
             ["Muskego", "Kakeway", "Mamakwa", "Bighetty", "Monias", "Kirkness", "Wapash", "Okanee", "Sewap", "Nabess", "Sakchekapo", "Whiskeyjack", "Lameman",
              "Apetagon", "Garrioch", "McIvor", "Monkman", "Mowatt", "Nanowin", "Paupanekis", "Queskekapow", "Settee", "Umpherville", "Yetman", "Dysart", "Folster",
              "Ironstand", "Lathlin", "Norquay", "Ouskan"]),
    "punjabi": (["Sukhpreet", "Pardeep", "Gurinder", "Rajvir", "Sukhbir", "Satwant", "Dalvir", "Raminder", "Ravneet"],
                ["Gurcharan", "Jaswant", "Gurmukh", "Balkar", "Ranjodh", "Jagtar", "Lakhwinder", "Harmeet", "Gurnam", "Joginder"],
                ["Sran", "Basran", "Bilga", "Mavi", "Benipal", "Jawanda", "Kalkat", "Sarai", "Sivia", "Nagra", "Badesha", "Chohan", "Hothi", "Jagpal", "Khakh", "Panesar",
                 "Sandher", "Bhandal", "Dhatt", "Johl", "Kular", "Lidder", "Malhi", "Sahi", "Sumal", "Kandola", "Mahil", "Bhangu"]),
    "greek": (["Androniki", "Eftychia", "Georgoula", "Chrysanthi", "Polyxeni", "Marigoula", "Vasilia", "Argyro", "Pelagia", "Kalliroi", "Soultana", "Fotoula",
               "Panagoula", "Tasoula", "Anthoula"],
              ["Stylianos", "Efstratios", "Fotios", "Anargyros", "Michalis", "Tasos", "Stathis", "Prokopios", "Dionysios", "Gerasimos", "Ilias", "Kosmas", "Pantelis",
               "Savvas", "Timotheos", "Grigoris", "Miltiadis", "Nikiforos", "Sokratis", "Kleanthis"],
              ["Anagnostopoulos", "Tsakalidis", "Papathanasiou", "Stamatopoulos", "Zafiropoulos", "Kyriazis", "Moschos", "Tzortzis", "Fragkos", "Skordilis",
               "Hatzidakis", "Petrakis", "Triantafillou", "Vrettos", "Sarantos"]),
    "maltese": (["Nazzarena", "Pawla", "Ninfa", "Liberata", "Immakulata", "Manwela", "Grezzja", "Pawlina", "Censina", "Karmena", "Tereza"],
                ["Wistin", "Mikiel", "Salvinu", "Fonzu", "Karmnu", "Saver", "Indri", "Wenzu", "Dwardu", "Lonzu", "Pietru", "Spiru", "Tumas"],
                ["Busuttil", "Cachia", "Calleja", "Ellul", "Mallia", "Portelli", "Zerafa", "Buttigieg", "Chetcuti", "Gauci", "Mizzi", "Pisani", "Xerri"]),
    "dinka": (["Ayak", "Akuol", "Aluel", "Nyibol", "Ajok", "Atong", "Awut", "Nyanut", "Adhieu", "Nyabol", "Nyamal", "Athieng", "Apajok"],
              ["Majak", "Ayuel", "Bior", "Dhieu", "Kuany", "Makoi", "Manut", "Thiik", "Akot", "Kuir", "Lueth", "Maluk", "Maper", "Nyuon", "Puot"],
              ["Mayen", "Arok", "Madut", "Ater", "Lual", "Riak", "Agok", "Makur", "Aguer", "Athian", "Mading", "Mawien", "Nhial", "Chuol", "Koang", "Puok", "Ruach",
               "Wiyual", "Macham", "Ajang", "Alier", "Biar"]),
    "warlpiri": (["Biddy", "Dorrie", "Kitty", "Polly", "Trixie", "Merindah", "Nioka", "Molly"],
                 ["Jimmy", "Johnny", "Micky", "Paddy", "Sammy", "Benji", "Lenny", "Charlie", "Jack"],
                 ["Jakamarra", "Jampijinpa", "Japaljarri", "Japangardi", "Jangala", "Jungarrayi", "Jupurrurla", "Japanangka", "Tjampitjinpa", "Tjapaltjarri",
                  "Tjungurrayi", "Tjakamarra", "Tjupurrula", "Nakamarra", "Nampijinpa", "Napaljarri", "Napangardi", "Nangala", "Nungarrayi", "Napurrurla",
                  "Napanangka", "Nampitjinpa", "Napaltjarri", "Nungurrayi", "Napurrula"]),
    "torres": (["Sally", "Polly", "Natalee", "Rhianna", "Vida", "Kath", "Ginny", "Patsy"],
               ["Ken", "Ron", "Tom", "Sam", "Dave", "Nick", "Jed", "Ted"],
               ["Mene", "Waia", "Namok", "Gela", "Loban", "Anau", "Tamwoy", "Elu", "Gibuma", "Ketchell", "Mooka", "Tapim", "Warria", "Whap", "Yorkston", "Sagigi",
                "Doolah", "Gibia", "Kebisu", "Mairu", "Sebasio", "Tanu", "Uiduldam", "Waigana", "Yusia", "Baira", "Idagi", "Kaigey", "Matysek", "Paipai", "Tomsana"]),
    "cook": (["Tiare", "Ngatokorua", "Vaiana", "Nooroa", "Tuini", "Tiaiti", "Poko"],
             ["Teremoana", "Tapaitau", "Turepu", "Teaaroa"],
             ["Marsters", "Tekii", "Tuara", "Turua", "Akava", "Kainuku", "Pokino", "Putai", "Tauei", "Tatuava", "Teariki", "Tetava", "Tuakeu", "Tutai", "Unuka"]),
    "niuean": (["Tifaga", "Fuluhea", "Manogi", "Mokulu", "Tuliana", "Sialoa", "Leleti", "Lagikula", "Tamolelagi"],
               ["Sioneholo", "Togia", "Tohovaka", "Viliko", "Fetaui", "Togiamua", "Talahiva", "Tukuniu", "Seumaloafua"],
               ["Tukuitonga", "Talagi", "Tauevihi", "Vilitama", "Makaea", "Hekau", "Tongatule", "Fakahula", "Lisimoni", "Tafatu", "Viliamu", "Motufoou", "Ikimotu",
                "Tahafa", "Pihigia", "Sionetama", "Manetoa", "Halatau", "Pavihi", "Lakatani", "Tuhipa"]),
    "fijian": (["Salanieta", "Sainimili", "Vasiti", "Ateca", "Akanisi", "Torika", "Vilimaina", "Lusiana", "Miliakere"],
               ["Waisale", "Pauliasi", "Ilisoni", "Inoke", "Netani", "Rupeni", "Semesa"],
               ["Vunibobo", "Tuilevuka", "Baleinaivalu", "Nawalowalo", "Vuetaki", "Naivalurua", "Koroi", "Delana", "Leweniqila", "Rokotuiveikau", "Tuivaga", "Vakacegu",
                "Kurisaqila", "Baravilala", "Raiwalui", "Vuniwaqa"]),
    "dalmatian": (["Ljubica", "Branka", "Jasminka", "Katica", "Marica", "Nevenka", "Tihana", "Zorka", "Jelica", "Anka"],
                  ["Ivica", "Jure", "Stipe", "Zvonko", "Tomislav", "Vinko", "Frane", "Jakov", "Zlatko", "Duje"],
                  ["Sumich", "Mandich", "Franich", "Vuletich", "Brajkovich", "Ivicevich", "Petrich", "Bilich", "Jurlina", "Marinovich", "Matulovich", "Radich",
                   "Vitasovich", "Urlich", "Erceg", "Mihaljevich"]),
    "maori": (["Raukura", "Tuiora", "Ngarangi", "Maata"],
              ["Paratene", "Hemana", "Tawhana", "Panapa", "Ngahiwi", "Wharehoka"],
              ["Tukukino", "Herangi", "Apanui", "Tohiariki", "Huata", "Wetere", "Hoete", "Makiha", "Paekau", "Tukiri", "Maihi", "Wainohu", "Poutu", "Tuari", "Waitai"]),
}  # fmt: skip
# skin names written as family names: a woman's begins with N, a man's with J or Tj; relatives do not share one
SKIN = {"warlpiri"}


@dataclass(frozen=True, slots=True)
class Region:
    abbr: str
    towns: dict[str, str]  # town -> postcode pattern
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]
    cultures: tuple[str, ...]  # who lives there (weighted by repetition)


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, Region]  # first-level region (keep) -> its towns, streets, phones, people
    mobiles: tuple[str, ...]
    mails: tuple[str, ...]
    work_mail: tuple[str, ...]
    staff_cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Arizona": Region("AZ", {"Juniper Draw": "865##", "Greasewood Flat": "860##", "Tsegi Bend": "865##", "Sheepdip Wash": "860##"},
                          ("HC 61 Box %###", "N%## BIA Route %#", "HC 63 Box %##", "Lot %#, Chapter House Rd"), ("(928) ^##-####", "928-^##-####"), ("dine",)),
        "New Mexico": Region("NM", {"Coyote Canyon Flats": "873##", "Bluewater Gap": "873##", "Standing Rock Mesa": "873##"},
                             ("PO Box %###", "N%## Navajo Route %#", "%## Sagebrush Loop"), ("(505) ^##-####",), ("dine",)),
        "Louisiana": Region("LA", {"Prairie Ronde Crossing": "705##", "Coulee Croche": "705##", "Pointe Noire Landing": "703##"},
                            ("%### Rue Bayou Noir", "%### Pecan Allee Rd", "%## Crawfish Pond Ln", "%### Hwy %## Lot %"), ("(337) ^##-####", "337-^##-####"), ("cajun",)),
        "South Carolina": Region("SC", {"Ashepoo Crossroads": "294##", "Toogoodoo Landing": "294##", "Pon Pon Bluff": "294##"},
                                 ("%### Oyster Factory Rd", "%## Praise House Ln", "%### Sea Island Pkwy", "%## Sweetgrass Basket Ct"), ("(843) ^##-####",), ("gullah",)),
        "Massachusetts": Region("MA", {"North Apponagansett": "027##", "Quequechan Falls": "027##", "Sconticut Mills": "027##"},
                                ("%## Rodman Terrace, 2nd fl", "%### Acushnet Mill Ave Apt %", "%## Sao Miguel St, 3rd fl", "%## Whalers Row"), ("(508) ^##-####", "508-^##-####"),
                                ("azorean",)),
        "California": Region("CA", {"Verdugo Terrace": "912##", "Montrose Vale": "912##", "Sunland Heights": "910##"},
                             ("%### N Verdugo Vista Dr Apt %##", "%## E Alisal Ln", "%### Foothill Orchard Way", "%## Ararat Ct"), ("(818) ^##-####", "818-^##-####"),
                             ("armenian",)),
    }, ("(^##) ^##-####",), ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"), ("{org}.org", "{org}health.org"),
        ("armenian", "azorean", "cajun", "gullah", "gujarati", "greek", "dine")),
    Loc("UK", "United Kingdom", {
        "England": Region("", {"Kirkbrook Vale": "LE5 %@@", "Humberbrook": "LE4 %@@", "Heaton Clough": "BD9 %@@", "Girlington Moor": "BD8 %@@",
                               "Poplar Reach": "E14 %@@", "Bromley Vale": "E3 %@@", "Wheal Ember": "TR13 %@@", "Polventon": "TR12 %@@"},
                          ("%# Ribbonmakers Row", "Flat %, %# Hosiery Court", "%# Woolcomber Street", "%## Spinners Lane", "%# Lascar Walk", "Flat %#, Dockmaster House",
                           "%# Tinners Way", "%# Engine House Lane"),
                          ("0116 2^# ####", "01274 ^#####", "020 7^## ####", "01326 ^#####"), ("gujarati", "mirpuri", "sylheti", "akan", "english")),
    }, ("07%## ######", "07%## ### ###", "+44 7%## ######"), ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"), ("nhs.net",),
        ("gujarati", "gujarati", "mirpuri", "sylheti", "akan", "english", "english", "greek", "maltese")),
    Loc("CA", "Canada", {
        "Manitoba": Region("MB", {"Gruenweide": "R5G %@%", "Schoenfeld Siding": "R0A %@%", "Vidir Narrows": "R0C %@%", "Hekla Landing": "R0C %@%",
                                  "Zoria Siding": "R0L %@%", "Kinosao Lake": "R0B %@%", "Wapiskow Narrows": "R0B %@%", "Mistik Rapids": "R0B %@%",
                                  "Stillbrook Colony": "R0G %@%"},
                           ("Box %##, RR %", "%#### Road %#E", "%## Centre Ave W", "House %##", "Lot %#, Bay Road", "%## Sunflower Cres"), ("(204) ^##-####", "204-^##-####"),
                           ("mennonite", "mennonite", "icelandic", "ukrainian", "cree", "cree", "hutterite")),
        "Saskatchewan": Region("SK", {"Sich Valley": "S0A %@%", "Clearwell Colony": "S0K %@%"}, ("Box %##", "%## Railway Ave", "%## 2nd St E"), ("(306) ^##-####",),
                               ("ukrainian", "hutterite")),
        "Alberta": Region("AB", {"Zelena Hill": "T0B %@%", "Bright Meadow Colony": "T0K %@%"}, ("Box %##", "%## 50 Ave", "%#### Range Road %#"), ("(403) ^##-####", "780-^##-####"),
                          ("ukrainian", "hutterite")),
        "British Columbia": Region("BC", {"Panorama Flats": "V3W %@%", "Strawberry Hill Park": "V3W %@%", "Cedar Bench": "V4N %@%"},
                                   ("%#### %#A Ave", "%#### %## St", "%#### Fraser Bench Hwy"), ("(604) ^##-####", "778-^##-####"), ("punjabi",)),
    }, ("(204) ^##-####", "(431) ^##-####"), ("gmail.com", "hotmail.ca", "shaw.ca", "mts.net", "outlook.com"), ("{org}.ca",),
        ("mennonite", "icelandic", "ukrainian", "punjabi", "armenian", "greek", "english")),
    Loc("AU", "Australia", {
        "Victoria": Region("VIC", {"Merrivale East": "30##", "Tarragal Heights": "30##", "Kurrajong Park": "31##"},
                           ("%# Wattlebird Cres", "Unit %/%# Melaleuca Pde", "%# Ironbark Cl", "%## Lemon Myrtle Dr"), ("(03) 9^## ####",), ("greek", "greek", "dinka")),
        "New South Wales": Region("NSW", {"Kemps Ridge": "27##", "Horsley Vale": "21##"}, ("%# Mirrabooka Ave", "%# Crepe Myrtle Way", "Unit %/%# Olearia St"),
                                  ("(02) 96^# ####",), ("maltese",)),
        "Northern Territory": Region("NT", {"Wakurlpa": "0872", "Ngarrkalyu Outstation": "0872", "Mulga Bore Camp": "0870"},
                                     ("House %#", "House %##", "Lot %##", "House %#, Camp %"), ("(08) 89^# ####",), ("warlpiri",)),
        "Queensland": Region("QLD", {"Kodal Island": "4875", "Warul Island": "4875", "Saltwater Creek": "4870"},
                             ("%# Waiben Esplanade", "Lot %##", "%# Beche-de-mer St"), ("(07) 40^# ####",), ("torres",)),
        "South Australia": Region("SA", {"Parafield Vale": "51##", "Ottoway Flats": "50##"}, ("%# Saltbush Tce", "Unit %/%# Blackwood Gr"), ("(08) 82^# ####",), ("dinka",)),
    }, ("04%# ### ###", "04%#-###-###", "+61 4%# ### ###"), ("gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"), ("{org}.org.au", "health.gov.au"),
        ("greek", "maltese", "english", "dinka", "gujarati", "fijian")),
    Loc("NZ", "New Zealand", {
        "Auckland": Region("", {"Rewarewa Glen": "2###", "Kōtuku Park": "2###", "Puhinui Vale": "2###", "Kauri Gully": "06##"},
                           ("%# Mamaku Place", "%## Puriri Street", "%/%# Wharariki Lane", "Flat %, %# Kōwhai Crescent", "%# Rimu Terrace"),
                           ("(09) 2^# ####", "(09) 8^# ####"), ("cook", "niuean", "fijian", "dalmatian", "maori")),
        "Northland": Region("", {"Kaiwaka Landing": "05##", "Pukenui Flats": "04##"}, ("%## Gumdigger Road", "%# Kumara Lane"), ("(09) 43^ ####",), ("dalmatian", "maori")),
        "Waikato": Region("", {"Pukeroa Flats": "3###", "Te Rapa Ridge": "3###"}, ("%# Tōtara Drive", "%## Kahikatea Road"), ("(07) 8^# ####",), ("maori", "cook")),
    }, ("021 ^## ####", "027 ^## ####", "022 ^### ###"), ("gmail.com", "xtra.co.nz", "hotmail.co.nz", "outlook.com", "slingshot.co.nz"), ("{org}.govt.nz",),
        ("dalmatian", "english", "fijian", "niuean", "cook", "gujarati", "maori")),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
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
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region].abbr


def plain(s: str) -> str:
    """Lower case without accents or apostrophes (an e-mail address's local part)."""
    low = "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))
    return low.replace("'", "").replace(" ", "").replace("-", "")


def _words(name: str) -> set[str]:
    return {plain(w) for w in name.replace("'", " ").split() if len(w) > 2}


def _skin(fams: list[str], female: bool) -> list[str]:
    return [f for f in fams if f.startswith("N") == female]


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None, family: str | None = None,
                home: Person | None = None, staff: bool = False, region: str | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's family
    name -- except for skin names -- `home` a household's address, `region` where a patient lives)."""
    female = rng.random() < 0.5 if female is None else female
    if region is None:
        region = home.region if home is not None else rng.choice(list(loc.regions))
    culture = culture or rng.choice(loc.staff_cultures if staff else loc.regions[region].cultures)
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    given = rng.choice(free or (fs if female else ms))
    used |= _words(given)
    if culture in SKIN:
        fams, family = _skin(fams, female), None
    if family is None:
        family = rng.choice([f for f in fams if not (_words(f) & used)] or fams)
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}{rng.randint(1, 9)}",
                        f"{g[0]}{f}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    reg = loc.regions[region]
    if home is not None:
        line, town, pc = home.line, home.town, home.postcode
    else:
        town = rng.choice([t for t in reg.towns if plain(t) not in used] or list(reg.towns))
        used.add(plain(town))
        line = fill(rng, rng.choice(reg.streets))
        pc = _postal(rng, reg.towns[town], loc.code)
    phones = reg.phones + loc.mobiles
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(phones)), fill(rng, rng.choice(loc.mobiles)),
               email, line, town, pc)  # fmt: skip
    w.addr = address(w)
    return w


_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _postal(rng: random.Random, spec: str, code: str) -> str:
    """A postcode from its pattern: Canadian and UK codes take only the letters those schemes use."""
    letters = {"CA": _CA_LETTERS, "UK": _UK_LETTERS}.get(code, "ABCDEFGHJKLMNPRSTUVWXYZ")
    return "".join(rng.choice(letters) if c == "@" else rng.choice("123456789") if c == "%" else rng.choice("0123456789") if c == "#" else c
                   for c in spec)  # fmt: skip


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; a state / province abbreviation plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c in ("US", "CA"):
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))


def national_ids(rng: random.Random, w: Person) -> tuple[P | str, P | str]:
    """(national identifier, health plan number) as the country writes them."""
    c = w.loc.code
    if c == "US":
        return P("SSN", ids.ssn(rng)), P("HEALTH_PLAN", ids.mbi(rng))
    if c == "UK":
        return P("ID", ids.nhs(rng)), ""
    if c == "CA":
        return "", P("HEALTH_PLAN", ids.provincial(rng, w.abbr))
    if c == "AU":
        return P("ID", ids.ihi(rng)), P("HEALTH_PLAN", ids.medicare_au(rng))
    return P("ID", ids.nhi(rng)), ""


assert K and Slot  # re-exported for the corpus
