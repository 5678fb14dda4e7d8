"""Identifiers of probe 30 in shapes of our own (random, synthetic): medical record numbers."""

from __future__ import annotations

import random

from tests.engine.probe30.people import fill


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "MR%######", "H-%######", "0%######"]))
