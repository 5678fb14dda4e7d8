"""Regression guard for the eighty-third generalisation probe: short multilingual PII-benchmark texts in a
health setting, assembled as an outside evaluator assembles a held-out PII dataset (one to a few sentences
each, many entity types per text, varied phrasing), written natively in English, French, German, Italian,
Spanish, Dutch and Portuguese (England, France, Belgium in French and in Dutch, Germany, Italy, Spain, the
Netherlands, Portugal), with this probe's own name lists (old French calendar names and Gascon family names,
Breton, Old High German and Bavarian, East Frisian, southern Italian and Sardinian, Lombard, Castilian
devotional, Basque, Catalan and Balearic, Frisian and Saxon Dutch, Flemish, Portuguese and Azorean, Cornish
and Anglo-Saxon names; particles and compounds such as De Stefanis, Dell'Aversana, Sáenz de Buruaga,
Pennanéac'h). Kinds, each in two languages, each document a batch of short messages: appointment
confirmations, SMS reminder log, portal sign-up e-mails, password-reset / 2FA log, billing and payment
e-mails, insurance-card details, pharmacy pick-up notices, lab-result notifications, telehealth invitations,
device-pairing messages, patient parking permits, occupational-health notes, school-nurse notes,
research-study invitations (a 90+ cohort), patient-record JSON and booking-record JSON with localised keys,
PII-benchmark one-liners and contact-update requests: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe83.run_probe --seed N --brief`, with --json for the detail; engine at
commit f2dfeff, `git status --short src/phigate/engine` empty before and after: no uncommitted engine edits),
36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     6.40% (51/797)     8.66% (69/797)     7.00% (24/343)
    2     7.42% (59/795)     9.06% (72/795)     7.58% (26/343)
    3     6.78% (54/797)     8.41% (67/797)     6.71% (23/343)

Seed 1 by type (leaked / values): NAME 31/235, ID 15/61, ADDRESS 2/64, LICENSE 2/23, VEHICLE 1/9; none in DATE
(139), PHONE (63), EMAIL (46), ZIP (31), SSN (26), HEALTH_PLAN (23), IP (18), MRN (15), ACCOUNT (13), URL
(11), DEVICE (11), AGE (9). Seed 2: NAME 35, ID 16, ADDRESS 4, LICENSE 2, URL 1, VEHICLE 1; seed 3: NAME 32,
ID 15, ADDRESS 3, LICENSE 2, DATE 1, VEHICLE 1.
Worst kinds (seed 1): occupational-health notes 8/43, benchmark one-liners 6/53, SMS reminder log 5/48,
telehealth invitations 5/44; best (none leaked): insurance-card details 0/42, pharmacy pick-up notices 0/47,
device-pairing messages 0/45.
What leaks (seed 1):
- NAME 31 of 235: a given name alone after a greeting or opening a message ("Hoi Marrigje, je registratie",
  "Liebe/r Tjorven,", "Hallo Luitpold, wir haben", "Ulderica, grazie per", "Joanot, le recordamos su cita",
  "[EMAIL]: Gerens, you have been added", "begleiten Hilko (over 89)") or a benchmark sentence ("Edwy has a
  new GP", "Rosenwyn wrote at 10:05", "Visitor parking for Hamo", "verwijsbrief van Arjen naar"); full names
  opening a log line after a date or time ("2024: Dankwart Ortlieb, Personalnr.", "2024 — Jesuína Albergaria,
  n.º mecanográfico", "13:15 — Telesfora Aranzadi:", "Wiedereingliederung Fokko Uphoff", "Vacinação hepatite B
  de Egas Bicudo"); French "FAMILY Given" after "Courrier à" / "courrier :" / "N° [ID] :" ("GOURVENNEC
  Gwenolé", "DARRIGRAND Hermance", "UGUEN Mériadec"); a physician in a heading ("Hausarztpraxis Dr. Wiard
  Knöchelmann,") and signatures ("Biologiste responsable : Eduína Rebelo", "Parent Ethelinda Voake informed");
  Dutch given names left while the family name went as ADDRESS ("van Rienk [ADDRESS] (BIG", "Behandelaar:
  Lambertus [ADDRESS]", "Brief aan Marrigje [ADDRESS]"); "Incidencia: Virtudes Bugallo solicita"; a JSON
"medico" value. - ID 15 of 61: user names (9: "utilizador marilia1942 |" three times in a Portuguese security
  log, "participant fulke.y92 joined", "manuli_785 beigetreten", "Login for eddowes55 failed", the JSON
  "identifiant", "exportado_por" and "utilizador" values), employee numbers (4: "Personalnr. 912-887", "n.º
  mecanográfico 755-845", "(n.º 541234, NIF", "medewerker 995254") and references ("Anbieter-Ref ND-668232",
  "Studiecode TTY-706-719").
- ADDRESS 2: a town after a masked street ("[ADDRESS], Crawshawbooth Top [ADDRESS]") and "de huisarts in
  Denekamp-Oost". LICENSE 2: Italian Ordine numbers ("iscr. Ordine n. 58445"). VEHICLE 1: a French plate after
  "ancien" ("ancien RJ-127-SN, nouveau VIN").
Partial (seed 1, 18): ten telehealth, activation and study links whose token alone was masked (host and path
kept), three French "Résidence Les Iris, bât. R, 29 avenue Jean-Moulin" lines (the residence's name masked as
NAME, the rest kept), second words of towns ("Olazagutía" of "Olazagutía Baja", "do Rebentão", "End" of
"Haslingden Moor End"), "bis" of "Schoolstraat 41 bis" and "ver" of "Dell'Aversana".
Over-masking (seed 1, 24 of 343): service names and headings (9: "Langzeit-EKG", "GOÄ-Ziffer 3", "Bilan
thyroïdien", "Videosprechstunde", "Klinisch Chemisch Laboratorium", "Centrale Operativa Territoriale",
"Parkeerbeheer", "CEIP Virgen del Pilar", "Ethisch Comité"), regulations (5: "Grundlage: [NAME]. 9." for
"DSGVO Art. 9" three times, "Lei 58/2019" twice), insurers and mutualities (4: "Malakoff Humanis", "CM
Antwerpen" twice, "Helan"), Portuguese helpdesk names ("Linha SNS 24", "Balcão de Atendimento"), hospitals
("Antonius Sneek", "Medisch Spectrum Twente") and times right after a date ("le 03/05 à 16:25", "2025-08-21
13:15 participant"). Kept everywhere else: drugs and doses, lab values, most hospitals, insurers, banks and
BICs, form numbers, times, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility, each kind in two languages, four JSON documents), that it is this topic (NIR, RPPS,
Steuer-ID, KVNR, LANR, codice fiscale, DNI / NIE, BSN, NIF, rijksregisternummer, NHS numbers, IBANs of eight
countries and VINs valid under their schemes; each language's date, postcode and phone forms; MAC addresses,
IPv4 and IPv6; ages 90+; drugs, times and the trade's keep values), and independence from probes 1-82
(template kinds; name words, towns and streets of their people tables with the kit's check; no name word in
any string of those tables -- run before the measurement; it made three given names, one family name and one
invented town that earlier probes already held be replaced). 12 of the 445 name words are in the engine's
Python-Faker name lists (in_engine_lexicon: common Flemish and Spanish family names -- Goossens, Lievens,
Seghers, De Smedt, Vanderstraeten, Verhaegen, Fernández, Pérez, Sáenz, Sosa, Vidal -- and Wannes);
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen: none).
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
from tests.engine.probe83 import ids, people
from tests.engine.probe83.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe83.run_probe import crashes, run

LEAK_CEILING = 0.08  # first: 6.40% (51/797)
STRICT_CEILING = 0.10  # whole + partial: first 8.66% (69/797)
OVERMASK_CEILING = 0.08  # first: 7.00% (24/343)
CLEAN = {"DATE", "PHONE", "EMAIL", "ZIP", "SSN", "HEALTH_PLAN", "IP", "MRN", "ACCOUNT", "URL", "DEVICE"}
CLEAN |= {"AGE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 83))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


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
    assert all(sum(d.kind == k for d in docs) == 2 for k in {d.kind for d in docs})
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
    assert sum(d.format == "json" for d in docs) == 4


def test_corpus_is_this_probes_topic() -> None:
    """Eight locales in seven languages; national, insurance and professional numbers valid under their
    schemes (NIR, RPPS, Steuer-ID, KVNR, LANR, codice fiscale, DNI / NIE, BSN, NIF, rijksregisternummer, NHS,
    IBAN, VIN); each language's dates, postcodes and phones; MAC, IPv4 and IPv6; ages 90+; the keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    values = [(t, v) for d in docs for t, v in d.phi]
    checks = {
        "n° sécu": (r"[12](?: \d\d){3} \d{3} \d{3} \d\d", ids.nir_ok),
        "RPPS": (r"10\d{9}", ids.rpps_ok),
        "Steuer-ID": (r"\d{11}", ids.steuer_id_ok),
        "KVNR": (r"[A-Z]\d{9}", ids.kvnr_ok),
        "LANR": (r"\d{9}", ids.lanr_ok),
        "CF": (r"[A-Z0-9]{16}", ids.codice_fiscale_ok),
        "DNI/NIE": (r"[XYZ\d]\d{7}[A-Z]", ids.dni_ok),
        "BSN": (r"\d{9}", ids.bsn_ok),
        "NIF": (r"\d{9}", ids.nif_pt_ok),
        "NISS": (r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", ids.rrn_ok),
        "rijksregisternummer": (r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", ids.rrn_ok),
        "NHS no.": (r"\d{3} \d{3} \d{4}", ids.nhs_ok),
        "IBAN": (r"[A-Z]{2}\d\d[A-Z0-9 ]{11,30}", ids.iban_ok),
        "VIN": (r"[A-Z0-9]{17}", ids.vin_ok),
    }
    for label, (pattern, ok) in checks.items():
        after = rf"{re.escape(label)}[^\w\n]{{1,14}}(?:\w+ ){{0,3}}"
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v) and re.search(after + re.escape(v), d.content)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    ibans = [v for t, v in values if t == "ACCOUNT" and v[:2].isalpha() and v[2:4].isdigit() and " " in v]
    assert len(ibans) >= 20 and all(ids.iban_ok(v) for v in ibans)
    assert {v[:2] for v in ibans} >= {"DE", "FR", "BE", "GB", "NL"}
    vins = [v for t, v in values if t == "VEHICLE" and len(v) == 17]
    assert len(vins) >= 6 and all(ids.vin_ok(v) for v in vins)
    national = [v for t, v in values if t == "SSN"]
    assert all(
        ids.nir_ok(v) or ids.rrn_ok(v) or ids.steuer_id_ok(v) or ids.codice_fiscale_ok(v) or ids.dni_ok(v)
        or ids.bsn_ok(v) or ids.nif_pt_ok(v) or re.fullmatch(r"[A-Z]{2} \d\d \d\d \d\d [A-D]", v)
        for v in national
    )  # fmt: skip
    dates = {v for t, v in values if t == "DATE"}
    date_forms = [r"\d\d\.\d\d\.\d{4}", r"\d\d-\d\d-\d{4}", r"\d\d/\d\d/\d{4}", r"\d{4}-\d\d-\d\d"]
    date_forms += [r"\d{1,2}\. [A-ZÄÖÜ][a-zä]+ \d{4}", r"\d{1,2} de [a-zç]+ de \d{4}"]
    date_forms += [r"\d{1,2} [a-zéû]+ \d{4}"]
    for pattern in date_forms:
        assert any(re.fullmatch(pattern, v) for v in dates), pattern
    zips = {v for t, v in values if t == "ZIP"}
    for pattern in (r"\d{4} [A-Z]{2}", r"\d{4}-\d{3}", r"\d{5}", r"\d{4}", r"[A-Z]{2}\d\d? \d[A-Z]{2}"):
        assert any(re.fullmatch(pattern, v) for v in zips), pattern
    devices = [v for t, v in values if t == "DEVICE"]
    assert sum(bool(re.fullmatch(r"([0-9A-F]{2}[:-]){5}[0-9A-F]{2}", v)) for v in devices) >= 10
    ips = [v for t, v in values if t == "IP"]
    assert sum(":" in v for v in ips) >= 10 and sum("." in v for v in ips) >= 10
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    names = {v for t, v in values if t == "NAME"}
    assert sum(bool(re.search(r"\b(De|Dell'|de|Sáenz|Pérez|Fernández)\b|Pennanéac'h", v)) for v in names) >= 5
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.search(r"\d+(,\d+)? ?(mg|µg|mcg|g)\b", k)) for k in keeps) >= 40  # drugs and doses
    assert {"GEZOND OUDER 90+", "LONGEVA-90", "G 25"} <= keeps
    assert any(re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2,5}", k) for k in keeps)  # BICs
    assert sum(bool(re.fullmatch(r"\d\d[:h]\d\d", k)) for k in keeps) >= 10  # times


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-82, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
