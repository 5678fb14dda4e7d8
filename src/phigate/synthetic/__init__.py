"""Labelled synthetic PHI (Faker-made, never real) for tests, demos and the masking benchmark.

Every generator takes a `random.Random` (same seed, same output) and a split: `dev` (en_US/en_GB
names and addresses, one set of templates) or `heldout` (a dozen other locales, other templates and
phrasings) so accuracy is also measured on text the engine was not tuned on.

    import random
    from phigate.synthetic import make_note, make_prompt, make_patient_bundle, make_resource, make_corpus

    rng = random.Random(42)
    note = make_note(rng, "dev")              # Labelled: .text, .phi [Phi(type, value)], .keep [str]
    prompt = make_prompt(rng, "heldout")      # code context (traceback, .env, SQL, logs, HL7...) in a prompt
    body = chat_body(rng, prompt.text, "dev") # the same prompt as an OpenAI/Anthropic request body (dict)
    doc = make_patient_bundle(rng, 1_000_000) # FhirDoc: .json (searchset Bundle ~1 MB), .phi, .keep
    res = make_resource(rng, "dev", "Patient")# one FHIR resource (Patient, RelatedPerson, Encounter,
                                              # Observation, Condition, MedicationRequest, DocumentReference)
    neg = make_negative(rng, "dev")           # no PHI: drugs, codes, labs, organisations, weekdays (all keep)
    records = make_corpus(seed=1, split="dev", count=100)   # list[Record], see corpus.py for the JSONL shape
    problems(records[0])                      # [] when every label is sound

`phigate synth --out DIR [--seed N] [--split dev|heldout|both] [--count N]` writes `<split>.jsonl` and
`manifest.json` atomically. `phigate.synthetic.scoring` measures leaks and over-masking of a masked
document against its labels.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from phigate.synthetic.fhir import FhirDoc
    from phigate.synthetic.identity import Split

_EXPORTS = {
    "make_note": "phigate.synthetic.notes",
    "make_prompt": "phigate.synthetic.prompts",
    "chat_body": "phigate.synthetic.prompts",
    "make_negative": "phigate.synthetic.negative",
    "make_person": "phigate.synthetic.identity",
    "make_corpus": "phigate.synthetic.corpus",
    "make_record": "phigate.synthetic.corpus",
    "problems": "phigate.synthetic.corpus",
    "Record": "phigate.synthetic.corpus",
    "Labelled": "phigate.synthetic.labels",
    "Phi": "phigate.synthetic.labels",
}

__all__ = [*_EXPORTS, "make_patient_bundle", "make_resource"]


def make_patient_bundle(rng: random.Random, size_bytes: int = 1_000_000, split: Split = "dev") -> FhirDoc:
    """A FHIR R4 searchset Bundle of about `size_bytes` (serialised), labelled."""
    from phigate.synthetic.fhir import bundle

    return bundle(rng, split, size_bytes)


def make_resource(rng: random.Random, split: Split = "dev", resource_type: str | None = None) -> FhirDoc:
    """One labelled FHIR resource of `resource_type` (random when None)."""
    from phigate.synthetic.fhir import single_resource

    return single_resource(rng, split, resource_type)


def __getattr__(name: str) -> Any:  # lazy: `phigate --help` must not import Faker
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
