r"""Regression guard for the ninety-second generalisation probe: medical education and medical publishing text
that carries patients' details, in English, French, German, Spanish and Italian, from the United States, the
United Kingdom, France, Germany, Spain and Italy, built as an outside evaluator builds a held-out set -- other
templates and, above all, other name lists (Finnish, Estonian, Icelandic patronymics, Welsh, Breton, Basque
with Spanish double surnames, Sardinian, Frisian, Romansh, Maltese, Faroese, Sámi, and Anglo given names that
are English words of virtue or nature: Amity, Silence, Thankful, Increase, Dependence, Providence ...). Kinds:
case-report manuscript draft, cover letter with reviewer comments, M&M slide text, grand-rounds handout
(German), resident's case log (CSV), OSCE standardised-patient script, teaching-file captions, clinical
photography consent form (French), congress abstract (Spanish), journal-club e-mail thread, preceptor
evaluation, simulation-lab log, student Q&A board post, exam question (Italian), ethics consultation summary,
CME attendance export (JSON, German), podcast transcript, LaTeX case-report source. No bibliographic reference
list appears. Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe92.run_probe --seed N --brief`, with --json for the detail; engine at commit
8abc87c, `git status --short src` empty before and after). No label was changed after it. 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     12.58% (82/652)     12.88% (84/652)     7.53% (25/332)
    2     11.67% (77/660)     11.97% (79/660)     7.72% (25/324)
    3     11.37% (74/651)     11.67% (76/651)     8.71% (29/333)

Seed 1 by type (leaked / values): NAME 69/318, ID 4/20, ADDRESS 3/32, AGE 3/20, LICENSE 3/18; none in DATE
(120), EMAIL (34), PHONE (24), MRN (38), HEALTH_PLAN (8), ZIP (6), SSN (6), ACCOUNT (2), IP (2), DEVICE (2),
URL (2). Seed 2: NAME 64, AGE 5, ADDRESS 3, LICENSE 3, ID 2; seed 3: NAME 63, ADDRESS 3, AGE 3, LICENSE 3, ID
2. Worst kinds (seed 1): resident case log CSV 15/43, student Q&A board post 9/33, journal-club e-mail 8/35,
OSCE script 6/32, simulation-lab log 6/41; none leaked in the LaTeX source. What leaks (seed 1):
- NAME 69 of 318, by shape:
  - the case log CSV's rows: the resident's "Family, Given" opening each row ("Haljaste, Endel,PGY-2,...",
    "Hoydal, Armgarð,FY1,..."), the patient-initials column ("thoracentesis,KK,[ID],54", "cardioversion,YK"),
    a supervisor's full name in its column ("bone marrow aspirate,RK,[ID],73,Modesty Tahvanainen,...").
  - logins with no "@" as a forum's poster and repliers ("reply by ksorsa:", "reply by alauristin (",
    "Reported by maikio.", "reply by gdesira"), and a first name addressed after an edit note ("2025. Kaino,
    please read the rules", "Xanti, please").
  - a person's role or list label before a colon or after a middle dot ("Presenters: Amity (methods)",
    "Snacks: Doutzen.", "SP/voice: Cadell Tamplin", "reserve SP: Thankful Anema", "cand. med. Trúgvi Eliasen"
    in a German handout, "Témoin : Ċetta Xiberras, IDE", "Revisión de la historia: Oier Aramendi (residente)",
    Italian "(Chicchinu Muscas, CF [ID], nato il" and "precedente: Tumasina Cabalzar (matricola").
  - "Given F." as the subject of a sentence ("Gwyneira B. will chair.", "Gáren P. will chair.", "pager to
    Gunnvá J. unanswered", "Rients K."), a family name alone after "our" or in a transcript ("basically our
    Sæmundsson from last winter", "well, Hakulinen - came in"), a given name in parentheses or possessive
    ("his husband (Grækaris in the real case)", "her nephew (Increase in the real case)", "discussed
    Dependence's case", "discussed Nazzjanu's case"), a relative after "His sister" ("His sister Providence
    told us"), a full name in an enumeration ("Thankful Kivirähk (ward sister)", "Team: ..., Dependence Cefai
    (PGY-1)"), a student's "FAMILY, Given" after "Student:" ("KÜLV, Sulev"), a given name in a JSON comment
    ("Fall von Tumasina sehr lehrreich").
  - initials standing for a person: a reviewer's or minute-taker's ("tracked file: SS.", "Minutes: TJ /"), a
    co-author's margin comment ("[comment TP: do we need consent").
  - one family part of a "FAMILY, Given" burned-in image label ("KÜLV, [NAME] / [ID]") and of a name whose
    given part was masked as [ADDRESS] ("moderator [ADDRESS] Nónklett").
- ID 4: an ethics consultation number ("Consult no. EC/478/71"), an actor's SP-pool number ("SP pool #280").
- ADDRESS 3: a town without a street ("and the town (Cadumbra)", "Verlegung aus Emsbüren-Heede", "from [NAME]
  in Cranberry Bogside").
- AGE 3: ages 90+ in a German slide text ("Frau [NAME], 90 J.", "91 J.") and a case log's age column (",92,").
- LICENSE 3: a UK case log's GMC numbers in the supervisor_reg_no column (",4536752,", ",2876709,").
Partial (seed 1, 2): the PACS links of the LaTeX sources keep host and path, only the MRN inside is masked
("https://pacs.it-teaching.example.org/viewer?mrn=[MRN]&series=3").
Over-masking (seed 1, 25 of 332): journal names after "Handling Editor," or in parentheses and in a LaTeX
comment ("Annals of Internal Medicine: Clinical Cases", "American Journal of Case Reports", "(Radiology Case
Reports)", "publication dans Clinical Case Reports"), manuscript ids ("BCR-2024-917107", "JMCR-D-24-58940"),
teaching-file case ids ("Case TF-3138"), headings and institutions at the start of a line ("Klinische
Fortbildung / Grand Rounds", "Corso di Laurea in Medicina e Chirurgia – Esame di Medicina Interna", "Centre
hospitalier de Bayonne", "AOU Sassari", "Congreso Nacional de la SEMI"), "\section*{Case presentation}",
scores ("Wells 6", "APACHE II 22"), an eponym in a JSON value ("Fallkonferenz Morbus Hashimoto") and an age
under 90 ("Die 68-jährige Patientin"). Kept everywhere else: eponyms in running text, drugs and doses,
institutions, conferences, years.

The policy's ID list in corpus.py, written before the measurement, did not name two kinds of number the
generator labelled ID from the start: an M&M complaint reference ("PALS/46274") and an actor's SP-pool number
("SP pool #280" -- it identifies a person, like a badge number). Both were left labelled as drawn and the list
now names them; no label and no figure changed.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic (SSN,
NPI, NHS, NI, NIR, RPPS, KVNR, LANR, DNI / NIE, NUSS and codice fiscale valid under their schemes and written
after their labels; Icelandic patronymics, Breton "Le" names, Basque double surnames, "FAMILY, Given",
initials; ages 90+ labelled as written in five languages, younger ones kept; eponyms in five languages,
journals, institutions, conferences, drugs, scores kept), and independence from the earlier probes 1-90
(template kinds; name words, towns and streets of their people tables with the kit's check; no name word in
any string of those tables -- run before the measurement). None of the 495 name words is in the engine's
Python-Faker name lists (in_engine_lexicon: 0) and none is a word of the engine's code
(written_in_engine_code: none, so ENGINE_WORDS_BEFORE is empty).
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
    in_engine_lexicon,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe92 import ids, people
from tests.engine.probe92.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe92.run_probe import crashes, run

LEAK_CEILING = 0.14  # first: 12.58% (82/652)
STRICT_CEILING = 0.14  # whole + partial: first 12.88% (84/652)
OVERMASK_CEILING = 0.09  # first: 7.53% (25/332)
CLEAN = {"DATE", "EMAIL", "PHONE", "MRN", "HEALTH_PLAN", "ZIP", "SSN", "ACCOUNT", "IP", "DEVICE", "URL"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 91))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    """The street names of the address patterns, without numbers and Flat / Apt."""
    return {
        " ".join(w for w in re.split(r"[\s,/]+", s) if w.isalpha() and w not in ("Flat", "Apt"))
        for loc in people.LOCS.values()
        for s in loc.streets
    }


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
        assert sum(len(d.phi) for d in corpus) >= 600 and sum(len(d.keep) for d in corpus) >= 280
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "URL", "IP"}
    assert {d.loc for s in (1, 2, 3) for d in make_corpus(s)} == set(people.LOCS)


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes, written after their labels; names of the traditions drawn on
    (Icelandic patronymics by sex, Breton "Le", Basque double surnames); ages 90+ labelled as written in five
    languages, younger ages kept; the keep values of medical education and publishing (eponyms, journals,
    conferences, institutions, drugs, scores, headings)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
        "NPI": (r"\d{10}", ids.npi_ok),
        "NHS": (r"\d{3} ?\d{3} ?\d{4}", ids.nhs_ok),
        "NI": (r"[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]", ids.nino_ok),
        "NIR": (r"[12] \d\d \d\d \d\d \d{3} \d{3} \d\d", ids.nir_ok),
        "RPPS": (r"10\d{9}", ids.luhn_ok),
        "KVNR": (r"[A-Z]\d{9}", ids.kvnr_ok),
        "LANR": (r"\d{9}", ids.lanr_ok),
        "DNI": (r"[XYZ\d]\d{7}[A-Z]", ids.dni_ok),
        "NUSS": (r"\d\d/\d{8}/\d\d", ids.nuss_ok),
        "CF": (r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]", ids.cf_ok),
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
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(bool(re.search(r"(?:dóttir|sson)\b", v)) for v in names) >= 10  # Icelandic patronymics
    assert sum(bool(re.search(r"\bLe [A-ZÉ]", v)) for v in names) >= 3  # Breton
    assert (
        sum(bool(re.fullmatch(r"[^\W\d_]+ [A-Z][a-zñ]+ [A-Z][a-zñ]+", v)) for v in names) >= 5
    )  # two surnames
    assert (
        sum(bool(re.fullmatch(r"[^\W\d_a-z]+(?: [^\W\d_a-z]+)*, \w+", v)) for v in names) >= 20
    )  # FAMILY, Given
    assert sum(bool(re.fullmatch(r"\w{2}", v)) for v in names) >= 20  # initials
    ages = [(d, v) for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 40 and all(int(re.sub(r"\D", "", v)) >= 90 for _, v in ages)
    for unit in (" ans", "-jährige", " años", " anni", "-year-old"):
        assert any(re.search(rf"\b{v}{unit}", d.content) for d, v in ages), unit
    keeps = {k for d in docs for k in d.keep}
    assert {
        "Kawasaki disease",
        "Guillain-Barré syndrome",
        "Hashimoto thyroiditis",
        "Wernicke encephalopathy",
    } <= keeps
    assert any("Guillain-Barré" in k and k != "Guillain-Barré syndrome" for k in keeps)  # other languages
    assert (
        sum(k in keeps for k in ("BMJ Case Reports", "Journal of Medical Case Reports", "JAMA Dermatology"))
        >= 2
    )
    assert {"CHU de Brest", "AOU Sassari"} & keeps and "DGIM-Kongress" in keeps
    assert sum(bool(re.fullmatch(r"\d\d?[FM]?", k)) and int(re.sub(r"\D", "", k)) < 90 for k in keeps) >= 30
    assert any(" mg" in k for k in keeps) and any(k.startswith(("GCS", "NIHSS", "MMSE")) for k in keeps)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too); the name
    words are not looked up in the engine's Python-Faker name lists."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100
    assert in_engine_lexicon(_name_words()) == set()


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
        min_phi=600,
        min_keep=280,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
