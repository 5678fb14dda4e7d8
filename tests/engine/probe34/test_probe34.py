"""Regression guard for the thirty-fourth generalisation probe (East and Southeast Asian people in English
and mixed-script health text: Chinatown clinic notes, Hong Kong-style discharge summaries, Singapore
polyclinic referrals, Japanese-American caregiver e-mails, Korean-American pharmacy KakaoTalk chats,
Vietnamese nail-salon screenings, Taglish nurse endorsements, Thai medical-tourism e-mails, Malaysian ward
WhatsApp groups, Indonesian TKI medical checks, Hmong family conferences, Burmese refugee-clinic cards,
Cantonese interpreter logs, Chinese/English WeChat groups, app-store reviews, telehealth CRM CSV exports,
health-tech test fixtures and two-script lab reports; names of fourteen traditions in romanisation and
native script, family-first and given-first, glued into Chinese prose, called by one part, nicknames that
are English words): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe34.run_probe --seed N`; engine at commit 40897ff, `git status --short src`
empty at that minute: no uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked            whole + partial    over-masking
    1     9.01% (58/644)    10.09% (65/644)    8.56% (19/222)
    2     8.41% (54/642)     9.35% (60/642)    9.91% (22/222)
    3     6.38% (41/643)     7.31% (47/643)   10.36% (23/222)

Seed 1 by type (leaked / values): NAME 49/300, ADDRESS 4/68, AGE 4/12, MRN 1/34; none in DATE (100),
PHONE (66), EMAIL (28), ZIP (26), ID (10: HKID, NRIC, PhilHealth, MyKad, NIK). Seeds 2 and 3: NAME 44 and
34, ADDRESS 6 and 3, AGE 4 and 4, MRN 0 and 0. Worst kinds (seed 1): Taglish endorsement 7, app review 6,
Korean pharmacy chat, nail-salon screening, TKI check and Burmese card 5 each; Singapore referral, Malaysian
WhatsApp, Cantonese interpreter log and two-script lab report 0. What leaks:
- NAME, the part a person is called by, left beside a masked rest: a Vietnamese given name that is a word
  ("My name [NAME] Hang is printed", "Referred to Dr [NAME] Hang. Owner Hang to receive"); a Hmong clan
  ("clan leader Pa [NAME] Hang (Hang clan)"); a Burmese last syllable or reduplication ("Name: [NAME] Sin",
  "son [NAME] Tun Tun [NAME]"); a Hong Kong surname after an English given name ("Physiotherapy by [NAME]
  Yip", "Dr [NAME] Tam (MO)"); an upper-cased family name first ("Name: POON [NAME] ([NAME])"); the Filipino
  "Ma." and "Jr." ("Bed 14: Ma. [NAME]", "[NAME]. to Jolito Manabat Jr..").
- NAME, whole: a romanised Korean name as a chat speaker in parentheses ("Pharmacy (Doyoon Maeng): Hi");
  two-letter Korean family names ("Dr. Oh suggested", "([NAME] Go)"); a Vietnamese full name after "Worker:"
  with and without diacritics ("Ho Cong Hau (Hồ Công Hậu)"); pinyin given names as WeChat speakers
  ("Mengqi:", "Peiyao:", "Kaiyuan:", "Wenbo:"); Thai nicknames in parentheses ("(Ploy)", "(nickname Jib)",
  "(Beam)"); an Indonesian mononym after "suami" ("suami Wagiman"); a lower-case developer handle
  ("TODO(anuar)", "TODO(mengqi)"); a family name alone in a code comment ("merging Akiyama and"); "Blia Vue
  from their team"; "Chi Keung manages the pillbox"; Filipino "kay Pinky", "(Bing)", "si [NAME]. Jennalyn";
  a Burmese name in a CSV agent column ("Tun Tun Oo").
- AGE: "She is now 96", "Age on record: 90". ADDRESS: a Thai district after the soi ("Soi Sukjai 11, Lat
  Phrao", "Nonthaburi"), an Indonesian birthplace ("Tempat/Tgl Lahir: Jember"). MRN: "Ref MRN-476128".
Partial (seed 1, 7): Thai house numbers ("31/89 Moo 8," and "147/20 Moo 12," kept, the soi masked), a
Philippine "Blk 19 Lot 1, Dama de Noche St.," before a masked barangay, a Chinese street number ("翠景路378号"
keeps "378"). Names glued into Chinese prose ("患者姚金鹏今日复诊") were masked; such a survival could only
show as partial (the scorer's word boundaries treat Han characters as letters).
Over-masking (seed 1, 19 of 222): provinces and cities after a masked address or person ("in Quang Nam"
x3, "Shan State", "Bangkok" x2 after a district, "Seoul" x2, "广东省" x2 before 广州市), the CSV city column
("Singapore" x2, "Ho Chi Minh City"), word phrases that hold name words ("Ha Long Bay" x2 at a line start,
"Yang-style tai chi" x2), "Bumrungrad International" x2 in a From: signature; seeds 2-3 alike, plus "Fang
Fang dumplings", "Xieng Khouang", "Okinawa", "Sabah", "Battambang" and "hepatitis B". Not scored but seen:
unlabelled words masked ("Tempat/[NAME]:" for "Tgl Lahir", "from [ADDRESS] camp" for Mae La, part of the
WeChat group header). Kept everywhere: drugs with doses, clinical terms, dishes, organisations in running
text, countries, apps.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), valid HKID and NRIC check characters, and independence from probes 1-31 (template kinds of
all; name words, nicknames, towns and streets of those with a NAMES table: run before the measurement, the
one clash -- the town Setagaya-ku -- replaced then; name clashes were avoided while drawing up the lists, see
people.py for the common family names dropped). Names are not checked against the engine's lexicon or
source: the probe's author did not read them.
"""

from __future__ import annotations

import importlib

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    written_in_engine_code,
)
from tests.engine.probe34 import people
from tests.engine.probe34.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe34.ids import hkid_valid, nric_sum
from tests.engine.probe34.run_probe import crashes, run

LEAK_CEILING = 0.09  # now 7.76% (50/644); first: 9.01% (58/644)
STRICT_CEILING = 0.10  # whole + partial: now 8.85%; first: 10.09% (65/644)
OVERMASK_CEILING = 0.10  # now 8.56% (19/222)
CLEAN = {"DATE", "PHONE", "EMAIL", "ZIP", "ID"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()


def _name_words() -> set[str]:
    names = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    tables = (people.NICKS, people.HK_ENGLISH, people.VI_MIDDLE)
    extra = [n for table in tables for v in table.values() for n in v]
    return name_words(names + extra)


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 450 and sum(len(d.keep) for d in corpus) >= 200
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 4 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID", "ADDRESS", "ZIP"}


def _nric_valid(s: str) -> bool:
    return s[8] == "JZIHGFEDCBA"[nric_sum(s[0], s[1:8]) % 11]


def test_identifiers_have_valid_check_characters() -> None:
    values = [v for s in (1, 2, 3) for d in make_corpus(s) for t, v in d.phi if t == "ID"]
    hk = [v for v in values if v.endswith(")")]
    sg = [v for v in values if len(v) == 9 and v[0] in "ST" and v[1:8].isdigit()]
    assert hk and sg
    assert all(hkid_valid(v) for v in hk) and all(_nric_valid(v) for v in sg)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-31; no name word, nickname, town or street of those with a NAMES table."""
    kinds = {t[0] for t in TEMPLATES}
    corpora = [importlib.import_module(f"tests.engine.probe{i}.corpus") for i in ["", *range(2, 32)]]
    old_kinds = {t[0] for c in corpora for t in getattr(c, "TEMPLATES", ())}
    assert not kinds & old_kinds
    mods = [m for m in ["probe", *(f"probe{i}" for i in range(2, 32))]
            if hasattr(importlib.import_module(f"tests.engine.{m}.people"), "NAMES")]  # fmt: skip
    towns = {t for v in people.TOWNS.values() for t in v}
    streets = {s for v in people.STREETS.values() for s in v}
    assert earlier_probe_overlap(mods, kinds, _name_words(), towns, streets) == set()


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
        min_keep=200,
        clean=CLEAN,
    )


# words of the engine's code that are not this probe's: Vietnamese, Korean and Thai syllables the script and
# title rules held before it, and two number words added after it ("neng", "tri": ages written out in
# Luxembourgish and Czech)
ENGINE_WORDS_BEFORE = {
    "cha", "cher", "dieu", "hoi", "huu", "junho", "neng", "nok", "quan", "ren", "sok", "tai", "thi", "tri",
}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
