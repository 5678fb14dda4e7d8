# ruff: noqa: E501  (tables)
"""Synthetic people and places of probe 33 (Western European clinical running text), per locale.

Given and family names are common-sounding names of each language chosen so that no name word is used by
probes 1-31 (test_probe33 checks); towns are real small towns (public) that no earlier probe uses; streets,
house numbers, postcodes' last digits, phones, e-mails and identifiers are random. No Faker lists.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date

from tests.engine.probe.people import K, P, Slot

__all__ = ["LOCALES", "NAMES", "STREETS", "TOWNS", "K", "Locale", "P", "Person", "Slot", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTVWXY"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter."""
    return "".join(
        rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@" else ch
        for ch in pattern
    )


# locale: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "de": (["Reinhild", "Waltraut", "Burglinde", "Gisela", "Heiderose", "Irmhild", "Swanhild"], ["Gerwin", "Volkward", "Egbert", "Ortwin", "Reinbold", "Sigismund", "Adalbert"],
           ["Birkenhauer", "Wolfsteller", "Hirschfelder", "Dannemeyer", "Oberhäuser", "Tiefenbrunner", "Kesselbach", "Dornhöfer", "Mühlsteiger", "Ellerbrock"]),
    "at": (["Notburga", "Gundula", "Rosalinde", "Theresia", "Kunigunde", "Gertraud", "Aloisia"], ["Vinzenz", "Ferdinand", "Korbinian", "Alois", "Leonhard", "Severin", "Ägidius"],
           ["Hinterleitner", "Oberhuber", "Brandstätter", "Moosbrugger", "Wimmleitner", "Aichhorn", "Stockinger", "Kraxberger", "Pöltlbauer", "Zehetgruber"]),
    "ch": (["Regula", "Verena", "Margrith", "Heidi", "Annemarie", "Vroni", "Erika"], ["Ueli", "Urs", "Sepp", "Ruedi", "Fridolin", "Melchior", "Kaspar"],
           ["Gisler", "Tschümperlin", "Imhof", "Betschart", "Zurfluh", "Bissig", "Infanger", "Fassbind", "Aschwanden", "Schelbert"]),
    "fr": (["Ghyslaine", "Clotilde", "Edwige", "Mauricette", "Paulette", "Jacqueline"], ["Thibaut", "Fulcran", "Bertrand", "Norbert", "Barthélemy", "Gauthier", "Désiré"],
           ["Pelletreau", "Dussaucy", "Lemarchal", "Quatrevaux", "Ravaillac", "Bonnefoy", "Gueudet", "Vauquelin", "Marsollier", "Brissonnet"]),
    "be": (["Annick", "Godelieve", "Fabienne", "Véronique", "Anne-Sophie", "Dominique"], ["Christophe", "Hubert", "Olivier", "Grégoire", "Arnaud", "Sosthène"],
           ["Delvaux", "Wauthier", "Lambotte", "Degembe", "Collignon", "Stiernon", "Bodart", "Pirsoul", "Hanquet", "Meurisse"]),
    "qc": (["Ginette", "Jocelyne", "Francine", "Micheline", "Pierrette", "Murielle"], ["Réal", "Gaétan", "Jacquelin", "Rodrigue", "Clermont", "Ovila"],
           ["Bellavance", "Boulianne", "Hudon", "Poitras", "Caouette", "Bérubé", "Chouinard", "Théberge", "Ouellon"]),
    "it": (["Concetta", "Rosaria", "Elvira", "Teresina", "Vincenza", "Clotilde"], ["Ercole", "Biagio", "Carmine", "Settimo", "Eraclio", "Nazzareno"],
           ["Zanchetta", "Mastrogiacomo", "Pellegatta", "Boffelli", "Scarpellini", "Cantarutti", "Pezzoli", "Bortoluzzi", "Gambarotto", "Sbrissa"]),
    "es": (["Fuencisla", "Herminia", "Eulalia", "Candelaria", "Sagrario", "Felisa"], ["Teodomiro", "Ceferino", "Baldomero", "Hilario", "Cipriano", "Faustino", "Olegario"],
           ["Villaescusa", "Carrasquilla", "Barrionuevo", "Arroyo-Salcedo", "Quesada", "Lozoya", "Valdelomar", "Escalonilla", "Pedraza"]),
    "ca": (["Roser", "Assumpta", "Remei", "Montse", "Carme", "Pepeta"], ["Pere", "Jaume", "Quimet", "Feliu", "Narcís", "Bernat", "Llorenç"],
           ["Puigdomènech", "Vilaseca", "Casellas", "Pujolràs", "Serrallonga", "Ribalta", "Comellas", "Bofarull", "Soler-Tarrés"]),
    "pt": (["Fernanda", "Adelaide", "Arminda", "Custódia", "Rosalina", "Felismina", "Olímpia"], ["Albano", "Horácio", "Arménio", "Aníbal", "Delfim", "Acácio", "Viriato"],
           ["Carvalhal", "Sequeira", "Pinhão", "Brandoa", "Abrantes", "Loureiro", "Touregas"]),
    "br": (["Edivânia", "Lucimar", "Gilvanete", "Ednalva", "Marizete", "Rosilene", "Neuza"], ["Valdemir", "Gilmar", "Edmilson", "Nivaldo", "Francisvaldo", "Cícero"],
           ["Brandim", "Quixadá", "Marinho", "Sobral", "Pimentel", "Capistrano", "Parente"]),
    "nl": (["Jantje", "Hillegonda", "Geesje", "Annigje", "Dieuwke", "Femmigje", "Harmina"], ["Hendrik", "Jelle", "Wiebe", "Berend", "Eppo", "Ebel", "Gosse"],
           ["Veldkamp", "Kuipers", "Zandvoort", "Ruitenberg", "Hofstede", "Nijenhuis", "Oosterveld", "Brinkhuis", "Schoemaker", "Hemmink"]),
    "vl": (["Godelieve", "Mieke", "Hilde", "Lieve", "Magda", "Jeanine"], ["Jozef", "Gustaaf", "Staf", "Etienne", "Noël", "Roger"],
           ["Vandenbroucke", "Verhaeghe", "Deschuytter", "Vanhoutte", "Ceulemans", "Dewulf", "Vanneste", "Degryse", "Callewaert", "Debaene"]),
    "sv": (["Birgitta", "Gunilla", "Ulla-Britt", "Margareta", "Inga-Lill", "Majken", "Kerstin"], ["Sture", "Gunnar", "Bengt-Åke", "Lennart", "Folke", "Ture", "Gösta"],
           ["Forsgren", "Öberg", "Wallin", "Nordmark", "Löfgren", "Strandqvist", "Hägglund", "Rydén", "Backlund", "Tjernberg"]),
    "no": (["Turid", "Bjørg", "Sigrun", "Gunnhild", "Ingebjørg", "Åslaug", "Torunn"], ["Torleif", "Arnfinn", "Oddvar", "Kjell", "Sverre", "Asbjørn", "Reidar"],
           ["Haugland", "Brekke", "Skogheim", "Rønningen", "Stensrud", "Myhre", "Grøtting", "Hjelmeland", "Sundby", "Solbakken"]),
    "da": (["Birthe", "Jytte", "Kirsten", "Inger", "Hanne", "Grethe"], ["Jørgen", "Preben", "Flemming", "Poul", "Erling", "Verner", "Knud"],
           ["Østergaard", "Kjærgaard", "Skovgaard", "Frandsen", "Bisgaard", "Dalsgaard", "Kirkegaard", "Lauridsen", "Høgsbro"]),
    "lb": (["Chantal", "Monique", "Carine", "Mady", "Viviane", "Mariette", "Octavie"], ["Nico", "Marcel", "Jemp", "Pitt", "Aloyse", "Gusty"],
           ["Schmit", "Kremer", "Reuter", "Faber", "Schroeder", "Biever", "Kayser", "Hoscheit", "Goedert", "Ensch"]),
    "ie": (["Bríd", "Nóirín", "Máiréad", "Peig", "Treasa", "Áine", "Bairbre"], ["Donal", "Tomás", "Seánie", "Micheál", "Proinsias", "Diarmaid", "Pádraic", "Gearóid"],
           ["Donnellan", "Heneghan", "Cusack", "Fitzmaurice", "Kilbane", "Glennon", "Scahill", "Tierney"]),
}  # fmt: skip

# locale: [(town, postcode pattern)] -- real small towns, postcodes of their shape
TOWNS: dict[str, list[tuple[str, str]]] = {
    "de": [("Zwiesel", "9422#"), ("Hünfeld", "3608#"), ("Ebermannstadt", "9132#"), ("Wittmund", "2640#"), ("Grevesmühlen", "2393#"), ("Schotten", "6367#")],
    "at": [("Gmunden", "481#"), ("Murau", "885#"), ("Hallein", "540#"), ("Scheibbs", "327#"), ("Lienz", "990#"), ("Rohrbach-Berg", "415#")],
    "ch": [("Frauenfeld", "850#"), ("Sarnen", "606#"), ("Stans", "637#"), ("Herisau", "910#"), ("Einsiedeln", "884#")],
    "fr": [("Autun", "71400"), ("Lodève", "34700"), ("Guingamp", "22200"), ("Saint-Flour", "15100"), ("Loudéac", "22600"), ("Pontarlier", "25300")],
    "be": [("Gembloux", "5030"), ("Ciney", "5590"), ("Bastogne", "6600"), ("Marche-en-Famenne", "6900"), ("Chimay", "6460")],
    "qc": [("Rimouski", "G5L #@#"), ("Matane", "G4W #@#"), ("Baie-Saint-Paul", "G3Z #@#"), ("Montmagny", "G5V #@#"), ("Amqui", "G5J #@#")],
    "it": [("Camerino", "62032"), ("Bobbio", "29022"), ("Feltre", "32032"), ("Tolmezzo", "33028"), ("Nardò", "73048")],
    "es": [("Béjar", "37700"), ("Tarazona", "50500"), ("Llerena", "06900"), ("Sigüenza", "19250"), ("Medina del Campo", "47400")],
    "ca": [("Solsona", "25280"), ("Tàrrega", "25300"), ("Ripoll", "17500"), ("Amposta", "43870")],
    "pt": [("Mirandela", "5370-###"), ("Tondela", "3460-###"), ("Estremoz", "7100-###"), ("Ponte de Lima", "4990-###"), ("Lamego", "5100-###")],
    "br": [("Limeira", "13480-###"), ("Garanhuns", "55290-###"), ("Patos de Minas", "38700-###"), ("Chapecó", "89800-###")],
    "nl": [("Winschoten", "967# @@"), ("Zierikzee", "430# @@"), ("Oldenzaal", "757# @@"), ("Steenwijk", "833# @@")],
    "vl": [("Ieper", "8900"), ("Tielt", "8700"), ("Diest", "3290"), ("Poperinge", "8970"), ("Maaseik", "3680"), ("Eeklo", "9900")],
    "sv": [("Tingsryd", "362 3#"), ("Hudiksvall", "824 3#"), ("Arvika", "671 3#"), ("Ljungby", "341 3#"), ("Vimmerby", "598 3#")],
    "no": [("Brumunddal", "238#"), ("Førde", "680#"), ("Kongsvinger", "221#"), ("Notodden", "367#"), ("Lillesand", "479#")],
    "da": [("Skjern", "6900"), ("Hobro", "9500"), ("Nakskov", "4900"), ("Brønderslev", "9700"), ("Faaborg", "5600")],
    "lb": [("Wiltz", "L-95##"), ("Clervaux", "L-97##"), ("Vianden", "L-94##"), ("Redange", "L-85##"), ("Echternach", "L-64##")],
    "ie": [("Ennistymon", "V95 @#@#"), ("Castlerea", "F45 @#@#"), ("Kanturk", "P51 @#@#"), ("Bantry", "P75 @#@#"), ("Listowel", "V31 @#@#")],
}  # fmt: skip

# locale: street names (invented or generic), and how a street line is written ({s} street, {n} number)
STREETS: dict[str, list[str]] = {
    "de": ["Hagebuttenweg", "Schlehdornring", "Kiefernstraße", "Eichendorffweg", "Am Mühlbach"],
    "at": ["Marillengasse", "Kaplanhofweg", "Hollerstaudenweg", "Troadkastengasse"],
    "ch": ["Chrüzacherstrasse", "Bärgliweg", "Schwandenrain", "Obermattweg"],
    "fr": ["rue des Glycines", "impasse du Lavoir", "chemin des Aubépines", "allée des Noisetiers"],
    "be": ["rue du Try-Bara", "chemin de la Sablière", "rue Tige-des-Saules"],
    "qc": ["rang Saint-Joachim", "rue des Quenouilles", "montée Pelletier"],
    "it": ["via dei Cappuccini", "vicolo del Forno", "via delle Fornaci", "vicolo Storto"],
    "es": ["calle Cantarranas", "travesía del Pozo Nuevo", "calle del Mesón de Abajo"],
    "ca": ["carrer del Pou de la Neu", "carrer de la Bòbila", "passatge de les Oliveres"],
    "pt": ["Rua da Eira Velha", "Travessa da Amoreira", "Rua das Azenhas"],
    "br": ["Rua das Acácias", "Travessa Boa Esperança", "Rua Sete de Setembro"],
    "nl": ["Kerkepad", "Zwanebloemstraat", "Gasthuissteeg"],
    "vl": ["Molenhoekstraat", "Kapelleveld", "Bosmolenstraat", "Ganzeweide"],
    "sv": ["Hagtornsvägen", "Smedjegatan", "Prästgårdsvägen", "Lingonstigen"],
    "no": ["Bjørkelia", "Sagbruksveien", "Løvåsvegen", "Tyttebærstien"],
    "da": ["Hyldebærvej", "Præstegårdsvej", "Smedievej", "Lyngbakken"],
    "lb": ["rue de la Montée", "rue du Pont-Suspendu", "rue des Genêts"],
    "ie": ["Chapel Lane", "Convent Hill", "Fair Green"],
}  # fmt: skip
STREET_LINE = {"de": "{s} {n}", "at": "{s} {n}/{m}", "ch": "{s} {n}", "fr": "{n} {s}", "be": "{s} {n}", "qc": "{n4}, {s}",
               "it": "{s} {n}", "es": "{s} {n}, {m}.º B", "ca": "{s} {n}, {m}r 2a", "pt": "{s}, {n}, {m}.º Esq.",
               "br": "{s}, {n}, apto {m}2", "nl": "{s} {n}", "vl": "{s} {n}", "sv": "{s} {n}", "no": "{s} {n}",
               "da": "{s} {n}, {m}. th.", "lb": "{n}, {s}", "ie": "{n} {s}"}  # fmt: skip

PHONES: dict[str, list[str]] = {
    "de": ["01%# #######", "+49 15% ########", "0992% 8####"], "at": ["0664 #######", "+43 676 #######", "07612 #####"],
    "ch": ["07% ### ## ##", "+41 7% ### ## ##", "041 6%# ## ##"], "fr": ["06 ## ## ## ##", "07 %# ## ## ##", "+33 6 ## ## ## ##"],
    "be": ["047# ## ## ##", "+32 49# ## ## ##", "081 %# ## ##"], "qc": ["418 %##-####", "(418) %##-####", "581-%##-####"],
    "it": ["3%# ### ####", "+39 34# #######", "0737 %#####"], "es": ["6%# ## ## ##", "6%# ### ###", "+34 6%# ### ###"],
    "ca": ["6%# ## ## ##", "973 %# ## ##", "+34 6%# ### ###"], "pt": ["9%# ### ###", "+351 91# ### ###", "278 %## ###"],
    "br": ["(19) 9%###-####", "(87) 9%###-####", "+55 49 9%###-####"], "nl": ["06-%#######", "06 %# ## ## ##", "+31 6 %#######"],
    "vl": ["047# ## ## ##", "+32 47# ## ## ##", "057 %# ## ##"], "sv": ["07%-### ## ##", "+46 7% ### ## ##", "0477-%## ##"],
    "no": ["9%# ## ###", "4%# ## ###", "+47 9%# ## ###"], "da": ["%# ## ## ##", "+45 %# ## ## ##"],
    "lb": ["691 ### ###", "+352 621 ### ###", "26 %# ## ##"], "ie": ["08% ### ####", "+353 8% ### ####", "(065) %# #####"],
}  # fmt: skip
MAIL = {"de": ["web.de", "gmx.de", "t-online.de"], "at": ["gmx.at", "aon.at"], "ch": ["bluewin.ch", "gmx.ch"],
        "fr": ["orange.fr", "laposte.net", "free.fr"], "be": ["skynet.be", "proximus.be"], "qc": ["videotron.ca", "globetrotter.net"],
        "it": ["libero.it", "virgilio.it", "alice.it"], "es": ["telefonica.net", "hotmail.es"], "ca": ["xtec.cat", "gmail.com"],
        "pt": ["sapo.pt", "netcabo.pt"], "br": ["uol.com.br", "bol.com.br", "terra.com.br"], "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"],
        "vl": ["telenet.be", "skynet.be"], "sv": ["telia.com", "bredband.net"], "no": ["online.no", "broadpark.no"],
        "da": ["mail.dk", "jubii.dk"], "lb": ["pt.lu", "internet.lu"], "ie": ["eircom.net", "yahoo.ie"]}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Locale:
    code: str
    lang: str  # de fr it es ca pt nl sv no da lb en


LOCALES = {c: Locale(c, lang) for c, lang in [("de", "de"), ("at", "de"), ("ch", "de"), ("fr", "fr"), ("be", "fr"), ("qc", "fr"),
           ("it", "it"), ("es", "es"), ("ca", "ca"), ("pt", "pt"), ("br", "pt"), ("nl", "nl"), ("vl", "nl"), ("sv", "sv"),
           ("no", "no"), ("da", "da"), ("lb", "lb"), ("ie", "en")]}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    phone: str
    email: str
    dob: date

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _ascii(s: str) -> str:
    s = s.translate(str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c == "-"))


def draw_person(rng: random.Random, loc: str, used: set[str], female: bool | None = None, born: int = 0) -> Person:
    """A person of `loc` whose name words are not yet used in the document."""
    if female is None:
        female = rng.random() < 0.5
    f, m, fam = NAMES[loc]
    given = rng.choice([g for g in (f if female else m) if g not in used])
    family = rng.choice([x for x in fam if x not in used])
    used |= {given, family}
    g, fa = _ascii(given).lower(), _ascii(family).lower().replace("-", "")
    local = rng.choice([f"{g}.{fa}", f"{g[0]}{fa}", f"{fa}.{g}", f"{g}{fa[:3]}{rng.randint(10, 99)}"])
    year = born or rng.randint(1940, 1990)
    dob = date(year, rng.randint(1, 12), rng.randint(1, 28))
    return Person(given, family, female, fill(rng, rng.choice(PHONES[loc])), f"{local}@{rng.choice(MAIL[loc])}", dob)
