"""Regression guard for the forty-seventh generalisation probe: health text written by patients, families and
the public rather than clinicians, in US, UK, Irish, Canadian, Australian and New Zealand English, with
synthetic PHI planted in it. Kinds: online clinic review with the owner's reply, health forum / subreddit
thread, crowdfunding appeal, death notice (rip.ie) and newspaper obituary (ages 90+, maiden names,
survivors), caregiver blog post with comments, formal complaint letter (PALS, HSE), e-mail thread with a
practice's front desk, family group chat (WhatsApp export), school newsletter about an injured child,
village / community newsletter (a 90+ birthday), local news story about a road accident (plates), support
group notes with a phone tree, GP practice Facebook comment thread, automatic voicemail transcripts,
tenant's welfare letter about a neighbour aged 90+, pharmacy delivery complaint, symptom diary (a glucose
sensor serial), parish bulletin prayer list: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe47.run_probe --seed N --brief`; engine at commit ded5144, `git status
--short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18 kinds per
seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     12.60% (116/921)    14.01% (129/921)    6.65% (22/331)
    2     11.64% (108/928)    13.47% (125/928)    5.74% (19/331)
    3     12.57% (116/923)    13.43% (124/923)    8.21% (27/329)

Seed 1 by type (leaked / values): NAME 43/416, ADDRESS 38/138, DATE 16/190, USERNAME 8/8, ID 4/20, AGE 4/9,
ZIP 3/12; none in PHONE (66), EMAIL (30), HEALTH_PLAN (10), URL (6), VEHICLE (6), MRN (4), ACCOUNT (2), FAX
(2), DEVICE (2). Seed 2: ADDRESS 43, NAME 34, DATE 16, USERNAME 8, ID 3, AGE 3, ZIP 1; seed 3: NAME 47,
ADDRESS 36, DATE 16, USERNAME 8, AGE 4, ID 3, ZIP 2.
Worst kinds (seed 1): family group chat 13/50, health forum thread 11/42, support group notes 10/64,
crowdfunding appeal 9/40, school newsletter 8/53, tenant's welfare letter 8/48; best: voicemail transcripts
1/48, clinic review 2/48, pharmacy delivery complaint 2/48.
What leaks (seed 1):
- NAME 43 (35 a given or family name alone, of 260 single-word names): names in running lists and parentheses
  with no title ("a dad to [NAME] (6) and Bogusław (3)", "Lisiate (6) and Falaniko (3)", "Grizel and Innes
  (new -- welcome!)", "and Nayla from the ... rehab team", "Lyndal P.", "and Salesi (8)!", "especially
  Włodzimierz and [NAME]", "[NAME] and Osian, who have moved"), chat bodies ("nurse is Kararaina", "Senga from
  next door found her", "asking for Taniela and the dog", "knows aunty Rima", "round to Siosaia's", lower-case
  "mareta's" / "nicoletta's"), roles in parentheses ("the driver (Layal)", "the driver (Achilleas)", "her
  carer (Vika from HealthCare NZ)"), "nurse Mali", "spoke to Mali", "Missed work again, Ehigiator was fine",
  "Mr Dalgleish" (a surgeon), a family name left in a phone tree ("[NAME] Sfeir -- [PHONE]"), "for the Poutama
  family -- Rewi's dad"; whole names as a comment's or post's author line ("Patrycja Jasińska", "Innes
  Carnegie", "Basil Bamford", "Obehi Omoregie"), at the start of a sentence or line ("Vika Fusitu'a is
  organising this fundraiser", "Elspet Imrie (Pine Hollow Estates)", "Eleri's symptom diary", "Lyndal
  Priestley -- [PHONE]"), a signature ("Silivia Lealofi, Principal"); a death notice's capitals and maiden
  name ("COTTER (née Andrzejewski)").
- ADDRESS 38: streets and towns in prose without a house number ("knocked off his bike on Church Hill, just
  outside Gortnahoe Upper", "We're in Auchenlarie Mains", "Sending so much love from Thornley Bottoms", "born
  in Grunthal Siding and has lived on Bayview Line", "on my way from Jacaranda Rise", "is from Huon Pines
  Crossing", "Parking on Weavers Row", "the Walgreens on Pawpaw St"), a news story's roads and residents'
  towns ("a two-car crash on Ironbark Rd", "intersection of Pawpaw St and Persimmon Ct", "An 81-year-old
  Boronia Flats man", "a 24-year-old Myrtle Bank Upper woman"), a letter's address block below a masked first
  line ("Birchcliffe Estate⏎Llanddewi Felin", "Pīpī Beach⏎3813"), prayer-list places ("(Pine Hollow Estates)",
  "late of Sideroad 15", "[NAME], Drumcarrig, formerly of"), "Reposing at Riverside Funeral Home, Ballinafad
  Cross".
- DATE 16: bare day ordinals, 16 of the 25 written ("the earliest they had was the 23rd", "on Tuesday the
  10th", "on the night of the 7th", "booked for the 10th", "Surgery's Monday the 26th").
- USERNAME 8/8: forum handles after "u/" ("u/barry74", "u/not_gladys's advice") and a blog commenter's handle
  on its own line ("dalgleish_27"). ID 4: complaint and incident references after "ref" / "reference" ("ref
  PR-265643", "YSYS 348644", "INC-4471324"). AGE 4: ordinals ("her 93rd birthday", "in her 96th year") and the
  bare "90" of "90 or older" for a neighbour aged exactly 90 (the kit scores it). ZIP 3: an Eircode on its own
  line of an address block ("E41 U7XP"), New Zealand four-digit postcodes after a town or alone ("Whau Valley
  Road End 8498", "3813").
Partial (seed 1, 13): ADDRESS 11 -- pieces of towns and streets ("Lac-aux-Sables" of "Lac-aux-Sables Est", "of
Ballindean", "Mines", "Heights", "Upper", "Hickory", "Ard na" of "Ard na Gréine", "Banksia" of "Banksia Cres",
"Fold" of "Pickering Fold", "135 Sideroad" of "135 Sideroad 15"); ID 2 -- the "CMP/" prefix of a complaint
reference.
Over-masking (seed 1, 22 of 331): organisation names read as names or places -- "Bon Secours Glenmore", "St
Colman's New Cemetery" ("[ADDRESS]'s New Cemetery"), the charity "Pieta", the blog "The Long Goodbye Diaries",
"Tri-County Primary Care", "The County Ledger", "Parkinson Wellness Circle", "Moorside Housing Association",
"Résidence Les Jardins", "Villa Sainte-Marthe", "Our Lady of the Assumption Parish", "Parish of St Fiacre",
the school names "Scoil Naomh Ciarán" and "Te Kura o Tūmanako" and the class "Rang a Trí"; drugs written like
names ("Endone" 2, "Dilaudid", "Restoril"); car models ("Ford Ranger", "Chevy Silverado"); the "A" of "A&E".
Kept everywhere else: hospital names (saints and eponyms included: "St Brigid's Private Hospital", "Hôpital
Sainte-Clothilde"), pharmacy chains ("Hickey's Pharmacy"), conditions with eponyms ("Parkinson's", "Bell's
palsy", "Addison's disease", "Ménière's disease"), money, years, ages under 90, weekdays, regions, countries,
insurers. Not scored but visible in the masked text: "May she rest in peace" becomes "[NAME] she rest in
peace", "Parish Priest" becomes "Parish [NAME]".

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is informal public text from all six countries (NHS, PPS, NHI, Medicare numbers and
Irish IBANs valid under their checks; given names alone, lower case, nicknames, possessives, double-barrelled
doctors, capitals and "née"; bare day ordinals; ages 90+ as numbers and ordinals), and independence from
probes 1-44 (template kinds; name words, towns and streets of their people tables with the kit's check; no
name word in any string of those tables, also with accents and apostrophes folded -- run before the
measurement; clashes were replaced then: many Irish, Polish, French Canadian and Maori names, "Old Mill Pike"
and "Bóthar na Trá"). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name
words that were already words of the engine's code when the probe was written (found by
`written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import re
import unicodedata

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe47 import ids, people
from tests.engine.probe47.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe47.run_probe import crashes, run

LEAK_CEILING = 0.08  # now 6.19% (57/921); first: 12.60% (116/921)
STRICT_CEILING = 0.09  # whole + partial: now 7.38%; first 14.01% (129/921)
OVERMASK_CEILING = 0.08  # now 6.65% (22/331); first: 6.65% (22/331)
CLEAN = {"PHONE", "EMAIL", "HEALTH_PLAN", "URL", "VEHICLE", "MRN", "ACCOUNT", "FAX", "DEVICE"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 45))]


def _female_forms() -> list[str]:
    """The -ska / -cka forms of Polish family names (`people.Person.family`)."""
    return [f[:-1] + "a" for *_, fam in people.NAMES.values() for f in fam if f.endswith(("ski", "cki"))]


def _name_words() -> set[str]:
    names = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(names + _female_forms() + list(people.NICKS.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts} | {
        x for loc in people.LOCS.values() for x in loc.suburbs
    }


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


def _fold(word: str) -> str:
    """Case, accents, the Polish l-stroke and apostrophes folded ("Róisín" and "Roisin" are one name)."""
    w = unicodedata.normalize("NFKD", word.casefold().replace("ł", "l").replace("'", ""))
    return "".join(c for c in w if not unicodedata.combining(c))


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
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "URL", "USERNAME"}
    assert types >= {"ID", "MRN", "HEALTH_PLAN", "ACCOUNT", "VEHICLE", "DEVICE"}


def test_corpus_is_informal_public_text() -> None:
    """Every country; NHS, PPS, NHI, Medicare numbers and Irish IBANs pass their checks; names written the
    informal way (given names alone, lower case, nicknames, possessives, double-barrelled doctors, capitals
    and "née" in a death notice); casual dates ("the 14th"); ages 90+ as numbers and ordinals."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    values = [(d.loc, t, v) for d in docs for t, v in d.phi]
    nhs_shape = re.compile(r"\d{3}[ -]?\d{3}[ -]?\d{4}")
    nhs = [v for loc, t, v in values if loc == "GB" and t == "ID" and nhs_shape.fullmatch(v)]
    ppsn = [v for loc, t, v in values if loc == "IE" and t == "ID" and re.fullmatch(r"\d{7}[A-W]A?", v)]
    nhi = [v for loc, t, v in values if loc == "NZ" and t == "ID" and re.fullmatch(r"[A-Z]{3}\d{4}", v)]
    medicare = [v for loc, t, v in values if loc == "AU" and t == "HEALTH_PLAN"]
    iban = [v for loc, t, v in values if t == "ACCOUNT" and v.startswith("IE")]
    assert min(len(nhs), len(ppsn), len(nhi), len(medicare), len(iban)) >= 3
    assert all(map(ids.nhs_ok, nhs)) and all(map(ids.ppsn_ok, ppsn)) and all(map(ids.nhi_ok, nhi))
    assert all(map(ids.medicare_ok, medicare)) and all(map(ids.iban_ok, iban))
    names = [v for _, t, v in values if t == "NAME"]
    assert sum(" " not in v for v in names) > len(names) / 2  # mostly a given or family name alone
    assert sum(v.islower() for v in names) >= 6 and sum(v in people.NICKS.values() for v in names) >= 3
    assert sum(v.isupper() and len(v) > 2 for v in names) >= 3
    assert sum("-" in v for v in names) >= 30
    text = "\n".join(d.content for d in docs)
    assert "(née " in text and len(re.findall(r"\w's\b", text)) >= 100
    dates = [v for _, t, v in values if t == "DATE"]
    assert sum(bool(re.fullmatch(r"\d{1,2}(st|nd|rd|th)", v)) for v in dates) >= 60
    ages = [v for _, t, v in values if t == "AGE"]
    assert len(ages) >= 18 and all(int(re.sub(r"\D", "", a)) >= 90 for a in ages)
    assert any(re.fullmatch(r"9\d(st|nd|rd|th)", a) for a in ages)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-44, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too), also with accents
    and apostrophes folded."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    earlier = _earlier_people_words()
    assert _name_words() & earlier == set()
    folded = {_fold(w) for w in earlier}
    assert {w for w in _name_words() if _fold(w) in folded} == set()
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


ENGINE_WORDS_BEFORE = {"lehane", "lisiate", "marsden", "nyhan"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
