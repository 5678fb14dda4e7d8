"""Regression guard for the fortieth generalisation probe: doctor-patient conversations and medical
transcription in US, UK, Canadian and Australian English, in the shapes of public clinical-conversation and
transcription datasets with synthetic PHI planted in them. Kinds: ACI-bench-style primary-care dialogue
(lower-case, tokenised), "DOCTOR:/PATIENT:/GUEST_FAMILY:" transcript, ED triage with a family member,
telehealth video visit with connection chatter, paediatric visit where the parent answers, geriatric visit
with the daughter (patient 90+), nurse triage phone call (name spelled letter by letter, callback number read
aloud), pharmacy counselling call, physiotherapy session summary, behavioural-health intake interview,
ambient-scribe draft note, mtsamples-style consult report, mtsamples-style operative report, discharge-summary
dictation with dictated-by / transcribed-by trailers, dictated reply to a referring physician,
interpreter-mediated visit, prior-authorisation call to an insurer, answering-service voicemail transcription
(ASR, no capitals): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe40.run_probe --seed N --brief`; engine at commit 8d6d8a4, `git
status --short src` empty before and after: no uncommitted engine edits), 36 documents in 18 kinds per seed,
none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     13.48% (96/712)    14.19% (101/712)   7.69% (28/364)
    2     12.92% (92/712)    13.34% (95/712)    7.42% (27/364)
    3     13.48% (96/712)    14.33% (102/712)   7.69% (28/364)

Seed 1 by type (leaked / values): NAME 50/320, ADDRESS 44/128, ZIP 2/18; none in DATE (118, 20 of them
spoken: "April thirtieth", "the twenty-eighth of July"), PHONE (52, 10 read aloud digit by digit), EMAIL (30,
6 spoken: "a dot okemaw at outlook dot com"), MRN (24, 6 read aloud), HEALTH_PLAN (16), AGE (4: "one hundred
and one", "101-year-old"), ID (2). Seeds 2 and 3: NAME 47 and 52, ADDRESS 43 and 42, ZIP 2 and 2.
Worst kinds (seed 1): ACI-bench-style lower-case dialogue 17/44, paediatric visit 8/42, pharmacy counselling
call 8/34, prior-authorisation call 8/42, physiotherapy summary 7/46; best: mtsamples consult report 1/32, ED
triage with family 2/34, dictated referral reply 2/38.
What leaks (seed 1):
- ADDRESS 44: towns, suburbs and neighbourhoods named without a street line, after "in", "from", "of", "to",
  "round" or a comma ("you're still at [ADDRESS] in Marrowfield?", "comes out from Owlsfoot", "referred by
  Dr. [NAME] of Owlsfoot", "PRIMARY CARE: Dr. [NAME], Quillmont", "Referred by: Dr. [NAME], Coonabarra", "the
  imaging centre in Lac-Tessier", "move house to Pinjarra Springs", "before we moved to Chandlers Yard", "at
  [ADDRESS], in Sawgrass Terrace", "I walk Clover round Elkwood Gardens"); schools ("had school at Marrowfield
  Middle School", "he's at Wattlebury State School now?"); street lines in speech ("Is the address still 192
  Portage Line, Mimico Flats?", "it's 325 Portage Line now, Bracebridge Narrows") and spoken house numbers
  ("three hundred and sixty-nine bramblewood drive"); every place in the lower-case ASR text but the first
  street line ("dr. [NAME] over in kettleby falls", "at [ADDRESS] in hollisport", "over by pellworth commons",
  "it should be 29 wattleseed grove in kurrawang creek"); a letter's town line ("Heddlestone, [ADDRESS]" --
  the county after it was masked).
- NAME 50: pets (11: "the dog, Sprocket", "will feed Pudding", "Just me and Jellybean", "oh and noodle , our
  dog"); employers (9 whole: "I'm off work, Birchcliff Meat Packers has me on leave", "through Heddlestone
  Bakery", "working at brackenfold logistics ?", "my work that's tolland ferry sawmill"; 6 by a surviving
  part: "[ADDRESS] Band Office", "Owlsfoot [NAME] [NAME]" -- three of these six are the same town word
  surviving elsewhere in the document, "Coonabarra", "Creek", "Band" of a school, which the kit's name-part
  rule also counts); names spelled letter by letter (8 of 10: "A-I-Y-A-N-A", "that's O-K-E-M-A-W", "last name
  R-O-B-L-E-D-O", "the family name is spelled W-A-D-A"; the two lower-case spaced spellings "w a l c z a k"
  were masked); a given name alone at a turn's end or after a correction ("You must be Inderjit.", "That's
  Zephyr.", "[NAME]... no, Sukhdev, the other pharmacist", "your date of birth, Posy?"); signature and trailer
  names ("JIANHUA WADA, M.D.", "Transcriptionist: Chenoa Tsannie"); lower-case ASR names after a relation
  word ("my husband carver thwaite works there", "kajika says hi"); "Dr. Mercredi (PCP ...", "tell Genowefa I
  said hi".
- ZIP 2: a ZIP code spoken after a town ("That's right, 21929", "Owlsfoot, 96293").
Partial (seed 1, 5): "'s C of E School" of "St Cuthbald's C of E School", "Creek" of "Kurrawang Creek",
"twenty-" of a spoken ordinal date ("twenty-[DATE]", 2), "TXUR" of the health-card number "TXUR 8619 9113".
Over-masking (seed 1, 28 of 364): the first word of a speaker's turn is taken for a name -- "PATIENT: Okay",
"CLINICIAN: Right", "PHARMACIST: Sure", "PATIENT: Thank you", "CLINICIAN: Alright", "PATIENT: Thanks" (20),
and "CALLER: 36.9 this morning" (2); eponyms "Parkinson's", "Raynaud's", "Osgood-Schlatter" (6). (Plain words
went the same way -- "PATIENT: [NAME] is my son", "DOCTOR: [NAME] morning", "my [ADDRESS] [PHONE]" for "my
number's 04884 ..." -- unscored, as they are neither PHI nor keep values.) Kept everywhere: drugs and doses,
lab values, vitals, symptoms, durations, body parts, departments, insurers, weekdays, months and years alone,
ages under 90, lower-case interjections of the ACI-bench text, "Bell's palsy", "Crohn's", "Hashimoto's".

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is conversation and transcription text (all four countries, speaker turns,
spelled and lower-case names, phones / MRNs / e-mails read aloud, spoken dates, ages 90+, clinicians and
employers labelled, interjections kept), and independence from probes 1-38 (template kinds of all; name
words, towns and streets of their people tables with the kit's check, and no name word in any string of
those tables -- run before the measurement, clashes "Keisha", "Ann" and "Wattle Grove" replaced then). Names
were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already
words of the engine's code when the probe was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe40 import people
from tests.engine.probe40.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe40.run_probe import crashes, run

LEAK_CEILING = 0.08  # now 6.18% (44/712); first: 13.48% (96/712)
STRICT_CEILING = 0.08  # whole + partial: now 6.88%; first 14.19% (101/712)
OVERMASK_CEILING = 0.02  # now 0.00% (0/364); first: 7.69% (28/364)
CLEAN = {"DATE", "EMAIL", "PHONE", "MRN", "HEALTH_PLAN", "AGE", "ID"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 39))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam] + people.PETS)


def _towns() -> set[str]:
    return {t for c in people.COUNTRIES.values() for t in c.towns + c.hoods}


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
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}


def test_corpus_is_conversation_and_transcription() -> None:
    """All four countries; speaker-labelled turns; names spelled letter by letter and lower-case ASR names;
    phones, e-mails and MRNs read aloud; spoken birth dates; ages 90+; clinicians and employers labelled;
    turn-opening interjections kept."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.COUNTRIES)
    turns = re.compile(r"^(?:\[\w+\] |[A-Z_]+: )", re.M)
    assert sum(bool(turns.search(d.content)) for d in docs) >= 80  # speaker turns
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(bool(re.fullmatch(r"\w(?:[- ]\w)+", v)) for v in names) >= 30  # spelled names
    assert sum(v.islower() for v in names) >= 90  # ASR lower-case names
    assert sum(v in set(people.PETS) | {p.lower() for p in people.PETS} for v in names) >= 30
    word_names = {"Journey", "Ransom", "Legend", "Valor", "Briar", "Primrose", "Serenity", "Constance"}
    assert word_names <= {w for f, m, _ in people.NAMES.values() for w in f + m}
    spoken = re.compile(r"^(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)[ ,]")
    assert sum(bool(spoken.match(v)) for d in docs for t, v in d.phi if t == "PHONE") >= 30
    assert sum(bool(spoken.match(v)) for d in docs for t, v in d.phi if t == "MRN") >= 15
    assert sum(" dot " in v and " at " in v for d in docs for t, v in d.phi if t == "EMAIL") >= 15
    dates = [v for d in docs for t, v in d.phi if t == "DATE"]
    assert sum(not any(c.isdigit() for c in v) for v in dates) >= 60  # spoken dates
    assert sum(t == "AGE" for d in docs for t, _ in d.phi) >= 12
    names_of = [(d.content, v) for d in docs for t, v in d.phi if t == "NAME"]
    doctors = [v for text, v in names_of if re.search(rf"[Dd]r\. {re.escape(v)}\b", text)]
    assert len(doctors) >= 150  # clinicians are NAME
    employers = {x for c in people.COUNTRIES.values() for e in c.employers for x in (e, e.lower())}
    assert sum(v in employers for d in docs for t, v in d.phi if t == "NAME") >= 80
    interjections = {"Okay", "Right", "Sure", "Alright", "okay", "alright", "sure", "mm-hmm"}
    assert sum(k in interjections for d in docs for k in d.keep) >= 150


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-38, no name word, town or street of their people tables (the kit's check),
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
        min_phi=650,
        min_keep=300,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"genowefa", "mercredi", "teodor"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
