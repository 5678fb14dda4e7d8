"""Regression guard for the ninety-sixth generalisation probe: EHR access-audit and privacy-monitoring text of
US health systems -- what a privacy office reads -- built as an outside evaluator builds a held-out set: other
templates and, above all, other name lists (Cajun and Creole Louisiana, Appalachian, Greek-American,
Polish-American, Filipino-American, Vietnamese-American, Somali-American, Navajo and Lakota -- compound
surnames of English words --, Hawaiian with the okina, Samoan-American, Cape Verdean). Kinds: EHR access-audit
export (CSV), break-the-glass justification log, privacy-monitoring alert queue (same last name, same address,
VIP, co-worker), privacy investigation report, employee interview summary, sanction letter, patient
breach-notification letter, four-factor breach risk assessment, OCR breach-report worksheet, accounting of
access for a patient, SIEM EHR login events (NDJSON), fixed-width Epic/Cerner-style audit trail, portal proxy
/ delegate access audit, print and download log, privacy officer / manager e-mail thread, Teams chat, training
attestation list, HR termination checklist with EHR deprovisioning. Rates may only get better than when it was
written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe96.run_probe --seed N --brief`, with --json for the detail; engine at commit
92af16d, `git status --short src` empty before and after). No labelling flaw of the generator was found in the
leaks or losses, nothing was changed after measuring. 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     9.16% (70/764)      9.29% (71/764)      1.89% (7/370)
    2     9.29% (71/764)      9.42% (72/764)      5.15% (19/369)
    3     9.97% (76/762)      10.10% (77/762)     4.04% (15/371)

Seed 1 by type (leaked / values): NAME 61/286, AGE 6/20, ID 2/70, ADDRESS 1/34; none in DATE (220), MRN (44),
IP (24), EMAIL (24), PHONE (14), ZIP (14), ACCOUNT (6), HEALTH_PLAN (4), LICENSE (2), SSN (2). Seed 2: NAME
56, AGE 9, ADDRESS 5, ZIP 1; seed 3: NAME 68, AGE 5, ADDRESS 3. Worst kinds (seed 1): print and download log
10/39, OCR worksheet 9/40, SIEM events 8/38, interview summary 7/37, HR termination checklist 7/46,
fixed-width audit trail 6/37, Teams chat 6/34; none leaked in the alert queue, the sanction letter or the
proxy audit. What leaks (seed 1):
- NAME, logins standing alone (25 of 61): after "by" / "BY:" in a report header ("report run [DATE] by
  bshorty", "PRINTED: ... BY: wchasingh9"), in a log's user column ("[DATE]     rhalili    PRN-HIM-COLOR2"),
  as the SIEM "user.name" value ("awachowia8", "htakesenem", truncated logins ending in a digit), in prose
  ("showed cbarkhadl7 opening Problem List", "revised user access for muon (", "reassigned to SHOOTSTWIC",
  "Final audit of rouperesa activity", "seeing andjassi in the same chart", "([NAME]) (NUGAALG) opened"). A
  login is the given name's initial(s) glued to the family name, or the family name and an initial in caps.
- NAME, caps "FAMILY,GIVEN" without a space (12): in a fixed-width audit trail's USER column ("07:43:36
  ÔN,HOẠT          [ID]", "WHIRLWIND HORSE,HOTAH", "DJASSI,ILDO"), after a document title in a print log
  ("Face Sheet - GHOST BEAR,HINTO - MRN", "EXPORT CHASING HAWK,HOTAH encounter", "Visit Summary - KILLS
  CROW,EHAWEE (99y)"), in an appendix list split by "|" ("BEAR ROBE,WAMBLEESHA [ID] 100y | KILLS
  ENEMY,MAGASKAWEE", "HÀ,LỄ"). The same shape in the patient header ("PATIENT: X,Y") and CSV cells is masked.
- NAME, full and given names in prose and lists (24): participant lists with a role in brackets ("Wachiwi
  Bettelyoun (Privacy Officer, note-taker)", "Mơ Ôn (HR)"), "Reviewed: Nascha Yabeny / [NAME]", "looking up
  Hotah Kills Enemy (a co-worker", "M. Ôn to draft sanction", a table row ("Lành Ôn   Medical Assistant"), "a)
  Claw, Bidziil | [MRN]"; given names alone ("covering for Nascha today", "is that Anildo from", "Vỹ works on
  your unit", "assignment to Âu that shift", "Mơ is the pt's neighbor", "in Nụ Tạ's chart"); the last English
  word of a Lakota compound surname ("[NAME] [NAME] Robe", "... Hawk", "... Twice") and a given name before
  one in a letter's address block ("Wahchinksapa [NAME] [NAME]"); "VIÊN, [NAME]" (caps family, then ", Given":
  the family stays). Short Vietnamese names (Ôn, Âu, Mơ, Vỹ, Tạ) leak most.
- AGE 6 of 20: every age written "96y" ("(96y, M)", "DOB 1930 (94y)", "[ID] 100y |"); "93 y/o" is masked.
- ID 2 of 70: the employee id as a bare six-digit SIEM "id" value ("id": "330774").
- ADDRESS 1: a town repeated after its masked street ("mailed to [ADDRESS], Cedar Pass Coulee -- due").
  Partial (seed 1, 1): the unit number after "Ave S" ("7656 Cedar Skyway Ave S 6170": "S 6170" kept; the
  Minnesota pattern "#%##" was meant as "#617" but the generator fills "#" with a digit -- a shape flaw, the
  label is right, left as written). Over-masking (seed 1, 7 of 370): the department "4 North Med-Surg" (3,
  read as a street address), the role "Phlebotomist" after a name (3), a workstation "WS-4N-134" (1); seeds 2
  and 3 add more workstations "WS-4N-..." and "4 North Med-Surg", EHR activities ("Media Manager", "In
  Basket", "Flowsheets"), a course name and ages under 90 ("58y"). Not scored but seen: a 10-11 digit CSN
  masked as [PHONE], "USB:KINGSTON-DT" as [NAME], part of "MÃ,TRÚC" as [HEALTH_PLAN]. Kept everywhere else:
  action codes, alert rules, scores, policy numbers, HIPAA citations, health-system names, hotlines, years,
  ticket numbers.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic (SSN,
NPI and Medicare MBI valid under their schemes, every IP a valid address; "FAMILY,GIVEN", "Family, Given" and
logins; same-last-name and same-address documents; ages 90+ labelled, younger ones kept; the keep values), and
independence from probes 1-93 (template kinds; name words, towns and streets of their people tables with the
kit's check; no name word in any string of those tables -- run before the measurement). 8 of the 548 name
words are in the engine's Python-Faker name lists (in_engine_lexicon: Ancil, Chalmer, Flem, Gilmer, Lige,
Lular, Vessie, Zelpha); ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code
when the probe was written (found by `written_in_engine_code`: none). Probes 94 and 95, if written at the same
time by other helpers, were not seen and are not covered by the independence test.
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
    in_engine_lexicon,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe96 import ids, people
from tests.engine.probe96.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe96.run_probe import crashes, run

LEAK_CEILING = 0.11  # first: 9.16% (70/764)
STRICT_CEILING = 0.11  # whole + partial: first 9.29% (71/764)
OVERMASK_CEILING = 0.03  # first: 1.89% (7/370)
CLEAN = {"DATE", "MRN", "IP", "EMAIL", "PHONE", "ZIP", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "SSN"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 94))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for st in people.STATES.values() for t in st.towns}


def _streets() -> set[str]:
    """The street names of the address patterns, without numbers, directions and Apt / HC / Box."""
    out = {
        " ".join(
            w
            for w in re.split(r"[\s,/#%-]+", s)
            if w.isalpha() and w not in ("Apt", "HC", "Box", "N", "W", "S")
        )
        for streets in people.STREETS.values()
        for s in streets
    }
    return out - {""}  # "HC 12 Box 345": a rural route, no street name


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "IP"}
    assert {d.loc for s in (1, 2, 3) for d in make_corpus(s)} == set(people.STATES)


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes, written after the label an audit report uses; names in the
    shapes audit systems print ("FAMILY,GIVEN", "Family, Given", logins made of names); same-last-name and
    same-address alerts; ages 90+ labelled, younger kept; the keep values of privacy-office text (action
    codes, EHR activities, alert rules, policy numbers, HIPAA citations)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
        "NPI": (r"\d{10}", ids.npi_ok),
        "member number": (r"[1-9][A-Z][A-Z\d]\d[A-Z][A-Z\d]\d[A-Z]{2}\d\d", ids.mbi_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v) and re.search(rf"{label}\W{{0,3}}{re.escape(v)}", d.content)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    ips = [v for d in docs for t, v in d.phi if t == "IP"]
    assert len(ips) >= 60 and all(ids.ip_ok(v) for v in ips)
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert (
        sum(
            bool(re.fullmatch(r"[^\W\d_a-z][^\Wa-z\d_]*(?:[ '’ʻ][^\Wa-z\d_]+)*,[^\Wa-z\d_]\S*", v))
            for v in names
        )
        >= 100
    )
    assert (
        sum(bool(re.fullmatch(r"[^\W\d_][^\W\d_]+.*, [^\W\d_].*", v)) for v in names) >= 60
    )  # "Family, Given"
    logins = [v for v in names if re.fullmatch(r"[a-z]+\d?|[A-Z]{4,10}", v)]
    assert len(logins) >= 100
    same_name = [
        d
        for d in docs
        if d.kind.endswith(("alert_queue", "investigation_report", "interview_summary", "teams_chat"))
        and any(
            len({v for t, v in d.phi if t == "NAME" and w in v.casefold() and " " in v.strip(",")}) >= 2
            for w in {v.split(", ")[0].casefold() for t, v in d.phi if t == "NAME" and ", " in v}
        )
    ]
    assert len(same_name) >= 12
    for d in docs:
        if d.kind == "p96_privacy_monitoring_alert_queue":
            # the employee's street line and town are the patient's: each written twice, both labelled
            assert sum(d.content.count(v) >= 2 for t, v in d.phi if t == "ADDRESS") >= 2
    ages = [v for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 40 and all(int(re.sub(r"\D", "", v)) >= 90 for v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"\d\d?(?: y/o|y)", k)) for k in keeps) >= 20
    assert {
        "ACCESS",
        "PRINT",
        "EXPORT",
        "Chart Review",
        "In Basket",
        "Same Last Name",
        "Same Address",
    } <= keeps
    assert (
        sum(k.startswith("45 CFR 164.") for k in keeps) >= 6
        and sum(k.startswith("Policy ") for k in keeps) >= 6
    )
    assert any(re.fullmatch(r"(?:RITM|INC)\d{7}", k) for k in keeps)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_few_name_words_in_the_engine_lexicon() -> None:
    assert len(in_engine_lexicon(_name_words())) <= LEXICON_WORDS


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
LEXICON_WORDS = 8  # of 548 name words: Ancil, Chalmer, Flem, Gilmer, Lige, Lular, Vessie, Zelpha


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
