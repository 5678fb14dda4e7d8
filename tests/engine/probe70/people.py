# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventieth probe: administrative and registry health data from the Nordic,
Baltic and Benelux countries (synthetic only; no real patient, relative, physician, nurse or caseworker). Name words
are Swedish (old rural given names, -qvist / -ström / -gård family names and invented compounds), Norwegian (farm
names of the west and the inland valleys), Danish (-gaard / -lund / -bæk farm names), Finnish, Icelandic (given
names with patronymics: a woman's -dóttir is derived from the father's genitive, FEMININE), Estonian, Latvian
(masculine / feminine family-name endings, FEMININE), Dutch (a family name's tussenvoegsel -- van der, de, ten --
kept apart in TUSSENVOEGSEL: it is a particle, not a name word), Flemish (fused West-Flemish family names) and
Luxembourgish, combined at random: never a real person. They were checked against every string of the people
tables of probes 1-68 before any measurement (test_probe70: no shared name word).

Towns, villages and streets are invented; regions (län, fylke, regioner, maakunnat, landshlutar, maakonnad,
novadi, provincies, provinces, cantons) and countries are real and are keep values when written alone. Hospitals,
health centres, pharmacies and municipalities' care offices are invented or generic. Numbers are random; the
national identity numbers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe70 import ids
from tests.engine.probe70.ids import fill

__all__ = [
    "FEMININE",
    "LOCS",
    "NAMES",
    "TUSSENVOEGSEL",
    "K",
    "Loc",
    "P",
    "Person",
    "Slot",
    "draw_person",
    "fill",
    "phone",
]

# culture: (female given, male given, family -- the masculine / dictionary form)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "swedish": (
        ["Gullan", "Sigbritt", "Lisen", "Agda", "Irmelin", "Signhild", "Solbritt", "Ingegerd", "Vendela", "Gunnel"],
        ["Sölve", "Ragnvald", "Algot", "Ingvar", "Holger", "Sigvard", "Vilgot", "Torgny", "Assar", "Gottfrid"],
        ["Strömgren", "Nyqvist", "Fjällström", "Ljungdahl", "Rålund", "Kärrman", "Tjärnström", "Sälgström", "Hedqvist", "Ekbom", "Grönvall", "Ålander", "Löfvenberg", "Ängfors", "Myrsten", "Videgård", "Norrbom", "Stenholm", "Ramsvik", "Bäckgren", "Ödmark", "Skogsmo", "Lindälv", "Tallqvist", "Älvhammar", "Björkmyr", "Granlöv", "Sävström", "Ljungmark", "Fjällgren", "Hörnqvist", "Rönnbäck", "Kälvesten", "Sjödahl", "Vretblad", "Åsbrink", "Myrberg", "Furuhjelm", "Stålnacke", "Sörlin", "Wiklander", "Grapenholt", "Ärlemalm", "Högström", "Lindevall"]),
    "norwegian": (
        ["Åshild", "Ingfrid", "Tordis", "Målfrid", "Kjellaug", "Gudveig", "Ragnfrid", "Sigvor", "Torhild", "Synnøve"],
        ["Gaute", "Leiv", "Audun", "Bjørnar", "Torgeir", "Halvdan", "Trygve", "Eilif", "Einride", "Sjur", "Ånund", "Gjermund", "Tarald"],
        ["Bråten", "Kvåle", "Myrvoll", "Løvås", "Nesheim", "Aasheim", "Skjæveland", "Hegge", "Sørbø", "Øvrebø", "Rødseth", "Tjøstheim", "Kvalheim", "Lyngstad", "Fossheim", "Bakketun", "Ystebø", "Brekkå", "Sandvold", "Gjerdrum", "Rysstad", "Fløtten", "Sæbø", "Helleland", "Vindenes", "Øyehaug", "Tjønneland", "Eidsaa", "Grimstvedt", "Fjærestad", "Nordbø", "Håland", "Austrått", "Rustad", "Heggdal"]),
    "danish": (
        ["Bolette", "Sidsel", "Asgerd", "Agnete", "Rigmor", "Valborg", "Ellinor", "Ditte", "Merete", "Karna"],
        ["Esbern", "Regnar", "Tyge", "Bendt", "Kresten", "Thorkild", "Ejner", "Eskild", "Herluf", "Vagn"],
        ["Bøgelund", "Mølholm", "Kragelund", "Dyrberg", "Bækgaard", "Hvidtfeldt", "Lykkegaard", "Ravnborg", "Søgaard", "Frølund", "Brøndum", "Gammelgaard", "Ørskov", "Sønderby", "Bøttcher", "Hedegaard", "Lunddahl", "Klitgaard", "Damsgaard", "Stærmose", "Hyldgaard", "Bundgaard", "Højbjerg", "Mørup", "Agerskov", "Thagaard", "Fuglsang", "Sandgaard", "Holmegaard", "Schjødt", "Juelsgaard", "Lindholt", "Ravnsbæk", "Egebjerg", "Sprogøe", "Kjølbye", "Bredahl"]),
    "finnish": (
        ["Saimi", "Vieno", "Toini", "Senja", "Elviira", "Sylvi", "Laina", "Hertta", "Lyyli", "Sointu"],
        ["Unto", "Sulo", "Tauno", "Aarne", "Raimo", "Kalervo", "Jalmari", "Aatos", "Taisto", "Viljo"],
        ["Saarelainen", "Vähäkangas", "Lämsä", "Salmijärvi", "Törmänen", "Ahvenjärvi", "Kurkela", "Hännikäinen", "Kiiskilä", "Rämö", "Honkasalo", "Säynäjärvi", "Kenttälä", "Mustakallio", "Ruohonen", "Hietamäki", "Kelloniemi", "Pukkila", "Ahokangas", "Jylhä", "Heinikangas", "Perttunen", "Mäntyniemi"]),
    "icelandic": (
        ["Hólmfríður", "Jófríður", "Þuríður", "Álfheiður", "Svanfríður", "Ástríður", "Guðlaug", "Dýrleif", "Védís", "Hildigunnur"],
        ["Þórður", "Guðmundur", "Valþór", "Þráinn", "Hrólfur", "Snæbjörn", "Högni", "Steingrímur", "Kolbeinn", "Ásmundur"],
        ["Hallgrímsson", "Ásgeirsson", "Sigurðsson", "Þorsteinsson", "Grímsson", "Hrafnkelsson", "Bárðarson", "Gunnlaugsson", "Kolbeinsson", "Þorvaldsson", "Eyvindarson", "Snæbjarnarson", "Ásmundarson", "Högnason", "Ingólfsson", "Steingrímsson", "Valþórsson", "Hjörleifsson", "Þráinsson", "Úlfarsson", "Hrólfsson"]),
    "estonian": (
        ["Leida", "Meeta", "Vaike", "Eha", "Kersti", "Luule", "Silvi", "Milvi", "Ilme", "Virve", "Külvi", "Laidi", "Õnne", "Kaie"],
        ["Enn", "Madis", "Juhan", "Villu", "Taavi", "Lembit", "Ülar", "Aadu", "Uno", "Meelis"],
        ["Kukk", "Siimer", "Lepasaar", "Ojasoo", "Tammsaar", "Rannamäe", "Uibopuu", "Järvelill", "Saluste", "Kallasmaa", "Raudkivi", "Vahtramäe", "Tammekivi", "Nurmsalu", "Künnapuu", "Pärnapuu"]),
    "latvian": (
        ["Mudīte", "Laimdota", "Dagnija", "Sarmīte", "Ārija", "Ilga", "Daila", "Irbe", "Vizma", "Elfrīda"],
        ["Ilgvars", "Modris", "Visvaldis", "Egīls", "Dzintars", "Ainārs", "Imants", "Voldemārs"],
        ["Grīnbergs", "Strautiņš", "Kūlis", "Ziediņš", "Dzērve", "Purviņš", "Ābeltiņš", "Mednis", "Sīpols", "Kažoks", "Bērzkalns", "Graudiņš", "Plūmiņš", "Meldris", "Skrastiņš", "Vējiņš", "Sniķeris", "Ūdris", "Lielmanis", "Smiltēns", "Āboltiņš", "Pūpols"]),
    "dutch": (
        ["Jantina", "Wietske", "Roosmarijn", "Hilligje", "Trientje", "Hinke", "Janke", "Willemien", "Gerritje", "Fokje", "Tetje", "Jeltje", "Riemke", "Lubbertje", "Ymkje"],
        ["Aart", "Freerk", "Jildert", "Lolke", "Haije", "Oene", "Rintje", "Ulbe", "Teake", "Rijkent", "Gerben", "Eeltje", "Sybren", "Wigle"],
        ["Meulen", "Brink", "Veld", "Wijngaarden", "Bosgra", "Tjalsma", "Vlietstra", "Zwijnenberg", "Vlugt", "Wetering", "Steege", "Woude", "Zanden", "Sluis", "Spek", "Knaap"]),
    "flemish": (
        ["Romanie", "Lutgarde", "Veerle", "Katrien", "Annemie", "Rosette", "Medarda", "Zenobie", "Ludgardis", "Remigia"],
        ["Odiel", "Amedee", "Arsène", "Bavo", "Cyriel", "Achiel", "Lieven", "Warre", "Gentiel", "Sylveer"],
        ["Vanmarcke", "Vanparys", "Lefevere", "Meersschaert", "Vanwalleghem", "Vanlerberghe", "Delanghe", "Vanhecke", "Vandierendonck", "Vanhoucke", "Vanackere", "Vermandere", "Ghekiere", "Decloedt", "Vanbesien", "Lannoo", "Vanoverberghe", "Missiaen", "Deschacht"]),
    "luxembourgish": (
        ["Jhenny", "Ketty", "Gréitchen", "Triny", "Trinette", "Marthy", "Finny"],
        ["Jhang", "Mett", "Jempi", "Joby", "Camy", "Jängi", "Metty", "Néckel", "Mich", "Ern", "Jängel"],
        ["Ludovicy", "Glesener", "Wirtgen", "Frising", "Hirtt", "Bettendorf", "Bourkel", "Differding", "Medinger", "Wampach", "Nosbusch", "Weydert", "Pletschette", "Lamesch"]),
}  # fmt: skip

# where a small table borrows names from (neighbours living across the border)
NEIGHBOUR = {"swedish": "finnish", "finnish": "swedish", "norwegian": "swedish", "danish": "norwegian", "icelandic": "danish", "estonian": "finnish",
             "latvian": "estonian", "dutch": "flemish", "flemish": "dutch", "luxembourgish": "flemish"}  # fmt: skip

# the Dutch particle written before a family name (lower case after a given name or an initial)
TUSSENVOEGSEL: dict[str, str] = {
    "Meulen": "van der", "Brink": "ten", "Veld": "in 't", "Wijngaarden": "van", "Vlugt": "van der", "Wetering": "van de", "Steege": "ter",
    "Woude": "van der", "Zanden": "van der", "Sluis": "van der", "Spek": "van der", "Knaap": "de",
}  # fmt: skip


def _icelandic_daughter(son: str) -> str:
    return son[: -len("son")] + "dóttir"


def _latvian_feminine(f: str) -> str:
    if f.endswith("is"):
        return f[:-2] + "e"
    if f.endswith(("š", "s")):
        return f[:-1] + "a"
    return f  # Dzērve: the same for both


# the family name a woman writes: Icelandic -dóttir (of the same father), Latvian feminine endings
FEMININE: dict[str, str] = {
    **{f: _icelandic_daughter(f) for f in NAMES["icelandic"][2]},
    **{f: _latvian_feminine(f) for f in NAMES["latvian"][2] if _latvian_feminine(f) != f},
}
_MASCULINE = {v: k for k, v in FEMININE.items()}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    lang: str
    regions: dict[str, tuple[str, ...]]  # region (keep) -> invented towns
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("SE", "Sverige", "sv", {"Västerbottens län": ("Tjärnvik", "Ålmyrbacken", "Lillhärsjö"), "Jämtlands län": ("Kvarnsjöhed", "Sörgranberg", "Myrviken Övre"),
                                "Dalarnas län": ("Björkhyttan Västra", "Lerbäcksnäs")},
        ("Tjärnvägen %#", "Kvarngatan %#B lgh 1%##", "Myrstigen %", "Sågverksvägen %#", "Ängsbacken %#A", "Hyttgränd %"),
        ("070-^## ## ##", "073-^## ## ##", "+46 70 ^## ## ##", "0^0-^# ## ##"), ("telia.com", "gmail.com", "hotmail.se", "outlook.com", "bredband.net"),
        ("swedish", "finnish")),
    Loc("NO", "Noreg", "nb", {"Vestland": ("Hesteneset", "Fjellgardane", "Øvre Kvernvik"), "Innlandet": ("Skarvåsen", "Lisletun", "Brattåsgrenda"),
                              "Trøndelag": ("Stormyrhaugen", "Vollanbakken")},
        ("Fjellvegen %#", "Kvernhusvegen %#B", "Naustvegen %", "Stølsvegen %#", "Tunbakken %#", "Brekkevegen %##"),
        ("^## ## ###", "+47 9## ## ###", "4## ## ###"), ("online.no", "gmail.com", "hotmail.no", "outlook.com"), ("norwegian",)),
    Loc("DK", "Danmark", "da", {"Region Midtjylland": ("Lyngbjerg Mark", "Kragholt", "Østerhedeby"), "Region Nordjylland": ("Tjørnelund Strand", "Vesterklit"),
                                "Region Syddanmark": ("Mosehuse Vest", "Bøgeskov Mølle")},
        ("Tjørnevej %#", "Lyngbakken %#, %. th.", "Kirkestien %", "Mølledammen %#, st. tv.", "Hedevænget %#"),
        ("^# ## ## ##", "+45 ^# ## ## ##", "^#######"), ("mail.dk", "gmail.com", "hotmail.dk", "jubii.dk", "outlook.dk"), ("danish",)),
    Loc("FI", "Suomi", "fi", {"Pohjois-Savo": ("Ahvenlampi", "Pirttiniemi", "Kuusijärvenperä"), "Lappi": ("Kärsämäenkylä", "Aapakangas"),
                              "Pohjois-Pohjanmaa": ("Ruonalahti", "Kivirova")},
        ("Pihlajatie %# B %#", "Koivukuja %", "Rantapolku %# as. %", "Tervaskannontie %##", "Kuusitie %# A %"),
        ("040 ^## ####", "050 ^## ####", "+358 40 ^## ####", "017 ^## ####"), ("gmail.com", "luukku.com", "suomi24.fi", "hotmail.fi"), ("finnish", "swedish")),
    Loc("IS", "Ísland", "is", {"Suðurland": ("Selvogsnes", "Grjótárdalur"), "Vestfirðir": ("Hrafnseyri Ytri", "Mjóvogur"), "Norðurland eystra": ("Lækjarhvammur",)},
        ("Hrafnagata %#", "Lyngholt %", "Bjarkarbraut %#", "Sjávargata %#b"),
        ("^## ####", "+354 ^## ####", "8## ####"), ("simnet.is", "gmail.com", "internet.is", "visir.is"), ("icelandic",)),
    Loc("EE", "Eesti", "et", {"Tartumaa": ("Kadakaküla", "Männisalu"), "Saaremaa": ("Rabaküla", "Kivisoo"), "Võrumaa": ("Sõnajala", "Kuuseniidu")},
        ("Kadaka tn %#-%", "Männi põik %", "Pargi tn %#", "Ristiku tn %#-%#", "Vainu tee %"),
        ("5### ####", "+372 5### ####", "5#######"), ("mail.ee", "gmail.com", "hot.ee", "neti.ee"), ("estonian",)),
    Loc("LV", "Latvija", "lv", {"Vidzeme": ("Priedkalne", "Ozolmuiža"), "Kurzeme": ("Bērzciems", "Dzērvenieki"), "Latgale": ("Ezerkalns", "Lazdukalni")},
        ("Ozolu iela %#-%", "Bērzu iela %# k-%", "Dārza iela %#", "Liepu gatve %"),
        ("2#######", "+371 2### ####", "2### ####"), ("inbox.lv", "gmail.com", "apollo.lv", "tvnet.lv"), ("latvian",)),
    Loc("NL", "Nederland", "nl", {"Friesland": ("Tjaarderzwaag", "Eesterveen", "Boornzijl"), "Gelderland": ("Haulerdijk", "Wezelhorst"),
                                  "Overijssel": ("Sloterheide", "Dalmsholte-Oost")},
        ("Tjalkstraat %#", "Grietmanswei %#a", "Kerkpad %#", "Molenstraat %#-%", "Dijkweg %##", "Zwaluwlaan %#"),
        ("06-^#######", "06 ^### ####", "+31 6 ^#######", "0513-^#####"), ("kpnmail.nl", "gmail.com", "ziggo.nl", "hotmail.com", "planet.nl"), ("dutch",)),
    Loc("BE", "België", "nl", {"West-Vlaanderen": ("Kortemeers", "Ooigemdries", "Wevelgemhoek"), "Oost-Vlaanderen": ("Sint-Amaars-Kapelle", "Leiemolen")},
        ("Kapellestraat %#", "Molenhoekstraat %#/bus %", "Vlasbloemstraat %#", "Kasseiweg %##", "Leiedreef %#"),
        ("047^ ## ## ##", "+32 47^ ## ## ##", "0^ ### ## ##"), ("telenet.be", "skynet.be", "gmail.com", "proximus.be"), ("flemish",)),
    Loc("LU", "Luxembourg", "fr", {"Canton de Clervaux": ("Wëntgerhaff", "Hëppeldang"), "Canton de Wiltz": ("Bënzeler", "Kaulbach-Millen"),
                                   "Canton d'Echternach": ("Sauerhaff",)},
        ("%#, rue des Saules", "%#, Millewee", "%#, an der Gaass", "%##, route de Bastogne", "%, Haaptstrooss"),
        ("6^1 ### ###", "+352 6^1 ### ###", "^# ## ##"), ("pt.lu", "gmail.com", "internet.lu", "hotmail.com"), ("luxembourgish",)),
]}  # fmt: skip
PC = {
    "SE": "9%# %#",
    "NO": "%###",
    "DK": "%###",
    "FI": "%##%0",
    "IS": "%#0",
    "EE": "%##%#",
    "LV": "LV-%###",
    "NL": "%### @@",
    "BE": "8%#0",
    "LU": "L-9%##",
}


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
    nid: str = ""  # personnummer, fødselsnummer, CPR, henkilötunnus, kennitala, isikukood, personas kods, BSN, rijksregisternummer, matricule
    nid2: str = ""  # samordningsnummer (SE), D-nummer (NO): "" elsewhere
    addr: tuple = field(default_factory=tuple)

    @property
    def particle(self) -> str:
        return TUSSENVOEGSEL.get(self.family, "")

    @property
    def surname(self) -> str:
        """The family name as written after a given name ("van der Spek")."""
        return f"{self.particle} {self.family}".strip()

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


def family_form(family: str, female: bool) -> str:
    if female:
        return FEMININE.get(family, family)
    return _MASCULINE.get(family, family)


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def _plain(s: str) -> str:
    s = s.lower().replace("ð", "d").replace("þ", "th").replace("æ", "ae").replace("ø", "o").replace("å", "a")
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "")


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word is shared with anyone already drawn for the document (`used`)."""
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    if not free:  # a small table borrows its neighbour's given names
        free = [g for g in NAMES[NEIGHBOUR[culture]][0 if female else 1] if not (_words(g) & used)]
    given = rng.choice(free)
    used |= _words(given)
    if family is None or culture == "icelandic":
        free_f = [f for f in fams if not (_words(f) & used) and not (_words(FEMININE.get(f, f)) & used)]
        if not free_f:
            free_f = [
                f
                for f in NAMES[NEIGHBOUR[culture]][2]
                if not (_words(f) & used) and not (_words(FEMININE.get(f, f)) & used)
            ]
        family = rng.choice(free_f)
    family = family_form(family, female)
    used |= _words(family) | _words(family_form(family, not female))
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = _plain(given), _plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(10, 999)}", f"{g}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = region or rng.choice(list(loc.regions))
        towns = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = fill(rng, PC[loc.code])
    w = Person(
        given,
        family,
        culture,
        female,
        dob,
        loc,
        region,
        phone(rng, loc),
        phone(rng, loc),
        email,
        line,
        town,
        pc,
    )
    w.nid = ids.national_id(rng, loc.code, dob, female)
    if loc.code in ("SE", "NO"):
        w.nid2 = ids.national_id(rng, loc.code, dob, female, temporary=True)
    w.addr = address(w)
    return w


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "EE":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode), f" {w.region}")
    if c == "LV":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "LU":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))
    return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))


def phone(rng: random.Random, loc: Loc) -> str:
    return fill(rng, rng.choice(loc.phones))
