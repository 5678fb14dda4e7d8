"""Regression guard for the sixty-ninth generalisation probe: dental, optometry / ophthalmology, audiology,
podiatry, chiropractic and private physiotherapy practice text from the United States, the United Kingdom,
Ireland, Canada, Australia and New Zealand with synthetic PHI planted in it. Kinds: dental charting notes (US
Universal numbering; Australian FDI), orthodontic treatment plans (UK Palmer notation, IOTN, direct debit;
Nova Scotia parent letter), dental laboratory prescriptions (New Zealand docket; US implant crown), dental
claims (ADA 2019 claim form; Australian CDBS bulk-bill claim), periodontal charts as tables (Ireland; New
Zealand), appointment books (Australian CSV; Canadian JSON export; a patient aged 90+), recall list and ledger
(UK with FP17 status, a patient aged 90+; US ledger with the guarantor's SSN), spectacle prescriptions (UK
GOS; Australia), contact-lens orders (US verification fax; NZ online order as JSON), diabetic eye screening
(UK DESP letter; Irish RetinaScreen, a patient aged 90+), OCT / visual-field reports (Cirrus + HFA; British
Columbia), hearing-aid fittings (Australian HSP; NHS audiology, a patient aged 90+), tinnitus questionnaires
(Irish THI; NZ TFI under ACC), orthotic and gait reports (UK domiciliary podiatry, a patient aged 90+;
Australian DVA), chiropractic SOAP notes (US auto PIP claim with plate and VIN; New Brunswick), physiotherapy
discharge letters (Ireland; NZ ACC), recall SMS / e-mails (Australia; UK) and online booking confirmations
(Canada e-mail; NZ JSON webhook): rates may only get better than when it was written.

First measurement, once, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe69.run_probe --seed N --brief`, with --json for the detail; engine at commit
cb9bbd1, last engine change 54dd572, `git status --short src/phigate/engine` empty before and after: no
uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused. It
exposed three labelling bugs, fixed without touching anything else, and the three seeds were measured again
(the table): a South Auckland postcode drawn as 2023 / 2024 (the kit found the year the engine rightly keeps
of a masked timestamp and scored the postcode as leaked: Auckland postcodes are now 21xx), weekday names
inside DATE values ("Monday 17th March", "Mon 5 Aug": the weekday is now plain text before the value), and a
literal JSON timestamp ("...T07:12:44-03:00") that held the keep tooth number "44", scored as over-masked when
the engine cut the timestamp to its year (the literal now reads T07:10:09). The first run read 4.42% (33/747)
leaked, 4.69% (35/747) strict, 3.60% (13/361) over-masking on seed 1.

    seed  leaked             whole + partial    over-masking
    1     4.28% (32/747)     4.28% (32/747)     3.32% (12/361)
    2     3.74% (28/748)     4.01% (30/748)     3.87% (14/362)
    3     3.88% (29/747)     3.88% (29/747)     3.90% (14/359)

Seed 1 by type (leaked / values): NAME 11/210, LICENSE 10/43, MRN 6/24, ADDRESS 2/56, ACCOUNT 1/5, SSN 1/2,
VEHICLE 1/5; none in DATE (165), PHONE (77), ID (46), EMAIL (33), HEALTH_PLAN (30), ZIP (27), DEVICE (8), AGE
(7), URL (6), IP (3). Seed 2: LICENSE 9, NAME 7, MRN 4, ADDRESS 4, ZIP 1, ID 1, SSN 1, VEHICLE 1; seed 3: NAME
9, LICENSE 9, MRN 7, ID 1, ACCOUNT 1, SSN 1, VEHICLE 1.
Worst kinds (seed 1): recall list / ledger 7/66, physiotherapy discharge letter 4/39, orthodontic plan 3/43;
best (none leaked): dental charting note 0/39, appointment book 0/67 (CSV and JSON), hearing-aid fitting 0/39.
What leaks (seed 1):
- LICENSE 10 of 43: New Zealand HPI common person numbers ("HPI-CPN 51EEWH", "(HPI-CPN 23XXVS)", and as bare
  JSON values "cpn": "55KPBG" in an order and a booking webhook), registrations after labels the engine does
  not know ("DCNZ reg. 776777", "Physiotherapy Board reg. 903317", "College of Optometrists of BC reg. 5534",
  a dispensing optician's "GOC D-63427"); NPIs, state licences, GDC, HCPC, CORU, AHPRA and Medicare provider
  numbers were masked.
- NAME 11 of 210: given names alone in running text ("Retainer check with Bélonie at the 2024 recall", "Hi
  Ippolita, reminder: appt", "wants Shailesh seen by", "Natvarlal Sonigra moved away" -- the list's
  capitalised "SONIGRA, Natvarlal" was masked, the prose was not: each scored with its list row), the given
  name after a masked "FAMILY," ("Guarantor: [NAME], Guilhermina"), a screener after a label ("(screener:
  Eiluned Treharne)"), a Scots short name taken for a place ("Grader: [ADDRESS] Kernohan" for "Rab Kernohan")
  and a referrer as a bare JSON value ("referrer": "Kaliova Nawaqa"). Seeds 2 and 3 add a pre-testing
  technician ("pre-testing with Ashneel"), a Hmong patient in capitals ("Patient: PHAB, Nyiaj" on the OCT
  printout) and JSON "notes" prose.
- MRN 6: practice chart numbers after short labels ("Patient ref PT-168687", "chart 99950", "Pt no. 901416",
  "Clinic no. 33627", "Chart 50789", "(chart 86414)").
- ADDRESS 2: a town after a masked street line ("[ADDRESS] E, Tiverton Four Corners East, RI 028" -- the
  street cut short at "E", the ZIP cut to its first three digits), an Irish townland after a date read as an
  address ("DOB [ADDRESS], Ballybrit Cross, Co. [ADDRESS]"; seed 2 also leaks a halting-site bay "Bay 7, 1S
  Halting Site", its townland and Eircode).
- ACCOUNT 1: "Patient ID/account # (assigned by dentist): 493190" on the ADA form. SSN 1: the last four digits
  on a ledger ("SSN on file xxx-xx-5984"). VEHICLE 1: an NZ plate ("Vehicle in accident: PJD192").
Partial: none on seed 1 (seed 2: the area code "(074)" of two Donegal landlines).
Over-masking (seed 1, 12 of 361): dental and optical brands and appliance names (6: "Damon Q", "Twin Block",
"IPS e.max Press", "Specsavers Osiris 54□17", "Oticon Xceed", "McKenzie extensions"), insurers and employers
(2: "MetLife Dental PPO", "Sanford Ltd"), a Torres Strait language ("Kala Lagaw Ya"), a credential ("MISCP"),
a CPT code ("97110") and an age under 90 swallowed with the date of birth ("DOB [ADDRESS]   Age 66" ->
masked). Seeds 2 and 3 add practice names in headings ("Griffith Eyecare", "Waiben Foot & Ankle") and lens and
frame brands ("Biofinity Toric", "Oakley Crosslink OX8118 56□18"). Kept everywhere else: tooth numbers in
Universal, FDI and Palmer notation, surfaces, CDT codes and ADA item numbers, perio depths, UDA bands,
refractions, prisms, adds and PDs, retinopathy grades, OCT and visual-field values, audiograms, hearing-aid
models, questionnaire scores, gait measurements, spinal levels, ICD-10 codes, drugs and doses, years, ages
under 90 elsewhere.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is allied-health practice text from every country (NPI, BC PHN, NHS / Northern
Ireland H&C, PPS, Australian Medicare, IHI, Medicare provider and NZ NHI numbers valid under their check-digit
rules; ages 90+; tooth numbers in three notations, CDT codes, refractions, retinopathy grades and the trade's
other keep values), and independence from probes 1-68 (template kinds; name words, towns and streets of their
people tables with the kit's check; no name word in any string of those tables -- run before the measurement).
Ten name words are in the engine's Python-Faker name lists (Irish Traveller and Indo-Fijian family names:
chand, connors, dutt, joyce, maughan, mcdonagh, mongan, nand, sherlock, stokes); the others must be found by
context. ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe
was written (found by `written_in_engine_code`, not chosen: "rego", the Azorean family name, is also the
Australian and New Zealand word for a vehicle registration).
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
from tests.engine.probe69 import ids, people
from tests.engine.probe69.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe69.run_probe import crashes, run

LEAK_CEILING = 0.03  # now 1.74% (13/747); first: 4.28% (32/747)
STRICT_CEILING = 0.03  # whole + partial: now 1.74%; first 4.28% (32/747)
OVERMASK_CEILING = 0.05  # first: 3.32% (12/361)
CLEAN = {"DATE", "PHONE", "ID", "EMAIL", "HEALTH_PLAN", "ZIP", "DEVICE", "AGE", "URL", "IP"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 69))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}
    assert {d.format for d in docs} == {"text", "json"}


def _after(docs: list, label: str, value_re: str, loc: str | None = None) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents (of country `loc`)."""
    out = []
    for d in docs:
        if loc and d.loc != loc:
            continue
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_allied_health_practice_text() -> None:
    """Every country; identifiers with valid check digits (NPI, BC PHN, NHS / H&C, PPS, Australian Medicare,
    IHI, Medicare provider numbers, NZ NHI); ages 90+; the trade's keep values (tooth numbers in three
    notations, CDT codes and ADA item numbers, refractions, retinopathy grades, audiograms, spinal levels)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "NPI": (r"\d{10}", ids.npi_ok, None),
        "PHN": (r"9[\d ]{9,11}", ids.bc_phn_ok, "CA"),
        "NHS no.": (r"[\d ]{10,12}", ids.nhs_ok, "UK"),
        "PPS": (r"\d{7}[A-W]{1,2}", ids.ppsn_ok, "IE"),
        "Medicare": (r"[\d ]{10,13}", ids.medicare_au_ok, "AU"),
        "IHI": (r"8003[\d ]{15}", ids.ihi_ok, "AU"),
        "[Pp]rovider(?: no\\.)?": (r"\d{6}[0-9A-Z]{2}", ids.provider_ok, "AU"),
        "NHI": (r"[A-Z]{3}\d{4}", ids.nhi_ok, "NZ"),
    }
    for label, (pattern, ok, loc) in checks.items():
        found = _after(docs, label, pattern, loc)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"#\d{1,2}", k)) for k in keeps) >= 6  # Universal tooth numbers
    assert sum(bool(re.fullmatch(r"[1-4][1-8]", k)) for k in keeps) >= 10  # FDI
    assert sum(bool(re.fullmatch(r"[UL][RL][1-8]", k)) for k in keeps) >= 4  # Palmer
    assert sum(bool(re.fullmatch(r"D\d{4}", k)) for k in keeps) >= 8  # CDT
    assert sum(bool(re.fullmatch(r"[+-]\d\.\d\d", k)) for k in keeps) >= 20  # sphere / cylinder / add
    assert sum(bool(re.fullmatch(r"R[0-3]A?M[01]", k)) for k in keeps) >= 3  # retinopathy grades
    assert {"C5-C6", "L4-L5", "24-2 SITA Standard", "NAL-NL2", "FP17O", "16 CFR Part 315", "10910"} <= keeps
    text = "\n".join(d.content for d in docs)
    marks = (
        "ADA American Dental Association",
        "CHILD DENTAL BENEFITS SCHEDULE",
        "FP17",
        "GOS 1",
        "RetinaScreen",
        "HEARING SERVICES PROGRAM",
        "THI",
        "TINNITUS FUNCTIONAL INDEX",
        "ACC32",
        "SOAP",
    )
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-68, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"rego"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
