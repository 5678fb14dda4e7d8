# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the sixty-fourth probe: digital-health and consumer health-tech text from the
United States, the United Kingdom, Canada, India and Australia (synthetic only; no real patient, user, carer,
coach or clinician). Name words are American (new-style given names, Amish / Mennonite, Norwegian, Swedish and
Dutch Midwestern family names, African American and Tejano ones), British (English, Scottish and Irish family
names; British Pakistani and British Nigerian names), Canadian (French Canadian, Ukrainian Canadian, Punjabi
Canadian), Indian by region (Malayali house names, Gujarati, Bengali, Marathi, Tamil, Telugu and Kannada
family names and given names) and Australian (Greek, Maltese and Aboriginal Australian family names), combined
at random: never a real person. They were checked against every string of the people tables of probes 1-60
before any measurement (test_probe64: no shared name word).

Towns, suburbs, localities and streets are invented; states, provinces, territories and countries are real and
are keep values when written alone. Numbers are random; NHS, NPI, Aadhaar, Australian Medicare and IHI numbers
carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe64 import ids
from tests.engine.probe64.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "american": (
        ["Kaylynn", "Kambree", "Maebry", "Ensley", "Kollins", "Addilyn", "Lakelyn", "Ellory", "Berkley", "Kinley", "Hadleigh",
         "Wrenley", "Linda", "Barbara", "Betty", "Amanda", "Megan", "Lauren", "Abigail", "Alexis", "Theresa", "Debra", "Janet"],
        ["Kyzer", "Zaylen", "Kaeden", "Caden", "Daxton", "Grayson", "Korbin", "Talon", "Elkanah", "Merrill", "Gage", "Larry",
         "Jerry", "Donald", "Bryan", "Austin", "Ethan", "Jacob", "Joshua"],
        ["Schrock", "Detweiler", "Lehman", "Eicher", "Graber", "Landis", "Sandvik", "Moen", "Nordby", "Skaar", "Aasen", "Dahle",
         "Quale", "Rostad", "Sather", "Ulvestad", "Bjerke", "Grinde", "Halvorson", "Olstad", "Vanderwal", "Vanderhoek", "Wiersma",
         "Huizenga", "Bouwman", "Carlstrom", "Forsberg", "Isaksson", "Jernberg", "Kjellberg", "Malmberg", "Palmquist", "Rydberg",
         "Sjoberg", "Tornquist", "Sundquist", "Blomquist", "Davis", "Moore", "Harris", "Allen", "Phillips", "Turner", "Edwards",
         "Rogers", "Peterson", "Richardson", "Watson", "Myers", "Foster", "Sanders"]),
    "african_american": (
        ["Tynisha", "Shavonne", "Lateesha", "Jurnee", "Rayleigh", "Kennedy"],
        ["Kymani", "Kevon", "Jelani", "Dorrell", "Zaylen"],
        ["Ravenell", "Brockington", "Fludd", "Heyward", "Legare", "Middleton", "Simmons", "Mayweather"]),
    "tejano": (
        ["Sofia", "Valeria", "Estrella", "Belen", "Reyna"],
        ["Saul", "Jose", "Christian"],
        ["Saenz", "Tijerina", "Yzaguirre", "Leal", "Rodriguez", "Martinez", "Hernandez", "Gonzalez", "Sanchez", "Torres",
         "Flores", "Gomez", "Diaz", "Morales", "Ortiz", "Ruiz", "Alvarez", "Perez"]),
    "british": (
        ["Sarah", "Charlotte", "Emily", "Hannah", "Olivia", "Helen", "Ruth", "Alice", "Sophia", "Frances", "Christine", "Samantha"],
        ["William", "Matthew", "Edward", "George", "Henry", "Arthur", "Charles", "Nicholas", "Philip", "Christopher", "Linval"],
        ["Pennycook", "Blackadder", "Dimbleby", "Eddleston", "Longbottom", "Vavasour", "Royle", "Erskine", "Sangster",
         "Chalmers", "Hepburn", "Leckie", "Nairn", "Taylor", "Clark", "Roberts", "Campbell", "Price", "Morris", "Fahy",
         "Cleary", "Gilligan", "Keogh", "Nangle", "Mullane", "Gleeson", "Lenehan", "Mahony", "Minogue", "Nihill", "Hartigan",
         "Liddy", "Wroblewski"]),
    "british_pakistani": (
        ["Hira", "Mehwish", "Sidra", "Aqsa", "Rabia", "Anum", "Fouzia", "Saima"],
        ["Kashif", "Sajid", "Junaid", "Owais", "Zeeshan", "Umair", "Haris", "Saqib", "Tahir", "Khurram", "Nauman"],
        ["Bhutta", "Chattha", "Sulehri", "Hanif", "Sadiq", "Farooq", "Ghafoor", "Latif", "Majeed", "Pervaiz", "Qadir",
         "Saleem", "Shafi", "Tufail", "Yousaf", "Zafar", "Mughal", "Arain", "Kamboh"]),
    "british_nigerian": (
        ["Nnenna", "Chioma", "Amaka", "Idowu", "Yinka", "Kamsi"],
        ["Chiedu", "Chibuzo", "Ikemefuna", "Ejike", "Adewumi", "Wale", "Lanre", "Niyi", "Rotimi", "Somto"],
        ["Olabode", "Adesina", "Ogunsanya", "Ladipo", "Adeoye", "Nnadi", "Orji", "Okorie", "Nwafor", "Obidike", "Ihejirika",
         "Emenike", "Nweke"]),
    "french_canadian": (
        ["Édith", "Isabelle", "Rachel", "Justine", "Jolène", "Chloé", "Léa", "Ève"],
        ["Gérald", "Valère", "Émilien", "Philémon", "Yvan"],
        ["Paradis", "Dion", "Frechette", "Giguere", "Pepin", "Bouffard", "Castonguay", "Fafard", "Jodoin", "Lafleur",
         "Laprise", "Lavallee", "Lemay", "Normandeau", "Sauve", "Thiffault", "Valiquette", "Labelle", "Nadon", "Thivierge"]),
    "ukrainian_canadian": (
        ["Zoriana", "Uliana", "Marichka", "Myroslava", "Solomiia"],
        ["Andrii", "Serhii", "Mykhailo", "Michael", "Mark"],
        ["Hrycenko", "Savchuk", "Petryshyn", "Zadorozhny", "Hnatiuk", "Kolodiy", "Marchuk", "Nychka", "Pidhirny", "Stefanyshyn"]),
    "punjabi": (
        ["Harmanpreet", "Mehakpreet", "Gurnoor", "Parampreet", "Taranjit"],
        ["Karamjit", "Sehajpal", "Jaskirat", "Arshdeep", "Ekam", "Fateh", "Kirpal", "Balvir", "Charanjit", "Gurdial", "Hardev",
         "Jagjit", "Kewal", "Resham", "Gurbachan", "Lakhvir", "Sarabjit"],
        ["Jhooti", "Rehal", "Saran", "Chattha", "Kamboh"]),
    "malayali": (
        ["Nandana", "Revathy", "Sruthi", "Swathi", "Arathi", "Anusree", "Sreedevi", "Jayasree", "Girija", "Sobhana", "Bindhu",
         "Saranya", "Shiji", "Smitha"],
        ["Unnikrishnan", "Balachandran", "Jayakrishnan", "Muralidharan", "Venugopal", "Radhakrishnan", "Harikumar",
         "Anilkumar", "Sunilkumar", "Rajeev", "Sibi", "Ranjith", "Nithin", "Midhun", "Deepu"],
        ["Kizhakkethil", "Vadakkedath", "Thekkumkattil", "Kaimal", "Poduval", "Marar", "Kartha", "Unnithan", "Kunnath",
         "Puthussery", "Chittilappilly", "Edappally", "Vettukattil", "Karimattam", "Ambatt", "Pulikkal", "Manjaly", "Kottoor",
         "Padinjarekara", "Maliekal", "Elavunkal", "Parayil", "Alappat"]),
    "gujarati": (
        ["Riddhi", "Bhumi", "Dhara", "Foram", "Khushbu", "Mansi", "Rinkal", "Shital", "Zalak"],
        ["Nikunj", "Urvish", "Vatsal", "Yash", "Kunal", "Ritesh", "Yogesh", "Umesh", "Dinesh"],
        ["Chokshi", "Khakhar", "Zala", "Bhalodia", "Pabari", "Radia", "Thanki", "Hindocha", "Bhimjiyani"]),
    "bengali": (
        ["Rupa", "Piyali", "Debjani", "Sanchita", "Chandrima", "Paromita", "Srabanti", "Tumpa"],
        ["Subhash", "Subrata", "Arnab", "Indranil", "Tapas", "Swapan", "Prasenjit", "Sukanta", "Abhijit", "Sanjib", "Dipankar",
         "Shyamal", "Tanmoy", "Ritwik"],
        ["Roychowdhury", "Haldar", "Mondal", "Samanta", "Basu", "Guha", "Nandy", "Poddar"]),
    "marathi": (
        ["Ashwini", "Gauri", "Madhura", "Prajakta", "Rasika", "Snehal", "Supriya", "Vrushali", "Aboli", "Rutuja"],
        ["Prathamesh", "Sarang", "Shantanu", "Vaibhav", "Umesh", "Yogesh"],
        ["Bhide", "Karve", "Godbole", "Kelkar", "Agashe", "Dandekar", "Gadgil", "Khare", "Limaye", "Marathe", "Pendse",
         "Sahasrabuddhe", "Wagle", "Atre", "Bhave", "Damle", "Ghaisas", "Hardikar", "Inamdar", "Mhaskar", "Pethe", "Sovani", "Tambe"]),
    "tamil": (
        ["Dhanalakshmi", "Vasuki", "Malarvizhi", "Tamilselvi", "Ponni", "Selvi", "Valli", "Manimegalai", "Yazhini", "Ramya"],
        ["Mathivanan", "Senthilkumar", "Sivakumar", "Ilangovan", "Anbalagan", "Velmurugan", "Praveen"],
        ["Ramanathan", "Thyagarajan", "Sampath", "Govindarajan", "Chandrasekaran", "Kalyanaraman", "Swaminathan", "Mahadevan",
         "Rangarajan", "Narasimhan"]),
    "telugu": (
        ["Sandhya", "Swathi", "Ramya", "Saranya"],
        ["Praveen", "Dinesh", "Sivakumar", "Nithin"],
        ["Kommineni", "Bollineni", "Tadepalli", "Gudavalli", "Atluri", "Chilukuri", "Potluri", "Koneru", "Nimmagadda",
         "Vadlamudi", "Goud", "Setty"]),
    "kannada": (
        ["Sandhya", "Supriya", "Ashwini", "Ramya"],
        ["Praveen", "Vaibhav", "Dinesh", "Umesh"],
        ["Mallya", "Karanth", "Ballal", "Kadamba", "Tantri", "Shanbhag", "Adiga", "Holla", "Aithal", "Kedilaya", "Mayya", "Somayaji"]),
    "australian": (
        ["Merinda", "Jacinda", "Sianna", "Kellie", "Angela", "Laura", "Susan", "Amy", "Christine", "Harley"],
        ["Trent", "Quade", "Matt", "Tim", "Anthony", "Andrew", "Carl", "Adam", "Harley"],
        ["Walley", "Briggs", "Mundine", "Bropho", "Collard", "Garlett", "Winmar", "Gondarra", "Maymuru", "Fahy", "Gleeson",
         "Minogue", "Mahony", "Price", "Campbell", "Clark", "Taylor"]),
    "greek_australian": (
        ["Efthymia", "Antigoni", "Katerina", "Eirini", "Sophia"],
        ["Alexandros", "Petros", "Manolis", "Takis", "Lefteris"],
        ["Tsiolis", "Demetriou", "Lambropoulos", "Sotiropoulos", "Xenakis"]),
    "maltese_australian": (
        ["Angela", "Christine", "Susan", "Laura"],
        ["Anthony", "Carl", "Matt", "Adam"],
        ["Micallef", "Cassar", "Debono", "Bonello", "Fenech", "Cutajar", "Schembri", "Sammut", "Scicluna"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region (keep) -> (abbreviation, invented towns / suburbs)
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Minnesota": ("MN", ("Ottertail Crossing", "Lake Orrin", "Nisswa Falls", "Badoura Junction")),
        "Ohio": ("OH", ("Killbuck Heights", "Gilboa Springs", "Tuscarawas Mills", "Sugarcreek Hollow")),
        "Texas": ("TX", ("Pecan Bayou", "Lometa Flats", "Caddo Wells", "Sabinal Crossing")),
        "Pennsylvania": ("PA", ("Conewago Falls", "Mifflin Ridge", "Lititz Run", "Kishacoquillas Mills")),
        "Iowa": ("IA", ("Maquoketa Bend", "Turkey River Flats", "Nishna Vale", "Decorah Hollow")),
        "South Carolina": ("SC", ("Pocotaligo Landing", "Ashepoo Crossing", "Edisto Pines", "Wadmalaw Point")),
    }, ("%### Prairie Thistle Ln", "%## Ruddy Duck Dr", "%### Old Plank Rd Apt %@", "%#### County Road %#", "N%#### Sorrel Hill Ct",
        "%## W Larkspur Ave Unit %", "%### Buckeye Hollow Rd", "%#### Farm to Market %##", "%### Sweetgrass Cir", "%## E Coneflower St Apt %#"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^## ####", "^##.^##.####", "(^##) ^##-####"),
        ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "hotmail.com"),
        ("american", "american", "american", "african_american", "tejano", "gujarati", "malayali")),
    Loc("UK", "United Kingdom", {
        "England": ("", ("Kirkby Wendle", "Thornleigh Magna", "Swaleford", "Cradbury St Anne", "Pennock Bridge", "Hebblewick")),
        "Scotland": ("", ("Kilmarnie", "Auchtermure", "Balgrennan")),
        "Wales": ("", ("Abercreddin", "Llanfyrnog", "Pontfaen Isaf")),
        "Northern Ireland": ("", ("Ballycarrow", "Drumlessan")),
    }, ("%# Cobblers Row", "Flat %, %# Tannery Court", "%## Quarrybank Lane", "%# Wheelwright Close", "%#@ Mill Leat Road",
        "%# Kestrel Mews", "Flat %#, Haverley House, Sandpiper Way", "%# Nettlebed Gardens", "%## Old Turnpike Road"),
        ("07^## ######", "+44 7^## ######", "07^##-###-###", "01^## ######", "+44 (0)1^## ######"),
        ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"),
        ("british", "british", "british", "british_pakistani", "british_nigerian", "punjabi", "gujarati")),
    Loc("CA", "Canada", {
        "Manitoba": ("MB", ("Wapella Creek", "Gimli Narrows", "Souris Bend")),
        "Saskatchewan": ("SK", ("Kinistino Flats", "Wakaw Landing", "Meota Bay")),
        "Ontario": ("ON", ("Tamarack Falls", "Port Elgar", "Muskoka Bend", "Brampton Heights West")),
        "Québec": ("QC", ("Sainte-Odile-du-Lac", "Saint-Rémi-des-Érables", "Lac-Boisvert-Nord")),
        "Alberta": ("AB", ("Wetaskin Coulee", "Vermilion Flats", "Bonnyville North")),
        "Nova Scotia": ("NS", ("Musquodoboit Harbour East", "Tatamagouche Bay")),
    }, ("%##-%### Tamarack Cres", "%## Chokecherry Bay", "%### Range Road %##", "%# rue des Érables", "%## Aspen Bluff Dr NW",
        "Unit %#, %### Lakeshore Trail", "%# Wheatland Pl", "%### 14th Ave NE"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^## ####", "^##.^##.####"),
        ("gmail.com", "shaw.ca", "hotmail.ca", "sympatico.ca", "outlook.com", "videotron.ca"),
        ("french_canadian", "ukrainian_canadian", "punjabi", "american", "british", "malayali")),
    Loc("IN", "India", {
        "Kerala": ("", ("Chembakassery", "Puliyannoor East", "Vellarada North", "Kodanthuruthu")),
        "Gujarat": ("", ("Bhaliyad Road", "Jetpur Navagadh", "Khambhalia Gam")),
        "West Bengal": ("", ("Baguiati Purba", "Sonarpur Dakshin", "Chandannagar Palli")),
        "Maharashtra": ("", ("Sadashiv Peth Navi", "Kothrud Gaonthan", "Dombivli Pashchim")),
        "Tamil Nadu": ("", ("Thiruvanmiyur Extension", "Perungudi Kuppam", "Madipakkam Nagar")),
        "Telangana": ("", ("Bachupally Nagar West", "Mallampet Colony", "Narsapur Kalan Tanda")),
        "Karnataka": ("", ("Basaveshwara Layout", "Kadri Hills", "Hebbal Kempapura")),
    }, ("Flat %@, Sreevalsam Apartments, 4th Cross Road", "House No. %#/%##, Temple Road", "%-##, Ward No. %#", "Plot %##, Sector %#",
        "Door No. %#-%-%##/%", "B-%##, Gokuldham Society", "%# Gandhi Nagar 2nd Street", "Flat %0%, Tower @, Prestige Meadows"),
        ("+91 9^### #####", "9^###-#####", "+91-9^##-###-####", "09^### #####", "+91 7^### #####"),
        ("gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"),
        ("malayali", "gujarati", "bengali", "marathi", "tamil", "telugu", "kannada")),
    Loc("AU", "Australia", {
        "Queensland": ("QLD", ("Wattle Downs East", "Mooloolah Heights", "Boonah Creek")),
        "Victoria": ("VIC", ("Yarrambat South", "Korumburra Hill", "Mernda Vale")),
        "New South Wales": ("NSW", ("Bulli Heights", "Wollombi Flat", "Kurrajong Rise")),
        "Western Australia": ("WA", ("Mundijong East", "Boddington Springs", "Roleystone Ridge")),
        "South Australia": ("SA", ("Willunga Plains", "Kapunda North")),
        "Tasmania": ("TAS", ("Kingston Rise", "Cygnet Bay")),
    }, ("Unit %/%# Banksia Pde", "%# Currawong St", "%## Ironbark Rd", "%/%# Kookaburra Cl", "%# Jacaranda Tce", "Lot %## Bellbird Dr",
        "%## Yellowbox Way", "%# Wombat Gully Rd"),
        ("04## ### ###", "+61 4## ### ###", "(0^) ^### ####", "04##-###-###", "0^ ^### ####"),
        ("gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"),
        ("australian", "australian", "greek_australian", "maltese_australian", "malayali", "punjabi")),
]}  # fmt: skip
INDIA_REGION = {"malayali": "Kerala", "gujarati": "Gujarat", "bengali": "West Bengal", "marathi": "Maharashtra",
                "tamil": "Tamil Nadu", "telugu": "Telangana", "kannada": "Karnataka"}  # fmt: skip
US_ZIP = {"Minnesota": "56###", "Ohio": "44###", "Texas": "78###", "Pennsylvania": "17###", "Iowa": "52###", "South Carolina": "29###"}
IN_PIN = {"Kerala": "68####", "Gujarat": "36####", "West Bengal": "70####", "Maharashtra": "41####", "Tamil Nadu": "60####",
          "Telangana": "50####", "Karnataka": "57####"}  # fmt: skip
AU_PC = {"Queensland": "45##", "Victoria": "3###", "New South Wales": "2###", "Western Australia": "6###", "South Australia": "5###",
         "Tasmania": "7###"}  # fmt: skip
CA_FSA = {"MB": "R", "SK": "S", "ON": "K", "QC": "J", "AB": "T", "NS": "B"}
UK_OUT = {"England": ["LS", "HG", "DL", "YO", "NE", "CA", "LA", "BD"], "Scotland": ["PH", "KY", "DG"], "Wales": ["SA", "LL"],
          "Northern Ireland": ["BT"]}  # fmt: skip


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
    nid: str = ""  # SSN (US), NHS number (UK), provincial health number (CA), Aadhaar (IN), Medicare (AU)
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
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "")


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc` (`family` a household's surname, `home` a household's address); no name
    word is shared with anyone already drawn for the document (`used`)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    given = rng.choice(free)
    used |= _words(given)
    if family is None:
        family = rng.choice([f for f in fams if not (_words(f) & used)])
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = _plain(given), _plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(10, 999)}", f"{g}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        if loc.code == "IN":
            region = INDIA_REGION.get(culture) or rng.choice(list(loc.regions))
        else:
            region = rng.choice(list(loc.regions))
        abbr, towns = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region, abbr)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)),
               fill(rng, rng.choice(loc.phones)), email, line, town, pc)  # fmt: skip
    w.nid = national_id(rng, w)
    w.addr = address(w)
    return w


def postcode(rng: random.Random, code: str, region: str, abbr: str) -> str:
    if code == "US":
        return fill(rng, US_ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.2 else "")
    if code == "UK":
        return f"{rng.choice(UK_OUT[region])}{rng.randint(1, 19)} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "CA":
        return f"{CA_FSA[abbr]}{fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
    if code == "IN":
        return fill(rng, IN_PIN[region])
    return fill(rng, AU_PC[region])


def national_id(rng: random.Random, w: Person) -> str:
    c = w.loc.code
    if c == "US":
        return ids.ssn(rng)
    if c == "UK":
        return ids.nhs(rng)
    if c == "CA":
        return ids.health_card(rng, w.abbr, w.given, w.family, w.dob, w.female)
    if c == "IN":
        return ids.aadhaar(rng)
    return ids.medicare_au(rng)


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the state / province abbreviation plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "UK":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f", {w.abbr}  ", Z(w.postcode))
    if c == "IN":
        return (A(w.line), ", ", A(w.town), f", {w.region} - ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))
