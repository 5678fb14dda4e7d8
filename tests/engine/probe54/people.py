# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the fifty-fourth probe: public-health surveillance text from
US county and district health departments, Canadian public health units, UK health protection teams,
Australian public health units and New Zealand's public health service (synthetic only; no real case,
contact, parent, investigator or laboratory worker). Name words are English (northern English, Scottish,
Irish and Welsh family names), American (Appalachian, Dutch-American, Polish-American, Muscogee), French-
Canadian, First Nations, Métis and Inuit, Punjabi, Gujarati, Pakistani and Bangladeshi, Somali, Chinese and
Vietnamese, Filipino, Māori, Samoan and Tongan, Aboriginal and Torres Strait Islander, Greek, Italian and
Maltese Australian -- combined at random: never a real person. They were checked against every string of
the people tables of probes 1-52 before any measurement (test_probe54: no shared name word).

Towns, counties, parishes, suburbs, localities, streets and rural routes are invented; US states, Canadian
provinces and territories, the UK nations, Australian states and territories and New Zealand regions
(first-level) are real and are keep values when written alone. Health departments, units and laboratories
are invented or generic (UKHSA, CDC, Te Whatu Ora, the Australian Immunisation Register and the like are
real institutions and keep). Numbers are random; NPI, NHS, CHI, NHI, Medicare (AU) and Ontario health-card
numbers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe54 import ids
from tests.engine.probe54.ids import fill

__all__ = ["AREAS", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (["Alannah", "Annelise", "Ainslie", "Edwina", "Greer", "Kezia", "Xanthe", "Emmeline", "Hollie", "Shannon", "Jorja", "Demi",
                 "Bree", "Sheree", "Kimberley", "Karyn", "Kirstin", "Irene", "Jemma", "Eloise", "Caroline", "Dorothy", "Margaret", "Valerie",
                 "Gail", "Sienna", "Delilah", "Stevie", "Jacqui", "Darcie", "Bonnie", "Ava", "Zara", "Josephine"],
                ["Inigo", "Gilbert", "Felix", "Rollo", "Leith", "Flynn", "Jett", "Martin", "Daniel", "Richard", "Robert", "Simon", "Jedd",
                 "Finn", "Axel", "Reggie", "Teddy", "Albie", "Jude", "Seth", "Abel", "Jonah", "Noah", "Isaac"],
                ["Bagshaw", "Blakemore", "Charlesworth", "Darnley", "Fazakerley", "Lambourne", "Mainwaring", "Beardsley", "Brearley", "Horsfall",
                 "Thackeray", "Wrigley", "Allsop", "Appleyard", "Arkwright", "Armitage", "Atherton", "Aveling", "Bannister", "Bardsley",
                 "Bebbington", "Beddows", "Bilton", "Birkett", "Blundell", "Boddington", "Bolland", "Bowker", "Brackenbury", "Brailsford",
                 "Brammall", "Bretherton", "Brindley", "Broadbent", "Brotherton", "Bulmer", "Buttery", "Capstick", "Catchpole", "Chapple",
                 "Clapham", "Cowgill", "Cudworth", "Dakin", "Dawber", "Dearden", "Dodsworth", "Dunkerley", "Elston", "Emsley", "Fawcett",
                 "Farrimond", "Fearnley", "Foulds", "Gomersall", "Gorst", "Halliwell", "Hammersley", "Harrop", "Heald", "Heaton", "Heywood",
                 "Horrocks", "Hoyle", "Hulme", "Kirkbride", "Mawdsley", "Metcalfe", "Moorhouse", "Parkin", "Pollitt", "Pybus", "Rawnsley",
                 "Shackleton", "Sharples", "Shoesmith", "Slingsby", "Spedding", "Swindells", "Turton", "Ullathorne", "Warburton", "Woodhead", "Worsley"]),
    "celtic": (["Sinead", "Sioned", "Teleri", "Tirion", "Shonagh", "Dymphna", "Una"],
               ["Iain", "Sholto", "Ranald", "Fearghas", "Tegid"],
               ["Auchinleck", "Balfour", "Cockburn", "Kinnaird", "Lumsden", "Donoghue", "Prothero", "Allardyce", "Fairbairn"]),
    "american": (["Madison", "Shayla", "Tiana", "Raven", "Mackenna", "Sequoia", "Shilah", "Dakotah"],
                 ["Kaden", "Darrell", "Randall", "Kane", "Jeb", "Trey", "Bodie", "Ozias", "Ephraim", "Hezekiah", "Levi", "Enoch", "Asa", "Eben",
                  "Jax", "Micah", "Eli", "Mosiah"],
                 ["Skaggs", "Combs", "Maynard", "Harjo", "Dykstra", "Zylstra", "Bosma", "Veldhuizen", "Vanderploeg", "Garcia", "Lopez", "Hartley",
                  "Burnett", "Starkey", "Calvert", "Knowles", "Bradshaw", "Barlow", "Dobson", "Chadwick", "Wilkinson", "Platt", "Stott",
                  "Gorski", "Wrobel", "Urbanski", "Kazmierczak", "Czerwinski", "Cieslak", "Sikorski", "Ziolkowski", "Wlodarczyk", "Kolodziej"]),
    "french_ca": (["Noella", "Odette", "Margaux", "Nicolette", "Lisette", "Marielle", "Élodie", "Émilienne", "Céline", "Renée", "Andrée", "Claudine"],
                  ["Steeve", "Dany", "René", "Philippe", "Mario", "Alphonse", "Jérôme", "Cédric", "Mathis", "Éric", "Médéric"],
                  ["Quintal", "Brisebois", "Lamoureux", "Francoeur", "Bissonnette", "Dumoulin", "Lafrenière", "Beausoleil", "Larochelle",
                   "Brassard", "Robitaille", "Hachey", "Fleury", "Gariepy"]),
    "first_nations": (["Raven", "Shilah", "Sequoia", "Bonnie", "Dorothy"],
                      ["Gilbert", "Randall", "Darrell", "Levi", "Eli"],
                      ["Crowchild", "Yellowhorn", "Whitecalf", "Runningrabbit", "Littlechild", "Nanooch", "Kinequon", "Fayant"]),
    "inuit": (["Elisapee", "Looee", "Oolipika"],
              ["Qapik"],
              ["Pitsiulak", "Ootova", "Akeeagok", "Kusugak", "Nakasuk"]),
    "punjabi": (["Jaspreet", "Simran"],
                ["Ranjit", "Pritam", "Sukhjit", "Tarsem", "Gurmit"],
                ["Sagoo", "Sangha", "Mahal", "Basra", "Chatha", "Kalsi", "Thandi"]),
    "gujarati": (["Nirali", "Dipti", "Hiral", "Rupal", "Falguni", "Urvashi"],
                 ["Mahesh", "Mitesh", "Kalpesh", "Alpesh"],
                 ["Parmar", "Mistry", "Solanki", "Chauhan", "Gohil", "Bhatt", "Vyas", "Raval", "Makwana", "Chudasama", "Thakrar", "Majithia",
                  "Ruparelia", "Popat", "Sodha", "Hirani", "Dattani", "Gadhia", "Tanna", "Lakhani", "Rajani", "Adatia"]),
    "pakistani_bangladeshi": (["Najma", "Ikram", "Iqra", "Shazia", "Nabila", "Samina", "Jahanara", "Shapla", "Momtaz"],
                              ["Farhan", "Hassan", "Ilyas", "Asif", "Mahfuz", "Rezaul"],
                              ["Iqbal", "Rehman", "Mahmood", "Akhtar", "Javed", "Shafiq", "Siddique", "Zaman", "Aslam", "Begum", "Uddin", "Miah",
                               "Choudhury", "Hoque", "Khondokar"]),
    "somali": (["Hibaq", "Ifrah", "Ruqia", "Safiya", "Sumayyah", "Amina", "Shukri", "Farhiya", "Suad", "Anisa", "Leyla", "Sacdiya", "Hodo",
                "Filsan", "Kowsar"],
               ["Abdikadir", "Abdisalam", "Mohamed", "Khadar", "Sakariye", "Hamse", "Mukhtar", "Ugaas"],
               ["Warfa", "Haji", "Abdi", "Elmi", "Egeh", "Gedi", "Duale", "Jibril", "Olow", "Mursal", "Barre", "Galaydh", "Sugulle", "Waberi", "Gutale"]),
    "east_asian": (["Lien", "Xiu", "Yuet", "Yuxuan", "Quyen", "Shumin"],
                   ["Huy", "Trung", "Weijie", "Yiming", "Tien", "Phong"],
                   ["Sze", "Tse", "Chu", "Luk", "Pang", "Ding", "Cui", "Zhong", "Wang", "Jia", "Xia", "Shao", "Kha"]),
    "filipino": (["Josephine", "Caroline", "Irene", "Margaret"],
                 ["Honesto", "Richard", "Robert", "Daniel"],
                 ["Domingo", "Navarro", "Gonzaga", "Abad", "Arceo", "Barretto", "Belmonte", "Custodio", "Guinto", "Hizon", "Lapid", "Legaspi",
                  "Madriaga", "Maniquis", "Mojica", "Quijano", "Samonte", "Zulueta"]),
    "maori": (["Tui", "Marama", "Rewa", "Hana", "Mihi", "Makareta", "Hiria", "Aomihia", "Ngapaki", "Hinerangi", "Hinemaia", "Kiritapu", "Miri"],
              ["Tama", "Hone", "Ranginui", "Heremaia", "Tumanako", "Arapeta", "Ruawai", "Nikora", "Manaaki", "Piripi", "Anaru"],
              ["Rangitauira", "Keepa", "Tahana", "Pene", "Rapana", "Hakaraia", "Tautari", "Matenga", "Heke", "Tauroa", "Kaiha", "Ngaropo",
               "Rangiwai", "Toka", "Hiroti", "Puketapu", "Tuhakaraina", "Karaka", "Potae"]),
    "pasifika": (["Vaiola", "Malie", "Tarani", "Telesia", "Kalisi"],
                 ["Semi", "Uili", "Tavake", "Sitani"],
                 ["Faasavalu", "Aiono", "Hufanga", "Taione", "Halaifonua", "Uasi", "Fakatava", "Aholelei", "Lealiifano", "Toala", "Ulufonua",
                  "Seumanu", "Vaeluaga", "Pese", "Tuimaseve"]),
    "aboriginal_tsi": (["Allira", "Kiah", "Bindi", "Tjarra"],
                       ["Jarli", "Jedd", "Reggie", "Albie"],
                       ["Wymarra", "Mosby", "Tabuai", "Nona", "Akiba", "Garawirrtja", "Djerrkura", "Gurruwiwi", "Ahmat", "Kaddy"]),
    "mediterranean": (["Froso", "Pina", "Josephine"],
                      ["Kostas", "Vasilios", "Santo", "Tonino", "Saviour", "Emanuel"],
                      ["Kalogeropoulos", "Theodoridis", "Chrysanthou", "Andreadis", "Xenos", "Psaltis", "Borg", "Bonnici", "Marafioti", "Strangio",
                       "Barbaro", "Trimboli", "Sergi", "Papalia", "Perre"]),
    "polish": (["Monika"],
               ["Slawomir"],
               ["Gorski", "Wrobel", "Urbanski", "Kazmierczak", "Cieslak", "Sikorski"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]  # first-level region (keep) -> (abbreviation, districts, towns)
    localities: tuple[str, ...]  # suburbs, estates, neighbourhoods (ADDRESS)
    streets: tuple[str, ...]  # fill patterns of a street line
    postcodes: dict[str, str]  # region -> fill pattern
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Minnesota": ("MN", ("Otterbrook County", "Pelkey Lake County"), ("Cedar Marsh", "North Ellery", "Vasa Prairie", "Tamarack Crossing")),
        "Kentucky": ("KY", ("Redbird Fork County", "Sawtooth County"), ("Hollis Branch", "Copper Gap", "Sawmill Hollow", "Laurel Knob")),
        "Louisiana": ("LA", ("Bayou Chenier Parish", "Sabine Bend Parish"), ("Pointe Gravois", "Lac Verret Landing", "Chenier Perdue", "Bois Noir")),
        "Michigan": ("MI", ("Beaverdam County", "Sauble River County"), ("New Drenthe", "Kruisweg", "Zwolle Corners", "Maple Rapids East")),
        "New Mexico": ("NM", ("Chamisa County", "Piñon Mesa County"), ("Ojo Blanco", "Red Willow Springs", "Tierra Amarga", "Cebolleta Wash")),
        "Georgia": ("GA", ("Satilla Bend County", "Ocmulgee Flats County"), ("Pecan Hollow", "Magnolia Landing", "Sumac Crossroads", "Alapaha Mill")),
    }, ("Whispering Pines MHP", "Oakridge Terrace Apartments", "Lakeview Estates", "Riverbend Courts", "Prairie Rose Townhomes"),
        ("%### Tamarack Ln", "%## Old Mill Rd", "%### County Road %#", "%### N Juniper St Apt %", "%#### State Hwy %#", "%## Dogwood Trl",
         "%### E Sycamore Ave", "%## Quail Run Dr", "Lot %# Whispering Pines Rd", "%### Persimmon Ct"),
        {"Minnesota": "56###", "Kentucky": "41###", "Louisiana": "70###", "Michigan": "49###", "New Mexico": "87###", "Georgia": "31###"},
        (),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"),
        ("american", "american", "american", "american", "somali", "east_asian", "gujarati", "filipino")),
    Loc("CA", "Canada", {
        "Ontario": ("ON", ("Kessock Township", "Alder Lake Township"), ("Port Aldane", "Whitefish Narrows", "Kessock Mills", "Alderbrook Station")),
        "Québec": ("QC", ("MRC des Hérons", "MRC de Beaulac"), ("Sainte-Ursule-des-Monts", "Lac-aux-Hérons", "Saint-Onésime-de-Beaulac", "Rivière-aux-Saules")),
        "Manitoba": ("MB", ("RM of Shoal River", "RM of Kinosota"), ("Kinosota Narrows", "Shoal River Crossing", "Bruxelles Nord", "Pelican Rapids East")),
        "Saskatchewan": ("SK", ("RM of Wapiti", "RM of Meadow Coulee"), ("Meadow Coulee", "Wapiti Crossing", "Sturgeon Flats", "Eagle Hills Siding")),
        "Nunavut": ("NU", ("Amaruq District", "Nanuq District"), ("Nuvuk Point", "Qamaniq Inlet", "Tulugak Bay", "Siqiniq Narrows")),
        "Alberta": ("AB", ("County of Buffalo Coulee", "MD of Rimbey Flats"), ("Buffalo Coulee", "Rimbey Flats", "Sundre West", "Willow Coulee")),
    }, ("Parc-des-Érables", "Birchwood Heights", "Lakeshore Village", "Cedarbrae Estates", "Terrasse Champlain"),
        ("%## Birch Cres", "%### Concession Rd %", "%## rue des Érables", "%### Rang Saint-Joseph", "Box %## Site %", "%## Lakeshore Dr Unit %",
         "%## Tamarack Bay", "House %###", "%### Range Road %##", "%## chemin du Lac-Noir"),
        {"Ontario": "K0L %@%", "Québec": "J0K %@%", "Manitoba": "R0L %@%", "Saskatchewan": "S0J %@%", "Nunavut": "X0A %@%", "Alberta": "T0M %@%"},
        (),
        ("gmail.com", "videotron.ca", "sympatico.ca", "shaw.ca", "outlook.com", "hotmail.com"),
        ("english", "french_ca", "french_ca", "first_nations", "inuit", "punjabi", "east_asian", "filipino")),
    Loc("GB", "United Kingdom", {
        "England": ("", ("Netherwick District", "Hambridge Borough"), ("Netherwick", "Thornleigh Moor", "Kirkby Wendle", "Hambridge Magna", "Oldcastle Brow", "Saltmarsh End")),
        "Scotland": ("", ("Abercorrie Council", "Glenmurrie Council"), ("Abercorrie", "Kinlochbrae", "Auchterlaw", "Glenmurrie")),
        "Wales": ("", ("Tegwen County Borough", "Garreg County"), ("Llanfair Tegwen", "Pontygarreg", "Cwmderwen", "Aberhesgyn")),
        "Northern Ireland": ("", ("Drumcarrow Borough", "Lisnaskeagh District"), ("Ballykilcreen", "Drumcarrow", "Lisnaskeagh", "Tullyvarran")),
    }, ("Moorside Estate", "Hollin Bank", "Clough Top", "Lower Fold", "Riverside Court", "Tanyard Fields"),
        ("%# Tanyard Lane", "%## Weavers Row", "Flat %, %# Mill Brow", "%# Sandholme Close", "%## Pinfold Street", "%# Cae Mawr", "%# Cragside Gardens",
         "%## Burngreen Road", "%# Quarry Bank Terrace", "%## Loanhead Wynd"),
        {"England": "BB%# %@@|OL%# %@@|HX%# %@@|WF%# %@@|LA%# %@@|BD%# %@@", "Scotland": "KY%# %@@|PH%# %@@|IV%# %@@|AB%# %@@",
         "Wales": "LL%# %@@|SA%# %@@|SY%# %@@", "Northern Ireland": "BT%# %@@"},
        ("07%## ######", "+44 7%## ######", "07%##-###-###"),
        ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com"),
        ("english", "english", "english", "celtic", "punjabi", "gujarati", "pakistani_bangladeshi", "somali", "polish")),
    Loc("AU", "Australia", {
        "New South Wales": ("NSW", ("Tallowood Shire", "Wallaroo Council"), ("Koonawarra Park", "Gidgee Flat", "Mount Tallowood", "Wallaroo Creek")),
        "Victoria": ("VIC", ("Shire of Bunyip Vale", "Stringybark City"), ("Bunyip Vale", "Stringybark Rise", "Merrijig South", "Lyrebird Heath")),
        "Queensland": ("QLD", ("Bottletree Regional", "Cassowary Shire"), ("Bottletree Heights", "Cassowary Point", "Jacaranda Flats", "Mango Gully")),
        "Western Australia": ("WA", ("Shire of Marri Downs", "Quokka City"), ("Marri Downs", "Quokka Bay", "Jarrah Glen", "Karri Vale")),
        "Northern Territory": ("NT", ("Frangipani Municipality", "Buffalo Creek Shire"), ("Frangipani Park", "Buffalo Creek East", "Cycad Rise", "Pandanus Point")),
        "South Australia": ("SA", ("Saltbush Council", "Mallee Rise Council"), ("Saltbush Plains", "Mallee Rise", "Bluebush Hills", "Quandong Flat")),
    }, ("Banksia Estate", "Riverview Gardens", "Lakeside Village", "Ironbark Rise", "Seaview Heights"),
        ("%# Banksia Cres", "%## Wattle Tree Rd", "Unit %/%# Kookaburra St", "%# Grevillea Ct", "Lot %## Bottletree Rd", "%## Coolibah Dr",
         "%# Bilby Pl", "%### Mallee Hwy", "%## Emu Parade", "%# Currawong Cl"),
        {"New South Wales": "2%##", "Victoria": "3%##", "Queensland": "4%##", "Western Australia": "6%##", "Northern Territory": "08%#", "South Australia": "5%##"},
        ("04%# ### ###", "+61 4%# ### ###", "04%# ###-###"),
        ("gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"),
        ("english", "english", "english", "mediterranean", "east_asian", "aboriginal_tsi", "pasifika")),
    Loc("NZ", "New Zealand", {
        "Waikato": ("", ("Kahikatea District", "Ōtūroa District"), ("Ōtūroa Valley", "Kahikatea Flat", "Te Rākau Junction", "Mangaroa Bend")),
        "Northland": ("", ("Kererū Bay District", "Whareroa District"), ("Kererū Bay", "Whareroa Heads", "Pūriri Landing", "Tōtara Crossing")),
        "Bay of Plenty": ("", ("Tawhiti District", "Mānuka Point District"), ("Tawhiti Heights", "Mānuka Point", "Kiwifruit Flats", "Whetū Flats")),
        "Canterbury": ("", ("Tussock Downs District", "Ellesmere Flat District"), ("Tussock Downs", "Ellesmere Flat", "Shingle Creek", "Nor'wester Rise")),
        "Hawke's Bay": ("", ("Kōwhai Ridge District", "Te Awa District"), ("Kōwhai Ridge", "Te Awa Flats", "Ngaio Terrace", "Raupō Bay")),
        "Otago": ("", ("Schist Creek District", "Matagouri District"), ("Schist Creek", "Matagouri Valley", "Tailrace Flat", "Golden Bar")),
    }, ("Harakeke Park", "Kauri Heights", "Riverlea Glen", "Pōhutukawa Estate", "Kōtuku Rise"),
        ("%# Kōwhai Street", "%## Rātā Road", "%# Tōtara Place", "Flat %, %# Pōhutukawa Avenue", "%### State Highway %#", "%## Harakeke Lane",
         "%# Tūī Crescent", "%## Kahikatea Drive", "RD %, %### Mangaroa Road", "%# Kererū Close"),
        {"Waikato": "3%##", "Northland": "0%##", "Bay of Plenty": "3%##", "Canterbury": "7%##", "Hawke's Bay": "4%##", "Otago": "9%##"},
        ("021 ^## ####", "022 ^### ###", "+64 27 ^## ####", "027 ^## ####"),
        ("gmail.com", "xtra.co.nz", "outlook.com", "hotmail.com", "slingshot.co.nz"),
        ("english", "english", "maori", "maori", "pasifika", "east_asian", "gujarati")),
]}  # fmt: skip


# landline (and, in the US and Canada, every) phone patterns by first-level region
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "US": {"Minnesota": ("(218) ^##-####", "(320) ^##-####", "218-^##-####"), "Kentucky": ("(606) ^##-####", "606-^##-####"),
           "Louisiana": ("(337) ^##-####", "(985) ^##-####"), "Michigan": ("(616) ^##-####", "(269) ^##-####"),
           "New Mexico": ("(575) ^##-####", "(505) ^##-####"), "Georgia": ("(229) ^##-####", "(912) ^##-####", "229-^##-####")},
    "CA": {"Ontario": ("(705) ^##-####", "705-^##-####"), "Québec": ("819-^##-####", "(450) ^##-####", "418 ^##-####"),
           "Manitoba": ("(204) ^##-####",), "Saskatchewan": ("(306) ^##-####", "306-^##-####"), "Nunavut": ("(867) ^##-####",),
           "Alberta": ("(403) ^##-####", "(587) ^##-####")},
    "GB": {"England": ("01%## ######",), "Scotland": ("01%## ######",), "Wales": ("01%## ######",), "Northern Ireland": ("028 ^### ####",)},
    "AU": {"New South Wales": ("(02) ^### ####",), "Victoria": ("(03) ^### ####",), "Queensland": ("(07) ^### ####",),
           "Western Australia": ("(08) ^### ####",), "Northern Territory": ("(08) ^### ####",), "South Australia": ("(08) ^### ####",)},
    "NZ": {"Waikato": ("(07) ^## ####",), "Northland": ("(09) ^## ####",), "Bay of Plenty": ("(07) ^## ####",), "Canterbury": ("(03) ^## ####",),
           "Hawke's Bay": ("(06) ^## ####",), "Otago": ("(03) ^## ####",)},
}  # fmt: skip


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
    line: str  # street line
    locality: str  # suburb, estate, neighbourhood
    town: str
    district: str  # county, parish, township, council, district
    postcode: str
    nid: str = ""  # SSN, NHS / CHI, health-card, Medicare, NHI number
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) > 2}


def _pick(rng: random.Random, values: tuple[str, ...] | list[str], used: set[str]) -> str:
    return rng.choice([v for v in values if not (_words(v) & used)] or list(values))


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a household's
    family name, `home` its address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    if not free:  # a small table borrows the English given names
        free = [g for g in NAMES["english"][0 if female else 1] if not (_words(g) & used)]
    given = rng.choice(free)
    used |= _words(given)
    if family is None:
        free_f = [f for f in fam if f not in used] or [f for f in NAMES["english"][2] if f not in used]
        family = rng.choice(free_f)
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = ids.plain(given).lower(), ids.plain(family).lower()
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 999)}", f"{g}_{dob.year}",
                        f"{g[:4]}.{f}{rng.randint(10, 99)}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, locality, town, district, pc = home.region, home.line, home.locality, home.town, home.district, home.postcode
    else:
        region = region or rng.choice(list(loc.regions))
        _, districts, towns = loc.regions[region]
        district, town = _pick(rng, districts, used), _pick(rng, towns, used)
        locality = _pick(rng, loc.localities, used)
        line = fill(rng, rng.choice(loc.streets))
        pc = fill(rng, rng.choice(loc.postcodes[region].split("|")))
        if loc.code == "US" and rng.random() < 0.15:
            pc += fill(rng, "-####")
        used |= _words(town) | _words(district) | _words(locality)
    phones = AREAS.get(loc.code, {}).get(region, ()) + loc.phones
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(phones)), fill(rng, rng.choice(phones)),
               email, line, locality, town, district, pc)  # fmt: skip
    w.nid = national_id(rng, w)
    w.addr = address(w)
    return w


def national_id(rng: random.Random, w: Person) -> str:
    c = w.loc.code
    if c == "US":
        return ids.ssn(rng)
    if c == "GB":
        return ids.chi_number(rng, w.dob, w.female) if w.region == "Scotland" else ids.nhs_number(rng)
    if c == "CA":
        return ids.province_health_number(rng, w.abbr, w.given, w.family, w.dob, w.female)
    if c == "AU":
        return ids.medicare_au(rng)
    return ids.nhi(rng)


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f" {w.abbr}  ", Z(w.postcode))
    if c == "GB":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), " ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))
    return (A(w.line), ", ", A(w.locality), ", ", A(w.town), " ", Z(w.postcode))
