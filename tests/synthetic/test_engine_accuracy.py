"""The real engine on a fixed-seed sample of both splits must meet the brief's accuracy targets.

Targets (BRIEF §6): leaked PHI values <= 0.5%, over-masked harmless values <= 2%, FHIR structured
fields 0 leaks. The full-size measurement (and the Presidio comparison) is `python -m benchmarks masking`.
"""

from __future__ import annotations

import copy
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from phigate.api.policy import PHIPolicy
from phigate.synthetic import make_corpus, make_patient_bundle
from phigate.synthetic.corpus import Record
from phigate.synthetic.scoring import Score, score_record

LEAK_TARGET = 0.005
OVERMASK_TARGET = 0.02
SAMPLE = 60  # records per split


POLICY = Path(__file__).resolve().parents[2] / "examples" / "policies" / "safe-harbor.yaml"


@pytest.fixture(scope="module")
def masker() -> Any:
    """The engine as users start with it: the safe-harbor example policy's masking spec."""
    from phigate.engine import Masker, TokenVault, compile_plan

    masking = PHIPolicy.model_validate(yaml.safe_load(POLICY.read_text())).spec.masking
    return Masker(compile_plan(masking, hash_key=b"test-accuracy"), vault=TokenVault())


def run(masker: Any, records: list[Record]) -> Score:
    from phigate.engine import EngineError

    total = Score()
    for r in records:
        try:
            if r.format == "text":
                masked = masker.mask_text(r.content).document
            else:
                masked = masker.mask_json(copy.deepcopy(r.content)).document
        except EngineError:
            masked = None  # refused: counted (and asserted against) below
        total += score_record(r, masked)
    return total


def explain(score: Score) -> str:
    by_type = Counter(lk.type for lk in score.leaks)
    examples = [
        f"{lk.record} {lk.kind}/{lk.template} {lk.type} {lk.how}: {lk.value!r}" for lk in score.leaks[:12]
    ]
    lost = Counter(k for _, _, k in score.lost).most_common(8)
    return (
        f"leaked {score.phi_leaked}/{score.phi_total} ({100 * score.leak_rate:.2f}%) "
        f"by type {dict(by_type)}; "
        f"lost keep {score.keep_lost}/{score.keep_total} ({100 * score.overmask_rate:.2f}%) e.g. {lost}; "
        f"structured leaks {score.structured_leaked}/{score.structured_total}; examples: {examples}"
    )


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_engine_meets_accuracy_targets(masker: Any, split: str) -> None:
    score = run(masker, make_corpus(2024, split, SAMPLE))
    assert score.refused == 0, explain(score)
    assert score.structured_leaked == 0, explain(score)
    assert score.leak_rate <= LEAK_TARGET, explain(score)
    assert score.overmask_rate <= OVERMASK_TARGET, explain(score)


def test_fhir_bundle_structured_fields_never_leak(masker: Any) -> None:
    doc = make_patient_bundle(random.Random(2024), 150_000, "heldout")
    record = Record("bundle", "heldout", "fhir", "Bundle", "json", doc.json, doc.phi, doc.keep)
    score = run(masker, [record])
    assert score.structured_total > 300
    assert score.structured_leaked == 0, explain(score)
