"""Regression guard for the fifty-seventh generalisation probe: mental-health and substance-use treatment text
(42 CFR Part 2 records and mental-health-act forms) from the United States, Canada, the United Kingdom,
Ireland and Australia with synthetic PHI planted in it. Kinds: psychotherapy progress note (DAP / SOAP; US,
Canada), IOP group-therapy attendance roster with process note (US, Australia), crisis-line call log
(Ireland, Australia; a grandmother aged 90+), California 5150 application (police officer, badge, plate),
Ontario Mental Health Act Form 1 (CPSO number), Mental Health Act Section 2 application (England: AMHP,
nearest relative) / short-term detention certificate (Scotland), community treatment order (England
CTO1, Victoria), peer-support chat (US warm line with URL and IP, Irish text service), opioid-treatment
dosing log with take-home schedule (US: DEA, NPI; Canada), drug-court progress letter (US, New South
Wales), sober-living / recovery-home intake (US: SSN, driver's licence, plate; Canada: SIN), eating-disorder
meal-support log (UK, Australia), Stanley-Brown safety plan with emergency contacts (US, Ireland; a
grandparent aged 90+), 42 CFR Part 2 consent and disclosure log (US), alcohol-detox CIWA-Ar flowsheet
(Ireland, UK), Irish Mental Health Act 2001 application and recommendation (PPSN, IMC), talking-therapies
referral / GP Mental Health Treatment Plan (UK, Australia), inpatient psychiatric discharge summary (Canada,
Australia; a grandmother aged 90+): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe57.run_probe --seed N --brief`; engine at commit 6d399f3, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     4.91% (41/835)     5.03% (42/835)     5.06% (17/336)
    2     6.18% (52/841)     6.54% (55/841)     6.55% (22/336)
    3     6.58% (55/836)     6.58% (55/836)     5.65% (19/336)

One labelling bug was fixed after that run, the document texts unchanged (same engine, re-scored): the
weekday of a "Mon 1/13" / "Sat 08/03" date was inside the DATE value, so a kept weekday counted as a partial
leak (the policy has weekdays plain text); it is now outside the value. The first run read seed 1 4.90%
(41/837), whole + partial 7.05% (18 partial, 17 of them weekdays), seed 2 6.17% / 8.54%, seed 3 6.56% /
8.59%; whole leaks and over-masking were the same.

Seed 1 by type (leaked / values): NAME 12/285, DATE 9/182, ID 7/50, ADDRESS 6/99, LICENSE 4/31, AGE 3/6;
none in MRN (17), HEALTH_PLAN (22), PHONE (80), ZIP (35), EMAIL (16), VEHICLE (4), URL (2), IP (2), SSN (2),
ACCOUNT (2). Seed 2: NAME 14, DATE 12, ADDRESS 12, ID 7, LICENSE 4, AGE 3; seed 3: ADDRESS 15, NAME 13, DATE
11, ID 9, LICENSE 4, AGE 3.
Worst kinds (seed 1): IOP group attendance 9/54, eating-disorder meal-support log 6/48, Ontario Form 1 4/52,
sober-living intake 4/52; none leaked in the psychotherapy note, 5150, CTO, peer-support chat, Part 2
consent or talking-therapy referral. Seed 2 adds the Irish MHA application (9/50: both the applicant's and
the doctor's street and townland).
What leaks (seed 1):
- NAME 12: names in table cells and after role labels the engine does not know -- roster rows "Rizvi,
  Priyesh" and "[NAME], Rosheen" (the given name after a masked family name in "Family, Given" order),
  support-person columns of a meal log ("Briallen"), a dispensing nurse's initials column ("initials
  Duguid"), "Keyworker: Sorley Lauder", "Rights adviser notified: Riaz Jafri", "Attention: Mirren Ridsdale,
  Program Coordinator", "Probation / court: Adeel Satti", a roommate's name opening a line ("roommate⏎
  Kerrianne Cubillo found pills"), a possessive ("firearm stored at Kerrianne Butt's").
- DATE 9: day/month dates without a year -- "Last drink 31/07", meal-log rows "19/02" .. "22/02", "on
  arrival 13/01", "carry x2 (06/03, 07/03)"; US "4/11, 4/12" and "kit issued 4/7" leak on seeds 2 and 3.
- ID 7: bare numbers in roster columns ("992362", "303168"), "Resident ID 494951", "File 232034", a court
  case "case 6384-25", a police "collar 29601", a call reference "MHA-86252". LICENSE 4: "CPSO 415402" and
  "IMC 73149" (both forms, both seeds; GMC, NMC, AHPRA, NPI and DEA numbers were masked).
- ADDRESS 6: a town after "in" / "from" / "to" in running text ("moving back in ... in Goomboorian",
  "from Tarrawingee Heights", "walk the dog to Lisnagrave pier"), an Irish townland after a masked street
  ("[ADDRESS], Kilmuckridge Upper, Co. [ADDRESS]"), a GP's address with no label ("Dr [NAME], 52 Ashgrove
  Lawn, Gortnahoe Upper").
- AGE 3: "nan is 93", "(91 — call the landline" and "90 or older" for a grandmother aged exactly 90 (the kit
  scores the bare "90", as in probe44 and probe52).
A drawing slip found after the measurement and left as it is (the texts are what was measured): the Scottish
short-term detention certificate's patient was drawn in England on all three seeds, so its "CHI:" field holds
an NHS-format number (labelled HEALTH_PLAN all the same) next to an English address; CHI numbers are never
written. The Scottish form also names an eating-disorder service as the detaining hospital on seed 1.
Partial (seed 1, 1): "Junction" of "Tres Piedras Junction" after a street line.
Over-masking (seed 1, 17 of 336): act titles in capitals ("MENTAL HEALTH ACT 1983" 2, "MENTAL HEALTH ACT 2001"
2, "MENTAL HEALTH AND WELLBEING ACT 2022"), Irish services and organisations ("Pieta" 2, "Cuan Mhuire", "An
Garda Síochána"), programme names ("Hollins Eating Disorders Service" 2, "Warmline Peer Support Chat", "Adult
Treatment Court, Fourth Judicial District", "Acute Mental Health Unit 4B"), "Stanley-Brown", "Columbia
Protocol", "Phosphate Sandoz". Also (unscored) the Irish county after "Co." masked as ADDRESS, "Sen." of "Sen.
Const." and "Case" of "Case No." masked as NAME. Kept everywhere else: medications and doses (methadone,
buprenorphine, Biodone, Buvidal, antipsychotics), PHQ-9 / GAD-7 / AUDIT / COWS / CIWA-Ar / EDE-Q / BMI
scores, ICD-10 / DSM-5 codes, most programme, crisis-line and court names, states alone, years, ages under
90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is this kind of text (every country; NHS, PPSN, Medicare, NPI and DEA numbers
valid under their check-digit rules; scores, medications, ICD codes; ages 90+), and independence from probes
1-56 (template kinds; name words, towns and streets of their people tables with the kit's check; no name word
in any string of those tables -- run before the measurement). Names were not checked against the engine's
lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe
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
from tests.engine.probe57 import ids, people
from tests.engine.probe57.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe57.run_probe import crashes, run

LEAK_CEILING = 0.06  # now 4.31% (36/835); first: 4.91% (41/835)
STRICT_CEILING = 0.06  # whole + partial: now 4.43%; first 5.03% (42/835)
OVERMASK_CEILING = 0.04  # now 2.38% (8/336); first: 5.06% (17/336)
CLEAN = {"MRN", "HEALTH_PLAN", "PHONE", "ZIP", "EMAIL", "VEHICLE", "URL", "IP", "SSN", "ACCOUNT"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 57))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts, _ in loc.regions.values() for t in ts}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "URL", "IP", "VEHICLE"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_mental_health_and_substance_use_text() -> None:
    """Every country; identifiers with valid check digits (NHS, PPSN, Medicare, NPI, DEA); scores,
    treatment medications and F-codes kept; ages 90+; the forms of the mental-health acts."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "NHS(?: no\\.| number)?": (r"\d{3} \d{3} \d{4}", ids.nhs_ok),
        "PPSN": (r"\d{7}[A-W]A?", ids.ppsn_ok),
        "Medicare": (r"\d{4} \d{5} \d", ids.medicare_au_ok),
        "NPI": (r"\d{10}", ids.npi_ok),
        "DEA": (r"[A-Z]{2}\d{7}", ids.dea_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    keep = [k for d in docs for k in d.keep]
    prefixes = ("PHQ-9", "GAD-7", "AUDIT score", "COWS", "CIWA-Ar", "EDE-Q", "F11.", "F10.", "F50.")
    for prefix in (*prefixes, "Methadone"):
        assert sum(k.startswith(prefix) for k in keep) >= 3, prefix
    values = [(t, v) for d in docs for t, v in d.phi]
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    text = "\n".join(d.content for d in docs)
    marks = ("5150", "Form 1", "FORM A2", "CTO1", "42 CFR Part 2", "take-home", "Co. ")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-56, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"briallen", "corwin", "durkan"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
