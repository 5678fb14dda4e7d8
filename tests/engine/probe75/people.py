# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventy-fifth probe: health data files and exports from the United
States, the United Kingdom, Australia and New Zealand (synthetic only; no real patient, participant,
subscriber, clinician or analyst). Name words are American (Eritrean and Ethiopian Tigrinya names of the
Seattle area, Armenian names of the Los Angeles area, Marshallese names of north-west Arkansas, Hawaiian
names), British (Sri Lankan Tamil names of London, Sorani Kurdish names, Scottish Gaelic family names of the
Hebrides in their Gaelic forms), Australian (Maronite Lebanese names of Sydney, Greek family names of
Melbourne, Yolngu names of north-east Arnhem Land) and New Zealand (Tongan, Samoan and Maori names),
combined at random: never a real person. They were checked against every string of the people tables of
probes 1-72 and against the engine's name lexicon before any measurement (test_probe75: no shared name word).

Towns, suburbs, homelands and streets are invented; states, nations, territories and countries are real and
are keep values when written alone. Numbers are random; SSN, NPI, DEA, NHS, Australian Medicare, IHI and NZ
NHI numbers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe75 import ids
from tests.engine.probe75.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "phone"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "tigrinya": (
        ["Letemariam", "Freweyni", "Nebiat", "Tsehaitu", "Lemlem", "Zufan", "Abeba", "Tsigereda", "Medhanit", "Dehab", "Birikti", "Ksanet", "Simret",
         "Tsebaot", "Akeza", "Mahder"],
        ["Tesfalidet", "Kiflom", "Mussie", "Natnael", "Semere", "Kibrom", "Goitom", "Tsegay", "Measho", "Mehretab", "Tesfit", "Ghidey", "Weldu",
         "Fikremariam", "Ghebrat", "Eyob", "Temesghen", "Aklilu", "Zerisenay"],
        ["Haileab", "Ghebreyesus", "Teklemariam", "Weldeab", "Ghebremedhin", "Fessehaye", "Mebrahtu", "Asghedom", "Mengesha", "Gebrekidan",
         "Okubamichael", "Woldeselassie", "Tesfazion", "Ghebrehiwet", "Negassi", "Gebrezgabiher", "Woldemikael", "Tesfagiorgis", "Zeremariam",
         "Ghebrekristos", "Mehreteab", "Tewoldemedhin", "Hagosmariam", "Weldegebriel", "Ghebresilassie", "Andeberhan", "Zerezghi", "Debesai"]),
    "armenian": (
        ["Taguhi", "Margarit", "Shushanik", "Astghik", "Anoush", "Varsenik", "Arevik", "Heghine", "Ruzanna", "Vardanush", "Haykanush"],
        ["Karapet", "Garnik", "Mkrtich", "Hakob", "Khachik", "Artavazd", "Vachagan", "Arshak", "Norayr", "Vrezh", "Samvel", "Hmayak", "Aghasi", "Derenik"],
        ["Torosyan", "Aghajanyan", "Kalpakian", "Poghosyan", "Baghdasaryan", "Karapetian", "Tatevosyan", "Movsisyan", "Galstyan", "Sahakyan",
         "Mnatsakanyan", "Kirakosyan", "Voskanyan", "Ohanessian", "Yeghiazaryan", "Shakhnazaryan", "Hambardzumyan", "Davtyan", "Mirzoyan", "Safaryan",
         "Yesayan", "Kouyoumjian", "Donabedian", "Keshishian", "Hakobjanyan", "Zohrabyan", "Arakelyan", "Gharibyan"]),
    "marshallese": (
        ["Neijon", "Jinna", "Biana", "Lemiko", "Jeliko", "Likinono", "Nerine", "Tarine", "Lijibwij", "Limeto", "Laiso", "Lijiniam", "Lorina", "Mejbon"],
        ["Kojeiro", "Jitiam", "Anjua", "Laninbit", "Tomeing", "Jelton", "Lanjo", "Jebro", "Hemos", "Ijoke", "Jabwe", "Lokwot", "Jemej", "Rinamu", "Kiluk"],
        ["Jorbon", "Lanki", "Lemari", "Ishoda", "Langidrik", "Bokin", "Jibbwe", "Lautoa", "Lalimo", "Jejo", "Jelke", "Lokboj", "Lemae", "Lankio", "Jamore",
         "Jakeo", "Lometo"]),
    "hawaiian": (
        ["Healani", "Kuulei", "Ululani", "Moanikeala", "Mapuana", "Keolalani", "Nalei", "Puanani", "Lehuanani"],
        ["Kapono", "Mahiai", "Kaimi", "Kalei", "Nainoa", "Kaulana", "Kamuela", "Hokuao"],
        ["Kaawa", "Kauwila", "Kaneakua", "Keliihananui", "Kamaunu", "Kahoohanohano", "Pahukoa", "Nahoopii", "Kaahanui", "Hoopii", "Puaoi", "Kahikina",
         "Makanani", "Kapuniai", "Kaluhiwa", "Kaupu", "Nakaahiki", "Kaleohano", "Keawekane", "Kahalewai"]),
    "tamil": (
        ["Thanuja", "Vasanthy", "Nithiya", "Rajitha", "Thusyanthi", "Luxmy", "Kirusha", "Mayuri", "Sobana", "Uthayakumari", "Sutharshini", "Gowsika",
         "Yathursha"],
        ["Kajan", "Vithusan", "Jeyaseelan", "Mathuran", "Kobikanth", "Sangeeth", "Ramanan", "Thileepan", "Kajeepan", "Arulmoly", "Thuvarakan",
         "Sasikaran", "Uthayan", "Nimalan", "Luxshan", "Abiraman", "Kuhan", "Sivatharsan", "Thanushan", "Mayooran"],
        ["Ponnuthurai", "Sellathurai", "Balasingam", "Mahendran", "Velauthapillai", "Nagalingam", "Sivanesan", "Vaithilingam", "Sivagurunathan",
         "Rajaratnam", "Somasundaram", "Ganeshalingam", "Shanmuganathan", "Puvanendran", "Yoganathan", "Satchithananthan"]),
    "kurdish": (
        ["Shilan", "Berivan", "Rojda", "Gulistan", "Zozan", "Shno", "Hawjin", "Kazhal", "Runak", "Sozan"],
        ["Rebwar", "Hawre", "Shwan", "Dilshad", "Bakhtiyar", "Sherzad", "Rizgar", "Karwan", "Hiwa", "Peshraw", "Zirak"],
        ["Barzinji", "Qaradaghi", "Shwani", "Bapir", "Piramerdi", "Hamakarim", "Raoof", "Zangana", "Mahwi", "Nawzad", "Garmiani", "Khoshnaw", "Penjweni",
         "Surchi"]),
    "gaelic": (
        ["Dolag", "Raonaid", "Ceitidh", "Curstaidh"],
        [],  # a Gaelic family's men carry their neighbours' given names (the small tables borrow)
        ["Dòmhnallach", "MacAoidh", "MacIlleMhoire", "Moireasdan", "MacLeòid", "MacRath", "Rothach", "Siosal", "Grannd", "MacIllFhinnein"]),
    "lebanese": (
        ["Rouba", "Ibtissam", "Hyam", "Nouhad"],
        ["Wadih", "Nehme"],
        ["Moubarak", "Zogheib", "Assaf", "Chedid", "Khalife", "Rizkallah", "Fakhry", "Kfoury", "Maatouk", "Chahine", "Khawand", "Mouawad", "Haykal"]),
    "greek": (
        ["Zoitsa"],
        ["Diamantis"],
        ["Tsiolkas", "Theodoropoulos", "Dimopoulos", "Kyriakopoulos", "Papanikolaou", "Tsakalos", "Kourkoulas", "Sarantopoulos", "Tsirigotis", "Lazaridis",
         "Moutsopoulos", "Drakopoulos", "Kouvaras", "Paraskevopoulos", "Koutsouris", "Giannoulis", "Kapsalis"]),
    "yolngu": (
        ["Dhuwarrwarr", "Gurrundul", "Djapirri", "Yalmay", "Banula", "Gulumbu", "Mulkun", "Nyapanyapa", "Galuma"],
        ["Djambawa", "Mangalay", "Mandaka", "Gapany", "Buwathay", "Galarrwuy", "Djiniyini"],
        ["Munyarryun", "Bukulatjpi", "Guyula", "Wirrpanda"]),
    "tongan": (
        ["Fuiva", "Kaloni", "Lataisia"],
        ["Keleti", "Fetuli", "Ofisi", "Akapusi"],
        ["Ahio", "Fusitua", "Tongauiha", "Tupouniua", "Fineanganofo", "Lasike", "Halaholo", "Vakalahi", "Fakahua", "Maamaloa", "Otuhouma", "Havea",
         "Kautai", "Afuhaamango"]),
    "samoan": (
        ["Faafetai", "Aliitasi", "Tauama", "Faalua", "Leatuavao", "Siniva", "Taualai"],
        ["Tevaga", "Faatali", "Tuiloma", "Paepae", "Aperaamo", "Vaai"],
        ["Tanuvasa", "Malielegaoi", "Fepulea", "Sefuiva", "Taotua", "Toomata", "Vaovasa", "Laulu", "Fanolua"]),
    "maori": (
        ["Hineraumati", "Raiha", "Ngareta", "Mihiterina", "Ngawai"],
        ["Heemi", "Tuku"],
        ["Pohatu", "Tahuparae", "Tangitu", "Rangiheuea", "Paraha", "Tuterangi", "Hekenui", "Karauria", "Whakamoe"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region (keep) -> (abbreviation, invented towns)
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: dict[str, tuple[str, ...]]  # culture -> the regions it lives in


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Washington": ("WA", ("Tukwila Heights", "Renton Gardens", "Skyway Bluffs", "Rainier Flats")),
        "California": ("CA", ("Glendale Terraces", "Verdugo Springs", "Sunland Mesa", "Tujunga Knolls")),
        "Arkansas": ("AR", ("Springdale Hollow", "Elm Springs Crossing", "Tontitown Ridge", "Lowell Bottoms")),
        "Hawaii": ("HI", ("Waianae Kai Uka", "Nanakuli Mauka", "Kalihi Valley Makai", "Papakolea Heights")),
    }, ("%### S Boeing Access Rd", "%#### 51st Ave S Apt %##", "%### Honolulu Ave Unit %", "%## W Hemlock Plaza Dr", "%### Sunset Hollow Ln",
        "%## Kamehameha Ridge Pl", "%#### Pikake Lane", "%### Walnut Grove Trailer Ct Lot %#", "%## Ridgecrest Loop"),
        (),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "hawaii.rr.com"),
        {"tigrinya": ("Washington",), "armenian": ("California",), "marshallese": ("Arkansas",), "hawaiian": ("Hawaii",)}),
    Loc("UK", "United Kingdom", {
        "England": ("", ("Wembley Lees", "Tooting Marsh", "Harrow Wealdside", "Eastham Vale", "Sheffield Brightmoor")),
        "Scotland": ("", ("Baile Mhanais", "Loch nam Faoileag", "Tolstadh Ard")),
    }, ("%# Cricklewood Mews", "Flat %, %# Dollis Court", "%## Lowestoft Road", "%# Kiln Yard", "%#@ Ropery Street", "%# Skerryvore Place",
        "Flat %#, Harbinger House, Station Approach", "%# Cnoc an t-Sìthein"),
        ("07^## ######", "+44 7^## ######", "07^##-###-###"),
        ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"),
        {"tamil": ("England",), "kurdish": ("England",), "gaelic": ("Scotland",)}),
    Loc("AU", "Australia", {
        "New South Wales": ("NSW", ("Harris Park West", "Granville Rise", "Merrylands Vale")),
        "Victoria": ("VIC", ("Oakleigh Parklands", "Brunswick Ridge", "Thornbury Heights")),
        "Northern Territory": ("NT", ("Gumurr Miwatj Homeland", "Dhalinybuy Outstation", "Nhulunbuy East")),
    }, ("%# Wigram Street", "Unit %/%# Bellevue Pde", "%## Wattle Grove Rd", "%/%# Kookaburra Cl", "Lot %## Stringybark Dr", "%# Tamarind Tce",
        "House %#"),
        ("04## ### ###", "+61 4## ### ###", "04##-###-###"),
        ("gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"),
        {"lebanese": ("New South Wales",), "greek": ("Victoria",), "yolngu": ("Northern Territory",)}),
    Loc("NZ", "New Zealand", {
        "Auckland": ("", ("Otahuhu Fields", "Mangere Downs", "Favona Heights", "Clendon Ridge")),
        "Waikato": ("", ("Huntly Kainga", "Ngaruawahia Flats", "Rakaumanga Pa")),
        "Bay of Plenty": ("", ("Te Teko Junction", "Kawerau Heights")),
    }, ("%# Kohekohe Street", "%/%## Puhinui Road", "%## Massey Road", "Flat %, %# Tidal Crescent", "%## Hakanoa Street", "%# Totara Place"),
        ("021 ### ####", "022 ### ####", "027 ### ####", "+64 21 ### ####"),
        ("gmail.com", "xtra.co.nz", "outlook.com", "icloud.com", "hotmail.com", "yahoo.co.nz"),
        {"tongan": ("Auckland",), "samoan": ("Auckland",), "maori": ("Waikato", "Bay of Plenty")}),
]}  # fmt: skip
REGION_PHONES = {
    "Washington": ("(206) ^##-####", "(253) ^##-####"), "California": ("(818) ^##-####", "(747) ^##-####"),
    "Arkansas": ("(479) ^##-####", "479-^##-####"), "Hawaii": ("(808) ^##-####", "808-^##-####"),
    "England": ("020 8^## ####", "0114 2^# ####"), "Scotland": ("01851 ^#####",),
    "New South Wales": ("(02) 96^# ####",), "Victoria": ("(03) 95^# ####",), "Northern Territory": ("(08) 89^# ####",),
    "Auckland": ("(09) 27^ ####",), "Waikato": ("(07) 828 ####",), "Bay of Plenty": ("(07) 323 ####",),
}  # fmt: skip
US_ZIP = {"Washington": "981##", "California": "912##", "Arkansas": "727##", "Hawaii": "967##"}
UK_OUT = {"England": ["HA9", "SW17", "HA2", "E6", "S5"], "Scotland": ["HS1", "HS2"]}
AU_PC = {"New South Wales": "21##", "Victoria": "31##", "Northern Territory": "088#"}
NZ_PC = {"Auckland": "20##", "Waikato": "37##", "Bay of Plenty": "31##"}


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
    nid: str = ""  # SSN (US), NHS number (UK), Medicare number (AU), NHI (NZ)
    nid2: str = ""  # IHI (AU), National Insurance number (UK), "" elsewhere
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
    """One synthetic person of `loc` (`family` a household's family name, `home` a household's address, `region`
    where a neighbour lives); no name word is shared with anyone already drawn for the document (`used`)."""
    if culture is None and region is not None:
        culture = rng.choice([c for c, regs in loc.cultures.items() if region in regs] or list(loc.cultures))
    culture = culture or rng.choice(list(loc.cultures))
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    pool = fs if female else ms
    free = [g for g in pool if not (_words(g) & used)]
    if len(free) < 2:  # a small table borrows its neighbours' given names
        free = [g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not (_words(g) & used) and c != "gaelic"]
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
        _abbr, towns = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region)
    phones = REGION_PHONES.get(region, ()) + loc.phones
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(phones)),
               fill(rng, rng.choice(phones)), email, line, town, pc)  # fmt: skip
    w.nid, w.nid2 = national_ids(rng, w)
    w.addr = address(w)
    return w


def postcode(rng: random.Random, code: str, region: str) -> str:
    if code == "US":
        return fill(rng, US_ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.2 else "")
    if code == "UK":
        return f"{rng.choice(UK_OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "AU":
        return fill(rng, AU_PC[region])
    return fill(rng, NZ_PC[region])


def national_ids(rng: random.Random, w: Person) -> tuple[str, str]:
    c = w.loc.code
    if c == "US":
        return ids.ssn(rng), ""
    if c == "UK":
        return ids.nhs(rng), ids.ni_number(rng)
    if c == "AU":
        return ids.medicare_au(rng), ids.ihi(rng)
    return ids.nhi(rng), ""


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the state plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "UK":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))


def phone(rng: random.Random, loc: Loc, region: str) -> str:
    """A number of `region` (a landline's area code) or of the country (a mobile)."""
    return fill(rng, rng.choice(REGION_PHONES.get(region, ()) + loc.phones))
