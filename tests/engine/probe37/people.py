# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the thirty-seventh probe (synthetic only; no real patient).

Given and family names are uncommon names of many traditions (West and southern African, Himalayan, South
Asian and Sri Lankan, Central Asian, Caucasian, Baltic and Nordic, Japanese, Chinese and Thai, Hawaiian,
Mexican and Andean, Balkan and Greek, Persian and Arabic, Turkish, Hebrew, Central European, Welsh, Haitian,
Brazilian), chosen so that no name word is used by probes 1-36 (test_probe37 checks it). Towns and streets
are invented; the US states they sit in are keep values.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from tests.engine.probe.people import K, P, Slot

__all__ = ["NAMES", "STREETS", "TOWNS", "K", "P", "Person", "Slot", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# tradition: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "west_african": (["Ogechi", "Fatoumata", "Aissatou", "Kadiatou"], ["Ousmane", "Boubacar", "Seydou"],
                     ["Olatunbosun", "Adesanmi", "Fasanmi", "Ezeokafor", "Obiechina", "Odunsi", "Bangoura", "Sangaré", "Asamoah", "Darkwa"]),
    "southern_east_african": (["Zinhle", "Palesa", "Keneilwe", "Mwajuma"], ["Thabo"], ["Motsoeneng", "Sithole"]),
    "himalayan": (["Dechen", "Pema"], ["Tenzing", "Norbu", "Dorje"], ["Gurung", "Tamang"]),
    "south_asian": (["Shyamala", "Kamakshi", "Rukmini", "Ranjana", "Sushila", "Lakshmibai", "Sabitri"],
                    ["Raghavendra", "Gopalakrishnan", "Srinivasan", "Parminder"],
                    ["Vaidyanathan", "Chakravarti", "Kallarackal", "Thekkedath", "Pulikkottil", "Ramachandran", "Chettiar",
                     "Kodikara", "Wijesinghe", "Jayawardena"]),
    "central_asian": (["Aizhan", "Ainura", "Bermet", "Cholpon", "Nargiza", "Shakhnoza", "Munisa"],
                      ["Bakyt", "Temirlan", "Farrukh", "Jasur", "Rustam"],
                      ["Zhakupov", "Nurmagambetov", "Abdrakhmanov", "Yusupov", "Karimov"]),
    "caucasus": (["Mehriban", "Sevinj", "Gohar", "Nvard"], ["Elchin", "Vugar", "Rashad", "Gevorg", "Vakhtang", "Tamaz", "Vartan"],
                 ["Aliyev", "Mammadov", "Hakobyan", "Sargsyan", "Grigoryan", "Lomidze", "Tsiklauri", "Kapanadze", "Haroutunian", "Kasparian"]),
    "baltic_nordic": (["Baiba", "Egle", "Jurgita", "Triin", "Piret", "Maarja", "Ragnheiður", "Bergljót", "Brynhild", "Halldis", "Pirjo"],
                      ["Arunas", "Mindaugas", "Margus", "Halldór", "Magnar", "Tuomas", "Jouko"],
                      ["Berzins", "Ozolins", "Kalnins", "Petrauskas", "Jónsdóttir", "Gunnarsson", "Haraldsen", "Bjørnstad", "Fagerli", "Hämäläinen", "Räsänen"]),
    "japanese": (["Yoshie", "Sumiko", "Teruko", "Fusako", "Kimiyo", "Haruyo"], ["Shigeru", "Yoshio", "Masanori", "Tomoyuki"],
                 ["Yoshikawa", "Nakagawa", "Fujimori", "Tsuchiya"]),
    "chinese_thai": (["Xiuying"], ["Guangming", "Wiroj"], ["Sirikul", "Lertsakul", "Pongsiri", "Chantharasombat", "Chaisiriwong", "Limthongkul"]),
    "hawaiian": (["Kaimana"], ["Kanoa"], ["Kapaona", "Kekauoha", "Kahale", "Mahoe"]),
    "mexican_andean": (["Ofelia", "Rosalba", "Yaritza"], ["Epifanio", "Cuitlahuac"],
                       ["Cuevas", "Xicotencatl", "Urrutia", "Bustillos", "Huanca", "Ticona", "Huamani"]),
    "balkan_greek": (["Radmila", "Jadranka", "Zorica", "Mirjana", "Desislava", "Radostina", "Tsvetana", "Stoyanka", "Ekaterini", "Fotini", "Eleftheria"],
                     ["Dragoljub", "Miodrag", "Radovan", "Todor", "Stoyan", "Grigor", "Dimosthenis", "Stelios", "Charalambos"],
                     ["Radulović", "Georgiev", "Panayotov", "Kotsopoulos", "Triantafyllou", "Antonopoulos", "Papadimitriou", "Stavropoulou"]),
    "persian_arabic": (["Golnaz", "Parvaneh", "Farzaneh", "Thuraya", "Nawal", "Raghad"], ["Bahman", "Qusay"],
                       ["Ghorbani", "Esfandiari", "Khosravani", "Al-Rubaie", "Qawasmi", "Barghouti"]),
    "turkish": (["Nurhan"], ["Tuncay"], ["Karaağaç", "Dumanlı"]),
    "hebrew": (["Tzipora"], ["Yehuda"], ["Rosenzweig", "Mandelbaum", "Abergil", "Nahmias", "Elmakias", "Lemberger"]),
    "central_european": (["Gyöngyi"], ["Bohumil"], ["Bárány", "Vámos", "Hlavacek", "Kratochvíl"]),
    "welsh_haitian_brazilian": (["Cerys"], ["Wisly", "Claudinei"], ["Llwyd", "Augustin"]),
}  # fmt: skip

# invented towns (state is keep, ZIP drawn from the pattern) and streets (name, suffix)
TOWNS = [("Brindlecombe", "Vermont", "05###"), ("Sedgewater", "Michigan", "49###"), ("Burdockmere", "Ohio", "44###"),
         ("Embermoor", "Pennsylvania", "16###"), ("Glimmerton", "Missouri", "65###"), ("Foxtallow", "Kentucky", "42###"),
         ("Cinderholt", "Wisconsin", "54###"), ("Pellmarsh", "Nebraska", "68###"), ("Quillonby", "Arkansas", "72###"),
         ("Ashwick Hollow", "Tennessee", "37###"), ("Larchmead", "Minnesota", "56###"), ("Dunmorrow", "Oklahoma", "74###")]  # fmt: skip
STREETS = [("Quernstone", "Road"), ("Sablecrest", "Avenue"), ("Pewterfield", "Lane"), ("Otterbrook", "Way"),
           ("Lanternhill", "Drive"), ("Slatebarrow", "Court"), ("Saddlestone", "Street"), ("Marlpit", "Lane"),
           ("Mortarfield", "Row"), ("Cobbleford", "Terrace"), ("Spindlewood", "Circle"), ("Dovecote", "Parkway")]  # fmt: skip

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "protonmail.com"]
PHONES = ["(%##) %##-####", "%##-%##-####", "%##.%##.####", "+1 %## %##-####"]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    return "".join(
        rng.choice(D)
        if ch == "#"
        else rng.choice("23456789")
        if ch == "%"
        else rng.choice(UP)
        if ch == "@"
        else ch
        for ch in pattern
    )


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    middle: str  # a middle initial ("K")
    phone: str
    email: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _ascii(s: str) -> str:
    s = s.lower().replace("ð", "d").replace("þ", "th").replace("ø", "o").replace("ı", "i")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("'", "").replace(" ", "").replace("-", "")


def draw_person(
    rng: random.Random, used: set[str], family: str | None = None, female: bool | None = None
) -> Person:
    """A person whose name words are not yet used in the document; `family` fixes the family name (kin)."""
    female = rng.random() < 0.5 if female is None else female
    culture = rng.choice(sorted(NAMES))
    f, m, fam = NAMES[culture]
    same_sex = [g for fs, ms, _ in NAMES.values() for g in (fs if female else ms) if g not in used]
    given = rng.choice([g for g in (f if female else m) if g not in used] or same_sex)
    if family is None:
        family = rng.choice(
            [x for x in fam if x not in used] or [x for *_, xs in NAMES.values() for x in xs if x not in used]
        )
    used |= {given, family}
    g, fa = _ascii(given), _ascii(family)
    local = rng.choice(
        [f"{g}.{fa}", f"{g[0]}{fa}", f"{g}{rng.randint(10, 99)}", f"{fa}.{g[0]}{rng.randint(1, 9)}"]
    )
    email = local + "@" + rng.choice(EMAIL_DOMAINS)
    return Person(given, family, female, rng.choice(UP), fill(rng, rng.choice(PHONES)), email)
