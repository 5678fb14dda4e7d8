# ruff: noqa: E501  (hand-aligned data tables)
"""People, families and places of the twenty-fourth probe (families and newborns): name lists, towns and
streets invented for this probe (synthetic only). No name word, town or street is used by probes 1-23
(checked in test_probe24).

Each culture writes a full name its own way: given + family, two Hispanic surnames (father's first, then
mother's first), Arabic "bin"/"bint" + father's given name + family, Icelandic patronymics (-dóttir/-son
built from the father's given name), Russian given + patronymic + family, East Asian family name first,
Filipino given + middle (mother's maiden) + family. A child's names are derived from its parents'.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot

__all__ = ["NAMES", "PLACES", "K", "P", "Person", "Slot", "child_of", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Marlowena", "Tansy", "Kerrilyn", "Oakleigh", "Brynnlee"], ["Brannock", "Tuckerman", "Jessup", "Coltrane"],
              ["Whitlatch", "Pemberthy", "Scarbrake", "Tillottery", "Dunwoody", "Hockaday"]),
    "hispanic": (["Yaretzi", "Maricrucita", "Anaxiomara", "Itzamaray"], ["Eustorgio", "Nepomoseno", "Heribaldo", "Cuauhtlatoa"],
                 ["Zamudiaga", "Tlapancalco", "Villasendero", "Cárcamo", "Olguín", "Arreguín", "Urquidi", "Zepahua"]),
    "arabic": (["Ruqayya", "Lubaba", "Shaimaara", "Thurayya"], ["Muhannad", "Zubair", "Ubaidah", "Nawwafiq"],
               ["Al-Qahtawi", "Al-Mahrouqi", "Bamuhriz", "Al-Shidhani", "Baqutayan"]),
    "icelandic": (["Hrafnborg", "Álfrún", "Þórey", "Ragnveig"], ["Hallvarður", "Steinþór", "Vígsteinn", "Þorgrímur"],
                  []),
    "russian": (["Zinaida", "Avdotya", "Ulyanitsa", "Pelageya"], ["Arkhip", "Savely", "Gordey", "Yefim"],
                ["Belozerskikh", "Chernykh", "Zhuravko", "Pashkevich", "Sedykh"]),
    "korean": (["Bomi", "Yeseul", "Dasom"], ["Taegyun", "Haram", "Seungwoo"], ["Gwak", "Eom", "Pyeok", "Seokhwa"]),
    "japanese": (["Chitose", "Kanoko", "Sayori"], ["Rintaro", "Kojiro", "Eitaro"], ["Kuwabara", "Hoshizaki", "Nakagame", "Tsurumaki"]),
    "chinese": (["Xiaoqing", "Meiyan", "Shuhui"], ["Haoyuanyi", "Weiliang", "Junhui"], ["Ouyangzi", "Zhugeyan", "Situ", "Shangguanmo"]),
    "marathi": (["Shubhankari", "Vaidehika", "Mrinmayee", "Tejasvitha"], ["Hrishivardhan", "Chaitanya", "Omkareshwar", "Devavrat"],
                ["Bhagwatkar", "Deshmane", "Pandharipande", "Thakare", "Vemulapalli"]),
    "filipino": (["Lualhati", "Jonalizza", "Marivictoria", "Rosebelle"], ["Bayanito", "Dindoy", "Jomarito", "Rodelito"],
                 ["Dimaculaylay", "Sumulongco", "Bagatsing", "Macatulad", "Lumbao"]),
    "irish": (["Caoilfhionn", "Fionnabhair", "Sadhbhín", "Gobnait"], ["Tadhgán", "Donnchán", "Fiachnae", "Cathalán"],
              ["Breathnachán", "Ó Flannabhra", "Mag Eochadáin", "Ó Ceallagáin"]),
    "german": (["Wiltrud", "Irmgunde", "Hiltrudis", "Edelgunde"], ["Gottlieb", "Wolframmo", "Siegbald", "Hartmuth"],
               ["Oberhollenzer", "Kleinschwender-Rauch", "Pfannenschwarz", "Wunderlich", "Ziegenhagen"]),
    "french": (["Ghislanée", "Aldegonde", "Bérengarde", "Clothilde"], ["Anselmoux", "Gonzalvius", "Baudouin", "Aymeric"],
               ["Fauconnet", "Desmazures-Lamothière", "Vaillandry", "Bourguignon", "Lemaîtrier"]),
    "igbo": (["Ugochinyere", "Chizitere", "Nneamaka"], ["Ikemefulam", "Obiajulu", "Kelechukwu"],
             ["Anyichukwu-Obiozor", "Nwachinemere", "Ezeigbo", "Onwuzurike"]),
}  # fmt: skip

# Icelandic father's given name -> genitive stem of the patronymic
ICE_STEM = {"Hallvarður": "Hallvarðs", "Steinþór": "Steinþórs", "Vígsteinn": "Vígsteins", "Þorgrímur": "Þorgríms",
            "Grímkell": "Grímkels", "Ásbrandur": "Ásbrands"}  # fmt: skip
# Russian father's given name -> (daughter's, son's) patronymic
RU_PATR = {"Arkhip": ("Arkhipovna", "Arkhipovich"), "Savely": ("Savelyevna", "Savelyevich"),
           "Gordey": ("Gordeyevna", "Gordeyevich"), "Yefim": ("Yefimovna", "Yefimovich"),
           "Prokhor": ("Prokhorovna", "Prokhorovich"), "Nazar": ("Nazarovna", "Nazarovich")}  # fmt: skip
FAMILY_FIRST = {"korean", "japanese", "chinese"}
NICKS = ["Tootsie", "Bitsykins", "Pookiebear", "Dodie", "Binky", "Mimsy", "Tadpole", "Sprout", "Nugget", "Kipper"]

CULTURES_OF = {
    "US": sorted(NAMES), "UK": ["anglo", "irish", "marathi", "igbo", "arabic"], "CA": ["french", "anglo", "chinese", "filipino"],
    "AU": ["anglo", "korean", "chinese", "filipino"], "IE": ["irish", "anglo", "filipino"], "IN": ["marathi"],
    "PH": ["filipino"], "MX": ["hispanic"], "ES": ["hispanic", "arabic"], "DE": ["german", "russian", "arabic"],
    "FR": ["french", "arabic"], "IS": ["icelandic"],
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    town: str
    region: str  # state, province, county (plain text inside an address)
    postcode: str  # fill() pattern


PLACES: dict[str, list[Place]] = {
    "US": [Place("Persimmon Flats", "KS", "67###"), Place("Harrowgate Springs", "OH", "43###"), Place("Snowberry Junction", "CO", "81###"),
           Place("Kettle Ponds", "MN", "56###"), Place("Loon Hollow", "NH", "03###"), Place("Marrowbone Station", "KY", "41###"),
           Place("Catbird Mesa", "NM", "87###"), Place("Sycamore Shoals Bend", "GA", "31###")],
    "UK": [Place("Much Piddleton", "Dorset", "DT# #@@"), Place("Great Snaresby", "Lincolnshire", "LN## #@@")],
    "CA": [Place("Pinecroft Harbour", "NB", "E#@ #@#"), Place("Lac-des-Huards", "QC", "J#@ #@#")],
    "AU": [Place("Wombeyan Flats", "NSW", "2###"), Place("Quandong Springs", "SA", "5###")],
    "IE": [Place("Ballycorrib", "Co. Galway", "H91 @#@#"), Place("Kilbrannagh", "Co. Clare", "V95 @#@#")],
    "IN": [Place("Pimpalgaon Khurd", "Maharashtra", "42####"), Place("Wadgaon Sheri Budruk", "Maharashtra", "41####")],
    "PH": [Place("Barangay Malagunlong", "Batangas", "42##"), Place("Sitio Kabuhayan", "Laguna", "40##")],
    "MX": [Place("Tlalixcoyan Norte", "Ver.", "95###"), Place("Colonia Los Ahuehuetes", "Pue.", "72###")],
    "ES": [Place("Villanueva del Romeral", "Toledo", "45###"), Place("Santa Olalla de Cuérniga", "Cáceres", "10###")],
    "DE": [Place("Oberhaslach am Wald", "Baden-Württemberg", "7####"), Place("Kleinfeldmoor", "Niedersachsen", "2####")],
    "FR": [Place("Saint-Aubin-des-Grèves", "Ille-et-Vilaine", "35###"), Place("Montferrand-la-Brûlée", "Cantal", "15###")],
    "IS": [Place("Hrafnseyrarbyggð", "Vestfirðir", "4##")],
}  # fmt: skip

STREETS = ["Buttonbush Lane", "Quillwort Drive", "Larkspur Hollow Road", "Dovetail Court", "Ninebark Avenue",
           "Pennyroyal Street", "Thimbleweed Way", "Sweetfern Circle", "Spicebush Terrace", "Hobblebush Row"]  # fmt: skip
LOCAL_STREETS = {
    "MX": ["Calle Jacarandas Poniente", "Privada de los Colorines"], "ES": ["Calle del Alcaraván", "Travesía de las Eras Altas"],
    "DE": ["Holunderweg", "Am Krähenwinkel"], "FR": ["Rue des Tanneurs-Vieux", "Allée des Grives"],
    "IN": ["Gulmohar Lane, Sector 9", "Tulsibaug Road"], "PH": ["Purok Sampaguita", "Kalye Kamagong"],
    "IS": ["Lóugata", "Heiðarbraut efri"],
}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    return "".join(
        rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@" else ch
        for ch in pattern
    )


PHONES = {"US": ["(%##) %##-####", "%##-%##-####", "%##.%##.####"], "CA": ["(%##) %##-####", "%##-%##-####"],
          "UK": ["07%## ######", "07%##-###-###"], "AU": ["04## ### ###", "(0%) #### ####"],
          "IE": ["08% ### ####", "+353 8% ### ####"], "IN": ["+91 9#### #####", "09#########"],
          "PH": ["+63 9## ### ####", "09##-###-####"], "MX": ["+52 55 #### ####", "55 ####-####"],
          "ES": ["6## ## ## ##", "+34 6## ### ###"], "DE": ["01## ########", "+49 15# #######"],
          "FR": ["06 ## ## ## ##", "+33 7 ## ## ## ##"], "IS": ["+354 8## ####", "6## ####"]}  # fmt: skip


@dataclass(slots=True)
class Person:
    culture: str
    given: str
    family: str  # the surname as a record writes it after "Baby Girl" ("Zamudio Olguín", "Hallvarðsdóttir")
    full: str  # the full name as the culture writes it
    female: bool
    born: date
    phone: str
    phone2: str
    email: str
    nick: str
    words: set[str] = field(default_factory=set)


def _ascii(s: str) -> str:
    return "".join(c for c in s.casefold() if c.isalnum() and c.isascii())


def _free(words: str, used: set[str]) -> bool:
    ws = {w.casefold() for w in words.replace("-", " ").split() if len(w) >= 3}
    return not ws & used


def _mark(words: str, used: set[str]) -> None:
    used |= {w.casefold() for w in words.replace("-", " ").split() if len(w) >= 3}


def _contact(rng: random.Random, country: str, given: str, family: str) -> tuple[str, str, str]:
    pats = PHONES[country]
    g, f = _ascii(given), _ascii(family)
    local = rng.choice([f"{g}.{f}", f"{g[0]}{f}{rng.randint(2, 99)}", f"{f}{g[:3]}", f"{g}_{f[:4]}"])
    return fill(rng, rng.choice(pats)), fill(rng, rng.choice(pats)), f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def _compose(culture: str, given: str, female: bool, father_given: str, fam: list[str]) -> tuple[str, str]:
    """(family as written after 'Baby Girl', full name) in the culture's own order."""
    if culture == "hispanic":
        family = f"{fam[0]} {fam[1]}"
        return family, f"{given} {family}"
    if culture == "arabic":
        return fam[0], f"{given} {'bint' if female else 'bin'} {father_given} {fam[0]}"
    if culture == "icelandic":
        family = ICE_STEM[father_given] + ("dóttir" if female else "son")
        return family, f"{given} {family}"
    if culture == "russian":
        return fam[0], f"{given} {RU_PATR[father_given][0 if female else 1]} {fam[0]}"
    if culture in FAMILY_FIRST:
        return fam[0], f"{fam[0]} {given}"
    if culture == "filipino":
        return fam[0], f"{given} {fam[1]} {fam[0]}"
    return fam[0], f"{given} {fam[0]}"


def _father_given(rng: random.Random, culture: str) -> str:
    if culture == "icelandic":
        return rng.choice(sorted(ICE_STEM))
    if culture == "russian":
        return rng.choice(sorted(RU_PATR))
    return rng.choice(NAMES[culture][1])


def draw_person(rng: random.Random, used: set[str], country: str, *, age: tuple[int, int] = (22, 80),
                female: bool | None = None, culture: str | None = None, today: date = date(2024, 9, 1)) -> Person:  # fmt: skip
    """A person of `country` whose name words are not in `used` (then added)."""
    for attempt in range(400):
        pool = [culture] if culture and attempt < 100 else CULTURES_OF[country] if attempt < 250 else sorted(NAMES)
        cult = rng.choice(pool)
        fem = rng.random() < 0.5 if female is None else female
        fg, mg, fams = NAMES[cult]
        given = rng.choice(fg if fem else mg)
        fam = rng.sample(fams, 2) if len(fams) >= 2 else []
        fgiven = _father_given(rng, cult)
        if fgiven == given:
            continue
        family, full = _compose(cult, given, fem, fgiven, fam)
        if _free(full, used):
            _mark(full, used)
            break
    else:  # pragma: no cover
        raise RuntimeError("name lists exhausted")
    years = rng.randint(*age)
    born = today - timedelta(days=365 * years + rng.randint(10, 340))
    ph, ph2, em = _contact(rng, country, given, family.split()[0])
    return Person(cult, given, family, full, fem, born, ph, ph2, em, rng.choice(NICKS))


def child_of(rng: random.Random, used: set[str], mother: Person, father: Person, country: str, born: date,
             female: bool) -> Person:  # fmt: skip
    """A child of `mother` and `father` (same culture as the father), named as that culture names children."""
    cult = father.culture
    fg, mg, _ = NAMES[cult]
    for attempt in range(200):
        pool = (fg if female else mg) if attempt < 60 else [n for c in sorted(NAMES) for n in NAMES[c][0 if female else 1]]
        given = rng.choice(pool)
        if _free(given, used):
            break
    else:  # pragma: no cover
        raise RuntimeError("given names exhausted")
    _mark(given, used)
    first = father.family.split()[0]
    if cult == "hispanic":
        family = f"{first} {mother.family.split()[0]}" if mother.culture == "hispanic" else father.family
        full = f"{given} {family}"
    elif cult == "arabic":
        family, full = father.family, f"{given} {'bint' if female else 'bin'} {father.given} {father.family}"
    elif cult == "icelandic":
        family = ICE_STEM.get(father.given, "Ásbrands") + ("dóttir" if female else "son")
        full = f"{given} {family}"
    elif cult == "russian":
        family = father.family
        full = f"{given} {RU_PATR.get(father.given, RU_PATR['Nazar'])[0 if female else 1]} {family}"
    elif cult in FAMILY_FIRST:
        family, full = father.family, f"{father.family} {given}"
    elif cult == "filipino":
        family = father.family
        full = f"{given} {mother.family} {family}"
    else:
        family, full = father.family, f"{given} {father.family}"
    ph, ph2, em = _contact(rng, country, given, family.split()[0])
    return Person(cult, given, family, full, female, born, ph, ph2, em, rng.choice(NICKS))
