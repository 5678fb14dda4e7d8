# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-second probe: ambient clinical documentation ("AI scribe") text
in English from the United States, Canada, the United Kingdom, Ireland, Australia, New Zealand, South Africa,
India and the Philippines (synthetic only; no real patient, relative or member of staff).

Name words: Zulu, Xhosa, Sotho / Tswana, Venda and Tsonga, Afrikaans and Cape Malay families; Telugu,
Malayalam and Kodava, Bengali, Odia and Assamese, Gujarati, Goan Catholic, Mizo, Khasi and Naga names;
Tagalog, Cebuano, Maranao and Chinese-Filipino names; Haitian Creole, Armenian and Lebanese names; Inuit and
Métis, Diné, Arrernte and Warlpiri, Fijian and Cook Islands names; Cornish, Manx and old English names -- all
drawn from the probe writer's knowledge of those naming traditions and combined at random, so never a real
person. Pet names (NICK) are the ones families use ("Thando", "Ammu", "Chinnu"). They were checked against
every string of the people tables of probes 1-81 before any measurement (test_probe82: no shared name word).

Towns and streets are invented; states, provinces, counties and regions are real and are plain text inside an
address. Numbers are random; identifiers carry their scheme's check digits (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe82 import ids
from tests.engine.probe82.ids import fill

__all__ = ["LOCS", "NAMES", "NICK", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "zulu": (["Thandekile", "Sbongile", "Ntombifuthi", "Nozipho", "Bonisiwe", "Nomcebo"], ["Lindani", "Zenzele", "Sphamandla", "Siyanda", "Mfundo"],
             ["Shezi", "Mdletshe", "Nzuza", "Biyela", "Ndwandwe", "Mathenjwa"]),
    "xhosa": (["Nomathemba", "Noluvuyo", "Buhle", "Asiphe", "Nomalungelo", "Nosiphiwo", "Ayandiswa", "Nosisa"], ["Khayalethu", "Mzimkhulu", "Lungisa", "Mawethu", "Zwelinzima"],
              ["Mgqweto", "Sokutu", "Ngqola", "Qegu", "Makhubalo", "Mtyobile", "Mabandla", "Nqadini", "Mpendukana", "Dumezweni", "Zantsi"]),
    "sotho_tswana": (["Keitumetse", "Tshegofatso", "Mmathapelo", "Tshepiso", "Itumeleng", "Reabetswe", "Onthatile"], ["Thapelo", "Mahlatse", "Moeketsi", "Kamohelo", "Tlotlo", "Bokang", "Letlhogonolo", "Gaolatlhe"],
                     ["Letsoalo", "Mokgadi", "Tlhapane", "Sekhukhune", "Ramokgopa", "Seabi", "Mokwena", "Kgosana", "Moletsane", "Tsotetsi", "Lekgoathi", "Ntsekhe", "Mphahlele", "Setshedi", "Kgatle"]),
    "venda_tsonga": (["Mpfareleni", "Tshilidzi", "Ndivhuwo", "Rudzani", "Khathutshelo", "Hlulani", "Nyiko", "Tsakani", "Ntsako", "Vongani"],
                     ["Mashudu", "Ndivhuho", "Fulufhelo", "Khensani", "Rhulani", "Hlengani", "Tiyani"],
                     ["Netshitenzhe", "Ramabulana", "Mudau", "Nemukula", "Chauke", "Shirinda", "Rikhotso", "Ngobeni", "Mabunda"]),
    "afrikaans": (["Hanlie", "Magrietha", "Ansie", "Marthie", "Truida", "Rensia", "Hendrina", "Sarie"], ["Dawie", "Tjaart", "Izak", "Theuns", "Louwtjie", "Ockert"],
                  ["Visagie", "Breytenbach", "Loubser", "Greeff", "Cloete", "Loubser-Greeff"]),
    "cape_malay": (["Fatiema", "Mymoena", "Rugaya", "Waseela", "Zulpha"], ["Achmat", "Ebrahim", "Toufiek", "Shaheed", "Riedwaan"],
                   ["Salie", "Samsodien", "Kamaldien", "Gamieldien", "Toefy", "Kannemeyer"]),
    "telugu": (["Varalakshmi", "Kanakadurga", "Annapurna", "Bhanumathi"], ["Srinivasa", "Ramakrishna", "Anjaneyulu", "Koteswara", "Ranganayakulu", "Narasimharao", "Bhaskararao", "Venkataramana"],
               ["Kothapalli", "Chintalapudi", "Akkineni", "Pothuri", "Gorrepati", "Maddipati", "Rayapati", "Jasti", "Devineni"]),
    "malayali_kodava": (["Sreelekha", "Shobhana", "Deepthi", "Greeshma", "Aswathi", "Rajalakshmi", "Mollykutty", "Annamma", "Saramma", "Kunjamma"],
                        ["Shivakumar", "Siddaramaiah", "Jayaram", "Poovaiah", "Cariappa", "Nanjappa"],
                        ["Kunnumpurath", "Mannarakkal", "Kalathil", "Muthanna", "Bopanna", "Ponnappa", "Kalappura"]),
    "bengali_odia": (["Bhaswati", "Jahnabi", "Shampa", "Jhumpa", "Oindrila", "Sohini"], ["Subhendu", "Himanshu", "Sabyasachi", "Shubhankar", "Tapobrata", "Bidyut"],
                     ["Satapathy", "Borgohain", "Kakoti", "Pattnaik", "Senapati", "Mahanty", "Sahoo"]),
    "gujarati_goan": (["Taruben", "Daxaben", "Marietta"], ["Harshadbhai", "Ishwarlal", "Chimanlal", "Manubhai", "Agnelo", "Inacio"],
                      ["Morjaria", "Raichura", "D'Souza", "Menezes", "Noronha", "Colaco", "Gracias", "Milagres"]),
    "northeast_india": (["Lalrinpuii", "Lalhmingmawii", "Zothanpuii", "Ibadahun", "Akali"], ["Lalremruata", "Vanlalruata", "Zoramthanga", "Ibandaplin", "Kyrmen", "Temjen", "Imkong", "Wanphrang"],
                        ["Longkumer", "Hmar", "Ralte", "Khiangte", "Sailo", "Pachuau", "Ngaihte"]),
    "tagalog": (["Luningning", "Mutya", "Amihan", "Hiraya", "Lailani", "Floramie", "Gloriosa", "Marilag", "Maningning", "Maricar", "Concepcion"], ["Magtanggol", "Crisostomo", "Policarpio", "Sisenando", "Dominador", "Hermogenes"],
                ["Liwanag", "Talusan", "Culala", "Dimacali", "Sibayan", "Malonzo"]),
    "visayan": (["Rubylyn", "Jennilyn", "Leizel", "Chona"], ["Jessiel", "Crispulo", "Nonito"], ["Tabanao", "Ragasa", "Guingona"]),
    "maranao": (["Sittie", "Noraida", "Potri", "Norhanie", "Johaira"], ["Saripada", "Macapanton", "Alimoden", "Casan", "Pendatun"], ["Mangundayao", "Pangandaman", "Macarambon", "Alonto", "Lucman", "Dimaporo", "Tomawis", "Balindong", "Macabangkit"]),
    "chinoy": ([], [], ["Yuchengco", "Tantoco", "Sycip", "Dychiao", "Ongpin", "Coyiuto", "Laperal"]),
    "haitian": (["Rosemitha", "Nerline", "Myrlande"], ["Ulrick", "Fritzgerald", "Fednel", "Ducarmel", "Prophète"],
                ["Dorvilier", "Fénélus", "Orélien", "Pluviose", "Estimé", "Délva", "Mondésir", "Dorméus", "Beauplan", "Pétion"]),
    "armenian_lebanese": (["Takouhi", "Mayda", "Nayiri", "Araxie", "Siroun", "Alidz", "Lucine"], ["Haroutioun", "Khachig", "Chucri"],
                          ["Boghosian", "Karagozian", "Yeghiayan", "Tcholakian", "Arzoumanian", "Bakalian", "Gulesserian", "Kazanjian", "Chalhoub", "Zgheib", "Abdelnour", "Nakhoul"]),
    "inuit_metis": (["Uqsuralik", "Kallik", "Panniq", "Ulaajuk", "Tapea", "Kenojuak", "Napachie"], ["Qajaq", "Amaruq", "Nanuq", "Nuvuk", "Kiviuq", "Jaypetee", "Tomassie"],
                    ["Anilniliak", "Karetak", "Ittusardjuat", "Ashoona", "Pudlat", "Oonark", "Laboucane"]),
    "dine": (["Ayita", "Hozhoni"], ["Hastiin", "Tsela", "Bidzii"], ["Tohtsoni"]),
    "central_desert": (["Kumarri", "Mirrilee", "Tjanpi"], ["Jandamarra"], ["Perrurle", "Mpetyane", "Pwerle", "Kemarre", "Ampetyane", "Kantawarra", "Ngalkin", "Granites"]),
    "fijian_cook": (["Akesa", "Senimili", "Mereseini", "Ngapoko"], ["Savenaca", "Mamae"], ["Vunibola", "Volavola", "Cakacaka", "Matanatabu", "Delairewa", "Taripo", "Maoate", "Waiaka"]),
    "cornish_manx_english": (["Idony"], ["Hereward", "Leofric", "Illtud"], ["Kneen", "Ffoulkes", "Snaith", "Trevelyan", "Gelling", "Tyrwhitt", "Marjoribanks", "Oxenbury"]),
}  # fmt: skip
# the pet name a patient or relative goes by
NICK = {"Thandekile": "Thando", "Annamma": "Ammu", "Sreelekha": "Chinnu", "Mollykutty": "Kunju", "Bhaswati": "Pinki", "Lalremruata": "Lalu",
        "Luningning": "Ningning", "Maningning": "Ning", "Policarpio": "Poli", "Magrietha": "Grieta", "Narasimharao": "Chotu", "Shivakumar": "Appu",
        "Fritzgerald": "Fritz", "Ndivhuwo": "Ndivhu"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (abbreviation, invented towns)
    streets: tuple[str, ...]  # "%#|Name Street": the house number pattern and the street, spoken apart
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", {"Louisiana": ("LA", ("Bayou Gravenne", "Lac Verret Landing")), "Arizona": ("AZ", ("Kinlichee Springs", "Cottonwood Mesa Flats")),
               "Massachusetts": ("MA", ("Upper Mattakeeset", "Mattapan Hollow")), "California": ("CA", ("Little Yerevan Heights", "Sunland Arroyo East"))},
        ("%##|Bayou Carencro Rd", "%###|N Saguaro Loop", "%#|Cummins Hwy Apt %", "%###|Ararat Ave", "%##|Dry Wash Road"),
        ("(^##) ^##-####", "^##-^##-####"), ("gmail.com", "yahoo.com", "icloud.com", "outlook.com"),
        ("haitian", "armenian_lebanese", "dine", "gujarati_goan", "tagalog", "telugu")),
    Loc("CA", {"Nunavut": ("NU", ("Qimmiit Point", "Tasiujaq Landing")), "Quebec": ("QC", ("Saint-Michel-des-Érables", "Pointe-aux-Trembles Est")),
               "Alberta": ("AB", ("Métis Crossing Flats", "Buffalo Lake Settlement")), "Ontario": ("ON", ("Malvern Ravine", "Thistletown West"))},
        ("%##|Iqaluit Road", "%###|rue Bélanger", "%###|118 Ave NW", "%#|Finch Ave W, Unit %##", "Box %##|Settlement Road"),
        ("(^##) ^##-####", "^##-^##-####"), ("gmail.com", "hotmail.ca", "videotron.ca", "shaw.ca"),
        ("inuit_metis", "haitian", "armenian_lebanese", "gujarati_goan", "tagalog", "malayali_kodava")),
    Loc("UK", {"England": ("", ("Fenny Marsh", "Leytonstone Vale", "Whitechapel Fields")), "Cornwall": ("", ("Trevarnon Churchtown", "Penwithick Downs")),
               "Wales": ("", ("Cwm Tawel", "Llanfair Isaf"))},
        ("%#|Kernow Terrace", "Flat %, %#|Brick Lane Buildings", "%##|Ilford Lane", "%#|Heol y Nant", "%#|Chapel Meadow"),
        ("07^## ######", "+44 7^## ######"), ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"),
        ("bengali_odia", "gujarati_goan", "cornish_manx_english", "malayali_kodava", "cape_malay", "tagalog")),
    Loc("IE", {"Galway": ("Co. Galway", ("Cloonfad East", "Rathmoylan Cross")), "Dublin": ("Dublin", ("Clonsilla Vale", "Tyrrelstown Park")),
               "Kildare": ("Co. Kildare", ("Maynooth Rural", "Kilteel Upper"))},
        ("%#|Páirc na Coille", "Apt %#, Block %|Ashbury Court", "%##|Tyrrelstown Avenue", "%#|Ascaill an Chnoic"),
        ("08^ ### ####", "+353 8^ ### ####"), ("gmail.com", "eircom.net", "outlook.ie", "yahoo.ie"),
        ("malayali_kodava", "tagalog", "visayan", "cornish_manx_english", "afrikaans", "bengali_odia")),
    Loc("AU", {"Northern Territory": ("NT", ("Alkngarrinthe Outstation", "Ltyentye Soak")), "Queensland": ("QLD", ("Wattle Creek Siding", "Kurrajong Flat")),
               "New South Wales": ("NSW", ("Blacktown West Gardens", "Marsden Ridge"))},
        ("Lot %#|Outstation Road", "%#|Kookaburra Crescent", "%##|Great Western Hwy", "Unit %/%#|Jacaranda Street"),
        ("04## ### ###", "+61 4## ### ###"), ("gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"),
        ("central_desert", "fijian_cook", "afrikaans", "telugu", "tagalog", "zulu")),
    Loc("NZ", {"Auckland": ("", ("Ōtara East", "Māngere Bridge Heights")), "Canterbury": ("", ("Waimangaroa Flat", "Kaiapoi North")),
               "Wellington": ("", ("Kaiwharawhara Heights", "Cannons Creek Upper"))},
        ("%#|Kōwhai Street", "%##|Great South Road", "%#/%##|Pūriri Avenue", "%#|Tītoki Place"),
        ("021 ### ####", "022 ### ####", "+64 21 ### ####"), ("gmail.com", "xtra.co.nz", "outlook.co.nz", "yahoo.co.nz"),
        ("fijian_cook", "afrikaans", "tagalog", "gujarati_goan", "xhosa", "visayan")),
    Loc("ZA", {"KwaZulu-Natal": ("KZN", ("Esikhaleni Heights", "KwaNgcolosi Village")), "Eastern Cape": ("EC", ("Ngqamakhwe Farms", "Emzimvubu Flats")),
               "Limpopo": ("LP", ("Tshikombani Village", "Giyani Section F")), "Gauteng": ("GP", ("Mabopane Block X", "Soshanguve Ext 19")),
               "Western Cape": ("WC", ("Schotschekloof Heights", "Rocklands Upper"))},
        ("%##|Inkosi Albert Luthuli Street", "Stand %###|Mphephu Road", "%#|Wale Street", "%###|Section D, Ntuzuma Drive", "%#|Jakaranda Laan"),
        ("0^# ### ####", "+27 ^# ### ####"), ("gmail.com", "webmail.co.za", "vodamail.co.za", "mweb.co.za"),
        ("zulu", "xhosa", "sotho_tswana", "venda_tsonga", "afrikaans", "cape_malay")),
    Loc("IN", {"Kerala": ("KL", ("Puthenvelikkara North", "Kuttanad Edathua")), "Andhra Pradesh": ("AP", ("Chirala Rural", "Gollapudi Colony")),
               "Odisha": ("OD", ("Nayapalli Sector 4", "Baramunda Basti")), "Mizoram": ("MZ", ("Bawngkawn South", "Zarkawt Veng")),
               "Goa": ("GA", ("Aldona Waddo", "Porvorim Alto"))},
        ("House No. %#|Temple Road", "%-##|Gandhi Nagar 2nd Cross", "Flat %0%, %|Sai Residency", "%##|Church Road, Ward %"),
        ("+91 9#### #####", "9#### #####", "8#### #####"), ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
        ("telugu", "malayali_kodava", "bengali_odia", "gujarati_goan", "northeast_india")),
    Loc("PH", {"Metro Manila": ("NCR", ("Barangay Kalumpang Silangan", "Barangay Maybunga Ilaya")), "Cebu": ("Cebu", ("Poblacion Tabunok Norte", "Barangay Mabolo Dos")),
               "Lanao del Sur": ("LDS", ("Barangay Lumbac Marawi", "Poblacion Bayang Sur")), "Pampanga": ("Pampanga", ("Barangay Sindalan Dos", "Poblacion Lubao Sur"))},
        ("Blk %# Lot %#|Phase 2, Mahogany St", "%##|P. Burgos Street", "%#|Katipunan Extension", "Unit %0%, %|Tower Camella Residences"),
        ("09## ### ####", "+63 9## ### ####"), ("gmail.com", "yahoo.com.ph", "outlook.com", "ymail.com"),
        ("tagalog", "visayan", "maranao", "chinoy")),
]}  # fmt: skip

POSTCODE = {"US": {"LA": "70###", "AZ": "865##", "MA": "021##", "CA": "91###"}, "AU": {"NT": "08##", "QLD": "4###", "NSW": "2###"},
            "NZ": {"Auckland": "2###", "Canterbury": "7###", "Wellington": "5###"}, "ZA": {"KZN": "4###", "EC": "5###", "LP": "09##", "GP": "0###", "WC": "7###"},
            "IN": {"KL": "68####", "AP": "52####", "OD": "75####", "MZ": "796###", "GA": "403###"}, "PH": {"NCR": "1###", "Cebu": "60##", "LDS": "97##", "Pampanga": "20##"}}  # fmt: skip
FSA = {"NU": "X", "QC": "H", "AB": "T", "ON": "M"}
OUT = {"England": ["E1", "E11", "MK2"], "Cornwall": ["TR8", "PL26"], "Wales": ["SA9", "LL61"]}
EIR = {"Galway": ["H91", "F45"], "Dublin": ["D15", "K78"], "Kildare": ["W23", "W91"]}


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
    number: str  # house number part of the street line
    street: str
    town: str
    postcode: str
    nick: str = ""
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def line(self) -> str:
        return f"{self.number} {self.street}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a spelling."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower() if c.isalnum())


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (25 * 365, 80 * 365), culture: str | None = None, family: str | None = None,
                home: Person | None = None, nick: bool = False) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word, pet name or town is shared with anyone already drawn for the
    document (`used`)."""
    if nick:
        pairs = [
            (c, s, g)
            for c in loc.cultures
            for s in (0, 1)
            for g in NAMES[c][s]
            if g in NICK and not _words(g) & used
        ]
        if pairs:
            culture, s, _ = rng.choice(pairs)
            female = s == 0
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5 if female is None else female
    fams = NAMES[culture][2]

    def free_given(c: str) -> list[str]:
        return [g for g in NAMES[c][0 if female else 1] if not (_words(g) | _words(NICK.get(g, ""))) & used]

    free = free_given(culture)
    if nick and any(g in NICK for g in free):
        free = [g for g in free if g in NICK]
    if not free:  # a small table borrows from the country's other families
        free = [g for c in loc.cultures for g in free_given(c)]
    given = rng.choice(free)
    used |= _words(given) | _words(NICK.get(given, ""))
    if family is None:
        family = rng.choice(
            [f for f in fams if not _words(f) & used]
            or [f for c in loc.cultures for f in NAMES[c][2] if not _words(f) & used]
        )
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f[:3]}{dob.year % 100:02d}",
            f"{f}.{g[0]}{rng.randint(1, 99)}",
            f"{g}_{f}",
            f"{g[0]}{f}{rng.randint(10, 999)}",
        ]
    )
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, number, street, town, pc = home.region, home.number, home.street, home.town, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        towns = loc.regions[region][1]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        num_pat, street = rng.choice(loc.streets).split("|")
        number, street = fill(rng, num_pat), fill(rng, street)
        pc = postcode(rng, loc.code, region, loc.regions[region][0])
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)),
               email, number, street, town, pc, nick=NICK.get(given, ""))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def postcode(rng: random.Random, code: str, region: str, abbr: str) -> str:
    if code == "CA":
        return f"{FSA[abbr]}{fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
    if code == "UK":
        return f"{rng.choice(OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "IE":
        return ids.eircode(rng, rng.choice(EIR[region]))
    return fill(rng, POSTCODE[code][abbr if code != "NZ" else region])


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """A person's national number (nat), health-plan number (hp), health id (hid) and driving licence (dl)."""
    c = w.loc.code
    if c == "US":
        return {
            "nat": ids.ssn(rng),
            "hp": ids.mbi(rng),
            "hid": fill(rng, "%##########"),
            "dl": fill(rng, "@########"),
        }
    if c == "CA":
        return {
            "nat": ids.sin(rng),
            "hp": fill(rng, "@@@%########"),
            "hid": ids.ohip(rng),
            "dl": fill(rng, "@####-#####-#####"),
        }
    if c == "UK":
        return {
            "nat": ids.ni_number(rng),
            "hp": fill(rng, "%#######@"),
            "hid": ids.nhs(rng),
            "dl": fill(rng, "@@@@@%######@@"),
        }
    if c == "IE":
        return {
            "nat": ids.ppsn(rng),
            "hp": fill(rng, "%#######"),
            "hid": fill(rng, "%######@"),
            "dl": fill(rng, "%########"),
        }
    if c == "AU":
        return {
            "nat": fill(rng, "%## ### ###@"),
            "hp": ids.medicare_au(rng),
            "hid": ids.ihi(rng),
            "dl": fill(rng, "#########"),
        }
    if c == "NZ":
        return {
            "nat": ids.ird(rng),
            "hp": fill(rng, "%#######"),
            "hid": ids.nhi_old(rng),
            "dl": fill(rng, "@@######"),
        }
    if c == "ZA":
        return {
            "nat": ids.za_id(rng, w.dob, w.female),
            "hp": fill(rng, "%########"),
            "hid": fill(rng, "%#######"),
            "dl": fill(rng, "%###000#####"),
        }
    if c == "IN":
        return {
            "nat": ids.aadhaar(rng),
            "hp": ids.abha(rng),
            "hid": ids.pan(rng, w.family),
            "dl": fill(rng, "@@##-####%######"),
        }
    return {
        "nat": ids.sss(rng),
        "hp": ids.philhealth(rng),
        "hid": fill(rng, "###-###-###-000"),
        "dl": fill(rng, "@##-##-######"),
    }


# labels and PHI types of those numbers by country
ID_LABELS = {
    "US": {
        "nat": ("SSN", "SSN"),
        "hp": ("Medicare MBI", "HEALTH_PLAN"),
        "hid": ("Medicaid ID", "HEALTH_PLAN"),
    },
    "CA": {"nat": ("SIN", "SSN"), "hp": ("Blue Cross ID", "HEALTH_PLAN"), "hid": ("OHIP", "HEALTH_PLAN")},
    "UK": {"nat": ("NI number", "SSN"), "hp": ("AXA member no.", "HEALTH_PLAN"), "hid": ("NHS number", "ID")},
    "IE": {
        "nat": ("PPSN", "SSN"),
        "hp": ("Irish Life Health member no.", "HEALTH_PLAN"),
        "hid": ("medical card no.", "HEALTH_PLAN"),
    },
    "AU": {"nat": ("Centrelink CRN", "SSN"), "hp": ("Medicare card", "HEALTH_PLAN"), "hid": ("IHI", "ID")},
    "NZ": {"nat": ("IRD number", "SSN"), "hp": ("nib member no.", "HEALTH_PLAN"), "hid": ("NHI", "ID")},
    "ZA": {
        "nat": ("SA ID", "SSN"),
        "hp": ("medical aid no.", "HEALTH_PLAN"),
        "hid": ("hospital folder no.", "MRN"),
    },
    "IN": {"nat": ("Aadhaar", "SSN"), "hp": ("ABHA number", "HEALTH_PLAN"), "hid": ("PAN", "ID")},
    "PH": {"nat": ("SSS number", "SSN"), "hp": ("PhilHealth PIN", "HEALTH_PLAN"), "hid": ("TIN", "ID")},
}
