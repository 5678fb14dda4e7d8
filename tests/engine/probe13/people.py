"""Synthetic people for probe 13: a US patient population, own name, town and street lists.

Thirteen name cultures a US health-tech team meets every day (Mexican-American in the Rio Grande
valley, African-American in south Georgia, Anglo-Appalachian in eastern Kentucky, Chinese- and
Filipino-American in the East Bay, Vietnamese-American around Houston, Korean- and Indian-American in
north Jersey, Arab-American in south-east Michigan, Haitian-American in south Florida, Somali-American in
Minnesota, Navajo and Lakota in northern Arizona, Ukrainian/Polish-American in the Pennsylvania coal
region), each living in an invented town of its home region. Names are plausible combinations, never
real people, chosen so that few are in the engine's name lists; with nicknames, hyphenated and double
surnames, apostrophes, middle initials and generational suffixes (kept outside the label: "Jr." alone
identifies nobody). Addresses use apartment, unit, lot and space forms, rural routes, highway-contract
and PO boxes; phones come in every US format; MRNs, accounts and member IDs in many shapes. Values are
`P(type, value)` (PHI), `K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, datetime, timedelta

from tests.engine.probe.people import P, Slot
from tests.engine.probe13 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (as pairs, like the earlier probes), home region, nicknames)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str, list[str]]] = {
    "latino": (
        ["Nayelly", "Anabertha", "Zuleyma", "Betzaida", "Aracelly", "Nereyda", "Anayeli", "Brisseida"],
        ["Yeiner", "Nicasio", "Cirilo", "Tranquilino", "Jeovany", "Yordi", "Audelio", "Jairon"],
        _same(
            "Ochoterena",
            "Tinoco",
            "Huitrón",
            "Landeros",
            "Ibarrola",
            "Anzaldúa",
            "Tovías",
            "Urquídez",
            "Lizárraga",
            "Ochoterena-Tinoco",
            "Urquídez Landeros",
        ),
        "tx",
        ["Chela", "Lencho", "Beto", "Chepe"],
    ),
    "black": (
        [
            "Shaquanda",
            "Lakeysha",
            "Jaquavia",
            "Keondra",
            "De'Asia",
            "Tyeisha",
            "Quanesha",
            "Ja'Nyla",
            "La'Tavia",
        ],
        [
            "Dequarius",
            "Kentavious",
            "Javontae",
            "Marquavious",
            "Jamichael",
            "D'Marcus",
            "Tre'Von",
            "Cordarius",
        ],
        _same(
            "Whitlow",
            "Pettaway",
            "McCrary",
            "Faison",
            "Pettiford",
            "Boatwright",
            "Truesdale",
            "Fountaine",
            "Hairston",
            "Spruill",
            "Burkette",
            "Pettaway-Faison",
        ),
        "ga",
        ["Quanda", "Shaq", "Dre", "Pookie", "Junebug", "Snook"],
    ),
    "anglo": (
        ["Brandilyn", "Oaklee", "Emmylou", "Bobbijo", "Waylene", "Darlyn"],
        ["Bradlee", "Dathan", "Estil", "Truitt", "Lundy", "Verlin"],
        _same(
            "Stufflebeam",
            "Hatmaker",
            "Bumgarner",
            "Honeycutt",
            "Cornpropst",
            "Shifflett",
            "Stinnett",
            "Overholser",
            "Yoakum",
            "Pennycuff",
            "Caudill",
            "Fugate",
            "O'Quinlan",
        ),
        "ky",
        ["Skeeter", "Deke", "Jimbo", "Bubba", "Tootie", "Bitsy"],
    ),
    "chinese": (
        ["Meihua", "Yunxi", "Shufen", "Jiayi", "Wanru", "Qiaolian", "Yuting"],
        ["Guoliang", "Weiming", "Jianhong", "Kaiwen", "Zhenyu", "Shaojie", "Yongkang"],
        _same("Szeto", "Kwok", "Yiu", "Shum", "Cheuk", "Yick", "Kuang"),
        "ca",
        ["Meimei", "Bingbing"],
    ),
    "vietnamese": (
        ["Bich", "Hoai", "Thuong", "Quynh", "Giang"],
        ["Khoi", "Quoc", "Thuan", "Nhat", "Khiem", "Toan", "Khang"],
        _same("Luu", "Diep", "Thach", "Tieu", "Trinh", "Voong"),
        "hou",
        ["Tiya"],
    ),
    "filipino": (
        ["Chedeline", "Rhodora", "Girlie", "Jinkee", "Genalyn", "Ligaya", "Lhyn"],
        ["Honorio", "Arjay", "Jhun", "Ariston", "Bienvenido", "Jhayson"],
        _same("Villafuerte", "Sumagaysay", "Cabiling", "Bayani", "Sicat", "Tanglao", "Quiambao", "Crisologo"),
        "ca",
        ["Jojo", "Nono", "Bongbong", "Dodong", "Inday", "Loloy"],
    ),
    "korean": (
        ["Hyejin", "Sooyoung", "Eunji", "Minkyung", "Jiyeon", "Yoonhee", "Haneul"],
        ["Jaehyuk", "Seungmin", "Dongwook", "Hyunwoo", "Taesung"],
        _same("Byun", "Bae", "Jeon", "Choe", "Ryu", "Seok", "Koo"),
        "nj",
        ["Joon"],
    ),
    "indian": (
        ["Swarnalatha", "Jagruti", "Mrunal", "Kinjal", "Sravani", "Harpreet", "Prabhjot"],
        ["Chirag", "Bhavesh", "Hiren", "Nilesh", "Srinivasulu", "Venkateswarlu", "Gurvinder", "Jaskaran"],
        _same("Vaghela", "Gadhavi", "Kolluri", "Pothula", "Yalamanchili", "Bhullar", "Anumolu", "Pasupuleti"),
        "nj",
        ["Bunty", "Chintu", "Golu", "Sonu"],
    ),
    "arab": (
        ["Batoul", "Hanan", "Nisreen", "Ruqaya", "Lamees", "Widad", "Ghadeer"],
        ["Haidar", "Moataz", "Qassem", "Nizar"],
        _same(
            "Beydoun", "Fawaz", "Hammoud", "Elhage", "Alawieh", "Sobh", "Makki", "Tarraf", "Harajli", "Kadouh"
        ),
        "mi",
        [],
    ),
    "haitian": (
        ["Widline", "Yolette", "Edeline", "Kettly", "Jesula", "Lovelie"],
        ["Frantz", "Dieuseul", "Jonel", "Ricot", "Widmarc", "Luckner", "Rodny"],
        _same(
            "Dorvil",
            "Dorsainvil",
            "Thelusma",
            "Desravines",
            "Metellus",
            "Dieujuste",
            "Valcin",
            "Dorvil-Valcin",
        ),
        "fl",
        ["Dede"],
    ),
    "somali": (
        ["Idil", "Ubah", "Hibaaq", "Nimco", "Deeqa", "Sagal", "Ilhaan"],
        ["Abdiwali", "Abdikarim", "Bashiir", "Cawil", "Xasan", "Abdinasir", "Mustaf"],
        _same("Guleid", "Egal", "Hirsi", "Dualeh", "Samatar", "Abdulle", "Cabdi", "Xuseen"),
        "mn",
        ["Dheere", "Gaab", "Yare"],
    ),
    "native": (
        ["Kateri", "Tiponi", "Dezba", "Wahkeena"],
        ["Ahiga", "Wambli", "Chaske", "Ohanzee", "Tokala", "Makwa"],
        _same(
            "Tsosie",
            "Benally",
            "Attakai",
            "Etsitty",
            "Twobulls",
            "Yellowhorse",
            "Bearheart",
            "Runningwater",
            "Kingbird",
            "Whiteplume",
        ),
        "az",
        [],
    ),
    "easteuro": (
        ["Bozhena", "Yaroslava", "Olha", "Khrystyna", "Oleksandra", "Roksolana", "Ulyana", "Nadiya"],
        ["Wojtek", "Yurii", "Volodymyr", "Andriy", "Mirek", "Ostap"],
        _same(
            "Hnatyshyn",
            "Kravchuk",
            "Zabolotny",
            "Dmytryshyn",
            "Pawlikowski",
            "Yatsenko",
            "Horodecki",
            "Stasiuk",
        ),
        "pa",
        ["Zosia", "Mykhas", "Kasia", "Bodya", "Wojo"],
    ),
}

# region: (state, area codes, towns (name, ZIP3), streets, address patterns)
# patterns: {n} house number, {s} street, {u} unit, {l} unit letter, {r} route, {b} box
PLACES: dict[str, tuple[str, list[str], list[tuple[str, str]], list[str], list[str]]] = {
    "tx": (
        "TX",
        ["956"],
        [("Agarita Springs", "785"), ("Los Sotoles", "785"), ("Colonia Tres Norias", "785")],
        ["Calle Huisache", "Anacua Ranch Rd", "Ebony Loop", "Retama Bend Dr"],
        ["{n} {s}", "{n} {s} Apt {u}", "{n} {s} Lot {u}", "PO Box {b}"],
    ),
    "ga": (
        "GA",
        ["229", "912"],
        [("Chinaberry Crossroads", "317"), ("Pecan Hull", "318"), ("Okapilco Station", "316")],
        ["Tupelo Church Rd", "Muscadine Arbor Ln", "Boll Weevil Ct", "Sugar Kettle Ext"],
        ["{n} {s}", "{n} {s} Apt {l}", "RR {r} Box {b}", "{n} {s} Unit {u}"],
    ),
    "ky": (
        "KY",
        ["606"],
        [("Pokeberry Hollow", "415"), ("Loblolly Gap", "417"), ("Sourwood Fork", "418")],
        ["Lick Fork Rd", "Caney Branch Hwy", "Upper Sourwood Branch Rd", "Tipple Hill Rd"],
        ["{n} {s}", "HC {r} Box {b}", "RR {r} Box {b}", "{n} {s} Lot {u}"],
    ),
    "ca": (
        "CA",
        ["510", "925"],
        [("Tamarack Cove", "945"), ("Vista Paloma Heights", "946"), ("Alvarado Slough", "945")],
        ["Oyster Shell Ct", "Bayleaf Terrace", "Estuary Crest Way", "Saltgrass Landing Dr"],
        ["{n} {s}", "{n} {s} Apt {u}", "{n} {s} #{u}", "{n} {s} Bldg {l} Apt {u}"],
    ),
    "hou": (
        "TX",
        ["281", "832"],
        [("Bayou Lanier", "774"), ("Kessler Bend", "775")],
        ["Lotus Pond Ln", "Bayou Egret Dr", "Mandarin Orchard Way"],
        ["{n} {s}", "{n} {s} Apt {u}", "{n} {s} Unit {u}"],
    ),
    "nj": (
        "NJ",
        ["201", "732"],
        [("Fort Lydell", "070"), ("Edgemont Terrace", "088"), ("Passaic Quarry", "074")],
        ["Palisade Quarry Rd", "Ironbound Mews", "Turnpike Spur Ave", "Menlo Siding St"],
        ["{n} {s}", "{n} {s} Apt {u}{l}", "{n} {s}, Fl {r}", "{n} {s} #{u}"],
    ),
    "mi": (
        "MI",
        ["313"],
        [("Rouge Bend", "481"), ("Fordline Heights", "481")],
        ["Lowrey Forge St", "Salina Foundry Ave", "Schaefer Cutoff Rd", "Tireman Spur Ave"],
        ["{n} {s}", "{n} {s} Apt {u}", "{n} {s} Upper"],
    ),
    "fl": (
        "FL",
        ["305", "954", "786"],
        [("Mangrove Pointe", "330"), ("Coralbloom", "333")],
        ["Hibiscus Cay Blvd", "Royal Poinciana Cir", "Mango Grove Ct", "Seagrape Terrace"],
        ["{n} {s}", "{n} {s} Apt {u}", "{n} {s} Unit {u}{l}"],
    ),
    "mn": (
        "MN",
        ["612", "651"],
        [("Birchmoor Lake", "553"), ("Tamarack Prairie", "550")],
        ["Birchbark Pkwy", "Frostline St", "Snowplow Turn Ave", "Loonwater Ct"],
        ["{n} {s} Apt {u}", "{n} {s} #{u}", "{n} {s}"],
    ),
    "az": (
        "AZ",
        ["928"],
        [("Red Mesa Junction", "865"), ("Juniper Tank", "865"), ("Owl Creek Crossing", "860")],
        ["Burnt Corn Wash Rd", "Yucca Flat Spur", "Sandstone Chapter Rd"],
        ["HC {r} Box {b}", "PO Box {b}", "{n} {s}"],
    ),
    "pa": (
        "PA",
        ["570"],
        [("Anthracite Forge", "184"), ("Culm Bank Patch", "182"), ("Breaker Hollow", "179")],
        ["Breaker Row", "Colliery Ln", "Slag Hill Rd", "Mine Patch Alley"],
        ["{n} {s}", "{n} {s} Apt {u}", "{n} {s} Rear"],
    ),
}
SUFFIXES = [" Jr.", " Sr.", " III", " II"]
MONTHS = [
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
]
PHONE_FORMATS = [
    "({a}) {x}-{y}",
    "{a}-{x}-{y}",
    "{a}.{x}.{y}",
    "+1 {a} {x} {y}",
    "1-{a}-{x}-{y}",
    "({a}){x}-{y}",
    "{a} {x} {y}",
    "{a}{x}{y}",
    "+1{a}{x}{y}",
    "{a}/{x}-{y}",
]
MRN_SHAPES = ["########", "E#######", "MR-######", "00#######", "#-###-###", "H########", "#######"]
ACCOUNT_SHAPES = ["##########", "HAR#########", "FIN ############", "ACCT-#######", "V##########"]
MEMBER_SHAPES = ["@@@#########", "W#########", "#########-01", "U##########", "MCD########", "XEA#########"]


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
        for c in pattern
    )


def ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c) and c not in " -'")


def us_date(d: date) -> str:
    return f"{d:%m/%d/%Y}"


def short_date(d: date) -> str:
    """'3/4/62': no leading zeros, two-digit year, as people type it."""
    return f"{d.month}/{d.day}/{d:%y}"


def long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def abbr_date(d: date) -> str:
    """'04-Mar-1951', the Epic/Cerner print style."""
    return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"


def phone(rng: random.Random, area: str, fmt: str | None = None) -> str:
    x = rng.choice("23456789") + ids.digits(rng, 2)
    return (fmt or rng.choice(PHONE_FORMATS)).format(a=area, x=x, y=ids.digits(rng, 4))


def address(rng: random.Random, region: str) -> str:
    _, _, _, streets, patterns = PLACES[region]
    return rng.choice(patterns).format(
        n=rng.choice([rng.randrange(2, 99), rng.randrange(100, 999), rng.randrange(1000, 29999)]),
        s=rng.choice(streets),
        u=rng.randrange(1, 40) if rng.random() < 0.5 else rng.randrange(100, 420),
        l=rng.choice("ABCDEFGH"),
        r=rng.randrange(1, 9),
        b=rng.randrange(12, 4999),
    )


def person(rng: random.Random, culture: str, old: bool = False) -> dict[str, Slot]:
    """One person of `culture` in its home region with every slot a template may use; `old`: 91 to 103
    years old at the visit (the age is shown and labelled)."""
    fem, male, fams, region, nicks = NAMES[culture]
    state, areas, towns, _, _ = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    family = rng.choice(fams)[0]
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = rng.choice([f for f, _ in fams if f != family and family not in f and f not in family])
    rel2_given = rng.choice([g for g in male if g not in (given, rel_given)])  # "grandson"
    town, zip3 = rng.choice(towns)
    visit = date(2025, 1, 6) + timedelta(days=rng.randrange(500))
    if old:  # not 90: "90 or older" would read as the age surviving
        born = visit - timedelta(days=rng.randrange(int(91 * 365.25) + 2, int(103 * 365.25)))
    else:
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 66))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(3, 45))
    prior = visit - timedelta(days=rng.randrange(60, 900))
    sec = rng.randrange(7 * 3600, 22 * 3600)
    vis_dt = datetime(visit.year, visit.month, visit.day) + timedelta(seconds=sec)
    zip5 = zip3 + ids.digits(rng, 2)
    area = rng.choice(areas)
    nick = rng.choice(nicks) if nicks else given
    mi = rng.choice("ABCDEFGHJKLMNRSTW")
    sfx = rng.choice(SUFFIXES) if not female and culture in ("black", "anglo", "latino") else ""
    domain = rng.choice(
        ["yahoo.example", "gmail.example", "icloud.example", "att.example", "hotmail.example"]
    )
    name = f"{given} {family}"
    street = address(rng, region)
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", name.upper()),
        "name_lc": P("NAME", name.lower()),
        "name_inv": P("NAME", f"{family.upper()}, {given.upper()}"),
        "name_comma": P("NAME", f"{family}, {given}"),
        "name_mi": P("NAME", f"{given} {mi}. {family}"),
        "name_comma_mi": P("NAME", f"{family}, {given} {mi}"),
        "name_sfx": (P("NAME", name), sfx),
        "init_family": P("NAME", f"{given[0]}. {family}"),
        "family_up": P("NAME", family.upper()),
        "given_up": P("NAME", given.upper()),
        "given_lc": P("NAME", given.lower()),
        "nick": P("NAME", nick),
        "rel": P("NAME", f"{rel_given} {rel_family}"),
        "rel_given": P("NAME", rel_given),
        "rel_same": P("NAME", f"{rel_given} {family}"),
        "rel2_given": P("NAME", rel2_given),
        "female": female,
        "rel_female": rel_fem,
        "sex": "F" if female else "M",
        "dob": P("DATE", us_date(born)),
        "dob_short": P("DATE", short_date(born)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_long": P("DATE", long_date(born)),
        "dob_abbr": P("DATE", abbr_date(born)),
        "dob_compact": P("DATE", f"{born:%Y%m%d}"),
        "dob_py": P("DATE", f"{born.year}, {born.month}, {born.day}"),
        "dob_go": P("DATE", f"{born.year}, time.{MONTHS[born.month - 1]}, {born.day}"),
        "age90": P("AGE", str(age)),
        "age": str(age),
        "visit": P("DATE", us_date(visit)),
        "visit_short": P("DATE", short_date(visit)),
        "visit_md": P("DATE", f"{visit.month}/{visit.day}"),
        "visit_long": P("DATE", long_date(visit)),
        "visit_abbr": P("DATE", abbr_date(visit)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_ts": P("DATE", f"{vis_dt.isoformat()}Z"),
        "visit2": P("DATE", us_date(visit2)),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "visit2_md": P("DATE", f"{visit2.month}/{visit2.day}"),
        "prior": P("DATE", us_date(prior)),
        "street": P("ADDRESS", street),
        "street_up": P("ADDRESS", street.upper()),
        "town": P("ADDRESS", town),
        "town_up": P("ADDRESS", town.upper()),
        "state": state,
        "zip": P("ZIP", zip5),
        "zip9": P("ZIP", f"{zip5}-{ids.digits(rng, 4)}"),
        "phone": P("PHONE", phone(rng, area)),
        "mobile": P("PHONE", phone(rng, area)),
        "mobile_plain": P("PHONE", phone(rng, area, "({a}) {x}-{y}")),
        "mobile_e164": P("PHONE", phone(rng, area, "+1{a}{x}{y}")),
        "rel_phone": P("PHONE", phone(rng, area)),
        "email": P(
            "EMAIL",
            f"{ascii_lower(given)}{rng.choice(['.', '_', ''])}{ascii_lower(family)}"
            f"{rng.randrange(1, 99)}@{domain}",
        ),
        "rel_email": P("EMAIL", f"{ascii_lower(rel_given)}.{ascii_lower(rel_family)}@{domain}"),
        "ssn": P("SSN", ids.ssn(rng)),
        "mrn": P("MRN", fill(rng, rng.choice(MRN_SHAPES))),
        "account": P("ACCOUNT", fill(rng, rng.choice(ACCOUNT_SHAPES))),
        "csn": P("ID", ids.digits(rng, 10)),
        "claim": P("ID", fill(rng, rng.choice(["25###E#######", "CLM-########", "#############"]))),
        "auth": P("ID", fill(rng, rng.choice(["PA-#######", "A##########", "#########"]))),
        "accession": P("ID", fill(rng, rng.choice(["CT25-######", "ACC########", "RAD-#######"]))),
        "member": P("HEALTH_PLAN", fill(rng, rng.choice(MEMBER_SHAPES))),
        "mbi": P("HEALTH_PLAN", ids.mbi(rng, dashed=rng.random() < 0.3)),
        "npi": P("LICENSE", ids.npi(rng)),
        "dea": P("LICENSE", ids.dea(rng, rng.choice(string.ascii_uppercase))),
        "dl": P("LICENSE", fill(rng, rng.choice(["########", "@###-####-####", "@########", "@##-###-###"]))),
        "device": P("DEVICE", fill(rng, rng.choice(["PJN######H", "RNB######S", "SN ###@####@"]))),
        "ip": P(
            "IP",
            f"{rng.choice([24, 71, 98, 172, 174])}.{rng.randrange(256)}.{rng.randrange(256)}"
            f".{rng.randrange(1, 255)}",
        ),
        "apikey": P(
            "CREDENTIAL",
            "sk-ant-api03-" + "".join(rng.choice(string.ascii_letters + D + "-_") for _ in range(40)),
        ),
        "bearer": P(
            "CREDENTIAL",
            "eyJhbGciOiJSUzI1NiJ9." + "".join(rng.choice(string.ascii_letters + D) for _ in range(36)),
        ),
        "dbpw": P("CREDENTIAL", "".join(rng.choice(string.ascii_letters + D) for _ in range(16)) + "#3"),
    }
