"""Regression guard for the fourteenth generalisation probe (the most spoken languages, in their own
scripts): rates may only get better than when it was written.

First and only measurement (engine as of the working tree shared with the lead on 2026-11-26, before any
fix prompted by this probe; measured once, as soon as the corpus was complete), 56 documents in 28 kinds
per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial   over-masking
    1     17.01% (99/582)    18.73%            5.41% (17/314)
    2     16.95% (99/584)    19.35%            4.78% (15/314)
    3     16.98% (99/583)    18.70%            4.14% (13/314)

Seed 1 by type: NAME 56/122, DATE 16/132, ADDRESS 10/76, ZIP 8/28, MRN 5/28, HEALTH_PLAN 2/38, AGE 2/2;
none in ID (52), PHONE (102), EMAIL (2). Partly masked (seed 1): Argentine "piso 8 dto. B" and
Portuguese "n.º 100, 1.º Dto." tails of a masked street, "Aldeia do" of a town, Thai "บ้านเลขที่ ..
ตำบล.. อำเภอ.." around a masked หมู่, Indonesian "RW 001, .., Kec. Wonolopo", the four name letters of a
RAMQ number ("BEAW 6212 1682" -> "BEAW [ID]"); seed 2 also a Thai ID ("1 2031 53407 34 3" keeps "2031").
Worst kinds (seed 1): the KakaoTalk guardian thread (10 of 14: the sender display name "[국덕배]", the
patient before "환자 보호자입니다", a birth date "1937. 6. 10. 입니다", "3월 1일 예약", a road-name
address before "로 수정"), the Japanese 紹介状 (8 of 24: the katakana reading in brackets, the key
person "長女　蓮見　登美代　様", era dates 令和7年5月6日 and full-width 令和７年４月１５日), the Korean
진료의뢰서 (dates "2025. 6. 21.", the guardian "보호자 편순자(딸)", a postcode "(우 52763)") and the
Chinese HIS JSON (8 of 20: "xm", "jtzz", "yzbm" values with pinyin-initial keys). Also: every
mainland-Chinese address (江西省青峦市栖梧区...室) and 邮编, WeChat dates "8月25日", an MRN after
"住院号：" or "NHC:", relatives after "Familiar responsable:", "Accompagnato da", "Cuidador(a)
principal:", "साथ में:", "অভিভাবক:", "ولدیت / زوجیت:", "ہنگامی رابطہ:", "المرافق:", "ญาติ", "Người nhà:",
"緊急聯絡人：", an Egyptian "أنا <name>، ابن الحاجة <name>", Thai "ชื่อ-สกุล" names, an upper-case
Vietnamese "Họ tên người bệnh:" name, an Austrian "Patient/in: FAMILY Given", a Quebec "Usager :
<name>", Russian "полных лет: 97" (AGE) and "получила: Кочеткова З. А.", a Senegalese "IPM/4911/15", a
Mexican "C.P. 74735", a Quebec street before the town. Nothing leaks from the Turkish epikriz and NDJSON,
the Indonesian surat rujukan or the Japanese Spring log. Over-masking (seed 1): hospitals named after
people or places ("Hospital General Dr. Manuel Gea González", "RSUP Dr. Sardjito", "Complejo Asistencial
de Ávila", "Bệnh viện Hữu nghị Đa khoa Nghệ An"), department names after "科室：", "科別：" and "tại"
("心内科", "胸腔內科", "Khoa Nội tổng hợp", "Jantung dan Pembuluh Darah"), Russian and Vietnamese lab
values masked as ADDRESS ("Креатинин 134 мкмоль/л", "Bạch cầu 14,2 G/l").

After the general rules it prompted the same day (pinned with values of our own: a relative named with
the relation in brackets in any script (relatives.py); Chinese, Japanese and Korean addresses, era,
month-day and dotted dates, postcodes and record numbers after their labels, names before honorifics or
the word for patient, kana readings, chat senders (east_asian.py); Korean titles are no names; Russian
surname + initials and age labels; Arabic "I am ..."/"son of ..."; Urdu parentage labels; Thai labels
followed by a space; Vietnamese, Quebec and Austrian name labels; NHC and C.P.; name keys in other
languages and pinyin-initial JSON keys; names in caseless scripts under name keys; non-Latin words are
names inside Latin text only on lines with Latin words), seeds 1/2/3 measured 1.20% / 1.37% / 1.72%
leaked (whole + partial 2.58% / 3.42% / 3.09%), over-masking 5.73% / 5.73% / 4.14%. Still leaking: a
Senegalese IPM number, an Argentine "19/9 a las 10:30", an Emirati file number label, a Quebec rural
"rang" address.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. The corpus's soundness (labels, check digits, scripts, reproducibility) and its independence
from the engine's word lists and source and from probes 1-12 are checked too, so a broken or recycled
corpus cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    engine_overlap,
    in_engine_lexicon,
    name_words,
    people_name_words,
)
from tests.engine.probe14 import ids, people
from tests.engine.probe14.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe14.run_probe import crashes, run

LEAK_CEILING = 0.03  # 1.20% (7/582) on seed 1 after the fixes (17.01% when written)
STRICT_CEILING = 0.04  # whole + partial: 2.58% (18.73% when written)
OVERMASK_CEILING = 0.07  # 5.73% (18/314) after the fixes (5.41% when written)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {"ID", "PHONE", "EMAIL"}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# the checksummed identifiers each kind carries: (label type, validator)
KIND_IDS: dict[str, list[tuple[str, Callable[[str], bool]]]] = {
    "mx_nota_ingreso_urgencias": [("ID", ids.curp_valid), ("HEALTH_PLAN", ids.luhn_ok)],
    "ar_whatsapp_turno_consultorio": [("ID", ids.cuil_valid)],
    "es_informe_alta_hospitalaria": [("ID", ids.dni_es_valid)],
    "pt_carta_referenciacao_usf": [("ID", ids.nif_valid)],
    "at_laborbefund_zuweisung": [("ID", ids.svnr_valid)],
    "it_verbale_pronto_soccorso": [("ID", ids.cf_valid)],
    "cn_chuyuan_xiaojie": [("ID", ids.cn_id_valid)],
    "cn_wechat_suifang_qun": [("ID", ids.cn_id_valid)],
    "cn_his_api_json_response": [("ID", ids.cn_id_valid)],
    "tw_menzhen_bingli": [("ID", ids.tw_id_valid)],
    "jp_spring_boot_error_log": [("ID", ids.mynumber_valid)],
    "kr_jinryo_uiroeseo": [("ID", ids.rrn_valid)],
    "ae_shahadat_ijaza_maradiya": [("ID", ids.emirates_valid)],
    "hi_opd_parchi": [("ID", ids.verhoeff_ok)],
    "ru_vypiska_statsionar": [("ID", ids.snils_valid)],
    "tr_epikriz_servis": [("ID", ids.tckn_valid)],
    "tr_enabiz_ndjson_export": [("ID", ids.tckn_valid)],
    "th_bai_song_tua": [("ID", ids.thai_id_valid)],
}
# scripts the corpus must hold (a probe of the most spoken languages that lost one would be weaker)
SCRIPTS = [
    "CJK UNIFIED",
    "HIRAGANA",
    "KATAKANA",
    "HANGUL",
    "ARABIC",
    "DEVANAGARI",
    "BENGALI",
    "CYRILLIC",
    "THAI",
]


def _words() -> set[str]:
    return people_name_words(people.NAMES) | name_words([m for f, m in people.MIDDLE.values() for m in f + m])


def _latin(words: set[str]) -> set[str]:
    return {w for w in words if all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in w)}


def _towns() -> set[str]:
    return {str(t[0]) for r in people.PLACES.values() for t in r["towns"]}


def _streets() -> set[str]:
    return {str(s) for r in people.PLACES.values() for s in r["streets"]} | set(
        people.PLACES["mx"]["colonias"]
    )


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 56 and len({d.kind for d in docs}) == 28
    assert sum(len(d.phi) for d in docs) >= 550 and sum(len(d.keep) for d in docs) >= 300
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(7 <= p <= 14 and 1 <= k <= 8 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    assert len({d.loc for d in docs}) == 22
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "ID", "HEALTH_PLAN"}
    text = "".join(d.content for d in docs)
    names = {unicodedata.name(c, "") for c in text}
    assert all(any(n.startswith(s) for n in names) for s in SCRIPTS), SCRIPTS
    assert re.search(r"令和[0-9元]+年", text) and re.search(
        r"[０-９]{3}－[０-９]{4}", text
    )  # era, full-width
    assert re.search(r"民國\d+年", text) and re.search(r"\b1\d\d/\d\d/\d\d\b", text)  # Minguo years
    assert re.search(r"25[6-7]\d", text) and re.search("[๐-๙]{2}", text)  # Buddhist era, Thai digits
    assert re.search("[٠-٩]{6}", text) and re.search("[০-৯]{4}", text) and re.search("[०-९]{4}", text)
    assert re.search(r"〒[０-９]", text) and re.search(r"\d+번길 \d+", text)  # 〒, Korean road address
    assert re.search(r"[a-zđ]*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text)  # Vietnamese


def test_names_are_outside_the_engine_lexicon() -> None:
    """The held-out case: no Latin-script name word is in the engine's first/last-name lists, and no
    other one either (measured when written: 0 of 339)."""
    words = _words()
    assert len(words) >= 300 and len(_latin(words)) >= 150
    assert in_engine_lexicon(words) == set()


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions), and no town is in its city list: the engine was not tuned
    on this corpus."""
    from phigate.engine import lexicon
    from phigate.engine.normalize import fold_token

    assert not engine_overlap(_words(), _towns() | _streets())
    assert not {t for t in _towns() if fold_token(t) in lexicon.cities()}


def test_corpus_shares_nothing_with_the_first_twelve_probes() -> None:
    """No template kind, name word, town or street of probes 1-12 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 13))]
    overlap = earlier_probe_overlap(mods, kinds, _words(), _towns(), _streets())
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid and encode what they should, so a checksum-aware detector is
    probed fairly; published example values check the validators themselves."""
    rng = random.Random(14)
    for _ in range(200):
        born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
        female = rng.random() < 0.5
        c = ids.curp(rng, "Tecuapacho", "Xolalpa", "Quetzalli", born, female)
        assert ids.curp_valid(c) and c[4:10] == f"{born:%y%m%d}" and c[10] == ("M" if female else "H")
        assert ids.cuil_valid(ids.cuil(rng, ids.dni_ar(rng), female)) and ids.dni_es_valid(ids.dni_es(rng))
        assert ids.nif_valid(ids.nif(rng)) and ids.luhn_ok(ids.nss(rng, born))
        s = ids.svnr(rng, born)
        assert ids.svnr_valid(s) and s[5:] == f"{born:%d%m%y}"
        cf = ids.codice_fiscale(rng, "Iannaccone", "Gennarino", born, female)
        assert ids.cf_valid(cf) and int(cf[9:11]) == born.day + (40 if female else 0)
        cn = ids.cn_id(rng, "360302", born, female)
        assert (
            ids.cn_id_valid(cn) and cn[6:14] == f"{born:%Y%m%d}" and int(cn[16]) % 2 == (0 if female else 1)
        )
        assert ids.tw_id_valid(ids.tw_id(rng, female)) and ids.mynumber_valid(ids.mynumber(rng))
        r = ids.rrn(rng, born, female)
        assert ids.rrn_valid(r) and r[:6] == f"{born:%y%m%d}"
        assert ids.emirates_valid(ids.emirates_id(rng, born)) and ids.verhoeff_ok(ids.aadhaar(rng))
        assert ids.snils_valid(ids.snils(rng)) and ids.tckn_valid(ids.tckn(rng))
        assert ids.thai_id_valid(ids.thai_id(rng))
    assert ids.curp_valid("HEGG560427MVZRRL04") and not ids.curp_valid("HEGG560427MVZRRL05")
    assert ids.cuil_valid("20-12345678-6") and not ids.cuil_valid("20-12345678-9")
    assert (
        ids.dni_es_valid("12345678Z") and ids.dni_es_valid("X1234567L") and not ids.dni_es_valid("12345678A")
    )
    assert ids.nif_valid("123456789") and not ids.nif_valid("123456780")
    assert ids.svnr_valid("1237 010180") and not ids.svnr_valid("1238 010180")
    assert ids.cf_valid("RSSMRA85T10A562S") and not ids.cf_valid("RSSMRA85T10A562T")
    assert ids.cn_id_valid("11010519491231002X") and not ids.cn_id_valid("110105194912310021")
    assert ids.tw_id_valid("A123456789") and not ids.tw_id_valid("A123456788")
    assert ids.mynumber_valid("123456789018") and not ids.mynumber_valid("123456789019")
    assert (
        ids.emirates_valid("784-1968-6570305-0") and ids.verhoeff_ok("2363") and not ids.verhoeff_ok("2364")
    )
    assert ids.snils_valid("112-233-445 95") and not ids.snils_valid("112-233-445 96")
    assert ids.tckn_valid("10000000146") and not ids.tckn_valid("10000000147")
    seen: set[str] = set()
    for d in make_corpus(1):  # the identifiers in the corpus itself
        for type_, value in d.phi:
            for want, valid in KIND_IDS.get(d.kind, []):
                if type_ == want:
                    assert valid(value), (d.id, value)
                    seen.add(f"{d.kind}:{want}")
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
        min_phi=550,
        min_keep=300,
        clean=CLEAN,
    )
