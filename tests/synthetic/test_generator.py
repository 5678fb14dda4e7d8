"""The synthetic corpus: deterministic, labels sound, FHIR structurally valid, splits truly different."""

from __future__ import annotations

import base64
import json
import random

import pytest

from phigate.api.identifiers import IdentifierType
from phigate.synthetic import (
    make_corpus,
    make_negative,
    make_note,
    make_patient_bundle,
    make_prompt,
    make_resource,
    problems,
)
from phigate.synthetic.corpus import Record, to_jsonl
from phigate.synthetic.fhir import decode_attachment
from phigate.synthetic.identity import NAME_LOCALES, make_person
from phigate.synthetic.labels import document_strings
from phigate.synthetic.notes import NOTE_KINDS
from phigate.synthetic.prompts import ASKS, SHAPES
from phigate.synthetic.scoring import resolve

COUNT = 80


@pytest.fixture(scope="module", params=["dev", "heldout"])
def corpus(request: pytest.FixtureRequest) -> list[Record]:
    return make_corpus(7, request.param, COUNT)


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    assert to_jsonl(make_corpus(3, "dev", 25)) == to_jsonl(make_corpus(3, "dev", 25))
    assert to_jsonl(make_corpus(3, "dev", 25)) != to_jsonl(make_corpus(4, "dev", 25))
    # record i depends on (seed, split, i) only: a longer corpus starts with the shorter one
    assert to_jsonl(make_corpus(3, "heldout", 30)).startswith(to_jsonl(make_corpus(3, "heldout", 10)))


def test_function_api_is_deterministic() -> None:
    for make in (make_note, make_prompt, make_negative):
        assert make(random.Random(11), "heldout") == make(random.Random(11), "heldout")
    a, b = make_patient_bundle(random.Random(5), 30_000), make_patient_bundle(random.Random(5), 30_000)
    assert a.json == b.json and a.phi == b.phi


def test_every_label_is_sound(corpus: list[Record]) -> None:
    found = [p for r in corpus for p in problems(r)]
    assert found == []


def test_corpus_has_every_kind_and_identifier_type(corpus: list[Record]) -> None:
    assert {r.kind for r in corpus} == {"note", "prompt", "fhir", "negative"}
    types = {p.type for r in corpus for p in r.phi}
    expected = set(IdentifierType) - {IdentifierType.BIOMETRIC, IdentifierType.IMAGE}
    assert expected <= types, f"missing: {expected - types}"
    for r in corpus:
        if r.kind == "negative":
            assert r.phi == [] and r.keep, r.id
        else:
            assert r.phi, r.id


def test_phi_value_occurs_only_where_labelled_in_text() -> None:
    """A stray repeat (a lab value equal to an age, a doctor sharing the patient's surname) is regenerated."""
    for seed in range(30):
        doc = make_note(random.Random(seed), "dev")
        assert doc.stray() == []
        for p in doc.phi:
            assert p.value in doc.text


def test_records_round_trip_as_jsonl(corpus: list[Record]) -> None:
    for line in to_jsonl(corpus[:20]).decode().splitlines():
        obj = json.loads(line)
        assert set(obj) >= {"id", "split", "kind", "format", "content", "phi", "keep"}
        assert obj["format"] == ("text" if isinstance(obj["content"], str) else "json")
        assert Record.from_json(obj).to_json() == obj


def _check_resource(res: dict) -> None:
    assert isinstance(res.get("resourceType"), str) and res["resourceType"][0].isupper()
    assert isinstance(res.get("id"), str)
    if "text" in res:
        assert res["text"]["div"].startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
        assert res["text"]["div"].endswith("</div>")


def test_fhir_documents_are_valid_json_with_resource_types(corpus: list[Record]) -> None:
    fhir = [r for r in corpus if r.kind == "fhir"]
    assert fhir
    for r in fhir:
        doc = json.loads(json.dumps(r.content))
        _check_resource(doc)
        for entry in doc.get("entry", []):
            _check_resource(entry["resource"])
            assert entry["fullUrl"].endswith(f"{entry['resource']['resourceType']}/{entry['resource']['id']}")
        for p in r.phi:
            if p.path:
                value = resolve(doc, p.path)
                assert isinstance(value, str) and p.value in value, (r.id, p)


def test_bundle_reaches_requested_size_and_carries_base64_notes() -> None:
    doc = make_patient_bundle(random.Random(1), 200_000)
    size = len(json.dumps(doc.json, ensure_ascii=False))
    assert 200_000 <= size < 260_000
    assert doc.json["resourceType"] == "Bundle" and doc.json["type"] == "searchset"
    assert doc.json["total"] == len(doc.json["entry"])
    types = {e["resource"]["resourceType"] for e in doc.json["entry"]}
    assert {"Patient", "RelatedPerson", "Observation", "DocumentReference"} <= types
    attachments = [a["attachment"] for e in doc.json["entry"] for a in e["resource"].get("content", [])]
    texts = [decode_attachment(a) for a in attachments]
    assert texts and all(texts)
    base64.b64decode(attachments[0]["data"], validate=True)
    # PHI inside an attachment is labelled by its decoded value
    unpathed = [p for p in doc.phi if p.path is None]
    assert any(any(p.value in t for t in texts) for p in unpathed)


@pytest.mark.parametrize(
    "rtype",
    [
        "Patient",
        "RelatedPerson",
        "Encounter",
        "Observation",
        "Condition",
        "MedicationRequest",
        "DocumentReference",
    ],
)
def test_each_resource_type(rtype: str) -> None:
    doc = make_resource(random.Random(3), "heldout", rtype)
    assert doc.json["resourceType"] == rtype
    assert any(p.path for p in doc.phi)
    strings = document_strings(doc.json)
    assert all(any(p.value in s for s in strings) for p in doc.phi)


def test_splits_use_disjoint_locales_and_templates() -> None:
    assert not set(NAME_LOCALES["dev"]) & set(NAME_LOCALES["heldout"])
    assert not set(NOTE_KINDS["dev"]) & set(NOTE_KINDS["heldout"])
    assert not {n for n, _ in SHAPES["dev"]} & {n for n, _ in SHAPES["heldout"]}
    assert not set(ASKS["dev"]) & set(ASKS["heldout"])
    dev_people = [make_person(random.Random(i), "dev") for i in range(40)]
    held_people = [make_person(random.Random(i), "heldout") for i in range(40)]
    assert {p.locale for p in dev_people} <= set(NAME_LOCALES["dev"])
    assert len({p.locale for p in held_people}) >= 6
    assert not {p.family for p in dev_people} & {p.family for p in held_people}
    dev_notes = {r.template for r in make_corpus(2, "dev", 40)}
    held_notes = {r.template for r in make_corpus(2, "heldout", 40)}
    assert not dev_notes & held_notes - {
        "negative",
        "Bundle",
        "Patient",
        "RelatedPerson",
        "Encounter",
        "Observation",
        "Condition",
        "MedicationRequest",
        "DocumentReference",
    }


def test_ages_over_89_are_phi_and_younger_ages_are_kept() -> None:
    ages_phi, ages_kept = [], []
    for i in range(200):
        rng = random.Random(i)
        doc = make_note(rng, "dev")
        ages_phi += [p.value for p in doc.phi if p.type == IdentifierType.AGE]
        ages_kept += [k for k in doc.keep if any(w in k for w in ("year", "y/o", "yo", "aged"))]
    assert ages_phi and all(90 <= int(a) <= 104 for a in ages_phi)
    assert ages_kept


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="split"):
        make_corpus(1, "test", 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="count"):
        make_corpus(1, "dev", -1)
    with pytest.raises(ValueError, match="note kind"):
        make_note(random.Random(1), "heldout", "discharge_summary")
    with pytest.raises(ValueError, match="unknown resource type"):
        make_resource(random.Random(1), "dev", "Binary")
