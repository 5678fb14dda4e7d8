"""Regression guard for the seventy-third generalisation probe: health text from Sub-Saharan Africa written
in African languages with synthetic PHI planted in it -- Swahili (Kenya, Tanzania), Amharic in Ge'ez script
with Ethiopian-calendar dates, Yoruba with tone marks, Hausa with ɓ ɗ ƙ, Igbo, isiZulu, isiXhosa, Somali,
Kinyarwanda, Luganda and Shona. Kinds: CHW household visit report (Kenyan MOH 514; Ethiopian HEW), mHealth
SMS reminders (Tanzanian CTC; KwaZulu-Natal clinic), DHIS2 Tracker CSV export (Rwanda ANC; Uganda ART),
DHIS2 event JSON (Kenyan eCHIS; Somali ANC), antenatal register (Hausa; isiXhosa), immunisation register
(Yoruba; Shona), referral slip (Igbo; Kinyarwanda), TB treatment card (isiZulu; Somali), pharmacy dispensing
log (Luganda; Swahili), WhatsApp family group (Yoruba; Shona; a grandmother aged 90+), radio call-in
transcript (Hausa; Luganda; a grandmother aged 90+), discharge note (Amharic; Igbo), insurance form
(Ethiopian CBHI; isiXhosa medical aid), birth notification (Tanzania; Zimbabwe), ART follow-up card (Kenyan
CCC; KwaZulu-Natal), iCCM sick-child register (Hausa; Kinyarwanda), elder home visit (Somali; isiXhosa; an
elder aged 90+) and viral-load result slip (Igbo; Yoruba): rates may only get better than when it was
written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe73.run_probe --seed N --brief`, with --json / --dump for the detail;
engine at commit 7c54051, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused; no label fix:

    seed  leaked              whole + partial     over-masking
    1     21.54% (185/859)    23.28% (200/859)    9.46% (30/317)
    2     20.51% (176/858)    22.61% (194/858)    11.04% (35/317)
    3     20.49% (176/859)    21.89% (188/859)    10.09% (32/317)

Seed 1 by type (leaked / values): NAME 92/252, ID 25/41, ADDRESS 16/83, DATE 13/172, LICENSE 13/37, VEHICLE
9/10, MRN 9/19, AGE 5/6, ZIP 2/13, URL 1/3; none in PHONE (114), SSN (38), HEALTH_PLAN (25), EMAIL (23),
DEVICE (11), IP (6), ACCOUNT (6). Seed 2: NAME 86, ID 24, ADDRESS 15, LICENSE 14, DATE 13, VEHICLE 9, MRN 9,
AGE 5, URL 1; seed 3: NAME 85, ID 26, ADDRESS 16, DATE 12, LICENSE 12, VEHICLE 10, MRN 7, AGE 5, ZIP 2, URL 1.
Names by locale (seed 1): Kinyarwanda 17/22, Amharic 15/18, Hausa 11/28, Tanzanian 9/24, Somali 8/15, isiZulu
7/21, Kenyan 6/17, isiXhosa 6/20, Luganda 5/27, Yoruba 4/22, Shona 2/25, Igbo 2/13.
Worst kinds (seed 1): DHIS2 Tracker CSV 22/70, DHIS2 event JSON 17/42, TB treatment card 16/46, SMS reminders
15/58, iCCM register 15/51, radio call-in 14/40; best: birth notification 3/41, immunisation register 4/56,
discharge note 5/37, WhatsApp group 6/45.
What leaks (seed 1):
- NAME 92 of 252: Rwandan "KINYARWANDA-NAME Given" in capitals in CSV rows and registers ("UWERA Epiphanie",
  "MUKANDAYISENGA Drocella | 2015 | UWERA Médiatrice", "Umugabo we: MUNYANEZA Callixte", "umuforomo: SIBOMANA
  Védaste (NCNM/...)"); Amharic three-part names in Ge'ez script after every label ("የቤተሰቡ ኃላፊ: አበበ ዳኛቸው
  በላቸው", "ልጅ:", "አያት:", "ሹፌር", "ተቆጣጣሪ:", "ነርስ:", "ሐኪም: ዶ/ር ..."; 15 of 18); staff after role words of the
  languages ("Mkunga:", "Daktari:", "Mshauri:", "Mfamasia:", "Udokotela:", "Umeluleki:", "Ungozoma:", "Mai
  rubutu:", "Mai gabatarwa:", "Kalkaaliso:", "Nọọsụ:", "Onye nyocha:", "Olùṣàkọsílẹ̀:", "Omusawo w'eddagala:");
  a callee's given name opening an SMS ("Shija, kumbuka kliniki...", "Mfanafuthi, ingane Sbonelo idinga
  umjovo"); callers on the radio ("Sunana Ɗalhatu Maigari, daga ...", "Ɗelu Ɗangiwa ce", "Nze Namazzi
  Teopista"); relatives in prose ("Ambuya Netsai Shumba vari muchipatara", "Kakata Hajiya Hansatu Zangina",
  "muzzukulu wange Yowana"); clan praise names and MaX names ("Isiduko somyeni: Giqwa", "Isithakazelo:
  Sokwalisa", "MaBhulose, uGogo ...", "Isiduko: MaNcapayi"); and the names in the JSON attributes with
  Swahili and Somali keys ("jina_kamili", "mume", "magaca_oo_dhan", "ninkeeda": all four, one in part).
- ID 25: DHIS2 tracked-entity and event uids (10 in CSV rows and JSON), mobile-money transaction codes (8:
  M-Pesa "kumb. SGH9H2AS7N", MoMo, EVC Plus, telebirr "ግብይት ቁጥር SCS7L3US2R"), register and sample serials
  after local labels (7: "Kaya Na.: 7841/90", "Nọmba nlele: 7982/90", "Nọ́mbà àpẹẹrẹ: 92724", "REF/31113", the
  first cell of a register row "53796 | ...").
- ADDRESS 16: villages in register columns and CSV cells ("| Tyutyu Village |", ",Karambi ka Kabiri,
  Nyakabingo,"), JSON values, "atakutembelea nyumbani Ng'wamapalala", "Ssenyondo Zone" after a masked
  village, an Igbo house line "Nọmba 344, Ama Ezinaụlọ". DATE 13: day/month dates in TB DOT rows ("21/2 ✓
  10/2 ✓ 4/2 ✗") and SMS ("ngo-17/6", "hadi 3/9"), an isiXhosa date after "ngomhla we-" ("24 Epreli 2025");
  full dates and Ethiopian-calendar numerals were masked. AGE 5 of 6: 90+ in the local phrasing ("da'diisu
  waa 90 sano", "oneminyaka 90", "ow'emyaka 90", "ọmọ ọdún 90", "Vane makore 93"; Hausa "mai shekara 9x" was
  masked). LICENSE 13: council numbers with their own prefixes (NCNM/, SMDC/, SNMC/, RMDC/, PSU/, PC/, PCN/,
  TNMC/RN/, UMDPC/, "KMPDC A84009", "MCT 23225"); MDCN, HPCSA and SANC numbers were masked. VEHICLE 9 of 10:
  African plates ("bodaboda KCN 923G", "babur XSV-476LZ", "moto RAU 140Y", "LAV-179CF", "BN 10062", "VB
  432-535"). MRN 9: file numbers after local labels ("Inombolo yefayela: 816464", "የካርድ ቁጥር: 539625", "Nọmba
  faịlụ: 5546/32", "ndi 1429/58", "ne namba 276995", "da lamba 2347/71") and CSV ART numbers. ZIP 2: a South
  African code in a register row, a Somali "BN 13410" in JSON. URL 1: the DHIS2 Tracker link in a CSV comment.
Partial (seed 1, 15): Rwandan ids with their spaces (4: the serial masked, "1 1977 7 … 1 43" kept), Ethiopian
month words (5: "ሚያዝያ" of "ሚያዝያ 17 ቀን 2016" kept, day and year masked), "OPD" of "OPD 7463973" (3) and
house numbers ("Gida Na 519,", "Block 714,", "Ilé 403,").
Over-masking (seed 1, 30 of 317): facilities named in the languages (20: "Cibiyar Lafiya ta Farko" -> "[NAME]
ta Farko", "Asibitin Koyarwa na [NAME]", "Ilé Ìwòsàn Ìjọba Àpapọ̀" -> "[NAME] [NAME] Ìjọba Àpapọ̀", "Ụlọ Ọgwụ
Gọọmenti Etiti", "Zahanati ya Kanisa la Moravian", "Isibhedlela SaseNkosi", "Ibitaro Bikuru bya Kaminuza"),
regions alone (8: "Kwale" in JSON -> [ADDRESS], "Manicaland", "Amajyepfo", "Anambra", "eMpuma Koloni", "አዲስ
አበባ") and vaccines in register cells (2: "Penta 1", "Rota 2" -> "[ADDRESS] 1"). Not scored but seen in the
dumps: plain words of the languages masked as [NAME] (column headers "Adireshi", "Mako", "[NAME] ìbí",
"Mama Mjamzito", "Ọmọ ọdún"). Kept everywhere else: drugs, regimens and doses, lab values, ICD-10 codes,
vaccines in prose, programmes and forms (MOH 513, CCMDD, PEPFAR, NACA), ages under 90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is African-language health text from every locale (South African ids with the birth
date and Luhn digit, Fayda FINs with a Verhoeff digit, Rwandan ids with birth year and sex digit, NIDA numbers
with the birth date, Zimbabwean ids with their check letter, NINs, NUBAN accounts, IMEIs; Ethiopian-calendar
dates; tone-marked, hooked and dotted letters; Ge'ez and Somali three-part names; MaX names; ages 90+; the
trade's keep values), and independence from probes 1-72 (template kinds; name words, towns and streets of
their people tables with the kit's check; no name word in any string of those tables -- run before the
measurement). None of the 582 name words is in the engine's Python-Faker name lists (98 were, and were
dropped from the tables before the measurement, with "Lundi", a word of the engine's code);
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
    in_engine_lexicon,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe73 import ids, people
from tests.engine.probe73.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe73.run_probe import crashes, run

LEAK_CEILING = 0.20  # now 18.86% (162/859); first: 21.54% (185/859)
STRICT_CEILING = 0.22  # whole + partial: now 20.61%; first 23.28% (200/859)
OVERMASK_CEILING = 0.11  # first: 9.46% (30/317)
CLEAN = {"PHONE", "SSN", "HEALTH_PLAN", "EMAIL", "DEVICE", "IP", "ACCOUNT"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 73))]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    extra = [n for v in people.FEMALE_FAMILY.values() for n in v] + [
        n for v in people.CLAN.values() for n in v
    ]
    return name_words(tables + extra)


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


def test_corpus_is_african_language_health_text() -> None:
    """Every locale; national ids in their real shapes with their check digits (South African ids with the
    holder's birth date and a Luhn digit, Fayda FINs with a Verhoeff digit, Rwandan ids with the birth
    year and sex digit, NIDA numbers with the birth date, Zimbabwean ids with their check letter, 11-digit
    NINs, NUBAN accounts with the CBN digit, IMEIs with a Luhn digit); Ethiopian-calendar dates; Yoruba
    tone marks, Hausa hooked letters, Igbo dotted vowels, Ge'ez names, Somali three-part names, MaX names;
    ages 90+ in the local phrasing; the trade's keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    values = [(d.loc, t, v) for d in docs for t, v in d.phi]
    ssn = {loc: [v for lo, t, v in values if lo == loc and t == "SSN"] for loc in people.LOCS}
    checks = {
        "ZU": ids.za_id_ok,
        "XH": ids.za_id_ok,
        "ET": ids.fayda_ok,
        "RW": ids.rw_id_ok,
        "TZ": ids.nida_ok,
        "ZW": ids.zw_id_ok,
        "YO": ids.nin_ok,
        "HA": ids.nin_ok,
        "IG": ids.nin_ok,
        "UG": ids.ug_nin_ok,
        "KE": lambda v: bool(re.fullmatch(r"\d{8}", v)),
    }
    for loc, ok in checks.items():
        assert len(ssn[loc]) >= 6 and all(ok(v) for v in ssn[loc]), (loc, ssn[loc])
    nuban = [(lo, v) for lo, t, v in values if t == "ACCOUNT" and lo in ("YO", "HA", "IG")]
    banks = {"YO": "058", "HA": "033", "IG": "011"}
    assert len(nuban) >= 3 and all(ids.nuban_ok(v, banks[lo]) for lo, v in nuban)
    imeis = [v for _, t, v in values if t == "DEVICE" and re.fullmatch(r"\d{15}", v)]
    assert len(imeis) >= 6 and all(ids.luhn_ok(v) for v in imeis)
    et_text = "\n".join(d.content for d in docs if d.loc == "ET")
    assert et_text.count("ዓ.ም.") >= 30 and re.search(
        r"(መስከረም|ጥቅምት|ኅዳር|ታኅሣሥ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜ) \d+ ቀን 20\d\d", et_text
    )
    names = [(lo, v) for lo, t, v in values if t == "NAME"]
    assert sum(lo == "YO" and bool(re.search(r"[\u0300\u0301\u0323]|[ẹọṣẸỌṢ]", v)) for lo, v in names) >= 60
    assert sum(bool(re.search(r"[ɓɗƙƁƊƘ]", v)) for lo, v in names) >= 40
    assert sum(lo == "IG" and bool(re.search(r"[ịọụỊỌỤ]", v)) for lo, v in names) >= 30
    assert (
        sum(
            bool(re.search(r"[\u1200-\u137f]{2,} [\u1200-\u137f]{2,} [\u1200-\u137f]{2,}", v))
            for lo, v in names
        )
        >= 20
    )
    assert sum(lo == "SO" and len(v.split()) == 3 for lo, v in names) >= 20
    assert sum(bool(re.fullmatch(r"Ma[A-Z][a-z]+", v)) for lo, v in names) >= 3
    ages = [int(v) for _, t, v in values if t == "AGE"]
    assert len(ages) >= 12 and min(ages) >= 90
    keeps = {k for d in docs for k in d.keep}
    assert {"TDF/3TC/DTG 300/300/50 mg", "2RHZE/4RH", "MOH 513", "CCMDD", "PEPFAR", "Oxytocin 10 IU"} <= keeps
    text = "\n".join(d.content for d in docs)
    marks = (
        "MOH 514",
        "MOH 257",
        "RCH 4",
        "DHIS2 Tracker",
        "trackedEntityInstance",
        "GeneXpert",
        "iCCM",
        "CBHI",
    )
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-72, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_names_are_looked_up_nowhere() -> None:
    """The names must be found by context: none is in the engine's Python-Faker name lists (none when
    written)."""
    assert in_engine_lexicon(_name_words()) == set()


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
