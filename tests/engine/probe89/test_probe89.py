"""Regression guard for the eighty-ninth generalisation probe: international patients and medical tourism --
patients from the Gulf (Saudi, Emirati, Omani, Kuwaiti, Qatari), Nigeria, Ghana, Kenya, Iraq, Libya, Russia,
Kazakhstan, Uzbekistan, Mongolia, Bangladesh, the Maldives, China, Indonesia and the United States travelling
to hospitals in India, Thailand, Turkey, Malaysia, Singapore, South Korea, Germany and Mexico, built as an
outside evaluator builds a held-out set -- other templates and, above all, other name lists (Gulf names with
bin / bint and an Al- / El- / al- particle, Iraqi and Libyan triple names, Yoruba, Igbo, Akan, Ewe, Ga,
Kikuyu, Kalenjin, Luo and Gusii names, Russian patronymics and feminine surnames, Kazakh and Uzbek names with
o'g'li / qizi, Mongolian father's-name-first names, Bengali, Dhivehi, Chinese compound surnames, Javanese and
Batak names, Korean names family-name-first, and the staff's Tamil, Thai, Turkish, Malay, Korean, German and
Nahuatl-origin Mexican names; names also in Han characters, Hangul or Cyrillic beside the Latin). Kinds:
coordinator e-mail thread, coordinator WhatsApp thread, cost estimate, visa-support letter, airport pick-up
and hotel booking, treatment summary for the home doctor, guarantee of payment, interpreter / translation
request, tele-consult follow-up, fitness-to-fly certificate, medical escort handover, passport scan metadata
(JSON), repatriation file, international registration form, deposit receipt and refund request, facilitator's
arrivals CSV, home doctor's referral letter. Rates may only get better than when it was written.

First measurement (`python -m tests.engine.probe89.run_probe --seed N --brief`, with --json for the detail;
engine at commit 062c822, `git status --short src` empty before and after). The name words had been checked
against the earlier probes' people tables while they were chosen; the town and street check ran just after the
first seed-1 run and replaced one town ("Sukamaju Kidul", an earlier probe's place, now "Cigadog Wetan"). That
run also exposed two flaws of the generator, fixed before the figures below (no label changed type): one of
the three case-number shapes held its label word ("CASE 1037614": the engine's keeping "CASE" counted as a
partial leak; now "C1037614" after the label), and the home doctor's licence took a Nigerian, Kenyan or
Ghanaian council's shape whatever the country (now the shape of the doctor's own country, five digits where
none is known). Then the topic test found too few national numbers written after their label to check their
schemes (no Kazakh IIN at all), so the cost estimate, interpreter request, fitness-to-fly certificate and
escort handover now also write the patient's national number, and the same check found only four names in
their original script over three seeds, so the attendant's and the coordinator's are now written beside them
too (ten more values a seed). Seed 1 was 5.60% leaked (39/697), 6.89% whole + partial (48/697), 8.60%
over-masked (30/349) before these changes (the licence shapes changed the draws). 34 documents in 17 kinds per
seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     5.66% (40/707)      7.07% (50/707)      8.88% (31/349)
    2     5.08% (36/708)      6.36% (45/708)      9.14% (32/350)
    3     6.23% (44/706)      7.37% (52/706)      9.71% (34/350)

Seed 1 by type (leaked / values): NAME 19/196, ID 15/118, ZIP 4/15, ADDRESS 2/36; none in DATE (136), PHONE
(70), EMAIL (40), MRN (22), HEALTH_PLAN (18), ACCOUNT (12), DEVICE (8), LICENSE (8), AGE (6), IP (6), SSN (8),
URL (4), VEHICLE (4). Seed 2: NAME 16, ID 15, ZIP 3, ADDRESS 2; seed 3: NAME 21, ID 17, ADDRESS 3, ZIP 2,
LICENSE 1 (a Ghanaian doctor's "licence MDC/RN/97686" in a signature). Worst kinds (seed 1): arrivals CSV
9/50, WhatsApp thread 5/40, pick-up and hotel booking 5/36, guarantee of payment 4/35, escort handover 4/48;
none leaked in the visa letter, interpreter request, tele-consult note, passport scan JSON and repatriation
file. What leaks (seed 1):
- NAME 19 of 196, the probe's finding: Arabic family names after a lower-case "al-" particle -- the engine
  masks "Given bin Father" and leaves the family name ("[NAME] al-Ketbi (patient, wheelchair)", "Name: [NAME]
  al-Tunaiji", "case officer, [NAME] al-Barassi", "with his nephew, [NAME] al-Zaabi", "Received from: [NAME]
  bint Naif al-Tunaiji"), a whole Gulf name in running text ("accommodation only: Ghalya bint Naif
  al-Ghurair"), an Uzbek name with its patronymic ("Emergency contact at home: Nodirbek Tashkentov Shokhruh
  o‘g‘li"), passport-style FAMILY GIVEN in a CSV cell or on an arrivals board ("PRANOTO KUSNIAH", "DUANMU
  BAOSHAN", "[NAME] PUSPITASARI", "with a board KUDZORDZI YOOFI"), given names alone in a chat ("Thamarai
  (IPS): Good morning", "Yoofi is asking", "Notes: Fahhad uses prednisolone 5 mg"). Names in Hangul, Han
  characters or Cyrillic are always masked, but in seeds 2 and 3 the Latin Korean name before the Hangul one
  is not ("Requested by: Ha Gapsun / [NAME]", "Prepared by: Ok Kkotnim / [NAME]", "Registered ... by Ha D.").
- ID 15: flight booking references (PNR) wherever they stand -- "Booking T4M6TP at", "PNR: B7L3XU", "Booking
  reference: GTER4F", and every PNR cell of the arrivals CSVs (six) -- estimate numbers ("Estimate no.
  EST/32150") and slash-shaped case numbers ("[NAME] no.: 7988/56/L", "case 3515/67/B").
- ZIP 4 and ADDRESS 2: Mongolian and Kazakh address lines ("ambulance to Khoroo 46, Khailaast block 94, apt
  42, [NAME] 24444", "mkr. Tulpar-2, d. 15, kv. 84"), Omani three-digit postcodes ("[NAME] 457, Oman", "[NAME]
  368, Oman") and a Maldivian one ("[NAME] 24541, Maldives").
Partial (seed 1, 10): house numbers and block words of Iraqi, Bangladeshi, Libyan and Omani address lines
("Mahalla 102, Zuqaq 359," of "Mahalla 102, Zuqaq 359, Dar 37", "Holding 957, Ward" of "Holding 957, Ward 4,
Kachari Para Road", "1954, … 612" of "Way 1954, House 612"), the airline prefix of e-ticket numbers ("618" of
"618 7580384993" -> "618 [PHONE]"), the "up_" of upload ids and the "MIOT." of a UHID. In seed 3 also the
"qizi" of three Uzbek names ("Mukhlisa Xudoyberdiyeva Shukhrat qizi"): the policy labels the name with its
particle as one value, so a lone particle left behind counts.
Over-masking (seed 1, 31 of 349): the destination city, as [ADDRESS], in hospital letterheads and prose ("MIOT
International, Chennai", "welcome to Istanbul!", "Vivantes Klinikum Am Urban, Berlin", "Prince Court Medical
Centre, Kuala Lumpur"), hotels and hospitals holding a city or a surname-like word ("Radisson Blu Chennai" ->
"Radisson Blu [ADDRESS]", "Hilton Istanbul Bomonti", "Hyatt Regency Chennai", "Charité – Universitätsmedizin
Berlin" -> "Charité – [NAME] [NAME]", "Vivantes Klinikum Am Urban"), insurers as names ("Bupa Arabia", "Mongol
Daatgal", "OMS"), visa categories ("e-Medical Visa" -> "e-Medical [NAME]"), room numbers after a hotel ("Room
313", "Room 1322") and a flight number ("EK 544"). Kept everywhere else: drugs and doses, CPT and ICD-10
codes, procedures, prices, times, years, ages under 90. Unscored but seen: "Valid until" -> "[NAME] until",
"Visa Officer" -> "[NAME] Officer", ids masked under another type (passports as [LICENSE], a Saudi national ID
as [PHONE], member numbers as [SSN]).

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; a name word or PHI value may not occur unlabelled in any casing), that it is this topic
(Saudi national ids, Emirates ids, Kuwaiti civil ids, SNILS, Kazakh IINs, Chinese resident ids, US SSNs and
refund IBANs valid under their schemes; bin / bint, Al- / El- particles, patronymics and original-script
names; every origin and destination; ages 90+ only in the three kinds about the very old; the keep values of
medical-travel text), and independence from the earlier probes (template kinds; name words, towns and streets
of their people tables with the kit's check; no name word in any string of those tables). 65 of the 705 name
words are in the engine's Python-Faker name lists (in_engine_lexicon: mostly Kenyan, Indonesian and Central
Asian names); ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the
probe was written (found by `written_in_engine_code`, not chosen).

Probes 88, 89 and 90 were written at the same time by three helpers, each against probes 1-87 only, and
measured once at the same engine (062c822) before any of them was seen; a check run when all three were in
the tree found that they share a few name words with one another (14 between 88 and 89, 9 between 88 and 90,
9 between 89 and 90: Kalenjin, Tamil, Igbo, Yoruba, Russian and Fijian names). They were left as written, so
that each probe's first measurement stays the honest one; the independence test below covers probes 1-87.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe89 import ids, people
from tests.engine.probe89.corpus import OLD_P, TEMPLATES, make_corpus, problems
from tests.engine.probe89.run_probe import crashes, run

LEAK_CEILING = 0.07  # first: 5.66% (40/707)
STRICT_CEILING = 0.09  # whole + partial: first 7.07% (50/707)
OVERMASK_CEILING = 0.10  # first: 8.88% (31/349)
CLEAN = {"DATE", "PHONE", "EMAIL", "SSN", "HEALTH_PLAN", "VEHICLE", "DEVICE", "ACCOUNT", "IP", "LICENSE"}
CLEAN |= {"AGE", "URL", "MRN"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 88))]
_PRESENT = [m for m in EARLIER if (Path(__file__).resolve().parent.parent / m / "people.py").is_file()]
_FILL = re.compile(r"[%#^@]")


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    feminine = [
        r + "a"
        for c in ("russian", "kazakh", "uzbek")
        for r in people.NAMES[c][2]
        if r.endswith(("ov", "ev", "in"))
    ]
    patronymics = [x for pair in people.PATRONYMIC.values() for x in pair]
    return name_words(tables + feminine + patronymics + list(people.SCRIPT.values()))


def _towns() -> set[str]:
    return {t for o in people.ORIGINS.values() for t in o.towns}


def _streets() -> set[str]:
    """The named part of every street pattern ("%## Iroko Crescent" -> "Iroko Crescent")."""
    pieces = {
        " ".join(w for w in piece.split() if not _FILL.search(w))
        for o in people.ORIGINS.values()
        for pattern in o.streets
        for piece in pattern.split(", ")
    }
    return {p for p in pieces if len(p.split()) >= 2}


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
    assert len(docs) == 34 and len({d.kind for d in docs}) == 17
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 600 and sum(len(d.keep) for d in corpus) >= 280
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 4 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}
    locs = {d.loc for s in (1, 2, 3) for d in make_corpus(s)}
    assert {x.split(">")[0] for x in locs} == set(people.ORIGINS)
    assert {x.split(">")[1] for x in locs} == set(people.DESTS)


def test_corpus_is_this_probes_topic() -> None:
    """Identifiers valid under their schemes, written after the label staff use; transliteration variants and
    original-script names labelled; ages 90+ only where the patient is that old; the keep values of medical
    travel."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    checks = {
        "National ID": (r"[12]\d{9}", ids.saudi_id_ok),
        "Emirates ID": (r"784-\d{4}-\d{7}-\d", ids.emirates_id_ok),
        "Civil ID": (r"\d{12}", ids.kuwait_civil_ok),
        "SNILS": (r"\d{3}-\d{3}-\d{3} \d{2}", ids.snils_ok),
        "IIN": (r"\d{12}", ids.kz_iin_ok),
        "Resident ID": (r"\d{17}[\dX]", ids.china_ric_ok),
        "SSN": (r"\d{3}-\d{2}-\d{4}", ids.ssn_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = [
            v
            for d in docs
            for _, v in d.phi
            if re.fullmatch(pattern, v)
            and re.search(rf"\b{re.escape(label)}\b[^\d\n]{{0,14}}{re.escape(v)}", d.content)
        ]
        assert len(found) >= 2 and all(ok(v) for v in found), (label, found)
    ibans = [v for d in docs for t, v in d.phi if t == "ACCOUNT" and re.fullmatch(r"[A-Z]{2}\d\d[ \w]+", v)]
    assert len(ibans) >= 4 and all(ids.iban_ok(v) for v in ibans)
    names = [v for d in docs for t, v in d.phi if t == "NAME"]
    assert sum(" bin " in v or " bint " in v or " binti " in v for v in names) >= 10
    assert sum(bool(re.search(r"\b(Al|El|al)[- ]", v)) for v in names) >= 20
    assert sum(bool(re.search(r"(ovich|evich|ovna|evna|qizi|g‘li)\b", v)) for v in names) >= 5
    assert sum(bool(re.search(r"[\u4e00-\u9fff\uac00-\ud7af\u0400-\u04ff]", v)) for v in names) >= 8
    assert sum(v.isupper() and " " in v for v in names) >= 30  # FAMILY GIVEN as in a passport
    ages = [(d.kind, v) for d in docs for t, v in d.phi if t == "AGE"]
    assert len(ages) >= 12 and all(int(v) >= 90 and k in OLD_P for k, v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"\d{5}", k)) for k in keeps) >= 8  # CPT codes
    assert sum(bool(re.fullmatch(r"[A-Z]\d\d(\.\w+)?", k)) for k in keeps) >= 8  # ICD-10
    assert sum(bool(re.fullmatch(r"[A-Z0-9]{2} \d{1,4}", k)) for k in keeps) >= 10  # flight numbers
    assert {d.city for d in people.DESTS.values()} <= keeps
    assert sum(bool(re.fullmatch(r"[A-Z]{3} [\d,]+", k)) for k in keeps) >= 20  # prices
    assert any(k.startswith("Room ") for k in keeps) and any(" mg" in k for k in keeps)
    assert sum(k.isdigit() and int(k) < 90 and len(k) == 2 for k in keeps) >= 12  # ages under 90 (distinct)
    assert any(re.fullmatch(r"20(0[89]|1\d|2[01])", k) for k in keeps)  # years alone


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of the earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(_PRESENT, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 250
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 200


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


ENGINE_WORDS_BEFORE = {"ugonna"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
