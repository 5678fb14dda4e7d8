"""Identifiers for probe 22. National numbers with a public check digit come from probe 20's generators
(valid check digits, validators tested there against published examples); the record, account, member and
claim numbers below are random in shapes of our own."""

from __future__ import annotations

import random
from datetime import date

from tests.engine.probe20 import ids as _v
from tests.engine.probe22.people import fill

luhn_valid = _v.luhn_valid
ssn_valid = _v.ssn_valid
nhs_valid = _v.nhs_valid
ppsn_valid = _v.ppsn_valid
cpf_valid = _v.cpf_valid
aadhaar_valid = _v.aadhaar_valid
kvnr_valid = _v.kvnr_valid
dni_valid = _v.dni_valid
nir_valid = _v.nir_valid
curp_valid = _v.curp_valid
au_medicare_valid = _v.au_medicare_valid

MRN_SHAPES = ["MR########", "00#######", "%######", "H%#-###-###", "%##-##-##", "PT%#######"]
ACCOUNT_SHAPES = ["%#########", "V%########", "ENC-%#######", "%#####-##"]
MEMBER_SHAPES = ["@@@%########", "W%########", "%########-01", "@%#######@"]


def national(rng: random.Random, country: str, given: str, family: str, born: date, female: bool) -> tuple:
    """(type, label, value) of the patient's national or health-card number."""
    match country:
        case "US":
            return "SSN", "SSN", _v.ssn(rng)
        case "CA":
            return "HEALTH_PLAN", "Health card", _v.ohip(rng)
        case "UK":
            return "ID", "NHS No", _v.nhs_number(rng)
        case "IE":
            return "ID", "PPSN", _v.ppsn(rng)
        case "AU":
            return "HEALTH_PLAN", "Medicare card", _v.au_medicare(rng)
        case "DE":
            return "HEALTH_PLAN", "KVNR", _v.kvnr(rng)
        case "FR":
            return "ID", "NIR", _v.nir(rng, born, female)
        case "ES":
            return "ID", "DNI", _v.dni(rng)
        case "MX":
            return "ID", "CURP", _v.curp(rng, given, family, born, female)
        case "BR":
            return "ID", "CPF", _v.cpf(rng)
        case "IN":
            return "ID", "Aadhaar", _v.aadhaar(rng)
        case "PH":
            return "HEALTH_PLAN", "PhilHealth PIN", fill(rng, "%#-#########-#")
        case _:
            return "ID", "NIN", fill(rng, "%##########")


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(MRN_SHAPES))


def account(rng: random.Random) -> str:
    return fill(rng, rng.choice(ACCOUNT_SHAPES))


def member(rng: random.Random) -> str:
    return fill(rng, rng.choice(MEMBER_SHAPES))


def npi(rng: random.Random) -> str:
    """A US National Provider Identifier: Luhn over '80840' + the nine-digit body."""
    body = fill(rng, "1########")
    return body + str(_v.luhn_check("80840" + body))
