"""Regression guard for the forty-first generalisation probe: technical clinical and health-IT text in US,
UK, Canadian and Australian English, dense in capitalised words that are not people (genes and variants,
drugs and invented brands, trial acronyms, scanner / analyser / implant models and makers, organisms,
stains and markers, scores, scales, eponymous signs and classifications, regimens, protocol / NCT / NDC
numbers, EHR modules, HL7 messages, hostnames), with patients, relatives, clinicians, addresses, dates,
MRNs, phones, e-mails, implant serials and ages over 89 in every kind. Kinds: molecular tumour board,
genomic lab report (HGVS), radiology report with named protocols and scanner, cardiac device clinic, echo
report, surgical pathology (stains, IHC), oncology infusion flowsheet, microbiology culture and
susceptibility, ICU handover with scores, neurology clinic letter (eponymous signs and scales), EHR helpdesk
ticket, lab analyser error log, sterile compounding record, trial eligibility checklist, research lab
notebook, device recall letter to a patient, dental chart note, sports-medicine / orthopaedic note: rates
may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe41.run_probe --seed N --brief`; engine at commit 34b4908, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     3.55% (24/676)     3.55% (24/676)     7.46% (83/1112)
    2     4.44% (30/676)     4.73% (32/676)     8.00% (89/1113)
    3     3.99% (27/676)     4.14% (28/676)     6.94% (77/1109)

Seed 1 by type (leaked / values): NAME 8/236, AGE 7/36, USERNAME 4/6, ADDRESS 3/72, ZIP 2/20; none in DATE
(136), PHONE (54), MRN (38), EMAIL (38), ID (22: specimen accessions, CSNs, screening and order numbers),
DEVICE (10: the patient's pacemaker / ICD, DBS generator, neuromodulator and home-pump serials),
HEALTH_PLAN (8). Seeds 2 and 3: AGE 10 and 7, ADDRESS 8 and 4, NAME 7 and 11, USERNAME 4 and 4, ZIP 1 and 1.
Worst kinds (seed 1): cardiac device clinic 4/40, EHR helpdesk ticket 4/40, genomic lab report 3/40; best
(no leak): echo report, microbiology report, ICU handover, neurology letter, analyser error log, device
recall letter. (Seed 2: helpdesk ticket 5/40, genomic report 4/40, ICU handover 3/34.)
What leaks (seed 1):
- AGE 7: a relative's age over 89 written as a bare number after the name or relation ("[NAME], her mother,
  97, also on the clinic list", "His mother, [NAME], is 94", "maternal grandmother, 91, alive"; 6); and one
  scoring artefact of the kit: an age of exactly 90 rewritten "90 or older" keeps the bounded "90" (1).
- USERNAME 4 of 6: a staff login in brackets after the masked name ("Work notes: [NAME] (babera5)
  restarted", "Compounded by [NAME] (aqasim5)"); the two after "login" were masked.
- NAME 8: staff names after a role label in a header line ("Physiologist: Anbarasi Halevi", "Assist: Jaewon
  Mekonnen", "Pharmacist check: Uchechukwu Akinyemi", "Presenting: Uchechukwu Zulu, Molecular Pathology"); a
  given name alone mid-sentence ("Action: [NAME] to phone Subhankar on [PHONE]", "prehab with Minseo." -- the
  given name and the part of the full name, 2); "Clinical Safety Officer Dr Puigdemont".
- ADDRESS 3: a street line whose town was masked as a name ("sent to 455 Chickadee Line, [NAME]", "address of
  donor kit: 385 Coopersgate, [NAME]"); a town between a street and a county ("[ADDRESS], Upper Brackley
  Fen, [ADDRESS] [ADDRESS]").
- ZIP 2: Canadian postcodes after a town masked as a name ("[ADDRESS], [NAME] U9S 6Y4").
Partial: none on seed 1 (2 and 1 on seeds 2 and 3).
Over-masking (seed 1, 83 of 1112; recall letter 12, pathology 10, analyser log 10, lab notebook 9, infusion
flowsheet 8):
- invented makers, brands, models and companies taken for names (22): "Corvantis CRM", "Corvantis Aurelle
  SR", "Corvantis Solace DR MRI" (9, "[NAME] Solace DR MRI"), "Neurovance Helios", "Infusa Ambit", "Norvane
  Biosciences", "Halden CRO", "Citrix Workspace" (2 each), "VitaPort 8 Fr" -> "[ADDRESS] 8 Fr" (2), "Mercy
  Valley Health" -> "[NAME] [NAME] Health" (1);
- eponyms and eponymous classifications (16): "Gleason grading", "Carpentier type IIIb", "Doppler RVSP",
  "Ann Arbor staging", "Masson trichrome", "Ellis class II", "Salter-Harris II" (-> [NAME]), "outside
  Westgard 1-3s rule" (-> [ADDRESS]), 2 each;
- ordinary technical words taken for names (14): "vena contracta", "Enduring Power of Attorney" ("[NAME]
  [NAME] of Attorney"), "Oncology Day Unit" and "Cycle 3 Day 1" ("Day" -> [NAME]), "calibration CAL-OK, RGT
  pack 2", "EBER-ISH negative", 2 each;
- post-nominals and a department after a clinician's name taken for an address (6): "Dr [NAME], FRCPath",
  "FRCPA", "Yours sincerely, Dr [NAME], Electrophysiology" (2 each);
- technical codes taken for identifiers, -> [ID] (22): "error ERR-4012", "IACUC AUP-2291", "FSN-2024-017",
  the lot range "VG2207-VG2311" (4), protocol IDs "JF-3233-607" / "MK-6991-908", HGVS strings
  ("NM_000059.4(BRCA2):c.[ID] (p.[ID])", 2), "anti-pERK1/2 (Thr202/Tyr204)", "RPMI-1640" (2 each),
  "129S6/SvEv", an NDC "70860-0117-41" (1 each), analyser serials "SN 860-AH1261" (2);
- reagent lots with "Lot"/"LOT" taken for a name ("[NAME] C55180", "[NAME] 71E809", "[NAME] 67036C"; 3).
(Plain text went the same way, unscored: "Date 24/01/2024" -> "[NAME] 2024", an NHS number -> "[PHONE]", a
chart number -> "[ID]".) Kept everywhere: genes and variant shorthands (EGFR exon 19 deletion, KRAS G12C,
TP53 p.R273H), TMB / PD-L1 values, invented trial acronyms and NCT numbers, drugs and regimens (FOLFOX,
R-CHOP, FLOT), organisms and antibiotics, MICs, most stains and markers (H&E, PAS-D, Ziehl-Neelsen, CD20,
Ki-67), ICU scores, NIHSS / Hoehn and Yahr / Babinski / Romberg / Lachman / McMurray / Weber B, HL7 message
types, hostnames, EHR module names, scanner models, USP chapters, most NDC codes, ticket numbers, hospitals.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is technical text with people in it (all four countries, keep values outnumber PHI
and are mostly capitalised or coded, every document names a patient, relatives and clinicians and has an
address, a date, an MRN, a phone, an e-mail and an age over 89; implant serials PHI, models / lots / NDC /
NCT kept; eponyms kept), and independence from probes 1-40 (template kinds of all; name words, towns and
streets of their people tables with the kit's check, and no name word in any string of those tables -- run
before the measurement, no clash). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE
pins the name words that were already words of the engine's code when the probe was written (found by
`written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe41 import people
from tests.engine.probe41.corpus import POOLS, TEMPLATES, make_corpus, problems
from tests.engine.probe41.run_probe import crashes, run

LEAK_CEILING = 0.04  # now 2.96% (20/676); first: 3.55% (24/676)
STRICT_CEILING = 0.04  # whole + partial: now 2.96%; first 3.55% (24/676)
OVERMASK_CEILING = 0.04  # now 2.70% (30/1112); first: 7.46% (83/1112)
CLEAN = {"DATE", "PHONE", "MRN", "EMAIL", "ID", "DEVICE", "HEALTH_PLAN"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 41))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for c in people.COUNTRIES.values() for t in c.towns}


def _streets() -> set[str]:
    return {s for c in people.COUNTRIES.values() for s in c.streets}


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict):
                out |= name_words(strings_in(value))
    return out


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 600 and sum(len(d.keep) for d in corpus) >= 500
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 12 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN",
                     "DEVICE", "USERNAME"}  # fmt: skip


def test_corpus_is_technical_text_with_people_in_it() -> None:
    """All four countries; most keep values capitalised or coded technical terms, more keep values than PHI;
    every document names a patient, a relative and clinicians, has an address, a date, an MRN, a phone, an
    e-mail and an age over 89; the patient's implant serial is PHI while models, lots, REF, NDC and NCT
    numbers are kept; eponyms are keep values, never names."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.COUNTRIES)
    keep = [k for d in docs for k in d.keep]
    assert len(keep) > 1.4 * sum(len(d.phi) for d in docs)
    technical = [k for k in keep if re.search(r"[A-Z]{2}|[A-Z]\w*\d|\d\w*[A-Z]|^[A-Z][a-z]", k)]
    assert len(technical) >= 0.8 * len(keep)
    for d in docs:
        types = [t for t, _ in d.phi]
        assert types.count("NAME") >= 5, d.id
        assert {"ADDRESS", "DATE", "MRN", "PHONE", "EMAIL", "AGE"} <= set(types), d.id
        assert all(int(v) >= 90 for t, v in d.phi if t == "AGE"), d.id
    assert len({d.kind for d in docs if any(t == "DEVICE" for t, _ in d.phi)}) >= 5
    kept = set(keep)
    for code in ("«nct1»", "«ndc1»", "«lot»", "«ref»", "«inst_sn»", "«ticket»", "«protocol»", "«crm1»"):
        assert any(code in t for *_, t in TEMPLATES), code
    eponyms = {"Babinski", "Romberg", "Lachman", "McMurray", "Ziehl-Neelsen", "Hoehn and Yahr", "Weber B"}
    assert eponyms <= kept
    assert {"Salter-Harris II", "Ellis class II", "USP <797>", "HeLa", "C57BL/6J"} & kept
    assert len(kept & set(POOLS["org"])) >= 8 and len(kept & set(POOLS["regimen"])) >= 6
    assert sum(bool(re.fullmatch(r"NCT\d{8}", k)) for k in keep) >= 12
    assert sum(bool(re.fullmatch(r"\d{4,5}-\d{4}-\d{2}", k)) for k in keep) >= 12  # NDC codes
    assert sum(k.upper().startswith(("LOT ", "QC LOT")) for k in keep) >= 12  # reagent lots


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-40, no name word, town or street of their people tables (the kit's check),
    and no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=600,
        min_keep=500,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"katz", "nino"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
