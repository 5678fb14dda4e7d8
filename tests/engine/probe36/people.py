# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and spoken-number helpers for the thirty-sixth probe (synthetic only; no real
patient). Names are invented or very common given/family names of mixed origins, checked against probes
1-31 (test_probe36: no shared name word, nickname, town or street). Towns and streets are invented.

The corpus writes every name as careless text does: all lower case, ALL CAPS, "FAMILY GIVEN" on pagers,
"given + initial", and names with a particle split by speech-to-text ("mc quarrie", "o dowda",
"de la tejera"). Numbers are also rendered as an ASR engine spells them ("five five five two one ...").
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.engine.probe.people import K, P, Slot

__all__ = [
    "NAMES",
    "NICKS",
    "PARTICLE_FAMILIES",
    "STREETS",
    "TOWNS",
    "K",
    "P",
    "Person",
    "Slot",
    "draw_person",
    "fill",
    "spoken_day",
    "spoken_digits",
    "spoken_number",
    "spoken_year",
]  # fmt: skip

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Brinley", "Dorrit", "Averil", "Tamzin", "Gwendolyn"], ["Jethro", "Clive", "Errol"], ["Pennycuick", "Bramhall", "Winterbottom", "Blenkinsop", "Heppenstall", "Satterthwaite"]),
    "irish_scots": (["Oona", "Tiernan", "Rozalind"], ["Eamon", "Winston"], ["Ruddock", "Ibbotson", "Mossop"]),
    "hispanic": (["Deysi", "Dayanara", "Luciana", "Sabela"], ["Everardo", "Refugio", "Cuauhtemoc"], ["Barragan", "Arredondo", "Betancourt", "Santillan", "Tafolla", "Valdivia"]),
    "west_african": (["Chidera", "Ayanna"], ["Idris"], ["Nwadike", "Obiakor"]),
    "slavic": (["Yevgenia", "Wiktoria"], ["Vasily", "Anatoly", "Dobromir", "Przemek", "Jaroslav"], ["Wisniewska", "Jankowski", "Nowicki"]),
    "east_asian": (["Ritsuko", "Akiko"], ["Hiroki"], ["Takahara", "Moriyasu", "Kuroda"]),
    "south_asian": (["Anusha"], ["Arjun", "Rohit", "Siddharth", "Pranav", "Harinder", "Navdeep", "Baldev"], ["Kothari", "Jhaveri", "Mehrotra"]),
    "pacific": (["Kalinda"], ["Keanu"], ["Kealamakia", "Palakiko"]),
    "us_mixed": (["Makenna", "Shaylee", "Caydence", "Ashlynn", "Keturah", "Beulah", "Tameka", "Shaniqua", "Nevaeh", "Meredith", "Harriet"], ["Corvin", "Benedikt", "Mateus", "Davi"], ["Crabtree", "Alcantara", "Pulido"]),
}  # fmt: skip

# family names with a particle: (as written in a record, as speech-to-text splits it)
PARTICLE_FAMILIES = [("McQuarrie", "mc quarrie"), ("McKittrick", "mc kittrick"), ("McElhinney", "mc elhinney"),
                     ("McCutcheon", "mc cutcheon"), ("O'Dowda", "o dowda"), ("O'Gorman", "o gorman"),
                     ("de la Tejera", "de la tejera")]  # fmt: skip

# nicknames a person "goes by" (drawn independently of the given name)
NICKS = ["dotsy", "rozzie", "tamtam", "jetty", "benni", "kally", "wenny", "bubsy", "sugar-plum", "nonny", "pipkin", "zuzu"]

# invented towns (state is keep) and streets
TOWNS = [("Brackenford", "ohio", "43###"), ("Quillmoor", "iowa", "52###"), ("Thistlewick", "maine", "04###"),
         ("Marrowbend", "kansas", "67###"), ("Copperlake", "oregon", "97###"), ("Wrenhollow", "vermont", "05###"),
         ("Saltbridge", "georgia", "31###"), ("Oxbarrow", "indiana", "47###"), ("Kettlebury", "idaho", "83###"),
         ("Gullwater", "delaware", "19###")]  # fmt: skip
STREETS = [("Cobwell", "ln", "lane"), ("Pelican Rest", "rd", "road"), ("Barleymow", "ct", "court"),
           ("Tumbleweed", "trl", "trail"), ("Millwheel", "way", "way"), ("Wickerbasket", "dr", "drive"),
           ("Candlewick", "ave", "avenue"), ("Hobnail", "ct", "court"), ("Weatherboard", "ln", "lane"),
           ("Furrowgate", "rd", "road"), ("Tinplate", "st", "street")]  # fmt: skip

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net"]
PHONES = ["%##-%##-####", "%##.%##.####", "(%##)%##-####", "%## %## ####", "%##%##%###", "1-%##-%##-####"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
       "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth"}  # fmt: skip


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    return "".join(
        rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@" else ch
        for ch in pattern
    )


def spoken_number(n: int) -> str:
    """0-999 as words ("ninety three", "one hundred two")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    rest = n % 100
    return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + spoken_number(rest))


def spoken_digits(s: str, rng: random.Random) -> str:
    """Digits read one by one as ASR writes them; zero sometimes "oh"; other characters dropped."""
    zero = rng.choice(["zero", "oh"])
    return " ".join(zero if c == "0" else ONES[int(c)] for c in s if c.isdigit())


def spoken_day(day: int) -> str:
    """An ordinal day of the month in words ("third", "twenty first")."""
    words = spoken_number(day).split()
    words[-1] = ORD.get(words[-1], words[-1] + "th")
    return " ".join(words)


def spoken_year(year: int) -> str:
    hi, lo = divmod(year, 100)
    if hi == 20 and lo < 10:
        return "two thousand" + ("" if lo == 0 else " " + ONES[lo])
    return spoken_number(hi) + " " + (("oh " + ONES[lo]) if 0 < lo < 10 else "hundred" if lo == 0 else spoken_number(lo))


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    nick: str
    phone: str
    email: str
    asr_family: str  # the family name as speech-to-text writes it (lower case, particle split)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def draw_person(rng: random.Random, used: set[str], particle: bool = False) -> Person:
    """A person whose name words are not yet used in the document; `particle` draws a Mc/O'/de la family."""
    female = rng.random() < 0.5
    culture = rng.choice(sorted(NAMES))
    f, m, fam = NAMES[culture]
    pool = f if female else m
    same_sex = [g for fs, ms, _ in NAMES.values() for g in (fs if female else ms) if g not in used]
    given = rng.choice([g for g in pool if g not in used] or same_sex)
    if particle:
        family, asr = rng.choice([pf for pf in PARTICLE_FAMILIES if pf[0] not in used])
    else:
        family = rng.choice([x for x in fam if x not in used] or [x for *_, xs in NAMES.values() for x in xs if x not in used])
        asr = family.lower()
    nick = rng.choice([n for n in NICKS if n not in used])
    used |= {given, family, nick}
    bare = family.replace("'", "").replace(" ", "").lower()
    local = rng.choice([f"{given.lower()}.{bare}", f"{given[0].lower()}{bare}", f"{given.lower()}{rng.randint(10, 99)}",
                        f"{bare}{given[0].lower()}{rng.randint(1, 9)}"])  # fmt: skip
    email = local + "@" + rng.choice(EMAIL_DOMAINS)
    return Person(given, family, female, nick, fill(rng, rng.choice(PHONES)), email, asr)
