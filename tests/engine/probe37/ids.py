"""Identifiers of probe 37 in shapes of our own (random, synthetic): trial subject IDs, inmate and booking
numbers, medical-examiner, poison-centre, VAERS-style and safety-database case numbers, and the usual record,
plan, licence, vehicle, device, account and credential values."""

from __future__ import annotations

import random
import string

from tests.engine.probe37.people import fill

HEX = "0123456789ABCDEF"
VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def subject_id(rng: random.Random, site: str) -> str:
    shapes = [f"{site}-{fill(rng, '0###')}", f"{site}{fill(rng, '###')}", f"S{site}-{fill(rng, '0##')}"]
    return rng.choice(shapes)


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "MR%######", "00%######", "E%#######"]))


def inmate_no(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%######", "@%#####", "%#-@-####"]))


def booking_no(rng: random.Random) -> str:
    return fill(rng, rng.choice(["BK%######", "%#-######", "J%#######"]))


def me_case(rng: random.Random) -> str:
    return fill(rng, rng.choice(["ME-%#-#####", "%#-0####", "MEO%#-####"]))


def poison_case(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#########", "PC-%###-#####"]))


def vaers_id(rng: random.Random) -> str:
    return fill(rng, "%######-1")


def safety_case(rng: random.Random) -> str:
    return fill(rng, rng.choice(["US-ZNT-%#######", "ZNT%#-######", "US-ZENTH-%#-#####"]))


def rx(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%######", "%#######", "%##-####"]))


def ssn(rng: random.Random) -> str:
    return fill(rng, "%##-##-####")


def licence(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@%######", "%########", "@###-####-####", "@@%#####"]))


def medicaid(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@%#####@", "%##########", "MCD%########"]))


def plate(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%@@-####", "@@@ %##", "%@@@%#"]))


def vin(rng: random.Random) -> str:
    return "".join(rng.choice(VIN) for _ in range(17))


def device_serial(rng: random.Random) -> str:
    return fill(rng, rng.choice(["PJN%######", "RNP%#####@", "SN %#-####-###"]))


def account(rng: random.Random) -> str:
    return fill(rng, rng.choice(["%#######", "A%######", "%###-####-##"]))


def api_token(rng: random.Random) -> str:
    return "".join(rng.choice(HEX) for _ in range(32))


def ip(rng: random.Random) -> str:
    first = rng.choice([24, 68, 73, 98, 172, 107])
    return f"{first}.{rng.randint(16, 250)}.{rng.randint(0, 250)}.{rng.randint(2, 250)}"


def video_url(rng: random.Random, handle: str) -> str:
    tail = "".join(rng.choice(string.ascii_letters + "0123456789") for _ in range(11))
    return f"https://vidshare.example/{handle}/v/{tail}"
