"""Regression guard for the fifty-eighth generalisation probe: pharmacy and pharmacy-benefit text from the
United States (mostly), Canada (Ontario, Québec) and the United Kingdom (NHS EPS) with synthetic PHI planted
in it. Kinds: prescription label with its will-call bag tag (a pickup plate), NCPDP SCRIPT NewRx (XML, a
C-II), NCPDP SCRIPT RxRenewalRequest / Response (XML), NCPDP D.0 B1 claim with reject and paid response
(field-coded segments, CCYYMMDD dates, names in capitals), PDMP patient report (a "Family, Given" table),
refill-request fax (US; Québec bilingual), pharmacist intervention note (US; UK with an NHS number and an
EPS prescription ID), Medicare Part D MTM comprehensive medication review (a beneficiary aged 90+, MBI),
compounding worksheet (US, Québec; a child patient), C-II perpetual inventory log (DEA numbers, Form 222),
specialty-pharmacy intake (copay card, CGM serial, portal IP, tracking URL), PBM prior-authorisation denial
letter, prescriber's PA appeal letter, pharmacy vaccine administration record (US, Québec; 90+), pharmacy
app chat and PBM IVR call transcripts, NHS EPS dispensing token, Canadian pharmacy record (Ontario
MedsCheck, Québec pharmacist's prescription) and a pharmacy-management-system JSON export: rates may only
get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe58.run_probe --seed N --brief`; engine at commit ceeeeaf, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     2.82% (22/780)     3.08% (24/780)    11.60% (37/319)
    2     2.69% (21/780)     2.95% (23/780)    11.91% (38/319)
    3     3.32% (26/782)     3.58% (28/782)    11.91% (38/319)

Seed 1 by type (leaked / values): LICENSE 9/38, NAME 8/232, ADDRESS 2/77, AGE 2/4, DATE 1/167; none in ID
(86), PHONE (84), ZIP (34), HEALTH_PLAN (26), EMAIL (10), MRN (8), VEHICLE (3), ACCOUNT (3), URL (3), IP (3),
DEVICE (2). Seed 2: LICENSE 8, NAME 7, ADDRESS 3, AGE 2, ID 1; seed 3: LICENSE 10, NAME 8, ADDRESS 5, AGE 2,
ID 1.
Worst kinds (seed 1): PDMP patient report 6/50, then 2 each in NewRx, refill fax, intervention note, MTM
review, compounding worksheet, EPS token and Canadian record; none leaked in the label / bag tag, RxRenewal,
D.0 claim, specialty intake, PA letter, appeal letter, chat / IVR and JSON export.
What leaks (seed 1):
- LICENSE 9 of 38: licence numbers after labels the engine does not know -- Canadian "permis 16-819",
  "permis OPQ 69-9212", "CPSO 89-632", "Licence CMQ: 57570", "(permis 304670)", and US pharmacist licences
  with a board prefix ("lic. RPH.0123591", "lic. PST.090341"); NPI and DEA numbers were all masked.
- NAME 8: the given name of a "Family, Given" pair in the PDMP table's prescriber column (6: "Dunlap,
  Adrienne" -> "[NAME], Adrienne"; seeds 2 and 3 the same, 5 and 6 times) and a prescriber's surname in a
  practice name inside XML ("<BusinessName>Beltran Family Medicine</BusinessName>", 2; every seed).
- ADDRESS 2: a town as part of a GP surgery's name ("Abermorlais Surgery", both EPS tokens; seeds 2 and 3
  also "Cottisham Surgery", "Kirkmorrow Surgery"). Seeds 2 and 3 add the town after a masked street line
  ("mailed to [ADDRESS], Pettibone Gap on ...") and a town line of a letter's address block ("Sassafras Knob,
  NC 279" under a masked street).
- AGE 2: a 90+ age without "years" or "age" next to it ("Fall risk: at 96 on Insulin glargine ..."); the
  "Age: 96" field was masked. DATE 1: a month/day fill date in parentheses ("last fill 12/9").
- (Seeds 2 and 3 only) ID 1: an incident-style reference after "Documentation ref:" ("INC91526799").
Partial (seed 1, 2): the weekday of "Wednesday, January 15" / "Monday, February 17" stays ("Wednesday,
[DATE]"), as in every seed.
Over-masking (seed 1, 37 of 319): NCPDP routing and product codes read as identifiers -- group numbers
("GRP19314", "RXCRX71", "63490ZR", "49893DE" -> [HEALTH_PLAN] or [ID]; 5), 11-digit NDCs and dashed NDCs
inside XML / claim fields ("PRODUCT ID: 69097012805", "<Code>00228202910</Code>" -> [ID] or even [PHONE]; 7),
a numeric PCN ("03200000"), Canadian DINs (7: "DIN 02172070" -> "DIN [ID]"), lot numbers ("UT8421KA");
two-word chain names read as a person ("London Drugs" 4, "Jean Coutu" -> "[NAME] [NAME]"), reject text
("Refill Too Soon" 2 -> "[NAME] [NAME]"), plan names ("Kaiser Permanente Added Choice" -> "[NAME]", "Cigna
Healthcare Open Access Plus"), product strengths and seasons with digits and hyphens ("Biktarvy 50-200-25
mg" -> "Biktarvy [ID] mg", "Co-codamol 30mg/500mg" -> "Co-codamol [ID]", "Comirnaty 2024-2025" and "Fluzone
High-Dose 2024-2025" -> "... [ID]"). Seeds 2 and 3 add "Blue Cross Blue Shield PPO", "SilverScript Choice
(PDP)", "Quartz Health Plan", "Rexall", "LloydsPharmacy", "Prior Authorization Required" and a drug line
under an address ("Omeprazole DR 40 mg capsule"). Kept everywhere else: BIN and alphabetic PCNs, PBM names,
most chain names, drug names with strengths, SIG text, dashed NDCs in plain text, ICD-10 and CPT codes,
money amounts, ages under 90, years, states and provinces. Dates were generalised to their year and ZIPs to
three digits in places ("Date: 2025", "<PostalCode>851</PostalCode>"): masked, not leaks.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is pharmacy text (US, Canada and UK; NPI, DEA, MBI, NHS number, EPS prescription
ID and Ontario health numbers valid under their check rules; NDCs, DINs, BIN and PCN keep; Rx numbers PHI;
ages 90+; NCPDP CCYYMMDD dates), and independence from probes 1-56 (template kinds; name words, towns and
streets of their people tables with the kit's check; no name word in any string of those tables -- run
before the measurement). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the
name words that were already words of the engine's code when the probe was written (found by
`written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import json
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
from tests.engine.probe58 import ids, people
from tests.engine.probe58.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe58.run_probe import crashes, run

LEAK_CEILING = 0.03  # now 1.03% (8/780); first: 2.82% (22/780)
STRICT_CEILING = 0.03  # whole + partial: now 1.28%; first 3.08% (24/780)
OVERMASK_CEILING = 0.08  # now 6.27% (20/319); first: 11.60% (37/319)
# CLEAN: the types with no leak on seed 1
CLEAN = {"ID", "PHONE", "ZIP", "HEALTH_PLAN", "EMAIL", "MRN", "VEHICLE", "ACCOUNT", "URL", "IP", "DEVICE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 57))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for cs, ts, _ in loc.regions.values() for t in cs + ts}


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
    assert types >= {"ACCOUNT", "LICENSE", "URL", "IP", "DEVICE", "VEHICLE"}


def _labelled(docs: list, types: tuple[str, ...], label: str, value_re: str) -> list[str]:
    """The labelled values of `types` written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for t, v in d.phi:
            after = re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content)
            if t in types and re.fullmatch(value_re, v) and after:
                out.append(v)
    return out


def test_corpus_is_pharmacy_text() -> None:
    """US, Canadian and UK pharmacy text; NPI, DEA, MBI, NHS number, EPS prescription ID and Ontario health
    numbers valid under their check rules; BIN / PCN / NDC / DIN keep; Rx numbers and member IDs PHI; ages
    90+; NCPDP CCYYMMDD dates."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    checks = {
        "NPI": (("LICENSE",), r"\d{10}", ids.npi_ok),
        "DEA": (("LICENSE",), r"[A-Z]{2}\d{7}", ids.dea_ok),
        "MBI": (("HEALTH_PLAN",), r"[0-9A-Z-]{11,13}", ids.mbi_ok),
        "NHS (number|no)": (("ID",), r"[\d ]{10,12}", ids.nhs_ok),
        "Prescription ID": (("ID",), r"[0-9A-F-]{20}", ids.eps_ok),
        "Health number": (("HEALTH_PLAN",), r"[\d -]+[A-Z]{2}", ids.ohip_ok),
    }
    for label, (types, pattern, ok) in checks.items():
        found = _labelled(docs, types, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    keeps = {k for d in docs for k in d.keep}
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    assert sum(t == "DATE" and bool(re.fullmatch(r"(19|20)\d{6}", v)) for t, v in values) >= 20
    assert sum(t == "ID" and bool(re.fullmatch(r"(RX)?\d{7,8}|\d{7}-\d{5}", v)) for t, v in values) >= 100
    assert {"003858", "004336", "610097", "ADV", "A4"} & keeps
    assert sum(bool(re.fullmatch(r"\d{5}-\d{4}-\d{2}", k)) for k in keeps) >= 10  # NDCs
    assert sum(bool(re.fullmatch(r"0\d{7}", k)) for k in keeps) >= 5  # DINs
    text = "\n".join(d.content for d in docs)
    marks = ("<NewRx>", "<RxRenewalRequest>", "511-FB REJECT CODE", "Prescription Drug Monitoring Program",
             "MEDSCHECK", "NHS Electronic Prescription Service", "C-II PERPETUAL INVENTORY",
             "Coverage Determination", "RAMQ")  # fmt: skip
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


ENGINE_WORDS_BEFORE = {"amol", "françois"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
