"""Identifiers for probe 43 (random, synthetic): patient-side numbers (MRNs, member and group IDs, SSNs in the
issued ranges, account numbers, device serials) and the machine-side strings of AI agent traffic -- vendor API
keys, bearer JWTs, DSN passwords (CREDENTIAL) and the run / trace / message / tool-call ids that are keep."""

from __future__ import annotations

import base64
import json
import random

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
LO = "abcdefghijkmnopqrstuvwxyz"
ALNUM = UP + LO + D
HEX = "0123456789abcdef"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 1-9, ^ a digit 2-9, @ an upper-case letter, ! a lower-case letter, * any letter
    or digit, $ a hex digit; other characters as written."""
    pick = {"#": D, "%": "123456789", "^": "23456789", "@": UP, "!": LO, "*": ALNUM, "$": HEX}
    return "".join(rng.choice(pick[ch]) if ch in pick else ch for ch in pattern)


def ssn(rng: random.Random) -> str:
    """An SSN in the issued ranges (area not 000, 666 or 9xx; group and serial not zero)."""
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uuid(rng: random.Random) -> str:
    h = fill(rng, "$" * 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def jwt(rng: random.Random, sub: str) -> str:
    """A bearer JWT (header.payload.signature, base64url) whose payload names a service subject."""

    def b64(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    sig = fill(rng, "*" * 43).replace("+", "-")
    payload = b64({"sub": sub, "iat": rng.randint(1767000000, 1769000000)})
    return f"{b64({'alg': 'RS256', 'typ': 'JWT'})}.{payload}.{sig}"
