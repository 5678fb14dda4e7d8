"""Regression guard for the thirtieth generalisation probe (people named in running English prose and chat
with no label, title or form field pointing at them: nursing shift narratives, physio/OT sessions, chaplain
visits, family e-mails, Slack ward threads, portal threads, caregiver WhatsApp chats, call-centre
transcripts, coding-agent conversations, code-review comments, incident reports, home-visit logs,
school-nurse logs, community-health-worker diaries, discharge call scripts, social-work notes; names of ten
cultures and names that are English words -- Hope, Will, River, Young, Hall -- beside the same words used
as ordinary words elsewhere): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe30.run_probe --seed N`; engine at commit 4c41ffa, `git status --short src`
empty at that minute: no uncommitted engine edits), 32 documents in 16 kinds per seed, none crashes the
engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     12.31% (64/520)    12.31% (64/520)    2.29% (5/218)
    2     10.19% (53/520)    10.19% (53/520)    2.29% (5/218)
    3     10.96% (57/520)    10.96% (57/520)    2.75% (6/218)

Seed 1 by type (leaked / values): NAME 54/358, ADDRESS 5/22, AGE 4/10, DATE 1/58; none in PHONE (44),
EMAIL (10), MRN (10), ZIP (8). Seeds 2 and 3: NAME 45 and 50, AGE 4 and 4, ADDRESS 4 and 3, DATE 0 and 0.
Worst kinds (seed 1): school-nurse log 11, Slack thread 10, WhatsApp chat 7, home-visit log 7, chaplain 6;
portal thread, code review and incident report 0. What leaks:
- NAME: a given name opening a sentence or line with no cue ("Jagdeep Ravindran came in at lunch",
  "Hope and [NAME] brought...", "Maripaz (night nurse) told me", "Saw Ziyad with..."); a name in
  parentheses after a relation word ("Mum (Marlisse Ashgrove) rang back"); a first name after "with",
  "for", "to", "Told" ("walked to [town] with Tullia", "a note for Halvard at the front desk", "sent to
  Tanielu", "Told Ekua in the front office", "Discussed with [NAME] and Manase"); a nickname ("and Tobs,
  the grandson"); "X will do Sunday", "X from the church/pharmacy/equipment store" ("Rose from the
  pharmacy", "Autumn from the pharmacy", "Will Tapueluelu from the equipment store"); lower-case chat
  speakers and lower-case names in text ("minjun 07:42", "anwar: oh no", "asked for ahanu last night",
  "Also ludmila said"); direct address ("thanks Nourhan"); a sign-off full name after "Thanks so much,";
  "Son Lujain Shawwa arrived"; "[NAME] Nwankwoala's funeral" (possessive surname of a full name, the
  given name alone masked); a full name starting a clause ("Tullia Quarmby is the GP", "Manase Lolohea
  and [NAME] at the MDT").
- ADDRESS: the town after "walked to", "came in from", "Lives alone in"; a street line "3605 Marshmallow
  Bend" after "Visited [NAME] at". AGE: "at 95, says", "[NAME] is 93 and remembers". DATE: "Plan to
  return 3/2".
Partial: none in any seed. Over-masking (seed 1, 5 of 218): all five are the ordinary-word phrases that
begin with a name-like word, written at the start of a chat line or clause: "Sports Hall, sorry" and "Dawn
medication round, sorry" after a Slack speaker, "❤️ Summer holidays" and "❤️ Young Carers Service" in
WhatsApp, "Love Your Heart campaign." after a bracketed note (seeds 2-3 alike: "Autumn booster clinic",
"Rich Text Format", "Hope this helps", "Joy of Movement class", "Rose Ward", "Brown bag medication
review"). A reader may find these placements (the phrase alone as a sentence) less natural than the rest;
they are left as measured. Kept everywhere: drugs with doses, clinical terms, hospital and department
names, weekdays, months, products (Epic, Cerner, Slack, Jira, GitHub, Teams, WhatsApp, Zoom), states
and countries, capitalised sentence-initial words.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), word names present both as names and as keep words, and independence from probes 1-29
(template kinds of all; name words, nicknames, towns and streets of those with a NAMES table: run before
the measurement, clashes replaced then). The word names (people.WORD_GIVEN / WORD_FAMILY) are exempt from
the name check by design. Names are not checked against the engine's lexicon or source: the probe's author
did not read them.
"""

from __future__ import annotations

import importlib

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe30 import people
from tests.engine.probe30.corpus import TEMPLATES, WORD_KEEP, make_corpus, problems
from tests.engine.probe30.run_probe import crashes, run

LEAK_CEILING = 0.14  # 12.31% (64/520) on seed 1 when written
STRICT_CEILING = 0.14  # whole + partial: 12.31% (64/520)
OVERMASK_CEILING = 0.04  # 2.29% (5/218)
CLEAN = {"PHONE", "EMAIL", "MRN", "ZIP"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()
WORDS = {w for ws in people.WORD_GIVEN.values() for w in ws} | set(people.WORD_FAMILY)


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam] + people.NICKS)


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 32 and len({d.kind for d in docs}) == 16
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 450 and sum(len(d.keep) for d in corpus) >= 200
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 4 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ADDRESS", "ZIP"}


def test_word_names_are_names_and_keep_words() -> None:
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    as_name = {w for d in docs for t, v in d.phi if t == "NAME" for w in v.split() if w in WORDS}
    keep_words = {w for d in docs for k in d.keep if k in WORD_KEEP for w in k.replace("-", " ").split()}
    as_keep = keep_words & WORDS
    assert len(as_name) >= 15 and len(as_keep) >= 15
    for d in docs:  # never both in one document
        names = {w for t, v in d.phi if t == "NAME" for w in v.split()}
        assert not names & {w for k in d.keep for w in k.replace("-", " ").split()}, d.id


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-29; no name word, nickname, town or street of those with a NAMES table."""
    kinds = {t[0] for t in TEMPLATES}
    corpora = [importlib.import_module(f"tests.engine.probe{i}.corpus") for i in ["", *range(2, 30)]]
    old_kinds = {t[0] for c in corpora for t in c.TEMPLATES}
    assert not kinds & old_kinds
    mods = [m for m in ["probe", *(f"probe{i}" for i in range(2, 30))]
            if hasattr(importlib.import_module(f"tests.engine.{m}.people"), "NAMES")]  # fmt: skip
    towns = {t for t, _, _ in people.TOWNS}
    assert earlier_probe_overlap(mods, kinds, _name_words(), towns, set(people.STREETS)) == set()


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
