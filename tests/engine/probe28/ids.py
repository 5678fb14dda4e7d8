"""Identifiers of probe 28, in shapes of our own (random, synthetic): passports, travel-insurance policies,
claim and case references, international-desk patient numbers."""

from __future__ import annotations

import random

from tests.engine.probe28.people import fill


def passport(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@%#######", "@@%######", "%########"]))


def policy(rng: random.Random) -> str:
    return fill(rng, rng.choice(["TRV-%#####-@@", "@@%########", "GLB/%###/####"]))


def claim(rng: random.Random) -> str:
    return fill(rng, rng.choice(["CLM-20##-%#####", "@%######-##", "AC%#######"]))


def patient_no(rng: random.Random) -> str:
    return fill(rng, rng.choice(["HN%#######", "IP-%######", "%########"]))


def case_ref(rng: random.Random) -> str:
    return fill(rng, rng.choice(["MT-%####-@", "REF/20##/%####", "@@-%#####"]))
