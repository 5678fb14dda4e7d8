# ruff: noqa: E501  (hand-aligned templates)
"""Seventy-ninth independent probe corpus: health text from the Middle East, North Africa, Turkey and Iran written
in the region's own languages and scripts -- Arabic (Saudi and Emirati, Jordanian and Lebanese, Egyptian, Iraqi;
Moroccan French-Arabic), Persian, Hebrew, Turkish and Sorani Kurdish -- as the region's hospitals, insurers,
e-health platforms, pharmacies and families write it, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a discharge summary (Saudi ملخص الخروج with Hijri dates;
Persian خلاصه پرونده ترخیص with Jalali dates and Persian digits), an inpatient summary letter (Hebrew סיכום אשפוז;
Turkish epikriz), a referral letter (Jordanian تحويل; Sorani نامەی ڕەوانەکردن), a sick-leave certificate (Saudi
Seha-style إجازة مرضية; Turkish istirahat raporu), a prescription (Egyptian روشتة; Persian نسخه), an
e-prescription record as JSON (Saudi Wasfaty-style; Emirati Riayati-style), an insurance pre-approval (Emirati
موافقة مسبقة; Saudi), an insurance claim (Turkish private-insurance claim with an IBAN; Iranian supplementary
insurance claim with a Sheba number), a lab report (Iraqi تقرير مختبر; Hebrew תוצאות מעבדה), nursing notes
(Jordanian; Turkish hemşire gözlem), a vaccination card (Moroccan carnet de vaccination; Saudi), a death
certificate (Egyptian شهادة وفاة; Iranian گواهی فوت; the deceased aged 90+), WhatsApp family messages about an
admitted elder (Iraqi and Lebanese dialect; aged 90+, Eastern Arabic digits), a hospital registration slip
(Egyptian تذكرة دخول; Sorani), an EMR export CSV with local-language keys (Hebrew; Turkish), an EMR export JSON
with local-language keys (Persian; Moroccan French), SMS appointment reminders (Saudi; Hebrew) and a transfer /
consultation note (Moroccan French with Arabic; Lebanese Arabic with French terms).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by locale. People: `p` the
patient, `r` and `m` relatives (a spouse, a son or daughter), `d` the physician, `e` a nurse or second
clinician, `s` another staff member (pharmacist, clerk, insurer's officer), `x` a neighbour / contact / witness.
Forms: `_n` given + family, `_t` given + father + family, `_nb` nasab with بن / بنت or בן / בת, `_g` given,
`_f` family, `_fa` the father's given name, `_lat` the Latin spelling, `_pp` the passport line (FAMILY GIVEN),
`_NF` Given FAMILY (Turkish, French), `_ph` phone, `_phL` phone in the text's own digits, `_em`, `_line`,
`_town`, `_pc`, `_addr`, `_nid` national ID (`_nidL` in local digits), `_iban`, `_dob` (`_dobL` local digits),
`_age` `_ageL` (keep, under 90), `_old` `_oldL` (AGE, 90+), `_sex`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written, in any script: full, three-part, with بن / بنت / בן / בת (the particle
  inside the value), given alone, family alone, a father's given name in a "father's name" field (اسم الأب,
  نام پدر, שם האב, baba adı), Latin passport lines, kunya-free. Titles and roles (د., دکتر, ד"ר, Dr., Sayın,
  Mme, أم / أبو are not used) are plain text outside the value.
- ADDRESS: street lines (building, villa, alley, plaque, apartment numbers inside the value), districts,
  neighbourhoods, villages, mahallas. Capitals and big cities, provinces and countries are plain text.
  ZIP: postal codes (Saudi, Jordanian, Lebanese, Egyptian, Moroccan, Iranian, Israeli, Turkish).
- DATE: every date more specific than a year in any calendar and digits (Gregorian, Hijri, Jalali; Western,
  Eastern Arabic and Persian digits). AGE: 90 and over (the number); ages under 90 keep.
- SSN: national identity numbers (Saudi ID / Iqama, Emirates ID, Teudat Zehut, T.C. Kimlik No, code melli,
  Egyptian national ID, Jordanian national number, Lebanese civil registry number, Moroccan CIN, Iraqi unified
  card). MRN: hospital file numbers. ID: encounter / admission / visit numbers, prescription, sick-leave,
  certificate, claim, approval and request numbers, passport numbers. HEALTH_PLAN: insurance member / policy /
  card numbers. ACCOUNT: IBANs and Sheba numbers. LICENSE: clinicians' registration numbers, driving licences.
  DEVICE: serial numbers of a patient's own device. VEHICLE: plates. URL: links carrying a token. IP: an
  address a record was submitted from. PHONE, EMAIL: of any person.
- Keep (must survive): drugs and doses, ICD-10 codes, lab analytes with values, vaccines, hospitals,
  insurers, e-health platforms, ministries and regulations, form numbers, wards, years alone, ages under 90,
  headings marked ‹...›.
- Not scored (plain text): honorifics, relationship words, form labels, cities and countries, times of day,
  vitals, bed and room numbers, hospitals' own phone numbers.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe79 import ids
from tests.engine.probe79.people import LOCS, NAMES, K, Loc, P, Person, Slot, draw_person, fill, tr_upper

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
GREG_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
GREG_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
HE_MONTHS = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]


def local(loc: Loc, s: str) -> str:
    return ids.ar(s) if loc.digits == "ar" else ids.fa(s) if loc.digits == "fa" else s


def date_forms(d: date, loc: Loc) -> dict[str, Slot]:
    D = lambda v: P("DATE", v)  # noqa: E731
    hy, hm, hd = ids.hijri(d)
    jy, jm, jd = ids.jalali(d)
    lev = loc.code in ("JO", "LB", "IQ", "KRD")
    return {
        "dmy": D(f"{d:%d/%m/%Y}"), "iso": D(d.isoformat()), "ymd": D(f"{d:%Y/%m/%d}"), "dot": D(f"{d:%d.%m.%Y}"),
        "dmyA": D(ids.ar(f"{d:%d/%m/%Y}")), "ymdA": D(ids.ar(f"{d:%Y/%m/%d}")),
        "arl": D(ids.ar(f"{d.day} {(GREG_LEV if lev else GREG_AR)[d.month - 1]} {d.year}") if loc.digits == "ar" else f"{d.day} {(GREG_LEV if lev else GREG_AR)[d.month - 1]} {d.year}"),
        "hij": D(ids.ar(f"{hd} {ids.HIJRI_MONTHS[hm - 1]} {hy}")), "hijn": D(f"{hy}/{hm:02d}/{hd:02d}"), "hijA": D(ids.ar(f"{hy}/{hm:02d}/{hd:02d}")),
        "jal": D(ids.fa(f"{jy}/{jm:02d}/{jd:02d}")), "jall": D(ids.fa(f"{jd} {ids.JALALI_MONTHS[jm - 1]} {jy}")), "jalw": D(f"{jy}/{jm:02d}/{jd:02d}"),
        "trl": D(f"{d.day} {TR_MONTHS[d.month - 1]} {d.year}"), "frl": D(f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"),
        "hel": D(f"{d.day} {HE_MONTHS[d.month - 1]} {d.year}"), "hed": D(f"{d.day}.{d.month}.{d.year}"),
        "dm": D(f"{d.day}/{d.month}"), "dmA": D(ids.ar(f"{d.day}/{d.month}")),
    }  # fmt: skip


SEX = {"ar": ("ذكر", "أنثى"), "fa": ("مرد", "زن"), "he": ("זכר", "נקבה"), "tr": ("Erkek", "Kadın"), "fr": ("M", "F"), "ku": ("نێر", "مێ")}
LANG = {"SA": "ar", "AE": "ar", "JO": "ar", "LB": "ar", "EG": "ar", "IQ": "ar", "MA": "fr", "IR": "fa", "IL": "he", "TR": "tr", "KRD": "ku"}


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, line, town, city = w.loc.code, A(w.line), A(w.town), w.city
    if c == "SA":
        return (line, "، ", town, f"، {city} ", Z(w.postcode))
    if c in ("AE", "EG"):
        return (line, "، ", town, f"، {city}")
    if c == "JO":
        return (line, "، ", town, f"، {city} ", Z(w.postcode))
    if c == "LB":
        return (town, "، ", line, f"، {city} ", Z(w.postcode))
    if c == "IQ":
        return (f"{city} / ", town, " / ", line)
    if c == "MA":
        return (line, ", ", town, ", ", Z(w.postcode), f" {city}")
    if c == "IR":
        return (f"{city}، ", town, "، ", line, "، کد پستی ", Z(ids.fa(w.postcode)))
    if c == "IL":
        return (line, ", ", town, f", {city} ", Z(w.postcode))
    if c == "TR":
        return (town, " ", line, " ", Z(w.postcode), f" {city}")
    return (f"{city} - ", town, " - ", line)


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    loc = w.loc
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, loc)
    nid_l = local(loc, w.nid)
    upper = tr_upper if loc.code == "TR" else str.upper
    fam_l = w.family_lat if loc.code == "MA" else w.family
    given_l = w.given_lat if loc.code == "MA" else w.given
    return {
        f"{x}_n": N(w.full), f"{x}_t": N(w.triple), f"{x}_nb": N(w.nasab), f"{x}_g": N(w.given), f"{x}_f": N(w.family),
        f"{x}_fa": N(w.father), f"{x}_lat": N(w.latin), f"{x}_pp": N(w.passport), f"{x}_glat": N(w.given_lat),
        f"{x}_NF": N(f"{given_l} {upper(fam_l)}"), f"{x}_FN": N(f"{upper(fam_l)} {given_l}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_phL": P("PHONE", local(loc, w.phone)), f"{x}_ph2": P("PHONE", w.phone2),
        f"{x}_em": P("EMAIL", w.email), f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town),
        f"{x}_pc": P("ZIP", w.postcode) if w.postcode else "", f"{x}_addr": address(w),
        f"{x}_nid": P("SSN", w.nid), f"{x}_nidL": P("SSN", nid_l), f"{x}_iban": P("ACCOUNT", w.iban),
        f"{x}_dob": dob["dot" if loc.code in ("TR", "IL") else "jalw" if loc.code == "IR" else "dmy"],
        f"{x}_dobL": dob["jal" if loc.code == "IR" else "dmyA"], f"{x}_dobiso": dob["iso"], f"{x}_dobhij": dob["hijn"],
        f"{x}_age": K(str(age)), f"{x}_ageL": K(local(loc, str(age))), f"{x}_old": P("AGE", str(age)), f"{x}_oldL": P("AGE", local(loc, str(age))),
        f"{x}_sex": SEX[LANG[loc.code]][w.female], f"{x}_yr": K(str(w.dob.year)),
    }  # fmt: skip


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

HOSPITALS = {
    "SA": ["مستشفى الملك فهد التخصصي", "مدينة الملك سعود الطبية", "مستشفى الملك خالد الجامعي"],
    "AE": ["مستشفى توام", "مدينة الشيخ خليفة الطبية", "مستشفى القاسمي"],
    "JO": ["مستشفى الجامعة الأردنية", "مستشفى البشير", "مدينة الحسين الطبية"],
    "LB": ["مستشفى أوتيل ديو دو فرانس", "المركز الطبي للجامعة الأميركية", "مستشفى رفيق الحريري الجامعي"],
    "EG": ["مستشفى قصر العيني", "مستشفى الدمرداش", "معهد ناصر"],
    "IQ": ["مدينة الطب", "مستشفى اليرموك التعليمي", "مستشفى الكندي"],
    "MA": ["CHU Ibn Rochd", "CHU Hassan II", "Hôpital Cheikh Khalifa"],
    "IR": ["بیمارستان امام خمینی", "بیمارستان شریعتی", "بیمارستان نمازی"],
    "IL": ["המרכז הרפואי שיבא", "הדסה עין כרם", "רמב\"ם"],
    "TR": ["Hacettepe Üniversitesi Hastanesi", "Ankara Şehir Hastanesi", "Cerrahpaşa Tıp Fakültesi"],
    "KRD": ["نەخۆشخانەی ڕزگاری", "نەخۆشخانەی شار", "نەخۆشخانەی فێرکاری سلێمانی"],
}
INSURERS = {
    "SA": ["بوبا العربية", "التعاونية للتأمين", "ميدغلف"], "AE": ["ضمان", "ثقة", "أبوظبي الوطنية للتأمين"],
    "TR": ["Allianz Sigorta", "Anadolu Sigorta", "Axa Sigorta"], "IR": ["بیمه تأمین اجتماعی", "بیمه سلامت", "بیمه دانا"],
    "IL": ["כללית", "מכבי שירותי בריאות", "מאוחדת"], "MA": ["CNOPS", "CNSS", "AMO Tadamon"], "EG": ["هيئة التأمين الصحي"],
}
DRUGS = ["Metformin 500 mg", "Amlodipine 5 mg", "Bisoprolol 2.5 mg", "Atorvastatin 40 mg", "Enoxaparin 40 mg", "Pantoprazole 40 mg",
         "Furosemide 40 mg", "Ceftriaxone 1 g", "Paracetamol 1 g", "Clopidogrel 75 mg", "Insulin glargine 20 IU", "Salbutamol 100 mcg",
         "Augmentin 1 g", "Losartan 50 mg", "Aspirin 81 mg", "Omeprazole 20 mg"]  # fmt: skip
LABS = ["HbA1c 8.4%", "Hb 10.2 g/dL", "CRP 48 mg/L", "Creatinine 1.6 mg/dL", "K 5.1 mmol/L", "Na 131 mmol/L", "WBC 13.4", "Troponin I 0.8 ng/mL",
        "INR 2.6", "TSH 4.9 mIU/L", "eGFR 38", "Vitamin D 11 ng/mL"]  # fmt: skip
ICD = ["I21.4", "J18.9", "E11.65", "N18.4", "I50.9", "K80.2", "I63.9", "J44.1", "A09", "N39.0", "D50.9", "E86.0"]
VACCINES = ["BCG", "Hépatite B", "Penta", "VPO", "Pneumo 13", "RR", "Rota"]
SA_VACCINES = ["الدرن (BCG)", "التهاب الكبد ب", "السداسي", "شلل الأطفال الفموي", "الحصبة والنكاف والحصبة الألمانية", "المكورات الرئوية"]


def base_slots(rng: random.Random, loc: Loc, kind: str) -> dict[str, Slot]:
    d1 = date(2023, 9, 1) + timedelta(days=rng.randrange(540))
    used: set[str] = set()
    old = kind in OLD
    p = draw_person(rng, loc, used, d1, female=FEMALE.get((kind, loc.code)), age_days=(90 * Y + 30, 97 * Y) if old else (40 * Y, 82 * Y))
    pa = (d1 - p.dob).days
    shared = loc.culture in ("hebrew", "turkish")  # a wife takes the husband's family name there, not elsewhere
    r = draw_person(rng, loc, used, d1, female=not p.female, family=(p.family, p.family_lat) if shared else None, home=p,
                    age_days=(max(20 * Y, pa - 30 * Y), max(22 * Y, pa - 20 * Y)) if old else (max(20 * Y, pa - 5 * Y), pa + 4 * Y))
    dad = r if p.female else p  # children carry the father's family name and his given name as their nasab
    m = draw_person(rng, loc, used, d1, family=(dad.family, dad.family_lat), father=(dad.given, dad.given_lat),
                    age_days=(max(19 * Y, pa - 38 * Y), max(20 * Y, pa - 22 * Y)))
    ppl = {"p": p, "r": r, "m": m}
    for x in ("d", "e", "s", "x"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(28 * Y, 64 * Y))
    ppl["o"] = draw_person(rng, loc, used, d1, female=True, age_days=(pa + 18 * Y, pa + 40 * Y))  # the patient's mother
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(3, 9)), "d3": d1 - timedelta(days=rng.randint(2, 20)),
          "d4": d1 + timedelta(days=rng.randint(14, 40)), "d5": d1 - timedelta(days=rng.randint(200, 900)),
          "d6": d1 + timedelta(days=rng.randint(1, 2))}  # fmt: skip
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    c = loc.code
    s["mrn"] = F("MRN", {"SA": "%######", "AE": "MR%#######", "IR": "%#####", "IL": "%########", "TR": "%########", "EG": "%#####/%#"}.get(c, "%######"))
    s["mrnL"] = P("MRN", local(loc, str(s["mrn"].value)))
    s["enc"] = F("ID", "%#########", "ENC-%#######")
    s["encL"] = P("ID", local(loc, fill(rng, "%#######")))
    s["rx"] = F("ID", {"SA": "RX%########", "AE": "ERX-%#######-01", "IR": "%##########", "EG": "%#####"}.get(c, "%#######"))
    s["claim"] = F("ID", {"TR": "HSR-20##-%######", "IR": "%#######", "AE": "CLM%########", "SA": "%##########"}.get(c, "%#######"))
    s["approval"] = F("ID", "PA-%#######", "%#########")
    s["cert"] = F("ID", {"SA": "PSL%###########", "TR": "%#########", "EG": "%######"}.get(c, "%#######"))
    s["certL"] = P("ID", local(loc, str(s["cert"].value)) if str(s["cert"].value).isdigit() else str(s["cert"].value))
    s["passport"] = F("ID", {"SA": "@%#######", "AE": "@%######", "IR": "@%#######", "IL": "%#######", "TR": "U%#######", "EG": "A%#######", "MA": "@@%######"}.get(c, "@%######"))
    s["member"] = F("HEALTH_PLAN", {"SA": "%#######", "AE": "%-####-#########-##", "TR": "%#########", "IR": "%##########", "IL": "%########", "MA": "%########"}.get(c, "%#######"))
    s["policy"] = F("HEALTH_PLAN", {"SA": "%####/####", "AE": "POL-%#######", "TR": "%#######-##"}.get(c, "%#######"))
    lic = {"SA": "%#-@-@-%######", "AE": "DOH-%#######", "IR": "%#####", "IL": "%####", "TR": "%#####", "EG": "%#####", "JO": "%####", "LB": "%####", "MA": "%########", "IQ": "%####", "KRD": "%####"}[c]
    for x in ("d", "e", "s"):
        s[f"{x}_lic"] = F("LICENSE", lic)
        s[f"{x}_licL"] = P("LICENSE", local(loc, str(s[f"{x}_lic"].value)))
    s["dl"] = F("LICENSE", {"TR": "%#####", "IL": "%######", "SA": "%#########"}.get(c, "%#######"))
    s["device"] = F("DEVICE", "SN %#######", "%##@@####", "NWV%#######", "PM-%######")
    s["plate"] = P("VEHICLE", {
        "SA": ids.ar(fill(rng, "%###")) + " " + rng.choice(["أ ب ج", "ر س ط", "ح ل ن", "ك و ي"]), "AE": rng.choice(["أبوظبي ", "دبي "]) + fill(rng, "% %####"),
        "IR": ids.fa(fill(rng, "%#")) + " " + rng.choice(["ب", "ج", "د", "س"]) + " " + ids.fa(fill(rng, "%##")) + " ایران " + ids.fa(fill(rng, "%#")),
        "TR": fill(rng, "%# @@@ %##"), "IL": fill(rng, "%##-##-%##"), "EG": rng.choice(["ق ر ب", "س ط ع", "م ن ص"]) + " " + ids.ar(fill(rng, "%##")),
        "JO": fill(rng, "%#-%####"), "LB": rng.choice(["B", "G", "M"]) + " " + fill(rng, "%#####"), "MA": fill(rng, "%####") + "-أ-" + fill(rng, "%#"),
        "IQ": "بغداد " + fill(rng, "% %####"), "KRD": "هەولێر " + fill(rng, "%#####"),
    }[c])  # fmt: skip
    s["ip"] = P("IP", f"{rng.choice([10, 172, 185, 94, 212])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}")
    tok = fill(rng, "@@%#@%##@#%")
    s["url"] = P("URL", {"SA": f"https://seha.sa/sl/verify?code={tok}", "AE": f"https://riayati.ae/erx/{tok}", "IR": f"https://salamat.gov.ir/p/{tok}",
                         "IL": f"https://zimun.example.co.il/c/{tok}", "TR": f"https://enabiz.gov.tr/rapor/{tok}", "MA": f"https://dossier.chu.example.ma/p/{tok}",
                         "EG": f"https://eshfa.example.eg/r/{tok}"}.get(c, f"https://portal.example.net/v/{tok}"))  # fmt: skip
    # keep vocabulary
    drugs = rng.sample(DRUGS, 4)
    labs = rng.sample(LABS, 3)
    icd = rng.sample(ICD, 2)
    for i in range(4):
        s[f"drug{i + 1}"] = K(drugs[i])
    for i in range(3):
        s[f"lab{i + 1}"] = K(labs[i])
    s["icd1"], s["icd2"] = K(icd[0]), K(icd[1])
    s["hosp"] = K(rng.choice(HOSPITALS[c]))
    s["ins"] = K(rng.choice(INSURERS.get(c, ["—"])))
    s["yr"] = K(str(p.dob.year + rng.randint(30, 55)))
    grand = [g for g in NAMES[loc.culture][1] if g[0] not in used and g[0] not in (p.father, p.given)] or NAMES[loc.culture][1]
    s["p_q"] = P("NAME", f"{p.given} {p.father} {rng.choice(grand)[0]} {p.family}")  # the four-part name
    s["m_rel_ar"], s["m_bn"] = ("ابنته", "ابنة") if m.female else ("ابنه", "ابن")
    s["m_rel_tr"], s["m_rel_fr"] = ("kızı", "fille") if m.female else ("oğlu", "fils")
    s["p_ageK"] = s["p_age"]
    s["r_al"] = {"ar": ("زوجها" if p.female else "زوجته"), "fa": ("همسر"), "he": ("בן הזוג" if p.female else "בת הזוג"), "tr": "eşi", "fr": "conjoint", "ku": "هاوسەر"}[LANG[c]]
    s["pt_hx"] = ("المريضة حضرت إلى الطوارئ بألم في الصدر منذ ست ساعات، ولديها" if p.female
                  else "المريض حضر إلى الطوارئ بألم في الصدر منذ ست ساعات، ولديه")
    return s


OLD = {"mena79_death_certificate", "mena79_whatsapp_family_thread"}
# the patient's sex where the template's grammar fixes it (a father on a child's vaccination card)
FEMALE = {("mena79_whatsapp_family_thread", "IQ"): False, ("mena79_whatsapp_family_thread", "LB"): True,
          ("mena79_vaccination_card", "MA"): False, ("mena79_vaccination_card", "SA"): False}

# ---- templates ---------------------------------------------------------------------------------------------

DISCHARGE = {
    "SA": """‹ملخص الخروج› / Discharge Summary                                      «hosp»
اسم المريض: «p_nb»                         Patient Name: «p_pp»
رقم الملف الطبي: «mrn»          رقم الهوية / الإقامة: «p_nid»          الجنس: «p_sex»
تاريخ الميلاد: «p_dobhij» هـ (الموافق «p_dob» م)          العمر: «p_ageK» سنة
تاريخ الدخول: «d1_hij» هـ الموافق «d1_dmy» م          تاريخ الخروج: «d2_hijn» هـ
الطبيب المعالج: د. «d_n» (رقم التصنيف المهني «d_lic»)          القسم: الباطنة - جناح ٤
التشخيص الرئيسي: احتشاء عضلة القلب («icd1»)، التشخيص الثانوي: «icd2»
القصة المرضية: «pt_hx» سكري منذ عام «yr».
الفحوصات: «lab1»، «lab2»، «lab3»
الأدوية عند الخروج: «drug1» مرة يومياً، «drug2» مساءً، «drug3»
المرافق: «r_t» («r_al») - جوال «r_ph»          جوال المريض: «p_ph2»
العنوان الوطني: «p_addr»
التأمين: «ins» - رقم العضوية «member»
موعد المتابعة: عيادة القلب «d4_hij» هـ. تم التوقيع إلكترونياً بواسطة د. «d_f» بتاريخ «d2_dmyA»
جهاز قياس السكر الخاص بالمريض: الرقم التسلسلي «device» — تعليمات: «drug4» عند الحاجة
المحوِّل: د. «x_n» (مستوصف ‹الرعاية الأولية بالنسيم›) — ‹نموذج تحويل رقم ٣›
""",
    "IR": """‹خلاصه پرونده ترخیص› — «hosp»
نام و نام خانوادگی بیمار: «p_n»          نام پدر: «p_fa»          کد ملی: «p_nidL»
شماره پرونده: «mrnL»          تاریخ تولد: «p_dobL»          سن: «p_ageL» سال          جنس: «p_sex»
تاریخ پذیرش: «d1_jal»          تاریخ ترخیص: «d2_jall»
پزشک معالج: دکتر «d_n» — شماره نظام پزشکی «d_licL»
تشخیص نهایی: پنومونی اکتسابی از جامعه («icd1»)، بیماری همراه: «icd2»
شرح حال: بیمار با تب و سرفه از «d3_jal» مراجعه کرده است. سابقه دیابت از سال «yr».
آزمایش‌ها: «lab1»، «lab2»
داروهای هنگام ترخیص: «drug1» روزی دو بار، «drug2» شب‌ها، «drug3»
نشانی: «p_addr»          تلفن همراه: «p_phL»
همراه بیمار: «r_n» («r_al») — «r_ph»
بیمه: «ins» — شماره بیمه «member»
مراجعه بعدی: درمانگاه ریه، «d4_jal». امضای پرستار مسئول: «e_n»
پمپ انسولین بیمار: شماره سریال «device» — «drug4» در صورت نیاز
پزشک ارجاع‌دهنده: دکتر «x_n» — ‹فرم شماره ۱۲ وزارت بهداشت›
""",
}

INPATIENT_LETTER = {
    "IL": """«hosp» — מחלקה פנימית ב'
‹סיכום אשפוז›
שם המטופל: «p_n»          ת.ז.: «p_nid»          שם האב: «p_fa»          ת. לידה: «p_dob»
גיל: «p_ageK»          מין: «p_sex»          מס' תיק: «mrn»          קופת חולים: «ins»
כתובת: «p_addr»          טלפון: «p_ph»
תאריך קבלה: «d1_hed»          תאריך שחרור: «d2_hed»
אבחנות: «icd1», «icd2»
מהלך האשפוז: המטופל התקבל ב-«d1_hel» עם קוצר נשימה. בבדיקות: «lab1», «lab2».
טיפול תרופתי בשחרור: «drug1», «drug2», «drug3»
המלצות: מעקב אצל רופא המשפחה ד"ר «x_n» תוך שבוע; ביקורת במרפאה ב-«d4_hed».
איש קשר: «r_n» («r_al»), «r_ph», «r_em»
רופא משחרר: ד"ר «d_n», מ.ר. «d_lic»          אחות אחראית: «e_n»
מכשיר אישי: קוצב לב, מס' סידורי «device» — «drug4» לפי הצורך
נשלח בפקס לרופא המשפחה ד"ר «x_n» — ‹טופס 17›
""",
    "TR": """T.C. SAĞLIK BAKANLIĞI — «hosp»
‹EPİKRİZ›
Hasta Adı Soyadı: «p_NF»          T.C. Kimlik No: «p_nid»          Baba Adı: «p_fa»
Doğum Tarihi: «p_dob»          Yaş: «p_ageK»          Cinsiyet: «p_sex»          Protokol No: «mrn»
Adres: «p_addr»          Tel: «p_ph»
Yatış Tarihi: «d1_dot»          Çıkış Tarihi: «d2_trl»
Tanı: «icd1» — akut koroner sendrom; ek tanı «icd2»
Öykü: «d3_dot» tarihinden beri göğüs ağrısı tarifleyen hasta acil servise başvurdu. «yr» yılından beri diyabet.
Tetkikler: «lab1», «lab2», «lab3»
Taburcu Tedavisi: «drug1» 1x1, «drug2» 1x1, «drug3»
Kontrol: «d4_dot» tarihinde kardiyoloji polikliniği. Refakatçi: «r_n» («r_al»), «r_ph»
Sorumlu Hekim: Uzm. Dr. «d_n» (Dip. Tescil No: «d_lic»)          Hemşire: «e_n»
Hastaya ait insülin pompası seri no: «device» — «drug4» gerektiğinde
Sevk eden hekim: Dr. «x_n» (‹Aile Sağlığı Merkezi›) — ‹SUT 2013›
""",
}

REFERRAL = {
    "JO": """وزارة الصحة - ‹نموذج تحويل مريض›
من: مركز صحي ‹الشونة الشمالية الشامل›          إلى: «hosp» - عيادة الغدد الصماء
اسم المريض الرباعي: «p_q»          الرقم الوطني: «p_nid»
تاريخ الميلاد: «p_dob»          العمر: «p_ageK»          الجنس: «p_sex»
رقم الملف: «mrn»          رقم التأمين الصحي المدني: «member»
العنوان: «p_addr»          هاتف: «p_ph»
سبب التحويل: سكري غير منضبط («icd1»)، «lab1»، «lab2».
العلاج الحالي: «drug1»، «drug2»
ملاحظات: المريض يعيش مع «m_rel_ar» «m_n» (هاتف «m_ph»). آخر زيارة «d3_dmy».
الطبيب المحوِّل: د. «d_n»، رقم النقابة «d_lic»، بتاريخ «d1_dmy»
موعد العيادة المقترح: «d4_dmy»          ختم المركز
البريد الإلكتروني للمريض: «p_em» — رقم جواز السفر: «passport»
«lab3» — «drug3» — ‹نموذج و.ص ٢٢›
""",
    "KRD": """وەزارەتی تەندروستی - ‹نامەی ڕەوانەکردن›
بۆ: «hosp» - بەشی دڵ
ناوی نەخۆش: «p_t»          ژمارەی کارتی نیشتمانی: «p_nid»
ڕێکەوتی لەدایکبوون: «p_dob»          تەمەن: «p_ageK»          ڕەگەز: «p_sex»
ژمارەی فایل: «mrn»          ناونیشان: «p_addr»
مۆبایل: «p_ph»          کەسی پەیوەندی: «r_n» («r_al») «r_ph»
هۆکاری ڕەوانەکردن: ئازاری سنگ و «icd1»؛ «lab1»، «lab2»
دەرمانەکان: «drug1»، «drug2»
پزیشکی ڕەوانەکەر: د. «d_n»، ژمارەی سەندیکا «d_lic»، ڕێکەوت «d1_dmy»
سەردانی داهاتوو: «d4_dmy»          پەرستار: «e_n»
ئیمەیڵ: «p_em» — ژمارەی پاسپۆرت: «passport» — ژمارەی ئۆتۆمبێل: «plate»
«lab3» — «drug3» — ‹فۆرمی ژمارە ٧›
""",
}

SICK_LEAVE = {
    "SA": """منصة صحة - ‹تقرير إجازة مرضية› / Sick Leave Report
رقم الإجازة: «cert»          تاريخ الإصدار: «d1_hijn» هـ
اسم المريض: «p_nb»          Name: «p_pp»
رقم الهوية: «p_nid»          الجنسية: سعودي          جهة العمل: وزارة التعليم
المنشأة الصحية: «hosp»
مدة الإجازة: ٣ أيام، من «d1_hij» هـ إلى «d6_hij» هـ (من «d1_dmy» إلى «d6_dmy» م)
الطبيب: «d_n» - التخصص: طب الأسرة - رقم الترخيص «d_lic»
التشخيص: «icd1»
للتحقق من صحة التقرير: «url»
رقم الجوال المسجل: «p_ph»          البريد: «p_em»
جهة العمل البديلة: ‹المؤسسة العامة للتأمينات الاجتماعية›
الأدوية: «drug1»، «drug2» — «lab1» — الطبيب المراجع: د. «s_n» (ترخيص «s_lic»)
المرافق: «r_t» — «r_ph» — تم الإصدار من «ip»
""",
    "TR": """‹İSTİRAHAT RAPORU› (Geçici İş Göremezlik Belgesi)
Rapor No: «cert»          e-Nabız: «url»
Hastanın Adı Soyadı: «p_NF»          T.C. Kimlik No: «p_nid»          Doğum Tarihi: «p_dob»
Baba Adı: «p_fa»          SGK Sicil No: «member»
Adres: «p_addr»          Cep Tel: «p_ph»
İşyeri: ‹Konya Şeker Fabrikası› — Görevi: forklift operatörü (Sürücü Belge No: «dl»)
Tanı: «icd1» (lumbago)          Muayene Tarihi: «d1_dot»
Hastanın «d1_trl» – «d4_dot» tarihleri arasında istirahatı uygundur. Kontrol: «d4_dot»
Raporu Veren Hekim: Dr. «d_n» (Dip. Tescil No: «d_lic»)          Başhekim Onayı: Dr. «s_n»
İlaçlar: «drug1», «drug2» — «lab1» — ‹5510 sayılı Kanun›
Eşi: «r_n» — «r_ph» — e-posta «p_em» — rapor «ip» adresinden onaylandı
""",
}

PRESCRIPTION = {
    "EG": """عيادة د. «d_n» - استشاري الباطنة والقلب
عضو الجمعية المصرية لأمراض القلب — رقم القيد بالنقابة «d_licL»
العنوان: ‹ميدان المحطة - برج الأطباء - الدور الثالث›          تليفون العيادة للحجز: «d_ph»
التاريخ: «d1_dmyA»
اسم المريض: «p_t»          السن: «p_ageL» سنة          رقم الملف: «mrnL»
‹ر/›
١- «drug1» قرص صباحاً بعد الإفطار
٢- «drug2» قرص مساءً
٣- «drug3» عند اللزوم
التحاليل المطلوبة: «lab1» و «lab2» - يعاد الكشف يوم «d4_arl»
تليفون المريض: «p_phL»          الرقم القومي: «p_nidL»
صرفت بصيدلية ‹د. عبد الفتاح› بواسطة الصيدلي «s_n» - إيصال «rx»
البريد الإلكتروني للمريض: «p_em» — العنوان: «p_addr»
«drug4» — «icd1» — ‹مرض مزمن - التأمين الصحي›
""",
    "IR": """بسمه تعالی — ‹نسخه الکترونیک›
«hosp» — دکتر «d_n»، متخصص داخلی — نظام پزشکی «d_licL»
نام بیمار: «p_n»          کد ملی: «p_nidL»          سن: «p_ageL»          تاریخ: «d1_jal»
بیمه: «ins» — شماره بیمه «member»          کد رهگیری نسخه: «rx»
Rx:
۱) «drug1» — روزی یک عدد
۲) «drug2» — شب‌ها
۳) «drug3» — هر ۸ ساعت
تشخیص: «icd1»
تلفن بیمار: «p_ph»          نشانی: «p_addr»
داروخانه: دکتر «s_n» — تاریخ تحویل «d6_jall»          تحویل گیرنده: «r_n» («r_al»)
ایمیل بیمار: «p_em» — «drug4» — «lab1» — ‹بسته خدمات پایه›
""",
}

ERX_JSON = {
    "SA": """{"منصة": "وصفتي", "رقم_الوصفة": "«rx»", "تاريخ_الوصفة": "«d1_iso»", "التاريخ_الهجري": "«d1_hijn»",
"المريض": {"الاسم": "«p_nb»", "الاسم_باللاتيني": "«p_pp»", "رقم_الهوية": "«p_nid»", "تاريخ_الميلاد": "«p_dobiso»", "الجوال": "«p_ph»", "البريد": "«p_em»", "رقم_الملف": "«mrn»"}, "المرافق": {"الاسم": "«r_t»", "الجوال": "«r_ph»"},
"الطبيب": {"الاسم": "«d_n»", "رقم_التصنيف": "«d_lic»", "المنشأة": "«hosp»"},
"التأمين": {"الشركة": "«ins»", "رقم_العضوية": "«member»", "رقم_الوثيقة": "«policy»"},
"الأدوية": [{"الاسم": "«drug1»", "الجرعة": "قرص مرتين يومياً", "المدة": "٣٠ يوم"}, {"الاسم": "«drug2»", "الجرعة": "قرص مساءً", "المدة": "٣٠ يوم"}],
"التشخيص": ["«icd1»", "«icd2»"], "التحاليل": ["«lab1»"], "الصيدلية": {"الصيدلي": "«s_n»", "تاريخ_الصرف": "«d6_iso»"}, "عنوان_IP": "«ip»"}""",
    "AE": """{"system": "Riayati", "erxNumber": "«rx»", "date": "«d1_iso»",
"المريض": {"الاسم": "«p_t»", "Name": "«p_pp»", "رقم_الهوية_الإماراتية": "«p_nid»", "تاريخ_الميلاد": "«p_dobiso»", "الهاتف": "«p_ph»", "البريد": "«p_em»", "رقم_الملف": "«mrn»", "جواز_السفر": "«passport»", "الحساب": "«p_iban»"},
"الطبيب_المعالج": {"الاسم": "«d_n»", "الترخيص": "«d_lic»", "المنشأة": "«hosp»"},
"التأمين": {"الجهة": "«ins»", "رقم_البطاقة": "«member»", "رقم_الموافقة": "«approval»"},
"الأدوية": [{"الاسم": "«drug1»", "الاستخدام": "مرة يومياً"}, {"الاسم": "«drug2»", "الاستخدام": "عند اللزوم"}],
"التشخيص": "«icd1»", "التحاليل": "«lab1»", "رابط_الوصفة": "«url»", "آخر_تعديل_من": "«ip»"}""",
}

PREAUTH = {
    "AE": """‹نموذج طلب موافقة مسبقة› — Prior Authorization Request
شركة التأمين: «ins»          رقم بطاقة التأمين: «member»          رقم الوثيقة: «policy»
اسم المؤمن عليه: «p_t»          Name as per Emirates ID: «p_pp»
رقم الهوية الإماراتية: «p_nid»          تاريخ الميلاد: «p_dob»          الجنس: «p_sex»
رقم الجوال: «p_ph»          البريد الإلكتروني: «p_em»          العنوان: «p_addr»
مقدم الخدمة: «hosp» — رقم الملف الطبي «mrn»
الطبيب المعالج: د. «d_n» — رقم الترخيص «d_lic»
الإجراء المطلوب: قسطرة قلبية تشخيصية (CPT 93458) بتاريخ «d4_dmy»
التشخيص: «icd1»، «icd2» — «lab1»
الأجهزة: جهاز تنظيم ضربات القلب المزروع، الرقم التسلسلي «device»
رقم الطلب: «claim»          تاريخ الطلب: «d1_dmy»
قرار شركة التأمين: موافقة — رقم الموافقة «approval» — صالحة حتى «d4_arl». المسؤول: «s_n»
‹DHA/DOH Standard›: «drug1»، «drug2» — «lab2» — المرافق: «r_t» «r_ph»
""",
    "SA": """‹طلب موافقة مسبقة› — نظام الضمان الصحي التعاوني
الشركة: «ins»          رقم العضوية: «member»          رقم الوثيقة: «policy»
اسم المستفيد: «p_nb»          رقم الهوية / الإقامة: «p_nid»
تاريخ الميلاد: «p_dobhij» هـ          الجوال: «p_ph»
مقدم الخدمة: «hosp» — رقم الملف «mrn» — رقم الزيارة «enc»
الطبيب: د. «d_n» (رقم التصنيف «d_lic»)
الخدمة المطلوبة: رنين مغناطيسي للركبة اليمنى — تاريخ الموعد «d4_hij» هـ
التشخيص: «icd1» — الأدوية الحالية: «drug1»، «drug2»
مبرر الطلب: ألم مستمر منذ «d5_dmy» لم يتحسن بالعلاج التحفظي.
في حال الرفض يُسترد المبلغ المدفوع إلى الآيبان: «p_iban»
قرار المراجعة الطبية: معتمد برقم «approval» بتاريخ «d6_hijn» هـ — المراجع: د. «s_n»
«lab1» — «lab2» — ‹CCHI Policy 2023› — جهاز مزروع: الرقم التسلسلي «device» — البريد «p_em»
""",
}

CLAIM = {
    "TR": """«ins» — ‹ÖZEL SAĞLIK SİGORTASI TAZMİNAT TALEP FORMU›
Poliçe No: «policy»          Sigortalı No: «member»          Hasar Dosya No: «claim»
Sigortalının Adı Soyadı: «p_NF»          T.C. Kimlik No: «p_nid»          Doğum Tarihi: «p_dob»
Adres: «p_addr»          GSM: «p_ph»          E-posta: «p_em»
Tedavi Gören Kişi: «r_n» («r_al»)          T.C. Kimlik No: «r_nid»
Sağlık Kurumu: «hosp»          Tedavi Tarihi: «d1_dot»          Tanı: «icd1»
Talep Edilen Tutar: 14.850,00 TL (fatura tarihi «d2_dot»)
Ödeme yapılacak IBAN: «p_iban» — Hesap Sahibi: «p_NF»
Doktor: Op. Dr. «d_n»          Beyan tarihi: «d3_trl» — İmza: «p_n»
Ekler: «drug1», «drug2» faturası; «lab1»; ‹Ek-2 Form›; ‹ICD-10›
Hastane dosya no: «mrn» — Tedavi eden: Dr. «e_n» (Dip. Tescil «e_lic»)
""",
    "IR": """‹فرم درخواست خسارت بیمه تکمیلی› — «ins»
شماره پرونده خسارت: «claim»          شماره بیمه‌نامه: «member»
نام بیمه‌شده اصلی: «p_n»          کد ملی: «p_nid»          نام پدر: «p_fa»
بیمار (فرد تحت تکفل): «r_n» («r_al») — کد ملی «r_nid»
تاریخ بستری: «d1_jal»          تاریخ ترخیص: «d2_jal»          بیمارستان: «hosp»
تشخیص: «icd1» — جراحی کله‌سیستکتومی لاپاراسکوپیک
مبلغ درخواستی: ۸۵٬۰۰۰٬۰۰۰ ریال
شماره شبا جهت واریز: «p_iban»
تلفن همراه: «p_ph»          نشانی: «p_addr»
کارشناس رسیدگی: «s_n» — تاریخ بررسی «d4_jall»
پیوست‌ها: «drug1»، «drug2»، «lab1» — ‹فرم شماره ۴›، ‹ICD-10›
شماره پرونده بیمارستان: «mrn» — پزشک معالج: دکتر «d_n» (نظام پزشکی «d_lic»)
""",
}

LAB = {
    "IQ": """«hosp» — ‹تقرير مختبر› — شعبة الكيمياء السريرية
اسم المريض: «p_t»          العمر: «p_ageK»          الجنس: «p_sex»
رقم الاستمارة: «enc»          رقم الردهة / السرير: الباطنية ٣ / ١٢
تاريخ سحب العينة: «d1_dmy»          تاريخ النتيجة: «d6_dmy»
الطبيب الطالب: د. «d_n»
‹الفحص          النتيجة          المدى الطبيعي›
«lab1»          (مرتفع)
«lab2»
«lab3»
ملاحظة: تم إبلاغ النتيجة الحرجة هاتفياً إلى ذوي المريض «r_n» على الرقم «r_ph» الساعة ١١:٤٠.
فني المختبر: «e_n»          المصادقة: د. «s_n» (رقم إجازة ممارسة المهنة «s_lic»)
عنوان السكن: «p_addr»
رقم الهوية الموحدة: «p_nid» — هاتف المريض: «p_phL» — رقم الملف «mrn»
«icd1» — ‹جهاز Cobas c311› — ‹Roche›
""",
    "IL": """«hosp» — ‹מעבדה מרכזית› — תוצאות בדיקות
שם: «p_n»          ת.ז.: «p_nid»          ת. לידה: «p_dob»          מין: «p_sex»
מס' הזמנה: «enc»          מס' תיק: «mrn»          קופה: «ins»
רופא מפנה: ד"ר «d_n»          תאריך דגימה: «d1_hed»          תאריך אישור: «d6_hed»
בדיקה / תוצאה:
  «lab1»  (גבוה)
  «lab2»
  «lab3»
ערך קריטי דווח טלפונית לאחות «e_n» ב-«d6_hel» בשעה 14:10
מאשר: «s_n», מ.ר. «s_lic»          לבירורים: «url»
כתובת המטופל: «p_addr»          נייד: «p_ph»
«icd1» — ‹Cobas 8000› — ‹Sysmex XN›
""",
}

NURSING = {
    "JO": """«hosp» — ‹ملاحظات تمريضية› — قسم الباطني رجال
المريض: «p_t»          رقم الملف: «mrn»          العمر: «p_ageK»          الغرفة ٢١٢ سرير ب
«d1_dmy» الساعة ٠٨:٠٠ — استلمت المريض من الممرضة «x_n». المريض واعٍ، الضغط ١٤٥/٩٠، النبض ٨٨.
الساعة ١٠:٣٠ — أعطي «drug1» حسب تعليمات د. «d_n». نتيجة «lab1».
الساعة ١٤:٠٠ — زاره «m_rel_ar» «m_n» وطلب الإبلاغ على الرقم «m_ph» بأي تغيير. زوجته «r_n» (هاتف «r_ph»).
الساعة ١٨:٠٠ — تم تركيب مضخة تسريب (الرقم التسلسلي «device») لإعطاء «drug2».
«d6_dmy» — خطة الخروج: المتابعة في العيادة يوم «d4_dmy». التأمين: الرقم «member».
الممرضة المسؤولة: «e_n» (رقم المزاولة «e_lic»)
«drug3» — «lab2» — ‹مقياس برادن 14› — ‹مقياس مورس للسقوط 45›
رقم هاتف المريض: «p_ph» — رقم الهوية الوطني «p_nid»
""",
    "TR": """«hosp» — ‹HEMŞİRE GÖZLEM FORMU› — Dahiliye Servisi, Oda 412
Hasta: «p_NF»          Protokol No: «mrn»          Yaş: «p_ageK»          T.C.: «p_nid»
«d1_dot» 08:00 — Hasta «x_n» hemşireden devralındı. Bilinç açık, TA 150/90, nabız 92.
10:30 — Dr. «d_n» order'ı ile «drug1» uygulandı. «lab1».
14:00 — Hastanın «m_rel_tr» «m_n» ziyarete geldi, değişiklik olursa «m_ph» numarasından aranmak istiyor.
18:00 — İnfüzyon pompası takıldı (seri no «device»), «drug2» başlandı.
«d6_dot» — Taburculuk eğitimi verildi. Kontrol «d4_dot». Eşi «r_n» («r_ph») bilgilendirildi.
Sorumlu Hemşire: «e_n» (Diploma No: «e_lic»)
«drug3» — «lab2» — ‹Braden 14› — ‹İtaki düşme riski 7›
Hasta cep: «p_ph» — acil durumda komşusu «x_ph»
""",
}

VACC = {
    "MA": """ROYAUME DU MAROC — Ministère de la Santé et de la Protection Sociale
‹CARNET DE SANTÉ DE L'ENFANT› — دفتر صحة الطفل
Nom et prénom de l'enfant: «m_FN»          الاسم الكامل: «m_n»
Date de naissance: «d5_dmy»          Lieu: «hosp»          CIN du père: «p_nid»
Père: «p_NF» («p_ph»)          Mère: «r_NF» («r_ph»)
Adresse: «p_addr»
Vaccinations:
  «vac1» — «d5_frl» — Inf. «e_NF»
  «vac2» — «d3_dmy» — lot 4B2217
  «vac3» — «d1_dmy» — Dr «d_NF» (INPE «d_lic»)
Prochain rendez-vous: «d4_dmy» — ‹Centre de santé Hay Mohammadi›
Allergies: aucune — Poids: 9,8 kg — ‹PNI 2024› — ‹Vitamine A 100 000 UI›
SMS de rappel envoyé au «r_ph2» — e-mail «r_em»
""",
    "SA": """وزارة الصحة — ‹شهادة التطعيمات› (صحتي)
اسم الطفل: «m_nb»          رقم الهوية: «m_nid»          تاريخ الميلاد: «d5_hijn» هـ
ولي الأمر: «p_t» — جوال «p_ph»          الأم: «r_t»
العنوان الوطني: «p_addr»
التطعيمات:
  «vac1» — «d5_dmy» — الممرضة «e_n»
  «vac2» — «d3_hij» هـ
  «vac3» — «d1_dmyA» — مركز الرعاية الصحية الأولية
الموعد القادم: «d4_hij» هـ — للتحقق: «url»
الوزن: ٩٫٨ كجم — ‹البرنامج الوطني للتحصين› — ‹فيتامين أ›
جوال الأم: «r_ph» — البريد: «r_em» — رقم الملف «mrn» — رقم هوية ولي الأمر «p_nid»
""",
}

DEATH = {
    "EG": """جمهورية مصر العربية — وزارة الصحة والسكان — ‹شهادة وفاة›
رقم القيد: «certL»          مكتب صحة: ‹الدقي›
اسم المتوفى: «p_t»          الرقم القومي: «p_nidL»
النوع: «p_sex»          السن: «p_oldL» عاماً          الديانة: مسلم
تاريخ الوفاة: «d1_dmyA»          تاريخ الميلاد: «p_dobL»
محل الإقامة: «p_addr»
اسم الأم: «o_t»          اسم المبلغ: «m_t» («m_bn» المتوفى) - رقم قومي «m_nidL» - تليفون «m_phL»
سبب الوفاة: (أ) هبوط حاد بالدورة الدموية (ب) «icd1» (ج) «icd2»
الطبيب الموقع: د. «d_n» — «hosp» — رقم القيد بالنقابة «d_licL»
تاريخ التبليغ: «d6_arl»
‹نموذج ٣ وفيات› — «lab1» — مدة المرض: ٣ أيام — ‹قانون الأحوال المدنية ١٤٣ لسنة ١٩٩٤›
شاهد: «x_t» — تليفون «x_ph»
""",
    "IR": """جمهوری اسلامی ایران — وزارت بهداشت، درمان و آموزش پزشکی — ‹گواهی فوت›
شماره گواهی: «cert»          تاریخ صدور: «d6_jal»
نام و نام خانوادگی متوفی: «p_n»          نام پدر: «p_fa»          کد ملی: «p_nidL»
تاریخ تولد: «p_dobL»          سن: «p_oldL» ساله          جنس: «p_sex»
تاریخ فوت: «d1_jall»          محل فوت: «hosp»
آخرین نشانی: «p_addr»
علت مستقیم فوت: «icd1»          علت زمینه‌ای: «icd2»
پزشک تأییدکننده: دکتر «d_n» — نظام پزشکی «d_licL»
اعلام‌کننده: «m_n» (فرزند) — تلفن «m_ph» — کد ملی «m_nidL»
‹فرم گواهی فوت ۱۴۰۲› — «lab1» — مدت بیماری: ۳ روز — ‹ثبت احوال›
شاهد: «x_n» — تلفن «x_ph» — شماره پرونده «mrn»
""",
}

WHATSAPP = {
    "IQ": """[«d1_dm», 9:12 م] «m_n»: يمعودين ابوي «p_g» دخل مدينة الطب هسه، الدكتور يكول جلطة خفيفة 😔
[«d1_dm», 9:13 م] «m_n»: عمره «p_oldL» سنة الله يحفظه، رقم ردهته الباطنية ٥
[«d1_dm», 9:15 م] «r_g»: اني جاية باجر الصبح. رقم الدكتور «d_n» منو عنده؟
[«d1_dm», 9:16 م] «m_n»: «d_phL» بس لا تزعجوه بالليل
[«d1_dm», 9:20 م] «x_n»: الله يشافيه 🤲 آني جاره، احتاجوا سيارة؟ رقمي «x_phL»
[«d6_dmA», 8:02 ص] «m_n»: هويته الوطنية «p_nidL» والمستشفى تريد نسخة، منو عنده صورتها؟
[«d6_dmA», 8:05 ص] «r_g»: دزيتها على الايميل «m_em»
[«d6_dmA», 8:30 ص] «m_n»: الحمد لله «p_g» صار احسن، «lab1» والدكتور كتبله «drug1»
[«d6_dmA», 8:31 ص] «m_n»: البيت ب«p_addr» اذا احد يريد يجي
[«d6_dmA», 8:40 ص] «r_g»: زين، خلي ياخذ «drug2» و «drug3» بوقتها، والتحليل «lab2» باجر
[«d6_dmA», 8:41 ص] «x_n»: السيارة جاهزة، رقمها «plate»
""",
    "LB": """[«d1_dmy», 21:04] «m_n»: يا جماعة إمي «p_g» نقلوها عالطوارئ، «hosp» 🙏
[«d1_dmy», 21:05] «m_n»: عمرها «p_old» سنة، الحكيم قال عندها ضعف بالقلب
[«d1_dmy», 21:07] «r_g»: انا طالع هلق. شو رقم غرفتها؟
[«d1_dmy», 21:08] «m_n»: ٣١٤، ورقم الملف «mrn» ازا سألوك عالاستقبال
[«d1_dmy», 21:10] «x_n»: الله يقومها بالسلامة، رقمي «x_ph» ازا بدكن شي
[«d6_dmy», 08:15] «m_n»: الدكتور «d_n» بدو نتصل فيه على «d_ph» قبل الضهر
[«d6_dmy», 08:20] «r_g»: بعتلكن صورة الهوية، رقم السجل «p_nid»، وتأمينها «member»
[«d6_dmy», 09:40] «m_n»: الحمدالله منيحة، «lab1» وعطوها «drug1»
[«d6_dmy», 09:41] «m_n»: رح نرجعها عالبيت، «p_town»، بكرا
[«d6_dmy», 09:45] «r_g»: منيح، بتكمل «drug2» و «drug3» بالبيت؟ و «lab2» شو صار فيه؟
[«d6_dmy», 09:46] «x_n»: انا بجيبكن بالسيارة «plate» 🚗
""",
}

REGISTRATION = {
    "EG": """«hosp» — ‹تذكرة دخول› — مكتب الاستقبال
رقم التذكرة: «encL»          رقم الملف: «mrnL»          التاريخ: «d1_dmyA» الساعة ٣:٢٠ م
الاسم رباعي: «p_q»          الرقم القومي: «p_nidL»
تاريخ الميلاد: «p_dobL»          السن: «p_ageL»          النوع: «p_sex»
العنوان: «p_addr»          تليفون: «p_phL»
جهة العلاج: «ins» — رقم الكارنيه «member»
القسم: الجراحة العامة — الطبيب المقيم د. «d_n»
اسم المرافق وصلة القرابة: «r_t» («r_al») — تليفون «r_ph»
رقم لوحة سيارة المرافق: «plate»
موظف الاستقبال: «s_n»
الأدوية الحالية: «drug1»، «drug2» — التشخيص المبدئي «icd1» — ‹استمارة ١١١›
البريد الإلكتروني: «p_em»
""",
    "KRD": """«hosp» — ‹پسوولەی تۆمارکردن›
ژمارەی تۆمار: «enc»          ژمارەی فایل: «mrn»          ڕێکەوت: «d1_dmy»
ناوی سیانی: «p_t»          ناوی دایک: «o_t»
ژمارەی کارتی نیشتمانی: «p_nid»          ژمارەی پاسپۆرت: «passport»
ڕێکەوتی لەدایکبوون: «p_dob»          تەمەن: «p_ageK»          ڕەگەز: «p_sex»
ناونیشان: «p_addr»          مۆبایل: «p_ph»
هاوڕێی نەخۆش: «r_n» («r_al») «r_ph» — ژمارەی ئۆتۆمبێل: «plate»
بەش: ناوخۆیی — پزیشک: د. «d_n»
کارمەندی تۆمار: «s_n»
دەرمانەکان: «drug1»، «drug2» — دەستنیشانکردن «icd1» — ‹فۆرمی ١١›
ئیمەیڵ: «p_em»
""",
}

EMR_CSV = {
    "IL": """מס_תיק,שם_פרטי,שם_משפחה,ת_ז,ת_לידה,טלפון,דוא"ל,כתובת,ישוב,מיקוד,קופה,אבחנה,תרופה,תאריך_ביקור,רופא
«mrn»,«p_g»,«p_f»,«p_nid»,«p_dob»,«p_ph»,«p_em»,«p_line»,«p_town»,«p_pc»,«ins»,«icd1»,«drug1»,«d1_hed»,«d_n»
«mrnR»,«r_g»,«r_f2»,«r_nid»,«r_dob»,«r_ph»,«r_em»,«p_line»,«p_town»,«p_pc»,«ins»,«icd2»,«drug2»,«d6_hed»,«d_n»
# export: «ver» · host «ip» · רכב חונה בחניון: «plate»
""",
    "TR": """protokol_no;ad;soyad;tc_kimlik_no;dogum_tarihi;cep_tel;eposta;adres;posta_kodu;sigorta;tani;ilac;muayene_tarihi;hekim
«mrn»;«p_g»;«p_f»;«p_nid»;«p_dob»;«p_ph»;«p_em»;«p_line»;«p_pc»;«ins»;«icd1»;«drug1»;«d1_dot»;«d_n»
«mrnR»;«r_g»;«r_f2»;«r_nid»;«r_dob»;«r_ph»;«r_em»;«p_line»;«p_pc»;«ins»;«icd2»;«drug2»;«d6_dot»;«d_n»
# dışa aktarım: «ver» · sunucu «ip» · araç plakası: «plate»
""",
}

EMR_JSON = {
    "IR": """{"سامانه": "سپاس", "شماره_پرونده": "«mrn»", "بیمار": {"نام": "«p_g»", "نام_خانوادگی": "«p_f»", "نام_پدر": "«p_fa»", "کد_ملی": "«p_nid»",
"تاریخ_تولد": "«p_dobL»", "تلفن_همراه": "«p_ph»", "ایمیل": "«p_em»", "نشانی": "«p_line»", "محله": "«p_town»", "کد_پستی": "«p_pc»", "شبا": "«p_iban»"},
"پذیرش": {"شماره": "«enc»", "تاریخ": "«d1_jal»", "بخش": "داخلی ۲", "پزشک": "«d_n»", "نظام_پزشکی": "«d_lic»"},
"بیمه": {"نام": "«ins»", "شماره": "«member»"}, "تشخیص": ["«icd1»", "«icd2»"], "داروها": ["«drug1»", "«drug2»"],
"آزمایش": "«lab1»", "همراه": {"نام": "«r_n»", "تلفن": "«r_ph»"}, "تجهیزات": {"پمپ_انسولین": "«device»"}, "آی_پی": "«ip»"}""",
    "MA": """{"etablissement": "«hosp»", "ipp": "«mrn»", "patient": {"nom": "«p_FN»", "nom_arabe": "«p_t»", "cin": "«p_nid»",
"date_naissance": "«p_dob»", "telephone": "«p_ph»", "email": "«p_em»", "adresse": "«p_line»", "quartier": "«p_town»", "code_postal": "«p_pc»", "passeport": "«passport»"},
"sejour": {"numero": "«enc»", "admission": "«d1_iso»", "sortie": "«d2_iso»", "service": "Cardiologie B", "medecin": "Dr «d_NF»", "inpe": "«d_lic»"},
"couverture": {"organisme": "«ins»", "immatriculation": "«member»"}, "diagnostics": ["«icd1»", "«icd2»"], "traitement": ["«drug1»", "«drug2»"],
"personne_a_prevenir": {"nom": "«r_NF»", "lien": "conjoint", "telephone": "«r_ph»"}, "portail": "«url»"}""",
}

SMS = {
    "SA": """الرسائل الصادرة — ‹نظام المواعيد› — «hosp»
«d3_dmy» 10:02 إلى «p_ph»: عزيزي «p_n»، نذكركم بموعدكم في عيادة الغدد يوم «d1_hij» هـ الساعة ٩:٣٠ ص. رقم الملف «mrn».
«d3_dmy» 10:02 إلى «r_ph»: عزيزتي «r_n»، موعد تطعيم طفلكم «m_g» يوم «d1_dmyA» في مركز صحي ‹الحمراء›.
«d3_dmy» 10:03 إلى «x_ph»: «x_n»، تم إلغاء موعدكم بتاريخ «d4_dmy» لعدم اكتمال بيانات التأمين («member»).
«d3_dmy» 10:04 إلى «s_ph»: ‹صحتي›: رمز التحقق 4471 لتأكيد موعد «e_n» بتاريخ «d6_hijn» هـ.
«d3_dmy» 10:05 إلى «d_ph»: د. «d_n»: لديك ١٢ موعداً غداً، أولها «p_f» الساعة ٩:٣٠.
إعادة الإرسال للرقم «p_ph2» فشلت (رمز الخطأ 0x1F).
«d3_dmy» 10:06 إلى «m_ph»: «m_n»، نتيجة «lab1» جاهزة في تطبيق ‹صحتي›. «drug1» متوفر في ‹صيدلية النهدي›.
«d3_dmy» 10:07 إلى «r_ph2»: تذكير «icd1»: موعد ‹عيادة السكري› الأحد.
""",
    "IL": """יומן הודעות SMS — «hosp» — ‹זימון תורים›
«d3_hed» 09:00 ל-«p_ph»: שלום «p_n», נקבע לך תור למרפאת עיניים ב-«d1_hed» בשעה 10:15. לביטול: «url»
«d3_hed» 09:01 ל-«r_ph»: «r_n», תזכורת: בדיקת דם ב-«d6_hed» בצום. מס' תיק «mrn»
«d3_hed» 09:02 ל-«x_ph»: «x_n», התור שלך ב-«d4_hed» בוטל. נא לפנות לקופה («ins»).
«d3_hed» 09:03 ל-«e_ph»: «e_n», תוצאת «lab1» מוכנה באתר.
«d3_hed» 09:04 ל-«d_ph»: ד"ר «d_n»: 14 תורים מחר, הראשון «p_f» ב-10:15.
שליחה חוזרת ל-«p_ph2» נכשלה (קוד 503).
«d3_hed» 09:05 ל-«m_ph»: «m_n», המרשם ל-«drug1» מוכן בסניף ‹סופר-פארם›. «lab2».
«d3_hed» 09:06 ל-«r_ph2»: תזכורת: ‹חיסון שפעת› במרפאה, ‹מרפאת הכרמל›.
""",
}

TRANSFER = {
    "MA": """«hosp» — Service de Médecine Interne
‹FICHE DE LIAISON / TRANSFERT› — ورقة التحويل
Patient(e): «p_FN»          الاسم: «p_t»          CIN: «p_nid»
Né(e) le: «p_dob»          Âge: «p_ageK» ans          IPP: «mrn»
Adresse: «p_addr»          Tél: «p_ph»
Personne à prévenir: «r_NF» («r_ph»), «m_rel_fr» «m_NF»
Entrée le «d1_frl», transfert le «d2_dmy» vers le service de Réanimation (‹CHU Mohammed VI›).
Motif: détresse respiratoire, «icd1». Biologie: «lab1», «lab2».
Traitement en cours: «drug1», «drug2».
Ambulance immatriculée «plate» — accompagnée par l'infirmier «e_NF».
Médecin: Dr «d_NF», INPE «d_lic» — Mutuelle: «ins», n° «member»
«drug3» — «lab3» — ‹Score de Glasgow 14/15› — ‹SAMU 141›
E-mail de la famille: «r_em»
""",
    "LB": """«hosp» — قسم الطب الداخلي — ‹Note de transfert›
المريض: «p_t»          رقم السجل: «p_nid»          Dossier n°: «mrn»
تاريخ الولادة: «p_dob»          العمر: «p_ageK»          الهاتف: «p_ph»
العنوان: «p_addr»
دخل في «d1_dmy» مع insuffisance respiratoire aiguë («icd1»). Bilan: «lab1»، «lab2».
Traitement: «drug1»، «drug2».
تم النقل إلى العناية الفائقة في «d2_dmy» بسيارة إسعاف رقم «plate».
الأهل: «r_n» («r_al») «r_ph»، و«m_rel_ar» «m_n» «m_ph» — Assurance: «member»
Médecin traitant: Dr «d_n» (OMSB n° «d_lic») — Infirmière: «e_n»
«drug3» — «lab3» — ‹Glasgow 14/15› — ‹CNSS›
البريد الإلكتروني: «r_em» — رقم جواز السفر «passport»
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("mena79_discharge_summary", ["SA", "IR"], "text", DISCHARGE),
    ("mena79_inpatient_summary_letter", ["IL", "TR"], "text", INPATIENT_LETTER),
    ("mena79_referral_letter", ["JO", "KRD"], "text", REFERRAL),
    ("mena79_sick_leave_certificate", ["SA", "TR"], "text", SICK_LEAVE),
    ("mena79_prescription", ["EG", "IR"], "text", PRESCRIPTION),
    ("mena79_e_prescription_json", ["SA", "AE"], "json", ERX_JSON),
    ("mena79_insurance_preapproval", ["AE", "SA"], "text", PREAUTH),
    ("mena79_insurance_claim", ["TR", "IR"], "text", CLAIM),
    ("mena79_lab_report", ["IQ", "IL"], "text", LAB),
    ("mena79_nursing_notes", ["JO", "TR"], "text", NURSING),
    ("mena79_vaccination_card", ["MA", "SA"], "text", VACC),
    ("mena79_death_certificate", ["EG", "IR"], "text", DEATH),
    ("mena79_whatsapp_family_thread", ["IQ", "LB"], "text", WHATSAPP),
    ("mena79_registration_slip", ["EG", "KRD"], "text", REGISTRATION),
    ("mena79_emr_export_csv", ["IL", "TR"], "text", EMR_CSV),
    ("mena79_emr_export_json", ["IR", "MA"], "json", EMR_JSON),
    ("mena79_sms_reminders", ["SA", "IL"], "text", SMS),
    ("mena79_transfer_note", ["MA", "LB"], "text", TRANSFER),
]

VERSIONS = ["export-tool 3.4.1", "EMR-Sync v2.9.0", "HIS 11.2"]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    code = locs[index % len(locs)]
    loc = LOCS[code]
    text = template[code]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe79:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        vac = rng.sample(VACCINES if code == "MA" else SA_VACCINES, 3)
        for i in range(3):
            slots[f"vac{i + 1}"] = K(vac[i])
        slots["ver"] = K(rng.choice(VERSIONS))
        # a second household row of an export: the spouse's own file number and family name
        slots["mrnR"] = P("MRN", fill(rng, "%########"))
        slots["r_f2"] = slots["r_f"]
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, code, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
