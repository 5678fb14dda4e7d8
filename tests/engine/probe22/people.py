# ruff: noqa: E501  (hand-aligned data tables and templates)
"""People and places of the twenty-second probe: name lists, towns, streets, postcodes and phone formats
of our own for 13 countries (US mostly). No name word, town or street is used by probes 1-20 (checked in
test_probe22). Synthetic only: every list below was invented for this probe."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot

__all__ = ["COUNTRIES", "NAMES", "PLACES", "K", "P", "Person", "Slot", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# country: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "US": (
        ["Loralee", "Brynlee", "Odessa", "Marvella", "Winnifred", "Cordelia", "Adalyn", "Shawnee", "Kimberlee",
         "Verna", "Lucinda", "Zelda", "Twyla", "Maudie", "Luvenia", "Clarabel", "Jonelle", "Wanetta", "Treva"],
        ["Wendell", "Cleon", "Ellsworth", "Rowdy", "Jebediah", "Harlan", "Delbert", "Lyndon", "Merritt",
         "Orval", "Lavern", "Dewitt", "Burl", "Arlis", "Elmo", "Hollis", "Truett", "Alvis", "Ozell", "Tillman"],
        ["Haverkamp", "Vandergriff", "Hollingworth", "Stuckey", "Scarbrough", "Dinwiddie", "Tillotson",
         "Ogletree", "Rountree", "Bramlett", "Heathcote", "Ransdell", "Yarbrough", "Quisenberry", "Satterwhite",
         "Easterling", "Mabry", "Wimberly", "Lankford", "Gatlin", "Pridgen", "Bivens", "Stansbury",
         "Cottingham", "Dobbins", "Kersey", "Lunsford", "Threlkeld"],
    ),
    "CA": (
        ["Rosalie", "Agathe", "Marie-Soleil", "Yolande", "Gisèle", "Berthe", "Mélisande"],
        ["Gatien", "Normand", "Fabien", "Lucien", "Régis", "Philéas", "Wilfrid"],
        ["Thibodeau", "Lapointe-Cormier", "Beaulieu", "Gosselin", "Desrochers", "Ouellette", "Arsenault",
         "Létourneau", "Lévesque"],
    ),
    "UK": (
        ["Tabitha", "Winifred", "Clementina", "Cressida", "Felicity", "Hermia"],
        ["Piers", "Aldous", "Algernon", "Benedick", "Ptolemy", "Barnabas", "Ninian"],
        ["Fotheringham", "Postlethwaite", "Attenborough", "Witheridge", "Mottershead", "Higginbottom",
         "Wolstenholme", "Butterworth", "Haworth-Booth"],
    ),
    "IE": (
        ["Orlaith", "Méabh", "Blathnaid", "Fionnuala", "Eithne"],
        ["Diarmuid", "Ronan", "Conchúr", "Séamus", "Naoise", "Breandán"],
        ["Nic Aodha", "Cinnéide", "Ó Flaithbheartaigh", "Ó Ceallacháin", "Ó Raghallaigh", "Ó Gallchobhair",
         "Ó Murchadha", "Ó Cearbhaill"],
    ),
    "AU": (
        ["Kylie", "Bronwyn", "Tahnee", "Narelle", "Shardae", "Jacinta", "Kirrily"],
        ["Brodie", "Kurt", "Darcy", "Baxter", "Lockie", "Shane", "Wade"],
        ["Wooldridge", "Trethewey", "Coxall", "Eggleston", "Rosewarne", "Pendergast", "Kilby", "Hocking",
         "Treloar", "Trenerry"],
    ),
    "DE": (
        ["Gerlinde", "Sieglinde", "Almut", "Hedwig", "Adelheid", "Gudrun", "Liselotte"],
        ["Siegbert", "Eckhard", "Hartwig", "Guntram", "Ekkehard", "Reinhard", "Winfried", "Hansjörg"],
        ["Pfannenstiel", "Kretschmer", "Wiesenthal-Brück", "Strohmeyer", "Quandt", "Habersack", "Ziegenbalg",
         "Obermüller", "Würzner", "Rauschenbach", "Kaltenbrunner", "Eichhorst", "Bückmann"],
    ),
    "FR": (
        ["Bénédicte", "Clémentine", "Eulalie", "Philomène", "Bertille", "Hortense"],
        ["Barnabé", "Aurèle", "Évariste", "Florimond", "Hippolyte"],
        ["Delacroix-Moreau", "Bréchignac", "Lemaistre", "Fontenelle", "Duchâtel", "Courtecuisse",
         "Larrouturou"],
    ),
    "ES": (
        ["Milagros", "Maitane", "Araitz", "Garbiñe", "Yaiza", "Eneritz", "Almudena", "Rosalía"],
        ["Teodosio", "Ezequiel", "Julen", "Asier", "Urko", "Telesforo", "Florentino"],
        ["Echeverría", "Iturriaga", "Berasategui", "Anduaga", "Lasarte", "Ugarteburu", "Zuloaga", "Aramburu",
         "Garaikoetxea", "Olazábal", "Lekuona", "Sagastume"],
    ),
    "MX": (
        ["Yareli", "Anahí", "Dulce", "Marisela", "Yolotl", "Amaranta"],
        ["Tenoch", "Eleuterio", "Cutberto", "Gumaro", "Crispín", "Porfirio", "Isidro"],
        ["Tlacuilo", "Olvera", "Ixtlahuaca", "Arreola", "Tovar", "Zamudio", "Tepetla"],
    ),
    "BR": (
        ["Iracema", "Jussara", "Thaíssa", "Raimunda", "Edileusa", "Gleiciane", "Francislene", "Marluce"],
        ["Adalberto", "Josimar", "Valdeci", "Epaminondas", "Railson"],
        ["Paranhos", "Fagundes", "Cerqueira", "Mascarenhas", "Gusmão", "Cordeiro", "Barreiros"],
    ),
    "IN": (
        ["Vasundhara", "Shubhangi", "Yamini", "Jayashree", "Sharmila", "Mrinalini", "Padmaja"],
        ["Shailendra", "Nagendra", "Murugappan", "Chandrashekhar", "Trilok", "Sudhakar"],
        ["Raghavachari", "Sreekumar", "Nambiar", "Mukhopadhyay", "Gangopadhyay", "Bandyopadhyay",
         "Thirunavukkarasu", "Hegde"],
    ),
    "PH": (
        ["Liezl", "Charmaine", "Marilou", "Teodorica", "Perlita"],
        ["Ramoncito", "Virgilio", "Teodulo", "Dionisio", "Arsenio"],
        ["Magsaysay", "Pangan", "Macaspac", "Ilagan", "Bulaong", "Maglalang", "Sibug", "Baluyot"],
    ),
    "NG": (
        ["Adetutu", "Ifeoluwa", "Oluchi", "Funmilayo", "Aderonke", "Kehinde", "Obioma"],
        ["Olawale", "Kayode", "Tokunbo", "Ikenna", "Somtochukwu"],
        ["Onwuachi", "Nnadozie", "Ikwuemesi", "Ajayi-Bello", "Uchendu", "Adesanya"],
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Country:
    towns: list[tuple[str, str, str]]  # (town, region written in the address, postcode pattern)
    streets: list[str]
    street_first: bool  # "12 Elm St" (True) or "Elmstraße 12" (False)
    phones: tuple[str, ...]  # fill() patterns
    dial: str  # international prefix for +xx forms


PLACES: dict[str, Country] = {
    "US": Country(
        [("Quillby", "OH", "4####"), ("Marrowdale", "IN", "46###"), ("Tennant Flats", "TX", "79###"),
         ("Cobbler's Ford", "VA", "24###"), ("Ashgrove Junction", "KS", "67###"), ("Pellston Mills", "PA", "16###"),
         ("Harlowe Springs", "AR", "72###"), ("Dunmore Hollow", "KY", "41###"), ("Kettering Bluff", "MO", "65###"),
         ("Sawyer Crossing", "GA", "31###"), ("Brindlewood", "OR", "97###"), ("Oxbow Prairie", "NE", "68###"),
         ("Caddo Bend", "LA", "71###"), ("Lantern Hill", "CT", "06###"), ("Fenwick Lake", "MN", "56###"),
         ("Millbrook Station", "NC", "27###")],
        ["Sassafras Hollow Rd", "Tanager Ridge Ln", "Birchbark Trail", "Cotswold Meadow Dr",
         "Persimmon Grove Ave", "Wagonwheel Cir", "Kestrel Point Way", "Bluestem Prairie Rd", "Goldfinch Terrace",
         "Chickasaw Bend Rd", "Lamplighter Ct", "Sorghum Mill Pike"],
        True, ("(%##) %##-####", "%##-%##-####", "%##.%##.####", "+1 %## %##-####"), "+1",
    ),
    "CA": Country(
        [("Saint-Éloi-de-Kamouraska", "QC", "G0L #@#"), ("Pointe-aux-Hérons", "QC", "J0K #@#"),
         ("Tisdale Crossing", "SK", "S0E #@#"), ("Lac-Vermillon", "QC", "J0T #@#"),
         ("Port Elgin Harbour", "NB", "E4M #@#"), ("Beaverdam Creek", "ON", "K0L #@#")],
        ["rue des Goélands-Argentés", "chemin du Rang Sainte-Philomène", "Spruce Hollow Crescent",
         "boulevard des Épinettes"],
        True, ("%##-%##-####", "(%##) %##-####"), "+1",
    ),
    "UK": Country(
        [("Nether Wolverstone", "Lincolnshire", "LN# #@@"), ("Great Puddlecombe", "Devon", "EX## #@@"),
         ("Ashby-under-Wold", "Leicestershire", "LE## #@@"), ("Kirkby Thursfield", "Cumbria", "CA## #@@"),
         ("Little Haddon Parva", "Norfolk", "NR## #@@"), ("Brackenfield Moor", "Derbyshire", "DE## #@@")],
        ["Wheelwright Mews", "Lapwing Close", "Cobnut Lane", "Tannery Row", "Saltmarsh Gardens"],
        True, ("01### ######", "07### ######", "+44 1### ######"), "+44",
    ),
    "IE": Country(
        [("Ballynacarrig", "Co. Wicklow", "A67 @#@#"), ("Kilcrohane West", "Co. Cork", "P75 @#@#"),
         ("Drumcoolagh", "Co. Leitrim", "N41 @#@#"), ("Carrigaholt Cross", "Co. Clare", "V15 @#@#"),
         ("Ballinagree", "Co. Cork", "P12 @#@#")],
        ["Fuchsia Grove", "Currach Lane", "Hawthorn Rise", "Bóithrín an Chaisleáin"],
        True, ("0## ### ####", "08# ### ####", "+353 ## ### ####"), "+353",
    ),
    "AU": Country(
        [("Wattle Flat North", "NSW", "2###"), ("Kooringal Creek", "QLD", "4###"), ("Bundarra Springs", "NSW", "23##"),
         ("Yarrabee", "VIC", "3###"), ("Mount Coorong", "SA", "52##")],
        ["Banksia Parade", "Kookaburra Circuit", "Ironbark Close", "Wombat Gully Road"],
        True, ("(0#) #### ####", "04## ### ###", "+61 # #### ####"), "+61",
    ),
    "DE": Country(
        [("Bad Sülzenhain", "", "3####"), ("Wendelstedt", "", "9####"), ("Oberkirchbrück", "", "7####"),
         ("Lindenhagen am See", "", "1####"), ("Hohenwarthe-Süd", "", "39###")],
        ["Schwalbenweg", "Kastanienallee Nord", "Am Mühlengraben", "Ziegeleistraße", "Holunderstieg"],
        False, ("0#### ######", "+49 ### #######", "0171 #######"), "+49",
    ),
    "FR": Country(
        [("Saint-Aubin-des-Landes-Hautes", "", "35###"), ("Montbrison-sur-Vière", "", "42###"),
         ("Plouvenec", "", "29###"), ("Le Vaudreuil-Bas", "", "27###")],
        ["rue des Tisserands", "impasse des Glycines", "chemin de la Pâture", "allée des Marronniers-Roses"],
        True, ("0# ## ## ## ##", "+33 # ## ## ## ##"), "+33",
    ),
    "ES": Country(
        [("Villanueva del Arrecife", "Cádiz", "11###"), ("Torrealcázar", "Toledo", "45###"),
         ("San Millán de Yécora", "La Rioja", "26###"), ("Puebla de Albortón", "Zaragoza", "50###")],
        ["Calle del Alfarero", "Travesía de las Eras", "Avenida de los Almendros Floridos", "Plaza del Herrador"],
        False, ("9## ### ###", "6## ## ## ##", "+34 6## ### ###"), "+34",
    ),
    "MX": Country(
        [("San Juan Tlacotenco", "Mor.", "62###"), ("Santa Ana Xalmimilulco", "Pue.", "74###"),
         ("Ciudad Ixtaltepec", "Oax.", "70###"), ("Villa de Tezontepec", "Hgo.", "43###")],
        ["Calle Ahuehuete", "Privada de los Colorines", "Cerrada del Mezquite", "Callejón del Tejocote"],
        False, ("55 #### ####", "+52 ### ### ####"), "+52",
    ),
    "BR": Country(
        [("Santo Antônio do Descoberto", "GO", "72900-###"), ("Vargem Grande do Sul", "SP", "137##-###"),
         ("Morro Agudo de Goiás", "GO", "763##-###"), ("São Bento do Tocantins", "TO", "779##-###")],
        ["Rua dos Seringueiros", "Travessa do Cajueiro", "Avenida das Jabuticabeiras", "Rua Sabiá-Laranjeira"],
        False, ("(##) 9####-####", "+55 ## 9####-####"), "+55",
    ),
    "IN": Country(
        [("Kumbakonam East", "Tamil Nadu", "612 ###"), ("Chikkaballapur Road", "Karnataka", "562 ###"),
         ("Sawantwadi", "Maharashtra", "416 ###"), ("Hosapete Rural", "Karnataka", "583 ###")],
        ["Gulmohar Cross Road", "Tamarind Lane 4th Block", "Sampige Road Extension", "Neem Tree Colony Road"],
        True, ("+91 9#### #####", "09#########", "080-2###-####"), "+91",
    ),
    "PH": Country(
        [("San Narciso", "Zambales", "22##"), ("Bagumbayan Norte", "Sultan Kudarat", "98##"),
         ("Sta. Lucia Baybay", "Pangasinan", "24##"), ("Talisay Heights", "Cebu", "60##")],
        ["Kalachuchi Street", "Camia Extension", "Ilang-Ilang Road", "Narra Avenue Phase 2"],
        True, ("09## ### ####", "+63 9## ### ####"), "+63",
    ),
    "NG": Country(
        [("Ikorodu North", "Lagos State", "104###"), ("Ogbomosho Central", "Oyo State", "210###"),
         ("Nsukka Layout", "Enugu State", "410###"), ("Ilesa East", "Osun State", "233###")],
        ["Odunlami Close", "Iroko Crescent", "Agbani Road Extension", "Obafemi Layout Street"],
        True, ("080# ### ####", "+234 80# ### ####", "0903 ### ####"), "+234",
    ),
}  # fmt: skip
COUNTRIES = [c for c in PLACES if c != "US"]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    out = []
    for ch in pattern:
        out.append(rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else
                   rng.choice(UP) if ch == "@" else ch)  # fmt: skip
    return "".join(out)


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


@dataclass(slots=True)
class Person:
    country: str
    given: str
    family: str
    female: bool
    born: date
    street: str  # "1427 Tanager Ridge Ln" or "Schwalbenweg 12"
    town: str
    region: str
    postcode: str
    phone: str
    email: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def inverted(self) -> str:
        return f"{self.family}, {self.given}"


def draw_person(
    rng: random.Random, country: str, used: set[str], old: bool = False, clin: bool = False
) -> Person:
    """A person of `country` whose name words are not in `used` (then added), born so that an age is <90
    unless `old`."""
    female_l, male_l, fam_l = NAMES[country]
    for _ in range(200):
        female = rng.random() < 0.5
        given = rng.choice(female_l if female else male_l)
        family = rng.choice(fam_l)
        words = {w.casefold() for w in f"{given} {family}".replace("-", " ").split() if len(w) >= 3}
        if not words & used:
            used |= words
            break
    else:  # pragma: no cover
        raise RuntimeError("name lists exhausted")
    today = date(2024, 6, 1)
    age = rng.randint(90, 101) if old else rng.randint(30, 86) if clin else rng.randint(19, 86)
    born = today - timedelta(days=365 * age + rng.randint(10, 300))
    pl = PLACES[country]
    town, region, pc = rng.choice(pl.towns)
    street_name = rng.choice(pl.streets)
    no = str(rng.randint(2, 4800) if pl.street_first and country == "US" else rng.randint(1, 140))
    street = f"{no} {street_name}" if pl.street_first else f"{street_name} {no}"
    phone = fill(rng, rng.choice(pl.phones))
    dom = rng.choice(
        ["mailbox.example", "webpost.example", "inbox-mail.example", "correo.example", "posteo.example"]
    )
    local = ascii_fold(f"{given}.{family}").casefold().replace(" ", "").replace("'", "")
    email = f"{local}{rng.randint(1, 99)}@{dom}" if rng.random() < 0.5 else f"{local}@{dom}"
    return Person(country, given, family, female, born, street, town, region, fill(rng, pc), phone, email)
