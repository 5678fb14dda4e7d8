"""Identifiers of probe 32 in shapes of our own (random, synthetic)."""

from __future__ import annotations

import random

from tests.engine.probe32.people import fill


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "MR%######", "IHS-%#####", "0%######"]))


def a_number(rng: random.Random) -> str:
    """A US alien registration number (A-Number) as forms print it."""
    return fill(rng, rng.choice(["A%##-###-###", "A%########", "A %## ### ###"]))


def medicaid(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@%#######", "%########@", "MCD-%######"]))


def passport(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@%######", "@@%######", "%########"]))


def tribal_id(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%###-####", "CIB-%#####"]))
