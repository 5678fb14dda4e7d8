"""Regression guard for the eighty-fifth generalisation probe: homelessness, housing and social-care outreach
text around health from the United States, Canada, the United Kingdom, Ireland and Australia, built as an
outside evaluator builds a held-out set -- other templates and, above all, other name lists (Lakota, Dakota
and Plains Cree, Anishinaabe and Mi'kmaq, Yolngu and Tiwi, Irish and British Traveller, Roma, Eritrean, South
Sudanese, Somali, Ukrainian and Polish with feminine surname forms, Scottish Gaelic Mac / Nic, Appalachian,
Jamaican, Salvadoran, Haitian and Filipino families, and street names that are English words: Preacher, Gravy,
Pockets, Shortcake, Magpie, Boxcar, Ladybird, Dimes ...). Kinds: street-outreach contact log,
emergency-shelter intake form, case-management note, HMIS client CSV export, housing-options referral letter,
food-bank voucher, hostel incident report, outreach WhatsApp export, caseworker SMS log, adult safeguarding
referral, discharge-to-shelter handover, needle-exchange / drop-in register, voicemail transcription, housing
portal audit export (JSON), safe-parking vehicle log, benefits advocacy e-mail, programme phone issue
register, probation liaison note. Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe85.run_probe --seed N --brief`, with --json for the detail; engine at commit
c0a2004, `git status --short src` empty before and after). It exposed one labelling flaw of the generator,
fixed before the figures below (no label changed type, no draw changed): some sleeping places were also
another person's street or town ("under the Halyard St overpass" beside "235 Halyard St Apt 7", "car at
Knockbrack GAA car park" beside the town Knockbrack, the town "Drumkeel" inside "Halting Site, Drumkeel
Road"), so one surviving string counted as two leaks; the places are now names of their own (seed 1 leaked was
10.53%, 95/902). 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked               whole + partial      over-masking
    1     10.42% (94/902)      11.20% (101/902)     8.72% (36/413)
    2     10.00% (90/900)      10.78% (97/900)      8.45% (35/414)
    3     11.10% (100/901)     11.99% (108/901)     7.73% (32/414)

Seed 1 by type (leaked / values): NAME 55/296, ADDRESS 20/102, ID 18/77, ZIP 1/20; none in DATE (154), PHONE
(98), EMAIL (34), SSN (30), HEALTH_PLAN (26), VEHICLE (22), DEVICE (12), ACCOUNT (7), IP (6), LICENSE (6), AGE
(6), URL (4), MRN (2). Seed 2: NAME 50, ID 21, ADDRESS 18, ZIP 1; seed 3: NAME 52, ADDRESS 24, ID 22, ZIP 1,
URL 1 (a token link in the JSON export, "https://share.housingconnect.example.org/d/nmpz3s...").
Worst kinds (seed 1): HMIS CSV export 21/87, needle-exchange register 14/48, WhatsApp export 9/38, SMS log
7/54, outreach log 7/51; best: food-bank voucher 0/36, voicemail 1/34, safe-parking log 1/52, advocacy e-mail
1/44.
What leaks (seed 1):
- NAME 55 of 296, the probe's finding: street names. 40 of the 50 street-name values survive wherever they
  stand -- after "known as" / "goes by" / "Known as:" ("Known as: Whistler", "known as Marbles (Room 274)",
  "also known as Tiptoe"), as a CSV column ("[NAME],[NAME],Stretch,[SSN]", "Cornbread", "Gravy", "Lantern"),
  in JSON ("aka": "Stretch"), as a chat greeting or subject ("Morning Cricket!", "Morning Dimes!", "FYI
  Puddles was asking after him", "Stretch got taken to ..."), in prose ("a man she calls Tiptoe", "re Lantern
  sleeping in a 2011 Chevy", "someone called Jigsaw near", "Street name Skillet.", "(Boxcar on the street)"),
  in a register cell ("| Ketchup |", "Pickle (Yvonnett)"). The other 15: given names alone in chat and SMS
  ("Hi Mijaanisin it's", "Hi Dieuveut it's", "Icylin here from", "Mohaned here from", "Johnjoe is at", "Spoke
  w/ Clevon;"), register cells ("| Wicahpi |", "| Wanbli |", "| Bisera |", "| Zumbula |", "Preacher
  (Nyaboth)"), export user ids ("run ... by mweldegiorgi", "by lpowe") and a letter's signature line ("Yours
  faithfully,⏎Nyanluak Dhiblawe").
- ADDRESS 20 and ZIP 1: the places people sleep, named without a number ("camp by Sallow Creek", "under the
  Cindercone St overpass", "found under the Fenwright St bridge", "sleeping under the Blackbutt Rd bridge",
  "under the arches at Lurgan Quay", "Still at Blackbutt Rd?", "is at Cowcaddens Row now", JSON
  "sleeping_site" and CSV LivingSituation cells "Tollgate Rd", "Cindercone St"), towns alone ("or enter
  Sallowmere", "or enter Whinfell Reach", "visit at Glenbrack", a CSV cell "Greasewood Junction"), an Irish
  halting-site address with its Eircode ("Bay 34, Halting Site, Rathmoy Road, Knockbrack T12 VXDK").
- ID 18: homelessness-database client ids -- every HMIS PersonalID in the CSV exports (8 of 8) and "HMIS ID
  540978", "CHAIN ID 754785", "CHAIN ID 703775" after their label; needle-exchange client codes in a table
  ("ND91XF3", "NT11SM1", "KF39FL9", "WU-144-G", "PY74CT4").
Partial (seed 1, 7): the two token URLs of each JSON export with their host and path kept (four), "792" of
"792 Cordwainer St Unit 6", "and 4th" of "Wickstead Rd and 4th", "Paintbrush" of "Paintbrush Park".
Over-masking (seed 1, 36 of 413): organisations -- charities and hostels ("Covenant House Toronto", "St
Mungo's" after a worker's given name -> "[ADDRESS]'s", "The Passage", "Centrepoint", "Cedar House", "Seaton
House", "Ozanam House", "Matthew Talbot Hostel", "Great Guildford Street hostel", "Bridge Shelter", "Salvation
Army", "Mission Australia", "St Vincent de Paul Society", "Foodbank Victoria"), councils and housing bodies
("Leeds City Council", "Bristol City Council", "Glasgow City Council", "Galway City Council", "Toronto
Community Housing", "Homes Victoria"), police and ambulance services ("Avon and Somerset Police", "Victoria
Police", "London Ambulance Service", "Ambulance Victoria"), form numbers ("Form HUD-92006", "Form ISP-1151")
and a handset model ("Nokia C32"). Kept everywhere else: drugs and doses, lab values, ICD-10 codes,
programmes, regulations, bed and room numbers, times, years, ages under 90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic (SSN,
MBI, EBT, SIN, Ontario health card, BC PHN, NHS, NI, PPSN, TFN, Australian Medicare, VIN, IMEI and ICCID valid
under their schemes; street names, sleeping places, ages 90+, the keep values), and independence from the
earlier probes (template kinds; name words, towns and streets of their people tables with the kit's check; no
name word in any string of those tables -- run before the measurement). 27 of the 318 name words are in the
engine's Python-Faker name lists (in_engine_lexicon: mostly Appalachian, Salvadoran and Roma given names and
Irish Traveller surnames); ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's
code when the probe was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe85 import ids, people
from tests.engine.probe85.corpus import OLD_P, TEMPLATES, make_corpus, problems
from tests.engine.probe85.run_probe import crashes, run

LEAK_CEILING = 0.12  # first: 10.42% (94/902)
STRICT_CEILING = 0.13  # whole + partial: first 11.20% (101/902)
OVERMASK_CEILING = 0.10  # first: 8.72% (36/413)
CLEAN = {"DATE", "PHONE", "EMAIL", "SSN", "HEALTH_PLAN", "VEHICLE", "DEVICE", "ACCOUNT", "IP", "LICENSE"}
CLEAN |= {"AGE", "URL", "MRN"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 85))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.FEMININE.values()) + people.STREET_NAMES)


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    lines = {s for loc in people.LOCS.values() for s in loc.streets}
    return lines | {sp[1] for loc in people.LOCS.values() for sp in loc.spots}


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
        assert sum(len(d.phi) for d in corpus) >= 850 and sum(len(d.keep) for d in corpus) >= 380
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}
    assert {d.loc for s in (1, 2, 3) for d in make_corpus(s)} == set(people.LOCS)


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes, written after the label staff use; street names and sleeping
    places labelled; ages 90+ only where the client is that old; the keep values of outreach health text."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
        "Medicare MBI": (r"[1-9][0-9A-Z-]{10,12}", ids.mbi_ok),
        "EBT": (r"\d{4} ?\d{4} ?\d{4} ?\d{4}", ids.luhn_ok),
        "SIN": (r"\d{3}[ -]?\d{3}[ -]?\d{3}", ids.sin_ok),
        "OHIP": (r"\d{4}[ -]\d{3}[ -]\d{3}[ -][A-Z]{2}", ids.ohip_ok),
        "PHN": (r"9\d{3} ?\d{3} ?\d{3}", ids.bc_phn_ok),
        "NHS No": (r"\d{3} ?\d{3} ?\d{4}", ids.nhs_ok),
        "NI No": (r"[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]", ids.nino_ok),
        "PPSN": (r"\d{7}[A-W]{1,2}", ids.ppsn_ok),
        "TFN": (r"\d{3} \d{3} \d{3}", ids.tfn_ok),
        "Medicare": (r"\d{4} ?\d{5} ?\d", ids.medicare_au_ok),
        "VIN": (r"[A-Z0-9]{17}", ids.vin_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v)
            and re.search(rf"\b{re.escape(label)}\b[^\d\n]{{0,14}}{re.escape(v)}", d.content)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    devices = [v for d in docs for t, v in d.phi if t == "DEVICE" and v.isdigit()]
    assert len(devices) >= 20 and all(ids.luhn_ok(v) for v in devices)  # IMEIs and ICCIDs
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(v in people.STREET_NAMES for v in names) >= 120
    assert sum(v in set(people.FEMININE.values()) or "Nic" in v for v in names) >= 3
    places = {sp[1] for loc in people.LOCS.values() for sp in loc.spots}
    assert sum(v in places for d in docs for t, v in d.phi if t == "ADDRESS") >= 60
    text = "\n".join(d.content for d in docs)
    assert re.search(r"(under the|camp by|swag in|doorway of) \S", text) and "known as" in text
    ages = [(d.kind, v) for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 12 and all(int(v) >= 90 and k in OLD_P for k, v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"[A-TV-Z]\d\d(\.\w+)?", k)) for k in keeps) >= 8  # ICD-10
    assert {"Z59.02", "Z59.01"} & keeps and any(k.startswith("Bed ") for k in keeps)
    assert sum(k.isdigit() and int(k) < 90 for k in keeps) >= 12  # ages under 90 (distinct)
    assert any(" mg" in k for k in keeps)
    assert any(re.fullmatch(r"20(0[89]|1\d|2[01])", k) for k in keeps)  # years alone


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
        min_phi=850,
        min_keep=380,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"thon"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
