"""Regression guard for the sixty-third generalisation probe: hospital operations text from the United States,
the United Kingdom, Canada, Australia and Ireland with synthetic PHI planted in it. Kinds: bed-state / patient
flow board (UK, AU; a patient aged 90+), theatre operating list (UK, IE), surgical case booking request (US,
CA), porter / patient-services task log (UK, AU), Datix / NIMS incident report (UK, IE; an infusion pump's
serial), patient safety event (US RL6 elopement, CA SLS pressure injury), PALS / consumer-liaison contact log
(UK, AU), grievance acknowledgement letter / patient-relations intake (US, CA), interpreter booking (US VRI
link and endpoint IP; AU TIS National, a NAATI credential), chaplaincy / spiritual-care referral (UK, CA),
social-work referral (US with SSN; IE medical social work with PPSN and medical card), security occurrence log
(US, UK: plates, police references, a driver's licence, an IMEI), lost-property register (AU, CA), MDT
discharge-planning board round (IE, AU), patient transport booking (US NEMT, UK NEPTS), environmental-services
isolation / terminal-clean notice (US, CA), after-hours site manager handover (AU, IE) and transfer-centre log
(US, CA): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe63.run_probe --seed N --brief`, seed 1 also with --json and --dump;
engine at commit 576b3a8, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits; HEAD moved to 2b0ff20 during the runs by a commit that only adds tests/engine/probe64, so the
engine measured is 576b3a8's), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     9.15% (78/852)     9.15% (78/852)     7.96% (30/377)
    2     8.92% (76/852)     9.15% (78/852)     7.18% (27/376)
    3     9.15% (78/852)     9.62% (82/852)     6.10% (23/377)

Seed 1 by type (leaked / values): NAME 45/372, DATE 13/129, ADDRESS 7/59, AGE 6/16, LICENSE 3/19, ID 2/41, MRN
1/57, ZIP 1/22; none in PHONE (71), HEALTH_PLAN (17), EMAIL (17), DEVICE (14), VEHICLE (8), ACCOUNT (6), SSN
(2), URL (1), IP (1). Seed 2: NAME 45, DATE 13, ADDRESS 6, AGE 6, ID 2, LICENSE 2, MRN 1, ZIP 1; seed 3: NAME
50, DATE 12, ADDRESS 6, AGE 6, LICENSE 3, MRN 1.
Worst kinds (seed 1): bed-state board 15/59, discharge-planning board round 14/61, theatre list 10/60,
lost-property register 9/57; best (none leaked): patient transport booking 0/38, isolation notice 0/37.
What leaks (seed 1):
- NAME 45 of 372. (a) Staff in header fields and in apposition with a role the engine does not take as a name
  cue: "Site lead (days): Nirosha Dassanayake, Clinical Site Manager", "NIC: Dincy Ambattu, Ward Sister" (the
  role was masked instead), "Scrub: Evin Santry (NMC PIN ...)", "ODP: Wrenley Northey", "CNM2 theatre:
  Torstein Cregeen", "Intake: Jinu Pulikkal, Patient Relations Specialist", "Assigned SW: Bhakti Timsina,
  LICSW", "Manager review: Sivaranjini Sabaratnam, Patient Care Manager", "Contact for enquiries: Hephzibah
  Qualtrough, Unit Clerk", the first name of a list ("Officers: Kairo Quarrell, [NAME]", "Scrub / circulating:
  Jemalyn Guevarra, [NAME]"). (b) "Family, Given" not in capitals ("Koickal, Vineetha / [ID]", "Maniapik,
  Geetee, from ...", "Northey, Trefor from ...", "Abeywardena, Ishara ventilated", "Weerakoon, Buddhika (UR
  ...)") and the given name after a masked family name ("[NAME], Bathsheba (90)", "[NAME], Dhanushka (93)",
  "deceased [NAME], Tsegai, UR", "[NAME], Medhanie, UR", "[NAME], Leisel, no injury"). (c) Relatives, visitors
  and reps in running text: "Family gathering; Nagulendran Arulampalam travelling from", "Ooloosie Kownirk
  flying in", "Dhanushka Karunanayake joining from ... by phone", "with [NAME] and Ciarnait Wadding", "Macdara
  Horkan (company rep) in attendance", "interpreter booked (Sinhala) — Chamari Jayatilleke", "Own faith leader
  (if known): Rajeswary Thambiah". (d) A given name alone after the full name was masked: "Janaka falls risk",
  "Harshani may move".
- DATE 13: day / month without a year in board columns (EDD / PDD "23/11", "19/05", "04/05") and after
  operational verbs ("ACAT done 15/05", "ordered 27/04", "booked 07/04", "Completed 22/01 by", "Updated by
  [NAME], 18/05", "28/05 — follow-up call booked", US "approved 1/5").
- ADDRESS 7: towns outside an address line -- "hospital transport 11:00 to Skelbrooke", "patient transport to
  Tallowwood Vale 10:00", "the flight home to Nuvuqtaaq", "from Kangiqsualuk, health card", "Travel: from
  Baie-des-Loutres" -- and the town before a masked county ("lives Kilcurrane, Co. [ADDRESS]", "lives
  Cloonagashel, Co. [ADDRESS]").
- AGE 6: a 90+ age alone in a board column ("93", "98", "92") or in brackets after a name ("(90)", "(93)");
  one is the kit's bare "90" of "age 90 or older" for a patient aged exactly 90 (as in probe52).
- LICENSE 3: Irish nurses' "NMBI 847870" and "NMBI PIN 279804", an Australian "NAATI credential 875183" (GMC,
  NMC PIN, IMC, NPI, CPSO, CNO and driver's licence numbers were masked). ID 2: bare numbers after "Incident"
  and "Request" ("Incident 222642", "Request 379382"). MRN 1: "/ 197029" after a leaked "Family, Given" cell.
  ZIP 1: "Eircode V93 YKXF" -- labelled, yet kept (Eircodes inside an address were masked).
Partial: none on seed 1; seeds 2 and 3: "Medlow St" of "Medlow St Anne" (2: "Anne" masked as a name), ",
Building 677" of a Nunavut "Unit 2, Building 677", and the "CAD" prefix the labels hold inside UK police
references ("CAD 3370/040325" -> "CAD [ID]", 3: the number itself was masked; the labels treat the prefix as
part of the value, unlike probe52's licence prefixes -- left as labelled, since the corpus is not changed
after the measurement).
Over-masking (seed 1, 30 of 377): ward and unit names (19) -- "Heron Ward" 4 -> "[NAME]", "5 North Med-Surg" 3
-> "5 [ADDRESS]", "St Enda's Ward" 2 -> "[ADDRESS]'s Ward", "Cardiology Day Ward" 2 and "Day Ward" ->
"[NAME]", "Unit 3B" 2 -> "[ADDRESS]", "MICU", a unit name swallowed with the date or time after it ("Acute
Medical Unit 05/04/2025" -> "Acute Medical [ADDRESS]", "Acute Medical Assessment Unit 03:35" -> "...
[ADDRESS]:35", "Transitional Care Unit 2024-05-14"); colour-coded emergency codes (4) -- "Code Gray", "Code
Grey", "Code Brown" -> "Code [NAME]", "Code Yellow" -> "[ADDRESS]"; staff roles (2) -- "Ward Sister" ->
"[NAME] [NAME]" after a name the engine left, "found by Security Officer Soinette Noelsaint" -> "found by
[NAME]"; clinical terms (4) -- "Contact Enteric Precautions" -> "Contact [NAME] [NAME]", "laparoscopic
appendicectomy" -> "[NAME]", "MRSA" swallowed with a day / month before it ("23/11   MRSA" -> "23/[DATE]"),
"Cardiology" after a unit name; "Garda" -> "[NAME]"; an insurer, "Medica Choice" -> "[ADDRESS]". Seeds 2 and 3
add "St Ita's Ward", "Hana table", "Zimmer frame" ("Zimmer" as a name), "Faith / belief: Muslim", "CVICU",
"Intensive Care Unit", "6 West Cardiology". Kept everywhere else: hospitals, specialties, most procedures and
equipment, drugs, languages, service names (Hospital in the Home, Discharge Lounge, NEPTS, TIS National), OPEL
3, most times of day, ages under 90, money amounts.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is hospital operations text from the five countries (NHS, Medicare (AU), Ontario
health, PPS and NPI numbers valid under their check-digit rules, IHIs; Eircodes, UK and Canadian postcodes;
ages 90+; staff roles and times of day kept), and independence from probes 1-60 (template kinds; name words,
towns and streets of their people tables with the kit's check; no name word in any string of those tables,
with accents and apostrophes folded too -- run before the measurement; four invented streets and a Welsh
village that earlier probes already had, "County Road", "Ard na Gréine", "Old Tanyard Pike", "Pennyroyal
Close" and "Llanfechan Isaf", were renamed then). Names were not checked against the engine's lexicon;
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen: none).
"""

from __future__ import annotations

import importlib
import re
import unicodedata

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe63 import ids, people
from tests.engine.probe63.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe63.run_probe import crashes, run

LEAK_CEILING = 0.04  # now 2.35% (20/852); first: 9.15% (78/852)
STRICT_CEILING = 0.04  # whole + partial: now 2.35%; first: 9.15% (78/852)
OVERMASK_CEILING = 0.08  # now 6.37% (24/377); first: 7.96% (30/377)
CLEAN = {"PHONE", "HEALTH_PLAN", "EMAIL", "DEVICE", "VEHICLE", "ACCOUNT", "SSN", "URL", "IP"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 61))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    """The invented towns, suburbs and communities (Irish counties are real and left out)."""
    return {t for loc in people.LOCS.values() for _, towns in loc.regions.values() for t in towns}


def _streets() -> set[str]:
    """The street names of the fill patterns ("%## Quarry Hill Ln, Apt %@" -> "Quarry Hill Ln")."""
    out: set[str] = set()
    patterns = [s for loc in people.LOCS.values() for s in loc.streets]
    patterns += [s for v in people.REGION_STREETS.values() for s in v]
    for s in patterns:
        name = re.sub(r"(Apt|Unit|Flat|House|Building) [%#@^0]+,?", "", s)
        name = re.sub(r"[%#@^/0-9]+", "", name).strip(" ,")
        if name:
            out.add(name)
    return out


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict):
                out |= name_words(strings_in(value))
    return out


def _folded(words: set[str]) -> set[str]:
    """Words without accents and apostrophes, each also split at an apostrophe (O'Meara -> omeara, meara)."""
    out: set[str] = set()
    for w in words:
        plain = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
        out.add(plain.replace("'", ""))
        out |= {p for p in plain.split("'") if len(p) >= 3}
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


def _after(docs: list, label: str, value_re: str, types: tuple[str, ...]) -> list[str]:
    """The labelled values of `types` written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for t, v in d.phi:
            if t not in types or not re.fullmatch(value_re, v):
                continue
            if re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_hospital_operations_text() -> None:
    """Every country; NHS, Medicare (AU), Ontario health, PPS and NPI numbers valid under their check-digit
    rules; IHIs with the 800360 prefix; Eircodes, UK and Canadian postcodes; ages 90+; staff roles, wards and
    times of day kept."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "NHS( no\\.)?": (r"\d{3} \d{3} \d{4}", ("ID",), ids.nhs_ok, 3),
        "Medicare": (r"\d{4} \d{5} \d-\d", ("HEALTH_PLAN",), ids.medicare_au_ok, 3),
        "Health card( \\(Ontario\\))?": (r"\d{4}-\d{3}-\d{3}-[A-Z]{2}", ("HEALTH_PLAN",), ids.ohip_ok, 1),
        "PPSN": (r"\d{7}[A-W][AW]?", ("ID",), ids.ppsn_ok, 3),
        "NPI": (r"\d{10}", ("LICENSE",), ids.npi_ok, 3),
        "IHI": (r"8003 60\d\d \d{4} \d{4}", ("ID",), lambda v: ids.luhn_ok(v.replace(" ", "")), 3),
    }
    for label, (pattern, types, ok, least) in checks.items():
        found = _after(docs, label, pattern, types)
        assert len(found) >= least and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    zips = [v for t, v in values if t == "ZIP"]
    eircode = r"[ACDEFHKNPRTVWXY]\d[0-9W] [ACDEFHKNPRTVWXY0-9]{4}"
    assert sum(bool(re.fullmatch(eircode, v)) for v in zips) >= 6
    assert sum(bool(re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", v)) for v in zips) >= 6  # UK
    assert sum(bool(re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", v)) for v in zips) >= 6  # Canada
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 30
    assert sum(t == "NAME" and "'" in v for t, v in values) >= 5
    keep = {k for d in docs for k in d.keep}
    roles = {"Clinical Site Manager", "PALS Officer", "Chaplain", "Security Supervisor", "Matron"}
    assert roles <= keep
    assert sum(bool(re.fullmatch(r"\d\d:\d\d", k)) for k in keep) >= 20
    text = "\n".join(d.content for d in docs)
    marks = ("OPEL 3", "DATIX", "NIMS", "RL6", "TIS National", "NEPTS", "NEMT", "Eircode", "Co. ", "PALS")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-60, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too), nor with accents
    and apostrophes folded away (stricter still)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    earlier = _earlier_people_words()
    assert _name_words() & earlier == set()
    assert _folded(_name_words()) & _folded(earlier) == set()
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


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
