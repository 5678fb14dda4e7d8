"""Regression guard for the twenty-fourth generalisation probe (records dense in family members and
newborns, where de-identification classically fails: labour, delivery, NICU and nursery notes with mother,
partner and baby ("Baby Boy <Surname>", "BG <Surname>", "Twin A/B", "Infant of <mother>", mother's and
baby's MRNs, LMP/EDD), well-child visits with siblings, genetic-counselling pedigrees in prose, adoption,
foster care, child protection, custody, ICU family meetings, hospice bereavement, birth and death
registration worksheets, a daycare pick-up form, a three-generation social history, a postpartum visit and
a JSON newborn-screening record; people of 14 cultures named each culture's way, from lists of our own):
rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe24.run_probe --seed N`; engine at commit 4016843 WITH an uncommitted engine
edit in the shared tree at that minute: `git status --short src` listed engine/names.py modified), 36
documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     14.10% (86/610)    14.75% (90/610)    3.45% (8/232)
    2     12.95% (79/610)    13.11% (80/610)    3.45% (8/232)
    3     13.28% (81/610)    13.77% (84/610)    4.74% (11/232)

Seed 1 by type (leaked / values): NAME 76/288, ADDRESS 9/68, AGE 1/12; none in DATE (92), PHONE (54),
MRN (28), ZIP (24), EMAIL (16), ID (14), SSN (10), HEALTH_PLAN (4). Seeds 2 and 3: NAME 66 and 77, ADDRESS
9 and 4, AGE 3 and 0, ZIP 1 and 0 (seed 2: "Marrowbone Station 41838" in the JSON address). Worst kinds
(seed 1): custody evaluation 13/43, ICU family meeting 12/34, postpartum visit, newborn-screen JSON 7 each;
pedigree prose 0/32. What leaks, in every seed:
- given names alone after a kinship word or in a list of relatives: "custody of Dindoy and [NAME]",
  "Interviews: Rodelito on ..., Chizitere on ...", "grandson-in-law Nepomoseno", "great-grandchildren
  Heribaldo and Eustorgio", "in the waiting room with Zinaida", "grandma Edelgunde", "baby Marlowena
  feeding well", "Mum Nneamaka visits", "great-grandchild Eitaro drew a card", "Twin B: Eitaro", "children
  [NAME] (7 years) and Fionnabhair (born ...)", "NOT authorized: Steinþór's brother";
- nicknames: "grandma Bitsykins (...)", "goes by Kipper", "Binky is what the family calls ...";
- full names in role lines without a title: "Reporter: Tansy Dunwoody, school nurse", "Guardian ad litem:
  Savely Nazarovich Belozerskikh", "Evaluator:", "Certifier:", "Facilitator:", "Bereavement coordinator
  Situ Haoyuanyi; chaplain Zhuravko", "Doula Jessup Pemberthy", "Pediatric team:", "GP Gobnait Ó
  Ceallagáin", "Sister-in-law Oakleigh Tillottery", "foster parents [NAME] and Tadhgán Ó Ceallagáin",
  "Respondent: Chizitere Ezeigbo (née Anyichukwu-Obiozor)", "Great-grandmother <name> (90 or older)",
  initials "Social work: I. Ezeigbo", "Neonatologist: C. Kuwabara";
- maiden names on a form line: "Mother's name prior to first marriage: Shangguanmo";
- every name in the JSON newborn record's "name" fields ("BB Oberhollenzer", Arabic "Shaimaara bint
  Nawwafiq Bamuhriz", Russian patronymics), but not its dates, phones, MRNs;
- towns after "from" in prose ("on the way from Ballycorrib", "visits from Great Snaresby", "By phone from
  Kleinfeldmoor"), a town after a masked street, Spanish/Mexican streets "Privada de los Colorines, No. 106".
- AGE: the kit counts "90" surviving inside the engine's "90 or older" (true age exactly 90) as a leak.
Partial (seed 1, 4): "Loon Hollow" kept "Hollow", "Oberhaslach am Wald" kept "Oberhaslach am", "130 Purok
Sampaguita" kept "130", a Hispanic name kept "der". Over-masking (seed 1, 8 of 232): the hospital "Saint
Brigid's Maternity Unit" (every seed, several times), "Lantern Bay Hospice", "Copperleaf Family Health
Centre", times of birth "born 18:57", drugs after "Mother:" ("Mother: nifedipine 20 mg, estimated blood
loss"). Kept everywhere: G/P and GTPAL notation, "38+2 weeks", Apgars "7/8", weights, codes, weekdays,
years, ages under 90, pedigree positions ("II-4", "III-2") and relationship words.

Labelling fix after the measurement, engine-independent: the mother's maiden-name slot cut an Irish
surname with a particle to the particle alone ("née Ó", seed 1 labour_admission_hp-1, counted as a NAME
leak). It now writes the whole surname ("née Ó Flannabhra"); the table above was scored the old way.

After the general rules it prompted the same day (kin, newborn and role labels: grandma, mum, baby,
grandchildren, in-laws, respondent, guardian ad litem, team, interviews...; a relation word fused by hyphens
"Great-grandmother" before the name; "<name>'s brother"; a second name after "and" (with a bracket between);
"goes by"; more "from" cues for towns; an app's own "resourceType" read as generic JSON; and, kept, drugs
with a dose after "Mother:", times of birth, maternity units; pinned with values of our own in
tests/engine/test_generalisation_rules.py and test_fhir_variety.py), seeds 1/2/3 measure 3.28% / 3.28% /
3.28% leaked (whole + partial 3.77% / 3.28% / 3.28%) and 0.86% over-masked. Still leaking: given names
after "with" or "of" ("custody of <name>"), nicknames that are words ("Kipper", "Binky is what the family
calls ..."), a name in brackets before an identifier, "Twin B: <name>".

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility, SSN validity, the family-naming shapes), and its independence from probes 1-23 (template
kinds, name words, towns, streets; probe 18 by kinds only, it has no lists). Names are not checked against
the engine's lexicon or source: the probe's author did not read them.
"""

from __future__ import annotations

import random

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe24 import ids, people
from tests.engine.probe24.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe24.run_probe import crashes, run

LEAK_CEILING = 0.05  # 3.28% (20/610) on seed 1 after the fixes (14.10% when written)
STRICT_CEILING = 0.05  # whole + partial: 3.77% (14.75% when written)
# 0.86% (2/232) after the fixes (3.45% when written); 2.59% (6/232) since times of birth are masked as an
# element of the date of birth (Safe Harbor lets only the year stay; probe 61 labels them PHI, this probe kept
# them: docs/masking.md, item 27)
OVERMASK_CEILING = 0.03
CLEAN = {"DATE", "PHONE", "MRN", "ZIP", "EMAIL", "ID", "SSN", "HEALTH_PLAN"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()


def _name_words() -> set[str]:
    patronymics = [x for v in people.RU_PATR.values() for x in v]
    icelandic = [v + e for v in people.ICE_STEM.values() for e in ("dóttir", "son")] + list(people.ICE_STEM)
    lists = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(lists + people.NICKS + patronymics + icelandic)


def _places() -> tuple[set[str], set[str]]:
    towns = {p.town for ps in people.PLACES.values() for p in ps}
    return towns, set(people.STREETS) | {s for v in people.LOCAL_STREETS.values() for s in v}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 150
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 10 and len(d.keep) >= 3 for d in corpus)
        assert not any(c in d.content for d in corpus for c in "«»‹›")
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ID"}
    assert "HEALTH_PLAN" in types


def test_family_naming_shapes_are_present() -> None:
    text = "".join(d.content for s in (1, 2, 3) for d in make_corpus(s))
    names = [v for s in (1, 2, 3) for d in make_corpus(s) for t, v in d.phi if t == "NAME"]
    for marker in ("Baby Boy ", "Baby Girl ", "Infant of ", "Twin A:", "Twin B:", "née ", "(III-2)",
                   "maternal aunt", "proband"):  # fmt: skip
        assert marker in text, marker
    assert any(" bint " in n or " bin " in n for n in names)
    assert any(n.endswith("dóttir") or n.endswith("son") for n in names)
    assert any(n.split()[1].endswith(("ovna", "evna", "ovich", "evich")) for n in names if n.count(" ") == 2)
    assert sum("-" in n for n in names) >= 10 and sum(n.isupper() and ", " in n for n in names) >= 4
    ages = [int(v) for d in make_corpus(1) for t, v in d.phi if t == "AGE"]
    assert ages and min(ages) >= 90


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-23 is reused, no name word, town or street (probe 18: kinds only)."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18}
    towns, streets = _places()
    mods = ["probe", *(f"probe{i}" for i in range(2, 24) if i != 18)]
    overlap = earlier_probe_overlap(mods, kinds, _name_words(), towns, streets)
    assert not overlap, sorted(overlap)


def test_names_never_look_like_keep_words_or_places() -> None:
    words = _name_words()
    keep = name_words([k for s in (1, 2, 3) for d in make_corpus(s) for k in d.keep])
    assert not words & keep, sorted(words & keep)
    towns, streets = _places()
    clash = words & name_words(list(towns | streets))
    assert not clash, sorted(clash)


def test_ssns_are_valid() -> None:
    rng = random.Random(24)
    assert all(ids.ssn_valid(ids.ssn(rng)) for _ in range(200))


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
        min_keep=150,
        clean=CLEAN,
    )
