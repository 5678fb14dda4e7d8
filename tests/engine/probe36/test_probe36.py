"""Regression guard for the thirty-sixth generalisation probe: English health text written carelessly -- all
lower case, ALL CAPS, no punctuation, typos around the PHI, chat abbreviations (pt, yo, f/u, c/o, w/, b/c,
pls, thx), emoji, and raw speech-to-text with dates, ages, phones, ZIPs and MRNs spoken as words, speaker
tags, timestamps, fillers, self-corrections ("my daughter wiktoria no sorry chidera"), particle names split
by ASR ("mc quarrie", "o dowda", "de la tejera"). Kinds: pager log, secure-text thread, ambient-scribe
transcript, nurse voice memo, portal message from a phone, caps after-call summary, run-on triage phone note,
voice-assistant reminder log, intranet search-query log, sticky-note transcription, shift-change group text,
lab courier run sheet, home-health aide log, answering-service sheet, rideshare booking chat, meal-delivery
note, hospice on-call log, dev commits + Slack: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the independence check passed
(`python -m tests.engine.probe36.run_probe --seed N`; engine at commit 40897ff, `git status --short src`
empty at that minute: no uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     40.00% (242/605)   41.65% (252/605)   14.61% (52/356)
    2     39.44% (239/606)   41.09% (249/606)   14.61% (52/356)
    3     39.27% (238/606)   41.09% (249/606)   14.61% (52/356)

Seed 1 by type (leaked / values): NAME 163/286, ADDRESS 49/70, ZIP 14/22, AGE 6/28, DATE 10/87; none in
PHONE (66, spoken digit-by-digit included), MRN (22, spoken included), EMAIL (20), HEALTH_PLAN (2), SSN (2).
Seeds 2 and 3: NAME 162 and 164, ADDRESS 48 and 49, ZIP 14 and 13, DATE 9 and 6, AGE 6 and 6.
Worst kinds (seed 1): sticky notes 22/42, meal-delivery note 21/32, voice-assistant log 18/34, home-health
aide log 18/30, hospice on-call log 16/36; after-call summary (caps, labelled fields) best at 6/32.
What leaks:
- NAME, lower case, almost everywhere a label or title is missing: a full name opening a line or after a
  verb/preposition ("deliver to: yevgenia wisniewska", "caregiver alert sent to przemek nowicki", "dialing
  everardo valdivia", "ed charge rn ritsuko kuroda notified", "signed przemek wisniewska aide id", "bill goes
  to tamzin satterthwaite"); given + initial ("neighbor dorrit p may take her", "whos got jethro m??", the
  portal sign-off "brinley b"); given names alone in chat ("told anusha rn by phone", "try the side door,
  akiko will be there", "driver (chidera): here at"); search queries ("akiko moriyasu discharge summary",
  "kalinda k 93 yo fall"); self-corrections (both names: "husband says keanu no mateus the son", "alexa
  remind me tameka uh no sabela is coming", "my son [NAME] no sorry corvin he made me come"); ASR-split
  particle names ("switched to jethro mc elhinney", "the hiroki o dowda family next door", "eamon mc
  kittrick 7:34:") and typed ones ("shaylee o'dowda @ rehab", "ritsuko o'gorman's place"); nicknames
  ("nonny (what she goes by)", "sugar-plum (goes by)"); ASR patient names after "speaker 2:" ("ayanna
  nwadike uh date of birth").
- NAME in caps: "FAMILY GIVEN" on a pager ("PT KURODA RITSUKO RM 318B"), "(SPOUSE HARINDER MEHROTRA)",
  "CALLING RE HUSBAND HIROKI TAKAHARA", "HOSPICE RN WIKTORIA WISNIEWSKA", "SIGNED BY KALINDA PALAKIKO",
  "AGENT PALAKIKO, KALINDA EXT", "ASK FOR GRANDKID WIKTORIA. PT GOES BY PIPKIN", "SON HIROKI [PHONE]";
  a family name left after the given name is masked ("DAUGHTER [NAME] MCKITTRICK").
- ADDRESS/ZIP: lower-case street lines and towns after "home", "deliver to:", "visit made to", "from",
  "address is", "still at ... in" ("7465 pelican rest rd wrenhollow 05324", "8951 hobnail ct apt 2
  brackenford 43446", "home to brackenford bed 20"); the town and ZIP after a masked street even in caps
  ("[ADDRESS], GULLWATER DELAWARE 19220", "ADDR IS [ADDRESS] COPPERLAKE"). Spoken ZIPs were masked.
- DATE: a bare m/d in a header line ("home health aide log 10/8", "photo 3/8]", "triage phone note 7/10",
  "meal delivery note - 5/12"); "ends march 3 fyi", "on march 15 that's all". AGE: "you're ninety eight
  now", "you're one hundred now", "[NAME] IS 94 AND HARD OF HEARING", "MBR IS 90 or older" (90 kept).
Partial (seed 1, 10): lower-case full names of which only the given name was masked ("[NAME] obiakor her
daughter", the tigertext header "[NAME] santillan ↔ [NAME] moriyasu", "w [NAME] crabtree in staging").
Over-masking (seed 1, 52 of 356): every HHMM time opening a pager, courier or answering-service line merged
with the next words into an address ("1320 TO DR KURODA" -> "[ADDRESS]: ...", "1238 DROP MAIN LAB" ->
"[ADDRESS], SIGNED BY", "MSG 1 1402 FOR DR" -> "MSG [ADDRESS]") (34); the times after an ISO date in the
search log ("2025-03-23 9:11" -> "2025", 18: arguably a timestamp with the date); "ABOUT THE BILL" in caps
masked as a name ("FROM ANATOLY ABOUT [NAME]", 2); a wifi password "bill2020" on a sticky note (2, arguably a
credential). Kept everywhere: lower/upper-case drugs and doses, clinical abbreviations, rooms and beds,
weekdays, months, products (tigertext, alexa, mychart, uber) and the word-names used as words ("will call
back", "frank blood", "pat dry", "grace period", "amazing grace", "dawn dish soap", "no joy", "sue from
pharmacy", "rob him of a nap", "bp rose", "art therapy", "may need", "in june", "i hope").

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is careless text (mostly lower case, a share of caps, spoken numbers, split particle
names, spoken ages), and independence from probes 1-31 (template kinds of all; name words, nicknames, towns
and streets of those with a NAMES table -- run before the measurement, clashes replaced then). Names are not
checked against the engine's lexicon or source: the probe's author did not read them.
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
from tests.engine.probe36 import people
from tests.engine.probe36.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe36.run_probe import crashes, run

LEAK_CEILING = 0.18  # now 16.53% (100/605); first: 40.00% (242/605)
STRICT_CEILING = 0.19  # whole + partial: now 17.52%; first: 41.65% (252/605)
OVERMASK_CEILING = 0.08  # now 6.74% (24/356); first: 14.61% (52/356)
CLEAN = {"PHONE", "MRN", "EMAIL", "HEALTH_PLAN", "SSN"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()
SPOKEN = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _name_words() -> set[str]:
    particles = [w for pair in people.PARTICLE_FAMILIES for w in pair]
    given_family = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(given_family + particles + people.NICKS)


def _streets() -> set[str]:
    forms = {f"{n} {x}".title() for n, a, w in people.STREETS for x in (a, w)}
    return {n for n, _, _ in people.STREETS} | forms


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
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ADDRESS", "ZIP", "SSN", "HEALTH_PLAN"}


def test_corpus_is_careless_text() -> None:
    """Values are lower or upper case as careless text writes them; spoken numbers and split names occur."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(v == v.lower() for v in names) > 0.6 * len(names)
    assert sum(v == v.upper() for v in names) > 0.2 * len(names)
    spoken = [v for d in docs for t, v in d.phi if t in {"PHONE", "ZIP", "MRN"} and v.split()[0] in SPOKEN]
    assert len(spoken) >= 20
    assert any(v.startswith(("mc ", "o ", "de la ")) or " mc " in v or " o " in v for v in names)
    assert any(t == "AGE" and not v.isdigit() for d in docs for t, v in d.phi)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-31; no name word, nickname, town or street of those with a NAMES table."""
    kinds = {t[0] for t in TEMPLATES}
    corpora = [importlib.import_module(f"tests.engine.probe{i}.corpus") for i in ["", *range(2, 32)]]
    old_kinds = {t[0] for c in corpora for t in getattr(c, "TEMPLATES", ())}
    assert not kinds & old_kinds
    mods = [m for m in ["probe", *(f"probe{i}" for i in range(2, 32))]
            if hasattr(importlib.import_module(f"tests.engine.{m}.people"), "NAMES")]  # fmt: skip
    towns = {t for t, _, _ in people.TOWNS}
    assert earlier_probe_overlap(mods, kinds, _name_words(), towns, _streets()) == set()


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


ENGINE_WORDS_BEFORE = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
