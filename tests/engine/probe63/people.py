# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the sixty-third probe: hospital operations text from the United States,
the United Kingdom, Canada, Australia and Ireland (synthetic only; no real patient or staff member). The
people are the mixed populations of those hospitals -- patients, relatives, porters, nurses, surgeons,
chaplains, interpreters and contractors: English, Manx and Scottish family names (Kinrade, Qualtrough,
Skillicorn, Cairncross), Irish given and family names (Ornaith, Macdara, Cahalane, O'Herlihy), Acadian
(Belliveau, Aucoin; Léonce, Arthémise), Haitian (Wisline, Lucner; Dorcelus, Louissaint), Eritrean (Abrehet,
Tsegai; Ghebremichael, Tewolde), Bhutanese-Nepali (Puspa, Pemba; Khatiwada, Timsina), Inuit (Akeego, Oopah;
Ishulutak, Pitseolak), Keralan nurses (Reshmi, Jaimon; Puthenpurackal, Kottarathil), Filipino (Jemalyn,
Jhonrey; Lansangan, Marasigan), Sinhalese (Nadeeka, Chathura; Jayatilleke, Illangakoon), Sri Lankan Tamil
(Kajani, Vigneswaran; Thevarajah, Sinnathamby) and Somali (Caasha, Liibaan; Guuleed, Xaashi) names, combined at
random: never a real person. They were checked against every string of the people tables of probes 1-60
before any measurement (test_probe63: no shared name word, accents folded as well).

Towns, suburbs, townlands and streets are invented; states, provinces, territories and the UK nations (first
level) are real and keep when written alone; Irish counties are written only inside an address (ADDRESS).
Hospitals, wards and services are invented or generic. Numbers are random; NHS, Medicare (AU), Ontario
health, PPS and NPI numbers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe63.ids import eircode, fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Alvina", "Bathsheba", "Hephzibah", "Zillah", "Wynter", "Wrenley", "Shandelle", "Leisel", "Kellie", "Sharleen", "Vonnie", "Eva", "Isabelle", "Ilsa", "Kjersti"],
              ["Valentine", "Kaison", "Jaxton", "Kairo", "Trefor", "Tommy", "Erwin", "Kristoffer", "Emmanuel", "Theodore", "Torstein", "Espen", "Jacek"],
              ["Quayle", "Kermode", "Corlett", "Qualtrough", "Kinrade", "Cregeen", "Kissack", "Skillicorn", "Faragher", "Clucas", "Crellin", "Callister", "Cairncross",
               "Mathieson", "Nisbet", "Tullis", "Yuille", "Leitch", "Thomson", "Ashbolt", "Duckett", "Cuttriss", "Hamblin", "Marchant", "Pridmore", "Sayce", "Tidmarsh",
               "Wakelin", "Yeomans", "Allbright", "Bellchambers", "Chinnery", "Etheridge", "Goodhew", "Hemsley", "Ivison", "Kemble", "Lumley", "Maddock", "Northey",
               "Quarrell", "Rumbold", "Scrivener", "Upcott", "Wheatcroft"]),
    "irish": (["Ornaith", "Tuilelaith", "Maighread", "Clíonadh", "Ailbe", "Ciarnait", "Lasairfhíona", "Mella", "Rathnait", "Fainche"],
              ["Ailill", "Bearach", "Iarla", "Macdara", "Evin", "Fiontán", "Faolán", "Mochua", "Breacán", "Aonghus", "Caoimhín"],
              ["Wholey", "Ahearne", "Cahalane", "Santry", "Dennehy", "Flavin", "Hanafin", "Tangney", "Laffan", "Wadding", "O'Herlihy", "O'Meara", "O'Loughlin",
               "O'Rourke", "Kearins", "Gilmartin", "Durcan", "Lavelle", "Munnelly", "Tunney", "Mulroy", "Horkan", "Tarpey", "Cribbin"]),
    "acadian": (["Arthémise", "Délina", "Léontine", "Gilberte", "Lorette", "Osithe"],
                ["Rhéal", "Léonce", "Sifroi", "Aldège", "Alyre", "Delphis"],
                ["Belliveau", "Aucoin", "Gautreau", "Girouard", "Vienneau", "Saulnier", "Allain", "Godin", "LeBreton", "Mallais"]),
    "haitian": (["Wisline", "Ketly", "Widlene", "Islande", "Roseline", "Guerda", "Soinette", "Magalie", "Darline", "Bethsaïda", "Kettia"],
                ["Lesly", "Herold", "Lucner", "Wislet", "Bertho", "Edner", "Frandy", "Mackenson", "Woodly", "Wisner", "Wensly", "Rubens"],
                ["Dorcelus", "Louissaint", "Jeudy", "Senatus", "Cineus", "Delva", "Estime", "Sainvil", "Noelsaint", "Petitfrere", "Altidor", "Fenelon", "Previlon",
                 "Felisma", "Merisier", "Saintilus", "Belizaire", "Clerveaux", "Monestime"]),
    "eritrean": (["Abrehet", "Saba", "Selam", "Meron", "Tirhas", "Luwam", "Semhar", "Yodit", "Feven", "Ruta", "Winta", "Mehret", "Kisanet", "Lidia",
                  "Hiwet", "Rahwa", "Akberet", "Ghenet"],
                 ["Kiros", "Tsegai", "Fikadu", "Bereket", "Habtom", "Teklit", "Amanuel", "Medhanie", "Filmon", "Robel", "Biniam", "Henok", "Efrem", "Aron",
                  "Yosief", "Merhawi", "Nahom"],
                 ["Ghebremichael", "Habtemariam", "Kahsay", "Teweldemedhin", "Zerai", "Araya", "Asmerom", "Okbazghi", "Tesfamichael", "Mehari", "Gebrehiwet", "Berhe",
                  "Andemariam", "Ghirmay", "Yemane", "Fesshaye", "Tekeste", "Sium", "Tewolde", "Zemichael", "Ghebrekidan", "Woldu", "Abraha"]),
    "nepali": (["Puspa", "Tika", "Sita", "Mina", "Kumari", "Bhakti"],
               ["Pemba", "Dorji", "Tashi", "Sonam", "Phurba"],
               ["Pokhrel", "Subba", "Khatiwada", "Mongar", "Pradhan", "Timsina", "Niroula", "Kafley", "Luitel", "Dulal", "Katwal", "Sanyasi", "Chuwan", "Biswa",
                "Darnal", "Gajmer", "Mainali"]),
    "inuit": (["Oopah", "Jeela", "Eelee", "Siasi", "Geetee", "Mialia", "Ooloosie"],
              ["Aputi", "Akeego", "Peesee", "Jacopie", "Mosesee", "Elijassie", "Simonie", "Lucassie", "Adamie", "Naulaq", "Saila", "Oolayou"],
              ["Kownirk", "Ishulutak", "Akulukjuk", "Nakashuk", "Veevee", "Maniapik", "Qappik", "Alivaktuk", "Arnakaq", "Keenainak", "Kakee", "Papatsie",
               "Angmarlik", "Aqpik", "Nuyalia", "Pitseolak", "Ashevak", "Iqalukjuak", "Kooneeliusie", "Sataa", "Oqallak"]),
    "keralan": (["Reshmi", "Linta", "Tinu", "Nimmy", "Dincy", "Rincy", "Smitha", "Vineetha", "Bindhu", "Preetha", "Sangeetha"],
                ["Jinu", "Binoy", "Sijo", "Jaimon", "Nibin"],
                ["Puthenpurackal", "Kunnath", "Plathottam", "Kottarathil", "Pulikkal", "Elanjikal", "Koickal", "Ambattu", "Mattathil", "Kochuparambil"]),
    "filipino": (["Jemalyn", "Jenalyn", "Rizalyn", "Ronalyn", "Leonila", "Maricris", "Rowelyn", "Jovy", "Lanie", "Glaiza", "Gina", "Precy", "Mariel",
                  "Maylene", "Almira", "Janelyn"],
                 ["Jhonrey", "Mhark", "Rheynard", "Jhomar", "Roldan", "Ramonito"],
                 ["Bituin", "Maramba", "Dungca", "Guevarra", "Lansangan", "Lagasca", "Marasigan", "Lacuesta", "Bagasbas", "Sagun", "Tanedo", "Mangahas", "Pinlac",
                  "Lingad", "Tungol", "Baluyut", "Simbulan"]),
    "sinhala": (["Nirosha", "Dilani", "Chamari", "Nadeeka", "Ishara", "Harshani", "Thushara"],
                ["Lasantha", "Dilan", "Chathura", "Sajith", "Kapila", "Janaka", "Nalin", "Buddhika", "Asanka", "Isuru", "Dhanushka", "Rangana", "Thilak"],
                ["Gunasekara", "Mudiyanselage", "Dissanayaka", "Jayatilleke", "Senaratne", "Rupasinghe", "Edirisinghe", "Goonetilleke", "Wickremaratne",
                 "Abeywardena", "Seneviratne", "Premaratne", "Jayasekara", "Weerakoon", "Dassanayake", "Kumarage", "Karunanayake", "Illangakoon", "Ratnayake",
                 "Nanayakkara", "Samarakoon", "Welikala", "Hapuarachchi", "Attanayake"]),
    "tamil": (["Kajani", "Thuvaraka", "Kowsalya", "Mathivathani", "Piratheepa", "Sivaranjini", "Kirushanthi", "Luxmi", "Tharmila", "Vithya", "Jeyanthi", "Rajeswary"],
              ["Vaitheeswaran", "Ketheeswaran", "Vigneswaran", "Sritharan", "Jeyakumar", "Nagulendran"],
              ["Thevarajah", "Rasiah", "Arulampalam", "Thiruchelvam", "Selvanathan", "Kandiah", "Nadarajah", "Sinnathamby", "Murugesu", "Kanapathipillai",
               "Sabaratnam", "Tharmalingam", "Kumaraswamy", "Yogeswaran", "Manoharan", "Pathmanathan", "Suthakaran", "Ratnasingam", "Jegatheesan", "Uthayakumar",
               "Thambiah", "Kathiravelu", "Vettivelu", "Paramasivam"]),
    "somali": (["Caasha", "Istar", "Kaltuun", "Xamdi", "Fartuun", "Shamso", "Dahabo", "Qorsho", "Anab", "Roodo", "Nuurto", "Farxiyo", "Fowsiya", "Deeqo"],
               ["Maxamed", "Liibaan", "Suldaan", "Cabdiraxmaan", "Cabdirisaaq", "Ismaaciil", "Axmed", "Cumar", "Siciid", "Yaasiin"],
               ["Guuleed", "Xirsi", "Yuusuf", "Mukhtaar", "Cabdullahi", "Nuux", "Guutaale", "Xaashi", "Dhuxul", "Ducaale", "Gacal", "Waabberi", "Kulmiye"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    # first-level region (keep) -> (its abbreviation, towns: town -> postcode pattern / Irish (county, routing key))
    regions: dict[str, tuple[str, dict[str, str | tuple[str, str]]]]
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]  # weighted by repetition
    staff_cultures: tuple[str, ...]


# where a culture's patients live when the country has that region (Inuit in Nunavut, Acadians in New Brunswick)
HOME_REGION = {"inuit": "Nunavut", "acadian": "New Brunswick"}
# street lines of a region that writes them its own way (Nunavut houses are numbered, not on named streets)
REGION_STREETS = {"Nunavut": ("House %##", "House %###", "Unit %, Building %##")}


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Ohio": ("OH", {"Tannersfield": "43###", "Millbrake": "44###", "Saddler Springs": "45###", "North Harlowe": "43###"}),
        "Minnesota": ("MN", {"Lantern Prairie": "56###", "Ormsby Lake": "55###", "Kettle Ridge Falls": "56###"}),
        "Maine": ("ME", {"East Medbury": "04###", "Quarrytown Cove": "04###", "Tidewater Mills": "04###"}),
        "Georgia": ("GA", {"Loblolly Junction": "31###", "Red Clay Station": "30###", "Pecanview": "31###"}),
    }, ("%### Hickory Bend Rd", "%## Quarry Hill Ln, Apt %@", "%#### Township Road %##", "%### Tamarisk Ct", "%## W Linden Ave, Unit %", "%### Sorrel Ridge Dr",
        "%## Millrace St", "%### Fuller Mill Pike"),
        ("(614) ^##-####", "(740) ^##-####", "(218) ^##-####", "(207) ^##-####", "(912) ^##-####", "^##-^##-####", "(478) ^##-####"),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"),
        ("anglo", "anglo", "anglo", "haitian", "haitian", "eritrean", "nepali", "somali", "filipino", "keralan", "tamil"),
        ("anglo", "anglo", "haitian", "filipino", "keralan", "eritrean", "tamil", "nepali")),
    Loc("UK", "United Kingdom", {
        "England": ("", {"Kelderby": "YO25 %@@", "Thornleigh Marsh": "DN17 %@@", "Wyncote Parva": "LE17 %@@", "Medlow St Anne": "GL7 %@@", "Cresswick": "NE61 %@@",
                         "Oxendale Green": "ST10 %@@", "Barrowby Fen": "PE12 %@@", "Skelbrooke": "WF9 %@@"}),
        "Wales": ("", {"Maesglas Uchaf": "SY22 %@@", "Pentre Gwynfa": "LL53 %@@"}),
    }, ("%# Tanners Row", "Flat %, %# Mowbray Terrace", "%# Gorse Lane", "%## Abbotsmead Road", "%# Sweetbriar Close", "%# Chantry Fold", "%# Ropewalk Court",
        "%# Nettlebed Way"),
        ("07%## ######", "07%## ### ###", "+44 7%## ######", "01%## ######", "01%# ### ####"),
        ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"),
        ("anglo", "anglo", "anglo", "anglo", "irish", "keralan", "filipino", "sinhala", "tamil", "eritrean", "somali"),
        ("anglo", "anglo", "keralan", "keralan", "filipino", "sinhala", "irish", "tamil")),
    Loc("CA", "Canada", {
        "Ontario": ("ON", {"Kellsmouth": "K%@ %@%", "Birchmount Landing": "K%@ %@%", "Port Ventadour": "P%@ %@%"}),
        "New Brunswick": ("NB", {"Anse-aux-Hérons": "E%@ %@%", "Baie-des-Loutres": "E%@ %@%", "Cap-Merrow": "E%@ %@%"}),
        "Nunavut": ("NU", {"Nuvuqtaaq": "X0A %@%", "Kangiqsualuk": "X0A %@%"}),
        "Nova Scotia": ("NS", {"Tamarack Harbour": "B%@ %@%", "West Merrow": "B%@ %@%"}),
    }, ("%### Tamarack Cres", "%## rue des Pluviers", "Apt %0%, %## Birchbark Ave", "%# chemin du Ruisseau-Vert", "House %##", "%## Kingfisher Lane",
        "%### Voyageur Rd"),
        ("(613) ^##-####", "506-^##-####", "867-^##-####", "902 ^## ####", "(705) ^##-####", "+1 506 ^## ####"),
        ("gmail.com", "hotmail.ca", "rogers.com", "sympatico.ca", "outlook.com"),
        ("anglo", "anglo", "acadian", "acadian", "haitian", "inuit", "inuit", "tamil", "filipino", "eritrean"),
        ("anglo", "anglo", "acadian", "filipino", "tamil", "keralan", "haitian")),
    Loc("AU", "Australia", {
        "Victoria": ("VIC", {"Banksia Rise": "3###", "Carrabeen Park": "3###", "Corrimbah": "3###"}),
        "Queensland": ("QLD", {"Mulgowie Heights": "4###", "Illaroo": "4###", "Myall Creek Vale": "4###"}),
        "New South Wales": ("NSW", {"Tallowwood Vale": "2###", "Warrigal Flat": "2###"}),
        "South Australia": ("SA", {"Bilgola Downs": "5###", "Wirrabara East": "5###"}),
    }, ("%/%# Quandong St", "%# Bottlebrush Cct", "%## Old Coach Rd", "Unit %, %# Wirraway Pde", "%# Jacaranda Cl", "%## Brolga Dr", "%# Saltbush Ave"),
        ("04%# ### ###", "04%#-###-###", "(03) 9^## ####", "(07) 3^## ####", "+61 4%# ### ###", "(08) 8^## ####"),
        ("gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"),
        ("anglo", "anglo", "anglo", "anglo", "nepali", "sinhala", "sinhala", "filipino", "keralan", "eritrean", "irish"),
        ("anglo", "anglo", "sinhala", "filipino", "keralan", "irish", "nepali")),
    Loc("IE", "Ireland", {
        "Munster": ("", {"Kilcurrane": ("Kerry", "V93"), "Carrigaveen": ("Cork", "P51"), "Knockanevin": ("Cork", "P67"), "Rathmoylan": ("Waterford", "X91")}),
        "Connacht": ("", {"Cloonagashel": ("Mayo", "F23"), "Lisheenmore": ("Galway", "H53"), "Drumlahan": ("Leitrim", "N41")}),
        "Ulster": ("", {"Glenaskeagh": ("Donegal", "F93")}),
    }, ("%# Ard na Sceiche", "Apt %#, Cluain Ard", "%# Páirc an Locha", "%# Chapel View", "%# The Paddocks", "Gortnaclohy Upper", "%# Sruthán Glas"),
        ("08^ ### ####", "08^-###-####", "+353 8^ ### ####", "(066) ^## ####", "(021) 4^# ####", "(094) 9^# ####"),
        ("gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"),
        ("irish", "irish", "irish", "irish", "irish", "keralan", "keralan", "filipino", "anglo", "somali"),
        ("irish", "irish", "irish", "keralan", "filipino", "anglo")),
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
    county: str  # Irish county ("" elsewhere)
    postcode: str
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def plain(s: str) -> str:
    """Lower case without accents or apostrophes (an e-mail address's local part)."""
    low = "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))
    return low.replace("'", "").replace(" ", "").replace("-", "")


def _words(name: str) -> set[str]:
    return {plain(w) for w in name.replace("'", " ").split() if len(w) > 2}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None, family: str | None = None,
                home: Person | None = None, staff: bool = False) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's family
    name, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.staff_cultures if staff else loc.cultures)
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    given = rng.choice(free or (fs if female else ms))
    used |= _words(given)
    if family is None:
        family = rng.choice([f for f in fams if not (_words(f) & used)] or fams)
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}{rng.randint(1, 9)}",
                        f"{g[0]}{f}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, town, county, pc = home.region, home.line, home.town, home.county, home.postcode
    else:
        region = HOME_REGION.get(culture, "")
        if region not in loc.regions:
            region = rng.choice([r for r in loc.regions if r != "Nunavut"])
        towns = loc.regions[region][1]
        town = rng.choice([t for t in towns if plain(t) not in used] or list(towns))
        used.add(plain(town))
        line = fill(rng, rng.choice(REGION_STREETS.get(region, loc.streets)))
        spec = towns[town]
        if isinstance(spec, tuple):
            county, pc = spec[0], eircode(rng, spec[1])
        else:
            county = ""
            pc = _postal(rng, spec, loc.code)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)),
               email, line, town, county, pc)  # fmt: skip
    w.addr = address(w)
    return w


_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _postal(rng: random.Random, spec: str, code: str) -> str:
    """A postcode from its pattern: Canadian and UK codes take only the letters those schemes use."""
    letters = {"CA": _CA_LETTERS, "UK": _UK_LETTERS}.get(code, "ABCDEFGHJKLMNPRSTUVWXYZ")
    return "".join(rng.choice(letters) if c == "@" else rng.choice("123456789") if c == "%" else rng.choice("0123456789") if c == "#" else c
                   for c in spec)  # fmt: skip


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; a state / province abbreviation plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c in ("US", "CA"):
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), ", Co. ", A(w.county), ", ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))


assert K and Slot  # re-exported for the corpus
