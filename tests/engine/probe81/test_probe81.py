"""Regression guard for the eighty-first generalisation probe: English clinical and operational text from the
United States, Canada, the United Kingdom, Ireland, Australia and New Zealand, built as an outside evaluator
builds a held-out set -- other templates and, above all, other name lists (patients, relatives and staff
from Mexican, Puerto Rican, Vietnamese, Filipino, Korean, Chinese, Punjabi, Tamil, Yoruba, Igbo, Akan, Ewe,
Somali, Ethiopian, Eritrean, Arabic, Persian, Polish, Ukrainian, Greek, Sicilian, Irish, Scottish, Welsh,
Maori, Tongan, Blackfoot, Cree, Kiowa, Muscogee, Lakota, Tiwi, Yolngu, Jewish and Dutch families; particles,
apostrophes, hyphens, suffixes, nicknames and word names such as Merry, Judge, Colonel, Heaven, Friend,
Darling, Pepper). Kinds, few with a "Patient name:" label: patient-portal message thread, phone-encounter
note, nurse triage call, discharge instructions, care-coordination huddle, social-work assessment, ED
tracking-board export, MAR / flowsheet comments, geriatric consult reply (a patient aged 90+), I-PASS / SBAR
handoff (a grandmother aged 90+), case-management e-mail, no-show list, chaplaincy note (a patient aged
90+), release-of-information log, incident report, In Basket export (JSON), message-centre CSV export and
transcribed dictation: rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe81.run_probe --seed N --brief`, with --json / --dump for the detail; engine at
commit 1a28dcf, `git status --short src/phigate/engine` empty before and after). It exposed one labelling
bug, fixed before the figures below (same random draws): the FIN / HAR account values held their own label
word ("Encounter/FIN FIN 738655102"); now the number alone. 36 documents in 18 kinds per seed, none crashes
the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     7.55% (58/768)     8.33% (64/768)     5.75% (20/348)
    2     7.04% (54/767)     7.43% (57/767)     6.90% (24/348)
    3     6.77% (52/768)     7.29% (56/768)     6.63% (23/347)

Seed 1 by type (leaked / values): ID 18/50, DATE 16/138, NAME 14/308, ADDRESS 7/44, SSN 2/12, URL 1/4; none
in PHONE (70), MRN (34), EMAIL (28), HEALTH_PLAN (18), LICENSE (14), ZIP (12), ACCOUNT (8), AGE (8), DEVICE
(8), IP (6), VEHICLE (6). Seed 2: ID 18, DATE 16, NAME 11, ADDRESS 4, SSN 2, URL 2, VEHICLE 1; seed 3: DATE
15, NAME 14, ID 13, ADDRESS 6, SSN 2, URL 2.
Worst kinds (seed 1): no-show list 12/50, huddle note 7/36, consult reply 7/38, message-centre CSV 7/68;
best (none leaked): In Basket JSON 0/56, case-management e-mail 0/54, MAR comments 0/30.
What leaks (seed 1):
- ID 18 of 50: the new-format NZ NHI ("NHI HCM12YS" in a consult, "NHI TBD77LA" in an incident report, the
  four NHIs of a no-show table's first column -- the UK list's NHS numbers in the same column were masked,
  as [PHONE]), message ids in the first column of a CSV export ("INC-161403,2024 0740,..." , "6106979,..."),
  ticket and call references ("Sitter requested -- ticket INC-487572", "with pt consent, ref INC-185665")
  and interpreter ids ("interpreter ID 338307").
- DATE 16: day/month dates without a year -- the no-show tables' first column ("24/3  2210", "29/11  1105"),
  follow-ups and reviews ("I will see [NAME] again 22/12", "interrogated 17/11", "follow up by phone 11/3",
  "Plan: Holy Communion 19/5 at 1620", "called [NAME] at [PHONE] 7/9").
- NAME 14 of 308: staff in a huddle's roster line ("Charge: Oskan Goodstriker", "SW: [NAME] Ironshirt"), a
  given name alone at a sentence start or after "to" ("Actions: Maganda to reconcile", "I have sent this to
  Kaltun", "sent this to Tame"), list rows ("3. Vanderkooi, Herminigilda (bed 16)", "4. Awil Mire (bed 19)",
  "[NAME], Wairua (bed 16)" of "Te Wheoro, Wairua"), ED-board provider and nurse columns ("Kei",
  "Yufen"), the word name Honesty ("HONEY, Honesty" in a board row, "page Dr Honesty Bacon", "your nurse
  Honesty") and "Cloud" of the Lakota family name "Iron Cloud".
- ADDRESS 7: towns alone in prose ("a fall at home (Belmullet Road)", "(in Stecker; ...", "in Milikapiti
  Outstation", "will visit [ADDRESS], Knocknaheeny Upper", "Ballyvourney Cross, Co. [ADDRESS]") and a
  Canadian rural route ("stairs at Box 911, Site 4, RR 9").
- SSN 2: the Australian Centrelink CRN ("Centrelink CRN 655 956 659B"). URL 1: a release-of-information link
  ("sent via secure link https://roi.healthrecords.example.com/d/..."; two more keep the host and mask the
  token).
Partial (seed 1, 6): three URLs whose path token alone was masked, "hÉigeartaigh" of "Ó hÉigeartaigh",
"Junction" of the town "Lost Hills Junction", "188" of an Alberta health number.
Over-masking (seed 1, 20 of 348): times right after a date (11: "Call rec'd 17-May-2025 0740" -> "2025",
"printed Nov 15, 2024 2350" -> "2024"), the unit "5 North Med-Surg" (3: "Pool: 5 [ADDRESS]"), a faith and
its rite ("Faith: [NAME]" for "Sunni Muslim", "a Qur'an recitation"), a language ("Interpreter: Yiddish"), a
city ("flew home from Kraków"), "Graves' disease", "Te Whatu Ora". Kept everywhere else: drugs and doses,
eponymous diseases, signs and devices (Parkinson's, Babinski, Foley), scores, lab values, ICD-10 codes,
hospitals, payers, regulations, form numbers, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is this topic (MBI, NPI, SIN, Ontario health card, BC PHN, NHS, PPSN, Australian
Medicare, IHI, NZ NHI and IRD numbers and VINs valid under their schemes; particle, apostrophe, hyphenated,
word names and nicknames; ages 90+ written naturally; the trade's keep values), and independence from probes
1-78 (template kinds; name words, towns and streets of their people tables with the kit's check; no name
word in any string of those tables -- run before the measurement). 77 of the 373 name words are in the
engine's Python-Faker name lists (in_engine_lexicon; mostly Irish, Scottish, Italian, Dutch and English word
names); ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe
was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe81 import ids, people
from tests.engine.probe81.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe81.run_probe import crashes, run

LEAK_CEILING = 0.09  # first: 7.55% (58/768)
STRICT_CEILING = 0.10  # whole + partial: first 8.33% (64/768)
OVERMASK_CEILING = 0.07  # first: 5.75% (20/348)
CLEAN = {"PHONE", "MRN", "EMAIL", "HEALTH_PLAN", "LICENSE", "ZIP", "ACCOUNT", "AGE", "DEVICE", "IP"}
CLEAN |= {"VEHICLE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 79))]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    feminine = [f[:-1] + "a" for *_, fam in people.NAMES.values() for f in fam if f.endswith(("ski", "cki"))]
    return name_words(tables + feminine + list(people.NICK.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}


def test_corpus_is_this_probes_topic() -> None:
    """Six countries; identifiers valid under their schemes (SSN shape, MBI, NPI, SIN, Ontario health card,
    BC PHN, NHS, PPSN, Australian Medicare, IHI, NZ NHI, IRD, VIN); particle, apostrophe, hyphenated and word
    names and nicknames; ages 90+ written naturally; the keep values (eponyms, drugs, codes, rules)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    values = [(t, v) for d in docs for t, v in d.phi]
    checks = {
        "SIN": (r"\d{3} \d{3} \d{3}", ids.sin_ok),
        "NPI": (r"\d{10}", ids.npi_ok),
        "Medicare MBI": (r"[0-9A-Z-]{11,13}", ids.mbi_ok),
        "NHS No.": (r"[\d ]{10,12}", ids.nhs_ok),
        "PPSN": (r"\d{7}[A-W]{1,2}", ids.ppsn_ok),
        "Medicare": (r"[\d ]{10,13}", ids.medicare_au_ok),
        "IHI": (r"[\d ]{16,19}", ids.ihi_ok),
        "NHI": (r"[A-Z]{3}\d\d[A-Z]{2}", ids.nhi_ok),
        "IRD no.": (r"\d{3}-\d{3}-\d{3}", ids.ird_ok),
        "VIN": (r"[A-Z0-9]{17}", ids.vin_ok),
    }
    for label, (pattern, ok) in checks.items():
        after = rf"{re.escape(label)}[^\d\n]{{1,14}}"
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v) and re.search(after + re.escape(v), d.content)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    ssns = [v for t, v in values if t == "SSN" and re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)]
    assert len(ssns) >= 2 and not any(v.startswith(("000", "666", "9")) for v in ssns)
    cards = [v for t, v in values if t == "HEALTH_PLAN" and re.fullmatch(r"[\d -]{12,15}[A-Z]{2}", v)]
    assert cards and all(ids.ohip_ok(v) for v in cards)
    phns = [v for t, v in values if t == "HEALTH_PLAN" and re.fullmatch(r"9\d{3} \d{3} \d{3}", v)]
    assert all(ids.bc_phn_ok(v) for v in phns)
    names = {v for t, v in values if t == "NAME"}
    assert sum(bool(re.search(r"\b(de|op de|Montes de|Te|El-|Ó|Ní|Mac|O')", v)) for v in names) >= 20
    assert sum("-" in v for v in names) >= 20
    assert sum(v in people.NICK.values() for v in names) >= 5
    words = {
        "Merry",
        "Honesty",
        "Heaven",
        "Marshall",
        "Colonel",
        "Judge",
        "Ace",
        "Prince",
        "Duke",
        "Rebel",
        "Friend",
    }
    words |= {"Darling", "Peacock", "Pepper", "Honey", "Swift", "Moody", "Bloom", "Carpenter", "Fowler"}
    assert sum(any(w in v.split() for w in words) for v in names) >= 10
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    text = "\n".join(d.content for d in docs)
    assert re.search(r"a 9\d yo", text) and re.search(r"aged 9\d", text) and re.search(r"9\d-year-old", text)
    keeps = {k for d in docs for k in d.keep}
    assert sum("'s " in k or "' " in k for k in keeps) >= 10  # eponymous diseases and signs
    assert {"HIM-ROI-02", "DNA policy OPD-14"} <= keeps and any("Foley" in k for k in keeps)
    assert sum(bool(re.fullmatch(r"[A-TV-Z]\d\d(\.\w+)?", k)) for k in keeps) >= 8  # ICD-10
    assert sum(k.isdigit() and int(k) < 90 for k in keeps) >= 30  # ages under 90 (and years)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-78, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
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


ENGINE_WORDS_BEFORE = {"aho", "dae", "hirschsprung"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
