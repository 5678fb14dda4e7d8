"""Synthetic people for probe 12: own name, town and street lists, one home region per name culture.

The populations a US, UK, EU, Indian or Latin-American hospital dev team handles most: United States,
United Kingdom (north of England, Cumbria, the Borders), Tamil Nadu, Chile (Mapuche and Spanish
surnames), north-east Brazil, Germany and Brittany. Names are plausible combinations, never real people;
towns and streets are invented for the region; house numbers, postcodes, phones and identifiers are
random, and identifiers carry valid check digits where one exists (tests/engine/probe12/ids.py). Values
are `P(type, value)` (PHI), `K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, datetime, timedelta

from tests.engine.probe.people import P, Slot, fill_same
from tests.engine.probe12 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), home region)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str]] = {
    "us": (
        [
            "Lorabeth",
            "Jessamyn",
            "Tavia",
            "Marlisa",
            "Marvetta",
            "Lorissa",
            "Sherrelle",
            "Zennia",
            "Tallulah",
        ],
        ["Corbett", "Lavon", "Kendrix", "Orrin", "Jaxtyn", "Hollice", "Quintrell"],
        _same(
            "Pettibone",
            "Swearingen",
            "Vandermolen",
            "Haskett",
            "Gilreath",
            "Tolliver",
            "Mcquiston",
            "Brashear",
            "Huckaby",
            "Blankenbaker",
        ),
        "us",
    ),
    "gb": (
        ["Rosamund", "Lettice", "Perdita", "Ottoline", "Ismay", "Morwenna", "Tegwen", "Elowen", "Kerensa"],
        ["Crispin", "Peregrine", "Jolyon", "Tarquin", "Alderic", "Jago", "Tobiah", "Gawen"],
        _same(
            "Ormerod",
            "Threlfall",
            "Sowerbutts",
            "Pickersgill",
            "Rawcliffe",
            "Attwater",
            "Fothergill",
            "Brocklehurst",
            "Sheldrick",
            "Hebblethwaite",
        ),
        "gb",
    ),
    "in": (
        [
            "Hemalatha",
            "Vaidehi",
            "Kanagavalli",
            "Tejaswini",
            "Suhasini",
            "Bhuvaneswari",
            "Kalaiselvi",
            "Thenmozhi",
            "Ponmani",
        ],
        [
            "Venkatraman",
            "Thirumalai",
            "Ilango",
            "Sethuraman",
            "Kathiresan",
            "Palanivel",
            "Senthilnathan",
            "Arumugam",
            "Sundaresan",
        ],
        _same(
            "Annamalai",
            "Gounder",
            "Mudaliar",
            "Kandasamy",
            "Rathinavel",
            "Muthiah",
            "Chidambaram",
            "Nachimuthu",
            "Karuppiah",
        ),
        "in",
    ),
    "cl": (
        ["Llanquiray", "Relmu", "Rayén", "Millaray", "Yanara"],
        ["Pehuen", "Lautaro", "Nahuel", "Bastián", "Renato"],
        _same(
            "Huenchullán",
            "Catrileo",
            "Millapán",
            "Quilodrán",
            "Ancamil",
            "Painemal",
            "Cayupán",
            "Llancaqueo",
            "Nahuelpán",
            "Huichalaf",
            "Calfucura",
            "Lefimil",
            "Quintremil",
        ),
        "cl",
    ),
    "br": (
        ["Josélia", "Marlúcia", "Cleidiane", "Gilvânia", "Francineide", "Edinalva", "Rosimeire"],
        ["Gilvan", "Deusdete", "Aristeu", "Erivaldo", "Gildásio", "Ubiratan", "Juscelino", "Dorgival"],
        _same(
            "Cavalcante",
            "Holanda",
            "Bandeira",
            "Feitosa",
            "Landim",
            "Alencar",
            "Benevides",
            "Sobreira",
            "Tenório",
        ),
        "br",
    ),
    "de": (
        ["Waltrun", "Hiltrud", "Irmtraud", "Edeltraud"],
        ["Bernwald", "Ruprecht", "Wigbert", "Volkmar"],
        _same(
            "Kleinschmidt",
            "Oberländer",
            "Würzbach",
            "Pfannkuch",
            "Hünerbein",
            "Tiedemann",
            "Brockhoff",
            "Dreyling",
            "Quadflieg",
            "Aufderheide",
            "Degenhardt",
        ),
        "de",
    ),
    "fr": (
        ["Tifenn", "Riwanon", "Katell", "Nolwenn", "Solenn", "Maryvonne"],
        ["Yvonnick", "Kaourintin", "Glenmor", "Gwénolé", "Tugdual", "Armel"],
        _same(
            "Guéguen",
            "Cadiou",
            "Kervella",
            "Lozach",
            "Kerdraon",
            "Jaouen",
            "Pennec",
            "Cloarec",
            "Guivarch",
            "Bescond",
            "Larvor",
        ),
        "fr",
    ),
}

# region: towns (name, postcode prefix or outward code, extra: state / département), streets,
# street pattern ({n} number, {s} street), postcode pattern ({p} prefix, # digit, @ letter), landline,
# mobile, international mobile (same number of # as the mobile)
PLACES: dict[str, dict[str, object]] = {
    "us": {
        "towns": [
            ("Pruitt Hollow", "372", "TN"),
            ("Sawtooth Bend", "837", "ID"),
            ("New Calvary Springs", "316", "GA"),
            ("Bellwether Flats", "674", "KS"),
        ],
        "streets": ["Cottonseed Mill Rd", "Blackhaw Spur Ln", "Old Feedlot Pike", "Tanager Ridge Dr"],
        "street": "{n} {s}",
        "postcode": "{p}##",
        "phone": "(###) ###-####",
        "mobile": "(###) ###-####",
        "intl": "+1 ### ### ####",
    },
    "gb": {
        "towns": [
            ("Nether Askham", "CA10", ""),
            ("Little Brackenthwaite", "LA22", ""),
            ("Coldharbour St Wynn", "HX7", ""),
            ("Upper Swarthgill", "DL11", ""),
        ],
        "streets": ["Ghyllside Terrace", "Tenter Croft Lane", "Sheepwash Row", "Lowther Fold"],
        "street": "{n} {s}",
        "postcode": "{p} #@@",
        "phone": "01### ######",
        "mobile": "07### ######",
        "intl": "+44 7### ######",
    },
    "in": {
        "towns": [
            ("Kottaiyur Pudur", "630", ""),
            ("Vellanthangal", "604", ""),
            ("Thiruvarangudi", "612", ""),
            ("Sengamalapatti", "625", ""),
        ],
        "streets": [
            "Vinayagar Koil 2nd Cross Street",
            "Periyar Nagar Extension",
            "Mariamman Kovil Lane",
            "Kamarajar Salai Bypass",
        ],
        "street": "No. {n}, {s}",
        "postcode": "{p}###",
        "phone": "04### ######",
        "mobile": "9#### #####",
        "intl": "+91 9#### #####",
    },
    "cl": {
        "towns": [
            ("Villa Los Quillayes", "478", ""),
            ("Pueblo Hundido Alto", "155", ""),
            ("Caleta Ñipa", "559", ""),
            ("Rucapangue", "491", ""),
        ],
        "streets": [
            "Pasaje Los Maitenes",
            "Avenida Cacique Lientur",
            "Calle Los Boldos Oriente",
            "Villa Esperanza Pasaje 4",
        ],
        "street": "{s} {n}",
        "postcode": "{p}####",
        "phone": "(45) 2## ####",
        "mobile": "9 #### ####",
        "intl": "+56 9 #### ####",
    },
    "br": {
        "towns": [
            ("Boqueirão dos Cardosos", "63", ""),
            ("Vila Caraúbas de Cima", "59", ""),
            ("Sítio Novo das Acácias", "56", ""),
            ("Riacho das Pedrinhas", "62", ""),
        ],
        "streets": [
            "Rua Antônio Siqueira Lima",
            "Travessa Padre Cícero Romão",
            "Rua das Carnaubeiras",
            "Avenida Coronel Zezé Mota",
        ],
        "street": "{s}, {n}",
        "postcode": "{p}###-###",
        "phone": "(88) 3###-####",
        "mobile": "(88) 9####-####",
        "intl": "+55 88 9####-####",
    },
    "de": {
        "towns": [
            ("Niederwöllstein", "55", ""),
            ("Hagenbrück am Forst", "37", ""),
            ("Alt-Ruhwinkel", "24", ""),
            ("Oberkümmelbach", "97", ""),
        ],
        "streets": ["Am Köhlerhang", "Fuchsbauweg", "Untere Mühlgasse", "Gänseweide"],
        "street": "{s} {n}",
        "postcode": "{p}###",
        "phone": "0#### ######",
        "mobile": "0151 ########",
        "intl": "+49 151 ########",
    },
    "fr": {
        "towns": [
            ("Saint-Thurien-des-Landes", "29", "29"),
            ("Lannédern-Bras", "29", "29"),
            ("Kerguidel-sur-Aulne", "29", "29"),
            ("Plouzennec", "22", "22"),
        ],
        "streets": [
            "chemin de Kervéguen",
            "rue du Menhir Couché",
            "impasse des Goémoniers",
            "route de Lanvéoc-Vraz",
        ],
        "street": "{n} {s}",
        "postcode": "{p}###",
        "phone": "02 ## ## ## ##",
        "mobile": "06 ## ## ## ##",
        "intl": "+33 6 ## ## ## ##",
    },
}
US_AREAS = {"TN": "931", "ID": "208", "GA": "229", "KS": "620"}
MONTHS = {
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
    "cl": [
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
    "br": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


def local_date(d: date, region: str) -> str:
    """A date as the region's clinical documents write it."""
    match region:
        case "us":
            return f"{d:%m/%d/%Y}"
        case "in" | "cl":
            return f"{d:%d-%m-%Y}"
        case "de":
            return f"{d:%d.%m.%Y}"
    return f"{d:%d/%m/%Y}"  # gb, br, fr


def long_date(d: date, region: str) -> str:
    """A date with the month written out ('March 4, 1951', '4 March 1951', '4 de marzo de 1951')."""
    match region:
        case "us":
            return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        case "gb" | "in":
            return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
        case "cl" | "br":
            return f"{d.day} de {MONTHS[region][d.month - 1]} de {d.year}"
        case "de":
            return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABDEFGHJLNPQRSTUWXYZ") if c == "@" else c for c in pattern
    )



def ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c) and c not in " -")


def _national(rng: random.Random, region: str, born: date, female: bool, dept: str) -> tuple[P, P]:
    """(national identifier, health-plan number) of a region."""
    match region:
        case "gb":
            return P("ID", ids.nhs(rng)), P("HEALTH_PLAN", "NHS-" + ids.digits(rng, 7))
        case "in":
            return P("ID", ids.aadhaar(rng)), P(
                "HEALTH_PLAN",
                f"{ids.digits(rng, 2)}-{ids.digits(rng, 4)}-{ids.digits(rng, 4)}-{ids.digits(rng, 4)}",
            )
        case "cl":
            return P("ID", ids.rut(rng)), P("HEALTH_PLAN", "FON-" + ids.digits(rng, 8))
        case "br":
            return P("ID", ids.cpf(rng)), P("HEALTH_PLAN", ids.cns(rng))
        case "de":
            card = "L" + ids.digits(rng, 2) + "".join(rng.choice("CFGHJKLMNPRTVWXYZ") for _ in range(6))
            return P("ID", card), P("HEALTH_PLAN", ids.kvnr(rng))
        case "fr":
            return P("ID", ids.nir(rng, born, female, dept)), P("HEALTH_PLAN", "MUT" + ids.digits(rng, 9))
    return P("SSN", ids.ssn(rng)), P("HEALTH_PLAN", fill(rng, rng.choice(["ZGH#########", "W#########"])))


def person(rng: random.Random, culture: str, old: bool = False) -> dict[str, Slot]:
    """One person of `culture` in its home region with every slot a template may use; `old`: 91 to 104
    years old at the visit (the age is shown and labelled)."""
    fem, male, fams, region = NAMES[culture]
    reg = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(fams)
    family = fam_pair[0] if female else fam_pair[1]
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = rng.choice([f for f in fams if f != fam_pair])[0]
    t = rng.randrange(len(reg["towns"]))  # type: ignore[arg-type]
    town = reg["towns"][t]  # type: ignore[index]
    visit = date(2025, 1, 6) + timedelta(days=rng.randrange(520))
    if old:  # not 90: "90 or older" would read as the age surviving
        born = visit - timedelta(days=rng.randrange(int(91 * 365.25) + 2, int(104 * 365.25)))
    else:
        born = date(1938, 1, 1) + timedelta(days=rng.randrange(365 * 62))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(3, 40))
    n = rng.randrange(2, 190)
    street = str(reg["street"]).format(s=rng.choice(reg["streets"]), n=n)  # type: ignore[arg-type]
    zip_ = fill(rng, str(reg["postcode"]).format(p=town[1]))
    mob = str(reg["mobile"])
    draw = ids.digits(rng, mob.count("#"))
    phone = fill(rng, str(reg["phone"]))
    if region == "us":
        draw = US_AREAS[town[2]] + rng.choice("2345678") + draw[4:]
        phone = f"({US_AREAS[town[2]]}) {fill(rng, '###-####')}"
    mobile, intl = fill_same(draw, mob), fill_same(draw, str(reg["intl"]))
    rel_phone = fill_same(draw[:3] + ids.digits(rng, len(draw) - 3), mob)
    domain = rng.choice(["quillmail.example", "correo-sur.example", "hearthpost.example", "netzpost.example"])
    sec = rng.randrange(7 * 3600, 21 * 3600)
    vis_dt = datetime(visit.year, visit.month, visit.day) + timedelta(seconds=sec)
    name = f"{given} {family}"
    natid, hplan = _national(rng, region, born, female, str(town[2]))
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", name.upper()),
        "name_lc": P("NAME", name.lower()),
        "name_inv": P("NAME", f"{family.upper()}, {given}"),
        "name_comma": P("NAME", f"{family}, {given}"),
        "given_lc": P("NAME", given.lower()),
        "family_up": P("NAME", family.upper()),
        "given_up": P("NAME", given.upper()),
        "rel": P("NAME", f"{rel_given} {rel_family}"),
        "rel_given": P("NAME", rel_given),
        "female": female,
        "rel_female": rel_fem,
        "sex": "F" if female else "M",
        "dob": P("DATE", local_date(born, region)),
        "dob_long": P("DATE", long_date(born, region)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_us": P("DATE", f"{born:%m/%d/%Y}"),
        "dob_hl7": P("DATE", f"{born:%Y%m%d}"),
        "dob_py": P("DATE", f"{born.year}, {born.month}, {born.day}"),
        "age90": P("AGE", str(age)),
        "age": str(age),
        "visit": P("DATE", local_date(visit, region)),
        "visit_long": P("DATE", long_date(visit, region)),
        "visit2": P("DATE", local_date(visit2, region)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "visit_ts": P("DATE", f"{vis_dt.isoformat()}Z"),
        "visit_hl7": P("DATE", f"{vis_dt:%Y%m%d%H%M}"),
        "street": P("ADDRESS", street),
        "town": P("ADDRESS", str(town[0])),
        "town_up": P("ADDRESS", str(town[0]).upper()),
        "state": str(town[2]) if region == "us" else "",
        "zip": P("ZIP", zip_),
        "phone": P("PHONE", phone),
        "mobile": P("PHONE", mobile),
        "intl": P("PHONE", intl),
        "rel_phone": P("PHONE", rel_phone),
        "email": P("EMAIL", f"{ascii_lower(given)}.{ascii_lower(family)}{rng.randrange(10, 99)}@{domain}"),
        "rel_email": P("EMAIL", f"{ascii_lower(rel_given)[0]}{ascii_lower(rel_family)}@{domain}"),
        "natid": natid,
        "hplan": hplan,
        "ssn": P("SSN", ids.ssn(rng)),
        "mrn": P("MRN", fill(rng, rng.choice(["########", "MR######", "E#######", "##-###-###"]))),
        "account": P("ACCOUNT", fill(rng, rng.choice(["V#########", "ACC-#######", "##########"]))),
        "member": P("HEALTH_PLAN", fill(rng, rng.choice(["JQK#########", "M########-02", "PLN#######"]))),
        "npi": P("LICENSE", ids.npi(rng)),
        "device": P("DEVICE", fill(rng, "BPM-@@##-#####")),
        "ip": P(
            "IP",
            f"{rng.choice([52, 63, 104, 152])}.{rng.randrange(256)}.{rng.randrange(256)}"
            f".{rng.randrange(1, 255)}",
        ),
        "pw": P("CREDENTIAL", "".join(rng.choice(string.ascii_letters + D) for _ in range(14)) + "!7q"),
        "apikey": P(
            "CREDENTIAL", "sk_live_" + "".join(rng.choice(string.ascii_letters + D) for _ in range(26))
        ),
    }
