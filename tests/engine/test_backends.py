"""Hyperscan is a prefilter: whatever Python `re` finds, the Hyperscan back end must find too.

A prefilter that misses is a silent leak, and Hyperscan 0.9.1 does miss some SOM patterns after some
prefixes (`\\[\\s*["'][A-Za-z_]*(?:mrn|patient_?id)` finds nothing in `Patient Load  [["mrn", ...`).
So both back ends scan the probes' documents and the synthetic corpus, and every `re` hit must be a
Hyperscan hit (Hyperscan may find more: `re.finditer` skips overlapping candidates).
"""

from __future__ import annotations

import importlib
import json

import pytest

from phigate.engine.normalize import normalize
from phigate.engine.scanner import Scanner
from phigate.synthetic import make_corpus
from phigate.synthetic.labels import document_strings
from tests.engine.probe.run_probe import make_masker

hyperscan = pytest.importorskip("hyperscan")


def _texts() -> list[str]:
    texts = [
        'Patient Load  [["mrn", "5163840-7"], ["LIMIT", 1]]',
        "UPDATE patients SET full_name = 'Ana Lima'",
        # `\s+` after an alternation: Hyperscan 0.9.1's SOM reported only the first of these
        "(0008,0020) DA [20230418]     # StudyDate\n(0008,0090) PN [WELBY^MARCUS]   # ReferringPhysicianName",
    ]
    for probe in ("probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7"):
        corpus = importlib.import_module(f"tests.engine.{probe}.corpus")
        for d in corpus.make_corpus(1):
            texts.append(
                d.content if isinstance(d.content, str) else json.dumps(d.content, ensure_ascii=False)
            )
    for split in ("dev", "heldout"):
        texts.extend("\n".join(document_strings(r.content)) for r in make_corpus(1, split, 120))
    return texts


def test_every_re_hit_is_a_hyperscan_hit() -> None:
    hs_scanner = make_masker().plan.scanner
    assert hs_scanner.backend == "hyperscan"
    re_scanner = Scanner(hs_scanner.specs, use_hyperscan=False)
    missed = []
    for text in _texts():
        scan = normalize(text).scan
        got = {(h.start, h.end, h.detector) for h in hs_scanner.scan(scan)}
        for h in re_scanner.scan(scan):
            if (h.start, h.end, h.detector) not in got:
                missed.append((h.detector, scan[max(0, h.start - 30) : h.end + 10]))
    assert missed == []


def test_every_builtin_pattern_runs_on_hyperscan() -> None:
    """A pattern Hyperscan refuses ("Pattern is too large", a lookaround) silently ran as a Python regex
    over every text: three date and two street rules once took text speed from 0.6 to 0.2 MB/s."""
    from phigate.engine import vetoes

    assert make_masker().plan.scanner.python_only == []
    assert vetoes._scanner().python_only == []
