"""Run Microsoft Presidio over the masking benchmark's inputs. Executed by .bench-venv's Python, not .venv's.

Usage: _presidio_runner.py IN.json OUT.json
IN: {"records": [{"id", "format", "content"}], "text_docs": [str], "fhir": <Bundle>, "repeat": N}
OUT: {"masked": {id: content}, "text_seconds", "text_docs_used", "fhir_seconds", "fhir_bytes", "fhir_masked",
      "version", "spacy"}

Presidio's NlpEngine is given a *blank* spaCy English pipeline (tokenizer only): no spaCy model can be
downloaded here, so its NER-based recognizers (PERSON, LOCATION, NRP, DATE_TIME from NER) find nothing
and only the pattern recognizers work. JSON is masked the way Presidio's BatchAnalyzerEngine.analyze_dict
does it: every string value analysed on its own.
"""

from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version
from typing import Any

import spacy
import tldextract
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_anonymizer import AnonymizerEngine


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine over spacy.blank('en'): tokenisation and lemmas only, no NER."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": "en", "model_name": "blank_en"}])
        self.nlp = {"en": spacy.blank("en")}

    def load(self) -> None:  # nothing to download
        pass

    def is_loaded(self) -> bool:
        return True


def build() -> tuple[AnalyzerEngine, AnonymizerEngine]:
    # the e-mail recognizer's tldextract would fetch the public suffix list; use its bundled snapshot
    offline = tldextract.TLDExtract(suffix_list_urls=())
    tldextract.extract = offline
    tldextract.tldextract.TLD_EXTRACTOR = offline
    analyzer = AnalyzerEngine(nlp_engine=BlankSpacyNlpEngine(), supported_languages=["en"])
    return analyzer, AnonymizerEngine()


def mask_text(analyzer: AnalyzerEngine, anonymizer: AnonymizerEngine, text: str) -> str:
    if not text.strip():
        return text
    results = analyzer.analyze(text=text, language="en")
    return anonymizer.anonymize(text=text, analyzer_results=results).text


def mask_json(analyzer: AnalyzerEngine, anonymizer: AnonymizerEngine, value: Any) -> Any:
    if isinstance(value, str):
        return mask_text(analyzer, anonymizer, value)
    if isinstance(value, list):
        return [mask_json(analyzer, anonymizer, v) for v in value]
    if isinstance(value, dict):
        return {k: mask_json(analyzer, anonymizer, v) for k, v in value.items()}
    return value


def main(src: str, dst: str) -> int:
    with open(src, encoding="utf-8") as fh:
        payload = json.load(fh)
    analyzer, anonymizer = build()
    masked: dict[str, Any] = {}
    for rec in payload["records"]:
        if rec["format"] == "text":
            masked[rec["id"]] = mask_text(analyzer, anonymizer, rec["content"])
        else:
            masked[rec["id"]] = mask_json(analyzer, anonymizer, rec["content"])
    docs = payload["text_docs"]
    started = time.process_time()
    for d in docs:
        mask_text(analyzer, anonymizer, d)
    text_seconds = time.process_time() - started
    fhir_bytes = json.dumps(payload["fhir"], ensure_ascii=False).encode()
    started = time.process_time()
    fhir_masked = mask_json(analyzer, anonymizer, json.loads(fhir_bytes))
    json.dumps(fhir_masked, ensure_ascii=False).encode()
    fhir_seconds = time.process_time() - started
    out = {
        "masked": masked,
        "text_seconds": text_seconds,
        "text_docs_used": len(docs),
        "fhir_seconds": fhir_seconds,
        "fhir_bytes": len(fhir_bytes),
        "fhir_masked": fhir_masked,
        "version": version("presidio-analyzer"),
        "spacy": f"{spacy.__version__} blank('en'), no NER model",
    }
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
