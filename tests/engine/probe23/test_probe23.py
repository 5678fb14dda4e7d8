"""Regression guard for the twenty-third generalisation probe (PHI written so that naive pattern matching
misses it, built the way a red team probing a PHI firewall for AI coding agents would: prompts to an LLM,
chat, tickets, voicemail and dictation transcripts, SMS, intake free text, code and JSON pastes; numbers
spelled out, half spelled, letter-spaced or split by odd separators, identifiers read letter by letter,
obfuscated e-mails and URLs, dates in words, Roman-numeral months, ISO weeks, "03MAR52", CJK and full-width
forms; names lower-case, letter-spaced, inverted, with nicknames, odd titles, homoglyphs, soft hyphens and
narrow spaces; addresses in prose; ages over 89 in words; people of 16 cultures from lists of our own):
rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe23.run_probe --seed N`; engine at commit 264ca8b WITH uncommitted engine
edits in the shared tree at that minute: `git status --short src` listed data/lexicon/exclude.txt,
engine/patterns.py, plan.py, tabular.py,
textmask.py, vetoes.py modified and a new engine/online.py), 38 documents in 19 kinds per seed, none crashes
the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     40.88% (242/592)   45.61% (270/592)   0.00% (0/198)
    2     39.42% (233/591)   45.35% (268/591)   0.00% (0/199)
    3     39.93% (236/591)   45.85% (271/591)   0.00% (0/197)

Seed 1 by type (leaked / values): NAME 49/154, ADDRESS 28/79, PHONE 27/72, DATE 25/84, EMAIL 19/28, ZIP
18/32, USERNAME 14/14, URL 14/14, AGE 10/31, SSN 8/22, IP 8/8, HEALTH_PLAN 7/18, FAX 6/10, MRN 5/16,
ACCOUNT 4/10: every type leaks. Seeds 2 and 3 alike (NAME 51 and 49, ADDRESS 23 and 26, PHONE 27, DATE 23,
EMAIL 19, ZIP 18 and 17, USERNAME 14, URL 14, AGE 10, SSN 8, IP 8, HEALTH_PLAN 7, FAX 6, MRN 1 and 4,
ACCOUNT 4). Worst kinds (seed 1): red-team case list 23/38, OSINT handles 22/42, SMS 21/30, OCR letter-spaced
20/24, bug ticket 18/30, call-centre log 17/30; best: homoglyph merge 1/30 (homoglyphs, full-width digits,
NBSP are normalised). What leaks, in every seed:
- obfuscated e-mails (19/28): "x dot y at hotmail dot co dot uk", "x underscore y25 at icloud dot com",
  "x [at] yahoo [dot] com", "x {at} icloud {dot} com", "x(at)outlook.com", "x @ outlook . com", "X AT GMAIL
  DOT COM" (masked: "&#64;", "\\u0040", "mailto:...%40...", Cyrillic look-alikes);
- every handle and profile link: "@sione_vaip61", "vaip.sione.61 (insta)", "fb[.]com/...",
  "linkedin dot com slash in slash ...", "hxxps://portal-...[.]org/records/446829", spoken portal links;
  every IP defanged "172[.]198[.]138[.]244" or spoken "97 dot 151 dot 120 dot 168";
- addresses in prose and lower case: "number sixty-four on Foxglove Terrace", "twenty-four Foxglove Terrace",
  "96 weathervane st", towns "gristmill cove", "nether wallop green", "Tobacco Hollow", "visits from Coyote
  Tanks"; postcodes spaced or spoken: "4 2 3 6 6", "zip eight three oh two five", "S O 5 3 2 W S";
- ages over 89 in words after a name: "caller's mother [NAME], ninety-seven", "(ninety-five)" (in
  digits and "ninety-three years young" after "is" they are masked);
- names letter-spaced ("k a w i k a o l u   a k a n a l i l o a", all 12 per seed), lower-case after
  "Caller identified as", "patient", "contact", "txt"; inverted "KONTOGIANNIS, Charalampos",
  "Gvaramadze, Levaniko B.", "Prydderchog, Meirion T." after "Reporter:"; with a quoted nickname "Kadircan
  \"Sunbeam\" Yesilcimen" (or "[NAME] \"Tinkbell\" Arumugasamy"); a surname split "Pitcha imuthu"; a name
  after a U+202F narrow space; a bullet "- Sevgul Karakoyunluoglu: born ...";
- dates: Roman months "4.IV.1986", spaced "0 9 / 2 6 / 1 9 7 0", "01 - 12 - 2024", "1.12.24", spoken
  numeric "oh-one, twenty, forty-five", lower-case "may tenth" (the month May); full-width digits survive
  as digits; spelled phones with fillers "554, then 670, then 7997", "968_426_1221", "378•901•4741",
  "661•514•4872" (fax), "269~885~0712"; half spelled "oh four nine two 463-226";
- identifiers read aloud or spaced: "J as in juliet, 2, 0, 1, ...", "Z X 5 4 9 6 1 3 8 1", "M as in mike,
  R as in romeo, 3, 0, ...", "K 9 1 6 2 0 4 5 0", SSN "3 2 4 - 3 4 - 0 0 7 5", "ssn ends two four six
  seven", accounts "6 7 8 2 5 5 2".
Partial (seed 1, 28): a NATO/letter word left before a masked spoken number ("kilo", "juliet", "jay"), a
nickname left in quotes, "Nether" / "Little Snoring Fen" / "Landing" of a town, "twenty-" of "twenty-first
of September", "seven five seven" of a half-spelled phone. Over-masking: none in any seed (drugs, number
words such as "two tablets" and "five days", labs, codes, weekdays, months, years, states, hospitals all
stay).

After the general rules it prompted the same day (spoken.py: digit words and read-out digits typed by the
cue before them, phonetic spelling, phone groups joined by "then"/"and" or odd separators, half-spoken
phones, spoken and spaced e-mails, spoken IPs and links, spaced and Roman-month dates, numeric dates read
aloud, month + ordinal word, ages over 89 in words, house numbers in words, lower-case streets after an
address word, letter-spaced names; normalize.py: defanged "[.]", "(at)", "hxxp" and single-spaced digit runs
read as written; register_names.py: quoted nicknames, "Surname, Given I.", "SURNAME, Given"; online.py:
@handles holding a digit and a handle before its platform; lower-case names after "patient", "contact",
"identified as", "txt"; each pinned with values of our own in tests/engine/test_spoken.py and
test_online.py), seeds 1/2/3 measure 4.73% / 5.08% / 5.25% leaked (whole + partial 8.45% / 9.48% / 9.31%)
and 0.00% over-masked. Still leaking: lower-case towns in speech ("in larkhaven"), letter-spaced postcodes
with few digits ("S O 5 3 2 W S"), names split by a stray space or a narrow no-break space, CAPS names after
"Full name:" whose second word no list holds, a bullet's "<Given> <Surname>:" with no cue.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1: none. Also checked: the corpus's soundness (labels,
sizes, reproducibility, SSN validity), the obfuscation shapes, and its independence from probes 1-22
(template kinds, name words, towns, streets; probe 18 by kinds only, it has no lists). Names are not checked
against the engine's lexicon or source: the probe's author did not read them.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe23 import ids, people
from tests.engine.probe23.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe23.run_probe import crashes, run

LEAK_CEILING = 0.06  # 4.73% (28/592) on seed 1 after the fixes (40.88% when written)
STRICT_CEILING = 0.10  # whole + partial: 8.45% (45.61% when written)
OVERMASK_CEILING = 0.01  # 0.00% (0/198)
CLEAN: set[str] = set()  # every type leaked on seed 1
KNOWN_CRASHES: set[str] = set()


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam] + people.NICKS)


def _places() -> tuple[set[str], set[str]]:
    return {p.town for ps in people.PLACES.values() for p in ps}, set(people.STREETS)


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 38 and len({d.kind for d in docs}) == 19
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 150
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 10 and len(d.keep) >= 4 for d in corpus)
        assert not any(c in d.content for d in corpus for c in "«»‹›")
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "MRN", "SSN", "IP"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "URL", "USERNAME"}


def test_obfuscation_shapes_are_present() -> None:
    text = "".join(d.content for d in make_corpus(1))
    values = [v for d in make_corpus(1) for _, v in d.phi]
    for marker in (" dot ", "[at]", "(at)", "{at}", "&#64;", "\\u0040", "%40", "hxxps://", "[.]",
                   " as in ", ", then ", "年", "-W", "\u00ad", "\u00a0", "\u202f", "\u2009", "•", "~",
                   "\\n\\t", "years young", "N a m e"):  # fmt: skip
        assert marker in text, marker
    assert any(re.fullmatch(r"\d+\.[IVX]+\.\d{4}", v) for v in values)  # Roman-numeral months
    assert any(c in v for v in values for c in "аеорсіАВЕКМНОРСТЅ")  # Cyrillic look-alikes
    assert any("０" <= c <= "９" for v in values for c in v)  # full-width digits
    assert sum(v == v.lower() and " " in v and v.isascii() for v in values) >= 30
    assert ids.ordinal(22) == "twenty-second" and ids.year_words(1905) == "nineteen oh five"
    assert ids.spoken_run("5500", random.Random(0)) == "double five double oh"


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind, name word, town or street of probes 1-22 is reused (probe 18: kinds only)."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18}
    towns, streets = _places()
    mods = ["probe", *(f"probe{i}" for i in range(2, 18)), "probe19", "probe20", "probe21", "probe22"]
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
    rng = random.Random(23)
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
