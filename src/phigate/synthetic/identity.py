"""Synthetic people: every identifier a Safe Harbor note can carry, from per-split Faker locales.

`dev` draws names and addresses from en_US/en_GB; `heldout` from a dozen other locales (German,
Spanish, French, Italian, Polish, Vietnamese, romanised Chinese, Indian, Nigerian, Brazilian,
Turkish), so a detector tuned on `dev` is measured honestly on names and places it has not seen.
Nothing here is real: Faker invents every value, and number formats are drawn at random.
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Literal

from faker import Faker

Split = Literal["dev", "heldout"]
SPLITS: tuple[Split, ...] = ("dev", "heldout")

# locale -> weight. Names and addresses come from these.
NAME_LOCALES: dict[Split, dict[str, int]] = {
    "dev": {"en_US": 4, "en_GB": 1},
    "heldout": {
        "de_DE": 2,
        "es_ES": 2,
        "fr_FR": 2,
        "it_IT": 2,
        "pl_PL": 2,
        "vi_VN": 2,
        "zh_CN": 2,
        "en_IN": 2,
        "yo_NG": 1,
        "en_NG": 1,
        "ha_NG": 1,
        "pt_BR": 2,
        "tr_TR": 1,
    },
}
# Locales whose address provider is not Latin-script or not their own: borrow another's addresses.
ADDRESS_LOCALE: dict[str, str] = {"zh_CN": "en_IN"}

# Country (harmless, kept) by address locale.
COUNTRY: dict[str, str] = {
    "en_US": "United States",
    "en_GB": "United Kingdom",
    "de_DE": "Germany",
    "es_ES": "Spain",
    "fr_FR": "France",
    "it_IT": "Italy",
    "pl_PL": "Poland",
    "vi_VN": "Vietnam",
    "en_IN": "India",
    "yo_NG": "United States",
    "en_NG": "United States",
    "ha_NG": "United States",
    "pt_BR": "Brazil",
    "tr_TR": "United States",
}

US_STATES = [
    "Ohio",
    "Texas",
    "California",
    "Oregon",
    "Vermont",
    "Georgia",
    "Arizona",
    "Michigan",
    "Nevada",
    "Maine",
    "Iowa",
    "Kansas",
    "Montana",
    "Florida",
    "Colorado",
    "Wisconsin",
    "Minnesota",
    "Utah",
]

RELATIONS: dict[Split, list[str]] = {
    "dev": ["wife", "husband", "daughter", "son", "mother", "father", "sister", "brother"],
    "heldout": [
        "spouse",
        "partner",
        "granddaughter",
        "grandson",
        "niece",
        "nephew",
        "aunt",
        "uncle",
        "son-in-law",
        "daughter-in-law",
        "legal guardian",
        "roommate",
    ],
}

RELATION_SEX = {
    "wife": "female",
    "husband": "male",
    "daughter": "female",
    "son": "male",
    "mother": "female",
    "father": "male",
    "sister": "female",
    "brother": "male",
    "granddaughter": "female",
    "grandson": "male",
    "niece": "female",
    "nephew": "male",
    "aunt": "female",
    "uncle": "male",
    "son-in-law": "male",
    "daughter-in-law": "female",
}


@cache
def faker_for(locale: str) -> Faker:
    fake = Faker(locale)
    for provider in fake.providers:
        # Faker's it_IT builds `cities` as list(set(...)): its order, and so the city a seed picks,
        # changes with PYTHONHASHSEED. Sorted, the same seed gives the same corpus in every process.
        cities = getattr(type(provider), "cities", None)
        if type(provider).__module__.endswith("address.it_IT") and isinstance(cities, list):
            provider.cities = sorted(cities)  # type: ignore[attr-defined]
    return fake


def seeded_faker(rng: random.Random, locale: str) -> Faker:
    """The cached Faker for `locale`, re-seeded from `rng` so output depends only on the seed."""
    fake = faker_for(locale)
    fake.seed_instance(rng.getrandbits(64))
    return fake


def pick_locale(rng: random.Random, split: Split) -> str:
    weights = NAME_LOCALES[split]
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def ascii_fold(text: str) -> str:
    """`Zięcik` -> `Ziecik`, for e-mail local parts and URLs."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def one_line(text: str) -> str:
    return " ".join(text.replace("\n", ", ").split())


@dataclass(slots=True)
class Relative:
    relation: str
    given: str
    family: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


@dataclass(slots=True)
class Person:
    """One synthetic patient and every identifier a document about them may mention."""

    locale: str
    split: Split
    given: str
    family: str
    sex: Literal["female", "male"]
    birth_date: date
    today: date  # the document's "now"; ages are computed against it
    street: str
    city: str
    zip: str
    state: str  # harmless: Safe Harbor keeps states
    country: str  # harmless
    phone: str
    mobile: str
    fax: str
    email: str
    ssn: str
    mrn: str
    plan_id: str
    account: str
    license: str
    vin: str
    plate: str
    device_serial: str
    url: str
    ipv4: str
    ipv6: str
    claim_id: str
    relatives: list[Relative] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def age(self) -> int:
        years = self.today.year - self.birth_date.year
        if (self.today.month, self.today.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years

    @property
    def title(self) -> str:
        return "Mrs." if self.sex == "female" else "Mr."


def _name(fake: Faker, locale: str, sex: str) -> tuple[str, str]:
    if locale == "zh_CN":  # romanised, as a US chart would carry it
        return fake.first_romanized_name(), fake.last_romanized_name()
    given = fake.first_name_female() if sex == "female" else fake.first_name_male()
    return given.split()[0], fake.last_name().split()[0]


def _phone(rng: random.Random, fake: Faker, split: Split) -> str:
    if rng.random() < 0.5:
        return one_line(fake.phone_number())
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), digits(rng, 4)
    forms = {
        "dev": [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"],
        "heldout": [f"+1 ({a}) {b} {c}", f"1-{a}-{b}-{c}", f"{a}/{b}-{c}", f"+1.{a}.{b}.{c}"],
    }[split]
    return rng.choice(forms)


def _ids(rng: random.Random, split: Split) -> dict[str, str]:
    d, L = (lambda n: digits(rng, n)), (lambda n: letters(rng, n))
    if split == "dev":
        return {
            "mrn": rng.choice([d(8), f"MR{d(7)}", f"{d(3)}-{d(2)}-{d(3)}"]),
            "plan_id": rng.choice([f"{L(3)}{d(9)}", f"W{d(9)}", f"{d(3)}{L(2)}{d(6)}"]),
            "account": rng.choice([d(10), f"ACC-{d(8)}", f"{d(4)}-{d(6)}"]),
            "license": rng.choice([f"{L(1)}{d(7)}", f"{d(3)}-{d(3)}-{d(3)}", f"DL{d(8)}"]),
            "device_serial": rng.choice([f"SN{d(9)}", f"{L(2)}-{d(4)}-{L(1)}{d(3)}", f"PM{d(6)}{L(1)}"]),
            "claim_id": rng.choice([f"CLM-{d(10)}", f"{d(2)}{L(1)}{d(9)}"]),
        }
    return {
        "mrn": rng.choice([f"{L(1)}-{d(4)}-{d(2)}", f"{d(2)}.{d(3)}.{d(3)}", f"H{d(9)}", f"{d(6)}/{d(2)}"]),
        "plan_id": rng.choice([f"{d(2)}-{d(4)}-{d(3)}-{d(2)}", f"{L(1)}{d(9)}", f"{L(2)}/{d(7)}"]),
        "account": rng.choice([f"{d(4)} {d(4)} {d(2)}", f"{L(2)}{d(12)}", f"#{d(9)}"]),
        "license": rng.choice(
            [f"{L(1)}{d(3)}-{d(4)}-{d(4)}", f"{d(2)}{L(2)}{d(5)}", f"{L(1)}{d(2)}{L(3)}{d(5)}"]
        ),
        "device_serial": rng.choice([f"{L(3)}{d(7)}", f"{d(4)}-{L(2)}-{d(4)}", f"{L(1)}{d(2)}{L(1)}{d(6)}"]),
        "claim_id": rng.choice([f"{d(4)}-{d(6)}-{d(2)}", f"{L(2)}{d(10)}"]),
    }


def make_person(rng: random.Random, split: Split = "dev", *, old: bool | None = None) -> Person:
    """A synthetic patient; `old=True` makes them 90 or older (a Safe Harbor age identifier)."""
    locale = pick_locale(rng, split)
    fake = seeded_faker(rng, locale)
    addr_locale = ADDRESS_LOCALE.get(locale, locale)
    afake = fake if addr_locale == locale else seeded_faker(rng, addr_locale)
    sex: Literal["female", "male"] = rng.choice(["female", "male"])
    given, family = _name(fake, locale, sex)
    today = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    if old is None:
        old = rng.random() < 0.25
    # ages 90..104: an engine writes "over 89" for each (no age in it), so 90 is scored like the rest
    age = rng.randint(90, 104) if old else rng.randint(19, 85)
    birth_date = today - timedelta(days=age * 365 + rng.randint(10, 350))
    user = f"{ascii_fold(given)}.{ascii_fold(family)}{rng.randint(1, 99)}"
    domain = rng.choice(["example.com", "mail.example.net", "example.org", "inbox.example"])
    rel_fake = seeded_faker(rng, locale)
    relatives = []
    for relation in rng.sample(RELATIONS[split], 2):
        rsex = RELATION_SEX.get(relation) or rng.choice(["female", "male"])
        rg, rf = _name(rel_fake, locale, rsex)
        relatives.append(Relative(relation, rg, rng.choice([rf, family]), _phone(rng, rel_fake, split)))
    state = rng.choice(US_STATES) if addr_locale.startswith(("en_US", "yo", "en_NG", "ha", "tr")) else ""
    ids = _ids(rng, split)
    us = seeded_faker(rng, "en_US")
    return Person(
        locale=locale,
        split=split,
        given=given,
        family=family,
        sex=sex,
        birth_date=birth_date,
        today=today,
        street=one_line(afake.street_address()),
        city=one_line(afake.city()),
        zip=afake.postcode().replace(" ", "") if addr_locale != "en_GB" else afake.postcode(),
        state=state,
        country=COUNTRY.get(addr_locale, "United States"),
        phone=_phone(rng, fake, split),
        mobile=_phone(rng, fake, split),
        fax=_phone(rng, fake, split),
        email=f"{user}@{domain}",
        ssn=us.ssn() if rng.random() < 0.5 else f"{rng.randint(100, 665)}-{digits(rng, 2)}-{digits(rng, 4)}",
        vin=us.vin(),
        plate=fake.license_plate()
        if hasattr(fake, "license_plate")
        else f"{letters(rng, 3)}-{digits(rng, 4)}",
        url=rng.choice(
            [
                f"https://www.{ascii_fold(family)}{rng.randint(10, 99)}.example/",
                f"https://portal.example-health.org/patient/{digits(rng, 7)}",
                f"http://{ascii_fold(given)}{ascii_fold(family)}.blog.example/about",
            ]
        ),
        ipv4=fake.ipv4_public(),
        ipv6=fake.ipv6(),
        relatives=relatives,
        **ids,
    )
