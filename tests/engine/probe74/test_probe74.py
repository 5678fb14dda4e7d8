"""Regression guard for the seventy-fourth generalisation probe: health text from South Asia written in the
region's own scripts and languages (Hindi, Marathi, Bengali of West Bengal and Bangladesh, Tamil, Telugu,
Kannada, Malayalam, Gujarati, Punjabi in Gurmukhi, Urdu in Nastaliq, Sinhala, Nepali) with synthetic PHI
planted in it. Kinds: OPD prescription slip (Hindi, Tamil), discharge summary (Marathi, Malayalam), ASHA
household register (Bengali, Kannada), PM-JAY / ABHA claim JSON (Gujarati, Telugu), MCP card with its JSY
entry (Hindi, Punjabi), lab report (Tamil, Gujarati), pharmacy bill (Kannada, Urdu), WhatsApp family group
about an elder aged 90+ (Malayalam, Punjabi), teleconsultation note (Telugu, Nepali), 108 ambulance call log
(Marathi, Bengali), death registration (Bangladesh, Sri Lanka), birth registration (Nepali, Hindi),
immunisation card (Bangladesh, Nepali), cashless pre-authorisation (Malayalam, Bengali), TB treatment card
(Urdu, Telugu), ward admission register (Punjabi, Sinhala), pregnancy record / LHW register (Sinhala, Urdu)
and senior citizen's medical certificate (Kannada, Marathi): rates may only get better than when it was
written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe74.run_probe --seed N --brief`, with --json / --dump for the detail;
engine at commit 60a3c1e, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused. One labelling fix
after it: the district written alone in the headers of the Bengali 108 log and the Urdu TB card was a keep
value that the same document also wrote (unscored) inside the patient's address, so masking the address
counted as losing it; it became plain text (2 keep values fewer per seed, no PHI changed) and the three seeds
were measured again -- the numbers below:

    seed  leaked               whole + partial      over-masking
    1     23.66% (159/672)     24.70% (166/672)     3.21% (10/312)
    2     23.43% (157/670)     24.33% (163/670)     2.57% (8/311)
    3     23.10% (155/671)     24.14% (162/671)     3.53% (11/312)

Seed 1 by type (leaked / values): NAME 114/181, ADDRESS 10/77, LICENSE 8/25, AGE 7/12, MRN 6/20,
HEALTH_PLAN 6/11, ZIP 2/25, ID 2/44, VEHICLE 2/2, DATE 1/117, ACCOUNT 1/8; none in PHONE (74), SSN (41),
EMAIL (24), IP (5), DEVICE (4), URL (2). Seed 2: NAME 114, ADDRESS 10, LICENSE 7, AGE 7, MRN 6, HEALTH_PLAN 5,
ID 3, ZIP 2, VEHICLE 2, ACCOUNT 1; seed 3: NAME 114, ADDRESS 10, LICENSE 10, AGE 7, HEALTH_PLAN 5, MRN 4,
ZIP 2, VEHICLE 2, ACCOUNT 1.
Worst kinds (seed 1): ward admission register 27/50, ASHA register 26/52, WhatsApp family group 13/36,
pregnancy record / LHW register 10/42; best: immunisation card 2/30, MCP card 3/38, pre-authorisation 4/38.
What leaks (seed 1):
- NAME 114 of 181 (63%; the same count on every seed): the engine masks a name in these scripts only after a
  "name" label (रोगी का नाम:, பெயர்:, রোগীর নাম:, مریض کا نام:, මවගේ නම:, शिशुको नाम:, a JSON "name"), after
  Dr. / डॉ. / ডা. in about half the locales, after "EMT:" and "রোগী:", and as a Malayalam WhatsApp sender. It
  keeps: every name in a register row (ASHA Bengali / Kannada 20, ward registers Punjabi / Sinhala 11, the
  Urdu LHW register 7: "১    অমলেন্দু মাইতি        ৭০    লক্ষ্মীরানী মাইতি"), staff after a role label
  ("আশা: অপর্ণা জানা", "ए.एन.एम.: सुगनी कहार", "परिचारिका: सुलोचना कांबळे", "செவிலியர்: பெ. முத்துலட்சுமி",
  "PHM: සුමනා කුමාරසිංහ", "LHW: زبیدہ ماچھی", "ਸਟਾਫ਼ ਨਰਸ: ਚਰਨਜੀਤ ਕੌਰ ਭੁੱਲਰ", "कम्प्यूटर में दर्ज:", registrars,
  informants, callers "কলার: বাসন্তী দলুই"), relatives after a relation word ("மனைவி: க. செல்வி", "नातेवाईक:
  पांडुरंग भोसले", "ഭാര്യ:", "زوجہ ارشد ہرل", "భర్త:", "ස්වාමිපුරුෂයා:", "(ಮಗ/ಮಗಳು):"), doctors after the title
  in Tamil, Gujarati, Punjabi, Telugu, Nepali, Kannada and Urdu ("Dr. மா. அய்யனார்", "ਡਾ. ਕੁਲਵੰਤ ਕੌਰ ਚਾਹਲ",
  "ڈاکٹر شفیق کاٹھیا", "డా. మేకల లక్ష్మమ్మ"), JSON "familyHead" and "aarogyaMitra", Punjabi WhatsApp senders
  ("ਪੂ.ਦੁ.] ਬਲਕਾਰ:") and names in prose ("ਬੀਬੀ ਜੀ (ਸੁਖਜੀਤ ਕੌਰ ਧਾਲੀਵਾਲ)", "रस्ता अपघात — नामदेव शंकरराव लोखंडे").
- ADDRESS 10: villages and house lines in register columns (Punjabi and Sinhala ward registers, 6), a Kannada
  header "ಗ್ರಾಮ: ಚಿಕ್ಕಸಂಶಿ", a Malayalam home address in a WhatsApp message "(9/922 പഞ്ചായത്ത് റോഡ്, അരിക്കുളം)"
  (2) and a JSON "line". ZIP 2: the JSON "pin" fields ("314002").
- LICENSE 8: council registrations after a council acronym ("UPMC 882336", "TNMC 17252", "APMC రిజి. 77593",
  "BMDC রেজি. নং A-81978", "WBMC রেজি. 30982", "PMC 248077", "KMC ನೋಂದಣಿ 89842", a Nepali nursing council
  "दर्ता नं. 872687"); MMC, TCMC, PMDC, SLMC and NMC numbers and pharmacists' registrations were masked.
- AGE 7 of 12: ages 90+ in register columns ("৯৩", "| 91 |", "| 92 |", "| 94 |"), in WhatsApp prose ("95
  വയസ്സായില്ലേ", "੯੨ ਸਾਲ ਦੀ ਉਮਰ") and the Sinhala "වයස: අවුරුදු 90"; masked after "বয়স", "वय" and in the
  certificates' "ವಯಸ್ಸು ಸುಮಾರು ೯೫ ವರ್ಷಗಳು".
- MRN 6: "IPD/395091"-style numbers after IPD क्र. / Lab No. / IPD নং and register first columns ("BHT
  617935"). HEALTH_PLAN 6: every PM-JAY / Ayushman card id ("लाभार्थी क्र. PRCTAZVVU", JSON "pmjayId", "ਸਿਹਤ
  ਬੀਮਾ ਕਾਰਡ P3CC7WTE4"); policy, member and Nepali insurance numbers were masked. ID 2: pharmacy bill numbers
  "CB/98774". VEHICLE 2 of 2: Indian plates in running text ("दुचाकी MH 27 KE 2237 घसरली"). ACCOUNT 1: a
  pharmacy credit account "ಸಾಲದ ಖಾತೆ: 353052". DATE 1: a Sinhala year-first date "2024 අප්‍රේල් 4" after a
  registrar's name (every all-digit date, in any script's digits, was masked).
Partial (seed 1, 7): Bikram Sambat long dates masked between the year and "गते" ("२०८० … गते", 3), Indian
driving licences whose state-RTO prefix stays ("MH10", "WB24"), registration numbers whose "D-2024:" /
"B-2024:" prefix stays.
Over-masking (seed 1, 10 of 312): "Tab. Calcium 500 mg + Vit D3" -> "+ [NAME] D3" (5), "Tab. IFA (...)" ->
"[NAME]. IFA" (2), JSON scheme names ("PM-JAY (MA Yojana)" -> "[NAME] (MA [NAME])", "Dr. YSR Aarogyasri /
PM-JAY" -> "Dr. [NAME] / [NAME]"), a Telugu date line swallowed whole as one [ADDRESS] with its hub hospital
("తేదీ: [ADDRESS]"), an age under 90 in a Bengali patient line swallowed as [ADDRESS] ("রোগী: [ADDRESS]").
Kept everywhere else: local-language diagnoses, hospitals and health centres, drugs and doses, lab values,
ICD-10 and package codes, vaccines, schemes and form headings in every script, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is South Asian health text in the locales' own scripts (Aadhaar numbers valid under
the Verhoeff check, CNICs with the sex digit, Bangladeshi NIDs, Sri Lankan NICs with the birth year and day of
the year, Nepali citizenship numbers, ABHA, PAN and EPIC shapes; dates in the scripts' digits and with local
month names and Bikram Sambat dates; Tamil initials, Sikh ਸਿੰਘ / ਕੌਰ names, Urdu names in Nastaliq; ages 90+;
the trade's keep values), and independence from the earlier probes (template kinds; name words, towns and
streets of their people tables with the kit's check; no name word in any string of those tables -- run before
the measurement; ਸਿੰਘ and ਕੌਰ, which every Sikh name holds and probe10's tables also hold, are not table
entries). The engine's name lists hold none of the probe's 342 name words (`in_engine_lexicon`: 0), and none
is a word of the engine's code (ENGINE_WORDS_BEFORE, found by `written_in_engine_code`, not chosen: empty).
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
from tests.engine.probe74 import ids, people
from tests.engine.probe74.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe74.run_probe import crashes, run

LEAK_CEILING = 0.25  # first: 23.66% (159/672)
STRICT_CEILING = 0.26  # whole + partial: first 24.70% (166/672)
OVERMASK_CEILING = 0.05  # first: 3.21% (10/312)
CLEAN = {"PHONE", "SSN", "EMAIL", "IP", "DEVICE", "URL"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 77) if i != 74)]
IN = {"HI", "MR", "BN", "TA", "TE", "KN", "ML", "GU", "PA"}
SCRIPTS = {  # the first code point of each locale's script block
    **dict.fromkeys(("HI", "MR", "NE"), "\u0900"),
    **dict.fromkeys(("BN", "BD"), "\u0980"),
    "PA": "\u0a00",
    "GU": "\u0a80",
    "TA": "\u0b80",
    "TE": "\u0c00",
    "KN": "\u0c80",
    "ML": "\u0d00",
    "SI": "\u0d80",
    "UR": "\u0600",
}


def _name_words() -> set[str]:
    """The words of the name tables (ਸਿੰਘ / ਕੌਰ, which every Sikh name holds, are not a table's entry)."""
    return name_words([n for table in people.NAMES.values() for names in table for n, _ in names])


def _towns() -> set[str]:
    return {v for loc in people.LOCS.values() for _, _, villages in loc.districts.values() for v in villages}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.lines}


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


def _digits(s: str) -> int:
    return int(ids.ascii_digits(s))


def test_corpus_is_south_asian_health_text() -> None:
    """Every locale in its own script; national ids in their real shapes (Aadhaar with its Verhoeff check
    digit, CNIC with the sex digit, Bangladeshi NID, Sri Lankan NIC, Nepali citizenship numbers), ABHA, PAN
    and EPIC numbers; dates and ages in the scripts' own digits and with local month names; Tamil initials and
    Sikh ਸਿੰਘ / ਕੌਰ names; ages 90+; the trade's keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    for d in docs:  # most of each document's letters are the locale's script (JSON: its English keys aside)
        letters = [c for c in d.content if c.isalpha()]
        block = ord(SCRIPTS[d.loc])
        own = sum(block <= ord(c) < block + (0x100 if d.loc != "UR" else 0x200) for c in letters)
        assert own > (0.4 if d.format == "text" else 0.15) * len(letters), d.id
    ok = {
        "UR": ids.cnic_ok,
        "BD": ids.nid_bd_ok,
        "NE": ids.citizenship_np_ok,
        **dict.fromkeys(IN, ids.aadhaar_ok),
    }
    nids = [(d.loc, v) for d in docs for t, v in d.phi if t == "SSN"]
    assert len(nids) >= 100
    for loc, v in nids:
        if loc == "SI":
            assert re.fullmatch(r"\d{2}[0-8]\d{6}V|(19|20)\d{2}[0-8]\d{7}", v), v
        else:
            assert ok[loc](v), (loc, v)
    assert sum(ids.aadhaar_ok(v) for _, v in nids) >= 50
    values = [(t, v) for d in docs for t, v in d.phi]
    abha = [v for t, v in values if t == "ID" and v.startswith("91-")]
    assert len(abha) >= 20 and all(ids.abha_ok(v) for v in abha)
    assert sum(ids.pan_ok(v) for t, v in values if t == "ID") >= 2
    assert sum(ids.epic_ok(v) for t, v in values if t == "ID") >= 2
    native_dates = [v for t, v in values if t == "DATE" and any(c.isdigit() and not c.isascii() for c in v)]
    assert len(native_dates) >= 60
    month_dates = [v for t, v in values if t == "DATE" and any(c.isalpha() for c in v)]
    assert len(month_dates) >= 30
    ages = [_digits(v) for t, v in values if t == "AGE"]
    assert len(ages) >= 30 and all(a >= 90 for a in ages)
    assert sum(not v.isascii() for t, v in values if t == "AGE") >= 10
    names = [v for t, v in values if t == "NAME"]
    assert (
        sum(bool(re.fullmatch(r"[\u0b80-\u0bff]{1,3}\. [\u0b80-\u0bff]+", v)) for v in names) >= 20
    )  # Tamil initials
    assert sum(people.SINGH in v.split() or people.KAUR in v.split() for v in names) >= 20
    assert sum(bool(re.search(r"[\u0600-\u06ff]", v)) for v in names) >= 20
    keeps = {k for d in docs for k in d.keep}
    assert {"E11.9", "I10", "2HRZE/4HR", "Xpert MTB/RIF", "CBNAAT", "ORS घोल"} <= keeps
    assert sum(k.startswith(("Tab. ", "Cap. ", "Inj. ", "Syp. ")) for k in keeps) >= 15
    text = "\n".join(d.content for d in docs)
    marks = (
        "MCP कार्ड",
        "जननी सुरक्षा योजना",
        "PM-JAY",
        "Nikshay",
        "१०८",
        "ICD-10",
        "BHT",
        "PMDC",
        "SLMC",
        "UPMC",
    )
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of earlier probes, no name word, town or street of their people tables (the kit's
    check); no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g, _ in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x, _ in fam}) >= 100


def test_names_are_found_by_context_not_looked_up() -> None:
    """How many name words the engine's name lists already hold (the probe was written to keep it small)."""
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


LEXICON_OVERLAP = 0
ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
