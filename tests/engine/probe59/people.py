# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the fifty-ninth probe: radiology and imaging text from the United States,
Canada, the United Kingdom, Australia and India (synthetic only; no real patient, clinician or technologist).
Name words are old rural Southern and African-American given names and Southern family names (US), Acadian
and Québécois names (Canada), Cornish / Welsh given names with Yorkshire, Cornish and Scots family names
(UK, Australia), Sri Lankan Tamil and Sinhalese names (Canada, UK, Australia) and Telugu, Kannada /
Malayali, Bengali / Odia / Assamese and Marathi / Gujarati names (India and its diaspora), combined at
random: never a real person. They were checked against every string of the people tables of probes 1-56
before any measurement (test_probe59: no shared name word).

Towns, localities and streets are invented; states, provinces, territories, the UK's nations and India's
states (first-level) are real and are keep values when written alone. Hospitals, imaging centres and
radiology groups are invented. Numbers are random; NHS numbers, Ontario health cards, Australian Medicare
numbers and Aadhaar-like numbers carry valid check digits (the kit's ids), NPIs pass the Luhn rule (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe59.ids import fill

__all__ = ["CULTURES", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_south": (['Almeda', 'Clarabelle', 'Cordie', 'Delphia', 'Docia', 'Hassie', 'Ivalee', 'Jettie', 'Lutie', 'Mintie', 'Omie', 'Parthenia', 'Ressie', 'Tennie', 'Vadie', 'Zadie', 'Berneice', 'Fronie', 'Gussie', 'Icie', 'Reatha', 'Rilla', 'Sudie', 'Velva', 'Bernita', 'Florine', 'Geraldean', 'Jonell', 'Kizzie', 'Novella', 'Shawanda', 'Vernita', 'Jamya', 'Laniyah', 'Paisleigh'],
        ['Audie', 'Cleatus', 'Elzie', 'Farris', 'Lafe', 'Oather', 'Olen', 'Rayburn', 'Thurlow', 'Tilden', 'Verlon', 'Zollie', 'Obie', 'Ulas', 'Vester', 'Labron', 'Raheem', 'Zavion', 'Bentlee', 'Newt', 'Zeb', 'Deontae', 'Quintavious'],
        ['Applewhite', 'Arbuckle', 'Bankhead', 'Broadnax', 'Claiborne', 'Dorsett', 'Dunlap', 'Harbison', 'Hornbuckle', 'Hutto', 'Lovelady', 'Mangum', 'McAdoo', 'Motley', 'Singletary', 'Sweatt', 'Winborne', 'Alderete', 'Dillehay', 'Hogue', 'Killebrew', 'Lumpkin', 'Nantz', 'Shufford', 'Tutwiler', 'Mayberry', 'Breckenridge']),
    "acadian": (['Rejeanne', 'Adrienne', 'Ludivine', 'Gaëtane', 'Rosanne'],
        ['Gaetan', 'Théophile', 'Héliodore'],
        ['Levesque', 'LeClair', 'Maillet', 'Duguay', 'Vautour', 'Losier', 'Mazerolle', 'Perreault', 'Rheault', 'Gendron', 'Beauchemin', 'Després', 'Guillemette', 'Rouleau', 'Taschereau', 'Chartier', 'Frigon', 'Massicotte', 'Pouliot']),
    "british": (['Ethelwyn', 'Jenifer', 'Tressa', 'Bryher', 'Sennen', 'Ennor', 'Hedra', 'Tegen', 'Zennor', 'Elestren', 'Senara', 'Ysella', 'Alwen', 'Siwan', 'Kerrin'],
        ['Perran', 'Austell', 'Cadan', 'Ewart', 'Gawain', 'Gwynn', 'Llyr'],
        ['Gaukroger', 'Troup', 'Ogilvy', 'Linnane', 'Costigan', 'Jelbart', 'Pendarves', 'Roseveare', 'Gribble', 'Varcoe', 'Verran', 'Whear', 'Fairbrother', 'Loveridge', 'Blatherwick', 'Cheesewright', 'Fretwell', 'Inchbald', 'Oxtoby', 'Pocklington', 'Quickfall', 'Umpleby', 'Waddilove', 'Kilner', 'Womersley', 'Sagar']),
    "tamil_sl": (['Tharshini', 'Piraveena', 'Vithusha', 'Mathusha', 'Lavanja', 'Sinthuja', 'Kanimozhi', 'Ilakkiya', 'Oviya'],
        ['Thayalan', 'Sivakumaran', 'Kirushanthan', 'Kajanthan', 'Keerthanan', 'Pirasanth', 'Elango', 'Anbarasan'],
        ['Balasingham', 'Sivapalan', 'Thurairajah', 'Kanagaratnam', 'Ponnambalam', 'Selvarajah', 'Navaratnam', 'Sriskandarajah', 'Yogarajah', 'Paramanathan', 'Thiagarajan', 'Seshadri']),
    "sinhala": (['Hasini', 'Kaushalya', 'Madushani', 'Upeksha'],
        ['Lahiru', 'Sanjeewa', 'Tharindu', 'Thusitha', 'Upul', 'Nishantha'],
        ['Samarasinghe', 'Weerasinghe', 'Wijesekara']),
    "telugu": (['Haritha', 'Sahithi', 'Mounika', 'Sirisha', 'Pavani', 'Lasya', 'Manaswini', 'Vyshnavi', 'Akhila'],
        ['Venkata Ramana', 'Chiranjeevi', 'Balakrishna', 'Pavan Kalyan', 'Sudheer', 'Vamsi', 'Harsha Vardhan', 'Manikanta', 'Yeswanth', 'Chandrasekhar'],
        ['Gaddam', 'Kancherla', 'Kotha', 'Maddineni', 'Nallapati', 'Ravuri', 'Tummala', 'Vemula', 'Yarlagadda', 'Alapati', 'Chebrolu', 'Jonnalagadda', 'Lingamaneni', 'Mandava', 'Nadendla', 'Paruchuri', 'Sunkara', 'Uppalapati', 'Vallabhaneni']),
    "kannada": (['Spoorthi', 'Yashaswini', 'Chaitra', 'Shwetha', 'Ranjitha', 'Bindushree', 'Keerthi', 'Athira', 'Gopika', 'Sreelakshmi', 'Nimisha', 'Parvathy', 'Ardra', 'Amrutha', 'Hamsini'],
        ['Shivappa', 'Nagaraj', 'Puttaswamy', 'Siddalingaiah', 'Veeresh', 'Channabasappa', 'Ajith', 'Vipin', 'Abhilash', 'Sreenivas'],
        ['Gowda', 'Kattimani', 'Byrappa', 'Nadig', 'Kotian', 'Poojary', 'Bangera', 'Salian', 'Kunder', 'Namboothiri', 'Mathai', 'Kini', 'Baliga', 'Nayak', 'Prabhu']),
    "east_in": (['Sasmita', 'Subhashree', 'Lipsa', 'Itishree', 'Pritilata', 'Jonali', 'Bornali', 'Dipanjali', 'Rituparna', 'Sayantani', 'Tiyasha', 'Debolina', 'Mitali', 'Poulomi', 'Anwesha', 'Lopamudra', 'Sanghamitra', 'Sudeshna', 'Charulata', 'Sucharita'],
        ['Hemanta', 'Biswajit', 'Dhiren', 'Pranab', 'Sarat', 'Manas', 'Tapan', 'Jyotirmoy', 'Bhupen', 'Dhrubajyoti', 'Hiranya', 'Nripen', 'Soumitra', 'Debasish', 'Tathagata', 'Shubhendu', 'Somnath', 'Dibyendu', 'Indrajit'],
        ['Majumdar', 'Bhowmick', 'Sanyal', 'Moitra', 'Basak', 'Saha', 'Mohapatra', 'Panigrahi', 'Satpathy', 'Tripathy', 'Behera', 'Jena', 'Swain', 'Samal', 'Barua', 'Bordoloi', 'Borthakur', 'Gogoi', 'Hazarika', 'Kalita', 'Medhi', 'Phukan', 'Saikia', 'Baruah']),
    "west_in": (['Aadhya', 'Anvita', 'Bhairavi', 'Damayanti', 'Eshita', 'Gargi', 'Indumati', 'Kalyani', 'Madhulika', 'Nivedita', 'Pallavi', 'Tanaya', 'Hemangi', 'Jinal', 'Payal', 'Trupti'],
        ['Aniruddha', 'Bhaskar', 'Eknath', 'Gajanan', 'Jagannath', 'Kaustubh', 'Lokesh', 'Mahendra', 'Prasanna', 'Shashank', 'Umakant', 'Vighnesh', 'Yashwant', 'Dhaval', 'Rupesh', 'Tushar', 'Darshan'],
        ['Apte', 'Bapat', 'Phadke', 'Sathe', 'Vaidya', 'Khandekar', 'Paranjpe', 'Dharmadhikari', 'Chitale', 'Upadhyaya', 'Dwivedi', 'Chaturvedi', 'Shukla', 'Bajpai', 'Dikshit', 'Parekh', 'Sanghvi', 'Thaker', 'Vakil']),
}  # fmt: skip
CULTURES = tuple(NAMES)


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, ...]]  # first-level region (keep) -> invented towns (ADDRESS)
    streets: tuple[str, ...]  # fill patterns of a street line
    postcode: dict[str, str]  # region -> fill pattern
    region_abbr: dict[str, str]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Georgia": ("Ocmulgee Bend", "Turnipseed Crossroads", "Sumac Hollow", "Pinetta Mill"),
        "Alabama": ("Coosada Springs", "Tallassee Ferry Landing", "Hatchechubbee Flats", "Loachapoka Grove"),
        "Tennessee": ("Hickory Flat Gap", "Cane Creek Bottom", "Sewanee Hollow", "Bumpus Mills Station"),
        "Mississippi": ("Noxapater Landing", "Yalobusha Grove", "Pelahatchie Bend", "Sallis Crossing"),
    }, ("%### Sugarberry Ln", "%## Chinaberry Rd", "%### Persimmon Hill Dr", "%#### County Road %##", "%## Muscadine Way Apt %",
        "%### Sweetgum Ct", "%#### Old Sawmill Rd", "%## Catalpa St Apt %@"),
        {"Georgia": "31###", "Alabama": "36###", "Tennessee": "37###", "Mississippi": "39###"},
        {"Georgia": "GA", "Alabama": "AL", "Tennessee": "TN", "Mississippi": "MS"},
        ("(478) ^##-####", "(334) ^##-####", "(931) ^##-####", "(662) ^##-####", "^##-^##-####"),
        ("gmail.com", "yahoo.com", "att.net", "bellsouth.net", "icloud.com"), ("us_south", "us_south", "us_south", "telugu", "west_in")),
    Loc("CA", "Canada", {
        "New Brunswick": ("Cap-Lumière Est", "Saint-Ignace-de-Kent", "Pointe-Sapin Nord", "Rogersville Ouest"),
        "Québec": ("Saint-Zénon-du-Lac", "Lac-aux-Sables Ouest", "Sainte-Béatrix-Station", "Notre-Dame-des-Érables"),
        "Ontario": ("Mallorytown Landing", "Harrowsmith Corners", "Tamworth Mills", "Verona Narrows"),
        "Nova Scotia": ("Tusket Falls", "Meteghan Station Nord", "Wedgeport Cove", "Saulnierville Ridge"),
    }, ("%## rue des Érables", "%### chemin du Portage", "%### Route %##", "%## Concession Rd %", "%## Tamarack Cres", "%### rang Saint-Isidore",
        "Apt %0%, %## Balsam Fir Dr"),
        {"New Brunswick": "E%@ %@%", "Québec": "G%@ %@%", "Ontario": "K%@ %@%", "Nova Scotia": "B%@ %@%"},
        {"New Brunswick": "NB", "Québec": "QC", "Ontario": "ON", "Nova Scotia": "NS"},
        ("(506) ^##-####", "506-^##-####", "(418) ^##-####", "(613) ^##-####", "(902) ^##-####"),
        ("gmail.com", "hotmail.ca", "rogers.com", "videotron.ca", "nb.sympatico.ca"), ("acadian", "acadian", "tamil_sl", "telugu")),
    Loc("GB", "United Kingdom", {
        "England": ("Treskillard Vean", "Pencoys Cross", "Nether Wibsey", "Oxspring Moor", "Lindley Moorside"),
        "Scotland": ("Auchenbrack Mains", "Kilbirnie Muirhead", "Drumlemble Steadings"),
        "Wales": ("Pontrhydygroes Isaf", "Llangwyryfon Bach", "Cwmystwyth Uchaf"),
    }, ("%# Chapel Terrace", "%# Trevithick Row", "%## Quarry Bank Road", "Flat %, Wesley Court", "%# Mill Hey Lane", "%## Engine House Lane",
        "%# Tregenna Close", "Flat %@, %# Ropewalk Mews"),
        {"England": "TR%# %@@", "Scotland": "KA%# %@@", "Wales": "SY%# %@@"},
        {},
        ("01209 ^#####", "07^## ######", "01484 ^#####", "01563 ^#####", "+44 7^## ######"),
        ("btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"), ("british", "british", "british", "tamil_sl", "west_in", "sinhala")),
    Loc("AU", "Australia", {
        "Queensland": ("Wallaroo Creek", "Bunyip Flat", "Kooralbyn Downs"),
        "Victoria": ("Koorooman East", "Mirboo Gap", "Tarwin Siding"),
        "New South Wales": ("Yarrabandai West", "Bundella Siding", "Coolah Tops Crossing"),
        "Western Australia": ("Kulyaling Soak", "Narraloggan Rise", "Yornaning Well"),
    }, ("%# Wattlebird Cres", "%## Ironbark Rd", "%# Banksia Pde", "Unit %/%# Corella St", "%## Lilly Pilly Dr", "%# Currawong Ct",
        "Lot %## Bottlebrush Way"),
        {"Queensland": "4^##", "Victoria": "3^##", "New South Wales": "2^##", "Western Australia": "6^##"},
        {"Queensland": "QLD", "Victoria": "VIC", "New South Wales": "NSW", "Western Australia": "WA"},
        ("(07) ^### ####", "04^# ### ###", "(03) ^### ####", "(02) ^### ####", "(08) ^### ####", "+61 4^# ### ###"),
        ("bigpond.com", "gmail.com", "outlook.com.au", "iinet.net.au", "optusnet.com.au"), ("british", "british", "sinhala", "tamil_sl", "kannada")),
    Loc("IN", "India", {
        "Karnataka": ("Byatarayanahalli", "Kodigehalli Palya", "Hosakote Kaval"),
        "Telangana": ("Kothagudem Thanda", "Peddapalli Gudem", "Nagaram Thanda"),
        "Odisha": ("Sankarpur Sasan", "Balipatna Sahi", "Kuanrpur Patna"),
        "Maharashtra": ("Wadgaon Budruk Khurd", "Shirwal Peth", "Kalamb Wadi"),
        "Assam": ("Dhekiajuli Gaon", "Borbheta Chariali", "Nalbari Pathar"),
    }, ("Flat %@, Sai Krupa Residency, 6th Cross", "H.No. %-%-%##, Ward %", "Plot %#, 2nd Cross, 9th Main", "No. %##, Ganesh Nilaya, 1st Main Road",
        "Door No. %#-%##, Temple Street", "Qr. No. @/%#, Sector %"),
        {"Karnataka": "56%###", "Telangana": "50%###", "Odisha": "75%###", "Maharashtra": "41%###", "Assam": "78%###"},
        {},
        ("+91 9^### #####", "9^###-#####", "+91-8^########", "7^### #####"),
        ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"), ()),
]}  # fmt: skip
IN_CULTURE = {"Karnataka": "kannada", "Telangana": "telugu", "Odisha": "east_in", "Maharashtra": "west_in", "Assam": "east_in"}


@dataclass(slots=True)
class Person:
    given: str
    family: str
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    town: str
    line: str
    postcode: str
    phone: str
    phone2: str
    email: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        return self.given.split()[0]


def _ascii(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person of `loc`; `used` keeps every name word of one document distinct (no ambiguous labels)."""
    region = home.region if home else rng.choice(list(loc.regions))
    if culture is None:
        culture = IN_CULTURE[region] if loc.code == "IN" and rng.random() < 0.7 else rng.choice(loc.cultures or CULTURES[5:])
    female = rng.random() < 0.5 if female is None else female
    fem, mal, fam = NAMES[culture]
    given = rng.choice([g for g in (fem if female else mal) if not set(g.split()) & used] or (fem if female else mal))
    if family is None:
        family = rng.choice([f for f in fam if f not in used] or fam)
    used.update(given.split())
    used.add(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    town = home.town if home else rng.choice(loc.regions[region])
    line = home.line if home else fill(rng, rng.choice(loc.streets))
    pc = home.postcode if home else fill(rng, loc.postcode[region])
    user = _ascii(f"{given.split()[0]}{rng.choice(['.', '_', ''])}{family}").lower().replace("'", "")
    email = f"{user}{rng.choice(['', str(rng.randint(1, 99)), str(dob.year % 100)])}@{rng.choice(loc.mails)}"
    return Person(given, family, culture, female, dob, loc, region, town, line, pc,
                  fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)), email)  # fmt: skip


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces, the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, r = w.loc.code, w.region
    if c in ("US", "CA", "AU"):
        return (A(w.line), ", ", A(w.town), f", {w.loc.region_abbr[r]} ", Z(w.postcode))
    if c == "GB":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f", {r} - ", Z(w.postcode))


assert K and P and Slot  # re-exported for the corpus
