# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the fifty-sixth probe: specialty outpatient and allied-health text from
the United Kingdom, Ireland, Canada, Australia, New Zealand and the United States (synthetic only; no real
patient or clinician). Name words are Irish (Irish-language given names, Munster and Connacht family names,
an "Ó" surname), Scottish (Gaelic given names, north-east and Northern Isles family names), Welsh, English /
Cornish, Punjabi (British and Canadian Sikh families), Québécois, Newfoundland, Ukrainian-Canadian, Māori,
Pacific (Tongan, Samoan, Fijian) and US (Appalachian, African American) -- combined at random: never a real
person. They were checked against every string of the people tables of probes 1-52 before any measurement
(test_probe56: no shared name word).

Towns, villages, suburbs, townlands, estates and streets are invented; Irish counties are real (ADDRESS).
States, provinces, regions, Irish provinces and England / Scotland / Wales are real and keep values when
written alone. Numbers are random; NHS, CHI, PPS, Medicare (AU), IHI, NHI, OHIP and NPI numbers carry valid
check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe56 import ids
from tests.engine.probe56.ids import ascii_fold, fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Region", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "irish": (["Síofra", "Órla", "Caitríona", "Ornagh", "Emer", "Aoileann", "Cliodhna", "Ailís", "Brídín", "Íde", "Líobhan", "Mealla", "Ethna",
               "Finola", "Eilís", "Damhnait", "Dymphna"],
              ["Dónal", "Feichín", "Fachtna", "Flann", "Breasal", "Colum", "Dáithí", "Garbhán", "Iarlaith", "Mainchín", "Riain", "Séadna",
               "Criostóir", "Daire", "Cuán", "Seanán", "Fiacre", "Killian"],
              ["Guerin", "Keaveney", "O'Dwyer", "Enright", "Flahavan", "Harnett", "Lyne", "Lonergan", "Mullarkey", "Dorgan", "Galvin",
               "Kenneally", "Walshe", "Coakley", "Deasy", "Murnane", "O'Regan", "Wycherley", "Bohane", "Minihan", "Ó Conghaile"]),
    "scottish": (["Ealasaid", "Sheonagh", "Kenina", "Williamina", "Chirsty", "Mairead", "Rhoda", "Lilias", "Netta", "Mòrag", "Seumasina",
                  "Jamesina", "Robina", "Alexina"],
                 ["Iain", "Fingal", "Iagan", "Dugald", "Ranald", "Eachann", "Coinneach", "Seumas", "Artair", "Ailig", "Murchadh",
                  "Gilleasbaig", "Fearchar", "Tearlach", "Fionnlagh", "Uilleam", "Sandy"],
                 ["Gillies", "Macaskill", "Beaton", "Shearer", "Kerr", "Learmonth", "Skene", "Laing", "Souter", "Guthrie", "Lumsden", "Petrie",
                  "Pirie", "Tosh", "Waddell", "Duthie", "Gauld", "Jaffray", "Keddie", "Milne", "Moodie", "Ritchie", "Anstruther", "Leask", "Tait"]),
    "welsh": (["Siân", "Ceridwen", "Sioned", "Llinos", "Glesni", "Elen", "Gwawr", "Alaw", "Delyth", "Morfydd", "Eirian", "Ffraid", "Hedydd",
               "Tirion", "Enfys", "Buddug", "Meinir", "Rhiain", "Cerian", "Hawys", "Luned", "Tangwen", "Eirwen", "Mairwen"],
              ["Geraint", "Steffan", "Gwion", "Llŷr", "Macsen", "Elgan", "Deiniol", "Bedwyr", "Cynan", "Berwyn", "Dyfed", "Einion", "Gwynfor",
               "Heddwyn", "Ifan", "Ioan", "Islwyn", "Maldwyn", "Peredur", "Rhydian", "Tegid", "Wynford", "Garmon", "Gwydion", "Ithel"],
              ["Tudor", "Watkin", "Gough", "Kyffin", "Madoc", "Morgan", "Bowles", "Gwyther", "Meyrick", "Trahearne", "Voyle", "Wogan", "Lougher"]),
    "english": (["Audrey", "Hilary", "Shannon", "Bree", "Jorja", "Darcie", "Agatha", "Edwina", "Cicely", "Gaynor", "Cherie", "Kerri",
                 "Kiralee", "Bindi", "Alira", "Kayla", "Mikayla"],
                ["Gilbert", "Sidney", "Rollo", "Clancy", "Osbert", "Royston", "Everard", "Lambert", "Osmund", "Barton", "Blair", "Koby",
                 "Hudson", "Jett", "Lincoln"],
                ["Bramley", "Carrington", "Dunstable", "Gedge", "Lambourne", "Netherwood", "Quartermain", "Underwood", "Yeoman", "Attwell",
                 "Bagshaw", "Holdsworth", "Thackray", "Wardle", "Buckland", "Haddon", "Trebilcock", "Jory", "Opie"]),
    "punjabi": (["Parmjit", "Harjinder", "Kulwant", "Balvinder", "Simran", "Kiranjit"],
                ["Harbhajan", "Kuldip", "Tarlochan", "Ranjit", "Gurmeet", "Harpal"],
                ["Kooner", "Chana", "Virdee", "Basra", "Bhogal", "Kalsi", "Mann", "Padda", "Sohal", "Thandi"]),
    "quebecois": (["Marielle", "Évangéline", "Jeanne-d'Arc", "Lauréanne", "Rosanna", "Réjane", "Angèle", "Bernardine", "Blandine",
                   "Gabrielle", "Reine", "Clarisse", "Éliane", "Odette", "Bérangère", "Lisette"],
                  ["Rénald", "Alphonse", "Ignace", "Napoléon", "Zénon", "Guylain", "Éloi", "Bénoni", "Onésiphore", "Magella", "Valmore"],
                  ["Fortier", "Quesnel", "Ménard", "Racine", "Drolet", "Grenier", "Jolicoeur", "Normandin", "Séguin", "Hébert", "Mercier",
                   "Patenaude", "Provencher", "Vézina"]),
    "newfoundland": (["Audrey", "Hilary", "Shannon", "Darcie", "Gaynor", "Cherie", "Kerri", "Kayla"],
                     ["Gilbert", "Sidney", "Royston", "Lambert", "Barton", "Blair", "Clancy"],
                     ["Pardy", "Hynes", "Mercer", "Squires", "Tizzard", "Noseworthy", "Piercey", "Budden", "Fudge", "Penney", "Parsons",
                      "Janes", "Rideout", "Hiscock", "Dawe", "Osmond", "Chafe", "Kearley", "Sheppard", "Keats", "Whiffen", "Stoodley",
                      "Crocker", "Loder", "Foote", "Pottle", "Gillingham", "Barbour"]),
    "ukrainian": (["Stefania", "Vira", "Zenovia", "Lubomyra", "Motria", "Paraska", "Anastazia", "Teklia", "Hafia", "Nastia", "Ksenia",
                   "Doria", "Wasylyna", "Natalka"],
                  ["Lubomyr", "Roman", "Ihor", "Wasyl", "Yurij", "Oleksa", "Pavlo", "Borys", "Maksym", "Evhen", "Mychajlo", "Andrij"],
                  ["Shewchuk", "Zaharia", "Boychuk", "Lysak", "Maksymiuk", "Nykolyshyn", "Ostapchuk", "Pawluk", "Romaniuk", "Semenko",
                   "Zelinsky", "Dmytriw", "Hawrylak", "Kereliuk", "Luchak", "Petrishyn", "Sawchyn", "Woroniuk", "Yurkiw", "Zaporzan"]),
    "maori": (["Mihi", "Marama", "Hana", "Āwhina", "Kahukura", "Ngāpaki", "Wairaka", "Manawa", "Tangiwai", "Ariana", "Hiria", "Pounamu",
               "Atareta", "Kataraina", "Reremoana", "Mākere", "Rīpeka", "Mihiroa", "Tui"],
              ["Tāne", "Hēmi", "Mataiō", "Anaru", "Nīkora", "Rēweti", "Piripi", "Hamiora", "Hakaraia", "Hōri", "Kāwika", "Nikorima", "Pēne",
               "Rāpata", "Tīmoti", "Ihāia", "Māui", "Whetū", "Arapeta", "Kēpa", "Hōne", "Rēnata", "Wātene", "Heta", "Tīpene"],
              ["Tūroa", "Karaitiana", "Tāwhai", "Wharepapa", "Kōpua", "Ruru", "Kawana", "Mokomoko", "Ngawati", "Rātana", "Tūkaki", "Tuhoro",
               "Nohotima", "Paki", "Kīngi", "Mātenga", "Nēpia", "Rāwhiti", "Tākerei", "Houkamau", "Kaiwai", "Keepa", "Mahuika", "Moeke",
               "Ngamoki", "Parangi", "Rameka", "Rewiri", "Taiapa", "Tūrei", "Waretini", "Whatuira", "Hawira", "Hepi", "Iwikau", "Maaka",
               "Nukuroa", "Pirihi", "Tuhaka", "Waipouri", "Tahana", "Ruwhiu", "Pōtiki"]),
    "pacific": (["Vaioleti", "Fotu", "Telesia", "Ilisapeci", "Taina", "Alofa", "Kalisi", "Sālote", "Fa'afetai", "Seilala", "Siueni", "Fekita",
                 "Melesiu"],
                ["Pauga", "Lavea", "Fa'amoe", "Penitoa", "Sililo", "Uelese", "Sefulu", "Sitani", "Aisea", "Kalolo", "Ulisese"],
                ["Veikune", "Tamapua", "Mata'u", "Nukunuku", "Halafihi", "Tu'ipulotu", "Vake", "Lauina", "Ma'afu", "Lātū", "Taliaoa",
                 "Mafileo", "Tangitau"]),
    "american": (["Brandy", "Kasey", "Raylee", "Jodi", "Chiquita", "Taraji", "Mamie", "Shayla", "Darcie", "Mikayla"],
                 ["Jeb", "Jody", "Randall", "Ricky", "Darrell", "Tracy", "Hobart", "Terrance", "Tyree", "Hudson", "Jett", "Lincoln", "Koby"],
                 ["Daugherty", "Ison", "Lusk", "Osborne", "Prater", "Quillen", "Thacker", "Vanover", "Whitt", "Yonts", "Akers", "Combs",
                  "Cornett", "Dotson", "Estep", "Fannin", "Goble", "Halcomb", "Lykins", "Maynard", "Perkins", "Riddle", "Vance", "Boykins",
                  "Goines", "Jiles", "Rainey", "Cephas", "Newsome", "Sowell", "Wimbush", "Burrell"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Region:
    name: str  # first-level region (keep when alone)
    abbr: str  # written inside an address (plain text); "" none
    towns: tuple[str, ...]  # towns, cities (ADDRESS)
    localities: tuple[str, ...]  # villages, suburbs, townlands, estates, neighbourhoods (ADDRESS)
    postcodes: tuple[str, ...]  # fill patterns
    counties: tuple[str, ...] = ()  # Irish counties (ADDRESS)
    phones: tuple[str, ...] = ()  # landline patterns of the region
    streets: tuple[str, ...] = ()  # the region's own street patterns (else the country's)


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: tuple[Region, ...]
    streets: tuple[str, ...]  # fill patterns of a street line
    mobiles: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]  # weighted by repetition
    home_region: dict[str, str] = field(default_factory=dict)  # culture -> its usual region


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("GB", "United Kingdom", (
        Region("England", "", ("Wrexley Bridge", "Saltcote Magna", "Fernhollow", "Brackenridge Market", "Lower Wickstead", "Thurlow St Giles",
                               "Haverholme", "Coldstoke"),
               ("Oakhanger Park", "Millbrook Rise", "Cowlinge Heath", "St Aldwyn's", "Gorsey Bank", "Priory Fields"),
               ("HG% #@@", "DN%# #@@", "TA% #@@", "NR%# #@@", "LA% #@@", "YO%# #@@"), (), ("01^## ^#####", "(01^##) ^#####"),
               ("%# Kestrel Close", "%# Rowan Garth", "Flat %, %# Tanner's Row", "%# Cobbler's Lane", "%# Lapwing Drive",
                "Rose Cottage, Sheepwash Lane", "%# Chantry Mews")),
        Region("Scotland", "", ("Kinlochbrae", "Auchtermuir", "Balnagask Mains", "Inverlochty", "Portnacraig", "Dalquhirn"),
               ("Burnfoot", "Westerton of Gask", "Craigentinny Mill", "Kirkhill of Dron", "Mossend"),
               ("IV%# #@@", "PH% #@@", "KW%# #@@", "AB%# #@@"), (), ("01^## ^#####",),
               ("%# Burnside Wynd", "%/% Hawthorn Brae", "%# Rowan Garth", "Flat %/%, %# Tolbooth Vennel", "Birkenshaw Croft")),
        Region("Wales", "", ("Llanfechan", "Pontyrhyd Uchaf", "Cwmgarw", "Aberceri", "Tregwynt Isaf", "Llanbedr Fawr"),
               ("Maes Glas", "Penybryn", "Cefn Hengoed Isaf", "Bryn Eithin"),
               ("LL%# #@@", "SA%# #@@", "SY%# #@@", "CF%# #@@"), (), ("01^## ^#####",),
               ("%# Maes y Dderwen", "%# Heol y Fedwen", "Tŷ Gwyn, Lôn Isaf", "%# Kestrel Close", "Flat %, %# Stryd y Capel")),
    ), ("%# Kestrel Close", "%# Rowan Garth", "Flat %, %# Tanner's Row", "%# Cobbler's Lane", "%# Lapwing Drive", "Rose Cottage, Sheepwash Lane",
        "%# Burnside Wynd", "%/% Hawthorn Brae", "%# Maes y Dderwen", "%# Heol y Fedwen", "%# Chantry Mews"),
        ("07^## ^#####", "07^## ^## ###", "+44 7^## ^#####"), ("gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"),
        ("english", "english", "english", "scottish", "scottish", "welsh", "welsh", "punjabi", "irish"),
        {"scottish": "Scotland", "welsh": "Wales", "english": "England", "punjabi": "England", "irish": "England"}),
    Loc("IE", "Ireland", (
        Region("Munster", "", ("Ballinrush", "Kilcurrane", "Knocknagoul", "Drumkeeran Beg", "Castlemoyle"),
               ("Gortnaclohy", "Derrylahan Lower", "Cloonbannagh", "Knockaneden", "Ardnagashel More"),
               ("X91", "X35", "X42"), ("Waterford",), ("051 ^## ###", "058 ^####")),
        Region("Connacht", "", ("Carrowkeel Bridge", "Ballyglass West", "Tooreen Cross", "Moygawnagh"),
               ("Cloonacurry", "Lisnagrave", "Carrownedan", "Tawnyinah Upper"),
               ("N41", "F91", "F56"), ("Leitrim", "Sligo"), ("071 ^## ####",)),
        Region("Leinster", "", ("Ballymurrin", "Kilcarrow", "Rathgorey", "Clonmoney"),
               ("Ballyteige Demesne", "Coolnaboy", "Knockmullen Upper"), ("W91", "R95", "N39", "N37", "A67", "A91", "C15"),
               ("Kildare", "Kilkenny", "Longford", "Westmeath", "Wicklow", "Louth", "Meath"), ("04^ ^## ####", "05^ ^## ####")),
        Region("Ulster", "", ("Glenfinnan Bridge", "Meenacross", "Ardcrony"), ("Drumnacart", "Meenbanad Upper", "Cashelnagore Beg"),
               ("F92", "F93", "H12", "H18"), ("Donegal", "Cavan", "Monaghan"), ("074 ^## ####", "049 ^## ####", "047 ^####")),
    ), ("%# Cnoc na Gréine", "%# Oakfield Drive", "Apt %, Quayside Court", "%# Páirc an Locha", "%# Sycamore Lawns", "%# The Paddocks",
        "Derrynane House, Old Mill Road"),
        ("08^ ^## ####", "+353 8^ ^## ####", "08^-^######"), ("gmail.com", "eircom.net", "hotmail.com", "icloud.com"),
        ("irish", "irish", "irish", "irish", "english")),
    Loc("CA", "Canada", (
        Region("Quebec", "QC", ("Saint-Honoré-des-Aulnes", "Lac-Mistouk", "Sainte-Flore-du-Rang", "Pointe-aux-Merles"),
               ("Rang Saint-Joachim", "Domaine des Pins", "Secteur Val-Brume"), ("G%@ %@%", "J%@ %@%"), (), ("(418) ^##-####", "819 ^##-####"),
               ("%### rue des Pruches, app. %", "%## rang du Petit-Brûlé", "%### chemin de la Grève-Ouest", "%## rue Principale, app. %")),
        Region("Newfoundland and Labrador", "NL", ("Gull Cove Harbour", "Brigus Pond", "Little Tickle", "Cape Rouge Bay"),
               ("Back Cove", "The Droke", "Upper Gullies"), ("A%@ %@%",), (), ("(709) ^##-####",)),
        Region("Nova Scotia", "NS", ("Antigonish Landing", "Mabou Ridge", "Port Hebbert"), ("Big Pond Centre", "Rear Lochaber"),
               ("B%@ %@%",), (), ("(902) ^##-####",)),
        Region("Ontario", "ON", ("Tamworth Falls", "Port Ellery", "Brampton Heights West", "Wessel Junction"),
               ("Springdale Hollow", "Creditview Park", "Castlemore North"), ("L%@ %@%", "K%@ %@%", "N%@ %@%"), (), ("(905) ^##-####", "(613) ^##-####")),
        Region("Alberta", "AB", ("Vegreville North", "Smoky Lake Crossing", "Mundare Flats"), ("Sunnybrook Acres", "Willow Coulee"),
               ("T%@ %@%",), (), ("(780) ^##-####",)),
    ), ("%# Gull Pond Road", "%# Harbour Drive", "%### Shore Road",
        "%## Tamarack Crescent", "Unit %#, %### Alder Gate Road", "%### %#th Avenue NW", "Box %##, Site %, RR %"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^## ####"), ("gmail.com", "videotron.ca", "bell.net", "telus.net", "hotmail.com"),
        ("quebecois", "quebecois", "newfoundland", "ukrainian", "punjabi", "scottish"),
        {"quebecois": "Quebec", "newfoundland": "Newfoundland and Labrador", "scottish": "Nova Scotia", "ukrainian": "Alberta", "punjabi": "Ontario"}),
    Loc("AU", "Australia", (
        Region("New South Wales", "NSW", ("Wollombi Creek", "Kurrajong Flat", "Yarrabin Heights", "Mount Coramba"), ("Glenroy Park", "Bellbird Rise"),
               ("2^##",), (), ("(02) ^### ####",)),
        Region("Victoria", "VIC", ("Merrigum North", "Tallangatta East", "Koondrook Point"), ("Cobblebank Rise", "Strathmerton Gardens"),
               ("3^##",), (), ("(03) ^### ####",)),
        Region("Queensland", "QLD", ("Mooloolah Heads", "Tarome Crossing", "Kin Kin Valley"), ("Palmview Downs", "Pacific Pines East"),
               ("4^##",), (), ("(07) ^### ####",)),
        Region("Western Australia", "WA", ("Yallingup Siding", "Nannup Brook"), ("Baldivis Lakes", "Ellenbrook Rise"), ("6^##",), (), ("(08) ^### ####",)),
        Region("Tasmania", "TAS", ("Swansea Point", "Deloraine Flats"), ("Prospect Vale Heights",), ("7^##",), (), ("(03) 6^## ####",)),
    ), ("%# Wattlebird Crescent", "Unit %/%# Bottlebrush Parade", "%# Jacaranda Circuit", "Lot %# Ironbark Road", "%# Banksia Terrace",
        "%/%# Quandong Street", "%## Old Coach Road"),
        ("04^# ^## ###", "+61 4^# ^## ###", "04^#######"), ("gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com", "icloud.com"),
        ("english", "english", "english", "irish", "pacific", "scottish")),
    Loc("NZ", "New Zealand", (
        Region("Northland", "", ("Whareroa Bay", "Kaiwaka Heights", "Taipuha"), ("Otaika Valley", "Maunu Ridge"), ("01##",), (), ("(09) ^## ####",)),
        Region("Waikato", "", ("Te Kōhanga Flat", "Mangakino East", "Pukeatua"), ("Flagstaff Rise", "Rototuna North"), ("3^##",), (), ("(07) ^## ####",)),
        Region("Bay of Plenty", "", ("Matatā Beach", "Pongakawa Valley"), ("Pāpāmoa East", "Welcome Bay Heights"), ("31##",), (), ("(07) 5^# ####",)),
        Region("Hawke's Bay", "", ("Waipukurau South", "Ōtāne"), ("Flaxmere West", "Marewa Park"), ("41##",), (), ("(06) 8^# ####",)),
        Region("Canterbury", "", ("Kaiapoi North", "Leeston Downs", "Oxford Hills"), ("Halswell Junction", "Aidanfield"), ("7^##", "8^##"), (), ("(03) 3^# ####",)),
        Region("Otago", "", ("Milton Flat", "Lawrence Gully"), ("Mosgiel Heights", "Abbotsford Park"), ("9^##",), (), ("(03) 4^# ####",)),
    ), ("%# Kōtuku Street", "%/%# Pōhutukawa Avenue", "%### State Highway %#", "%# Harakeke Place", "% Tōtara Terrace",
        "%### Mangaoranga Road, RD %", "Flat %, %# Kererū Lane"),
        ("021 ^## ####", "027 ^## ####", "022 ^## ####", "+64 21 ^## ####"), ("gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com"),
        ("maori", "maori", "pacific", "english", "english", "scottish")),
    Loc("US", "United States", (
        Region("Kentucky", "KY", ("Hollybush Gap", "Caney Fork", "Lost Creek Landing"), ("Raccoon Hollow", "Big Laurel Bottom"), ("41###",), (), ("(606) ^##-####",)),
        Region("Ohio", "OH", ("Pennsville Crossing", "New Marshfield"), ("Orchard Knoll", "Sugar Grove Estates"), ("45###", "43###"), (), ("(740) ^##-####",)),
        Region("Maine", "ME", ("Dresden Mills", "North Lubec"), ("Cobbosseecontee Shores",), ("04###",), (), ("(207) ^##-####",)),
        Region("Minnesota", "MN", ("Grygla Lake", "Lake Bronson East"), ("Prairie Hollow",), ("56###",), (), ("(218) ^##-####",)),
        Region("Georgia", "GA", ("Ocmulgee Bluff", "Cordele Springs"), ("Pecan Grove Village", "Magnolia Landing"), ("31###",), (), ("(229) ^##-####",)),
        Region("New Mexico", "NM", ("Cuchillo Mesa", "Rio Puerco Flats"), ("Tierra Amarilla Heights",), ("87###", "88###"), (), ("(575) ^##-####",)),
    ), ("%### Sycamore Bend Rd", "%## Persimmon Hollow Ln", "%# Redbud Ct Apt %@", "%### County Road %##", "%## Sassafras Ridge Dr", "PO Box %##"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "aol.com", "icloud.com", "outlook.com"),
        ("american", "american", "american", "irish", "ukrainian", "english")),
]}  # fmt: skip


EIRCODE_KEYS = {"Waterford": ("X91", "X35", "X42"), "Leitrim": ("N41",), "Sligo": ("F91", "F56"), "Kildare": ("W91",), "Kilkenny": ("R95",),
                "Longford": ("N39",), "Westmeath": ("N37",), "Wicklow": ("A67",), "Louth": ("A91",), "Meath": ("C15",),
                "Donegal": ("F92", "F93"), "Cavan": ("H12",), "Monaghan": ("H18",)}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: Region
    mobile: str
    phone2: str  # a landline, or a second mobile
    email: str
    line: str
    locality: str
    town: str
    county: str
    postcode: str
    nid: str = ""  # the country's health number
    addr: tuple = ()

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def initial(self) -> str:
        return f"{self.given[0]}. {self.family}"

    @property
    def title(self) -> str:
        if self.loc.code == "CA" and self.culture == "quebecois":
            return "Mme" if self.female else "M."
        return ("Ms" if self.female else "Mr") if self.loc.code in ("GB", "IE", "AU", "NZ") else ("Ms." if self.female else "Mr.")


def _words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").split() if len(w) >= 3}


def _pick(rng: random.Random, values: tuple[str, ...] | list[str], used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


def _mail_part(s: str) -> str:
    return "".join(c for c in ascii_fold(s).lower() if c.isalpha())


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's
    family name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)] or list(fs if female else ms)
    given = rng.choice(free)
    used |= _words(given)
    if family is None:
        family = rng.choice([f for f in fams if not (_words(f) & used)] or fams)
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = _mail_part(given), _mail_part(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g[0]}{f}{rng.randint(10, 999)}",
                        f"{g}_{f}", f"{g}.{f[:1]}.{dob.year}"])  # fmt: skip
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, locality, town, county, pc = home.region, home.line, home.locality, home.town, home.county, home.postcode
    else:
        name = loc.home_region.get(culture)
        regions = [r for r in loc.regions if r.name == name] if name and rng.random() < 0.85 else list(loc.regions)
        region = rng.choice(regions)
        town = _pick(rng, region.towns, used)
        locality = _pick(rng, region.localities, used)
        county = rng.choice(region.counties) if region.counties else ""
        line = fill(rng, rng.choice(region.streets or loc.streets))
        pat = rng.choice(region.postcodes)
        if loc.code == "IE":  # the routing key of the county
            keys = [k for k in region.postcodes if k in EIRCODE_KEYS[county]]
            pc = ids.eircode(rng, rng.choice(keys))
        else:
            pc = fill(rng, pat)
        used |= {town, locality, county}
    phone2 = fill(rng, rng.choice(region.phones if region.phones and rng.random() < 0.7 else loc.mobiles))
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.mobiles)), phone2, email,
               line, locality, town, county, pc)  # fmt: skip
    w.nid = national_id(rng, w)
    w.addr = address(w)
    return w


def national_id(rng: random.Random, w: Person) -> str:
    c = w.loc.code
    if c == "GB":
        return ids.chi(rng, w.dob, w.female) if w.region.name == "Scotland" else ids.nhs(rng)
    if c == "IE":
        return ids.ppsn(rng)
    if c == "CA":
        return ids.health_card_ca(rng, w.region.abbr, w.family, w.given, w.dob, w.female)
    if c == "AU":
        return ids.medicare_au(rng)
    if c == "NZ":
        return ids.nhi(rng)
    return ids.ssn(rng)


NID_TYPE = {"GB": "ID", "IE": "ID", "CA": "HEALTH_PLAN", "AU": "HEALTH_PLAN", "NZ": "ID", "US": "SSN"}


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the region or its abbreviation plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, r = w.loc.code, w.region
    if c == "GB":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), " ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", Co. ", A(w.county), ", ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f" {r.abbr}  ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.locality), f" {r.abbr} ", Z(w.postcode))
    if c == "NZ":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), " ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f", {r.abbr} ", Z(w.postcode))
