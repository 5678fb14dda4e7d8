"""Masking keeps the shape of what it masks: every text document of the nine independent probe corpora
(logs, tables, reprs, mail, letters in many scripts) comes out with as many lines as it went in, and
every JSON document as valid JSON. A span that took a line break with it merged two rows of a table
(probe9's Splunk export) although every value in them was masked: the leak scores cannot see that."""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest

from tests.engine.probe.run_probe import mask_doc, shared_masker

PROBES = ["probe", *(f"probe{n}" for n in range(2, 10))]


@pytest.fixture(scope="module")
def masker() -> Any:
    return shared_masker()


@pytest.mark.parametrize("probe", PROBES)
def test_masked_documents_keep_their_lines_and_json(probe: str, masker: Any) -> None:
    corpus = importlib.import_module(f"tests.engine.{probe}.corpus")
    broken: list[str] = []
    for doc in corpus.make_corpus(1):
        masked = mask_doc(masker, doc)
        if masked is None:
            continue  # refused (fails closed): nothing was passed on
        if doc.format == "text" and masked.count("\n") != doc.content.count("\n"):
            broken.append(f"{doc.id}: {doc.content.count(chr(10))} lines in, {masked.count(chr(10))} out")
        elif doc.format != "text":
            try:
                for line in masked.splitlines() if doc.format == "ndjson" else [masked]:
                    if line.strip():
                        json.loads(line)
            except ValueError as exc:
                broken.append(f"{doc.id}: not JSON after masking ({exc})")
    assert not broken, broken
