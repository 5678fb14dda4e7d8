"""Regression guard for the thirty-eighth generalisation probe: English-language health text from Africa and
the Caribbean as staff there write it (Nigeria, Ghana, Kenya, Uganda, Tanzania, Zambia, Zimbabwe, South
Africa, Botswana, Sierra Leone, Jamaica, Trinidad and Tobago, Barbados, Guyana). Kinds: GOPD clinic card,
antenatal care register page, ART register excerpt, TB treatment card, referral letter to a teaching hospital,
CHW monthly report, health-insurance / medical-aid claim form, maternity nurses' WhatsApp export (senders are
phone numbers), SMS gateway outbox export, Caribbean discharge summary, verbal-autopsy summary sheet, pharmacy
stock-out memo with waiting patients, school health screening report, mobile-money bill receipt (M-PESA / MoMo
SMS, the payer's message, the cashier's receipt), EMS radio/call log, DHIS2-style tracker event (JSON), ICT
officer's data-breach e-mail listing affected patients, child health card: rates may only get better than when
it was written.

First and only measurement, once, as soon as the corpus was complete and the independence check passed
(`python -m tests.engine.probe38.run_probe --seed N --brief`; engine at commit 0cd5bbc, `git status --short
src` empty before and after: no uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     17.61% (124/704)   18.47% (130/704)   3.95% (13/329)
    2     14.18% (100/705)   15.32% (108/705)   5.17% (17/329)
    3     15.33% (107/698)   16.33% (114/698)   4.55% (15/330)

Seed 1 by type (leaked / values): NAME 64/228, ADDRESS 27/110, DATE 14/145, MRN 13/20, ID 5/50,
HEALTH_PLAN 1/10; none in PHONE (100: national, +international, MSISDN digits, WhatsApp senders), AGE (12),
EMAIL (10), ZIP (7), ACCOUNT, VEHICLE, LICENSE, CREDENTIAL, IP, URL (2 each). Seeds 2 and 3: NAME 47 and 49,
ADDRESS 23 and 28, DATE 14 and 14, MRN 11 and 10, ID 5 and 5, HEALTH_PLAN 0 and 1.
Worst kinds (seed 1): ART register excerpt 20/64, TB treatment card 12/40, DHIS2 tracker JSON 10/34, pharmacy
stock-out memo 10/32; best: SMS outbox 2/38, Caribbean discharge summary 2/41, child health card 2/36.
What leaks:
- NAME: "Family, Given" register cells, above all with an English-word given name ("Mutsvangwa, Knowledge",
  "Mukanya, Fortunate", "Gwenzi, Obvious", "Daka, Clever", "Motsumi, Trust", "Mbewe, Thokozani"; "[NAME],
  Ewurabena", "Nwokedi, [NAME]"); names in capitals after a heading or label ("RE: REFERRAL OF NABUKENYA
  KASIRYE", "Name: TALENT KYEYUNE", "Deceased: TSHEPO MOLEFE", "Principal member: TSHEPO LEBONA", "ID says
  BULELWA NDAMASE", "who admitted IYANUOLUWA OKUNOLA?") and "FAMILY Given" ("1. KASANDA Kabwe", "GUMBO
  Rumbidzai", "YABO Mairo (Mama [NAME])"); full names opening a list item or clause ("Transfer out: Loveness
  Njobvu to", "2. Loveness Massawe, pregnant", "1. Loveness Mokgethi - Omang", "1. Shanakay Hinds, DOB",
  "bed 3 Happiness Ngoma (Mama [NAME])", "Tariro Chirenje (Hosp. No."); an English-word given name left
  beside a masked family name ("Beauty [NAME] (sister)", "(Testimony [NAME])", "Mother [NAME] Hinds",
  "OKAI [NAME]"); given names alone ("reports that Tshepo (called", "Bystander Unathi (cell", "absent
  including Deonarine", "Hello [NAME], Goitseone ([ID])"); nicknames ("a.k.a. Tinny", "the one they call
  Jide", "neighbour [NAME] (Fluffy)"); JSON "Surname" values ("Kawooya", "Kallon") and "[NAME] Kiwanuka" in
  a note. "Mama/Baba <child>" was masked everywhere on seed 1.
- ADDRESS: villages, townships and towns without a street line ("Dzelukope-Afegame" in a register cell,
  "Mutapa Section C, Gwenzura Heights", "am in Ledumadumane for a funeral", "everyone in Vukuzenzele",
  "arrive from Ntshongweni Heights", "the family plot in Zone 6", "Catchment: Ropoti Section and", a JSON
  "Village" value "Kijjabijjo"); landmarks giving directions ("behind Runhare borehole", "behind Ropoti
  Central Mosque", "near Vukuzenzele Taxi Rank", "Nearest landmark: St. Kizito Kijjabijjo Catholic Church",
  "behind Chaisa Seventh-day Church"); a Bajan street alone ("Mahogany Row").
- DATE: day/month without a year: clinic-card entry heads ("04/01   c/o fever"), drug-collection ticks
  ("05/06 ✓  04/07 ✓  09/07 missed"), "last pick-up 25/06", a birth date "BCG/OPV0 28/10".
- MRN 13/20: hospital numbers of digits or slashes after "Hosp. No.:", "IP NO. IP/91574", "Hosp no
  CBB/64395", "hospital number 227900". ID: DHIS2 trackedEntityInstance values, the M-PESA transaction code
  ("CZG7A8B8FS Confirmed."), "District TB No.: TB/2216". HEALTH_PLAN: "NHIA No.: NHIA/85038/K".
Partial (seed 1, 6): "H/No. D69/" of a Ghanaian house number, "Ojuore" of a landmark, "Sea" of "Sea Grape
Close", "Canot" and "Village" of Trinidad localities, "Kobala" of "Kobala Chief's Camp".
Over-masking (seed 1, 13 of 329): first-level divisions written alone ("Dar es Salaam Region", "Masvingo
Province", "St. George", "North-East District", "Central District") (5); "Employer: Self-employed" (2); the
cashier's receipt number "R-004512" (2; a template constant labelled keep, arguably an identifier of the
bill); the mobile-money services "M-PESA" and "MTN MoMo" (2); a time after a date ("11/05/2025 12:36"); a
school name ("Mount Zion Government Secondary"). Kept everywhere: drugs and doses, ART/TB regimens
(TDF/3TC/DTG, 2RHZE/4RH), viral loads and lab values, facility names, other regions and parishes, countries,
weekdays, months and years alone, ages under 90, amounts of money.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is African and Caribbean health text (all 14 countries, "Mama/Baba <child>" names,
English-word given names, national and international phones and MSISDNs, Plot/Erf/Stand/P.O. Box/Lot/LP
addresses and GhanaPost GPS codes, first-level divisions kept), and independence from probes 1-36 (template
kinds of all; name words, towns and streets of their people tables with the kit's check, and no name word in
any string of those tables -- run before the measurement, clashes replaced then). Names were not checked
against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the
engine's code when the probe was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe38 import people
from tests.engine.probe38.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe38.run_probe import crashes, run

LEAK_CEILING = 0.11  # now 9.52% (67/704); first: 17.61% (124/704)
STRICT_CEILING = 0.12  # whole + partial: now 10.23%; first: 18.47% (130/704)
OVERMASK_CEILING = 0.05  # now 3.95% (13/329)
CLEAN = {"PHONE", "AGE", "EMAIL", "ZIP", "ACCOUNT", "VEHICLE", "LICENSE", "CREDENTIAL", "IP", "URL"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 37))]
ADDRESS_SHAPES = ("Plot ", "Erf ", "Stand ", "P.O. Box ", "Lot ", "LP", "House No. ", "No. ")


def _name_words() -> set[str]:
    given_family = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(given_family + people.WORD_NAMES[0] + people.WORD_NAMES[1] + people.NICKS)


def _towns() -> set[str]:
    return {t for c in people.COUNTRIES.values() for t in c.towns + c.villages}


def _streets() -> set[str]:
    return {s for c in people.COUNTRIES.values() for s in c.streets + c.landmarks}


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
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN",
                     "ACCOUNT", "VEHICLE", "LICENSE", "URL", "IP", "CREDENTIAL"}  # fmt: skip


def test_corpus_is_african_and_caribbean_health_text() -> None:
    """Every country of the topic; "Mama/Baba <child>" names, English-word given names, national and
    international phones, local address shapes and first-level divisions kept as keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.COUNTRIES)
    mama = [
        d
        for d in docs
        for t, v in d.phi
        if t == "NAME" and re.search(rf"\b(?:Mama|Baba) {re.escape(v)}\b", d.content)
    ]
    assert len(mama) >= 40
    words = set(people.WORD_NAMES[0] + people.WORD_NAMES[1])
    assert (
        sum(any(w in words for w in v.title().split()) for d in docs for t, v in d.phi if t == "NAME") >= 80
    )
    phones = [v for d in docs for t, v in d.phi if t == "PHONE"]
    assert sum(v.startswith("+") for v in phones) >= 30 and sum(v.startswith("0") for v in phones) >= 100
    assert sum(v.isdigit() and len(v) >= 11 for v in phones) >= 30  # MSISDNs with the calling code
    addresses = [v for d in docs for t, v in d.phi if t == "ADDRESS"]
    assert all(any(v.startswith(s) for v in addresses) for s in ADDRESS_SHAPES)
    assert any(re.fullmatch(r"[A-Z]{2}-\d{3,4}-\d{4}", v) for v in addresses)  # GhanaPost GPS
    regions = {r for c in people.COUNTRIES.values() for r in c.regions}
    assert sum(k in regions for d in docs for k in d.keep) >= 50
    assert any(re.fullmatch(r"\d{13}", v) for d in docs for t, v in d.phi if t == "ID")  # SA identity numbers
    assert any(v.startswith("GHA-") for d in docs for t, v in d.phi if t == "ID")
    assert sum(t == "AGE" for d in docs for t, _ in d.phi) >= 30


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-36, no name word, town or street of their people tables (the kit's check),
    and no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 80
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 80


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


ENGINE_WORDS_BEFORE = {"aba", "afi", "chiki", "dumisani", "kimaro", "lerato", "mokoena", "mwakalinga", "nana",
                       "nkem", "zikomo"}  # fmt: skip


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
