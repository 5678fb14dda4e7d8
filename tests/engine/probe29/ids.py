"""Identifiers and secrets of probe 29 (random, synthetic): SSNs in the valid shape (area not 000/666/9xx,
group not 00, serial not 0000), record, member and portal numbers of our own shapes, public IPv4 addresses
of patients' devices (never private, loopback or documentation ranges), passwords, API keys and tokens."""

from __future__ import annotations

import random
import string

from tests.engine.probe29.people import fill


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def ssn_valid(s: str) -> bool:
    a, g, n = s.split("-")
    shape = len(a) == 3 and len(g) == 2 and len(n) == 4
    return shape and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def mrn(rng: random.Random) -> str:
    return fill(rng, rng.choice(["K########", "MRN-#######", "#########", "HX@######"]))


def member(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@@@#########", "W#########", "MBR-########"]))


def public_ip(rng: random.Random) -> str:
    while True:
        a = rng.randint(11, 223)
        if a not in (100, 127, 169, 172, 192, 198, 203):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def portal_url(rng: random.Random) -> str:
    hosts = ["mychart.tidewater-clinic.example", "portal.kestrelhealth.example", "app.lumenpeds.example"]
    host = rng.choice(hosts)
    path = rng.choice(["/patients/{}/messages", "/p/{}/results", "/records/{}/visit-summary.pdf"])
    return "https://" + host + path.format(fill(rng, "########"))


def password(rng: random.Random) -> str:
    return fill(rng, rng.choice(["@aaaa#aa!aaa##", "aaa@aaaa-##aa@", "@aaaaaa##$aaaa"]))


def api_key(rng: random.Random) -> str:
    prefix = rng.choice(["sk_live_", "pk_prod_", "hk-"])
    return prefix + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(28))


def bearer(rng: random.Random) -> str:
    alpha = string.ascii_letters + string.digits
    head = "".join(rng.choice(alpha) for _ in range(36))
    return "eyJhbGciOiJSUzI1NiJ9." + head + "." + "".join(rng.choice(alpha) for _ in range(22))
