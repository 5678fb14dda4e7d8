"""Quick self-measurement of the engine (not a test; run: python tests/engine/measure.py).

Generates labelled synthetic notes with Faker (several locales), then reports the share of PHI
values that leak, the share of harmless values masked, and throughput on free text and a FHIR Bundle.
The official numbers come from benchmarks/masking.py; this is the engineer's own yardstick.
"""

from __future__ import annotations

import json
import random
import time

from faker import Faker

from phigate.api.policy import Masking
from phigate.engine import Masker, compile_plan

LOCALES = ["en_US", "de_DE", "es_ES", "fr_FR", "it_IT", "pl_PL", "vi_VN", "en_IN", "en_NG"]
HARMLESS = ["metformin 500 mg", "E11.9", "LOINC 2345-7", "Mercy General Hospital", "Germany", "California",
            "Monday", "morning", "user_id", "HbA1c 7.2%", "SNOMED 44054006", "Tylenol", "Mayo Clinic", "March"]  # noqa: E501
TEMPLATES = [
    "Patient: {name}. DOB {dob}. MRN: {mrn}. Lives at {street}, {city}. Phone {phone}. Seen {harm1}.",
    "Mr. {last} is a {age}-year-old seen with his wife {first}. Email {email}. SSN {ssn}. Plan {harm1}, {harm2}.",  # noqa: E501
    "{name} called from {phone} about {harm1}; address {street}. Member ID: {plan}. Follow-up {date}.",
    "Discharge summary for {name} ({dob}). Contact {email}. {harm1} and {harm2} continued.",
]


def corpus(n: int, seed: int = 7) -> list[tuple[str, list[str], list[str]]]:
    rnd = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for f in fakers.values():
        f.seed_instance(seed)
    docs = []
    for _ in range(n):
        f = fakers[rnd.choice(LOCALES)]
        en = fakers["en_US"]
        first, last = f.first_name(), f.last_name()
        vals = {
            "name": f"{first} {last}", "first": first, "last": last, "dob": en.date_of_birth().strftime("%m/%d/%Y"),  # noqa: E501
            "mrn": f"{rnd.randint(10**7, 10**8)}", "street": f.street_address(), "city": f.city(),
            "phone": en.phone_number(), "email": en.email(), "ssn": en.ssn(), "age": str(rnd.randint(90, 104)),  # noqa: E501
            "plan": f"{en.bothify('??-#######').upper()}", "date": en.date_this_decade().strftime("%B %d, %Y"),  # noqa: E501
        }
        harm = rnd.sample(HARMLESS, 2)
        text = rnd.choice(TEMPLATES).format(**vals, harm1=harm[0], harm2=harm[1])
        used = [v for k, v in vals.items() if "{" + k + "}" in text or v in text]
        docs.append((text, [v for v in used if v in text], [h for h in harm if h in text]))
    return docs


def main() -> None:
    masker = Masker(compile_plan(Masking()))
    docs = corpus(600)
    leaked = total = over = harmless = 0
    misses: dict[str, int] = {}
    for text, phi, harm in docs:
        out = masker.mask_text(text).document
        for v in phi:
            total += 1
            if v in out:
                leaked += 1
                misses[v] = misses.get(v, 0) + 1
        for h in harm:
            harmless += 1
            over += h not in out
    print(f"leak {leaked}/{total} = {100 * leaked / total:.2f}%   over-masking {over}/{harmless} = "
          f"{100 * over / harmless:.2f}%")
    print("sample misses:", list(misses)[:15])
    text = "\n".join(t for t, _, _ in docs)
    big = (text + "\n" + ("Vitals stable overnight, ambulating, tolerating diet. " * 40) + "\n") * 1
    while len(big) < 2_000_000:
        big += big
    t0 = time.perf_counter()
    masker.mask_text(big)
    dt = time.perf_counter() - t0
    print(f"free text: {len(big) / dt / 1e6:.2f} MB/s ({len(big) / 1e6:.1f} MB)")
    patient = {"resourceType": "Patient", "name": [{"family": "Okafor", "given": ["Chidi"]}],
               "birthDate": "1931-04-03", "telecom": [{"system": "phone", "value": "555-0100"}],
               "address": [{"line": ["1 Elm St"], "city": "Springfield", "postalCode": "62704"}]}
    obs = {"resourceType": "Observation", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "2345-7", "display": "Glucose"}]},
           "subject": {"reference": "Patient/p1", "display": "Chidi Okafor"},
           "effectiveDateTime": "2021-03-04T10:00:00Z", "valueQuantity": {"value": 95, "unit": "mg/dL"}}
    entries = [{"resource": patient}] + [{"fullUrl": f"urn:uuid:{i}", "resource": obs} for i in range(2500)]
    bundle = {"resourceType": "Bundle", "type": "searchset", "entry": entries}
    raw = json.dumps(bundle).encode()
    t0 = time.perf_counter()
    masker.mask_bytes(raw, "application/fhir+json")
    dt = time.perf_counter() - t0
    print(f"FHIR bundle: {len(raw) / dt / 1e6:.2f} MB/s ({len(raw) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
