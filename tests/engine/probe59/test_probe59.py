"""Regression guard for the fifty-ninth generalisation probe: radiology and imaging text from the United
States, Canada, the United Kingdom, Australia and India with synthetic PHI planted in it. Kinds: CT report
with contrast and dose (US, Australia), MRI report (UK, Canada), ultrasound report (India with the PCPNDT
declaration and Form F serial, US), chest X-ray report (Australia, UK; patients aged 90+), screening
mammography report with BI-RADS (US, Canada), teleradiology preliminary read with its final addendum (US,
India), DICOM SR dump in dcmdump style (US, UK), DICOM header in the DICOM JSON model (Australia, Canada; 2.25
UIDs, DICOM PN and AS), modality worklist listing (US in DICOM PN form, India; four patients, one aged 90+),
PACS / RIS exam queue (UK, Australia; four patients), HL7 v2 ORM imaging order (US, Canada), HL7 v2 ORU
imaging result (US, Australia), critical-result call log (US, UK), mammography recall letter (NHS Breast
Screening, BreastScreen Australia), breast biopsy appointment letter (US, Canada), imaging prior-authorisation
request (US), peer-review / discrepancy log (US, Australia) and contrast-reaction / extravasation note
(India, Canada): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe59.run_probe --seed N --brief`; engine at commit 3e61b95, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     6.03% (43/713)     6.17% (44/713)     5.25% (17/324)
    2     5.46% (39/714)     5.60% (40/714)     5.56% (18/324)
    3     5.89% (42/713)     6.03% (43/713)     4.63% (15/324)

One labelling fix after that run, no engine change in between: first-level regions written inside an
address (an Indian "Town, Odisha - 753651" line, the state component of an HL7 PID-11, a letter's "Town
Victoria 3926" line) had been labelled keep, against the policy above (plain text inside an address); they
are plain text now. Leaks were identical before and after; the over-masking of the first run was 5.72%
(19/332), 6.33% (21/332) and 5.12% (17/332) for seeds 1-3 (the two extra losses on seed 1 were "Odisha"
inside addresses). The table above is the run after the fix.

Seed 1 by type (leaked / values): NAME 17/241, ID 13/83, DEVICE 6/12, DATE 4/136, LICENSE 2/29, ZIP 1/18;
none in MRN (48), PHONE (49), ADDRESS (42), HEALTH_PLAN (22), EMAIL (9), AGE (8), IP (6), ACCOUNT (4), SSN
(3), URL (3). Seed 2: NAME 14, ID 13, DEVICE 4, DATE 4, LICENSE 2, AGE 1, ADDRESS 1; seed 3: NAME 17, ID 13,
DEVICE 4, DATE 4, LICENSE 2, AGE 1, ZIP 1.
Worst kinds (seed 1): DICOM SR dump 12/42, modality worklist 7/56, teleradiology prelim read 4/29,
critical-result call log 4/39; none leaked in the CT report, chest X-ray report, biopsy letter and prior-
authorisation request.
What leaks (seed 1):
- NAME 17: DICOM PN written as FAMILY^GIVEN in free text outside a PN tag -- the US worklist (the patient
  column half-masked, "SINGLETARY^[NAME]", "HUTTO^[NAME]", a whole "ALDERETE^BENTLEE", and the Referring
  column "VEMULA^[NAME]", "RAVURI^HARITHA" left whole), an SR irradiation-event text "operator
  LOVERIDGE^KERRIN" / "[NAME]^RUPESH", the telerad header "Patient: BANKHEAD^[NAME]"; "Family, Given" of a
  patient in a log table row ("Kotha, Chiranjeevi (MRN)", "Nallapati, Manaswini"); a bare possessive
  surname ("to Motley's pager"); names after a role phrase or a dash ("Radiographer on CT: Hasini
  Samarasinghe", "Case 1 — Ref [ID] — Mathusha Paramanathan, UR ...").
- ID 13: study / series instance UIDs under an organisation root (6: dcmdump "(0020,000d) UI [1.2.840.
  113711.4.2.20240513.600047.3845]", "Study UID: ...", "Study Instance UID: 1.2.356.110.42...", an HL7 ZDS
  segment; the 2.25 UIDs were all masked), HL7 message control IDs (MSH-10 "F572900824", "RIS57278173") and a
  placer number glued to "MSG" ("MSG8299147415" x2), reference numbers "CR-302148" / "CR-250755" after
  "Alert ref:" / "Screening ref:".
- DEVICE 6: every "serial SN 974789"-style scanner / coil / mammography-unit serial but the free-form ones,
  and "(0018,1000) LO [SN 781769]". DATE 4: the study date inside an unmasked UID (".20240513.") -- counted
  twice, as the DICOM DA and as the digits of the ISO date elsewhere in the dump.
- LICENSE 2: Indian medical-council numbers after "Reg." / "Reg. No." ("Reg. No. 84407", "Reg. 67120").
  ZIP 1: an Australian letter's last line "Mirboo Gap Victoria 3926" ("Gap Victoria" became two NAMEs, the
  postcode survived). Seed 2 / 3 AGE: "Patient age 92" in a log was masked, but a worklist "90/F" and a
  queue's "(age 90 ...)" kept the bare 90 (rendered "90 or older"; the kit scores the bare "90").
Partial (seed 1, 1): "Mirboo" of "Mirboo Gap".
Over-masking (seed 1, 17 of 324): scanner models and software read as names ("MAGNETOM Sola 1.5T" ->
"[NAME] 1.5T" 2, "SIGNA Pioneer 3T", "Ysio Max", "Centricity RIS-IC 10.4" -> "[NAME] 10.4" 2, "Kestral
RIS" -> "[NAME]"), the DICOM MR Image Storage SOP class UID "1.2.840.10008.5.1.4.1.1.4" masked as an ID
in both JSON headers (the CT one in the dcmdump was kept), procedure names in worklist / queue columns
("CT KUB LOW DOSE" -> "CT [NAME] DOSE", "USG WHOLE ABDOMEN" and "X-RAY CHEST PA" swallowed into an
[ADDRESS] that ran from the mobile number to the doctor, "MRI Knee", "US Carotid Doppler", "CT Brain"),
"BreastScreen Victoria" (2). Seed 2 adds "Coral Coast Radiology" (2), "Queensland", "Sectra PACS 25.1".
Also unscored: table headers ("Referring" -> [ADDRESS], "Date=" -> [NAME]), station "MRC40211" -> [ID],
row number "1" -> [ADDRESS]. Kept everywhere else: centre and hospital names, contrast agents and volumes,
CTDIvol / DLP / mSv, measurements, BI-RADS / LI-RADS / TI-RADS / RADPEER, CPT, ICD-10, RadLex, transfer
syntax, most scanner models, ages under 90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is imaging text of every country (NHS, Ontario health card, Australian Medicare,
Aadhaar-like numbers with valid check digits; NPIs valid under the Luhn rule; 2.25 and organisation-rooted
UIDs; DICOM PN components; DICOM DA / HL7 TS dates; ages 90+), and independence from probes 1-56 (template
kinds; name words, towns and streets of their people tables with the kit's check; no name word in any
string of those tables -- run before the measurement). Names were not checked against the engine's lexicon;
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen: none).
"""

from __future__ import annotations

import importlib
import json
import re

import pytest

from tests.engine.probe import ids as kit_ids
from tests.engine.probe.checkdigits import verhoeff_digit
from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe59 import ids, people
from tests.engine.probe59.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe59.run_probe import crashes, run

LEAK_CEILING = 0.06  # now 4.49% (32/713); first: 6.03% (43/713)
STRICT_CEILING = 0.06  # whole + partial: now 4.63%; first 6.17% (44/713)
OVERMASK_CEILING = 0.05  # now 3.09% (10/324); first: 5.25% (17/324)
CLEAN = {"MRN", "PHONE", "ADDRESS", "HEALTH_PLAN", "EMAIL", "AGE", "IP", "ACCOUNT", "SSN", "URL"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 57))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


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
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "URL", "IP", "DEVICE"}


def _nhs_ok(v: str) -> bool:
    d = [int(c) for c in v.replace(" ", "")]
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return len(d) == 10 and (0 if check == 11 else check) == d[9]


def _medicare_au_ok(v: str) -> bool:
    d = [int(c) for c in v.replace(" ", "")]
    return sum(x * w for x, w in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10 == d[8]


def _aadhaar_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return verhoeff_digit(s[:-1]) == s[-1]


def test_corpus_is_imaging_text() -> None:
    """Every country; valid check digits (NHS, Ontario health card, Australian Medicare, Aadhaar, NPI); 2.25
    and organisation-rooted UIDs; DICOM PN components and DICOM / HL7 dates; ages 90+; imaging vocabulary."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    values = [(t, v) for d in docs for t, v in d.phi]
    checks = {
        r"\d{3} \d{3} \d{4}": _nhs_ok,
        r"\d{4} \d{5} \d": _medicare_au_ok,
        r"\d{4} \d{4} \d{4}": _aadhaar_ok,
        r"\d{4}-\d{3}-\d{3}-[A-Z]{2}": lambda v: kit_ids.luhn_check(v.replace("-", "")[:9]) == v[11],
    }
    for pattern, ok in checks.items():
        found = [v for t, v in values if t in ("ID", "HEALTH_PLAN") and re.fullmatch(pattern, v)]
        assert len(found) >= 3 and all(ok(v) for v in found), (pattern, found)
    us = [(t, v) for d in docs if d.loc == "US" for t, v in d.phi]
    npis = [v for t, v in us if t == "LICENSE" and re.fullmatch(r"[12]\d{9}", v)]
    assert len(npis) >= 20 and all(ids.npi_ok(v) for v in npis)
    uids = [v for t, v in values if t == "ID" and v.startswith(("1.2.", "2.25."))]
    assert sum(v.startswith("2.25.") for v in uids) >= 12 and sum(v.startswith("1.2.") for v in uids) >= 30
    text = "\n".join(d.content for d in docs)
    assert len(re.findall(r"\b[A-Z][A-Z' ]+\^[A-Z][A-Z ]+\b", text)) >= 100
    assert sum(t == "DATE" and bool(re.fullmatch(r"(19|20)\d{10,12}", v)) for t, v in values) >= 30
    assert sum(t == "AGE" and int(v.rstrip("Y")) >= 90 for t, v in values) >= 12
    marks = ("BI-RADS", "CTDIvol", "DLP", "MSH|", "ORU^R01", "ORM^O01", "(0020,000d)", "PC&PNDT", "RADPEER")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-56, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
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
        min_phi=650,
        min_keep=300,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
