"""Regression guard for the thirty-seventh generalisation probe: pharmacovigilance, clinical research and
correctional health text. Kinds: MedWatch 3500 form, CIOMS I form, E2B(R3)-style ICSR XML, journal case
report, IRB SAE report, trial screening/enrolment log with pre-screening notes, REDCap eCRF CSV export, DSMB
closed SAE listing, pharmacy lot-recall call list, VAERS-style report, poison-centre exposure record,
correctional sick-call slip, jail booking medical intake, medical examiner's report, genetic-counselling
pedigree, site/sponsor query e-mail thread, Python script with a pasted pandas frame, R console with a
tibble: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the independence check passed
(`python -m tests.engine.probe37.run_probe --seed N --brief`; engine at commit 0cd5bbc, `git status --short
src` empty at that minute: no uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked            whole + partial   over-masking
    1     6.11% (48/785)    6.11% (48/785)    22.03% (87/395)
    2     6.23% (49/786)    6.23% (49/786)    21.25% (85/400)
    3     6.12% (48/784)    6.12% (48/784)    20.45% (81/396)

Seed 1 by type (leaked / values): AGE 16/46, ID 16/81, NAME 12/180, ADDRESS 2/66, ACCOUNT 2/10; none in DATE
(240), PHONE (58), ZIP (36), EMAIL (26), MRN (8), VEHICLE (8), IP (6), DEVICE (4), HEALTH_PLAN (4), LICENSE
(4), FAX (2), URL (2), SSN (2), CREDENTIAL (2). Seeds 2 and 3: AGE 15 and 14, ID 15 and 17, NAME 12 and 13,
ACCOUNT 4 and 2, ADDRESS 2 and 2, DATE 1 and 0 (seed 2: "last use 12/5 evening" on a jail intake).
Worst kinds (seed 1): screening log 7/51, query e-mail thread 7/34, Python frame 6/56, R tibble 6/44; none
leaked in the MedWatch, CIOMS, journal case report, VAERS-style, poison-centre and pedigree documents.
What leaks:
- AGE: a bare 90+ number in a field or cell with no "year" word: "<patientonsetage>93</patientonsetage>"
  (E2B), "Age at event: 100" (IRB form), the CSV column age_cons ("...,1924,101,F,..."), the R console
  "pull(AGE) [1] 103", "made the subject 100 at consent instead of 99" (query e-mail). 3 of the 16 are the
  age 90 itself rendered "90 or older" (the scorer counts the surviving 90).
- ID: subject IDs of six bare digits (site number + 3 digits) in tables and prose: "0  183061  [NAME]"
  (pandas frame), "210276 | O.C. |" (screening log), "1 379644  [NAME]" (tibble), "126867,site_126,..."
  (CSV), "141335  76/M" (DSMB listing), "(subject 478182) appeared in your reply", "302695 (Dimosthenis
  Antonopoulos)"; one inmate number "DOC #: 2208512". Hyphenated and S-prefixed subject IDs, booking, ME,
  poison-centre, VAERS and safety-case numbers were masked.
- NAME: the jail-intake alias in caps ("AKA: GRIGOR KAPAONA", "AKA: DORJE KARAAĞAÇ", leaving the booked
  person's family name too); names opening a bullet of the coordinator's pre-screening notes ("- Pema
  Tamang, referred by", "- Nurmagambetov, Nargiza - voicemail twice", "- Ekaterini Hlavacek (= [ID])",
  "- Sargsyan, [NAME]"); a name in parentheses after a subject ID ("302695 (Dimosthenis Antonopoulos)");
  "into query responses -- Nurhan Karaağaç (subject [ID])"; "visit her brother,⏎Rustam Karimov, in".
- ADDRESS: the town a sibling lives in, in the ME narrative ("in Brindlecombe, and was last heard from").
- ACCOUNT: accounts shaped dddd-dddd-dd ("inmate trust account 7966-8645-98", the recall list's Acct
  column); 8-digit and A-prefixed accounts were masked.
Partial: none on any seed.
Over-masking (seed 1, 87 of 395): protocol numbers and study-drug codes ("Protocol: ZNT-6943-683" -> [ID],
"first dose of ZNT-5321") (24); MedDRA codes ("Atrial fibrillation (10003658)" -> [ID]) (16); times of day
after a date ("21:47", "02:10", "0540", "23:10", "14:32", "16:05", "10:40 AM") (16); the DSMB listing's
arm codes, study days and listing number ("Arm A" -> "[NAME] A", "Day 202" -> "[NAME] 202", "Listing
14.3.2.1" -> "Listing [IP]") (16); MedDRA terms opening a listing or frame cell ("Hypoglycaemia", "Atrial
fibrillation", "Syncope", "Hyponatraemia", "Drug-induced liver injury" -> [NAME]) (5); lot numbers ("Lot #
ZF3688", "Replacement lot: P977P9") (4); "BRCA2 c.5946delT" (2); "Fluzone High-Dose (influenza vaccine)"
(2); a housing unit ("Unit 4B, cell 12, lower bunk" -> [ADDRESS]) (1); a journal name ("Clin Case Rep
Pharmacother") (1). Kept: drug names and doses, NCT numbers, "Site NNN", the sponsor, MedDRA terms in
prose, other lots and housing units, countries, states, years, weekdays and ages under 90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1 (DATE leaked once on seed 2). Also checked: the corpus's
soundness (labels, sizes, reproducibility), the research/custody labelling policy (AGE only 90+, subject /
inmate / booking numbers ID, initials unlabelled, trial and product codes keep), and independence from probes
1-36 (template kinds; name words, towns and streets of every people module, run before the measurement,
clashes replaced then). Before the measurement one family name whose word `written_in_engine_code` found in
the engine's code ("Mokoena") was replaced too; names are otherwise not checked against the engine's lexicon.
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
from tests.engine.probe37 import people
from tests.engine.probe37.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe37.run_probe import crashes, run

LEAK_CEILING = 0.06  # now 4.20% (33/785); first: 6.11% (48/785)
STRICT_CEILING = 0.06  # whole + partial: now 4.20%; first: 6.11% (48/785)
OVERMASK_CEILING = 0.20  # now 18.99% (75/395); first: 22.03% (87/395)
# no leak on seed 1
CLEAN = {"DATE", "PHONE", "ZIP", "EMAIL", "MRN", "VEHICLE", "IP", "DEVICE", "HEALTH_PLAN", "LICENSE", "FAX",
         "URL", "SSN", "CREDENTIAL"}  # fmt: skip
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 37))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for t, _, _ in people.TOWNS}


def _streets() -> set[str]:
    return {n for n, _ in people.STREETS} | {f"{n} {s}" for n, s in people.STREETS}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 700 and sum(len(d.keep) for d in corpus) >= 350
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 14 and len(d.keep) >= 6 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ADDRESS", "ZIP",
                     "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID",
                     "CREDENTIAL"}  # fmt: skip
    given = {g for f, m, _ in people.NAMES.values() for g in f + m}
    family = {x for *_, xs in people.NAMES.values() for x in xs}
    assert len(given) >= 60 and len(family) >= 60 and len(people.NAMES) >= 12


def test_research_and_custody_labelling_policy() -> None:
    """Subject, inmate and booking numbers are ID; ages are AGE only from 90; initials stay unlabelled; trial
    and product codes (protocol, NCT, site, study drug, lot, NDC, MedDRA code, query) are keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert all(int(v) >= 90 for d in docs for t, v in d.phi if t == "AGE")
    ids = [v for d in docs for t, v in d.phi if t == "ID"]
    assert sum(bool(re.fullmatch(r"S?\d{3}-?\d{3,4}", v)) for v in ids) >= 150  # subject IDs
    custody = [d for d in docs if "correctional" in d.kind or "jail" in d.kind]
    assert len(custody) == 12 and all(sum(t == "ID" for t, _ in d.phi) >= 2 for d in custody)
    initials = re.compile(r"(?<![\w.])[A-Z]\.[A-Z]\.(?![\w.])")
    found = [m for d in docs for m in initials.findall(d.content)]
    assert len(found) >= 36
    assert not {v for d in docs for _, v in d.phi} & set(found)
    keep = {k for d in docs for k in d.keep}
    codes = (
        r"NCT0\d{7}",
        r"Site \d{3}",
        r"ZNT-\d{4}-\d{3}",
        r"ZNT-\d{4}",
        r"100\d{5}",
        r"Q-\d{5}",
        r"\d{5}-\d{3}-\d{2}",
        r"[A-Z0-9]{6}",
    )  # the last: lot numbers
    for pattern in codes:
        assert any(re.fullmatch(pattern, k) for k in keep), pattern
    assert any(re.fullmatch(r"(aged \d\d|\d\d-year-old|\d\d/[FM])", k) for k in keep)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-36; no name word, town or street of any of them."""
    kinds = {t[0] for t in TEMPLATES}
    corpora = [importlib.import_module(f"tests.engine.{m}.corpus") for m in EARLIER]
    assert not kinds & {t[0] for c in corpora for t in getattr(c, "TEMPLATES", ())}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    # probes that keep names or places in tables of other shapes (probe18, 26, 27, 32): every string they hold
    held: list[str] = []
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        held += [s for a in dir(mod) if a.isupper() for s in strings_in(getattr(mod, a))]
    assert not _name_words() & name_words([s for s in held if len(s) > 1])
    assert not {p for p in _towns() | _streets() if any(p in s for s in held)}


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
        min_phi=700,
        min_keep=350,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
