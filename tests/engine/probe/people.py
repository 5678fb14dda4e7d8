"""Synthetic people for the probe: inline name/place lists per locale (no Faker), seeded draws.

Names are invented combinations of common given and family names of each culture; places are real
towns (public), but street numbers, postcodes, phones and identifiers are random. Every value is
wrapped as `P(type, value)` (PHI) or `K(value)` (must survive) so a template records its labels.
"""

from __future__ import annotations

import base64
import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe import ids


@dataclass(frozen=True, slots=True)
class P:
    """A PHI value of an identifier type (phigate IdentifierType names)."""

    type: str
    value: str


@dataclass(frozen=True, slots=True)
class K:
    """A harmless value that masking must leave intact."""

    value: str


D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + D

Slot = P | K | str | tuple  # a tuple renders its pieces in order ("Tucson" as PHI, ", AZ" as text)

NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # locale: (female given, male given, family)
    "de": (
        ["Annegret", "Henrike", "Svenja", "Friederike", "Wiebke"],
        ["Jürgen", "Ottokar", "Till", "Hartmut", "Jannik"],
        ["Albrecht-Weiß", "Hoffmeister", "Brandtner", "von Ahlefeldt", "Schäfer", "Kühnel", "Lindqvist-Ober"],
    ),
    "fr": (
        ["Aurélie", "Gaëlle", "Maëlys", "Solène", "Ségolène"],
        ["Benoît", "Thibault", "Jean-Baptiste", "Étienne", "Gwenaël"],
        ["Lefèvre", "Dubois-Marchand", "Rousseau", "de La Roche", "Garnier", "Chevrier", "Le Goff"],
    ),
    "es": (
        ["Ximena", "Maite", "Guadalupe", "Itziar", "Rocío"],
        ["Iñigo", "Ramiro", "Joaquín", "Eneko", "Fermín"],
        ["Etxeberria", "García-Olmedo", "Quintana", "Zubizarreta", "Montoya", "Arrieta", "Peñalver"],
    ),
    "it": (
        ["Ilaria", "Ornella", "Beatrice", "Loredana", "Nunzia"],
        ["Gianluca", "Raffaele", "Cosimo", "Pasquale", "Ettore"],
        ["Esposito", "Lo Russo", "D'Agostino", "Bellandi", "Marchetti", "Della Valle", "Scognamiglio"],
    ),
    "nl": (
        ["Sanne", "Femke", "Marieke", "Lieke", "Anouk"],
        ["Joost", "Bram", "Thijs", "Sjoerd", "Maarten"],
        ["van der Heijden", "de Vries", "Bakker-Smit", "Vermeulen", "van Dijk", "Hoekstra", "Brouwer"],
    ),
    "pt": (
        ["Inês", "Leonor", "Beatriz", "Conceição", "Madalena"],
        ["Gonçalo", "Joaquim", "Tiago", "Rui", "Duarte"],
        ["Carvalho", "Magalhães", "dos Santos Pereira", "Figueiredo", "Antunes", "Quaresma", "Vasconcelos"],
    ),
    "br": (
        ["Thaís", "Luana", "Jéssica", "Raíssa"],
        ["Wellington", "Thiago", "Caio", "Anderson"],
        ["Nascimento", "Albuquerque", "Cavalcanti", "da Silva Moreira", "Bezerra"],
    ),
    "sw": (
        ["Wanjiru", "Achieng", "Neema", "Zawadi", "Nyokabi"],
        ["Otieno", "Mwangi", "Baraka", "Kiprotich", "Juma"],
        ["Kamau", "Odhiambo", "Mutua", "Njoroge", "Wekesa", "Chebet", "Mwakilema"],
    ),
    "tl": (
        ["Maricel", "Divina", "Rosalinda", "Jennelyn", "Analyn"],
        ["Rodel", "Jhunrey", "Aljon", "Reynaldo", "Efren"],
        ["Dimaculangan", "Macaraeg", "Pangilinan", "Villanueva", "Soriano", "Tolentino", "Manalastas"],
    ),
    "ja": (
        ["Yui", "Akane", "Haruka", "Misaki", "Chihiro"],
        ["Haruto", "Sota", "Takumi", "Kenta", "Daisuke"],
        ["Takahashi", "Watanabe", "Kobayashi", "Yamaguchi", "Matsumoto", "Inoue", "Hasegawa"],
    ),
    "ko": (
        ["Seo-yeon", "Ha-eun", "Soo-ah", "Ji-woo", "Min-seo"],
        ["Ji-hoon", "Min-jun", "Do-yoon", "Hyun-woo", "Sung-min"],
        ["Choi", "Jung", "Kang", "Yoon", "Hwang", "Seo", "Baek"],
    ),
    "ar": (
        ["Layla", "Amira", "Fatima Zahra", "Rania", "Noor"],
        ["Youssef", "Khaled", "Tariq", "Omar", "Hamza"],
        ["Al-Haddad", "El-Masri", "Abu Ghazaleh", "Al-Qahtani", "Bin Saleh", "Nasrallah", "Al-Shamsi"],
    ),
    "gb": (
        ["Siobhan", "Imogen", "Niamh", "Philippa", "Ffion"],
        ["Callum", "Rhys", "Alistair", "Hamish", "Tobias"],
        [
            "Featherstonehaugh",
            "O'Sullivan",
            "Pryce-Jones",
            "McAllister",
            "Thistlethwaite",
            "Ashworth",
            "Cadwallader",
        ],
    ),
    "in": (
        ["Priyanka", "Lakshmi", "Deepika", "Anjali", "Kavitha"],
        ["Aarav", "Venkatesh", "Rohan", "Sandeep", "Karthik"],
        ["Raghunathan", "Chatterjee", "Deshpande", "Venkataraman", "Bhattacharya", "Iyer", "Kulkarni"],
    ),
    "ng": (
        ["Chiamaka", "Ngozi", "Adaeze", "Folasade", "Ifeoma"],
        ["Oluwaseun", "Emeka", "Babatunde", "Chinedu", "Tunde"],
        ["Okonkwo", "Adeyemi", "Obi-Balogun", "Nwachukwu", "Afolabi", "Ogunleye", "Eze"],
    ),
    "us": (
        ["Kayleigh", "Marisol", "Brielle", "Tanisha", "Dakota"],
        ["Deshawn", "Tucker", "Jaxon", "Bryce", "Ezekiel"],
        ["Kowalczyk", "Washington", "Gallagher", "Yazzie", "Szymanski", "Castellanos", "Begay"],
    ),
    "ca": (
        ["Geneviève", "Mélodie", "Kaitlyn", "Josée"],
        ["Mathieu", "Liam", "Étienne", "Gurpreet"],
        ["Tremblay", "Gagnon", "Bouchard-Lavoie", "Sandhu", "MacIsaac"],
    ),
    "au": (
        ["Tahlia", "Brooke", "Matilda", "Georgia"],
        ["Lachlan", "Angus", "Bailey", "Cooper"],
        ["Brennan", "Papadopoulos", "Nguyen-Tran", "Fitzgerald", "Kovač"],
    ),
    "vi": (
        ["Thảo", "Ngọc Anh", "Phương"],
        ["Quang", "Đức Minh", "Tuấn"],
        ["Nguyễn Văn", "Trần Thị", "Phạm", "Lê"],
    ),
    "pl": (
        ["Małgorzata", "Agnieszka", "Żaneta"],
        ["Wojciech", "Zbigniew", "Grzegorz"],
        ["Wiśniewska", "Grzybowski", "Szczepańska", "Brzęczyszczykiewicz"],
    ),
}

# locale: (street patterns, (postcode pattern, city) pairs, phone patterns, mobile patterns,
#          mail domains, country)
# '#' is a random digit, '@' an upper-case letter.
PLACES: dict[str, tuple[list[str], list[tuple[str, str]], list[str], list[str], list[str], str]] = {
    "de": (
        ["Lindenstraße #", "Am Hopfengarten #a", "Bahnhofstr. ##", "Kastanienallee ##"],
        [("803##", "München"), ("501##", "Köln"), ("041##", "Leipzig"), ("971##", "Würzburg")],
        ["089 ### ####", "+49 (0)221 #######", "0341/#######"],
        ["0171 #######", "+49 152 ########"],
        ["web.de", "gmx.de", "t-online.de"],
        "Deutschland",
    ),
    "fr": (
        ["## rue des Lilas", "# bis, allée du Moulin", "## avenue Jean-Jaurès", "## impasse des Tilleuls"],
        [("6900#", "Lyon"), ("35000", "Rennes"), ("44000", "Nantes"), ("3400#", "Montpellier")],
        ["04 ## ## ## ##", "02.##.##.##.##"],
        ["06 ## ## ## ##", "+33 7 ## ## ## ##"],
        ["orange.fr", "free.fr", "laposte.net"],
        "France",
    ),
    "es": (
        ["C/ Mayor ##, #º B", "Avda. de la Constitución ##", "Calle del Pez ##, #º izq."],
        [("280##", "Madrid"), ("4100#", "Sevilla"), ("4800#", "Bilbao"), ("5000#", "Zaragoza")],
        ["91 ### ## ##", "+34 954 ## ## ##"],
        ["6## ### ###", "+34 6## ## ## ##"],
        ["yahoo.es", "telefonica.net", "hotmail.es"],
        "España",
    ),
    "it": (
        ["Via Garibaldi ##", "Corso Vittorio Emanuele II ###", "Piazza dei Martiri #", "Vicolo Stretto ##"],
        [("201##", "Milano"), ("801##", "Napoli"), ("501##", "Firenze"), ("101##", "Torino")],
        ["02 #### ####", "+39 081 ### ####"],
        ["347 ### ####", "+39 333 #######"],
        ["libero.it", "virgilio.it", "tiscali.it"],
        "Italia",
    ),
    "nl": (
        ["Prinsengracht ###-#", "Kerkstraat ##", "Dorpsweg ###", "Molenlaan ##b"],
        [("1016 @@", "Amsterdam"), ("3511 @@", "Utrecht"), ("9711 @@", "Groningen"), ("6811 @@", "Arnhem")],
        ["020-#######", "+31 30 ### ####"],
        ["06-########", "+31 6 ## ## ## ##"],
        ["ziggo.nl", "kpnmail.nl", "planet.nl"],
        "Nederland",
    ),
    "pt": (
        ["Rua Augusta ###, #.º Esq.", "Avenida da Liberdade ##", "Travessa do Carmo ##"],
        [("1100-0##", "Lisboa"), ("4000-3##", "Porto"), ("3000-1##", "Coimbra")],
        ["21 ### ####", "+351 22 ### ####"],
        ["91# ### ###", "+351 96# ### ###"],
        ["sapo.pt", "netcabo.pt"],
        "Portugal",
    ),
    "br": (
        ["Rua das Palmeiras, ###, apto ##", "Av. Boa Viagem, ####"],
        [("01310-###", "São Paulo"), ("51020-###", "Recife")],
        ["(11) ####-####", "+55 81 ####-####"],
        ["(11) 9####-####", "+55 81 9####-####"],
        ["uol.com.br", "bol.com.br"],
        "Brasil",
    ),
    "sw": (
        ["Plot ##, Ngong Road", "House #, Moi Avenue", "Nyumba ##, Mtaa wa Kilimani"],
        [("00100", "Nairobi"), ("40100", "Kisumu"), ("80100", "Mombasa")],
        ["020 #######", "+254 20 #######"],
        ["07## ### ###", "+254 7## ######"],
        ["gmail.com", "yahoo.co.ke"],
        "Kenya",
    ),
    "tl": (
        ["Blk # Lot ## Sampaguita St., Brgy. Malanday", "### Mabini St., Brgy. Poblacion"],
        [("1100", "Quezon City"), ("6000", "Cebu City"), ("4026", "Santa Rosa")],
        ["(02) 8###-####", "+63 2 8### ####"],
        ["0917-###-####", "+63 918 ### ####"],
        ["yahoo.com.ph", "gmail.com"],
        "Philippines",
    ),
    "ja": (
        ["#-##-# Shimokitazawa, Setagaya-ku", "##-# Nishiki 3-chome, Naka-ku"],
        [("155-00##", "Tokyo"), ("460-00##", "Nagoya"), ("530-00##", "Osaka")],
        ["03-####-####", "+81 52-###-####"],
        ["090-####-####", "+81 80-####-####"],
        ["yahoo.co.jp", "docomo.ne.jp"],
        "Japan",
    ),
    "ko": (
        ["## Teheran-ro ##-gil, Gangnam-gu", "### Sejong-daero, Jung-gu"],
        [("06###", "Seoul"), ("48###", "Busan")],
        ["02-###-####", "+82 51-###-####"],
        ["010-####-####", "+82 10-####-####"],
        ["naver.com", "daum.net"],
        "South Korea",
    ),
    "ar": (
        ["Villa ##, Street ##b, Al Barsha 2", "Building ##, Al-Rabieh Street", "Apt ##, Tower #, Al Nahda"],
        [("", "Dubai"), ("111##", "Amman"), ("", "Sharjah")],
        ["+971 4 ### ####", "06 #######"],
        ["+971 50 ### ####", "+962 79 ### ####"],
        ["hotmail.com", "eim.ae"],
        "United Arab Emirates",
    ),
    "gb": (
        ["Flat #, ## Ashgrove Terrace", "## Wrenfield Close", "#a Pendle View"],
        [("LS6 #JB", "Leeds"), ("CH2 #PR", "Chester"), ("CF14 #DX", "Cardiff"), ("EH9 #QT", "Edinburgh")],
        ["0113 ### ####", "+44 29 #### ####", "(0131) ### ####"],
        ["07### ######", "+44 7### ### ###"],
        ["btinternet.com", "sky.com"],
        "United Kingdom",
    ),
    "in": (
        ["Flat ###, Sai Krupa Apartments, ##th Cross, Indiranagar", "H.No. #-#-###/@, Ameerpet"],
        [("5600##", "Bengaluru"), ("5000##", "Hyderabad"), ("4110##", "Pune")],
        ["080-#######", "+91 40 #### ####"],
        ["+91 98### #####", "9#########"],
        ["rediffmail.com", "gmail.com"],
        "India",
    ),
    "ng": (
        ["## Adeola Odeku Street, Victoria Island", "Plot ##, Ogui Road"],
        [("1012##", "Lagos"), ("4001##", "Enugu")],
        ["01 ### ####", "+234 1 ### ####"],
        ["0803 ### ####", "+234 806 ### ####"],
        ["yahoo.com", "gmail.com"],
        "Nigeria",
    ),
    "us": (
        ["#### Wabash Hollow Rd Apt #C", "### N Kedzie Ave", "## Old Mill Ln"],
        [("857##", "Tucson, AZ"), ("606##", "Chicago, IL"), ("871##", "Albuquerque, NM")],
        ["(520) ###-####", "312.###.####"],
        ["505-###-####", "+1 (773) ###-####"],
        ["gmail.com", "icloud.com"],
        "United States",
    ),
    "ca": (
        ["## Rue Saint-Denis, app. #", "#### Wellington Cres"],
        [("H2X #K8", "Montréal, QC"), ("R3M #B6", "Winnipeg, MB")],
        ["(514) ###-####", "204-###-####"],
        ["438 ### ####", "+1 204 ### ####"],
        ["videotron.ca", "shaw.ca"],
        "Canada",
    ),
    "au": (
        ["Unit #/## Brunswick Pde", "## Wattle Grove"],
        [("30##", "Fitzroy VIC"), ("48##", "Cairns QLD")],
        ["(03) #### ####", "+61 7 #### ####"],
        ["04## ### ###", "+61 4## ### ###"],
        ["bigpond.com", "optusnet.com.au"],
        "Australia",
    ),
    "vi": (
        ["Số ## Ngõ ## Phố Huế, Hai Bà Trưng"],
        [("", "Hà Nội")],
        ["024 #### ####"],
        ["09## ### ###"],
        ["gmail.com"],
        "Vietnam",
    ),
    "pl": (
        ["ul. Kwiatowa ##/#", "al. Jerozolimskie ###"],
        [("00-###", "Warszawa"), ("31-###", "Kraków")],
        ["22 ### ## ##"],
        ["+48 6## ### ###", "5## ### ###"],
        ["wp.pl", "onet.pl"],
        "Polska",
    ),
}

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "sw": [
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ],
    "tl": [
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ],
}


def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit (the first of a run is never 0: house numbers), '@' an upper-case letter."""
    out = []
    for i, c in enumerate(pattern):
        if c == "#":
            out.append(rng.choice("0123456789" if i and pattern[i - 1] == "#" else "123456789"))
        else:
            out.append(rng.choice("ABDEFHJLNPRTWXZ") if c == "@" else c)
    return "".join(out)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-_"))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: date, lang: str) -> list[str]:
    """How a date is written in `lang` (every form carries the day: Safe Harbor item 3)."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    en = MONTHS["en"][d.month - 1]
    forms = {
        "de": [
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}. {m} {d.year}",
            f"{d.day}.{d.month}.{d.year % 100:02d}",
        ],
        "fr": [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {m} {d.year}",
            f"1er {m} {d.year}" if d.day == 1 else f"{d.day} {m} {d.year}",
        ],
        "es": [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} de {m} de {d.year}",
            f"{d.day}-{d.month}-{d.year}",
        ],
        "it": [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}", f"{d.day}.{d.month}.{d.year}"],
        "nl": [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {m} {d.year}"],
        "pt": [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} de {m} de {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
        ],
        "sw": [f"{d.day}/{d.month}/{d.year}", f"{d.day} {m} {d.year}"],
        "tl": [f"{m} {d.day}, {d.year}", f"{d.day}/{d.month}/{d.year}"],
        "ja": [
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.year}.{d.month}.{d.day}",
        ],
        "ko": [
            f"{d.year}. {d.month}. {d.day}.",
            f"{d.year}년 {d.month}월 {d.day}일",
            f"{d.year}.{d.month:02d}.{d.day:02d}",
        ],
        "gb": [
            f"{ordinal(d.day)} {en} {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day}-{en[:3]}-{d.year}",
        ],
        "us": [
            f"{en} {ordinal(d.day)}, {d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{en[:3]}-{d.day:02d}-{d.year}",
            f"{en[:3].upper()} {d.day} {d.year}",
        ],
    }
    return forms.get(lang, forms["gb"])


LANG_OF = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pt": "pt",
    "br": "pt",
    "sw": "sw",
    "tl": "tl",
    "ja": "ja",
    "ko": "ko",
    "ar": "gb",
    "gb": "gb",
    "in": "gb",
    "ng": "gb",
    "us": "us",
    "ca": "us",
    "au": "gb",
    "vi": "gb",
    "pl": "de",
}


def person(rng: random.Random, loc: str) -> dict[str, Slot]:
    """Every slot a probe template may name, for one person of locale `loc`."""
    fem_given, male_given, families = NAMES[loc]
    female = rng.random() < 0.5
    given = rng.choice(fem_given if female else male_given)
    family = rng.choice(families)
    rel_given = rng.choice([g for g in (male_given if female else fem_given) if g != given])
    other_family = rng.choice([f for f in families if f != family and f.split()[-1] not in family])
    other_given = rng.choice([g for g in fem_given + male_given if g not in (given, rel_given)])
    streets, towns, phones, mobiles, domains, country = PLACES[loc]
    postcode_pat, city = rng.choice(towns)
    lang = LANG_OF[loc]
    dob = date(rng.randint(1931, 2004), rng.randint(1, 12), rng.randint(1, 28))
    visit = date(2023, 1, 1) + timedelta(days=rng.randint(0, 600))
    v2 = visit + timedelta(days=rng.randint(2, 20))
    v3 = v2 + timedelta(days=rng.randint(21, 60))
    local = (
        ascii_fold(given.split()[0]).lower()
        + rng.choice([".", "_", ""])
        + ascii_fold(family.split()[-1]).lower()
    )
    local = local.replace("'", "") + (str(dob.year % 100) if rng.random() < 0.5 else "")
    fmt = lambda d: P("DATE", rng.choice(date_forms(d, lang)))  # noqa: E731
    old_age = rng.randint(90, 103)
    return {
        "loc": loc,
        "lang": lang,
        "female": "1" if female else "",
        "name": P("NAME", f"{given} {family}"),
        "given": P("NAME", given),
        "family": P("NAME", family),
        "FAMILY": P("NAME", family.upper()),
        "rel": P("NAME", f"{rel_given} {family}"),
        "rel_given": P("NAME", rel_given),
        "other": P("NAME", f"{other_given} {other_family}"),
        "street": P("ADDRESS", fill(rng, rng.choice(streets))),
        "city": (P("ADDRESS", city.split(",")[0]), "," + city.split(",")[1])
        if "," in city
        else (P("ADDRESS", city.rsplit(" ", 1)[0]), " " + city.rsplit(" ", 1)[1])
        if loc == "au"
        else P("ADDRESS", city),
        "postcode": P("ZIP", fill(rng, postcode_pat)) if postcode_pat else "",
        "country": K(country),
        "phone": P("PHONE", fill(rng, rng.choice(phones))),
        "mobile": P("PHONE", fill(rng, rng.choice(mobiles))),
        "mobile2": P("PHONE", fill(rng, rng.choice(mobiles))),
        "fax": P("FAX", fill(rng, rng.choice(phones))),
        "email": P("EMAIL", f"{local}@{rng.choice(domains)}"),
        "dob": fmt(dob),
        "dob_iso": P("DATE", dob.isoformat()),
        "dob_py": P("DATE", f"{dob.year}, {dob.month}, {dob.day}"),
        "dob_compact": P("DATE", dob.strftime("%Y%m%d")),
        "visit": fmt(visit),
        "visit2": fmt(v2),
        "visit3": fmt(v3),
        "visit_iso": P("DATE", f"{visit.isoformat()}T{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:00Z"),
        "visit_short": P(
            "DATE",
            rng.choice(
                [f"{v2.day}/{v2.month}", f"{v2.day} {MONTHS.get(lang, MONTHS['en'])[v2.month - 1]}"]
                + ([f"{MONTHS['en'][v2.month - 1][:3]} {v2.day}"] if lang in ("gb", "us") else [])
            ),
        ),
        "old_age": P("AGE", str(old_age)),
        "young_age": str(rng.randint(34, 79)),
        "year": str(dob.year),
        # identifiers (generic formats; national ones below)
        "mrn": P(
            "MRN",
            rng.choice(
                [
                    ids.digits(rng, 8),
                    f"{ids.token(rng, 2, 'ABCDEFGHKLMNPRSTUVWXYZ')}{ids.digits(rng, 7)}",
                    f"{ids.digits(rng, 3)}-{ids.digits(rng, 3, D)}-{ids.digits(rng, 2, D)}",
                ]
            ),
        ),
        "account": P("ACCOUNT", ids.digits(rng, 10)),
        "iban_de": P("ACCOUNT", ids.iban(rng, "DE")),
        "iban_nl": P("ACCOUNT", ids.iban(rng, "NL")),
        "iban_fr": P("ACCOUNT", ids.iban(rng, "FR")),
        "iban_es": P("ACCOUNT", ids.iban(rng, "ES")),
        "iban_it": P("ACCOUNT", ids.iban(rng, "IT")),
        "iban_gb": P("ACCOUNT", ids.iban(rng, "GB")),
        "iban_pt": P("ACCOUNT", ids.iban(rng, "PT")),
        "nhs": P("ID", ids.nhs_number(rng)),
        "bsn": P("ID", ids.bsn(rng)),
        "nir": P("ID", ids.nir(rng, 2 if female else 1, dob.year, dob.month)),
        "kvnr": P("HEALTH_PLAN", ids.kvnr(rng)),
        "cf": P("ID", ids.codice_fiscale(rng, family, given, dob.year, dob.month, dob.day, female)),
        "hcn_on": P("HEALTH_PLAN", ids.ontario_hcn(rng)),
        "ramq": P(
            "HEALTH_PLAN",
            f"{ascii_fold(family)[:3].upper()}{ascii_fold(given)[0].upper()} "
            f"{dob.year % 100:02d}{dob.month + (50 if female else 0):02d} "
            f"{dob.day:02d}{ids.digits(rng, 2, D)}",
        ),
        "medicare_au": P("HEALTH_PLAN", ids.medicare_au(rng)),
        "aadhaar": P("ID", ids.aadhaar_like(rng)),
        "dni": P("ID", ids.dni(rng)),
        "nif": P("ID", ids.nif_pt(rng)),
        "sns": P("HEALTH_PLAN", ids.digits(rng, 9)),
        "cpf": P("ID", ids.cpf(rng)),
        "rrn": P("ID", ids.korean_rrn(rng, dob.year, dob.month, dob.day, female)),
        "eid": P("ID", ids.emirates_id(rng, dob.year)),
        "philhealth": P("HEALTH_PLAN", f"{ids.digits(rng, 2)}-{ids.digits(rng, 9, D)}-{ids.digits(rng, 1)}"),
        "nhif": P("HEALTH_PLAN", ids.digits(rng, 8)),
        "kenya_id": P("ID", ids.digits(rng, 8, "23")),
        "ssn": P(
            "SSN", f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
        ),
        "mbi": P(
            "HEALTH_PLAN",
            f"{rng.randint(1, 9)}{ids.token(rng, 1, MBI_A)}{ids.token(rng, 1, MBI_AN)}"
            f"{rng.randint(0, 9)}-{ids.token(rng, 1, MBI_A)}{ids.token(rng, 1, MBI_AN)}"
            f"{rng.randint(0, 9)}-{ids.token(rng, 2, MBI_A)}{rng.randint(10, 99)}",
        ),
        "passport": P(
            "ID",
            rng.choice(
                [
                    ids.digits(rng, 9),
                    "C" + ids.token(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
                    ids.token(rng, 1, "JKLMNPRSTUVZ") + ids.digits(rng, 7),
                    "P" + ids.digits(rng, 7) + rng.choice("ABC"),
                    "TK" + ids.digits(rng, 7),
                ]
            ),
        ),
        "name_rev": P("NAME", f"{family} {given}"),
        "name_nasab": P("NAME", f"{given} {'bint' if female else 'bin'} {rng.choice(male_given)} {family}"),
        "tessera": P("HEALTH_PLAN", "80380" + ids.digits(rng, 15, "0123456789")),
        "cns": P("HEALTH_PLAN", rng.choice("78") + ids.digits(rng, 14, "0123456789")),
        "abha": P("HEALTH_PLAN", f"91-{ids.digits(rng, 4)}-{ids.digits(rng, 4)}-{ids.digits(rng, 4)}"),
        "nhis": P("HEALTH_PLAN", f"NHIS/{ids.digits(rng, 6)}/{ids.digits(rng, 4, D)}"),
        "pesel": P("ID", ids.pesel(dob.year, dob.month, dob.day, rng, female)),
        "icvp": P("ID", f"{ids.token(rng, 2, UP)}{ids.digits(rng, 7)}"),
        "passport2": P("ID", ids.digits(rng, 9)),
        "nhi_jp": P("HEALTH_PLAN", ids.digits(rng, 8, "0")),
        "dl": P(
            "LICENSE",
            rng.choice(
                [
                    f"D{ids.digits(rng, 7, D)}",
                    f"{ascii_fold(family)[:5].upper():9<5}"
                    f"{dob.year % 100 // 10}{ids.digits(rng, 5, D)}{ids.token(rng, 2, UP)}",
                    f"B{ids.digits(rng, 2, D)}-{ids.digits(rng, 6, D)}",
                ]
            ),
        ),
        "plate": P(
            "VEHICLE",
            rng.choice(
                [
                    fill(rng, "@@## @@@"),
                    fill(rng, "M-@@ ####"),
                    fill(rng, "KA ## @@ ####"),
                    fill(rng, "##-@@@-#"),
                    fill(rng, "@@@ ####"),
                ]
            ),
        ),
        "vin": P("VEHICLE", ids.vin(rng)),
        "imei": P("DEVICE", ids.imei(rng)),
        "mac": P("DEVICE", ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))),
        "serial": P(
            "DEVICE",
            rng.choice(
                [
                    f"PJN{ids.digits(rng, 6)}S",
                    f"SN-{ids.token(rng, 4, UP)}-{ids.digits(rng, 6)}",
                    f"{ids.digits(rng, 3)}{ids.token(rng, 3, UP)}{ids.digits(rng, 4)}",
                ]
            ),
        ),
        "ipv4": P(
            "IP",
            f"{rng.choice([10, 172, 192, 81, 93])}.{rng.randint(0, 255)}."
            f"{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ),
        "ipv6": P(
            "IP", f"2001:db8:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
        ),
        "portal_url": P(
            "URL",
            f"https://portal.{rng.choice(['clinic-example', 'gezond-voorbeeld', 'salud-ejemplo'])}.org/"
            f"patients/{ids.digits(rng, 6)}/records?view=full",
        ),
        "social_url": P("URL", f"https://www.facebook.com/{local.replace('.', '')}"),
        "gql_id": P("ID", base64.b64encode(f"Patient:{ids.digits(rng, 6)}".encode()).decode()),
        "claim": P("ID", f"CLM-{visit.year}-{ids.digits(rng, 7, D)}"),
        "accession": P("ID", f"ACC{ids.digits(rng, 9)}"),
        "rx": P("ID", f"RX {ids.digits(rng, 7)}"),
        "member": P("HEALTH_PLAN", f"{ids.token(rng, 3, UP)}{ids.digits(rng, 9)}"),
        "group": P("HEALTH_PLAN", f"GRP-{ids.digits(rng, 5)}"),
        "pw": P("CREDENTIAL", ids.token(rng, 6) + rng.choice("!#%&*") + ids.token(rng, 5)),
        "pw2": P("CREDENTIAL", ids.token(rng, 14)),
        "ghtoken": P("CREDENTIAL", "ghp_" + ids.token(rng, 36)),
        "slacktoken": P(
            "CREDENTIAL", f"xoxb-{ids.digits(rng, 12)}-{ids.digits(rng, 13)}-{ids.token(rng, 24)}"
        ),
        "jwt": P(
            "CREDENTIAL",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + base64.urlsafe_b64encode(f'{{"sub":"{ids.digits(rng, 6)}","scope":"patient/*.read"}}'.encode())
            .decode()
            .rstrip("=")
            + "."
            + ids.token(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        ),
        "awskey": P("CREDENTIAL", "AKIA" + ids.token(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        "awssecret": P(
            "CREDENTIAL",
            ids.token(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"),
        ),
    }


def fill_same(draw: str, pattern: str) -> str:
    """`pattern` with its # replaced, in order, by the digits of `draw`."""
    it = iter(draw)
    return "".join(next(it) if c == "#" else c for c in pattern)
