"""Identifiers of probe 36 in shapes of our own (random, synthetic)."""

from __future__ import annotations

import random

from tests.engine.probe36.people import fill


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%######", "%#######", "00%#####", "%######"]))


def member_id(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@@%########", "@%########", "%#########@@"]))


def ssn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%##-##-####", "%## ## ####"]))
