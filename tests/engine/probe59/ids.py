"""Identifiers for probe 59 (random, synthetic): imaging accession numbers, DICOM study / series / SOP
instance UIDs (an organisation root, or the 2.25 UUID-derived form), MRNs, US NPIs (Luhn over the 80840
prefix), ARRT, GMC, HCPC, AHPRA, CPSO and Indian medical-council numbers, prior-authorisation numbers and
device serials; the kit's NHS, Ontario health card, Australian Medicare and Aadhaar-like numbers."""

from __future__ import annotations

import random
import uuid

from tests.engine.probe import ids as kit

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

nhs_number = kit.nhs_number
ontario_hcn = kit.ontario_hcn
medicare_au = kit.medicare_au
aadhaar_like = kit.aadhaar_like


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def npi(rng: random.Random) -> str:
    """A 10-digit NPI whose check digit is the Luhn digit of 80840 + the first nine."""
    while True:
        body = rng.choice("12") + fill(rng, "########")
        for c in D:
            if luhn_ok("80840" + body + c):
                return body + c


def npi_ok(v: str) -> bool:
    return len(v) == 10 and luhn_ok("80840" + v)


def uid_225(rng: random.Random) -> str:
    """A 2.25 UID: the decimal form of a random UUID."""
    return f"2.25.{uuid.UUID(int=rng.getrandbits(128), version=4).int}"


def uid_org(rng: random.Random, root: str, when: str) -> str:
    """An organisation-rooted UID that embeds the study date and a patient sequence, as many PACS write."""
    return f"{root}.{when}.{fill(rng, '%#####')}.{fill(rng, '%###')}"
