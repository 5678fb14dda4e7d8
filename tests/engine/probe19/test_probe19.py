"""Regression guard for the nineteenth generalisation probe (over-masking: harmless clinical text dense in
capitalised eponyms, organisms, brands, donors' and authors' names, with the patient's PHI beside them):
rates may only get better than when it was written.

First and only measurement (engine as of the working tree shared with the lead: commit cc66eea, which
already keeps some eponyms, organisms and device makers, plus the lead's uncommitted edits of that minute to
address_chain.py, patterns.py and textmask.py; before any fix prompted by this probe; measured once, as soon
as the corpus was complete; seed 1 re-run on the same tree two minutes later gave the same numbers), 40
documents in 20 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial   over-masking
    1     3.32% (19/572)     3.50%             19.18% (107/558)
    2     2.62% (15/573)     2.62%             19.86% (111/559)
    3     1.40% (8/573)      1.40%             18.49% (103/557)

One labelling fix, independent of the engine, after that run: an "old" patient could be drawn aged exactly
90, and a label "90" counts the "90" of a correct "90 or older" as a leak (the kit allows "90 or older"); old
patients are now 91-99 (people.person), which changed one document each in seeds 2 and 3
(med_rec_brand_names_us-0, ed_note_named_scores_signs-1) and removed their AGE "leak": before the fix seeds
2 and 3 read 2.79% (16/573) and 1.57% (9/573). Seed 1 was unchanged. The table holds the fixed values.

Seed 1 by type: NAME 14/134, ADDRESS 5/78; none in DATE (126), PHONE (72), MRN (38), ZIP (38), EMAIL (26),
ID (22), HEALTH_PLAN (20), AGE (10), ACCOUNT (6), CREDENTIAL (2). Seeds 2 and 3: NAME 13 and 8, ADDRESS 2
and 0; still none in the other types. The leaks are word-like given names and English street types, not
names beside eponyms: "Her daughter Juniper Trelawny ([ID])", "her wife Juniper Ramsbottom (caregiver",
"Participant: Clemency [NAME]", "Witness: Zinnia [NAME] (wife)", "HPI: Lysander twisted the left knee",
"Zinnia (tel. [PHONE]) to be told", the chat line "pt Clemency Bamigboye ([MRN], DOB ...)" (and so the
relative who shares the surname), seeds 2-3 "Review with Clemency and Zinnia on", "Live baby Zinnia [NAME]",
"note_text': \"Temitope seen", "Ebele's son [NAME]", "Oriel and [NAME] to Marigold Ward"; streets
"129 Weavers Croft, [ADDRESS]", "48 Tanyard Brow", "131 Tenter Fold", "visit 144 Weavers Croft on", the
Spanish "domicilio Pza. de la Alhóndiga, 165, 6º B" in the JSON request. The one partial survival: an e-mail
whose local part keeps the apostrophe of "Prigent-Lozac'h" (kept "prigentlozac'"; a rare but legal address
the generator writes, left as it is).
Over-masking (seed 1, 107 of 558; mostly the same values in every seed): donors' and scientists' buildings
("Hartwell Pavilion" -> "[NAME] Pavilion", "Kettering-Vance Sports Injury Unit", "Del Castillo-Hargrove
Tower", "Ravensworth-Iyer Clinical Research Facility", "Hollins-Baptiste Imaging", "Haus Virchow",
"Pavillon Charcot", "Pabellón Ramón y Cajal", "Padiglione Golgi" -> "[NAME]"); institutions ("Robert
Koch-Institut", "Haute Autorité de Santé", "Istituto [NAME]", "Zilveren Kruis", "Declaration of [ADDRESS]"
for Helsinki); bare and hyphenated eponyms ("Foley" 12 of 12, "Wells", "Weber", "Rinne", "Holter",
"Osborn", "Wellens", "Murray", "Robinson", "Blake", "Lloyd-Davies", "Thayer-Martin", "Löwenstein-Jensen",
"Lown-Ganong-Levine", "Wolff-Parkinson-White", "House-Brackmann", "Hashimoto-Thyreoiditis", "Billroth-II",
"Child-Pugh", "Barthel", "Braxton Hicks", "Rubin II", "Kerley B", "CAM-ICU"); possessives ("[NAME]'s
exact test", "[NAME]'s hump", "[NAME]'s biplane", "[NAME] manoeuvres" for Leopold, "[NAME] group" for
Robson); "Paralysie faciale de [NAME]", "Parálisis de Bell" -> "[NAME]"; makers and devices ("Medtronic
LigaSure", "Baxter", "Edwards", "Eli Lilly", "Abbott", "Dako Omnis", "[NAME] 2" for VITEK 2, "[DEVICE]"
for Omnipod 5, "Puritan [NAME]"); brands "Novalgin Tropfen", "Kardégic", "Seretide Diskus"; places
("[NAME] definition" for the Berlin ARDS definition, "Colindale" -> "[ADDRESS]", "[NAME] spotted fever");
authors "Haugland and Pires" -> "[NAME] and [NAME]". Kept (seed 1): the rheumatology letter, the ED note
and the ETL traceback lose nothing; "Parkinson's disease", "Sjögren's syndrome", "Morbus ...", "maladie
de ...", "ziekte van ...", "morbo di ...", genus-and-species organisms, the viruses named after places and
the "Surname et al." citations survive (435 of the 535 distinct keep values are never lost in three seeds).
Worst kinds for over-masking (seed 1): the ICU note (14 of 43), the agent chat (12 of 24), the German
Entlassbrief (10 of 38), the operation note (9 of 40), the JSON coding request (9 of 20).

After the general rules it prompted the same day (pinned with values of our own in
tests/engine/test_clinical_terms.py: more known eponyms and their heads, with a numeral, a letter or a
modifier between ("Rome IV criteria", "Osborn J wave", "Murray lung injury score"); compounds of eponyms and
their variants ("Lown-Ganong-Levine", "Billroth-II-Resektion", "Kerley B"); any hyphenated pair before a
known head ("Hill-Sachs lesion"); a possessive before anatomy ("Hartmann's pouch"); named instruments
("... Rating Scale", "Canadian CT Head Rule"); findings in other languages ("Rinne positivo"); instruments
known by the eponym alone ("Foley 14 Fr"); buildings, institutes and agencies ("Hartwell Pavilion", "Haus
Virchow", "Robert Koch-Institut"); makers beside or after their product; medicines by brand and form
("Novalgin Tropfen"); cited authors before a journal; two vetoed shapes joined by a comma count as one),
seeds 1/2/3 measured 3.32% / 2.62% / 1.40% leaked (unchanged) and 0.90% / 1.97% / 2.87% over-masked. Still
masked: the "Wells 6" score, an insurer ("Zilveren Kruis"), conference and laboratory towns ("London",
"Colindale"), a brace maker ("Bauerfeind GenuTrain"). Then the leaks' general rules (pinned in
test_generalisation_rules.py: a given name that is also a word between a cue and a surname, masked again
wherever it recurs capitalised; a form's row "Label: Given Family   DOB"; British street types "Croft",
"Brow", "Fold"): 0.70% / 1.05% / 1.05% leaked, over-masking unchanged. On review, two eponyms joined
bare ("House-Brackmann", "Lloyd-Davies") are masked again: bare, two such words are as likely a
double-barrelled surname ("Patient: Kelly-Martin"); seed-1 over-masking 0.90% -> 1.61%.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. The corpus's soundness (labels, check digits, reproducibility, keep density and shapes, names
beside eponyms, no name or place word that is also a keep word) and its independence from probes 1-18 are
checked too. Name words are not checked against the engine's lexicon or source: the probe is about the
harmless side, and its eponyms are real words the engine may well list.
"""
from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe19 import ids, people
from tests.engine.probe19.corpus import NOTE18, POOLS, TEMPLATES, bounded, make_corpus, problems
from tests.engine.probe19.run_probe import crashes, run

LEAK_CEILING = 0.02  # 0.70% (4/572) on seed 1 after the fixes (3.32% when written)
STRICT_CEILING = 0.02  # whole + partial: 0.87% (3.50% when written)
OVERMASK_CEILING = 0.03  # 1.61% (9/558) after the fixes (19.18% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"DATE", "PHONE", "MRN", "ZIP", "EMAIL", "ID", "HEALTH_PLAN", "AGE", "ACCOUNT", "CREDENTIAL"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# lower-case name particles and address articles: not words a label could be confused by
PARTICLES = {"van", "der", "te", "del", "de", "la", "le", "des", "du", "dei", "delle", "della"}
# (type, locale) -> (shape, validator) of the identifiers with a check the corpus writes
SHAPES = {
    ("ID", "en_GB"): (r"\d{3} \d{3} \d{4}", ids.nhs_valid),
    ("HEALTH_PLAN", "en_US"): (r"[1-9][A-Z0-9]{3}-?[A-Z0-9]{3}-?[A-Z0-9]{4}", ids.mbi_valid),
    ("HEALTH_PLAN", "de_DE"): (r"[A-Z]\d{9}", ids.kvnr_valid),
    ("ID", "fr_FR"): (r"\d \d\d \d\d \d\d \d{3} \d{3} \d\d", ids.nir_valid),
    ("ID", "es_ES"): (r"\d{8}[A-Z]", ids.dni_valid),
    ("ID", "it_IT"): (r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]", ids.cf_valid),
    ("ID", "nl_NL"): (r"\d{9}", ids.bsn_valid),
}


def keep_literals() -> set[str]:
    """Every harmless value the templates, pools and notes can write."""
    texts = [t[4] for t in TEMPLATES] + [p for v in POOLS.values() for p in v] + list(NOTE18.values())
    return {m for t in texts for m in re.findall(r"‹([^›]+)›", t)}


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam]) - PARTICLES


def _places() -> tuple[set[str], set[str]]:
    kinds = ("towns", "birthplaces")
    towns = {str(t[0]) for r in people.PLACES.values() for k in kinds for t in r.get(k, ())}
    return towns, {str(s) for r in people.PLACES.values() for s in r["streets"]}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 40 and len({d.kind for d in docs}) == 20
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 250
        assert [p for d in corpus for p in problems(d)] == []
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(10 <= p <= 25 and 8 <= k <= 25 for _, p, k in sizes), sizes
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID", "HEALTH_PLAN"}
    assert types >= {"ACCOUNT", "CREDENTIAL"}
    text = "".join(d.content for d in docs)
    for marker in (
        "Entlassungsbrief",
        "LETTRE DE LIAISON",
        "INFORME DE ALTA",
        "LETTERA DI DIMISSIONE",
        "VERWIJSBRIEF",
        "Traceback (most recent call last)",
        '"role": "system"',
        '"from": "clinical-copilot"',
    ):
        assert marker in text, marker
    # the coding request carries its note in at least three languages over the seeds
    notes = {d.loc for s in (1, 2, 3) for d in make_corpus(s) if d.kind.startswith("llm_")}
    assert len(notes) >= 3, notes


def test_keep_side_is_dense_and_name_like() -> None:
    """Most keep values are capitalised words a name or place detector could take, in every shape the
    probe is about: possessives, double eponyms, bare uses, authors, organisms, place-named diseases."""
    lits = keep_literals()
    assert len(lits) >= 450
    capital = [k for k in lits if re.search(r"\b[A-ZÀ-Ý][a-zà-ÿ]", k)]
    assert len(capital) >= 0.85 * len(lits)
    assert sum("'s" in k or "s'" in k for k in lits) >= 40
    assert sum(bool(re.search(r"[A-Z][a-zé]+-[A-Z][a-zé]+", k)) for k in lits) >= 40  # double eponyms
    assert sum(k.endswith(("et al.",)) or " and " in k for k in lits) >= 6  # authors, "Hoehn and Yahr"
    for lang_word in ("Morbus", "maladie de", "enfermedad de", "morbo di", "ziekte van"):
        assert any(lang_word in k for k in lits), lang_word
    for place in ("Lyme disease", "Coxsackie", "West Nile virus", "Vienna", "Paris", "Banff", "Malta fever"):
        assert place in lits, place
    for seed in (1, 2, 3):
        docs = make_corpus(seed)
        assert min(len(d.keep) for d in docs) >= 8
        assert sum(len(d.keep) for d in docs if d.loc[:2] != "en") >= 120  # the other languages


def test_phi_sits_right_next_to_eponyms() -> None:
    """Names beside eponyms ("Mrs <Surname> with <Eponym> disease"): a rule keeping a capitalised word
    because a disease word is near would leak them."""
    for seed in (1, 2, 3):
        near = 0
        for d in make_corpus(seed):
            keep_at = [(s, s + len(k)) for k in d.keep for s in bounded(k, d.content)]
            names = [
                (a, b) for (a, b), v in zip(d.spans, _span_types(d), strict=True) if v == "NAME"
            ]
            near += sum(any(abs(ka - b) <= 12 or abs(a - kb) <= 12 for ka, kb in keep_at) for a, b in names)
        assert near >= 25, (seed, near)


def _span_types(d: object) -> list[str]:
    import json

    out = []
    for a, b in d.spans:  # type: ignore[attr-defined]
        raw = d.content[a:b]  # type: ignore[attr-defined]
        if d.format != "text":  # type: ignore[attr-defined]
            raw = json.loads(f'"{raw}"')
        out.append(next(t for t, v in d.phi if v == raw))  # type: ignore[attr-defined]
    return out


def test_names_and_places_never_look_like_keep_words() -> None:
    """No word of a person's name, a town or a street is a word of a keep value, so every label is
    unambiguous (a patient called like an eponym would make a leak and a loss the same event)."""
    keep = name_words(list(keep_literals())) - PARTICLES
    assert not _name_words() & keep, sorted(_name_words() & keep)
    towns, streets = _places()
    place_words = name_words(list(towns | streets)) - PARTICLES
    assert not place_words & keep, sorted(place_words & keep)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-18, and no name word, town or street of probes 1-17 (probe 18 draws
    its people from Faker and has no lists), is reused. Name particles ("van", "der") are left out."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18}
    towns, streets = _places()
    mods = ["probe", *(f"probe{i}" for i in range(2, 18))]
    overlap = earlier_probe_overlap(mods, kinds, _name_words(), towns, streets)
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    rng = random.Random(19)
    for _ in range(200):
        born = date(1935, 1, 1) + timedelta(days=rng.randrange(365 * 70))
        female = rng.random() < 0.5
        assert ids.nhs_valid(ids.nhs_number(rng)) and ids.mbi_valid(ids.mbi(rng, rng.random() < 0.5))
        assert ids.kvnr_valid(ids.kvnr(rng)) and ids.dni_valid(ids.dni(rng)) and ids.bsn_valid(ids.bsn(rng))
        n = ids.nir(rng, born, female)
        assert ids.nir_valid(n) and n[0] == ("2" if female else "1") and n[2:7] == f"{born:%y %m}"
        cf = ids.codice_fiscale(rng, "Annunziata", "Ruggeri", born, female)
        assert ids.cf_valid(cf) and cf[:6] == "RGGNNZ" and int(cf[9:11]) == born.day + (40 if female else 0)
    # published example values, so the validators themselves are checked
    assert ids.nhs_valid("943 476 5919") and not ids.nhs_valid("943 476 5918")
    assert ids.mbi_valid("1EG4-TE5-MK73") and not ids.mbi_valid("1EG4-TE5-MK7S")
    assert ids.kvnr_valid("A123456780") and not ids.kvnr_valid("A123456781")
    assert ids.dni_valid("12345678Z") and not ids.dni_valid("12345678A")
    assert ids.cf_valid("RSSMRA85T10A562S") and not ids.cf_valid("RSSMRA85T10A562T")
    assert ids.bsn_valid("111222333") and not ids.bsn_valid("111222334")
    seen: set[tuple[str, str]] = set()
    for seed in (1, 2, 3):
        for d in make_corpus(seed):
            for type_, value in d.phi:
                shape = SHAPES.get((type_, d.loc))
                if shape and re.fullmatch(shape[0], value):
                    assert shape[1](value), (d.id, type_, value)
                    seen.add((type_, d.loc))
    assert seen == set(SHAPES), sorted(set(SHAPES) - seen)


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
        min_keep=250,
        clean=CLEAN,
    )
