"""Run the seventy-fifth generalisation probe: mask every probe-75 document with the engine, report leaks.

    python -m tests.engine.probe75.run_probe [--seed 1] [--json /tmp/p75.json] [--dump DIR] [--brief]

Engine and scoring are the first probe's (tests/engine/probe/run_probe.py), imported rather than copied so
every probe is scored alike; only the corpus differs (tests/engine/probe75/corpus.py: health data files and
exports that analysts and AI agents open, from the United States, the United Kingdom, Australia and New
Zealand -- Apple Health export.xml, Fitbit Takeout CSVs, Garmin / Oura and Health Connect JSON, VCF and BAM /
CRAM headers, Illumina sample sheets, DICOM JSON and DICOMweb QIDO responses, FHIR Bulk NDJSON, C-CDA
headers, openEHR compositions, OMOP CDM extracts, REDCap exports, SAS / Stata listings, HL7 v2 batch files,
X12 834 and NCPDP SCRIPT).
A document the engine crashes on is listed first and left out of the rates.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.engine.probe import run_probe as base
from tests.engine.probe.run_probe import ProbeResult
from tests.engine.probe75.corpus import Doc, make_corpus


def crashes(seed: int = 1, masker: Any = None) -> dict[str, str]:
    """Document id -> 'ExceptionType: message' for every document the engine crashes on."""
    return base.crashes(make_corpus, seed, masker)


def scored_corpus(seed: int = 1) -> list[Doc]:
    return base.without_crashes(make_corpus, seed)


def run(seed: int = 1, masker: Any = None) -> tuple[ProbeResult, dict[str, str]]:
    """Score the probe75 corpus (minus crashing documents); also returns each masked text (refused: '')."""
    return base.run(seed, masker or base.shared_masker(), corpus=scored_corpus)


def main(argv: list[str]) -> int:
    return base.main_reporting_crashes(argv, "probe75", make_corpus, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
