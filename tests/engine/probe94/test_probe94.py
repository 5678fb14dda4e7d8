"""Regression guard for the ninety-fourth generalisation probe: genetic counselling, pedigrees and
family-history text from the United States, the United Kingdom, Israel, Germany, the Netherlands and Spain
(English mostly, some German, Dutch, Spanish and Hebrew-transliterated), built as an outside evaluator builds
a held-out set -- other templates and, above all, other name lists (Ashkenazi Yiddish given names and German-
/ Slavic-Jewish surnames, Sephardi and North-African Jewish, Amish and Old Order Mennonite, Finnish, Icelandic
patronymics, Faroese, Lebanese Maronite, Pakistani with s/o and d/o chains, Gulf Arab with bin / bint chains
and "Al" family names). Documents dense in relatives, alive and dead. Kinds: ASCII text pedigree,
cascade-testing letter to a relative (English; Dutch), family-history questionnaire (English; German),
counselling session note, consanguinity note, variant-classification report, twin zygosity note, prenatal NIPT
/ amniocentesis note (Spanish; English with Hebrew terms), biobank family-linkage CSV, PLINK .ped / .fam file,
GEDCOM export, genomics MDT minutes, laboratory requisition with relatives (German; Spanish), result letter to
the referrer, a patient's family-tree e-mail, insurance / genetic-discrimination letter, pedigree tool JSON
export, counsellors' Teams chat. Rates may only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe94.run_probe --seed N --brief`, with --json for the detail; engine at commit
92af16d, `git status --short src` empty before and after). No label was changed after it (the policy's
sentence on logins was written down afterwards; the labels were already so). 36 documents in 18 kinds per
seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     6.68% (53/793)      6.81% (54/793)      0.77% (3/388)
    2     6.19% (49/791)      6.19% (49/791)      1.02% (4/393)
    3     6.09% (49/804)      6.34% (51/804)      0.26% (1/381)

Seed 1 by type (leaked / values): NAME 38/409, ID 7/78, AGE 6/14, MRN 1/25, ADDRESS 1/37; none in DATE (143),
PHONE (26), HEALTH_PLAN (20), EMAIL (19), ZIP (10), SSN (10), LICENSE (2). Seed 2: NAME 39, AGE 4, ID 3,
ADDRESS 2, MRN 1; seed 3: NAME 33, AGE 11 (of 25), ID 2, ADDRESS 2, MRN 1. Worst kinds (seed 1): text pedigree
10/52, MDT minutes 7/49, biobank CSV 6/78, Teams chat 6/34, twin note 5/43, consanguinity note 4/48; none
leaked in the cascade letters or the family-tree e-mails. What leaks (seed 1):
- NAME 38 of 409, by shape:
  - a bare given name or "Given F." in a pedigree row between a generation label and a sex symbol ("III-2
    Loveda N. ● 47y", "IV-1  Urie ■ 9y", "IV-1  Guðbjörg ● 4y");
  - a bare given name after a verb or list with no title or kin word just before it: "carrier testing for
    Ruqaiya and fiancé", "cascade letters to Yakout and Djamila.", "3. AOB: Zaitoon to chase", "tag Helka for
    the letter", "pass on the family letter to Nazek (", "in Auli only,", "in Vermund only,";
  - a full name after a role phrase that is not a title: "Consejera genética: Sharafat Thaheem.", "Rabbi
    consulted by couple: Refoel Blumenkranz.", "clinic. Djoya Elkrief will follow up.", "cc: [NAME]; Nestori
    Pietikäinen", "cc [NAME]; [ADDRESS] Wasserzug (GP)" (the given name taken for an address), "Confirmed by
    M. Al Mehairi," ("Al" particle names with an initial), a chat question "the one who died at 65? Ghazale
    Keyrouz?";
  - the mother's name on a new line after "absent in mother" ("mother⏎Óluva Norðbúð (");
  - JSON values under "counsellor" / "geneticist" keys ("Ingun Skibenæs", "Estrugo Benhamou");
  - GEDCOM family names between slashes once the given name before them is masked ("1 NAME [NAME] /Kiyani/",
    "/Marwat/");
  - name chains: the second parent in "Parents: [NAME] s/o [NAME] and Rasoolan d/o Khushi." and the father
    after "s/o" ("[NAME] s/o Sharafat");
  - logins made of a name in a CSV export's comment lines ("- by rfeghali", "# linked by malmazroui").
- ID 7 of 78: family (pedigree) numbers built from the surname ("RIEKKINE29" in a CSV column, "family
  (ROUHANA51)", "family NISSLEY97 -", "informe ALNEAIMI57", "## PLINK .ped - family DAULTANA96"); sample
  numbers (S24-12345 shapes) are masked everywhere.
- AGE 6 of 14: ages at death 90+ after "d." in pedigree rows and notes ("■/ d. 91 (2021, old age)", "(d. 94)",
  "grandmother [NAME]. d. 101."), and a bare 90 in a questionnaire's age-at-death column. Seed 3 leaks 11 of
  25 the same way ("still going at 94!", "- fine, 90", "■ 91y").
- MRN 1: the first of two record numbers after "Patiëntnr." ("Patiëntnr. 4928796 / [ID]") -- the second one is
  masked (as ID). ADDRESS 1: a GEDCOM PLAC town ("2 PLAC Oakenrigg, West Yorkshire"); seeds 2-3 add a town
  after "lives" ("lives Flaxdale Station,") and an Israeli street line with "dira" ("Sderot HaNarkis 49, dira
  23"). Partial (seed 1): the chain word "bas" survives in "Yakhne bas Kasriel Gelbfisch" (the names around it
  are masked). Over-masking (seed 1, 3 of 388): the Israeli service "Hadassah Ein Kerem Genetics Unit" (twice)
  and the gene symbol "BRCA1" after "familiäre Mutation" (seeds 2-3 also "TP53" there and "AGA" after
  "proband"). Kept everywhere else: gene symbols, HGVS cDNA and protein nomenclature, ACMG classes, syndromes,
  generation labels, ages under 90, years, test names.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic (SSN,
NHS number, Teudat Zehut, KVNR, BSN and DNI valid under their schemes; bin / bint, s/o / d/o and ben / bas /
bat chains, Icelandic patronymics, "FAMILY, Given", GEDCOM /family/ lines and PED rows; ages 90+ labelled,
younger ones kept; genes, variants, classes, syndromes and generation labels kept), and independence from the
earlier probes 1-93 (template kinds; name words, towns and streets of their people tables with the kit's
check; no name word in any string of those tables -- run before the measurement). 4 of the 429 name words are
in the engine's Python-Faker name lists (in_engine_lexicon: Bergsveinn, Höskuldur, Jórunn, Kolbrún);
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (written_in_engine_code: none).
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
from tests.engine.probe94 import ids, people
from tests.engine.probe94.corpus import TEMPLATES, VARIANTS, make_corpus, problems
from tests.engine.probe94.run_probe import crashes, run

LEAK_CEILING = 0.08  # first: 6.68% (53/793)
STRICT_CEILING = 0.08  # whole + partial: first 6.81% (54/793)
OVERMASK_CEILING = 0.02  # first: 0.77% (3/388)
CLEAN = {"DATE", "PHONE", "EMAIL", "ZIP", "HEALTH_PLAN", "SSN", "LICENSE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 94))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    """The street names of the address patterns, without numbers and Flat / Apt / dira / bajo."""
    skip = ("Flat", "Apt", "dira", "bajo")
    return {
        " ".join(w for w in re.split(r"[\s,/]+", s) if w.isalpha() and w not in skip)
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
    assert types >= {
        "NAME",
        "ADDRESS",
        "ZIP",
        "DATE",
        "AGE",
        "PHONE",
        "EMAIL",
        "ID",
        "MRN",
        "HEALTH_PLAN",
        "SSN",
    }
    assert {d.loc for s in (1, 2, 3) for d in make_corpus(s)} == set(people.LOCS)


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes, written after their labels; relatives' names in the shapes of
    the topic (chains with bin / bint, s/o, ben / bat; GEDCOM /family/; PED ids); ages 90+ labelled (living
    and at death), younger ages kept; genes, variants, classes, syndromes and generation labels kept."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
        "NHS": (r"\d{3} ?\d{3} ?\d{4}", ids.nhs_ok),
        "T.Z.": (r"\d{9}", ids.tz_ok),
        "KVNR": (r"[A-Z]\d{9}", ids.kvnr_ok),
        "BSN": (r"\d{4}\.?\d{2}\.?\d{3}", ids.bsn_ok),
        "DNI": (r"\d{8}-?[A-Z]", ids.dni_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v)
            and re.search(rf"(?<!\w){re.escape(label)}[^\d\n]{{0,14}}{re.escape(v)}", d.content)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(bool(re.search(r" (?:bin|bint) \S+ Al ", v)) for v in names) >= 3
    assert sum(bool(re.search(r" [sd]/o ", v)) for v in names) >= 3
    assert sum(bool(re.search(r" (?:ben|bas|bat) ", v)) for v in names) >= 3
    assert sum(bool(re.search(r"(?:son|dóttir)$", v)) for v in names) >= 20  # Icelandic patronymics
    assert (
        sum(bool(re.fullmatch(r"[^\W\d_a-z][^\Wa-z\d_]+(?:[ '-][^\W\d_a-z]+)*, \w.*", v)) for v in names)
        >= 20
    )
    gedcom = [d for d in docs if d.kind == "p94_gedcom_family_export"]
    assert all(re.search(r"^1 NAME .+ /.+/$", d.content, re.M) for d in gedcom)
    ped = [d for d in docs if d.kind == "p94_plink_ped_fam_file"]
    assert all(re.search(r"^\S+\t\S+\t0\t0\t[12]\t[12]\t", d.content, re.M) for d in ped)
    ages = [v for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 40 and all(int(re.sub(r"\D", "", v)) >= 90 for v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"\d\dy?", k)) and int(k.rstrip("y")) < 90 for k in keeps) >= 40
    assert {"I-1", "I-2", "II-1", "III-1", "IV-1"} <= keeps
    assert len({g for g, *_ in VARIANTS} & keeps) >= 10 and sum(k.startswith("c.") for k in keeps) >= 10
    assert sum(k.startswith("p.(") for k in keeps) >= 8
    assert {"Lynch syndrome", "Li-Fraumeni syndrome"} & keeps and any("Class" in k for k in keeps)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_few_name_words_in_the_engine_lexicon() -> None:
    assert len(in_engine_lexicon(_name_words())) <= 4  # Bergsveinn, Höskuldur, Jórunn, Kolbrún


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
