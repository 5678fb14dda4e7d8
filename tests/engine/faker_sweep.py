"""Every Faker locale through eight templates of our own: how much of a person's name, address, phone,
e-mail and dates survives the engine.

    python -m tests.engine.faker_sweep [--records 8] [--worst 40]

Not the tuning corpus (phigate.synthetic uses a handful of locales and other templates) and not a probe
(Faker's name lists are in the engine's lexicon): it checks the label, address and date shapes of every
locale Faker writes, in native scripts too. Addresses are scored by their comma-separated parts; a part
that is a state, region or country may stay (Safe Harbor), so a few leaks counted here are allowed ones,
and so are honorifics ("Dr.") that the scorer takes for a name's part.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from tests.engine.probe.run_probe import find_leak, make_masker

TEMPLATES = [
    "Pt {name} ({age}) seen today. Lives at {addr}. Call back {phone}. DOB {dob}.",
    "Spoke with {name} by phone this morning; {first} reports the rash is better. Email: {email}",
    "Patient: {name}\nAddress: {addr}\nTelephone: {phone}\nDate of birth: {dob}",
    "Referral for {name}, born {dob}, resident at {addr}. Contact {email} or {phone}.",
    "{name} was admitted on {seen} with chest pain. {last} has a history of CHF.",
    '{{"patient_name": "{jname}", "home": "{jaddr}", "mobile": "{phone}", "birth": "{dob}"}}',
    "Hi {first}, your appointment on {seen} is confirmed. Reply STOP. -- Clinic",
    "Emergency contact: {name2} (spouse), {phone2}",
]


@dataclass
class SweepResult:
    total: Counter = field(default_factory=Counter)  # (locale, type) -> values
    leaked: Counter = field(default_factory=Counter)
    examples: dict[str, list[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(list))

    def rate(self) -> float:
        return sum(self.leaked.values()) / max(1, sum(self.total.values()))


def _record(fake: Any, rng: random.Random) -> dict[str, str]:
    name = fake.name()
    parts = name.split()
    return {
        "name": name, "first": parts[0], "last": parts[-1], "name2": fake.name(),
        "addr": fake.address().replace("\n", ", "), "phone": fake.phone_number(),
        "phone2": fake.phone_number(), "email": fake.email(), "age": str(rng.randint(30, 80)),
        "dob": fake.date_of_birth(minimum_age=20, maximum_age=88).strftime(
            rng.choice(["%m/%d/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %B %Y"])),
        "seen": fake.date_between("-2y").strftime(rng.choice(["%m/%d/%Y", "%d.%m.%Y", "%B %d, %Y"])),
    }


def sweep(records: int = 8, locales: list[str] | None = None, masker: Any = None) -> SweepResult:
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    masker = masker or make_masker()
    res = SweepResult()
    for loc in locales or AVAILABLE_LOCALES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecated locale aliases
            fake = Faker(loc)
        fake.seed_instance(7)
        rng = random.Random(loc)
        for i in range(records):
            try:
                r = _record(fake, rng)
            except Exception:  # a locale without some provider
                continue
            r["jname"], r["jaddr"] = json.dumps(r["name"])[1:-1], json.dumps(r["addr"])[1:-1]
            text = TEMPLATES[i % len(TEMPLATES)].format(**r)
            out = [masker.mask_text(text).document]
            values = {
                "NAME": [r["name"], r["name2"], r["first"], r["last"]], "PHONE": [r["phone"], r["phone2"]],
                "EMAIL": [r["email"]], "DATE": [r["dob"], r["seen"]],
                "ADDRESS": [p.strip() for p in r["addr"].split(",") if p.strip()],
            }
            for type_, vs in values.items():
                for v in vs:
                    if v not in text:
                        continue
                    res.total[(loc, type_)] += 1
                    hit = find_leak(type_, v, out)
                    if hit is not None:
                        res.leaked[(loc, type_)] += 1
                        res.examples[loc].append((type_, v, hit[1]))
    return res


def report(res: SweepResult, worst: int = 40) -> str:
    by_type: Counter = Counter()
    by_type_total: Counter = Counter()
    by_loc: Counter = Counter()
    by_loc_total: Counter = Counter()
    for (loc, t), n in res.total.items():
        by_type_total[t] += n
        by_loc_total[loc] += n
        by_type[t] += res.leaked[(loc, t)]
        by_loc[loc] += res.leaked[(loc, t)]
    lines = [f"all: {sum(res.leaked.values())}/{sum(res.total.values())} = {res.rate():.2%} leaked"]
    lines += [f"  {t}: {by_type[t]}/{by_type_total[t]}" for t in sorted(by_type_total)]
    for loc in sorted(by_loc_total, key=lambda k: -by_loc[k] / by_loc_total[k])[:worst]:
        if by_loc[loc]:
            ex = " | ".join(f"{t}:{v!r} -> {c!r}" for t, v, c in res.examples[loc][:3])
            lines.append(f"{loc}: {by_loc[loc]}/{by_loc_total[loc]}  {ex}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--records", type=int, default=8)
    p.add_argument("--worst", type=int, default=40)
    args = p.parse_args(argv)
    print(report(sweep(args.records), args.worst))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
