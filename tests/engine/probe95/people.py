# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the ninety-fifth probe: humanitarian, refugee and migrant health text
(synthetic only; no real refugee, relative, health worker, interpreter or official).

Name words, drawn by the author from the communities humanitarian health services meet: Rohingya (given names
and the second names that serve as family names), Sudanese Fur, Masalit and Zaghawa, South Sudanese Dinka and
Nuer (some compounds built the way those names are built, "-dit", "Nya-"), Afghan Hazara and Pashtun, Yazidi,
Syrian Kurdish (Kurmanji spelling with circumflexes and cedillas), Eritrean Tigrinya (a father's name as the
family name), Congolese (Nande, Shi, Luba), Haitian, Venezuelan, Honduran Garifuna and Ukrainian (with feminine
surname forms). Combined at random: never a real person. Every name word was checked against every string of
the earlier probes' people tables (probes 1-93) before any measurement and replaced when it was there -- which
ruled out nearly every common name of these communities, and many rarer ones.

Arabic-script and other transliterated names are written in more than one way across a humanitarian file
(VARIANTS: "Mohibullah" / "Muhibullah", "Khudeda" / "Xudêda"); a person's variant is a NAME as written.

Camps, settlements, shelters and sites are invented (a camp is a place smaller than a state: ADDRESS); the
countries and regions are real and plain text. Numbers are random; Ukrainian RNOKPP (taxpayer number) carries its
check digit, UNHCR-style individual numbers and IOM references have their shape only (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe95 import ids
from tests.engine.probe95.ids import fill

__all__ = [
    "FEMININE",
    "LOCS",
    "NAMES",
    "VARIANTS",
    "K",
    "Loc",
    "P",
    "Person",
    "Slot",
    "draw_person",
    "fill",
    "plain",
]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "rohingya": (["Nurkayda", "Hasinara", "Rahimunnesa", "Sanjida", "Ayesharan", "Minara", "Dilbahar", "Rozinara", "Nosima", "Jannatara", "Sokina",
                  "Rokshana", "Dilkaida", "Nurankis", "Shahara", "Khurshida", "Kamrunnahar", "Setara", "Nurbegum"],
                 ["Mohibullah", "Nurulamin", "Kefayet", "Zubayer", "Shomsul", "Anowarullah", "Sayedul", "Nurhossin", "Zakerullah", "Rashidullah",
                  "Habiburrahman", "Nurislam", "Abdushukur", "Shahalam", "Mohammadsalim"],
                 ["Ziaulhoque", "Jafarali", "Kalamia", "Ullahmia", "Nurkabir", "Sonamia", "Dilmohammed", "Abulkalam", "Jamalhussain", "Amanullah",
                  "Hamidullah", "Moktar", "Nagu"]),
    "sudanese": (["Kaltouma", "Hawaya", "Hadiya", "Bakhita", "Doudou", "Mastoura", "Achta", "Hadjia", "Zenaba", "Kadiga", "Hawaiya", "Nenei",
                  "Khadiga", "Amouna"],
                 ["Abdelshafi", "Tigani", "Jiddo", "Abbaker", "Tajeldin", "Issakha", "Ishag", "Yakoub", "Nasreldin", "Dirdeiry", "Abdelkarim",
                  "Adoum", "Abdelmoula", "Nimir", "Djibrine", "Hissein", "Sharafeldin", "Dafallah"],
                 ["Dabaka", "Kabashi", "Tordaba", "Sinin", "Kobbo", "Andoka", "Itno", "Tijani", "Dosa", "Abakar", "Mahamat", "Jummah", "Shogar",
                  "Dahab", "Bushara", "Fadul", "Nourain", "Tugod", "Arbabdeen", "Ahmedai", "Kafi", "Tawir", "Shattai", "Dowsa"]),
    "southsudanese": (["Nyanhial", "Achiengdit", "Abukdit", "Ajokdit", "Nyamachar", "Nyalual", "Nyanchan", "Nyakoat", "Nyawuor", "Nyakume", "Awengdit",
                       "Achandit", "Nyakang", "Nyajima", "Nyadak", "Amou"],
                      ["Ayuelnhial", "Makuach", "Chiengkou", "Deingdit", "Akolkuany", "Majakdit", "Kuolnhial", "Marialdit", "Garangdit", "Thiongkol",
                       "Gatjiek", "Tutdel", "Puokjiok", "Rualdak", "Lamkuoth", "Duoth"],
                      ["Marial", "Arop", "Ateny", "Teny", "Machar", "Gach", "Athiei", "Bolkuei", "Mayardit", "Bakuony", "Malongdit", "Chanuol", "Dakrial"]),
    "afghan": (["Nazdana", "Bibigul", "Nazaneen", "Zarmina", "Gulbadan", "Tamana", "Nazifa", "Fereshta", "Mahjabin", "Sadiqa", "Bibikhal", "Khatera",
                "Parwin", "Zarghona", "Husnia", "Fakhria", "Masooma", "Zuhal", "Nilofar", "Wazhma", "Hamasa"],
               ["Noorullah", "Asadullah", "Sakhidad", "Ghulamsakhi", "Rahimdad", "Khodadad", "Ezatullah", "Sayedjan", "Bismillah"],
               ["Rezai", "Mohseni", "Alizada", "Danishyar", "Nasiri", "Behsudi", "Uruzgani", "Jaghori", "Shinwari", "Khostai", "Momand", "Ghilzai",
                "Waziri", "Sarwari", "Nawrozi", "Jawadi"]),
    "yazidi": (["Xate", "Nofa", "Bese", "Hamsi", "Adkee", "Jalila", "Jihan", "Kejal", "Nadifa"],
               ["Khairi", "Khudeda", "Shamo", "Kheri", "Khidir", "Jalo", "Hemo", "Bazo", "Sheikhmous"],
               ["Shingali", "Hesso", "Rasho", "Qirani", "Khero", "Hajji", "Xelef", "Sinjari"]),
    "kurdish": (["Hevi", "Rojin", "Hêvîn", "Ronahi", "Jiyan", "Berfin", "Delal", "Biroj"],
                ["Rezan", "Serhildan", "Welat", "Xebat", "Kawa", "Dildar", "Shervan", "Ciwan", "Zinar", "Rêber", "Dilovan", "Heval"],
                ["Ehmed", "Xelîl", "Osê", "Hesen", "Mihemed", "Şêxo", "Temo", "Bozan", "Xoşnaw"]),
    "eritrean": (["Mizan", "Weyni", "Kidisti", "Adiam", "Milen", "Hidat", "Tsigeweini", "Werhazion", "Tsehaytu", "Tebereh", "Tmnit", "Rigat", "Merhawit",
                  "Samrawit", "Haregot"],
                 ["Negasi", "Welday", "Zeresenay", "Habtu", "Mengsteab", "Kesete", "Keleta", "Russom", "Naizghi", "Tewelde", "Abrham", "Debesay", "Hagos"],
                 ["Teklehaimanot", "Michaelmesghina", "Ghebrezghi", "Gherezgiher", "Habteslasie", "Ghebremeskel", "Andebrhan", "Tesfazghi"]),
    "congolese": (["Mapendo", "Kavira", "Mbambu", "Katungu", "Kavugho", "Kahambu", "Nsimire", "Nabintu", "Tshala", "Kavuo", "Kasoki", "Kavutse",
                   "Siviholya", "Kyakimwa"],
                  ["Byamungu", "Mugisho", "Cirhuza", "Kambale", "Paluku", "Muhindo", "Kakule", "Bisimwa", "Balagizi", "Bahizire", "Kambere",
                   "Mumbere", "Mbusa", "Vahwere"],
                  ["Kalonji", "Nkulu", "Kabamba", "Mpiana", "Bakajika", "Lubamba", "Cishugi", "Mirindi", "Bulambo", "Bashige", "Zihindula",
                   "Mulumeoderhwa", "Kasereka", "Kahindo", "Nzanzu", "Nyamwisi", "Bwambale", "Kyalemaninwa"]),
    "haitian": (["Wilnise", "Rosemène", "Elifaite", "Bellande", "Esperancia", "Mirlene", "Rosedanie", "Judeline", "Kettelie", "Sherline", "Manoucheka",
                 "Dieumène", "Wislène", "Lunise", "Phelicia", "Guerdine", "Rodeline"],
                ["Chrisnel", "Woodley", "Kesnel", "Dieuvens", "Fénel", "Louino", "Nozil", "Daphcar", "Wesly", "Wilguens", "Fenold", "Jacksonn",
                 "Lovensky", "Widmaer", "Wadner", "Vladimy"],
                ["Aristilde", "Chéry", "Francius", "Dumerjuste", "Métellus", "Oréus", "Fenelus", "Petitfrère", "Dorélien", "Mérilan", "Oxilus",
                 "Théodat", "Rosemond"]),
    "venezuelan": (["Yulimar", "Yusleidy", "Daniuska", "Yorgelis", "Mariangel", "Dayerlin", "Nairobis", "Eglimar", "Luisangela", "Yusneidy", "Yormary",
                    "Maigualida", "Coromoto"],
                   ["Yorbis", "Deivis", "Wuilmer", "Jhonder", "Keiber", "Yonaiker", "Dervis", "Wuilfredo"],
                   ["Mendible", "Barazarte", "Marcano", "Zerpa", "Guanipa", "Chacín", "Mavárez", "Atencio", "Perozo", "Camacaro", "Querales", "Yajure",
                    "Sequera", "Yustiz", "Arrieche", "Piñango"]),
    "garifuna": (["Gleny", "Ismelda", "Wendolyn", "Bertilia", "Yorleny", "Waldina", "Nolvia", "Yensi"],
                 ["Pompilio", "Casildo", "Celeo", "Jafeth", "Uayo", "Yovany", "Secundino", "Baudilio", "Herson"],
                 ["Cacho", "Ellington", "Güity", "Norales", "Sambulá", "Satuyé", "Arauz", "Rochez", "Loredo", "Lacayo", "Gotay", "Batiz", "Ortez",
                  "Colindres", "Laboriel", "Villafranca"]),
    "ukrainian": (["Vasylyna", "Dariia", "Ustyma", "Nadiia", "Liliia", "Yevheniia", "Sofiia", "Zoreslava", "Dzvenyslava", "Mariika", "Rostyslava",
                   "Zlatoslava", "Liubava", "Melaniia", "Pelahiia"],
                  ["Yarema", "Trokhym", "Ivas", "Kyrylo"],
                  ["Khomenko", "Zabolotnyi", "Nechyporuk", "Derkach", "Zaporozhets", "Kucherenko", "Solovei", "Vovkodav", "Dovbush", "Kozachenko",
                   "Chornovol", "Lytvynenko", "Panasiuk", "Fedoriv", "Malaniuk", "Ohrimenko", "Perepelytsia", "Nedilko", "Holovatyi", "Zozulia",
                   "Harasymiv", "Ostapenko", "Sirko", "Hrechko", "Tsymbaliuk", "Didenko", "Hrushko", "Taranenko", "Yaremchuk", "Dmytriv", "Kostiv"]),
}  # fmt: skip
# a woman's form of a Ukrainian family name
FEMININE = {"Zabolotnyi": "Zabolotna", "Holovatyi": "Holovata"}
# the same name written in another transliteration (each a NAME as written)
VARIANTS = {"Mohibullah": "Muhibullah", "Shomsul": "Shamsool", "Kefayet": "Kifayet", "Nurhossin": "Nurhusain", "Ziaulhoque": "Ziaulhaque",
            "Abdelshafi": "Abdulshafie", "Dirdeiry": "Dirdiri", "Tajeldin": "Tajeddine", "Issakha": "Issaka", "Abbaker": "Abbakar",
            "Khudeda": "Xudêda", "Khidir": "Khudher", "Sakhidad": "Sakhedad", "Khodadad": "Khudadaad", "Hesen": "Hassen", "Şêxo": "Sheikho",
            "Habteslasie": "Habtesilassie", "Nourain": "Nurain", "Dafallah": "Dafalla",
            "Jummah": "Juma'a", "Abdelkarim": "Abdulkareem", "Kalamia": "Kalamiya", "Shingali": "Shingaly",
            "Liubava": "Lyubava", "Trokhym": "Trofym", "Chornovol": "Tchornovol", "Perepelytsia": "Perepelitsa", "Vovkodav": "Volkodav",
            "Zozulia": "Zozulya", "Nechyporuk": "Nechiporuk", "Ghebrezghi": "Gebrezgi", "Gherezgiher": "Gerezgiher",
            "Michaelmesghina": "Mikaelmesghina", "Tesfazghi": "Tesfazgi", "Zoreslava": "Zoreslawa", "Dzvenyslava": "Dzvenislava",
            "Ustyma": "Ustima", "Derkach": "Derkatch", "Zaporozhets": "Zaporojets", "Mahamat": "Mahamate", "Tordaba": "Tordabba",
            "Andoka": "Andokka", "Tigani": "Tigany", "Hissein": "Hisseine", "Adoum": "Adum", "Hawaiya": "Hawaiyya", "Zenaba": "Zenab",
            "Ullahmia": "Ullamiya", "Anowarullah": "Anwarullah", "Sayedul": "Sayedulla", "Moktar": "Moqtar", "Alizada": "Alizadah",
            "Mohseni": "Mohsini", "Behsudi": "Behsoodi", "Rezai": "Rezaee", "Jaghori": "Jaghoory", "Danishyar": "Danishyaar",
            "Noorullah": "Noorulla", "Ezatullah": "Ezzatullah", "Khero": "Xêro", "Hesso": "Heso", "Rasho": "Reşo", "Qirani": "Qiranî",
            "Shamo": "Shamu", "Khairi": "Xeyrî", "Debesay": "Debessay", "Russom": "Russum", "Naizghi": "Naizgi", "Mengsteab": "Mengistab"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    region: str
    lang: str
    camps: tuple[str, ...]  # invented camps, settlements and sites (ADDRESS)
    shelters: tuple[str, ...]  # shelter address patterns inside a camp (ADDRESS)
    phones: tuple[str, ...]
    office: str  # the registration office's prefix of case and individual numbers
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("BD", "Bangladesh", "Cox's Bazar", "en", ("Tolatoli Ridge Camp", "Ghumdhumkhali Extension", "Camp 29 Noyapara Hill"),
        ("Block C%, Shelter %##", "Block B%#, Shelter %#", "Sub-block F%-%, Shed %#"),
        ("+880 18^# ######", "01^## ######", "+880 16^#-######"), "CXB", ("rohingya",)),
    Loc("TD", "Tchad", "Ouaddaï", "fr", ("camp de Birak Tinda", "site de Hadjer Tourmaï", "camp d'Ardébé Ouest"),
        ("Bloc %#, abri %##", "Zone %, tente %#", "Secteur %, bloc %#, abri %#"),
        ("+235 66 ## ## ##", "+235 9^ ## ## ##", "66 ## ## ##"), "ABE", ("sudanese",)),
    Loc("UG", "Uganda", "West Nile", "en", ("Lobule Ridge Settlement", "Agoro Hills Settlement", "Ocea Valley Zone 2"),
        ("Village %#, Plot %##", "Zone %, Block %#, Plot %#", "Cluster %, Tent %#"),
        ("+256 7^# ######", "07^# ######", "+256 77^ ######"), "ARU", ("southsudanese", "congolese")),
    Loc("IQ", "Iraq", "Duhok Governorate", "en", ("Kanîzer Camp", "Berzêwî Camp", "Sheyrûk Transit Site"),
        ("Sector %, Row %#, Caravan %#", "Block %#, Tent %#", "Phase %, Sector @, Tent %##"),
        ("+964 750 ^## ####", "0751 ^## ####", "+964 770 ^## ####"), "DHK", ("yazidi", "kurdish")),
    Loc("ET", "Ethiopia", "Afar Region", "en", ("Dubahle Camp", "Sheketi Plain Site", "Enda Gergis Reception Centre"),
        ("Zone %, Block %#, House %#", "Block %#, Shelter %##", "Hamlet %, Tukul %#"),
        ("+251 9^ ### ####", "09^ ### ####", "+251 91^ ######"), "SHI", ("eritrean",)),
    Loc("CD", "RD Congo", "Nord-Kivu", "fr", ("site de Mukoto Plaine", "site de Kanyaruzinya Haut", "camp de Lwashagi Colline"),
        ("Bloc %, abri %##", "Secteur %#, abri %#", "Zone %, tente %#"),
        ("+243 81# ### ###", "+243 99# ### ###", "09^ ### ####"), "GOM", ("congolese",)),
    Loc("PK", "Pakistan", "Khyber Pakhtunkhwa", "en", ("Jalozai Refugee Village", "Mirwaiskhel Refugee Village", "Shamshatoo Camp 2"),
        ("Block %#, Tent %##", "Street %#, Compound %#", "Sector @, Block %, House %#"),
        ("+92 3^# #######", "03^#-#######", "+92 34^ #######"), "PSH", ("afghan",)),
    Loc("MX", "México", "Chiapas", "es", ("Albergue Huixtlan Norte", "Campamento Tapanatepec Sur", "Albergue El Cenicero"),
        ("Módulo %, Carpa %#", "Zona %, Carpa %##", "Dormitorio %, Litera %#"),
        ("+52 962 ^## ####", "962 ^## ####", "+52 1 962 ^## ####"), "TAP", ("haitian", "garifuna", "venezuelan")),
    Loc("CO", "Colombia", "Norte de Santander", "es", ("Asentamiento La Parada Baja", "Asentamiento Cerro Tibú", "Centro de Atención Llano Jordán"),
        ("Manzana %, Lote %#", "Sector %, Casa %#", "Zona %, Carpa %#"),
        ("+57 3^# ### ####", "3^# ### ####", "+57 31^ #######"), "CUC", ("venezuelan", "garifuna")),
    Loc("BR", "Brasil", "Roraima", "pt", ("Abrigo Jacitara", "Abrigo Pacaraima Alto", "Posto de Triagem Vila Surumu"),
        ("Quadra %, Barraca %#", "Módulo %#, Unidade %#", "Setor %, Casa %#"),
        ("+55 95 9^###-####", "(95) 9^###-####", "95 9^### ####"), "BVB", ("venezuelan",)),
    Loc("PL", "Polska", "Podkarpackie", "uk", ("Medyka Reception Point", "Zosin Hub", "Hrubieszów Collective Centre"),
        ("Hall %, Bed %#", "Room %##, Bed %", "Container %#, Room %"),
        ("+380 67 ### ## ##", "+380 50 ### ####", "+48 5^# ### ###"), "RZE", ("ukrainian",)),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
    culture: str
    female: bool
    dob: date
    loc: Loc
    phone: str
    email: str
    camp: str
    shelter: str
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def variant(self) -> str:
        """The name in another transliteration when one is on file, else "FAMILY Given" as a list writes it."""
        g, f = VARIANTS.get(self.given), VARIANTS.get(self.family)
        if g or f:
            return f"{g or self.given} {f or self.family}"
        return f"{self.family.upper()} {self.given}"


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a login."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower().replace("ı", "i") if c.isalnum())


def words(name: str) -> set[str]:
    out = set()
    for w in name.replace("-", " ").replace("'", " ").split():
        if len(w) >= 3:
            out.add(w.casefold())
            out.add(plain(w))
    return out


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None, staff: bool = False, variant_bias: float = 0.0) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again. Staff
    may come from any of the cultures (national staff and expatriates)."""
    pool_cultures = tuple(NAMES) if staff else loc.cultures
    culture = culture or rng.choice(pool_cultures)
    female = rng.random() < 0.5
    fs, ms, fams = NAMES[culture]

    def taken(n: str) -> bool:
        return bool(words(n) & used) or bool(words(VARIANTS.get(n, n)) & used)

    pool = [g for g in (fs if female else ms) if not taken(g)]
    if rng.random() < variant_bias:  # a name that is written in more than one way
        pool = [g for g in pool if g in VARIANTS] or pool
    if not pool:
        pool = [g for c in pool_cultures for g in NAMES[c][0 if female else 1] if not taken(g)]
    if not pool:  # a small table borrows from the other communities
        pool = [g for c in NAMES for g in NAMES[c][0 if female else 1] if not taken(g)]
    given = rng.choice(pool)
    used |= words(given) | words(VARIANTS.get(given, given))
    if family is None:
        free = [f for f in fams if not taken(f)]
        if rng.random() < variant_bias:
            free = [f for f in free if f in VARIANTS] or free
        free = free or [f for c in pool_cultures for f in NAMES[c][2] if not taken(f)]
        free = free or [f for c in NAMES for f in NAMES[c][2] if not taken(f)]
        family = rng.choice(free)
    if female:
        family = FEMININE.get(family, family)
    elif family in FEMININE.values():
        family = next(m for m, f in FEMININE.items() if f == family)
    used |= words(family) | words(VARIANTS.get(family, family))
    dob = ref - timedelta(days=rng.randint(*age_days))
    if not staff and rng.random() < 0.4:  # an estimated birth date, registered as 1 January
        dob = date(dob.year, 1, 1)
    g, f = plain(given), plain(family)
    email = (
        rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}.{f[0]}", f"{f}.{g}"])
        + "@"
        + rng.choice(
            [
                "msf-field.example.org",
                "unhcr-ops.example.org",
                "iom-mha.example.org",
                "gmail.com",
                "ukr.net" if loc.code == "PL" else "yahoo.fr",
            ]
        )
    )
    w = Person(given, family, culture, female, dob, loc, fill(rng, rng.choice(loc.phones)), email, rng.choice(loc.camps),
               fill(rng, rng.choice(loc.shelters)))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """ind: a registration individual number; case: the household's case number; pat: a facility's patient
    number (MRN); iom: an IOM health-assessment reference; tax: the Ukrainian RNOKPP (SSN) where it applies;
    doc: a national identity or travel document number."""
    o = w.loc.office
    out = {
        "ind": ids.individual_no(rng, o),
        "case": ids.case_no(rng, o, w.dob.year),
        "pat": fill(rng, rng.choice(["%#####", "@@-%####", f"{o}/%####"])),
        "iom": ids.iom_ref(rng, w.loc.code),
        "doc": ids.national_doc(rng, w.loc.code, w.culture),
    }
    if w.culture == "ukrainian":
        out["tax"] = ids.rnokpp(rng, w.dob, w.female)
    return out
