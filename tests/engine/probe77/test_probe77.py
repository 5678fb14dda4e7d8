"""Regression guard for the seventy-seventh generalisation probe: health text from Latin America in its own
Spanish and Portuguese (Mexico, Brazil, Argentina, Chile, Colombia, Peru, Uruguay, Ecuador, Guatemala) as
its staff and systems write it, with synthetic PHI planted in it. Kinds: epicrisis / nota de egreso (IMSS;
a Chilean public hospital), receta médica (Mexico, controlled drug; Argentine electronic prescription),
receita de controle especial with its notificação de receita (Brazil), notificación / notificação
compulsória (SINAVE dengue study; SINAN ficha), certificado de defunción / declaração de óbito (the decedent
aged 90+), carnet perinatal (CLAP, Argentina; Peru), triage de guardia / urgencias (Argentina, Colombia),
interconsulta (Chile, Uruguay; a patient aged 90+), historia clínica de ingreso (Ecuador MSP 003; Guatemala
MSPAS), record exports (e-SUS APS JSON; an MV FHIR bundle), families' WhatsApp messages (Mexico, Brazil),
laboratory reports (Colombia, Brazil), pharmacy dispensation logs (Chile, Peru; patients aged 90+), ambulance
call logs (SAMU 192, SAMU 131), insurer authorisations (guia TISS XML; an EPS authorisation), RIPS files
(Colombia: flat files and JSON), PAMI / mutualista orders (Argentina, Uruguay) and referral sheets (Peru SIS,
Guatemala SIGSA): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe77.run_probe --seed N --brief`, with --json / --dump for the detail;
engine at commit 60a3c1e, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     11.05% (77/697)    13.06% (91/697)    11.65% (46/395)
    2     10.92% (76/696)    13.36% (93/696)    11.93% (47/394)
    3     10.47% (73/697)    12.63% (88/697)    11.65% (46/395)

Seed 1 by type (leaked / values): NAME 46/192, LICENSE 12/43, DATE 9/110, ADDRESS 5/97, SSN 2/55, MRN 1/11,
ID 1/38, VEHICLE 1/3; none in PHONE (60), HEALTH_PLAN (27), AGE (18), EMAIL (17), ZIP (12), ACCOUNT (5), IP
(4), DEVICE (3), URL (2). Seed 2: NAME 46, LICENSE 11, DATE 10, SSN 3, MRN 2, ADDRESS 2, ID 1, VEHICLE 1;
seed 3: NAME 45, LICENSE 11, DATE 9, ADDRESS 3, SSN 2, MRN 2, VEHICLE 1.
Worst kinds (seed 1): record exports 9/42 (e-SUS JSON, MV FHIR bundle), SAMU call logs 8/35, notificación /
notificação 7/39, pharmacy dispensation logs 7/48; best: WhatsApp messages 0/34, PAMI / mutualista orders
0/44, interconsultas 1/36.
What leaks (seed 1):
- NAME 46 of 192: staff named after role words and labels the engine does not know ("Enfermera: Wulfrano
  Irarrázaval Subercaseaux", "Obst. Elonwy Sciarra Scarpino", "Bact. Orfilia Pushaina Sinisterra",
  "Responsável técnica: Valdenice Rebouças da Vilela", "TARM: Iraci Xucuru Potiguara", "Operador: Janequeo
  Larraín", "Notificó: ...", "Investigador: ...", "Autorizó: ...", "Auditora: ...", "Refiere: Canek Cuxil
  Sipac, auxiliar de enfermería", "Enf. Kinich Sipac Chox", "traductora: Ixmukané Sacor Xocop"), patients
  and relatives after Spanish / Portuguese labels ("Vítima: Aldenora Jucá Cardim, 60 anos", "Llamante:
  Herculano ...", "Acudiente: Usnavy Gouriyú Noscué", "IDENTIFICAÇÃO DO COMPRADOR: Misao Kohatsu de
  Lazzarotto"), capitals after declaração-de-óbito and SINAN labels ("Nome do falecido: GIRLENE CARDIM
  PITANGA", "Nome da mãe: MOACIR TABAJARA XUCURU" -- "Nome do pai:" was masked), values of Portuguese
  XML / JSON keys ("<ans:nomeBeneficiario>RAFIC CECHINEL DA FACCHINI", "<ans:nomeProfissional>", e-SUS
  "profissional", MV FHIR "requester" / "agent", RIPS "nombreReferencia"), RIPS flat-file columns ("GUETIO
  JUSAYÚ,Usnavy"), a family name surviving after a masked given name -- the second family name or the
  first of two ("[NAME] Subercaseaux Larraín", "Ubaldino [NAME] Yampolsky", "[NAME] DZIB", "Josinaldo
  [NAME] [NAME]") -- and an initial ("MIP C. Tzec").
- LICENSE 12: Brazilian COREN, CRBM and CRF numbers ("COREN-RN 983.306-ENF", "CRF-PE 18635"; 7), a CRM in
  <ans:numeroConselhoProfissional>, Colombian "TP 74596-T" and "RETHUS 80833-T", Peruvian "COQF 33570",
  Guatemalan "Reg. 70902"; CRM, CMP, M.N., RNPI, cédula profesional and colegiado numbers were masked.
- DATE 9: Mexican dates with capital month abbreviations ("Fecha de ingreso: 23/SEP/2024", "inicio de
  síntomas 29/MAY/2025", "Próxima cita: 16/MAR/2025"; 8 -- dates of birth in the same form were masked)
  and a FHIR period start whose digits survived. ADDRESS 5: "Priv. Ocotlán 13", "Manzana V casa 25", a
  Colombian "Transversal 14 6 23-89", the bairro "Conjunto Potengi Velho", the Guatemalan "zona 2
  Chimente". SSN 2: Chilean RUTs in a dispensation-log column ("| 2.186.466-8 |"). MRN 1: "HC 747886" in a
  log column. ID 1: a Brazilian RG after "RG:". VEHICLE 1: a Chilean patente "WNAF-07".
Partial (seed 1, 14): tails of Brazilian street lines and towns (", fundos", ", nº 321", "do Sertão", "do
Boqueirão"), "de las Tunas" of a colonia, "y Ricaurte" of an Ecuadorian intersection, a Colombian "Cl 81
Sur 2 36-75 int 8" of which only "Sur" was masked, the words "barrio", "comunidad" and "cuenta de ahorros"
that the labels hold with the value, and "299" of "CEP 29954" (a Peruvian Colegio de Enfermeros number
after a label that reads like a Brazilian postcode).
Over-masking (seed 1, 46 of 395): regulation and form names and headings (12: "Portaria SVS/MS nº 344/98"
-> "[ADDRESS] SVS/MS nº [ID]", "Ley 27.553" -> "[NAME] 27.553", "Formato 4-30-128/72" -> "Formato 4-[ID]",
"PMO 17.01.02" -> "PMO 2002", "HOJA DE REFERENCIA" -> "HOJA [NAME]", "AUTORIZACIÓN DE SERVICIOS [NAME]
[NAME]", "Petitorio Nacional Único ..." -> [NAME]), organisations' own numbers (10: clinics' CNPJ, NIT and
CUIT, "CLUES YNSSA000421", "CNES 0000434", the RIPS provider code), institutions and programmes (10:
"IMSS", "InDRE", "SUMAR", "OSDE", "Sura EPS", "Asociación Indígena del [NAME]", "Hospital Nuestra Señora de
los [NAME]", "Farmacia del [NAME]", the agravo "Dengue"), regions alone (4: Tlaxcala, Cusco, Totonicapán,
Lima), lab values and units (6: "14.300/mm³" -> "14.300/[ADDRESS]", "38,1 °C. Murphy" -> "°[NAME]
positivo"), ages under 90 inside a masked list of contacts (2), a triage level ("VERDE (IV)" -> "[NAME]
(IV)") and a device model ("Omron HEM-7122" -> "Omron [ID]"). Kept everywhere else: drugs and doses,
CIE-10 / CID-10 codes, most lab values, vital signs, hospitals, pharmacies, laboratories, insurers,
languages, ages under 90, years.
A flaw found while reading the leaks, left as measured (not a labelling error): the Colombian street
patterns' "#" is the fill digit, so "Cra 45 # 23-17" is written "Cra 45 2 23-17".

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is Latin American health text (CURP, RFC, NSS, CPF, CNS, CUIL, RUT, the
Uruguayan, Ecuadorian and Guatemalan identity numbers and CBUs valid under their check-digit rules; clinics'
CNPJ kept and valid; two family names, Portuguese particles and a married woman's "de"; ages 90+ as "NN
años" / "NN anos"; Spanish and Portuguese month names; the trade's keep values), and independence from
probes 1-76 but 74 (template kinds; name words, towns and streets of their people tables with the kit's
check; no name word in any string of those tables -- run before the measurement). None of the name words
is in the engine's Python-Faker name lists (in_engine_lexicon: 0 when written; the names must be found by
context). ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the
probe was written (found by `written_in_engine_code`, not chosen: none).
"""

from __future__ import annotations

import importlib
import re

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
from tests.engine.probe77 import ids, people
from tests.engine.probe77.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe77.run_probe import crashes, run

LEAK_CEILING = 0.13  # first: 11.05% (77/697)
STRICT_CEILING = 0.15  # whole + partial: first 13.06% (91/697)
OVERMASK_CEILING = 0.13  # first: 11.65% (46/395)
CLEAN = {"PHONE", "HEALTH_PLAN", "AGE", "EMAIL", "ZIP", "ACCOUNT", "IP", "DEVICE", "URL"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 77) if i != 74)]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts, hs in loc.regions.values() for t in ts + hs}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_latin_american_health_text() -> None:
    """Every country; identifiers valid under their check-digit rules (CURP, RFC, NSS, CPF, CNS, CUIL, RUT,
    Uruguayan, Ecuadorian and Guatemalan identity numbers, CBU; clinics' CNPJ kept); two family names,
    Portuguese particles and a married woman's "de"; ages 90+ written "NN años" / "NN anos"; dates with
    Spanish and Portuguese month names; the trade's keep values (regulations, forms, drugs, CIE-10)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "CURP": (r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-H]\d", ids.curp_ok),
        "RFC": (r"[A-Z]{4}\d{6}[0-9A-Z]{3}", ids.rfc_ok),
        "NSS": (r"\d{11}", ids.nss_ok),
        "CPF": (r"\d{3}\.\d{3}\.\d{3}-\d\d", ids.cpf_ok),
        "(Cartão SUS|CNS)": (r"\d{3} \d{4} \d{4} \d{4}", ids.cns_ok),
        "CUIL": (r"\d\d-\d{8}-\d", ids.cuil_ok),
        "RUT": (r"[\d.]+-[\dK]", ids.rut_ok),
        r"C\.I\.": (r"\d\.\d{3}\.\d{3}-\d", ids.ci_uy_ok),
        "Cédula": (r"\d{10}", ids.cedula_ec_ok),
        "CUI": (r"\d{4} \d{5} \d{4}", ids.cui_gt_ok),
        "CBU": (r"\d{22}", ids.cbu_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    keeps = {k for d in docs for k in d.keep}
    cnpjs = [k for k in keeps if re.fullmatch(r"\d\d\.\d{3}\.\d{3}/0001-\d\d", k)]
    assert len(cnpjs) >= 3 and all(ids.cnpj_ok(k) for k in cnpjs)
    values = [(t, v) for d in docs for t, v in d.phi]
    names = [v for t, v in values if t == "NAME"]
    assert sum(len(v.split()) >= 3 for v in names) >= 150  # given name and two family names
    assert sum(bool(re.search(r" (da|de) [A-ZÁÉÍÓÚÑ]", v)) for v in names) >= 20
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 40
    text = "\n".join(d.content for d in docs)
    assert len(re.findall(r"\b9\d (años|anos)\b", text)) >= 30
    months = re.findall(r"\d de (marzo|março|octubre|outubro|junio|junho|[a-zç]+) de \d{4}", text)
    assert len(months) >= 10
    assert sum(bool(re.fullmatch(r"\d\d/[A-Z]{3}/\d{4}", v)) for _, v in values) >= 10  # 14/MAR/2024
    assert {
        "Portaria SVS/MS nº 344/98",
        "Ley 27.553",
        "Formato 4-30-128/72",
        "NTS N° 018-MINSA/DGSP",
    } <= keeps
    assert sum(bool(re.fullmatch(r"[A-Z]\d\d(\.\d)?", k)) for k in keeps) >= 8  # CIE-10 / CID-10
    marks = (
        "SINAVE",
        "SINAN",
        "ans:mensagemTISS",
        "SAMU 192",
        "SAMU 131",
        "PAMI",
        "FONASA",
        "IMSS",
        "e-SUS",
        "US190010012301.txt",
    )
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-76 (but 74), no name word, town or street of their people tables (the
    kit's check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_names_are_found_by_context_not_looked_up() -> None:
    """The probe's name words that the engine's Python-Faker name lists hold (none when written)."""
    assert len(in_engine_lexicon(_name_words())) <= LEXICON_OVERLAP_BEFORE


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


LEXICON_OVERLAP_BEFORE = 0
ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
