# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the fifty-seventh probe: mental-health and substance-use
treatment text from the United States, Canada, the United Kingdom, Ireland and Australia (synthetic only; no
real client, relative, clinician, police officer or court officer). Name words are Irish (given names as
Irish records often write them, without the fada), Scottish, Orkney / Shetland, Northern English, Welsh and
Cornish, North American (Anglo, African-American, newer US given names), French-Canadian, First Nations
(Cree / Oji-Cree family names), South Asian (Punjabi, Gujarati, Pakistani) and Australian (Greek, Lebanese,
Polish family names), combined at random: never a real person. They were checked against every string of
the people tables of probes 1-56 before any measurement (test_probe57: no shared name word).

Towns, suburbs and streets are invented; states, provinces, UK nations and Irish counties are real (first-
level divisions: keep when written alone, plain text inside an address). Treatment programmes and courts are
invented or national (SAMHSA, Samaritans, Pieta, Lifeline, HSE and the like are real and keep). Numbers are
random; NHS, CHI, PPSN, Medicare (AU), Ontario health card, SIN, NPI and DEA numbers carry valid check digits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe57 import ids
from tests.engine.probe57.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "irish": (["Siofra", "Brid", "Aine", "Etain", "Cliona", "Maire", "Noirin", "Saorla", "Rosheen", "Sheelagh", "Eilish", "Goretti", "Deidre", "Coleen"],
              ["Finbar", "Gearoid", "Micheal", "Tomas", "Sean", "Aidan", "Eamonn", "Fearghal", "Finian", "Odhran", "Padraic", "Tadhgan", "Bartley", "Conlan", "Davin", "Aloysius"],
              ["Feeney", "Durkan", "McGettigan", "McFadden", "Bonner", "Breslin", "Boyle", "Coyle", "Friel", "Doherty", "Gildea", "McGinley", "Harkin", "Furlong", "Rossiter",
               "Codd", "Sinnott", "Brophy", "Fitzpatrick", "Grehan", "Kehoe", "Dempsey", "Egan", "Guilfoyle", "Mulvihill", "Hourigan", "Scully", "Sheahan", "Madigan", "Hogan",
               "Kinnane", "Coffey", "Keane", "McCarthy", "Hehir", "Haugh", "Moloney", "Condon", "Ronayne", "Reidy", "Cussen", "Aherne", "Hartnett", "Fouhy", "Hennigan",
               "Kirwan", "Purcell", "Tynan", "Drennan", "Comerford", "Bergin", "Shortall", "Bolger", "Lawlor", "Hoey", "Mullally", "Bourke"]),
    "british": (["Mirren", "Seona", "Catrina", "Elma", "Jeanie", "Carolann", "Esme", "Christabel", "Eveline", "Rhian", "Celyn", "Briallen", "Meryl", "Vivienne", "Tressa",
                 "Corinne", "Marianne", "Rosina"],
                ["Sorley", "Duncan", "Lachlann", "Kinnon", "Torin", "Gerallt", "Neirin", "Taliesin", "Yestin", "Osric", "Ewart", "Merrick", "Carrick", "Caspian", "Stellan",
                 "Corwin", "Travers", "Wallis", "Harland", "Ralston"],
                ["Maclennan", "Morrison", "Aitken", "Armstrong", "Tweedie", "Hume", "Ballantyne", "Hourston", "Pottinger", "Halcrow", "Johnston", "Jamieson", "Laurenson",
                 "Manson", "Eunson", "Carbis", "Bibby", "Rimmer", "Culshaw", "Prescott", "Stubbs", "Hackett", "Spurr", "Dinsdale", "Alderson", "Raine", "Nattrass", "Hodgson",
                 "Cowperthwaite", "Ridsdale", "Charlton", "Milburn", "Dodd", "Robson", "Heslop", "Hepple", "Forster", "Beadnell", "Lambton", "Trotter", "Waugh", "Younger",
                 "Hogg", "Hislop", "Purves", "Brydon", "Cranston", "Scougall", "Lauder", "Murdoch", "McKinnon", "Arbuckle", "Drysdale", "Bannerman", "MacGregor", "Maclaren",
                 "Crerar", "McDiarmid", "McNab", "Duff", "Forbes", "Cumming", "Mearns", "Duguid", "Cheyne", "Thom", "Esson", "Legge", "Ogston", "Coutts", "Bisset",
                 "Findlater", "Imlach", "Lawrie", "Mutch", "Wattie", "Yule", "Youngson", "Mansell"]),
    "north_american": (["Lainey", "Shante", "Melinda", "Jessika", "Kelsey", "Jaimee", "Tori", "Danica", "Audra", "Benita", "Kathryn", "Kerrianne", "Lynnette", "Maribeth",
                        "Marlena", "Michaela", "Roberta", "Wenona", "Ansley", "Henley", "Stacy", "Candace", "Shawanda", "Casey"],
                       ["Kasen", "Braxtyn", "Maddox", "Crosby", "Ashton", "Codie", "Reno", "Damien", "Jason", "Josiah", "Hiram", "Blaine", "Lennon", "Braylon", "Jayceon",
                        "Brycen", "Tristan", "Rylan", "Keaton", "Kaleb", "Jamar", "Oliver"],
                       ["Stewart", "Robertson", "Patterson", "Davidson", "Stephen", "Gerrard", "Jordan", "Jameson", "Thomas", "Ryan", "Moran", "Farrell", "Butt", "Cubillo"]),
    "french_canadian": (["Solenne", "Maelle", "Josee", "Gaëtane"], ["Gaetan", "Rejean", "Remi"], ["Gagnier", "Rancourt", "Dumont", "Trottier", "Laberge"]),
    "first_nations": ([], [], ["Bearhead", "Peequaquat", "Quisess", "Nanokeesic", "Tuckanow", "Ermineskin", "Calfchild", "Fiddler", "Wesley"]),
    "south_asian": (["Farhana", "Humaira", "Sobia", "Naila", "Uzma", "Hina", "Amrit"], ["Riaz", "Adeel", "Priyesh"],
                    ["Satti", "Minhas", "Kazmi", "Naqvi", "Zaidi", "Rizvi", "Jafri", "Bukhari", "Kashyap", "Panchal", "Chandarana", "Rathod", "Bhanot", "Khurana", "Kohli",
                     "Suri", "Talwar", "Wadhwa", "Bedi", "Bhasin", "Walia", "Virdi", "Rayat", "Pooni", "Riar", "Sihota", "Nahal", "Jandu", "Matharu", "Bansal", "Garg", "Goyal",
                     "Mittal", "Singhal", "Tandon", "Jadeja"]),
    "australian": (["Lowanna", "Tirranna", "Clarice", "Nisrine", "Kowhai"], ["Antonios"],
                   ["Theodorakis", "Roumanis", "Panayiotou", "Athanasiou", "Kouris", "Mavros", "Raptis", "Chami", "Mattar", "Yammine", "Zajac", "Kowalewski", "Jasinski",
                    "Bielecki", "Grzelak", "Kurek", "Bartkowiak", "Tomczak", "Wojciechowski", "Dlugosz", "Kedzierski", "Skowronski"]),
}  # fmt: skip
# a culture with few given names borrows its neighbour's
BORROW = {"first_nations": "north_american", "french_canadian": "north_american", "australian": "british", "south_asian": "british"}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...], str]]  # first-level division -> (abbreviation, towns, postcode pattern)
    streets: tuple[str, ...]  # street names (a number is drawn for each)
    street_fmt: tuple[str, ...]  # {n} the number, {s} the street
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "California": ("CA", ("Manzanita Flats", "Alder Gulch", "Quailwood", "Vista Roble", "Tuleburg Landing"), "9####"),
        "Ohio": ("OH", ("Pickaway Mills", "New Bremerton", "Cuyler Falls", "Shawnee Bend"), "4####"),
        "Oregon": ("OR", ("Tenmile Crossing", "Fernholt", "Siltcoos Junction", "Camas Prairie"), "97###"),
        "Kentucky": ("KY", ("Hazelgreen Forks", "Tobacco Hollow", "Lick Branch", "Cumberland Ridge Station"), "4####"),
        "Minnesota": ("MN", ("Loon Narrows", "Pelican Rapids North", "Sauk Prairie", "Birchdale Mills"), "55###"),
        "New Mexico": ("NM", ("Piñon Mesa", "Arroyo Hondo Viejo", "Tres Piedras Junction", "Ojo Caliente Springs"), "87###"),
    }, ("Tamarack Hollow Rd", "Ridgeback Dr", "Larch Terrace", "Wicklow Ave", "Flintlock Bend Rd", "Sorrel Ct", "Chokecherry Ln", "Old Mill Pond Rd", "Foxtail Cir",
        "Buckthorn St", "Cinder Ridge Way", "Meadowlark Pkwy"),
        ("{n} {s}", "{n} {s}, Apt {a}", "{n} {s} #{a}"),
        ("(^##) ^##-####", "^##-^##-####", "(^##) ^##-####"), ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"),
        ("north_american", "north_american", "north_american", "irish", "south_asian")),
    Loc("CA", "Canada", {
        "Ontario": ("ON", ("Kettle Point Station", "Larchmere", "Oxbow Landing", "Temiskaming Bay North"), "@#@ #@#"),
        "British Columbia": ("BC", ("Skookum Flats", "Cedarvale Crossing", "Lillooet Bench"), "V#@ #@#"),
        "Manitoba": ("MB", ("Assiniboia Hollow", "Sedgewick Landing", "Pinawa Narrows"), "R#@ #@#"),
        "Saskatchewan": ("SK", ("Sturgeon Lake Crossing", "Wapella Flats", "Poplar Coulee"), "S#@ #@#"),
        "Nova Scotia": ("NS", ("Mabou Harbour East", "Tatamagouche Road", "Musquodoboit Falls"), "B#@ #@#"),
    }, ("Fireweed Cres", "Tamarack Rd", "Coulee Dr", "Wolverine St", "Saskatoon Berry Lane", "Jackpine Ave", "Loonsong Way", "Muskeg Rd", "Chinook Blvd", "Ptarmigan Pl"),
        ("{n} {s}", "{a}-{n} {s}", "Unit {a}, {n} {s}"),
        ("(^##) ^##-####", "^##-^##-####", "1-^##-^##-####"), ("gmail.com", "hotmail.ca", "outlook.com", "sympatico.ca", "shaw.ca"),
        ("north_american", "french_canadian", "first_nations", "south_asian", "british")),
    Loc("GB", "United Kingdom", {
        "England": ("", ("Low Gillerthwaite", "Thrushcross", "Birkdale Moor", "Cragside End", "Nettlebeck"), "@@# #@@"),
        "Scotland": ("", ("Kinlochbervie East", "Stromsay", "Auchtermuir", "Balgownie Mains"), "@@# #@@"),
        "Wales": ("", ("Pencraig Isaf", "Pentre Ifan Cross", "Cwmdulais"), "@@# #@@"),
        "Northern Ireland": ("", ("Drumcullion", "Ballykeel Cross"), "BT# #@@"),
    }, ("Curlew Way", "Gorsedd Terrace", "Heatherbrae Crescent", "Bracken Wynd", "Tollgate Close", "Quarryfield Road", "Millrace Lane", "Sandpiper Court",
        "Mossgiel Place", "Kirkbrae Gardens", "Ropewalk Lane"),
        ("{n} {s}", "Flat {a}, {n} {s}", "{n} {s}"),
        ("07^## ######", "07^##-###-###", "01^## ######", "+44 7^## ######"), ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"),
        ("british", "british", "british", "south_asian", "irish")),
    Loc("IE", "Ireland", {
        "Donegal": ("", ("Carrowkeel Upper", "Meenacross", "Glenvar Bridge"), "F9# @#@#"),
        "Kerry": ("", ("Lisnagrave", "Ballyfinnane Cross", "Coolroe North"), "V9# @#@#"),
        "Wexford": ("", ("Ballinroe", "Kilmuckridge Upper", "Tomnalossett"), "Y#5 @#@#"),
        "Mayo": ("", ("Derrylahan", "Cloonagh Cross", "Aghadoon"), "F2# @#@#"),
        "Tipperary": ("", ("Ballycurrane", "Knockaunbrack", "Gortnahoe Upper"), "E4# @#@#"),
    }, ("Ardnagashel Heights", "Glebe Cottages", "Sallowfield Drive", "Ashgrove Lawn", "Woodbine Park", "Cnoc an Iúir", "Mill Race Court", "Bramblehill Close"),
        ("{n} {s}", "{n} {s}", "Apt {a}, {s}"),
        ("08^ ### ####", "+353 8^ ### ####", "0^# ### ####"), ("gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"),
        ("irish", "irish", "irish", "irish", "british")),
    Loc("AU", "Australia", {
        "New South Wales": ("NSW", ("Wollombi Flat", "Tarrawingee Heights", "Kundabung East"), "2###"),
        "Victoria": ("VIC", ("Tallygaroopna", "Wattle Glen North", "Mirboo Heights"), "3###"),
        "Queensland": ("QLD", ("Cooroibah Waters", "Yandina Creek West", "Goomboorian"), "4###"),
        "Western Australia": ("WA", ("Karnup Heights", "Wokalup Springs"), "6###"),
        "Tasmania": ("TAS", ("Nugent Flats", "Lileah Creek"), "7###"),
    }, ("Banksia Parade", "Kookaburra Cct", "Corella Close", "Ironbark Rise", "Paperbark Lane", "Jacaranda Esplanade", "Bottlebrush Way", "Spinifex Cres",
        "Galah Street", "Bunya Court"),
        ("{n} {s}", "{a}/{n} {s}", "Unit {a}, {n} {s}"),
        ("04## ### ###", "(0^) ^### ####", "+61 4## ### ###"), ("bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "icloud.com"),
        ("british", "irish", "australian", "australian", "south_asian")),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
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
    nid: str = ""  # SSN, SIN, NI number, PPSN ("" in Australia)
    plan: str = ""  # Medicaid, OHIP, NHS / CHI, medical card, Medicare
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def _pick(rng: random.Random, values, used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 70 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's
    family name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    pool = fs if female else ms
    free = [g for g in pool if g not in used]
    if len(free) < 2:
        free = [g for g in NAMES[BORROW.get(culture, "british")][0 if female else 1] if g not in used]
    given = rng.choice(free)
    used.add(given)
    if family is None:
        free_fam = [x for x in fam if x not in used]
        family = rng.choice(free_fam if len(free_fam) > 1 else [x for x in NAMES["british"][2] if x not in used])
    used.add(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = given.lower().replace("ë", "e"), family.lower().replace("'", "")
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g[0]}{f}{rng.randint(10, 999)}"])
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = region or rng.choice(list(loc.regions))
        _, towns, pcpat = loc.regions[region]
        town = _pick(rng, towns, used)
        street = _pick(rng, loc.streets, used)
        used |= {town, street}
        line = rng.choice(loc.street_fmt).format(n=rng.randint(2, 480), s=street, a=rng.randint(1, 24))
        if loc.code == "GB":
            prefix = {"England": ["LA", "CA", "DL", "HX", "NE"], "Scotland": ["KW", "ZE", "AB", "IV"], "Wales": ["SA", "LL", "CF"]}
            pcpat = rng.choice(prefix.get(region, ["BT"])) + pcpat[2:] if region != "Northern Ireland" else pcpat
        elif loc.code == "CA" and region == "Ontario":
            pcpat = rng.choice("KLMNP") + pcpat[1:]
        pc = fill(rng, pcpat)
    w = Person(given, family, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)), email, line, town, pc)
    c = loc.code
    w.nid = {"US": ids.ssn, "CA": ids.sin, "IE": ids.ppsn, "GB": lambda r: fill(r, "@@ ## ## ## ") + r.choice("ABCD"), "AU": lambda r: ""}[c](rng)
    if c == "US":
        w.plan = fill(rng, rng.choice(["%#########", "@@%######@", "%########@"]))
    elif c == "CA":
        w.plan = ids.ohip(rng) if region == "Ontario" else fill(rng, "%### ### ###")
    elif c == "GB":
        w.plan = ids.chi(rng, dob) if region == "Scotland" else ids.nhs(rng)
    elif c == "IE":
        w.plan = fill(rng, "%######@")  # GMS medical card
    else:
        w.plan = ids.medicare_au(rng)
    w.addr = address(w)
    return w


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the first-level division plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c in ("US", "CA"):
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "GB":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", Co. {w.region}, ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))


assert K and Slot  # re-exported
