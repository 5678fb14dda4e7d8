"""Regression guard for the twenty-seventh generalisation probe (dates, times and ages -- the most numerous
PHI -- beside the numbers that must survive: a geriatric consult, a medication administration record, a
scheduling CSV, a lab report, an HL7 ADT/ORU feed, log lines of a clinical app, a family chat, a referral
e-mail, a pharmacy label, a coverage letter, obstetric dating, a heart-failure clinic note, European, East
Asian and translated transfer packets in 16 languages and four calendars, a hospice death note, a PACS file
listing and a JSON procedure schedule; names from lists of our own): rates may only get better than when
it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe27.run_probe --seed N`; engine at commit 941a643 WITH uncommitted engine edits
in the shared tree at that minute: `git status --short src` listed engine/east_asian.py, fhir_types.py,
names.py, patterns.py, script_text.py, structured.py and textmask.py modified), 36 documents in 18 kinds
per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1      9.87% (52/527)    12.33% (65/527)    1.28% (4/312)
    2     11.36% (60/528)    14.02% (74/528)    0.64% (2/312)
    3     11.17% (59/528)    13.64% (72/528)    0.96% (3/312)

Seed 1 by type (leaked / values): NAME 31/134, AGE 9/59, DATE 7/252, PHONE 3/24, ID 2/14; none in MRN
(34), EMAIL (8), HEALTH_PLAN (2). Seeds 2 and 3: NAME 36 and 32, AGE 11 and 13, DATE 7 and 9, PHONE 4 and
3, ID 2 and 2. Worst kinds (seed 1): geriatric consult, lab report, HL7 feed 6 each; the three language
packets 0. What leaks, in every seed:
- DATE: a bare ordinal day "on the 14th" ("bloods again on the 3rd", "first fall was on the 1st", "last
  oral intake around the 23rd") and a bare month/day after a cue the engine does not know ("GTT 7/6 at
  06:00", "Labs 3/5:"). Every other form was masked: ISO with zone, compact and HL7 stamps, ISO week and
  ordinal dates, "5th Mar '24", "05-MAR-2024", "Sept. 9", "9-Sep", "March fifth", ranges, month + year,
  and all sixteen languages (Reiwa, Buddhist era, Solar Hijri in Persian digits, Arabic-Indic digits).
- AGE: decade forms "in her mid-90s", "early-90s", "late-90s"; "M/96" / "F/99" after a name in capitals
  (the name eats the sex letter, the age stays: "[NAME]/98"); the kit counts "90" inside the engine's
  "90 or older" as a leak when the true age is exactly 90 (seed 1: 1, seeds 2-3: 6 and 5).
- NAME: clinicians after "Ordering:", "Copy to:", "Pharmacist:", "given RN T. Bellweather", initials in a
  CSV provider column "L. Rourkely"; the patient's name alone on a pharmacy label's or hospice note's first
  line; chat speakers "Wrenna: ..."; lower-case surnames in file names "trevellick_cxr_..." and log fields
  "user=halvorsrud"; HL7 XCN "RENWALDT^FENWICK" in PV1-7; "TREVELLICK, WRENNA" after "images of"; a JSON
  "coordinator" value; a sign-off given name "Kind regards, Jovianna".
- PHONE: an extension alone ("pager ext. 8087", "ext. 2250"). ID: an account number glued into the HL7
  message control id "MSGFIN-70271189".
Partial (seed 1, 13): 12 are the weekday of "Tue 11 Jan" / "Sunday, April 21, 2024" left beside
"[DATE]" (labelled as one DATE value, so the kit counts the weekday; a reader may call it harmless), one
is a compact stamp "20241001 1527" keeping "202".
Over-masking (seed 1, 4 of 312): all four are times written right after a date ("Nov 12 2024 20:00" in the
CSV, "trevellick_cxr_20220325-06:00.dcm"); by this probe's own policy ("times without a date" are keep)
they were mislabelled as keep, but they are left as measured. Kept everywhere: years alone, Q3 2024,
FY2025, durations "6/52", "3/7", "2/12", frequencies, blood pressures, "5/325 mg", "1:1000", "7/10", "GCS
14/15", "6/12" vision, scores, versions, lab ranges, ICD-10, CPT, LOINC, "32+4 weeks", Apgar, NYHA class,
CFR sections, ages under 90 in all forms and languages.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), every date form and language being present, and its independence from probes 1-26
(template kinds, name words; probes 18 and 26 by kinds only). The name check ran only after the
measurement and found 7 of the probe's 57 name words already used by earlier probes (Abernathy, Stroud,
Anselmo, Bellweather, Evander, Gwilym, Zebulon: coincidences of invented lists); they were left in rather
than change the measured corpus, and are pinned as KNOWN_NAME_OVERLAP. Names are not checked against the
engine's lexicon or source: the probe's author did not read them.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe27 import people
from tests.engine.probe27.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe27.dates import forms, to_jalali
from tests.engine.probe27.run_probe import allowed_remainder, crashes, run

LEAK_CEILING = 0.11  # 9.87% (52/527) on seed 1 when written
STRICT_CEILING = 0.14  # whole + partial: 12.33% (65/527)
OVERMASK_CEILING = 0.03  # 1.28% (4/312)
CLEAN = {"MRN", "EMAIL", "HEALTH_PLAN"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()
# name words this probe's own lists happen to share with earlier probes: found by the independence check only
# after the measurement; left in (the corpus is not changed after measuring), not to grow
KNOWN_NAME_OVERLAP = {"abernathy", "anselmo", "bellweather", "evander", "gwilym", "stroud", "zebulon"}


def _name_words() -> set[str]:
    return name_words(people.FEMALE + people.MALE + people.FAMILY)


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 250
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 9 and len(d.keep) >= 4 for d in corpus)
        assert not any(c in d.content for d in corpus for c in "«»‹›")
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID", "HEALTH_PLAN"}
    assert sum(t == "DATE" for d in docs for t, _ in d.phi) >= 240


def test_date_forms_and_calendars() -> None:
    f = forms(date(2024, 3, 5))
    assert f["ordof"] == "5th of March" and f["ordapo"] == "5th Mar '24" and f["caps"] == "05-MAR-2024"
    assert f["wk"] == "Tue 5 Mar" and f["isowk"] == "2024-W10-2" and f["yday"] == "2024-065"
    assert f["reiwa"] == "令和6年3月5日" and f["ko"] == "2024년 3월 5일" and f["th"] == "5 มีนาคม พ.ศ. 2567"
    assert f["fa"] == "۱۵ اسفند ۱۴۰۲" and f["ar"] == "٥ مارس ٢٠٢٤"
    assert to_jalali(date(2024, 3, 20)) == (1403, 1, 1)
    text = "".join(d.content for s in (1, 2, 3) for d in make_corpus(s))
    for marker in ("令和", "년", "พ.ศ.", "تاریخ", "ב", "de 20", "r.;", "-jährig", "âgé", "años",
                   "歳", "세", "y/o", "-90s", "nonagenarian", "^", " ext. ", "T", "–"):  # fmt: skip
        assert marker in text, marker
    ages = [v for d in make_corpus(1) for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 50


def test_scoring_adjustment_allows_only_years_times_and_zones() -> None:
    assert allowed_remainder("kept 'T14:22:05+01:00'") and allowed_remainder("kept 'พ.ศ. 2567'")
    assert allowed_remainder("kept '令和6年'") and allowed_remainder("kept '۱۴۰۱'")
    assert not allowed_remainder("kept 'Mar 05'") and not allowed_remainder("kept '5 มีนาคม'")


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-26 is reused, no name word (probes 18 and 26: kinds only, they have no
    name table of that shape)."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18
    from tests.engine.probe26.corpus import TEMPLATES as TEMPLATES26

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18 + TEMPLATES26}
    mods = ["probe", *(f"probe{i}" for i in range(2, 26) if i != 18)]
    overlap = earlier_probe_overlap(mods, kinds, _name_words(), set(), set())
    assert overlap <= KNOWN_NAME_OVERLAP, sorted(overlap - KNOWN_NAME_OVERLAP)


def test_names_never_look_like_keep_words() -> None:
    keep = name_words([k for s in (1, 2, 3) for d in make_corpus(s) for k in d.keep])
    assert not _name_words() & keep, sorted(_name_words() & keep)


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
        min_phi=500,
        min_keep=250,
        clean=CLEAN,
    )
