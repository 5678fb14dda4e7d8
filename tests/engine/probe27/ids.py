"""Identifiers of probe 27 in shapes of our own (random, synthetic): record, account, accession,
prescription, claim and member numbers."""

from __future__ import annotations

import random

from tests.engine.probe27.people import fill


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "MR-%######", "K%######", "00%#####"]))


def account(rng: random.Random) -> str:
    return fill(rng, rng.choice(["ACC%########", "V%#########", "FIN-%#######"]))


def accession(rng: random.Random) -> str:
    return fill(rng, rng.choice(["LX%#-######", "@@%#######", "CH-%########"]))


def rx(rng: random.Random) -> str:
    return fill(rng, rng.choice(["RX %######", "%######-##", "Rx#%#######"]))


def claim(rng: random.Random) -> str:
    return fill(rng, rng.choice(["CLM-%###-#####", "%#########@", "EOB%########"]))


def member(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@@%########", "W%########", "%#######-0#"]))
