# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the sixty-ninth probe: dental, optometry / ophthalmology, audiology,
podiatry, chiropractic and private physiotherapy practice text from the United States, the United Kingdom,
Ireland, Canada, Australia and New Zealand (synthetic only; no real patient, parent or clinician). Name words
are American (Hmong Minnesotan and Wisconsin names in the Romanized Popular Alphabet, Azorean Portuguese of
south-eastern Massachusetts), Canadian (Acadian of south-west Nova Scotia, Mi'kmaq, Indo-Fijian of Surrey,
British Columbia), British (Ulster-Scots of County Down, Gujarati of Leicester, Welsh of Ceredigion, Hazara),
Irish (Irish Traveller families of Galway and Limerick, Laggan Presbyterians of east Donegal, Hazara of
Dublin), Australian (Calabrian of the Riverina, Torres Strait Islander, Hazara of Adelaide, Afrikaans of
Perth) and New Zealand (Dalmatian of the Far North, iTaukei Fijian and Indo-Fijian of South Auckland,
Afrikaans, Otago Scots), combined at random: never a real person. They were checked against every string of
the people tables of probes 1-68 before any measurement (test_probe69: no shared name word).

Towns, townlands, suburbs and streets are invented; states, provinces, UK nations, Irish counties, regions and
countries are real and are keep values when written alone. Practices, clinics, laboratories and suppliers are
invented or generic. Numbers are random; SSN, NPI, BC PHN, NHS / H&C, PPS, Australian Medicare, IHI, Medicare
provider and NZ NHI numbers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe69 import ids
from tests.engine.probe69.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "phone"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "hmong": (
        ["Nplooj", "Ntsuab", "Yeeb", "Kiab", "Nyiaj", "Ntxawg", "Zoov", "Nchuag", "Ntxoo", "Nyob"],
        ["Txiab", "Tswb", "Pov", "Neeb", "Tooj", "Nchaiv", "Choj", "Nruag", "Looj", "Phaj", "Tshua", "Txhiaj", "Yias", "Xws", "Yob", "Suav", "Txhais"],
        ["Vwj", "Xyooj", "Yaj", "Thoj", "Muas", "Tsab", "Khaab", "Kwm", "Lauj", "Haam", "Phab"]),
    "azorean": (
        ["Graça", "Guilhermina", "Belmira"],
        [ "Deolindo", "Gualter", "Laurindo"],
        [ "Cabral", "Brum", "Fraga", "Rego"]),
    "acadian": (
        ["Bélonie", "Edmée", "Euphémie", "Lumina", "Vitaline", "Orélie"],
        ["Alphée", "Dosité", "Elphège", "Fidèle", "Hermel", "Isaïe", "Lévite", "Odilon", "Sifroy", "Théotime", "Bernadin", "Irénée"],
        ["Deveau", "Babin", "Blinn", "Jeddry", "Longuépée", "Sonier", "Caissie", "Pothier", "Amirault", "Muise"]),
    "mikmaq": (
        ["Lumina", "Edmée"],
        ["Odilon", "Isaïe", "Hermel"],
        ["Knockwood", "Pictou", "Gloade", "Poulette", "Battiste", "Doucette", "Meuse"]),
    "indo_fijian": (
        ["Shobna", "Pritika", "Anjeshni", "Sanjeshni", "Roshni", "Vineeta", "Nileshni", "Ranjila"],
        ["Avinesh", "Shalendra", "Roneel", "Ravinesh", "Ashneel", "Shalvin", "Rohinesh", "Navneel", "Shivneel", "Avineel", "Pranesh"],
        ["Chand", "Goundar", "Autar", "Dutt", "Nand"]),
    "ulster": (
        [ "Kitsy", "Teenie", "Dinnie"],
        [ "Rab", "Norrie"],
        ["Kernohan", "McIlwaine", "Lyttle", "McClintock", "Pollock", "Moorhead", "McCune",
         "McFetridge", "McKinstry"]),
    "gujarati": (
        ["Jashuben", "Manjulaben", "Ramilaben", "Sudhaben", "Nirmalaben", "Vimlaben"],
        ["Pravinbhai", "Maganlal", "Natvarlal", "Bhikhubhai", "Dhansukh", "Jitendra", "Kirit", "Pankaj", "Shailesh"],
        [ "Suthar", "Chavda", "Dodiya", "Gajjar", "Kachhela", "Kansara", "Limbachia", "Sonigra", "Bhundia", "Mashru", "Ruparel"]),
    "welsh": (
        [ "Eurwen", "Hafwen", "Eiluned"],
        [ "Goronwy", "Dyfrig", "Iorwerth"],
        ["Prytherch", "Llewellin", "Treharne", "Bebb"]),
    "hazara": (
        ["Masuma", "Gulsom", "Nargis", "Roqia"],
        ["Nazar", "Jawad", "Sakhi"],
        ["Rezaie", "Haidari", "Sultani", "Qasemi", "Changezi", "Yousufi", "Rasuli", "Sadiqi", "Hussaini", "Naseri", "Shirzad"]),
    "traveller": (
        ["Bridgie", "Teenie", "Kitsy"],
        ["Mikey", "Mikie", "Francie", "Pakie"],
        ["McDonagh", "Joyce", "Maughan", "Stokes", "Connors", "Sherlock", "Quilligan", "Mongan"]),
    "calabrian": (
        ["Mimma", "Nicolina", "Ippolita", "Mariuccia", "Gesuina", "Peppina"],
        [ "Natalino", "Annunziato", "Michelino", "Saverino", "Pantaleone"],
        ["Nirta", "Agresta", "Commisso", "Macrì", "Surace", "Ietto", "Spagnolo", "Polito", "Condello", "Violi", "Musolino"]),
    "torres_strait": (
        ["Meriam", "Genia", "Awarie"],
        ["Getano", "Seriba", "Kapua", "Paitai", "Wasa", "Kapeli", "Mabua", "Koiki"],
        ["Ahwang", "Mye", "Wapau", "Luffman"]),
    "afrikaans": (
        ["Elsabe", "Lizelle", "Sanet"],
        ["Sarel", "Koos", "Chrisjan", "Thinus", "Danie"],
        [ "Vermaak", "Grobler", "Kotzé", "Cronjé", "Lourens", "Vosloo", "Malan", "Meiring", "Myburgh", "Naude", "Rabie"]),
    "dalmatian": (
        ["Perina", "Mandica", "Pava", "Vica", "Jakica", "Dobrila"],
        [ "Stipan", "Jerko", "Kuzma", "Tonči", "Dinko"],
        ["Sunde", "Sulenta", "Ujdur", "Bakalich", "Yelavich", "Batistich", "Radojkovich", "Drljevich", "Sokolich", "Lunjevich", "Nobilo", "Soljan",
         "Babich", "Fistonich"]),
    "itaukei": (
        ["Vikatoria", "Tokasa", "Adriu", "Lanieta"],
        ["Sevanaia", "Eroni", "Apisalome", "Ilaisa", "Jovesa", "Kaliova"],
        ["Ravouvou", "Naisoro", "Nawaqa", "Vunibaka", "Tuinamata", "Lewaravu", "Ravulo", "Vatanitawa", "Naiqama", "Lutunatabua", "Seruvakula"]),
    "otago": (
        ["Kitsy", "Dinnie", "Teenie"],
        ["Norrie", "Rab"],
        ["Blackie", "Halkett", "Gebbie", "Meikle", "Loudon", "Dunnet"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region (keep) -> (abbreviation, invented towns)
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]  # mobiles
    mails: tuple[str, ...]
    cultures: dict[str, tuple[str, ...]]  # culture -> the regions it lives in


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Minnesota": ("MN", ("Phalen Slough", "Rice Creek Flats", "Sucker Lake Heights")),
        "Wisconsin": ("WI", ("Eau Pleine Junction", "Rib Falls East", "Mosinee Bluffs")),
        "Massachusetts": ("MA", ("Acushnet Landing", "Clarks Cove Heights", "Padanaram Narrows", "Steep Brook Village")),
        "Rhode Island": ("RI", ("Sakonnet Station", "Tiverton Four Corners East")),
    }, ("%### Maryland Ave E", "%## Arlington Ave W Apt %", "%#### Larpenteur Ave", "%## Rivet St, 2nd fl", "%### Acushnet Ave Apt %@", "%## Tallman St",
        "%### County Rd %@", "%## Hathaway Rd Unit %"),
        ("(651) ^##-####", "(612) ^##-####", "(715) ^##-####", "(508) ^##-####", "(774) ^##-####"),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net"),
        {"hmong": ("Minnesota", "Wisconsin"), "azorean": ("Massachusetts", "Rhode Island")}),
    Loc("CA", "Canada", {
        "Nova Scotia": ("NS", ("Meteghan Shore", "Pubnico Harbour West", "Malagawatch Cove", "Wedgeport Point")),
        "New Brunswick": ("NB", ("Richibucto Cape", "Bouctouche Bar")),
        "British Columbia": ("BC", ("Panorama Ridge West", "Kennedy Heights North", "Bear Creek Flats")),
    }, ("%### Hwy 1", "%## Chemin du Quai", "%### Rte %##", "%## Reserve Rd", "%#### %##A St", "%##-%### %##th Ave", "Unit %#, %#### King George Blvd"),
        ("(902) ^##-####", "(506) ^##-####", "(604) ^##-####", "(778) ^##-####", "902-^##-####"),
        ("gmail.com", "hotmail.com", "eastlink.ca", "shaw.ca", "outlook.com", "telus.net"),
        {"acadian": ("Nova Scotia", "New Brunswick"), "mikmaq": ("Nova Scotia", "New Brunswick"), "indo_fijian": ("British Columbia",)}),
    Loc("UK", "United Kingdom", {
        "Northern Ireland": ("", ("Drumaness Moss", "Ballykinler Cross", "Annsborough Bridge")),
        "England": ("", ("Humberstone Garth", "Spinney Hill Rise", "Rushey Fields", "Belgrave Wharf")),
        "Wales": ("", ("Llanrhystud Uchaf", "Penrhyncoch Isaf")),
    }, ("%# Loughinisland Rd", "%## Drumcaw Lane", "%# Melton Rd", "Flat %, %# Cossington St", "%## Loughborough Rd", "%# Heol y Bryn", "%# Maes Gwenllian",
        "%## Harrison Rd"),
        ("07^## ######", "+44 7^## ######", "07^##-###-###"),
        ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"),
        {"ulster": ("Northern Ireland",), "gujarati": ("England",), "welsh": ("Wales",), "hazara": ("England",)}),
    Loc("IE", "Ireland", {
        "Galway": ("Co. Galway", ("Carrowbrowne East", "Ballybrit Cross", "Menlo Lower")),
        "Limerick": ("Co. Limerick", ("Rathbane South", "Toppin's Field", "Kilteragh")),
        "Donegal": ("Co. Donegal", ("Manorcunningham Upper", "Laggan Cross", "Drumbarnett")),
        "Dublin": ("Co. Dublin", ("Belgard Heights", "Kilnamanagh Vale")),
    }, ("Bay %, %@ Halting Site", "%# Hillside Drive", "%# Cois Cuain", "%## Old Tuam Road", "Apt %#, Greenhills Court", "%# Raphoe Road",
        "%# The Orchard, Ballyclough", "Bay %#, Toppin's Field"),
        ("08^ ### ####", "+353 8^ ### ####", "08^-###-####"),
        ("gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie", "icloud.com"),
        {"traveller": ("Galway", "Limerick"), "ulster": ("Donegal",), "hazara": ("Dublin",)}),
    Loc("AU", "Australia", {
        "New South Wales": ("NSW", ("Yoogali South", "Hanwood East", "Bilbul Ridge")),
        "Queensland": ("QLD", ("Waiben Point", "Rosehill Bay", "Quarantine Flats")),
        "South Australia": ("SA", ("Mansfield Park West", "Blair Heights")),
        "Western Australia": ("WA", ("Leeming Rise", "Willetton Grove", "Bull Creek East")),
    }, ("%# Farm %## Rd", "%/%# Banna Ave", "%# Douglas St", "Lot %## Kooringal Rd", "%## Torrens Rd", "Unit %/%# Prospect Rd", "%# Rundle Ct", "%## Vahland Ave"),
        ("04## ### ###", "+61 4## ### ###", "04##-###-###"),
        ("gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"),
        {"calabrian": ("New South Wales",), "torres_strait": ("Queensland",), "hazara": ("South Australia",), "afrikaans": ("Western Australia",)}),
    Loc("NZ", "New Zealand", {
        "Northland": ("", ("Awanui Heads", "Herekino Valley", "Pukenui Flats")),
        "Auckland": ("", ("Otara Heights East", "Favona Ridge", "Clendon Park North")),
        "Otago": ("", ("Outram Glen", "Mosgiel Flats", "Saddle Hill East")),
    }, ("%# Pukepoto Rd", "%## Church Rd, RD %", "%# Te Rapa Lane", "%/%# Bairds Rd", "%## Great South Rd", "%# Gordon Rd", "Flat %, %# Factory Rd"),
        ("021 ### ####", "027 ### ####", "022 ### ####", "+64 21 ### ####"),
        ("gmail.com", "xtra.co.nz", "outlook.com", "hotmail.co.nz", "icloud.com", "slingshot.co.nz"),
        {"dalmatian": ("Northland",), "itaukei": ("Auckland",), "indo_fijian": ("Auckland",), "afrikaans": ("Auckland",), "otago": ("Otago",)}),
]}  # fmt: skip
REGION_PHONES = {
    "Minnesota": ("(651) ^##-####", "651-^##-####"), "Wisconsin": ("(715) ^##-####",), "Massachusetts": ("(508) ^##-####", "508-^##-####"),
    "Rhode Island": ("(401) ^##-####",),
    "Nova Scotia": ("(902) ^##-####",), "New Brunswick": ("(506) ^##-####",), "British Columbia": ("(604) ^##-####", "604-^##-####"),
    "Northern Ireland": ("028 4^## ####", "(028) 9^## ####"), "England": ("0116 2^# ####",), "Wales": ("01970 6#####",),
    "Galway": ("(091) 7#####", "091-7#####"), "Limerick": ("(061) 3#####",), "Donegal": ("(074) 91 #####",), "Dublin": ("(01) 4^# ####",),
    "New South Wales": ("(02) 696^ ####",), "Queensland": ("(07) 4069 ####",), "South Australia": ("(08) 82^# ####",), "Western Australia": ("(08) 93^# ####",),
    "Northland": ("(09) 40^ ####",), "Auckland": ("(09) 27^ ####", "09 26^ ####"), "Otago": ("(03) 48^ ####",),
}  # fmt: skip
US_ZIP = {"Minnesota": "551##", "Wisconsin": "544##", "Massachusetts": "027##", "Rhode Island": "028##"}
CA_FSA = {"NS": "B", "NB": "E", "BC": "V"}
UK_OUT = {
    "Northern Ireland": ["BT30", "BT31", "BT33"],
    "England": ["LE4", "LE5", "LE1"],
    "Wales": ["SY23", "SY24"],
}
IE_KEY = {
    "Galway": ["H91", "H54"],
    "Limerick": ["V94", "V35"],
    "Donegal": ["F93", "F94"],
    "Dublin": ["D24", "D22"],
}
AU_PC = {
    "New South Wales": "268#",
    "Queensland": "4875",
    "South Australia": "501#",
    "Western Australia": "615#",
}
NZ_PC = {"Northland": "04##", "Auckland": "21##", "Otago": "90##"}  # South Auckland 21xx: never a year


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
    postcode: str
    nid: str = ""  # SSN (US), provincial health number (CA), NHS / H&C number (UK), PPS (IE), Medicare (AU), NHI (NZ)
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def _plain(s: str) -> str:
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "")


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word is shared with anyone already drawn for the document."""
    if culture is None and region is not None:
        culture = rng.choice([c for c, regs in loc.cultures.items() if region in regs] or list(loc.cultures))
    culture = culture or rng.choice(list(loc.cultures))
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    if not free:  # a small table borrows its neighbours' given names
        free = [g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not (_words(g) & used)]
    given = rng.choice(free)
    used |= _words(given)
    if family is None:
        free_f = [f for f in fams if not (_words(f) & used)]
        if not free_f:
            free_f = [f for c in loc.cultures for f in NAMES[c][2] if not (_words(f) & used)]
        family = rng.choice(free_f)
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = _plain(given), _plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(10, 999)}", f"{g}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = region or rng.choice(loc.cultures.get(culture) or list(loc.regions))
        abbr, towns = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region, abbr)
    phones = REGION_PHONES.get(region, ()) + loc.phones
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(phones)),
               fill(rng, rng.choice(loc.phones)), email, line, town, pc)  # fmt: skip
    w.nid = national_id(rng, w)
    w.addr = address(w)
    return w


def postcode(rng: random.Random, code: str, region: str, abbr: str) -> str:
    if code == "US":
        return fill(rng, US_ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.25 else "")
    if code == "CA":
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{CA_FSA[abbr]}{fill(rng, '%')}{rng.choice(letters)} {fill(rng, '%')}{rng.choice(letters)}{fill(rng, '#')}"
    if code == "UK":
        return f"{rng.choice(UK_OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "IE":
        return ids.eircode(rng, rng.choice(IE_KEY[region]))
    if code == "NZ":
        return fill(rng, NZ_PC[region])
    return fill(rng, AU_PC[region])


def national_id(rng: random.Random, w: Person) -> str:
    c = w.loc.code
    if c == "US":
        return ids.ssn(rng)
    if c == "CA":
        return (
            ids.bc_phn(rng)
            if w.abbr == "BC"
            else fill(rng, "%### ### ###")
            if w.abbr == "NS"
            else fill(rng, "%########")
        )
    if c == "UK":
        return ids.nhs(
            rng,
            rng.choice(["32#", "33#", "34#", "35#"])
            if w.region == "Northern Ireland"
            else rng.choice(["4##", "6##"]),
        )
    if c == "IE":
        return ids.ppsn(rng)
    if c == "NZ":
        return ids.nhi(rng)
    return ids.medicare_au(rng)


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the state / province / county plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f" {w.abbr}  ", Z(w.postcode))
    if c == "UK":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {w.abbr}, ", Z(w.postcode))
    if c == "NZ":
        return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))


def phone(rng: random.Random, loc: Loc, region: str) -> str:
    """A number of `region` (a landline's area code) or of the country (a mobile)."""
    return fill(rng, rng.choice(REGION_PHONES.get(region, ()) + loc.phones))
