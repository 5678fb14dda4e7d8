"""Regression guard for the fifty-second generalisation probe: Spanish, Portuguese and bilingual English /
Spanish health text from US community health centres and from Latin America (Mexico, Guatemala, El
Salvador, Honduras, the Dominican Republic, Puerto Rico, Colombia, Venezuela, Peru, Chile, Argentina,
Brazil) with synthetic PHI planted in it. Kinds: promotora home-visit note (a mother-in-law aged 90+),
bilingual discharge instructions (US, Puerto Rico), Medicaid / CHIP approval letter in Spanish, Spanglish
family WhatsApp chat (nicknames), bilingual community-health-centre intake form (matrícula consular, ITIN,
SSN), IMSS referral / incapacidad form (NSS, CURP, RFC), receta médica (Mexico; Argentina: PAMI, DNI, CUIL),
Mexican acta de nacimiento extract (separate name fields in capitals), lab report (Mexico, Peru), Guatemalan
MSPAS referral slip (DPI, comadrona), Salvadoran / Honduran consultation sheet (DUI, identidad),
remittance-paid hospital bill (Dominican Republic, Guatemala: MTCN, a remitter in the US), Puerto Rican
emergency-room note (Plan Vital, a patient aged 90+), Colombian EPS service authorisation, Peruvian EsSalud
referral, Chilean Fonasa epicrisis (RUT, a patient aged 90+), Brazilian SUS / e-SUS record (CPF, CNS, CEP),
telehealth transcript (US with an interpreter, Venezuela): rates may only get better than when it was
written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe52.run_probe --seed N --brief`; engine at commit bb3d093, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     5.89% (44/747)     6.56% (49/747)     7.00% (25/357)
    2     4.82% (36/747)     5.76% (43/747)     7.24% (26/359)
    3     5.89% (44/747)     6.83% (51/747)    10.56% (38/360)

Seed 1 by type (leaked / values): LICENSE 14/21, NAME 10/237, ADDRESS 8/115, ID 7/80, AGE 2/6, SSN 2/8,
MRN 1/20; none in DATE (121), PHONE (66), ZIP (20), HEALTH_PLAN (22), EMAIL (21), ACCOUNT (6), URL (2), IP
(2). Seed 2: LICENSE 14, NAME 6, ID 6, ADDRESS 6, SSN 2, MRN 1, AGE 1; seed 3: LICENSE 14, NAME 9, ID 9,
ADDRESS 6, MRN 2, AGE 2, SSN 2.
Worst kinds (seed 1): Guatemalan MSPAS referral slip 8/44, acta de nacimiento 4/48, remittance-paid bill
4/40, EsSalud referral 4/42; best (none leaked): bilingual intake form 0/46, IMSS referral 0/44.
What leaks (seed 1):
- LICENSE 14 of 21: every Latin American licence label but two -- "colegiado 77278" (GT), "JVPM 11293"
  (SV), "CMH 93012" (HN), "CMP 25562" and "C.T.M.P. 13174" (PE), "MPPS 85819" (VE), "M.N. 499189 — M.P.
  760238" (AR; "M.N." itself became "M.[NAME]."), "CRM-PE 382796" (BR), "(lic. 50933)" (PR); only the
  Mexican "Céd. Prof." and the Colombian "RM" numbers were masked.
- NAME 10: names after role labels the engine does not know -- "Coordinador de referencias: Juventino
  Pumacayo Huarcaya", "Caja: Yolany Sacalxot"; "Médico tratante: Dra. Damaris Lantigua Rosado" and "...
  Dr. Édgar Henríquez Caal" in both bills (in one the label word "Médico" itself was masked as a NAME); a
  Colombian all-caps "Afiliado: AYDEE IDÁRRAGA ARANGO"; the maternal surname closing an all-caps acta line
  ("Padre: [NAME] [NAME] CALDERÓN"); nicknames after a lowercase kinship word in a chat ("tía Meche", "tío
  Chava"; "Tía Pili" as a sender was masked); a particle name's last word ("Damaris Guzmán del Moral" ->
  "[NAME] del Moral").
- ADDRESS 8: places inside facility names ("Puesto de Salud Aldea Pachoj Grande", "Puesto de Salud
  Caserío Chicuz", "Centro Integral de Salud Danlí Sur"), "Municipio de registro: Tangamandapio Nuevo", "para
  su hogar en Siler Crossing", a Guatemalan lot line ("Lote 42 sector 3"), a Peruvian address in
  parentheses after "muestra tomada en domicilio (Jr. Amazonas 274, int. 2, A.H. Villa Primavera)".
- ID 7: bare numbers after Spanish labels ("Número de acta: 99409" x2, "carné No. 38052", "No. 977270",
  "N° 433953") and a Venezuelan cédula ("C.I. V-6.156.792"). SSN 2: the last four ("su número de Seguro
  Social termina en 6386"). MRN 1: a Chilean "Ficha clínica: 6766926-8". AGE 2: "Edad: 90 or older" for a
  patient aged exactly 90 (the kit scores the bare "90", as in probe44).
Partial (seed 1, 5): the lowercase particle "del" left of a masked surname (2: "del Toro-Rolón" -> "del
[NAME]", "Zulma del Moral Paulino"; the policy puts particles inside the value), "Springs" of "Duplin
Springs", "Sector" of "Sector Los Haticos Norte", "98 frente a la escuela" of "Casa 98 frente a la escuela".
Over-masking (seed 1, 25 of 357): all-caps headings with "DE" read as a particle + surname ("HOJA DE
REFERENCIA" -> "HOJA [NAME]" 2, "HOJA DE CONSULTA", "ACTA DE NACIMIENTO" 2; also unscored "SEGURO SOCIAL
[NAME]"), facility words swallowed with a following place ("Posta Médica" 2 -> "Posta [NAME] [NAME]", "UCSF
Básica"), "Centro de Salud Familiar del Río" (3, "del [NAME]"), lab values with a space as thousands separator
("Plaquetas 96 000/mm³" 3 -> "96 000/[ADDRESS]", "Leucocitos 13 400/mm³"), first-level regions and countries
(10: "Morazán", "El Paraíso", "Nariño", "Los Lagos" 2, "Apurímac", "Oaxaca", "Alta Verapaz", "Hermanas
Mirabal", "República Dominicana" -- mostly also written inside an address or a place of birth, where the
policy has them plain text and the kit counts every occurrence). Seed 3's higher rate adds "Covered
California / Medi-Cal" and "Medi-Cal para Niños" (6), "Texas Medicaid" and a lab chain's name. Kept
everywhere else: clinic, hospital, EPS / ARS and programme names, drugs and doses, most lab values, ICD-10
codes, amounts in $ / MXN / Q / RD$ / COP / USD / S/ / R$, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is Latin American / US-Hispanic text (every country; CURP, RFC, NSS, DPI, DUI,
Dominican cédula, RUT, CUIL, CPF and CNS numbers valid under their check-digit rules; two surnames,
particles, nicknames; ages 90+; CEP codes), and independence from probes 1-48 (template kinds; name words,
towns and streets of their people tables with the kit's check; no name word in any string of those tables --
run before the measurement; an invented Mexican town that probe15 already had, "Tecolotlán Viejo", was
renamed then). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words
that were already words of the engine's code when the probe was written (found by `written_in_engine_code`,
not chosen).
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
from tests.engine.probe52 import ids, people
from tests.engine.probe52.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe52.run_probe import crashes, run

LEAK_CEILING = 0.04  # now 2.81% (21/747); first: 5.89% (44/747)
STRICT_CEILING = 0.05  # whole + partial: now 3.48%; first 6.56% (49/747)
OVERMASK_CEILING = 0.09  # now 7.00% (25/357); first: 7.00% (25/357)
CLEAN = {"DATE", "PHONE", "ZIP", "HEALTH_PLAN", "EMAIL", "ACCOUNT", "URL", "IP"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 49))]


def _name_words() -> set[str]:
    nicks = [n for group in people.NICKS for n in group] + list(people.NICK_OF.values())
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam] + nicks)


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "URL", "IP"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled ID values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for t, v in d.phi:
            if t not in ("ID", "HEALTH_PLAN", "SSN") or not re.fullmatch(value_re, v):
                continue
            if re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_latin_american_text() -> None:
    """Every country; identifiers with valid check digits (CURP, RFC, NSS, DPI, DUI, Dominican cédula, RUT,
    CUIL, CPF, CNS); two surnames, particles, compound given names and nicknames; ages 90+; CEP and C.P."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    checks = {
        "CURP": (r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-H]\d", ids.curp_ok),
        "RFC": (r"[A-Z]{4}\d{6}[A-Z0-9]{3}", ids.rfc_ok),
        "NSS": (r"\d{11}", ids.luhn_ok),
        "DPI": (r"\d{4} ?\d{5} ?\d{4}", ids.dpi_ok),
        "DUI": (r"\d{8}-\d", ids.dui_ok),
        "Cédula": (r"\d{3}-\d{7}-\d", lambda v: ids.luhn_ok(v.replace("-", ""))),
        "RUT": (r"[\d.]+-[\dK]", ids.rut_ok),
        "CUIL": (r"\d{2}-\d{8}-\d", ids.cuil_ok),
        "CPF": (r"[\d.]{11,14}-?\d{0,2}", ids.cpf_ok),
        "CNS": (r"[\d ]{15,18}", ids.cns_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    names = [v for t, v in values if t == "NAME"]
    assert sum(len(v.split()) >= 3 for v in names) >= 150
    assert sum(bool(re.search(r"(^| )(del|de la|de|da|dos) [A-ZÁÉÍÓÚÑ]", v)) for v in names) >= 10
    nicks = {n for group in people.NICKS for n in group}
    assert sum(v in nicks for v in names) >= 30
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    assert sum(t == "ZIP" and bool(re.fullmatch(r"\d{5}-\d{3}", v)) for t, v in values) >= 6
    text = "\n".join(d.content for d in docs)
    marks = ("Doña ", "Don ", "C.P. ", "CEP ", "Matrícula consular", "MTCN", "Plan Vital", "FONASA")
    assert all(w in text for w in marks)


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


ENGINE_WORDS_BEFORE = {"ical", "neto", "nohora"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
