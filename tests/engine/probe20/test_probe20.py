"""Regression guard for the twentieth generalisation probe (what an outside evaluator would build:
i2b2/n2c2-style US clinical notes with clinicians' names labelled, and PII-benchmark-style short texts with
people from name lists of our own and addresses in 23 countries' formats): rates may only get better than
when it was written.

First and only measurement (engine as of the working tree shared with the lead: commit cd90397, with no
uncommitted change under src/ at that minute (`git status --short src` empty); before any fix prompted by
this probe; measured once with `python -m tests.engine.probe20.run_probe --seed N`, as soon as the corpus
was complete), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     9.21% (65/706)     10.06% (71/706)    3.71% (14/377)
    2     9.41% (67/712)     10.11% (72/712)    4.27% (16/375)
    3     9.94% (70/704)     11.08% (78/704)    2.92% (11/377)

Scoring note (engine-independent, decided on the first run's output, the corpus unchanged): the kit lets a
date's year stay but only recognises years 18xx-20xx, so the i2b2-shifted years (2068-2140) and years in
words left by a correctly masked day and month counted as partial survivals (44, 23 and 29 partials, whole +
partial 15.44% / 12.64% / 14.06%). run_probe.year_allowed drops those; the table holds the adjusted values,
re-scored from the same masked output, not a second run.

Seed 1 by type: NAME 20/241, USERNAME 15/18, DATE 10/150, ADDRESS 10/63, PHONE 5/84, ID 3/21, EMAIL 2/30;
none in MRN (20), ZIP (25), HEALTH_PLAN (24), DEVICE (14), FAX (8), AGE (6), ACCOUNT (2). Seeds 2 and 3:
NAME 25 and 28, USERNAME 14 and 16, ADDRESS 11 and 7, DATE 8 and 8, ID 4 and 3, PHONE 3 and 6, EMAIL 2 and
2; still none in the clean types. The two families leak alike (seed 1: i2b2 notes 39/410, short texts
26/296). What leaks, in every seed:
- i2b2 usernames and initials (12 of 14 per seed; only "login <user>" is masked): "TR: dkd", "Transcribed
  by: ahr", "Gross by cnm", "Technologist: ea67", "Note authored by: sgeorg4", an addendum signed "-- wem".
- a date without a year, m/d (8 per seed): "hospital day 3 (1/17)", "last transmission 4/7", "to start
  8/8", "qHS 4/24 by Dr. ..."; spoken dates of birth in voicemail ("may fifth nineteen eighty seven").
- pagers (3-6 per seed): "Pager 2-9878", "pager 76326", "(Pager 23143)"; dictation job numbers "J#:
  96702" (not the "JOB#:" form, which is masked); a national number's last four ("PESEL ending 0101").
- the patient's town in prose: "a 61-year-old man from Putnam with ...", "retired machinist
  from Biddeford", "the pharmacy in Londrina"; i2b2 LOCATION-OTHER landmarks "summers at Nantucket",
  "the Berkshires"; lower-case addresses in speech-to-text ("house 45, kilimo lane in naivasha").
- clinicians in signature and staff lines: "ASSISTANT: Majed Toukan, M.D.", "Pathologist: Moana Pomare,
  M.D.", "Nii Uzodimma, RN, BSN", "-- Pita R. Taufa, RN", "Kerem Shalabi, M.D." under "Sincerely,";
  word-like surnames after an initial ("C. Trout", "River P. Sparrow", "Amber P. Spear") and a patient
  "BOLT, CHASE"; a relative "granddaughter Charity Church".
- short texts: lower-case names ("user: nandini bose, 1 January 1986", "hey its adaugo again", "discharge
  papers ... for goran marković-krawczyk", "display_name": "mairéad mcguinness"), ALL-CAPS inverted names
  ("HOSSEINZADEH-MELNYK, FARHAD failed verification", "ONYEBUCHI NYARKO-GOLD"), a sign-off ("Thanks, Ebru.",
  "- Hine Vainikolo"), inverted "Erdem, Majed (DOB: ...)", a relative in a list ("Emergency contact ...:
  Rangi Hohaia, ..."), spoken e-mails ("tane dot tuhiwai at kakao dot com"), portal users ("MyChart user
  cmacaula67").
Partial (seed 1, 6): voicemail names keep a part ("luz marina aranguren" -> "[NAME] marina aranguren",
"kiat kurniawan" -> "[NAME] kurniawan"), "Bldg 72, 39 Al-Rabwa St" kept "Bldg"; seed 3 a
Japanese street number rewritten as a year ("sakuragi-cho 2-1-26" -> "sakuragi-cho 2026").
Over-masking (seed 1, 14 of 377): "Na 134" -> "[NAME] 134" (all seeds), "no Barrett mucosa" -> "[NAME]",
"Insurance: Medicare <MBI>" -> "[HEALTH_PLAN]" (the insurer word taken with the number, all seeds), "GCS
E4V5M6" -> "GCS [ADDRESS]", nursing homes "Hebrew SeniorLife", "Quincy Bay Skilled Nursing" -> "[NAME]
...", "Merlin.net" -> "[NAME].net", "Biotronik Enitra 8 DR-T" -> "[DEVICE] DR-T", apps "Healow",
"WhatsApp", "MyChart" -> "[NAME]", the country "Türkiye" -> "[ADDRESS]"; seeds 2-3 add "Small bowel
obstruction" -> "[NAME] bowel obstruction", "Puerto Rico", "Cape Verde", "Walgreens", "Youville House",
"FOR MY LEVETIRACETAM 500 MG" -> "FOR [NAME] 500 MG". Nothing leaks from the MRNs, plan and member numbers
(MBI, MassHealth, KVNR, CNS, Medicare AU, OHIP...), device serials and lots, fax numbers, ZIPs and
postcodes of 23 countries, or ages over 89 (digits and words: "90 or older-year-old").

After the general rules it prompted the same day (pinned with values of our own in
tests/engine/test_dictation.py: dictation.py's clinicians before their degree, given + middle initial +
surname, typists' initials and logins, pagers, "J#" job numbers, number endings, month/day without a year,
a patient's town in the history's first line; lower-case names after "user:", "its", a parent or "doctor";
a CAPS register name before prose; a comma inside a name before "(DOB"; a payer's name before its member
number and a device model without a serial stay; analytes without a unit, GCS parts, nursing homes, apps,
territories), seeds 1/2/3 measured 2.55% / 3.37% / 3.84% leaked (whole + partial 3.54% / 4.07% / 4.97%)
and 0.53% / 0.80% / 0.80% over-masked. Still leaking: spoken e-mails and dates of birth in voicemail, a
given name that is an ordinary word after "my name is" ("[NAME] Sweet"), towns after "in"/"at" in prose,
landmarks ("the Berkshires"), lower-case names without a cue.

Relabelled 2026-11-27, engine-independent: the first measurement scored the patients' employers ("Worked
for <employer> until ...", "Retired from <employer>", 2 per seed) as keep values, which Safe Harbor does not
allow: it removes the names "of the individual or of relatives, employers, or household members" (45 CFR
164.514(b)(2)(i)). They are PHI (NAME) now; the tables above were scored the old way.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1 when the probe was written. The corpus's soundness
(labels, check digits, reproducibility, sizes, the i2b2 shapes, the renderings of the short texts) and its
independence from probes 1-19 (template kinds; name words, towns and streets of probes 1-17 and 19, as
probe 18 has no lists) are checked too. Name words are not checked against the engine's lexicon or source:
the probe's author did not read them, and an evaluator would not either.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe20 import ids, people
from tests.engine.probe20.corpus import TEMPLATES, make_corpus, problems, spoken_date, year_words
from tests.engine.probe20.run_probe import crashes, run

LEAK_CEILING = 0.04  # 2.55% (18/706) on seed 1 after the fixes (9.21% when written)
STRICT_CEILING = 0.05  # whole + partial: 3.54% (10.06% when written)
OVERMASK_CEILING = 0.02  # 0.53% (2/377) after the fixes (3.71% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"MRN", "ZIP", "HEALTH_PLAN", "DEVICE", "FAX", "AGE", "ACCOUNT"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# name particles: not words a label could be confused by
PARTICLES = {"de", "la", "del", "los", "dos", "da", "do", "te", "ní", "ó", "mac", "ap", "al", "el"}
# (type, regex) -> validator of the identifiers with a check digit the corpus writes
SHAPES = {
    ("ID", r"\d{3} \d{3} \d{4}"): ids.nhs_valid,
    ("ID", r"\d{7}[A-W]"): ids.ppsn_valid,
    ("ID", r"\d{3} \d{3} \d{3}"): ids.luhn_valid,
    ("HEALTH_PLAN", r"\d{4}-\d{3}-\d{3}-[A-Z]{2}"): ids.luhn_valid,
    ("HEALTH_PLAN", r"\d{4} \d{5} \d"): ids.au_medicare_valid,
    ("ID", r"[A-HJ-NP-Z]{3}\d{4}"): ids.nhi_valid,
    ("ID", r"\d{4} \d{4} \d{4}"): lambda s: ids.aadhaar_valid(s) or ids.my_number_valid(s),
    ("ID", r"\d{13}"): ids.luhn_valid,
    ("ID", r"\d{3}\.\d{3}\.\d{3}-\d\d"): ids.cpf_valid,
    ("HEALTH_PLAN", r"[789]\d\d \d{4} \d{4} \d{4}"): ids.cns_valid,
    ("ID", r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0A]\d"): ids.curp_valid,
    ("HEALTH_PLAN", r"[A-Z]\d{9}"): ids.kvnr_valid,
    ("ID", r"\d \d\d \d\d \d\d \d{3} \d{3} \d\d"): ids.nir_valid,
    ("ID", r"\d{6}-\d{7}"): ids.rrn_valid,
    ("ID", r"\d{8}[A-Z]"): ids.dni_valid,
    ("HEALTH_PLAN", r"[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d\d"): ids.mbi_valid,
    ("ID", r"\d{3}-\d\d-\d{4}"): ids.ssn_valid,
}


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam]) - PARTICLES


def _places() -> tuple[set[str], set[str]]:
    towns = {t for c in people.PLACES.values() for t, _, _ in c.towns}
    return towns, {s for c in people.PLACES.values() for s in c.streets}


def _keep_values() -> set[str]:
    return {k for seed in (1, 2, 3) for d in make_corpus(seed) for k in d.keep}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    assert sum(d.loc == "US" for d in docs) == 20 and sum(d.loc == "multi" for d in docs) == 16
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 150
        assert [p for d in corpus for p in problems(d)] == []
        sizes = [(d.id, len(d.phi), len(d.keep)) for d in corpus]
        assert all(10 <= p <= 32 and k >= 4 for _, p, k in sizes), sizes
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "MRN", "ID"}
    assert types >= {"HEALTH_PLAN", "DEVICE", "USERNAME", "ACCOUNT"}


def test_i2b2_notes_have_the_benchmark_shapes() -> None:
    """Dictation headers and trailers, shifted future years, clinicians named in every rendering."""
    text = "".join(d.content for s in (1, 2, 3) for d in make_corpus(s) if d.loc == "US")
    markers = ("Record date: 2", "ADMISSION DATE:", "DISCHARGE DATE:", "\nDD: ", "\nDT: ", "JOB#:", "\ncc: ",
               ", M.D.", "DR. ", "Dear Dr. ", "eScription document:", "Pager ", "Accession No:")  # fmt: skip
    for marker in markers:
        assert marker in text, marker
    for seed in (1, 2, 3):
        notes = [d for d in make_corpus(seed) if d.loc == "US"]
        dates = [v for d in notes for t, v in d.phi if t == "DATE"]
        years = {int(y) for v in dates for y in re.findall(r"\b2[01]\d\d\b", v)}
        assert years and min(y for y in years if y > 2060) >= 2068, sorted(years)
        # clinicians: "SURNAME, GIVEN", "Given M. Surname", "Dr. Surname" all labelled NAME
        names = [v for d in notes for t, v in d.phi if t == "NAME"]
        assert sum(bool(re.fullmatch(r"[A-Z'\- ]+, [A-Z'\- ]+", n)) for n in names) >= 10
        assert sum(bool(re.fullmatch(r"\S+ [A-Z]\. \S.*", n)) for n in names) >= 15
        ages = [v for d in notes for t, v in d.phi if t == "AGE"]
        assert any(a.isdigit() for a in ages) and any(not a.isdigit() for a in ages), ages


def test_short_texts_vary_renderings_and_countries() -> None:
    """Lower-case, ALL-CAPS, hyphenated and multi-part names; spoken dates; 20+ countries' addresses."""
    town_country = {t: c for c, p in people.PLACES.items() for t, _, _ in p.towns}
    countries, names, dates = set(), [], []
    for seed in (1, 2, 3):
        for d in make_corpus(seed):
            if d.loc != "multi":
                continue
            countries |= {town_country[v] for t, v in d.phi if t == "ADDRESS" and v in town_country}
            names += [v for t, v in d.phi if t == "NAME"]
            dates += [v for t, v in d.phi if t == "DATE"]
    assert len(countries) >= 20, sorted(set(people.PLACES) - countries)
    assert sum(n == n.lower() and " " in n for n in names) >= 20
    assert sum(n == n.upper() and len(n) > 5 for n in names) >= 10
    assert sum("-" in n for n in names) >= 15 and sum("'" in n for n in names) >= 3
    assert sum(bool(re.search(r"\b(?:de la|del|dos|Ní|Ó|Mac) ", n)) for n in names) >= 3
    assert sum(bool(re.search(r"(?:teen|ty|thousand) ", d)) for d in dates) >= 5  # spoken dates
    assert len({re.sub(r"\d", "9", re.sub(r"[A-Za-z]+", "a", d)) for d in dates}) >= 12  # date shapes


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-19 is reused, and no name word, town or street of probes 1-17 and 19
    (probe 18 draws its people from Faker and has no lists). Name particles ("de", "la") are left out."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18}
    towns, streets = _places()
    mods = ["probe", *(f"probe{i}" for i in range(2, 18)), "probe19"]
    overlap = earlier_probe_overlap(mods, kinds, _name_words(), towns, streets)
    assert not overlap, sorted(overlap)


def test_names_never_look_like_keep_words_or_places() -> None:
    """No word of a person's name is a word of a keep value, a town or a street, so every label is
    unambiguous (a patient called like a hospital or a street would make one event count twice)."""
    words = _name_words()
    keep = name_words(list(_keep_values())) - PARTICLES
    assert not words & keep, sorted(words & keep)
    towns, streets = _places()
    place_words = name_words(list(towns | streets)) - PARTICLES
    assert not words & place_words, sorted(words & place_words)


def test_numbers_in_words() -> None:
    assert year_words(1987) == "nineteen eighty-seven" and year_words(2004) == "two thousand four"
    assert year_words(1905) == "nineteen oh five"
    assert spoken_date(date(1987, 3, 4)) == "march fourth nineteen eighty-seven"
    assert spoken_date(date(2001, 11, 22), with_year=False) == "november twenty-second"
    assert spoken_date(date(1990, 6, 30)) == "june thirtieth nineteen ninety"


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid and encode what they should, so a checksum-aware detector is
    probed fairly; the validators are checked against published example values."""
    rng = random.Random(20)
    for _ in range(200):
        born = date(1935, 1, 1) + timedelta(days=rng.randrange(365 * 70))
        female = rng.random() < 0.5
        assert ids.nhs_valid(ids.nhs_number(rng)) and ids.ppsn_valid(ids.ppsn(rng))
        assert ids.nhi_valid(ids.nhi(rng))
        assert ids.luhn_valid(ids.sin(rng)) and ids.luhn_valid(ids.ohip(rng)[:12])
        assert ids.au_medicare_valid(ids.au_medicare(rng)) and ids.aadhaar_valid(ids.aadhaar(rng))
        assert ids.cpf_valid(ids.cpf(rng)) and ids.cns_valid(ids.cns(rng)) and ids.bsn_valid(ids.bsn(rng))
        assert ids.dni_valid(ids.dni(rng)) and ids.tc_kimlik_valid(ids.tc_kimlik(rng))
        assert ids.kvnr_valid(ids.kvnr(rng)) and ids.my_number_valid(ids.my_number(rng))
        assert ids.ssn_valid(ids.ssn(rng)) and ids.mbi_valid(ids.mbi(rng))
        assert ids.luhn_valid(ids.nss_mx(rng, born))
        z = ids.za_id(rng, born, female)
        assert ids.luhn_valid(z) and z[:6] == f"{born:%y%m%d}" and (int(z[6]) < 5) == female
        pe = ids.pesel(rng, born, female)
        assert ids.pesel_valid(pe) and pe[:2] == f"{born:%y}" and (int(pe[9]) % 2 == 0) == female
        n = ids.nir(rng, born, female)
        assert ids.nir_valid(n) and n[0] == ("2" if female else "1") and n[2:7] == f"{born:%y %m}"
        r = ids.rrn(rng, born, female)
        assert ids.rrn_valid(r) and r[:6] == f"{born:%y%m%d}"
        c = ids.curp(rng, "José Luis", "Zúñiga", born, female)
        assert ids.curp_valid(c) and c[:2] == "ZU" and c[4:10] == f"{born:%y%m%d}"
        assert c[10] == ("M" if female else "H")
    assert ids.nhs_valid("943 476 5919") and not ids.nhs_valid("943 476 5918")
    assert ids.ppsn_valid("1234567T") and not ids.ppsn_valid("1234567U")
    assert ids.nhi_valid("ZZZ0016") and not ids.nhi_valid("ZZZ0017")
    assert ids.aadhaar_valid("234123412346") and not ids.aadhaar_valid("234123412347")
    assert ids.cpf_valid("529.982.247-25") and not ids.cpf_valid("529.982.247-26")
    assert ids.pesel_valid("44051401359") and not ids.pesel_valid("44051401358")
    assert ids.bsn_valid("111222333") and not ids.bsn_valid("111222334")
    assert ids.dni_valid("12345678Z") and not ids.dni_valid("12345678A")
    assert ids.tc_kimlik_valid("10000000146") and not ids.tc_kimlik_valid("10000000147")
    assert ids.kvnr_valid("A123456780") and not ids.kvnr_valid("A123456781")
    assert ids.nir_valid("2 55 08 14 168 025 38") and not ids.nir_valid("2 55 08 14 168 025 39")
    assert ids.my_number_valid("123456789018") and not ids.my_number_valid("123456789017")
    assert ids.au_medicare_valid("2123 45670 1") and not ids.au_medicare_valid("2123 45671 1")
    assert ids.luhn_valid("046 454 286") and ids.luhn_valid("8001015009087")
    assert ids.curp_valid("HEGG560427MVZRRL04") and not ids.curp_valid("HEGG560427MVZRRL05")
    assert ids.mbi_valid("1EG4-TE5-MK73") and not ids.mbi_valid("1EG4-TE5-MK7S")
    seen = set()
    for seed in (1, 2, 3):  # the identifiers in the corpus itself
        for d in make_corpus(seed):
            for type_, value in d.phi:
                for (t, shape), ok in SHAPES.items():
                    if t == type_ and re.fullmatch(shape, value):
                        assert ok(value), (d.id, type_, value)
                        seen.add((t, shape))
    assert len(seen) >= 14, sorted(set(SHAPES) - seen)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    """Every document is masked or refused with EngineError; none raises anything else."""
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, no leak in the types that had none when the probe was written, no new crash."""
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=500,
        min_keep=150,
        clean=CLEAN,
    )
