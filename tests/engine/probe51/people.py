# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the fifty-first probe: long-term care, home health, hospice
and disability support paperwork from the US, the UK, Canada, Australia, New Zealand and Ireland (synthetic
only; no real resident, relative or staff member).

Residents and their families are drawn from the populations those services look after -- older Americans of
German, Scandinavian, Pennsylvania Dutch, Italian, Polish and Cajun descent; English, Cornish, Welsh and Scottish
Britons; Irish; English and French Canadians; Australians and Pakeha New Zealanders; Maori -- and carers, nurses
and support workers from the workforces that staff them (Keralite, Filipino, Nigerian, Zimbabwean, Romanian,
Nepali, Punjabi, Haitian / Jamaican and Samoan / Tongan names besides local ones), combined at random: never a
real person. Residents carry nicknames ("Gertie", "Alf", "Spud"). Every name word, town and street was checked
against every string of the people tables of probes 1-48 before any measurement (test_probe51: no shared name
word; the kit's check for towns and streets).

Towns, townlands, suburbs and streets are invented; states, provinces, Australian states, NZ regions, Irish
provinces and the UK's nations (first-level) are real and are keep values when written alone; Irish counties
are real and are ADDRESS inside an address. Facilities, agencies and providers are invented. Numbers are random
with their real shapes (check digits where the scheme has one: see ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe51 import ids
from tests.engine.probe51.ids import fill

__all__ = ["LOCS", "NAMES", "NICK", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # older Americans (German, Norwegian / Swedish, Pennsylvania Dutch, Italian, Polish, Cajun, English descent)
    "us": (["Gertrude", "Ethel", "Mildred", "Bertha", "Nellie", "Maud", "Phyllis", "Lula", "Zelma", "Etta", "Ina", "Delia", "Hettie", "Mattie",
            "Addie", "Tessie", "Elva", "Iola", "Ivah", "Jewel", "Lettie", "Lyda", "Nola", "Verda", "Zora", "Alma", "Cora"],
           ["Herbert", "Ernest", "Arnold", "Claude", "Milton", "Willard", "Elwood", "Ervin", "Irvin", "Marvin", "Melvin", "Calvin", "Delmar",
            "Garland", "Lester", "Ottis", "Rollie", "Verne", "Walden", "Zeke"],
           ["Schoenfeld", "Dreher", "Ostermann", "Thorsrud", "Gunderson", "Kjelstad", "Moberg", "Rasmusson", "Tollefson", "Vikstrom", "Arneson",
            "Fjelstad", "Iverson", "Pederson", "Hershberger", "Kauffman", "Brenneman", "Eberly", "Oberholtzer", "Petersheim", "Stauffer", "Zehr",
            "Pagliaro", "Valenti", "Amato", "DiNapoli", "Iacono", "LaRocca", "Orsini", "Quattrone", "Dombrowski", "Pulaski", "Lisowski",
            "LeJeune", "Melancon", "Prejean", "Robicheaux", "Breaux", "Dugas", "Guillory", "Mouton", "Naquin", "Whitmore",
            "Beckwith", "Kingsbury", "Stapleton", "Westbrook", "Eldridge", "Overton"]),
    # English, Cornish, Welsh, Scottish
    "british": (["Muriel", "Elsie", "Hilda", "Lilian", "Gwendoline", "Ada", "Florence", "Minnie", "Edith", "Violet", "Dora", "Flora", "Freda",
                 "Georgina", "Hester", "Keziah", "Letitia", "Greta", "Pamela", "Judith", "Wendy", "Daphne", "Dilys", "Olwen", "Ceinwen", "Morfudd", "Davina"],
                ["Cyril", "Alfred", "Eric", "Maurice", "Ronald", "Roy", "Wallace", "Cecil", "Lancelot", "Aubrey", "Ivor", "Emlyn", "Aled",
                 "Archibald", "Bernard", "Edmund", "Hector", "Monty", "Oswald", "Ralph", "Rowland", "Seymour", "Wystan"],
                ["Bottomley", "Clutterbuck", "Stansfield", "Tomlinson", "Whittaker", "Barraclough", "Firth", "Haigh", "Hinchliffe", "Pogson",
                 "Schofield", "Sykes", "Townend", "Cockcroft", "Helliwell", "Rawsthorne", "Ainscough", "Brindle", "Catterall", "Gaskell", "Ingham",
                 "Livesey", "Parkinson", "Singleton", "Yates", "Trelawney", "Tremayne", "Eckersley", "Hatherley", "Oakley", "Outhwaite",
                 "Wetherall", "Beaumont", "Goodall", "Mowbray", "Dunlop", "Ferguson", "Liddell", "Macfarlane", "McAlpine", "McCulloch", "Pringle",
                 "Cochrane", "Kinloch", "Oliphant", "Struthers", "Weir", "Yuill", "McCrindle"]),
    "irish": (["Úna", "Carmel", "Ita", "Rosaleen", "Teresa", "Veronica", "Mairín", "Neasa", "Clíona", "Christina", "Joan", "Kathrine", "Laurentia",
               "Gormlaith", "Fionnghuala", "Josie", "Cissie"],
              ["Seán", "Enda", "Kieran", "Niall", "Finbarr", "Canice", "Kilian", "Brendan", "Columba", "Ulick", "Lughaidh"],
              ["McGillicuddy", "O'Dowd", "Fitzgibbon", "Hegarty", "O'Mahony", "Buckley", "Crowley", "Foley", "Horgan", "Kiely", "Lucey", "Murphy",
               "Ahern", "Barrett", "Delaney", "Lordan", "Sheehan", "Walsh", "Canty", "Geaney", "Hurley", "O'Leary", "Creedon", "Dineen", "Falvey",
               "Harrington", "Kelleher", "Linehan", "Mehigan", "O'Callaghan", "Sexton", "Brosnan", "Cournane", "Fleming", "Hickey", "Leahy", "Nolan",
               "Sugrue", "Breen", "Dowling", "Garvey", "Hyland", "Keegan", "Lalor", "Morrin", "Nevin", "Quirke", "Rafter", "Teehan"]),
    "canadian": (["Cécile", "Jeannette", "Simone", "Germaine", "Laurette", "Aline", "Alphonsine", "Azilda", "Albertine", "Hermine", "Evelyn"],
                 ["Gérard", "Adrien", "Raoul", "Ludger"],
                 ["Champoux", "Gélinas", "Nolet", "Ouimet", "Racicot", "Sirois", "Bisson", "Charbonneau", "Demers", "Fréchette", "Lacasse", "Méthot",
                  "Pépin", "Rochon", "Sauvé", "Trudel", "Bédard", "Chartrand", "Duval", "Langevin", "Morissette", "Boivin", "Gallant", "Bastarache", "Cyr"]),
    # Australians and Pakeha New Zealanders (Cornish names common in South Australia)
    "aus": (["Dulcie", "Noeline", "Raewyn", "Kerryn", "Dianne", "Tanya", "Lyn", "Noela", "Fay", "Valda", "Thora", "Gwenda", "Jill", "Jenny"],
            ["Bruce", "Graeme", "Darryl", "Murray", "Terry", "Ian", "Allan", "Laurie", "Geoffrey", "Colin", "Lance", "Rex", "Garry", "Phillip",
             "Stuart", "Lyall", "Clem", "Athol", "Merton", "Ashley", "Brenton", "Maxwell", "Ormond", "Selwyn", "Wilton", "Carlyle", "Elliot"],
            ["Lovegrove", "Drinkwater", "Gatley", "Hedley", "Coldwell", "Sheldrake", "Cheeseman", "Killick", "Truscott", "Wragg", "Newcombe",
             "Dymond", "Yelland", "Roskilly", "Curnow", "Trengove", "Tregear", "Carthew"]),
    "maori": (["Hinemihi", "Hariata", "Hinekura", "Tiaho", "Waimarie", "Hemiona", "Kuini", "Rahiri", "Hineroa", "Rongomai", "Mereaira", "Atawhai",
               "Heeni", "Parehuia", "Ruihi", "Mihiteria", "Hohipera", "Harete", "Ataria"],
              ["Ihaka", "Eruera", "Tahu", "Aperehama", "Hakopa", "Raniera", "Tipa", "Hirini", "Wirihana", "Rapata", "Peneamene", "Timoti", "Honi",
               "Ropata", "Tiopira", "Kingi"],
              ["Rikihana", "Paraone", "Hetaraka", "Tautahi", "Wharerau", "Hapeta", "Ngarimu", "Hona", "Moetara", "Tipoki", "Rakena", "Pewhairangi",
               "Kaihau", "Manuera", "Tamihere", "Tuwhare", "Kahutia", "Rangitaawa", "Tuahine"]),
    # the care workforce
    "kerala": (["Mariamma", "Aleyamma", "Sosamma", "Kunjumol", "Shiny", "Tincy", "Soly", "Jomol", "Resmi", "Sherin", "Dhanya", "Sumi", "Liji",
                "Thankamma", "Leelamma", "Rosamma", "Omana", "Lissy", "Seena", "Reena", "Sindhu", "Lekha", "Rekha", "Tessy"],
               ["Bijo", "Sabu", "Anish", "Akhil", "Babu", "Thankachan", "Sojan", "Sajan"],
               ["Kuruvilla", "Chirayil", "Vadakkel", "Kallarakkal", "Kunnel", "Alappatt", "Mannil", "Mundackal", "Kizhakkel", "Thottathil",
                "Kochupurackal", "Nellikunnel", "Palathingal", "Cheruvathur"]),
    "filipino": (["Liezel", "Rhea", "Joylyn", "Kristine", "Gemma", "Mylyn", "Ednalyn", "Shiela", "Honeylyn", "Aileen"],
                 ["Ronaldo", "Lito", "Rowell", "Joven", "Jayson", "Rhoderick", "Honorato"],
                 ["Resurreccion", "Ventura", "Carandang", "Sumague", "Dimayuga", "Pamatmat", "Cruzado", "Cawaling", "Batungbakal", "Bagongon",
                  "Laxamana", "Canlas", "Manansala", "Sazon"]),
    "nigerian": (["Idara", "Imaobong", "Uduak", "Ekaette", "Emem", "Mfon", "Eno", "Nkoyo"],
                 ["Nsikak", "Ubong", "Aniekan", "Ofonime"],
                 ["Akpan", "Udoh", "Etim", "Essien", "Bassey", "Ekpo", "Okon", "Asuquo", "Edet", "Inyang", "Effiong"]),
    "zimbabwean": (["Tsitsi", "Shamiso", "Kundai", "Privilege", "Chengetai", "Kumbirai"],
                   ["Tendekai", "Farirai", "Panashe", "Ngonidzashe", "Tichaona", "Fungai"],
                   ["Mudzingwa", "Chakanyuka", "Nyamayaro", "Gwatidzo", "Muchenje", "Chitepo", "Nyandoro", "Zvinavashe", "Madondo", "Chiweshe",
                    "Nyathi", "Madziva", "Mhlanga"]),
    "romanian": (["Ionela", "Alina", "Nicoleta", "Dorina", "Andreea", "Gabriela", "Simona", "Daniela", "Roxana", "Oana", "Corina",
                  "Adriana", "Iuliana"],
                 ["Claudiu", "Marius", "Cosmin", "Gheorghe", "Ciprian", "Lucian", "Petrica", "Viorel"],
                 ["Vasilescu", "Dragomir", "Zamfir", "Tudose", "Barbu", "Oprea", "Enache", "Neagu", "Cojocaru"]),
    "nepali": (["Sabitra", "Kabita", "Pramila", "Nirmala", "Gita", "Shanti"],
               ["Bikash", "Dipak", "Suman", "Rajan", "Sanjeev", "Roshan", "Nabin", "Bijay", "Suraj", "Prakash", "Santosh"],
               ["Rai", "Ghale", "Thakali", "Sunuwar", "Chhetri", "Yonjan", "Moktan"]),
    "punjabi": (["Manjit", "Rajwinder", "Baljinder"],
                ["Balbir", "Jasbir", "Surjit", "Davinder"],
                ["Chahal", "Dhaliwal", "Hundal", "Lally", "Mangat", "Pandher", "Takhar", "Uppal"]),
    "caribbean": (["Marcia", "Novelette", "Carlene", "Gertha", "Wislande", "Fabiola", "Nerlande", "Saintanise", "Roselène"],
                  ["Clinton", "Glenroy", "Oneil", "Fritzner", "Evens", "Wisler", "Pierrot", "Ronel", "Jocelin", "Dukens", "Gesner"],
                  ["Fleurimond", "Lafortune", "Valcourt", "Charlemagne", "Guerrier", "Hyppolite", "Jeanty", "Saintil", "Thermidor", "Vilsaint",
                   "Myrie", "Pinnock", "Whyte", "Harriott", "Samuels"]),
    "pasifika": (["Lemoa", "Salamasina", "Eseta", "Fuatino", "Vaelupe", "Lupeolo", "Melesete", "Maletina"],
                 ["Sefa", "Filipo", "Sosefo", "Peni", "Aleki", "Mataio"],
                 ["Tuala", "Sapati", "Afeaki", "Piutau", "Kupu", "Seumanutafa", "Leavasa", "Faasalele", "Taulapapa", "Taimalie"]),
}  # fmt: skip

# the name a resident goes by (care plans: "prefers to be called ...")
NICK: dict[str, str] = {
    "Gertrude": "Gertie", "Mildred": "Millie", "Phyllis": "Phyl", "Etta": "Ettie", "Lyda": "Lyddie", "Zelma": "Zel", "Tessie": "Tess",
    "Herbert": "Bertie", "Ernest": "Ernie", "Milton": "Milt", "Melvin": "Mel", "Calvin": "Cal", "Marvin": "Marv", "Irvin": "Irv",
    "Ervin": "Erv", "Walden": "Walt", "Willard": "Willie", "Elwood": "Woody", "Hilda": "Hildy", "Edith": "Edie", "Dora": "Dot",
    "Freda": "Freddie", "Letitia": "Letty", "Pamela": "Pam", "Judith": "Judy", "Alfred": "Alf", "Ronald": "Ronnie", "Wallace": "Wally",
    "Cecil": "Cec", "Archibald": "Archie", "Bernard": "Bernie", "Edmund": "Eddie", "Hector": "Hec", "Ralph": "Ralphie", "Rowland": "Rowly",
    "Maurice": "Maurie", "Gwendoline": "Gwen", "Christina": "Chrissie", "Teresa": "Tessie", "Cissie": "Cissy", "Albertine": "Beattie",
    "Azilda": "Zilda", "Gérard": "Gerry", "Geoffrey": "Geoff", "Colin": "Col", "Bruce": "Brucie", "Merton": "Merv", "Kerryn": "Kez",
    "Gwenda": "Gwennie", "Valda": "Val", "Laurie": "Lol", "Maxwell": "Max", "Garland": "Gar",
}  # fmt: skip
# a man's nickname from his looks or trade, a woman's from her family ("Mags", "Nan Vonnie")
MALE_NICK = ["Lofty", "Curly", "Tiny", "Ginger", "Buster", "Butch", "Tex", "Digger", "Spud", "Nobby", "Chalky", "Smudge", "Tug"]


@dataclass(frozen=True, slots=True)
class Region:
    abbr: str  # written inside an address (plain text); the full name alone is keep
    towns: tuple[str, ...]
    localities: tuple[str, ...]  # villages, townlands, suburbs (ADDRESS)
    districts: tuple[str, ...]  # Irish counties (ADDRESS)
    postcode: tuple[str, ...]  # fill patterns


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, Region]
    streets: tuple[str, ...]
    lines: tuple[str, ...]  # house-line patterns: {s} the street
    phones: tuple[str, ...]  # landlines
    mobiles: tuple[str, ...]
    mails: tuple[str, ...]
    residents: tuple[str, ...]  # cultures of residents and their families
    workers: tuple[str, ...]  # cultures of carers, nurses, support workers


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Ohio": Region("OH", ("Coldwater Springs", "Harmon Ferry", "Keeneyville"), (), (), ("43###", "44###", "45###")),
        "Minnesota": Region("MN", ("Tanager Falls", "Vesper Lake", "Orrin Mills"), (), (), ("55###", "56###")),
        "Pennsylvania": Region("PA", ("Pike Hollow", "Larkin Station", "Cobble Prairie"), (), (), ("15###", "17###", "19###")),
        "Louisiana": Region("LA", ("Pointe Verdure", "Belle Cypress", "Bayou Chenier"), (), (), ("70###", "71###")),
        "Wisconsin": Region("WI", ("Sparrow Creek", "Wexley Junction", "Millbrook Center"), (), (), ("53###", "54###")),
    }, ("Larkspur Lane", "Hickory Bend Road", "Sumac Court", "Prairie View Drive", "Elm Hollow Road", "Cottonwood Circle",
        "Cypress Bayou Road", "Pecan Grove Lane", "Juneberry Court", "Sandhill Crane Drive"),
        ("%### {s}", "%## {s}", "%### {s}, Apt %", "%#### {s}", "%## {s}, Unit %#"),
        ("(^##) ^##-####", "^##-^##-####"), ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"),
        ("gmail.com", "yahoo.com", "aol.com", "comcast.net", "att.net"), ("us",), ("us", "caribbean", "filipino", "nigerian")),
    Loc("GB", "United Kingdom", {
        "England": Region("", ("Kirkby Fenwold", "Great Salbury", "Hattonbridge", "Ebbersley", "Sowerton"),
                          ("Lower Quantock", "Nether Hexworth", "Little Brimley", "Stoke Wendle", "Thornley-on-Wold", "Wendlebury Cross"),
                          (), ("HX% %@@", "DL% %@@", "TR%# %@@", "LA% %@@", "BB% %@@", "YO%# %@@", "NR%# %@@")),
        "Wales": Region("", ("Pontyberem Uchaf", "Llanfair Gwendraeth"), ("Cwm Eithin",), (), ("SA%# %@@", "LL%# %@@")),
        "Scotland": Region("", ("Auchterbrae", "Glenmorven"), ("Kilbarchie Mains", "Drumlathie"), (), ("KA%# %@@", "DD% %@@")),
    }, ("Quarry Bank Road", "Tanners Row", "Mill Lane", "Bramble Way", "Coopers Yard", "Chapel Hill", "Orchard View", "Prospect Terrace",
        "Harebell Close", "Kestrel Rise", "Heol y Nant", "Burnside Crescent", "Whinny Brae"),
        ("%# {s}", "Flat %, %# {s}", "%## {s}", "%# {s}", "Flat %@, %# {s}"),
        ("01%## ^#####", "01%# ^## ####"), ("07%## ######", "07%## ### ###", "+44 7%## ######"),
        ("btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"), ("british", "british", "irish"),
        ("kerala", "filipino", "zimbabwean", "romanian", "nigerian", "british")),
    Loc("CA", "Canada", {
        "Quebec": Region("QC", ("Saint-Anselme-des-Prés", "Rivière-aux-Saules", "Lac-Bourgeon", "Sainte-Hedwidge-du-Lac"), (), (),
                         ("G%@ %@%", "J%@ %@%", "H%@ %@%")),
        "Ontario": Region("ON", ("Tamarack Landing", "Beaver Narrows", "Kinmount Falls", "Pembridge Crossing"), (), (), ("K%@ %@%", "L%@ %@%", "P%@ %@%")),
        "New Brunswick": Region("NB", ("Port Alderney", "Gravel Pit Corners"), (), (), ("E%@ %@%",)),
    }, ("rue des Érables", "rue du Moulin-Rouge", "rang Saint-Édouard", "chemin des Bouleaux", "Loon Bay Road", "Tamarack Crescent",
        "Jack Pine Trail"),
        ("%### {s}", "%##-%# {s}", "%## {s}", "%##, {s}", "%###, {s}, app. %"),
        ("(^##) ^##-####", "^##-^##-####"), ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^## ####"),
        ("videotron.ca", "gmail.com", "sympatico.ca", "hotmail.com", "rogers.com"), ("canadian", "canadian", "british", "irish"),
        ("filipino", "punjabi", "caribbean", "canadian")),
    Loc("AU", "Australia", {
        "Victoria": Region("VIC", ("Wattle Flat North", "Bunyip Creek", "Koorawong"), (), (), ("3%##",)),
        "Queensland": Region("QLD", ("Yallambee Downs", "Currawong Park", "Mount Kuranda East"), (), (), ("4%##",)),
        "New South Wales": Region("NSW", ("Yarrabee", "Gum Tree Gully", "Coonabarra"), (), (), ("2%##",)),
        "South Australia": Region("SA", ("Mallee Springs", "Wirrabilla", "Bandicoot Flat"), (), (), ("5%##",)),
    }, ("Wattlebird Court", "Ironbark Drive", "Bottlebrush Avenue", "Lyrebird Close", "Paperbark Street", "Brolga Crescent"),
        ("%# {s}", "Unit %/%# {s}", "%/%## {s}", "Lot %# {s}", "%## {s}"),
        ("(02) ^### ####", "(03) ^### ####", "(07) ^### ####", "(08) ^### ####"), ("04## ### ###", "04##-###-###", "+61 4## ### ###"),
        ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"), ("aus", "aus", "british", "irish"),
        ("nepali", "filipino", "kerala", "punjabi", "aus", "pasifika")),
    Loc("NZ", "New Zealand", {
        "Waikato": Region("", ("Te Awaroa", "Kaiwhenua", "Rangiwai"), ("Pūriri Flat", "Ruakiwi"), (), ("3%##",)),
        "Canterbury": Region("", ("Tōtara Heights", "Kahikatea Park"), ("Maungaroa",), (), ("7%##", "8%##")),
        "Northland": Region("", ("Ōtaua Valley", "Whareponga Bay"), ("Ruakiwi",), (), ("0%##",)),
    }, ("Kōwhai Grove", "Rimu Street", "Tūī Place", "Mānuka Terrace", "Kererū Rise"),
        ("%# {s}", "%#@ {s}", "%/%# {s}", "%## {s}", "Flat %, %# {s}"),
        ("(03) ^## ####", "(06) ^## ####", "(07) ^## ####", "(09) ^## ####"), ("02% ### ####", "02%-###-####", "+64 2% ### ####"),
        ("xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.com"), ("aus", "british", "maori", "maori"),
        ("filipino", "kerala", "pasifika", "maori", "punjabi", "nepali")),
    Loc("IE", "Ireland", {
        "Connacht": Region("", ("Drumnaskea", "Cloonfad Upper", "Lisnagowan", "Carrigbawn"), ("Gortnaclohy", "Ardcarraig"),
                           ("Leitrim", "Roscommon", "Sligo"), ("N41", "F42", "F23", "F91")),
        "Munster": Region("", ("Kilcorrig", "Knockaderry West", "Ballyfinnane"), ("Tullaghmore",), ("Kerry", "Tipperary"), ("V92", "V95", "P85")),
        "Leinster": Region("", ("Rathbrennan", "Ballinacree"), ("Kilmacanogue Beg",), ("Laois", "Offaly", "Wexford", "Longford", "Carlow"), ("R32", "R35", "Y35")),
    }, ("Sallow Glen", "Fuchsia Drive", "Ash Grove Meadows", "Cluain Ard", "Beech Park", "Bóithrín na hAbhann"),
        ("%# {s}", "%## {s}", "Apt %, %# {s}", "{s}"),
        ("(0^#) ### ####",), ("08^ ### ####", "08^-###-####", "+353 8^ ### ####"),
        ("eircom.net", "gmail.com", "hotmail.com", "yahoo.ie"), ("irish",),
        ("filipino", "kerala", "romanian", "nigerian", "irish")),
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
    mobile: str
    email: str
    line: str
    locality: str
    town: str
    district: str
    postcode: str
    nick: str = ""
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region].abbr

    @property
    def title(self) -> str:
        return ("Mrs" if self.female else "Mr") if self.loc.code in ("GB", "IE", "AU", "NZ") else ("Mrs." if self.female else "Mr.")


def _words(name: str) -> set[str]:
    return set(name.replace("-", " ").split())


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (25 * 365, 62 * 365), cultures: tuple[str, ...] | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person of `loc` whose name words are not yet used in the document (`family` fixes a relative's
    family name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = rng.choice(cultures or loc.residents)
    fs, ms, fam = NAMES[culture]
    pool = fs if female else ms
    given = rng.choice([g for g in pool if not (_words(g) & used)] or pool)
    if family is None:
        family = rng.choice([x for x in fam if not (_words(x) & used)])
    used |= _words(given) | _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g = given.lower().replace("'", "")
    f = family.lower().replace("'", "").replace(" ", "")
    email = rng.choice([f"{g}.{f}", f"{g[0]}{f}{rng.randint(1, 99)}", f"{f}.{g}{dob.year % 100:02d}", f"{g}{f[:4]}"])
    email = email.translate(str.maketrans("áéíóúāēīōūàèç", "aeiouaeiouaec")) + "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, locality, town, district, pc = home.region, home.line, home.locality, home.town, home.district, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        reg = loc.regions[region]
        town = rng.choice([t for t in reg.towns if t not in used] or list(reg.towns))
        locality = rng.choice(reg.localities) if reg.localities else ""
        district = rng.choice(reg.districts) if reg.districts else ""
        street = rng.choice(loc.streets)
        line = fill(rng, rng.choice(loc.lines)).replace("{s}", street)
        pc = fill(rng, rng.choice(reg.postcode))
        if loc.code == "IE":
            pc = ids.eircode(rng, pc)
        used |= {town, locality, district}
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.mobiles)),
               email, line, locality, town, district, pc)  # fmt: skip
    w.nick = NICK.get(given) or (rng.choice(MALE_NICK) if not female and rng.random() < 0.6 else given)
    w.addr = address(w)
    return w


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces, the state / province abbreviation plain."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f" ({w.abbr}) " if w.abbr == "QC" else f", {w.abbr} ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))
    if c == "GB":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), " ", Z(w.postcode)) if w.locality else (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
    if c == "NZ":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), " ", Z(w.postcode)) if w.locality else (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
    return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", Co. ", A(w.district), ", ", Z(w.postcode))
