"""Regression guard for the sixtieth generalisation probe: military and veterans' health text from the US
DoD and VA, the UK MoD and Veterans UK, the Canadian Armed Forces and Veterans Affairs Canada, the Australian
Defence Force and DVA, with synthetic PHI planted in it. Kinds: DD Form 2795 pre-deployment and DD Form 2796
post-deployment health assessments (EDIPI, SSN, MGRS grid of an IED strike), MEDEVAC 9-line request with a
MIST report (US: battle roster numbers; UK: ZAP numbers, service numbers), TRAC2ES patient movement request
(device serials, a non-medical attendant), VA Form 21-526EZ claim extract (file and claim numbers, bank
account, dependants), C&P examination DBQ (PTSD; hearing loss of a Korean War veteran aged 90+), VBMS rating
decision letter, CPRS progress note (initial + last four, ICN, VA Video Connect link; a home-based-care note
for a veteran aged 90+), TRICARE referral for a dependant (DoD Benefits Number), DA Form 2173 line-of-duty
statement (a private motorcycle's plate and VIN, a trooper), UK FMed 23 medical board (NHS number, JMES),
DMICP consultation, Veterans UK AFCS award / War Pension review (a veteran aged 95+), CAF CF 98 injury report,
VAC decision letter (a Korean War veteran aged 90+), ADF medical employment classification review (PMKeyS,
Medicare), DVA claim / Gold Card (a war widow aged 90+), family readiness messages (EFMP e-mail thread; MFRC
log): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe60.run_probe --seed N --brief`; engine at commit 6d399f3, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     5.86% (42/717)     8.09% (58/717)     6.44% (23/357)
    2     6.00% (43/717)     8.09% (58/717)     4.49% (16/356)
    3     4.88% (35/717)     7.53% (54/717)     7.00% (25/357)

Seed 1 by type (leaked / values): ADDRESS 25/122, ID 10/66, NAME 5/216, LICENSE 1/16, SSN 1/12; none in
DATE (138), PHONE (49), EMAIL (32), ZIP (31), HEALTH_PLAN (10), DEVICE (7), AGE (5), MRN (4), VEHICLE (4),
ACCOUNT (3), URL (1), IP (1). Seed 2: ADDRESS 27, ID 10, NAME 5, LICENSE 1; seed 3: ADDRESS 20, ID 9, NAME 5,
LICENSE 1.
Worst kinds (seed 1): MEDEVAC 9-line / MIST 6/32, DMICP consultation 6/42, CF 98 injury report 6/42, family
readiness messages 6/48, DD 2796 5/48; best (none leaked): DD 2795 0/42, 21-526EZ 0/48, VBMS letter 0/34,
TRICARE referral 0/48, DVA claim / Gold Card 0/41.
What leaks (seed 1):
- ADDRESS 25 of 122: military installations and deployed sites written as a name without a street or ZIP
  -- "Home station: Naval Station Puget Reach", "Location: Wexcombe Barracks", "Location: Palace Barracks
  Holywood", "Location: Larapinta Barracks", "Base/Wing: 5th Canadian Division Support Base Oromocto Flats",
  "MFRC, BFC Bagotville-Est", "Cawdor Lines Medical Centre", "RAF Lossiebrae Medical Centre", "referral to
  DCMH Brecon Forge Barracks", "Deployed location(s): FOB Halberd", "Tactical Base Quarry Point", "Camp
  Adder Springs", "Camp Tenmile Dunes", "still at Combat Outpost Redcliff", "We PCS from Naval Station Puget
  Reach to Joint Base Mesquite Flats", "Role 2 at Forward Operating Base Saltmarsh"; a UK MGRS-less OS grid
  "grid NY 708 374"; a town alone on a UK letter's address line ("Hopeman Links") and after a NOK ("(wife),
  Bulford Down."); a Québec street line "74-611 rue de la Caserne".
- ID 10: Canadian service numbers, 6 (4 in the CF 98 reports: "Service number: C53 966 122", "SN F22 365
  509"; 2 in the VAC letters: "Regimental number: J57 575 477" -- the letter + 2 digits, 3, 3 grouping is
  not read as an identifier), US battle roster numbers opening a MIST line ("Z: BM2169 —", "Z: TB5765 —"),
  UK ZAP numbers ("ZAP ST8277", "ZAP NA6577").
- NAME 5: a surname alone after a rank ("RTO CPT Atwell", "Unit liaison SFC Harrelson", "File closed by
  Peddle" -- the last also as its full name's part), a full name after a junior rank as board president
  ("President: LCpl Carwyn Stinson (GMC ...)").
- LICENSE 1: a psychologist's "license 756339" in a signature line. SSN 1: the VA "initial + last four" in
  parentheses after the patient's name ("Patient: [NAME] (K9549)").
Partial (seed 1, 16): MGRS grids lose only their eastings / northings ("38S LV [PHONE]", "37S EE [ID]": the
grid zone and 100 km square survive, 6 of them), installation names masked in part ("RAAF Base [ADDRESS]",
"3rd Canadian Division Support Base [..]", "Hunter Field Annex" -> "Annex" kept, "Forward Operating Base
[ADDRESS]", "Role 3 Patrol Base Juniper [ADDRESS]", "Role 3 [NAME] Dunes"), training areas ("Mount Bundey
Flats Training Area" keeps "Flats Training Area" 2, "Range [ADDRESS] Training Area", "Wainwright Ridge
Training Area" keeps "Area").
Over-masking (seed 1, 23 of 357): "Op" before an operation name read as a given name ("Op TORAL" 2, "Op
COURAGE", "Op REASSURANCE", "Op UNIFIER", "Op ATHENA" -> "[NAME] ATHENA"), MOS titles ("68W Combat Medic
Specialist" 3 -> "68W [NAME] [NAME] Specialist", "HM 8404 Field Medical Service Technician" -> "[NAME]
Medical"), unit and facility names with a capitalised word or a number ("2nd Battalion The Parachute
Regiment" -> "2nd [NAME] [NAME] [NAME] Regiment", "1st Battalion, [NAME] Australian Regiment", "3e Bataillon,
[NAME] 22e Régiment", "1 Canadian Field Hospital" -> "[ADDRESS] Hospital" 2, "[NAME] Centre for Defence
Medicine" 2, "Role [ADDRESS] for Defence Medicine", "[NAME] VA Health Care System" for "Durham VA Health Care
System", "1st Close Health Battalion"), equipment ("M3 Carl Gustaf" 2 as a person's name, "IED strike on
Warrior" -> "[NAME]"), "Constant Attendance Allowance" -> "[NAME] [NAME] Allowance". Also unscored: "300 m N
of" -> "300 m [NAME] of", ranks swallowed into the following name ("Seen by: [NAME]" for "Maj ..."), DTGs
masked as [ID], DoD IDs and NPIs masked as [PHONE] (masked, so not leaks). Kept everywhere else: most unit
designations, operations written "Operation ...", military treatment facilities and VA medical centres
named after people (James A. Haley, Audie L. Murphy, Carl R. Darnall, Womack), diagnoses and ICD-10 codes,
disability percentages and combined ratings ("70 percent", "80 percent", "50%"), tariff levels and lump
sums, JMES / MEC / PULHES codes, drugs and doses, vehicles' and aircraft type names (MRAP, CH-47F, Bushmaster
PMV, LAV 6.0), countries and states, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is military text (every country; DTGs, MGRS grids, .mil addresses, "FAMILY, GIVEN
I" names, battle roster / ZAP numbers, ages 90+, disability percentages kept; the forms' marks), and
independence from probes 1-56 (template kinds; name words, towns and streets of their people tables with the
kit's check; no name word in any string of those tables -- run before the measurement). Names were not
checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the
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
from tests.engine.probe60 import people
from tests.engine.probe60.corpus import SITES, TEMPLATES, make_corpus, problems
from tests.engine.probe60.run_probe import crashes, run

LEAK_CEILING = 0.03  # now 1.67% (12/717); first: 5.86% (42/717)
STRICT_CEILING = 0.04  # whole + partial: now 2.23%; first 8.09% (58/717)
OVERMASK_CEILING = 0.04  # now 2.52% (9/357); first: 6.44% (23/357)
CLEAN = {
    "DATE",
    "PHONE",
    "EMAIL",
    "ZIP",
    "HEALTH_PLAN",
    "DEVICE",
    "AGE",
    "MRN",
    "VEHICLE",
    "ACCOUNT",
    "URL",
    "IP",
}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 57))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {
        t for loc in people.LOCS.values() for bases, towns in loc.regions.values() for t in bases + towns
    } | set(SITES)


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP"}


def test_corpus_is_military_text() -> None:
    """Every service's country; ranks before names; DTGs and MGRS grids; service, ZAP and battle roster
    numbers; .mil addresses; veterans aged 90+; disability percentages kept."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    values = [(t, v) for d in docs for t, v in d.phi]
    assert sum(t == "DATE" and bool(re.fullmatch(r"\d{6}Z[A-Z]{3}\d\d", v)) for t, v in values) >= 6
    assert (
        sum(
            t == "ADDRESS" and bool(re.fullmatch(r"\d\d[A-Z] [A-Z]{2} \d{3,5} \d{3,5}", v)) for t, v in values
        )
        >= 12
    )
    assert sum(t == "EMAIL" and v.endswith(".mil") for t, v in values) >= 20
    assert sum(t == "NAME" and bool(re.fullmatch(r"[A-Z'É]+, [A-Z'É]+ [A-Z]", v)) for t, v in values) >= 40
    assert (
        sum(t == "ID" and bool(re.fullmatch(r"[A-Z]{2}\d{4}", v)) for t, v in values) >= 9
    )  # battle roster / ZAP
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    keeps = [k for d in docs for k in d.keep]
    assert sum(bool(re.fullmatch(r"\d+( percent|%)", k)) for k in keeps) >= 30
    text = "\n".join(d.content for d in docs)
    marks = (
        "DD FORM 2795",
        "DD FORM 2796",
        "LINE 1:",
        "TRAC2ES",
        "21-526EZ",
        "ICN:",
        "FMED 23",
        "ZAP ",
        "CF 98",
        "PMKeyS",
        "Gold Card",
        "EFMP",
        "DA FORM 2173",
        "MIST",
    )
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


ENGINE_WORDS_BEFORE = {"blalock", "françois"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
