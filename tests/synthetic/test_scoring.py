"""The scorer the benchmark trusts: it must see every leak and every lost keep value, and nothing else."""

from __future__ import annotations

import base64
import copy
from typing import Any

from phigate.api.identifiers import IdentifierType
from phigate.synthetic import make_corpus
from phigate.synthetic.corpus import Record
from phigate.synthetic.labels import Phi, bounded_starts
from phigate.synthetic.scoring import Output, resolve, score_all, score_record

RECORDS = make_corpus(5, "dev", 40) + make_corpus(5, "heldout", 40)


def oracle_text(text: str, values: list[str]) -> str:
    """Replace whole occurrences only ("John" inside "Johns Hopkins" is not the patient's name)."""
    for v in sorted(values, key=len, reverse=True):
        for start in sorted(bounded_starts(v, text), reverse=True):
            text = text[:start] + "[PHI]" + text[start + len(v) :]
    return text


def oracle(content: Any, values: list[str]) -> Any:
    """A perfect masker: replaces exactly the labelled values, attachments decoded and re-encoded."""
    if isinstance(content, str):
        return oracle_text(content, values)
    if isinstance(content, list):
        return [oracle(v, values) for v in content]
    if isinstance(content, dict):
        out = {k: oracle(v, values) for k, v in content.items()}
        if isinstance(content.get("contentType"), str) and content["contentType"].startswith("text/"):
            text = base64.b64decode(content["data"]).decode()
            out["data"] = base64.b64encode(oracle_text(text, values).encode()).decode()
        return out
    return content


def test_unmasked_output_leaks_everything() -> None:
    score = score_all((r, copy.deepcopy(r.content)) for r in RECORDS)
    assert score.phi_total > 1000
    assert score.phi_leaked == score.phi_total
    assert score.structured_leaked == score.structured_total > 0
    assert score.keep_lost == 0


def test_perfect_masker_scores_zero() -> None:
    score = score_all((r, oracle(r.content, [p.value for p in r.phi])) for r in RECORDS)
    assert [(lk.record, lk.value, lk.how) for lk in score.leaks] == []
    assert score.keep_lost == 0 and score.leak_rate == 0.0 and score.overmask_rate == 0.0


def test_one_missed_type_is_counted_for_that_type_only() -> None:
    missed = IdentifierType.PHONE
    pairs = [(r, oracle(r.content, [p.value for p in r.phi if p.type != missed])) for r in RECORDS]
    score = score_all(pairs)
    assert set(score.leaked_by_type) == {str(missed)}
    assert score.leaked_by_type[str(missed)] == score.total_by_type[str(missed)]


def test_refused_document_loses_keep_but_leaks_nothing() -> None:
    r = next(r for r in RECORDS if r.kind == "note")
    s = score_record(r, None)
    assert s.refused == 1 and s.phi_leaked == 0 and s.keep_lost == s.keep_total > 0


def test_normalised_and_partial_name_leaks_are_caught() -> None:
    phone = Phi(IdentifierType.PHONE, "(555) 123-4567")
    assert Output("call 555 123 4567 now").leak(phone) == "normalised"
    assert Output("call 5551234567").leak(phone) == "normalised"
    assert Output("call [PHONE]").leak(phone) is None
    name = Phi(IdentifierType.NAME, "Maria Müller")
    assert Output("MARIA MÜLLER was seen").leak(name) == "normalised"
    assert Output("Mrs. [NAME] Müller was seen").leak(name) == "name-part"
    assert Output("Mrs. [NAME] was seen by Dr. Müllerson").leak(name) is None
    age = Phi(IdentifierType.AGE, "92")
    assert Output("a 92-year-old").leak(age) == "exact"
    assert Output("a over 89 year old, SpO2 1923").leak(age) is None


def test_over_masking_counts_occurrences() -> None:
    r = Record(
        "x",
        "dev",
        "negative",
        "negative",
        "text",
        "Monday and Monday, aspirin 81 mg",
        [],
        ["Monday", "aspirin 81 mg"],
    )
    assert score_record(r, "Monday and [DATE], aspirin 81 mg").keep_lost == 1
    assert score_record(r, "Monday and Monday, [DRUG]").keep_lost == 1
    assert score_record(r, r.content).keep_lost == 0


def test_structured_path_leak_and_dropped_field() -> None:
    doc = {"resourceType": "Patient", "name": [{"family": "Okafor", "given": ["Ada"]}]}
    phi = [
        Phi(IdentifierType.NAME, "Okafor", "$.name[0].family"),
        Phi(IdentifierType.NAME, "Ada", "$.name[0].given[0]"),
    ]
    r = Record("p", "dev", "fhir", "Patient", "json", doc, phi, [])
    assert resolve(doc, "$.name[0].given[0]") == "Ada" and resolve(doc, "$.name[1]") is None
    s = score_record(r, {"resourceType": "Patient", "name": [{"family": "Okafor", "given": ["[NAME]"]}]})
    assert (s.structured_leaked, s.phi_leaked) == (1, 1)
    s = score_record(r, {"resourceType": "Patient", "name": [{}]})
    assert (s.structured_leaked, s.phi_leaked) == (0, 0)
