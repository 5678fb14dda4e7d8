# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the ninety-first probe: health information management (HIM) and
release-of-information text, mostly from the United States and Canada, some from the United Kingdom, Ireland and
Australia (synthetic only; no real patient, relative, guardian, attorney, clerk, physician or coder).

Name words, drawn by the author from communities these records offices serve: Armenian, Georgian, Hmong, Lao,
Khmer, Haitian Creole, Cape Verdean and Azorean Portuguese, Lebanese and Syrian Christian, Ashkenazi Jewish (with
Yiddish given names), Appalachian and old Southern US given names, Cajun French and Dutch-American (Frisian and
Groningen family names). Combined at random: never a real person. Every name word was checked against every
string of the earlier probes' people tables (probes 1-90) before any measurement (test_probe91), and replaced when
it was there -- which ruled out nearly every common name of these communities (every Hmong clan name, for one:
Hmong patients here carry the two rarer family names left and borrow the others from their town's communities).

Towns and streets are invented; states, provinces, counties and regions are real and plain text inside an
address. Numbers are random; SSN, SIN, NI, PPSN, NHS, Ontario health card, BC PHN, Australian Medicare, NPI and
DEA carry their scheme's check digits or rules (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe91 import ids
from tests.engine.probe91.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "plain"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "armenian": (["Vartanoush", "Arshaluys", "Nazeli", "Arusyak", "Voskehat", "Ashkhen"],
                 ["Khachatur", "Hovsep", "Aramayis", "Garegin", "Sahak", "Voskan", "Khoren", "Harutyun", "Mesrop", "Sempad", "Vartkes"],
                 ["Dzeron", "Ipekian", "Ekmekjian", "Vosgerchian", "Jamgochian", "Basmajian", "Kaprielian", "Baghdoyan", "Khachaturyan"]),
    "georgian": (["Tsitsino", "Marekh", "Lamara", "Makvala", "Ciuri", "Guguli"],
                 ["Nodar", "Temur", "Tariel", "Elguja", "Murtaz", "Amiran", "Jumber"],
                 ["Dadiani", "Japaridze", "Kiknadze", "Gogoberidze", "Bakradze", "Kobakhidze", "Sulakvelidze", "Gamkrelidze", "Natsvlishvili",
                  "Khvichia", "Jorjadze", "Tsintsadze", "Burduli", "Okujava", "Tabidze", "Phutkaradze", "Tchanturia", "Berianidze", "Mgaloblishvili",
                  "Kharshiladze", "Nozadze", "Sikharulidze"]),
    "hmong": (["Zuag", "Npias", "Gaoly", "Kazoua", "Maichou", "Pahoua", "Mainhia", "Kaying", "Youyee", "Kaoly", "Gaohli", "Mainou", "Pangjua", "Maiyer", "Khou"],
              ["Lormong", "Soua", "Vameng", "Toulu", "Boualy", "Chersheng", "Xaiyeng", "Tsuchi", "Yeej", "Txiv", "Ntsa", "Wameng", "Nengher", "Yeeleng"],
              ["Lyfoung", "Tcha"]),
    "lao": (["Phonesavanh", "Soukanh", "Bouasone", "Noukham", "Latsamy", "Thongchanh", "Outhay", "Chanthala", "Vanhpheng", "Phouvieng"],
            ["Khamsing", "Bounleuth", "Thongsavanh", "Phouthone", "Sengphet", "Khamtanh", "Bounhom", "Thongdeng", "Saysana", "Phetsomphou", "Kongkeo", "Bouavanh"],
            ["Phommasack", "Sisouphanthong", "Keovongsa", "Phanthavong", "Sayasith", "Thammavong", "Bounphasaysonh", "Siharath", "Phongsavath",
             "Vongkhamchanh", "Sourinthone", "Southammavong", "Inthirath", "Manivong"]),
    "khmer": (["Channary", "Malis", "Sopheap", "Sokhoeun", "Theary", "Bormey", "Somaly"],
              ["Sambath", "Vibol", "Chamroeun", "Phirun", "Kimsan", "Sarath", "Veasna"],
              ["Kheang", "Sorn", "Chhoeun", "Soeun", "Huot", "Muth", "Tep", "Vong"]),
    "haitian": (["Anaïse", "Ketia", "Dieula", "Immacula", "Fedna", "Rosiane", "Mercilia", "Lourdie", "Dieunie"],
                ["Jeantel", "Maxo", "Elimé", "Fenel", "Venel", "Edrice", "Occilien", "Louinel"],
                ["Mésidor", "Ovilus", "Méus", "Sylné", "Alcindor", "Orelus", "Lamothe", "Laguerre", "Anilus", "Dorlus", "Bienaimé"]),
    "capeverdean": (["Ildegarda", "Aldegundes", "Nazaré", "Querubina", "Zeferina"],
                    ["Leopoldino", "Gualberto", "Amândio", "Euclides", "Manelito"],
                    ["Cabeceiras", "Frazão", "Melim", "Amarante", "Cambra", "Moitoso", "Almada", "Wahnon", "Fidalgo", "Freire"]),
    "levantine": (["Wardeh", "Ablah", "Nuhad", "Hiyam", "Afifeh", "Wadiaa"],
                  ["Gerges", "Mikhael", "Ghattas", "Yacoub", "Raji", "Nehmeh", "Wajih", "Kaissar", "Akl"],
                  ["Boustany", "Rahbani", "Melhem", "Germanos", "Baaklini", "Kahwaji", "Jreige", "Atallah", "Naccache", "Skaff", "Hajjar", "Fattal",
                   "Dabbous", "Ziadeh", "Mallat", "Sawaya", "Fayad", "Bejjani", "Aboujaoude", "Hélou", "Kreidy", "Rached", "Massoud"]),
    "ashkenazi": (["Bluma", "Tzirel", "Mindel", "Feige", "Hinde", "Leiba", "Dvoira", "Sheindel", "Pesha", "Reizel", "Yente", "Freidel", "Breindel", "Rochel", "Perel"],
                  ["Mendel", "Zelig", "Feivel", "Yankel", "Velvel", "Anshel", "Getzel", "Fishel", "Moishe", "Tevye", "Gershon", "Simcha", "Yudel", "Leib",
                   "Nachum", "Zanvel", "Kopel", "Shmerel", "Mottel", "Faivish"],
                  ["Kaganovich", "Grinshpan", "Gottesman", "Himmelfarb", "Eisenstadt", "Kornblum", "Feuerstein", "Blumenfeld", "Kirschenbaum", "Rothkopf",
                   "Spielvogel", "Tannenbaum", "Apfelbaum", "Goldfaden", "Margolis", "Katznelson", "Luftig", "Gelbart", "Kleinhaus", "Sobelman",
                   "Pomerantz", "Schechter", "Ehrenkranz", "Rozenblit", "Pinkhasov", "Weinstock", "Lichtblau", "Hochberg", "Rubinfeld", "Kreitzer",
                   "Tepperman", "Schlossberg", "Wolfsohn", "Grynszpan", "Frydman", "Sandomierski", "Bialostotzky", "Yablonsky", "Zhitomirsky", "Berdichevsky"]),
    "appalachian": (["Pheba", "Laudie", "Ailsie"], ["Garnie", "Ance"],
                    ["Coomer", "Shoupe", "Gwinn", "Bolling", "Keathley", "Turnmire", "Wireman", "Stallard", "Varney"]),
    "cajun": (["Émérite", "Athalie", "Léonise", "Olympe", "Ozéma", "Dorsile", "Amaranthe", "Onézia"],
              ["Ulger", "Ursin", "Ophé", "Dolza", "Athanase"],
              ["Badeaux", "Pellegrin", "Orgeron", "Domingue", "Arcement"]),
    "dutch": (["Hendrikje", "Jannetje", "Wopkje", "Gerritdina", "Albertje"], ["Lubbert", "Reinder", "Tjalling"],
              ["Brinkerhoff", "Hoogstraten", "Vanderzee", "Veldhuis", "Bultema", "Schaafsma", "Kooistra", "Wierenga", "Zuidema", "Buikema", "Ottenhoff",
               "Haveman", "Wolthuis", "Dykhuis", "Lubbers", "Nienhuis", "Rozeboom", "Talsma", "Hoeksema", "Tinholt", "Heeringa", "Groenewold"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (abbreviation, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Louisiana": ("LA", ("Bayou Choupique", "Pointe Marcotte")), "Kentucky": ("KY", ("Caney Fork Hollow", "Quicksand Branch")),
               "Minnesota": ("MN", ("Tamarac Ferry", "Wabasso Prairie")), "Massachusetts": ("MA", ("Quequechan Landing", "Acushnet Narrows")),
               "Michigan": ("MI", ("Graafschap Mills", "Pigeon Creek Mills")), "California": ("CA", ("Verdugo Terrace", "Tujunga Wash"))},
        ("%### Muscadine Ln", "%## Sassafras Ridge Rd", "%# Pirogue St Apt %", "%### Tulip Time Dr", "%## Boysenberry Ct Unit %", "%### Chinaberry Pike"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "comcast.net", "outlook.com", "att.net"),
        ("armenian", "georgian", "hmong", "lao", "khmer", "haitian", "capeverdean", "levantine", "ashkenazi", "appalachian", "cajun", "dutch")),
    Loc("CA", {"Ontario": ("ON", ("Loonwater Portage", "Cedarwhistle")), "British Columbia": ("BC", ("Snowgoose Bluffs", "Fiddlehead Cove")),
               "Manitoba": ("MB", ("Larchmere Rapids", "Chokecherry Flats")), "Nova Scotia": ("NS", ("Eelgrass Point", "Gaspereau Meadows"))},
        ("%## Muskrat Lane", "%### Ironwood Sideroad", "%# Portage Bay Cres Unit %", "%## Snowshoe Ave Apt %##", "%### Wild Rice Rd"),
        ("(^##) ^##-####", "^##-^##-####", "+1 ^## ^##-####"), ("gmail.com", "hotmail.com", "sympatico.ca", "shaw.ca"),
        ("armenian", "haitian", "lao", "khmer", "levantine", "ashkenazi", "dutch", "capeverdean")),
    Loc("UK", {"Greater Manchester": ("", ("Hollinbrook", "Cressbourne Vale")), "Hertfordshire": ("", ("Ashwick Tye", "Bramblecote End"))},
        ("%# Quillwort Lane", "Flat %, %# Chandlery Mews", "%## Tanyard Road", "%# Dyehouse Close"),
        ("07^## ######", "+44 7^## ######", "0161 ^## ####"), ("gmail.com", "btinternet.com", "outlook.com"),
        ("georgian", "ashkenazi", "levantine", "armenian", "capeverdean")),
    Loc("IE", {"Cork": ("Co. Cork", ("Ballycrannagh", "Knockmoyle Upper")), "Limerick": ("Co. Limerick", ("Glenbrohane Cross", "Rathcoursey"))},
        ("%# Sallypark Grove", "Apt %#, Maltings Quay", "%# Creamery Lane"),
        ("08^ ### ####", "+353 8^ ### ####", "021 4######"), ("eircom.net", "gmail.com", "yahoo.ie"),
        ("georgian", "levantine", "capeverdean", "armenian", "ashkenazi")),
    Loc("AU", {"Victoria": ("VIC", ("Wattlebrook Flat", "Platypus Bend")), "Tasmania": ("TAS", ("Banksia Downs", "Gidgee Creek")),
               "Queensland": ("QLD", ("Mangrove Reach", "Bilby Springs"))},
        ("%# Wattlebird Cl", "Unit %/%# Billabong Pde", "%## Brolga St", "%# Quoll Cres"),
        ("04## ### ###", "+61 4## ### ###", "(03) ^### ####"), ("bigpond.com", "gmail.com", "optusnet.com.au"),
        ("lao", "khmer", "levantine", "armenian", "hmong", "dutch")),
]}  # fmt: skip

ZIP = {
    "Louisiana": "705##",
    "Kentucky": "418##",
    "Minnesota": "551##",
    "Massachusetts": "027##",
    "Michigan": "494##",
    "California": "912##",
}
FSA = {
    "Ontario": ["M6H", "K1Z"],
    "British Columbia": ["V5N", "V8T"],
    "Manitoba": ["R2W", "R3C"],
    "Nova Scotia": ["B3K", "B4V"],
}
OUT = {"Greater Manchester": ["M14", "OL9"], "Hertfordshire": ["SG1", "AL5"]}
EIR = {"Cork": ["T12", "P43"], "Limerick": ["V94", "V35"]}
AUPC = {"Victoria": "3###", "Tasmania": "7###", "Queensland": "4###"}


@dataclass(slots=True)
class Person:
    given: str
    family: str
    middle: str
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
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a login."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower() if c.isalnum())


def words(name: str) -> set[str]:
    return {plain(w) for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 3}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again."""
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5
    fs, ms, fams = NAMES[culture]
    pool = [g for g in (fs if female else ms) if not words(g) & used]
    if not pool:  # a small table borrows from the country's other communities
        pool = [g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not words(g) & used]
    given = rng.choice(pool)
    used |= words(given)
    if family is None:
        free = [f for f in fams if not words(f) & used] or [
            f for c in loc.cultures for f in NAMES[c][2] if not words(f) & used
        ]
        family = rng.choice(free)
    used |= words(family)
    middle = rng.choice("ABCDEFGHJKLMNPRSTVWZ")
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice(
        [f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}"]
    )
    email += "@" + rng.choice(loc.mails)
    region = rng.choice(list(loc.regions))
    town = rng.choice(loc.regions[region][1])
    w = Person(given, family, middle, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), email,
               fill(rng, rng.choice(loc.streets)), town, postcode(rng, loc.code, region))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def postcode(rng: random.Random, code: str, region: str) -> str:
    if code == "US":
        return fill(rng, ZIP[region])
    if code == "CA":
        return (
            f"{rng.choice(FSA[region])} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
        )
    if code == "UK":
        return f"{rng.choice(OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "IE":
        return ids.eircode(rng, rng.choice(EIR[region]))
    return fill(rng, AUPC[region])


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """mrn: the hospital's record number; hp: the health or insurance number; nat: the national
    (social-security type) number; dl: a driving licence."""
    c = w.loc.code
    mrn = fill(rng, {"US": rng.choice(["%#######", "MR%######", "%##-##-##"]), "UK": rng.choice(["@%######", "RM%#####"]), "IE": "%######",
                     "CA": rng.choice(["@%######", "%########"]), "AU": "%######"}[c])  # fmt: skip
    dl = ids.licence(rng, c)
    if c == "US":
        medicare = (date(2025, 1, 1) - w.dob).days > 65 * 365
        hp = (
            ids.mbi(rng) if medicare else fill(rng, rng.choice(["@@@%########", "%#########@", "W%########"]))
        )
        return {
            "mrn": mrn,
            "hp": hp,
            "nat": ids.ssn(rng),
            "dl": dl,
            "hpl": "MBI" if medicare else "Member ID",
        }
    if c == "UK":
        return {"mrn": mrn, "hp": ids.nhs(rng), "nat": ids.nino(rng), "dl": dl}
    if c == "IE":
        return {"mrn": mrn, "hp": fill(rng, "%######@"), "nat": ids.ppsn(rng), "dl": dl}
    if c == "CA":
        hp = (
            ids.ohip(rng) if w.abbr == "ON" else ids.bc_phn(rng) if w.abbr == "BC" else fill(rng, "%########")
        )
        return {"mrn": mrn, "hp": hp, "nat": ids.sin(rng), "dl": dl}
    dva = (
        w.abbr[0] + rng.choice("XW") + fill(rng, "######")
    )  # a DVA file number: state letter, type letter, digits
    return {"mrn": mrn, "hp": ids.medicare_au(rng), "nat": dva, "dl": dl}


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as records staff write it, PHI type) for a person's numbers."""
    c = w.loc.code
    if c == "US":
        hp = (w.ids["hpl"], "HEALTH_PLAN")
    elif c == "CA":
        hp = (
            "OHIP" if w.abbr == "ON" else "PHN" if w.abbr == "BC" else "PHIN" if w.abbr == "MB" else "HCN",
            "HEALTH_PLAN",
        )
    else:
        hp = {
            "UK": ("NHS No", "HEALTH_PLAN"),
            "IE": ("GMS", "HEALTH_PLAN"),
            "AU": ("Medicare", "HEALTH_PLAN"),
        }[c]
    nat = {
        "US": ("SSN", "SSN"),
        "UK": ("NI No", "SSN"),
        "IE": ("PPSN", "SSN"),
        "CA": ("SIN", "SSN"),
        "AU": ("DVA", "ID"),
    }[c]
    mrn = {"US": "MRN", "UK": "Hosp No", "IE": "MRN", "CA": "MRN", "AU": "UR"}[c]
    return {"mrn": (mrn, "MRN"), "hp": hp, "nat": nat}
