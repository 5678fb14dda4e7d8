"""Regression guard for the forty-eighth generalisation probe: English (and bilingual English / Arabic-script)
health text from the Gulf, the Levant, North Africa, Turkey and Iran (UAE, Saudi Arabia, Qatar, Kuwait, Oman,
Bahrain, Jordan, Lebanon, Egypt, Morocco, Tunisia, Turkey, Iran) with synthetic PHI planted in it. Kinds: DHA
eClaimLink claim (XML), prior-approval request with the payer's response, discharge summary (a patient aged
90+, Hijri birth date in Saudi Arabia), residence-visa medical fitness certificate (an expatriate worker:
passport, unified number, visa file), bilingual sick-leave report (Arabic-script name, Hijri dates), lab
report, radiology report (Solar Hijri birth date in Iran), referral letter, e-prescription (JSON, Arabic
name), medical-tourism coordinator's WhatsApp chat (kunya "Abu X", Turkish staff), ambulance patient care
report (90+), labour ward notes, Hajj / Umrah pilgrim health certificate, occupational-health periodic
examination, teleconsultation transcript (personal link, client IP), e-Nabiz-style record summary (T.C. Kimlik
No), Egyptian outpatient clinic ticket (90+), SMS appointment log (CSV): rates may only get better than when
it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe48.run_probe --seed N --brief`; engine at commit ded5144, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     3.15% (22/699)     4.29% (30/699)     2.99% (10/335)
    2     3.43% (24/700)     4.71% (33/700)     3.87% (13/336)
    3     3.71% (26/700)     5.29% (37/700)     3.29% (11/334)

Seed 1 by type (leaked / values): NAME 11/208, LICENSE 6/24, ADDRESS 2/78, ID 1/98, AGE 1/6, VEHICLE 1/2;
none in DATE (130), PHONE (68), MRN (26), EMAIL (22), HEALTH_PLAN (16), ZIP (11), DEVICE (4), IP (4), URL (2).
Seed 2: NAME 11, LICENSE 6, ADDRESS 2, ID 2, VEHICLE 2, AGE 1; seed 3: NAME 15, LICENSE 6, ID 2, ADDRESS 1,
AGE 1, VEHICLE 1.
Worst kinds (seed 1): e-prescription JSON 4/40, occupational-health examination 4/37, Egyptian clinic ticket
3/30, ambulance report 2/38, Hajj certificate 2/39; best (none leaked): eClaim XML 0/32, discharge summary
0/46, visa medical fitness 0/40, sick-leave report 0/28, referral letter 0/38, labour ward notes 0/41.
What leaks (seed 1):
- NAME 11: the Arabic-script name in the e-prescription JSON's "nameAr" (both documents: "خلود غانم المرزوقي",
  "غادة هذال السلمي" -- in the sick-leave reports' running text the same kind of name is masked), a JSON
  "pharmacist" value ("Hussam Mutasem Arabiyat"); a whole Sudanese chain after "Employee:" ("Eltayeb Elsadig
  Siddig", so "Elsadig" of his father's name too); chains cut short: "Supervisor: Eng. Elfatih Elhadi Elnour"
  -> "[NAME]. Elfatih Elhadi [NAME]" (the title masked, the given and father's names left), "Dr. Hoda Saber
  Sakr" -> "Dr. [NAME] [NAME] Sakr", "Dr. Remzi Sinan Kurtulus" -> "[NAME] Kurtulus" (a Turkish family name
  with s-cedilla); a given name alone in a role slot ("Technologist: Niloufar"), at the start of an SMS text
  ("Henda, your results are ready"), and in a possessive ("the quotation for Shahad's knee replacement").
- LICENSE 6: clinicians' registration numbers with a word prefix ("Syndicate 519200" (3), "CNOM 33239",
  "QCHP-D-88401", "Lic. QCHP-D-97315"); DHA-P-####### numbers are masked but for their "DHA-" (partial, 4).
- ADDRESS 2: the e-prescription JSON's "line" ("Villa 86, Sikka 94"), a landmark after "near" ("near the
  railway crossing"). ID 1: "prescription code RX241484253" in a transcript. VEHICLE 1: a six-digit Bahraini
  plate in running text ("the family car 553962"). AGE 1: "Age: 90 or older" for a patient aged exactly 90
  (the kit scores the bare "90").
Seeds 2 and 3 add: the e-prescription's Arabic names again (4), a JSON "prescriber" family name ("Gabr"),
"Incident No.: INC-450078933", a UAE plate "Y 57425", Moroccan SMS texts beginning with a name ("Mohcine
Haddaoui: [NAME] is admitted", "[NAME] [NAME] Haddaoui, your appointment"), Malayali employees ("Employee:
Baiju Eapen", "Rejeesh Vattakkunnel"), "collected by PRO Shamna", "Dr. Al Khulaifi from ...", "We live in
Andisheh Phase 4", "Group leader: Saber [NAME]".
Partial (seed 1, 8): "DHA-" of DHA-P licence numbers (4), "ERX-" of an e-prescription number, a UAE visa file
number whose "101/2025" was taken for a date ("[ID]/8/348205"), house lines masked only in their first
element ("Flat 77, Building 9191, Road 264, Block 660" -> "[ADDRESS], Building 9191, Road 264, Block 660";
Qatari "Building 79, Street 62, Zone 61"). Seeds 2 and 3 also keep "station" of a landmark "Bapco station"
(the brand masked), "Gharbiya" of "Minya Al Qamh Al Gharbiya", "KY 527" of a UAE plate.
Over-masking (seed 1, 10 of 335): employer names after "Employer :" (2: "Al Manara Trading Est." ->
"[NAME].", "Coral Bay Hospitality"), the Arabic heading "تقرير إجازة مرضية" of both sick-leave reports (every
Arabic label there is masked: "الاسم", "رقم الهوية", ...; those are plain text, not scored), "MEDICAL FITNESS
CERTIFICATE - RESIDENCE VISA" ("VISA" -> [NAME]; "Date of birth" -> "[NAME] of birth", "Ag/Ab" ->
"Ag/[NAME]" are plain text), "Meningococcal ACWY" (2), "Polyclinique Les Berges du Lac", "Al Waha
Specialist Medical Complex" ("[NAME] Specialist Medical Complex"), the JSON's "region": "Asir Region" ("[NAME]
[NAME]"). Kept everywhere else: hospital, insurer and TPA names, regional brand drugs and doses, lab values,
ICD-10 and CPT codes, money in AED / SAR / QAR / KWD / OMR / BHD / JOD / USD / EGP / MAD / TND / TL, ages
under 90, nationalities, job titles, Hijri years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is Middle Eastern / North African text (every country, XML, CSV and JSON, Emirates
IDs and Saudi IDs / Iqamas valid under Luhn, Kuwaiti Civil IDs under their mod-11 digit, T.C. Kimlik and
Iranian national codes under theirs, Arabic-script names, kunyas, bin / bint chains, Hijri and Solar Hijri
dates, ages 90+), and independence from probes 1-44 (template kinds; name words, towns and streets of their
people tables with the kit's check; no name word -- Arabic-script spellings included -- in any string of those
tables: run before the measurement; fifteen Emirati and Saudi names whose Arabic spelling an earlier probe
holds were dropped then, and the street "Ataturk Cad." was removed). Names were not checked against the
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
from tests.engine.probe48 import ids, people
from tests.engine.probe48.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe48.run_probe import crashes, run

LEAK_CEILING = 0.04  # now 2.58% (18/699); first: 3.15% (22/699)
STRICT_CEILING = 0.05  # whole + partial: now 3.72%; first 4.29% (30/699)
OVERMASK_CEILING = 0.04  # now 2.69% (9/335); first: 2.99% (10/335)
CLEAN = {"DATE", "PHONE", "MRN", "EMAIL", "HEALTH_PLAN", "ZIP", "DEVICE", "IP", "URL"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 45))]


def _name_words() -> set[str]:
    latin = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(latin + list(people.ARABIC.values()))


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
    assert types >= {"LICENSE", "VEHICLE", "DEVICE", "URL", "IP"}


def test_corpus_is_middle_eastern_text() -> None:
    """Every country; XML, CSV and a JSON bundle; Emirates IDs (784 + birth year), Saudi IDs and Iqamas pass
    Luhn, Kuwaiti Civil IDs their mod-11 digit, T.C. Kimlik and Iranian national codes their check digits;
    Arabic-script names, kunyas, bin / bint chains; Hijri and Solar Hijri dates; ages 90+."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    assert any(d.content.startswith("<?xml") for d in docs)
    assert any(d.content.startswith("msg_id,") for d in docs)
    ids_ = [(d.loc, v) for d in docs for t, v in d.phi if t == "ID"]
    eid = [re.sub(r"\D", "", v) for loc, v in ids_ if re.fullmatch(r"784[- ]?\d{4}[- ]?\d{7}[- ]?\d", v)]
    assert len(eid) >= 12 and all(ids.luhn_ok(e) for e in eid)
    sa = [v for loc, v in ids_ if loc == "SA" and re.fullmatch(r"[12]\d{9}", v)]
    assert len(sa) >= 6 and all(ids.luhn_ok(v) for v in sa) and {v[0] for v in sa} == {"1", "2"}
    kw = [v for loc, v in ids_ if loc == "KW" and re.fullmatch(r"[23]\d{11}", v)]
    assert len(kw) >= 3 and all(ids.kw_ok(v) for v in kw)
    tc = [v for loc, v in ids_ if loc == "TR" and re.fullmatch(r"\d{11}", v) and ids.tc_ok(v)]
    assert len(tc) >= 6
    ir = [v for loc, v in ids_ if loc == "IR" and re.fullmatch(r"\d{10}|\d{3}-\d{6}-\d", v)]
    assert len(ir) >= 3 and all(ids.ir_ok(v) for v in ir)
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(bool(re.search(r"[\u0600-\u06ff]", v)) for v in names) >= 8
    kunya = [(d, v) for d in docs for t, v in d.phi if t == "NAME"]
    kunya = [v for d, v in kunya if re.search(f"(Abu|Umm) {re.escape(v)}:", d.content)]
    assert len(kunya) >= 4
    assert sum(" bin " in v or " bint " in v for v in names) >= 6
    dates = [v for d in docs for t, v in d.phi if t == "DATE"]
    assert sum(bool(re.fullmatch(r"\d\d/\d\d/14\d\d", v)) for v in dates) >= 8
    assert sum(bool(re.fullmatch(r"1[34]\d\d/\d\d/\d\d", v)) for v in dates) >= 2
    assert sum(int(v) >= 90 for d in docs for t, v in d.phi if t == "AGE") >= 12


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-44, no name word, town or street of their people tables (the kit's check);
    no name word (Arabic-script spellings too) in any string of those tables (stricter)."""
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


ENGINE_WORDS_BEFORE = {"amr", "bayan", "erol", "kaplan"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
