"""Regression guard for the seventy-ninth generalisation probe: health text from the Middle East, North
Africa, Turkey and Iran in the region's own languages and scripts with synthetic PHI planted in it -- Arabic
(Saudi, Emirati, Jordanian, Lebanese, Egyptian, Iraqi; Moroccan French-Arabic), Persian, Hebrew, Turkish and
Sorani Kurdish. Kinds: discharge summary (Saudi ملخص الخروج with Hijri dates and a nasab with بنت / بن;
Persian خلاصه پرونده ترخیص with Jalali dates and Persian digits), inpatient summary letter (Hebrew סיכום
אשפוז; Turkish epikriz), referral letter (Jordanian four-part name; Sorani), sick-leave certificate
(Seha-style with a verification link; Turkish istirahat raporu), prescription (Egyptian روشتة in Eastern
Arabic digits; Persian نسخه), e-prescription JSON with Arabic keys (Wasfaty-style; Riayati-style), insurance
pre-approval (Emirati; Saudi CCHI, with an IBAN), insurance claim (Turkish with an IBAN; Iranian with a Sheba
number), lab report (Iraqi; Hebrew), nursing notes (Jordanian; Turkish), vaccination card (Moroccan carnet;
Saudi), death certificate (Egyptian; Iranian; the deceased aged 90+), WhatsApp family thread about an admitted
elder aged 90+ (Iraqi and Lebanese dialect), registration slip (Egyptian; Sorani), EMR export CSV with
local-language keys (Hebrew; Turkish), EMR export JSON with local-language keys (Persian; Moroccan French),
SMS reminder outbox (Saudi; Hebrew) and transfer note (Moroccan French-Arabic; Lebanese Arabic-French): rates
may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe79.run_probe --seed N --brief`, with --json / --dump for the detail;
engine at commit 1a28dcf, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     18.29% (124/678)    19.03% (129/678)    3.94% (13/330)
    2     17.85% (121/678)    18.88% (128/678)    4.24% (14/330)
    3     18.29% (124/678)    19.17% (130/678)    4.55% (15/330)

Seed 1 by type (leaked / values): NAME 80/177, LICENSE 13/29, DATE 10/127, ADDRESS 9/54, VEHICLE 7/9, MRN
2/32, ZIP 2/19, ID 1/27; none in PHONE (83), SSN (41 national identity numbers), EMAIL (25), HEALTH_PLAN (23),
DEVICE (9), URL (7), IP (7), ACCOUNT (5), AGE (4). Seeds 2 and 3 leak the same types in nearly the same
numbers (NAME 77 and 79, LICENSE 13, DATE 10, ADDRESS 9 and 10, VEHICLE 7).
Worst kinds (seed 1): WhatsApp family thread 12/30, registration slip 10/33, SMS reminders 12/44, death
certificate 9/36; best: inpatient summary letter 3/41, vaccination card 4/39, transfer note 4/41.
What leaks (seed 1):
- NAME 80 of 177, by script: Latin-script names are masked (Turkish 0/26, Moroccan French 0/16), names in
  Arabic, Persian, Hebrew and Sorani script are not, unless a label the engine knows is right before them
  (Saudi 15/31, Emirati 7/8, Persian 16/25, Hebrew 14/21, Egyptian 7/12, Lebanese 6/10, Iraqi 5/10). Leaked:
  relatives, staff and informants after labels ("المرافق: مسفر دحام القحطاني (زوجها)", "فني المختبر: بتول
  الساعدي", "اسم المتوفى: نعمات صفوت الدسوقي", "اسم المبلغ: هويدا رأفت الجمال", "کارشناس رسیدگی: اعظم
  شاه‌محمدی", "کارمەندی تۆمار: ئاوات ئامێدی", "אחות אחראית: גדליה אלבז"), fathers' names alone ("نام پدر:
  شاپور", "שם האב: אליהו"), four-part names ("اسم المريض الرباعي: جريس مؤنس عبيدة الحمايدة"), every name value
  under Arabic or Persian JSON keys ("الاسم", "نام", "نام_خانوادگی"), Hebrew CSV cells ("יפה,סויסה"), SMS
  greetings ("שלום חיה ויסברוד", "فراج الهاجري، تم إلغاء موعدكم"), WhatsApp senders and the elder named in the
  message ("[2/5, 9:12 م] علاوي المحمداوي: يمعودين ابوي سلوان دخل"), and Latin passport lines in capitals
  written FAMILY GIVEN ("Patient Name: ALYAMI AYEDH", "Name as per Emirates ID: ALMAZROUEI ALJAZI").
- LICENSE 13: registration numbers after the region's labels ("رقم القيد بالنقابة ٢١٨١٢٣", "نظام پزشکی
  ۶۸۷۵۹۱", "מ.ר. 50108", "رقم المزاولة 15861", "Diploma No: 202043", "Sürücü Belge No: 425777"), in Eastern
  Arabic, Persian and Western digits.
- DATE 10: Hijri dates written out ("١١ جمادى الأولى ١٤٤٥ هـ", "١٨ محرم ١٤٤٦ هـ" -- the numeric Hijri
  "1445/05/16" and the Jalali dates in both digit sets were masked) and WhatsApp day/month stamps ("[2/5,",
  "[٣/٥,").
- ADDRESS 9: Iraqi and Sorani mahalla lines ("محلة 858 زقاق 19 دار 45", "گەڕەک 175 کۆڵان 98 خانوو 87") and
  their districts, neighbourhoods in JSON values ("محله نارمک جنوبی", "Hay Essalama Sud"). VEHICLE 7 of 9:
  plates ("89 RMM 739", "هەولێر 191708", "س ط ع ٢٣٢", "B 395481"). MRN 2 ("شماره پرونده بیمارستان: 497494", a
  JSON value), ZIP 2 (CSV cells), ID 1 ("إيصال 807510").
Partial (seed 1, 5): Emirati insurance card numbers of which the middle group was masked ("8-0103- … -37"), a
nasab masked after بنت ("الجازي بنت" kept), the end of a Persian street line ("، پلاک 12، واحد 2"), a Moroccan
plate's "93484-" and "-41" around the Arabic letter.
Over-masking (seed 1, 13 of 330): health centres, clinics and laboratories (7: "مركز صحي الشونة الشمالية
الشامل", "مركز صحي الحمراء", "Centre de santé Hay Mohammadi", "Aile Sağlığı Merkezi" -> "[NAME] [NAME]
[NAME]", "מעבדה מרכזית" -> "מעבדה מר[NAME]", "מרפאת הכרמל" -> "מר[NAME]", a pharmacy "د. عبد الفتاح"), an
employer ("Konya Şeker Fabrikası" -> [NAME]), the clinic's own address ("ميدان المحطة" -> [ADDRESS]), a vendor
("Roche" -> [NAME]), a vaccine ("Rota" -> [NAME]), a heading ("CARNET [NAME] [NAME] [NAME] L'ENFANT") and an
ICD-10 code read as a name ("بیماری همراه: I21.4" -> [NAME]). Kept everywhere else: drugs and doses, lab
values, ICD-10 codes, hospitals, insurers, e-health platforms, ministries and laws, form numbers, vaccines,
years, ages under 90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is the region's text in its own scripts (Saudi ID / Iqama, Emirates ID, Teudat
Zehut, T.C. Kimlik No, code melli and Egyptian national ID valid under their rules; IBANs and Sheba numbers
valid mod 97; Hijri and Jalali dates, Eastern Arabic and Persian digits; Arabic, Persian, Sorani, Hebrew and
Turkish names; nasabs; ages 90+; the trade's keep values), and independence from probes 1-78 (template kinds;
name words, towns and streets of their people tables with the kit's check; no name word in any string of those
tables -- run before the measurement). 26 of the probe's 526 name words are in the engine's Python-Faker name
lists (`in_engine_lexicon`: Latin spellings such as "haider", "mordechai", "refik", "larbi"); LEXICON_OVERLAP
pins that. ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe
was written (found by `written_in_engine_code`, not chosen: none)."""

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
from tests.engine.probe79 import ids, people
from tests.engine.probe79.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe79.run_probe import crashes, run

LEAK_CEILING = 0.20  # first: 18.29% (124/678)
STRICT_CEILING = 0.21  # whole + partial: first 19.03% (129/678)
OVERMASK_CEILING = 0.05  # first: 3.94% (13/330)
CLEAN = {"PHONE", "SSN", "EMAIL", "HEALTH_PLAN", "DEVICE", "URL", "IP", "ACCOUNT", "AGE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 79))]


def _name_words() -> set[str]:
    return name_words([s for f, m, fam in people.NAMES.values() for pair in f + m + fam for s in pair])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for t in loc.towns}


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


def test_corpus_is_regional_text_in_its_own_scripts() -> None:
    """Every locale; national identifiers valid under their check-digit rules (Saudi ID / Iqama, Emirates ID,
    Teudat Zehut, T.C. Kimlik No, code melli, Egyptian national ID with the birth date encoded); IBANs and
    Sheba numbers valid mod 97; Hijri and Jalali dates, Eastern Arabic and Persian digits; each script; names
    with بن / بنت; ages 90+ in local digits; the trade's keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "رقم الهوية": (r"[12]\d{9}", ids.saudi_id_ok),
        "T.C. Kimlik No": (r"\d{11}", ids.tc_kimlik_ok),
        "ת.ז.": (r"\d{9}", ids.teudat_zehut_ok),
        "کد ملی": (r"[۰-۹\d]{10}", ids.code_melli_ok),
        "الرقم القومي": (r"[٠-٩]{14}", ids.egypt_id_ok),
        "رقم الهوية الإماراتية": (r"784-\d{4}-\d{7}-\d", ids.emirates_id_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, re.escape(label), pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    ibans = [v for t, v in values if t == "ACCOUNT"]
    assert len(ibans) >= 12 and all(ids.iban_ok(v) for v in ibans)
    assert {v[:2] for v in ibans} >= {"SA", "AE", "TR", "IR"}
    dates = [v for t, v in values if t == "DATE"]
    assert sum(any(m in v for m in ids.HIJRI_MONTHS) for v in dates) >= 20
    assert sum(bool(re.fullmatch(r"1[34]\d\d/\d\d/\d\d", v)) for v in dates) >= 20  # Hijri and Jalali numeric
    assert sum(bool(re.fullmatch(r"[۰-۹/]+", v)) for v in dates) >= 20  # Jalali in Persian digits
    assert sum(bool(re.search(r"[٠-٩]", v)) for v in dates) >= 40
    names = [v for t, v in values if t == "NAME"]
    assert sum(bool(re.search(r" (بن|بنت) ", v)) for v in names) >= 10
    for script in (r"[\u0590-\u05ff]", r"[پگژ]", r"[ڕێۆە]", r"[ğşıİ]", r"[\u0600-\u06ff]"):
        assert sum(bool(re.search(script, v)) for v in names) >= 10, script
    ages = [ids.western(v) for t, v in values if t == "AGE"]
    assert len(ages) >= 12 and all(int(a) >= 90 for a in ages)
    assert any(re.search(r"[٠-٩]", v) for t, v in values if t == "AGE")
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"[A-Z]\d\d(\.\d+)?", k)) for k in keeps) >= 8  # ICD-10
    assert {"EPİKRİZ", "סיכום אשפוז", "خلاصه پرونده ترخیص", "ملخص الخروج", "تقرير مختبر"} <= keeps
    text = "\n".join(d.content for d in docs)
    marks = ("ملخص الخروج", "خلاصه پرونده ترخیص", "סיכום אשפוז", "EPİKRİZ", "وصفتي", "Riayati")
    marks += ("شهادة وفاة", "گواهی فوت", "هـ", "منصة صحة", "نسخه الکترونیک")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-78, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_names_are_mostly_unknown_to_the_engine_lexicon() -> None:
    """The names must be found by context: few of their words are in the engine's Faker name lists."""
    assert len(in_engine_lexicon(_name_words())) <= LEXICON_OVERLAP


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


LEXICON_OVERLAP = 26  # in_engine_lexicon(name words) when the probe was written
ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
