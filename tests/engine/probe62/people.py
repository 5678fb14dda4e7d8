# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the sixty-second probe: laboratory, pathology and genomics text from the
United States, the United Kingdom, Canada and Australia (synthetic only; no real patient, donor, research
participant, clinician, scientist or laboratory director). Name words are those of the populations the
laboratories serve: Norwegian- and Finnish-American families of the Upper Midwest, Amish and Mennonite
(Pennsylvania Dutch) families of Pennsylvania and Ohio, Appalachian Kentucky, Greek and Italian immigrant
families (US, UK, Australia), Gujarati and Punjabi families (US, UK, Canada), Lebanese families (US, Canada,
Australia), Ukrainian-Canadian prairie families, Québécois and Acadian families, Scottish, Cornish and
northern English family names, Irish-Australian and Anglo-Australian family names -- combined at random:
never a real person. They were checked against every string of the people tables of probes 1-60 before any
measurement (test_probe62: no shared name word).

Towns and streets are invented; states, provinces, territories, the nations of the UK and countries are real
and are keep values when written alone. Laboratories, hospitals and biobanks are invented or generic (keep).
Numbers are random; NHS, CHI, Medicare (AU), NPI and ISBT 128 donation numbers carry valid check characters
(ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe62 import ids
from tests.engine.probe62.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "address", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nordic": (["Borghild", "Signe", "Gunhild", "Hjordis", "Oddny", "Synnove", "Bergit", "Aslaug", "Aili", "Saima", "Tyyne", "Elvi", "Hilja", "Siiri", "Velda", "Ardis", "Alva", "Agnetha"],
               ["Arne", "Helge", "Jostein", "Ragnar", "Sigurd", "Terje", "Trond", "Vidar", "Aksel", "Asbjorn", "Eilert", "Halstein", "Vaino", "Heikki", "Lauri", "Knut", "Arvid", "Sven", "Olaf", "Loren"],
               ["Aamodt", "Berdahl", "Dokken", "Eidsness", "Flaten", "Grinde", "Ingebretsen", "Kjos", "Lomen", "Mikkelson", "Norby", "Opsahl", "Quale", "Rolfsrud", "Skogen", "Urdahl", "Vigness", "Aasen", "Dahle", "Klemetsen",
                "Ramstad", "Stenerson", "Koivisto", "Niemi", "Saari", "Kangas", "Hautala", "Juntunen", "Kivela", "Lehto", "Pesola", "Rautio", "Tervo", "Ylitalo"]),
    "plain": (["Mahala", "Lovina", "Ruthie", "Lizzie", "Saloma", "Elmina", "Miriam"],
              ["Benuel", "Elam", "Sylvan", "Mervin", "Marlin", "Orva", "Atlee"],
              ["Lantz", "Kinsinger", "Umble", "Byler", "Raber", "Nisley", "Gingrich", "Sensenig", "Reiff", "Musser", "Zeiset", "Groff", "Leinbach", "Landis", "Schoenhofer", "Wuertz", "Hinkelmann",
               "Ostermeyer", "Tiemeyer", "Niemeier", "Ahlers", "Dreessen", "Oltmanns", "Tjaden", "Onken", "Ubben", "Wubben"]),
    "appalachian": (["Britney", "Chelsey", "Maci", "Jayla", "Janae", "Vonda", "Caleigh", "Hailee", "Kaylynn", "Laken", "Reagan"],
                    ["Phineas", "Norris", "Tommy", "Nate", "Cohen"],
                    ["Eskew", "Justus", "Ousley", "Vanhoose", "Stumbo", "Hager", "Runyon", "Bevins"]),
    "greek": (["Athina", "Efthymia", "Foteini", "Glykeria", "Niki", "Vasso", "Styliani", "Triantafyllia", "Roula"],
              ["Lefteris", "Efstathios", "Ioannis", "Michail", "Nektarios", "Panos", "Xenofon", "Apostolos", "Aristidis", "Prodromos", "Yorgo"],
              ["Kourtis", "Zervas", "Antoniadis", "Sotiriou", "Haralambous", "Lambropoulos", "Nikolopoulos", "Stamatakis", "Tsoukalas", "Vasilakis", "Zografos", "Bouras", "Chatzis", "Daskalakis",
               "Fotopoulos", "Galanis", "Lekkas", "Ntounas", "Rigas", "Sarantis"]),
    "italian": (["Caterina", "Elisabetta", "Orsola", "Nella", "Alba", "Bruna", "Edda", "Iole", "Lidia", "Mirella", "Palmira", "Silvana", "Velia", "Annamaria", "Cinzia", "Emanuela", "Patrizia"],
                ["Damiano", "Nicodemo", "Tindaro", "Bartolo", "Filippo", "Alfio", "Armando", "Fabrizio", "Flavio", "Gianni", "Giacomo", "Lino", "Massimo", "Pietro", "Renzo", "Silvio", "Edoardo", "Livio", "Mauro", "Natale"],
                ["Ricciardelli", "Palazzolo", "Scarpelli", "Sciortino", "Agostino", "Benedetto", "Lanza", "Catanzariti", "Foti", "Gangemi", "Lopresti", "Nucera", "Pizzi", "Scopelliti"]),
    "south_asian": (["Dipika", "Mital", "Hema", "Jigna", "Alpa", "Bijal", "Chhaya", "Daksha", "Gayatri", "Manisha", "Nayna", "Trusha", "Zarna", "Bina", "Darshana", "Heena", "Kajal", "Minal", "Nehal", "Sejal",
                     "Tejal", "Kamalpreet", "Gurdip", "Jasvir"],
                    ["Bhavik", "Darshit", "Jayesh", "Mayur", "Nirav", "Pratik", "Umesh", "Yogesh", "Gaurang", "Kunal", "Ronak", "Sanket", "Lakhbir", "Nirmal", "Avtar", "Charanjit", "Hardev", "Onkar", "Pargat",
                     "Sukhjinder", "Amrik", "Kulvir"],
                    ["Anand", "Nanda", "Oberoi", "Puri", "Arora", "Duggal", "Luthra", "Sahni", "Sawhney", "Kakkar", "Sabharwal", "Jaswal", "Saini", "Khela"]),
    "lebanese": (["Jinan", "Yasmina", "Randa", "Darine", "Tania", "Fadia", "Lamis", "Salwa", "Yolla", "Zahia"],
                 ["Nadim", "Nassif", "Butros", "Chafic", "Fady", "Hady", "Iskandar", "Ramzi", "Zaher", "Gebran", "Kassem", "Nagib", "Shadi"],
                 ["Baroud", "Doumit", "Estephan", "Lahoud", "Zakhour", "Nakhle"]),
    "ukrainian": (["Daria", "Halya", "Khrystia", "Lida", "Oresta", "Sofiya", "Tetyana", "Uliana", "Zoriana", "Anastazja"],
                  ["Yuriy", "Marko", "Mykhailo", "Antin", "Yosyp", "Mykyta", "Oleh", "Sviatoslav", "Zakhar"],
                  ["Demchuk", "Gawryluk", "Lozowy", "Marchuk", "Nimchuk", "Pidhirny", "Wowk", "Zubko", "Andrusyk", "Chornyj", "Dzioba", "Fedyk", "Hladun", "Kryvoruchko", "Lukiw", "Mandziuk", "Wierzbicki",
                   "Wilczek"]),
    "quebecois": (["Delima", "Adèle", "Angélique", "Florentine", "Léontine", "Séraphine", "Zélie", "Césarine"],
                  ["Edouard", "Gustave", "Narcisse", "Thaddée", "Valère", "Aldéric", "Cléophas", "Elzéar", "Delphis"],
                  ["Theriault", "Beauchesne", "Jodoin", "Allard", "Aubin", "Fafard", "Guertin", "Labelle", "Longpré", "Maheu", "Normandeau", "Riopel", "Berthiaume", "Corriveau", "Ricard", "Bourassa",
                   "Laroche", "Massé", "Pichette"]),
    "british": (["Ellie", "Megan", "Tia", "Alison", "Elaine", "Chardonnay", "Meryn", "Alfreda", "Isolde", "Jocasta", "Sybella"],
                ["Frankie", "Robbie", "Zak", "Arthur", "Lowen", "Nevil", "Sebastian"],
                ["Scobie", "Erskine", "Leckie", "Middlemiss", "Nairn", "Ormiston", "Angwin", "Oates", "Rosevear", "Treweek", "Blackmore", "Hawtrey", "Oakeshott", "Rainbird", "Stainthorpe",
                 "Brokenshire", "Coxhead", "Gilbey", "Hambledon", "Ingpen", "Jeffcott", "Lambley", "Mudge", "Outhred", "Pigram", "Quodling", "Rumsey", "Stribling", "Tunbridge", "Upjohn",
                 "Huddleston", "Scarisbrick", "Stubbington", "Hesketh", "Iddon", "Dunstall", "Gately", "Lethbridge", "Shoebridge", "Vowles", "Elphick", "Fewings", "Gooding", "Hosken", "Kember",
                 "Moxham", "Redgrave", "Sealey", "Vinall", "Woolcott"]),
    "australian": (["Tylah", "Alanah", "Jaimie", "Tenielle", "Kylee", "Karlee", "Lindy", "Charli", "Jasmin", "Macy", "Neve", "Roxy"],
                   ["Neale", "Harley", "Shay", "Benjie", "Reilly", "Quinn"],
                   ["Kealy", "McGuigan", "Dwyer", "Fahey", "Gleeson", "Keogh", "Lenehan", "McInerney", "Cavanagh", "Dunne", "Nugent", "O'Dea", "Ablett", "Frawley", "Garlick", "Inwood", "Judd",
                    "Kellaway", "Mitchelmore", "Rendell", "Tredrea", "Voce", "Youlden", "Bracegirdle", "Cottee", "Eather", "Gorringe", "Hatton", "Jenner", "Newbery", "Peachey", "Wigg", "Couzens",
                    "Harradine", "Wandin", "Garlett"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, ...]]  # state / province / nation (keep) -> towns (ADDRESS)
    streets: tuple[str, ...]  # fill patterns of a street line
    postcodes: dict[str, str]  # region -> fill pattern
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]
    abbr: dict[str, str]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Minnesota": ("Tamarack Falls", "Cutfoot Prairie", "Loon Narrows", "Sauk Bend"),
        "Wisconsin": ("Cranberry Marsh", "Pine Coulee", "Kinnick Falls", "Oxbow Prairie"),
        "Pennsylvania": ("Pequea Springs", "Octoraro Mills", "Mill Creek Hollow", "White Horse Run"),
        "Ohio": ("Killbuck Ridge", "Sugar Valley Bend", "Walnut Fork", "Doughty Glen"),
        "Kentucky": ("Troublesome Fork", "Quicksand Branch", "Ball Creek Hollow", "Hindman Gap"),
        "Michigan": ("Keweenaw Flats", "Copper Ridge", "Ontonagon Bend", "Tamarack Location"),
    }, ("%### Tamarind Trl", "%## Birchbark Ln", "%#### County Rd %#", "%### Old Mill Rd Apt %", "%## Cedar Hollow Dr", "%### Township Rd %##", "%## Sorrel Ct",
        "%#### Quarry Ridge Rd", "%## W Juniper St Apt %@"),
        {"Minnesota": "566##", "Wisconsin": "545##", "Pennsylvania": "175##", "Ohio": "446##", "Kentucky": "418##", "Michigan": "499##"},
        ("(218) ^##-####", "(715) ^##-####", "(717) ^##-####", "(330) ^##-####", "(606) ^##-####", "(906) ^##-####"),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "frontier.com"),
        ("nordic", "nordic", "plain", "appalachian", "greek", "italian", "south_asian", "lebanese"),
        {"Minnesota": "MN", "Wisconsin": "WI", "Pennsylvania": "PA", "Ohio": "OH", "Kentucky": "KY", "Michigan": "MI"}),
    Loc("UK", "United Kingdom", {
        "England": ("Little Scarrow", "Ashby Fenning", "Thornbury Parva", "Kettleby Moor"),
        "Scotland": ("Auchterbrae", "Glenmorven", "Balquhidder Muir", "Kinloch Mains"),
        "Wales": ("Llanwenarth Isaf", "Pontygarreg", "Cwm Dulais Uchaf"),
        "Northern Ireland": ("Ballynure Glen", "Drumcree Mills", "Carnmoney Strand"),
    }, ("%# Tanners Row", "Flat %, %# Chapel Brow", "%# Millstone Close", "%## Harebell Lane", "%# Foundry Terrace", "%# Cobbler's Wynd", "%## Ropewalk Road"),
        {"England": "DN%# %@@", "Scotland": "PH%# %@@", "Wales": "SA%# %@@", "Northern Ireland": "BT%# %@@"},
        ("07^## ######", "07^##-^#####", "01^## ######", "+44 7^## ######"),
        ("gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"),
        ("british", "british", "british", "south_asian", "greek", "italian"),
        {}),
    Loc("CA", "Canada", {
        "Ontario": ("Tamworth Landing", "Beaver Valley Mills", "Elmvale Junction"),
        "Manitoba": ("Gimli Shores", "Dauphin Lake Crossing", "Ethelbert Flats", "Sifton Ridge"),
        "Saskatchewan": ("Canora Heights",),
        "Alberta": ("Mundare Crossing", "Two Hills Coulee", "Smoky Lake Flats"),
        "Québec": ("Sainte-Luce-sur-Rive", "Saint-Zénon-du-Lac", "Notre-Dame-des-Bois-Francs"),
        "New Brunswick": ("Bertrand Cove", "Shippagan Flats"),
    }, ("%## Birchwood Cres", "%### Range Road %##", "%#-%## rue des Érables", "Box %##, Site %, RR %", "%### Poplar Bluff Dr", "%## Meadowlark Bay", "%#-%### boul. des Pionniers"),
        {"Ontario": "K0@ %@%", "Manitoba": "R0@ %@%", "Saskatchewan": "S0@ %@%", "Alberta": "T0@ %@%", "Québec": "G0@ %@%", "New Brunswick": "E%@ %@%"},
        ("(204) ^##-####", "(780) ^##-####", "(418) ^##-####", "(506) ^##-####", "(306) ^##-####", "(705) ^##-####"),
        ("gmail.com", "hotmail.ca", "outlook.com", "videotron.ca", "shaw.ca", "sasktel.net"),
        ("ukrainian", "ukrainian", "quebecois", "quebecois", "south_asian", "lebanese", "nordic"),
        {"Ontario": "ON", "Manitoba": "MB", "Saskatchewan": "SK", "Alberta": "AB", "Québec": "QC", "New Brunswick": "NB"}),
    Loc("AU", "Australia", {
        "Victoria": ("Merri Creek Vale", "Darebin Heights", "Lalor Park West", "Wollert Downs", "Epping Rise"),
        "New South Wales": ("Bankstown Vale", "Punchbowl Heights", "Lakemba Ridge"),
        "South Australia": ("Paradise Vale", "Athelstone Heights"),
        "Queensland": ("Stanthorpe Ridge",),
        "Western Australia": ("Balga Heights",),
        "Tasmania": ("Huonville Flats", "Kingston Beach Rise"),
    }, ("%# Wattlebird Cres", "Unit %/%# Banksia St", "%## Corella Rd", "Lot %# Bottlebrush Dr", "%# Kookaburra Pde", "%## Ironbark Way", "%#/%## Paperbark Ave"),
        {"Victoria": "30##", "New South Wales": "21##", "South Australia": "50##", "Queensland": "43##", "Western Australia": "60##", "Tasmania": "71##"},
        ("04## ### ###", "(03) 9^## ####", "(02) 9^## ####", "(08) 8^## ####", "(07) 4^## ####", "+61 4## ### ###", "04##-###-###"),
        ("gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"),
        ("australian", "australian", "greek", "italian", "lebanese", "british"),
        {"Victoria": "VIC", "New South Wales": "NSW", "South Australia": "SA", "Queensland": "QLD", "Western Australia": "WA", "Tasmania": "TAS"}),
]}  # fmt: skip


# the area codes a region's landlines (and US / Canadian mobiles) are written with
AREA = {"Minnesota": "(218)", "Wisconsin": "(715)", "Pennsylvania": "(717)", "Ohio": "(330)", "Kentucky": "(606)", "Michigan": "(906)",
        "Manitoba": "(204)", "Alberta": "(780)", "Québec": "(418)", "New Brunswick": "(506)", "Saskatchewan": "(306)", "Ontario": "(705)",
        "Victoria": "(03)", "Tasmania": "(03)", "New South Wales": "(02)", "South Australia": "(08)", "Western Australia": "(08)",
        "Queensland": "(07)"}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
    initial: str
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


def _plain(s: str) -> str:
    table = str.maketrans("éèêëàâçôîïÉ'", "eeeeaacoiiE ")
    return s.translate(table).replace(" ", "").lower()


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 70 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's family
    name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    pool = [g for g in (fs if female else ms) if g not in used]
    if len(pool) < 2:  # a small table borrows the country's main given names
        main = {"US": "nordic", "UK": "british", "CA": "ukrainian", "AU": "australian"}[loc.code]
        pool = [g for g in NAMES[main][0 if female else 1] if g not in used]
    given = rng.choice(pool)
    used.add(given)
    if family is None:
        family = rng.choice([f for f in fam if f not in used])
    used.add(family)
    initial = rng.choice([c for c in "ABCDEFGHJKLMNPRSTW" if c not in (given[0], family[0])])
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = _plain(given), _plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}{rng.randint(1, 9)}",
                        f"{g[0]}{f}{dob.year}"])  # fmt: skip
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        towns = [t for t in loc.regions[region] if t not in used] or list(loc.regions[region])
        town = rng.choice(towns)
        line = fill(rng, rng.choice(loc.streets))
        pc = fill(rng, loc.postcodes[region]) + (fill(rng, "-####") if loc.code == "US" and rng.random() < 0.2 else "")
        used.add(town)
    phones = [ph for ph in loc.phones if not ph.startswith("(") or ph[:5] in AREA.get(region, ph[:5])] or list(loc.phones)
    w = Person(given, family, initial, culture, female, dob, loc, region, fill(rng, rng.choice(phones)),
               fill(rng, rng.choice(phones)), email, line, town, pc)  # fmt: skip
    w.addr = address(w)
    return w


def address(w: Person) -> tuple:
    """The whole home address as the country writes it: PHI pieces; the state / province plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, r = w.loc.code, w.region
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.loc.abbr[r]} ", Z(w.postcode))
    if c == "UK":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f" {w.loc.abbr[r]}  ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.loc.abbr[r]} ", Z(w.postcode))


assert ids  # check digits live in ids.py
