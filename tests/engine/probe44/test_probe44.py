"""Regression guard for the forty-fourth generalisation probe: English health text from South Asia and
Southeast Asia's English-writing countries (India, Pakistan, Bangladesh, Sri Lanka, Nepal, the Philippines,
Malaysia, Singapore) with synthetic PHI planted in it. Kinds: OPD slip, private hospital discharge summary
(a patient aged 90+), ABDM-linked e-prescription (JSON bundle: ABHA number and address, PAN), TPA cashless
pre-authorisation, diagnostic chain lab report, referral letter, residents' WhatsApp group, ASHA / LHW home
visit register, immunisation card ("Baby of <mother>"), PhilHealth claim form (CF2), Singapore polyclinic memo
(NRIC/FIN), Malaysian MyKad ward admission form, Sri Lankan clinic-book entry, Nepali district hospital
referral slip, Pakistani CNIC lab requisition, Bangladeshi NID birth registration note, SMS reminder log
(CSV), 108 / 1122 ambulance call sheet: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe44.run_probe --seed N --brief`; engine at commit fc28e4a, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     6.23% (42/674)     7.27% (49/674)     5.88% (19/323)
    2     7.42% (50/674)     8.61% (58/674)     4.63% (15/324)
    3     5.93% (40/674)     7.12% (48/674)     5.86% (19/324)

Seed 1 by type (leaked / values): NAME 23/198, ADDRESS 9/128, VEHICLE 4/6, ZIP 2/24, ID 2/64, MRN 1/34,
AGE 1/6; none in DATE (112), PHONE (72), EMAIL (18), HEALTH_PLAN (10), IP (2). Seed 2: NAME 32, ADDRESS 9,
VEHICLE 4, ZIP 2, ID 2, AGE 1; seed 3: NAME 22, ADDRESS 9, VEHICLE 4, ZIP 2, ID 2, MRN 1.
Worst kinds (seed 1): residents' WhatsApp group 8/30, ABDM e-prescription JSON 6/38, ambulance call sheet
6/36, Sri Lankan clinic book 4/30, SMS log 4/58; best (none leaked): TPA pre-authorisation 0/50, referral
letter 0/35, Singapore memo 0/32, MyKad admission 0/36, CNIC lab requisition 0/36, NID birth note 0/36.
What leaks (seed 1):
- NAME 23: a given or family name alone in a role slot -- chat senders ("Pechiammal: me.", "Pacifico:"), a
  consultant after "asking for" ("asking for Murugesan sir", "Pabalan sir"), "PGY2 Chandrakala is on call",
  "(Reg. counter: Periyasamy)", "(phlebotomist Mariappan, ...)", "(phlebotomist Naseem, ...)", "(name given
  later: Aminul)", "Laxmi"; whole names after crew labels ("Pilot: Anasuya Peddireddy   EMT: Premlata Kadian",
  "Pilot: Tasneem Afridi   EMT: Rizwan Dogar"); a Filipino middle name alone ("Roxas (middle name)",
  "Sangalang"); the JSON's "name": "Apparao Pinnamaneni" (and so "Pinnamaneni" of his father); names at the
  start of an SMS text ("Geok Choo Foo, Vitamin A for your baby", the signature "Sharifah binti Baharuddin",
  "[NAME] Teck Huat" of "Quek Teck Huat").
- ADDRESS 9: Sri Lankan address lines and towns ("17/S, Station Road, Medamahanuwara", "53/G, Temple Road,
  Yakkalamulla"), localities and towns in running text ("from Sainikpuri Extension", "from Dumolog Gamay",
  "Area: Shanti Vihar Phase II"), landmarks as meeting places ("at Govt. Girls High School", "session site
  Shree Janajyoti Secondary School").
- VEHICLE 4: Nepali plates ("Ba 32 Pa 1028") and the patient's own vehicle ("KA 05 VJ 3851", "ICT YS-2808").
  ZIP 2: the JSON bundle's "pincode". ID 2: ABHA addresses ("apparao159@abdm"). MRN 1: an OP number in a CSV
  cell ("1637141/U"). AGE 1: "Age: 90 or older" for a patient aged exactly 90 (the kit scores the bare "90").
Partial (seed 1, 7): vehicle numbers with state code or series left ("MH [VEHICLE] 1398", "ICT [VEHICLE]"), an
ASHA ID's "ASHA/" prefix (2), "Model" of "Model Town Block K", "Phase 2" of "Gulshan-e-Hadeed Phase 2", a
Pakistani house line "H0 781," (a generator slip: the pattern "H# %##" filled its "#"; left as rendered).
Over-masking (seed 1, 19 of 323): first-level regions (6: "Region III", "Bagmati Province", "Koshi Province",
"Khulna Division", "Rajshahi Division" -- each also written inside an address, where the policy has it plain
text, and the kit counts every occurrence of a keep value, so these partly score the address occurrence),
"Singapore" (2, before a postal code), the Malay label "Negeri" (2), a physician's PRC accreditation number
written in the template (2), lab results ("Dengue IgM Reactive" 3, "S. Creatinine 1.4 mg/dL"), "Obstetrics &
Gynaecology", the hospital names "Upazila Health Complex" (2) and the chain "Dr. Lal PathLabs". Kept
everywhere else: hospital, TPA and insurer names, Indian brand drugs and doses, most lab values, ICD-10 codes,
amounts in Rs. / PKR / Tk / LKR / NPR / PHP / RM / S$, ages under 90, vaccine names, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is South / Southeast Asian text (every country, a JSON bundle, Aadhaar numbers valid
under Verhoeff, NRIC/FIN check letters valid, S/O / D/O / W/O relations, Tamil initials, bin / binti names,
six-digit PIN / postal codes, ages 90+), and independence from probes 1-42 (template kinds; name words, towns
and streets of their people tables with the kit's check; no name word in any string of those tables -- run
before the measurement; clashes with earlier probes' many South Asian and Filipino names were replaced then,
and "Street 7" was renamed). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the
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
from tests.engine.probe44 import ids, people
from tests.engine.probe44.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe44.run_probe import crashes, run

LEAK_CEILING = 0.06  # now 4.30% (29/674); first: 6.23% (42/674)
STRICT_CEILING = 0.07  # whole + partial: now 5.34%; first 7.27% (49/674)
OVERMASK_CEILING = 0.07  # first: 5.88% (19/323)
CLEAN = {"DATE", "PHONE", "EMAIL", "HEALTH_PLAN", "IP"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 43))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for d, ts in loc.regions.values() for t in d + ts} | {
        x for loc in people.LOCS.values() for x in loc.localities
    }


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
    assert types >= {"VEHICLE", "IP"}


def test_corpus_is_south_and_southeast_asian_text() -> None:
    """Every country; a JSON bundle; Aadhaar numbers pass Verhoeff, NRIC/FIN numbers their check letter;
    S/O, D/O, W/O relations; Tamil initials, bin / binti names; PIN codes six digits; ages 90+."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    values = [(t, v) for d in docs for t, v in d.phi]
    aadhaar = [
        re.sub(r"\D", "", v)
        for d in docs
        for t, v in d.phi
        if t == "ID" and re.search(rf"Aadhaar\W+{v}", d.content)
    ]
    assert len(aadhaar) >= 6 and all(ids.verhoeff_ok(a) for a in aadhaar)
    nric = [v for t, v in values if t == "ID" and re.fullmatch(r"[STFG]\d{7}[A-Z]", v)]
    assert len(nric) >= 6 and all(ids.nric_ok(n) for n in nric)
    text = "\n".join(d.content for d in docs)
    assert all(f" {r} " in text for r in ("S/O", "D/O", "W/O"))
    names = [v for t, v in values if t == "NAME"]
    assert sum(bool(re.fullmatch(r"[A-Z]\. [A-Z][a-z]+", v)) for v in names) >= 10
    assert sum(" bin " in v or " binti " in v for v in names) >= 10
    assert sum(t == "ZIP" and len(v) == 6 for t, v in values) >= 20
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-42, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"lek", "naseem", "oli", "ong", "png", "tay"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
