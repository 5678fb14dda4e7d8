# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the sixty-first probe: maternity, neonatal, fertility and paediatric text from
the United States, the United Kingdom (England, Wales, Scotland), Ireland, Canada, Australia and New Zealand
(synthetic only; no real woman, baby, partner, donor or clinician). Name words are those of the families these
services see: modern American baby names (Kambree, Jaxtin, Daleyza) and Southern / Appalachian family names,
English, Cornish, Welsh and Scots family names, British Punjabi, Nigerian, Somali and Polish families, Irish
given names in their Irish spellings and Irish family names, Inuit (Nunavut, Nunavik) and Cree / Anishinaabe
families, Australian given names, Māori and Samoan / Tongan families -- combined at random: never a real
person. They were checked against every string of the people tables of probes 1-60 before any measurement
(test_probe61: no shared name word, also with accents removed).

Towns, townlands, suburbs, communities, counties (US), streets and postcodes are invented (random, in the
country's format: ZIP, UK postcode, Eircode, Canadian postal code, Australian and NZ postcodes); US states,
Canadian provinces and territories, Australian states, NZ regions and the UK nations are real and are keep
values when written alone; Irish counties are real and, as subdivisions of the state, are ADDRESS. Hospitals,
units and clinics are generic or invented (keep). Numbers are random; NHS, CHI, PPSN, NHI, Medicare, IHI,
Ontario and BC health numbers, NPIs and UPNs carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe61 import ids
from tests.engine.probe61.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

_BRITISH_FAMILY = ["Ashbrook", "Dewhirst", "Longbottom", "Rothwell", "Taylorson", "Hazlehurst", "Knatchbull", "Mapplebeck", "Northcote", "Quiller",
                   "Rosevear", "Honeysett", "Puddephatt", "Sweetapple", "Thorogood", "Bellringer", "Hobday", "Inskip", "Juckes", "Kitchingman",
                   "Ledingham", "Mitchinson", "Nethercott", "Oxenham", "Quennell", "Rapley", "Vickerstaff", "Whitelegg", "Iveson", "Lamplugh",
                   "Nutbrown", "Outram", "Quayle", "Stobart", "Wrigglesworth", "Cairncross", "Meiklejohn", "Nairn", "Applegarth", "Challis",
                   "Eversley", "Gorringe", "Orpen", "Upcott", "Tremain", "Menadue", "Macsween", "Gahir", "Multani", "Dhanoa", "Tatla", "Ezeilo",
                   "Akande", "Amadi", "Hajduk", "Jarosz", "Marczak", "Nowak", "Sowa"]  # fmt: skip

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "american": (["Kambree", "Emberlynn", "Kadence", "Kaylani", "Ellianna", "Journi", "Jurnee", "Averie", "Everley", "Daleyza", "Iyla", "Karsyn",
                  "Quinley", "Wrenley", "Kaylynn", "Destinee", "Shakayla", "Jada", "Bailee", "Cheyanne", "Addilyn", "Lakyn", "Kallie", "Paislee",
                  "Kenlee", "Kamila", "Saniyah", "Tamia", "Addyson", "Ensley", "Kehlani", "Jaylene", "Shania", "Ophelia", "Jenna", "Kaylah", "Kaiya"],
                 ["Jaxtin", "Raylan", "Kolsyn", "Brexton", "Maclane", "Finnick", "Callan", "Bowie", "Uriah", "Xander", "Yosef", "Zev", "Daxton",
                  "Cashton", "Kaysen", "Kaison", "Jamarion", "Zaylen", "Halston", "Kody", "Jhett", "Nate", "Jackson", "Riley"],
                 ["Hollingshead", "Weatherspoon", "Blassingame", "Scruggs", "McGhee", "Grubbs", "Hunnicutt", "Stutts", "Trivette", "Lockyer", "Judd",
                  "Rolfe", "Tidball", "Nokes", "Babbage", "Dampier", "Doubleday", "Bunyan", "Youngman", "Tunney", "Jennings", "Langan", "Spellman",
                  "Waldron", "Hendry"]),
    "british": (["Ianthe", "Tesni", "Awen", "Oliwia", "Jasmeet", "Ishpreet", "Sukhmani", "Avneet", "Harnoor", "Prabhleen", "Adaku", "Zikora",
                 "Munachi", "Yusra", "Anab", "Asli", "Ikraan", "Filan"],
                ["Jonty", "Caspar", "Locryn", "Cadfan", "Hefin", "Idwal", "Bartosz", "Mateusz", "Jaskirat", "Ekamjot", "Arshdeep", "Gurkirat",
                 "Jaspal", "Kulvir", "Manvir", "Paramvir", "Daljeet", "Somto", "Tobenna", "Olisa", "Mahamed", "Absame", "Taranjit", "Harjeet"],
                _BRITISH_FAMILY),
    "irish": (["Nainsí", "Tríona", "Aibhlín", "Iseult", "Cadhla", "Fiadhnait", "Lasairíona", "Muirne", "Síomha", "Taedín", "Affrica", "Brónach",
               "Cróine", "Dáiríne", "Fainche", "Íte", "Tiarna"],
              ["Feargal", "Ciarnán", "Fiachna", "Ardal", "Ailill", "Bréanainn", "Faolán", "Iollann", "Lonán", "Macdara", "Mochua", "Odrán", "Pilib",
               "Tighearnach", "Cathair", "Eochaidh", "Fearghus", "Ruairín", "Conan"],
              ["Kissane", "Kielty", "Cahalane", "Cheasty", "Delahunty", "Gahan", "Hennebry", "Blennerhassett", "Culloty", "Kearins", "Ruttledge",
               "Tansey", "Scally", "Grealish", "Fahy", "Kenny", "Mullane", "Keniry", "Qualter", "Rabbitte", "Vahey", "Durcan", "Gilvarry", "Horkan",
               "Munnelly"]),
    "canadian": (["Siqiniq", "Nuvuja", "Kiliutaq", "Quvianaq", "Nalaga", "Niviaqsi", "Ukaliannuk", "Alookie", "Piyesis", "Apisi", "Avneet", "Prabhleen"],
                 ["Pitseolak", "Migizi", "Ziibi", "Aaluk", "Akeego", "Eetuk", "Qilaq", "Amarok", "Maskwa", "Wapun", "Mistik", "Kisik", "Akalak"],
                 ["Angutimarik", "Qaqqaq", "Oolooyuk", "Akpaliapik", "Eagletail", "Littlechief", "Manywounds", "Bigcrow", "Cuthand", "Okimaw",
                  "Atagoyuk", "Eeyeevadluk", "Kallak", "Kooneeliusie", "Nakashuk", "Qamaniq", "Sivuarapik", "Tagornak", "Uyarak", "Apaqaq",
                  "Anernerk", "Akittiq", "Ikkidluak", "Attagutsiak", "Nutarariaq", "Sheutiapik", "Pootoogook", "Arnatsiaq", "Chakasim", "Gamblin",
                  "Matawapit", "Mianscum", "Neeposh", "Petawabano", "Quachegan", "Wabano", "Dhanoa", "Tatla"]),
    "australian": (["Sharni", "Taneka", "Rikki", "Kiahna", "Tiarna", "Kirrah", "Narla", "Maddi", "Brittney", "Shantelle", "Kaylah"],
                   ["Jonty", "Kiel", "Tyce", "Jai", "Braith", "Reef", "Tahj", "Nate", "Luca", "Riley"],
                   _BRITISH_FAMILY),
    "maori": (["Kiriana", "Maioha", "Awatea", "Waiora", "Tuihana", "Kaiora", "Rerehau", "Tiahuia", "Hinetū", "Pareārau", "Rangiātea", "Arohanui",
               "Parewhai"],
              ["Tawera", "Rongo", "Paikea", "Hoani", "Kahurau", "Pirimia", "Nohorua", "Mahaki", "Kaihautu", "Mātai", "Rihari", "Ariki"],
              ["Potaka", "Winiata", "Tawhara", "Tumai", "Witana", "Pauro", "Hura", "Taiaroa", "Kerehoma", "Tapiata", "Ngapo", "Haenga", "Paenga",
               "Tutaki", "Manuirangi", "Pomana"]),
    "pasifika": (["Fiaola", "Lanuola", "Sefina", "Lupesina", "Elenoa", "Fusi", "Ofeina", "Vailahi", "Moli", "Talataina"],
                 ["Saia", "Tevite", "Hosea", "Kolose", "Pesi", "Ioelu", "Amosa", "Tanginoa", "Mateaki"],
                 ["Funaki", "Uele", "Leupolu", "Hingano", "Kautoga", "Pasikala", "Vea", "Tuiasi", "Tuiletufuga", "Sapatu", "Tautai", "Pouesi",
                  "Tuifao", "Maiava", "Seumalo", "Fuatai", "Pulotu", "Tofilau"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[
        str, tuple[str, ...]
    ]  # state / province / region / nation (keep; IE: county, ADDRESS) -> towns
    counties: dict[str, tuple[str, ...]]  # US: state -> invented counties (ADDRESS)
    streets: tuple[str, ...]  # fill patterns of a street line
    postcodes: dict[str, tuple[str, ...]]  # region -> fill patterns (IE: Eircode routing keys)
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]
    abbr: dict[str, str]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Ohio": ("Cedarmont Falls", "Tuscarawas Bend", "Wapakon Ridge", "Fairlane Crossing"),
        "Tennessee": ("Sevier Crossing", "Harriman Flats", "Clinch Valley Station", "Elkmont Ridge"),
        "Minnesota": ("Tamarack Lake", "Wabasha Bluffs", "Lindstrom Prairie", "Kettle River Bend"),
        "New Mexico": ("Sandia Vista", "Corrales Bend", "Mesilla Junction", "Abiquiu Mesa"),
    }, {"Ohio": ("Tanager County", "Millbrook County"), "Tennessee": ("Holston County", "Cumberland Gap County"),
        "Minnesota": ("Kanabec Prairie County", "Sibley Lake County"), "New Mexico": ("Rio Arriba Flats County", "Valencia Mesa County")},
        ("%### Larkspur Trl", "%## Quail Run Dr", "%#### County Road %#", "%### Sassafras Ln Apt %@", "%## N Buckeye St", "%### Piñon Loop",
         "%### Redbud Hollow Rd", "%## Whippoorwill Ct"),
        {"Ohio": ("43###", "44###"), "Tennessee": ("37###",), "Minnesota": ("55###", "56###"), "New Mexico": ("87###", "88###")},
        ("(614) ^##-####", "(740) ^##-####", "(423) ^##-####", "(865) ^##-####", "(218) ^##-####", "(651) ^##-####", "(505) ^##-####", "(575) ^##-####"),
        ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com"), ("american",),
        {"Ohio": "OH", "Tennessee": "TN", "Minnesota": "MN", "New Mexico": "NM"}),
    Loc("GB", "United Kingdom", {
        "England": ("Thornleigh Wick", "Haddon Parva", "Amblethorpe", "Ravensworth Vale", "Pennick Cross"),
        "Wales": ("Llanddewi Fach", "Pontrhydfen Isaf", "Cwm Eithin"),
        "Scotland": ("Glenbervie Mains", "Kilmory Bridge", "Strathglass Burn"),
    }, {}, ("%# Alder Row", "Flat %, %# Wrenfield Court", "%## Cobbold Road", "%# Foxglove Mews", "%# Heol y Nant", "%# Burnside Wynd",
            "%#A Sorrel Terrace", "%## Chantry Lane"),
        {"England": ("LS%# %@@", "DN%# %@@", "HG% %@@", "TR%# %@@"), "Wales": ("SA%# %@@", "LL%# %@@"), "Scotland": ("IV%# %@@", "PH% %@@", "AB%# %@@")},
        ("07^## ######", "+44 7^## ######", "07^##-^#####", "01^## ^#####"),
        ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com"), ("british",), {}),
    Loc("IE", "Ireland", {
        "Mayo": ("Cloonfad East", "Carrowkeel Upper", "Knockaun Beg"),
        "Clare": ("Inchicronan", "Kilmurry Ibrickane North", "Tullyvarraga"),
        "Kerry": ("Gortnahoon", "Ballycurraghmore", "Clooncose"),
        "Donegal": ("Derrylahan", "Lisnagry Cross", "Ardnaglass Beg"),
    }, {}, ("%# Ard na Gréine", "%# Páirc an Easpaig", "%# Cluain Mhuire", "Apt %, Bóthar na Trá", "%# The Paddocks", "%# Radharc an Chnoic"),
        {"Mayo": ("F23", "F26", "F28"), "Clare": ("V95", "V14"), "Kerry": ("V92", "V93"), "Donegal": ("F92", "F93", "F94")},
        ("08^ ### ####", "+353 8^ ### ####", "(094) ^## ####", "(065) ^## ####", "08^-###-####"),
        ("gmail.com", "eircom.net", "hotmail.com", "icloud.com", "yahoo.ie"), ("irish", "irish", "irish", "british"), {}),
    Loc("CA", "Canada", {
        "Ontario": ("Kenora Narrows", "Sioux Lookout Flats", "Manitouwadge Ridge"),
        "Manitoba": ("Caribou Narrows", "Pinawa Landing", "Whiteshell Bend", "Wapusk Crossing"),
        "Nunavut": ("Qaqqalik Bay", "Nuvuk Harbour"),
        "British Columbia": ("Cowichan Ridge", "Nanoose Landing", "Ladysmith Bench"),
    }, {}, ("%## Caribou Cres", "House %###", "%### Tamarack Dr", "Unit %0%, %## Sumac Ave", "%## Birchwood Bay", "Building %##", "%### Ptarmigan Rd"),
        {"Ontario": ("P%@ %@%",), "Manitoba": ("R%@ %@%",), "Nunavut": ("X0A %@%", "X0B %@%"), "British Columbia": ("V%@ %@%",)},
        ("(807) ^##-####", "(204) ^##-####", "(867) ^##-####", "(250) ^##-####", "807-^##-####", "204-^##-####"),
        ("gmail.com", "hotmail.ca", "outlook.com", "shaw.ca", "qiniq.com"), ("canadian", "canadian", "canadian", "british"),
        {"Ontario": "ON", "Manitoba": "MB", "Nunavut": "NU", "British Columbia": "BC"}),
    Loc("AU", "Australia", {
        "Queensland": ("Wirraway Heights", "Goondiwindi West", "Murrumba Downs East"),
        "Victoria": ("Kialla Rise", "Mooroopna North", "Tallygaroopna Flats"),
        "Western Australia": ("Mandurah Shores", "Byford Rise", "Kununurra East"),
        "New South Wales": ("Narrandera East", "Wagga Heights"),
    }, {}, ("%# Wattlebird Cres", "Unit %/%# Banksia St", "%## Jacaranda Dr", "Lot %# Ironbark Rd", "%# Currawong Cct", "%# Bottlebrush Pl"),
        {"Queensland": ("43##", "45##"), "Victoria": ("36##",), "Western Australia": ("62##", "67##"), "New South Wales": ("27##", "26##")},
        ("04## ### ###", "+61 4## ### ###", "(07) 4^## ####", "(03) 58^# ####", "(08) 95^# ####"),
        ("gmail.com", "bigpond.com", "outlook.com", "icloud.com", "hotmail.com"), ("australian", "australian", "australian", "pasifika", "maori"),
        {"Queensland": "QLD", "Victoria": "VIC", "Western Australia": "WA", "New South Wales": "NSW"}),
    Loc("NZ", "New Zealand", {
        "Waikato": ("Kihikihi Flats", "Pirongia Heights", "Otorohanga Rise"),
        "Canterbury": ("Rangiora North", "Kaiapoi Flats", "Oxford Downs"),
        "Northland": ("Kaikohe East", "Moerewa Flats", "Kawakawa Heights"),
        "Manawatū-Whanganui": ("Feilding North", "Dannevirke West", "Bulls Crossing"),
    }, {}, ("%# Kōwhai Street", "%#A Tōtara Crescent", "%## Rimu Road", "Flat %, %# Pūriri Place", "%# Mataī Grove", "%### Karaka Road"),
        {"Waikato": ("38##",), "Canterbury": ("74##",), "Northland": ("04##",), "Manawatū-Whanganui": ("48##",)},
        ("021 ### ####", "027 ^## ####", "022 ^## ####", "+64 21 ^## ####", "(07) 87^ ####", "(09) 40^ ####"),
        ("gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com"), ("maori", "maori", "pasifika", "british"), {}),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
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
    county: str  # US county, IE county
    postcode: str
    nid: str = ""  # NHS / CHI number, PPSN, SSN, IHI, NHI
    hp: str = ""  # Medicaid ID, Medicare number, provincial health number, medical card
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _pick(rng: random.Random, values: tuple[str, ...], used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 60 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a child's family
    name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    pool = [g for g in (fs if female else ms) if g not in used]
    given = rng.choice(pool)
    used.add(given)
    if family is None:
        family = rng.choice([f for f in fam if f not in used])
    used.add(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g = _ascii(given).lower()
    f = _ascii(family).lower()
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}{rng.randint(1, 9)}",
                        f"{g}{dob.year}"])  # fmt: skip
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, county, pc = home.region, home.line, home.town, home.county, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        town = _pick(rng, loc.regions[region], used)
        county = (
            _pick(rng, loc.counties[region], used) if loc.counties else (region if loc.code == "IE" else "")
        )
        line = fill(rng, rng.choice(loc.streets))
        pat = rng.choice(loc.postcodes[region])
        pc = ids.eircode(rng, pat) if loc.code == "IE" else fill(rng, pat)
        if loc.code == "US" and rng.random() < 0.15:
            pc += fill(rng, "-####")
        used |= {town, county}
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)),
               email, line, town, county, pc)  # fmt: skip
    w.nid, w.hp = national_ids(rng, w)
    w.addr = address(w)
    return w


def _ascii(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c) and c.isalpha())


def national_ids(rng: random.Random, w: Person) -> tuple[str, str]:
    c = w.loc.code
    if c == "US":
        return ids.ssn(rng), fill(
            rng,
            {
                "Ohio": "%###########",
                "Tennessee": "%########",
                "Minnesota": "%#######",
                "New Mexico": "%#########",
            }[w.region],
        )
    if c == "GB":
        return (ids.chi(rng, w.dob, w.female) if w.region == "Scotland" else ids.nhs(rng)), ""
    if c == "IE":
        return ids.ppsn(rng), fill(rng, rng.choice(["%######@", "%#######"]))
    if c == "CA":
        hp = {"Ontario": lambda: ids.ontario_hcn(rng), "Manitoba": lambda: fill(rng, "%## ### ###"),
              "Nunavut": lambda: fill(rng, "1#######"), "British Columbia": lambda: ids.bc_phn(rng)}[w.region]()  # fmt: skip
        return fill(rng, "%#########"), hp
    if c == "AU":
        return ids.ihi(rng), ids.medicare_au(rng)
    return ids.nhi(rng), ""


def address(w: Person) -> tuple:
    """The whole home address as the country writes it: PHI pieces; the state / province / region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.loc.abbr[w.region]} ", Z(w.postcode))
    if c == "GB":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), ", Co. ", A(w.county), ", ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f", {w.loc.abbr[w.region]} ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {w.loc.abbr[w.region]} ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
