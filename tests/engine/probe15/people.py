"""Synthetic people for probe 15: own name, town and street lists, one home region per name culture.

Who a US, UK, Canadian, Indian, Philippine or Mexican hospital's dev team has in its tables: Appalachian,
African-American and Tejano families in the US; Nahua and mestizo families in Mexico (two surnames);
Tagalog and Visayan families in the Philippines; Gujarati and Marathi families in India; Punjabi,
Ukrainian-Canadian and Acadian families in Ontario; Scottish, Welsh, Igbo and Jamaican families in
Britain. Names are plausible combinations, never real people; towns and streets are invented for the
region; numbers are random and identifiers carry valid check digits where one exists
(tests/engine/probe15/ids.py). Values are `P(type, value)` (PHI), `K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, datetime, timedelta

from tests.engine.probe.people import K, P, Slot, fill_same
from tests.engine.probe15 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), home region)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str]] = {
    "appal": (
        ["Lurlene", "Zelphia", "Ernestyne", "Odessie", "Loretha", "Vonceil", "Arvella"],
        ["Thurl", "Dorsel", "Doyce", "Garlon", "Marvis", "Orvel"],
        _same(
            "Honaker",
            "Stidham",
            "Shumate",
            "Kinser",
            "Slemp",
            "Sturgill",
            "Gillenwater",
            "Baisden",
            "Tackett",
        ),
        "us",
    ),
    "aa": (
        ["Quanisha", "Ebonee", "Nakeya", "Deshondra", "Tamyra", "Quintasia", "Shaterra"],
        ["Dontavius", "Jakorian", "Quavion", "Jermarcus", "Demarcus", "Tavaris"],
        _same("Blount", "Toomer", "Pettway", "Stallworth", "Gholston", "Threatt", "Pinkston", "Culpepper"),
        "us",
    ),
    "tejano": (
        ["Anaberta", "Nohemí", "Maricruz", "Yadira"],
        ["Filiberto", "Servando", "Baldemar", "Anastacio"],
        _same("Zamarripa", "Ocañas", "Zertuche", "Garduño", "Zavaleta", "Cavazos"),
        "us",
    ),
    "mx": (
        ["Xitlalic", "Maricarmen", "Yoalli", "Citlali"],
        ["Macrino", "Hermelindo", "Tlacaélel", "Wenceslao"],
        _same(
            "Cuapio",
            "Ixtlapale",
            "Coyotzi",
            "Arellanes",
            "Bocanegra",
            "Tepichin",
            "Zempoalteca",
            "Cuatecontzi",
            "Acoltzi",
            "Tzompantzi",
        ),
        "mx",
    ),
    "ph": (
        ["Jhonalyn", "Jinky", "Glydel", "Lhiezel"],
        ["Ramelito", "Nonoy", "Jhayvee", "Jerwin", "Rhenz"],
        _same(
            "Lagman",
            "Dumalagan",
            "Ylagan",
            "Pagdanganan",
            "Balagtas",
            "Macatangay",
            "Cabrido",
            "Dinglasan",
        ),
        "ph",
    ),
    "in": (
        ["Sayali", "Rujuta", "Ketaki", "Manasi", "Komal"],
        ["Nimesh", "Hrishikesh", "Omkar", "Darshil", "Mandar", "Chinmay", "Ninad"],
        _same(
            "Kotecha",
            "Phadnis",
            "Dholakia",
            "Vakharia",
            "Karandikar",
            "Bhagwat",
            "Ranade",
            "Patwardhan",
            "Mhatre",
            "Zaveri",
        ),
        "in",
    ),
    "punjabi": (
        ["Harleen", "Gurleen", "Simranjit", "Navneet", "Jasleen"],
        ["Harjot", "Sukhdeep", "Amritpal", "Balraj"],
        _same("Khangura", "Gosal", "Pannu", "Jhutti", "Aujla", "Grewal"),
        "ca",
    ),
    "ukr": (
        ["Marusia", "Zoryana", "Solomiya"],
        ["Myroslav", "Danylo", "Yurko", "Ivanko", "Orest"],
        [
            ("Kowalchuk", "Kowalchuk"),
            ("Semeniuk", "Semeniuk"),
            ("Yakimchuk", "Yakimchuk"),
            ("Prystupa", "Prystupa"),
            ("Wozniuk", "Wozniuk"),
            ("Fedoruk", "Fedoruk"),
            ("Pylypiuk", "Pylypiuk"),
            ("Holowatsky", "Holowatsky"),
            ("Slobodian", "Slobodian"),
        ],
        "ca",
    ),
    "acadian": (
        ["Laurianne", "Aldéa", "Huguette"],
        ["Euclide", "Hilaire", "Ovide", "Zéphirin"],
        _same(
            "Comeau", "Babineau", "Gaudet", "Bourque", "Haché", "Robichaud", "Chiasson", "Surette", "Goguen"
        ),
        "ca",
    ),
    "celtic": (
        ["Eilidh", "Seonaid", "Kirsteen", "Marsaili", "Mhairi", "Eluned", "Nerys"],
        ["Ruaridh", "Iolo", "Somerled", "Alasdair", "Cadfael"],
        _same("Maclachlan", "Gwilliam", "Mactaggart", "Farquharson", "Macilwraith", "Hughson", "Probert"),
        "gb",
    ),
    "igbo": (
        ["Ngozika", "Ulunma", "Amarachi", "Nneka"],
        ["Chibuike", "Ugochukwu", "Kelechi"],
        _same("Nwankwo", "Ezeigwe", "Onyeka", "Ogbonnaya", "Ezenwa", "Nwokocha", "Okoroafor", "Uzochukwu"),
        "gb",
    ),
    "jamaican": (
        ["Sharmaine", "Oneika", "Icilda", "Merline"],
        ["Delroy", "Kemar", "Ainsley"],
        _same("Wint", "Hylton", "Facey", "Nembhard", "Bogle", "Mcleggon", "Rattray", "Thwaites", "Grimmett"),
        "gb",
    ),
}

# region: towns (name, postcode prefix, first-level division, area code), streets, street pattern
# ({n} number, {s} street), postcode pattern ({p} prefix, # digit, @ letter), phone, mobile, international
# mobile (same number of # as the mobile, filled with the same digits)
PLACES: dict[str, dict[str, object]] = {
    "us": {
        "towns": [
            ("Coalbank Gap", "412", "KY", "606"),
            ("Persimmon Shoals", "356", "AL", "256"),
            ("Mesquite Wells", "785", "TX", "956"),
            ("Harrow Creek Junction", "627", "IL", "217"),
        ],
        "streets": ["Tipple Hollow Rd", "Sorghum Press Ln", "Cattail Slough Dr", "Whippoorwill Knob Rd"],
        "street": "{n} {s}",
        "postcode": "{p}##",
        "phone": "(###) ###-####",
        "mobile": "(###) ###-####",
        "intl": "+1 ###-###-####",
    },
    "gb": {
        "towns": [
            ("Llanfechan Isaf", "LL57", "", ""),
            ("Kilbrannan Muir", "PA28", "", ""),
            ("Netherstowe Green", "WS13", "", ""),
            ("Fenwick Staithes", "NE66", "", ""),
        ],
        "streets": ["Quarrymen's Row", "Tannery Wynd", "Heol y Garreg Ddu", "Ropewalk Close"],
        "street": "{n} {s}",
        "postcode": "{p} #@@",
        "phone": "01### ######",
        "mobile": "07### ######",
        "intl": "+44 7### ######",
    },
    "ca": {
        "towns": [
            ("Tamarack Narrows", "P0T", "ON", "807"),
            ("Kilworthy Falls", "P0B", "ON", "705"),
            ("Mossbank Siding", "K0G", "ON", "613"),
            ("Pinegrove Corners", "N0B", "ON", "519"),
        ],
        "streets": [
            "Muskeg Portage Rd",
            "Loon Call Crescent",
            "Sawmill Bay Concession 4",
            "Chokecherry Lane",
        ],
        "street": "{n} {s}",
        "postcode": "{p} #@#",
        "phone": "(###) ###-####",
        "mobile": "(###) ###-####",
        "intl": "+1 ###-###-####",
    },
    "in": {
        "towns": [
            ("Sonkheda Budruk", "425", "Maharashtra", ""),
            ("Jhanjharpur Kalan", "384", "Gujarat", ""),
            ("Pimpalwadi Tarf", "412", "Maharashtra", ""),
            ("Bhatvadar", "365", "Gujarat", ""),
        ],
        "streets": [
            "Gulmohar Heights, Tilak Nagar",
            "Jalaram Nivas, Navapara Khadki",
            "Shivneri Chowk Extension",
            "Sai Kripa Society, Lane 4",
        ],
        "street": "Flat {n}, {s}",
        "postcode": "{p}###",
        "phone": "02## #######",
        "mobile": "9##### #####",
        "intl": "+91 9##### #####",
    },
    "ph": {
        "towns": [
            ("Pulong Kawayan", "30", "Bulacan", ""),
            ("Sitio Baybay Tubig", "50", "Iloilo", ""),
            ("Poblacion Ilaud", "27", "Ilocos Sur", ""),
            ("Barangay Maliwanag Silangan", "43", "Quezon", ""),
        ],
        "streets": ["Purok Kalachuchi", "Ilang-Ilang Extension", "Sitio Tabing-Ilog Road", "Narra Compound"],
        "street": "{n} {s}",
        "postcode": "{p}##",
        "phone": "(0##) ###-####",
        "mobile": "09## ### ####",
        "intl": "+63 9## ### ####",
    },
    "mx": {
        "towns": [
            ("San Miguel Xaltepetlapa", "72", "PL", ""),
            ("Ejido Los Huizaches", "87", "TS", ""),
            ("Lomas del Tepozán", "62", "MS", ""),
            ("Tecolotlán Viejo", "46", "JC", ""),
        ],
        "streets": [
            "Calle Cempasúchil",
            "Privada de los Ahuehuetes",
            "Andador Tezontle",
            "Callejón del Maguey Azul",
        ],
        "street": "{s} {n}",
        "postcode": "{p}###",
        "phone": "### ### ####",
        "mobile": "## #### ####",
        "intl": "+52 ## #### ####",
    },
}
MONTHS = {
    "wd": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def local_date(d: date, region: str) -> str:
    """A date as the region's forms and spreadsheets write it."""
    match region:
        case "us" | "ph":
            return f"{d:%m/%d/%Y}"
        case "ca":
            return d.isoformat()
        case "in":
            return f"{d:%d-%m-%Y}"
    return f"{d:%d/%m/%Y}"  # gb, mx


def long_date(d: date, region: str) -> str:
    """A date with the month written out ('March 4, 1951', '4 March 1951', '4 de marzo de 1951')."""
    match region:
        case "us" | "ph" | "ca":
            return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        case "mx":
            return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABEGHJLNPRSTWXYZ") if c == "@" else c for c in pattern
    )



def ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c) and c not in " -'")


def _national(
    rng: random.Random, region: str, p: dict[str, str], born: date, female: bool, state: str
) -> tuple[P, P]:
    """(national identifier, health-plan number) of a region."""
    match region:
        case "gb":
            return P("ID", ids.nhs(rng)), P("HEALTH_PLAN", "BUPA" + ids.digits(rng, 8))
        case "ca":
            return P("ID", ids.sin(rng)), P("HEALTH_PLAN", ids.ohip(rng))
        case "in":
            return P("ID", ids.aadhaar(rng)), P("HEALTH_PLAN", ids.abha(rng))
        case "ph":
            return P("ID", ids.philsys(rng)), P("HEALTH_PLAN", ids.philhealth(rng))
        case "mx":
            c = ids.curp(rng, p["given"], p["family1"], p["family2"], born, female, state)
            return P("ID", c), P("HEALTH_PLAN", ids.nss(rng, born))
    return P("SSN", ids.ssn(rng)), P("HEALTH_PLAN", ids.mbi(rng))


def person(rng: random.Random, culture: str, old: bool = False) -> dict[str, Slot]:
    """One person of `culture` in its home region with every slot a template may use; `old`: 91 to 103
    years old at the visit (the age is shown and labelled)."""
    fem, male, fams, region = NAMES[culture]
    reg = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(fams)
    family = fam_pair[0] if female else fam_pair[1]
    family1, family2 = family, ""
    if region == "mx":  # paternal and maternal surname
        family2 = rng.choice([f for f in fams if f != fam_pair])[0]
        family = f"{family1} {family2}"
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = rng.choice([f for f in fams if f != fam_pair])[0]
    town = reg["towns"][rng.randrange(len(reg["towns"]))]  # type: ignore[arg-type,index]
    visit = date(2025, 2, 3) + timedelta(days=rng.randrange(560))
    if old:  # not 90: "90 or older" would read as the age surviving
        born = visit - timedelta(days=rng.randrange(int(91 * 365.25) + 2, int(103 * 365.25)))
    else:
        born = date(1941, 1, 1) + timedelta(days=rng.randrange(365 * 62))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(2, 45))
    n = rng.randrange(2, 240)
    street = str(reg["street"]).format(s=rng.choice(reg["streets"]), n=n)  # type: ignore[arg-type]
    zip_ = fill(rng, str(reg["postcode"]).format(p=town[1]))
    mob = str(reg["mobile"])
    draw = ids.digits(rng, mob.count("#"))
    phone = fill(rng, str(reg["phone"]))
    if region in ("us", "ca"):
        draw = town[3] + rng.choice("2345678") + draw[4:]
        phone = f"({town[3]}) {fill(rng, '###-####')}"
    mobile, intl = fill_same(draw, mob), fill_same(draw, str(reg["intl"]))
    rel_phone = fill_same(draw[:3] + ids.digits(rng, len(draw) - 3), mob)
    domain = rng.choice(
        ["larkpost.example", "buzonverde.example", "kabayanmail.example", "maplewire.example"]
    )
    vis_dt = datetime(visit.year, visit.month, visit.day) + timedelta(
        seconds=rng.randrange(7 * 3600, 20 * 3600)
    )
    name = f"{given} {family}"
    natid, hplan = _national(
        rng,
        region,
        {"given": given, "family1": family1, "family2": family2 or "X"},
        born,
        female,
        str(town[2]),
    )
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", name.upper()),
        "name_lc": P("NAME", name.lower()),
        "name_comma": P("NAME", f"{family}, {given}"),
        "name_inv_up": P("NAME", f"{family.upper()}, {given.upper()}"),
        "given_lc": P("NAME", given.lower()),
        "given_up": P("NAME", given.upper()),
        "family_up": P("NAME", family.upper()),
        "initial_family": P("NAME", f"{given[0]}. {family1}"),
        "rel": P("NAME", f"{rel_given} {rel_family}"),
        "rel_given": P("NAME", rel_given),
        "rel_family": P("NAME", rel_family),
        "female": female,
        "rel_female": rel_fem,
        "sex": "F" if female else "M",
        "region": region,
        "state": str(town[2]),
        "dob": P("DATE", local_date(born, region)),
        "dob_long": P("DATE", long_date(born, region)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_us": P("DATE", f"{born:%m/%d/%Y}"),
        "dob_hl7": P("DATE", f"{born:%Y%m%d}"),
        "dob_ts": P("DATE", f"{born.isoformat()} 00:00:00"),
        "age90": P("AGE", str(age)),
        "age": str(age),
        "visit": P("DATE", local_date(visit, region)),
        "visit_long": P("DATE", long_date(visit, region)),
        "visit_wd": K(MONTHS["wd"][visit.weekday()]),
        "visit2": P("DATE", local_date(visit2, region)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "visit_ts": P("DATE", f"{vis_dt.isoformat()}Z"),
        "visit_hl7": P("DATE", f"{vis_dt:%Y%m%d%H%M}"),
        "visit_spoken": P("DATE", f"{MONTHS['en'][visit.month - 1]} {visit.day}"),
        "street": P("ADDRESS", street),
        "town": P("ADDRESS", str(town[0])),
        "zip": P("ZIP", zip_),
        "phone": P("PHONE", phone),
        "mobile": P("PHONE", mobile),
        "intl": P("PHONE", intl),
        "rel_phone": P("PHONE", rel_phone),
        "email": P("EMAIL", f"{ascii_lower(given)}.{ascii_lower(family1)}{rng.randrange(10, 99)}@{domain}"),
        "rel_email": P("EMAIL", f"{ascii_lower(rel_given)[0]}{ascii_lower(rel_family)}@{domain}"),
        "natid": natid,
        "hplan": hplan,
        "mrn": P("MRN", fill(rng, rng.choice(["########", "MRN########", "H#######", "###-##-###"]))),
        "mrn2": P("MRN", fill(rng, "########")),
        "account": P("ACCOUNT", fill(rng, rng.choice(["FIN########", "HAR#########", "ENC-##########"]))),
        "csn": P("ID", fill(rng, "7#########")),
        "npi": P("LICENSE", ids.npi(rng)),
        "dea": P("LICENSE", ids.dea(rng, rng.choice(string.ascii_uppercase))),
        "device": P("DEVICE", fill(rng, "PMP-@@#####-##")),
        "ip": P(
            "IP", f"{rng.choice([23, 74, 98, 161])}.{rng.randrange(256)}.{rng.randrange(256)}.{n % 250 + 3}"
        ),
        "pw": P("CREDENTIAL", "".join(rng.choice(string.ascii_letters + D) for _ in range(16)) + "#4k"),
        "apikey": P(
            "CREDENTIAL", "sk-proj-" + "".join(rng.choice(string.ascii_letters + D) for _ in range(40))
        ),
        "ghtoken": P("CREDENTIAL", "ghp_" + "".join(rng.choice(string.ascii_letters + D) for _ in range(36))),
    }
