# ruff: noqa: E501  (hand-aligned data tables)
"""People of the twenty-seventh probe (dates, times and ages): name lists invented for this probe
(synthetic only). Seven name words turned out to be shared with earlier probes (pinned as
KNOWN_NAME_OVERLAP in test_probe27; found after the measurement, left in). The probe has no
addresses: its subject is dates and ages, the people are there to sit beside them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.engine.probe.people import K, P, Slot

__all__ = ["FAMILY", "FEMALE", "MALE", "K", "P", "Person", "Slot", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

FEMALE = ["Oriwenna", "Saffrelle", "Ilvaretta", "Quenby", "Marisolde", "Tavisha", "Elsabet", "Yolandrea",
          "Brisenda", "Corvella", "Ninoska", "Hesperine", "Jovianna", "Odalys", "Perpetuina", "Wrenna"]  # fmt: skip
MALE = ["Barnabus", "Teodric", "Cassimir", "Oswaldo", "Leontyne", "Fenwick", "Isandro", "Radomir",
        "Gwilym", "Anselmo", "Thaddeo", "Ulbrecht", "Zebulon", "Ignatz", "Marcellus", "Evander"]  # fmt: skip
FAMILY = ["Quarrington", "Vellacott", "Abernathy-Stroud", "Okonjibe", "Trevellick", "Duvalcourt", "Szymborak",
          "Halvorsrud", "Mbekwane", "Castellanza", "Yoshimitsu", "Piedrabuena", "Kowalczuk", "Renwaldt",
          "Fairclough", "Ostrowiec", "Lindqvarn", "Tsvetanova", "Achterberg", "Nakashimo", "Bellweather",
          "Grimsditch", "Paxmanor", "Rourkely"]  # fmt: skip

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "fastmail.com"]


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    return "".join(
        rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@" else ch
        for ch in pattern
    )


PHONES = ["(%##) %##-####", "%##-%##-####", "+1 %##-%##-####", "07%## %#####", "+44 20 %### ####"]


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    phone: str
    email: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def draw_person(rng: random.Random, used: set[str], female: bool | None = None) -> Person:
    """A person whose given and family names are not yet used in the document."""
    female = rng.random() < 0.5 if female is None else female
    given = rng.choice([g for g in (FEMALE if female else MALE) if g not in used])
    family = rng.choice([f for f in FAMILY if f not in used])
    used |= {given, family}
    mail_local = rng.choice([f"{given}.{family}", f"{given[0]}{family}", f"{family}{rng.randint(10, 99)}"])
    email = mail_local.lower().replace("-", "") + "@" + rng.choice(EMAIL_DOMAINS)
    return Person(given, family, female, fill(rng, rng.choice(PHONES)), email)
