"""Regression guard for the twenty-sixth generalisation probe (names, places and dates in languages that
inflect them: Polish, Czech, Slovak, Russian, Ukrainian, Lithuanian, Latvian, Finnish, Estonian, Hungarian,
Turkish, Greek, Icelandic, German, Hebrew, Arabic, and an English interpreter's note quoting Basque and
Irish records; names in genitive, dative, instrumental/comitative and accusative, Turkish apostrophe
suffixes, Hebrew/Arabic prefixed letters, Irish lenition and eclipsis; towns in their "in"/"from" forms;
national identifiers with their check digits; names, towns and streets from lists of our own): rates may
only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe26.run_probe --seed N`; engine at commit 401f36d WITH uncommitted engine
edits in the shared tree at that minute: `git status --short src` listed engine/names.py and
engine/patterns.py modified), 38 documents in 19 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     27.79% (204/734)   28.61% (210/734)   10.28% (33/321)
    2     28.69% (210/732)   29.37% (215/732)   10.56% (34/322)
    3     27.93% (205/734)   28.61% (210/734)    9.38% (30/320)

Seed 1 by type (leaked / values): NAME 126/315, ADDRESS 56/136, AGE 11/37, ZIP 5/30, MRN 4/10, DATE 2/106;
none in PHONE (48), ID (34), EMAIL (18). Seeds 2 and 3: NAME 130 and 128, ADDRESS 59 and 58, AGE 10 and 10,
ZIP 6 and 5, MRN 3 and 2, DATE 2 and 2. Worst kinds (seed 1): Ukrainian ambulance card 20/36, Finnish
referral 20/44, Hebrew portal message 16/38, Russian discharge summary 15/36; best: German insurance letter
2/41, Hungarian discharge 4/38, Lithuanian JSON e-prescription 4/36. What leaks, in every seed:
- inflected names after a case-governing word, no title: Russian/Ukrainian full names with patronymic in
  genitive/dative/instrumental ("со слов дочери, Домны Игнатьевны Зябликовой", "кардиологом Мефодием
  Савватиевичем Пересветовым", "Выписку передать Домне Игнатьевне ...", "лікарю Нечипоренкові",
  accusative given name "Горпину знайшли"); Finnish case forms of given names ("Tiedot saatu Lempiltä",
  "Soitettu Lempille", "Sirkalle", partitive "Lempiä", genitive "Impin"); Estonian comitative/allative
  ("rääkige Õiega, mitte Heljuga", "Aitäh Tõnisele"); Polish dative/genitive/accusative given names ("dać
  znać Ziemowitowi", "jadę do Dobrochny", "Pozdrowienia od Świętomirę"); Latvian/Lithuanian datives
  ("Paldies Dzidrai Dzērveniecei", "Vecmāmiņai Veltai Lazdiņai", "Informuoti Vaidilutei Žvirblaitienei");
  Icelandic dative ("Frá Ketilbirni Hrollaugssyni", "Ormari fannst"); Greek genitive/accusative
  ("οικογένεια του/της Αικατερίνης Κουτσοπετροπούλου", "Προς τον/την Αριστοτέλη Σφακιανογιάννη"); Hungarian
  dative given name after a masked surname ("[NAME] Emesének"); Turkish suffixed given names ("Bilgi Oktay'a
  ve Nurseven'e verildi", "Demirkapı'ya sordum"; the kit then also counts the full names those given names
  belong to); Basque genitive/comitative/ergative surnames ("[NAME] Lasagabasterren alaba",
  "Altzibarrekin", "Olazabaletak");
- every Hebrew and Arabic name with a prefixed letter ("ליוכבד שטרנפלד", "ולשמעיה בירנבוים", "מיהוידע
  בירנבוים", "لريحانة الخرابشة", "ولنجلاء العضايلة") and most without ("אל: צופית אלמליח", "غسان الطراونة");
- names in headers and chat senders ("Rozmowa: [NAME] ↔ Wieńczysława", "[..] Nurseven:"), a role line
  without a title ("Lekarz prowadzący: lek. Budzimir Żmudziak", "MUDr. Spytihněv Vrbička", "Yaralı: Oktay
  Karabıyıkoğlu", "Babcia Dobrochna Pstrokońska", "Η μητέρα, Ασπασία Σφακιανογιάννη");
- towns in a case form after a preposition or fused prefix ("v Klatovech", "z Sušice", "w Pułtusku", "do
  Głogówka", "Asuu yksin Jämsässä", "Kiteeltä", "Paides", "Põlvast", "Karcagon", "Blönduósi", "Anykščiuose",
  "Bauskā", "в Кинешме", "Bardejove", "στη Καλαμάτα", "בנהריה", "מעפולה", "Zarautzen"), also some in the
  nominative after a postcode ("332 34 Klatovy") or after "in" ("nach Sturz in Tauberbischofsheim");
  Czech/Slovak and Basque street lines ("Bezručova 968", "Pod Hájom 34", "Errota kalea 32, 9. ezk.");
- AGE: a fused inflected age ("101-ročná", "97-летняя", "92-річна", "yhdeksänkymmentäkaksivuotias"), and
  "101 ára", "97 bliana d'aois"; ZIP after a masked street ("[ADDRESS], 96-506", "332 34 Klatovy"); MRN of
  shape "52919-K"; DATE: the Basque date "2024ko martxoaren 1a".
Partial (seed 1, 6): "mBéal Feirste" kept "mBéal", "Na Výsluní 4022/5" kept "4022/5", "Vahtra põik 8" kept
"põik 8", and the Latvian date "2024. gada 23. jūnijā" kept ". gada" (the word "year"; harmless).
Over-masking (seed 1, 33 of 321): regions ("Новгородской области", "Полтавська область", "Πελοποννήσου",
"Δυτική Μακεδονία", "Baden-Württemberg", "محافظة إربد", "Gipuzkoa", "Bizkaia"), hospitals and departments
("Szpital Powiatowy w Lesie Zielonym", "Pododdział Udarowy", "Eğitim ve Araştırma Hastanesi'ne", "Dahiliye
Kliniği", "Acil Servis", "Heilbrigðisstofnun Austurlands"), ages under 90 ("73-річна", "62-річна",
"65 عاماً"), a drug ("Цефтріаксон 1 г"), a weekday ("Cuma günü"), the sentence-opening noun "Pacientės",
and months next to a year (see the fix below). Kept everywhere: every national ID, phone and e-mail was
masked; drugs, labs, ICD-10 codes and years alone survived almost everywhere.

Labelling fix after the measurement, engine-independent: eight templates wrote the keep month and the keep
year side by side ("Im Dezember 2018 war ...", "Önceki kaza Ağustos 2019", "Lögð inn febrúar 2006"):
a month with its year is a date more specific than a year, so by this probe's own policy it is not a keep
value. The month now stands alone in a recurring phrase ("die Grippeimpfung erfolgt jeweils im Dezember")
and the year alone elsewhere; the table above was scored the old way (6 of the 33 lost keep values on
seed 1 were such months: "Ağustos", "Ocak", "febrúar", "nóvember", "Dezember", "April"). Rescored with the
fix, seed 1: leaked and whole + partial unchanged, over-masking 9.35% (30/321; some months alone still go).

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility, check digits, the inflection shapes), and its independence from probes 1-25 (template
kinds, name words, towns, streets; probe 18 by kinds only). Names are not checked against the engine's
lexicon or source: the probe's author did not read them.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe26 import ids, people
from tests.engine.probe26.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe26.run_probe import crashes, run

LEAK_CEILING = 0.29  # 27.79% (204/734) on seed 1 when written
STRICT_CEILING = 0.30  # whole + partial: 28.61% when written
OVERMASK_CEILING = 0.12  # 10.28% (33/321) when written
CLEAN = {"PHONE", "ID", "EMAIL"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()


def _name_words() -> set[str]:
    rows = [r for side in people.GIVEN.values() for group in side for r in group]
    rows += [r for fams in people.FAMILIES.values() for pair in fams for r in pair]
    rows += [r for v in people.PATRONYMICS.values() for pair in v for r in pair]
    return name_words([n for r in rows for n in r])


def _places() -> tuple[set[str], set[str]]:
    towns = {t[0] for v in people.TOWNS.values() for t in v}
    streets = {re.sub(r"\S*[%#]\S*", "", s).strip(" ,") for v in people.STREETS.values() for s in v}
    return towns, streets


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 38 and len({d.kind for d in docs}) == 19
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 150
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 10 and len(d.keep) >= 3 for d in corpus)
        assert not any(c in d.content for d in corpus for c in "«»‹›")
        for d in corpus:
            if d.format == "json":
                json.loads(d.content)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types == {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID"}
    ages = [v for d in docs for t, v in d.phi if t == "AGE"]
    assert all(int(m.group()) >= 90 for v in ages if (m := re.match(r"\d+", v)))


def test_inflection_shapes_are_present() -> None:
    names = {v for s in (1, 2, 3) for d in make_corpus(s) for t, v in d.phi if t == "NAME"}
    places = {v for s in (1, 2, 3) for d in make_corpus(s) for t, v in d.phi if t == "ADDRESS"}
    dates = {v for s in (1, 2, 3) for d in make_corpus(s) for t, v in d.phi if t == "DATE"}
    assert any("'" in n for n in names)  # Turkish suffix
    assert any(n.startswith(("ל", "מ", "ול")) for n in names) and any(n.startswith(("ل", "و")) for n in names)
    assert any(n.endswith(("nak", "nek")) for n in names) and any(
        n.endswith(("lle", "ltä", "lta")) for n in names
    )
    assert any(n.endswith(("ем", "ом", "ым", "им")) for n in names)  # Slavic instrumental
    assert any(n.endswith(("rekin", "ekin")) for n in names) and any(
        " Uí " in n or " Ní " in n for n in names
    )
    assert any(n.endswith(("iej", "owi", "kiem")) for n in names) and any(n.endswith("dóttur") for n in names)
    assert {"Pułtusku", "Wąchocku", "Sędziszowie", "Głogówku"} & places
    assert any(p.startswith(("gC", "nG", "mB")) for p in places) and any(
        "'d" in p or "'t" in p for p in places
    )
    assert any(" m. " in d for d in dates) and any(d.endswith(("-én", "-án")) for d in dates)


def test_check_digits() -> None:
    rng = random.Random(26)
    for _ in range(200):
        dob = date(1930, 1, 1).fromordinal(date(1930, 1, 1).toordinal() + rng.randrange(25000))
        assert ids.pesel_valid(ids.pesel(rng, dob, rng.random() < 0.5))
        assert ids.tc_valid(ids.tc_kimlik(rng))
        rc = ids.rodne_cislo(rng, dob, True).replace("/", "")
        assert len(rc) == 9 or int(rc) % 11 == 0


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-25 is reused, no name word, town or street (probe 18: kinds only)."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18}
    towns, streets = _places()
    mods = ["probe", *(f"probe{i}" for i in range(2, 26) if i != 18)]
    overlap = earlier_probe_overlap(mods, kinds, _name_words(), towns, streets)
    assert not overlap, sorted(overlap)


def test_names_never_look_like_keep_words_or_places() -> None:
    words = _name_words()
    keep = name_words([k for s in (1, 2, 3) for d in make_corpus(s) for k in d.keep])
    assert not words & keep, sorted(words & keep)
    towns, streets = _places()
    clash = words & name_words(list(towns | streets))
    assert not clash, sorted(clash)


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
        min_phi=500,
        min_keep=150,
        clean=CLEAN,
    )
