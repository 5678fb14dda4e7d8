"""Regression guard for the seventieth generalisation probe: administrative and registry health data from the
Nordic, Baltic and Benelux countries in their own languages with synthetic PHI planted in it. Kinds:
sick-leave certificate (Swedish FK 7804; Norwegian sykmelding), patient-portal message (1177 Vårdguiden;
Icelandic Heilsuvera), e-prescription extract (Finnish Kanta; Norwegian reseptliste in Nynorsk), Danish e-Boks
hospital letter, Danish FMK medication card, social-insurance form (Kela sickness-allowance decision;
Luxembourg CNS mémoire d'honoraires), Estonian digilugu extract (JSON), Latvian e-veselība referral, Dutch
ZorgDomein referral, Vektis claim lines (semicolon CSV), GGD vaccination record (JSON), huisarts HIS export,
Belgian eAttest, quality-registry extract (Swedish NDR; Danish stroke registry; semicolons, decimal commas),
municipal home-care decision (Swedish SoL biståndsbeslut; Norwegian vedtak in Nynorsk), laboratory result
(Icelandic; Latvian), long-term-care decision (Luxembourg assurance dépendance; Flemish zorgbudget) and
sickness-absence notice to the employer (Estonian töövõimetusleht; Finnish certificate): rates may only get
better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe70.run_probe --seed N --brief`, with --json / --dump for the detail;
engine at commit 592effd, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     9.18% (65/708)     9.75% (69/708)    13.31% (45/338)
    2     8.77% (62/707)     9.48% (67/707)    13.31% (45/338)
    3     8.35% (59/707)     9.19% (65/707)    13.24% (45/340)

Seed 1 by type (leaked / values): NAME 36/174, LICENSE 11/36, ADDRESS 9/60, VEHICLE 3/3, ID 2/39, ZIP 2/36,
AGE 2/13; none in DATE (169), SSN (51), PHONE (51), EMAIL (25), HEALTH_PLAN (17), IP (9), ACCOUNT (7), URL
(6), MRN (6), DEVICE (6). Seed 2: NAME 37, LICENSE 11, ADDRESS 6, VEHICLE 3, ID 2, AGE 2, ZIP 1; seed 3: NAME
33, LICENSE 11, ADDRESS 6, VEHICLE 3, ID 2, ZIP 2, AGE 2.
Worst kinds (seed 1): digilugu JSON 11/48, GGD vaccination JSON 6/34, HIS export 6/46, e-Boks letter 5/34,
registry extract 5/47; best: eAttest 0/30, Vektis claim lines 1/58, dependency decision 1/45.
What leaks (seed 1):
- NAME 36 of 174: names after labels of the countries' own forms ("Søkjar: Gjermund Heggdal", "Töötaja: Villu
  Uibopuu", "Asiakas: Unto Kenttälä", "Pasient: EINRIDE ØVREBØ", "Borger: BOLETTE KRAGELUND", "Bénéficiaire
  (co-assuré): Joby Medinger") and the first line of an e-Boks address block ("Thorkild Bækgaard⏎[ADDRESS]");
  staff after role words ("Handläggare: Sylvi Törmänen", "Nærmeste leder: Halvdan Tjøstheim", "Afrit: Þráinn
  Ásgeirsson", "Nánasti aðstandandi skráður: Svanfríður Gunnlaugsdóttir", "Puolesta-asiointi: Signhild
  Löfvenberg", "Työterveyshoitaja Unto Heinikangas", "Väljastanud arst: Õnne Tammekivi", "Huisarts: Gerritje
  Zwijnenberg", "Inrapporterat från [IP] av Unto Mustakallio"); JSON values under Estonian and Dutch keys
  ("perearst":"Milvi Vahtramäe", "vaccinateur":"Jildert Zwijnenberg", "Haije van der Zanden"); Dutch names
  with a tussenvoegsel ("de heer T. de Knaap" 2, "door H. de Knaap", "Brink, Lolke ten", "Teake in 't Veld",
  and "[NAME] in 't Veld" 2 where the given name went); a given name left when the family name was masked as a
  place ("Vieno [ADDRESS]" for Pukkila, "Bolette [ADDRESS]" for Højbjerg, "Aart van de [ADDRESS]", "Sybren van
  [ADDRESS]", "Gerben van der [ADDRESS]" for Sluis, "Finny [NAME]"); a given name alone at a sentence end
  ("hjå Torgeir." -- scored twice, with the full name's part).
- LICENSE 11: registrations after labels the engine does not know -- Latvian "ārsta kods 136095" (3),
  Icelandic "læknanúmer 5710", Estonian D- and N-codes ("registreerimiskood D48229"; "kood":"D72674" /
  "N89726" in digilugu JSON, 4), Danish "aut.-ID V3410" (2); Valvira, HPR, AGB, BIG, RIZIV, förskrivarkod,
  code médecin and the 8-digit Danish autorisations-ID were masked.
- ADDRESS 9: towns in a semicolon registry column ("eget hjem;Mosehuse Vest", "Østerhedeby", "Vesterklit",
  "Bøgeskov Mølle"), JSON values ("woonplaats":"Haulerdijk" / "Eesterveen"; digilugu "aadress":"Männi põik 3,
  Kuuseniidu, 43610" whole -- also one of the ZIP leaks), a Swedish town after a masked street ("[ADDRESS],
  914 38 Lerbäcksnäs" -- the other ZIP leak, a Swedish postcode with its space).
- VEHICLE 3 of 3: Danish plates "din bil CW 40 045", "RT 58 569", Swedish "för bil BTB 15V". ID 2: digilugu
  document UUIDs ("dokumendiId"). AGE 2: Dutch "(91 jr)", "(90 jr)" (år, ans, jaar and a Swedish "91 år" were
  masked to "over 89").
Partial (seed 1, 4): Latvian worded dates of birth ("Dzimis 1981. gada 10. janvārī" kept ". gada"), Dutch
tussenvoegsels left beside a masked name ("door H. van der [NAME]", "[NAME], Riemke van de"). Not scored: the
check pair of every Belgian rijksregisternummer survives ("INSZ / rijksregisternummer: [ID].24").
Over-masking (seed 1, 45 of 338): health centres, practices, pharmacies and care offices named after their
village (14: "[NAME] legekontor" for "Hesteneset legekontor", "Lægerne i Kragholt", "Vårdcentralen
Lerbäcksnäs", "Äldreomsorgen Tjärnvik", "Buurtzorg Tjaarderzwaag", "Heilsugæslan Selvogsnesi", "Rabaküla
Tervisekeskus", "Maison médicale du Nord"), employers, agencies, municipalities and insurers (11: "[NAME]
fylkeskommune", "[ADDRESS] Kommune, gruppe [NAME]" for "Viborg Kommune, gruppe Nord", "Lapin hyvinvointialue",
"OÜ Kadaka Puit", "([NAME], sairausvakuutuslaki)" for "Kela", "CM [NAME] ([ID])" for "CM Midden-Vlaanderen
(121)", "CM-Zorgkas Vlaanderen", "Hëllef Doheem"), registries and services (8: "Utdrag ur [NAME] (NDR)",
"Dansk Apopleksiregister", "[NAME] AW319" for "Vektis AW319", "GGD GHOR [ADDRESS]", "GGD Fryslân"), hospitals
and a laboratory (7: "Regionshospitalet [ADDRESS]", "Isala Zwolle", "Lõuna-Eesti Haigla", "Lapin
keskussairaala", "[NAME] laboratorija" for "E. Gulbja laboratorija"), codes and rules (5: "[NAME] 4 kap. 1 §"
for "SoL 4 kap. 1 §", an NVD contract "2024-12/47" and the fund code "121" as [ID]). Seeds 2 and 3 add the
same classes. Kept everywhere else: drugs and strengths, ATC and ICD-10 / ICPC codes, SKS codes, lab values
and registry values with decimal commas, nomenclature codes and fees, form numbers (FK 7804, SV 67, CNS 1110),
most agencies (Försäkringskassan, NAV, Tervisekassa, Sjúkratryggingar Íslands, MyCareNet, Zilveren Kruis),
regions, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is Nordic, Baltic and Benelux registry text (every country; every national identity
number valid under its own check-digit rule -- personnummer and samordningsnummer, fødselsnummer and D-nummer,
CPR, henkilötunnus, kennitala, isikukood, personas kods, BSN, rijksregisternummer, matricule --, IBANs and
RIZIV numbers valid; Icelandic patronymics, Latvian feminine family names, Dutch tussenvoegsels and å ä ö ø æ
þ ð in names; dates in each language's month words; ages 90+; the trade's keep values), and independence from
probes 1-68 (template kinds; name words, towns and streets of their people tables with the kit's check; no
name word in any string of those tables -- run before the measurement). The names were chosen to be mostly
absent from the engine's Faker name lists (66 of 502 name words are in them, pinned by
LEXICON_WORDS_AT_WRITING); ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's
code when the probe was written (found by `written_in_engine_code`, not chosen)."""

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
from tests.engine.probe70 import ids, people
from tests.engine.probe70.corpus import MONTHS, TEMPLATES, make_corpus, problems
from tests.engine.probe70.run_probe import crashes, run

LEAK_CEILING = 0.06  # now 4.10% (29/708); first: 9.18% (65/708)
STRICT_CEILING = 0.06  # whole + partial: now 4.52%; first 9.75% (69/708)
OVERMASK_CEILING = 0.09  # now 7.99% (27/338); first: 13.31% (45/338)
CLEAN = {"DATE", "SSN", "PHONE", "EMAIL", "HEALTH_PLAN", "IP", "ACCOUNT", "URL", "MRN", "DEVICE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 69))]
LEXICON_WORDS_AT_WRITING = 66  # name words the engine's Faker name lists hold (of 502)


def _name_words() -> set[str]:
    """Given and family names and the feminine family forms (a Dutch tussenvoegsel is a particle)."""
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + list(people.FEMININE.values()))


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for ts in loc.regions.values() for t in ts}


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


def test_corpus_is_nordic_baltic_and_benelux_registry_text() -> None:
    """Every country; every national identity number valid under its own check-digit rule (and written
    after that country's label); IBANs and RIZIV numbers valid; Icelandic patronymics (-son / -dóttir),
    Latvian feminine family names, Dutch tussenvoegsels and the letters å ä ö ø æ þ ð in names; dates in each
    language's month words; ages 90+; the trade's keep values (agencies, registries, form numbers, ATC codes,
    decimal commas)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    for d in docs:
        ok = ids.NATIONAL_ID_OK[d.loc]
        nids = [v for t, v in d.phi if t == "SSN"]
        assert nids and all(ok(v) for v in nids), (d.id, nids)
    labels = {
        "Personnummer": r"[\d+-]{11,13}", "Fødselsnummer": r"[\d ]{11,12}", r"CPR(-nr\.)?": r"\d{6}-\d{4}",
        "Henkilötunnus": r"\d{6}[-A]\d{3}\w", r"kt\.": r"\d{6}-?\d{4}", "Isikukood": r"\d{11}",
        "Personas kods": r"\d{6}-\d{5}", "BSN": r"[\d.]{9,11}", "[Rr]ijksregisternummer": r"[\d.-]{15}",
        "Matricule": r"[\d ]{13,16}",
    }  # fmt: skip
    for label, pattern in labels.items():
        assert len(_after(docs, label, pattern)) >= 2, label
    values = [(t, v) for d in docs for t, v in d.phi]
    assert sum(ids.iban_ok(v) for t, v in values if t == "ACCOUNT" and v[:2].isalpha()) >= 15
    assert all(ids.iban_ok(v) for t, v in values if t == "ACCOUNT" and v[:2].isalpha())
    riziv = [v for t, v in values if t == "LICENSE" and re.fullmatch(r"1-\d{5}-\d{2}-\d{3}", v)]
    assert len(riziv) >= 6 and all(ids.riziv_ok(v) for v in riziv)
    se_ids = [v for d in docs if d.loc == "SE" for t, v in d.phi if t == "SSN"]
    samordning = [v for v in se_ids if re.fullmatch(r"(\d\d)?\d{4}[6-9]\d-\d{4}", v)]
    assert len(samordning) >= 3 and all(ids.personnummer_ok(v) for v in samordning)
    names = [v for t, v in values if t == "NAME"]
    assert sum(v.endswith("dóttir") for v in names) >= 5 and sum(v.endswith("son") for v in names) >= 5
    assert sum(v.split()[-1] in people.FEMININE.values() and v.split()[-1][-1] in "ae" for v in names) >= 5
    assert sum(bool(re.search(r" (van der|van de|ten|ter|de|in 't|van) [A-Z]", v)) for v in names) >= 10
    assert all(sum(c in v for v in names) >= 3 for c in "åäöøæþð")
    for loc, months in MONTHS.items():  # dates in the language's own month words
        words = set(months.split())
        dates = [v for d in docs if d.loc == loc for t, v in d.phi if t == "DATE"]
        assert sum(bool(words & set(re.split(r"[\s.]+", v))) for v in dates) >= 3, loc
    assert sum(bool(re.fullmatch(r"\d{4}\. gada \d{1,2}\. \w+", v)) for t, v in values if t == "DATE") >= 3
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 15
    keeps = {k for d in docs for k in d.keep}
    agencies = {"FK 7804", "Försäkringskassan", "SV 67", "MyCareNet", "Vektis AW319", "Tervisekassa"}
    assert agencies <= keeps
    assert sum(bool(re.fullmatch(r"[A-N][0-9]{2}[A-Z]{2}[0-9]{2}", k)) for k in keeps) >= 8  # ATC codes
    assert sum(bool(re.search(r"\d,\d", k)) for k in keeps) >= 20  # decimal commas


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-68, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_few_names_are_in_the_engine_lexicon() -> None:
    """The names must be found by context, not looked up: few of them are in the engine's name lists."""
    assert len(in_engine_lexicon(_name_words())) <= LEXICON_WORDS_AT_WRITING


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


ENGINE_WORDS_BEFORE = {"leida", "uno"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
