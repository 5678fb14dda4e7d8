# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic families and places for the ninety-fourth probe: genetic counselling, pedigrees and family-history
text from the United States, the United Kingdom, Israel, Germany, the Netherlands and Spain (synthetic only; no
real proband, relative, counsellor or clinician).

Name words, drawn by the author from the founder populations and consanguineous communities a genetics service
meets: Ashkenazi (Yiddish given names, German-Jewish and Slavic-Jewish surnames) and Sephardi / North-African
Jewish, Amish and Old Order Mennonite (Pennsylvania Dutch surnames), Finnish, Icelandic (patronymics in -son
and -dóttir), Faroese, Lebanese Maronite, Pakistani (s/o, d/o chains and compound given names) and Gulf Arab
(bin / bint chains before an "Al" family name). Combined at random: never a real person. Every name word was
checked against every string of the earlier probes' people tables (probes 1-93) before any measurement
(test_probe94), and replaced when it was there -- which ruled out nearly every common name of these
communities (Yoder, Stoltzfus, Beiler, Zook, Hämäläinen, Khoury, Chaudhry and Al Mansouri are all taken).

Towns and streets are invented; states, Länder, provinces and districts are real and plain text inside an
address. Numbers are random; SSN, NHS number, Teudat Zehut, Krankenversichertennummer, BSN and DNI carry their
scheme's check digits or rules (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe94 import ids
from tests.engine.probe94.ids import fill

__all__ = ["CHAINS", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "plain"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ashkenazi": (["Frumet", "Gitel", "Zlate", "Pesche", "Temerl", "Mirel", "Beile", "Dobrish", "Kreindel", "Tsharne", "Glikl", "Sosye", "Henye", "Feigel",
                   "Rikl", "Gnendl", "Fradl", "Dvoire", "Reyzl", "Tsipe", "Yakhne", "Zelde", "Brokhe", "Krayne", "Breyne", "Shifre", "Toybe", "Frayde", "Nekhame"],
                  ["Shmerl", "Leibush", "Zanvil", "Shachne", "Yekusiel", "Hertzke", "Shoel", "Yoske", "Zundel", "Naftoli", "Gedalye", "Henekh", "Avrom", "Berish",
                   "Ephroim", "Fayvish", "Itsik", "Kalmen", "Leyzer", "Moyshe", "Refoel", "Shloyme", "Todres", "Zorekh", "Shepsl", "Tuvye", "Kasriel", "Bunem",
                   "Yisroel", "Mordkhe", "Faytl", "Simkhe", "Ayzik"],
                  ["Schwartzbard", "Kupferberg", "Gelbfisch", "Fingerhut", "Pomeranz", "Zuckerkandl", "Wasserzug", "Blumenkranz", "Silberzweig", "Lubetkin",
                   "Shapotshnik", "Tsukerman", "Vaysberg", "Kirshenboym", "Shneyerson", "Roitblat", "Feigenbaum", "Kahanovitz", "Perelmuter", "Tabachnik",
                   "Margolies", "Heschel"]),
    "sephardi": (["Mazaltov", "Bellida", "Palomba", "Estrugo", "Mesoda", "Fortunee", "Messaouda", "Hanina", "Simha", "Preciada", "Djoya", "Kadoun", "Djamila",
                  "Kamouna", "Fréha", "Yakout", "Hnina", "Esterina", "Vidaline"],
                 ["Messod", "Chalom", "Mardochee", "Haviv", "Shimshon", "Yossef", "Menahem", "Yeshoua", "Mimoun", "Chaoul", "Shaoul", "Eliahou", "Rahamim",
                  "Yahiel", "Ichou", "Fradji", "Chimon"],
                 ["Abulafia", "Benveniste", "Azoulay", "Amzallag", "Bouskila", "Bouzaglo", "Elmaleh", "Albukrek", "Arditti", "Benzaquen", "Abravanel", "Benhamou",
                  "Benchetrit", "Sasportas", "Sibony", "Assouline", "Ifergan", "Knafo", "Abitbol", "Anidjar", "Benoliel", "Serfaty", "Bensimhon", "Elkrief",
                  "Lugasi", "Amsalem", "Ouaknine", "Soussan", "Tapiero", "Carasso", "Alhadeff", "Gabbay"]),
    "amish": (["Lydiann", "Barbianna", "Ruthanna", "Loveda", "Sovilla", "Lovila"], ["Joas", "Manasses", "Urie", "Absalom"],
              ["Lambright", "Slabaugh", "Chupp", "Renno", "Speicher", "Kuepfer", "Jantzi", "Kanagy", "Coblentz", "Nissley", "Herschberger", "Shetler", "Wagler",
               "Knepp", "Hochstedler", "Slabach", "Spicher", "Hooley", "Mishler", "Nafziger", "Swartzendruber", "Hertzler", "Eash", "Burkey"]),
    "mennonite": (["Lizzann", "Susiann", "Lomie", "Fronica"], ["Osiah"],
                  ["Brubacher", "Sauder", "Gehman", "Shirk", "Musselman", "Kraybill", "Witmer", "Bearinger", "Auker", "Burkhart", "Steckly", "Wideman", "Jutzi",
                   "Lichti", "Gascho", "Wittmer", "Girod", "Hilty", "Ropp", "Kempf", "Wickey"]),
    "finnish": (["Senni", "Ilmi", "Eedla", "Lyydia", "Kreeta", "Matleena", "Loviisa", "Helka", "Auli", "Hilppa", "Fiina", "Miina", "Tyyni", "Sohvi"],
                ["Uuno", "Aatu", "Taavetti", "Ruuben", "Eenokki", "Jooseppi", "Aapeli", "Pietari", "Eliel", "Nestori", "Konsta"],
                ["Pyykkönen", "Pietikäinen", "Puumalainen", "Lyytikäinen", "Miettunen", "Rahikainen", "Romppanen", "Vauhkonen", "Äikäs", "Mähönen", "Pirttimäki",
                 "Kyyrönen", "Lehtovaara", "Utriainen", "Kauhanen", "Kiiskinen", "Kupiainen", "Riekkinen", "Sormunen"]),
    "icelandic": (["Þorgerður", "Arnþrúður", "Guðbjörg", "Kolbrún", "Jórunn"], ["Hreggviður", "Héðinn", "Höskuldur", "Bergsveinn"],
                  ["Eyjólfsdóttir", "Ófeigsdóttir", "Þorgeirsdóttir", "Sæmundsdóttir", "Hreggviðsdóttir", "Þórhallsson", "Bergsveinsson", "Héðinsson",
                   "Hafliðason", "Egilsson", "Jökulsson", "Eyjólfsson", "Héðinsdóttir", "Egilsdóttir", "Bergsveinsdóttir", "Hreggviðsson",
                   "Arnþórsdóttir", "Vésteinsson"]),
    "faroese": (["Beinta", "Óluva", "Onnu", "Fríða", "Ingun"], ["Eiler", "Rói", "Óðin", "Vermund"],
                ["Kambsdal", "Tvørfoss", "Gaardlykke", "Gregoriussen", "Johannesen", "Skibenæs", "Mikladal", "Mørkøre", "Samuelsen", "Højsted", "Fjallsbak",
                 "Norðbúð", "Húsgarð"]),
    "maronite": (["Nazek", "Laudy", "Rafqa", "Wardé", "Ghazale", "Mounira", "Labibé"], ["Sassine", "Nehmé", "Jirjis", "Naoum", "Touma", "Youakim", "Sleimane", "Gergi", "Tanos"],
                 ["Eddé", "Tohmé", "Saadé", "Gholam", "Jreissati", "Fattouch", "Keyrouz", "Menassa", "Zakhia", "Nakhlé", "Harfouche", "Mekhael", "Rouhana",
                  "Lteif", "Massaad", "Feghali", "Samaha"]),
    "pakistani": (["Mussarat", "Sadaf", "Zaitoon", "Ruqaiya", "Shaista", "Jannat", "Majeedan", "Hajran", "Rasoolan", "Fakhriya"],
                  ["Maqbool", "Sajawal", "Khushi", "Barkat", "Allah-Ditta", "Sharafat", "Imdad", "Munawar", "Khizar", "Nabi-Bakhsh", "Mehar", "Safdar",
                   "Mohabbat", "Shahbaz"],
                  ["Gujjar", "Bosan", "Tarrar", "Kiyani", "Dhanyal", "Jaffri", "Gardezi", "Tirmizi", "Qazalbash", "Kakakhel", "Bangash", "Orakzai", "Marwat",
                   "Gandapur", "Khakwani", "Daultana", "Kasuri", "Pirzada", "Piracha", "Chinioti", "Kahloon", "Bhinder", "Sulehria", "Hanjra", "Thaheem", "Wahla"]),
    "arab": (["Sheikha", "Ousha", "Afraa", "Moudhi", "Salha", "Mahboubah", "Hamdah", "Khatam", "Maryoom", "Shooq", "Mahrah"],
             ["Butti", "Nahyan", "Muhair", "Bakhit", "Tahnoon", "Huwaidi", "Mijren", "Bukhaitan"],
             ["Al Rumaithi", "Al Junaibi", "Al Mazroui", "Al Ghaithi", "Al Khaili", "Al Qemzi", "Al Hemeiri", "Al Hamiri", "Al Yamahi", "Al Mehairi",
              "Al Shamisi", "Al Kharji", "Al Muhairbi", "Al Neaimi", "Al Khayeli", "Al Abdouli", "Al Hebsi", "Al Zarouni", "Al Zeyoudi", "Al Bastaki"]),
}  # fmt: skip
# the word between a given name and the father's given name, (female, male)
CHAINS = {
    "arab": ("bint", "bin"),
    "pakistani": ("d/o", "s/o"),
    "ashkenazi": ("bas", "ben"),
    "sephardi": ("bat", "ben"),
}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, ...]]  # region -> invented towns
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Pennsylvania": ("Quillback Mill", "Sorghum Hollow"), "Ohio": ("Buggywheel Corners", "Flaxdale Station"),
               "Indiana": ("Hayloft Crossing", "Millrace Junction"), "New York": ("Birchkettle", "Lower Pinnacle Falls")},
        ("%### Threshing Floor Rd", "%## Cider Press Ln", "%# Harness Shop Way", "%### Orchard Gate Dr Apt %", "%## Springhouse Pike"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "outlook.com", "icloud.com"),
        ("amish", "mennonite", "ashkenazi", "maronite", "pakistani", "finnish", "sephardi")),
    Loc("UK", {"Lancashire": ("Millthwaite Brow", "Clogger's Green"), "West Yorkshire": ("Oakenrigg", "Shuttleworth Fold"),
               "Greater London": ("Stamford Mews Hill", "Golders Vale"), "Shetland": ("Voeside", "Northmavine Quoys")},
        ("%# Bobbin Mill Lane", "Flat %, %# Loomhouse Court", "%## Dyehouse Garth", "%# Tenterfield Row", "%## Fustian Street"),
        ("07^## ######", "+44 7^## ######", "0161 ^## ####", "0113 ^## ####"), ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"),
        ("pakistani", "ashkenazi", "faroese", "icelandic", "maronite", "arab", "finnish")),
    Loc("IL", {"Jerusalem District": ("Giv'at Te'enim", "Neve Hadasim"), "Central District": ("Kfar Shaked", "Ramat Ilanot"),
               "Haifa District": ("Tel Kinneret Bet", "Moshav Shikmona"), "Southern District": ("Mitzpe Shizafon", "Nahal Ashalim")},
        ("Rehov HaTsabar %#", "Sderot HaNarkis %#, dira %#", "Rehov Ein Gedi Ilit %#", "Simtat HaRimon %", "Rehov Alon HaBashan %#/%"),
        ("05^-###-####", "+972 5^-###-####", "0^-###-####"), ("gmail.com", "walla.co.il", "netvision.net.il", "bezeqint.net"),
        ("ashkenazi", "sephardi", "maronite", "arab")),
    Loc("DE", {"Bayern": ("Kleinmoosbach", "Ottersried am Inn"), "Niedersachsen": ("Heidwinkel", "Torfhausen-Nord"),
               "Hessen": ("Ober-Lindach", "Weidenbrunn"), "Berlin": ("Berlin-Kiefernheide", "Berlin-Schilfwerder")},
        ("Lindenhofweg %#", "Am Mühlgraben %#a", "Hopfengartenstraße %#", "Zum Flachsfeld %", "Erlenbruchweg %#"),
        ("+49 15^ #######", "0151 ########", "089 ^######", "0176 ########"), ("web.de", "gmx.de", "t-online.de", "posteo.de"),
        ("ashkenazi", "finnish", "maronite", "pakistani", "faroese", "mennonite")),
    Loc("NL", {"Gelderland": ("Ooldervelde", "Hummelerbroek"), "Zeeland": ("Kreekhaven", "Schorredijk"),
               "Overijssel": ("Twentermaat", "Vechtezande"), "Noord-Holland": ("Zwaagwesterhorn", "Purmerveen")},
        ("Zwanenbloemstraat %#", "Hooiberglaan %#", "Kwelderweg %#a", "Dijkgraafhof %", "Veenmolenstraat %#-%"),
        ("06-^#######", "+31 6 ^#######", "026-^######"), ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"),
        ("sephardi", "ashkenazi", "pakistani", "icelandic", "faroese", "finnish")),
    Loc("ES", {"Andalucía": ("Villaverde del Alcornocal", "Cortijos de la Sierra Baja"), "Cataluña": ("Sant Pere de Vilallarga", "Les Eres Altes"),
               "Comunidad de Madrid": ("Valdelosrobles", "Fuentealmendro"), "Región de Murcia": ("La Ñora Nueva", "Campillo del Azahar")},
        ("Calle del Azahar %#, %º", "Avenida de los Almendros %#", "Calle Tahona %, bajo", "Plaza del Lavadero %#", "Camino de la Noria %#"),
        ("6## ## ## ##", "+34 6## ### ###", "9## ### ###"), ("gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"),
        ("sephardi", "maronite", "pakistani", "arab", "finnish")),
]}  # fmt: skip

POSTCODE = {"US": {"Pennsylvania": "175##", "Ohio": "446##", "Indiana": "465##", "New York": "147##"},
            "UK": {"Lancashire": "BB%# %@@", "West Yorkshire": "LS%# %@@", "Greater London": "NW%# %@@", "Shetland": "ZE2 %@@"},
            "IL": {"Jerusalem District": "9######", "Central District": "4######", "Haifa District": "3######", "Southern District": "8######"},
            "DE": {"Bayern": "8####", "Niedersachsen": "3####", "Hessen": "6####", "Berlin": "1####"},
            "NL": {"Gelderland": "7### @@", "Zeeland": "4### @@", "Overijssel": "7### @@", "Noord-Holland": "1### @@"},
            "ES": {"Andalucía": "41###", "Cataluña": "08###", "Comunidad de Madrid": "28###", "Región de Murcia": "30###"}}  # fmt: skip


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
    email: str
    line: str
    town: str
    postcode: str
    patron: str = ""  # the father's given name, for a bin / bint, s/o, ben / bat chain
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def chain(self) -> str:
        """The name as the community writes it: with the father's given name where that is the custom."""
        if self.culture not in CHAINS or not self.patron:
            return self.full
        word = CHAINS[self.culture][0 if self.female else 1]
        if self.culture == "pakistani":
            return f"{self.given} {word} {self.patron}"
        return f"{self.given} {word} {self.patron} {self.family}"


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a login."""
    s = (
        s.replace("ð", "d")
        .replace("Ð", "D")
        .replace("þ", "th")
        .replace("Þ", "Th")
        .replace("ø", "o")
        .replace("æ", "ae")
    )
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower() if c.isalnum())


def words(name: str) -> set[str]:
    return {
        w.casefold()
        for w in name.replace("-", " ").replace("'", " ").replace("/", " ").split()
        if len(w) >= 3
    }


def _pick(rng: random.Random, pools: list[list[str]], used: set[str]) -> str:
    for pool in pools:
        free = [x for x in pool if not words(x) & used]
        if free:
            choice = rng.choice(free)
            used |= words(choice)
            return choice
    raise RuntimeError("name tables exhausted")


def given_name(rng: random.Random, loc: Loc, culture: str, female: bool, used: set[str]) -> str:
    i = 0 if female else 1
    return _pick(rng, [NAMES[culture][i], [g for c in loc.cultures for g in NAMES[c][i]]], used)


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None, female: bool | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again, except a
    family name handed down (`family`)."""
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5 if female is None else female
    given = given_name(rng, loc, culture, female, used)
    fams = NAMES[culture][2]
    if culture == "icelandic":  # a patronymic is the person's own: -dóttir for a woman, -son for a man
        fams = [f for f in fams if f.endswith("dóttir") == female]
        family = None
    if family is None:
        family = _pick(rng, [fams, [f for c in loc.cultures if c != "icelandic" for f in NAMES[c][2]]], used)
    used |= words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice(
        [f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}"]
    )
    email += "@" + rng.choice(loc.mails)
    region = rng.choice(list(loc.regions))
    town = rng.choice(loc.regions[region])
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), email,
               fill(rng, rng.choice(loc.streets)), town, fill(rng, POSTCODE[loc.code][region]))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """mrn: the hospital's or genetics service's record number; hp: the health-insurance number; nat: the
    national number."""
    c = w.loc.code
    mrn = fill(rng, {"US": "%#######", "UK": rng.choice(["@%######", "%#########"]), "IL": "%########", "DE": "%#########",
                     "NL": "%######", "ES": "%#######"}[c])  # fmt: skip
    if c == "US":
        return {"mrn": mrn, "hp": fill(rng, rng.choice(["@@@%########", "%#########@"])), "nat": ids.ssn(rng)}
    if c == "UK":
        return {"mrn": mrn, "hp": ids.nhs(rng), "nat": ""}
    if c == "IL":
        return {"mrn": mrn, "hp": fill(rng, "%#######"), "nat": ids.tz(rng)}
    if c == "DE":
        return {"mrn": mrn, "hp": ids.kvnr(rng), "nat": ""}
    if c == "NL":
        return {"mrn": mrn, "hp": fill(rng, "%########"), "nat": ids.bsn(rng)}
    return {"mrn": mrn, "hp": fill(rng, "@@@@%#########"), "nat": ids.dni(rng)}


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as staff write it, PHI type) for a person's numbers."""
    c = w.loc.code
    mrn = {"US": "MRN", "UK": "Hosp no", "IL": "Tik", "DE": "Pat.-Nr.", "NL": "Patiëntnr.", "ES": "NHC"}[c]
    hp = {"US": "Member ID", "UK": "NHS", "IL": "Kupah no.", "DE": "KVNR", "NL": "Polisnr.", "ES": "CIP"}[c]
    nat = {"US": "SSN", "UK": "NHS", "IL": "T.Z.", "DE": "KVNR", "NL": "BSN", "ES": "DNI"}[c]
    out = {"mrn": (mrn, "MRN"), "hp": (hp, "HEALTH_PLAN")}
    out["nat"] = (nat, "SSN") if w.ids["nat"] else (hp, "HEALTH_PLAN")
    return out
