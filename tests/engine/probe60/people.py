# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and installations for the sixtieth probe: military and veterans' health text from
the United States (DoD, VA), the United Kingdom (MoD, Veterans UK), Canada (CAF, VAC) and Australia (ADF, DVA)
(synthetic only; no real service member, veteran, dependant or clinician). Name words are those of the
populations the services draw on: the rural and small-town American South, African American, Chamorro,
Hawaiian, Samoan, Filipino- and Korean-American (a large share of US enlistees and their spouses), Shetland,
Orkney, Cornish, Ulster and Welsh family names, Fijian soldiers of the British Army and the ADF, Newfoundland
and Acadian / Québécois families (CAF), Anglo-Australian and Aboriginal / Torres Strait Islander family names
-- combined at random: never a real person. They were checked against every string of the people tables of
probes 1-56 before any measurement (test_probe60: no shared name word).

Bases, barracks, air stations, towns, counties, streets and MGRS grids are invented (random); states,
provinces, territories, the nations of the UK and countries are real and are keep values when written alone.
Medical facilities and programmes are real institutions or generic (keep). Numbers are random.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "american": (["Kierra", "Alexus", "Jazmyne", "Kaniya", "Laquita", "Shasta", "Kassidy", "Emmalee", "Kensley", "Baylee", "Jaelyn", "Caitlin", "Kristen", "Chasity", "Trisha"],
                 ["Jaylon", "Cortez", "Deontae", "Kameron", "Raheem", "Tyquan", "Kyree", "Nyjah", "Jayvion", "Quintavious", "Tydarius", "Jakobe", "Kaleb", "Colten", "Brycen", "Kasen", "Tristan", "Cayden", "Dillon", "Wesley", "Zachery", "Aaron", "Ryan", "Jason", "Patrick", "Samuel", "Dylan"],
                 ["Applewhite", "Bankston", "Batchelor", "Blackwelder", "Bonner", "Brackett", "Brumfield", "Buckalew", "Corbitt", "Crutchfield", "Eudy", "Fentress", "Hutto", "Loftis", "Lovett", "Moncrief", "Pardue", "Pegram", "Pettus", "Poteat", "Prather", "Raybon", "Renfroe", "Stancil", "Swicegood", "Thigpen", "Toler", "Tuggle", "Varnell", "Woolard", "Akins", "Alsup", "Arrington", "Atwell", "Barfield", "Beamon", "Blakeney", "Bostick", "Broadnax", "Chisolm", "Cromartie", "McCollum", "McKnight", "Pittard", "Tabron", "Warlick", "Whitted", "Stricklin", "Hurd", "Ricketts", "Burleson", "Rakestraw", "Harrelson", "Tubbs", "Blalock", "Yeager", "Roush", "Kessinger", "Maupin", "Plemmons", "Massengale", "Lovelady", "Fruge"]),
    "pacific": (["Ailyn", "Kiarna", "Sereana"],
                ["Aldrin", "Raymart", "Arvin", "Keola", "Kaipo", "Kamakana", "Kekai", "Myeong", "Seung", "Daeho", "Kwangsoo", "Chanwoo"],
                ["Manibusan", "Blas", "Duenas", "Terlaje", "Tenorio", "Quinata", "Chargualaf", "Mafnas", "Babauta", "Pangelinan", "Unpingco", "Cepeda", "Fejeran", "Kaufana", "Tagaloa", "Tuitele", "Pulefaaso"]),
    "british": (["Jaimee", "Leah", "Shauna", "Kristie", "Cassie", "Carly", "Vicky"],
                ["Scotty", "Byron", "Joel", "Ashton", "Jamie", "Kristian", "Luke", "Carwyn", "Gwyn", "Elis", "Dyfan", "Hedd"],
                ["Farquhar", "Geddes", "Sclater", "Halcrow", "Mouat", "Pottinger", "Pumphrey", "Nankivell", "Retallack", "Cromie", "Gilmore", "McClure", "McCrea", "McIlroy", "Semple", "Stinson"]),
    "fijian": (["Sereana", "Mereoni", "Makereta", "Kelera", "Asenaca"],
               ["Sakiusa", "Josaia", "Isikeli", "Viliame", "Apenisa", "Ilaitia", "Waisea", "Manasa", "Kitione", "Filipe", "Maciu", "Ropate", "Samisoni", "Vilikesa", "Akuila", "Peniasi", "Ulaiasi"],
               ["Ratuvou", "Tuisawau", "Qalo", "Vunisa", "Nacola", "Baleiwai", "Raikadroka", "Delai", "Tikoisuva", "Vakaloloma", "Rokotuiloma", "Seruvatu", "Nadolo", "Koroivuki", "Drauna", "Matanitobua"]),
    "canadian": (["Josianne", "Émilie", "Cindy", "Kathy", "Joanie", "Ariane", "Tenille"],
                 ["Yanick", "Mathias", "Frédérik", "Alexandre", "Raphaël", "Bruno", "François", "Jarrad"],
                 ["Tibbo", "Hollett", "Oldford", "Crewe", "Ivany", "Peddle", "Vokey", "Warford", "Legge", "Pelley", "Rumbolt", "Skanes", "Tulk", "Michaud", "Duguay", "Vautour", "Mazerolle", "Losier", "Ferron", "Larocque", "Lalonde"]),
    "australian": (["Sharnie", "Jessika", "Karly", "Leesa", "Tarryn", "Amberley"],
                   ["Jarred", "Kodie", "Coby"],
                   ["Rioli", "Tungutalum", "Gumbula", "Bunduck", "Wanambi", "Hookey", "Weetra", "Sansbury", "Agius", "Dorante", "Passi", "Wosomo", "Zaro", "Voss", "Rhodes", "Swarey"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # state / province (keep) -> (bases, towns)
    streets: tuple[str, ...]  # fill patterns of a street line
    postcode: str  # fill pattern
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]
    abbr: dict[str, str]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "North Carolina": (("Fort Brayton", "Camp Tallowell", "Marine Corps Air Station Bogue Reach"), ("Hollowell Crossing", "Spring Haven", "Vander Mill", "Sneads Landing")),
        "Texas": (("Fort Cavender", "Joint Base Mesquite Flats"), ("Copperas Hollow", "Killeen Heights", "Nolanville Ridge", "Belton Crossing")),
        "Kentucky": (("Fort Calloway", "Fort Stanwick"), ("Oak Grove Station", "Hopkinsridge", "Clarks Ferry")),
        "Washington": (("Joint Base Lakota Prairie", "Naval Station Puget Reach"), ("DuPont Meadows", "Spanaway Flats", "Yelm Crossing")),
        "Georgia": (("Fort Sandell", "Hunter Field Annex"), ("Hinesboro", "Richmond Hollow", "Pooler Junction")),
        "Colorado": (("Fort Ransdell", "Peterfield Space Force Base"), ("Fountain Ridge", "Security Springs", "Widefield Bend")),
        "California": (("Camp Palisado", "Naval Base Coronet Bay"), ("Oceanside Heights", "Fallbrook Crossing", "Twentynine Pines")),
    }, ("%### Sapling Way", "%## Buckthorn Ct", "%### Old Fayette Rd", "%#### Sergeant Major Blvd Apt %##", "%## Ironwood Dr", "%### Chickamauga Ave",
        "%## Patriot Loop", "%### Kestrel Run", "%#### Bivouac Ln"),
        "%####", ("(910) ^##-####", "(254) ^##-####", "(931) ^##-####", "(253) ^##-####", "(912) ^##-####", "(719) ^##-####", "(760) ^##-####"),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"), ("american", "american", "american", "pacific"),
        {"North Carolina": "NC", "Texas": "TX", "Kentucky": "KY", "Washington": "WA", "Georgia": "GA", "Colorado": "CO", "California": "CA"}),
    Loc("UK", "United Kingdom", {
        "England": (("Wexcombe Barracks", "RAF Lindhurst", "Alderholt Lines", "HMS Caldmere"), ("Ludgershall Vale", "Bulford Down", "Amesworth", "Upavon Parva")),
        "Scotland": (("Kinross Barracks", "RAF Lossiebrae"), ("Elgin Muir", "Hopeman Links", "Arbroath Mains")),
        "Wales": (("Cawdor Lines", "Brecon Forge Barracks"), ("Llanfair Uchaf", "Sennybridge Isaf")),
        "Northern Ireland": (("Thiepval Lines", "Palace Barracks Holywood"), ("Lisburn Glen", "Ballykinler Strand")),
    }, ("%# Carrick Close", "%## Mons Road", "Flat %, %# Tobruk Avenue", "%# Arnhem Way", "%# Kohima Crescent", "%## Sapper Row"),
        "@@% %@@", ("07^## ######", "07^##-^#####", "01980 ^#####", "+44 7^## ######"),
        ("gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"), ("british", "british", "british", "fijian"),
        {}),
    Loc("CA", "Canada", {
        "Ontario": (("CFB Tallow Lake", "CFB Kingsmere"), ("Pembroke Mills", "Laurentian Narrows", "Chalk River Bend")),
        "New Brunswick": (("CFB Gagetown Station", "5th Canadian Division Support Base Oromocto Flats"), ("Oromocto West", "Burton Landing", "Geary Brook")),
        "Québec": (("Garrison Valcartier-Nord", "BFC Bagotville-Est"), ("Shannon-des-Pins", "Saint-Gabriel-de-Valcourt", "Lac-Beauport-Sud")),
        "Nova Scotia": (("CFB Halliburn", "12 Wing Shearwater Point"), ("Eastern Passage Bend", "Cole Harbour Heights", "Dartmouth Ridge")),
        "Alberta": (("CFB Wainbridge", "3rd Canadian Division Support Base Edmonton North"), ("Morinville Flats", "Gibbons Crossing", "Namao Ridge")),
    }, ("%## Vimy Crescent", "%# Currie Street", "%### Juno Beach Drive", "%#-%## rue de la Caserne", "%## Ortona Place", "%### Kapyong Avenue, unit %"),
        "@%@ %@%", ("(613) ^##-####", "(506) ^##-####", "(418) ^##-####", "(902) ^##-####", "(780) ^##-####", "613-^##-####"),
        ("gmail.com", "hotmail.ca", "outlook.com", "videotron.ca"), ("canadian",),
        {"Ontario": "ON", "New Brunswick": "NB", "Québec": "QC", "Nova Scotia": "NS", "Alberta": "AB"}),
    Loc("AU", "Australia", {
        "Queensland": (("Corbould Lines", "RAAF Base Amberdale"), ("Kirwan Heights", "Idalia Rise", "Deeragun West", "Bohle Plains Ridge")),
        "Northern Territory": (("Larapinta Barracks", "RAAF Base Tindall Creek"), ("Palmerston Hills", "Humpty Doo Flats", "Katherine East")),
        "New South Wales": (("Holsworthy Park Barracks", "HMAS Cresswell Point"), ("Wattle Grove Heights", "Moorebank Vale", "Nowra Hill West")),
        "South Australia": (("RAAF Base Edinburgh Park", "Keswick Lines"), ("Elizabeth Vale East", "Salisbury Downs West")),
    }, ("%# Bardia Street", "%## Kokoda Drive", "Unit %/%# Tobruk Place", "%# Gallipoli Parade", "%## Long Tan Circuit", "%# Beersheba Close"),
        "^%##", ("04## ### ###", "(07) 47^# ####", "(08) 89^# ####", "+61 4## ### ###"),
        ("gmail.com", "bigpond.com", "outlook.com", "icloud.com"), ("australian", "australian", "british", "fijian"),
        {"Queensland": "QLD", "Northern Territory": "NT", "New South Wales": "NSW", "South Australia": "SA"}),
]}  # fmt: skip
US_ZIP = {"North Carolina": "283##", "Texas": "765##", "Kentucky": "422##", "Washington": "984##", "Georgia": "313##",
          "Colorado": "809##", "California": "920##"}  # fmt: skip
AU_PC = {
    "Queensland": "48##",
    "Northern Territory": "08##",
    "New South Wales": "25##",
    "South Australia": "51##",
}
UK_PC = {"England": "SP%", "Scotland": "IV3%", "Wales": "LD%", "Northern Ireland": "BT2%"}
CA_PC = {"Ontario": "K8@", "New Brunswick": "E2@", "Québec": "G0@", "Nova Scotia": "B2@", "Alberta": "T8@"}


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
    email: str
    line: str
    town: str
    base: str
    postcode: str
    ssn: str = ""
    edipi: str = ""
    sn: str = ""
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _pick(rng: random.Random, values: tuple[str, ...], used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (20 * 365, 45 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a dependant's
    family name, `home` a household's address)."""
    female = rng.random() < 0.3 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    pool = fs if female else ms
    if len([g for g in pool if g not in used]) < 2:  # a small table borrows its neighbour's given names
        pool = NAMES["american" if loc.code == "US" else "british"][0 if female else 1]
    given = rng.choice([g for g in pool if g not in used])
    used.add(given)
    if family is None:
        family = rng.choice([f for f in fam if f not in used])
    used.add(family)
    initial = rng.choice([c for c in "ABCDEFGHJKLMNRSTW" if c not in (given[0], family[0])])
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = (
        given.lower().replace("é", "e").replace("ë", "e").replace("ç", "c").replace("É", "e"),
        family.lower(),
    )
    email = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f[:4]}{dob.year % 100:02d}",
            f"{f}{g[0]}{rng.randint(1, 99)}",
            f"{g}_{f}{rng.randint(1, 9)}",
        ]
    )
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, base, pc = home.region, home.line, home.town, home.base, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        bases, towns = loc.regions[region]
        base, town = _pick(rng, bases, used), _pick(rng, towns, used)
        line = fill(rng, rng.choice(loc.streets))
        if loc.code == "US":
            pc = fill(rng, US_ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.15 else "")
        elif loc.code == "UK":
            pc = fill(rng, UK_PC[region] + " %@@")
        elif loc.code == "CA":
            pc = fill(rng, CA_PC[region] + " %@%")
        else:
            pc = fill(rng, AU_PC[region])
        used |= {town, base}
    w = Person(given, family, initial, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), email,
               line, town, base, pc)  # fmt: skip
    w.ssn = f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
    w.edipi = fill(rng, "%#########")
    w.sn = fill(
        rng,
        {
            "US": "%#########",
            "UK": rng.choice(["30######", "25######", "5#####"]),
            "CA": "@## ### ###",
            "AU": "8######",
        }[loc.code],
    )
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
        return (A(w.line), ", ", A(w.town), f" {w.loc.abbr[r]} ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.loc.abbr[r]} ", Z(w.postcode))
