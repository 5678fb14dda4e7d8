# ruff: noqa: E501  (hand-aligned templates)
"""Thirty-first independent probe corpus: clinical running text in non-Latin scripts.

32 labelled documents in 16 kinds per seed, two of each, one kind per language (two for Russian): a Russian
discharge epicrisis (выписной эпикриз), a Ukrainian note of a family phone call, a Bulgarian referral
(направление) with ЕГН, a Serbian Cyrillic consult, a Greek nursing handover, a Hebrew emergency summary, an
Arabic family WhatsApp thread (Gulf, Egyptian and Levantine month names), a Persian referral letter in the
Solar Hijri calendar, a Hindi OPD slip with Aadhaar, Bengali SMS reminders, a Thai ward note in the Buddhist
era, a Chinese hospital-system JSON export with Chinese keys, a Taiwanese nursing record in Minguo dates, a
Japanese referral letter (紹介状) in Japanese eras, a Korean KakaoTalk-style chat and a Russian patient-portal
JSON with transliterated keys. The shapes mix: labelled forms, running prose naming people without a label
(a daughter who calls, the doctor on duty, a neighbour) in the grammatical forms of the language (Russian,
Ukrainian and Serbian cases, Greek genitive, Hebrew and Arabic prefixes, family name first, honorifics
glued to names in Chinese, Japanese and Korean), chat and SMS, JSON.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` patient (aged 90-99), `q` adult child (age under 90: keep),
`d` physician, `n` nurse or other staff, `r` neighbour or other relative. Name forms: `x_full` (as running
text writes it), `x_off` (family first, with patronymic where used), `x_init` ("Пыжова З. Т."), `x_given`,
`x_family`, `x_gen`/`x_dat`/`x_ins` (case forms of the whole name), `x_gen_fam`, `x_dat_gp` (given +
patronymic), `x_ph`. Dates `b` birth, `a` admission, `c` discharge, `f` follow-up, `g` an earlier event, each
as `<key>_<form>` (dates.forms).

Labelling policy (decided before any measurement):
- NAME: every name as written, in whatever case form, without a prefix glued to it (Hebrew ל/ב/ו/ש, Arabic
  ل/و/ب: the label starts after the prefix) and without an honorific or title, written apart or glued (様,
  さん, 先生, 医生, 님, 씨, नाम जी, นาง/นาย, Dr, д-р): only the name is labelled.
- DATE: every day of a person's life or care, in every local form and calendar (Solar Hijri, Buddhist era,
  Japanese era, Minguo), day-month without year ("3月5日", "3월 5일"), with its local year suffix ("г.",
  "р.", "年"); Safe Harbor lets the year stay, so the scorer (run_probe) lets a year alone stay in any
  calendar or digit set.
- AGE: ages of 90 or more; the digits where they stand apart ("92 лет", "בת 93", "۹۴ ساله"), the whole
  token where glued ("93岁", "95歳", "91세"). Ages under 90 are keep values.
- ADDRESS: the street line and the town, separately; ZIP: the postcode. A first-level region (oblast,
  province, 省, 県, 도, state) is a keep value wherever it stands apart, inside an address line too (Safe
  Harbor lets a state stay); where it is glued to the town (zh, tw, ja) it is plain text there and is
  written once more on its own as the keep value. [This sentence was corrected after the measurement: it
  first said "plain text inside an address", which the templates never did; the labels are unchanged.]
- PHONE, EMAIL; SSN: national identity numbers (СНИЛС, ЕГН, ЈМБГ, ΑΜΚΑ, ת.ז., Saudi/Egyptian national ID,
  کد ملی, Aadhaar, Bangladeshi NID, Thai ID, 身份证号, 身分證字號, マイナンバー, 주민등록번호); ID: ИНН, РНОКПП
  and other tax numbers; HEALTH_PLAN: insurance policy numbers (полис ОМС, 健保, 保険者番号); MRN: the
  hospital's case and record numbers.
- Keep: hospitals and departments (with a town or a person in their name), drugs with doses, lab values
  with units, ICD-10 codes, weekdays, months alone, years alone, ages under 90, countries and first-level
  regions. Everything else (headings, field labels, words) is plain text, not scored.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe31 import ids
from tests.engine.probe31.dates import AR_DIGITS, BN_DIGITS, FA_DIGITS, forms
from tests.engine.probe31.keep import ICD, KEEP
from tests.engine.probe31.people import PLACES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "glued_script", "make_corpus", "name_parts", "problems"]

_GLUED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0590-\u05ff\u0600-\u06ff]")


def glued_script(value: str) -> bool:
    """True for a value in a script whose words glue to neighbours (Thai, Han, kana, Hangul) or take glued
    prefixes (Hebrew, Arabic, Persian): the kit's word-boundary search cannot see it survive there."""
    return len(value) >= 2 and bool(_GLUED.search(value))


def person_slots(x: str, w: Person) -> dict[str, Slot]:
    s: dict[str, Slot] = {
        f"{x}_full": P("NAME", w.full), f"{x}_off": P("NAME", w.official), f"{x}_init": P("NAME", w.initials),
        f"{x}_given": P("NAME", w.given), f"{x}_family": P("NAME", w.family), f"{x}_ph": P("PHONE", w.phone),
        f"{x}_gp": P("NAME", f"{w.given} {w.patr}".strip()),
    }  # fmt: skip
    if w.patr:
        s[f"{x}_patr"] = P("NAME", w.patr)
    for k, v in w.forms.items():
        s[f"{x}_{k}"] = P("NAME", v)
    return s


def lab(rng: random.Random, pattern: str, lang: str) -> str:
    v = rng.choice([f"{rng.randint(60, 180)}", f"{rng.uniform(0.5, 12):.1f}"])
    if lang in ("ru", "uk", "bg", "sr", "el") and "." in v:
        v = v.replace(".", ",")
    if lang in ("fa",) and rng.random() < 0.5:
        v = v.translate(FA_DIGITS).replace(".", "٫")
    if lang == "bn" and rng.random() < 0.5:
        v = v.translate(BN_DIGITS)
    return pattern.format(v)


def base_slots(rng: random.Random, lang: str) -> dict[str, Slot]:
    used: set[str] = set()
    # the patient is a woman and the relative a daughter, except where the text says son (sr, hi, tw)
    p = draw_person(rng, lang, used, female=True)
    q = draw_person(rng, lang, used, female=lang not in ("sr", "hi", "tw"))
    d, n = (draw_person(rng, lang, used) for _ in range(2))
    r = draw_person(rng, lang, used, female=False if lang in ("hi", "fa") else None)  # hi, fa: a father's name
    s: dict[str, Slot] = {}
    for x, w in (("p", p), ("q", q), ("d", d), ("n", n), ("r", r)):
        s.update(person_slots(x, w))
    age, qage, yage = rng.randint(90, 99), rng.randint(55, 72), rng.randint(30, 88)
    a = date(2022, 1, 10) + timedelta(days=rng.randrange(1300))
    born = a - timedelta(days=age * 365 + rng.randint(30, 330))
    days = {"a": a, "c": a + timedelta(days=rng.randint(3, 14)), "f": a + timedelta(days=rng.randint(25, 70)),
            "g": a - timedelta(days=rng.randint(20, 400)), "b": born}  # fmt: skip
    for key, day in days.items():
        s.update({f"{key}_{k}": P("DATE", v) for k, v in forms(day).items()})
    a_ = str(age)
    s["p_age"] = P("AGE", a_)
    s["p_age_fa"] = P("AGE", a_.translate(FA_DIGITS))
    s["p_age_ar"] = P("AGE", a_.translate(AR_DIGITS))
    s["p_age_bn"] = P("AGE", a_.translate(BN_DIGITS))
    s["p_age_zh"], s["p_age_ja"], s["p_age_ko"] = P("AGE", a_ + "岁"), P("AGE", a_ + "歳"), P("AGE", a_ + "세")
    s["p_age_tw"] = P("AGE", a_ + "歲")
    s["q_age"], s["y_age"] = K(str(qage)), K(str(yage))
    s["q_age_ko"], s["q_age_ja"], s["q_age_zh"] = K(f"{qage}세"), K(f"{qage}歳"), K(f"{qage}岁")
    s["q_age_fa"], s["q_age_bn"] = K(str(qage).translate(FA_DIGITS)), K(str(qage).translate(BN_DIGITS))
    streets, towns, zpat = PLACES[lang]
    s["addr"] = P("ADDRESS", rng.choice(streets).format(n=rng.randint(2, 148), m=rng.randint(1, 96)))
    s["town"] = P("ADDRESS", rng.choice(towns))
    s["zip"] = P("ZIP", fill(rng, zpat))
    s["addr_r"] = P("ADDRESS", rng.choice(streets).format(n=rng.randint(2, 148), m=rng.randint(1, 96)))
    # identifiers
    female = p.female
    s.update({
        "snils": P("SSN", ids.snils(rng)), "inn": P("ID", ids.inn(rng)), "oms": P("HEALTH_PLAN", ids.oms(rng)),
        "rnokpp": P("ID", ids.rnokpp(rng)), "egn": P("SSN", ids.egn(rng, born)), "jmbg": P("SSN", ids.jmbg(rng, born)),
        "amka": P("SSN", ids.amka(rng, born)), "tz": P("SSN", ids.teudat_zehut(rng)), "tz_q": P("SSN", ids.teudat_zehut(rng)),
        "sa_id": P("SSN", ids.saudi_id(rng)), "eg_id": P("SSN", ids.egypt_id(rng, born)),
        "melli": P("SSN", ids.melli(rng, True)), "melli_lat": P("SSN", ids.melli(rng, False)),
        "aadhaar": P("SSN", ids.aadhaar(rng)), "bd_nid": P("SSN", ids.bd_nid(rng)), "thai_id": P("SSN", ids.thai_id(rng)),
        "cn_id": P("SSN", ids.cn_id(rng, born)), "tw_id": P("SSN", ids.tw_id(rng, female)),
        "mynum": P("SSN", ids.my_number(rng)), "rrn": P("SSN", ids.rrn(rng, born, female)),
        "hp": P("HEALTH_PLAN", fill(rng, "%#######")), "hp_tw": P("HEALTH_PLAN", fill(rng, "0000%#######")),
        "mrn": P("MRN", fill(rng, rng.choice(["%####/2#", "%#####", "№ %####", "HN %######"]).replace("№ ", "").replace("HN ", ""))),
        "mrn2": P("MRN", fill(rng, "%######")), "email": P("EMAIL", f"{rng.choice(['mila', 'kotik', 'sun', 'rose', 'nana', 'dedushka'])}{rng.randint(1940, 1999)}@{rng.choice(['mail.ru', 'ukr.net', 'abv.bg', 'gmail.com', 'yahoo.co.jp', 'naver.com', 'qq.com'])}"),
    })  # fmt: skip
    kp = KEEP[lang]
    for name, pool, k in (("k_hosp", kp["hosp"], 1), ("k_dept", kp["dept"], 2), ("k_drug", kp["drug"], 3),
                          ("k_wd", kp["wd"], 1), ("k_month", kp["month"], 1), ("k_country", kp["country"], 1),
                          ("k_region", kp["region"], 1), ("k_icd", ICD, 2)):  # fmt: skip
        for i, v in enumerate(rng.sample(pool, k)):
            s[name + ("" if i == 0 else str(i + 1))] = K(v)
    for i, pat in enumerate(rng.sample(kp["lab"], 2)):
        s["k_lab" + ("" if i == 0 else str(i + 1))] = K(lab(rng, pat, lang))
    s["region_txt"] = str(s["k_region"].value)  # type: ignore[union-attr]  # inside an address: plain text
    s["k_year"] = K(str(rng.randint(1995, 2019)))
    s["k_year_fa"] = K(str(rng.randint(1375, 1398)).translate(FA_DIGITS))
    s["k_year_th"] = K(str(rng.randint(2540, 2562)))
    return s


# ---- templates -------------------------------------------------------------------------------------------

RU_EPICRISIS = """«k_hosp»
«k_dept»
ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № «mrn»
Ф.И.О.: «p_off»
Дата рождения: «b_dot» («p_age» лет)
Адрес: «k_region», г. «town», «addr», индекс «zip»
СНИЛС: «snils»   Полис ОМС: «oms»   ИНН: «inn»
Находился(ась) на лечении с «a_dot» по «c_ru»
Диагноз: ИБС (МКБ-10 «k_icd»), сопутствующий «k_icd2».
Поступила по направлению участкового терапевта «d_gen». При поступлении: «k_lab», «k_lab2».
Со слов дочери, «q_gen», ухудшение с «g_ru»; соседка «r_full» вызвала скорую. Дочери «q_age» год.
Лечение: «k_drug», «k_drug2»; при выписке — «k_drug3».
Осмотрена заведующим отделением «d_ins» и неврологом «n_init».
Рекомендовано: явка к терапевту «f_dot» (день недели: «k_wd»), контроль ОАК в «k_year» году не проводился.
Выписку получила дочь «q_init», тел. «q_ph». Страна: «k_country».
Лечащий врач «d_init»
"""

UK_CALL = """Запис телефонної розмови — «k_dept», «k_hosp»
«a_uk», 14:20. Телефонувала донька пацієнтки «p_gen» («p_age» років, карта № «mrn»), пані «q_full», тел. «q_ph».
Повідомила, що мати після виписки «c_dot» погано спить, «k_drug» приймає нерегулярно.
Просила передати лікарю «d_dat», що сусід «r_gen_gp» (вул. інша) може привезти маму (день: «k_wd»).
Пацієнтка проживає: «k_region», м. «town», «addr», «zip». РНОКПП «rnokpp».
Раніше лікувалась у «k_year» р. з приводу «k_icd». Доньці «q_age» роки.
Призначено: «k_drug2»; контроль «k_lab» на «f_uk». Розмову прийняла медсестра «n_full».
Наступний дзвінок — місяць: «k_month». Країна: «k_country».
"""

BG_REFERRAL = """«k_hosp»
НАПРАВЛЕНИЕ ЗА ХОСПИТАЛИЗАЦИЯ № «mrn»
Пациент: «p_full»   ЕГН «egn»   Възраст: «p_age» г.
Адрес: «k_region», гр. «town», «addr», п.к. «zip»
Телефон за връзка: «p_ph» (дъщеря: «q_full», «q_ph»)
Насочва: д-р «d_full», «k_dept»
Диагноза: «k_icd» — хронична сърдечна недостатъчност; «k_icd2».
Последен преглед на «g_bg»; резултати: «k_lab», «k_lab2».
Терапия: «k_drug», «k_drug2». Дъщерята е на «q_age» г. и идва всеки «k_wd».
Дата на издаване: «a_dot» г.   Приемен кабинет: д-р «n_family».
Родена на «b_bg». Гражданство: «k_country».
"""

SR_CONSULT = """«k_hosp» — «k_dept»
КОНЗИЛИЈАРНИ НАЛАЗ, протокол бр. «mrn»
Пацијент «p_off», ЈМБГ «jmbg», рођен(а) «b_sr», стар(а) «p_age» година.
Пребивалиште: «addr», «zip» «town» («k_region»).
Пацијент(киња) је дошао/ла у пратњи сина «q_gen», телефон «q_ph». Јавио се и комшија «r_full».
На преглед упућен(а) од стране др «d_gen» због «k_icd». Лабораторија: «k_lab»; «k_lab2».
Терапија: «k_drug», «k_drug2». Сину је «q_age» година; долази сваке «k_wd».
Преглед обављен «a_sr»; контрола «f_sr_dot» код др «n_family».
Напомена: Пацијент(киња) је живео/ла у Немачкој до «k_year». Држава: «k_country».
"""

EL_HANDOVER = """ΠΑΡΑΔΟΣΗ ΒΑΡΔΙΑΣ — «k_dept», «k_hosp»
Κλίνη 12: «p_full», «p_age» ετών, ΑΜΚΑ «amka», αρ. μητρώου «mrn».
Εισαγωγή «a_slash2» με «k_icd». Η κόρη της ασθενούς, κα «q_full», τηλ. «q_ph», έρχεται κάθε «k_wd».
Ο θεράπων ιατρός, κ. «d_family», ζήτησε «k_lab». Οδηγίες του κ. «d_gen» για «k_drug».
Ο γείτονας «r_full» έφερε τα φάρμακα του ασθενούς από το σπίτι («addr», «zip» «town»).
Γεννήθηκε στις «b_el». Προηγούμενη νοσηλεία «g_el». Κόρη «q_age» ετών.
Χορηγήθηκε «k_drug2»· «k_lab2». Εξιτήριο πιθανόν «c_el». Παρέδωσε: «n_full».
«k_region», «k_country».
"""

HE_ER = """«k_hosp» — «k_dept»
סיכום ביקור במיון, מס' מקרה «mrn»
שם המטופל/ת: «p_full»   ת.ז. «tz»   גיל: «p_age»
כתובת: «addr», «town», מיקוד «zip»   טלפון: «p_ph»
המטופלת, בת «p_age», הובאה ע"י בתה «q_full» (ת.ז. «tz_q»). דיברתי עם «q_given» בטלפון «q_ph».
נבדקה ע"י ד"ר «d_full»; התייעצות עם ד"ר «n_family». השכן, ל«r_full», דיווח על נפילה ב-«g_he».
אבחנה: «k_icd», «k_icd2». בדיקות: «k_lab», «k_lab2».
טיפול: «k_drug», «k_drug2». תאריך לידה: «b_slash2». ביקורת ב-«f_he» («k_wd»).
הבת בת «q_age». «k_region», «k_country».
"""

AR_CHAT = """[مجموعة العائلة — واتساب]
«q_given»: أمي دخلت «k_hosp» يوم «a_ar»، «k_dept»
«r_given»: الله يشفيها. مين الدكتور؟
«q_given»: الدكتور «d_full»، رقمه «d_ph»
«r_given»: ولرقم الملف؟ «mrn»
«q_given»: الهوية الوطنية «sa_id»، عمرها «p_age_ar» سنة ما شاء الله
«r_given»: والعنوان حق التأمين: «addr»، «town» «zip»
«q_given»: الطبيب قال التشخيص «k_icd»، والتحليل: «k_lab»
«r_given»: الأدوية؟ «k_drug»، «k_drug2»
«q_given»: تاريخ ميلادها «b_lev»، الموعد الجاي «f_ar_num» يوم «k_wd»
«r_given»: أنا عمري «q_age» وما عندي صبرها 😅 سلمي على خالتي «p_given»
«q_given»: الممرضة «n_full» قالت الخروج «c_ar_lat». «k_region»، «k_country»
"""

FA_LETTER = """«k_hosp» — «k_dept»
نامه ارجاع — شماره پرونده: «mrn»
همکار گرامی جناب آقای دکتر «d_full»
بیمار خانم/آقای «p_full»، فرزند «r_given»، «p_age_fa» ساله، کد ملی «melli»، متولد «b_fa»،
ساکن «k_region»، «town»، «addr»، کد پستی «zip»، تلفن «p_ph»،
در تاریخ «a_fa_num» با تشخیص «k_icd» بستری و در «c_fa» ترخیص شد.
همراه بیمار: «q_full» (فرزند، «q_age_fa» ساله)، تلفن «q_ph».
آزمایش‌ها: «k_lab»؛ «k_lab2». داروها: «k_drug»، «k_drug2».
لطفاً بیمار در تاریخ «f_fa» ویزیت شود (روز «k_wd»). سابقه بستری در سال «k_year_fa».
با سپاس، دکتر «n_full»، «k_country»
"""

HI_OPD = """«k_hosp»
«k_dept» — ओपीडी पर्ची   पंजीकरण सं.: «mrn»
नाम: «p_full»   आयु: «p_age» वर्ष   दिनांक: «a_slash2»
पति/पिता का नाम: «r_full»   आधार: «aadhaar»
पता: «addr», «town», «k_region» – «zip»   मोबाइल: «p_ph»
साथ में: बेटा «q_full» («q_age» वर्ष), फ़ोन «q_ph»
डॉ. «d_full» ने देखा। निदान: «k_icd»; जाँच: «k_lab», «k_lab2».
दवा: «k_drug» सुबह-शाम, «k_drug2» रात को।
जन्म तिथि: «b_hi». अगली तारीख «f_dash» («k_wd»)। नर्स «n_full», «k_country»
"""

BN_SMS = """[এসএমএস — «k_hosp»]
প্রিয় «p_full», আপনার রেজি. নং «mrn»। «k_dept»-এ আপনার পরবর্তী সাক্ষাৎ «f_bn», «k_wd»।
[এসএমএস] «p_given»-এর মেয়ে «q_full» বলছি, মায়ের বয়স «p_age_bn» বছর, জন্ম «b_bn_num»। ফোন «q_ph»
[এসএমএস] ডা. «d_full»: রিপোর্ট «k_lab»; «k_lab2». ওষুধ «k_drug», «k_drug2»। রোগনির্ণয় «k_icd»
[এসএমএস] এনআইডি «bd_nid», ঠিকানা: «addr», «town» «zip», «k_region»
[এসএমএস] ভর্তি «a_bn», ছুটি «c_dash»। প্রতিবেশী «r_full» ({r_ph}) সাথে আসবেন।
[এসএমএস] আমার বয়স «q_age_bn», সেবিকা «n_full»। «k_country»
""".replace("{r_ph}", "«r_ph»")

TH_WARD = """«k_hosp» «k_dept»
บันทึกการพยาบาล HN «mrn»
ผู้ป่วย นาง«p_full» อายุ «p_age» ปี เลขบัตรประชาชน «thai_id»
ที่อยู่ «addr» «town» «k_region» «zip» โทร «p_ph»
รับไว้วันที่ «a_th» ด้วย «k_icd» แพทย์เจ้าของไข้ นพ.«d_full»
ญาติ: บุตรสาว คุณ«q_full» อายุ «q_age» ปี โทร «q_ph» มาเยี่ยมทุก «k_wd»
ผลตรวจ «k_lab» / «k_lab2» ยา «k_drug» และ «k_drug2»
เกิดวันที่ «b_th_ab» นัดครั้งต่อไป «f_th_num» พยาบาลเวร «n_full» «k_country»
"""

ZH_JSON = """{
 "医院": "«k_hosp»",
 "科室": "«k_dept»",
 "住院号": "«mrn»",
 "患者": {"姓名": "«p_full»", "性别": "女", "年龄": "«p_age_zh»", "出生日期": "«b_zh»", "身份证号": "«cn_id»",
          "省份": "«k_region»", "现住址": "«region_txt»«town»«addr»", "邮编": "«zip»", "联系电话": "«p_ph»"},
 "联系人": {"姓名": "«q_full»", "关系": "女儿", "年龄": "«q_age_zh»", "电话": "«q_ph»"},
 "入院日期": "«a_iso»", "出院日期": "«c_zh»",
 "诊断": ["«k_icd»", "«k_icd2»"],
 "检验": ["«k_lab»", "«k_lab2»"],
 "医嘱": ["«k_drug»", "«k_drug2»"],
 "病程记录": "患者由女儿«q_full»陪同入院。主治医生«d_full»查房，«n_full»护士执行医嘱。邻居«r_full»称患者«g_md_zh»曾跌倒。",
 "复诊": "«f_zh»（«k_wd»）",
 "国籍": "«k_country»"
}
"""

TW_NURSING = """«k_hosp» «k_dept» 護理紀錄
病歷號：«mrn»　姓名：«p_full»　年齡：«p_age_tw»　身分證字號：«tw_id»
健保卡號：«hp_tw»　出生：«b_minguo»　住址：«region_txt»«town»«addr»（«zip»）　戶籍：«k_region»
«a_minguo_num» 08:00 病人由兒子 «q_full» 陪同入院，聯絡電話 «q_ph»。
主治醫師 «d_full» 醫師查房，診斷 «k_icd»。檢驗：«k_lab»、«k_lab2»。
給藥：«k_drug»、«k_drug2»。護理師 «n_full» 簽名。
鄰居 «r_full» 來電詢問病情，告知 «c_minguo» 預計出院。
下次回診：«f_minguo_num»（«k_wd»）。國籍：«k_country»
"""

JA_LETTER = """診療情報提供書（紹介状）
«k_hosp» «k_dept» 御中
«d_full» 先生 御侍史
患者氏名：«p_full» 様　生年月日：«b_ja_era»（«p_age_ja»）
住所：〒«zip» «region_txt»«town»«addr»（«k_region»）　電話：«p_ph»
マイナンバー：«mynum»　保険者番号：«hp»　カルテ番号：«mrn»
平素より大変お世話になっております。上記患者様は«a_ja_era»より当院「«k_dept2»」に入院され、
診断名「«k_icd»」にて加療いたしました。検査：«k_lab»、«k_lab2»。処方：«k_drug»、«k_drug2»。
ご家族は長女の«q_full»さん（«q_age_ja»、電話 «q_ph»）です。近所の«r_full»さんも協力的です。
退院日：«c_ja_r»。次回外来：«f_zh»（«k_wd»）。
担当医 «n_full»　«k_country»
"""

KO_CHAT = """[카카오톡 — 보호자 단톡방]
«q_full»: 어머니 «k_hosp» «k_dept» 입원하셨어요 («a_ko})
«r_full»: 헐 괜찮으셔? 담당 선생님 누구야
«q_full»: «d_full» 교수님. 병록번호 «mrn»
«r_full»: 엄마 주민번호 «rrn» 맞지? 보험 서류에 필요해
«q_full»: 응 어머니 «p_age_ko»이셔. 생신 «b_ko»
«r_full»: 집 주소 «k_region» «town» «addr» («zip») 로 보내면 돼?
«q_full»: ㅇㅇ 진단 «k_icd», 검사 «k_lab»
«r_full»: 약은? «k_drug» 랑 «k_drug2»
«q_full»: 퇴원 «c_md_ko», 외래 «f_ko_dot» «k_wd». 간호사 «n_full» 님 번호 «n_ph»
«r_full»: 나도 벌써 «q_age_ko» 넘어서 허리가… 어머니 «p_full» 님 힘내세요
""".replace("«a_ko}", "«a_ko»")

RU_PORTAL_JSON = """{
 "lpu": "«k_hosp»",
 "otdelenie": "«k_dept»",
 "nomer_karty": "«mrn»",
 "pacient": {"familiya": "«p_family»", "imya": "«p_given»", "otchestvo": "«p_patr»", "data_rozhdeniya": "«b_iso»",
             "vozrast": "«p_age» лет", "snils": "«snils»", "polis_oms": "«oms»", "telefon": "«p_ph»", "email": "«email»",
             "adres": {"region": "«k_region»", "gorod": "«town»", "ulica": "«addr»", "indeks": "«zip»"}},
 "predstavitel": {"fio": "«q_off»", "rodstvo": "дочь", "vozrast": "«q_age»", "telefon": "«q_ph»"},
 "vrach": "«d_init»",
 "zapis": {"data": "«f_ru»", "den_nedeli": "«k_wd»", "kabinet": "214"},
 "diagnoz_mkb": ["«k_icd»", "«k_icd2»"],
 "naznacheniya": ["«k_drug»", "«k_drug2»"],
 "kommentariy": "Записала дочь по просьбе «p_gen_gp». Предыдущий приём у «d_gen» «g_dot».",
 "strana": "«k_country»"
}
"""

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("nl31_ru_vypisnoy_epikriz", "ru", "text", RU_EPICRISIS),
    ("nl31_uk_dzvinok_rodyny", "uk", "text", UK_CALL),
    ("nl31_bg_napravlenie_egn", "bg", "text", BG_REFERRAL),
    ("nl31_sr_konzilijarni_nalaz", "sr", "text", SR_CONSULT),
    ("nl31_el_paradosi_vardias", "el", "text", EL_HANDOVER),
    ("nl31_he_sikum_miyun", "he", "text", HE_ER),
    ("nl31_ar_whatsapp_family", "ar", "text", AR_CHAT),
    ("nl31_fa_nameh_erja_jalali", "fa", "text", FA_LETTER),
    ("nl31_hi_opd_parchi", "hi", "text", HI_OPD),
    ("nl31_bn_sms_reminders", "bn", "text", BN_SMS),
    ("nl31_th_nursing_note_be", "th", "text", TH_WARD),
    ("nl31_zh_his_json_export", "zh", "json", ZH_JSON),
    ("nl31_tw_nursing_minguo", "tw", "text", TW_NURSING),
    ("nl31_ja_shokaijo_era", "ja", "text", JA_LETTER),
    ("nl31_ko_kakao_guardians", "ko", "text", KO_CHAT),
    ("nl31_ru_portal_json_translit", "ru", "json", RU_PORTAL_JSON),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks, plus plain substring checks for values in scripts that glue words (a PHI
    value of such a script inside another span or plain text, a keep value of one inside a PHI span)."""
    bad = _base_problems(doc)
    text = doc.content
    for type_, value in doc.phi:
        if not glued_script(value):
            continue
        for m in re.finditer(re.escape(value), text):
            if not any(a <= m.start() and m.end() <= b for a, b in doc.spans):
                bad.append(f"{doc.id}: {type_} {value!r} also as a substring outside its spans at {m.start()}")
    for k in doc.keep:
        if glued_script(k):
            for m in re.finditer(re.escape(k), text):
                if any(a < m.end() and m.start() < b for a, b in doc.spans):
                    bad.append(f"{doc.id}: keep {k!r} overlaps PHI at {m.start()}")
    return bad


def make_doc(seed: int, index: int, kind: str, lang: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe31:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, lang)
        if lang == "ar":  # Gulf, Egyptian and Levantine documents
            region = ["sa", "eg", "lev"][(index + seed) % 3]
            if region == "eg":
                slots["sa_id"] = slots["eg_id"]
            slots["b_lev"] = slots["b_lev"] if region == "lev" else slots["b_ar_lat"]
        content, phi, keep, spans = render(template, slots, fmt)
        content = unicodedata.normalize("NFC", content)
        doc = Doc(f"{kind}-{index}", kind, lang, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
