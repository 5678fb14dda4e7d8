"""Regression guard for the eightieth generalisation probe: health text from Russia, Ukraine, Belarus,
Kazakhstan, Uzbekistan, Kyrgyzstan, Georgia, Armenia and Azerbaijan in their own languages and scripts with
synthetic PHI planted in it.

Kinds: выписной эпикриз (Russia; a Kazakh hospital writing in Russian), виписка / выпіска з медичної
карти (Ukraine, Belarus), направление 057/у (Russia, Kyrgyzstan), рецептурный бланк 148-1/у-04 (л) and
107-1/у (Russia; Kazakh bilingual), листок нетрудоспособности (Russian ЭЛН, Ukrainian ЕЛН), медицинская
справка 086/у (Russia, Kyrgyzstan), карта вызова СМП 110/у (Russia, Belarus; patients aged 90+), протокол /
хаттама УЗИ (Ukraine, Kazakhstan), laboratory report (Russia, Armenia), vaccination certificate (Kazakh Latin
alphabet, Uzbek), медицинское свидетельство о смерти 106/у (Russia; Georgian, aged 90+), Telegram / WhatsApp
family chat about an admitted grandmother aged 90+ (Russian, Georgian), EMR export JSON with local keys
(EMIAS-style, Damumed-style), EMR export CSV (Helsi-style, DMED-style), registry talon (Belarusian,
Azerbaijani), insurance claim (ОМС / ДМС, Armenian insurer), discharge extract from the Caucasus (Georgian,
Azerbaijani) and a home visit to an elder aged 90+ (Ukrainian, Kyrgyz): rates may only get better than when
it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe80.run_probe --seed N --brief`, with --json / --dump for the
detail; engine at commit 1a28dcf, `git status --short src/phigate/engine` empty before and after: no
uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial    over-masking
    1     11.76% (84/714)     13.31% (95/714)    16.77% (53/316)
    2     10.78% (77/714)     12.61% (90/714)    13.92% (44/316)
    3     11.20% (80/714)     13.03% (93/714)    13.61% (43/316)

Seed 1 by type (leaked / values): NAME 39/188, DATE 19/161, ADDRESS 10/65, VEHICLE 5/6, ZIP 4/29, MRN 2/20,
AGE 2/8, SSN 1/44, ID 1/51, LICENSE 1/10; none in PHONE (72), HEALTH_PLAN (17), EMAIL (17), ACCOUNT (10), URL
(8), DEVICE (4), IP (4). Seed 2: NAME 36, DATE 19, ADDRESS 7, VEHICLE 5, ZIP 4, MRN 3, AGE 2, ID 1; seed 3:
NAME 36, DATE 19, ADDRESS 9, VEHICLE 5, ZIP 4, MRN 3, AGE 2, SSN 1, ID 1.
Worst kinds (seed 1): family messenger 16/41, EMR export JSON 12/44, EMR export CSV 9/67, vaccination
certificate 6/35, prescription 6/38; best: home visit 0/39, sick-leave certificate 0/36, УЗИ protocol 1/30,
выписка 2/42, ambulance card 2/42.
What leaks (seed 1):
- NAME 39 of 188: Kazakh Cyrillic names with Kazakh letters in every position ("Лечащий врач: Қуанышбаева
  Ә.Б.", "Заведующий отделением: Бекмұхамедов Д.Қ.", "ФИО пациента: Нұрмұханбетов Ерлан Серікұлы", "алған адам
  Жұмабаев Бақытжан Нұрланович"; names without Kazakh letters in the same documents were masked), values of
  JSON keys written in Cyrillic ("фамилия": "Толоконников", "имя": "Леонтий" -- "отчество" was masked; Damumed
  "ТАӘ" and "емдеуші_дәрігер" values), Georgian names after labels and in chat ("მკურნალი ექიმი: მანანა
  ქავთარაძე", "მთავარი ექიმი: ავთანდილ ნოზაძე", "ჩავწერე: ჩიქოვანი ქეთინო"), the Armenian "Ազգանուն, անուն,
  հայրանուն: Գրիգորյան Լիլիթ Վահանի", the Belarusian "Прозвішча, імя, імя па бацьку: Радзевіч Францішка
  Сяргееўна", Kyrgyz "Улан кызы" names and "Фамилия И." with one initial ("Мамбетов Э.", "Осмонов Ж."), Latin
  "Family I." of Uzbek and Azerbaijani staff ("Shifokor: Mirzayev F.B.", "Şöbə müdiri: Novruzov Z.",
  "Qeydiyyatçı: Novruzov R."), chat participants by given name ("участники: Захар, Милена, Нестор") and the
  Kazakh Latin "zañdy ökılı: Toqtarova Jıbek Erjanovna".
- DATE 19: «dd» month yyyy with guillemets (5: "Выписан домой «10» июля 2025 г.", "Дата выдачи «26»
  декабря 2024" -- only the "г." after it was masked, as an ADDRESS), day.month without a year (6: chat
  timestamps "[06.04 06:58]", "МСКТ головного мозга 26.06", "выписка примерно 15.04"), Armenian "2024 թ.
  փետրվարի 20" (3), Kazakh Latin "2024 jylğy 16 jeltoqsan" (2), Kyrgyz "2024-ж. 25-октябрь"; the Ukrainian,
  Belarusian, Georgian and Azerbaijani month names were masked.
- ADDRESS 10, ZIP 4: JSON values under Cyrillic keys ("индекс": "147607", "нас_пункт": "Дубравинск"), the
  Damumed address string ("040955, Алматы облысы, Жаңатұрмыс, ..."), a CSV footer ("manzili: Mustaqillik
  ko'chasi, 24-uy, Qo'shbuloq, Toshkent viloyati, 115179"), the Kazakh Latin "Abai köşesı, 40-üi, 36-päter,
  Bırlestık auyly", a Georgian address in chat, a place of birth ("место рождения: Старокупавино,
  Московская обл."), the Ukrainian CSV footer's "87246".
- VEHICLE 5 of 6: every plate but the Kazakh one ("на своём автомобиле В322СТ 750", "автомобиль 2236 HH-6",
  "მანქანა YD-508-DC", "авто ХН 5744 ЕВ", "avto 30 593ADE"). AGE 2: Georgian "96 წლის", "97 წლისაა" (the
  Russian, Belarusian, Ukrainian and Kyrgyz ages were masked). MRN 2: "№ медицинской карты пациента,
  получающего медицинскую помощь в амбулаторных условиях: 82849", Damumed "мед_карта_№": "8016-С". SSN 1: the
  Azerbaijani FİN "DZBQ9LH" (СНИЛС, РНОКПП, ИИН, ПИНФЛ, ПИН, Georgian and Armenian numbers were masked, as
  [ID] or [PHONE]). ID 1: a Ukrainian eHealth declaration number in a CSV column. LICENSE 1: "Код врача:
  13367".
Partial (seed 1, 11): "oğlu" / "qızı" of Azerbaijani names (6: the name before it masked), the IBAN
country prefixes "UA39" and "AZ04", the Ukrainian declaration "3411-2BZA-79EE" ("BZA-79EE" kept), the Kazakh
"2025 жылғы 5 маусым" ("жылғы" kept) and the Uzbek "2025-yil 28-iyun" ("2025-yil" became [ID], "28-iyun"
kept).
Over-masking (seed 1, 53 of 316): "г." (год, but also город) and a number before words read as a street
address that swallows the rest of the line (the largest class, ~20: drug lists "Лечение: Торасемид 10 мг 1
р/д, ..., Цефтриаксон 1,0 [ADDRESS]", "Проведене лікування: [ADDRESS]", "Праведзена: [ADDRESS]", "Rp.:
[ADDRESS]", Georgian "ჩატარებული მკურნალობა: [ADDRESS]", "Эмдөөлөр / прививки: [ADDRESS]" for "АДС-М ...",
"с 2016 [ADDRESS] слов пациента", "8. Жалобы: [ADDRESS]", chat lines "[06.04 07:[ADDRESS]" with "давление 190"
and a drug in them), diagnoses read as names ("[NAME] правосторонняя нижнедолевая пневмония", "Хроническая
сердечная недостаточность [ADDRESS], [ADDRESS]"), form numbers and organisations' registry numbers ("Форма №
086/у" -> "[MRN]у", "ОГРН 1027700478162", "ЄДРПОУ 38712254", "БИК 041909644" -> [SSN]), vaccine lot numbers
(6: "W47DA461" -> [ID]), clinics and schools ("12-son [NAME]", "2 saylı Şəhər Poliklinikası", "КГМА им.
[NAME]", Georgian "შპს «კარდიოცენტრი»" in chat), a heading ("РЕЗУЛЬТАТЫ ЛАБОРАТОРНЫХ ИССЛЕДОВАНИЙ"),
analytes ("Глюкоза, Лейкоциты") and a year ("с 2010 г."). Kept everywhere else: МКБ-10 codes, most
laboratory values and units, hospitals, insurers, regions, ages under 90, most years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is health text of every country in its own script (СНИЛС, полис ОМС, ИНН, РНОКПП,
УНЗР, the Belarusian identification number, ИИН and ПИНФЛ valid under their check-digit rules, the date of
birth inside РНОКПП and ИИН a date of the same document; Georgian, Armenian, Kazakh Cyrillic and Latin names;
genitive and dative forms in running text; -ұлы / -қызы, o'g'li / qizi, уулу / кызы, oğlu / qızı
patronymics; «dd» month, Ukrainian, Kazakh, Uzbek, Georgian, Armenian and Azerbaijani date forms; ages 90+;
form numbers, МКБ-10 codes and the trade's keep values), and independence from probes 1-78 (template kinds;
name words -- with patronymics, declined and Latin forms --, towns and streets of their people tables with
the kit's check; no name word in any string of those tables -- run before the measurement). 35 of the 1022
name words are in the engine's Python-Faker name lists (Uzbek and Azerbaijani given names such as Sardor,
Otabek, Nigar, Zaur and -ov family names such as Saidov, Usmonov, Abbasov); the Cyrillic, Georgian and
Armenian ones are not. ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code
when the probe was written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import re
from datetime import date, timedelta

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe80 import ids, people
from tests.engine.probe80.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe80.run_probe import crashes, run

LEAK_CEILING = 0.13  # first: 11.76% (84/714)
STRICT_CEILING = 0.15  # whole + partial: first 13.31% (95/714)
OVERMASK_CEILING = 0.18  # first: 16.77% (53/316)
CLEAN = {"PHONE", "HEALTH_PLAN", "EMAIL", "ACCOUNT", "URL", "DEVICE", "IP"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 79))]


def _name_words() -> set[str]:
    return name_words(people.all_name_forms())


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


def _values(docs: list, loc: str, type_: str, pattern: str) -> list[str]:
    return [v for d in docs if d.loc == loc for t, v in d.phi if t == type_ and re.fullmatch(pattern, v)]


def test_corpus_is_post_soviet_and_caucasus_health_text() -> None:
    """Every country and script; national numbers with valid check digits (СНИЛС, полис ОМС, ИНН, РНОКПП and
    УНЗР, the Belarusian identification number, ИИН, ПИНФЛ) and the date of birth encoded where the scheme
    encodes it; patronymics, declined names, Kazakh Latin names; local date forms; ages 90+; the trade's keep
    values (form numbers, МКБ-10 codes, drugs)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = [
        ("RU", "SSN", r"\d{3}-\d{3}-\d{3} \d{2}", ids.snils_ok),
        ("RU", "HEALTH_PLAN", r"\d{16}", ids.oms_ok),
        ("UA", "SSN", r"\d{10}", ids.rnokpp_ok),
        ("UA", "ID", r"\d{8}-\d{5}", ids.unzr_ok),
        ("BY", "SSN", r"\d{7}[A-Z]\d{3}[A-Z]{2}\d", ids.by_id_ok),
        ("KZ", "SSN", r"\d{12}", ids.iin_ok),
        ("UZ", "SSN", r"\d{14}", ids.pinfl_ok),
    ]
    for loc, type_, pattern, ok in checks:
        found = _values(docs, loc, type_, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (loc, type_, found)
    inns = [v for d in docs for t, v in d.phi if t == "ID" and re.search(rf"ИНН:? {v}", d.content)]
    assert len(inns) >= 3 and all(ids.inn_ok(v) for v in inns), inns
    # the date of birth inside the number is a date of the same document
    for d in docs:
        dates = {v for t, v in d.phi if t == "DATE"}
        for t, v in d.phi:
            if t == "SSN" and d.loc == "UA":
                assert f"{date(1899, 12, 31) + timedelta(days=int(v[:5])):%d.%m.%Y}" in dates, (d.id, v)
            if t == "SSN" and d.loc == "KZ":
                joined = " ".join(dates)
                assert f"{v[4:6]}.{v[2:4]}." in joined or f"-{v[2:4]}-{v[4:6]}" in joined, (d.id, v)
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    scripts = {
        "Georgian": "[\u10d0-\u10ff]",
        "Armenian": "[\u0531-\u0587]",
        "Kazakh": "[әғқңөұүһі]",
        "Kazakh Latin": "[ğñūı]",
    }
    for script, rx in scripts.items():
        assert sum(bool(re.search(rx, v)) for v in names) >= 10, script
    # genitive / dative in running text
    assert sum(bool(re.search(r"(вича|вны|вне|вичу|вни|вні)$", v)) for v in names) >= 6
    for word in ("o'g'li", "qizi", "уулу", "кызы", "oğlu", "qızı"):
        assert sum(v.endswith(word) for v in names) >= 2, word
    assert sum(bool(re.search(r"(ұлы|қызы)$", v)) for v in names) >= 3
    assert sum(bool(re.fullmatch(r"\S+ [А-ЯЁІЎ]\.[А-ЯЁІЎ]\.", v)) for v in names) >= 40  # Фамилия И.О.
    ages = [int(v) for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 20 and min(ages) >= 90
    dates = [v for d in docs for t, v in d.phi if t == "DATE"]
    forms = [
        r"«\d\d» [а-я]+ \d{4}",
        r"\d{1,2} [а-яіє]+(ня|ого) \d{4}",
        r"\d{4} жылғы \d{1,2} \S+",
        r"\d{4} jylğy \d{1,2} \S+",
        r"\d{4}-yil \d{1,2}-\w+",
        r"\d{1,2} [\u10d0-\u10ff]+ \d{4}",
        r"\d{4} թ\. \S+ \d{1,2}",
        r"\d{1,2} \w+ \d{4}-c[iıuü]",
        r"\d\d\.\d\d",
    ]
    for f in forms:
        assert any(re.fullmatch(f, v) for v in dates), f
    keeps = {k for d in docs for k in d.keep}
    assert {"Форма № 086/у", "Атеросклероз аорты (I70.0)", "АДС-М", "ЄДРПОУ 38712254"} <= keeps
    assert {"БИК 041909644", "Samsung HS40", "ümumi qan analizi", "Лечебное дело"} <= keeps
    assert sum(bool(re.fullmatch(r"[A-Z]\d\d(\.\d+)?", k)) for k in keeps) >= 15  # МКБ-10
    text = "\n".join(d.content for d in docs)
    forms_used = ("057/у", "148-1/у-04 (л)", "107-1/у", "110/у", "106/у", "027/о", "IV-100/ა", "IV-106/ა")
    assert all(w in text for w in forms_used)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-78, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too), in any form this
    probe writes (patronymics, genitive and dative, Kazakh Latin)."""
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


ENGINE_WORDS_BEFORE = {"oğlu", "петро", "петрівни"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
