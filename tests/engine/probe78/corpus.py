# ruff: noqa: E501  (hand-aligned templates; full-width and CJK characters are intended)
"""Seventy-eighth independent probe corpus: health text from East Asia written in its own scripts and
languages -- Simplified Chinese (mainland), Traditional Chinese (Taiwan, Hong Kong), Japanese and Korean --
the way hospitals, clinics, pharmacies, insurers, registries, EMR exports and families write it, with
synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a discharge summary (出院小结; 退院サマリー), a referral
letter (診療情報提供書; 진료의뢰서), a prescription (处方笺; 処方箋), a nursing record (護理紀錄; 간호기록지), a lab
report (检验报告单; 化驗報告), an insurance claim (高額療養費支給申請書; 실손의료보험 보험금 청구서), a registration
slip (挂号单; 접수증), a death certificate (居民死亡医学证明（推断）书; 死亡診断書), a family messenger thread about
an old relative (WeChat; KakaoTalk), a LINE thread (Japan, Taiwan), a telemedicine note (互联网医院图文问诊;
通訊診察紀錄), an EMR export as CSV (mainland HIS; Korean EMR), an EMR export as JSON (Japanese 電子カルテ;
Taiwanese 健保 upload), an outpatient record (門診病歷; Hong Kong 普通科門診), a home-care order (訪問看護指示書;
방문간호지시서), a health check-up result (健康診断結果通知表; 成人預防保健), a surgical consent form (手術同意書 in
Hong Kong; 수술동의서) and a sick-leave / diagnosis certificate (诊断证明书; 病假證明書).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by locale. People: `p` the
patient, `r` and `m` relatives (spouse, child, grandchild), `d` the physician, `e` a nurse or second clinician,
`s` a pharmacist, clerk or other staff member, `x` another person (an informant, a witness, a care manager),
`w1`-`w3` other patients in an export. Forms: `_n` full name (surname first, no space), `_ns` surname and given
name with a space, `_h` the name with its honorific attached (女士/先生, 小姐, 様, 님), `_fh` surname and honorific
(阚女士, 渡会さん), `_g` given name, `_kana` the katakana reading, `_rom` the passport romanisation, `_ph`
`_ph2` `_em`, `_addr` the whole address, `_town`, `_pc` the postcode, `_nid` the national identifier, `_dob`
and `_dob2` the birth date in two local forms, `_age` (keep, under 90) and `_old` (AGE, 90+) with the
locale's age word (岁, 歲, 歳, 세).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, physicians, nurses, pharmacists, clerks, informants --
  as written: full, surname alone with an honorific, given name alone, katakana reading, passport
  romanisation. A name glued to its honorific is labelled with it ("阚秀兰女士", "渡会千鶴様", "금순자님"):
  the kit's boundary rule takes Han, kana and Hangul for letters, so a value must meet a non-letter on both
  sides to be scorable; every PHI value here does (`problems` checks it). Honorifics written apart, kinship
  words (妈, おばあちゃん, 할머니) and roles are plain text.
- ADDRESS: the whole address as written (province / prefecture / 縣市 / 시도 inside it), a town written alone
  (籍贯, 本籍, 出生地). ZIP: 邮编, 〒 postcodes, 郵遞區號, 우편번호. Provinces, prefectures, 縣市, 시도 and
  countries written alone are keep.
- DATE: every date more specific than a year, in every form (2024年3月5日, 2024-03-05, 2024.03.05, 令和6年3月5日,
  R6.3.5, 令和６年３月５日, 113年3月5日, 113/03/05, 2024년 3월 5일, 2024. 3. 5., 05/03/2024, 3月5日, 3/5);
  years alone keep. AGE: 90 and over, with the age word ("92岁"); under 90 keep.
- SSN: the national identifier (居民身份证号, 國民身分證統一編號, HKID, マイナンバー, 주민등록번호,
  외국인등록번호). MRN: 住院号, 门诊号, 病案号, 病歷號, 患者ID, カルテ番号, 등록번호, 병록번호, HN. HEALTH_PLAN:
  医保卡号 / 社保卡号, 健保卡號, 保険者番号, 被保険者記号・番号, 건강보험증번호, 증번호 and policy numbers. ID:
  prescription, claim, receipt, certificate and order numbers, a registration queue id (挂号序号 with the date),
  passport numbers. ACCOUNT: bank accounts and cards for refunds and benefits. LICENSE: physicians' and
  pharmacists' licence / registration numbers, driving licences. DEVICE: a patient's implant or device serial.
  VEHICLE: plates. URL: a consultation or result link carrying a token. IP: the address in a log or export.
  PHONE, EMAIL: any person's. Hospitals' general numbers are plain text.
- Keep (must survive): drugs and doses, lab values, ICD-10 codes, diagnoses, departments, hospitals, insurers'
  names, regulations and form numbers, provinces / prefectures alone, years alone, ages under 90, headings
  marked ‹...›.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe78 import ids
from tests.engine.probe78.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill
from tests.engine.probe78.people import landline as _landline

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
FW = str.maketrans("0123456789", "０１２３４５６７８９")
ERAS = [(date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"), (date(1926, 12, 25), "昭和", "S"), (date(1912, 7, 30), "大正", "T")]
AGE_WORD = {"cn": "岁", "tw": "歲", "hk": "歲", "jp": "歳", "kr": "세"}
HON_F = {"cn": "女士", "tw": "小姐", "hk": "女士", "jp": "様", "kr": "님"}
HON_M = {"cn": "先生", "tw": "先生", "hk": "先生", "jp": "様", "kr": "님"}


def wareki(d: date) -> tuple[str, str, int]:
    for start, name, letter in ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    raise ValueError(d)


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    """a: the locale's main written form; b: a second form; iso; sh: month and day only."""
    D = lambda v: P("DATE", v)  # noqa: E731
    if loc == "cn":
        return {"a": D(f"{d.year}年{d.month}月{d.day}日"), "b": D(f"{d:%Y-%m-%d}"), "c": D(f"{d:%Y.%m.%d}"),
                "pad": D(f"{d.year}年{d:%m}月{d:%d}日"), "iso": D(d.isoformat()), "sh": D(f"{d.month}月{d.day}日")}  # fmt: skip
    if loc == "tw":
        roc = d.year - 1911
        return {"a": D(f"{roc}年{d.month}月{d.day}日"), "b": D(f"{roc}/{d:%m/%d}"), "c": D(f"民國{roc}年{d.month}月{d.day}日"),
                "pad": D(f"{roc:03d}{d:%m%d}"), "iso": D(d.isoformat()), "sh": D(f"{d.month}/{d.day}")}  # fmt: skip
    if loc == "hk":
        return {"a": D(f"{d:%d/%m/%Y}"), "b": D(f"{d.year}年{d.month}月{d.day}日"), "c": D(f"{d:%d-%b-%Y}".upper()),
                "pad": D(f"{d:%d/%m/%Y}"), "iso": D(d.isoformat()), "sh": D(f"{d.month}月{d.day}日")}  # fmt: skip
    if loc == "jp":
        era, letter, n = wareki(d)
        year = "元" if n == 1 else str(n)
        return {"a": D(f"{era}{year}年{d.month}月{d.day}日"), "b": D(f"{letter}{n}.{d.month}.{d.day}"),
                "c": D(f"{era}{year}年{d.month}月{d.day}日".translate(FW)), "pad": D(f"{d:%Y/%m/%d}"), "iso": D(d.isoformat()),
                "sh": D(f"{d.month}月{d.day}日")}  # fmt: skip
    return {"a": D(f"{d.year}년 {d.month}월 {d.day}일"), "b": D(f"{d:%Y.%m.%d}."), "c": D(f"{d.year}. {d.month}. {d.day}."),
            "pad": D(f"{d:%Y%m%d}"), "iso": D(d.isoformat()), "sh": D(f"{d.month}월 {d.day}일")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    hon = (HON_F if w.female else HON_M)[c]
    fam, giv = w.family[0], w.given[0]
    dob = date_forms(w.dob, c)
    fh = {"cn": fam + ("阿姨" if w.female else "师傅") if age > 50 else fam + hon, "tw": fam + hon, "hk": fam + hon,
          "jp": fam + "さん", "kr": w.full + "씨"}[c]  # fmt: skip
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_ns": N(f"{fam}　{giv}" if c == "jp" else f"{fam} {giv}"), f"{x}_h": N(w.full + hon),
        f"{x}_fh": N(fh), f"{x}_doc": N(fam + {"cn": "医生", "tw": "醫師", "hk": "醫生", "jp": "先生", "kr": "교수님"}[c]), f"{x}_g": N(giv), f"{x}_gh": N(giv + ("さん" if c == "jp" else "님" if c == "kr" else "")),
        f"{x}_kana": N(w.kana) if w.family[2] else "", f"{x}_rom": N(w.rom) if w.family[1] else "",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_addr": P("ADDRESS", w.addr), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode) if w.postcode else "",
        f"{x}_region": K(w.region), f"{x}_nid": P("SSN", w.nid),
        f"{x}_dob": dob["a"], f"{x}_dob2": dob["b"], f"{x}_dobc": dob["c"], f"{x}_dobiso": dob["iso"], f"{x}_dobpad": dob["pad"],
        f"{x}_age": K(f"{age}{AGE_WORD[c]}"), f"{x}_old": P("AGE", f"{age}{AGE_WORD[c]}"),
        f"{x}_sex": ("女" if w.female else "男") if c != "kr" else ("여" if w.female else "남"),
        f"{x}_sexc": "F" if w.female else "M",
        f"{x}_era": wareki(w.dob)[0] if c == "jp" else "",
    }
    return s


# ---- the trade's vocabulary (keep) -----------------------------------------------------------------------

DRUGS = {
    "cn": ["阿托伐他汀钙片 20mg", "硝苯地平控释片 30mg", "二甲双胍缓释片 0.5g", "阿司匹林肠溶片 100mg", "硫酸氢氯吡格雷片 75mg", "呋塞米片 20mg",
           "螺内酯片 20mg", "奥美拉唑肠溶胶囊 20mg", "甘精胰岛素注射液 16U", "头孢呋辛酯片 0.25g", "沙库巴曲缬沙坦钠片 50mg", "复方丹参滴丸"],
    "tw": ["Amlodipine 5mg", "Metformin 500mg", "Clopidogrel 75mg", "Furosemide 40mg", "Rosuvastatin 10mg", "Esomeprazole 40mg", "Linagliptin 5mg",
           "Sennoside 12.5mg"],
    "hk": ["Paracetamol 500mg", "Amlodipine 5mg", "Metformin 500mg", "Simvastatin 20mg", "Amoxicillin 500mg", "Lansoprazole 30mg", "Bisoprolol 2.5mg"],
    "jp": ["アムロジピン錠5mg", "ランソプラゾールOD錠15mg", "酸化マグネシウム錠330mg", "ドネペジル塩酸塩錠5mg", "フロセミド錠20mg", "エドキサバン錠30mg",
           "メトホルミン塩酸塩錠250mg", "カルボシステイン錠500mg", "ロキソプロフェンNa錠60mg", "抑肝散エキス顆粒 2.5g"],
    "kr": ["아모잘탄정 5/50mg", "리피토정 10mg", "자누비아정 100mg", "플라빅스정 75mg", "라식스정 40mg", "넥시움정 20mg", "아리셉트정 5mg", "타이레놀8시간이알서방정 650mg"],
}  # fmt: skip
LABS = {
    "cn": ["血红蛋白 98 g/L", "肌酐 132 μmol/L", "空腹血糖 8.6 mmol/L", "糖化血红蛋白 7.9%", "NT-proBNP 2860 pg/mL", "血钾 3.3 mmol/L", "白细胞 11.2×10^9/L",
           "C反应蛋白 36 mg/L", "ALT 58 U/L", "D-二聚体 1.8 mg/L"],
    "tw": ["HbA1c 8.2%", "Cr 1.6 mg/dL", "eGFR 38", "Hb 9.8 g/dL", "Na 131 mmol/L", "LDL-C 142 mg/dL", "TG 236 mg/dL", "UA 8.4 mg/dL"],
    "hk": ["Hb 10.1 g/dL", "WBC 12.4 x10^9/L", "Creatinine 118 umol/L", "K 3.2 mmol/L", "HbA1c 7.4%", "CRP 42 mg/L", "ALT 61 U/L"],
    "jp": ["HbA1c 7.6%", "Cr 1.28 mg/dL", "eGFR 39.5", "BNP 486 pg/mL", "Alb 2.9 g/dL", "CRP 3.42 mg/dL", "Hb 9.7 g/dL", "LDL-C 152 mg/dL", "γ-GTP 88 U/L"],
    "kr": ["HbA1c 8.1%", "Cr 1.42 mg/dL", "eGFR 44", "Hb 10.2 g/dL", "CRP 5.8 mg/dL", "NT-proBNP 1920 pg/mL", "AST 72 IU/L", "TSH 6.2 μIU/mL"],
}  # fmt: skip
DX = {  # (diagnosis, its ICD-10 code)
    "cn": [("慢性心力衰竭急性加重", "I50.9"), ("2型糖尿病", "E11.9"), ("社区获得性肺炎", "J18.9"), ("脑梗死", "I63.9"), ("慢性肾脏病4期", "N18.4"),
           ("股骨颈骨折", "S72.0"), ("慢性阻塞性肺疾病急性加重", "J44.1"), ("心房颤动", "I48.9"), ("胆囊结石伴急性胆囊炎", "K80.0")],
    "tw": [("鬱血性心衰竭", "I50.9"), ("第二型糖尿病", "E11.9"), ("社區型肺炎", "J18.9"), ("腦梗塞", "I63.9"), ("慢性腎臟病第四期", "N18.4"),
           ("髖部骨折", "S72.0"), ("慢性阻塞性肺病急性惡化", "J44.1"), ("心房顫動", "I48.9"), ("高血壓", "I10")],
    "hk": [("急性上呼吸道感染", "J06.9"), ("急性腸胃炎", "A09"), ("腰肌勞損", "S39.0"), ("2型糖尿病", "E11.9"), ("高血壓", "I10"), ("尿道炎", "N34.2"),
           ("膽囊結石", "K80.2")],
    "jp": [("うっ血性心不全", "I50.9"), ("2型糖尿病", "E11.9"), ("誤嚥性肺炎", "J69.0"), ("脳梗塞", "I63.9"), ("慢性腎臓病", "N18.9"),
           ("大腿骨頸部骨折", "S72.0"), ("アルツハイマー型認知症", "G30.9"), ("心房細動", "I48.9")],
    "kr": [("울혈성 심부전", "I50.9"), ("제2형 당뇨병", "E11.9"), ("지역사회획득 폐렴", "J18.9"), ("뇌경색", "I63.9"), ("만성 콩팥병 4기", "N18.4"),
           ("대퇴골 경부 골절", "S72.0"), ("알츠하이머병 치매", "G30.9"), ("심방세동", "I48.9"), ("고관절 골관절염", "M16.9")],
}  # fmt: skip
HOSPITALS = {
    "cn": ["湘楚医科大学附属第三医院", "蜀康人民医院", "赣江中心医院", "齐鲁滨海医院"],
    "tw": ["中興聯合醫院", "彰南基督教醫院", "港都紀念醫院", "洄瀾綜合醫院"],
    "hk": ["海濱聯合醫院", "獅子山醫院", "東涌灣醫院"],
    "jp": ["信濃中央病院", "陸中共立病院", "越後みなと病院", "琉球南部医療センター", "武蔵野台総合病院"],
    "kr": ["한빛대학교병원", "솔빛의료원", "바른마디병원", "푸른숲요양병원"],
}
CLINICS = {
    "cn": ["青禾社区卫生服务中心", "柳溪街道社区卫生服务站"], "tw": ["福德家庭醫學科診所", "安心內科診所"], "hk": ["石鼓壟普通科門診診所", "禾寮坑普通科門診診所"],
    "jp": ["さくら台内科クリニック", "ひまわり在宅クリニック", "みどり訪問看護ステーション"], "kr": ["솔내의원", "새봄내과의원", "늘봄재가방문간호센터"],
}  # fmt: skip
DEPTS = {"cn": ["心血管内科", "内分泌科", "呼吸与危重症医学科", "神经内科", "骨科"], "tw": ["心臟內科", "新陳代謝科", "胸腔內科", "神經內科", "骨科"],
         "hk": ["內科", "外科", "骨科"], "jp": ["循環器内科", "糖尿病内科", "呼吸器内科", "脳神経内科", "整形外科"],
         "kr": ["순환기내과", "내분비내과", "호흡기내과", "신경과", "정형외과"]}  # fmt: skip
INSURERS = {"jp": ["全国健康保険協会 長野支部", "後期高齢者医療広域連合", "国民健康保険"], "kr": ["한결손해보험", "푸른생명", "다온화재해상보험"],
            "tw": ["衛生福利部中央健康保險署"], "cn": ["城乡居民基本医疗保险", "城镇职工基本医疗保险"], "hk": ["醫院管理局"]}  # fmt: skip
RELATION = {"cn": ("女儿", "儿子", "妻子", "丈夫"), "tw": ("女兒", "兒子", "太太", "先生"), "hk": ("女兒", "兒子", "太太", "丈夫"),
            "jp": ("長女", "長男", "妻", "夫"), "kr": ("딸", "아들", "배우자", "배우자")}  # fmt: skip

OLD_P = {"ea78_death_certificate", "ea78_home_care_order", "ea78_nursing_record", "ea78_family_chat", "ea78_line_thread"}
OLD_M = {"ea78_discharge_summary", "ea78_health_checkup", "ea78_registration_slip", "ea78_sick_leave_certificate", "ea78_outpatient_record"}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 9) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    p_age = (90 * Y + 30, 99 * Y) if kind in OLD_P else (55 * Y, 72 * Y) if kind in OLD_M else (34 * Y, 86 * Y)
    grandmother = kind in ("ea78_family_chat", "ea78_line_thread")  # the thread calls her 奶奶 / 할머니 / おばあちゃん / 阿嬤
    p = draw_person(rng, loc, used, d1, female=True if grandmother else None, age_days=p_age,
                    foreigner=loc_code == "kr" and rng.random() < 0.15)
    pa = (d1 - p.dob).days
    young = pa < 60 * Y
    r = draw_person(rng, loc, used, d1, female=(not p.female) if young else None, family=p.family if rng.random() < 0.6 else None, home=p if rng.random() < 0.5 else None,
                    age_days=(max(20 * Y, pa - 36 * Y), max(21 * Y, pa - 22 * Y)) if not young else (pa - 3 * Y, pa + 4 * Y))  # fmt: skip
    m_age = (90 * Y + 30, 98 * Y) if kind in OLD_M else (max(18 * Y, pa - 40 * Y), max(19 * Y, pa - 20 * Y))
    m = draw_person(rng, loc, used, d1, family=p.family if rng.random() < 0.5 else None, age_days=m_age)
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m}
    for x in ("d", "e", "s", "x"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(28 * Y, 62 * Y))
    for i in (1, 2, 3):
        ppl[f"w{i}"] = draw_person(rng, loc, used, d1, age_days=(90 * Y + 30, 97 * Y) if i == 1 else (30 * Y, 85 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    rel = RELATION[loc_code]  # daughter, son, wife, husband
    s["r_rel"] = rel[2 if r.female else 3] if young else rel[0 if r.female else 1]
    s["m_rel"] = rel[0 if m.female else 1]
    if kind in OLD_M:
        s["m_rel"] = {"cn": "母亲" if m.female else "父亲", "tw": "母親" if m.female else "父親", "hk": "母親" if m.female else "父親",
                      "jp": "母" if m.female else "父", "kr": "어머니" if m.female else "아버지"}[loc_code]  # fmt: skip
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(6, 20)), "d3": d1 - timedelta(days=rng.randint(2, 30)),
          "d4": d1 + timedelta(days=rng.randint(25, 60)), "d5": d1 - timedelta(days=rng.randint(200, 2000)), "d6": d1 + timedelta(days=rng.randint(1, 4))}  # fmt: skip
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    yw = "년" if loc_code == "kr" else "年"
    s["year"] = K(f"{d1.year - rng.randint(2, 9)}{yw}")
    s["year2"] = K(f"{d1.year - rng.randint(10, 16)}{yw}")
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    region_letters = {"湖南省": "湘", "四川省": "川", "江西省": "赣", "山东省": "鲁"}
    # record numbers
    s["mrn"] = {"cn": F("MRN", "%######", "ZY%#########", "%#########"), "tw": F("MRN", "%#######", "%######"), "hk": F("MRN", "HN%#########"),
                "jp": F("MRN", "%#######", "%#########"), "kr": F("MRN", "%#######", "%#########")}[loc_code]  # fmt: skip
    s["mrn2"] = {"cn": F("MRN", "MZ%#########", "%##########"), "tw": F("MRN", "%#######"), "hk": F("MRN", "HN%#########"),
                 "jp": F("MRN", "%######"), "kr": F("MRN", "%########")}[loc_code]  # fmt: skip
    s["hplan"] = {"cn": F("HEALTH_PLAN", "@%#######", "43%##############", "%##########"), "tw": F("HEALTH_PLAN", "0000%#######"),
                  "hk": F("HEALTH_PLAN", "%#########"), "jp": F("HEALTH_PLAN", "%#####", "%###", "@@%##"),
                  "kr": F("HEALTH_PLAN", "%-##########", "%##########")}[loc_code]  # fmt: skip
    s["hplan2"] = F("HEALTH_PLAN", "%##", "%###") if loc_code == "jp" else F("HEALTH_PLAN", "%#######-#", "PL%#########")
    if loc_code == "jp":
        pref = p.region
        s["insurer"] = P("HEALTH_PLAN", ids.insurer_number(rng, pref, rng.choice(["kyokai", "kumiai", "kyosai"])))
        s["insurer_old"] = P("HEALTH_PLAN", ids.insurer_number(rng, pref, "koki"))
        s["insurer_kokuho"] = P("HEALTH_PLAN", ids.insurer_number(rng, pref, "kokuho"))
        s["hihoken"] = F("HEALTH_PLAN", "%#######")  # 後期高齢者 被保険者番号
        s["plate"] = P("VEHICLE", f"{rng.choice(['松本', '長野', '岩手', '新潟', '沖縄', '大宮', '愛媛'])} {fill(rng, '%##')} "
                                  f"{rng.choice('あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ')} {fill(rng, '%#-##')}")  # fmt: skip
        s["acct"] = F("ACCOUNT", "%######")
        s["lic_d"] = F("LICENSE", "%#####")
        s["lic_s"] = F("LICENSE", "%#####")
        s["dl"] = F("LICENSE", "%###########")
    else:
        s["plate"] = P("VEHICLE", {"cn": region_letters.get(p.region, "鲁") + fill(rng, "@·%@###"), "tw": fill(rng, "@@@-%###"),
                                   "hk": fill(rng, "@@ %###"), "kr": ids.kr_plate(rng)}[loc_code])  # fmt: skip
        s["acct"] = {"cn": P("ACCOUNT", ids.unionpay_card(rng)), "tw": F("ACCOUNT", "0%#############", "%##-##-######-#"),
                     "hk": F("ACCOUNT", "0%#-%#####-###", "%##-%######-###"), "kr": F("ACCOUNT", "110-%##-######", "3333-%#-#######", "%##-####-####-##")}[loc_code]  # fmt: skip
        s["lic_d"] = {"cn": F("LICENSE", "1%#4%###########"), "tw": F("LICENSE", "%#####"), "hk": F("LICENSE", "M%####"), "kr": F("LICENSE", "%####", "%#####")}[loc_code]  # fmt: skip
        s["lic_s"] = {"cn": F("LICENSE", "%#########"), "tw": F("LICENSE", "%#####"), "hk": F("LICENSE", "P%####"), "kr": F("LICENSE", "%####")}[loc_code]  # fmt: skip
        s["dl"] = F("LICENSE", "%#-##-######-%#") if loc_code == "kr" else P("LICENSE", p.nid)
    for i in (1, 2, 3):
        s[f"w{i}_mrn"] = P("MRN", fill(rng, {"cn": "%######", "kr": "%#######"}.get(loc_code, "%#######")))
    s["rx_no"] = F("ID", "%###########", "CF%#########", "%########")
    s["claim"] = F("ID", "%###-####-####", "CL%#########", "%#########")
    s["cert_no"] = F("ID", "%#########", "%###-######", "@%########")
    s["queue"] = F("ID", "%######-%###", "%###########")
    s["passport"] = F("ID", "E%########", "M%########", "TR%#######", "%########")
    s["pacer_sn"] = F("DEVICE", "PJN%#####S", "RNA%######", "%##########")
    s["pump_sn"] = F("DEVICE", "NG%#######H", "%##-###-####")
    s["aid_sn"] = F("DEVICE", "SN%#######", "%###########")
    s["ip"] = P("IP", ids.ipv4(rng))
    s["ip2"] = P("IP", ids.ipv4(rng))
    tld = {"cn": "cn", "tw": "tw", "hk": "hk", "jp": "jp", "kr": "kr"}[loc_code]
    s["url"] = P("URL", fill(rng, rng.choice([f"https://ih.example.{tld}/consult/~~~~~~~~~~~~?pid=%######", f"https://tele.example.{tld}/r/~~~~~~~~~~~~~~~~",
                                              f"https://report.example.{tld}/view?token=~~~~~~~~~~~~~~~~&uid=%#######"])))  # fmt: skip
    s["hosp_tel"] = _landline(rng, loc, p.region)  # plain: the hospital's general line
    s["d_ph"] = P("PHONE", _landline(rng, loc, p.region))
    # keep values
    s["drug1"], s["drug2"], s["drug3"] = (K(v) for v in rng.sample(DRUGS[loc_code], 3))
    s["lab1"], s["lab2"], s["lab3"] = (K(v) for v in rng.sample(LABS[loc_code], 3))
    (dx, icd), (dx2, icd2) = rng.sample(DX[loc_code], 2)
    s["dx"], s["icd"], s["dx2"], s["icd2"] = K(dx), K(icd), K(dx2), K(icd2)
    s["hospital"], s["hospital2"] = (K(v) for v in rng.sample(HOSPITALS[loc_code], 2))
    s["clinic"] = K(rng.choice(CLINICS[loc_code]))
    s["dept"] = K(rng.choice(DEPTS[loc_code]))
    s["insurer_name"] = K(rng.choice(INSURERS[loc_code]))
    return s


# ---- templates -------------------------------------------------------------------------------------------

DISCHARGE = {
    "cn": """«hospital»
‹出院小结›
科室：«dept»　　病区：十二病区　　床号：27　　住院号：«mrn»　　病案号：«mrn2»
姓名：«p_n»　　性别：«p_sex»　　年龄：«p_age»　　民族：汉族　　职业：其他
身份证号：«p_nid»　　医保卡号：«hplan»（«insurer_name»）
籍贯：«p_town»　　现住址：«p_addr»　　邮编：«p_pc»
联系电话：«p_ph»　　联系人：«r_n»（«r_rel»），«r_ph»
入院日期：«d1_pad»　　出院日期：«d2_pad»　　住院天数：见病程
入院诊断：1.«dx»（‹ICD-10› «icd»）　2.«dx2»
入院情况：患者因“反复胸闷气促3年，加重1周”入院。既往史：高血压（确诊：«year»）。
诊疗经过：入院后完善相关检查，«lab1»，«lab2»。予利尿、扩血管等治疗，症状好转。«d6_sh»，行心脏彩超检查。
出院医嘱：
1. «drug1»，每日一次；«drug2»，每日两次。
2. 低盐饮食，监测血压。«d4_a»，«dept»门诊复查。
3. 家属«m_rel»（«m_n»，«m_old»）同住，请注意照护；如有不适请及时就诊。
病区随访护士：«e_n»　　患者备用电话：«p_ph2»
主治医师：«d_n»　　住院医师：«s_n»　　医师执业证书编码：«lic_d»
""",
    "jp": """‹退院時サマリー›　　　　　　　　　　　　　　　　　　　　　　　　«hospital» «dept»
患者ID：«mrn»　　氏名：«p_ns»（«p_kana»）　　性別：«p_sex»
生年月日：«p_dob»（«p_age»）　　住所：〒«p_pc» «p_addr»
電話：«p_ph2»　携帯：«p_ph»
入院日：«d1_a»　　退院日：«d2_a»　　主治医：«d_ns»　　受持看護師：«e_ns»
【主病名】«dx»（«icd»）　【副病名】«dx2»
【入院時現症】発症：«d3_sh»。労作時呼吸困難あり。«lab1»、«lab2»。
【経過】利尿薬にて体重減少。«d6_b»、嚥下評価を実施し常食へ変更。
【退院時処方】«drug1» 1錠 朝食後、«drug2» 1錠 夕食後
【社会的背景】«m_rel»（«m_n»、«m_old»）と二人暮らし。キーパーソン：«r_n»（«r_rel»、«r_ph»）。
介護保険：要介護2（認定 «year»）。ケアマネジャー：«x_n»（«clinic»、«x_ph»）。
【退院後】«d4_a»　«dept» 外来再診。かかりつけ医：«clinic»
記載者：«s_ns»　　記載日：«d2_pad»
""",
}

REFERRAL = {
    "jp": """‹診療情報提供書›
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　«d1_c»
«hospital2» «dept»
　«x_ns» 先生 御侍史
　　　　　　　　　　　　　　　　　　　　紹介元：«clinic»　医師 «d_ns»
　　　　　　　　　　　　　　　　　　　　TEL «hosp_tel»　直通 «d_ph»
患者氏名：«p_ns»（«p_kana»）様　　«p_sex»
生年月日：«p_dobc»（«p_age»）
住所：〒«p_pc»　«p_addr»　　電話：«p_ph»
保険者番号：«insurer»　　被保険者記号・番号：«hplan»・«hplan2»
傷病名：«dx»（«icd»）
紹介目的：精査加療のお願い
既往歴：«year» 胆嚢摘出術
初診：«d5_a»。以後当院通院中。
直近採血（«d3_b»）：«lab1»、«lab2»。増悪を認めました。
現在の処方：«drug1»、«drug2»
ご多忙中恐縮ですが、よろしくお願い申し上げます。なお、ご家族（«r_rel» «r_h»、«r_ph»）にも説明済みです。
""",
    "kr": """‹진료의뢰서›　　　　　　　　　　　　　　　　　　　　　　　　[‹별지 제9호의2서식›]
수신: «hospital» «dept» «x_n» 교수님
환자 성명: «p_n»　　　성별/나이: «p_sex»/«p_age»
주민등록번호: «p_nid»　　　건강보험증번호: «hplan»
주소: («p_pc») «p_addr»
연락처: «p_ph»　　　이메일: «p_em»　　　생년월일: «p_dob2»
보호자: «r_n»(«r_rel», «r_ph»)
병록번호: «mrn»　　　최초 내원일: «d5_b»
상병명: «dx» («icd»), «dx2»
병력 및 소견: «d3_a» 내원 당시 «lab1», «lab2». «drug1» 복용 중이나 조절되지 않음.
의뢰 사유: 정밀 검사 및 치료 의뢰드립니다.
의뢰일: «d1_b»
의료기관: «clinic»　　전화: «hosp_tel»
담당 의사: «d_n»　(면허번호 «lic_d», 직통 «d_ph»)
""",
}

PRESCRIPTION = {
    "cn": """‹处方笺›　　　　　　　　　　　　　　　　　　　　«hospital»　　普通
费别：«insurer_name»　　医保卡号：«hplan»　　处方编号：«rx_no»
科别：«dept»　　门诊号：«mrn2»　　开具日期：«d1_c»
姓名：«p_n»　　性别：«p_sex»　　年龄：«p_age»
身份证号：«p_nid»
住址/电话：«p_addr»　/　«p_ph»
临床诊断：«dx»
Rp:
  «drug1»　×28片　　用法：口服，每日一次
  «drug2»　×14片　　用法：口服，每日两次
  «drug3»　×1盒
医师：«d_n»（执业证书编码 «lic_d»）　　审核药师：«s_n»（«lic_s»）
调配：«e_n»　　核对/发药：«x_n»
代办人：«r_n»（«r_rel»），身份证号 «r_nid»，电话 «r_ph»
注：本处方当日有效，依据‹《处方管理办法》›开具。
""",
    "jp": """‹処　方　箋›　　　　　　　（この処方箋は、どの保険薬局でも有効です。）
公費負担者番号：　　　　　　保険者番号：«insurer»
被保険者証・被保険者手帳の記号・番号：«hplan»・«hplan2»（枝番）01
患者　氏名：«p_ns»　　生年月日：«p_dob»　«p_sex»　　患者ID：«mrn»　　処方箋番号：«rx_no»
区分：被保険者
保険医療機関の所在地及び名称：«clinic»（電話 «hosp_tel»）
保険医氏名：«d_ns»　印
交付年月日：«d1_a»　　処方箋の使用期間：«d6_a»
処方：（根拠：‹保険医療機関及び保険医療養担当規則›）
　Rp1) «drug1»　1錠　1日1回朝食後　28日分
　Rp2) «drug2»　2錠　1日2回朝夕食後　28日分
　Rp3) «drug3»　1日3回毎食後　14日分
備考：«dx»（«icd»）。後発品変更可。連絡先 «p_ph»
患者住所：〒«p_pc» «p_addr»
調剤済年月日：«d6_b»　保険薬局：あおば薬局　保険薬剤師：«s_ns»（薬剤師名簿登録番号 «lic_s»）
""",
}

NURSING = {
    "tw": """«hospital» ‹護理紀錄單›　　　　病房：7B-12床
病歷號：«mrn»　　姓名：«p_n»　　性別：«p_sex»　　年齡：«p_old»　　身分證號：«p_nid»
健保卡號：«hplan»　　入院日期：«d1_b»
主要照顧者：«r_n»（«r_rel»）«r_ph»；照服員：«x_n»
診斷：«dx»（«icd»）
───────────────────────────────
«d1_b» 21:10　D：病人主訴呼吸喘，SpO2 89%。A：給予 O2 nasal 3L/min，«drug1» 依醫囑給予。R：SpO2 升至 95%。護理師 «e_n»
«d6_b» 08:30　D：家屬（«r_fh»）詢問出院準備。A：衛教低鹽飲食及藥物（«drug2»）服用方式。R：家屬可複述。護理師 «s_n»
«d6_b» 14:00　檢驗結果：«lab1»，«lab2»，已通知值班醫師：«d_n»。
«d6_b» 16:40　病人之«m_rel»（«m_n»）來電（«m_ph»）詢問探病時間，已說明。
出院後聯絡：«p_addr»（«p_pc»），住家電話 «p_ph2»
長照需要等級：第5級（評估：«year»）
""",
    "kr": """‹간호기록지›　　　　　　　　　　　　　　　　　«hospital» 71병동
등록번호: «mrn»　　환자명: «p_n»　　성별/나이: «p_sex»/«p_old»
생년월일: «p_dob2»　　주민등록번호: «p_nid»
입원일: «d1_b»　　진단명: «dx» («icd»)
보호자: «r_n» («r_rel») «r_ph» / «m_n» («m_rel») «m_ph»
간병인: «x_n» (공동간병)
─────────────────────────────
«d1_b» 22:15  환자 섬망 증상 있어 낙상 고위험군 재평가. 침상 난간 올림. 보호자(«r_h»)에게 설명함. (RN «e_n»)
«d6_b» 07:40  V/S stable. «lab1». «drug1» 투약함. (RN «s_n»)
«d6_b» 10:20  주치의 «d_n» 회진. «drug2» 추가 처방. 인공심박동기(시리얼 «pacer_sn») 점검 예정.
«d6_b» 15:00  «r_fh» 내원하여 퇴원 후 요양병원 전원 상담 원함. 주소 «p_addr», 우편번호 «p_pc» 확인.
장기요양등급: 2등급 («year» 판정)
""",
}

LAB = {
    "cn": """«hospital»　‹检验报告单›
姓名：«p_n»　　性别：«p_sex»　　年龄：«p_age»　　病人类型：住院
住院号：«mrn»　　床号：31　　科室：«dept»　　标本号：«cert_no»
门诊号：«mrn2»　　医保卡号：«hplan»　　出生日期：«p_dob»
申请医师：«d_n»　　采样时间：«d1_c» 06:12　　接收时间：«d1_c» 07:03
临床诊断：«dx»（«icd»）
项目　　　　　　　结果
«lab1»　　　↑
«lab2»
«lab3»
检验者：«e_n»　　审核者：«s_n»　　报告时间：«d1_b» 10:48
联系电话（患者）：«p_ph»　　身份证号：«p_nid»
扫码查看电子报告：«url»
*本报告仅对所检标本负责。
""",
    "hk": """«hospital»　化驗報告 LABORATORY REPORT
姓名 Name：«p_n»　　HKID：«p_nid»　　性別：«p_sex»　　年齡：«p_age»
Hospital No.：«mrn»　　Ward：5A　　Request No.：«cert_no»
DOB：«p_dob»　　Lab No.：«claim»
Requesting doctor：Dr «d_n»（MCHK «lic_d»）
Collected：«d1_a» 07:45　　Reported：«d1_c» 15:20
Clinical info：«dx»（«icd»）
Result:
  «lab1»　(H)
  «lab2»
  «lab3»
Verified by：«e_n»（MLT）
Contact：«r_n»（«r_rel»）«r_ph»
Copy to：«clinic»　聯絡電話：«p_ph»　地址：«p_addr»
""",
}

CLAIM = {
    "jp": """‹健康保険 被保険者 高額療養費 支給申請書›　（«insurer_name»）
被保険者証の記号：«hplan»　番号：«hplan2»　　保険者番号：«insurer»
被保険者氏名（カタカナ）：«p_kana»
被保険者氏名：«p_ns»　　生年月日：«p_dob»
郵便番号：«p_pc»　　住所：«p_addr»
電話番号（日中の連絡先）：«p_ph»
個人番号（マイナンバー）：«p_nid»
療養を受けた者：被保険者の«r_rel»　氏名：«r_ns»　生年月日：«r_dob»
療養を受けた医療機関：«hospital»（«dept»）　療養期間：«d3_a»～«d1_a»
傷病名：«dx»（«icd»）　　前年（«year2»）の所得区分：ウ　　支払った額：412,380円（支払日：«d1_b»）
振込先：ゆうちょ以外の金融機関　あおぞら信用金庫 桐原支店　普通預金　口座番号 «acct»
口座名義（カタカナ）：«p_kana»
申請者と被保険者が異なる場合：代理人 «m_ns»（«m_ph»）
提出日：«d2_c»　受付番号：«claim»
""",
    "kr": """‹실손의료보험 보험금 청구서›　　　　　　　　　«insurer_name» 장기보험 보상팀
증권번호: «hplan2»　　접수번호: «claim»
피보험자: «p_n»　　주민등록번호: «p_nid»
영문 성명(여권): «p_rom»　　여권번호: «passport»　(해외 진료분 포함)
휴대폰: «p_ph»　　이메일: «p_em»
주소: («p_pc») «p_addr»
청구 사유: 질병(«dx», «icd»)　　사고일/발병일: «d3_a»
최초 진단: «year», «hospital2» (부상병 «dx2»)
진료기관: «hospital» «dept»　　입원기간: «d1_b» ~ «d2_b»
진료비 영수증 번호: «cert_no»
보험금 수령 계좌: 한결은행 «acct» (예금주 «p_n»)
수익자: «r_n» («r_rel»)　연락처 «r_ph»
운전 중 사고 여부: 해당 없음 (본인 차량 «plate»)
개인(신용)정보 처리 동의: 동의함　　청구일: «d4_c»
청구인 서명: «p_n»　(대리청구인 «m_n», «m_ph»)
""",
}

REGISTRATION = {
    "cn": """«hospital» ‹门诊挂号单›
挂号序号：«queue»　　就诊日期：«d1_b»　星期二 上午
科室：«dept»　　诊室：3诊室　　医生：«d_n»（副主任医师）
患者：«p_n»　　性别：«p_sex»　　年龄：«p_age»
门诊号：«mrn2»　　就诊卡：«hplan»
身份证：«p_nid»
手机：«p_ph»　　家庭住址：«p_addr»
陪诊家属：«r_n»（«r_rel»），«r_ph»；代«m_rel»（«m_n»，«m_old»）挂号：是
费别：«insurer_name»　　医事服务费：25.00元（医保统筹支付 22.00元）
建档：«year»　　既往报告：«lab1»
支付方式：微信支付　交易流水号：«claim»
签到截止：«d1_sh» 09:30，请到二楼候诊区签到。扫码查看排队：«url»
收费员：«s_n»
""",
    "kr": """‹접수증›　　　　　　　　　　　　　　　　　　«clinic»
접수번호: 37　　접수일시: «d1_b» 09:12
등록번호: «mrn»　　초진/재진: 초진
수진자명: «p_n»　　주민(외국인)등록번호: «p_nid»
나이/성별: «p_age»/«p_sex»　　건강보험증번호: «hplan»
주소: «p_addr» («p_pc»)
휴대전화: «p_ph»　　자택: «p_ph2»
보호자: «r_n»(«r_rel») «r_ph» / «m_rel» «m_n»(«m_old») 동반
진료과: «dept»　　담당의: «d_n»
보험유형: ‹국민건강보험›　　주증상: «dx» 의심　　최근 내원: «year»
접수자: «s_n»　　수납: 본인부담금 4,900원
알림톡 수신 동의: 예 (카카오 «p_em»)
""",
}

DEATH = {
    "cn": """‹居民死亡医学证明（推断）书›　　　　　　　　　　　　编号：«cert_no»
死者姓名：«p_n»　　性别：«p_sex»　　民族：汉族　　国家或地区：中国
有效身份证件：居民身份证　号码：«p_nid»
年龄：«p_old»　　婚姻状况：丧偶　　出生日期：«p_dob»
文化程度：小学　　个人身份：离退休人员
死亡日期：«d1_a» 04时20分　　死亡地点：家中
生前工作单位：无
户籍地址：«p_addr»
常住地址：«m_addr»
可联系的家属姓名：«r_n»　　联系电话：«r_ph»　　家属住址或工作单位：«r_addr»
致死的主要疾病诊断：（a）«dx»　发病至死亡大概间隔：3年
根本死因：«dx2»（ICD编码：«icd»）
生前主要疾病最高诊断单位：«hospital»（«dept»，确诊：«year»）
死亡前就诊：«hospital2»
医师签名：«d_n»　　医疗卫生机构盖章　　填表日期：«d6_a»
填表人：«e_n»，联系电话 «e_ph»　　殡仪馆预约号：«claim»
调查记录（推断死因时）：被调查者姓名：«x_n»，与死者关系：邻居，联系电话：«x_ph»
""",
    "jp": """‹死亡診断書（死体検案書）›
氏名：«p_ns»　　　性別：«p_sex»　　生年月日：«p_dob»
本籍：«p_town»　　個人番号：«p_nid»
死亡したとき：«d1_a»　午前4時20分
死亡したところ：自宅　　死亡したところの住所：«p_addr»
死亡の原因：
　Ⅰ（ア）直接死因：«dx»　　発病から死亡までの期間：約2か月
　　（イ）（ア）の原因：«dx2»
　Ⅱ 直接には死因に関係しないが影響を及ぼした傷病名等：«icd2»
入院歴：«hospital»（«year»）
死因の種類：病死及び自然死
生後1年未満で病死した場合：該当なし
その他特に付言すべきことがら：在宅療養開始 «year2»。享年：«p_old»
診断年月日：«d1_b»　　本診断書発行年月日：«d6_c»
病院、診療所若しくは介護医療院等の名称及び所在地：«clinic»（«p_region»）
医師氏名：«d_ns»　（医籍登録番号 «lic_d»）
届出人：«r_ns»（«r_rel»）　生年月日：«r_dob»　連絡先：«r_ph»　住所：«r_addr»
死亡届受理番号：«claim»
""",
}

FAMILY_CHAT = {
    "cn": """「相亲相爱一家人」(6)
«r_g» 19:02
[图片] 奶奶今天的检查单（«hospital»，«dept»），医生说：«lab1»，还要再观察
«m_n» 19:05
住院号多少？我明天去交费。@«r_g»
«r_g» 19:06
«mrn»，床号18。奶奶身份证：«p_nid»，医保卡：«hplan»，都在抽屉里
«m_n» 19:08
好的。奶奶都这岁数了（«p_old»），手术风险大。主治：«d_doc»，听他的意见吧
«r_g» 19:10
«d_doc» 电话 «d_ph»，说 «d1_sh» 再决定。护工：«x_n»，电话 «x_ph»
«s_n» 19:15
我把奶奶的新地址发一下：«p_addr»，邮编 «p_pc»，快递药就寄这里
«m_n» 19:16
[转账] ¥2000 已收款。卡号：«acct»
«m_n» 19:18
奶奶户口还在老家：«p_town»，医保异地备案要办
«r_g» 19:19
我明天开车去接（«plate»），停B2
«r_g» 19:20
好👍 出院带药：«drug1»、«drug2»。诊断：«dx»
""",
    "kr": """‹가족 단톡방› 4
[«r_n»] [오후 8:01] 할머니 오늘 «hospital» 외래(«dept») 다녀왔어요. «lab1», «lab2» 나왔대요
[«m_n»] [오후 8:03] 할머니 연세가 «p_old», 수술은 무리 아닐까
[«r_n»] [오후 8:04] 담당 «d_n» 교수님은 «d4_a» 다시 보재요. 예약번호 «claim»
[«s_n»] [오후 8:06] 병원 등록번호 «mrn» 이고 할머니 주민번호 «p_nid» 맞지?
[«r_n»] [오후 8:07] 응 맞아. 건강보험증 번호는 «hplan»
[«m_n»] [오후 8:09] 약 «drug1» 이랑 «drug2» 주소로 보내달래: «p_addr»
[«r_n»] [오후 8:10] 요양보호사 «x_n» 선생님 번호 «x_ph» 저장해둬
[«s_n»] [오후 8:12] 할머니 휴대폰 «p_ph» 배터리 없음ㅠ 집전화 «p_ph2» 로 해
[«m_n»] [오후 8:15] 병원비는 내 계좌 «acct» 로 보내줘 («m_n»)
""",
}

LINE_THREAD = {
    "jp": """[LINE] トーク履歴：«r_ns»
«d1_pad»(火)
10:02 «r_g»　おばあちゃん（«p_n»、«p_old»）が今朝入院しました。病院：«hospital»
10:03 «r_g»　病室は5階東。面会は14時から。患者ID «mrn»
10:05 «m_g»　ありがとう。主治医の先生は？
10:06 «r_g»　«d_doc»（«dept»）。説明：«d6_sh»、16時から
10:07 «r_g»　病名：«dx»。«lab1»、«lab2»、だって
10:08 «m_g»　保険証のコピー送るね。記号 «hplan»　番号 «hplan2»
10:09 «m_g»　後期高齢者：保険者番号 «insurer_old»、被保険者番号 «hihoken»
10:15 «r_g»　ケアマネ（«x_fh»、«x_ph»）にも連絡した
10:16 «r_g»　おばあちゃんの家：«p_addr»　郵便受けの鍵 → «s_fh»
10:20 «m_g»　了解。車で行く（«plate»）。連絡は «m_ph» へ
10:21 «m_g»　薬：«drug1»、«drug2» 持っていく
""",
    "tw": """[LINE] 家人群組（«r_n»）
«d1_b»(二)
09:12 «r_n» 阿嬤今天住院了，醫院：«hospital»，病歷號 «mrn»
09:14 «m_n» 阿嬤這把年紀（«p_old»），醫生怎麼說？
09:15 «r_n» 科別：«dept»，診斷：«dx»。主治：«d_doc»。檢查：«lab1»，要觀察三天
09:16 «r_n» 健保卡號 «hplan»，身分證 «p_nid»
09:20 «s_n» 我 «d6_sh» 下班過去顧，看護（«x_n»）先回阿嬤家：«p_addr»
09:21 «m_n» 好，看護費轉到我帳戶 «acct»
09:25 «r_n» 醫院說要家屬手機，我留 «r_ph» 跟 «m_ph»
09:26 «s_n» 👍 阿嬤生日 «p_dob» 要填入院單，病房電話 «d_ph»
09:40 «m_n» 出院藥：«drug1»、«drug2»、«drug3»
""",
}

TELEMED = {
    "cn": """«hospital» 互联网医院 ‹图文问诊记录›
问诊单号：«claim»　　问诊时间：«d1_b» 20:41-21:06
患者：«p_n»　　性别：«p_sex»　　年龄：«p_age»　　手机：«p_ph»
出生日期：«p_dob»　　邮箱：«p_em»
身份证号：«p_nid»　　医保电子凭证：已绑定（«hplan»）
代问诊人：«r_n»（«r_rel»）　　微信绑定手机：«r_ph»
主诉：头晕、血压控制不佳一周。
既往史：«dx»。现病史：居家自测血压 168/96 mmHg。近期化验：«lab1»，«lab2»。
初步诊断：«dx2»　　复诊续方：«drug1»、«drug2»
医嘱：«d4_sh» 线下复诊。药品配送地址：«p_addr»（收件人：«r_n»，«r_ph»）
接诊医生：«d_n»（执业证书编码：«lic_d»）　　审方药师：«s_n»
视频问诊链接（24小时有效）：«url»　　处方单号：«rx_no»
登录IP：«ip»
""",
    "tw": """«hospital» ‹通訊診察紀錄›（依據：‹醫師法第11條›、‹通訊診察治療辦法›）
病歷號：«mrn»　　姓名：«p_n»　　身分證統一編號：«p_nid»
出生日期：«p_dob»　　年齡：«p_age»　　健保卡號：«hplan»
視訊時間：«d1_b» 14:30　　醫師：«d_n»（證書字號 «lic_d»）
病人所在地：«p_addr»（«p_pc»）
在場家屬：«r_n»（«r_rel»）手機 «r_ph»
S：血糖控制不佳，«lab1»。
O：視訊下意識清楚，無明顯水腫。
A：«dx»（«icd»）
P：«drug1» 持續；新增 «drug2»。«d4_b» 回診抽血。
視訊連結：«url»
連線來源 IP：«ip»
記錄者：«e_n»（個管師）
""",
}

CSV_EXPORT = {
    "cn": """住院号,姓名,性别,年龄,身份证号,联系电话,现住址,入院日期,出院日期,出院诊断,ICD编码,主治医师,医保卡号
«mrn»,«p_n»,«p_sex»,«p_age»,«p_nid»,«p_ph»,«p_addr»,«d3_b»,«d1_b»,«dx»,«icd»,«d_n»,«hplan»
«w1_mrn»,«w1_n»,«w1_sex»,«w1_old»,«w1_nid»,«w1_ph»,«w1_addr»,«d5_b»,«d3_b»,«dx2»,«icd2»,«d_n»,
«w2_mrn»,«w2_n»,«w2_sex»,«w2_age»,«w2_nid»,«w2_ph»,«w2_addr»,«d3_b»,«d6_b»,«dx»,«icd»,«e_n»,
«w3_mrn»,«w3_n»,«w3_sex»,«w3_age»,«w3_nid»,«w3_ph2»,«w3_addr»,«d1_b»,«d2_b»,«dx2»,«icd2»,«e_n»,
# 导出人：«s_n»　导出时间：«d6_b» 17:02:11　终端：«ip»
""",
    "kr": """등록번호,환자명,주민등록번호,성별,나이,연락처,주소,우편번호,내원일,진료과,상병코드,처방,주치의
«mrn»,«p_n»,«p_nid»,«p_sex»,«p_age»,«p_ph»,"«p_addr»",«p_pc»,«d1_b»,«dept»,«icd»,«drug1»,«d_n»
«w1_mrn»,«w1_n»,«w1_nid»,«w1_sex»,«w1_old»,«w1_ph»,"«w1_addr»",«w1_pc»,«d3_b»,«dept»,«icd2»,«drug2»,«d_n»
«w2_mrn»,«w2_n»,«w2_nid»,«w2_sex»,«w2_age»,«w2_ph»,"«w2_addr»",«w2_pc»,«d6_b»,«dept»,«icd»,«drug3»,«e_n»
«w3_mrn»,«w3_n»,«w3_nid»,«w3_sex»,«w3_age»,«w3_ph»,"«w3_addr»",«w3_pc»,«d2_b»,«dept»,«icd2»,«drug1»,«e_n»
-- exported by «s_n» («s_em») from «ip» at «d6_iso» 18:20:44 KST
""",
}

JSON_EXPORT = {
    "jp": '{"resourceType":"Bundle","meta":{"source":"«hospital»","exportedBy":"«s_ns»","clientIp":"«ip»","exportedAt":"«d6_pad» 09:12:40"},'
    '"patient":{"patientId":"«mrn»","name":"«p_ns»","kana":"«p_kana»","nameRoman":"«p_rom»","birthDate":"«p_dobiso»","gender":"«p_sexc»",'
    '"address":{"postalCode":"«p_pc»","text":"«p_addr»","prefecture":"«p_region»"},"telecom":["«p_ph»","«p_ph2»"],'
    '"insurance":{"insurerNumber":"«insurer»","symbol":"«hplan»","number":"«hplan2»","branch":"01","insurerName":"«insurer_name»"},'
    '"myNumber":"«p_nid»","driverLicense":"«dl»"},'
    '"encounters":[{"admitted":"«d1_pad»","discharged":"«d2_pad»","department":"«dept»","attending":"«d_ns»","diagnosis":{"code":"«icd»","text":"«dx»"}},'
    '{"visit":"«d4_pad»","department":"«dept»","attending":"«e_ns»"}],'
    '"medications":["«drug1»","«drug2»"],"labs":["«lab1»","«lab2»","«lab3»"],'
    '"devices":[{"type":"植込み型心臓ペースメーカ","serialNumber":"«pacer_sn»"}],'
    '"emergencyContact":{"name":"«r_ns»","relationship":"«r_rel»","phone":"«r_ph»","email":"«r_em»"}}',
    "tw": '{"hosp_name":"«hospital»","upload_dt":"«d6_pad»","upload_ip":"«ip»","operator":"«s_n»",'
    '"patient":{"chart_no":"«mrn»","name":"«p_n»","id_no":"«p_nid»","birth":"«p_dobpad»","sex":"«p_sexc»","nhi_card":"«hplan»",'
    '"tel":"«p_ph»","tel_home":"«p_ph2»","addr":"«p_addr»","zip":"«p_pc»","email":"«p_em»"},'
    '"visits":[{"date":"«d1_pad»","dept":"«dept»","dr":"«d_n»","dr_license":"«lic_d»","icd10":["«icd»","«icd2»"],"dx":"«dx»",'
    '"rx":[{"drug":"«drug1»","days":28},{"drug":"«drug2»","days":28}],"lab":["«lab1»","«lab2»","«lab3»"]},'
    '{"date":"«d4_pad»","dept":"«dept»","dr":"«e_n»"}],'
    '"contact":{"name":"«r_n»","rel":"«r_rel»","tel":"«r_ph»"},"refund_account":"«acct»","portal":"«url»"}',
}

OUTPATIENT = {
    "tw": """«hospital»　‹門診病歷›　　　　　　　　　　科別：«dept»
病歷號：«mrn»　　就診日期：«d1_a»　　初/複診：複診
姓名：«p_n»　　性別：«p_sex»　　出生日期：«p_dob»（«p_age»）
身分證統一編號：«p_nid»　　健保卡號：«hplan»　　部分負擔：一般
地址：«p_pc» «p_addr»
電話：«p_ph2»　　手機：«p_ph»
陪同：«r_n»（«r_rel»）；家中尚有«m_rel»（«m_n»，«m_old»）需照顧
S: 近兩週頭暈，家中血壓 150-170/90。«dx2» 病史（«year»）。
O: BP 162/94 mmHg，«lab1»，«lab2»。
A: «dx»（«icd»）
P: «drug1» 1# QD；«drug2» 1# BID × 28天。«d4_b» 回診。
醫師：«d_n»（醫師證書 «lic_d»）　　跟診護理師：«e_n»
慢性病連續處方箋：是　　處方箋編號：«rx_no»
""",
    "hk": """«hospital»　普通科門診　‹診症紀錄›
Hospital No.：«mrn»　　Attendance：«d1_a» 10:25　　Episode No.：«queue»
姓名：«p_n»　　HKID：«p_nid»　　性別：«p_sex»　　出生日期：«p_dob2»（«p_age»）
地址：«p_addr»
電話：«p_ph»　　緊急聯絡人：«r_n»（«r_rel»）«r_ph»
另需照顧：«m_rel»（«m_n»，«m_old»）
主訴：發燒、喉嚨痛三日。
檢查：T 38.2°C，BP 138/82。«lab1»。
診斷：«dx»（«icd»）
處方：«drug1» tds × 3/7；«drug2» nocte
病假：«d1_b» 至 «d6_b»（病假紙編號 «cert_no»）
醫生：Dr «d_n»（MCHK Reg. No. «lic_d»）　　配藥：«s_n»（«lic_s»）
覆診：«d4_a»　　網上預約：«url»
""",
}

HOME_CARE = {
    "jp": """‹訪問看護指示書›　　　　　　　　　　　　　　指示期間（«d1_a» ～ «d4_a»）
患者氏名：«p_ns» 様　　生年月日：«p_dob»（«p_old»）
患者住所：〒«p_pc» «p_addr»　　電話：«p_ph2»
主たる傷病名：（1）«dx»　（2）«dx2»
病状・治療状態：«lab1»。在宅酸素療法 2L/分。
投与中の薬剤の用量・用法：«drug1» 1日1回、«drug2» 1日2回
日常生活自立度：寝たきり度 B2、認知症の状況 Ⅱb　　要介護認定の状況：要介護4
装着・使用医療機器等：在宅酸素、植込み型ペースメーカ（製造番号 «pacer_sn»）
緊急時の連絡先：«r_ns»（«r_rel»）«r_ph»
不在時の対応法：«m_ns»（«m_rel»、«m_ph»）へ連絡
特記すべき留意事項：後期高齢者医療（保険者番号 «insurer_old»、被保険者番号 «hihoken»）
訪問看護ステーション名：«clinic»　担当：«e_ns»
上記のとおり、指示いたします。　　　　　　　«d6_a»
医療機関名：«hospital»　　電話 «hosp_tel»
医師氏名：«d_ns»　印
""",
    "kr": """‹방문간호지시서›　　　　　　　　　　　　　　　　　　　　　　　　　　　발급번호: «cert_no»
수급자 성명: «p_n»　　생년월일: «p_dob»　(«p_old»)
장기요양인정번호: «hplan2»　　장기요양등급: 1등급
주소: «p_addr» (우 «p_pc»)
연락처: «p_ph2»　　보호자: «r_n»(«r_rel») «r_ph»
주 상병: «dx» («icd»)　　부 상병: «dx2»
현재 투약: «drug1», «drug2»　　최근 검사: «lab1»
방문간호 내용: 욕창 드레싱(천골부 2단계), 도뇨관 교체(매 4주), 혈당 측정
의료기기: 인슐린 펌프 (일련번호 «pump_sn»)
지시기간: «d1_b» ~ «d4_b»
방문간호기관: «clinic»　담당 간호사: «e_n»
의료기관: «hospital»　　전화: «hosp_tel»
지시 의사: «d_n»　면허번호 «lic_d»　(서명)
""",
}

CHECKUP = {
    "jp": """‹健康診断結果通知表›　　　　　　　　　　　　　　　　　　　　　　受診日：«d1_a»
社員番号：«claim»　　所属：製造部 第二課
氏名：«p_ns»（«p_kana»）様　　生年月日：«p_dob2»　«p_age»
保険者番号：«insurer»　記号：«hplan»　番号：«hplan2»
住所：〒«p_pc» «p_addr»
連絡先：«p_ph»　　メール：«p_em»
身長 168.2cm　体重 71.4kg　BMI 25.2　腹囲 88cm
血圧 142/88 mmHg（要経過観察）
«lab1»（C判定）　«lab2»（D判定：要精密検査）
判定：«dx»（疑い）。«hospital» «dept» にて精密検査を受けてください。
特記事項：ご家族（«m_rel» «m_ns»、«m_old»）の介護のため夜勤免除中。
産業医：«d_ns»　　保健師：«e_ns»（内線 4127）
結果送付先：«p_em»
""",
    "tw": """«hospital» ‹成人預防保健服務檢查結果通知›
姓名：«p_n»　　性別：«p_sex»　　出生日期：«p_dob»　　年齡：«p_age»
身分證統一編號：«p_nid»　　健保卡號：«hplan»
檢查日期：«d1_a»　　報告日期：«d6_b»
通訊地址：«p_pc» «p_addr»
聯絡電話：«p_ph»　　電子郵件：«p_em»
身高 158 cm　體重 63 kg　BMI 25.2　腰圍 86 cm
血壓 146/92 mmHg
«lab1»　(↑)
«lab2»
«lab3»
綜合評估：«dx»（疑似），建議轉診：«dept»。
B、C型肝炎篩檢：陰性（已檢：«year»）
家族史：«m_rel»（«m_n»，«m_old»）有高血壓、中風。緊急聯絡人：«r_n» «r_ph»
檢查醫師：«d_n»（醫師證書 «lic_d»）
""",
}

CONSENT = {
    "hk": """«hospital»　‹手術／程序同意書›
病人姓名：«p_n»　　HKID：«p_nid»　　Hospital No.：«mrn»
出生日期：«p_dob2»　　性別：«p_sex»　　病房：7B
擬進行之手術／程序：腹腔鏡膽囊切除術（Laparoscopic cholecystectomy）
診斷：«dx»（«icd»）
本人確認已獲醫生（«d_n»）解釋上述手術之性質、目的、風險及其他治療方案。
術前檢查：«lab1»；術前停用：«drug1»　　負責部門：«dept»
病人簽署：«p_n»　　日期：«d1_a»
家屬／見證人：«r_n»（«r_rel»），電話 «r_ph»，HKID «r_nid»
傳譯員：«x_n»（不適用）
緊急聯絡：«m_n»（«m_rel»）«m_ph»
醫生姓名：«d_n»　　MCHK註冊編號：«lic_d»　　簽署日期：«d1_c»
麻醉科醫生：«e_n»
聯絡地址：«p_addr»　　電話：«p_ph»
""",
    "kr": """‹수술(시술) 동의서›　　　　　　　　　　　　　　　　　«hospital» «dept»
등록번호: «mrn»　　환자 성명: «p_n»　　성별/나이: «p_sex»/«p_age»
주민등록번호: «p_nid»
수술명: 인공고관절 전치환술　　진단명: «dx» («icd»)
수술 예정일: «d6_a»　　참여 의료진: 집도의 «d_n», 마취의 «e_n»
설명 의사: «d_n»　(면허번호 «lic_d»)
1. 환자의 현재 상태: «lab1», «lab2» (수술 전 복용 중단: «drug3»)
2. 수술의 목적 및 효과, 방법, 합병증에 대하여 설명을 들었습니다.
환자 연락처: «p_ph»　　주소: «p_addr»
환자 서명: «p_n»　　일시: «d1_b»
대리인: «r_n»　관계: «r_rel»　연락처: «r_ph»　생년월일: «r_dob»
대리인 주소: «r_addr»
대리인 서명 사유: 환자의 고령 및 청력 저하 (보청기 일련번호 «aid_sn»)
입회인: «x_n»　　일시: «d1_c»
""",
}

SICK_LEAVE = {
    "cn": """«hospital»
‹诊断证明书›　　　　　　　　　　　　　　　　　　　　　　　　No.«cert_no»
姓名：«p_n»　　性别：«p_sex»　　年龄：«p_age»　　门诊号：«mrn2»
身份证号：«p_nid»　　出生日期：«p_dob»
护照姓名：«p_rom»　　护照号码：«passport»（出境保险理赔用）
医保卡号：«hplan»　　电子邮箱：«p_em»
工作单位：潍阳宏达机械有限公司
住址：«p_addr»　　联系电话：«p_ph»
诊断：«dx»（«icd»）
建议：休息两周（«d1_a» 至 «d2_a»），门诊随访。
«drug1»、«drug2» 按医嘱服用。
家属«m_rel»：«m_n»（«m_old»），请单位酌情照顾其陪护需要。
医师：«d_n»　　科室：«dept»
开具日期：«d1_c»　　（加盖医院诊断证明专用章有效）
单位联系人：«x_n»（人事科）«x_ph»
""",
    "hk": """«hospital»　‹病假證明書› SICK LEAVE CERTIFICATE　　　　　　編號：«cert_no»
茲證明 This is to certify that
病人姓名：«p_n»　　HKID：«p_nid»　　出生日期：«p_dob2»　　Hospital No.：«mrn»
於 «d1_a» 到本院求診，診斷為：«dx»（«icd»）
建議病假 «d1_b» 至 «d6_b»。
（病人的«m_rel»：«m_n»，«m_old»，同住需要照顧）
處方：«drug1»、«drug2»；«lab1»　　科別：«dept»
僱主：盈暉物業管理有限公司　　聯絡人：«x_n» «x_ph»
醫生簽署：Dr «d_n»（MCHK «lic_d»）
日期：«d1_c»
病人地址：«p_addr»　　電話：«p_ph»
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("ea78_discharge_summary", ["cn", "jp"], "text", DISCHARGE),
    ("ea78_referral_letter", ["jp", "kr"], "text", REFERRAL),
    ("ea78_prescription", ["cn", "jp"], "text", PRESCRIPTION),
    ("ea78_nursing_record", ["tw", "kr"], "text", NURSING),
    ("ea78_lab_report", ["cn", "hk"], "text", LAB),
    ("ea78_insurance_claim", ["jp", "kr"], "text", CLAIM),
    ("ea78_registration_slip", ["cn", "kr"], "text", REGISTRATION),
    ("ea78_death_certificate", ["cn", "jp"], "text", DEATH),
    ("ea78_family_chat", ["cn", "kr"], "text", FAMILY_CHAT),
    ("ea78_line_thread", ["jp", "tw"], "text", LINE_THREAD),
    ("ea78_telemedicine_note", ["cn", "tw"], "text", TELEMED),
    ("ea78_emr_export_csv", ["cn", "kr"], "text", CSV_EXPORT),
    ("ea78_emr_export_json", ["jp", "tw"], "json", JSON_EXPORT),
    ("ea78_outpatient_record", ["tw", "hk"], "text", OUTPATIENT),
    ("ea78_home_care_order", ["jp", "kr"], "text", HOME_CARE),
    ("ea78_health_checkup", ["jp", "tw"], "text", CHECKUP),
    ("ea78_surgical_consent", ["hk", "kr"], "text", CONSENT),
    ("ea78_sick_leave_certificate", ["cn", "hk"], "text", SICK_LEAVE),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks plus: every PHI value written with a non-letter on both sides (a Han, kana or
    Hangul neighbour would hide a survival from the kit's scoring), no unfilled slot."""
    out = _base_problems(doc)
    text = doc.content
    for (start, end), (type_, value) in zip(doc.spans, _span_values(doc), strict=True):
        raw = text[start:end]
        if start not in bounded(raw, text):
            out.append(f"{doc.id}: {type_} {value!r} glued to a letter at {start}: {text[max(0, start - 8) : end + 8]!r}")
    return out + ([f"{doc.id}: unfilled slot"] if "«" in text or "‹" in text else [])


def _span_values(doc: Doc) -> list[tuple[str, str]]:
    out = []
    for start, end in doc.spans:
        raw = doc.content[start:end]
        if doc.format != "text":
            raw = json.loads(f'"{raw}"')
        out.append(next(pv for pv in doc.phi if pv[1] == raw))
    return out


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe78:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES and ids  # the tables are imported for the tests
