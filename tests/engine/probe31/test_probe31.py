"""Regression guard for the thirty-first generalisation probe (clinical running text in non-Latin scripts:
a Russian discharge epicrisis, a Ukrainian family phone-call note, a Bulgarian referral with ЕГН, a Serbian
Cyrillic consult, a Greek nursing handover, a Hebrew emergency summary, an Arabic family WhatsApp thread, a
Persian referral letter in the Solar Hijri calendar, a Hindi OPD slip with Aadhaar, Bengali SMS reminders, a
Thai nursing note in the Buddhist era, a Chinese hospital-system JSON with Chinese keys, a Taiwanese nursing
record in Minguo dates, a Japanese referral letter in Japanese eras, a Korean guardians' chat and a Russian
patient-portal JSON with transliterated keys; names from lists of our own, in the grammatical forms of each
language): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe31.run_probe --seed N`; engine at commit 4c41ffa WITH uncommitted engine edits
in the shared tree at that minute: `git status --short src` listed engine/names.py, register_names.py and
textmask.py modified), 32 documents in 16 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     24.73% (135/546)   24.73% (135/546)   4.97% (18/362)
    2     25.09% (137/546)   25.27% (138/546)   4.42% (16/362)
    3     25.09% (137/546)   25.46% (139/546)   4.70% (17/362)

Seed 1 by type (leaked / values): NAME 94/172, ZIP 11/32, MRN 9/32, ADDRESS 9/64, AGE 8/32, DATE 4/118;
none in SSN (32), PHONE (50), HEALTH_PLAN (8), ID (4), EMAIL (2). Seeds 2 and 3: NAME 94 and 95, ZIP 12
and 11, MRN 11 and 11, AGE 8 and 9, ADDRESS 8 and 7, DATE 4 and 4. Worst kinds (seed 1): Bengali SMS 15/36,
Serbian consult 14/30, Hebrew ER summary 14/36, Chinese JSON 14/36, Bulgarian referral 11/30; best:
Ukrainian call note 0/30 and Russian epicrisis 1/44 (declined names, patronymics, СНИЛС, ОМС, ИНН all masked).
What leaks, in every seed:
- NAME: every Bengali name (after "প্রিয়", "ডা.", "সেবিকা", "প্রতিবেশী"); Serbian names in every case form
  and the form's "Пацијент Средојевић Радмила" (only the Russian/Ukrainian ones are found); Bulgarian
  three-part names after "дъщеря:" and "д-р" ("д-р Гинка Илиева Гроздева", "д-р Шишманова"); Greek names in
  prose ("Ο γείτονας Αριστείδης Τσιμπουκάκης", "Παρέδωσε: Καλλιόπη Σταυρακάκη"); Hebrew names in the form
  field "שם המטופל/ת:", after "בתה", "ד\"ר" and behind the prefix ל ("לתרצה אלמקייס"); Arabic chat speakers
  and names after "الدكتور", "الممرضة"; Persian and Hindi doctors after "دکتر", "डॉ.", "नर्स"; Thai staff after
  "นพ." and "พยาบาลเวร"; Japanese addressee "神保 勝治 先生 御侍史" and "担当医 蛭田 キヨ"; Korean chat
  speakers; Taiwanese names between spaces ("主治醫師 賴添丁 醫師"); Chinese JSON "姓名" values and names
  glued in the course note ("主治医生谢秀珍查房", substring leaks).
- ZIP: a postcode beside a town or in brackets ("390 28 Νάουσα", "(25756)", "（526）"), JSON "indeks",
  "邮编". MRN: a case number after "№", "бр.", "شماره پرونده:", "রেজি. নং", "HN", JSON "nomer_karty".
- ADDRESS: the town after a masked street (Greek "[ADDRESS], 390 28 Νάουσα"; Persian "ساکن ...، اراک،"),
  JSON "gorod", a Thai district "อำเภอหางดง", a Chinese address glued behind its province.
- AGE: "Възраст: 95 г.", "মায়ের বয়স ৯২ বছর", "גיל: 95", "стар(а) 98 година" (while "99 лет", "92岁", "91세",
  "۹۷ ساله", "בת 95" are masked). DATE: Japanese short era "R5.5.3" and Thai abbreviated Buddhist-era
  "17 เม.ย. 2467"; every other local form and calendar was masked.
Partial: seed 1 none; seeds 2-3 a Persian street keeping "، پلاک 88" and a Thai street keeping "108/ … 24".
Over-masking (seed 1, 18 of 362): 16 are first-level regions written inside an address line ("Тверская
область, г. Кинешма", "Львівська область", "област Велико Търново", "استان مرکزی", "उत्तर प्रदेश",
"ঢাকা বিভাগ", "จังหวัดเชียงใหม่", "강원특별자치도", "(Војводина)"); Safe Harbor lets a state stay, so they
count as lost (the same regions written on their own survive); 2 are a relative's age under 90 in Persian
digits ("۶۵ ساله"). Kept everywhere: hospitals with a town or a person in the name ("МБАЛ „Д-р Тота
Венкова“ – Габрово", "Општа болница Чачак", "绵阳市中心医院"), departments, drugs with doses in every script,
lab values with units, ICD-10 codes, weekdays, months alone, years alone, countries, other ages under 90.

Correction after the measurement (documentation only, labels unchanged): corpus.py's policy first said a
region inside an address is plain text; the templates always labelled it keep where it stands apart, and
the policy text was corrected to say so. No template, label or list was changed after the measurement
(ruff's autofix turned data `.split()` calls into list literals: same values, checked).

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), the local calendars and the scoring adjustments (run_probe), and its independence from
probes 1-29 (template kinds; name words and towns where a probe has such tables): the name check ran BEFORE
the measurement, found 43 name words and 2 towns shared with earlier probes (2, 4, 7, 8, 11, 14 and
others), and they were replaced then, in three rounds. Names are not checked against the engine's lexicon
or source: the author did not read them.
"""

from __future__ import annotations

import importlib
import re
from datetime import date

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe31 import people
from tests.engine.probe31.corpus import TEMPLATES, glued_script, make_corpus, problems
from tests.engine.probe31.dates import forms, to_jalali
from tests.engine.probe31.run_probe import allowed_remainder, crashes, run

LEAK_CEILING = 0.26  # 24.73% (135/546) on seed 1 when written
STRICT_CEILING = 0.26  # whole + partial: 24.73% (135/546)
OVERMASK_CEILING = 0.06  # 4.97% (18/362)
CLEAN = {"SSN", "PHONE", "HEALTH_PLAN", "ID", "EMAIL"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()
NO_NAME_TABLE = {18, 26, 27}  # probes compared by template kinds only (probe27: its own name lists below)


def _name_words() -> set[str]:
    words = [[*f, *m, *(x for pr in fam + pat for x in pr if x)] for f, m, fam, pat in people.NAMES.values()]
    return name_words([n for group in words for n in group])


def _towns() -> set[str]:
    return {t for _streets, towns, _zip in people.PLACES.values() for t in towns}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 32 and len({d.kind for d in docs}) == 16
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 450 and sum(len(d.keep) for d in corpus) >= 150
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 8 for d in corpus)
        assert not any(re.search(r"«[a-z0-9_]+»|‹|›", d.content) for d in corpus)  # every slot filled
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "ADDRESS", "ZIP", "SSN", "MRN", "HEALTH_PLAN", "ID"}
    assert {d.loc for d in docs} == {"ru", "uk", "bg", "sr", "el", "he", "ar", "fa", "hi", "bn", "th", "zh",
                                     "tw", "ja", "ko"}  # fmt: skip
    assert {d.format for d in docs} == {"text", "json"}


def test_local_calendars_and_scripts() -> None:
    assert to_jalali(date(2024, 3, 20)) == (1403, 1, 1) and to_jalali(date(2024, 3, 19)) == (1402, 12, 29)
    f = forms(date(2024, 3, 5))
    assert f["fa"] == "۱۵ اسفند ۱۴۰۲" and f["th"] == "5 มีนาคม พ.ศ. 2567" and f["th_ab"] == "5 มี.ค. 2567"
    assert f["ja_era"] == "令和6年3月5日" and f["ja_r"] == "R6.3.5" and f["minguo"] == "民國113年3月5日"
    assert f["ru"] == "5 марта 2024 г." and f["el"] == "5 Μαρτίου 2024" and f["he"] == "5 במרץ 2024"
    assert f["ar"] == "٥ مارس ٢٠٢٤" and f["bn"] == "৫ মার্চ ২০২৪" and f["ko"] == "2024년 3월 5일"
    assert forms(date(1930, 6, 1))["ja_era"] == "昭和5年6月1日"


def test_scoring_adjustments() -> None:
    assert allowed_remainder("kept '令和6年'") and allowed_remainder("kept '۱۴۰۲'")
    assert allowed_remainder("kept 'พ.ศ. 2567'") and allowed_remainder("kept '民國113年'")
    assert allowed_remainder("kept '2024 г.'") and allowed_remainder("kept 'R5.'")
    assert not allowed_remainder("kept '3月5日'") and not allowed_remainder("kept 'марта 2024'")
    assert not allowed_remainder("kept '0305'") and not allowed_remainder("kept '21/05'")
    assert all(glued_script(v) for v in ("郭凤英", "תרצה", "ทองมาก", "변말순", "神保"))
    assert not glued_script("Лапшина") and not glued_script("Σταυρακάκη") and not glued_script("कमला")


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-29 is reused; no name word or town of those with name tables."""
    from tests.engine.probe27 import people as people27

    kinds = {t[0] for t in TEMPLATES}
    corpora = [importlib.import_module(f"tests.engine.probe{i}.corpus") for i in NO_NAME_TABLE]
    old_kinds = {t[0] for c in corpora for t in c.TEMPLATES}
    assert not kinds & old_kinds
    mods = ["probe", *(f"probe{i}" for i in range(2, 30) if i not in NO_NAME_TABLE)]
    assert earlier_probe_overlap(mods, kinds, _name_words(), _towns(), set()) == set()
    assert not _name_words() & name_words(people27.FEMALE + people27.MALE + people27.FAMILY)


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
        min_phi=450,
        min_keep=150,
        clean=CLEAN,
    )
