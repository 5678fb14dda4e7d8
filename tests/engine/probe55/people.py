# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the fifty-fifth probe: health-IT integration and support text
from US health systems -- Kentucky, Georgia, Louisiana, Pennsylvania, Minnesota, California, Illinois and New
Mexico -- with synthetic patients and staff (no real patient or employee). Name words are Appalachian and
Southern (old rural given names, today's Brynleigh / Kason), African American, Cajun, Pennsylvania Amish,
Minnesota Scandinavian, Somali, Hmong, Armenian, Vietnamese, Filipino, Korean, Indian, Polish, Italian, Greek,
Navajo / Pueblo and Mexican American, combined at random within a site's population: never a real person. They
were checked against every string of the people tables of probes 1-52 before any measurement (test_probe55: no
shared name word).

Towns, counties, parishes and street patterns are invented; states are real and are keep values when written
alone. Health systems, hospitals, clinics and server names are invented; payers (Aetna, Humana, UnitedHealthcare,
Cigna, Blue Cross plans, state Medicaid programmes, Medicare) are real organisations and keep, as are their
public payer IDs. Numbers are random; NPIs carry a valid Luhn digit (ids.py; its MBIs are drawn only for the
VistA documents, whose templates print no member number).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe55 import ids
from tests.engine.probe55.ids import fill

__all__ = ["NAMES", "SITES", "K", "P", "Person", "Site", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "appalachian": (["Dollie", "Goldie", "Hazelene", "Ila", "Iva", "Mamie", "Nannie", "Ora", "Reva", "Vena", "Vergie", "Verla", "Zola", "Mozelle", "Earline", "Shirlene", "Alberta", "Georgie"],
                    ["Amon", "Bert", "Cleve", "Coy", "Emory", "Lem", "Murl", "Odis", "Thurman", "Waymon", "Arvel", "Denzil", "Loyd", "Ples", "Otha", "Elvis", "Jody"],
                    ["Akers", "Amburgey", "Blackburn", "Collier", "Cornett", "Gayheart", "Halcomb", "Holbrook", "Kiser", "Maggard", "Slusher", "Gabbard", "Ballard", "McCoy", "Skaggs", "Partin", "Kimsey", "Atchley", "Broyles", "Boggs"]),
    "southern": (["Madisyn", "Brooklynn", "Jordyn", "Peyton", "Kendall", "Alivia", "Annabelle", "Braelyn", "Briella", "Emery", "Evelynn", "Finley", "Hallie", "Kimber", "Laney", "Lyla", "Macie", "Mallory", "Mylee", "Presley", "Raegan", "Raelyn", "Rosalee", "Shiloh", "Skylar", "Teagan", "Zoey", "Brynleigh", "Kynlee", "Adley", "Novalee", "Ryleigh", "Haisley", "Kambri", "Khloe", "Saylor", "Kenley", "Brynn", "Addison", "Avery"],
                 ["Bennett", "Brady", "Cade", "Cale", "Camden", "Channing", "Conner", "Corbin", "Dawson", "Drake", "Grady", "Jaden", "Jase", "Jensen", "Judah", "Kolby", "Lawson", "Lochlan", "Maxton", "Preston", "Reid", "Ryland", "Sutter", "Tripp", "Wilder", "Zander", "Trenton", "Landen", "Greyson", "Remington", "Jaxson", "Hudson", "Carson", "Kason"],
                 ["Ackerman", "Barksdale", "Beasley", "Bozeman", "Caldwell", "Castleberry", "Chastain", "Childers", "Clary", "Cofield", "Colquitt", "Conley", "Cranford", "Crockett", "Darden", "Denham", "Dickerson", "Easley", "Elkins", "Embry", "Farrar", "Gilley", "Hamby", "Hankins", "Harbin", "Haynie", "Heflin", "Hinson", "Hooper", "Hornsby", "Hudgins", "Hutchins", "Lovelace", "Massey", "McAlister", "McClendon", "McNabb", "Medlin", "Newsome", "Padgett", "Pickett", "Purvis", "Rhoden", "Shelnutt", "Sturdivant", "Waddell", "Whatley", "Wilkerson", "Lockamy", "Bulloch"]),
    "african_american": (["Aisha", "Alisha", "Felicia", "Lashawn", "Shaunte", "Tierra", "Aniya", "Jaliyah", "Londyn", "Nyla", "Taliyah", "Shamika", "Brandy", "Vickie", "Sherri", "Dorothea", "Shalonda", "Jamesha", "Daija", "Amaris"],
                         ["Terrance", "Travon", "Jamari", "Kamden", "Amir", "Keon", "Raekwon", "Kamari", "Ja'Marcus", "Isaiah", "Elijah", "Tyree", "Jaheim", "Lorenzo"],
                         ["Bynum", "McNeil", "Sampson", "Tolbert", "Mims", "Fluker", "Gadson", "Manigault", "Grice", "Pough", "Twitty", "McCray", "Saulsberry", "Burrell", "Lewter", "Stovall", "Lyles", "Wiggins", "Woodard", "McDaniel", "McGee"]),
    "cajun": (["Desiree", "Noelie", "Clotile", "Odette", "Noemie", "Eloise"],
              ["Alphonse", "Alcee", "Onezime", "Theophile", "Elphege", "Ulysse", "Ambroise", "Lastie"],
              ["Robichaux", "Benoit", "Comeaux", "Theriot", "Leger", "Babineaux", "Dupuis", "Boutte", "Thibodaux", "Guilbeau", "Granger", "Sonnier", "Credeur", "Meaux", "Duhon", "Gautreaux"]),
    "amish": (["Naomi", "Rebekah", "Lydia", "Malinda", "Katie", "Susie", "Ida"],
              ["Levi", "Eli", "Mose", "Mahlon", "Jonas", "Enos", "Reuben", "Ammon"],
              ["Stutzman", "Miller", "Beiler", "Esh", "Lapp", "Glick", "Riehl", "Mast", "Schlabach", "Stoltzfoos", "Zimmerman", "Smucker", "Ebersol", "Nolt", "Burkholder", "Yutzy", "Bontrager", "Borntrager", "Wengerd", "Helmuth"]),
    "scandinavian": (["Arlys", "Marit", "Delores", "Myrna", "Arlette"],
                     ["Maynard", "Lars", "Kermit", "Halvor", "Duane"],
                     ["Ahlstrom", "Bergquist", "Ekstrom", "Hovland", "Lundquist", "Mattson", "Quam", "Sletten", "Stenberg", "Ulberg", "Ostby", "Nygaard", "Tveit", "Thompson"]),
    "somali": (["Fartun", "Farhiya", "Ikran", "Amina", "Safiya", "Hibo", "Sahro", "Hawo", "Hinda", "Filsan", "Shukri", "Ayan", "Ilhan", "Istahil"],
               ["Mohamed", "Zakariye", "Farhan", "Abdifatah", "Jibril", "Ahmed", "Mohamoud", "Olad", "Keynan", "Mustafe", "Abdirashid", "Hussein", "Sharmarke"],
               ["Abdi", "Hassan", "Ali", "Dahir", "Barre", "Duale", "Elmi", "Gedi", "Kahin", "Mahamud", "Roble", "Warfa", "Gelle", "Egeh", "Ugas", "Jimale", "Qorane"]),
    "hmong": (["Yia", "Phia", "Choua", "Kalia", "Pakou", "Xia", "Tria"],
              ["Chong", "Toua", "Boua", "Xong", "Fue", "Koua", "Xai"],
              ["Chu", "Pha", "Heu"]),
    "armenian": (["Ani", "Lilit", "Anush", "Siranoush", "Talin", "Taline", "Nairi"],
                 ["Areg", "Levon", "Hagop", "Garabed", "Sarkis", "Vahe", "Raffi", "Arsen", "Shant"],
                 ["Arakelian", "Baghdasarian", "Derderian", "Gasparian", "Hovsepian", "Kazarian", "Manoukian", "Nazarian", "Simonian", "Tashjian", "Yeghiazarian", "Ohanian", "Boyajian", "Kalajian", "Papazian", "Hagopian", "Krikorian", "Mardirosian", "Bedrosian", "Garabedian", "Minassian", "Sahakian", "Zakarian"]),
    "vietnamese": (["Tram", "Suong", "Tuyen", "Lien", "Quyen"],
                   ["Phong", "Dat", "Nhan", "Trung", "Tien", "Huy", "Thang"],
                   ["Nghiem", "Thieu", "Kha", "Dien", "Dao", "Lich"]),
    "filipino": (["Annaliza", "Jesusa", "Lovella", "Marivel", "Marlou"],
                 ["Jomari", "Florante", "Junjun", "Noel", "Renante"],
                 ["Bernardo", "Buenaflor", "Sumaoang", "Dulay", "Domingo", "Ancheta", "Guerrero", "Pagaduan", "Tabios", "Agustin", "Caoile", "Abalos", "Arceo", "Dagdag", "Espiritu", "Icasiano", "Navarro"]),
    "korean": (["Eunbi", "Sunhee", "Jisoo"],
               ["Youngsoo", "Seojun", "Hyunjin"],
               ["Pyun", "Rhee", "Whang", "Shim", "Ryoo", "Kahng", "Suh", "Uhm"]),
    "indian": (["Kavita", "Swati", "Meena", "Lata", "Usha", "Neha", "Ritu", "Shilpa", "Kiran"],
               ["Deepak", "Vijay", "Gaurav", "Amit"],
               ["Bhatt", "Chopra", "Dutta", "Ghosh", "Gupta", "Jain", "Mishra", "Pandey", "Saxena", "Sharma", "Tiwari", "Varma", "Chaudhary", "Singh"]),
    "polish": (["Janina", "Bronislawa", "Aniela"],
               ["Wieslaw", "Wladyslaw", "Czeslaw", "Stanislaus", "Slawomir", "Jerzy", "Boleslaw"],
               ["Nowakowski", "Gorski", "Kozlowski", "Wrobel", "Kwiatkowski", "Stepien", "Bielawski", "Pawlowski", "Urbanski", "Kaczor"]),
    "italian": (["Santina", "Pina"],
                ["Vito", "Antonino", "Enzo"],
                ["Capobianco", "Acquaviva", "Buccellato", "Cannizzaro", "DiMaggio", "Gallo", "Mazzola", "Sorrentino"]),
    "greek": (["Eftihia", "Ioanna"],
              ["Kostas", "Demos", "Vasilios", "Panayiotis", "Haralambos", "Spyros"],
              ["Karras", "Pappas", "Anagnostou", "Kostopoulos", "Andreou", "Giannakopoulos", "Lambrou", "Theodorou"]),
    "navajo": (["Marlinda", "Arleen", "Rosita", "Lorinda", "Kayleen", "Lorena"],
               ["Leander", "Harrison", "Darrell"],
               ["Tso", "Yellowman", "Kinlicheenie", "Bowannie", "Lente", "Tohannie", "Largo", "Cly", "Tsinnijinnie", "Bitsoi", "Haskie", "Peshlakai", "Silversmith", "Skeet"]),
    "mexican_american": (["Anahi"],
                         ["Jesus"],
                         ["Espinosa", "Nava", "Rangel", "Velasquez", "Chavarria", "Castro", "Gutierrez", "Ramirez"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Site:
    code: str
    state: str
    cultures: tuple[str, ...]
    towns: tuple[str, ...]  # invented towns / communities (ADDRESS)
    counties: tuple[str, ...]  # invented counties / parishes (ADDRESS)
    streets: tuple[str, ...]  # fill patterns of a street line (ADDRESS)
    zips: tuple[str, ...]  # fill patterns (ZIP)
    phones: tuple[str, ...]  # area codes
    system: str  # health system (keep)
    domain: str  # the system's mail domain
    hospitals: tuple[str, ...]  # keep
    clinics: tuple[str, ...]  # keep
    fac: str  # facility mnemonic (plain)
    payers: tuple[tuple[str, str, str], ...]  # (payer name, payer ID, member-number shape) keep name and ID


SITES: dict[str, Site] = {s.code: s for s in [
    Site("KY", "Kentucky", ("appalachian", "appalachian", "southern"),
         ("Stoney Lick", "Puncheon Camp", "Caney Fork Junction", "Redbird Crossing", "Sassafras Gap", "Lick Branch", "Troublesome Creek", "Hindman Forks"),
         ("Big Laurel County", "Poor Fork County", "Upper Cumberland County"),
         ("%### Right Fork Rd", "%## Stinking Creek Rd", "HC %# Box %##", "%### Old Hwy %#", "%## Coal Camp Hollow Rd", "%### Pine Mountain Rd Lot %"),
         ("417##", "418##", "408##"), ("606",), "Cumberland Ridge Health", "cumberlandridge.org",
         ("Cumberland Ridge Medical Center", "Redbird Valley Community Hospital"), ("Poor Fork Family Clinic", "Ridge Cardiology Associates"), "CRMC",
         (("Humana Gold Plus HMO", "61101", "humana"), ("Anthem Blue Cross and Blue Shield", "00660", "bcbs"), ("Kentucky Medicaid", "KYMCD", "medicaid"), ("Medicare Part B", "15102", "mbi"))),
    Site("GA", "Georgia", ("southern", "african_american", "african_american", "korean", "indian"),
         ("Ocmulgee Bluff", "Piney Bottom", "Altamaha Crossing", "Cotton Hill", "Sumter Springs", "Okefenokee Landing", "Oconee Shoals"),
         ("Satilla County", "Ohoopee County", "Tobesofkee County"),
         ("%### Pecan Orchard Dr", "%## Sandhill Church Rd", "%### Peachtree Industrial Blvd Apt %##", "%## Magnolia Bluff Ct", "%### Old Dixie Hwy", "%## Sweetgum Trl"),
         ("310##", "315##", "317##"), ("478", "912", "229"), "Piedmont Wiregrass Health", "pwhealth.org",
         ("Wiregrass Regional Medical Center", "Ocmulgee Bluff Memorial Hospital"), ("Sandhill Pediatrics", "Wiregrass Internal Medicine"), "WRMC",
         (("Aetna", "60054", "aetna"), ("UnitedHealthcare", "87726", "uhc"), ("Georgia Medicaid (Amerigroup)", "26375", "mco"), ("Medicare Part A", "10299", "mbi"))),
    Site("LA", "Louisiana", ("cajun", "cajun", "african_american", "vietnamese"),
         ("Bayou Crapaud", "Grand Coteau Nord", "Pointe Noire", "Isle Plaquemine", "Belle Rose Landing", "Vermilion Ridge"),
         ("St. Remy Parish", "Attakapas Parish", "Lafourche Haute Parish"),
         ("%### Bayou Teche Rd", "%## Rue Chenier", "%### LA-%## Hwy", "%## Pirogue Ln", "%### Coulee Crossing Apt %", "%## Cypress Knee Dr"),
         ("705##", "703##"), ("337", "985"), "Acadiana Bayou Health", "acadianabayou.org",
         ("Acadiana Bayou General Hospital", "Pointe Noire Medical Center"), ("Teche Family Medicine", "Bayou Pediatric Clinic"), "ABGH",
         (("Blue Cross and Blue Shield of Louisiana", "53120", "bcbs"), ("Louisiana Healthcare Connections", "68069", "mco"), ("Humana", "61101", "humana"), ("Medicare Part B", "12502", "mbi"))),
    Site("PA", "Pennsylvania", ("amish", "amish", "italian", "polish", "african_american"),
         ("Conestoga Mill", "Pequea Ridge", "Octoraro Forge", "Hinkletown Station", "Mill Creek Crossing", "Susquehanna Bend"),
         ("Conowingo County", "Pequea Valley County"),
         ("%### Old Philadelphia Pike", "%## Groffdale Church Rd", "%### Mount Pleasant Rd", "%## Furnace Hills Pike", "%### Newport Rd", "%## W Main St Apt %"),
         ("175##", "173##"), ("717", "610"), "Conestoga Valley Health", "cvhealth.org",
         ("Conestoga Valley General Hospital", "Pequea Ridge Women's & Babies"), ("Mill Creek Family Practice", "Octoraro Internal Medicine"), "CVGH",
         (("Capital Blue Cross", "23045", "bcbs"), ("Aetna", "60054", "aetna"), ("UnitedHealthcare Community Plan", "87726", "mco"), ("Medicare Part B", "12502", "mbi"))),
    Site("MN", "Minnesota", ("scandinavian", "scandinavian", "somali", "somali", "hmong"),
         ("Lake Sundby", "Tenmile Crossing", "Skandia Prairie", "Norway Lake Center", "Otter Tail Bend", "Pomme de Terre"),
         ("Sundby County", "Lac Qui Sable County"),
         ("%### Cedar Ave S Apt %##", "%## Co Rd %#", "%### 12th St SE", "%## Loon Lake Dr", "%### Riverside Ave Apt %##", "%#### 170th St NW"),
         ("553##", "565##", "554##"), ("320", "612", "651"), "North Star Lakes Health", "nslhealth.org",
         ("North Star Lakes Medical Center", "Otter Tail Bend Hospital"), ("Riverside Family Clinic", "Skandia Prairie Clinic"), "NSLMC",
         (("Medica", "94265", "uhc"), ("Blue Cross and Blue Shield of Minnesota", "00720", "bcbs"), ("Minnesota Medical Assistance", "MNMA", "medicaid"), ("Medicare Part B", "06302", "mbi"))),
    Site("CA", "California", ("armenian", "armenian", "vietnamese", "filipino", "korean", "mexican_american"),
         ("Sunland Oaks", "Valle Pinos", "Rancho Mirlo", "Tujunga Heights", "Verdugo Vista", "Glenoaks Terrace"),
         ("Arroyo Verde County", "San Mirlo County"),
         ("%### N Verdugo Rd Apt %", "%## E Chevy Chase Dr Unit %##", "%#### Bolsa Ave Unit %", "%### Foothill Blvd", "%### W Glenoaks Blvd Apt %##", "%## Kenneth Rd"),
         ("912##", "927##", "913##"), ("818", "714", "626"), "Verdugo Pacific Health", "verdugopacific.org",
         ("Verdugo Pacific Medical Center", "Valle Pinos Community Hospital"), ("Glenoaks Primary Care", "Bolsa Family Health Center"), "VPMC",
         (("Medi-Cal", "MCAL1", "medicaid"), ("Blue Shield of California", "94036", "bcbs"), ("Cigna", "62308", "cigna"), ("Medicare Part B", "01182", "mbi"))),
    Site("IL", "Illinois", ("polish", "greek", "indian", "african_american", "italian", "mexican_american"),
         ("Kedzie Park", "Des Plaines Meadows", "Niles Center", "Berwyn Gardens", "Cicero Terrace", "Avondale Park"),
         ("Kankakee Ridge County", "Des Plaines Valley County"),
         ("%### N Milwaukee Ave Apt %", "%### W Belmont Ave", "%### S Pulaski Rd", "%## Oakton St", "%### W Lawrence Ave Apt %", "%#### S Cicero Ave"),
         ("606##", "607##", "604##"), ("773", "708", "847"), "Prairie Lakeshore Health", "plhealth.org",
         ("Prairie Lakeshore Medical Center", "Des Plaines Meadows Hospital"), ("Avondale Family Health", "Lakeshore Renal Associates"), "PLMC",
         (("Blue Cross and Blue Shield of Illinois", "00621", "bcbs"), ("Aetna Better Health of Illinois", "26337", "mco"), ("Cigna", "62308", "cigna"), ("Medicare Part B", "06102", "mbi"))),
    Site("NM", "New Mexico", ("navajo", "navajo", "mexican_american", "southern"),
         ("Ojo Redondo", "Chuska Flats", "Tohatchi Springs", "Nageezi Crossing", "Crownpoint Mesa", "Red Mesa Chapter"),
         ("Chuska County", "San Mateo County"),
         ("HC %# Box %###", "%### Navajo Route %#", "%## Coal Mine Mesa Rd", "%### E Aztec Ave", "%## Mesa Verde Loop", "PO Box %###"),
         ("873##", "874##"), ("505",), "High Desert Mesa Health", "hdmhealth.org",
         ("High Desert Mesa Medical Center", "Chuska Flats Indian Health Center"), ("Red Mesa Chapter Clinic", "Crownpoint Family Health"), "HDMC",
         (("Centennial Care (Presbyterian)", "77075", "mco"), ("New Mexico Medicaid", "NMMCD", "medicaid"), ("Blue Cross and Blue Shield of New Mexico", "00790", "bcbs"), ("Medicare Part B", "04412", "mbi"))),
]}  # fmt: skip
ST = {"Kentucky": "KY", "Georgia": "GA", "Louisiana": "LA", "Pennsylvania": "PA", "Minnesota": "MN", "California": "CA",
      "Illinois": "IL", "New Mexico": "NM"}  # fmt: skip
MAILS = ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com", "att.net")


@dataclass(slots=True)
class Person:
    given: str
    mi: str  # middle initial (plain)
    family: str
    culture: str
    female: bool
    dob: date
    site: Site
    phone: str
    cell: str
    email: str
    line: str
    town: str
    county: str
    zip: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _words(name: str) -> set[str]:
    return {w for w in name.replace("'", " ").split() if len(w) >= 2}


def _pick(rng: random.Random, values: list[str] | tuple[str, ...], used: set[str]) -> str | None:
    free = [v for v in values if not (_words(v) & used) and v not in used]
    return rng.choice(free) if free else None


# given names that date a person: YOUNG ones only for people born 1988 or later, OLD ones only before 1976
YOUNG = frozenset(["Madisyn", "Brooklynn", "Jordyn", "Peyton", "Alivia", "Braelyn", "Briella", "Emery", "Evelynn", "Finley", "Kimber", "Laney", "Lyla", "Macie", "Mylee", "Presley", "Raegan", "Raelyn", "Rosalee", "Shiloh", "Skylar", "Teagan", "Zoey", "Brynleigh", "Kynlee", "Adley", "Novalee", "Ryleigh", "Haisley", "Kambri", "Khloe", "Saylor", "Kenley", "Brynn", "Addison", "Avery", "Cade", "Cale", "Camden", "Conner", "Corbin", "Dawson", "Jaden", "Jase", "Jensen", "Judah", "Kolby", "Lawson", "Lochlan", "Maxton", "Ryland", "Sutter", "Tripp", "Wilder", "Zander", "Trenton", "Landen", "Greyson", "Remington", "Jaxson", "Hudson", "Carson", "Kason", "Aniya", "Jaliyah", "Londyn", "Nyla", "Taliyah", "Jamesha", "Daija", "Amaris", "Travon", "Jamari", "Kamden", "Amir", "Keon", "Raekwon", "Kamari", "Ja'Marcus", "Jaheim", "Tierra", "Anahi", "Noemie", "Kalia", "Pakou", "Seojun", "Jisoo"])
OLD = frozenset(["Dollie", "Goldie", "Hazelene", "Ila", "Iva", "Mamie", "Nannie", "Ora", "Reva", "Vena", "Vergie", "Verla", "Zola", "Mozelle", "Earline", "Shirlene", "Alberta", "Georgie", "Amon", "Bert", "Cleve", "Coy", "Emory", "Lem", "Murl", "Odis", "Thurman", "Waymon", "Arvel", "Denzil", "Loyd", "Ples", "Otha", "Elvis", "Arlys", "Delores", "Myrna", "Arlette", "Maynard", "Kermit", "Halvor", "Duane", "Bronislawa", "Janina", "Aniela", "Wieslaw", "Wladyslaw", "Czeslaw", "Stanislaus", "Boleslaw", "Dorothea", "Clotile", "Odette", "Alcee", "Onezime", "Theophile", "Elphege", "Ambroise", "Lastie", "Santina", "Pina", "Youngsoo", "Haralambos", "Garabed", "Siranoush", "Marlinda"])


# given names of the Southern and African American tables outside OLD and YOUNG, and these, suit people born 1950 or later
MIDDLE = frozenset(["Kayleen", "Marit", "Jomari", "Junjun", "Renante", "Lovella", "Hyunjin", "Eunbi", "Neha", "Swati", "Ritu", "Gaurav", "Amit", "Keynan", "Ilhan"])
_MODERN = {g for c in ("southern", "african_american") for g in NAMES[c][0] + NAMES[c][1]} - OLD


def _fits(given: str, dob: date) -> bool:
    if given in YOUNG:
        return dob.year >= 1988
    if given in OLD:
        return dob.year < 1976
    return dob.year >= 1950 or not (given in MIDDLE or given in _MODERN)


def draw_person(rng: random.Random, site: Site, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, staff: bool = False) -> Person:  # fmt: skip
    """A person at `site` whose name words are not yet used in the document (`family` fixes a household's
    family name, `home` its address; staff get a work e-mail at the health system). The given name suits
    the person's birth year (YOUNG / OLD)."""
    female = rng.random() < 0.5 if female is None else female
    dob = ref - timedelta(days=rng.randint(*age_days))
    cultures = [culture] if culture else list(site.cultures)
    given = None
    tried: set[str] = set()
    while given is None:
        c = rng.choice(cultures)
        names = NAMES[c][0 if female else 1]
        given = _pick(rng, [g for g in names if _fits(g, dob)], used) or (_pick(rng, names, used) if len(tried) > 12 else None)
        if given is None:  # nothing fits in this culture: another culture of the site, at last any
            tried.add(c)
            cultures = [x for x in site.cultures if x not in tried] or [x for x in NAMES if x not in tried] or list(NAMES)
    used |= _words(given)
    if family is None:
        family = _pick(rng, NAMES[c][2], used) or _pick(rng, [f for x in site.cultures for f in NAMES[x][2]], used)
        assert family is not None
    used |= _words(family)
    mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    g = given.lower().replace("'", "")
    f = family.lower()
    area = rng.choice(site.phones)
    phone = f"({area}) {fill(rng, '^##-####')}"
    cell = f"({rng.choice(site.phones)}) {fill(rng, '^##-####')}"
    if staff:
        email = f"{rng.choice([f'{g}.{f}', f'{g[0]}{f}', f'{f}.{g}'])}@{site.domain}"
    else:
        email = rng.choice([f"{g}.{f}{rng.randint(1, 99)}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(10, 999)}",
                            f"{g}_{dob.year}", f"{g[0]}{f}"]) + "@" + rng.choice(MAILS)  # fmt: skip
    if home is not None:
        line, town, county, zip_ = home.line, home.town, home.county, home.zip
    else:
        line = fill(rng, rng.choice(site.streets))
        town = _pick(rng, site.towns, used) or rng.choice(site.towns)
        county = rng.choice(site.counties)
        zip_ = fill(rng, rng.choice(site.zips))
        used.add(town)
    return Person(given, mi, family, c, female, dob, site, phone, cell, email, line, town, county, zip_)


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    """Every written form of one person's name, dates, contacts and address (x_ prefixed)."""
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    D = lambda v: P("DATE", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    st = ST[w.site.state]
    g, f, G, F = w.given, w.family, w.given.upper(), w.family.upper()
    digits = "".join(c for c in w.phone if c.isdigit())
    cdigits = "".join(c for c in w.cell if c.isdigit())
    fm = f"{w.dob.year - 1700}{w.dob:%m%d}"
    mon = w.dob.strftime("%b").upper()
    ssn = ids.ssn(rng)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(g), f"{x}_f": N(f), f"{x}_G": N(G), f"{x}_F": N(F), f"{x}_N": N(f"{G} {F}"),
        f"{x}_lf": N(f"{f}, {g}"), f"{x}_LF": N(f"{F},{G}"), f"{x}_LFs": N(f"{F}, {G}"), f"{x}_mi": w.mi,
        f"{x}_nm": (N(g), f" {w.mi}. ", N(f)), f"{x}_hl7": (N(F), "^", N(G), "^", w.mi), f"{x}_x12": (N(F), "*", N(G), "*", w.mi),
        f"{x}_dob": D(f"{w.dob:%m/%d/%Y}"), f"{x}_dob8": D(f"{w.dob:%Y%m%d}"), f"{x}_dobiso": D(w.dob.isoformat()),
        f"{x}_dobfm": D(fm), f"{x}_dobfmx": D(f"{mon} {w.dob.day:02d},{w.dob.year}"), f"{x}_dobccl": D(f"{w.dob.day:02d}-{mon}-{w.dob.year}"),
        f"{x}_dobsql": D(f"{w.dob.isoformat()} 00:00:00.000"), f"{x}_dobshort": D(f"{w.dob.month}/{w.dob.day}/{w.dob:%y}"),
        f"{x}_dobvista": D(f"{w.dob.month}-{w.dob.day}-{w.dob:%y}"), f"{x}_dobts": D(f"{w.dob:%Y%m%d}0000-0{rng.choice('5678')}00"),
        f"{x}_age": K(str(age)) if age < 90 else P("AGE", str(age)), f"{x}_sex": "F" if w.female else "M",
        f"{x}_SEX": "FEMALE" if w.female else "MALE", f"{x}_Sex": "Female" if w.female else "Male",
        f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his", f"{x}_him": "her" if w.female else "him",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_cell": P("PHONE", w.cell), f"{x}_phd": P("PHONE", digits), f"{x}_celld": P("PHONE", cdigits),
        f"{x}_phh": P("PHONE", f"({digits[:3]}){digits[3:6]}-{digits[6:]}"), f"{x}_cellh": P("PHONE", f"({cdigits[:3]}){cdigits[3:6]}-{cdigits[6:]}"), f"{x}_phdash": P("PHONE", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"),
        f"{x}_em": P("EMAIL", w.email), f"{x}_EM": P("EMAIL", w.email.upper()),
        f"{x}_line": A(w.line), f"{x}_LINE": A(w.line.upper()), f"{x}_town": A(w.town), f"{x}_TOWN": A(w.town.upper()),
        f"{x}_county": A(w.county), f"{x}_COUNTY": A(w.county.upper().replace(" COUNTY", "").replace(" PARISH", "")),
        f"{x}_zip": Z(w.zip), f"{x}_zip9": Z(w.zip + fill(rng, "####")), f"{x}_st": st, f"{x}_state": K(w.site.state),
        f"{x}_STATE": w.site.state.upper(),
        f"{x}_addr": (A(w.line), ", ", A(w.town), f", {st} ", Z(w.zip)),
        f"{x}_ADDR": (A(w.line.upper()), ", ", A(w.town.upper()), f", {st} ", Z(w.zip)),
        f"{x}_ssn": P("SSN", ssn), f"{x}_ssn9": P("SSN", ssn.replace("-", "")), f"{x}_ssn4": P("SSN", ssn[-4:]),
        f"{x}_npi": P("LICENSE", ids.npi(rng)),
        f"{x}_USER": P("USERNAME", (g[0] + f).upper().replace("'", "")[:8]),
        f"{x}_user": P("USERNAME", rng.choice([f"{f}{g[0]}", f"{g[0]}{f}{rng.randint(1, 9)}", f"{g[:3]}{f[:4]}"]).lower().replace("'", "")),
    }  # fmt: skip
    return s
