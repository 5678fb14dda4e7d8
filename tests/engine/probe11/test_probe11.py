"""Regression guard for the eleventh generalisation probe: rates may only get better than when it was written.

First measurement (engine as of the working tree shared with the lead when the probe was written; before
any fix prompted by this probe), 64 documents in 32 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial   over-masking
    1     17.43% (129/740)    19.86%            11.41% (34/298)
    2     16.87% (125/741)    20.11%            12.75% (38/298)
    3     17.30% (128/740)    20.00%            12.08% (36/298)

Seed 1 by type: NAME 51/140, ADDRESS 25/128, DATE 16/140, ZIP 15/60, MRN 14/66, ID 4/36, AGE 4/8; none in
PHONE, HEALTH_PLAN, SSN, ACCOUNT, DEVICE, IP, EMAIL, CREDENTIAL, LICENSE (partly masked: Brazilian
"9xxxx-xxxx" mobiles keep their first three digits, RAMQ numbers their four letters, "MRN-" ids their
prefix). Worst kinds: the VistA global dump (12 of 24: "FAMILY,GIVEN" in ^DPT(dfn,0) and the "B" index,
the NOK in .21, FileMan internal birth dates such as 2631008, the town and ZIP between carets, and the
DFN itself), romanised Japanese (10/26: "Family Given san", era dates "Showa 7-nen 12-gatsu 9-nichi",
"11-gatsu 5-nichi", "91 sai"), Mandarin pinyin (10/24: "1970 nian 10 yue 24 ri", "2 yue 20 hao", the
sender's name, "youbian 514352"), Persian prose (10/26: names after آقای/خانم and فرزند, Persian-digit
ages, town and street, while the Persian-digit dates and phones are masked), Egyptian Arabizi (8/24:
"24 share3 el-madares el-2adim", "22/10", the ZIP, the sender), the Airflow log (8/22: names, towns
and ZIPs as Python tuple items). Elsewhere: sender names at the start of chat lines (Taglish, Pidgin,
pinyin, Arabizi), names in an S3 key "Family_Given_1937_referral.pdf", Indonesian, Polish and Quebec
prose names ("Tn. Karyadi Purnomo", "Pacjentka Stanisława Jabłońska", "Pte Gervaise Pomerleau"),
seven-digit MRNs after "Exp.", "prontuário", "Cartella n.", "Protokol no", "Nr księgi gł.", "PID", FHIR
logical ids "pt-...", towns right before "adresinde" (Turkish) or in a commit subject, Swiss "12.3.25"
dates, uppercase FileMan names and towns. Nothing leaks from the Hinglish chat, Kafka Connect, GCP
logging, the KQL grid, the MySQL general log or the HL7 MDM. Over-masking: ticket keys (EHR-4821,
OPS-2140), "Sent: Tuesday", local eponyms ("sindrome di Sjögren", "choroba Hashimoto", "syndrome de
Raynaud"), hospital and department names in romanised chat ("SGPGI Lucknow", "Xiehe Yiyuan", "BV Bach
Mai", "khoa Cap cuu", "Santa Casa", "Notfallstation", "Hôtel-Dieu de Lévis"), brand drugs ("Ecosprin 75")
and weekdays ("Peer", "thu Nam").

After that measurement one corpus slip was corrected (no rate was re-measured to set the ceilings):
a Japanese era date before 25 Dec 1926 is now written in Taisho, not "Showa 0-nen" (the engine
leaked both forms: seeds 1-3 gave the same figures again).

After the general rules it prompted the same day (pinned with values of our own in
tests/engine/test_generalisation_rules.py: a chat transcript's speakers; a town and postcode after an
address's numbered part; record-number words with no separator ("Exp.", "prontuário", "PID", "No dossier");
honorifics and person labels in more languages (Tn./Ny., Pte, PJ, Pacjent, répondant, kanja); a label word
inside a name's run; romanised Japanese and Chinese dates and ages; Persian ages; the disease word before
an eponym ("sindrome di Sjögren", "choroba Hashimoto"); hospital words (Yiyuan, Notfallstation,
Hôtel-Dieu); issue keys after "logged under" or leading a commit subject; the weekday of "Sent: Tuesday,
<date>" kept), seeds 1/2/3 measured 10.14% / 10.39% / 10.95% leaked (whole + partial 12.57% / 13.63% /
13.65%), over-masking 6.38% / 8.39% / 7.38%. Then VistA globals and FileMan output, file and object keys
named after the patient, Persian titles: seed 1 6.62% leaked (whole + partial 9.19%). A later session (e-mail
display names, a name before a phone number or "(MR#", MR# as a record cue, the patient's FHIR logical id,
chat phone cues such as "zap"/"liga", "#" house numbers and Mexican street words, pinyin "<n> hao" and
"youbian", Persian streets and "resident of"): seeds 1/2/3 3.38% / 4.05% / 4.59% leaked (whole + partial
5.00% / 6.61% / 6.89%). Still leaking: Arabizi addresses and dates, names in Python tuples of task logs,
villages after "adresinde", Indonesian RT/RW addresses, d.m.yy dates after words no date list holds.

Ceilings: the seed-1 rates after those fixes rounded up to the next whole percent plus one point; lower
them as the engine improves. The corpus's soundness (labels, check digits, calendars, reproducibility) and its
independence from the engine's word lists and source and from probes 1-10 are checked too, so a broken
or recycled corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    engine_overlap,
    in_engine_lexicon,
    people_name_words,
)
from tests.engine.probe11 import ids, people
from tests.engine.probe11.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe11.run_probe import crashes, run

LEAK_CEILING = 0.05  # 3.38% (25/740) on seed 1 after the fixes (17.43% when written)
STRICT_CEILING = 0.07  # whole + partial: 5.00% (19.86% when written)
OVERMASK_CEILING = 0.08  # 6.38% (19/298) after the first fixes (11.41% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"PHONE", "HEALTH_PLAN", "SSN", "ACCOUNT", "DEVICE", "IP", "EMAIL", "CREDENTIAL", "LICENSE"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
FA_TO_LATIN = str.maketrans(people.FA_D, people.D)
# the national identifiers each language kind carries: (label type, validator)
KIND_IDS: dict[str, list[tuple[str, Callable[[str], bool]]]] = {
    "hi_hinglish_whatsapp_family": [("ID", ids.verhoeff_valid)],
    "ja_romaji_renraku_memo": [("ID", ids.mynumber_valid)],
    "zh_pinyin_wechat": [("ID", ids.cn_id_valid)],
    "pt_br_whatsapp_zap": [("ID", ids.cpf_valid), ("HEALTH_PLAN", ids.cns_valid)],
    "es_mx_sms_recordatorio": [("ID", ids.curp_valid), ("SSN", ids.luhn_valid)],
    "it_diario_clinico_prosa": [("ID", ids.cf_valid)],
    "pl_wpis_obserwacji_prosa": [("ID", ids.pesel_valid)],
    "tr_hasta_seyir_prosa": [("ID", ids.tc_valid)],
    "fa_sharh_hal_prosa": [("ID", lambda v: ids.ir_code_valid(v.translate(FA_TO_LATIN)))],
    "gsw_verlaufseintrag_prosa": [("SSN", ids.ahv_valid)],
}


def _towns() -> set[str]:
    return {t for r in people.PLACES.values() for t, _, _ in r.towns}


def _streets() -> set[str]:
    return {s for r in people.PLACES.values() for s in r.streets}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 64 and len({d.kind for d in docs}) == 32
    assert sum(len(d.phi) for d in docs) >= 600 and sum(len(d.keep) for d in docs) >= 230
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(6 <= p <= 13 and 3 <= k <= 6 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    kinds = {d.kind for d in docs}
    assert {
        "hi_hinglish_whatsapp_family",
        "arz_arabizi_messenger",
        "zh_pinyin_wechat",
        "fa_sharh_hal_prosa",
    } <= kinds
    assert {
        "vista_mumps_global_dump",
        "cds_hooks_patient_view",
        "es_bulk_ndjson_body",
        "hl7_mdm_t02_tx_report",
    } <= kinds
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ID"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "IP", "CREDENTIAL", "LICENSE", "DEVICE"}
    text = "".join(d.content for d in docs)
    assert re.search(r"[a-z][237][a-z]", text)  # Arabizi: 3 for ain, 7 for ha, 2 for hamza
    assert re.search(r"\d+ nian \d+ yue \d+ ri", text) and re.search(r"(Showa|Taisho|Heisei) \d+-nen", text)
    assert any(c in people.FA_D for c in text) and "^DPT(" in text and "-----Original Message-----" in text
    assert '"payload": {"before": null' in text and '"Records": [' in text and "||MRN||Name||" in text
    assert "MDM^T02" in text and '"jsonPayload"' in text and "QuestionnaireResponse" in text


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a quarter of the name words may be in the engine's name lists
    (measured when written: 5 of 311)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 240
    assert len(inside) <= 0.25 * len(words), sorted(inside)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    overlap = engine_overlap(people_name_words(people.NAMES), _towns() | _streets())
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_ten_probes() -> None:
    """No template kind, name word, town or street of probes 1-10 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 11))]
    overlap = earlier_probe_overlap(mods, kinds, people_name_words(people.NAMES), _towns(), _streets())
    assert not overlap, sorted(overlap)


def test_calendars_are_converted_correctly() -> None:
    """Solar hijri new years (Nowruz) and the Japanese era boundaries, from the published calendars."""
    assert people.jalali(date(2024, 3, 20)) == (1403, 1, 1) and people.jalali(date(2025, 3, 21)) == (
        1404,
        1,
        1,
    )
    assert people.jalali(date(2024, 3, 19)) == (1402, 12, 29) and people.jalali(date(1979, 2, 11)) == (
        1357,
        11,
        22,
    )
    assert people.japanese_era(date(1962, 8, 15)) == "Showa 37-nen 8-gatsu 15-nichi"
    assert people.japanese_era(date(1989, 1, 8)).startswith("Heisei 1-nen")
    assert people.japanese_era(date(1989, 1, 7)).startswith("Showa 64-nen")
    assert people.japanese_era(date(2019, 5, 1)).startswith("Reiwa 1-nen")
    assert people.japanese_era(date(1926, 12, 24)).startswith("Taisho 15-nen")


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid and encode what they should, so a checksum-aware detector is
    probed fairly."""
    rng = random.Random(11)
    for _ in range(200):
        born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
        female = rng.random() < 0.5
        assert ids.cpf_valid(ids.cpf(rng)) and ids.tc_valid(ids.tc(rng)) and ids.ahv_valid(ids.ahv(rng))
        assert ids.ir_code_valid(ids.ir_code(rng)) and ids.mynumber_valid(ids.mynumber(rng))
        assert ids.cns_valid(ids.cns(rng)) and ids.verhoeff_valid(ids.aadhaar(rng))
        p = ids.pesel(rng, born, female)
        assert ids.pesel_valid(p) and p[4:6] == f"{born:%d}" and (int(p[9]) % 2 == 0) == female
        c = ids.curp(rng, "Xitlali", "Tlapale", "Cuautle", born, female)
        assert ids.curp_valid(c) and c[:4] == "TACX" and c[4:10] == f"{born:%y%m%d}" and c[10] in "HM"
        cf = ids.codice_fiscale("Capuozzo", "Immacolata", born, female, "F491")
        assert ids.cf_valid(cf) and cf[:6] == "CPZMCL" and int(cf[9:11]) == born.day + (40 if female else 0)
        assert ids.luhn_valid(ids.nss(rng, born)) and ids.npi_valid(ids.npi(rng))
    # published example values, so the validators themselves are checked
    assert ids.cpf_valid("529.982.247-25") and not ids.cpf_valid("529.982.247-26")
    assert ids.curp_valid("HEGG560427MVZRRL04") and not ids.curp_valid("HEGG560427MVZRRL05")
    assert ids.pesel_valid("44051401359") and not ids.pesel_valid("44051401358")
    assert ids.tc_valid("10000000146") and not ids.tc_valid("10000000147")
    assert ids.cf_valid("RSSMRA85T10A562S") and not ids.cf_valid("RSSMRA85T10A562T")
    assert ids.codice_fiscale("Rossi", "Mario", date(1985, 12, 10), False, "A562") == "RSSMRA85T10A562S"
    assert ids.ahv_valid("756.9217.0769.85") and not ids.ahv_valid("756.9217.0769.84")
    assert ids.ir_code_valid("0499370899") and ids.mynumber_valid("123456789018")
    seen: set[str] = set()
    for d in make_corpus(1):  # the identifiers in the corpus itself
        for type_, value in d.phi:
            for want, valid in KIND_IDS.get(d.kind, []):
                if type_ == want:
                    assert valid(value), (d.id, value)
                    seen.add(f"{d.kind}:{want}")
            if type_ == "LICENSE":
                assert ids.npi_valid(value), (d.id, value)
    assert seen == {f"{k}:{t}" for k, checks in KIND_IDS.items() for t, _ in checks}


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
        min_phi=600,
        min_keep=230,
        clean=CLEAN,
    )
