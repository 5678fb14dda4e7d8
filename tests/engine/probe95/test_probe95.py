"""Regression guard for the ninety-fifth generalisation probe: humanitarian, refugee and migrant health text
from field hospitals, camp clinics, registration, protection and tracing desks and border screening points in
Bangladesh, Chad, Uganda, Iraq (Kurdistan Region), Ethiopia, the DR Congo, Pakistan, Mexico, Colombia, Brazil
and Poland -- English and French mostly, some Spanish, Portuguese and Ukrainian -- built as an outside
evaluator builds a held-out set: other templates and, above all, other name lists (Rohingya, Sudanese Fur /
Masalit / Zaghawa, South Sudanese Dinka and Nuer, Afghan Hazara and Pashtun, Yazidi, Syrian Kurdish, Eritrean
Tigrinya, Congolese, Haitian, Venezuelan, Honduran Garifuna, Ukrainian), with transliterated names written in
more than one way. Kinds: field-hospital admission register (fixed-width), UNHCR-style health referral form,
IOM migration health assessment, camp clinic daily line list (CSV), OTP / MUAC register (FR), cholera
treatment centre line list (FR), mobile-clinic SMS reminders (ES), protection referral (clinical,
non-graphic), medical evacuation request (EN / UK), family tracing note, interpreter's session log, asylum
medico-legal report, border health screening (JSON), vaccination campaign tally (PT), CHW WhatsApp group,
donor report case stories, lab sample manifest, camp death register (FR). Rates may only get better than when
it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe95.run_probe --seed N --brief`, with --json for the detail; engine at commit
92af16d, `git status --short src` empty before and after). It exposed one labelling flaw of the generator,
fixed before the figures below (the text of every document is unchanged): the French "camp de" / "site de"
before a camp's name was inside the ADDRESS label although the policy labels the camp's name (seed 1 whole +
partial was 21.49%, 176/819, with it; seeds 2 and 3 21.08% and 20.02%; the leak rates did not change).
36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     16.12% (132/819)    20.27% (166/819)    9.09% (37/407)
    2     15.81% (129/816)    19.98% (163/816)    9.36% (38/406)
    3     14.86% (121/814)    19.04% (155/814)    9.43% (38/403)

Seed 1 by type (leaked / values): ADDRESS 36/115, NAME 35/342, DATE 24/132, ID 16/108, MRN 12/16, AGE 9/18;
none in PHONE (56), EMAIL (24), SSN (2), VEHICLE (2), DEVICE (2), URL (2). Seed 2: NAME 36, ADDRESS 34,
DATE 23, ID 16, MRN 13, AGE 7; seed 3: NAME 33, ADDRESS 32, DATE 26, ID 16, MRN 8, AGE 6. Worst kinds (seed
1): camp death register (FR) 25/64, cholera CTC line list (FR) 21/47, OTP / MUAC register (FR) 17/56,
admission register (fixed-width) 15/54, SMS reminders (ES) 9/44; none leaked in the IOM health assessment,
the protection referral or the asylum report. What leaks (seed 1):
- ADDRESS 36 of 115: shelter addresses inside a camp with no street word, standing in a table column or after
  a preposition -- French "| Bloc 2, abri 352, site de ...", "| Secteur 39, abri 56 |", "| Zone 5, tente 59",
  Spanish "Punto de encuentro: Manzana 9, Lote 26.", "Dormitorio 6, Litera 92" (even under a JSON "shelter"
  key), Portuguese "| Quadra 3, Barraca 80,", "Módulo 19, Unidade 23", English "in Cluster 8, Tent 21.",
  "Hamlet 5, Tukul 75", "From: Container 49, Room 1, Zosin Hub", CSV cells "Sub-block F6-6, Shed 41";
  camp names without a street before them ("camp d'Ardébé Ouest |", "# export camp Jalozai Refugee Village",
  "list entry [ID] at Ocea Valley Zone 2.", "at Sheketi Plain Site."). Partial (32 more): only the first
  words of a shelter address masked ("Block B81, Shelter 22" keeps "B81, Shelter"; "Zone 8, Block 85, Plot 71"
  keeps "Zone 8, ... 85,"; "Setor 3, Casa 81"), "Agoro Hills Settlement" keeps "Settlement".
- NAME 35 of 342: logins in a CSV seen_by column ("ksinjari", "amachar", "fjaghori"); given names alone in a
  household list ("Household members: [NAME] (husband, [ID]), Dilovan (child, 57 mo, [ID]), Berfin (29 mo)");
  quoted speakers and possessives in a donor story ("says Nyamachar.", "families like Kalonji's"); a
  session-type column before "Given F." ("PSS    Sheikhmous S. with counsellor"), a child's given name before
  "(19 mo) with carer"; Spanish SMS ("Sr(a). Mavárez, vacuna BCG para Dayerlin el", "To [PHONE]: Phelicia
  Francius, resultado listo", "bebé Yovany 58 meses"); French staff lines ("infirmier PTA: Tajeldin Kobbo ;",
  "supervision OIM 11 jui par H. Osê", "abandon à rechercher : Katungu ([ID])"); transliteration variants and
  family-first forms ("Nom sur la carte HCR du n° 1: Issaka Nurain", "(= LABORIEL Secundino)", and the capital
  family word before a masked given name: "GACH [NAME]", "OSÊ [NAME]"); "follows with Kyrylo V. (тел.";
  "[NAME] - Secundino Laboriel 64M muy débil".
- DATE 24 of 132: day/month without a year in register columns ("[ID]  29/4  [NAME]", "1 | 22/2 |", "HIV RDT
  14/12"), French abbreviated months ("Autopsie verbale: [NAME], 24 fév.", "supervision OIM 11 jui"), "control
  prenatal 9/6".
- ID 16 of 108: every death register number and burial permit of both death registers ("DC-9210 |", "|
  PI/588/09") -- no label word in the cell. MRN 12 of 16: patient numbers opening a fixed-width register row
  ("496205  27/4", "CXB/22120") and closing a CTC row ("| GOM/93614", "| 657260"). AGE 9 of 18: ages 90+ in a
  register's age column ("| 96  | F", "F   99    Block ..."), "(age given as 92 y)".
Partial also: a story photo link keeps host and path ("https://media.example.org/stories/[ID].jpg").
Over-masking (seed 1, 37 of 407): regions and countries (9: "Cox's Bazar", "West Nile", "Ouaddaï", "Tchad",
"Nord-Kivu"), agency offices (3: "Tchad mission", "Duhok Governorate sub-office"), health facilities (3:
"Puesto de Salud Villa del Rosario", "Duhok Emergency hospital"), vaccines (5: "Penta", "PCV13", "YF", "HPV"),
languages (4: "Kurmanji", "Dari", "Rohingya"), diagnoses (3: "PTSD", "TB presumptive", "IRA basse"), wards and
CTC tents (3: "tente A", "Paeds ITFC"), agency fleet numbers (2: "UNHCR 4055"), Ukrainian kinship words after
a name (2: "(син)", "(чоловік)"), a hotline, ages under 90 in the register (2). Kept everywhere else: drugs,
RUTF / ORS, MUAC values and z-scores, agencies, children's ages in months, times, years.
Also seen (a realism flaw of the generator, left as measured): French abbreviated months are cut at three
letters, so juin and juillet both read "jui".

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic
(registration individual and case numbers in their office's shape, the Ukrainian RNOKPP valid under its
check digit and after its label, IMEI valid; "FAMILY, Given", "Given F." and transliteration variants; shelter
addresses and camps labelled; ages 90+ labelled as written, younger ones and children's months kept; the keep
values), and independence from the earlier probes (template kinds; name words, camps and shelters of their
people tables with the kit's check; no name word in any string of those tables -- probes 1-93, run before the
measurement). None of the 568 name words (VARIANTS included) is in the engine's Python-Faker name lists
(in_engine_lexicon: empty); ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's
code when the probe was written (found by `written_in_engine_code`: none).
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
from tests.engine.probe95 import ids, people
from tests.engine.probe95.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe95.run_probe import crashes, run

LEAK_CEILING = 0.18  # first: 16.12% (132/819)
STRICT_CEILING = 0.22  # whole + partial: first 20.27% (166/819)
OVERMASK_CEILING = 0.11  # first: 9.09% (37/407)
CLEAN = {"PHONE", "EMAIL", "SSN", "VEHICLE", "DEVICE", "URL"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 94))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.FEMININE.values()) + list(people.VARIANTS.values()))


def _towns() -> set[str]:
    """The camps, settlements and sites (ADDRESS)."""
    return {c for loc in people.LOCS.values() for c in loc.camps}


def _streets() -> set[str]:
    """The shelter address patterns' words, without numbers."""
    return {
        " ".join(w for w in re.split(r"[\s,/%#@-]+", s) if w.isalpha())
        for loc in people.LOCS.values()
        for s in loc.shelters
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
    assert types >= {"NAME", "ADDRESS", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "SSN"}
    assert types >= {"DEVICE", "VEHICLE", "URL"}
    assert {d.loc for d in docs} == set(people.LOCS)


def test_corpus_is_this_probes_topic() -> None:
    """Registration numbers in their office's shape, the Ukrainian RNOKPP valid and matching its holder's
    birth date, an IMEI valid; names in their list shapes and in more than one transliteration; camps and
    shelters as addresses; ages 90+ labelled as written, younger ages and children's months kept; the keep
    values of humanitarian health text (agencies, MUAC, RUTF / ORS, diagnoses, vaccines, countries)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    phi = [(t, v) for d in docs for t, v in d.phi]
    offices = {loc.office for loc in people.LOCS.values()}
    ind = [v for t, v in phi if t == "ID" and re.fullmatch(r"[A-Z]{3}-00\d{6}", v)]
    case = [v for t, v in phi if t == "ID" and re.fullmatch(r"[A-Z]{3}-\d\dC\d{5}", v)]
    assert len(ind) >= 60 and len(case) >= 10 and {v[:3] for v in ind + case} <= offices
    tax = [v for t, v in phi if t == "SSN"]
    assert tax and all(ids.rnokpp_ok(v) for v in tax)
    assert all(re.search(rf"РНОКПП: {v}", d.content) for d in docs for t, v in d.phi if t == "SSN")
    imeis = [v for t, v in phi if t == "DEVICE"]
    assert imeis and all(len(v) == 15 and ids.luhn_ok(v) for v in imeis)
    names = [v for t, v in phi if t == "NAME"]
    assert (
        sum(bool(re.fullmatch(r"[^\W\d_a-z][^\Wa-z\d_]+(?:[ '-][^\W\d_a-z]+)*, \w.*", v)) for v in names)
        >= 100
    )
    assert sum(bool(re.fullmatch(r"\S.* \w\.", v)) for v in names) >= 40  # "Given F."
    variants = set(people.VARIANTS.values())
    assert sum(any(w in variants for w in v.split()) for v in names) >= 15  # another transliteration
    addresses = [v for t, v in phi if t == "ADDRESS"]
    shelter = re.compile(
        r"(?i)(shelter|shed|tent|tente|abri|carpa|barraca|caravan|plot|bed|litera|lote|casa|house|tukul)\s+\d"
    )
    assert sum(bool(shelter.search(v)) for v in addresses) >= 100
    camps = {re.sub(r"^(?:camp|site) d(?:e |')", "", c) for loc in people.LOCS.values() for c in loc.camps}
    assert sum(v in camps for v in addresses) >= 60
    ages = [v for t, v in phi if t == "AGE"]
    assert len(ages) >= 30 and all(int(re.sub(r"\D", "", v)) >= 90 for v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert {"UNHCR", "IOM", "MSF"} <= keeps and any(
        k in keeps for k in ("WFP", "UNICEF", "ICRC", "CICR", "ACNUR", "OIM")
    )
    assert sum(bool(re.fullmatch(r"\d+\.\d cm", k)) for k in keeps) >= 10  # MUAC
    assert sum(bool(re.fullmatch(r"\d+ (mo|mois|meses)", k)) for k in keeps) >= 20  # children's ages
    assert {"Bangladesh", "Uganda", "Iraq", "Ethiopia", "Pakistan"} <= keeps
    assert {"Cox's Bazar", "Ouaddaï", "Nord-Kivu", "Chiapas", "Roraima"} <= keeps
    assert any("RUTF" in k or "ATPE" in k for k in keeps) and any(k.startswith(("ORS", "SRO")) for k in keeps)
    assert {d.kind for d in docs if "fr" in d.kind} and any("ЗАПИТ" in d.content for d in docs)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, camp or shelter of their people tables (the kit's
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
        min_phi=600,
        min_keep=280,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
