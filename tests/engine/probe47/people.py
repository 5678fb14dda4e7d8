# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the forty-seventh probe: health text written by patients,
families and the public in the United States, the United Kingdom, Ireland, Canada, Australia and New Zealand
(synthetic only; no real patient, relative or clinician). Name words are Irish (with and without the fada),
English (northern and old-fashioned), Welsh and Cornish, Scottish, Polish (-ski / -ska by sex), Nigerian
(Edo, Igbo, Yoruba), rural American (Southern, Midwestern, Amish and Mennonite), French Canadian, Australian,
Maori, Samoan and Tongan, Greek, Italian and Lebanese, combined at random: never a real person. Australian and
British nicknames ("Bazza", "Dazza", "Nige") stand for some given names. They were checked against every
string of the people tables of probes 1-44 before any measurement, also with accents, the Polish l-stroke and
apostrophes folded (test_probe47: no shared name word).

Towns, suburbs, townlands, housing estates and streets are invented; US states, Canadian provinces, Australian
states, New Zealand regions, the nations of the UK and Irish provinces (first-level) are real and are keep
values when written alone. Irish counties are real and are labelled ADDRESS ("Co. Mayo": below the first
level). Hospitals, practices, funeral homes, schools, clubs and parishes are invented; pharmacy chains and
charities are real organisations and keep values. Numbers are random; NHS, PPS, Medicare, NHI and Ontario
health card numbers and Irish IBANs carry a valid check digit or letter.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe47.ids import fill

__all__ = ["LOCS", "NAMES", "NICKS", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family). Polish families are written in the masculine form; a woman
# takes the -ska / -cka form (`Person.family`).
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "irish": (["Sinéad", "Sláine", "Máire", "Pádraigín", "Orlagh", "Dearbhla", "Laoise", "Deirbhile", "Philomena", "Concepta", "Attracta", "Fidelma", "Majella", "Breda", "Bridie", "Aisling", "Ciara"],
              ["Deaglan", "Piaras", "Cian", "Odhrán", "Aodhán", "Caolán", "Senan", "Conall", "Ferdia", "Eunan", "Jarlath", "Malachy", "Dermot", "Fintan", "Turlough", "Aengus"],
              ["Houlihan", "Scanlon", "Ahearn", "Cronin", "Flanagan", "Hanrahan", "Lenihan", "Mulrooney", "Naughton", "Phelan", "Quinlivan", "Shanahan", "Whelan", "Gilhooly", "Mulqueen", "Loughnane", "Dinneen", "Culhane", "Spillane", "Cotter", "Twomey", "Coughlan", "Crotty", "Meagher", "Treacy", "Ruane", "Hession", "Folan", "Conneely", "Mannion", "Concannon", "Dunphy", "Brennock", "Tuohy", "Nagle", "Considine", "Mangan", "Guiney", "Lehane", "Nyhan", "Scollard"]),
    "english": (["Doreen", "Pauline", "Glenys", "Beryl", "Sheila", "Tracey", "Leanne", "Jodie", "Keeley", "Chantelle", "Jaydene", "Lottie", "Bryony", "Peony", "Arabella", "Gladys", "Thelma", "Maxine"],
                ["Darren", "Shaun", "Glenn", "Warren", "Nigel", "Trevor", "Graham", "Barry", "Leighton", "Hugo", "Benedict", "Wilfred", "Basil", "Percy", "Gordon", "Malcolm", "Norman", "Mervyn", "Godfrey"],
                ["Ketteringham", "Oakenfold", "Ollerenshaw", "Hardcastle", "Cheetham", "Bamford", "Smethurst", "Dransfield", "Dugdale", "Brimble", "Carew", "Cheesman", "Fensome", "Gledhill", "Hebden", "Mallinson", "Scholes", "Thewlis"]),
    "welsh_cornish": (["Eleri", "Sian", "Lowri", "Mali", "Heulwen", "Catrin"],
                      ["Iwan", "Osian", "Aneurin", "Bleddyn", "Gareth", "Trystan", "Piran", "Kenver"],
                      ["Tregenza", "Pascoe", "Rowse", "Trevithick", "Boscawen", "Hosking", "Spargo", "Trounson", "Tregidgo", "Penrose", "Carlyon", "Nankervis", "Trevaskis", "Chynoweth", "Keast", "Angove", "Bolitho", "Kitto", "Pengelly", "Rescorla", "Tonkin", "Uren", "Vosper", "Carveth", "Ifans", "Protheroe", "Penry", "Beddoe", "Gittins", "Eynon", "Hopkin", "Maddocks", "Watkins", "Powell"]),
    "scottish": (["Senga", "Jessie", "Rhona", "Effie", "Jeannie", "Elspet", "Grizel", "Euphemia", "Jinty", "Moira", "Sheena", "Beathag"],
                 ["Struan", "Gregor", "Innes", "Dougal", "Crawford", "Tavish", "Lochlann"],
                 ["McPhail", "Kinnear", "Carnegie", "Pitcairn", "Dalgleish", "Gillespie", "Tulloch", "Mowat", "Auchterlonie", "Laidlaw", "Rennie", "Baird", "Dewar", "Lennie", "Forsyth", "Rintoul", "Imrie", "Methven", "Shand", "Wishart", "Moffat", "Niven"]),
    "polish": (["Wioletta", "Ewelina", "Marzena", "Jolanta", "Renata", "Beata", "Aneta", "Iwona", "Urszula", "Sylwia", "Karolina", "Kinga", "Patrycja"],
               ["Zbyszek", "Bogusław", "Waldemar", "Zenon", "Andrzej", "Mariusz", "Ireneusz", "Włodzimierz"],
               ["Mazur", "Król", "Wróbel", "Stępień", "Michalak", "Baran", "Duda", "Wilk", "Kołodziej", "Szulc", "Kaźmierczak", "Włodarczyk", "Jasiński", "Sokołowski", "Urbański", "Maciejewski", "Adamski", "Czerwiński", "Andrzejewski", "Ziółkowski"]),
    "nigerian": (["Folake", "Adesuwa", "Aisosa", "Obehi", "Onyinye"],
                 ["Osaretin", "Ehigiator", "Okechukwu", "Abiodun", "Nkemdirim", "Nnaemeka", "Ekene", "Osagie", "Efosa", "Iyobosa"],
                 ["Omoregie", "Uwaifo", "Idahosa", "Ugwu", "Oparaocha", "Osamudiamen"]),
    "american": (["Earlene", "LaVerne", "Velma", "Opal", "Eula", "Wynona", "Trudy", "Misty", "Brandi", "Kristal", "Raylene", "Charlene", "Arlene", "Marlene", "Savannah", "Lucille", "Maddison", "Everly", "Verlie", "Zula", "Vada", "Inez", "Juanita", "Dixie", "Rosetta", "Willa", "Zella", "Orpha", "Bessie"],
                 ["Amos", "Dewey", "Arlo", "Wyatt", "Brayden", "Cody", "Rhett", "Ezra", "Luther", "Clyde", "Lamar", "Buford", "Ardell", "Darrel"],
                 ["Huckabee", "Yoder", "Hostetler", "Stoltzfus", "Zimmerly", "Shackelford", "Crenshaw", "Gaddy", "Tillery", "Biggerstaff", "Dunbar", "Goforth", "Blevins", "Overholt", "Beachy", "Gingerich", "Zook", "Hochstetler", "Troyer", "Kurtz", "Swartzentruber", "Wheelwright"]),
    "french_canadian": (["Madeleine", "Georgette", "Lise", "Nicole", "Carmelle", "Rachelle"],
                        ["Armand", "Roch", "Gaston", "Sylvio", "Conrad", "Adélard", "Donat", "Ulric", "Alcide", "Raynald", "Gervais", "Florent"],
                        ["Morin", "Fortin", "Gagné", "Ouellet", "Bélanger", "Bergeron", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Cloutier", "Poirier", "Fournier", "Leclerc", "Lefebvre", "Poulin", "Nadeau", "Martel", "Turcotte", "Thériault", "Doucet", "Boudreau", "Savoie", "Melanson", "Tanguay", "Vachon", "Duchesne", "Labrecque", "Giguère", "Bolduc", "Plourde", "Veilleux", "Rioux", "Fecteau", "Gaudreault", "Asselin", "Drouin", "Marcoux", "Tardif"]),
    "australian": (["Tayla", "Shenae", "Ashleigh", "Danika", "Marnie", "Renae", "Shae", "Taryn", "Kerrie", "Lorelle", "Sharlene", "Noeleen", "Jeanette", "Roslyn", "Robyn", "Lyndal", "Glenda"],
                   ["Kobe", "Blake", "Corey", "Hayden", "Jye", "Lachie", "Mitch", "Tyson", "Kym"],
                   ["Greenwood", "Eastwood", "Jagger", "Lister", "Marsden", "Naylor", "Ogden", "Priestley", "Redman", "Tetley", "Copley", "Bairstow"]),
    "maori": (["Tūī", "Ārani", "Roimata", "Kararaina", "Miriama", "Pirihira", "Hūhana", "Ripeka", "Rāhera", "Anahera", "Pania", "Horiana", "Hineari", "Rawinia", "Maraea"],
              ["Rewi", "Tāwhiao", "Kereopa", "Ihaia", "Mikaere", "Kauri", "Tiaki", "Parekura", "Wairangi"],
              ["Te Whaiti", "Poutama", "Herewini", "Whaanga", "Manihera", "Tapsell", "Ngāwai", "Kāwana", "Pōtae"]),
    "pacific": (["Vika", "Akosita", "Sela", "Luseane", "Mosiana", "Silivia", "Tausala", "Vaiolupe", "Matelita", "Mareta"],
                ["Faamoe", "Lisiate", "Salesi", "Siosaia", "Taniela", "Falaniko", "Folau", "Uesi"],
                ["Tuipulotu", "Fa'alogo", "Afamasaga", "Sopoaga", "Mataafa", "Fusitu'a", "Ma'ake", "Taumoepeau", "Kauvaka", "Naufahu", "Mafi", "Finau", "Lealofi", "Masoe", "Alofaituli", "Soifua", "Sinavaiana", "Fiapule", "Leotele"]),
    "greek": (["Soula", "Voula", "Sotiria", "Evdokia", "Athanasia", "Anastasia"],
              ["Spiros", "Kyriakos", "Nikos", "Theofanis", "Lambros", "Sotiris", "Thanasis", "Yiannis", "Vangelis", "Christos", "Tassos", "Achilleas"],
              ["Konstantinou", "Antoniou", "Kyriakou", "Panagopoulos", "Kourakis", "Tsolakis", "Mavromatis", "Vlahos", "Papazoglou", "Lianos", "Hatzis", "Manolakis", "Drosos", "Xanthopoulos", "Kefalas", "Zervos"]),
    "italian": (["Giovanna", "Agata", "Mariangela", "Grazia", "Nicoletta"],
                ["Giuseppe", "Domenico", "Ignazio", "Donato"],
                ["Mastroianni", "Iacovelli", "Scarfone", "Pugliese", "Calabrese", "Siciliano", "Napolitano", "Tedesco", "Lucarelli", "Mazzarella", "Bellomo", "Iannuzzi", "Difilippo", "Cacciatore", "Colangelo", "Tropea", "Zappia", "Albanese", "Caputo", "Martinelli", "Pellegrini", "Palumbo", "Barbato"]),
    "lebanese": (["Hala", "Maha", "Joumana", "Rima", "Nayla", "Rola", "Ghida", "Souad", "Wadad", "Najwa", "Layal"],
                 ["Elie", "Tony", "Charbel", "Joseph", "Maroun", "Rony"],
                 ["Saliba", "Harb", "Chidiac", "Sfeir", "Rahme", "Gemayel", "Nader", "Hachem"]),
}  # fmt: skip

# the nickname a friend or sibling writes instead of the given name
NICKS = {"Barry": "Bazza", "Darren": "Dazza", "Sharlene": "Shazza", "Gareth": "Gazza", "Nigel": "Nige", "Malcolm": "Malc",
         "Gordon": "Gordy", "Dermot": "Derm", "Jeanette": "Netty", "Mitch": "Mitcho", "Corey": "Coz", "Tyson": "Tyso",
         "Hayden": "Haydo", "Lorelle": "Lozza", "Christos": "Chrissy", "Spiros": "Spiro",
         "Domenico": "Mimmo", "Kereopa": "Kere", "Mikaere": "Mika", "Ewelina": "Ewa", "Włodzimierz": "Włodek",
         "Okechukwu": "Okey", "Osaretin": "Osa", "Conall": "Connie", "Turlough": "Turlo",
         "Brayden": "Bray", "Buford": "Bufe", "Philomena": "Phil", "Wynona": "Nonie"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # first-level region (keep) -> (abbreviation, towns)
    suburbs: tuple[str, ...]  # neighbourhoods, suburbs, townlands, housing estates (ADDRESS)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "USA", {
        "Ohio": ("OH", ("Quarry Bend", "Fennimore Station", "Ashby Glen", "New Bavaria Heights")),
        "Tennessee": ("TN", ("Sweetgum Ridge", "Pruett Gap", "Caney Fork Landing", "Hickory Withe Mills")),
        "Pennsylvania": ("PA", ("Millbach Corners", "Kettle Hollow", "Upper Swatara Mills", "Conestoga Flats")),
        "Minnesota": ("MN", ("Lake Wabasso Shores", "North Ostrander", "Loon Narrows", "Kettle River Landing")),
        "Texas": ("TX", ("Pecan Flat", "Bluebonnet Crossing", "San Isidro Wells", "Mesquite Draw")),
    }, ("Cobbler's Run", "Westhaven Estates", "Old Depot District", "Foxfire Meadows", "Pheasant Run Village"),
        ("Sassafras Hollow Rd", "Possum Trot Rd", "Redbud Ln", "Persimmon Ct", "Tanyard Branch Rd", "N Lamplighter Dr",
         "Buckeye Trace", "Cottonwood Bend", "Sorghum Mill Rd", "Pawpaw St", "Bois d'Arc Ln"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####", "+1 ^##-^##-####"),
        ("gmail.com", "yahoo.com", "att.net", "comcast.net", "aol.com"),
        ("american", "american", "american", "american", "italian", "polish", "greek", "lebanese", "nigerian", "irish")),
    Loc("GB", "UK", {
        "England": ("", ("Slaithby", "Netherholme", "Thornley Bottoms", "Little Wendlebury", "Ashcombe Magna", "Castle Brimley", "Polperran", "Trevellas Downs")),
        "Wales": ("", ("Llanddewi Felin", "Pen-y-bryn Isaf", "Cwm Tawelog")),
        "Scotland": ("", ("Kirkton of Ballindean", "Auchenlarie Mains", "Strathbrennan")),
    }, ("Lower Heathfold", "Birchcliffe Estate", "Nab End", "Windyridge", "Cragg Bridge End"),
        ("Pickering Fold", "Back Cawthorne Terrace", "Weavers Row", "Chapel Fold", "Nab Lane", "Clough Road", "Tentercroft Street",
         "Ginnel Walk", "Heald Close", "Spout House Lane", "Ffordd y Capel", "Heol Tŷ Gwyn", "Brae Crescent", "Mains Loan"),
        ("07^## ######", "07^##^#####", "+44 7^## ######", "01^## ^#####", "01^##-^#####"),
        ("btinternet.com", "hotmail.co.uk", "gmail.com", "yahoo.co.uk", "sky.com"),
        ("english", "english", "english", "english", "welsh_cornish", "welsh_cornish", "scottish", "polish", "nigerian")),
    Loc("IE", "Ireland", {
        "Munster": ("", ("Kilbrannish", "Drumcarrig", "Rathmoylan", "Lisnagry Bridge", "Knockanore Hill")),
        "Connacht": ("", ("Ballinafad Cross", "Carrigeen Mór", "Cloonfad Beg", "Templemungret")),
        "Leinster": ("", ("Gortnahoe Upper", "Ballycullane Cross", "Rathvilly Bridge")),
    }, ("Ard na Gréine", "Cnoc Álainn", "Castle View Park", "Sruthán Court", "Cois Abhann", "The Paddocks", "Woodbrook Lawns"),
        ("Bóthar an Phortaigh", "Church Hill", "Old Bog Road", "Pound Street", "Fair Green", "Boreen Lane", "Bridewell Lane"),
        ("08% ### ####", "08%-#######", "+353 8% ### ####", "0%# ^#####", "(0%#) ^## ###"),
        ("eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "icloud.com"),
        ("irish", "irish", "irish", "irish", "irish", "polish", "nigerian")),
    Loc("CA", "Canada", {
        "Ontario": ("ON", ("Kinmount Falls", "Cedarvale Junction", "Port Aldous", "Tamworth Mills")),
        "Quebec": ("QC", ("Lac-aux-Sables Est", "Rivière-aux-Outardes Nord", "Sainte-Eulalie-du-Lac")),
        "New Brunswick": ("NB", ("Petitcodiac Ridge", "Grand Étang Nord", "Memramcook Est")),
        "Nova Scotia": ("NS", ("Port Hood Mines", "Tatamagouche East", "Musquodoboit Corner")),
        "Manitoba": ("MB", ("Grunthal Siding", "Lac du Bonnet North", "Steinbach Flats")),
    }, ("Riverbend Heights", "Tamarack Ridge", "Glebe Annex", "Pine Hollow Estates"),
        ("Rang du Petit-Brûlé", "Concession Road 9", "Chemin du Lac-Brûlé", "Tamarack Crescent", "Sideroad 15", "Rue des Pionniers",
         "Muskrat Lane", "Bayview Line", "Portage Trail"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####", "1-^##-^##-####"),
        ("sympatico.ca", "videotron.ca", "gmail.com", "rogers.com", "shaw.ca"),
        ("french_canadian", "french_canadian", "french_canadian", "scottish", "english", "lebanese", "italian")),
    Loc("AU", "Australia", {
        "NSW": ("NSW", ("Warrigal Plains", "Kurrajong Vale", "Bungarra")),
        "Queensland": ("QLD", ("Currawong Heights", "Mulgrave Downs", "Yarrabin Creek")),
        "Victoria": ("VIC", ("Boronia Flats", "Wattle Flat East", "Mallee Bend")),
        "Western Australia": ("WA", ("Marri Gully", "Salmon Gum Rock")),
        "Tasmania": ("TAS", ("Myrtle Bank Upper", "Huon Pines Crossing")),
    }, ("Kookaburra Hill", "Bellbird Park", "Sugarloaf Estate", "Jacaranda Rise"),
        ("Banksia Cres", "Grevillea Pde", "Callistemon Cct", "Ironbark Rd", "Bottlebrush Ave", "Lilly Pilly Cl", "Wombat Gully Rd",
         "Coolabah St", "Kookaburra Way"),
        ("04## ### ###", "04########", "(02) ^### ####", "(07) ^### ####", "+61 4## ### ###"),
        ("bigpond.com", "optusnet.com.au", "gmail.com", "hotmail.com", "iinet.net.au"),
        ("australian", "australian", "australian", "greek", "italian", "lebanese", "english")),
    Loc("NZ", "New Zealand", {
        "Waikato": ("", ("Te Awaroa", "Kōtuku Flat")),
        "Bay of Plenty": ("", ("Pūriri Bay", "Waimārie Downs")),
        "Canterbury": ("", ("Matai Springs", "Rimu Valley")),
        "Otago": ("", ("Tussock Creek Junction", "Kānuka Hill")),
        "Northland": ("", ("Pīpī Beach", "Whau Valley Road End")),
    }, ("Harakeke Park", "Kererū Grove", "Pōhutukawa Heights", "Tūtū Flat"),
        ("Karaka Street", "Tōtara Grove", "Kōwhai Drive", "Mānuka Terrace", "Ngaio Crescent", "Raupō Lane", "Tītoki Street", "Hīnau Road"),
        ("02% ### ####", "021 ### ####", "(09) ^## ####", "+64 2% ### ####", "027-###-####"),
        ("xtra.co.nz", "slingshot.co.nz", "gmail.com", "outlook.co.nz", "vodafone.co.nz"),
        ("maori", "maori", "pacific", "pacific", "english", "scottish", "australian")),
]}  # fmt: skip

# Irish counties (real, below the first level: ADDRESS) for each province
IE_COUNTIES = {"Munster": ("Clare", "Limerick", "Kerry", "Tipperary"), "Connacht": ("Mayo", "Galway", "Roscommon"),
               "Leinster": ("Offaly", "Laois", "Wexford", "Carlow")}  # fmt: skip
EIRCODE_KEYS = ("V94", "V35", "H91", "F12", "E41", "R35", "Y35", "H65", "V95", "F45")
GB_AREAS = {"England": ("HX", "OL", "BD", "HD", "TR", "NR"), "Wales": ("LL", "SA", "CF"), "Scotland": ("KY", "PH", "DD")}
US_ZIP = {"Ohio": "4%###", "Tennessee": "37###", "Pennsylvania": "1%###", "Minnesota": "56###", "Texas": "7%###"}
CA_FSA = {"Ontario": "K", "Quebec": "G", "New Brunswick": "E", "Nova Scotia": "B", "Manitoba": "R"}
AU_PC = {"NSW": "2", "Queensland": "4", "Victoria": "3", "Western Australia": "6", "Tasmania": "7"}


def postcode(rng: random.Random, loc: Loc, region: str) -> str:
    c = loc.code
    if c == "US":
        z = fill(rng, US_ZIP[region])
        return z + fill(rng, "-####") if rng.random() < 0.2 else z
    if c == "GB":
        return rng.choice(GB_AREAS[region]) + fill(rng, rng.choice(["%", "%#"])) + " " + fill(rng, "%@@")
    if c == "IE":
        return rng.choice(EIRCODE_KEYS) + " " + fill(rng, rng.choice(["@%@%", "@#@@", "%@@#"]))
    if c == "CA":
        return CA_FSA[region] + fill(rng, "%@ %@#").replace("O", "N").replace("I", "L")
    if c == "AU":
        return AU_PC[region] + fill(rng, "%##")
    return rng.choice("1234789") + fill(rng, "%#%")


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


@dataclass(slots=True)
class Person:
    given: str
    surname: str  # as listed (Polish: masculine form)
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    abbr: str  # the region's abbreviation ("OH", "NSW") or ""
    county: str  # Ireland only
    phone: str
    phone2: str
    email: str
    house: str  # "14", "Flat 2, 19", "Apt 3B, 1482"
    street: str
    suburb: str
    town: str
    postcode: str
    other: str = ""  # a second family word for a double-barrelled name ("Naughton-Spargo")

    @property
    def family(self) -> str:
        if self.culture == "polish" and self.female and self.surname.endswith(("ski", "cki")):
            return self.surname[:-1] + "a"
        return self.surname

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def nick(self) -> str:
        return NICKS.get(self.given, self.given)

    @property
    def line(self) -> str:
        return f"{self.house} {self.street}"


def _words(name: str) -> set[str]:
    return set(name.replace("-", " ").split())


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (25 * 365, 75 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` fixes a relative's
    surname, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    taken = lambda n: bool(_words(n) & used) or bool(_words(NICKS.get(n, n)) & used)  # noqa: E731
    cultures = [culture] if culture else []
    cultures += [c for c in rng.sample(loc.cultures, len(loc.cultures)) if c not in cultures]
    for culture in cultures:  # the first culture with a free given (and family) name
        fs, ms, fam = NAMES[culture]
        givens = [g for g in (fs if female else ms) if not taken(g)]
        families = [x for x in fam if not taken(x) and not taken(x[:-1] + "a")] if family is None else [family]
        if givens and families:
            break
    given, family = rng.choice(givens), rng.choice(families)
    other = rng.choice([x for c in NAMES.values() for x in c[2] if not taken(x) and x != family and " " not in x and x.isascii()])
    used |= _words(given) | _words(family) | _words(NICKS.get(given, given)) | _words(other)
    if family.endswith(("ski", "cki")):
        used |= {family[:-1] + "a"}
    dob = ref - timedelta(days=rng.randint(*age_days))
    c = loc.code
    if home is not None:
        region, abbr, county, house, street, suburb, town, pc = (home.region, home.abbr, home.county, home.house,
                                                                 home.street, home.suburb, home.town, home.postcode)  # fmt: skip
    else:
        region = rng.choice(list(loc.regions))
        abbr, towns = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        suburb = rng.choice([s for s in loc.suburbs if s not in used] or list(loc.suburbs))
        street = rng.choice([s for s in loc.streets if s not in used] or list(loc.streets))
        county = rng.choice(IE_COUNTIES[region]) if c == "IE" else ""
        house = fill(rng, {
            "US": rng.choice(["%###", "%##", "%####"]),
            "GB": rng.choice(["%", "%#", "Flat %, %#"]),
            "IE": rng.choice(["%", "%#", "Apt %, %"]),
            "CA": rng.choice(["%##", "%###", "Unit %, %##"]),
            "AU": rng.choice(["%", "%#", "%/%#", "Unit %, %#"]),
            "NZ": rng.choice(["%", "%#", "%/%#", "%#@"]),
        }[c])  # fmt: skip
        pc = postcode(rng, loc, region)
        used |= {town, suburb, street}
    g = ascii_fold(given).lower().replace(" ", "")
    f = ascii_fold(family).lower().replace(" ", "")
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}", f"{g[0]}{f}{rng.randint(1, 9)}"])
    email += "@" + rng.choice(loc.mails)
    return Person(given, family, culture, female, dob, loc, region, abbr, county, fill(rng, rng.choice(loc.phones)),
                  fill(rng, rng.choice(loc.phones)), email, house, street, suburb, town, pc, other)  # fmt: skip
