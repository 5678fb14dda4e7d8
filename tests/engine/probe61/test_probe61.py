"""Regression guard for the sixty-first generalisation probe: maternity, neonatal, fertility and paediatric
text from the US, the UK, Ireland, Canada, Australia and New Zealand with synthetic PHI planted in it. Kinds:
antenatal booking assessment (England / Wales / Scotland: CHI; Ireland: combined care, PPSN, medical card),
hand-held pregnancy record (Australia: Medicare, IHI; New Zealand: LMC notes, NHI), obstetric ultrasound
report (US: NPI, Medicaid; Canada), labour and delivery summary (US: infant security tag, baby "Baby Girl
<family>"; Canada: a Nunavut birth evacuation), birth registration (a draft register entry with the time of
birth; Ireland's BR1 with birth surnames), NICU / SCBU SBAR handover (twins, a third cot under a child
protection plan), newborn bloodspot screening result (JSON: New Zealand, Ireland), postnatal discharge letter
(Australia, England), lactation consultation (US: a rented pump's serial, WIC ID; Canada), growth chart record
(NZ Well Child, US), immunisation visit (NZ NIR, Ireland; vaccine batch numbers kept), health visitor / public
health nurse new-birth visit (a great-grandmother aged 90+), IVF embryology worksheet (US, UK: egg and embryo
IDs, donor codes, witnesses), fertility clinic letter (Australia, Canada), school nurse referral (US, Canada),
safeguarding / child protection referral (England MASH: UPN; Queensland Child Safety: CRN, a car's
registration), community midwives' team chat (New Zealand, England), prenatal portal messages (US, Canada:
video-visit links, sign-in IPs): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe61.run_probe --seed N --brief`; engine at commit 2b0ff20, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     8.24% (76/922)    10.74% (99/922)     3.30% (11/333)
    2     6.86% (63/919)     9.25% (85/919)     2.97% (10/337)
    3     7.72% (71/920)    10.11% (93/920)     3.90% (13/333)

Seed 1 by type (leaked / values): NAME 33/345, DATE 17/224, ID 14/79, ADDRESS 6/75, AGE 3/8, LICENSE 3/24;
none in PHONE (72), ZIP (26), MRN (25), HEALTH_PLAN (19), EMAIL (14), DEVICE (3), ACCOUNT (2), URL (2), IP
(2), SSN (1), VEHICLE (1). Seed 2: NAME 22, DATE 17, ID 14, ADDRESS 6, LICENSE 3, AGE 1; seed 3: NAME 25, DATE
17, ID 15, ADDRESS 8, LICENSE 4, AGE 1, DEVICE 1 (a US infant "Security tag 418883").
Worst kinds (seed 1): NICU handover 20/60, IVF embryology worksheet 9/67, midwives' team chat 8/49, birth
registration 7/54, fertility clinic letter 6/57, newborn screening JSON 5/44; best (none leaked): growth chart
record 0/47, school nurse referral 0/41.
What leaks (seed 1):
- NAME 33 of 345: a NICU handover's people (12) -- twins' given names in parentheses after an all-caps family
  name and that family name itself ("Twin 1 HAJDUK (Olisa)", "Twin 2 HAZLEHURST (Ofeina)"), the all-caps
  family name after "Baby Girl" (which itself became "[NAME] [NAME] UELE"), the nurses of the header line
  ("Nurse in charge: Filan Applegarth", "Handing over: Ikraan → Asli"); first names opening a chat message's
  sentence ("Handover — Awen Tatla had a BBA", "Reminder: Asli Dhanoa induction booked", "Ioelu did the cord",
  "started with Awatea's practice"); form labels the engine does not know ("Forename(s): Anab", "Forename(s):
  Cróine", "Child: Maioha Taiaroa" after a weekday header); JSON keys ("doctor": "Jaskirat Quennell",
  "publicHealthNurse": "Filan Rothwell"); given names alone in narrative ("Sukhmani born [date] at 40+1",
  "Previous live births: 1 (Paramvir, [date])", "Paikea and Tiahuia (6) at the birth", "Olisa is on night
  shift", "Olisa Eversley called at 06:30", "Bartosz had a bruise" after the full name was masked above,
  "Parewhai Kerehoma staying for two weeks").
- DATE 17 of 224: every one a time of birth -- the date is masked (to its year) and the clock time next to it
  survives ("Time of birth: 20:29", "DELIVERY: 2024 at 2200", "born 2025 at 19:41", "DOB 2024, 21:28", "born
  19:42" for Twin 2, "Baby Girl ... born 00:26 at home", JSON "birthTime": "00:55"). No calendar date leaks.
- ID 14: embryo IDs (12) -- "4328-E1", "6356-E3" in worksheet tables and letters ("embryo 8574-E1", "remain in
  storage (8574-E2, 8574-E3)"), while the egg IDs of the same cycle ("4328-O01") are all masked; donor codes
  (2: "donor code 75462", "HFEA donor code KD-1434D").
- ADDRESS 6: a town alone after a label or a verb -- "Registration district: Glenbervie Mains", "5. Place of
  birth: Llanddewi Fach", "lives Ravensworth Vale." / "lives Wirraway Heights.", "Home community: Caribou
  Narrows, Manitoba", "believed to live in Thornleigh Wick".
- LICENSE 3: Irish and Canadian registration numbers -- "IMC Reg. No. 780358", "NMBI PIN 336437", "CPSO
  437679". AGE 3: "(94 😮)" after a kuia's name in a chat, and "aged 90 or older" for great-grandmothers aged
  exactly 90 (2; the kit scores the bare "90", as in probe44).
Partial (seed 1, 23): the weekday of a "Wed 26 Jun" / "Mon 2/17" date left before "[DATE]" (22; the policy
labels the whole "Wed 26 Jun"), "House 4945" -> "[NAME] 4945" (a Nunavut house number: "House" read as a
name).
Over-masking (seed 1, 11 of 333): unit and programme names with a capitalised ordinary word read as a name
("Mother and Baby Unit" 3 -> "Mother and [NAME] Unit", "Early Pregnancy Unit" -> "[NAME] [NAME] Unit",
"Healthy Baby Program" -> "[NAME] [NAME] [NAME]", "Bright Beginnings Pediatrics" -> "[NAME] Beginnings
Pediatrics", "Cascade Cryobank" -> "[NAME]"), blood groups after "mum" ("Blood group mum A RhD positive" ->
"[NAME] positive", 2), a birth weight after "Birth:" ("Birth: 3041 g" -> "[DATE] g"), a vaccine batch number
("A21CE180U" -> "[ID]"). Seeds 2-3 add "Fertility North", blood groups after "Blood type" and "Your blood
group is", "Nunavut" after a town ("Qaqqalik Bay, [NAME]"), "97th percentile". Also unscored: "Night → Day" ->
"Night → [NAME]", "brady" -> "[NAME]", "Sat 10 May 07:30" -> "Sat [DATE]:30", "Team Amber" -> "Team [NAME]",
"Baby Girl" before an all-caps family name -> "[NAME] [NAME]". Kept everywhere else: gestational ages (27+3,
39+2), Apgars, weights, lengths, head circumferences, centiles and percentiles, drugs and doses, vaccine
names, LATCH and EPDS scores, most hospital, unit and clinic names (Labour Ward, Birth Suite, Neonatal
Intensive Care Unit, Postnatal Ward), states, provinces and regions, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is maternity and child-health text (every country; NHS, CHI, PPSN, NHI, Medicare,
IHI, Ontario and BC health numbers, NPIs and UPNs valid under their check-digit rules; "Baby Girl / Boy
<family>", times of birth, egg and embryo IDs, Eircodes and Canadian postal codes, ages 90+, gestational ages
and Apgars kept; the forms' marks), and independence from probes 1-60 (template kinds; name words, towns and
streets of their people tables with the kit's check; no name word in any string of those tables, also with
accents removed -- run before the measurement). Names were not checked against the engine's lexicon;
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import json
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
from tests.engine.probe61 import ids, people
from tests.engine.probe61.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe61.run_probe import crashes, run

# (now: times of birth in prose stay, see docs/masking.md "Judgment calls")
LEAK_CEILING = 0.05  # now 3.47% (32/922); first: 8.24% (76/922)
STRICT_CEILING = 0.07  # whole + partial: now 5.86%; first 10.74% (99/922)
OVERMASK_CEILING = 0.03  # now 1.80% (6/333); first: 3.30% (11/333)
CLEAN = {
    "PHONE",
    "ZIP",
    "MRN",
    "HEALTH_PLAN",
    "EMAIL",
    "DEVICE",
    "ACCOUNT",
    "URL",
    "IP",
    "SSN",
    "VEHICLE",
}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 61))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for ts in loc.regions.values() for t in ts} | {
        c for loc in people.LOCS.values() for cs in loc.counties.values() for c in cs
    }


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).casefold()


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


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled identifier values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for t, v in d.phi:
            if t not in ("ID", "HEALTH_PLAN", "SSN", "LICENSE") or not re.fullmatch(value_re, v):
                continue
            if re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_maternity_and_child_health_text() -> None:
    """Every country; identifiers with valid check digits (NHS, CHI, PPSN, NHI, Medicare, IHI, Ontario and BC
    health numbers, NPI, UPN); babies named 'Baby Girl / Boy <family>'; times of birth; egg and embryo IDs and
    donor codes; great-grandmothers aged 90+; gestational ages, Apgars and units kept."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    checks = [
        ("NHS No", r"\d{3} \d{3} \d{4}", ids.nhs_ok, 20),
        ("CHI", r"\d{10}", ids.chi_ok, 3),
        ("PPSN|PPS No.", r"\d{7}[A-W][AW]?", ids.ppsn_ok, 10),
        ("NHI", r"[A-Z]{3}\d{4}", ids.nhi_ok, 10),
        ("Medicare", r"\d{4} \d{5} \d", ids.medicare_ok, 10),
        ("IHI", r"8003 \d{4} \d{4} \d{4}", lambda v: ids.luhn_ok(v.replace(" ", "")), 6),
        ("[Hh]ealth card", r"\d{4}[- ]\d{3}[- ]\d{3}[- ][A-Z]{2}", ids.ontario_ok, 3),
        ("[Hh]ealth card", r"9\d{3} \d{3} \d{3}", ids.bc_phn_ok, 3),
        ("NPI", r"1\d{9}", ids.npi_ok, 8),
        ("UPN", r"[A-Z]\d{12}", ids.upn_ok, 3),
    ]
    for label, pattern, ok, least in checks:
        found = _after(docs, label, pattern)
        assert len(found) >= least and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    text = "\n".join(d.content for d in docs)
    times = [v for t, v in values if t == "DATE" and re.fullmatch(r"\d{1,2}:?\d{2}( [AP]M)?", v)]
    assert len(times) >= 45
    babies = re.findall(r"Baby (?:Girl|Boy) ([A-Z][\w'-]+)", text)
    assert len(babies) >= 12 and all(("NAME", b) in values or ("NAME", b.title()) in values for b in babies)
    assert sum(t == "ID" and bool(re.fullmatch(r"\d{4}-[OE]\d{1,2}", v)) for t, v in values) >= 60
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 20
    eircode = r"[ACDEFHKNPRTVWXY]\d[\dW] [ACDEFHKNPRTVWXY\d]{4}"
    assert sum(t == "ZIP" and bool(re.fullmatch(eircode, v)) for t, v in values) >= 10
    assert sum(t == "ZIP" and bool(re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", v)) for t, v in values) >= 6
    keeps = [k for d in docs for k in d.keep]
    assert sum(bool(re.fullmatch(r"\d{1,2}\+\d", k)) for k in keeps) >= 80
    assert sum(k.startswith("Apgars ") for k in keeps) >= 10
    marks = (
        "Labour Ward",
        "SBAR",
        "Twin 1",
        "Twin 2",
        "BR1",
        "HFEA",
        "IBCLC",
        "NIR",
        "MASH",
        "Child Safety",
        "MyChart",
    )
    assert [w for w in marks if w not in text] == []


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-60, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too, and with accents
    removed)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    earlier = _earlier_people_words()
    assert _name_words() & earlier == set()
    plain = {_plain(w) for w in earlier}
    assert {w for w in _name_words() if _plain(w) in plain} == set()
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


ENGINE_WORDS_BEFORE = {"tobenna", "vea"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
