"""Regression guard for the seventeenth generalisation probe (PHI in running prose and conversation with no
label pointing at it): rates may only get better than when it was written.

First and only measurement (engine as of the working tree shared with the lead, before any fix prompted
by this probe; measured once, as soon as the corpus was complete), 36 documents in 18 kinds per seed,
none crashes the engine, none refused:

    seed  leaked              whole + partial   over-masking
    1     32.31% (168/520)    35.77%            12.10% (15/124)
    2     30.31% (157/518)    33.01%            10.48% (13/124)
    3     30.19% (157/520)    33.08%            11.29% (14/124)

Seed 1 by type: NAME 119/258, DATE 18/84, ADDRESS 15/84, AGE 6/10, ID 4/4, MRN 3/16, ZIP 3/8; none in
PHONE (44) or EMAIL (12). Seeds 2 and 3: NAME 113 and 119, ADDRESS 16 and 11, DATE 13 and 13, AGE 6 and
6, ID 4 and 4, MRN 3 and 2, ZIP 2 and 2; still none in PHONE or EMAIL. Of the partial survivals (18, 14
and 15) 7, 6 and 6 are the word "the" of a date label ("the sixteenth of November 1989" masked to "the
1989"): the label holds the article, so those count although no date element survives.
Worst kinds (seed 1): the scanned-documents index (21 of 40: every name in a filename -- "nancarrow-[ID]
.tiff", "kondwani.chirwa_insurance_card_front.jpg", "tabisal_nalisa_DNR_[DATE].pdf", the ALL-CAPS legacy
"CHIRWA, KONDWANI DOB 1977 labs.pdf", a nickname and a name after "letter to [NAME] re Nalis -" and
"Advance Directive - Kondwa Chirwa.pdf"; only the upper-case "FAMILY_GIVEN_" prefix before a compact DOB
is masked), the S3 list-objects keys (17 of 24: "intake/2025/mkandawire_tiyamike/5046887/",
"treeve.polglase/", a login "exports/amituanait5/", "voicemail/[PHONE]/AMITUANAI-callback.wav",
"letters/polglase/to-bennath-about-treevo.pdf"), the bed-board chat (17 of 34: lower-case "bed 12 =
maialen goenaga (pt says call her maialentxu)", "yes. uxue wants a call", the ALL-CAPS "14 is D'AIGLE,
DORSIN in the old ADT export", "Kring in 14 refused", initials "16 = A. G. D'Aigle", "ride is Ozémé"),
the Basque family history (17 of 28: "Probandoa: Beñat Etxaniz (Beñattxo etxean), 1964ko azaroaren 6an
jaioa", "(Errotazar kalea 52, 20250)", "Olabeaga Goia herrian bizi da", "etorriko dira azaroaren 15ean"),
the Jamaican caregiver SMS thread (14 of 28: every lower-case name "yes dis is dwayno. tajay had a rough
night", "asking for niqua", vocatives "Is this Dwayno, caregiver", "Thanks Wayno!"), the git branches
and log ("fix/intake-for-bissoondial", "feature/kemoy-bissoondial-dup-merge", "(repro: Faaolesa
Lefiti)", "Fix DOB parsing: Lorrelle showed as", "Ticket: Moymoy (pt's nickname) ... from Lluidas
Cross"), the Papiamentu CHW diary (dates "18 di yüli", "5 di ougùstùs", the age "e tin 96 aña", the
nickname "yama Shudi", "Danki, Shuru,"), the Chichewa school note ("2 Januwale", "kuyambira 19
Disembala", "(timamutchula Pempho)", the signing parent "Zikomo kwambiri,⏎Kondwani Kachingwe", a bare
MRN "chipatala ndi 8903231"), the Samoan letter ("1 Aperila", "ua 91 nei ona tausaga", "ta'ua o Teu"),
the Cajun family meeting (a relative alone before a comma "Dorsin, her grandson", "calls her Zeline",
the plural "The Arceneauxes' main worry", initials "O. P. D'Aigle is", a town after "phone from"),
the Cebuano pharmacy note ("kay 100 anyos na", "niadtong Nobiyembre 28, 1924", "Salamat, Kimkim!"),
the death notification ("the family of Azélie S. Fontenot report", "The Fontenots thank", "in Tarntipi
Creek, Rikiti (as everyone knew her)"). Less: the Zendesk comments (logins "username is uxue_etxa", a
Basque street "still Iturrigorri bidea 120"), the Tiwi chaplain note (a town after "rang from", "like
Ezzo to bring"), the Khasi e-mail ("travel alone from Umsohlang", a sign-off nickname "(Phida)"), the
Cornish social-work note ("(Fryie to her friends)", "near the [NAME] in Polgoose"), the Bislama
transcript ("singaot mi Tiaroro", "on 25 Julae") and the Freetown voicemail (a bare 7-digit MRN "the
number on the card is 8445073"). Masked well: every phone and e-mail, English dates in words, "aged
ninety-two" ("90 or older"), names after "my son", "Met", "Contact".
Over-masking (seed 1): the ward "4 West" ("4 [NAME]"), "Our Lady of Lourdes Regional Medical Center"
("Our [NAME] of Lourdes"), "Wheal Rose Ward" ("Wheal [NAME]"), the shop "Co-op" ("near the [NAME]"),
"Wit-Gele Kruis", the Basque hospitals "Gurutzetako/Donostia Unibertsitate Ospitalea" and the Samoan
weekday "Aso Gafua"; seeds 2 and 3 the same set. Not scored: a listing's or object's own timestamps cut
to the year ("2025-10-06 14:02" -> "2025", "LastModified": "2025"), phones masked as "[ID]".

After the general rules it prompted the same day (pinned with values of our own in
tests/engine/test_generalisation_rules.py: names and record numbers in filed document names and object
keys; initials before a surname and the family by its plural; nicknames in brackets after a name, after
"calls her"/"known as", before "(pt's nickname)"; thanks and closings in more languages; a month named in
another language beside a day (similarity to a major language's month name); ages over 89 in more
languages; a login after "username is"; a bare number of record length outside code systems and units; a
street taken for a name with its house number; a name before ", her grandson" or a phone in brackets),
seeds 1/2/3 measured 13.65% / 13.32% / 14.42% leaked (whole + partial 16.35% / 15.83% / 16.73%),
over-masking 12.10% / 10.48% / 11.29% (unchanged). Still leaking: lower-case names in chat, names in git
branch names (left alone: code words would go too), towns after "from", Basque dates and streets, first
names alone in running prose.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. The corpus's soundness (labels, reproducibility, no "Name:"-style label before a prose value)
and its independence from the engine's word lists and source and from probes 1-16 are checked too, so a
broken or recycled corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    engine_overlap,
    in_engine_lexicon,
    name_words,
    people_name_words,
)
from tests.engine.probe17 import ids, people
from tests.engine.probe17.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe17.run_probe import crashes, run

LEAK_CEILING = 0.15  # 13.65% (71/520) on seed 1 after the fixes (32.31% when written)
STRICT_CEILING = 0.18  # whole + partial: 16.35% (35.77% when written)
OVERMASK_CEILING = 0.14  # 12.10% (15/124)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"PHONE", "EMAIL"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# a label right before a prose value would defeat the probe's point
_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:name|patient|pt|dob|d\.o\.b\.|born|address|addr|age|date of birth|nok|next of kin)\s*[:=#]\s*$"
)


def _towns() -> set[str]:
    return {str(t[0]) for r in people.PLACES.values() for t in r["towns"]}  # type: ignore[attr-defined]


def _streets() -> set[str]:
    return {str(s) for r in people.PLACES.values() for s in r["streets"]}  # type: ignore[attr-defined]


def _nick_words() -> set[str]:
    return name_words(list(people.NICKS.values()))


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    assert sum(len(d.phi) for d in docs) >= 400 and sum(len(d.keep) for d in docs) >= 110
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(8 <= p <= 22 and 1 <= k <= 9 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID"}
    text = "".join(d.content for d in docs)
    for marker in ("FAMILY MEETING", "DIARIO DI BISITA", "Wokondedwa Aphunzitsi", "Talofa lava", "Probandoa"):
        assert marker in text, marker
    assert "$ git branch -a" in text and '"Contents": [' in text and '"comments": [' in text
    # the shapes the probe is about, each present
    values = [(t, v) for d in docs for t, v in d.phi]
    assert any(t == "NAME" and v.islower() for t, v in values)  # lower-case chat
    assert any(t == "NAME" and v.isupper() for t, v in values)  # legacy ALL-CAPS
    assert any(t == "NAME" and re.fullmatch(r"[A-Z]\. [A-Z]\. \S.*", v) for t, v in values)  # initials
    assert any(t == "NAME" and "'" in v for t, v in values) and any(
        t == "NAME" and "-" in v for t, v in values
    )
    assert any(t == "AGE" and v.startswith(("ninety", "a hundred")) for t, v in values)
    assert any(t == "DATE" and re.match(r"the [a-z-]+ of [A-Z][a-z]+ \d{4}$", v) for t, v in values)
    assert re.search(r"'s\b", text) and re.search(r"s' main worry", text)  # possessive, plural possessive


def test_no_label_points_at_the_prose_values() -> None:
    """The held-out case of this probe: no PHI value is introduced by a "Name:", "DOB:" or "Address:"."""
    bad = [
        (d.id, d.content[a:b])
        for seed in (1, 2, 3)
        for d in make_corpus(seed)
        for a, b in d.spans
        if _LABEL_BEFORE.search(d.content[max(0, a - 25) : a].split("\n")[-1])
    ]
    assert bad == []


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """At most a tenth of the name words and of the nicknames may be in the engine's name lists
    (measured when written: 2 of 230 name words, "odéline" and "shanelle"; no nickname)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 200
    assert len(inside) <= 0.1 * len(words), sorted(inside)
    nicks = _nick_words()
    assert len(nicks) >= 140 and len(in_engine_lexicon(nicks)) <= 0.1 * len(nicks)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, nickname, town or street appears as a word in the engine's code or its non-name word
    lists (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    overlap = engine_overlap(people_name_words(people.NAMES) | _nick_words(), _towns() | _streets())
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_sixteen_probes() -> None:
    """No template kind, name word, nickname, town or street of probes 1-16 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 17))]
    words = people_name_words(people.NAMES) | _nick_words()
    overlap = earlier_probe_overlap(mods, kinds, words, _towns(), _streets())
    assert not overlap, sorted(overlap)


def test_identifiers_and_words_are_well_formed() -> None:
    """Generated identifiers pass their checks; dates and ages in words read as they should."""
    rng = random.Random(17)
    for _ in range(200):
        assert ids.mbi_valid(ids.mbi(rng)) and ids.luhn_valid(ids.luhn_number(rng, 9))
    assert ids.mbi_valid("1EG4-TE5-MK73") and not ids.mbi_valid("1EG4-TE5-MK7S")  # CMS's example; no S
    assert ids.luhn_valid("79927398713") and not ids.luhn_valid("79927398710")
    d = date(1941, 7, 4)
    assert people.date_words(d, "en", 0) == "the fourth of July 1941"
    assert people.date_words(date(1950, 3, 23), "en", 1) == "March 23rd, 1950"
    assert people.date_words(date(1950, 3, 31), "en", 0) == "the thirty-first of March 1950"
    assert people.date_words(d, "pap") == "4 di yüli 1941" and people.date_words(d, "ceb") == "Hulyo 4, 1941"
    assert people.date_words(d, "eu") == "1941eko uztailaren 4an"
    assert people.date_words(date(1964, 11, 5), "eu") == "1964ko azaroaren 5ean"
    assert [people.age_words(n) for n in (91, 99, 100, 103)] == [
        "ninety-one",
        "ninety-nine",
        "a hundred",
        "a hundred and three",
    ]
    assert set(people.NICKS) == {g for f, m, _, _ in people.NAMES.values() for g in f + m}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    """Every document is masked or refused with EngineError; none raises anything else."""
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, no leak in the types that had none when the probe was written, no new crash."""
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=400,
        min_keep=110,
        clean=CLEAN,
    )
