"""Regression guard for the thirty-ninth generalisation probe: a held-out set built the way public PII-masking
benchmarks are built (ai4privacy-style "pii-masking" sets, synthetic PII benchmarks), applied to health care,
in six languages (English -- UK and US --, German, French, Italian, Spanish, Dutch): short-to-medium texts
with densely packed entities -- e-mails, chat turns, SMS, form snippets, JSON fragments, CSV lines. Kinds:
appointment booking, billing e-mail, online-pharmacy order (JSON), insurance claim form, lab-result
notification, telehealth session (JSON), clinic HR record, patient-support chat (lower case), prescription
refill SMS, vaccination certificate, travel-insurance claim, hospital IT helpdesk ticket, research consent
form, dental recall, physiotherapy CSV export, optician order, care-home admission, parking permit / patient
transport booking: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe39.run_probe --seed N --brief`; engine at commit 8d6d8a4, `git status
--short src/phigate/engine` empty before and after: no uncommitted engine edits), 72 documents in 18 kinds per
seed, none crashes the engine, none refused:

    seed  leaked            whole + partial    over-masking
    1     5.85% (60/1026)   7.12% (73/1026)    17.14% (72/420)
    2     6.32% (65/1028)   7.59% (78/1028)    15.24% (64/420)
    3     4.97% (51/1026)   6.43% (66/1026)    16.43% (69/420)

Seed 1 by type (leaked / values): ID 18/134, NAME 17/186, ADDRESS 12/158, CREDENTIAL 8/10, VEHICLE 4/12, ZIP
1/62; none in DATE (172: numeric, long and ISO forms of six languages), PHONE (94), EMAIL (62), HEALTH_PLAN
(38), ACCOUNT (26: IBANs, cards), MRN (26), DEVICE (14), IP (12), URL (8), LICENSE (8), AGE (4).
Seeds 2 and 3: NAME 20 and 8, ID 19 and 19, ADDRESS 14 and 10, CREDENTIAL 7 and 8, VEHICLE 4 and 4, ZIP 1 and
1, AGE 0 and 1.
Worst kinds (seed 1): patient-support chat 11/56, IT helpdesk ticket 10/52, then billing e-mail, pharmacy
order JSON, lab-result notification and clinic HR record 5 each; best: insurance claim form 0/62, telehealth
session JSON 0/60, optician order 0/50, dental recall 0/48. Seeds 2 and 3: helpdesk 12 and 10, chat 9 and 8.
What leaks:
- ID: usernames and handles after a label ("gebruikersnaam ubbe.ekke", "Identifiant intranet : didier.jacq",
  "usuario estibaliz.zuri", "account under clolumb69", "mein [NAME] lindemeyer_i55", a JSON "usuario_web"
  value "damaso.teje"); order/prescription/claim numbers of digit groups ("Fattura n. 2054-3005-72", "NRE
  5017-6083-71", JSON "pedido" "9293-5105-99", "Claim ref JAH-47258").
- NAME: lower-case names in chat ("me llamo librada robledo", "user: clover lumb", "con mi hija tobías");
  English-word and unusual given names ("Thanks Clover", "Fortuné" as a second given name after "Prénom(s) :",
  "groet, Huib"); full names after a role or relation label ("Ihre Begleitperson Fiete Niedermayer", "Melder:
  Ubbe Ekkelenkamp", "Contactpersoon 1: Bregje Folkerts", "Parent ou représentant : Aliénor Montagnon",
  "opmerking teamleider zorg: Froukje Koopmans belt"); "[NAME], Dámaso" (given after a masked family).
- ADDRESS: Spanish street lines with number and floor ("Avenida de los Tilos, 23, 4º D", "Paseo de las
  Acacias, 97, 3º B"); Dutch street lines with a suffixed number after "Mijn adres is" ("Zuiderdiep 112-B");
  French towns after "à" ("né(e) le ... à Montbrison", "Fait à Landerneau"); "provincia de Alicante" (whole,
  and "provincia di"/"provincia de" kept of the others as partials); a Spanish town after a floor ("7º A,
  Vilalba").
- CREDENTIAL 8/10: passwords after "Wachtwoord was" / "das alte Passwort" ("Zonnebloem#5", "Clover!Leaf7");
  six-digit one-time codes ("codice 627414", "Codice di ritiro: 028879"). The API key was masked.
- VEHICLE: French and Italian plates ("immatriculation SB-596-KY", "auto targata NU 820YN"); VINs masked.
- ZIP: a US ZIP typed alone in chat ("user: 59860.").
Partial (seed 1, 13): the words "provincia di/de" of a second-level division (6), the letters of a Spanish
health-card number ("KTKJ 415926 76" -> "KTKJ"), the prefixes "PID"/"IPP" of case numbers, "maverick" of a
lower-case chat name.
Over-masking (seed 1, 72 of 420): clinic, practice and pharmacy names (42: "Farmacia Centrale" 7,
"Huisartsenpraktijk De Linde" 5, "Oakwood Dental Care" 4, "Kreisklinik St. Anna", "Casa di Cura Villa Serena",
"Cabinet de kinésithérapie Les Iris"); times of day after a date (8: "2024-08-16 07:40" in JSON, "26.07.2024
10:15" in CSV); first-level divisions written alone (9: "Puglia", "Utrecht", "Gelderland", "Drenthe",
"Hessen", "Schleswig-Holstein", "Comunitat Valenciana"); insurer names (5: "Zilveren Kruis", "VGZ", "CZ",
"Mapfre Salud", "AXA Santé"); job titles (4: "Physiotherapeutin", "Medizinische Fachangestellte"); "España" as
a JSON value (2); a product version "ORBIS 08.04" (2). Kept everywhere: drugs and doses, amounts and
currencies, ages under 90, gender words, eye colours, heights, years alone, weekdays.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. (Seed 3's one AGE "leak" is the scorer's: an age of exactly
90 became the allowed "Edad: 90 or older", which still holds the labelled value "90".) Also checked: the
corpus's soundness (labels, sizes, reproducibility), that it is a six-language PII-benchmark-style set (every
language and country, JSON and CSV documents, lower-case chat names, particle surnames, valid check digits of
BSN, codice fiscale, DNI/NIE, NIR, Steuer-ID, NHS number, KVNR, IBAN and cards, first-level divisions kept),
and independence from probes 1-38 (template kinds; name words, towns and streets of their people tables with
the kit's check, and no name word in any string of those tables -- run before the measurement, clashes
replaced then). Names were not checked against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words
that were already words of the engine's code when the probe was written (found by `written_in_engine_code`,
not chosen).

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
from tests.engine.probe39 import ids, people
from tests.engine.probe39.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe39.run_probe import crashes, run

LEAK_CEILING = 0.03  # now 1.75% (18/1026); first: 5.85% (60/1026)
STRICT_CEILING = 0.05  # whole + partial: now 3.12%; first: 7.12% (73/1026)
OVERMASK_CEILING = 0.06  # now 4.29% (18/420); first: 17.14% (72/420)
CLEAN = {"DATE", "PHONE", "EMAIL", "HEALTH_PLAN", "ACCOUNT", "MRN", "DEVICE", "IP", "URL", "LICENSE",
         "AGE"}  # seed 1  # fmt: skip
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 39))]
LANGS = {"en", "de", "fr", "it", "es", "nl"}


def _name_words() -> set[str]:
    """Name words (particles such as von, van, der, del are not name words)."""
    names = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(names) - people.PARTICLES


def _towns() -> set[str]:
    return {t for rows in people.TOWNS.values() for t, *_ in rows}


def _streets() -> set[str]:
    return {s for rows in people.STREETS.values() for s in rows}


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
    """72 short documents in 18 kinds per seed (four each: two language variants, two renders): shorter than
    probe 38's, so each holds >= 10 PHI and >= 5 keep values and the totals stay >= 650 and >= 300."""
    docs = make_corpus(1)
    assert len(docs) == 72 and len({d.kind for d in docs}) == 18
    assert all(sum(d.kind == k for d in docs) == 4 for k in {d.kind for d in docs})
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 10 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN",
                     "ACCOUNT", "VEHICLE", "LICENSE", "URL", "IP", "DEVICE", "CREDENTIAL"}  # fmt: skip


def test_corpus_is_a_six_language_pii_benchmark() -> None:
    """Every language and country; JSON and CSV documents; lower-case chat names; valid check digits."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {people.LANG[d.loc] for d in docs} == LANGS and {d.loc for d in docs} == set(people.COUNTRIES)
    assert sum(d.format == "json" for d in make_corpus(1)) == 8
    assert sum(";" in d.content or "," in d.content.splitlines()[1] for d in docs if "csv" in d.kind) == 12
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(v.islower() for v in names) >= 20  # typed in lower case in chats
    assert any(re.search(r"\b(?:van|von) |^(?:Di|Lo|Le|De|Del) ", v) for v in names)
    values = {t: [v for d in docs for tt, v in d.phi if tt == t] for t in ("ID", "ACCOUNT", "HEALTH_PLAN")}
    assert any(re.fullmatch(r"\d{9}", v) and ids.bsn_valid(v) for v in values["ID"])
    cf = re.compile(r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]")
    assert any(cf.fullmatch(v) and ids.cf_check(v[:15]) == v[15] for v in values["ID"])
    assert any(re.fullmatch(r"[XYZ]?\d{7,8}[A-Z]", v) and ids.dni_valid(v) for v in values["ID"])
    assert any(re.fullmatch(r"[12]( \d\d){3} \d{3} \d{3} \d\d", v) and ids.nir_valid(v) for v in values["ID"])
    assert any(re.fullmatch(r"\d{11}", v) and ids.steuer_id_valid(v) for v in values["ID"])
    assert any(re.fullmatch(r"\d{3} \d{3} \d{4}", v) and ids.nhs_valid(v) for v in values["ID"])
    assert any(re.fullmatch(r"[A-Z]\d{9}", v) and ids.kvnr_valid(v) for v in values["HEALTH_PLAN"])
    ibans = [v for v in values["ACCOUNT"] if v[:2].isalpha()]
    cards = [v for v in values["ACCOUNT"] if re.fullmatch(r"(\d{4} ){3}\d{4}", v)]
    assert ibans and all(ids.iban_valid(v) for v in ibans) and cards and all(ids.luhn_valid(v) for v in cards)
    regions = {r for rows in people.TOWNS.values() for *_, r in rows}
    assert sum(k in regions for d in docs for k in d.keep) >= 60
    assert sum(t == "AGE" for d in docs for t, _ in d.phi) >= 12


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-38, no name word, town or street of their people tables (the kit's check),
    and no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    for female, male, family in people.NAMES.values():
        assert len(female + male) >= 60 and len(family) >= 60


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


ENGINE_WORDS_BEFORE = {"daan", "domenica", "dressler", "nieto", "prins", "salud"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
