"""The slot table templates fill from: one person's identifiers (PHI) plus harmless vocabulary (keep)."""

from __future__ import annotations

import random
from datetime import timedelta

from phigate.api.identifiers import IdentifierType as T
from phigate.synthetic import vocab
from phigate.synthetic.formats import format_age_phrase, format_date
from phigate.synthetic.identity import Person
from phigate.synthetic.labels import Keep, Labelled, Phi, Slot, render


def age_slot(rng: random.Random, person: Person) -> Labelled:
    """Ages over 89 are PHI (digits labelled); younger ages are harmless and must survive."""
    before, n, after = format_age_phrase(rng, person.age, person.split)
    if person.age > 89:
        return render("{a}{n}{b}", {"a": before, "n": Phi(T.AGE, n), "b": after})
    return render("{a}", {"a": Keep(f"{before}{n}{after}".strip())}) if before or after else Labelled(n)


def address_slot(person: Person, with_country: bool) -> Labelled:
    slots: dict[str, Slot] = {
        "street": Phi(T.ADDRESS, person.street),
        "city": Phi(T.ADDRESS, person.city),
        "zip": Phi(T.ZIP, person.zip),
        "state": Keep(person.state),
        "country": Keep(person.country),
    }
    template = "{street}, {city}, {state} {zip}" if person.state else "{street}, {zip} {city}"
    if with_country:
        template += ", {country}"
    return render(template, slots)


def person_slots(rng: random.Random, person: Person) -> dict[str, Slot]:
    """Every slot a template may name. Dates are distinct days around the person's `today`."""
    split = person.split
    admit = person.today - timedelta(days=rng.randint(3, 40))
    discharge = admit + timedelta(days=rng.randint(1, 12))
    followup = discharge + timedelta(days=rng.randint(7, 30))
    procedure = admit + timedelta(days=1)
    days = {admit, discharge, followup, procedure, person.birth_date}
    if len(days) < 5:  # same day twice would label one string twice; shift the follow-up
        followup += timedelta(days=31)
    fmt = lambda d: Phi(T.DATE, format_date(rng, d, split))  # noqa: E731
    rel1, rel2 = person.relatives
    drugs = vocab.pick(rng, vocab.DRUGS, 3)
    icd = rng.choice(vocab.ICD10)
    loinc = rng.choice(vocab.LOINC)
    labs = vocab.pick(rng, vocab.LABS, 3)
    words = vocab.pick(rng, vocab.COMMON_WORDS, 3)
    clinicians = rng.sample(vocab.CLINICIANS, 3)
    he = "she" if person.sex == "female" else "he"
    slots: dict[str, Slot] = {
        "name": Phi(T.NAME, person.name),
        "given": Phi(T.NAME, person.given),
        "family": Phi(T.NAME, person.family),
        "title": person.title,
        "he": he,
        "He": he.capitalize(),
        "his": "her" if person.sex == "female" else "his",
        "His": "Her" if person.sex == "female" else "His",
        "sexword": "woman" if person.sex == "female" else "man",
        "age": age_slot(rng, person),
        "dob": fmt(person.birth_date),
        "admit": fmt(admit),
        "discharge": fmt(discharge),
        "followup": fmt(followup),
        "procedure_date": fmt(procedure),
        "address": address_slot(person, with_country=person.country != "United States"),
        "street": Phi(T.ADDRESS, person.street),
        "city": Phi(T.ADDRESS, person.city),
        "zip": Phi(T.ZIP, person.zip),
        "phone": Phi(T.PHONE, person.phone),
        "mobile": Phi(T.PHONE, person.mobile),
        "fax": Phi(T.FAX, person.fax),
        "email": Phi(T.EMAIL, person.email),
        "ssn": Phi(T.SSN, person.ssn),
        "mrn": Phi(T.MRN, person.mrn),
        "plan": Phi(T.HEALTH_PLAN, person.plan_id),
        "account": Phi(T.ACCOUNT, person.account),
        "license": Phi(T.LICENSE, person.license),
        "vin": Phi(T.VEHICLE, person.vin),
        "plate": Phi(T.VEHICLE, person.plate),
        "device": Phi(T.DEVICE, person.device_serial),
        "url": Phi(T.URL, person.url),
        "ip": Phi(T.IP, person.ipv4),
        "ipv6": Phi(T.IP, person.ipv6),
        "claim": Phi(T.ID, person.claim_id),
        "rel1": Phi(T.NAME, rel1.name),
        "rel1_rel": rel1.relation,
        "rel1_phone": Phi(T.PHONE, rel1.phone),
        "rel2": Phi(T.NAME, rel2.name),
        "rel2_rel": rel2.relation,
        "rel2_given": Phi(T.NAME, rel2.given),
        "drug1": Keep(drugs[0]),
        "drug2": Keep(drugs[1]),
        "drug3": Keep(drugs[2]),
        "route1": rng.choice(vocab.ROUTES),
        "route2": rng.choice(vocab.ROUTES),
        "dx": Keep(icd[1]),
        "icd": Keep(icd[0]),
        "loinc": Keep(loinc[0]),
        "loinc_name": Keep(loinc[1]),
        "lab1": Keep(labs[0]),
        "lab2": Keep(labs[1]),
        "lab3": Keep(labs[2]),
        "hospital": Keep(rng.choice(vocab.HOSPITALS)),
        "hospital2": Keep(rng.choice(vocab.HOSPITALS)),
        "payer": Keep(rng.choice(vocab.PAYERS)),
        "country": Keep(rng.choice(vocab.COUNTRIES)),
        "state": Keep(rng.choice(vocab.STATES)),
        "word1": Keep(words[0]),
        "word2": Keep(words[1]),
        "word3": Keep(words[2]),
        "specialty": Keep(rng.choice(vocab.SPECIALTIES)),
        "doctor": f"Dr. {clinicians[0]}",
        "doctor2": f"Dr. {clinicians[1]}",
        "nurse": f"{rng.choice('ABCDEFGHJKLMNPRSTW')}. {clinicians[2]}, RN",
    }
    return slots
