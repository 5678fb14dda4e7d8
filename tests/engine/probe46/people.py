# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the forty-sixth probe: clinical documents as an evaluator
would generate them by prompting a large language model, set in the United States, the United Kingdom,
Canada and Australia (synthetic only; no real patient or staff member). Name words are drawn from the names
such a document would hold in each country -- present-day American given names (Ryker, Kinslee, Emersyn),
the older generation's (Vern, Mavis, Arlene), African-American, Mexican-American, Midwestern Scandinavian,
Polish, Italian and Lebanese family lines; English, Welsh, Irish, Scottish, Cornish, Punjabi and Nigerian
names in Britain; Québécois and Acadian names in Canada; Anglo-Australian, Cornish-Australian, Greek,
Lebanese, Italian and Afrikaans names in Australia -- combined at random: never a real person. They were
checked against every string of the people tables of probes 1-44 before any measurement (test_probe46: no
shared name word).

Towns, suburbs, villages, counties and streets are invented; states, provinces, the UK's four nations and the
countries are real and are keep values when written alone. Hospitals and practices are invented; insurers,
pharmacy chains and laboratories are real names (organisations, never PHI). Numbers are random; NHS numbers
pass modulus 11, OHIP numbers and NPIs Luhn, Australian Medicare numbers their check digit, DEA numbers theirs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe46 import ids
from tests.engine.probe46.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_general": (['Paisley', 'Emersyn', 'Oaklynn', 'Adalynn', 'Kenzlee', 'Hadlee', 'Kinslee', 'Tatum', 'Raelynn', 'Rylee', 'Mckinley', 'Harlow', 'Hensley', 'Everly', 'Marley', 'Charlene', 'Marlene', 'Maxine', 'Doreen', 'Arlene', 'Mavis', 'Tiffani', 'Brittani', 'Krystal', 'Brandi', 'Trista', 'Kristy'],
        ['Ryker', 'Kashton', 'Brecken', 'Easton', 'Holden', 'Beckett', 'Sutton', 'Cullen', 'Kellan', 'Weston', 'Grayden', 'Vern', 'Lowell', 'Myron', 'Ferris', 'Garrett', 'Brent', 'Dustin', 'Chad', 'Cody', 'Kyle', 'Jared', 'Atticus', 'Ezra', 'Milo', 'Soren'],
        ['Prewitt', 'Kettering', 'Quarles', 'Hargrove', 'Kilgore', 'Langford', 'Nettleton', 'Quimby', 'Sedgwick', 'Treadwell', 'Vanhorn', 'Crenshaw', 'Dabney', 'Eubanks', 'Faulkner', 'Gentry', 'Overbey', 'Tidwell', 'Umstead', 'Varner', 'Winstead', 'Coggins', 'Fennell', 'Godwin', 'Hedrick', 'Isbell', 'Jolley', 'Kornegay', 'Mayhew', 'Norwood', 'Raynor', 'Shackleford', 'Teasley', 'Womack', 'Youngblood', 'Albritton', 'Crumpler', 'Dowdy', 'Ivey', 'Keener', 'Mewborn', 'Pittman', 'Strickland', 'Wooten', 'McCandless']),
    "us_black": (['Lashonda', 'Roshonda', 'Amari', 'Adaora', 'Tolulope', 'Kinslee', 'Harlow'],
        ['Marquise', 'Tremaine', 'Tarvaris', 'Lavell', 'Dorian', 'Zaire', 'Tobiloba'],
        ['Gatling', 'Jarrell', 'Daughtry', 'Futrell', 'Joyner', 'Vinson', 'Uzor', 'Winstead', 'Womack', 'Crenshaw']),
    "us_hispanic": (['Nohemi', 'Yazmin', 'Alondra', 'Deisy', 'Nayely', 'Erendira', 'Jazmin'],
        ['Candelario', 'Apolonio', 'Fidencio', 'Elpidio', 'Yahir', 'Jovani'],
        ['Banuelos', 'Carrillo', 'Esquivel', 'Loera', 'Madrigal', 'Saucedo', 'Urias', 'Arguello', 'Escamilla', 'Abeyta', 'Baca', 'Chavez', 'Duran', 'Maestas', 'Romero', 'Olivas']),
    "us_midwest": (['Astrid', 'Gretchen', 'Liesl', 'Marlene', 'Doreen', 'Arlene'],
        ['Torvald', 'Leif', 'Siegfried', 'Dietrich', 'Vern', 'Lowell', 'Myron'],
        ['Sandberg', 'Ostrom', 'Bergstrom', 'Engstrom', 'Nyquist', 'Sorensen', 'Thorsen', 'Gustafson', 'Dahlberg', 'Wisniewski', 'Kaminski', 'Hrabowski', 'Lombardi', 'Palumbo', 'Battaglia']),
    "gb_english": (['Jemima', 'Persephone', 'Aurelia', 'Maxine', 'Doreen', 'Mavis', 'Marlene', 'Charlene'],
        ['Wilfred', 'Montgomery', 'Kenver', 'Talan', 'Kyle', 'Milo', 'Ezra', 'Owain'],
        ['Cheetham', 'Hepworth', 'Jagger', 'Whitehead', 'Boothroyd', 'Lister', 'Midgley', 'Priestley', 'Rishworth', 'Elsworth', 'Fitzwilliam', 'Grainger', 'Hutchings', 'Gosling', 'Pocock', 'Marwood', 'Jeavons', 'Tolley', 'Bickerstaff', 'Roebuck', 'Titterington', 'Wigglesworth', 'Beynon', 'Gittins', 'Jenkins', 'Lloyd', 'Powell', 'Rees', 'Thickett']),
    "gb_celtic": (['Fiona', 'Roisin', 'Eileen', 'Iona', 'Morven', 'Rona', 'Kenna'],
        ['Ciaran', 'Eoin', 'Oisin', 'Rory', 'Struan', 'Innes', 'Finlay', 'Euan', 'Dougal', 'Magnus'],
        ['Flanagan', 'Lenihan', 'Moynihan', 'Noonan', 'Scanlan', 'Toomey', 'Cullinane', 'Fogarty', 'Hanrahan', 'Lynch', 'Nagle', 'Pender', 'Shanahan', 'Kinnear', 'Lennox', 'Rennie', 'Tulloch', 'Crichton', 'Dalziel', 'Imrie', 'Moncrieff', 'Pitcairn', 'Ramsay', 'Wishart']),
    "gb_punjabi": (['Sukhwinder', 'Kulwinder', 'Amandeep', 'Navjot'],
        ['Rajinder', 'Gurdeep', 'Amandeep', 'Navjot'],
        ['Brar', 'Toor', 'Aulakh', 'Sekhon']),
    "gb_nigerian": (['Folake', 'Adaora', 'Tolulope', 'Taiwo'],
        ['Tobiloba', 'Taiwo', 'Ezra'],
        ['Babalola', 'Uzor']),
    "ca_quebec": (['Lise', 'Raymonde', 'Maude', 'Mylène', 'Karine', 'Armande', 'Rollande', 'Jeannine', 'Guylaine', 'Kathia', 'Nathalie'],
        ['Léopold', 'Stéphane', 'Sébastien', 'Frédéric', 'Gervais', 'Laurent', 'Ghyslain', 'Nicolas', 'Maxime'],
        ['Quenneville', 'Beaudoin', 'Larouche', 'Tardif', 'Vachon', 'Gingras', 'Turcotte', 'Boisvert', 'Dufresne', 'Charest', 'Lemieux', 'Simard', 'Drouin', 'Bilodeau', 'Bélanger', 'Savard', 'Guay', 'Labbé', 'Gagné', 'Ouellet', 'Bergeron', 'Fortin', 'Morin', 'Boudreau', 'Doiron', 'Poirier']),
    "ca_english": (['Everly', 'Paisley', 'Brittani', 'Krystal', 'Charlene', 'Astrid', 'Gretchen', 'Sukhwinder', 'Navjot'],
        ['Garrett', 'Brent', 'Dustin', 'Cody', 'Jared', 'Leif', 'Rajinder', 'Gurdeep', 'Kellan'],
        ['McCandless', 'Lennox', 'Rennie', 'Sorensen', 'Thorsen', 'Wisniewski', 'Kaminski', 'Hrabowski', 'Brar', 'Toor', 'Aulakh', 'Sekhon', 'Krol', 'Petrov', 'Volkov', 'Morozov']),
    "au_anglo": (['Tayla', 'Chloe', 'Mia', 'Shanae', 'Jodie', 'Kaia', 'Lani', 'Shae', 'Bronte', 'Mackenzie', 'Mavis', 'Maxine'],
        ['Mitchell', 'Jayden', 'Jarrod', 'Kye', 'Brock', 'Dane', 'Corey', 'Nathan', 'Lleyton', 'Kurtis', 'Zac', 'Kobe', 'Tully', 'Bodhi', 'Lachie'],
        ['Pratt', 'Gilmour', 'Pascoe', 'Penrose', 'Trevaskis', 'Rowe', 'Nankervis', 'Tregenza', 'Roache', 'Prowse', 'Carlyon', 'Bassett', 'Kitto', 'Fourie', 'Pienaar', 'Venter', 'Botha', 'Joubert', 'Steyn', 'Coetzee']),
    "au_mediterranean": (['Athanasia', 'Layal', 'Joelle', 'Georgette', 'Giuseppina'],
        ['Spiros', 'Christos', 'Elie', 'Maroun', 'Tony', 'Domenico'],
        ['Kyriakou', 'Dimitriou', 'Aoun', 'Rizk', 'Sfeir', 'Gemayel', 'Chidiac', 'Azar', 'Vitale', 'Palumbo', 'Battaglia']),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]  # region (keep) -> (abbreviation, towns, counties)
    localities: tuple[str, ...]  # villages, neighbourhoods (ADDRESS)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Ohio": ("OH", ("Marrowfield", "Kessling", "East Wyndham Village", "Burrough Heights", "Corbel Township"), ("Wyndham County", "Pruett County")),
        "North Carolina": ("NC", ("Ellerbe Ridge", "Chinquapin Fork", "Yaupon Landing", "Haybarn Crossroads"), ("Sumac County", "Tobiah County")),
        "New Mexico": ("NM", ("Piñon Mesa", "Cañada del Oso", "Chamisa Springs", "Ocotillo Wells"), ("Sotol County", "Caliche County")),
        "Minnesota": ("MN", ("Lake Vikstrom", "Norrland", "Basswood Falls", "Esker Bay"), ("Moraine County", "Kamesby County")),
        "Oregon": ("OR", ("Tillicum Bay", "Manzanita Hollow", "Chaparral Ridge"), ("Coneflower County", "Wapsie County")),
        "Texas": ("TX", ("Caddo Springs", "Bluebonnet Crossing", "Tamarind Flats", "Chisos Bend"), ("Cholla County", "Buckeye County")),
    }, ("Southgate Addition", "Old Mill District"),
        ("Wickerby Bend Rd", "Marlstone Ave", "Sparrowhawk Way", "Brindlecote Dr", "Old Ferrule Pike", "Coneflower Ct", "Haybarn Ln", "Dunlin Loop", "Whimbrel St", "Godwit Terrace", "Yellowhammer Rd", "Siskin Trail", "Cottonmouth Creek Rd", "Drumbeck Pkwy"),
        ("(^##) 555-01##", "^##-555-####", "(^##) ^##-####", "+1 ^##-^##-####", "^##.^##.####", "^##-^##-####"),
        ("gmail.com", "yahoo.com", "outlook.com", "email.com", "icloud.com", "example.com"),
        ("us_general", "us_general", "us_black", "us_hispanic", "us_midwest")),
    Loc("GB", "United Kingdom", {
        "England": ("", ("Little Hasbury", "Upper Wendlecombe", "Stoke Arnsworth", "Netherby Bridge", "Mardlebury", "Wixhampton", "Pellingford"), ("Hagworthshire", "North Scarrowby")),
        "Scotland": ("", ("Castle Dunmere", "Kirkton of Stanedge", "Auchterbrae"), ("Dunmere and Brae",)),
        "Wales": ("", ("Llanfair Gorsey", "Pontybrenin", "Cwm Thrushcross"), ("Sir Brenin",)),
    }, ("Millbeck", "Quillmead Green", "Hagworth Moor", "Fellside End", "Cowslip Bank", "Celandine Park"),
        ("Quillmead Close", "Rookery Gardens", "Millbeck Terrace", "Gorsey Bank Road", "Snowdrop Mews", "Hawkweed Lane", "Fieldfare Way", "Redwing Crescent", "Twite Row", "Brambling Drive", "Puddingstone Walk", "Celandine Avenue"),
        ("07700 900###", "07%## ######", "01632 960###", "+44 7%## ######", "0%## ### ####", "+44 (0)1%## ######"),
        ("btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com", "yahoo.co.uk"),
        ("gb_english", "gb_english", "gb_celtic", "gb_celtic", "gb_punjabi", "gb_nigerian")),
    Loc("CA", "Canada", {
        "Ontario": ("ON", ("Port Ellamore", "Tuckamore Lake", "Ophir Station", "Fireweed Falls"), ()),
        "Quebec": ("QC", ("Sainte-Aubeline", "Saint-Ophir-de-Mistassini", "Lac-Kamourel"), ()),
        "Alberta": ("AB", ("Chinook Coulee", "Skookum Flats", "Brigden Lake"), ()),
        "Nova Scotia": ("NS", ("Cobequid Harbour", "Tantramar Head", "Petit-Ruisseau"), ()),
        "Manitoba": ("MB", ("Bilby Narrows", "Whitemud Rapids"), ()),
    }, ("Vieux-Moulin", "Chinook Heights"),
        ("Tuckamore Cres", "Rue des Bouleaux-Gris", "Chinook Ridge Blvd", "Boul. Sainte-Ursule", "Fireweed Trail", "Curlew Rd", "Rang Saint-Elzéar", "Plover Bay Dr", "Lapwing Way", "Chemin du Lac-Kamourel"),
        ("(^##) 555-01##", "^##-^##-####", "+1 (^##) ^##-####", "^##.^##.####"),
        ("videotron.ca", "rogers.com", "shaw.ca", "gmail.com", "sympatico.ca", "outlook.com"),
        ("ca_english", "ca_english", "ca_quebec")),
    Loc("AU", "Australia", {
        "New South Wales": ("NSW", ("Warrabindi", "Corrimbal Beach", "Quandong Creek"), ()),
        "Victoria": ("VIC", ("Mount Trelawney", "Billabirra Heights", "Kurrajong Vale"), ()),
        "Queensland": ("QLD", ("Koonyalla", "Brigalow Downs", "Mundaroo"), ()),
        "Western Australia": ("WA", ("Yarrandoo", "Gidgee Flat", "Mulga Springs"), ()),
        "South Australia": ("SA", ("Coolabah Park", "Spinifex Bay"), ()),
        "Tasmania": ("TAS", ("Pardalote Point", "Boobook Hill"), ()),
    }, (),
        ("Wattlebird Pde", "Currawong Cres", "Bottlebrush Grove", "Quandong St", "Lorikeet Ct", "Galah Cl", "Bellbird Rd", "Lyrebird Way", "Bandicoot Ave", "Kookaburra Dr", "Bilby Lane", "Jacaranda Esp"),
        ("04%# ### ###", "(0^) #### ####", "+61 4%# ### ###", "04%#-###-###", "0^ #### ####"),
        ("bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au", "iinet.net.au"),
        ("au_anglo", "au_anglo", "au_mediterranean")),
]}  # fmt: skip
POSTCODE_AU = {"NSW": "2%##", "VIC": "3%##", "QLD": "4%##", "WA": "6%##", "SA": "5%##", "TAS": "7%##"}
CA_LETTER = {"ON": "KLMNP", "QC": "GHJ", "AB": "T", "NS": "B", "MB": "R"}
CA_ABC = "ABCEGHJKLMNPRSTVWXYZ"


@dataclass(slots=True)
class Person:
    given: str
    family: str
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str  # state / province / nation (keep alone, plain text in an address)
    abbr: str
    phone: str
    phone2: str
    email: str
    line: str  # house number and street (a unit too)
    locality: str  # village / neighbourhood (GB); "" elsewhere
    town: str
    county: str
    postcode: str
    middle: str = ""  # initial
    natid: str = ""  # SSN, NHS number, provincial health card, Medicare card
    irn: str = ""  # Australian Medicare individual reference number
    licence: str = ""
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def full_mi(self) -> str:
        return f"{self.given} {self.middle}. {self.family}" if self.middle else self.full

    @property
    def last_first(self) -> str:
        return f"{self.family}, {self.given}"


def _words(name: str) -> set[str]:
    return set(name.replace("-", " ").split())


def _street(rng: random.Random, loc: Loc, used: set[str]) -> str:
    street = rng.choice([s for s in loc.streets if s not in used] or list(loc.streets))
    used.add(street)
    c = loc.code
    if c == "US":
        line = fill(rng, rng.choice(["%###", "%##", "%#", "%####"])) + " " + street
        return line + rng.choice(["", "", "", fill(rng, ", Apt %@"), fill(rng, ", Unit %#"), " #" + fill(rng, "%#")])
    if c == "GB":
        return rng.choice([fill(rng, "%# "), fill(rng, "%"), fill(rng, "Flat %, %# "), fill(rng, "%#@ ")]).rstrip() + " " + street if rng.random() < 0.9 else "Rose Cottage, " + street
    if c == "CA":
        if street.startswith(("Rue", "Boul.", "Rang", "Chemin")):
            return fill(rng, rng.choice(["%##, ", "%###, ", "%#-%##, "])) + street
        return fill(rng, rng.choice(["%###", "%##", "%#-%###"])) + " " + street
    return rng.choice([fill(rng, "%# "), fill(rng, "Unit %/%# "), fill(rng, "%/%## "), fill(rng, "%## ")]) + street


def _postcode(rng: random.Random, loc: Loc, abbr: str) -> str:
    c = loc.code
    if c == "US":
        return fill(rng, "%####") + ("" if rng.random() < 0.8 else fill(rng, "-####"))
    if c == "GB":
        return fill(rng, rng.choice(["@@%# %@@", "@%# %@@", "@@% %@@"])).replace("I", "H").replace("Q", "R")
    if c == "CA":
        a = rng.choice(CA_LETTER[abbr])
        return a + rng.choice("123456789") + rng.choice(CA_ABC) + " " + rng.choice("0123456789") + rng.choice(CA_ABC) + rng.choice("0123456789")
    return fill(rng, POSTCODE_AU[abbr])


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (25 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's
    family name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    everyone = [NAMES[c] for c in loc.cultures]
    taken = lambda n: bool(_words(n) & used)  # noqa: E731
    pool = [g for g in (fs if female else ms) if not taken(g)]
    if not pool:
        pool = [g for n in everyone for g in (n[0] if female else n[1]) if not taken(g)]
    given = rng.choice(pool)
    used |= _words(given)
    if family is None:
        pool = [x for x in fam if not taken(x)] or [x for n in everyone for x in n[2] if not taken(x)]
        family = rng.choice(pool)
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g = given.lower().replace(" ", "").replace("é", "e").replace("è", "e").replace("-", "")
    f = family.lower().replace(" ", "").replace("é", "e").replace("'", "")
    email = rng.choice([f"{g}.{f}", f"{g[0]}{f}{dob.year % 100:02d}", f"{f}.{g[0]}", f"{g}{f[:4]}{rng.randint(1, 99)}", f"{g}_{f}{dob.year}", f"{g[0]}.{f}"])
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, abbr, line, locality, town, county, pc = home.region, home.abbr, home.line, home.locality, home.town, home.county, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        abbr, towns, counties = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        county = rng.choice(counties) if counties else ""
        locality = rng.choice([x for x in loc.localities if x not in used] or list(loc.localities)) if loc.code == "GB" else ""
        line = _street(rng, loc, used)
        pc = _postcode(rng, loc, abbr)
        used |= {town, locality}
    w = Person(given, family, culture, female, dob, loc, region, abbr, fill(rng, rng.choice(loc.phones)),
               fill(rng, rng.choice(loc.phones)), email, line, locality, town, county, pc)  # fmt: skip
    w.middle = rng.choice("ABCDEFGHJKLMNPRSTW") if loc.code in ("US", "CA") and rng.random() < 0.6 else ""
    w.natid, w.irn = national_id(rng, w)
    w.licence = ids.licence(rng, loc.code, family, dob, female)
    w.addr = address(w)
    return w


def national_id(rng: random.Random, w: Person) -> tuple[str, str]:
    c = w.loc.code
    if c == "US":
        return ids.ssn(rng), ""
    if c == "GB":
        return ids.nhs(rng), ""
    if c == "CA":
        if w.abbr == "QC":
            return ids.ramq(rng, w.family, w.given, w.dob, w.female), ""
        if w.abbr == "AB":
            return ids.ahcip(rng), ""
        return ids.ohip(rng), ""
    return ids.medicare_au(rng)


NATID = {"US": ("SSN", "SSN"), "GB": ("NHS Number", "ID"), "CA": ("Health Card", "HEALTH_PLAN"), "AU": ("Medicare No.", "HEALTH_PLAN")}
CA_CARD = {"ON": "OHIP #", "QC": "RAMQ", "AB": "AHCIP PHN", "NS": "MSI #", "MB": "MHSAL PHIN"}


def natid_label(w: Person) -> str:
    return CA_CARD.get(w.abbr, "Health Card") if w.loc.code == "CA" else NATID[w.loc.code][0]


def address(w: Person) -> tuple:
    """The whole one-line address as the country writes it: PHI pieces, the state or province plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "GB":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))


assert K and Slot  # re-exported for the corpus
