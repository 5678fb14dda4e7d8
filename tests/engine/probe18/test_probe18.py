"""Regression guard for the eighteenth generalisation probe (what an outside evaluator would generate: Faker
people in 33 locales phigate.synthetic does not use, in clinical documents and developer context of our
own wording): rates may only get better than when it was written.

First and only measurement (engine as of the working tree shared with the lead, before any fix prompted
by this probe; measured once, as soon as the corpus was complete), 36 documents in 18 kinds per seed,
none crashes the engine, none refused:

    seed  leaked             whole + partial   over-masking
    1     3.52% (18/512)     4.88%             14.06% (18/128)
    2     3.91% (20/512)     4.69%             10.94% (14/128)
    3     2.93% (15/512)     3.91%             14.06% (18/128)

Seed 1 by type: NAME 8/100, VEHICLE 4/6, ADDRESS 3/76, ZIP 3/38; none in DATE (90), PHONE (64), ID (36),
HEALTH_PLAN (28), EMAIL (26), MRN (24), ACCOUNT (10), CREDENTIAL (8), IP (4), AGE (2). Seeds 2 and 3:
NAME 6 and 8, ADDRESS 6 and 1, VEHICLE 4 and 4, ZIP 3 and 2, MRN 1 and 0; still none in the other types.
Worst kinds (seed 1): the Russian portal message (4 of 28: the sender "От: Добромысл Ершов ([EMAIL])"
and the sign-off "С уважением, Надежда"; all seeds), the English nursing note for Nordic patients (the
plate "(reg UP 35 958)", "(reg OMR-833)" and the street before a masked town "posted to
Freesenbulevardi 6, [ADDRESS]"), the Swedish journal note (the plate "(reg.nr RUR 04U)"; all seeds), the
Greek CT report (the companion "ο/η συνοδός Ελέσσα Φειζατίδου, [PHONE]"; all seeds), the Spring/JDBC
prompt (a bare postcode in a pipe-separated seed row "|[ADDRESS]|6830 [ADDRESS]|"; all seeds), the
Anthropic request with a native note (the Arabic companion "المرافق: حياة آل رفيع (هاتف [PHONE])", the
Hebrew town "[ADDRESS]( 56, מלאה [ID]"), the CEE consult letter (Hungarian "H-6105" after a masked town;
seeds 2-3 add Croatian streets "of Mlinarska 4b/4, [ADDRESS]" and the town "Balatonkeresztháza"), the
Colombian portal message (the town "Ginebra" after a masked street; seed 2 the street "Cr. 171 # 1-93"
and a bare 7-digit "expediente es 0471921") and the FHIR note in Korean (the guardian "보호자
민현준([PHONE])"). Nothing leaks from the discharge summary (age 91+ masked), the Dutch/Flemish
ontslagbrief, the Czech doporučení, the pathology report with Hangul/kanji/Thai names, the OpenAI
traceback request, the .env + Node crash, the SQL migration, the nginx JSON logs (percent-encoded names)
or the CSV + TSV extract. Over-masking (seed 1): "Hope Ward" and the modal "Will" (as [NAME]), hospitals
"Isala Zwolle" (town masked), "UZ Leuven", "Π.Γ.Ν. Πατρών", "東京大学医学部附属病院", "Sanatorio Güemes",
"Fundación Valle del Lili", the heading "Dienst Inwendige Geneeskunde" (as [ADDRESS]), labs "CRP 86 mg/l"
(as [NAME]) and "HbA1c 8,2 %" (as "[DEVICE],2 %"), the katakana drug "アモキシシリン 250mg", the file name
"extract_readmissions_2025Q2.csv". Partial: invoice numbers "FAC/623138/25" keep "FAC/", a Québec RAMQ
card keeps its letters "LDKU [ID]".

After the general rules it prompted the same day (pinned with values of our own in
tests/engine/test_generalisation_rules.py: plates after "reg"/"reg.nr"/"kenteken"; bare record numbers
with a leading zero; postcodes with a country letter ("H-3816"); a postcode before the town in a cell; a
street and number before a town the engine took; labs with lower-case compound units ("CRP 86 mg/l");
hospitals by their prefixes and suffixes ("UZ", "AZ", "MC", "Sanatorio", "Universitetshospital");
department words in letterheads; a mail's sender and a letter's closing in other scripts), seeds 1/2/3
measured 1.17% / 1.37% / 0.98% leaked (whole + partial 2.34% / 1.95% / 1.95%), over-masking 9.38% /
8.59% / 10.16%. Still over-masked: katakana and Hangul drug names, Japanese prose clauses, "Hope Ward",
the modal "Will".

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. The corpus's soundness (labels, check digits, reproducibility) and the independence of its
template kinds from probes 1-17 are checked too. Unlike the other probes, name words are not checked
against the engine's lexicon, its source or earlier probes: Faker's names are in the lexicon by
construction (it was built from Faker), which is the point of this probe.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap
from tests.engine.probe16 import ids as ids16
from tests.engine.probe18 import ids
from tests.engine.probe18.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe18.people import LOCALES
from tests.engine.probe18.run_probe import crashes, run

LEAK_CEILING = 0.03  # 1.17% (6/512) on seed 1 after the fixes (3.52% when written)
STRICT_CEILING = 0.04  # whole + partial: 2.34% (4.88% when written)
OVERMASK_CEILING = 0.11  # 9.38% (12/128) after the fixes (14.06% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"DATE", "PHONE", "ID", "HEALTH_PLAN", "EMAIL", "MRN", "ACCOUNT", "CREDENTIAL", "IP", "AGE"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# locales phigate.synthetic draws from (dev and held-out): this probe must use none of them
OWN_LOCALES = {
    "en_US", "en_GB", "de_DE", "es_ES", "fr_FR", "it_IT", "pl_PL", "vi_VN", "zh_CN", "en_IN", "yo_NG",
    "en_NG", "ha_NG", "pt_BR", "tr_TR",
}  # fmt: skip
# (type, locale) -> (shape, validator) of the identifiers with a check digit the corpus writes
SHAPES: dict[tuple[str, str], tuple[str, Callable[[str], bool]]] = {
    ("ID", "en_AU"): (r"8003 60\d\d \d{4} \d{4}", ids.luhn_valid),
    ("HEALTH_PLAN", "en_AU"): (r"\d{4} \d{5} \d", ids16.medicare_au_valid),
    ("ID", "en_NZ"): (r"[A-Z]{3}\d{4}", ids16.nhi_valid),
    ("ID", "en_IE"): (r"\d{7}[A-W]A?", ids16.ppsn_valid),
    ("ID", "en_CA"): (r"\d{3} \d{3} \d{3}", ids.luhn_valid),
    ("HEALTH_PLAN", "en_CA"): (r"\d{4} \d{3} \d{3} [A-Z]{2}", ids.luhn_valid),
    ("ID", "fr_CA"): (r"\d{3} \d{3} \d{3}", ids.luhn_valid),
    ("ID", "nl_NL"): (r"\d{9}", ids.bsn_valid),
    ("ID", "nl_BE"): (r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", ids.be_rrn_valid),
    ("ID", "sv_SE"): (r"\d{6}-\d{4}", ids.personnummer_valid),
    ("ID", "fi_FI"): (r"\d{6}[-A]\d{3}[0-9A-Y]", ids.hetu_valid),
    ("ID", "cs_CZ"): (r"\d{6}/\d{4}", ids.rodne_cislo_valid),
    ("ID", "sk_SK"): (r"\d{6}/\d{4}", ids.rodne_cislo_valid),
    ("ID", "ro_RO"): (r"\d{13}", ids.cnp_valid),
    ("ID", "hu_HU"): (r"\d{3} \d{3} \d{3}", ids.taj_valid),
    ("ID", "hr_HR"): (r"\d{11}", ids.oib_valid),
    ("ID", "bg_BG"): (r"\d{10}", ids.egn_valid),
    ("ID", "el_GR"): (r"\d{11}", ids.luhn_valid),
    ("ID", "ru_RU"): (r"\d{3}-\d{3}-\d{3} \d\d", ids.snils_valid),
    ("ID", "uk_UA"): (r"\d{10}", ids.rnokpp_valid),
    ("ID", "lt_LT"): (r"\d{11}", ids.lt_code_valid),
    ("ID", "de_AT"): (r"\d{4} \d{6}", ids.svnr_valid),
    ("ID", "de_CH"): (r"756\.\d{4}\.\d{4}\.\d\d", ids.ahv_valid),
    ("ID", "pt_PT"): (r"\d{9}", ids.nif_valid),
    ("ID", "es_MX"): (r"\d{11}", ids.luhn_valid),
    ("ID", "es_AR"): (r"2[07]-\d{8}-\d", ids.cuil_valid),
    ("ID", "ja_JP"): (r"\d{4} \d{4} \d{4}", ids.my_number_valid),
    ("ID", "ko_KR"): (r"\d{6}-\d{7}", ids.rrn_valid),
    ("ID", "th_TH"): (r"\d-\d{4}-\d{5}-\d\d-\d", ids.th_id_valid),
    ("ID", "he_IL"): (r"\d{9}", ids.luhn_valid),
    ("ID", "ar_SA"): (r"1\d{9}", ids.luhn_valid),
    ("ID", "fa_IR"): (r"\d{3}-\d{6}-\d", ids.melli_valid),
}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    assert sum(len(d.phi) for d in docs) >= 400 and sum(len(d.keep) for d in docs) >= 110
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(10 <= p <= 30 and 1 <= k <= 9 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID", "HEALTH_PLAN"}
    assert types >= {"ACCOUNT", "IP", "CREDENTIAL", "VEHICLE"}
    text = "".join(d.content for d in docs)
    for marker in (
        '"resourceType": "Bundle"',
        "Traceback (most recent call last)",
        "jdbc:mysql://",
        "DATABASE_URL=postgres://",
        "INSERT INTO patients",
        '"remote_addr"',
        "claude-3-5-sonnet",
    ):
        assert marker in text, marker
    every_seed = "".join(d.content for s in (1, 2, 3) for d in make_corpus(s))
    # own-language text in its own script: Greek, Cyrillic, Hebrew, Arabic, Hangul, kana/kanji, Thai
    for script in (
        r"[\u0370-\u03ff]",
        r"[\u0400-\u04ff]",
        r"[\u0590-\u05ff]",
        r"[\u0600-\u06ff]",
        r"[\uac00-\ud7af]",
        r"[\u3040-\u30ff\u4e00-\u9fff]",
        r"[\u0e00-\u0e7f]",
    ):
        assert re.search(script, every_seed), script
    assert re.search(r"name=(%[0-9A-F]{2})+", text)  # a percent-encoded name in a query string


def test_locales_are_outside_our_own_generator() -> None:
    """The Faker locales drawn are none of phigate.synthetic's, and the three seeds use most of ours."""
    used = {d.loc for s in (1, 2, 3) for d in make_corpus(s)}
    assert not used & OWN_LOCALES, sorted(used & OWN_LOCALES)
    assert set(LOCALES).isdisjoint(OWN_LOCALES)
    assert len(used) >= 30, sorted(used)


def test_kinds_are_not_in_earlier_probes() -> None:
    """No template kind of probes 1-17 is reused (name words, towns and streets are Faker's: see the
    module docstring)."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 18))]
    assert not earlier_probe_overlap(mods, kinds, set(), set(), set())


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid and encode what they should, so a checksum-aware detector is
    probed fairly."""
    rng = random.Random(18)
    for _ in range(200):
        born = date(1935, 1, 1) + timedelta(days=rng.randrange(365 * 70))
        female = rng.random() < 0.5
        pn = ids.personnummer(rng, born, female)
        assert ids.personnummer_valid(pn) and pn[:6] == f"{born:%y%m%d}" and (int(pn[9]) % 2 == 0) == female
        h = ids.hetu(rng, born, female)
        assert ids.hetu_valid(h) and h[:6] == f"{born:%d%m%y}" and (int(h[7:10]) % 2 == 0) == female
        rc = ids.rodne_cislo(rng, born, female)
        assert ids.rodne_cislo_valid(rc) and (int(rc[2:4]) > 50) == female
        assert ids.cnp_valid(ids.cnp(rng, born, female)) and ids.rrn_valid(ids.rrn(rng, born, female))
        assert ids.be_rrn_valid(ids.be_rrn(rng, born, female)) and ids.egn_valid(ids.egn(rng, born, female))
        assert ids.lt_code_valid(ids.lt_code(rng, born, female)) and ids.svnr_valid(ids.svnr(rng, born))
        assert ids.rnokpp_valid(ids.rnokpp(rng, born, female)) and ids.luhn_valid(ids.amka(rng, born, female))
        assert ids.bsn_valid(ids.bsn(rng)) and ids.oib_valid(ids.oib(rng)) and ids.nif_valid(ids.nif(rng))
        assert (
            ids.snils_valid(ids.snils(rng))
            and ids.th_id_valid(ids.th_id(rng))
            and ids.taj_valid(ids.taj(rng))
        )
        assert ids.ahv_valid(ids.ahv(rng)) and ids.cuil_valid(ids.cuil(rng, female)[1])
        assert ids.my_number_valid(ids.my_number(rng)) and ids.melli_valid(ids.melli(rng))
        assert ids.luhn_valid(ids.sin(rng)) and ids.luhn_valid(ids.teudat_zehut(rng))
        assert ids.luhn_valid(ids.sa_id(rng)) and ids.luhn_valid(ids.nss_imss(rng, born))
    # published example values, so the validators themselves are checked
    assert ids.hetu_valid("131052-308T") and not ids.hetu_valid("131052-308U")
    assert ids.personnummer_valid("811218-9876") and not ids.personnummer_valid("811218-9875")
    assert ids.bsn_valid("111222333") and not ids.bsn_valid("111222334")
    assert ids.oib_valid("69435151530") and not ids.oib_valid("69435151531")
    assert ids.snils_valid("112-233-445 95") and not ids.snils_valid("112-233-445 96")
    assert ids.svnr_valid("1237 010180") and not ids.svnr_valid("1238 010180")
    assert ids.egn_valid("7523169263") and not ids.egn_valid("7523169264")
    assert ids.melli_valid("006-774982-8") and not ids.melli_valid("006-774982-7")
    assert ids.cnp_valid("1800101221144") and not ids.cnp_valid("1800101221145")
    assert ids.taj_valid("111 111 110") and not ids.taj_valid("111 111 111")
    seen: set[tuple[str, str]] = set()
    for seed in (1, 2, 3):  # the identifiers in the corpus itself
        for d in make_corpus(seed):
            for type_, value in d.phi:
                shape = SHAPES.get((type_, d.loc))
                if shape and re.fullmatch(shape[0], value):
                    assert shape[1](value), (d.id, type_, value)
                    seen.add((type_, d.loc))
    assert len(seen) >= 25, sorted(set(SHAPES) - seen)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    """Every document is masked or refused with EngineError; none raises anything else."""
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, no leak in the types that had none when the probe was written, no new crash."""
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=400,
        min_keep=110,
        clean=CLEAN,
    )
