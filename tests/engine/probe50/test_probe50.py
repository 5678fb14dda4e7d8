"""Regression guard for the fiftieth generalisation probe: health information inside legal, HR, insurance and
law-enforcement paperwork in English from the United States, the United Kingdom, Ireland, Canada, Australia
and South Africa, with synthetic PHI planted in it. Kinds: FMLA health-care-provider certification
(WH-380-E), ADA accommodation / Equality Act reasonable-adjustment request with the occupational-health
referral, fit note / Irish medical certificate with the employer's return-to-work letter, short-term
disability claim form (three parts, an upload link), long-term disability / income-protection decision
letter, life insurer's attending physician statement with underwriting notes, subpoena duces tecum for
medical records ("SSN: xxx-xx-1234"), HIPAA authorisation (an e-signature audit line with an IP), court
order for a competency / fitness evaluation, custody evaluation / family report excerpt (children), SAPS /
UK police incident report with injuries, traffic crash report (VINs, plates, a passenger aged 90+), medical
examiner's / coroner's summary (the deceased aged 90+, a pacemaker serial, an MBI), workers' compensation
decision letter, solicitors' letter of claim for clinical negligence, housing medical-priority assessment
(a mother aged 90+), immigration medical (I-693 / IRCC IME: A-number, UCI) and occupational-health
pre-employment questionnaire: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe50.run_probe --seed N`; engine at commit bb3d093, `git status
--short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18 kinds
per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     3.89% (38/978)     4.40% (43/978)     7.00% (25/357)
    2     4.00% (39/975)     4.51% (44/975)     6.16% (22/357)
    3     3.58% (35/978)     3.78% (37/978)     5.88% (21/357)

Seed 1 by type (leaked / values): NAME 19/316, ID 8/79, LICENSE 5/24, ADDRESS 4/94, HEALTH_PLAN 2/10; none
in DATE (232), PHONE (86), EMAIL (44), ZIP (32), MRN (14), ACCOUNT (12), FAX (10), VEHICLE (8), AGE (6),
SSN (5), URL (2), IP (2), DEVICE (2). Seed 2: NAME 18, ID 8, LICENSE 6, ADDRESS 6, HEALTH_PLAN 1; seed 3:
NAME 19, ID 9, LICENSE 6, ADDRESS 1.
Worst kinds (seed 1): fit note + return-to-work letter 6/51, subpoena 4/48, police incident report 4/50,
coroner's summary 3/55, workers' compensation decision 3/54, letter of claim 3/53; best (none leaked):
housing medical assessment 0/55, immigration medical 0/42.
What leaks (seed 1):
- NAME 19: the subject's employer, 13 of them -- a company name before its legal suffix or in a caption
  ("Copperhead Freight Lines Inc., attn. [NAME]", "Tarn Beck Upholstery Ltd - OCCUPATIONAL HEALTH
  REFERRAL", a letterhead "Pennine Fold Bakeries Ltd", "off work from Inchigowan Precast Ltd", "claim [ID]
  with Redgum Haulage Pty Ltd", the defendant in a caption "[NAME] and Okefenoke Cabinetry LLC", "Blue" of
  "Blue Wren Aged Care", "Crate" of "Tri-County Pallet & Crate"); people named by role without a title: "Dr
  Rochelle N. Mixon" after "I authorize: <hospital> and" (twice), a referral "Fezile Baloyi
  (rheumatology)", a collateral contact "Brad Trewartha (class teacher)", a union representative "Wilf
  Proudfoot has already been in touch", "Gallant" of "Pier-Luc Gallant".
- ID 8: every police badge / collar / force / Garda / registration number after the officer's name
  ("[NAME], badge 5530", "PC [NAME], collar no. 3975", "force no. 3378464-8", "Garda no. 60195F", "reg. no.
  459023").
- LICENSE 5: professional registration numbers after a short label: "Bar No. 363182", "IMC no. 594520",
  "CPSO no. 114338", "registered process server no. 1212".
- ADDRESS 4: an Irish address block whose first line has no house number ("Cois Abhann, Derrynacreeve, Co.
  [ADDRESS]"), a worksite in running text ("site at 94 Chokecherry Bay, [NAME] [NAME]", "[ADDRESS], Okatie
  Landing on ...").
- HEALTH_PLAN 2: Irish medical-card numbers "GMS 429777" after "Medical card no.:".
Partial (seed 1, 5): the last word of a town or street ("Heights" of "Sawyerville Heights", "Grevillea" of
"Grevillea Cres", "Wattle" of "Wattle Flat North"), and the register prefix of two South African numbers
("CAS" of "CAS 512/01/2025", "COC" of "COC 7738756": labelled inside the value before measuring and left
so; the prefix names the register, not the person).
Over-masking (seed 1, 25 of 357): law firms named after people (9: "Hartigan Voss LLP", "Stanwick & Ruelas
LLP" 3, "Mercer, Oyelaran & Platt, P.C." -> "[NAME], Oyelaran & [ADDRESS], P.C.", "O'Flaherty Keogh
Solicitors", "Marrable Quinlan Lawyers"), clinics and hospitals with a surname-like or place-like word (8:
"Hollister Ridge Neurology", "Blue Ridge Spine & Pain", "Hollister Ridge Medical Center"), courts (5:
"Court of Common Pleas" -> "Court of [NAME] [NAME]", "Ontario Court of [NAME]", "Criminal Court for the
[ADDRESS]", "Federal Circuit and [ADDRESS] of Australia"), the heading "ATTENDING PHYSICIAN'S STATEMENT"
("ATTENDING [NAME] STATEMENT", 2) and a licence state "(Victoria)". Not scored but seen in the masked text:
"[NAME] of birth", "[NAME] No." for "Case No.", "Plan: [HEALTH_PLAN] term life" for "20-year", "Continuous
incapacity: [ADDRESS] 2025" for "from <date> through <date>", "Provider's name and business address:
[ADDRESS]" swallowing the doctor and the clinic. Kept everywhere else: insurers, police services,
agencies, diagnoses, ICD-10 codes, drugs and doses, injuries, job titles, money amounts, statutes and form
numbers, blood pressures and spirometry, states alone, countries, years, ages under 90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is legal / HR / insurance / police text from all six countries (SSNs in valid
ranges; SINs, South African identity numbers and NPIs valid under Luhn; NHS numbers under modulus 11; PPSN
check letters; Australian Medicare and VIN check digits; employers labelled NAME; ages 90+; civil, criminal
and family dockets), and independence from probes 1-48 (template kinds; name words, towns and streets of
their people tables with the kit's check; no name word in any string of those tables -- run before the
measurement; first ideas for nine towns and streets that earlier probes already had were replaced then).
Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were
already words of the engine's code when the probe was written (found by `written_in_engine_code`, not
chosen).
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
from tests.engine.probe50 import ids, people
from tests.engine.probe50.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe50.run_probe import crashes, run

LEAK_CEILING = 0.04  # now 2.56% (25/978); first: 3.89% (38/978)
STRICT_CEILING = 0.05  # whole + partial: now 3.07%; first 4.40% (43/978)
OVERMASK_CEILING = 0.06  # now 4.48% (16/357); first: 7.00% (25/357)
CLEAN = {  # the types with no leak on seed 1
    "DATE", "PHONE", "FAX", "EMAIL", "ZIP", "MRN", "ACCOUNT", "SSN", "VEHICLE", "AGE", "DEVICE", "URL", "IP",
}  # fmt: skip
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 49))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    from tests.engine.probe50.corpus import street_name

    return {street_name(s) for loc in people.LOCS.values() for s in loc.streets}


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
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "ID", "MRN"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP"}


def test_corpus_is_legal_hr_insurance_and_police_text() -> None:
    """Every country; SSNs in the valid ranges; SINs, South African identity numbers and NPIs pass Luhn, NHS
    numbers modulus 11, PPSNs their check letter, Australian Medicare numbers and VINs their check digit;
    employers are NAME; ages 90+."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    values = [(t, v) for d in docs for t, v in d.phi]
    text = "\n".join(d.content for d in docs)

    def labelled(label: str, pattern: str) -> list[str]:
        return re.findall(rf"{label}:? ({pattern})", text)

    ssn = [v for t, v in values if t == "SSN" and "-" in v]
    assert len(ssn) >= 8 and all(ids.ssn_ok(v) for v in ssn)
    sins = labelled("SIN", r"\d{3}[ -]?\d{3}[ -]?\d{3}")
    assert len(sins) >= 3 and all(ids.luhn_ok(re.sub(r"\D", "", v)) for v in sins)
    za = labelled("ID no.", r"\d{13}")
    assert len(za) >= 4 and all(ids.luhn_ok(v) for v in za)
    nhs = labelled("NHS number", r"\d{3} \d{3} \d{4}")
    assert len(nhs) >= 2 and all(ids.nhs_ok(v) for v in nhs)
    pps = labelled("PPSN", r"\d{7}[A-W]A?")
    assert len(pps) >= 6 and all(ids.ppsn_ok(v) for v in pps)
    medicare = labelled("Medicare no.", r"\d{4} \d{5} \d")
    assert len(medicare) >= 3 and all(ids.au_medicare_ok(v) for v in medicare)
    vins = [v for t, v in values if t == "VEHICLE" and len(v) == 17]
    assert len(vins) >= 12 and all(ids.vin_ok(v) for v in vins)
    npis = labelled("NPI", r"\d{10}")
    assert len(npis) >= 6 and all(ids.npi_ok(v) for v in npis)
    employers = {e for table in people.EMPLOYERS.values() for e, _ in table}
    assert sum(t == "NAME" and v in employers for t, v in values) >= 60
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 18
    assert all(int(v) >= 90 for t, v in values if t == "AGE")
    assert sum(t == "ID" and re.search(r"-(?:CV|CR|DR)-", v) is not None for t, v in values) >= 6


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-48, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"byrne", "kade", "roux", "sion"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
