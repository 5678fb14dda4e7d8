# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the fifty-third probe: pre-hospital and emergency text from
the United States, Canada, the United Kingdom and Australia (synthetic only; no real patient, caller, crew
member or clinician). Name words are those of the populations the services meet: rural Appalachian and Ozark,
suburban US (the creative spellings of the last twenty years), African American, Somali (Minnesota, London,
Toronto), Punjabi (British Columbia, Alberta, the West Midlands), Québécois and Acadian, Ukrainian-Canadian
(the prairies), First Nations (Blackfoot and Cree family names), East Anglian, Devon and Cornish, Welsh,
Highland Scottish, Bangladeshi (east London), Anglo-Australian, Aboriginal Australian, Italian-, Greek- and
Lebanese-Australian -- combined at random: never a real person. They were checked against every string of
the people tables of probes 1-52 before any measurement (test_probe53: no shared name word).

Towns, counties, townships, reserves, stations, streets and roads are invented; states, provinces,
territories and the nations of the UK are real and are keep values when written alone. Hospitals, agencies
and unit call signs are invented or generic. Coordinates are random points inside each region; what3words
addresses are random word triples and OS grid references random. Numbers are random; NHS and CHI numbers,
Ontario and BC health numbers, Australian Medicare numbers and IHIs, NPIs and VINs carry valid check digits
(ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe53 import ids
from tests.engine.probe53.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_rural": (['Treena', 'Kerri', 'Sherri', 'Mamie', 'Iva', 'Brandy', 'Kyndall', 'Jolee', 'Raylee', 'Kaisley'],
        ['Randall', 'Rayford', 'Gaige', 'Kace', 'Kolby', 'Krue', 'Wylder', 'Ryland', 'Bodie', 'Jett'],
        ['McCoy', 'Gabbard', 'Cornett', 'Begley', 'Baldridge', 'Ledford', 'Queener', 'Stooksbury', 'Sprague', 'Stoneman', 'Tuthill', 'Goolsby']),
    "us_suburban": (['Kaydence', 'Brynleigh', 'Rylynn', 'Khloee', 'Aubrielle', 'Emmalyn', 'Everlee', 'Haisley', 'Maelynn', 'Addalynn',
                     'Mylah', 'Taytum', 'Brooklynne', 'Jaelynn', 'Zaylee', 'Kashlyn', 'Kenadie', 'Brylee', 'Charleigh', 'Adalee',
                     'Blakelee', 'Marleigh', 'Raegan', 'Jordyn', 'Kailyn', 'Kinlee', 'Tenley'],
        ['Maddux', 'Laykin', 'Kamdyn', 'Ryatt', 'Brixton', 'Deklan', 'Kannon', 'Huxley', 'Jensen', 'Hendrix', 'Brantlee', 'Braidyn',
         'Jaxson', 'Knoxx', 'Axel', 'Skyler'],
        ['Kirkpatrick', 'Guthrie', 'Baillie', 'Lorimer', 'Fairbairn', 'Howlett', 'Leggett', 'Bloomfield', 'Kingdon', 'Symons',
         'Fennessy', 'Devlin', 'McGurk', 'Coakley', 'Sawchuk', 'Boychuk', 'Kozak']),
    "us_black": (['Taniesha', 'Shakira', 'Aniyah', 'Nyla', 'Kaliyah', 'Ebonie'],
        ['Dajuan', 'Marquel', 'Devante', 'Jaquez', 'Kentrell', 'Deion', 'Ramell', 'Malachi', 'Rasheed', 'Keontae', 'Tyreek'],
        ['Haynesworth', 'Brunson', 'Goolsby', 'McDuffie', 'Raiford', 'Funches', 'Bynum', 'Strother', 'Harrell', 'Cauthen',
         'Gadson', 'Pinkney', 'Ravenel', 'Manigault', 'Grice', 'Seabrook', 'Frazier', 'Spann']),
    "somali": (['Farhiya', 'Ifrah', 'Deqa', 'Ayan', 'Istahil', 'Hodo', 'Sahro', 'Shukri', 'Canab', 'Nasteexo', 'Sucaad', 'Hawo', 'Ruqiya'],
        ['Abdikadir', 'Abshir', 'Amran', 'Abdisalan', 'Sharmarke', 'Guhaad', 'Faysal', 'Khadar', 'Siyad', 'Mukhtar', 'Burhan', 'Mowlid', 'Keyse'],
        ['Gedi', 'Elmi', 'Hashi', 'Jimale', 'Abdi', 'Warfa', 'Dahir', 'Ugas', 'Geele', 'Bulhan', 'Awale', 'Kahin']),
    "punjabi": (['Kirandeep', 'Jaspreet', 'Ramandeep', 'Amanpreet', 'Sukhjeet', 'Gurjeet'],
        ['Harjinder', 'Rajvinder', 'Daljit', 'Ravinder', 'Baljeet', 'Rajdeep', 'Kuldip', 'Sundeep', 'Surinder'],
        ['Kahlon', 'Khaira', 'Dhindsa', 'Sangha', 'Basra', 'Jhajj', 'Dosanjh', 'Boparai', 'Lalli', 'Hayer', 'Deol', 'Tiwana',
         'Shergill', 'Dhesi', 'Sohi', 'Bhogal']),
    "quebecois": (['Chantale', 'Lyne', 'Mélanie', 'Antoinette'],
        ['Benoit', 'Mathis', 'Félix', 'Mederic', 'Napoléon', 'Osias', 'Rénald', 'Cyrille'],
        ['Lafrance', 'Belcourt', 'Lamontagne', 'Deschênes', 'Lachapelle', 'Laframboise', 'Desautels', 'Brisebois', 'Larochelle',
         'Meunier', 'Quintal', 'Rivard', 'Séguin', 'Ducharme', 'Courchesne', 'Dussault', 'Grondin', 'Houle', 'Jutras', 'Lemire', 'Provencher']),
    "prairie": (['Olenka', 'Halia', 'Zenovia', 'Stefania', 'Pavlina', 'Ivanna', 'Larysa', 'Kenadie', 'Kailyn'],
        ['Ryland', 'Brixton', 'Deklan', 'Kolby', 'Laykin', 'Jensen'],
        ['Sawchuk', 'Hrynkiw', 'Zaporozhan', 'Boychuk', 'Kozak', 'Stefaniuk', 'Hawryluk', 'Prokopchuk', 'Danyliuk', 'Panchyshyn',
         'Shewchuk', 'Romaniuk', 'Kostyshyn', 'Ostapchuk', 'Hrabec']),
    "first_nations": (['Kaliyah', 'Jolee', 'Raylee', 'Taytum', 'Kashlyn', 'Brylee'],
        ['Kace', 'Gaige', 'Kolby', 'Ryatt', 'Krue', 'Bodie'],
        ['Bearshirt', 'Crowchild', 'Manyfingers', 'Starblanket', 'Wolfleg', 'Bigsnake', 'Littlechild', 'Yellowhorn', 'Bigeagle',
         'Whitecalf', 'Runningrabbit', 'Weaselhead', 'Lonefight']),
    "english": (['Demi-Leigh', 'Tiegan', 'Jorja', 'Mollie', 'Kacey', 'Lexi', 'Alesha', 'Kyra', 'Macey', 'Harli', 'Kaci', 'Tayler'],
        ['Reece', 'Leyton', 'Connor', 'Reuben', 'Lucas', 'Tyler-Jay', 'Jenson', 'Brogan', 'Reon'],
        ['Cloughley', 'Widdowson', 'Heptinstall', 'Catchpole', 'Gotobed', 'Bulpitt', 'Woolnough', 'Kerridge', 'Cubitt', 'Gedge',
         'Fulcher', 'Gooderham', 'Mallows', 'Spurling', 'Mutimer', 'Larter', 'Frostick', 'Burrage', 'Catton', 'Gotts', 'Goffin',
         'Pennefather', 'Rattenbury', 'Tapscott', 'Ellacott', 'Quance', 'Chudleigh', 'Luscombe', 'Prout', 'Squance', 'Voysey',
         'Westaway', 'Widdicombe', 'Pook', 'Hext', 'Gidley', 'Brimacombe', 'Cudmore', 'Brearley', 'Shackleton']),
    "welsh": (['Sioned', 'Mabli', 'Efa'], ['Lewys', 'Ioan', 'Steffan', 'Gwion'], ['Llewelyn', 'Jenkin', 'Lewis', 'Gidley']),
    "scottish": (['Ealasaid', 'Murdina', 'Kenina', 'Dolina', 'Williamina', 'Eabha', 'Meabh'],
        ['Seumas', 'Coinneach', 'Fionnlagh', 'Lachann', 'Somhairle'],
        ['Buchan', 'MacAskill', 'MacLeish', 'Lumsden', 'Kinnaird', 'MacQuarrie', 'Macfadyen', 'Ramage', 'Bannatyne', 'Eadie',
         'Gemmell', 'Hamill', 'Paterson', 'Veitch', 'Fyfe', 'Keddie', 'Slessor', 'Soutar', 'Thain', 'Tosh']),
    "bangladeshi": (['Rahima', 'Shahana', 'Fahmida', 'Jahanara', 'Momena', 'Selina', 'Parvin', 'Fatema'],
        ['Nazmul', 'Shafiqul', 'Delwar', 'Faruk', 'Mahfuz', 'Mohammed', 'Zakirul', 'Motiur', 'Ruhul'],
        ['Patwary', 'Mazumder', 'Kazi', 'Hawlader', 'Sardar', 'Mian']),
    "aussie": (['Kiralee', 'Jayde', 'Brydie', 'Zali', 'Ashlee', 'Keely', 'Shontelle', 'Kasey', 'Indi'],
        ['Kynan', 'Lochie', 'Ryley', 'Brodey', 'Kobi', 'Clancy'],
        ['Tresidder', 'Trembath', 'Trewhella', 'Opie', 'Kerridge', 'Cubitt', 'Howlett', 'Leggett', 'Spurling', 'Symons', 'Westaway',
         'Luscombe', 'Prout', 'Cudmore', 'Lorimer', 'Guthrie']),
    "aboriginal": (['Kiralee', 'Jayde', 'Shontelle', 'Keely', 'Kasey'], ['Kynan', 'Ryley', 'Brodey', 'Kobi'],
        ['Wanganeen', 'Bamblett', 'Briscoe', 'Kickett', 'Yarran', 'Ugle', 'Nannup', 'Mippy', 'Narkle', 'Tatipata', 'Hammat',
         'Wurramarrba', 'Coulthard']),
    "italian_au": (['Nunziata', 'Gaetana'], ['Santo', 'Antonino', 'Orazio', 'Pietrino', 'Gesualdo'],
        ['Quattrocchi', 'Iaria', 'Mammone', 'Scarcella', 'Sergi', 'Cusumano', 'Pizzinga', 'Cammarano', 'Tripodi']),
    "greek_au": (['Athena', 'Kyriaki', 'Toula', 'Ourania'], ['Vasilis', 'Kostas', 'Haralambos'],
        ['Kostopoulos', 'Giannopoulos', 'Tsakiris', 'Spiropoulos', 'Koutsoukos']),
    "lebanese_au": (['Antoinette', 'Nohad', 'Raghida', 'Josephine', 'Therese'], ['Elias', 'Tanios'],
        ['Nasr', 'Saade', 'Obeid', 'Geagea', 'Kassis', 'Azzi', 'Sleiman', 'Moujaes', 'Bechara']),
}  # fmt: skip

# what3words-style triples (random words; the service's own format)
W3W = ["lanes", "hollow", "ripple", "basket", "frozen", "lengthy", "crisp", "tulips", "pouch", "orbit", "cactus", "swing",
       "dimmer", "harvest", "meadow", "puzzle", "ladder", "vivid", "kettle", "shrub", "copper", "spouts", "timber", "glove",
       "rally", "candle", "pebble", "mango", "sailor", "velvet", "thumb", "groove", "ember", "raisin", "parrot", "lobby"]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[float, float, float, float]]]
    # region -> (abbreviation, counties / districts / stations, towns, (lat lo, lat hi, lon lo, lon hi))
    streets: tuple[str, ...]  # fill patterns of a street line
    roads: tuple[str, ...]  # street names without a number (cross streets)
    highways: tuple[str, ...]  # fill patterns of a highway location ({town}: a town)
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Ohio": ("OH", ("Wyandot Ridge County", "Licking Fork County"), ("New Bremenport", "Glenrock Station", "Killbuck Mills", "Sugar Grove Hollow"), (39.2, 41.4, -84.6, -80.8)),
        "Kentucky": ("KY", ("Red Bird County", "Troublesome Creek County"), ("Hyden Fork", "Possum Trot Hollow", "Lotts Creek Landing", "Cutshin Gap"), (36.8, 38.3, -85.9, -82.6)),
        "Minnesota": ("MN", ("Pelican Lakes County", "Snake River County"), ("Little Marais Falls", "North Branch Prairie", "Cedar Lake Township", "Oslo Corners"), (44.1, 47.8, -96.2, -92.3)),
        "Colorado": ("CO", ("Huerfano Mesa County", "Elk Range County"), ("Pinon Mesa", "Hartsel Flats", "Cripple Gulch", "Wetmore Springs"), (37.3, 40.6, -107.9, -103.2)),
        "Pennsylvania": ("PA", ("Mahanoy Valley County", "Bald Eagle County"), ("Shamokin Run", "Muncy Creek Valley", "Mahanoy Ridge", "Coal Township Heights"), (40.1, 41.7, -79.6, -75.6)),
    }, ("%### Tallowwood Dr", "%## Sassafras Ln", "%#### Coal Bank Rd", "%### County Road %#", "%#### State Route %#", "%## Redbud Ct Apt %@",
        "%### N Sycamore Hollow Rd", "%#### Township Road %##", "Lot %# Whispering Pines MHP", "%### Gristmill Pike", "%## W Quarry St"),
        ("Tallowwood Dr", "Sassafras Ln", "Coal Bank Rd", "Gristmill Pike", "Quarry St", "Buckeye Ridge Rd", "Persimmon Ave", "Depot St", "Laurel Fork Rd"),
        ("I-71 NB MM %##", "I-76 WB mile marker %##.%", "US-23 SB at MM %#", "SR-%## near MM %#", "I-94 EB MM %##"),
        ("(740) ^##-####", "(606) ^##-####", "(218) ^##-####", "(719) ^##-####", "(570) ^##-####", "740-^##-####", "606.^##.####", "(937) ^##-####"),
        ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "windstream.net"), ("us_rural", "us_rural", "us_suburban", "us_suburban", "us_black", "somali", "punjabi")),
    Loc("CA", "Canada", {
        "Alberta": ("AB", ("County of Wolf Willow", "Municipal District of Bighorn Bench", "Eagle Hills Cree Nation"), ("Rimbey Crossing", "Hythe Valley", "Smoky Lake North", "Wainwright Flats"), (49.2, 55.8, -117.8, -110.2)),
        "Ontario": ("ON", ("Township of Kinmount Hills", "Wabigoon District", "Wolf Lake First Nation"), ("Wabigoon Narrows", "Dorset Landing", "Kinmount Station", "Algonquin Bend"), (43.1, 49.9, -93.8, -76.2)),
        "Nova Scotia": ("NS", ("Musquodoboit Valley", "Sheet Harbour District"), ("Tatamagouche Harbour", "Musquodoboit Falls", "Ecum Secum East", "Port Dufferin Cove"), (43.6, 46.9, -65.9, -60.1)),
        "British Columbia": ("BC", ("Thompson Bench Area J", "Kitwanga Valley Area B"), ("Lillooet Bench", "Tulameen Crossing", "Kitwanga Flats"), (49.1, 55.9, -127.9, -116.1)),
    }, ("%#### Range Road %##", "%#### Township Road %##", "%### %#th Ave NW", "%## Aspen Grove Cres", "Unit %#, %### Chinook Trail",
        "%### Concession Rd %", "%#### Sideroad %#", "%## Loon Lake Rd", "%### Hemlock Cres", "%## Rang Saint-Édouard"),
        ("Range Road 231", "Township Road 542", "Chinook Trail", "Hemlock Cres", "Loon Lake Rd", "Aspen Grove Cres", "Tamarack Dr", "Spruce Bay Rd"),
        ("Hwy 16 WB near km %##", "Highway 2 at Range Road %##", "Hwy 11 NB km %##", "Hwy 104 EB exit %#", "Highway 97 near km %##"),
        ("(780) ^##-####", "(403) ^##-####", "(705) ^##-####", "(807) ^##-####", "(902) ^##-####", "(250) ^##-####", "587-^##-####", "902-^##-####"),
        ("gmail.com", "shaw.ca", "telus.net", "yahoo.ca", "hotmail.com", "eastlink.ca"), ("prairie", "quebecois", "first_nations", "punjabi", "us_suburban", "somali")),
    Loc("GB", "United Kingdom", {
        "England": ("", ("Breckland Fen", "Teign Vale"), ("Nether Brampford", "Kings Wendleby", "Saxtead Green End", "Budleigh Wyke", "Thurlby St Giles", "Long Snoreham"), (50.4, 53.0, -4.2, 1.6)),
        "Wales": ("", ("Bro Tawelog",), ("Pentre Gwyddel", "Cwm Tawelog", "Llanfihangel Waun"), (51.5, 53.2, -4.6, -3.1)),
        "Scotland": ("", ("Strathcoul Glen",), ("Kilbrannan Mains", "Auchterbeg", "Inverallt", "Strathcoul"), (55.6, 57.9, -6.1, -2.4)),
    }, ("%# Pightle Close", "%# Chapel Drove", "Flat %, %# Fenway Court", "%# Maltings Lane", "%# Heol y Felin", "%# Bracken Brae",
        "%# Skinners Wynd", "%# Moorland View", "%# Dipping Pond Lane", "%# Cordwainer Terrace"),
        ("Pightle Close", "Chapel Drove", "Maltings Lane", "Dipping Pond Lane", "Skinners Wynd", "Cordwainer Terrace", "Withy Bed Lane", "Cider Mill Road"),
        ("A1%# northbound near junction %", "M%# J%#-%# westbound", "A3%## at the Gibbet Lane crossroads", "A9%# southbound lay-by %"),
        ("07^## ######", "07^##-###-###", "+44 7^## ######", "01^## ######"),
        ("btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"), ("english", "english", "english", "welsh", "scottish", "bangladeshi", "somali", "punjabi")),
    Loc("AU", "Australia", {
        "New South Wales": ("NSW", ("Mulga Downs Station", "Coonabarra Station"), ("Wollumbi Creek", "Bundarra Flat", "Coolabah Springs", "Yarrabandai"), (-36.5, -29.2, 146.1, 153.2)),
        "Victoria": ("VIC", ("Tallarook Park Estate",), ("Yarraborn", "Mirboo Heights", "Tallarook East"), (-38.6, -36.1, 142.4, 147.8)),
        "Queensland": ("QLD", ("Kuranga Downs Station",), ("Kuranga Downs", "Mount Bellenden", "Gundiah Crossing"), (-27.9, -16.4, 145.3, 152.9)),
        "Western Australia": ("WA", ("Pingrup Siding Farm",), ("Koorabup", "Nungarin East", "Pingrup Siding"), (-34.9, -28.1, 115.2, 119.9)),
        "South Australia": ("SA", ("Kapunda Heights Station",), ("Pinnaroo North", "Kapunda Heights"), (-35.9, -32.1, 137.8, 140.9)),
        "Northern Territory": ("NT", ("Warlpa Creek Outstation",), ("Warlpa Creek",), (-19.9, -12.4, 130.2, 136.4)),
    }, ("%# Banksia Cres", "%## Wattlebird Pl", "%### Ironbark Rd", "Unit %/%# Jacaranda St", "%# Quandong Ct", "Lot %# Bulloak Lane",
        "%## Coolibah Drive", "%# Brolga Way", "%### Mallee Track"),
        ("Banksia Cres", "Ironbark Rd", "Quandong Ct", "Coolibah Drive", "Brolga Way", "Boundary Rd", "Mallee Track", "Stringybark Lane"),
        ("Bruce Hwy, %# km north of {town}", "Pacific Mwy near the %## km post", "Hume Fwy, %# km south of {town}", "Stuart Hwy at the %## km peg", "Mitchell Hwy, %# km west of {town}"),
        ("04^# ### ###", "+61 4^# ### ###", "(02) 6^## ####", "(07) 4^## ####", "(08) 8^## ####", "(03) 5^## ####"),
        ("bigpond.com", "gmail.com", "outlook.com", "optusnet.com.au", "hotmail.com", "icloud.com"), ("aussie", "aussie", "aussie", "aboriginal", "italian_au", "greek_au", "lebanese_au")),
]}  # fmt: skip
# phone patterns by region (area codes of the region; mobiles anywhere in the country)
REGION_PHONES = {
    "Ohio": ("(740) ^##-####", "740-^##-####", "(937) ^##-####", "937.^##.####"), "Kentucky": ("(606) ^##-####", "606-^##-####", "(859) ^##-####"),
    "Minnesota": ("(218) ^##-####", "218-^##-####", "(320) ^##-####"), "Colorado": ("(719) ^##-####", "719-^##-####", "(970) ^##-####"),
    "Pennsylvania": ("(570) ^##-####", "570-^##-####", "(814) ^##-####"),
    "Alberta": ("(780) ^##-####", "(403) ^##-####", "587-^##-####"), "Ontario": ("(705) ^##-####", "(807) ^##-####", "249-^##-####"),
    "Nova Scotia": ("(902) ^##-####", "902-^##-####", "782-^##-####"), "British Columbia": ("(250) ^##-####", "250-^##-####", "236-^##-####"),
    "New South Wales": ("04^# ### ###", "+61 4^# ### ###", "(02) 6^## ####"), "Victoria": ("04^# ### ###", "+61 4^# ### ###", "(03) 5^## ####"),
    "Queensland": ("04^# ### ###", "+61 4^# ### ###", "(07) 4^## ####"), "Western Australia": ("04^# ### ###", "+61 4^# ### ###", "(08) 9^## ####"),
    "South Australia": ("04^# ### ###", "+61 4^# ### ###", "(08) 8^## ####"), "Northern Territory": ("04^# ### ###", "+61 4^# ### ###", "(08) 89^# ####"),
}  # fmt: skip
POSTCODE = {
    "Ohio": "4^###", "Kentucky": "41^##", "Minnesota": "56###", "Colorado": "81###", "Pennsylvania": "17###",
    "Alberta": "T%@ %@#", "Ontario": "P%@ %@#", "Nova Scotia": "B%@ %@#", "British Columbia": "V%@ %@#",
    "England": "NR%# %@@", "Wales": "SA%# %@@", "Scotland": "PH%# %@@",
    "New South Wales": "2^##", "Victoria": "3^##", "Queensland": "4^##", "Western Australia": "6^##", "South Australia": "5^##",
    "Northern Territory": "08^#",
}  # fmt: skip
POSTCODE_LETTERS = "ABCEGHJKLMNPRSTVXY"  # Canadian postal codes never use D F I O Q U
ENGLAND_AREAS = ["NR%# %@@", "EX%# %@@", "TQ%# %@@", "IP%# %@@"]


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


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
    county: str
    postcode: str
    lat: float
    lon: float
    nid: str = ""  # SSN (US), NHS or CHI number (GB)
    plan: str = ""  # health card / plan number
    dl: str = ""
    plate: str = ""
    vin: str = ""
    w3w: str = ""
    osgrid: str = ""
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def _postcode(rng: random.Random, region: str) -> str:
    if region == "England":
        return fill(rng, rng.choice(ENGLAND_AREAS))
    pat = POSTCODE[region]
    if pat[0].isalpha() and "@" in pat and region not in ("Wales", "Scotland"):
        head, rest = pat[0], pat[1:]
        return head + "".join(rng.choice(POSTCODE_LETTERS) if ch == "@" else fill(rng, ch) for ch in rest)
    return fill(rng, pat)


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's
    family name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if g not in used]
    for other in loc.cultures:  # a small table borrows the given names of the country's other cultures
        if not free:
            free = [g for g in NAMES[other][0 if female else 1] if g not in used]
    given = rng.choice(free or list(fs if female else ms))
    used.add(given)
    if family is None:
        family = rng.choice([f for f in fams if f not in used] or fams)
    used.add(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = ascii_fold(given).lower().replace("-", ""), ascii_fold(family).lower()
    local = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{dob.year}", f"{g[0]}{f}{rng.randint(1, 999)}"])
    email = f"{local}@{rng.choice(loc.mails)}"
    if home is not None:
        region, line, town, county, pc, lat, lon = home.region, home.line, home.town, home.county, home.postcode, home.lat, home.lon
    else:
        region = region or rng.choice(list(loc.regions))
        _, counties, towns, (la0, la1, lo0, lo1) = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        county = rng.choice(counties)
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = _postcode(rng, region)
        lat, lon = round(rng.uniform(la0, la1), 6), round(rng.uniform(lo0, lo1), 6)
    phones = REGION_PHONES.get(region, loc.phones)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(phones)), fill(rng, rng.choice(phones)),
               email, line, town, county, pc, lat, lon)  # fmt: skip
    if loc.code == "US":
        w.nid = ids.ssn(rng)
    elif loc.code == "GB":
        w.nid = ids.chi(rng, dob, female) if region == "Scotland" else ids.nhs_number(rng)
    w.plan = ids.health_plan(rng, region)
    w.dl = ids.licence(rng, region, family, given, dob, female)
    w.plate = ids.plate(rng, region)
    w.vin = ids.vin(rng)
    w.w3w = "///" + ".".join(rng.sample(W3W, 3))
    w.osgrid = f"{rng.choice(['SX', 'SS', 'TG', 'TM', 'SN', 'NN', 'NH'])} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    w.addr = address(w)
    return w


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the state / province abbreviation plain."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "GB":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))
