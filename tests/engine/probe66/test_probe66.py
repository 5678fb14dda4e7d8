"""Regression guard for the sixty-sixth generalisation probe: oncology, transplant, dialysis and
chronic-disease programme text from the United States, the United Kingdom, Canada, Australia and New Zealand
with synthetic PHI planted in it. Kinds: tumour-board minutes (US GI tumor board, AU thoracic MDM; a case aged
90+), cancer-registry abstract (US NAACCR XML record with capitals, YYYYMMDD dates, a digits-only SSN and
phone; Manitoba registry abstract), chemotherapy order set (US mFOLFOX6 plan with an ambulatory pump's serial;
UK SACT prescription), SACT cycle log (UK R-CHOP, AU eviQ FOLFIRINOX table), radiotherapy prescription and
plan approval (Canada, New Zealand), MDT outcome form (UK lung, NZ colorectal FCT), transplant waitlist
registration (UNOS TCR, NHSBT), organ-offer log with the donor family's contact (US, Canada), haemodialysis
run sheet (US; AU remote, Warlpiri), CKD clinic letter (UK, NZ; patients aged 90+), diabetes education group
log (Canada, AU), palliative-care note (AU, Canada; patients aged 90+), patient-navigator notes (US; Canada,
Indigenous navigator), REDCap trial eligibility screen exported as JSON (US, UK), living kidney donor
assessment (UK, AU), PD home visit (NZ, Canada), urgent suspected-cancer referral (UK 2WW, NZ FCT) and
oncology helpline triage log (UK UKONS, AU): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe66.run_probe --seed N --brief`; engine at commit 1d835ce, `git status
--short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18 kinds per
seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     4.63% (45/972)     4.94% (48/972)     5.59% (29/519)
    2     4.75% (46/969)     5.37% (52/969)     5.97% (31/519)
    3     4.96% (48/967)     5.07% (49/967)     5.78% (30/519)

Seed 1 by type (leaked / values): NAME 22/327, ADDRESS 11/85, DATE 8/259, ID 2/50, ZIP 1/35, DEVICE 1/6; none
in MRN (42), PHONE (95), AGE (6), HEALTH_PLAN (25), SSN (3), LICENSE (21), EMAIL (12), ACCOUNT (2), URL (2),
IP (2). Seed 2: NAME 18, ADDRESS 13, DATE 11, ID 2, ZIP 1, DEVICE 1; seed 3: NAME 21, ADDRESS 12, DATE 9, ID
4, AGE 1, ZIP 1.
Worst kinds (seed 1): diabetes education group log 13/56, cancer-registry abstract 6/55, dialysis run sheet
5/43, SACT cycle log 4/55; none leaked: chemotherapy order set 0/53, waitlist registration 0/52, navigator
notes 0/57, living donor assessment 0/51, PD home visit 0/51.
What leaks (seed 1):
- NAME 22 of 327: names opening a list line or a table row with no label before them -- group-log attendees
  ("1. Khakh, Gurcharan — PHN", "3. Monias, Trixie — PHIN", "- Georgoula Papathanasiou | UR", "- Liberata
  Gauci | UR"), MDM case headings ("1. Saver Xerri — UR", "3. Biddy Napaljarri — UR") -- and the given names
  reused alone in the follow-up bullets ("- Gurcharan: two lows", "- Maluk: hypo on"); staff named with a
  credential or role after the name ("Physics plan check: Rajvir Bilga, MCCPM", "Ngarangi Poutu, MRT
  (planning)", "Low clearance CNS: Paddy MacCuish", "Nurse in charge: Prokopios Vrettos", "Seumaloafua
  Lakatani (renal nurse specialist)"); NAACCR XML name fields in capitals (`nameLast` "RESENDES" while
  `nameFirst` was masked, `nameSpouseParent` "TEOTÓNIO RESENDES", so the follow-up contact's surname survives
  too); a bare given name ("03:05 Backup Klah notified").
- ADDRESS 11: a town written alone, without street or postcode ("Family physician: Dr [NAME], Kinosao Lake",
  "..., Sich Valley", "Site: community hall, Panorama Flats", "son joined by video from Panorama Flats", "back
  from sorry business at Wakurlpa", "ED from Horsley Vale (45 min)", "daughter [NAME] in Horsley Vale"); the
  town between a masked street and a masked postcode in UK GP-practice addresses ("[ADDRESS], Poplar Reach
  [ADDRESS]", also Bromley Vale, Kirkbrook Vale); a Manitoba road-grid rural address ("48567 Road 99E").
- DATE 8: day / month without a year -- the AU cycle table's "Pump off" column (29/04, 20/05, 09/06, 21/07),
  "missed two runs (12/03, 08/04)", "MDM coordinator, 14/03.", US "Missed treatment 4/4".
- ID 2: REDCap JSON `record_id` values shaped "915-377" (the "SCR-5459" shape was masked). ZIP 1: the NAACCR
  `addrCurrentPostalCode` / `addrAtDxPostalCode` "02748" (a Massachusetts ZIP with its leading zero). DEVICE
  1: a CGM sensor serial ("sensor 6ZXJM45LJY started in session").
Partial (seed 1, 3): "Strawberry" of "Strawberry Hill Park" in parentheses after a GP's name ("Strawberry
[NAME]"), "Falls" of "Quequechan Falls" ("([NAME] Falls)"), "Box" of a Saskatchewan "Box 389" ("Box
[ADDRESS]"; the policy puts the box number's word inside the value). Not scored but seen: an Australian
Medicare number's issue number and IRN left after the masked card number ("Medicare [ID] 1-2").
Over-masking (seed 1, 29 of 519): organ and clinical words read as surnames -- "Kidney" (4: "NHSBT ODT —
Kidney Transplant List Registration", "National Kidney Offering Scheme", "Living Kidney Donor Assessment",
"Australian and New Zealand Paired Kidney Exchange (ANZKX)"), "LUNG CANCER MDT — OUTCOME FORM" ("Lung
function", "Lung CNS" unscored), "HCV Ab negative" ("HCV [NAME] negative"), "Haemodialysis Run Sheet",
"Adjuvant AC-T" ("[NAME] completed"), unscored "Date first dialysis" -> "[NAME] first dialysis"; single-letter
ABO blood groups (3: "donor A, recipient A", "donor B, recipient O" -> [NAME]); a label steering the type --
"Plan: mFOLFOX6" -> "Plan: [HEALTH_PLAN]", "Ethnicity: Māori / Indian / Cook Islands Māori" -> [ADDRESS] (4
with the country "Cook Islands"), "moving to APD" -> [ADDRESS], "Donor: DCD, KDPI 55%" -> "[NAME] 55%" (2), a
protocol number ("[ID] (LUMEN-2)"); device, product and place-of-stay names as names ("CADD-Solis", "Baxter
HomeChoice Claria", "Elekta Versa HD" -> "[NAME] HD", "Whānau House", "Southgate Family Doctors" -> "[NAME]
Family Doctors"); numbers read as dates ("Kt/V 1.9" -> "Kt/V [DATE]", the nodal count in "pT2 pN1a (2/14) M0"
-- a date-shaped keep -- and "4. Atrial fibrillation" -> "[DATE] fibrillation"); "Capecitabine 1000 mg/m² BD
days 1–14" -> "mg/m[ADDRESS] 1–14". Kept everywhere else: hospitals, cancer centres, dialysis units,
transplant centres and OPOs, regimens (CAPOX, R-CHOP, FOLFIRINOX), drugs and doses, TNM and stage groups,
ECOG, AKPS, cPRA / KDPI / EPTS, HLA types, most lab values, NCT numbers, languages, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is programme text from the five countries (NHS, NHI, Medicare (AU), IHI, BC PHN and
NPI numbers valid under their check-digit rules; NAACCR YYYYMMDD dates and digits-only SSNs; skin names as
family names; ages 90+; UK and Canadian postcodes; regimens, staging and lab values present), and independence
from probes 1-64 (template kinds; name words, towns and streets of their people tables with the kit's check;
no name word in any string of those tables, with accents and apostrophes folded too -- run before the
measurement; an invented New Zealand street that an earlier probe already had, "Harakeke Lane", was renamed
then). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were
already words of the engine's code when the probe was written (found by `written_in_engine_code`, not chosen:
"atta", "jakob", "neta").
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
from tests.engine.probe66 import ids, people
from tests.engine.probe66.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe66.run_probe import crashes, run

LEAK_CEILING = 0.04  # now 2.16% (21/972); first: 4.63% (45/972)
STRICT_CEILING = 0.04  # whole + partial: now 2.47%; first: 4.94% (48/972)
OVERMASK_CEILING = 0.06  # now 4.24% (22/519); first: 5.59% (29/519)
CLEAN = {"MRN", "PHONE", "AGE", "HEALTH_PLAN", "SSN", "LICENSE", "EMAIL", "ACCOUNT", "URL", "IP"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 65))]
# words of a street fill pattern that are not a street's name
_NOT_STREET = {"apt", "unit", "flat", "house", "lot", "box", "camp", "hwy", "fl", "nd", "rd", "st", "ave"}


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    """The invented towns, communities, colonies, outstations and islands."""
    return {t for loc in people.LOCS.values() for region in loc.regions.values() for t in region.towns}


def _streets() -> set[str]:
    """The street names of the fill patterns ("%## Rodman Terrace, 2nd fl" -> "Rodman Terrace")."""
    out: set[str] = set()
    for loc in people.LOCS.values():
        for region in loc.regions.values():
            for pattern in region.streets:
                name = re.sub(r"\b(Apt|Unit|Flat|House|Lot|Box|Camp|RR|HC|Hwy) [%#@^0-9]+,?", " ", pattern)
                name = re.sub(r"[%#@^0-9]+(nd|rd|st)? fl\b", " ", name)
                name = re.sub(r"\s+", " ", re.sub(r"[%#@^/0-9]+", " ", name)).strip(" ,")
                if any(len(w) >= 3 and w.casefold() not in _NOT_STREET for w in re.findall(r"[\w-]+", name)):
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
    """Words without accents and apostrophes, each also split at an apostrophe."""
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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "URL", "IP"}


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


def test_corpus_is_programme_text() -> None:
    """Every country; NHS, NHI, Medicare (AU), IHI, BC PHN and NPI numbers valid under their check-digit
    rules; NAACCR dates and digits-only SSNs; skin names as family names; ages 90+; UK and Canadian
    postcodes; regimens, staging and lab values kept."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    checks = {
        "NHS": (r"NHS No|NHS|nhs_number", r"\d{3} \d{3} \d{4}", ("ID",), ids.nhs_ok),
        "NHI": (r"NHI", r"[A-Z]{3}\d{4}", ("ID",), ids.nhi_ok),
        "Medicare AU": (r"Medicare", r"\d{4} \d{5} \d-\d", ("HEALTH_PLAN",), ids.medicare_au_ok),
        "IHI": (r"IHI", r"8003 60\d\d \d{4} \d{4}", ("ID",), ids.ihi_ok),
        "PHN": (r"PHN", r"9\d{3} \d{3} \d{3}", ("HEALTH_PLAN",), ids.bc_phn_ok),
        "NPI": (r"NPI|npiPhysician\w+", r"\d{10}", ("LICENSE",), ids.npi_ok),
    }
    for name, (label, pattern, types, ok) in checks.items():
        found = _after(docs, label, pattern, types)
        assert len(found) >= 3 and all(ok(v) for v in found), (name, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    assert sum(t == "DATE" and bool(re.fullmatch(r"(19|20)\d{6}", v)) for t, v in values) >= 12
    assert sum(t == "SSN" and bool(re.fullmatch(r"\d{9}", v)) for t, v in values) >= 3
    assert sum(t == "ZIP" and bool(re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", v)) for t, v in values) >= 10
    assert sum(t == "ZIP" and bool(re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", v)) for t, v in values) >= 6
    skins = set(people.NAMES["warlpiri"][2])
    names = [v for t, v in values if t == "NAME"]
    assert sum(any(w in skins for w in v.split()) for v in names) >= 6
    text = "\n".join(d.content for d in docs)
    marks = ("ECOG", "FOLFOX", "R-CHOP", "CAPOX", "Gy in", "cPRA", "KDPI", "Kt/V", "eGFR", "HbA1c")
    marks += ("naaccrId", "NHSBT", "UKONS", "FCT")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-64, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables, with accents and apostrophes folded too (stricter)."""
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


ENGINE_WORDS_BEFORE = {"atta", "jakob", "neta"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
