"""Regression guard for the ninety-third generalisation probe: Southern European and Balkan clinical running
text in the local languages and scripts -- Italian, Greek, Maltese, Croatian, Serbian (Cyrillic and Latin),
Slovenian, Bosnian, Albanian, Romanian, Bulgarian, Macedonian, Catalan and Galician -- built as an outside
evaluator builds a held-out set: other templates and, above all, other name lists (rarer names of those
peoples, declined as the languages decline them: Croatian / Serbian / Bosnian / Slovenian genitive, dative and
instrumental, Greek genitive and vocative, Albanian definite and genitive, Romanian genitive, Bulgarian and
Macedonian vocatives and feminine family names, Catalan "Family i Family" and Galician double surnames).
Kinds: discharge letter (HR, IT), epicrisis (GR, BG), referral (BA, SI), e-prescription with dispensing (RS
Cyrillic, CAT), emergency sheet (RS Latin, MK), nursing handover (HR, GAL), GP note (MT, AL), lab report
header (RO, IT), sick-leave certificate (BA, RO), e-health portal JSON (GR, SI), portal CSV (CAT, RS), SMS
reminders (BG, RS Latin), family doctor's e-mail (MK, AL), home-care visit log (SI, MT), vaccination card
(GAL, BA), insurance-card data (GR, MT), death certificate (RO, HR), ambulance report (MK, CAT). Rates may
only get better than when it was written.

First measurement, as soon as the corpus was complete and the soundness and independence checks passed
(`python -m tests.engine.probe93.run_probe --seed N --brief`, with --json for the detail; engine at commit
8abc87c, `git status --short src` empty before and after). It exposed one labelling flaw of the generator,
fixed before the figures below: the Bulgarian history number was written "ИЗ № 47322428/2022" with a random
year labelled keep after the MRN, although in that shape the year belongs to the record number (the policy's
MRN); the whole "47322428/2024" (with the admission year) is the MRN now (over-masking was 6.15% (20/325) on
seed 1, 6.23% (20/321) on seed 2 and 5.85% (19/325) on seed 3 with it; the leak figures did not change). 36
documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     11.04% (68/616)     11.69% (72/616)     5.86% (19/324)
    2     11.13% (69/620)     11.77% (73/620)     5.94% (19/320)
    3     10.08% (62/615)     10.41% (64/615)     5.56% (18/324)

Seed 1 by type (leaked / values): NAME 52/215, ADDRESS 7/70, MRN 3/12, AGE 3/12, DATE 2/102, ZIP 1/29; none in
ID (53), HEALTH_PLAN (30), PHONE (45), LICENSE (23), EMAIL (14), SSN (4), IP (2), DEVICE (2), VEHICLE (2), URL
(1). Seed 2: NAME 49, ADDRESS 9, AGE 5, MRN 3, DATE 2, ZIP 1; seed 3: NAME 44, ADDRESS 9, AGE 4, MRN 2, DATE
2, ZIP 1. Worst kinds (seed 1): portal CSV 9/34, ambulance report 7/32, nursing handover 6/31, family doctor's
e-mail 6/30, insurance-card data 6/36; none leaked in the referrals or the sick-leave certificates. What leaks
(seed 1):
- NAME 52 of 215, by cause:
  staff after a local role word the engine does not know as a title: "фармацеут Цмиљка Пантелић", "de as.
  Axinia Cârlan", "(inf. Vitaliano Cannizzo)", "dipl. m. s. Pepca Skubic", "In-nurse Dolorina Gafà", "мед.
  техничар Стојче Трпески, возач Вангелија Чалоска", "infermeria (Pancraç Vidiella)", "Entrega: Ledicia
  Cabaleiro / Recibe: Xesusa Touceda", "Infermieri/ja [ADDRESS] Bushati" (the given name masked as an
  address);
  names in CSV / JSON cells under no name header: "visita;Dr. Climent Monegal;", "analítica;Xermán Orosa;CAP",
  "лабораторија;Љубисав Миљковић;Дом здравља", "predpisal": "Florjan Tomažin", "contact": "Πηνελόπη
  Καραμπελιά", and logins ("user": "zgiannakopo", "uporabnik": "pprosenc", "χρήστης dsarris");
  Catalan double surnames joined by "i": the engine masks "Given Family" and leaves "i Second" ("Pacient:
  [NAME] i Bonvehí", "[NAME] i Orosa", "[NAME] i Cuscó"), or misses the whole after a Catalan label ("titular:
  Cebrià Teixidó i Soldevila", "persona autoritzada: Dolors Vidiella i Escarré", "alertant: Dolors Cardús i
  Rigau");
  inflected and addressed forms: a Greek genitive ("με τη συνοδεία συγγενούς, Λαμπρινής Μαυρογιάννη"), a
  Serbian dative ("Напомена за Живадинки Стојиљковић"), an Albanian definite subject ("Hajrijja vjen me të
  birin"), salutations ("E nderuar Dallëndyshe,", "Почитуван Методија,", "Уважаеми Гроздан Дюлгеров,
  потвърждаваме", "Уважаеми Ганчо Бакърджиев"), a given name alone after a relationship word ("kći Anđelka
  dolazi", "fillo Fuco chega", "Ще дойде сина Гроздан", "ενημερώθηκε ο/η Κυριακούλα");
  Cyrillic and Greek names after labels or prepositions of those languages: "придружба: Цане Анчевски", "Тема:
  Резултати - Фросина Јанкуловска", "часа на Дичка Тошева", "Μητρώνυμο: Χρυσάνθη", "από Διονύσιος Σαρρής"; and
  "Soba 5/1: Nediljka Kalebić - pad tlaka", "Ime i prezime umrle osobe: Zdravka Kezić", "Dr Ġużeppina
  Chircop".
- ADDRESS 7 of 70: street lines of words the engine does not know as street words ("C/ dels Teixidors, 50",
  "Pot na Gmajno 47", "Ulica bačvara 11H", "ул. Ќерамидарска бр. 57") and Cyrillic villages after a street
  ("бр. 57, Ќерамиди", "бр. 30, Тутунско Поле").
- MRN 3 of 12: record numbers with a slash ("Broj povijesti bolesti: 407/060", "Cartella clinica n.
  426/102", "Rec. 616/398"). AGE 3 of 12: "god. 91", "pacijent 96 god.", a JSON "starost": "91". DATE 2 of
  102: a day and month alone ("Alta prevista 26/11" -- "Alta" masked as a name instead --, "τηλεφωνικά στις
  19/4"). ZIP 1 of 29: the Maltese post code "JPC 4737" after a town masked as a name.
Partial (seed 1, 4): "Villabruna Veneta" keeps "Veneta", "Rruga Kovaçët, nr. 533" keeps ", nr. 533", "Sqaq
il-Karrubi 1" keeps "il-Karrubi 1", "Vilanova de les Garrigues Altes" keeps "les". Identifiers are masked
under another type now and then (an EGN and an AMKA as [PHONE], a JMBG as [ACCOUNT], a ZZZS number as [SSN], a
NIE as [LICENSE]): masked, so not scored as leaks. Over-masking (seed 1, 19 of 324): hospitals and departments
(12: "OB Pula", "UKC Tuzla", "Kantonalna bolnica Zenica", "Splošna bolnišnica Jesenice", "Spitali Rajonal
Korçë", "Spitali Rajonal Shkodër", "Универзитетски клинички центар Крагујевац", "МБАЛ „Проф. д-р Параскев
Стоянов“ – Ловеч", "Ospedale dell'Angelo di Mestre", "UO Geriatria", "Zavod za kardiologiju", "Interna
klinika"), times after a date ("во 07:50", "в 09:00", "10:15"), ages under 90 after "Возраст:" and "mosha"
("35", "46"), a county after "jud." ("Vaslui") and a vaccine opening a table row ("Influvac Tetra"). Kept
everywhere else: drugs and doses, ICD-10 codes and diagnoses, lab values, payers, vaccine batch numbers,
ambulance call-signs, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic
(codice fiscale, AMKA, OIB, JMBG, EMŠO, CNP, EGN, DNI / NIE valid under their schemes, the Albanian NID and
Maltese ID in their shapes, each after its label; inflected name forms, Greek and Cyrillic names, Catalan
double surnames, feminine family names; ages 90+ labelled, younger kept; the keep values), and independence
from the earlier probes (template kinds; name words -- the Serbian ones in their Latin spelling too --, towns
and streets of their people tables with the kit's check; no name word in any string of those tables, nor one
that the engine's accent folding makes an earlier word -- run before the measurement; that check replaced
"Milenković", "Buttiġieġ", "Tonći" and a few others before anything was measured). None of the 436 name words
is in the engine's Python-Faker name lists (in_engine_lexicon: none); ENGINE_WORDS_BEFORE pins the name words
that were already words of the engine's code when the probe was written (found by `written_in_engine_code`:
none). Ten Bulgarian and Macedonian names written here only in Cyrillic ("Стоянка", "Цветанка", "Бояджиев"...)
have plain Latin transliterations that earlier probes hold; the engine does not transliterate, so they stay as
drawn. Probes 91-93 may have been written at the same time by other helpers; this one was checked against
probes 1-90 only."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from phigate.engine.normalize import fold_token
from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe93 import ids, people
from tests.engine.probe93.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe93.run_probe import crashes, run

LEAK_CEILING = 0.13  # first: 11.04% (68/616)
STRICT_CEILING = 0.13  # whole + partial: first 11.69% (72/616)
OVERMASK_CEILING = 0.07  # first: 5.86% (19/324)
CLEAN = {"ID", "HEALTH_PLAN", "PHONE", "LICENSE", "EMAIL", "SSN", "IP", "DEVICE", "VEHICLE", "URL"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 91))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]


def _name_words() -> set[str]:
    """The name words of the tables, the Serbian ones in their Latin spelling too (the RSL documents write
    them so; Bulgarian and Macedonian names appear only in Cyrillic)."""
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(
        tables
        + [
            people.latin(n)
            for n in people.NAMES["serbian"][0] + people.NAMES["serbian"][1] + people.NAMES["serbian"][2]
        ]
    )


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for ts in loc.regions.values() for pair in ts for t in pair}


def _streets() -> set[str]:
    """The street names of the address patterns, without numbers, abbreviations and flat / floor marks."""
    skip = {
        "nr.",
        "bl.",
        "ap.",
        "ul.",
        "бр.",
        "бл.",
        "вх.",
        "ж.к.",
        "№",
        "Flat",
        "baixos",
        "C/",
        "Pg.",
        "Ptge.",
        "Str.",
        "Lagjja",
        "Pallati",
    }
    out = set()
    for loc in people.LOCS.values():
        for s in loc.streets:
            kept = [
                w.strip(",„“")
                for w in s.split()
                if w not in skip and re.search(r"[^\W\d_]", w) and not re.search(r"[%#@^]", w)
            ]
            out.add(" ".join(kept))
    return out


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
    assert types >= {"LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}
    assert {d.loc for d in docs} == set(people.LOCS)


def test_corpus_is_this_probes_topic() -> None:
    """National numbers valid under their schemes, written after the label the country uses; names in their
    scripts and inflected forms; Catalan double surnames; ages 90+ labelled, younger kept; the keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "C.F.|Codice fiscale": (r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]", ids.codice_fiscale_ok),
        "ΑΜΚΑ|amka": (r"\d{11}", ids.amka_ok),
        "OIB": (r"\d{11}", ids.oib_ok),
        "JMBG|ЈМБГ|ЕМБГ": (r"\d{13}", ids.jmbg_ok),
        "EMŠO|emso": (r"\d{13}", ids.jmbg_ok),
        "CNP": (r"\d{13}", ids.cnp_ok),
        "ЕГН": (r"\d{10}", ids.egn_ok),
        "DNI|DNI/NIE": (r"[XY]?\d{7,8}[A-Z]", ids.dni_ok),
        "NID": (r"[A-N]\d{8}[A-Z]", ids.albania_nid_ok),
        "ID card|ID": (r"\d{5,7}[MGAPLHBZ]", ids.malta_id_ok),
        "Tessera Sanitaria|TS": (r"80380\d{15}", ids.luhn_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v) and re.search(rf"(?:{label})\W{{0,6}}{re.escape(v)}", d.content)
        ]
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    table = _name_words()
    inflected = [
        v
        for v in names
        if any(len(w) >= 3 and w.casefold() not in table for w in re.findall(r"[^\W\d_]+", v))
    ]
    assert len(inflected) >= 100  # genitive, dative, instrumental, vocative, definite, feminine forms
    assert sum(bool(re.search(r"[\u0370-\u03ff]", v)) for v in names) >= 45  # Greek script
    assert sum(bool(re.search(r"[\u0400-\u04ff]", v)) for v in names) >= 100  # Cyrillic
    assert sum(bool(re.search(r"\w \w+ i \w+", v)) for v in names) >= 10  # "Given Family i Family"
    assert any(v.endswith(("ova", "ева", "ова", "ска")) for v in names)
    ages = [v for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 30 and all(int(v) >= 90 for v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"\d\d", k)) and int(k) < 90 for k in keeps) >= 20  # ages under 90
    assert {"I50.9", "J18.9"} <= keeps and any(k.startswith("KBC ") for k in keeps)
    assert {"CNAS", "ZZO ZDK"} <= keeps and any("Comirnaty" in k for k in keeps)
    assert any(" мг" in k for k in keeps) and any(" mg" in k for k in keeps)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    # and none that the engine's accent folding makes an earlier word ("Milenković" is "milenkovic" to it);
    # Greek and Cyrillic words stay unfolded, so only their Serbian Latin spelling is compared
    earlier = {fold_token(w) for w in _earlier_people_words()}
    latin_script = {w for w in _name_words() if not re.search(r"[\u0370-\u03ff\u0400-\u04ff]", w)}
    assert {w for w in latin_script if fold_token(w) in earlier} == set()
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
