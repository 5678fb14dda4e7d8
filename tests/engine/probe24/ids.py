"""Identifiers of probe 24: SSNs from probe 20's generator (valid area, group and serial); mother and baby
record numbers, certificate, case and member numbers in shapes of our own (random, synthetic)."""

from __future__ import annotations

import random

from tests.engine.probe20 import ids as _v
from tests.engine.probe24.people import fill

ssn_valid = _v.ssn_valid


def ssn(rng: random.Random) -> str:
    return _v.ssn(rng)


def mother_mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["00%######", "W%#######", "%#######", "LD-%######"]))


def baby_mrn(rng: random.Random, mother: str) -> str:
    """A newborn's number: its own, or the mother's with a suffix, as many nurseries write it."""
    return rng.choice([fill(rng, "NB%######"), fill(rng, "E%#######"), f"{mother}-B", fill(rng, "9%######")])


def case_number(rng: random.Random) -> str:
    return fill(rng, rng.choice(["CPS-20##-%#####", "FC%######", "JV-##-%####", "DR-20##-####"]))


def certificate(rng: random.Random) -> str:
    return fill(rng, rng.choice(["1##-20##-%#####", "20##%#######", "B%##-#####"]))


def member(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@@%########", "M%########", "%########@"]))
