"""Regression guard for the ninety-first generalisation probe: health information management (HIM) and
release-of-information text, mostly from the United States and Canada, some from the United Kingdom, Ireland
and Australia, built as an outside evaluator builds a held-out set -- other templates and, above all, other
name lists (Armenian, Georgian, Hmong, Lao, Khmer, Haitian Creole, Cape Verdean and Azorean Portuguese,
Lebanese and Syrian Christian, Ashkenazi Jewish with Yiddish given names, Appalachian given names, Cajun
French, Dutch-American). Kinds: ROI request worklist (CSV), authorization to disclose (filled-in form),
attorney's / solicitor's records request letter, subpoena duces tecum with the HIM handling note, disability
insurer's records request, accounting of disclosures, amendment request and response, physician
chart-deficiency report, CDI query, EMPI merge / unmerge worklist, medical-identity-theft case note,
destruction certificate with legal-hold exceptions, scanning / indexing QA log, portal proxy-access request,
invoice for copies, fax cover sheet with a misdirected-fax incident, HIM e-mail thread, MPI search export
(JSON). Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe91.run_probe --seed N --brief`, with --json for the detail; engine at commit
8abc87c, `git status --short src` empty before and after). No labelling flaw of the generator was found in the
seed-1 detail, so nothing was changed after measuring. 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     5.25% (43/819)      5.74% (47/819)      8.31% (30/361)
    2     4.63% (38/821)      5.12% (42/821)      10.31% (37/359)
    3     4.53% (37/817)      5.02% (41/817)      9.44% (34/360)

Seed 1 by type (leaked / values): NAME 37/272, ID 5/67, LICENSE 1/15; none in DATE (221), MRN (52), ADDRESS
(48), PHONE (42), EMAIL (28), ZIP (24), SSN (16), HEALTH_PLAN (14), ACCOUNT (11), IP (4), AGE (3), URL (2).
Seed 2: NAME 34, ID 3, LICENSE 1; seed 3: NAME 34, ID 2, LICENSE 1. Worst kinds (seed 1): ROI worklist CSV
10/69, HIM e-mail thread 8/50, scanning QA log 6/45, accounting of disclosures 4/48, amendment 3/40; none
leaked in the authorization form, attorney letter, CDI query, identity-theft note, proxy request or MPI JSON
export.
What leaks (seed 1):
- NAME 37 of 272: clerks' logins standing alone -- a CSV's last column ("Awaiting payment,fovilus", "In
  QA,pvarney"), after "by" / "analyst" ("queue export 2025 08:59 by glyfoung", "threshold 18.5 - analyst
  gcoomer", "Analyst: [NAME] (step)") -- 9; staff initials in brackets or after a role word ("Logged [ID] by
  [NAME] (UB)", "reviewer [NAME] (PM)", "next QA PV") -- 6; e-mail greetings and sign-offs, a given name alone
  at the start of a line ("Ketia - the SSA disability determination request", "- Venel" above "-----Original
  Message-----"), each also counted for the full name -- 8; "FAMILY, GIVEN" in a log line or a list item with
  no label before it ("Pathology Report of TCHA, PANGJUA (", "filed to [ID] of DYKHUIS, MAIYER;", "  -
  KORNBLUM, SHEINDEL E, MRN [MRN]") -- 6; a name whose family word was taken for a place and masked as
  [ADDRESS] while the given name stayed ("Det. Querubina [ADDRESS], Lafayette Police Department", "emergency
  contact is Lubbert [ADDRESS].", CSV cell "Nazaré [ADDRESS], Diamond & Diamond Lawyers") -- 4; whole names
  beside an organisation or a credential ("Det. Manelito Fidalgo, Toronto Police Service", "Reviewed by:
  [NAME], MD; Arshaluys Vosgerchian, CDI Specialist, CCDS", CSV cell "Akl Atallah, Broussard Law Group LLC")
  -- 4.
- ID 5 of 67 and LICENSE 1 of 15: report, reference and incident numbers after their own words
  ("law enforcement, report 17-277663", "your ref PI-36616", "PRIVACY INCIDENT INC-79910"), an Irish High
  Court record number ("Case No. 4691/6576P" -- "Case" itself became [NAME]), a Law Society number ("Law
  Society No. S32073").
Partial (seed 1, 4): invented towns of two or three words keep their first word ("Chinaberry Pike, Caney
[ADDRESS] KY", "Pigeon [ADDRESS] MI"); a portal verification link keeps host and path, only the MRN and token
inside are masked ("https://portal.us-health.example.org/proxy/verify?mrn=[MRN]&token=[ID]").
Over-masking (seed 1, 30 of 361): the HIM department's extensions (10: "ext 7343" -> "ext [PHONE]", "Ext.
9211"); storage-box and destruction-certificate numbers (8: "Boxes: BX-81328, BX-33955", "certificate
COD-314941" -> [ID]); organisations after a field label or a person's name (6: "Employer: Target Corporation",
"Client: Adventist Health Glendale", "Bill to: [NAME], Morgan & Morgan", "Holmes O'Malley Sexton" -> [NAME]);
headings and a court caption (3: "MEDICAL IDENTITY THEFT - PRIVACY CASE NOTE" -> "PRIVACY [NAME] NOTE",
"DISTRICT COURT, PARISH OF LAFAYETTE" -> "[ADDRESS]"); a role after a name ("HIM Director" -> [ADDRESS]), a
service ("attending, Hospitalist"), a law ("UK GDPR Art. 15"). Not scored but seen: "Case No." and "Date
destroyed" lose their first word to [NAME]; a claim number becomes [PHONE] and a disability policy number
[HEALTH_PLAN] (masked, by the wrong type). Kept everywhere else: document types, ICD-10-CM and DRG codes, lab
values and drugs, statuses, fees and totals, page counts, batches, hospitals, insurers, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic (SSN,
SIN, Ontario health card, BC PHN, NHS, NI, PPSN, Australian Medicare, Medicare MBI, NPI and DEA valid under
their schemes; "FAMILY, GIVEN [M]", "Given M. Family", initials and logins; ages 90+ labelled, younger ones
kept; the keep values), and independence from the earlier probes 1-90 (template kinds; name words, towns and
streets of their people tables with the kit's check; no name word in any string of those tables -- run before
the measurement). None of the 373 name words is in the engine's Python-Faker name lists (in_engine_lexicon:
0); ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`: none). Every Hmong clan name was already used by an earlier probe,
so Hmong patients carry the two rarer family names left (and borrow others from their town's communities).
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe91 import ids, people
from tests.engine.probe91.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe91.run_probe import crashes, run

LEAK_CEILING = 0.07  # first: 5.25% (43/819)
STRICT_CEILING = 0.07  # whole + partial: first 5.74% (47/819)
OVERMASK_CEILING = 0.10  # first: 8.31% (30/361)
CLEAN = {
    "DATE",
    "MRN",
    "ADDRESS",
    "ZIP",
    "PHONE",
    "EMAIL",
    "HEALTH_PLAN",
    "SSN",
    "ACCOUNT",
    "AGE",
    "IP",
    "URL",
}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 91))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    """The street names of the address patterns, without numbers and Apt / Unit / Flat."""
    return {
        " ".join(w for w in re.split(r"[\s,/]+", s) if w.isalpha() and w not in ("Flat", "Apt", "Unit"))
        for loc in people.LOCS.values()
        for s in loc.streets
    }


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in _PRESENT:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict | set | frozenset):
                out |= name_words(strings_in(list(value) if isinstance(value, set | frozenset) else value))
    return out


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 600 and sum(len(d.keep) for d in corpus) >= 280
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "URL", "IP"}
    assert {d.loc for s in (1, 2, 3) for d in make_corpus(s)} == set(people.LOCS)


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes, written after the label records staff use; names in the
    registration shapes ("FAMILY, GIVEN", "FAMILY, GIVEN M", "Family, Given M."), with a middle initial, as
    initials and logins; ages 90+ labelled, younger ages kept; the keep values of HIM work (laws, document
    types, codes, statuses, fees, boxes and batches)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
        "SIN": (r"\d{3}[ -]?\d{3}[ -]?\d{3}", ids.sin_ok),
        "OHIP": (r"\d{4}[ -]\d{3}[ -]\d{3}[ -][A-Z]{2}", ids.ohip_ok),
        "PHN": (r"9\d{3} ?\d{3} ?\d{3}", ids.bc_phn_ok),
        "NHS No": (r"\d{3} ?\d{3} ?\d{4}", ids.nhs_ok),
        "NI No": (r"[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]", ids.nino_ok),
        "PPSN": (r"\d{7}[A-W]{1,2}", ids.ppsn_ok),
        "Medicare": (r"\d{4} ?\d{5} ?\d", ids.medicare_au_ok),
        "MBI": (r"[1-9][A-Z0-9-]{10,12}", ids.mbi_ok),
        "NPI": (r"[12]\d{9}", ids.npi_ok),
        "DEA": (r"[A-Z]{2}\d{7}", ids.dea_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v)
            and re.search(rf"\b{re.escape(label)}\b[^\d\n]{{0,20}}{re.escape(v)}", d.content)
        ]
        least = 1 if label in ("OHIP", "PHN", "NHS No", "NI No", "PPSN", "Medicare") else 3
        assert len(found) >= least and all(ok(v) for v in found), (label, found)
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    caps = re.compile(
        r"[^\W\d_a-z][^\Wa-z\d_]+(?:[ '-][^\W\d_a-z]+)*, [^\W\d_a-z]+(?: [A-Z])?"
    )  # "FAMILY, GIVEN M"
    assert sum(bool(caps.fullmatch(v)) for v in names) >= 150
    assert sum(bool(re.fullmatch(r"\S+, \S+ [A-Z]", v)) for v in names) >= 25  # with the middle initial
    assert sum(bool(re.fullmatch(r"\S+ [A-Z]\. \S+", v)) for v in names) >= 25  # "Given M. Family"
    assert sum(bool(re.fullmatch(r"[A-Z]{2}", v)) for v in names) >= 30  # a clerk's or patient's initials
    assert sum(bool(re.fullmatch(r"[a-z]{4,12}", v)) for v in names) >= 35  # a login
    ages = [v for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 8 and all(int(v) >= 90 for v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert {"45 CFR 164.528", "45 CFR 164.526", "HIPAA, 45 CFR 164.508"} <= keeps
    assert sum(k.startswith(("DRG ", "ICD-10-CM ")) for k in keeps) >= 8
    assert sum(bool(re.fullmatch(r"BX-\d{5}|B\d{5}|COD-\d{6}", k)) for k in keeps) >= 30  # boxes, batches
    assert sum(bool(re.fullmatch(r"\$[\d,]+\.\d\d", k)) for k in keeps) >= 25  # fees and totals
    assert sum(bool(re.fullmatch(r"\d\d?", k)) for k in keeps) >= 20  # ages under 90, days outstanding
    assert {"H&P", "Discharge Summary"} <= keeps


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
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
        min_phi=600,
        min_keep=280,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
