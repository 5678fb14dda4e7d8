# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the sixty-seventh probe: the patient data that analysts and
AI agents at five invented health systems of the US Southeast (the North Carolina Triad, the South Carolina
Upstate, East Tennessee, north-east Georgia and south-central Kentucky) load, query and print (synthetic
only; no real patient, clinician or analyst). Name words are Southern Anglo (Piedmont and Appalachian family
names, old rural and modern given names), African American, Mexican American, and those of the refugee
communities the region's resettlement offices serve -- Bhutanese-Nepali, Congolese, Montagnard (Jarai and Rhade
family names), Haitian and Bosnian -- combined at random: never a real person. They were checked against every
string of the people tables of probes 1-64 before any measurement (test_probe67: no shared name word).

Towns, counties and streets are invented; states are real and keep when written alone. Health systems,
hospitals, warehouses, schemas and tables are invented (keep); payers' names are real programmes and plans
(keep). Numbers are random; NPIs carry a valid Luhn digit and MBIs follow the CMS character rules (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe67 import ids
from tests.engine.probe67.ids import fill

__all__ = ["MAILS", "NAMES", "SITES", "K", "P", "Person", "Site", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "piedmont": (["Aislinn", "Alayna", "Amberly", "Annalise", "Avalynn", "Bethanne", "Brenna", "Callie", "Camryn", "Carleigh", "Collette",
                  "Elaina", "Elora", "Fallon", "Haleigh", "Josslyn", "Kaelyn", "Kailey", "Laci", "Lauryn", "Lorelai", "Madelyn", "Maybelle",
                  "Noelle", "Skyla", "Tessa", "Waverly", "Adaline", "Arvilla", "Leatha", "Lillie", "Louella", "Margery", "Wilda", "Oletha",
                  "Braylee", "Kennedi", "Leighanna", "Rayna", "Westlyn", "Inell", "Ethelene", "Exie", "Madge", "Vesta", "Belva", "Corene",
                  "Fleta", "Lavada", "Mable", "Roxie", "Texie", "Faye", "Larissa", "Cassidy", "Caitlyn", "Arianna", "Payton"],
                 ["Aiden", "Finnegan", "Gannon", "Kirby", "Jayce", "Braden", "Lathan", "Maxon", "Titus", "Sheldon", "Wilburn", "Burley",
                  "Linwood", "Oren", "Wendel", "Zachariah", "Ancel", "Benny", "Boyce", "Emmitt", "Foy", "Herschel", "Lanny", "Milford",
                  "Norvel", "Orbie", "Rudolph", "Spurgeon", "Virgle", "Wilford", "Truman", "Tristen"],
                 ["Abshire", "Adcock", "Albright", "Alderman", "Allred", "Alvey", "Arledge", "Aultman", "Ausley", "Autry", "Aycock", "Babcock",
                  "Baggett", "Bainbridge", "Barlowe", "Barnhill", "Beaty", "Beddingfield", "Belcher", "Benfield", "Biddle", "Bingham",
                  "Birchfield", "Bollinger", "Bowden", "Brannon", "Braswell", "Breedlove", "Brewington", "Brogdon", "Brownlee", "Bullard",
                  "Burkett", "Burnette", "Buttrey", "Cathey", "Causey", "Clabough", "Clanton", "Cogdill", "Colvin", "Corley", "Councill",
                  "Creech", "Cribb", "Cromer", "Crowder", "Cuthbertson", "Dameron", "Deese", "Dellinger", "Denning", "Dewberry", "Dunagan",
                  "Eakins", "Epperson", "Farabee", "Farrow", "Fincher", "Fitts", "Fortner", "Foust", "Frady", "Fryar", "Fussell", "Glasscock",
                  "Godsey", "Gooch", "Grantham", "Grimsley", "Grubb", "Gunter", "Hamrick", "Harkey", "Hatley", "Heffner", "Helton", "Hembree",
                  "Hiatt", "Hipp", "Hobgood", "Honea", "Hufstedler", "Ingle", "Killough", "Kinlaw", "Knott", "Lamm", "Lathrop", "Letchworth",
                  "Lindley", "Loftin", "Lowder", "Mabe", "Mashburn", "Massengill", "McElroy", "McGlothlin", "McIver", "McLamb", "McNeill",
                  "Meacham", "Overcash", "Owensby", "Pendley", "Presnell", "Prevatte", "Proffitt", "Rippy", "Roark", "Seagraves", "Sigmon",
                  "Stamey", "Sutphin", "Tingen", "Vestal", "Yokley"]),
    "black": (["Sharice", "Takiyah", "Nyasia", "Daijah", "Jaida", "Tommie", "Quinnie", "Versie", "Wessie", "Tiara", "Jazmyn", "Daisha",
               "Jalissa", "Jaylah"],
              ["Laquan", "Rashawn", "Javion", "Dontrell", "Zion", "Coley", "Ulis", "Leamon"],
              ["Gainey", "Hightower", "Mobbs", "Conyers", "Canady", "Sasser", "Revels", "Redd", "Peay", "Sams", "Myrick", "Wagstaff", "Neely",
               "Nunnery", "Parnell", "Priddy", "Raley", "Rodgers", "Rouse", "Sauls", "Sikes", "Snipes", "Surratt", "Thrower", "Towery", "Wray"]),
    "latino": (["Paola", "Keyla", "Citlaly", "Janeli", "Nataly", "Sarahi", "Zitlali"],
               ["Emiliano", "Humberto", "Joaquin", "Misael"],
               ["Arreguin", "Camarena", "Renteria", "Ceja", "Gamez", "Luevano", "Ornelas", "Ruelas", "Sauceda", "Sotelo"]),
    "nepali": (["Sumitra", "Jamuna", "Parbati", "Menuka", "Chhali"],
               ["Dilli", "Bhakta", "Dhruba", "Indra"],
               ["Khanal", "Poudel", "Upreti", "Kafle", "Siwakoti"]),
    "congolese": (["Tshibola", "Kapinga", "Mujinga", "Ntumba", "Esperance", "Riziki", "Mwauka", "Kanyinda"],
                  ["Faustin", "Dieudonne", "Bienvenu", "Espoir", "Mbuyi"],
                  ["Kabongo", "Tshimanga", "Kasongo", "Mutombo", "Kalombo", "Mulumba", "Ngoy", "Tshibangu", "Kazadi", "Mbaya", "Kanku",
                   "Mukuna", "Kayembe", "Nkongolo"]),
    "montagnard": (["Hlien", "Hbia", "Hnhim", "Hmai", "Hblong"],
                   ["Ython", "Ydhon", "Ybhim", "Ykuo"],
                   ["Ksor", "Rmah", "Rahlan", "Kpa", "Mlo", "Ayun", "Eban", "Adrong", "Mdrang", "Kpor", "Rcom"]),
    "haitian": (["Wideline", "Kettely", "Dieumene", "Sandrine"],
                ["Roodly", "Mackendy", "Jeanel"],
                ["Dorvilus", "Noncent", "Joassaint", "Lafontant", "Paultre", "Sanon", "Tertulien", "Zephir"]),
    "bosnian": (["Emina", "Amra", "Amela", "Lejla"],
                ["Edin", "Senad", "Elvir", "Damir", "Nedim", "Almir", "Dzenan", "Kenan"],
                ["Hodzic", "Mehmedovic", "Begic", "Kovacevic", "Alic", "Hadzic", "Mujic", "Osmanovic", "Salihovic", "Smajic", "Hasanovic",
                 "Delic", "Zukic", "Husic"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Site:
    code: str  # state abbreviation (plain inside an address, keep alone)
    state: str  # keep
    cultures: tuple[str, ...]  # patients' cultures, weighted by repetition
    towns: tuple[str, ...]  # invented towns (ADDRESS)
    counties: tuple[str, ...]  # invented counties (ADDRESS)
    streets: tuple[str, ...]  # fill patterns of a street line (ADDRESS)
    zips: tuple[str, ...]  # fill patterns (ZIP)
    phones: tuple[str, ...]  # area codes
    system: str  # health system (keep)
    short: str  # the system's short name (keep; schemas, hosts)
    domain: str  # the system's mail domain
    hospitals: tuple[str, ...]  # keep
    clinics: tuple[str, ...]  # keep
    mrn: str  # fill pattern of the system's MRN
    payers: tuple[tuple[str, str], ...]  # (payer name -- keep, member-number shape)


SITES: dict[str, Site] = {s.code: s for s in [
    Site("NC", "North Carolina", ("piedmont", "piedmont", "piedmont", "black", "black", "latino", "montagnard", "congolese", "nepali"),
         ("Haw Shoals", "Buffalo Ford", "Sandy Ridge Crossing", "Pilot Knob Station", "Deep River Mills", "Cedar Falls Junction", "Sapona Gap"),
         ("Sapona County", "Uwharrie Forks County", "Reedy Fork County"),
         ("%### Persimmon Ridge Rd", "%## Chinquapin Ln", "%#### Millrace Rd Lot %#", "%### Possum Trot Rd", "%## Muscadine Way Apt %@",
          "%#### Tobacco Barn Rd", "%### Gristmill Trce", "PO Box %###"),
         ("272##", "273##", "274##"), ("336", "743"), "Haw River Health", "HRH", "hawriverhealth.org",
         ("Haw River Medical Center", "Deep River Mills Community Hospital"), ("Buffalo Ford Family Medicine", "Haw River Endocrine Associates"),
         "E%######", (("NC Medicaid (WellCare of North Carolina)", "medicaid"), ("Blue Cross NC", "bcbs"), ("Humana Gold Plus", "humana"), ("Medicare Part B", "mbi"))),
    Site("SC", "South Carolina", ("piedmont", "piedmont", "black", "black", "black", "latino", "latino"),
         ("Tyger Shoals", "Enoree Crossroads", "Pacolet Bend", "Glassy Rock Station", "Fairforest Mill", "Lawsons Fork Landing"),
         ("Enoree County", "Tyger River County"),
         ("%### Sassafras Hollow Rd", "%## Tupelo Bend Dr Apt %#", "%### Quail Covey Ln", "%## Pawpaw St Apt %@", "%#### Hickory Flat Hwy",
          "%### Yellowhammer Dr", "%### Cider Press Ln"),
         ("293##", "296##"), ("864",), "Saluda Foothills Health", "SFH", "saludafoothills.org",
         ("Saluda Foothills Regional Medical Center", "Pacolet Bend Hospital"), ("Tyger Shoals Primary Care", "Foothills Kidney Care"),
         "00%######", (("Healthy Blue by BlueChoice", "medicaid"), ("BlueCross BlueShield of South Carolina", "bcbs"), ("Cigna", "cigna"), ("Medicare Part A", "mbi"))),
    Site("TN", "Tennessee", ("piedmont", "piedmont", "piedmont", "piedmont", "black", "latino"),
         ("Chucky Bend", "Limestone Cove Station", "Sinking Creek Hollow", "Lick Skillet Ridge", "Bumpass Cove Mill", "Buladean Flats"),
         ("Nolichucky County", "Clinch Ridge County"),
         ("%### Sweetgum Ct", "%#### Buckeye Knob Rd", "%## Fescue Ln", "%### Dogwood Bluff Rd", "%#### Old Furnace Hwy", "HC %# Box %##",
          "%### Sorghum Mill Rd"),
         ("376##", "377##"), ("423", "865"), "Nolichucky River Health", "NRH", "nolichuckyhealth.org",
         ("Nolichucky River Medical Center", "Clinch Ridge Community Hospital"), ("Chucky Bend Family Practice", "Limestone Cove Pulmonary"),
         "MR%######", (("TennCare (BlueCare Tennessee)", "medicaid"), ("Cigna", "cigna"), ("Aetna", "aetna"), ("Medicare Part B", "mbi"))),
    Site("GA", "Georgia", ("piedmont", "black", "black", "latino", "latino", "congolese", "nepali", "bosnian", "haitian"),
         ("Soque Crossing", "Chestatee Bend", "Amicalola Springs", "Tesnatee Gap", "Yahoola Mill", "Nacoochee Station"),
         ("Soque County", "Chestatee County"),
         ("%### Indian Creek Pkwy Apt %##", "%## Muscovy Ln", "%#### Ponders Rd", "%### Tallowtree Way", "%## Brickyard Cir Apt %@",
          "%### Kudzu Hollow Dr"),
         ("300##", "305##"), ("470", "706", "404"), "Chattahoochee Foothills Health", "CFH", "cfhealth.org",
         ("Chattahoochee Foothills Medical Center", "Soque Crossing Hospital"), ("Chestatee Refugee Health Clinic", "Yahoola Family Medicine"),
         "%########", (("Peach State Health Plan", "mco"), ("Anthem Blue Cross Blue Shield Georgia", "bcbs"), ("Humana Gold Plus", "humana"), ("Medicare Part B", "mbi"))),
    Site("KY", "Kentucky", ("piedmont", "piedmont", "black", "bosnian", "bosnian", "congolese", "latino"),
         ("Drakes Creek Landing", "Jennings Knob", "Gasper Mill", "Bays Fork Crossing", "Sinking Spring Ridge", "Lost River Station"),
         ("Gasper River County", "Drakes Creek County"),
         ("%### Three Springs Rd", "%## Smallhouse Rd Apt %#", "%#### Louisville Pike", "%### Nashville Rd Lot %#", "%## Cave Mill Ct",
          "%### Lovers Ln Apt %@"),
         ("421##", "427##"), ("270",), "Barren Fork Health", "BFH", "barrenforkhealth.org",
         ("Barren Fork Medical Center", "Gasper Mill Regional Hospital"), ("Drakes Creek Internal Medicine", "Barren Fork International Clinic"),
         "K%######", (("Passport by Molina Healthcare", "mco"), ("Anthem Blue Cross Blue Shield Kentucky", "bcbs"), ("Humana Gold Plus", "humana"), ("Medicare Part B", "mbi"))),
]}  # fmt: skip
MAILS = ("gmail.com", "yahoo.com", "icloud.com", "bellsouth.net", "aol.com", "hotmail.com", "outlook.com", "att.net")
MIDDLE = "ABCDEFGHJKLMNPRSTW"


@dataclass(slots=True)
class Person:
    given: str
    mi: str  # middle initial (plain)
    family: str
    culture: str
    female: bool
    dob: date
    site: Site
    phone: str  # 336-555-0142
    cell: str
    email: str
    line: str
    town: str
    county: str
    zip: str
    zip4: str
    ssn: str
    mrn: str
    empi: str  # enterprise patient ID
    user: str  # login, when the person is staff

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 2}


def _pick(rng: random.Random, values: list[str] | tuple[str, ...], used: set[str]) -> str:
    free = [v for v in values if not (_words(v) & used)]
    return rng.choice(free or list(values))


def _phone(rng: random.Random, site: Site) -> str:
    return f"{rng.choice(site.phones)}-{fill(rng, '^##')}-{fill(rng, '####')}"


def draw_person(rng: random.Random, site: Site, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 84 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person at `site` whose name words are not yet used in the document (`family` fixes a child's family
    name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(site.cultures)
    fs, ms, fam = NAMES[culture]
    given = _pick(rng, fs if female else ms, used)
    used |= _words(given)
    if family is None:
        family = _pick(rng, fam, used)
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = given.lower(), family.lower()
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{dob.year}",
                        f"{g[0]}{f}{rng.randint(10, 999)}"]) + "@" + rng.choice(MAILS)  # fmt: skip
    if home is not None:
        line, town, county, zp, z4 = home.line, home.town, home.county, home.zip, home.zip4
    else:
        line = fill(rng, rng.choice(site.streets))
        town = _pick(rng, site.towns, used)
        county = _pick(rng, site.counties, used)
        used |= {town, county}
        zp, z4 = fill(rng, rng.choice(site.zips)), fill(rng, "####")
    user = rng.choice([f"{g[0]}{f}", f"{g}.{f}", f"{f[:6]}{g[0]}", f"{g[0]}{f[:7]}{rng.randint(1, 9)}"])
    return Person(given, rng.choice(MIDDLE), family, culture, female, dob, site, _phone(rng, site), _phone(rng, site), email, line,
                  town, county, zp, z4, ids.ssn(rng), fill(rng, site.mrn), fill(rng, "%#######"), user)  # fmt: skip
