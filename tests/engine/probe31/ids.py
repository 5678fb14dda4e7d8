"""National and hospital identifiers of probe 31 in local shapes (random digits, synthetic only)."""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe31.dates import FA_DIGITS
from tests.engine.probe31.people import fill


def snils(rng: random.Random) -> str:
    return fill(rng, "%##-###-### ##")


def inn(rng: random.Random) -> str:
    return fill(rng, "%###########")


def oms(rng: random.Random) -> str:
    return fill(rng, "%###############")


def rnokpp(rng: random.Random) -> str:
    return fill(rng, "%#########")


def egn(rng: random.Random, born: date) -> str:
    return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}" + fill(rng, "####")


def jmbg(rng: random.Random, born: date) -> str:
    return f"{born.day:02d}{born.month:02d}{born.year % 1000:03d}" + fill(rng, "7#####")


def amka(rng: random.Random, born: date) -> str:
    return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}" + fill(rng, "#####")


def teudat_zehut(rng: random.Random) -> str:
    return fill(rng, "0%#######")


def saudi_id(rng: random.Random) -> str:
    return fill(rng, "1#########")


def egypt_id(rng: random.Random, born: date) -> str:
    return f"2{born.year % 100:02d}{born.month:02d}{born.day:02d}" + fill(rng, "%######")


def melli(rng: random.Random, persian: bool) -> str:
    v = fill(rng, "%##-######-#")
    return v.translate(FA_DIGITS) if persian else v


def aadhaar(rng: random.Random) -> str:
    return fill(rng, "%### #### ####")


def bd_nid(rng: random.Random) -> str:
    return fill(rng, "%#########")


def thai_id(rng: random.Random) -> str:
    return fill(rng, "3-####-#####-##-#")


def cn_id(rng: random.Random, born: date) -> str:
    tail = fill(rng, "###") + rng.choice("0123456789X")
    return fill(rng, "51####") + f"{born.year}{born.month:02d}{born.day:02d}" + tail


def tw_id(rng: random.Random, female: bool) -> str:
    return rng.choice("PQRSTUV") + ("2" if female else "1") + fill(rng, "########")


def my_number(rng: random.Random) -> str:
    return fill(rng, "%### #### ####")


def rrn(rng: random.Random, born: date, female: bool) -> str:
    sex = "2" if female else "1"
    return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}-{sex}" + fill(rng, "######")


def mrn(rng: random.Random, pattern: str) -> str:
    return fill(rng, pattern)
