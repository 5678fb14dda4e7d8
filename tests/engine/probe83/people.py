# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-third probe: short multilingual PII-benchmark texts in a health
setting from England, France, Belgium, Germany, Italy, Spain, the Netherlands and Portugal (synthetic only; no
real patient, relative or member of staff).

Name words are this probe's own, drawn from the naming traditions of each language: old French saints' and
calendar names (Scholastique, Pacôme, Wandrille) and Occitan / Gascon family names, Breton given and family
names (Aziliz, Gwenolé, Pennanéac'h), Old High German and Bavarian given names (Heilwig, Notker, Girgl) with
Bavarian / Austrian -huber, -leitner, -mayr family names, East Frisian names (Fokko, Siefken), southern and
Sardinian Italian names (Itria, Antioca, Liborio, Scannapieco, Dell'Aversana), Lombard family names, Castilian
devotional names (Maravillas, Virtudes, Presentación) and compound family names (Sáenz de Buruaga), Basque,
Catalan and Balearic names (Jaione, Aurembiaix, Quirze, Riudavets), Frisian and Groningen given names (Lieuwkje,
Rienk) with Saxon -ink family names, Flemish family names, Portuguese devotional and Minho names (Sameiro,
Floripes, Egas, Rosmaninho), Cornish and Anglo-Saxon given names (Rosenwyn, Petroc, Athelstan) and English
West-Country and Lancashire family names. Combined at random: never a real person. Checked against every string
of the people tables of probes 1-82 before any measurement (test_probe83: no shared name word).

Towns and streets are invented; regions, provinces and départements are real and plain text. Numbers are random;
national, insurance and professional numbers carry their scheme's check digits (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe83 import ids
from tests.engine.probe83.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "plain"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "french": (["Scholastique", "Radegonde", "Eudoxie", "Pétronille", "Gersende", "Léocadie", "Quitterie", "Berthilde", "Fleurine", "Hermeline",
                "Macrine", "Tiphaine", "Yolaine", "Cléophée", "Aldonce", "Hermance", "Théodelinde", "Clémentia", "Bathilde", "Zéphyrine", "Fébronie",
                "Euphrasie", "Eusébie", "Flavienne", "Ghislène", "Simonette"],
               ["Tancrède", "Hilarion", "Clodomir", "Victorin", "Jehan", "Pacôme", "Wandrille", "Ferréol", "Philibert", "Vianney", "Abélard", "Bénigne"],
               ["Vaudrémont", "Chaumeil", "Lestrohan", "Poitevin", "Lagarrigue", "Rabaté", "Vuillemin", "Boissonnade", "Fourcade", "Peyrefitte",
                "Cazeneuve", "Hourcade", "Darrigrand", "Mazérolles", "Pradalié", "Soubeyran", "Cabanel", "Valadier", "Fabrègue", "Lapeyronie",
                "Bouscarel", "Rouquairol", "Séguéla", "Delpech", "Escudié", "Ferrandon", "Gimbert"]),
    "breton": (["Aziliz", "Annaig", "Nolwenna", "Ninnog", "Gaïd", "Santig", "Loeiza"], ["Gwenolé", "Judicaël", "Herlé", "Mériadec", "Guénolé"],
               ["Gourvennec", "Kervarec", "Trébaol", "Ollivro", "Pennanéac'h", "Uguen"]),
    "german": (["Theodolinde", "Ilsabe", "Heilwig", "Ehrengard", "Ludgera", "Trautlinde", "Hiltraut", "Kunhild", "Burgl"],
               ["Fürchtegott", "Rupprecht", "Wiard", "Helmbrecht", "Irmfried", "Dankwart", "Hademar", "Notker", "Ulfert", "Walram", "Luitpold",
                "Udalrich", "Girgl"],
               ["Knöchelmann", "Hinterseer", "Ziegelbauer", "Wiesenhütter", "Mooslechner", "Kaltenecker", "Stöcklhuber", "Schnitzlbaumer",
                "Wallerstein", "Zwerenz", "Apfelbeck", "Breitsameter", "Dengler", "Eisvogel", "Hagenmüller", "Irlbacher", "Lechleitner", "Mittermaier",
                "Niedermayr", "Ortlieb", "Quante", "Rottenkolber", "Sedlmeier", "Uhlemann", "Vierling", "Wimmersberger", "Zehetmair", "Dörnbrack"]),
    "frisian_de": (["Tjorven"], ["Fokko", "Hilko", "Siebo"], ["Eilers", "Fokken", "Gerdes", "Haltermann", "Kruse", "Lüdeking", "Ohlrogge", "Rieken", "Siefken", "Uphoff"]),
    "italian": (["Annarella", "Domenicangela", "Pietrina", "Teodolinda", "Caterinella", "Nenetta", "Raimonda", "Tonina", "Redenta", "Fiorenza", "Graziana",
                 "Liduina", "Annella", "Filippina", "Gerolama", "Leonilde", "Nazarena", "Orsolina", "Quintilia", "Romilda", "Settimia", "Vitalba",
                 "Benvenuta", "Crocetta", "Dalmazia", "Gesualda", "Onorina", "Sofronia", "Tranquilla", "Ulderica", "Veridiana"],
                ["Liborio", "Venanzio", "Zaccaria", "Battista", "Gerlando", "Innocenzo", "Prospero", "Tiberio", "Bortolo", "Giocondo", "Mansueto",
                 "Nereo", "Olindo", "Serafino"],
                ["Scannapieco", "Pagnotta", "Bellofatto", "Frascella", "Giannattasio", "Lamberti", "Mastrolonardo", "Ottaviano", "Pezzullo",
                 "Tramontano", "Ulivieri", "Zampella", "Abbondanza", "Borrelli", "Cacciapuoti", "Improta", "Orefice", "Varriale", "Zullo",
                 "Dell'Aversana", "Cuccurullo", "Zanzottera", "Brambillasca", "Dellacasa", "Ferrazzano", "Gorgoglione", "Lavecchia", "Pennestrì",
                 "Tartaglione", "Valdinoci", "Ballerini", "Chiarappa", "De Stefanis", "Marchesini", "Nardecchia", "Pedretti", "Rigamonti",
                 "Sciarrone", "Tettamanti"]),
    "sardinian": (["Itria", "Gavina", "Antioca", "Luxoria"], ["Antioco"], ["Oliviero"]),
    "spanish": (["Presentación", "Baltasara", "Escolástica", "Felicísima", "Isabelina", "Maravillas", "Belarmina", "Eufrasia", "Lutgarda", "Telesfora",
                 "Virtudes", "Chaxiraxi", "Idaira", "Tenesoya"],
                ["Onésimo", "Pancracio", "Cesáreo", "Robustiano", "Tarsicio", "Breogán"],
                ["Valdepeñas", "Castroviejo", "Fernández de Retana", "Sáenz de Buruaga", "Pérez de Albéniz", "Doval", "Bugallo", "Ferreirós",
                 "Bethencourt", "Sosa-Rancel"]),
    "basque": (["Ujué", "Alazne", "Jaione", "Uxune", "Arantza"], ["Ekaitz", "Haritz", "Kepa", "Zigor"],
               ["Aranzadi", "Oyarzábal", "Iparragirre", "Otxoa", "Barrenetxea", "Echenique"]),
    "catalan": (["Aurembiaix", "Ermessenda", "Mercè", "Margalida", "Queralt", "Xisca"], ["Arcadi", "Quirze", "Sadurní", "Tomeu", "Joanot"],
                ["Puigcercós", "Riudavets", "Garau", "Amengual", "Guasch", "Escandell", "Vidal-Quadras"]),
    "dutch": (["Geeske", "Ietje", "Lieuwkje", "Marrigje", "Neeltje", "Oebeltje", "Pietje", "Ytje", "Gerbrigje", "Rinske", "Gonnie", "Jacoba", "Lotje",
               "Mientje", "Pleuntje", "Roosje", "Stijntje", "Truus"],
              ["Lieuwe", "Rienk", "Arjen", "IJsbrand", "Lambertus", "Willebrord"],
              ["Wolterink", "Hesselink", "Oudejans", "Veldhoen", "Nijhof", "Dijkgraaf", "Wijnbergen", "Zwanenburg", "Wagenaar", "Dotinga", "Jellema",
               "Lautenbach", "Pijlman", "Uitterlinden", "Vellinga", "Westerveld"]),
    "flemish": (["Wendelien", "Machteld"], ["Fons", "Wannes"], ["Vanderstraeten", "Verhaegen", "Seghers", "Lievens", "De Smedt", "Goossens"]),
    "portuguese": (["Quitéria", "Sameiro", "Umbelina", "Marília", "Noémia", "Perpétua", "Teresinha", "Urbana", "Violante", "Eduína", "Floripes",
                    "Irondina", "Jesuína", "Orquídea", "Purificação", "Sãozinha", "Tomásia", "Alcina", "Brízida"],
                   ["Gaudêncio", "Quintino", "Ulisses", "Martinho", "Egas", "Inácio"],
                   ["Rebelo", "Queirós", "Espínola", "Saramago", "Cotrim", "Ilharco", "Vilhena", "Rosmaninho", "Zagalo", "Bicudo", "Laranjeira",
                    "Toscano", "Veríssimo", "Albergaria", "Borba"]),
    "english": (["Rosenwyn", "Beryan", "Ysolde", "Lamorna", "Meliora", "Mehetabel", "Ethelinda"],
                ["Petroc", "Gerens", "Athelstan", "Edwy", "Aelfric", "Godric", "Wulfstan", "Eadric", "Fulke", "Hamo", "Sewell", "Warin", "Humphry",
                 "Kenelm", "Swithin", "Wigstan", "Ceolfrith", "Tancred"],
                ["Eddowes", "Gilbertson", "Mallinder", "Ormesher", "Verrall", "Wagstaffe", "Yeardley", "Dunnington", "Cobbledick", "Pardew",
                 "Hollowbread", "Voake", "Grimwade", "Tuckwell", "Blackstaffe", "Gurteen", "Hambleside", "Mowforth", "Ovenden", "Pucknell", "Scadding",
                 "Yeoland", "Clotworthy", "Dingwell", "Gollop"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    lang: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (postcode pattern, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("EN", "en", {"Cornwall": ("TR%# %@@", ("Polventon", "Treviskey Churchtown")), "Lancashire": ("BB%# %@@", ("Haslingden Moor End", "Crawshawbooth Top")),
                     "Devon": ("EX%# %@@", ("Culmstock Barton", "Okehampton Cross"))},
        ("%# Trelawney Terrace", "Flat %, %# Wesley Buildings", "%# Mill Brow", "%## Cotton Exchange Row", "%# Chapel Hill Cottages"),
        ("07^## ######", "+44 7^## ######", "01872 ^#####", "01254 ^#####"), ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"),
        ("english",)),
    Loc("FR", "fr", {"Finistère": ("29%##", ("Kerbrévan", "Plounéour-Goas")), "Gers": ("32%##", ("Lestrignac", "Castelnau-Magnoac-le-Haut")),
                     "Doubs": ("25%##", ("Vauchelles-sur-Dessoubre", "Montferval")), "Rhône": ("69%##", ("Saint-Ardéol-des-Monts", "Villefrance-la-Vieille"))},
        ("%# rue des Tanneurs", "%## chemin de la Garenne", "%# bis allée des Cormiers", "Résidence Les Iris, bât. @, %# avenue Jean-Moulin", "%# impasse du Lavoir"),
        ("06 ## ## ## ##", "07 ## ## ## ##", "+33 6 ## ## ## ##", "02 98 ## ## ##", "05 62 ## ## ##"), ("orange.fr", "laposte.net", "free.fr", "gmail.com", "sfr.fr"),
        ("french", "french", "breton", "portuguese")),
    Loc("BE", "fr", {"Liège": ("4%##", ("Ougrée-Haute", "Fléron-Bois")), "Hainaut": ("7%##", ("Quaregnon-Sart", "Havinnes-lez-Tournai")),
                     "Antwerpen": ("2%##", ("Berlaar-Heide", "Zoersel-Kapel")), "Oost-Vlaanderen": ("9%##", ("Lokeren-Daknam", "Wachtebeke-Overslag"))},
        ("Rue des Houilleurs %#", "Kapelstraat %#", "Avenue de la Meuse %##/b%", "Molenweg %# bus %", "Chaussée de Mons %##"),
        ("04^# ## ## ##", "+32 47^ ## ## ##", "04 3^# ## ##", "09 3^# ## ##"), ("skynet.be", "telenet.be", "proximus.be", "gmail.com"),
        ("french", "flemish", "dutch", "italian")),
    Loc("DE", "de", {"Bayern": ("8%###", ("Oberhollbach", "Kaltenbrunnsried")), "Niedersachsen": ("26%##", ("Großefehnmoor", "Holtlandsiel")),
                     "Baden-Württemberg": ("7%###", ("Eschelsried", "Unterwettingen"))},
        ("Mühlbachweg %#", "Am Kreuzanger %#a", "Deichstraße %##", "Gartenstraße %#, 2. OG", "Sielweg %#"),
        ("0151 ########", "0172 #######", "+49 160 #######", "089 ^######", "04941 ^####"), ("web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"),
        ("german", "german", "frisian_de", "italian")),
    Loc("IT", "it", {"Campania": ("80%##", ("Casalnuovo di Sopra", "Pozzovetere")), "Lombardia": ("24%##", ("Brembilla Alta", "Valtorta Bassa")),
                     "Sardegna": ("08%##", ("Orgosolo Nuovo", "Ilbono Marina"))},
        ("Via San Gennaro dei Poveri %#", "Vico Tre Re %#", "Via Roncaglia %#/@", "Corso Vittorio Emanuele %##", "Via Nuoro %#, int. %"),
        ("+39 3^# ### ####", "3^# ### ####", "081 ^## ####", "035 ^## ####"), ("libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it"),
        ("italian", "italian", "sardinian")),
    Loc("ES", "es", {"Navarra": ("31%##", ("Olazagutía Baja", "Arrieta de Yerri")), "Illes Balears": ("07%##", ("Sant Lluís des Pla", "Alaior Vell")),
                     "Castilla-La Mancha": ("13%##", ("Torralba del Moral", "Villanueva de los Infantes Alto"))},
        ("C/ Mayor, %#, %º @", "Avda. de la Constitución %##, bajo", "Carrer de Sant Jaume %#", "Plaza del Pilar %, %º izq.", "Calle Ronda Norte %#"),
        ("6## ## ## ##", "+34 6## ### ###", "948 ## ## ##", "971 ### ###"), ("gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"),
        ("spanish", "spanish", "basque", "catalan")),
    Loc("NL", "nl", {"Friesland": ("8%## @@", ("Warkumerbuorren", "Tjerkwerd-Noord")), "Overijssel": ("7%## @@", ("Haaksbergen-Buurse", "Denekamp-Oost")),
                     "Groningen": ("9%## @@", ("Winsum-Obergum", "Zoutkamp-Dorp"))},
        ("Dorpsstraat %#", "Kerkpad %#a", "Esweg %##", "Schoolstraat %# bis", "Vaart NZ %#"),
        ("06-########", "+31 6 ########", "0513-^#####", "053-^######", "050 ^## ####"), ("ziggo.nl", "kpnmail.nl", "hetnet.nl", "gmail.com", "home.nl"),
        ("dutch", "dutch", "flemish")),
    Loc("PT", "pt", {"Minho": ("47%#-###", ("Ponte da Veiga", "Vilar de Mouros Alto")), "Lisboa": ("27%#-###", ("Queluz de Baixo", "Casal do Rebentão")),
                     "Açores": ("95%#-###", ("Fajã dos Cubres", "Ribeira Seca do Norte"))},
        ("Rua da Misericórdia, %#", "Travessa do Forno, %#, %º Esq.", "Avenida da Liberdade, %##, r/c", "Largo do Pelourinho, %#", "Rua Direita, %# - %º Dto"),
        ("9^# ### ###", "+351 9^# ### ###", "258 ### ###", "21 ### ####", "296 ### ###"), ("sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "iol.pt"),
        ("portuguese",)),
]}  # fmt: skip
DL = {"EN": "@@@@@%######@@", "FR": "%#@@#####", "BE": "%#########", "DE": "@%#####%##%", "IT": "@@%######@", "ES": "%#######@", "NL": "%#########",
      "PT": "@@-%#####"}  # fmt: skip


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
    user: str
    line: str
    town: str
    postcode: str
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a user name."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower() if c.isalnum())


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (25 * 365, 80 * 365), culture: str | None = None, family: str | None = None,
                home: Person | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word or town is shared with anyone already drawn (`used`)."""
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    pool = fs if female else ms
    free = [g for g in pool if not _words(g) & used] or [
        g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not _words(g) & used
    ]
    given = rng.choice(free)
    used |= _words(given)
    if family is None:
        family = rng.choice(
            [f for f in fams if not _words(f) & used]
            or [f for c in loc.cultures for f in NAMES[c][2] if not _words(f) & used]
        )
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice([f"{g}.{f}", f"{g[0]}{f}{dob.year % 100:02d}", f"{f}.{g}", f"{g}_{f[:4]}{rng.randint(1, 99)}", f"{g}{f}"])  # fmt: skip
    email += "@" + rng.choice(loc.mails)
    user = rng.choice([f"{g}.{f[:1]}{dob.year % 100:02d}", f"{f}{rng.randint(10, 99)}", f"{g[:3]}{f[:3]}_{rng.randint(1, 999)}", f"{g}{dob.year}"])  # fmt: skip
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        pattern, towns = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line, pc = fill(rng, rng.choice(loc.streets)), fill(rng, pattern)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)),
               email, user, line, town, pc)  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """nat: the national number (SSN type), hp: the health-insurance number, dl: a driving licence."""
    c = w.loc.code
    nat = {
        "EN": lambda: ids.ni_number(rng),
        "FR": lambda: ids.nir(rng, w.female, w.dob),
        "BE": lambda: ids.rrn(rng, w.female, w.dob),
        "DE": lambda: ids.steuer_id(rng),
        "IT": lambda: ids.codice_fiscale(rng, w.family, w.given, w.female, w.dob),
        "ES": lambda: ids.dni(rng) if rng.random() < 0.7 else ids.nie(rng),
        "NL": lambda: ids.bsn(rng),
        "PT": lambda: ids.nif_pt(rng),
    }[c]()
    hp = {"EN": lambda: fill(rng, "%#######@"), "FR": lambda: fill(rng, "%########"), "BE": lambda: fill(rng, "%##-%#####-##"),
          "DE": lambda: ids.kvnr(rng), "IT": lambda: fill(rng, "80380%###############"), "ES": lambda: fill(rng, "@@@@%#########"),
          "NL": lambda: fill(rng, "%########"), "PT": lambda: fill(rng, "%########")}[c]()  # fmt: skip
    return {"nat": nat, "hp": hp, "dl": fill(rng, DL[c]), "nhs": ids.nhs(rng)}
