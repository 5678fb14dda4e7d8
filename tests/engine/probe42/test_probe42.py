"""Regression guard for the forty-second generalisation probe: the revenue cycle -- US health-care billing,
insurance and collections text with synthetic PHI planted in it. Kinds: Explanation of Benefits as text,
patient statement with payment stub, claim denial letter, first-level appeal letter by a parent,
prior-authorisation approval fax, payer call-centre log (identity verified by DOB, address, last four of the
SSN), collections dunning letter, payment-plan agreement with a bank draft, charity-care application
(household table), coordination-of-benefits questionnaire, workers'-compensation billing note, hospital lien
notice, X12 835 remittance excerpt, X12 837P claim excerpt, Medicaid 271 eligibility response, refund-request
e-mail (a card number typed by mistake), A/R aging CSV export, billing-chatbot JSON log: rates may only get
better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe42.run_probe --seed N --brief`; engine at commit aa865a8, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     5.64% (45/798)     6.27% (50/798)     10.49% (43/410)
    2     6.65% (53/797)     7.28% (58/797)     10.73% (44/410)
    3     5.14% (41/798)     5.76% (46/798)     10.73% (44/410)

Seed 1 by type (leaked / values): NAME 23/229, ACCOUNT 11/50, ADDRESS 6/87, SSN 2/10, AGE 2/4, ID 1/48;
none in DATE (208, X12 CCYYMMDD ones too), ZIP (30), HEALTH_PLAN (54, group numbers and MBIs too), PHONE
(46), EMAIL (18), MRN (6), URL (6), IP (2). Seed 2: NAME 32, ACCOUNT 8, ADDRESS 6, ID 2, SSN 2, AGE 2, DATE
1; seed 3: NAME 23, ACCOUNT 9, ADDRESS 4, AGE 3, SSN 2.
Worst kinds (seed 1): charity-care application 9/48, workers'-comp billing note 8/50, A/R aging CSV 6/66,
EOB 4/50; best (none leaked): denial letter 0/34, prior-auth fax 0/40, COB questionnaire 0/47, 835 0/43,
271 0/44.
What leaks (seed 1):
- NAME 23: employers (10) -- in the charity application's household table ("Self  52  Sunfish Bait &
  Tackle  $1,415.53", "Spouse  45  Quillwork Casino"), after "Employer at time of injury:" ("Okra Creek
  Poultry", "Nightjar Patrol"), "through your employer on file, Fiddlehead Organics", "(work, Proofbox
  Bakery)", and in capitals after a group number ("Group: [HEALTH_PLAN] (SIDEWALL TIRE & LUBE)", twice); a
  given name alone (8): the CSV's collector column (",[PHONE],Meixiu", "Dyani", "Kalani"), dependants listed
  on an EOB ("Zlata ([ID])", "Ogima ([ID]*04)"), the author of a billing-note entry ("2024 09:12
  Mieczyslaw: Called adjuster Elan"), an adjuster's given name ("Called adjuster Noriko"); whole names after
  a role label ("Adjuster: Elan Oxendine, [PHONE]"; the chatbot JSON's "assigned_to": "Mieczyslaw Krejci");
  a given name surviving where its family name was masked in the household table ("Wematin [NAME]",
  "Fadi [NAME]") and "Noriko" of "Noriko Guan".
- ACCOUNT 11: account numbers written 1234-5678-90 (9: a CSV's first column, "CLM*8288-3932-58*1230.76",
  "Hospital account: 3907-8146-47", "(account 2759-2125-52, balance ...)", "overpayment on account
  8282-6226-29", "Account: 6498-9443-07", a payment plan's second account) and a card's last four after
  "Visa ending in" (2; the Visa itself became [NAME]). The full card numbers typed by mistake were masked.
- ADDRESS 6: the town of an upper-case address block of a statement stub or a dunning letter's window
  ("OCMULGAHEE SPRINGS GA 310", "SIBLEY BEND MN 566", "TORCHWOOD BAY MI 481", "SWEETGUM CORNERS GA 303"; the
  street line above was masked), a county after "County:" ("Llano Estacado"), a crash site written as an
  intersection ("at Tegwether Drive and Saltlick Road").
- AGE 2: the grandmother's age in the household table ("Grandmother  94  retired"). SSN 2: "SSN (last 4):
  6260" on the payment plan (the call log's "Last 4 SSN", written and read aloud, was masked).
  ID 1: a call-centre agent's ID "(ID 524041)" (labelled ID as a staff member's identifier; the policy list
  below names it since the measurement -- the label itself is unchanged).
Partial (seed 1, 5): USPS certified-mail numbers with their last groups left ("9407 ... 6909 89", 2), "Haw"
of "Haw Fields", "207" of an upper-case "APT 207", and "and" of the intersection (a labelling artefact: the
intersection is one ADDRESS value, so a kept "and" scores as a fragment; left as labelled).
Seed 2 and 3 notes: seed 2's DATE leak is the kit's 7+-digit rule matching by chance across CSV cells (an
amount "1906.30" before the year kept of a masked date); one of seed 3's AGE leaks is "Age: 90 or older"
for a member aged exactly 90 (the kit scores the bare "90" as surviving).
Over-masking (seed 1, 43 of 410): NPIs, every one of 20 (individual and organisation, text and X12 "XX*"
elements); payers' and agencies' toll-free numbers, every one of 14; ABA routing numbers (2 of 2) and the
bank's name "Ridgeline Savings Bank" (2); the provider taxonomy code "207Q00000X" (2); an ICD-10 code
without its dot in an 837 "HI*" segment ("S83241A"); the chatbot's own name "Penny" (2). Kept everywhere:
amounts, CPT / HCPCS / revenue codes, dotted ICD-10 codes, CARC and RARC codes and their descriptions, X12
keep pieces (HC:99214, CAS*CO*45*42.10), payer, plan, Medicaid programme, managed-care, hospital, clinic,
agency and carrier names, payer IDs, states, years, page numbers, percentages, household ages under 90,
departments.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is revenue-cycle text (every state, X12 segments, a CSV, a JSON log, valid check
digits on cards, routing numbers and NPIs, group numbers HEALTH_PLAN, employers NAME, SSN last-fours, ages
90+), and independence from probes 1-40 (template kinds; name words, towns and streets of their people
tables with the kit's check; no name word in any string of those tables; no naming word of a town, county,
street or employer in those tables -- run before the measurement, clashes such as "Okapilco", "Quarrystone",
"Tinplate", "Sycamore", "Kestrel" and "Prairie Rose" replaced then). Names were not checked against the
engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when
the probe was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe42 import ids, people
from tests.engine.probe42.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe42.run_probe import crashes, run

LEAK_CEILING = 0.05  # now 3.51% (28/798); first: 5.64% (45/798)
STRICT_CEILING = 0.06  # whole + partial: now 4.01%; first 6.27% (50/798)
OVERMASK_CEILING = 0.12  # first: 10.49% (43/410)
CLEAN = {"DATE", "ZIP", "HEALTH_PLAN", "PHONE", "EMAIL", "MRN", "URL", "IP"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 41))]
# words of a place or an employer that say what it is, not which one (left out of the stricter place check)
PLACE_WORDS = set(
    """
    street lane road drive court way circle avenue trail loop terrace springs falls flats crossing
    hollow gap bluff bay landing point harbor heights ridge junction butte bend creek river mill fields
    forks narrows wells wash tank draw prairie fork corners mountain turtle shoals post floor guard
    cattle park industrial depot spur rail yard elevator commerce sierra rio blanca verde the and farm
    store supply lines freight bakery dairy trucking roofing welding asphalt casino daycare homes
    cooperative organics pottery staffing drywall cannery poultry aggregates landscaping patrol metal
    sheet feed marine shrimp wind egg tire lube bait tackle nut growers red log
    """.split()  # noqa: SIM905
)


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for s in people.STATES.values() for t in s.towns + s.counties}


def _streets() -> set[str]:
    return set(people.STREETS)


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
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN"}
    assert types >= {"ACCOUNT", "ID", "URL", "IP"}


def test_corpus_is_revenue_cycle_text() -> None:
    """Every state; X12 segments, a CSV and a JSON log; check digits valid (cards Luhn, routing numbers ABA,
    NPIs Luhn over 80840); group numbers HEALTH_PLAN; routing numbers, NPIs, CARC codes and amounts keep;
    employers NAME; SSN last-four; ages 90+."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.STATES)
    assert sum(d.content.count("~\n") >= 6 and "NM1*" in d.content for d in docs) == 18  # 835, 837P, 271
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    assert sum(d.content.count('","') >= 5 for d in docs) == 6  # the CSV export
    accounts = [re.sub(r"\D", "", v) for d in docs for t, v in d.phi if t == "ACCOUNT"]
    cards = [v for v in accounts if len(v) in (15, 16) and v[0] in "345"]
    assert len(cards) == 6 and all(
        ids.luhn_ok(c) for c in cards
    )  # one typed by mistake in each refund e-mail
    keep = [k for d in docs for k in d.keep]
    routing = [k for k in keep if re.fullmatch(r"\d{9}", k)]
    npis = [k for k in keep if re.fullmatch(r"[12]\d{9}", k)]
    assert len(routing) >= 6 and all(ids.aba_ok(r) for r in routing)
    assert len(npis) >= 50 and all(ids.npi_ok(n) for n in npis)
    assert sum(bool(re.fullmatch(r"(?:CO|PR|PI|OA)-\d+", k)) for k in keep) >= 40
    assert sum(k.startswith("$") for k in keep) >= 200
    groups = [
        v
        for d in docs
        for t, v in d.phi
        if t == "HEALTH_PLAN" and re.search(rf"Group: {re.escape(v)}\b", d.content)
    ]
    assert len(groups) >= 20
    employers = set(people.EMPLOYERS) | {e.upper() for e in people.EMPLOYERS}
    assert sum(v in employers for d in docs for t, v in d.phi if t == "NAME") >= 70
    assert sum(t == "SSN" and len(v) == 4 for d in docs for t, v in d.phi) >= 12
    assert sum(t == "AGE" and int(v) >= 90 for d in docs for t, v in d.phi) >= 12


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-40, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too); and no word of a
    town, county, street or employer that names it (not one like "Lane" or "Bakery") in those tables."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    earlier = _earlier_people_words()
    assert _name_words() & earlier == set()
    places = name_words([*_towns(), *_streets(), *people.EMPLOYERS])
    assert (places - PLACE_WORDS) & earlier == set()
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


ENGINE_WORDS_BEFORE = {"kalani", "milos", "yasmeen"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
