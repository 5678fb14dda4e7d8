"""Regression guard for the twenty-eighth generalisation probe (addresses and contact details the world
over: medical-tourism intake, travel-insurance claims, visa medical forms, pharmacy delivery notes,
cross-border referrals, international-desk e-mails, coordinator chats, a home-care CSV, a delivery-API JSON,
vCards, an EOB, expatriate registration, airline MEDIF, a repatriation report, a cold-chain waybill, a
discharge summary abroad, an NDJSON contact log and SMS reminders; 31 countries, each address in its own
order and abbreviations, phones national and E.164, messenger handles, internationalised e-mail domains):
rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe28.run_probe --seed N`; engine at commit 941a643 WITH uncommitted engine
edits in the shared tree at that minute: `git status --short src` listed engine/east_asian.py,
fhir_types.py, names.py, patterns.py, script_text.py, structured.py and textmask.py modified), 36 documents
in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1      9.87% (55/557)    14.72% (82/557)    5.86% (13/222)
    2     10.07% (56/556)    13.85% (77/556)    5.86% (13/222)
    3      9.87% (55/557)    14.54% (81/557)    7.21% (16/222)

Seed 1 by type (leaked / values): ADDRESS 18/136, NAME 16/132, ZIP 13/53, ID 8/30; none in DATE (72),
PHONE (84), EMAIL (28), HEALTH_PLAN (12), MRN (10). Seeds 2 and 3: ADDRESS 17 and 15, NAME 18 and 18, ID 8
and 9, ZIP 13 and 13. Worst kinds (seed 1): medical-tourism intake 7/36, international-desk e-mail 6/35,
coordinator chat 6/30, SMS reminders 6/32; airline MEDIF 0/32. What leaks, in every seed:
- localities alone on an address line or after a cue: "Saginumadai, ..." (Japanese town after the
  chōme line), "Gunjur Palya" / "Kothapet Colony" (Indian locality line), "Dist. Chikkaballapura",
  "Kel. Ngadirejo, Kec. Kartasura" (Indonesian), "Al Rawdah district, 14000" (Saudi), "Ogba-Ijaiye"
  (Nigeria), "Fracc. Lomas del Tepeyac", "Alc. Tlacotalpan Viejo", "Knocknagree Cross, Co. ...",
  "Józefów k. Otwocka", "Qingshi Town" (JSON "district"), "Lac-aux-Sables (Ontario)", "der. Malye Klyuchi",
  "Quartiere Trionfale"; a relative's town after "(home)," or "she comes from";
- street lines without a house number first: "ul. Zavodskaya, d. 69, kv. 70", "Diagonal 32 # 28-32, apto.
  1181" (after "Address line 1:"), Canadian rural route "RR 5, Site 15, Comp 11";
- postcodes after a division or locality: "Pampanga 5580", "Telangana PIN 547340", Saudi "16174", Korean
  "(85700)", Eircode "J92 WT64", Egyptian "al-Khaymah 40420", Italian "41360 [ADDRESS] PA", a postcode
  in a CSV column, and after "Postcode (if not shown above):";
- messenger handles: "wechat is sutarjo85", "on Line: tak_doh", vCard "IMPP:line:hsinyu.hsie2", NDJSON
  "line_id";
- names: family-first East Asian names after "Accompanying person:", "Case manager:", in NDJSON/JSON "name"
  fields ("Seonu Jaebin", "Mo Mingrui"); given names alone in chats and SMS ("Reminder for Sherif:",
  "Mozah, ... asked us", "WhatsApp ... (Shaikha)", "Tamer (family) flies", "with Aliénorine and will
  stay"), "(alt. [PHONE], Valdemiro)".
Partial (seed 1, 27): "Purok" and "Bldg"/"Villa 64, Street 34" kept before a masked remainder, Korean
"152, 117-dong 380-ho", Indian "H.No. 36-9-347, Vinayaka Nagar 2nd Main", "Bât. D," and ", int. 14",
"al-Khaymah"/"al-Ahram" of Egyptian districts, "Heights" of "Wattle Grove Heights", IDN e-mails masked up
to the Hangul domain ("...@메일.kr" kept), "GLB/" and "REF/" prefixes of policy and booking numbers.
Over-masking (seed 1, 13 of 222): airport pairs "Route DXB–GRU", "via GRU"; first-level divisions in
parentheses or after a cue ("(Aragón, Spain)" lost both, "(Jawa Timur, Indonesia)", "emirate of residence:
Dubai", "Eastern Province", NDJSON "state": "Miyagi-ken"); in later seeds also "FedEx International
Priority", "Correios SEDEX", "Valle del Cauca" after "State/Province:", "France" after a postcode-town.
Note on the scoring (engine-independent, seen in the results, corpus left as measured): a division is
plain text inside an address and a keep value where written alone, but the kit counts a keep value's
occurrences, so a prefecture masked inside the address ("Saginumadai, Nagano-ken 753-3585" -> "[NAME]")
counts as lost when the same document also writes it alone ("Region/State: Nagano-ken").
Gaps found after the measurement and left as measured: the templates never render an Indonesian street
line (Jl., RT/RW), a Spanish street line (C/ ... 3º izq.) or a Brazilian E.164 number (+55): those
countries appear only through localities, postcodes and national phones.

Labelling policy: see corpus.py. Ceilings: the seed-1 rates rounded up to the next whole percent plus one
point; lower them as the engine improves. CLEAN: the types with no leak on seed 1. Also checked: the
corpus's soundness (labels, sizes, reproducibility) and its independence from probes 1-25 (template kinds,
name words, towns, streets; probe 18 by kinds only). Names are not checked against the engine's lexicon
or source: the probe's author did not read them.
"""

from __future__ import annotations

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe28 import people
from tests.engine.probe28.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe28.run_probe import crashes, run

LEAK_CEILING = 0.11  # 9.87% (55/557) on seed 1 when written
STRICT_CEILING = 0.16  # whole + partial: 14.72% (82/557)
OVERMASK_CEILING = 0.07  # 5.86% (13/222)
CLEAN = {"DATE", "PHONE", "EMAIL", "HEALTH_PLAN", "MRN"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _places() -> tuple[set[str], set[str]]:
    towns = {t for c in people.COUNTRIES.values() for t in c.localities}
    return towns, {s for c in people.COUNTRIES.values() for s in c.streets}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 500 and sum(len(d.keep) for d in corpus) >= 150
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 10 and len(d.keep) >= 3 for d in corpus)
        assert not any(c in d.content for d in corpus for c in "«»‹›")
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "PHONE", "EMAIL", "MRN", "ID", "HEALTH_PLAN"}
    countries = {c for d in docs for c in d.loc.split(">")}
    assert len(countries) >= 30


def test_international_shapes_are_present() -> None:
    text = "".join(d.content for s in (1, 2, 3) for d in make_corpus(s))
    markers = ["〒", "-dong", "Kel. ", "Brgy.", "CEP ", "C.P. ", "apto", " # ", "Flat ", "Co. ", "2. OG",
               "Bât. ", "int. ", "ul. ", "P.O. Box ", "Villa ", "Unit ", "RD ", "RR ", "H.No.",
               "+81 ", "IMPP:line:", "@메일.kr"]  # fmt: skip
    for marker in markers:
        assert marker in text, marker


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
