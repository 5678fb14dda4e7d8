# ruff: noqa: E501  (hand-written templates)
"""Thirty-third independent probe corpus: Western European clinical running text with no cues.

36 labelled documents in 18 kinds per seed, two of each, written as clinicians, nurses and families write
in their own language: a German Pflegebericht, an Austrian Hausarztbrief in prose, a Swiss Spitex visit log,
French transmissions ciblées, a Belgian kiné report, a Québec CLSC progress note, an Italian diario clinico,
a Spanish evolutivo de enfermería, a Catalan informe d'alta in prose, a Portuguese nota de enfermagem, a
Brazilian prontuário evolução, a Dutch overdracht e-mail, a Flemish huisarts letter, a Swedish
journalanteckning, a Norwegian epikrise, a Danish sygeplejenotat, a Luxembourgish family WhatsApp chat and
an Irish-English hospital IT helpdesk ticket. People are named mid-sentence with no label ("kam ihr Sohn
X mit der Enkelin Y", "j'ai revu ce matin sa fille X", "ha chiamato la nipote di X"), towns follow
prepositions ("wohnt in", "venue de", "mora em", "woont in", "bor i"), dates are written in each
language's habits ("am 3. März 2024", "le 12 février", "4 de abril de 2024", "den 7 juni"), ages over 89 in
digits or words ("im 93. Lebensjahr", "nonante-quatre ans", "vierennegentig"), with national phone
formats, addresses with postcodes and national identifiers with valid check digits (ids.py).

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` patient, `q`, `r` relatives, `a`, `b` staff, `c` another person
(genders fixed per template). Forms `_full`, `_given`, `_family`, `_ph`, `_em`. Dates `d1` (the day of the
note), `d2` (later), `d3` (earlier) as `_long` ("3. März 2024"), `_dm` ("3. März"), `_num` ("03.03.2024");
`dob` numeric. `age` (digits) and `age_w` (words), 92-97.

Labelling policy (decided before any measurement):
- NAME: every name of a person as written (full, given alone, family alone); titles (Frau, Mme, sig.,
  Doña, D., dr.) and relation words are plain text.
- DATE: days of care or life more specific than a year (with or without the year). AGE: 92-97, the number
  or number word only ("93" in "im 93. Lebensjahr", "nonante-quatre" in "nonante-quatre ans").
- PHONE, EMAIL; national and insurance numbers ID / HEALTH_PLAN / SSN; hospital numbers MRN.
- ADDRESS: a street line and the town a person lives in or comes from; ZIP: its postcode.
- Keep: drugs with doses, clinical terms, wards, departments, hospitals, organisations, weekdays and months
  without a day, regions and countries, capitalised nouns, and words that are also given names used as
  ordinary words (Sommer, Rose, dolores, Dores, roos, hoop, livet, grace ...; WORD_KEEP).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe33 import ids
from tests.engine.probe33.people import (
    LOCALES,
    STREET_LINE,
    STREETS,
    TOWNS,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
)

__all__ = ["TEMPLATES", "WORD_KEEP", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "lb": "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
MONTHS_AT = MONTHS["de"].replace("Januar", "Jänner")
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"], "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"], "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "ca": ["dilluns", "dimarts", "dimecres", "dijous", "divendres"], "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"], "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"], "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag"],
    "lb": ["Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg"], "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
}  # fmt: skip
UNITS = {  # 92..97
    "de": ["zweiundneunzig", "dreiundneunzig", "vierundneunzig", "fünfundneunzig", "sechsundneunzig", "siebenundneunzig"],
    "fr": ["quatre-vingt-douze", "quatre-vingt-treize", "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize", "quatre-vingt-dix-sept"],
    "be": ["nonante-deux", "nonante-trois", "nonante-quatre", "nonante-cinq", "nonante-six", "nonante-sept"],
    "it": ["novantadue", "novantatré", "novantaquattro", "novantacinque", "novantasei", "novantasette"],
    "es": ["noventa y dos", "noventa y tres", "noventa y cuatro", "noventa y cinco", "noventa y seis", "noventa y siete"],
    "ca": ["noranta-dos", "noranta-tres", "noranta-quatre", "noranta-cinc", "noranta-sis", "noranta-set"],
    "pt": ["noventa e dois", "noventa e três", "noventa e quatro", "noventa e cinco", "noventa e seis", "noventa e sete"],
    "nl": ["tweeënnegentig", "drieënnegentig", "vierennegentig", "vijfennegentig", "zesennegentig", "zevenennegentig"],
    "sv": ["nittiotvå", "nittiotre", "nittiofyra", "nittiofem", "nittiosex", "nittiosju"],
    "no": ["nittito", "nittitre", "nittifire", "nittifem", "nittiseks", "nittisju"],
    "da": ["tooghalvfems", "treoghalvfems", "fireoghalvfems", "femoghalvfems", "seksoghalvfems", "syvoghalvfems"],
    "en": ["ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six", "ninety-seven"],
}  # fmt: skip

DRUGS = {
    "de": ["Metamizol 500 mg", "Torasemid 10 mg", "Melperon 25 mg", "Pipamperon 40 mg", "Enoxaparin 40 mg", "L-Thyroxin 75 µg"],
    "fr": ["Doliprane 1 g", "Lovenox 0,4 ml", "Lasilix 40 mg", "Seresta 10 mg", "Kardégic 75 mg", "Eliquis 2,5 mg"],
    "it": ["Tachipirina 1000 mg", "Clexane 4000 UI", "Lasix 25 mg", "Pantorc 40 mg", "Coumadin 5 mg", "Targin 10/5 mg"],
    "es": ["Paracetamol 1 g", "Nolotil 575 mg", "Sintrom 4 mg", "Enantyum 50 mg", "Seguril 40 mg", "Adiro 100 mg"],
    "ca": ["Paracetamol 1 g", "Nolotil 575 mg", "Omeprazol 20 mg", "Furosemida 40 mg", "Bemiparina 3500 UI"],
    "pt": ["Ben-u-ron 1 g", "Brufen 400 mg", "Pantoprazol 40 mg", "Varfine 5 mg", "Victan 2 mg"],
    "br": ["Dipirona 1 g", "Losartana 50 mg", "Captopril 25 mg", "Enoxaparina 40 mg", "Tramal 50 mg", "Insulina NPH 10 UI"],
    "nl": ["paracetamol 1000 mg", "oxazepam 10 mg", "furosemide 40 mg", "fraxiparine 0,3 ml", "macrogol 1 sachet", "temazepam 10 mg"],
    "sv": ["Alvedon 1 g", "Oxynorm 5 mg", "Furix 40 mg", "Eliquis 5 mg", "Imovane 7,5 mg"],
    "no": ["Paracet 1 g", "Albyl-E 75 mg", "Furix 40 mg", "Sobril 10 mg", "Laxoberal 10 dråper"],
    "da": ["Pamol 1 g", "Furix 40 mg", "Marevan 2,5 mg", "Oxynorm 5 mg", "Movicol 1 brev"],
    "lb": ["Dafalgan 1 g", "Clexane 40 mg", "Lasix 40 mg", "Xanax 0,25 mg"],
    "en": ["Solpadeine 2 tabs", "Lasix 40 mg", "Clexane 40 mg", "Zopiclone 7.5 mg", "Difene 75 mg"],
}  # fmt: skip
TERMS = {
    "de": ["Dekubitus Grad 2", "Sturzgefahr", "Harnwegsinfekt", "Exsikkose", "Herzinsuffizienz", "Obstipation"],
    "fr": ["escarre talonnière", "désorientation", "infection urinaire", "insuffisance cardiaque", "constipation", "dyspnée"],
    "it": ["piaga da decubito", "scompenso cardiaco", "delirium", "disfagia", "infezione delle vie urinarie", "BPCO riacutizzata"],
    "es": ["úlcera por presión", "desorientación", "insuficiencia cardiaca", "disnea", "infección urinaria", "estreñimiento"],
    "ca": ["úlcera per pressió", "insuficiència cardíaca", "pneumònia", "desorientació", "infecció d'orina"],
    "pt": ["úlcera de pressão", "insuficiência cardíaca", "desidratação", "confusão", "infeção urinária"],
    "br": ["lesão por pressão", "insuficiência cardíaca", "dispneia", "confusão mental", "infecção urinária", "hipoglicemia"],
    "nl": ["decubitus", "delier", "hartfalen", "valrisico", "urineweginfectie", "obstipatie"],
    "sv": ["trycksår", "förvirring", "hjärtsvikt", "fallrisk", "urinvägsinfektion", "förstoppning"],
    "no": ["trykksår", "delirium", "hjertesvikt", "fallfare", "urinveisinfeksjon", "forstoppelse"],
    "da": ["tryksår", "delirium", "hjertesvigt", "faldrisiko", "urinvejsinfektion", "forstoppelse"],
    "lb": ["Pneumonie", "Dehydratatioun", "Verwirrung", "Diabetes"],
    "en": ["pressure sore", "delirium", "heart failure", "UTI", "chest infection", "falls risk"],
}  # fmt: skip
DEPTS = {
    "de": ["Station 4B", "Geriatrie", "Innere Medizin", "Unfallchirurgie", "Palliativstation"],
    "at": ["Interne Abteilung", "Remobilisation", "Akutgeriatrie"], "ch": ["Spitex", "Memory Clinic", "Akutgeriatrie"],
    "fr": ["SSR", "court séjour gériatrique", "cardiologie", "HAD"], "be": ["service de revalidation", "gériatrie", "orthopédie"],
    "qc": ["soutien à domicile", "SAPA", "services gériatriques"], "it": ["Medicina Interna", "Geriatria", "Ortopedia"],
    "es": ["Medicina Interna", "planta de Traumatología", "Urgencias"], "ca": ["Medicina Interna", "Geriatria", "Pneumologia"],
    "pt": ["Medicina Interna", "Cirurgia Geral", "Ortopedia"], "br": ["UTI", "Clínica Médica", "enfermaria de Geriatria"],
    "nl": ["afdeling Longziekten", "SEH", "Geriatrie"], "vl": ["dienst Geriatrie", "spoed", "Cardiologie"],
    "sv": ["avdelning 12", "vårdcentralen", "geriatriska kliniken"], "no": ["medisinsk avdeling", "indremedisinsk avdeling", "geriatrisk sengepost"],
    "da": ["medicinsk afdeling", "akutmodtagelsen", "geriatrisk afsnit"], "lb": ["Gériatrie", "Urgences"],
    "ie": ["the Medical Assessment Unit", "St. Brigid's Ward", "the ED"],
}  # fmt: skip
HOSPITALS = {
    "de": ["Kreisklinik St. Annen", "Evangelisches Krankenhaus Bethesda"], "at": ["Landesklinikum Waldviertel", "Krankenhaus der Barmherzigen Brüder"],
    "ch": ["Kantonsspital Obwalden", "Spital Thurgau"], "fr": ["Centre hospitalier du Haut-Bugey", "Clinique Sainte-Odile"],
    "be": ["CHU UCL Namur", "Clinique Saint-Pierre"], "qc": ["CISSS du Bas-Saint-Laurent", "Hôtel-Dieu de Lévis"],
    "it": ["Ospedale San Giacomo", "Presidio Ospedaliero Santa Maria del Prato"], "es": ["Hospital Virgen de la Vega", "Complejo Asistencial de Zamora"],
    "ca": ["Hospital Sant Bernabé", "Hospital Comarcal del Pallars"], "pt": ["Hospital de São Teotónio", "Unidade Local de Saúde do Nordeste"],
    "br": ["Santa Casa de Misericórdia", "Hospital Regional do Agreste"], "nl": ["Martini Ziekenhuis", "Streekziekenhuis Koningin Beatrix"],
    "vl": ["AZ Sint-Jan", "Jan Yperman Ziekenhuis"], "sv": ["Länssjukhuset", "Centralsjukhuset Växjö"],
    "no": ["Sykehuset Innlandet", "Haukeland universitetssjukehus"], "da": ["Regionshospitalet Gødstrup", "Aalborg Universitetshospital"],
    "lb": ["CHL", "Centre Hospitalier du Nord"], "ie": ["University Hospital Galway", "Portiuncula Hospital"],
}  # fmt: skip
ORGS = {
    "de": ["AOK", "Techniker Krankenkasse", "Caritas-Sozialstation", "Diakonie"], "at": ["Hilfswerk", "Volkshilfe", "Caritas"],
    "ch": ["Pro Senectute", "Helsana", "CSS"], "fr": ["CPAM", "ADMR", "MDPH"], "be": ["Mutualité chrétienne", "Solidaris"],
    "qc": ["RAMQ", "CIUSSS", "Info-Santé 811"], "it": ["ASL", "INPS", "Croce Rossa"], "es": ["INSS", "Cruz Roja"],
    "ca": ["CatSalut", "Creu Roja"], "pt": ["SNS", "Santa Casa da Misericórdia"], "br": ["SUS", "UBS", "SAMU"],
    "nl": ["Buurtzorg", "CAK", "Zilveren Kruis"], "vl": ["Wit-Gele Kruis", "OCMW"], "sv": ["hemtjänsten", "kommunen"],
    "no": ["NAV", "Helsenorge"], "da": ["kommunen", "Sundhed.dk"], "lb": ["CNS", "Hëllef Doheem"], "ie": ["HSE", "ALONE"],
}  # fmt: skip
REGIONS = {
    "de": ["Niederbayern", "Oberfranken", "Ostfriesland"], "at": ["Waldviertel", "Salzkammergut", "Obersteiermark"],
    "ch": ["Emmental", "Innerschweiz", "Thurgau"], "fr": ["Bourgogne", "Bretagne", "Auvergne"], "be": ["Ardennes", "Condroz"],
    "qc": ["Bas-Saint-Laurent", "Gaspésie", "Charlevoix"], "it": ["Marche", "Carnia", "Salento"], "es": ["Castilla y León", "Extremadura", "Aragón"],
    "ca": ["Solsonès", "Ripollès", "Terres de l'Ebre"], "pt": ["Trás-os-Montes", "Alentejo", "Minho"], "br": ["Nordeste", "Sertão", "Zona da Mata"],
    "nl": ["Drenthe", "Zeeland", "Twente"], "vl": ["Westhoek", "Kempen", "Hageland"], "sv": ["Småland", "Hälsingland", "Värmland"],
    "no": ["Innlandet", "Sunnfjord", "Telemark"], "da": ["Vestjylland", "Lolland", "Himmerland"], "lb": ["Éislek", "Minett"],
    "ie": ["County Clare", "West Cork", "the Burren"],
}  # fmt: skip
COUNTRIES = {
    "de": ["Polen", "Kroatien", "Rumänien"], "at": ["Ungarn", "Slowenien"], "ch": ["Italien", "Portugal", "Kanada"],
    "fr": ["Portugal", "Algérie", "Espagne"], "be": ["Congo", "Italie"], "qc": ["Floride", "Haïti"], "it": ["Germania", "Argentina"],
    "es": ["Suiza", "Francia", "Argentina"], "ca": ["Andorra", "França"], "pt": ["França", "Suíça", "Luxemburgo"],
    "br": ["Portugal", "Paraguai"], "nl": ["Duitsland", "Suriname"], "vl": ["Frankrijk", "Spanje"], "sv": ["Norge", "Finland"],
    "no": ["Sverige", "Spania"], "da": ["Tyskland", "Sverige"], "lb": ["Portugal", "Belsch"], "ie": ["Australia", "England"],
}  # fmt: skip
# words that are also given names, used as ordinary words: (text before, keep value, text after)
WORD_KEEP: dict[str, list[tuple[str, str, str]]] = {
    "de": [("Freut sich auf den ", "Sommer", " im Garten."), ("Die ", "Rose", " auf dem Nachttisch ist vom Enkel."),
           ("Nimmt die Lage mit ", "Ernst", " und Humor."), ("Im ", "Winter", " noch selbstständig.")],
    "fr": [("Teint ", "rose", ", bonne hydratation."), ("Reçu un bouquet de ", "marguerites", " des petits-enfants."),
           ("Fait preuve de ", "patience", " avec l'équipe."), ("", "Prudence", " lors des transferts.")],
    "it": [("Notte ", "serena", "."), ("Indossa la maglia ", "rosa", " della nipote."),
           ("Mantiene la ", "speranza", " di tornare a casa."), ("", "Serena", " e collaborante al giro visita.")],
    "es": [("Refiere ", "dolores", " abdominales."), ("", "Dolores", " articulares controlados."),
           ("Duerme con la ", "luz", " encendida."), ("Dice que quiere estar en ", "paz", " con sus hijos.")],
    "ca": [("", "Dolors", " articulars ben controlats."), ("Diu que vol estar en ", "pau", "."),
           ("Dorm amb el ", "llum", " encès."), ("Es desperta amb l'", "alba", ".")],
    "pt": [("", "Dores", " lombares controladas."), ("Pediu ", "socorro", " durante a noite."),
           ("Dorme com a ", "luz", " acesa."), ("Fala muito da ", "saudade", " do marido.")],
    "br": [("Nega ", "dores", " no peito."), ("", "Dores", " abdominais melhoraram."),
           ("Veio do ", "Pronto-Socorro", " de madrugada."), ("Dorme com a ", "luz", " acesa.")],
    "nl": [("Heeft last van ", "roos", " op de hoofdhuid."), ("Ze heeft goede ", "hoop", " op herstel."),
           ("", "Roos", " op de hoofdhuid behandeld met shampoo."), ("Zit graag in de ", "zon", ".")],
    "vl": [("Blijft vol ", "hoop", "."), ("Kreeg een rode ", "roos", " van zijn kleinzoon."),
           ("", "Hoop", " op beterschap is groot."), ("Zit graag in de ", "zon", ".")],
    "sv": [("Fick mycket ", "ros", " av personalen."), ("Sitter gärna i ", "solen", "."),
           ("", "Viljan", " att klara sig själv är stark."), ("Glad i ", "livet", " trots allt.")],
    "no": [("Sitter gjerne ute i ", "sola", "."), ("Er glad i ", "livet", "."),
           ("", "Viljen", " til å klare seg selv er sterk."), ("Håper å komme hjem til ", "våren", ".")],
    "da": [("Sidder gerne i ", "solen", "."), ("Glad for ", "livet", "."),
           ("", "Håbet", " om at komme hjem er stort."), ("Fik ", "ros", " for sin gangtræning.")],
    "lb": [("", "Rousen", " aus dem Gaart fir d'Mamm 🌹"), ("Si freet sech op de ", "Summer", " 😊"), ("", "Gléck", " am Ongléck!")],
    "ie": [("She said ", "grace", " before the dinner."), ("Great ", "hope", " for the new system."),
           ("", "Patience", " is running thin on the ward."), ("", "Grace", " period on the old login ends Friday.")],
}  # fmt: skip


def _lang(loc: str) -> str:
    return LOCALES[loc].lang


def _pick(table: dict[str, list], loc: str) -> list:
    return table[loc] if loc in table else table[_lang(loc)]


def date_forms(d: date, loc: str) -> dict[str, str]:
    lang = _lang(loc)
    month = (MONTHS_AT if loc == "at" else MONTHS[lang]).split()[d.month - 1]
    day = str(d.day)
    if lang in ("de", "no", "da", "lb"):
        dm, num = f"{day}. {month}", f"{d:%d.%m.%Y}"
    elif lang == "fr":
        dm, num = f"{'1er' if d.day == 1 else day} {month}", f"{d:%Y-%m-%d}" if loc == "qc" else f"{d:%d/%m/%Y}"
    elif lang in ("es", "pt"):
        dm, num = f"{day} de {month}", f"{d:%d/%m/%Y}"
    elif lang == "ca":
        dm, num = f"{day} {'d' + chr(39) if month[0] in 'aeiou' else 'de '}{month}", f"{d:%d/%m/%Y}"
    elif lang == "en":
        suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        dm, num = f"{day}{suffix} of {month}", f"{d:%d/%m/%Y}"
    elif lang == "sv":
        dm, num = f"{day} {month}", f"{d:%Y-%m-%d}"
    else:  # nl, it
        dm = f"{day} {month}"
        num = f"{d.day}-{d.month}-{d.year}" if loc == "nl" else f"{d.day}/{d.month:02d}/{d.year}" if loc == "vl" else f"{d:%d/%m/%Y}"
    year = f" de {d.year}" if lang in ("es", "pt", "ca") else f" {d.year}"
    return {"long": dm + year, "dm": dm, "num": num}


def person_slots(x: str, who: Person) -> dict[str, Slot]:
    return {f"{x}_full": P("NAME", who.full), f"{x}_given": P("NAME", who.given), f"{x}_family": P("NAME", who.family),
            f"{x}_ph": P("PHONE", who.phone), f"{x}_em": P("EMAIL", who.email)}  # fmt: skip


def id_slots(rng: random.Random, loc: str, p: Person) -> dict[str, Slot]:
    d, f = p.dob, p.female
    mrn = P("MRN", fill(rng, rng.choice(["%#######", "%######", "00%#####"])))
    ident: dict[str, tuple[str, str]] = {
        "de": ("HEALTH_PLAN", ids.kvnr(rng)), "at": ("HEALTH_PLAN", ids.svnr_at(rng, d)), "ch": ("ID", ids.ahv(rng)),
        "fr": ("SSN", ids.nir(rng, 2 if f else 1, d.year, d.month)), "be": ("ID", ids.niss(rng, d, f)),
        "qc": ("HEALTH_PLAN", ids.ramq(rng, p.family, p.given, d, f)),
        "it": ("ID", ids.codice_fiscale(rng, p.family, p.given, d.year, d.month, d.day, f)),
        "es": ("ID", rng.choice([ids.dni, ids.nie])(rng)), "ca": ("ID", ids.dni(rng)), "pt": ("ID", ids.nif_pt(rng)),
        "br": ("ID", ids.cpf(rng)), "nl": ("ID", ids.bsn(rng)), "vl": ("ID", ids.niss(rng, d, f)),
        "sv": ("ID", ids.personnummer(rng, d)), "no": ("ID", ids.fnr(rng, d)), "da": ("ID", ids.cpr(rng, d, f)),
        "lb": ("ID", ids.matricule_lu(rng, d)), "ie": ("ID", ids.ppsn(rng)),
    }  # fmt: skip
    hp = {"es": ("HEALTH_PLAN", ids.nuss(rng, rng.choice(["37", "50", "06", "19", "47"]))),
          "pt": ("HEALTH_PLAN", fill(rng, "%########")), "br": ("HEALTH_PLAN", ids.cns(rng))}.get(loc, ident[loc])  # fmt: skip
    return {"id": P(*ident[loc]), "hp": P(*hp), "mrn": mrn}


def base_slots(rng: random.Random, loc: str, genders: str) -> dict[str, Slot]:
    used: set[str] = set()
    s: dict[str, Slot] = {}
    age = rng.randint(92, 97)
    people: dict[str, Person] = {}
    for x, g in zip("pqrabc", genders, strict=True):
        people[x] = draw_person(rng, loc, used, None if g == "x" else g == "f", born=2024 - age if x == "p" else 0)
        s.update(person_slots(x, people[x]))
    s.update(id_slots(rng, loc, people["p"]))
    lang = _lang(loc)
    s["age"] = P("AGE", str(age))
    s["age_w"] = P("AGE", UNITS["be" if loc == "be" else lang if lang in UNITS else "de"][age - 92])
    d1 = date(2023, 1, 10) + timedelta(days=rng.randrange(700))
    dates = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(3, 20)), "d3": d1 - timedelta(days=rng.randint(5, 60))}
    for key, d in dates.items():
        s.update({f"{key}_{k}": P("DATE", v) for k, v in date_forms(d, loc).items()})
    s["dob"] = P("DATE", date_forms(people["p"].dob, loc)["num"])
    (town, zpat), (town2, _) = rng.sample(TOWNS[loc], 2)
    n, m = rng.randint(2, 48), rng.randint(1, 5)
    line = STREET_LINE[loc].format(s=rng.choice(STREETS[loc]), n=n, m=m, n4=rng.randint(100, 2999))
    s["street"], s["zip"], s["town"], s["town2"] = P("ADDRESS", line), P("ZIP", fill(rng, zpat)), P("ADDRESS", town), P("ADDRESS", town2)
    used_months = {w for k, v in s.items() if k.startswith("d") and isinstance(v, P) for w in v.value.split()}
    months = [mo for mo in (MONTHS_AT if loc == "at" else MONTHS[lang]).split() if mo not in used_months]
    pools = {"k_drug": (_pick(DRUGS, loc), 2), "k_term": (_pick(TERMS, loc), 2), "k_dept": (_pick(DEPTS, loc), 1),
             "k_hosp": (_pick(HOSPITALS, loc), 1), "k_org": (_pick(ORGS, loc), 1), "k_region": (_pick(REGIONS, loc), 1),
             "k_country": (_pick(COUNTRIES, loc), 1), "k_wd": (_pick(WEEKDAYS, loc), 2), "k_month": (months, 1)}  # fmt: skip
    for name, (pool, k) in pools.items():
        for i, v in enumerate(rng.sample(pool, k)):
            s[name + ("" if i == 0 else str(i + 1))] = K(v)
    words = rng.sample(_pick(WORD_KEEP, loc), 2)
    s["k_word"], s["k_word2"] = ((a, K(w), b) for a, w, b in words)
    return s


# ---- templates (genders of p q r a b c: f, m or x) --------------------------------------------------------

DE_PFLEGE = """Pflegebericht Spätdienst, «k_dept»
Frau «p_family» war am Nachmittag sehr unruhig und hat vom Mittagessen kaum etwas angerührt. Gegen 15 Uhr kam ihr Sohn «q_full» mit der Enkelin «r_given», danach wurde es ruhiger. «a_given» hat den ‹Verband› am Steiß erneuert, «k_term» unverändert, ‹Wundrand› reizlos.
Frau «p_family» erzählt immer wieder, sie müsse heim nach «town2» zu den Hühnern. Laut Herrn «q_family» wohnt sie aber seit dem «d3_long» bei ihm, «street», «zip» «town». Sie ist im «age». Lebensjahr, ‹Mobilität› mit ‹Rollator› und Begleitung.
‹Bedarfsmedikation›: «k_drug» um 18:30 nach Rücksprache mit Dr. «b_family», «k_drug2» wie angeordnet. «k_word»
Herr «q_family» bittet um Rückruf unter «q_ph», tagsüber besser die Schwiegertochter «c_full» unter «c_ph». Die Entlassung ist für den «d2_dm» geplant, der ‹Überleitungsbogen› für die «k_org» ist vorbereitet.
Versichertennummer «hp», Fallnummer «mrn». ‹Übergabe› an «b_given» vom Nachtdienst um 21:15. Handzeichen «a_full».
"""

AT_HAUSARZT = """Sehr geehrte Frau Kollegin «a_family»,

ich darf Ihnen Herrn «p_full», geb. «dob», wohnhaft «street», «zip» «town», zur weiteren Betreuung übergeben. Herr «p_family» ist «age_w» Jahre alt und lebt seit dem Tod seiner Frau allein; die Tochter «q_full» aus «town2» schaut täglich vorbei und ist unter «q_ph» erreichbar.
Am «d1_long» wurde er wegen «k_term» stationär aufgenommen («k_dept», «k_hosp») und am «d2_dm» entlassen. Ich bitte um Kontrolle der ‹Nierenwerte› in zwei Wochen. ‹Medikation›: «k_drug», «k_drug2».
Der Enkel «r_given» erzählt, dass der Großvater im «k_month» zweimal gestürzt ist; die ‹Heimhilfe› («k_org») kommt nun dreimal wöchentlich, Ansprechpartnerin ist Frau «c_family» («c_em»). «k_word»
Versicherungsnummer «hp». Für Rückfragen stehe ich gerne zur Verfügung, am besten am «k_wd» vormittags.

Mit kollegialen Grüßen
Dr. «b_full», Arzt für Allgemeinmedizin
Tel. «b_ph»
"""

CH_SPITEX = """Spitex «k_region», Besuchsprotokoll
«d1_num», 08:10: Einsatz bei Frau «p_full», «street», «zip» «town». Klientin hat gut geschlafen, Blutzucker 7,8. «k_drug» gerichtet, ‹Kompressionsstrümpfe› angezogen. «a_given» hat das ‹Wochendosett› kontrolliert.
«d1_num», 17:30: Besuch durch «b_full». Die Nachbarin «c_given» war da und hat eingekauft. Frau «p_family» klagt über «k_term», Hausärztin Dr. «r_family» in «town2» informiert (Tel. «r_ph»).
«d2_num», 08:05: Der Sohn «q_given» ist aus «k_country» zurück und übernimmt das Wochenende, Natel «q_ph». «k_word»
Frau «p_family» wird am «d3_dm» «age» Jahre alt und wünscht sich ein Fest mit der ganzen ‹Familie›. AHV-Nr. «id», Krankenkasse «k_org».
‹Rapport› an die ‹Teamleitung›, «a_full».
"""

FR_TRANSMISSIONS = """Transmissions ciblées, «k_dept», chambre 12
Cible : ‹douleur›
D : Mme «p_family» se plaint du talon droit depuis le «d3_dm», EVA à 6, «k_term».
A : «k_drug» à 14 h, décharge du talon. Appel à l'interne, le Dr «b_family».
R : à 15 h, EVA à 2, Mme «p_family» s'est endormie. «k_word»
Cible : ‹entourage›
D : j'ai revu ce matin sa fille «q_full», venue en voiture depuis «town2» avec son mari «r_given». Elle souhaite être appelée au «q_ph» ou par mail à «q_em». Mme «p_family» vit seule au «street», «zip» «town», passage de l'aide à domicile le «k_wd», dossier «k_org» en cours.
A : projet de sortie expliqué, lien fait avec l'assistante sociale, «c_given».
R : retour à domicile envisagé le «d2_long», à confirmer avec le Dr «b_family».
Cible : ‹alimentation›
D : patiente âgée de «age» ans (née le «dob»), autonome avant la ‹chute›, mange la moitié des plateaux. A : ‹compléments nutritionnels›.
IDE : «a_full». IPP «mrn», NIR «id».
"""

BE_KINE = """Rapport de kinésithérapie, séance du «d1_long»
Patient : M. «p_full», NISS «id», domicilié «street» à «zip» «town».
J'ai vu M. «p_family» à domicile ce «k_wd», son épouse «q_given» était présente ainsi que leur fils «r_full», qui habite à «town2». Le patient a «age_w» ans (né le «dob») et garde une belle volonté. ‹Marche› avec canne sur 40 m, ‹équilibre› précaire, «k_term».
Exercices de renforcement et de ‹transferts›, douleurs contrôlées par «k_drug». «k_word»
Prescription du Dr «b_full», médecin traitant, à renouveler après la neuvième séance, prévue le «d2_dm». Accord de la «k_org» reçu.
En cas d'absence, prévenir sa belle-fille «c_full» au «c_ph» ou son fils au «r_ph».
«a_full», kinésithérapeute, GSM «a_ph»
"""

QC_CLSC = """Note d'évolution, «k_dept», CLSC
«d1_num» : Visite à domicile chez Mme «p_full», «street», «town» («zip»). Madame a «age» ans et demeure seule depuis le décès de son mari. Son garçon «q_given» passe la voir le soir après l'ouvrage; il reste à «town2» (cell. «q_ph»).
Mme «p_family» se dit ben fatiguée, ‹œdème› aux chevilles, «k_term». A pris «k_drug» ce matin. «k_word»
Discuté avec l'infirmière auxiliaire «a_given» et avec le Dr «b_family» (‹GMF›) : ajustement du «k_drug2» à prévoir. Elle avait été vue à l'urgence le «d3_dm».
Sa fille «r_full» (courriel : «r_em») demande une rencontre familiale le «d2_dm». Le voisin, M. «c_family», a une clé de la maison.
Carte d'assurance maladie «hp». Prochaine visite le «d2_long» si pas de nouvelles avant.
"""

IT_DIARIO = """Diario clinico, «k_dept», letto 7
«d1_num» ore 8.30: paziente vigile e collaborante. Il sig. «p_family» riferisce notte tranquilla, «k_term» in miglioramento. Proseguo «k_drug». «k_word»
«d1_num» ore 12.10: ha chiamato la nipote di «p_given», «q_full», da «town2»: chiede di parlare con il medico. Riferito alla dott.ssa «a_family». Recapito «q_ph».
«d1_num» ore 17.45: visitato con il dott. «b_full». Il paziente ha «age_w» anni e vive con la moglie «c_given» in «street», «zip» «town».
«d1_num» ore 19.30: il figlio «r_given» porta la tessera sanitaria, codice fiscale «id», nato il «dob». Si programma la dimissione per il «d2_long», ‹ADI› da attivare con l'«k_org».
"""

ES_EVOLUTIVO = """Evolutivo de enfermería, «k_dept», hab. 214
Turno de mañana, «d1_long». Doña «p_given» ha pasado buena noche según «a_given». «k_word» Tensión 130/80, pauta de «k_drug».
A las 11 vino su hija «q_full» desde «town2»; comenta que su madre vive sola en la «street», «zip» «town», y que el «d3_dm» ya se cayó en casa. Teléfono de la hija: «q_ph».
Turno de tarde. La paciente, de «age» años, se muestra inquieta, «k_term». Avisado el Dr. «b_family», pauta «k_drug2». Su nieto «r_given» se queda a dormir.
Pendiente hablar con el trabajador social, «c_full», sobre una plaza de residencia en «k_region». NUSS «hp», documento «id».
Firma: «a_full»
"""

CA_ALTA = """Informe d'alta, «k_dept»
El senyor «p_full», de «age_w» anys, nascut el «dob», amb domicili al «street», «zip» «town», va ingressar el «d3_long» per «k_term». Durant l'ingrés ha millorat amb «k_drug». «k_word»
Viu amb la seva dona, la senyora «q_given»; la filla «r_full», que viu a «town2», el visita cada dia (telèfon «r_ph»).
Alta el «d1_long» a domicili. Control amb la infermera del ‹CAP›, «a_full», i amb el Dr. «b_family» el «d2_dm».
S'ha parlat amb el treballador social, «c_given», sobre el ‹PADES›. DNI «id», NHC «mrn».
"""

PT_ENFERMAGEM = """Nota de enfermagem, «k_dept», cama 5
Turno da manhã («d1_num»): a D. «p_given» passou a noite tranquila. «k_word» Administrado «k_drug». Esteve cá o filho, «q_full», que mora em «town2»; deixou o contacto «q_ph».
A utente, com «age» anos, nascida a «dob», vive sozinha na «street», «zip» «town». A vizinha, D. «c_family», é quem lhe leva as refeições.
Turno da tarde: visita da neta «r_given». Informada a Enf.ª «a_full». O Dr. «b_family» pede análises para «k_wd», vigiar «k_term».
Nº de utente «hp», NIF «id». Alta prevista para «d2_long».
"""

BR_EVOLUCAO = """Evolução, «k_dept», leito 12, «d1_num»
Paciente «p_full», «age_w» anos, natural de «town2», reside na «street», «town» («zip»), CPF «id», cartão SUS «hp».
S: a filha «q_given» relata que o pai passou a noite agitado. «k_word»
O: PA 150/90, «k_term».
A/P: mantido «k_drug», iniciado «k_drug2». Discutido com o Dr. «b_family». Família orientada: o filho «r_full» (tel. «r_ph») vem amanhã; a nora, «c_given», prefere e-mail: «c_em».
Retorno ambulatorial em «d2_dm». Internação anterior em «d3_dm».
Enf. «a_full»
"""

NL_OVERDRACHT = """Onderwerp: overdracht mevr. «p_family» (kamer 3)

Hoi «b_given»,

Even een korte overdracht voor morgen. Mevrouw «p_full» is vandaag ‹gemobiliseerd› en loopt met de rollator naar het toilet. Ze is «age_w» en woont normaal zelfstandig aan de «street» in «town» («zip»). Haar zoon «q_full» belde vanmiddag; hij woont in «town2» en is te bereiken op «q_ph».
Ze had vannacht last van «k_term», «k_drug» gegeven om 02.00 uur. «k_word» Morgen om 10 uur visite met dokter «c_family».
Dochter «r_given» komt «k_wd» en wil graag de ‹casemanager› spreken, haar mail is «r_em».
Ontslag gepland op «d2_long», thuiszorg geregeld via «k_org». BSN «id», geb. «dob».

Groetjes,
«a_full»
Verpleegkundige «k_dept»
"""

VL_HUISARTS = """Beste collega «a_family»,

Ik stuur u meneer «p_full» door, °«dob», wonende «street», «zip» «town», rijksregisternummer «id».
Meneer «p_family» is «age» jaar en woont nog alleen; zijn dochter «q_full» uit «town2» doet de boodschappen. Sinds «d3_dm» heeft hij meer «k_term», ondanks «k_drug». «k_word»
Zijn zoon «r_given» belde mij gisteren, hij is ongerust (gsm «r_ph»). De thuisverpleegkundige van het «k_org», «c_full», komt dagelijks langs.
Graag uw advies. Ik plan een controle op «d2_long».

Met collegiale groeten,
dr. «b_full», huisarts
«b_ph», «b_em»
"""

SV_JOURNAL = """Journalanteckning, «k_dept», «d1_num»
Kontaktorsak: Uppföljning efter fall i hemmet den «d3_dm».
Aktuellt: «p_full», «id», «age_w» år, bor ensam på «street» i «town» («zip»). Sonen «q_given» bor i «town2» och ringer varje dag, tel. «q_ph». Dottern «r_full» har ‹fullmakt›.
Patienten har haft «k_term» senaste veckan. «k_word» Behandling: «k_drug» vid behov.
Bedömning: Diskuterat med distriktssköterskan «a_full» och med biståndshandläggaren «c_given» om utökad hjälp från «k_org».
Planering: Återbesök den «d2_long» hos dr «b_family». Kontakt med dottern via «r_em».
/«b_full», leg. läkare
"""

NO_EPIKRISE = """Epikrise, «k_dept»
Pasient: «p_full», f. «dob», fødselsnummer «id». Adresse: «street», «zip» «town».
Innlagt «d3_long» med «k_term». «p_given» er «age_w» år gammel og bor alene; kona døde i fjor. Datteren «q_full», som bor i «town2», er nærmeste pårørende (tlf. «q_ph»). Sønnen «r_given» er ofte på besøk.
Forløp: Behandlet med «k_drug», bedring etter tre døgn. «k_word»
Videre: Kontroll hos fastlege «b_full» innen «d2_dm». Hjemmesykepleien ved «a_full» er informert, og ergoterapeut «c_given» har vurdert hjemmet.
Utskrevet «d1_long».
"""

DA_SYGEPLEJE = """Sygeplejenotat, «k_dept», «d1_num» kl. 14.20
«p_full» (CPR «id») har haft en urolig nat. Hun er «age» år og bor til daglig alene på «street», «zip» «town». Indlagt «d3_dm».
Sønnen «q_given» kom på besøg i formiddag sammen med sin kone «c_full»; de bor i «town2». Sønnens mail: «q_em».
Obs. «k_term». Givet «k_drug» kl. 10. «k_word»
Datteren «r_given» har ringet og ønsker at blive kontaktet på «r_ph».
Aftalt med læge «b_full», at vi ser tiden an til «k_wd». Udskrivelse planlagt til «d2_long».
Sygeplejerske «a_full»
"""

LB_WHATSAPP = """[WhatsApp, Famill «p_family»]
[«d1_num» 08:12] «q_given»: Moien alleguer, d'Mamm ass gëschter Owend an de ‹Spidol› komm, si huet «k_term».
[08:15] «r_given»: Oh nee! Wou läit se?
[08:16] «q_given»: «k_hosp», «k_dept». Den Dokter «b_family» seet, et wier net sou schlëmm.
[08:20] «c_given»: Ech fuere mëttes laanscht. Soll ech eppes matbréngen?
[08:21] «q_given»: Hir Brëll an d'Pantoffelen, et läit alles doheem, «street», «zip» «town».
[08:30] «r_given»: Ech sinn haut zu «town2», ech kommen owes. Ruff mech un op «r_ph» wann eppes ass.
[09:02] «q_given»: D'Infirmière «a_full» huet ugeruff, si brauchen d'Matrikel: «id». Meng nei Nummer ass «q_ph».
[09:03] «c_given»: D'Mamm gëtt de «d2_dm» «age» Joer al 🎂
[09:05] «r_given»: Merci «c_given» ❤️ «k_word»
"""

IE_HELPDESK = """Ticket ‹INC0048213› | Priority 2 | Assigned to: ICT Service Desk
Summary: Wrong patient merged on iPM after ED registration
Raised by: «a_full» («a_em»), ext. 4417, «k_dept»

Hi lads, we've a problem since the «d1_dm». I registered a lady in ED, «p_full», DOB «dob», but the system merged her with another chart. Her MRN is «mrn» and her PPS is «id». She's «age_w» and lives at «street», «town», «zip», but the record now shows the address of her nephew «q_full» in «town2».
Her daughter «r_given» rang twice this morning on «r_ph», not impressed. Can someone from the «k_org» ‹iPM› team look at it before «k_wd»? «b_given» on nights says it happened to a second patient as well. «k_word»

Update «d2_num», «c_full» (ICT Service Desk): unmerged, both charts checked against the paper notes. Closing.
"""

TEMPLATES: list[tuple[str, str, str, str, str]] = [
    ("we33_de_pflegebericht_spaetdienst", "de", "text", "fmffmf", DE_PFLEGE),
    ("we33_at_hausarztbrief_prosa", "at", "text", "mfmfmf", AT_HAUSARZT),
    ("we33_ch_spitex_besuchsprotokoll", "ch", "text", "fmffmf", CH_SPITEX),
    ("we33_fr_transmissions_ciblees", "fr", "text", "ffmfmf", FR_TRANSMISSIONS),
    ("we33_be_rapport_kine", "be", "text", "mfmfmf", BE_KINE),
    ("we33_qc_clsc_note_evolution", "qc", "text", "fmffmm", QC_CLSC),
    ("we33_it_diario_clinico", "it", "text", "mfmfmf", IT_DIARIO),
    ("we33_es_evolutivo_enfermeria", "es", "text", "ffmfmm", ES_EVOLUTIVO),
    ("we33_ca_informe_alta_prosa", "ca", "text", "mffxmm", CA_ALTA),
    ("we33_pt_nota_enfermagem", "pt", "text", "fmffmf", PT_ENFERMAGEM),
    ("we33_br_prontuario_evolucao", "br", "text", "mfmfmf", BR_EVOLUCAO),
    ("we33_nl_overdracht_email", "nl", "text", "fmffxx", NL_OVERDRACHT),
    ("we33_vl_huisartsbericht", "vl", "text", "mfmxxf", VL_HUISARTS),
    ("we33_sv_journalanteckning", "sv", "text", "fmffxx", SV_JOURNAL),
    ("we33_no_epikrise", "no", "text", "mfmxxx", NO_EPIKRISE),
    ("we33_da_sygeplejenotat", "da", "text", "fmfxxf", DA_SYGEPLEJE),
    ("we33_lb_whatsapp_famill", "lb", "text", "ffmfmx", LB_WHATSAPP),
    ("we33_ie_helpdesk_ticket", "ie", "text", "fmfxxx", IE_HELPDESK),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, loc: str, fmt: str, genders: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe33:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc, genders), fmt)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
