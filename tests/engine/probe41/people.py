# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the forty-first probe: technical clinical and health-IT text in US, UK,
Canadian and Australian English (synthetic only; no real patient). Name words come from Yoruba, Igbo, Amharic,
Somali, Tamil, Telugu, Bengali, Filipino, Korean, Chinese, Japanese, Thai, Indonesian, Samoan, Maori, Greek,
Italian, Portuguese, Lithuanian, Latvian, Finnish, Hungarian, Romanian, Georgian, Armenian, Turkish, Persian,
Arabic, Hebrew, Irish, Scottish, Welsh, Basque, Catalan, Inuit, Hawaiian, Icelandic, Dutch and Norwegian naming,
combined at random: never a real person. They were checked against every string of the people tables of probes
1-40 (test_probe41: no shared name word, town or street).

Towns and streets are invented; states, provinces and countries are real and are plain text inside an address.
Numbers are random; an NHS number carries its modulus-11 check digit.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe41 import ids
from tests.engine.probe41.ids import fill

__all__ = ["COUNTRIES", "NAMES", "Country", "K", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "west_african": (["Olufunmilayo", "Uchechukwu"], ["Uchechukwu"], ["Akinyemi"]),
    "ethiopian_somali": (["Tsion", "Kidist", "Betelhem", "Cawo"], ["Tewodros"], ["Alemu", "Mekonnen", "Abera"]),
    "southern_african": ([], [], ["Zulu", "Radebe", "Buthelezi"]),
    "south_indian": (["Kalaivani", "Anbarasi", "Lakshmiprasanna", "Sravanthi", "Padmavathi", "Bhargavi"], ["Saravanan", "Vairamuthu", "Nagaraju"],
                     ["Palanisamy", "Muthusamy", "Velusamy", "Thangavel", "Duraisamy", "Chowdary", "Rao", "Gadde", "Kolli", "Vemuri"]),
    "bengali": (["Rupali", "Sharmistha", "Sudipta", "Moumita"], ["Debashis", "Subhankar", "Anirban", "Arindam", "Kaushik"], ["Ghoshal", "Lahiri", "Maitra"]),
    "filipino": (["Nenita"], [], []),
    "korean": (["Minseo"], ["Junseo", "Taeyang", "Jaewon"], []),
    "chinese": (["Xiulan", "Meixiang"], ["Guowei", "Jiahao"], ["Liang"]),
    "japanese": (["Sakurako", "Naoko", "Yoshiko"], ["Ryuunosuke", "Hideaki"], ["Saito"]),
    "thai_indonesian": (["Chanida", "Wulan", "Rahmawati"], ["Nattapong", "Sekar", "Budiono"], ["Wongsakul", "Suwannarat", "Phongsathorn", "Pratama"]),
    "pacific": (["Vailea"], [], ["Leaupepe", "Rangihau"]),
    "greek": (["Theodora", "Kalliope"], ["Dimitrios", "Anastasios"], ["Karagiannis", "Nikolaidis", "Economou", "Mavridis", "Alexiou"]),
    "italian": ([], ["Gianfranco"], ["Colombo", "Ferraro", "Galli", "Barbieri", "Fontana", "Santoro", "Mariani", "Caruso", "Ferrara"]),
    "portuguese": (["Conceicao", "Albertina", "Graca"], ["Arlindo"], ["Magalhaes", "Pinheiro", "Cardoso"]),
    "baltic": (["Rasa", "Ausra", "Ieva", "Gunta"], ["Gintaras", "Algirdas", "Arturas", "Janis", "Valdis"],
               ["Jankauskas", "Stankevicius", "Vasiliauskas", "Zukauskas", "Butkus", "Paulauskas", "Liepins", "Krumins", "Vitols", "Zarins"]),
    "finnish": (["Raili", "Kaarina"], ["Seppo", "Jorma", "Pentti", "Ilkka"], ["Makinen", "Nieminen", "Hamalainen", "Laine", "Heikkinen", "Koskinen", "Jarvinen", "Lehtonen", "Saarinen"]),
    "hungarian": (["Ildiko", "Gyongyi"], ["Laszlo", "Gyula", "Tibor", "Zoltan", "Csaba"], ["Szabo", "Horvath", "Molnar", "Nemeth", "Balogh", "Papp", "Takacs", "Juhasz"]),
    "romanian": (["Florica", "Viorica"], ["Ionut", "Costel", "Valeriu"], ["Ionescu", "Stanciu", "Gheorghiu", "Dobre", "Ungureanu"]),
    "caucasian": (["Nino"], ["Giorgi", "Levan", "Lasha", "Armen"], ["Maisuradze", "Jgerenaia", "Harutyunyan", "Khachatryan", "Vardanyan"]),
    "turkish_persian": (["Gulsen", "Ayten", "Mahnaz"], ["Kemal", "Ercan", "Oguz", "Bahram", "Behrouz"],
                        ["Yilmaz", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk", "Arslan", "Dogan", "Kilic", "Aslan", "Cetin", "Hosseini", "Moradi", "Rostami"]),
    "arabic_hebrew": (["Suhair", "Ayelet", "Tova", "Yehudit", "Nechama"], ["Tareq", "Eliezer", "Shlomo", "Yitzhak"],
                      ["Awad", "Qasim", "Friedman", "Goldberg", "Rosenthal", "Katz", "Shapiro", "Abramowitz", "Weinstein", "Halevi"]),
    "gaelic_welsh": (["Grainne", "Catriona", "Karen", "Annie"], ["Donnacha", "Ruaraidh"], ["Flannery", "Geraghty", "Howells", "Macrae", "Matheson", "Munro"]),
    "iberian": (["Amaia"], [], ["Aguirrezabal", "Puigdemont", "Casademont", "Vilaplana", "Pujol", "Roig"]),
    "inuit_hawaiian": (["Qaumajuq", "Kanani"], ["Tagak"], ["Arnaquq", "Kunuk", "Ootoova", "Kublu", "Nutarak", "Kekumu", "Kanoho"]),
    "nordic_dutch": (["Thorunn"], ["Einar", "Sigurdur", "Hallgrimur", "Steinar", "Eivind"],
                     ["Sigurdsson", "Gudmundsdottir", "Jonsdottir", "Magnusson", "Einarsdottir", "Thorsteinsson", "Vandenberg", "Meijer", "Mulder", "Dekker", "Kvale", "Fjeld", "Lunde"]),
}  # fmt: skip

EMAIL_DOMAINS = {
    "us": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"],
    "gb": ["btinternet.com", "gmail.com", "outlook.com", "icloud.com"],
    "ca": ["sympatico.ca", "gmail.com", "outlook.com", "yahoo.ca"],
    "au": ["optusnet.com.au", "bigpond.com", "gmail.com", "icloud.com"],
}


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str  # keep
    regions: tuple[str, ...]  # states / counties / provinces: plain text in an address
    towns: tuple[str, ...]  # invented towns and suburbs (ADDRESS)
    streets: tuple[str, ...]  # invented street names with their kind (ADDRESS inside a street line)
    phone: tuple[str, ...]
    zip: str
    plan_label: str
    plan: tuple[str, ...]
    hospitals: tuple[str, ...]  # invented (keep)


def _c(**kw: object) -> Country:
    return Country(**kw)  # type: ignore[arg-type]


COUNTRIES: dict[str, Country] = {c.code: c for c in [
    _c(code="us", name="United States", regions=("Vermont", "Iowa", "Kansas", "Maine", "Arizona", "Idaho"),
       towns=("Quenby Falls", "Ostrander Gap", "Farrowdale", "Cresthollow", "Mossbeck", "Galliard Springs", "Pomfret Landing", "Wendover Flats"),
       streets=("Gannet Hollow Road", "Sorrel Ridge Drive", "Teasel Court", "Wickerbasket Way", "Hobnail Avenue", "Ostrander Mill Lane"),
       phone=("(%##) %##-####", "%##-%##-####", "%##.%##.####"), zip="%####",
       plan_label="Member ID", plan=("@@@%########", "%@@%-@@%-@@%#", "W%########"),
       hospitals=("St Ignatius Medical Center", "Lakeshore Memorial Hospital", "Mercy Valley Health")),
    _c(code="gb", name="United Kingdom", regions=("Norfolk", "Shropshire", "Durham", "Dorset", "Cheshire", "Suffolk"),
       towns=("Scarrowby", "Haddenthwaite", "Kelsbury St Mary", "Upper Brackley Fen", "Thornwick Minster", "Orrisdale", "Brantham Lees", "Gilsworth"),
       streets=("Tenterfield Row", "Bellfounders Lane", "Coopersgate", "Malthouse Wynd", "Skelgate Close", "Ropemakers Walk"),
       phone=("07%## %#####", "0%### %#####"), zip="@@% %@@",
       plan_label="NHS No", plan=("nhs",),
       hospitals=("Royal Cavendish Infirmary", "St Aldhelm's Hospital", "Queen Adelaide University Hospital")),
    _c(code="ca", name="Canada", regions=("Ontario", "Manitoba", "Saskatchewan", "British Columbia", "New Brunswick", "Alberta"),
       towns=("Kinosota Bay", "Lac-Vermeil", "Pekisko Crossing", "Okanese Falls", "Moosehide Landing", "Saint-Evariste-des-Pins", "Brokenhead Narrows", "Kettle Portage"),
       streets=("Larchmere Crescent", "Chickadee Line", "Fireweed Drive", "Trapline Trail", "Loonsong Road", "Muskrat Bay Road"),
       phone=("(%##) %##-####", "%##-%##-####"), zip="@%@ %@%",
       plan_label="Health card", plan=("%###-###-###-@@", "%### ### ###"),
       hospitals=("Grand River Health Sciences Centre", "Hopital Sainte-Rosalie", "Northern Lights Regional Hospital")),
    _c(code="au", name="Australia", regions=("Queensland", "Victoria", "New South Wales", "South Australia", "Tasmania", "Western Australia"),
       towns=("Wirrabara Creek", "Yallambee Flats", "Tarcoola Springs", "Murrindal Heights", "Coolabah Vale", "Bundaleer Park", "Gidgee Downs", "Warrigal Point"),
       streets=("Quandong Crescent", "Blackbutt Street", "Mallee Parade", "Brolga Close", "Spinifex Road", "Ghost Gum Avenue"),
       phone=("04## ### ###", "(0%) %### ####"), zip="%###",
       plan_label="Medicare No", plan=("%### #####%#", "%#########"),
       hospitals=("Southern Cross Base Hospital", "Mount Carmel Private Hospital", "Royal Federation Hospital")),
]}  # fmt: skip

AU_STATES = {"Queensland": "QLD", "Victoria": "VIC", "New South Wales": "NSW", "South Australia": "SA", "Tasmania": "TAS",
             "Western Australia": "WA"}  # fmt: skip


@dataclass(slots=True)
class Person:
    cc: str
    given: str
    family: str
    female: bool
    dob: date
    phone: str
    email: str
    street: str
    town: str
    zip: str
    region: str
    plan: str
    mrn: str
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _addr(c: Country, w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    if c.code == "au":
        return (A(w.street), ", ", A(w.town), " ", AU_STATES[w.region], " ", Z(w.zip))
    return (A(w.street), ", ", A(w.town), ", ", w.region, " ", Z(w.zip))


ADULT = (22 * 365, 84 * 365)


def _pick(rng: random.Random, values: tuple[str, ...], used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


def draw_person(rng: random.Random, cc: str, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = ADULT) -> Person:  # fmt: skip
    """A person of country `cc` whose name words, town and street are not yet used in the document."""
    c = COUNTRIES[cc]
    female = rng.random() < 0.5 if female is None else female
    culture = rng.choice([k for k, (f, m, _) in NAMES.items() if (f if female else m)])
    fs, ms, _ = NAMES[culture]
    given = rng.choice([g for g in (fs if female else ms) if g not in used]
                       or [g for f, m, _ in NAMES.values() for g in (f if female else m) if g not in used])  # fmt: skip
    fam_culture = rng.choice([culture, *rng.sample(list(NAMES), 2)])
    family = rng.choice([x for x in NAMES[fam_culture][2] if x not in used]
                        or [x for *_, xs in NAMES.values() for x in xs if x not in used])  # fmt: skip
    used |= {given, family}
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = given.lower(), family.lower()
    local = rng.choice(
        [f"{g[0]}.{f}", f"{g}.{f}", f"{g}{f}{dob.year % 100:02d}", f"{f}_{g[0]}", f"{g}{f[0]}"]
    )
    email = f"{local}@{rng.choice(EMAIL_DOMAINS[cc])}"
    town = _pick(rng, c.towns, used)
    street_name = _pick(rng, c.streets, used)
    used |= {town, street_name}
    plan_pat = rng.choice(c.plan)
    plan = ids.nhs_number(rng) if plan_pat == "nhs" else fill(rng, plan_pat)
    mrn = fill(rng, rng.choice(["%#######", "%######", "00%#####"]))
    w = Person(cc, given, family, female, dob, fill(rng, rng.choice(c.phone)), email,
               f"{rng.randint(2, 489)} {street_name}", town, fill(rng, c.zip), rng.choice(c.regions), plan, mrn)  # fmt: skip
    w.addr = _addr(c, w)
    return w
