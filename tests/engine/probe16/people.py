"""Synthetic people for probe 16: own name, town and street lists, one home region per name culture.

English-speaking health systems outside the United States: British Bangladeshi and Pakistani families
in the north of England; Yolŋu families in Arnhem Land (Northern Territory); Anishinaabe and
Filipino-Canadian families in north-western Ontario and Manitoba; Zulu and Xhosa families in South
Africa; Kikuyu and Luo families in Kenya; Yoruba and Hausa families in Nigeria; Irish-speaking families
in the Gaeltacht; Māori families in New Zealand. Names are plausible combinations, never real people;
towns and streets are invented for the region, with the region's postcode shape (UK outward/inward,
Australian and South African 4 digits, Canadian A1A 1A1, Kenyan 5 and Nigerian 6 digits, Eircode, NZ 4
digits); numbers are random and identifiers carry valid check digits where one exists
(tests/engine/probe16/ids.py). Values are `P(type, value)` (PHI), `K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import UTC, date, datetime, timedelta

from tests.engine.probe.people import K, P, Slot, fill_same
from tests.engine.probe16 import ids

D = "0123456789"


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


# culture: (female given, male given, family (female form, male form), home region)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str]] = {
    "brit_bd_pk": (
        [
            "Shelina",
            "Morjina",
            "Jhuma",
            "Tahmina",
            "Shamsun",
            "Rukhsar",
            "Nazmin",
            "Rujina",
            "Shuhena",
            "Hasnara",
        ],
        [
            "Foysal",
            "Jubayer",
            "Rafiqul",
            "Mahtab",
            "Shahjalal",
            "Ishtiaq",
            "Moynul",
            "Shofiqur",
            "Kobir",
            "Ruhel",
        ],
        _same(
            "Talukdar", "Laskar", "Bhuiyan", "Majumder", "Kayani", "Janjua", "Shikder", "Hawladar", "Ghumman"
        ),
        "gb",
    ),
    "yolngu": (
        ["Dhalulu", "Guyalil", "Rrawun", "Marrpalawuy", "Djawundil", "Nyombala", "Wurrpiny", "Dhapanbal"],
        ["Dhurrkay", "Gawirrin", "Baparrwuy", "Wanambiny", "Gaymarani", "Yinimala", "Balupalu", "Wulmay"],
        _same(
            "Wunungmurra",
            "Gumana",
            "Dhamarrandji",
            "Gaykamangu",
            "Burarrwanga",
            "Munungurr",
            "Garrawurra",
            "Marawili",
            "Ganambarr",
        ),
        "au",
    ),
    "anishinaabe": (
        ["Waabigwan", "Ziibiins", "Ogimaakwe", "Migizikwe", "Giizhigookwe", "Memengwaa", "Biidaaban"],
        ["Makoons", "Binesi", "Niigaan", "Animikii", "Waasayaa", "Ojiig", "Zhingwaak", "Nigig"],
        _same("Kakegamic", "Meekis", "Sakanee", "Moonias", "Wabasse", "Kejick", "Sainnawap", "Quequish"),
        "ca",
    ),
    "filcan": (
        ["Rhealyn", "Jennylyn", "Roselle", "Jessalyn", "Analiza", "Mhelody"],
        ["Jonjon", "Ferdie", "Jojit", "Dondon", "Rhodel", "Jhunjie", "Ronnel", "Reymark"],
        _same("Magsino", "Dimalanta", "Manlapaz", "Malabanan", "Calalang", "Tabuena", "Bacani", "Panlilio"),
        "ca",
    ),
    "nguni": (
        ["Nomvuzo", "Nontobeko", "Sinethemba", "Ayabonga", "Nokwanda", "Zintle", "Nomakhosi", "Siphokazi"],
        ["Bonginkosi", "Luthando", "Sakhumzi", "Vuyisile", "Mandlenkosi", "Mduduzi", "Lungelo", "Lubabalo"],
        _same(
            "Mgquba",
            "Gxowa",
            "Mgcina",
            "Msimango",
            "Dubazana",
            "Gcabashe",
            "Ngqulunga",
            "Mgudlwa",
            "Ntlabathi",
            "Qotyana",
            "Dyantyi",
            "Ngqakayi",
        ),
        "za",
    ),
    "kikuyu_luo": (
        ["Waceke", "Gakenia", "Wanjeri", "Nyabera", "Nyamwaya", "Wacuka", "Nyaruai", "Nyagaki"],
        ["Agwenge", "Odindo", "Nyamolo", "Kihika", "Kahiga", "Kagiri", "Oduya", "Kamotho"],
        _same(
            "Kagwima",
            "Munyiri",
            "Gichinga",
            "Wachiuri",
            "Kibicho",
            "Ogwang",
            "Awiti",
            "Olwal",
            "Nyapola",
            "Kariithi",
            "Gakuru",
            "Amollo",
        ),
        "ke",
    ),
    "yoruba_hausa": (
        ["Morenikeji", "Ireoluwa", "Oluwatoyin", "Rukayya", "Fatimatu", "Ayomikun", "Titilope", "Zuwaira"],
        ["Oluwaseyi", "Ayomide", "Olamilekan", "Sanusi", "Abdulmalik", "Temitayo", "Oyelowo", "Sagir"],
        _same(
            "Oyebanji", "Olaniyan", "Danladi", "Dikko", "Tsafe", "Ogunmola", "Ajibade", "Ilesanmi", "Kabara"
        ),
        "ng",
    ),
    "gaeilge": (
        ["Ríonach", "Éabha", "Aifric", "Bébhinn", "Líadan", "Étaín", "Meadhbh", "Ciannait", "Eibhlín"],
        ["Marcas", "Daithí", "Laoiseach", "Antaine", "Beartla"],
        [
            ("Ní Ghairbhí", "Ó Gairbhí"),
            ("Ní Loingsigh", "Ó Loingsigh"),
            ("Ní Scanaill", "Ó Scanaill"),
            ("Ní Fhionnagáin", "Ó Fionnagáin"),
            ("Ní Bhróithe", "Ó Bróithe"),
            ("Ní Thnúthail", "Ó Tnúthail"),
            ("Ní Churraoin", "Ó Curraoin"),
            ("Ní Chearbhalláin", "Ó Cearbhalláin"),
        ],
        "ie",
    ),
    "maori": (
        ["Ngahuia", "Rangimarie", "Mihiata", "Whetūrangi", "Pareraukawa", "Hineāmaru", "Mārama", "Ngāreta"],
        ["Tamahou", "Tūmanako", "Tāwhiri", "Paora", "Aperahama", "Pōhatu", "Whaitiri", "Tamihana"],
        _same(
            "Tawhai",
            "Paewai",
            "Ngatai",
            "Horomona",
            "Waaka",
            "Rāpana",
            "Hēnare",
            "Mōrehu",
            "Rangiuia",
            "Ruakere",
        ),
        "nz",
    ),
}

# region: towns (name, postcode prefix or routing key, state/province/county, area code), streets,
# street pattern ({n} number, {s} street), postcode pattern ({p} prefix, # digit, @ letter, $ Eircode),
# phone, mobile and international mobile (same count of # as the mobile, filled with the same digits)
PLACES: dict[str, dict[str, object]] = {
    "gb": {
        "towns": [
            ("Thornbury Lees", "OL4", "Greater Manchester", ""),
            ("Cleckby Bridge", "BD19", "West Yorkshire", ""),
            ("Hollinfield", "BB9", "Lancashire", ""),
            ("Saltergate Moor", "DE56", "Derbyshire", ""),
        ],
        "streets": ["Mill Clough Terrace", "Clough Head Row", "Weavers' Fold", "Brickkiln Street"],
        "street": "{n} {s}",
        "postcode": "{p} #@@",
        "phone": "01### ######",
        "mobile": "07### ######",
        "intl": "+44 7### ######",
    },
    "au": {
        "towns": [
            ("Baralpa Landing", "0880", "NT", ""),
            ("Wirrkala Springs", "0822", "NT", ""),
            ("Stringybark Crossing", "0850", "NT", ""),
            ("Cycad Ridge", "0886", "NT", ""),
        ],
        "streets": ["Barramundi Court", "Pandanus Loop", "Ironwood Crescent", "Dhuwa Street"],
        "street": "{n} {s}",
        "postcode": "{p}",
        "phone": "(08) 89## ####",
        "mobile": "04## ### ###",
        "intl": "+61 4## ### ###",
    },
    "ca": {
        "towns": [
            ("Sturgeon Rapids", "P0V", "ON", "807"),
            ("Kinoje Bay", "P0L", "ON", "705"),
            ("Red Willow Landing", "R0B", "MB", "204"),
            ("Tamblyn Siding", "P8T", "ON", "807"),
        ],
        "streets": ["Waboose Trail", "Manomin Road", "Birchbark Way", "Tikinagan Drive"],
        "street": "{n} {s}",
        "postcode": "{p} #@#",
        "phone": "(###) ###-####",
        "mobile": "(###) ###-####",
        "intl": "+1 ###-###-####",
    },
    "za": {
        "towns": [
            ("Emthonjeni Heights", "4309", "KwaZulu-Natal", ""),
            ("KwaNdlovu Ridge", "3652", "KwaZulu-Natal", ""),
            ("Nqadu Valley", "5099", "Eastern Cape", ""),
            ("Sikhululeko Park", "1739", "Gauteng", ""),
        ],
        "streets": ["Umdoni Crescent", "Nkwazi Street", "Isiphingo Lane", "Ilanga Close"],
        "street": "{n} {s}",
        "postcode": "{p}",
        "phone": "031 ### ####",
        "mobile": "07# ### ####",
        "intl": "+27 7# ### ####",
    },
    "ke": {
        "towns": [
            ("Kangemi Mashambani", "00625", "Nairobi", ""),
            ("Kimbo Gatongora", "00232", "Kiambu", ""),
            ("Ahero Kochogo", "40101", "Kisumu", ""),
            ("Gatugi Ndimaini", "10106", "Nyeri", ""),
        ],
        "streets": ["Mumwe Road", "Kiambiriria Lane", "Ngong Vale Close", "Nyamasaria Link"],
        "street": "{s}, House {n}",
        "postcode": "{p}",
        "phone": "020 ### ####",
        "mobile": "07## ### ###",
        "intl": "+254 7## ### ###",
    },
    "ng": {
        "towns": [
            ("Igbogbo Oke-Ira", "104102", "Lagos", "LAS"),
            ("Ojokoro Ayetoro", "100283", "Lagos", "LAS"),
            ("Dutsen Kura Gabas", "920101", "Niger", "NIS"),
            ("Tudun Fulani", "800283", "Kaduna", "KDS"),
        ],
        "streets": ["Olokodana Close", "Sabon Layi Road", "Ayetoro Market Road", "Kofar Dumi Way"],
        "street": "{n} {s}",
        "postcode": "{p}",
        "phone": "01 ### ####",
        "mobile": "080# ### ####",
        "intl": "+234 80# ### ####",
    },
    "ie": {
        "towns": [
            ("Baile an Chlochair", "H91", "Co. Galway", ""),
            ("Cill Bhreacáin", "V94", "Co. Limerick", ""),
            ("Doire Fhada", "F12", "Co. Mayo", ""),
            ("Gleann na Móna", "P72", "Co. Cork", ""),
        ],
        "streets": ["Bóthar an Chaisleáin", "Ascaill an Ghleanna", "Ard na Gaoithe", "Lána an tSéipéil"],
        "street": "{n} {s}",
        "postcode": "$",
        "phone": "091 ### ###",
        "mobile": "08# ### ####",
        "intl": "+353 8# ### ####",
    },
    "nz": {
        "towns": [
            ("Te Awa Kōwhai", "3072", "Bay of Plenty", ""),
            ("Kaiwhare Bay", "0183", "Northland", ""),
            ("Ōruapaka", "3880", "Waikato", ""),
            ("Pukehinau", "4793", "Manawatū-Whanganui", ""),
        ],
        "streets": ["Kōtuku Place", "Tōtara Ridge Road", "Harakeke Lane", "Pūriri Grove"],
        "street": "{n} {s}",
        "postcode": "{p}",
        "phone": "07 ### ####",
        "mobile": "021 ### ####",
        "intl": "+64 21 ### ####",
    },
}
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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MED_AIDS = ["GEMS", "Bonitas", "Medshield", "Bestmed"]


def local_date(d: date, region: str) -> str:
    """A date as the region's forms write it (Canada ISO, South Africa year first, else day first)."""
    match region:
        case "ca":
            return d.isoformat()
        case "za":
            return f"{d:%Y/%m/%d}"
    return f"{d:%d/%m/%Y}"


def long_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABCEGHJKLMNPRSTVWXY") if c == "@" else c for c in pattern
    )



def ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c) and c not in " -'")


def _national(rng: random.Random, region: str, born: date, female: bool, state: str) -> tuple[P, P]:
    """(national identifier, health-plan number) of a region."""
    match region:
        case "gb":
            return P("ID", ids.nhs(rng)), P("HEALTH_PLAN", "VIT" + ids.digits(rng, 9))
        case "au":
            return P("ID", ids.ihi(rng)), P("HEALTH_PLAN", ids.medicare_au(rng))
        case "ca":
            return P("ID", "T" + ids.digits(rng, 8)), P("HEALTH_PLAN", ids.ohip_vc(rng))
        case "za":
            return P("ID", ids.za_id(rng, born, female)), P("HEALTH_PLAN", ids.digits(rng, 9))
        case "ke":
            return P("ID", ids.ke_id(rng)), P("HEALTH_PLAN", ids.sha(rng))
        case "ng":
            return P("ID", ids.ng_nin(rng)), P("HEALTH_PLAN", ids.nhia(rng, state))
        case "ie":
            return P("ID", ids.ppsn(rng)), P("HEALTH_PLAN", ids.digits(rng, 8) + rng.choice("ABCDEFGH"))
    return P("ID", ids.nhi(rng)), P("HEALTH_PLAN", "SX" + ids.digits(rng, 8))


def person(rng: random.Random, culture: str, old: bool = False) -> dict[str, Slot]:
    """One person of `culture` in its home region with every slot a template may use; `old`: 91 to 103
    years old at the visit (the age is shown and labelled)."""
    fem, male, fams, region = NAMES[culture]
    reg = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(fams)
    family = fam_pair[0] if female else fam_pair[1]
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_pair = rng.choice([f for f in fams if f != fam_pair])
    rel_family = rel_pair[0] if rel_fem else rel_pair[1]
    town = reg["towns"][rng.randrange(len(reg["towns"]))]  # type: ignore[arg-type,index]
    visit = date(2025, 3, 3) + timedelta(days=rng.randrange(560))
    if old:  # not 90: "90 or older" would read as the age surviving
        born = visit - timedelta(days=rng.randrange(int(91 * 365.25) + 2, int(103 * 365.25)))
    else:
        born = date(1942, 1, 1) + timedelta(days=rng.randrange(365 * 62))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(2, 45))
    visit3 = visit2 + timedelta(days=rng.randrange(7, 60))
    n = rng.randrange(2, 240)
    street = str(reg["street"]).format(s=rng.choice(reg["streets"]), n=n)  # type: ignore[arg-type]
    if region == "ie":
        zip_ = ids.eircode(rng, str(town[1]))
    else:
        zip_ = fill(rng, str(reg["postcode"]).format(p=town[1]))
    mob = str(reg["mobile"])
    draw = ids.digits(rng, mob.count("#"))
    phone = fill(rng, str(reg["phone"]))
    if region == "ca":
        draw = town[3] + rng.choice("2345678") + draw[4:]
        phone = f"({town[3]}) {fill(rng, '###-####')}"
    mobile, intl = fill_same(draw, mob), fill_same(draw, str(reg["intl"]))
    rel_phone = fill_same(draw[:3] + ids.digits(rng, len(draw) - 3), mob)
    domain = rng.choice(["tidepost.example", "kauri-mail.example", "savannahnet.example", "moorline.example"])
    vis_dt = datetime(visit.year, visit.month, visit.day, tzinfo=UTC) + timedelta(
        seconds=rng.randrange(7 * 3600, 20 * 3600)
    )
    name = f"{given} {family}"
    natid, hplan = _national(rng, region, born, female, str(town[3]))
    email_local = f"{ascii_lower(given)}.{ascii_lower(family.split()[-1])}{rng.randrange(10, 99)}"
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", name.upper()),
        "name_comma": P("NAME", f"{family}, {given}"),
        "family_up": P("NAME", family.upper()),
        "given_up": P("NAME", given.upper()),
        "rel": P("NAME", f"{rel_given} {rel_family}"),
        "rel_given": P("NAME", rel_given),
        "box": P("ADDRESS", f"P.O. Box {rng.randrange(20, 9000)}"),
        "female": female,
        "rel_female": rel_fem,
        "sex": "F" if female else "M",
        "region": region,
        "state": str(town[2]),
        "dob": P("DATE", local_date(born, region)),
        "dob_long": P("DATE", long_date(born)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_hl7": P("DATE", f"{born:%Y%m%d}"),
        "age90": P("AGE", str(age)),
        "age": str(age),
        "visit": P("DATE", local_date(visit, region)),
        "visit_long": P("DATE", long_date(visit)),
        "visit_wd": K(WEEKDAYS[visit.weekday()]),
        "visit2": P("DATE", local_date(visit2, region)),
        "visit3_long": P("DATE", long_date(visit3)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "visit_ts": P("DATE", vis_dt.strftime("%Y-%m-%dT%H:%M:%SZ")),
        "visit_epoch_ms": P("DATE", str(int(vis_dt.timestamp()) * 1000)),
        "street": P("ADDRESS", street),
        "town": P("ADDRESS", str(town[0])),
        "zip": P("ZIP", zip_),
        "phone": P("PHONE", phone),
        "mobile": P("PHONE", mobile),
        "intl": P("PHONE", intl),
        "rel_phone": P("PHONE", rel_phone),
        "email": P("EMAIL", f"{email_local}@{domain}"),
        "rel_email": P("EMAIL", f"{ascii_lower(rel_given)[0]}{ascii_lower(rel_family.split()[-1])}@{domain}"),
        "natid": natid,
        "hplan": hplan,
        "mrn": P("MRN", fill(rng, rng.choice(["#######", "RX#######", "M########", "HN-######"]))),
        "mrn2": P("MRN", fill(rng, "########")),
        "account": P("ACCOUNT", fill(rng, rng.choice(["ENC##########", "VIS-########", "SPELL#########"]))),
        "ip": P(
            "IP", f"{rng.choice([41, 102, 197, 203])}.{rng.randrange(256)}.{rng.randrange(256)}.{n % 250 + 3}"
        ),
        "pw": P("CREDENTIAL", "".join(rng.choice(string.ascii_letters + D) for _ in range(18)) + "!q"),
        "apikey": P(
            "CREDENTIAL",
            "pat"
            + "".join(rng.choice(string.ascii_letters + D) for _ in range(14))
            + "."
            + "".join(rng.choice("0123456789abcdef") for _ in range(64)),
        ),
    }
