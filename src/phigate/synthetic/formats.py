"""Ways of writing dates and ages, per split: `heldout` uses formats `dev` never shows."""

from __future__ import annotations

import random
from datetime import date

from phigate.synthetic.identity import Split

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(rng: random.Random, d: date, split: Split) -> str:
    """A date as a clinician or a system would write it (always with a day: Safe Harbor item 3)."""
    m, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    if split == "dev":
        forms = [
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year}",
            d.isoformat(),
            f"{m} {d.day}, {d.year}",
            f"{d.day} {mon} {d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{mon} {d.day}, {d.year}",
        ]
    else:
        forms = [
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}-{mon.upper()}-{d.year}",
            f"the {_ordinal(d.day)} of {m} {d.year}",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{m} {_ordinal(d.day)}, {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{mon}. {d.day} {d.year}",
            f"{d.year}{d.month:02d}{d.day:02d}",
        ]
    return rng.choice(forms)


def format_age_phrase(rng: random.Random, age: int, split: Split) -> tuple[str, str, str]:
    """(before, age digits, after): the digits are the labelled value, the rest is context."""
    if split == "dev":
        forms = [("a ", "-year-old"), ("", " y/o"), ("aged ", ""), ("", " yo")]
    else:
        forms = [("", " years of age"), ("a ", " y.o."), ("age ", ""), ("", "-yr-old"), ("", " Jahre alt")]
    before, after = rng.choice(forms)
    return before, str(age), after
