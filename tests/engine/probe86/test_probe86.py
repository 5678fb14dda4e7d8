"""Regression guard for the eighty-sixth generalisation probe: sports, exercise and event medicine from the
United States, Canada, the United Kingdom, Ireland, Australia, New Zealand and South Africa, with French,
Spanish, Italian and Portuguese clubs writing in their own language, built as an outside evaluator builds a
held-out set -- other templates and other name lists (Yoruba, Ghanaian, Ivorian, Kenyan Kalenjin, Ethiopian,
Brazilian, Argentine, Serbian and Montenegrin, Tongan and Fijian, Japanese, Korean, Georgian, Norwegian and
Icelandic, Irish, Afrikaans, Breton, Galician and Basque, Sardinian, Azorean; nicknames Gbemi, Funmi, Naldo,
Strale, Gunni, Yomi). Kinds: team physician's note, physio SOAP note, SCAT-style concussion form, injury-
surveillance CSV, pre-participation physical, marathon medical-tent log (bib numbers), TUE application with
whereabouts, transfer medical (es, pt), club WhatsApp physio thread, academy safeguarding note, event
ambulance handover, GPS/wearable export (JSON), injury insurance claim, press-release draft with medical
detail, club concussion form (fr, it), veterans' club incident report (members and spectators aged 90+), tour
medical roster. Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe86.run_probe --seed N --brief`, with --json / --dump for the detail; engine at
commit c0a2004, `git status --short src` empty before and after). It exposed one labelling mistake, fixed
before the figures below: the race's own sweep-vehicle plate in the marathon tent log was labelled VEHICLE
although the policy makes an organisation's vehicle plain text (now plain; 2 PHI values fewer per seed). 34
documents in 17 kinds per seed, none crashes the engine, none refused:

    seed  leaked               whole + partial      over-masking
    1     3.77% (28/743)       4.17% (31/743)       6.04% (25/414)
    2     4.04% (30/743)       4.31% (32/743)       8.45% (35/414)
    3     2.83% (21/743)       3.23% (24/743)       6.51% (27/415)

Seed 1 by type (leaked / values): NAME 16/262, ID 10/61, AGE 2/8; none in DATE (129), PHONE (76), ADDRESS
(56), HEALTH_PLAN (30), EMAIL (28), DEVICE (22), LICENSE (22), ZIP (22), SSN (13), IP (4), MRN (4), ACCOUNT
(2), URL (2), VEHICLE (2). Seed 2: NAME 18, ID 10, AGE 2; seed 3: ID 10, NAME 9, AGE 2 -- the same three
types on every seed.
Worst kinds (seed 1): marathon tent log 10/48, WhatsApp physio thread 5/42, team physician's note 3/34,
veterans' club report 3/50; eight kinds leak nothing (SOAP note, SCAT form, pre-participation physical, TUE
form, GPS export, insurance claim, club concussion form, tour roster).
What leaks (seed 1):
- ID 10: every race bib number, bare in a pipe table or in prose ("09:58 | 33231 | [NAME] | 31 | confusion",
  "14:42 | 9147 | [NAME]", "brought 56521 in; runner declined care") -- the column header "Bib" is the only
  cue, and a 4-5 digit number is not masked without a label next to it.
- NAME 16: first names alone after a role or preposition ("S&C plan via Akintunde.", "S&C plan via
  Oladapo."), a thread's nickname and given names ("Morning all. Gunni scan at Christchurch Hospital", "Yomi
  scan at Chris Hani Baragwanath", "the one on Wikus's peg", "Ketil's peg", "needs Gunnstein's Southern
  Cross"); full names in a crew field or at the start of a sentence ("Crew: Srdjan Grbic / [NAME]", "Crew:
  Nhyira Amevor /", "Babatunwa Ogunyemi is unavailable after failing an HIA", "Siutaisa Cakaunivalu
  (parent's partner, [PHONE]) is NOT to collect", "Physio review with Davit Nikoladze on [DATE]"); a CSV
  export's login ("generated 2024 06:45 by rbacelar from [IP]", "by nmilenkovic"); the given name "Ato" of
  "Ato Annan-Forson" left in front of "[NAME]" (twice).
- AGE 2: a veteran's age in brackets after a role ("Witnesses: [NAME] (member, 94) and [NAME]"); the same
  age written after a name and a comma is masked ("[NAME], over 89, felt faint").
Partial (seed 1, 3): the host of two token URLs ("https://share.clubmedic.example.com/v/" kept), "Kloof" of
the town "Stellenbosch Kloof". Seed 3 adds "ver" of "Sverrir Kvernmo".
Over-masking (seed 1, 25 of 414): invented clubs, grounds and practices taken for names or places ("[NAME]
FC" for "Bytown Voyageurs FC", "Coast [NAME] Rugby Club", "[ADDRESS] Landernéen", "[NAME] Academy" for
"Boland Kavaliers Academy", "[NAME] Family Practice", "Vale Park Road End", "Irwell Lane", "Kavaliers
Stadion"), competitions ("National League North" -> "National [NAME] [NAME]", "All-Ireland Senior Football
Championship", "DStv Premiership"), "Achilles tendinopathy" -> "[NAME] tendinopathy" / "[ADDRESS]
tendinopathy", a time after a day-month date ("Re-assess 2 Oct 08:12" -> "[DATE]:12"), an age under 90 after
a masked name ("[NAME], 25, DOB"). Kept everywhere else: drugs and doses in five languages, lab values (CK,
lactate, Hb, Na), ICD-10 codes, hospitals, governing bodies and their rules, squad numbers, match minutes,
scores, times.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word may not occur unlabelled in any casing), that it is this topic (US SSN, NPI,
Ontario health card / BC PHN, NHS, Australian Medicare, IHI, NHI, IRD, South African ID, NIR, DNI/NIE,
codice fiscale, tessera sanitaria, NIF and IMEI numbers valid under their schemes; bib numbers, squad
numbers, minutes, ages 90+; documents in French, Spanish, Italian and Portuguese), and independence from the
earlier probes (template kinds; name words, towns and streets of their people tables with the kit's check; no
name word in any string of those tables -- run before the measurement; probe 85, written alongside, is
compared once present). 113 of the 447 name words are in the engine's Python-Faker name lists
(in_engine_lexicon; mostly Kenyan, Argentine, Nordic and Breton given names); ENGINE_WORDS_BEFORE pins the
name words that were already words of the engine's code when the probe was written (found by
`written_in_engine_code`, not chosen).
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
from tests.engine.probe86 import ids, people
from tests.engine.probe86.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe86.run_probe import crashes, run

LEAK_CEILING = 0.05  # first: 3.77% (28/743)
STRICT_CEILING = 0.06  # whole + partial: first 4.17% (31/743)
OVERMASK_CEILING = 0.08  # first: 6.04% (25/414)
CLEAN = {
    "DATE",
    "PHONE",
    "ADDRESS",
    "HEALTH_PLAN",
    "EMAIL",
    "DEVICE",
    "LICENSE",
    "ZIP",
    "SSN",
    "IP",
    "MRN",
    "ACCOUNT",
    "URL",
    "VEHICLE",
}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 86))]
# the probe written alongside this one (85) is compared once it is in the tree
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.NICK.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


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
    assert len(docs) == 34 and len({d.kind for d in docs}) == 17
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 600 and sum(len(d.keep) for d in corpus) >= 280
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}


def _labelled(docs: list, label: str, pattern: str) -> list[str]:
    """PHI values matching `pattern` written after `label` (a few characters between) in their document."""
    return [
        v
        for d in docs
        for _, v in d.phi
        if re.fullmatch(pattern, v)
        and re.search(rf"(?<!\w){re.escape(label)}(?!\w)[^\d\n]{{0,14}}{re.escape(v)}", d.content)
    ]


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes; sports documents (bibs, squad numbers, minutes, scores) in five
    languages; players of many traditions, nicknames; ages 90+ as AGE; the keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
        "NPI": (r"\d{10}", ids.npi_ok),
        "NHS No": (r"\d{3}[ -]?\d{3}[ -]?\d{4}", ids.nhs_ok),
        "Medicare": (r"[\d ]{10,12}", ids.medicare_au_ok),
        "IHI": (r"[\d ]{19}", ids.ihi_ok),
        "NHI": (r"[A-Z]{3}\d\d[A-Z]{2}", ids.nhi_ok),
        "IRD": (r"\d{3}-\d{3}-\d{3}", ids.ird_ok),
        "ID no": (r"\d{13}", ids.sa_id_ok),
        "NIR": (r"[12]( \d\d){3} \d{3} \d{3} \d\d", ids.nir_ok),
        "DNI/NIE": (r"[0-9XYZ]\d{7}[A-Z]", ids.dni_ok),
        "Codice fiscale": (r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]", ids.codice_fiscale_ok),
        "Tessera sanitaria": (r"80380\d{15}", ids.luhn_ok),
        "NIF": (r"\d{9}", ids.nif_pt_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _labelled(docs, label, pattern)
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    cards = _labelled(docs, "OHIP", r"[\d -]{12,13}[A-Z]{2}") + _labelled(docs, "PHN", r"9\d{3} \d{3} \d{3}")
    assert len(cards) >= 2 and all(ids.ohip_ok(v) or ids.bc_phn_ok(v) for v in cards)
    imeis = [v for d in docs for t, v in d.phi if t == "DEVICE" and re.fullmatch(r"\d{15}", v)]
    assert len(imeis) >= 12 and all(ids.luhn_ok(v) for v in imeis)
    bibs = [v for d in docs for t, v in d.phi if t == "ID" and re.search(rf"\| {v} \|", d.content)]
    assert len(bibs) >= 20
    assert {d.loc for d in docs} == set(people.LOCS)
    text = "\n".join(d.content for d in docs)
    for phrase in ("Fecha de nacimiento", "Data de nascimento", "Né le", "Nato il", "IMIST-AMBO", "SCAT6"):
        assert phrase in text, phrase
    names = {v for d in docs for t, v in d.phi if t == "NAME"}
    words = {w for v in names for w in v.split()}
    cultures = {c for c, (f, m, fam) in people.NAMES.items() if words & set(f + m + fam)}
    assert len(cultures) >= 15, cultures
    assert sum(v in people.NICK.values() for v in names) >= 3
    assert sum(bool(re.search(r"(?:^|\s)(Ó|Du|Le) ", v)) for v in names) >= 3
    ages = [(t, v) for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 12 and all(int(v) >= 90 for _, v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"[A-TV-Z]\d\d(\.\w+)?", k)) for k in keeps) >= 10  # ICD-10
    assert sum(bool(re.fullmatch(r"#\d{1,2}", k)) for k in keeps) >= 10  # squad numbers
    assert sum(bool(re.fullmatch(r"\d{1,2}'", k)) for k in keeps) >= 10  # match minutes
    assert sum(k.isdigit() and int(k) < 90 for k in keeps) >= 12  # ages under 90 (distinct)
    assert any(k.startswith("CK ") for k in keeps) and any("lactat" in k for k in keeps)
    local_drugs = ("kétoprofène", "dexketoprofeno", "ketoprofene", "etoricoxib", "metamizol", "paracetamolo")
    assert any(k.startswith(local_drugs) for k in keeps)


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


ENGINE_WORDS_BEFORE = {"ato", "cuan"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
