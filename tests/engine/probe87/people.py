# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the eighty-seventh probe: code-switched health text -- Hinglish, Taglish,
Spanglish, Singlish and Manglish, Arabizi with French, Sheng, Québec and West African Franglais (Camfranglais),
Portuñol, Konglish and Japanglish, Welsh-English and Kaaps (synthetic only; no real patient, relative or member
of staff).

Name words, from the naming traditions of the communities that write these mixes: rural north Indian (Awadhi
and Bundeli given names, the "-kali", "-lal", "-devi" forms), Filipino (coined "Jh-" and "-lyn" names, Tagalog
and Kapampangan family names), Dominican and Puerto Rican (the "Y-" names), Singaporean and Malaysian Chinese
(Hokkien and Teochew syllables, family name first), Malay (patronymic, "bin"/"binti" left out), Moroccan
(Amazigh and Fassi), Kenyan (Kikuyu, Luo, Luhya, Kalenjin, Kisii and Kamba), old Québécois, Ivorian and
Senegalese, Cameroonian, southern Brazilian (Gaúcho), Korean (rare two-syllable family names, old given names
such as Malsook, Kkeutsoon), Japanese (old Meiji-era given names), Welsh and Cape Afrikaans. Combined at random:
never a real person. Checked against every string of the people tables of the earlier probes before any
measurement (test_probe87).

Towns and streets are invented; states, provinces, counties and regions are real and plain text inside an
address. Numbers are random; Aadhaar (Verhoeff), NRIC (weighted check letter), MyKad (birth date inside),
Québec RAMQ (letters of the name, birth date, sex), SIN (Luhn), CURP (its check digit), US SSN (its ranges),
CPF (two modulus-11 digits), Cartão SUS (modulus 11), Korean RRN (weighted check digit), Japanese My Number
(weighted check digit), NHS (modulus 11) and South African ID (Luhn) carry their schemes' checks (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe87 import ids
from tests.engine.probe87.ids import fill

__all__ = ["LOCS", "NAMES", "NICK", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "plain"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "hindi": (["Gulabkali", "Chandrakiran", "Sonpari", "Lalitkumari", "Tulsidevi", "Rukmani", "Champakali", "Jhumri", "Kiranbala", "Rajdulari", "Premvati", "Rajnandini"],
              ["Ramkhilawan", "Bhaiyalal", "Ramsajeevan", "Badrinath", "Ganeshilal", "Rampher", "Jhabbulal", "Ramadhar", "Trilochan", "Vishwambhar", "Rajbahadur", "Parmeshwar"],
              ["Pasi", "Kurmi", "Tiwary", "Katiyar", "Sachan", "Bhadauria", "Jadaun", "Kachhi", "Raikwar", "Katheria", "Gangwar", "Sengar", "Dhakad", "Kushwah"]),
    "filipino": (["Lhenmarie", "Jhenelyn", "Jonalie", "Emerlinda", "Jessamae", "Angelyn", "Charmelle", "Kimberlyn", "Mhelanie", "Amelita", "Virgilia"],
                 ["Rhandy", "Jhonrick", "Bernardito", "Placido", "Jhong", "Bhongbhong", "Pepito", "Rhommel", "Jericson", "Jundel", "Jhemuel", "Mharlon", "Jayar"],
                 ["Dimaampao", "Pagdilao", "Tumamao", "Lapitan", "Limjoco", "Pagulayan", "Tabunda", "Dumadag", "Sassan", "Tiongco"]),
    "dominican": (["Yaneisy", "Yuleisy", "Yanitza", "Mayrelis", "Anyelina", "Arisleyda", "Yeribel", "Yudelka"],
                  ["Wilkin", "Rafy", "Yoelvis", "Deivy", "Yordano", "Luisito", "Yohandry", "Deibi"],
                  ["Valdespino", "Zubiate", "Pichardo", "Tejeda", "Liriano", "Taveras", "Genao", "Almanzar", "Hiraldo", "Crisóstomo", "Ovalle"]),
    "hokkien": (["Hwee Keow", "Peck Ngoh", "Gek Huay", "Lay Khim", "Chwee Noi", "Ngoh Lay"],
                ["Yew Chuan", "Keat Thiam", "Choon Keat", "Thiam Yew", "Kwang Choon"],
                ["Kuah", "Chiam", "Phang", "Thong", "Yeap", "Khoo", "Boey"]),
    "malay": (["Izzati", "Salmiah", "Rosnani", "Norsiah", "Sabariah", "Halimaton", "Zaiton", "Kamsiah", "Norlela"],
              ["Shahrizal", "Roslan", "Fuad", "Rejab", "Sapian", "Zaki"],
              ["Husin", "Mohamad", "Abidin", "Bahri", "Rejab", "Sapian"]),
    "moroccan": (["Rajae", "Soukaina", "Chaimae", "Ouafae", "Fadwa", "Fettouma", "Hnia", "Zoubida", "Khadeeja", "Nabawiya"],
                 ["Abdelghani", "Abdessamad", "Abdelkbir", "Hmad", "Belaid", "Haddou", "Boujemaa", "Miloud", "Lahoucine"],
                 ["Bouzoubaa", "Belkadi", "Elmansouri", "Ghazouani", "Jebli", "Marrakchi", "Riffi", "Wahbi", "Benchekroun", "Elkhouly"]),
    "kenyan": (["Jepchumba", "Nduku", "Khavere", "Jeruto", "Nasimiyu", "Kwamboka", "Bochaberi", "Kerubo", "Jemutai", "Chelangat", "Naliaka", "Kagendo", "Mukami", "Kawira", "Mbithe"],
               ["Kipkurui", "Ogola", "Masinde", "Kipruto", "Mwenda", "Murithi", "Ngetich", "Kipchirchir"],
               ["Muthoka", "Simiyu", "Nyakundi", "Langat", "Wambugu", "Kigen", "Cheptoo", "Makokha", "Wanyonyi", "Ondieki", "Gakuo", "Njogu", "Sitienei", "Mwikya"]),
    "quebec": (["Pâquerette", "Denyse", "Angéline", "Priscille", "Fédora", "Clairette"],
               ["Ubald", "Philorum", "Herménégilde", "Gildas", "Alcidas", "Réginald", "Honorius"],
               ["Descôteaux", "Grandbois", "Boissonneault", "Duchesneau", "Lavigne", "Brochu", "Aubut", "Desmarais", "Fugère"]),
    "ivorian": (["Fatou", "Amoin", "Affoué", "Akissi", "Mariétou", "Yacine", "Nafissatou", "Bintou", "Ramatoulaye"],
                ["Souleymane", "Kouadio", "Gnamien", "Diomande", "Cheikh", "Moustapha"],
                ["Diop", "Ndiaye", "Diallo", "Kouamé", "Koffi", "Ouattara", "Touré", "Coulibaly", "Bamba", "Mbaye", "Sarr", "Cissé", "Thiam", "Seck", "Konaté"]),
    "cameroonian": ([], ["Brice", "Blaise", "Parfait"],
                    ["Mbarga", "Nkolo", "Essomba", "Atangana", "Ngono", "Ekani", "Fotso", "Nkwenti", "Tchatchoua", "Njoya", "Tchuente", "Kamdem", "Mbiada", "Ndongo", "Ekotto",
                     "Tchakounte", "Wandji", "Ndjock"]),
    "gaucho": (["Claudinéia", "Joselaine", "Neusa", "Sirlei", "Eronildes"],
               ["Valdecir", "Ademir", "Rosemiro", "Vanderlei", "Juvenal", "Dirceu"],
               ["Brizola", "Faccioli", "Pedroso", "Severo", "Piccinini", "Scherer", "Zanatta", "Quadros", "Dornelles"]),
    "korean": (["Seonhwa", "Myungsook", "Jeongja", "Okja", "Soonja", "Bokhee", "Kyunghee", "Youngsook", "Gapsoon", "Malsook", "Kkeutsoon", "Ohbok"],
               ["Dongsik", "Byungho", "Kwangsu", "Sangchul", "Youngho", "Jongmin", "Chulsoo", "Myunghwan", "Dalsoo", "Manbok", "Gilsoo", "Duksoo"],
               ["Dongbang", "Hwangmok", "Jeok", "Eo", "Ki", "Mo", "Wi"]),
    "japanese": (["Tomoe", "Michiru", "Kiyoko", "Ayano", "Hatsune", "Kikuyo", "Tsuneko"],
                 ["Katsuhiro", "Hideki", "Shozo", "Tokuji", "Kiichi", "Genzo", "Toshio", "Heizo", "Tomekichi", "Sukezo", "Yasuji"],
                 ["Morimoto", "Takenaka", "Mizuguchi", "Kurosawa", "Aoyama", "Kajiwara", "Hirabayashi", "Kusunoki", "Minamoto"]),
    "welsh": (["Gwenhwyfar", "Tanwen", "Eiddwen", "Gwerful", "Nesta", "Rhianwen", "Eirianwen", "Dwynwen"],
              ["Tecwyn", "Elwyn", "Madog", "Cynwal", "Rhun", "Mabon", "Eurig", "Seiriol", "Tysilio", "Edryd"],
              ["Fychan", "Penri", "Gwyndaf", "Cynfelin", "Parri", "Llywarch", "Cadwgan", "Gwalchmai", "Tudful", "Maelor", "Dyfnallt", "Glasfryn", "Brynmor", "Dafis", "Puw"]),
    "kaaps": (["Susara", "Anneline", "Wilmarie", "Aletta", "Lientjie", "Sannie", "Karien", "Bettie", "Ruwayda", "Driekie", "Hannelie"],
              ["Jacobus", "Petrus", "Andries", "Marnus", "Fadiel", "Dirkie", "Gawie", "Marthinus", "Braam", "Dolf"],
              ["Adonis", "Fortuin", "Kleinhans", "Botes", "Hartnick", "Booysen", "Jansen", "Bosman", "Basson", "Luthuli", "Rooi", "Cupido", "Afrika", "Valentyn"]),
}  # fmt: skip
# the name a person goes by in the family chat
NICK = {"Ramkhilawan": "Khilawan", "Bernardito": "Dito", "Luisito": "Sito", "Herménégilde": "Ménégilde", "Tomekichi": "Kichi", "Lalitkumari": "Lallo",
        "Emerlinda": "Emmie", "Boujemaa": "Jemaa", "Vishwambhar": "Bambhar"}  # fmt: skip
FAMILY_FIRST = {"hokkien", "korean"}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region -> (postcode pattern, invented towns)
    streets: tuple[str, ...]
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("IN", {"Uttar Pradesh": ("2%####", ("Bhitargaon Khurd", "Sarsaul Kalan")), "Madhya Pradesh": ("47%###", ("Jatara Buzurg", "Palera Chak"))},
        ("H.No. %#, Gali No. %", "%##/%, Kachhiyana Mohalla", "Ward No. %#, Purani Bazaar Road", "%#-B, Ramnagar Tola"),
        ("+91 9^### #####", "9^###-#####", "08^## ###-###"), ("gmail.com", "rediffmail.com", "yahoo.co.in"), ("hindi",)),
    Loc("PH", {"Pampanga": ("20##", ("San Isidro Malabo", "Sapang Bulaklak")), "Batangas": ("42##", ("Lumang Balayan", "Pook ni Kapitan"))},
        ("Blk %# Lot %#, Phase %", "%## Purok Sampaguita", "%#-A Kalye Dalandan", "Sitio Manggahan, Lot %#"),
        ("09^# ### ####", "+63 9^# ### ####", "09^#-###-####"), ("gmail.com", "yahoo.com.ph", "outlook.ph"), ("filipino",)),
    Loc("US", {"New York": ("104##", ("Kingsbridge Flats", "Mott Haven Landing")), "Massachusetts": ("018##", ("Lawrence Heights North", "Tower Hill Bend"))},
        ("%### Jerome Ave Apt %@", "%## Sedgwick Pl Apt %#", "%# Essex Mill Row", "%### Prospect Terrace Fl %"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "hotmail.com", "icloud.com"), ("dominican",)),
    Loc("SG", {"Singapore": ("%#####", ("Bedok Tengah", "Ang Mo Kio Hilir"))},
        ("Blk %## Jalan Tenteram #0%-%#", "Blk %#@ Lorong Sempadan #%#-%##", "%# Kampong Kelinci Rise"),
        ("+65 9### ####", "8### ####", "9###-####"), ("gmail.com", "singnet.com.sg", "hotmail.com"), ("hokkien", "malay")),
    Loc("MY", {"Selangor": ("4####", ("Kampung Sungai Lalang", "Taman Seri Merpati")), "Pulau Pinang": ("1####", ("Permatang Kuini", "Bukit Cendana Baru"))},
        ("No. %#, Jalan Merbah %/%", "Lot %##, Kampung Parit Haji Dolah", "%#-%, Lorong Cempaka Emas"),
        ("01%-### ####", "+60 1%-### ####", "01%-#######"), ("gmail.com", "yahoo.com.my", "hotmail.my"), ("malay", "hokkien")),
    Loc("MA", {"Fès-Meknès": ("30###", ("Douar Ain Chkef Oulad", "Hay Zouagha Sfli")), "Casablanca-Settat": ("20###", ("Hay Moulay Rchid Gharbi", "Derb Sidi Maarouf Jdid"))},
        ("Rue %#, Hay El Wahda", "Derb Lahjer n° %#", "Imm. %#, Appt %, Rés. Nour Ennakhil"),
        ("06 ## ## ## ##", "+212 6## ## ## ##", "07########"), ("gmail.com", "menara.ma", "hotmail.fr"), ("moroccan",)),
    Loc("KE", {"Nairobi": ("00%##", ("Kayole Soweto Mpya", "Githurai Kimbo Chini")), "Bungoma": ("50%##", ("Kimilili Mashariki", "Chwele Juu"))},
        ("Plot %##, Kangundo Rd", "House No. %#, Mtaa wa Mabati", "Flat %@, Jogoo Court", "%## Mumias Lane"),
        ("07## ######", "+254 7## ### ###", "01## ######"), ("gmail.com", "yahoo.com", "outlook.com"), ("kenyan",)),
    Loc("QC", {"Québec": ("", ("Saint-Ubalde-des-Saules", "Lac-Brochet-Ouest")), "Montréal": ("", ("Villeray-Est des Érables", "Ahuntsic-Bordeaux Nord"))},
        ("%## rang Sainte-Clotilde", "%### rue des Outardes app. %", "%##-B chemin du Petit-Brûlé", "%#### boul. Lacordaire"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("videotron.ca", "gmail.com", "hotmail.com"), ("quebec", "ivorian")),
    Loc("CM", {"Littoral": ("", ("Bonamoussadi Sud", "Ndogbong Carrefour")), "Abidjan": ("", ("Yopougon Niangon Nord", "Koumassi Remblais"))},
        ("Lot %##, Cité des Palmiers", "Carrefour Ndokoti, porte %#", "Villa %#, Cité SIR"),
        ("+237 6## ## ## ##", "6########", "+225 07 ## ## ## ##"), ("yahoo.fr", "gmail.com", "outlook.fr"), ("cameroonian", "ivorian")),
    Loc("BR", {"Rio Grande do Sul": ("97###-###", ("Sarandi do Chuí", "Passo da Guarda Velha")), "Santana do Livramento": ("975##-###", ("Vila Palomas Norte", "Cerro do Armour Baixo"))},
        ("Rua Duque de Caxias, %##", "Av. Sarandí %###, ap. %#", "Travessa dos Tropeiros, %#"),
        ("(55) 9####-####", "+55 55 9####-####", "+598 9# ### ###"), ("gmail.com", "bol.com.br", "hotmail.com"), ("gaucho",)),
    Loc("KR", {"Seoul": ("0####", ("Mangwon Ilgil", "Hwagok Bondong")), "Busan": ("4####", ("Yeongdo Dongsam", "Gamcheon Sanbok"))},
        ("%#-%, Mangwon-ro %#-gil", "Apt %##-%###, Hanbit Maeul", "%## Jeolyeong-ro, Unit %##"),
        ("010-####-####", "+82 10-####-####", "010 #### ####"), ("naver.com", "daum.net", "gmail.com"), ("korean",)),
    Loc("JP", {"Tōkyō": ("1%#-####", ("Kita-Senju Honcho", "Ōji Kamiya")), "Ōsaka": ("5%#-####", ("Tsuruhashi Higashi", "Nishinari Tengachaya"))},
        ("%-%#-%# Higashi-Oizumi", "Haitsu Sakura %##, %-%-%#", "%-%-% Nishikujo"),
        ("090-####-####", "080-####-####", "+81 90-####-####"), ("docomo.ne.jp", "gmail.com", "yahoo.co.jp"), ("japanese",)),
    Loc("WL", {"Gwynedd": ("LL5%", ("Llanfihangel-y-Pennant Uchaf", "Rhosgadfan Isaf")), "Ceredigion": ("SY2%", ("Pontrhydfendigaid Fach", "Cwmystwyth Uchaf"))},
        ("%# Stryd y Capel", "Bwthyn Pen-y-Bryn", "%# Maes Tegid", "Fflat %, Tŷ Glyndŵr"),
        ("07^## ######", "+44 7^## ######", "01286 ^#####"), ("btinternet.com", "gmail.com", "outlook.com"), ("welsh",)),
    Loc("ZA", {"Western Cape": ("7%##", ("Bonteheuwel Oos", "Scottsdene Bo")), "Northern Cape": ("8%##", ("Pella Sending", "Kamieskroon Onder"))},
        ("%# Kalkoen Straat", "%#A Vredenburg Singel", "Erf %##, Langeberg Rylaan", "%# Bontebok Laan"),
        ("08^ ### ####", "+27 8^ ### ####", "07^ ### ####"), ("gmail.com", "webmail.co.za", "mweb.co.za"), ("kaaps",)),
]}  # fmt: skip


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
    nick: str = ""
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        if self.culture in FAMILY_FIRST:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower() if c.isalnum())


def words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 3}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int],
                culture: str | None = None, family: str | None = None, home: Person | None = None,
                female: bool | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again."""
    culture = culture or rng.choice(loc.cultures)
    coin = rng.random() < 0.5
    female = (coin if female is None else female) and bool(NAMES[culture][0])
    fs, ms, fams = NAMES[culture]
    pool = [g for g in (fs if female else ms) if not (words(g) | words(NICK.get(g, ""))) & used]
    if not pool:  # a small table borrows from the place's other communities
        pool = [
            g
            for c in loc.cultures
            for g in NAMES[c][0 if female else 1]
            if not (words(g) | words(NICK.get(g, ""))) & used
        ]
    if not pool:  # and then from the other sex's names
        female = not female
        pool = [
            g
            for c in loc.cultures
            for g in NAMES[c][0 if female else 1]
            if not (words(g) | words(NICK.get(g, ""))) & used
        ]
    given = rng.choice(pool)
    used |= words(given) | words(NICK.get(given, ""))
    if family is None:
        free = (
            [f for f in fams if not words(f) & used]
            or [f for c in loc.cultures for f in NAMES[c][2] if not words(f) & used]
            or fams
        )
        family = rng.choice(free)
    used |= words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = rng.choice(
        [f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}"]
    )
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        town = rng.choice(loc.regions[region][1])
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)), email,
               line, town, pc, nick=NICK.get(given, ""))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def postcode(rng: random.Random, code: str, region: str) -> str:
    pattern = LOCS[code].regions[region][0]
    if code == "QC":
        return f"{rng.choice(['G0A', 'G0X', 'H2M', 'H3L'])} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
    if code == "WL":
        return f"{fill(rng, pattern)} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "JP":
        return "〒" + fill(rng, pattern)
    return fill(rng, pattern) if pattern else ""


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """nat: the national identity number, hp: a health-plan number, tax: a tax or social-security number."""
    c = w.loc.code
    if c == "IN":
        return {"nat": ids.aadhaar(rng), "hp": fill(rng, "%#-####-####-####"), "tax": fill(rng, "@@@@@####@")}
    if c == "PH":
        return {
            "nat": ids.philsys(rng),
            "hp": fill(rng, "%#-#########-#"),
            "tax": fill(rng, "%##-###-###-000"),
        }
    if c == "US":
        return {
            "nat": ids.curp(rng, w.given, w.family, w.dob, w.female),
            "hp": fill(rng, rng.choice(["@@#####@", "%########"])),
            "tax": ids.ssn(rng),
        }
    if c == "SG":
        return {
            "nat": ids.nric(rng, w.dob),
            "hp": fill(rng, "%########"),
            "tax": ids.nric(rng, w.dob, foreign=True),
        }
    if c == "MY":
        return {
            "nat": ids.mykad(rng, w.dob, w.female),
            "hp": fill(rng, "%#########"),
            "tax": fill(rng, "SG %##########"),
        }
    if c == "MA":
        return {
            "nat": fill(rng, rng.choice(["@@%#####", "@%#####"])),
            "hp": fill(rng, "%########"),
            "tax": fill(rng, "%#######"),
        }
    if c == "KE":
        return {
            "nat": fill(rng, "%#######"),
            "hp": fill(rng, "CR%############-#"),
            "tax": fill(rng, "A%########@"),
        }
    if c == "QC":
        return {
            "nat": ids.sin(rng),
            "hp": ids.ramq(rng, w.given, w.family, w.dob, w.female),
            "tax": ids.sin(rng),
        }
    if c == "CM":
        return {
            "nat": fill(rng, rng.choice(["%########", "CI%#########"])),
            "hp": fill(rng, "CNPS %#######"),
            "tax": fill(rng, "M%##########@"),
        }
    if c == "BR":
        return {"nat": fill(rng, "%#.###.###-#"), "hp": ids.cns(rng), "tax": ids.cpf(rng)}
    if c == "KR":
        return {
            "nat": ids.rrn(rng, w.dob, w.female),
            "hp": fill(rng, "%-%#########"),
            "tax": ids.rrn(rng, w.dob, w.female),
        }
    if c == "JP":
        return {"nat": ids.my_number(rng), "hp": fill(rng, "%#######"), "tax": ids.my_number(rng)}
    if c == "WL":
        return {"nat": ids.nhs(rng), "hp": fill(rng, "%#######@"), "tax": ids.nino(rng)}
    return {
        "nat": ids.sa_id(rng, w.dob, w.female),
        "hp": fill(rng, "%#########"),
        "tax": fill(rng, "%#########"),
    }


def id_labels(w: Person) -> dict[str, tuple[str, str]]:
    """key -> (label as people write it, PHI type) for a person's numbers."""
    return {
        "IN": {"nat": ("Aadhaar", "ID"), "hp": ("ABHA", "HEALTH_PLAN"), "tax": ("PAN", "SSN")},
        "PH": {"nat": ("PhilSys", "ID"), "hp": ("PhilHealth", "HEALTH_PLAN"), "tax": ("TIN", "SSN")},
        "US": {"nat": ("CURP", "ID"), "hp": ("Medicaid", "HEALTH_PLAN"), "tax": ("SSN", "SSN")},
        "SG": {"nat": ("NRIC", "ID"), "hp": ("MediShield", "HEALTH_PLAN"), "tax": ("FIN", "ID")},
        "MY": {"nat": ("MyKad", "ID"), "hp": ("PERKESO", "HEALTH_PLAN"), "tax": ("LHDN", "SSN")},
        "MA": {"nat": ("CIN", "ID"), "hp": ("AMO", "HEALTH_PLAN"), "tax": ("CNSS", "SSN")},
        "KE": {"nat": ("ID", "ID"), "hp": ("SHA", "HEALTH_PLAN"), "tax": ("KRA PIN", "SSN")},
        "QC": {"nat": ("NAS", "SSN"), "hp": ("RAMQ", "HEALTH_PLAN"), "tax": ("SIN", "SSN")},
        "CM": {"nat": ("CNI", "ID"), "hp": ("CNPS", "HEALTH_PLAN"), "tax": ("NIU", "SSN")},
        "BR": {"nat": ("RG", "ID"), "hp": ("Cartão SUS", "HEALTH_PLAN"), "tax": ("CPF", "SSN")},
        "KR": {"nat": ("RRN", "ID"), "hp": ("NHIS", "HEALTH_PLAN"), "tax": ("RRN", "ID")},
        "JP": {"nat": ("My Number", "ID"), "hp": ("hokensho", "HEALTH_PLAN"), "tax": ("My Number", "ID")},
        "WL": {"nat": ("NHS no", "ID"), "hp": ("Bupa no", "HEALTH_PLAN"), "tax": ("NI no", "SSN")},
        "ZA": {"nat": ("ID no", "ID"), "hp": ("Discovery no", "HEALTH_PLAN"), "tax": ("tax no", "SSN")},
    }[w.loc.code]
