# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and pharmacies for the fifty-eighth probe: pharmacy and pharmacy-benefit text
from the United States (mostly), Canada (Ontario, Québec, Manitoba, Nova Scotia) and the United Kingdom
(England, Wales, Scotland) -- synthetic only; no real patient, prescriber, pharmacist or technician. Name
words are those of the people a community, specialty or mail-order pharmacy serves and employs: American
(Anglo and African American), US Hispanic, South Asian (US, Canadian and British pharmacists and
patients), Québécois and British / Irish, combined at random: never a real person. They were checked
against every string of the people tables of probes 1-56 before any measurement (test_probe58: no shared
name word).

Towns, counties, streets and localities are invented; states, provinces and UK nations (first-level) are
real and are keep values when written alone. Pharmacy chains, PBMs, drug names, NDCs, DINs, BIN / PCN
routing numbers and vaccine products are real-world vocabulary (keep). Numbers are random; NPI, DEA,
MBI, NHS number, EPS prescription ID and Ontario health number carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe58 import ids
from tests.engine.probe58.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "american": (['Kelli', 'Breanna', 'Candace', 'Deanna', 'Jaclyn', 'Joann', 'Kaitlin', 'Marissa', 'Melinda', 'Mindy', 'Shelly', 'Sheryl', 'Stacy', 'Tami', 'Terri', 'Traci', 'Whitney', 'Tasha', 'Regina', 'Shelia', 'Beverly', 'Cynthia', 'Adrienne', 'Aimee', 'Candice', 'Kristen', 'Meagan', 'Natalie'],
                 ['Aaron', 'Bobby', 'Brandon', 'Caleb', 'Collin', 'Cory', 'Darin', 'Daryl', 'Derrick', 'Devin', 'Dillon', 'Dylan', 'Eugene', 'Gregg', 'Jeffery', 'Jeremiah', 'Johnathan', 'Justin', 'Kristopher', 'Perry', 'Rickey', 'Shawn', 'Wesley', 'Zachary', 'Marcus'],
                 ['Abbott', 'Adkins', 'Atkins', 'Barnett', 'Blackwell', 'Bowman', 'Bullock', 'Burgess', 'Calhoun', 'Carlson', 'Chaney', 'Cochran', 'Coffey', 'Copeland', 'Cowan', 'Cummings', 'Davenport', 'Dodson', 'Donaldson', 'Dougherty', 'Dunlap', 'Ellison', 'Estes', 'Ewing', 'Farley', 'Fitzpatrick', 'Gilmore', 'Goodwin', 'Hammond', 'Hardin', 'Harmon', 'Hartman', 'Henson', 'Hickman', 'Hinton', 'Hodges', 'Huffman', 'Hutchinson', 'Kaufman', 'Krueger', 'Lowery', 'Maddox', 'McBride', 'McCullough', 'McFarland', 'McIntyre', 'McKnight', 'Mooney', 'Moyer', 'Nicholson', 'Pollard', 'Roberson', 'Rollins', 'Shaffer', 'Stanton', 'Stephenson', 'Swanson', 'Thornton', 'Townsend', 'Wilcox', 'Woodward']),
    "hispanic": (['Angelica', 'Karina', 'Alejandra', 'Claudia'],
                 ['Alejandro', 'Andres', 'Cesar', 'Cristian', 'Fernando', 'Roberto'],
                 ['Acosta', 'Aguilar', 'Andrade', 'Arias', 'Avila', 'Beltran', 'Benitez', 'Contreras', 'Cordova', 'Cortez', 'Davila', 'Escobar', 'Estrada', 'Galvan', 'Juarez', 'Marquez', 'Mejia', 'Meza', 'Murillo', 'Robles', 'Rojas', 'Salas', 'Solis', 'Suarez', 'Velazquez']),
    "south_asian": (['Amrita', 'Bhavika', 'Damini', 'Ekta', 'Garima', 'Gayathri', 'Harini', 'Ishita', 'Janaki', 'Jyoti', 'Madhavi', 'Megha', 'Mitali', 'Nidhi', 'Pallavi', 'Rachana', 'Shivani', 'Sneha', 'Varsha', 'Vrinda'],
                    ['Akshay', 'Amol', 'Brijesh', 'Charan', 'Dhruv', 'Girish', 'Hardik', 'Harish', 'Jatin', 'Karan', 'Madhav', 'Naveen', 'Nitesh', 'Parth', 'Rishi', 'Tejas', 'Utkarsh', 'Yatin'],
                    ['Aggarwal', 'Ahuja', 'Bajaj', 'Bansal', 'Bhalla', 'Bhargava', 'Chadha', 'Chawla', 'Chhabra', 'Deshmukh', 'Dhawan', 'Dixit', 'Doshi', 'Goyal', 'Gulati', 'Kapur', 'Khosla', 'Khurana', 'Kohli', 'Mahajan', 'Mittal', 'Narang', 'Narula', 'Parekh', 'Pathak', 'Sachdeva', 'Sehgal', 'Sheth', 'Sinha', 'Srivastava', 'Tandon', 'Vohra', 'Wadhwa']),
    "quebecois": (['Amélie', 'Béatrice', 'Christiane', 'Dorothée', 'Frédérique', 'Joséphine', 'Martine', 'Noémie', 'Océane', 'Virginie', 'Émilie', 'Élise'],
                  ['Alexandre', 'Guillaume', 'Julien', 'Raphaël', 'Timothée', 'Zacharie', 'Édouard', 'Émile', 'François'],
                  ['Archambault', 'Audet', 'Beaudry', 'Bernier', 'Blais', 'Blouin', 'Boily', 'Boutin', 'Brisson', 'Bégin', 'Béland', 'Charette', 'Coulombe', 'Croteau', 'Dallaire', 'Desbiens', 'Dubé', 'Duguay', 'Ferland', 'Gendron', 'Giroux', 'Goulet', 'Guillemette', 'Houde', 'Labonté', 'Laliberté', 'Lalonde', 'Lapierre', 'Laplante', 'Larivière', 'Lauzon', 'Lavallée', 'Legault', 'Lessard', 'Lussier', 'Maltais', 'Marcotte', 'Paquin', 'Perreault', 'Pouliot', 'Proulx', 'Roberge', 'Soucy', 'Therrien', 'Trottier', 'Trépanier', 'Turgeon']),
    "british": (['Eleanor', 'Gillian', 'Jayne', 'Lynne', 'Marian', 'Rosie', 'Katy', 'Aideen', 'Ailis', 'Breeda', 'Brona'],
                ['Antony', 'Martyn', 'Toby', 'Duncan', 'Gerard', 'Elliott', 'Aodhan', 'Cahal', 'Breandan', 'Caolan'],
                ['Ashton', 'Brookes', 'Burrows', 'Coates', 'Dickinson', 'Gibbons', 'Goddard', 'Hewitt', 'Hodgson', 'Houghton', 'Howarth', 'Humphreys', 'Morley', 'Nicholls', 'Parkes', 'Rowley', 'Sanderson', 'Thorpe', 'Turnbull', 'Whitehouse', 'Aherne', 'Bergin', 'Bolger', 'Breheny', 'Breslin']),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]  # first-level region (keep) -> (counties, towns, postcode pattern)
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]
    abbr: dict[str, str]


LOCS: dict[str, Loc] = {
    "US": Loc("US", "United States", {
        "Ohio": (("Wendmoor County", "Ashcombe County"), ("Kettleby Falls", "North Brisco", "Quillan Grove", "Tarrow Heights"), "45###"),
        "Tennessee": (("Brackwell County", "Lusk County"), ("Harrowmill", "Pettibone Gap", "Sorrelton", "Cale Station"), "37###"),
        "Georgia": (("Ochlawa County", "Feldon County"), ("Bramblewick", "Sweetbay Crossing", "Tallow Creek", "Ebbridge"), "31###"),
        "Pennsylvania": (("Corwen County", "Shadeburg County"), ("Lower Pennick", "Millsap Run", "East Cordale", "Yarrowby"), "16###"),
        "Minnesota": (("Tamarack Bend County", "Otterhaw County"), ("Lake Vessel", "Grindstone Prairie", "New Osterby", "Pine Ashford"), "56###"),
        "Arizona": (("Saguaro Flats County", "Verdell County"), ("Cholla Wash", "Mesa Dorada Estates", "Quartzhill", "Palo Santo Junction"), "85###"),
        "Texas": (("Brazoria Bend County", "Lampkin County"), ("Cedar Halloway", "Pecan Bayou Springs", "Trinidad Mills", "Bluebonnet Ridge"), "77###"),
        "North Carolina": (("Yadkin Fork County", "Pamlico Reach County"), ("Haw Crossing", "Tarheel Landing", "Sassafras Knob", "Bettsfield"), "27###"),
    }, ("#### Tallowwood Dr", "### W Quillan St", "##### County Road %#", "#### Marrowbone Pike", "### Sycamore Knoll Ct", "##### Old Ferriday Hwy", "#### Kestrel Glen Ln, Apt %#", "## Brickyard Row, Unit %", "#### Larkspur Meadow Way", "### N Fenwick Ave, Apt %#@"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net"),
        ("american", "american", "american", "hispanic", "south_asian"),
        {"Ohio": "OH", "Tennessee": "TN", "Georgia": "GA", "Pennsylvania": "PA", "Minnesota": "MN", "Arizona": "AZ", "Texas": "TX", "North Carolina": "NC"}),
    "CA": Loc("CA", "Canada", {
        "Ontario": (("Comté de Haldimore", "Wellbeck County"), ("Port Ashmere", "Kestleton", "Fennimore Mills", "Bracebury"), "L%@ %@%"),
        "Québec": (("MRC des Sables-Gris", "MRC de Brécourt"), ("Saint-Éloi-de-Brécourt", "Val-des-Saules", "Sainte-Anne-du-Grand-Lac", "Lac-Mirabeau"), "J%@ %@%"),
        "Manitoba": (("RM of Pembrook", "RM of Shellmouth Flats"), ("Carrow Plains", "Birtle Crossing", "Ostrander"), "R%@ %@%"),
        "Nova Scotia": (("Antigore County", "Halverston County"), ("Port Merriweather", "Cobequid Harbour", "Tatamagouche Mills"), "B%@ %@%"),
    }, ("## rue des Saules-Blancs", "### boul. Lavergne, app. %#", "#### Tamarind Crescent", "## Fernleigh Road", "### Concession %# Rd", "#### chemin du Rang-Sept", "## Mulberry Lane, Unit %"),
        ("(%##) ^##-####", "%##-^##-####"), ("videotron.ca", "sympatico.ca", "gmail.com", "hotmail.com", "shaw.ca"),
        ("quebecois", "quebecois", "british", "american", "south_asian"),
        {"Ontario": "ON", "Québec": "QC", "Manitoba": "MB", "Nova Scotia": "NS"}),
    "UK": Loc("UK", "United Kingdom", {
        "England": (("Borough of Thrapsfield", "Wyvenhoe District"), ("Little Ebbingford", "Thrapstow", "Market Wendle", "Cottisham", "Broadholme Bridge"), "LE%# %@@"),
        "Wales": (("Sir Fechan", "Cwm Tarran"), ("Llanfechan", "Pontybrynach", "Abermorlais"), "SA%# %@@"),
        "Scotland": (("Kirkmorrow District", "Glen Aucht"), ("Kirkmorrow", "Auchterbrae", "Drumtullie"), "PH%# %@@"),
    }, ("## Farriers Close", "Flat %, ## Ropewalk Lane", "### Bellhanger Road", "## Quarrymans Way", "%# Tithebarn Mews", "Flat %#, Cooperage Court"),
        ("07### ######", "01### ######", "0%## ### ####"), ("btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com", "sky.com"),
        ("british", "british", "british", "south_asian"),
        {}),
}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
    initial: str  # middle initial (plain text: a single letter)
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

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def lf(self) -> str:
        return f"{self.family.upper()}, {self.given.upper()}"

    @property
    def lfc(self) -> str:
        return f"{self.family}, {self.given}"

    @property
    def hon(self) -> str:
        return "Ms." if self.female else "Mr."


def _words(name: str) -> set[str]:
    return set(name.replace("-", " ").split())


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's
    family name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    given = rng.choice([g for g in (fs if female else ms) if g not in used])
    used.add(given)
    if family is None:
        family = rng.choice([f for f in fam if f not in used])
    used.add(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = ids.plain(given).lower(), ids.plain(family).lower()
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 999)}", f"{g[0]}{f}{rng.randint(10, 99)}"])
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, county, pc = home.region, home.line, home.town, home.county, home.postcode
    else:
        region = region or rng.choice(list(loc.regions))
        counties, towns, pcpat = loc.regions[region]
        county = rng.choice(counties)
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = fill(rng, pcpat)
        if loc.code == "US" and rng.random() < 0.15:
            pc += fill(rng, "-####")
    return Person(given, family, rng.choice("ABCDEFGHJKLMNPRSTW"), culture, female, dob, loc, region,
                  fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)), email, line, town, county, pc)  # fmt: skip


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    if w.loc.code == "US":
        return (A(w.line), ", ", A(w.town), f", {w.loc.abbr[w.region]} ", Z(w.postcode))
    if w.loc.code == "CA":
        return (A(w.line), ", ", A(w.town), f" ({w.loc.abbr[w.region]}) ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
