# ruff: noqa: E501  (CJK characters are counted double-width)
"""Regression guard for the seventy-eighth generalisation probe: health text from East Asia written in its own
scripts and languages -- Simplified Chinese (mainland), Traditional Chinese (Taiwan, Hong Kong), Japanese and
Korean -- with synthetic PHI planted in it. Kinds: discharge summary (出院小结; 退院時サマリー), referral letter
(診療情報提供書; 진료의뢰서), prescription (处方笺; 処方箋), nursing record (護理紀錄單; 간호기록지), lab report
(检验报告单; Hong Kong 化驗報告), insurance claim (高額療養費支給申請書; 실손의료보험 청구서), registration slip
(门诊挂号单; 접수증), death certificate (居民死亡医学证明（推断）书; 死亡診断書), family thread about a grandmother aged
90+ (WeChat; KakaoTalk), LINE thread (Japan, Taiwan), telemedicine note (互联网医院图文问诊; 通訊診察紀錄), EMR
export as CSV (mainland HIS; Korean EMR) and as JSON (Japanese 電子カルテ; Taiwanese upload), outpatient record
(門診病歷; Hong Kong 普通科門診), home-care order (訪問看護指示書; 방문간호지시서), check-up result
(健康診断結果通知表; 成人預防保健), surgical consent (Hong Kong 手術同意書; 수술동의서) and sick-leave / diagnosis
certificate (诊断证明书; 病假證明書): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe78.run_probe --seed N --brief`, with --json for the detail; engine at
commit 60a3c1e, `git status --short src/phigate/engine` empty before and after: no uncommitted engine edits),
36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     26.32% (179/680)    27.06% (184/680)    2.21% (7/317)
    2     25.63% (174/679)    26.22% (178/679)    2.52% (8/318)
    3     26.32% (179/680)    27.21% (185/680)    2.52% (8/318)

Seed 1 by type (leaked / values): NAME 127/187, LICENSE 14/19, HEALTH_PLAN 12/40, ADDRESS 9/47, ZIP 8/23, AGE
5/22, VEHICLE 3/3, DATE 1/124; none in PHONE (86), SSN (37), MRN (34), ID (25), EMAIL (10), URL (6), ACCOUNT
(6), IP (6), DEVICE (5). Seed 2: NAME 123, LICENSE 14, HEALTH_PLAN 12, ADDRESS 9, ZIP 6, AGE 5, VEHICLE 3, DATE
2; seed 3: NAME 125, LICENSE 13, HEALTH_PLAN 12, ADDRESS 10, ZIP 8, AGE 5, DATE 3, VEHICLE 3. By locale (seed 1,
all types): Japan 48/171, mainland 40/173, Korea 40/158, Taiwan 34/108, Hong Kong 17/70.
Worst kinds (seed 1): LINE thread 15/36, check-up result 13/32, surgical consent 12/33, family thread 10/33;
best: lab report 4/29, telemedicine note 6/34, home-care order 6/34, registration slip 7/33 (no kind clean).
What leaks (seed 1):
- NAME 127 of 187 (68%): the patient after 姓名：/ 患者：/ 氏名：/ 환자 성명: is mostly masked; everyone else is
  not -- clinicians and staff after their role labels ("主治医师：蒯杏芝　　住院医师：嵇铁柱", "审核药师：庹二妮", "检验者：宓荷花　　审核者：阚志刚",
  "医師氏名：渡会　ハル　（医籍登録番号 …）", "産業医：螺良　弥生　　保健師：猪股　登美", "담당 의사: 하칠복", "설명 의사: 음판석", "護理師 顏添丁",
  "醫師：侯秀鳳（醫師證書 …）", "麻醉科醫生：勞婉婷"), relatives in brackets ("家属母亲（岑丽娟，over 89）", "父（瑞慶覧寅吉、over 89）",
  "父親（莊志明，94歲）", "아버지 사재룡(over 89)"), senders of chat lines ("巧云 19:02", "10:02 小夜　…", "09:14 顏淑惠
  …", "[인보람]"-style brackets were masked, names inside the messages not: "요양보호사 하귀남 선생님"), surname +
  honorific ("东方医生", "螺良先生", "莊醫師", "簡小姐"), every name of the CSV rows (12 of 12, and both
  exporters: "[ID],訾诗涵,女,39岁,…") and the JSON names and readings ("name":"粟野　巌", "kana":"アワノ イワオ",
  "nameRoman":"AWANO IWAO"), a Japanese name with an ideographic space (21 of 31 leak: "主治医：古謝　里子"),
  passport romanisations ("MA CHILBOK", "MI QIUSHENG").
- LICENSE 14 of 19: physicians' and pharmacists' numbers after 医籍登録番号, 薬剤師名簿登録番号, 면허번호, 醫師證書 / 證書字號,
  MCHK (Reg. No.) and a pharmacist's "P44817"; the mainland 执业证书编码 (15-16 digits) were masked as
  [ID].
- HEALTH_PLAN 12: every Japanese 被保険者証 記号・番号 ("記号・番号：5036・6153", "記号：8583　番号：154", "XY897" /
  "364" in JSON); 保険者番号, 健保卡號, 医保卡号 and 건강보험증번호 were masked (often as [PHONE] or [ID]).
- ADDRESS 9: a town alone after 籍贯 / 本籍 / 老家 ("籍贯：邛崖市", "本籍：芦ヶ谷町", "老家：沅渡县"), whole
  addresses after labels the engine does not know ("家属住址或工作单位：江西省瑶里镇…", "死亡したところの住所：…",
  "先回阿嬤家：臺中市鹿寮區…", "通訊地址：831557 高雄市…", "聯絡地址：九龍石鼓壟…", "病人地址：香港島…"). ZIP 8:
  Korean 우편번호 in brackets or a CSV column ("주소: (51348) …", ",13685,") and a Taiwanese 6-digit code before
  the address. AGE 5: Taiwanese and Hong Kong "9x歲" ("年齡：90歲", "（92歲）", "父親（巫添丁，94歲）"); "岁", "歳"
  and "세" were generalised to "over 89". VEHICLE 3 of 3: "湘X·2C748", "大宮 134 よ 77-02", "80마 7840". DATE 1:
  a Minguo date "檢查日期：113年6月4日" (others written so were masked).
Partial (seed 1, 5): the legal-dong 참고항목 of four Korean addresses ("… 1203호 (새봄동)": the street part masked,
"(새봄동)" kept) and the last group "528" of a 19-digit UnionPay card written in groups of four.
Over-masking (seed 1, 7 of 317): a Hong Kong lab report whose Traditional Chinese labels and values became
[NAME] (4: the hospital heading "東涌灣醫院　化驗報告", "年齡：66歲" -> "年[NAME]：66[NAME]", the diagnosis "膽囊結石",
the clinic "石鼓壟普通科門診診所" as an [ADDRESS]), two hospitals (a Taiwanese LINE line from its time to the MRN
taken as one [ADDRESS], "彰南基督教醫院" as the JSON's "hosp_name" -> [NAME]) and a Japanese age under 90 swallowed with the
era date before it ("S32.5.9　67歳" -> "[DATE]"). Seeds 2 and 3: 8 each. Kept everywhere else: drugs and doses
in Chinese, Japanese katakana and Korean, lab values, ICD-10 codes, diagnoses, departments, hospitals, insurers,
regulations and form numbers (《处方管理办法》, 醫師法第11條, 별지 제9호의2서식), prefectures alone, years alone,
ages under 90.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility; every PHI value meets a non-letter on both sides, so a survival is scorable next to Han, kana
and Hangul), that it is East Asian health text in its own scripts (居民身份证 ISO 7064 MOD 11-2, 國民身分證, HKID,
マイナンバー, 保険者番号, 주민등록번호 / 외국인등록번호 valid under their check-character rules; era, full-width,
Minguo and Korean dates; honorifics, katakana readings and passport romanisations; ages 90+ with the age word;
the trade's keep values), and independence from probes 1-76 but 74, which has no corpus (template kinds; name
words, towns and streets of their people tables with the kit's check; no name word in any string of those
tables -- run before the measurement). 19 of the probe's 266 name words are in the engine's Python-Faker name
lists (`in_engine_lexicon`: romanisations such as "atsushi", "kan", "mio", "sima", "yoichi"); the CJK names,
mostly of two or three characters, are not compared. ENGINE_WORDS_BEFORE pins the name words that were already
words of the engine's code when the probe was written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe78 import ids, people
from tests.engine.probe78.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe78.run_probe import crashes, run

LEAK_CEILING = 0.28  # first: 26.32% (179/680)
STRICT_CEILING = 0.29  # whole + partial; first: 27.06% (184/680)
OVERMASK_CEILING = 0.04  # first: 2.21% (7/317)
CLEAN = {"PHONE", "SSN", "MRN", "ID", "EMAIL", "URL", "ACCOUNT", "IP", "DEVICE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 77) if i != 74)]


def _name_words() -> set[str]:
    return name_words([s for table in people.NAMES.values() for part in table for e in part for s in e if s])


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


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_east_asian_health_text() -> None:
    """Every locale in its own script; national identifiers and insurer numbers valid under their check-character
    rules (居民身份证, 國民身分證, HKID, マイナンバー, 保険者番号, 주민등록번호 / 외국인등록번호); Japanese era dates,
    full-width digits, Minguo dates and Korean dates; names surname first with honorifics, katakana readings and
    passport romanisations; ages 90+ with the age word; the trade's keep values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "身份证号": (r"\d{17}[\dX]", ids.cn_resident_id_ok),
        "身分證統一編號": (r"[A-Z][12]\d{8}", ids.tw_national_id_ok),
        "HKID": (r"[A-Z]{1,2}\d{6}\([\dA]\)", ids.hkid_ok),
        "個人番号|マイナンバー）|myNumber\"": (r"[\d ]{12,14}", ids.my_number_ok),
        "(?<!被)保険者番号": (r"\d{8}", ids.insurer_number_ok),
        "주민등록번호|주민번호": (r"\d{6}-\d{7}", ids.rrn_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    assert any(t == "SSN" and v[7] in "5678" for t, v in values if re.fullmatch(r"\d{6}-\d{7}", v))  # 외국인등록번호
    dates = [v for t, v in values if t == "DATE"]
    for pattern in (r"(令和|平成|昭和|大正)\d+年\d+月\d+日", r"[RHST]\d+\.\d+\.\d+", r"(令和|平成|昭和|大正)[０-９]+年[０-９]+月[０-９]+日",
                    r"1\d\d年\d+月\d+日", r"\d{4}년 \d+월 \d+일", r"\d{4}\. \d+\. \d+\.", r"\d{4}年\d+月\d+日"):  # fmt: skip
        assert sum(bool(re.fullmatch(pattern, v)) for v in dates) >= 5, pattern
    names = [v for t, v in values if t == "NAME"]
    honorifics = ("様", "님", "女士", "先生", "小姐", "さん", "씨", "医生", "醫師", "阿姨", "师傅")
    assert sum(v.endswith(honorifics) for v in names) >= 20
    assert sum(bool(re.fullmatch(r"[ァ-ヶー]+ [ァ-ヶー]+", v)) for v in names) >= 10  # katakana readings
    assert sum(bool(re.fullmatch(r"[A-Z]+ [A-Z]+", v)) for v in names) >= 6  # passport romanisation
    ages = [v for t, v in values if t == "AGE"]
    assert len(ages) >= 40 and all(re.fullmatch(r"(9\d|1\d\d)(岁|歲|歳|세)", v) for v in ages)
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"[A-Z]\d\d(\.\d)?", k)) for k in keeps) >= 10  # ICD-10
    assert sum(bool(re.fullmatch(r"[1-8]?\d(岁|歲|歳|세)", k)) for k in keeps) >= 30  # ages under 90
    assert sum(bool(re.fullmatch(r"(19|20)\d\d(年|년)", k)) for k in keeps) >= 15  # years alone
    assert {"《处方管理办法》", "醫師法第11條", "별지 제9호의2서식", "保険医療機関及び保険医療養担当規則"} <= keeps
    text = "\n".join(d.content for d in docs)
    marks = ("出院小结", "退院時サマリー", "診療情報提供書", "진료의뢰서", "处方笺", "護理紀錄單", "간호기록지", "死亡診断書",
             "居民死亡医学证明", "訪問看護指示書", "방문간호지시서", "病假證明書", "〒")  # fmt: skip
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-76 (but 74, which has no corpus), no name word, town or street of their
    people tables (the kit's check); no name word in any string of those tables (stricter: names kept in other
    shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g[0] for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x[0] for *_, fam in people.NAMES.values() for x in fam}) >= 100


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


ENGINE_WORDS_BEFORE = {"mio", "nie", "que"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
