"""Negative texts: no PHI at all, only values a masker must keep (the over-masking half of the score)."""

from __future__ import annotations

import random

from phigate.synthetic import vocab
from phigate.synthetic.identity import Split
from phigate.synthetic.labels import Keep, Labelled, render

TEMPLATES: dict[Split, list[str]] = {
    "dev": [
        "Formulary update: {drug1} replaces {drug2} for {dx} ({icd}). Dose adjust when {lab1}. "
        "Reviewed by the {specialty} committee of {hospital} on {word1}.\n",
        "Order set 'CHF admission': {drug1}; {drug3}; daily labs ({loinc_name}, LOINC {loinc}). "
        "SNOMED {snomed} maps to ICD-10 {icd}. Target {lab2}.\n",
        "Release notes {version}: fixed {fn} timeout when the FHIR server returns 503; bumped {version2}. "
        "Deployed {word1} to clusters in {state} and {country}.\n",
        "Coverage policy ({payer}): {drug2} requires prior authorization for {dx}. Applies to members in "
        "{state}; does not apply in {country}.\n",
        "Quality report: {hospital} and {hospital2} reduced readmissions for {dx} by 12% in 2023. "
        "Rounds now start every {word1} at 7:30.\n",
    ],
    "heldout": [
        "Drug interaction alert — {drug1} with {drug2}: monitor {lab1} and {lab3}; consider {drug3} instead "
        "(source: {specialty} guideline).\n",
        'Terminology map: LOINC {loinc} "{loinc_name}" -> SNOMED {snomed}; ICD-10-CM {icd} "{dx}". '
        "Valid from {version}.\n",
        "CHANGELOG\n- {fn}: handle empty Bundle.entry\n- upgrade to {version}\n- {fn2} now retries on "
        "HTTP 429 ({version2})\n",
        "Network meeting notes ({word1}): {hospital}, {hospital2} and partners in {country} agreed to share "
        "{specialty} protocols; next meeting {word2}.\n",
        "Reference ranges at {hospital}: {lab1}; {lab2}; {lab3}. Critical values are phoned to the ward "
        "by the {word1} shift.\n",
    ],
}


def make_negative(rng: random.Random, split: Split = "dev") -> Labelled:
    """A short clinical/technical text with no PHI; every harmless value in it is labelled keep."""
    drugs = vocab.pick(rng, vocab.DRUGS, 3)
    icd, loinc, snomed = rng.choice(vocab.ICD10), rng.choice(vocab.LOINC), rng.choice(vocab.SNOMED)
    labs, words = vocab.pick(rng, vocab.LABS, 3), vocab.pick(rng, vocab.COMMON_WORDS, 2)
    hospitals, fns, versions = (
        vocab.pick(rng, vocab.HOSPITALS, 2),
        vocab.pick(rng, vocab.CODE_IDENTIFIERS, 2),
        vocab.pick(rng, vocab.VERSIONS, 2),
    )
    slots = {
        "drug1": Keep(drugs[0]),
        "drug2": Keep(drugs[1]),
        "drug3": Keep(drugs[2]),
        "dx": Keep(icd[1]),
        "icd": Keep(icd[0]),
        "loinc": Keep(loinc[0]),
        "loinc_name": Keep(loinc[1]),
        "snomed": Keep(snomed[0]),
        "lab1": Keep(labs[0]),
        "lab2": Keep(labs[1]),
        "lab3": Keep(labs[2]),
        "word1": Keep(words[0]),
        "word2": Keep(words[1]),
        "hospital": Keep(hospitals[0]),
        "hospital2": Keep(hospitals[1]),
        "specialty": Keep(rng.choice(vocab.SPECIALTIES)),
        "payer": Keep(rng.choice(vocab.PAYERS)),
        "state": Keep(rng.choice(vocab.STATES)),
        "country": Keep(rng.choice(vocab.COUNTRIES)),
        "fn": Keep(fns[0]),
        "fn2": Keep(fns[1]),
        "version": Keep(versions[0]),
        "version2": Keep(versions[1]),
    }
    doc = Labelled()
    for template in rng.sample(TEMPLATES[split], rng.randint(2, 4)):
        doc.add(render(template, slots))
    return doc
